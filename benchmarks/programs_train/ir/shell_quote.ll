; ModuleID = 'shell_quote.c'
source_filename = "shell_quote.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.ArgList = type { i32, [32 x [128 x i8]] }

@.str = private unnamed_addr constant [5 x i8] c"'\\''\00", align 1
@main.argv_sets = internal constant [4 x [6 x ptr]] [[6 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr null, ptr null, ptr null], [6 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr null], [6 x ptr] [ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr null], [6 x ptr] [ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr null]], align 16
@.str.1 = private unnamed_addr constant [3 x i8] c"ls\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"-la\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"/tmp\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"echo\00", align 1
@.str.5 = private unnamed_addr constant [12 x i8] c"hello world\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"it's\00", align 1
@.str.7 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"$HOME\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"grep\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"-e\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"a|b\00", align 1
@.str.12 = private unnamed_addr constant [14 x i8] c"file name.txt\00", align 1
@.str.13 = private unnamed_addr constant [13 x i8] c"--color=auto\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"printf\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c"%s\\n\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"tab\09here\00", align 1
@.str.17 = private unnamed_addr constant [11 x i8] c"semi;colon\00", align 1
@.str.18 = private unnamed_addr constant [11 x i8] c"back`tick`\00", align 1
@main.al = internal global %struct.ArgList zeroinitializer, align 4
@.str.19 = private unnamed_addr constant [9 x i8] c"cmd: %s\0A\00", align 1
@.str.20 = private unnamed_addr constant [17 x i8] c"roundtrip %d/%d\0A\00", align 1
@main.lines = internal global [6 x ptr] [ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26], align 16
@.str.21 = private unnamed_addr constant [41 x i8] c"cc -O2 -o \22my prog\22 main.c 'util file.c'\00", align 1
@.str.22 = private unnamed_addr constant [43 x i8] c"echo \22nested 'single' and \\\22double\\\22\22 done\00", align 1
@.str.23 = private unnamed_addr constant [18 x i8] c"a\\ b c\\\\d 'e'\22f\22g\00", align 1
@.str.24 = private unnamed_addr constant [25 x i8] c"unterminated 'quote here\00", align 1
@.str.25 = private unnamed_addr constant [4 x i8] c"   \00", align 1
@.str.26 = private unnamed_addr constant [21 x i8] c"x \22$VAR \\$literal\22 y\00", align 1
@main.status_names = internal global [3 x ptr] [ptr @.str.27, ptr @.str.28, ptr @.str.29], align 16
@.str.27 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.28 = private unnamed_addr constant [13 x i8] c"unterminated\00", align 1
@.str.29 = private unnamed_addr constant [9 x i8] c"overflow\00", align 1
@.str.30 = private unnamed_addr constant [13 x i8] c"[%s] argc=%d\00", align 1
@.str.31 = private unnamed_addr constant [6 x i8] c" <%s>\00", align 1
@.str.32 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@main.alphabet = internal constant [16 x i8] c"ab '\22\\$ \09;|&*?x\00", align 16
@.str.33 = private unnamed_addr constant [35 x i8] c"stress roundtrip %d/300 hash=%08x\0A\00", align 1
@.str.34 = private unnamed_addr constant [11 x i8] c"-_./=:,+@%\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @shell_quote(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i8, align 1
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store i64 %2, ptr %8, align 8, !tbaa !12
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %15 = load ptr, ptr %6, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i64 0
  %17 = load i8, ptr %16, align 1, !tbaa !14
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %18, 0
  %20 = zext i1 %19 to i8
  store i8 %20, ptr %10, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %21 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %21, ptr %11, align 8, !tbaa !9
  br label %22

22:                                               ; preds = %33, %4
  %23 = load ptr, ptr %11, align 8, !tbaa !9
  %24 = load i8, ptr %23, align 1, !tbaa !14
  %25 = icmp ne i8 %24, 0
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  store i32 2, ptr %12, align 4
  br label %36

27:                                               ; preds = %22
  %28 = load ptr, ptr %11, align 8, !tbaa !9
  %29 = load i8, ptr %28, align 1, !tbaa !14
  %30 = call zeroext i1 @is_safe_char(i8 noundef signext %29) #6
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  store i8 0, ptr %10, align 1, !tbaa !15
  store i32 2, ptr %12, align 4
  br label %36

32:                                               ; preds = %27
  br label %33

33:                                               ; preds = %32
  %34 = load ptr, ptr %11, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw i8, ptr %34, i32 1
  store ptr %35, ptr %11, align 8, !tbaa !9
  br label %22, !llvm.loop !17

36:                                               ; preds = %31, %26
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %37

37:                                               ; preds = %36
  %38 = load i8, ptr %10, align 1, !tbaa !15, !range !19, !noundef !20
  %39 = trunc i8 %38 to i1
  br i1 %39, label %40, label %63

40:                                               ; preds = %37
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %41 = load ptr, ptr %6, align 8, !tbaa !9
  %42 = call i64 @strlen(ptr noundef %41) #7
  store i64 %42, ptr %13, align 8, !tbaa !12
  %43 = load i64, ptr %8, align 8, !tbaa !12
  %44 = load i64, ptr %13, align 8, !tbaa !12
  %45 = add i64 %43, %44
  %46 = add i64 %45, 1
  %47 = load i64, ptr %9, align 8, !tbaa !12
  %48 = icmp ugt i64 %46, %47
  br i1 %48, label %49, label %51

49:                                               ; preds = %40
  %50 = load i64, ptr %8, align 8, !tbaa !12
  store i64 %50, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %60

51:                                               ; preds = %40
  %52 = load ptr, ptr %7, align 8, !tbaa !9
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = getelementptr inbounds nuw i8, ptr %52, i64 %53
  %55 = load ptr, ptr %6, align 8, !tbaa !9
  %56 = load i64, ptr %13, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %54, ptr align 1 %55, i64 %56, i1 false)
  %57 = load i64, ptr %13, align 8, !tbaa !12
  %58 = load i64, ptr %8, align 8, !tbaa !12
  %59 = add i64 %58, %57
  store i64 %59, ptr %8, align 8, !tbaa !12
  store i32 0, ptr %12, align 4
  br label %60

60:                                               ; preds = %51, %49
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %61 = load i32, ptr %12, align 4
  switch i32 %61, label %126 [
    i32 0, label %62
  ]

62:                                               ; preds = %60
  br label %121

63:                                               ; preds = %37
  %64 = load i64, ptr %8, align 8, !tbaa !12
  %65 = add i64 %64, 3
  %66 = load i64, ptr %9, align 8, !tbaa !12
  %67 = icmp ugt i64 %65, %66
  br i1 %67, label %68, label %70

68:                                               ; preds = %63
  %69 = load i64, ptr %8, align 8, !tbaa !12
  store i64 %69, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %126

70:                                               ; preds = %63
  %71 = load ptr, ptr %7, align 8, !tbaa !9
  %72 = load i64, ptr %8, align 8, !tbaa !12
  %73 = add i64 %72, 1
  store i64 %73, ptr %8, align 8, !tbaa !12
  %74 = getelementptr inbounds nuw i8, ptr %71, i64 %72
  store i8 39, ptr %74, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %75 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %75, ptr %14, align 8, !tbaa !9
  br label %76

76:                                               ; preds = %112, %70
  %77 = load ptr, ptr %14, align 8, !tbaa !9
  %78 = load i8, ptr %77, align 1, !tbaa !14
  %79 = icmp ne i8 %78, 0
  br i1 %79, label %81, label %80

80:                                               ; preds = %76
  store i32 5, ptr %12, align 4
  br label %115

81:                                               ; preds = %76
  %82 = load ptr, ptr %14, align 8, !tbaa !9
  %83 = load i8, ptr %82, align 1, !tbaa !14
  %84 = sext i8 %83 to i32
  %85 = icmp eq i32 %84, 39
  br i1 %85, label %86, label %98

86:                                               ; preds = %81
  %87 = load i64, ptr %8, align 8, !tbaa !12
  %88 = add i64 %87, 5
  %89 = load i64, ptr %9, align 8, !tbaa !12
  %90 = icmp ugt i64 %88, %89
  br i1 %90, label %91, label %92

91:                                               ; preds = %86
  store i32 5, ptr %12, align 4
  br label %115

92:                                               ; preds = %86
  %93 = load ptr, ptr %7, align 8, !tbaa !9
  %94 = load i64, ptr %8, align 8, !tbaa !12
  %95 = getelementptr inbounds nuw i8, ptr %93, i64 %94
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %95, ptr align 1 @.str, i64 4, i1 false)
  %96 = load i64, ptr %8, align 8, !tbaa !12
  %97 = add i64 %96, 4
  store i64 %97, ptr %8, align 8, !tbaa !12
  br label %111

98:                                               ; preds = %81
  %99 = load i64, ptr %8, align 8, !tbaa !12
  %100 = add i64 %99, 2
  %101 = load i64, ptr %9, align 8, !tbaa !12
  %102 = icmp ugt i64 %100, %101
  br i1 %102, label %103, label %104

103:                                              ; preds = %98
  store i32 5, ptr %12, align 4
  br label %115

104:                                              ; preds = %98
  %105 = load ptr, ptr %14, align 8, !tbaa !9
  %106 = load i8, ptr %105, align 1, !tbaa !14
  %107 = load ptr, ptr %7, align 8, !tbaa !9
  %108 = load i64, ptr %8, align 8, !tbaa !12
  %109 = add i64 %108, 1
  store i64 %109, ptr %8, align 8, !tbaa !12
  %110 = getelementptr inbounds nuw i8, ptr %107, i64 %108
  store i8 %106, ptr %110, align 1, !tbaa !14
  br label %111

111:                                              ; preds = %104, %92
  br label %112

112:                                              ; preds = %111
  %113 = load ptr, ptr %14, align 8, !tbaa !9
  %114 = getelementptr inbounds nuw i8, ptr %113, i32 1
  store ptr %114, ptr %14, align 8, !tbaa !9
  br label %76, !llvm.loop !21

115:                                              ; preds = %103, %91, %80
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %116

116:                                              ; preds = %115
  %117 = load ptr, ptr %7, align 8, !tbaa !9
  %118 = load i64, ptr %8, align 8, !tbaa !12
  %119 = add i64 %118, 1
  store i64 %119, ptr %8, align 8, !tbaa !12
  %120 = getelementptr inbounds nuw i8, ptr %117, i64 %118
  store i8 39, ptr %120, align 1, !tbaa !14
  br label %121

121:                                              ; preds = %116, %62
  %122 = load ptr, ptr %7, align 8, !tbaa !9
  %123 = load i64, ptr %8, align 8, !tbaa !12
  %124 = getelementptr inbounds nuw i8, ptr %122, i64 %123
  store i8 0, ptr %124, align 1, !tbaa !14
  %125 = load i64, ptr %8, align 8, !tbaa !12
  store i64 %125, ptr %5, align 8
  store i32 1, ptr %12, align 4
  br label %126

126:                                              ; preds = %121, %68, %60
  call void @llvm.lifetime.end.p0(ptr %10) #5
  %127 = load i64, ptr %5, align 8
  ret i64 %127
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @is_safe_char(i8 noundef signext %0) #0 {
  %2 = alloca i1, align 1
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !14
  %4 = load i8, ptr %3, align 1, !tbaa !14
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 97
  br i1 %6, label %7, label %11

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !14
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 122
  br i1 %10, label %27, label %11

11:                                               ; preds = %7, %1
  %12 = load i8, ptr %3, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = icmp sge i32 %13, 65
  br i1 %14, label %15, label %19

15:                                               ; preds = %11
  %16 = load i8, ptr %3, align 1, !tbaa !14
  %17 = sext i8 %16 to i32
  %18 = icmp sle i32 %17, 90
  br i1 %18, label %27, label %19

19:                                               ; preds = %15, %11
  %20 = load i8, ptr %3, align 1, !tbaa !14
  %21 = sext i8 %20 to i32
  %22 = icmp sge i32 %21, 48
  br i1 %22, label %23, label %28

23:                                               ; preds = %19
  %24 = load i8, ptr %3, align 1, !tbaa !14
  %25 = sext i8 %24 to i32
  %26 = icmp sle i32 %25, 57
  br i1 %26, label %27, label %28

27:                                               ; preds = %23, %15, %7
  store i1 true, ptr %2, align 1
  br label %39

28:                                               ; preds = %23, %19
  %29 = load i8, ptr %3, align 1, !tbaa !14
  %30 = sext i8 %29 to i32
  %31 = call ptr @strchr(ptr noundef @.str.34, i32 noundef %30) #7
  %32 = icmp ne ptr %31, null
  br i1 %32, label %33, label %37

33:                                               ; preds = %28
  %34 = load i8, ptr %3, align 1, !tbaa !14
  %35 = sext i8 %34 to i32
  %36 = icmp ne i32 %35, 0
  br label %37

37:                                               ; preds = %33, %28
  %38 = phi i1 [ false, %28 ], [ %36, %33 ]
  store i1 %38, ptr %2, align 1
  br label %39

39:                                               ; preds = %37, %27
  %40 = load i1, ptr %2, align 1
  ret i1 %40
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @join_command(ptr noundef %0, i32 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !22
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !12
  %11 = load ptr, ptr %7, align 8, !tbaa !9
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  store i8 0, ptr %12, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %44, %4
  %14 = load i32, ptr %10, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %47

18:                                               ; preds = %13
  %19 = load i32, ptr %10, align 4, !tbaa !5
  %20 = icmp sgt i32 %19, 0
  br i1 %20, label %21, label %34

21:                                               ; preds = %18
  %22 = load i64, ptr %9, align 8, !tbaa !12
  %23 = add i64 %22, 2
  %24 = load i64, ptr %8, align 8, !tbaa !12
  %25 = icmp ult i64 %23, %24
  br i1 %25, label %26, label %34

26:                                               ; preds = %21
  %27 = load ptr, ptr %7, align 8, !tbaa !9
  %28 = load i64, ptr %9, align 8, !tbaa !12
  %29 = add i64 %28, 1
  store i64 %29, ptr %9, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw i8, ptr %27, i64 %28
  store i8 32, ptr %30, align 1, !tbaa !14
  %31 = load ptr, ptr %7, align 8, !tbaa !9
  %32 = load i64, ptr %9, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw i8, ptr %31, i64 %32
  store i8 0, ptr %33, align 1, !tbaa !14
  br label %34

34:                                               ; preds = %26, %21, %18
  %35 = load ptr, ptr %5, align 8, !tbaa !22
  %36 = load i32, ptr %10, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds ptr, ptr %35, i64 %37
  %39 = load ptr, ptr %38, align 8, !tbaa !9
  %40 = load ptr, ptr %7, align 8, !tbaa !9
  %41 = load i64, ptr %9, align 8, !tbaa !12
  %42 = load i64, ptr %8, align 8, !tbaa !12
  %43 = call i64 @shell_quote(ptr noundef %39, ptr noundef %40, i64 noundef %41, i64 noundef %42) #6
  store i64 %43, ptr %9, align 8, !tbaa !12
  br label %44

44:                                               ; preds = %34
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %10, align 4, !tbaa !5
  br label %13, !llvm.loop !25

47:                                               ; preds = %17
  %48 = load i64, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret i64 %48
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @split_command(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i8, align 1
  %10 = alloca i32, align 4
  %11 = alloca i8, align 1
  %12 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !12
  %13 = load ptr, ptr %5, align 8, !tbaa !26
  %14 = getelementptr inbounds nuw %struct.ArgList, ptr %13, i32 0, i32 0
  store i32 0, ptr %14, align 4, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %15, ptr %8, align 8, !tbaa !9
  br label %16

16:                                               ; preds = %202, %2
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %17 = load ptr, ptr %8, align 8, !tbaa !9
  %18 = load i8, ptr %17, align 1, !tbaa !14
  store i8 %18, ptr %9, align 1, !tbaa !14
  %19 = load i8, ptr %9, align 1, !tbaa !14
  %20 = sext i8 %19 to i32
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %47

22:                                               ; preds = %16
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = icmp eq i32 %23, 2
  br i1 %24, label %28, label %25

25:                                               ; preds = %22
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 3
  br i1 %27, label %28, label %29

28:                                               ; preds = %25, %22
  store i32 1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %199

29:                                               ; preds = %25
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = icmp eq i32 %30, 1
  br i1 %31, label %32, label %46

32:                                               ; preds = %29
  %33 = load ptr, ptr %5, align 8, !tbaa !26
  %34 = getelementptr inbounds nuw %struct.ArgList, ptr %33, i32 0, i32 1
  %35 = load ptr, ptr %5, align 8, !tbaa !26
  %36 = getelementptr inbounds nuw %struct.ArgList, ptr %35, i32 0, i32 0
  %37 = load i32, ptr %36, align 4, !tbaa !27
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [32 x [128 x i8]], ptr %34, i64 0, i64 %38
  %40 = load i64, ptr %7, align 8, !tbaa !12
  %41 = getelementptr inbounds nuw [128 x i8], ptr %39, i64 0, i64 %40
  store i8 0, ptr %41, align 1, !tbaa !14
  %42 = load ptr, ptr %5, align 8, !tbaa !26
  %43 = getelementptr inbounds nuw %struct.ArgList, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %43, align 4, !tbaa !27
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %43, align 4, !tbaa !27
  br label %46

46:                                               ; preds = %32, %29
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %199

47:                                               ; preds = %16
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %70

50:                                               ; preds = %47
  %51 = load i8, ptr %9, align 1, !tbaa !14
  %52 = sext i8 %51 to i32
  %53 = icmp eq i32 %52, 32
  br i1 %53, label %62, label %54

54:                                               ; preds = %50
  %55 = load i8, ptr %9, align 1, !tbaa !14
  %56 = sext i8 %55 to i32
  %57 = icmp eq i32 %56, 9
  br i1 %57, label %62, label %58

58:                                               ; preds = %54
  %59 = load i8, ptr %9, align 1, !tbaa !14
  %60 = sext i8 %59 to i32
  %61 = icmp eq i32 %60, 10
  br i1 %61, label %62, label %63

62:                                               ; preds = %58, %54, %50
  store i32 4, ptr %10, align 4
  br label %199

63:                                               ; preds = %58
  %64 = load ptr, ptr %5, align 8, !tbaa !26
  %65 = getelementptr inbounds nuw %struct.ArgList, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %65, align 4, !tbaa !27
  %67 = icmp sge i32 %66, 32
  br i1 %67, label %68, label %69

68:                                               ; preds = %63
  store i32 2, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %199

69:                                               ; preds = %63
  store i32 1, ptr %6, align 4, !tbaa !5
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %70

70:                                               ; preds = %69, %47
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i8 0, ptr %11, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i8 0, ptr %12, align 1, !tbaa !15
  %71 = load i32, ptr %6, align 4, !tbaa !5
  switch i32 %71, label %177 [
    i32 1, label %72
    i32 2, label %128
    i32 3, label %136
    i32 0, label %177
  ]

72:                                               ; preds = %70
  %73 = load i8, ptr %9, align 1, !tbaa !14
  %74 = sext i8 %73 to i32
  %75 = icmp eq i32 %74, 32
  br i1 %75, label %84, label %76

76:                                               ; preds = %72
  %77 = load i8, ptr %9, align 1, !tbaa !14
  %78 = sext i8 %77 to i32
  %79 = icmp eq i32 %78, 9
  br i1 %79, label %84, label %80

80:                                               ; preds = %76
  %81 = load i8, ptr %9, align 1, !tbaa !14
  %82 = sext i8 %81 to i32
  %83 = icmp eq i32 %82, 10
  br i1 %83, label %84, label %98

84:                                               ; preds = %80, %76, %72
  %85 = load ptr, ptr %5, align 8, !tbaa !26
  %86 = getelementptr inbounds nuw %struct.ArgList, ptr %85, i32 0, i32 1
  %87 = load ptr, ptr %5, align 8, !tbaa !26
  %88 = getelementptr inbounds nuw %struct.ArgList, ptr %87, i32 0, i32 0
  %89 = load i32, ptr %88, align 4, !tbaa !27
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [32 x [128 x i8]], ptr %86, i64 0, i64 %90
  %92 = load i64, ptr %7, align 8, !tbaa !12
  %93 = getelementptr inbounds nuw [128 x i8], ptr %91, i64 0, i64 %92
  store i8 0, ptr %93, align 1, !tbaa !14
  %94 = load ptr, ptr %5, align 8, !tbaa !26
  %95 = getelementptr inbounds nuw %struct.ArgList, ptr %94, i32 0, i32 0
  %96 = load i32, ptr %95, align 4, !tbaa !27
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %95, align 4, !tbaa !27
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %127

98:                                               ; preds = %80
  %99 = load i8, ptr %9, align 1, !tbaa !14
  %100 = sext i8 %99 to i32
  %101 = icmp eq i32 %100, 39
  br i1 %101, label %102, label %103

102:                                              ; preds = %98
  store i32 2, ptr %6, align 4, !tbaa !5
  br label %126

103:                                              ; preds = %98
  %104 = load i8, ptr %9, align 1, !tbaa !14
  %105 = sext i8 %104 to i32
  %106 = icmp eq i32 %105, 34
  br i1 %106, label %107, label %108

107:                                              ; preds = %103
  store i32 3, ptr %6, align 4, !tbaa !5
  br label %125

108:                                              ; preds = %103
  %109 = load i8, ptr %9, align 1, !tbaa !14
  %110 = sext i8 %109 to i32
  %111 = icmp eq i32 %110, 92
  br i1 %111, label %112, label %122

112:                                              ; preds = %108
  %113 = load ptr, ptr %8, align 8, !tbaa !9
  %114 = getelementptr inbounds i8, ptr %113, i64 1
  %115 = load i8, ptr %114, align 1, !tbaa !14
  %116 = sext i8 %115 to i32
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %118, label %122

118:                                              ; preds = %112
  %119 = load ptr, ptr %8, align 8, !tbaa !9
  %120 = getelementptr inbounds nuw i8, ptr %119, i32 1
  store ptr %120, ptr %8, align 8, !tbaa !9
  %121 = load i8, ptr %120, align 1, !tbaa !14
  store i8 %121, ptr %11, align 1, !tbaa !14
  store i8 1, ptr %12, align 1, !tbaa !15
  br label %124

122:                                              ; preds = %112, %108
  %123 = load i8, ptr %9, align 1, !tbaa !14
  store i8 %123, ptr %11, align 1, !tbaa !14
  store i8 1, ptr %12, align 1, !tbaa !15
  br label %124

124:                                              ; preds = %122, %118
  br label %125

125:                                              ; preds = %124, %107
  br label %126

126:                                              ; preds = %125, %102
  br label %127

127:                                              ; preds = %126, %84
  br label %177

128:                                              ; preds = %70
  %129 = load i8, ptr %9, align 1, !tbaa !14
  %130 = sext i8 %129 to i32
  %131 = icmp eq i32 %130, 39
  br i1 %131, label %132, label %133

132:                                              ; preds = %128
  store i32 1, ptr %6, align 4, !tbaa !5
  br label %135

133:                                              ; preds = %128
  %134 = load i8, ptr %9, align 1, !tbaa !14
  store i8 %134, ptr %11, align 1, !tbaa !14
  store i8 1, ptr %12, align 1, !tbaa !15
  br label %135

135:                                              ; preds = %133, %132
  br label %177

136:                                              ; preds = %70
  %137 = load i8, ptr %9, align 1, !tbaa !14
  %138 = sext i8 %137 to i32
  %139 = icmp eq i32 %138, 34
  br i1 %139, label %140, label %141

140:                                              ; preds = %136
  store i32 1, ptr %6, align 4, !tbaa !5
  br label %176

141:                                              ; preds = %136
  %142 = load i8, ptr %9, align 1, !tbaa !14
  %143 = sext i8 %142 to i32
  %144 = icmp eq i32 %143, 92
  br i1 %144, label %145, label %173

145:                                              ; preds = %141
  %146 = load ptr, ptr %8, align 8, !tbaa !9
  %147 = getelementptr inbounds i8, ptr %146, i64 1
  %148 = load i8, ptr %147, align 1, !tbaa !14
  %149 = sext i8 %148 to i32
  %150 = icmp eq i32 %149, 34
  br i1 %150, label %169, label %151

151:                                              ; preds = %145
  %152 = load ptr, ptr %8, align 8, !tbaa !9
  %153 = getelementptr inbounds i8, ptr %152, i64 1
  %154 = load i8, ptr %153, align 1, !tbaa !14
  %155 = sext i8 %154 to i32
  %156 = icmp eq i32 %155, 92
  br i1 %156, label %169, label %157

157:                                              ; preds = %151
  %158 = load ptr, ptr %8, align 8, !tbaa !9
  %159 = getelementptr inbounds i8, ptr %158, i64 1
  %160 = load i8, ptr %159, align 1, !tbaa !14
  %161 = sext i8 %160 to i32
  %162 = icmp eq i32 %161, 36
  br i1 %162, label %169, label %163

163:                                              ; preds = %157
  %164 = load ptr, ptr %8, align 8, !tbaa !9
  %165 = getelementptr inbounds i8, ptr %164, i64 1
  %166 = load i8, ptr %165, align 1, !tbaa !14
  %167 = sext i8 %166 to i32
  %168 = icmp eq i32 %167, 96
  br i1 %168, label %169, label %173

169:                                              ; preds = %163, %157, %151, %145
  %170 = load ptr, ptr %8, align 8, !tbaa !9
  %171 = getelementptr inbounds nuw i8, ptr %170, i32 1
  store ptr %171, ptr %8, align 8, !tbaa !9
  %172 = load i8, ptr %171, align 1, !tbaa !14
  store i8 %172, ptr %11, align 1, !tbaa !14
  store i8 1, ptr %12, align 1, !tbaa !15
  br label %175

173:                                              ; preds = %163, %141
  %174 = load i8, ptr %9, align 1, !tbaa !14
  store i8 %174, ptr %11, align 1, !tbaa !14
  store i8 1, ptr %12, align 1, !tbaa !15
  br label %175

175:                                              ; preds = %173, %169
  br label %176

176:                                              ; preds = %175, %140
  br label %177

177:                                              ; preds = %70, %70, %176, %135, %127
  %178 = load i8, ptr %12, align 1, !tbaa !15, !range !19, !noundef !20
  %179 = trunc i8 %178 to i1
  br i1 %179, label %180, label %197

180:                                              ; preds = %177
  %181 = load i64, ptr %7, align 8, !tbaa !12
  %182 = add i64 %181, 1
  %183 = icmp uge i64 %182, 128
  br i1 %183, label %184, label %185

184:                                              ; preds = %180
  store i32 2, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %198

185:                                              ; preds = %180
  %186 = load i8, ptr %11, align 1, !tbaa !14
  %187 = load ptr, ptr %5, align 8, !tbaa !26
  %188 = getelementptr inbounds nuw %struct.ArgList, ptr %187, i32 0, i32 1
  %189 = load ptr, ptr %5, align 8, !tbaa !26
  %190 = getelementptr inbounds nuw %struct.ArgList, ptr %189, i32 0, i32 0
  %191 = load i32, ptr %190, align 4, !tbaa !27
  %192 = sext i32 %191 to i64
  %193 = getelementptr inbounds [32 x [128 x i8]], ptr %188, i64 0, i64 %192
  %194 = load i64, ptr %7, align 8, !tbaa !12
  %195 = add i64 %194, 1
  store i64 %195, ptr %7, align 8, !tbaa !12
  %196 = getelementptr inbounds nuw [128 x i8], ptr %193, i64 0, i64 %194
  store i8 %186, ptr %196, align 1, !tbaa !14
  br label %197

197:                                              ; preds = %185, %177
  store i32 0, ptr %10, align 4
  br label %198

198:                                              ; preds = %197, %184
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %199

199:                                              ; preds = %198, %68, %62, %46, %28
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %200 = load i32, ptr %10, align 4
  switch i32 %200, label %205 [
    i32 0, label %201
    i32 4, label %202
  ]

201:                                              ; preds = %199
  br label %202

202:                                              ; preds = %201, %199
  %203 = load ptr, ptr %8, align 8, !tbaa !9
  %204 = getelementptr inbounds nuw i8, ptr %203, i32 1
  store ptr %204, ptr %8, align 8, !tbaa !9
  br label %16

205:                                              ; preds = %199
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %206 = load i32, ptr %3, align 4
  ret i32 %206
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [512 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca ptr, align 8
  %17 = alloca [3 x [24 x i8]], align 16
  %18 = alloca [3 x ptr], align 16
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i8, align 1
  %26 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %27

27:                                               ; preds = %120, %0
  %28 = load i64, ptr %6, align 8, !tbaa !12
  %29 = icmp ult i64 %28, 4
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %123

31:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %45, %31
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 6
  br i1 %34, label %35, label %43

35:                                               ; preds = %32
  %36 = load i64, ptr %6, align 8, !tbaa !12
  %37 = getelementptr inbounds nuw [4 x [6 x ptr]], ptr @main.argv_sets, i64 0, i64 %36
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [6 x ptr], ptr %37, i64 0, i64 %39
  %41 = load ptr, ptr %40, align 8, !tbaa !9
  %42 = icmp ne ptr %41, null
  br label %43

43:                                               ; preds = %35, %32
  %44 = phi i1 [ false, %32 ], [ %42, %35 ]
  br i1 %44, label %45, label %48

45:                                               ; preds = %43
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %8, align 4, !tbaa !5
  br label %32, !llvm.loop !29

48:                                               ; preds = %43
  %49 = load i64, ptr %6, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw [4 x [6 x ptr]], ptr @main.argv_sets, i64 0, i64 %49
  %51 = getelementptr inbounds [6 x ptr], ptr %50, i64 0, i64 0
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %54 = call i64 @join_command(ptr noundef %51, i32 noundef %52, ptr noundef %53, i64 noundef 512) #6
  %55 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, ptr noundef %55) #6
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %57 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %58 = call i32 @split_command(ptr noundef %57, ptr noundef @main.al) #6
  store i32 %58, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %61, label %65

61:                                               ; preds = %48
  %62 = load i32, ptr @main.al, align 4, !tbaa !27
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = icmp eq i32 %62, %63
  br label %65

65:                                               ; preds = %61, %48
  %66 = phi i1 [ false, %48 ], [ %64, %61 ]
  %67 = zext i1 %66 to i8
  store i8 %67, ptr %10, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %92, %65
  %69 = load i8, ptr %10, align 1, !tbaa !15, !range !19, !noundef !20
  %70 = trunc i8 %69 to i1
  br i1 %70, label %71, label %75

71:                                               ; preds = %68
  %72 = load i32, ptr %11, align 4, !tbaa !5
  %73 = load i32, ptr %8, align 4, !tbaa !5
  %74 = icmp slt i32 %72, %73
  br label %75

75:                                               ; preds = %71, %68
  %76 = phi i1 [ false, %68 ], [ %74, %71 ]
  br i1 %76, label %78, label %77

77:                                               ; preds = %75
  store i32 7, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %95

78:                                               ; preds = %75
  %79 = load i32, ptr %11, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [32 x [128 x i8]], ptr getelementptr inbounds nuw (%struct.ArgList, ptr @main.al, i32 0, i32 1), i64 0, i64 %80
  %82 = getelementptr inbounds [128 x i8], ptr %81, i64 0, i64 0
  %83 = load i64, ptr %6, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw [4 x [6 x ptr]], ptr @main.argv_sets, i64 0, i64 %83
  %85 = load i32, ptr %11, align 4, !tbaa !5
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [6 x ptr], ptr %84, i64 0, i64 %86
  %88 = load ptr, ptr %87, align 8, !tbaa !9
  %89 = call i32 @strcmp(ptr noundef %82, ptr noundef %88) #7
  %90 = icmp eq i32 %89, 0
  %91 = zext i1 %90 to i8
  store i8 %91, ptr %10, align 1, !tbaa !15
  br label %92

92:                                               ; preds = %78
  %93 = load i32, ptr %11, align 4, !tbaa !5
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %11, align 4, !tbaa !5
  br label %68, !llvm.loop !30

95:                                               ; preds = %77
  %96 = load i8, ptr %10, align 1, !tbaa !15, !range !19, !noundef !20
  %97 = trunc i8 %96 to i1
  %98 = zext i1 %97 to i32
  %99 = load i32, ptr %4, align 4, !tbaa !5
  %100 = add nsw i32 %99, %98
  store i32 %100, ptr %4, align 4, !tbaa !5
  %101 = load i32, ptr %5, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %103 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  store ptr %103, ptr %12, align 8, !tbaa !9
  br label %104

104:                                              ; preds = %116, %95
  %105 = load ptr, ptr %12, align 8, !tbaa !9
  %106 = load i8, ptr %105, align 1, !tbaa !14
  %107 = icmp ne i8 %106, 0
  br i1 %107, label %109, label %108

108:                                              ; preds = %104
  store i32 10, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %119

109:                                              ; preds = %104
  %110 = load i32, ptr %3, align 4, !tbaa !5
  %111 = load ptr, ptr %12, align 8, !tbaa !9
  %112 = load i8, ptr %111, align 1, !tbaa !14
  %113 = zext i8 %112 to i32
  %114 = xor i32 %110, %113
  %115 = mul i32 %114, 16777619
  store i32 %115, ptr %3, align 4, !tbaa !5
  br label %116

116:                                              ; preds = %109
  %117 = load ptr, ptr %12, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw i8, ptr %117, i32 1
  store ptr %118, ptr %12, align 8, !tbaa !9
  br label %104, !llvm.loop !31

119:                                              ; preds = %108
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %120

120:                                              ; preds = %119
  %121 = load i64, ptr %6, align 8, !tbaa !12
  %122 = add i64 %121, 1
  store i64 %122, ptr %6, align 8, !tbaa !12
  br label %27, !llvm.loop !32

123:                                              ; preds = %30
  %124 = load i32, ptr %4, align 4, !tbaa !5
  %125 = load i32, ptr %5, align 4, !tbaa !5
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %124, i32 noundef %125) #6
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i64 0, ptr %13, align 8, !tbaa !12
  br label %127

127:                                              ; preds = %188, %123
  %128 = load i64, ptr %13, align 8, !tbaa !12
  %129 = icmp ult i64 %128, 6
  br i1 %129, label %131, label %130

130:                                              ; preds = %127
  store i32 13, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %191

131:                                              ; preds = %127
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %132 = load i64, ptr %13, align 8, !tbaa !12
  %133 = getelementptr inbounds nuw [6 x ptr], ptr @main.lines, i64 0, i64 %132
  %134 = load ptr, ptr %133, align 8, !tbaa !9
  %135 = call i32 @split_command(ptr noundef %134, ptr noundef @main.al) #6
  store i32 %135, ptr %14, align 4, !tbaa !5
  %136 = load i32, ptr %14, align 4, !tbaa !5
  %137 = zext i32 %136 to i64
  %138 = getelementptr inbounds nuw [3 x ptr], ptr @main.status_names, i64 0, i64 %137
  %139 = load ptr, ptr %138, align 8, !tbaa !9
  %140 = load i32, ptr %14, align 4, !tbaa !5
  %141 = icmp eq i32 %140, 0
  br i1 %141, label %142, label %144

142:                                              ; preds = %131
  %143 = load i32, ptr @main.al, align 4, !tbaa !27
  br label %145

144:                                              ; preds = %131
  br label %145

145:                                              ; preds = %144, %142
  %146 = phi i32 [ %143, %142 ], [ 0, %144 ]
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.30, ptr noundef %139, i32 noundef %146) #6
  %148 = load i32, ptr %14, align 4, !tbaa !5
  %149 = icmp eq i32 %148, 0
  br i1 %149, label %150, label %186

150:                                              ; preds = %145
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %151

151:                                              ; preds = %182, %150
  %152 = load i32, ptr %15, align 4, !tbaa !5
  %153 = load i32, ptr @main.al, align 4, !tbaa !27
  %154 = icmp slt i32 %152, %153
  br i1 %154, label %156, label %155

155:                                              ; preds = %151
  store i32 16, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %185

156:                                              ; preds = %151
  %157 = load i32, ptr %15, align 4, !tbaa !5
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [32 x [128 x i8]], ptr getelementptr inbounds nuw (%struct.ArgList, ptr @main.al, i32 0, i32 1), i64 0, i64 %158
  %160 = getelementptr inbounds [128 x i8], ptr %159, i64 0, i64 0
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.31, ptr noundef %160) #6
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %162 = load i32, ptr %15, align 4, !tbaa !5
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [32 x [128 x i8]], ptr getelementptr inbounds nuw (%struct.ArgList, ptr @main.al, i32 0, i32 1), i64 0, i64 %163
  %165 = getelementptr inbounds [128 x i8], ptr %164, i64 0, i64 0
  store ptr %165, ptr %16, align 8, !tbaa !9
  br label %166

166:                                              ; preds = %178, %156
  %167 = load ptr, ptr %16, align 8, !tbaa !9
  %168 = load i8, ptr %167, align 1, !tbaa !14
  %169 = icmp ne i8 %168, 0
  br i1 %169, label %171, label %170

170:                                              ; preds = %166
  store i32 19, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %181

171:                                              ; preds = %166
  %172 = load i32, ptr %3, align 4, !tbaa !5
  %173 = load ptr, ptr %16, align 8, !tbaa !9
  %174 = load i8, ptr %173, align 1, !tbaa !14
  %175 = zext i8 %174 to i32
  %176 = xor i32 %172, %175
  %177 = mul i32 %176, 16777619
  store i32 %177, ptr %3, align 4, !tbaa !5
  br label %178

178:                                              ; preds = %171
  %179 = load ptr, ptr %16, align 8, !tbaa !9
  %180 = getelementptr inbounds nuw i8, ptr %179, i32 1
  store ptr %180, ptr %16, align 8, !tbaa !9
  br label %166, !llvm.loop !33

181:                                              ; preds = %170
  br label %182

182:                                              ; preds = %181
  %183 = load i32, ptr %15, align 4, !tbaa !5
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %15, align 4, !tbaa !5
  br label %151, !llvm.loop !34

185:                                              ; preds = %155
  br label %186

186:                                              ; preds = %185, %145
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.32) #6
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %188

188:                                              ; preds = %186
  %189 = load i64, ptr %13, align 8, !tbaa !12
  %190 = add i64 %189, 1
  store i64 %190, ptr %13, align 8, !tbaa !12
  br label %127, !llvm.loop !35

191:                                              ; preds = %130
  call void @llvm.lifetime.start.p0(ptr %17) #5
  call void @llvm.lifetime.start.p0(ptr %18) #5
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i32 -559038737, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #5
  store i32 0, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %21) #5
  store i32 0, ptr %21, align 4, !tbaa !5
  br label %192

192:                                              ; preds = %308, %191
  %193 = load i32, ptr %21, align 4, !tbaa !5
  %194 = icmp slt i32 %193, 300
  br i1 %194, label %196, label %195

195:                                              ; preds = %192
  store i32 22, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %21) #5
  br label %311

196:                                              ; preds = %192
  call void @llvm.lifetime.start.p0(ptr %22) #5
  store i32 0, ptr %22, align 4, !tbaa !5
  br label %197

197:                                              ; preds = %262, %196
  %198 = load i32, ptr %22, align 4, !tbaa !5
  %199 = icmp slt i32 %198, 3
  br i1 %199, label %201, label %200

200:                                              ; preds = %197
  store i32 25, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #5
  br label %265

201:                                              ; preds = %197
  %202 = load i32, ptr %19, align 4, !tbaa !5
  %203 = shl i32 %202, 13
  %204 = load i32, ptr %19, align 4, !tbaa !5
  %205 = xor i32 %204, %203
  store i32 %205, ptr %19, align 4, !tbaa !5
  %206 = load i32, ptr %19, align 4, !tbaa !5
  %207 = lshr i32 %206, 17
  %208 = load i32, ptr %19, align 4, !tbaa !5
  %209 = xor i32 %208, %207
  store i32 %209, ptr %19, align 4, !tbaa !5
  %210 = load i32, ptr %19, align 4, !tbaa !5
  %211 = shl i32 %210, 5
  %212 = load i32, ptr %19, align 4, !tbaa !5
  %213 = xor i32 %212, %211
  store i32 %213, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %23) #5
  %214 = load i32, ptr %19, align 4, !tbaa !5
  %215 = urem i32 %214, 20
  store i32 %215, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %24) #5
  store i32 0, ptr %24, align 4, !tbaa !5
  br label %216

216:                                              ; preds = %245, %201
  %217 = load i32, ptr %24, align 4, !tbaa !5
  %218 = load i32, ptr %23, align 4, !tbaa !5
  %219 = icmp slt i32 %217, %218
  br i1 %219, label %221, label %220

220:                                              ; preds = %216
  store i32 28, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %24) #5
  br label %248

221:                                              ; preds = %216
  %222 = load i32, ptr %19, align 4, !tbaa !5
  %223 = shl i32 %222, 13
  %224 = load i32, ptr %19, align 4, !tbaa !5
  %225 = xor i32 %224, %223
  store i32 %225, ptr %19, align 4, !tbaa !5
  %226 = load i32, ptr %19, align 4, !tbaa !5
  %227 = lshr i32 %226, 17
  %228 = load i32, ptr %19, align 4, !tbaa !5
  %229 = xor i32 %228, %227
  store i32 %229, ptr %19, align 4, !tbaa !5
  %230 = load i32, ptr %19, align 4, !tbaa !5
  %231 = shl i32 %230, 5
  %232 = load i32, ptr %19, align 4, !tbaa !5
  %233 = xor i32 %232, %231
  store i32 %233, ptr %19, align 4, !tbaa !5
  %234 = load i32, ptr %19, align 4, !tbaa !5
  %235 = zext i32 %234 to i64
  %236 = urem i64 %235, 15
  %237 = getelementptr inbounds nuw [16 x i8], ptr @main.alphabet, i64 0, i64 %236
  %238 = load i8, ptr %237, align 1, !tbaa !14
  %239 = load i32, ptr %22, align 4, !tbaa !5
  %240 = sext i32 %239 to i64
  %241 = getelementptr inbounds [3 x [24 x i8]], ptr %17, i64 0, i64 %240
  %242 = load i32, ptr %24, align 4, !tbaa !5
  %243 = sext i32 %242 to i64
  %244 = getelementptr inbounds [24 x i8], ptr %241, i64 0, i64 %243
  store i8 %238, ptr %244, align 1, !tbaa !14
  br label %245

245:                                              ; preds = %221
  %246 = load i32, ptr %24, align 4, !tbaa !5
  %247 = add nsw i32 %246, 1
  store i32 %247, ptr %24, align 4, !tbaa !5
  br label %216, !llvm.loop !36

248:                                              ; preds = %220
  %249 = load i32, ptr %22, align 4, !tbaa !5
  %250 = sext i32 %249 to i64
  %251 = getelementptr inbounds [3 x [24 x i8]], ptr %17, i64 0, i64 %250
  %252 = load i32, ptr %23, align 4, !tbaa !5
  %253 = sext i32 %252 to i64
  %254 = getelementptr inbounds [24 x i8], ptr %251, i64 0, i64 %253
  store i8 0, ptr %254, align 1, !tbaa !14
  %255 = load i32, ptr %22, align 4, !tbaa !5
  %256 = sext i32 %255 to i64
  %257 = getelementptr inbounds [3 x [24 x i8]], ptr %17, i64 0, i64 %256
  %258 = getelementptr inbounds [24 x i8], ptr %257, i64 0, i64 0
  %259 = load i32, ptr %22, align 4, !tbaa !5
  %260 = sext i32 %259 to i64
  %261 = getelementptr inbounds [3 x ptr], ptr %18, i64 0, i64 %260
  store ptr %258, ptr %261, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %23) #5
  br label %262

262:                                              ; preds = %248
  %263 = load i32, ptr %22, align 4, !tbaa !5
  %264 = add nsw i32 %263, 1
  store i32 %264, ptr %22, align 4, !tbaa !5
  br label %197, !llvm.loop !37

265:                                              ; preds = %200
  %266 = getelementptr inbounds [3 x ptr], ptr %18, i64 0, i64 0
  %267 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %268 = call i64 @join_command(ptr noundef %266, i32 noundef 3, ptr noundef %267, i64 noundef 512) #6
  call void @llvm.lifetime.start.p0(ptr %25) #5
  %269 = getelementptr inbounds [512 x i8], ptr %2, i64 0, i64 0
  %270 = call i32 @split_command(ptr noundef %269, ptr noundef @main.al) #6
  %271 = icmp eq i32 %270, 0
  br i1 %271, label %272, label %275

272:                                              ; preds = %265
  %273 = load i32, ptr @main.al, align 4, !tbaa !27
  %274 = icmp eq i32 %273, 3
  br label %275

275:                                              ; preds = %272, %265
  %276 = phi i1 [ false, %265 ], [ %274, %272 ]
  %277 = zext i1 %276 to i8
  store i8 %277, ptr %25, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %26) #5
  store i32 0, ptr %26, align 4, !tbaa !5
  br label %278

278:                                              ; preds = %299, %275
  %279 = load i8, ptr %25, align 1, !tbaa !15, !range !19, !noundef !20
  %280 = trunc i8 %279 to i1
  br i1 %280, label %281, label %284

281:                                              ; preds = %278
  %282 = load i32, ptr %26, align 4, !tbaa !5
  %283 = icmp slt i32 %282, 3
  br label %284

284:                                              ; preds = %281, %278
  %285 = phi i1 [ false, %278 ], [ %283, %281 ]
  br i1 %285, label %287, label %286

286:                                              ; preds = %284
  store i32 31, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %26) #5
  br label %302

287:                                              ; preds = %284
  %288 = load i32, ptr %26, align 4, !tbaa !5
  %289 = sext i32 %288 to i64
  %290 = getelementptr inbounds [32 x [128 x i8]], ptr getelementptr inbounds nuw (%struct.ArgList, ptr @main.al, i32 0, i32 1), i64 0, i64 %289
  %291 = getelementptr inbounds [128 x i8], ptr %290, i64 0, i64 0
  %292 = load i32, ptr %26, align 4, !tbaa !5
  %293 = sext i32 %292 to i64
  %294 = getelementptr inbounds [3 x [24 x i8]], ptr %17, i64 0, i64 %293
  %295 = getelementptr inbounds [24 x i8], ptr %294, i64 0, i64 0
  %296 = call i32 @strcmp(ptr noundef %291, ptr noundef %295) #7
  %297 = icmp eq i32 %296, 0
  %298 = zext i1 %297 to i8
  store i8 %298, ptr %25, align 1, !tbaa !15
  br label %299

299:                                              ; preds = %287
  %300 = load i32, ptr %26, align 4, !tbaa !5
  %301 = add nsw i32 %300, 1
  store i32 %301, ptr %26, align 4, !tbaa !5
  br label %278, !llvm.loop !38

302:                                              ; preds = %286
  %303 = load i8, ptr %25, align 1, !tbaa !15, !range !19, !noundef !20
  %304 = trunc i8 %303 to i1
  %305 = zext i1 %304 to i32
  %306 = load i32, ptr %20, align 4, !tbaa !5
  %307 = add nsw i32 %306, %305
  store i32 %307, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %25) #5
  br label %308

308:                                              ; preds = %302
  %309 = load i32, ptr %21, align 4, !tbaa !5
  %310 = add nsw i32 %309, 1
  store i32 %310, ptr %21, align 4, !tbaa !5
  br label %192, !llvm.loop !39

311:                                              ; preds = %195
  %312 = load i32, ptr %20, align 4, !tbaa !5
  %313 = load i32, ptr %3, align 4, !tbaa !5
  %314 = call i32 (ptr, ...) @printf(ptr noundef @.str.33, i32 noundef %312, i32 noundef %313) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #5
  call void @llvm.lifetime.end.p0(ptr %19) #5
  call void @llvm.lifetime.end.p0(ptr %18) #5
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %315 = load i32, ptr %1, align 4
  ret i32 %315
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

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
!14 = !{!7, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"_Bool", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{i8 0, i8 2}
!20 = !{}
!21 = distinct !{!21, !18}
!22 = !{!23, !23, i64 0}
!23 = !{!"p2 omnipotent char", !24, i64 0}
!24 = !{!"any p2 pointer", !11, i64 0}
!25 = distinct !{!25, !18}
!26 = !{!11, !11, i64 0}
!27 = !{!28, !6, i64 0}
!28 = !{!"", !6, i64 0, !7, i64 4}
!29 = distinct !{!29, !18}
!30 = distinct !{!30, !18}
!31 = distinct !{!31, !18}
!32 = distinct !{!32, !18}
!33 = distinct !{!33, !18}
!34 = distinct !{!34, !18}
!35 = distinct !{!35, !18}
!36 = distinct !{!36, !18}
!37 = distinct !{!37, !18}
!38 = distinct !{!38, !18}
!39 = distinct !{!39, !18}
