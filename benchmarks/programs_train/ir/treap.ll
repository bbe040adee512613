; ModuleID = 'treap.c'
source_filename = "treap.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@pool_used = internal global i32 0, align 4
@.str = private unnamed_addr constant [27 x i8] c"size=%d pool=%d height=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [49 x i8] c"after erasing multiples of 5: size=%d height=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [25 x i8] c"min=%d median=%d max=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"kth checksum=%lu\0A\00", align 1
@.str.4 = private unnamed_addr constant [46 x i8] c"rank(25000)=%d rank(50000)=%d rank(75000)=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [26 x i8] c"keys in [30000,40000)=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"final size=%d\0A\00", align 1
@key_ = internal global [30001 x i32] zeroinitializer, align 16
@left_ = internal global [30001 x i32] zeroinitializer, align 16
@right_ = internal global [30001 x i32] zeroinitializer, align 16
@size_ = internal global [30001 x i32] zeroinitializer, align 16
@prio_ = internal global [30001 x i32] zeroinitializer, align 16
@rng_state = internal global i32 12648430, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @treap_insert(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = call i32 @contains(i32 noundef %9, i32 noundef %10) #4
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %16, label %13

13:                                               ; preds = %2
  %14 = load i32, ptr @pool_used, align 4, !tbaa !5
  %15 = icmp sge i32 %14, 30000
  br i1 %15, label %16, label %18

16:                                               ; preds = %13, %2
  %17 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %17, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %27

18:                                               ; preds = %13
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  call void @split(i32 noundef %19, i32 noundef %20, ptr noundef %6, ptr noundef %7) #4
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = call i32 @make_node(i32 noundef %22) #4
  %24 = call i32 @merge(i32 noundef %21, i32 noundef %23) #4
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = call i32 @merge(i32 noundef %24, i32 noundef %25) #4
  store i32 %26, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %27

27:                                               ; preds = %18, %16
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  %28 = load i32, ptr %3, align 4
  ret i32 %28
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @contains(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %34, %2
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %36

9:                                                ; preds = %6
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [30001 x i32], ptr @key_, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = icmp eq i32 %10, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  store i32 1, ptr %3, align 4
  br label %37

17:                                               ; preds = %9
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [30001 x i32], ptr @key_, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = icmp slt i32 %18, %22
  br i1 %23, label %24, label %29

24:                                               ; preds = %17
  %25 = load i32, ptr %4, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  br label %34

29:                                               ; preds = %17
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %29, %24
  %35 = phi i32 [ %28, %24 ], [ %33, %29 ]
  store i32 %35, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !9

36:                                               ; preds = %6
  store i32 0, ptr %3, align 4
  br label %37

37:                                               ; preds = %36, %16
  %38 = load i32, ptr %3, align 4
  ret i32 %38
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @split(i32 noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !11
  store ptr %3, ptr %8, align 8, !tbaa !11
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %4
  %12 = load ptr, ptr %8, align 8, !tbaa !11
  store i32 0, ptr %12, align 4, !tbaa !5
  %13 = load ptr, ptr %7, align 8, !tbaa !11
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %47

14:                                               ; preds = %4
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [30001 x i32], ptr @key_, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %33

21:                                               ; preds = %14
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %28
  %30 = load ptr, ptr %8, align 8, !tbaa !11
  call void @split(i32 noundef %25, i32 noundef %26, ptr noundef %29, ptr noundef %30) #4
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = load ptr, ptr %7, align 8, !tbaa !11
  store i32 %31, ptr %32, align 4, !tbaa !5
  br label %45

33:                                               ; preds = %14
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = load ptr, ptr %7, align 8, !tbaa !11
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %41
  call void @split(i32 noundef %37, i32 noundef %38, ptr noundef %39, ptr noundef %42) #4
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = load ptr, ptr %8, align 8, !tbaa !11
  store i32 %43, ptr %44, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %33, %21
  %46 = load i32, ptr %5, align 4, !tbaa !5
  call void @pull(i32 noundef %46) #4
  br label %47

47:                                               ; preds = %45, %11
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @merge(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8, %2
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %14, label %16

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !tbaa !5
  br label %18

16:                                               ; preds = %11
  %17 = load i32, ptr %5, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %16, %14
  %19 = phi i32 [ %15, %14 ], [ %17, %16 ]
  store i32 %19, ptr %3, align 4
  br label %54

20:                                               ; preds = %8
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [30001 x i32], ptr @prio_, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [30001 x i32], ptr @prio_, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = icmp ugt i32 %24, %28
  br i1 %29, label %30, label %42

30:                                               ; preds = %20
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = load i32, ptr %5, align 4, !tbaa !5
  %36 = call i32 @merge(i32 noundef %34, i32 noundef %35) #4
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %38
  store i32 %36, ptr %39, align 4, !tbaa !5
  %40 = load i32, ptr %4, align 4, !tbaa !5
  call void @pull(i32 noundef %40) #4
  %41 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %41, ptr %3, align 4
  br label %54

42:                                               ; preds = %20
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = call i32 @merge(i32 noundef %43, i32 noundef %47) #4
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %50
  store i32 %48, ptr %51, align 4, !tbaa !5
  %52 = load i32, ptr %5, align 4, !tbaa !5
  call void @pull(i32 noundef %52) #4
  %53 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %53, ptr %3, align 4
  br label %54

54:                                               ; preds = %42, %30, %18
  %55 = load i32, ptr %3, align 4
  ret i32 %55
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @make_node(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  %4 = load i32, ptr @pool_used, align 4, !tbaa !5
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @pool_used, align 4, !tbaa !5
  store i32 %5, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [30001 x i32], ptr @key_, i64 0, i64 %8
  store i32 %6, ptr %9, align 4, !tbaa !5
  %10 = call i32 @rnd() #4
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [30001 x i32], ptr @prio_, i64 0, i64 %12
  store i32 %10, ptr %13, align 4, !tbaa !5
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %15
  store i32 0, ptr %16, align 4, !tbaa !5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %18
  store i32 0, ptr %19, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [30001 x i32], ptr @size_, i64 0, i64 %21
  store i32 1, ptr %22, align 4, !tbaa !5
  %23 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @treap_erase(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  call void @llvm.lifetime.start.p0(ptr %6) #3
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  call void @split(i32 noundef %8, i32 noundef %9, ptr noundef %5, ptr noundef %6) #4
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = add nsw i32 %11, 1
  call void @split(i32 noundef %10, i32 noundef %12, ptr noundef %6, ptr noundef %7) #4
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = call i32 @merge(i32 noundef %13, i32 noundef %14) #4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 2024, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i64 0, ptr %5, align 8, !tbaa !14
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %21, %0
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 20000
  br i1 %11, label %12, label %24

12:                                               ; preds = %9
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = mul i32 %13, 1103515245
  %15 = add i32 %14, 12345
  store i32 %15, ptr %4, align 4, !tbaa !5
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = lshr i32 %17, 8
  %19 = urem i32 %18, 100000
  %20 = call i32 @treap_insert(i32 noundef %16, i32 noundef %19) #4
  store i32 %20, ptr %2, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %12
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %3, align 4, !tbaa !5
  br label %9, !llvm.loop !16

24:                                               ; preds = %9
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = call i32 @sz(i32 noundef %25) #4
  %27 = load i32, ptr @pool_used, align 4, !tbaa !5
  %28 = load i32, ptr %2, align 4, !tbaa !5
  %29 = call i32 @height(i32 noundef %28) #4
  %30 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %26, i32 noundef %27, i32 noundef %29) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %38, %24
  %32 = load i32, ptr %3, align 4, !tbaa !5
  %33 = icmp slt i32 %32, 100000
  br i1 %33, label %34, label %41

34:                                               ; preds = %31
  %35 = load i32, ptr %2, align 4, !tbaa !5
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = call i32 @treap_erase(i32 noundef %35, i32 noundef %36) #4
  store i32 %37, ptr %2, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %34
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = add nsw i32 %39, 5
  store i32 %40, ptr %3, align 4, !tbaa !5
  br label %31, !llvm.loop !17

41:                                               ; preds = %31
  %42 = load i32, ptr %2, align 4, !tbaa !5
  %43 = call i32 @sz(i32 noundef %42) #4
  %44 = load i32, ptr %2, align 4, !tbaa !5
  %45 = call i32 @height(i32 noundef %44) #4
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %43, i32 noundef %45) #4
  %47 = load i32, ptr %2, align 4, !tbaa !5
  %48 = call i32 @kth(i32 noundef %47, i32 noundef 0) #4
  %49 = load i32, ptr %2, align 4, !tbaa !5
  %50 = load i32, ptr %2, align 4, !tbaa !5
  %51 = call i32 @sz(i32 noundef %50) #4
  %52 = sdiv i32 %51, 2
  %53 = call i32 @kth(i32 noundef %49, i32 noundef %52) #4
  %54 = load i32, ptr %2, align 4, !tbaa !5
  %55 = load i32, ptr %2, align 4, !tbaa !5
  %56 = call i32 @sz(i32 noundef %55) #4
  %57 = sub nsw i32 %56, 1
  %58 = call i32 @kth(i32 noundef %54, i32 noundef %57) #4
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %48, i32 noundef %53, i32 noundef %58) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %73, %41
  %61 = load i32, ptr %3, align 4, !tbaa !5
  %62 = load i32, ptr %2, align 4, !tbaa !5
  %63 = call i32 @sz(i32 noundef %62) #4
  %64 = icmp slt i32 %61, %63
  br i1 %64, label %65, label %76

65:                                               ; preds = %60
  %66 = load i64, ptr %5, align 8, !tbaa !14
  %67 = mul i64 %66, 1000003
  %68 = load i32, ptr %2, align 4, !tbaa !5
  %69 = load i32, ptr %3, align 4, !tbaa !5
  %70 = call i32 @kth(i32 noundef %68, i32 noundef %69) #4
  %71 = sext i32 %70 to i64
  %72 = add i64 %67, %71
  store i64 %72, ptr %5, align 8, !tbaa !14
  br label %73

73:                                               ; preds = %65
  %74 = load i32, ptr %3, align 4, !tbaa !5
  %75 = add nsw i32 %74, 97
  store i32 %75, ptr %3, align 4, !tbaa !5
  br label %60, !llvm.loop !18

76:                                               ; preds = %60
  %77 = load i64, ptr %5, align 8, !tbaa !14
  %78 = urem i64 %77, 4294967291
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %78) #4
  %80 = load i32, ptr %2, align 4, !tbaa !5
  %81 = call i32 @rank_of(i32 noundef %80, i32 noundef 25000) #4
  %82 = load i32, ptr %2, align 4, !tbaa !5
  %83 = call i32 @rank_of(i32 noundef %82, i32 noundef 50000) #4
  %84 = load i32, ptr %2, align 4, !tbaa !5
  %85 = call i32 @rank_of(i32 noundef %84, i32 noundef 75000) #4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %81, i32 noundef %83, i32 noundef %85) #4
  call void @llvm.lifetime.start.p0(ptr %6) #3
  call void @llvm.lifetime.start.p0(ptr %7) #3
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %87 = load i32, ptr %2, align 4, !tbaa !5
  call void @split(i32 noundef %87, i32 noundef 30000, ptr noundef %6, ptr noundef %7) #4
  %88 = load i32, ptr %7, align 4, !tbaa !5
  call void @split(i32 noundef %88, i32 noundef 40000, ptr noundef %7, ptr noundef %8) #4
  %89 = load i32, ptr %7, align 4, !tbaa !5
  %90 = call i32 @sz(i32 noundef %89) #4
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %90) #4
  %92 = load i32, ptr %6, align 4, !tbaa !5
  %93 = load i32, ptr %7, align 4, !tbaa !5
  %94 = call i32 @merge(i32 noundef %92, i32 noundef %93) #4
  %95 = load i32, ptr %8, align 4, !tbaa !5
  %96 = call i32 @merge(i32 noundef %94, i32 noundef %95) #4
  store i32 %96, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  %97 = load i32, ptr %2, align 4, !tbaa !5
  %98 = call i32 @sz(i32 noundef %97) #4
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %98) #4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @sz(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %5, label %10

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [30001 x i32], ptr @size_, i64 0, i64 %7
  %9 = load i32, ptr %8, align 4, !tbaa !5
  br label %11

10:                                               ; preds = %1
  br label %11

11:                                               ; preds = %10, %5
  %12 = phi i32 [ %9, %5 ], [ 0, %10 ]
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @height(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %10, label %9

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %31

10:                                               ; preds = %1
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = call i32 @height(i32 noundef %14) #4
  store i32 %15, ptr %4, align 4, !tbaa !5
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = call i32 @height(i32 noundef %19) #4
  store i32 %20, ptr %5, align 4, !tbaa !5
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = icmp sgt i32 %21, %22
  br i1 %23, label %24, label %26

24:                                               ; preds = %10
  %25 = load i32, ptr %4, align 4, !tbaa !5
  br label %28

26:                                               ; preds = %10
  %27 = load i32, ptr %5, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %26, %24
  %29 = phi i32 [ %25, %24 ], [ %27, %26 ]
  %30 = add nsw i32 1, %29
  store i32 %30, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %31

31:                                               ; preds = %28, %9
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  %32 = load i32, ptr %2, align 4
  ret i32 %32
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @kth(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %44, %2
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !5
  %13 = call i32 @sz(i32 noundef %12) #4
  store i32 %13, ptr %6, align 4, !tbaa !5
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %22

17:                                               ; preds = %8
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4, !tbaa !5
  store i32 %21, ptr %4, align 4, !tbaa !5
  br label %41

22:                                               ; preds = %8
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = icmp eq i32 %23, %24
  br i1 %25, label %26, label %31

26:                                               ; preds = %22
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [30001 x i32], ptr @key_, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  store i32 %30, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %42

31:                                               ; preds = %22
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = sub nsw i32 %34, %33
  store i32 %35, ptr %5, align 4, !tbaa !5
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  store i32 %39, ptr %4, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %31
  br label %41

41:                                               ; preds = %40, %17
  store i32 0, ptr %7, align 4
  br label %42

42:                                               ; preds = %41, %26
  call void @llvm.lifetime.end.p0(ptr %6) #3
  %43 = load i32, ptr %7, align 4
  switch i32 %43, label %47 [
    i32 0, label %44
    i32 1, label %45
  ]

44:                                               ; preds = %42
  br label %8

45:                                               ; preds = %42
  %46 = load i32, ptr %3, align 4
  ret i32 %46

47:                                               ; preds = %42
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rank_of(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %34, %2
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %35

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [30001 x i32], ptr @key_, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %29

16:                                               ; preds = %9
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = call i32 @sz(i32 noundef %20) #4
  %22 = add nsw i32 %21, 1
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = add nsw i32 %23, %22
  store i32 %24, ptr %5, align 4, !tbaa !5
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  store i32 %28, ptr %3, align 4, !tbaa !5
  br label %34

29:                                               ; preds = %9
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  store i32 %33, ptr %3, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %29, %16
  br label %6, !llvm.loop !19

35:                                               ; preds = %6
  %36 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %36
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @pull(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = icmp ne i32 %3, 0
  br i1 %4, label %5, label %21

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [30001 x i32], ptr @left_, i64 0, i64 %7
  %9 = load i32, ptr %8, align 4, !tbaa !5
  %10 = call i32 @sz(i32 noundef %9) #4
  %11 = add nsw i32 1, %10
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [30001 x i32], ptr @right_, i64 0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = call i32 @sz(i32 noundef %15) #4
  %17 = add nsw i32 %11, %16
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [30001 x i32], ptr @size_, i64 0, i64 %19
  store i32 %17, ptr %20, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %5, %1
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rnd() #0 {
  %1 = load i32, ptr @rng_state, align 4, !tbaa !5
  %2 = shl i32 %1, 13
  %3 = load i32, ptr @rng_state, align 4, !tbaa !5
  %4 = xor i32 %3, %2
  store i32 %4, ptr @rng_state, align 4, !tbaa !5
  %5 = load i32, ptr @rng_state, align 4, !tbaa !5
  %6 = lshr i32 %5, 17
  %7 = load i32, ptr @rng_state, align 4, !tbaa !5
  %8 = xor i32 %7, %6
  store i32 %8, ptr @rng_state, align 4, !tbaa !5
  %9 = load i32, ptr @rng_state, align 4, !tbaa !5
  %10 = shl i32 %9, 5
  %11 = load i32, ptr @rng_state, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr @rng_state, align 4, !tbaa !5
  %13 = load i32, ptr @rng_state, align 4, !tbaa !5
  ret i32 %13
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 int", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
