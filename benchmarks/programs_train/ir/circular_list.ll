; ModuleID = 'circular_list.c'
source_filename = "circular_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.SchedStats = type { i32, i64, i64, i32, [12 x i8] }
%struct.CNode = type { i32, i32, [12 x i8], ptr }

@main.ks = internal constant [4 x i32] [i32 2, i32 3, i32 7, i32 11], align 16
@.str = private unnamed_addr constant [52 x i8] c"josephus n=%d k=%d survivor=%d formula=%d hash=%lu\0A\00", align 1
@.str.1 = private unnamed_addr constant [14 x i8] c"processes=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [65 x i8] c"rr q=4: finished=%d switches=%d wait=%ld turnaround=%ld last=%s\0A\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"proc%03d\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca %struct.SchedStats, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store ptr null, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 99, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %37, %0
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 4
  br i1 %11, label %12, label %40

12:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = mul nsw i32 %13, 250
  %15 = add nsw i32 500, %14
  store i32 %15, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [4 x i32], ptr @main.ks, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = call i32 @josephus(i32 noundef %16, i32 noundef %20, ptr noundef %2) #7
  store i32 %21, ptr %8, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [4 x i32], ptr @main.ks, i64 0, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [4 x i32], ptr @main.ks, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = call i32 @josephus_formula(i32 noundef %28, i32 noundef %32) #7
  %34 = load i64, ptr %2, align 8, !tbaa !12
  %35 = urem i64 %34, 1000003
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %22, i32 noundef %26, i32 noundef %27, i32 noundef %33, i64 noundef %35) #7
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %37

37:                                               ; preds = %12
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !14

40:                                               ; preds = %9
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %55, %40
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = icmp slt i32 %42, 60
  br i1 %43, label %44, label %58

44:                                               ; preds = %41
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = mul i32 %45, 214013
  %47 = add i32 %46, 2531011
  store i32 %47, ptr %5, align 4, !tbaa !5
  %48 = load ptr, ptr %3, align 8, !tbaa !9
  %49 = load i32, ptr %6, align 4, !tbaa !5
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = lshr i32 %50, 16
  %52 = urem i32 %51, 40
  %53 = add nsw i32 %52, 1
  %54 = call ptr @push_back(ptr noundef %48, i32 noundef %49, i32 noundef %53) #7
  store ptr %54, ptr %3, align 8, !tbaa !9
  br label %55

55:                                               ; preds = %44
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4, !tbaa !5
  br label %41, !llvm.loop !16

58:                                               ; preds = %41
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = call i32 @list_len(ptr noundef %59) #7
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %60) #7
  %62 = load ptr, ptr %3, align 8, !tbaa !9
  call void @round_robin(ptr noundef %62, i32 noundef 4, ptr noundef %4) #7
  %63 = getelementptr inbounds nuw %struct.SchedStats, ptr %4, i32 0, i32 0
  %64 = load i32, ptr %63, align 8, !tbaa !17
  %65 = getelementptr inbounds nuw %struct.SchedStats, ptr %4, i32 0, i32 3
  %66 = load i32, ptr %65, align 8, !tbaa !19
  %67 = getelementptr inbounds nuw %struct.SchedStats, ptr %4, i32 0, i32 1
  %68 = load i64, ptr %67, align 8, !tbaa !20
  %69 = getelementptr inbounds nuw %struct.SchedStats, ptr %4, i32 0, i32 2
  %70 = load i64, ptr %69, align 8, !tbaa !21
  %71 = getelementptr inbounds nuw %struct.SchedStats, ptr %4, i32 0, i32 4
  %72 = getelementptr inbounds [12 x i8], ptr %71, i64 0, i64 0
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %64, i32 noundef %66, i64 noundef %68, i64 noundef %70, ptr noundef %72) #7
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
define internal i32 @josephus(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store ptr null, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %20, %3
  %13 = load i32, ptr %9, align 4, !tbaa !5
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp sle i32 %13, %14
  br i1 %15, label %16, label %23

16:                                               ; preds = %12
  %17 = load ptr, ptr %7, align 8, !tbaa !9
  %18 = load i32, ptr %9, align 4, !tbaa !5
  %19 = call ptr @push_back(ptr noundef %17, i32 noundef %18, i32 noundef 0) #7
  store ptr %19, ptr %7, align 8, !tbaa !9
  br label %20

20:                                               ; preds = %16
  %21 = load i32, ptr %9, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %9, align 4, !tbaa !5
  br label %12, !llvm.loop !24

23:                                               ; preds = %12
  %24 = load ptr, ptr %7, align 8, !tbaa !9
  store ptr %24, ptr %8, align 8, !tbaa !9
  %25 = load ptr, ptr %6, align 8, !tbaa !22
  store i64 0, ptr %25, align 8, !tbaa !12
  br label %26

26:                                               ; preds = %44, %23
  %27 = load ptr, ptr %8, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.CNode, ptr %27, i32 0, i32 3
  %29 = load ptr, ptr %28, align 8, !tbaa !25
  %30 = load ptr, ptr %8, align 8, !tbaa !9
  %31 = icmp ne ptr %29, %30
  br i1 %31, label %32, label %63

32:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %41, %32
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = load i32, ptr %5, align 4, !tbaa !5
  %36 = icmp slt i32 %34, %35
  br i1 %36, label %37, label %44

37:                                               ; preds = %33
  %38 = load ptr, ptr %8, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.CNode, ptr %38, i32 0, i32 3
  %40 = load ptr, ptr %39, align 8, !tbaa !25
  store ptr %40, ptr %8, align 8, !tbaa !9
  br label %41

41:                                               ; preds = %37
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %9, align 4, !tbaa !5
  br label %33, !llvm.loop !27

44:                                               ; preds = %33
  %45 = load ptr, ptr %8, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.CNode, ptr %45, i32 0, i32 3
  %47 = load ptr, ptr %46, align 8, !tbaa !25
  store ptr %47, ptr %11, align 8, !tbaa !9
  %48 = load ptr, ptr %11, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.CNode, ptr %48, i32 0, i32 3
  %50 = load ptr, ptr %49, align 8, !tbaa !25
  %51 = load ptr, ptr %8, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.CNode, ptr %51, i32 0, i32 3
  store ptr %50, ptr %52, align 8, !tbaa !25
  %53 = load ptr, ptr %6, align 8, !tbaa !22
  %54 = load i64, ptr %53, align 8, !tbaa !12
  %55 = mul i64 %54, 131
  %56 = load ptr, ptr %11, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.CNode, ptr %56, i32 0, i32 0
  %58 = load i32, ptr %57, align 8, !tbaa !28
  %59 = sext i32 %58 to i64
  %60 = add i64 %55, %59
  %61 = load ptr, ptr %6, align 8, !tbaa !22
  store i64 %60, ptr %61, align 8, !tbaa !12
  %62 = load ptr, ptr %11, align 8, !tbaa !9
  call void @free(ptr noundef %62) #8
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %26, !llvm.loop !29

63:                                               ; preds = %26
  %64 = load ptr, ptr %8, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.CNode, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %65, align 8, !tbaa !28
  store i32 %66, ptr %10, align 4, !tbaa !5
  %67 = load ptr, ptr %8, align 8, !tbaa !9
  call void @free(ptr noundef %67) #8
  %68 = load i32, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %68
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @josephus_formula(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 2, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %18, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = icmp sle i32 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %21

12:                                               ; preds = %7
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = add nsw i32 %13, %14
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = srem i32 %15, %16
  store i32 %17, ptr %5, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %12
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !30

21:                                               ; preds = %11
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @push_back(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %10 = call noalias ptr @malloc(i64 noundef 32) #9
  store ptr %10, ptr %8, align 8, !tbaa !9
  %11 = load ptr, ptr %8, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %15, label %13

13:                                               ; preds = %3
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %14, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %44

15:                                               ; preds = %3
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = load ptr, ptr %8, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.CNode, ptr %17, i32 0, i32 0
  store i32 %16, ptr %18, align 8, !tbaa !28
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = load ptr, ptr %8, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.CNode, ptr %20, i32 0, i32 1
  store i32 %19, ptr %21, align 4, !tbaa !31
  %22 = load ptr, ptr %8, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.CNode, ptr %22, i32 0, i32 2
  %24 = getelementptr inbounds [12 x i8], ptr %23, i64 0, i64 0
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %24, i64 noundef 12, ptr noundef @.str.3, i32 noundef %25) #8
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = icmp ne ptr %27, null
  br i1 %28, label %33, label %29

29:                                               ; preds = %15
  %30 = load ptr, ptr %8, align 8, !tbaa !9
  %31 = load ptr, ptr %8, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.CNode, ptr %31, i32 0, i32 3
  store ptr %30, ptr %32, align 8, !tbaa !25
  br label %42

33:                                               ; preds = %15
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.CNode, ptr %34, i32 0, i32 3
  %36 = load ptr, ptr %35, align 8, !tbaa !25
  %37 = load ptr, ptr %8, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.CNode, ptr %37, i32 0, i32 3
  store ptr %36, ptr %38, align 8, !tbaa !25
  %39 = load ptr, ptr %8, align 8, !tbaa !9
  %40 = load ptr, ptr %5, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.CNode, ptr %40, i32 0, i32 3
  store ptr %39, ptr %41, align 8, !tbaa !25
  br label %42

42:                                               ; preds = %33, %29
  %43 = load ptr, ptr %8, align 8, !tbaa !9
  store ptr %43, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %44

44:                                               ; preds = %42, %13
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %45 = load ptr, ptr %4, align 8
  ret ptr %45
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @list_len(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = icmp ne ptr %7, null
  br i1 %8, label %10, label %9

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %24

10:                                               ; preds = %1
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %11, ptr %4, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %18, %10
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %5, align 4, !tbaa !5
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.CNode, ptr %15, i32 0, i32 3
  %17 = load ptr, ptr %16, align 8, !tbaa !25
  store ptr %17, ptr %4, align 8, !tbaa !9
  br label %18

18:                                               ; preds = %12
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = icmp ne ptr %19, %20
  br i1 %21, label %12, label %22, !llvm.loop !32

22:                                               ; preds = %18
  %23 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %23, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %24

24:                                               ; preds = %22, %9
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %25 = load i32, ptr %2, align 4
  ret i32 %25
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @round_robin(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %11, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  %12 = load ptr, ptr %6, align 8, !tbaa !33
  call void @llvm.memset.p0.i64(ptr align 8 %12, i8 0, i64 40, i1 false)
  br label %13

13:                                               ; preds = %95, %3
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = icmp ne ptr %14, null
  br i1 %15, label %16, label %96

16:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %17 = load ptr, ptr %7, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.CNode, ptr %17, i32 0, i32 3
  %19 = load ptr, ptr %18, align 8, !tbaa !25
  store ptr %19, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %20 = load ptr, ptr %9, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.CNode, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 4, !tbaa !31
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %29

25:                                               ; preds = %16
  %26 = load ptr, ptr %9, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.CNode, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !31
  br label %31

29:                                               ; preds = %16
  %30 = load i32, ptr %5, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %29, %25
  %32 = phi i32 [ %28, %25 ], [ %30, %29 ]
  store i32 %32, ptr %10, align 4, !tbaa !5
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = load i64, ptr %8, align 8, !tbaa !12
  %36 = add nsw i64 %35, %34
  store i64 %36, ptr %8, align 8, !tbaa !12
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = load ptr, ptr %9, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.CNode, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 4, !tbaa !31
  %41 = sub nsw i32 %40, %37
  store i32 %41, ptr %39, align 4, !tbaa !31
  %42 = load ptr, ptr %6, align 8, !tbaa !33
  %43 = getelementptr inbounds nuw %struct.SchedStats, ptr %42, i32 0, i32 3
  %44 = load i32, ptr %43, align 8, !tbaa !19
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %43, align 8, !tbaa !19
  %46 = load ptr, ptr %9, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.CNode, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 4, !tbaa !31
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %85

50:                                               ; preds = %31
  %51 = load ptr, ptr %6, align 8, !tbaa !33
  %52 = getelementptr inbounds nuw %struct.SchedStats, ptr %51, i32 0, i32 0
  %53 = load i32, ptr %52, align 8, !tbaa !17
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %52, align 8, !tbaa !17
  %55 = load i64, ptr %8, align 8, !tbaa !12
  %56 = load ptr, ptr %6, align 8, !tbaa !33
  %57 = getelementptr inbounds nuw %struct.SchedStats, ptr %56, i32 0, i32 2
  %58 = load i64, ptr %57, align 8, !tbaa !21
  %59 = add nsw i64 %58, %55
  store i64 %59, ptr %57, align 8, !tbaa !21
  %60 = load ptr, ptr %6, align 8, !tbaa !33
  %61 = getelementptr inbounds nuw %struct.SchedStats, ptr %60, i32 0, i32 4
  %62 = getelementptr inbounds [12 x i8], ptr %61, i64 0, i64 0
  %63 = load ptr, ptr %9, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw %struct.CNode, ptr %63, i32 0, i32 2
  %65 = getelementptr inbounds [12 x i8], ptr %64, i64 0, i64 0
  %66 = call ptr @strcpy(ptr noundef %62, ptr noundef %65) #8
  %67 = load ptr, ptr %9, align 8, !tbaa !9
  %68 = load ptr, ptr %7, align 8, !tbaa !9
  %69 = icmp eq ptr %67, %68
  br i1 %69, label %70, label %71

70:                                               ; preds = %50
  store ptr null, ptr %4, align 8, !tbaa !9
  br label %83

71:                                               ; preds = %50
  %72 = load ptr, ptr %9, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.CNode, ptr %72, i32 0, i32 3
  %74 = load ptr, ptr %73, align 8, !tbaa !25
  %75 = load ptr, ptr %7, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.CNode, ptr %75, i32 0, i32 3
  store ptr %74, ptr %76, align 8, !tbaa !25
  %77 = load ptr, ptr %9, align 8, !tbaa !9
  %78 = load ptr, ptr %4, align 8, !tbaa !9
  %79 = icmp eq ptr %77, %78
  br i1 %79, label %80, label %82

80:                                               ; preds = %71
  %81 = load ptr, ptr %7, align 8, !tbaa !9
  store ptr %81, ptr %4, align 8, !tbaa !9
  br label %82

82:                                               ; preds = %80, %71
  br label %83

83:                                               ; preds = %82, %70
  %84 = load ptr, ptr %9, align 8, !tbaa !9
  call void @free(ptr noundef %84) #8
  br label %95

85:                                               ; preds = %31
  %86 = load ptr, ptr %9, align 8, !tbaa !9
  store ptr %86, ptr %7, align 8, !tbaa !9
  %87 = load ptr, ptr %4, align 8, !tbaa !9
  %88 = call i32 @list_len(ptr noundef %87) #7
  %89 = sext i32 %88 to i64
  %90 = sub nsw i64 %89, 1
  %91 = load ptr, ptr %6, align 8, !tbaa !33
  %92 = getelementptr inbounds nuw %struct.SchedStats, ptr %91, i32 0, i32 1
  %93 = load i64, ptr %92, align 8, !tbaa !20
  %94 = add nsw i64 %93, %90
  store i64 %94, ptr %92, align 8, !tbaa !20
  br label %95

95:                                               ; preds = %85, %83
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %13, !llvm.loop !34

96:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret void
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #3

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize allocsize(0) }

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
!10 = !{!"p1 _ZTS5CNode", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = !{!18, !6, i64 0}
!18 = !{!"", !6, i64 0, !13, i64 8, !13, i64 16, !6, i64 24, !7, i64 28}
!19 = !{!18, !6, i64 24}
!20 = !{!18, !13, i64 8}
!21 = !{!18, !13, i64 16}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 long", !11, i64 0}
!24 = distinct !{!24, !15}
!25 = !{!26, !10, i64 24}
!26 = !{!"CNode", !6, i64 0, !6, i64 4, !7, i64 8, !10, i64 24}
!27 = distinct !{!27, !15}
!28 = !{!26, !6, i64 0}
!29 = distinct !{!29, !15}
!30 = distinct !{!30, !15}
!31 = !{!26, !6, i64 4}
!32 = distinct !{!32, !15}
!33 = !{!11, !11, i64 0}
!34 = distinct !{!34, !15}
