; ModuleID = 'string_utils.c'
source_filename = "string_utils.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c" \00", align 1
@str_percent_encode.hex = internal constant [17 x i8] c"0123456789ABCDEF\00", align 16
@.str.1 = private unnamed_addr constant [59 x i8] c"   the QUICK brown fox's den, o'neil-jones and mcdonald   \00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"o\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"0o0\00", align 1
@.str.4 = private unnamed_addr constant [40 x i8] c"alpha,beta;;gamma , delta,,epsilon;zeta\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c",; \00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"file10.txt\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"file9.txt\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"File1.txt\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"file010b\00", align 1
@.str.10 = private unnamed_addr constant [8 x i8] c"file10a\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"img2\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"img12\00", align 1
@.str.13 = private unnamed_addr constant [8 x i8] c"img002x\00", align 1
@.str.14 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"A0\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"file9.TXT\00", align 1
@__const.main.files = private unnamed_addr constant [11 x ptr] [ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16], align 16
@.str.17 = private unnamed_addr constant [143 x i8] c"Pass ordering matters: inlining exposes constant folding, which enables dead code elimination and simpler loops for the vectorizer to chew on.\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"INLINING\00", align 1
@.str.19 = private unnamed_addr constant [7 x i8] c"Vector\00", align 1
@.str.20 = private unnamed_addr constant [34 x i8] c"wrapped=%zu encoded=%zu found=%d\0A\00", align 1
@.str.21 = private unnamed_addr constant [21 x i8] c"  hello wide world  \00", align 1
@.str.22 = private unnamed_addr constant [46 x i8] c"hash=%08x parts=%d first=%s last=%s rev=[%s]\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @str_trim(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = call i64 @strlen(ptr noundef %5) #9
  store i64 %6, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %7

7:                                                ; preds = %27, %1
  %8 = load i64, ptr %4, align 8, !tbaa !12
  %9 = load i64, ptr %3, align 8, !tbaa !12
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = call ptr @__ctype_b_loc() #10
  %13 = load ptr, ptr %12, align 8, !tbaa !14
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = load i64, ptr %4, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !16
  %18 = zext i8 %17 to i32
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i16, ptr %13, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !17
  %22 = zext i16 %21 to i32
  %23 = and i32 %22, 8192
  %24 = icmp ne i32 %23, 0
  br label %25

25:                                               ; preds = %11, %7
  %26 = phi i1 [ false, %7 ], [ %24, %11 ]
  br i1 %26, label %27, label %30

27:                                               ; preds = %25
  %28 = load i64, ptr %4, align 8, !tbaa !12
  %29 = add i64 %28, 1
  store i64 %29, ptr %4, align 8, !tbaa !12
  br label %7, !llvm.loop !19

30:                                               ; preds = %25
  br label %31

31:                                               ; preds = %52, %30
  %32 = load i64, ptr %3, align 8, !tbaa !12
  %33 = load i64, ptr %4, align 8, !tbaa !12
  %34 = icmp ugt i64 %32, %33
  br i1 %34, label %35, label %50

35:                                               ; preds = %31
  %36 = call ptr @__ctype_b_loc() #10
  %37 = load ptr, ptr %36, align 8, !tbaa !14
  %38 = load ptr, ptr %2, align 8, !tbaa !9
  %39 = load i64, ptr %3, align 8, !tbaa !12
  %40 = sub i64 %39, 1
  %41 = getelementptr inbounds nuw i8, ptr %38, i64 %40
  %42 = load i8, ptr %41, align 1, !tbaa !16
  %43 = zext i8 %42 to i32
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i16, ptr %37, i64 %44
  %46 = load i16, ptr %45, align 2, !tbaa !17
  %47 = zext i16 %46 to i32
  %48 = and i32 %47, 8192
  %49 = icmp ne i32 %48, 0
  br label %50

50:                                               ; preds = %35, %31
  %51 = phi i1 [ false, %31 ], [ %49, %35 ]
  br i1 %51, label %52, label %55

52:                                               ; preds = %50
  %53 = load i64, ptr %3, align 8, !tbaa !12
  %54 = add i64 %53, -1
  store i64 %54, ptr %3, align 8, !tbaa !12
  br label %31, !llvm.loop !21

55:                                               ; preds = %50
  %56 = load ptr, ptr %2, align 8, !tbaa !9
  %57 = load ptr, ptr %2, align 8, !tbaa !9
  %58 = load i64, ptr %4, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw i8, ptr %57, i64 %58
  %60 = load i64, ptr %3, align 8, !tbaa !12
  %61 = load i64, ptr %4, align 8, !tbaa !12
  %62 = sub i64 %60, %61
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %56, ptr align 1 %59, i64 %62, i1 false)
  %63 = load ptr, ptr %2, align 8, !tbaa !9
  %64 = load i64, ptr %3, align 8, !tbaa !12
  %65 = load i64, ptr %4, align 8, !tbaa !12
  %66 = sub i64 %64, %65
  %67 = getelementptr inbounds nuw i8, ptr %63, i64 %66
  store i8 0, ptr %67, align 1, !tbaa !16
  %68 = load i64, ptr %3, align 8, !tbaa !12
  %69 = load i64, ptr %4, align 8, !tbaa !12
  %70 = sub i64 %68, %69
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret i64 %70
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @str_to_title(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 1, ptr %3, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %72, %1
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = load i8, ptr %10, align 1, !tbaa !16
  %12 = icmp ne i8 %11, 0
  br i1 %12, label %13, label %75

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = load i8, ptr %14, align 1, !tbaa !16
  store i8 %15, ptr %4, align 1, !tbaa !16
  %16 = call ptr @__ctype_b_loc() #10
  %17 = load ptr, ptr %16, align 8, !tbaa !14
  %18 = load i8, ptr %4, align 1, !tbaa !16
  %19 = zext i8 %18 to i32
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i16, ptr %17, i64 %20
  %22 = load i16, ptr %21, align 2, !tbaa !17
  %23 = zext i16 %22 to i32
  %24 = and i32 %23, 1024
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %26, label %53

26:                                               ; preds = %13
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %39

29:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %30 = call ptr @__ctype_toupper_loc() #10
  %31 = load ptr, ptr %30, align 8, !tbaa !22
  %32 = load i8, ptr %4, align 1, !tbaa !16
  %33 = zext i8 %32 to i32
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %31, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  store i32 %36, ptr %5, align 4, !tbaa !5
  %37 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %37, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #8
  %38 = load i32, ptr %6, align 4, !tbaa !5
  br label %49

39:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %40 = call ptr @__ctype_tolower_loc() #10
  %41 = load ptr, ptr %40, align 8, !tbaa !22
  %42 = load i8, ptr %4, align 1, !tbaa !16
  %43 = zext i8 %42 to i32
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %41, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  store i32 %46, ptr %7, align 4, !tbaa !5
  %47 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %47, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #8
  %48 = load i32, ptr %8, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %39, %29
  %50 = phi i32 [ %38, %29 ], [ %48, %39 ]
  %51 = trunc i32 %50 to i8
  %52 = load ptr, ptr %2, align 8, !tbaa !9
  store i8 %51, ptr %52, align 1, !tbaa !16
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %71

53:                                               ; preds = %13
  %54 = call ptr @__ctype_b_loc() #10
  %55 = load ptr, ptr %54, align 8, !tbaa !14
  %56 = load i8, ptr %4, align 1, !tbaa !16
  %57 = zext i8 %56 to i32
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i16, ptr %55, i64 %58
  %60 = load i16, ptr %59, align 2, !tbaa !17
  %61 = zext i16 %60 to i32
  %62 = and i32 %61, 8
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %68, label %64

64:                                               ; preds = %53
  %65 = load i8, ptr %4, align 1, !tbaa !16
  %66 = zext i8 %65 to i32
  %67 = icmp ne i32 %66, 39
  br label %68

68:                                               ; preds = %64, %53
  %69 = phi i1 [ false, %53 ], [ %67, %64 ]
  %70 = zext i1 %69 to i32
  store i32 %70, ptr %3, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %68, %49
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %72

72:                                               ; preds = %71
  %73 = load ptr, ptr %2, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw i8, ptr %73, i32 1
  store ptr %74, ptr %2, align 8, !tbaa !9
  br label %9, !llvm.loop !24

75:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_toupper_loc() #3

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @str_reverse_words(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = call i64 @strlen(ptr noundef %7) #9
  store i64 %8, ptr %3, align 8, !tbaa !12
  %9 = load i64, ptr %3, align 8, !tbaa !12
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %1
  store i32 1, ptr %4, align 4
  br label %52

12:                                               ; preds = %1
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = load i64, ptr %3, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 %15
  %17 = getelementptr inbounds i8, ptr %16, i64 -1
  call void @reverse_range(ptr noundef %13, ptr noundef %17) #11
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %18 = load ptr, ptr %2, align 8, !tbaa !9
  store ptr %18, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %19 = load ptr, ptr %2, align 8, !tbaa !9
  store ptr %19, ptr %6, align 8, !tbaa !9
  br label %20

20:                                               ; preds = %48, %12
  %21 = load ptr, ptr %6, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !16
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 32
  br i1 %24, label %30, label %25

25:                                               ; preds = %20
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !16
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %47

30:                                               ; preds = %25, %20
  %31 = load ptr, ptr %6, align 8, !tbaa !9
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = icmp ugt ptr %31, %32
  br i1 %33, label %34, label %38

34:                                               ; preds = %30
  %35 = load ptr, ptr %5, align 8, !tbaa !9
  %36 = load ptr, ptr %6, align 8, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %36, i64 -1
  call void @reverse_range(ptr noundef %35, ptr noundef %37) #11
  br label %38

38:                                               ; preds = %34, %30
  %39 = load ptr, ptr %6, align 8, !tbaa !9
  %40 = load i8, ptr %39, align 1, !tbaa !16
  %41 = sext i8 %40 to i32
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %38
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %51

44:                                               ; preds = %38
  %45 = load ptr, ptr %6, align 8, !tbaa !9
  %46 = getelementptr inbounds i8, ptr %45, i64 1
  store ptr %46, ptr %5, align 8, !tbaa !9
  br label %47

47:                                               ; preds = %44, %25
  br label %48

48:                                               ; preds = %47
  %49 = load ptr, ptr %6, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw i8, ptr %49, i32 1
  store ptr %50, ptr %6, align 8, !tbaa !9
  br label %20

51:                                               ; preds = %43
  call void @llvm.lifetime.end.p0(ptr %5) #8
  store i32 0, ptr %4, align 4
  br label %52

52:                                               ; preds = %51, %11
  call void @llvm.lifetime.end.p0(ptr %3) #8
  %53 = load i32, ptr %4, align 4
  switch i32 %53, label %55 [
    i32 0, label %54
    i32 1, label %54
  ]

54:                                               ; preds = %52, %52
  ret void

55:                                               ; preds = %52
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @reverse_range(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = icmp ult ptr %7, %8
  br i1 %9, label %10, label %20

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = load i8, ptr %11, align 1, !tbaa !16
  store i8 %12, ptr %5, align 1, !tbaa !16
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = load i8, ptr %13, align 1, !tbaa !16
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw i8, ptr %15, i32 1
  store ptr %16, ptr %3, align 8, !tbaa !9
  store i8 %14, ptr %15, align 1, !tbaa !16
  %17 = load i8, ptr %5, align 1, !tbaa !16
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds i8, ptr %18, i32 -1
  store ptr %19, ptr %4, align 8, !tbaa !9
  store i8 %17, ptr %18, align 1, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %6, !llvm.loop !25

20:                                               ; preds = %6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @str_split(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !26
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %11, ptr %10, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %51, %4
  %13 = load ptr, ptr %10, align 8, !tbaa !9
  %14 = load i8, ptr %13, align 1, !tbaa !16
  %15 = sext i8 %14 to i32
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %12
  %18 = load i32, ptr %9, align 4, !tbaa !5
  %19 = load i32, ptr %8, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br label %21

21:                                               ; preds = %17, %12
  %22 = phi i1 [ false, %12 ], [ %20, %17 ]
  br i1 %22, label %23, label %52

23:                                               ; preds = %21
  %24 = load ptr, ptr %10, align 8, !tbaa !9
  %25 = load ptr, ptr %6, align 8, !tbaa !9
  %26 = call i64 @strspn(ptr noundef %24, ptr noundef %25) #9
  %27 = load ptr, ptr %10, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw i8, ptr %27, i64 %26
  store ptr %28, ptr %10, align 8, !tbaa !9
  %29 = load ptr, ptr %10, align 8, !tbaa !9
  %30 = load i8, ptr %29, align 1, !tbaa !16
  %31 = icmp ne i8 %30, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %23
  br label %52

33:                                               ; preds = %23
  %34 = load ptr, ptr %10, align 8, !tbaa !9
  %35 = load ptr, ptr %7, align 8, !tbaa !26
  %36 = load i32, ptr %9, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %9, align 4, !tbaa !5
  %38 = sext i32 %36 to i64
  %39 = getelementptr inbounds ptr, ptr %35, i64 %38
  store ptr %34, ptr %39, align 8, !tbaa !9
  %40 = load ptr, ptr %10, align 8, !tbaa !9
  %41 = load ptr, ptr %6, align 8, !tbaa !9
  %42 = call i64 @strcspn(ptr noundef %40, ptr noundef %41) #9
  %43 = load ptr, ptr %10, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 %42
  store ptr %44, ptr %10, align 8, !tbaa !9
  %45 = load ptr, ptr %10, align 8, !tbaa !9
  %46 = load i8, ptr %45, align 1, !tbaa !16
  %47 = icmp ne i8 %46, 0
  br i1 %47, label %48, label %51

48:                                               ; preds = %33
  %49 = load ptr, ptr %10, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw i8, ptr %49, i32 1
  store ptr %50, ptr %10, align 8, !tbaa !9
  store i8 0, ptr %49, align 1, !tbaa !16
  br label %51

51:                                               ; preds = %48, %33
  br label %12, !llvm.loop !29

52:                                               ; preds = %32, %21
  %53 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  ret i32 %53
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strspn(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strcspn(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @str_replace_all(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  %18 = call i64 @strlen(ptr noundef %17) #9
  store i64 %18, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %19 = load ptr, ptr %7, align 8, !tbaa !9
  %20 = call i64 @strlen(ptr noundef %19) #9
  store i64 %20, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i64 0, ptr %10, align 8, !tbaa !12
  %21 = load i64, ptr %8, align 8, !tbaa !12
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %23, label %24

23:                                               ; preds = %3
  store ptr null, ptr %4, align 8
  store i32 1, ptr %11, align 4
  br label %95

24:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %25 = load ptr, ptr %5, align 8, !tbaa !9
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = call ptr @strstr(ptr noundef %25, ptr noundef %26) #9
  store ptr %27, ptr %12, align 8, !tbaa !9
  br label %28

28:                                               ; preds = %35, %24
  %29 = load ptr, ptr %12, align 8, !tbaa !9
  %30 = icmp ne ptr %29, null
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %41

32:                                               ; preds = %28
  %33 = load i64, ptr %10, align 8, !tbaa !12
  %34 = add i64 %33, 1
  store i64 %34, ptr %10, align 8, !tbaa !12
  br label %35

35:                                               ; preds = %32
  %36 = load ptr, ptr %12, align 8, !tbaa !9
  %37 = load i64, ptr %8, align 8, !tbaa !12
  %38 = getelementptr inbounds nuw i8, ptr %36, i64 %37
  %39 = load ptr, ptr %6, align 8, !tbaa !9
  %40 = call ptr @strstr(ptr noundef %38, ptr noundef %39) #9
  store ptr %40, ptr %12, align 8, !tbaa !9
  br label %28, !llvm.loop !30

41:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %42 = load ptr, ptr %5, align 8, !tbaa !9
  %43 = call i64 @strlen(ptr noundef %42) #9
  %44 = load i64, ptr %10, align 8, !tbaa !12
  %45 = load i64, ptr %9, align 8, !tbaa !12
  %46 = mul i64 %44, %45
  %47 = add i64 %43, %46
  %48 = load i64, ptr %10, align 8, !tbaa !12
  %49 = load i64, ptr %8, align 8, !tbaa !12
  %50 = mul i64 %48, %49
  %51 = sub i64 %47, %50
  store i64 %51, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %52 = load i64, ptr %13, align 8, !tbaa !12
  %53 = add i64 %52, 1
  %54 = call noalias ptr @malloc(i64 noundef %53) #12
  store ptr %54, ptr %14, align 8, !tbaa !9
  %55 = load ptr, ptr %14, align 8, !tbaa !9
  %56 = icmp ne ptr %55, null
  br i1 %56, label %58, label %57

57:                                               ; preds = %41
  store ptr null, ptr %4, align 8
  store i32 1, ptr %11, align 4
  br label %94

58:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %59 = load ptr, ptr %14, align 8, !tbaa !9
  store ptr %59, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #8
  br label %60

60:                                               ; preds = %65, %58
  %61 = load ptr, ptr %5, align 8, !tbaa !9
  %62 = load ptr, ptr %6, align 8, !tbaa !9
  %63 = call ptr @strstr(ptr noundef %61, ptr noundef %62) #9
  store ptr %63, ptr %16, align 8, !tbaa !9
  %64 = icmp ne ptr %63, null
  br i1 %64, label %65, label %89

65:                                               ; preds = %60
  %66 = load ptr, ptr %15, align 8, !tbaa !9
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  %68 = load ptr, ptr %16, align 8, !tbaa !9
  %69 = load ptr, ptr %5, align 8, !tbaa !9
  %70 = ptrtoint ptr %68 to i64
  %71 = ptrtoint ptr %69 to i64
  %72 = sub i64 %70, %71
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %66, ptr align 1 %67, i64 %72, i1 false)
  %73 = load ptr, ptr %16, align 8, !tbaa !9
  %74 = load ptr, ptr %5, align 8, !tbaa !9
  %75 = ptrtoint ptr %73 to i64
  %76 = ptrtoint ptr %74 to i64
  %77 = sub i64 %75, %76
  %78 = load ptr, ptr %15, align 8, !tbaa !9
  %79 = getelementptr inbounds i8, ptr %78, i64 %77
  store ptr %79, ptr %15, align 8, !tbaa !9
  %80 = load ptr, ptr %15, align 8, !tbaa !9
  %81 = load ptr, ptr %7, align 8, !tbaa !9
  %82 = load i64, ptr %9, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %80, ptr align 1 %81, i64 %82, i1 false)
  %83 = load i64, ptr %9, align 8, !tbaa !12
  %84 = load ptr, ptr %15, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw i8, ptr %84, i64 %83
  store ptr %85, ptr %15, align 8, !tbaa !9
  %86 = load ptr, ptr %16, align 8, !tbaa !9
  %87 = load i64, ptr %8, align 8, !tbaa !12
  %88 = getelementptr inbounds nuw i8, ptr %86, i64 %87
  store ptr %88, ptr %5, align 8, !tbaa !9
  br label %60, !llvm.loop !31

89:                                               ; preds = %60
  %90 = load ptr, ptr %15, align 8, !tbaa !9
  %91 = load ptr, ptr %5, align 8, !tbaa !9
  %92 = call ptr @strcpy(ptr noundef %90, ptr noundef %91) #13
  %93 = load ptr, ptr %14, align 8, !tbaa !9
  store ptr %93, ptr %4, align 8
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #8
  call void @llvm.lifetime.end.p0(ptr %15) #8
  br label %94

94:                                               ; preds = %89, %57
  call void @llvm.lifetime.end.p0(ptr %14) #8
  call void @llvm.lifetime.end.p0(ptr %13) #8
  br label %95

95:                                               ; preds = %94, %23
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %96 = load ptr, ptr %4, align 8
  ret ptr %96
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #6

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @str_natcmp(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  br label %18

18:                                               ; preds = %179, %140, %2
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = load i8, ptr %19, align 1, !tbaa !16
  %21 = sext i8 %20 to i32
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %28

23:                                               ; preds = %18
  %24 = load ptr, ptr %5, align 8, !tbaa !9
  %25 = load i8, ptr %24, align 1, !tbaa !16
  %26 = sext i8 %25 to i32
  %27 = icmp ne i32 %26, 0
  br label %28

28:                                               ; preds = %23, %18
  %29 = phi i1 [ false, %18 ], [ %27, %23 ]
  br i1 %29, label %30, label %180

30:                                               ; preds = %28
  %31 = call ptr @__ctype_b_loc() #10
  %32 = load ptr, ptr %31, align 8, !tbaa !14
  %33 = load ptr, ptr %4, align 8, !tbaa !9
  %34 = load i8, ptr %33, align 1, !tbaa !16
  %35 = zext i8 %34 to i32
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i16, ptr %32, i64 %36
  %38 = load i16, ptr %37, align 2, !tbaa !17
  %39 = zext i16 %38 to i32
  %40 = and i32 %39, 2048
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %142

42:                                               ; preds = %30
  %43 = call ptr @__ctype_b_loc() #10
  %44 = load ptr, ptr %43, align 8, !tbaa !14
  %45 = load ptr, ptr %5, align 8, !tbaa !9
  %46 = load i8, ptr %45, align 1, !tbaa !16
  %47 = zext i8 %46 to i32
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i16, ptr %44, i64 %48
  %50 = load i16, ptr %49, align 2, !tbaa !17
  %51 = zext i16 %50 to i32
  %52 = and i32 %51, 2048
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %142

54:                                               ; preds = %42
  br label %55

55:                                               ; preds = %60, %54
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = load i8, ptr %56, align 1, !tbaa !16
  %58 = sext i8 %57 to i32
  %59 = icmp eq i32 %58, 48
  br i1 %59, label %60, label %63

60:                                               ; preds = %55
  %61 = load ptr, ptr %4, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw i8, ptr %61, i32 1
  store ptr %62, ptr %4, align 8, !tbaa !9
  br label %55, !llvm.loop !32

63:                                               ; preds = %55
  br label %64

64:                                               ; preds = %69, %63
  %65 = load ptr, ptr %5, align 8, !tbaa !9
  %66 = load i8, ptr %65, align 1, !tbaa !16
  %67 = sext i8 %66 to i32
  %68 = icmp eq i32 %67, 48
  br i1 %68, label %69, label %72

69:                                               ; preds = %64
  %70 = load ptr, ptr %5, align 8, !tbaa !9
  %71 = getelementptr inbounds nuw i8, ptr %70, i32 1
  store ptr %71, ptr %5, align 8, !tbaa !9
  br label %64, !llvm.loop !33

72:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %73 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %73, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %74 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %74, ptr %7, align 8, !tbaa !9
  br label %75

75:                                               ; preds = %87, %72
  %76 = call ptr @__ctype_b_loc() #10
  %77 = load ptr, ptr %76, align 8, !tbaa !14
  %78 = load ptr, ptr %4, align 8, !tbaa !9
  %79 = load i8, ptr %78, align 1, !tbaa !16
  %80 = zext i8 %79 to i32
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds i16, ptr %77, i64 %81
  %83 = load i16, ptr %82, align 2, !tbaa !17
  %84 = zext i16 %83 to i32
  %85 = and i32 %84, 2048
  %86 = icmp ne i32 %85, 0
  br i1 %86, label %87, label %90

87:                                               ; preds = %75
  %88 = load ptr, ptr %4, align 8, !tbaa !9
  %89 = getelementptr inbounds nuw i8, ptr %88, i32 1
  store ptr %89, ptr %4, align 8, !tbaa !9
  br label %75, !llvm.loop !34

90:                                               ; preds = %75
  br label %91

91:                                               ; preds = %103, %90
  %92 = call ptr @__ctype_b_loc() #10
  %93 = load ptr, ptr %92, align 8, !tbaa !14
  %94 = load ptr, ptr %5, align 8, !tbaa !9
  %95 = load i8, ptr %94, align 1, !tbaa !16
  %96 = zext i8 %95 to i32
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds i16, ptr %93, i64 %97
  %99 = load i16, ptr %98, align 2, !tbaa !17
  %100 = zext i16 %99 to i32
  %101 = and i32 %100, 2048
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %103, label %106

103:                                              ; preds = %91
  %104 = load ptr, ptr %5, align 8, !tbaa !9
  %105 = getelementptr inbounds nuw i8, ptr %104, i32 1
  store ptr %105, ptr %5, align 8, !tbaa !9
  br label %91, !llvm.loop !35

106:                                              ; preds = %91
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %107 = load ptr, ptr %4, align 8, !tbaa !9
  %108 = load ptr, ptr %6, align 8, !tbaa !9
  %109 = ptrtoint ptr %107 to i64
  %110 = ptrtoint ptr %108 to i64
  %111 = sub i64 %109, %110
  store i64 %111, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %112 = load ptr, ptr %5, align 8, !tbaa !9
  %113 = load ptr, ptr %7, align 8, !tbaa !9
  %114 = ptrtoint ptr %112 to i64
  %115 = ptrtoint ptr %113 to i64
  %116 = sub i64 %114, %115
  store i64 %116, ptr %9, align 8, !tbaa !12
  %117 = load i64, ptr %8, align 8, !tbaa !12
  %118 = load i64, ptr %9, align 8, !tbaa !12
  %119 = icmp ne i64 %117, %118
  br i1 %119, label %120, label %126

120:                                              ; preds = %106
  %121 = load i64, ptr %8, align 8, !tbaa !12
  %122 = load i64, ptr %9, align 8, !tbaa !12
  %123 = icmp ult i64 %121, %122
  %124 = zext i1 %123 to i64
  %125 = select i1 %123, i32 -1, i32 1
  store i32 %125, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %140

126:                                              ; preds = %106
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %127 = load ptr, ptr %6, align 8, !tbaa !9
  %128 = load ptr, ptr %7, align 8, !tbaa !9
  %129 = load i64, ptr %8, align 8, !tbaa !12
  %130 = call i32 @memcmp(ptr noundef %127, ptr noundef %128, i64 noundef %129) #9
  store i32 %130, ptr %11, align 4, !tbaa !5
  %131 = load i32, ptr %11, align 4, !tbaa !5
  %132 = icmp ne i32 %131, 0
  br i1 %132, label %133, label %138

133:                                              ; preds = %126
  %134 = load i32, ptr %11, align 4, !tbaa !5
  %135 = icmp slt i32 %134, 0
  %136 = zext i1 %135 to i64
  %137 = select i1 %135, i32 -1, i32 1
  store i32 %137, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %139

138:                                              ; preds = %126
  store i32 2, ptr %10, align 4
  br label %139, !llvm.loop !36

139:                                              ; preds = %138, %133
  call void @llvm.lifetime.end.p0(ptr %11) #8
  br label %140

140:                                              ; preds = %139, %120
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %141 = load i32, ptr %10, align 4
  switch i32 %141, label %194 [
    i32 1, label %192
    i32 2, label %18
  ]

142:                                              ; preds = %42, %30
  call void @llvm.lifetime.start.p0(ptr %12) #8
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %143 = call ptr @__ctype_tolower_loc() #10
  %144 = load ptr, ptr %143, align 8, !tbaa !22
  %145 = load ptr, ptr %4, align 8, !tbaa !9
  %146 = load i8, ptr %145, align 1, !tbaa !16
  %147 = zext i8 %146 to i32
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds i32, ptr %144, i64 %148
  %150 = load i32, ptr %149, align 4, !tbaa !5
  store i32 %150, ptr %13, align 4, !tbaa !5
  %151 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %151, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #8
  %152 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %152, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #8
  call void @llvm.lifetime.start.p0(ptr %16) #8
  %153 = call ptr @__ctype_tolower_loc() #10
  %154 = load ptr, ptr %153, align 8, !tbaa !22
  %155 = load ptr, ptr %5, align 8, !tbaa !9
  %156 = load i8, ptr %155, align 1, !tbaa !16
  %157 = zext i8 %156 to i32
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds i32, ptr %154, i64 %158
  %160 = load i32, ptr %159, align 4, !tbaa !5
  store i32 %160, ptr %16, align 4, !tbaa !5
  %161 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %161, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %16) #8
  %162 = load i32, ptr %17, align 4, !tbaa !5
  store i32 %162, ptr %15, align 4, !tbaa !5
  %163 = load i32, ptr %12, align 4, !tbaa !5
  %164 = load i32, ptr %15, align 4, !tbaa !5
  %165 = icmp ne i32 %163, %164
  br i1 %165, label %166, label %172

166:                                              ; preds = %142
  %167 = load i32, ptr %12, align 4, !tbaa !5
  %168 = load i32, ptr %15, align 4, !tbaa !5
  %169 = icmp slt i32 %167, %168
  %170 = zext i1 %169 to i64
  %171 = select i1 %169, i32 -1, i32 1
  store i32 %171, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %177

172:                                              ; preds = %142
  %173 = load ptr, ptr %4, align 8, !tbaa !9
  %174 = getelementptr inbounds nuw i8, ptr %173, i32 1
  store ptr %174, ptr %4, align 8, !tbaa !9
  %175 = load ptr, ptr %5, align 8, !tbaa !9
  %176 = getelementptr inbounds nuw i8, ptr %175, i32 1
  store ptr %176, ptr %5, align 8, !tbaa !9
  store i32 0, ptr %10, align 4
  br label %177

177:                                              ; preds = %172, %166
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  %178 = load i32, ptr %10, align 4
  switch i32 %178, label %194 [
    i32 0, label %179
    i32 1, label %192
  ]

179:                                              ; preds = %177
  br label %18, !llvm.loop !36

180:                                              ; preds = %28
  %181 = load ptr, ptr %4, align 8, !tbaa !9
  %182 = load i8, ptr %181, align 1, !tbaa !16
  %183 = sext i8 %182 to i32
  %184 = icmp ne i32 %183, 0
  %185 = zext i1 %184 to i32
  %186 = load ptr, ptr %5, align 8, !tbaa !9
  %187 = load i8, ptr %186, align 1, !tbaa !16
  %188 = sext i8 %187 to i32
  %189 = icmp ne i32 %188, 0
  %190 = zext i1 %189 to i32
  %191 = sub nsw i32 %185, %190
  store i32 %191, ptr %3, align 4
  br label %192

192:                                              ; preds = %180, %177, %140
  %193 = load i32, ptr %3, align 4
  ret i32 %193

194:                                              ; preds = %177, %140
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @str_word_wrap(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !12
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i64 0, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i64 0, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %14, ptr %11, align 8, !tbaa !9
  br label %15

15:                                               ; preds = %97, %4
  %16 = load ptr, ptr %11, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !16
  %18 = icmp ne i8 %17, 0
  br i1 %18, label %19, label %98

19:                                               ; preds = %15
  br label %20

20:                                               ; preds = %25, %19
  %21 = load ptr, ptr %11, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !16
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 32
  br i1 %24, label %25, label %28

25:                                               ; preds = %20
  %26 = load ptr, ptr %11, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw i8, ptr %26, i32 1
  store ptr %27, ptr %11, align 8, !tbaa !9
  br label %20, !llvm.loop !37

28:                                               ; preds = %20
  %29 = load ptr, ptr %11, align 8, !tbaa !9
  %30 = load i8, ptr %29, align 1, !tbaa !16
  %31 = icmp ne i8 %30, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %28
  br label %98

33:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %34 = load ptr, ptr %11, align 8, !tbaa !9
  %35 = call i64 @strcspn(ptr noundef %34, ptr noundef @.str) #9
  store i64 %35, ptr %12, align 8, !tbaa !12
  %36 = load i64, ptr %10, align 8, !tbaa !12
  %37 = icmp ne i64 %36, 0
  br i1 %37, label %38, label %56

38:                                               ; preds = %33
  %39 = load i64, ptr %10, align 8, !tbaa !12
  %40 = add i64 %39, 1
  %41 = load i64, ptr %12, align 8, !tbaa !12
  %42 = add i64 %40, %41
  %43 = load i64, ptr %8, align 8, !tbaa !12
  %44 = icmp ugt i64 %42, %43
  br i1 %44, label %45, label %56

45:                                               ; preds = %38
  %46 = load i64, ptr %9, align 8, !tbaa !12
  %47 = add i64 %46, 1
  %48 = load i64, ptr %7, align 8, !tbaa !12
  %49 = icmp uge i64 %47, %48
  br i1 %49, label %50, label %51

50:                                               ; preds = %45
  store i32 3, ptr %13, align 4
  br label %95

51:                                               ; preds = %45
  %52 = load ptr, ptr %6, align 8, !tbaa !9
  %53 = load i64, ptr %9, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %9, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw i8, ptr %52, i64 %53
  store i8 10, ptr %55, align 1, !tbaa !16
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %73

56:                                               ; preds = %38, %33
  %57 = load i64, ptr %10, align 8, !tbaa !12
  %58 = icmp ne i64 %57, 0
  br i1 %58, label %59, label %72

59:                                               ; preds = %56
  %60 = load i64, ptr %9, align 8, !tbaa !12
  %61 = add i64 %60, 1
  %62 = load i64, ptr %7, align 8, !tbaa !12
  %63 = icmp uge i64 %61, %62
  br i1 %63, label %64, label %65

64:                                               ; preds = %59
  store i32 3, ptr %13, align 4
  br label %95

65:                                               ; preds = %59
  %66 = load ptr, ptr %6, align 8, !tbaa !9
  %67 = load i64, ptr %9, align 8, !tbaa !12
  %68 = add i64 %67, 1
  store i64 %68, ptr %9, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %67
  store i8 32, ptr %69, align 1, !tbaa !16
  %70 = load i64, ptr %10, align 8, !tbaa !12
  %71 = add i64 %70, 1
  store i64 %71, ptr %10, align 8, !tbaa !12
  br label %72

72:                                               ; preds = %65, %56
  br label %73

73:                                               ; preds = %72, %51
  %74 = load i64, ptr %9, align 8, !tbaa !12
  %75 = load i64, ptr %12, align 8, !tbaa !12
  %76 = add i64 %74, %75
  %77 = load i64, ptr %7, align 8, !tbaa !12
  %78 = icmp uge i64 %76, %77
  br i1 %78, label %79, label %80

79:                                               ; preds = %73
  store i32 3, ptr %13, align 4
  br label %95

80:                                               ; preds = %73
  %81 = load ptr, ptr %6, align 8, !tbaa !9
  %82 = load i64, ptr %9, align 8, !tbaa !12
  %83 = getelementptr inbounds nuw i8, ptr %81, i64 %82
  %84 = load ptr, ptr %11, align 8, !tbaa !9
  %85 = load i64, ptr %12, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %83, ptr align 1 %84, i64 %85, i1 false)
  %86 = load i64, ptr %12, align 8, !tbaa !12
  %87 = load i64, ptr %9, align 8, !tbaa !12
  %88 = add i64 %87, %86
  store i64 %88, ptr %9, align 8, !tbaa !12
  %89 = load i64, ptr %12, align 8, !tbaa !12
  %90 = load i64, ptr %10, align 8, !tbaa !12
  %91 = add i64 %90, %89
  store i64 %91, ptr %10, align 8, !tbaa !12
  %92 = load i64, ptr %12, align 8, !tbaa !12
  %93 = load ptr, ptr %11, align 8, !tbaa !9
  %94 = getelementptr inbounds nuw i8, ptr %93, i64 %92
  store ptr %94, ptr %11, align 8, !tbaa !9
  store i32 0, ptr %13, align 4
  br label %95

95:                                               ; preds = %80, %79, %64, %50
  call void @llvm.lifetime.end.p0(ptr %12) #8
  %96 = load i32, ptr %13, align 4
  switch i32 %96, label %103 [
    i32 0, label %97
    i32 3, label %98
  ]

97:                                               ; preds = %95
  br label %15, !llvm.loop !38

98:                                               ; preds = %95, %32, %15
  %99 = load ptr, ptr %6, align 8, !tbaa !9
  %100 = load i64, ptr %9, align 8, !tbaa !12
  %101 = getelementptr inbounds nuw i8, ptr %99, i64 %100
  store i8 0, ptr %101, align 1, !tbaa !16
  %102 = load i64, ptr %9, align 8, !tbaa !12
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  ret i64 %102

103:                                              ; preds = %95
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @str_percent_encode(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %67, %3
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = load i8, ptr %11, align 1, !tbaa !16
  %13 = icmp ne i8 %12, 0
  br i1 %13, label %14, label %70

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !16
  store i8 %16, ptr %8, align 1, !tbaa !16
  %17 = load i8, ptr %8, align 1, !tbaa !16
  %18 = call i32 @is_unreserved(i8 noundef zeroext %17) #11
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %32

20:                                               ; preds = %14
  %21 = load i64, ptr %7, align 8, !tbaa !12
  %22 = add i64 %21, 1
  %23 = load i64, ptr %6, align 8, !tbaa !12
  %24 = icmp uge i64 %22, %23
  br i1 %24, label %25, label %26

25:                                               ; preds = %20
  store i32 2, ptr %9, align 4
  br label %64

26:                                               ; preds = %20
  %27 = load i8, ptr %8, align 1, !tbaa !16
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = load i64, ptr %7, align 8, !tbaa !12
  %30 = add i64 %29, 1
  store i64 %30, ptr %7, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw i8, ptr %28, i64 %29
  store i8 %27, ptr %31, align 1, !tbaa !16
  br label %63

32:                                               ; preds = %14
  %33 = load i64, ptr %7, align 8, !tbaa !12
  %34 = add i64 %33, 3
  %35 = load i64, ptr %6, align 8, !tbaa !12
  %36 = icmp uge i64 %34, %35
  br i1 %36, label %37, label %38

37:                                               ; preds = %32
  store i32 2, ptr %9, align 4
  br label %64

38:                                               ; preds = %32
  %39 = load ptr, ptr %5, align 8, !tbaa !9
  %40 = load i64, ptr %7, align 8, !tbaa !12
  %41 = add i64 %40, 1
  store i64 %41, ptr %7, align 8, !tbaa !12
  %42 = getelementptr inbounds nuw i8, ptr %39, i64 %40
  store i8 37, ptr %42, align 1, !tbaa !16
  %43 = load i8, ptr %8, align 1, !tbaa !16
  %44 = zext i8 %43 to i32
  %45 = ashr i32 %44, 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [17 x i8], ptr @str_percent_encode.hex, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !16
  %49 = load ptr, ptr %5, align 8, !tbaa !9
  %50 = load i64, ptr %7, align 8, !tbaa !12
  %51 = add i64 %50, 1
  store i64 %51, ptr %7, align 8, !tbaa !12
  %52 = getelementptr inbounds nuw i8, ptr %49, i64 %50
  store i8 %48, ptr %52, align 1, !tbaa !16
  %53 = load i8, ptr %8, align 1, !tbaa !16
  %54 = zext i8 %53 to i32
  %55 = and i32 %54, 15
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [17 x i8], ptr @str_percent_encode.hex, i64 0, i64 %56
  %58 = load i8, ptr %57, align 1, !tbaa !16
  %59 = load ptr, ptr %5, align 8, !tbaa !9
  %60 = load i64, ptr %7, align 8, !tbaa !12
  %61 = add i64 %60, 1
  store i64 %61, ptr %7, align 8, !tbaa !12
  %62 = getelementptr inbounds nuw i8, ptr %59, i64 %60
  store i8 %58, ptr %62, align 1, !tbaa !16
  br label %63

63:                                               ; preds = %38, %26
  store i32 0, ptr %9, align 4
  br label %64

64:                                               ; preds = %63, %37, %25
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %65 = load i32, ptr %9, align 4
  switch i32 %65, label %75 [
    i32 0, label %66
    i32 2, label %70
  ]

66:                                               ; preds = %64
  br label %67

67:                                               ; preds = %66
  %68 = load ptr, ptr %4, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw i8, ptr %68, i32 1
  store ptr %69, ptr %4, align 8, !tbaa !9
  br label %10, !llvm.loop !39

70:                                               ; preds = %64, %10
  %71 = load ptr, ptr %5, align 8, !tbaa !9
  %72 = load i64, ptr %7, align 8, !tbaa !12
  %73 = getelementptr inbounds nuw i8, ptr %71, i64 %72
  store i8 0, ptr %73, align 1, !tbaa !16
  %74 = load i64, ptr %7, align 8, !tbaa !12
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret i64 %74

75:                                               ; preds = %64
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_unreserved(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !16
  %3 = call ptr @__ctype_b_loc() #10
  %4 = load ptr, ptr %3, align 8, !tbaa !14
  %5 = load i8, ptr %2, align 1, !tbaa !16
  %6 = zext i8 %5 to i32
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds i16, ptr %4, i64 %7
  %9 = load i16, ptr %8, align 2, !tbaa !17
  %10 = zext i16 %9 to i32
  %11 = and i32 %10, 8
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %29, label %13

13:                                               ; preds = %1
  %14 = load i8, ptr %2, align 1, !tbaa !16
  %15 = zext i8 %14 to i32
  %16 = icmp eq i32 %15, 45
  br i1 %16, label %29, label %17

17:                                               ; preds = %13
  %18 = load i8, ptr %2, align 1, !tbaa !16
  %19 = zext i8 %18 to i32
  %20 = icmp eq i32 %19, 95
  br i1 %20, label %29, label %21

21:                                               ; preds = %17
  %22 = load i8, ptr %2, align 1, !tbaa !16
  %23 = zext i8 %22 to i32
  %24 = icmp eq i32 %23, 46
  br i1 %24, label %29, label %25

25:                                               ; preds = %21
  %26 = load i8, ptr %2, align 1, !tbaa !16
  %27 = zext i8 %26 to i32
  %28 = icmp eq i32 %27, 126
  br label %29

29:                                               ; preds = %25, %21, %17, %13, %1
  %30 = phi i1 [ true, %21 ], [ true, %17 ], [ true, %13 ], [ true, %1 ], [ %28, %25 ]
  %31 = zext i1 %30 to i32
  ret i32 %31
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @str_casestr(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = call i64 @strlen(ptr noundef %13) #9
  store i64 %14, ptr %6, align 8, !tbaa !12
  %15 = load i64, ptr %6, align 8, !tbaa !12
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %17, label %19

17:                                               ; preds = %2
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %18, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %81

19:                                               ; preds = %2
  br label %20

20:                                               ; preds = %77, %19
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !16
  %23 = icmp ne i8 %22, 0
  br i1 %23, label %24, label %80

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %25

25:                                               ; preds = %64, %24
  %26 = load i64, ptr %8, align 8, !tbaa !12
  %27 = load i64, ptr %6, align 8, !tbaa !12
  %28 = icmp ult i64 %26, %27
  br i1 %28, label %29, label %62

29:                                               ; preds = %25
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = load i64, ptr %8, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw i8, ptr %30, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !16
  %34 = sext i8 %33 to i32
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %36, label %62

36:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %37 = call ptr @__ctype_tolower_loc() #10
  %38 = load ptr, ptr %37, align 8, !tbaa !22
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = load i64, ptr %8, align 8, !tbaa !12
  %41 = getelementptr inbounds nuw i8, ptr %39, i64 %40
  %42 = load i8, ptr %41, align 1, !tbaa !16
  %43 = zext i8 %42 to i32
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %38, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  store i32 %46, ptr %9, align 4, !tbaa !5
  %47 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %47, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #8
  %48 = load i32, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %49 = call ptr @__ctype_tolower_loc() #10
  %50 = load ptr, ptr %49, align 8, !tbaa !22
  %51 = load ptr, ptr %5, align 8, !tbaa !9
  %52 = load i64, ptr %8, align 8, !tbaa !12
  %53 = getelementptr inbounds nuw i8, ptr %51, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !16
  %55 = zext i8 %54 to i32
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i32, ptr %50, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  store i32 %58, ptr %11, align 4, !tbaa !5
  %59 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %59, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #8
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = icmp eq i32 %48, %60
  br label %62

62:                                               ; preds = %36, %29, %25
  %63 = phi i1 [ false, %29 ], [ false, %25 ], [ %61, %36 ]
  br i1 %63, label %64, label %67

64:                                               ; preds = %62
  %65 = load i64, ptr %8, align 8, !tbaa !12
  %66 = add i64 %65, 1
  store i64 %66, ptr %8, align 8, !tbaa !12
  br label %25, !llvm.loop !40

67:                                               ; preds = %62
  %68 = load i64, ptr %8, align 8, !tbaa !12
  %69 = load i64, ptr %6, align 8, !tbaa !12
  %70 = icmp eq i64 %68, %69
  br i1 %70, label %71, label %73

71:                                               ; preds = %67
  %72 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %72, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %74

73:                                               ; preds = %67
  store i32 0, ptr %7, align 4
  br label %74

74:                                               ; preds = %73, %71
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %75 = load i32, ptr %7, align 4
  switch i32 %75, label %81 [
    i32 0, label %76
  ]

76:                                               ; preds = %74
  br label %77

77:                                               ; preds = %76
  %78 = load ptr, ptr %4, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw i8, ptr %78, i32 1
  store ptr %79, ptr %4, align 8, !tbaa !9
  br label %20, !llvm.loop !41

80:                                               ; preds = %20
  store ptr null, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %81

81:                                               ; preds = %80, %74, %17
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %82 = load ptr, ptr %3, align 8
  ret ptr %82
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [256 x i8], align 16
  %4 = alloca [32 x ptr], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [11 x ptr], align 16
  %12 = alloca [11 x ptr], align 16
  %13 = alloca [256 x i8], align 16
  %14 = alloca [256 x i8], align 16
  %15 = alloca ptr, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  store i32 -2128831035, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #8
  call void @llvm.lifetime.start.p0(ptr %4) #8
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %72, %0
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 200
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %75

25:                                               ; preds = %21
  %26 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %27 = call ptr @strcpy(ptr noundef %26, ptr noundef @.str.1) #13
  %28 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %29 = call i64 @str_trim(ptr noundef %28) #11
  %30 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  call void @str_to_title(ptr noundef %30) #11
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %33 = call i32 @hash_str(i32 noundef %31, ptr noundef %32) #11
  store i32 %33, ptr %2, align 4, !tbaa !5
  %34 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  call void @str_reverse_words(ptr noundef %34) #11
  %35 = load i32, ptr %2, align 4, !tbaa !5
  %36 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %37 = call i32 @hash_str(i32 noundef %35, ptr noundef %36) #11
  store i32 %37, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %38 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %39 = call ptr @str_replace_all(ptr noundef %38, ptr noundef @.str.2, ptr noundef @.str.3) #11
  store ptr %39, ptr %8, align 8, !tbaa !9
  %40 = load ptr, ptr %8, align 8, !tbaa !9
  %41 = icmp ne ptr %40, null
  br i1 %41, label %42, label %47

42:                                               ; preds = %25
  %43 = load i32, ptr %2, align 4, !tbaa !5
  %44 = load ptr, ptr %8, align 8, !tbaa !9
  %45 = call i32 @hash_str(i32 noundef %43, ptr noundef %44) #11
  store i32 %45, ptr %2, align 4, !tbaa !5
  %46 = load ptr, ptr %8, align 8, !tbaa !9
  call void @free(ptr noundef %46) #13
  br label %47

47:                                               ; preds = %42, %25
  %48 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %49 = call ptr @strcpy(ptr noundef %48, ptr noundef @.str.4) #13
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %50 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %51 = getelementptr inbounds [32 x ptr], ptr %4, i64 0, i64 0
  %52 = call i32 @str_split(ptr noundef %50, ptr noundef @.str.5, ptr noundef %51, i32 noundef 32) #11
  store i32 %52, ptr %9, align 4, !tbaa !5
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = add nsw i32 %54, %53
  store i32 %55, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %68, %47
  %57 = load i32, ptr %10, align 4, !tbaa !5
  %58 = load i32, ptr %9, align 4, !tbaa !5
  %59 = icmp slt i32 %57, %58
  br i1 %59, label %61, label %60

60:                                               ; preds = %56
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #8
  br label %71

61:                                               ; preds = %56
  %62 = load i32, ptr %2, align 4, !tbaa !5
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [32 x ptr], ptr %4, i64 0, i64 %64
  %66 = load ptr, ptr %65, align 8, !tbaa !9
  %67 = call i32 @hash_str(i32 noundef %62, ptr noundef %66) #11
  store i32 %67, ptr %2, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %61
  %69 = load i32, ptr %10, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %10, align 4, !tbaa !5
  br label %56, !llvm.loop !42

71:                                               ; preds = %60
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %6, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %6, align 4, !tbaa !5
  br label %21, !llvm.loop !43

75:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %11) #8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.main.files, i64 88, i1 false)
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %76 = getelementptr inbounds [11 x ptr], ptr %12, i64 0, i64 0
  %77 = getelementptr inbounds [11 x ptr], ptr %11, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %76, ptr align 16 %77, i64 88, i1 false)
  %78 = getelementptr inbounds [11 x ptr], ptr %12, i64 0, i64 0
  call void @qsort(ptr noundef %78, i64 noundef 11, i64 noundef 8, ptr noundef @cmp_nat) #11
  call void @llvm.lifetime.start.p0(ptr %13) #8
  call void @llvm.lifetime.start.p0(ptr %14) #8
  call void @llvm.lifetime.start.p0(ptr %15) #8
  store ptr @.str.17, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #8
  store i64 0, ptr %16, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %17) #8
  store i64 0, ptr %17, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %18) #8
  store i32 0, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #8
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %129, %75
  %80 = load i32, ptr %19, align 4, !tbaa !5
  %81 = icmp slt i32 %80, 100
  br i1 %81, label %83, label %82

82:                                               ; preds = %79
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #8
  br label %132

83:                                               ; preds = %79
  %84 = load ptr, ptr %15, align 8, !tbaa !9
  %85 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 0
  %86 = load i32, ptr %19, align 4, !tbaa !5
  %87 = srem i32 %86, 40
  %88 = add nsw i32 16, %87
  %89 = sext i32 %88 to i64
  %90 = call i64 @str_word_wrap(ptr noundef %84, ptr noundef %85, i64 noundef 256, i64 noundef %89) #11
  %91 = load i64, ptr %16, align 8, !tbaa !12
  %92 = add i64 %91, %90
  store i64 %92, ptr %16, align 8, !tbaa !12
  %93 = load i32, ptr %2, align 4, !tbaa !5
  %94 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 0
  %95 = call i32 @hash_str(i32 noundef %93, ptr noundef %94) #11
  store i32 %95, ptr %2, align 4, !tbaa !5
  %96 = load ptr, ptr %15, align 8, !tbaa !9
  %97 = load i32, ptr %19, align 4, !tbaa !5
  %98 = srem i32 %97, 50
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds i8, ptr %96, i64 %99
  %101 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 0
  %102 = call i64 @str_percent_encode(ptr noundef %100, ptr noundef %101, i64 noundef 256) #11
  %103 = load i64, ptr %17, align 8, !tbaa !12
  %104 = add i64 %103, %102
  store i64 %104, ptr %17, align 8, !tbaa !12
  %105 = load i32, ptr %2, align 4, !tbaa !5
  %106 = getelementptr inbounds [256 x i8], ptr %14, i64 0, i64 0
  %107 = call i32 @hash_str(i32 noundef %105, ptr noundef %106) #11
  store i32 %107, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #8
  %108 = load ptr, ptr %15, align 8, !tbaa !9
  %109 = load i32, ptr %19, align 4, !tbaa !5
  %110 = and i32 %109, 1
  %111 = icmp ne i32 %110, 0
  %112 = zext i1 %111 to i64
  %113 = select i1 %111, ptr @.str.18, ptr @.str.19
  %114 = call ptr @str_casestr(ptr noundef %108, ptr noundef %113) #11
  store ptr %114, ptr %20, align 8, !tbaa !9
  %115 = load ptr, ptr %20, align 8, !tbaa !9
  %116 = icmp ne ptr %115, null
  br i1 %116, label %117, label %124

117:                                              ; preds = %83
  %118 = load ptr, ptr %20, align 8, !tbaa !9
  %119 = load ptr, ptr %15, align 8, !tbaa !9
  %120 = ptrtoint ptr %118 to i64
  %121 = ptrtoint ptr %119 to i64
  %122 = sub i64 %120, %121
  %123 = trunc i64 %122 to i32
  br label %125

124:                                              ; preds = %83
  br label %125

125:                                              ; preds = %124, %117
  %126 = phi i32 [ %123, %117 ], [ -1, %124 ]
  %127 = load i32, ptr %18, align 4, !tbaa !5
  %128 = add nsw i32 %127, %126
  store i32 %128, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %20) #8
  br label %129

129:                                              ; preds = %125
  %130 = load i32, ptr %19, align 4, !tbaa !5
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %19, align 4, !tbaa !5
  br label %79, !llvm.loop !44

132:                                              ; preds = %82
  %133 = load i64, ptr %16, align 8, !tbaa !12
  %134 = load i64, ptr %17, align 8, !tbaa !12
  %135 = load i32, ptr %18, align 4, !tbaa !5
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i64 noundef %133, i64 noundef %134, i32 noundef %135) #11
  %137 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %138 = call ptr @strcpy(ptr noundef %137, ptr noundef @.str.21) #13
  %139 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %140 = call i64 @str_trim(ptr noundef %139) #11
  %141 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  call void @str_reverse_words(ptr noundef %141) #11
  %142 = load i32, ptr %2, align 4, !tbaa !5
  %143 = load i32, ptr %5, align 4, !tbaa !5
  %144 = getelementptr inbounds [11 x ptr], ptr %12, i64 0, i64 0
  %145 = load ptr, ptr %144, align 16, !tbaa !9
  %146 = getelementptr inbounds [11 x ptr], ptr %12, i64 0, i64 10
  %147 = load ptr, ptr %146, align 16, !tbaa !9
  %148 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %149 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %142, i32 noundef %143, ptr noundef %145, ptr noundef %147, ptr noundef %148) #11
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #8
  call void @llvm.lifetime.end.p0(ptr %17) #8
  call void @llvm.lifetime.end.p0(ptr %16) #8
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %14) #8
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %150 = load i32, ptr %1, align 4
  ret i32 %150
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hash_str(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4, !tbaa !5
  store ptr %1, ptr %4, align 8, !tbaa !9
  br label %5

5:                                                ; preds = %9, %2
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = load i8, ptr %6, align 1, !tbaa !16
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %17

9:                                                ; preds = %5
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %4, align 8, !tbaa !9
  %13 = load i8, ptr %11, align 1, !tbaa !16
  %14 = zext i8 %13 to i32
  %15 = xor i32 %10, %14
  %16 = mul i32 %15, 16777619
  store i32 %16, ptr %3, align 4, !tbaa !5
  br label %5, !llvm.loop !45

17:                                               ; preds = %5
  %18 = load i32, ptr %3, align 4, !tbaa !5
  ret i32 %18
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #6

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #7

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_nat(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !46
  store ptr %1, ptr %4, align 8, !tbaa !46
  %5 = load ptr, ptr %3, align 8, !tbaa !46
  %6 = load ptr, ptr %5, align 8, !tbaa !9
  %7 = load ptr, ptr %4, align 8, !tbaa !46
  %8 = load ptr, ptr %7, align 8, !tbaa !9
  %9 = call i32 @str_natcmp(ptr noundef %6, ptr noundef %8) #11
  ret i32 %9
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }
attributes #10 = { minsize nounwind optsize willreturn memory(none) }
attributes #11 = { minsize optsize }
attributes #12 = { minsize nounwind optsize allocsize(0) }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 short", !11, i64 0}
!16 = !{!7, !7, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"short", !7, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 int", !11, i64 0}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
!26 = !{!27, !27, i64 0}
!27 = !{!"p2 omnipotent char", !28, i64 0}
!28 = !{!"any p2 pointer", !11, i64 0}
!29 = distinct !{!29, !20}
!30 = distinct !{!30, !20}
!31 = distinct !{!31, !20}
!32 = distinct !{!32, !20}
!33 = distinct !{!33, !20}
!34 = distinct !{!34, !20}
!35 = distinct !{!35, !20}
!36 = distinct !{!36, !20}
!37 = distinct !{!37, !20}
!38 = distinct !{!38, !20}
!39 = distinct !{!39, !20}
!40 = distinct !{!40, !20}
!41 = distinct !{!41, !20}
!42 = distinct !{!42, !20}
!43 = distinct !{!43, !20}
!44 = distinct !{!44, !20}
!45 = distinct !{!45, !20}
!46 = !{!11, !11, i64 0}
