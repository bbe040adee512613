; ModuleID = 'json_tokenizer.c'
source_filename = "json_tokenizer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.token = type { i32, i32, i32, i32 }
%struct.lexer = type { ptr, i32, i32, i32, ptr }
%struct.parser = type { ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, ptr }

@.str = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"false\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"null\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"unexpected character\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"too many tokens\00", align 1
@.str.5 = private unnamed_addr constant [14 x i8] c"trailing data\00", align 1
@main.toks = internal global [512 x %struct.token] zeroinitializer, align 16
@docs = internal global [10 x ptr] [ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30], align 16
@.str.6 = private unnamed_addr constant [41 x i8] c"valid=%d invalid=%d ints=%ld stats=%08x\0A\00", align 1
@.str.7 = private unnamed_addr constant [28 x i8] c"control character in string\00", align 1
@.str.8 = private unnamed_addr constant [19 x i8] c"bad unicode escape\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"bad escape\00", align 1
@.str.10 = private unnamed_addr constant [20 x i8] c"unterminated string\00", align 1
@.str.11 = private unnamed_addr constant [12 x i8] c"bad literal\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"bad number\00", align 1
@.str.13 = private unnamed_addr constant [13 x i8] c"bad fraction\00", align 1
@.str.14 = private unnamed_addr constant [13 x i8] c"bad exponent\00", align 1
@.str.15 = private unnamed_addr constant [17 x i8] c"nesting too deep\00", align 1
@.str.16 = private unnamed_addr constant [17 x i8] c"unexpected token\00", align 1
@.str.17 = private unnamed_addr constant [13 x i8] c"expected key\00", align 1
@.str.18 = private unnamed_addr constant [15 x i8] c"expected colon\00", align 1
@.str.19 = private unnamed_addr constant [16 x i8] c"expected } or ,\00", align 1
@.str.20 = private unnamed_addr constant [16 x i8] c"expected ] or ,\00", align 1
@.str.21 = private unnamed_addr constant [144 x i8] c"{\22name\22: \22widget\22, \22id\22: 1234, \22tags\22: [\22a\22, \22b\22, \22c\22], \22price\22: 12.50,\0A \22dims\22: {\22w\22: 10, \22h\22: -20, \22d\22: 3e2}, \22active\22: true, \22parent\22: null}\00", align 1
@.str.22 = private unnamed_addr constant [82 x i8] c"[1, 2, 3, [4, 5, [6, 7, [8, 9, {\22deep\22: [10, 11, 12]}]]], \22\\u00e9t\\u00e9\22, false]\00", align 1
@.str.23 = private unnamed_addr constant [198 x i8] c"{\22users\22: [{\22id\22: 1, \22name\22: \22ann\\tlee\22, \22roles\22: [\22admin\22, \22dev\22]},\0A            {\22id\22: 2, \22name\22: \22bo\22, \22roles\22: []},\0A            {\22id\22: 3, \22name\22: \22cy\\\22q\\\22\22, \22roles\22: [\22ops\22], \22score\22: -0.5E-3}]}\00", align 1
@.str.24 = private unnamed_addr constant [18 x i8] c"{\22a\22: 1,, \22b\22: 2}\00", align 1
@.str.25 = private unnamed_addr constant [9 x i8] c"[1, 2, 3\00", align 1
@.str.26 = private unnamed_addr constant [13 x i8] c"{\22bad\22: tru}\00", align 1
@.str.27 = private unnamed_addr constant [16 x i8] c"{\22esc\22: \22\\x41\22}\00", align 1
@.str.28 = private unnamed_addr constant [10 x i8] c"{\22n\22: 01}\00", align 1
@.str.29 = private unnamed_addr constant [25 x i8] c"  \0A  \22just a string\22  \0A \00", align 1
@.str.30 = private unnamed_addr constant [61 x i8] c"{\22k\22: [true, false, null, 0, -0, 1.0e+10, 9007199254740993]}\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local { i64, i64 } @lex_next(ptr noundef %0) #0 {
  %2 = alloca %struct.token, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  call void @skip_ws(ptr noundef %5) #7
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.lexer, ptr %6, i32 0, i32 2
  %8 = load i32, ptr %7, align 4, !tbaa !11
  %9 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 1
  store i32 %8, ptr %9, align 4, !tbaa !14
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.lexer, ptr %10, i32 0, i32 3
  %12 = load i32, ptr %11, align 8, !tbaa !16
  %13 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 3
  store i32 %12, ptr %13, align 4, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = call i32 @peekc(ptr noundef %14) #7
  store i32 %15, ptr %4, align 4, !tbaa !5
  %16 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %16, label %71 [
    i32 -1, label %17
    i32 123, label %19
    i32 125, label %25
    i32 91, label %31
    i32 93, label %37
    i32 58, label %43
    i32 44, label %49
    i32 34, label %55
    i32 116, label %59
    i32 102, label %63
    i32 110, label %67
  ]

17:                                               ; preds = %1
  %18 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 12, ptr %18, align 4, !tbaa !18
  br label %93

19:                                               ; preds = %1
  %20 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 1, ptr %20, align 4, !tbaa !18
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.lexer, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 4, !tbaa !11
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 4, !tbaa !11
  br label %93

25:                                               ; preds = %1
  %26 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 2, ptr %26, align 4, !tbaa !18
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.lexer, ptr %27, i32 0, i32 2
  %29 = load i32, ptr %28, align 4, !tbaa !11
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %28, align 4, !tbaa !11
  br label %93

31:                                               ; preds = %1
  %32 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 3, ptr %32, align 4, !tbaa !18
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.lexer, ptr %33, i32 0, i32 2
  %35 = load i32, ptr %34, align 4, !tbaa !11
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %34, align 4, !tbaa !11
  br label %93

37:                                               ; preds = %1
  %38 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 4, ptr %38, align 4, !tbaa !18
  %39 = load ptr, ptr %3, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.lexer, ptr %39, i32 0, i32 2
  %41 = load i32, ptr %40, align 4, !tbaa !11
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %40, align 4, !tbaa !11
  br label %93

43:                                               ; preds = %1
  %44 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 5, ptr %44, align 4, !tbaa !18
  %45 = load ptr, ptr %3, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.lexer, ptr %45, i32 0, i32 2
  %47 = load i32, ptr %46, align 4, !tbaa !11
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %46, align 4, !tbaa !11
  br label %93

49:                                               ; preds = %1
  %50 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 6, ptr %50, align 4, !tbaa !18
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.lexer, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %52, align 4, !tbaa !11
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %52, align 4, !tbaa !11
  br label %93

55:                                               ; preds = %1
  %56 = load ptr, ptr %3, align 8, !tbaa !9
  %57 = call i32 @lex_string(ptr noundef %56) #7
  %58 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 %57, ptr %58, align 4, !tbaa !18
  br label %93

59:                                               ; preds = %1
  %60 = load ptr, ptr %3, align 8, !tbaa !9
  %61 = call i32 @lex_word(ptr noundef %60, ptr noundef @.str, i32 noundef 9) #7
  %62 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 %61, ptr %62, align 4, !tbaa !18
  br label %93

63:                                               ; preds = %1
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = call i32 @lex_word(ptr noundef %64, ptr noundef @.str.1, i32 noundef 10) #7
  %66 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 %65, ptr %66, align 4, !tbaa !18
  br label %93

67:                                               ; preds = %1
  %68 = load ptr, ptr %3, align 8, !tbaa !9
  %69 = call i32 @lex_word(ptr noundef %68, ptr noundef @.str.2, i32 noundef 11) #7
  %70 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 %69, ptr %70, align 4, !tbaa !18
  br label %93

71:                                               ; preds = %1
  %72 = load i32, ptr %4, align 4, !tbaa !5
  %73 = icmp eq i32 %72, 45
  br i1 %73, label %84, label %74

74:                                               ; preds = %71
  %75 = call ptr @__ctype_b_loc() #9
  %76 = load ptr, ptr %75, align 8, !tbaa !19
  %77 = load i32, ptr %4, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds i16, ptr %76, i64 %78
  %80 = load i16, ptr %79, align 2, !tbaa !21
  %81 = zext i16 %80 to i32
  %82 = and i32 %81, 2048
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %84, label %88

84:                                               ; preds = %74, %71
  %85 = load ptr, ptr %3, align 8, !tbaa !9
  %86 = call i32 @lex_number(ptr noundef %85) #7
  %87 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 %86, ptr %87, align 4, !tbaa !18
  br label %92

88:                                               ; preds = %74
  %89 = load ptr, ptr %3, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.lexer, ptr %89, i32 0, i32 4
  store ptr @.str.3, ptr %90, align 8, !tbaa !23
  %91 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 0
  store i32 13, ptr %91, align 4, !tbaa !18
  br label %92

92:                                               ; preds = %88, %84
  br label %93

93:                                               ; preds = %92, %67, %63, %59, %55, %49, %43, %37, %31, %25, %19, %17
  %94 = load ptr, ptr %3, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw %struct.lexer, ptr %94, i32 0, i32 2
  %96 = load i32, ptr %95, align 4, !tbaa !11
  %97 = getelementptr inbounds nuw %struct.token, ptr %2, i32 0, i32 2
  store i32 %96, ptr %97, align 4, !tbaa !24
  call void @llvm.lifetime.end.p0(ptr %4) #8
  %98 = load { i64, i64 }, ptr %2, align 4
  ret { i64, i64 } %98
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @skip_ws(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  br label %5

5:                                                ; preds = %38, %1
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = call i32 @peekc(ptr noundef %6) #7
  store i32 %7, ptr %3, align 4, !tbaa !5
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp eq i32 %8, 10
  br i1 %9, label %10, label %19

10:                                               ; preds = %5
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.lexer, ptr %11, i32 0, i32 3
  %13 = load i32, ptr %12, align 8, !tbaa !16
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %12, align 8, !tbaa !16
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.lexer, ptr %15, i32 0, i32 2
  %17 = load i32, ptr %16, align 4, !tbaa !11
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %16, align 4, !tbaa !11
  br label %35

19:                                               ; preds = %5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = icmp eq i32 %20, 32
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = icmp eq i32 %23, 9
  br i1 %24, label %28, label %25

25:                                               ; preds = %22
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 13
  br i1 %27, label %28, label %33

28:                                               ; preds = %25, %22, %19
  %29 = load ptr, ptr %2, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.lexer, ptr %29, i32 0, i32 2
  %31 = load i32, ptr %30, align 4, !tbaa !11
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %30, align 4, !tbaa !11
  br label %34

33:                                               ; preds = %25
  store i32 2, ptr %4, align 4
  br label %36

34:                                               ; preds = %28
  br label %35

35:                                               ; preds = %34, %10
  store i32 0, ptr %4, align 4
  br label %36

36:                                               ; preds = %35, %33
  call void @llvm.lifetime.end.p0(ptr %3) #8
  %37 = load i32, ptr %4, align 4
  switch i32 %37, label %40 [
    i32 0, label %38
    i32 2, label %39
  ]

38:                                               ; preds = %36
  br label %5

39:                                               ; preds = %36
  ret void

40:                                               ; preds = %36
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @peekc(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.lexer, ptr %3, i32 0, i32 2
  %5 = load i32, ptr %4, align 4, !tbaa !11
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.lexer, ptr %6, i32 0, i32 1
  %8 = load i32, ptr %7, align 8, !tbaa !25
  %9 = icmp slt i32 %5, %8
  br i1 %9, label %10, label %21

10:                                               ; preds = %1
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.lexer, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !26
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.lexer, ptr %14, i32 0, i32 2
  %16 = load i32, ptr %15, align 4, !tbaa !11
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %13, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !27
  %20 = zext i8 %19 to i32
  br label %22

21:                                               ; preds = %1
  br label %22

22:                                               ; preds = %21, %10
  %23 = phi i32 [ %20, %10 ], [ -1, %21 ]
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lex_string(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.lexer, ptr %8, i32 0, i32 2
  %10 = load i32, ptr %9, align 4, !tbaa !11
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 4, !tbaa !11
  br label %12

12:                                               ; preds = %100, %98, %1
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.lexer, ptr %13, i32 0, i32 2
  %15 = load i32, ptr %14, align 4, !tbaa !11
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.lexer, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 8, !tbaa !25
  %19 = icmp slt i32 %15, %18
  br i1 %19, label %20, label %101

20:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.lexer, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8, !tbaa !26
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.lexer, ptr %24, i32 0, i32 2
  %26 = load i32, ptr %25, align 4, !tbaa !11
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %23, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !27
  %30 = zext i8 %29 to i32
  store i32 %30, ptr %4, align 4, !tbaa !5
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = icmp eq i32 %31, 34
  br i1 %32, label %33, label %38

33:                                               ; preds = %20
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.lexer, ptr %34, i32 0, i32 2
  %36 = load i32, ptr %35, align 4, !tbaa !11
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %35, align 4, !tbaa !11
  store i32 7, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %98

38:                                               ; preds = %20
  %39 = load i32, ptr %4, align 4, !tbaa !5
  %40 = icmp slt i32 %39, 32
  br i1 %40, label %41, label %44

41:                                               ; preds = %38
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.lexer, ptr %42, i32 0, i32 4
  store ptr @.str.7, ptr %43, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %98

44:                                               ; preds = %38
  %45 = load i32, ptr %4, align 4, !tbaa !5
  %46 = icmp eq i32 %45, 92
  br i1 %46, label %47, label %93

47:                                               ; preds = %44
  %48 = load ptr, ptr %3, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.lexer, ptr %48, i32 0, i32 2
  %50 = load i32, ptr %49, align 4, !tbaa !11
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %49, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = call i32 @peekc(ptr noundef %52) #7
  store i32 %53, ptr %6, align 4, !tbaa !5
  %54 = load i32, ptr %6, align 4, !tbaa !5
  switch i32 %54, label %88 [
    i32 34, label %55
    i32 92, label %55
    i32 47, label %55
    i32 98, label %55
    i32 102, label %55
    i32 110, label %55
    i32 114, label %55
    i32 116, label %55
    i32 117, label %60
  ]

55:                                               ; preds = %47, %47, %47, %47, %47, %47, %47, %47
  %56 = load ptr, ptr %3, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.lexer, ptr %56, i32 0, i32 2
  %58 = load i32, ptr %57, align 4, !tbaa !11
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %57, align 4, !tbaa !11
  br label %91

60:                                               ; preds = %47
  %61 = load ptr, ptr %3, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.lexer, ptr %61, i32 0, i32 2
  %63 = load i32, ptr %62, align 4, !tbaa !11
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %62, align 4, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %82, %60
  %66 = load i32, ptr %7, align 4, !tbaa !5
  %67 = icmp slt i32 %66, 4
  br i1 %67, label %69, label %68

68:                                               ; preds = %65
  store i32 5, ptr %5, align 4
  br label %85

69:                                               ; preds = %65
  %70 = load ptr, ptr %3, align 8, !tbaa !9
  %71 = call i32 @peekc(ptr noundef %70) #7
  %72 = call i32 @is_hex(i32 noundef %71) #7
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %77, label %74

74:                                               ; preds = %69
  %75 = load ptr, ptr %3, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.lexer, ptr %75, i32 0, i32 4
  store ptr @.str.8, ptr %76, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %85

77:                                               ; preds = %69
  %78 = load ptr, ptr %3, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw %struct.lexer, ptr %78, i32 0, i32 2
  %80 = load i32, ptr %79, align 4, !tbaa !11
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %79, align 4, !tbaa !11
  br label %82

82:                                               ; preds = %77
  %83 = load i32, ptr %7, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %7, align 4, !tbaa !5
  br label %65, !llvm.loop !28

85:                                               ; preds = %74, %68
  call void @llvm.lifetime.end.p0(ptr %7) #8
  %86 = load i32, ptr %5, align 4
  switch i32 %86, label %92 [
    i32 5, label %87
  ]

87:                                               ; preds = %85
  br label %91

88:                                               ; preds = %47
  %89 = load ptr, ptr %3, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.lexer, ptr %89, i32 0, i32 4
  store ptr @.str.9, ptr %90, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %92

91:                                               ; preds = %87, %55
  store i32 2, ptr %5, align 4
  br label %92, !llvm.loop !30

92:                                               ; preds = %91, %88, %85
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %98

93:                                               ; preds = %44
  %94 = load ptr, ptr %3, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw %struct.lexer, ptr %94, i32 0, i32 2
  %96 = load i32, ptr %95, align 4, !tbaa !11
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %95, align 4, !tbaa !11
  store i32 0, ptr %5, align 4
  br label %98

98:                                               ; preds = %93, %92, %41, %33
  call void @llvm.lifetime.end.p0(ptr %4) #8
  %99 = load i32, ptr %5, align 4
  switch i32 %99, label %106 [
    i32 0, label %100
    i32 1, label %104
    i32 2, label %12
  ]

100:                                              ; preds = %98
  br label %12, !llvm.loop !30

101:                                              ; preds = %12
  %102 = load ptr, ptr %3, align 8, !tbaa !9
  %103 = getelementptr inbounds nuw %struct.lexer, ptr %102, i32 0, i32 4
  store ptr @.str.10, ptr %103, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  br label %104

104:                                              ; preds = %101, %98
  %105 = load i32, ptr %2, align 4
  ret i32 %105

106:                                              ; preds = %98
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lex_word(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !31
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %10 = load ptr, ptr %6, align 8, !tbaa !31
  %11 = call i64 @strlen(ptr noundef %10) #10
  store i64 %11, ptr %8, align 8, !tbaa !32
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.lexer, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8, !tbaa !25
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.lexer, ptr %15, i32 0, i32 2
  %17 = load i32, ptr %16, align 4, !tbaa !11
  %18 = sub nsw i32 %14, %17
  %19 = sext i32 %18 to i64
  %20 = load i64, ptr %8, align 8, !tbaa !32
  %21 = icmp uge i64 %19, %20
  br i1 %21, label %22, label %43

22:                                               ; preds = %3
  %23 = load ptr, ptr %5, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.lexer, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !26
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.lexer, ptr %26, i32 0, i32 2
  %28 = load i32, ptr %27, align 4, !tbaa !11
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %25, i64 %29
  %31 = load ptr, ptr %6, align 8, !tbaa !31
  %32 = load i64, ptr %8, align 8, !tbaa !32
  %33 = call i32 @memcmp(ptr noundef %30, ptr noundef %31, i64 noundef %32) #10
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %35, label %43

35:                                               ; preds = %22
  %36 = load i64, ptr %8, align 8, !tbaa !32
  %37 = trunc i64 %36 to i32
  %38 = load ptr, ptr %5, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.lexer, ptr %38, i32 0, i32 2
  %40 = load i32, ptr %39, align 4, !tbaa !11
  %41 = add nsw i32 %40, %37
  store i32 %41, ptr %39, align 4, !tbaa !11
  %42 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %42, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %46

43:                                               ; preds = %22, %3
  %44 = load ptr, ptr %5, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.lexer, ptr %44, i32 0, i32 4
  store ptr @.str.11, ptr %45, align 8, !tbaa !23
  store i32 13, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %46

46:                                               ; preds = %43, %35
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %47 = load i32, ptr %4, align 4
  ret i32 %47
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lex_number(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %4 = load ptr, ptr %3, align 8, !tbaa !9
  %5 = call i32 @peekc(ptr noundef %4) #7
  %6 = icmp eq i32 %5, 45
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.lexer, ptr %8, i32 0, i32 2
  %10 = load i32, ptr %9, align 4, !tbaa !11
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 4, !tbaa !11
  br label %12

12:                                               ; preds = %7, %1
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = call i32 @peekc(ptr noundef %13) #7
  %15 = icmp eq i32 %14, 48
  br i1 %15, label %16, label %21

16:                                               ; preds = %12
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.lexer, ptr %17, i32 0, i32 2
  %19 = load i32, ptr %18, align 4, !tbaa !11
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %18, align 4, !tbaa !11
  br label %54

21:                                               ; preds = %12
  %22 = call ptr @__ctype_b_loc() #9
  %23 = load ptr, ptr %22, align 8, !tbaa !19
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = call i32 @peekc(ptr noundef %24) #7
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i16, ptr %23, i64 %26
  %28 = load i16, ptr %27, align 2, !tbaa !21
  %29 = zext i16 %28 to i32
  %30 = and i32 %29, 2048
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %50

32:                                               ; preds = %21
  br label %33

33:                                               ; preds = %44, %32
  %34 = call ptr @__ctype_b_loc() #9
  %35 = load ptr, ptr %34, align 8, !tbaa !19
  %36 = load ptr, ptr %3, align 8, !tbaa !9
  %37 = call i32 @peekc(ptr noundef %36) #7
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i16, ptr %35, i64 %38
  %40 = load i16, ptr %39, align 2, !tbaa !21
  %41 = zext i16 %40 to i32
  %42 = and i32 %41, 2048
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %44, label %49

44:                                               ; preds = %33
  %45 = load ptr, ptr %3, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.lexer, ptr %45, i32 0, i32 2
  %47 = load i32, ptr %46, align 4, !tbaa !11
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %46, align 4, !tbaa !11
  br label %33, !llvm.loop !34

49:                                               ; preds = %33
  br label %53

50:                                               ; preds = %21
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.lexer, ptr %51, i32 0, i32 4
  store ptr @.str.12, ptr %52, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  br label %152

53:                                               ; preds = %49
  br label %54

54:                                               ; preds = %53, %16
  %55 = load ptr, ptr %3, align 8, !tbaa !9
  %56 = call i32 @peekc(ptr noundef %55) #7
  %57 = icmp eq i32 %56, 46
  br i1 %57, label %58, label %94

58:                                               ; preds = %54
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.lexer, ptr %59, i32 0, i32 2
  %61 = load i32, ptr %60, align 4, !tbaa !11
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %60, align 4, !tbaa !11
  %63 = call ptr @__ctype_b_loc() #9
  %64 = load ptr, ptr %63, align 8, !tbaa !19
  %65 = load ptr, ptr %3, align 8, !tbaa !9
  %66 = call i32 @peekc(ptr noundef %65) #7
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds i16, ptr %64, i64 %67
  %69 = load i16, ptr %68, align 2, !tbaa !21
  %70 = zext i16 %69 to i32
  %71 = and i32 %70, 2048
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %76, label %73

73:                                               ; preds = %58
  %74 = load ptr, ptr %3, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.lexer, ptr %74, i32 0, i32 4
  store ptr @.str.13, ptr %75, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  br label %152

76:                                               ; preds = %58
  br label %77

77:                                               ; preds = %88, %76
  %78 = call ptr @__ctype_b_loc() #9
  %79 = load ptr, ptr %78, align 8, !tbaa !19
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = call i32 @peekc(ptr noundef %80) #7
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i16, ptr %79, i64 %82
  %84 = load i16, ptr %83, align 2, !tbaa !21
  %85 = zext i16 %84 to i32
  %86 = and i32 %85, 2048
  %87 = icmp ne i32 %86, 0
  br i1 %87, label %88, label %93

88:                                               ; preds = %77
  %89 = load ptr, ptr %3, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.lexer, ptr %89, i32 0, i32 2
  %91 = load i32, ptr %90, align 4, !tbaa !11
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %90, align 4, !tbaa !11
  br label %77, !llvm.loop !35

93:                                               ; preds = %77
  br label %94

94:                                               ; preds = %93, %54
  %95 = load ptr, ptr %3, align 8, !tbaa !9
  %96 = call i32 @peekc(ptr noundef %95) #7
  %97 = icmp eq i32 %96, 101
  br i1 %97, label %102, label %98

98:                                               ; preds = %94
  %99 = load ptr, ptr %3, align 8, !tbaa !9
  %100 = call i32 @peekc(ptr noundef %99) #7
  %101 = icmp eq i32 %100, 69
  br i1 %101, label %102, label %151

102:                                              ; preds = %98, %94
  %103 = load ptr, ptr %3, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw %struct.lexer, ptr %103, i32 0, i32 2
  %105 = load i32, ptr %104, align 4, !tbaa !11
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %104, align 4, !tbaa !11
  %107 = load ptr, ptr %3, align 8, !tbaa !9
  %108 = call i32 @peekc(ptr noundef %107) #7
  %109 = icmp eq i32 %108, 43
  br i1 %109, label %114, label %110

110:                                              ; preds = %102
  %111 = load ptr, ptr %3, align 8, !tbaa !9
  %112 = call i32 @peekc(ptr noundef %111) #7
  %113 = icmp eq i32 %112, 45
  br i1 %113, label %114, label %119

114:                                              ; preds = %110, %102
  %115 = load ptr, ptr %3, align 8, !tbaa !9
  %116 = getelementptr inbounds nuw %struct.lexer, ptr %115, i32 0, i32 2
  %117 = load i32, ptr %116, align 4, !tbaa !11
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %116, align 4, !tbaa !11
  br label %119

119:                                              ; preds = %114, %110
  %120 = call ptr @__ctype_b_loc() #9
  %121 = load ptr, ptr %120, align 8, !tbaa !19
  %122 = load ptr, ptr %3, align 8, !tbaa !9
  %123 = call i32 @peekc(ptr noundef %122) #7
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds i16, ptr %121, i64 %124
  %126 = load i16, ptr %125, align 2, !tbaa !21
  %127 = zext i16 %126 to i32
  %128 = and i32 %127, 2048
  %129 = icmp ne i32 %128, 0
  br i1 %129, label %133, label %130

130:                                              ; preds = %119
  %131 = load ptr, ptr %3, align 8, !tbaa !9
  %132 = getelementptr inbounds nuw %struct.lexer, ptr %131, i32 0, i32 4
  store ptr @.str.14, ptr %132, align 8, !tbaa !23
  store i32 13, ptr %2, align 4
  br label %152

133:                                              ; preds = %119
  br label %134

134:                                              ; preds = %145, %133
  %135 = call ptr @__ctype_b_loc() #9
  %136 = load ptr, ptr %135, align 8, !tbaa !19
  %137 = load ptr, ptr %3, align 8, !tbaa !9
  %138 = call i32 @peekc(ptr noundef %137) #7
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds i16, ptr %136, i64 %139
  %141 = load i16, ptr %140, align 2, !tbaa !21
  %142 = zext i16 %141 to i32
  %143 = and i32 %142, 2048
  %144 = icmp ne i32 %143, 0
  br i1 %144, label %145, label %150

145:                                              ; preds = %134
  %146 = load ptr, ptr %3, align 8, !tbaa !9
  %147 = getelementptr inbounds nuw %struct.lexer, ptr %146, i32 0, i32 2
  %148 = load i32, ptr %147, align 4, !tbaa !11
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %147, align 4, !tbaa !11
  br label %134, !llvm.loop !36

150:                                              ; preds = %134
  br label %151

151:                                              ; preds = %150, %98
  store i32 8, ptr %2, align 4
  br label %152

152:                                              ; preds = %151, %130, %73, %50
  %153 = load i32, ptr %2, align 4
  ret i32 %153
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @tokenize(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca %struct.lexer, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca %struct.token, align 4
  store ptr %0, ptr %6, align 8, !tbaa !31
  store ptr %1, ptr %7, align 8, !tbaa !9
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !37
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %14 = load ptr, ptr %6, align 8, !tbaa !31
  call void @lex_init(ptr noundef %10, ptr noundef %14) #7
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %48, %4
  %16 = load i32, ptr %11, align 4, !tbaa !5
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = icmp sge i32 %16, %17
  br i1 %18, label %19, label %21

19:                                               ; preds = %15
  %20 = load ptr, ptr %9, align 8, !tbaa !37
  store ptr @.str.4, ptr %20, align 8, !tbaa !31
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %49

21:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %22 = call { i64, i64 } @lex_next(ptr noundef %10) #7
  %23 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 0
  %24 = extractvalue { i64, i64 } %22, 0
  store i64 %24, ptr %23, align 4
  %25 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 1
  %26 = extractvalue { i64, i64 } %22, 1
  store i64 %26, ptr %25, align 4
  %27 = load ptr, ptr %7, align 8, !tbaa !9
  %28 = load i32, ptr %11, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %11, align 4, !tbaa !5
  %30 = sext i32 %28 to i64
  %31 = getelementptr inbounds %struct.token, ptr %27, i64 %30
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %31, ptr align 4 %13, i64 16, i1 false), !tbaa.struct !40
  %32 = getelementptr inbounds nuw %struct.token, ptr %13, i32 0, i32 0
  %33 = load i32, ptr %32, align 4, !tbaa !18
  %34 = icmp eq i32 %33, 13
  br i1 %34, label %35, label %39

35:                                               ; preds = %21
  %36 = getelementptr inbounds nuw %struct.lexer, ptr %10, i32 0, i32 4
  %37 = load ptr, ptr %36, align 8, !tbaa !23
  %38 = load ptr, ptr %9, align 8, !tbaa !37
  store ptr %37, ptr %38, align 8, !tbaa !31
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %46

39:                                               ; preds = %21
  %40 = getelementptr inbounds nuw %struct.token, ptr %13, i32 0, i32 0
  %41 = load i32, ptr %40, align 4, !tbaa !18
  %42 = icmp eq i32 %41, 12
  br i1 %42, label %43, label %45

43:                                               ; preds = %39
  %44 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %44, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %46

45:                                               ; preds = %39
  store i32 0, ptr %12, align 4
  br label %46

46:                                               ; preds = %45, %43, %35
  call void @llvm.lifetime.end.p0(ptr %13) #8
  %47 = load i32, ptr %12, align 4
  switch i32 %47, label %49 [
    i32 0, label %48
  ]

48:                                               ; preds = %46
  br label %15

49:                                               ; preds = %46, %19
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %50 = load i32, ptr %5, align 4
  ret i32 %50
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @lex_init(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !31
  %5 = load ptr, ptr %4, align 8, !tbaa !31
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.lexer, ptr %6, i32 0, i32 0
  store ptr %5, ptr %7, align 8, !tbaa !26
  %8 = load ptr, ptr %4, align 8, !tbaa !31
  %9 = call i64 @strlen(ptr noundef %8) #10
  %10 = trunc i64 %9 to i32
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.lexer, ptr %11, i32 0, i32 1
  store i32 %10, ptr %12, align 8, !tbaa !25
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.lexer, ptr %13, i32 0, i32 2
  store i32 0, ptr %14, align 4, !tbaa !11
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.lexer, ptr %15, i32 0, i32 3
  store i32 1, ptr %16, align 8, !tbaa !16
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.lexer, ptr %17, i32 0, i32 4
  store ptr null, ptr %18, align 8, !tbaa !23
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @json_validate(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !9
  %8 = load ptr, ptr %7, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %8, i8 0, i64 56, i1 false)
  %9 = load ptr, ptr %5, align 8, !tbaa !9
  %10 = load ptr, ptr %7, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.parser, ptr %10, i32 0, i32 0
  store ptr %9, ptr %11, align 8, !tbaa !41
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = load ptr, ptr %7, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.parser, ptr %13, i32 0, i32 1
  store i32 %12, ptr %14, align 8, !tbaa !43
  %15 = load ptr, ptr %7, align 8, !tbaa !9
  %16 = call i32 @parse_value(ptr noundef %15) #7
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  br label %27

19:                                               ; preds = %3
  %20 = load ptr, ptr %7, align 8, !tbaa !9
  %21 = call i32 @ptype(ptr noundef %20) #7
  %22 = icmp ne i32 %21, 12
  br i1 %22, label %23, label %26

23:                                               ; preds = %19
  %24 = load ptr, ptr %7, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.parser, ptr %24, i32 0, i32 11
  store ptr @.str.5, ptr %25, align 8, !tbaa !44
  store i32 -1, ptr %4, align 4
  br label %27

26:                                               ; preds = %19
  store i32 0, ptr %4, align 4
  br label %27

27:                                               ; preds = %26, %23, %18
  %28 = load i32, ptr %4, align 4
  ret i32 %28
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_value(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.parser, ptr %5, i32 0, i32 3
  %7 = load i32, ptr %6, align 8, !tbaa !45
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr %6, align 8, !tbaa !45
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.parser, ptr %9, i32 0, i32 4
  %11 = load i32, ptr %10, align 4, !tbaa !46
  %12 = icmp sgt i32 %8, %11
  br i1 %12, label %13, label %19

13:                                               ; preds = %1
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.parser, ptr %14, i32 0, i32 3
  %16 = load i32, ptr %15, align 8, !tbaa !45
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.parser, ptr %17, i32 0, i32 4
  store i32 %16, ptr %18, align 4, !tbaa !46
  br label %19

19:                                               ; preds = %13, %1
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.parser, ptr %20, i32 0, i32 3
  %22 = load i32, ptr %21, align 8, !tbaa !45
  %23 = icmp sgt i32 %22, 64
  br i1 %23, label %24, label %27

24:                                               ; preds = %19
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.parser, ptr %25, i32 0, i32 11
  store ptr @.str.15, ptr %26, align 8, !tbaa !44
  store i32 -1, ptr %2, align 4
  br label %72

27:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = call i32 @ptype(ptr noundef %28) #7
  switch i32 %29, label %63 [
    i32 1, label %30
    i32 3, label %33
    i32 7, label %36
    i32 8, label %45
    i32 9, label %54
    i32 10, label %54
    i32 11, label %54
  ]

30:                                               ; preds = %27
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = call i32 @parse_object(ptr noundef %31) #7
  store i32 %32, ptr %4, align 4, !tbaa !5
  br label %66

33:                                               ; preds = %27
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = call i32 @parse_array(ptr noundef %34) #7
  store i32 %35, ptr %4, align 4, !tbaa !5
  br label %66

36:                                               ; preds = %27
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.parser, ptr %37, i32 0, i32 7
  %39 = load i32, ptr %38, align 8, !tbaa !47
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %38, align 8, !tbaa !47
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.parser, ptr %41, i32 0, i32 2
  %43 = load i32, ptr %42, align 4, !tbaa !48
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %42, align 4, !tbaa !48
  br label %66

45:                                               ; preds = %27
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.parser, ptr %46, i32 0, i32 8
  %48 = load i32, ptr %47, align 4, !tbaa !49
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %47, align 4, !tbaa !49
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.parser, ptr %50, i32 0, i32 2
  %52 = load i32, ptr %51, align 4, !tbaa !48
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %51, align 4, !tbaa !48
  br label %66

54:                                               ; preds = %27, %27, %27
  %55 = load ptr, ptr %3, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.parser, ptr %55, i32 0, i32 9
  %57 = load i32, ptr %56, align 8, !tbaa !50
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %56, align 8, !tbaa !50
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.parser, ptr %59, i32 0, i32 2
  %61 = load i32, ptr %60, align 4, !tbaa !48
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %60, align 4, !tbaa !48
  br label %66

63:                                               ; preds = %27
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.parser, ptr %64, i32 0, i32 11
  store ptr @.str.16, ptr %65, align 8, !tbaa !44
  store i32 -1, ptr %4, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %63, %54, %45, %36, %33, %30
  %67 = load ptr, ptr %3, align 8, !tbaa !9
  %68 = getelementptr inbounds nuw %struct.parser, ptr %67, i32 0, i32 3
  %69 = load i32, ptr %68, align 8, !tbaa !45
  %70 = add nsw i32 %69, -1
  store i32 %70, ptr %68, align 8, !tbaa !45
  %71 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %71, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %72

72:                                               ; preds = %66, %24
  %73 = load i32, ptr %2, align 4
  ret i32 %73
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ptype(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.parser, ptr %3, i32 0, i32 0
  %5 = load ptr, ptr %4, align 8, !tbaa !41
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.parser, ptr %6, i32 0, i32 2
  %8 = load i32, ptr %7, align 4, !tbaa !48
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds %struct.token, ptr %5, i64 %9
  %11 = getelementptr inbounds nuw %struct.token, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 4, !tbaa !18
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca %struct.parser, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i64 0, ptr %4, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %86, %0
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 200
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %89

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i64 0, ptr %8, align 8, !tbaa !32
  br label %17

17:                                               ; preds = %82, %16
  %18 = load i64, ptr %8, align 8, !tbaa !32
  %19 = icmp ult i64 %18, 10
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %85

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store ptr null, ptr %9, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %22 = load i64, ptr %8, align 8, !tbaa !32
  %23 = getelementptr inbounds nuw [10 x ptr], ptr @docs, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !31
  %25 = call i32 @tokenize(ptr noundef %24, ptr noundef @main.toks, i32 noundef 512, ptr noundef %9) #7
  store i32 %25, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 0
  br i1 %27, label %32, label %28

28:                                               ; preds = %21
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = call i32 @json_validate(ptr noundef @main.toks, i32 noundef %29, ptr noundef %11) #7
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %28, %21
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4, !tbaa !5
  store i32 7, ptr %7, align 4
  br label %79

35:                                               ; preds = %28
  %36 = load i32, ptr %2, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %2, align 4, !tbaa !5
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %78

40:                                               ; preds = %35
  %41 = load i64, ptr %8, align 8, !tbaa !32
  %42 = getelementptr inbounds nuw [10 x ptr], ptr @docs, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !31
  %44 = load i32, ptr %10, align 4, !tbaa !5
  %45 = call i64 @sum_integers(ptr noundef %43, ptr noundef @main.toks, i32 noundef %44) #7
  %46 = load i64, ptr %4, align 8, !tbaa !32
  %47 = add nsw i64 %46, %45
  store i64 %47, ptr %4, align 8, !tbaa !32
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = mul i32 %48, 31
  %50 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 5
  %51 = load i32, ptr %50, align 8, !tbaa !51
  %52 = mul nsw i32 %51, 1000
  %53 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 6
  %54 = load i32, ptr %53, align 4, !tbaa !52
  %55 = mul nsw i32 %54, 100
  %56 = add nsw i32 %52, %55
  %57 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 10
  %58 = load i32, ptr %57, align 4, !tbaa !53
  %59 = mul nsw i32 %58, 10
  %60 = add nsw i32 %56, %59
  %61 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 4
  %62 = load i32, ptr %61, align 4, !tbaa !46
  %63 = add nsw i32 %60, %62
  %64 = add i32 %49, %63
  store i32 %64, ptr %5, align 4, !tbaa !5
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = mul i32 %65, 31
  %67 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 7
  %68 = load i32, ptr %67, align 8, !tbaa !47
  %69 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 8
  %70 = load i32, ptr %69, align 4, !tbaa !49
  %71 = mul nsw i32 %70, 7
  %72 = add nsw i32 %68, %71
  %73 = getelementptr inbounds nuw %struct.parser, ptr %11, i32 0, i32 9
  %74 = load i32, ptr %73, align 8, !tbaa !50
  %75 = mul nsw i32 %74, 13
  %76 = add nsw i32 %72, %75
  %77 = add i32 %66, %76
  store i32 %77, ptr %5, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %40, %35
  store i32 0, ptr %7, align 4
  br label %79

79:                                               ; preds = %78, %32
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  %80 = load i32, ptr %7, align 4
  switch i32 %80, label %96 [
    i32 0, label %81
    i32 7, label %82
  ]

81:                                               ; preds = %79
  br label %82

82:                                               ; preds = %81, %79
  %83 = load i64, ptr %8, align 8, !tbaa !32
  %84 = add i64 %83, 1
  store i64 %84, ptr %8, align 8, !tbaa !32
  br label %17, !llvm.loop !54

85:                                               ; preds = %20
  br label %86

86:                                               ; preds = %85
  %87 = load i32, ptr %6, align 4, !tbaa !5
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !55

89:                                               ; preds = %15
  %90 = load i32, ptr %2, align 4, !tbaa !5
  %91 = load i32, ptr %3, align 4, !tbaa !5
  %92 = load i64, ptr %4, align 8, !tbaa !32
  %93 = load i32, ptr %5, align 4, !tbaa !5
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %90, i32 noundef %91, i64 noundef %92, i32 noundef %93) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %95 = load i32, ptr %1, align 4
  ret i32 %95

96:                                               ; preds = %79
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @sum_integers(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !31
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %98, %3
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %101

17:                                               ; preds = %12
  %18 = load ptr, ptr %5, align 8, !tbaa !9
  %19 = load i32, ptr %8, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds %struct.token, ptr %18, i64 %20
  %22 = getelementptr inbounds nuw %struct.token, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 4, !tbaa !18
  %24 = icmp ne i32 %23, 8
  br i1 %24, label %25, label %26

25:                                               ; preds = %17
  br label %98

26:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %27 = load ptr, ptr %4, align 8, !tbaa !31
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds %struct.token, ptr %28, i64 %30
  %32 = getelementptr inbounds nuw %struct.token, ptr %31, i32 0, i32 1
  %33 = load i32, ptr %32, align 4, !tbaa !14
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i8, ptr %27, i64 %34
  store ptr %35, ptr %9, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %36 = load ptr, ptr %9, align 8, !tbaa !31
  %37 = load i8, ptr %36, align 1, !tbaa !27
  %38 = sext i8 %37 to i32
  %39 = icmp eq i32 %38, 45
  %40 = zext i1 %39 to i32
  store i32 %40, ptr %10, align 4, !tbaa !5
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %46

43:                                               ; preds = %26
  %44 = load ptr, ptr %9, align 8, !tbaa !31
  %45 = getelementptr inbounds nuw i8, ptr %44, i32 1
  store ptr %45, ptr %9, align 8, !tbaa !31
  br label %46

46:                                               ; preds = %43, %26
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i64 0, ptr %11, align 8, !tbaa !32
  br label %47

47:                                               ; preds = %76, %46
  %48 = load ptr, ptr %9, align 8, !tbaa !31
  %49 = load ptr, ptr %4, align 8, !tbaa !31
  %50 = load ptr, ptr %5, align 8, !tbaa !9
  %51 = load i32, ptr %8, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds %struct.token, ptr %50, i64 %52
  %54 = getelementptr inbounds nuw %struct.token, ptr %53, i32 0, i32 2
  %55 = load i32, ptr %54, align 4, !tbaa !24
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %49, i64 %56
  %58 = icmp ult ptr %48, %57
  br i1 %58, label %59, label %74

59:                                               ; preds = %47
  %60 = call ptr @__ctype_b_loc() #9
  %61 = load ptr, ptr %60, align 8, !tbaa !19
  %62 = load ptr, ptr %9, align 8, !tbaa !31
  %63 = load i8, ptr %62, align 1, !tbaa !27
  %64 = zext i8 %63 to i32
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i16, ptr %61, i64 %65
  %67 = load i16, ptr %66, align 2, !tbaa !21
  %68 = zext i16 %67 to i32
  %69 = and i32 %68, 2048
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %71, label %74

71:                                               ; preds = %59
  %72 = load i64, ptr %11, align 8, !tbaa !32
  %73 = icmp slt i64 %72, 100000000
  br label %74

74:                                               ; preds = %71, %59, %47
  %75 = phi i1 [ false, %59 ], [ false, %47 ], [ %73, %71 ]
  br i1 %75, label %76, label %86

76:                                               ; preds = %74
  %77 = load i64, ptr %11, align 8, !tbaa !32
  %78 = mul nsw i64 %77, 10
  %79 = load ptr, ptr %9, align 8, !tbaa !31
  %80 = getelementptr inbounds nuw i8, ptr %79, i32 1
  store ptr %80, ptr %9, align 8, !tbaa !31
  %81 = load i8, ptr %79, align 1, !tbaa !27
  %82 = sext i8 %81 to i32
  %83 = sub nsw i32 %82, 48
  %84 = sext i32 %83 to i64
  %85 = add nsw i64 %78, %84
  store i64 %85, ptr %11, align 8, !tbaa !32
  br label %47, !llvm.loop !56

86:                                               ; preds = %74
  %87 = load i32, ptr %10, align 4, !tbaa !5
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %89, label %92

89:                                               ; preds = %86
  %90 = load i64, ptr %11, align 8, !tbaa !32
  %91 = sub nsw i64 0, %90
  br label %94

92:                                               ; preds = %86
  %93 = load i64, ptr %11, align 8, !tbaa !32
  br label %94

94:                                               ; preds = %92, %89
  %95 = phi i64 [ %91, %89 ], [ %93, %92 ]
  %96 = load i64, ptr %7, align 8, !tbaa !32
  %97 = add nsw i64 %96, %95
  store i64 %97, ptr %7, align 8, !tbaa !32
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %98

98:                                               ; preds = %94, %25
  %99 = load i32, ptr %8, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %8, align 4, !tbaa !5
  br label %12, !llvm.loop !57

101:                                              ; preds = %16
  %102 = load i64, ptr %7, align 8, !tbaa !32
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret i64 %102
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_hex(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = icmp sge i32 %3, 48
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = icmp sle i32 %6, 57
  br i1 %7, label %22, label %8

8:                                                ; preds = %5, %1
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = icmp sge i32 %9, 97
  br i1 %10, label %11, label %14

11:                                               ; preds = %8
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = icmp sle i32 %12, 102
  br i1 %13, label %22, label %14

14:                                               ; preds = %11, %8
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = icmp sge i32 %15, 65
  br i1 %16, label %17, label %20

17:                                               ; preds = %14
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = icmp sle i32 %18, 70
  br label %20

20:                                               ; preds = %17, %14
  %21 = phi i1 [ false, %14 ], [ %19, %17 ]
  br label %22

22:                                               ; preds = %20, %11, %5
  %23 = phi i1 [ true, %11 ], [ true, %5 ], [ %21, %20 ]
  %24 = zext i1 %23 to i32
  ret i32 %24
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #6

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #6

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_object(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %4 = load ptr, ptr %3, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.parser, ptr %4, i32 0, i32 2
  %6 = load i32, ptr %5, align 4, !tbaa !48
  %7 = add nsw i32 %6, 1
  store i32 %7, ptr %5, align 4, !tbaa !48
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.parser, ptr %8, i32 0, i32 5
  %10 = load i32, ptr %9, align 8, !tbaa !51
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 8, !tbaa !51
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = call i32 @ptype(ptr noundef %12) #7
  %14 = icmp eq i32 %13, 2
  br i1 %14, label %15, label %20

15:                                               ; preds = %1
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.parser, ptr %16, i32 0, i32 2
  %18 = load i32, ptr %17, align 4, !tbaa !48
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %17, align 4, !tbaa !48
  store i32 0, ptr %2, align 4
  br label %58

20:                                               ; preds = %1
  br label %21

21:                                               ; preds = %50, %20
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = call i32 @ptype(ptr noundef %22) #7
  %24 = icmp ne i32 %23, 7
  br i1 %24, label %25, label %28

25:                                               ; preds = %21
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.parser, ptr %26, i32 0, i32 11
  store ptr @.str.17, ptr %27, align 8, !tbaa !44
  store i32 -1, ptr %2, align 4
  br label %58

28:                                               ; preds = %21
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.parser, ptr %29, i32 0, i32 10
  %31 = load i32, ptr %30, align 4, !tbaa !53
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %30, align 4, !tbaa !53
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.parser, ptr %33, i32 0, i32 2
  %35 = load i32, ptr %34, align 4, !tbaa !48
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %34, align 4, !tbaa !48
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = call i32 @expect(ptr noundef %37, i32 noundef 5, ptr noundef @.str.18) #7
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %41

40:                                               ; preds = %28
  store i32 -1, ptr %2, align 4
  br label %58

41:                                               ; preds = %28
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = call i32 @parse_value(ptr noundef %42) #7
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %45, label %46

45:                                               ; preds = %41
  store i32 -1, ptr %2, align 4
  br label %58

46:                                               ; preds = %41
  %47 = load ptr, ptr %3, align 8, !tbaa !9
  %48 = call i32 @ptype(ptr noundef %47) #7
  %49 = icmp eq i32 %48, 6
  br i1 %49, label %50, label %55

50:                                               ; preds = %46
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.parser, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %52, align 4, !tbaa !48
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %52, align 4, !tbaa !48
  br label %21

55:                                               ; preds = %46
  %56 = load ptr, ptr %3, align 8, !tbaa !9
  %57 = call i32 @expect(ptr noundef %56, i32 noundef 2, ptr noundef @.str.19) #7
  store i32 %57, ptr %2, align 4
  br label %58

58:                                               ; preds = %55, %45, %40, %25, %15
  %59 = load i32, ptr %2, align 4
  ret i32 %59
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_array(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %4 = load ptr, ptr %3, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.parser, ptr %4, i32 0, i32 2
  %6 = load i32, ptr %5, align 4, !tbaa !48
  %7 = add nsw i32 %6, 1
  store i32 %7, ptr %5, align 4, !tbaa !48
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.parser, ptr %8, i32 0, i32 6
  %10 = load i32, ptr %9, align 4, !tbaa !52
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %9, align 4, !tbaa !52
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = call i32 @ptype(ptr noundef %12) #7
  %14 = icmp eq i32 %13, 4
  br i1 %14, label %15, label %20

15:                                               ; preds = %1
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.parser, ptr %16, i32 0, i32 2
  %18 = load i32, ptr %17, align 4, !tbaa !48
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %17, align 4, !tbaa !48
  store i32 0, ptr %2, align 4
  br label %38

20:                                               ; preds = %1
  br label %21

21:                                               ; preds = %30, %20
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = call i32 @parse_value(ptr noundef %22) #7
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %26

25:                                               ; preds = %21
  store i32 -1, ptr %2, align 4
  br label %38

26:                                               ; preds = %21
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = call i32 @ptype(ptr noundef %27) #7
  %29 = icmp eq i32 %28, 6
  br i1 %29, label %30, label %35

30:                                               ; preds = %26
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.parser, ptr %31, i32 0, i32 2
  %33 = load i32, ptr %32, align 4, !tbaa !48
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %32, align 4, !tbaa !48
  br label %21

35:                                               ; preds = %26
  %36 = load ptr, ptr %3, align 8, !tbaa !9
  %37 = call i32 @expect(ptr noundef %36, i32 noundef 4, ptr noundef @.str.20) #7
  store i32 %37, ptr %2, align 4
  br label %38

38:                                               ; preds = %35, %25, %15
  %39 = load i32, ptr %2, align 4
  ret i32 %39
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @expect(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !31
  %8 = load ptr, ptr %5, align 8, !tbaa !9
  %9 = call i32 @ptype(ptr noundef %8) #7
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = icmp ne i32 %9, %10
  br i1 %11, label %12, label %16

12:                                               ; preds = %3
  %13 = load ptr, ptr %7, align 8, !tbaa !31
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.parser, ptr %14, i32 0, i32 11
  store ptr %13, ptr %15, align 8, !tbaa !44
  store i32 -1, ptr %4, align 4
  br label %21

16:                                               ; preds = %3
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.parser, ptr %17, i32 0, i32 2
  %19 = load i32, ptr %18, align 4, !tbaa !48
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %18, align 4, !tbaa !48
  store i32 0, ptr %4, align 4
  br label %21

21:                                               ; preds = %16, %12
  %22 = load i32, ptr %4, align 4
  ret i32 %22
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize optsize }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }

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
!11 = !{!12, !6, i64 12}
!12 = !{!"", !13, i64 0, !6, i64 8, !6, i64 12, !6, i64 16, !13, i64 24}
!13 = !{!"p1 omnipotent char", !10, i64 0}
!14 = !{!15, !6, i64 4}
!15 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!16 = !{!12, !6, i64 16}
!17 = !{!15, !6, i64 12}
!18 = !{!15, !6, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 short", !10, i64 0}
!21 = !{!22, !22, i64 0}
!22 = !{!"short", !7, i64 0}
!23 = !{!12, !13, i64 24}
!24 = !{!15, !6, i64 8}
!25 = !{!12, !6, i64 8}
!26 = !{!12, !13, i64 0}
!27 = !{!7, !7, i64 0}
!28 = distinct !{!28, !29}
!29 = !{!"llvm.loop.mustprogress"}
!30 = distinct !{!30, !29}
!31 = !{!13, !13, i64 0}
!32 = !{!33, !33, i64 0}
!33 = !{!"long", !7, i64 0}
!34 = distinct !{!34, !29}
!35 = distinct !{!35, !29}
!36 = distinct !{!36, !29}
!37 = !{!38, !38, i64 0}
!38 = !{!"p2 omnipotent char", !39, i64 0}
!39 = !{!"any p2 pointer", !10, i64 0}
!40 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5, i64 12, i64 4, !5}
!41 = !{!42, !10, i64 0}
!42 = !{!"", !10, i64 0, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20, !6, i64 24, !6, i64 28, !6, i64 32, !6, i64 36, !6, i64 40, !6, i64 44, !13, i64 48}
!43 = !{!42, !6, i64 8}
!44 = !{!42, !13, i64 48}
!45 = !{!42, !6, i64 16}
!46 = !{!42, !6, i64 20}
!47 = !{!42, !6, i64 32}
!48 = !{!42, !6, i64 12}
!49 = !{!42, !6, i64 36}
!50 = !{!42, !6, i64 40}
!51 = !{!42, !6, i64 24}
!52 = !{!42, !6, i64 28}
!53 = !{!42, !6, i64 44}
!54 = distinct !{!54, !29}
!55 = distinct !{!55, !29}
!56 = distinct !{!56, !29}
!57 = distinct !{!57, !29}
