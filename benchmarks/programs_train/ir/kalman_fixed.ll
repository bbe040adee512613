; ModuleID = 'kalman_fixed.c'
source_filename = "kalman_fixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.kalman2 = type { i32, i32, i32, i32, i32, i32, i32, i32, i32, i32 }

@.str = private unnamed_addr constant [9 x i8] c"true_pos\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"true_vel\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"kf_pos\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"kf_vel\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"rms_meas\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"rms_kf\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"rms_ma\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"p00\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"p11\00", align 1
@.str.11 = private unnamed_addr constant [37 x i8] c"within_half_unit=%d/%llu trace=%08x\0A\00", align 1
@rng = internal global i32 -1640531527, align 4
@.str.12 = private unnamed_addr constant [17 x i8] c"%s=%s%lld.%04lld\00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.14 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.kalman2, align 4
  %6 = alloca [8 x i32], align 16
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 6553, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 327680, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 65536, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @kf_init(ptr noundef %5, i32 noundef 0, i32 noundef 6553) #7
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %112, %0
  %22 = load i32, ptr %13, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 1500
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %115

25:                                               ; preds = %21
  %26 = load i32, ptr %13, align 4, !tbaa !5
  %27 = call i32 @true_accel(i32 noundef %26) #7
  %28 = call i32 @fx_mul(i32 noundef %27, i32 noundef 6553) #7
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = add nsw i32 %29, %28
  store i32 %30, ptr %4, align 4, !tbaa !5
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = call i32 @fx_mul(i32 noundef %31, i32 noundef 6553) #7
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = add nsw i32 %33, %32
  store i32 %34, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %35 = load i32, ptr %3, align 4, !tbaa !5
  %36 = call i32 @noise_fx(i32 noundef 196608) #7
  %37 = add nsw i32 %35, %36
  store i32 %37, ptr %14, align 4, !tbaa !5
  call void @kf_predict(ptr noundef %5) #7
  %38 = load i32, ptr %14, align 4, !tbaa !5
  call void @kf_update(ptr noundef %5, i32 noundef %38) #7
  %39 = load i32, ptr %14, align 4, !tbaa !5
  %40 = load i32, ptr %13, align 4, !tbaa !5
  %41 = srem i32 %40, 8
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [8 x i32], ptr %6, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = sub nsw i32 %39, %44
  %46 = sext i32 %45 to i64
  %47 = load i64, ptr %7, align 8, !tbaa !9
  %48 = add nsw i64 %47, %46
  store i64 %48, ptr %7, align 8, !tbaa !9
  %49 = load i32, ptr %14, align 4, !tbaa !5
  %50 = load i32, ptr %13, align 4, !tbaa !5
  %51 = srem i32 %50, 8
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [8 x i32], ptr %6, i64 0, i64 %52
  store i32 %49, ptr %53, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %54 = load i32, ptr %13, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  %56 = icmp slt i32 %55, 8
  br i1 %56, label %57, label %60

57:                                               ; preds = %25
  %58 = load i32, ptr %13, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  br label %61

60:                                               ; preds = %25
  br label %61

61:                                               ; preds = %60, %57
  %62 = phi i32 [ %59, %57 ], [ 8, %60 ]
  store i32 %62, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %63 = load i64, ptr %7, align 8, !tbaa !9
  %64 = load i32, ptr %15, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = sdiv i64 %63, %65
  %67 = trunc i64 %66 to i32
  store i32 %67, ptr %16, align 4, !tbaa !5
  %68 = load i32, ptr %13, align 4, !tbaa !5
  %69 = icmp sge i32 %68, 50
  br i1 %69, label %70, label %106

70:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %71 = load i32, ptr %14, align 4, !tbaa !5
  %72 = load i32, ptr %3, align 4, !tbaa !5
  %73 = sub nsw i32 %71, %72
  %74 = sext i32 %73 to i64
  store i64 %74, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %75 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 0
  %76 = load i32, ptr %75, align 4, !tbaa !11
  %77 = load i32, ptr %3, align 4, !tbaa !5
  %78 = sub nsw i32 %76, %77
  %79 = sext i32 %78 to i64
  store i64 %79, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %80 = load i32, ptr %16, align 4, !tbaa !5
  %81 = load i32, ptr %3, align 4, !tbaa !5
  %82 = sub nsw i32 %80, %81
  %83 = sext i32 %82 to i64
  store i64 %83, ptr %19, align 8, !tbaa !9
  %84 = load i64, ptr %17, align 8, !tbaa !9
  %85 = load i64, ptr %17, align 8, !tbaa !9
  %86 = mul nsw i64 %84, %85
  %87 = load i64, ptr %8, align 8, !tbaa !9
  %88 = add i64 %87, %86
  store i64 %88, ptr %8, align 8, !tbaa !9
  %89 = load i64, ptr %18, align 8, !tbaa !9
  %90 = load i64, ptr %18, align 8, !tbaa !9
  %91 = mul nsw i64 %89, %90
  %92 = load i64, ptr %9, align 8, !tbaa !9
  %93 = add i64 %92, %91
  store i64 %93, ptr %9, align 8, !tbaa !9
  %94 = load i64, ptr %19, align 8, !tbaa !9
  %95 = load i64, ptr %19, align 8, !tbaa !9
  %96 = mul nsw i64 %94, %95
  %97 = load i64, ptr %10, align 8, !tbaa !9
  %98 = add i64 %97, %96
  store i64 %98, ptr %10, align 8, !tbaa !9
  %99 = load i64, ptr %18, align 8, !tbaa !9
  %100 = call i64 @llvm.abs.i64(i64 %99, i1 true)
  %101 = icmp slt i64 %100, 32768
  br i1 %101, label %102, label %105

102:                                              ; preds = %70
  %103 = load i32, ptr %12, align 4, !tbaa !5
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %12, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %102, %70
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %106

106:                                              ; preds = %105, %61
  %107 = load i32, ptr %11, align 4, !tbaa !5
  %108 = mul i32 %107, 33
  %109 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 0
  %110 = load i32, ptr %109, align 4, !tbaa !11
  %111 = xor i32 %108, %110
  store i32 %111, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %112

112:                                              ; preds = %106
  %113 = load i32, ptr %13, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %13, align 4, !tbaa !5
  br label %21, !llvm.loop !13

115:                                              ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %20) #6
  store i64 1450, ptr %20, align 8, !tbaa !9
  %116 = load i32, ptr %3, align 4, !tbaa !5
  call void @print_fx(ptr noundef @.str, i32 noundef %116) #7
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.1) #7
  %118 = load i32, ptr %4, align 4, !tbaa !5
  call void @print_fx(ptr noundef @.str.2, i32 noundef %118) #7
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #7
  %120 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 0
  %121 = load i32, ptr %120, align 4, !tbaa !11
  call void @print_fx(ptr noundef @.str.4, i32 noundef %121) #7
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.1) #7
  %123 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 1
  %124 = load i32, ptr %123, align 4, !tbaa !15
  call void @print_fx(ptr noundef @.str.5, i32 noundef %124) #7
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #7
  %126 = load i64, ptr %8, align 8, !tbaa !9
  %127 = udiv i64 %126, 1450
  %128 = call i64 @isqrt64(i64 noundef %127) #7
  %129 = trunc i64 %128 to i32
  call void @print_fx(ptr noundef @.str.6, i32 noundef %129) #7
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.1) #7
  %131 = load i64, ptr %9, align 8, !tbaa !9
  %132 = udiv i64 %131, 1450
  %133 = call i64 @isqrt64(i64 noundef %132) #7
  %134 = trunc i64 %133 to i32
  call void @print_fx(ptr noundef @.str.7, i32 noundef %134) #7
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.1) #7
  %136 = load i64, ptr %10, align 8, !tbaa !9
  %137 = udiv i64 %136, 1450
  %138 = call i64 @isqrt64(i64 noundef %137) #7
  %139 = trunc i64 %138 to i32
  call void @print_fx(ptr noundef @.str.8, i32 noundef %139) #7
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #7
  %141 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 2
  %142 = load i32, ptr %141, align 4, !tbaa !16
  call void @print_fx(ptr noundef @.str.9, i32 noundef %142) #7
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str.1) #7
  %144 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 5
  %145 = load i32, ptr %144, align 4, !tbaa !17
  call void @print_fx(ptr noundef @.str.10, i32 noundef %145) #7
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #7
  %147 = load i32, ptr %12, align 4, !tbaa !5
  %148 = load i32, ptr %11, align 4, !tbaa !5
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %147, i64 noundef 1450, i32 noundef %148) #7
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @kf_init(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !18
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = load ptr, ptr %4, align 8, !tbaa !18
  %9 = getelementptr inbounds nuw %struct.kalman2, ptr %8, i32 0, i32 0
  store i32 %7, ptr %9, align 4, !tbaa !11
  %10 = load ptr, ptr %4, align 8, !tbaa !18
  %11 = getelementptr inbounds nuw %struct.kalman2, ptr %10, i32 0, i32 1
  store i32 0, ptr %11, align 4, !tbaa !15
  %12 = load ptr, ptr %4, align 8, !tbaa !18
  %13 = getelementptr inbounds nuw %struct.kalman2, ptr %12, i32 0, i32 2
  store i32 655360, ptr %13, align 4, !tbaa !16
  %14 = load ptr, ptr %4, align 8, !tbaa !18
  %15 = getelementptr inbounds nuw %struct.kalman2, ptr %14, i32 0, i32 4
  store i32 0, ptr %15, align 4, !tbaa !20
  %16 = load ptr, ptr %4, align 8, !tbaa !18
  %17 = getelementptr inbounds nuw %struct.kalman2, ptr %16, i32 0, i32 3
  store i32 0, ptr %17, align 4, !tbaa !21
  %18 = load ptr, ptr %4, align 8, !tbaa !18
  %19 = getelementptr inbounds nuw %struct.kalman2, ptr %18, i32 0, i32 5
  store i32 655360, ptr %19, align 4, !tbaa !17
  %20 = load ptr, ptr %4, align 8, !tbaa !18
  %21 = getelementptr inbounds nuw %struct.kalman2, ptr %20, i32 0, i32 6
  store i32 327, ptr %21, align 4, !tbaa !22
  %22 = load ptr, ptr %4, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw %struct.kalman2, ptr %22, i32 0, i32 7
  store i32 3276, ptr %23, align 4, !tbaa !23
  %24 = load ptr, ptr %4, align 8, !tbaa !18
  %25 = getelementptr inbounds nuw %struct.kalman2, ptr %24, i32 0, i32 8
  store i32 262144, ptr %25, align 4, !tbaa !24
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = load ptr, ptr %4, align 8, !tbaa !18
  %28 = getelementptr inbounds nuw %struct.kalman2, ptr %27, i32 0, i32 9
  store i32 %26, ptr %28, align 4, !tbaa !25
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @fx_mul(i32 noundef %0, i32 noundef %1) #3 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = mul nsw i64 %9, %11
  store i64 %12, ptr %6, align 8, !tbaa !9
  %13 = load i64, ptr %6, align 8, !tbaa !9
  %14 = icmp sge i64 %13, 0
  br i1 %14, label %15, label %20

15:                                               ; preds = %2
  %16 = load i64, ptr %6, align 8, !tbaa !9
  %17 = add nsw i64 %16, 32768
  %18 = sdiv i64 %17, 65536
  %19 = trunc i64 %18 to i32
  store i32 %19, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %27

20:                                               ; preds = %2
  %21 = load i64, ptr %6, align 8, !tbaa !9
  %22 = sub nsw i64 0, %21
  %23 = add nsw i64 %22, 32768
  %24 = sdiv i64 %23, 65536
  %25 = sub nsw i64 0, %24
  %26 = trunc i64 %25 to i32
  store i32 %26, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %27

27:                                               ; preds = %20, %15
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %28 = load i32, ptr %3, align 4
  ret i32 %28
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @true_accel(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = sdiv i32 %4, 250
  %6 = srem i32 %5, 4
  switch i32 %6, label %10 [
    i32 0, label %7
    i32 1, label %8
    i32 2, label %9
  ]

7:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %11

8:                                                ; preds = %1
  store i32 16384, ptr %2, align 4
  br label %11

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %11

10:                                               ; preds = %1
  store i32 -16384, ptr %2, align 4
  br label %11

11:                                               ; preds = %10, %9, %8, %7
  %12 = load i32, ptr %2, align 4
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @noise_fx(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %4 = load i32, ptr @rng, align 4, !tbaa !5
  %5 = shl i32 %4, 13
  %6 = load i32, ptr @rng, align 4, !tbaa !5
  %7 = xor i32 %6, %5
  store i32 %7, ptr @rng, align 4, !tbaa !5
  %8 = load i32, ptr @rng, align 4, !tbaa !5
  %9 = lshr i32 %8, 17
  %10 = load i32, ptr @rng, align 4, !tbaa !5
  %11 = xor i32 %10, %9
  store i32 %11, ptr @rng, align 4, !tbaa !5
  %12 = load i32, ptr @rng, align 4, !tbaa !5
  %13 = shl i32 %12, 5
  %14 = load i32, ptr @rng, align 4, !tbaa !5
  %15 = xor i32 %14, %13
  store i32 %15, ptr @rng, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %16 = load i32, ptr @rng, align 4, !tbaa !5
  %17 = lshr i32 %16, 16
  %18 = sub nsw i32 %17, 32768
  store i32 %18, ptr %3, align 4, !tbaa !5
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = mul nsw i64 %20, %22
  %24 = sdiv i64 %23, 32768
  %25 = trunc i64 %24 to i32
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %25
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @kf_predict(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %5 = load ptr, ptr %2, align 8, !tbaa !18
  %6 = getelementptr inbounds nuw %struct.kalman2, ptr %5, i32 0, i32 9
  %7 = load i32, ptr %6, align 4, !tbaa !25
  store i32 %7, ptr %3, align 4, !tbaa !5
  %8 = load ptr, ptr %2, align 8, !tbaa !18
  %9 = getelementptr inbounds nuw %struct.kalman2, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4, !tbaa !15
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = call i32 @fx_mul(i32 noundef %10, i32 noundef %11) #7
  %13 = load ptr, ptr %2, align 8, !tbaa !18
  %14 = getelementptr inbounds nuw %struct.kalman2, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 4, !tbaa !11
  %16 = add nsw i32 %15, %12
  store i32 %16, ptr %14, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = load ptr, ptr %2, align 8, !tbaa !18
  %19 = getelementptr inbounds nuw %struct.kalman2, ptr %18, i32 0, i32 5
  %20 = load i32, ptr %19, align 4, !tbaa !17
  %21 = call i32 @fx_mul(i32 noundef %17, i32 noundef %20) #7
  store i32 %21, ptr %4, align 4, !tbaa !5
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = load ptr, ptr %2, align 8, !tbaa !18
  %24 = getelementptr inbounds nuw %struct.kalman2, ptr %23, i32 0, i32 4
  %25 = load i32, ptr %24, align 4, !tbaa !20
  %26 = load ptr, ptr %2, align 8, !tbaa !18
  %27 = getelementptr inbounds nuw %struct.kalman2, ptr %26, i32 0, i32 3
  %28 = load i32, ptr %27, align 4, !tbaa !21
  %29 = add nsw i32 %25, %28
  %30 = call i32 @fx_mul(i32 noundef %22, i32 noundef %29) #7
  %31 = load i32, ptr %3, align 4, !tbaa !5
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = call i32 @fx_mul(i32 noundef %31, i32 noundef %32) #7
  %34 = add nsw i32 %30, %33
  %35 = load ptr, ptr %2, align 8, !tbaa !18
  %36 = getelementptr inbounds nuw %struct.kalman2, ptr %35, i32 0, i32 6
  %37 = load i32, ptr %36, align 4, !tbaa !22
  %38 = add nsw i32 %34, %37
  %39 = load ptr, ptr %2, align 8, !tbaa !18
  %40 = getelementptr inbounds nuw %struct.kalman2, ptr %39, i32 0, i32 2
  %41 = load i32, ptr %40, align 4, !tbaa !16
  %42 = add nsw i32 %41, %38
  store i32 %42, ptr %40, align 4, !tbaa !16
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = load ptr, ptr %2, align 8, !tbaa !18
  %45 = getelementptr inbounds nuw %struct.kalman2, ptr %44, i32 0, i32 3
  %46 = load i32, ptr %45, align 4, !tbaa !21
  %47 = add nsw i32 %46, %43
  store i32 %47, ptr %45, align 4, !tbaa !21
  %48 = load i32, ptr %4, align 4, !tbaa !5
  %49 = load ptr, ptr %2, align 8, !tbaa !18
  %50 = getelementptr inbounds nuw %struct.kalman2, ptr %49, i32 0, i32 4
  %51 = load i32, ptr %50, align 4, !tbaa !20
  %52 = add nsw i32 %51, %48
  store i32 %52, ptr %50, align 4, !tbaa !20
  %53 = load ptr, ptr %2, align 8, !tbaa !18
  %54 = getelementptr inbounds nuw %struct.kalman2, ptr %53, i32 0, i32 7
  %55 = load i32, ptr %54, align 4, !tbaa !23
  %56 = load ptr, ptr %2, align 8, !tbaa !18
  %57 = getelementptr inbounds nuw %struct.kalman2, ptr %56, i32 0, i32 5
  %58 = load i32, ptr %57, align 4, !tbaa !17
  %59 = add nsw i32 %58, %55
  store i32 %59, ptr %57, align 4, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @kf_update(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !18
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %11 = load ptr, ptr %3, align 8, !tbaa !18
  %12 = getelementptr inbounds nuw %struct.kalman2, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4, !tbaa !16
  %14 = load ptr, ptr %3, align 8, !tbaa !18
  %15 = getelementptr inbounds nuw %struct.kalman2, ptr %14, i32 0, i32 8
  %16 = load i32, ptr %15, align 4, !tbaa !24
  %17 = add nsw i32 %13, %16
  store i32 %17, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %18 = load ptr, ptr %3, align 8, !tbaa !18
  %19 = getelementptr inbounds nuw %struct.kalman2, ptr %18, i32 0, i32 2
  %20 = load i32, ptr %19, align 4, !tbaa !16
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = call i32 @fx_div(i32 noundef %20, i32 noundef %21) #7
  store i32 %22, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %23 = load ptr, ptr %3, align 8, !tbaa !18
  %24 = getelementptr inbounds nuw %struct.kalman2, ptr %23, i32 0, i32 4
  %25 = load i32, ptr %24, align 4, !tbaa !20
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = call i32 @fx_div(i32 noundef %25, i32 noundef %26) #7
  store i32 %27, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = load ptr, ptr %3, align 8, !tbaa !18
  %30 = getelementptr inbounds nuw %struct.kalman2, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 4, !tbaa !11
  %32 = sub nsw i32 %28, %31
  store i32 %32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = call i32 @fx_mul(i32 noundef %33, i32 noundef %34) #7
  %36 = load ptr, ptr %3, align 8, !tbaa !18
  %37 = getelementptr inbounds nuw %struct.kalman2, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 4, !tbaa !11
  %39 = add nsw i32 %38, %35
  store i32 %39, ptr %37, align 4, !tbaa !11
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = call i32 @fx_mul(i32 noundef %40, i32 noundef %41) #7
  %43 = load ptr, ptr %3, align 8, !tbaa !18
  %44 = getelementptr inbounds nuw %struct.kalman2, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4, !tbaa !15
  %46 = add nsw i32 %45, %42
  store i32 %46, ptr %44, align 4, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %47 = load ptr, ptr %3, align 8, !tbaa !18
  %48 = getelementptr inbounds nuw %struct.kalman2, ptr %47, i32 0, i32 2
  %49 = load i32, ptr %48, align 4, !tbaa !16
  store i32 %49, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %50 = load ptr, ptr %3, align 8, !tbaa !18
  %51 = getelementptr inbounds nuw %struct.kalman2, ptr %50, i32 0, i32 3
  %52 = load i32, ptr %51, align 4, !tbaa !21
  store i32 %52, ptr %10, align 4, !tbaa !5
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = sub nsw i32 65536, %53
  %55 = load i32, ptr %9, align 4, !tbaa !5
  %56 = call i32 @fx_mul(i32 noundef %54, i32 noundef %55) #7
  %57 = load ptr, ptr %3, align 8, !tbaa !18
  %58 = getelementptr inbounds nuw %struct.kalman2, ptr %57, i32 0, i32 2
  store i32 %56, ptr %58, align 4, !tbaa !16
  %59 = load i32, ptr %6, align 4, !tbaa !5
  %60 = sub nsw i32 65536, %59
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = call i32 @fx_mul(i32 noundef %60, i32 noundef %61) #7
  %63 = load ptr, ptr %3, align 8, !tbaa !18
  %64 = getelementptr inbounds nuw %struct.kalman2, ptr %63, i32 0, i32 3
  store i32 %62, ptr %64, align 4, !tbaa !21
  %65 = load i32, ptr %7, align 4, !tbaa !5
  %66 = load i32, ptr %9, align 4, !tbaa !5
  %67 = call i32 @fx_mul(i32 noundef %65, i32 noundef %66) #7
  %68 = load ptr, ptr %3, align 8, !tbaa !18
  %69 = getelementptr inbounds nuw %struct.kalman2, ptr %68, i32 0, i32 4
  %70 = load i32, ptr %69, align 4, !tbaa !20
  %71 = sub nsw i32 %70, %67
  store i32 %71, ptr %69, align 4, !tbaa !20
  %72 = load i32, ptr %7, align 4, !tbaa !5
  %73 = load i32, ptr %10, align 4, !tbaa !5
  %74 = call i32 @fx_mul(i32 noundef %72, i32 noundef %73) #7
  %75 = load ptr, ptr %3, align 8, !tbaa !18
  %76 = getelementptr inbounds nuw %struct.kalman2, ptr %75, i32 0, i32 5
  %77 = load i32, ptr %76, align 4, !tbaa !17
  %78 = sub nsw i32 %77, %74
  store i32 %78, ptr %76, align 4, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_fx(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !26
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %8, label %12

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = sext i32 %9 to i64
  %11 = sub nsw i64 0, %10
  br label %15

12:                                               ; preds = %2
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  br label %15

15:                                               ; preds = %12, %8
  %16 = phi i64 [ %11, %8 ], [ %14, %12 ]
  store i64 %16, ptr %5, align 8, !tbaa !9
  %17 = load ptr, ptr %3, align 8, !tbaa !26
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 0
  %20 = zext i1 %19 to i64
  %21 = select i1 %19, ptr @.str.13, ptr @.str.14
  %22 = load i64, ptr %5, align 8, !tbaa !9
  %23 = ashr i64 %22, 16
  %24 = load i64, ptr %5, align 8, !tbaa !9
  %25 = and i64 %24, 65535
  %26 = mul nsw i64 %25, 10000
  %27 = ashr i64 %26, 16
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %17, ptr noundef %21, i64 noundef %23, i64 noundef %27) #7
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @isqrt64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 4611686018427387904, ptr %4, align 8, !tbaa !9
  br label %5

5:                                                ; preds = %9, %1
  %6 = load i64, ptr %4, align 8, !tbaa !9
  %7 = load i64, ptr %2, align 8, !tbaa !9
  %8 = icmp ugt i64 %6, %7
  br i1 %8, label %9, label %12

9:                                                ; preds = %5
  %10 = load i64, ptr %4, align 8, !tbaa !9
  %11 = lshr i64 %10, 2
  store i64 %11, ptr %4, align 8, !tbaa !9
  br label %5, !llvm.loop !28

12:                                               ; preds = %5
  br label %13

13:                                               ; preds = %35, %12
  %14 = load i64, ptr %4, align 8, !tbaa !9
  %15 = icmp ne i64 %14, 0
  br i1 %15, label %16, label %38

16:                                               ; preds = %13
  %17 = load i64, ptr %2, align 8, !tbaa !9
  %18 = load i64, ptr %3, align 8, !tbaa !9
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = add i64 %18, %19
  %21 = icmp uge i64 %17, %20
  br i1 %21, label %22, label %32

22:                                               ; preds = %16
  %23 = load i64, ptr %3, align 8, !tbaa !9
  %24 = load i64, ptr %4, align 8, !tbaa !9
  %25 = add i64 %23, %24
  %26 = load i64, ptr %2, align 8, !tbaa !9
  %27 = sub i64 %26, %25
  store i64 %27, ptr %2, align 8, !tbaa !9
  %28 = load i64, ptr %3, align 8, !tbaa !9
  %29 = lshr i64 %28, 1
  %30 = load i64, ptr %4, align 8, !tbaa !9
  %31 = add i64 %29, %30
  store i64 %31, ptr %3, align 8, !tbaa !9
  br label %35

32:                                               ; preds = %16
  %33 = load i64, ptr %3, align 8, !tbaa !9
  %34 = lshr i64 %33, 1
  store i64 %34, ptr %3, align 8, !tbaa !9
  br label %35

35:                                               ; preds = %32, %22
  %36 = load i64, ptr %4, align 8, !tbaa !9
  %37 = lshr i64 %36, 2
  store i64 %37, ptr %4, align 8, !tbaa !9
  br label %13, !llvm.loop !29

38:                                               ; preds = %13
  %39 = load i64, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i64 %39
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @fx_div(i32 noundef %0, i32 noundef %1) #3 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = mul nsw i64 %6, 65536
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = sdiv i64 %7, %9
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }

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
!11 = !{!12, !6, i64 0}
!12 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20, !6, i64 24, !6, i64 28, !6, i64 32, !6, i64 36}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!12, !6, i64 4}
!16 = !{!12, !6, i64 8}
!17 = !{!12, !6, i64 20}
!18 = !{!19, !19, i64 0}
!19 = !{!"any pointer", !7, i64 0}
!20 = !{!12, !6, i64 16}
!21 = !{!12, !6, i64 12}
!22 = !{!12, !6, i64 24}
!23 = !{!12, !6, i64 28}
!24 = !{!12, !6, i64 32}
!25 = !{!12, !6, i64 36}
!26 = !{!27, !27, i64 0}
!27 = !{!"p1 omnipotent char", !19, i64 0}
!28 = distinct !{!28, !14}
!29 = distinct !{!29, !14}
