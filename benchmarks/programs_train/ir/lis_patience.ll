; ModuleID = 'lis_patience.c'
source_filename = "lis_patience.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.kinds = internal global [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@.str = private unnamed_addr constant [7 x i8] c"random\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"rising\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"falling\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"dups\00", align 1
@seq = internal global [3000 x i32] zeroinitializer, align 16
@out = internal global [3000 x i32] zeroinitializer, align 16
@.str.4 = private unnamed_addr constant [59 x i8] c"%-8s lis=%4d (dp=%4d, %s) nondec=%4d lds=%4d seqhash=%08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"BAD\00", align 1
@state = internal global i32 88172645, align 4
@tails_idx = internal global [3000 x i32] zeroinitializer, align 16
@prev_idx = internal global [3000 x i32] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %78, %0
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 4
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #5
  br label %81

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4, !tbaa !5
  call void @fill(ptr noundef @seq, i32 noundef 3000, i32 noundef %17) #6
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %18 = call i32 @lis_patience(ptr noundef @seq, i32 noundef 3000, i32 noundef 1, ptr noundef @out) #6
  store i32 %18, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = call i32 @verify_increasing(ptr noundef @out, i32 noundef %19, i32 noundef 1) #6
  store i32 %20, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %34, %16
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %21
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %37

26:                                               ; preds = %21
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = mul i32 %27, -1640531535
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [3000 x i32], ptr @out, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = add i32 %28, %32
  store i32 %33, ptr %6, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %26
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %7, align 4, !tbaa !5
  br label %21, !llvm.loop !9

37:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %38 = call i32 @lis_quadratic(ptr noundef @seq, i32 noundef 3000) #6
  store i32 %38, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %39 = call i32 @lis_patience(ptr noundef @seq, i32 noundef 3000, i32 noundef 0, ptr noundef null) #6
  store i32 %39, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %53, %37
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = icmp slt i32 %41, 3000
  br i1 %42, label %44, label %43

43:                                               ; preds = %40
  store i32 8, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %56

44:                                               ; preds = %40
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [3000 x i32], ptr @seq, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  %49 = sub nsw i32 0, %48
  %50 = load i32, ptr %10, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [3000 x i32], ptr @seq, i64 0, i64 %51
  store i32 %49, ptr %52, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %44
  %54 = load i32, ptr %10, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %10, align 4, !tbaa !5
  br label %40, !llvm.loop !11

56:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %57 = call i32 @lis_patience(ptr noundef @seq, i32 noundef 3000, i32 noundef 1, ptr noundef null) #6
  store i32 %57, ptr %11, align 4, !tbaa !5
  %58 = load i32, ptr %2, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [4 x ptr], ptr @main.kinds, i64 0, i64 %59
  %61 = load ptr, ptr %60, align 8, !tbaa !12
  %62 = load i32, ptr %4, align 4, !tbaa !5
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = load i32, ptr %5, align 4, !tbaa !5
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %66, label %70

66:                                               ; preds = %56
  %67 = load i32, ptr %8, align 4, !tbaa !5
  %68 = load i32, ptr %4, align 4, !tbaa !5
  %69 = icmp eq i32 %67, %68
  br label %70

70:                                               ; preds = %66, %56
  %71 = phi i1 [ false, %56 ], [ %69, %66 ]
  %72 = zext i1 %71 to i64
  %73 = select i1 %71, ptr @.str.5, ptr @.str.6
  %74 = load i32, ptr %9, align 4, !tbaa !5
  %75 = load i32, ptr %11, align 4, !tbaa !5
  %76 = load i32, ptr %6, align 4, !tbaa !5
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %61, i32 noundef %62, i32 noundef %63, ptr noundef %73, i32 noundef %74, i32 noundef %75, i32 noundef %76) #6
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %78

78:                                               ; preds = %70
  %79 = load i32, ptr %2, align 4, !tbaa !5
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %2, align 4, !tbaa !5
  br label %12, !llvm.loop !15

81:                                               ; preds = %15
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @fill(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !16
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %51, %3
  %9 = load i32, ptr %7, align 4, !tbaa !5
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %54

13:                                               ; preds = %8
  %14 = load i32, ptr %6, align 4, !tbaa !5
  switch i32 %14, label %43 [
    i32 0, label %15
    i32 1, label %22
    i32 2, label %32
  ]

15:                                               ; preds = %13
  %16 = call i32 @xs() #6
  %17 = urem i32 %16, 100000
  %18 = load ptr, ptr %4, align 8, !tbaa !16
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i32, ptr %18, i64 %20
  store i32 %17, ptr %21, align 4, !tbaa !5
  br label %50

22:                                               ; preds = %13
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = sdiv i32 %23, 3
  %25 = call i32 @xs() #6
  %26 = urem i32 %25, 50
  %27 = add nsw i32 %24, %26
  %28 = load ptr, ptr %4, align 8, !tbaa !16
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  store i32 %27, ptr %31, align 4, !tbaa !5
  br label %50

32:                                               ; preds = %13
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = sub nsw i32 %33, %34
  %36 = call i32 @xs() #6
  %37 = urem i32 %36, 20
  %38 = add nsw i32 %35, %37
  %39 = load ptr, ptr %4, align 8, !tbaa !16
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i32, ptr %39, i64 %41
  store i32 %38, ptr %42, align 4, !tbaa !5
  br label %50

43:                                               ; preds = %13
  %44 = call i32 @xs() #6
  %45 = urem i32 %44, 16
  %46 = load ptr, ptr %4, align 8, !tbaa !16
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i32, ptr %46, i64 %48
  store i32 %45, ptr %49, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %43, %32, %22, %15
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %7, align 4, !tbaa !5
  br label %8, !llvm.loop !18

54:                                               ; preds = %12
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lis_patience(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !16
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %93, %4
  %18 = load i32, ptr %10, align 4, !tbaa !5
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %22, label %21

21:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %96

22:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %23 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %23, ptr %12, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %66, %22
  %25 = load i32, ptr %11, align 4, !tbaa !5
  %26 = load i32, ptr %12, align 4, !tbaa !5
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %67

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %29 = load i32, ptr %11, align 4, !tbaa !5
  %30 = load i32, ptr %12, align 4, !tbaa !5
  %31 = load i32, ptr %11, align 4, !tbaa !5
  %32 = sub nsw i32 %30, %31
  %33 = sdiv i32 %32, 2
  %34 = add nsw i32 %29, %33
  store i32 %34, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %35 = load ptr, ptr %5, align 8, !tbaa !16
  %36 = load i32, ptr %13, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [3000 x i32], ptr @tails_idx, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i32, ptr %35, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  store i32 %42, ptr %14, align 4, !tbaa !5
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %45, label %53

45:                                               ; preds = %28
  %46 = load i32, ptr %14, align 4, !tbaa !5
  %47 = load ptr, ptr %5, align 8, !tbaa !16
  %48 = load i32, ptr %10, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %47, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = icmp slt i32 %46, %51
  br i1 %52, label %61, label %64

53:                                               ; preds = %28
  %54 = load i32, ptr %14, align 4, !tbaa !5
  %55 = load ptr, ptr %5, align 8, !tbaa !16
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %55, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = icmp sle i32 %54, %59
  br i1 %60, label %61, label %64

61:                                               ; preds = %53, %45
  %62 = load i32, ptr %13, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %11, align 4, !tbaa !5
  br label %66

64:                                               ; preds = %53, %45
  %65 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %65, ptr %12, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %64, %61
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %24, !llvm.loop !19

67:                                               ; preds = %24
  %68 = load i32, ptr %11, align 4, !tbaa !5
  %69 = icmp sgt i32 %68, 0
  br i1 %69, label %70, label %76

70:                                               ; preds = %67
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = sub nsw i32 %71, 1
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [3000 x i32], ptr @tails_idx, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !5
  br label %77

76:                                               ; preds = %67
  br label %77

77:                                               ; preds = %76, %70
  %78 = phi i32 [ %75, %70 ], [ -1, %76 ]
  %79 = load i32, ptr %10, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [3000 x i32], ptr @prev_idx, i64 0, i64 %80
  store i32 %78, ptr %81, align 4, !tbaa !5
  %82 = load i32, ptr %10, align 4, !tbaa !5
  %83 = load i32, ptr %11, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [3000 x i32], ptr @tails_idx, i64 0, i64 %84
  store i32 %82, ptr %85, align 4, !tbaa !5
  %86 = load i32, ptr %11, align 4, !tbaa !5
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = icmp eq i32 %86, %87
  br i1 %88, label %89, label %92

89:                                               ; preds = %77
  %90 = load i32, ptr %9, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %9, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %89, %77
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %93

93:                                               ; preds = %92
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %10, align 4, !tbaa !5
  br label %17, !llvm.loop !20

96:                                               ; preds = %21
  %97 = load ptr, ptr %8, align 8, !tbaa !16
  %98 = icmp ne ptr %97, null
  br i1 %98, label %99, label %132

99:                                               ; preds = %96
  %100 = load i32, ptr %9, align 4, !tbaa !5
  %101 = icmp sgt i32 %100, 0
  br i1 %101, label %102, label %132

102:                                              ; preds = %99
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %103 = load i32, ptr %9, align 4, !tbaa !5
  %104 = sub nsw i32 %103, 1
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [3000 x i32], ptr @tails_idx, i64 0, i64 %105
  %107 = load i32, ptr %106, align 4, !tbaa !5
  store i32 %107, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %108 = load i32, ptr %9, align 4, !tbaa !5
  %109 = sub nsw i32 %108, 1
  store i32 %109, ptr %16, align 4, !tbaa !5
  br label %110

110:                                              ; preds = %128, %102
  %111 = load i32, ptr %16, align 4, !tbaa !5
  %112 = icmp sge i32 %111, 0
  br i1 %112, label %114, label %113

113:                                              ; preds = %110
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %131

114:                                              ; preds = %110
  %115 = load ptr, ptr %5, align 8, !tbaa !16
  %116 = load i32, ptr %15, align 4, !tbaa !5
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds i32, ptr %115, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !5
  %120 = load ptr, ptr %8, align 8, !tbaa !16
  %121 = load i32, ptr %16, align 4, !tbaa !5
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds i32, ptr %120, i64 %122
  store i32 %119, ptr %123, align 4, !tbaa !5
  %124 = load i32, ptr %15, align 4, !tbaa !5
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds [3000 x i32], ptr @prev_idx, i64 0, i64 %125
  %127 = load i32, ptr %126, align 4, !tbaa !5
  store i32 %127, ptr %15, align 4, !tbaa !5
  br label %128

128:                                              ; preds = %114
  %129 = load i32, ptr %16, align 4, !tbaa !5
  %130 = add nsw i32 %129, -1
  store i32 %130, ptr %16, align 4, !tbaa !5
  br label %110, !llvm.loop !21

131:                                              ; preds = %113
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %132

132:                                              ; preds = %131, %99, %96
  %133 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret i32 %133
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @verify_increasing(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !16
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 1, ptr %8, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %46, %3
  %11 = load i32, ptr %8, align 4, !tbaa !5
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  store i32 2, ptr %9, align 4
  br label %49

15:                                               ; preds = %10
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %31

18:                                               ; preds = %15
  %19 = load ptr, ptr %5, align 8, !tbaa !16
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, ptr %19, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = load ptr, ptr %5, align 8, !tbaa !16
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = sub nsw i32 %25, 1
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i32, ptr %24, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = icmp sle i32 %23, %29
  br i1 %30, label %44, label %45

31:                                               ; preds = %15
  %32 = load ptr, ptr %5, align 8, !tbaa !16
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %32, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = load ptr, ptr %5, align 8, !tbaa !16
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = sub nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i32, ptr %37, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  %43 = icmp slt i32 %36, %42
  br i1 %43, label %44, label %45

44:                                               ; preds = %31, %18
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %49

45:                                               ; preds = %31, %18
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %8, align 4, !tbaa !5
  br label %10, !llvm.loop !22

49:                                               ; preds = %44, %14
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %50 = load i32, ptr %9, align 4
  switch i32 %50, label %54 [
    i32 2, label %51
    i32 1, label %52
  ]

51:                                               ; preds = %49
  store i32 1, ptr %4, align 4
  br label %52

52:                                               ; preds = %51, %49
  %53 = load i32, ptr %4, align 4
  ret i32 %53

54:                                               ; preds = %49
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lis_quadratic(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !16
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = mul i64 4, %11
  %13 = call noalias ptr @malloc(i64 noundef %12) #7
  store ptr %13, ptr %5, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %84, %2
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %14
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %87

19:                                               ; preds = %14
  %20 = load ptr, ptr %5, align 8, !tbaa !16
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %20, i64 %22
  store i32 1, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %66, %19
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %29, label %28

28:                                               ; preds = %24
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %69

29:                                               ; preds = %24
  %30 = load ptr, ptr %3, align 8, !tbaa !16
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, ptr %30, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = load ptr, ptr %3, align 8, !tbaa !16
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i32, ptr %35, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = icmp slt i32 %34, %39
  br i1 %40, label %41, label %65

41:                                               ; preds = %29
  %42 = load ptr, ptr %5, align 8, !tbaa !16
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %42, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  %48 = load ptr, ptr %5, align 8, !tbaa !16
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i32, ptr %48, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = icmp sgt i32 %47, %52
  br i1 %53, label %54, label %65

54:                                               ; preds = %41
  %55 = load ptr, ptr %5, align 8, !tbaa !16
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %55, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  %61 = load ptr, ptr %5, align 8, !tbaa !16
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i32, ptr %61, i64 %63
  store i32 %60, ptr %64, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %54, %41, %29
  br label %66

66:                                               ; preds = %65
  %67 = load i32, ptr %9, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %9, align 4, !tbaa !5
  br label %24, !llvm.loop !23

69:                                               ; preds = %28
  %70 = load ptr, ptr %5, align 8, !tbaa !16
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i32, ptr %70, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !5
  %75 = load i32, ptr %6, align 4, !tbaa !5
  %76 = icmp sgt i32 %74, %75
  br i1 %76, label %77, label %83

77:                                               ; preds = %69
  %78 = load ptr, ptr %5, align 8, !tbaa !16
  %79 = load i32, ptr %7, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds i32, ptr %78, i64 %80
  %82 = load i32, ptr %81, align 4, !tbaa !5
  store i32 %82, ptr %6, align 4, !tbaa !5
  br label %83

83:                                               ; preds = %77, %69
  br label %84

84:                                               ; preds = %83
  %85 = load i32, ptr %7, align 4, !tbaa !5
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %7, align 4, !tbaa !5
  br label %14, !llvm.loop !24

87:                                               ; preds = %18
  %88 = load ptr, ptr %5, align 8, !tbaa !16
  call void @free(ptr noundef %88) #8
  %89 = load i32, ptr %6, align 4, !tbaa !5
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %89
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @xs() #0 {
  %1 = load i32, ptr @state, align 4, !tbaa !5
  %2 = shl i32 %1, 13
  %3 = load i32, ptr @state, align 4, !tbaa !5
  %4 = xor i32 %3, %2
  store i32 %4, ptr @state, align 4, !tbaa !5
  %5 = load i32, ptr @state, align 4, !tbaa !5
  %6 = lshr i32 %5, 17
  %7 = load i32, ptr @state, align 4, !tbaa !5
  %8 = xor i32 %7, %6
  store i32 %8, ptr @state, align 4, !tbaa !5
  %9 = load i32, ptr @state, align 4, !tbaa !5
  %10 = shl i32 %9, 5
  %11 = load i32, ptr @state, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr @state, align 4, !tbaa !5
  %13 = load i32, ptr @state, align 4, !tbaa !5
  ret i32 %13
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize allocsize(0) }
attributes #8 = { minsize nounwind optsize }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = distinct !{!15, !10}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 int", !14, i64 0}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
