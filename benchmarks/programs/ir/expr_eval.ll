; ModuleID = 'expr_eval.c'
source_filename = "expr_eval.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, i32, i32 }
%struct.eval_ctx = type { ptr, i32, [26 x i64] }

@main.prog = internal global [17 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16], align 16
@.str = private unnamed_addr constant [10 x i8] c"a = 6 * 7\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"b = (a - 2) / 3 + 0x10\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"c = 2 ** 3 ** 2\00", align 1
@.str.3 = private unnamed_addr constant [26 x i8] c"d = -a + b * -(3 - c) % 7\00", align 1
@.str.4 = private unnamed_addr constant [24 x i8] c"e = (a | b) ^ (c & 255)\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"f = ~d & 0xffff\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"g = 1 / (a - 42)\00", align 1
@.str.7 = private unnamed_addr constant [11 x i8] c"h = (1 + 2\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"i = 3 $ 4\00", align 1
@.str.9 = private unnamed_addr constant [13 x i8] c"j = 10 ** 20\00", align 1
@.str.10 = private unnamed_addr constant [26 x i8] c"a = a + b + c + d + e + f\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"k = a * a - b * b + ((c))\00", align 1
@.str.12 = private unnamed_addr constant [37 x i8] c"m = max(a, b) - min(c, d) + abs(-17)\00", align 1
@.str.13 = private unnamed_addr constant [49 x i8] c"n = gcd(a * 6, 0x90) + clamp(e, 0, 50) * sign(d)\00", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"o = max(1, 2, 3)\00", align 1
@.str.15 = private unnamed_addr constant [11 x i8] c"p = foo(1)\00", align 1
@.str.16 = private unnamed_addr constant [42 x i8] c"q = abs(min(-a, -b)) ** 2 + gcd(-48, 180)\00", align 1
@.str.17 = private unnamed_addr constant [64 x i8] c"a=%lld b=%lld c=%lld d=%lld e=%lld k=%lld m=%lld n=%lld q=%lld\0A\00", align 1
@.str.18 = private unnamed_addr constant [50 x i8] c"ok=%d syntax=%d div0=%d overflow=%d hash=%016llx\0A\00", align 1
@functions = internal constant [6 x %struct.anon] [%struct.anon { ptr @.str.19, i32 0, i32 2 }, %struct.anon { ptr @.str.20, i32 1, i32 2 }, %struct.anon { ptr @.str.21, i32 2, i32 1 }, %struct.anon { ptr @.str.22, i32 3, i32 2 }, %struct.anon { ptr @.str.23, i32 4, i32 3 }, %struct.anon { ptr @.str.24, i32 5, i32 1 }], align 16
@.str.19 = private unnamed_addr constant [4 x i8] c"min\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"abs\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"gcd\00", align 1
@.str.23 = private unnamed_addr constant [6 x i8] c"clamp\00", align 1
@.str.24 = private unnamed_addr constant [5 x i8] c"sign\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @evaluate(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !11
  store ptr %2, ptr %7, align 8, !tbaa !13
  %12 = load ptr, ptr %6, align 8, !tbaa !11
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.eval_ctx, ptr %13, i32 0, i32 0
  store ptr %12, ptr %14, align 8, !tbaa !15
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.eval_ctx, ptr %15, i32 0, i32 1
  store i32 0, ptr %16, align 8, !tbaa !17
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %17) #6
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 -1, ptr %8, align 4, !tbaa !5
  %18 = load ptr, ptr %5, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.eval_ctx, ptr %18, i32 0, i32 0
  %20 = load ptr, ptr %19, align 8, !tbaa !15
  %21 = getelementptr inbounds i8, ptr %20, i64 0
  %22 = load i8, ptr %21, align 1, !tbaa !18
  %23 = sext i8 %22 to i32
  %24 = icmp sge i32 %23, 97
  br i1 %24, label %25, label %64

25:                                               ; preds = %3
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.eval_ctx, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !15
  %29 = getelementptr inbounds i8, ptr %28, i64 0
  %30 = load i8, ptr %29, align 1, !tbaa !18
  %31 = sext i8 %30 to i32
  %32 = icmp sle i32 %31, 122
  br i1 %32, label %33, label %64

33:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.eval_ctx, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8, !tbaa !15
  %37 = getelementptr inbounds i8, ptr %36, i64 1
  store ptr %37, ptr %9, align 8, !tbaa !11
  br label %38

38:                                               ; preds = %43, %33
  %39 = load ptr, ptr %9, align 8, !tbaa !11
  %40 = load i8, ptr %39, align 1, !tbaa !18
  %41 = sext i8 %40 to i32
  %42 = icmp eq i32 %41, 32
  br i1 %42, label %43, label %46

43:                                               ; preds = %38
  %44 = load ptr, ptr %9, align 8, !tbaa !11
  %45 = getelementptr inbounds nuw i8, ptr %44, i32 1
  store ptr %45, ptr %9, align 8, !tbaa !11
  br label %38, !llvm.loop !19

46:                                               ; preds = %38
  %47 = load ptr, ptr %9, align 8, !tbaa !11
  %48 = load i8, ptr %47, align 1, !tbaa !18
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 61
  br i1 %50, label %51, label %63

51:                                               ; preds = %46
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.eval_ctx, ptr %52, i32 0, i32 0
  %54 = load ptr, ptr %53, align 8, !tbaa !15
  %55 = getelementptr inbounds i8, ptr %54, i64 0
  %56 = load i8, ptr %55, align 1, !tbaa !18
  %57 = sext i8 %56 to i32
  %58 = sub nsw i32 %57, 97
  store i32 %58, ptr %8, align 4, !tbaa !5
  %59 = load ptr, ptr %9, align 8, !tbaa !11
  %60 = getelementptr inbounds i8, ptr %59, i64 1
  %61 = load ptr, ptr %5, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.eval_ctx, ptr %61, i32 0, i32 0
  store ptr %60, ptr %62, align 8, !tbaa !15
  br label %63

63:                                               ; preds = %51, %46
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %64

64:                                               ; preds = %63, %25, %3
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %65 = load ptr, ptr %5, align 8, !tbaa !9
  %66 = call i64 @parse_expr(ptr noundef %65) #6
  store i64 %66, ptr %10, align 8, !tbaa !21
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %67) #6
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.eval_ctx, ptr %68, i32 0, i32 0
  %70 = load ptr, ptr %69, align 8, !tbaa !15
  %71 = load i8, ptr %70, align 1, !tbaa !18
  %72 = sext i8 %71 to i32
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %74, label %82

74:                                               ; preds = %64
  %75 = load ptr, ptr %5, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.eval_ctx, ptr %75, i32 0, i32 1
  %77 = load i32, ptr %76, align 8, !tbaa !17
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %82, label %79

79:                                               ; preds = %74
  %80 = load ptr, ptr %5, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw %struct.eval_ctx, ptr %80, i32 0, i32 1
  store i32 1, ptr %81, align 8, !tbaa !17
  br label %82

82:                                               ; preds = %79, %74, %64
  %83 = load ptr, ptr %5, align 8, !tbaa !9
  %84 = getelementptr inbounds nuw %struct.eval_ctx, ptr %83, i32 0, i32 1
  %85 = load i32, ptr %84, align 8, !tbaa !17
  %86 = icmp ne i32 %85, 0
  br i1 %86, label %87, label %91

87:                                               ; preds = %82
  %88 = load ptr, ptr %5, align 8, !tbaa !9
  %89 = getelementptr inbounds nuw %struct.eval_ctx, ptr %88, i32 0, i32 1
  %90 = load i32, ptr %89, align 8, !tbaa !17
  store i32 %90, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %104

91:                                               ; preds = %82
  %92 = load i32, ptr %8, align 4, !tbaa !5
  %93 = icmp sge i32 %92, 0
  br i1 %93, label %94, label %101

94:                                               ; preds = %91
  %95 = load i64, ptr %10, align 8, !tbaa !21
  %96 = load ptr, ptr %5, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw %struct.eval_ctx, ptr %96, i32 0, i32 2
  %98 = load i32, ptr %8, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [26 x i64], ptr %97, i64 0, i64 %99
  store i64 %95, ptr %100, align 8, !tbaa !21
  br label %101

101:                                              ; preds = %94, %91
  %102 = load i64, ptr %10, align 8, !tbaa !21
  %103 = load ptr, ptr %7, align 8, !tbaa !13
  store i64 %102, ptr %103, align 8, !tbaa !21
  store i32 0, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %104

104:                                              ; preds = %101, %87
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %105 = load i32, ptr %4, align 4
  ret i32 %105
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @skip_spaces(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  br label %3

3:                                                ; preds = %19, %1
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.eval_ctx, ptr %4, i32 0, i32 0
  %6 = load ptr, ptr %5, align 8, !tbaa !15
  %7 = load i8, ptr %6, align 1, !tbaa !18
  %8 = sext i8 %7 to i32
  %9 = icmp eq i32 %8, 32
  br i1 %9, label %17, label %10

10:                                               ; preds = %3
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.eval_ctx, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !15
  %14 = load i8, ptr %13, align 1, !tbaa !18
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 9
  br label %17

17:                                               ; preds = %10, %3
  %18 = phi i1 [ true, %3 ], [ %16, %10 ]
  br i1 %18, label %19, label %24

19:                                               ; preds = %17
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.eval_ctx, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %21, align 8, !tbaa !15
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 1
  store ptr %23, ptr %21, align 8, !tbaa !15
  br label %3, !llvm.loop !23

24:                                               ; preds = %17
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_expr(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = call i64 @parse_sum(ptr noundef %4) #6
  store i64 %5, ptr %3, align 8, !tbaa !21
  br label %6

6:                                                ; preds = %37, %1
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = call i32 @accept(ptr noundef %7, i8 noundef signext 38) #6
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %6
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = call i64 @parse_sum(ptr noundef %11) #6
  %13 = load i64, ptr %3, align 8, !tbaa !21
  %14 = and i64 %13, %12
  store i64 %14, ptr %3, align 8, !tbaa !21
  br label %37

15:                                               ; preds = %6
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = call i32 @accept(ptr noundef %16, i8 noundef signext 124) #6
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %24

19:                                               ; preds = %15
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = call i64 @parse_sum(ptr noundef %20) #6
  %22 = load i64, ptr %3, align 8, !tbaa !21
  %23 = or i64 %22, %21
  store i64 %23, ptr %3, align 8, !tbaa !21
  br label %36

24:                                               ; preds = %15
  %25 = load ptr, ptr %2, align 8, !tbaa !9
  %26 = call i32 @accept(ptr noundef %25, i8 noundef signext 94) #6
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %33

28:                                               ; preds = %24
  %29 = load ptr, ptr %2, align 8, !tbaa !9
  %30 = call i64 @parse_sum(ptr noundef %29) #6
  %31 = load i64, ptr %3, align 8, !tbaa !21
  %32 = xor i64 %31, %30
  store i64 %32, ptr %3, align 8, !tbaa !21
  br label %35

33:                                               ; preds = %24
  %34 = load i64, ptr %3, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret i64 %34

35:                                               ; preds = %28
  br label %36

36:                                               ; preds = %35, %19
  br label %37

37:                                               ; preds = %36, %10
  br label %6
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.eval_ctx, align 8
  %3 = alloca [4 x i32], align 16
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 224, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #7
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %41, %0
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 300
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %44

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !21
  br label %15

15:                                               ; preds = %33, %14
  %16 = load i64, ptr %7, align 8, !tbaa !21
  %17 = icmp ult i64 %16, 17
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %36

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %20 = load i64, ptr %7, align 8, !tbaa !21
  %21 = getelementptr inbounds nuw [17 x ptr], ptr @main.prog, i64 0, i64 %20
  %22 = load ptr, ptr %21, align 8, !tbaa !11
  %23 = call i32 @evaluate(ptr noundef %2, ptr noundef %22, ptr noundef %8) #6
  store i32 %23, ptr %9, align 4, !tbaa !5
  %24 = load i32, ptr %9, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x i32], ptr %3, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %26, align 4, !tbaa !5
  %29 = load i64, ptr %4, align 8, !tbaa !21
  %30 = mul i64 %29, 1099511628211
  %31 = load i64, ptr %8, align 8, !tbaa !21
  %32 = xor i64 %30, %31
  store i64 %32, ptr %4, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %33

33:                                               ; preds = %19
  %34 = load i64, ptr %7, align 8, !tbaa !21
  %35 = add i64 %34, 1
  store i64 %35, ptr %7, align 8, !tbaa !21
  br label %15, !llvm.loop !24

36:                                               ; preds = %18
  %37 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %38 = getelementptr inbounds [26 x i64], ptr %37, i64 0, i64 0
  %39 = load i64, ptr %38, align 8, !tbaa !21
  %40 = srem i64 %39, 1000
  store i64 %40, ptr %38, align 8, !tbaa !21
  br label %41

41:                                               ; preds = %36
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %5, align 4, !tbaa !5
  br label %10, !llvm.loop !25

44:                                               ; preds = %13
  %45 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %46 = getelementptr inbounds [26 x i64], ptr %45, i64 0, i64 0
  %47 = load i64, ptr %46, align 8, !tbaa !21
  %48 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %49 = getelementptr inbounds [26 x i64], ptr %48, i64 0, i64 1
  %50 = load i64, ptr %49, align 8, !tbaa !21
  %51 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %52 = getelementptr inbounds [26 x i64], ptr %51, i64 0, i64 2
  %53 = load i64, ptr %52, align 8, !tbaa !21
  %54 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %55 = getelementptr inbounds [26 x i64], ptr %54, i64 0, i64 3
  %56 = load i64, ptr %55, align 8, !tbaa !21
  %57 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %58 = getelementptr inbounds [26 x i64], ptr %57, i64 0, i64 4
  %59 = load i64, ptr %58, align 8, !tbaa !21
  %60 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %61 = getelementptr inbounds [26 x i64], ptr %60, i64 0, i64 10
  %62 = load i64, ptr %61, align 8, !tbaa !21
  %63 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %64 = getelementptr inbounds [26 x i64], ptr %63, i64 0, i64 12
  %65 = load i64, ptr %64, align 8, !tbaa !21
  %66 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %67 = getelementptr inbounds [26 x i64], ptr %66, i64 0, i64 13
  %68 = load i64, ptr %67, align 8, !tbaa !21
  %69 = getelementptr inbounds nuw %struct.eval_ctx, ptr %2, i32 0, i32 2
  %70 = getelementptr inbounds [26 x i64], ptr %69, i64 0, i64 16
  %71 = load i64, ptr %70, align 8, !tbaa !21
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i64 noundef %47, i64 noundef %50, i64 noundef %53, i64 noundef %56, i64 noundef %59, i64 noundef %62, i64 noundef %65, i64 noundef %68, i64 noundef %71) #6
  %73 = getelementptr inbounds [4 x i32], ptr %3, i64 0, i64 0
  %74 = load i32, ptr %73, align 16, !tbaa !5
  %75 = getelementptr inbounds [4 x i32], ptr %3, i64 0, i64 1
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = getelementptr inbounds [4 x i32], ptr %3, i64 0, i64 2
  %78 = load i32, ptr %77, align 8, !tbaa !5
  %79 = getelementptr inbounds [4 x i32], ptr %3, i64 0, i64 3
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = load i64, ptr %4, align 8, !tbaa !21
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i32 noundef %74, i32 noundef %76, i32 noundef %78, i32 noundef %80, i64 noundef %81) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %83 = load i32, ptr %1, align 4
  ret i32 %83
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_sum(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 2305843009213693952, ptr %4, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = call i64 @parse_term(ptr noundef %9) #6
  store i64 %10, ptr %5, align 8, !tbaa !21
  br label %11

11:                                               ; preds = %57, %1
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = call i32 @accept(ptr noundef %12, i8 noundef signext 43) #6
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %16

15:                                               ; preds = %11
  store i32 1, ptr %6, align 4, !tbaa !5
  br label %24

16:                                               ; preds = %11
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = call i32 @accept(ptr noundef %17, i8 noundef signext 45) #6
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %16
  store i32 -1, ptr %6, align 4, !tbaa !5
  br label %23

21:                                               ; preds = %16
  %22 = load i64, ptr %5, align 8, !tbaa !21
  store i64 %22, ptr %2, align 8
  store i32 1, ptr %7, align 4
  br label %55

23:                                               ; preds = %20
  br label %24

24:                                               ; preds = %23, %15
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = call i64 @parse_term(ptr noundef %25) #6
  store i64 %26, ptr %8, align 8, !tbaa !21
  %27 = load i64, ptr %5, align 8, !tbaa !21
  %28 = icmp sgt i64 %27, 2305843009213693952
  br i1 %28, label %38, label %29

29:                                               ; preds = %24
  %30 = load i64, ptr %5, align 8, !tbaa !21
  %31 = icmp slt i64 %30, -2305843009213693952
  br i1 %31, label %38, label %32

32:                                               ; preds = %29
  %33 = load i64, ptr %8, align 8, !tbaa !21
  %34 = icmp sgt i64 %33, 2305843009213693952
  br i1 %34, label %38, label %35

35:                                               ; preds = %32
  %36 = load i64, ptr %8, align 8, !tbaa !21
  %37 = icmp slt i64 %36, -2305843009213693952
  br i1 %37, label %38, label %41

38:                                               ; preds = %35, %32, %29, %24
  %39 = load ptr, ptr %3, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.eval_ctx, ptr %39, i32 0, i32 1
  store i32 3, ptr %40, align 8, !tbaa !17
  store i64 0, ptr %2, align 8
  store i32 1, ptr %7, align 4
  br label %54

41:                                               ; preds = %35
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = icmp sgt i32 %42, 0
  br i1 %43, label %44, label %48

44:                                               ; preds = %41
  %45 = load i64, ptr %5, align 8, !tbaa !21
  %46 = load i64, ptr %8, align 8, !tbaa !21
  %47 = add nsw i64 %45, %46
  br label %52

48:                                               ; preds = %41
  %49 = load i64, ptr %5, align 8, !tbaa !21
  %50 = load i64, ptr %8, align 8, !tbaa !21
  %51 = sub nsw i64 %49, %50
  br label %52

52:                                               ; preds = %48, %44
  %53 = phi i64 [ %47, %44 ], [ %51, %48 ]
  store i64 %53, ptr %5, align 8, !tbaa !21
  store i32 0, ptr %7, align 4
  br label %54

54:                                               ; preds = %52, %38
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %55

55:                                               ; preds = %54, %21
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %56 = load i32, ptr %7, align 4
  switch i32 %56, label %58 [
    i32 0, label %57
  ]

57:                                               ; preds = %55
  br label %11

58:                                               ; preds = %55
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %59 = load i64, ptr %2, align 8
  ret i64 %59
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @accept(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i8 %1, ptr %5, align 1, !tbaa !18
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %6) #6
  %7 = load ptr, ptr %4, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.eval_ctx, ptr %7, i32 0, i32 0
  %9 = load ptr, ptr %8, align 8, !tbaa !15
  %10 = load i8, ptr %9, align 1, !tbaa !18
  %11 = sext i8 %10 to i32
  %12 = load i8, ptr %5, align 1, !tbaa !18
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %11, %13
  br i1 %14, label %15, label %20

15:                                               ; preds = %2
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.eval_ctx, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !15
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1
  store ptr %19, ptr %17, align 8, !tbaa !15
  store i32 1, ptr %3, align 4
  br label %21

20:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %21

21:                                               ; preds = %20, %15
  %22 = load i32, ptr %3, align 4
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_term(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = call i64 @parse_power(ptr noundef %8) #6
  store i64 %9, ptr %4, align 8, !tbaa !21
  br label %10

10:                                               ; preds = %85, %1
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %11) #6
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.eval_ctx, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8, !tbaa !15
  %15 = load i8, ptr %14, align 1, !tbaa !18
  store i8 %15, ptr %5, align 1, !tbaa !18
  %16 = load i8, ptr %5, align 1, !tbaa !18
  %17 = sext i8 %16 to i32
  %18 = icmp ne i32 %17, 42
  br i1 %18, label %19, label %27

19:                                               ; preds = %10
  %20 = load i8, ptr %5, align 1, !tbaa !18
  %21 = sext i8 %20 to i32
  %22 = icmp ne i32 %21, 47
  br i1 %22, label %23, label %27

23:                                               ; preds = %19
  %24 = load i8, ptr %5, align 1, !tbaa !18
  %25 = sext i8 %24 to i32
  %26 = icmp ne i32 %25, 37
  br i1 %26, label %35, label %27

27:                                               ; preds = %23, %19, %10
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.eval_ctx, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8, !tbaa !15
  %31 = getelementptr inbounds i8, ptr %30, i64 1
  %32 = load i8, ptr %31, align 1, !tbaa !18
  %33 = sext i8 %32 to i32
  %34 = icmp eq i32 %33, 42
  br i1 %34, label %35, label %37

35:                                               ; preds = %27, %23
  %36 = load i64, ptr %4, align 8, !tbaa !21
  store i64 %36, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %83

37:                                               ; preds = %27
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.eval_ctx, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8, !tbaa !15
  %41 = getelementptr inbounds nuw i8, ptr %40, i32 1
  store ptr %41, ptr %39, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = call i64 @parse_power(ptr noundef %42) #6
  store i64 %43, ptr %7, align 8, !tbaa !21
  %44 = load i64, ptr %7, align 8, !tbaa !21
  %45 = icmp eq i64 %44, -1
  br i1 %45, label %46, label %52

46:                                               ; preds = %37
  %47 = load i64, ptr %4, align 8, !tbaa !21
  %48 = icmp eq i64 %47, -9223372036854775808
  br i1 %48, label %49, label %52

49:                                               ; preds = %46
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.eval_ctx, ptr %50, i32 0, i32 1
  store i32 3, ptr %51, align 8, !tbaa !17
  store i64 0, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %82

52:                                               ; preds = %46, %37
  %53 = load i8, ptr %5, align 1, !tbaa !18
  %54 = sext i8 %53 to i32
  switch i32 %54, label %71 [
    i32 42, label %55
    i32 47, label %61
  ]

55:                                               ; preds = %52
  %56 = load i64, ptr %4, align 8, !tbaa !21
  %57 = load i64, ptr %7, align 8, !tbaa !21
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.eval_ctx, ptr %58, i32 0, i32 1
  %60 = call i64 @clamp_mul(i64 noundef %56, i64 noundef %57, ptr noundef %59) #6
  store i64 %60, ptr %4, align 8, !tbaa !21
  br label %81

61:                                               ; preds = %52
  %62 = load i64, ptr %7, align 8, !tbaa !21
  %63 = icmp eq i64 %62, 0
  br i1 %63, label %64, label %67

64:                                               ; preds = %61
  %65 = load ptr, ptr %3, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.eval_ctx, ptr %65, i32 0, i32 1
  store i32 2, ptr %66, align 8, !tbaa !17
  store i64 0, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %82

67:                                               ; preds = %61
  %68 = load i64, ptr %7, align 8, !tbaa !21
  %69 = load i64, ptr %4, align 8, !tbaa !21
  %70 = sdiv i64 %69, %68
  store i64 %70, ptr %4, align 8, !tbaa !21
  br label %81

71:                                               ; preds = %52
  %72 = load i64, ptr %7, align 8, !tbaa !21
  %73 = icmp eq i64 %72, 0
  br i1 %73, label %74, label %77

74:                                               ; preds = %71
  %75 = load ptr, ptr %3, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.eval_ctx, ptr %75, i32 0, i32 1
  store i32 2, ptr %76, align 8, !tbaa !17
  store i64 0, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %82

77:                                               ; preds = %71
  %78 = load i64, ptr %7, align 8, !tbaa !21
  %79 = load i64, ptr %4, align 8, !tbaa !21
  %80 = srem i64 %79, %78
  store i64 %80, ptr %4, align 8, !tbaa !21
  br label %81

81:                                               ; preds = %77, %67, %55
  store i32 0, ptr %6, align 4
  br label %82

82:                                               ; preds = %81, %74, %64, %49
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %83

83:                                               ; preds = %82, %35
  call void @llvm.lifetime.end.p0(ptr %5) #7
  %84 = load i32, ptr %6, align 4
  switch i32 %84, label %86 [
    i32 0, label %85
  ]

85:                                               ; preds = %83
  br label %10

86:                                               ; preds = %83
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %87 = load i64, ptr %2, align 8
  ret i64 %87
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_power(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = call i64 @parse_unary(ptr noundef %7) #6
  store i64 %8, ptr %4, align 8, !tbaa !21
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %9) #6
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.eval_ctx, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8, !tbaa !15
  %13 = getelementptr inbounds i8, ptr %12, i64 0
  %14 = load i8, ptr %13, align 1, !tbaa !18
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 42
  br i1 %16, label %17, label %37

17:                                               ; preds = %1
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.eval_ctx, ptr %18, i32 0, i32 0
  %20 = load ptr, ptr %19, align 8, !tbaa !15
  %21 = getelementptr inbounds i8, ptr %20, i64 1
  %22 = load i8, ptr %21, align 1, !tbaa !18
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 42
  br i1 %24, label %25, label %37

25:                                               ; preds = %17
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.eval_ctx, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !15
  %29 = getelementptr inbounds i8, ptr %28, i64 2
  store ptr %29, ptr %27, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %30 = load ptr, ptr %3, align 8, !tbaa !9
  %31 = call i64 @parse_power(ptr noundef %30) #6
  store i64 %31, ptr %5, align 8, !tbaa !21
  %32 = load i64, ptr %4, align 8, !tbaa !21
  %33 = load i64, ptr %5, align 8, !tbaa !21
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.eval_ctx, ptr %34, i32 0, i32 1
  %36 = call i64 @ipow(i64 noundef %32, i64 noundef %33, ptr noundef %35) #6
  store i64 %36, ptr %2, align 8
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %39

37:                                               ; preds = %17, %1
  %38 = load i64, ptr %4, align 8, !tbaa !21
  store i64 %38, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %39

39:                                               ; preds = %37, %25
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %40 = load i64, ptr %2, align 8
  ret i64 %40
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @clamp_mul(i64 noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store i64 %0, ptr %5, align 8, !tbaa !21
  store i64 %1, ptr %6, align 8, !tbaa !21
  store ptr %2, ptr %7, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 2147483648, ptr %8, align 8, !tbaa !21
  %10 = load i64, ptr %5, align 8, !tbaa !21
  %11 = icmp sgt i64 %10, 2147483648
  br i1 %11, label %21, label %12

12:                                               ; preds = %3
  %13 = load i64, ptr %5, align 8, !tbaa !21
  %14 = icmp slt i64 %13, -2147483648
  br i1 %14, label %21, label %15

15:                                               ; preds = %12
  %16 = load i64, ptr %6, align 8, !tbaa !21
  %17 = icmp sgt i64 %16, 2147483648
  br i1 %17, label %21, label %18

18:                                               ; preds = %15
  %19 = load i64, ptr %6, align 8, !tbaa !21
  %20 = icmp slt i64 %19, -2147483648
  br i1 %20, label %21, label %23

21:                                               ; preds = %18, %15, %12, %3
  %22 = load ptr, ptr %7, align 8, !tbaa !26
  store i32 3, ptr %22, align 4, !tbaa !5
  store i64 0, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %27

23:                                               ; preds = %18
  %24 = load i64, ptr %5, align 8, !tbaa !21
  %25 = load i64, ptr %6, align 8, !tbaa !21
  %26 = mul nsw i64 %24, %25
  store i64 %26, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %27

27:                                               ; preds = %23, %21
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %28 = load i64, ptr %4, align 8
  ret i64 %28
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_unary(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = call i32 @accept(ptr noundef %5, i8 noundef signext 45) #6
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %19

8:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = call i64 @parse_unary(ptr noundef %9) #6
  store i64 %10, ptr %4, align 8, !tbaa !21
  %11 = load i64, ptr %4, align 8, !tbaa !21
  %12 = icmp eq i64 %11, -9223372036854775808
  br i1 %12, label %13, label %14

13:                                               ; preds = %8
  br label %17

14:                                               ; preds = %8
  %15 = load i64, ptr %4, align 8, !tbaa !21
  %16 = sub nsw i64 0, %15
  br label %17

17:                                               ; preds = %14, %13
  %18 = phi i64 [ 0, %13 ], [ %16, %14 ]
  store i64 %18, ptr %2, align 8
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %37

19:                                               ; preds = %1
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = call i32 @accept(ptr noundef %20, i8 noundef signext 43) #6
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %26

23:                                               ; preds = %19
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = call i64 @parse_unary(ptr noundef %24) #6
  store i64 %25, ptr %2, align 8
  br label %37

26:                                               ; preds = %19
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = call i32 @accept(ptr noundef %27, i8 noundef signext 126) #6
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %34

30:                                               ; preds = %26
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = call i64 @parse_unary(ptr noundef %31) #6
  %33 = xor i64 %32, -1
  store i64 %33, ptr %2, align 8
  br label %37

34:                                               ; preds = %26
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = call i64 @parse_primary(ptr noundef %35) #6
  store i64 %36, ptr %2, align 8
  br label %37

37:                                               ; preds = %34, %30, %23, %17
  %38 = load i64, ptr %2, align 8
  ret i64 %38
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @ipow(i64 noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store i64 %0, ptr %5, align 8, !tbaa !21
  store i64 %1, ptr %6, align 8, !tbaa !21
  store ptr %2, ptr %7, align 8, !tbaa !26
  %9 = load i64, ptr %6, align 8, !tbaa !21
  %10 = icmp slt i64 %9, 0
  br i1 %10, label %11, label %13

11:                                               ; preds = %3
  %12 = load ptr, ptr %7, align 8, !tbaa !26
  store i32 2, ptr %12, align 4, !tbaa !5
  store i64 0, ptr %4, align 8
  br label %32

13:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 1, ptr %8, align 8, !tbaa !21
  br label %14

14:                                               ; preds = %25, %13
  %15 = load i64, ptr %6, align 8, !tbaa !21
  %16 = add nsw i64 %15, -1
  store i64 %16, ptr %6, align 8, !tbaa !21
  %17 = icmp sgt i64 %15, 0
  br i1 %17, label %18, label %23

18:                                               ; preds = %14
  %19 = load ptr, ptr %7, align 8, !tbaa !26
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = icmp ne i32 %20, 0
  %22 = xor i1 %21, true
  br label %23

23:                                               ; preds = %18, %14
  %24 = phi i1 [ false, %14 ], [ %22, %18 ]
  br i1 %24, label %25, label %30

25:                                               ; preds = %23
  %26 = load i64, ptr %8, align 8, !tbaa !21
  %27 = load i64, ptr %5, align 8, !tbaa !21
  %28 = load ptr, ptr %7, align 8, !tbaa !26
  %29 = call i64 @clamp_mul(i64 noundef %26, i64 noundef %27, ptr noundef %28) #6
  store i64 %29, ptr %8, align 8, !tbaa !21
  br label %14, !llvm.loop !28

30:                                               ; preds = %23
  %31 = load i64, ptr %8, align 8, !tbaa !21
  store i64 %31, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %32

32:                                               ; preds = %30, %11
  %33 = load i64, ptr %4, align 8
  ret i64 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_primary(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %9) #6
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.eval_ctx, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8, !tbaa !15
  %13 = load i8, ptr %12, align 1, !tbaa !18
  store i8 %13, ptr %4, align 1, !tbaa !18
  %14 = load i8, ptr %4, align 1, !tbaa !18
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 40
  br i1 %16, label %17, label %32

17:                                               ; preds = %1
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.eval_ctx, ptr %18, i32 0, i32 0
  %20 = load ptr, ptr %19, align 8, !tbaa !15
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1
  store ptr %21, ptr %19, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = call i64 @parse_expr(ptr noundef %22) #6
  store i64 %23, ptr %5, align 8, !tbaa !21
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = call i32 @accept(ptr noundef %24, i8 noundef signext 41) #6
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %30, label %27

27:                                               ; preds = %17
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.eval_ctx, ptr %28, i32 0, i32 1
  store i32 1, ptr %29, align 8, !tbaa !17
  br label %30

30:                                               ; preds = %27, %17
  %31 = load i64, ptr %5, align 8, !tbaa !21
  store i64 %31, ptr %2, align 8
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %120

32:                                               ; preds = %1
  %33 = call ptr @__ctype_b_loc() #8
  %34 = load ptr, ptr %33, align 8, !tbaa !29
  %35 = load i8, ptr %4, align 1, !tbaa !18
  %36 = zext i8 %35 to i32
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i16, ptr %34, i64 %37
  %39 = load i16, ptr %38, align 2, !tbaa !31
  %40 = zext i16 %39 to i32
  %41 = and i32 %40, 2048
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %46

43:                                               ; preds = %32
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = call i64 @parse_number(ptr noundef %44) #6
  store i64 %45, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %120

46:                                               ; preds = %32
  %47 = load i8, ptr %4, align 1, !tbaa !18
  %48 = sext i8 %47 to i32
  %49 = icmp sge i32 %48, 97
  br i1 %49, label %50, label %117

50:                                               ; preds = %46
  %51 = load i8, ptr %4, align 1, !tbaa !18
  %52 = sext i8 %51 to i32
  %53 = icmp sle i32 %52, 122
  br i1 %53, label %54, label %117

54:                                               ; preds = %50
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %55 = load ptr, ptr %3, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.eval_ctx, ptr %55, i32 0, i32 0
  %57 = load ptr, ptr %56, align 8, !tbaa !15
  store ptr %57, ptr %7, align 8, !tbaa !11
  br label %58

58:                                               ; preds = %74, %54
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.eval_ctx, ptr %59, i32 0, i32 0
  %61 = load ptr, ptr %60, align 8, !tbaa !15
  %62 = load i8, ptr %61, align 1, !tbaa !18
  %63 = sext i8 %62 to i32
  %64 = icmp sge i32 %63, 97
  br i1 %64, label %65, label %72

65:                                               ; preds = %58
  %66 = load ptr, ptr %3, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw %struct.eval_ctx, ptr %66, i32 0, i32 0
  %68 = load ptr, ptr %67, align 8, !tbaa !15
  %69 = load i8, ptr %68, align 1, !tbaa !18
  %70 = sext i8 %69 to i32
  %71 = icmp sle i32 %70, 122
  br label %72

72:                                               ; preds = %65, %58
  %73 = phi i1 [ false, %58 ], [ %71, %65 ]
  br i1 %73, label %74, label %79

74:                                               ; preds = %72
  %75 = load ptr, ptr %3, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.eval_ctx, ptr %75, i32 0, i32 0
  %77 = load ptr, ptr %76, align 8, !tbaa !15
  %78 = getelementptr inbounds nuw i8, ptr %77, i32 1
  store ptr %78, ptr %76, align 8, !tbaa !15
  br label %58, !llvm.loop !33

79:                                               ; preds = %72
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw %struct.eval_ctx, ptr %80, i32 0, i32 0
  %82 = load ptr, ptr %81, align 8, !tbaa !15
  %83 = load ptr, ptr %7, align 8, !tbaa !11
  %84 = ptrtoint ptr %82 to i64
  %85 = ptrtoint ptr %83 to i64
  %86 = sub i64 %84, %85
  store i64 %86, ptr %8, align 8, !tbaa !21
  %87 = load ptr, ptr %3, align 8, !tbaa !9
  call void @skip_spaces(ptr noundef %87) #6
  %88 = load ptr, ptr %3, align 8, !tbaa !9
  %89 = getelementptr inbounds nuw %struct.eval_ctx, ptr %88, i32 0, i32 0
  %90 = load ptr, ptr %89, align 8, !tbaa !15
  %91 = load i8, ptr %90, align 1, !tbaa !18
  %92 = sext i8 %91 to i32
  %93 = icmp eq i32 %92, 40
  br i1 %93, label %94, label %99

94:                                               ; preds = %79
  %95 = load ptr, ptr %3, align 8, !tbaa !9
  %96 = load ptr, ptr %7, align 8, !tbaa !11
  %97 = load i64, ptr %8, align 8, !tbaa !21
  %98 = call i64 @parse_call(ptr noundef %95, ptr noundef %96, i64 noundef %97) #6
  store i64 %98, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %114

99:                                               ; preds = %79
  %100 = load i64, ptr %8, align 8, !tbaa !21
  %101 = icmp eq i64 %100, 1
  br i1 %101, label %102, label %113

102:                                              ; preds = %99
  %103 = load ptr, ptr %3, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw %struct.eval_ctx, ptr %103, i32 0, i32 2
  %105 = load ptr, ptr %7, align 8, !tbaa !11
  %106 = getelementptr inbounds i8, ptr %105, i64 0
  %107 = load i8, ptr %106, align 1, !tbaa !18
  %108 = sext i8 %107 to i32
  %109 = sub nsw i32 %108, 97
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [26 x i64], ptr %104, i64 0, i64 %110
  %112 = load i64, ptr %111, align 8, !tbaa !21
  store i64 %112, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %114

113:                                              ; preds = %99
  store i32 0, ptr %6, align 4
  br label %114

114:                                              ; preds = %113, %102, %94
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  %115 = load i32, ptr %6, align 4
  switch i32 %115, label %120 [
    i32 0, label %116
  ]

116:                                              ; preds = %114
  br label %117

117:                                              ; preds = %116, %50, %46
  %118 = load ptr, ptr %3, align 8, !tbaa !9
  %119 = getelementptr inbounds nuw %struct.eval_ctx, ptr %118, i32 0, i32 1
  store i32 1, ptr %119, align 8, !tbaa !17
  store i64 0, ptr %2, align 8
  store i32 1, ptr %6, align 4
  br label %120

120:                                              ; preds = %117, %114, %43, %30
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %121 = load i64, ptr %2, align 8
  ret i64 %121
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_number(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !21
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.eval_ctx, ptr %9, i32 0, i32 0
  %11 = load ptr, ptr %10, align 8, !tbaa !15
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = load i8, ptr %12, align 1, !tbaa !18
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, 48
  br i1 %15, label %16, label %105

16:                                               ; preds = %1
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.eval_ctx, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8, !tbaa !15
  %20 = getelementptr inbounds i8, ptr %19, i64 1
  %21 = load i8, ptr %20, align 1, !tbaa !18
  %22 = sext i8 %21 to i32
  %23 = icmp eq i32 %22, 120
  br i1 %23, label %32, label %24

24:                                               ; preds = %16
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.eval_ctx, ptr %25, i32 0, i32 0
  %27 = load ptr, ptr %26, align 8, !tbaa !15
  %28 = getelementptr inbounds i8, ptr %27, i64 1
  %29 = load i8, ptr %28, align 1, !tbaa !18
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %30, 88
  br i1 %31, label %32, label %105

32:                                               ; preds = %24, %16
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.eval_ctx, ptr %33, i32 0, i32 0
  %35 = load ptr, ptr %34, align 8, !tbaa !15
  %36 = getelementptr inbounds i8, ptr %35, i64 2
  store ptr %36, ptr %34, align 8, !tbaa !15
  br label %37

37:                                               ; preds = %92, %32
  %38 = call ptr @__ctype_b_loc() #8
  %39 = load ptr, ptr %38, align 8, !tbaa !29
  %40 = load ptr, ptr %3, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.eval_ctx, ptr %40, i32 0, i32 0
  %42 = load ptr, ptr %41, align 8, !tbaa !15
  %43 = load i8, ptr %42, align 1, !tbaa !18
  %44 = zext i8 %43 to i32
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i16, ptr %39, i64 %45
  %47 = load i16, ptr %46, align 2, !tbaa !31
  %48 = zext i16 %47 to i32
  %49 = and i32 %48, 4096
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %51, label %54

51:                                               ; preds = %37
  %52 = load i64, ptr %4, align 8, !tbaa !21
  %53 = icmp slt i64 %52, 1099511627776
  br label %54

54:                                               ; preds = %51, %37
  %55 = phi i1 [ false, %37 ], [ %53, %51 ]
  br i1 %55, label %56, label %103

56:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %57 = call ptr @__ctype_b_loc() #8
  %58 = load ptr, ptr %57, align 8, !tbaa !29
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.eval_ctx, ptr %59, i32 0, i32 0
  %61 = load ptr, ptr %60, align 8, !tbaa !15
  %62 = load i8, ptr %61, align 1, !tbaa !18
  %63 = zext i8 %62 to i32
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i16, ptr %58, i64 %64
  %66 = load i16, ptr %65, align 2, !tbaa !31
  %67 = zext i16 %66 to i32
  %68 = and i32 %67, 2048
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %70, label %77

70:                                               ; preds = %56
  %71 = load ptr, ptr %3, align 8, !tbaa !9
  %72 = getelementptr inbounds nuw %struct.eval_ctx, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %72, align 8, !tbaa !15
  %74 = load i8, ptr %73, align 1, !tbaa !18
  %75 = sext i8 %74 to i32
  %76 = sub nsw i32 %75, 48
  br label %92

77:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %78 = call ptr @__ctype_tolower_loc() #8
  %79 = load ptr, ptr %78, align 8, !tbaa !26
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw %struct.eval_ctx, ptr %80, i32 0, i32 0
  %82 = load ptr, ptr %81, align 8, !tbaa !15
  %83 = load i8, ptr %82, align 1, !tbaa !18
  %84 = zext i8 %83 to i32
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i32, ptr %79, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  store i32 %87, ptr %6, align 4, !tbaa !5
  %88 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %88, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %89 = load i32, ptr %7, align 4, !tbaa !5
  %90 = sub nsw i32 %89, 97
  %91 = add nsw i32 %90, 10
  br label %92

92:                                               ; preds = %77, %70
  %93 = phi i32 [ %76, %70 ], [ %91, %77 ]
  store i32 %93, ptr %5, align 4, !tbaa !5
  %94 = load i64, ptr %4, align 8, !tbaa !21
  %95 = mul nsw i64 %94, 16
  %96 = load i32, ptr %5, align 4, !tbaa !5
  %97 = sext i32 %96 to i64
  %98 = add nsw i64 %95, %97
  store i64 %98, ptr %4, align 8, !tbaa !21
  %99 = load ptr, ptr %3, align 8, !tbaa !9
  %100 = getelementptr inbounds nuw %struct.eval_ctx, ptr %99, i32 0, i32 0
  %101 = load ptr, ptr %100, align 8, !tbaa !15
  %102 = getelementptr inbounds nuw i8, ptr %101, i32 1
  store ptr %102, ptr %100, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %37, !llvm.loop !34

103:                                              ; preds = %54
  %104 = load i64, ptr %4, align 8, !tbaa !21
  store i64 %104, ptr %2, align 8
  store i32 1, ptr %8, align 4
  br label %142

105:                                              ; preds = %24, %1
  br label %106

106:                                              ; preds = %125, %105
  %107 = call ptr @__ctype_b_loc() #8
  %108 = load ptr, ptr %107, align 8, !tbaa !29
  %109 = load ptr, ptr %3, align 8, !tbaa !9
  %110 = getelementptr inbounds nuw %struct.eval_ctx, ptr %109, i32 0, i32 0
  %111 = load ptr, ptr %110, align 8, !tbaa !15
  %112 = load i8, ptr %111, align 1, !tbaa !18
  %113 = zext i8 %112 to i32
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i16, ptr %108, i64 %114
  %116 = load i16, ptr %115, align 2, !tbaa !31
  %117 = zext i16 %116 to i32
  %118 = and i32 %117, 2048
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %120, label %123

120:                                              ; preds = %106
  %121 = load i64, ptr %4, align 8, !tbaa !21
  %122 = icmp slt i64 %121, 1099511627776
  br label %123

123:                                              ; preds = %120, %106
  %124 = phi i1 [ false, %106 ], [ %122, %120 ]
  br i1 %124, label %125, label %140

125:                                              ; preds = %123
  %126 = load i64, ptr %4, align 8, !tbaa !21
  %127 = mul nsw i64 %126, 10
  %128 = load ptr, ptr %3, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw %struct.eval_ctx, ptr %128, i32 0, i32 0
  %130 = load ptr, ptr %129, align 8, !tbaa !15
  %131 = load i8, ptr %130, align 1, !tbaa !18
  %132 = sext i8 %131 to i32
  %133 = sub nsw i32 %132, 48
  %134 = sext i32 %133 to i64
  %135 = add nsw i64 %127, %134
  store i64 %135, ptr %4, align 8, !tbaa !21
  %136 = load ptr, ptr %3, align 8, !tbaa !9
  %137 = getelementptr inbounds nuw %struct.eval_ctx, ptr %136, i32 0, i32 0
  %138 = load ptr, ptr %137, align 8, !tbaa !15
  %139 = getelementptr inbounds nuw i8, ptr %138, i32 1
  store ptr %139, ptr %137, align 8, !tbaa !15
  br label %106, !llvm.loop !35

140:                                              ; preds = %123
  %141 = load i64, ptr %4, align 8, !tbaa !21
  store i64 %141, ptr %2, align 8
  store i32 1, ptr %8, align 4
  br label %142

142:                                              ; preds = %140, %103
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %143 = load i64, ptr %2, align 8
  ret i64 %143
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @parse_call(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [4 x i64], align 16
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !11
  store i64 %2, ptr %7, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %14 = load ptr, ptr %6, align 8, !tbaa !11
  %15 = load i64, ptr %7, align 8, !tbaa !21
  %16 = call i32 @lookup_function(ptr noundef %14, i64 noundef %15, ptr noundef %8) #6
  store i32 %16, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  call void @llvm.memset.p0.i64(ptr align 16 %10, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 0, ptr %11, align 4, !tbaa !5
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.eval_ctx, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8, !tbaa !15
  %20 = getelementptr inbounds nuw i8, ptr %19, i32 1
  store ptr %20, ptr %18, align 8, !tbaa !15
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = call i32 @accept(ptr noundef %21, i8 noundef signext 41) #6
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %50, label %24

24:                                               ; preds = %3
  br label %25

25:                                               ; preds = %38, %24
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = call i64 @parse_expr(ptr noundef %26) #6
  store i64 %27, ptr %12, align 8, !tbaa !21
  %28 = load i32, ptr %11, align 4, !tbaa !5
  %29 = icmp slt i32 %28, 4
  br i1 %29, label %30, label %35

30:                                               ; preds = %25
  %31 = load i64, ptr %12, align 8, !tbaa !21
  %32 = load i32, ptr %11, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [4 x i64], ptr %10, i64 0, i64 %33
  store i64 %31, ptr %34, align 8, !tbaa !21
  br label %35

35:                                               ; preds = %30, %25
  %36 = load i32, ptr %11, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %38

38:                                               ; preds = %35
  %39 = load ptr, ptr %5, align 8, !tbaa !9
  %40 = call i32 @accept(ptr noundef %39, i8 noundef signext 44) #6
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %25, label %42, !llvm.loop !36

42:                                               ; preds = %38
  %43 = load ptr, ptr %5, align 8, !tbaa !9
  %44 = call i32 @accept(ptr noundef %43, i8 noundef signext 41) #6
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %49, label %46

46:                                               ; preds = %42
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw %struct.eval_ctx, ptr %47, i32 0, i32 1
  store i32 1, ptr %48, align 8, !tbaa !17
  store i64 0, ptr %4, align 8
  store i32 1, ptr %13, align 4
  br label %65

49:                                               ; preds = %42
  br label %50

50:                                               ; preds = %49, %3
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = icmp eq i32 %51, 6
  br i1 %52, label %57, label %53

53:                                               ; preds = %50
  %54 = load i32, ptr %11, align 4, !tbaa !5
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = icmp ne i32 %54, %55
  br i1 %56, label %57, label %60

57:                                               ; preds = %53, %50
  %58 = load ptr, ptr %5, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.eval_ctx, ptr %58, i32 0, i32 1
  store i32 1, ptr %59, align 8, !tbaa !17
  store i64 0, ptr %4, align 8
  store i32 1, ptr %13, align 4
  br label %65

60:                                               ; preds = %53
  %61 = load ptr, ptr %5, align 8, !tbaa !9
  %62 = load i32, ptr %9, align 4, !tbaa !5
  %63 = getelementptr inbounds [4 x i64], ptr %10, i64 0, i64 0
  %64 = call i64 @apply_function(ptr noundef %61, i32 noundef %62, ptr noundef %63) #6
  store i64 %64, ptr %4, align 8
  store i32 1, ptr %13, align 4
  br label %65

65:                                               ; preds = %60, %57, %46
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %66 = load i64, ptr %4, align 8
  ret i64 %66
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lookup_function(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !11
  store i64 %1, ptr %6, align 8, !tbaa !21
  store ptr %2, ptr %7, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !21
  br label %10

10:                                               ; preds = %42, %3
  %11 = load i64, ptr %8, align 8, !tbaa !21
  %12 = icmp ult i64 %11, 6
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %9, align 4
  br label %45

14:                                               ; preds = %10
  %15 = load i64, ptr %8, align 8, !tbaa !21
  %16 = getelementptr inbounds nuw [6 x %struct.anon], ptr @functions, i64 0, i64 %15
  %17 = getelementptr inbounds nuw %struct.anon, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 16, !tbaa !37
  %19 = call i64 @strlen(ptr noundef %18) #9
  %20 = load i64, ptr %6, align 8, !tbaa !21
  %21 = icmp eq i64 %19, %20
  br i1 %21, label %22, label %41

22:                                               ; preds = %14
  %23 = load i64, ptr %8, align 8, !tbaa !21
  %24 = getelementptr inbounds nuw [6 x %struct.anon], ptr @functions, i64 0, i64 %23
  %25 = getelementptr inbounds nuw %struct.anon, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %25, align 16, !tbaa !37
  %27 = load ptr, ptr %5, align 8, !tbaa !11
  %28 = load i64, ptr %6, align 8, !tbaa !21
  %29 = call i32 @strncmp(ptr noundef %26, ptr noundef %27, i64 noundef %28) #9
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %41

31:                                               ; preds = %22
  %32 = load i64, ptr %8, align 8, !tbaa !21
  %33 = getelementptr inbounds nuw [6 x %struct.anon], ptr @functions, i64 0, i64 %32
  %34 = getelementptr inbounds nuw %struct.anon, ptr %33, i32 0, i32 2
  %35 = load i32, ptr %34, align 4, !tbaa !39
  %36 = load ptr, ptr %7, align 8, !tbaa !26
  store i32 %35, ptr %36, align 4, !tbaa !5
  %37 = load i64, ptr %8, align 8, !tbaa !21
  %38 = getelementptr inbounds nuw [6 x %struct.anon], ptr @functions, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.anon, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 8, !tbaa !40
  store i32 %40, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %45

41:                                               ; preds = %22, %14
  br label %42

42:                                               ; preds = %41
  %43 = load i64, ptr %8, align 8, !tbaa !21
  %44 = add i64 %43, 1
  store i64 %44, ptr %8, align 8, !tbaa !21
  br label %10, !llvm.loop !41

45:                                               ; preds = %31, %13
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %46 = load i32, ptr %9, align 4
  switch i32 %46, label %50 [
    i32 2, label %47
    i32 1, label %48
  ]

47:                                               ; preds = %45
  store i32 6, ptr %4, align 4
  br label %48

48:                                               ; preds = %47, %45
  %49 = load i32, ptr %4, align 4
  ret i32 %49

50:                                               ; preds = %45
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @apply_function(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !13
  %12 = load i32, ptr %6, align 4, !tbaa !5
  switch i32 %12, label %145 [
    i32 0, label %13
    i32 1, label %31
    i32 2, label %49
    i32 3, label %73
    i32 4, label %100
    i32 5, label %132
  ]

13:                                               ; preds = %3
  %14 = load ptr, ptr %7, align 8, !tbaa !13
  %15 = getelementptr inbounds i64, ptr %14, i64 0
  %16 = load i64, ptr %15, align 8, !tbaa !21
  %17 = load ptr, ptr %7, align 8, !tbaa !13
  %18 = getelementptr inbounds i64, ptr %17, i64 1
  %19 = load i64, ptr %18, align 8, !tbaa !21
  %20 = icmp slt i64 %16, %19
  br i1 %20, label %21, label %25

21:                                               ; preds = %13
  %22 = load ptr, ptr %7, align 8, !tbaa !13
  %23 = getelementptr inbounds i64, ptr %22, i64 0
  %24 = load i64, ptr %23, align 8, !tbaa !21
  br label %29

25:                                               ; preds = %13
  %26 = load ptr, ptr %7, align 8, !tbaa !13
  %27 = getelementptr inbounds i64, ptr %26, i64 1
  %28 = load i64, ptr %27, align 8, !tbaa !21
  br label %29

29:                                               ; preds = %25, %21
  %30 = phi i64 [ %24, %21 ], [ %28, %25 ]
  store i64 %30, ptr %4, align 8
  br label %148

31:                                               ; preds = %3
  %32 = load ptr, ptr %7, align 8, !tbaa !13
  %33 = getelementptr inbounds i64, ptr %32, i64 0
  %34 = load i64, ptr %33, align 8, !tbaa !21
  %35 = load ptr, ptr %7, align 8, !tbaa !13
  %36 = getelementptr inbounds i64, ptr %35, i64 1
  %37 = load i64, ptr %36, align 8, !tbaa !21
  %38 = icmp sgt i64 %34, %37
  br i1 %38, label %39, label %43

39:                                               ; preds = %31
  %40 = load ptr, ptr %7, align 8, !tbaa !13
  %41 = getelementptr inbounds i64, ptr %40, i64 0
  %42 = load i64, ptr %41, align 8, !tbaa !21
  br label %47

43:                                               ; preds = %31
  %44 = load ptr, ptr %7, align 8, !tbaa !13
  %45 = getelementptr inbounds i64, ptr %44, i64 1
  %46 = load i64, ptr %45, align 8, !tbaa !21
  br label %47

47:                                               ; preds = %43, %39
  %48 = phi i64 [ %42, %39 ], [ %46, %43 ]
  store i64 %48, ptr %4, align 8
  br label %148

49:                                               ; preds = %3
  %50 = load ptr, ptr %7, align 8, !tbaa !13
  %51 = getelementptr inbounds i64, ptr %50, i64 0
  %52 = load i64, ptr %51, align 8, !tbaa !21
  %53 = icmp eq i64 %52, -9223372036854775808
  br i1 %53, label %54, label %57

54:                                               ; preds = %49
  %55 = load ptr, ptr %5, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.eval_ctx, ptr %55, i32 0, i32 1
  store i32 3, ptr %56, align 8, !tbaa !17
  store i64 0, ptr %4, align 8
  br label %148

57:                                               ; preds = %49
  %58 = load ptr, ptr %7, align 8, !tbaa !13
  %59 = getelementptr inbounds i64, ptr %58, i64 0
  %60 = load i64, ptr %59, align 8, !tbaa !21
  %61 = icmp slt i64 %60, 0
  br i1 %61, label %62, label %67

62:                                               ; preds = %57
  %63 = load ptr, ptr %7, align 8, !tbaa !13
  %64 = getelementptr inbounds i64, ptr %63, i64 0
  %65 = load i64, ptr %64, align 8, !tbaa !21
  %66 = sub nsw i64 0, %65
  br label %71

67:                                               ; preds = %57
  %68 = load ptr, ptr %7, align 8, !tbaa !13
  %69 = getelementptr inbounds i64, ptr %68, i64 0
  %70 = load i64, ptr %69, align 8, !tbaa !21
  br label %71

71:                                               ; preds = %67, %62
  %72 = phi i64 [ %66, %62 ], [ %70, %67 ]
  store i64 %72, ptr %4, align 8
  br label %148

73:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %74 = load ptr, ptr %7, align 8, !tbaa !13
  %75 = getelementptr inbounds i64, ptr %74, i64 0
  %76 = load i64, ptr %75, align 8, !tbaa !21
  %77 = call i64 @magnitude(i64 noundef %76) #6
  store i64 %77, ptr %8, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %78 = load ptr, ptr %7, align 8, !tbaa !13
  %79 = getelementptr inbounds i64, ptr %78, i64 1
  %80 = load i64, ptr %79, align 8, !tbaa !21
  %81 = call i64 @magnitude(i64 noundef %80) #6
  store i64 %81, ptr %9, align 8, !tbaa !21
  br label %82

82:                                               ; preds = %85, %73
  %83 = load i64, ptr %9, align 8, !tbaa !21
  %84 = icmp ne i64 %83, 0
  br i1 %84, label %85, label %91

85:                                               ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %86 = load i64, ptr %8, align 8, !tbaa !21
  %87 = load i64, ptr %9, align 8, !tbaa !21
  %88 = urem i64 %86, %87
  store i64 %88, ptr %10, align 8, !tbaa !21
  %89 = load i64, ptr %9, align 8, !tbaa !21
  store i64 %89, ptr %8, align 8, !tbaa !21
  %90 = load i64, ptr %10, align 8, !tbaa !21
  store i64 %90, ptr %9, align 8, !tbaa !21
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %82, !llvm.loop !42

91:                                               ; preds = %82
  %92 = load i64, ptr %8, align 8, !tbaa !21
  %93 = icmp ugt i64 %92, 9223372036854775807
  br i1 %93, label %94, label %97

94:                                               ; preds = %91
  %95 = load ptr, ptr %5, align 8, !tbaa !9
  %96 = getelementptr inbounds nuw %struct.eval_ctx, ptr %95, i32 0, i32 1
  store i32 3, ptr %96, align 8, !tbaa !17
  store i64 0, ptr %4, align 8
  store i32 1, ptr %11, align 4
  br label %99

97:                                               ; preds = %91
  %98 = load i64, ptr %8, align 8, !tbaa !21
  store i64 %98, ptr %4, align 8
  store i32 1, ptr %11, align 4
  br label %99

99:                                               ; preds = %97, %94
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %148

100:                                              ; preds = %3
  %101 = load ptr, ptr %7, align 8, !tbaa !13
  %102 = getelementptr inbounds i64, ptr %101, i64 0
  %103 = load i64, ptr %102, align 8, !tbaa !21
  %104 = load ptr, ptr %7, align 8, !tbaa !13
  %105 = getelementptr inbounds i64, ptr %104, i64 1
  %106 = load i64, ptr %105, align 8, !tbaa !21
  %107 = icmp slt i64 %103, %106
  br i1 %107, label %108, label %112

108:                                              ; preds = %100
  %109 = load ptr, ptr %7, align 8, !tbaa !13
  %110 = getelementptr inbounds i64, ptr %109, i64 1
  %111 = load i64, ptr %110, align 8, !tbaa !21
  br label %130

112:                                              ; preds = %100
  %113 = load ptr, ptr %7, align 8, !tbaa !13
  %114 = getelementptr inbounds i64, ptr %113, i64 0
  %115 = load i64, ptr %114, align 8, !tbaa !21
  %116 = load ptr, ptr %7, align 8, !tbaa !13
  %117 = getelementptr inbounds i64, ptr %116, i64 2
  %118 = load i64, ptr %117, align 8, !tbaa !21
  %119 = icmp sgt i64 %115, %118
  br i1 %119, label %120, label %124

120:                                              ; preds = %112
  %121 = load ptr, ptr %7, align 8, !tbaa !13
  %122 = getelementptr inbounds i64, ptr %121, i64 2
  %123 = load i64, ptr %122, align 8, !tbaa !21
  br label %128

124:                                              ; preds = %112
  %125 = load ptr, ptr %7, align 8, !tbaa !13
  %126 = getelementptr inbounds i64, ptr %125, i64 0
  %127 = load i64, ptr %126, align 8, !tbaa !21
  br label %128

128:                                              ; preds = %124, %120
  %129 = phi i64 [ %123, %120 ], [ %127, %124 ]
  br label %130

130:                                              ; preds = %128, %108
  %131 = phi i64 [ %111, %108 ], [ %129, %128 ]
  store i64 %131, ptr %4, align 8
  br label %148

132:                                              ; preds = %3
  %133 = load ptr, ptr %7, align 8, !tbaa !13
  %134 = getelementptr inbounds i64, ptr %133, i64 0
  %135 = load i64, ptr %134, align 8, !tbaa !21
  %136 = icmp sgt i64 %135, 0
  %137 = zext i1 %136 to i32
  %138 = load ptr, ptr %7, align 8, !tbaa !13
  %139 = getelementptr inbounds i64, ptr %138, i64 0
  %140 = load i64, ptr %139, align 8, !tbaa !21
  %141 = icmp slt i64 %140, 0
  %142 = zext i1 %141 to i32
  %143 = sub nsw i32 %137, %142
  %144 = sext i32 %143 to i64
  store i64 %144, ptr %4, align 8
  br label %148

145:                                              ; preds = %3
  %146 = load ptr, ptr %5, align 8, !tbaa !9
  %147 = getelementptr inbounds nuw %struct.eval_ctx, ptr %146, i32 0, i32 1
  store i32 1, ptr %147, align 8, !tbaa !17
  store i64 0, ptr %4, align 8
  br label %148

148:                                              ; preds = %145, %132, %130, %99, %71, %54, %47, %29
  %149 = load i64, ptr %4, align 8
  ret i64 %149
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @magnitude(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !21
  %3 = load i64, ptr %2, align 8, !tbaa !21
  %4 = icmp slt i64 %3, 0
  br i1 %4, label %5, label %8

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8, !tbaa !21
  %7 = sub i64 0, %6
  br label %10

8:                                                ; preds = %1
  %9 = load i64, ptr %2, align 8, !tbaa !21
  br label %10

10:                                               ; preds = %8, %5
  %11 = phi i64 [ %7, %5 ], [ %9, %8 ]
  ret i64 %11
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize optsize }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !10, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 long", !10, i64 0}
!15 = !{!16, !12, i64 0}
!16 = !{!"", !12, i64 0, !6, i64 8, !7, i64 16}
!17 = !{!16, !6, i64 8}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = !{!22, !22, i64 0}
!22 = !{!"long", !7, i64 0}
!23 = distinct !{!23, !20}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
!26 = !{!27, !27, i64 0}
!27 = !{!"p1 int", !10, i64 0}
!28 = distinct !{!28, !20}
!29 = !{!30, !30, i64 0}
!30 = !{!"p1 short", !10, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"short", !7, i64 0}
!33 = distinct !{!33, !20}
!34 = distinct !{!34, !20}
!35 = distinct !{!35, !20}
!36 = distinct !{!36, !20}
!37 = !{!38, !12, i64 0}
!38 = !{!"", !12, i64 0, !6, i64 8, !6, i64 12}
!39 = !{!38, !6, i64 12}
!40 = !{!38, !6, i64 8}
!41 = distinct !{!41, !20}
!42 = distinct !{!42, !20}
