; ModuleID = 'line_wrap.c'
source_filename = "line_wrap.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.word = type { ptr, i32 }

@main.words = internal global [256 x %struct.word] zeroinitializer, align 16
@main.widths = internal constant [4 x i32] [i32 16, i32 24, i32 30, i32 40], align 16
@paragraphs = internal global [3 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [34 x i8] c"paragraph %zu optimal, width %d:\0A\00", align 1
@.str.1 = private unnamed_addr constant [74 x i8] c"p%zu w%-2d words=%-3d greedy lines=%d rag=%-4ld optimal lines=%d rag=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"hash=%08x\0A\00", align 1
@.str.3 = private unnamed_addr constant [141 x i8] c"The quick brown fox jumps over the lazy dog while the compiler quietly hoists invariant loads out of the innermost loop and folds constants.\00", align 1
@.str.4 = private unnamed_addr constant [205 x i8] c"Aaa bb cc ddddd. Word wrapping is a classic problem: greedy filling is fast but a dynamic program minimizing the square of the leftover space produces noticeably more even right margins on short measures.\00", align 1
@.str.5 = private unnamed_addr constant [86 x i8] c"supercalifragilisticexpialidocious is longer than the column width and must sit alone\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"|%-*s|\0A\00", align 1
@wrap_optimal.cost = internal global [257 x i64] zeroinitializer, align 16
@wrap_optimal.next = internal global [257 x i32] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i64 0, ptr %4, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %85, %0
  %15 = load i64, ptr %4, align 8, !tbaa !9
  %16 = icmp ult i64 %15, 3
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %88

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw [3 x ptr], ptr @paragraphs, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !11
  %22 = call i32 @split_words(ptr noundef %21, ptr noundef @main.words, i32 noundef 256) #5
  store i32 %22, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !9
  br label %23

23:                                               ; preds = %81, %18
  %24 = load i64, ptr %7, align 8, !tbaa !9
  %25 = icmp ult i64 %24, 4
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %84

27:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %28 = load i64, ptr %7, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw [4 x i32], ptr @main.widths, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  store i32 %30, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %34 = call i32 @wrap_greedy(ptr noundef @main.words, i32 noundef %31, i32 noundef %32, ptr noundef %33) #5
  store i32 %34, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = call i64 @raggedness(ptr noundef @main.words, i32 noundef %35, i32 noundef %36, ptr noundef %37, i32 noundef %38) #5
  store i64 %39, ptr %10, align 8, !tbaa !9
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %43 = load i32, ptr %9, align 4, !tbaa !5
  call void @emit_justified(ptr noundef @main.words, i32 noundef %40, i32 noundef %41, ptr noundef %42, i32 noundef %43, ptr noundef %3, i32 noundef 0) #5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %47 = call i32 @wrap_optimal(ptr noundef @main.words, i32 noundef %44, i32 noundef %45, ptr noundef %46) #5
  store i32 %47, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %51 = load i32, ptr %11, align 4, !tbaa !5
  %52 = call i64 @raggedness(ptr noundef @main.words, i32 noundef %48, i32 noundef %49, ptr noundef %50, i32 noundef %51) #5
  store i64 %52, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %13) #4
  %53 = load i64, ptr %4, align 8, !tbaa !9
  %54 = icmp eq i64 %53, 1
  br i1 %54, label %55, label %58

55:                                               ; preds = %27
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = icmp eq i32 %56, 30
  br label %58

58:                                               ; preds = %55, %27
  %59 = phi i1 [ false, %27 ], [ %57, %55 ]
  %60 = zext i1 %59 to i32
  store i32 %60, ptr %13, align 4, !tbaa !5
  %61 = load i32, ptr %13, align 4, !tbaa !5
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %67

63:                                               ; preds = %58
  %64 = load i64, ptr %4, align 8, !tbaa !9
  %65 = load i32, ptr %8, align 4, !tbaa !5
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %64, i32 noundef %65) #5
  br label %67

67:                                               ; preds = %63, %58
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = load i32, ptr %13, align 4, !tbaa !5
  call void @emit_justified(ptr noundef @main.words, i32 noundef %68, i32 noundef %69, ptr noundef %70, i32 noundef %71, ptr noundef %3, i32 noundef %72) #5
  %73 = load i64, ptr %4, align 8, !tbaa !9
  %74 = load i32, ptr %8, align 4, !tbaa !5
  %75 = load i32, ptr %6, align 4, !tbaa !5
  %76 = load i32, ptr %9, align 4, !tbaa !5
  %77 = load i64, ptr %10, align 8, !tbaa !9
  %78 = load i32, ptr %11, align 4, !tbaa !5
  %79 = load i64, ptr %12, align 8, !tbaa !9
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %73, i32 noundef %74, i32 noundef %75, i32 noundef %76, i64 noundef %77, i32 noundef %78, i64 noundef %79) #5
  call void @llvm.lifetime.end.p0(ptr %13) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %81

81:                                               ; preds = %67
  %82 = load i64, ptr %7, align 8, !tbaa !9
  %83 = add i64 %82, 1
  store i64 %83, ptr %7, align 8, !tbaa !9
  br label %23, !llvm.loop !14

84:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %85

85:                                               ; preds = %84
  %86 = load i64, ptr %4, align 8, !tbaa !9
  %87 = add i64 %86, 1
  store i64 %87, ptr %4, align 8, !tbaa !9
  br label %14, !llvm.loop !16

88:                                               ; preds = %17
  %89 = load i32, ptr %3, align 4, !tbaa !5
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %89) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %91 = load i32, ptr %1, align 4
  ret i32 %91
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @split_words(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !17
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %10 = load ptr, ptr %4, align 8, !tbaa !11
  store ptr %10, ptr %8, align 8, !tbaa !11
  br label %11

11:                                               ; preds = %75, %3
  %12 = load ptr, ptr %8, align 8, !tbaa !11
  %13 = load i8, ptr %12, align 1, !tbaa !19
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %20

16:                                               ; preds = %11
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = icmp slt i32 %17, %18
  br label %20

20:                                               ; preds = %16, %11
  %21 = phi i1 [ false, %11 ], [ %19, %16 ]
  br i1 %21, label %22, label %95

22:                                               ; preds = %20
  br label %23

23:                                               ; preds = %40, %22
  %24 = load ptr, ptr %8, align 8, !tbaa !11
  %25 = load i8, ptr %24, align 1, !tbaa !19
  %26 = sext i8 %25 to i32
  %27 = icmp eq i32 %26, 32
  br i1 %27, label %38, label %28

28:                                               ; preds = %23
  %29 = load ptr, ptr %8, align 8, !tbaa !11
  %30 = load i8, ptr %29, align 1, !tbaa !19
  %31 = sext i8 %30 to i32
  %32 = icmp eq i32 %31, 10
  br i1 %32, label %38, label %33

33:                                               ; preds = %28
  %34 = load ptr, ptr %8, align 8, !tbaa !11
  %35 = load i8, ptr %34, align 1, !tbaa !19
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 9
  br label %38

38:                                               ; preds = %33, %28, %23
  %39 = phi i1 [ true, %28 ], [ true, %23 ], [ %37, %33 ]
  br i1 %39, label %40, label %43

40:                                               ; preds = %38
  %41 = load ptr, ptr %8, align 8, !tbaa !11
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1
  store ptr %42, ptr %8, align 8, !tbaa !11
  br label %23, !llvm.loop !20

43:                                               ; preds = %38
  %44 = load ptr, ptr %8, align 8, !tbaa !11
  %45 = load i8, ptr %44, align 1, !tbaa !19
  %46 = icmp ne i8 %45, 0
  br i1 %46, label %48, label %47

47:                                               ; preds = %43
  br label %95

48:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %49 = load ptr, ptr %8, align 8, !tbaa !11
  store ptr %49, ptr %9, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %72, %48
  %51 = load ptr, ptr %8, align 8, !tbaa !11
  %52 = load i8, ptr %51, align 1, !tbaa !19
  %53 = sext i8 %52 to i32
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %70

55:                                               ; preds = %50
  %56 = load ptr, ptr %8, align 8, !tbaa !11
  %57 = load i8, ptr %56, align 1, !tbaa !19
  %58 = sext i8 %57 to i32
  %59 = icmp ne i32 %58, 32
  br i1 %59, label %60, label %70

60:                                               ; preds = %55
  %61 = load ptr, ptr %8, align 8, !tbaa !11
  %62 = load i8, ptr %61, align 1, !tbaa !19
  %63 = sext i8 %62 to i32
  %64 = icmp ne i32 %63, 10
  br i1 %64, label %65, label %70

65:                                               ; preds = %60
  %66 = load ptr, ptr %8, align 8, !tbaa !11
  %67 = load i8, ptr %66, align 1, !tbaa !19
  %68 = sext i8 %67 to i32
  %69 = icmp ne i32 %68, 9
  br label %70

70:                                               ; preds = %65, %60, %55, %50
  %71 = phi i1 [ false, %60 ], [ false, %55 ], [ false, %50 ], [ %69, %65 ]
  br i1 %71, label %72, label %75

72:                                               ; preds = %70
  %73 = load ptr, ptr %8, align 8, !tbaa !11
  %74 = getelementptr inbounds nuw i8, ptr %73, i32 1
  store ptr %74, ptr %8, align 8, !tbaa !11
  br label %50, !llvm.loop !21

75:                                               ; preds = %70
  %76 = load ptr, ptr %9, align 8, !tbaa !11
  %77 = load ptr, ptr %5, align 8, !tbaa !17
  %78 = load i32, ptr %7, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds %struct.word, ptr %77, i64 %79
  %81 = getelementptr inbounds nuw %struct.word, ptr %80, i32 0, i32 0
  store ptr %76, ptr %81, align 8, !tbaa !22
  %82 = load ptr, ptr %8, align 8, !tbaa !11
  %83 = load ptr, ptr %9, align 8, !tbaa !11
  %84 = ptrtoint ptr %82 to i64
  %85 = ptrtoint ptr %83 to i64
  %86 = sub i64 %84, %85
  %87 = trunc i64 %86 to i32
  %88 = load ptr, ptr %5, align 8, !tbaa !17
  %89 = load i32, ptr %7, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds %struct.word, ptr %88, i64 %90
  %92 = getelementptr inbounds nuw %struct.word, ptr %91, i32 0, i32 1
  store i32 %87, ptr %92, align 8, !tbaa !24
  %93 = load i32, ptr %7, align 4, !tbaa !5
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %11, !llvm.loop !25

95:                                               ; preds = %47, %20
  %96 = load i32, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i32 %96
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @wrap_greedy(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !17
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %56, %4
  %13 = load i32, ptr %11, align 4, !tbaa !5
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %59

17:                                               ; preds = %12
  %18 = load i32, ptr %11, align 4, !tbaa !5
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %32, label %20

20:                                               ; preds = %17
  %21 = load i32, ptr %10, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  %23 = load ptr, ptr %5, align 8, !tbaa !17
  %24 = load i32, ptr %11, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds %struct.word, ptr %23, i64 %25
  %27 = getelementptr inbounds nuw %struct.word, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 8, !tbaa !24
  %29 = add nsw i32 %22, %28
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = icmp sgt i32 %29, %30
  br i1 %31, label %32, label %45

32:                                               ; preds = %20, %17
  %33 = load i32, ptr %11, align 4, !tbaa !5
  %34 = load ptr, ptr %8, align 8, !tbaa !26
  %35 = load i32, ptr %9, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %9, align 4, !tbaa !5
  %37 = sext i32 %35 to i64
  %38 = getelementptr inbounds i32, ptr %34, i64 %37
  store i32 %33, ptr %38, align 4, !tbaa !5
  %39 = load ptr, ptr %5, align 8, !tbaa !17
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.word, ptr %39, i64 %41
  %43 = getelementptr inbounds nuw %struct.word, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 8, !tbaa !24
  store i32 %44, ptr %10, align 4, !tbaa !5
  br label %55

45:                                               ; preds = %20
  %46 = load ptr, ptr %5, align 8, !tbaa !17
  %47 = load i32, ptr %11, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds %struct.word, ptr %46, i64 %48
  %50 = getelementptr inbounds nuw %struct.word, ptr %49, i32 0, i32 1
  %51 = load i32, ptr %50, align 8, !tbaa !24
  %52 = add nsw i32 1, %51
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = add nsw i32 %53, %52
  store i32 %54, ptr %10, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %45, %32
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %11, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %11, align 4, !tbaa !5
  br label %12, !llvm.loop !28

59:                                               ; preds = %16
  %60 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  ret i32 %60
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @raggedness(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !17
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !26
  store i32 %4, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i64 0, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %62, %5
  %18 = load i32, ptr %12, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  %20 = load i32, ptr %10, align 4, !tbaa !5
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %23, label %22

22:                                               ; preds = %17
  store i32 2, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %65

23:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %14) #4
  store i32 -1, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  %24 = load ptr, ptr %9, align 8, !tbaa !26
  %25 = load i32, ptr %12, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i32, ptr %24, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  store i32 %28, ptr %15, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %49, %23
  %30 = load i32, ptr %15, align 4, !tbaa !5
  %31 = load ptr, ptr %9, align 8, !tbaa !26
  %32 = load i32, ptr %12, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %31, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = icmp slt i32 %30, %36
  br i1 %37, label %39, label %38

38:                                               ; preds = %29
  store i32 5, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #4
  br label %52

39:                                               ; preds = %29
  %40 = load ptr, ptr %6, align 8, !tbaa !17
  %41 = load i32, ptr %15, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds %struct.word, ptr %40, i64 %42
  %44 = getelementptr inbounds nuw %struct.word, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 8, !tbaa !24
  %46 = add nsw i32 1, %45
  %47 = load i32, ptr %14, align 4, !tbaa !5
  %48 = add nsw i32 %47, %46
  store i32 %48, ptr %14, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %39
  %50 = load i32, ptr %15, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %15, align 4, !tbaa !5
  br label %29, !llvm.loop !29

52:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %16) #4
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = load i32, ptr %14, align 4, !tbaa !5
  %55 = sub nsw i32 %53, %54
  %56 = sext i32 %55 to i64
  store i64 %56, ptr %16, align 8, !tbaa !9
  %57 = load i64, ptr %16, align 8, !tbaa !9
  %58 = load i64, ptr %16, align 8, !tbaa !9
  %59 = mul nsw i64 %57, %58
  %60 = load i64, ptr %11, align 8, !tbaa !9
  %61 = add nsw i64 %60, %59
  store i64 %61, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %16) #4
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %62

62:                                               ; preds = %52
  %63 = load i32, ptr %12, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %12, align 4, !tbaa !5
  br label %17, !llvm.loop !30

65:                                               ; preds = %22
  %66 = load i32, ptr %7, align 4, !tbaa !5
  %67 = load i64, ptr %11, align 8, !tbaa !9
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  ret i64 %67
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @emit_justified(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, i32 noundef %4, ptr noundef %5, i32 noundef %6) #0 {
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca [256 x i8], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca i32, align 4
  %29 = alloca i32, align 4
  store ptr %0, ptr %8, align 8, !tbaa !17
  store i32 %1, ptr %9, align 4, !tbaa !5
  store i32 %2, ptr %10, align 4, !tbaa !5
  store ptr %3, ptr %11, align 8, !tbaa !26
  store i32 %4, ptr %12, align 4, !tbaa !5
  store ptr %5, ptr %13, align 8, !tbaa !26
  store i32 %6, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  call void @llvm.lifetime.start.p0(ptr %16) #4
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %213, %7
  %31 = load i32, ptr %16, align 4, !tbaa !5
  %32 = load i32, ptr %12, align 4, !tbaa !5
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %35, label %34

34:                                               ; preds = %30
  store i32 2, ptr %17, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4
  br label %216

35:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %18) #4
  %36 = load ptr, ptr %11, align 8, !tbaa !26
  %37 = load i32, ptr %16, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %36, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  store i32 %40, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #4
  %41 = load i32, ptr %16, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  %43 = load i32, ptr %12, align 4, !tbaa !5
  %44 = icmp slt i32 %42, %43
  br i1 %44, label %45, label %52

45:                                               ; preds = %35
  %46 = load ptr, ptr %11, align 8, !tbaa !26
  %47 = load i32, ptr %16, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %46, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  br label %54

52:                                               ; preds = %35
  %53 = load i32, ptr %9, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %52, %45
  %55 = phi i32 [ %51, %45 ], [ %53, %52 ]
  store i32 %55, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #4
  %56 = load i32, ptr %19, align 4, !tbaa !5
  %57 = load i32, ptr %18, align 4, !tbaa !5
  %58 = sub nsw i32 %56, %57
  store i32 %58, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %21) #4
  store i32 0, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %22) #4
  %59 = load i32, ptr %18, align 4, !tbaa !5
  store i32 %59, ptr %22, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %74, %54
  %61 = load i32, ptr %22, align 4, !tbaa !5
  %62 = load i32, ptr %19, align 4, !tbaa !5
  %63 = icmp slt i32 %61, %62
  br i1 %63, label %65, label %64

64:                                               ; preds = %60
  store i32 5, ptr %17, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #4
  br label %77

65:                                               ; preds = %60
  %66 = load ptr, ptr %8, align 8, !tbaa !17
  %67 = load i32, ptr %22, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds %struct.word, ptr %66, i64 %68
  %70 = getelementptr inbounds nuw %struct.word, ptr %69, i32 0, i32 1
  %71 = load i32, ptr %70, align 8, !tbaa !24
  %72 = load i32, ptr %21, align 4, !tbaa !5
  %73 = add nsw i32 %72, %71
  store i32 %73, ptr %21, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %65
  %75 = load i32, ptr %22, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %22, align 4, !tbaa !5
  br label %60, !llvm.loop !31

77:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(ptr %23) #4
  %78 = load i32, ptr %20, align 4, !tbaa !5
  %79 = sub nsw i32 %78, 1
  store i32 %79, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %24) #4
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = load i32, ptr %21, align 4, !tbaa !5
  %82 = sub nsw i32 %80, %81
  store i32 %82, ptr %24, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %25) #4
  store i32 0, ptr %25, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %26) #4
  %83 = load i32, ptr %18, align 4, !tbaa !5
  store i32 %83, ptr %26, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %174, %77
  %85 = load i32, ptr %26, align 4, !tbaa !5
  %86 = load i32, ptr %19, align 4, !tbaa !5
  %87 = icmp slt i32 %85, %86
  br i1 %87, label %89, label %88

88:                                               ; preds = %84
  store i32 8, ptr %17, align 4
  br label %177

89:                                               ; preds = %84
  %90 = load i32, ptr %25, align 4, !tbaa !5
  %91 = load ptr, ptr %8, align 8, !tbaa !17
  %92 = load i32, ptr %26, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds %struct.word, ptr %91, i64 %93
  %95 = getelementptr inbounds nuw %struct.word, ptr %94, i32 0, i32 1
  %96 = load i32, ptr %95, align 8, !tbaa !24
  %97 = add nsw i32 %90, %96
  %98 = icmp sge i32 %97, 255
  br i1 %98, label %99, label %100

99:                                               ; preds = %89
  store i32 8, ptr %17, align 4
  br label %177

100:                                              ; preds = %89
  %101 = getelementptr inbounds [256 x i8], ptr %15, i64 0, i64 0
  %102 = load i32, ptr %25, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds i8, ptr %101, i64 %103
  %105 = load ptr, ptr %8, align 8, !tbaa !17
  %106 = load i32, ptr %26, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds %struct.word, ptr %105, i64 %107
  %109 = getelementptr inbounds nuw %struct.word, ptr %108, i32 0, i32 0
  %110 = load ptr, ptr %109, align 8, !tbaa !22
  %111 = load ptr, ptr %8, align 8, !tbaa !17
  %112 = load i32, ptr %26, align 4, !tbaa !5
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds %struct.word, ptr %111, i64 %113
  %115 = getelementptr inbounds nuw %struct.word, ptr %114, i32 0, i32 1
  %116 = load i32, ptr %115, align 8, !tbaa !24
  %117 = sext i32 %116 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %104, ptr align 1 %110, i64 %117, i1 false)
  %118 = load ptr, ptr %8, align 8, !tbaa !17
  %119 = load i32, ptr %26, align 4, !tbaa !5
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds %struct.word, ptr %118, i64 %120
  %122 = getelementptr inbounds nuw %struct.word, ptr %121, i32 0, i32 1
  %123 = load i32, ptr %122, align 8, !tbaa !24
  %124 = load i32, ptr %25, align 4, !tbaa !5
  %125 = add nsw i32 %124, %123
  store i32 %125, ptr %25, align 4, !tbaa !5
  %126 = load i32, ptr %26, align 4, !tbaa !5
  %127 = add nsw i32 %126, 1
  %128 = load i32, ptr %19, align 4, !tbaa !5
  %129 = icmp slt i32 %127, %128
  br i1 %129, label %130, label %173

130:                                              ; preds = %100
  call void @llvm.lifetime.start.p0(ptr %27) #4
  %131 = load i32, ptr %26, align 4, !tbaa !5
  %132 = load i32, ptr %18, align 4, !tbaa !5
  %133 = sub nsw i32 %131, %132
  store i32 %133, ptr %27, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %28) #4
  store i32 1, ptr %28, align 4, !tbaa !5
  %134 = load i32, ptr %16, align 4, !tbaa !5
  %135 = add nsw i32 %134, 1
  %136 = load i32, ptr %12, align 4, !tbaa !5
  %137 = icmp slt i32 %135, %136
  br i1 %137, label %138, label %157

138:                                              ; preds = %130
  %139 = load i32, ptr %23, align 4, !tbaa !5
  %140 = icmp sgt i32 %139, 0
  br i1 %140, label %141, label %157

141:                                              ; preds = %138
  %142 = load i32, ptr %24, align 4, !tbaa !5
  %143 = load i32, ptr %23, align 4, !tbaa !5
  %144 = icmp sgt i32 %142, %143
  br i1 %144, label %145, label %157

145:                                              ; preds = %141
  %146 = load i32, ptr %24, align 4, !tbaa !5
  %147 = load i32, ptr %23, align 4, !tbaa !5
  %148 = sdiv i32 %146, %147
  %149 = load i32, ptr %27, align 4, !tbaa !5
  %150 = load i32, ptr %24, align 4, !tbaa !5
  %151 = load i32, ptr %23, align 4, !tbaa !5
  %152 = srem i32 %150, %151
  %153 = icmp slt i32 %149, %152
  %154 = zext i1 %153 to i64
  %155 = select i1 %153, i32 1, i32 0
  %156 = add nsw i32 %148, %155
  store i32 %156, ptr %28, align 4, !tbaa !5
  br label %157

157:                                              ; preds = %145, %141, %138, %130
  br label %158

158:                                              ; preds = %167, %157
  %159 = load i32, ptr %28, align 4, !tbaa !5
  %160 = add nsw i32 %159, -1
  store i32 %160, ptr %28, align 4, !tbaa !5
  %161 = icmp sgt i32 %159, 0
  br i1 %161, label %162, label %165

162:                                              ; preds = %158
  %163 = load i32, ptr %25, align 4, !tbaa !5
  %164 = icmp slt i32 %163, 255
  br label %165

165:                                              ; preds = %162, %158
  %166 = phi i1 [ false, %158 ], [ %164, %162 ]
  br i1 %166, label %167, label %172

167:                                              ; preds = %165
  %168 = load i32, ptr %25, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %25, align 4, !tbaa !5
  %170 = sext i32 %168 to i64
  %171 = getelementptr inbounds [256 x i8], ptr %15, i64 0, i64 %170
  store i8 32, ptr %171, align 1, !tbaa !19
  br label %158, !llvm.loop !32

172:                                              ; preds = %165
  call void @llvm.lifetime.end.p0(ptr %28) #4
  call void @llvm.lifetime.end.p0(ptr %27) #4
  br label %173

173:                                              ; preds = %172, %100
  br label %174

174:                                              ; preds = %173
  %175 = load i32, ptr %26, align 4, !tbaa !5
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %26, align 4, !tbaa !5
  br label %84, !llvm.loop !33

177:                                              ; preds = %99, %88
  call void @llvm.lifetime.end.p0(ptr %26) #4
  br label %178

178:                                              ; preds = %177
  %179 = load i32, ptr %25, align 4, !tbaa !5
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [256 x i8], ptr %15, i64 0, i64 %180
  store i8 0, ptr %181, align 1, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %29) #4
  store i32 0, ptr %29, align 4, !tbaa !5
  br label %182

182:                                              ; preds = %198, %178
  %183 = load i32, ptr %29, align 4, !tbaa !5
  %184 = load i32, ptr %25, align 4, !tbaa !5
  %185 = icmp slt i32 %183, %184
  br i1 %185, label %187, label %186

186:                                              ; preds = %182
  store i32 13, ptr %17, align 4
  call void @llvm.lifetime.end.p0(ptr %29) #4
  br label %201

187:                                              ; preds = %182
  %188 = load ptr, ptr %13, align 8, !tbaa !26
  %189 = load i32, ptr %188, align 4, !tbaa !5
  %190 = load i32, ptr %29, align 4, !tbaa !5
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [256 x i8], ptr %15, i64 0, i64 %191
  %193 = load i8, ptr %192, align 1, !tbaa !19
  %194 = zext i8 %193 to i32
  %195 = xor i32 %189, %194
  %196 = mul i32 %195, 16777619
  %197 = load ptr, ptr %13, align 8, !tbaa !26
  store i32 %196, ptr %197, align 4, !tbaa !5
  br label %198

198:                                              ; preds = %187
  %199 = load i32, ptr %29, align 4, !tbaa !5
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %29, align 4, !tbaa !5
  br label %182, !llvm.loop !34

201:                                              ; preds = %186
  %202 = load i32, ptr %16, align 4, !tbaa !5
  %203 = load ptr, ptr %13, align 8, !tbaa !26
  %204 = load i32, ptr %203, align 4, !tbaa !5
  %205 = xor i32 %204, %202
  store i32 %205, ptr %203, align 4, !tbaa !5
  %206 = load i32, ptr %14, align 4, !tbaa !5
  %207 = icmp ne i32 %206, 0
  br i1 %207, label %208, label %212

208:                                              ; preds = %201
  %209 = load i32, ptr %10, align 4, !tbaa !5
  %210 = getelementptr inbounds [256 x i8], ptr %15, i64 0, i64 0
  %211 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %209, ptr noundef %210) #5
  br label %212

212:                                              ; preds = %208, %201
  call void @llvm.lifetime.end.p0(ptr %25) #4
  call void @llvm.lifetime.end.p0(ptr %24) #4
  call void @llvm.lifetime.end.p0(ptr %23) #4
  call void @llvm.lifetime.end.p0(ptr %21) #4
  call void @llvm.lifetime.end.p0(ptr %20) #4
  call void @llvm.lifetime.end.p0(ptr %19) #4
  call void @llvm.lifetime.end.p0(ptr %18) #4
  br label %213

213:                                              ; preds = %212
  %214 = load i32, ptr %16, align 4, !tbaa !5
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %16, align 4, !tbaa !5
  br label %30, !llvm.loop !35

216:                                              ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %15) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @wrap_optimal(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !17
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !26
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [257 x i64], ptr @wrap_optimal.cost, i64 0, i64 %20
  store i64 0, ptr %21, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = sub nsw i32 %22, 1
  store i32 %23, ptr %9, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %117, %4
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = icmp sge i32 %25, 0
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %120

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i64 9223372036854775807, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i32 -1, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %31 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %31, ptr %14, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %104, %28
  %33 = load i32, ptr %14, align 4, !tbaa !5
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %37, label %36

36:                                               ; preds = %32
  store i32 5, ptr %10, align 4
  br label %107

37:                                               ; preds = %32
  %38 = load ptr, ptr %5, align 8, !tbaa !17
  %39 = load i32, ptr %14, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds %struct.word, ptr %38, i64 %40
  %42 = getelementptr inbounds nuw %struct.word, ptr %41, i32 0, i32 1
  %43 = load i32, ptr %42, align 8, !tbaa !24
  %44 = add nsw i32 1, %43
  %45 = load i32, ptr %13, align 4, !tbaa !5
  %46 = add nsw i32 %45, %44
  store i32 %46, ptr %13, align 4, !tbaa !5
  %47 = load i32, ptr %13, align 4, !tbaa !5
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = icmp sgt i32 %47, %48
  br i1 %49, label %50, label %55

50:                                               ; preds = %37
  %51 = load i32, ptr %14, align 4, !tbaa !5
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = icmp sgt i32 %51, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %50
  store i32 5, ptr %10, align 4
  br label %107

55:                                               ; preds = %50, %37
  call void @llvm.lifetime.start.p0(ptr %15) #4
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = load i32, ptr %13, align 4, !tbaa !5
  %58 = sub nsw i32 %56, %57
  %59 = sext i32 %58 to i64
  store i64 %59, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #4
  %60 = load i32, ptr %14, align 4, !tbaa !5
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = sub nsw i32 %61, 1
  %63 = icmp eq i32 %60, %62
  br i1 %63, label %64, label %65

64:                                               ; preds = %55
  br label %75

65:                                               ; preds = %55
  %66 = load i64, ptr %15, align 8, !tbaa !9
  %67 = icmp slt i64 %66, 0
  br i1 %67, label %68, label %69

68:                                               ; preds = %65
  br label %73

69:                                               ; preds = %65
  %70 = load i64, ptr %15, align 8, !tbaa !9
  %71 = load i64, ptr %15, align 8, !tbaa !9
  %72 = mul nsw i64 %70, %71
  br label %73

73:                                               ; preds = %69, %68
  %74 = phi i64 [ 1000000, %68 ], [ %72, %69 ]
  br label %75

75:                                               ; preds = %73, %64
  %76 = phi i64 [ 0, %64 ], [ %74, %73 ]
  store i64 %76, ptr %16, align 8, !tbaa !9
  %77 = load i32, ptr %14, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [257 x i64], ptr @wrap_optimal.cost, i64 0, i64 %79
  %81 = load i64, ptr %80, align 8, !tbaa !9
  %82 = icmp ne i64 %81, 9223372036854775807
  br i1 %82, label %83, label %103

83:                                               ; preds = %75
  %84 = load i64, ptr %16, align 8, !tbaa !9
  %85 = load i32, ptr %14, align 4, !tbaa !5
  %86 = add nsw i32 %85, 1
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [257 x i64], ptr @wrap_optimal.cost, i64 0, i64 %87
  %89 = load i64, ptr %88, align 8, !tbaa !9
  %90 = add nsw i64 %84, %89
  %91 = load i64, ptr %11, align 8, !tbaa !9
  %92 = icmp slt i64 %90, %91
  br i1 %92, label %93, label %103

93:                                               ; preds = %83
  %94 = load i64, ptr %16, align 8, !tbaa !9
  %95 = load i32, ptr %14, align 4, !tbaa !5
  %96 = add nsw i32 %95, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [257 x i64], ptr @wrap_optimal.cost, i64 0, i64 %97
  %99 = load i64, ptr %98, align 8, !tbaa !9
  %100 = add nsw i64 %94, %99
  store i64 %100, ptr %11, align 8, !tbaa !9
  %101 = load i32, ptr %14, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %12, align 4, !tbaa !5
  br label %103

103:                                              ; preds = %93, %83, %75
  call void @llvm.lifetime.end.p0(ptr %16) #4
  call void @llvm.lifetime.end.p0(ptr %15) #4
  br label %104

104:                                              ; preds = %103
  %105 = load i32, ptr %14, align 4, !tbaa !5
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %14, align 4, !tbaa !5
  br label %32, !llvm.loop !36

107:                                              ; preds = %54, %36
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %108

108:                                              ; preds = %107
  %109 = load i64, ptr %11, align 8, !tbaa !9
  %110 = load i32, ptr %9, align 4, !tbaa !5
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [257 x i64], ptr @wrap_optimal.cost, i64 0, i64 %111
  store i64 %109, ptr %112, align 8, !tbaa !9
  %113 = load i32, ptr %12, align 4, !tbaa !5
  %114 = load i32, ptr %9, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [257 x i32], ptr @wrap_optimal.next, i64 0, i64 %115
  store i32 %113, ptr %116, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %117

117:                                              ; preds = %108
  %118 = load i32, ptr %9, align 4, !tbaa !5
  %119 = add nsw i32 %118, -1
  store i32 %119, ptr %9, align 4, !tbaa !5
  br label %24, !llvm.loop !37

120:                                              ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %17) #4
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #4
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %133, %120
  %122 = load i32, ptr %18, align 4, !tbaa !5
  %123 = load i32, ptr %6, align 4, !tbaa !5
  %124 = icmp slt i32 %122, %123
  br i1 %124, label %126, label %125

125:                                              ; preds = %121
  store i32 8, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #4
  br label %138

126:                                              ; preds = %121
  %127 = load i32, ptr %18, align 4, !tbaa !5
  %128 = load ptr, ptr %8, align 8, !tbaa !26
  %129 = load i32, ptr %17, align 4, !tbaa !5
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %17, align 4, !tbaa !5
  %131 = sext i32 %129 to i64
  %132 = getelementptr inbounds i32, ptr %128, i64 %131
  store i32 %127, ptr %132, align 4, !tbaa !5
  br label %133

133:                                              ; preds = %126
  %134 = load i32, ptr %18, align 4, !tbaa !5
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [257 x i32], ptr @wrap_optimal.next, i64 0, i64 %135
  %137 = load i32, ptr %136, align 4, !tbaa !5
  store i32 %137, ptr %18, align 4, !tbaa !5
  br label %121, !llvm.loop !38

138:                                              ; preds = %125
  %139 = load i32, ptr %17, align 4, !tbaa !5
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #4
  ret i32 %139
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }

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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 _ZTS4word", !13, i64 0}
!19 = !{!7, !7, i64 0}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = !{!23, !12, i64 0}
!23 = !{!"word", !12, i64 0, !6, i64 8}
!24 = !{!23, !6, i64 8}
!25 = distinct !{!25, !15}
!26 = !{!27, !27, i64 0}
!27 = !{!"p1 int", !13, i64 0}
!28 = distinct !{!28, !15}
!29 = distinct !{!29, !15}
!30 = distinct !{!30, !15}
!31 = distinct !{!31, !15}
!32 = distinct !{!32, !15}
!33 = distinct !{!33, !15}
!34 = distinct !{!34, !15}
!35 = distinct !{!35, !15}
!36 = distinct !{!36, !15}
!37 = distinct !{!37, !15}
!38 = distinct !{!38, !15}
