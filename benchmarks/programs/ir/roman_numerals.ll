; ModuleID = 'roman_numerals.c'
source_filename = "roman_numerals.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { i32, ptr }

@.str = private unnamed_addr constant [5 x i8] c"IIII\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"IM\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"VX\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"MMMM\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"ABC\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"XLX\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@__const.main.bad = private unnamed_addr constant [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str.7 = private unnamed_addr constant [47 x i8] c"roundtrip=%d chars=%ld rejected=%d longest=%s\0A\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"M\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"CM\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"D\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"CD\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"C\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"XC\00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"L\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"XL\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"X\00", align 1
@.str.17 = private unnamed_addr constant [3 x i8] c"IX\00", align 1
@.str.18 = private unnamed_addr constant [2 x i8] c"V\00", align 1
@.str.19 = private unnamed_addr constant [3 x i8] c"IV\00", align 1
@.str.20 = private unnamed_addr constant [2 x i8] c"I\00", align 1
@table = internal constant [13 x { i32, [4 x i8], ptr }] [{ i32, [4 x i8], ptr } { i32 1000, [4 x i8] zeroinitializer, ptr @.str.8 }, { i32, [4 x i8], ptr } { i32 900, [4 x i8] zeroinitializer, ptr @.str.9 }, { i32, [4 x i8], ptr } { i32 500, [4 x i8] zeroinitializer, ptr @.str.10 }, { i32, [4 x i8], ptr } { i32 400, [4 x i8] zeroinitializer, ptr @.str.11 }, { i32, [4 x i8], ptr } { i32 100, [4 x i8] zeroinitializer, ptr @.str.12 }, { i32, [4 x i8], ptr } { i32 90, [4 x i8] zeroinitializer, ptr @.str.13 }, { i32, [4 x i8], ptr } { i32 50, [4 x i8] zeroinitializer, ptr @.str.14 }, { i32, [4 x i8], ptr } { i32 40, [4 x i8] zeroinitializer, ptr @.str.15 }, { i32, [4 x i8], ptr } { i32 10, [4 x i8] zeroinitializer, ptr @.str.16 }, { i32, [4 x i8], ptr } { i32 9, [4 x i8] zeroinitializer, ptr @.str.17 }, { i32, [4 x i8], ptr } { i32 5, [4 x i8] zeroinitializer, ptr @.str.18 }, { i32, [4 x i8], ptr } { i32 4, [4 x i8] zeroinitializer, ptr @.str.19 }, { i32, [4 x i8], ptr } { i32 1, [4 x i8] zeroinitializer, ptr @.str.20 }], align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @to_roman(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp sle i32 %10, 0
  br i1 %11, label %15, label %12

12:                                               ; preds = %2
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 4000
  br i1 %14, label %15, label %16

15:                                               ; preds = %12, %2
  store i32 -1, ptr %3, align 4
  br label %67

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %17, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %18

18:                                               ; preds = %56, %16
  %19 = load i64, ptr %7, align 8, !tbaa !12
  %20 = icmp ult i64 %19, 13
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %59

22:                                               ; preds = %18
  br label %23

23:                                               ; preds = %48, %22
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = load i64, ptr %7, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw [13 x %struct.anon], ptr @table, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.anon, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %27, align 16, !tbaa !14
  %29 = icmp sge i32 %24, %28
  br i1 %29, label %30, label %55

30:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %31 = load i64, ptr %7, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw [13 x %struct.anon], ptr @table, i64 0, i64 %31
  %33 = getelementptr inbounds nuw %struct.anon, ptr %32, i32 0, i32 1
  %34 = load ptr, ptr %33, align 8, !tbaa !16
  store ptr %34, ptr %9, align 8, !tbaa !9
  br label %35

35:                                               ; preds = %45, %30
  %36 = load ptr, ptr %9, align 8, !tbaa !9
  %37 = load i8, ptr %36, align 1, !tbaa !17
  %38 = icmp ne i8 %37, 0
  br i1 %38, label %40, label %39

39:                                               ; preds = %35
  store i32 7, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %48

40:                                               ; preds = %35
  %41 = load ptr, ptr %9, align 8, !tbaa !9
  %42 = load i8, ptr %41, align 1, !tbaa !17
  %43 = load ptr, ptr %6, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw i8, ptr %43, i32 1
  store ptr %44, ptr %6, align 8, !tbaa !9
  store i8 %42, ptr %43, align 1, !tbaa !17
  br label %45

45:                                               ; preds = %40
  %46 = load ptr, ptr %9, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1
  store ptr %47, ptr %9, align 8, !tbaa !9
  br label %35, !llvm.loop !18

48:                                               ; preds = %39
  %49 = load i64, ptr %7, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw [13 x %struct.anon], ptr @table, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.anon, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %51, align 16, !tbaa !14
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = sub nsw i32 %53, %52
  store i32 %54, ptr %4, align 4, !tbaa !5
  br label %23, !llvm.loop !20

55:                                               ; preds = %23
  br label %56

56:                                               ; preds = %55
  %57 = load i64, ptr %7, align 8, !tbaa !12
  %58 = add i64 %57, 1
  store i64 %58, ptr %7, align 8, !tbaa !12
  br label %18, !llvm.loop !21

59:                                               ; preds = %21
  %60 = load ptr, ptr %6, align 8, !tbaa !9
  store i8 0, ptr %60, align 1, !tbaa !17
  %61 = load ptr, ptr %6, align 8, !tbaa !9
  %62 = load ptr, ptr %5, align 8, !tbaa !9
  %63 = ptrtoint ptr %61 to i64
  %64 = ptrtoint ptr %62 to i64
  %65 = sub i64 %63, %64
  %66 = trunc i64 %65 to i32
  store i32 %66, ptr %3, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %67

67:                                               ; preds = %59, %15
  %68 = load i32, ptr %3, align 4
  ret i32 %68
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @from_roman(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [20 x i8], align 16
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %48, %1
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = load i64, ptr %5, align 8, !tbaa !12
  %13 = getelementptr inbounds nuw i8, ptr %11, i64 %12
  %14 = load i8, ptr %13, align 1, !tbaa !17
  %15 = icmp ne i8 %14, 0
  br i1 %15, label %17, label %16

16:                                               ; preds = %10
  store i32 2, ptr %6, align 4
  br label %51

17:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = getelementptr inbounds nuw i8, ptr %18, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !17
  %22 = call i32 @sym_value(i8 noundef signext %21) #6
  store i32 %22, ptr %7, align 4, !tbaa !5
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %26, label %25

25:                                               ; preds = %17
  store i32 -1, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %45

26:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = load i64, ptr %5, align 8, !tbaa !12
  %29 = add i64 %28, 1
  %30 = getelementptr inbounds nuw i8, ptr %27, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !17
  %32 = call i32 @sym_value(i8 noundef signext %31) #6
  store i32 %32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %39

36:                                               ; preds = %26
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = sub nsw i32 0, %37
  br label %41

39:                                               ; preds = %26
  %40 = load i32, ptr %7, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %39, %36
  %42 = phi i32 [ %38, %36 ], [ %40, %39 ]
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = add nsw i32 %43, %42
  store i32 %44, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  store i32 0, ptr %6, align 4
  br label %45

45:                                               ; preds = %41, %25
  call void @llvm.lifetime.end.p0(ptr %7) #5
  %46 = load i32, ptr %6, align 4
  switch i32 %46, label %51 [
    i32 0, label %47
  ]

47:                                               ; preds = %45
  br label %48

48:                                               ; preds = %47
  %49 = load i64, ptr %5, align 8, !tbaa !12
  %50 = add i64 %49, 1
  store i64 %50, ptr %5, align 8, !tbaa !12
  br label %10, !llvm.loop !22

51:                                               ; preds = %45, %16
  call void @llvm.lifetime.end.p0(ptr %5) #5
  %52 = load i32, ptr %6, align 4
  switch i32 %52, label %67 [
    i32 2, label %53
  ]

53:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = getelementptr inbounds [20 x i8], ptr %9, i64 0, i64 0
  %56 = call i32 @to_roman(i32 noundef %54, ptr noundef %55) #6
  %57 = icmp slt i32 %56, 0
  br i1 %57, label %63, label %58

58:                                               ; preds = %53
  %59 = getelementptr inbounds [20 x i8], ptr %9, i64 0, i64 0
  %60 = load ptr, ptr %3, align 8, !tbaa !9
  %61 = call i32 @strcmp(ptr noundef %59, ptr noundef %60) #7
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %64

63:                                               ; preds = %58, %53
  store i32 -1, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %66

64:                                               ; preds = %58
  %65 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %65, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %66

66:                                               ; preds = %64, %63
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %67

67:                                               ; preds = %66, %51
  call void @llvm.lifetime.end.p0(ptr %4) #5
  %68 = load i32, ptr %2, align 4
  ret i32 %68
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @sym_value(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !17
  %4 = load i8, ptr %3, align 1, !tbaa !17
  %5 = sext i8 %4 to i32
  switch i32 %5, label %13 [
    i32 73, label %6
    i32 86, label %7
    i32 88, label %8
    i32 76, label %9
    i32 67, label %10
    i32 68, label %11
    i32 77, label %12
  ]

6:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %14

7:                                                ; preds = %1
  store i32 5, ptr %2, align 4
  br label %14

8:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %14

9:                                                ; preds = %1
  store i32 50, ptr %2, align 4
  br label %14

10:                                               ; preds = %1
  store i32 100, ptr %2, align 4
  br label %14

11:                                               ; preds = %1
  store i32 500, ptr %2, align 4
  br label %14

12:                                               ; preds = %1
  store i32 1000, ptr %2, align 4
  br label %14

13:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %14

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [20 x i8], align 16
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [7 x ptr], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i64 0, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %27, %0
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 4000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %30

13:                                               ; preds = %9
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %16 = call i32 @to_roman(i32 noundef %14, ptr noundef %15) #6
  %17 = sext i32 %16 to i64
  %18 = load i64, ptr %3, align 8, !tbaa !12
  %19 = add nsw i64 %18, %17
  store i64 %19, ptr %3, align 8, !tbaa !12
  %20 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %21 = call i32 @from_roman(ptr noundef %20) #6
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = icmp eq i32 %21, %22
  %24 = zext i1 %23 to i32
  %25 = load i32, ptr %4, align 4, !tbaa !5
  %26 = add nsw i32 %25, %24
  store i32 %26, ptr %4, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %13
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !23

30:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %6, ptr align 16 @__const.main.bad, i64 56, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %45, %30
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = icmp slt i32 %32, 7
  br i1 %33, label %35, label %34

34:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %48

35:                                               ; preds = %31
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [7 x ptr], ptr %6, i64 0, i64 %37
  %39 = load ptr, ptr %38, align 8, !tbaa !9
  %40 = call i32 @from_roman(ptr noundef %39) #6
  %41 = icmp slt i32 %40, 0
  %42 = zext i1 %41 to i32
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = add nsw i32 %43, %42
  store i32 %44, ptr %7, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %35
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %8, align 4, !tbaa !5
  br label %31, !llvm.loop !24

48:                                               ; preds = %34
  %49 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %50 = call i32 @to_roman(i32 noundef 3888, ptr noundef %49) #6
  %51 = load i32, ptr %4, align 4, !tbaa !5
  %52 = load i64, ptr %3, align 8, !tbaa !12
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %55 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %51, i64 noundef %52, i32 noundef %53, ptr noundef %54) #6
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }

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
!14 = !{!15, !6, i64 0}
!15 = !{!"", !6, i64 0, !10, i64 8}
!16 = !{!15, !10, i64 8}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = distinct !{!21, !19}
!22 = distinct !{!22, !19}
!23 = distinct !{!23, !19}
!24 = distinct !{!24, !19}
