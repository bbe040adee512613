; ModuleID = 'hanoi_gray.c'
source_filename = "hanoi_gray.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.pegs = type { [3 x [24 x i8]], [3 x i32] }

@.str = private unnamed_addr constant [43 x i8] c"moves=%lu/%lu same=%d errors=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @hanoi_gray(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %struct.pegs, align 4
  %8 = alloca [24 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 84, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #4
  call void @llvm.memset.p0.i64(ptr align 16 %8, i8 0, i64 96, i1 false)
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %16 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %16, ptr %9, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %32, %3
  %18 = load i32, ptr %9, align 4, !tbaa !5
  %19 = icmp sge i32 %18, 1
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %35

21:                                               ; preds = %17
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = trunc i32 %22 to i8
  %24 = getelementptr inbounds nuw %struct.pegs, ptr %7, i32 0, i32 0
  %25 = getelementptr inbounds [3 x [24 x i8]], ptr %24, i64 0, i64 0
  %26 = getelementptr inbounds nuw %struct.pegs, ptr %7, i32 0, i32 1
  %27 = getelementptr inbounds [3 x i32], ptr %26, i64 0, i64 0
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %27, align 4, !tbaa !5
  %30 = sext i32 %28 to i64
  %31 = getelementptr inbounds [24 x i8], ptr %25, i64 0, i64 %30
  store i8 %23, ptr %31, align 1, !tbaa !12
  br label %32

32:                                               ; preds = %21
  %33 = load i32, ptr %9, align 4, !tbaa !5
  %34 = add nsw i32 %33, -1
  store i32 %34, ptr %9, align 4, !tbaa !5
  br label %17, !llvm.loop !13

35:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i64 0, ptr %10, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %116, %35
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = shl i32 1, %38
  %40 = icmp ult i32 %37, %39
  br i1 %40, label %42, label %41

41:                                               ; preds = %36
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %119

42:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %43 = load i32, ptr %11, align 4, !tbaa !5
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = lshr i32 %44, 1
  %46 = xor i32 %43, %45
  %47 = load i32, ptr %11, align 4, !tbaa !5
  %48 = sub i32 %47, 1
  %49 = load i32, ptr %11, align 4, !tbaa !5
  %50 = sub i32 %49, 1
  %51 = lshr i32 %50, 1
  %52 = xor i32 %48, %51
  %53 = xor i32 %46, %52
  store i32 %53, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %59, %42
  %55 = load i32, ptr %12, align 4, !tbaa !5
  %56 = and i32 %55, 1
  %57 = icmp ne i32 %56, 0
  %58 = xor i1 %57, true
  br i1 %58, label %59, label %64

59:                                               ; preds = %54
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = lshr i32 %60, 1
  store i32 %61, ptr %12, align 4, !tbaa !5
  %62 = load i32, ptr %13, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %13, align 4, !tbaa !5
  br label %54, !llvm.loop !17

64:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %65 = load i32, ptr %13, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [24 x i32], ptr %8, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !5
  store i32 %68, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  %69 = load i32, ptr %13, align 4, !tbaa !5
  %70 = icmp eq i32 %69, 0
  br i1 %70, label %71, label %85

71:                                               ; preds = %64
  %72 = load i32, ptr %4, align 4, !tbaa !5
  %73 = and i32 %72, 1
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %75, label %79

75:                                               ; preds = %71
  %76 = load i32, ptr %14, align 4, !tbaa !5
  %77 = add nsw i32 %76, 2
  %78 = srem i32 %77, 3
  br label %83

79:                                               ; preds = %71
  %80 = load i32, ptr %14, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  %82 = srem i32 %81, 3
  br label %83

83:                                               ; preds = %79, %75
  %84 = phi i32 [ %78, %75 ], [ %82, %79 ]
  store i32 %84, ptr %15, align 4, !tbaa !5
  br label %91

85:                                               ; preds = %64
  %86 = load i32, ptr %14, align 4, !tbaa !5
  %87 = sub nsw i32 3, %86
  %88 = getelementptr inbounds [24 x i32], ptr %8, i64 0, i64 0
  %89 = load i32, ptr %88, align 16, !tbaa !5
  %90 = sub nsw i32 %87, %89
  store i32 %90, ptr %15, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %85, %83
  %92 = load i32, ptr %14, align 4, !tbaa !5
  %93 = load i32, ptr %15, align 4, !tbaa !5
  %94 = call i32 @move_disk(ptr noundef %7, i32 noundef %92, i32 noundef %93) #5
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %96, label %100

96:                                               ; preds = %91
  %97 = load ptr, ptr %6, align 8, !tbaa !9
  %98 = load i32, ptr %97, align 4, !tbaa !5
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %97, align 4, !tbaa !5
  br label %100

100:                                              ; preds = %96, %91
  %101 = load i32, ptr %15, align 4, !tbaa !5
  %102 = load i32, ptr %13, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [24 x i32], ptr %8, i64 0, i64 %103
  store i32 %101, ptr %104, align 4, !tbaa !5
  %105 = load ptr, ptr %5, align 8, !tbaa !9
  %106 = load i32, ptr %105, align 4, !tbaa !5
  %107 = mul i32 %106, 7
  %108 = load i32, ptr %14, align 4, !tbaa !5
  %109 = mul nsw i32 %108, 3
  %110 = load i32, ptr %15, align 4, !tbaa !5
  %111 = add nsw i32 %109, %110
  %112 = add i32 %107, %111
  %113 = load ptr, ptr %5, align 8, !tbaa !9
  store i32 %112, ptr %113, align 4, !tbaa !5
  %114 = load i64, ptr %10, align 8, !tbaa !15
  %115 = add i64 %114, 1
  store i64 %115, ptr %10, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %15) #4
  call void @llvm.lifetime.end.p0(ptr %14) #4
  call void @llvm.lifetime.end.p0(ptr %13) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %116

116:                                              ; preds = %100
  %117 = load i32, ptr %11, align 4, !tbaa !5
  %118 = add i32 %117, 1
  store i32 %118, ptr %11, align 4, !tbaa !5
  br label %36, !llvm.loop !18

119:                                              ; preds = %41
  %120 = load i64, ptr %10, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i64 %120
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @move_disk(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !19
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  %10 = load ptr, ptr %5, align 8, !tbaa !19
  %11 = getelementptr inbounds nuw %struct.pegs, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [3 x i32], ptr %11, i64 0, i64 %13
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %18

17:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  br label %86

18:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %19 = load ptr, ptr %5, align 8, !tbaa !19
  %20 = getelementptr inbounds nuw %struct.pegs, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [3 x [24 x i8]], ptr %20, i64 0, i64 %22
  %24 = load ptr, ptr %5, align 8, !tbaa !19
  %25 = getelementptr inbounds nuw %struct.pegs, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [3 x i32], ptr %25, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = sub nsw i32 %29, 1
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [24 x i8], ptr %23, i64 0, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !12
  store i8 %33, ptr %8, align 1, !tbaa !12
  %34 = load ptr, ptr %5, align 8, !tbaa !19
  %35 = getelementptr inbounds nuw %struct.pegs, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [3 x i32], ptr %35, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = icmp sgt i32 %39, 0
  br i1 %40, label %41, label %62

41:                                               ; preds = %18
  %42 = load ptr, ptr %5, align 8, !tbaa !19
  %43 = getelementptr inbounds nuw %struct.pegs, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [3 x [24 x i8]], ptr %43, i64 0, i64 %45
  %47 = load ptr, ptr %5, align 8, !tbaa !19
  %48 = getelementptr inbounds nuw %struct.pegs, ptr %47, i32 0, i32 1
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [3 x i32], ptr %48, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = sub nsw i32 %52, 1
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [24 x i8], ptr %46, i64 0, i64 %54
  %56 = load i8, ptr %55, align 1, !tbaa !12
  %57 = zext i8 %56 to i32
  %58 = load i8, ptr %8, align 1, !tbaa !12
  %59 = zext i8 %58 to i32
  %60 = icmp slt i32 %57, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %41
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %85

62:                                               ; preds = %41, %18
  %63 = load ptr, ptr %5, align 8, !tbaa !19
  %64 = getelementptr inbounds nuw %struct.pegs, ptr %63, i32 0, i32 1
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [3 x i32], ptr %64, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = add nsw i32 %68, -1
  store i32 %69, ptr %67, align 4, !tbaa !5
  %70 = load i8, ptr %8, align 1, !tbaa !12
  %71 = load ptr, ptr %5, align 8, !tbaa !19
  %72 = getelementptr inbounds nuw %struct.pegs, ptr %71, i32 0, i32 0
  %73 = load i32, ptr %7, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [3 x [24 x i8]], ptr %72, i64 0, i64 %74
  %76 = load ptr, ptr %5, align 8, !tbaa !19
  %77 = getelementptr inbounds nuw %struct.pegs, ptr %76, i32 0, i32 1
  %78 = load i32, ptr %7, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [3 x i32], ptr %77, i64 0, i64 %79
  %81 = load i32, ptr %80, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %80, align 4, !tbaa !5
  %83 = sext i32 %81 to i64
  %84 = getelementptr inbounds [24 x i8], ptr %75, i64 0, i64 %83
  store i8 %70, ptr %84, align 1, !tbaa !12
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %85

85:                                               ; preds = %62, %61
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %86

86:                                               ; preds = %85, %17
  %87 = load i32, ptr %4, align 4
  ret i32 %87
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 0, ptr %5, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i64 0, ptr %6, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %21, %0
  %9 = load i32, ptr %7, align 4, !tbaa !5
  %10 = icmp sle i32 %9, 18
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %24

12:                                               ; preds = %8
  %13 = load i32, ptr %7, align 4, !tbaa !5
  %14 = call i64 @hanoi_recursive(i32 noundef %13, i32 noundef 0, i32 noundef 2, i32 noundef 1, ptr noundef %2) #5
  %15 = load i64, ptr %5, align 8, !tbaa !15
  %16 = add i64 %15, %14
  store i64 %16, ptr %5, align 8, !tbaa !15
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = call i64 @hanoi_gray(i32 noundef %17, ptr noundef %3, ptr noundef %4) #5
  %19 = load i64, ptr %6, align 8, !tbaa !15
  %20 = add i64 %19, %18
  store i64 %20, ptr %6, align 8, !tbaa !15
  br label %21

21:                                               ; preds = %12
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %7, align 4, !tbaa !5
  br label %8, !llvm.loop !21

24:                                               ; preds = %11
  %25 = load i64, ptr %5, align 8, !tbaa !15
  %26 = load i64, ptr %6, align 8, !tbaa !15
  %27 = load i32, ptr %2, align 4, !tbaa !5
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = icmp eq i32 %27, %28
  %30 = zext i1 %29 to i32
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = load i32, ptr %3, align 4, !tbaa !5
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %25, i64 noundef %26, i32 noundef %30, i32 noundef %31, i32 noundef %32) #5
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @hanoi_recursive(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  store i32 %0, ptr %7, align 4, !tbaa !5
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i32 %2, ptr %9, align 4, !tbaa !5
  store i32 %3, ptr %10, align 4, !tbaa !5
  store ptr %4, ptr %11, align 8, !tbaa !9
  %13 = load i32, ptr %7, align 4, !tbaa !5
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %16

15:                                               ; preds = %5
  store i64 0, ptr %6, align 8
  br label %44

16:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = sub nsw i32 %17, 1
  %19 = load i32, ptr %8, align 4, !tbaa !5
  %20 = load i32, ptr %10, align 4, !tbaa !5
  %21 = load i32, ptr %9, align 4, !tbaa !5
  %22 = load ptr, ptr %11, align 8, !tbaa !9
  %23 = call i64 @hanoi_recursive(i32 noundef %18, i32 noundef %19, i32 noundef %20, i32 noundef %21, ptr noundef %22) #5
  store i64 %23, ptr %12, align 8, !tbaa !15
  %24 = load ptr, ptr %11, align 8, !tbaa !9
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = mul i32 %25, 7
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = mul nsw i32 %27, 3
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = add nsw i32 %28, %29
  %31 = add i32 %26, %30
  %32 = load ptr, ptr %11, align 8, !tbaa !9
  store i32 %31, ptr %32, align 4, !tbaa !5
  %33 = load i64, ptr %12, align 8, !tbaa !15
  %34 = add i64 %33, 1
  store i64 %34, ptr %12, align 8, !tbaa !15
  %35 = load i64, ptr %12, align 8, !tbaa !15
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sub nsw i32 %36, 1
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = load ptr, ptr %11, align 8, !tbaa !9
  %42 = call i64 @hanoi_recursive(i32 noundef %37, i32 noundef %38, i32 noundef %39, i32 noundef %40, ptr noundef %41) #5
  %43 = add i64 %35, %42
  store i64 %43, ptr %6, align 8
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %44

44:                                               ; preds = %16, %15
  %45 = load i64, ptr %6, align 8
  ret i64 %45
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS4pegs", !11, i64 0}
!21 = distinct !{!21, !14}
