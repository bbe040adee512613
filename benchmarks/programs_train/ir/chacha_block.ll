; ModuleID = 'chacha_block.c'
source_filename = "chacha_block.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.chacha_ctx = type { [16 x i32] }

@chacha_setup.sigma = internal constant [17 x i8] c"expand 32-byte k\00", align 16
@.str = private unnamed_addr constant [36 x i8] c"quarter round: %08x %08x %08x %08x\0A\00", align 1
@__const.main.nonce = private unnamed_addr constant [12 x i8] c"\00\00\00\09\00\00\00J\00\00\00\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"block\00", align 1
@main.data = internal global [4133 x i8] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [27 x i8] c"counter after encrypt: %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [33 x i8] c"plain=%08x cipher=%08x zeros=%u\0A\00", align 1
@.str.4 = private unnamed_addr constant [12 x i8] c"decrypt %s\0A\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"matches\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"MISMATCH\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"%s:\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"\0A  \00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"%02x\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @chacha_setup(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !11
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %27, %4
  %13 = load i32, ptr %9, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 4
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %30

16:                                               ; preds = %12
  %17 = load i32, ptr %9, align 4, !tbaa !5
  %18 = mul nsw i32 4, %17
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i8, ptr @chacha_setup.sigma, i64 %19
  %21 = call i32 @le32(ptr noundef %20) #5
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %9, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [16 x i32], ptr %23, i64 0, i64 %25
  store i32 %21, ptr %26, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %16
  %28 = load i32, ptr %9, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %9, align 4, !tbaa !5
  br label %12, !llvm.loop !13

30:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %48, %30
  %32 = load i32, ptr %10, align 4, !tbaa !5
  %33 = icmp slt i32 %32, 8
  br i1 %33, label %35, label %34

34:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %51

35:                                               ; preds = %31
  %36 = load ptr, ptr %6, align 8, !tbaa !11
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = mul nsw i32 4, %37
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %36, i64 %39
  %41 = call i32 @le32(ptr noundef %40) #5
  %42 = load ptr, ptr %5, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %42, i32 0, i32 0
  %44 = load i32, ptr %10, align 4, !tbaa !5
  %45 = add nsw i32 4, %44
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [16 x i32], ptr %43, i64 0, i64 %46
  store i32 %41, ptr %47, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %35
  %49 = load i32, ptr %10, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %10, align 4, !tbaa !5
  br label %31, !llvm.loop !15

51:                                               ; preds = %34
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = load ptr, ptr %5, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %53, i32 0, i32 0
  %55 = getelementptr inbounds [16 x i32], ptr %54, i64 0, i64 12
  store i32 %52, ptr %55, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %73, %51
  %57 = load i32, ptr %11, align 4, !tbaa !5
  %58 = icmp slt i32 %57, 3
  br i1 %58, label %60, label %59

59:                                               ; preds = %56
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %76

60:                                               ; preds = %56
  %61 = load ptr, ptr %8, align 8, !tbaa !11
  %62 = load i32, ptr %11, align 4, !tbaa !5
  %63 = mul nsw i32 4, %62
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i8, ptr %61, i64 %64
  %66 = call i32 @le32(ptr noundef %65) #5
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  %68 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %67, i32 0, i32 0
  %69 = load i32, ptr %11, align 4, !tbaa !5
  %70 = add nsw i32 13, %69
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [16 x i32], ptr %68, i64 0, i64 %71
  store i32 %66, ptr %72, align 4, !tbaa !5
  br label %73

73:                                               ; preds = %60
  %74 = load i32, ptr %11, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %11, align 4, !tbaa !5
  br label %56, !llvm.loop !16

76:                                               ; preds = %59
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @le32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !11
  %3 = load ptr, ptr %2, align 8, !tbaa !11
  %4 = getelementptr inbounds i8, ptr %3, i64 0
  %5 = load i8, ptr %4, align 1, !tbaa !17
  %6 = zext i8 %5 to i32
  %7 = load ptr, ptr %2, align 8, !tbaa !11
  %8 = getelementptr inbounds i8, ptr %7, i64 1
  %9 = load i8, ptr %8, align 1, !tbaa !17
  %10 = zext i8 %9 to i32
  %11 = shl i32 %10, 8
  %12 = or i32 %6, %11
  %13 = load ptr, ptr %2, align 8, !tbaa !11
  %14 = getelementptr inbounds i8, ptr %13, i64 2
  %15 = load i8, ptr %14, align 1, !tbaa !17
  %16 = zext i8 %15 to i32
  %17 = shl i32 %16, 16
  %18 = or i32 %12, %17
  %19 = load ptr, ptr %2, align 8, !tbaa !11
  %20 = getelementptr inbounds i8, ptr %19, i64 3
  %21 = load i8, ptr %20, align 1, !tbaa !17
  %22 = zext i8 %21 to i32
  %23 = shl i32 %22, 24
  %24 = or i32 %18, %23
  ret i32 %24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @chacha_xor(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca [64 x i8], align 16
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  store i64 %2, ptr %6, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %7) #4
  br label %10

10:                                               ; preds = %48, %3
  %11 = load i64, ptr %6, align 8, !tbaa !18
  %12 = icmp ugt i64 %11, 0
  br i1 %12, label %13, label %55

13:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %14 = load i64, ptr %6, align 8, !tbaa !18
  %15 = icmp ult i64 %14, 64
  br i1 %15, label %16, label %18

16:                                               ; preds = %13
  %17 = load i64, ptr %6, align 8, !tbaa !18
  br label %19

18:                                               ; preds = %13
  br label %19

19:                                               ; preds = %18, %16
  %20 = phi i64 [ %17, %16 ], [ 64, %18 ]
  store i64 %20, ptr %8, align 8, !tbaa !18
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0
  call void @chacha_block(ptr noundef %21, ptr noundef %22) #5
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %23, i32 0, i32 0
  %25 = getelementptr inbounds [16 x i32], ptr %24, i64 0, i64 12
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = add i32 %26, 1
  store i32 %27, ptr %25, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i64 0, ptr %9, align 8, !tbaa !18
  br label %28

28:                                               ; preds = %45, %19
  %29 = load i64, ptr %9, align 8, !tbaa !18
  %30 = load i64, ptr %8, align 8, !tbaa !18
  %31 = icmp ult i64 %29, %30
  br i1 %31, label %33, label %32

32:                                               ; preds = %28
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %48

33:                                               ; preds = %28
  %34 = load i64, ptr %9, align 8, !tbaa !18
  %35 = getelementptr inbounds nuw [64 x i8], ptr %7, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !17
  %37 = zext i8 %36 to i32
  %38 = load ptr, ptr %5, align 8, !tbaa !11
  %39 = load i64, ptr %9, align 8, !tbaa !18
  %40 = getelementptr inbounds nuw i8, ptr %38, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !17
  %42 = zext i8 %41 to i32
  %43 = xor i32 %42, %37
  %44 = trunc i32 %43 to i8
  store i8 %44, ptr %40, align 1, !tbaa !17
  br label %45

45:                                               ; preds = %33
  %46 = load i64, ptr %9, align 8, !tbaa !18
  %47 = add i64 %46, 1
  store i64 %47, ptr %9, align 8, !tbaa !18
  br label %28, !llvm.loop !20

48:                                               ; preds = %32
  %49 = load i64, ptr %8, align 8, !tbaa !18
  %50 = load ptr, ptr %5, align 8, !tbaa !11
  %51 = getelementptr inbounds nuw i8, ptr %50, i64 %49
  store ptr %51, ptr %5, align 8, !tbaa !11
  %52 = load i64, ptr %8, align 8, !tbaa !18
  %53 = load i64, ptr %6, align 8, !tbaa !18
  %54 = sub i64 %53, %52
  store i64 %54, ptr %6, align 8, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %10, !llvm.loop !21

55:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @chacha_block(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [16 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %8 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %9, i32 0, i32 0
  %11 = getelementptr inbounds [16 x i32], ptr %10, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 4 %11, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %617, %2
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 10
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %620

16:                                               ; preds = %12
  br label %17

17:                                               ; preds = %16
  %18 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %19 = load i32, ptr %18, align 16, !tbaa !5
  %20 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %21 = load i32, ptr %20, align 16, !tbaa !5
  %22 = add i32 %21, %19
  store i32 %22, ptr %20, align 16, !tbaa !5
  %23 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %24 = load i32, ptr %23, align 16, !tbaa !5
  %25 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %26 = load i32, ptr %25, align 16, !tbaa !5
  %27 = xor i32 %26, %24
  store i32 %27, ptr %25, align 16, !tbaa !5
  %28 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %29 = load i32, ptr %28, align 16, !tbaa !5
  %30 = shl i32 %29, 16
  %31 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %32 = load i32, ptr %31, align 16, !tbaa !5
  %33 = lshr i32 %32, 16
  %34 = or i32 %30, %33
  %35 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  store i32 %34, ptr %35, align 16, !tbaa !5
  %36 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %37 = load i32, ptr %36, align 16, !tbaa !5
  %38 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %39 = load i32, ptr %38, align 16, !tbaa !5
  %40 = add i32 %39, %37
  store i32 %40, ptr %38, align 16, !tbaa !5
  %41 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %42 = load i32, ptr %41, align 16, !tbaa !5
  %43 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %44 = load i32, ptr %43, align 16, !tbaa !5
  %45 = xor i32 %44, %42
  store i32 %45, ptr %43, align 16, !tbaa !5
  %46 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %47 = load i32, ptr %46, align 16, !tbaa !5
  %48 = shl i32 %47, 12
  %49 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %50 = load i32, ptr %49, align 16, !tbaa !5
  %51 = lshr i32 %50, 20
  %52 = or i32 %48, %51
  %53 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  store i32 %52, ptr %53, align 16, !tbaa !5
  %54 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %55 = load i32, ptr %54, align 16, !tbaa !5
  %56 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %57 = load i32, ptr %56, align 16, !tbaa !5
  %58 = add i32 %57, %55
  store i32 %58, ptr %56, align 16, !tbaa !5
  %59 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %60 = load i32, ptr %59, align 16, !tbaa !5
  %61 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %62 = load i32, ptr %61, align 16, !tbaa !5
  %63 = xor i32 %62, %60
  store i32 %63, ptr %61, align 16, !tbaa !5
  %64 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %65 = load i32, ptr %64, align 16, !tbaa !5
  %66 = shl i32 %65, 8
  %67 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %68 = load i32, ptr %67, align 16, !tbaa !5
  %69 = lshr i32 %68, 24
  %70 = or i32 %66, %69
  %71 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  store i32 %70, ptr %71, align 16, !tbaa !5
  %72 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %73 = load i32, ptr %72, align 16, !tbaa !5
  %74 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %75 = load i32, ptr %74, align 16, !tbaa !5
  %76 = add i32 %75, %73
  store i32 %76, ptr %74, align 16, !tbaa !5
  %77 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %78 = load i32, ptr %77, align 16, !tbaa !5
  %79 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %80 = load i32, ptr %79, align 16, !tbaa !5
  %81 = xor i32 %80, %78
  store i32 %81, ptr %79, align 16, !tbaa !5
  %82 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %83 = load i32, ptr %82, align 16, !tbaa !5
  %84 = shl i32 %83, 7
  %85 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %86 = load i32, ptr %85, align 16, !tbaa !5
  %87 = lshr i32 %86, 25
  %88 = or i32 %84, %87
  %89 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  store i32 %88, ptr %89, align 16, !tbaa !5
  br label %90

90:                                               ; preds = %17
  br label %91

91:                                               ; preds = %90
  br label %92

92:                                               ; preds = %91
  %93 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = add i32 %96, %94
  store i32 %97, ptr %95, align 4, !tbaa !5
  %98 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %99 = load i32, ptr %98, align 4, !tbaa !5
  %100 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = xor i32 %101, %99
  store i32 %102, ptr %100, align 4, !tbaa !5
  %103 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %104 = load i32, ptr %103, align 4, !tbaa !5
  %105 = shl i32 %104, 16
  %106 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %107 = load i32, ptr %106, align 4, !tbaa !5
  %108 = lshr i32 %107, 16
  %109 = or i32 %105, %108
  %110 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  store i32 %109, ptr %110, align 4, !tbaa !5
  %111 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %114 = load i32, ptr %113, align 4, !tbaa !5
  %115 = add i32 %114, %112
  store i32 %115, ptr %113, align 4, !tbaa !5
  %116 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %117 = load i32, ptr %116, align 4, !tbaa !5
  %118 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %119 = load i32, ptr %118, align 4, !tbaa !5
  %120 = xor i32 %119, %117
  store i32 %120, ptr %118, align 4, !tbaa !5
  %121 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %122 = load i32, ptr %121, align 4, !tbaa !5
  %123 = shl i32 %122, 12
  %124 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %125 = load i32, ptr %124, align 4, !tbaa !5
  %126 = lshr i32 %125, 20
  %127 = or i32 %123, %126
  %128 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  store i32 %127, ptr %128, align 4, !tbaa !5
  %129 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %130 = load i32, ptr %129, align 4, !tbaa !5
  %131 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %132 = load i32, ptr %131, align 4, !tbaa !5
  %133 = add i32 %132, %130
  store i32 %133, ptr %131, align 4, !tbaa !5
  %134 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %135 = load i32, ptr %134, align 4, !tbaa !5
  %136 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %137 = load i32, ptr %136, align 4, !tbaa !5
  %138 = xor i32 %137, %135
  store i32 %138, ptr %136, align 4, !tbaa !5
  %139 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %140 = load i32, ptr %139, align 4, !tbaa !5
  %141 = shl i32 %140, 8
  %142 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %143 = load i32, ptr %142, align 4, !tbaa !5
  %144 = lshr i32 %143, 24
  %145 = or i32 %141, %144
  %146 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  store i32 %145, ptr %146, align 4, !tbaa !5
  %147 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %148 = load i32, ptr %147, align 4, !tbaa !5
  %149 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %150 = load i32, ptr %149, align 4, !tbaa !5
  %151 = add i32 %150, %148
  store i32 %151, ptr %149, align 4, !tbaa !5
  %152 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %153 = load i32, ptr %152, align 4, !tbaa !5
  %154 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %155 = load i32, ptr %154, align 4, !tbaa !5
  %156 = xor i32 %155, %153
  store i32 %156, ptr %154, align 4, !tbaa !5
  %157 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %158 = load i32, ptr %157, align 4, !tbaa !5
  %159 = shl i32 %158, 7
  %160 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %161 = load i32, ptr %160, align 4, !tbaa !5
  %162 = lshr i32 %161, 25
  %163 = or i32 %159, %162
  %164 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  store i32 %163, ptr %164, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %92
  br label %166

166:                                              ; preds = %165
  br label %167

167:                                              ; preds = %166
  %168 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %169 = load i32, ptr %168, align 8, !tbaa !5
  %170 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %171 = load i32, ptr %170, align 8, !tbaa !5
  %172 = add i32 %171, %169
  store i32 %172, ptr %170, align 8, !tbaa !5
  %173 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %174 = load i32, ptr %173, align 8, !tbaa !5
  %175 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %176 = load i32, ptr %175, align 8, !tbaa !5
  %177 = xor i32 %176, %174
  store i32 %177, ptr %175, align 8, !tbaa !5
  %178 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %179 = load i32, ptr %178, align 8, !tbaa !5
  %180 = shl i32 %179, 16
  %181 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %182 = load i32, ptr %181, align 8, !tbaa !5
  %183 = lshr i32 %182, 16
  %184 = or i32 %180, %183
  %185 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  store i32 %184, ptr %185, align 8, !tbaa !5
  %186 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %187 = load i32, ptr %186, align 8, !tbaa !5
  %188 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %189 = load i32, ptr %188, align 8, !tbaa !5
  %190 = add i32 %189, %187
  store i32 %190, ptr %188, align 8, !tbaa !5
  %191 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %192 = load i32, ptr %191, align 8, !tbaa !5
  %193 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %194 = load i32, ptr %193, align 8, !tbaa !5
  %195 = xor i32 %194, %192
  store i32 %195, ptr %193, align 8, !tbaa !5
  %196 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %197 = load i32, ptr %196, align 8, !tbaa !5
  %198 = shl i32 %197, 12
  %199 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %200 = load i32, ptr %199, align 8, !tbaa !5
  %201 = lshr i32 %200, 20
  %202 = or i32 %198, %201
  %203 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  store i32 %202, ptr %203, align 8, !tbaa !5
  %204 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %205 = load i32, ptr %204, align 8, !tbaa !5
  %206 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %207 = load i32, ptr %206, align 8, !tbaa !5
  %208 = add i32 %207, %205
  store i32 %208, ptr %206, align 8, !tbaa !5
  %209 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %210 = load i32, ptr %209, align 8, !tbaa !5
  %211 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %212 = load i32, ptr %211, align 8, !tbaa !5
  %213 = xor i32 %212, %210
  store i32 %213, ptr %211, align 8, !tbaa !5
  %214 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %215 = load i32, ptr %214, align 8, !tbaa !5
  %216 = shl i32 %215, 8
  %217 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %218 = load i32, ptr %217, align 8, !tbaa !5
  %219 = lshr i32 %218, 24
  %220 = or i32 %216, %219
  %221 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  store i32 %220, ptr %221, align 8, !tbaa !5
  %222 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %223 = load i32, ptr %222, align 8, !tbaa !5
  %224 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %225 = load i32, ptr %224, align 8, !tbaa !5
  %226 = add i32 %225, %223
  store i32 %226, ptr %224, align 8, !tbaa !5
  %227 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %228 = load i32, ptr %227, align 8, !tbaa !5
  %229 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %230 = load i32, ptr %229, align 8, !tbaa !5
  %231 = xor i32 %230, %228
  store i32 %231, ptr %229, align 8, !tbaa !5
  %232 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %233 = load i32, ptr %232, align 8, !tbaa !5
  %234 = shl i32 %233, 7
  %235 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %236 = load i32, ptr %235, align 8, !tbaa !5
  %237 = lshr i32 %236, 25
  %238 = or i32 %234, %237
  %239 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  store i32 %238, ptr %239, align 8, !tbaa !5
  br label %240

240:                                              ; preds = %167
  br label %241

241:                                              ; preds = %240
  br label %242

242:                                              ; preds = %241
  %243 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %244 = load i32, ptr %243, align 4, !tbaa !5
  %245 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %246 = load i32, ptr %245, align 4, !tbaa !5
  %247 = add i32 %246, %244
  store i32 %247, ptr %245, align 4, !tbaa !5
  %248 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %249 = load i32, ptr %248, align 4, !tbaa !5
  %250 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %251 = load i32, ptr %250, align 4, !tbaa !5
  %252 = xor i32 %251, %249
  store i32 %252, ptr %250, align 4, !tbaa !5
  %253 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %254 = load i32, ptr %253, align 4, !tbaa !5
  %255 = shl i32 %254, 16
  %256 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %257 = load i32, ptr %256, align 4, !tbaa !5
  %258 = lshr i32 %257, 16
  %259 = or i32 %255, %258
  %260 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  store i32 %259, ptr %260, align 4, !tbaa !5
  %261 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %262 = load i32, ptr %261, align 4, !tbaa !5
  %263 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %264 = load i32, ptr %263, align 4, !tbaa !5
  %265 = add i32 %264, %262
  store i32 %265, ptr %263, align 4, !tbaa !5
  %266 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %267 = load i32, ptr %266, align 4, !tbaa !5
  %268 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %269 = load i32, ptr %268, align 4, !tbaa !5
  %270 = xor i32 %269, %267
  store i32 %270, ptr %268, align 4, !tbaa !5
  %271 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %272 = load i32, ptr %271, align 4, !tbaa !5
  %273 = shl i32 %272, 12
  %274 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %275 = load i32, ptr %274, align 4, !tbaa !5
  %276 = lshr i32 %275, 20
  %277 = or i32 %273, %276
  %278 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  store i32 %277, ptr %278, align 4, !tbaa !5
  %279 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %280 = load i32, ptr %279, align 4, !tbaa !5
  %281 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %282 = load i32, ptr %281, align 4, !tbaa !5
  %283 = add i32 %282, %280
  store i32 %283, ptr %281, align 4, !tbaa !5
  %284 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %285 = load i32, ptr %284, align 4, !tbaa !5
  %286 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %287 = load i32, ptr %286, align 4, !tbaa !5
  %288 = xor i32 %287, %285
  store i32 %288, ptr %286, align 4, !tbaa !5
  %289 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %290 = load i32, ptr %289, align 4, !tbaa !5
  %291 = shl i32 %290, 8
  %292 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %293 = load i32, ptr %292, align 4, !tbaa !5
  %294 = lshr i32 %293, 24
  %295 = or i32 %291, %294
  %296 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  store i32 %295, ptr %296, align 4, !tbaa !5
  %297 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %298 = load i32, ptr %297, align 4, !tbaa !5
  %299 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %300 = load i32, ptr %299, align 4, !tbaa !5
  %301 = add i32 %300, %298
  store i32 %301, ptr %299, align 4, !tbaa !5
  %302 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %303 = load i32, ptr %302, align 4, !tbaa !5
  %304 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %305 = load i32, ptr %304, align 4, !tbaa !5
  %306 = xor i32 %305, %303
  store i32 %306, ptr %304, align 4, !tbaa !5
  %307 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %308 = load i32, ptr %307, align 4, !tbaa !5
  %309 = shl i32 %308, 7
  %310 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %311 = load i32, ptr %310, align 4, !tbaa !5
  %312 = lshr i32 %311, 25
  %313 = or i32 %309, %312
  %314 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  store i32 %313, ptr %314, align 4, !tbaa !5
  br label %315

315:                                              ; preds = %242
  br label %316

316:                                              ; preds = %315
  br label %317

317:                                              ; preds = %316
  %318 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %319 = load i32, ptr %318, align 4, !tbaa !5
  %320 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %321 = load i32, ptr %320, align 16, !tbaa !5
  %322 = add i32 %321, %319
  store i32 %322, ptr %320, align 16, !tbaa !5
  %323 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %324 = load i32, ptr %323, align 16, !tbaa !5
  %325 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %326 = load i32, ptr %325, align 4, !tbaa !5
  %327 = xor i32 %326, %324
  store i32 %327, ptr %325, align 4, !tbaa !5
  %328 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %329 = load i32, ptr %328, align 4, !tbaa !5
  %330 = shl i32 %329, 16
  %331 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %332 = load i32, ptr %331, align 4, !tbaa !5
  %333 = lshr i32 %332, 16
  %334 = or i32 %330, %333
  %335 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  store i32 %334, ptr %335, align 4, !tbaa !5
  %336 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %337 = load i32, ptr %336, align 4, !tbaa !5
  %338 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %339 = load i32, ptr %338, align 8, !tbaa !5
  %340 = add i32 %339, %337
  store i32 %340, ptr %338, align 8, !tbaa !5
  %341 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %342 = load i32, ptr %341, align 8, !tbaa !5
  %343 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %344 = load i32, ptr %343, align 4, !tbaa !5
  %345 = xor i32 %344, %342
  store i32 %345, ptr %343, align 4, !tbaa !5
  %346 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %347 = load i32, ptr %346, align 4, !tbaa !5
  %348 = shl i32 %347, 12
  %349 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %350 = load i32, ptr %349, align 4, !tbaa !5
  %351 = lshr i32 %350, 20
  %352 = or i32 %348, %351
  %353 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  store i32 %352, ptr %353, align 4, !tbaa !5
  %354 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %355 = load i32, ptr %354, align 4, !tbaa !5
  %356 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %357 = load i32, ptr %356, align 16, !tbaa !5
  %358 = add i32 %357, %355
  store i32 %358, ptr %356, align 16, !tbaa !5
  %359 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 0
  %360 = load i32, ptr %359, align 16, !tbaa !5
  %361 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %362 = load i32, ptr %361, align 4, !tbaa !5
  %363 = xor i32 %362, %360
  store i32 %363, ptr %361, align 4, !tbaa !5
  %364 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %365 = load i32, ptr %364, align 4, !tbaa !5
  %366 = shl i32 %365, 8
  %367 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %368 = load i32, ptr %367, align 4, !tbaa !5
  %369 = lshr i32 %368, 24
  %370 = or i32 %366, %369
  %371 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  store i32 %370, ptr %371, align 4, !tbaa !5
  %372 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 15
  %373 = load i32, ptr %372, align 4, !tbaa !5
  %374 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %375 = load i32, ptr %374, align 8, !tbaa !5
  %376 = add i32 %375, %373
  store i32 %376, ptr %374, align 8, !tbaa !5
  %377 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 10
  %378 = load i32, ptr %377, align 8, !tbaa !5
  %379 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %380 = load i32, ptr %379, align 4, !tbaa !5
  %381 = xor i32 %380, %378
  store i32 %381, ptr %379, align 4, !tbaa !5
  %382 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %383 = load i32, ptr %382, align 4, !tbaa !5
  %384 = shl i32 %383, 7
  %385 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  %386 = load i32, ptr %385, align 4, !tbaa !5
  %387 = lshr i32 %386, 25
  %388 = or i32 %384, %387
  %389 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 5
  store i32 %388, ptr %389, align 4, !tbaa !5
  br label %390

390:                                              ; preds = %317
  br label %391

391:                                              ; preds = %390
  br label %392

392:                                              ; preds = %391
  %393 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %394 = load i32, ptr %393, align 8, !tbaa !5
  %395 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %396 = load i32, ptr %395, align 4, !tbaa !5
  %397 = add i32 %396, %394
  store i32 %397, ptr %395, align 4, !tbaa !5
  %398 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %399 = load i32, ptr %398, align 4, !tbaa !5
  %400 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %401 = load i32, ptr %400, align 16, !tbaa !5
  %402 = xor i32 %401, %399
  store i32 %402, ptr %400, align 16, !tbaa !5
  %403 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %404 = load i32, ptr %403, align 16, !tbaa !5
  %405 = shl i32 %404, 16
  %406 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %407 = load i32, ptr %406, align 16, !tbaa !5
  %408 = lshr i32 %407, 16
  %409 = or i32 %405, %408
  %410 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  store i32 %409, ptr %410, align 16, !tbaa !5
  %411 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %412 = load i32, ptr %411, align 16, !tbaa !5
  %413 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %414 = load i32, ptr %413, align 4, !tbaa !5
  %415 = add i32 %414, %412
  store i32 %415, ptr %413, align 4, !tbaa !5
  %416 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %417 = load i32, ptr %416, align 4, !tbaa !5
  %418 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %419 = load i32, ptr %418, align 8, !tbaa !5
  %420 = xor i32 %419, %417
  store i32 %420, ptr %418, align 8, !tbaa !5
  %421 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %422 = load i32, ptr %421, align 8, !tbaa !5
  %423 = shl i32 %422, 12
  %424 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %425 = load i32, ptr %424, align 8, !tbaa !5
  %426 = lshr i32 %425, 20
  %427 = or i32 %423, %426
  %428 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  store i32 %427, ptr %428, align 8, !tbaa !5
  %429 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %430 = load i32, ptr %429, align 8, !tbaa !5
  %431 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %432 = load i32, ptr %431, align 4, !tbaa !5
  %433 = add i32 %432, %430
  store i32 %433, ptr %431, align 4, !tbaa !5
  %434 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 1
  %435 = load i32, ptr %434, align 4, !tbaa !5
  %436 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %437 = load i32, ptr %436, align 16, !tbaa !5
  %438 = xor i32 %437, %435
  store i32 %438, ptr %436, align 16, !tbaa !5
  %439 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %440 = load i32, ptr %439, align 16, !tbaa !5
  %441 = shl i32 %440, 8
  %442 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %443 = load i32, ptr %442, align 16, !tbaa !5
  %444 = lshr i32 %443, 24
  %445 = or i32 %441, %444
  %446 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  store i32 %445, ptr %446, align 16, !tbaa !5
  %447 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 12
  %448 = load i32, ptr %447, align 16, !tbaa !5
  %449 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %450 = load i32, ptr %449, align 4, !tbaa !5
  %451 = add i32 %450, %448
  store i32 %451, ptr %449, align 4, !tbaa !5
  %452 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 11
  %453 = load i32, ptr %452, align 4, !tbaa !5
  %454 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %455 = load i32, ptr %454, align 8, !tbaa !5
  %456 = xor i32 %455, %453
  store i32 %456, ptr %454, align 8, !tbaa !5
  %457 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %458 = load i32, ptr %457, align 8, !tbaa !5
  %459 = shl i32 %458, 7
  %460 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  %461 = load i32, ptr %460, align 8, !tbaa !5
  %462 = lshr i32 %461, 25
  %463 = or i32 %459, %462
  %464 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 6
  store i32 %463, ptr %464, align 8, !tbaa !5
  br label %465

465:                                              ; preds = %392
  br label %466

466:                                              ; preds = %465
  br label %467

467:                                              ; preds = %466
  %468 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %469 = load i32, ptr %468, align 4, !tbaa !5
  %470 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %471 = load i32, ptr %470, align 8, !tbaa !5
  %472 = add i32 %471, %469
  store i32 %472, ptr %470, align 8, !tbaa !5
  %473 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %474 = load i32, ptr %473, align 8, !tbaa !5
  %475 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %476 = load i32, ptr %475, align 4, !tbaa !5
  %477 = xor i32 %476, %474
  store i32 %477, ptr %475, align 4, !tbaa !5
  %478 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %479 = load i32, ptr %478, align 4, !tbaa !5
  %480 = shl i32 %479, 16
  %481 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %482 = load i32, ptr %481, align 4, !tbaa !5
  %483 = lshr i32 %482, 16
  %484 = or i32 %480, %483
  %485 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  store i32 %484, ptr %485, align 4, !tbaa !5
  %486 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %487 = load i32, ptr %486, align 4, !tbaa !5
  %488 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %489 = load i32, ptr %488, align 16, !tbaa !5
  %490 = add i32 %489, %487
  store i32 %490, ptr %488, align 16, !tbaa !5
  %491 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %492 = load i32, ptr %491, align 16, !tbaa !5
  %493 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %494 = load i32, ptr %493, align 4, !tbaa !5
  %495 = xor i32 %494, %492
  store i32 %495, ptr %493, align 4, !tbaa !5
  %496 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %497 = load i32, ptr %496, align 4, !tbaa !5
  %498 = shl i32 %497, 12
  %499 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %500 = load i32, ptr %499, align 4, !tbaa !5
  %501 = lshr i32 %500, 20
  %502 = or i32 %498, %501
  %503 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  store i32 %502, ptr %503, align 4, !tbaa !5
  %504 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %505 = load i32, ptr %504, align 4, !tbaa !5
  %506 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %507 = load i32, ptr %506, align 8, !tbaa !5
  %508 = add i32 %507, %505
  store i32 %508, ptr %506, align 8, !tbaa !5
  %509 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 2
  %510 = load i32, ptr %509, align 8, !tbaa !5
  %511 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %512 = load i32, ptr %511, align 4, !tbaa !5
  %513 = xor i32 %512, %510
  store i32 %513, ptr %511, align 4, !tbaa !5
  %514 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %515 = load i32, ptr %514, align 4, !tbaa !5
  %516 = shl i32 %515, 8
  %517 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %518 = load i32, ptr %517, align 4, !tbaa !5
  %519 = lshr i32 %518, 24
  %520 = or i32 %516, %519
  %521 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  store i32 %520, ptr %521, align 4, !tbaa !5
  %522 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 13
  %523 = load i32, ptr %522, align 4, !tbaa !5
  %524 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %525 = load i32, ptr %524, align 16, !tbaa !5
  %526 = add i32 %525, %523
  store i32 %526, ptr %524, align 16, !tbaa !5
  %527 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 8
  %528 = load i32, ptr %527, align 16, !tbaa !5
  %529 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %530 = load i32, ptr %529, align 4, !tbaa !5
  %531 = xor i32 %530, %528
  store i32 %531, ptr %529, align 4, !tbaa !5
  %532 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %533 = load i32, ptr %532, align 4, !tbaa !5
  %534 = shl i32 %533, 7
  %535 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  %536 = load i32, ptr %535, align 4, !tbaa !5
  %537 = lshr i32 %536, 25
  %538 = or i32 %534, %537
  %539 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 7
  store i32 %538, ptr %539, align 4, !tbaa !5
  br label %540

540:                                              ; preds = %467
  br label %541

541:                                              ; preds = %540
  br label %542

542:                                              ; preds = %541
  %543 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %544 = load i32, ptr %543, align 16, !tbaa !5
  %545 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %546 = load i32, ptr %545, align 4, !tbaa !5
  %547 = add i32 %546, %544
  store i32 %547, ptr %545, align 4, !tbaa !5
  %548 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %549 = load i32, ptr %548, align 4, !tbaa !5
  %550 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %551 = load i32, ptr %550, align 8, !tbaa !5
  %552 = xor i32 %551, %549
  store i32 %552, ptr %550, align 8, !tbaa !5
  %553 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %554 = load i32, ptr %553, align 8, !tbaa !5
  %555 = shl i32 %554, 16
  %556 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %557 = load i32, ptr %556, align 8, !tbaa !5
  %558 = lshr i32 %557, 16
  %559 = or i32 %555, %558
  %560 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  store i32 %559, ptr %560, align 8, !tbaa !5
  %561 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %562 = load i32, ptr %561, align 8, !tbaa !5
  %563 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %564 = load i32, ptr %563, align 4, !tbaa !5
  %565 = add i32 %564, %562
  store i32 %565, ptr %563, align 4, !tbaa !5
  %566 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %567 = load i32, ptr %566, align 4, !tbaa !5
  %568 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %569 = load i32, ptr %568, align 16, !tbaa !5
  %570 = xor i32 %569, %567
  store i32 %570, ptr %568, align 16, !tbaa !5
  %571 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %572 = load i32, ptr %571, align 16, !tbaa !5
  %573 = shl i32 %572, 12
  %574 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %575 = load i32, ptr %574, align 16, !tbaa !5
  %576 = lshr i32 %575, 20
  %577 = or i32 %573, %576
  %578 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  store i32 %577, ptr %578, align 16, !tbaa !5
  %579 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %580 = load i32, ptr %579, align 16, !tbaa !5
  %581 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %582 = load i32, ptr %581, align 4, !tbaa !5
  %583 = add i32 %582, %580
  store i32 %583, ptr %581, align 4, !tbaa !5
  %584 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 3
  %585 = load i32, ptr %584, align 4, !tbaa !5
  %586 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %587 = load i32, ptr %586, align 8, !tbaa !5
  %588 = xor i32 %587, %585
  store i32 %588, ptr %586, align 8, !tbaa !5
  %589 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %590 = load i32, ptr %589, align 8, !tbaa !5
  %591 = shl i32 %590, 8
  %592 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %593 = load i32, ptr %592, align 8, !tbaa !5
  %594 = lshr i32 %593, 24
  %595 = or i32 %591, %594
  %596 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  store i32 %595, ptr %596, align 8, !tbaa !5
  %597 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 14
  %598 = load i32, ptr %597, align 8, !tbaa !5
  %599 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %600 = load i32, ptr %599, align 4, !tbaa !5
  %601 = add i32 %600, %598
  store i32 %601, ptr %599, align 4, !tbaa !5
  %602 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 9
  %603 = load i32, ptr %602, align 4, !tbaa !5
  %604 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %605 = load i32, ptr %604, align 16, !tbaa !5
  %606 = xor i32 %605, %603
  store i32 %606, ptr %604, align 16, !tbaa !5
  %607 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %608 = load i32, ptr %607, align 16, !tbaa !5
  %609 = shl i32 %608, 7
  %610 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  %611 = load i32, ptr %610, align 16, !tbaa !5
  %612 = lshr i32 %611, 25
  %613 = or i32 %609, %612
  %614 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 4
  store i32 %613, ptr %614, align 16, !tbaa !5
  br label %615

615:                                              ; preds = %542
  br label %616

616:                                              ; preds = %615
  br label %617

617:                                              ; preds = %616
  %618 = load i32, ptr %6, align 4, !tbaa !5
  %619 = add nsw i32 %618, 1
  store i32 %619, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !22

620:                                              ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %621

621:                                              ; preds = %642, %620
  %622 = load i32, ptr %7, align 4, !tbaa !5
  %623 = icmp slt i32 %622, 16
  br i1 %623, label %625, label %624

624:                                              ; preds = %621
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %645

625:                                              ; preds = %621
  %626 = load ptr, ptr %4, align 8, !tbaa !11
  %627 = load i32, ptr %7, align 4, !tbaa !5
  %628 = mul nsw i32 4, %627
  %629 = sext i32 %628 to i64
  %630 = getelementptr inbounds i8, ptr %626, i64 %629
  %631 = load i32, ptr %7, align 4, !tbaa !5
  %632 = sext i32 %631 to i64
  %633 = getelementptr inbounds [16 x i32], ptr %5, i64 0, i64 %632
  %634 = load i32, ptr %633, align 4, !tbaa !5
  %635 = load ptr, ptr %3, align 8, !tbaa !9
  %636 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %635, i32 0, i32 0
  %637 = load i32, ptr %7, align 4, !tbaa !5
  %638 = sext i32 %637 to i64
  %639 = getelementptr inbounds [16 x i32], ptr %636, i64 0, i64 %638
  %640 = load i32, ptr %639, align 4, !tbaa !5
  %641 = add i32 %634, %640
  call void @put_le32(ptr noundef %630, i32 noundef %641) #5
  br label %642

642:                                              ; preds = %625
  %643 = load i32, ptr %7, align 4, !tbaa !5
  %644 = add nsw i32 %643, 1
  store i32 %644, ptr %7, align 4, !tbaa !5
  br label %621, !llvm.loop !23

645:                                              ; preds = %624
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [32 x i8], align 16
  %7 = alloca [12 x i8], align 1
  %8 = alloca i32, align 4
  %9 = alloca %struct.chacha_ctx, align 4
  %10 = alloca [64 x i8], align 16
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 286331153, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 16909060, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 -1685229757, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 19088743, ptr %5, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %0
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = add i32 %21, %20
  store i32 %22, ptr %2, align 4, !tbaa !5
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %5, align 4, !tbaa !5
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = shl i32 %26, 16
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = lshr i32 %28, 16
  %30 = or i32 %27, %29
  store i32 %30, ptr %5, align 4, !tbaa !5
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = add i32 %32, %31
  store i32 %33, ptr %4, align 4, !tbaa !5
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = load i32, ptr %3, align 4, !tbaa !5
  %36 = xor i32 %35, %34
  store i32 %36, ptr %3, align 4, !tbaa !5
  %37 = load i32, ptr %3, align 4, !tbaa !5
  %38 = shl i32 %37, 12
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = lshr i32 %39, 20
  %41 = or i32 %38, %40
  store i32 %41, ptr %3, align 4, !tbaa !5
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = load i32, ptr %2, align 4, !tbaa !5
  %44 = add i32 %43, %42
  store i32 %44, ptr %2, align 4, !tbaa !5
  %45 = load i32, ptr %2, align 4, !tbaa !5
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = xor i32 %46, %45
  store i32 %47, ptr %5, align 4, !tbaa !5
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = shl i32 %48, 8
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = lshr i32 %50, 24
  %52 = or i32 %49, %51
  store i32 %52, ptr %5, align 4, !tbaa !5
  %53 = load i32, ptr %5, align 4, !tbaa !5
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = add i32 %54, %53
  store i32 %55, ptr %4, align 4, !tbaa !5
  %56 = load i32, ptr %4, align 4, !tbaa !5
  %57 = load i32, ptr %3, align 4, !tbaa !5
  %58 = xor i32 %57, %56
  store i32 %58, ptr %3, align 4, !tbaa !5
  %59 = load i32, ptr %3, align 4, !tbaa !5
  %60 = shl i32 %59, 7
  %61 = load i32, ptr %3, align 4, !tbaa !5
  %62 = lshr i32 %61, 25
  %63 = or i32 %60, %62
  store i32 %63, ptr %3, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %19
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %2, align 4, !tbaa !5
  %67 = load i32, ptr %3, align 4, !tbaa !5
  %68 = load i32, ptr %4, align 4, !tbaa !5
  %69 = load i32, ptr %5, align 4, !tbaa !5
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %66, i32 noundef %67, i32 noundef %68, i32 noundef %69) #5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  call void @llvm.lifetime.start.p0(ptr %7) #4
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 @__const.main.nonce, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %81, %65
  %72 = load i32, ptr %8, align 4, !tbaa !5
  %73 = icmp slt i32 %72, 32
  br i1 %73, label %75, label %74

74:                                               ; preds = %71
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %84

75:                                               ; preds = %71
  %76 = load i32, ptr %8, align 4, !tbaa !5
  %77 = trunc i32 %76 to i8
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 %79
  store i8 %77, ptr %80, align 1, !tbaa !17
  br label %81

81:                                               ; preds = %75
  %82 = load i32, ptr %8, align 4, !tbaa !5
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %8, align 4, !tbaa !5
  br label %71, !llvm.loop !24

84:                                               ; preds = %74
  call void @llvm.lifetime.start.p0(ptr %9) #4
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %85 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %86 = getelementptr inbounds [12 x i8], ptr %7, i64 0, i64 0
  call void @chacha_setup(ptr noundef %9, ptr noundef %85, i32 noundef 1, ptr noundef %86) #5
  %87 = getelementptr inbounds [64 x i8], ptr %10, i64 0, i64 0
  call void @chacha_block(ptr noundef %9, ptr noundef %87) #5
  %88 = getelementptr inbounds [64 x i8], ptr %10, i64 0, i64 0
  call void @dump(ptr noundef @.str.1, ptr noundef %88, i64 noundef 64) #5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i64 0, ptr %11, align 8, !tbaa !18
  br label %89

89:                                               ; preds = %102, %84
  %90 = load i64, ptr %11, align 8, !tbaa !18
  %91 = icmp ult i64 %90, 4133
  br i1 %91, label %93, label %92

92:                                               ; preds = %89
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %105

93:                                               ; preds = %89
  %94 = load i64, ptr %11, align 8, !tbaa !18
  %95 = mul i64 %94, 7
  %96 = load i64, ptr %11, align 8, !tbaa !18
  %97 = lshr i64 %96, 5
  %98 = add i64 %95, %97
  %99 = trunc i64 %98 to i8
  %100 = load i64, ptr %11, align 8, !tbaa !18
  %101 = getelementptr inbounds nuw [4133 x i8], ptr @main.data, i64 0, i64 %100
  store i8 %99, ptr %101, align 1, !tbaa !17
  br label %102

102:                                              ; preds = %93
  %103 = load i64, ptr %11, align 8, !tbaa !18
  %104 = add i64 %103, 1
  store i64 %104, ptr %11, align 8, !tbaa !18
  br label %89, !llvm.loop !25

105:                                              ; preds = %92
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i64 0, ptr %13, align 8, !tbaa !18
  br label %106

106:                                              ; preds = %121, %105
  %107 = load i64, ptr %13, align 8, !tbaa !18
  %108 = icmp ult i64 %107, 4133
  br i1 %108, label %110, label %109

109:                                              ; preds = %106
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %124

110:                                              ; preds = %106
  %111 = load i32, ptr %12, align 4, !tbaa !5
  %112 = shl i32 %111, 3
  %113 = load i32, ptr %12, align 4, !tbaa !5
  %114 = lshr i32 %113, 29
  %115 = or i32 %112, %114
  %116 = load i64, ptr %13, align 8, !tbaa !18
  %117 = getelementptr inbounds nuw [4133 x i8], ptr @main.data, i64 0, i64 %116
  %118 = load i8, ptr %117, align 1, !tbaa !17
  %119 = zext i8 %118 to i32
  %120 = xor i32 %115, %119
  store i32 %120, ptr %12, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %110
  %122 = load i64, ptr %13, align 8, !tbaa !18
  %123 = add i64 %122, 1
  store i64 %123, ptr %13, align 8, !tbaa !18
  br label %106, !llvm.loop !26

124:                                              ; preds = %109
  %125 = getelementptr inbounds [12 x i8], ptr %7, i64 0, i64 0
  store i8 66, ptr %125, align 1, !tbaa !17
  %126 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %127 = getelementptr inbounds [12 x i8], ptr %7, i64 0, i64 0
  call void @chacha_setup(ptr noundef %9, ptr noundef %126, i32 noundef 0, ptr noundef %127) #5
  call void @chacha_xor(ptr noundef %9, ptr noundef @main.data, i64 noundef 4133) #5
  call void @llvm.lifetime.start.p0(ptr %14) #4
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #4
  store i64 0, ptr %16, align 8, !tbaa !18
  br label %128

128:                                              ; preds = %151, %124
  %129 = load i64, ptr %16, align 8, !tbaa !18
  %130 = icmp ult i64 %129, 4133
  br i1 %130, label %132, label %131

131:                                              ; preds = %128
  call void @llvm.lifetime.end.p0(ptr %16) #4
  br label %154

132:                                              ; preds = %128
  %133 = load i32, ptr %14, align 4, !tbaa !5
  %134 = shl i32 %133, 3
  %135 = load i32, ptr %14, align 4, !tbaa !5
  %136 = lshr i32 %135, 29
  %137 = or i32 %134, %136
  %138 = load i64, ptr %16, align 8, !tbaa !18
  %139 = getelementptr inbounds nuw [4133 x i8], ptr @main.data, i64 0, i64 %138
  %140 = load i8, ptr %139, align 1, !tbaa !17
  %141 = zext i8 %140 to i32
  %142 = xor i32 %137, %141
  store i32 %142, ptr %14, align 4, !tbaa !5
  %143 = load i64, ptr %16, align 8, !tbaa !18
  %144 = getelementptr inbounds nuw [4133 x i8], ptr @main.data, i64 0, i64 %143
  %145 = load i8, ptr %144, align 1, !tbaa !17
  %146 = zext i8 %145 to i32
  %147 = icmp eq i32 %146, 0
  %148 = zext i1 %147 to i32
  %149 = load i32, ptr %15, align 4, !tbaa !5
  %150 = add i32 %149, %148
  store i32 %150, ptr %15, align 4, !tbaa !5
  br label %151

151:                                              ; preds = %132
  %152 = load i64, ptr %16, align 8, !tbaa !18
  %153 = add i64 %152, 1
  store i64 %153, ptr %16, align 8, !tbaa !18
  br label %128, !llvm.loop !27

154:                                              ; preds = %131
  %155 = getelementptr inbounds nuw %struct.chacha_ctx, ptr %9, i32 0, i32 0
  %156 = getelementptr inbounds [16 x i32], ptr %155, i64 0, i64 12
  %157 = load i32, ptr %156, align 4, !tbaa !5
  %158 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %157) #5
  %159 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %160 = getelementptr inbounds [12 x i8], ptr %7, i64 0, i64 0
  call void @chacha_setup(ptr noundef %9, ptr noundef %159, i32 noundef 0, ptr noundef %160) #5
  call void @chacha_xor(ptr noundef %9, ptr noundef @main.data, i64 noundef 4133) #5
  call void @llvm.lifetime.start.p0(ptr %17) #4
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #4
  store i64 0, ptr %18, align 8, !tbaa !18
  br label %161

161:                                              ; preds = %176, %154
  %162 = load i64, ptr %18, align 8, !tbaa !18
  %163 = icmp ult i64 %162, 4133
  br i1 %163, label %165, label %164

164:                                              ; preds = %161
  call void @llvm.lifetime.end.p0(ptr %18) #4
  br label %179

165:                                              ; preds = %161
  %166 = load i32, ptr %17, align 4, !tbaa !5
  %167 = shl i32 %166, 3
  %168 = load i32, ptr %17, align 4, !tbaa !5
  %169 = lshr i32 %168, 29
  %170 = or i32 %167, %169
  %171 = load i64, ptr %18, align 8, !tbaa !18
  %172 = getelementptr inbounds nuw [4133 x i8], ptr @main.data, i64 0, i64 %171
  %173 = load i8, ptr %172, align 1, !tbaa !17
  %174 = zext i8 %173 to i32
  %175 = xor i32 %170, %174
  store i32 %175, ptr %17, align 4, !tbaa !5
  br label %176

176:                                              ; preds = %165
  %177 = load i64, ptr %18, align 8, !tbaa !18
  %178 = add i64 %177, 1
  store i64 %178, ptr %18, align 8, !tbaa !18
  br label %161, !llvm.loop !28

179:                                              ; preds = %164
  %180 = load i32, ptr %12, align 4, !tbaa !5
  %181 = load i32, ptr %14, align 4, !tbaa !5
  %182 = load i32, ptr %15, align 4, !tbaa !5
  %183 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %180, i32 noundef %181, i32 noundef %182) #5
  %184 = load i32, ptr %17, align 4, !tbaa !5
  %185 = load i32, ptr %12, align 4, !tbaa !5
  %186 = icmp eq i32 %184, %185
  %187 = zext i1 %186 to i64
  %188 = select i1 %186, ptr @.str.5, ptr @.str.6
  %189 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %188) #5
  call void @llvm.lifetime.end.p0(ptr %17) #4
  call void @llvm.lifetime.end.p0(ptr %15) #4
  call void @llvm.lifetime.end.p0(ptr %14) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @dump(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !11
  store ptr %1, ptr %5, align 8, !tbaa !11
  store i64 %2, ptr %6, align 8, !tbaa !18
  %8 = load ptr, ptr %4, align 8, !tbaa !11
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %8) #5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !18
  br label %10

10:                                               ; preds = %28, %3
  %11 = load i64, ptr %7, align 8, !tbaa !18
  %12 = load i64, ptr %6, align 8, !tbaa !18
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %31

15:                                               ; preds = %10
  %16 = load i64, ptr %7, align 8, !tbaa !18
  %17 = urem i64 %16, 16
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %19, label %21

19:                                               ; preds = %15
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.8) #5
  br label %21

21:                                               ; preds = %19, %15
  %22 = load ptr, ptr %5, align 8, !tbaa !11
  %23 = load i64, ptr %7, align 8, !tbaa !18
  %24 = getelementptr inbounds nuw i8, ptr %22, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !17
  %26 = zext i8 %25 to i32
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %26) #5
  br label %28

28:                                               ; preds = %21
  %29 = load i64, ptr %7, align 8, !tbaa !18
  %30 = add i64 %29, 1
  store i64 %30, ptr %7, align 8, !tbaa !18
  br label %10, !llvm.loop !29

31:                                               ; preds = %14
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str.10) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @put_le32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %20, %2
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 4
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %23

10:                                               ; preds = %6
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = mul nsw i32 8, %12
  %14 = lshr i32 %11, %13
  %15 = trunc i32 %14 to i8
  %16 = load ptr, ptr %3, align 8, !tbaa !11
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %16, i64 %18
  store i8 %15, ptr %19, align 1, !tbaa !17
  br label %20

20:                                               ; preds = %10
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %5, align 4, !tbaa !5
  br label %6, !llvm.loop !30

23:                                               ; preds = %9
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !10, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = !{!7, !7, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"long", !7, i64 0}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = distinct !{!27, !14}
!28 = distinct !{!28, !14}
!29 = distinct !{!29, !14}
!30 = distinct !{!30, !14}
