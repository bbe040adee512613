; ModuleID = 'fnv_hash.c'
source_filename = "fnv_hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [38 x i8] c"fnv1=%08x fnv1a=%08x fnv1a64=%016llx\0A\00", align 1
@.str.1 = private unnamed_addr constant [34 x i8] c"buckets min=%u max=%u empty=%08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"uinks\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fnv1_32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !12
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %17

8:                                                ; preds = %4
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = mul i32 %9, 16777619
  store i32 %10, ptr %3, align 4, !tbaa !5
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %2, align 8, !tbaa !9
  %13 = load i8, ptr %11, align 1, !tbaa !12
  %14 = zext i8 %13 to i32
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = xor i32 %15, %14
  store i32 %16, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !13

17:                                               ; preds = %4
  %18 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %18
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fnv1a_32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !15
  store i64 %1, ptr %4, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %8 = load ptr, ptr %3, align 8, !tbaa !15
  store ptr %8, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 -2128831035, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !16
  br label %9

9:                                                ; preds = %24, %2
  %10 = load i64, ptr %7, align 8, !tbaa !16
  %11 = load i64, ptr %4, align 8, !tbaa !16
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %27

14:                                               ; preds = %9
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !16
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !12
  %19 = zext i8 %18 to i32
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = xor i32 %20, %19
  store i32 %21, ptr %6, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = mul i32 %22, 16777619
  store i32 %23, ptr %6, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %14
  %25 = load i64, ptr %7, align 8, !tbaa !16
  %26 = add i64 %25, 1
  store i64 %26, ptr %7, align 8, !tbaa !16
  br label %9, !llvm.loop !18

27:                                               ; preds = %13
  %28 = load i32, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %28
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @fnv1a_64(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !15
  store i64 %1, ptr %4, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %7 = load ptr, ptr %3, align 8, !tbaa !15
  store ptr %7, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 -3750763034362895579, ptr %6, align 8, !tbaa !16
  br label %8

8:                                                ; preds = %12, %2
  %9 = load i64, ptr %4, align 8, !tbaa !16
  %10 = add i64 %9, -1
  store i64 %10, ptr %4, align 8, !tbaa !16
  %11 = icmp ne i64 %9, 0
  br i1 %11, label %12, label %21

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw i8, ptr %13, i32 1
  store ptr %14, ptr %5, align 8, !tbaa !9
  %15 = load i8, ptr %13, align 1, !tbaa !12
  %16 = zext i8 %15 to i64
  %17 = load i64, ptr %6, align 8, !tbaa !16
  %18 = xor i64 %17, %16
  store i64 %18, ptr %6, align 8, !tbaa !16
  %19 = load i64, ptr %6, align 8, !tbaa !16
  %20 = mul i64 %19, 1099511628211
  store i64 %20, ptr %6, align 8, !tbaa !16
  br label %8, !llvm.loop !19

21:                                               ; preds = %8
  %22 = load i64, ptr %6, align 8, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i64 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [64 x i32], align 16
  %3 = alloca [32 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  %15 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %15, i8 0, i64 256, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %52, %0
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = icmp ult i32 %17, 20000
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %55

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %21 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = call i64 @make_key(ptr noundef %21, i32 noundef %22) #6
  store i64 %23, ptr %8, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %24 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %25 = call i32 @fnv1_32(ptr noundef %24) #6
  store i32 %25, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %26 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %27 = load i64, ptr %8, align 8, !tbaa !16
  %28 = call i32 @fnv1a_32(ptr noundef %26, i64 noundef %27) #6
  store i32 %28, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %29 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %30 = load i64, ptr %8, align 8, !tbaa !16
  %31 = call i64 @fnv1a_64(ptr noundef %29, i64 noundef %30) #6
  store i64 %31, ptr %11, align 8, !tbaa !16
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = shl i32 %32, 5
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = lshr i32 %34, 27
  %36 = or i32 %33, %35
  %37 = load i32, ptr %9, align 4, !tbaa !5
  %38 = xor i32 %36, %37
  store i32 %38, ptr %4, align 4, !tbaa !5
  %39 = load i32, ptr %10, align 4, !tbaa !5
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = add i32 %40, %39
  store i32 %41, ptr %5, align 4, !tbaa !5
  %42 = load i64, ptr %6, align 8, !tbaa !16
  %43 = mul i64 %42, 31
  %44 = load i64, ptr %11, align 8, !tbaa !16
  %45 = add i64 %43, %44
  store i64 %45, ptr %6, align 8, !tbaa !16
  %46 = load i32, ptr %10, align 4, !tbaa !5
  %47 = call i32 @fold_to_bits(i32 noundef %46, i32 noundef 6) #6
  %48 = zext i32 %47 to i64
  %49 = getelementptr inbounds nuw [64 x i32], ptr %2, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add i32 %50, 1
  store i32 %51, ptr %49, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %52

52:                                               ; preds = %20
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = add i32 %53, 1
  store i32 %54, ptr %7, align 4, !tbaa !5
  br label %16, !llvm.loop !20

55:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 20000, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %91, %55
  %57 = load i32, ptr %14, align 4, !tbaa !5
  %58 = icmp slt i32 %57, 64
  br i1 %58, label %60, label %59

59:                                               ; preds = %56
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %94

60:                                               ; preds = %56
  %61 = load i32, ptr %14, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = load i32, ptr %12, align 4, !tbaa !5
  %66 = icmp ult i32 %64, %65
  br i1 %66, label %67, label %72

67:                                               ; preds = %60
  %68 = load i32, ptr %14, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !5
  br label %74

72:                                               ; preds = %60
  %73 = load i32, ptr %12, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %72, %67
  %75 = phi i32 [ %71, %67 ], [ %73, %72 ]
  store i32 %75, ptr %12, align 4, !tbaa !5
  %76 = load i32, ptr %14, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = load i32, ptr %13, align 4, !tbaa !5
  %81 = icmp ugt i32 %79, %80
  br i1 %81, label %82, label %87

82:                                               ; preds = %74
  %83 = load i32, ptr %14, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [64 x i32], ptr %2, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  br label %89

87:                                               ; preds = %74
  %88 = load i32, ptr %13, align 4, !tbaa !5
  br label %89

89:                                               ; preds = %87, %82
  %90 = phi i32 [ %86, %82 ], [ %88, %87 ]
  store i32 %90, ptr %13, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %89
  %92 = load i32, ptr %14, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %14, align 4, !tbaa !5
  br label %56, !llvm.loop !21

94:                                               ; preds = %59
  %95 = load i32, ptr %4, align 4, !tbaa !5
  %96 = load i32, ptr %5, align 4, !tbaa !5
  %97 = load i64, ptr %6, align 8, !tbaa !16
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %95, i32 noundef %96, i64 noundef %97) #6
  %99 = load i32, ptr %12, align 4, !tbaa !5
  %100 = load i32, ptr %13, align 4, !tbaa !5
  %101 = call i32 @fnv1a_32(ptr noundef @.str.2, i64 noundef 0) #6
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %99, i32 noundef %100, i32 noundef %101) #6
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @make_key(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca [12 x i8], align 1
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = urem i32 %8, 5
  %10 = zext i32 %9 to i64
  %11 = getelementptr inbounds nuw [6 x i8], ptr @.str.3, i64 0, i64 %10
  %12 = load i8, ptr %11, align 1, !tbaa !12
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = load i64, ptr %6, align 8, !tbaa !16
  %15 = add i64 %14, 1
  store i64 %15, ptr %6, align 8, !tbaa !16
  %16 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  store i8 %12, ptr %16, align 1, !tbaa !12
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = load i64, ptr %6, align 8, !tbaa !16
  %19 = add i64 %18, 1
  store i64 %19, ptr %6, align 8, !tbaa !16
  %20 = getelementptr inbounds nuw i8, ptr %17, i64 %18
  store i8 95, ptr %20, align 1, !tbaa !12
  br label %21

21:                                               ; preds = %32, %2
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = urem i32 %22, 10
  %24 = add i32 48, %23
  %25 = trunc i32 %24 to i8
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %7, align 4, !tbaa !5
  %28 = sext i32 %26 to i64
  %29 = getelementptr inbounds [12 x i8], ptr %5, i64 0, i64 %28
  store i8 %25, ptr %29, align 1, !tbaa !12
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = udiv i32 %30, 10
  store i32 %31, ptr %4, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %21
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %21, label %35, !llvm.loop !22

35:                                               ; preds = %32
  br label %36

36:                                               ; preds = %39, %35
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %49

39:                                               ; preds = %36
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = add nsw i32 %40, -1
  store i32 %41, ptr %7, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [12 x i8], ptr %5, i64 0, i64 %42
  %44 = load i8, ptr %43, align 1, !tbaa !12
  %45 = load ptr, ptr %3, align 8, !tbaa !9
  %46 = load i64, ptr %6, align 8, !tbaa !16
  %47 = add i64 %46, 1
  store i64 %47, ptr %6, align 8, !tbaa !16
  %48 = getelementptr inbounds nuw i8, ptr %45, i64 %46
  store i8 %44, ptr %48, align 1, !tbaa !12
  br label %36, !llvm.loop !23

49:                                               ; preds = %36
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = load i64, ptr %6, align 8, !tbaa !16
  %52 = getelementptr inbounds nuw i8, ptr %50, i64 %51
  store i8 0, ptr %52, align 1, !tbaa !12
  %53 = load i64, ptr %6, align 8, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i64 %53
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @fold_to_bits(i32 noundef %0, i32 noundef %1) #3 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = lshr i32 %5, %6
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = xor i32 %7, %8
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = shl i32 1, %10
  %12 = sub i32 %11, 1
  %13 = and i32 %9, %12
  ret i32 %13
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }

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
!15 = !{!11, !11, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !7, i64 0}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
