; ModuleID = 'bin_packing.c'
source_filename = "bin_packing.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Packing = type { [400 x %struct.Bin], i32, i64 }
%struct.Bin = type { i32, i32 }

@main.items = internal global [400 x i32] zeroinitializer, align 16
@main.sorted = internal global [400 x i32] zeroinitializer, align 16
@main.pk = internal global %struct.Packing zeroinitializer, align 8
@__const.main.rounds = private unnamed_addr constant [3 x i32] [i32 120, i32 250, i32 400], align 4
@.str = private unnamed_addr constant [35 x i8] c"round %d: items=%d lower_bound=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"FF\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"BF\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"FFD\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"BFD\00", align 1
@rng_state = internal global i32 -1831433054, align 4
@.str.5 = private unnamed_addr constant [53 x i8] c"%-4s bins=%3d fill=%.4f max=%4d min=%4d sum=%016llx\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @lower_bound_bins(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %24

12:                                               ; preds = %7
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i32, ptr %13, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = add nsw i64 %19, %18
  store i64 %20, ptr %5, align 8, !tbaa !12
  br label %21

21:                                               ; preds = %12
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !14

24:                                               ; preds = %11
  %25 = load i64, ptr %5, align 8, !tbaa !12
  %26 = add nsw i64 %25, 1000
  %27 = sub nsw i64 %26, 1
  %28 = sdiv i64 %27, 1000
  %29 = trunc i64 %28 to i32
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %29
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i32], align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.rounds, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %73, %0
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %76

12:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [3 x i32], ptr %2, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %16, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %55, %12
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %22, label %21

21:                                               ; preds = %17
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %58

22:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %23 = call i32 @xorshift32() #6
  store i32 %23, ptr %7, align 4, !tbaa !5
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = and i32 %24, 3
  switch i32 %25, label %47 [
    i32 0, label %26
    i32 1, label %33
    i32 2, label %40
  ]

26:                                               ; preds = %22
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = urem i32 %27, 150
  %29 = add nsw i32 50, %28
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [400 x i32], ptr @main.items, i64 0, i64 %31
  store i32 %29, ptr %32, align 4, !tbaa !5
  br label %54

33:                                               ; preds = %22
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = urem i32 %34, 300
  %36 = add nsw i32 200, %35
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [400 x i32], ptr @main.items, i64 0, i64 %38
  store i32 %36, ptr %39, align 4, !tbaa !5
  br label %54

40:                                               ; preds = %22
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = urem i32 %41, 350
  %43 = add nsw i32 500, %42
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [400 x i32], ptr @main.items, i64 0, i64 %45
  store i32 %43, ptr %46, align 4, !tbaa !5
  br label %54

47:                                               ; preds = %22
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = urem i32 %48, 990
  %50 = add nsw i32 10, %49
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [400 x i32], ptr @main.items, i64 0, i64 %52
  store i32 %50, ptr %53, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %47, %40, %33, %26
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4, !tbaa !5
  br label %17, !llvm.loop !16

58:                                               ; preds = %21
  %59 = load i32, ptr %3, align 4, !tbaa !5
  %60 = load i32, ptr %5, align 4, !tbaa !5
  %61 = load i32, ptr %5, align 4, !tbaa !5
  %62 = call i32 @lower_bound_bins(ptr noundef @main.items, i32 noundef %61) #6
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %59, i32 noundef %60, i32 noundef %62) #6
  call void @packing_reset(ptr noundef @main.pk) #6
  %64 = load i32, ptr %5, align 4, !tbaa !5
  call void @first_fit(ptr noundef @main.pk, ptr noundef @main.items, i32 noundef %64) #6
  call void @report(ptr noundef @.str.1, ptr noundef @main.pk) #6
  call void @packing_reset(ptr noundef @main.pk) #6
  %65 = load i32, ptr %5, align 4, !tbaa !5
  call void @best_fit(ptr noundef @main.pk, ptr noundef @main.items, i32 noundef %65) #6
  call void @report(ptr noundef @.str.2, ptr noundef @main.pk) #6
  %66 = load i32, ptr %5, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = mul i64 %67, 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @main.sorted, ptr align 16 @main.items, i64 %68, i1 false)
  %69 = load i32, ptr %5, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  call void @qsort(ptr noundef @main.sorted, i64 noundef %70, i64 noundef 4, ptr noundef @cmp_desc) #6
  call void @packing_reset(ptr noundef @main.pk) #6
  %71 = load i32, ptr %5, align 4, !tbaa !5
  call void @first_fit(ptr noundef @main.pk, ptr noundef @main.sorted, i32 noundef %71) #6
  call void @report(ptr noundef @.str.3, ptr noundef @main.pk) #6
  call void @packing_reset(ptr noundef @main.pk) #6
  %72 = load i32, ptr %5, align 4, !tbaa !5
  call void @best_fit(ptr noundef @main.pk, ptr noundef @main.sorted, i32 noundef %72) #6
  call void @report(ptr noundef @.str.4, ptr noundef @main.pk) #6
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %73

73:                                               ; preds = %58
  %74 = load i32, ptr %3, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %3, align 4, !tbaa !5
  br label %8, !llvm.loop !17

76:                                               ; preds = %11
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %77 = load i32, ptr %1, align 4
  ret i32 %77
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @xorshift32() #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #5
  %2 = load i32, ptr @rng_state, align 4, !tbaa !5
  store i32 %2, ptr %1, align 4, !tbaa !5
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = shl i32 %3, 13
  %5 = load i32, ptr %1, align 4, !tbaa !5
  %6 = xor i32 %5, %4
  store i32 %6, ptr %1, align 4, !tbaa !5
  %7 = load i32, ptr %1, align 4, !tbaa !5
  %8 = lshr i32 %7, 17
  %9 = load i32, ptr %1, align 4, !tbaa !5
  %10 = xor i32 %9, %8
  store i32 %10, ptr %1, align 4, !tbaa !5
  %11 = load i32, ptr %1, align 4, !tbaa !5
  %12 = shl i32 %11, 5
  %13 = load i32, ptr %1, align 4, !tbaa !5
  %14 = xor i32 %13, %12
  store i32 %14, ptr %1, align 4, !tbaa !5
  %15 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %15, ptr @rng_state, align 4, !tbaa !5
  %16 = load i32, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %1) #5
  ret i32 %16
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @packing_reset(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !18
  %3 = load ptr, ptr %2, align 8, !tbaa !18
  call void @llvm.memset.p0.i64(ptr align 8 %3, i8 0, i64 3216, i1 false)
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @first_fit(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !18
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %61, %3
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %64

14:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %38, %14
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = load ptr, ptr %4, align 8, !tbaa !18
  %18 = getelementptr inbounds nuw %struct.Packing, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 8, !tbaa !19
  %20 = icmp slt i32 %16, %19
  br i1 %20, label %21, label %41

21:                                               ; preds = %15
  %22 = load ptr, ptr %4, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw %struct.Packing, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [400 x %struct.Bin], ptr %23, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.Bin, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %27, align 8, !tbaa !22
  %29 = load ptr, ptr %5, align 8, !tbaa !9
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %29, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = add nsw i32 %28, %33
  %35 = icmp sle i32 %34, 1000
  br i1 %35, label %36, label %37

36:                                               ; preds = %21
  br label %41

37:                                               ; preds = %21
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4, !tbaa !5
  br label %15, !llvm.loop !24

41:                                               ; preds = %36, %15
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = load ptr, ptr %4, align 8, !tbaa !18
  %44 = getelementptr inbounds nuw %struct.Packing, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 8, !tbaa !19
  %46 = icmp eq i32 %42, %45
  br i1 %46, label %47, label %52

47:                                               ; preds = %41
  %48 = load ptr, ptr %4, align 8, !tbaa !18
  %49 = getelementptr inbounds nuw %struct.Packing, ptr %48, i32 0, i32 1
  %50 = load i32, ptr %49, align 8, !tbaa !19
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %49, align 8, !tbaa !19
  br label %52

52:                                               ; preds = %47, %41
  %53 = load ptr, ptr %4, align 8, !tbaa !18
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = load ptr, ptr %5, align 8, !tbaa !9
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %55, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = load i32, ptr %7, align 4, !tbaa !5
  call void @place(ptr noundef %53, i32 noundef %54, i32 noundef %59, i32 noundef %60) #6
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %61

61:                                               ; preds = %52
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %7, align 4, !tbaa !5
  br label %9, !llvm.loop !25

64:                                               ; preds = %13
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @report(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !26
  store ptr %1, ptr %4, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 1000, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %52, %2
  %9 = load i32, ptr %7, align 4, !tbaa !5
  %10 = load ptr, ptr %4, align 8, !tbaa !18
  %11 = getelementptr inbounds nuw %struct.Packing, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8, !tbaa !19
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %55

15:                                               ; preds = %8
  %16 = load ptr, ptr %4, align 8, !tbaa !18
  %17 = getelementptr inbounds nuw %struct.Packing, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [400 x %struct.Bin], ptr %17, i64 0, i64 %19
  %21 = getelementptr inbounds nuw %struct.Bin, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 8, !tbaa !22
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = icmp sgt i32 %22, %23
  br i1 %24, label %25, label %33

25:                                               ; preds = %15
  %26 = load ptr, ptr %4, align 8, !tbaa !18
  %27 = getelementptr inbounds nuw %struct.Packing, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [400 x %struct.Bin], ptr %27, i64 0, i64 %29
  %31 = getelementptr inbounds nuw %struct.Bin, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 8, !tbaa !22
  store i32 %32, ptr %5, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %25, %15
  %34 = load ptr, ptr %4, align 8, !tbaa !18
  %35 = getelementptr inbounds nuw %struct.Packing, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [400 x %struct.Bin], ptr %35, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.Bin, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %39, align 8, !tbaa !22
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = icmp slt i32 %40, %41
  br i1 %42, label %43, label %51

43:                                               ; preds = %33
  %44 = load ptr, ptr %4, align 8, !tbaa !18
  %45 = getelementptr inbounds nuw %struct.Packing, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [400 x %struct.Bin], ptr %45, i64 0, i64 %47
  %49 = getelementptr inbounds nuw %struct.Bin, ptr %48, i32 0, i32 0
  %50 = load i32, ptr %49, align 8, !tbaa !22
  store i32 %50, ptr %6, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %43, %33
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4, !tbaa !5
  br label %8, !llvm.loop !28

55:                                               ; preds = %14
  %56 = load ptr, ptr %3, align 8, !tbaa !26
  %57 = load ptr, ptr %4, align 8, !tbaa !18
  %58 = getelementptr inbounds nuw %struct.Packing, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 8, !tbaa !19
  %60 = load ptr, ptr %4, align 8, !tbaa !18
  %61 = call double @fill_ratio(ptr noundef %60) #6
  %62 = load i32, ptr %5, align 4, !tbaa !5
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = load ptr, ptr %4, align 8, !tbaa !18
  %65 = getelementptr inbounds nuw %struct.Packing, ptr %64, i32 0, i32 2
  %66 = load i64, ptr %65, align 8, !tbaa !29
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %56, i32 noundef %59, double noundef %61, i32 noundef %62, i32 noundef %63, i64 noundef %66) #6
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @best_fit(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !18
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %71, %3
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %74

18:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 -1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 1001, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %51, %18
  %20 = load i32, ptr %11, align 4, !tbaa !5
  %21 = load ptr, ptr %4, align 8, !tbaa !18
  %22 = getelementptr inbounds nuw %struct.Packing, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8, !tbaa !19
  %24 = icmp slt i32 %20, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %19
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %54

26:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %27 = load ptr, ptr %4, align 8, !tbaa !18
  %28 = getelementptr inbounds nuw %struct.Packing, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %11, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [400 x %struct.Bin], ptr %28, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.Bin, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 8, !tbaa !22
  %34 = sub nsw i32 1000, %33
  %35 = load ptr, ptr %5, align 8, !tbaa !9
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i32, ptr %35, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = sub nsw i32 %34, %39
  store i32 %40, ptr %12, align 4, !tbaa !5
  %41 = load i32, ptr %12, align 4, !tbaa !5
  %42 = icmp sge i32 %41, 0
  br i1 %42, label %43, label %50

43:                                               ; preds = %26
  %44 = load i32, ptr %12, align 4, !tbaa !5
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = icmp slt i32 %44, %45
  br i1 %46, label %47, label %50

47:                                               ; preds = %43
  %48 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %48, ptr %10, align 4, !tbaa !5
  %49 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %49, ptr %9, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %47, %43, %26
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %11, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %11, align 4, !tbaa !5
  br label %19, !llvm.loop !30

54:                                               ; preds = %25
  %55 = load i32, ptr %9, align 4, !tbaa !5
  %56 = icmp slt i32 %55, 0
  br i1 %56, label %57, label %62

57:                                               ; preds = %54
  %58 = load ptr, ptr %4, align 8, !tbaa !18
  %59 = getelementptr inbounds nuw %struct.Packing, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 8, !tbaa !19
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 8, !tbaa !19
  store i32 %60, ptr %9, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %57, %54
  %63 = load ptr, ptr %4, align 8, !tbaa !18
  %64 = load i32, ptr %9, align 4, !tbaa !5
  %65 = load ptr, ptr %5, align 8, !tbaa !9
  %66 = load i32, ptr %7, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds i32, ptr %65, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !5
  %70 = load i32, ptr %7, align 4, !tbaa !5
  call void @place(ptr noundef %63, i32 noundef %64, i32 noundef %69, i32 noundef %70) #6
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %71

71:                                               ; preds = %62
  %72 = load i32, ptr %7, align 4, !tbaa !5
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %7, align 4, !tbaa !5
  br label %13, !llvm.loop !31

74:                                               ; preds = %17
  ret void
}

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !18
  store ptr %1, ptr %4, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %7 = load ptr, ptr %3, align 8, !tbaa !18
  %8 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %8, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %9 = load ptr, ptr %4, align 8, !tbaa !18
  %10 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %10, ptr %6, align 4, !tbaa !5
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = icmp slt i32 %11, %12
  %14 = zext i1 %13 to i32
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp sgt i32 %15, %16
  %18 = zext i1 %17 to i32
  %19 = sub nsw i32 %14, %18
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %19
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @place(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !18
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  %9 = load i32, ptr %7, align 4, !tbaa !5
  %10 = load ptr, ptr %5, align 8, !tbaa !18
  %11 = getelementptr inbounds nuw %struct.Packing, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [400 x %struct.Bin], ptr %11, i64 0, i64 %13
  %15 = getelementptr inbounds nuw %struct.Bin, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8, !tbaa !22
  %17 = add nsw i32 %16, %9
  store i32 %17, ptr %15, align 8, !tbaa !22
  %18 = load ptr, ptr %5, align 8, !tbaa !18
  %19 = getelementptr inbounds nuw %struct.Packing, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [400 x %struct.Bin], ptr %19, i64 0, i64 %21
  %23 = getelementptr inbounds nuw %struct.Bin, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 4, !tbaa !32
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 4, !tbaa !32
  %26 = load ptr, ptr %5, align 8, !tbaa !18
  %27 = getelementptr inbounds nuw %struct.Packing, ptr %26, i32 0, i32 2
  %28 = load i64, ptr %27, align 8, !tbaa !29
  %29 = mul i64 %28, 31
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = mul nsw i32 %30, 7
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = add nsw i32 %31, %32
  %34 = sext i32 %33 to i64
  %35 = add i64 %29, %34
  %36 = load ptr, ptr %5, align 8, !tbaa !18
  %37 = getelementptr inbounds nuw %struct.Packing, ptr %36, i32 0, i32 2
  store i64 %35, ptr %37, align 8, !tbaa !29
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal double @fill_ratio(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i64 0, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %23, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = load ptr, ptr %2, align 8, !tbaa !18
  %8 = getelementptr inbounds nuw %struct.Packing, ptr %7, i32 0, i32 1
  %9 = load i32, ptr %8, align 8, !tbaa !19
  %10 = icmp slt i32 %6, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %26

12:                                               ; preds = %5
  %13 = load ptr, ptr %2, align 8, !tbaa !18
  %14 = getelementptr inbounds nuw %struct.Packing, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [400 x %struct.Bin], ptr %14, i64 0, i64 %16
  %18 = getelementptr inbounds nuw %struct.Bin, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 8, !tbaa !22
  %20 = sext i32 %19 to i64
  %21 = load i64, ptr %3, align 8, !tbaa !12
  %22 = add nsw i64 %21, %20
  store i64 %22, ptr %3, align 8, !tbaa !12
  br label %23

23:                                               ; preds = %12
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !33

26:                                               ; preds = %11
  %27 = load ptr, ptr %2, align 8, !tbaa !18
  %28 = getelementptr inbounds nuw %struct.Packing, ptr %27, i32 0, i32 1
  %29 = load i32, ptr %28, align 8, !tbaa !19
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %31, label %40

31:                                               ; preds = %26
  %32 = load i64, ptr %3, align 8, !tbaa !12
  %33 = sitofp i64 %32 to double
  %34 = load ptr, ptr %2, align 8, !tbaa !18
  %35 = getelementptr inbounds nuw %struct.Packing, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 8, !tbaa !19
  %37 = sitofp i32 %36 to double
  %38 = fmul double %37, 1.000000e+03
  %39 = fdiv double %33, %38
  br label %41

40:                                               ; preds = %26
  br label %41

41:                                               ; preds = %40, %31
  %42 = phi double [ %39, %31 ], [ 0.000000e+00, %40 ]
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret double %42
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = !{!11, !11, i64 0}
!19 = !{!20, !6, i64 3200}
!20 = !{!"", !7, i64 0, !6, i64 3200, !21, i64 3208}
!21 = !{!"long long", !7, i64 0}
!22 = !{!23, !6, i64 0}
!23 = !{!"", !6, i64 0, !6, i64 4}
!24 = distinct !{!24, !15}
!25 = distinct !{!25, !15}
!26 = !{!27, !27, i64 0}
!27 = !{!"p1 omnipotent char", !11, i64 0}
!28 = distinct !{!28, !15}
!29 = !{!20, !21, i64 3208}
!30 = distinct !{!30, !15}
!31 = distinct !{!31, !15}
!32 = !{!23, !6, i64 4}
!33 = distinct !{!33, !15}
