; ModuleID = 'template_expand.c'
source_filename = "template_expand.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Var = type { ptr, ptr }
%struct.Out = type { [4096 x i8], i64, i32, i32 }

@.str = private unnamed_addr constant [3 x i8] c"{{\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"}}\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"0\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"[\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"]\00", align 1
@.str.5 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@main.vars = internal constant [7 x %struct.Var] [%struct.Var { ptr @.str.6, ptr @.str.7 }, %struct.Var { ptr @.str.8, ptr @.str.9 }, %struct.Var { ptr @.str.10, ptr @.str.11 }, %struct.Var { ptr @.str.12, ptr @.str.2 }, %struct.Var { ptr @.str.13, ptr @.str.14 }, %struct.Var { ptr @.str.15, ptr @.str.5 }, %struct.Var { ptr @.str.16, ptr @.str.17 }], align 16
@.str.6 = private unnamed_addr constant [5 x i8] c"user\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"ada lovelace\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"role\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"Admin\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"count\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"3\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"title\00", align 1
@.str.14 = private unnamed_addr constant [22 x i8] c"Q3 <Report> & \22Notes\22\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"empty\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"site\00", align 1
@.str.17 = private unnamed_addr constant [12 x i8] c"Example.ORG\00", align 1
@main.templates = internal global [7 x ptr] [ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24], align 16
@.str.18 = private unnamed_addr constant [65 x i8] c"Hello, {{user|title}}! You are {{role|upper}} on {{site|lower}}.\00", align 1
@.str.19 = private unnamed_addr constant [85 x i8] c"{{?count}}You have {{count}} new messages.{{/count}}{{!count}}No messages.{{/count}}\00", align 1
@.str.20 = private unnamed_addr constant [82 x i8] c"{{?zero}}never{{/zero}}{{!zero}}zero is false{{/zero}}; {{?empty}}x{{/empty}}done\00", align 1
@.str.21 = private unnamed_addr constant [56 x i8] c"<h1>{{title|html}}</h1> len={{title|len}} raw={{title}}\00", align 1
@.str.22 = private unnamed_addr constant [74 x i8] c"Nested: {{?role}}[{{?count}}role+count {{user|upper}}{{/count}}]{{/role}}\00", align 1
@.str.23 = private unnamed_addr constant [62 x i8] c"Missing {{nobody}} and {{user|bogus}} and unterminated {{user\00", align 1
@.str.24 = private unnamed_addr constant [35 x i8] c"{{?unclosed}}this block never ends\00", align 1
@main.out = internal global %struct.Out zeroinitializer, align 8
@.str.25 = private unnamed_addr constant [9 x i8] c"%zu: %s\0A\00", align 1
@main.big = internal global [2048 x i8] zeroinitializer, align 16
@.str.26 = private unnamed_addr constant [28 x i8] c"%s{{user|title}}-{{count}}|\00", align 1
@.str.27 = private unnamed_addr constant [20 x i8] c"{{?zero}}Z{{/zero}}\00", align 1
@.str.28 = private unnamed_addr constant [66 x i8] c"big template %zu chars -> %zu chars/pass, total=%zu truncated=%d\0A\00", align 1
@.str.29 = private unnamed_addr constant [22 x i8] c"missing=%d hash=%08x\0A\00", align 1
@.str.30 = private unnamed_addr constant [6 x i8] c"upper\00", align 1
@.str.31 = private unnamed_addr constant [6 x i8] c"lower\00", align 1
@.str.32 = private unnamed_addr constant [5 x i8] c"html\00", align 1
@.str.33 = private unnamed_addr constant [5 x i8] c"&lt;\00", align 1
@.str.34 = private unnamed_addr constant [5 x i8] c"&gt;\00", align 1
@.str.35 = private unnamed_addr constant [6 x i8] c"&amp;\00", align 1
@.str.36 = private unnamed_addr constant [7 x i8] c"&quot;\00", align 1
@.str.37 = private unnamed_addr constant [4 x i8] c"len\00", align 1
@.str.38 = private unnamed_addr constant [4 x i8] c"%zu\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @expand(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca i64, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca i32, align 4
  %22 = alloca ptr, align 8
  %23 = alloca i64, align 8
  %24 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !12
  store i32 %3, ptr %9, align 4, !tbaa !5
  store ptr %4, ptr %10, align 8, !tbaa !12
  br label %25

25:                                               ; preds = %220, %218, %5
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = load ptr, ptr %7, align 8, !tbaa !9
  %28 = icmp ult ptr %26, %27
  br i1 %28, label %29, label %221

29:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %30 = load ptr, ptr %6, align 8, !tbaa !9
  %31 = call ptr @strstr(ptr noundef %30, ptr noundef @.str) #7
  store ptr %31, ptr %11, align 8, !tbaa !9
  %32 = load ptr, ptr %11, align 8, !tbaa !9
  %33 = icmp ne ptr %32, null
  br i1 %33, label %34, label %38

34:                                               ; preds = %29
  %35 = load ptr, ptr %11, align 8, !tbaa !9
  %36 = load ptr, ptr %7, align 8, !tbaa !9
  %37 = icmp uge ptr %35, %36
  br i1 %37, label %38, label %46

38:                                               ; preds = %34, %29
  %39 = load ptr, ptr %10, align 8, !tbaa !12
  %40 = load ptr, ptr %6, align 8, !tbaa !9
  %41 = load ptr, ptr %7, align 8, !tbaa !9
  %42 = load ptr, ptr %6, align 8, !tbaa !9
  %43 = ptrtoint ptr %41 to i64
  %44 = ptrtoint ptr %42 to i64
  %45 = sub i64 %43, %44
  call void @out_str(ptr noundef %39, ptr noundef %40, i64 noundef %45) #8
  store i32 1, ptr %12, align 4
  br label %218

46:                                               ; preds = %34
  %47 = load ptr, ptr %10, align 8, !tbaa !12
  %48 = load ptr, ptr %6, align 8, !tbaa !9
  %49 = load ptr, ptr %11, align 8, !tbaa !9
  %50 = load ptr, ptr %6, align 8, !tbaa !9
  %51 = ptrtoint ptr %49 to i64
  %52 = ptrtoint ptr %50 to i64
  %53 = sub i64 %51, %52
  call void @out_str(ptr noundef %47, ptr noundef %48, i64 noundef %53) #8
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %54 = load ptr, ptr %11, align 8, !tbaa !9
  %55 = getelementptr inbounds i8, ptr %54, i64 2
  %56 = call ptr @strstr(ptr noundef %55, ptr noundef @.str.1) #7
  store ptr %56, ptr %13, align 8, !tbaa !9
  %57 = load ptr, ptr %13, align 8, !tbaa !9
  %58 = icmp ne ptr %57, null
  br i1 %58, label %59, label %63

59:                                               ; preds = %46
  %60 = load ptr, ptr %13, align 8, !tbaa !9
  %61 = load ptr, ptr %7, align 8, !tbaa !9
  %62 = icmp uge ptr %60, %61
  br i1 %62, label %63, label %71

63:                                               ; preds = %59, %46
  %64 = load ptr, ptr %10, align 8, !tbaa !12
  %65 = load ptr, ptr %11, align 8, !tbaa !9
  %66 = load ptr, ptr %7, align 8, !tbaa !9
  %67 = load ptr, ptr %11, align 8, !tbaa !9
  %68 = ptrtoint ptr %66 to i64
  %69 = ptrtoint ptr %67 to i64
  %70 = sub i64 %68, %69
  call void @out_str(ptr noundef %64, ptr noundef %65, i64 noundef %70) #8
  store i32 1, ptr %12, align 4
  br label %217

71:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %72 = load ptr, ptr %11, align 8, !tbaa !9
  %73 = getelementptr inbounds i8, ptr %72, i64 2
  store ptr %73, ptr %14, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %74 = load ptr, ptr %13, align 8, !tbaa !9
  %75 = load ptr, ptr %14, align 8, !tbaa !9
  %76 = ptrtoint ptr %74 to i64
  %77 = ptrtoint ptr %75 to i64
  %78 = sub i64 %76, %77
  store i64 %78, ptr %15, align 8, !tbaa !13
  %79 = load i64, ptr %15, align 8, !tbaa !13
  %80 = icmp ugt i64 %79, 0
  br i1 %80, label %81, label %159

81:                                               ; preds = %71
  %82 = load ptr, ptr %14, align 8, !tbaa !9
  %83 = getelementptr inbounds i8, ptr %82, i64 0
  %84 = load i8, ptr %83, align 1, !tbaa !15
  %85 = sext i8 %84 to i32
  %86 = icmp eq i32 %85, 63
  br i1 %86, label %93, label %87

87:                                               ; preds = %81
  %88 = load ptr, ptr %14, align 8, !tbaa !9
  %89 = getelementptr inbounds i8, ptr %88, i64 0
  %90 = load i8, ptr %89, align 1, !tbaa !15
  %91 = sext i8 %90 to i32
  %92 = icmp eq i32 %91, 33
  br i1 %92, label %93, label %159

93:                                               ; preds = %87, %81
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %94 = load ptr, ptr %14, align 8, !tbaa !9
  %95 = getelementptr inbounds i8, ptr %94, i64 0
  %96 = load i8, ptr %95, align 1, !tbaa !15
  %97 = sext i8 %96 to i32
  %98 = icmp eq i32 %97, 33
  %99 = zext i1 %98 to i32
  store i32 %99, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %100 = load ptr, ptr %14, align 8, !tbaa !9
  %101 = getelementptr inbounds i8, ptr %100, i64 1
  store ptr %101, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %102 = load i64, ptr %15, align 8, !tbaa !13
  %103 = sub i64 %102, 1
  store i64 %103, ptr %18, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %104 = load ptr, ptr %13, align 8, !tbaa !9
  %105 = getelementptr inbounds i8, ptr %104, i64 2
  %106 = load ptr, ptr %17, align 8, !tbaa !9
  %107 = load i64, ptr %18, align 8, !tbaa !13
  %108 = call ptr @find_block_end(ptr noundef %105, ptr noundef %106, i64 noundef %107) #8
  store ptr %108, ptr %19, align 8, !tbaa !9
  %109 = load ptr, ptr %19, align 8, !tbaa !9
  %110 = icmp ne ptr %109, null
  br i1 %110, label %111, label %115

111:                                              ; preds = %93
  %112 = load ptr, ptr %19, align 8, !tbaa !9
  %113 = load ptr, ptr %7, align 8, !tbaa !9
  %114 = icmp uge ptr %112, %113
  br i1 %114, label %115, label %122

115:                                              ; preds = %111, %93
  %116 = load ptr, ptr %10, align 8, !tbaa !12
  %117 = getelementptr inbounds nuw %struct.Out, ptr %116, i32 0, i32 3
  %118 = load i32, ptr %117, align 4, !tbaa !16
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %117, align 4, !tbaa !16
  %120 = load ptr, ptr %13, align 8, !tbaa !9
  %121 = getelementptr inbounds i8, ptr %120, i64 2
  store ptr %121, ptr %6, align 8, !tbaa !9
  store i32 2, ptr %12, align 4
  br label %158, !llvm.loop !18

122:                                              ; preds = %111
  call void @llvm.lifetime.start.p0(ptr %20) #6
  %123 = load ptr, ptr %8, align 8, !tbaa !12
  %124 = load i32, ptr %9, align 4, !tbaa !5
  %125 = load ptr, ptr %17, align 8, !tbaa !9
  %126 = load i64, ptr %18, align 8, !tbaa !13
  %127 = call ptr @lookup(ptr noundef %123, i32 noundef %124, ptr noundef %125, i64 noundef %126) #8
  store ptr %127, ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %21) #6
  %128 = load ptr, ptr %20, align 8, !tbaa !9
  %129 = icmp ne ptr %128, null
  br i1 %129, label %130, label %140

130:                                              ; preds = %122
  %131 = load ptr, ptr %20, align 8, !tbaa !9
  %132 = getelementptr inbounds i8, ptr %131, i64 0
  %133 = load i8, ptr %132, align 1, !tbaa !15
  %134 = sext i8 %133 to i32
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %136, label %140

136:                                              ; preds = %130
  %137 = load ptr, ptr %20, align 8, !tbaa !9
  %138 = call i32 @strcmp(ptr noundef %137, ptr noundef @.str.2) #7
  %139 = icmp ne i32 %138, 0
  br label %140

140:                                              ; preds = %136, %130, %122
  %141 = phi i1 [ false, %130 ], [ false, %122 ], [ %139, %136 ]
  %142 = zext i1 %141 to i32
  store i32 %142, ptr %21, align 4, !tbaa !5
  %143 = load i32, ptr %21, align 4, !tbaa !5
  %144 = load i32, ptr %16, align 4, !tbaa !5
  %145 = icmp ne i32 %143, %144
  br i1 %145, label %146, label %153

146:                                              ; preds = %140
  %147 = load ptr, ptr %13, align 8, !tbaa !9
  %148 = getelementptr inbounds i8, ptr %147, i64 2
  %149 = load ptr, ptr %19, align 8, !tbaa !9
  %150 = load ptr, ptr %8, align 8, !tbaa !12
  %151 = load i32, ptr %9, align 4, !tbaa !5
  %152 = load ptr, ptr %10, align 8, !tbaa !12
  call void @expand(ptr noundef %148, ptr noundef %149, ptr noundef %150, i32 noundef %151, ptr noundef %152) #8
  br label %153

153:                                              ; preds = %146, %140
  %154 = load ptr, ptr %19, align 8, !tbaa !9
  %155 = getelementptr inbounds i8, ptr %154, i64 5
  %156 = load i64, ptr %18, align 8, !tbaa !13
  %157 = getelementptr inbounds nuw i8, ptr %155, i64 %156
  store ptr %157, ptr %6, align 8, !tbaa !9
  store i32 2, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %21) #6
  call void @llvm.lifetime.end.p0(ptr %20) #6
  br label %158

158:                                              ; preds = %153, %115
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %216

159:                                              ; preds = %87, %71
  call void @llvm.lifetime.start.p0(ptr %22) #6
  %160 = load ptr, ptr %14, align 8, !tbaa !9
  %161 = load i64, ptr %15, align 8, !tbaa !13
  %162 = call ptr @memchr(ptr noundef %160, i32 noundef 124, i64 noundef %161) #7
  store ptr %162, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %23) #6
  %163 = load ptr, ptr %22, align 8, !tbaa !9
  %164 = icmp ne ptr %163, null
  br i1 %164, label %165, label %171

165:                                              ; preds = %159
  %166 = load ptr, ptr %22, align 8, !tbaa !9
  %167 = load ptr, ptr %14, align 8, !tbaa !9
  %168 = ptrtoint ptr %166 to i64
  %169 = ptrtoint ptr %167 to i64
  %170 = sub i64 %168, %169
  br label %173

171:                                              ; preds = %159
  %172 = load i64, ptr %15, align 8, !tbaa !13
  br label %173

173:                                              ; preds = %171, %165
  %174 = phi i64 [ %170, %165 ], [ %172, %171 ]
  store i64 %174, ptr %23, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %24) #6
  %175 = load ptr, ptr %8, align 8, !tbaa !12
  %176 = load i32, ptr %9, align 4, !tbaa !5
  %177 = load ptr, ptr %14, align 8, !tbaa !9
  %178 = load i64, ptr %23, align 8, !tbaa !13
  %179 = call ptr @lookup(ptr noundef %175, i32 noundef %176, ptr noundef %177, i64 noundef %178) #8
  store ptr %179, ptr %24, align 8, !tbaa !9
  %180 = load ptr, ptr %24, align 8, !tbaa !9
  %181 = icmp ne ptr %180, null
  br i1 %181, label %192, label %182

182:                                              ; preds = %173
  %183 = load ptr, ptr %10, align 8, !tbaa !12
  %184 = getelementptr inbounds nuw %struct.Out, ptr %183, i32 0, i32 3
  %185 = load i32, ptr %184, align 4, !tbaa !16
  %186 = add nsw i32 %185, 1
  store i32 %186, ptr %184, align 4, !tbaa !16
  %187 = load ptr, ptr %10, align 8, !tbaa !12
  call void @out_str(ptr noundef %187, ptr noundef @.str.3, i64 noundef 1) #8
  %188 = load ptr, ptr %10, align 8, !tbaa !12
  %189 = load ptr, ptr %14, align 8, !tbaa !9
  %190 = load i64, ptr %23, align 8, !tbaa !13
  call void @out_str(ptr noundef %188, ptr noundef %189, i64 noundef %190) #8
  %191 = load ptr, ptr %10, align 8, !tbaa !12
  call void @out_str(ptr noundef %191, ptr noundef @.str.4, i64 noundef 1) #8
  br label %213

192:                                              ; preds = %173
  %193 = load ptr, ptr %10, align 8, !tbaa !12
  %194 = load ptr, ptr %24, align 8, !tbaa !9
  %195 = load ptr, ptr %22, align 8, !tbaa !9
  %196 = icmp ne ptr %195, null
  br i1 %196, label %197, label %200

197:                                              ; preds = %192
  %198 = load ptr, ptr %22, align 8, !tbaa !9
  %199 = getelementptr inbounds i8, ptr %198, i64 1
  br label %201

200:                                              ; preds = %192
  br label %201

201:                                              ; preds = %200, %197
  %202 = phi ptr [ %199, %197 ], [ @.str.5, %200 ]
  %203 = load ptr, ptr %22, align 8, !tbaa !9
  %204 = icmp ne ptr %203, null
  br i1 %204, label %205, label %210

205:                                              ; preds = %201
  %206 = load i64, ptr %15, align 8, !tbaa !13
  %207 = load i64, ptr %23, align 8, !tbaa !13
  %208 = sub i64 %206, %207
  %209 = sub i64 %208, 1
  br label %211

210:                                              ; preds = %201
  br label %211

211:                                              ; preds = %210, %205
  %212 = phi i64 [ %209, %205 ], [ 0, %210 ]
  call void @apply_filter(ptr noundef %193, ptr noundef %194, ptr noundef %202, i64 noundef %212) #8
  br label %213

213:                                              ; preds = %211, %182
  %214 = load ptr, ptr %13, align 8, !tbaa !9
  %215 = getelementptr inbounds i8, ptr %214, i64 2
  store ptr %215, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %24) #6
  call void @llvm.lifetime.end.p0(ptr %23) #6
  call void @llvm.lifetime.end.p0(ptr %22) #6
  store i32 0, ptr %12, align 4
  br label %216

216:                                              ; preds = %213, %158
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %217

217:                                              ; preds = %216, %63
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %218

218:                                              ; preds = %217, %38
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %219 = load i32, ptr %12, align 4
  switch i32 %219, label %222 [
    i32 0, label %220
    i32 1, label %221
    i32 2, label %25
  ]

220:                                              ; preds = %218
  br label %25, !llvm.loop !18

221:                                              ; preds = %218, %25
  ret void

222:                                              ; preds = %218
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @out_str(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !12
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !13
  br label %8

8:                                                ; preds = %19, %3
  %9 = load i64, ptr %7, align 8, !tbaa !13
  %10 = load i64, ptr %6, align 8, !tbaa !13
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %22

13:                                               ; preds = %8
  %14 = load ptr, ptr %4, align 8, !tbaa !12
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !13
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !15
  call void @out_char(ptr noundef %14, i8 noundef signext %18) #8
  br label %19

19:                                               ; preds = %13
  %20 = load i64, ptr %7, align 8, !tbaa !13
  %21 = add i64 %20, 1
  store i64 %21, ptr %7, align 8, !tbaa !13
  br label %8, !llvm.loop !20

22:                                               ; preds = %12
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @find_block_end(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 1, ptr %8, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %73, %3
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = call ptr @strstr(ptr noundef %11, ptr noundef @.str) #7
  store ptr %12, ptr %5, align 8, !tbaa !9
  %13 = icmp ne ptr %12, null
  br i1 %13, label %14, label %76

14:                                               ; preds = %10
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i64 2
  %17 = load i8, ptr %16, align 1, !tbaa !15
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 63
  br i1 %19, label %26, label %20

20:                                               ; preds = %14
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = getelementptr inbounds i8, ptr %21, i64 2
  %23 = load i8, ptr %22, align 1, !tbaa !15
  %24 = sext i8 %23 to i32
  %25 = icmp eq i32 %24, 33
  br i1 %25, label %26, label %44

26:                                               ; preds = %20, %14
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = getelementptr inbounds i8, ptr %27, i64 3
  %29 = load ptr, ptr %6, align 8, !tbaa !9
  %30 = load i64, ptr %7, align 8, !tbaa !13
  %31 = call i32 @strncmp(ptr noundef %28, ptr noundef %29, i64 noundef %30) #7
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %44

33:                                               ; preds = %26
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = load i64, ptr %7, align 8, !tbaa !13
  %36 = add i64 3, %35
  %37 = getelementptr inbounds nuw i8, ptr %34, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !15
  %39 = sext i8 %38 to i32
  %40 = icmp eq i32 %39, 125
  br i1 %40, label %41, label %44

41:                                               ; preds = %33
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %8, align 4, !tbaa !5
  br label %73

44:                                               ; preds = %33, %26, %20
  %45 = load ptr, ptr %5, align 8, !tbaa !9
  %46 = getelementptr inbounds i8, ptr %45, i64 2
  %47 = load i8, ptr %46, align 1, !tbaa !15
  %48 = sext i8 %47 to i32
  %49 = icmp eq i32 %48, 47
  br i1 %49, label %50, label %72

50:                                               ; preds = %44
  %51 = load ptr, ptr %5, align 8, !tbaa !9
  %52 = getelementptr inbounds i8, ptr %51, i64 3
  %53 = load ptr, ptr %6, align 8, !tbaa !9
  %54 = load i64, ptr %7, align 8, !tbaa !13
  %55 = call i32 @strncmp(ptr noundef %52, ptr noundef %53, i64 noundef %54) #7
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %72

57:                                               ; preds = %50
  %58 = load ptr, ptr %5, align 8, !tbaa !9
  %59 = load i64, ptr %7, align 8, !tbaa !13
  %60 = add i64 3, %59
  %61 = getelementptr inbounds nuw i8, ptr %58, i64 %60
  %62 = load i8, ptr %61, align 1, !tbaa !15
  %63 = sext i8 %62 to i32
  %64 = icmp eq i32 %63, 125
  br i1 %64, label %65, label %72

65:                                               ; preds = %57
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = add nsw i32 %66, -1
  store i32 %67, ptr %8, align 4, !tbaa !5
  %68 = icmp eq i32 %67, 0
  br i1 %68, label %69, label %71

69:                                               ; preds = %65
  %70 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %70, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %77

71:                                               ; preds = %65
  br label %72

72:                                               ; preds = %71, %57, %50, %44
  br label %73

73:                                               ; preds = %72, %41
  %74 = load ptr, ptr %5, align 8, !tbaa !9
  %75 = getelementptr inbounds i8, ptr %74, i64 2
  store ptr %75, ptr %5, align 8, !tbaa !9
  br label %10, !llvm.loop !21

76:                                               ; preds = %10
  store ptr null, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %77

77:                                               ; preds = %76, %69
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %78 = load ptr, ptr %4, align 8
  ret ptr %78
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @lookup(ptr noundef %0, i32 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !12
  store i32 %1, ptr %7, align 4, !tbaa !5
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %46, %4
  %13 = load i32, ptr %10, align 4, !tbaa !5
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  store i32 2, ptr %11, align 4
  br label %49

17:                                               ; preds = %12
  %18 = load ptr, ptr %6, align 8, !tbaa !12
  %19 = load i32, ptr %10, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.Var, ptr %18, i64 %20
  %22 = getelementptr inbounds nuw %struct.Var, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8, !tbaa !22
  %24 = call i64 @strlen(ptr noundef %23) #7
  %25 = load i64, ptr %9, align 8, !tbaa !13
  %26 = icmp eq i64 %24, %25
  br i1 %26, label %27, label %45

27:                                               ; preds = %17
  %28 = load ptr, ptr %6, align 8, !tbaa !12
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.Var, ptr %28, i64 %30
  %32 = getelementptr inbounds nuw %struct.Var, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 8, !tbaa !22
  %34 = load ptr, ptr %8, align 8, !tbaa !9
  %35 = load i64, ptr %9, align 8, !tbaa !13
  %36 = call i32 @strncmp(ptr noundef %33, ptr noundef %34, i64 noundef %35) #7
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %38, label %45

38:                                               ; preds = %27
  %39 = load ptr, ptr %6, align 8, !tbaa !12
  %40 = load i32, ptr %10, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.Var, ptr %39, i64 %41
  %43 = getelementptr inbounds nuw %struct.Var, ptr %42, i32 0, i32 1
  %44 = load ptr, ptr %43, align 8, !tbaa !24
  store ptr %44, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %49

45:                                               ; preds = %27, %17
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %10, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %10, align 4, !tbaa !5
  br label %12, !llvm.loop !25

49:                                               ; preds = %38, %16
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %50 = load i32, ptr %11, align 4
  switch i32 %50, label %54 [
    i32 2, label %51
    i32 1, label %52
  ]

51:                                               ; preds = %49
  store ptr null, ptr %5, align 8
  br label %52

52:                                               ; preds = %51, %49
  %53 = load ptr, ptr %5, align 8
  ret ptr %53

54:                                               ; preds = %49
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @apply_filter(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca [24 x i8], align 16
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  %21 = alloca i8, align 1
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !12
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = call i64 @strlen(ptr noundef %26) #7
  store i64 %27, ptr %9, align 8, !tbaa !13
  %28 = load i64, ptr %8, align 8, !tbaa !13
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %34

30:                                               ; preds = %4
  %31 = load ptr, ptr %5, align 8, !tbaa !12
  %32 = load ptr, ptr %6, align 8, !tbaa !9
  %33 = load i64, ptr %9, align 8, !tbaa !13
  call void @out_str(ptr noundef %31, ptr noundef %32, i64 noundef %33) #8
  br label %218

34:                                               ; preds = %4
  %35 = load i64, ptr %8, align 8, !tbaa !13
  %36 = icmp eq i64 %35, 5
  br i1 %36, label %37, label %66

37:                                               ; preds = %34
  %38 = load ptr, ptr %7, align 8, !tbaa !9
  %39 = call i32 @strncmp(ptr noundef %38, ptr noundef @.str.30, i64 noundef 5) #7
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %41, label %66

41:                                               ; preds = %37
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !13
  br label %42

42:                                               ; preds = %62, %41
  %43 = load i64, ptr %10, align 8, !tbaa !13
  %44 = load i64, ptr %9, align 8, !tbaa !13
  %45 = icmp ult i64 %43, %44
  br i1 %45, label %47, label %46

46:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %65

47:                                               ; preds = %42
  %48 = load ptr, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %49 = call ptr @__ctype_toupper_loc() #9
  %50 = load ptr, ptr %49, align 8, !tbaa !26
  %51 = load ptr, ptr %6, align 8, !tbaa !9
  %52 = load i64, ptr %10, align 8, !tbaa !13
  %53 = getelementptr inbounds nuw i8, ptr %51, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !15
  %55 = zext i8 %54 to i32
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i32, ptr %50, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  store i32 %58, ptr %11, align 4, !tbaa !5
  %59 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %59, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = trunc i32 %60 to i8
  call void @out_char(ptr noundef %48, i8 noundef signext %61) #8
  br label %62

62:                                               ; preds = %47
  %63 = load i64, ptr %10, align 8, !tbaa !13
  %64 = add i64 %63, 1
  store i64 %64, ptr %10, align 8, !tbaa !13
  br label %42, !llvm.loop !28

65:                                               ; preds = %46
  br label %217

66:                                               ; preds = %37, %34
  %67 = load i64, ptr %8, align 8, !tbaa !13
  %68 = icmp eq i64 %67, 5
  br i1 %68, label %69, label %98

69:                                               ; preds = %66
  %70 = load ptr, ptr %7, align 8, !tbaa !9
  %71 = call i32 @strncmp(ptr noundef %70, ptr noundef @.str.31, i64 noundef 5) #7
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %73, label %98

73:                                               ; preds = %69
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i64 0, ptr %13, align 8, !tbaa !13
  br label %74

74:                                               ; preds = %94, %73
  %75 = load i64, ptr %13, align 8, !tbaa !13
  %76 = load i64, ptr %9, align 8, !tbaa !13
  %77 = icmp ult i64 %75, %76
  br i1 %77, label %79, label %78

78:                                               ; preds = %74
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %97

79:                                               ; preds = %74
  %80 = load ptr, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %81 = call ptr @__ctype_tolower_loc() #9
  %82 = load ptr, ptr %81, align 8, !tbaa !26
  %83 = load ptr, ptr %6, align 8, !tbaa !9
  %84 = load i64, ptr %13, align 8, !tbaa !13
  %85 = getelementptr inbounds nuw i8, ptr %83, i64 %84
  %86 = load i8, ptr %85, align 1, !tbaa !15
  %87 = zext i8 %86 to i32
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds i32, ptr %82, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !5
  store i32 %90, ptr %14, align 4, !tbaa !5
  %91 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %91, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %14) #6
  %92 = load i32, ptr %15, align 4, !tbaa !5
  %93 = trunc i32 %92 to i8
  call void @out_char(ptr noundef %80, i8 noundef signext %93) #8
  br label %94

94:                                               ; preds = %79
  %95 = load i64, ptr %13, align 8, !tbaa !13
  %96 = add i64 %95, 1
  store i64 %96, ptr %13, align 8, !tbaa !13
  br label %74, !llvm.loop !29

97:                                               ; preds = %78
  br label %216

98:                                               ; preds = %69, %66
  %99 = load i64, ptr %8, align 8, !tbaa !13
  %100 = icmp eq i64 %99, 4
  br i1 %100, label %101, label %136

101:                                              ; preds = %98
  %102 = load ptr, ptr %7, align 8, !tbaa !9
  %103 = call i32 @strncmp(ptr noundef %102, ptr noundef @.str.32, i64 noundef 4) #7
  %104 = icmp eq i32 %103, 0
  br i1 %104, label %105, label %136

105:                                              ; preds = %101
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i64 0, ptr %16, align 8, !tbaa !13
  br label %106

106:                                              ; preds = %132, %105
  %107 = load i64, ptr %16, align 8, !tbaa !13
  %108 = load i64, ptr %9, align 8, !tbaa !13
  %109 = icmp ult i64 %107, %108
  br i1 %109, label %111, label %110

110:                                              ; preds = %106
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %135

111:                                              ; preds = %106
  %112 = load ptr, ptr %6, align 8, !tbaa !9
  %113 = load i64, ptr %16, align 8, !tbaa !13
  %114 = getelementptr inbounds nuw i8, ptr %112, i64 %113
  %115 = load i8, ptr %114, align 1, !tbaa !15
  %116 = sext i8 %115 to i32
  switch i32 %116, label %125 [
    i32 60, label %117
    i32 62, label %119
    i32 38, label %121
    i32 34, label %123
  ]

117:                                              ; preds = %111
  %118 = load ptr, ptr %5, align 8, !tbaa !12
  call void @out_str(ptr noundef %118, ptr noundef @.str.33, i64 noundef 4) #8
  br label %131

119:                                              ; preds = %111
  %120 = load ptr, ptr %5, align 8, !tbaa !12
  call void @out_str(ptr noundef %120, ptr noundef @.str.34, i64 noundef 4) #8
  br label %131

121:                                              ; preds = %111
  %122 = load ptr, ptr %5, align 8, !tbaa !12
  call void @out_str(ptr noundef %122, ptr noundef @.str.35, i64 noundef 5) #8
  br label %131

123:                                              ; preds = %111
  %124 = load ptr, ptr %5, align 8, !tbaa !12
  call void @out_str(ptr noundef %124, ptr noundef @.str.36, i64 noundef 6) #8
  br label %131

125:                                              ; preds = %111
  %126 = load ptr, ptr %5, align 8, !tbaa !12
  %127 = load ptr, ptr %6, align 8, !tbaa !9
  %128 = load i64, ptr %16, align 8, !tbaa !13
  %129 = getelementptr inbounds nuw i8, ptr %127, i64 %128
  %130 = load i8, ptr %129, align 1, !tbaa !15
  call void @out_char(ptr noundef %126, i8 noundef signext %130) #8
  br label %131

131:                                              ; preds = %125, %123, %121, %119, %117
  br label %132

132:                                              ; preds = %131
  %133 = load i64, ptr %16, align 8, !tbaa !13
  %134 = add i64 %133, 1
  store i64 %134, ptr %16, align 8, !tbaa !13
  br label %106, !llvm.loop !30

135:                                              ; preds = %110
  br label %215

136:                                              ; preds = %101, %98
  %137 = load i64, ptr %8, align 8, !tbaa !13
  %138 = icmp eq i64 %137, 3
  br i1 %138, label %139, label %151

139:                                              ; preds = %136
  %140 = load ptr, ptr %7, align 8, !tbaa !9
  %141 = call i32 @strncmp(ptr noundef %140, ptr noundef @.str.37, i64 noundef 3) #7
  %142 = icmp eq i32 %141, 0
  br i1 %142, label %143, label %151

143:                                              ; preds = %139
  call void @llvm.lifetime.start.p0(ptr %17) #6
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %144 = getelementptr inbounds [24 x i8], ptr %17, i64 0, i64 0
  %145 = load i64, ptr %9, align 8, !tbaa !13
  %146 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %144, i64 noundef 24, ptr noundef @.str.38, i64 noundef %145) #10
  store i32 %146, ptr %18, align 4, !tbaa !5
  %147 = load ptr, ptr %5, align 8, !tbaa !12
  %148 = getelementptr inbounds [24 x i8], ptr %17, i64 0, i64 0
  %149 = load i32, ptr %18, align 4, !tbaa !5
  %150 = sext i32 %149 to i64
  call void @out_str(ptr noundef %147, ptr noundef %148, i64 noundef %150) #8
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %214

151:                                              ; preds = %139, %136
  %152 = load i64, ptr %8, align 8, !tbaa !13
  %153 = icmp eq i64 %152, 5
  br i1 %153, label %154, label %208

154:                                              ; preds = %151
  %155 = load ptr, ptr %7, align 8, !tbaa !9
  %156 = call i32 @strncmp(ptr noundef %155, ptr noundef @.str.13, i64 noundef 5) #7
  %157 = icmp eq i32 %156, 0
  br i1 %157, label %158, label %208

158:                                              ; preds = %154
  call void @llvm.lifetime.start.p0(ptr %19) #6
  store i32 1, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #6
  store i64 0, ptr %20, align 8, !tbaa !13
  br label %159

159:                                              ; preds = %204, %158
  %160 = load i64, ptr %20, align 8, !tbaa !13
  %161 = load i64, ptr %9, align 8, !tbaa !13
  %162 = icmp ult i64 %160, %161
  br i1 %162, label %164, label %163

163:                                              ; preds = %159
  call void @llvm.lifetime.end.p0(ptr %20) #6
  br label %207

164:                                              ; preds = %159
  call void @llvm.lifetime.start.p0(ptr %21) #6
  %165 = load ptr, ptr %6, align 8, !tbaa !9
  %166 = load i64, ptr %20, align 8, !tbaa !13
  %167 = getelementptr inbounds nuw i8, ptr %165, i64 %166
  %168 = load i8, ptr %167, align 1, !tbaa !15
  store i8 %168, ptr %21, align 1, !tbaa !15
  %169 = load ptr, ptr %5, align 8, !tbaa !12
  %170 = load i32, ptr %19, align 4, !tbaa !5
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %172, label %182

172:                                              ; preds = %164
  call void @llvm.lifetime.start.p0(ptr %22) #6
  %173 = call ptr @__ctype_toupper_loc() #9
  %174 = load ptr, ptr %173, align 8, !tbaa !26
  %175 = load i8, ptr %21, align 1, !tbaa !15
  %176 = zext i8 %175 to i32
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds i32, ptr %174, i64 %177
  %179 = load i32, ptr %178, align 4, !tbaa !5
  store i32 %179, ptr %22, align 4, !tbaa !5
  %180 = load i32, ptr %22, align 4, !tbaa !5
  store i32 %180, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %22) #6
  %181 = load i32, ptr %23, align 4, !tbaa !5
  br label %192

182:                                              ; preds = %164
  call void @llvm.lifetime.start.p0(ptr %24) #6
  %183 = call ptr @__ctype_tolower_loc() #9
  %184 = load ptr, ptr %183, align 8, !tbaa !26
  %185 = load i8, ptr %21, align 1, !tbaa !15
  %186 = zext i8 %185 to i32
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds i32, ptr %184, i64 %187
  %189 = load i32, ptr %188, align 4, !tbaa !5
  store i32 %189, ptr %24, align 4, !tbaa !5
  %190 = load i32, ptr %24, align 4, !tbaa !5
  store i32 %190, ptr %25, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %24) #6
  %191 = load i32, ptr %25, align 4, !tbaa !5
  br label %192

192:                                              ; preds = %182, %172
  %193 = phi i32 [ %181, %172 ], [ %191, %182 ]
  %194 = trunc i32 %193 to i8
  call void @out_char(ptr noundef %169, i8 noundef signext %194) #8
  %195 = call ptr @__ctype_b_loc() #9
  %196 = load ptr, ptr %195, align 8, !tbaa !31
  %197 = load i8, ptr %21, align 1, !tbaa !15
  %198 = zext i8 %197 to i32
  %199 = sext i32 %198 to i64
  %200 = getelementptr inbounds i16, ptr %196, i64 %199
  %201 = load i16, ptr %200, align 2, !tbaa !33
  %202 = zext i16 %201 to i32
  %203 = and i32 %202, 8192
  store i32 %203, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %21) #6
  br label %204

204:                                              ; preds = %192
  %205 = load i64, ptr %20, align 8, !tbaa !13
  %206 = add i64 %205, 1
  store i64 %206, ptr %20, align 8, !tbaa !13
  br label %159, !llvm.loop !35

207:                                              ; preds = %163
  call void @llvm.lifetime.end.p0(ptr %19) #6
  br label %213

208:                                              ; preds = %154, %151
  %209 = load ptr, ptr %5, align 8, !tbaa !12
  call void @out_char(ptr noundef %209, i8 noundef signext 63) #8
  %210 = load ptr, ptr %5, align 8, !tbaa !12
  %211 = load ptr, ptr %6, align 8, !tbaa !9
  %212 = load i64, ptr %9, align 8, !tbaa !13
  call void @out_str(ptr noundef %210, ptr noundef %211, i64 noundef %212) #8
  br label %213

213:                                              ; preds = %208, %207
  br label %214

214:                                              ; preds = %213, %143
  br label %215

215:                                              ; preds = %214, %135
  br label %216

216:                                              ; preds = %215, %97
  br label %217

217:                                              ; preds = %216, %65
  br label %218

218:                                              ; preds = %217, %30
  call void @llvm.lifetime.end.p0(ptr %9) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 -2128831035, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 7, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !13
  br label %14

14:                                               ; preds = %53, %0
  %15 = load i64, ptr %5, align 8, !tbaa !13
  %16 = icmp ult i64 %15, 7
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %56

18:                                               ; preds = %14
  store i64 0, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 1), align 8, !tbaa !36
  store i8 0, ptr @main.out, align 8, !tbaa !15
  store i32 0, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 3), align 4, !tbaa !16
  store i32 0, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 2), align 8, !tbaa !37
  %19 = load i64, ptr %5, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw [7 x ptr], ptr @main.templates, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !9
  %22 = load i64, ptr %5, align 8, !tbaa !13
  %23 = getelementptr inbounds nuw [7 x ptr], ptr @main.templates, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = load i64, ptr %5, align 8, !tbaa !13
  %26 = getelementptr inbounds nuw [7 x ptr], ptr @main.templates, i64 0, i64 %25
  %27 = load ptr, ptr %26, align 8, !tbaa !9
  %28 = call i64 @strlen(ptr noundef %27) #7
  %29 = getelementptr inbounds nuw i8, ptr %24, i64 %28
  %30 = load i32, ptr %3, align 4, !tbaa !5
  call void @expand(ptr noundef %21, ptr noundef %29, ptr noundef @main.vars, i32 noundef %30, ptr noundef @main.out) #8
  %31 = load i64, ptr %5, align 8, !tbaa !13
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, i64 noundef %31, ptr noundef @main.out) #8
  %33 = load i32, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 3), align 4, !tbaa !16
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = add nsw i32 %34, %33
  store i32 %35, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !13
  br label %36

36:                                               ; preds = %49, %18
  %37 = load i64, ptr %7, align 8, !tbaa !13
  %38 = load i64, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 1), align 8, !tbaa !36
  %39 = icmp ult i64 %37, %38
  br i1 %39, label %41, label %40

40:                                               ; preds = %36
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %52

41:                                               ; preds = %36
  %42 = load i32, ptr %2, align 4, !tbaa !5
  %43 = load i64, ptr %7, align 8, !tbaa !13
  %44 = getelementptr inbounds nuw [4096 x i8], ptr @main.out, i64 0, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !15
  %46 = zext i8 %45 to i32
  %47 = xor i32 %42, %46
  %48 = mul i32 %47, 16777619
  store i32 %48, ptr %2, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %41
  %50 = load i64, ptr %7, align 8, !tbaa !13
  %51 = add i64 %50, 1
  store i64 %51, ptr %7, align 8, !tbaa !13
  br label %36, !llvm.loop !38

52:                                               ; preds = %40
  br label %53

53:                                               ; preds = %52
  %54 = load i64, ptr %5, align 8, !tbaa !13
  %55 = add i64 %54, 1
  store i64 %55, ptr %5, align 8, !tbaa !13
  br label %14, !llvm.loop !39

56:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %89, %56
  %58 = load i32, ptr %9, align 4, !tbaa !5
  %59 = icmp slt i32 %58, 40
  br i1 %59, label %60, label %64

60:                                               ; preds = %57
  %61 = load i64, ptr %8, align 8, !tbaa !13
  %62 = add i64 %61, 60
  %63 = icmp ult i64 %62, 2048
  br label %64

64:                                               ; preds = %60, %57
  %65 = phi i1 [ false, %57 ], [ %63, %60 ]
  br i1 %65, label %67, label %66

66:                                               ; preds = %64
  store i32 8, ptr %6, align 4
  br label %92

67:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %68 = load i64, ptr %8, align 8, !tbaa !13
  %69 = getelementptr inbounds nuw i8, ptr @main.big, i64 %68
  %70 = load i64, ptr %8, align 8, !tbaa !13
  %71 = sub i64 2048, %70
  %72 = load i32, ptr %9, align 4, !tbaa !5
  %73 = srem i32 %72, 3
  %74 = icmp eq i32 %73, 0
  %75 = zext i1 %74 to i64
  %76 = select i1 %74, ptr @.str.27, ptr @.str.5
  %77 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %69, i64 noundef %71, ptr noundef @.str.26, ptr noundef %76) #10
  store i32 %77, ptr %10, align 4, !tbaa !5
  %78 = load i32, ptr %10, align 4, !tbaa !5
  %79 = icmp slt i32 %78, 0
  br i1 %79, label %80, label %81

80:                                               ; preds = %67
  store i32 8, ptr %6, align 4
  br label %86

81:                                               ; preds = %67
  %82 = load i32, ptr %10, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = load i64, ptr %8, align 8, !tbaa !13
  %85 = add i64 %84, %83
  store i64 %85, ptr %8, align 8, !tbaa !13
  store i32 0, ptr %6, align 4
  br label %86

86:                                               ; preds = %81, %80
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %87 = load i32, ptr %6, align 4
  switch i32 %87, label %92 [
    i32 0, label %88
  ]

88:                                               ; preds = %86
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %9, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %9, align 4, !tbaa !5
  br label %57, !llvm.loop !40

92:                                               ; preds = %86, %66
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %93

93:                                               ; preds = %92
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %94

94:                                               ; preds = %105, %93
  %95 = load i32, ptr %12, align 4, !tbaa !5
  %96 = icmp slt i32 %95, 50
  br i1 %96, label %98, label %97

97:                                               ; preds = %94
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %108

98:                                               ; preds = %94
  store i64 0, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 1), align 8, !tbaa !36
  store i8 0, ptr @main.out, align 8, !tbaa !15
  %99 = load i64, ptr %8, align 8, !tbaa !13
  %100 = getelementptr inbounds nuw i8, ptr @main.big, i64 %99
  %101 = load i32, ptr %3, align 4, !tbaa !5
  call void @expand(ptr noundef @main.big, ptr noundef %100, ptr noundef @main.vars, i32 noundef %101, ptr noundef @main.out) #8
  %102 = load i64, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 1), align 8, !tbaa !36
  %103 = load i64, ptr %11, align 8, !tbaa !13
  %104 = add i64 %103, %102
  store i64 %104, ptr %11, align 8, !tbaa !13
  br label %105

105:                                              ; preds = %98
  %106 = load i32, ptr %12, align 4, !tbaa !5
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4, !tbaa !5
  br label %94, !llvm.loop !41

108:                                              ; preds = %97
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i64 0, ptr %13, align 8, !tbaa !13
  br label %109

109:                                              ; preds = %122, %108
  %110 = load i64, ptr %13, align 8, !tbaa !13
  %111 = load i64, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 1), align 8, !tbaa !36
  %112 = icmp ult i64 %110, %111
  br i1 %112, label %114, label %113

113:                                              ; preds = %109
  store i32 14, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %125

114:                                              ; preds = %109
  %115 = load i32, ptr %2, align 4, !tbaa !5
  %116 = load i64, ptr %13, align 8, !tbaa !13
  %117 = getelementptr inbounds nuw [4096 x i8], ptr @main.out, i64 0, i64 %116
  %118 = load i8, ptr %117, align 1, !tbaa !15
  %119 = zext i8 %118 to i32
  %120 = xor i32 %115, %119
  %121 = mul i32 %120, 16777619
  store i32 %121, ptr %2, align 4, !tbaa !5
  br label %122

122:                                              ; preds = %114
  %123 = load i64, ptr %13, align 8, !tbaa !13
  %124 = add i64 %123, 1
  store i64 %124, ptr %13, align 8, !tbaa !13
  br label %109, !llvm.loop !42

125:                                              ; preds = %113
  %126 = load i64, ptr %8, align 8, !tbaa !13
  %127 = load i64, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 1), align 8, !tbaa !36
  %128 = load i64, ptr %11, align 8, !tbaa !13
  %129 = load i32, ptr getelementptr inbounds nuw (%struct.Out, ptr @main.out, i32 0, i32 2), align 8, !tbaa !37
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.28, i64 noundef %126, i64 noundef %127, i64 noundef %128, i32 noundef %129) #8
  %131 = load i32, ptr %4, align 4, !tbaa !5
  %132 = load i32, ptr %2, align 4, !tbaa !5
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.29, i32 noundef %131, i32 noundef %132) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %134 = load i32, ptr %1, align 4
  ret i32 %134
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @out_char(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !12
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load ptr, ptr %3, align 8, !tbaa !12
  %6 = getelementptr inbounds nuw %struct.Out, ptr %5, i32 0, i32 1
  %7 = load i64, ptr %6, align 8, !tbaa !36
  %8 = add i64 %7, 1
  %9 = icmp ult i64 %8, 4096
  br i1 %9, label %10, label %25

10:                                               ; preds = %2
  %11 = load i8, ptr %4, align 1, !tbaa !15
  %12 = load ptr, ptr %3, align 8, !tbaa !12
  %13 = getelementptr inbounds nuw %struct.Out, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %3, align 8, !tbaa !12
  %15 = getelementptr inbounds nuw %struct.Out, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !36
  %17 = add i64 %16, 1
  store i64 %17, ptr %15, align 8, !tbaa !36
  %18 = getelementptr inbounds nuw [4096 x i8], ptr %13, i64 0, i64 %16
  store i8 %11, ptr %18, align 1, !tbaa !15
  %19 = load ptr, ptr %3, align 8, !tbaa !12
  %20 = getelementptr inbounds nuw %struct.Out, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %3, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw %struct.Out, ptr %21, i32 0, i32 1
  %23 = load i64, ptr %22, align 8, !tbaa !36
  %24 = getelementptr inbounds nuw [4096 x i8], ptr %20, i64 0, i64 %23
  store i8 0, ptr %24, align 1, !tbaa !15
  br label %28

25:                                               ; preds = %2
  %26 = load ptr, ptr %3, align 8, !tbaa !12
  %27 = getelementptr inbounds nuw %struct.Out, ptr %26, i32 0, i32 2
  store i32 1, ptr %27, align 8, !tbaa !37
  br label %28

28:                                               ; preds = %25, %10
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_toupper_loc() #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }
attributes #10 = { minsize nounwind optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!11, !11, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !6, i64 4108}
!17 = !{!"", !7, i64 0, !14, i64 4096, !6, i64 4104, !6, i64 4108}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = distinct !{!21, !19}
!22 = !{!23, !10, i64 0}
!23 = !{!"", !10, i64 0, !10, i64 8}
!24 = !{!23, !10, i64 8}
!25 = distinct !{!25, !19}
!26 = !{!27, !27, i64 0}
!27 = !{!"p1 int", !11, i64 0}
!28 = distinct !{!28, !19}
!29 = distinct !{!29, !19}
!30 = distinct !{!30, !19}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 short", !11, i64 0}
!33 = !{!34, !34, i64 0}
!34 = !{!"short", !7, i64 0}
!35 = distinct !{!35, !19}
!36 = !{!17, !14, i64 4096}
!37 = !{!17, !6, i64 4104}
!38 = distinct !{!38, !19}
!39 = distinct !{!39, !19}
!40 = distinct !{!40, !19}
!41 = distinct !{!41, !19}
!42 = distinct !{!42, !19}
