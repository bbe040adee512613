; ModuleID = 'rle_codec.c'
source_filename = "rle_codec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.sticky = internal constant [5 x i32] [i32 0, i32 50, i32 80, i32 95, i32 99], align 16
@.str = private unnamed_addr constant [48 x i8] c"sticky=%2u enc=%5zu ratio=%3zu%% adler=%08x %s\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"MISMATCH\00", align 1
@.str.3 = private unnamed_addr constant [29 x i8] c"roundtrips=%d combined=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @adler32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %26, %2
  %9 = load i64, ptr %7, align 8, !tbaa !12
  %10 = load i64, ptr %4, align 8, !tbaa !12
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %29

13:                                               ; preds = %8
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = zext i8 %18 to i32
  %20 = add i32 %14, %19
  %21 = urem i32 %20, 65521
  store i32 %21, ptr %5, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = add i32 %22, %23
  %25 = urem i32 %24, 65521
  store i32 %25, ptr %6, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %13
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = add i64 %27, 1
  store i64 %28, ptr %7, align 8, !tbaa !12
  br label %8, !llvm.loop !15

29:                                               ; preds = %12
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = shl i32 %30, 16
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = or i32 %31, %32
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %33
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i8, align 1
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  %13 = call noalias ptr @malloc(i64 noundef 8192) #8
  store ptr %13, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %14 = call noalias ptr @malloc(i64 noundef 16384) #8
  store ptr %14, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %15 = call noalias ptr @malloc(i64 noundef 8192) #8
  store ptr %15, ptr %4, align 8, !tbaa !9
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = icmp ne ptr %16, null
  br i1 %17, label %18, label %24

18:                                               ; preds = %0
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = icmp ne ptr %19, null
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = icmp ne ptr %22, null
  br i1 %23, label %25, label %24

24:                                               ; preds = %21, %18, %0
  store i32 1, ptr %1, align 4
  store i32 1, ptr %5, align 4
  br label %93

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %26

26:                                               ; preds = %83, %25
  %27 = load i64, ptr %8, align 8, !tbaa !12
  %28 = icmp ult i64 %27, 5
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %86

30:                                               ; preds = %26
  %31 = load ptr, ptr %2, align 8, !tbaa !9
  %32 = load i64, ptr %8, align 8, !tbaa !12
  %33 = trunc i64 %32 to i32
  %34 = add i32 -1640531527, %33
  %35 = load i64, ptr %8, align 8, !tbaa !12
  %36 = getelementptr inbounds nuw [5 x i32], ptr @main.sticky, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !5
  call void @make_input(ptr noundef %31, i64 noundef 8192, i32 noundef %34, i32 noundef %37) #9
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %38 = load ptr, ptr %2, align 8, !tbaa !9
  %39 = load ptr, ptr %3, align 8, !tbaa !9
  %40 = call i64 @rle_encode(ptr noundef %38, i64 noundef 8192, ptr noundef %39, i64 noundef 16384) #9
  store i64 %40, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = load i64, ptr %9, align 8, !tbaa !12
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = call i64 @rle_decode(ptr noundef %41, i64 noundef %42, ptr noundef %43, i64 noundef 8192) #9
  store i64 %44, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %45 = load i64, ptr %10, align 8, !tbaa !12
  %46 = icmp eq i64 %45, 8192
  br i1 %46, label %47, label %52

47:                                               ; preds = %30
  %48 = load ptr, ptr %2, align 8, !tbaa !9
  %49 = load ptr, ptr %4, align 8, !tbaa !9
  %50 = call i32 @memcmp(ptr noundef %48, ptr noundef %49, i64 noundef 8192) #10
  %51 = icmp eq i32 %50, 0
  br label %52

52:                                               ; preds = %47, %30
  %53 = phi i1 [ false, %30 ], [ %51, %47 ]
  %54 = zext i1 %53 to i8
  store i8 %54, ptr %11, align 1, !tbaa !17
  %55 = load i8, ptr %11, align 1, !tbaa !17, !range !19, !noundef !20
  %56 = trunc i8 %55 to i1
  %57 = zext i1 %56 to i32
  %58 = load i32, ptr %7, align 4, !tbaa !5
  %59 = add nsw i32 %58, %57
  store i32 %59, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %60 = load ptr, ptr %3, align 8, !tbaa !9
  %61 = load i64, ptr %9, align 8, !tbaa !12
  %62 = call i32 @adler32(ptr noundef %60, i64 noundef %61) #9
  store i32 %62, ptr %12, align 4, !tbaa !5
  %63 = load i32, ptr %12, align 4, !tbaa !5
  %64 = load i64, ptr %8, align 8, !tbaa !12
  %65 = trunc i64 %64 to i32
  %66 = mul i32 %65, 73244475
  %67 = add i32 %63, %66
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = xor i32 %68, %67
  store i32 %69, ptr %6, align 4, !tbaa !5
  %70 = load i64, ptr %8, align 8, !tbaa !12
  %71 = getelementptr inbounds nuw [5 x i32], ptr @main.sticky, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4, !tbaa !5
  %73 = load i64, ptr %9, align 8, !tbaa !12
  %74 = load i64, ptr %9, align 8, !tbaa !12
  %75 = mul i64 %74, 100
  %76 = udiv i64 %75, 8192
  %77 = load i32, ptr %12, align 4, !tbaa !5
  %78 = load i8, ptr %11, align 1, !tbaa !17, !range !19, !noundef !20
  %79 = trunc i8 %78 to i1
  %80 = zext i1 %79 to i64
  %81 = select i1 %79, ptr @.str.1, ptr @.str.2
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %72, i64 noundef %73, i64 noundef %76, i32 noundef %77, ptr noundef %81) #9
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %83

83:                                               ; preds = %52
  %84 = load i64, ptr %8, align 8, !tbaa !12
  %85 = add i64 %84, 1
  store i64 %85, ptr %8, align 8, !tbaa !12
  br label %26, !llvm.loop !21

86:                                               ; preds = %29
  %87 = load i32, ptr %7, align 4, !tbaa !5
  %88 = load i32, ptr %6, align 4, !tbaa !5
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %87, i32 noundef %88) #9
  %90 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %90) #11
  %91 = load ptr, ptr %3, align 8, !tbaa !9
  call void @free(ptr noundef %91) #11
  %92 = load ptr, ptr %4, align 8, !tbaa !9
  call void @free(ptr noundef %92) #11
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %93

93:                                               ; preds = %86, %24
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %94 = load i32, ptr %1, align 4
  ret i32 %94
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_input(ptr noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i8 97, ptr %9, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %44, %4
  %12 = load i64, ptr %10, align 8, !tbaa !12
  %13 = load i64, ptr %6, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %47

16:                                               ; preds = %11
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = shl i32 %17, 13
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = xor i32 %19, %18
  store i32 %20, ptr %7, align 4, !tbaa !5
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = lshr i32 %21, 17
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = xor i32 %23, %22
  store i32 %24, ptr %7, align 4, !tbaa !5
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = shl i32 %25, 5
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = xor i32 %27, %26
  store i32 %28, ptr %7, align 4, !tbaa !5
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = urem i32 %29, 100
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = icmp uge i32 %30, %31
  br i1 %32, label %33, label %39

33:                                               ; preds = %16
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = lshr i32 %34, 8
  %36 = urem i32 %35, 6
  %37 = add i32 97, %36
  %38 = trunc i32 %37 to i8
  store i8 %38, ptr %9, align 1, !tbaa !14
  br label %39

39:                                               ; preds = %33, %16
  %40 = load i8, ptr %9, align 1, !tbaa !14
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = load i64, ptr %10, align 8, !tbaa !12
  %43 = getelementptr inbounds nuw i8, ptr %41, i64 %42
  store i8 %40, ptr %43, align 1, !tbaa !14
  br label %44

44:                                               ; preds = %39
  %45 = load i64, ptr %10, align 8, !tbaa !12
  %46 = add i64 %45, 1
  store i64 %46, ptr %10, align 8, !tbaa !12
  br label %11, !llvm.loop !22

47:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @rle_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i8, align 1
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %15

15:                                               ; preds = %72, %4
  %16 = load i64, ptr %11, align 8, !tbaa !12
  %17 = load i64, ptr %7, align 8, !tbaa !12
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %19, label %73

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %20 = load ptr, ptr %6, align 8, !tbaa !9
  %21 = load i64, ptr %11, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw i8, ptr %20, i64 %21
  %23 = load i8, ptr %22, align 1, !tbaa !14
  store i8 %23, ptr %12, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i64 1, ptr %13, align 8, !tbaa !12
  br label %24

24:                                               ; preds = %46, %19
  %25 = load i64, ptr %11, align 8, !tbaa !12
  %26 = load i64, ptr %13, align 8, !tbaa !12
  %27 = add i64 %25, %26
  %28 = load i64, ptr %7, align 8, !tbaa !12
  %29 = icmp ult i64 %27, %28
  br i1 %29, label %30, label %44

30:                                               ; preds = %24
  %31 = load ptr, ptr %6, align 8, !tbaa !9
  %32 = load i64, ptr %11, align 8, !tbaa !12
  %33 = load i64, ptr %13, align 8, !tbaa !12
  %34 = add i64 %32, %33
  %35 = getelementptr inbounds nuw i8, ptr %31, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !14
  %37 = zext i8 %36 to i32
  %38 = load i8, ptr %12, align 1, !tbaa !14
  %39 = zext i8 %38 to i32
  %40 = icmp eq i32 %37, %39
  br i1 %40, label %41, label %44

41:                                               ; preds = %30
  %42 = load i64, ptr %13, align 8, !tbaa !12
  %43 = icmp ult i64 %42, 255
  br label %44

44:                                               ; preds = %41, %30, %24
  %45 = phi i1 [ false, %30 ], [ false, %24 ], [ %43, %41 ]
  br i1 %45, label %46, label %49

46:                                               ; preds = %44
  %47 = load i64, ptr %13, align 8, !tbaa !12
  %48 = add i64 %47, 1
  store i64 %48, ptr %13, align 8, !tbaa !12
  br label %24, !llvm.loop !23

49:                                               ; preds = %44
  %50 = load i64, ptr %10, align 8, !tbaa !12
  %51 = add i64 %50, 2
  %52 = load i64, ptr %9, align 8, !tbaa !12
  %53 = icmp ugt i64 %51, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %49
  store i64 0, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %70

55:                                               ; preds = %49
  %56 = load i64, ptr %13, align 8, !tbaa !12
  %57 = trunc i64 %56 to i8
  %58 = load ptr, ptr %8, align 8, !tbaa !9
  %59 = load i64, ptr %10, align 8, !tbaa !12
  %60 = add i64 %59, 1
  store i64 %60, ptr %10, align 8, !tbaa !12
  %61 = getelementptr inbounds nuw i8, ptr %58, i64 %59
  store i8 %57, ptr %61, align 1, !tbaa !14
  %62 = load i8, ptr %12, align 1, !tbaa !14
  %63 = load ptr, ptr %8, align 8, !tbaa !9
  %64 = load i64, ptr %10, align 8, !tbaa !12
  %65 = add i64 %64, 1
  store i64 %65, ptr %10, align 8, !tbaa !12
  %66 = getelementptr inbounds nuw i8, ptr %63, i64 %64
  store i8 %62, ptr %66, align 1, !tbaa !14
  %67 = load i64, ptr %13, align 8, !tbaa !12
  %68 = load i64, ptr %11, align 8, !tbaa !12
  %69 = add i64 %68, %67
  store i64 %69, ptr %11, align 8, !tbaa !12
  store i32 0, ptr %14, align 4
  br label %70

70:                                               ; preds = %55, %54
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  %71 = load i32, ptr %14, align 4
  switch i32 %71, label %75 [
    i32 0, label %72
  ]

72:                                               ; preds = %70
  br label %15, !llvm.loop !24

73:                                               ; preds = %15
  %74 = load i64, ptr %10, align 8, !tbaa !12
  store i64 %74, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %75

75:                                               ; preds = %73, %70
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  %76 = load i64, ptr %5, align 8
  ret i64 %76
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @rle_decode(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %50, %4
  %15 = load i64, ptr %11, align 8, !tbaa !12
  %16 = add i64 %15, 1
  %17 = load i64, ptr %7, align 8, !tbaa !12
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %20, label %19

19:                                               ; preds = %14
  store i32 2, ptr %12, align 4
  br label %53

20:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %21 = load ptr, ptr %6, align 8, !tbaa !9
  %22 = load i64, ptr %11, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i8, ptr %21, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !14
  %25 = zext i8 %24 to i64
  store i64 %25, ptr %13, align 8, !tbaa !12
  %26 = load i64, ptr %10, align 8, !tbaa !12
  %27 = load i64, ptr %13, align 8, !tbaa !12
  %28 = add i64 %26, %27
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = icmp ugt i64 %28, %29
  br i1 %30, label %31, label %32

31:                                               ; preds = %20
  store i64 0, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %47

32:                                               ; preds = %20
  %33 = load ptr, ptr %8, align 8, !tbaa !9
  %34 = load i64, ptr %10, align 8, !tbaa !12
  %35 = getelementptr inbounds nuw i8, ptr %33, i64 %34
  %36 = load ptr, ptr %6, align 8, !tbaa !9
  %37 = load i64, ptr %11, align 8, !tbaa !12
  %38 = add i64 %37, 1
  %39 = getelementptr inbounds nuw i8, ptr %36, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !14
  %41 = zext i8 %40 to i32
  %42 = trunc i32 %41 to i8
  %43 = load i64, ptr %13, align 8, !tbaa !12
  call void @llvm.memset.p0.i64(ptr align 1 %35, i8 %42, i64 %43, i1 false)
  %44 = load i64, ptr %13, align 8, !tbaa !12
  %45 = load i64, ptr %10, align 8, !tbaa !12
  %46 = add i64 %45, %44
  store i64 %46, ptr %10, align 8, !tbaa !12
  store i32 0, ptr %12, align 4
  br label %47

47:                                               ; preds = %32, %31
  call void @llvm.lifetime.end.p0(ptr %13) #7
  %48 = load i32, ptr %12, align 4
  switch i32 %48, label %53 [
    i32 0, label %49
  ]

49:                                               ; preds = %47
  br label %50

50:                                               ; preds = %49
  %51 = load i64, ptr %11, align 8, !tbaa !12
  %52 = add i64 %51, 2
  store i64 %52, ptr %11, align 8, !tbaa !12
  br label %14, !llvm.loop !25

53:                                               ; preds = %47, %19
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %54 = load i32, ptr %12, align 4
  switch i32 %54, label %57 [
    i32 2, label %55
  ]

55:                                               ; preds = %53
  %56 = load i64, ptr %10, align 8, !tbaa !12
  store i64 %56, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %57

57:                                               ; preds = %55, %53
  call void @llvm.lifetime.end.p0(ptr %10) #7
  %58 = load i64, ptr %5, align 8
  ret i64 %58
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize allocsize(0) }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }
attributes #11 = { minsize nounwind optsize }

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
!17 = !{!18, !18, i64 0}
!18 = !{!"_Bool", !7, i64 0}
!19 = !{i8 0, i8 2}
!20 = !{}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
