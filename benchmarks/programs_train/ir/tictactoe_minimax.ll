; ModuleID = 'tictactoe_minimax.c'
source_filename = "tictactoe_minimax.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [36 x i8] c"root value minimax=%d alphabeta=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"nodes minimax=%ld alphabeta=%ld\0A\00", align 1
@nodes_plain = internal global i64 0, align 8
@nodes_ab = internal global i64 0, align 8
@.str.2 = private unnamed_addr constant [16 x i8] c"opening scores:\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@main.openings = internal constant [4 x [2 x i32]] [[2 x i32] [i32 4, i32 0], [2 x i32] [i32 0, i32 1], [2 x i32] [i32 1, i32 7], [2 x i32] [i32 8, i32 2]], align 16
@.str.5 = private unnamed_addr constant [38 x i8] c"game %d: result=%s moves=%d trace=%u\0A\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"X\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c"O\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"draw\00", align 1
@lines = internal constant [8 x [3 x i32]] [[3 x i32] [i32 0, i32 1, i32 2], [3 x i32] [i32 3, i32 4, i32 5], [3 x i32] [i32 6, i32 7, i32 8], [3 x i32] [i32 0, i32 3, i32 6], [3 x i32] [i32 1, i32 4, i32 7], [3 x i32] [i32 2, i32 5, i32 8], [3 x i32] [i32 0, i32 4, i32 8], [3 x i32] [i32 2, i32 4, i32 6]], align 16
@print_board.sym = internal constant [3 x i8] c".XO", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"  %c%c%c\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @best_move(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 -1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp eq i32 %9, 1
  %11 = zext i1 %10 to i64
  %12 = select i1 %10, i32 -1000, i32 1000
  store i32 %12, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %58, %2
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 9
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %61

17:                                               ; preds = %13
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i32, ptr %18, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %25

24:                                               ; preds = %17
  br label %58

25:                                               ; preds = %17
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  store i32 %26, ptr %30, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = icmp eq i32 %32, 1
  %34 = zext i1 %33 to i64
  %35 = select i1 %33, i32 2, i32 1
  %36 = call i32 @alphabeta(ptr noundef %31, i32 noundef %35, i32 noundef 1, i32 noundef -1000, i32 noundef 1000) #5
  store i32 %36, ptr %8, align 4, !tbaa !5
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i32, ptr %37, i64 %39
  store i32 0, ptr %40, align 4, !tbaa !5
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = icmp eq i32 %41, 1
  br i1 %42, label %43, label %47

43:                                               ; preds = %25
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = icmp sgt i32 %44, %45
  br i1 %46, label %54, label %47

47:                                               ; preds = %43, %25
  %48 = load i32, ptr %4, align 4, !tbaa !5
  %49 = icmp eq i32 %48, 2
  br i1 %49, label %50, label %57

50:                                               ; preds = %47
  %51 = load i32, ptr %8, align 4, !tbaa !5
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = icmp slt i32 %51, %52
  br i1 %53, label %54, label %57

54:                                               ; preds = %50, %43
  %55 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %55, ptr %6, align 4, !tbaa !5
  %56 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %56, ptr %5, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %54, %50, %47
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %58

58:                                               ; preds = %57, %24
  %59 = load i32, ptr %7, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %7, align 4, !tbaa !5
  br label %13, !llvm.loop !12

61:                                               ; preds = %16
  %62 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret i32 %62
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @alphabeta(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !9
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i32 %2, ptr %9, align 4, !tbaa !5
  store i32 %3, ptr %10, align 4, !tbaa !5
  store i32 %4, ptr %11, align 4, !tbaa !5
  %16 = load i64, ptr @nodes_ab, align 8, !tbaa !14
  %17 = add nsw i64 %16, 1
  store i64 %17, ptr @nodes_ab, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %18 = load ptr, ptr %7, align 8, !tbaa !9
  %19 = call i32 @winner(ptr noundef %18) #5
  store i32 %19, ptr %12, align 4, !tbaa !5
  %20 = load i32, ptr %12, align 4, !tbaa !5
  %21 = icmp eq i32 %20, 1
  br i1 %21, label %22, label %25

22:                                               ; preds = %5
  %23 = load i32, ptr %9, align 4, !tbaa !5
  %24 = sub nsw i32 10, %23
  store i32 %24, ptr %6, align 4
  store i32 1, ptr %13, align 4
  br label %107

25:                                               ; preds = %5
  %26 = load i32, ptr %12, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 2
  br i1 %27, label %28, label %31

28:                                               ; preds = %25
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = sub nsw i32 %29, 10
  store i32 %30, ptr %6, align 4
  store i32 1, ptr %13, align 4
  br label %107

31:                                               ; preds = %25
  %32 = load ptr, ptr %7, align 8, !tbaa !9
  %33 = call i32 @board_full(ptr noundef %32) #5
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %35, label %36

35:                                               ; preds = %31
  store i32 0, ptr %6, align 4
  store i32 1, ptr %13, align 4
  br label %107

36:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %14) #4
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %94, %36
  %38 = load i32, ptr %14, align 4, !tbaa !5
  %39 = icmp slt i32 %38, 9
  br i1 %39, label %41, label %40

40:                                               ; preds = %37
  store i32 2, ptr %13, align 4
  br label %97

41:                                               ; preds = %37
  %42 = load ptr, ptr %7, align 8, !tbaa !9
  %43 = load i32, ptr %14, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %42, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %48, label %49

48:                                               ; preds = %41
  br label %94

49:                                               ; preds = %41
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = load ptr, ptr %7, align 8, !tbaa !9
  %52 = load i32, ptr %14, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i32, ptr %51, i64 %53
  store i32 %50, ptr %54, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  %55 = load ptr, ptr %7, align 8, !tbaa !9
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = icmp eq i32 %56, 1
  %58 = zext i1 %57 to i64
  %59 = select i1 %57, i32 2, i32 1
  %60 = load i32, ptr %9, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = call i32 @alphabeta(ptr noundef %55, i32 noundef %59, i32 noundef %61, i32 noundef %62, i32 noundef %63) #5
  store i32 %64, ptr %15, align 4, !tbaa !5
  %65 = load ptr, ptr %7, align 8, !tbaa !9
  %66 = load i32, ptr %14, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds i32, ptr %65, i64 %67
  store i32 0, ptr %68, align 4, !tbaa !5
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = icmp eq i32 %69, 1
  br i1 %70, label %71, label %78

71:                                               ; preds = %49
  %72 = load i32, ptr %15, align 4, !tbaa !5
  %73 = load i32, ptr %10, align 4, !tbaa !5
  %74 = icmp sgt i32 %72, %73
  br i1 %74, label %75, label %77

75:                                               ; preds = %71
  %76 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %76, ptr %10, align 4, !tbaa !5
  br label %77

77:                                               ; preds = %75, %71
  br label %85

78:                                               ; preds = %49
  %79 = load i32, ptr %15, align 4, !tbaa !5
  %80 = load i32, ptr %11, align 4, !tbaa !5
  %81 = icmp slt i32 %79, %80
  br i1 %81, label %82, label %84

82:                                               ; preds = %78
  %83 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %83, ptr %11, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %82, %78
  br label %85

85:                                               ; preds = %84, %77
  %86 = load i32, ptr %10, align 4, !tbaa !5
  %87 = load i32, ptr %11, align 4, !tbaa !5
  %88 = icmp sge i32 %86, %87
  br i1 %88, label %89, label %90

89:                                               ; preds = %85
  store i32 2, ptr %13, align 4
  br label %91

90:                                               ; preds = %85
  store i32 0, ptr %13, align 4
  br label %91

91:                                               ; preds = %90, %89
  call void @llvm.lifetime.end.p0(ptr %15) #4
  %92 = load i32, ptr %13, align 4
  switch i32 %92, label %97 [
    i32 0, label %93
  ]

93:                                               ; preds = %91
  br label %94

94:                                               ; preds = %93, %48
  %95 = load i32, ptr %14, align 4, !tbaa !5
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %14, align 4, !tbaa !5
  br label %37, !llvm.loop !16

97:                                               ; preds = %91, %40
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %8, align 4, !tbaa !5
  %100 = icmp eq i32 %99, 1
  br i1 %100, label %101, label %103

101:                                              ; preds = %98
  %102 = load i32, ptr %10, align 4, !tbaa !5
  br label %105

103:                                              ; preds = %98
  %104 = load i32, ptr %11, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %103, %101
  %106 = phi i32 [ %102, %101 ], [ %104, %103 ]
  store i32 %106, ptr %6, align 4
  store i32 1, ptr %13, align 4
  br label %107

107:                                              ; preds = %105, %35, %28, %22
  call void @llvm.lifetime.end.p0(ptr %12) #4
  %108 = load i32, ptr %6, align 4
  ret i32 %108
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [9 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  %12 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 36, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %13 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %14 = call i32 @minimax(ptr noundef %13, i32 noundef 1, i32 noundef 0) #5
  store i32 %14, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %15 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %16 = call i32 @alphabeta(ptr noundef %15, i32 noundef 1, i32 noundef 0, i32 noundef -1000, i32 noundef 1000) #5
  store i32 %16, ptr %4, align 4, !tbaa !5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17, i32 noundef %18) #5
  %20 = load i64, ptr @nodes_plain, align 8, !tbaa !14
  %21 = load i64, ptr @nodes_ab, align 8, !tbaa !14
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %20, i64 noundef %21) #5
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.2) #5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %36, %0
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = icmp slt i32 %25, 9
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %39

28:                                               ; preds = %24
  %29 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %29, i8 0, i64 36, i1 false)
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %31
  store i32 1, ptr %32, align 4, !tbaa !5
  %33 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %34 = call i32 @minimax(ptr noundef %33, i32 noundef 2, i32 noundef 1) #5
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %34) #5
  br label %36

36:                                               ; preds = %28
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %5, align 4, !tbaa !5
  br label %24, !llvm.loop !17

39:                                               ; preds = %27
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.4) #5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %108, %39
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = icmp slt i32 %42, 4
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %111

45:                                               ; preds = %41
  %46 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %46, i8 0, i64 36, i1 false)
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [4 x [2 x i32]], ptr @main.openings, i64 0, i64 %48
  %50 = getelementptr inbounds [2 x i32], ptr %49, i64 0, i64 0
  %51 = load i32, ptr %50, align 8, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %52
  store i32 1, ptr %53, align 4, !tbaa !5
  %54 = load i32, ptr %6, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [4 x [2 x i32]], ptr @main.openings, i64 0, i64 %55
  %57 = getelementptr inbounds [2 x i32], ptr %56, i64 0, i64 1
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %59
  store i32 2, ptr %60, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 1, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 2, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %72, %45
  %62 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %63 = call i32 @winner(ptr noundef %62) #5
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %70

65:                                               ; preds = %61
  %66 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %67 = call i32 @board_full(ptr noundef %66) #5
  %68 = icmp ne i32 %67, 0
  %69 = xor i1 %68, true
  br label %70

70:                                               ; preds = %65, %61
  %71 = phi i1 [ false, %61 ], [ %69, %65 ]
  br i1 %71, label %72, label %90

72:                                               ; preds = %70
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %73 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %74 = load i32, ptr %7, align 4, !tbaa !5
  %75 = call i32 @best_move(ptr noundef %73, i32 noundef %74) #5
  store i32 %75, ptr %10, align 4, !tbaa !5
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = load i32, ptr %10, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 %78
  store i32 %76, ptr %79, align 4, !tbaa !5
  %80 = load i32, ptr %9, align 4, !tbaa !5
  %81 = mul i32 %80, 10
  %82 = load i32, ptr %10, align 4, !tbaa !5
  %83 = add i32 %81, %82
  store i32 %83, ptr %9, align 4, !tbaa !5
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = icmp eq i32 %84, 1
  %86 = zext i1 %85 to i64
  %87 = select i1 %85, i32 2, i32 1
  store i32 %87, ptr %7, align 4, !tbaa !5
  %88 = load i32, ptr %8, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %61, !llvm.loop !18

90:                                               ; preds = %70
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %91 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  %92 = call i32 @winner(ptr noundef %91) #5
  store i32 %92, ptr %11, align 4, !tbaa !5
  %93 = load i32, ptr %6, align 4, !tbaa !5
  %94 = load i32, ptr %11, align 4, !tbaa !5
  %95 = icmp eq i32 %94, 1
  br i1 %95, label %96, label %97

96:                                               ; preds = %90
  br label %102

97:                                               ; preds = %90
  %98 = load i32, ptr %11, align 4, !tbaa !5
  %99 = icmp eq i32 %98, 2
  %100 = zext i1 %99 to i64
  %101 = select i1 %99, ptr @.str.7, ptr @.str.8
  br label %102

102:                                              ; preds = %97, %96
  %103 = phi ptr [ @.str.6, %96 ], [ %101, %97 ]
  %104 = load i32, ptr %8, align 4, !tbaa !5
  %105 = load i32, ptr %9, align 4, !tbaa !5
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %93, ptr noundef %103, i32 noundef %104, i32 noundef %105) #5
  %107 = getelementptr inbounds [9 x i32], ptr %2, i64 0, i64 0
  call void @print_board(ptr noundef %107) #5
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %108

108:                                              ; preds = %102
  %109 = load i32, ptr %6, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %6, align 4, !tbaa !5
  br label %41, !llvm.loop !19

111:                                              ; preds = %44
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @minimax(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  %13 = load i64, ptr @nodes_plain, align 8, !tbaa !14
  %14 = add nsw i64 %13, 1
  store i64 %14, ptr @nodes_plain, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = call i32 @winner(ptr noundef %15) #5
  store i32 %16, ptr %8, align 4, !tbaa !5
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = icmp eq i32 %17, 1
  br i1 %18, label %19, label %22

19:                                               ; preds = %3
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = sub nsw i32 10, %20
  store i32 %21, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %86

22:                                               ; preds = %3
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = icmp eq i32 %23, 2
  br i1 %24, label %25, label %28

25:                                               ; preds = %22
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = sub nsw i32 %26, 10
  store i32 %27, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %86

28:                                               ; preds = %22
  %29 = load ptr, ptr %5, align 8, !tbaa !9
  %30 = call i32 @board_full(ptr noundef %29) #5
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %33

32:                                               ; preds = %28
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %86

33:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = icmp eq i32 %34, 1
  %36 = zext i1 %35 to i64
  %37 = select i1 %35, i32 -100, i32 100
  store i32 %37, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %81, %33
  %39 = load i32, ptr %11, align 4, !tbaa !5
  %40 = icmp slt i32 %39, 9
  br i1 %40, label %42, label %41

41:                                               ; preds = %38
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %84

42:                                               ; preds = %38
  %43 = load ptr, ptr %5, align 8, !tbaa !9
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i32, ptr %43, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %50

49:                                               ; preds = %42
  br label %81

50:                                               ; preds = %42
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  %53 = load i32, ptr %11, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %52, i64 %54
  store i32 %51, ptr %55, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %56 = load ptr, ptr %5, align 8, !tbaa !9
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = icmp eq i32 %57, 1
  %59 = zext i1 %58 to i64
  %60 = select i1 %58, i32 2, i32 1
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  %63 = call i32 @minimax(ptr noundef %56, i32 noundef %60, i32 noundef %62) #5
  store i32 %63, ptr %12, align 4, !tbaa !5
  %64 = load ptr, ptr %5, align 8, !tbaa !9
  %65 = load i32, ptr %11, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i32, ptr %64, i64 %66
  store i32 0, ptr %67, align 4, !tbaa !5
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = icmp eq i32 %68, 1
  br i1 %69, label %70, label %74

70:                                               ; preds = %50
  %71 = load i32, ptr %12, align 4, !tbaa !5
  %72 = load i32, ptr %10, align 4, !tbaa !5
  %73 = icmp sgt i32 %71, %72
  br i1 %73, label %78, label %80

74:                                               ; preds = %50
  %75 = load i32, ptr %12, align 4, !tbaa !5
  %76 = load i32, ptr %10, align 4, !tbaa !5
  %77 = icmp slt i32 %75, %76
  br i1 %77, label %78, label %80

78:                                               ; preds = %74, %70
  %79 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %79, ptr %10, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %78, %74, %70
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %81

81:                                               ; preds = %80, %49
  %82 = load i32, ptr %11, align 4, !tbaa !5
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %11, align 4, !tbaa !5
  br label %38, !llvm.loop !20

84:                                               ; preds = %41
  %85 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %85, ptr %4, align 4
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %86

86:                                               ; preds = %84, %32, %25, %19
  call void @llvm.lifetime.end.p0(ptr %8) #4
  %87 = load i32, ptr %4, align 4
  ret i32 %87
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @winner(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %53, %1
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 8
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  store i32 2, ptr %5, align 4
  br label %56

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [8 x [3 x i32]], ptr @lines, i64 0, i64 %14
  %16 = getelementptr inbounds [3 x i32], ptr %15, i64 0, i64 0
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i32, ptr %12, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  store i32 %20, ptr %6, align 4, !tbaa !5
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %49

23:                                               ; preds = %11
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [8 x [3 x i32]], ptr @lines, i64 0, i64 %27
  %29 = getelementptr inbounds [3 x i32], ptr %28, i64 0, i64 1
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %25, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = icmp eq i32 %24, %33
  br i1 %34, label %35, label %49

35:                                               ; preds = %23
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [8 x [3 x i32]], ptr @lines, i64 0, i64 %39
  %41 = getelementptr inbounds [3 x i32], ptr %40, i64 0, i64 2
  %42 = load i32, ptr %41, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %37, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp eq i32 %36, %45
  br i1 %46, label %47, label %49

47:                                               ; preds = %35
  %48 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %48, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %50

49:                                               ; preds = %35, %23, %11
  store i32 0, ptr %5, align 4
  br label %50

50:                                               ; preds = %49, %47
  call void @llvm.lifetime.end.p0(ptr %6) #4
  %51 = load i32, ptr %5, align 4
  switch i32 %51, label %56 [
    i32 0, label %52
  ]

52:                                               ; preds = %50
  br label %53

53:                                               ; preds = %52
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %4, align 4, !tbaa !5
  br label %7, !llvm.loop !21

56:                                               ; preds = %50, %10
  call void @llvm.lifetime.end.p0(ptr %4) #4
  %57 = load i32, ptr %5, align 4
  switch i32 %57, label %61 [
    i32 2, label %58
    i32 1, label %59
  ]

58:                                               ; preds = %56
  store i32 0, ptr %2, align 4
  br label %59

59:                                               ; preds = %58, %56
  %60 = load i32, ptr %2, align 4
  ret i32 %60

61:                                               ; preds = %56
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @board_full(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %19, %1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 9
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  store i32 2, ptr %5, align 4
  br label %22

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i32, ptr %11, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %18

17:                                               ; preds = %10
  store i32 0, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %22

18:                                               ; preds = %10
  br label %19

19:                                               ; preds = %18
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !22

22:                                               ; preds = %17, %9
  call void @llvm.lifetime.end.p0(ptr %4) #4
  %23 = load i32, ptr %5, align 4
  switch i32 %23, label %27 [
    i32 2, label %24
    i32 1, label %25
  ]

24:                                               ; preds = %22
  store i32 1, ptr %2, align 4
  br label %25

25:                                               ; preds = %24, %22
  %26 = load i32, ptr %2, align 4
  ret i32 %26

27:                                               ; preds = %22
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_board(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %42, %1
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 3
  br i1 %6, label %8, label %7

7:                                                ; preds = %4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %45

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = mul nsw i32 %10, 3
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i32, ptr %9, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [3 x i8], ptr @print_board.sym, i64 0, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !23
  %18 = sext i8 %17 to i32
  %19 = load ptr, ptr %2, align 8, !tbaa !9
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = mul nsw i32 %20, 3
  %22 = add nsw i32 %21, 1
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr %19, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [3 x i8], ptr @print_board.sym, i64 0, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !23
  %29 = sext i8 %28 to i32
  %30 = load ptr, ptr %2, align 8, !tbaa !9
  %31 = load i32, ptr %3, align 4, !tbaa !5
  %32 = mul nsw i32 %31, 3
  %33 = add nsw i32 %32, 2
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %30, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [3 x i8], ptr @print_board.sym, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !23
  %40 = sext i8 %39 to i32
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %18, i32 noundef %29, i32 noundef %40) #5
  br label %42

42:                                               ; preds = %8
  %43 = load i32, ptr %3, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !24

45:                                               ; preds = %7
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
!23 = !{!7, !7, i64 0}
!24 = distinct !{!24, !13}
