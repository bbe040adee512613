; ModuleID = 'wildcard_match.c'
source_filename = "wildcard_match.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.names = internal global [12 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 16
@.str = private unnamed_addr constant [7 x i8] c"main.c\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"main.o\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"util.h\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"README.md\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"Makefile\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"lib/a.c\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"test_01.c\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"test_2.c\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.9 = private unnamed_addr constant [15 x i8] c"archive.tar.gz\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"data[1].bin\00", align 1
@.str.11 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@main.pats = internal global [12 x ptr] [ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23], align 16
@.str.12 = private unnamed_addr constant [4 x i8] c"*.c\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"*.[ch]\00", align 1
@.str.14 = private unnamed_addr constant [10 x i8] c"test_??.c\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c"*\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@.str.17 = private unnamed_addr constant [8 x i8] c"[!a-m]*\00", align 1
@.str.18 = private unnamed_addr constant [8 x i8] c"*.tar.*\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"M*e\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"*a*a*\00", align 1
@.str.21 = private unnamed_addr constant [7 x i8] c"[A-Z]*\00", align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"lib/*\00", align 1
@.str.23 = private unnamed_addr constant [8 x i8] c"*[0-9]*\00", align 1
@.str.24 = private unnamed_addr constant [27 x i8] c"matches=%u signature=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @glob_match(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store ptr null, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store ptr null, ptr %7, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %75, %65, %49, %28, %19, %2
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = load i8, ptr %11, align 1, !tbaa !12
  %13 = icmp ne i8 %12, 0
  br i1 %13, label %14, label %79

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = sext i8 %16 to i32
  %18 = icmp eq i32 %17, 42
  br i1 %18, label %19, label %23

19:                                               ; preds = %14
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1
  store ptr %21, ptr %4, align 8, !tbaa !9
  store ptr %21, ptr %6, align 8, !tbaa !9
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %22, ptr %7, align 8, !tbaa !9
  br label %10, !llvm.loop !13

23:                                               ; preds = %14
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = load i8, ptr %24, align 1, !tbaa !12
  %26 = sext i8 %25 to i32
  %27 = icmp eq i32 %26, 63
  br i1 %27, label %28, label %33

28:                                               ; preds = %23
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw i8, ptr %29, i32 1
  store ptr %30, ptr %4, align 8, !tbaa !9
  %31 = load ptr, ptr %5, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %31, i32 1
  store ptr %32, ptr %5, align 8, !tbaa !9
  br label %10, !llvm.loop !13

33:                                               ; preds = %23
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = load i8, ptr %34, align 1, !tbaa !12
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 91
  br i1 %37, label %38, label %52

38:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %39, ptr %8, align 8, !tbaa !9
  %40 = load ptr, ptr %5, align 8, !tbaa !9
  %41 = load i8, ptr %40, align 1, !tbaa !12
  %42 = call i32 @match_class(ptr noundef %8, i8 noundef signext %41) #4
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %44, label %48

44:                                               ; preds = %38
  %45 = load ptr, ptr %8, align 8, !tbaa !9
  store ptr %45, ptr %4, align 8, !tbaa !9
  %46 = load ptr, ptr %5, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1
  store ptr %47, ptr %5, align 8, !tbaa !9
  store i32 2, ptr %9, align 4
  br label %49, !llvm.loop !13

48:                                               ; preds = %38
  store i32 0, ptr %9, align 4
  br label %49

49:                                               ; preds = %48, %44
  call void @llvm.lifetime.end.p0(ptr %8) #3
  %50 = load i32, ptr %9, align 4
  switch i32 %50, label %96 [
    i32 0, label %51
    i32 2, label %10
  ]

51:                                               ; preds = %49
  br label %71

52:                                               ; preds = %33
  %53 = load ptr, ptr %4, align 8, !tbaa !9
  %54 = load i8, ptr %53, align 1, !tbaa !12
  %55 = sext i8 %54 to i32
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %57, label %70

57:                                               ; preds = %52
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = load i8, ptr %58, align 1, !tbaa !12
  %60 = sext i8 %59 to i32
  %61 = load ptr, ptr %5, align 8, !tbaa !9
  %62 = load i8, ptr %61, align 1, !tbaa !12
  %63 = sext i8 %62 to i32
  %64 = icmp eq i32 %60, %63
  br i1 %64, label %65, label %70

65:                                               ; preds = %57
  %66 = load ptr, ptr %4, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw i8, ptr %66, i32 1
  store ptr %67, ptr %4, align 8, !tbaa !9
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw i8, ptr %68, i32 1
  store ptr %69, ptr %5, align 8, !tbaa !9
  br label %10, !llvm.loop !13

70:                                               ; preds = %57, %52
  br label %71

71:                                               ; preds = %70, %51
  %72 = load ptr, ptr %6, align 8, !tbaa !9
  %73 = icmp ne ptr %72, null
  br i1 %73, label %75, label %74

74:                                               ; preds = %71
  store i32 0, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %94

75:                                               ; preds = %71
  %76 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %76, ptr %4, align 8, !tbaa !9
  %77 = load ptr, ptr %7, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw i8, ptr %77, i32 1
  store ptr %78, ptr %7, align 8, !tbaa !9
  store ptr %78, ptr %5, align 8, !tbaa !9
  br label %10, !llvm.loop !13

79:                                               ; preds = %10
  br label %80

80:                                               ; preds = %85, %79
  %81 = load ptr, ptr %4, align 8, !tbaa !9
  %82 = load i8, ptr %81, align 1, !tbaa !12
  %83 = sext i8 %82 to i32
  %84 = icmp eq i32 %83, 42
  br i1 %84, label %85, label %88

85:                                               ; preds = %80
  %86 = load ptr, ptr %4, align 8, !tbaa !9
  %87 = getelementptr inbounds nuw i8, ptr %86, i32 1
  store ptr %87, ptr %4, align 8, !tbaa !9
  br label %80, !llvm.loop !15

88:                                               ; preds = %80
  %89 = load ptr, ptr %4, align 8, !tbaa !9
  %90 = load i8, ptr %89, align 1, !tbaa !12
  %91 = sext i8 %90 to i32
  %92 = icmp eq i32 %91, 0
  %93 = zext i1 %92 to i32
  store i32 %93, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %94

94:                                               ; preds = %88, %74
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  %95 = load i32, ptr %3, align 4
  ret i32 %95

96:                                               ; preds = %49
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @match_class(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !16
  store i8 %1, ptr %4, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %10 = load ptr, ptr %3, align 8, !tbaa !16
  %11 = load ptr, ptr %10, align 8, !tbaa !9
  %12 = getelementptr inbounds i8, ptr %11, i64 1
  store ptr %12, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = load i8, ptr %13, align 1, !tbaa !12
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 33
  %17 = zext i1 %16 to i32
  store i32 %17, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  %20 = sext i32 %18 to i64
  %21 = getelementptr inbounds i8, ptr %19, i64 %20
  store ptr %21, ptr %5, align 8, !tbaa !9
  br label %22

22:                                               ; preds = %75, %2
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %23 = load ptr, ptr %5, align 8, !tbaa !9
  %24 = load i8, ptr %23, align 1, !tbaa !12
  store i8 %24, ptr %8, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %25 = load i8, ptr %8, align 1, !tbaa !12
  store i8 %25, ptr %9, align 1, !tbaa !12
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = getelementptr inbounds i8, ptr %26, i64 1
  %28 = load i8, ptr %27, align 1, !tbaa !12
  %29 = sext i8 %28 to i32
  %30 = icmp eq i32 %29, 45
  br i1 %30, label %31, label %49

31:                                               ; preds = %22
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds i8, ptr %32, i64 2
  %34 = load i8, ptr %33, align 1, !tbaa !12
  %35 = sext i8 %34 to i32
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %37, label %49

37:                                               ; preds = %31
  %38 = load ptr, ptr %5, align 8, !tbaa !9
  %39 = getelementptr inbounds i8, ptr %38, i64 2
  %40 = load i8, ptr %39, align 1, !tbaa !12
  %41 = sext i8 %40 to i32
  %42 = icmp ne i32 %41, 93
  br i1 %42, label %43, label %49

43:                                               ; preds = %37
  %44 = load ptr, ptr %5, align 8, !tbaa !9
  %45 = getelementptr inbounds i8, ptr %44, i64 2
  %46 = load i8, ptr %45, align 1, !tbaa !12
  store i8 %46, ptr %9, align 1, !tbaa !12
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  %48 = getelementptr inbounds i8, ptr %47, i64 2
  store ptr %48, ptr %5, align 8, !tbaa !9
  br label %49

49:                                               ; preds = %43, %37, %31, %22
  %50 = load i8, ptr %4, align 1, !tbaa !12
  %51 = sext i8 %50 to i32
  %52 = load i8, ptr %8, align 1, !tbaa !12
  %53 = sext i8 %52 to i32
  %54 = icmp sge i32 %51, %53
  br i1 %54, label %55, label %62

55:                                               ; preds = %49
  %56 = load i8, ptr %4, align 1, !tbaa !12
  %57 = sext i8 %56 to i32
  %58 = load i8, ptr %9, align 1, !tbaa !12
  %59 = sext i8 %58 to i32
  %60 = icmp sle i32 %57, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %55
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %61, %55, %49
  %63 = load ptr, ptr %5, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw i8, ptr %63, i32 1
  store ptr %64, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %65

65:                                               ; preds = %62
  %66 = load ptr, ptr %5, align 8, !tbaa !9
  %67 = load i8, ptr %66, align 1, !tbaa !12
  %68 = sext i8 %67 to i32
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %70, label %75

70:                                               ; preds = %65
  %71 = load ptr, ptr %5, align 8, !tbaa !9
  %72 = load i8, ptr %71, align 1, !tbaa !12
  %73 = sext i8 %72 to i32
  %74 = icmp ne i32 %73, 93
  br label %75

75:                                               ; preds = %70, %65
  %76 = phi i1 [ false, %65 ], [ %74, %70 ]
  br i1 %76, label %22, label %77, !llvm.loop !19

77:                                               ; preds = %75
  %78 = load ptr, ptr %5, align 8, !tbaa !9
  %79 = load i8, ptr %78, align 1, !tbaa !12
  %80 = sext i8 %79 to i32
  %81 = icmp eq i32 %80, 93
  br i1 %81, label %82, label %85

82:                                               ; preds = %77
  %83 = load ptr, ptr %5, align 8, !tbaa !9
  %84 = getelementptr inbounds nuw i8, ptr %83, i32 1
  store ptr %84, ptr %5, align 8, !tbaa !9
  br label %85

85:                                               ; preds = %82, %77
  %86 = load ptr, ptr %5, align 8, !tbaa !9
  %87 = load ptr, ptr %3, align 8, !tbaa !16
  store ptr %86, ptr %87, align 8, !tbaa !9
  %88 = load i32, ptr %7, align 4, !tbaa !5
  %89 = load i32, ptr %6, align 4, !tbaa !5
  %90 = icmp ne i32 %88, %89
  %91 = zext i1 %90 to i32
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %91
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %48, %0
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 200
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %51

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %44, %13
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 12
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %47

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %40, %18
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 12
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %43

23:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [12 x ptr], ptr @main.pats, i64 0, i64 %25
  %27 = load ptr, ptr %26, align 8, !tbaa !9
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [12 x ptr], ptr @main.names, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !9
  %32 = call i32 @glob_match(ptr noundef %27, ptr noundef %31) #4
  store i32 %32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = add i32 %34, %33
  store i32 %35, ptr %3, align 4, !tbaa !5
  %36 = load i32, ptr %2, align 4, !tbaa !5
  %37 = mul i32 %36, 3
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = add i32 %37, %38
  store i32 %39, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %40

40:                                               ; preds = %23
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4, !tbaa !5
  br label %19, !llvm.loop !20

43:                                               ; preds = %22
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %6, align 4, !tbaa !5
  br label %14, !llvm.loop !21

47:                                               ; preds = %17
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %4, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %4, align 4, !tbaa !5
  br label %9, !llvm.loop !22

51:                                               ; preds = %12
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = load i32, ptr %2, align 4, !tbaa !5
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %52, i32 noundef %53) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %55 = load i32, ptr %1, align 4
  ret i32 %55
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

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
!9 = !{!10, !10, i64 0}
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = !{!17, !17, i64 0}
!17 = !{!"p2 omnipotent char", !18, i64 0}
!18 = !{!"any p2 pointer", !11, i64 0}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
