; ModuleID = 'gauss_elim_rational.c'
source_filename = "gauss_elim_rational.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rat = type { i64, i64 }

@main.a = internal global [8 x [8 x %struct.rat]] zeroinitializer, align 16
@aug = internal global [8 x [16 x %struct.rat]] zeroinitializer, align 16
@.str = private unnamed_addr constant [21 x i8] c"trial %d (n=%d) det=\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c" x0=\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [60 x i8] c"systems solved=%d singular=%d verified=%d den_hash=%016llx\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"hilbert %d: det = \00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"\0A  inverse row 0:\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.7 = private unnamed_addr constant [29 x i8] c"\0A  inverse entry sum = %lld\0A\00", align 1
@lcg = internal global i32 -1831433054, align 4
@.str.8 = private unnamed_addr constant [5 x i8] c"%lld\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"%lld/%lld\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x %struct.rat], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca %struct.rat, align 8
  %13 = alloca %struct.rat, align 8
  %14 = alloca %struct.rat, align 8
  %15 = alloca i8, align 1
  %16 = alloca i32, align 4
  %17 = alloca %struct.rat, align 8
  %18 = alloca i32, align 4
  %19 = alloca %struct.rat, align 8
  %20 = alloca %struct.rat, align 8
  store i32 0, ptr %1, align 4
  call void @hilbert_demo(i32 noundef 4) #4
  call void @hilbert_demo(i32 noundef 5) #4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %228, %0
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 40
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %231

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = srem i32 %26, 4
  %28 = add nsw i32 3, %27
  store i32 %28, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %89, %25
  %30 = load i32, ptr %10, align 4, !tbaa !5
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = icmp slt i32 %30, %31
  br i1 %32, label %34, label %33

33:                                               ; preds = %29
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %92

34:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %66, %34
  %36 = load i32, ptr %11, align 4, !tbaa !5
  %37 = load i32, ptr %9, align 4, !tbaa !5
  %38 = icmp slt i32 %36, %37
  br i1 %38, label %40, label %39

39:                                               ; preds = %35
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %69

40:                                               ; preds = %35
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [8 x [8 x %struct.rat]], ptr @main.a, i64 0, i64 %42
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [8 x %struct.rat], ptr %43, i64 0, i64 %45
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %47 = call i32 @small_int() #4
  %48 = sext i32 %47 to i64
  %49 = call { i64, i64 } @rat_int(i64 noundef %48) #4
  %50 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 0
  %51 = extractvalue { i64, i64 } %49, 0
  store i64 %51, ptr %50, align 8
  %52 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 1
  %53 = extractvalue { i64, i64 } %49, 1
  store i64 %53, ptr %52, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %46, ptr align 8 %12, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %12) #5
  %54 = load i32, ptr %10, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %55
  %57 = load i32, ptr %11, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [16 x %struct.rat], ptr %56, i64 0, i64 %58
  %60 = load i32, ptr %10, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [8 x [8 x %struct.rat]], ptr @main.a, i64 0, i64 %61
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [8 x %struct.rat], ptr %62, i64 0, i64 %64
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %59, ptr align 16 %65, i64 16, i1 false), !tbaa.struct !11
  br label %66

66:                                               ; preds = %40
  %67 = load i32, ptr %11, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %11, align 4, !tbaa !5
  br label %35, !llvm.loop !12

69:                                               ; preds = %39
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [8 x %struct.rat], ptr %2, i64 0, i64 %71
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %73 = call i32 @small_int() #4
  %74 = sext i32 %73 to i64
  %75 = call { i64, i64 } @rat_int(i64 noundef %74) #4
  %76 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 0
  %77 = extractvalue { i64, i64 } %75, 0
  store i64 %77, ptr %76, align 8
  %78 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 1
  %79 = extractvalue { i64, i64 } %75, 1
  store i64 %79, ptr %78, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %72, ptr align 8 %13, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %81
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [16 x %struct.rat], ptr %82, i64 0, i64 %84
  %86 = load i32, ptr %10, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [8 x %struct.rat], ptr %2, i64 0, i64 %87
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %85, ptr align 16 %88, i64 16, i1 false), !tbaa.struct !11
  br label %89

89:                                               ; preds = %69
  %90 = load i32, ptr %10, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %10, align 4, !tbaa !5
  br label %29, !llvm.loop !14

92:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %93 = load i32, ptr %9, align 4, !tbaa !5
  %94 = load i32, ptr %9, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  %96 = call { i64, i64 } @gauss_jordan(ptr noundef @aug, i32 noundef %93, i32 noundef %95) #4
  %97 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %98 = extractvalue { i64, i64 } %96, 0
  store i64 %98, ptr %97, align 8
  %99 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %100 = extractvalue { i64, i64 } %96, 1
  store i64 %100, ptr %99, align 8
  %101 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %102 = load i64, ptr %101, align 8
  %103 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %104 = load i64, ptr %103, align 8
  %105 = call zeroext i1 @rat_is_zero(i64 %102, i64 %104) #4
  br i1 %105, label %106, label %109

106:                                              ; preds = %92
  %107 = load i32, ptr %4, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %4, align 4, !tbaa !5
  store i32 4, ptr %8, align 4
  br label %225

109:                                              ; preds = %92
  %110 = load i32, ptr %3, align 4, !tbaa !5
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i8 1, ptr %15, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %196, %109
  %113 = load i32, ptr %16, align 4, !tbaa !5
  %114 = load i32, ptr %9, align 4, !tbaa !5
  %115 = icmp slt i32 %113, %114
  br i1 %115, label %117, label %116

116:                                              ; preds = %112
  store i32 11, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %199

117:                                              ; preds = %112
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %118 = call { i64, i64 } @rat_int(i64 noundef 0) #4
  %119 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 0
  %120 = extractvalue { i64, i64 } %118, 0
  store i64 %120, ptr %119, align 8
  %121 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 1
  %122 = extractvalue { i64, i64 } %118, 1
  store i64 %122, ptr %121, align 8
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %123

123:                                              ; preds = %167, %117
  %124 = load i32, ptr %18, align 4, !tbaa !5
  %125 = load i32, ptr %9, align 4, !tbaa !5
  %126 = icmp slt i32 %124, %125
  br i1 %126, label %128, label %127

127:                                              ; preds = %123
  store i32 14, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %170

128:                                              ; preds = %123
  call void @llvm.lifetime.start.p0(ptr %19) #5
  %129 = load i32, ptr %16, align 4, !tbaa !5
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [8 x [8 x %struct.rat]], ptr @main.a, i64 0, i64 %130
  %132 = load i32, ptr %18, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [8 x %struct.rat], ptr %131, i64 0, i64 %133
  %135 = load i32, ptr %18, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %136
  %138 = load i32, ptr %9, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [16 x %struct.rat], ptr %137, i64 0, i64 %139
  %141 = getelementptr inbounds nuw { i64, i64 }, ptr %134, i32 0, i32 0
  %142 = load i64, ptr %141, align 16
  %143 = getelementptr inbounds nuw { i64, i64 }, ptr %134, i32 0, i32 1
  %144 = load i64, ptr %143, align 8
  %145 = getelementptr inbounds nuw { i64, i64 }, ptr %140, i32 0, i32 0
  %146 = load i64, ptr %145, align 16
  %147 = getelementptr inbounds nuw { i64, i64 }, ptr %140, i32 0, i32 1
  %148 = load i64, ptr %147, align 8
  %149 = call { i64, i64 } @rat_mul(i64 %142, i64 %144, i64 %146, i64 %148) #4
  %150 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 0
  %151 = extractvalue { i64, i64 } %149, 0
  store i64 %151, ptr %150, align 8
  %152 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 1
  %153 = extractvalue { i64, i64 } %149, 1
  store i64 %153, ptr %152, align 8
  %154 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 0
  %155 = load i64, ptr %154, align 8
  %156 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 1
  %157 = load i64, ptr %156, align 8
  %158 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 0
  %159 = load i64, ptr %158, align 8
  %160 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 1
  %161 = load i64, ptr %160, align 8
  %162 = call { i64, i64 } @rat_add(i64 %155, i64 %157, i64 %159, i64 %161) #4
  %163 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 0
  %164 = extractvalue { i64, i64 } %162, 0
  store i64 %164, ptr %163, align 8
  %165 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 1
  %166 = extractvalue { i64, i64 } %162, 1
  store i64 %166, ptr %165, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %17, ptr align 8 %19, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %167

167:                                              ; preds = %128
  %168 = load i32, ptr %18, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %18, align 4, !tbaa !5
  br label %123, !llvm.loop !17

170:                                              ; preds = %127
  %171 = load i32, ptr %16, align 4, !tbaa !5
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [8 x %struct.rat], ptr %2, i64 0, i64 %172
  %174 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 0
  %175 = load i64, ptr %174, align 8
  %176 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 1
  %177 = load i64, ptr %176, align 8
  %178 = getelementptr inbounds nuw { i64, i64 }, ptr %173, i32 0, i32 0
  %179 = load i64, ptr %178, align 16
  %180 = getelementptr inbounds nuw { i64, i64 }, ptr %173, i32 0, i32 1
  %181 = load i64, ptr %180, align 8
  %182 = call zeroext i1 @rat_eq(i64 %175, i64 %177, i64 %179, i64 %181) #4
  br i1 %182, label %184, label %183

183:                                              ; preds = %170
  store i8 0, ptr %15, align 1, !tbaa !15
  br label %184

184:                                              ; preds = %183, %170
  %185 = load i64, ptr %6, align 8, !tbaa !9
  %186 = mul i64 %185, 31
  %187 = load i32, ptr %16, align 4, !tbaa !5
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %188
  %190 = load i32, ptr %9, align 4, !tbaa !5
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [16 x %struct.rat], ptr %189, i64 0, i64 %191
  %193 = getelementptr inbounds nuw %struct.rat, ptr %192, i32 0, i32 1
  %194 = load i64, ptr %193, align 8, !tbaa !18
  %195 = add i64 %186, %194
  store i64 %195, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %17) #5
  br label %196

196:                                              ; preds = %184
  %197 = load i32, ptr %16, align 4, !tbaa !5
  %198 = add nsw i32 %197, 1
  store i32 %198, ptr %16, align 4, !tbaa !5
  br label %112, !llvm.loop !20

199:                                              ; preds = %116
  %200 = load i8, ptr %15, align 1, !tbaa !15, !range !21, !noundef !22
  %201 = trunc i8 %200 to i1
  %202 = zext i1 %201 to i32
  %203 = load i32, ptr %5, align 4, !tbaa !5
  %204 = add nsw i32 %203, %202
  store i32 %204, ptr %5, align 4, !tbaa !5
  %205 = load i32, ptr %7, align 4, !tbaa !5
  %206 = icmp slt i32 %205, 3
  br i1 %206, label %207, label %224

207:                                              ; preds = %199
  %208 = load i32, ptr %7, align 4, !tbaa !5
  %209 = load i32, ptr %9, align 4, !tbaa !5
  %210 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %208, i32 noundef %209) #4
  %211 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %212 = load i64, ptr %211, align 8
  %213 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %214 = load i64, ptr %213, align 8
  call void @rat_print(i64 %212, i64 %214) #4
  %215 = call i32 (ptr, ...) @printf(ptr noundef @.str.1) #4
  %216 = load i32, ptr %9, align 4, !tbaa !5
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds [16 x %struct.rat], ptr @aug, i64 0, i64 %217
  %219 = getelementptr inbounds nuw { i64, i64 }, ptr %218, i32 0, i32 0
  %220 = load i64, ptr %219, align 16
  %221 = getelementptr inbounds nuw { i64, i64 }, ptr %218, i32 0, i32 1
  %222 = load i64, ptr %221, align 8
  call void @rat_print(i64 %220, i64 %222) #4
  %223 = call i32 (ptr, ...) @printf(ptr noundef @.str.2) #4
  br label %224

224:                                              ; preds = %207, %199
  call void @llvm.lifetime.end.p0(ptr %15) #5
  store i32 0, ptr %8, align 4
  br label %225

225:                                              ; preds = %224, %106
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %226 = load i32, ptr %8, align 4
  switch i32 %226, label %238 [
    i32 0, label %227
    i32 4, label %228
  ]

227:                                              ; preds = %225
  br label %228

228:                                              ; preds = %227, %225
  %229 = load i32, ptr %7, align 4, !tbaa !5
  %230 = add nsw i32 %229, 1
  store i32 %230, ptr %7, align 4, !tbaa !5
  br label %21, !llvm.loop !23

231:                                              ; preds = %24
  %232 = load i32, ptr %3, align 4, !tbaa !5
  %233 = load i32, ptr %4, align 4, !tbaa !5
  %234 = load i32, ptr %5, align 4, !tbaa !5
  %235 = load i64, ptr %6, align 8, !tbaa !9
  %236 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %232, i32 noundef %233, i32 noundef %234, i64 noundef %235) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %237 = load i32, ptr %1, align 4
  ret i32 %237

238:                                              ; preds = %225
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @hilbert_demo(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.rat, align 8
  %7 = alloca %struct.rat, align 8
  %8 = alloca %struct.rat, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %63, %1
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %66

18:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %59, %18
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %19
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %62

24:                                               ; preds = %19
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %26
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [16 x %struct.rat], ptr %27, i64 0, i64 %29
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %31 = load i32, ptr %3, align 4, !tbaa !5
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = add nsw i32 %31, %32
  %34 = add nsw i32 %33, 1
  %35 = sext i32 %34 to i64
  %36 = call { i64, i64 } @rat_make(i64 noundef 1, i64 noundef %35) #4
  %37 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  %38 = extractvalue { i64, i64 } %36, 0
  store i64 %38, ptr %37, align 8
  %39 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  %40 = extractvalue { i64, i64 } %36, 1
  store i64 %40, ptr %39, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 8 %6, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %41 = load i32, ptr %3, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %42
  %44 = load i32, ptr %2, align 4, !tbaa !5
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = add nsw i32 %44, %45
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [16 x %struct.rat], ptr %43, i64 0, i64 %47
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %49 = load i32, ptr %3, align 4, !tbaa !5
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = icmp eq i32 %49, %50
  %52 = zext i1 %51 to i32
  %53 = sext i32 %52 to i64
  %54 = call { i64, i64 } @rat_int(i64 noundef %53) #4
  %55 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  %56 = extractvalue { i64, i64 } %54, 0
  store i64 %56, ptr %55, align 8
  %57 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  %58 = extractvalue { i64, i64 } %54, 1
  store i64 %58, ptr %57, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %48, ptr align 8 %7, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %59

59:                                               ; preds = %24
  %60 = load i32, ptr %5, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %5, align 4, !tbaa !5
  br label %19, !llvm.loop !24

62:                                               ; preds = %23
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %3, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %3, align 4, !tbaa !5
  br label %13, !llvm.loop !25

66:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %67 = load i32, ptr %2, align 4, !tbaa !5
  %68 = load i32, ptr %2, align 4, !tbaa !5
  %69 = mul nsw i32 2, %68
  %70 = call { i64, i64 } @gauss_jordan(ptr noundef @aug, i32 noundef %67, i32 noundef %69) #4
  %71 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %72 = extractvalue { i64, i64 } %70, 0
  store i64 %72, ptr %71, align 8
  %73 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %74 = extractvalue { i64, i64 } %70, 1
  store i64 %74, ptr %73, align 8
  %75 = load i32, ptr %2, align 4, !tbaa !5
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %75) #4
  %77 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %78 = load i64, ptr %77, align 8
  %79 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %80 = load i64, ptr %79, align 8
  call void @rat_print(i64 %78, i64 %80) #4
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.5) #4
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %98, %66
  %83 = load i32, ptr %10, align 4, !tbaa !5
  %84 = load i32, ptr %2, align 4, !tbaa !5
  %85 = icmp slt i32 %83, %84
  br i1 %85, label %87, label %86

86:                                               ; preds = %82
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %101

87:                                               ; preds = %82
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.6) #4
  %89 = load i32, ptr %2, align 4, !tbaa !5
  %90 = load i32, ptr %10, align 4, !tbaa !5
  %91 = add nsw i32 %89, %90
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [16 x %struct.rat], ptr @aug, i64 0, i64 %92
  %94 = getelementptr inbounds nuw { i64, i64 }, ptr %93, i32 0, i32 0
  %95 = load i64, ptr %94, align 16
  %96 = getelementptr inbounds nuw { i64, i64 }, ptr %93, i32 0, i32 1
  %97 = load i64, ptr %96, align 8
  call void @rat_print(i64 %95, i64 %97) #4
  br label %98

98:                                               ; preds = %87
  %99 = load i32, ptr %10, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %10, align 4, !tbaa !5
  br label %82, !llvm.loop !26

101:                                              ; preds = %86
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %102

102:                                              ; preds = %130, %101
  %103 = load i32, ptr %11, align 4, !tbaa !5
  %104 = load i32, ptr %2, align 4, !tbaa !5
  %105 = icmp slt i32 %103, %104
  br i1 %105, label %107, label %106

106:                                              ; preds = %102
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %133

107:                                              ; preds = %102
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %108

108:                                              ; preds = %126, %107
  %109 = load i32, ptr %12, align 4, !tbaa !5
  %110 = load i32, ptr %2, align 4, !tbaa !5
  %111 = icmp slt i32 %109, %110
  br i1 %111, label %113, label %112

112:                                              ; preds = %108
  store i32 14, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %129

113:                                              ; preds = %108
  %114 = load i32, ptr %11, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [8 x [16 x %struct.rat]], ptr @aug, i64 0, i64 %115
  %117 = load i32, ptr %2, align 4, !tbaa !5
  %118 = load i32, ptr %12, align 4, !tbaa !5
  %119 = add nsw i32 %117, %118
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [16 x %struct.rat], ptr %116, i64 0, i64 %120
  %122 = getelementptr inbounds nuw %struct.rat, ptr %121, i32 0, i32 0
  %123 = load i64, ptr %122, align 16, !tbaa !27
  %124 = load i64, ptr %9, align 8, !tbaa !9
  %125 = add nsw i64 %124, %123
  store i64 %125, ptr %9, align 8, !tbaa !9
  br label %126

126:                                              ; preds = %113
  %127 = load i32, ptr %12, align 4, !tbaa !5
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %12, align 4, !tbaa !5
  br label %108, !llvm.loop !28

129:                                              ; preds = %112
  br label %130

130:                                              ; preds = %129
  %131 = load i32, ptr %11, align 4, !tbaa !5
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr %11, align 4, !tbaa !5
  br label %102, !llvm.loop !29

133:                                              ; preds = %106
  %134 = load i64, ptr %9, align 8, !tbaa !9
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %134) #4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_int(i64 noundef %0) #0 {
  %2 = alloca %struct.rat, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.rat, ptr %2, i32 0, i32 0
  %5 = load i64, ptr %3, align 8, !tbaa !9
  store i64 %5, ptr %4, align 8, !tbaa !27
  %6 = getelementptr inbounds nuw %struct.rat, ptr %2, i32 0, i32 1
  store i64 1, ptr %6, align 8, !tbaa !18
  %7 = load { i64, i64 }, ptr %2, align 8
  ret { i64, i64 } %7
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @small_int() #0 {
  %1 = load i32, ptr @lcg, align 4, !tbaa !5
  %2 = mul i32 %1, 1664525
  %3 = add i32 %2, 1013904223
  store i32 %3, ptr @lcg, align 4, !tbaa !5
  %4 = load i32, ptr @lcg, align 4, !tbaa !5
  %5 = lshr i32 %4, 24
  %6 = urem i32 %5, 19
  %7 = sub nsw i32 %6, 9
  ret i32 %7
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @gauss_jordan(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca %struct.rat, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.rat, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.rat, align 8
  %15 = alloca %struct.rat, align 8
  %16 = alloca %struct.rat, align 8
  %17 = alloca %struct.rat, align 8
  %18 = alloca i32, align 4
  %19 = alloca %struct.rat, align 8
  %20 = alloca i32, align 4
  %21 = alloca %struct.rat, align 8
  %22 = alloca i32, align 4
  %23 = alloca %struct.rat, align 8
  %24 = alloca %struct.rat, align 8
  store ptr %0, ptr %5, align 8, !tbaa !30
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %25 = call { i64, i64 } @rat_int(i64 noundef 1) #4
  %26 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %27 = extractvalue { i64, i64 } %25, 0
  store i64 %27, ptr %26, align 8
  %28 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %29 = extractvalue { i64, i64 } %25, 1
  store i64 %29, ptr %28, align 8
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %276, %3
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %35, label %34

34:                                               ; preds = %30
  store i32 2, ptr %10, align 4
  br label %279

35:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 -1, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %36 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %36, ptr %12, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %58, %35
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %42, label %41

41:                                               ; preds = %37
  store i32 5, ptr %10, align 4
  br label %61

42:                                               ; preds = %37
  %43 = load ptr, ptr %5, align 8, !tbaa !30
  %44 = load i32, ptr %12, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [16 x %struct.rat], ptr %43, i64 %45
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [16 x %struct.rat], ptr %46, i64 0, i64 %48
  %50 = getelementptr inbounds nuw { i64, i64 }, ptr %49, i32 0, i32 0
  %51 = load i64, ptr %50, align 8
  %52 = getelementptr inbounds nuw { i64, i64 }, ptr %49, i32 0, i32 1
  %53 = load i64, ptr %52, align 8
  %54 = call zeroext i1 @rat_is_zero(i64 %51, i64 %53) #4
  br i1 %54, label %57, label %55

55:                                               ; preds = %42
  %56 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %56, ptr %11, align 4, !tbaa !5
  store i32 5, ptr %10, align 4
  br label %61

57:                                               ; preds = %42
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %12, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %12, align 4, !tbaa !5
  br label %37, !llvm.loop !32

61:                                               ; preds = %55, %41
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %62

62:                                               ; preds = %61
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = icmp slt i32 %63, 0
  br i1 %64, label %65, label %71

65:                                               ; preds = %62
  %66 = call { i64, i64 } @rat_int(i64 noundef 0) #4
  %67 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  %68 = extractvalue { i64, i64 } %66, 0
  store i64 %68, ptr %67, align 8
  %69 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  %70 = extractvalue { i64, i64 } %66, 1
  store i64 %70, ptr %69, align 8
  store i32 1, ptr %10, align 4
  br label %273

71:                                               ; preds = %62
  %72 = load i32, ptr %11, align 4, !tbaa !5
  %73 = load i32, ptr %9, align 4, !tbaa !5
  %74 = icmp ne i32 %72, %73
  br i1 %74, label %75, label %123

75:                                               ; preds = %71
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %76

76:                                               ; preds = %110, %75
  %77 = load i32, ptr %13, align 4, !tbaa !5
  %78 = load i32, ptr %7, align 4, !tbaa !5
  %79 = icmp slt i32 %77, %78
  br i1 %79, label %81, label %80

80:                                               ; preds = %76
  store i32 8, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %113

81:                                               ; preds = %76
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %82 = load ptr, ptr %5, align 8, !tbaa !30
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [16 x %struct.rat], ptr %82, i64 %84
  %86 = load i32, ptr %13, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [16 x %struct.rat], ptr %85, i64 0, i64 %87
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %88, i64 16, i1 false), !tbaa.struct !11
  %89 = load ptr, ptr %5, align 8, !tbaa !30
  %90 = load i32, ptr %9, align 4, !tbaa !5
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [16 x %struct.rat], ptr %89, i64 %91
  %93 = load i32, ptr %13, align 4, !tbaa !5
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [16 x %struct.rat], ptr %92, i64 0, i64 %94
  %96 = load ptr, ptr %5, align 8, !tbaa !30
  %97 = load i32, ptr %11, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [16 x %struct.rat], ptr %96, i64 %98
  %100 = load i32, ptr %13, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [16 x %struct.rat], ptr %99, i64 0, i64 %101
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %95, ptr align 8 %102, i64 16, i1 false), !tbaa.struct !11
  %103 = load ptr, ptr %5, align 8, !tbaa !30
  %104 = load i32, ptr %11, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [16 x %struct.rat], ptr %103, i64 %105
  %107 = load i32, ptr %13, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [16 x %struct.rat], ptr %106, i64 0, i64 %108
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %109, ptr align 8 %14, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %110

110:                                              ; preds = %81
  %111 = load i32, ptr %13, align 4, !tbaa !5
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %13, align 4, !tbaa !5
  br label %76, !llvm.loop !33

113:                                              ; preds = %80
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %114 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %115 = load i64, ptr %114, align 8
  %116 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %117 = load i64, ptr %116, align 8
  %118 = call { i64, i64 } @rat_neg(i64 %115, i64 %117) #4
  %119 = getelementptr inbounds nuw { i64, i64 }, ptr %15, i32 0, i32 0
  %120 = extractvalue { i64, i64 } %118, 0
  store i64 %120, ptr %119, align 8
  %121 = getelementptr inbounds nuw { i64, i64 }, ptr %15, i32 0, i32 1
  %122 = extractvalue { i64, i64 } %118, 1
  store i64 %122, ptr %121, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %15, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %123

123:                                              ; preds = %113, %71
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %124 = load ptr, ptr %5, align 8, !tbaa !30
  %125 = load i32, ptr %9, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [16 x %struct.rat], ptr %124, i64 %126
  %128 = load i32, ptr %9, align 4, !tbaa !5
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [16 x %struct.rat], ptr %127, i64 0, i64 %129
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 8 %130, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %131 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %132 = load i64, ptr %131, align 8
  %133 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %134 = load i64, ptr %133, align 8
  %135 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 0
  %136 = load i64, ptr %135, align 8
  %137 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 1
  %138 = load i64, ptr %137, align 8
  %139 = call { i64, i64 } @rat_mul(i64 %132, i64 %134, i64 %136, i64 %138) #4
  %140 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 0
  %141 = extractvalue { i64, i64 } %139, 0
  store i64 %141, ptr %140, align 8
  %142 = getelementptr inbounds nuw { i64, i64 }, ptr %17, i32 0, i32 1
  %143 = extractvalue { i64, i64 } %139, 1
  store i64 %143, ptr %142, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 %17, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %144

144:                                              ; preds = %177, %123
  %145 = load i32, ptr %18, align 4, !tbaa !5
  %146 = load i32, ptr %7, align 4, !tbaa !5
  %147 = icmp slt i32 %145, %146
  br i1 %147, label %149, label %148

148:                                              ; preds = %144
  store i32 11, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %180

149:                                              ; preds = %144
  %150 = load ptr, ptr %5, align 8, !tbaa !30
  %151 = load i32, ptr %9, align 4, !tbaa !5
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [16 x %struct.rat], ptr %150, i64 %152
  %154 = load i32, ptr %18, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [16 x %struct.rat], ptr %153, i64 0, i64 %155
  call void @llvm.lifetime.start.p0(ptr %19) #5
  %157 = load ptr, ptr %5, align 8, !tbaa !30
  %158 = load i32, ptr %9, align 4, !tbaa !5
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [16 x %struct.rat], ptr %157, i64 %159
  %161 = load i32, ptr %18, align 4, !tbaa !5
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [16 x %struct.rat], ptr %160, i64 0, i64 %162
  %164 = getelementptr inbounds nuw { i64, i64 }, ptr %163, i32 0, i32 0
  %165 = load i64, ptr %164, align 8
  %166 = getelementptr inbounds nuw { i64, i64 }, ptr %163, i32 0, i32 1
  %167 = load i64, ptr %166, align 8
  %168 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 0
  %169 = load i64, ptr %168, align 8
  %170 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 1
  %171 = load i64, ptr %170, align 8
  %172 = call { i64, i64 } @rat_div(i64 %165, i64 %167, i64 %169, i64 %171) #4
  %173 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 0
  %174 = extractvalue { i64, i64 } %172, 0
  store i64 %174, ptr %173, align 8
  %175 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 1
  %176 = extractvalue { i64, i64 } %172, 1
  store i64 %176, ptr %175, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %156, ptr align 8 %19, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %177

177:                                              ; preds = %149
  %178 = load i32, ptr %18, align 4, !tbaa !5
  %179 = add nsw i32 %178, 1
  store i32 %179, ptr %18, align 4, !tbaa !5
  br label %144, !llvm.loop !34

180:                                              ; preds = %148
  call void @llvm.lifetime.start.p0(ptr %20) #5
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %181

181:                                              ; preds = %269, %180
  %182 = load i32, ptr %20, align 4, !tbaa !5
  %183 = load i32, ptr %6, align 4, !tbaa !5
  %184 = icmp slt i32 %182, %183
  br i1 %184, label %186, label %185

185:                                              ; preds = %181
  store i32 14, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #5
  br label %272

186:                                              ; preds = %181
  %187 = load i32, ptr %20, align 4, !tbaa !5
  %188 = load i32, ptr %9, align 4, !tbaa !5
  %189 = icmp eq i32 %187, %188
  br i1 %189, label %203, label %190

190:                                              ; preds = %186
  %191 = load ptr, ptr %5, align 8, !tbaa !30
  %192 = load i32, ptr %20, align 4, !tbaa !5
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [16 x %struct.rat], ptr %191, i64 %193
  %195 = load i32, ptr %9, align 4, !tbaa !5
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds [16 x %struct.rat], ptr %194, i64 0, i64 %196
  %198 = getelementptr inbounds nuw { i64, i64 }, ptr %197, i32 0, i32 0
  %199 = load i64, ptr %198, align 8
  %200 = getelementptr inbounds nuw { i64, i64 }, ptr %197, i32 0, i32 1
  %201 = load i64, ptr %200, align 8
  %202 = call zeroext i1 @rat_is_zero(i64 %199, i64 %201) #4
  br i1 %202, label %203, label %204

203:                                              ; preds = %190, %186
  br label %269

204:                                              ; preds = %190
  call void @llvm.lifetime.start.p0(ptr %21) #5
  %205 = load ptr, ptr %5, align 8, !tbaa !30
  %206 = load i32, ptr %20, align 4, !tbaa !5
  %207 = sext i32 %206 to i64
  %208 = getelementptr inbounds [16 x %struct.rat], ptr %205, i64 %207
  %209 = load i32, ptr %9, align 4, !tbaa !5
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [16 x %struct.rat], ptr %208, i64 0, i64 %210
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %21, ptr align 8 %211, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.start.p0(ptr %22) #5
  store i32 0, ptr %22, align 4, !tbaa !5
  br label %212

212:                                              ; preds = %265, %204
  %213 = load i32, ptr %22, align 4, !tbaa !5
  %214 = load i32, ptr %7, align 4, !tbaa !5
  %215 = icmp slt i32 %213, %214
  br i1 %215, label %217, label %216

216:                                              ; preds = %212
  store i32 17, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #5
  br label %268

217:                                              ; preds = %212
  %218 = load ptr, ptr %5, align 8, !tbaa !30
  %219 = load i32, ptr %20, align 4, !tbaa !5
  %220 = sext i32 %219 to i64
  %221 = getelementptr inbounds [16 x %struct.rat], ptr %218, i64 %220
  %222 = load i32, ptr %22, align 4, !tbaa !5
  %223 = sext i32 %222 to i64
  %224 = getelementptr inbounds [16 x %struct.rat], ptr %221, i64 0, i64 %223
  call void @llvm.lifetime.start.p0(ptr %23) #5
  %225 = load ptr, ptr %5, align 8, !tbaa !30
  %226 = load i32, ptr %20, align 4, !tbaa !5
  %227 = sext i32 %226 to i64
  %228 = getelementptr inbounds [16 x %struct.rat], ptr %225, i64 %227
  %229 = load i32, ptr %22, align 4, !tbaa !5
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds [16 x %struct.rat], ptr %228, i64 0, i64 %230
  %232 = load ptr, ptr %5, align 8, !tbaa !30
  %233 = load i32, ptr %9, align 4, !tbaa !5
  %234 = sext i32 %233 to i64
  %235 = getelementptr inbounds [16 x %struct.rat], ptr %232, i64 %234
  %236 = load i32, ptr %22, align 4, !tbaa !5
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds [16 x %struct.rat], ptr %235, i64 0, i64 %237
  %239 = getelementptr inbounds nuw { i64, i64 }, ptr %21, i32 0, i32 0
  %240 = load i64, ptr %239, align 8
  %241 = getelementptr inbounds nuw { i64, i64 }, ptr %21, i32 0, i32 1
  %242 = load i64, ptr %241, align 8
  %243 = getelementptr inbounds nuw { i64, i64 }, ptr %238, i32 0, i32 0
  %244 = load i64, ptr %243, align 8
  %245 = getelementptr inbounds nuw { i64, i64 }, ptr %238, i32 0, i32 1
  %246 = load i64, ptr %245, align 8
  %247 = call { i64, i64 } @rat_mul(i64 %240, i64 %242, i64 %244, i64 %246) #4
  %248 = getelementptr inbounds nuw { i64, i64 }, ptr %24, i32 0, i32 0
  %249 = extractvalue { i64, i64 } %247, 0
  store i64 %249, ptr %248, align 8
  %250 = getelementptr inbounds nuw { i64, i64 }, ptr %24, i32 0, i32 1
  %251 = extractvalue { i64, i64 } %247, 1
  store i64 %251, ptr %250, align 8
  %252 = getelementptr inbounds nuw { i64, i64 }, ptr %231, i32 0, i32 0
  %253 = load i64, ptr %252, align 8
  %254 = getelementptr inbounds nuw { i64, i64 }, ptr %231, i32 0, i32 1
  %255 = load i64, ptr %254, align 8
  %256 = getelementptr inbounds nuw { i64, i64 }, ptr %24, i32 0, i32 0
  %257 = load i64, ptr %256, align 8
  %258 = getelementptr inbounds nuw { i64, i64 }, ptr %24, i32 0, i32 1
  %259 = load i64, ptr %258, align 8
  %260 = call { i64, i64 } @rat_sub(i64 %253, i64 %255, i64 %257, i64 %259) #4
  %261 = getelementptr inbounds nuw { i64, i64 }, ptr %23, i32 0, i32 0
  %262 = extractvalue { i64, i64 } %260, 0
  store i64 %262, ptr %261, align 8
  %263 = getelementptr inbounds nuw { i64, i64 }, ptr %23, i32 0, i32 1
  %264 = extractvalue { i64, i64 } %260, 1
  store i64 %264, ptr %263, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %224, ptr align 8 %23, i64 16, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %23) #5
  br label %265

265:                                              ; preds = %217
  %266 = load i32, ptr %22, align 4, !tbaa !5
  %267 = add nsw i32 %266, 1
  store i32 %267, ptr %22, align 4, !tbaa !5
  br label %212, !llvm.loop !35

268:                                              ; preds = %216
  call void @llvm.lifetime.end.p0(ptr %21) #5
  br label %269

269:                                              ; preds = %268, %203
  %270 = load i32, ptr %20, align 4, !tbaa !5
  %271 = add nsw i32 %270, 1
  store i32 %271, ptr %20, align 4, !tbaa !5
  br label %181, !llvm.loop !36

272:                                              ; preds = %185
  call void @llvm.lifetime.end.p0(ptr %16) #5
  store i32 0, ptr %10, align 4
  br label %273

273:                                              ; preds = %272, %65
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %274 = load i32, ptr %10, align 4
  switch i32 %274, label %279 [
    i32 0, label %275
  ]

275:                                              ; preds = %273
  br label %276

276:                                              ; preds = %275
  %277 = load i32, ptr %9, align 4, !tbaa !5
  %278 = add nsw i32 %277, 1
  store i32 %278, ptr %9, align 4, !tbaa !5
  br label %30, !llvm.loop !37

279:                                              ; preds = %273, %34
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %280 = load i32, ptr %10, align 4
  switch i32 %280, label %282 [
    i32 2, label %281
  ]

281:                                              ; preds = %279
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %8, i64 16, i1 false), !tbaa.struct !11
  store i32 1, ptr %10, align 4
  br label %282

282:                                              ; preds = %281, %279
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %283 = load { i64, i64 }, ptr %4, align 8
  ret { i64, i64 } %283
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @rat_is_zero(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.rat, align 8
  %4 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %4, align 8
  %5 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 0
  %7 = load i64, ptr %6, align 8, !tbaa !27
  %8 = icmp eq i64 %7, 0
  ret i1 %8
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_add(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.rat, align 8
  %6 = alloca %struct.rat, align 8
  %7 = alloca %struct.rat, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %12, align 8
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %13, align 8
  %14 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %14, align 8
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %15 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !18
  %17 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 1
  %18 = load i64, ptr %17, align 8, !tbaa !18
  %19 = call i64 @gcd64(i64 noundef %16, i64 noundef %18) #4
  store i64 %19, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %20 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 1
  %21 = load i64, ptr %20, align 8, !tbaa !18
  %22 = load i64, ptr %8, align 8, !tbaa !9
  %23 = sdiv i64 %21, %22
  store i64 %23, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %24 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 1
  %25 = load i64, ptr %24, align 8, !tbaa !18
  %26 = load i64, ptr %8, align 8, !tbaa !9
  %27 = sdiv i64 %25, %26
  store i64 %27, ptr %10, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 0
  %29 = load i64, ptr %28, align 8, !tbaa !27
  %30 = load i64, ptr %10, align 8, !tbaa !9
  %31 = mul nsw i64 %29, %30
  %32 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 0
  %33 = load i64, ptr %32, align 8, !tbaa !27
  %34 = load i64, ptr %9, align 8, !tbaa !9
  %35 = mul nsw i64 %33, %34
  %36 = add nsw i64 %31, %35
  %37 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 1
  %38 = load i64, ptr %37, align 8, !tbaa !18
  %39 = load i64, ptr %10, align 8, !tbaa !9
  %40 = mul nsw i64 %38, %39
  %41 = call { i64, i64 } @rat_make(i64 noundef %36, i64 noundef %40) #4
  %42 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %43 = extractvalue { i64, i64 } %41, 0
  store i64 %43, ptr %42, align 8
  %44 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %45 = extractvalue { i64, i64 } %41, 1
  store i64 %45, ptr %44, align 8
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %46 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %46
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_mul(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.rat, align 8
  %6 = alloca %struct.rat, align 8
  %7 = alloca %struct.rat, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %12, align 8
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %13, align 8
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %14 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 0
  %15 = load i64, ptr %14, align 8, !tbaa !27
  %16 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 1
  %17 = load i64, ptr %16, align 8, !tbaa !18
  %18 = call i64 @gcd64(i64 noundef %15, i64 noundef %17) #4
  store i64 %18, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %19 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 0
  %20 = load i64, ptr %19, align 8, !tbaa !27
  %21 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 1
  %22 = load i64, ptr %21, align 8, !tbaa !18
  %23 = call i64 @gcd64(i64 noundef %20, i64 noundef %22) #4
  store i64 %23, ptr %9, align 8, !tbaa !9
  %24 = load i64, ptr %8, align 8, !tbaa !9
  %25 = icmp eq i64 %24, 0
  br i1 %25, label %26, label %27

26:                                               ; preds = %4
  store i64 1, ptr %8, align 8, !tbaa !9
  br label %27

27:                                               ; preds = %26, %4
  %28 = load i64, ptr %9, align 8, !tbaa !9
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %27
  store i64 1, ptr %9, align 8, !tbaa !9
  br label %31

31:                                               ; preds = %30, %27
  %32 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 0
  %33 = load i64, ptr %32, align 8, !tbaa !27
  %34 = load i64, ptr %8, align 8, !tbaa !9
  %35 = sdiv i64 %33, %34
  %36 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 0
  %37 = load i64, ptr %36, align 8, !tbaa !27
  %38 = load i64, ptr %9, align 8, !tbaa !9
  %39 = sdiv i64 %37, %38
  %40 = mul nsw i64 %35, %39
  %41 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 1
  %42 = load i64, ptr %41, align 8, !tbaa !18
  %43 = load i64, ptr %9, align 8, !tbaa !9
  %44 = sdiv i64 %42, %43
  %45 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 1
  %46 = load i64, ptr %45, align 8, !tbaa !18
  %47 = load i64, ptr %8, align 8, !tbaa !9
  %48 = sdiv i64 %46, %47
  %49 = mul nsw i64 %44, %48
  %50 = call { i64, i64 } @rat_make(i64 noundef %40, i64 noundef %49) #4
  %51 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %52 = extractvalue { i64, i64 } %50, 0
  store i64 %52, ptr %51, align 8
  %53 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %54 = extractvalue { i64, i64 } %50, 1
  store i64 %54, ptr %53, align 8
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %55 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %55
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @rat_eq(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.rat, align 8
  %6 = alloca %struct.rat, align 8
  %7 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %1, ptr %8, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %2, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %3, ptr %10, align 8
  %11 = getelementptr inbounds nuw %struct.rat, ptr %5, i32 0, i32 0
  %12 = load i64, ptr %11, align 8, !tbaa !27
  %13 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 0
  %14 = load i64, ptr %13, align 8, !tbaa !27
  %15 = icmp eq i64 %12, %14
  br i1 %15, label %16, label %22

16:                                               ; preds = %4
  %17 = getelementptr inbounds nuw %struct.rat, ptr %5, i32 0, i32 1
  %18 = load i64, ptr %17, align 8, !tbaa !18
  %19 = getelementptr inbounds nuw %struct.rat, ptr %6, i32 0, i32 1
  %20 = load i64, ptr %19, align 8, !tbaa !18
  %21 = icmp eq i64 %18, %20
  br label %22

22:                                               ; preds = %16, %4
  %23 = phi i1 [ false, %4 ], [ %21, %16 ]
  ret i1 %23
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @rat_print(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.rat, align 8
  %4 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 0
  store i64 %0, ptr %4, align 8
  %5 = getelementptr inbounds nuw { i64, i64 }, ptr %3, i32 0, i32 1
  store i64 %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 1
  %7 = load i64, ptr %6, align 8, !tbaa !18
  %8 = icmp eq i64 %7, 1
  br i1 %8, label %9, label %13

9:                                                ; preds = %2
  %10 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 0
  %11 = load i64, ptr %10, align 8, !tbaa !27
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %11) #4
  br label %19

13:                                               ; preds = %2
  %14 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 0
  %15 = load i64, ptr %14, align 8, !tbaa !27
  %16 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 1
  %17 = load i64, ptr %16, align 8, !tbaa !18
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %15, i64 noundef %17) #4
  br label %19

19:                                               ; preds = %13, %9
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_make(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca %struct.rat, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !9
  %7 = load i64, ptr %5, align 8, !tbaa !9
  %8 = icmp slt i64 %7, 0
  br i1 %8, label %9, label %14

9:                                                ; preds = %2
  %10 = load i64, ptr %4, align 8, !tbaa !9
  %11 = sub nsw i64 0, %10
  store i64 %11, ptr %4, align 8, !tbaa !9
  %12 = load i64, ptr %5, align 8, !tbaa !9
  %13 = sub nsw i64 0, %12
  store i64 %13, ptr %5, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %9, %2
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %15 = load i64, ptr %4, align 8, !tbaa !9
  %16 = load i64, ptr %5, align 8, !tbaa !9
  %17 = call i64 @gcd64(i64 noundef %15, i64 noundef %16) #4
  store i64 %17, ptr %6, align 8, !tbaa !9
  %18 = load i64, ptr %6, align 8, !tbaa !9
  %19 = icmp sgt i64 %18, 1
  br i1 %19, label %20, label %27

20:                                               ; preds = %14
  %21 = load i64, ptr %6, align 8, !tbaa !9
  %22 = load i64, ptr %4, align 8, !tbaa !9
  %23 = sdiv i64 %22, %21
  store i64 %23, ptr %4, align 8, !tbaa !9
  %24 = load i64, ptr %6, align 8, !tbaa !9
  %25 = load i64, ptr %5, align 8, !tbaa !9
  %26 = sdiv i64 %25, %24
  store i64 %26, ptr %5, align 8, !tbaa !9
  br label %27

27:                                               ; preds = %20, %14
  %28 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 0
  %29 = load i64, ptr %4, align 8, !tbaa !9
  store i64 %29, ptr %28, align 8, !tbaa !27
  %30 = getelementptr inbounds nuw %struct.rat, ptr %3, i32 0, i32 1
  %31 = load i64, ptr %5, align 8, !tbaa !9
  store i64 %31, ptr %30, align 8, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %32 = load { i64, i64 }, ptr %3, align 8
  ret { i64, i64 } %32
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @gcd64(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !9
  %6 = load i64, ptr %3, align 8, !tbaa !9
  %7 = icmp slt i64 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i64, ptr %3, align 8, !tbaa !9
  %10 = sub nsw i64 0, %9
  store i64 %10, ptr %3, align 8, !tbaa !9
  br label %11

11:                                               ; preds = %8, %2
  %12 = load i64, ptr %4, align 8, !tbaa !9
  %13 = icmp slt i64 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %11
  %15 = load i64, ptr %4, align 8, !tbaa !9
  %16 = sub nsw i64 0, %15
  store i64 %16, ptr %4, align 8, !tbaa !9
  br label %17

17:                                               ; preds = %14, %11
  br label %18

18:                                               ; preds = %21, %17
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = icmp ne i64 %19, 0
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %22 = load i64, ptr %3, align 8, !tbaa !9
  %23 = load i64, ptr %4, align 8, !tbaa !9
  %24 = srem i64 %22, %23
  store i64 %24, ptr %5, align 8, !tbaa !9
  %25 = load i64, ptr %4, align 8, !tbaa !9
  store i64 %25, ptr %3, align 8, !tbaa !9
  %26 = load i64, ptr %5, align 8, !tbaa !9
  store i64 %26, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %18, !llvm.loop !38

27:                                               ; preds = %18
  %28 = load i64, ptr %3, align 8, !tbaa !9
  ret i64 %28
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_neg(i64 %0, i64 %1) #0 {
  %3 = alloca %struct.rat, align 8
  %4 = alloca %struct.rat, align 8
  %5 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0
  store i64 %0, ptr %5, align 8
  %6 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1
  store i64 %1, ptr %6, align 8
  %7 = getelementptr inbounds nuw %struct.rat, ptr %4, i32 0, i32 0
  %8 = load i64, ptr %7, align 8, !tbaa !27
  %9 = sub nsw i64 0, %8
  %10 = getelementptr inbounds nuw %struct.rat, ptr %4, i32 0, i32 0
  store i64 %9, ptr %10, align 8, !tbaa !27
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 16, i1 false), !tbaa.struct !11
  %11 = load { i64, i64 }, ptr %3, align 8
  ret { i64, i64 } %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_div(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.rat, align 8
  %6 = alloca %struct.rat, align 8
  %7 = alloca %struct.rat, align 8
  %8 = alloca %struct.rat, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %12, align 8
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %13 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 1
  %14 = load i64, ptr %13, align 8, !tbaa !18
  %15 = getelementptr inbounds nuw %struct.rat, ptr %7, i32 0, i32 0
  %16 = load i64, ptr %15, align 8, !tbaa !27
  %17 = call { i64, i64 } @rat_make(i64 noundef %14, i64 noundef %16) #4
  %18 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %19 = extractvalue { i64, i64 } %17, 0
  store i64 %19, ptr %18, align 8
  %20 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %21 = extractvalue { i64, i64 } %17, 1
  store i64 %21, ptr %20, align 8
  %22 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  %23 = load i64, ptr %22, align 8
  %24 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  %25 = load i64, ptr %24, align 8
  %26 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %27 = load i64, ptr %26, align 8
  %28 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %29 = load i64, ptr %28, align 8
  %30 = call { i64, i64 } @rat_mul(i64 %23, i64 %25, i64 %27, i64 %29) #4
  %31 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %32 = extractvalue { i64, i64 } %30, 0
  store i64 %32, ptr %31, align 8
  %33 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %34 = extractvalue { i64, i64 } %30, 1
  store i64 %34, ptr %33, align 8
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %35 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %35
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i64 } @rat_sub(i64 %0, i64 %1, i64 %2, i64 %3) #0 {
  %5 = alloca %struct.rat, align 8
  %6 = alloca %struct.rat, align 8
  %7 = alloca %struct.rat, align 8
  %8 = alloca %struct.rat, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %11, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %12, align 8
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  %14 = load i64, ptr %13, align 8
  %15 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = call { i64, i64 } @rat_neg(i64 %14, i64 %16) #4
  %18 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %19 = extractvalue { i64, i64 } %17, 0
  store i64 %19, ptr %18, align 8
  %20 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %21 = extractvalue { i64, i64 } %17, 1
  store i64 %21, ptr %20, align 8
  %22 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  %23 = load i64, ptr %22, align 8
  %24 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  %25 = load i64, ptr %24, align 8
  %26 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %27 = load i64, ptr %26, align 8
  %28 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %29 = load i64, ptr %28, align 8
  %30 = call { i64, i64 } @rat_add(i64 %23, i64 %25, i64 %27, i64 %29) #4
  %31 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  %32 = extractvalue { i64, i64 } %30, 0
  store i64 %32, ptr %31, align 8
  %33 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  %34 = extractvalue { i64, i64 } %30, 1
  store i64 %34, ptr %33, align 8
  %35 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %35
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize }
attributes #5 = { nounwind }

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
!11 = !{i64 0, i64 8, !9, i64 8, i64 8, !9}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
!15 = !{!16, !16, i64 0}
!16 = !{!"_Bool", !7, i64 0}
!17 = distinct !{!17, !13}
!18 = !{!19, !10, i64 8}
!19 = !{!"", !10, i64 0, !10, i64 8}
!20 = distinct !{!20, !13}
!21 = !{i8 0, i8 2}
!22 = !{}
!23 = distinct !{!23, !13}
!24 = distinct !{!24, !13}
!25 = distinct !{!25, !13}
!26 = distinct !{!26, !13}
!27 = !{!19, !10, i64 0}
!28 = distinct !{!28, !13}
!29 = distinct !{!29, !13}
!30 = !{!31, !31, i64 0}
!31 = !{!"any pointer", !7, i64 0}
!32 = distinct !{!32, !13}
!33 = distinct !{!33, !13}
!34 = distinct !{!34, !13}
!35 = distinct !{!35, !13}
!36 = distinct !{!36, !13}
!37 = distinct !{!37, !13}
!38 = distinct !{!38, !13}
