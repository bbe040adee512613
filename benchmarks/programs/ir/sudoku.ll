; ModuleID = 'sudoku.c'
source_filename = "sudoku.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.board = type { [81 x i8], [9 x i16], [9 x i16], [9 x i16], i64 }

@main.puzzles = internal global [5 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4], align 16
@.str = private unnamed_addr constant [82 x i8] c"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79\00", align 1
@.str.1 = private unnamed_addr constant [82 x i8] c"..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..\00", align 1
@.str.2 = private unnamed_addr constant [82 x i8] c"8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..\00", align 1
@.str.3 = private unnamed_addr constant [82 x i8] c"1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..\00", align 1
@.str.4 = private unnamed_addr constant [82 x i8] c"11...............................................................................\00", align 1
@.str.5 = private unnamed_addr constant [42 x i8] c"solved=%d invalid=%d nodes=%ld hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @board_load(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 144, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %62, %2
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 81
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %7, align 4
  br label %65

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %16 = load ptr, ptr %5, align 8, !tbaa !11
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %16, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !13
  store i8 %20, ptr %8, align 1, !tbaa !13
  %21 = load i8, ptr %8, align 1, !tbaa !13
  %22 = sext i8 %21 to i32
  %23 = icmp sge i32 %22, 49
  br i1 %23, label %24, label %48

24:                                               ; preds = %15
  %25 = load i8, ptr %8, align 1, !tbaa !13
  %26 = sext i8 %25 to i32
  %27 = icmp sle i32 %26, 57
  br i1 %27, label %28, label %48

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %29 = load i8, ptr %8, align 1, !tbaa !13
  %30 = sext i8 %29 to i32
  %31 = sub nsw i32 %30, 48
  store i32 %31, ptr %9, align 4, !tbaa !5
  %32 = load ptr, ptr %4, align 8, !tbaa !9
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = call zeroext i16 @candidates(ptr noundef %32, i32 noundef %33) #6
  %35 = zext i16 %34 to i32
  %36 = load i32, ptr %9, align 4, !tbaa !5
  %37 = shl i32 1, %36
  %38 = and i32 %35, %37
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %41, label %40

40:                                               ; preds = %28
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %45

41:                                               ; preds = %28
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = load i32, ptr %6, align 4, !tbaa !5
  %44 = load i32, ptr %9, align 4, !tbaa !5
  call void @place(ptr noundef %42, i32 noundef %43, i32 noundef %44) #6
  store i32 0, ptr %7, align 4
  br label %45

45:                                               ; preds = %41, %40
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %46 = load i32, ptr %7, align 4
  switch i32 %46, label %59 [
    i32 0, label %47
  ]

47:                                               ; preds = %45
  br label %58

48:                                               ; preds = %24, %15
  %49 = load i8, ptr %8, align 1, !tbaa !13
  %50 = sext i8 %49 to i32
  %51 = icmp ne i32 %50, 46
  br i1 %51, label %52, label %57

52:                                               ; preds = %48
  %53 = load i8, ptr %8, align 1, !tbaa !13
  %54 = sext i8 %53 to i32
  %55 = icmp ne i32 %54, 48
  br i1 %55, label %56, label %57

56:                                               ; preds = %52
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %59

57:                                               ; preds = %52, %48
  br label %58

58:                                               ; preds = %57, %47
  store i32 0, ptr %7, align 4
  br label %59

59:                                               ; preds = %58, %56, %45
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %60 = load i32, ptr %7, align 4
  switch i32 %60, label %65 [
    i32 0, label %61
  ]

61:                                               ; preds = %59
  br label %62

62:                                               ; preds = %61
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %6, align 4, !tbaa !5
  br label %11, !llvm.loop !14

65:                                               ; preds = %59, %14
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %66 = load i32, ptr %7, align 4
  switch i32 %66, label %70 [
    i32 2, label %67
    i32 1, label %68
  ]

67:                                               ; preds = %65
  store i32 0, ptr %3, align 4
  br label %68

68:                                               ; preds = %67, %65
  %69 = load i32, ptr %3, align 4
  ret i32 %69

70:                                               ; preds = %65
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal zeroext i16 @candidates(ptr noundef %0, i32 noundef %1) #3 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sdiv i32 %7, 9
  store i32 %8, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = srem i32 %9, 9
  store i32 %10, ptr %6, align 4, !tbaa !5
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.board, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [9 x i16], ptr %12, i64 0, i64 %14
  %16 = load i16, ptr %15, align 2, !tbaa !16
  %17 = zext i16 %16 to i32
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.board, ptr %18, i32 0, i32 2
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [9 x i16], ptr %19, i64 0, i64 %21
  %23 = load i16, ptr %22, align 2, !tbaa !16
  %24 = zext i16 %23 to i32
  %25 = or i32 %17, %24
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.board, ptr %26, i32 0, i32 3
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = call i32 @box_of(i32 noundef %28, i32 noundef %29) #6
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [9 x i16], ptr %27, i64 0, i64 %31
  %33 = load i16, ptr %32, align 2, !tbaa !16
  %34 = zext i16 %33 to i32
  %35 = or i32 %25, %34
  %36 = xor i32 %35, -1
  %37 = and i32 %36, 1022
  %38 = trunc i32 %37 to i16
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i16 %38
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @place(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = sdiv i32 %10, 9
  store i32 %11, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = srem i32 %12, 9
  store i32 %13, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = shl i32 1, %14
  %16 = trunc i32 %15 to i16
  store i16 %16, ptr %9, align 2, !tbaa !16
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = trunc i32 %17 to i8
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.board, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [81 x i8], ptr %20, i64 0, i64 %22
  store i8 %18, ptr %23, align 1, !tbaa !13
  %24 = load i16, ptr %9, align 2, !tbaa !16
  %25 = zext i16 %24 to i32
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.board, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [9 x i16], ptr %27, i64 0, i64 %29
  %31 = load i16, ptr %30, align 2, !tbaa !16
  %32 = zext i16 %31 to i32
  %33 = or i32 %32, %25
  %34 = trunc i32 %33 to i16
  store i16 %34, ptr %30, align 2, !tbaa !16
  %35 = load i16, ptr %9, align 2, !tbaa !16
  %36 = zext i16 %35 to i32
  %37 = load ptr, ptr %4, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.board, ptr %37, i32 0, i32 2
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [9 x i16], ptr %38, i64 0, i64 %40
  %42 = load i16, ptr %41, align 2, !tbaa !16
  %43 = zext i16 %42 to i32
  %44 = or i32 %43, %36
  %45 = trunc i32 %44 to i16
  store i16 %45, ptr %41, align 2, !tbaa !16
  %46 = load i16, ptr %9, align 2, !tbaa !16
  %47 = zext i16 %46 to i32
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.board, ptr %48, i32 0, i32 3
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = load i32, ptr %8, align 4, !tbaa !5
  %52 = call i32 @box_of(i32 noundef %50, i32 noundef %51) #6
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [9 x i16], ptr %49, i64 0, i64 %53
  %55 = load i16, ptr %54, align 2, !tbaa !16
  %56 = zext i16 %55 to i32
  %57 = or i32 %56, %47
  %58 = trunc i32 %57 to i16
  store i16 %58, ptr %54, align 2, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @solve(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.board, ptr %11, i32 0, i32 4
  %13 = load i64, ptr %12, align 8, !tbaa !18
  %14 = add nsw i64 %13, 1
  store i64 %14, ptr %12, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 -1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 10, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %51, %1
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 81
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 2, ptr %7, align 4
  br label %54

19:                                               ; preds = %15
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.board, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [81 x i8], ptr %21, i64 0, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !13
  %26 = icmp ne i8 %25, 0
  br i1 %26, label %27, label %28

27:                                               ; preds = %19
  br label %51

28:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = call zeroext i16 @candidates(ptr noundef %29, i32 noundef %30) #6
  %32 = call i32 @popcnt16(i16 noundef zeroext %31) #6
  store i32 %32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %35, label %36

35:                                               ; preds = %28
  store i32 0, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %48

36:                                               ; preds = %28
  %37 = load i32, ptr %8, align 4, !tbaa !5
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %36
  %41 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %41, ptr %5, align 4, !tbaa !5
  %42 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %42, ptr %4, align 4, !tbaa !5
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = icmp eq i32 %43, 1
  br i1 %44, label %45, label %46

45:                                               ; preds = %40
  store i32 2, ptr %7, align 4
  br label %48

46:                                               ; preds = %40
  br label %47

47:                                               ; preds = %46, %36
  store i32 0, ptr %7, align 4
  br label %48

48:                                               ; preds = %47, %45, %35
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %49 = load i32, ptr %7, align 4
  switch i32 %49, label %54 [
    i32 0, label %50
  ]

50:                                               ; preds = %48
  br label %51

51:                                               ; preds = %50, %27
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4, !tbaa !5
  br label %15, !llvm.loop !21

54:                                               ; preds = %48, %18
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %55 = load i32, ptr %7, align 4
  switch i32 %55, label %94 [
    i32 2, label %56
  ]

56:                                               ; preds = %54
  %57 = load i32, ptr %4, align 4, !tbaa !5
  %58 = icmp slt i32 %57, 0
  br i1 %58, label %59, label %60

59:                                               ; preds = %56
  store i32 1, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %94

60:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %61 = load ptr, ptr %3, align 8, !tbaa !9
  %62 = load i32, ptr %4, align 4, !tbaa !5
  %63 = call zeroext i16 @candidates(ptr noundef %61, i32 noundef %62) #6
  store i16 %63, ptr %9, align 2, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %87, %60
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = icmp sle i32 %65, 9
  br i1 %66, label %68, label %67

67:                                               ; preds = %64
  store i32 5, ptr %7, align 4
  br label %90

68:                                               ; preds = %64
  %69 = load i16, ptr %9, align 2, !tbaa !16
  %70 = zext i16 %69 to i32
  %71 = load i32, ptr %10, align 4, !tbaa !5
  %72 = shl i32 1, %71
  %73 = and i32 %70, %72
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %76, label %75

75:                                               ; preds = %68
  br label %87

76:                                               ; preds = %68
  %77 = load ptr, ptr %3, align 8, !tbaa !9
  %78 = load i32, ptr %4, align 4, !tbaa !5
  %79 = load i32, ptr %10, align 4, !tbaa !5
  call void @place(ptr noundef %77, i32 noundef %78, i32 noundef %79) #6
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = call i32 @solve(ptr noundef %80) #6
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %83, label %84

83:                                               ; preds = %76
  store i32 1, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %90

84:                                               ; preds = %76
  %85 = load ptr, ptr %3, align 8, !tbaa !9
  %86 = load i32, ptr %4, align 4, !tbaa !5
  call void @unplace(ptr noundef %85, i32 noundef %86) #6
  br label %87

87:                                               ; preds = %84, %75
  %88 = load i32, ptr %10, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %10, align 4, !tbaa !5
  br label %64, !llvm.loop !22

90:                                               ; preds = %83, %67
  call void @llvm.lifetime.end.p0(ptr %10) #5
  %91 = load i32, ptr %7, align 4
  switch i32 %91, label %93 [
    i32 5, label %92
  ]

92:                                               ; preds = %90
  store i32 0, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %93

93:                                               ; preds = %92, %90
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %94

94:                                               ; preds = %93, %59, %54
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  %95 = load i32, ptr %2, align 4
  ret i32 %95
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @popcnt16(i16 noundef zeroext %0) #3 {
  %2 = alloca i16, align 2
  %3 = alloca i32, align 4
  store i16 %0, ptr %2, align 2, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i16, ptr %2, align 2, !tbaa !16
  %6 = icmp ne i16 %5, 0
  br i1 %6, label %7, label %19

7:                                                ; preds = %4
  %8 = load i16, ptr %2, align 2, !tbaa !16
  %9 = zext i16 %8 to i32
  %10 = sub nsw i32 %9, 1
  %11 = trunc i32 %10 to i16
  %12 = zext i16 %11 to i32
  %13 = load i16, ptr %2, align 2, !tbaa !16
  %14 = zext i16 %13 to i32
  %15 = and i32 %14, %12
  %16 = trunc i32 %15 to i16
  store i16 %16, ptr %2, align 2, !tbaa !16
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !23

19:                                               ; preds = %4
  %20 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @unplace(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i16, align 2
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sdiv i32 %8, 9
  store i32 %9, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = srem i32 %10, 9
  store i32 %11, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.board, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [81 x i8], ptr %13, i64 0, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !13
  %18 = zext i8 %17 to i32
  %19 = shl i32 1, %18
  %20 = xor i32 %19, -1
  %21 = trunc i32 %20 to i16
  store i16 %21, ptr %7, align 2, !tbaa !16
  %22 = load i16, ptr %7, align 2, !tbaa !16
  %23 = zext i16 %22 to i32
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.board, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [9 x i16], ptr %25, i64 0, i64 %27
  %29 = load i16, ptr %28, align 2, !tbaa !16
  %30 = zext i16 %29 to i32
  %31 = and i32 %30, %23
  %32 = trunc i32 %31 to i16
  store i16 %32, ptr %28, align 2, !tbaa !16
  %33 = load i16, ptr %7, align 2, !tbaa !16
  %34 = zext i16 %33 to i32
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.board, ptr %35, i32 0, i32 2
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [9 x i16], ptr %36, i64 0, i64 %38
  %40 = load i16, ptr %39, align 2, !tbaa !16
  %41 = zext i16 %40 to i32
  %42 = and i32 %41, %34
  %43 = trunc i32 %42 to i16
  store i16 %43, ptr %39, align 2, !tbaa !16
  %44 = load i16, ptr %7, align 2, !tbaa !16
  %45 = zext i16 %44 to i32
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.board, ptr %46, i32 0, i32 3
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = load i32, ptr %6, align 4, !tbaa !5
  %50 = call i32 @box_of(i32 noundef %48, i32 noundef %49) #6
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [9 x i16], ptr %47, i64 0, i64 %51
  %53 = load i16, ptr %52, align 2, !tbaa !16
  %54 = zext i16 %53 to i32
  %55 = and i32 %54, %45
  %56 = trunc i32 %55 to i16
  store i16 %56, ptr %52, align 2, !tbaa !16
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.board, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %4, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [81 x i8], ptr %58, i64 0, i64 %60
  store i8 0, ptr %61, align 1, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.board, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !24
  br label %10

10:                                               ; preds = %55, %0
  %11 = load i64, ptr %7, align 8, !tbaa !24
  %12 = icmp ult i64 %11, 5
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %58

14:                                               ; preds = %10
  %15 = load i64, ptr %7, align 8, !tbaa !24
  %16 = getelementptr inbounds nuw [5 x ptr], ptr @main.puzzles, i64 0, i64 %15
  %17 = load ptr, ptr %16, align 8, !tbaa !11
  %18 = call i32 @board_load(ptr noundef %2, ptr noundef %17) #6
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %23

20:                                               ; preds = %14
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %4, align 4, !tbaa !5
  br label %55

23:                                               ; preds = %14
  %24 = call i32 @solve(ptr noundef %2) #6
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %26, label %50

26:                                               ; preds = %23
  %27 = call i32 @verify(ptr noundef %2) #6
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %50

29:                                               ; preds = %26
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %46, %29
  %33 = load i32, ptr %9, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 81
  br i1 %34, label %36, label %35

35:                                               ; preds = %32
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %49

36:                                               ; preds = %32
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = mul i32 %37, 10
  %39 = getelementptr inbounds nuw %struct.board, ptr %2, i32 0, i32 0
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [81 x i8], ptr %39, i64 0, i64 %41
  %43 = load i8, ptr %42, align 1, !tbaa !13
  %44 = zext i8 %43 to i32
  %45 = add i32 %38, %44
  store i32 %45, ptr %6, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %36
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %9, align 4, !tbaa !5
  br label %32, !llvm.loop !25

49:                                               ; preds = %35
  br label %50

50:                                               ; preds = %49, %26, %23
  %51 = getelementptr inbounds nuw %struct.board, ptr %2, i32 0, i32 4
  %52 = load i64, ptr %51, align 8, !tbaa !18
  %53 = load i64, ptr %5, align 8, !tbaa !24
  %54 = add nsw i64 %53, %52
  store i64 %54, ptr %5, align 8, !tbaa !24
  br label %55

55:                                               ; preds = %50, %20
  %56 = load i64, ptr %7, align 8, !tbaa !24
  %57 = add i64 %56, 1
  store i64 %57, ptr %7, align 8, !tbaa !24
  br label %10, !llvm.loop !26

58:                                               ; preds = %13
  %59 = load i32, ptr %3, align 4, !tbaa !5
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = load i64, ptr %5, align 8, !tbaa !24
  %62 = load i32, ptr %6, align 4, !tbaa !5
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %59, i32 noundef %60, i64 noundef %61, i32 noundef %62) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %64 = load i32, ptr %1, align 4
  ret i32 %64
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @verify(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %39, %1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 9
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  store i32 2, ptr %5, align 4
  br label %42

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.board, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [9 x i16], ptr %12, i64 0, i64 %14
  %16 = load i16, ptr %15, align 2, !tbaa !16
  %17 = zext i16 %16 to i32
  %18 = icmp ne i32 %17, 1022
  br i1 %18, label %37, label %19

19:                                               ; preds = %10
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.board, ptr %20, i32 0, i32 2
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [9 x i16], ptr %21, i64 0, i64 %23
  %25 = load i16, ptr %24, align 2, !tbaa !16
  %26 = zext i16 %25 to i32
  %27 = icmp ne i32 %26, 1022
  br i1 %27, label %37, label %28

28:                                               ; preds = %19
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.board, ptr %29, i32 0, i32 3
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [9 x i16], ptr %30, i64 0, i64 %32
  %34 = load i16, ptr %33, align 2, !tbaa !16
  %35 = zext i16 %34 to i32
  %36 = icmp ne i32 %35, 1022
  br i1 %36, label %37, label %38

37:                                               ; preds = %28, %19, %10
  store i32 0, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %42

38:                                               ; preds = %28
  br label %39

39:                                               ; preds = %38
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !27

42:                                               ; preds = %37, %9
  call void @llvm.lifetime.end.p0(ptr %4) #5
  %43 = load i32, ptr %5, align 4
  switch i32 %43, label %47 [
    i32 2, label %44
    i32 1, label %45
  ]

44:                                               ; preds = %42
  store i32 1, ptr %2, align 4
  br label %45

45:                                               ; preds = %44, %42
  %46 = load i32, ptr %2, align 4
  ret i32 %46

47:                                               ; preds = %42
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @box_of(i32 noundef %0, i32 noundef %1) #3 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sdiv i32 %5, 3
  %7 = mul nsw i32 %6, 3
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sdiv i32 %8, 3
  %10 = add nsw i32 %7, %9
  ret i32 %10
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !10, i64 0}
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!17, !17, i64 0}
!17 = !{!"short", !7, i64 0}
!18 = !{!19, !20, i64 136}
!19 = !{!"", !7, i64 0, !7, i64 82, !7, i64 100, !7, i64 118, !20, i64 136}
!20 = !{!"long", !7, i64 0}
!21 = distinct !{!21, !15}
!22 = distinct !{!22, !15}
!23 = distinct !{!23, !15}
!24 = !{!20, !20, i64 0}
!25 = distinct !{!25, !15}
!26 = distinct !{!26, !15}
!27 = distinct !{!27, !15}
