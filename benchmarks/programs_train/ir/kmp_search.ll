; ModuleID = 'kmp_search.c'
source_filename = "kmp_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.patterns = internal global [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str = private unnamed_addr constant [8 x i8] c"GATTACA\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"AAAA\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"ACGT\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"TTTT\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"CAGATTACAG\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"AACAAC\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"GGGCCC\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c"A\00", align 1
@text = internal global [60001 x i8] zeroinitializer, align 16
@.str.8 = private unnamed_addr constant [11 x i8] c"%-11s %6zu\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c" @%zu\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.11 = private unnamed_addr constant [32 x i8] c"kmp/naive agree on %d patterns\0A\00", align 1
@main.fpats = internal global [5 x ptr] [ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16], align 16
@.str.12 = private unnamed_addr constant [3 x i8] c"aa\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"bb\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"abaab\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"aabaa\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"babaabab\00", align 1
@fibword = internal global [20001 x i8] zeroinitializer, align 16
@.str.17 = private unnamed_addr constant [17 x i8] c"fib %-9s %5zu%s\0A\00", align 1
@.str.18 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.19 = private unnamed_addr constant [10 x i8] c" MISMATCH\00", align 1
@main.words = internal global [5 x ptr] [ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24], align 16
@.str.20 = private unnamed_addr constant [10 x i8] c"abcabcabc\00", align 1
@.str.21 = private unnamed_addr constant [8 x i8] c"abababa\00", align 1
@.str.22 = private unnamed_addr constant [10 x i8] c"aabaabaab\00", align 1
@.str.23 = private unnamed_addr constant [5 x i8] c"abcd\00", align 1
@.str.24 = private unnamed_addr constant [7 x i8] c"zzzzzz\00", align 1
@.str.25 = private unnamed_addr constant [9 x i8] c"periods:\00", align 1
@.str.26 = private unnamed_addr constant [8 x i8] c" %s=%zu\00", align 1
@make_dna.bases = internal constant [4 x i8] c"ACGT", align 1
@make_dna.motif = internal constant [15 x i8] c"GATTACAGATTACA\00", align 1
@make_fibword.tmp = internal global [20001 x i8] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @kmp_count(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3, i64 noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  store ptr %0, ptr %7, align 8, !tbaa !9
  store i64 %1, ptr %8, align 8, !tbaa !12
  store ptr %2, ptr %9, align 8, !tbaa !9
  store ptr %3, ptr %10, align 8, !tbaa !14
  store i64 %4, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %18 = load ptr, ptr %9, align 8, !tbaa !9
  %19 = call i64 @strlen(ptr noundef %18) #8
  store i64 %19, ptr %12, align 8, !tbaa !12
  %20 = load i64, ptr %12, align 8, !tbaa !12
  %21 = icmp eq i64 %20, 0
  br i1 %21, label %26, label %22

22:                                               ; preds = %5
  %23 = load i64, ptr %12, align 8, !tbaa !12
  %24 = load i64, ptr %8, align 8, !tbaa !12
  %25 = icmp ugt i64 %23, %24
  br i1 %25, label %26, label %27

26:                                               ; preds = %22, %5
  store i64 0, ptr %6, align 8
  store i32 1, ptr %13, align 4
  br label %116

27:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %28 = load i64, ptr %12, align 8, !tbaa !12
  %29 = mul i64 %28, 4
  %30 = call noalias ptr @malloc(i64 noundef %29) #9
  store ptr %30, ptr %14, align 8, !tbaa !16
  %31 = load ptr, ptr %14, align 8, !tbaa !16
  %32 = icmp ne ptr %31, null
  br i1 %32, label %34, label %33

33:                                               ; preds = %27
  store i64 0, ptr %6, align 8
  store i32 1, ptr %13, align 4
  br label %115

34:                                               ; preds = %27
  %35 = load ptr, ptr %9, align 8, !tbaa !9
  %36 = load i64, ptr %12, align 8, !tbaa !12
  %37 = load ptr, ptr %14, align 8, !tbaa !16
  call void @build_failure(ptr noundef %35, i64 noundef %36, ptr noundef %37) #10
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i64 0, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #7
  store i64 0, ptr %16, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %17) #7
  store i64 0, ptr %17, align 8, !tbaa !12
  br label %38

38:                                               ; preds = %109, %34
  %39 = load i64, ptr %17, align 8, !tbaa !12
  %40 = load i64, ptr %8, align 8, !tbaa !12
  %41 = icmp ult i64 %39, %40
  br i1 %41, label %43, label %42

42:                                               ; preds = %38
  store i32 2, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %112

43:                                               ; preds = %38
  br label %44

44:                                               ; preds = %61, %43
  %45 = load i64, ptr %16, align 8, !tbaa !12
  %46 = icmp ugt i64 %45, 0
  br i1 %46, label %47, label %59

47:                                               ; preds = %44
  %48 = load ptr, ptr %7, align 8, !tbaa !9
  %49 = load i64, ptr %17, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw i8, ptr %48, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !18
  %52 = sext i8 %51 to i32
  %53 = load ptr, ptr %9, align 8, !tbaa !9
  %54 = load i64, ptr %16, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw i8, ptr %53, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !18
  %57 = sext i8 %56 to i32
  %58 = icmp ne i32 %52, %57
  br label %59

59:                                               ; preds = %47, %44
  %60 = phi i1 [ false, %44 ], [ %58, %47 ]
  br i1 %60, label %61, label %68

61:                                               ; preds = %59
  %62 = load ptr, ptr %14, align 8, !tbaa !16
  %63 = load i64, ptr %16, align 8, !tbaa !12
  %64 = sub i64 %63, 1
  %65 = getelementptr inbounds nuw i32, ptr %62, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  store i64 %67, ptr %16, align 8, !tbaa !12
  br label %44, !llvm.loop !19

68:                                               ; preds = %59
  %69 = load ptr, ptr %7, align 8, !tbaa !9
  %70 = load i64, ptr %17, align 8, !tbaa !12
  %71 = getelementptr inbounds nuw i8, ptr %69, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !18
  %73 = sext i8 %72 to i32
  %74 = load ptr, ptr %9, align 8, !tbaa !9
  %75 = load i64, ptr %16, align 8, !tbaa !12
  %76 = getelementptr inbounds nuw i8, ptr %74, i64 %75
  %77 = load i8, ptr %76, align 1, !tbaa !18
  %78 = sext i8 %77 to i32
  %79 = icmp eq i32 %73, %78
  br i1 %79, label %80, label %83

80:                                               ; preds = %68
  %81 = load i64, ptr %16, align 8, !tbaa !12
  %82 = add i64 %81, 1
  store i64 %82, ptr %16, align 8, !tbaa !12
  br label %83

83:                                               ; preds = %80, %68
  %84 = load i64, ptr %16, align 8, !tbaa !12
  %85 = load i64, ptr %12, align 8, !tbaa !12
  %86 = icmp eq i64 %84, %85
  br i1 %86, label %87, label %108

87:                                               ; preds = %83
  %88 = load i64, ptr %15, align 8, !tbaa !12
  %89 = load i64, ptr %11, align 8, !tbaa !12
  %90 = icmp ult i64 %88, %89
  br i1 %90, label %91, label %99

91:                                               ; preds = %87
  %92 = load i64, ptr %17, align 8, !tbaa !12
  %93 = add i64 %92, 1
  %94 = load i64, ptr %12, align 8, !tbaa !12
  %95 = sub i64 %93, %94
  %96 = load ptr, ptr %10, align 8, !tbaa !14
  %97 = load i64, ptr %15, align 8, !tbaa !12
  %98 = getelementptr inbounds nuw i64, ptr %96, i64 %97
  store i64 %95, ptr %98, align 8, !tbaa !12
  br label %99

99:                                               ; preds = %91, %87
  %100 = load i64, ptr %15, align 8, !tbaa !12
  %101 = add i64 %100, 1
  store i64 %101, ptr %15, align 8, !tbaa !12
  %102 = load ptr, ptr %14, align 8, !tbaa !16
  %103 = load i64, ptr %12, align 8, !tbaa !12
  %104 = sub i64 %103, 1
  %105 = getelementptr inbounds nuw i32, ptr %102, i64 %104
  %106 = load i32, ptr %105, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  store i64 %107, ptr %16, align 8, !tbaa !12
  br label %108

108:                                              ; preds = %99, %83
  br label %109

109:                                              ; preds = %108
  %110 = load i64, ptr %17, align 8, !tbaa !12
  %111 = add i64 %110, 1
  store i64 %111, ptr %17, align 8, !tbaa !12
  br label %38, !llvm.loop !21

112:                                              ; preds = %42
  %113 = load ptr, ptr %14, align 8, !tbaa !16
  call void @free(ptr noundef %113) #11
  %114 = load i64, ptr %15, align 8, !tbaa !12
  store i64 %114, ptr %6, align 8
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #7
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %115

115:                                              ; preds = %112, %33
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %116

116:                                              ; preds = %115, %26
  call void @llvm.lifetime.end.p0(ptr %12) #7
  %117 = load i64, ptr %6, align 8
  ret i64 %117
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @build_failure(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !16
  %9 = load ptr, ptr %6, align 8, !tbaa !16
  %10 = getelementptr inbounds i32, ptr %9, i64 0
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 1, ptr %8, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %62, %3
  %12 = load i64, ptr %8, align 8, !tbaa !12
  %13 = load i64, ptr %5, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %65

16:                                               ; preds = %11
  br label %17

17:                                               ; preds = %34, %16
  %18 = load i64, ptr %7, align 8, !tbaa !12
  %19 = icmp ugt i64 %18, 0
  br i1 %19, label %20, label %32

20:                                               ; preds = %17
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i8, ptr %21, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !18
  %25 = sext i8 %24 to i32
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !18
  %30 = sext i8 %29 to i32
  %31 = icmp ne i32 %25, %30
  br label %32

32:                                               ; preds = %20, %17
  %33 = phi i1 [ false, %17 ], [ %31, %20 ]
  br i1 %33, label %34, label %41

34:                                               ; preds = %32
  %35 = load ptr, ptr %6, align 8, !tbaa !16
  %36 = load i64, ptr %7, align 8, !tbaa !12
  %37 = sub i64 %36, 1
  %38 = getelementptr inbounds nuw i32, ptr %35, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  store i64 %40, ptr %7, align 8, !tbaa !12
  br label %17, !llvm.loop !22

41:                                               ; preds = %32
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = load i64, ptr %8, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw i8, ptr %42, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !18
  %46 = sext i8 %45 to i32
  %47 = load ptr, ptr %4, align 8, !tbaa !9
  %48 = load i64, ptr %7, align 8, !tbaa !12
  %49 = getelementptr inbounds nuw i8, ptr %47, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !18
  %51 = sext i8 %50 to i32
  %52 = icmp eq i32 %46, %51
  br i1 %52, label %53, label %56

53:                                               ; preds = %41
  %54 = load i64, ptr %7, align 8, !tbaa !12
  %55 = add i64 %54, 1
  store i64 %55, ptr %7, align 8, !tbaa !12
  br label %56

56:                                               ; preds = %53, %41
  %57 = load i64, ptr %7, align 8, !tbaa !12
  %58 = trunc i64 %57 to i32
  %59 = load ptr, ptr %6, align 8, !tbaa !16
  %60 = load i64, ptr %8, align 8, !tbaa !12
  %61 = getelementptr inbounds nuw i32, ptr %59, i64 %60
  store i32 %58, ptr %61, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %56
  %63 = load i64, ptr %8, align 8, !tbaa !12
  %64 = add i64 %63, 1
  store i64 %64, ptr %8, align 8, !tbaa !12
  br label %11, !llvm.loop !23

65:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x i64], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @make_dna() #10
  call void @make_fibword() #10
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %57, %0
  %13 = load i64, ptr %4, align 8, !tbaa !12
  %14 = icmp ult i64 %13, 8
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %60

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %17 = load i64, ptr %4, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw [8 x ptr], ptr @main.patterns, i64 0, i64 %17
  %19 = load ptr, ptr %18, align 8, !tbaa !9
  %20 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 0
  %21 = call i64 @kmp_count(ptr noundef @text, i64 noundef 60000, ptr noundef %19, ptr noundef %20, i64 noundef 4) #10
  store i64 %21, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %22 = load i64, ptr %4, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw [8 x ptr], ptr @main.patterns, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = call i64 @naive_count(ptr noundef @text, i64 noundef 60000, ptr noundef %24) #10
  store i64 %25, ptr %7, align 8, !tbaa !12
  %26 = load i64, ptr %6, align 8, !tbaa !12
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = icmp eq i64 %26, %27
  %29 = zext i1 %28 to i32
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = add nsw i32 %30, %29
  store i32 %31, ptr %3, align 4, !tbaa !5
  %32 = load i64, ptr %4, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw [8 x ptr], ptr @main.patterns, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = load i64, ptr %6, align 8, !tbaa !12
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %34, i64 noundef %35) #10
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %37

37:                                               ; preds = %52, %16
  %38 = load i64, ptr %8, align 8, !tbaa !12
  %39 = load i64, ptr %6, align 8, !tbaa !12
  %40 = icmp ult i64 %38, %39
  br i1 %40, label %41, label %44

41:                                               ; preds = %37
  %42 = load i64, ptr %8, align 8, !tbaa !12
  %43 = icmp ult i64 %42, 4
  br label %44

44:                                               ; preds = %41, %37
  %45 = phi i1 [ false, %37 ], [ %43, %41 ]
  br i1 %45, label %47, label %46

46:                                               ; preds = %44
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %55

47:                                               ; preds = %44
  %48 = load i64, ptr %8, align 8, !tbaa !12
  %49 = getelementptr inbounds nuw [4 x i64], ptr %2, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8, !tbaa !12
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %50) #10
  br label %52

52:                                               ; preds = %47
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %8, align 8, !tbaa !12
  br label %37, !llvm.loop !24

55:                                               ; preds = %46
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.10) #10
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %57

57:                                               ; preds = %55
  %58 = load i64, ptr %4, align 8, !tbaa !12
  %59 = add i64 %58, 1
  store i64 %59, ptr %4, align 8, !tbaa !12
  br label %12, !llvm.loop !25

60:                                               ; preds = %15
  %61 = load i32, ptr %3, align 4, !tbaa !5
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %61) #10
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %63

63:                                               ; preds = %86, %60
  %64 = load i64, ptr %9, align 8, !tbaa !12
  %65 = icmp ult i64 %64, 5
  br i1 %65, label %67, label %66

66:                                               ; preds = %63
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %89

67:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %68 = load i64, ptr %9, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw [5 x ptr], ptr @main.fpats, i64 0, i64 %68
  %70 = load ptr, ptr %69, align 8, !tbaa !9
  %71 = getelementptr inbounds [4 x i64], ptr %2, i64 0, i64 0
  %72 = call i64 @kmp_count(ptr noundef @fibword, i64 noundef 20000, ptr noundef %70, ptr noundef %71, i64 noundef 1) #10
  store i64 %72, ptr %10, align 8, !tbaa !12
  %73 = load i64, ptr %9, align 8, !tbaa !12
  %74 = getelementptr inbounds nuw [5 x ptr], ptr @main.fpats, i64 0, i64 %73
  %75 = load ptr, ptr %74, align 8, !tbaa !9
  %76 = load i64, ptr %10, align 8, !tbaa !12
  %77 = load i64, ptr %10, align 8, !tbaa !12
  %78 = load i64, ptr %9, align 8, !tbaa !12
  %79 = getelementptr inbounds nuw [5 x ptr], ptr @main.fpats, i64 0, i64 %78
  %80 = load ptr, ptr %79, align 8, !tbaa !9
  %81 = call i64 @naive_count(ptr noundef @fibword, i64 noundef 20000, ptr noundef %80) #10
  %82 = icmp eq i64 %77, %81
  %83 = zext i1 %82 to i64
  %84 = select i1 %82, ptr @.str.18, ptr @.str.19
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %75, i64 noundef %76, ptr noundef %84) #10
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %86

86:                                               ; preds = %67
  %87 = load i64, ptr %9, align 8, !tbaa !12
  %88 = add i64 %87, 1
  store i64 %88, ptr %9, align 8, !tbaa !12
  br label %63, !llvm.loop !26

89:                                               ; preds = %66
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.25) #10
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %91

91:                                               ; preds = %104, %89
  %92 = load i64, ptr %11, align 8, !tbaa !12
  %93 = icmp ult i64 %92, 5
  br i1 %93, label %95, label %94

94:                                               ; preds = %91
  store i32 11, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %107

95:                                               ; preds = %91
  %96 = load i64, ptr %11, align 8, !tbaa !12
  %97 = getelementptr inbounds nuw [5 x ptr], ptr @main.words, i64 0, i64 %96
  %98 = load ptr, ptr %97, align 8, !tbaa !9
  %99 = load i64, ptr %11, align 8, !tbaa !12
  %100 = getelementptr inbounds nuw [5 x ptr], ptr @main.words, i64 0, i64 %99
  %101 = load ptr, ptr %100, align 8, !tbaa !9
  %102 = call i64 @smallest_period(ptr noundef %101) #10
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.26, ptr noundef %98, i64 noundef %102) #10
  br label %104

104:                                              ; preds = %95
  %105 = load i64, ptr %11, align 8, !tbaa !12
  %106 = add i64 %105, 1
  store i64 %106, ptr %11, align 8, !tbaa !12
  br label %91, !llvm.loop !27

107:                                              ; preds = %94
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.10) #10
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %109 = load i32, ptr %1, align 4
  ret i32 %109
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_dna() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #7
  store i32 -559038737, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %2) #7
  store i64 0, ptr %2, align 8, !tbaa !12
  br label %5

5:                                                ; preds = %45, %0
  %6 = load i64, ptr %2, align 8, !tbaa !12
  %7 = icmp ult i64 %6, 60000
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %2) #7
  br label %48

9:                                                ; preds = %5
  %10 = load i32, ptr %1, align 4, !tbaa !5
  %11 = shl i32 %10, 13
  %12 = load i32, ptr %1, align 4, !tbaa !5
  %13 = xor i32 %12, %11
  store i32 %13, ptr %1, align 4, !tbaa !5
  %14 = load i32, ptr %1, align 4, !tbaa !5
  %15 = lshr i32 %14, 17
  %16 = load i32, ptr %1, align 4, !tbaa !5
  %17 = xor i32 %16, %15
  store i32 %17, ptr %1, align 4, !tbaa !5
  %18 = load i32, ptr %1, align 4, !tbaa !5
  %19 = shl i32 %18, 5
  %20 = load i32, ptr %1, align 4, !tbaa !5
  %21 = xor i32 %20, %19
  store i32 %21, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %22 = load i32, ptr %1, align 4, !tbaa !5
  %23 = and i32 %22, 15
  store i32 %23, ptr %3, align 4, !tbaa !5
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = icmp ult i32 %24, 6
  br i1 %25, label %26, label %27

26:                                               ; preds = %9
  br label %38

27:                                               ; preds = %9
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = icmp ult i32 %28, 10
  br i1 %29, label %30, label %31

30:                                               ; preds = %27
  br label %36

31:                                               ; preds = %27
  %32 = load i32, ptr %3, align 4, !tbaa !5
  %33 = icmp ult i32 %32, 13
  %34 = zext i1 %33 to i64
  %35 = select i1 %33, i32 2, i32 3
  br label %36

36:                                               ; preds = %31, %30
  %37 = phi i32 [ 1, %30 ], [ %35, %31 ]
  br label %38

38:                                               ; preds = %36, %26
  %39 = phi i32 [ 0, %26 ], [ %37, %36 ]
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4 x i8], ptr @make_dna.bases, i64 0, i64 %40
  %42 = load i8, ptr %41, align 1, !tbaa !18
  %43 = load i64, ptr %2, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw [60001 x i8], ptr @text, i64 0, i64 %43
  store i8 %42, ptr %44, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %3) #7
  br label %45

45:                                               ; preds = %38
  %46 = load i64, ptr %2, align 8, !tbaa !12
  %47 = add i64 %46, 1
  store i64 %47, ptr %2, align 8, !tbaa !12
  br label %5, !llvm.loop !28

48:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 1000, ptr %4, align 8, !tbaa !12
  br label %49

49:                                               ; preds = %57, %48
  %50 = load i64, ptr %4, align 8, !tbaa !12
  %51 = add i64 %50, 15
  %52 = icmp ult i64 %51, 60000
  br i1 %52, label %54, label %53

53:                                               ; preds = %49
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %60

54:                                               ; preds = %49
  %55 = load i64, ptr %4, align 8, !tbaa !12
  %56 = getelementptr inbounds nuw i8, ptr @text, i64 %55
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %56, ptr align 1 @make_dna.motif, i64 14, i1 false)
  br label %57

57:                                               ; preds = %54
  %58 = load i64, ptr %4, align 8, !tbaa !12
  %59 = add i64 %58, 7919
  store i64 %59, ptr %4, align 8, !tbaa !12
  br label %49, !llvm.loop !29

60:                                               ; preds = %53
  store i8 0, ptr getelementptr inbounds ([60001 x i8], ptr @text, i64 0, i64 60000), align 16, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %1) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_fibword() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #7
  store i64 1, ptr %1, align 8, !tbaa !12
  store i8 97, ptr @fibword, align 16, !tbaa !18
  br label %4

4:                                                ; preds = %38, %0
  %5 = load i64, ptr %1, align 8, !tbaa !12
  %6 = icmp ult i64 %5, 20000
  br i1 %6, label %7, label %41

7:                                                ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  store i64 0, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %35, %7
  %9 = load i64, ptr %3, align 8, !tbaa !12
  %10 = load i64, ptr %1, align 8, !tbaa !12
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %12, label %15

12:                                               ; preds = %8
  %13 = load i64, ptr %2, align 8, !tbaa !12
  %14 = icmp ult i64 %13, 20000
  br label %15

15:                                               ; preds = %12, %8
  %16 = phi i1 [ false, %8 ], [ %14, %12 ]
  br i1 %16, label %18, label %17

17:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %3) #7
  br label %38

18:                                               ; preds = %15
  %19 = load i64, ptr %2, align 8, !tbaa !12
  %20 = add i64 %19, 1
  store i64 %20, ptr %2, align 8, !tbaa !12
  %21 = getelementptr inbounds nuw [20001 x i8], ptr @make_fibword.tmp, i64 0, i64 %19
  store i8 97, ptr %21, align 1, !tbaa !18
  %22 = load i64, ptr %3, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw [20001 x i8], ptr @fibword, i64 0, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !18
  %25 = sext i8 %24 to i32
  %26 = icmp eq i32 %25, 97
  br i1 %26, label %27, label %34

27:                                               ; preds = %18
  %28 = load i64, ptr %2, align 8, !tbaa !12
  %29 = icmp ult i64 %28, 20000
  br i1 %29, label %30, label %34

30:                                               ; preds = %27
  %31 = load i64, ptr %2, align 8, !tbaa !12
  %32 = add i64 %31, 1
  store i64 %32, ptr %2, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw [20001 x i8], ptr @make_fibword.tmp, i64 0, i64 %31
  store i8 98, ptr %33, align 1, !tbaa !18
  br label %34

34:                                               ; preds = %30, %27, %18
  br label %35

35:                                               ; preds = %34
  %36 = load i64, ptr %3, align 8, !tbaa !12
  %37 = add i64 %36, 1
  store i64 %37, ptr %3, align 8, !tbaa !12
  br label %8, !llvm.loop !30

38:                                               ; preds = %17
  %39 = load i64, ptr %2, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @fibword, ptr align 16 @make_fibword.tmp, i64 %39, i1 false)
  %40 = load i64, ptr %2, align 8, !tbaa !12
  store i64 %40, ptr %1, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %2) #7
  br label %4, !llvm.loop !31

41:                                               ; preds = %4
  store i8 0, ptr getelementptr inbounds ([20001 x i8], ptr @fibword, i64 0, i64 20000), align 16, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %1) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @naive_count(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %12 = load ptr, ptr %7, align 8, !tbaa !9
  %13 = call i64 @strlen(ptr noundef %12) #8
  store i64 %13, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !12
  %14 = load i64, ptr %8, align 8, !tbaa !12
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %20, label %16

16:                                               ; preds = %3
  %17 = load i64, ptr %8, align 8, !tbaa !12
  %18 = load i64, ptr %6, align 8, !tbaa !12
  %19 = icmp ugt i64 %17, %18
  br i1 %19, label %20, label %21

20:                                               ; preds = %16, %3
  store i64 0, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %46

21:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %22

22:                                               ; preds = %41, %21
  %23 = load i64, ptr %11, align 8, !tbaa !12
  %24 = load i64, ptr %8, align 8, !tbaa !12
  %25 = add i64 %23, %24
  %26 = load i64, ptr %6, align 8, !tbaa !12
  %27 = icmp ule i64 %25, %26
  br i1 %27, label %29, label %28

28:                                               ; preds = %22
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %44

29:                                               ; preds = %22
  %30 = load ptr, ptr %5, align 8, !tbaa !9
  %31 = load i64, ptr %11, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw i8, ptr %30, i64 %31
  %33 = load ptr, ptr %7, align 8, !tbaa !9
  %34 = load i64, ptr %8, align 8, !tbaa !12
  %35 = call i32 @memcmp(ptr noundef %32, ptr noundef %33, i64 noundef %34) #8
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %40

37:                                               ; preds = %29
  %38 = load i64, ptr %9, align 8, !tbaa !12
  %39 = add i64 %38, 1
  store i64 %39, ptr %9, align 8, !tbaa !12
  br label %40

40:                                               ; preds = %37, %29
  br label %41

41:                                               ; preds = %40
  %42 = load i64, ptr %11, align 8, !tbaa !12
  %43 = add i64 %42, 1
  store i64 %43, ptr %11, align 8, !tbaa !12
  br label %22, !llvm.loop !32

44:                                               ; preds = %28
  %45 = load i64, ptr %9, align 8, !tbaa !12
  store i64 %45, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %46

46:                                               ; preds = %44, %20
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %47 = load i64, ptr %4, align 8
  ret i64 %47
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @smallest_period(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = call i64 @strlen(ptr noundef %8) #8
  store i64 %9, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %10 = load i64, ptr %4, align 8, !tbaa !12
  %11 = mul i64 %10, 4
  %12 = call noalias ptr @malloc(i64 noundef %11) #9
  store ptr %12, ptr %5, align 8, !tbaa !16
  %13 = load ptr, ptr %5, align 8, !tbaa !16
  %14 = icmp ne ptr %13, null
  br i1 %14, label %17, label %15

15:                                               ; preds = %1
  %16 = load i64, ptr %4, align 8, !tbaa !12
  store i64 %16, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %31

17:                                               ; preds = %1
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = load i64, ptr %4, align 8, !tbaa !12
  %20 = load ptr, ptr %5, align 8, !tbaa !16
  call void @build_failure(ptr noundef %18, i64 noundef %19, ptr noundef %20) #10
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %21 = load i64, ptr %4, align 8, !tbaa !12
  %22 = load ptr, ptr %5, align 8, !tbaa !16
  %23 = load i64, ptr %4, align 8, !tbaa !12
  %24 = sub i64 %23, 1
  %25 = getelementptr inbounds nuw i32, ptr %22, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = sub i64 %21, %27
  store i64 %28, ptr %7, align 8, !tbaa !12
  %29 = load ptr, ptr %5, align 8, !tbaa !16
  call void @free(ptr noundef %29) #11
  %30 = load i64, ptr %7, align 8, !tbaa !12
  store i64 %30, ptr %2, align 8
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %31

31:                                               ; preds = %17, %15
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %32 = load i64, ptr %2, align 8
  ret i64 %32
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
attributes #9 = { minsize nounwind optsize allocsize(0) }
attributes #10 = { minsize optsize }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 long", !11, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 int", !11, i64 0}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !20}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
!26 = distinct !{!26, !20}
!27 = distinct !{!27, !20}
!28 = distinct !{!28, !20}
!29 = distinct !{!29, !20}
!30 = distinct !{!30, !20}
!31 = distinct !{!31, !20}
!32 = distinct !{!32, !20}
