; ModuleID = 'automaton_1d.c'
source_filename = "automaton_1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Row = type { [7 x i64] }

@main.rules = internal constant [4 x i32] [i32 30, i32 90, i32 110, i32 184], align 16
@.str = private unnamed_addr constant [59 x i8] c"rule %3u seed %u: final_pop=%3d min=%3d max=%3d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @row_population(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %19, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 7
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %22

9:                                                ; preds = %5
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.Row, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [7 x i64], ptr %11, i64 0, i64 %13
  %15 = load i64, ptr %14, align 8, !tbaa !11
  %16 = call i32 @popcount64(i64 noundef %15) #5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = add nsw i32 %17, %16
  store i32 %18, ptr %3, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %9
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !13

22:                                               ; preds = %8
  %23 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @popcount64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8, !tbaa !11
  %6 = icmp ne i64 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !tbaa !11
  %9 = sub i64 %8, 1
  %10 = load i64, ptr %2, align 8, !tbaa !11
  %11 = and i64 %10, %9
  store i64 %11, ptr %2, align 8, !tbaa !11
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !15

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Row, align 8
  %3 = alloca %struct.Row, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i64 0, ptr %4, align 8, !tbaa !11
  br label %15

15:                                               ; preds = %85, %0
  %16 = load i64, ptr %4, align 8, !tbaa !11
  %17 = icmp ult i64 %16, 4
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %88

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %81, %19
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = icmp ult i32 %21, 3
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %84

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store ptr %2, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 -2128831035, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i32 448, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 0, ptr %11, align 4, !tbaa !5
  %25 = load ptr, ptr %7, align 8, !tbaa !9
  %26 = load i32, ptr %6, align 4, !tbaa !5
  call void @seed_row(ptr noundef %25, i32 noundef %26) #5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %57, %24
  %28 = load i32, ptr %12, align 4, !tbaa !5
  %29 = icmp slt i32 %28, 300
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %60

31:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %13) #4
  %32 = load ptr, ptr %7, align 8, !tbaa !9
  %33 = call i32 @row_population(ptr noundef %32) #5
  store i32 %33, ptr %13, align 4, !tbaa !5
  %34 = load i32, ptr %13, align 4, !tbaa !5
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = icmp slt i32 %34, %35
  br i1 %36, label %37, label %39

37:                                               ; preds = %31
  %38 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %38, ptr %10, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %37, %31
  %40 = load i32, ptr %13, align 4, !tbaa !5
  %41 = load i32, ptr %11, align 4, !tbaa !5
  %42 = icmp sgt i32 %40, %41
  br i1 %42, label %43, label %45

43:                                               ; preds = %39
  %44 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %44, ptr %11, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %43, %39
  %46 = load ptr, ptr %7, align 8, !tbaa !9
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = call i32 @row_hash(ptr noundef %46, i32 noundef %47) #5
  store i32 %48, ptr %9, align 4, !tbaa !5
  %49 = load ptr, ptr %7, align 8, !tbaa !9
  %50 = load ptr, ptr %8, align 8, !tbaa !9
  %51 = load i64, ptr %4, align 8, !tbaa !11
  %52 = getelementptr inbounds nuw [4 x i32], ptr @main.rules, i64 0, i64 %51
  %53 = load i32, ptr %52, align 4, !tbaa !5
  call void @step(ptr noundef %49, ptr noundef %50, i32 noundef %53) #5
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %54 = load ptr, ptr %7, align 8, !tbaa !9
  store ptr %54, ptr %14, align 8, !tbaa !9
  %55 = load ptr, ptr %8, align 8, !tbaa !9
  store ptr %55, ptr %7, align 8, !tbaa !9
  %56 = load ptr, ptr %14, align 8, !tbaa !9
  store ptr %56, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %14) #4
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %57

57:                                               ; preds = %45
  %58 = load i32, ptr %12, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %12, align 4, !tbaa !5
  br label %27, !llvm.loop !16

60:                                               ; preds = %30
  %61 = load i64, ptr %4, align 8, !tbaa !11
  %62 = getelementptr inbounds nuw [4 x i32], ptr @main.rules, i64 0, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = load i32, ptr %6, align 4, !tbaa !5
  %65 = load ptr, ptr %7, align 8, !tbaa !9
  %66 = call i32 @row_population(ptr noundef %65) #5
  %67 = load i32, ptr %10, align 4, !tbaa !5
  %68 = load i32, ptr %11, align 4, !tbaa !5
  %69 = load i32, ptr %9, align 4, !tbaa !5
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %63, i32 noundef %64, i32 noundef %66, i32 noundef %67, i32 noundef %68, i32 noundef %69) #5
  %71 = load i32, ptr %6, align 4, !tbaa !5
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %73, label %80

73:                                               ; preds = %60
  %74 = load i64, ptr %4, align 8, !tbaa !11
  %75 = getelementptr inbounds nuw [4 x i32], ptr @main.rules, i64 0, i64 %74
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = icmp eq i32 %76, 90
  br i1 %77, label %78, label %80

78:                                               ; preds = %73
  %79 = load ptr, ptr %7, align 8, !tbaa !9
  call void @render(ptr noundef %79, i32 noundef 188, i32 noundef 72) #5
  br label %80

80:                                               ; preds = %78, %73, %60
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %81

81:                                               ; preds = %80
  %82 = load i32, ptr %6, align 4, !tbaa !5
  %83 = add i32 %82, 1
  store i32 %83, ptr %6, align 4, !tbaa !5
  br label %20, !llvm.loop !17

84:                                               ; preds = %23
  br label %85

85:                                               ; preds = %84
  %86 = load i64, ptr %4, align 8, !tbaa !11
  %87 = add i64 %86, 1
  store i64 %87, ptr %4, align 8, !tbaa !11
  br label %15, !llvm.loop !18

88:                                               ; preds = %18
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %89 = load i32, ptr %1, align 4
  ret i32 %89
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @seed_row(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 56, i1 false)
  %9 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %9, label %41 [
    i32 0, label %10
    i32 1, label %12
  ]

10:                                               ; preds = %2
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  call void @set_cell(ptr noundef %11, i32 noundef 224, i32 noundef 1) #5
  br label %53

12:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 2685821657736338717, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %37, %12
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 7
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %40

17:                                               ; preds = %13
  %18 = load i64, ptr %5, align 8, !tbaa !11
  %19 = lshr i64 %18, 12
  %20 = load i64, ptr %5, align 8, !tbaa !11
  %21 = xor i64 %20, %19
  store i64 %21, ptr %5, align 8, !tbaa !11
  %22 = load i64, ptr %5, align 8, !tbaa !11
  %23 = shl i64 %22, 25
  %24 = load i64, ptr %5, align 8, !tbaa !11
  %25 = xor i64 %24, %23
  store i64 %25, ptr %5, align 8, !tbaa !11
  %26 = load i64, ptr %5, align 8, !tbaa !11
  %27 = lshr i64 %26, 27
  %28 = load i64, ptr %5, align 8, !tbaa !11
  %29 = xor i64 %28, %27
  store i64 %29, ptr %5, align 8, !tbaa !11
  %30 = load i64, ptr %5, align 8, !tbaa !11
  %31 = mul i64 %30, 2685821657736338717
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.Row, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [7 x i64], ptr %33, i64 0, i64 %35
  store i64 %31, ptr %36, align 8, !tbaa !11
  br label %37

37:                                               ; preds = %17
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %13, !llvm.loop !19

40:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %53

41:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %49, %41
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 448
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %52

46:                                               ; preds = %42
  %47 = load ptr, ptr %3, align 8, !tbaa !9
  %48 = load i32, ptr %7, align 4, !tbaa !5
  call void @set_cell(ptr noundef %47, i32 noundef %48, i32 noundef 1) #5
  br label %49

49:                                               ; preds = %46
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = add nsw i32 %50, 3
  store i32 %51, ptr %7, align 4, !tbaa !5
  br label %42, !llvm.loop !20

52:                                               ; preds = %45
  br label %53

53:                                               ; preds = %52, %40, %10
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @row_hash(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %38, %2
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 7
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %41

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.Row, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [7 x i64], ptr %15, i64 0, i64 %17
  %19 = load i64, ptr %18, align 8, !tbaa !11
  store i64 %19, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %34, %13
  %21 = load i32, ptr %8, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 8
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %37

24:                                               ; preds = %20
  %25 = load i64, ptr %7, align 8, !tbaa !11
  %26 = and i64 %25, 255
  %27 = trunc i64 %26 to i32
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = xor i32 %28, %27
  store i32 %29, ptr %4, align 4, !tbaa !5
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = mul i32 %30, 16777619
  store i32 %31, ptr %4, align 4, !tbaa !5
  %32 = load i64, ptr %7, align 8, !tbaa !11
  %33 = lshr i64 %32, 8
  store i64 %33, ptr %7, align 8, !tbaa !11
  br label %34

34:                                               ; preds = %24
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %8, align 4, !tbaa !5
  br label %20, !llvm.loop !21

37:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !22

41:                                               ; preds = %12
  %42 = load i32, ptr %4, align 4, !tbaa !5
  ret i32 %42
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @step(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %35, %3
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 448
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %38

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = sub nsw i32 %15, 1
  %17 = call i32 @get_cell(ptr noundef %14, i32 noundef %16) #5
  %18 = shl i32 %17, 2
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = call i32 @get_cell(ptr noundef %19, i32 noundef %20) #5
  %22 = shl i32 %21, 1
  %23 = or i32 %18, %22
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  %27 = call i32 @get_cell(ptr noundef %24, i32 noundef %26) #5
  %28 = or i32 %23, %27
  store i32 %28, ptr %8, align 4, !tbaa !5
  %29 = load ptr, ptr %5, align 8, !tbaa !9
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = lshr i32 %31, %32
  %34 = and i32 %33, 1
  call void @set_cell(ptr noundef %29, i32 noundef %30, i32 noundef %34) #5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %35

35:                                               ; preds = %13
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %7, align 4, !tbaa !5
  br label %9, !llvm.loop !23

38:                                               ; preds = %12
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @render(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [449 x i8], align 16
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %27, %3
  %10 = load i32, ptr %8, align 4, !tbaa !5
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %30

14:                                               ; preds = %9
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = add nsw i32 %16, %17
  %19 = call i32 @get_cell(ptr noundef %15, i32 noundef %18) #5
  %20 = icmp ne i32 %19, 0
  %21 = zext i1 %20 to i64
  %22 = select i1 %20, i32 35, i32 46
  %23 = trunc i32 %22 to i8
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [449 x i8], ptr %7, i64 0, i64 %25
  store i8 %23, ptr %26, align 1, !tbaa !24
  br label %27

27:                                               ; preds = %14
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %8, align 4, !tbaa !5
  br label %9, !llvm.loop !25

30:                                               ; preds = %13
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [449 x i8], ptr %7, i64 0, i64 %32
  store i8 0, ptr %33, align 1, !tbaa !24
  %34 = getelementptr inbounds [449 x i8], ptr %7, i64 0, i64 0
  %35 = call i32 @puts(ptr noundef %34) #5
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @set_cell(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = and i32 %8, 63
  %10 = zext i32 %9 to i64
  %11 = shl i64 1, %10
  store i64 %11, ptr %7, align 8, !tbaa !11
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %14, label %24

14:                                               ; preds = %3
  %15 = load i64, ptr %7, align 8, !tbaa !11
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.Row, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = ashr i32 %18, 6
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [7 x i64], ptr %17, i64 0, i64 %20
  %22 = load i64, ptr %21, align 8, !tbaa !11
  %23 = or i64 %22, %15
  store i64 %23, ptr %21, align 8, !tbaa !11
  br label %35

24:                                               ; preds = %3
  %25 = load i64, ptr %7, align 8, !tbaa !11
  %26 = xor i64 %25, -1
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Row, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = ashr i32 %29, 6
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [7 x i64], ptr %28, i64 0, i64 %31
  %33 = load i64, ptr %32, align 8, !tbaa !11
  %34 = and i64 %33, %26
  store i64 %34, ptr %32, align 8, !tbaa !11
  br label %35

35:                                               ; preds = %24, %14
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @get_cell(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = add nsw i32 %5, 448
  %7 = srem i32 %6, 448
  store i32 %7, ptr %4, align 4, !tbaa !5
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.Row, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = ashr i32 %10, 6
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [7 x i64], ptr %9, i64 0, i64 %12
  %14 = load i64, ptr %13, align 8, !tbaa !11
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = and i32 %15, 63
  %17 = zext i32 %16 to i64
  %18 = lshr i64 %14, %17
  %19 = and i64 %18, 1
  %20 = trunc i64 %19 to i32
  ret i32 %20
}

; Function Attrs: minsize optsize
declare i32 @puts(ptr noundef) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
!24 = !{!7, !7, i64 0}
!25 = distinct !{!25, !14}
