; ModuleID = 'base32_codec.c'
source_filename = "base32_codec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@b32_alphabet = internal constant [33 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\00", align 16
@main.vectors = internal global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"f\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"fo\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"foo\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"foob\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"fooba\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"\22%s\22 -> \22%s\22 %s\0A\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"FAIL\00", align 1
@.str.10 = private unnamed_addr constant [44 x i8] c"rounds=400 chars=%zu hash=%08x failures=%u\0A\00", align 1
@.str.11 = private unnamed_addr constant [9 x i8] c"MZXW6!!!\00", align 1
@.str.12 = private unnamed_addr constant [17 x i8] c"mzxw6ytboi======\00", align 1
@.str.13 = private unnamed_addr constant [41 x i8] c"invalid=%ld lowercase_len=%ld text=%.*s\0A\00", align 1
@rng_state = internal global i32 305419896, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @b32_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca [5 x i8], align 1
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %16

16:                                               ; preds = %94, %3
  %17 = load i64, ptr %8, align 8, !tbaa !12
  %18 = load i64, ptr %5, align 8, !tbaa !12
  %19 = icmp ult i64 %17, %18
  br i1 %19, label %20, label %98

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.memset.p0.i64(ptr align 1 %9, i8 0, i64 5, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %21 = load i64, ptr %5, align 8, !tbaa !12
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = sub i64 %21, %22
  %24 = icmp ult i64 %23, 5
  br i1 %24, label %25, label %29

25:                                               ; preds = %20
  %26 = load i64, ptr %5, align 8, !tbaa !12
  %27 = load i64, ptr %8, align 8, !tbaa !12
  %28 = sub i64 %26, %27
  br label %30

29:                                               ; preds = %20
  br label %30

30:                                               ; preds = %29, %25
  %31 = phi i64 [ %28, %25 ], [ 5, %29 ]
  store i64 %31, ptr %10, align 8, !tbaa !12
  %32 = getelementptr inbounds [5 x i8], ptr %9, i64 0, i64 0
  %33 = load ptr, ptr %4, align 8, !tbaa !9
  %34 = load i64, ptr %8, align 8, !tbaa !12
  %35 = getelementptr inbounds nuw i8, ptr %33, i64 %34
  %36 = load i64, ptr %10, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %32, ptr align 1 %35, i64 %36, i1 false)
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %50, %30
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = icmp slt i32 %38, 5
  br i1 %39, label %41, label %40

40:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %53

41:                                               ; preds = %37
  %42 = load i64, ptr %11, align 8, !tbaa !12
  %43 = shl i64 %42, 8
  %44 = load i32, ptr %12, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [5 x i8], ptr %9, i64 0, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !14
  %48 = zext i8 %47 to i64
  %49 = or i64 %43, %48
  store i64 %49, ptr %11, align 8, !tbaa !12
  br label %50

50:                                               ; preds = %41
  %51 = load i32, ptr %12, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %12, align 4, !tbaa !5
  br label %37, !llvm.loop !15

53:                                               ; preds = %40
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %54 = load i64, ptr %10, align 8, !tbaa !12
  switch i64 %54, label %59 [
    i64 1, label %55
    i64 2, label %56
    i64 3, label %57
    i64 4, label %58
  ]

55:                                               ; preds = %53
  store i64 2, ptr %13, align 8, !tbaa !12
  br label %60

56:                                               ; preds = %53
  store i64 4, ptr %13, align 8, !tbaa !12
  br label %60

57:                                               ; preds = %53
  store i64 5, ptr %13, align 8, !tbaa !12
  br label %60

58:                                               ; preds = %53
  store i64 7, ptr %13, align 8, !tbaa !12
  br label %60

59:                                               ; preds = %53
  store i64 8, ptr %13, align 8, !tbaa !12
  br label %60

60:                                               ; preds = %59, %58, %57, %56, %55
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i64 0, ptr %14, align 8, !tbaa !12
  br label %61

61:                                               ; preds = %91, %60
  %62 = load i64, ptr %14, align 8, !tbaa !12
  %63 = icmp ult i64 %62, 8
  br i1 %63, label %65, label %64

64:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %94

65:                                               ; preds = %61
  %66 = load i64, ptr %14, align 8, !tbaa !12
  %67 = load i64, ptr %13, align 8, !tbaa !12
  %68 = icmp ult i64 %66, %67
  br i1 %68, label %69, label %85

69:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %70 = load i64, ptr %11, align 8, !tbaa !12
  %71 = load i64, ptr %14, align 8, !tbaa !12
  %72 = mul i64 5, %71
  %73 = sub i64 35, %72
  %74 = lshr i64 %70, %73
  %75 = and i64 %74, 31
  %76 = trunc i64 %75 to i32
  store i32 %76, ptr %15, align 4, !tbaa !5
  %77 = load i32, ptr %15, align 4, !tbaa !5
  %78 = zext i32 %77 to i64
  %79 = getelementptr inbounds nuw [33 x i8], ptr @b32_alphabet, i64 0, i64 %78
  %80 = load i8, ptr %79, align 1, !tbaa !14
  %81 = load ptr, ptr %6, align 8, !tbaa !9
  %82 = load i64, ptr %7, align 8, !tbaa !12
  %83 = add i64 %82, 1
  store i64 %83, ptr %7, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw i8, ptr %81, i64 %82
  store i8 %80, ptr %84, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %90

85:                                               ; preds = %65
  %86 = load ptr, ptr %6, align 8, !tbaa !9
  %87 = load i64, ptr %7, align 8, !tbaa !12
  %88 = add i64 %87, 1
  store i64 %88, ptr %7, align 8, !tbaa !12
  %89 = getelementptr inbounds nuw i8, ptr %86, i64 %87
  store i8 61, ptr %89, align 1, !tbaa !14
  br label %90

90:                                               ; preds = %85, %69
  br label %91

91:                                               ; preds = %90
  %92 = load i64, ptr %14, align 8, !tbaa !12
  %93 = add i64 %92, 1
  store i64 %93, ptr %14, align 8, !tbaa !12
  br label %61, !llvm.loop !17

94:                                               ; preds = %64
  %95 = load i64, ptr %10, align 8, !tbaa !12
  %96 = load i64, ptr %8, align 8, !tbaa !12
  %97 = add i64 %96, %95
  store i64 %97, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %16, !llvm.loop !18

98:                                               ; preds = %16
  %99 = load ptr, ptr %6, align 8, !tbaa !9
  %100 = load i64, ptr %7, align 8, !tbaa !12
  %101 = getelementptr inbounds nuw i8, ptr %99, i64 %100
  store i8 0, ptr %101, align 1, !tbaa !14
  %102 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i64 %102
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @b32_decode(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %14, ptr %11, align 8, !tbaa !9
  br label %15

15:                                               ; preds = %74, %3
  %16 = load ptr, ptr %11, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !14
  %18 = icmp ne i8 %17, 0
  br i1 %18, label %20, label %19

19:                                               ; preds = %15
  store i32 2, ptr %12, align 4
  br label %77

20:                                               ; preds = %15
  %21 = load ptr, ptr %11, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !14
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 61
  br i1 %24, label %25, label %26

25:                                               ; preds = %20
  store i32 2, ptr %12, align 4
  br label %77

26:                                               ; preds = %20
  %27 = load ptr, ptr %11, align 8, !tbaa !9
  %28 = load i8, ptr %27, align 1, !tbaa !14
  %29 = sext i8 %28 to i32
  %30 = icmp eq i32 %29, 32
  br i1 %30, label %36, label %31

31:                                               ; preds = %26
  %32 = load ptr, ptr %11, align 8, !tbaa !9
  %33 = load i8, ptr %32, align 1, !tbaa !14
  %34 = sext i8 %33 to i32
  %35 = icmp eq i32 %34, 10
  br i1 %35, label %36, label %37

36:                                               ; preds = %31, %26
  br label %74

37:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %38 = load ptr, ptr %11, align 8, !tbaa !9
  %39 = load i8, ptr %38, align 1, !tbaa !14
  %40 = call i32 @b32_value(i8 noundef signext %39) #7
  store i32 %40, ptr %13, align 4, !tbaa !5
  %41 = load i32, ptr %13, align 4, !tbaa !5
  %42 = icmp slt i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %37
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %71

44:                                               ; preds = %37
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = shl i32 %45, 5
  %47 = load i32, ptr %13, align 4, !tbaa !5
  %48 = or i32 %46, %47
  %49 = and i32 %48, 65535
  store i32 %49, ptr %8, align 4, !tbaa !5
  %50 = load i32, ptr %9, align 4, !tbaa !5
  %51 = add nsw i32 %50, 5
  store i32 %51, ptr %9, align 4, !tbaa !5
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = icmp sge i32 %52, 8
  br i1 %53, label %54, label %70

54:                                               ; preds = %44
  %55 = load i32, ptr %9, align 4, !tbaa !5
  %56 = sub nsw i32 %55, 8
  store i32 %56, ptr %9, align 4, !tbaa !5
  %57 = load i64, ptr %10, align 8, !tbaa !12
  %58 = load i64, ptr %7, align 8, !tbaa !12
  %59 = icmp uge i64 %57, %58
  br i1 %59, label %60, label %61

60:                                               ; preds = %54
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %71

61:                                               ; preds = %54
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = lshr i32 %62, %63
  %65 = trunc i32 %64 to i8
  %66 = load ptr, ptr %6, align 8, !tbaa !9
  %67 = load i64, ptr %10, align 8, !tbaa !12
  %68 = add i64 %67, 1
  store i64 %68, ptr %10, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %67
  store i8 %65, ptr %69, align 1, !tbaa !14
  br label %70

70:                                               ; preds = %61, %44
  store i32 0, ptr %12, align 4
  br label %71

71:                                               ; preds = %70, %60, %43
  call void @llvm.lifetime.end.p0(ptr %13) #6
  %72 = load i32, ptr %12, align 4
  switch i32 %72, label %77 [
    i32 0, label %73
  ]

73:                                               ; preds = %71
  br label %74

74:                                               ; preds = %73, %36
  %75 = load ptr, ptr %11, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 1
  store ptr %76, ptr %11, align 8, !tbaa !9
  br label %15, !llvm.loop !19

77:                                               ; preds = %71, %25, %19
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %78 = load i32, ptr %12, align 4
  switch i32 %78, label %81 [
    i32 2, label %79
  ]

79:                                               ; preds = %77
  %80 = load i64, ptr %10, align 8, !tbaa !12
  store i64 %80, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %81

81:                                               ; preds = %79, %77
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %82 = load i64, ptr %4, align 8
  ret i64 %82
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @b32_value(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !14
  %4 = load i8, ptr %3, align 1, !tbaa !14
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 65
  br i1 %6, label %7, label %15

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !14
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 90
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i8, ptr %3, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = sub nsw i32 %13, 65
  store i32 %14, ptr %2, align 4
  br label %41

15:                                               ; preds = %7, %1
  %16 = load i8, ptr %3, align 1, !tbaa !14
  %17 = sext i8 %16 to i32
  %18 = icmp sge i32 %17, 97
  br i1 %18, label %19, label %27

19:                                               ; preds = %15
  %20 = load i8, ptr %3, align 1, !tbaa !14
  %21 = sext i8 %20 to i32
  %22 = icmp sle i32 %21, 122
  br i1 %22, label %23, label %27

23:                                               ; preds = %19
  %24 = load i8, ptr %3, align 1, !tbaa !14
  %25 = sext i8 %24 to i32
  %26 = sub nsw i32 %25, 97
  store i32 %26, ptr %2, align 4
  br label %41

27:                                               ; preds = %19, %15
  %28 = load i8, ptr %3, align 1, !tbaa !14
  %29 = sext i8 %28 to i32
  %30 = icmp sge i32 %29, 50
  br i1 %30, label %31, label %40

31:                                               ; preds = %27
  %32 = load i8, ptr %3, align 1, !tbaa !14
  %33 = sext i8 %32 to i32
  %34 = icmp sle i32 %33, 55
  br i1 %34, label %35, label %40

35:                                               ; preds = %31
  %36 = load i8, ptr %3, align 1, !tbaa !14
  %37 = sext i8 %36 to i32
  %38 = sub nsw i32 %37, 50
  %39 = add nsw i32 %38, 26
  store i32 %39, ptr %2, align 4
  br label %41

40:                                               ; preds = %31, %27
  store i32 -1, ptr %2, align 4
  br label %41

41:                                               ; preds = %40, %35, %23, %11
  %42 = load i32, ptr %2, align 4
  ret i32 %42
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [512 x i8], align 16
  %3 = alloca [512 x i8], align 16
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca [300 x i8], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %20

20:                                               ; preds = %61, %0
  %21 = load i64, ptr %4, align 8, !tbaa !12
  %22 = icmp ult i64 %21, 7
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %64

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %25 = load i64, ptr %4, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw [7 x ptr], ptr @main.vectors, i64 0, i64 %25
  %27 = load ptr, ptr %26, align 8, !tbaa !9
  %28 = call i64 @strlen(ptr noundef %27) #8
  store i64 %28, ptr %5, align 8, !tbaa !12
  %29 = load i64, ptr %4, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw [7 x ptr], ptr @main.vectors, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !9
  %32 = load i64, ptr %5, align 8, !tbaa !12
  %33 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %34 = call i64 @b32_encode(ptr noundef %31, i64 noundef %32, ptr noundef %33) #7
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %35 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %36 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %37 = call i64 @b32_decode(ptr noundef %35, ptr noundef %36, i64 noundef 512) #7
  store i64 %37, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %38 = load i64, ptr %6, align 8, !tbaa !12
  %39 = load i64, ptr %5, align 8, !tbaa !12
  %40 = icmp eq i64 %38, %39
  br i1 %40, label %41, label %49

41:                                               ; preds = %24
  %42 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %43 = load i64, ptr %4, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw [7 x ptr], ptr @main.vectors, i64 0, i64 %43
  %45 = load ptr, ptr %44, align 8, !tbaa !9
  %46 = load i64, ptr %5, align 8, !tbaa !12
  %47 = call i32 @memcmp(ptr noundef %42, ptr noundef %45, i64 noundef %46) #8
  %48 = icmp eq i32 %47, 0
  br label %49

49:                                               ; preds = %41, %24
  %50 = phi i1 [ false, %24 ], [ %48, %41 ]
  %51 = zext i1 %50 to i32
  store i32 %51, ptr %7, align 4, !tbaa !5
  %52 = load i64, ptr %4, align 8, !tbaa !12
  %53 = getelementptr inbounds nuw [7 x ptr], ptr @main.vectors, i64 0, i64 %52
  %54 = load ptr, ptr %53, align 8, !tbaa !9
  %55 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = icmp ne i32 %56, 0
  %58 = zext i1 %57 to i64
  %59 = select i1 %57, ptr @.str.8, ptr @.str.9
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %54, ptr noundef %55, ptr noundef %59) #7
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %61

61:                                               ; preds = %49
  %62 = load i64, ptr %4, align 8, !tbaa !12
  %63 = add i64 %62, 1
  store i64 %63, ptr %4, align 8, !tbaa !12
  br label %20, !llvm.loop !20

64:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %125, %64
  %66 = load i32, ptr %12, align 4, !tbaa !5
  %67 = icmp slt i32 %66, 400
  br i1 %67, label %69, label %68

68:                                               ; preds = %65
  store i32 5, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %128

69:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %70 = call i32 @xorshift32() #7
  %71 = zext i32 %70 to i64
  %72 = urem i64 %71, 300
  store i64 %72, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i64 0, ptr %15, align 8, !tbaa !12
  br label %73

73:                                               ; preds = %83, %69
  %74 = load i64, ptr %15, align 8, !tbaa !12
  %75 = load i64, ptr %14, align 8, !tbaa !12
  %76 = icmp ult i64 %74, %75
  br i1 %76, label %78, label %77

77:                                               ; preds = %73
  store i32 8, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %86

78:                                               ; preds = %73
  %79 = call i32 @xorshift32() #7
  %80 = trunc i32 %79 to i8
  %81 = load i64, ptr %15, align 8, !tbaa !12
  %82 = getelementptr inbounds nuw [300 x i8], ptr %8, i64 0, i64 %81
  store i8 %80, ptr %82, align 1, !tbaa !14
  br label %83

83:                                               ; preds = %78
  %84 = load i64, ptr %15, align 8, !tbaa !12
  %85 = add i64 %84, 1
  store i64 %85, ptr %15, align 8, !tbaa !12
  br label %73, !llvm.loop !21

86:                                               ; preds = %77
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %87 = getelementptr inbounds [300 x i8], ptr %8, i64 0, i64 0
  %88 = load i64, ptr %14, align 8, !tbaa !12
  %89 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %90 = call i64 @b32_encode(ptr noundef %87, i64 noundef %88, ptr noundef %89) #7
  store i64 %90, ptr %16, align 8, !tbaa !12
  %91 = load i64, ptr %16, align 8, !tbaa !12
  %92 = load i64, ptr %14, align 8, !tbaa !12
  %93 = call i64 @b32_encoded_len(i64 noundef %92) #7
  %94 = icmp ne i64 %91, %93
  br i1 %94, label %95, label %98

95:                                               ; preds = %86
  %96 = load i32, ptr %9, align 4, !tbaa !5
  %97 = add i32 %96, 1
  store i32 %97, ptr %9, align 4, !tbaa !5
  br label %98

98:                                               ; preds = %95, %86
  %99 = load i64, ptr %16, align 8, !tbaa !12
  %100 = load i64, ptr %11, align 8, !tbaa !12
  %101 = add i64 %100, %99
  store i64 %101, ptr %11, align 8, !tbaa !12
  %102 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %103 = load i64, ptr %16, align 8, !tbaa !12
  %104 = call i32 @fnv1a(ptr noundef %102, i64 noundef %103) #7
  %105 = load i32, ptr %12, align 4, !tbaa !5
  %106 = add i32 %104, %105
  %107 = load i32, ptr %10, align 4, !tbaa !5
  %108 = xor i32 %107, %106
  store i32 %108, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %109 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %110 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %111 = call i64 @b32_decode(ptr noundef %109, ptr noundef %110, i64 noundef 512) #7
  store i64 %111, ptr %17, align 8, !tbaa !12
  %112 = load i64, ptr %17, align 8, !tbaa !12
  %113 = load i64, ptr %14, align 8, !tbaa !12
  %114 = icmp ne i64 %112, %113
  br i1 %114, label %121, label %115

115:                                              ; preds = %98
  %116 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %117 = getelementptr inbounds [300 x i8], ptr %8, i64 0, i64 0
  %118 = load i64, ptr %14, align 8, !tbaa !12
  %119 = call i32 @memcmp(ptr noundef %116, ptr noundef %117, i64 noundef %118) #8
  %120 = icmp ne i32 %119, 0
  br i1 %120, label %121, label %124

121:                                              ; preds = %115, %98
  %122 = load i32, ptr %9, align 4, !tbaa !5
  %123 = add i32 %122, 1
  store i32 %123, ptr %9, align 4, !tbaa !5
  br label %124

124:                                              ; preds = %121, %115
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %125

125:                                              ; preds = %124
  %126 = load i32, ptr %12, align 4, !tbaa !5
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %12, align 4, !tbaa !5
  br label %65, !llvm.loop !22

128:                                              ; preds = %68
  %129 = load i64, ptr %11, align 8, !tbaa !12
  %130 = load i32, ptr %10, align 4, !tbaa !5
  %131 = load i32, ptr %9, align 4, !tbaa !5
  %132 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %129, i32 noundef %130, i32 noundef %131) #7
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %133 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %134 = call i64 @b32_decode(ptr noundef @.str.11, ptr noundef %133, i64 noundef 512) #7
  store i64 %134, ptr %18, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %135 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %136 = call i64 @b32_decode(ptr noundef @.str.12, ptr noundef %135, i64 noundef 512) #7
  store i64 %136, ptr %19, align 8, !tbaa !12
  %137 = load i64, ptr %18, align 8, !tbaa !12
  %138 = load i64, ptr %19, align 8, !tbaa !12
  %139 = load i64, ptr %19, align 8, !tbaa !12
  %140 = icmp sgt i64 %139, 0
  br i1 %140, label %141, label %143

141:                                              ; preds = %128
  %142 = load i64, ptr %19, align 8, !tbaa !12
  br label %144

143:                                              ; preds = %128
  br label %144

144:                                              ; preds = %143, %141
  %145 = phi i64 [ %142, %141 ], [ 0, %143 ]
  %146 = trunc i64 %145 to i32
  %147 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %137, i64 noundef %138, i32 noundef %146, ptr noundef %147) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %149 = load i32, ptr %1, align 4
  ret i32 %149
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @xorshift32() #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #6
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
  call void @llvm.lifetime.end.p0(ptr %1) #6
  ret i32 %16
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @b32_encoded_len(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !12
  %3 = load i64, ptr %2, align 8, !tbaa !12
  %4 = add i64 %3, 4
  %5 = udiv i64 %4, 5
  %6 = mul i64 %5, 8
  ret i64 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fnv1a(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !23
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %8 = load ptr, ptr %3, align 8, !tbaa !23
  store ptr %8, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 -2128831035, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %9

9:                                                ; preds = %24, %2
  %10 = load i64, ptr %7, align 8, !tbaa !12
  %11 = load i64, ptr %4, align 8, !tbaa !12
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %27

14:                                               ; preds = %9
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = zext i8 %18 to i32
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = xor i32 %20, %19
  store i32 %21, ptr %6, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = mul i32 %22, 16777619
  store i32 %23, ptr %6, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %14
  %25 = load i64, ptr %7, align 8, !tbaa !12
  %26 = add i64 %25, 1
  store i64 %26, ptr %7, align 8, !tbaa !12
  br label %9, !llvm.loop !24

27:                                               ; preds = %13
  %28 = load i32, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %28
}

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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = !{!11, !11, i64 0}
!24 = distinct !{!24, !16}
