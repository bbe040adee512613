; ModuleID = 'quoted_printable.c'
source_filename = "quoted_printable.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.outbuf = type { [8192 x i8], i64, i64, i8 }

@qp_encode.hex = internal constant [17 x i8] c"0123456789ABCDEF\00", align 16
@main.samples = internal global [5 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4], align 16
@.str = private unnamed_addr constant [14 x i8] c"Hello, World!\00", align 1
@.str.1 = private unnamed_addr constant [44 x i8] c"Equals = sign and trailing space \0Anext line\00", align 1
@.str.2 = private unnamed_addr constant [33 x i8] c"Caf\C3\A9 cr\C3\A8me br\C3\BBl\C3\A9e costs 5\E2\82\AC\00", align 1
@.str.3 = private unnamed_addr constant [126 x i8] c"A very long line that goes on and on and on past the seventy six character limit imposed by the RFC so it must wrap somewhere\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"tabs\09and\09trailing tab\09\00", align 1
@main.ob = internal global %struct.outbuf zeroinitializer, align 8
@.str.5 = private unnamed_addr constant [52 x i8] c"sample %zu: in=%zu out=%zu maxline=%u roundtrip=%s\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@.str.8 = private unnamed_addr constant [45 x i8] c"big: in=%zu out=%zu maxline=%u roundtrip=%s\0A\00", align 1
@.str.9 = private unnamed_addr constant [17 x i8] c"ok=%u hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @qp_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !14
  %11 = load ptr, ptr %6, align 8, !tbaa !14
  %12 = getelementptr inbounds nuw %struct.outbuf, ptr %11, i32 0, i32 1
  store i64 0, ptr %12, align 8, !tbaa !16
  %13 = load ptr, ptr %6, align 8, !tbaa !14
  %14 = getelementptr inbounds nuw %struct.outbuf, ptr %13, i32 0, i32 2
  store i64 0, ptr %14, align 8, !tbaa !19
  %15 = load ptr, ptr %6, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw %struct.outbuf, ptr %15, i32 0, i32 3
  store i8 0, ptr %16, align 8, !tbaa !20
  %17 = load ptr, ptr %6, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.outbuf, ptr %17, i32 0, i32 0
  %19 = getelementptr inbounds [8192 x i8], ptr %18, i64 0, i64 0
  store i8 0, ptr %19, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %20

20:                                               ; preds = %95, %3
  %21 = load i64, ptr %7, align 8, !tbaa !12
  %22 = load i64, ptr %5, align 8, !tbaa !12
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %20
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %98

25:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !21
  store i8 %29, ptr %9, align 1, !tbaa !21
  %30 = load i8, ptr %9, align 1, !tbaa !21
  %31 = zext i8 %30 to i32
  %32 = icmp eq i32 %31, 10
  br i1 %32, label %33, label %36

33:                                               ; preds = %25
  %34 = load ptr, ptr %6, align 8, !tbaa !14
  call void @ob_put(ptr noundef %34, i8 noundef signext 13) #5
  %35 = load ptr, ptr %6, align 8, !tbaa !14
  call void @ob_put(ptr noundef %35, i8 noundef signext 10) #5
  store i32 4, ptr %8, align 4
  br label %92

36:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %37 = load i64, ptr %7, align 8, !tbaa !12
  %38 = add i64 %37, 1
  %39 = load i64, ptr %5, align 8, !tbaa !12
  %40 = icmp eq i64 %38, %39
  br i1 %40, label %49, label %41

41:                                               ; preds = %36
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = load i64, ptr %7, align 8, !tbaa !12
  %44 = add i64 %43, 1
  %45 = getelementptr inbounds nuw i8, ptr %42, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !21
  %47 = sext i8 %46 to i32
  %48 = icmp eq i32 %47, 10
  br label %49

49:                                               ; preds = %41, %36
  %50 = phi i1 [ true, %36 ], [ %48, %41 ]
  %51 = zext i1 %50 to i8
  store i8 %51, ptr %10, align 1, !tbaa !22
  %52 = load i8, ptr %9, align 1, !tbaa !21
  %53 = load i8, ptr %10, align 1, !tbaa !22, !range !23, !noundef !24
  %54 = trunc i8 %53 to i1
  %55 = call zeroext i1 @needs_escape(i8 noundef zeroext %52, i1 noundef zeroext %54) #5
  br i1 %55, label %56, label %80

56:                                               ; preds = %49
  %57 = load ptr, ptr %6, align 8, !tbaa !14
  %58 = getelementptr inbounds nuw %struct.outbuf, ptr %57, i32 0, i32 2
  %59 = load i64, ptr %58, align 8, !tbaa !19
  %60 = add i64 %59, 3
  %61 = icmp ugt i64 %60, 75
  br i1 %61, label %62, label %64

62:                                               ; preds = %56
  %63 = load ptr, ptr %6, align 8, !tbaa !14
  call void @ob_soft_break(ptr noundef %63) #5
  br label %64

64:                                               ; preds = %62, %56
  %65 = load ptr, ptr %6, align 8, !tbaa !14
  call void @ob_put(ptr noundef %65, i8 noundef signext 61) #5
  %66 = load ptr, ptr %6, align 8, !tbaa !14
  %67 = load i8, ptr %9, align 1, !tbaa !21
  %68 = zext i8 %67 to i32
  %69 = ashr i32 %68, 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [17 x i8], ptr @qp_encode.hex, i64 0, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !21
  call void @ob_put(ptr noundef %66, i8 noundef signext %72) #5
  %73 = load ptr, ptr %6, align 8, !tbaa !14
  %74 = load i8, ptr %9, align 1, !tbaa !21
  %75 = zext i8 %74 to i32
  %76 = and i32 %75, 15
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [17 x i8], ptr @qp_encode.hex, i64 0, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !21
  call void @ob_put(ptr noundef %73, i8 noundef signext %79) #5
  br label %91

80:                                               ; preds = %49
  %81 = load ptr, ptr %6, align 8, !tbaa !14
  %82 = getelementptr inbounds nuw %struct.outbuf, ptr %81, i32 0, i32 2
  %83 = load i64, ptr %82, align 8, !tbaa !19
  %84 = add i64 %83, 1
  %85 = icmp ugt i64 %84, 75
  br i1 %85, label %86, label %88

86:                                               ; preds = %80
  %87 = load ptr, ptr %6, align 8, !tbaa !14
  call void @ob_soft_break(ptr noundef %87) #5
  br label %88

88:                                               ; preds = %86, %80
  %89 = load ptr, ptr %6, align 8, !tbaa !14
  %90 = load i8, ptr %9, align 1, !tbaa !21
  call void @ob_put(ptr noundef %89, i8 noundef signext %90) #5
  br label %91

91:                                               ; preds = %88, %64
  call void @llvm.lifetime.end.p0(ptr %10) #4
  store i32 0, ptr %8, align 4
  br label %92

92:                                               ; preds = %91, %33
  call void @llvm.lifetime.end.p0(ptr %9) #4
  %93 = load i32, ptr %8, align 4
  switch i32 %93, label %99 [
    i32 0, label %94
    i32 4, label %95
  ]

94:                                               ; preds = %92
  br label %95

95:                                               ; preds = %94, %92
  %96 = load i64, ptr %7, align 8, !tbaa !12
  %97 = add i64 %96, 1
  store i64 %97, ptr %7, align 8, !tbaa !12
  br label %20, !llvm.loop !25

98:                                               ; preds = %24
  ret void

99:                                               ; preds = %92
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ob_put(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !14
  store i8 %1, ptr %4, align 1, !tbaa !21
  %5 = load ptr, ptr %3, align 8, !tbaa !14
  %6 = getelementptr inbounds nuw %struct.outbuf, ptr %5, i32 0, i32 1
  %7 = load i64, ptr %6, align 8, !tbaa !16
  %8 = add i64 %7, 1
  %9 = icmp uge i64 %8, 8192
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load ptr, ptr %3, align 8, !tbaa !14
  %12 = getelementptr inbounds nuw %struct.outbuf, ptr %11, i32 0, i32 3
  store i8 1, ptr %12, align 8, !tbaa !20
  br label %39

13:                                               ; preds = %2
  %14 = load i8, ptr %4, align 1, !tbaa !21
  %15 = load ptr, ptr %3, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw %struct.outbuf, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %3, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.outbuf, ptr %17, i32 0, i32 1
  %19 = load i64, ptr %18, align 8, !tbaa !16
  %20 = add i64 %19, 1
  store i64 %20, ptr %18, align 8, !tbaa !16
  %21 = getelementptr inbounds nuw [8192 x i8], ptr %16, i64 0, i64 %19
  store i8 %14, ptr %21, align 1, !tbaa !21
  %22 = load ptr, ptr %3, align 8, !tbaa !14
  %23 = getelementptr inbounds nuw %struct.outbuf, ptr %22, i32 0, i32 0
  %24 = load ptr, ptr %3, align 8, !tbaa !14
  %25 = getelementptr inbounds nuw %struct.outbuf, ptr %24, i32 0, i32 1
  %26 = load i64, ptr %25, align 8, !tbaa !16
  %27 = getelementptr inbounds nuw [8192 x i8], ptr %23, i64 0, i64 %26
  store i8 0, ptr %27, align 1, !tbaa !21
  %28 = load i8, ptr %4, align 1, !tbaa !21
  %29 = sext i8 %28 to i32
  %30 = icmp eq i32 %29, 10
  br i1 %30, label %31, label %34

31:                                               ; preds = %13
  %32 = load ptr, ptr %3, align 8, !tbaa !14
  %33 = getelementptr inbounds nuw %struct.outbuf, ptr %32, i32 0, i32 2
  store i64 0, ptr %33, align 8, !tbaa !19
  br label %39

34:                                               ; preds = %13
  %35 = load ptr, ptr %3, align 8, !tbaa !14
  %36 = getelementptr inbounds nuw %struct.outbuf, ptr %35, i32 0, i32 2
  %37 = load i64, ptr %36, align 8, !tbaa !19
  %38 = add i64 %37, 1
  store i64 %38, ptr %36, align 8, !tbaa !19
  br label %39

39:                                               ; preds = %10, %34, %31
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @needs_escape(i8 noundef zeroext %0, i1 noundef zeroext %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  store i8 %0, ptr %4, align 1, !tbaa !21
  %6 = zext i1 %1 to i8
  store i8 %6, ptr %5, align 1, !tbaa !22
  %7 = load i8, ptr %4, align 1, !tbaa !21
  %8 = zext i8 %7 to i32
  %9 = icmp eq i32 %8, 61
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  store i1 true, ptr %3, align 1
  br label %42

11:                                               ; preds = %2
  %12 = load i8, ptr %4, align 1, !tbaa !21
  %13 = zext i8 %12 to i32
  %14 = icmp eq i32 %13, 32
  br i1 %14, label %19, label %15

15:                                               ; preds = %11
  %16 = load i8, ptr %4, align 1, !tbaa !21
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 9
  br i1 %18, label %19, label %23

19:                                               ; preds = %15, %11
  %20 = load i8, ptr %5, align 1, !tbaa !22, !range !23, !noundef !24
  %21 = trunc i8 %20 to i1
  br i1 %21, label %22, label %23

22:                                               ; preds = %19
  store i1 true, ptr %3, align 1
  br label %42

23:                                               ; preds = %19, %15
  %24 = load i8, ptr %4, align 1, !tbaa !21
  %25 = zext i8 %24 to i32
  %26 = icmp eq i32 %25, 32
  br i1 %26, label %31, label %27

27:                                               ; preds = %23
  %28 = load i8, ptr %4, align 1, !tbaa !21
  %29 = zext i8 %28 to i32
  %30 = icmp eq i32 %29, 9
  br i1 %30, label %31, label %32

31:                                               ; preds = %27, %23
  store i1 false, ptr %3, align 1
  br label %42

32:                                               ; preds = %27
  %33 = load i8, ptr %4, align 1, !tbaa !21
  %34 = zext i8 %33 to i32
  %35 = icmp slt i32 %34, 33
  br i1 %35, label %40, label %36

36:                                               ; preds = %32
  %37 = load i8, ptr %4, align 1, !tbaa !21
  %38 = zext i8 %37 to i32
  %39 = icmp sgt i32 %38, 126
  br label %40

40:                                               ; preds = %36, %32
  %41 = phi i1 [ true, %32 ], [ %39, %36 ]
  store i1 %41, ptr %3, align 1
  br label %42

42:                                               ; preds = %40, %31, %22, %10
  %43 = load i1, ptr %3, align 1
  ret i1 %43
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ob_soft_break(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !14
  %3 = load ptr, ptr %2, align 8, !tbaa !14
  call void @ob_put(ptr noundef %3, i8 noundef signext 61) #5
  %4 = load ptr, ptr %2, align 8, !tbaa !14
  call void @ob_put(ptr noundef %4, i8 noundef signext 13) #5
  %5 = load ptr, ptr %2, align 8, !tbaa !14
  call void @ob_put(ptr noundef %5, i8 noundef signext 10) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @qp_decode(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %13

13:                                               ; preds = %141, %3
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = load i64, ptr %8, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !21
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = load i64, ptr %7, align 8, !tbaa !12
  %22 = add i64 %21, 1
  %23 = load i64, ptr %6, align 8, !tbaa !12
  %24 = icmp ult i64 %22, %23
  br label %25

25:                                               ; preds = %20, %13
  %26 = phi i1 [ false, %13 ], [ %24, %20 ]
  br i1 %26, label %28, label %27

27:                                               ; preds = %25
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %144

28:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = load i64, ptr %8, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !21
  store i8 %32, ptr %10, align 1, !tbaa !21
  %33 = load i8, ptr %10, align 1, !tbaa !21
  %34 = sext i8 %33 to i32
  %35 = icmp eq i32 %34, 61
  br i1 %35, label %36, label %111

36:                                               ; preds = %28
  %37 = load ptr, ptr %4, align 8, !tbaa !9
  %38 = load i64, ptr %8, align 8, !tbaa !12
  %39 = add i64 %38, 1
  %40 = getelementptr inbounds nuw i8, ptr %37, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !21
  %42 = sext i8 %41 to i32
  %43 = icmp eq i32 %42, 13
  br i1 %43, label %44, label %55

44:                                               ; preds = %36
  %45 = load ptr, ptr %4, align 8, !tbaa !9
  %46 = load i64, ptr %8, align 8, !tbaa !12
  %47 = add i64 %46, 2
  %48 = getelementptr inbounds nuw i8, ptr %45, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !21
  %50 = sext i8 %49 to i32
  %51 = icmp eq i32 %50, 10
  br i1 %51, label %52, label %55

52:                                               ; preds = %44
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = add i64 %53, 2
  store i64 %54, ptr %8, align 8, !tbaa !12
  store i32 4, ptr %9, align 4
  br label %138

55:                                               ; preds = %44, %36
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = load i64, ptr %8, align 8, !tbaa !12
  %58 = add i64 %57, 1
  %59 = getelementptr inbounds nuw i8, ptr %56, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !21
  %61 = sext i8 %60 to i32
  %62 = icmp eq i32 %61, 10
  br i1 %62, label %63, label %66

63:                                               ; preds = %55
  %64 = load i64, ptr %8, align 8, !tbaa !12
  %65 = add i64 %64, 1
  store i64 %65, ptr %8, align 8, !tbaa !12
  store i32 4, ptr %9, align 4
  br label %138

66:                                               ; preds = %55
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %67 = load ptr, ptr %4, align 8, !tbaa !9
  %68 = load i64, ptr %8, align 8, !tbaa !12
  %69 = add i64 %68, 1
  %70 = getelementptr inbounds nuw i8, ptr %67, i64 %69
  %71 = load i8, ptr %70, align 1, !tbaa !21
  %72 = call i32 @hexval(i8 noundef signext %71) #5
  store i32 %72, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %73 = load i32, ptr %11, align 4, !tbaa !5
  %74 = icmp sge i32 %73, 0
  br i1 %74, label %75, label %82

75:                                               ; preds = %66
  %76 = load ptr, ptr %4, align 8, !tbaa !9
  %77 = load i64, ptr %8, align 8, !tbaa !12
  %78 = add i64 %77, 2
  %79 = getelementptr inbounds nuw i8, ptr %76, i64 %78
  %80 = load i8, ptr %79, align 1, !tbaa !21
  %81 = call i32 @hexval(i8 noundef signext %80) #5
  br label %83

82:                                               ; preds = %66
  br label %83

83:                                               ; preds = %82, %75
  %84 = phi i32 [ %81, %75 ], [ -1, %82 ]
  store i32 %84, ptr %12, align 4, !tbaa !5
  %85 = load i32, ptr %11, align 4, !tbaa !5
  %86 = icmp sge i32 %85, 0
  br i1 %86, label %87, label %102

87:                                               ; preds = %83
  %88 = load i32, ptr %12, align 4, !tbaa !5
  %89 = icmp sge i32 %88, 0
  br i1 %89, label %90, label %102

90:                                               ; preds = %87
  %91 = load i32, ptr %11, align 4, !tbaa !5
  %92 = mul nsw i32 %91, 16
  %93 = load i32, ptr %12, align 4, !tbaa !5
  %94 = add nsw i32 %92, %93
  %95 = trunc i32 %94 to i8
  %96 = load ptr, ptr %5, align 8, !tbaa !9
  %97 = load i64, ptr %7, align 8, !tbaa !12
  %98 = add i64 %97, 1
  store i64 %98, ptr %7, align 8, !tbaa !12
  %99 = getelementptr inbounds nuw i8, ptr %96, i64 %97
  store i8 %95, ptr %99, align 1, !tbaa !21
  %100 = load i64, ptr %8, align 8, !tbaa !12
  %101 = add i64 %100, 2
  store i64 %101, ptr %8, align 8, !tbaa !12
  store i32 4, ptr %9, align 4
  br label %108

102:                                              ; preds = %87, %83
  %103 = load i8, ptr %10, align 1, !tbaa !21
  %104 = load ptr, ptr %5, align 8, !tbaa !9
  %105 = load i64, ptr %7, align 8, !tbaa !12
  %106 = add i64 %105, 1
  store i64 %106, ptr %7, align 8, !tbaa !12
  %107 = getelementptr inbounds nuw i8, ptr %104, i64 %105
  store i8 %103, ptr %107, align 1, !tbaa !21
  store i32 0, ptr %9, align 4
  br label %108

108:                                              ; preds = %102, %90
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  %109 = load i32, ptr %9, align 4
  switch i32 %109, label %138 [
    i32 0, label %110
  ]

110:                                              ; preds = %108
  br label %137

111:                                              ; preds = %28
  %112 = load i8, ptr %10, align 1, !tbaa !21
  %113 = sext i8 %112 to i32
  %114 = icmp eq i32 %113, 13
  br i1 %114, label %115, label %130

115:                                              ; preds = %111
  %116 = load ptr, ptr %4, align 8, !tbaa !9
  %117 = load i64, ptr %8, align 8, !tbaa !12
  %118 = add i64 %117, 1
  %119 = getelementptr inbounds nuw i8, ptr %116, i64 %118
  %120 = load i8, ptr %119, align 1, !tbaa !21
  %121 = sext i8 %120 to i32
  %122 = icmp eq i32 %121, 10
  br i1 %122, label %123, label %130

123:                                              ; preds = %115
  %124 = load ptr, ptr %5, align 8, !tbaa !9
  %125 = load i64, ptr %7, align 8, !tbaa !12
  %126 = add i64 %125, 1
  store i64 %126, ptr %7, align 8, !tbaa !12
  %127 = getelementptr inbounds nuw i8, ptr %124, i64 %125
  store i8 10, ptr %127, align 1, !tbaa !21
  %128 = load i64, ptr %8, align 8, !tbaa !12
  %129 = add i64 %128, 1
  store i64 %129, ptr %8, align 8, !tbaa !12
  br label %136

130:                                              ; preds = %115, %111
  %131 = load i8, ptr %10, align 1, !tbaa !21
  %132 = load ptr, ptr %5, align 8, !tbaa !9
  %133 = load i64, ptr %7, align 8, !tbaa !12
  %134 = add i64 %133, 1
  store i64 %134, ptr %7, align 8, !tbaa !12
  %135 = getelementptr inbounds nuw i8, ptr %132, i64 %133
  store i8 %131, ptr %135, align 1, !tbaa !21
  br label %136

136:                                              ; preds = %130, %123
  br label %137

137:                                              ; preds = %136, %110
  store i32 0, ptr %9, align 4
  br label %138

138:                                              ; preds = %137, %108, %63, %52
  call void @llvm.lifetime.end.p0(ptr %10) #4
  %139 = load i32, ptr %9, align 4
  switch i32 %139, label %149 [
    i32 0, label %140
    i32 4, label %141
  ]

140:                                              ; preds = %138
  br label %141

141:                                              ; preds = %140, %138
  %142 = load i64, ptr %8, align 8, !tbaa !12
  %143 = add i64 %142, 1
  store i64 %143, ptr %8, align 8, !tbaa !12
  br label %13, !llvm.loop !27

144:                                              ; preds = %27
  %145 = load ptr, ptr %5, align 8, !tbaa !9
  %146 = load i64, ptr %7, align 8, !tbaa !12
  %147 = getelementptr inbounds nuw i8, ptr %145, i64 %146
  store i8 0, ptr %147, align 1, !tbaa !21
  %148 = load i64, ptr %7, align 8, !tbaa !12
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i64 %148

149:                                              ; preds = %138
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hexval(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !21
  %4 = load i8, ptr %3, align 1, !tbaa !21
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 48
  br i1 %6, label %7, label %15

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !21
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 57
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i8, ptr %3, align 1, !tbaa !21
  %13 = sext i8 %12 to i32
  %14 = sub nsw i32 %13, 48
  store i32 %14, ptr %2, align 4
  br label %42

15:                                               ; preds = %7, %1
  %16 = load i8, ptr %3, align 1, !tbaa !21
  %17 = sext i8 %16 to i32
  %18 = icmp sge i32 %17, 65
  br i1 %18, label %19, label %28

19:                                               ; preds = %15
  %20 = load i8, ptr %3, align 1, !tbaa !21
  %21 = sext i8 %20 to i32
  %22 = icmp sle i32 %21, 70
  br i1 %22, label %23, label %28

23:                                               ; preds = %19
  %24 = load i8, ptr %3, align 1, !tbaa !21
  %25 = sext i8 %24 to i32
  %26 = sub nsw i32 %25, 65
  %27 = add nsw i32 %26, 10
  store i32 %27, ptr %2, align 4
  br label %42

28:                                               ; preds = %19, %15
  %29 = load i8, ptr %3, align 1, !tbaa !21
  %30 = sext i8 %29 to i32
  %31 = icmp sge i32 %30, 97
  br i1 %31, label %32, label %41

32:                                               ; preds = %28
  %33 = load i8, ptr %3, align 1, !tbaa !21
  %34 = sext i8 %33 to i32
  %35 = icmp sle i32 %34, 102
  br i1 %35, label %36, label %41

36:                                               ; preds = %32
  %37 = load i8, ptr %3, align 1, !tbaa !21
  %38 = sext i8 %37 to i32
  %39 = sub nsw i32 %38, 97
  %40 = add nsw i32 %39, 10
  store i32 %40, ptr %2, align 4
  br label %42

41:                                               ; preds = %32, %28
  store i32 -1, ptr %2, align 4
  br label %42

42:                                               ; preds = %41, %36, %23, %11
  %43 = load i32, ptr %2, align 4
  ret i32 %43
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8192 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i8, align 1
  %10 = alloca i64, align 8
  %11 = alloca [3000 x i8], align 16
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i8, align 1
  %17 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 5381, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %18

18:                                               ; preds = %78, %0
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = icmp ult i64 %19, 5
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %81

22:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %23 = load i64, ptr %5, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw [5 x ptr], ptr @main.samples, i64 0, i64 %23
  %25 = load ptr, ptr %24, align 8, !tbaa !9
  %26 = call i64 @strlen(ptr noundef %25) #6
  store i64 %26, ptr %7, align 8, !tbaa !12
  %27 = load i64, ptr %5, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw [5 x ptr], ptr @main.samples, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !9
  %30 = load i64, ptr %7, align 8, !tbaa !12
  call void @qp_encode(ptr noundef %29, i64 noundef %30, ptr noundef @main.ob) #5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %31 = getelementptr inbounds [8192 x i8], ptr %2, i64 0, i64 0
  %32 = call i64 @qp_decode(ptr noundef @main.ob, ptr noundef %31, i64 noundef 8192) #5
  store i64 %32, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %33 = load i64, ptr %8, align 8, !tbaa !12
  %34 = load i64, ptr %7, align 8, !tbaa !12
  %35 = icmp eq i64 %33, %34
  br i1 %35, label %36, label %44

36:                                               ; preds = %22
  %37 = getelementptr inbounds [8192 x i8], ptr %2, i64 0, i64 0
  %38 = load i64, ptr %5, align 8, !tbaa !12
  %39 = getelementptr inbounds nuw [5 x ptr], ptr @main.samples, i64 0, i64 %38
  %40 = load ptr, ptr %39, align 8, !tbaa !9
  %41 = load i64, ptr %7, align 8, !tbaa !12
  %42 = call i32 @memcmp(ptr noundef %37, ptr noundef %40, i64 noundef %41) #6
  %43 = icmp eq i32 %42, 0
  br label %44

44:                                               ; preds = %36, %22
  %45 = phi i1 [ false, %22 ], [ %43, %36 ]
  %46 = zext i1 %45 to i8
  store i8 %46, ptr %9, align 1, !tbaa !22
  %47 = load i8, ptr %9, align 1, !tbaa !22, !range !23, !noundef !24
  %48 = trunc i8 %47 to i1
  %49 = zext i1 %48 to i32
  %50 = load i32, ptr %3, align 4, !tbaa !5
  %51 = add i32 %50, %49
  store i32 %51, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %52

52:                                               ; preds = %65, %44
  %53 = load i64, ptr %10, align 8, !tbaa !12
  %54 = load i64, ptr getelementptr inbounds nuw (%struct.outbuf, ptr @main.ob, i32 0, i32 1), align 8, !tbaa !16
  %55 = icmp ult i64 %53, %54
  br i1 %55, label %57, label %56

56:                                               ; preds = %52
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %68

57:                                               ; preds = %52
  %58 = load i32, ptr %4, align 4, !tbaa !5
  %59 = mul i32 %58, 33
  %60 = load i64, ptr %10, align 8, !tbaa !12
  %61 = getelementptr inbounds nuw [8192 x i8], ptr @main.ob, i64 0, i64 %60
  %62 = load i8, ptr %61, align 1, !tbaa !21
  %63 = zext i8 %62 to i32
  %64 = add i32 %59, %63
  store i32 %64, ptr %4, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %57
  %66 = load i64, ptr %10, align 8, !tbaa !12
  %67 = add i64 %66, 1
  store i64 %67, ptr %10, align 8, !tbaa !12
  br label %52, !llvm.loop !28

68:                                               ; preds = %56
  %69 = load i64, ptr %5, align 8, !tbaa !12
  %70 = load i64, ptr %7, align 8, !tbaa !12
  %71 = load i64, ptr getelementptr inbounds nuw (%struct.outbuf, ptr @main.ob, i32 0, i32 1), align 8, !tbaa !16
  %72 = call i32 @max_line_length(ptr noundef @main.ob) #5
  %73 = load i8, ptr %9, align 1, !tbaa !22, !range !23, !noundef !24
  %74 = trunc i8 %73 to i1
  %75 = zext i1 %74 to i64
  %76 = select i1 %74, ptr @.str.6, ptr @.str.7
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %69, i64 noundef %70, i64 noundef %71, i32 noundef %72, ptr noundef %76) #5
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %78

78:                                               ; preds = %68
  %79 = load i64, ptr %5, align 8, !tbaa !12
  %80 = add i64 %79, 1
  store i64 %80, ptr %5, align 8, !tbaa !12
  br label %18, !llvm.loop !29

81:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %11) #4
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i32 -1831433054, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i64 0, ptr %13, align 8, !tbaa !12
  br label %82

82:                                               ; preds = %132, %81
  %83 = load i64, ptr %13, align 8, !tbaa !12
  %84 = icmp ult i64 %83, 3000
  br i1 %84, label %86, label %85

85:                                               ; preds = %82
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %135

86:                                               ; preds = %82
  %87 = load i32, ptr %12, align 4, !tbaa !5
  %88 = shl i32 %87, 13
  %89 = load i32, ptr %12, align 4, !tbaa !5
  %90 = xor i32 %89, %88
  store i32 %90, ptr %12, align 4, !tbaa !5
  %91 = load i32, ptr %12, align 4, !tbaa !5
  %92 = lshr i32 %91, 17
  %93 = load i32, ptr %12, align 4, !tbaa !5
  %94 = xor i32 %93, %92
  store i32 %94, ptr %12, align 4, !tbaa !5
  %95 = load i32, ptr %12, align 4, !tbaa !5
  %96 = shl i32 %95, 5
  %97 = load i32, ptr %12, align 4, !tbaa !5
  %98 = xor i32 %97, %96
  store i32 %98, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %99 = load i32, ptr %12, align 4, !tbaa !5
  %100 = urem i32 %99, 100
  store i32 %100, ptr %14, align 4, !tbaa !5
  %101 = load i32, ptr %14, align 4, !tbaa !5
  %102 = icmp ult i32 %101, 70
  br i1 %102, label %103, label %110

103:                                              ; preds = %86
  %104 = load i32, ptr %12, align 4, !tbaa !5
  %105 = urem i32 %104, 26
  %106 = add i32 97, %105
  %107 = trunc i32 %106 to i8
  %108 = load i64, ptr %13, align 8, !tbaa !12
  %109 = getelementptr inbounds nuw [3000 x i8], ptr %11, i64 0, i64 %108
  store i8 %107, ptr %109, align 1, !tbaa !21
  br label %131

110:                                              ; preds = %86
  %111 = load i32, ptr %14, align 4, !tbaa !5
  %112 = icmp ult i32 %111, 85
  br i1 %112, label %113, label %116

113:                                              ; preds = %110
  %114 = load i64, ptr %13, align 8, !tbaa !12
  %115 = getelementptr inbounds nuw [3000 x i8], ptr %11, i64 0, i64 %114
  store i8 32, ptr %115, align 1, !tbaa !21
  br label %130

116:                                              ; preds = %110
  %117 = load i32, ptr %14, align 4, !tbaa !5
  %118 = icmp ult i32 %117, 90
  br i1 %118, label %119, label %122

119:                                              ; preds = %116
  %120 = load i64, ptr %13, align 8, !tbaa !12
  %121 = getelementptr inbounds nuw [3000 x i8], ptr %11, i64 0, i64 %120
  store i8 10, ptr %121, align 1, !tbaa !21
  br label %129

122:                                              ; preds = %116
  %123 = load i32, ptr %12, align 4, !tbaa !5
  %124 = urem i32 %123, 128
  %125 = add i32 128, %124
  %126 = trunc i32 %125 to i8
  %127 = load i64, ptr %13, align 8, !tbaa !12
  %128 = getelementptr inbounds nuw [3000 x i8], ptr %11, i64 0, i64 %127
  store i8 %126, ptr %128, align 1, !tbaa !21
  br label %129

129:                                              ; preds = %122, %119
  br label %130

130:                                              ; preds = %129, %113
  br label %131

131:                                              ; preds = %130, %103
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %132

132:                                              ; preds = %131
  %133 = load i64, ptr %13, align 8, !tbaa !12
  %134 = add i64 %133, 1
  store i64 %134, ptr %13, align 8, !tbaa !12
  br label %82, !llvm.loop !30

135:                                              ; preds = %85
  %136 = getelementptr inbounds [3000 x i8], ptr %11, i64 0, i64 0
  call void @qp_encode(ptr noundef %136, i64 noundef 3000, ptr noundef @main.ob) #5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  %137 = getelementptr inbounds [8192 x i8], ptr %2, i64 0, i64 0
  %138 = call i64 @qp_decode(ptr noundef @main.ob, ptr noundef %137, i64 noundef 8192) #5
  store i64 %138, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #4
  %139 = load i8, ptr getelementptr inbounds nuw (%struct.outbuf, ptr @main.ob, i32 0, i32 3), align 8, !tbaa !20, !range !23, !noundef !24
  %140 = trunc i8 %139 to i1
  br i1 %140, label %150, label %141

141:                                              ; preds = %135
  %142 = load i64, ptr %15, align 8, !tbaa !12
  %143 = icmp eq i64 %142, 3000
  br i1 %143, label %144, label %150

144:                                              ; preds = %141
  %145 = getelementptr inbounds [8192 x i8], ptr %2, i64 0, i64 0
  %146 = getelementptr inbounds [3000 x i8], ptr %11, i64 0, i64 0
  %147 = load i64, ptr %15, align 8, !tbaa !12
  %148 = call i32 @memcmp(ptr noundef %145, ptr noundef %146, i64 noundef %147) #6
  %149 = icmp eq i32 %148, 0
  br label %150

150:                                              ; preds = %144, %141, %135
  %151 = phi i1 [ false, %141 ], [ false, %135 ], [ %149, %144 ]
  %152 = zext i1 %151 to i8
  store i8 %152, ptr %16, align 1, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %17) #4
  store i64 0, ptr %17, align 8, !tbaa !12
  br label %153

153:                                              ; preds = %166, %150
  %154 = load i64, ptr %17, align 8, !tbaa !12
  %155 = load i64, ptr getelementptr inbounds nuw (%struct.outbuf, ptr @main.ob, i32 0, i32 1), align 8, !tbaa !16
  %156 = icmp ult i64 %154, %155
  br i1 %156, label %158, label %157

157:                                              ; preds = %153
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #4
  br label %169

158:                                              ; preds = %153
  %159 = load i32, ptr %4, align 4, !tbaa !5
  %160 = mul i32 %159, 33
  %161 = load i64, ptr %17, align 8, !tbaa !12
  %162 = getelementptr inbounds nuw [8192 x i8], ptr @main.ob, i64 0, i64 %161
  %163 = load i8, ptr %162, align 1, !tbaa !21
  %164 = zext i8 %163 to i32
  %165 = add i32 %160, %164
  store i32 %165, ptr %4, align 4, !tbaa !5
  br label %166

166:                                              ; preds = %158
  %167 = load i64, ptr %17, align 8, !tbaa !12
  %168 = add i64 %167, 1
  store i64 %168, ptr %17, align 8, !tbaa !12
  br label %153, !llvm.loop !31

169:                                              ; preds = %157
  %170 = load i64, ptr getelementptr inbounds nuw (%struct.outbuf, ptr @main.ob, i32 0, i32 1), align 8, !tbaa !16
  %171 = call i32 @max_line_length(ptr noundef @main.ob) #5
  %172 = load i8, ptr %16, align 1, !tbaa !22, !range !23, !noundef !24
  %173 = trunc i8 %172 to i1
  %174 = zext i1 %173 to i64
  %175 = select i1 %173, ptr @.str.6, ptr @.str.7
  %176 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef 3000, i64 noundef %170, i32 noundef %171, ptr noundef %175) #5
  %177 = load i32, ptr %3, align 4, !tbaa !5
  %178 = load i8, ptr %16, align 1, !tbaa !22, !range !23, !noundef !24
  %179 = trunc i8 %178 to i1
  %180 = zext i1 %179 to i32
  %181 = add i32 %177, %180
  %182 = load i32, ptr %4, align 4, !tbaa !5
  %183 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %181, i32 noundef %182) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4
  call void @llvm.lifetime.end.p0(ptr %15) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %184 = load i32, ptr %1, align 4
  ret i32 %184
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @max_line_length(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %31, %1
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = load i8, ptr %6, align 1, !tbaa !21
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %34

9:                                                ; preds = %5
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = load i8, ptr %10, align 1, !tbaa !21
  %12 = sext i8 %11 to i32
  %13 = icmp eq i32 %12, 13
  br i1 %13, label %14, label %15

14:                                               ; preds = %9
  br label %31

15:                                               ; preds = %9
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !21
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 10
  br i1 %19, label %20, label %27

20:                                               ; preds = %15
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = icmp ugt i32 %21, %22
  br i1 %23, label %24, label %26

24:                                               ; preds = %20
  %25 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %25, ptr %3, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %24, %20
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %30

27:                                               ; preds = %15
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = add i32 %28, 1
  store i32 %29, ptr %4, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %27, %26
  br label %31

31:                                               ; preds = %30, %14
  %32 = load ptr, ptr %2, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw i8, ptr %32, i32 1
  store ptr %33, ptr %2, align 8, !tbaa !9
  br label %5, !llvm.loop !32

34:                                               ; preds = %5
  %35 = load i32, ptr %4, align 4, !tbaa !5
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = icmp ugt i32 %35, %36
  br i1 %37, label %38, label %40

38:                                               ; preds = %34
  %39 = load i32, ptr %4, align 4, !tbaa !5
  br label %42

40:                                               ; preds = %34
  %41 = load i32, ptr %3, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %40, %38
  %43 = phi i32 [ %39, %38 ], [ %41, %40 ]
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %43
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }
attributes #6 = { minsize nounwind optsize willreturn memory(read) }

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
!15 = !{!"p1 _ZTS6outbuf", !11, i64 0}
!16 = !{!17, !13, i64 8192}
!17 = !{!"outbuf", !7, i64 0, !13, i64 8192, !13, i64 8200, !18, i64 8208}
!18 = !{!"_Bool", !7, i64 0}
!19 = !{!17, !13, i64 8200}
!20 = !{!17, !18, i64 8208}
!21 = !{!7, !7, i64 0}
!22 = !{!18, !18, i64 0}
!23 = !{i8 0, i8 2}
!24 = !{}
!25 = distinct !{!25, !26}
!26 = !{!"llvm.loop.mustprogress"}
!27 = distinct !{!27, !26}
!28 = distinct !{!28, !26}
!29 = distinct !{!29, !26}
!30 = distinct !{!30, !26}
!31 = distinct !{!31, !26}
!32 = distinct !{!32, !26}
