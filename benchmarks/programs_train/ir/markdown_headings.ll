; ModuleID = 'markdown_headings.c'
source_filename = "markdown_headings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.heading = type { i32, [160 x i8], [160 x i8], i32 }

@document = internal constant [425 x i8] c"# Project Overview\0ASome intro text about the *project*.\0A\0A## Getting Started ##\0AInstall it.\0A### Requirements\0A- a C compiler\0A```\0A# not a heading inside a fence\0A```\0A### Building & Testing\0AUsage Notes\0A-----------\0A####### seven hashes is text\0A#hashtag is not a heading\0AAdvanced Topics\0A===============\0A## Getting Started\0ADuplicate heading above.\0A#### Deep `code` Level\0A    # indented code, not heading\0A## FAQ: What's new in v2.0?\0A\00", align 16
@.str = private unnamed_addr constant [4 x i8] c"```\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"    \00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@n_headings = internal global i32 0, align 4
@headings = internal global [64 x %struct.heading] zeroinitializer, align 16
@.str.3 = private unnamed_addr constant [4 x i8] c"%d.\00", align 1
@.str.4 = private unnamed_addr constant [24 x i8] c"%*s%s %s (#%s) line %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.6 = private unnamed_addr constant [42 x i8] c"headings=%d body_words=%u slug_hash=%08x\0A\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"%.100s-%d\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [160 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca [160 x i8], align 16
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca [7 x i32], align 16
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  %21 = alloca i32, align 4
  %22 = alloca [32 x i8], align 16
  %23 = alloca i64, align 8
  %24 = alloca i32, align 4
  %25 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store ptr @document, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %167, %165, %0
  %27 = load ptr, ptr %6, align 8, !tbaa !9
  %28 = load i8, ptr %27, align 1, !tbaa !12
  %29 = icmp ne i8 %28, 0
  br i1 %29, label %30, label %168

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %31 = load ptr, ptr %6, align 8, !tbaa !9
  %32 = call ptr @strchr(ptr noundef %31, i32 noundef 10) #9
  store ptr %32, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %33 = load ptr, ptr %8, align 8, !tbaa !9
  %34 = icmp ne ptr %33, null
  br i1 %34, label %35, label %41

35:                                               ; preds = %30
  %36 = load ptr, ptr %8, align 8, !tbaa !9
  %37 = load ptr, ptr %6, align 8, !tbaa !9
  %38 = ptrtoint ptr %36 to i64
  %39 = ptrtoint ptr %37 to i64
  %40 = sub i64 %38, %39
  br label %44

41:                                               ; preds = %30
  %42 = load ptr, ptr %6, align 8, !tbaa !9
  %43 = call i64 @strlen(ptr noundef %42) #9
  br label %44

44:                                               ; preds = %41, %35
  %45 = phi i64 [ %40, %35 ], [ %43, %41 ]
  store i64 %45, ptr %9, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %46 = load i64, ptr %9, align 8, !tbaa !13
  %47 = icmp uge i64 %46, 160
  br i1 %47, label %48, label %49

48:                                               ; preds = %44
  store i64 159, ptr %9, align 8, !tbaa !13
  br label %49

49:                                               ; preds = %48, %44
  %50 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %51 = load ptr, ptr %6, align 8, !tbaa !9
  %52 = load i64, ptr %9, align 8, !tbaa !13
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %50, ptr align 1 %51, i64 %52, i1 false)
  %53 = load i64, ptr %9, align 8, !tbaa !13
  %54 = getelementptr inbounds nuw [160 x i8], ptr %10, i64 0, i64 %53
  store i8 0, ptr %54, align 1, !tbaa !12
  %55 = load ptr, ptr %8, align 8, !tbaa !9
  %56 = icmp ne ptr %55, null
  br i1 %56, label %57, label %64

57:                                               ; preds = %49
  %58 = load ptr, ptr %8, align 8, !tbaa !9
  %59 = load ptr, ptr %6, align 8, !tbaa !9
  %60 = ptrtoint ptr %58 to i64
  %61 = ptrtoint ptr %59 to i64
  %62 = sub i64 %60, %61
  %63 = add i64 %62, 1
  br label %67

64:                                               ; preds = %49
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = call i64 @strlen(ptr noundef %65) #9
  br label %67

67:                                               ; preds = %64, %57
  %68 = phi i64 [ %63, %57 ], [ %66, %64 ]
  %69 = load ptr, ptr %6, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 %68
  store ptr %70, ptr %6, align 8, !tbaa !9
  %71 = load i32, ptr %5, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %5, align 4, !tbaa !5
  %73 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %74 = call i32 @strncmp(ptr noundef %73, ptr noundef @.str, i64 noundef 3) #9
  %75 = icmp eq i32 %74, 0
  br i1 %75, label %76, label %81

76:                                               ; preds = %67
  %77 = load i32, ptr %4, align 4, !tbaa !5
  %78 = icmp ne i32 %77, 0
  %79 = xor i1 %78, true
  %80 = zext i1 %79 to i32
  store i32 %80, ptr %4, align 4, !tbaa !5
  store i32 0, ptr %3, align 4, !tbaa !5
  store i32 2, ptr %11, align 4
  br label %165, !llvm.loop !15

81:                                               ; preds = %67
  %82 = load i32, ptr %4, align 4, !tbaa !5
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %88, label %84

84:                                               ; preds = %81
  %85 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %86 = call i32 @strncmp(ptr noundef %85, ptr noundef @.str.1, i64 noundef 4) #9
  %87 = icmp eq i32 %86, 0
  br i1 %87, label %88, label %89

88:                                               ; preds = %84, %81
  store i32 0, ptr %3, align 4, !tbaa !5
  store i32 2, ptr %11, align 4
  br label %165, !llvm.loop !15

89:                                               ; preds = %84
  call void @llvm.lifetime.start.p0(ptr %12) #8
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %90 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %91 = call i32 @atx_level(ptr noundef %90, ptr noundef %12) #10
  store i32 %91, ptr %13, align 4, !tbaa !5
  %92 = load i32, ptr %13, align 4, !tbaa !5
  %93 = icmp sgt i32 %92, 0
  br i1 %93, label %94, label %98

94:                                               ; preds = %89
  %95 = load i32, ptr %13, align 4, !tbaa !5
  %96 = load ptr, ptr %12, align 8, !tbaa !9
  %97 = load i32, ptr %5, align 4, !tbaa !5
  call void @add_heading(i32 noundef %95, ptr noundef %96, i32 noundef %97) #10
  store i32 0, ptr %3, align 4, !tbaa !5
  store i32 2, ptr %11, align 4
  br label %164, !llvm.loop !15

98:                                               ; preds = %89
  %99 = load i32, ptr %3, align 4, !tbaa !5
  %100 = icmp ne i32 %99, 0
  br i1 %100, label %101, label %119

101:                                              ; preds = %98
  %102 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %103 = call i32 @is_underline(ptr noundef %102, i8 noundef signext 61) #10
  %104 = icmp ne i32 %103, 0
  br i1 %104, label %109, label %105

105:                                              ; preds = %101
  %106 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %107 = call i32 @is_underline(ptr noundef %106, i8 noundef signext 45) #10
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %109, label %119

109:                                              ; preds = %105, %101
  %110 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %111 = load i8, ptr %110, align 16, !tbaa !12
  %112 = sext i8 %111 to i32
  %113 = icmp eq i32 %112, 61
  %114 = zext i1 %113 to i64
  %115 = select i1 %113, i32 1, i32 2
  %116 = getelementptr inbounds [160 x i8], ptr %2, i64 0, i64 0
  %117 = load i32, ptr %5, align 4, !tbaa !5
  %118 = sub nsw i32 %117, 1
  call void @add_heading(i32 noundef %115, ptr noundef %116, i32 noundef %118) #10
  store i32 0, ptr %3, align 4, !tbaa !5
  store i32 2, ptr %11, align 4
  br label %164, !llvm.loop !15

119:                                              ; preds = %105, %98
  %120 = load i32, ptr %3, align 4, !tbaa !5
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %122, label %154

122:                                              ; preds = %119
  call void @llvm.lifetime.start.p0(ptr %14) #8
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %123 = getelementptr inbounds [160 x i8], ptr %2, i64 0, i64 0
  store ptr %123, ptr %15, align 8, !tbaa !9
  br label %124

124:                                              ; preds = %150, %122
  %125 = load ptr, ptr %15, align 8, !tbaa !9
  %126 = load i8, ptr %125, align 1, !tbaa !12
  %127 = icmp ne i8 %126, 0
  br i1 %127, label %129, label %128

128:                                              ; preds = %124
  store i32 4, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #8
  br label %153

129:                                              ; preds = %124
  call void @llvm.lifetime.start.p0(ptr %16) #8
  %130 = call ptr @__ctype_b_loc() #11
  %131 = load ptr, ptr %130, align 8, !tbaa !17
  %132 = load ptr, ptr %15, align 8, !tbaa !9
  %133 = load i8, ptr %132, align 1, !tbaa !12
  %134 = zext i8 %133 to i32
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds i16, ptr %131, i64 %135
  %137 = load i16, ptr %136, align 2, !tbaa !19
  %138 = zext i16 %137 to i32
  %139 = and i32 %138, 8
  store i32 %139, ptr %16, align 4, !tbaa !5
  %140 = load i32, ptr %16, align 4, !tbaa !5
  %141 = icmp ne i32 %140, 0
  br i1 %141, label %142, label %148

142:                                              ; preds = %129
  %143 = load i32, ptr %14, align 4, !tbaa !5
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %148, label %145

145:                                              ; preds = %142
  %146 = load i32, ptr %7, align 4, !tbaa !5
  %147 = add i32 %146, 1
  store i32 %147, ptr %7, align 4, !tbaa !5
  br label %148

148:                                              ; preds = %145, %142, %129
  %149 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %149, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %16) #8
  br label %150

150:                                              ; preds = %148
  %151 = load ptr, ptr %15, align 8, !tbaa !9
  %152 = getelementptr inbounds nuw i8, ptr %151, i32 1
  store ptr %152, ptr %15, align 8, !tbaa !9
  br label %124, !llvm.loop !21

153:                                              ; preds = %128
  call void @llvm.lifetime.end.p0(ptr %14) #8
  br label %154

154:                                              ; preds = %153, %119
  %155 = getelementptr inbounds [160 x i8], ptr %2, i64 0, i64 0
  %156 = getelementptr inbounds [160 x i8], ptr %10, i64 0, i64 0
  %157 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %155, i64 noundef 160, ptr noundef @.str.2, ptr noundef %156) #12
  %158 = getelementptr inbounds [160 x i8], ptr %2, i64 0, i64 0
  call void @rtrim(ptr noundef %158) #10
  %159 = getelementptr inbounds [160 x i8], ptr %2, i64 0, i64 0
  %160 = load i8, ptr %159, align 16, !tbaa !12
  %161 = sext i8 %160 to i32
  %162 = icmp ne i32 %161, 0
  %163 = zext i1 %162 to i32
  store i32 %163, ptr %3, align 4, !tbaa !5
  store i32 0, ptr %11, align 4
  br label %164

164:                                              ; preds = %154, %109, %94
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %165

165:                                              ; preds = %164, %88, %76
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %166 = load i32, ptr %11, align 4
  switch i32 %166, label %270 [
    i32 0, label %167
    i32 2, label %26
  ]

167:                                              ; preds = %165
  br label %26, !llvm.loop !15

168:                                              ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %17) #8
  call void @llvm.memset.p0.i64(ptr align 16 %17, i8 0, i64 28, i1 false)
  call void @llvm.lifetime.start.p0(ptr %18) #8
  store i32 0, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #8
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %169

169:                                              ; preds = %261, %168
  %170 = load i32, ptr %19, align 4, !tbaa !5
  %171 = load i32, ptr @n_headings, align 4, !tbaa !5
  %172 = icmp slt i32 %170, %171
  br i1 %172, label %174, label %173

173:                                              ; preds = %169
  store i32 7, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #8
  br label %264

174:                                              ; preds = %169
  call void @llvm.lifetime.start.p0(ptr %20) #8
  %175 = load i32, ptr %19, align 4, !tbaa !5
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [64 x %struct.heading], ptr @headings, i64 0, i64 %176
  store ptr %177, ptr %20, align 8, !tbaa !22
  %178 = load ptr, ptr %20, align 8, !tbaa !22
  %179 = getelementptr inbounds nuw %struct.heading, ptr %178, i32 0, i32 0
  %180 = load i32, ptr %179, align 4, !tbaa !24
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [7 x i32], ptr %17, i64 0, i64 %181
  %183 = load i32, ptr %182, align 4, !tbaa !5
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %182, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %21) #8
  %185 = load ptr, ptr %20, align 8, !tbaa !22
  %186 = getelementptr inbounds nuw %struct.heading, ptr %185, i32 0, i32 0
  %187 = load i32, ptr %186, align 4, !tbaa !24
  %188 = add nsw i32 %187, 1
  store i32 %188, ptr %21, align 4, !tbaa !5
  br label %189

189:                                              ; preds = %197, %174
  %190 = load i32, ptr %21, align 4, !tbaa !5
  %191 = icmp sle i32 %190, 6
  br i1 %191, label %193, label %192

192:                                              ; preds = %189
  store i32 10, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %21) #8
  br label %200

193:                                              ; preds = %189
  %194 = load i32, ptr %21, align 4, !tbaa !5
  %195 = sext i32 %194 to i64
  %196 = getelementptr inbounds [7 x i32], ptr %17, i64 0, i64 %195
  store i32 0, ptr %196, align 4, !tbaa !5
  br label %197

197:                                              ; preds = %193
  %198 = load i32, ptr %21, align 4, !tbaa !5
  %199 = add nsw i32 %198, 1
  store i32 %199, ptr %21, align 4, !tbaa !5
  br label %189, !llvm.loop !26

200:                                              ; preds = %192
  call void @llvm.lifetime.start.p0(ptr %22) #8
  call void @llvm.memset.p0.i64(ptr align 16 %22, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %23) #8
  store i64 0, ptr %23, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %24) #8
  store i32 1, ptr %24, align 4, !tbaa !5
  br label %201

201:                                              ; preds = %222, %200
  %202 = load i32, ptr %24, align 4, !tbaa !5
  %203 = load ptr, ptr %20, align 8, !tbaa !22
  %204 = getelementptr inbounds nuw %struct.heading, ptr %203, i32 0, i32 0
  %205 = load i32, ptr %204, align 4, !tbaa !24
  %206 = icmp sle i32 %202, %205
  br i1 %206, label %208, label %207

207:                                              ; preds = %201
  store i32 13, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %24) #8
  br label %225

208:                                              ; preds = %201
  %209 = getelementptr inbounds [32 x i8], ptr %22, i64 0, i64 0
  %210 = load i64, ptr %23, align 8, !tbaa !13
  %211 = getelementptr inbounds nuw i8, ptr %209, i64 %210
  %212 = load i64, ptr %23, align 8, !tbaa !13
  %213 = sub i64 32, %212
  %214 = load i32, ptr %24, align 4, !tbaa !5
  %215 = sext i32 %214 to i64
  %216 = getelementptr inbounds [7 x i32], ptr %17, i64 0, i64 %215
  %217 = load i32, ptr %216, align 4, !tbaa !5
  %218 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %211, i64 noundef %213, ptr noundef @.str.3, i32 noundef %217) #12
  %219 = sext i32 %218 to i64
  %220 = load i64, ptr %23, align 8, !tbaa !13
  %221 = add i64 %220, %219
  store i64 %221, ptr %23, align 8, !tbaa !13
  br label %222

222:                                              ; preds = %208
  %223 = load i32, ptr %24, align 4, !tbaa !5
  %224 = add nsw i32 %223, 1
  store i32 %224, ptr %24, align 4, !tbaa !5
  br label %201, !llvm.loop !27

225:                                              ; preds = %207
  %226 = load ptr, ptr %20, align 8, !tbaa !22
  %227 = getelementptr inbounds nuw %struct.heading, ptr %226, i32 0, i32 0
  %228 = load i32, ptr %227, align 4, !tbaa !24
  %229 = sub nsw i32 %228, 1
  %230 = mul nsw i32 %229, 2
  %231 = getelementptr inbounds [32 x i8], ptr %22, i64 0, i64 0
  %232 = load ptr, ptr %20, align 8, !tbaa !22
  %233 = getelementptr inbounds nuw %struct.heading, ptr %232, i32 0, i32 1
  %234 = getelementptr inbounds [160 x i8], ptr %233, i64 0, i64 0
  %235 = load ptr, ptr %20, align 8, !tbaa !22
  %236 = getelementptr inbounds nuw %struct.heading, ptr %235, i32 0, i32 2
  %237 = getelementptr inbounds [160 x i8], ptr %236, i64 0, i64 0
  %238 = load ptr, ptr %20, align 8, !tbaa !22
  %239 = getelementptr inbounds nuw %struct.heading, ptr %238, i32 0, i32 3
  %240 = load i32, ptr %239, align 4, !tbaa !28
  %241 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %230, ptr noundef @.str.5, ptr noundef %231, ptr noundef %234, ptr noundef %237, i32 noundef %240) #10
  call void @llvm.lifetime.start.p0(ptr %25) #8
  %242 = load ptr, ptr %20, align 8, !tbaa !22
  %243 = getelementptr inbounds nuw %struct.heading, ptr %242, i32 0, i32 2
  %244 = getelementptr inbounds [160 x i8], ptr %243, i64 0, i64 0
  store ptr %244, ptr %25, align 8, !tbaa !9
  br label %245

245:                                              ; preds = %257, %225
  %246 = load ptr, ptr %25, align 8, !tbaa !9
  %247 = load i8, ptr %246, align 1, !tbaa !12
  %248 = icmp ne i8 %247, 0
  br i1 %248, label %250, label %249

249:                                              ; preds = %245
  store i32 16, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %25) #8
  br label %260

250:                                              ; preds = %245
  %251 = load i32, ptr %18, align 4, !tbaa !5
  %252 = mul i32 %251, 31
  %253 = load ptr, ptr %25, align 8, !tbaa !9
  %254 = load i8, ptr %253, align 1, !tbaa !12
  %255 = zext i8 %254 to i32
  %256 = add i32 %252, %255
  store i32 %256, ptr %18, align 4, !tbaa !5
  br label %257

257:                                              ; preds = %250
  %258 = load ptr, ptr %25, align 8, !tbaa !9
  %259 = getelementptr inbounds nuw i8, ptr %258, i32 1
  store ptr %259, ptr %25, align 8, !tbaa !9
  br label %245, !llvm.loop !29

260:                                              ; preds = %249
  call void @llvm.lifetime.end.p0(ptr %23) #8
  call void @llvm.lifetime.end.p0(ptr %22) #8
  call void @llvm.lifetime.end.p0(ptr %20) #8
  br label %261

261:                                              ; preds = %260
  %262 = load i32, ptr %19, align 4, !tbaa !5
  %263 = add nsw i32 %262, 1
  store i32 %263, ptr %19, align 4, !tbaa !5
  br label %169, !llvm.loop !30

264:                                              ; preds = %173
  %265 = load i32, ptr @n_headings, align 4, !tbaa !5
  %266 = load i32, ptr %7, align 4, !tbaa !5
  %267 = load i32, ptr %18, align 4, !tbaa !5
  %268 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %265, i32 noundef %266, i32 noundef %267) #10
  store i32 0, ptr %1, align 4
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #8
  call void @llvm.lifetime.end.p0(ptr %17) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %269 = load i32, ptr %1, align 4
  ret i32 %269

270:                                              ; preds = %165
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @atx_level(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %18, %2
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i8, ptr %11, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !12
  %16 = sext i8 %15 to i32
  %17 = icmp eq i32 %16, 35
  br i1 %17, label %18, label %21

18:                                               ; preds = %10
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %6, align 4, !tbaa !5
  br label %10, !llvm.loop !34

21:                                               ; preds = %10
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %21
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = icmp sgt i32 %25, 6
  br i1 %26, label %27, label %28

27:                                               ; preds = %24, %21
  store i32 0, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %98

28:                                               ; preds = %24
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i8, ptr %29, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !12
  %34 = sext i8 %33 to i32
  %35 = icmp ne i32 %34, 32
  br i1 %35, label %36, label %45

36:                                               ; preds = %28
  %37 = load ptr, ptr %4, align 8, !tbaa !9
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %37, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !12
  %42 = sext i8 %41 to i32
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %44, label %45

44:                                               ; preds = %36
  store i32 0, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %98

45:                                               ; preds = %36, %28
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  store ptr %49, ptr %8, align 8, !tbaa !9
  br label %50

50:                                               ; preds = %55, %45
  %51 = load ptr, ptr %8, align 8, !tbaa !9
  %52 = load i8, ptr %51, align 1, !tbaa !12
  %53 = sext i8 %52 to i32
  %54 = icmp eq i32 %53, 32
  br i1 %54, label %55, label %58

55:                                               ; preds = %50
  %56 = load ptr, ptr %8, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw i8, ptr %56, i32 1
  store ptr %57, ptr %8, align 8, !tbaa !9
  br label %50, !llvm.loop !35

58:                                               ; preds = %50
  %59 = load ptr, ptr %8, align 8, !tbaa !9
  call void @rtrim(ptr noundef %59) #10
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %60 = load ptr, ptr %8, align 8, !tbaa !9
  %61 = call i64 @strlen(ptr noundef %60) #9
  store i64 %61, ptr %9, align 8, !tbaa !13
  br label %62

62:                                               ; preds = %75, %58
  %63 = load i64, ptr %9, align 8, !tbaa !13
  %64 = icmp ugt i64 %63, 0
  br i1 %64, label %65, label %73

65:                                               ; preds = %62
  %66 = load ptr, ptr %8, align 8, !tbaa !9
  %67 = load i64, ptr %9, align 8, !tbaa !13
  %68 = sub i64 %67, 1
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %68
  %70 = load i8, ptr %69, align 1, !tbaa !12
  %71 = sext i8 %70 to i32
  %72 = icmp eq i32 %71, 35
  br label %73

73:                                               ; preds = %65, %62
  %74 = phi i1 [ false, %62 ], [ %72, %65 ]
  br i1 %74, label %75, label %78

75:                                               ; preds = %73
  %76 = load i64, ptr %9, align 8, !tbaa !13
  %77 = add i64 %76, -1
  store i64 %77, ptr %9, align 8, !tbaa !13
  br label %62, !llvm.loop !36

78:                                               ; preds = %73
  %79 = load i64, ptr %9, align 8, !tbaa !13
  %80 = icmp eq i64 %79, 0
  br i1 %80, label %89, label %81

81:                                               ; preds = %78
  %82 = load ptr, ptr %8, align 8, !tbaa !9
  %83 = load i64, ptr %9, align 8, !tbaa !13
  %84 = sub i64 %83, 1
  %85 = getelementptr inbounds nuw i8, ptr %82, i64 %84
  %86 = load i8, ptr %85, align 1, !tbaa !12
  %87 = sext i8 %86 to i32
  %88 = icmp eq i32 %87, 32
  br i1 %88, label %89, label %94

89:                                               ; preds = %81, %78
  %90 = load ptr, ptr %8, align 8, !tbaa !9
  %91 = load i64, ptr %9, align 8, !tbaa !13
  %92 = getelementptr inbounds nuw i8, ptr %90, i64 %91
  store i8 0, ptr %92, align 1, !tbaa !12
  %93 = load ptr, ptr %8, align 8, !tbaa !9
  call void @rtrim(ptr noundef %93) #10
  br label %94

94:                                               ; preds = %89, %81
  %95 = load ptr, ptr %8, align 8, !tbaa !9
  %96 = load ptr, ptr %5, align 8, !tbaa !31
  store ptr %95, ptr %96, align 8, !tbaa !9
  %97 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %97, ptr %3, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %98

98:                                               ; preds = %94, %44, %27
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %99 = load i32, ptr %3, align 4
  ret i32 %99
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @add_heading(i32 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca [160 x i8], align 16
  %9 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  %10 = load i32, ptr @n_headings, align 4, !tbaa !5
  %11 = icmp sge i32 %10, 64
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  br label %51

13:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %14 = load i32, ptr @n_headings, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [64 x %struct.heading], ptr @headings, i64 0, i64 %15
  store ptr %16, ptr %7, align 8, !tbaa !22
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = load ptr, ptr %7, align 8, !tbaa !22
  %19 = getelementptr inbounds nuw %struct.heading, ptr %18, i32 0, i32 0
  store i32 %17, ptr %19, align 4, !tbaa !24
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = load ptr, ptr %7, align 8, !tbaa !22
  %22 = getelementptr inbounds nuw %struct.heading, ptr %21, i32 0, i32 3
  store i32 %20, ptr %22, align 4, !tbaa !28
  %23 = load ptr, ptr %7, align 8, !tbaa !22
  %24 = getelementptr inbounds nuw %struct.heading, ptr %23, i32 0, i32 1
  %25 = getelementptr inbounds [160 x i8], ptr %24, i64 0, i64 0
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %25, i64 noundef 160, ptr noundef @.str.2, ptr noundef %26) #12
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = getelementptr inbounds [160 x i8], ptr %8, i64 0, i64 0
  call void @make_slug(ptr noundef %28, ptr noundef %29, i64 noundef 160) #10
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %30 = getelementptr inbounds [160 x i8], ptr %8, i64 0, i64 0
  %31 = load i32, ptr @n_headings, align 4, !tbaa !5
  %32 = call i32 @slug_exists(ptr noundef %30, i32 noundef %31) #10
  store i32 %32, ptr %9, align 4, !tbaa !5
  %33 = load i32, ptr %9, align 4, !tbaa !5
  %34 = icmp sgt i32 %33, 0
  br i1 %34, label %35, label %42

35:                                               ; preds = %13
  %36 = load ptr, ptr %7, align 8, !tbaa !22
  %37 = getelementptr inbounds nuw %struct.heading, ptr %36, i32 0, i32 2
  %38 = getelementptr inbounds [160 x i8], ptr %37, i64 0, i64 0
  %39 = getelementptr inbounds [160 x i8], ptr %8, i64 0, i64 0
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %38, i64 noundef 160, ptr noundef @.str.7, ptr noundef %39, i32 noundef %40) #12
  br label %48

42:                                               ; preds = %13
  %43 = load ptr, ptr %7, align 8, !tbaa !22
  %44 = getelementptr inbounds nuw %struct.heading, ptr %43, i32 0, i32 2
  %45 = getelementptr inbounds [160 x i8], ptr %44, i64 0, i64 0
  %46 = getelementptr inbounds [160 x i8], ptr %8, i64 0, i64 0
  %47 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %45, i64 noundef 160, ptr noundef @.str.2, ptr noundef %46) #12
  br label %48

48:                                               ; preds = %42, %35
  %49 = load i32, ptr @n_headings, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr @n_headings, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %51

51:                                               ; preds = %48, %12
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_underline(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i8 %1, ptr %5, align 1, !tbaa !12
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = load i8, ptr %6, align 1, !tbaa !12
  %8 = sext i8 %7 to i32
  %9 = load i8, ptr %5, align 1, !tbaa !12
  %10 = sext i8 %9 to i32
  %11 = icmp ne i32 %8, %10
  br i1 %11, label %12, label %13

12:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %39

13:                                               ; preds = %2
  br label %14

14:                                               ; preds = %21, %13
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = sext i8 %16 to i32
  %18 = load i8, ptr %5, align 1, !tbaa !12
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %17, %19
  br i1 %20, label %21, label %24

21:                                               ; preds = %14
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 1
  store ptr %23, ptr %4, align 8, !tbaa !9
  br label %14, !llvm.loop !37

24:                                               ; preds = %14
  br label %25

25:                                               ; preds = %30, %24
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !12
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 32
  br i1 %29, label %30, label %33

30:                                               ; preds = %25
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %31, i32 1
  store ptr %32, ptr %4, align 8, !tbaa !9
  br label %25, !llvm.loop !38

33:                                               ; preds = %25
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = load i8, ptr %34, align 1, !tbaa !12
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 0
  %38 = zext i1 %37 to i32
  store i32 %38, ptr %3, align 4
  br label %39

39:                                               ; preds = %33, %12
  %40 = load i32, ptr %3, align 4
  ret i32 %40
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #6

; Function Attrs: minsize nounwind optsize uwtable
define internal void @rtrim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = call i64 @strlen(ptr noundef %4) #9
  store i64 %5, ptr %3, align 8, !tbaa !13
  br label %6

6:                                                ; preds = %26, %1
  %7 = load i64, ptr %3, align 8, !tbaa !13
  %8 = icmp ugt i64 %7, 0
  br i1 %8, label %9, label %24

9:                                                ; preds = %6
  %10 = call ptr @__ctype_b_loc() #11
  %11 = load ptr, ptr %10, align 8, !tbaa !17
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = load i64, ptr %3, align 8, !tbaa !13
  %14 = sub i64 %13, 1
  %15 = getelementptr inbounds nuw i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = zext i8 %16 to i32
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i16, ptr %11, i64 %18
  %20 = load i16, ptr %19, align 2, !tbaa !19
  %21 = zext i16 %20 to i32
  %22 = and i32 %21, 8192
  %23 = icmp ne i32 %22, 0
  br label %24

24:                                               ; preds = %9, %6
  %25 = phi i1 [ false, %6 ], [ %23, %9 ]
  br i1 %25, label %26, label %31

26:                                               ; preds = %24
  %27 = load ptr, ptr %2, align 8, !tbaa !9
  %28 = load i64, ptr %3, align 8, !tbaa !13
  %29 = add i64 %28, -1
  store i64 %29, ptr %3, align 8, !tbaa !13
  %30 = getelementptr inbounds nuw i8, ptr %27, i64 %29
  store i8 0, ptr %30, align 1, !tbaa !12
  br label %6, !llvm.loop !39

31:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #7

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_slug(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %13, ptr %9, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %81, %3
  %15 = load ptr, ptr %9, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = sext i8 %16 to i32
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %24

19:                                               ; preds = %14
  %20 = load i64, ptr %7, align 8, !tbaa !13
  %21 = add i64 %20, 2
  %22 = load i64, ptr %6, align 8, !tbaa !13
  %23 = icmp ult i64 %21, %22
  br label %24

24:                                               ; preds = %19, %14
  %25 = phi i1 [ false, %14 ], [ %23, %19 ]
  br i1 %25, label %27, label %26

26:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %84

27:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %28 = load ptr, ptr %9, align 8, !tbaa !9
  %29 = load i8, ptr %28, align 1, !tbaa !12
  store i8 %29, ptr %10, align 1, !tbaa !12
  %30 = call ptr @__ctype_b_loc() #11
  %31 = load ptr, ptr %30, align 8, !tbaa !17
  %32 = load i8, ptr %10, align 1, !tbaa !12
  %33 = zext i8 %32 to i32
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i16, ptr %31, i64 %34
  %36 = load i16, ptr %35, align 2, !tbaa !19
  %37 = zext i16 %36 to i32
  %38 = and i32 %37, 8
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %66

40:                                               ; preds = %27
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %51

43:                                               ; preds = %40
  %44 = load i64, ptr %7, align 8, !tbaa !13
  %45 = icmp ugt i64 %44, 0
  br i1 %45, label %46, label %51

46:                                               ; preds = %43
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  %48 = load i64, ptr %7, align 8, !tbaa !13
  %49 = add i64 %48, 1
  store i64 %49, ptr %7, align 8, !tbaa !13
  %50 = getelementptr inbounds nuw i8, ptr %47, i64 %48
  store i8 45, ptr %50, align 1, !tbaa !12
  br label %51

51:                                               ; preds = %46, %43, %40
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %52 = call ptr @__ctype_tolower_loc() #11
  %53 = load ptr, ptr %52, align 8, !tbaa !40
  %54 = load i8, ptr %10, align 1, !tbaa !12
  %55 = zext i8 %54 to i32
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i32, ptr %53, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  store i32 %58, ptr %11, align 4, !tbaa !5
  %59 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %59, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #8
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = trunc i32 %60 to i8
  %62 = load ptr, ptr %5, align 8, !tbaa !9
  %63 = load i64, ptr %7, align 8, !tbaa !13
  %64 = add i64 %63, 1
  store i64 %64, ptr %7, align 8, !tbaa !13
  %65 = getelementptr inbounds nuw i8, ptr %62, i64 %63
  store i8 %61, ptr %65, align 1, !tbaa !12
  br label %80

66:                                               ; preds = %27
  %67 = load i8, ptr %10, align 1, !tbaa !12
  %68 = zext i8 %67 to i32
  %69 = icmp eq i32 %68, 32
  br i1 %69, label %78, label %70

70:                                               ; preds = %66
  %71 = load i8, ptr %10, align 1, !tbaa !12
  %72 = zext i8 %71 to i32
  %73 = icmp eq i32 %72, 45
  br i1 %73, label %78, label %74

74:                                               ; preds = %70
  %75 = load i8, ptr %10, align 1, !tbaa !12
  %76 = zext i8 %75 to i32
  %77 = icmp eq i32 %76, 95
  br i1 %77, label %78, label %79

78:                                               ; preds = %74, %70, %66
  store i32 1, ptr %8, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %78, %74
  br label %80

80:                                               ; preds = %79, %51
  call void @llvm.lifetime.end.p0(ptr %10) #8
  br label %81

81:                                               ; preds = %80
  %82 = load ptr, ptr %9, align 8, !tbaa !9
  %83 = getelementptr inbounds nuw i8, ptr %82, i32 1
  store ptr %83, ptr %9, align 8, !tbaa !9
  br label %14, !llvm.loop !42

84:                                               ; preds = %26
  %85 = load ptr, ptr %5, align 8, !tbaa !9
  %86 = load i64, ptr %7, align 8, !tbaa !13
  %87 = getelementptr inbounds nuw i8, ptr %85, i64 %86
  store i8 0, ptr %87, align 1, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @slug_exists(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %25, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %28

12:                                               ; preds = %7
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [64 x %struct.heading], ptr @headings, i64 0, i64 %14
  %16 = getelementptr inbounds nuw %struct.heading, ptr %15, i32 0, i32 2
  %17 = getelementptr inbounds [160 x i8], ptr %16, i64 0, i64 0
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = call i32 @strcmp(ptr noundef %17, ptr noundef %18) #9
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %24

21:                                               ; preds = %12
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %5, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %21, %12
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !43

28:                                               ; preds = %11
  %29 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret i32 %29
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize willreturn memory(none) }
attributes #12 = { minsize nounwind optsize }

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
!12 = !{!7, !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 short", !11, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"short", !7, i64 0}
!21 = distinct !{!21, !16}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 _ZTS7heading", !11, i64 0}
!24 = !{!25, !6, i64 0}
!25 = !{!"heading", !6, i64 0, !7, i64 4, !7, i64 164, !6, i64 324}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = !{!25, !6, i64 324}
!29 = distinct !{!29, !16}
!30 = distinct !{!30, !16}
!31 = !{!32, !32, i64 0}
!32 = !{!"p2 omnipotent char", !33, i64 0}
!33 = !{!"any p2 pointer", !11, i64 0}
!34 = distinct !{!34, !16}
!35 = distinct !{!35, !16}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
!38 = distinct !{!38, !16}
!39 = distinct !{!39, !16}
!40 = !{!41, !41, i64 0}
!41 = !{!"p1 int", !11, i64 0}
!42 = distinct !{!42, !16}
!43 = distinct !{!43, !16}
