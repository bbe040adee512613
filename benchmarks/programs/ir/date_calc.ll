; ModuleID = 'date_calc.c'
source_filename = "date_calc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.date = type { i32, i32, i32 }

@days_in_month.dm = internal constant [12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], align 16
@month_abbr = internal constant [12 x ptr] [ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22], align 16
@main.inputs = internal global [10 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9], align 16
@.str = private unnamed_addr constant [11 x i8] c"2024-02-29\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"2023-02-29\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"01 Jan 2000\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"31 Dec 1999\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"2021-01-03\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"15 Oct 1582\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"1999-13-01\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"29 Feb 2100\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"2026-12-31\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"04 Jul 1976\00", align 1
@.str.10 = private unnamed_addr constant [45 x i8] c"bad=%ld valid=%d weeks=%d hash=%08x last=%s\0A\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"Jan\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"Feb\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"Mar\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"Apr\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"May\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"Jun\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"Jul\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"Aug\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"Sep\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"Oct\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"Nov\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"Dec\00", align 1
@.str.23 = private unnamed_addr constant [16 x i8] c"%s %02d %s %04d\00", align 1
@weekday_abbr = internal constant [7 x ptr] [ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30], align 16
@.str.24 = private unnamed_addr constant [4 x i8] c"Mon\00", align 1
@.str.25 = private unnamed_addr constant [4 x i8] c"Tue\00", align 1
@.str.26 = private unnamed_addr constant [4 x i8] c"Wed\00", align 1
@.str.27 = private unnamed_addr constant [4 x i8] c"Thu\00", align 1
@.str.28 = private unnamed_addr constant [4 x i8] c"Fri\00", align 1
@.str.29 = private unnamed_addr constant [4 x i8] c"Sat\00", align 1
@.str.30 = private unnamed_addr constant [4 x i8] c"Sun\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @days_in_month(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, 2
  br i1 %6, label %7, label %12

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = call i32 @is_leap(i32 noundef %8) #8
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %7
  br label %18

12:                                               ; preds = %7, %2
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = sub nsw i32 %13, 1
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [12 x i32], ptr @days_in_month.dm, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %12, %11
  %19 = phi i32 [ 29, %11 ], [ %17, %12 ]
  ret i32 %19
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @is_leap(i32 noundef %0) #1 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = srem i32 %3, 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = srem i32 %7, 100
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %14, label %10

10:                                               ; preds = %6, %1
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = srem i32 %11, 400
  %13 = icmp eq i32 %12, 0
  br label %14

14:                                               ; preds = %10, %6
  %15 = phi i1 [ true, %6 ], [ %13, %10 ]
  %16 = zext i1 %15 to i32
  ret i32 %16
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @days_from_civil(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = icmp sle i32 %11, 2
  %13 = zext i1 %12 to i32
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = sub nsw i32 %14, %13
  store i32 %15, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = icmp sge i32 %16, 0
  br i1 %17, label %18, label %20

18:                                               ; preds = %3
  %19 = load i32, ptr %4, align 4, !tbaa !5
  br label %23

20:                                               ; preds = %3
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sub nsw i32 %21, 399
  br label %23

23:                                               ; preds = %20, %18
  %24 = phi i32 [ %19, %18 ], [ %22, %20 ]
  %25 = sdiv i32 %24, 400
  %26 = sext i32 %25 to i64
  store i64 %26, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = load i64, ptr %7, align 8, !tbaa !9
  %30 = mul nsw i64 %29, 400
  %31 = sub nsw i64 %28, %30
  store i64 %31, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = icmp sgt i32 %33, 2
  %35 = zext i1 %34 to i64
  %36 = select i1 %34, i32 -3, i32 9
  %37 = add nsw i32 %32, %36
  %38 = mul nsw i32 153, %37
  %39 = add nsw i32 %38, 2
  %40 = sdiv i32 %39, 5
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = add nsw i32 %40, %41
  %43 = sub nsw i32 %42, 1
  %44 = sext i32 %43 to i64
  store i64 %44, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #9
  %45 = load i64, ptr %8, align 8, !tbaa !9
  %46 = mul nsw i64 %45, 365
  %47 = load i64, ptr %8, align 8, !tbaa !9
  %48 = sdiv i64 %47, 4
  %49 = add nsw i64 %46, %48
  %50 = load i64, ptr %8, align 8, !tbaa !9
  %51 = sdiv i64 %50, 100
  %52 = sub nsw i64 %49, %51
  %53 = load i64, ptr %9, align 8, !tbaa !9
  %54 = add nsw i64 %52, %53
  store i64 %54, ptr %10, align 8, !tbaa !9
  %55 = load i64, ptr %7, align 8, !tbaa !9
  %56 = mul nsw i64 %55, 146097
  %57 = load i64, ptr %10, align 8, !tbaa !9
  %58 = add nsw i64 %56, %57
  %59 = sub nsw i64 %58, 719468
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  ret i64 %59
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local { i64, i32 } @civil_from_days(i64 noundef %0) #0 {
  %2 = alloca %struct.date, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca { i64, i32 }, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  %11 = load i64, ptr %3, align 8, !tbaa !9
  %12 = add nsw i64 %11, 719468
  store i64 %12, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %13 = load i64, ptr %3, align 8, !tbaa !9
  %14 = icmp sge i64 %13, 0
  br i1 %14, label %15, label %17

15:                                               ; preds = %1
  %16 = load i64, ptr %3, align 8, !tbaa !9
  br label %20

17:                                               ; preds = %1
  %18 = load i64, ptr %3, align 8, !tbaa !9
  %19 = sub nsw i64 %18, 146096
  br label %20

20:                                               ; preds = %17, %15
  %21 = phi i64 [ %16, %15 ], [ %19, %17 ]
  %22 = sdiv i64 %21, 146097
  store i64 %22, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %23 = load i64, ptr %3, align 8, !tbaa !9
  %24 = load i64, ptr %4, align 8, !tbaa !9
  %25 = mul nsw i64 %24, 146097
  %26 = sub nsw i64 %23, %25
  store i64 %26, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %27 = load i64, ptr %5, align 8, !tbaa !9
  %28 = load i64, ptr %5, align 8, !tbaa !9
  %29 = sdiv i64 %28, 1460
  %30 = sub nsw i64 %27, %29
  %31 = load i64, ptr %5, align 8, !tbaa !9
  %32 = sdiv i64 %31, 36524
  %33 = add nsw i64 %30, %32
  %34 = load i64, ptr %5, align 8, !tbaa !9
  %35 = sdiv i64 %34, 146096
  %36 = sub nsw i64 %33, %35
  %37 = sdiv i64 %36, 365
  store i64 %37, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %38 = load i64, ptr %6, align 8, !tbaa !9
  %39 = load i64, ptr %4, align 8, !tbaa !9
  %40 = mul nsw i64 %39, 400
  %41 = add nsw i64 %38, %40
  store i64 %41, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %42 = load i64, ptr %5, align 8, !tbaa !9
  %43 = load i64, ptr %6, align 8, !tbaa !9
  %44 = mul nsw i64 365, %43
  %45 = load i64, ptr %6, align 8, !tbaa !9
  %46 = sdiv i64 %45, 4
  %47 = add nsw i64 %44, %46
  %48 = load i64, ptr %6, align 8, !tbaa !9
  %49 = sdiv i64 %48, 100
  %50 = sub nsw i64 %47, %49
  %51 = sub nsw i64 %42, %50
  store i64 %51, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %52 = load i64, ptr %8, align 8, !tbaa !9
  %53 = mul nsw i64 5, %52
  %54 = add nsw i64 %53, 2
  %55 = sdiv i64 %54, 153
  store i64 %55, ptr %9, align 8, !tbaa !9
  %56 = load i64, ptr %8, align 8, !tbaa !9
  %57 = load i64, ptr %9, align 8, !tbaa !9
  %58 = mul nsw i64 153, %57
  %59 = add nsw i64 %58, 2
  %60 = sdiv i64 %59, 5
  %61 = sub nsw i64 %56, %60
  %62 = add nsw i64 %61, 1
  %63 = trunc i64 %62 to i32
  %64 = getelementptr inbounds nuw %struct.date, ptr %2, i32 0, i32 2
  store i32 %63, ptr %64, align 4, !tbaa !11
  %65 = load i64, ptr %9, align 8, !tbaa !9
  %66 = icmp slt i64 %65, 10
  br i1 %66, label %67, label %70

67:                                               ; preds = %20
  %68 = load i64, ptr %9, align 8, !tbaa !9
  %69 = add nsw i64 %68, 3
  br label %73

70:                                               ; preds = %20
  %71 = load i64, ptr %9, align 8, !tbaa !9
  %72 = sub nsw i64 %71, 9
  br label %73

73:                                               ; preds = %70, %67
  %74 = phi i64 [ %69, %67 ], [ %72, %70 ]
  %75 = trunc i64 %74 to i32
  %76 = getelementptr inbounds nuw %struct.date, ptr %2, i32 0, i32 1
  store i32 %75, ptr %76, align 4, !tbaa !13
  %77 = load i64, ptr %7, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.date, ptr %2, i32 0, i32 1
  %79 = load i32, ptr %78, align 4, !tbaa !13
  %80 = icmp sle i32 %79, 2
  %81 = zext i1 %80 to i32
  %82 = sext i32 %81 to i64
  %83 = add nsw i64 %77, %82
  %84 = trunc i64 %83 to i32
  %85 = getelementptr inbounds nuw %struct.date, ptr %2, i32 0, i32 0
  store i32 %84, ptr %85, align 4, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 4 %2, i64 12, i1 false)
  %86 = load { i64, i32 }, ptr %10, align 8
  ret { i64, i32 } %86
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @iso_week(i64 %0, i32 %1, ptr noundef %2) #0 {
  %4 = alloca %struct.date, align 4
  %5 = alloca { i64, i32 }, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca %struct.date, align 4
  %11 = alloca { i64, i32 }, align 8
  %12 = alloca { i64, i32 }, align 4
  %13 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %13, align 4
  %14 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 1
  store i32 %1, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false)
  store ptr %2, ptr %6, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %15 = getelementptr inbounds nuw %struct.date, ptr %4, i32 0, i32 0
  %16 = load i32, ptr %15, align 4, !tbaa !14
  %17 = getelementptr inbounds nuw %struct.date, ptr %4, i32 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !13
  %19 = getelementptr inbounds nuw %struct.date, ptr %4, i32 0, i32 2
  %20 = load i32, ptr %19, align 4, !tbaa !11
  %21 = call i64 @days_from_civil(i32 noundef %16, i32 noundef %18, i32 noundef %20) #8
  store i64 %21, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %22 = load i64, ptr %7, align 8, !tbaa !9
  %23 = call i32 @weekday(i64 noundef %22) #8
  store i32 %23, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %24 = load i64, ptr %7, align 8, !tbaa !9
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = sub nsw i64 %24, %26
  %28 = add nsw i64 %27, 3
  store i64 %28, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #9
  %29 = load i64, ptr %9, align 8, !tbaa !9
  %30 = call { i64, i32 } @civil_from_days(i64 noundef %29) #8
  store { i64, i32 } %30, ptr %11, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 8 %11, i64 12, i1 false)
  %31 = getelementptr inbounds nuw %struct.date, ptr %10, i32 0, i32 0
  %32 = load i32, ptr %31, align 4, !tbaa !14
  %33 = load ptr, ptr %6, align 8, !tbaa !15
  store i32 %32, ptr %33, align 4, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %10, i64 12, i1 false)
  %34 = getelementptr inbounds nuw { i64, i32 }, ptr %12, i32 0, i32 0
  %35 = load i64, ptr %34, align 4
  %36 = getelementptr inbounds nuw { i64, i32 }, ptr %12, i32 0, i32 1
  %37 = load i32, ptr %36, align 4
  %38 = call i32 @day_of_year(i64 %35, i32 %37) #8
  %39 = sub nsw i32 %38, 1
  %40 = sdiv i32 %39, 7
  %41 = add nsw i32 %40, 1
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  ret i32 %41
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @weekday(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %4 = load i64, ptr %2, align 8, !tbaa !9
  %5 = add nsw i64 %4, 3
  %6 = srem i64 %5, 7
  store i64 %6, ptr %3, align 8, !tbaa !9
  %7 = load i64, ptr %3, align 8, !tbaa !9
  %8 = icmp slt i64 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %1
  %10 = load i64, ptr %3, align 8, !tbaa !9
  %11 = add nsw i64 %10, 7
  br label %14

12:                                               ; preds = %1
  %13 = load i64, ptr %3, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %11, %9 ], [ %13, %12 ]
  %16 = trunc i64 %15 to i32
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %16
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @day_of_year(i64 %0, i32 %1) #0 {
  %3 = alloca %struct.date, align 4
  %4 = alloca { i64, i32 }, align 4
  %5 = getelementptr inbounds nuw { i64, i32 }, ptr %4, i32 0, i32 0
  store i64 %0, ptr %5, align 4
  %6 = getelementptr inbounds nuw { i64, i32 }, ptr %4, i32 0, i32 1
  store i32 %1, ptr %6, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %4, i64 12, i1 false)
  %7 = getelementptr inbounds nuw %struct.date, ptr %3, i32 0, i32 0
  %8 = load i32, ptr %7, align 4, !tbaa !14
  %9 = getelementptr inbounds nuw %struct.date, ptr %3, i32 0, i32 1
  %10 = load i32, ptr %9, align 4, !tbaa !13
  %11 = getelementptr inbounds nuw %struct.date, ptr %3, i32 0, i32 2
  %12 = load i32, ptr %11, align 4, !tbaa !11
  %13 = call i64 @days_from_civil(i32 noundef %8, i32 noundef %10, i32 noundef %12) #8
  %14 = getelementptr inbounds nuw %struct.date, ptr %3, i32 0, i32 0
  %15 = load i32, ptr %14, align 4, !tbaa !14
  %16 = call i64 @days_from_civil(i32 noundef %15, i32 noundef 1, i32 noundef 1) #8
  %17 = sub nsw i64 %13, %16
  %18 = trunc i64 %17 to i32
  %19 = add nsw i32 %18, 1
  ret i32 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @parse_date(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !18
  store ptr %1, ptr %5, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %9 = load ptr, ptr %4, align 8, !tbaa !18
  store ptr %9, ptr %6, align 8, !tbaa !18
  %10 = load ptr, ptr %4, align 8, !tbaa !18
  %11 = call i64 @strlen(ptr noundef %10) #10
  %12 = icmp eq i64 %11, 10
  br i1 %12, label %13, label %39

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !tbaa !18
  %15 = getelementptr inbounds i8, ptr %14, i64 4
  %16 = load i8, ptr %15, align 1, !tbaa !22
  %17 = sext i8 %16 to i32
  %18 = icmp eq i32 %17, 45
  br i1 %18, label %19, label %39

19:                                               ; preds = %13
  %20 = load ptr, ptr %4, align 8, !tbaa !18
  %21 = getelementptr inbounds i8, ptr %20, i64 7
  %22 = load i8, ptr %21, align 1, !tbaa !22
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 45
  br i1 %24, label %25, label %39

25:                                               ; preds = %19
  %26 = call i32 @parse_num(ptr noundef %6, i32 noundef 4) #8
  %27 = load ptr, ptr %5, align 8, !tbaa !20
  %28 = getelementptr inbounds nuw %struct.date, ptr %27, i32 0, i32 0
  store i32 %26, ptr %28, align 4, !tbaa !14
  %29 = load ptr, ptr %6, align 8, !tbaa !18
  %30 = getelementptr inbounds nuw i8, ptr %29, i32 1
  store ptr %30, ptr %6, align 8, !tbaa !18
  %31 = call i32 @parse_num(ptr noundef %6, i32 noundef 2) #8
  %32 = load ptr, ptr %5, align 8, !tbaa !20
  %33 = getelementptr inbounds nuw %struct.date, ptr %32, i32 0, i32 1
  store i32 %31, ptr %33, align 4, !tbaa !13
  %34 = load ptr, ptr %6, align 8, !tbaa !18
  %35 = getelementptr inbounds nuw i8, ptr %34, i32 1
  store ptr %35, ptr %6, align 8, !tbaa !18
  %36 = call i32 @parse_num(ptr noundef %6, i32 noundef 2) #8
  %37 = load ptr, ptr %5, align 8, !tbaa !20
  %38 = getelementptr inbounds nuw %struct.date, ptr %37, i32 0, i32 2
  store i32 %36, ptr %38, align 4, !tbaa !11
  br label %91

39:                                               ; preds = %19, %13, %2
  %40 = load ptr, ptr %4, align 8, !tbaa !18
  %41 = call i64 @strlen(ptr noundef %40) #10
  %42 = icmp eq i64 %41, 11
  br i1 %42, label %43, label %89

43:                                               ; preds = %39
  %44 = load ptr, ptr %4, align 8, !tbaa !18
  %45 = getelementptr inbounds i8, ptr %44, i64 2
  %46 = load i8, ptr %45, align 1, !tbaa !22
  %47 = sext i8 %46 to i32
  %48 = icmp eq i32 %47, 32
  br i1 %48, label %49, label %89

49:                                               ; preds = %43
  %50 = load ptr, ptr %4, align 8, !tbaa !18
  %51 = getelementptr inbounds i8, ptr %50, i64 6
  %52 = load i8, ptr %51, align 1, !tbaa !22
  %53 = sext i8 %52 to i32
  %54 = icmp eq i32 %53, 32
  br i1 %54, label %55, label %89

55:                                               ; preds = %49
  %56 = call i32 @parse_num(ptr noundef %6, i32 noundef 2) #8
  %57 = load ptr, ptr %5, align 8, !tbaa !20
  %58 = getelementptr inbounds nuw %struct.date, ptr %57, i32 0, i32 2
  store i32 %56, ptr %58, align 4, !tbaa !11
  %59 = load ptr, ptr %5, align 8, !tbaa !20
  %60 = getelementptr inbounds nuw %struct.date, ptr %59, i32 0, i32 1
  store i32 0, ptr %60, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %80, %55
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = icmp slt i32 %62, 12
  br i1 %63, label %65, label %64

64:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %83

65:                                               ; preds = %61
  %66 = load ptr, ptr %4, align 8, !tbaa !18
  %67 = getelementptr inbounds i8, ptr %66, i64 3
  %68 = load i32, ptr %7, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [12 x ptr], ptr @month_abbr, i64 0, i64 %69
  %71 = load ptr, ptr %70, align 8, !tbaa !18
  %72 = call i32 @strncmp(ptr noundef %67, ptr noundef %71, i64 noundef 3) #10
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %74, label %79

74:                                               ; preds = %65
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  %77 = load ptr, ptr %5, align 8, !tbaa !20
  %78 = getelementptr inbounds nuw %struct.date, ptr %77, i32 0, i32 1
  store i32 %76, ptr %78, align 4, !tbaa !13
  br label %79

79:                                               ; preds = %74, %65
  br label %80

80:                                               ; preds = %79
  %81 = load i32, ptr %7, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %7, align 4, !tbaa !5
  br label %61, !llvm.loop !23

83:                                               ; preds = %64
  %84 = load ptr, ptr %4, align 8, !tbaa !18
  %85 = getelementptr inbounds i8, ptr %84, i64 7
  store ptr %85, ptr %6, align 8, !tbaa !18
  %86 = call i32 @parse_num(ptr noundef %6, i32 noundef 4) #8
  %87 = load ptr, ptr %5, align 8, !tbaa !20
  %88 = getelementptr inbounds nuw %struct.date, ptr %87, i32 0, i32 0
  store i32 %86, ptr %88, align 4, !tbaa !14
  br label %90

89:                                               ; preds = %49, %43, %39
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %125

90:                                               ; preds = %83
  br label %91

91:                                               ; preds = %90, %25
  %92 = load ptr, ptr %5, align 8, !tbaa !20
  %93 = getelementptr inbounds nuw %struct.date, ptr %92, i32 0, i32 0
  %94 = load i32, ptr %93, align 4, !tbaa !14
  %95 = icmp slt i32 %94, 0
  br i1 %95, label %123, label %96

96:                                               ; preds = %91
  %97 = load ptr, ptr %5, align 8, !tbaa !20
  %98 = getelementptr inbounds nuw %struct.date, ptr %97, i32 0, i32 1
  %99 = load i32, ptr %98, align 4, !tbaa !13
  %100 = icmp slt i32 %99, 1
  br i1 %100, label %123, label %101

101:                                              ; preds = %96
  %102 = load ptr, ptr %5, align 8, !tbaa !20
  %103 = getelementptr inbounds nuw %struct.date, ptr %102, i32 0, i32 1
  %104 = load i32, ptr %103, align 4, !tbaa !13
  %105 = icmp sgt i32 %104, 12
  br i1 %105, label %123, label %106

106:                                              ; preds = %101
  %107 = load ptr, ptr %5, align 8, !tbaa !20
  %108 = getelementptr inbounds nuw %struct.date, ptr %107, i32 0, i32 2
  %109 = load i32, ptr %108, align 4, !tbaa !11
  %110 = icmp slt i32 %109, 1
  br i1 %110, label %123, label %111

111:                                              ; preds = %106
  %112 = load ptr, ptr %5, align 8, !tbaa !20
  %113 = getelementptr inbounds nuw %struct.date, ptr %112, i32 0, i32 2
  %114 = load i32, ptr %113, align 4, !tbaa !11
  %115 = load ptr, ptr %5, align 8, !tbaa !20
  %116 = getelementptr inbounds nuw %struct.date, ptr %115, i32 0, i32 0
  %117 = load i32, ptr %116, align 4, !tbaa !14
  %118 = load ptr, ptr %5, align 8, !tbaa !20
  %119 = getelementptr inbounds nuw %struct.date, ptr %118, i32 0, i32 1
  %120 = load i32, ptr %119, align 4, !tbaa !13
  %121 = call i32 @days_in_month(i32 noundef %117, i32 noundef %120) #8
  %122 = icmp sgt i32 %114, %121
  br i1 %122, label %123, label %124

123:                                              ; preds = %111, %106, %101, %96, %91
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %125

124:                                              ; preds = %111
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %125

125:                                              ; preds = %124, %123, %89
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %126 = load i32, ptr %3, align 4
  ret i32 %126
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_num(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !25
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %40, %2
  %11 = load i32, ptr %7, align 4, !tbaa !5
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  store i32 2, ptr %8, align 4
  br label %43

15:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %16 = load ptr, ptr %4, align 8, !tbaa !25
  %17 = load ptr, ptr %16, align 8, !tbaa !18
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i8, ptr %17, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !22
  store i8 %21, ptr %9, align 1, !tbaa !22
  %22 = load i8, ptr %9, align 1, !tbaa !22
  %23 = sext i8 %22 to i32
  %24 = icmp slt i32 %23, 48
  br i1 %24, label %29, label %25

25:                                               ; preds = %15
  %26 = load i8, ptr %9, align 1, !tbaa !22
  %27 = sext i8 %26 to i32
  %28 = icmp sgt i32 %27, 57
  br i1 %28, label %29, label %30

29:                                               ; preds = %25, %15
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %37

30:                                               ; preds = %25
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = mul nsw i32 %31, 10
  %33 = load i8, ptr %9, align 1, !tbaa !22
  %34 = sext i8 %33 to i32
  %35 = sub nsw i32 %34, 48
  %36 = add nsw i32 %32, %35
  store i32 %36, ptr %6, align 4, !tbaa !5
  store i32 0, ptr %8, align 4
  br label %37

37:                                               ; preds = %30, %29
  call void @llvm.lifetime.end.p0(ptr %9) #9
  %38 = load i32, ptr %8, align 4
  switch i32 %38, label %43 [
    i32 0, label %39
  ]

39:                                               ; preds = %37
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4, !tbaa !5
  br label %10, !llvm.loop !28

43:                                               ; preds = %37, %14
  call void @llvm.lifetime.end.p0(ptr %7) #9
  %44 = load i32, ptr %8, align 4
  switch i32 %44, label %52 [
    i32 2, label %45
  ]

45:                                               ; preds = %43
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = load ptr, ptr %4, align 8, !tbaa !25
  %48 = load ptr, ptr %47, align 8, !tbaa !18
  %49 = sext i32 %46 to i64
  %50 = getelementptr inbounds i8, ptr %48, i64 %49
  store ptr %50, ptr %47, align 8, !tbaa !18
  %51 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %51, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %52

52:                                               ; preds = %45, %43
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %53 = load i32, ptr %3, align 4
  ret i32 %53
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca %struct.date, align 4
  %6 = alloca { i64, i32 }, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [32 x i8], align 16
  %10 = alloca [32 x i8], align 16
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca %struct.date, align 4
  %14 = alloca i32, align 4
  %15 = alloca { i64, i32 }, align 4
  %16 = alloca %struct.date, align 4
  %17 = alloca { i64, i32 }, align 4
  %18 = alloca { i64, i32 }, align 8
  %19 = alloca { i64, i32 }, align 4
  %20 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  store i64 0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %21 = call i64 @days_from_civil(i32 noundef 1800, i32 noundef 1, i32 noundef 1) #8
  store i64 %21, ptr %4, align 8, !tbaa !9
  br label %22

22:                                               ; preds = %57, %0
  %23 = load i64, ptr %4, align 8, !tbaa !9
  %24 = call i64 @days_from_civil(i32 noundef 2200, i32 noundef 1, i32 noundef 1) #8
  %25 = icmp slt i64 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %4) #9
  br label %60

27:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %28 = load i64, ptr %4, align 8, !tbaa !9
  %29 = call { i64, i32 } @civil_from_days(i64 noundef %28) #8
  store { i64, i32 } %29, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 8 %6, i64 12, i1 false)
  %30 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 0
  %31 = load i32, ptr %30, align 4, !tbaa !14
  %32 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 1
  %33 = load i32, ptr %32, align 4, !tbaa !13
  %34 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 2
  %35 = load i32, ptr %34, align 4, !tbaa !11
  %36 = call i64 @days_from_civil(i32 noundef %31, i32 noundef %33, i32 noundef %35) #8
  %37 = load i64, ptr %4, align 8, !tbaa !9
  %38 = icmp ne i64 %36, %37
  br i1 %38, label %39, label %42

39:                                               ; preds = %27
  %40 = load i64, ptr %2, align 8, !tbaa !9
  %41 = add nsw i64 %40, 1
  store i64 %41, ptr %2, align 8, !tbaa !9
  br label %42

42:                                               ; preds = %39, %27
  %43 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 2
  %44 = load i32, ptr %43, align 4, !tbaa !11
  %45 = icmp eq i32 %44, 13
  br i1 %45, label %46, label %56

46:                                               ; preds = %42
  %47 = load i64, ptr %4, align 8, !tbaa !9
  %48 = call i32 @weekday(i64 noundef %47) #8
  %49 = icmp eq i32 %48, 4
  br i1 %49, label %50, label %56

50:                                               ; preds = %46
  %51 = load i32, ptr %3, align 4, !tbaa !5
  %52 = mul i32 %51, 31
  %53 = load i64, ptr %4, align 8, !tbaa !9
  %54 = trunc i64 %53 to i32
  %55 = add i32 %52, %54
  store i32 %55, ptr %3, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %50, %46, %42
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %57

57:                                               ; preds = %56
  %58 = load i64, ptr %4, align 8, !tbaa !9
  %59 = add nsw i64 %58, 1
  store i64 %59, ptr %4, align 8, !tbaa !9
  br label %22, !llvm.loop !29

60:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #9
  call void @llvm.lifetime.start.p0(ptr %10) #9
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %11) #9
  store i64 0, ptr %11, align 8, !tbaa !9
  br label %61

61:                                               ; preds = %118, %60
  %62 = load i64, ptr %11, align 8, !tbaa !9
  %63 = icmp ult i64 %62, 10
  br i1 %63, label %65, label %64

64:                                               ; preds = %61
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #9
  br label %121

65:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %13) #9
  %66 = load i64, ptr %11, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw [10 x ptr], ptr @main.inputs, i64 0, i64 %66
  %68 = load ptr, ptr %67, align 8, !tbaa !18
  %69 = call i32 @parse_date(ptr noundef %68, ptr noundef %13) #8
  %70 = icmp eq i32 %69, 0
  br i1 %70, label %71, label %117

71:                                               ; preds = %65
  %72 = load i32, ptr %7, align 4, !tbaa !5
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #9
  %74 = load i32, ptr %8, align 4, !tbaa !5
  %75 = mul nsw i32 %74, 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %15, ptr align 4 %13, i64 12, i1 false)
  %76 = getelementptr inbounds nuw { i64, i32 }, ptr %15, i32 0, i32 0
  %77 = load i64, ptr %76, align 4
  %78 = getelementptr inbounds nuw { i64, i32 }, ptr %15, i32 0, i32 1
  %79 = load i32, ptr %78, align 4
  %80 = call i32 @iso_week(i64 %77, i32 %79, ptr noundef %14) #8
  %81 = add nsw i32 %75, %80
  %82 = load i32, ptr %14, align 4, !tbaa !5
  %83 = getelementptr inbounds nuw %struct.date, ptr %13, i32 0, i32 0
  %84 = load i32, ptr %83, align 4, !tbaa !14
  %85 = sub nsw i32 %82, %84
  %86 = add nsw i32 %81, %85
  store i32 %86, ptr %8, align 4, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 4 %13, i64 12, i1 false)
  %87 = getelementptr inbounds nuw { i64, i32 }, ptr %17, i32 0, i32 0
  %88 = load i64, ptr %87, align 4
  %89 = getelementptr inbounds nuw { i64, i32 }, ptr %17, i32 0, i32 1
  %90 = load i32, ptr %89, align 4
  %91 = call { i64, i32 } @add_months(i64 %88, i32 %90, i32 noundef 13) #8
  store { i64, i32 } %91, ptr %18, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %16, ptr align 8 %18, i64 12, i1 false)
  %92 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %19, ptr align 4 %16, i64 12, i1 false)
  %93 = getelementptr inbounds nuw { i64, i32 }, ptr %19, i32 0, i32 0
  %94 = load i64, ptr %93, align 4
  %95 = getelementptr inbounds nuw { i64, i32 }, ptr %19, i32 0, i32 1
  %96 = load i32, ptr %95, align 4
  call void @format_date(i64 %94, i32 %96, ptr noundef %92, i64 noundef 32) #8
  %97 = getelementptr inbounds [32 x i8], ptr %10, i64 0, i64 0
  %98 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  %99 = call ptr @strcpy(ptr noundef %97, ptr noundef %98) #11
  call void @llvm.lifetime.start.p0(ptr %20) #9
  %100 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  store ptr %100, ptr %20, align 8, !tbaa !18
  br label %101

101:                                              ; preds = %113, %71
  %102 = load ptr, ptr %20, align 8, !tbaa !18
  %103 = load i8, ptr %102, align 1, !tbaa !22
  %104 = icmp ne i8 %103, 0
  br i1 %104, label %106, label %105

105:                                              ; preds = %101
  store i32 8, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #9
  br label %116

106:                                              ; preds = %101
  %107 = load i32, ptr %3, align 4, !tbaa !5
  %108 = mul i32 %107, 33
  %109 = load ptr, ptr %20, align 8, !tbaa !18
  %110 = load i8, ptr %109, align 1, !tbaa !22
  %111 = zext i8 %110 to i32
  %112 = add i32 %108, %111
  store i32 %112, ptr %3, align 4, !tbaa !5
  br label %113

113:                                              ; preds = %106
  %114 = load ptr, ptr %20, align 8, !tbaa !18
  %115 = getelementptr inbounds nuw i8, ptr %114, i32 1
  store ptr %115, ptr %20, align 8, !tbaa !18
  br label %101, !llvm.loop !30

116:                                              ; preds = %105
  call void @llvm.lifetime.end.p0(ptr %14) #9
  br label %117

117:                                              ; preds = %116, %65
  call void @llvm.lifetime.end.p0(ptr %13) #9
  br label %118

118:                                              ; preds = %117
  %119 = load i64, ptr %11, align 8, !tbaa !9
  %120 = add i64 %119, 1
  store i64 %120, ptr %11, align 8, !tbaa !9
  br label %61, !llvm.loop !31

121:                                              ; preds = %64
  %122 = load i64, ptr %2, align 8, !tbaa !9
  %123 = load i32, ptr %7, align 4, !tbaa !5
  %124 = load i32, ptr %8, align 4, !tbaa !5
  %125 = load i32, ptr %3, align 4, !tbaa !5
  %126 = getelementptr inbounds [32 x i8], ptr %10, i64 0, i64 0
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i64 noundef %122, i32 noundef %123, i32 noundef %124, i32 noundef %125, ptr noundef %126) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  call void @llvm.lifetime.end.p0(ptr %2) #9
  %128 = load i32, ptr %1, align 4
  ret i32 %128
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal void @format_date(i64 %0, i32 %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca %struct.date, align 4
  %6 = alloca { i64, i32 }, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = getelementptr inbounds nuw { i64, i32 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %10, align 4
  %11 = getelementptr inbounds nuw { i64, i32 }, ptr %6, i32 0, i32 1
  store i32 %1, ptr %11, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %6, i64 12, i1 false)
  store ptr %2, ptr %7, align 8, !tbaa !18
  store i64 %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %12 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 0
  %13 = load i32, ptr %12, align 4, !tbaa !14
  %14 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !13
  %16 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 2
  %17 = load i32, ptr %16, align 4, !tbaa !11
  %18 = call i64 @days_from_civil(i32 noundef %13, i32 noundef %15, i32 noundef %17) #8
  store i64 %18, ptr %9, align 8, !tbaa !9
  %19 = load ptr, ptr %7, align 8, !tbaa !18
  %20 = load i64, ptr %8, align 8, !tbaa !9
  %21 = load i64, ptr %9, align 8, !tbaa !9
  %22 = call i32 @weekday(i64 noundef %21) #8
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [7 x ptr], ptr @weekday_abbr, i64 0, i64 %23
  %25 = load ptr, ptr %24, align 8, !tbaa !18
  %26 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 2
  %27 = load i32, ptr %26, align 4, !tbaa !11
  %28 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 1
  %29 = load i32, ptr %28, align 4, !tbaa !13
  %30 = sub nsw i32 %29, 1
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [12 x ptr], ptr @month_abbr, i64 0, i64 %31
  %33 = load ptr, ptr %32, align 8, !tbaa !18
  %34 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 0
  %35 = load i32, ptr %34, align 4, !tbaa !14
  %36 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %19, i64 noundef %20, ptr noundef @.str.23, ptr noundef %25, i32 noundef %27, ptr noundef %33, i32 noundef %35) #11
  call void @llvm.lifetime.end.p0(ptr %9) #9
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, i32 } @add_months(i64 %0, i32 %1, i32 noundef %2) #0 {
  %4 = alloca %struct.date, align 4
  %5 = alloca %struct.date, align 4
  %6 = alloca { i64, i32 }, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca { i64, i32 }, align 8
  %11 = getelementptr inbounds nuw { i64, i32 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %11, align 4
  %12 = getelementptr inbounds nuw { i64, i32 }, ptr %6, i32 0, i32 1
  store i32 %1, ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %6, i64 12, i1 false)
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %13 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 0
  %14 = load i32, ptr %13, align 4, !tbaa !14
  %15 = mul nsw i32 %14, 12
  %16 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !13
  %18 = sub nsw i32 %17, 1
  %19 = add nsw i32 %15, %18
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = add nsw i32 %19, %20
  store i32 %21, ptr %8, align 4, !tbaa !5
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = sdiv i32 %22, 12
  %24 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 0
  store i32 %23, ptr %24, align 4, !tbaa !14
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = srem i32 %25, 12
  %27 = add nsw i32 %26, 1
  %28 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 1
  store i32 %27, ptr %28, align 4, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %29 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 0
  %30 = load i32, ptr %29, align 4, !tbaa !14
  %31 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 1
  %32 = load i32, ptr %31, align 4, !tbaa !13
  %33 = call i32 @days_in_month(i32 noundef %30, i32 noundef %32) #8
  store i32 %33, ptr %9, align 4, !tbaa !5
  %34 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 2
  %35 = load i32, ptr %34, align 4, !tbaa !11
  %36 = load i32, ptr %9, align 4, !tbaa !5
  %37 = icmp sgt i32 %35, %36
  br i1 %37, label %38, label %41

38:                                               ; preds = %3
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = getelementptr inbounds nuw %struct.date, ptr %5, i32 0, i32 2
  store i32 %39, ptr %40, align 4, !tbaa !11
  br label %41

41:                                               ; preds = %38, %3
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false), !tbaa.struct !32
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 4 %4, i64 12, i1 false)
  %42 = load { i64, i32 }, ptr %10, align 8
  ret { i64, i32 } %42
}

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #6

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #7

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { minsize optsize }
attributes #9 = { nounwind }
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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !6, i64 8}
!12 = !{!"date", !6, i64 0, !6, i64 4, !6, i64 8}
!13 = !{!12, !6, i64 4}
!14 = !{!12, !6, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 int", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 omnipotent char", !17, i64 0}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS4date", !17, i64 0}
!22 = !{!7, !7, i64 0}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.mustprogress"}
!25 = !{!26, !26, i64 0}
!26 = !{!"p2 omnipotent char", !27, i64 0}
!27 = !{!"any p2 pointer", !17, i64 0}
!28 = distinct !{!28, !24}
!29 = distinct !{!29, !24}
!30 = distinct !{!30, !24}
!31 = distinct !{!31, !24}
!32 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
