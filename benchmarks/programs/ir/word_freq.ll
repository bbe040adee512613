; ModuleID = 'word_freq.c'
source_filename = "word_freq.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.word_table = type { [1024 x %struct.word_entry], i32 }
%struct.word_entry = type { [24 x i8], i32, i32 }

@.str = private unnamed_addr constant [21 x i8] c"words=%zu unique=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [36 x i8] c"top: %s=%d %s=%d %s=%d last: %s=%d\0A\00", align 1
@generate_text.vocab = internal global [48 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30, ptr @.str.31, ptr @.str.32, ptr @.str.33, ptr @.str.34, ptr @.str.35, ptr @.str.36, ptr @.str.37, ptr @.str.38, ptr @.str.39, ptr @.str.40, ptr @.str.41, ptr @.str.42, ptr @.str.43, ptr @.str.44, ptr @.str.45, ptr @.str.46, ptr @.str.47, ptr @.str.48, ptr @.str.49], align 16
@.str.2 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"of\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"and\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"to\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"in\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"is\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"that\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"for\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"it\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"as\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"was\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"with\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"be\00", align 1
@.str.16 = private unnamed_addr constant [3 x i8] c"by\00", align 1
@.str.17 = private unnamed_addr constant [3 x i8] c"on\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"not\00", align 1
@.str.19 = private unnamed_addr constant [3 x i8] c"he\00", align 1
@.str.20 = private unnamed_addr constant [2 x i8] c"I\00", align 1
@.str.21 = private unnamed_addr constant [5 x i8] c"this\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"are\00", align 1
@.str.23 = private unnamed_addr constant [3 x i8] c"or\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c"his\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"from\00", align 1
@.str.26 = private unnamed_addr constant [3 x i8] c"at\00", align 1
@.str.27 = private unnamed_addr constant [6 x i8] c"which\00", align 1
@.str.28 = private unnamed_addr constant [4 x i8] c"but\00", align 1
@.str.29 = private unnamed_addr constant [5 x i8] c"have\00", align 1
@.str.30 = private unnamed_addr constant [3 x i8] c"an\00", align 1
@.str.31 = private unnamed_addr constant [4 x i8] c"had\00", align 1
@.str.32 = private unnamed_addr constant [5 x i8] c"they\00", align 1
@.str.33 = private unnamed_addr constant [4 x i8] c"you\00", align 1
@.str.34 = private unnamed_addr constant [5 x i8] c"were\00", align 1
@.str.35 = private unnamed_addr constant [6 x i8] c"their\00", align 1
@.str.36 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.37 = private unnamed_addr constant [4 x i8] c"all\00", align 1
@.str.38 = private unnamed_addr constant [3 x i8] c"we\00", align 1
@.str.39 = private unnamed_addr constant [4 x i8] c"can\00", align 1
@.str.40 = private unnamed_addr constant [4 x i8] c"her\00", align 1
@.str.41 = private unnamed_addr constant [4 x i8] c"has\00", align 1
@.str.42 = private unnamed_addr constant [6 x i8] c"there\00", align 1
@.str.43 = private unnamed_addr constant [5 x i8] c"been\00", align 1
@.str.44 = private unnamed_addr constant [9 x i8] c"compiler\00", align 1
@.str.45 = private unnamed_addr constant [13 x i8] c"Optimization\00", align 1
@.str.46 = private unnamed_addr constant [5 x i8] c"LOOP\00", align 1
@.str.47 = private unnamed_addr constant [6 x i8] c"don't\00", align 1
@.str.48 = private unnamed_addr constant [5 x i8] c"pass\00", align 1
@.str.49 = private unnamed_addr constant [7 x i8] c"inline\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @table_add(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !12
  store i64 %2, ptr %7, align 8, !tbaa !14
  %13 = load i64, ptr %7, align 8, !tbaa !14
  %14 = icmp uge i64 %13, 24
  br i1 %14, label %15, label %16

15:                                               ; preds = %3
  store i64 23, ptr %7, align 8, !tbaa !14
  br label %16

16:                                               ; preds = %15, %3
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %17 = load ptr, ptr %6, align 8, !tbaa !12
  %18 = load i64, ptr %7, align 8, !tbaa !14
  %19 = call i32 @djb2(ptr noundef %17, i64 noundef %18) #10
  store i32 %19, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = and i32 %20, 1023
  store i32 %21, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #9
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %89, %16
  %23 = load i32, ptr %10, align 4, !tbaa !5
  %24 = icmp slt i32 %23, 1024
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 2, ptr %11, align 4
  br label %92

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %12) #9
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.word_table, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = zext i32 %29 to i64
  %31 = getelementptr inbounds nuw [1024 x %struct.word_entry], ptr %28, i64 0, i64 %30
  store ptr %31, ptr %12, align 8, !tbaa !16
  %32 = load ptr, ptr %12, align 8, !tbaa !16
  %33 = getelementptr inbounds nuw %struct.word_entry, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %33, align 4, !tbaa !18
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %55

36:                                               ; preds = %26
  %37 = load ptr, ptr %12, align 8, !tbaa !16
  %38 = getelementptr inbounds nuw %struct.word_entry, ptr %37, i32 0, i32 0
  %39 = getelementptr inbounds [24 x i8], ptr %38, i64 0, i64 0
  %40 = load ptr, ptr %6, align 8, !tbaa !12
  %41 = load i64, ptr %7, align 8, !tbaa !14
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %39, ptr align 1 %40, i64 %41, i1 false)
  %42 = load ptr, ptr %12, align 8, !tbaa !16
  %43 = getelementptr inbounds nuw %struct.word_entry, ptr %42, i32 0, i32 0
  %44 = load i64, ptr %7, align 8, !tbaa !14
  %45 = getelementptr inbounds nuw [24 x i8], ptr %43, i64 0, i64 %44
  store i8 0, ptr %45, align 1, !tbaa !20
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = load ptr, ptr %12, align 8, !tbaa !16
  %48 = getelementptr inbounds nuw %struct.word_entry, ptr %47, i32 0, i32 1
  store i32 %46, ptr %48, align 4, !tbaa !21
  %49 = load ptr, ptr %12, align 8, !tbaa !16
  %50 = getelementptr inbounds nuw %struct.word_entry, ptr %49, i32 0, i32 2
  store i32 1, ptr %50, align 4, !tbaa !18
  %51 = load ptr, ptr %5, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.word_table, ptr %51, i32 0, i32 1
  %53 = load i32, ptr %52, align 4, !tbaa !22
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %52, align 4, !tbaa !22
  store i32 1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %86

55:                                               ; preds = %26
  %56 = load ptr, ptr %12, align 8, !tbaa !16
  %57 = getelementptr inbounds nuw %struct.word_entry, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 4, !tbaa !21
  %59 = load i32, ptr %8, align 4, !tbaa !5
  %60 = icmp eq i32 %58, %59
  br i1 %60, label %61, label %82

61:                                               ; preds = %55
  %62 = load ptr, ptr %12, align 8, !tbaa !16
  %63 = getelementptr inbounds nuw %struct.word_entry, ptr %62, i32 0, i32 0
  %64 = getelementptr inbounds [24 x i8], ptr %63, i64 0, i64 0
  %65 = load ptr, ptr %6, align 8, !tbaa !12
  %66 = load i64, ptr %7, align 8, !tbaa !14
  %67 = call i32 @strncmp(ptr noundef %64, ptr noundef %65, i64 noundef %66) #11
  %68 = icmp eq i32 %67, 0
  br i1 %68, label %69, label %82

69:                                               ; preds = %61
  %70 = load ptr, ptr %12, align 8, !tbaa !16
  %71 = getelementptr inbounds nuw %struct.word_entry, ptr %70, i32 0, i32 0
  %72 = load i64, ptr %7, align 8, !tbaa !14
  %73 = getelementptr inbounds nuw [24 x i8], ptr %71, i64 0, i64 %72
  %74 = load i8, ptr %73, align 1, !tbaa !20
  %75 = sext i8 %74 to i32
  %76 = icmp eq i32 %75, 0
  br i1 %76, label %77, label %82

77:                                               ; preds = %69
  %78 = load ptr, ptr %12, align 8, !tbaa !16
  %79 = getelementptr inbounds nuw %struct.word_entry, ptr %78, i32 0, i32 2
  %80 = load i32, ptr %79, align 4, !tbaa !18
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %79, align 4, !tbaa !18
  store i32 0, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %86

82:                                               ; preds = %69, %61, %55
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = add i32 %83, 1
  %85 = and i32 %84, 1023
  store i32 %85, ptr %9, align 4, !tbaa !5
  store i32 0, ptr %11, align 4
  br label %86

86:                                               ; preds = %82, %77, %36
  call void @llvm.lifetime.end.p0(ptr %12) #9
  %87 = load i32, ptr %11, align 4
  switch i32 %87, label %92 [
    i32 0, label %88
  ]

88:                                               ; preds = %86
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %10, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %10, align 4, !tbaa !5
  br label %22, !llvm.loop !24

92:                                               ; preds = %86, %25
  call void @llvm.lifetime.end.p0(ptr %10) #9
  %93 = load i32, ptr %11, align 4
  switch i32 %93, label %95 [
    i32 2, label %94
  ]

94:                                               ; preds = %92
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %95

95:                                               ; preds = %94, %92
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  %96 = load i32, ptr %4, align 4
  ret i32 %96
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @djb2(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !12
  store i64 %1, ptr %4, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 5381, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i64 0, ptr %6, align 8, !tbaa !14
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i64, ptr %6, align 8, !tbaa !14
  %9 = load i64, ptr %4, align 8, !tbaa !14
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #9
  br label %24

12:                                               ; preds = %7
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = mul i32 %13, 33
  %15 = load ptr, ptr %3, align 8, !tbaa !12
  %16 = load i64, ptr %6, align 8, !tbaa !14
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !20
  %19 = zext i8 %18 to i32
  %20 = add i32 %14, %19
  store i32 %20, ptr %5, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %12
  %22 = load i64, ptr %6, align 8, !tbaa !14
  %23 = add i64 %22, 1
  store i64 %23, ptr %6, align 8, !tbaa !14
  br label %7, !llvm.loop !26

24:                                               ; preds = %11
  %25 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #9
  ret i32 %25
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @count_words(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [32 x i8], align 16
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #9
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i64 0, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %11 = load ptr, ptr %4, align 8, !tbaa !12
  store ptr %11, ptr %7, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %98, %2
  %13 = load ptr, ptr %7, align 8, !tbaa !12
  %14 = load i8, ptr %13, align 1, !tbaa !20
  %15 = icmp ne i8 %14, 0
  br i1 %15, label %16, label %99

16:                                               ; preds = %12
  br label %17

17:                                               ; preds = %37, %16
  %18 = load ptr, ptr %7, align 8, !tbaa !12
  %19 = load i8, ptr %18, align 1, !tbaa !20
  %20 = sext i8 %19 to i32
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %22, label %35

22:                                               ; preds = %17
  %23 = call ptr @__ctype_b_loc() #12
  %24 = load ptr, ptr %23, align 8, !tbaa !27
  %25 = load ptr, ptr %7, align 8, !tbaa !12
  %26 = load i8, ptr %25, align 1, !tbaa !20
  %27 = zext i8 %26 to i32
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i16, ptr %24, i64 %28
  %30 = load i16, ptr %29, align 2, !tbaa !29
  %31 = zext i16 %30 to i32
  %32 = and i32 %31, 1024
  %33 = icmp ne i32 %32, 0
  %34 = xor i1 %33, true
  br label %35

35:                                               ; preds = %22, %17
  %36 = phi i1 [ false, %17 ], [ %34, %22 ]
  br i1 %36, label %37, label %40

37:                                               ; preds = %35
  %38 = load ptr, ptr %7, align 8, !tbaa !12
  %39 = getelementptr inbounds nuw i8, ptr %38, i32 1
  store ptr %39, ptr %7, align 8, !tbaa !12
  br label %17, !llvm.loop !31

40:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i64 0, ptr %8, align 8, !tbaa !14
  br label %41

41:                                               ; preds = %85, %40
  %42 = load ptr, ptr %7, align 8, !tbaa !12
  %43 = load i8, ptr %42, align 1, !tbaa !20
  %44 = sext i8 %43 to i32
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %65

46:                                               ; preds = %41
  %47 = call ptr @__ctype_b_loc() #12
  %48 = load ptr, ptr %47, align 8, !tbaa !27
  %49 = load ptr, ptr %7, align 8, !tbaa !12
  %50 = load i8, ptr %49, align 1, !tbaa !20
  %51 = zext i8 %50 to i32
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds i16, ptr %48, i64 %52
  %54 = load i16, ptr %53, align 2, !tbaa !29
  %55 = zext i16 %54 to i32
  %56 = and i32 %55, 1024
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %63, label %58

58:                                               ; preds = %46
  %59 = load ptr, ptr %7, align 8, !tbaa !12
  %60 = load i8, ptr %59, align 1, !tbaa !20
  %61 = sext i8 %60 to i32
  %62 = icmp eq i32 %61, 39
  br label %63

63:                                               ; preds = %58, %46
  %64 = phi i1 [ true, %46 ], [ %62, %58 ]
  br label %65

65:                                               ; preds = %63, %41
  %66 = phi i1 [ false, %41 ], [ %64, %63 ]
  br i1 %66, label %67, label %88

67:                                               ; preds = %65
  %68 = load i64, ptr %8, align 8, !tbaa !14
  %69 = icmp ult i64 %68, 31
  br i1 %69, label %70, label %85

70:                                               ; preds = %67
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %71 = call ptr @__ctype_tolower_loc() #12
  %72 = load ptr, ptr %71, align 8, !tbaa !32
  %73 = load ptr, ptr %7, align 8, !tbaa !12
  %74 = load i8, ptr %73, align 1, !tbaa !20
  %75 = zext i8 %74 to i32
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds i32, ptr %72, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !5
  store i32 %78, ptr %9, align 4, !tbaa !5
  %79 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %79, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #9
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = trunc i32 %80 to i8
  %82 = load i64, ptr %8, align 8, !tbaa !14
  %83 = add i64 %82, 1
  store i64 %83, ptr %8, align 8, !tbaa !14
  %84 = getelementptr inbounds nuw [32 x i8], ptr %5, i64 0, i64 %82
  store i8 %81, ptr %84, align 1, !tbaa !20
  br label %85

85:                                               ; preds = %70, %67
  %86 = load ptr, ptr %7, align 8, !tbaa !12
  %87 = getelementptr inbounds nuw i8, ptr %86, i32 1
  store ptr %87, ptr %7, align 8, !tbaa !12
  br label %41, !llvm.loop !34

88:                                               ; preds = %65
  %89 = load i64, ptr %8, align 8, !tbaa !14
  %90 = icmp ne i64 %89, 0
  br i1 %90, label %91, label %98

91:                                               ; preds = %88
  %92 = load ptr, ptr %3, align 8, !tbaa !9
  %93 = getelementptr inbounds [32 x i8], ptr %5, i64 0, i64 0
  %94 = load i64, ptr %8, align 8, !tbaa !14
  %95 = call i32 @table_add(ptr noundef %92, ptr noundef %93, i64 noundef %94) #10
  %96 = load i64, ptr %6, align 8, !tbaa !14
  %97 = add i64 %96, 1
  store i64 %97, ptr %6, align 8, !tbaa !14
  br label %98

98:                                               ; preds = %91, %88
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %12, !llvm.loop !35

99:                                               ; preds = %12
  %100 = load i64, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  ret i64 %100
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #4

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  %9 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 32772) #13
  store ptr %9, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %10 = call ptr @generate_text(i64 noundef 30000) #10
  store ptr %10, ptr %3, align 8, !tbaa !12
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %16

13:                                               ; preds = %0
  %14 = load ptr, ptr %3, align 8, !tbaa !12
  %15 = icmp ne ptr %14, null
  br i1 %15, label %17, label %16

16:                                               ; preds = %13, %0
  store i32 1, ptr %1, align 4
  store i32 1, ptr %4, align 4
  br label %109

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %18 = load ptr, ptr %2, align 8, !tbaa !9
  %19 = load ptr, ptr %3, align 8, !tbaa !12
  %20 = call i64 @count_words(ptr noundef %18, ptr noundef %19) #10
  store i64 %20, ptr %5, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.word_table, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4, !tbaa !22
  %24 = sext i32 %23 to i64
  %25 = mul i64 %24, 32
  %26 = call noalias ptr @malloc(i64 noundef %25) #14
  store ptr %26, ptr %6, align 8, !tbaa !16
  %27 = load ptr, ptr %6, align 8, !tbaa !16
  %28 = icmp ne ptr %27, null
  br i1 %28, label %30, label %29

29:                                               ; preds = %17
  store i32 1, ptr %1, align 4
  store i32 1, ptr %4, align 4
  br label %108

30:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %56, %30
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = icmp slt i32 %32, 1024
  br i1 %33, label %35, label %34

34:                                               ; preds = %31
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %59

35:                                               ; preds = %31
  %36 = load ptr, ptr %2, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.word_table, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [1024 x %struct.word_entry], ptr %37, i64 0, i64 %39
  %41 = getelementptr inbounds nuw %struct.word_entry, ptr %40, i32 0, i32 2
  %42 = load i32, ptr %41, align 4, !tbaa !18
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %44, label %55

44:                                               ; preds = %35
  %45 = load ptr, ptr %6, align 8, !tbaa !16
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %7, align 4, !tbaa !5
  %48 = sext i32 %46 to i64
  %49 = getelementptr inbounds %struct.word_entry, ptr %45, i64 %48
  %50 = load ptr, ptr %2, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.word_table, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [1024 x %struct.word_entry], ptr %51, i64 0, i64 %53
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %49, ptr align 4 %54, i64 32, i1 false), !tbaa.struct !36
  br label %55

55:                                               ; preds = %44, %35
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %8, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %8, align 4, !tbaa !5
  br label %31, !llvm.loop !37

59:                                               ; preds = %34
  %60 = load ptr, ptr %6, align 8, !tbaa !16
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  call void @qsort(ptr noundef %60, i64 noundef %62, i64 noundef 32, ptr noundef @cmp_entry) #10
  %63 = load i64, ptr %5, align 8, !tbaa !14
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %63, i32 noundef %64) #10
  %66 = load ptr, ptr %6, align 8, !tbaa !16
  %67 = getelementptr inbounds %struct.word_entry, ptr %66, i64 0
  %68 = getelementptr inbounds nuw %struct.word_entry, ptr %67, i32 0, i32 0
  %69 = getelementptr inbounds [24 x i8], ptr %68, i64 0, i64 0
  %70 = load ptr, ptr %6, align 8, !tbaa !16
  %71 = getelementptr inbounds %struct.word_entry, ptr %70, i64 0
  %72 = getelementptr inbounds nuw %struct.word_entry, ptr %71, i32 0, i32 2
  %73 = load i32, ptr %72, align 4, !tbaa !18
  %74 = load ptr, ptr %6, align 8, !tbaa !16
  %75 = getelementptr inbounds %struct.word_entry, ptr %74, i64 1
  %76 = getelementptr inbounds nuw %struct.word_entry, ptr %75, i32 0, i32 0
  %77 = getelementptr inbounds [24 x i8], ptr %76, i64 0, i64 0
  %78 = load ptr, ptr %6, align 8, !tbaa !16
  %79 = getelementptr inbounds %struct.word_entry, ptr %78, i64 1
  %80 = getelementptr inbounds nuw %struct.word_entry, ptr %79, i32 0, i32 2
  %81 = load i32, ptr %80, align 4, !tbaa !18
  %82 = load ptr, ptr %6, align 8, !tbaa !16
  %83 = getelementptr inbounds %struct.word_entry, ptr %82, i64 2
  %84 = getelementptr inbounds nuw %struct.word_entry, ptr %83, i32 0, i32 0
  %85 = getelementptr inbounds [24 x i8], ptr %84, i64 0, i64 0
  %86 = load ptr, ptr %6, align 8, !tbaa !16
  %87 = getelementptr inbounds %struct.word_entry, ptr %86, i64 2
  %88 = getelementptr inbounds nuw %struct.word_entry, ptr %87, i32 0, i32 2
  %89 = load i32, ptr %88, align 4, !tbaa !18
  %90 = load ptr, ptr %6, align 8, !tbaa !16
  %91 = load i32, ptr %7, align 4, !tbaa !5
  %92 = sub nsw i32 %91, 1
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds %struct.word_entry, ptr %90, i64 %93
  %95 = getelementptr inbounds nuw %struct.word_entry, ptr %94, i32 0, i32 0
  %96 = getelementptr inbounds [24 x i8], ptr %95, i64 0, i64 0
  %97 = load ptr, ptr %6, align 8, !tbaa !16
  %98 = load i32, ptr %7, align 4, !tbaa !5
  %99 = sub nsw i32 %98, 1
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds %struct.word_entry, ptr %97, i64 %100
  %102 = getelementptr inbounds nuw %struct.word_entry, ptr %101, i32 0, i32 2
  %103 = load i32, ptr %102, align 4, !tbaa !18
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %69, i32 noundef %73, ptr noundef %77, i32 noundef %81, ptr noundef %85, i32 noundef %89, ptr noundef %96, i32 noundef %103) #10
  %105 = load ptr, ptr %6, align 8, !tbaa !16
  call void @free(ptr noundef %105) #15
  %106 = load ptr, ptr %3, align 8, !tbaa !12
  call void @free(ptr noundef %106) #15
  %107 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %107) #15
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %108

108:                                              ; preds = %59, %29
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %109

109:                                              ; preds = %108, %16
  call void @llvm.lifetime.end.p0(ptr %3) #9
  call void @llvm.lifetime.end.p0(ptr %2) #9
  %110 = load i32, ptr %1, align 4
  ret i32 %110
}

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @generate_text(i64 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %4) #9
  store i64 48, ptr %4, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %13 = load i64, ptr %3, align 8, !tbaa !14
  %14 = mul i64 %13, 16
  %15 = add i64 %14, 1
  %16 = call noalias ptr @malloc(i64 noundef %15) #14
  store ptr %16, ptr %5, align 8, !tbaa !12
  %17 = load ptr, ptr %5, align 8, !tbaa !12
  %18 = icmp ne ptr %17, null
  br i1 %18, label %20, label %19

19:                                               ; preds = %1
  store ptr null, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %88

20:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i64 0, ptr %7, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i32 31337, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #9
  store i64 0, ptr %9, align 8, !tbaa !14
  br label %21

21:                                               ; preds = %80, %20
  %22 = load i64, ptr %9, align 8, !tbaa !14
  %23 = load i64, ptr %3, align 8, !tbaa !14
  %24 = icmp ult i64 %22, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %21
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #9
  br label %83

26:                                               ; preds = %21
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = mul i32 %27, 1664525
  %29 = add i32 %28, 1013904223
  store i32 %29, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #9
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = lshr i32 %30, 16
  %32 = and i32 %31, 65535
  store i32 %32, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #9
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = zext i32 %33 to i64
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = zext i32 %35 to i64
  %37 = mul i64 %34, %36
  %38 = mul i64 %37, 48
  %39 = lshr i64 %38, 32
  store i64 %39, ptr %11, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %12) #9
  %40 = load i64, ptr %11, align 8, !tbaa !14
  %41 = getelementptr inbounds nuw [48 x ptr], ptr @generate_text.vocab, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !12
  %43 = call i64 @strlen(ptr noundef %42) #11
  store i64 %43, ptr %12, align 8, !tbaa !14
  %44 = load ptr, ptr %5, align 8, !tbaa !12
  %45 = load i64, ptr %7, align 8, !tbaa !14
  %46 = getelementptr inbounds nuw i8, ptr %44, i64 %45
  %47 = load i64, ptr %11, align 8, !tbaa !14
  %48 = getelementptr inbounds nuw [48 x ptr], ptr @generate_text.vocab, i64 0, i64 %47
  %49 = load ptr, ptr %48, align 8, !tbaa !12
  %50 = load i64, ptr %12, align 8, !tbaa !14
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %46, ptr align 1 %49, i64 %50, i1 false)
  %51 = load i64, ptr %12, align 8, !tbaa !14
  %52 = load i64, ptr %7, align 8, !tbaa !14
  %53 = add i64 %52, %51
  store i64 %53, ptr %7, align 8, !tbaa !14
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = and i32 %54, 15
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %58

57:                                               ; preds = %26
  br label %64

58:                                               ; preds = %26
  %59 = load i32, ptr %8, align 4, !tbaa !5
  %60 = and i32 %59, 15
  %61 = icmp eq i32 %60, 1
  %62 = zext i1 %61 to i64
  %63 = select i1 %61, i32 44, i32 32
  br label %64

64:                                               ; preds = %58, %57
  %65 = phi i32 [ 46, %57 ], [ %63, %58 ]
  %66 = trunc i32 %65 to i8
  %67 = load ptr, ptr %5, align 8, !tbaa !12
  %68 = load i64, ptr %7, align 8, !tbaa !14
  %69 = add i64 %68, 1
  store i64 %69, ptr %7, align 8, !tbaa !14
  %70 = getelementptr inbounds nuw i8, ptr %67, i64 %68
  store i8 %66, ptr %70, align 1, !tbaa !20
  %71 = load i32, ptr %8, align 4, !tbaa !5
  %72 = and i32 %71, 63
  %73 = icmp eq i32 %72, 2
  br i1 %73, label %74, label %79

74:                                               ; preds = %64
  %75 = load ptr, ptr %5, align 8, !tbaa !12
  %76 = load i64, ptr %7, align 8, !tbaa !14
  %77 = add i64 %76, 1
  store i64 %77, ptr %7, align 8, !tbaa !14
  %78 = getelementptr inbounds nuw i8, ptr %75, i64 %76
  store i8 10, ptr %78, align 1, !tbaa !20
  br label %79

79:                                               ; preds = %74, %64
  call void @llvm.lifetime.end.p0(ptr %12) #9
  call void @llvm.lifetime.end.p0(ptr %11) #9
  call void @llvm.lifetime.end.p0(ptr %10) #9
  br label %80

80:                                               ; preds = %79
  %81 = load i64, ptr %9, align 8, !tbaa !14
  %82 = add i64 %81, 1
  store i64 %82, ptr %9, align 8, !tbaa !14
  br label %21, !llvm.loop !38

83:                                               ; preds = %25
  %84 = load ptr, ptr %5, align 8, !tbaa !12
  %85 = load i64, ptr %7, align 8, !tbaa !14
  %86 = getelementptr inbounds nuw i8, ptr %84, i64 %85
  store i8 0, ptr %86, align 1, !tbaa !20
  %87 = load ptr, ptr %5, align 8, !tbaa !12
  store ptr %87, ptr %2, align 8
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %88

88:                                               ; preds = %83, %19
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  %89 = load ptr, ptr %2, align 8
  ret ptr %89
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #7

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_entry(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !39
  store ptr %1, ptr %5, align 8, !tbaa !39
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %9 = load ptr, ptr %4, align 8, !tbaa !39
  store ptr %9, ptr %6, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %10 = load ptr, ptr %5, align 8, !tbaa !39
  store ptr %10, ptr %7, align 8, !tbaa !16
  %11 = load ptr, ptr %6, align 8, !tbaa !16
  %12 = getelementptr inbounds nuw %struct.word_entry, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4, !tbaa !18
  %14 = load ptr, ptr %7, align 8, !tbaa !16
  %15 = getelementptr inbounds nuw %struct.word_entry, ptr %14, i32 0, i32 2
  %16 = load i32, ptr %15, align 4, !tbaa !18
  %17 = icmp ne i32 %13, %16
  br i1 %17, label %18, label %26

18:                                               ; preds = %2
  %19 = load ptr, ptr %7, align 8, !tbaa !16
  %20 = getelementptr inbounds nuw %struct.word_entry, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %20, align 4, !tbaa !18
  %22 = load ptr, ptr %6, align 8, !tbaa !16
  %23 = getelementptr inbounds nuw %struct.word_entry, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %23, align 4, !tbaa !18
  %25 = sub nsw i32 %21, %24
  store i32 %25, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %34

26:                                               ; preds = %2
  %27 = load ptr, ptr %6, align 8, !tbaa !16
  %28 = getelementptr inbounds nuw %struct.word_entry, ptr %27, i32 0, i32 0
  %29 = getelementptr inbounds [24 x i8], ptr %28, i64 0, i64 0
  %30 = load ptr, ptr %7, align 8, !tbaa !16
  %31 = getelementptr inbounds nuw %struct.word_entry, ptr %30, i32 0, i32 0
  %32 = getelementptr inbounds [24 x i8], ptr %31, i64 0, i64 0
  %33 = call i32 @strcmp(ptr noundef %29, ptr noundef %32) #11
  store i32 %33, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %34

34:                                               ; preds = %26, %18
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %35 = load i32, ptr %3, align 4
  ret i32 %35
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #7

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #8

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize willreturn memory(read) }
attributes #12 = { minsize nounwind optsize willreturn memory(none) }
attributes #13 = { minsize nounwind optsize allocsize(0,1) }
attributes #14 = { minsize nounwind optsize allocsize(0) }
attributes #15 = { minsize nounwind optsize }

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
!10 = !{!"p1 _ZTS10word_table", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !11, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 _ZTS10word_entry", !11, i64 0}
!18 = !{!19, !6, i64 28}
!19 = !{!"word_entry", !7, i64 0, !6, i64 24, !6, i64 28}
!20 = !{!7, !7, i64 0}
!21 = !{!19, !6, i64 24}
!22 = !{!23, !6, i64 32768}
!23 = !{!"word_table", !7, i64 0, !6, i64 32768}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 short", !11, i64 0}
!29 = !{!30, !30, i64 0}
!30 = !{!"short", !7, i64 0}
!31 = distinct !{!31, !25}
!32 = !{!33, !33, i64 0}
!33 = !{!"p1 int", !11, i64 0}
!34 = distinct !{!34, !25}
!35 = distinct !{!35, !25}
!36 = !{i64 0, i64 24, !20, i64 24, i64 4, !5, i64 28, i64 4, !5}
!37 = distinct !{!37, !25}
!38 = distinct !{!38, !25}
!39 = !{!11, !11, i64 0}
