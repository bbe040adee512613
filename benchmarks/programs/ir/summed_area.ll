; ModuleID = 'summed_area.c'
source_filename = "summed_area.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sat = internal global [151 x [201 x i32]] zeroinitializer, align 16
@img = internal global [150 x [200 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [29 x i8] c"total=%u agree=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @build_sat() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %15, %0
  %7 = load i32, ptr %1, align 4, !tbaa !5
  %8 = icmp sle i32 %7, 150
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %1) #4
  br label %18

10:                                               ; preds = %6
  %11 = load i32, ptr %1, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %12
  %14 = getelementptr inbounds [201 x i32], ptr %13, i64 0, i64 0
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %10
  %16 = load i32, ptr %1, align 4, !tbaa !5
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %1, align 4, !tbaa !5
  br label %6, !llvm.loop !9

18:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %27, %18
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = icmp sle i32 %20, 200
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %2) #4
  br label %30

23:                                               ; preds = %19
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [201 x i32], ptr @sat, i64 0, i64 %25
  store i32 0, ptr %26, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %23
  %28 = load i32, ptr %2, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %2, align 4, !tbaa !5
  br label %19, !llvm.loop !11

30:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 1, ptr %3, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %89, %30
  %32 = load i32, ptr %3, align 4, !tbaa !5
  %33 = icmp sle i32 %32, 150
  br i1 %33, label %35, label %34

34:                                               ; preds = %31
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %92

35:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %85, %35
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = icmp sle i32 %37, 200
  br i1 %38, label %40, label %39

39:                                               ; preds = %36
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %88

40:                                               ; preds = %36
  %41 = load i32, ptr %3, align 4, !tbaa !5
  %42 = sub nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [150 x [200 x i8]], ptr @img, i64 0, i64 %43
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = sub nsw i32 %45, 1
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [200 x i8], ptr %44, i64 0, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !12
  %50 = zext i8 %49 to i32
  %51 = load i32, ptr %3, align 4, !tbaa !5
  %52 = sub nsw i32 %51, 1
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %53
  %55 = load i32, ptr %5, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [201 x i32], ptr %54, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = add i32 %50, %58
  %60 = load i32, ptr %3, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %61
  %63 = load i32, ptr %5, align 4, !tbaa !5
  %64 = sub nsw i32 %63, 1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [201 x i32], ptr %62, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = add i32 %59, %67
  %69 = load i32, ptr %3, align 4, !tbaa !5
  %70 = sub nsw i32 %69, 1
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %71
  %73 = load i32, ptr %5, align 4, !tbaa !5
  %74 = sub nsw i32 %73, 1
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [201 x i32], ptr %72, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = sub i32 %68, %77
  %79 = load i32, ptr %3, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %80
  %82 = load i32, ptr %5, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [201 x i32], ptr %81, i64 0, i64 %83
  store i32 %78, ptr %84, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %40
  %86 = load i32, ptr %5, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %5, align 4, !tbaa !5
  br label %36, !llvm.loop !13

88:                                               ; preds = %39
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %3, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %3, align 4, !tbaa !5
  br label %31, !llvm.loop !14

92:                                               ; preds = %34
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

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
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 5, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %44, %0
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 150
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %47

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %40, %18
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 200
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %43

23:                                               ; preds = %19
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = mul i32 %24, 1103515245
  %26 = add i32 %25, 12345
  store i32 %26, ptr %2, align 4, !tbaa !5
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = xor i32 %27, %28
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = lshr i32 %30, 28
  %32 = add i32 %29, %31
  %33 = trunc i32 %32 to i8
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [150 x [200 x i8]], ptr @img, i64 0, i64 %35
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [200 x i8], ptr %36, i64 0, i64 %38
  store i8 %33, ptr %39, align 1, !tbaa !12
  br label %40

40:                                               ; preds = %23
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %5, align 4, !tbaa !5
  br label %19, !llvm.loop !15

43:                                               ; preds = %22
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %3, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %3, align 4, !tbaa !5
  br label %14, !llvm.loop !16

47:                                               ; preds = %17
  call void @build_sat() #5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %109, %47
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = icmp slt i32 %49, 2000
  br i1 %50, label %52, label %51

51:                                               ; preds = %48
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %112

52:                                               ; preds = %48
  %53 = load i32, ptr %2, align 4, !tbaa !5
  %54 = mul i32 %53, 1103515245
  %55 = add i32 %54, 12345
  store i32 %55, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %56 = load i32, ptr %2, align 4, !tbaa !5
  %57 = lshr i32 %56, 8
  %58 = urem i32 %57, 200
  store i32 %58, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %59 = load i32, ptr %2, align 4, !tbaa !5
  %60 = lshr i32 %59, 16
  %61 = urem i32 %60, 150
  store i32 %61, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %62 = load i32, ptr %9, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  %64 = load i32, ptr %2, align 4, !tbaa !5
  %65 = lshr i32 %64, 4
  %66 = load i32, ptr %9, align 4, !tbaa !5
  %67 = sub nsw i32 200, %66
  %68 = urem i32 %65, %67
  %69 = add nsw i32 %63, %68
  store i32 %69, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  %72 = load i32, ptr %2, align 4, !tbaa !5
  %73 = lshr i32 %72, 20
  %74 = load i32, ptr %10, align 4, !tbaa !5
  %75 = sub nsw i32 150, %74
  %76 = urem i32 %73, %75
  %77 = add nsw i32 %71, %76
  store i32 %77, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = load i32, ptr %10, align 4, !tbaa !5
  %80 = load i32, ptr %11, align 4, !tbaa !5
  %81 = load i32, ptr %12, align 4, !tbaa !5
  %82 = call i32 @box_sum(i32 noundef %78, i32 noundef %79, i32 noundef %80, i32 noundef %81) #5
  store i32 %82, ptr %13, align 4, !tbaa !5
  %83 = load i32, ptr %8, align 4, !tbaa !5
  %84 = icmp slt i32 %83, 200
  br i1 %84, label %85, label %96

85:                                               ; preds = %52
  %86 = load i32, ptr %13, align 4, !tbaa !5
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = load i32, ptr %10, align 4, !tbaa !5
  %89 = load i32, ptr %11, align 4, !tbaa !5
  %90 = load i32, ptr %12, align 4, !tbaa !5
  %91 = call i32 @brute_sum(i32 noundef %87, i32 noundef %88, i32 noundef %89, i32 noundef %90) #5
  %92 = icmp eq i32 %86, %91
  %93 = zext i1 %92 to i32
  %94 = load i32, ptr %7, align 4, !tbaa !5
  %95 = add nsw i32 %94, %93
  store i32 %95, ptr %7, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %85, %52
  %97 = load i32, ptr %6, align 4, !tbaa !5
  %98 = mul i32 %97, 31
  %99 = load i32, ptr %13, align 4, !tbaa !5
  %100 = load i32, ptr %11, align 4, !tbaa !5
  %101 = load i32, ptr %9, align 4, !tbaa !5
  %102 = sub nsw i32 %100, %101
  %103 = load i32, ptr %12, align 4, !tbaa !5
  %104 = load i32, ptr %10, align 4, !tbaa !5
  %105 = sub nsw i32 %103, %104
  %106 = mul nsw i32 %102, %105
  %107 = udiv i32 %99, %106
  %108 = add i32 %98, %107
  store i32 %108, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %109

109:                                              ; preds = %96
  %110 = load i32, ptr %8, align 4, !tbaa !5
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %8, align 4, !tbaa !5
  br label %48, !llvm.loop !17

112:                                              ; preds = %51
  %113 = load i32, ptr getelementptr inbounds ([201 x i32], ptr getelementptr inbounds ([151 x [201 x i32]], ptr @sat, i64 0, i64 150), i64 0, i64 200), align 8, !tbaa !5
  %114 = load i32, ptr %7, align 4, !tbaa !5
  %115 = load i32, ptr %6, align 4, !tbaa !5
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %113, i32 noundef %114, i32 noundef %115) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %117 = load i32, ptr %1, align 4
  ret i32 %117
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @box_sum(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #2 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  %9 = load i32, ptr %8, align 4, !tbaa !5
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %10
  %12 = load i32, ptr %7, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [201 x i32], ptr %11, i64 0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %17
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [201 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = sub i32 %15, %22
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %25
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [201 x i32], ptr %26, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = sub i32 %23, %30
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [151 x [201 x i32]], ptr @sat, i64 0, i64 %33
  %35 = load i32, ptr %5, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [201 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = add i32 %31, %38
  ret i32 %39
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @brute_sum(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %13 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %13, ptr %10, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %41, %4
  %15 = load i32, ptr %10, align 4, !tbaa !5
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %14
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %44

19:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %20 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %20, ptr %12, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %37, %19
  %22 = load i32, ptr %12, align 4, !tbaa !5
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %21
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %40

26:                                               ; preds = %21
  %27 = load i32, ptr %10, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [150 x [200 x i8]], ptr @img, i64 0, i64 %28
  %30 = load i32, ptr %12, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [200 x i8], ptr %29, i64 0, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !12
  %34 = zext i8 %33 to i32
  %35 = load i32, ptr %9, align 4, !tbaa !5
  %36 = add i32 %35, %34
  store i32 %36, ptr %9, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %26
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %12, align 4, !tbaa !5
  br label %21, !llvm.loop !18

40:                                               ; preds = %25
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %10, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %10, align 4, !tbaa !5
  br label %14, !llvm.loop !19

44:                                               ; preds = %18
  %45 = load i32, ptr %9, align 4, !tbaa !5
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  ret i32 %45
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }

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
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
