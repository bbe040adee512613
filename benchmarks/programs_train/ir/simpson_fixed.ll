; ModuleID = 'simpson_fixed.c'
source_filename = "simpson_fixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.lo = internal constant [4 x i64] [i64 0, i64 0, i64 0, i64 16777216], align 16
@main.hi = internal constant [4 x i64] [i64 33554432, i64 16777216, i64 16777216, i64 33554432], align 16
@main.panels = internal constant [4 x i32] [i32 4, i32 16, i32 64, i32 256], align 16
@.str = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
@func_name = internal global [4 x ptr] [ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8], align 16
@eval_count = internal global i64 0, align 8
@.str.1 = private unnamed_addr constant [10 x i8] c"  n=%-4d \00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"  (%lu evals)\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"  adapt  \00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"digest=%08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"x^3-2x+1 on [0,2]\00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"4/(1+x^2) on [0,1]\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"4*sqrt(1-x^2) on [0,1]\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"1/x on [1,2]\00", align 1
@.str.9 = private unnamed_addr constant [14 x i8] c"%s%lld.%06lld\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.11 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @simpson_adaptive(i32 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i64 %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load i64, ptr %6, align 8, !tbaa !9
  %15 = call i64 @eval(i32 noundef %13, i64 noundef %14) #5
  store i64 %15, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = load i64, ptr %7, align 8, !tbaa !9
  %18 = call i64 @eval(i32 noundef %16, i64 noundef %17) #5
  store i64 %18, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = load i64, ptr %6, align 8, !tbaa !9
  %21 = load i64, ptr %7, align 8, !tbaa !9
  %22 = add nsw i64 %20, %21
  %23 = sdiv i64 %22, 2
  %24 = call i64 @eval(i32 noundef %19, i64 noundef %23) #5
  store i64 %24, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %25 = load i64, ptr %9, align 8, !tbaa !9
  %26 = load i64, ptr %11, align 8, !tbaa !9
  %27 = mul nsw i64 4, %26
  %28 = add nsw i64 %25, %27
  %29 = load i64, ptr %10, align 8, !tbaa !9
  %30 = add nsw i64 %28, %29
  %31 = load i64, ptr %7, align 8, !tbaa !9
  %32 = load i64, ptr %6, align 8, !tbaa !9
  %33 = sub nsw i64 %31, %32
  %34 = call i64 @qmul(i64 noundef %30, i64 noundef %33) #5
  %35 = sdiv i64 %34, 6
  store i64 %35, ptr %12, align 8, !tbaa !9
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = load i64, ptr %6, align 8, !tbaa !9
  %38 = load i64, ptr %7, align 8, !tbaa !9
  %39 = load i64, ptr %9, align 8, !tbaa !9
  %40 = load i64, ptr %11, align 8, !tbaa !9
  %41 = load i64, ptr %10, align 8, !tbaa !9
  %42 = load i64, ptr %12, align 8, !tbaa !9
  %43 = load i64, ptr %8, align 8, !tbaa !9
  %44 = call i64 @adaptive_step(i32 noundef %36, i64 noundef %37, i64 noundef %38, i64 noundef %39, i64 noundef %40, i64 noundef %41, i64 noundef %42, i64 noundef %43, i32 noundef 18) #5
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  ret i64 %44
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @eval(i32 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i64 %1, ptr %5, align 8, !tbaa !9
  %7 = load i64, ptr @eval_count, align 8, !tbaa !9
  %8 = add i64 %7, 1
  store i64 %8, ptr @eval_count, align 8, !tbaa !9
  %9 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %9, label %42 [
    i32 0, label %10
    i32 1, label %20
    i32 2, label %26
    i32 3, label %39
  ]

10:                                               ; preds = %2
  %11 = load i64, ptr %5, align 8, !tbaa !9
  %12 = load i64, ptr %5, align 8, !tbaa !9
  %13 = call i64 @qmul(i64 noundef %11, i64 noundef %12) #5
  %14 = load i64, ptr %5, align 8, !tbaa !9
  %15 = call i64 @qmul(i64 noundef %13, i64 noundef %14) #5
  %16 = load i64, ptr %5, align 8, !tbaa !9
  %17 = mul nsw i64 2, %16
  %18 = sub nsw i64 %15, %17
  %19 = add nsw i64 %18, 16777216
  store i64 %19, ptr %3, align 8
  br label %43

20:                                               ; preds = %2
  %21 = load i64, ptr %5, align 8, !tbaa !9
  %22 = load i64, ptr %5, align 8, !tbaa !9
  %23 = call i64 @qmul(i64 noundef %21, i64 noundef %22) #5
  %24 = add nsw i64 16777216, %23
  %25 = call i64 @qdiv(i64 noundef 67108864, i64 noundef %24) #5
  store i64 %25, ptr %3, align 8
  br label %43

26:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %27 = load i64, ptr %5, align 8, !tbaa !9
  %28 = load i64, ptr %5, align 8, !tbaa !9
  %29 = call i64 @qmul(i64 noundef %27, i64 noundef %28) #5
  %30 = sub nsw i64 16777216, %29
  store i64 %30, ptr %6, align 8, !tbaa !9
  %31 = load i64, ptr %6, align 8, !tbaa !9
  %32 = icmp slt i64 %31, 0
  br i1 %32, label %33, label %34

33:                                               ; preds = %26
  store i64 0, ptr %6, align 8, !tbaa !9
  br label %34

34:                                               ; preds = %33, %26
  %35 = load i64, ptr %6, align 8, !tbaa !9
  %36 = shl i64 %35, 24
  %37 = call i64 @isqrt_u64(i64 noundef %36) #5
  %38 = mul nsw i64 4, %37
  store i64 %38, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %43

39:                                               ; preds = %2
  %40 = load i64, ptr %5, align 8, !tbaa !9
  %41 = call i64 @qdiv(i64 noundef 16777216, i64 noundef %40) #5
  store i64 %41, ptr %3, align 8
  br label %43

42:                                               ; preds = %2
  store i64 0, ptr %3, align 8
  br label %43

43:                                               ; preds = %42, %39, %34, %20, %10
  %44 = load i64, ptr %3, align 8
  ret i64 %44
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @qmul(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !9
  %5 = load i64, ptr %3, align 8, !tbaa !9
  %6 = load i64, ptr %4, align 8, !tbaa !9
  %7 = mul nsw i64 %5, %6
  %8 = sdiv i64 %7, 16777216
  ret i64 %8
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @adaptive_step(i32 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5, i64 noundef %6, i64 noundef %7, i32 noundef %8) #0 {
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  %21 = alloca i64, align 8
  %22 = alloca i64, align 8
  %23 = alloca i64, align 8
  %24 = alloca i64, align 8
  %25 = alloca i64, align 8
  %26 = alloca i64, align 8
  %27 = alloca i64, align 8
  %28 = alloca i32, align 4
  store i32 %0, ptr %11, align 4, !tbaa !5
  store i64 %1, ptr %12, align 8, !tbaa !9
  store i64 %2, ptr %13, align 8, !tbaa !9
  store i64 %3, ptr %14, align 8, !tbaa !9
  store i64 %4, ptr %15, align 8, !tbaa !9
  store i64 %5, ptr %16, align 8, !tbaa !9
  store i64 %6, ptr %17, align 8, !tbaa !9
  store i64 %7, ptr %18, align 8, !tbaa !9
  store i32 %8, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #4
  %29 = load i64, ptr %12, align 8, !tbaa !9
  %30 = load i64, ptr %13, align 8, !tbaa !9
  %31 = add nsw i64 %29, %30
  %32 = sdiv i64 %31, 2
  store i64 %32, ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %21) #4
  %33 = load i64, ptr %12, align 8, !tbaa !9
  %34 = load i64, ptr %20, align 8, !tbaa !9
  %35 = add nsw i64 %33, %34
  %36 = sdiv i64 %35, 2
  store i64 %36, ptr %21, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %22) #4
  %37 = load i64, ptr %20, align 8, !tbaa !9
  %38 = load i64, ptr %13, align 8, !tbaa !9
  %39 = add nsw i64 %37, %38
  %40 = sdiv i64 %39, 2
  store i64 %40, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %23) #4
  %41 = load i32, ptr %11, align 4, !tbaa !5
  %42 = load i64, ptr %21, align 8, !tbaa !9
  %43 = call i64 @eval(i32 noundef %41, i64 noundef %42) #5
  store i64 %43, ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %24) #4
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = load i64, ptr %22, align 8, !tbaa !9
  %46 = call i64 @eval(i32 noundef %44, i64 noundef %45) #5
  store i64 %46, ptr %24, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %25) #4
  %47 = load i64, ptr %14, align 8, !tbaa !9
  %48 = load i64, ptr %23, align 8, !tbaa !9
  %49 = mul nsw i64 4, %48
  %50 = add nsw i64 %47, %49
  %51 = load i64, ptr %15, align 8, !tbaa !9
  %52 = add nsw i64 %50, %51
  %53 = load i64, ptr %20, align 8, !tbaa !9
  %54 = load i64, ptr %12, align 8, !tbaa !9
  %55 = sub nsw i64 %53, %54
  %56 = call i64 @qmul(i64 noundef %52, i64 noundef %55) #5
  %57 = sdiv i64 %56, 6
  store i64 %57, ptr %25, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %26) #4
  %58 = load i64, ptr %15, align 8, !tbaa !9
  %59 = load i64, ptr %24, align 8, !tbaa !9
  %60 = mul nsw i64 4, %59
  %61 = add nsw i64 %58, %60
  %62 = load i64, ptr %16, align 8, !tbaa !9
  %63 = add nsw i64 %61, %62
  %64 = load i64, ptr %13, align 8, !tbaa !9
  %65 = load i64, ptr %20, align 8, !tbaa !9
  %66 = sub nsw i64 %64, %65
  %67 = call i64 @qmul(i64 noundef %63, i64 noundef %66) #5
  %68 = sdiv i64 %67, 6
  store i64 %68, ptr %26, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %27) #4
  %69 = load i64, ptr %25, align 8, !tbaa !9
  %70 = load i64, ptr %26, align 8, !tbaa !9
  %71 = add nsw i64 %69, %70
  %72 = load i64, ptr %17, align 8, !tbaa !9
  %73 = sub nsw i64 %71, %72
  store i64 %73, ptr %27, align 8, !tbaa !9
  %74 = load i32, ptr %19, align 4, !tbaa !5
  %75 = icmp sle i32 %74, 0
  br i1 %75, label %82, label %76

76:                                               ; preds = %9
  %77 = load i64, ptr %27, align 8, !tbaa !9
  %78 = call i64 @llvm.abs.i64(i64 %77, i1 true)
  %79 = load i64, ptr %18, align 8, !tbaa !9
  %80 = mul nsw i64 15, %79
  %81 = icmp sle i64 %78, %80
  br i1 %81, label %82, label %89

82:                                               ; preds = %76, %9
  %83 = load i64, ptr %25, align 8, !tbaa !9
  %84 = load i64, ptr %26, align 8, !tbaa !9
  %85 = add nsw i64 %83, %84
  %86 = load i64, ptr %27, align 8, !tbaa !9
  %87 = sdiv i64 %86, 15
  %88 = add nsw i64 %85, %87
  store i64 %88, ptr %10, align 8
  store i32 1, ptr %28, align 4
  br label %115

89:                                               ; preds = %76
  %90 = load i32, ptr %11, align 4, !tbaa !5
  %91 = load i64, ptr %12, align 8, !tbaa !9
  %92 = load i64, ptr %20, align 8, !tbaa !9
  %93 = load i64, ptr %14, align 8, !tbaa !9
  %94 = load i64, ptr %23, align 8, !tbaa !9
  %95 = load i64, ptr %15, align 8, !tbaa !9
  %96 = load i64, ptr %25, align 8, !tbaa !9
  %97 = load i64, ptr %18, align 8, !tbaa !9
  %98 = sdiv i64 %97, 2
  %99 = load i32, ptr %19, align 4, !tbaa !5
  %100 = sub nsw i32 %99, 1
  %101 = call i64 @adaptive_step(i32 noundef %90, i64 noundef %91, i64 noundef %92, i64 noundef %93, i64 noundef %94, i64 noundef %95, i64 noundef %96, i64 noundef %98, i32 noundef %100) #5
  %102 = load i32, ptr %11, align 4, !tbaa !5
  %103 = load i64, ptr %20, align 8, !tbaa !9
  %104 = load i64, ptr %13, align 8, !tbaa !9
  %105 = load i64, ptr %15, align 8, !tbaa !9
  %106 = load i64, ptr %24, align 8, !tbaa !9
  %107 = load i64, ptr %16, align 8, !tbaa !9
  %108 = load i64, ptr %26, align 8, !tbaa !9
  %109 = load i64, ptr %18, align 8, !tbaa !9
  %110 = sdiv i64 %109, 2
  %111 = load i32, ptr %19, align 4, !tbaa !5
  %112 = sub nsw i32 %111, 1
  %113 = call i64 @adaptive_step(i32 noundef %102, i64 noundef %103, i64 noundef %104, i64 noundef %105, i64 noundef %106, i64 noundef %107, i64 noundef %108, i64 noundef %110, i32 noundef %112) #5
  %114 = add nsw i64 %101, %113
  store i64 %114, ptr %10, align 8
  store i32 1, ptr %28, align 4
  br label %115

115:                                              ; preds = %89, %82
  call void @llvm.lifetime.end.p0(ptr %27) #4
  call void @llvm.lifetime.end.p0(ptr %26) #4
  call void @llvm.lifetime.end.p0(ptr %25) #4
  call void @llvm.lifetime.end.p0(ptr %24) #4
  call void @llvm.lifetime.end.p0(ptr %23) #4
  call void @llvm.lifetime.end.p0(ptr %22) #4
  call void @llvm.lifetime.end.p0(ptr %21) #4
  call void @llvm.lifetime.end.p0(ptr %20) #4
  %116 = load i64, ptr %10, align 8
  ret i64 %116
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %71, %0
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 4
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %74

12:                                               ; preds = %8
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [4 x ptr], ptr @func_name, i64 0, i64 %14
  %16 = load ptr, ptr %15, align 8, !tbaa !11
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef %16) #5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 0, ptr %5, align 8, !tbaa !9
  br label %18

18:                                               ; preds = %48, %12
  %19 = load i64, ptr %5, align 8, !tbaa !9
  %20 = icmp ult i64 %19, 4
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %51

22:                                               ; preds = %18
  store i64 0, ptr @eval_count, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x i64], ptr @main.lo, i64 0, i64 %25
  %27 = load i64, ptr %26, align 8, !tbaa !9
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [4 x i64], ptr @main.hi, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8, !tbaa !9
  %32 = load i64, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw [4 x i32], ptr @main.panels, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = call i64 @simpson_composite(i32 noundef %23, i64 noundef %27, i64 noundef %31, i32 noundef %34) #5
  store i64 %35, ptr %6, align 8, !tbaa !9
  %36 = load i64, ptr %5, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw [4 x i32], ptr @main.panels, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %38) #5
  %40 = load i64, ptr %6, align 8, !tbaa !9
  call void @print_q(i64 noundef %40) #5
  %41 = load i64, ptr @eval_count, align 8, !tbaa !9
  %42 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %41) #5
  %43 = load i32, ptr %2, align 4, !tbaa !5
  %44 = mul i32 %43, 131
  %45 = load i64, ptr %6, align 8, !tbaa !9
  %46 = trunc i64 %45 to i32
  %47 = add i32 %44, %46
  store i32 %47, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %48

48:                                               ; preds = %22
  %49 = load i64, ptr %5, align 8, !tbaa !9
  %50 = add i64 %49, 1
  store i64 %50, ptr %5, align 8, !tbaa !9
  br label %18, !llvm.loop !14

51:                                               ; preds = %21
  store i64 0, ptr @eval_count, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = load i32, ptr %3, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [4 x i64], ptr @main.lo, i64 0, i64 %54
  %56 = load i64, ptr %55, align 8, !tbaa !9
  %57 = load i32, ptr %3, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [4 x i64], ptr @main.hi, i64 0, i64 %58
  %60 = load i64, ptr %59, align 8, !tbaa !9
  %61 = call i64 @simpson_adaptive(i32 noundef %52, i64 noundef %56, i64 noundef %60, i64 noundef 16) #5
  store i64 %61, ptr %7, align 8, !tbaa !9
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #5
  %63 = load i64, ptr %7, align 8, !tbaa !9
  call void @print_q(i64 noundef %63) #5
  %64 = load i64, ptr @eval_count, align 8, !tbaa !9
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %64) #5
  %66 = load i32, ptr %2, align 4, !tbaa !5
  %67 = mul i32 %66, 131
  %68 = load i64, ptr %7, align 8, !tbaa !9
  %69 = trunc i64 %68 to i32
  %70 = add i32 %67, %69
  store i32 %70, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %71

71:                                               ; preds = %51
  %72 = load i32, ptr %3, align 4, !tbaa !5
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %3, align 4, !tbaa !5
  br label %8, !llvm.loop !16

74:                                               ; preds = %11
  %75 = load i32, ptr %2, align 4, !tbaa !5
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %75) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %77 = load i32, ptr %1, align 4
  ret i32 %77
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @simpson_composite(i32 noundef %0, i64 noundef %1, i64 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i64 %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !9
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %13 = load i64, ptr %7, align 8, !tbaa !9
  %14 = load i64, ptr %6, align 8, !tbaa !9
  %15 = sub nsw i64 %13, %14
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = sdiv i64 %15, %17
  store i64 %18, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = load i64, ptr %6, align 8, !tbaa !9
  %21 = call i64 @eval(i32 noundef %19, i64 noundef %20) #5
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = load i64, ptr %7, align 8, !tbaa !9
  %24 = call i64 @eval(i32 noundef %22, i64 noundef %23) #5
  %25 = add nsw i64 %21, %24
  store i64 %25, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %53, %4
  %27 = load i32, ptr %11, align 4, !tbaa !5
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %56

31:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = load i64, ptr %6, align 8, !tbaa !9
  %34 = load i32, ptr %11, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = load i64, ptr %9, align 8, !tbaa !9
  %37 = mul nsw i64 %35, %36
  %38 = add nsw i64 %33, %37
  %39 = call i64 @eval(i32 noundef %32, i64 noundef %38) #5
  store i64 %39, ptr %12, align 8, !tbaa !9
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = and i32 %40, 1
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %46

43:                                               ; preds = %31
  %44 = load i64, ptr %12, align 8, !tbaa !9
  %45 = mul nsw i64 4, %44
  br label %49

46:                                               ; preds = %31
  %47 = load i64, ptr %12, align 8, !tbaa !9
  %48 = mul nsw i64 2, %47
  br label %49

49:                                               ; preds = %46, %43
  %50 = phi i64 [ %45, %43 ], [ %48, %46 ]
  %51 = load i64, ptr %10, align 8, !tbaa !9
  %52 = add nsw i64 %51, %50
  store i64 %52, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %53

53:                                               ; preds = %49
  %54 = load i32, ptr %11, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %11, align 4, !tbaa !5
  br label %26, !llvm.loop !17

56:                                               ; preds = %30
  %57 = load i64, ptr %10, align 8, !tbaa !9
  %58 = load i64, ptr %9, align 8, !tbaa !9
  %59 = call i64 @qmul(i64 noundef %57, i64 noundef %58) #5
  %60 = sdiv i64 %59, 3
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  ret i64 %60
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_q(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %6 = load i64, ptr %2, align 8, !tbaa !9
  %7 = icmp slt i64 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %1
  %9 = load i64, ptr %2, align 8, !tbaa !9
  %10 = sub nsw i64 0, %9
  br label %13

11:                                               ; preds = %1
  %12 = load i64, ptr %2, align 8, !tbaa !9
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi i64 [ %10, %8 ], [ %12, %11 ]
  store i64 %14, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %15 = load i64, ptr %3, align 8, !tbaa !9
  %16 = ashr i64 %15, 24
  store i64 %16, ptr %4, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %17 = load i64, ptr %3, align 8, !tbaa !9
  %18 = and i64 %17, 16777215
  %19 = mul nsw i64 %18, 1000000
  %20 = ashr i64 %19, 24
  store i64 %20, ptr %5, align 8, !tbaa !18
  %21 = load i64, ptr %2, align 8, !tbaa !9
  %22 = icmp slt i64 %21, 0
  %23 = zext i1 %22 to i64
  %24 = select i1 %22, ptr @.str.10, ptr @.str.11
  %25 = load i64, ptr %4, align 8, !tbaa !18
  %26 = load i64, ptr %5, align 8, !tbaa !18
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %24, i64 noundef %25, i64 noundef %26) #5
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @qdiv(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !9
  %5 = load i64, ptr %3, align 8, !tbaa !9
  %6 = mul nsw i64 %5, 16777216
  %7 = load i64, ptr %4, align 8, !tbaa !9
  %8 = sdiv i64 %6, %7
  ret i64 %8
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @isqrt_u64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %7 = load i64, ptr %3, align 8, !tbaa !9
  store i64 %7, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %8 = load i64, ptr %4, align 8, !tbaa !9
  %9 = add i64 %8, 1
  %10 = udiv i64 %9, 2
  store i64 %10, ptr %5, align 8, !tbaa !9
  %11 = load i64, ptr %3, align 8, !tbaa !9
  %12 = icmp ult i64 %11, 2
  br i1 %12, label %13, label %15

13:                                               ; preds = %1
  %14 = load i64, ptr %3, align 8, !tbaa !9
  store i64 %14, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %30

15:                                               ; preds = %1
  br label %16

16:                                               ; preds = %20, %15
  %17 = load i64, ptr %5, align 8, !tbaa !9
  %18 = load i64, ptr %4, align 8, !tbaa !9
  %19 = icmp ult i64 %17, %18
  br i1 %19, label %20, label %28

20:                                               ; preds = %16
  %21 = load i64, ptr %5, align 8, !tbaa !9
  store i64 %21, ptr %4, align 8, !tbaa !9
  %22 = load i64, ptr %4, align 8, !tbaa !9
  %23 = load i64, ptr %3, align 8, !tbaa !9
  %24 = load i64, ptr %4, align 8, !tbaa !9
  %25 = udiv i64 %23, %24
  %26 = add i64 %22, %25
  %27 = udiv i64 %26, 2
  store i64 %27, ptr %5, align 8, !tbaa !9
  br label %16, !llvm.loop !20

28:                                               ; preds = %16
  %29 = load i64, ptr %4, align 8, !tbaa !9
  store i64 %29, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %30

30:                                               ; preds = %28, %13
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  %31 = load i64, ptr %2, align 8
  ret i64 %31
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.abs.i64(i64, i1 immarg) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = !{!19, !19, i64 0}
!19 = !{!"long long", !7, i64 0}
!20 = distinct !{!20, !15}
