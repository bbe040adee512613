; ModuleID = 'bigint.c'
source_filename = "bigint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.bigint = type { [160 x i32], i32 }

@main.buf = internal global [1602 x i8] zeroinitializer, align 16
@main.f = internal global %struct.bigint zeroinitializer, align 4
@main.two = internal global %struct.bigint zeroinitializer, align 4
@main.p = internal global %struct.bigint zeroinitializer, align 4
@main.q = internal global %struct.bigint zeroinitializer, align 4
@main.r = internal global %struct.bigint zeroinitializer, align 4
@main.a = internal global %struct.bigint zeroinitializer, align 4
@main.b = internal global %struct.bigint zeroinitializer, align 4
@main.check = internal global %struct.bigint zeroinitializer, align 4
@.str = private unnamed_addr constant [87 x i8] c"31415926535897932384626433832795028841971693993751058209749445923078164062862089986280\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"2718281828459045235360287471352662497757\00", align 1
@.str.2 = private unnamed_addr constant [50 x i8] c"100!: digits=%zu digitsum=%u  2^1000 digitsum=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [48 x i8] c"divmod ok=%d q=%s fib500=%.20s... (%zu digits)\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @bi_from_u64(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.bigint, ptr %5, i32 0, i32 1
  store i32 0, ptr %6, align 4, !tbaa !13
  br label %7

7:                                                ; preds = %10, %2
  %8 = load i64, ptr %4, align 8, !tbaa !11
  %9 = icmp ne i64 %8, 0
  br i1 %9, label %10, label %23

10:                                               ; preds = %7
  %11 = load i64, ptr %4, align 8, !tbaa !11
  %12 = trunc i64 %11 to i32
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.bigint, ptr %13, i32 0, i32 0
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.bigint, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !13
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %16, align 4, !tbaa !13
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds [160 x i32], ptr %14, i64 0, i64 %19
  store i32 %12, ptr %20, align 4, !tbaa !5
  %21 = load i64, ptr %4, align 8, !tbaa !11
  %22 = lshr i64 %21, 32
  store i64 %22, ptr %4, align 8, !tbaa !11
  br label %7, !llvm.loop !15

23:                                               ; preds = %7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bi_cmp(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4, !tbaa !13
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !13
  %14 = icmp ne i32 %10, %13
  br i1 %14, label %15, label %25

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.bigint, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !13
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.bigint, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4, !tbaa !13
  %22 = icmp slt i32 %18, %21
  %23 = zext i1 %22 to i64
  %24 = select i1 %22, i32 -1, i32 1
  store i32 %24, ptr %3, align 4
  br label %71

25:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.bigint, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !13
  %29 = sub nsw i32 %28, 1
  store i32 %29, ptr %6, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %65, %25
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = icmp sge i32 %31, 0
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  store i32 2, ptr %7, align 4
  br label %68

34:                                               ; preds = %30
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.bigint, ptr %35, i32 0, i32 0
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [160 x i32], ptr %36, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.bigint, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %6, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [160 x i32], ptr %42, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = icmp ne i32 %40, %46
  br i1 %47, label %48, label %64

48:                                               ; preds = %34
  %49 = load ptr, ptr %4, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw %struct.bigint, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [160 x i32], ptr %50, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = load ptr, ptr %5, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.bigint, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [160 x i32], ptr %56, i64 0, i64 %58
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = icmp ult i32 %54, %60
  %62 = zext i1 %61 to i64
  %63 = select i1 %61, i32 -1, i32 1
  store i32 %63, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %68

64:                                               ; preds = %34
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %6, align 4, !tbaa !5
  %67 = add nsw i32 %66, -1
  store i32 %67, ptr %6, align 4, !tbaa !5
  br label %30, !llvm.loop !17

68:                                               ; preds = %48, %33
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %69 = load i32, ptr %7, align 4
  switch i32 %69, label %73 [
    i32 2, label %70
    i32 1, label %71
  ]

70:                                               ; preds = %68
  store i32 0, ptr %3, align 4
  br label %71

71:                                               ; preds = %70, %68, %15
  %72 = load i32, ptr %3, align 4
  ret i32 %72

73:                                               ; preds = %68
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bi_add(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %13 = load ptr, ptr %6, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.bigint, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !13
  %16 = load ptr, ptr %7, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.bigint, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !13
  %19 = icmp sgt i32 %15, %18
  br i1 %19, label %20, label %24

20:                                               ; preds = %3
  %21 = load ptr, ptr %6, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.bigint, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4, !tbaa !13
  br label %28

24:                                               ; preds = %3
  %25 = load ptr, ptr %7, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.bigint, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %26, align 4, !tbaa !13
  br label %28

28:                                               ; preds = %24, %20
  %29 = phi i32 [ %23, %20 ], [ %27, %24 ]
  store i32 %29, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %78, %28
  %31 = load i32, ptr %10, align 4, !tbaa !5
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %35, label %34

34:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %81

35:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %36 = load i64, ptr %9, align 8, !tbaa !11
  store i64 %36, ptr %11, align 8, !tbaa !11
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = load ptr, ptr %6, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.bigint, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 4, !tbaa !13
  %41 = icmp slt i32 %37, %40
  br i1 %41, label %42, label %52

42:                                               ; preds = %35
  %43 = load ptr, ptr %6, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.bigint, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [160 x i32], ptr %44, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  %49 = zext i32 %48 to i64
  %50 = load i64, ptr %11, align 8, !tbaa !11
  %51 = add i64 %50, %49
  store i64 %51, ptr %11, align 8, !tbaa !11
  br label %52

52:                                               ; preds = %42, %35
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = load ptr, ptr %7, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.bigint, ptr %54, i32 0, i32 1
  %56 = load i32, ptr %55, align 4, !tbaa !13
  %57 = icmp slt i32 %53, %56
  br i1 %57, label %58, label %68

58:                                               ; preds = %52
  %59 = load ptr, ptr %7, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.bigint, ptr %59, i32 0, i32 0
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [160 x i32], ptr %60, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = zext i32 %64 to i64
  %66 = load i64, ptr %11, align 8, !tbaa !11
  %67 = add i64 %66, %65
  store i64 %67, ptr %11, align 8, !tbaa !11
  br label %68

68:                                               ; preds = %58, %52
  %69 = load i64, ptr %11, align 8, !tbaa !11
  %70 = trunc i64 %69 to i32
  %71 = load ptr, ptr %5, align 8, !tbaa !9
  %72 = getelementptr inbounds nuw %struct.bigint, ptr %71, i32 0, i32 0
  %73 = load i32, ptr %10, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [160 x i32], ptr %72, i64 0, i64 %74
  store i32 %70, ptr %75, align 4, !tbaa !5
  %76 = load i64, ptr %11, align 8, !tbaa !11
  %77 = lshr i64 %76, 32
  store i64 %77, ptr %9, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %78

78:                                               ; preds = %68
  %79 = load i32, ptr %10, align 4, !tbaa !5
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %10, align 4, !tbaa !5
  br label %30, !llvm.loop !18

81:                                               ; preds = %34
  %82 = load i32, ptr %8, align 4, !tbaa !5
  %83 = load ptr, ptr %5, align 8, !tbaa !9
  %84 = getelementptr inbounds nuw %struct.bigint, ptr %83, i32 0, i32 1
  store i32 %82, ptr %84, align 4, !tbaa !13
  %85 = load i64, ptr %9, align 8, !tbaa !11
  %86 = icmp ne i64 %85, 0
  br i1 %86, label %87, label %102

87:                                               ; preds = %81
  %88 = load i32, ptr %8, align 4, !tbaa !5
  %89 = icmp sge i32 %88, 160
  br i1 %89, label %90, label %91

90:                                               ; preds = %87
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %103

91:                                               ; preds = %87
  %92 = load i64, ptr %9, align 8, !tbaa !11
  %93 = trunc i64 %92 to i32
  %94 = load ptr, ptr %5, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw %struct.bigint, ptr %94, i32 0, i32 0
  %96 = load ptr, ptr %5, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw %struct.bigint, ptr %96, i32 0, i32 1
  %98 = load i32, ptr %97, align 4, !tbaa !13
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %97, align 4, !tbaa !13
  %100 = sext i32 %98 to i64
  %101 = getelementptr inbounds [160 x i32], ptr %95, i64 0, i64 %100
  store i32 %93, ptr %101, align 4, !tbaa !5
  br label %102

102:                                              ; preds = %91, %81
  store i32 0, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %103

103:                                              ; preds = %102, %90
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %104 = load i32, ptr %4, align 4
  ret i32 %104
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @bi_sub(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %60, %3
  %11 = load i32, ptr %8, align 4, !tbaa !5
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.bigint, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4, !tbaa !13
  %15 = icmp slt i32 %11, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %63

17:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %18 = load ptr, ptr %5, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.bigint, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [160 x i32], ptr %19, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = zext i32 %23 to i64
  %25 = load i64, ptr %7, align 8, !tbaa !11
  %26 = sub nsw i64 %24, %25
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = load ptr, ptr %6, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.bigint, ptr %28, i32 0, i32 1
  %30 = load i32, ptr %29, align 4, !tbaa !13
  %31 = icmp slt i32 %27, %30
  br i1 %31, label %32, label %40

32:                                               ; preds = %17
  %33 = load ptr, ptr %6, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.bigint, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [160 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = zext i32 %38 to i64
  br label %41

40:                                               ; preds = %17
  br label %41

41:                                               ; preds = %40, %32
  %42 = phi i64 [ %39, %32 ], [ 0, %40 ]
  %43 = sub nsw i64 %26, %42
  store i64 %43, ptr %9, align 8, !tbaa !11
  %44 = load i64, ptr %9, align 8, !tbaa !11
  %45 = icmp slt i64 %44, 0
  %46 = zext i1 %45 to i32
  %47 = sext i32 %46 to i64
  store i64 %47, ptr %7, align 8, !tbaa !11
  %48 = load i64, ptr %9, align 8, !tbaa !11
  %49 = load i64, ptr %7, align 8, !tbaa !11
  %50 = icmp ne i64 %49, 0
  %51 = zext i1 %50 to i64
  %52 = select i1 %50, i64 4294967296, i64 0
  %53 = add nsw i64 %48, %52
  %54 = trunc i64 %53 to i32
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.bigint, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %8, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [160 x i32], ptr %56, i64 0, i64 %58
  store i32 %54, ptr %59, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %60

60:                                               ; preds = %41
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %8, align 4, !tbaa !5
  br label %10, !llvm.loop !19

63:                                               ; preds = %16
  %64 = load ptr, ptr %5, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.bigint, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !13
  %67 = load ptr, ptr %4, align 8, !tbaa !9
  %68 = getelementptr inbounds nuw %struct.bigint, ptr %67, i32 0, i32 1
  store i32 %66, ptr %68, align 4, !tbaa !13
  %69 = load ptr, ptr %4, align 8, !tbaa !9
  call void @bi_trim(ptr noundef %69) #7
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bi_trim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  br label %3

3:                                                ; preds = %21, %1
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.bigint, ptr %4, i32 0, i32 1
  %6 = load i32, ptr %5, align 4, !tbaa !13
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %19

8:                                                ; preds = %3
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.bigint, ptr %9, i32 0, i32 0
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !13
  %14 = sub nsw i32 %13, 1
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [160 x i32], ptr %10, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = icmp eq i32 %17, 0
  br label %19

19:                                               ; preds = %8, %3
  %20 = phi i1 [ false, %3 ], [ %18, %8 ]
  br i1 %20, label %21, label %26

21:                                               ; preds = %19
  %22 = load ptr, ptr %2, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.bigint, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 4, !tbaa !13
  %25 = add nsw i32 %24, -1
  store i32 %25, ptr %23, align 4, !tbaa !13
  br label %3, !llvm.loop !20

26:                                               ; preds = %19
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bi_mul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca %struct.bigint, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %14 = load ptr, ptr %6, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.bigint, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !13
  %17 = load ptr, ptr %7, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.bigint, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 4, !tbaa !13
  %20 = add nsw i32 %16, %19
  %21 = icmp sgt i32 %20, 160
  br i1 %21, label %22, label %23

22:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %114

23:                                               ; preds = %3
  %24 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 0
  %25 = getelementptr inbounds [160 x i32], ptr %24, i64 0, i64 0
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.bigint, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !13
  %29 = load ptr, ptr %7, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.bigint, ptr %29, i32 0, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !13
  %32 = add nsw i32 %28, %31
  %33 = sext i32 %32 to i64
  %34 = mul i64 4, %33
  call void @llvm.memset.p0.i64(ptr align 4 %25, i8 0, i64 %34, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %101, %23
  %36 = load i32, ptr %10, align 4, !tbaa !5
  %37 = load ptr, ptr %6, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.bigint, ptr %37, i32 0, i32 1
  %39 = load i32, ptr %38, align 4, !tbaa !13
  %40 = icmp slt i32 %36, %39
  br i1 %40, label %42, label %41

41:                                               ; preds = %35
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %104

42:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %87, %42
  %44 = load i32, ptr %12, align 4, !tbaa !5
  %45 = load ptr, ptr %7, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.bigint, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4, !tbaa !13
  %48 = icmp slt i32 %44, %47
  br i1 %48, label %50, label %49

49:                                               ; preds = %43
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %90

50:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %51 = load ptr, ptr %6, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.bigint, ptr %51, i32 0, i32 0
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [160 x i32], ptr %52, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = zext i32 %56 to i64
  %58 = load ptr, ptr %7, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.bigint, ptr %58, i32 0, i32 0
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [160 x i32], ptr %59, i64 0, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = zext i32 %63 to i64
  %65 = mul i64 %57, %64
  %66 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 0
  %67 = load i32, ptr %10, align 4, !tbaa !5
  %68 = load i32, ptr %12, align 4, !tbaa !5
  %69 = add nsw i32 %67, %68
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [160 x i32], ptr %66, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4, !tbaa !5
  %73 = zext i32 %72 to i64
  %74 = add i64 %65, %73
  %75 = load i64, ptr %11, align 8, !tbaa !11
  %76 = add i64 %74, %75
  store i64 %76, ptr %13, align 8, !tbaa !11
  %77 = load i64, ptr %13, align 8, !tbaa !11
  %78 = trunc i64 %77 to i32
  %79 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 0
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = load i32, ptr %12, align 4, !tbaa !5
  %82 = add nsw i32 %80, %81
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [160 x i32], ptr %79, i64 0, i64 %83
  store i32 %78, ptr %84, align 4, !tbaa !5
  %85 = load i64, ptr %13, align 8, !tbaa !11
  %86 = lshr i64 %85, 32
  store i64 %86, ptr %11, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %87

87:                                               ; preds = %50
  %88 = load i32, ptr %12, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %12, align 4, !tbaa !5
  br label %43, !llvm.loop !21

90:                                               ; preds = %49
  %91 = load i64, ptr %11, align 8, !tbaa !11
  %92 = trunc i64 %91 to i32
  %93 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 0
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = load ptr, ptr %7, align 8, !tbaa !9
  %96 = getelementptr inbounds nuw %struct.bigint, ptr %95, i32 0, i32 1
  %97 = load i32, ptr %96, align 4, !tbaa !13
  %98 = add nsw i32 %94, %97
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [160 x i32], ptr %93, i64 0, i64 %99
  store i32 %92, ptr %100, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %101

101:                                              ; preds = %90
  %102 = load i32, ptr %10, align 4, !tbaa !5
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %10, align 4, !tbaa !5
  br label %35, !llvm.loop !22

104:                                              ; preds = %41
  %105 = load ptr, ptr %6, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw %struct.bigint, ptr %105, i32 0, i32 1
  %107 = load i32, ptr %106, align 4, !tbaa !13
  %108 = load ptr, ptr %7, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw %struct.bigint, ptr %108, i32 0, i32 1
  %110 = load i32, ptr %109, align 4, !tbaa !13
  %111 = add nsw i32 %107, %110
  %112 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 1
  store i32 %111, ptr %112, align 4, !tbaa !13
  call void @bi_trim(ptr noundef %8) #7
  %113 = load ptr, ptr %5, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %113, ptr align 4 %8, i64 644, i1 false), !tbaa.struct !23
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %114

114:                                              ; preds = %104, %22
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %115 = load i32, ptr %4, align 4
  ret i32 %115
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bi_divmod(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca %struct.bigint, align 4
  %11 = alloca %struct.bigint, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !9
  store ptr %3, ptr %9, align 8, !tbaa !9
  %13 = load ptr, ptr %9, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.bigint, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !13
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %18

17:                                               ; preds = %4
  store i32 -1, ptr %5, align 4
  br label %88

18:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %19 = load ptr, ptr %8, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.bigint, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4, !tbaa !13
  %22 = getelementptr inbounds nuw %struct.bigint, ptr %10, i32 0, i32 1
  store i32 %21, ptr %22, align 4, !tbaa !13
  %23 = getelementptr inbounds nuw %struct.bigint, ptr %10, i32 0, i32 0
  %24 = getelementptr inbounds [160 x i32], ptr %23, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 4 %24, i8 0, i64 640, i1 false)
  %25 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 1
  store i32 0, ptr %25, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %26 = load ptr, ptr %8, align 8, !tbaa !9
  %27 = call i32 @bi_bitlen(ptr noundef %26) #7
  %28 = sub nsw i32 %27, 1
  store i32 %28, ptr %12, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %82, %18
  %30 = load i32, ptr %12, align 4, !tbaa !5
  %31 = icmp sge i32 %30, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %85

33:                                               ; preds = %29
  %34 = load ptr, ptr %8, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.bigint, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %12, align 4, !tbaa !5
  %37 = sdiv i32 %36, 32
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [160 x i32], ptr %35, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = load i32, ptr %12, align 4, !tbaa !5
  %42 = srem i32 %41, 32
  %43 = lshr i32 %40, %42
  %44 = and i32 %43, 1
  call void @bi_shl1_or(ptr noundef %11, i32 noundef %44) #7
  %45 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 1
  %46 = load i32, ptr %45, align 4, !tbaa !13
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %48, label %65

48:                                               ; preds = %33
  %49 = load ptr, ptr %8, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw %struct.bigint, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %12, align 4, !tbaa !5
  %52 = sdiv i32 %51, 32
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [160 x i32], ptr %50, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = load i32, ptr %12, align 4, !tbaa !5
  %57 = srem i32 %56, 32
  %58 = lshr i32 %55, %57
  %59 = and i32 %58, 1
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %61, label %65

61:                                               ; preds = %48
  %62 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 0
  %63 = getelementptr inbounds [160 x i32], ptr %62, i64 0, i64 0
  store i32 1, ptr %63, align 4, !tbaa !5
  %64 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 1
  store i32 1, ptr %64, align 4, !tbaa !13
  br label %65

65:                                               ; preds = %61, %48, %33
  %66 = load ptr, ptr %9, align 8, !tbaa !9
  %67 = call i32 @bi_cmp(ptr noundef %11, ptr noundef %66) #7
  %68 = icmp sge i32 %67, 0
  br i1 %68, label %69, label %81

69:                                               ; preds = %65
  %70 = load ptr, ptr %9, align 8, !tbaa !9
  call void @bi_sub(ptr noundef %11, ptr noundef %11, ptr noundef %70) #7
  %71 = load i32, ptr %12, align 4, !tbaa !5
  %72 = srem i32 %71, 32
  %73 = shl i32 1, %72
  %74 = getelementptr inbounds nuw %struct.bigint, ptr %10, i32 0, i32 0
  %75 = load i32, ptr %12, align 4, !tbaa !5
  %76 = sdiv i32 %75, 32
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [160 x i32], ptr %74, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = or i32 %79, %73
  store i32 %80, ptr %78, align 4, !tbaa !5
  br label %81

81:                                               ; preds = %69, %65
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %12, align 4, !tbaa !5
  %84 = add nsw i32 %83, -1
  store i32 %84, ptr %12, align 4, !tbaa !5
  br label %29, !llvm.loop !25

85:                                               ; preds = %32
  call void @bi_trim(ptr noundef %10) #7
  %86 = load ptr, ptr %6, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %86, ptr align 4 %10, i64 644, i1 false), !tbaa.struct !23
  %87 = load ptr, ptr %7, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %87, ptr align 4 %11, i64 644, i1 false), !tbaa.struct !23
  store i32 0, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %88

88:                                               ; preds = %85, %17
  %89 = load i32, ptr %5, align 4
  ret i32 %89
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bi_bitlen(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.bigint, ptr %6, i32 0, i32 1
  %8 = load i32, ptr %7, align 4, !tbaa !13
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %11

10:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %37

11:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.bigint, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.bigint, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !13
  %17 = sub nsw i32 %16, 1
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [160 x i32], ptr %13, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  store i32 %20, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %24, %11
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %29

24:                                               ; preds = %21
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %5, align 4, !tbaa !5
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = lshr i32 %27, 1
  store i32 %28, ptr %4, align 4, !tbaa !5
  br label %21, !llvm.loop !26

29:                                               ; preds = %21
  %30 = load ptr, ptr %3, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.bigint, ptr %30, i32 0, i32 1
  %32 = load i32, ptr %31, align 4, !tbaa !13
  %33 = sub nsw i32 %32, 1
  %34 = mul nsw i32 %33, 32
  %35 = load i32, ptr %5, align 4, !tbaa !5
  %36 = add nsw i32 %34, %35
  store i32 %36, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %37

37:                                               ; preds = %29, %10
  %38 = load i32, ptr %2, align 4
  ret i32 %38
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bi_shl1_or(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %8 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %8, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %39, %2
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.bigint, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !13
  %14 = icmp slt i32 %10, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %42

16:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.bigint, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [160 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = lshr i32 %22, 31
  store i32 %23, ptr %7, align 4, !tbaa !5
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.bigint, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [160 x i32], ptr %25, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = shl i32 %29, 1
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = or i32 %30, %31
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.bigint, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [160 x i32], ptr %34, i64 0, i64 %36
  store i32 %32, ptr %37, align 4, !tbaa !5
  %38 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %38, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %39

39:                                               ; preds = %16
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !27

42:                                               ; preds = %15
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %45, label %60

45:                                               ; preds = %42
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.bigint, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 4, !tbaa !13
  %49 = icmp slt i32 %48, 160
  br i1 %49, label %50, label %60

50:                                               ; preds = %45
  %51 = load i32, ptr %5, align 4, !tbaa !5
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.bigint, ptr %52, i32 0, i32 0
  %54 = load ptr, ptr %3, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.bigint, ptr %54, i32 0, i32 1
  %56 = load i32, ptr %55, align 4, !tbaa !13
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %55, align 4, !tbaa !13
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds [160 x i32], ptr %53, i64 0, i64 %58
  store i32 %51, ptr %59, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %50, %45, %42
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bi_to_dec(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca %struct.bigint, align 4
  %9 = alloca [1602 x i8], align 16
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !28
  store i64 %2, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %15, i64 644, i1 false), !tbaa.struct !23
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !11
  %16 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !13
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %3
  %20 = load i64, ptr %10, align 8, !tbaa !11
  %21 = add i64 %20, 1
  store i64 %21, ptr %10, align 8, !tbaa !11
  %22 = getelementptr inbounds nuw [1602 x i8], ptr %9, i64 0, i64 %20
  store i8 48, ptr %22, align 1, !tbaa !24
  br label %23

23:                                               ; preds = %19, %3
  br label %24

24:                                               ; preds = %56, %23
  %25 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 1
  %26 = load i32, ptr %25, align 4, !tbaa !13
  %27 = icmp sgt i32 %26, 0
  br i1 %27, label %28, label %57

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %29 = call i32 @bi_divmod_small(ptr noundef %8, i32 noundef 1000000000) #7
  store i32 %29, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %52, %28
  %31 = load i32, ptr %12, align 4, !tbaa !5
  %32 = icmp slt i32 %31, 9
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  store i32 4, ptr %13, align 4
  br label %55

34:                                               ; preds = %30
  %35 = load i32, ptr %11, align 4, !tbaa !5
  %36 = urem i32 %35, 10
  %37 = add i32 48, %36
  %38 = trunc i32 %37 to i8
  %39 = load i64, ptr %10, align 8, !tbaa !11
  %40 = add i64 %39, 1
  store i64 %40, ptr %10, align 8, !tbaa !11
  %41 = getelementptr inbounds nuw [1602 x i8], ptr %9, i64 0, i64 %39
  store i8 %38, ptr %41, align 1, !tbaa !24
  %42 = load i32, ptr %11, align 4, !tbaa !5
  %43 = udiv i32 %42, 10
  store i32 %43, ptr %11, align 4, !tbaa !5
  %44 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 1
  %45 = load i32, ptr %44, align 4, !tbaa !13
  %46 = icmp eq i32 %45, 0
  br i1 %46, label %47, label %51

47:                                               ; preds = %34
  %48 = load i32, ptr %11, align 4, !tbaa !5
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %51

50:                                               ; preds = %47
  store i32 4, ptr %13, align 4
  br label %55

51:                                               ; preds = %47, %34
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %12, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %12, align 4, !tbaa !5
  br label %30, !llvm.loop !30

55:                                               ; preds = %50, %33
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %56

56:                                               ; preds = %55
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %24, !llvm.loop !31

57:                                               ; preds = %24
  %58 = load i64, ptr %10, align 8, !tbaa !11
  %59 = add i64 %58, 1
  %60 = load i64, ptr %7, align 8, !tbaa !11
  %61 = icmp ugt i64 %59, %60
  br i1 %61, label %62, label %63

62:                                               ; preds = %57
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %13, align 4
  br label %88

63:                                               ; preds = %57
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i64 0, ptr %14, align 8, !tbaa !11
  br label %64

64:                                               ; preds = %79, %63
  %65 = load i64, ptr %14, align 8, !tbaa !11
  %66 = load i64, ptr %10, align 8, !tbaa !11
  %67 = icmp ult i64 %65, %66
  br i1 %67, label %69, label %68

68:                                               ; preds = %64
  store i32 7, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %82

69:                                               ; preds = %64
  %70 = load i64, ptr %10, align 8, !tbaa !11
  %71 = sub i64 %70, 1
  %72 = load i64, ptr %14, align 8, !tbaa !11
  %73 = sub i64 %71, %72
  %74 = getelementptr inbounds nuw [1602 x i8], ptr %9, i64 0, i64 %73
  %75 = load i8, ptr %74, align 1, !tbaa !24
  %76 = load ptr, ptr %6, align 8, !tbaa !28
  %77 = load i64, ptr %14, align 8, !tbaa !11
  %78 = getelementptr inbounds nuw i8, ptr %76, i64 %77
  store i8 %75, ptr %78, align 1, !tbaa !24
  br label %79

79:                                               ; preds = %69
  %80 = load i64, ptr %14, align 8, !tbaa !11
  %81 = add i64 %80, 1
  store i64 %81, ptr %14, align 8, !tbaa !11
  br label %64, !llvm.loop !32

82:                                               ; preds = %68
  %83 = load ptr, ptr %6, align 8, !tbaa !28
  %84 = load i64, ptr %10, align 8, !tbaa !11
  %85 = getelementptr inbounds nuw i8, ptr %83, i64 %84
  store i8 0, ptr %85, align 1, !tbaa !24
  %86 = load i64, ptr %10, align 8, !tbaa !11
  %87 = trunc i64 %86 to i32
  store i32 %87, ptr %4, align 4
  store i32 1, ptr %13, align 4
  br label %88

88:                                               ; preds = %82, %62
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %89 = load i32, ptr %4, align 4
  ret i32 %89
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bi_divmod_small(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.bigint, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4, !tbaa !13
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %41, %2
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %44

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %17 = load i64, ptr %5, align 8, !tbaa !11
  %18 = shl i64 %17, 32
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.bigint, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [160 x i32], ptr %20, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = zext i32 %24 to i64
  %26 = or i64 %18, %25
  store i64 %26, ptr %7, align 8, !tbaa !11
  %27 = load i64, ptr %7, align 8, !tbaa !11
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = zext i32 %28 to i64
  %30 = udiv i64 %27, %29
  %31 = trunc i64 %30 to i32
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.bigint, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [160 x i32], ptr %33, i64 0, i64 %35
  store i32 %31, ptr %36, align 4, !tbaa !5
  %37 = load i64, ptr %7, align 8, !tbaa !11
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = zext i32 %38 to i64
  %40 = urem i64 %37, %39
  store i64 %40, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %41

41:                                               ; preds = %16
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = add nsw i32 %42, -1
  store i32 %43, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !33

44:                                               ; preds = %15
  %45 = load ptr, ptr %3, align 8, !tbaa !9
  call void @bi_trim(ptr noundef %45) #7
  %46 = load i64, ptr %5, align 8, !tbaa !11
  %47 = trunc i64 %46 to i32
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %47
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bi_from_dec(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !28
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.bigint, ptr %6, i32 0, i32 1
  store i32 0, ptr %7, align 4, !tbaa !13
  br label %8

8:                                                ; preds = %45, %2
  %9 = load ptr, ptr %5, align 8, !tbaa !28
  %10 = load i8, ptr %9, align 1, !tbaa !24
  %11 = icmp ne i8 %10, 0
  br i1 %11, label %12, label %48

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8, !tbaa !28
  %14 = load i8, ptr %13, align 1, !tbaa !24
  %15 = sext i8 %14 to i32
  %16 = icmp slt i32 %15, 48
  br i1 %16, label %22, label %17

17:                                               ; preds = %12
  %18 = load ptr, ptr %5, align 8, !tbaa !28
  %19 = load i8, ptr %18, align 1, !tbaa !24
  %20 = sext i8 %19 to i32
  %21 = icmp sgt i32 %20, 57
  br i1 %21, label %22, label %23

22:                                               ; preds = %17, %12
  store i32 -1, ptr %3, align 4
  br label %49

23:                                               ; preds = %17
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.bigint, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %25, align 4, !tbaa !13
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %35

28:                                               ; preds = %23
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = load ptr, ptr %5, align 8, !tbaa !28
  %31 = load i8, ptr %30, align 1, !tbaa !24
  %32 = sext i8 %31 to i32
  %33 = sub nsw i32 %32, 48
  %34 = sext i32 %33 to i64
  call void @bi_from_u64(ptr noundef %29, i64 noundef %34) #7
  br label %45

35:                                               ; preds = %23
  %36 = load ptr, ptr %4, align 8, !tbaa !9
  %37 = load ptr, ptr %5, align 8, !tbaa !28
  %38 = load i8, ptr %37, align 1, !tbaa !24
  %39 = sext i8 %38 to i32
  %40 = sub nsw i32 %39, 48
  %41 = call i32 @bi_mul_small(ptr noundef %36, i32 noundef 10, i32 noundef %40) #7
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %35
  store i32 -1, ptr %3, align 4
  br label %49

44:                                               ; preds = %35
  br label %45

45:                                               ; preds = %44, %28
  %46 = load ptr, ptr %5, align 8, !tbaa !28
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1
  store ptr %47, ptr %5, align 8, !tbaa !28
  br label %8, !llvm.loop !34

48:                                               ; preds = %8
  store i32 0, ptr %3, align 4
  br label %49

49:                                               ; preds = %48, %43, %22
  %50 = load i32, ptr %3, align 4
  ret i32 %50
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bi_mul_small(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = zext i32 %10 to i64
  store i64 %11, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %41, %3
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.bigint, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !13
  %17 = icmp slt i32 %13, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %44

19:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.bigint, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [160 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = zext i32 %25 to i64
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = zext i32 %27 to i64
  %29 = mul i64 %26, %28
  %30 = load i64, ptr %7, align 8, !tbaa !11
  %31 = add i64 %29, %30
  store i64 %31, ptr %9, align 8, !tbaa !11
  %32 = load i64, ptr %9, align 8, !tbaa !11
  %33 = trunc i64 %32 to i32
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.bigint, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [160 x i32], ptr %35, i64 0, i64 %37
  store i32 %33, ptr %38, align 4, !tbaa !5
  %39 = load i64, ptr %9, align 8, !tbaa !11
  %40 = lshr i64 %39, 32
  store i64 %40, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %41

41:                                               ; preds = %19
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %8, align 4, !tbaa !5
  br label %12, !llvm.loop !35

44:                                               ; preds = %18
  %45 = load i64, ptr %7, align 8, !tbaa !11
  %46 = icmp ne i64 %45, 0
  br i1 %46, label %47, label %63

47:                                               ; preds = %44
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.bigint, ptr %48, i32 0, i32 1
  %50 = load i32, ptr %49, align 4, !tbaa !13
  %51 = icmp slt i32 %50, 160
  br i1 %51, label %52, label %63

52:                                               ; preds = %47
  %53 = load i64, ptr %7, align 8, !tbaa !11
  %54 = trunc i64 %53 to i32
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.bigint, ptr %55, i32 0, i32 0
  %57 = load ptr, ptr %4, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.bigint, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 4, !tbaa !13
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %58, align 4, !tbaa !13
  %61 = sext i32 %59 to i64
  %62 = getelementptr inbounds [160 x i32], ptr %56, i64 0, i64 %61
  store i32 %54, ptr %62, align 4, !tbaa !5
  store i64 0, ptr %7, align 8, !tbaa !11
  br label %63

63:                                               ; preds = %52, %47, %44
  %64 = load i64, ptr %7, align 8, !tbaa !11
  %65 = trunc i64 %64 to i32
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %65
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.bigint, align 4
  %8 = alloca %struct.bigint, align 4
  %9 = alloca %struct.bigint, align 4
  %10 = alloca i32, align 4
  %11 = alloca [128 x i8], align 16
  store i32 0, ptr %1, align 4
  call void @bi_from_u64(ptr noundef @main.f, i64 noundef 1) #7
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 2, ptr %2, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %19, %0
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = icmp ule i32 %13, 100
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %2) #6
  br label %22

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = call i32 @bi_mul_small(ptr noundef @main.f, i32 noundef %17, i32 noundef 0) #7
  br label %19

19:                                               ; preds = %16
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = add i32 %20, 1
  store i32 %21, ptr %2, align 4, !tbaa !5
  br label %12, !llvm.loop !36

22:                                               ; preds = %15
  %23 = call i32 @bi_to_dec(ptr noundef @main.f, ptr noundef @main.buf, i64 noundef 1602) #7
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %24 = call i64 @strlen(ptr noundef @main.buf) #8
  store i64 %24, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %25 = call i32 @digit_sum(ptr noundef @main.buf) #7
  store i32 %25, ptr %4, align 4, !tbaa !5
  call void @bi_from_u64(ptr noundef @main.two, i64 noundef 2) #7
  call void @bi_pow(ptr noundef @main.p, ptr noundef @main.two, i32 noundef 1000) #7
  %26 = call i32 @bi_to_dec(ptr noundef @main.p, ptr noundef @main.buf, i64 noundef 1602) #7
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %27 = call i32 @digit_sum(ptr noundef @main.buf) #7
  store i32 %27, ptr %5, align 4, !tbaa !5
  %28 = call i32 @bi_from_dec(ptr noundef @main.a, ptr noundef @.str) #7
  %29 = call i32 @bi_from_dec(ptr noundef @main.b, ptr noundef @.str.1) #7
  %30 = call i32 @bi_divmod(ptr noundef @main.q, ptr noundef @main.r, ptr noundef @main.a, ptr noundef @main.b) #7
  %31 = call i32 @bi_mul(ptr noundef @main.check, ptr noundef @main.q, ptr noundef @main.b) #7
  %32 = call i32 @bi_add(ptr noundef @main.check, ptr noundef @main.check, ptr noundef @main.r) #7
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %33 = call i32 @bi_cmp(ptr noundef @main.check, ptr noundef @main.a) #7
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %35, label %38

35:                                               ; preds = %22
  %36 = call i32 @bi_cmp(ptr noundef @main.r, ptr noundef @main.b) #7
  %37 = icmp slt i32 %36, 0
  br label %38

38:                                               ; preds = %35, %22
  %39 = phi i1 [ false, %22 ], [ %37, %35 ]
  %40 = zext i1 %39 to i32
  store i32 %40, ptr %6, align 4, !tbaa !5
  %41 = call i32 @bi_to_dec(ptr noundef @main.q, ptr noundef @main.buf, i64 noundef 1602) #7
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @bi_from_u64(ptr noundef %7, i64 noundef 0) #7
  call void @bi_from_u64(ptr noundef %8, i64 noundef 1) #7
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %48, %38
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 500
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %51

46:                                               ; preds = %42
  %47 = call i32 @bi_add(ptr noundef %9, ptr noundef %7, ptr noundef %8) #7
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 644, i1 false), !tbaa.struct !23
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %9, i64 644, i1 false), !tbaa.struct !23
  br label %48

48:                                               ; preds = %46
  %49 = load i32, ptr %10, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %10, align 4, !tbaa !5
  br label %42, !llvm.loop !37

51:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %52 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  %53 = call i32 @bi_to_dec(ptr noundef %7, ptr noundef %52, i64 noundef 128) #7
  %54 = load i64, ptr %3, align 8, !tbaa !11
  %55 = load i32, ptr %4, align 4, !tbaa !5
  %56 = load i32, ptr %5, align 4, !tbaa !5
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %54, i32 noundef %55, i32 noundef %56) #7
  %58 = load i32, ptr %6, align 4, !tbaa !5
  %59 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  %60 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  %61 = call i64 @strlen(ptr noundef %60) #8
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %58, ptr noundef @main.buf, ptr noundef %59, i64 noundef %61) #7
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @digit_sum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !28
  %6 = load i8, ptr %5, align 1, !tbaa !24
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %16

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !tbaa !28
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr %2, align 8, !tbaa !28
  %11 = load i8, ptr %9, align 1, !tbaa !24
  %12 = sext i8 %11 to i32
  %13 = sub nsw i32 %12, 48
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = add i32 %14, %13
  store i32 %15, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !38

16:                                               ; preds = %4
  %17 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bi_pow(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.bigint, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %8 = load ptr, ptr %5, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %7, ptr align 4 %8, i64 644, i1 false), !tbaa.struct !23
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  call void @bi_from_u64(ptr noundef %9, i64 noundef 1) #7
  br label %10

10:                                               ; preds = %28, %3
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %13, label %29

13:                                               ; preds = %10
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %13
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = call i32 @bi_mul(ptr noundef %18, ptr noundef %19, ptr noundef %7) #7
  br label %21

21:                                               ; preds = %17, %13
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %6, align 4, !tbaa !5
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %26, label %28

26:                                               ; preds = %21
  %27 = call i32 @bi_mul(ptr noundef %7, ptr noundef %7, ptr noundef %7) #7
  br label %28

28:                                               ; preds = %26, %21
  br label %10, !llvm.loop !39

29:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }

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
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !6, i64 640}
!14 = !{!"", !7, i64 0, !6, i64 640}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = !{i64 0, i64 640, !24, i64 640, i64 4, !5}
!24 = !{!7, !7, i64 0}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = !{!29, !29, i64 0}
!29 = !{!"p1 omnipotent char", !10, i64 0}
!30 = distinct !{!30, !16}
!31 = distinct !{!31, !16}
!32 = distinct !{!32, !16}
!33 = distinct !{!33, !16}
!34 = distinct !{!34, !16}
!35 = distinct !{!35, !16}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
!38 = distinct !{!38, !16}
!39 = distinct !{!39, !16}
