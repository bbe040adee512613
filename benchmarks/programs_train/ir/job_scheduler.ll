; ModuleID = 'job_scheduler.c'
source_filename = "job_scheduler.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.job = type { i32, i32, i32, i32, i32, i32 }
%struct.stats = type { i64, i64, i64, i32, i32 }

@main.names = internal global [3 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2], align 16
@.str = private unnamed_addr constant [5 x i8] c"FCFS\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"SJF\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"RR\00", align 1
@.str.3 = private unnamed_addr constant [66 x i8] c"%-4s wait=%ld tat=%ld resp=%ld makespan=%d switches=%d hash=%08x\0A\00", align 1
@lcg = internal global i32 12345, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [64 x %struct.job], align 16
  %3 = alloca [64 x %struct.job], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca %struct.stats, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %9 = getelementptr inbounds [64 x %struct.job], ptr %2, i64 0, i64 0
  call void @make_jobs(ptr noundef %9, i32 noundef 64) #6
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %59, %0
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp sle i32 %11, 2
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %62

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @llvm.memset.p0.i64(ptr align 8 %6, i8 0, i64 32, i1 false)
  %15 = getelementptr inbounds [64 x %struct.job], ptr %3, i64 0, i64 0
  %16 = getelementptr inbounds [64 x %struct.job], ptr %2, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %15, ptr align 16 %16, i64 1536, i1 false)
  %17 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %17, label %23 [
    i32 0, label %18
    i32 1, label %18
    i32 2, label %21
  ]

18:                                               ; preds = %14, %14
  %19 = getelementptr inbounds [64 x %struct.job], ptr %3, i64 0, i64 0
  %20 = load i32, ptr %4, align 4, !tbaa !5
  call void @run_nonpreemptive(ptr noundef %19, i32 noundef 64, i32 noundef %20, ptr noundef %6) #6
  br label %23

21:                                               ; preds = %14
  %22 = getelementptr inbounds [64 x %struct.job], ptr %3, i64 0, i64 0
  call void @run_round_robin(ptr noundef %22, i32 noundef 64, ptr noundef %6) #6
  br label %23

23:                                               ; preds = %14, %21, %18
  %24 = getelementptr inbounds [64 x %struct.job], ptr %3, i64 0, i64 0
  call void @collect(ptr noundef %24, i32 noundef 64, ptr noundef %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 -2128831035, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %39, %23
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 64
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 6, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %42

29:                                               ; preds = %25
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x %struct.job], ptr %3, i64 0, i64 %31
  %33 = getelementptr inbounds nuw %struct.job, ptr %32, i32 0, i32 5
  %34 = load i32, ptr %33, align 4, !tbaa !9
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = xor i32 %35, %34
  store i32 %36, ptr %7, align 4, !tbaa !5
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = mul i32 %37, 16777619
  store i32 %38, ptr %7, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %29
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %8, align 4, !tbaa !5
  br label %25, !llvm.loop !11

42:                                               ; preds = %28
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [3 x ptr], ptr @main.names, i64 0, i64 %44
  %46 = load ptr, ptr %45, align 8, !tbaa !13
  %47 = getelementptr inbounds nuw %struct.stats, ptr %6, i32 0, i32 0
  %48 = load i64, ptr %47, align 8, !tbaa !16
  %49 = getelementptr inbounds nuw %struct.stats, ptr %6, i32 0, i32 1
  %50 = load i64, ptr %49, align 8, !tbaa !19
  %51 = getelementptr inbounds nuw %struct.stats, ptr %6, i32 0, i32 2
  %52 = load i64, ptr %51, align 8, !tbaa !20
  %53 = getelementptr inbounds nuw %struct.stats, ptr %6, i32 0, i32 3
  %54 = load i32, ptr %53, align 8, !tbaa !21
  %55 = getelementptr inbounds nuw %struct.stats, ptr %6, i32 0, i32 4
  %56 = load i32, ptr %55, align 4, !tbaa !22
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %46, i64 noundef %48, i64 noundef %50, i64 noundef %52, i32 noundef %54, i32 noundef %56, i32 noundef %57) #6
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %59

59:                                               ; preds = %42
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %4, align 4, !tbaa !5
  br label %10, !llvm.loop !23

62:                                               ; preds = %13
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %63 = load i32, ptr %1, align 4
  ret i32 %63
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_jobs(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !24
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %70, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %73

12:                                               ; preds = %7
  %13 = call i32 @next_rand() #6
  %14 = urem i32 %13, 6
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = add nsw i32 %15, %14
  store i32 %16, ptr %5, align 4, !tbaa !5
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = load ptr, ptr %3, align 8, !tbaa !24
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.job, ptr %18, i64 %20
  %22 = getelementptr inbounds nuw %struct.job, ptr %21, i32 0, i32 0
  store i32 %17, ptr %22, align 4, !tbaa !26
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = load ptr, ptr %3, align 8, !tbaa !24
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds %struct.job, ptr %24, i64 %26
  %28 = getelementptr inbounds nuw %struct.job, ptr %27, i32 0, i32 1
  store i32 %23, ptr %28, align 4, !tbaa !27
  %29 = call i32 @next_rand() #6
  %30 = urem i32 %29, 20
  %31 = add nsw i32 1, %30
  %32 = load ptr, ptr %3, align 8, !tbaa !24
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds %struct.job, ptr %32, i64 %34
  %36 = getelementptr inbounds nuw %struct.job, ptr %35, i32 0, i32 2
  store i32 %31, ptr %36, align 4, !tbaa !28
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = srem i32 %37, 9
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %48

40:                                               ; preds = %12
  %41 = load ptr, ptr %3, align 8, !tbaa !24
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds %struct.job, ptr %41, i64 %43
  %45 = getelementptr inbounds nuw %struct.job, ptr %44, i32 0, i32 2
  %46 = load i32, ptr %45, align 4, !tbaa !28
  %47 = add nsw i32 %46, 25
  store i32 %47, ptr %45, align 4, !tbaa !28
  br label %48

48:                                               ; preds = %40, %12
  %49 = load ptr, ptr %3, align 8, !tbaa !24
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds %struct.job, ptr %49, i64 %51
  %53 = getelementptr inbounds nuw %struct.job, ptr %52, i32 0, i32 2
  %54 = load i32, ptr %53, align 4, !tbaa !28
  %55 = load ptr, ptr %3, align 8, !tbaa !24
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds %struct.job, ptr %55, i64 %57
  %59 = getelementptr inbounds nuw %struct.job, ptr %58, i32 0, i32 3
  store i32 %54, ptr %59, align 4, !tbaa !29
  %60 = load ptr, ptr %3, align 8, !tbaa !24
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds %struct.job, ptr %60, i64 %62
  %64 = getelementptr inbounds nuw %struct.job, ptr %63, i32 0, i32 4
  store i32 -1, ptr %64, align 4, !tbaa !30
  %65 = load ptr, ptr %3, align 8, !tbaa !24
  %66 = load i32, ptr %6, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds %struct.job, ptr %65, i64 %67
  %69 = getelementptr inbounds nuw %struct.job, ptr %68, i32 0, i32 5
  store i32 -1, ptr %69, align 4, !tbaa !9
  br label %70

70:                                               ; preds = %48
  %71 = load i32, ptr %6, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !31

73:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @run_nonpreemptive(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !24
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 -1, ptr %11, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %69, %67, %4
  %15 = load i32, ptr %10, align 4, !tbaa !5
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %70

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %19 = load ptr, ptr %5, align 8, !tbaa !24
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = load i32, ptr %9, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = call i32 @pick_next(ptr noundef %19, i32 noundef %20, i32 noundef %21, i32 noundef %22) #6
  store i32 %23, ptr %12, align 4, !tbaa !5
  %24 = load i32, ptr %12, align 4, !tbaa !5
  %25 = icmp slt i32 %24, 0
  br i1 %25, label %26, label %29

26:                                               ; preds = %18
  %27 = load i32, ptr %9, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %9, align 4, !tbaa !5
  store i32 2, ptr %13, align 4
  br label %67, !llvm.loop !34

29:                                               ; preds = %18
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = load i32, ptr %12, align 4, !tbaa !5
  %32 = icmp ne i32 %30, %31
  br i1 %32, label %33, label %38

33:                                               ; preds = %29
  %34 = load ptr, ptr %8, align 8, !tbaa !32
  %35 = getelementptr inbounds nuw %struct.stats, ptr %34, i32 0, i32 4
  %36 = load i32, ptr %35, align 4, !tbaa !22
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %35, align 4, !tbaa !22
  br label %38

38:                                               ; preds = %33, %29
  %39 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %39, ptr %11, align 4, !tbaa !5
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = load ptr, ptr %5, align 8, !tbaa !24
  %42 = load i32, ptr %12, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds %struct.job, ptr %41, i64 %43
  %45 = getelementptr inbounds nuw %struct.job, ptr %44, i32 0, i32 4
  store i32 %40, ptr %45, align 4, !tbaa !30
  %46 = load ptr, ptr %5, align 8, !tbaa !24
  %47 = load i32, ptr %12, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds %struct.job, ptr %46, i64 %48
  %50 = getelementptr inbounds nuw %struct.job, ptr %49, i32 0, i32 3
  %51 = load i32, ptr %50, align 4, !tbaa !29
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = add nsw i32 %52, %51
  store i32 %53, ptr %9, align 4, !tbaa !5
  %54 = load ptr, ptr %5, align 8, !tbaa !24
  %55 = load i32, ptr %12, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds %struct.job, ptr %54, i64 %56
  %58 = getelementptr inbounds nuw %struct.job, ptr %57, i32 0, i32 3
  store i32 0, ptr %58, align 4, !tbaa !29
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = load ptr, ptr %5, align 8, !tbaa !24
  %61 = load i32, ptr %12, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds %struct.job, ptr %60, i64 %62
  %64 = getelementptr inbounds nuw %struct.job, ptr %63, i32 0, i32 5
  store i32 %59, ptr %64, align 4, !tbaa !9
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %10, align 4, !tbaa !5
  store i32 0, ptr %13, align 4
  br label %67

67:                                               ; preds = %38, %26
  call void @llvm.lifetime.end.p0(ptr %12) #5
  %68 = load i32, ptr %13, align 4
  switch i32 %68, label %71 [
    i32 0, label %69
    i32 2, label %14
  ]

69:                                               ; preds = %67
  br label %14, !llvm.loop !34

70:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void

71:                                               ; preds = %67
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @run_round_robin(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca [256 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !24
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %7) #5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 -1, ptr %14, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %170, %51, %3
  %18 = load i32, ptr %12, align 4, !tbaa !5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %171

21:                                               ; preds = %17
  br label %22

22:                                               ; preds = %37, %21
  %23 = load i32, ptr %13, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %35

26:                                               ; preds = %22
  %27 = load ptr, ptr %4, align 8, !tbaa !24
  %28 = load i32, ptr %13, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds %struct.job, ptr %27, i64 %29
  %31 = getelementptr inbounds nuw %struct.job, ptr %30, i32 0, i32 1
  %32 = load i32, ptr %31, align 4, !tbaa !27
  %33 = load i32, ptr %11, align 4, !tbaa !5
  %34 = icmp sle i32 %32, %33
  br label %35

35:                                               ; preds = %26, %22
  %36 = phi i1 [ false, %22 ], [ %34, %26 ]
  br i1 %36, label %37, label %48

37:                                               ; preds = %35
  %38 = load i32, ptr %13, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %13, align 4, !tbaa !5
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [256 x i32], ptr %7, i64 0, i64 %41
  store i32 %38, ptr %42, align 4, !tbaa !5
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  %45 = srem i32 %44, 256
  store i32 %45, ptr %9, align 4, !tbaa !5
  %46 = load i32, ptr %10, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %10, align 4, !tbaa !5
  br label %22, !llvm.loop !35

48:                                               ; preds = %35
  %49 = load i32, ptr %10, align 4, !tbaa !5
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %51, label %54

51:                                               ; preds = %48
  %52 = load i32, ptr %11, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %11, align 4, !tbaa !5
  br label %17, !llvm.loop !36

54:                                               ; preds = %48
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [256 x i32], ptr %7, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  store i32 %58, ptr %15, align 4, !tbaa !5
  %59 = load i32, ptr %8, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  %61 = srem i32 %60, 256
  store i32 %61, ptr %8, align 4, !tbaa !5
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = add nsw i32 %62, -1
  store i32 %63, ptr %10, align 4, !tbaa !5
  %64 = load i32, ptr %15, align 4, !tbaa !5
  %65 = load i32, ptr %14, align 4, !tbaa !5
  %66 = icmp ne i32 %64, %65
  br i1 %66, label %67, label %72

67:                                               ; preds = %54
  %68 = load ptr, ptr %6, align 8, !tbaa !32
  %69 = getelementptr inbounds nuw %struct.stats, ptr %68, i32 0, i32 4
  %70 = load i32, ptr %69, align 4, !tbaa !22
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %69, align 4, !tbaa !22
  br label %72

72:                                               ; preds = %67, %54
  %73 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %73, ptr %14, align 4, !tbaa !5
  %74 = load ptr, ptr %4, align 8, !tbaa !24
  %75 = load i32, ptr %15, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds %struct.job, ptr %74, i64 %76
  %78 = getelementptr inbounds nuw %struct.job, ptr %77, i32 0, i32 4
  %79 = load i32, ptr %78, align 4, !tbaa !30
  %80 = icmp slt i32 %79, 0
  br i1 %80, label %81, label %88

81:                                               ; preds = %72
  %82 = load i32, ptr %11, align 4, !tbaa !5
  %83 = load ptr, ptr %4, align 8, !tbaa !24
  %84 = load i32, ptr %15, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds %struct.job, ptr %83, i64 %85
  %87 = getelementptr inbounds nuw %struct.job, ptr %86, i32 0, i32 4
  store i32 %82, ptr %87, align 4, !tbaa !30
  br label %88

88:                                               ; preds = %81, %72
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %89 = load ptr, ptr %4, align 8, !tbaa !24
  %90 = load i32, ptr %15, align 4, !tbaa !5
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds %struct.job, ptr %89, i64 %91
  %93 = getelementptr inbounds nuw %struct.job, ptr %92, i32 0, i32 3
  %94 = load i32, ptr %93, align 4, !tbaa !29
  %95 = icmp slt i32 %94, 4
  br i1 %95, label %96, label %103

96:                                               ; preds = %88
  %97 = load ptr, ptr %4, align 8, !tbaa !24
  %98 = load i32, ptr %15, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds %struct.job, ptr %97, i64 %99
  %101 = getelementptr inbounds nuw %struct.job, ptr %100, i32 0, i32 3
  %102 = load i32, ptr %101, align 4, !tbaa !29
  br label %104

103:                                              ; preds = %88
  br label %104

104:                                              ; preds = %103, %96
  %105 = phi i32 [ %102, %96 ], [ 4, %103 ]
  store i32 %105, ptr %16, align 4, !tbaa !5
  %106 = load i32, ptr %16, align 4, !tbaa !5
  %107 = load i32, ptr %11, align 4, !tbaa !5
  %108 = add nsw i32 %107, %106
  store i32 %108, ptr %11, align 4, !tbaa !5
  %109 = load i32, ptr %16, align 4, !tbaa !5
  %110 = load ptr, ptr %4, align 8, !tbaa !24
  %111 = load i32, ptr %15, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds %struct.job, ptr %110, i64 %112
  %114 = getelementptr inbounds nuw %struct.job, ptr %113, i32 0, i32 3
  %115 = load i32, ptr %114, align 4, !tbaa !29
  %116 = sub nsw i32 %115, %109
  store i32 %116, ptr %114, align 4, !tbaa !29
  br label %117

117:                                              ; preds = %132, %104
  %118 = load i32, ptr %13, align 4, !tbaa !5
  %119 = load i32, ptr %5, align 4, !tbaa !5
  %120 = icmp slt i32 %118, %119
  br i1 %120, label %121, label %130

121:                                              ; preds = %117
  %122 = load ptr, ptr %4, align 8, !tbaa !24
  %123 = load i32, ptr %13, align 4, !tbaa !5
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds %struct.job, ptr %122, i64 %124
  %126 = getelementptr inbounds nuw %struct.job, ptr %125, i32 0, i32 1
  %127 = load i32, ptr %126, align 4, !tbaa !27
  %128 = load i32, ptr %11, align 4, !tbaa !5
  %129 = icmp sle i32 %127, %128
  br label %130

130:                                              ; preds = %121, %117
  %131 = phi i1 [ false, %117 ], [ %129, %121 ]
  br i1 %131, label %132, label %143

132:                                              ; preds = %130
  %133 = load i32, ptr %13, align 4, !tbaa !5
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %13, align 4, !tbaa !5
  %135 = load i32, ptr %9, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [256 x i32], ptr %7, i64 0, i64 %136
  store i32 %133, ptr %137, align 4, !tbaa !5
  %138 = load i32, ptr %9, align 4, !tbaa !5
  %139 = add nsw i32 %138, 1
  %140 = srem i32 %139, 256
  store i32 %140, ptr %9, align 4, !tbaa !5
  %141 = load i32, ptr %10, align 4, !tbaa !5
  %142 = add nsw i32 %141, 1
  store i32 %142, ptr %10, align 4, !tbaa !5
  br label %117, !llvm.loop !37

143:                                              ; preds = %130
  %144 = load ptr, ptr %4, align 8, !tbaa !24
  %145 = load i32, ptr %15, align 4, !tbaa !5
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds %struct.job, ptr %144, i64 %146
  %148 = getelementptr inbounds nuw %struct.job, ptr %147, i32 0, i32 3
  %149 = load i32, ptr %148, align 4, !tbaa !29
  %150 = icmp eq i32 %149, 0
  br i1 %150, label %151, label %160

151:                                              ; preds = %143
  %152 = load i32, ptr %11, align 4, !tbaa !5
  %153 = load ptr, ptr %4, align 8, !tbaa !24
  %154 = load i32, ptr %15, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds %struct.job, ptr %153, i64 %155
  %157 = getelementptr inbounds nuw %struct.job, ptr %156, i32 0, i32 5
  store i32 %152, ptr %157, align 4, !tbaa !9
  %158 = load i32, ptr %12, align 4, !tbaa !5
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %12, align 4, !tbaa !5
  br label %170

160:                                              ; preds = %143
  %161 = load i32, ptr %15, align 4, !tbaa !5
  %162 = load i32, ptr %9, align 4, !tbaa !5
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [256 x i32], ptr %7, i64 0, i64 %163
  store i32 %161, ptr %164, align 4, !tbaa !5
  %165 = load i32, ptr %9, align 4, !tbaa !5
  %166 = add nsw i32 %165, 1
  %167 = srem i32 %166, 256
  store i32 %167, ptr %9, align 4, !tbaa !5
  %168 = load i32, ptr %10, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %10, align 4, !tbaa !5
  br label %170

170:                                              ; preds = %160, %151
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %17, !llvm.loop !36

171:                                              ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @collect(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !24
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %85, %3
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %88

14:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %15 = load ptr, ptr %4, align 8, !tbaa !24
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds %struct.job, ptr %15, i64 %17
  %19 = getelementptr inbounds nuw %struct.job, ptr %18, i32 0, i32 5
  %20 = load i32, ptr %19, align 4, !tbaa !9
  %21 = load ptr, ptr %4, align 8, !tbaa !24
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds %struct.job, ptr %21, i64 %23
  %25 = getelementptr inbounds nuw %struct.job, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %25, align 4, !tbaa !27
  %27 = sub nsw i32 %20, %26
  store i32 %27, ptr %8, align 4, !tbaa !5
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = load ptr, ptr %6, align 8, !tbaa !32
  %31 = getelementptr inbounds nuw %struct.stats, ptr %30, i32 0, i32 1
  %32 = load i64, ptr %31, align 8, !tbaa !19
  %33 = add nsw i64 %32, %29
  store i64 %33, ptr %31, align 8, !tbaa !19
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = load ptr, ptr %4, align 8, !tbaa !24
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds %struct.job, ptr %35, i64 %37
  %39 = getelementptr inbounds nuw %struct.job, ptr %38, i32 0, i32 2
  %40 = load i32, ptr %39, align 4, !tbaa !28
  %41 = sub nsw i32 %34, %40
  %42 = sext i32 %41 to i64
  %43 = load ptr, ptr %6, align 8, !tbaa !32
  %44 = getelementptr inbounds nuw %struct.stats, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8, !tbaa !16
  %46 = add nsw i64 %45, %42
  store i64 %46, ptr %44, align 8, !tbaa !16
  %47 = load ptr, ptr %4, align 8, !tbaa !24
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds %struct.job, ptr %47, i64 %49
  %51 = getelementptr inbounds nuw %struct.job, ptr %50, i32 0, i32 4
  %52 = load i32, ptr %51, align 4, !tbaa !30
  %53 = load ptr, ptr %4, align 8, !tbaa !24
  %54 = load i32, ptr %7, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds %struct.job, ptr %53, i64 %55
  %57 = getelementptr inbounds nuw %struct.job, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 4, !tbaa !27
  %59 = sub nsw i32 %52, %58
  %60 = sext i32 %59 to i64
  %61 = load ptr, ptr %6, align 8, !tbaa !32
  %62 = getelementptr inbounds nuw %struct.stats, ptr %61, i32 0, i32 2
  %63 = load i64, ptr %62, align 8, !tbaa !20
  %64 = add nsw i64 %63, %60
  store i64 %64, ptr %62, align 8, !tbaa !20
  %65 = load ptr, ptr %4, align 8, !tbaa !24
  %66 = load i32, ptr %7, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds %struct.job, ptr %65, i64 %67
  %69 = getelementptr inbounds nuw %struct.job, ptr %68, i32 0, i32 5
  %70 = load i32, ptr %69, align 4, !tbaa !9
  %71 = load ptr, ptr %6, align 8, !tbaa !32
  %72 = getelementptr inbounds nuw %struct.stats, ptr %71, i32 0, i32 3
  %73 = load i32, ptr %72, align 8, !tbaa !21
  %74 = icmp sgt i32 %70, %73
  br i1 %74, label %75, label %84

75:                                               ; preds = %14
  %76 = load ptr, ptr %4, align 8, !tbaa !24
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.job, ptr %76, i64 %78
  %80 = getelementptr inbounds nuw %struct.job, ptr %79, i32 0, i32 5
  %81 = load i32, ptr %80, align 4, !tbaa !9
  %82 = load ptr, ptr %6, align 8, !tbaa !32
  %83 = getelementptr inbounds nuw %struct.stats, ptr %82, i32 0, i32 3
  store i32 %81, ptr %83, align 8, !tbaa !21
  br label %84

84:                                               ; preds = %75, %14
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %85

85:                                               ; preds = %84
  %86 = load i32, ptr %7, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %7, align 4, !tbaa !5
  br label %9, !llvm.loop !38

88:                                               ; preds = %13
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @next_rand() #0 {
  %1 = load i32, ptr @lcg, align 4, !tbaa !5
  %2 = mul i32 %1, 1103515245
  %3 = add i32 %2, 12345
  store i32 %3, ptr @lcg, align 4, !tbaa !5
  %4 = load i32, ptr @lcg, align 4, !tbaa !5
  %5 = lshr i32 %4, 16
  %6 = and i32 %5, 32767
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @pick_next(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !24
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 -1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %59, %4
  %12 = load i32, ptr %10, align 4, !tbaa !5
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %62

16:                                               ; preds = %11
  %17 = load ptr, ptr %5, align 8, !tbaa !24
  %18 = load i32, ptr %10, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.job, ptr %17, i64 %19
  %21 = getelementptr inbounds nuw %struct.job, ptr %20, i32 0, i32 3
  %22 = load i32, ptr %21, align 4, !tbaa !29
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %33, label %24

24:                                               ; preds = %16
  %25 = load ptr, ptr %5, align 8, !tbaa !24
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.job, ptr %25, i64 %27
  %29 = getelementptr inbounds nuw %struct.job, ptr %28, i32 0, i32 1
  %30 = load i32, ptr %29, align 4, !tbaa !27
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = icmp sgt i32 %30, %31
  br i1 %32, label %33, label %34

33:                                               ; preds = %24, %16
  br label %59

34:                                               ; preds = %24
  %35 = load i32, ptr %9, align 4, !tbaa !5
  %36 = icmp slt i32 %35, 0
  br i1 %36, label %37, label %39

37:                                               ; preds = %34
  %38 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %38, ptr %9, align 4, !tbaa !5
  br label %59

39:                                               ; preds = %34
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 1
  br i1 %41, label %42, label %58

42:                                               ; preds = %39
  %43 = load ptr, ptr %5, align 8, !tbaa !24
  %44 = load i32, ptr %10, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds %struct.job, ptr %43, i64 %45
  %47 = getelementptr inbounds nuw %struct.job, ptr %46, i32 0, i32 3
  %48 = load i32, ptr %47, align 4, !tbaa !29
  %49 = load ptr, ptr %5, align 8, !tbaa !24
  %50 = load i32, ptr %9, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds %struct.job, ptr %49, i64 %51
  %53 = getelementptr inbounds nuw %struct.job, ptr %52, i32 0, i32 3
  %54 = load i32, ptr %53, align 4, !tbaa !29
  %55 = icmp slt i32 %48, %54
  br i1 %55, label %56, label %58

56:                                               ; preds = %42
  %57 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %57, ptr %9, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %56, %42, %39
  br label %59

59:                                               ; preds = %58, %37, %33
  %60 = load i32, ptr %10, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %10, align 4, !tbaa !5
  br label %11, !llvm.loop !39

62:                                               ; preds = %15
  %63 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret i32 %63
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!9 = !{!10, !6, i64 20}
!10 = !{!"job", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 omnipotent char", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !18, i64 0}
!17 = !{!"stats", !18, i64 0, !18, i64 8, !18, i64 16, !6, i64 24, !6, i64 28}
!18 = !{!"long", !7, i64 0}
!19 = !{!17, !18, i64 8}
!20 = !{!17, !18, i64 16}
!21 = !{!17, !6, i64 24}
!22 = !{!17, !6, i64 28}
!23 = distinct !{!23, !12}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 _ZTS3job", !15, i64 0}
!26 = !{!10, !6, i64 0}
!27 = !{!10, !6, i64 4}
!28 = !{!10, !6, i64 8}
!29 = !{!10, !6, i64 12}
!30 = !{!10, !6, i64 16}
!31 = distinct !{!31, !12}
!32 = !{!33, !33, i64 0}
!33 = !{!"p1 _ZTS5stats", !15, i64 0}
!34 = distinct !{!34, !12}
!35 = distinct !{!35, !12}
!36 = distinct !{!36, !12}
!37 = distinct !{!37, !12}
!38 = distinct !{!38, !12}
!39 = distinct !{!39, !12}
