; ModuleID = 'regex_match.c'
source_filename = "regex_match.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.doc = internal constant [390 x i8] c"2024-01-15 ERROR disk /dev/sda1 full (98%)\0A2024-01-15 INFO  user alice logged in from 10.0.0.7\0A2024-01-16 WARN  cpu temp 81C\0A2024-01-16 INFO  user bob logged out\0A2024-02-01 ERROR timeout after 3000ms contacting db-01\0Agarbage line without date\0A2024-02-03 DEBUG cache hit ratio=0.93 key=user:42\0A   \0A2024-03-10 INFO  backup completed: 1204 files, 3.2GB\0Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\0A\00", align 16
@main.pats = internal global [14 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13], align 16
@.str = private unnamed_addr constant [6 x i8] c"ERROR\00", align 1
@.str.1 = private unnamed_addr constant [16 x i8] c"^2024-0[12]-1\\d\00", align 1
@.str.2 = private unnamed_addr constant [19 x i8] c"user [a-z]+ logged\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"\\d+ms\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"^\\s*$\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"[^a-z ]+C$\00", align 1
@.str.6 = private unnamed_addr constant [13 x i8] c"ratio=0\\.9\\d\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"^[a-z]+ line\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"a*a*a*a*b$\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"files?,\00", align 1
@.str.10 = private unnamed_addr constant [14 x i8] c"^.*INFO.*\\d+$\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"x?y?z?$\00", align 1
@.str.12 = private unnamed_addr constant [10 x i8] c"db-0[0-9]\00", align 1
@.str.13 = private unnamed_addr constant [18 x i8] c"[A-Z][A-Z]+ +user\00", align 1
@.str.14 = private unnamed_addr constant [22 x i8] c"total=%d per-pattern:\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @regex_search(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds i8, ptr %6, i64 0
  %8 = load i8, ptr %7, align 1, !tbaa !12
  %9 = sext i8 %8 to i32
  %10 = icmp eq i32 %9, 94
  br i1 %10, label %11, label %16

11:                                               ; preds = %2
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds i8, ptr %12, i64 1
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = call i32 @match_here(ptr noundef %13, ptr noundef %14, i32 noundef 0) #6
  store i32 %15, ptr %3, align 4
  br label %31

16:                                               ; preds = %2
  br label %17

17:                                               ; preds = %24, %16
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  %20 = call i32 @match_here(ptr noundef %18, ptr noundef %19, i32 noundef 0) #6
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  store i32 1, ptr %3, align 4
  br label %31

23:                                               ; preds = %17
  br label %24

24:                                               ; preds = %23
  %25 = load ptr, ptr %5, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw i8, ptr %25, i32 1
  store ptr %26, ptr %5, align 8, !tbaa !9
  %27 = load i8, ptr %25, align 1, !tbaa !12
  %28 = sext i8 %27 to i32
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %17, label %30, !llvm.loop !13

30:                                               ; preds = %24
  store i32 0, ptr %3, align 4
  br label %31

31:                                               ; preds = %30, %22, %11
  %32 = load i32, ptr %3, align 4
  ret i32 %32
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @match_here(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i32 %2, ptr %7, align 4, !tbaa !5
  %11 = load i32, ptr %7, align 4, !tbaa !5
  %12 = icmp sgt i32 %11, 200
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %110

14:                                               ; preds = %3
  br label %15

15:                                               ; preds = %109, %14
  %16 = load ptr, ptr %5, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %16, i64 0
  %18 = load i8, ptr %17, align 1, !tbaa !12
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %15
  store i32 1, ptr %4, align 4
  br label %110

22:                                               ; preds = %15
  %23 = load ptr, ptr %5, align 8, !tbaa !9
  %24 = getelementptr inbounds i8, ptr %23, i64 0
  %25 = load i8, ptr %24, align 1, !tbaa !12
  %26 = sext i8 %25 to i32
  %27 = icmp eq i32 %26, 36
  br i1 %27, label %28, label %40

28:                                               ; preds = %22
  %29 = load ptr, ptr %5, align 8, !tbaa !9
  %30 = getelementptr inbounds i8, ptr %29, i64 1
  %31 = load i8, ptr %30, align 1, !tbaa !12
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %40

34:                                               ; preds = %28
  %35 = load ptr, ptr %6, align 8, !tbaa !9
  %36 = load i8, ptr %35, align 1, !tbaa !12
  %37 = sext i8 %36 to i32
  %38 = icmp eq i32 %37, 0
  %39 = zext i1 %38 to i32
  store i32 %39, ptr %4, align 4
  br label %110

40:                                               ; preds = %28, %22
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = call i32 @atom_len(ptr noundef %41) #6
  store i32 %42, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %43 = load ptr, ptr %5, align 8, !tbaa !9
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !12
  store i8 %47, ptr %9, align 1, !tbaa !12
  %48 = load i8, ptr %9, align 1, !tbaa !12
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 42
  br i1 %50, label %51, label %62

51:                                               ; preds = %40
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = load ptr, ptr %5, align 8, !tbaa !9
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %54, i64 %56
  %58 = getelementptr inbounds i8, ptr %57, i64 1
  %59 = load ptr, ptr %6, align 8, !tbaa !9
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = call i32 @match_star(ptr noundef %52, i32 noundef %53, ptr noundef %58, ptr noundef %59, i32 noundef 0, i32 noundef -1, i32 noundef %60) #6
  store i32 %61, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %107

62:                                               ; preds = %40
  %63 = load i8, ptr %9, align 1, !tbaa !12
  %64 = sext i8 %63 to i32
  %65 = icmp eq i32 %64, 43
  br i1 %65, label %66, label %77

66:                                               ; preds = %62
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = load ptr, ptr %5, align 8, !tbaa !9
  %70 = load i32, ptr %8, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i8, ptr %69, i64 %71
  %73 = getelementptr inbounds i8, ptr %72, i64 1
  %74 = load ptr, ptr %6, align 8, !tbaa !9
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = call i32 @match_star(ptr noundef %67, i32 noundef %68, ptr noundef %73, ptr noundef %74, i32 noundef 1, i32 noundef -1, i32 noundef %75) #6
  store i32 %76, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %107

77:                                               ; preds = %62
  %78 = load i8, ptr %9, align 1, !tbaa !12
  %79 = sext i8 %78 to i32
  %80 = icmp eq i32 %79, 63
  br i1 %80, label %81, label %92

81:                                               ; preds = %77
  %82 = load ptr, ptr %5, align 8, !tbaa !9
  %83 = load i32, ptr %8, align 4, !tbaa !5
  %84 = load ptr, ptr %5, align 8, !tbaa !9
  %85 = load i32, ptr %8, align 4, !tbaa !5
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds i8, ptr %84, i64 %86
  %88 = getelementptr inbounds i8, ptr %87, i64 1
  %89 = load ptr, ptr %6, align 8, !tbaa !9
  %90 = load i32, ptr %7, align 4, !tbaa !5
  %91 = call i32 @match_star(ptr noundef %82, i32 noundef %83, ptr noundef %88, ptr noundef %89, i32 noundef 0, i32 noundef 1, i32 noundef %90) #6
  store i32 %91, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %107

92:                                               ; preds = %77
  %93 = load ptr, ptr %5, align 8, !tbaa !9
  %94 = load i32, ptr %8, align 4, !tbaa !5
  %95 = load ptr, ptr %6, align 8, !tbaa !9
  %96 = load i8, ptr %95, align 1, !tbaa !12
  %97 = call i32 @atom_match(ptr noundef %93, i32 noundef %94, i8 noundef signext %96) #6
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %100, label %99

99:                                               ; preds = %92
  store i32 0, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %107

100:                                              ; preds = %92
  %101 = load i32, ptr %8, align 4, !tbaa !5
  %102 = load ptr, ptr %5, align 8, !tbaa !9
  %103 = sext i32 %101 to i64
  %104 = getelementptr inbounds i8, ptr %102, i64 %103
  store ptr %104, ptr %5, align 8, !tbaa !9
  %105 = load ptr, ptr %6, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw i8, ptr %105, i32 1
  store ptr %106, ptr %6, align 8, !tbaa !9
  store i32 0, ptr %10, align 4
  br label %107

107:                                              ; preds = %100, %99, %81, %66, %51
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %108 = load i32, ptr %10, align 4
  switch i32 %108, label %112 [
    i32 0, label %109
    i32 1, label %110
  ]

109:                                              ; preds = %107
  br label %15

110:                                              ; preds = %107, %34, %21, %13
  %111 = load i32, ptr %4, align 4
  ret i32 %111

112:                                              ; preds = %107
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [14 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %36, %0
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 150
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %39

12:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %32, %12
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 14
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %35

17:                                               ; preds = %13
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [14 x ptr], ptr @main.pats, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !9
  %22 = call i32 @count_matching_lines(ptr noundef %21, ptr noundef @main.doc) #6
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [14 x i32], ptr %2, i64 0, i64 %24
  store i32 %22, ptr %25, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [14 x i32], ptr %2, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = add nsw i32 %30, %29
  store i32 %31, ptr %3, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %17
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4, !tbaa !5
  br label %13, !llvm.loop !15

35:                                               ; preds = %16
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %4, align 4, !tbaa !5
  br label %8, !llvm.loop !16

39:                                               ; preds = %11
  %40 = load i32, ptr %3, align 4, !tbaa !5
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %40) #6
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %52, %39
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 14
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %55

46:                                               ; preds = %42
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [14 x i32], ptr %2, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %50) #6
  br label %52

52:                                               ; preds = %46
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4, !tbaa !5
  br label %42, !llvm.loop !17

55:                                               ; preds = %45
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.16) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %57 = load i32, ptr %1, align 4
  ret i32 %57
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_matching_lines(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [128 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #7
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %42, %2
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = load i8, ptr %10, align 1, !tbaa !12
  %12 = icmp ne i8 %11, 0
  br i1 %12, label %13, label %43

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = call i64 @strcspn(ptr noundef %14, ptr noundef @.str.16) #8
  store i64 %15, ptr %7, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %16 = load i64, ptr %7, align 8, !tbaa !18
  %17 = icmp ult i64 %16, 127
  br i1 %17, label %18, label %20

18:                                               ; preds = %13
  %19 = load i64, ptr %7, align 8, !tbaa !18
  br label %21

20:                                               ; preds = %13
  br label %21

21:                                               ; preds = %20, %18
  %22 = phi i64 [ %19, %18 ], [ 127, %20 ]
  store i64 %22, ptr %8, align 8, !tbaa !18
  %23 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = load i64, ptr %8, align 8, !tbaa !18
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %23, ptr align 1 %24, i64 %25, i1 false)
  %26 = load i64, ptr %8, align 8, !tbaa !18
  %27 = getelementptr inbounds nuw [128 x i8], ptr %5, i64 0, i64 %26
  store i8 0, ptr %27, align 1, !tbaa !12
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = getelementptr inbounds [128 x i8], ptr %5, i64 0, i64 0
  %30 = call i32 @regex_search(ptr noundef %28, ptr noundef %29) #6
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = add nsw i32 %31, %30
  store i32 %32, ptr %6, align 4, !tbaa !5
  %33 = load i64, ptr %7, align 8, !tbaa !18
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw i8, ptr %34, i64 %33
  store ptr %35, ptr %4, align 8, !tbaa !9
  %36 = load ptr, ptr %4, align 8, !tbaa !9
  %37 = load i8, ptr %36, align 1, !tbaa !12
  %38 = icmp ne i8 %37, 0
  br i1 %38, label %39, label %42

39:                                               ; preds = %21
  %40 = load ptr, ptr %4, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw i8, ptr %40, i32 1
  store ptr %41, ptr %4, align 8, !tbaa !9
  br label %42

42:                                               ; preds = %39, %21
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %9, !llvm.loop !20

43:                                               ; preds = %9
  %44 = load i32, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %44
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @atom_len(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds i8, ptr %5, i64 0
  %7 = load i8, ptr %6, align 1, !tbaa !12
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 92
  br i1 %9, label %10, label %17

10:                                               ; preds = %1
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds i8, ptr %11, i64 1
  %13 = load i8, ptr %12, align 1, !tbaa !12
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %10
  store i32 2, ptr %2, align 4
  br label %74

17:                                               ; preds = %10, %1
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds i8, ptr %18, i64 0
  %20 = load i8, ptr %19, align 1, !tbaa !12
  %21 = sext i8 %20 to i32
  %22 = icmp eq i32 %21, 91
  br i1 %22, label %23, label %73

23:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds i8, ptr %24, i64 1
  store ptr %25, ptr %4, align 8, !tbaa !9
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !12
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 94
  br i1 %29, label %30, label %33

30:                                               ; preds = %23
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %31, i32 1
  store ptr %32, ptr %4, align 8, !tbaa !9
  br label %33

33:                                               ; preds = %30, %23
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = load i8, ptr %34, align 1, !tbaa !12
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 93
  br i1 %37, label %38, label %41

38:                                               ; preds = %33
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw i8, ptr %39, i32 1
  store ptr %40, ptr %4, align 8, !tbaa !9
  br label %41

41:                                               ; preds = %38, %33
  br label %42

42:                                               ; preds = %54, %41
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = load i8, ptr %43, align 1, !tbaa !12
  %45 = sext i8 %44 to i32
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %52

47:                                               ; preds = %42
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = load i8, ptr %48, align 1, !tbaa !12
  %50 = sext i8 %49 to i32
  %51 = icmp ne i32 %50, 93
  br label %52

52:                                               ; preds = %47, %42
  %53 = phi i1 [ false, %42 ], [ %51, %47 ]
  br i1 %53, label %54, label %57

54:                                               ; preds = %52
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw i8, ptr %55, i32 1
  store ptr %56, ptr %4, align 8, !tbaa !9
  br label %42, !llvm.loop !21

57:                                               ; preds = %52
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = load i8, ptr %58, align 1, !tbaa !12
  %60 = sext i8 %59 to i32
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %62, label %70

62:                                               ; preds = %57
  %63 = load ptr, ptr %4, align 8, !tbaa !9
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = ptrtoint ptr %63 to i64
  %66 = ptrtoint ptr %64 to i64
  %67 = sub i64 %65, %66
  %68 = trunc i64 %67 to i32
  %69 = add nsw i32 %68, 1
  br label %71

70:                                               ; preds = %57
  br label %71

71:                                               ; preds = %70, %62
  %72 = phi i32 [ %69, %62 ], [ 1, %70 ]
  store i32 %72, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %74

73:                                               ; preds = %17
  store i32 1, ptr %2, align 4
  br label %74

74:                                               ; preds = %73, %71, %16
  %75 = load i32, ptr %2, align 4
  ret i32 %75
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @match_star(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4, i32 noundef %5, i32 noundef %6) #0 {
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %9, align 8, !tbaa !9
  store i32 %1, ptr %10, align 4, !tbaa !5
  store ptr %2, ptr %11, align 8, !tbaa !9
  store ptr %3, ptr %12, align 8, !tbaa !9
  store i32 %4, ptr %13, align 4, !tbaa !5
  store i32 %5, ptr %14, align 4, !tbaa !5
  store i32 %6, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %19 = load ptr, ptr %12, align 8, !tbaa !9
  store ptr %19, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %17) #7
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %36, %7
  %21 = load i32, ptr %14, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 0
  br i1 %22, label %27, label %23

23:                                               ; preds = %20
  %24 = load i32, ptr %17, align 4, !tbaa !5
  %25 = load i32, ptr %14, align 4, !tbaa !5
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %34

27:                                               ; preds = %23, %20
  %28 = load ptr, ptr %9, align 8, !tbaa !9
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = load ptr, ptr %16, align 8, !tbaa !9
  %31 = load i8, ptr %30, align 1, !tbaa !12
  %32 = call i32 @atom_match(ptr noundef %28, i32 noundef %29, i8 noundef signext %31) #6
  %33 = icmp ne i32 %32, 0
  br label %34

34:                                               ; preds = %27, %23
  %35 = phi i1 [ false, %23 ], [ %33, %27 ]
  br i1 %35, label %36, label %41

36:                                               ; preds = %34
  %37 = load ptr, ptr %16, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw i8, ptr %37, i32 1
  store ptr %38, ptr %16, align 8, !tbaa !9
  %39 = load i32, ptr %17, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %17, align 4, !tbaa !5
  br label %20, !llvm.loop !22

41:                                               ; preds = %34
  br label %42

42:                                               ; preds = %59, %41
  %43 = load i32, ptr %17, align 4, !tbaa !5
  %44 = load i32, ptr %13, align 4, !tbaa !5
  %45 = icmp sge i32 %43, %44
  br i1 %45, label %46, label %64

46:                                               ; preds = %42
  %47 = load ptr, ptr %11, align 8, !tbaa !9
  %48 = load ptr, ptr %16, align 8, !tbaa !9
  %49 = load i32, ptr %15, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  %51 = call i32 @match_here(ptr noundef %47, ptr noundef %48, i32 noundef %50) #6
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %53, label %54

53:                                               ; preds = %46
  store i32 1, ptr %8, align 4
  store i32 1, ptr %18, align 4
  br label %65

54:                                               ; preds = %46
  %55 = load i32, ptr %17, align 4, !tbaa !5
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %58

57:                                               ; preds = %54
  br label %64

58:                                               ; preds = %54
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %17, align 4, !tbaa !5
  %61 = add nsw i32 %60, -1
  store i32 %61, ptr %17, align 4, !tbaa !5
  %62 = load ptr, ptr %16, align 8, !tbaa !9
  %63 = getelementptr inbounds i8, ptr %62, i32 -1
  store ptr %63, ptr %16, align 8, !tbaa !9
  br label %42, !llvm.loop !23

64:                                               ; preds = %57, %42
  store i32 0, ptr %8, align 4
  store i32 1, ptr %18, align 4
  br label %65

65:                                               ; preds = %64, %53
  call void @llvm.lifetime.end.p0(ptr %17) #7
  call void @llvm.lifetime.end.p0(ptr %16) #7
  %66 = load i32, ptr %8, align 4
  ret i32 %66
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @atom_match(ptr noundef %0, i32 noundef %1, i8 noundef signext %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i8 %2, ptr %7, align 1, !tbaa !12
  %8 = load i8, ptr %7, align 1, !tbaa !12
  %9 = sext i8 %8 to i32
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %118

12:                                               ; preds = %3
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = getelementptr inbounds i8, ptr %13, i64 0
  %15 = load i8, ptr %14, align 1, !tbaa !12
  %16 = sext i8 %15 to i32
  %17 = icmp eq i32 %16, 92
  br i1 %17, label %18, label %87

18:                                               ; preds = %12
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  %20 = getelementptr inbounds i8, ptr %19, i64 1
  %21 = load i8, ptr %20, align 1, !tbaa !12
  %22 = sext i8 %21 to i32
  switch i32 %22, label %78 [
    i32 100, label %23
    i32 119, label %35
    i32 115, label %53
    i32 68, label %65
  ]

23:                                               ; preds = %18
  %24 = call ptr @__ctype_b_loc() #9
  %25 = load ptr, ptr %24, align 8, !tbaa !24
  %26 = load i8, ptr %7, align 1, !tbaa !12
  %27 = zext i8 %26 to i32
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i16, ptr %25, i64 %28
  %30 = load i16, ptr %29, align 2, !tbaa !26
  %31 = zext i16 %30 to i32
  %32 = and i32 %31, 2048
  %33 = icmp ne i32 %32, 0
  %34 = zext i1 %33 to i32
  store i32 %34, ptr %4, align 4
  br label %118

35:                                               ; preds = %18
  %36 = call ptr @__ctype_b_loc() #9
  %37 = load ptr, ptr %36, align 8, !tbaa !24
  %38 = load i8, ptr %7, align 1, !tbaa !12
  %39 = zext i8 %38 to i32
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i16, ptr %37, i64 %40
  %42 = load i16, ptr %41, align 2, !tbaa !26
  %43 = zext i16 %42 to i32
  %44 = and i32 %43, 8
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %50, label %46

46:                                               ; preds = %35
  %47 = load i8, ptr %7, align 1, !tbaa !12
  %48 = sext i8 %47 to i32
  %49 = icmp eq i32 %48, 95
  br label %50

50:                                               ; preds = %46, %35
  %51 = phi i1 [ true, %35 ], [ %49, %46 ]
  %52 = zext i1 %51 to i32
  store i32 %52, ptr %4, align 4
  br label %118

53:                                               ; preds = %18
  %54 = call ptr @__ctype_b_loc() #9
  %55 = load ptr, ptr %54, align 8, !tbaa !24
  %56 = load i8, ptr %7, align 1, !tbaa !12
  %57 = zext i8 %56 to i32
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i16, ptr %55, i64 %58
  %60 = load i16, ptr %59, align 2, !tbaa !26
  %61 = zext i16 %60 to i32
  %62 = and i32 %61, 8192
  %63 = icmp ne i32 %62, 0
  %64 = zext i1 %63 to i32
  store i32 %64, ptr %4, align 4
  br label %118

65:                                               ; preds = %18
  %66 = call ptr @__ctype_b_loc() #9
  %67 = load ptr, ptr %66, align 8, !tbaa !24
  %68 = load i8, ptr %7, align 1, !tbaa !12
  %69 = zext i8 %68 to i32
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i16, ptr %67, i64 %70
  %72 = load i16, ptr %71, align 2, !tbaa !26
  %73 = zext i16 %72 to i32
  %74 = and i32 %73, 2048
  %75 = icmp ne i32 %74, 0
  %76 = xor i1 %75, true
  %77 = zext i1 %76 to i32
  store i32 %77, ptr %4, align 4
  br label %118

78:                                               ; preds = %18
  %79 = load i8, ptr %7, align 1, !tbaa !12
  %80 = sext i8 %79 to i32
  %81 = load ptr, ptr %5, align 8, !tbaa !9
  %82 = getelementptr inbounds i8, ptr %81, i64 1
  %83 = load i8, ptr %82, align 1, !tbaa !12
  %84 = sext i8 %83 to i32
  %85 = icmp eq i32 %80, %84
  %86 = zext i1 %85 to i32
  store i32 %86, ptr %4, align 4
  br label %118

87:                                               ; preds = %12
  %88 = load ptr, ptr %5, align 8, !tbaa !9
  %89 = getelementptr inbounds i8, ptr %88, i64 0
  %90 = load i8, ptr %89, align 1, !tbaa !12
  %91 = sext i8 %90 to i32
  %92 = icmp eq i32 %91, 91
  br i1 %92, label %93, label %101

93:                                               ; preds = %87
  %94 = load i32, ptr %6, align 4, !tbaa !5
  %95 = icmp sgt i32 %94, 1
  br i1 %95, label %96, label %101

96:                                               ; preds = %93
  %97 = load ptr, ptr %5, align 8, !tbaa !9
  %98 = load i32, ptr %6, align 4, !tbaa !5
  %99 = load i8, ptr %7, align 1, !tbaa !12
  %100 = call i32 @class_match(ptr noundef %97, i32 noundef %98, i8 noundef signext %99) #6
  store i32 %100, ptr %4, align 4
  br label %118

101:                                              ; preds = %93, %87
  %102 = load ptr, ptr %5, align 8, !tbaa !9
  %103 = getelementptr inbounds i8, ptr %102, i64 0
  %104 = load i8, ptr %103, align 1, !tbaa !12
  %105 = sext i8 %104 to i32
  %106 = icmp eq i32 %105, 46
  br i1 %106, label %115, label %107

107:                                              ; preds = %101
  %108 = load ptr, ptr %5, align 8, !tbaa !9
  %109 = getelementptr inbounds i8, ptr %108, i64 0
  %110 = load i8, ptr %109, align 1, !tbaa !12
  %111 = sext i8 %110 to i32
  %112 = load i8, ptr %7, align 1, !tbaa !12
  %113 = sext i8 %112 to i32
  %114 = icmp eq i32 %111, %113
  br label %115

115:                                              ; preds = %107, %101
  %116 = phi i1 [ true, %101 ], [ %114, %107 ]
  %117 = zext i1 %116 to i32
  store i32 %117, ptr %4, align 4
  br label %118

118:                                              ; preds = %115, %96, %78, %65, %53, %50, %23, %11
  %119 = load i32, ptr %4, align 4
  ret i32 %119
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @class_match(ptr noundef %0, i32 noundef %1, i8 noundef signext %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i8 %2, ptr %6, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 1, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %14, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !12
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %19, 94
  br i1 %20, label %21, label %24

21:                                               ; preds = %3
  store i32 1, ptr %8, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %7, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %21, %3
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = sub nsw i32 %25, 1
  store i32 %26, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %94, %24
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  store i32 2, ptr %12, align 4
  br label %95

32:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %33 = load ptr, ptr %4, align 8, !tbaa !9
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %33, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !12
  store i8 %37, ptr %13, align 1, !tbaa !12
  %38 = load i8, ptr %13, align 1, !tbaa !12
  %39 = sext i8 %38 to i32
  %40 = icmp eq i32 %39, 93
  br i1 %40, label %41, label %45

41:                                               ; preds = %32
  %42 = load i32, ptr %11, align 4, !tbaa !5
  %43 = icmp ne i32 %42, 0
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  store i32 2, ptr %12, align 4
  br label %91

45:                                               ; preds = %41, %32
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = add nsw i32 %46, 2
  %48 = load i32, ptr %10, align 4, !tbaa !5
  %49 = icmp slt i32 %47, %48
  br i1 %49, label %50, label %80

50:                                               ; preds = %45
  %51 = load ptr, ptr %4, align 8, !tbaa !9
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i8, ptr %51, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !12
  %57 = sext i8 %56 to i32
  %58 = icmp eq i32 %57, 45
  br i1 %58, label %59, label %80

59:                                               ; preds = %50
  %60 = load i8, ptr %6, align 1, !tbaa !12
  %61 = sext i8 %60 to i32
  %62 = load i8, ptr %13, align 1, !tbaa !12
  %63 = sext i8 %62 to i32
  %64 = icmp sge i32 %61, %63
  br i1 %64, label %65, label %77

65:                                               ; preds = %59
  %66 = load i8, ptr %6, align 1, !tbaa !12
  %67 = sext i8 %66 to i32
  %68 = load ptr, ptr %4, align 8, !tbaa !9
  %69 = load i32, ptr %7, align 4, !tbaa !5
  %70 = add nsw i32 %69, 2
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i8, ptr %68, i64 %71
  %73 = load i8, ptr %72, align 1, !tbaa !12
  %74 = sext i8 %73 to i32
  %75 = icmp sle i32 %67, %74
  br i1 %75, label %76, label %77

76:                                               ; preds = %65
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %77

77:                                               ; preds = %76, %65, %59
  %78 = load i32, ptr %7, align 4, !tbaa !5
  %79 = add nsw i32 %78, 3
  store i32 %79, ptr %7, align 4, !tbaa !5
  br label %90

80:                                               ; preds = %50, %45
  %81 = load i8, ptr %6, align 1, !tbaa !12
  %82 = sext i8 %81 to i32
  %83 = load i8, ptr %13, align 1, !tbaa !12
  %84 = sext i8 %83 to i32
  %85 = icmp eq i32 %82, %84
  br i1 %85, label %86, label %87

86:                                               ; preds = %80
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %86, %80
  %88 = load i32, ptr %7, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %7, align 4, !tbaa !5
  br label %90

90:                                               ; preds = %87, %77
  store i32 0, ptr %12, align 4
  br label %91

91:                                               ; preds = %90, %44
  call void @llvm.lifetime.end.p0(ptr %13) #7
  %92 = load i32, ptr %12, align 4
  switch i32 %92, label %95 [
    i32 0, label %93
  ]

93:                                               ; preds = %91
  br label %94

94:                                               ; preds = %93
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %27, !llvm.loop !28

95:                                               ; preds = %91, %31
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %96

96:                                               ; preds = %95
  %97 = load i32, ptr %9, align 4, !tbaa !5
  %98 = load i32, ptr %8, align 4, !tbaa !5
  %99 = icmp ne i32 %97, %98
  %100 = zext i1 %99 to i32
  store i32 1, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret i32 %100
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strcspn(ptr noundef, ptr noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { minsize optsize }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
!18 = !{!19, !19, i64 0}
!19 = !{!"long", !7, i64 0}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 short", !11, i64 0}
!26 = !{!27, !27, i64 0}
!27 = !{!"short", !7, i64 0}
!28 = distinct !{!28, !14}
