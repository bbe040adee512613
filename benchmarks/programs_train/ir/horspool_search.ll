; ModuleID = 'horspool_search.c'
source_filename = "horspool_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.matcher = type { ptr, i64, [256 x i64], i32 }

@main.text = internal global [60000 x i8] zeroinitializer, align 16
@main.pats = internal global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str = private unnamed_addr constant [7 x i8] c"needle\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"the quick\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"Horspool shift\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"xyz\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"table of the\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"a search\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"text length=%zu\0A\00", align 1
@comparisons = internal global i64 0, align 8
@.str.8 = private unnamed_addr constant [35 x i8] c"%s %-16s horspool=%4d naive=%4d%s\0A\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"ci\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"cs\00", align 1
@.str.11 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"  MISMATCH\00", align 1
@.str.13 = private unnamed_addr constant [40 x i8] c"%s comparisons: horspool=%lu naive=%lu\0A\00", align 1
@make_text.vocab = internal global [19 x ptr] [ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.5, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30], align 16
@.str.14 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"Brown\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"jumps\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.20 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"THE\00", align 1
@.str.22 = private unnamed_addr constant [7 x i8] c"Needle\00", align 1
@.str.23 = private unnamed_addr constant [9 x i8] c"haystack\00", align 1
@.str.24 = private unnamed_addr constant [3 x i8] c"in\00", align 1
@.str.25 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.26 = private unnamed_addr constant [7 x i8] c"search\00", align 1
@.str.27 = private unnamed_addr constant [9 x i8] c"Horspool\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"shift\00", align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"table\00", align 1
@.str.30 = private unnamed_addr constant [3 x i8] c"of\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @make_text(ptr noundef @main.text, i64 noundef 60000) #6
  %9 = call i64 @strlen(ptr noundef @main.text) #7
  %10 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %9) #6
  call void @llvm.lifetime.start.p0(ptr %2) #8
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %63, %0
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = icmp sle i32 %12, 1
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #8
  br label %66

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i64 0, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i64 0, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %16

16:                                               ; preds = %52, %15
  %17 = load i64, ptr %6, align 8, !tbaa !9
  %18 = icmp ult i64 %17, 7
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %55

20:                                               ; preds = %16
  store i64 0, ptr @comparisons, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %21 = load i64, ptr %6, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw [7 x ptr], ptr @main.pats, i64 0, i64 %21
  %23 = load ptr, ptr %22, align 8, !tbaa !11
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = call i32 @horspool_count(ptr noundef %23, ptr noundef @main.text, i32 noundef %24) #6
  store i32 %25, ptr %7, align 4, !tbaa !5
  %26 = load i64, ptr @comparisons, align 8, !tbaa !9
  %27 = load i64, ptr %4, align 8, !tbaa !9
  %28 = add i64 %27, %26
  store i64 %28, ptr %4, align 8, !tbaa !9
  store i64 0, ptr @comparisons, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %29 = load i64, ptr %6, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw [7 x ptr], ptr @main.pats, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !11
  %32 = load i32, ptr %2, align 4, !tbaa !5
  %33 = call i32 @naive_count(ptr noundef %31, ptr noundef @main.text, i32 noundef %32) #6
  store i32 %33, ptr %8, align 4, !tbaa !5
  %34 = load i64, ptr @comparisons, align 8, !tbaa !9
  %35 = load i64, ptr %5, align 8, !tbaa !9
  %36 = add i64 %35, %34
  store i64 %36, ptr %5, align 8, !tbaa !9
  %37 = load i32, ptr %2, align 4, !tbaa !5
  %38 = icmp ne i32 %37, 0
  %39 = zext i1 %38 to i64
  %40 = select i1 %38, ptr @.str.9, ptr @.str.10
  %41 = load i64, ptr %6, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw [7 x ptr], ptr @main.pats, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !11
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = icmp eq i32 %46, %47
  %49 = zext i1 %48 to i64
  %50 = select i1 %48, ptr @.str.11, ptr @.str.12
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %40, ptr noundef %43, i32 noundef %44, i32 noundef %45, ptr noundef %50) #6
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %52

52:                                               ; preds = %20
  %53 = load i64, ptr %6, align 8, !tbaa !9
  %54 = add i64 %53, 1
  store i64 %54, ptr %6, align 8, !tbaa !9
  br label %16, !llvm.loop !14

55:                                               ; preds = %19
  %56 = load i32, ptr %2, align 4, !tbaa !5
  %57 = icmp ne i32 %56, 0
  %58 = zext i1 %57 to i64
  %59 = select i1 %57, ptr @.str.9, ptr @.str.10
  %60 = load i64, ptr %4, align 8, !tbaa !9
  %61 = load i64, ptr %5, align 8, !tbaa !9
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %59, i64 noundef %60, i64 noundef %61) #6
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %63

63:                                               ; preds = %55
  %64 = load i32, ptr %2, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %2, align 4, !tbaa !5
  br label %11, !llvm.loop !16

66:                                               ; preds = %14
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_text(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !11
  store i64 %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 19088743, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %63, %2
  %11 = load i64, ptr %6, align 8, !tbaa !9
  %12 = add i64 %11, 1
  %13 = load i64, ptr %4, align 8, !tbaa !9
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %15, label %64

15:                                               ; preds = %10
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = shl i32 %16, 13
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = xor i32 %18, %17
  store i32 %19, ptr %5, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = lshr i32 %20, 17
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = xor i32 %22, %21
  store i32 %23, ptr %5, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = shl i32 %24, 5
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = xor i32 %26, %25
  store i32 %27, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = zext i32 %28 to i64
  %30 = urem i64 %29, 19
  %31 = getelementptr inbounds nuw [19 x ptr], ptr @make_text.vocab, i64 0, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !11
  store ptr %32, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %33 = load ptr, ptr %7, align 8, !tbaa !11
  %34 = call i64 @strlen(ptr noundef %33) #7
  store i64 %34, ptr %8, align 8, !tbaa !9
  %35 = load i64, ptr %6, align 8, !tbaa !9
  %36 = load i64, ptr %8, align 8, !tbaa !9
  %37 = add i64 %35, %36
  %38 = add i64 %37, 1
  %39 = load i64, ptr %4, align 8, !tbaa !9
  %40 = icmp uge i64 %38, %39
  br i1 %40, label %41, label %42

41:                                               ; preds = %15
  store i32 3, ptr %9, align 4
  br label %61

42:                                               ; preds = %15
  %43 = load ptr, ptr %3, align 8, !tbaa !11
  %44 = load i64, ptr %6, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw i8, ptr %43, i64 %44
  %46 = load ptr, ptr %7, align 8, !tbaa !11
  %47 = load i64, ptr %8, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %45, ptr align 1 %46, i64 %47, i1 false)
  %48 = load i64, ptr %8, align 8, !tbaa !9
  %49 = load i64, ptr %6, align 8, !tbaa !9
  %50 = add i64 %49, %48
  store i64 %50, ptr %6, align 8, !tbaa !9
  %51 = load i32, ptr %5, align 4, !tbaa !5
  %52 = and i32 %51, 768
  %53 = icmp eq i32 %52, 768
  %54 = zext i1 %53 to i64
  %55 = select i1 %53, i32 46, i32 32
  %56 = trunc i32 %55 to i8
  %57 = load ptr, ptr %3, align 8, !tbaa !11
  %58 = load i64, ptr %6, align 8, !tbaa !9
  %59 = add i64 %58, 1
  store i64 %59, ptr %6, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw i8, ptr %57, i64 %58
  store i8 %56, ptr %60, align 1, !tbaa !17
  store i32 0, ptr %9, align 4
  br label %61

61:                                               ; preds = %42, %41
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  %62 = load i32, ptr %9, align 4
  switch i32 %62, label %68 [
    i32 0, label %63
    i32 3, label %64
  ]

63:                                               ; preds = %61
  br label %10, !llvm.loop !18

64:                                               ; preds = %61, %10
  %65 = load ptr, ptr %3, align 8, !tbaa !11
  %66 = load i64, ptr %6, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw i8, ptr %65, i64 %66
  store i8 0, ptr %67, align 1, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret void

68:                                               ; preds = %61
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @horspool_count(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.matcher, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !11
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %12 = load ptr, ptr %5, align 8, !tbaa !11
  %13 = call i64 @strlen(ptr noundef %12) #7
  store i64 %13, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i64 0, ptr %11, align 8, !tbaa !9
  %14 = load ptr, ptr %4, align 8, !tbaa !11
  %15 = load i32, ptr %6, align 4, !tbaa !5
  call void @matcher_init(ptr noundef %7, ptr noundef %14, i32 noundef %15) #6
  br label %16

16:                                               ; preds = %22, %3
  %17 = load ptr, ptr %5, align 8, !tbaa !11
  %18 = load i64, ptr %8, align 8, !tbaa !9
  %19 = load i64, ptr %11, align 8, !tbaa !9
  %20 = call i64 @horspool_find(ptr noundef %7, ptr noundef %17, i64 noundef %18, i64 noundef %19) #6
  store i64 %20, ptr %10, align 8, !tbaa !9
  %21 = icmp sge i64 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %16
  %23 = load i32, ptr %9, align 4, !tbaa !5
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %9, align 4, !tbaa !5
  %25 = load i64, ptr %10, align 8, !tbaa !9
  %26 = add i64 %25, 1
  store i64 %26, ptr %11, align 8, !tbaa !9
  br label %16, !llvm.loop !19

27:                                               ; preds = %16
  %28 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret i32 %28
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @naive_count(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !11
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %12 = load ptr, ptr %4, align 8, !tbaa !11
  %13 = call i64 @strlen(ptr noundef %12) #7
  store i64 %13, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %14 = load ptr, ptr %5, align 8, !tbaa !11
  %15 = call i64 @strlen(ptr noundef %14) #7
  store i64 %15, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i64 0, ptr %10, align 8, !tbaa !9
  br label %16

16:                                               ; preds = %60, %3
  %17 = load i64, ptr %10, align 8, !tbaa !9
  %18 = load i64, ptr %7, align 8, !tbaa !9
  %19 = add i64 %17, %18
  %20 = load i64, ptr %8, align 8, !tbaa !9
  %21 = icmp ule i64 %19, %20
  br i1 %21, label %23, label %22

22:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %10) #8
  br label %63

23:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i64 0, ptr %11, align 8, !tbaa !9
  br label %24

24:                                               ; preds = %49, %23
  %25 = load i64, ptr %11, align 8, !tbaa !9
  %26 = load i64, ptr %7, align 8, !tbaa !9
  %27 = icmp ult i64 %25, %26
  br i1 %27, label %28, label %52

28:                                               ; preds = %24
  %29 = load i64, ptr @comparisons, align 8, !tbaa !9
  %30 = add i64 %29, 1
  store i64 %30, ptr @comparisons, align 8, !tbaa !9
  %31 = load ptr, ptr %5, align 8, !tbaa !11
  %32 = load i64, ptr %10, align 8, !tbaa !9
  %33 = load i64, ptr %11, align 8, !tbaa !9
  %34 = add i64 %32, %33
  %35 = getelementptr inbounds nuw i8, ptr %31, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !17
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = call zeroext i8 @norm(i8 noundef zeroext %36, i32 noundef %37) #6
  %39 = zext i8 %38 to i32
  %40 = load ptr, ptr %4, align 8, !tbaa !11
  %41 = load i64, ptr %11, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %40, i64 %41
  %43 = load i8, ptr %42, align 1, !tbaa !17
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = call zeroext i8 @norm(i8 noundef zeroext %43, i32 noundef %44) #6
  %46 = zext i8 %45 to i32
  %47 = icmp ne i32 %39, %46
  br i1 %47, label %48, label %49

48:                                               ; preds = %28
  br label %52

49:                                               ; preds = %28
  %50 = load i64, ptr %11, align 8, !tbaa !9
  %51 = add i64 %50, 1
  store i64 %51, ptr %11, align 8, !tbaa !9
  br label %24, !llvm.loop !20

52:                                               ; preds = %48, %24
  %53 = load i64, ptr %11, align 8, !tbaa !9
  %54 = load i64, ptr %7, align 8, !tbaa !9
  %55 = icmp eq i64 %53, %54
  br i1 %55, label %56, label %59

56:                                               ; preds = %52
  %57 = load i32, ptr %9, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %9, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %56, %52
  call void @llvm.lifetime.end.p0(ptr %11) #8
  br label %60

60:                                               ; preds = %59
  %61 = load i64, ptr %10, align 8, !tbaa !9
  %62 = add i64 %61, 1
  store i64 %62, ptr %10, align 8, !tbaa !9
  br label %16, !llvm.loop !21

63:                                               ; preds = %22
  %64 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret i32 %64
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @matcher_init(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i8, align 1
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !22
  store ptr %1, ptr %5, align 8, !tbaa !11
  store i32 %2, ptr %6, align 4, !tbaa !5
  %12 = load ptr, ptr %5, align 8, !tbaa !11
  %13 = load ptr, ptr %4, align 8, !tbaa !22
  %14 = getelementptr inbounds nuw %struct.matcher, ptr %13, i32 0, i32 0
  store ptr %12, ptr %14, align 8, !tbaa !24
  %15 = load ptr, ptr %5, align 8, !tbaa !11
  %16 = call i64 @strlen(ptr noundef %15) #7
  %17 = load ptr, ptr %4, align 8, !tbaa !22
  %18 = getelementptr inbounds nuw %struct.matcher, ptr %17, i32 0, i32 1
  store i64 %16, ptr %18, align 8, !tbaa !26
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = load ptr, ptr %4, align 8, !tbaa !22
  %21 = getelementptr inbounds nuw %struct.matcher, ptr %20, i32 0, i32 3
  store i32 %19, ptr %21, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %35, %3
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = icmp slt i32 %23, 256
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %38

26:                                               ; preds = %22
  %27 = load ptr, ptr %4, align 8, !tbaa !22
  %28 = getelementptr inbounds nuw %struct.matcher, ptr %27, i32 0, i32 1
  %29 = load i64, ptr %28, align 8, !tbaa !26
  %30 = load ptr, ptr %4, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.matcher, ptr %30, i32 0, i32 2
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x i64], ptr %31, i64 0, i64 %33
  store i64 %29, ptr %34, align 8, !tbaa !9
  br label %35

35:                                               ; preds = %26
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %7, align 4, !tbaa !5
  br label %22, !llvm.loop !28

38:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i64 0, ptr %8, align 8, !tbaa !9
  br label %39

39:                                               ; preds = %90, %38
  %40 = load i64, ptr %8, align 8, !tbaa !9
  %41 = add i64 %40, 1
  %42 = load ptr, ptr %4, align 8, !tbaa !22
  %43 = getelementptr inbounds nuw %struct.matcher, ptr %42, i32 0, i32 1
  %44 = load i64, ptr %43, align 8, !tbaa !26
  %45 = icmp ult i64 %41, %44
  br i1 %45, label %47, label %46

46:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %93

47:                                               ; preds = %39
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %48 = load ptr, ptr %4, align 8, !tbaa !22
  %49 = getelementptr inbounds nuw %struct.matcher, ptr %48, i32 0, i32 0
  %50 = load ptr, ptr %49, align 8, !tbaa !24
  %51 = load i64, ptr %8, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw i8, ptr %50, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !17
  %54 = load i32, ptr %6, align 4, !tbaa !5
  %55 = call zeroext i8 @norm(i8 noundef zeroext %53, i32 noundef %54) #6
  store i8 %55, ptr %9, align 1, !tbaa !17
  %56 = load ptr, ptr %4, align 8, !tbaa !22
  %57 = getelementptr inbounds nuw %struct.matcher, ptr %56, i32 0, i32 1
  %58 = load i64, ptr %57, align 8, !tbaa !26
  %59 = sub i64 %58, 1
  %60 = load i64, ptr %8, align 8, !tbaa !9
  %61 = sub i64 %59, %60
  %62 = load ptr, ptr %4, align 8, !tbaa !22
  %63 = getelementptr inbounds nuw %struct.matcher, ptr %62, i32 0, i32 2
  %64 = load i8, ptr %9, align 1, !tbaa !17
  %65 = zext i8 %64 to i64
  %66 = getelementptr inbounds nuw [256 x i64], ptr %63, i64 0, i64 %65
  store i64 %61, ptr %66, align 8, !tbaa !9
  %67 = load i32, ptr %6, align 4, !tbaa !5
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %69, label %89

69:                                               ; preds = %47
  %70 = load ptr, ptr %4, align 8, !tbaa !22
  %71 = getelementptr inbounds nuw %struct.matcher, ptr %70, i32 0, i32 1
  %72 = load i64, ptr %71, align 8, !tbaa !26
  %73 = sub i64 %72, 1
  %74 = load i64, ptr %8, align 8, !tbaa !9
  %75 = sub i64 %73, %74
  %76 = load ptr, ptr %4, align 8, !tbaa !22
  %77 = getelementptr inbounds nuw %struct.matcher, ptr %76, i32 0, i32 2
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %78 = call ptr @__ctype_toupper_loc() #9
  %79 = load ptr, ptr %78, align 8, !tbaa !29
  %80 = load i8, ptr %9, align 1, !tbaa !17
  %81 = zext i8 %80 to i32
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i32, ptr %79, i64 %82
  %84 = load i32, ptr %83, align 4, !tbaa !5
  store i32 %84, ptr %10, align 4, !tbaa !5
  %85 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %85, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %86 = load i32, ptr %11, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [256 x i64], ptr %77, i64 0, i64 %87
  store i64 %75, ptr %88, align 8, !tbaa !9
  br label %89

89:                                               ; preds = %69, %47
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %90

90:                                               ; preds = %89
  %91 = load i64, ptr %8, align 8, !tbaa !9
  %92 = add i64 %91, 1
  store i64 %92, ptr %8, align 8, !tbaa !9
  br label %39, !llvm.loop !31

93:                                               ; preds = %46
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @horspool_find(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !22
  store ptr %1, ptr %7, align 8, !tbaa !11
  store i64 %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %14 = load ptr, ptr %6, align 8, !tbaa !22
  %15 = getelementptr inbounds nuw %struct.matcher, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !26
  store i64 %16, ptr %10, align 8, !tbaa !9
  %17 = load i64, ptr %10, align 8, !tbaa !9
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %23, label %19

19:                                               ; preds = %4
  %20 = load i64, ptr %8, align 8, !tbaa !9
  %21 = load i64, ptr %10, align 8, !tbaa !9
  %22 = icmp ult i64 %20, %21
  br i1 %22, label %23, label %24

23:                                               ; preds = %19, %4
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %94

24:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %25 = load i64, ptr %9, align 8, !tbaa !9
  store i64 %25, ptr %12, align 8, !tbaa !9
  br label %26

26:                                               ; preds = %91, %24
  %27 = load i64, ptr %12, align 8, !tbaa !9
  %28 = load i64, ptr %10, align 8, !tbaa !9
  %29 = add i64 %27, %28
  %30 = load i64, ptr %8, align 8, !tbaa !9
  %31 = icmp ule i64 %29, %30
  br i1 %31, label %32, label %92

32:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %33 = load i64, ptr %10, align 8, !tbaa !9
  store i64 %33, ptr %13, align 8, !tbaa !9
  br label %34

34:                                               ; preds = %66, %32
  %35 = load i64, ptr %13, align 8, !tbaa !9
  %36 = icmp ugt i64 %35, 0
  br i1 %36, label %37, label %69

37:                                               ; preds = %34
  %38 = load i64, ptr @comparisons, align 8, !tbaa !9
  %39 = add i64 %38, 1
  store i64 %39, ptr @comparisons, align 8, !tbaa !9
  %40 = load ptr, ptr %7, align 8, !tbaa !11
  %41 = load i64, ptr %12, align 8, !tbaa !9
  %42 = load i64, ptr %13, align 8, !tbaa !9
  %43 = add i64 %41, %42
  %44 = sub i64 %43, 1
  %45 = getelementptr inbounds nuw i8, ptr %40, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !17
  %47 = load ptr, ptr %6, align 8, !tbaa !22
  %48 = getelementptr inbounds nuw %struct.matcher, ptr %47, i32 0, i32 3
  %49 = load i32, ptr %48, align 8, !tbaa !27
  %50 = call zeroext i8 @norm(i8 noundef zeroext %46, i32 noundef %49) #6
  %51 = zext i8 %50 to i32
  %52 = load ptr, ptr %6, align 8, !tbaa !22
  %53 = getelementptr inbounds nuw %struct.matcher, ptr %52, i32 0, i32 0
  %54 = load ptr, ptr %53, align 8, !tbaa !24
  %55 = load i64, ptr %13, align 8, !tbaa !9
  %56 = sub i64 %55, 1
  %57 = getelementptr inbounds nuw i8, ptr %54, i64 %56
  %58 = load i8, ptr %57, align 1, !tbaa !17
  %59 = load ptr, ptr %6, align 8, !tbaa !22
  %60 = getelementptr inbounds nuw %struct.matcher, ptr %59, i32 0, i32 3
  %61 = load i32, ptr %60, align 8, !tbaa !27
  %62 = call zeroext i8 @norm(i8 noundef zeroext %58, i32 noundef %61) #6
  %63 = zext i8 %62 to i32
  %64 = icmp ne i32 %51, %63
  br i1 %64, label %65, label %66

65:                                               ; preds = %37
  br label %69

66:                                               ; preds = %37
  %67 = load i64, ptr %13, align 8, !tbaa !9
  %68 = add i64 %67, -1
  store i64 %68, ptr %13, align 8, !tbaa !9
  br label %34, !llvm.loop !32

69:                                               ; preds = %65, %34
  %70 = load i64, ptr %13, align 8, !tbaa !9
  %71 = icmp eq i64 %70, 0
  br i1 %71, label %72, label %74

72:                                               ; preds = %69
  %73 = load i64, ptr %12, align 8, !tbaa !9
  store i64 %73, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %89

74:                                               ; preds = %69
  %75 = load ptr, ptr %6, align 8, !tbaa !22
  %76 = getelementptr inbounds nuw %struct.matcher, ptr %75, i32 0, i32 2
  %77 = load ptr, ptr %7, align 8, !tbaa !11
  %78 = load i64, ptr %12, align 8, !tbaa !9
  %79 = load i64, ptr %10, align 8, !tbaa !9
  %80 = add i64 %78, %79
  %81 = sub i64 %80, 1
  %82 = getelementptr inbounds nuw i8, ptr %77, i64 %81
  %83 = load i8, ptr %82, align 1, !tbaa !17
  %84 = zext i8 %83 to i64
  %85 = getelementptr inbounds nuw [256 x i64], ptr %76, i64 0, i64 %84
  %86 = load i64, ptr %85, align 8, !tbaa !9
  %87 = load i64, ptr %12, align 8, !tbaa !9
  %88 = add i64 %87, %86
  store i64 %88, ptr %12, align 8, !tbaa !9
  store i32 0, ptr %11, align 4
  br label %89

89:                                               ; preds = %74, %72
  call void @llvm.lifetime.end.p0(ptr %13) #8
  %90 = load i32, ptr %11, align 4
  switch i32 %90, label %93 [
    i32 0, label %91
  ]

91:                                               ; preds = %89
  br label %26, !llvm.loop !33

92:                                               ; preds = %26
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %93

93:                                               ; preds = %92, %89
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %94

94:                                               ; preds = %93, %23
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %95 = load i64, ptr %5, align 8
  ret i64 %95
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @norm(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !17
  store i32 %1, ptr %4, align 4, !tbaa !5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %21

9:                                                ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %10 = call ptr @__ctype_tolower_loc() #9
  %11 = load ptr, ptr %10, align 8, !tbaa !29
  %12 = load i8, ptr %3, align 1, !tbaa !17
  %13 = zext i8 %12 to i32
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i32, ptr %11, i64 %14
  %16 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %16, ptr %5, align 4, !tbaa !5
  %17 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %17, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #8
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = trunc i32 %18 to i8
  %20 = zext i8 %19 to i32
  br label %24

21:                                               ; preds = %2
  %22 = load i8, ptr %3, align 1, !tbaa !17
  %23 = zext i8 %22 to i32
  br label %24

24:                                               ; preds = %21, %9
  %25 = phi i32 [ %20, %9 ], [ %23, %21 ]
  %26 = trunc i32 %25 to i8
  ret i8 %26
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_toupper_loc() #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }

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
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 _ZTS7matcher", !13, i64 0}
!24 = !{!25, !12, i64 0}
!25 = !{!"matcher", !12, i64 0, !10, i64 8, !7, i64 16, !6, i64 2064}
!26 = !{!25, !10, i64 8}
!27 = !{!25, !6, i64 2064}
!28 = distinct !{!28, !15}
!29 = !{!30, !30, i64 0}
!30 = !{!"p1 int", !13, i64 0}
!31 = distinct !{!31, !15}
!32 = distinct !{!32, !15}
!33 = distinct !{!33, !15}
