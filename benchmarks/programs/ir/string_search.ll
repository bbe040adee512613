; ModuleID = 'string_search.c'
source_filename = "string_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.text = internal global [120000 x i8] zeroinitializer, align 16
@main.pats = internal global [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str = private unnamed_addr constant [5 x i8] c"abca\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"aaaa\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"dcba\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"abcdabcd\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"bbbbbbb\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"cab\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"dadadad\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.8 = private unnamed_addr constant [37 x i8] c"matches=%zu mismatches=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @kmp_count(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  %15 = load i64, ptr %9, align 8, !tbaa !12
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %21, label %17

17:                                               ; preds = %4
  %18 = load i64, ptr %9, align 8, !tbaa !12
  %19 = load i64, ptr %7, align 8, !tbaa !12
  %20 = icmp ugt i64 %18, %19
  br i1 %20, label %21, label %22

21:                                               ; preds = %17, %4
  store i64 0, ptr %5, align 8
  br label %102

22:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %23 = load i64, ptr %9, align 8, !tbaa !12
  %24 = mul i64 %23, 4
  %25 = call noalias ptr @malloc(i64 noundef %24) #7
  store ptr %25, ptr %10, align 8, !tbaa !14
  %26 = load ptr, ptr %10, align 8, !tbaa !14
  %27 = icmp ne ptr %26, null
  br i1 %27, label %29, label %28

28:                                               ; preds = %22
  store i64 0, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %101

29:                                               ; preds = %22
  %30 = load ptr, ptr %8, align 8, !tbaa !9
  %31 = load i64, ptr %9, align 8, !tbaa !12
  %32 = load ptr, ptr %10, align 8, !tbaa !14
  call void @kmp_build(ptr noundef %30, i64 noundef %31, ptr noundef %32) #8
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i64 0, ptr %14, align 8, !tbaa !12
  br label %33

33:                                               ; preds = %95, %29
  %34 = load i64, ptr %14, align 8, !tbaa !12
  %35 = load i64, ptr %7, align 8, !tbaa !12
  %36 = icmp ult i64 %34, %35
  br i1 %36, label %38, label %37

37:                                               ; preds = %33
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %98

38:                                               ; preds = %33
  br label %39

39:                                               ; preds = %57, %38
  %40 = load i32, ptr %13, align 4, !tbaa !5
  %41 = icmp sgt i32 %40, 0
  br i1 %41, label %42, label %55

42:                                               ; preds = %39
  %43 = load ptr, ptr %6, align 8, !tbaa !9
  %44 = load i64, ptr %14, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw i8, ptr %43, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !16
  %47 = sext i8 %46 to i32
  %48 = load ptr, ptr %8, align 8, !tbaa !9
  %49 = load i32, ptr %13, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i8, ptr %48, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !16
  %53 = sext i8 %52 to i32
  %54 = icmp ne i32 %47, %53
  br label %55

55:                                               ; preds = %42, %39
  %56 = phi i1 [ false, %39 ], [ %54, %42 ]
  br i1 %56, label %57, label %64

57:                                               ; preds = %55
  %58 = load ptr, ptr %10, align 8, !tbaa !14
  %59 = load i32, ptr %13, align 4, !tbaa !5
  %60 = sub nsw i32 %59, 1
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %58, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  store i32 %63, ptr %13, align 4, !tbaa !5
  br label %39, !llvm.loop !17

64:                                               ; preds = %55
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = load i64, ptr %14, align 8, !tbaa !12
  %67 = getelementptr inbounds nuw i8, ptr %65, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !16
  %69 = sext i8 %68 to i32
  %70 = load ptr, ptr %8, align 8, !tbaa !9
  %71 = load i32, ptr %13, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i8, ptr %70, i64 %72
  %74 = load i8, ptr %73, align 1, !tbaa !16
  %75 = sext i8 %74 to i32
  %76 = icmp eq i32 %69, %75
  br i1 %76, label %77, label %80

77:                                               ; preds = %64
  %78 = load i32, ptr %13, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %13, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %77, %64
  %81 = load i32, ptr %13, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = load i64, ptr %9, align 8, !tbaa !12
  %84 = icmp eq i64 %82, %83
  br i1 %84, label %85, label %94

85:                                               ; preds = %80
  %86 = load i64, ptr %12, align 8, !tbaa !12
  %87 = add i64 %86, 1
  store i64 %87, ptr %12, align 8, !tbaa !12
  %88 = load ptr, ptr %10, align 8, !tbaa !14
  %89 = load i32, ptr %13, align 4, !tbaa !5
  %90 = sub nsw i32 %89, 1
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i32, ptr %88, i64 %91
  %93 = load i32, ptr %92, align 4, !tbaa !5
  store i32 %93, ptr %13, align 4, !tbaa !5
  br label %94

94:                                               ; preds = %85, %80
  br label %95

95:                                               ; preds = %94
  %96 = load i64, ptr %14, align 8, !tbaa !12
  %97 = add i64 %96, 1
  store i64 %97, ptr %14, align 8, !tbaa !12
  br label %33, !llvm.loop !19

98:                                               ; preds = %37
  %99 = load ptr, ptr %10, align 8, !tbaa !14
  call void @free(ptr noundef %99) #9
  %100 = load i64, ptr %12, align 8, !tbaa !12
  store i64 %100, ptr %5, align 8
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %101

101:                                              ; preds = %98, %28
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %102

102:                                              ; preds = %101, %21
  %103 = load i64, ptr %5, align 8
  ret i64 %103
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @kmp_build(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !14
  %9 = load ptr, ptr %6, align 8, !tbaa !14
  %10 = getelementptr inbounds i32, ptr %9, i64 0
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 1, ptr %8, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %63, %3
  %12 = load i64, ptr %8, align 8, !tbaa !12
  %13 = load i64, ptr %5, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %66

16:                                               ; preds = %11
  br label %17

17:                                               ; preds = %35, %16
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = icmp sgt i32 %18, 0
  br i1 %19, label %20, label %33

20:                                               ; preds = %17
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i8, ptr %21, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !16
  %25 = sext i8 %24 to i32
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %26, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !16
  %31 = sext i8 %30 to i32
  %32 = icmp ne i32 %25, %31
  br label %33

33:                                               ; preds = %20, %17
  %34 = phi i1 [ false, %17 ], [ %32, %20 ]
  br i1 %34, label %35, label %42

35:                                               ; preds = %33
  %36 = load ptr, ptr %6, align 8, !tbaa !14
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = sub nsw i32 %37, 1
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %36, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !5
  store i32 %41, ptr %7, align 4, !tbaa !5
  br label %17, !llvm.loop !20

42:                                               ; preds = %33
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = load i64, ptr %8, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw i8, ptr %43, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !16
  %47 = sext i8 %46 to i32
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i8, ptr %48, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !16
  %53 = sext i8 %52 to i32
  %54 = icmp eq i32 %47, %53
  br i1 %54, label %55, label %58

55:                                               ; preds = %42
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %7, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %55, %42
  %59 = load i32, ptr %7, align 4, !tbaa !5
  %60 = load ptr, ptr %6, align 8, !tbaa !14
  %61 = load i64, ptr %8, align 8, !tbaa !12
  %62 = getelementptr inbounds nuw i32, ptr %60, i64 %61
  store i32 %59, ptr %62, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %58
  %64 = load i64, ptr %8, align 8, !tbaa !12
  %65 = add i64 %64, 1
  store i64 %65, ptr %8, align 8, !tbaa !12
  br label %11, !llvm.loop !21

66:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @horspool_count(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca [256 x i64], align 16
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i8, align 1
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  %16 = load i64, ptr %9, align 8, !tbaa !12
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %22, label %18

18:                                               ; preds = %4
  %19 = load i64, ptr %9, align 8, !tbaa !12
  %20 = load i64, ptr %7, align 8, !tbaa !12
  %21 = icmp ugt i64 %19, %20
  br i1 %21, label %22, label %23

22:                                               ; preds = %18, %4
  store i64 0, ptr %5, align 8
  br label %102

23:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %33, %23
  %25 = load i32, ptr %11, align 4, !tbaa !5
  %26 = icmp slt i32 %25, 256
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %36

28:                                               ; preds = %24
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i64], ptr %10, i64 0, i64 %31
  store i64 %29, ptr %32, align 8, !tbaa !12
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %11, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %11, align 4, !tbaa !5
  br label %24, !llvm.loop !22

36:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !12
  br label %37

37:                                               ; preds = %54, %36
  %38 = load i64, ptr %12, align 8, !tbaa !12
  %39 = add i64 %38, 1
  %40 = load i64, ptr %9, align 8, !tbaa !12
  %41 = icmp ult i64 %39, %40
  br i1 %41, label %43, label %42

42:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %57

43:                                               ; preds = %37
  %44 = load i64, ptr %9, align 8, !tbaa !12
  %45 = sub i64 %44, 1
  %46 = load i64, ptr %12, align 8, !tbaa !12
  %47 = sub i64 %45, %46
  %48 = load ptr, ptr %8, align 8, !tbaa !9
  %49 = load i64, ptr %12, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw i8, ptr %48, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !16
  %52 = zext i8 %51 to i64
  %53 = getelementptr inbounds nuw [256 x i64], ptr %10, i64 0, i64 %52
  store i64 %47, ptr %53, align 8, !tbaa !12
  br label %54

54:                                               ; preds = %43
  %55 = load i64, ptr %12, align 8, !tbaa !12
  %56 = add i64 %55, 1
  store i64 %56, ptr %12, align 8, !tbaa !12
  br label %37, !llvm.loop !23

57:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i64 0, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i64 0, ptr %14, align 8, !tbaa !12
  br label %58

58:                                               ; preds = %93, %57
  %59 = load i64, ptr %14, align 8, !tbaa !12
  %60 = load i64, ptr %7, align 8, !tbaa !12
  %61 = load i64, ptr %9, align 8, !tbaa !12
  %62 = sub i64 %60, %61
  %63 = icmp ule i64 %59, %62
  br i1 %63, label %64, label %100

64:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = load i64, ptr %14, align 8, !tbaa !12
  %67 = load i64, ptr %9, align 8, !tbaa !12
  %68 = add i64 %66, %67
  %69 = sub i64 %68, 1
  %70 = getelementptr inbounds nuw i8, ptr %65, i64 %69
  %71 = load i8, ptr %70, align 1, !tbaa !16
  store i8 %71, ptr %15, align 1, !tbaa !16
  %72 = load i8, ptr %15, align 1, !tbaa !16
  %73 = zext i8 %72 to i32
  %74 = load ptr, ptr %8, align 8, !tbaa !9
  %75 = load i64, ptr %9, align 8, !tbaa !12
  %76 = sub i64 %75, 1
  %77 = getelementptr inbounds nuw i8, ptr %74, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !16
  %79 = zext i8 %78 to i32
  %80 = icmp eq i32 %73, %79
  br i1 %80, label %81, label %93

81:                                               ; preds = %64
  %82 = load ptr, ptr %6, align 8, !tbaa !9
  %83 = load i64, ptr %14, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw i8, ptr %82, i64 %83
  %85 = load ptr, ptr %8, align 8, !tbaa !9
  %86 = load i64, ptr %9, align 8, !tbaa !12
  %87 = sub i64 %86, 1
  %88 = call i32 @memcmp(ptr noundef %84, ptr noundef %85, i64 noundef %87) #10
  %89 = icmp eq i32 %88, 0
  br i1 %89, label %90, label %93

90:                                               ; preds = %81
  %91 = load i64, ptr %13, align 8, !tbaa !12
  %92 = add i64 %91, 1
  store i64 %92, ptr %13, align 8, !tbaa !12
  br label %93

93:                                               ; preds = %90, %81, %64
  %94 = load i8, ptr %15, align 1, !tbaa !16
  %95 = zext i8 %94 to i64
  %96 = getelementptr inbounds nuw [256 x i64], ptr %10, i64 0, i64 %95
  %97 = load i64, ptr %96, align 8, !tbaa !12
  %98 = load i64, ptr %14, align 8, !tbaa !12
  %99 = add i64 %98, %97
  store i64 %99, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %58, !llvm.loop !24

100:                                              ; preds = %58
  %101 = load i64, ptr %13, align 8, !tbaa !12
  store i64 %101, ptr %5, align 8
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %102

102:                                              ; preds = %100, %22
  %103 = load i64, ptr %5, align 8
  ret i64 %103
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @gen_text(ptr noundef @main.text, i64 noundef 120000, i32 noundef 12648430) #8
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 0, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %53, %0
  %11 = load i64, ptr %5, align 8, !tbaa !12
  %12 = icmp ult i64 %11, 8
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %56

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %15 = load i64, ptr %5, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw [8 x ptr], ptr @main.pats, i64 0, i64 %15
  %17 = load ptr, ptr %16, align 8, !tbaa !9
  %18 = call i64 @strlen(ptr noundef %17) #10
  store i64 %18, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = getelementptr inbounds nuw [8 x ptr], ptr @main.pats, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !9
  %22 = load i64, ptr %6, align 8, !tbaa !12
  %23 = call i64 @kmp_count(ptr noundef @main.text, i64 noundef 120000, ptr noundef %21, i64 noundef %22) #8
  store i64 %23, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %24 = load i64, ptr %5, align 8, !tbaa !12
  %25 = getelementptr inbounds nuw [8 x ptr], ptr @main.pats, i64 0, i64 %24
  %26 = load ptr, ptr %25, align 8, !tbaa !9
  %27 = load i64, ptr %6, align 8, !tbaa !12
  %28 = call i64 @horspool_count(ptr noundef @main.text, i64 noundef 120000, ptr noundef %26, i64 noundef %27) #8
  store i64 %28, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %29 = load i64, ptr %5, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw [8 x ptr], ptr @main.pats, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !9
  %32 = load i64, ptr %6, align 8, !tbaa !12
  %33 = call i64 @naive_count(ptr noundef @main.text, i64 noundef 120000, ptr noundef %31, i64 noundef %32) #8
  store i64 %33, ptr %9, align 8, !tbaa !12
  %34 = load i64, ptr %7, align 8, !tbaa !12
  %35 = load i64, ptr %8, align 8, !tbaa !12
  %36 = icmp ne i64 %34, %35
  br i1 %36, label %41, label %37

37:                                               ; preds = %14
  %38 = load i64, ptr %7, align 8, !tbaa !12
  %39 = load i64, ptr %9, align 8, !tbaa !12
  %40 = icmp ne i64 %38, %39
  br i1 %40, label %41, label %44

41:                                               ; preds = %37, %14
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %3, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %41, %37
  %45 = load i64, ptr %7, align 8, !tbaa !12
  %46 = load i64, ptr %2, align 8, !tbaa !12
  %47 = add i64 %46, %45
  store i64 %47, ptr %2, align 8, !tbaa !12
  %48 = load i32, ptr %4, align 4, !tbaa !5
  %49 = mul i32 %48, 1000003
  %50 = load i64, ptr %7, align 8, !tbaa !12
  %51 = trunc i64 %50 to i32
  %52 = add i32 %49, %51
  store i32 %52, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %53

53:                                               ; preds = %44
  %54 = load i64, ptr %5, align 8, !tbaa !12
  %55 = add i64 %54, 1
  store i64 %55, ptr %5, align 8, !tbaa !12
  br label %10, !llvm.loop !25

56:                                               ; preds = %13
  %57 = load i64, ptr %2, align 8, !tbaa !12
  %58 = load i32, ptr %3, align 4, !tbaa !5
  %59 = load i32, ptr %4, align 4, !tbaa !5
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %57, i32 noundef %58, i32 noundef %59) #8
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @gen_text(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %33, %3
  %9 = load i64, ptr %7, align 8, !tbaa !12
  %10 = load i64, ptr %5, align 8, !tbaa !12
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %36

13:                                               ; preds = %8
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = shl i32 %14, 13
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = xor i32 %16, %15
  store i32 %17, ptr %6, align 4, !tbaa !5
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = lshr i32 %18, 17
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = xor i32 %20, %19
  store i32 %21, ptr %6, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = shl i32 %22, 5
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %6, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = urem i32 %26, 4
  %28 = add i32 97, %27
  %29 = trunc i32 %28 to i8
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = load i64, ptr %7, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw i8, ptr %30, i64 %31
  store i8 %29, ptr %32, align 1, !tbaa !16
  br label %33

33:                                               ; preds = %13
  %34 = load i64, ptr %7, align 8, !tbaa !12
  %35 = add i64 %34, 1
  store i64 %35, ptr %7, align 8, !tbaa !12
  br label %8, !llvm.loop !26

36:                                               ; preds = %12
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @naive_count(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %51, %4
  %13 = load i64, ptr %10, align 8, !tbaa !12
  %14 = load i64, ptr %8, align 8, !tbaa !12
  %15 = add i64 %13, %14
  %16 = load i64, ptr %6, align 8, !tbaa !12
  %17 = icmp ule i64 %15, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %54

19:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %20

20:                                               ; preds = %40, %19
  %21 = load i64, ptr %11, align 8, !tbaa !12
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %24, label %38

24:                                               ; preds = %20
  %25 = load ptr, ptr %5, align 8, !tbaa !9
  %26 = load i64, ptr %10, align 8, !tbaa !12
  %27 = load i64, ptr %11, align 8, !tbaa !12
  %28 = add i64 %26, %27
  %29 = getelementptr inbounds nuw i8, ptr %25, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !16
  %31 = sext i8 %30 to i32
  %32 = load ptr, ptr %7, align 8, !tbaa !9
  %33 = load i64, ptr %11, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw i8, ptr %32, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !16
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %31, %36
  br label %38

38:                                               ; preds = %24, %20
  %39 = phi i1 [ false, %20 ], [ %37, %24 ]
  br i1 %39, label %40, label %43

40:                                               ; preds = %38
  %41 = load i64, ptr %11, align 8, !tbaa !12
  %42 = add i64 %41, 1
  store i64 %42, ptr %11, align 8, !tbaa !12
  br label %20, !llvm.loop !27

43:                                               ; preds = %38
  %44 = load i64, ptr %11, align 8, !tbaa !12
  %45 = load i64, ptr %8, align 8, !tbaa !12
  %46 = icmp eq i64 %44, %45
  br i1 %46, label %47, label %50

47:                                               ; preds = %43
  %48 = load i64, ptr %9, align 8, !tbaa !12
  %49 = add i64 %48, 1
  store i64 %49, ptr %9, align 8, !tbaa !12
  br label %50

50:                                               ; preds = %47, %43
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %51

51:                                               ; preds = %50
  %52 = load i64, ptr %10, align 8, !tbaa !12
  %53 = add i64 %52, 1
  store i64 %53, ptr %10, align 8, !tbaa !12
  br label %12, !llvm.loop !28

54:                                               ; preds = %18
  %55 = load i64, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #6
  ret i64 %55
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize allocsize(0) }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }

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
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 int", !11, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !18}
!21 = distinct !{!21, !18}
!22 = distinct !{!22, !18}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
!28 = distinct !{!28, !18}
