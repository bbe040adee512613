; ModuleID = 'flood_fill.c'
source_filename = "flood_fill.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Point = type { i16, i16 }

@main.seeds = internal constant [3 x i32] [i32 1, i32 77, i32 4242], align 4
@img = internal global [64 x [96 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [17 x i8] c"seed %u: ink=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [54 x i8] c"  4-conn: regions=%d largest=%d singles=%d hash=%08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [54 x i8] c"  8-conn: regions=%d largest=%d singles=%d hash=%08x\0A\00", align 1
@label = internal global [64 x [96 x i32]] zeroinitializer, align 16
@stack_buf = internal global [6144 x %struct.Point] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %64, %0
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 3
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #5
  br label %67

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %4) #5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [3 x i32], ptr @main.seeds, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  call void @generate(i32 noundef %19) #6
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %44, %15
  %21 = load i32, ptr %9, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 64
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %47

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %40, %24
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 96
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 8, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %43

29:                                               ; preds = %25
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %31
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [96 x i8], ptr %32, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !9
  %37 = zext i8 %36 to i32
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = add nsw i32 %38, %37
  store i32 %39, ptr %8, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %29
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %10, align 4, !tbaa !5
  br label %25, !llvm.loop !10

43:                                               ; preds = %28
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %9, align 4, !tbaa !5
  br label %20, !llvm.loop !12

47:                                               ; preds = %23
  %48 = load i32, ptr %2, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [3 x i32], ptr @main.seeds, i64 0, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %51, i32 noundef %52) #6
  call void @label_all(i32 noundef 0, ptr noundef %4, ptr noundef %5, ptr noundef %6, ptr noundef %7) #6
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = load i32, ptr %5, align 4, !tbaa !5
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %54, i32 noundef %55, i32 noundef %56, i32 noundef %57) #6
  call void @label_all(i32 noundef 1, ptr noundef %4, ptr noundef %5, ptr noundef %6, ptr noundef %7) #6
  %59 = load i32, ptr %4, align 4, !tbaa !5
  %60 = load i32, ptr %5, align 4, !tbaa !5
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %59, i32 noundef %60, i32 noundef %61, i32 noundef %62) #6
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %64

64:                                               ; preds = %47
  %65 = load i32, ptr %2, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %2, align 4, !tbaa !5
  br label %11, !llvm.loop !13

67:                                               ; preds = %14
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @generate(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %11 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %11, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %40, %1
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 64
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %43

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %36, %16
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 96
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %39

21:                                               ; preds = %17
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = mul i32 %22, 1664525
  %24 = add i32 %23, 1013904223
  store i32 %24, ptr %3, align 4, !tbaa !5
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = lshr i32 %25, 24
  %27 = icmp ult i32 %26, 100
  %28 = zext i1 %27 to i32
  %29 = trunc i32 %28 to i8
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %31
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [96 x i8], ptr %32, i64 0, i64 %34
  store i8 %29, ptr %35, align 1, !tbaa !9
  br label %36

36:                                               ; preds = %21
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4, !tbaa !5
  br label %17, !llvm.loop !14

39:                                               ; preds = %20
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %4, align 4, !tbaa !5
  br label %12, !llvm.loop !15

43:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 5, ptr %7, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %64, %43
  %45 = load i32, ptr %7, align 4, !tbaa !5
  %46 = icmp slt i32 %45, 20
  br i1 %46, label %48, label %47

47:                                               ; preds = %44
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %67

48:                                               ; preds = %44
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 10, ptr %8, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %60, %48
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = icmp slt i32 %50, 40
  br i1 %51, label %53, label %52

52:                                               ; preds = %49
  store i32 11, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %63

53:                                               ; preds = %49
  %54 = load i32, ptr %7, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %55
  %57 = load i32, ptr %8, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [96 x i8], ptr %56, i64 0, i64 %58
  store i8 1, ptr %59, align 1, !tbaa !9
  br label %60

60:                                               ; preds = %53
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %8, align 4, !tbaa !5
  br label %49, !llvm.loop !16

63:                                               ; preds = %52
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %7, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %7, align 4, !tbaa !5
  br label %44, !llvm.loop !17

67:                                               ; preds = %47
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 30, ptr %9, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %112, %67
  %69 = load i32, ptr %9, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 60
  br i1 %70, label %72, label %71

71:                                               ; preds = %68
  store i32 14, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %115

72:                                               ; preds = %68
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 50, ptr %10, align 4, !tbaa !5
  br label %73

73:                                               ; preds = %108, %72
  %74 = load i32, ptr %10, align 4, !tbaa !5
  %75 = icmp slt i32 %74, 90
  br i1 %75, label %77, label %76

76:                                               ; preds = %73
  store i32 17, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %111

77:                                               ; preds = %73
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = icmp eq i32 %78, 30
  br i1 %79, label %89, label %80

80:                                               ; preds = %77
  %81 = load i32, ptr %9, align 4, !tbaa !5
  %82 = icmp eq i32 %81, 59
  br i1 %82, label %89, label %83

83:                                               ; preds = %80
  %84 = load i32, ptr %10, align 4, !tbaa !5
  %85 = icmp eq i32 %84, 50
  br i1 %85, label %89, label %86

86:                                               ; preds = %83
  %87 = load i32, ptr %10, align 4, !tbaa !5
  %88 = icmp eq i32 %87, 89
  br i1 %88, label %89, label %90

89:                                               ; preds = %86, %83, %80, %77
  br label %99

90:                                               ; preds = %86
  %91 = load i32, ptr %9, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %92
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [96 x i8], ptr %93, i64 0, i64 %95
  %97 = load i8, ptr %96, align 1, !tbaa !9
  %98 = zext i8 %97 to i32
  br label %99

99:                                               ; preds = %90, %89
  %100 = phi i32 [ 1, %89 ], [ %98, %90 ]
  %101 = trunc i32 %100 to i8
  %102 = load i32, ptr %9, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %103
  %105 = load i32, ptr %10, align 4, !tbaa !5
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [96 x i8], ptr %104, i64 0, i64 %106
  store i8 %101, ptr %107, align 1, !tbaa !9
  br label %108

108:                                              ; preds = %99
  %109 = load i32, ptr %10, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %10, align 4, !tbaa !5
  br label %73, !llvm.loop !18

111:                                              ; preds = %76
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %9, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %9, align 4, !tbaa !5
  br label %68, !llvm.loop !19

115:                                              ; preds = %71
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @label_all(i32 noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !5
  store ptr %1, ptr %7, align 8, !tbaa !20
  store ptr %2, ptr %8, align 8, !tbaa !20
  store ptr %3, ptr %9, align 8, !tbaa !20
  store ptr %4, ptr %10, align 8, !tbaa !20
  call void @llvm.memset.p0.i64(ptr align 16 @label, i8 0, i64 24576, i1 false)
  %16 = load ptr, ptr %7, align 8, !tbaa !20
  store i32 0, ptr %16, align 4, !tbaa !5
  %17 = load ptr, ptr %8, align 8, !tbaa !20
  store i32 0, ptr %17, align 4, !tbaa !5
  %18 = load ptr, ptr %9, align 8, !tbaa !20
  store i32 0, ptr %18, align 4, !tbaa !5
  %19 = load ptr, ptr %10, align 8, !tbaa !20
  store i32 5381, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %91, %5
  %21 = load i32, ptr %11, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 64
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 2, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %94

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %87, %24
  %26 = load i32, ptr %13, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 96
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %90

29:                                               ; preds = %25
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %31
  %33 = load i32, ptr %13, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [96 x i8], ptr %32, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !9
  %37 = icmp ne i8 %36, 0
  br i1 %37, label %38, label %47

38:                                               ; preds = %29
  %39 = load i32, ptr %11, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %40
  %42 = load i32, ptr %13, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [96 x i32], ptr %41, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %48

47:                                               ; preds = %38, %29
  br label %87

48:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %49 = load ptr, ptr %7, align 8, !tbaa !20
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %49, align 4, !tbaa !5
  store i32 %51, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %59

54:                                               ; preds = %48
  %55 = load i32, ptr %13, align 4, !tbaa !5
  %56 = load i32, ptr %11, align 4, !tbaa !5
  %57 = load i32, ptr %14, align 4, !tbaa !5
  %58 = call i32 @fill8(i32 noundef %55, i32 noundef %56, i32 noundef %57) #6
  br label %64

59:                                               ; preds = %48
  %60 = load i32, ptr %13, align 4, !tbaa !5
  %61 = load i32, ptr %11, align 4, !tbaa !5
  %62 = load i32, ptr %14, align 4, !tbaa !5
  %63 = call i32 @scan_fill(i32 noundef %60, i32 noundef %61, i32 noundef %62) #6
  br label %64

64:                                               ; preds = %59, %54
  %65 = phi i32 [ %58, %54 ], [ %63, %59 ]
  store i32 %65, ptr %15, align 4, !tbaa !5
  %66 = load i32, ptr %15, align 4, !tbaa !5
  %67 = load ptr, ptr %8, align 8, !tbaa !20
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = icmp sgt i32 %66, %68
  br i1 %69, label %70, label %73

70:                                               ; preds = %64
  %71 = load i32, ptr %15, align 4, !tbaa !5
  %72 = load ptr, ptr %8, align 8, !tbaa !20
  store i32 %71, ptr %72, align 4, !tbaa !5
  br label %73

73:                                               ; preds = %70, %64
  %74 = load i32, ptr %15, align 4, !tbaa !5
  %75 = icmp eq i32 %74, 1
  br i1 %75, label %76, label %80

76:                                               ; preds = %73
  %77 = load ptr, ptr %9, align 8, !tbaa !20
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %77, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %76, %73
  %81 = load ptr, ptr %10, align 8, !tbaa !20
  %82 = load i32, ptr %81, align 4, !tbaa !5
  %83 = mul i32 %82, 33
  %84 = load i32, ptr %15, align 4, !tbaa !5
  %85 = add i32 %83, %84
  %86 = load ptr, ptr %10, align 8, !tbaa !20
  store i32 %85, ptr %86, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %87

87:                                               ; preds = %80, %47
  %88 = load i32, ptr %13, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %13, align 4, !tbaa !5
  br label %25, !llvm.loop !23

90:                                               ; preds = %28
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %11, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %11, align 4, !tbaa !5
  br label %20, !llvm.loop !24

94:                                               ; preds = %23
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fill8(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.Point, align 2
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %17
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [96 x i32], ptr %18, i64 0, i64 %20
  store i32 %15, ptr %21, align 4, !tbaa !5
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = trunc i32 %22 to i16
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.Point, ptr %26, i32 0, i32 0
  store i16 %23, ptr %27, align 4, !tbaa !25
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = trunc i32 %28 to i16
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %31
  %33 = getelementptr inbounds nuw %struct.Point, ptr %32, i32 0, i32 1
  store i16 %29, ptr %33, align 2, !tbaa !28
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %7, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %135, %3
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = icmp sgt i32 %37, 0
  br i1 %38, label %39, label %136

39:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = add nsw i32 %40, -1
  store i32 %41, ptr %7, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %42
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %9, ptr align 4 %43, i64 4, i1 false), !tbaa.struct !29
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 -1, ptr %10, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %132, %39
  %47 = load i32, ptr %10, align 4, !tbaa !5
  %48 = icmp sle i32 %47, 1
  br i1 %48, label %50, label %49

49:                                               ; preds = %46
  store i32 4, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %135

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 -1, ptr %12, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %128, %50
  %52 = load i32, ptr %12, align 4, !tbaa !5
  %53 = icmp sle i32 %52, 1
  br i1 %53, label %55, label %54

54:                                               ; preds = %51
  store i32 7, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %131

55:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %56 = getelementptr inbounds nuw %struct.Point, ptr %9, i32 0, i32 0
  %57 = load i16, ptr %56, align 2, !tbaa !25
  %58 = sext i16 %57 to i32
  %59 = load i32, ptr %12, align 4, !tbaa !5
  %60 = add nsw i32 %58, %59
  store i32 %60, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %61 = getelementptr inbounds nuw %struct.Point, ptr %9, i32 0, i32 1
  %62 = load i16, ptr %61, align 2, !tbaa !28
  %63 = sext i16 %62 to i32
  %64 = load i32, ptr %10, align 4, !tbaa !5
  %65 = add nsw i32 %63, %64
  store i32 %65, ptr %14, align 4, !tbaa !5
  %66 = load i32, ptr %12, align 4, !tbaa !5
  %67 = load i32, ptr %10, align 4, !tbaa !5
  %68 = or i32 %66, %67
  %69 = icmp eq i32 %68, 0
  br i1 %69, label %82, label %70

70:                                               ; preds = %55
  %71 = load i32, ptr %13, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 0
  br i1 %72, label %82, label %73

73:                                               ; preds = %70
  %74 = load i32, ptr %14, align 4, !tbaa !5
  %75 = icmp slt i32 %74, 0
  br i1 %75, label %82, label %76

76:                                               ; preds = %73
  %77 = load i32, ptr %13, align 4, !tbaa !5
  %78 = icmp sge i32 %77, 96
  br i1 %78, label %82, label %79

79:                                               ; preds = %76
  %80 = load i32, ptr %14, align 4, !tbaa !5
  %81 = icmp sge i32 %80, 64
  br i1 %81, label %82, label %83

82:                                               ; preds = %79, %76, %73, %70, %55
  store i32 9, ptr %11, align 4
  br label %125

83:                                               ; preds = %79
  %84 = load i32, ptr %14, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %85
  %87 = load i32, ptr %13, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [96 x i8], ptr %86, i64 0, i64 %88
  %90 = load i8, ptr %89, align 1, !tbaa !9
  %91 = zext i8 %90 to i32
  %92 = icmp ne i32 %91, 0
  br i1 %92, label %93, label %124

93:                                               ; preds = %83
  %94 = load i32, ptr %14, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %95
  %97 = load i32, ptr %13, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [96 x i32], ptr %96, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = icmp eq i32 %100, 0
  br i1 %101, label %102, label %124

102:                                              ; preds = %93
  %103 = load i32, ptr %6, align 4, !tbaa !5
  %104 = load i32, ptr %14, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %105
  %107 = load i32, ptr %13, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [96 x i32], ptr %106, i64 0, i64 %108
  store i32 %103, ptr %109, align 4, !tbaa !5
  %110 = load i32, ptr %13, align 4, !tbaa !5
  %111 = trunc i32 %110 to i16
  %112 = load i32, ptr %7, align 4, !tbaa !5
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %113
  %115 = getelementptr inbounds nuw %struct.Point, ptr %114, i32 0, i32 0
  store i16 %111, ptr %115, align 4, !tbaa !25
  %116 = load i32, ptr %14, align 4, !tbaa !5
  %117 = trunc i32 %116 to i16
  %118 = load i32, ptr %7, align 4, !tbaa !5
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %119
  %121 = getelementptr inbounds nuw %struct.Point, ptr %120, i32 0, i32 1
  store i16 %117, ptr %121, align 2, !tbaa !28
  %122 = load i32, ptr %7, align 4, !tbaa !5
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %7, align 4, !tbaa !5
  br label %124

124:                                              ; preds = %102, %93, %83
  store i32 0, ptr %11, align 4
  br label %125

125:                                              ; preds = %124, %82
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %126 = load i32, ptr %11, align 4
  switch i32 %126, label %138 [
    i32 0, label %127
    i32 9, label %128
  ]

127:                                              ; preds = %125
  br label %128

128:                                              ; preds = %127, %125
  %129 = load i32, ptr %12, align 4, !tbaa !5
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %12, align 4, !tbaa !5
  br label %51, !llvm.loop !31

131:                                              ; preds = %54
  br label %132

132:                                              ; preds = %131
  %133 = load i32, ptr %10, align 4, !tbaa !5
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %10, align 4, !tbaa !5
  br label %46, !llvm.loop !32

135:                                              ; preds = %49
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %36, !llvm.loop !33

136:                                              ; preds = %36
  %137 = load i32, ptr %8, align 4, !tbaa !5
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i32 %137

138:                                              ; preds = %125
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @scan_fill(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.Point, align 2
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = trunc i32 %17 to i16
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %20
  %22 = getelementptr inbounds nuw %struct.Point, ptr %21, i32 0, i32 0
  store i16 %18, ptr %22, align 4, !tbaa !25
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = trunc i32 %23 to i16
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %26
  %28 = getelementptr inbounds nuw %struct.Point, ptr %27, i32 0, i32 1
  store i16 %24, ptr %28, align 2, !tbaa !28
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %7, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %231, %229, %3
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = icmp sgt i32 %32, 0
  br i1 %33, label %34, label %232

34:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = add nsw i32 %35, -1
  store i32 %36, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %37
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %9, ptr align 4 %38, i64 4, i1 false), !tbaa.struct !29
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %39 = getelementptr inbounds nuw %struct.Point, ptr %9, i32 0, i32 0
  %40 = load i16, ptr %39, align 2, !tbaa !25
  %41 = sext i16 %40 to i32
  store i32 %41, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %42 = getelementptr inbounds nuw %struct.Point, ptr %9, i32 0, i32 1
  %43 = load i16, ptr %42, align 2, !tbaa !28
  %44 = sext i16 %43 to i32
  store i32 %44, ptr %11, align 4, !tbaa !5
  %45 = load i32, ptr %11, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %46
  %48 = load i32, ptr %10, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [96 x i32], ptr %47, i64 0, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %53, label %54

53:                                               ; preds = %34
  store i32 2, ptr %12, align 4
  br label %229, !llvm.loop !34

54:                                               ; preds = %34
  br label %55

55:                                               ; preds = %81, %54
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = icmp sgt i32 %56, 0
  br i1 %57, label %58, label %79

58:                                               ; preds = %55
  %59 = load i32, ptr %11, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %60
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = sub nsw i32 %62, 1
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [96 x i8], ptr %61, i64 0, i64 %64
  %66 = load i8, ptr %65, align 1, !tbaa !9
  %67 = zext i8 %66 to i32
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %69, label %79

69:                                               ; preds = %58
  %70 = load i32, ptr %11, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %71
  %73 = load i32, ptr %10, align 4, !tbaa !5
  %74 = sub nsw i32 %73, 1
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [96 x i32], ptr %72, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = icmp eq i32 %77, 0
  br label %79

79:                                               ; preds = %69, %58, %55
  %80 = phi i1 [ false, %58 ], [ false, %55 ], [ %78, %69 ]
  br i1 %80, label %81, label %84

81:                                               ; preds = %79
  %82 = load i32, ptr %10, align 4, !tbaa !5
  %83 = add nsw i32 %82, -1
  store i32 %83, ptr %10, align 4, !tbaa !5
  br label %55, !llvm.loop !35

84:                                               ; preds = %79
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %225, %84
  %86 = load i32, ptr %10, align 4, !tbaa !5
  %87 = icmp slt i32 %86, 96
  br i1 %87, label %88, label %107

88:                                               ; preds = %85
  %89 = load i32, ptr %11, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %90
  %92 = load i32, ptr %10, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [96 x i8], ptr %91, i64 0, i64 %93
  %95 = load i8, ptr %94, align 1, !tbaa !9
  %96 = zext i8 %95 to i32
  %97 = icmp ne i32 %96, 0
  br i1 %97, label %98, label %107

98:                                               ; preds = %88
  %99 = load i32, ptr %11, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %100
  %102 = load i32, ptr %10, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [96 x i32], ptr %101, i64 0, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = icmp eq i32 %105, 0
  br label %107

107:                                              ; preds = %98, %88, %85
  %108 = phi i1 [ false, %88 ], [ false, %85 ], [ %106, %98 ]
  br i1 %108, label %109, label %228

109:                                              ; preds = %107
  %110 = load i32, ptr %6, align 4, !tbaa !5
  %111 = load i32, ptr %11, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %112
  %114 = load i32, ptr %10, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [96 x i32], ptr %113, i64 0, i64 %115
  store i32 %110, ptr %116, align 4, !tbaa !5
  %117 = load i32, ptr %8, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %8, align 4, !tbaa !5
  %119 = load i32, ptr %11, align 4, !tbaa !5
  %120 = icmp sgt i32 %119, 0
  br i1 %120, label %121, label %171

121:                                              ; preds = %109
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %122 = load i32, ptr %11, align 4, !tbaa !5
  %123 = sub nsw i32 %122, 1
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %124
  %126 = load i32, ptr %10, align 4, !tbaa !5
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [96 x i8], ptr %125, i64 0, i64 %127
  %129 = load i8, ptr %128, align 1, !tbaa !9
  %130 = zext i8 %129 to i32
  %131 = icmp ne i32 %130, 0
  br i1 %131, label %132, label %142

132:                                              ; preds = %121
  %133 = load i32, ptr %11, align 4, !tbaa !5
  %134 = sub nsw i32 %133, 1
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %135
  %137 = load i32, ptr %10, align 4, !tbaa !5
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds [96 x i32], ptr %136, i64 0, i64 %138
  %140 = load i32, ptr %139, align 4, !tbaa !5
  %141 = icmp eq i32 %140, 0
  br label %142

142:                                              ; preds = %132, %121
  %143 = phi i1 [ false, %121 ], [ %141, %132 ]
  %144 = zext i1 %143 to i32
  store i32 %144, ptr %15, align 4, !tbaa !5
  %145 = load i32, ptr %15, align 4, !tbaa !5
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %147, label %169

147:                                              ; preds = %142
  %148 = load i32, ptr %13, align 4, !tbaa !5
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %169, label %150

150:                                              ; preds = %147
  %151 = load i32, ptr %7, align 4, !tbaa !5
  %152 = icmp slt i32 %151, 6144
  br i1 %152, label %153, label %169

153:                                              ; preds = %150
  %154 = load i32, ptr %10, align 4, !tbaa !5
  %155 = trunc i32 %154 to i16
  %156 = load i32, ptr %7, align 4, !tbaa !5
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %157
  %159 = getelementptr inbounds nuw %struct.Point, ptr %158, i32 0, i32 0
  store i16 %155, ptr %159, align 4, !tbaa !25
  %160 = load i32, ptr %11, align 4, !tbaa !5
  %161 = sub nsw i32 %160, 1
  %162 = trunc i32 %161 to i16
  %163 = load i32, ptr %7, align 4, !tbaa !5
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %164
  %166 = getelementptr inbounds nuw %struct.Point, ptr %165, i32 0, i32 1
  store i16 %162, ptr %166, align 2, !tbaa !28
  %167 = load i32, ptr %7, align 4, !tbaa !5
  %168 = add nsw i32 %167, 1
  store i32 %168, ptr %7, align 4, !tbaa !5
  br label %169

169:                                              ; preds = %153, %150, %147, %142
  %170 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %170, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %171

171:                                              ; preds = %169, %109
  %172 = load i32, ptr %11, align 4, !tbaa !5
  %173 = icmp slt i32 %172, 63
  br i1 %173, label %174, label %224

174:                                              ; preds = %171
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %175 = load i32, ptr %11, align 4, !tbaa !5
  %176 = add nsw i32 %175, 1
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [64 x [96 x i8]], ptr @img, i64 0, i64 %177
  %179 = load i32, ptr %10, align 4, !tbaa !5
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [96 x i8], ptr %178, i64 0, i64 %180
  %182 = load i8, ptr %181, align 1, !tbaa !9
  %183 = zext i8 %182 to i32
  %184 = icmp ne i32 %183, 0
  br i1 %184, label %185, label %195

185:                                              ; preds = %174
  %186 = load i32, ptr %11, align 4, !tbaa !5
  %187 = add nsw i32 %186, 1
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [64 x [96 x i32]], ptr @label, i64 0, i64 %188
  %190 = load i32, ptr %10, align 4, !tbaa !5
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [96 x i32], ptr %189, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !5
  %194 = icmp eq i32 %193, 0
  br label %195

195:                                              ; preds = %185, %174
  %196 = phi i1 [ false, %174 ], [ %194, %185 ]
  %197 = zext i1 %196 to i32
  store i32 %197, ptr %16, align 4, !tbaa !5
  %198 = load i32, ptr %16, align 4, !tbaa !5
  %199 = icmp ne i32 %198, 0
  br i1 %199, label %200, label %222

200:                                              ; preds = %195
  %201 = load i32, ptr %14, align 4, !tbaa !5
  %202 = icmp ne i32 %201, 0
  br i1 %202, label %222, label %203

203:                                              ; preds = %200
  %204 = load i32, ptr %7, align 4, !tbaa !5
  %205 = icmp slt i32 %204, 6144
  br i1 %205, label %206, label %222

206:                                              ; preds = %203
  %207 = load i32, ptr %10, align 4, !tbaa !5
  %208 = trunc i32 %207 to i16
  %209 = load i32, ptr %7, align 4, !tbaa !5
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %210
  %212 = getelementptr inbounds nuw %struct.Point, ptr %211, i32 0, i32 0
  store i16 %208, ptr %212, align 4, !tbaa !25
  %213 = load i32, ptr %11, align 4, !tbaa !5
  %214 = add nsw i32 %213, 1
  %215 = trunc i32 %214 to i16
  %216 = load i32, ptr %7, align 4, !tbaa !5
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds [6144 x %struct.Point], ptr @stack_buf, i64 0, i64 %217
  %219 = getelementptr inbounds nuw %struct.Point, ptr %218, i32 0, i32 1
  store i16 %215, ptr %219, align 2, !tbaa !28
  %220 = load i32, ptr %7, align 4, !tbaa !5
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %7, align 4, !tbaa !5
  br label %222

222:                                              ; preds = %206, %203, %200, %195
  %223 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %223, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %224

224:                                              ; preds = %222, %171
  br label %225

225:                                              ; preds = %224
  %226 = load i32, ptr %10, align 4, !tbaa !5
  %227 = add nsw i32 %226, 1
  store i32 %227, ptr %10, align 4, !tbaa !5
  br label %85, !llvm.loop !36

228:                                              ; preds = %107
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  store i32 0, ptr %12, align 4
  br label %229

229:                                              ; preds = %228, %53
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %230 = load i32, ptr %12, align 4
  switch i32 %230, label %234 [
    i32 0, label %231
    i32 2, label %31
  ]

231:                                              ; preds = %229
  br label %31, !llvm.loop !34

232:                                              ; preds = %31
  %233 = load i32, ptr %8, align 4, !tbaa !5
  store i32 1, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i32 %233

234:                                              ; preds = %229
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 int", !22, i64 0}
!22 = !{!"any pointer", !7, i64 0}
!23 = distinct !{!23, !11}
!24 = distinct !{!24, !11}
!25 = !{!26, !27, i64 0}
!26 = !{!"", !27, i64 0, !27, i64 2}
!27 = !{!"short", !7, i64 0}
!28 = !{!26, !27, i64 2}
!29 = !{i64 0, i64 2, !30, i64 2, i64 2, !30}
!30 = !{!27, !27, i64 0}
!31 = distinct !{!31, !11}
!32 = distinct !{!32, !11}
!33 = distinct !{!33, !11}
!34 = distinct !{!34, !11}
!35 = distinct !{!35, !11}
!36 = distinct !{!36, !11}
