; ModuleID = 'trie.c'
source_filename = "trie.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.trie_node = type { [26 x ptr], i32, i32 }

@main.prefixes = internal global [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"tra\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"plou\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"grea\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.6 = private unnamed_addr constant [57 x i8] c"unique=%d total=%d hits=%d prefix=%d agree=%d auto=%08x\0A\00", align 1
@make_word.onsets = internal global [10 x ptr] [ptr @.str.3, ptr @.str.7, ptr @.str.8, ptr @.str, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14], align 16
@.str.7 = private unnamed_addr constant [2 x i8] c"c\00", align 1
@.str.8 = private unnamed_addr constant [2 x i8] c"d\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"tr\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"pl\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"gr\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"m\00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"n\00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"s\00", align 1
@make_word.vowels = internal global [7 x ptr] [ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21], align 16
@.str.15 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"e\00", align 1
@.str.17 = private unnamed_addr constant [2 x i8] c"i\00", align 1
@.str.18 = private unnamed_addr constant [2 x i8] c"o\00", align 1
@.str.19 = private unnamed_addr constant [2 x i8] c"u\00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"ea\00", align 1
@.str.21 = private unnamed_addr constant [3 x i8] c"ou\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @trie_insert(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %10, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %11 = load ptr, ptr %5, align 8, !tbaa !12
  store ptr %11, ptr %7, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %53, %2
  %13 = load ptr, ptr %7, align 8, !tbaa !12
  %14 = load i8, ptr %13, align 1, !tbaa !14
  %15 = icmp ne i8 %14, 0
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  store i32 2, ptr %8, align 4
  br label %56

17:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %18 = load ptr, ptr %7, align 8, !tbaa !12
  %19 = load i8, ptr %18, align 1, !tbaa !14
  %20 = sext i8 %19 to i32
  %21 = sub nsw i32 %20, 97
  store i32 %21, ptr %9, align 4, !tbaa !5
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %17
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = icmp sge i32 %25, 26
  br i1 %26, label %27, label %28

27:                                               ; preds = %24, %17
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %50

28:                                               ; preds = %24
  %29 = load ptr, ptr %6, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.trie_node, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [26 x ptr], ptr %30, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = icmp ne ptr %34, null
  br i1 %35, label %43, label %36

36:                                               ; preds = %28
  %37 = call ptr @node_alloc() #9
  %38 = load ptr, ptr %6, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.trie_node, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [26 x ptr], ptr %39, i64 0, i64 %41
  store ptr %37, ptr %42, align 8, !tbaa !9
  br label %43

43:                                               ; preds = %36, %28
  %44 = load ptr, ptr %6, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.trie_node, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [26 x ptr], ptr %45, i64 0, i64 %47
  %49 = load ptr, ptr %48, align 8, !tbaa !9
  store ptr %49, ptr %6, align 8, !tbaa !9
  store i32 0, ptr %8, align 4
  br label %50

50:                                               ; preds = %43, %27
  call void @llvm.lifetime.end.p0(ptr %9) #8
  %51 = load i32, ptr %8, align 4
  switch i32 %51, label %56 [
    i32 0, label %52
  ]

52:                                               ; preds = %50
  br label %53

53:                                               ; preds = %52
  %54 = load ptr, ptr %7, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw i8, ptr %54, i32 1
  store ptr %55, ptr %7, align 8, !tbaa !12
  br label %12, !llvm.loop !15

56:                                               ; preds = %50, %16
  call void @llvm.lifetime.end.p0(ptr %7) #8
  %57 = load i32, ptr %8, align 4
  switch i32 %57, label %94 [
    i32 2, label %58
  ]

58:                                               ; preds = %56
  %59 = load ptr, ptr %6, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.trie_node, ptr %59, i32 0, i32 1
  %61 = load i32, ptr %60, align 8, !tbaa !17
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %64

63:                                               ; preds = %58
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %94

64:                                               ; preds = %58
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.trie_node, ptr %65, i32 0, i32 1
  store i32 1, ptr %66, align 8, !tbaa !17
  %67 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %67, ptr %6, align 8, !tbaa !9
  %68 = load ptr, ptr %6, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.trie_node, ptr %68, i32 0, i32 2
  %70 = load i32, ptr %69, align 4, !tbaa !19
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %69, align 4, !tbaa !19
  br label %72

72:                                               ; preds = %90, %64
  %73 = load ptr, ptr %5, align 8, !tbaa !12
  %74 = load i8, ptr %73, align 1, !tbaa !14
  %75 = icmp ne i8 %74, 0
  br i1 %75, label %76, label %93

76:                                               ; preds = %72
  %77 = load ptr, ptr %6, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.trie_node, ptr %77, i32 0, i32 0
  %79 = load ptr, ptr %5, align 8, !tbaa !12
  %80 = load i8, ptr %79, align 1, !tbaa !14
  %81 = sext i8 %80 to i32
  %82 = sub nsw i32 %81, 97
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [26 x ptr], ptr %78, i64 0, i64 %83
  %85 = load ptr, ptr %84, align 8, !tbaa !9
  store ptr %85, ptr %6, align 8, !tbaa !9
  %86 = load ptr, ptr %6, align 8, !tbaa !9
  %87 = getelementptr inbounds nuw %struct.trie_node, ptr %86, i32 0, i32 2
  %88 = load i32, ptr %87, align 4, !tbaa !19
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %87, align 4, !tbaa !19
  br label %90

90:                                               ; preds = %76
  %91 = load ptr, ptr %5, align 8, !tbaa !12
  %92 = getelementptr inbounds nuw i8, ptr %91, i32 1
  store ptr %92, ptr %5, align 8, !tbaa !12
  br label %72, !llvm.loop !20

93:                                               ; preds = %72
  store i32 1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %94

94:                                               ; preds = %93, %63, %56
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %95 = load i32, ptr %3, align 4
  ret i32 %95
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @node_alloc() #0 {
  %1 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #8
  %2 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 216) #10
  store ptr %2, ptr %1, align 8, !tbaa !9
  %3 = load ptr, ptr %1, align 8, !tbaa !9
  %4 = icmp ne ptr %3, null
  br i1 %4, label %6, label %5

5:                                                ; preds = %0
  call void @abort() #11
  unreachable

6:                                                ; preds = %0
  %7 = load ptr, ptr %1, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %1) #8
  ret ptr %7
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @trie_contains(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = load ptr, ptr %4, align 8, !tbaa !12
  %8 = call ptr @walk(ptr noundef %6, ptr noundef %7) #9
  store ptr %8, ptr %5, align 8, !tbaa !9
  %9 = load ptr, ptr %5, align 8, !tbaa !9
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %16

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.trie_node, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8, !tbaa !17
  %15 = icmp ne i32 %14, 0
  br label %16

16:                                               ; preds = %11, %2
  %17 = phi i1 [ false, %2 ], [ %15, %11 ]
  %18 = zext i1 %17 to i32
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret i32 %18
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @walk(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %39, %2
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %16

11:                                               ; preds = %8
  %12 = load ptr, ptr %5, align 8, !tbaa !12
  %13 = load i8, ptr %12, align 1, !tbaa !14
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 0
  br label %16

16:                                               ; preds = %11, %8
  %17 = phi i1 [ false, %8 ], [ %15, %11 ]
  br i1 %17, label %18, label %42

18:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %19 = load ptr, ptr %5, align 8, !tbaa !12
  %20 = load i8, ptr %19, align 1, !tbaa !14
  %21 = sext i8 %20 to i32
  %22 = sub nsw i32 %21, 97
  store i32 %22, ptr %6, align 4, !tbaa !5
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = icmp slt i32 %23, 0
  br i1 %24, label %28, label %25

25:                                               ; preds = %18
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = icmp sge i32 %26, 26
  br i1 %27, label %28, label %29

28:                                               ; preds = %25, %18
  store ptr null, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %36

29:                                               ; preds = %25
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.trie_node, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [26 x ptr], ptr %31, i64 0, i64 %33
  %35 = load ptr, ptr %34, align 8, !tbaa !9
  store ptr %35, ptr %4, align 8, !tbaa !9
  store i32 0, ptr %7, align 4
  br label %36

36:                                               ; preds = %29, %28
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %37 = load i32, ptr %7, align 4
  switch i32 %37, label %46 [
    i32 0, label %38
    i32 1, label %44
  ]

38:                                               ; preds = %36
  br label %39

39:                                               ; preds = %38
  %40 = load ptr, ptr %5, align 8, !tbaa !12
  %41 = getelementptr inbounds nuw i8, ptr %40, i32 1
  store ptr %41, ptr %5, align 8, !tbaa !12
  br label %8, !llvm.loop !21

42:                                               ; preds = %16
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %43, ptr %3, align 8
  br label %44

44:                                               ; preds = %42, %36
  %45 = load ptr, ptr %3, align 8
  ret ptr %45

46:                                               ; preds = %36
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @trie_count_prefix(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = load ptr, ptr %4, align 8, !tbaa !12
  %7 = call ptr @walk(ptr noundef %5, ptr noundef %6) #9
  %8 = call i32 @count_words(ptr noundef %7) #9
  ret i32 %8
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_words(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = icmp ne ptr %6, null
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %32

9:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.trie_node, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8, !tbaa !17
  store i32 %12, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %27, %9
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 26
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %30

17:                                               ; preds = %13
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.trie_node, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [26 x ptr], ptr %19, i64 0, i64 %21
  %23 = load ptr, ptr %22, align 8, !tbaa !9
  %24 = call i32 @count_words(ptr noundef %23) #9
  %25 = load i32, ptr %4, align 4, !tbaa !5
  %26 = add nsw i32 %25, %24
  store i32 %26, ptr %4, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %17
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %5, align 4, !tbaa !5
  br label %13, !llvm.loop !22

30:                                               ; preds = %16
  %31 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %31, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %32

32:                                               ; preds = %30, %8
  %33 = load i32, ptr %2, align 4
  ret i32 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @trie_autocomplete(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca [32 x i8], align 16
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = load ptr, ptr %6, align 8, !tbaa !12
  %15 = call ptr @walk(ptr noundef %13, ptr noundef %14) #9
  store ptr %15, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  %16 = load ptr, ptr %9, align 8, !tbaa !9
  %17 = icmp ne ptr %16, null
  br i1 %17, label %19, label %18

18:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %31

19:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %20 = load ptr, ptr %6, align 8, !tbaa !12
  %21 = call i64 @strlen(ptr noundef %20) #12
  %22 = trunc i64 %21 to i32
  store i32 %22, ptr %12, align 4, !tbaa !5
  %23 = getelementptr inbounds [32 x i8], ptr %8, i64 0, i64 0
  %24 = load ptr, ptr %6, align 8, !tbaa !12
  %25 = load i32, ptr %12, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %23, ptr align 1 %24, i64 %26, i1 false)
  %27 = load ptr, ptr %9, align 8, !tbaa !9
  %28 = getelementptr inbounds [32 x i8], ptr %8, i64 0, i64 0
  %29 = load i32, ptr %12, align 4, !tbaa !5
  call void @collect(ptr noundef %27, ptr noundef %28, i32 noundef %29, ptr noundef %7, ptr noundef %10) #9
  %30 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %30, ptr %4, align 4
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %31

31:                                               ; preds = %19, %18
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %32 = load i32, ptr %4, align 4
  ret i32 %32
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @collect(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !12
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !23
  store ptr %4, ptr %10, align 8, !tbaa !23
  %13 = load ptr, ptr %9, align 8, !tbaa !23
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = icmp sle i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %5
  br label %96

17:                                               ; preds = %5
  %18 = load ptr, ptr %6, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.trie_node, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 8, !tbaa !17
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %22, label %51

22:                                               ; preds = %17
  %23 = load ptr, ptr %7, align 8, !tbaa !12
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i8, ptr %23, i64 %25
  store i8 0, ptr %26, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %44, %22
  %28 = load i32, ptr %11, align 4, !tbaa !5
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  call void @llvm.lifetime.end.p0(ptr %11) #8
  br label %47

32:                                               ; preds = %27
  %33 = load ptr, ptr %10, align 8, !tbaa !23
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = mul i32 %34, 31
  %36 = load ptr, ptr %7, align 8, !tbaa !12
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %36, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !14
  %41 = zext i8 %40 to i32
  %42 = add i32 %35, %41
  %43 = load ptr, ptr %10, align 8, !tbaa !23
  store i32 %42, ptr %43, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %32
  %45 = load i32, ptr %11, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %11, align 4, !tbaa !5
  br label %27, !llvm.loop !25

47:                                               ; preds = %31
  %48 = load ptr, ptr %9, align 8, !tbaa !23
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = add nsw i32 %49, -1
  store i32 %50, ptr %48, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %47, %17
  call void @llvm.lifetime.start.p0(ptr %12) #8
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %52

52:                                               ; preds = %93, %51
  %53 = load i32, ptr %12, align 4, !tbaa !5
  %54 = icmp slt i32 %53, 26
  br i1 %54, label %55, label %59

55:                                               ; preds = %52
  %56 = load ptr, ptr %9, align 8, !tbaa !23
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = icmp sgt i32 %57, 0
  br label %59

59:                                               ; preds = %55, %52
  %60 = phi i1 [ false, %52 ], [ %58, %55 ]
  br i1 %60, label %62, label %61

61:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %96

62:                                               ; preds = %59
  %63 = load ptr, ptr %6, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw %struct.trie_node, ptr %63, i32 0, i32 0
  %65 = load i32, ptr %12, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [26 x ptr], ptr %64, i64 0, i64 %66
  %68 = load ptr, ptr %67, align 8, !tbaa !9
  %69 = icmp ne ptr %68, null
  br i1 %69, label %70, label %92

70:                                               ; preds = %62
  %71 = load i32, ptr %8, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 30
  br i1 %72, label %73, label %92

73:                                               ; preds = %70
  %74 = load i32, ptr %12, align 4, !tbaa !5
  %75 = add nsw i32 97, %74
  %76 = trunc i32 %75 to i8
  %77 = load ptr, ptr %7, align 8, !tbaa !12
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds i8, ptr %77, i64 %79
  store i8 %76, ptr %80, align 1, !tbaa !14
  %81 = load ptr, ptr %6, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.trie_node, ptr %81, i32 0, i32 0
  %83 = load i32, ptr %12, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [26 x ptr], ptr %82, i64 0, i64 %84
  %86 = load ptr, ptr %85, align 8, !tbaa !9
  %87 = load ptr, ptr %7, align 8, !tbaa !12
  %88 = load i32, ptr %8, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  %90 = load ptr, ptr %9, align 8, !tbaa !23
  %91 = load ptr, ptr %10, align 8, !tbaa !23
  call void @collect(ptr noundef %86, ptr noundef %87, i32 noundef %89, ptr noundef %90, ptr noundef %91) #9
  br label %92

92:                                               ; preds = %73, %70, %62
  br label %93

93:                                               ; preds = %92
  %94 = load i32, ptr %12, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %12, align 4, !tbaa !5
  br label %52, !llvm.loop !26

96:                                               ; preds = %16, %61
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [32 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  %14 = call ptr @node_alloc() #9
  store ptr %14, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 2024, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %26, %0
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 8000
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %29

19:                                               ; preds = %15
  %20 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  call void @make_word(ptr noundef %20, ptr noundef %4) #9
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %23 = call i32 @trie_insert(ptr noundef %21, ptr noundef %22) #9
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = add nsw i32 %24, %23
  store i32 %25, ptr %5, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %19
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %6, align 4, !tbaa !5
  br label %15, !llvm.loop !27

29:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  store i32 2024, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %47, %29
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = icmp slt i32 %31, 8000
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %50

34:                                               ; preds = %30
  %35 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  call void @make_word(ptr noundef %35, ptr noundef %4) #9
  %36 = load ptr, ptr %2, align 8, !tbaa !9
  %37 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %38 = call i32 @trie_contains(ptr noundef %36, ptr noundef %37) #9
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = add nsw i32 %39, %38
  store i32 %40, ptr %7, align 4, !tbaa !5
  %41 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  store i8 122, ptr %41, align 16, !tbaa !14
  %42 = load ptr, ptr %2, align 8, !tbaa !9
  %43 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %44 = call i32 @trie_contains(ptr noundef %42, ptr noundef %43) #9
  %45 = load i32, ptr %7, align 4, !tbaa !5
  %46 = add nsw i32 %45, %44
  store i32 %46, ptr %7, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %34
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %8, align 4, !tbaa !5
  br label %30, !llvm.loop !28

50:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #8
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %87, %50
  %52 = load i32, ptr %12, align 4, !tbaa !5
  %53 = icmp slt i32 %52, 6
  br i1 %53, label %55, label %54

54:                                               ; preds = %51
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %90

55:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %56 = load ptr, ptr %2, align 8, !tbaa !9
  %57 = load i32, ptr %12, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [6 x ptr], ptr @main.prefixes, i64 0, i64 %58
  %60 = load ptr, ptr %59, align 8, !tbaa !12
  %61 = call i32 @trie_count_prefix(ptr noundef %56, ptr noundef %60) #9
  store i32 %61, ptr %13, align 4, !tbaa !5
  %62 = load i32, ptr %13, align 4, !tbaa !5
  %63 = load ptr, ptr %2, align 8, !tbaa !9
  %64 = load i32, ptr %12, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [6 x ptr], ptr @main.prefixes, i64 0, i64 %65
  %67 = load ptr, ptr %66, align 8, !tbaa !12
  %68 = call i32 @prefix_count_fast(ptr noundef %63, ptr noundef %67) #9
  %69 = icmp eq i32 %62, %68
  %70 = zext i1 %69 to i32
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = add nsw i32 %71, %70
  store i32 %72, ptr %11, align 4, !tbaa !5
  %73 = load i32, ptr %10, align 4, !tbaa !5
  %74 = mul nsw i32 %73, 3
  %75 = load i32, ptr %13, align 4, !tbaa !5
  %76 = add nsw i32 %74, %75
  store i32 %76, ptr %10, align 4, !tbaa !5
  %77 = load ptr, ptr %2, align 8, !tbaa !9
  %78 = load i32, ptr %12, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [6 x ptr], ptr @main.prefixes, i64 0, i64 %79
  %81 = load ptr, ptr %80, align 8, !tbaa !12
  %82 = call i32 @trie_autocomplete(ptr noundef %77, ptr noundef %81, i32 noundef 10) #9
  %83 = load i32, ptr %12, align 4, !tbaa !5
  %84 = add i32 %82, %83
  %85 = load i32, ptr %9, align 4, !tbaa !5
  %86 = xor i32 %85, %84
  store i32 %86, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #8
  br label %87

87:                                               ; preds = %55
  %88 = load i32, ptr %12, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %12, align 4, !tbaa !5
  br label %51, !llvm.loop !29

90:                                               ; preds = %54
  %91 = load i32, ptr %5, align 4, !tbaa !5
  %92 = load ptr, ptr %2, align 8, !tbaa !9
  %93 = call i32 @count_words(ptr noundef %92) #9
  %94 = load i32, ptr %7, align 4, !tbaa !5
  %95 = load i32, ptr %10, align 4, !tbaa !5
  %96 = load i32, ptr %11, align 4, !tbaa !5
  %97 = load i32, ptr %9, align 4, !tbaa !5
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %91, i32 noundef %93, i32 noundef %94, i32 noundef %95, i32 noundef %96, i32 noundef %97) #9
  %99 = load ptr, ptr %2, align 8, !tbaa !9
  call void @trie_free(ptr noundef %99) #9
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_word(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !12
  store ptr %1, ptr %4, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  %10 = load ptr, ptr %4, align 8, !tbaa !23
  %11 = load i32, ptr %10, align 4, !tbaa !5
  %12 = mul i32 %11, 1103515245
  %13 = add i32 %12, 12345
  %14 = load ptr, ptr %4, align 8, !tbaa !23
  store i32 %13, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %15 = load ptr, ptr %4, align 8, !tbaa !23
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = lshr i32 %16, 16
  %18 = urem i32 %17, 3
  %19 = add nsw i32 1, %18
  store i32 %19, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %73, %2
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %76

25:                                               ; preds = %20
  %26 = load ptr, ptr %4, align 8, !tbaa !23
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = mul i32 %27, 1103515245
  %29 = add i32 %28, 12345
  %30 = load ptr, ptr %4, align 8, !tbaa !23
  store i32 %29, ptr %30, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %31 = load ptr, ptr %4, align 8, !tbaa !23
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = lshr i32 %32, 16
  %34 = urem i32 %33, 10
  %35 = zext i32 %34 to i64
  %36 = getelementptr inbounds nuw [10 x ptr], ptr @make_word.onsets, i64 0, i64 %35
  %37 = load ptr, ptr %36, align 8, !tbaa !12
  store ptr %37, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %38 = load ptr, ptr %4, align 8, !tbaa !23
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = lshr i32 %39, 8
  %41 = urem i32 %40, 7
  %42 = zext i32 %41 to i64
  %43 = getelementptr inbounds nuw [7 x ptr], ptr @make_word.vowels, i64 0, i64 %42
  %44 = load ptr, ptr %43, align 8, !tbaa !12
  store ptr %44, ptr %9, align 8, !tbaa !12
  br label %45

45:                                               ; preds = %49, %25
  %46 = load ptr, ptr %8, align 8, !tbaa !12
  %47 = load i8, ptr %46, align 1, !tbaa !14
  %48 = icmp ne i8 %47, 0
  br i1 %48, label %49, label %58

49:                                               ; preds = %45
  %50 = load ptr, ptr %8, align 8, !tbaa !12
  %51 = getelementptr inbounds nuw i8, ptr %50, i32 1
  store ptr %51, ptr %8, align 8, !tbaa !12
  %52 = load i8, ptr %50, align 1, !tbaa !14
  %53 = load ptr, ptr %3, align 8, !tbaa !12
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %5, align 4, !tbaa !5
  %56 = sext i32 %54 to i64
  %57 = getelementptr inbounds i8, ptr %53, i64 %56
  store i8 %52, ptr %57, align 1, !tbaa !14
  br label %45, !llvm.loop !30

58:                                               ; preds = %45
  br label %59

59:                                               ; preds = %63, %58
  %60 = load ptr, ptr %9, align 8, !tbaa !12
  %61 = load i8, ptr %60, align 1, !tbaa !14
  %62 = icmp ne i8 %61, 0
  br i1 %62, label %63, label %72

63:                                               ; preds = %59
  %64 = load ptr, ptr %9, align 8, !tbaa !12
  %65 = getelementptr inbounds nuw i8, ptr %64, i32 1
  store ptr %65, ptr %9, align 8, !tbaa !12
  %66 = load i8, ptr %64, align 1, !tbaa !14
  %67 = load ptr, ptr %3, align 8, !tbaa !12
  %68 = load i32, ptr %5, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %5, align 4, !tbaa !5
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds i8, ptr %67, i64 %70
  store i8 %66, ptr %71, align 1, !tbaa !14
  br label %59, !llvm.loop !31

72:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %7, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %7, align 4, !tbaa !5
  br label %20, !llvm.loop !32

76:                                               ; preds = %24
  %77 = load ptr, ptr %4, align 8, !tbaa !23
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = lshr i32 %78, 4
  %80 = and i32 %79, 1
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %82, label %88

82:                                               ; preds = %76
  %83 = load ptr, ptr %3, align 8, !tbaa !12
  %84 = load i32, ptr %5, align 4, !tbaa !5
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %5, align 4, !tbaa !5
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds i8, ptr %83, i64 %86
  store i8 115, ptr %87, align 1, !tbaa !14
  br label %88

88:                                               ; preds = %82, %76
  %89 = load ptr, ptr %3, align 8, !tbaa !12
  %90 = load i32, ptr %5, align 4, !tbaa !5
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds i8, ptr %89, i64 %91
  store i8 0, ptr %92, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @prefix_count_fast(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = load ptr, ptr %4, align 8, !tbaa !12
  %8 = call ptr @walk(ptr noundef %6, ptr noundef %7) #9
  store ptr %8, ptr %5, align 8, !tbaa !9
  %9 = load ptr, ptr %5, align 8, !tbaa !9
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %15

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.trie_node, ptr %12, i32 0, i32 2
  %14 = load i32, ptr %13, align 4, !tbaa !19
  br label %16

15:                                               ; preds = %2
  br label %16

16:                                               ; preds = %15, %11
  %17 = phi i32 [ %14, %11 ], [ 0, %15 ]
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret i32 %17
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @trie_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = icmp ne ptr %4, null
  br i1 %5, label %7, label %6

6:                                                ; preds = %1
  br label %24

7:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %19, %7
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 26
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  br label %22

12:                                               ; preds = %8
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.trie_node, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [26 x ptr], ptr %14, i64 0, i64 %16
  %18 = load ptr, ptr %17, align 8, !tbaa !9
  call void @trie_free(ptr noundef %18) #9
  br label %19

19:                                               ; preds = %12
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %3, align 4, !tbaa !5
  br label %8, !llvm.loop !33

22:                                               ; preds = %11
  %23 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %23) #13
  br label %24

24:                                               ; preds = %22, %6
  ret void
}

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

; Function Attrs: minsize noreturn nounwind optsize
declare void @abort() #6

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize allocsize(0,1) }
attributes #11 = { minsize noreturn nounwind optsize }
attributes #12 = { minsize nounwind optsize willreturn memory(read) }
attributes #13 = { minsize nounwind optsize }

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
!10 = !{!"p1 _ZTS9trie_node", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !6, i64 208}
!18 = !{!"trie_node", !7, i64 0, !6, i64 208, !6, i64 212}
!19 = !{!18, !6, i64 212}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 int", !11, i64 0}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = distinct !{!30, !16}
!31 = distinct !{!31, !16}
!32 = distinct !{!32, !16}
!33 = distinct !{!33, !16}
