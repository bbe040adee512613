; ModuleID = 'fixed_point_format.c'
source_filename = "fixed_point_format.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.1 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"%s%llu\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"%s%llu.%0*llu\00", align 1
@main.inputs = internal global [10 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13], align 16
@.str.4 = private unnamed_addr constant [8 x i8] c"3.14159\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"-2.5\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"0.0001\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"1000\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"-0.75\00", align 1
@.str.9 = private unnamed_addr constant [7 x i8] c"12.125\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"7.\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c".5\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"1.2.3\00", align 1
@.str.14 = private unnamed_addr constant [21 x i8] c"parse %-8s -> error\0A\00", align 1
@.str.15 = private unnamed_addr constant [27 x i8] c"parse %-8s -> raw=%08x %s\0A\00", align 1
@.str.16 = private unnamed_addr constant [31 x i8] c"%s,%s: sum=%s prod=%s quot=%s\0A\00", align 1
@.str.17 = private unnamed_addr constant [13 x i8] c"sqrt(%d)=%s\0A\00", align 1
@.str.18 = private unnamed_addr constant [30 x i8] c"oscillator pos=%s check=%08x\0A\00", align 1
@.str.19 = private unnamed_addr constant [22 x i8] c"saturated=%s div0=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fix_add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = add nsw i64 %6, %8
  %10 = call i32 @saturate(i64 noundef %9) #5
  ret i32 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @saturate(i64 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  %4 = load i64, ptr %3, align 8, !tbaa !9
  %5 = icmp sgt i64 %4, 2147483647
  br i1 %5, label %6, label %7

6:                                                ; preds = %1
  store i32 2147483647, ptr %2, align 4
  br label %14

7:                                                ; preds = %1
  %8 = load i64, ptr %3, align 8, !tbaa !9
  %9 = icmp slt i64 %8, -2147483648
  br i1 %9, label %10, label %11

10:                                               ; preds = %7
  store i32 -2147483648, ptr %2, align 4
  br label %14

11:                                               ; preds = %7
  %12 = load i64, ptr %3, align 8, !tbaa !9
  %13 = trunc i64 %12 to i32
  store i32 %13, ptr %2, align 4
  br label %14

14:                                               ; preds = %11, %10, %6
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fix_sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = sub nsw i64 %6, %8
  %10 = call i32 @saturate(i64 noundef %9) #5
  ret i32 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fix_mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = sext i32 %6 to i64
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = mul nsw i64 %7, %9
  store i64 %10, ptr %5, align 8, !tbaa !9
  %11 = load i64, ptr %5, align 8, !tbaa !9
  %12 = icmp sge i64 %11, 0
  br i1 %12, label %13, label %16

13:                                               ; preds = %2
  %14 = load i64, ptr %5, align 8, !tbaa !9
  %15 = add nsw i64 %14, 32768
  store i64 %15, ptr %5, align 8, !tbaa !9
  br label %19

16:                                               ; preds = %2
  %17 = load i64, ptr %5, align 8, !tbaa !9
  %18 = sub nsw i64 %17, 32768
  store i64 %18, ptr %5, align 8, !tbaa !9
  br label %19

19:                                               ; preds = %16, %13
  %20 = load i64, ptr %5, align 8, !tbaa !9
  %21 = sdiv i64 %20, 65536
  %22 = call i32 @saturate(i64 noundef %21) #5
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %22
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fix_div(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %14

9:                                                ; preds = %2
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp sge i32 %10, 0
  %12 = zext i1 %11 to i64
  %13 = select i1 %11, i32 2147483647, i32 -2147483648
  store i32 %13, ptr %3, align 4
  br label %23

14:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = mul nsw i64 %16, 65536
  store i64 %17, ptr %6, align 8, !tbaa !9
  %18 = load i64, ptr %6, align 8, !tbaa !9
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = sdiv i64 %18, %20
  %22 = call i32 @saturate(i64 noundef %21) #5
  store i32 %22, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %23

23:                                               ; preds = %14, %9
  %24 = load i32, ptr %3, align 4
  ret i32 %24
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fix_format(i32 noundef %0, i32 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !5
  store ptr %2, ptr %8, align 8, !tbaa !11
  store i64 %3, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 0
  br i1 %19, label %20, label %24

20:                                               ; preds = %4
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = sub nsw i64 0, %22
  br label %27

24:                                               ; preds = %4
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  br label %27

27:                                               ; preds = %24, %20
  %28 = phi i64 [ %23, %20 ], [ %26, %24 ]
  store i64 %28, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 1, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %37, %27
  %30 = load i32, ptr %12, align 4, !tbaa !5
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = icmp slt i32 %30, %31
  br i1 %32, label %34, label %33

33:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %40

34:                                               ; preds = %29
  %35 = load i64, ptr %11, align 8, !tbaa !9
  %36 = mul i64 %35, 10
  store i64 %36, ptr %11, align 8, !tbaa !9
  br label %37

37:                                               ; preds = %34
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %12, align 4, !tbaa !5
  br label %29, !llvm.loop !14

40:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %41 = load i64, ptr %10, align 8, !tbaa !9
  %42 = load i64, ptr %11, align 8, !tbaa !9
  %43 = mul i64 %41, %42
  %44 = add i64 %43, 32768
  %45 = lshr i64 %44, 16
  store i64 %45, ptr %13, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %46 = load i64, ptr %13, align 8, !tbaa !9
  %47 = load i64, ptr %11, align 8, !tbaa !9
  %48 = udiv i64 %46, %47
  store i64 %48, ptr %14, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %49 = load i64, ptr %13, align 8, !tbaa !9
  %50 = load i64, ptr %11, align 8, !tbaa !9
  %51 = urem i64 %49, %50
  store i64 %51, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = icmp slt i32 %52, 0
  br i1 %53, label %54, label %57

54:                                               ; preds = %40
  %55 = load i64, ptr %13, align 8, !tbaa !9
  %56 = icmp ne i64 %55, 0
  br label %57

57:                                               ; preds = %54, %40
  %58 = phi i1 [ false, %40 ], [ %56, %54 ]
  %59 = zext i1 %58 to i64
  %60 = select i1 %58, ptr @.str, ptr @.str.1
  store ptr %60, ptr %16, align 8, !tbaa !11
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %63, label %69

63:                                               ; preds = %57
  %64 = load ptr, ptr %8, align 8, !tbaa !11
  %65 = load i64, ptr %9, align 8, !tbaa !9
  %66 = load ptr, ptr %16, align 8, !tbaa !11
  %67 = load i64, ptr %14, align 8, !tbaa !9
  %68 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %64, i64 noundef %65, ptr noundef @.str.2, ptr noundef %66, i64 noundef %67) #7
  store i32 %68, ptr %5, align 4
  store i32 1, ptr %17, align 4
  br label %77

69:                                               ; preds = %57
  %70 = load ptr, ptr %8, align 8, !tbaa !11
  %71 = load i64, ptr %9, align 8, !tbaa !9
  %72 = load ptr, ptr %16, align 8, !tbaa !11
  %73 = load i64, ptr %14, align 8, !tbaa !9
  %74 = load i32, ptr %7, align 4, !tbaa !5
  %75 = load i64, ptr %15, align 8, !tbaa !9
  %76 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %70, i64 noundef %71, ptr noundef @.str.3, ptr noundef %72, i64 noundef %73, i32 noundef %74, i64 noundef %75) #7
  store i32 %76, ptr %5, align 4
  store i32 1, ptr %17, align 4
  br label %77

77:                                               ; preds = %69, %63
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %78 = load i32, ptr %5, align 4
  ret i32 %78
}

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fix_parse(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 1, ptr %9, align 8, !tbaa !9
  br label %13

13:                                               ; preds = %25, %2
  %14 = call ptr @__ctype_b_loc() #8
  %15 = load ptr, ptr %14, align 8, !tbaa !18
  %16 = load ptr, ptr %4, align 8, !tbaa !11
  %17 = load i8, ptr %16, align 1, !tbaa !20
  %18 = zext i8 %17 to i32
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i16, ptr %15, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !21
  %22 = zext i16 %21 to i32
  %23 = and i32 %22, 8192
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %28

25:                                               ; preds = %13
  %26 = load ptr, ptr %4, align 8, !tbaa !11
  %27 = getelementptr inbounds nuw i8, ptr %26, i32 1
  store ptr %27, ptr %4, align 8, !tbaa !11
  br label %13, !llvm.loop !23

28:                                               ; preds = %13
  %29 = load ptr, ptr %4, align 8, !tbaa !11
  %30 = load i8, ptr %29, align 1, !tbaa !20
  %31 = sext i8 %30 to i32
  %32 = icmp eq i32 %31, 45
  br i1 %32, label %38, label %33

33:                                               ; preds = %28
  %34 = load ptr, ptr %4, align 8, !tbaa !11
  %35 = load i8, ptr %34, align 1, !tbaa !20
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 43
  br i1 %37, label %38, label %46

38:                                               ; preds = %33, %28
  %39 = load ptr, ptr %4, align 8, !tbaa !11
  %40 = load i8, ptr %39, align 1, !tbaa !20
  %41 = sext i8 %40 to i32
  %42 = icmp eq i32 %41, 45
  %43 = zext i1 %42 to i32
  store i32 %43, ptr %6, align 4, !tbaa !5
  %44 = load ptr, ptr %4, align 8, !tbaa !11
  %45 = getelementptr inbounds nuw i8, ptr %44, i32 1
  store ptr %45, ptr %4, align 8, !tbaa !11
  br label %46

46:                                               ; preds = %38, %33
  %47 = call ptr @__ctype_b_loc() #8
  %48 = load ptr, ptr %47, align 8, !tbaa !18
  %49 = load ptr, ptr %4, align 8, !tbaa !11
  %50 = load i8, ptr %49, align 1, !tbaa !20
  %51 = zext i8 %50 to i32
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds i16, ptr %48, i64 %52
  %54 = load i16, ptr %53, align 2, !tbaa !21
  %55 = zext i16 %54 to i32
  %56 = and i32 %55, 2048
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %64, label %58

58:                                               ; preds = %46
  %59 = load ptr, ptr %4, align 8, !tbaa !11
  %60 = load i8, ptr %59, align 1, !tbaa !20
  %61 = sext i8 %60 to i32
  %62 = icmp ne i32 %61, 46
  br i1 %62, label %63, label %64

63:                                               ; preds = %58
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %158

64:                                               ; preds = %58, %46
  br label %65

65:                                               ; preds = %90, %64
  %66 = call ptr @__ctype_b_loc() #8
  %67 = load ptr, ptr %66, align 8, !tbaa !18
  %68 = load ptr, ptr %4, align 8, !tbaa !11
  %69 = load i8, ptr %68, align 1, !tbaa !20
  %70 = zext i8 %69 to i32
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i16, ptr %67, i64 %71
  %73 = load i16, ptr %72, align 2, !tbaa !21
  %74 = zext i16 %73 to i32
  %75 = and i32 %74, 2048
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %91

77:                                               ; preds = %65
  %78 = load i64, ptr %7, align 8, !tbaa !9
  %79 = mul i64 %78, 10
  %80 = load ptr, ptr %4, align 8, !tbaa !11
  %81 = getelementptr inbounds nuw i8, ptr %80, i32 1
  store ptr %81, ptr %4, align 8, !tbaa !11
  %82 = load i8, ptr %80, align 1, !tbaa !20
  %83 = sext i8 %82 to i32
  %84 = sub nsw i32 %83, 48
  %85 = sext i32 %84 to i64
  %86 = add i64 %79, %85
  store i64 %86, ptr %7, align 8, !tbaa !9
  %87 = load i64, ptr %7, align 8, !tbaa !9
  %88 = icmp ugt i64 %87, 40000
  br i1 %88, label %89, label %90

89:                                               ; preds = %77
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %158

90:                                               ; preds = %77
  br label %65, !llvm.loop !24

91:                                               ; preds = %65
  %92 = load ptr, ptr %4, align 8, !tbaa !11
  %93 = load i8, ptr %92, align 1, !tbaa !20
  %94 = sext i8 %93 to i32
  %95 = icmp eq i32 %94, 46
  br i1 %95, label %96, label %129

96:                                               ; preds = %91
  %97 = load ptr, ptr %4, align 8, !tbaa !11
  %98 = getelementptr inbounds nuw i8, ptr %97, i32 1
  store ptr %98, ptr %4, align 8, !tbaa !11
  br label %99

99:                                               ; preds = %125, %96
  %100 = call ptr @__ctype_b_loc() #8
  %101 = load ptr, ptr %100, align 8, !tbaa !18
  %102 = load ptr, ptr %4, align 8, !tbaa !11
  %103 = load i8, ptr %102, align 1, !tbaa !20
  %104 = zext i8 %103 to i32
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds i16, ptr %101, i64 %105
  %107 = load i16, ptr %106, align 2, !tbaa !21
  %108 = zext i16 %107 to i32
  %109 = and i32 %108, 2048
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %111, label %128

111:                                              ; preds = %99
  %112 = load i64, ptr %9, align 8, !tbaa !9
  %113 = icmp ult i64 %112, 100000000
  br i1 %113, label %114, label %125

114:                                              ; preds = %111
  %115 = load i64, ptr %8, align 8, !tbaa !9
  %116 = mul i64 %115, 10
  %117 = load ptr, ptr %4, align 8, !tbaa !11
  %118 = load i8, ptr %117, align 1, !tbaa !20
  %119 = sext i8 %118 to i32
  %120 = sub nsw i32 %119, 48
  %121 = sext i32 %120 to i64
  %122 = add i64 %116, %121
  store i64 %122, ptr %8, align 8, !tbaa !9
  %123 = load i64, ptr %9, align 8, !tbaa !9
  %124 = mul i64 %123, 10
  store i64 %124, ptr %9, align 8, !tbaa !9
  br label %125

125:                                              ; preds = %114, %111
  %126 = load ptr, ptr %4, align 8, !tbaa !11
  %127 = getelementptr inbounds nuw i8, ptr %126, i32 1
  store ptr %127, ptr %4, align 8, !tbaa !11
  br label %99, !llvm.loop !25

128:                                              ; preds = %99
  br label %129

129:                                              ; preds = %128, %91
  %130 = load ptr, ptr %4, align 8, !tbaa !11
  %131 = load i8, ptr %130, align 1, !tbaa !20
  %132 = sext i8 %131 to i32
  %133 = icmp ne i32 %132, 0
  br i1 %133, label %134, label %135

134:                                              ; preds = %129
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %158

135:                                              ; preds = %129
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %136 = load i64, ptr %7, align 8, !tbaa !9
  %137 = shl i64 %136, 16
  %138 = load i64, ptr %8, align 8, !tbaa !9
  %139 = shl i64 %138, 16
  %140 = load i64, ptr %9, align 8, !tbaa !9
  %141 = udiv i64 %140, 2
  %142 = add i64 %139, %141
  %143 = load i64, ptr %9, align 8, !tbaa !9
  %144 = udiv i64 %142, %143
  %145 = add i64 %137, %144
  store i64 %145, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %146 = load i32, ptr %6, align 4, !tbaa !5
  %147 = icmp ne i32 %146, 0
  br i1 %147, label %148, label %151

148:                                              ; preds = %135
  %149 = load i64, ptr %11, align 8, !tbaa !9
  %150 = sub nsw i64 0, %149
  br label %153

151:                                              ; preds = %135
  %152 = load i64, ptr %11, align 8, !tbaa !9
  br label %153

153:                                              ; preds = %151, %148
  %154 = phi i64 [ %150, %148 ], [ %152, %151 ]
  store i64 %154, ptr %12, align 8, !tbaa !9
  %155 = load i64, ptr %12, align 8, !tbaa !9
  %156 = call i32 @saturate(i64 noundef %155) #5
  %157 = load ptr, ptr %5, align 8, !tbaa !16
  store i32 %156, ptr %157, align 4, !tbaa !5
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %158

158:                                              ; preds = %153, %134, %89, %63
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %159 = load i32, ptr %3, align 4
  ret i32 %159
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca [64 x i8], align 16
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [32 x i8], align 16
  %10 = alloca [32 x i8], align 16
  %11 = alloca [32 x i8], align 16
  %12 = alloca [32 x i8], align 16
  %13 = alloca [32 x i8], align 16
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !9
  br label %25

25:                                               ; preds = %58, %0
  %26 = load i64, ptr %5, align 8, !tbaa !9
  %27 = icmp ult i64 %26, 10
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %61

29:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %30 = load i64, ptr %5, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw [10 x ptr], ptr @main.inputs, i64 0, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !11
  %33 = call i32 @fix_parse(ptr noundef %32, ptr noundef %7) #5
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %35, label %40

35:                                               ; preds = %29
  %36 = load i64, ptr %5, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw [10 x ptr], ptr @main.inputs, i64 0, i64 %36
  %38 = load ptr, ptr %37, align 8, !tbaa !11
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, ptr noundef %38) #5
  store i32 4, ptr %6, align 4
  br label %55

40:                                               ; preds = %29
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %3, align 4, !tbaa !5
  %44 = sext i32 %42 to i64
  %45 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %44
  store i32 %41, ptr %45, align 4, !tbaa !5
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %48 = call i32 @fix_format(i32 noundef %46, i32 noundef 4, ptr noundef %47, i64 noundef 64) #5
  %49 = load i64, ptr %5, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw [10 x ptr], ptr @main.inputs, i64 0, i64 %49
  %51 = load ptr, ptr %50, align 8, !tbaa !11
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %51, i32 noundef %52, ptr noundef %53) #5
  store i32 0, ptr %6, align 4
  br label %55

55:                                               ; preds = %40, %35
  call void @llvm.lifetime.end.p0(ptr %7) #6
  %56 = load i32, ptr %6, align 4
  switch i32 %56, label %200 [
    i32 0, label %57
    i32 4, label %58
  ]

57:                                               ; preds = %55
  br label %58

58:                                               ; preds = %57, %55
  %59 = load i64, ptr %5, align 8, !tbaa !9
  %60 = add i64 %59, 1
  store i64 %60, ptr %5, align 8, !tbaa !9
  br label %25, !llvm.loop !26

61:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %124, %61
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  %65 = load i32, ptr %3, align 4, !tbaa !5
  %66 = icmp slt i32 %64, %65
  br i1 %66, label %68, label %67

67:                                               ; preds = %62
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %127

68:                                               ; preds = %62
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  call void @llvm.lifetime.start.p0(ptr %12) #6
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4, !tbaa !5
  %73 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  %74 = call i32 @fix_format(i32 noundef %72, i32 noundef 3, ptr noundef %73, i64 noundef 32) #5
  %75 = load i32, ptr %8, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = getelementptr inbounds [32 x i8], ptr %10, i64 0, i64 0
  %81 = call i32 @fix_format(i32 noundef %79, i32 noundef 3, ptr noundef %80, i64 noundef 32) #5
  %82 = load i32, ptr %8, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = load i32, ptr %8, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !5
  %91 = call i32 @fix_add(i32 noundef %85, i32 noundef %90) #5
  %92 = getelementptr inbounds [32 x i8], ptr %11, i64 0, i64 0
  %93 = call i32 @fix_format(i32 noundef %91, i32 noundef 3, ptr noundef %92, i64 noundef 32) #5
  %94 = load i32, ptr %8, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !5
  %98 = load i32, ptr %8, align 4, !tbaa !5
  %99 = add nsw i32 %98, 1
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4, !tbaa !5
  %103 = call i32 @fix_mul(i32 noundef %97, i32 noundef %102) #5
  %104 = getelementptr inbounds [32 x i8], ptr %12, i64 0, i64 0
  %105 = call i32 @fix_format(i32 noundef %103, i32 noundef 3, ptr noundef %104, i64 noundef 32) #5
  %106 = load i32, ptr %8, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !5
  %110 = load i32, ptr %8, align 4, !tbaa !5
  %111 = add nsw i32 %110, 1
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [16 x i32], ptr %2, i64 0, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !5
  %115 = call i32 @fix_div(i32 noundef %109, i32 noundef %114) #5
  %116 = getelementptr inbounds [32 x i8], ptr %13, i64 0, i64 0
  %117 = call i32 @fix_format(i32 noundef %115, i32 noundef 3, ptr noundef %116, i64 noundef 32) #5
  %118 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  %119 = getelementptr inbounds [32 x i8], ptr %10, i64 0, i64 0
  %120 = getelementptr inbounds [32 x i8], ptr %11, i64 0, i64 0
  %121 = getelementptr inbounds [32 x i8], ptr %12, i64 0, i64 0
  %122 = getelementptr inbounds [32 x i8], ptr %13, i64 0, i64 0
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, ptr noundef %118, ptr noundef %119, ptr noundef %120, ptr noundef %121, ptr noundef %122) #5
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %124

124:                                              ; preds = %68
  %125 = load i32, ptr %8, align 4, !tbaa !5
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %8, align 4, !tbaa !5
  br label %62, !llvm.loop !27

127:                                              ; preds = %67
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i32 1, ptr %14, align 4, !tbaa !5
  br label %128

128:                                              ; preds = %148, %127
  %129 = load i32, ptr %14, align 4, !tbaa !5
  %130 = icmp sle i32 %129, 5
  br i1 %130, label %132, label %131

131:                                              ; preds = %128
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %151

132:                                              ; preds = %128
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %133 = load i32, ptr %14, align 4, !tbaa !5
  %134 = load i32, ptr %14, align 4, !tbaa !5
  %135 = mul nsw i32 %133, %134
  %136 = add nsw i32 %135, 1
  %137 = call i32 @fix_from_int(i32 noundef %136) #5
  %138 = call i32 @fix_sqrt(i32 noundef %137) #5
  store i32 %138, ptr %15, align 4, !tbaa !5
  %139 = load i32, ptr %15, align 4, !tbaa !5
  %140 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %141 = call i32 @fix_format(i32 noundef %139, i32 noundef 5, ptr noundef %140, i64 noundef 64) #5
  %142 = load i32, ptr %14, align 4, !tbaa !5
  %143 = load i32, ptr %14, align 4, !tbaa !5
  %144 = mul nsw i32 %142, %143
  %145 = add nsw i32 %144, 1
  %146 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, i32 noundef %145, ptr noundef %146) #5
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %148

148:                                              ; preds = %132
  %149 = load i32, ptr %14, align 4, !tbaa !5
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %14, align 4, !tbaa !5
  br label %128, !llvm.loop !28

151:                                              ; preds = %131
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %152 = call i32 @fix_from_int(i32 noundef 10) #5
  store i32 %152, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #6
  store i32 16384, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #6
  store i32 64512, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #6
  store i32 8192, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %21) #6
  store i32 0, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %22) #6
  store i32 0, ptr %22, align 4, !tbaa !5
  br label %153

153:                                              ; preds = %178, %151
  %154 = load i32, ptr %22, align 4, !tbaa !5
  %155 = icmp slt i32 %154, 2000
  br i1 %155, label %157, label %156

156:                                              ; preds = %153
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #6
  br label %181

157:                                              ; preds = %153
  call void @llvm.lifetime.start.p0(ptr %23) #6
  %158 = load i32, ptr %18, align 4, !tbaa !5
  %159 = sub nsw i32 0, %158
  %160 = load i32, ptr %16, align 4, !tbaa !5
  %161 = call i32 @fix_mul(i32 noundef %159, i32 noundef %160) #5
  store i32 %161, ptr %23, align 4, !tbaa !5
  %162 = load i32, ptr %17, align 4, !tbaa !5
  %163 = load i32, ptr %23, align 4, !tbaa !5
  %164 = load i32, ptr %20, align 4, !tbaa !5
  %165 = call i32 @fix_mul(i32 noundef %163, i32 noundef %164) #5
  %166 = call i32 @fix_add(i32 noundef %162, i32 noundef %165) #5
  %167 = load i32, ptr %19, align 4, !tbaa !5
  %168 = call i32 @fix_mul(i32 noundef %166, i32 noundef %167) #5
  store i32 %168, ptr %17, align 4, !tbaa !5
  %169 = load i32, ptr %16, align 4, !tbaa !5
  %170 = load i32, ptr %17, align 4, !tbaa !5
  %171 = load i32, ptr %20, align 4, !tbaa !5
  %172 = call i32 @fix_mul(i32 noundef %170, i32 noundef %171) #5
  %173 = call i32 @fix_add(i32 noundef %169, i32 noundef %172) #5
  store i32 %173, ptr %16, align 4, !tbaa !5
  %174 = load i32, ptr %21, align 4, !tbaa !5
  %175 = mul i32 %174, -1640531535
  %176 = load i32, ptr %16, align 4, !tbaa !5
  %177 = add i32 %175, %176
  store i32 %177, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %23) #6
  br label %178

178:                                              ; preds = %157
  %179 = load i32, ptr %22, align 4, !tbaa !5
  %180 = add nsw i32 %179, 1
  store i32 %180, ptr %22, align 4, !tbaa !5
  br label %153, !llvm.loop !29

181:                                              ; preds = %156
  %182 = load i32, ptr %16, align 4, !tbaa !5
  %183 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %184 = call i32 @fix_format(i32 noundef %182, i32 noundef 6, ptr noundef %183, i64 noundef 64) #5
  %185 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %186 = load i32, ptr %21, align 4, !tbaa !5
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, ptr noundef %185, i32 noundef %186) #5
  call void @llvm.lifetime.start.p0(ptr %24) #6
  %188 = call i32 @fix_from_int(i32 noundef 30000) #5
  %189 = call i32 @fix_from_int(i32 noundef 3) #5
  %190 = call i32 @fix_mul(i32 noundef %188, i32 noundef %189) #5
  store i32 %190, ptr %24, align 4, !tbaa !5
  %191 = load i32, ptr %24, align 4, !tbaa !5
  %192 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %193 = call i32 @fix_format(i32 noundef %191, i32 noundef 2, ptr noundef %192, i64 noundef 64) #5
  %194 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %195 = call i32 @fix_div(i32 noundef 65536, i32 noundef 0) #5
  %196 = icmp eq i32 %195, 2147483647
  %197 = zext i1 %196 to i32
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.19, ptr noundef %194, i32 noundef %197) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %24) #6
  call void @llvm.lifetime.end.p0(ptr %21) #6
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %199 = load i32, ptr %1, align 4
  ret i32 %199

200:                                              ; preds = %55
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fix_sqrt(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp sle i32 %8, 0
  br i1 %9, label %10, label %11

10:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %47

11:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = shl i64 %13, 16
  store i64 %14, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %15 = load i64, ptr %4, align 8, !tbaa !9
  store i64 %15, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %26, %11
  %17 = load i64, ptr %5, align 8, !tbaa !9
  %18 = load i64, ptr %6, align 8, !tbaa !9
  %19 = icmp ne i64 %17, %18
  br i1 %19, label %20, label %24

20:                                               ; preds = %16
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %7, align 4, !tbaa !5
  %23 = icmp slt i32 %21, 64
  br label %24

24:                                               ; preds = %20, %16
  %25 = phi i1 [ false, %16 ], [ %23, %20 ]
  br i1 %25, label %26, label %34

26:                                               ; preds = %24
  %27 = load i64, ptr %5, align 8, !tbaa !9
  store i64 %27, ptr %6, align 8, !tbaa !9
  %28 = load i64, ptr %5, align 8, !tbaa !9
  %29 = load i64, ptr %4, align 8, !tbaa !9
  %30 = load i64, ptr %5, align 8, !tbaa !9
  %31 = udiv i64 %29, %30
  %32 = add i64 %28, %31
  %33 = udiv i64 %32, 2
  store i64 %33, ptr %5, align 8, !tbaa !9
  br label %16, !llvm.loop !30

34:                                               ; preds = %24
  br label %35

35:                                               ; preds = %41, %34
  %36 = load i64, ptr %5, align 8, !tbaa !9
  %37 = load i64, ptr %5, align 8, !tbaa !9
  %38 = mul i64 %36, %37
  %39 = load i64, ptr %4, align 8, !tbaa !9
  %40 = icmp ugt i64 %38, %39
  br i1 %40, label %41, label %44

41:                                               ; preds = %35
  %42 = load i64, ptr %5, align 8, !tbaa !9
  %43 = add i64 %42, -1
  store i64 %43, ptr %5, align 8, !tbaa !9
  br label %35, !llvm.loop !31

44:                                               ; preds = %35
  %45 = load i64, ptr %5, align 8, !tbaa !9
  %46 = trunc i64 %45 to i32
  store i32 %46, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %47

47:                                               ; preds = %44, %10
  %48 = load i32, ptr %2, align 4
  ret i32 %48
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fix_from_int(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = sext i32 %3 to i64
  %5 = mul nsw i64 %4, 65536
  %6 = trunc i64 %5 to i32
  ret i32 %6
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }

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
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 int", !13, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 short", !13, i64 0}
!20 = !{!7, !7, i64 0}
!21 = !{!22, !22, i64 0}
!22 = !{!"short", !7, i64 0}
!23 = distinct !{!23, !15}
!24 = distinct !{!24, !15}
!25 = distinct !{!25, !15}
!26 = distinct !{!26, !15}
!27 = distinct !{!27, !15}
!28 = distinct !{!28, !15}
!29 = distinct !{!29, !15}
!30 = distinct !{!30, !15}
!31 = distinct !{!31, !15}
