; ModuleID = 'deque_ring.c'
source_filename = "deque_ring.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Deque = type { ptr, i64, i64, i64 }

@main.data = internal global [5000 x i32] zeroinitializer, align 16
@main.maxima = internal global [5000 x i32] zeroinitializer, align 16
@main.phrases = internal global [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str = private unnamed_addr constant [31 x i8] c"A man, a plan, a canal: Panama\00", align 1
@.str.1 = private unnamed_addr constant [19 x i8] c"No lemon, no melon\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"Hello, world\00", align 1
@.str.3 = private unnamed_addr constant [29 x i8] c"Was it a car or a cat I saw?\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"Step on no pets\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"Deque ring buffer\00", align 1
@.str.6 = private unnamed_addr constant [26 x i8] c"Able was I ere I saw Elba\00", align 1
@.str.7 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.8 = private unnamed_addr constant [37 x i8] c"window max sum=%ld first=%d last=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"  [%d] %s\0A\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"palindromes=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [56 x i8] c"rotation checksum=%ld len=%zu cap=%zu front=%d back=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @dq_push_back(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.Deque, ptr %6, i32 0, i32 3
  %8 = load i64, ptr %7, align 8, !tbaa !11
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.Deque, ptr %9, i32 0, i32 1
  %11 = load i64, ptr %10, align 8, !tbaa !15
  %12 = icmp eq i64 %8, %11
  br i1 %12, label %13, label %18

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = call i32 @dq_grow(ptr noundef %14) #8
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  store i32 0, ptr %3, align 4
  br label %40

18:                                               ; preds = %13, %2
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.Deque, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %21, align 8, !tbaa !16
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.Deque, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8, !tbaa !17
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.Deque, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8, !tbaa !11
  %29 = add i64 %25, %28
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.Deque, ptr %30, i32 0, i32 1
  %32 = load i64, ptr %31, align 8, !tbaa !15
  %33 = sub i64 %32, 1
  %34 = and i64 %29, %33
  %35 = getelementptr inbounds nuw i32, ptr %22, i64 %34
  store i32 %19, ptr %35, align 4, !tbaa !5
  %36 = load ptr, ptr %4, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.Deque, ptr %36, i32 0, i32 3
  %38 = load i64, ptr %37, align 8, !tbaa !11
  %39 = add i64 %38, 1
  store i64 %39, ptr %37, align 8, !tbaa !11
  store i32 1, ptr %3, align 4
  br label %40

40:                                               ; preds = %18, %17
  %41 = load i32, ptr %3, align 4
  ret i32 %41
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @dq_grow(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.Deque, ptr %8, i32 0, i32 1
  %10 = load i64, ptr %9, align 8, !tbaa !15
  %11 = mul i64 %10, 2
  store i64 %11, ptr %5, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %12 = load i64, ptr %5, align 8, !tbaa !18
  %13 = mul i64 %12, 4
  %14 = call noalias ptr @malloc(i64 noundef %13) #10
  store ptr %14, ptr %6, align 8, !tbaa !19
  %15 = load ptr, ptr %6, align 8, !tbaa !19
  %16 = icmp ne ptr %15, null
  br i1 %16, label %18, label %17

17:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %59

18:                                               ; preds = %1
  store i64 0, ptr %4, align 8, !tbaa !18
  br label %19

19:                                               ; preds = %44, %18
  %20 = load i64, ptr %4, align 8, !tbaa !18
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.Deque, ptr %21, i32 0, i32 3
  %23 = load i64, ptr %22, align 8, !tbaa !11
  %24 = icmp ult i64 %20, %23
  br i1 %24, label %25, label %47

25:                                               ; preds = %19
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.Deque, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !16
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.Deque, ptr %29, i32 0, i32 2
  %31 = load i64, ptr %30, align 8, !tbaa !17
  %32 = load i64, ptr %4, align 8, !tbaa !18
  %33 = add i64 %31, %32
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.Deque, ptr %34, i32 0, i32 1
  %36 = load i64, ptr %35, align 8, !tbaa !15
  %37 = sub i64 %36, 1
  %38 = and i64 %33, %37
  %39 = getelementptr inbounds nuw i32, ptr %28, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = load ptr, ptr %6, align 8, !tbaa !19
  %42 = load i64, ptr %4, align 8, !tbaa !18
  %43 = getelementptr inbounds nuw i32, ptr %41, i64 %42
  store i32 %40, ptr %43, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %25
  %45 = load i64, ptr %4, align 8, !tbaa !18
  %46 = add i64 %45, 1
  store i64 %46, ptr %4, align 8, !tbaa !18
  br label %19, !llvm.loop !20

47:                                               ; preds = %19
  %48 = load ptr, ptr %3, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.Deque, ptr %48, i32 0, i32 0
  %50 = load ptr, ptr %49, align 8, !tbaa !16
  call void @free(ptr noundef %50) #11
  %51 = load ptr, ptr %6, align 8, !tbaa !19
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.Deque, ptr %52, i32 0, i32 0
  store ptr %51, ptr %53, align 8, !tbaa !16
  %54 = load i64, ptr %5, align 8, !tbaa !18
  %55 = load ptr, ptr %3, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.Deque, ptr %55, i32 0, i32 1
  store i64 %54, ptr %56, align 8, !tbaa !15
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.Deque, ptr %57, i32 0, i32 2
  store i64 0, ptr %58, align 8, !tbaa !17
  store i32 1, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %59

59:                                               ; preds = %47, %17
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  %60 = load i32, ptr %2, align 4
  ret i32 %60
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @dq_push_front(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.Deque, ptr %6, i32 0, i32 3
  %8 = load i64, ptr %7, align 8, !tbaa !11
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.Deque, ptr %9, i32 0, i32 1
  %11 = load i64, ptr %10, align 8, !tbaa !15
  %12 = icmp eq i64 %8, %11
  br i1 %12, label %13, label %18

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = call i32 @dq_grow(ptr noundef %14) #8
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  store i32 0, ptr %3, align 4
  br label %46

18:                                               ; preds = %13, %2
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.Deque, ptr %19, i32 0, i32 2
  %21 = load i64, ptr %20, align 8, !tbaa !17
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.Deque, ptr %22, i32 0, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !15
  %25 = add i64 %21, %24
  %26 = sub i64 %25, 1
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Deque, ptr %27, i32 0, i32 1
  %29 = load i64, ptr %28, align 8, !tbaa !15
  %30 = sub i64 %29, 1
  %31 = and i64 %26, %30
  %32 = load ptr, ptr %4, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.Deque, ptr %32, i32 0, i32 2
  store i64 %31, ptr %33, align 8, !tbaa !17
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.Deque, ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %36, align 8, !tbaa !16
  %38 = load ptr, ptr %4, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.Deque, ptr %38, i32 0, i32 2
  %40 = load i64, ptr %39, align 8, !tbaa !17
  %41 = getelementptr inbounds nuw i32, ptr %37, i64 %40
  store i32 %34, ptr %41, align 4, !tbaa !5
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.Deque, ptr %42, i32 0, i32 3
  %44 = load i64, ptr %43, align 8, !tbaa !11
  %45 = add i64 %44, 1
  store i64 %45, ptr %43, align 8, !tbaa !11
  store i32 1, ptr %3, align 4
  br label %46

46:                                               ; preds = %18, %17
  %47 = load i32, ptr %3, align 4
  ret i32 %47
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @dq_pop_front(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.Deque, ptr %4, i32 0, i32 0
  %6 = load ptr, ptr %5, align 8, !tbaa !16
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.Deque, ptr %7, i32 0, i32 2
  %9 = load i64, ptr %8, align 8, !tbaa !17
  %10 = getelementptr inbounds nuw i32, ptr %6, i64 %9
  %11 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %11, ptr %3, align 4, !tbaa !5
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.Deque, ptr %12, i32 0, i32 2
  %14 = load i64, ptr %13, align 8, !tbaa !17
  %15 = add i64 %14, 1
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.Deque, ptr %16, i32 0, i32 1
  %18 = load i64, ptr %17, align 8, !tbaa !15
  %19 = sub i64 %18, 1
  %20 = and i64 %15, %19
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.Deque, ptr %21, i32 0, i32 2
  store i64 %20, ptr %22, align 8, !tbaa !17
  %23 = load ptr, ptr %2, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.Deque, ptr %23, i32 0, i32 3
  %25 = load i64, ptr %24, align 8, !tbaa !11
  %26 = add i64 %25, -1
  store i64 %26, ptr %24, align 8, !tbaa !11
  %27 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %27
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @dq_pop_back(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 3
  %5 = load i64, ptr %4, align 8, !tbaa !11
  %6 = add i64 %5, -1
  store i64 %6, ptr %4, align 8, !tbaa !11
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.Deque, ptr %7, i32 0, i32 0
  %9 = load ptr, ptr %8, align 8, !tbaa !16
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.Deque, ptr %10, i32 0, i32 2
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.Deque, ptr %13, i32 0, i32 3
  %15 = load i64, ptr %14, align 8, !tbaa !11
  %16 = add i64 %12, %15
  %17 = load ptr, ptr %2, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.Deque, ptr %17, i32 0, i32 1
  %19 = load i64, ptr %18, align 8, !tbaa !15
  %20 = sub i64 %19, 1
  %21 = and i64 %16, %20
  %22 = getelementptr inbounds nuw i32, ptr %9, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca %struct.Deque, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  store i32 -1831433054, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #9
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i64 0, ptr %7, align 8, !tbaa !18
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %23, %0
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 5000
  br i1 %12, label %13, label %26

13:                                               ; preds = %10
  %14 = load i32, ptr %2, align 4, !tbaa !5
  %15 = mul i32 %14, 1103515245
  %16 = add i32 %15, 12345
  store i32 %16, ptr %2, align 4, !tbaa !5
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = lshr i32 %17, 16
  %19 = urem i32 %18, 1000
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [5000 x i32], ptr @main.data, i64 0, i64 %21
  store i32 %19, ptr %22, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %13
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4, !tbaa !5
  br label %10, !llvm.loop !22

26:                                               ; preds = %10
  %27 = call i64 @window_max_sum(ptr noundef @main.data, i32 noundef 5000, i32 noundef 37, ptr noundef @main.maxima) #8
  store i64 %27, ptr %6, align 8, !tbaa !18
  %28 = load i64, ptr %6, align 8, !tbaa !18
  %29 = load i32, ptr @main.maxima, align 16, !tbaa !5
  %30 = load i32, ptr getelementptr inbounds ([5000 x i32], ptr @main.maxima, i64 0, i64 4963), align 4, !tbaa !5
  %31 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %28, i32 noundef %29, i32 noundef %30) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %50, %26
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 8
  br i1 %34, label %35, label %53

35:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [8 x ptr], ptr @main.phrases, i64 0, i64 %37
  %39 = load ptr, ptr %38, align 8, !tbaa !23
  %40 = call i32 @is_palindrome(ptr noundef %39) #8
  store i32 %40, ptr %8, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = add nsw i32 %42, %41
  store i32 %43, ptr %5, align 4, !tbaa !5
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = load i32, ptr %4, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [8 x ptr], ptr @main.phrases, i64 0, i64 %46
  %48 = load ptr, ptr %47, align 8, !tbaa !23
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %44, ptr noundef %48) #8
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %50

50:                                               ; preds = %35
  %51 = load i32, ptr %4, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %4, align 4, !tbaa !5
  br label %32, !llvm.loop !25

53:                                               ; preds = %32
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %54) #8
  %56 = call i32 @dq_init(ptr noundef %3, i64 noundef 4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %71, %53
  %58 = load i32, ptr %4, align 4, !tbaa !5
  %59 = icmp slt i32 %58, 300
  br i1 %59, label %60, label %74

60:                                               ; preds = %57
  %61 = load i32, ptr %4, align 4, !tbaa !5
  %62 = srem i32 %61, 3
  %63 = icmp eq i32 %62, 0
  br i1 %63, label %64, label %67

64:                                               ; preds = %60
  %65 = load i32, ptr %4, align 4, !tbaa !5
  %66 = call i32 @dq_push_front(ptr noundef %3, i32 noundef %65) #8
  br label %70

67:                                               ; preds = %60
  %68 = load i32, ptr %4, align 4, !tbaa !5
  %69 = call i32 @dq_push_back(ptr noundef %3, i32 noundef %68) #8
  br label %70

70:                                               ; preds = %67, %64
  br label %71

71:                                               ; preds = %70
  %72 = load i32, ptr %4, align 4, !tbaa !5
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %4, align 4, !tbaa !5
  br label %57, !llvm.loop !26

74:                                               ; preds = %57
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %104, %74
  %76 = load i32, ptr %4, align 4, !tbaa !5
  %77 = icmp slt i32 %76, 10000
  br i1 %77, label %78, label %107

78:                                               ; preds = %75
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %79 = load i32, ptr %4, align 4, !tbaa !5
  %80 = srem i32 %79, 4
  switch i32 %80, label %89 [
    i32 0, label %81
    i32 1, label %81
    i32 2, label %85
  ]

81:                                               ; preds = %78, %78
  %82 = call i32 @dq_pop_front(ptr noundef %3) #8
  store i32 %82, ptr %9, align 4, !tbaa !5
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = call i32 @dq_push_back(ptr noundef %3, i32 noundef %83) #8
  br label %94

85:                                               ; preds = %78
  %86 = call i32 @dq_pop_back(ptr noundef %3) #8
  store i32 %86, ptr %9, align 4, !tbaa !5
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = call i32 @dq_push_front(ptr noundef %3, i32 noundef %87) #8
  br label %94

89:                                               ; preds = %78
  %90 = call i32 @dq_pop_front(ptr noundef %3) #8
  store i32 %90, ptr %9, align 4, !tbaa !5
  %91 = load i32, ptr %9, align 4, !tbaa !5
  %92 = add nsw i32 %91, 1
  %93 = call i32 @dq_push_back(ptr noundef %3, i32 noundef %92) #8
  br label %94

94:                                               ; preds = %89, %85, %81
  %95 = load i32, ptr %9, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = load i32, ptr %4, align 4, !tbaa !5
  %98 = srem i32 %97, 7
  %99 = add nsw i32 %98, 1
  %100 = sext i32 %99 to i64
  %101 = mul nsw i64 %96, %100
  %102 = load i64, ptr %7, align 8, !tbaa !18
  %103 = add nsw i64 %102, %101
  store i64 %103, ptr %7, align 8, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %9) #9
  br label %104

104:                                              ; preds = %94
  %105 = load i32, ptr %4, align 4, !tbaa !5
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %4, align 4, !tbaa !5
  br label %75, !llvm.loop !27

107:                                              ; preds = %75
  %108 = load i64, ptr %7, align 8, !tbaa !18
  %109 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 3
  %110 = load i64, ptr %109, align 8, !tbaa !11
  %111 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 1
  %112 = load i64, ptr %111, align 8, !tbaa !15
  %113 = call i32 @dq_front(ptr noundef %3) #8
  %114 = call i32 @dq_back(ptr noundef %3) #8
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %108, i64 noundef %110, i64 noundef %112, i32 noundef %113, i32 noundef %114) #8
  call void @dq_free(ptr noundef %3) #8
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  call void @llvm.lifetime.end.p0(ptr %2) #9
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @window_max_sum(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca %struct.Deque, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !19
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %9) #9
  call void @llvm.lifetime.start.p0(ptr %10) #9
  store i64 0, ptr %10, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %11) #9
  %13 = call i32 @dq_init(ptr noundef %9, i64 noundef 8) #8
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %77, %4
  %15 = load i32, ptr %11, align 4, !tbaa !5
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %18, label %80

18:                                               ; preds = %14
  br label %19

19:                                               ; preds = %37, %18
  %20 = getelementptr inbounds nuw %struct.Deque, ptr %9, i32 0, i32 3
  %21 = load i64, ptr %20, align 8, !tbaa !11
  %22 = icmp ne i64 %21, 0
  br i1 %22, label %23, label %35

23:                                               ; preds = %19
  %24 = load ptr, ptr %5, align 8, !tbaa !19
  %25 = call i32 @dq_back(ptr noundef %9) #8
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i32, ptr %24, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = load ptr, ptr %5, align 8, !tbaa !19
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %29, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = icmp sle i32 %28, %33
  br label %35

35:                                               ; preds = %23, %19
  %36 = phi i1 [ false, %19 ], [ %34, %23 ]
  br i1 %36, label %37, label %39

37:                                               ; preds = %35
  %38 = call i32 @dq_pop_back(ptr noundef %9) #8
  br label %19, !llvm.loop !28

39:                                               ; preds = %35
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = call i32 @dq_push_back(ptr noundef %9, i32 noundef %40) #8
  %42 = call i32 @dq_front(ptr noundef %9) #8
  %43 = load i32, ptr %11, align 4, !tbaa !5
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = sub nsw i32 %43, %44
  %46 = icmp sle i32 %42, %45
  br i1 %46, label %47, label %49

47:                                               ; preds = %39
  %48 = call i32 @dq_pop_front(ptr noundef %9) #8
  br label %49

49:                                               ; preds = %47, %39
  %50 = load i32, ptr %11, align 4, !tbaa !5
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = sub nsw i32 %51, 1
  %53 = icmp sge i32 %50, %52
  br i1 %53, label %54, label %76

54:                                               ; preds = %49
  call void @llvm.lifetime.start.p0(ptr %12) #9
  %55 = load ptr, ptr %5, align 8, !tbaa !19
  %56 = call i32 @dq_front(ptr noundef %9) #8
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %55, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  store i32 %59, ptr %12, align 4, !tbaa !5
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = load i64, ptr %10, align 8, !tbaa !18
  %63 = add nsw i64 %62, %61
  store i64 %63, ptr %10, align 8, !tbaa !18
  %64 = load ptr, ptr %8, align 8, !tbaa !19
  %65 = icmp ne ptr %64, null
  br i1 %65, label %66, label %75

66:                                               ; preds = %54
  %67 = load i32, ptr %12, align 4, !tbaa !5
  %68 = load ptr, ptr %8, align 8, !tbaa !19
  %69 = load i32, ptr %11, align 4, !tbaa !5
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = sub nsw i32 %69, %70
  %72 = add nsw i32 %71, 1
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i32, ptr %68, i64 %73
  store i32 %67, ptr %74, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %66, %54
  call void @llvm.lifetime.end.p0(ptr %12) #9
  br label %76

76:                                               ; preds = %75, %49
  br label %77

77:                                               ; preds = %76
  %78 = load i32, ptr %11, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %11, align 4, !tbaa !5
  br label %14, !llvm.loop !29

80:                                               ; preds = %14
  call void @dq_free(ptr noundef %9) #8
  %81 = load i64, ptr %10, align 8, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %11) #9
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %9) #9
  ret i64 %81
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_palindrome(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.Deque, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %3) #9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  store i32 1, ptr %4, align 4, !tbaa !5
  %8 = load ptr, ptr %2, align 8, !tbaa !23
  %9 = call i64 @strlen(ptr noundef %8) #12
  %10 = call i32 @dq_init(ptr noundef %3, i64 noundef %9) #8
  br label %11

11:                                               ; preds = %40, %1
  %12 = load ptr, ptr %2, align 8, !tbaa !23
  %13 = load i8, ptr %12, align 1, !tbaa !30
  %14 = icmp ne i8 %13, 0
  br i1 %14, label %15, label %43

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %16 = load ptr, ptr %2, align 8, !tbaa !23
  %17 = load i8, ptr %16, align 1, !tbaa !30
  store i8 %17, ptr %5, align 1, !tbaa !30
  %18 = call ptr @__ctype_b_loc() #13
  %19 = load ptr, ptr %18, align 8, !tbaa !31
  %20 = load i8, ptr %5, align 1, !tbaa !30
  %21 = zext i8 %20 to i32
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i16, ptr %19, i64 %22
  %24 = load i16, ptr %23, align 2, !tbaa !33
  %25 = zext i16 %24 to i32
  %26 = and i32 %25, 8
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %39

28:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %29 = call ptr @__ctype_tolower_loc() #13
  %30 = load ptr, ptr %29, align 8, !tbaa !19
  %31 = load i8, ptr %5, align 1, !tbaa !30
  %32 = zext i8 %31 to i32
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %30, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  store i32 %35, ptr %6, align 4, !tbaa !5
  %36 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %36, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = call i32 @dq_push_back(ptr noundef %3, i32 noundef %37) #8
  br label %39

39:                                               ; preds = %28, %15
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %40

40:                                               ; preds = %39
  %41 = load ptr, ptr %2, align 8, !tbaa !23
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1
  store ptr %42, ptr %2, align 8, !tbaa !23
  br label %11, !llvm.loop !35

43:                                               ; preds = %11
  br label %44

44:                                               ; preds = %53, %43
  %45 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 3
  %46 = load i64, ptr %45, align 8, !tbaa !11
  %47 = icmp ugt i64 %46, 1
  br i1 %47, label %48, label %54

48:                                               ; preds = %44
  %49 = call i32 @dq_pop_front(ptr noundef %3) #8
  %50 = call i32 @dq_pop_back(ptr noundef %3) #8
  %51 = icmp ne i32 %49, %50
  br i1 %51, label %52, label %53

52:                                               ; preds = %48
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %54

53:                                               ; preds = %48
  br label %44, !llvm.loop !36

54:                                               ; preds = %52, %44
  call void @dq_free(ptr noundef %3) #8
  %55 = load i32, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %55
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @dq_init(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i64 4, ptr %5, align 8, !tbaa !18
  br label %6

6:                                                ; preds = %10, %2
  %7 = load i64, ptr %5, align 8, !tbaa !18
  %8 = load i64, ptr %4, align 8, !tbaa !18
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %10, label %13

10:                                               ; preds = %6
  %11 = load i64, ptr %5, align 8, !tbaa !18
  %12 = shl i64 %11, 1
  store i64 %12, ptr %5, align 8, !tbaa !18
  br label %6, !llvm.loop !37

13:                                               ; preds = %6
  %14 = load i64, ptr %5, align 8, !tbaa !18
  %15 = mul i64 %14, 4
  %16 = call noalias ptr @malloc(i64 noundef %15) #10
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.Deque, ptr %17, i32 0, i32 0
  store ptr %16, ptr %18, align 8, !tbaa !16
  %19 = load i64, ptr %5, align 8, !tbaa !18
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.Deque, ptr %20, i32 0, i32 1
  store i64 %19, ptr %21, align 8, !tbaa !15
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.Deque, ptr %22, i32 0, i32 2
  store i64 0, ptr %23, align 8, !tbaa !17
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.Deque, ptr %24, i32 0, i32 3
  store i64 0, ptr %25, align 8, !tbaa !11
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.Deque, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !16
  %29 = icmp ne ptr %28, null
  %30 = zext i1 %29 to i32
  call void @llvm.lifetime.end.p0(ptr %5) #9
  ret i32 %30
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @dq_front(ptr noundef %0) #3 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8, !tbaa !16
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.Deque, ptr %6, i32 0, i32 2
  %8 = load i64, ptr %7, align 8, !tbaa !17
  %9 = getelementptr inbounds nuw i32, ptr %5, i64 %8
  %10 = load i32, ptr %9, align 4, !tbaa !5
  ret i32 %10
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @dq_back(ptr noundef %0) #3 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8, !tbaa !16
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.Deque, ptr %6, i32 0, i32 2
  %8 = load i64, ptr %7, align 8, !tbaa !17
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.Deque, ptr %9, i32 0, i32 3
  %11 = load i64, ptr %10, align 8, !tbaa !11
  %12 = add i64 %8, %11
  %13 = sub i64 %12, 1
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.Deque, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !15
  %17 = sub i64 %16, 1
  %18 = and i64 %13, %17
  %19 = getelementptr inbounds nuw i32, ptr %5, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @dq_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.Deque, ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8, !tbaa !16
  call void @free(ptr noundef %5) #11
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.Deque, ptr %6, i32 0, i32 0
  store ptr null, ptr %7, align 8, !tbaa !16
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.Deque, ptr %8, i32 0, i32 2
  store i64 0, ptr %9, align 8, !tbaa !17
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.Deque, ptr %10, i32 0, i32 3
  store i64 0, ptr %11, align 8, !tbaa !11
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.Deque, ptr %12, i32 0, i32 1
  store i64 0, ptr %13, align 8, !tbaa !15
  ret void
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #6

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #7

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { minsize optsize }
attributes #9 = { nounwind }
attributes #10 = { minsize nounwind optsize allocsize(0) }
attributes #11 = { minsize nounwind optsize }
attributes #12 = { minsize nounwind optsize willreturn memory(read) }
attributes #13 = { minsize nounwind optsize willreturn memory(none) }

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
!11 = !{!12, !14, i64 24}
!12 = !{!"", !13, i64 0, !14, i64 8, !14, i64 16, !14, i64 24}
!13 = !{!"p1 int", !10, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = !{!12, !14, i64 8}
!16 = !{!12, !13, i64 0}
!17 = !{!12, !14, i64 16}
!18 = !{!14, !14, i64 0}
!19 = !{!13, !13, i64 0}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = distinct !{!22, !21}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 omnipotent char", !10, i64 0}
!25 = distinct !{!25, !21}
!26 = distinct !{!26, !21}
!27 = distinct !{!27, !21}
!28 = distinct !{!28, !21}
!29 = distinct !{!29, !21}
!30 = !{!7, !7, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 short", !10, i64 0}
!33 = !{!34, !34, i64 0}
!34 = !{!"short", !7, i64 0}
!35 = distinct !{!35, !21}
!36 = distinct !{!36, !21}
!37 = distinct !{!37, !21}
