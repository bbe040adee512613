; ModuleID = 'nfa_regex.c'
source_filename = "nfa_regex.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.slist = type { [512 x ptr], i32 }
%struct.nfa = type { [512 x %struct.nstate], i32, [16 x [32 x i8]], i32, ptr, i32 }
%struct.nstate = type { i32, i32, ptr, ptr, i32 }
%struct.hole = type { ptr, i32 }
%struct.anon = type { i32, i32 }
%struct.frag = type { ptr, i32 }

@nholes = internal global i32 0, align 4
@nfa_match.a = internal global %struct.slist zeroinitializer, align 8
@nfa_match.b = internal global %struct.slist zeroinitializer, align 8
@main.m = internal global %struct.nfa zeroinitializer, align 8
@main.patterns = internal global [12 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 16
@.str = private unnamed_addr constant [9 x i8] c"a(b|c)*d\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"(a|b)*abb\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"[0-9]+(\\.[0-9]+)?\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"[a-z_][a-z0-9_]*\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"(ab|a)(bc|c)\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"x?y?z?\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"(a*)*b\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"[^aeiou]+\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"h.*o w.r.d\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"((a|b)(c|d))+\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"(unbalanced\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"*bad\00", align 1
@main.inputs = internal global [18 x ptr] [ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29], align 16
@.str.12 = private unnamed_addr constant [3 x i8] c"ad\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"abcbcd\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"abb\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"aababb\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"3.14\00", align 1
@.str.17 = private unnamed_addr constant [3 x i8] c"42\00", align 1
@.str.18 = private unnamed_addr constant [3 x i8] c"4.\00", align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"snake_case9\00", align 1
@.str.20 = private unnamed_addr constant [7 x i8] c"9lives\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.22 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"xyz\00", align 1
@.str.24 = private unnamed_addr constant [31 x i8] c"aaaaaaaaaaaaaaaaaaaaaaaaaaaaab\00", align 1
@.str.25 = private unnamed_addr constant [25 x i8] c"aaaaaaaaaaaaaaaaaaaaaaaa\00", align 1
@.str.26 = private unnamed_addr constant [7 x i8] c"rhythm\00", align 1
@.str.27 = private unnamed_addr constant [12 x i8] c"hello world\00", align 1
@.str.28 = private unnamed_addr constant [9 x i8] c"acbdadbc\00", align 1
@.str.29 = private unnamed_addr constant [5 x i8] c"abcd\00", align 1
@.str.30 = private unnamed_addr constant [46 x i8] c"compiled=%d bad=%d matches=%d signature=%08x\0A\00", align 1
@holes = internal global [1024 x %struct.hole] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @re_to_postfix(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca [32 x %struct.anon], align 16
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !11
  store ptr %2, ptr %8, align 8, !tbaa !13
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %17 = getelementptr inbounds [32 x %struct.anon], ptr %10, i64 0, i64 0
  store ptr %17, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %216, %4
  %19 = load ptr, ptr %7, align 8, !tbaa !11
  %20 = load i8, ptr %19, align 1, !tbaa !15
  %21 = icmp ne i8 %20, 0
  br i1 %21, label %22, label %219

22:                                               ; preds = %18
  %23 = load i32, ptr %14, align 4, !tbaa !5
  %24 = add nsw i32 %23, 4
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = icmp sge i32 %24, %25
  br i1 %26, label %27, label %28

27:                                               ; preds = %22
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

28:                                               ; preds = %22
  %29 = load ptr, ptr %7, align 8, !tbaa !11
  %30 = load i8, ptr %29, align 1, !tbaa !15
  %31 = sext i8 %30 to i32
  switch i32 %31, label %143 [
    i32 40, label %32
    i32 124, label %58
    i32 41, label %76
    i32 42, label %119
    i32 43, label %119
    i32 63, label %119
  ]

32:                                               ; preds = %28
  %33 = load i32, ptr %13, align 4, !tbaa !5
  %34 = icmp sgt i32 %33, 1
  br i1 %34, label %35, label %43

35:                                               ; preds = %32
  %36 = load i32, ptr %13, align 4, !tbaa !5
  %37 = add nsw i32 %36, -1
  store i32 %37, ptr %13, align 4, !tbaa !5
  %38 = load ptr, ptr %8, align 8, !tbaa !13
  %39 = load i32, ptr %14, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %14, align 4, !tbaa !5
  %41 = sext i32 %39 to i64
  %42 = getelementptr inbounds i32, ptr %38, i64 %41
  store i32 1, ptr %42, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %35, %32
  %44 = load ptr, ptr %11, align 8, !tbaa !9
  %45 = getelementptr inbounds [32 x %struct.anon], ptr %10, i64 0, i64 0
  %46 = getelementptr inbounds %struct.anon, ptr %45, i64 32
  %47 = icmp uge ptr %44, %46
  br i1 %47, label %48, label %49

48:                                               ; preds = %43
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

49:                                               ; preds = %43
  %50 = load i32, ptr %12, align 4, !tbaa !5
  %51 = load ptr, ptr %11, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.anon, ptr %51, i32 0, i32 0
  store i32 %50, ptr %52, align 4, !tbaa !16
  %53 = load i32, ptr %13, align 4, !tbaa !5
  %54 = load ptr, ptr %11, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.anon, ptr %54, i32 0, i32 1
  store i32 %53, ptr %55, align 4, !tbaa !18
  %56 = load ptr, ptr %11, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.anon, ptr %56, i32 1
  store ptr %57, ptr %11, align 8, !tbaa !9
  store i32 0, ptr %13, align 4, !tbaa !5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %215

58:                                               ; preds = %28
  %59 = load i32, ptr %13, align 4, !tbaa !5
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %61, label %62

61:                                               ; preds = %58
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

62:                                               ; preds = %58
  br label %63

63:                                               ; preds = %67, %62
  %64 = load i32, ptr %13, align 4, !tbaa !5
  %65 = add nsw i32 %64, -1
  store i32 %65, ptr %13, align 4, !tbaa !5
  %66 = icmp sgt i32 %65, 0
  br i1 %66, label %67, label %73

67:                                               ; preds = %63
  %68 = load ptr, ptr %8, align 8, !tbaa !13
  %69 = load i32, ptr %14, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %14, align 4, !tbaa !5
  %71 = sext i32 %69 to i64
  %72 = getelementptr inbounds i32, ptr %68, i64 %71
  store i32 1, ptr %72, align 4, !tbaa !5
  br label %63, !llvm.loop !19

73:                                               ; preds = %63
  %74 = load i32, ptr %12, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %12, align 4, !tbaa !5
  br label %215

76:                                               ; preds = %28
  %77 = load ptr, ptr %11, align 8, !tbaa !9
  %78 = getelementptr inbounds [32 x %struct.anon], ptr %10, i64 0, i64 0
  %79 = icmp eq ptr %77, %78
  br i1 %79, label %83, label %80

80:                                               ; preds = %76
  %81 = load i32, ptr %13, align 4, !tbaa !5
  %82 = icmp eq i32 %81, 0
  br i1 %82, label %83, label %84

83:                                               ; preds = %80, %76
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

84:                                               ; preds = %80
  br label %85

85:                                               ; preds = %89, %84
  %86 = load i32, ptr %13, align 4, !tbaa !5
  %87 = add nsw i32 %86, -1
  store i32 %87, ptr %13, align 4, !tbaa !5
  %88 = icmp sgt i32 %87, 0
  br i1 %88, label %89, label %95

89:                                               ; preds = %85
  %90 = load ptr, ptr %8, align 8, !tbaa !13
  %91 = load i32, ptr %14, align 4, !tbaa !5
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %14, align 4, !tbaa !5
  %93 = sext i32 %91 to i64
  %94 = getelementptr inbounds i32, ptr %90, i64 %93
  store i32 1, ptr %94, align 4, !tbaa !5
  br label %85, !llvm.loop !21

95:                                               ; preds = %85
  br label %96

96:                                               ; preds = %105, %95
  %97 = load i32, ptr %12, align 4, !tbaa !5
  %98 = icmp sgt i32 %97, 0
  br i1 %98, label %99, label %108

99:                                               ; preds = %96
  %100 = load ptr, ptr %8, align 8, !tbaa !13
  %101 = load i32, ptr %14, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %14, align 4, !tbaa !5
  %103 = sext i32 %101 to i64
  %104 = getelementptr inbounds i32, ptr %100, i64 %103
  store i32 2, ptr %104, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %99
  %106 = load i32, ptr %12, align 4, !tbaa !5
  %107 = add nsw i32 %106, -1
  store i32 %107, ptr %12, align 4, !tbaa !5
  br label %96, !llvm.loop !22

108:                                              ; preds = %96
  %109 = load ptr, ptr %11, align 8, !tbaa !9
  %110 = getelementptr inbounds %struct.anon, ptr %109, i32 -1
  store ptr %110, ptr %11, align 8, !tbaa !9
  %111 = load ptr, ptr %11, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw %struct.anon, ptr %111, i32 0, i32 0
  %113 = load i32, ptr %112, align 4, !tbaa !16
  store i32 %113, ptr %12, align 4, !tbaa !5
  %114 = load ptr, ptr %11, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw %struct.anon, ptr %114, i32 0, i32 1
  %116 = load i32, ptr %115, align 4, !tbaa !18
  store i32 %116, ptr %13, align 4, !tbaa !5
  %117 = load i32, ptr %13, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %13, align 4, !tbaa !5
  br label %215

119:                                              ; preds = %28, %28, %28
  %120 = load i32, ptr %13, align 4, !tbaa !5
  %121 = icmp eq i32 %120, 0
  br i1 %121, label %122, label %123

122:                                              ; preds = %119
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

123:                                              ; preds = %119
  %124 = load ptr, ptr %7, align 8, !tbaa !11
  %125 = load i8, ptr %124, align 1, !tbaa !15
  %126 = sext i8 %125 to i32
  %127 = icmp eq i32 %126, 42
  br i1 %127, label %128, label %129

128:                                              ; preds = %123
  br label %136

129:                                              ; preds = %123
  %130 = load ptr, ptr %7, align 8, !tbaa !11
  %131 = load i8, ptr %130, align 1, !tbaa !15
  %132 = sext i8 %131 to i32
  %133 = icmp eq i32 %132, 43
  %134 = zext i1 %133 to i64
  %135 = select i1 %133, i32 4, i32 5
  br label %136

136:                                              ; preds = %129, %128
  %137 = phi i32 [ 3, %128 ], [ %135, %129 ]
  %138 = load ptr, ptr %8, align 8, !tbaa !13
  %139 = load i32, ptr %14, align 4, !tbaa !5
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %14, align 4, !tbaa !5
  %141 = sext i32 %139 to i64
  %142 = getelementptr inbounds i32, ptr %138, i64 %141
  store i32 %137, ptr %142, align 4, !tbaa !5
  br label %215

143:                                              ; preds = %28
  %144 = load i32, ptr %13, align 4, !tbaa !5
  %145 = icmp sgt i32 %144, 1
  br i1 %145, label %146, label %154

146:                                              ; preds = %143
  %147 = load i32, ptr %13, align 4, !tbaa !5
  %148 = add nsw i32 %147, -1
  store i32 %148, ptr %13, align 4, !tbaa !5
  %149 = load ptr, ptr %8, align 8, !tbaa !13
  %150 = load i32, ptr %14, align 4, !tbaa !5
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %14, align 4, !tbaa !5
  %152 = sext i32 %150 to i64
  %153 = getelementptr inbounds i32, ptr %149, i64 %152
  store i32 1, ptr %153, align 4, !tbaa !5
  br label %154

154:                                              ; preds = %146, %143
  %155 = load ptr, ptr %7, align 8, !tbaa !11
  %156 = load i8, ptr %155, align 1, !tbaa !15
  %157 = sext i8 %156 to i32
  %158 = icmp eq i32 %157, 46
  br i1 %158, label %159, label %165

159:                                              ; preds = %154
  %160 = load ptr, ptr %8, align 8, !tbaa !13
  %161 = load i32, ptr %14, align 4, !tbaa !5
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %14, align 4, !tbaa !5
  %163 = sext i32 %161 to i64
  %164 = getelementptr inbounds i32, ptr %160, i64 %163
  store i32 6, ptr %164, align 4, !tbaa !5
  br label %212

165:                                              ; preds = %154
  %166 = load ptr, ptr %7, align 8, !tbaa !11
  %167 = load i8, ptr %166, align 1, !tbaa !15
  %168 = sext i8 %167 to i32
  %169 = icmp eq i32 %168, 91
  br i1 %169, label %170, label %187

170:                                              ; preds = %165
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %171 = load ptr, ptr %6, align 8, !tbaa !9
  %172 = call i32 @parse_class(ptr noundef %171, ptr noundef %7) #6
  store i32 %172, ptr %16, align 4, !tbaa !5
  %173 = load i32, ptr %16, align 4, !tbaa !5
  %174 = icmp slt i32 %173, 0
  br i1 %174, label %175, label %176

175:                                              ; preds = %170
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %184

176:                                              ; preds = %170
  %177 = load i32, ptr %16, align 4, !tbaa !5
  %178 = add nsw i32 512, %177
  %179 = load ptr, ptr %8, align 8, !tbaa !13
  %180 = load i32, ptr %14, align 4, !tbaa !5
  %181 = add nsw i32 %180, 1
  store i32 %181, ptr %14, align 4, !tbaa !5
  %182 = sext i32 %180 to i64
  %183 = getelementptr inbounds i32, ptr %179, i64 %182
  store i32 %178, ptr %183, align 4, !tbaa !5
  store i32 0, ptr %15, align 4
  br label %184

184:                                              ; preds = %176, %175
  call void @llvm.lifetime.end.p0(ptr %16) #5
  %185 = load i32, ptr %15, align 4
  switch i32 %185, label %250 [
    i32 0, label %186
  ]

186:                                              ; preds = %184
  br label %211

187:                                              ; preds = %165
  %188 = load ptr, ptr %7, align 8, !tbaa !11
  %189 = load i8, ptr %188, align 1, !tbaa !15
  %190 = sext i8 %189 to i32
  %191 = icmp eq i32 %190, 92
  br i1 %191, label %192, label %201

192:                                              ; preds = %187
  %193 = load ptr, ptr %7, align 8, !tbaa !11
  %194 = getelementptr inbounds i8, ptr %193, i64 1
  %195 = load i8, ptr %194, align 1, !tbaa !15
  %196 = sext i8 %195 to i32
  %197 = icmp ne i32 %196, 0
  br i1 %197, label %198, label %201

198:                                              ; preds = %192
  %199 = load ptr, ptr %7, align 8, !tbaa !11
  %200 = getelementptr inbounds nuw i8, ptr %199, i32 1
  store ptr %200, ptr %7, align 8, !tbaa !11
  br label %201

201:                                              ; preds = %198, %192, %187
  %202 = load ptr, ptr %7, align 8, !tbaa !11
  %203 = load i8, ptr %202, align 1, !tbaa !15
  %204 = zext i8 %203 to i32
  %205 = add nsw i32 256, %204
  %206 = load ptr, ptr %8, align 8, !tbaa !13
  %207 = load i32, ptr %14, align 4, !tbaa !5
  %208 = add nsw i32 %207, 1
  store i32 %208, ptr %14, align 4, !tbaa !5
  %209 = sext i32 %207 to i64
  %210 = getelementptr inbounds i32, ptr %206, i64 %209
  store i32 %205, ptr %210, align 4, !tbaa !5
  br label %211

211:                                              ; preds = %201, %186
  br label %212

212:                                              ; preds = %211, %159
  %213 = load i32, ptr %13, align 4, !tbaa !5
  %214 = add nsw i32 %213, 1
  store i32 %214, ptr %13, align 4, !tbaa !5
  br label %215

215:                                              ; preds = %212, %136, %108, %73, %49
  br label %216

216:                                              ; preds = %215
  %217 = load ptr, ptr %7, align 8, !tbaa !11
  %218 = getelementptr inbounds nuw i8, ptr %217, i32 1
  store ptr %218, ptr %7, align 8, !tbaa !11
  br label %18, !llvm.loop !23

219:                                              ; preds = %18
  %220 = load ptr, ptr %11, align 8, !tbaa !9
  %221 = getelementptr inbounds [32 x %struct.anon], ptr %10, i64 0, i64 0
  %222 = icmp ne ptr %220, %221
  br i1 %222, label %223, label %224

223:                                              ; preds = %219
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

224:                                              ; preds = %219
  br label %225

225:                                              ; preds = %229, %224
  %226 = load i32, ptr %13, align 4, !tbaa !5
  %227 = add nsw i32 %226, -1
  store i32 %227, ptr %13, align 4, !tbaa !5
  %228 = icmp sgt i32 %227, 0
  br i1 %228, label %229, label %235

229:                                              ; preds = %225
  %230 = load ptr, ptr %8, align 8, !tbaa !13
  %231 = load i32, ptr %14, align 4, !tbaa !5
  %232 = add nsw i32 %231, 1
  store i32 %232, ptr %14, align 4, !tbaa !5
  %233 = sext i32 %231 to i64
  %234 = getelementptr inbounds i32, ptr %230, i64 %233
  store i32 1, ptr %234, align 4, !tbaa !5
  br label %225, !llvm.loop !24

235:                                              ; preds = %225
  br label %236

236:                                              ; preds = %245, %235
  %237 = load i32, ptr %12, align 4, !tbaa !5
  %238 = icmp sgt i32 %237, 0
  br i1 %238, label %239, label %248

239:                                              ; preds = %236
  %240 = load ptr, ptr %8, align 8, !tbaa !13
  %241 = load i32, ptr %14, align 4, !tbaa !5
  %242 = add nsw i32 %241, 1
  store i32 %242, ptr %14, align 4, !tbaa !5
  %243 = sext i32 %241 to i64
  %244 = getelementptr inbounds i32, ptr %240, i64 %243
  store i32 2, ptr %244, align 4, !tbaa !5
  br label %245

245:                                              ; preds = %239
  %246 = load i32, ptr %12, align 4, !tbaa !5
  %247 = add nsw i32 %246, -1
  store i32 %247, ptr %12, align 4, !tbaa !5
  br label %236, !llvm.loop !25

248:                                              ; preds = %236
  %249 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %249, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %250

250:                                              ; preds = %248, %223, %184, %122, %83, %61, %48, %27
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  %251 = load i32, ptr %5, align 4
  ret i32 %251
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_class(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i8, align 1
  %12 = alloca i8, align 1
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %15 = load ptr, ptr %5, align 8, !tbaa !26
  %16 = load ptr, ptr %15, align 8, !tbaa !11
  %17 = getelementptr inbounds i8, ptr %16, i64 1
  store ptr %17, ptr %6, align 8, !tbaa !11
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.nfa, ptr %18, i32 0, i32 3
  %20 = load i32, ptr %19, align 4, !tbaa !29
  %21 = icmp sge i32 %20, 16
  br i1 %21, label %22, label %23

22:                                               ; preds = %2
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %154

23:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.nfa, ptr %24, i32 0, i32 2
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.nfa, ptr %26, i32 0, i32 3
  %28 = load i32, ptr %27, align 4, !tbaa !29
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [16 x [32 x i8]], ptr %25, i64 0, i64 %29
  %31 = getelementptr inbounds [32 x i8], ptr %30, i64 0, i64 0
  store ptr %31, ptr %8, align 8, !tbaa !11
  %32 = load ptr, ptr %8, align 8, !tbaa !11
  call void @llvm.memset.p0.i64(ptr align 1 %32, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  %33 = load ptr, ptr %6, align 8, !tbaa !11
  %34 = load i8, ptr %33, align 1, !tbaa !15
  %35 = sext i8 %34 to i32
  %36 = icmp eq i32 %35, 94
  br i1 %36, label %37, label %40

37:                                               ; preds = %23
  store i32 1, ptr %9, align 4, !tbaa !5
  %38 = load ptr, ptr %6, align 8, !tbaa !11
  %39 = getelementptr inbounds nuw i8, ptr %38, i32 1
  store ptr %39, ptr %6, align 8, !tbaa !11
  br label %40

40:                                               ; preds = %37, %23
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %112, %40
  %42 = load ptr, ptr %6, align 8, !tbaa !11
  %43 = load i8, ptr %42, align 1, !tbaa !15
  %44 = sext i8 %43 to i32
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %56

46:                                               ; preds = %41
  %47 = load ptr, ptr %6, align 8, !tbaa !11
  %48 = load i8, ptr %47, align 1, !tbaa !15
  %49 = sext i8 %48 to i32
  %50 = icmp ne i32 %49, 93
  br i1 %50, label %54, label %51

51:                                               ; preds = %46
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = icmp ne i32 %52, 0
  br label %54

54:                                               ; preds = %51, %46
  %55 = phi i1 [ true, %46 ], [ %53, %51 ]
  br label %56

56:                                               ; preds = %54, %41
  %57 = phi i1 [ false, %41 ], [ %55, %54 ]
  br i1 %57, label %58, label %115

58:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %59 = load ptr, ptr %6, align 8, !tbaa !11
  %60 = load i8, ptr %59, align 1, !tbaa !15
  store i8 %60, ptr %11, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %61 = load i8, ptr %11, align 1, !tbaa !15
  store i8 %61, ptr %12, align 1, !tbaa !15
  %62 = load ptr, ptr %6, align 8, !tbaa !11
  %63 = getelementptr inbounds i8, ptr %62, i64 1
  %64 = load i8, ptr %63, align 1, !tbaa !15
  %65 = sext i8 %64 to i32
  %66 = icmp eq i32 %65, 45
  br i1 %66, label %67, label %85

67:                                               ; preds = %58
  %68 = load ptr, ptr %6, align 8, !tbaa !11
  %69 = getelementptr inbounds i8, ptr %68, i64 2
  %70 = load i8, ptr %69, align 1, !tbaa !15
  %71 = sext i8 %70 to i32
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %73, label %85

73:                                               ; preds = %67
  %74 = load ptr, ptr %6, align 8, !tbaa !11
  %75 = getelementptr inbounds i8, ptr %74, i64 2
  %76 = load i8, ptr %75, align 1, !tbaa !15
  %77 = sext i8 %76 to i32
  %78 = icmp ne i32 %77, 93
  br i1 %78, label %79, label %85

79:                                               ; preds = %73
  %80 = load ptr, ptr %6, align 8, !tbaa !11
  %81 = getelementptr inbounds i8, ptr %80, i64 2
  %82 = load i8, ptr %81, align 1, !tbaa !15
  store i8 %82, ptr %12, align 1, !tbaa !15
  %83 = load ptr, ptr %6, align 8, !tbaa !11
  %84 = getelementptr inbounds i8, ptr %83, i64 2
  store ptr %84, ptr %6, align 8, !tbaa !11
  br label %85

85:                                               ; preds = %79, %73, %67, %58
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %86 = load i8, ptr %11, align 1, !tbaa !15
  %87 = zext i8 %86 to i32
  store i32 %87, ptr %13, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %109, %85
  %89 = load i32, ptr %13, align 4, !tbaa !5
  %90 = load i8, ptr %12, align 1, !tbaa !15
  %91 = zext i8 %90 to i32
  %92 = icmp ule i32 %89, %91
  br i1 %92, label %94, label %93

93:                                               ; preds = %88
  store i32 4, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %112

94:                                               ; preds = %88
  %95 = load i32, ptr %13, align 4, !tbaa !5
  %96 = and i32 %95, 7
  %97 = shl i32 1, %96
  %98 = trunc i32 %97 to i8
  %99 = zext i8 %98 to i32
  %100 = load ptr, ptr %8, align 8, !tbaa !11
  %101 = load i32, ptr %13, align 4, !tbaa !5
  %102 = lshr i32 %101, 3
  %103 = zext i32 %102 to i64
  %104 = getelementptr inbounds nuw i8, ptr %100, i64 %103
  %105 = load i8, ptr %104, align 1, !tbaa !15
  %106 = zext i8 %105 to i32
  %107 = or i32 %106, %99
  %108 = trunc i32 %107 to i8
  store i8 %108, ptr %104, align 1, !tbaa !15
  br label %109

109:                                              ; preds = %94
  %110 = load i32, ptr %13, align 4, !tbaa !5
  %111 = add i32 %110, 1
  store i32 %111, ptr %13, align 4, !tbaa !5
  br label %88, !llvm.loop !32

112:                                              ; preds = %93
  %113 = load ptr, ptr %6, align 8, !tbaa !11
  %114 = getelementptr inbounds nuw i8, ptr %113, i32 1
  store ptr %114, ptr %6, align 8, !tbaa !11
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %41, !llvm.loop !33

115:                                              ; preds = %56
  %116 = load ptr, ptr %6, align 8, !tbaa !11
  %117 = load i8, ptr %116, align 1, !tbaa !15
  %118 = sext i8 %117 to i32
  %119 = icmp ne i32 %118, 93
  br i1 %119, label %120, label %121

120:                                              ; preds = %115
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %153

121:                                              ; preds = %115
  %122 = load i32, ptr %9, align 4, !tbaa !5
  %123 = icmp ne i32 %122, 0
  br i1 %123, label %124, label %146

124:                                              ; preds = %121
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %125

125:                                              ; preds = %142, %124
  %126 = load i32, ptr %14, align 4, !tbaa !5
  %127 = icmp slt i32 %126, 32
  br i1 %127, label %129, label %128

128:                                              ; preds = %125
  store i32 7, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %145

129:                                              ; preds = %125
  %130 = load ptr, ptr %8, align 8, !tbaa !11
  %131 = load i32, ptr %14, align 4, !tbaa !5
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds i8, ptr %130, i64 %132
  %134 = load i8, ptr %133, align 1, !tbaa !15
  %135 = zext i8 %134 to i32
  %136 = xor i32 %135, -1
  %137 = trunc i32 %136 to i8
  %138 = load ptr, ptr %8, align 8, !tbaa !11
  %139 = load i32, ptr %14, align 4, !tbaa !5
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds i8, ptr %138, i64 %140
  store i8 %137, ptr %141, align 1, !tbaa !15
  br label %142

142:                                              ; preds = %129
  %143 = load i32, ptr %14, align 4, !tbaa !5
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %14, align 4, !tbaa !5
  br label %125, !llvm.loop !34

145:                                              ; preds = %128
  br label %146

146:                                              ; preds = %145, %121
  %147 = load ptr, ptr %6, align 8, !tbaa !11
  %148 = load ptr, ptr %5, align 8, !tbaa !26
  store ptr %147, ptr %148, align 8, !tbaa !11
  %149 = load ptr, ptr %4, align 8, !tbaa !9
  %150 = getelementptr inbounds nuw %struct.nfa, ptr %149, i32 0, i32 3
  %151 = load i32, ptr %150, align 4, !tbaa !29
  %152 = add nsw i32 %151, 1
  store i32 %152, ptr %150, align 4, !tbaa !29
  store i32 %151, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %153

153:                                              ; preds = %146, %120
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %154

154:                                              ; preds = %153, %22
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %155 = load i32, ptr %3, align 4
  ret i32 %155
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @nfa_build(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca [256 x %struct.frag], align 16
  %9 = alloca ptr, align 8
  %10 = alloca %struct.frag, align 8
  %11 = alloca %struct.frag, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca %struct.frag, align 8
  %17 = alloca %struct.frag, align 8
  %18 = alloca %struct.frag, align 8
  %19 = alloca %struct.frag, align 8
  %20 = alloca %struct.frag, align 8
  %21 = alloca %struct.frag, align 8
  %22 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !13
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %23 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  store ptr %23, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr @nholes, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %217, %3
  %25 = load i32, ptr %13, align 4, !tbaa !5
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %29, label %28

28:                                               ; preds = %24
  store i32 2, ptr %14, align 4
  br label %220

29:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %30 = load ptr, ptr %6, align 8, !tbaa !13
  %31 = load i32, ptr %13, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, ptr %30, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  store i32 %34, ptr %15, align 4, !tbaa !5
  %35 = load i32, ptr %15, align 4, !tbaa !5
  switch i32 %35, label %179 [
    i32 1, label %36
    i32 2, label %63
    i32 5, label %97
    i32 3, label %124
    i32 4, label %151
  ]

36:                                               ; preds = %29
  %37 = load ptr, ptr %9, align 8, !tbaa !9
  %38 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  %39 = ptrtoint ptr %37 to i64
  %40 = ptrtoint ptr %38 to i64
  %41 = sub i64 %39, %40
  %42 = sdiv exact i64 %41, 16
  %43 = icmp slt i64 %42, 2
  br i1 %43, label %44, label %45

44:                                               ; preds = %36
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

45:                                               ; preds = %36
  %46 = load ptr, ptr %9, align 8, !tbaa !9
  %47 = getelementptr inbounds %struct.frag, ptr %46, i32 -1
  store ptr %47, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %47, i64 16, i1 false), !tbaa.struct !35
  %48 = load ptr, ptr %9, align 8, !tbaa !9
  %49 = getelementptr inbounds %struct.frag, ptr %48, i32 -1
  store ptr %49, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %49, i64 16, i1 false), !tbaa.struct !35
  %50 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 1
  %51 = load i32, ptr %50, align 8, !tbaa !37
  %52 = getelementptr inbounds nuw %struct.frag, ptr %11, i32 0, i32 0
  %53 = load ptr, ptr %52, align 8, !tbaa !39
  call void @patch(i32 noundef %51, ptr noundef %53) #6
  %54 = load ptr, ptr %9, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.frag, ptr %54, i32 1
  store ptr %55, ptr %9, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.frag, ptr %16, i32 0, i32 0
  %57 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %58 = load ptr, ptr %57, align 8, !tbaa !39
  store ptr %58, ptr %56, align 8, !tbaa !39
  %59 = getelementptr inbounds nuw %struct.frag, ptr %16, i32 0, i32 1
  %60 = getelementptr inbounds nuw %struct.frag, ptr %11, i32 0, i32 1
  %61 = load i32, ptr %60, align 8, !tbaa !37
  store i32 %61, ptr %59, align 8, !tbaa !37
  %62 = getelementptr i8, ptr %16, i64 12
  call void @llvm.memset.p0.i64(ptr align 4 %62, i8 0, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %54, ptr align 8 %16, i64 16, i1 false), !tbaa.struct !35
  br label %213

63:                                               ; preds = %29
  %64 = load ptr, ptr %9, align 8, !tbaa !9
  %65 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  %66 = ptrtoint ptr %64 to i64
  %67 = ptrtoint ptr %65 to i64
  %68 = sub i64 %66, %67
  %69 = sdiv exact i64 %68, 16
  %70 = icmp slt i64 %69, 2
  br i1 %70, label %71, label %72

71:                                               ; preds = %63
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

72:                                               ; preds = %63
  %73 = load ptr, ptr %9, align 8, !tbaa !9
  %74 = getelementptr inbounds %struct.frag, ptr %73, i32 -1
  store ptr %74, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %11, ptr align 8 %74, i64 16, i1 false), !tbaa.struct !35
  %75 = load ptr, ptr %9, align 8, !tbaa !9
  %76 = getelementptr inbounds %struct.frag, ptr %75, i32 -1
  store ptr %76, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %76, i64 16, i1 false), !tbaa.struct !35
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %79 = load ptr, ptr %78, align 8, !tbaa !39
  %80 = getelementptr inbounds nuw %struct.frag, ptr %11, i32 0, i32 0
  %81 = load ptr, ptr %80, align 8, !tbaa !39
  %82 = call ptr @new_state(ptr noundef %77, i32 noundef 3, i32 noundef 0, ptr noundef %79, ptr noundef %81) #6
  store ptr %82, ptr %12, align 8, !tbaa !36
  %83 = icmp ne ptr %82, null
  br i1 %83, label %85, label %84

84:                                               ; preds = %72
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

85:                                               ; preds = %72
  %86 = load ptr, ptr %9, align 8, !tbaa !9
  %87 = getelementptr inbounds nuw %struct.frag, ptr %86, i32 1
  store ptr %87, ptr %9, align 8, !tbaa !9
  %88 = getelementptr inbounds nuw %struct.frag, ptr %17, i32 0, i32 0
  %89 = load ptr, ptr %12, align 8, !tbaa !36
  store ptr %89, ptr %88, align 8, !tbaa !39
  %90 = getelementptr inbounds nuw %struct.frag, ptr %17, i32 0, i32 1
  %91 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 1
  %92 = load i32, ptr %91, align 8, !tbaa !37
  %93 = getelementptr inbounds nuw %struct.frag, ptr %11, i32 0, i32 1
  %94 = load i32, ptr %93, align 8, !tbaa !37
  %95 = call i32 @append(i32 noundef %92, i32 noundef %94) #6
  store i32 %95, ptr %90, align 8, !tbaa !37
  %96 = getelementptr i8, ptr %17, i64 12
  call void @llvm.memset.p0.i64(ptr align 4 %96, i8 0, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %86, ptr align 8 %17, i64 16, i1 false), !tbaa.struct !35
  br label %213

97:                                               ; preds = %29
  %98 = load ptr, ptr %9, align 8, !tbaa !9
  %99 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  %100 = icmp eq ptr %98, %99
  br i1 %100, label %101, label %102

101:                                              ; preds = %97
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

102:                                              ; preds = %97
  %103 = load ptr, ptr %9, align 8, !tbaa !9
  %104 = getelementptr inbounds %struct.frag, ptr %103, i32 -1
  store ptr %104, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %104, i64 16, i1 false), !tbaa.struct !35
  %105 = load ptr, ptr %5, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %107 = load ptr, ptr %106, align 8, !tbaa !39
  %108 = call ptr @new_state(ptr noundef %105, i32 noundef 3, i32 noundef 0, ptr noundef %107, ptr noundef null) #6
  store ptr %108, ptr %12, align 8, !tbaa !36
  %109 = icmp ne ptr %108, null
  br i1 %109, label %111, label %110

110:                                              ; preds = %102
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

111:                                              ; preds = %102
  %112 = load ptr, ptr %9, align 8, !tbaa !9
  %113 = getelementptr inbounds nuw %struct.frag, ptr %112, i32 1
  store ptr %113, ptr %9, align 8, !tbaa !9
  %114 = getelementptr inbounds nuw %struct.frag, ptr %18, i32 0, i32 0
  %115 = load ptr, ptr %12, align 8, !tbaa !36
  store ptr %115, ptr %114, align 8, !tbaa !39
  %116 = getelementptr inbounds nuw %struct.frag, ptr %18, i32 0, i32 1
  %117 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 1
  %118 = load i32, ptr %117, align 8, !tbaa !37
  %119 = load ptr, ptr %12, align 8, !tbaa !36
  %120 = getelementptr inbounds nuw %struct.nstate, ptr %119, i32 0, i32 3
  %121 = call i32 @list1(ptr noundef %120) #6
  %122 = call i32 @append(i32 noundef %118, i32 noundef %121) #6
  store i32 %122, ptr %116, align 8, !tbaa !37
  %123 = getelementptr i8, ptr %18, i64 12
  call void @llvm.memset.p0.i64(ptr align 4 %123, i8 0, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %112, ptr align 8 %18, i64 16, i1 false), !tbaa.struct !35
  br label %213

124:                                              ; preds = %29
  %125 = load ptr, ptr %9, align 8, !tbaa !9
  %126 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  %127 = icmp eq ptr %125, %126
  br i1 %127, label %128, label %129

128:                                              ; preds = %124
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

129:                                              ; preds = %124
  %130 = load ptr, ptr %9, align 8, !tbaa !9
  %131 = getelementptr inbounds %struct.frag, ptr %130, i32 -1
  store ptr %131, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %131, i64 16, i1 false), !tbaa.struct !35
  %132 = load ptr, ptr %5, align 8, !tbaa !9
  %133 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %134 = load ptr, ptr %133, align 8, !tbaa !39
  %135 = call ptr @new_state(ptr noundef %132, i32 noundef 3, i32 noundef 0, ptr noundef %134, ptr noundef null) #6
  store ptr %135, ptr %12, align 8, !tbaa !36
  %136 = icmp ne ptr %135, null
  br i1 %136, label %138, label %137

137:                                              ; preds = %129
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

138:                                              ; preds = %129
  %139 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 1
  %140 = load i32, ptr %139, align 8, !tbaa !37
  %141 = load ptr, ptr %12, align 8, !tbaa !36
  call void @patch(i32 noundef %140, ptr noundef %141) #6
  %142 = load ptr, ptr %9, align 8, !tbaa !9
  %143 = getelementptr inbounds nuw %struct.frag, ptr %142, i32 1
  store ptr %143, ptr %9, align 8, !tbaa !9
  %144 = getelementptr inbounds nuw %struct.frag, ptr %19, i32 0, i32 0
  %145 = load ptr, ptr %12, align 8, !tbaa !36
  store ptr %145, ptr %144, align 8, !tbaa !39
  %146 = getelementptr inbounds nuw %struct.frag, ptr %19, i32 0, i32 1
  %147 = load ptr, ptr %12, align 8, !tbaa !36
  %148 = getelementptr inbounds nuw %struct.nstate, ptr %147, i32 0, i32 3
  %149 = call i32 @list1(ptr noundef %148) #6
  store i32 %149, ptr %146, align 8, !tbaa !37
  %150 = getelementptr i8, ptr %19, i64 12
  call void @llvm.memset.p0.i64(ptr align 4 %150, i8 0, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %142, ptr align 8 %19, i64 16, i1 false), !tbaa.struct !35
  br label %213

151:                                              ; preds = %29
  %152 = load ptr, ptr %9, align 8, !tbaa !9
  %153 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  %154 = icmp eq ptr %152, %153
  br i1 %154, label %155, label %156

155:                                              ; preds = %151
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

156:                                              ; preds = %151
  %157 = load ptr, ptr %9, align 8, !tbaa !9
  %158 = getelementptr inbounds %struct.frag, ptr %157, i32 -1
  store ptr %158, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %158, i64 16, i1 false), !tbaa.struct !35
  %159 = load ptr, ptr %5, align 8, !tbaa !9
  %160 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %161 = load ptr, ptr %160, align 8, !tbaa !39
  %162 = call ptr @new_state(ptr noundef %159, i32 noundef 3, i32 noundef 0, ptr noundef %161, ptr noundef null) #6
  store ptr %162, ptr %12, align 8, !tbaa !36
  %163 = icmp ne ptr %162, null
  br i1 %163, label %165, label %164

164:                                              ; preds = %156
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

165:                                              ; preds = %156
  %166 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 1
  %167 = load i32, ptr %166, align 8, !tbaa !37
  %168 = load ptr, ptr %12, align 8, !tbaa !36
  call void @patch(i32 noundef %167, ptr noundef %168) #6
  %169 = load ptr, ptr %9, align 8, !tbaa !9
  %170 = getelementptr inbounds nuw %struct.frag, ptr %169, i32 1
  store ptr %170, ptr %9, align 8, !tbaa !9
  %171 = getelementptr inbounds nuw %struct.frag, ptr %20, i32 0, i32 0
  %172 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %173 = load ptr, ptr %172, align 8, !tbaa !39
  store ptr %173, ptr %171, align 8, !tbaa !39
  %174 = getelementptr inbounds nuw %struct.frag, ptr %20, i32 0, i32 1
  %175 = load ptr, ptr %12, align 8, !tbaa !36
  %176 = getelementptr inbounds nuw %struct.nstate, ptr %175, i32 0, i32 3
  %177 = call i32 @list1(ptr noundef %176) #6
  store i32 %177, ptr %174, align 8, !tbaa !37
  %178 = getelementptr i8, ptr %20, i64 12
  call void @llvm.memset.p0.i64(ptr align 4 %178, i8 0, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %169, ptr align 8 %20, i64 16, i1 false), !tbaa.struct !35
  br label %213

179:                                              ; preds = %29
  %180 = load i32, ptr %15, align 4, !tbaa !5
  %181 = icmp eq i32 %180, 6
  br i1 %181, label %182, label %185

182:                                              ; preds = %179
  %183 = load ptr, ptr %5, align 8, !tbaa !9
  %184 = call ptr @new_state(ptr noundef %183, i32 noundef 1, i32 noundef 0, ptr noundef null, ptr noundef null) #6
  store ptr %184, ptr %12, align 8, !tbaa !36
  br label %199

185:                                              ; preds = %179
  %186 = load i32, ptr %15, align 4, !tbaa !5
  %187 = icmp sge i32 %186, 512
  br i1 %187, label %188, label %193

188:                                              ; preds = %185
  %189 = load ptr, ptr %5, align 8, !tbaa !9
  %190 = load i32, ptr %15, align 4, !tbaa !5
  %191 = sub nsw i32 %190, 512
  %192 = call ptr @new_state(ptr noundef %189, i32 noundef 2, i32 noundef %191, ptr noundef null, ptr noundef null) #6
  store ptr %192, ptr %12, align 8, !tbaa !36
  br label %198

193:                                              ; preds = %185
  %194 = load ptr, ptr %5, align 8, !tbaa !9
  %195 = load i32, ptr %15, align 4, !tbaa !5
  %196 = sub nsw i32 %195, 256
  %197 = call ptr @new_state(ptr noundef %194, i32 noundef 0, i32 noundef %196, ptr noundef null, ptr noundef null) #6
  store ptr %197, ptr %12, align 8, !tbaa !36
  br label %198

198:                                              ; preds = %193, %188
  br label %199

199:                                              ; preds = %198, %182
  %200 = load ptr, ptr %12, align 8, !tbaa !36
  %201 = icmp ne ptr %200, null
  br i1 %201, label %203, label %202

202:                                              ; preds = %199
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %214

203:                                              ; preds = %199
  %204 = load ptr, ptr %9, align 8, !tbaa !9
  %205 = getelementptr inbounds nuw %struct.frag, ptr %204, i32 1
  store ptr %205, ptr %9, align 8, !tbaa !9
  %206 = getelementptr inbounds nuw %struct.frag, ptr %21, i32 0, i32 0
  %207 = load ptr, ptr %12, align 8, !tbaa !36
  store ptr %207, ptr %206, align 8, !tbaa !39
  %208 = getelementptr inbounds nuw %struct.frag, ptr %21, i32 0, i32 1
  %209 = load ptr, ptr %12, align 8, !tbaa !36
  %210 = getelementptr inbounds nuw %struct.nstate, ptr %209, i32 0, i32 2
  %211 = call i32 @list1(ptr noundef %210) #6
  store i32 %211, ptr %208, align 8, !tbaa !37
  %212 = getelementptr i8, ptr %21, i64 12
  call void @llvm.memset.p0.i64(ptr align 4 %212, i8 0, i64 4, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %204, ptr align 8 %21, i64 16, i1 false), !tbaa.struct !35
  br label %213

213:                                              ; preds = %203, %165, %138, %111, %85, %45
  store i32 0, ptr %14, align 4
  br label %214

214:                                              ; preds = %213, %202, %164, %155, %137, %128, %110, %101, %84, %71, %44
  call void @llvm.lifetime.end.p0(ptr %15) #5
  %215 = load i32, ptr %14, align 4
  switch i32 %215, label %220 [
    i32 0, label %216
  ]

216:                                              ; preds = %214
  br label %217

217:                                              ; preds = %216
  %218 = load i32, ptr %13, align 4, !tbaa !5
  %219 = add nsw i32 %218, 1
  store i32 %219, ptr %13, align 4, !tbaa !5
  br label %24, !llvm.loop !40

220:                                              ; preds = %214, %28
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %221 = load i32, ptr %14, align 4
  switch i32 %221, label %248 [
    i32 2, label %222
  ]

222:                                              ; preds = %220
  %223 = load ptr, ptr %9, align 8, !tbaa !9
  %224 = getelementptr inbounds [256 x %struct.frag], ptr %8, i64 0, i64 0
  %225 = ptrtoint ptr %223 to i64
  %226 = ptrtoint ptr %224 to i64
  %227 = sub i64 %225, %226
  %228 = sdiv exact i64 %227, 16
  %229 = icmp ne i64 %228, 1
  br i1 %229, label %230, label %231

230:                                              ; preds = %222
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %248

231:                                              ; preds = %222
  %232 = load ptr, ptr %9, align 8, !tbaa !9
  %233 = getelementptr inbounds %struct.frag, ptr %232, i32 -1
  store ptr %233, ptr %9, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %233, i64 16, i1 false), !tbaa.struct !35
  call void @llvm.lifetime.start.p0(ptr %22) #5
  %234 = load ptr, ptr %5, align 8, !tbaa !9
  %235 = call ptr @new_state(ptr noundef %234, i32 noundef 4, i32 noundef 0, ptr noundef null, ptr noundef null) #6
  store ptr %235, ptr %22, align 8, !tbaa !36
  %236 = load ptr, ptr %22, align 8, !tbaa !36
  %237 = icmp ne ptr %236, null
  br i1 %237, label %239, label %238

238:                                              ; preds = %231
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %247

239:                                              ; preds = %231
  %240 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 1
  %241 = load i32, ptr %240, align 8, !tbaa !37
  %242 = load ptr, ptr %22, align 8, !tbaa !36
  call void @patch(i32 noundef %241, ptr noundef %242) #6
  %243 = getelementptr inbounds nuw %struct.frag, ptr %10, i32 0, i32 0
  %244 = load ptr, ptr %243, align 8, !tbaa !39
  %245 = load ptr, ptr %5, align 8, !tbaa !9
  %246 = getelementptr inbounds nuw %struct.nfa, ptr %245, i32 0, i32 4
  store ptr %244, ptr %246, align 8, !tbaa !41
  store i32 0, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %247

247:                                              ; preds = %239, %238
  call void @llvm.lifetime.end.p0(ptr %22) #5
  br label %248

248:                                              ; preds = %247, %230, %220
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %249 = load i32, ptr %4, align 4
  ret i32 %249
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @patch(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4, !tbaa !5
  store ptr %1, ptr %4, align 8, !tbaa !36
  br label %5

5:                                                ; preds = %15, %2
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = icmp sge i32 %6, 0
  br i1 %7, label %8, label %21

8:                                                ; preds = %5
  %9 = load ptr, ptr %4, align 8, !tbaa !36
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %11
  %13 = getelementptr inbounds nuw %struct.hole, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 16, !tbaa !42
  store ptr %9, ptr %14, align 8, !tbaa !36
  br label %15

15:                                               ; preds = %8
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %17
  %19 = getelementptr inbounds nuw %struct.hole, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 8, !tbaa !45
  store i32 %20, ptr %3, align 4, !tbaa !5
  br label %5, !llvm.loop !46

21:                                               ; preds = %5
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @new_state(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  store ptr %0, ptr %7, align 8, !tbaa !9
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i32 %2, ptr %9, align 4, !tbaa !5
  store ptr %3, ptr %10, align 8, !tbaa !36
  store ptr %4, ptr %11, align 8, !tbaa !36
  %13 = load ptr, ptr %7, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.nfa, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8, !tbaa !47
  %16 = icmp sge i32 %15, 512
  br i1 %16, label %17, label %18

17:                                               ; preds = %5
  store ptr null, ptr %6, align 8
  br label %42

18:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %19 = load ptr, ptr %7, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.nfa, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %7, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.nfa, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8, !tbaa !47
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 8, !tbaa !47
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds [512 x %struct.nstate], ptr %20, i64 0, i64 %25
  store ptr %26, ptr %12, align 8, !tbaa !36
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = load ptr, ptr %12, align 8, !tbaa !36
  %29 = getelementptr inbounds nuw %struct.nstate, ptr %28, i32 0, i32 0
  store i32 %27, ptr %29, align 8, !tbaa !48
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = load ptr, ptr %12, align 8, !tbaa !36
  %32 = getelementptr inbounds nuw %struct.nstate, ptr %31, i32 0, i32 1
  store i32 %30, ptr %32, align 4, !tbaa !50
  %33 = load ptr, ptr %10, align 8, !tbaa !36
  %34 = load ptr, ptr %12, align 8, !tbaa !36
  %35 = getelementptr inbounds nuw %struct.nstate, ptr %34, i32 0, i32 2
  store ptr %33, ptr %35, align 8, !tbaa !51
  %36 = load ptr, ptr %11, align 8, !tbaa !36
  %37 = load ptr, ptr %12, align 8, !tbaa !36
  %38 = getelementptr inbounds nuw %struct.nstate, ptr %37, i32 0, i32 3
  store ptr %36, ptr %38, align 8, !tbaa !52
  %39 = load ptr, ptr %12, align 8, !tbaa !36
  %40 = getelementptr inbounds nuw %struct.nstate, ptr %39, i32 0, i32 4
  store i32 0, ptr %40, align 8, !tbaa !53
  %41 = load ptr, ptr %12, align 8, !tbaa !36
  store ptr %41, ptr %6, align 8
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %42

42:                                               ; preds = %18, %17
  %43 = load ptr, ptr %6, align 8
  ret ptr %43
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @append(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %6 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %6, ptr %5, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %14, %2
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %9
  %11 = getelementptr inbounds nuw %struct.hole, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8, !tbaa !45
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %7
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %16
  %18 = getelementptr inbounds nuw %struct.hole, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 8, !tbaa !45
  store i32 %19, ptr %5, align 4, !tbaa !5
  br label %7, !llvm.loop !54

20:                                               ; preds = %7
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %23
  %25 = getelementptr inbounds nuw %struct.hole, ptr %24, i32 0, i32 1
  store i32 %21, ptr %25, align 8, !tbaa !45
  %26 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %26
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @list1(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !55
  %3 = load ptr, ptr %2, align 8, !tbaa !55
  %4 = load i32, ptr @nholes, align 4, !tbaa !5
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %5
  %7 = getelementptr inbounds nuw %struct.hole, ptr %6, i32 0, i32 0
  store ptr %3, ptr %7, align 16, !tbaa !42
  %8 = load i32, ptr @nholes, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [1024 x %struct.hole], ptr @holes, i64 0, i64 %9
  %11 = getelementptr inbounds nuw %struct.hole, ptr %10, i32 0, i32 1
  store i32 -1, ptr %11, align 8, !tbaa !45
  %12 = load i32, ptr @nholes, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr @nholes, align 4, !tbaa !5
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @nfa_match(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store ptr @nfa_match.a, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store ptr @nfa_match.b, ptr %7, align 8, !tbaa !9
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.nfa, ptr %13, i32 0, i32 5
  %15 = load i32, ptr %14, align 8, !tbaa !56
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %14, align 8, !tbaa !56
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.slist, ptr %17, i32 0, i32 1
  store i32 0, ptr %18, align 8, !tbaa !57
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = load ptr, ptr %6, align 8, !tbaa !9
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.nfa, ptr %21, i32 0, i32 4
  %23 = load ptr, ptr %22, align 8, !tbaa !41
  call void @add_state(ptr noundef %19, ptr noundef %20, ptr noundef %23) #6
  br label %24

24:                                               ; preds = %83, %2
  %25 = load ptr, ptr %5, align 8, !tbaa !11
  %26 = load i8, ptr %25, align 1, !tbaa !15
  %27 = icmp ne i8 %26, 0
  br i1 %27, label %28, label %86

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %29 = load ptr, ptr %5, align 8, !tbaa !11
  %30 = load i8, ptr %29, align 1, !tbaa !15
  store i8 %30, ptr %8, align 1, !tbaa !15
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.nfa, ptr %31, i32 0, i32 5
  %33 = load i32, ptr %32, align 8, !tbaa !56
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %32, align 8, !tbaa !56
  %35 = load ptr, ptr %7, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.slist, ptr %35, i32 0, i32 1
  store i32 0, ptr %36, align 8, !tbaa !57
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %67, %28
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = load ptr, ptr %6, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.slist, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %40, align 8, !tbaa !57
  %42 = icmp slt i32 %38, %41
  br i1 %42, label %44, label %43

43:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %70

44:                                               ; preds = %37
  %45 = load ptr, ptr %4, align 8, !tbaa !9
  %46 = load ptr, ptr %6, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.slist, ptr %46, i32 0, i32 0
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [512 x ptr], ptr %47, i64 0, i64 %49
  %51 = load ptr, ptr %50, align 8, !tbaa !36
  %52 = load i8, ptr %8, align 1, !tbaa !15
  %53 = call i32 @state_accepts(ptr noundef %45, ptr noundef %51, i8 noundef zeroext %52) #6
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %66

55:                                               ; preds = %44
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = load ptr, ptr %7, align 8, !tbaa !9
  %58 = load ptr, ptr %6, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.slist, ptr %58, i32 0, i32 0
  %60 = load i32, ptr %9, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [512 x ptr], ptr %59, i64 0, i64 %61
  %63 = load ptr, ptr %62, align 8, !tbaa !36
  %64 = getelementptr inbounds nuw %struct.nstate, ptr %63, i32 0, i32 2
  %65 = load ptr, ptr %64, align 8, !tbaa !51
  call void @add_state(ptr noundef %56, ptr noundef %57, ptr noundef %65) #6
  br label %66

66:                                               ; preds = %55, %44
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %9, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %9, align 4, !tbaa !5
  br label %37, !llvm.loop !59

70:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %71 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %71, ptr %10, align 8, !tbaa !9
  %72 = load ptr, ptr %7, align 8, !tbaa !9
  store ptr %72, ptr %6, align 8, !tbaa !9
  %73 = load ptr, ptr %10, align 8, !tbaa !9
  store ptr %73, ptr %7, align 8, !tbaa !9
  %74 = load ptr, ptr %6, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.slist, ptr %74, i32 0, i32 1
  %76 = load i32, ptr %75, align 8, !tbaa !57
  %77 = icmp eq i32 %76, 0
  br i1 %77, label %78, label %79

78:                                               ; preds = %70
  store i32 0, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %80

79:                                               ; preds = %70
  store i32 0, ptr %11, align 4
  br label %80

80:                                               ; preds = %79, %78
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %81 = load i32, ptr %11, align 4
  switch i32 %81, label %112 [
    i32 0, label %82
  ]

82:                                               ; preds = %80
  br label %83

83:                                               ; preds = %82
  %84 = load ptr, ptr %5, align 8, !tbaa !11
  %85 = getelementptr inbounds nuw i8, ptr %84, i32 1
  store ptr %85, ptr %5, align 8, !tbaa !11
  br label %24, !llvm.loop !60

86:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %106, %86
  %88 = load i32, ptr %12, align 4, !tbaa !5
  %89 = load ptr, ptr %6, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.slist, ptr %89, i32 0, i32 1
  %91 = load i32, ptr %90, align 8, !tbaa !57
  %92 = icmp slt i32 %88, %91
  br i1 %92, label %94, label %93

93:                                               ; preds = %87
  store i32 8, ptr %11, align 4
  br label %109

94:                                               ; preds = %87
  %95 = load ptr, ptr %6, align 8, !tbaa !9
  %96 = getelementptr inbounds nuw %struct.slist, ptr %95, i32 0, i32 0
  %97 = load i32, ptr %12, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [512 x ptr], ptr %96, i64 0, i64 %98
  %100 = load ptr, ptr %99, align 8, !tbaa !36
  %101 = getelementptr inbounds nuw %struct.nstate, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %101, align 8, !tbaa !48
  %103 = icmp eq i32 %102, 4
  br i1 %103, label %104, label %105

104:                                              ; preds = %94
  store i32 1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %109

105:                                              ; preds = %94
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %12, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4, !tbaa !5
  br label %87, !llvm.loop !61

109:                                              ; preds = %104, %93
  call void @llvm.lifetime.end.p0(ptr %12) #5
  %110 = load i32, ptr %11, align 4
  switch i32 %110, label %112 [
    i32 8, label %111
  ]

111:                                              ; preds = %109
  store i32 0, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %112

112:                                              ; preds = %111, %109, %80
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %113 = load i32, ptr %3, align 4
  ret i32 %113
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @add_state(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !36
  %7 = load ptr, ptr %6, align 8, !tbaa !36
  %8 = icmp ne ptr %7, null
  br i1 %8, label %9, label %17

9:                                                ; preds = %3
  %10 = load ptr, ptr %6, align 8, !tbaa !36
  %11 = getelementptr inbounds nuw %struct.nstate, ptr %10, i32 0, i32 4
  %12 = load i32, ptr %11, align 8, !tbaa !53
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.nfa, ptr %13, i32 0, i32 5
  %15 = load i32, ptr %14, align 8, !tbaa !56
  %16 = icmp eq i32 %12, %15
  br i1 %16, label %17, label %18

17:                                               ; preds = %9, %3
  br label %49

18:                                               ; preds = %9
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.nfa, ptr %19, i32 0, i32 5
  %21 = load i32, ptr %20, align 8, !tbaa !56
  %22 = load ptr, ptr %6, align 8, !tbaa !36
  %23 = getelementptr inbounds nuw %struct.nstate, ptr %22, i32 0, i32 4
  store i32 %21, ptr %23, align 8, !tbaa !53
  %24 = load ptr, ptr %6, align 8, !tbaa !36
  %25 = getelementptr inbounds nuw %struct.nstate, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %25, align 8, !tbaa !48
  %27 = icmp eq i32 %26, 3
  br i1 %27, label %28, label %39

28:                                               ; preds = %18
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = load ptr, ptr %5, align 8, !tbaa !9
  %31 = load ptr, ptr %6, align 8, !tbaa !36
  %32 = getelementptr inbounds nuw %struct.nstate, ptr %31, i32 0, i32 2
  %33 = load ptr, ptr %32, align 8, !tbaa !51
  call void @add_state(ptr noundef %29, ptr noundef %30, ptr noundef %33) #6
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = load ptr, ptr %5, align 8, !tbaa !9
  %36 = load ptr, ptr %6, align 8, !tbaa !36
  %37 = getelementptr inbounds nuw %struct.nstate, ptr %36, i32 0, i32 3
  %38 = load ptr, ptr %37, align 8, !tbaa !52
  call void @add_state(ptr noundef %34, ptr noundef %35, ptr noundef %38) #6
  br label %49

39:                                               ; preds = %18
  %40 = load ptr, ptr %6, align 8, !tbaa !36
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.slist, ptr %41, i32 0, i32 0
  %43 = load ptr, ptr %5, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.slist, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 8, !tbaa !57
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %44, align 8, !tbaa !57
  %47 = sext i32 %45 to i64
  %48 = getelementptr inbounds [512 x ptr], ptr %42, i64 0, i64 %47
  store ptr %40, ptr %48, align 8, !tbaa !36
  br label %49

49:                                               ; preds = %39, %28, %17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @state_accepts(ptr noundef %0, ptr noundef %1, i8 noundef zeroext %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !36
  store i8 %2, ptr %7, align 1, !tbaa !15
  %8 = load ptr, ptr %6, align 8, !tbaa !36
  %9 = getelementptr inbounds nuw %struct.nstate, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 8, !tbaa !48
  switch i32 %10, label %40 [
    i32 0, label %11
    i32 1, label %19
    i32 2, label %20
  ]

11:                                               ; preds = %3
  %12 = load ptr, ptr %6, align 8, !tbaa !36
  %13 = getelementptr inbounds nuw %struct.nstate, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4, !tbaa !50
  %15 = load i8, ptr %7, align 1, !tbaa !15
  %16 = zext i8 %15 to i32
  %17 = icmp eq i32 %14, %16
  %18 = zext i1 %17 to i32
  store i32 %18, ptr %4, align 4
  br label %41

19:                                               ; preds = %3
  store i32 1, ptr %4, align 4
  br label %41

20:                                               ; preds = %3
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.nfa, ptr %21, i32 0, i32 2
  %23 = load ptr, ptr %6, align 8, !tbaa !36
  %24 = getelementptr inbounds nuw %struct.nstate, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4, !tbaa !50
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [16 x [32 x i8]], ptr %22, i64 0, i64 %26
  %28 = load i8, ptr %7, align 1, !tbaa !15
  %29 = zext i8 %28 to i32
  %30 = ashr i32 %29, 3
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [32 x i8], ptr %27, i64 0, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !15
  %34 = zext i8 %33 to i32
  %35 = load i8, ptr %7, align 1, !tbaa !15
  %36 = zext i8 %35 to i32
  %37 = and i32 %36, 7
  %38 = ashr i32 %34, %37
  %39 = and i32 %38, 1
  store i32 %39, ptr %4, align 4
  br label %41

40:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %41

41:                                               ; preds = %40, %20, %19, %11
  %42 = load i32, ptr %4, align 4
  ret i32 %42
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @nfa_compile(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [256 x i32], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %9, i8 0, i64 16920, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = load ptr, ptr %5, align 8, !tbaa !11
  %12 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 0
  %13 = call i32 @re_to_postfix(ptr noundef %10, ptr noundef %11, ptr noundef %12, i32 noundef 256) #6
  store i32 %13, ptr %7, align 4, !tbaa !5
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = icmp sle i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %2
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %22

17:                                               ; preds = %2
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds [256 x i32], ptr %6, i64 0, i64 0
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = call i32 @nfa_build(ptr noundef %18, ptr noundef %19, i32 noundef %20) #6
  store i32 %21, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %22

22:                                               ; preds = %17, %16
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %23 = load i32, ptr %3, align 4
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 12, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 18, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %64, %0
  %14 = load i32, ptr %8, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 40
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %67

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %60, %17
  %19 = load i32, ptr %10, align 4, !tbaa !5
  %20 = icmp slt i32 %19, 12
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %63

22:                                               ; preds = %18
  %23 = load i32, ptr %10, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [12 x ptr], ptr @main.patterns, i64 0, i64 %24
  %26 = load ptr, ptr %25, align 8, !tbaa !11
  %27 = call i32 @nfa_compile(ptr noundef @main.m, ptr noundef %26) #6
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %32

29:                                               ; preds = %22
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %5, align 4, !tbaa !5
  br label %60

32:                                               ; preds = %22
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %56, %32
  %36 = load i32, ptr %11, align 4, !tbaa !5
  %37 = icmp slt i32 %36, 18
  br i1 %37, label %39, label %38

38:                                               ; preds = %35
  store i32 8, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %59

39:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [18 x ptr], ptr @main.inputs, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !11
  %44 = call i32 @nfa_match(ptr noundef @main.m, ptr noundef %43) #6
  store i32 %44, ptr %12, align 4, !tbaa !5
  %45 = load i32, ptr %12, align 4, !tbaa !5
  %46 = load i32, ptr %6, align 4, !tbaa !5
  %47 = add nsw i32 %46, %45
  store i32 %47, ptr %6, align 4, !tbaa !5
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %39
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = mul i32 %51, 3
  %53 = load i32, ptr %12, align 4, !tbaa !5
  %54 = add i32 %52, %53
  store i32 %54, ptr %7, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %50, %39
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %11, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %11, align 4, !tbaa !5
  br label %35, !llvm.loop !62

59:                                               ; preds = %38
  br label %60

60:                                               ; preds = %59, %29
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %10, align 4, !tbaa !5
  br label %18, !llvm.loop !63

63:                                               ; preds = %21
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %8, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %8, align 4, !tbaa !5
  br label %13, !llvm.loop !64

67:                                               ; preds = %16
  %68 = load i32, ptr %4, align 4, !tbaa !5
  %69 = load i32, ptr %5, align 4, !tbaa !5
  %70 = load i32, ptr %6, align 4, !tbaa !5
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.30, i32 noundef %68, i32 noundef %69, i32 noundef %70, i32 noundef %71) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %73 = load i32, ptr %1, align 4
  ret i32 %73
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }

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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !10, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 int", !10, i64 0}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !6, i64 0}
!17 = !{!"", !6, i64 0, !6, i64 4}
!18 = !{!17, !6, i64 4}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !20}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
!26 = !{!27, !27, i64 0}
!27 = !{!"p2 omnipotent char", !28, i64 0}
!28 = !{!"any p2 pointer", !10, i64 0}
!29 = !{!30, !6, i64 16900}
!30 = !{!"", !7, i64 0, !6, i64 16384, !7, i64 16388, !6, i64 16900, !31, i64 16904, !6, i64 16912}
!31 = !{!"p1 _ZTS6nstate", !10, i64 0}
!32 = distinct !{!32, !20}
!33 = distinct !{!33, !20}
!34 = distinct !{!34, !20}
!35 = !{i64 0, i64 8, !36, i64 8, i64 4, !5}
!36 = !{!31, !31, i64 0}
!37 = !{!38, !6, i64 8}
!38 = !{!"", !31, i64 0, !6, i64 8}
!39 = !{!38, !31, i64 0}
!40 = distinct !{!40, !20}
!41 = !{!30, !31, i64 16904}
!42 = !{!43, !44, i64 0}
!43 = !{!"", !44, i64 0, !6, i64 8}
!44 = !{!"p2 _ZTS6nstate", !28, i64 0}
!45 = !{!43, !6, i64 8}
!46 = distinct !{!46, !20}
!47 = !{!30, !6, i64 16384}
!48 = !{!49, !6, i64 0}
!49 = !{!"nstate", !6, i64 0, !6, i64 4, !31, i64 8, !31, i64 16, !6, i64 24}
!50 = !{!49, !6, i64 4}
!51 = !{!49, !31, i64 8}
!52 = !{!49, !31, i64 16}
!53 = !{!49, !6, i64 24}
!54 = distinct !{!54, !20}
!55 = !{!44, !44, i64 0}
!56 = !{!30, !6, i64 16912}
!57 = !{!58, !6, i64 4096}
!58 = !{!"", !7, i64 0, !6, i64 4096}
!59 = distinct !{!59, !20}
!60 = distinct !{!60, !20}
!61 = distinct !{!61, !20}
!62 = distinct !{!62, !20}
!63 = distinct !{!63, !20}
!64 = distinct !{!64, !20}
