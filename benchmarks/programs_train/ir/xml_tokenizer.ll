; ModuleID = 'xml_tokenizer.c'
source_filename = "xml_tokenizer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Lexer = type { ptr, i64, i8, ptr, i64 }
%struct.Token = type { i32, ptr, i64, ptr, i64 }

@main.doc = internal constant [372 x i8] c"<?xml version=\221.0\22?>\0A<catalog region='eu' count=\223\22>\0A  <!-- inventory snapshot -->\0A  <book id=\22b1\22 lang=\22en\22><title>Compilers &amp; Tools</title><price>42</price></book>\0A  <book id=\22b2\22><title>Fish &lt;and&gt; Chips</title><price>7</price><tag/></book>\0A  <book id='b3'><title>Loop Nests</title><price>19</price><empty flag=\22x\22 /></book>\0A  <misplaced></wrong>\0A</catalog>\0A\00", align 16
@__const.main.lx = private unnamed_addr constant { ptr, i64, i8, [7 x i8], ptr, i64 } { ptr @main.doc, i64 0, i8 0, [7 x i8] zeroinitializer, ptr null, i64 0 }, align 8
@.str = private unnamed_addr constant [6 x i8] c"price\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"mismatched close </%.*s>\0A\00", align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"attr %.*s=\22%.*s\22\0A\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"%-8s %d\0A\00", align 1
@kind_names = internal global [9 x ptr] [ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21], align 16
@.str.4 = private unnamed_addr constant [75 x i8] c"max_depth=%d final_depth=%d errors=%d entities=%d price_sum=%ld hash=%08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"<!--\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"-->\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"?>\00", align 1
@count_entities.names = internal global [5 x ptr] [ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12], align 16
@.str.8 = private unnamed_addr constant [5 x i8] c"&lt;\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"&gt;\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"&amp;\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"&quot;\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"&apos;\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"open\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"close\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"empty\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"text\00", align 1
@.str.17 = private unnamed_addr constant [8 x i8] c"comment\00", align 1
@.str.18 = private unnamed_addr constant [3 x i8] c"pi\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"attr\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"eof\00", align 1
@.str.21 = private unnamed_addr constant [6 x i8] c"error\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Lexer, align 8
  %3 = alloca [32 x ptr], align 16
  %4 = alloca [32 x i64], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [9 x i32], align 16
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i8, align 1
  %13 = alloca %struct.Token, align 8
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 @__const.main.lx, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #7
  call void @llvm.lifetime.start.p0(ptr %4) #7
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  call void @llvm.memset.p0.i64(ptr align 16 %9, i8 0, i64 36, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 -2128831035, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i8 0, ptr %12, align 1, !tbaa !11
  br label %19

19:                                               ; preds = %205, %0
  call void @llvm.lifetime.start.p0(ptr %13) #7
  call void @next_token(ptr dead_on_unwind writable sret(%struct.Token) align 8 %13, ptr noundef %2) #8
  %20 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 0
  %21 = load i32, ptr %20, align 8, !tbaa !13
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds nuw [9 x i32], ptr %9, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i64 0, ptr %14, align 8, !tbaa !9
  br label %26

26:                                               ; preds = %42, %19
  %27 = load i64, ptr %14, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %29 = load i64, ptr %28, align 8, !tbaa !17
  %30 = icmp ult i64 %27, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %45

32:                                               ; preds = %26
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %35 = load ptr, ptr %34, align 8, !tbaa !18
  %36 = load i64, ptr %14, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw i8, ptr %35, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !19
  %39 = zext i8 %38 to i32
  %40 = xor i32 %33, %39
  %41 = mul i32 %40, 16777619
  store i32 %41, ptr %10, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %32
  %43 = load i64, ptr %14, align 8, !tbaa !9
  %44 = add i64 %43, 1
  store i64 %44, ptr %14, align 8, !tbaa !9
  br label %26, !llvm.loop !20

45:                                               ; preds = %31
  %46 = load i32, ptr %10, align 4, !tbaa !5
  %47 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 0
  %48 = load i32, ptr %47, align 8, !tbaa !13
  %49 = xor i32 %46, %48
  %50 = mul i32 %49, 16777619
  store i32 %50, ptr %10, align 4, !tbaa !5
  %51 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 0
  %52 = load i32, ptr %51, align 8, !tbaa !13
  %53 = icmp eq i32 %52, 7
  br i1 %53, label %54, label %55

54:                                               ; preds = %45
  store i32 2, ptr %15, align 4
  br label %203

55:                                               ; preds = %45
  %56 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 0
  %57 = load i32, ptr %56, align 8, !tbaa !13
  switch i32 %57, label %201 [
    i32 0, label %58
    i32 1, label %92
    i32 3, label %132
    i32 6, label %186
    i32 8, label %198
  ]

58:                                               ; preds = %55
  %59 = load i32, ptr %5, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 32
  br i1 %60, label %61, label %72

61:                                               ; preds = %58
  %62 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %63 = load ptr, ptr %62, align 8, !tbaa !18
  %64 = load i32, ptr %5, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [32 x ptr], ptr %3, i64 0, i64 %65
  store ptr %63, ptr %66, align 8, !tbaa !22
  %67 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %68 = load i64, ptr %67, align 8, !tbaa !17
  %69 = load i32, ptr %5, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [32 x i64], ptr %4, i64 0, i64 %70
  store i64 %68, ptr %71, align 8, !tbaa !9
  br label %72

72:                                               ; preds = %61, %58
  %73 = load i32, ptr %5, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %5, align 4, !tbaa !5
  %75 = load i32, ptr %5, align 4, !tbaa !5
  %76 = load i32, ptr %6, align 4, !tbaa !5
  %77 = icmp sgt i32 %75, %76
  br i1 %77, label %78, label %80

78:                                               ; preds = %72
  %79 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %79, ptr %6, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %78, %72
  %81 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %82 = load i64, ptr %81, align 8, !tbaa !17
  %83 = icmp eq i64 %82, 5
  br i1 %83, label %84, label %89

84:                                               ; preds = %80
  %85 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %86 = load ptr, ptr %85, align 8, !tbaa !18
  %87 = call i32 @memcmp(ptr noundef %86, ptr noundef @.str, i64 noundef 5) #9
  %88 = icmp eq i32 %87, 0
  br label %89

89:                                               ; preds = %84, %80
  %90 = phi i1 [ false, %80 ], [ %88, %84 ]
  %91 = zext i1 %90 to i8
  store i8 %91, ptr %12, align 1, !tbaa !11
  br label %202

92:                                               ; preds = %55
  %93 = load i32, ptr %5, align 4, !tbaa !5
  %94 = icmp eq i32 %93, 0
  br i1 %94, label %119, label %95

95:                                               ; preds = %92
  %96 = load i32, ptr %5, align 4, !tbaa !5
  %97 = icmp sgt i32 %96, 32
  br i1 %97, label %119, label %98

98:                                               ; preds = %95
  %99 = load i32, ptr %5, align 4, !tbaa !5
  %100 = sub nsw i32 %99, 1
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [32 x i64], ptr %4, i64 0, i64 %101
  %103 = load i64, ptr %102, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %105 = load i64, ptr %104, align 8, !tbaa !17
  %106 = icmp ne i64 %103, %105
  br i1 %106, label %119, label %107

107:                                              ; preds = %98
  %108 = load i32, ptr %5, align 4, !tbaa !5
  %109 = sub nsw i32 %108, 1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [32 x ptr], ptr %3, i64 0, i64 %110
  %112 = load ptr, ptr %111, align 8, !tbaa !22
  %113 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %114 = load ptr, ptr %113, align 8, !tbaa !18
  %115 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %116 = load i64, ptr %115, align 8, !tbaa !17
  %117 = call i32 @memcmp(ptr noundef %112, ptr noundef %114, i64 noundef %116) #9
  %118 = icmp ne i32 %117, 0
  br i1 %118, label %119, label %128

119:                                              ; preds = %107, %98, %95, %92
  %120 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %121 = load i64, ptr %120, align 8, !tbaa !17
  %122 = trunc i64 %121 to i32
  %123 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %124 = load ptr, ptr %123, align 8, !tbaa !18
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %122, ptr noundef %124) #8
  %126 = load i32, ptr %7, align 4, !tbaa !5
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %7, align 4, !tbaa !5
  br label %131

128:                                              ; preds = %107
  %129 = load i32, ptr %5, align 4, !tbaa !5
  %130 = add nsw i32 %129, -1
  store i32 %130, ptr %5, align 4, !tbaa !5
  br label %131

131:                                              ; preds = %128, %119
  store i8 0, ptr %12, align 1, !tbaa !11
  br label %202

132:                                              ; preds = %55
  %133 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %134 = load ptr, ptr %133, align 8, !tbaa !18
  %135 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %136 = load i64, ptr %135, align 8, !tbaa !17
  %137 = call i32 @count_entities(ptr noundef %134, i64 noundef %136) #8
  %138 = load i32, ptr %8, align 4, !tbaa !5
  %139 = add nsw i32 %138, %137
  store i32 %139, ptr %8, align 4, !tbaa !5
  %140 = load i8, ptr %12, align 1, !tbaa !11, !range !23, !noundef !24
  %141 = trunc i8 %140 to i1
  br i1 %141, label %142, label %185

142:                                              ; preds = %132
  call void @llvm.lifetime.start.p0(ptr %16) #7
  store i64 0, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %17) #7
  store i64 0, ptr %17, align 8, !tbaa !9
  br label %143

143:                                              ; preds = %178, %142
  %144 = load i64, ptr %17, align 8, !tbaa !9
  %145 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %146 = load i64, ptr %145, align 8, !tbaa !17
  %147 = icmp ult i64 %144, %146
  br i1 %147, label %148, label %163

148:                                              ; preds = %143
  %149 = call ptr @__ctype_b_loc() #10
  %150 = load ptr, ptr %149, align 8, !tbaa !25
  %151 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %152 = load ptr, ptr %151, align 8, !tbaa !18
  %153 = load i64, ptr %17, align 8, !tbaa !9
  %154 = getelementptr inbounds nuw i8, ptr %152, i64 %153
  %155 = load i8, ptr %154, align 1, !tbaa !19
  %156 = zext i8 %155 to i32
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds i16, ptr %150, i64 %157
  %159 = load i16, ptr %158, align 2, !tbaa !27
  %160 = zext i16 %159 to i32
  %161 = and i32 %160, 2048
  %162 = icmp ne i32 %161, 0
  br label %163

163:                                              ; preds = %148, %143
  %164 = phi i1 [ false, %143 ], [ %162, %148 ]
  br i1 %164, label %166, label %165

165:                                              ; preds = %163
  store i32 8, ptr %15, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %181

166:                                              ; preds = %163
  %167 = load i64, ptr %16, align 8, !tbaa !9
  %168 = mul nsw i64 %167, 10
  %169 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %170 = load ptr, ptr %169, align 8, !tbaa !18
  %171 = load i64, ptr %17, align 8, !tbaa !9
  %172 = getelementptr inbounds nuw i8, ptr %170, i64 %171
  %173 = load i8, ptr %172, align 1, !tbaa !19
  %174 = sext i8 %173 to i32
  %175 = sub nsw i32 %174, 48
  %176 = sext i32 %175 to i64
  %177 = add nsw i64 %168, %176
  store i64 %177, ptr %16, align 8, !tbaa !9
  br label %178

178:                                              ; preds = %166
  %179 = load i64, ptr %17, align 8, !tbaa !9
  %180 = add i64 %179, 1
  store i64 %180, ptr %17, align 8, !tbaa !9
  br label %143, !llvm.loop !29

181:                                              ; preds = %165
  %182 = load i64, ptr %16, align 8, !tbaa !9
  %183 = load i64, ptr %11, align 8, !tbaa !9
  %184 = add nsw i64 %183, %182
  store i64 %184, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %185

185:                                              ; preds = %181, %132
  br label %202

186:                                              ; preds = %55
  %187 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 2
  %188 = load i64, ptr %187, align 8, !tbaa !17
  %189 = trunc i64 %188 to i32
  %190 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 1
  %191 = load ptr, ptr %190, align 8, !tbaa !18
  %192 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 4
  %193 = load i64, ptr %192, align 8, !tbaa !30
  %194 = trunc i64 %193 to i32
  %195 = getelementptr inbounds nuw %struct.Token, ptr %13, i32 0, i32 3
  %196 = load ptr, ptr %195, align 8, !tbaa !31
  %197 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %189, ptr noundef %191, i32 noundef %194, ptr noundef %196) #8
  br label %202

198:                                              ; preds = %55
  %199 = load i32, ptr %7, align 4, !tbaa !5
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %7, align 4, !tbaa !5
  br label %202

201:                                              ; preds = %55
  br label %202

202:                                              ; preds = %201, %198, %186, %185, %131, %89
  store i32 0, ptr %15, align 4
  br label %203

203:                                              ; preds = %202, %54
  call void @llvm.lifetime.end.p0(ptr %13) #7
  %204 = load i32, ptr %15, align 4
  switch i32 %204, label %233 [
    i32 0, label %205
    i32 2, label %206
  ]

205:                                              ; preds = %203
  br label %19

206:                                              ; preds = %203
  call void @llvm.lifetime.start.p0(ptr %18) #7
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %207

207:                                              ; preds = %221, %206
  %208 = load i32, ptr %18, align 4, !tbaa !5
  %209 = icmp sle i32 %208, 8
  br i1 %209, label %211, label %210

210:                                              ; preds = %207
  store i32 11, ptr %15, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #7
  br label %224

211:                                              ; preds = %207
  %212 = load i32, ptr %18, align 4, !tbaa !5
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds [9 x ptr], ptr @kind_names, i64 0, i64 %213
  %215 = load ptr, ptr %214, align 8, !tbaa !22
  %216 = load i32, ptr %18, align 4, !tbaa !5
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds [9 x i32], ptr %9, i64 0, i64 %217
  %219 = load i32, ptr %218, align 4, !tbaa !5
  %220 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %215, i32 noundef %219) #8
  br label %221

221:                                              ; preds = %211
  %222 = load i32, ptr %18, align 4, !tbaa !5
  %223 = add nsw i32 %222, 1
  store i32 %223, ptr %18, align 4, !tbaa !5
  br label %207, !llvm.loop !32

224:                                              ; preds = %210
  %225 = load i32, ptr %6, align 4, !tbaa !5
  %226 = load i32, ptr %5, align 4, !tbaa !5
  %227 = load i32, ptr %7, align 4, !tbaa !5
  %228 = load i32, ptr %8, align 4, !tbaa !5
  %229 = load i64, ptr %11, align 8, !tbaa !9
  %230 = load i32, ptr %10, align 4, !tbaa !5
  %231 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %225, i32 noundef %226, i32 noundef %227, i32 noundef %228, i64 noundef %229, i32 noundef %230) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %15, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %232 = load i32, ptr %1, align 4
  ret i32 %232

233:                                              ; preds = %203
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @next_token(ptr dead_on_unwind noalias writable sret(%struct.Token) align 8 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.Token, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %1, ptr %3, align 8, !tbaa !33
  %10 = load ptr, ptr %3, align 8, !tbaa !33
  %11 = getelementptr inbounds nuw %struct.Lexer, ptr %10, i32 0, i32 2
  %12 = load i8, ptr %11, align 8, !tbaa !34, !range !23, !noundef !24
  %13 = trunc i8 %12 to i1
  br i1 %13, label %14, label %16

14:                                               ; preds = %2
  %15 = load ptr, ptr %3, align 8, !tbaa !33
  call void @next_in_tag(ptr dead_on_unwind writable sret(%struct.Token) align 8 %0, ptr noundef %15) #8
  br label %285

16:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %17 = load ptr, ptr %3, align 8, !tbaa !33
  %18 = getelementptr inbounds nuw %struct.Lexer, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8, !tbaa !36
  store ptr %19, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %20 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 0
  store i32 7, ptr %20, align 8, !tbaa !13
  %21 = getelementptr i8, ptr %5, i64 4
  call void @llvm.memset.p0.i64(ptr align 4 %21, i8 0, i64 4, i1 false)
  %22 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 1
  %23 = load ptr, ptr %4, align 8, !tbaa !22
  %24 = load ptr, ptr %3, align 8, !tbaa !33
  %25 = getelementptr inbounds nuw %struct.Lexer, ptr %24, i32 0, i32 1
  %26 = load i64, ptr %25, align 8, !tbaa !37
  %27 = getelementptr inbounds nuw i8, ptr %23, i64 %26
  store ptr %27, ptr %22, align 8, !tbaa !18
  %28 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 2
  store i64 0, ptr %28, align 8, !tbaa !17
  %29 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 3
  store ptr null, ptr %29, align 8, !tbaa !31
  %30 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 4
  store i64 0, ptr %30, align 8, !tbaa !30
  %31 = load ptr, ptr %4, align 8, !tbaa !22
  %32 = load ptr, ptr %3, align 8, !tbaa !33
  %33 = getelementptr inbounds nuw %struct.Lexer, ptr %32, i32 0, i32 1
  %34 = load i64, ptr %33, align 8, !tbaa !37
  %35 = getelementptr inbounds nuw i8, ptr %31, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !19
  %37 = sext i8 %36 to i32
  %38 = icmp eq i32 %37, 0
  br i1 %38, label %39, label %40

39:                                               ; preds = %16
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %5, i64 40, i1 false), !tbaa.struct !38
  store i32 1, ptr %6, align 4
  br label %284

40:                                               ; preds = %16
  %41 = load ptr, ptr %4, align 8, !tbaa !22
  %42 = load ptr, ptr %3, align 8, !tbaa !33
  %43 = getelementptr inbounds nuw %struct.Lexer, ptr %42, i32 0, i32 1
  %44 = load i64, ptr %43, align 8, !tbaa !37
  %45 = getelementptr inbounds nuw i8, ptr %41, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !19
  %47 = sext i8 %46 to i32
  %48 = icmp ne i32 %47, 60
  br i1 %48, label %49, label %86

49:                                               ; preds = %40
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %50 = load ptr, ptr %3, align 8, !tbaa !33
  %51 = getelementptr inbounds nuw %struct.Lexer, ptr %50, i32 0, i32 1
  %52 = load i64, ptr %51, align 8, !tbaa !37
  store i64 %52, ptr %7, align 8, !tbaa !9
  br label %53

53:                                               ; preds = %73, %49
  %54 = load ptr, ptr %4, align 8, !tbaa !22
  %55 = load ptr, ptr %3, align 8, !tbaa !33
  %56 = getelementptr inbounds nuw %struct.Lexer, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8, !tbaa !37
  %58 = getelementptr inbounds nuw i8, ptr %54, i64 %57
  %59 = load i8, ptr %58, align 1, !tbaa !19
  %60 = sext i8 %59 to i32
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %62, label %71

62:                                               ; preds = %53
  %63 = load ptr, ptr %4, align 8, !tbaa !22
  %64 = load ptr, ptr %3, align 8, !tbaa !33
  %65 = getelementptr inbounds nuw %struct.Lexer, ptr %64, i32 0, i32 1
  %66 = load i64, ptr %65, align 8, !tbaa !37
  %67 = getelementptr inbounds nuw i8, ptr %63, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !19
  %69 = sext i8 %68 to i32
  %70 = icmp ne i32 %69, 60
  br label %71

71:                                               ; preds = %62, %53
  %72 = phi i1 [ false, %53 ], [ %70, %62 ]
  br i1 %72, label %73, label %78

73:                                               ; preds = %71
  %74 = load ptr, ptr %3, align 8, !tbaa !33
  %75 = getelementptr inbounds nuw %struct.Lexer, ptr %74, i32 0, i32 1
  %76 = load i64, ptr %75, align 8, !tbaa !37
  %77 = add i64 %76, 1
  store i64 %77, ptr %75, align 8, !tbaa !37
  br label %53, !llvm.loop !39

78:                                               ; preds = %71
  %79 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 0
  store i32 3, ptr %79, align 8, !tbaa !13
  %80 = load ptr, ptr %3, align 8, !tbaa !33
  %81 = getelementptr inbounds nuw %struct.Lexer, ptr %80, i32 0, i32 1
  %82 = load i64, ptr %81, align 8, !tbaa !37
  %83 = load i64, ptr %7, align 8, !tbaa !9
  %84 = sub i64 %82, %83
  %85 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 2
  store i64 %84, ptr %85, align 8, !tbaa !17
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %5, i64 40, i1 false), !tbaa.struct !38
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %284

86:                                               ; preds = %40
  %87 = load ptr, ptr %4, align 8, !tbaa !22
  %88 = load ptr, ptr %3, align 8, !tbaa !33
  %89 = getelementptr inbounds nuw %struct.Lexer, ptr %88, i32 0, i32 1
  %90 = load i64, ptr %89, align 8, !tbaa !37
  %91 = getelementptr inbounds nuw i8, ptr %87, i64 %90
  %92 = call i32 @strncmp(ptr noundef %91, ptr noundef @.str.5, i64 noundef 4) #9
  %93 = icmp eq i32 %92, 0
  br i1 %93, label %94, label %143

94:                                               ; preds = %86
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %95 = load ptr, ptr %4, align 8, !tbaa !22
  %96 = load ptr, ptr %3, align 8, !tbaa !33
  %97 = getelementptr inbounds nuw %struct.Lexer, ptr %96, i32 0, i32 1
  %98 = load i64, ptr %97, align 8, !tbaa !37
  %99 = getelementptr inbounds nuw i8, ptr %95, i64 %98
  %100 = getelementptr inbounds i8, ptr %99, i64 4
  %101 = call ptr @strstr(ptr noundef %100, ptr noundef @.str.6) #9
  store ptr %101, ptr %8, align 8, !tbaa !22
  %102 = load ptr, ptr %8, align 8, !tbaa !22
  %103 = icmp ne ptr %102, null
  %104 = zext i1 %103 to i64
  %105 = select i1 %103, i32 4, i32 8
  %106 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 0
  store i32 %105, ptr %106, align 8, !tbaa !13
  %107 = load ptr, ptr %4, align 8, !tbaa !22
  %108 = load ptr, ptr %3, align 8, !tbaa !33
  %109 = getelementptr inbounds nuw %struct.Lexer, ptr %108, i32 0, i32 1
  %110 = load i64, ptr %109, align 8, !tbaa !37
  %111 = getelementptr inbounds nuw i8, ptr %107, i64 %110
  %112 = getelementptr inbounds i8, ptr %111, i64 4
  %113 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 1
  store ptr %112, ptr %113, align 8, !tbaa !18
  %114 = load ptr, ptr %8, align 8, !tbaa !22
  %115 = icmp ne ptr %114, null
  br i1 %115, label %116, label %123

116:                                              ; preds = %94
  %117 = load ptr, ptr %8, align 8, !tbaa !22
  %118 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 1
  %119 = load ptr, ptr %118, align 8, !tbaa !18
  %120 = ptrtoint ptr %117 to i64
  %121 = ptrtoint ptr %119 to i64
  %122 = sub i64 %120, %121
  br label %124

123:                                              ; preds = %94
  br label %124

124:                                              ; preds = %123, %116
  %125 = phi i64 [ %122, %116 ], [ 0, %123 ]
  %126 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 2
  store i64 %125, ptr %126, align 8, !tbaa !17
  %127 = load ptr, ptr %8, align 8, !tbaa !22
  %128 = icmp ne ptr %127, null
  br i1 %128, label %129, label %136

129:                                              ; preds = %124
  %130 = load ptr, ptr %8, align 8, !tbaa !22
  %131 = load ptr, ptr %4, align 8, !tbaa !22
  %132 = ptrtoint ptr %130 to i64
  %133 = ptrtoint ptr %131 to i64
  %134 = sub i64 %132, %133
  %135 = add i64 %134, 3
  br label %139

136:                                              ; preds = %124
  %137 = load ptr, ptr %4, align 8, !tbaa !22
  %138 = call i64 @strlen(ptr noundef %137) #9
  br label %139

139:                                              ; preds = %136, %129
  %140 = phi i64 [ %135, %129 ], [ %138, %136 ]
  %141 = load ptr, ptr %3, align 8, !tbaa !33
  %142 = getelementptr inbounds nuw %struct.Lexer, ptr %141, i32 0, i32 1
  store i64 %140, ptr %142, align 8, !tbaa !37
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %5, i64 40, i1 false), !tbaa.struct !38
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %284

143:                                              ; preds = %86
  %144 = load ptr, ptr %4, align 8, !tbaa !22
  %145 = load ptr, ptr %3, align 8, !tbaa !33
  %146 = getelementptr inbounds nuw %struct.Lexer, ptr %145, i32 0, i32 1
  %147 = load i64, ptr %146, align 8, !tbaa !37
  %148 = add i64 %147, 1
  %149 = getelementptr inbounds nuw i8, ptr %144, i64 %148
  %150 = load i8, ptr %149, align 1, !tbaa !19
  %151 = sext i8 %150 to i32
  %152 = icmp eq i32 %151, 63
  br i1 %152, label %153, label %202

153:                                              ; preds = %143
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %154 = load ptr, ptr %4, align 8, !tbaa !22
  %155 = load ptr, ptr %3, align 8, !tbaa !33
  %156 = getelementptr inbounds nuw %struct.Lexer, ptr %155, i32 0, i32 1
  %157 = load i64, ptr %156, align 8, !tbaa !37
  %158 = getelementptr inbounds nuw i8, ptr %154, i64 %157
  %159 = getelementptr inbounds i8, ptr %158, i64 2
  %160 = call ptr @strstr(ptr noundef %159, ptr noundef @.str.7) #9
  store ptr %160, ptr %9, align 8, !tbaa !22
  %161 = load ptr, ptr %9, align 8, !tbaa !22
  %162 = icmp ne ptr %161, null
  %163 = zext i1 %162 to i64
  %164 = select i1 %162, i32 5, i32 8
  %165 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 0
  store i32 %164, ptr %165, align 8, !tbaa !13
  %166 = load ptr, ptr %4, align 8, !tbaa !22
  %167 = load ptr, ptr %3, align 8, !tbaa !33
  %168 = getelementptr inbounds nuw %struct.Lexer, ptr %167, i32 0, i32 1
  %169 = load i64, ptr %168, align 8, !tbaa !37
  %170 = getelementptr inbounds nuw i8, ptr %166, i64 %169
  %171 = getelementptr inbounds i8, ptr %170, i64 2
  %172 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 1
  store ptr %171, ptr %172, align 8, !tbaa !18
  %173 = load ptr, ptr %9, align 8, !tbaa !22
  %174 = icmp ne ptr %173, null
  br i1 %174, label %175, label %182

175:                                              ; preds = %153
  %176 = load ptr, ptr %9, align 8, !tbaa !22
  %177 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 1
  %178 = load ptr, ptr %177, align 8, !tbaa !18
  %179 = ptrtoint ptr %176 to i64
  %180 = ptrtoint ptr %178 to i64
  %181 = sub i64 %179, %180
  br label %183

182:                                              ; preds = %153
  br label %183

183:                                              ; preds = %182, %175
  %184 = phi i64 [ %181, %175 ], [ 0, %182 ]
  %185 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 2
  store i64 %184, ptr %185, align 8, !tbaa !17
  %186 = load ptr, ptr %9, align 8, !tbaa !22
  %187 = icmp ne ptr %186, null
  br i1 %187, label %188, label %195

188:                                              ; preds = %183
  %189 = load ptr, ptr %9, align 8, !tbaa !22
  %190 = load ptr, ptr %4, align 8, !tbaa !22
  %191 = ptrtoint ptr %189 to i64
  %192 = ptrtoint ptr %190 to i64
  %193 = sub i64 %191, %192
  %194 = add i64 %193, 2
  br label %198

195:                                              ; preds = %183
  %196 = load ptr, ptr %4, align 8, !tbaa !22
  %197 = call i64 @strlen(ptr noundef %196) #9
  br label %198

198:                                              ; preds = %195, %188
  %199 = phi i64 [ %194, %188 ], [ %197, %195 ]
  %200 = load ptr, ptr %3, align 8, !tbaa !33
  %201 = getelementptr inbounds nuw %struct.Lexer, ptr %200, i32 0, i32 1
  store i64 %199, ptr %201, align 8, !tbaa !37
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %5, i64 40, i1 false), !tbaa.struct !38
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %284

202:                                              ; preds = %143
  %203 = load ptr, ptr %4, align 8, !tbaa !22
  %204 = load ptr, ptr %3, align 8, !tbaa !33
  %205 = getelementptr inbounds nuw %struct.Lexer, ptr %204, i32 0, i32 1
  %206 = load i64, ptr %205, align 8, !tbaa !37
  %207 = add i64 %206, 1
  %208 = getelementptr inbounds nuw i8, ptr %203, i64 %207
  %209 = load i8, ptr %208, align 1, !tbaa !19
  %210 = sext i8 %209 to i32
  %211 = icmp eq i32 %210, 47
  br i1 %211, label %212, label %258

212:                                              ; preds = %202
  %213 = load ptr, ptr %3, align 8, !tbaa !33
  %214 = getelementptr inbounds nuw %struct.Lexer, ptr %213, i32 0, i32 1
  %215 = load i64, ptr %214, align 8, !tbaa !37
  %216 = add i64 %215, 2
  store i64 %216, ptr %214, align 8, !tbaa !37
  %217 = load ptr, ptr %4, align 8, !tbaa !22
  %218 = load ptr, ptr %3, align 8, !tbaa !33
  %219 = getelementptr inbounds nuw %struct.Lexer, ptr %218, i32 0, i32 1
  %220 = load i64, ptr %219, align 8, !tbaa !37
  %221 = getelementptr inbounds nuw i8, ptr %217, i64 %220
  %222 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 1
  store ptr %221, ptr %222, align 8, !tbaa !18
  %223 = load ptr, ptr %3, align 8, !tbaa !33
  %224 = call i64 @scan_name(ptr noundef %223) #8
  %225 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 2
  store i64 %224, ptr %225, align 8, !tbaa !17
  %226 = load ptr, ptr %3, align 8, !tbaa !33
  call void @skip_ws(ptr noundef %226) #8
  %227 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 2
  %228 = load i64, ptr %227, align 8, !tbaa !17
  %229 = icmp ugt i64 %228, 0
  br i1 %229, label %230, label %239

230:                                              ; preds = %212
  %231 = load ptr, ptr %4, align 8, !tbaa !22
  %232 = load ptr, ptr %3, align 8, !tbaa !33
  %233 = getelementptr inbounds nuw %struct.Lexer, ptr %232, i32 0, i32 1
  %234 = load i64, ptr %233, align 8, !tbaa !37
  %235 = getelementptr inbounds nuw i8, ptr %231, i64 %234
  %236 = load i8, ptr %235, align 1, !tbaa !19
  %237 = sext i8 %236 to i32
  %238 = icmp eq i32 %237, 62
  br label %239

239:                                              ; preds = %230, %212
  %240 = phi i1 [ false, %212 ], [ %238, %230 ]
  %241 = zext i1 %240 to i64
  %242 = select i1 %240, i32 1, i32 8
  %243 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 0
  store i32 %242, ptr %243, align 8, !tbaa !13
  %244 = load ptr, ptr %4, align 8, !tbaa !22
  %245 = load ptr, ptr %3, align 8, !tbaa !33
  %246 = getelementptr inbounds nuw %struct.Lexer, ptr %245, i32 0, i32 1
  %247 = load i64, ptr %246, align 8, !tbaa !37
  %248 = getelementptr inbounds nuw i8, ptr %244, i64 %247
  %249 = load i8, ptr %248, align 1, !tbaa !19
  %250 = sext i8 %249 to i32
  %251 = icmp eq i32 %250, 62
  br i1 %251, label %252, label %257

252:                                              ; preds = %239
  %253 = load ptr, ptr %3, align 8, !tbaa !33
  %254 = getelementptr inbounds nuw %struct.Lexer, ptr %253, i32 0, i32 1
  %255 = load i64, ptr %254, align 8, !tbaa !37
  %256 = add i64 %255, 1
  store i64 %256, ptr %254, align 8, !tbaa !37
  br label %257

257:                                              ; preds = %252, %239
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %5, i64 40, i1 false), !tbaa.struct !38
  store i32 1, ptr %6, align 4
  br label %284

258:                                              ; preds = %202
  %259 = load ptr, ptr %3, align 8, !tbaa !33
  %260 = getelementptr inbounds nuw %struct.Lexer, ptr %259, i32 0, i32 1
  %261 = load i64, ptr %260, align 8, !tbaa !37
  %262 = add i64 %261, 1
  store i64 %262, ptr %260, align 8, !tbaa !37
  %263 = load ptr, ptr %4, align 8, !tbaa !22
  %264 = load ptr, ptr %3, align 8, !tbaa !33
  %265 = getelementptr inbounds nuw %struct.Lexer, ptr %264, i32 0, i32 1
  %266 = load i64, ptr %265, align 8, !tbaa !37
  %267 = getelementptr inbounds nuw i8, ptr %263, i64 %266
  %268 = load ptr, ptr %3, align 8, !tbaa !33
  %269 = getelementptr inbounds nuw %struct.Lexer, ptr %268, i32 0, i32 3
  store ptr %267, ptr %269, align 8, !tbaa !40
  %270 = load ptr, ptr %3, align 8, !tbaa !33
  %271 = call i64 @scan_name(ptr noundef %270) #8
  %272 = load ptr, ptr %3, align 8, !tbaa !33
  %273 = getelementptr inbounds nuw %struct.Lexer, ptr %272, i32 0, i32 4
  store i64 %271, ptr %273, align 8, !tbaa !41
  %274 = load ptr, ptr %3, align 8, !tbaa !33
  %275 = getelementptr inbounds nuw %struct.Lexer, ptr %274, i32 0, i32 4
  %276 = load i64, ptr %275, align 8, !tbaa !41
  %277 = icmp eq i64 %276, 0
  br i1 %277, label %278, label %280

278:                                              ; preds = %258
  %279 = getelementptr inbounds nuw %struct.Token, ptr %5, i32 0, i32 0
  store i32 8, ptr %279, align 8, !tbaa !13
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %5, i64 40, i1 false), !tbaa.struct !38
  store i32 1, ptr %6, align 4
  br label %284

280:                                              ; preds = %258
  %281 = load ptr, ptr %3, align 8, !tbaa !33
  %282 = getelementptr inbounds nuw %struct.Lexer, ptr %281, i32 0, i32 2
  store i8 1, ptr %282, align 8, !tbaa !34
  %283 = load ptr, ptr %3, align 8, !tbaa !33
  call void @next_in_tag(ptr dead_on_unwind writable sret(%struct.Token) align 8 %0, ptr noundef %283) #8
  store i32 1, ptr %6, align 4
  br label %284

284:                                              ; preds = %280, %278, %257, %198, %139, %78, %39
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %285

285:                                              ; preds = %284, %14
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_entities(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !22
  store i64 %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %60, %2
  %11 = load i64, ptr %6, align 8, !tbaa !9
  %12 = load i64, ptr %4, align 8, !tbaa !9
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %63

15:                                               ; preds = %10
  %16 = load ptr, ptr %3, align 8, !tbaa !22
  %17 = load i64, ptr %6, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !19
  %20 = sext i8 %19 to i32
  %21 = icmp ne i32 %20, 38
  br i1 %21, label %22, label %23

22:                                               ; preds = %15
  br label %60

23:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !9
  br label %24

24:                                               ; preds = %55, %23
  %25 = load i64, ptr %8, align 8, !tbaa !9
  %26 = icmp ult i64 %25, 5
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  store i32 5, ptr %7, align 4
  br label %58

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %29 = load i64, ptr %8, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw [5 x ptr], ptr @count_entities.names, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !22
  %32 = call i64 @strlen(ptr noundef %31) #9
  store i64 %32, ptr %9, align 8, !tbaa !9
  %33 = load i64, ptr %6, align 8, !tbaa !9
  %34 = load i64, ptr %9, align 8, !tbaa !9
  %35 = add i64 %33, %34
  %36 = load i64, ptr %4, align 8, !tbaa !9
  %37 = icmp ule i64 %35, %36
  br i1 %37, label %38, label %51

38:                                               ; preds = %28
  %39 = load ptr, ptr %3, align 8, !tbaa !22
  %40 = load i64, ptr %6, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw i8, ptr %39, i64 %40
  %42 = load i64, ptr %8, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw [5 x ptr], ptr @count_entities.names, i64 0, i64 %42
  %44 = load ptr, ptr %43, align 8, !tbaa !22
  %45 = load i64, ptr %9, align 8, !tbaa !9
  %46 = call i32 @memcmp(ptr noundef %41, ptr noundef %44, i64 noundef %45) #9
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %48, label %51

48:                                               ; preds = %38
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %5, align 4, !tbaa !5
  store i32 5, ptr %7, align 4
  br label %52

51:                                               ; preds = %38, %28
  store i32 0, ptr %7, align 4
  br label %52

52:                                               ; preds = %51, %48
  call void @llvm.lifetime.end.p0(ptr %9) #7
  %53 = load i32, ptr %7, align 4
  switch i32 %53, label %58 [
    i32 0, label %54
  ]

54:                                               ; preds = %52
  br label %55

55:                                               ; preds = %54
  %56 = load i64, ptr %8, align 8, !tbaa !9
  %57 = add i64 %56, 1
  store i64 %57, ptr %8, align 8, !tbaa !9
  br label %24, !llvm.loop !42

58:                                               ; preds = %52, %27
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %59

59:                                               ; preds = %58
  br label %60

60:                                               ; preds = %59, %22
  %61 = load i64, ptr %6, align 8, !tbaa !9
  %62 = add i64 %61, 1
  store i64 %62, ptr %6, align 8, !tbaa !9
  br label %10, !llvm.loop !43

63:                                               ; preds = %14
  %64 = load i32, ptr %5, align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %64
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #6

; Function Attrs: minsize nounwind optsize uwtable
define internal void @next_in_tag(ptr dead_on_unwind noalias writable sret(%struct.Token) align 8 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca ptr, align 8
  store ptr %1, ptr %3, align 8, !tbaa !33
  %8 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 0
  store i32 8, ptr %8, align 8, !tbaa !13
  %9 = getelementptr i8, ptr %0, i64 4
  call void @llvm.memset.p0.i64(ptr align 4 %9, i8 0, i64 4, i1 false)
  %10 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 1
  %11 = load ptr, ptr %3, align 8, !tbaa !33
  %12 = getelementptr inbounds nuw %struct.Lexer, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !36
  %14 = load ptr, ptr %3, align 8, !tbaa !33
  %15 = getelementptr inbounds nuw %struct.Lexer, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !37
  %17 = getelementptr inbounds nuw i8, ptr %13, i64 %16
  store ptr %17, ptr %10, align 8, !tbaa !18
  %18 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 2
  store i64 0, ptr %18, align 8, !tbaa !17
  %19 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 3
  store ptr null, ptr %19, align 8, !tbaa !31
  %20 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 4
  store i64 0, ptr %20, align 8, !tbaa !30
  %21 = load ptr, ptr %3, align 8, !tbaa !33
  call void @skip_ws(ptr noundef %21) #8
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %22 = load ptr, ptr %3, align 8, !tbaa !33
  %23 = getelementptr inbounds nuw %struct.Lexer, ptr %22, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8, !tbaa !36
  store ptr %24, ptr %4, align 8, !tbaa !22
  %25 = load ptr, ptr %4, align 8, !tbaa !22
  %26 = load ptr, ptr %3, align 8, !tbaa !33
  %27 = getelementptr inbounds nuw %struct.Lexer, ptr %26, i32 0, i32 1
  %28 = load i64, ptr %27, align 8, !tbaa !37
  %29 = getelementptr inbounds nuw i8, ptr %25, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !19
  %31 = sext i8 %30 to i32
  %32 = icmp eq i32 %31, 62
  br i1 %32, label %33, label %49

33:                                               ; preds = %2
  %34 = load ptr, ptr %3, align 8, !tbaa !33
  %35 = getelementptr inbounds nuw %struct.Lexer, ptr %34, i32 0, i32 1
  %36 = load i64, ptr %35, align 8, !tbaa !37
  %37 = add i64 %36, 1
  store i64 %37, ptr %35, align 8, !tbaa !37
  %38 = load ptr, ptr %3, align 8, !tbaa !33
  %39 = getelementptr inbounds nuw %struct.Lexer, ptr %38, i32 0, i32 2
  store i8 0, ptr %39, align 8, !tbaa !34
  %40 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 0
  store i32 0, ptr %40, align 8, !tbaa !13
  %41 = load ptr, ptr %3, align 8, !tbaa !33
  %42 = getelementptr inbounds nuw %struct.Lexer, ptr %41, i32 0, i32 3
  %43 = load ptr, ptr %42, align 8, !tbaa !40
  %44 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 1
  store ptr %43, ptr %44, align 8, !tbaa !18
  %45 = load ptr, ptr %3, align 8, !tbaa !33
  %46 = getelementptr inbounds nuw %struct.Lexer, ptr %45, i32 0, i32 4
  %47 = load i64, ptr %46, align 8, !tbaa !41
  %48 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 2
  store i64 %47, ptr %48, align 8, !tbaa !17
  store i32 1, ptr %5, align 4
  br label %166

49:                                               ; preds = %2
  %50 = load ptr, ptr %4, align 8, !tbaa !22
  %51 = load ptr, ptr %3, align 8, !tbaa !33
  %52 = getelementptr inbounds nuw %struct.Lexer, ptr %51, i32 0, i32 1
  %53 = load i64, ptr %52, align 8, !tbaa !37
  %54 = getelementptr inbounds nuw i8, ptr %50, i64 %53
  %55 = load i8, ptr %54, align 1, !tbaa !19
  %56 = sext i8 %55 to i32
  %57 = icmp eq i32 %56, 47
  br i1 %57, label %58, label %84

58:                                               ; preds = %49
  %59 = load ptr, ptr %4, align 8, !tbaa !22
  %60 = load ptr, ptr %3, align 8, !tbaa !33
  %61 = getelementptr inbounds nuw %struct.Lexer, ptr %60, i32 0, i32 1
  %62 = load i64, ptr %61, align 8, !tbaa !37
  %63 = add i64 %62, 1
  %64 = getelementptr inbounds nuw i8, ptr %59, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !19
  %66 = sext i8 %65 to i32
  %67 = icmp eq i32 %66, 62
  br i1 %67, label %68, label %84

68:                                               ; preds = %58
  %69 = load ptr, ptr %3, align 8, !tbaa !33
  %70 = getelementptr inbounds nuw %struct.Lexer, ptr %69, i32 0, i32 1
  %71 = load i64, ptr %70, align 8, !tbaa !37
  %72 = add i64 %71, 2
  store i64 %72, ptr %70, align 8, !tbaa !37
  %73 = load ptr, ptr %3, align 8, !tbaa !33
  %74 = getelementptr inbounds nuw %struct.Lexer, ptr %73, i32 0, i32 2
  store i8 0, ptr %74, align 8, !tbaa !34
  %75 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 0
  store i32 2, ptr %75, align 8, !tbaa !13
  %76 = load ptr, ptr %3, align 8, !tbaa !33
  %77 = getelementptr inbounds nuw %struct.Lexer, ptr %76, i32 0, i32 3
  %78 = load ptr, ptr %77, align 8, !tbaa !40
  %79 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 1
  store ptr %78, ptr %79, align 8, !tbaa !18
  %80 = load ptr, ptr %3, align 8, !tbaa !33
  %81 = getelementptr inbounds nuw %struct.Lexer, ptr %80, i32 0, i32 4
  %82 = load i64, ptr %81, align 8, !tbaa !41
  %83 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 2
  store i64 %82, ptr %83, align 8, !tbaa !17
  store i32 1, ptr %5, align 4
  br label %166

84:                                               ; preds = %58, %49
  %85 = load ptr, ptr %4, align 8, !tbaa !22
  %86 = load ptr, ptr %3, align 8, !tbaa !33
  %87 = getelementptr inbounds nuw %struct.Lexer, ptr %86, i32 0, i32 1
  %88 = load i64, ptr %87, align 8, !tbaa !37
  %89 = getelementptr inbounds nuw i8, ptr %85, i64 %88
  %90 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 1
  store ptr %89, ptr %90, align 8, !tbaa !18
  %91 = load ptr, ptr %3, align 8, !tbaa !33
  %92 = call i64 @scan_name(ptr noundef %91) #8
  %93 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 2
  store i64 %92, ptr %93, align 8, !tbaa !17
  %94 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 2
  %95 = load i64, ptr %94, align 8, !tbaa !17
  %96 = icmp eq i64 %95, 0
  br i1 %96, label %97, label %98

97:                                               ; preds = %84
  store i32 1, ptr %5, align 4
  br label %166

98:                                               ; preds = %84
  %99 = load ptr, ptr %3, align 8, !tbaa !33
  call void @skip_ws(ptr noundef %99) #8
  %100 = load ptr, ptr %4, align 8, !tbaa !22
  %101 = load ptr, ptr %3, align 8, !tbaa !33
  %102 = getelementptr inbounds nuw %struct.Lexer, ptr %101, i32 0, i32 1
  %103 = load i64, ptr %102, align 8, !tbaa !37
  %104 = getelementptr inbounds nuw i8, ptr %100, i64 %103
  %105 = load i8, ptr %104, align 1, !tbaa !19
  %106 = sext i8 %105 to i32
  %107 = icmp ne i32 %106, 61
  br i1 %107, label %108, label %109

108:                                              ; preds = %98
  store i32 1, ptr %5, align 4
  br label %166

109:                                              ; preds = %98
  %110 = load ptr, ptr %3, align 8, !tbaa !33
  %111 = getelementptr inbounds nuw %struct.Lexer, ptr %110, i32 0, i32 1
  %112 = load i64, ptr %111, align 8, !tbaa !37
  %113 = add i64 %112, 1
  store i64 %113, ptr %111, align 8, !tbaa !37
  %114 = load ptr, ptr %3, align 8, !tbaa !33
  call void @skip_ws(ptr noundef %114) #8
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %115 = load ptr, ptr %4, align 8, !tbaa !22
  %116 = load ptr, ptr %3, align 8, !tbaa !33
  %117 = getelementptr inbounds nuw %struct.Lexer, ptr %116, i32 0, i32 1
  %118 = load i64, ptr %117, align 8, !tbaa !37
  %119 = getelementptr inbounds nuw i8, ptr %115, i64 %118
  %120 = load i8, ptr %119, align 1, !tbaa !19
  store i8 %120, ptr %6, align 1, !tbaa !19
  %121 = load i8, ptr %6, align 1, !tbaa !19
  %122 = sext i8 %121 to i32
  %123 = icmp ne i32 %122, 34
  br i1 %123, label %124, label %129

124:                                              ; preds = %109
  %125 = load i8, ptr %6, align 1, !tbaa !19
  %126 = sext i8 %125 to i32
  %127 = icmp ne i32 %126, 39
  br i1 %127, label %128, label %129

128:                                              ; preds = %124
  store i32 1, ptr %5, align 4
  br label %165

129:                                              ; preds = %124, %109
  %130 = load ptr, ptr %3, align 8, !tbaa !33
  %131 = getelementptr inbounds nuw %struct.Lexer, ptr %130, i32 0, i32 1
  %132 = load i64, ptr %131, align 8, !tbaa !37
  %133 = add i64 %132, 1
  store i64 %133, ptr %131, align 8, !tbaa !37
  %134 = load ptr, ptr %4, align 8, !tbaa !22
  %135 = load ptr, ptr %3, align 8, !tbaa !33
  %136 = getelementptr inbounds nuw %struct.Lexer, ptr %135, i32 0, i32 1
  %137 = load i64, ptr %136, align 8, !tbaa !37
  %138 = getelementptr inbounds nuw i8, ptr %134, i64 %137
  %139 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 3
  store ptr %138, ptr %139, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %140 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 3
  %141 = load ptr, ptr %140, align 8, !tbaa !31
  %142 = load i8, ptr %6, align 1, !tbaa !19
  %143 = sext i8 %142 to i32
  %144 = call ptr @strchr(ptr noundef %141, i32 noundef %143) #9
  store ptr %144, ptr %7, align 8, !tbaa !22
  %145 = load ptr, ptr %7, align 8, !tbaa !22
  %146 = icmp ne ptr %145, null
  br i1 %146, label %148, label %147

147:                                              ; preds = %129
  store i32 1, ptr %5, align 4
  br label %164

148:                                              ; preds = %129
  %149 = load ptr, ptr %7, align 8, !tbaa !22
  %150 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 3
  %151 = load ptr, ptr %150, align 8, !tbaa !31
  %152 = ptrtoint ptr %149 to i64
  %153 = ptrtoint ptr %151 to i64
  %154 = sub i64 %152, %153
  %155 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 4
  store i64 %154, ptr %155, align 8, !tbaa !30
  %156 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 4
  %157 = load i64, ptr %156, align 8, !tbaa !30
  %158 = add i64 %157, 1
  %159 = load ptr, ptr %3, align 8, !tbaa !33
  %160 = getelementptr inbounds nuw %struct.Lexer, ptr %159, i32 0, i32 1
  %161 = load i64, ptr %160, align 8, !tbaa !37
  %162 = add i64 %161, %158
  store i64 %162, ptr %160, align 8, !tbaa !37
  %163 = getelementptr inbounds nuw %struct.Token, ptr %0, i32 0, i32 0
  store i32 6, ptr %163, align 8, !tbaa !13
  store i32 1, ptr %5, align 4
  br label %164

164:                                              ; preds = %148, %147
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %165

165:                                              ; preds = %164, %128
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %166

166:                                              ; preds = %165, %108, %97, %68, %33
  call void @llvm.lifetime.end.p0(ptr %4) #7
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @scan_name(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %4 = load ptr, ptr %2, align 8, !tbaa !33
  %5 = getelementptr inbounds nuw %struct.Lexer, ptr %4, i32 0, i32 1
  %6 = load i64, ptr %5, align 8, !tbaa !37
  store i64 %6, ptr %3, align 8, !tbaa !9
  br label %7

7:                                                ; preds = %17, %1
  %8 = load ptr, ptr %2, align 8, !tbaa !33
  %9 = getelementptr inbounds nuw %struct.Lexer, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8, !tbaa !36
  %11 = load ptr, ptr %2, align 8, !tbaa !33
  %12 = getelementptr inbounds nuw %struct.Lexer, ptr %11, i32 0, i32 1
  %13 = load i64, ptr %12, align 8, !tbaa !37
  %14 = getelementptr inbounds nuw i8, ptr %10, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !19
  %16 = call zeroext i1 @is_name_char(i8 noundef signext %15) #8
  br i1 %16, label %17, label %22

17:                                               ; preds = %7
  %18 = load ptr, ptr %2, align 8, !tbaa !33
  %19 = getelementptr inbounds nuw %struct.Lexer, ptr %18, i32 0, i32 1
  %20 = load i64, ptr %19, align 8, !tbaa !37
  %21 = add i64 %20, 1
  store i64 %21, ptr %19, align 8, !tbaa !37
  br label %7, !llvm.loop !44

22:                                               ; preds = %7
  %23 = load ptr, ptr %2, align 8, !tbaa !33
  %24 = getelementptr inbounds nuw %struct.Lexer, ptr %23, i32 0, i32 1
  %25 = load i64, ptr %24, align 8, !tbaa !37
  %26 = load i64, ptr %3, align 8, !tbaa !9
  %27 = sub i64 %25, %26
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret i64 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @skip_ws(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !33
  br label %3

3:                                                ; preds = %21, %1
  %4 = call ptr @__ctype_b_loc() #10
  %5 = load ptr, ptr %4, align 8, !tbaa !25
  %6 = load ptr, ptr %2, align 8, !tbaa !33
  %7 = getelementptr inbounds nuw %struct.Lexer, ptr %6, i32 0, i32 0
  %8 = load ptr, ptr %7, align 8, !tbaa !36
  %9 = load ptr, ptr %2, align 8, !tbaa !33
  %10 = getelementptr inbounds nuw %struct.Lexer, ptr %9, i32 0, i32 1
  %11 = load i64, ptr %10, align 8, !tbaa !37
  %12 = getelementptr inbounds nuw i8, ptr %8, i64 %11
  %13 = load i8, ptr %12, align 1, !tbaa !19
  %14 = zext i8 %13 to i32
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i16, ptr %5, i64 %15
  %17 = load i16, ptr %16, align 2, !tbaa !27
  %18 = zext i16 %17 to i32
  %19 = and i32 %18, 8192
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %26

21:                                               ; preds = %3
  %22 = load ptr, ptr %2, align 8, !tbaa !33
  %23 = getelementptr inbounds nuw %struct.Lexer, ptr %22, i32 0, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !37
  %25 = add i64 %24, 1
  store i64 %25, ptr %23, align 8, !tbaa !37
  br label %3, !llvm.loop !45

26:                                               ; preds = %3
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @is_name_char(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !19
  %3 = call ptr @__ctype_b_loc() #10
  %4 = load ptr, ptr %3, align 8, !tbaa !25
  %5 = load i8, ptr %2, align 1, !tbaa !19
  %6 = zext i8 %5 to i32
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds i16, ptr %4, i64 %7
  %9 = load i16, ptr %8, align 2, !tbaa !27
  %10 = zext i16 %9 to i32
  %11 = and i32 %10, 8
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %29, label %13

13:                                               ; preds = %1
  %14 = load i8, ptr %2, align 1, !tbaa !19
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 95
  br i1 %16, label %29, label %17

17:                                               ; preds = %13
  %18 = load i8, ptr %2, align 1, !tbaa !19
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %19, 45
  br i1 %20, label %29, label %21

21:                                               ; preds = %17
  %22 = load i8, ptr %2, align 1, !tbaa !19
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 58
  br i1 %24, label %29, label %25

25:                                               ; preds = %21
  %26 = load i8, ptr %2, align 1, !tbaa !19
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 46
  br label %29

29:                                               ; preds = %25, %21, %17, %13, %1
  %30 = phi i1 [ true, %21 ], [ true, %17 ], [ true, %13 ], [ true, %1 ], [ %28, %25 ]
  ret i1 %30
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }
attributes #10 = { minsize nounwind optsize willreturn memory(none) }

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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"_Bool", !7, i64 0}
!13 = !{!14, !6, i64 0}
!14 = !{!"", !6, i64 0, !15, i64 8, !10, i64 16, !15, i64 24, !10, i64 32}
!15 = !{!"p1 omnipotent char", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = !{!14, !10, i64 16}
!18 = !{!14, !15, i64 8}
!19 = !{!7, !7, i64 0}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = !{!15, !15, i64 0}
!23 = !{i8 0, i8 2}
!24 = !{}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 short", !16, i64 0}
!27 = !{!28, !28, i64 0}
!28 = !{!"short", !7, i64 0}
!29 = distinct !{!29, !21}
!30 = !{!14, !10, i64 32}
!31 = !{!14, !15, i64 24}
!32 = distinct !{!32, !21}
!33 = !{!16, !16, i64 0}
!34 = !{!35, !12, i64 16}
!35 = !{!"", !15, i64 0, !10, i64 8, !12, i64 16, !15, i64 24, !10, i64 32}
!36 = !{!35, !15, i64 0}
!37 = !{!35, !10, i64 8}
!38 = !{i64 0, i64 4, !5, i64 8, i64 8, !22, i64 16, i64 8, !9, i64 24, i64 8, !22, i64 32, i64 8, !9}
!39 = distinct !{!39, !21}
!40 = !{!35, !15, i64 24}
!41 = !{!35, !10, i64 32}
!42 = distinct !{!42, !21}
!43 = distinct !{!43, !21}
!44 = distinct !{!44, !21}
!45 = distinct !{!45, !21}
