; ModuleID = 'coin_change_dp.c'
source_filename = "coin_change_dp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.CoinSystem = type { ptr, i32, [8 x i32] }

@main.systems = internal constant [5 x { ptr, i32, [8 x i32], [4 x i8] }] [{ ptr, i32, [8 x i32], [4 x i8] } { ptr @.str, i32 8, [8 x i32] [i32 1, i32 2, i32 5, i32 10, i32 20, i32 50, i32 100, i32 200], [4 x i8] zeroinitializer }, { ptr, i32, [8 x i32], [4 x i8] } { ptr @.str.1, i32 4, [8 x i32] [i32 1, i32 5, i32 10, i32 25, i32 0, i32 0, i32 0, i32 0], [4 x i8] zeroinitializer }, { ptr, i32, [8 x i32], [4 x i8] } { ptr @.str.2, i32 3, [8 x i32] [i32 1, i32 3, i32 4, i32 0, i32 0, i32 0, i32 0, i32 0], [4 x i8] zeroinitializer }, { ptr, i32, [8 x i32], [4 x i8] } { ptr @.str.3, i32 4, [8 x i32] [i32 7, i32 11, i32 13, i32 30, i32 0, i32 0, i32 0, i32 0], [4 x i8] zeroinitializer }, { ptr, i32, [8 x i32], [4 x i8] } { ptr @.str.4, i32 6, [8 x i32] [i32 1, i32 3, i32 6, i32 12, i32 24, i32 30, i32 0, i32 0], [4 x i8] zeroinitializer }], align 16
@.str = private unnamed_addr constant [5 x i8] c"euro\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"us\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"odd\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"gaps\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"old_uk\00", align 1
@min_coins = internal global [5001 x i32] zeroinitializer, align 16
@.str.5 = private unnamed_addr constant [85 x i8] c"%-7s ways(%d)=%llu ways(100)=%llu sum_min=%ld unreachable=%d greedy_bad=%d first=%d\0A\00", align 1
@ways = internal global [5001 x i64] zeroinitializer, align 16
@last_coin = internal global [5001 x i32] zeroinitializer, align 16
@.str.6 = private unnamed_addr constant [9 x i8] c"    %d =\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"%s %dx%d\00", align 1
@.str.8 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.9 = private unnamed_addr constant [3 x i8] c" +\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 5000, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %83, %0
  %13 = load i64, ptr %3, align 8, !tbaa !9
  %14 = icmp ult i64 %13, 5
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %86

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %17 = load i64, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw [5 x %struct.CoinSystem], ptr @main.systems, i64 0, i64 %17
  store ptr %18, ptr %5, align 8, !tbaa !11
  %19 = load ptr, ptr %5, align 8, !tbaa !11
  call void @count_ways(ptr noundef %19, i32 noundef 5000) #4
  %20 = load ptr, ptr %5, align 8, !tbaa !11
  call void @min_change(ptr noundef %20, i32 noundef 5000) #4
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 -1, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i64 0, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %60, %16
  %22 = load i32, ptr %10, align 4, !tbaa !5
  %23 = icmp sle i32 %22, 5000
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %63

25:                                               ; preds = %21
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = icmp eq i32 %29, 2147483647
  br i1 %30, label %31, label %34

31:                                               ; preds = %25
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %7, align 4, !tbaa !5
  br label %60

34:                                               ; preds = %25
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = load i64, ptr %9, align 8, !tbaa !9
  %41 = add nsw i64 %40, %39
  store i64 %41, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %42 = load ptr, ptr %5, align 8, !tbaa !11
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = call i32 @greedy(ptr noundef %42, i32 noundef %43) #4
  store i32 %44, ptr %11, align 4, !tbaa !5
  %45 = load i32, ptr %11, align 4, !tbaa !5
  %46 = load i32, ptr %10, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = icmp ne i32 %45, %49
  br i1 %50, label %51, label %59

51:                                               ; preds = %34
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4, !tbaa !5
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = icmp slt i32 %54, 0
  br i1 %55, label %56, label %58

56:                                               ; preds = %51
  %57 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %57, ptr %8, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %56, %51
  br label %59

59:                                               ; preds = %58, %34
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %60

60:                                               ; preds = %59, %31
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %10, align 4, !tbaa !5
  br label %21, !llvm.loop !13

63:                                               ; preds = %24
  %64 = load ptr, ptr %5, align 8, !tbaa !11
  %65 = getelementptr inbounds nuw %struct.CoinSystem, ptr %64, i32 0, i32 0
  %66 = load ptr, ptr %65, align 8, !tbaa !15
  %67 = load i64, ptr getelementptr inbounds ([5001 x i64], ptr @ways, i64 0, i64 5000), align 16, !tbaa !9
  %68 = load i64, ptr getelementptr inbounds ([5001 x i64], ptr @ways, i64 0, i64 100), align 16, !tbaa !9
  %69 = load i64, ptr %9, align 8, !tbaa !9
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = load i32, ptr %6, align 4, !tbaa !5
  %72 = load i32, ptr %8, align 4, !tbaa !5
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %66, i32 noundef 5000, i64 noundef %67, i64 noundef %68, i64 noundef %69, i32 noundef %70, i32 noundef %71, i32 noundef %72) #4
  %74 = load i32, ptr getelementptr inbounds ([5001 x i32], ptr @min_coins, i64 0, i64 4999), align 4, !tbaa !5
  %75 = icmp ne i32 %74, 2147483647
  br i1 %75, label %76, label %77

76:                                               ; preds = %63
  call void @print_solution(i32 noundef 4999) #4
  br label %77

77:                                               ; preds = %76, %63
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = icmp sgt i32 %78, 0
  br i1 %79, label %80, label %82

80:                                               ; preds = %77
  %81 = load i32, ptr %8, align 4, !tbaa !5
  call void @print_solution(i32 noundef %81) #4
  br label %82

82:                                               ; preds = %80, %77
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %83

83:                                               ; preds = %82
  %84 = load i64, ptr %3, align 8, !tbaa !9
  %85 = add i64 %84, 1
  store i64 %85, ptr %3, align 8, !tbaa !9
  br label %12, !llvm.loop !18

86:                                               ; preds = %15
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %87 = load i32, ptr %1, align 4
  ret i32 %87
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @count_ways(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %19, %2
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp sle i32 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %22

15:                                               ; preds = %10
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [5001 x i64], ptr @ways, i64 0, i64 %17
  store i64 0, ptr %18, align 8, !tbaa !9
  br label %19

19:                                               ; preds = %15
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %5, align 4, !tbaa !5
  br label %10, !llvm.loop !19

22:                                               ; preds = %14
  store i64 1, ptr @ways, align 16, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %63, %22
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = load ptr, ptr %3, align 8, !tbaa !11
  %26 = getelementptr inbounds nuw %struct.CoinSystem, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %26, align 8, !tbaa !20
  %28 = icmp slt i32 %24, %27
  br i1 %28, label %30, label %29

29:                                               ; preds = %23
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %66

30:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %31 = load ptr, ptr %3, align 8, !tbaa !11
  %32 = getelementptr inbounds nuw %struct.CoinSystem, ptr %31, i32 0, i32 2
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [8 x i32], ptr %32, i64 0, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  store i32 %36, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %37 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %37, ptr %9, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %59, %30
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = icmp sle i32 %39, %40
  br i1 %41, label %43, label %42

42:                                               ; preds = %38
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %62

43:                                               ; preds = %38
  %44 = load i32, ptr %9, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [5001 x i64], ptr @ways, i64 0, i64 %45
  %47 = load i64, ptr %46, align 8, !tbaa !9
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = sub nsw i32 %48, %49
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [5001 x i64], ptr @ways, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8, !tbaa !9
  %54 = add i64 %47, %53
  %55 = urem i64 %54, 1000000007
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [5001 x i64], ptr @ways, i64 0, i64 %57
  store i64 %55, ptr %58, align 8, !tbaa !9
  br label %59

59:                                               ; preds = %43
  %60 = load i32, ptr %9, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %9, align 4, !tbaa !5
  br label %38, !llvm.loop !21

62:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %6, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %6, align 4, !tbaa !5
  br label %23, !llvm.loop !22

66:                                               ; preds = %29
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @min_change(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  store i32 0, ptr @min_coins, align 16, !tbaa !5
  store i32 0, ptr @last_coin, align 16, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %79, %2
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp sle i32 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %82

14:                                               ; preds = %9
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %16
  store i32 2147483647, ptr %17, align 4, !tbaa !5
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [5001 x i32], ptr @last_coin, i64 0, i64 %19
  store i32 0, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %75, %14
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = load ptr, ptr %3, align 8, !tbaa !11
  %24 = getelementptr inbounds nuw %struct.CoinSystem, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 8, !tbaa !20
  %26 = icmp slt i32 %22, %25
  br i1 %26, label %28, label %27

27:                                               ; preds = %21
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %78

28:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %29 = load ptr, ptr %3, align 8, !tbaa !11
  %30 = getelementptr inbounds nuw %struct.CoinSystem, ptr %29, i32 0, i32 2
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [8 x i32], ptr %30, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  store i32 %34, ptr %8, align 4, !tbaa !5
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = icmp sle i32 %35, %36
  br i1 %37, label %38, label %74

38:                                               ; preds = %28
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = sub nsw i32 %39, %40
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = icmp ne i32 %44, 2147483647
  br i1 %45, label %46, label %74

46:                                               ; preds = %38
  %47 = load i32, ptr %5, align 4, !tbaa !5
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = sub nsw i32 %47, %48
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = icmp slt i32 %53, %57
  br i1 %58, label %59, label %74

59:                                               ; preds = %46
  %60 = load i32, ptr %5, align 4, !tbaa !5
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = sub nsw i32 %60, %61
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [5001 x i32], ptr @min_coins, i64 0, i64 %68
  store i32 %66, ptr %69, align 4, !tbaa !5
  %70 = load i32, ptr %8, align 4, !tbaa !5
  %71 = load i32, ptr %5, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [5001 x i32], ptr @last_coin, i64 0, i64 %72
  store i32 %70, ptr %73, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %59, %46, %38, %28
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %75

75:                                               ; preds = %74
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %7, align 4, !tbaa !5
  br label %21, !llvm.loop !23

78:                                               ; preds = %27
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %5, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !24

82:                                               ; preds = %13
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @greedy(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %7 = load ptr, ptr %3, align 8, !tbaa !11
  %8 = getelementptr inbounds nuw %struct.CoinSystem, ptr %7, i32 0, i32 1
  %9 = load i32, ptr %8, align 8, !tbaa !20
  %10 = sub nsw i32 %9, 1
  store i32 %10, ptr %6, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %39, %2
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %11
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = icmp sgt i32 %15, 0
  br label %17

17:                                               ; preds = %14, %11
  %18 = phi i1 [ false, %11 ], [ %16, %14 ]
  br i1 %18, label %20, label %19

19:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %42

20:                                               ; preds = %17
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = load ptr, ptr %3, align 8, !tbaa !11
  %23 = getelementptr inbounds nuw %struct.CoinSystem, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [8 x i32], ptr %23, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = sdiv i32 %21, %27
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = add nsw i32 %29, %28
  store i32 %30, ptr %5, align 4, !tbaa !5
  %31 = load ptr, ptr %3, align 8, !tbaa !11
  %32 = getelementptr inbounds nuw %struct.CoinSystem, ptr %31, i32 0, i32 2
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [8 x i32], ptr %32, i64 0, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = srem i32 %37, %36
  store i32 %38, ptr %4, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %20
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = add nsw i32 %40, -1
  store i32 %41, ptr %6, align 4, !tbaa !5
  br label %11, !llvm.loop !25

42:                                               ; preds = %19
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %45, label %47

45:                                               ; preds = %42
  %46 = load i32, ptr %5, align 4, !tbaa !5
  br label %48

47:                                               ; preds = %42
  br label %48

48:                                               ; preds = %47, %45
  %49 = phi i32 [ %46, %45 ], [ -1, %47 ]
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %49
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_solution(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %6) #4
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 1, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %34, %1
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = icmp sgt i32 %9, 0
  br i1 %10, label %11, label %42

11:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %4) #3
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [5001 x i32], ptr @last_coin, i64 0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %15, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %28, %11
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %26

19:                                               ; preds = %16
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [5001 x i32], ptr @last_coin, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = icmp eq i32 %23, %24
  br label %26

26:                                               ; preds = %19, %16
  %27 = phi i1 [ false, %16 ], [ %25, %19 ]
  br i1 %27, label %28, label %34

28:                                               ; preds = %26
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = sub nsw i32 %30, %29
  store i32 %31, ptr %2, align 4, !tbaa !5
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %5, align 4, !tbaa !5
  br label %16, !llvm.loop !26

34:                                               ; preds = %26
  %35 = load i32, ptr %3, align 4, !tbaa !5
  %36 = icmp ne i32 %35, 0
  %37 = zext i1 %36 to i64
  %38 = select i1 %36, ptr @.str.8, ptr @.str.9
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %38, i32 noundef %39, i32 noundef %40) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %8, !llvm.loop !27

42:                                               ; preds = %8
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.10) #4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret void
}

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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !17, i64 0}
!16 = !{!"", !17, i64 0, !6, i64 8, !7, i64 12}
!17 = !{!"p1 omnipotent char", !12, i64 0}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = !{!16, !6, i64 8}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = distinct !{!27, !14}
