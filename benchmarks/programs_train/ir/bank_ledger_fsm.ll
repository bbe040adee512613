; ModuleID = 'bank_ledger_fsm.c'
source_filename = "bank_ledger_fsm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Account = type { [24 x i8], i32, i64, i32 }

@ledger = internal global [27 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.18, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.4], align 16
@errors = internal global [8 x i32] zeroinitializer, align 16
@naccts = internal global i32 0, align 4
@.str = private unnamed_addr constant [51 x i8] c"after round 0: %-12s state=%d balance=%lld.%02lld\0A\00", align 1
@accts = internal global [16 x %struct.Account] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [42 x i8] c"%-12s state=%d tx=%d balance=%lld.%02lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [30 x i8] c"lines=%d blank=%d total=%lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [68 x i8] c"errors: syntax=%d unknown=%d noacct=%d funds=%d state=%d amount=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"open alice\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"open bob\00", align 1
@.str.6 = private unnamed_addr constant [34 x i8] c"open \22carol smith\22  # quoted name\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"open dave\00", align 1
@.str.8 = private unnamed_addr constant [17 x i8] c"dep alice 100.50\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"dep bob 20\00", align 1
@.str.10 = private unnamed_addr constant [22 x i8] c"dep \22carol smith\22 7.5\00", align 1
@.str.11 = private unnamed_addr constant [13 x i8] c"wd bob 25.00\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"xfer alice bob 40.25\00", align 1
@.str.13 = private unnamed_addr constant [11 x i8] c"freeze bob\00", align 1
@.str.14 = private unnamed_addr constant [10 x i8] c"dep bob 1\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"thaw bob\00", align 1
@.str.16 = private unnamed_addr constant [14 x i8] c"dep bob 1.999\00", align 1
@.str.17 = private unnamed_addr constant [17 x i8] c"xfer bob dave 10\00", align 1
@.str.18 = private unnamed_addr constant [11 x i8] c"close dave\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"wd dave 10\00", align 1
@.str.20 = private unnamed_addr constant [11 x i8] c"dep dave 5\00", align 1
@.str.21 = private unnamed_addr constant [14 x i8] c"bogus alice 1\00", align 1
@.str.22 = private unnamed_addr constant [11 x i8] c"dep erin 5\00", align 1
@.str.23 = private unnamed_addr constant [19 x i8] c"open \22unterminated\00", align 1
@.str.24 = private unnamed_addr constant [17 x i8] c"# just a comment\00", align 1
@.str.25 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.26 = private unnamed_addr constant [30 x i8] c"xfer \22carol smith\22 alice 0.05\00", align 1
@.str.27 = private unnamed_addr constant [13 x i8] c"wd alice abc\00", align 1
@.str.28 = private unnamed_addr constant [13 x i8] c"dep alice 3.\00", align 1
@.str.29 = private unnamed_addr constant [5 x i8] c"open\00", align 1
@.str.30 = private unnamed_addr constant [4 x i8] c"dep\00", align 1
@.str.31 = private unnamed_addr constant [3 x i8] c"wd\00", align 1
@.str.32 = private unnamed_addr constant [5 x i8] c"xfer\00", align 1
@.str.33 = private unnamed_addr constant [7 x i8] c"freeze\00", align 1
@.str.34 = private unnamed_addr constant [5 x i8] c"thaw\00", align 1
@.str.35 = private unnamed_addr constant [6 x i8] c"close\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x [24 x i8]], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %87, %0
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 200
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %90

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !9
  br label %17

17:                                               ; preds = %46, %16
  %18 = load i64, ptr %7, align 8, !tbaa !9
  %19 = icmp ult i64 %18, 27
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %49

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %22 = load i64, ptr %7, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw [27 x ptr], ptr @ledger, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !11
  %25 = getelementptr inbounds [4 x [24 x i8]], ptr %2, i64 0, i64 0
  %26 = call i32 @split_line(ptr noundef %24, ptr noundef %25) #7
  store i32 %26, ptr %8, align 4, !tbaa !5
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %3, align 4, !tbaa !5
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = icmp slt i32 %29, 0
  br i1 %30, label %31, label %34

31:                                               ; preds = %21
  %32 = load i32, ptr @errors, align 16, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr @errors, align 16, !tbaa !5
  store i32 7, ptr %6, align 4
  br label %43

34:                                               ; preds = %21
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %40

37:                                               ; preds = %34
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %4, align 4, !tbaa !5
  store i32 7, ptr %6, align 4
  br label %43

40:                                               ; preds = %34
  %41 = getelementptr inbounds [4 x [24 x i8]], ptr %2, i64 0, i64 0
  %42 = load i32, ptr %8, align 4, !tbaa !5
  call void @apply(ptr noundef %41, i32 noundef %42) #7
  store i32 0, ptr %6, align 4
  br label %43

43:                                               ; preds = %40, %37, %31
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %44 = load i32, ptr %6, align 4
  switch i32 %44, label %148 [
    i32 0, label %45
    i32 7, label %46
  ]

45:                                               ; preds = %43
  br label %46

46:                                               ; preds = %45, %43
  %47 = load i64, ptr %7, align 8, !tbaa !9
  %48 = add i64 %47, 1
  store i64 %48, ptr %7, align 8, !tbaa !9
  br label %17, !llvm.loop !14

49:                                               ; preds = %20
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %52, label %86

52:                                               ; preds = %49
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %82, %52
  %54 = load i32, ptr %9, align 4, !tbaa !5
  %55 = load i32, ptr @naccts, align 4, !tbaa !5
  %56 = icmp slt i32 %54, %55
  br i1 %56, label %58, label %57

57:                                               ; preds = %53
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %85

58:                                               ; preds = %53
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %60
  %62 = getelementptr inbounds nuw %struct.Account, ptr %61, i32 0, i32 0
  %63 = getelementptr inbounds [24 x i8], ptr %62, i64 0, i64 0
  %64 = load i32, ptr %9, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %65
  %67 = getelementptr inbounds nuw %struct.Account, ptr %66, i32 0, i32 1
  %68 = load i32, ptr %67, align 8, !tbaa !16
  %69 = load i32, ptr %9, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %70
  %72 = getelementptr inbounds nuw %struct.Account, ptr %71, i32 0, i32 2
  %73 = load i64, ptr %72, align 16, !tbaa !19
  %74 = sdiv i64 %73, 100
  %75 = load i32, ptr %9, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.Account, ptr %77, i32 0, i32 2
  %79 = load i64, ptr %78, align 16, !tbaa !19
  %80 = srem i64 %79, 100
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %63, i32 noundef %68, i64 noundef %74, i64 noundef %80) #7
  br label %82

82:                                               ; preds = %58
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %9, align 4, !tbaa !5
  br label %53, !llvm.loop !20

85:                                               ; preds = %57
  br label %86

86:                                               ; preds = %85, %49
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %5, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %5, align 4, !tbaa !5
  br label %12, !llvm.loop !21

90:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %132, %90
  %92 = load i32, ptr %11, align 4, !tbaa !5
  %93 = load i32, ptr @naccts, align 4, !tbaa !5
  %94 = icmp slt i32 %92, %93
  br i1 %94, label %96, label %95

95:                                               ; preds = %91
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %135

96:                                               ; preds = %91
  %97 = load i32, ptr %11, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %98
  %100 = getelementptr inbounds nuw %struct.Account, ptr %99, i32 0, i32 2
  %101 = load i64, ptr %100, align 16, !tbaa !19
  %102 = load i64, ptr %10, align 8, !tbaa !22
  %103 = add nsw i64 %102, %101
  store i64 %103, ptr %10, align 8, !tbaa !22
  %104 = load i32, ptr %11, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %105
  %107 = getelementptr inbounds nuw %struct.Account, ptr %106, i32 0, i32 0
  %108 = getelementptr inbounds [24 x i8], ptr %107, i64 0, i64 0
  %109 = load i32, ptr %11, align 4, !tbaa !5
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %110
  %112 = getelementptr inbounds nuw %struct.Account, ptr %111, i32 0, i32 1
  %113 = load i32, ptr %112, align 8, !tbaa !16
  %114 = load i32, ptr %11, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %115
  %117 = getelementptr inbounds nuw %struct.Account, ptr %116, i32 0, i32 3
  %118 = load i32, ptr %117, align 8, !tbaa !23
  %119 = load i32, ptr %11, align 4, !tbaa !5
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %120
  %122 = getelementptr inbounds nuw %struct.Account, ptr %121, i32 0, i32 2
  %123 = load i64, ptr %122, align 16, !tbaa !19
  %124 = sdiv i64 %123, 100
  %125 = load i32, ptr %11, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %126
  %128 = getelementptr inbounds nuw %struct.Account, ptr %127, i32 0, i32 2
  %129 = load i64, ptr %128, align 16, !tbaa !19
  %130 = srem i64 %129, 100
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %108, i32 noundef %113, i32 noundef %118, i64 noundef %124, i64 noundef %130) #7
  br label %132

132:                                              ; preds = %96
  %133 = load i32, ptr %11, align 4, !tbaa !5
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %11, align 4, !tbaa !5
  br label %91, !llvm.loop !24

135:                                              ; preds = %95
  %136 = load i32, ptr %3, align 4, !tbaa !5
  %137 = load i32, ptr %4, align 4, !tbaa !5
  %138 = load i64, ptr %10, align 8, !tbaa !22
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %136, i32 noundef %137, i64 noundef %138) #7
  %140 = load i32, ptr @errors, align 16, !tbaa !5
  %141 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 1), align 4, !tbaa !5
  %142 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 2), align 8, !tbaa !5
  %143 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 3), align 4, !tbaa !5
  %144 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  %145 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 5), align 4, !tbaa !5
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %140, i32 noundef %141, i32 noundef %142, i32 noundef %143, i32 noundef %144, i32 noundef %145) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %147 = load i32, ptr %1, align 4
  ret i32 %147

148:                                              ; preds = %43
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @split_line(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %12 = load ptr, ptr %4, align 8, !tbaa !11
  store ptr %12, ptr %9, align 8, !tbaa !11
  br label %13

13:                                               ; preds = %175, %2
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %14 = load ptr, ptr %9, align 8, !tbaa !11
  %15 = load i8, ptr %14, align 1, !tbaa !25
  store i8 %15, ptr %10, align 1, !tbaa !25
  %16 = load i32, ptr %6, align 4, !tbaa !5
  switch i32 %16, label %152 [
    i32 0, label %17
    i32 3, label %17
    i32 1, label %60
    i32 2, label %113
    i32 4, label %149
    i32 5, label %151
  ]

17:                                               ; preds = %13, %13
  %18 = load i8, ptr %10, align 1, !tbaa !25
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %23

21:                                               ; preds = %17
  %22 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %22, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %172

23:                                               ; preds = %17
  %24 = load i8, ptr %10, align 1, !tbaa !25
  %25 = sext i8 %24 to i32
  %26 = icmp eq i32 %25, 35
  br i1 %26, label %27, label %28

27:                                               ; preds = %23
  store i32 4, ptr %6, align 4, !tbaa !5
  br label %59

28:                                               ; preds = %23
  %29 = load i8, ptr %10, align 1, !tbaa !25
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %30, 32
  br i1 %31, label %36, label %32

32:                                               ; preds = %28
  %33 = load i8, ptr %10, align 1, !tbaa !25
  %34 = sext i8 %33 to i32
  %35 = icmp eq i32 %34, 9
  br i1 %35, label %36, label %37

36:                                               ; preds = %32, %28
  store i32 3, ptr %6, align 4, !tbaa !5
  br label %58

37:                                               ; preds = %32
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = icmp eq i32 %38, 4
  br i1 %39, label %40, label %41

40:                                               ; preds = %37
  store i32 5, ptr %6, align 4, !tbaa !5
  br label %57

41:                                               ; preds = %37
  store i32 0, ptr %8, align 4, !tbaa !5
  %42 = load i8, ptr %10, align 1, !tbaa !25
  %43 = sext i8 %42 to i32
  %44 = icmp eq i32 %43, 34
  br i1 %44, label %45, label %46

45:                                               ; preds = %41
  store i32 2, ptr %6, align 4, !tbaa !5
  br label %56

46:                                               ; preds = %41
  %47 = load i8, ptr %10, align 1, !tbaa !25
  %48 = load ptr, ptr %5, align 8, !tbaa !11
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [24 x i8], ptr %48, i64 %50
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %8, align 4, !tbaa !5
  %54 = sext i32 %52 to i64
  %55 = getelementptr inbounds [24 x i8], ptr %51, i64 0, i64 %54
  store i8 %47, ptr %55, align 1, !tbaa !25
  store i32 1, ptr %6, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %46, %45
  br label %57

57:                                               ; preds = %56, %40
  br label %58

58:                                               ; preds = %57, %36
  br label %59

59:                                               ; preds = %58, %27
  br label %152

60:                                               ; preds = %13
  %61 = load i8, ptr %10, align 1, !tbaa !25
  %62 = sext i8 %61 to i32
  %63 = icmp eq i32 %62, 0
  br i1 %63, label %76, label %64

64:                                               ; preds = %60
  %65 = load i8, ptr %10, align 1, !tbaa !25
  %66 = sext i8 %65 to i32
  %67 = icmp eq i32 %66, 32
  br i1 %67, label %76, label %68

68:                                               ; preds = %64
  %69 = load i8, ptr %10, align 1, !tbaa !25
  %70 = sext i8 %69 to i32
  %71 = icmp eq i32 %70, 9
  br i1 %71, label %76, label %72

72:                                               ; preds = %68
  %73 = load i8, ptr %10, align 1, !tbaa !25
  %74 = sext i8 %73 to i32
  %75 = icmp eq i32 %74, 35
  br i1 %75, label %76, label %96

76:                                               ; preds = %72, %68, %64, %60
  %77 = load ptr, ptr %5, align 8, !tbaa !11
  %78 = load i32, ptr %7, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %7, align 4, !tbaa !5
  %80 = sext i32 %78 to i64
  %81 = getelementptr inbounds [24 x i8], ptr %77, i64 %80
  %82 = load i32, ptr %8, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [24 x i8], ptr %81, i64 0, i64 %83
  store i8 0, ptr %84, align 1, !tbaa !25
  %85 = load i8, ptr %10, align 1, !tbaa !25
  %86 = sext i8 %85 to i32
  %87 = icmp eq i32 %86, 0
  br i1 %87, label %88, label %90

88:                                               ; preds = %76
  %89 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %89, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %172

90:                                               ; preds = %76
  %91 = load i8, ptr %10, align 1, !tbaa !25
  %92 = sext i8 %91 to i32
  %93 = icmp eq i32 %92, 35
  %94 = zext i1 %93 to i64
  %95 = select i1 %93, i32 4, i32 3
  store i32 %95, ptr %6, align 4, !tbaa !5
  br label %112

96:                                               ; preds = %72
  %97 = load i32, ptr %8, align 4, !tbaa !5
  %98 = add nsw i32 %97, 1
  %99 = icmp slt i32 %98, 24
  br i1 %99, label %100, label %110

100:                                              ; preds = %96
  %101 = load i8, ptr %10, align 1, !tbaa !25
  %102 = load ptr, ptr %5, align 8, !tbaa !11
  %103 = load i32, ptr %7, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [24 x i8], ptr %102, i64 %104
  %106 = load i32, ptr %8, align 4, !tbaa !5
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %8, align 4, !tbaa !5
  %108 = sext i32 %106 to i64
  %109 = getelementptr inbounds [24 x i8], ptr %105, i64 0, i64 %108
  store i8 %101, ptr %109, align 1, !tbaa !25
  br label %111

110:                                              ; preds = %96
  store i32 5, ptr %6, align 4, !tbaa !5
  br label %111

111:                                              ; preds = %110, %100
  br label %112

112:                                              ; preds = %111, %90
  br label %152

113:                                              ; preds = %13
  %114 = load i8, ptr %10, align 1, !tbaa !25
  %115 = sext i8 %114 to i32
  %116 = icmp eq i32 %115, 0
  br i1 %116, label %117, label %118

117:                                              ; preds = %113
  store i32 5, ptr %6, align 4, !tbaa !5
  br label %148

118:                                              ; preds = %113
  %119 = load i8, ptr %10, align 1, !tbaa !25
  %120 = sext i8 %119 to i32
  %121 = icmp eq i32 %120, 34
  br i1 %121, label %122, label %131

122:                                              ; preds = %118
  %123 = load ptr, ptr %5, align 8, !tbaa !11
  %124 = load i32, ptr %7, align 4, !tbaa !5
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %7, align 4, !tbaa !5
  %126 = sext i32 %124 to i64
  %127 = getelementptr inbounds [24 x i8], ptr %123, i64 %126
  %128 = load i32, ptr %8, align 4, !tbaa !5
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [24 x i8], ptr %127, i64 0, i64 %129
  store i8 0, ptr %130, align 1, !tbaa !25
  store i32 3, ptr %6, align 4, !tbaa !5
  br label %147

131:                                              ; preds = %118
  %132 = load i32, ptr %8, align 4, !tbaa !5
  %133 = add nsw i32 %132, 1
  %134 = icmp slt i32 %133, 24
  br i1 %134, label %135, label %145

135:                                              ; preds = %131
  %136 = load i8, ptr %10, align 1, !tbaa !25
  %137 = load ptr, ptr %5, align 8, !tbaa !11
  %138 = load i32, ptr %7, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [24 x i8], ptr %137, i64 %139
  %141 = load i32, ptr %8, align 4, !tbaa !5
  %142 = add nsw i32 %141, 1
  store i32 %142, ptr %8, align 4, !tbaa !5
  %143 = sext i32 %141 to i64
  %144 = getelementptr inbounds [24 x i8], ptr %140, i64 0, i64 %143
  store i8 %136, ptr %144, align 1, !tbaa !25
  br label %146

145:                                              ; preds = %131
  store i32 5, ptr %6, align 4, !tbaa !5
  br label %146

146:                                              ; preds = %145, %135
  br label %147

147:                                              ; preds = %146, %122
  br label %148

148:                                              ; preds = %147, %117
  br label %152

149:                                              ; preds = %13
  %150 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %150, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %172

151:                                              ; preds = %13
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %172

152:                                              ; preds = %13, %148, %112, %59
  %153 = load i32, ptr %6, align 4, !tbaa !5
  %154 = icmp eq i32 %153, 5
  br i1 %154, label %155, label %156

155:                                              ; preds = %152
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %172

156:                                              ; preds = %152
  %157 = load i8, ptr %10, align 1, !tbaa !25
  %158 = sext i8 %157 to i32
  %159 = icmp eq i32 %158, 0
  br i1 %159, label %160, label %171

160:                                              ; preds = %156
  %161 = load i32, ptr %6, align 4, !tbaa !5
  %162 = icmp ne i32 %161, 1
  br i1 %162, label %163, label %171

163:                                              ; preds = %160
  %164 = load i32, ptr %6, align 4, !tbaa !5
  %165 = icmp eq i32 %164, 2
  br i1 %165, label %166, label %167

166:                                              ; preds = %163
  br label %169

167:                                              ; preds = %163
  %168 = load i32, ptr %7, align 4, !tbaa !5
  br label %169

169:                                              ; preds = %167, %166
  %170 = phi i32 [ -1, %166 ], [ %168, %167 ]
  store i32 %170, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %172

171:                                              ; preds = %160, %156
  store i32 0, ptr %11, align 4
  br label %172

172:                                              ; preds = %171, %169, %155, %151, %149, %88, %21
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %173 = load i32, ptr %11, align 4
  switch i32 %173, label %178 [
    i32 0, label %174
  ]

174:                                              ; preds = %172
  br label %175

175:                                              ; preds = %174
  %176 = load ptr, ptr %9, align 8, !tbaa !11
  %177 = getelementptr inbounds nuw i8, ptr %176, i32 1
  store ptr %177, ptr %9, align 8, !tbaa !11
  br label %13

178:                                              ; preds = %172
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %179 = load i32, ptr %3, align 4
  ret i32 %179
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @apply(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %13 = load ptr, ptr %3, align 8, !tbaa !11
  %14 = getelementptr inbounds [24 x i8], ptr %13, i64 0
  %15 = getelementptr inbounds [24 x i8], ptr %14, i64 0, i64 0
  store ptr %15, ptr %6, align 8, !tbaa !11
  %16 = load ptr, ptr %6, align 8, !tbaa !11
  %17 = call i32 @strcmp(ptr noundef %16, ptr noundef @.str.29) #8
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %52

19:                                               ; preds = %2
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = icmp eq i32 %20, 2
  br i1 %21, label %22, label %52

22:                                               ; preds = %19
  %23 = load ptr, ptr %3, align 8, !tbaa !11
  %24 = getelementptr inbounds [24 x i8], ptr %23, i64 1
  %25 = getelementptr inbounds [24 x i8], ptr %24, i64 0, i64 0
  %26 = call ptr @find(ptr noundef %25) #7
  %27 = icmp ne ptr %26, null
  br i1 %27, label %31, label %28

28:                                               ; preds = %22
  %29 = load i32, ptr @naccts, align 4, !tbaa !5
  %30 = icmp eq i32 %29, 16
  br i1 %30, label %31, label %34

31:                                               ; preds = %28, %22
  %32 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  store i32 1, ptr %7, align 4
  br label %255

34:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %35 = load i32, ptr @naccts, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr @naccts, align 4, !tbaa !5
  %37 = sext i32 %35 to i64
  %38 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %37
  store ptr %38, ptr %8, align 8, !tbaa !26
  %39 = load ptr, ptr %8, align 8, !tbaa !26
  %40 = getelementptr inbounds nuw %struct.Account, ptr %39, i32 0, i32 0
  %41 = getelementptr inbounds [24 x i8], ptr %40, i64 0, i64 0
  %42 = load ptr, ptr %3, align 8, !tbaa !11
  %43 = getelementptr inbounds [24 x i8], ptr %42, i64 1
  %44 = getelementptr inbounds [24 x i8], ptr %43, i64 0, i64 0
  %45 = call ptr @strcpy(ptr noundef %41, ptr noundef %44) #9
  %46 = load ptr, ptr %8, align 8, !tbaa !26
  %47 = getelementptr inbounds nuw %struct.Account, ptr %46, i32 0, i32 1
  store i32 1, ptr %47, align 8, !tbaa !16
  %48 = load ptr, ptr %8, align 8, !tbaa !26
  %49 = getelementptr inbounds nuw %struct.Account, ptr %48, i32 0, i32 2
  store i64 0, ptr %49, align 8, !tbaa !19
  %50 = load ptr, ptr %8, align 8, !tbaa !26
  %51 = getelementptr inbounds nuw %struct.Account, ptr %50, i32 0, i32 3
  store i32 0, ptr %51, align 8, !tbaa !23
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %254

52:                                               ; preds = %19, %2
  %53 = load ptr, ptr %6, align 8, !tbaa !11
  %54 = call i32 @strcmp(ptr noundef %53, ptr noundef @.str.30) #8
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %60, label %56

56:                                               ; preds = %52
  %57 = load ptr, ptr %6, align 8, !tbaa !11
  %58 = call i32 @strcmp(ptr noundef %57, ptr noundef @.str.31) #8
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %110

60:                                               ; preds = %56, %52
  %61 = load i32, ptr %4, align 4, !tbaa !5
  %62 = icmp eq i32 %61, 3
  br i1 %62, label %63, label %110

63:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %64 = load ptr, ptr %3, align 8, !tbaa !11
  %65 = getelementptr inbounds [24 x i8], ptr %64, i64 1
  %66 = getelementptr inbounds [24 x i8], ptr %65, i64 0, i64 0
  %67 = call ptr @find(ptr noundef %66) #7
  store ptr %67, ptr %9, align 8, !tbaa !26
  %68 = load ptr, ptr %3, align 8, !tbaa !11
  %69 = getelementptr inbounds [24 x i8], ptr %68, i64 2
  %70 = getelementptr inbounds [24 x i8], ptr %69, i64 0, i64 0
  %71 = call zeroext i1 @parse_amount(ptr noundef %70, ptr noundef %5) #7
  br i1 %71, label %75, label %72

72:                                               ; preds = %63
  %73 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 5), align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 5), align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  br label %107

75:                                               ; preds = %63
  %76 = load ptr, ptr %9, align 8, !tbaa !26
  %77 = call zeroext i1 @usable(ptr noundef %76) #7
  br i1 %77, label %79, label %78

78:                                               ; preds = %75
  store i32 1, ptr %7, align 4
  br label %107

79:                                               ; preds = %75
  %80 = load ptr, ptr %6, align 8, !tbaa !11
  %81 = getelementptr inbounds i8, ptr %80, i64 0
  %82 = load i8, ptr %81, align 1, !tbaa !25
  %83 = sext i8 %82 to i32
  %84 = icmp eq i32 %83, 119
  br i1 %84, label %85, label %97

85:                                               ; preds = %79
  %86 = load ptr, ptr %9, align 8, !tbaa !26
  %87 = getelementptr inbounds nuw %struct.Account, ptr %86, i32 0, i32 2
  %88 = load i64, ptr %87, align 8, !tbaa !19
  %89 = load i64, ptr %5, align 8, !tbaa !22
  %90 = icmp slt i64 %88, %89
  br i1 %90, label %91, label %94

91:                                               ; preds = %85
  %92 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 3), align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 3), align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  br label %107

94:                                               ; preds = %85
  %95 = load i64, ptr %5, align 8, !tbaa !22
  %96 = sub nsw i64 0, %95
  store i64 %96, ptr %5, align 8, !tbaa !22
  br label %97

97:                                               ; preds = %94, %79
  %98 = load i64, ptr %5, align 8, !tbaa !22
  %99 = load ptr, ptr %9, align 8, !tbaa !26
  %100 = getelementptr inbounds nuw %struct.Account, ptr %99, i32 0, i32 2
  %101 = load i64, ptr %100, align 8, !tbaa !19
  %102 = add nsw i64 %101, %98
  store i64 %102, ptr %100, align 8, !tbaa !19
  %103 = load ptr, ptr %9, align 8, !tbaa !26
  %104 = getelementptr inbounds nuw %struct.Account, ptr %103, i32 0, i32 3
  %105 = load i32, ptr %104, align 8, !tbaa !23
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %104, align 8, !tbaa !23
  store i32 0, ptr %7, align 4
  br label %107

107:                                              ; preds = %97, %91, %78, %72
  call void @llvm.lifetime.end.p0(ptr %9) #6
  %108 = load i32, ptr %7, align 4
  switch i32 %108, label %255 [
    i32 0, label %109
  ]

109:                                              ; preds = %107
  br label %253

110:                                              ; preds = %60, %56
  %111 = load ptr, ptr %6, align 8, !tbaa !11
  %112 = call i32 @strcmp(ptr noundef %111, ptr noundef @.str.32) #8
  %113 = icmp eq i32 %112, 0
  br i1 %113, label %114, label %171

114:                                              ; preds = %110
  %115 = load i32, ptr %4, align 4, !tbaa !5
  %116 = icmp eq i32 %115, 4
  br i1 %116, label %117, label %171

117:                                              ; preds = %114
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %118 = load ptr, ptr %3, align 8, !tbaa !11
  %119 = getelementptr inbounds [24 x i8], ptr %118, i64 1
  %120 = getelementptr inbounds [24 x i8], ptr %119, i64 0, i64 0
  %121 = call ptr @find(ptr noundef %120) #7
  store ptr %121, ptr %10, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %122 = load ptr, ptr %3, align 8, !tbaa !11
  %123 = getelementptr inbounds [24 x i8], ptr %122, i64 2
  %124 = getelementptr inbounds [24 x i8], ptr %123, i64 0, i64 0
  %125 = call ptr @find(ptr noundef %124) #7
  store ptr %125, ptr %11, align 8, !tbaa !26
  %126 = load ptr, ptr %3, align 8, !tbaa !11
  %127 = getelementptr inbounds [24 x i8], ptr %126, i64 3
  %128 = getelementptr inbounds [24 x i8], ptr %127, i64 0, i64 0
  %129 = call zeroext i1 @parse_amount(ptr noundef %128, ptr noundef %5) #7
  br i1 %129, label %133, label %130

130:                                              ; preds = %117
  %131 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 5), align 4, !tbaa !5
  %132 = add nsw i32 %131, 1
  store i32 %132, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 5), align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  br label %168

133:                                              ; preds = %117
  %134 = load ptr, ptr %10, align 8, !tbaa !26
  %135 = call zeroext i1 @usable(ptr noundef %134) #7
  br i1 %135, label %136, label %139

136:                                              ; preds = %133
  %137 = load ptr, ptr %11, align 8, !tbaa !26
  %138 = call zeroext i1 @usable(ptr noundef %137) #7
  br i1 %138, label %140, label %139

139:                                              ; preds = %136, %133
  store i32 1, ptr %7, align 4
  br label %168

140:                                              ; preds = %136
  %141 = load ptr, ptr %10, align 8, !tbaa !26
  %142 = getelementptr inbounds nuw %struct.Account, ptr %141, i32 0, i32 2
  %143 = load i64, ptr %142, align 8, !tbaa !19
  %144 = load i64, ptr %5, align 8, !tbaa !22
  %145 = icmp slt i64 %143, %144
  br i1 %145, label %146, label %149

146:                                              ; preds = %140
  %147 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 3), align 4, !tbaa !5
  %148 = add nsw i32 %147, 1
  store i32 %148, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 3), align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  br label %168

149:                                              ; preds = %140
  %150 = load i64, ptr %5, align 8, !tbaa !22
  %151 = load ptr, ptr %10, align 8, !tbaa !26
  %152 = getelementptr inbounds nuw %struct.Account, ptr %151, i32 0, i32 2
  %153 = load i64, ptr %152, align 8, !tbaa !19
  %154 = sub nsw i64 %153, %150
  store i64 %154, ptr %152, align 8, !tbaa !19
  %155 = load i64, ptr %5, align 8, !tbaa !22
  %156 = load ptr, ptr %11, align 8, !tbaa !26
  %157 = getelementptr inbounds nuw %struct.Account, ptr %156, i32 0, i32 2
  %158 = load i64, ptr %157, align 8, !tbaa !19
  %159 = add nsw i64 %158, %155
  store i64 %159, ptr %157, align 8, !tbaa !19
  %160 = load ptr, ptr %10, align 8, !tbaa !26
  %161 = getelementptr inbounds nuw %struct.Account, ptr %160, i32 0, i32 3
  %162 = load i32, ptr %161, align 8, !tbaa !23
  %163 = add nsw i32 %162, 1
  store i32 %163, ptr %161, align 8, !tbaa !23
  %164 = load ptr, ptr %11, align 8, !tbaa !26
  %165 = getelementptr inbounds nuw %struct.Account, ptr %164, i32 0, i32 3
  %166 = load i32, ptr %165, align 8, !tbaa !23
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %165, align 8, !tbaa !23
  store i32 0, ptr %7, align 4
  br label %168

168:                                              ; preds = %149, %146, %139, %130
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %169 = load i32, ptr %7, align 4
  switch i32 %169, label %255 [
    i32 0, label %170
  ]

170:                                              ; preds = %168
  br label %252

171:                                              ; preds = %114, %110
  %172 = load ptr, ptr %6, align 8, !tbaa !11
  %173 = call i32 @strcmp(ptr noundef %172, ptr noundef @.str.33) #8
  %174 = icmp eq i32 %173, 0
  br i1 %174, label %183, label %175

175:                                              ; preds = %171
  %176 = load ptr, ptr %6, align 8, !tbaa !11
  %177 = call i32 @strcmp(ptr noundef %176, ptr noundef @.str.34) #8
  %178 = icmp eq i32 %177, 0
  br i1 %178, label %183, label %179

179:                                              ; preds = %175
  %180 = load ptr, ptr %6, align 8, !tbaa !11
  %181 = call i32 @strcmp(ptr noundef %180, ptr noundef @.str.35) #8
  %182 = icmp eq i32 %181, 0
  br i1 %182, label %183, label %248

183:                                              ; preds = %179, %175, %171
  %184 = load i32, ptr %4, align 4, !tbaa !5
  %185 = icmp eq i32 %184, 2
  br i1 %185, label %186, label %248

186:                                              ; preds = %183
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %187 = load ptr, ptr %3, align 8, !tbaa !11
  %188 = getelementptr inbounds [24 x i8], ptr %187, i64 1
  %189 = getelementptr inbounds [24 x i8], ptr %188, i64 0, i64 0
  %190 = call ptr @find(ptr noundef %189) #7
  store ptr %190, ptr %12, align 8, !tbaa !26
  %191 = load ptr, ptr %12, align 8, !tbaa !26
  %192 = icmp ne ptr %191, null
  br i1 %192, label %196, label %193

193:                                              ; preds = %186
  %194 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 2), align 8, !tbaa !5
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 2), align 8, !tbaa !5
  store i32 1, ptr %7, align 4
  br label %245

196:                                              ; preds = %186
  %197 = load ptr, ptr %12, align 8, !tbaa !26
  %198 = getelementptr inbounds nuw %struct.Account, ptr %197, i32 0, i32 1
  %199 = load i32, ptr %198, align 8, !tbaa !16
  switch i32 %199, label %241 [
    i32 1, label %200
    i32 2, label %228
  ]

200:                                              ; preds = %196
  %201 = load ptr, ptr %6, align 8, !tbaa !11
  %202 = getelementptr inbounds i8, ptr %201, i64 0
  %203 = load i8, ptr %202, align 1, !tbaa !25
  %204 = sext i8 %203 to i32
  %205 = icmp eq i32 %204, 102
  br i1 %205, label %206, label %209

206:                                              ; preds = %200
  %207 = load ptr, ptr %12, align 8, !tbaa !26
  %208 = getelementptr inbounds nuw %struct.Account, ptr %207, i32 0, i32 1
  store i32 2, ptr %208, align 8, !tbaa !16
  br label %227

209:                                              ; preds = %200
  %210 = load ptr, ptr %6, align 8, !tbaa !11
  %211 = getelementptr inbounds i8, ptr %210, i64 0
  %212 = load i8, ptr %211, align 1, !tbaa !25
  %213 = sext i8 %212 to i32
  %214 = icmp eq i32 %213, 99
  br i1 %214, label %215, label %223

215:                                              ; preds = %209
  %216 = load ptr, ptr %12, align 8, !tbaa !26
  %217 = getelementptr inbounds nuw %struct.Account, ptr %216, i32 0, i32 2
  %218 = load i64, ptr %217, align 8, !tbaa !19
  %219 = icmp eq i64 %218, 0
  br i1 %219, label %220, label %223

220:                                              ; preds = %215
  %221 = load ptr, ptr %12, align 8, !tbaa !26
  %222 = getelementptr inbounds nuw %struct.Account, ptr %221, i32 0, i32 1
  store i32 3, ptr %222, align 8, !tbaa !16
  br label %226

223:                                              ; preds = %215, %209
  %224 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  %225 = add nsw i32 %224, 1
  store i32 %225, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  br label %226

226:                                              ; preds = %223, %220
  br label %227

227:                                              ; preds = %226, %206
  br label %244

228:                                              ; preds = %196
  %229 = load ptr, ptr %6, align 8, !tbaa !11
  %230 = getelementptr inbounds i8, ptr %229, i64 0
  %231 = load i8, ptr %230, align 1, !tbaa !25
  %232 = sext i8 %231 to i32
  %233 = icmp eq i32 %232, 116
  br i1 %233, label %234, label %237

234:                                              ; preds = %228
  %235 = load ptr, ptr %12, align 8, !tbaa !26
  %236 = getelementptr inbounds nuw %struct.Account, ptr %235, i32 0, i32 1
  store i32 1, ptr %236, align 8, !tbaa !16
  br label %240

237:                                              ; preds = %228
  %238 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  %239 = add nsw i32 %238, 1
  store i32 %239, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  br label %240

240:                                              ; preds = %237, %234
  br label %244

241:                                              ; preds = %196
  %242 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  %243 = add nsw i32 %242, 1
  store i32 %243, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  br label %244

244:                                              ; preds = %241, %240, %227
  store i32 0, ptr %7, align 4
  br label %245

245:                                              ; preds = %244, %193
  call void @llvm.lifetime.end.p0(ptr %12) #6
  %246 = load i32, ptr %7, align 4
  switch i32 %246, label %255 [
    i32 0, label %247
  ]

247:                                              ; preds = %245
  br label %251

248:                                              ; preds = %183, %179
  %249 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 1), align 4, !tbaa !5
  %250 = add nsw i32 %249, 1
  store i32 %250, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 1), align 4, !tbaa !5
  br label %251

251:                                              ; preds = %248, %247
  br label %252

252:                                              ; preds = %251, %170
  br label %253

253:                                              ; preds = %252, %109
  br label %254

254:                                              ; preds = %253, %34
  store i32 0, ptr %7, align 4
  br label %255

255:                                              ; preds = %254, %245, %168, %107, %31
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  %256 = load i32, ptr %7, align 4
  switch i32 %256, label %258 [
    i32 0, label %257
    i32 1, label %257
  ]

257:                                              ; preds = %255, %255
  ret void

258:                                              ; preds = %255
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @find(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %25, %1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = load i32, ptr @naccts, align 4, !tbaa !5
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %11, label %10

10:                                               ; preds = %6
  store i32 2, ptr %5, align 4
  br label %28

11:                                               ; preds = %6
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %13
  %15 = getelementptr inbounds nuw %struct.Account, ptr %14, i32 0, i32 0
  %16 = getelementptr inbounds [24 x i8], ptr %15, i64 0, i64 0
  %17 = load ptr, ptr %3, align 8, !tbaa !11
  %18 = call i32 @strcmp(ptr noundef %16, ptr noundef %17) #8
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %24

20:                                               ; preds = %11
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [16 x %struct.Account], ptr @accts, i64 0, i64 %22
  store ptr %23, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %28

24:                                               ; preds = %11
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !27

28:                                               ; preds = %20, %10
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %29 = load i32, ptr %5, align 4
  switch i32 %29, label %33 [
    i32 2, label %30
    i32 1, label %31
  ]

30:                                               ; preds = %28
  store ptr null, ptr %2, align 8
  br label %31

31:                                               ; preds = %30, %28
  %32 = load ptr, ptr %2, align 8
  ret ptr %32

33:                                               ; preds = %28
  unreachable
}

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @parse_amount(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i8 0, ptr %9, align 1, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i8 0, ptr %10, align 1, !tbaa !30
  br label %12

12:                                               ; preds = %70, %2
  %13 = load ptr, ptr %4, align 8, !tbaa !11
  %14 = load i8, ptr %13, align 1, !tbaa !25
  %15 = icmp ne i8 %14, 0
  br i1 %15, label %16, label %73

16:                                               ; preds = %12
  %17 = call ptr @__ctype_b_loc() #10
  %18 = load ptr, ptr %17, align 8, !tbaa !32
  %19 = load ptr, ptr %4, align 8, !tbaa !11
  %20 = load i8, ptr %19, align 1, !tbaa !25
  %21 = zext i8 %20 to i32
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i16, ptr %18, i64 %22
  %24 = load i16, ptr %23, align 2, !tbaa !34
  %25 = zext i16 %24 to i32
  %26 = and i32 %25, 2048
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %58

28:                                               ; preds = %16
  store i8 1, ptr %10, align 1, !tbaa !30
  %29 = load i8, ptr %9, align 1, !tbaa !30, !range !36, !noundef !37
  %30 = trunc i8 %29 to i1
  br i1 %30, label %31, label %44

31:                                               ; preds = %28
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %8, align 4, !tbaa !5
  %34 = icmp sgt i32 %33, 2
  br i1 %34, label %35, label %36

35:                                               ; preds = %31
  store i1 false, ptr %3, align 1
  store i32 1, ptr %11, align 4
  br label %88

36:                                               ; preds = %31
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = mul nsw i32 %37, 10
  %39 = load ptr, ptr %4, align 8, !tbaa !11
  %40 = load i8, ptr %39, align 1, !tbaa !25
  %41 = sext i8 %40 to i32
  %42 = sub nsw i32 %41, 48
  %43 = add nsw i32 %38, %42
  store i32 %43, ptr %7, align 4, !tbaa !5
  br label %57

44:                                               ; preds = %28
  %45 = load i64, ptr %6, align 8, !tbaa !22
  %46 = icmp sgt i64 %45, 1000000000
  br i1 %46, label %47, label %48

47:                                               ; preds = %44
  store i1 false, ptr %3, align 1
  store i32 1, ptr %11, align 4
  br label %88

48:                                               ; preds = %44
  %49 = load i64, ptr %6, align 8, !tbaa !22
  %50 = mul nsw i64 %49, 10
  %51 = load ptr, ptr %4, align 8, !tbaa !11
  %52 = load i8, ptr %51, align 1, !tbaa !25
  %53 = sext i8 %52 to i32
  %54 = sub nsw i32 %53, 48
  %55 = sext i32 %54 to i64
  %56 = add nsw i64 %50, %55
  store i64 %56, ptr %6, align 8, !tbaa !22
  br label %57

57:                                               ; preds = %48, %36
  br label %69

58:                                               ; preds = %16
  %59 = load ptr, ptr %4, align 8, !tbaa !11
  %60 = load i8, ptr %59, align 1, !tbaa !25
  %61 = sext i8 %60 to i32
  %62 = icmp eq i32 %61, 46
  br i1 %62, label %63, label %67

63:                                               ; preds = %58
  %64 = load i8, ptr %9, align 1, !tbaa !30, !range !36, !noundef !37
  %65 = trunc i8 %64 to i1
  br i1 %65, label %67, label %66

66:                                               ; preds = %63
  store i8 1, ptr %9, align 1, !tbaa !30
  br label %68

67:                                               ; preds = %63, %58
  store i1 false, ptr %3, align 1
  store i32 1, ptr %11, align 4
  br label %88

68:                                               ; preds = %66
  br label %69

69:                                               ; preds = %68, %57
  br label %70

70:                                               ; preds = %69
  %71 = load ptr, ptr %4, align 8, !tbaa !11
  %72 = getelementptr inbounds nuw i8, ptr %71, i32 1
  store ptr %72, ptr %4, align 8, !tbaa !11
  br label %12, !llvm.loop !38

73:                                               ; preds = %12
  %74 = load i32, ptr %8, align 4, !tbaa !5
  %75 = icmp eq i32 %74, 1
  br i1 %75, label %76, label %79

76:                                               ; preds = %73
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = mul nsw i32 %77, 10
  store i32 %78, ptr %7, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %76, %73
  %80 = load i64, ptr %6, align 8, !tbaa !22
  %81 = mul nsw i64 %80, 100
  %82 = load i32, ptr %7, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = add nsw i64 %81, %83
  %85 = load ptr, ptr %5, align 8, !tbaa !28
  store i64 %84, ptr %85, align 8, !tbaa !22
  %86 = load i8, ptr %10, align 1, !tbaa !30, !range !36, !noundef !37
  %87 = trunc i8 %86 to i1
  store i1 %87, ptr %3, align 1
  store i32 1, ptr %11, align 4
  br label %88

88:                                               ; preds = %79, %67, %47, %35
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %89 = load i1, ptr %3, align 1
  ret i1 %89
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @usable(ptr noundef %0) #0 {
  %2 = alloca i1, align 1
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !26
  %4 = load ptr, ptr %3, align 8, !tbaa !26
  %5 = icmp ne ptr %4, null
  br i1 %5, label %9, label %6

6:                                                ; preds = %1
  %7 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 2), align 8, !tbaa !5
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 2), align 8, !tbaa !5
  store i1 false, ptr %2, align 1
  br label %18

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !tbaa !26
  %11 = getelementptr inbounds nuw %struct.Account, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8, !tbaa !16
  %13 = icmp ne i32 %12, 1
  br i1 %13, label %14, label %17

14:                                               ; preds = %9
  %15 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr getelementptr inbounds ([8 x i32], ptr @errors, i64 0, i64 4), align 16, !tbaa !5
  store i1 false, ptr %2, align 1
  br label %18

17:                                               ; preds = %9
  store i1 true, ptr %2, align 1
  br label %18

18:                                               ; preds = %17, %14, %6
  %19 = load i1, ptr %2, align 1
  ret i1 %19
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
attributes #9 = { minsize nounwind optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(none) }

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
!16 = !{!17, !6, i64 24}
!17 = !{!"", !7, i64 0, !6, i64 24, !18, i64 32, !6, i64 40}
!18 = !{!"long long", !7, i64 0}
!19 = !{!17, !18, i64 32}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = !{!18, !18, i64 0}
!23 = !{!17, !6, i64 40}
!24 = distinct !{!24, !15}
!25 = !{!7, !7, i64 0}
!26 = !{!13, !13, i64 0}
!27 = distinct !{!27, !15}
!28 = !{!29, !29, i64 0}
!29 = !{!"p1 long long", !13, i64 0}
!30 = !{!31, !31, i64 0}
!31 = !{!"_Bool", !7, i64 0}
!32 = !{!33, !33, i64 0}
!33 = !{!"p1 short", !13, i64 0}
!34 = !{!35, !35, i64 0}
!35 = !{!"short", !7, i64 0}
!36 = !{i8 0, i8 2}
!37 = !{}
!38 = distinct !{!38, !15}
