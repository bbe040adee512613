; ModuleID = 'xtea_cipher.c'
source_filename = "xtea_cipher.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.xtea_key = type { [4 x i32] }

@main.plain = internal global [2048 x i8] zeroinitializer, align 16
@main.work = internal global [2048 x i8] zeroinitializer, align 16
@__const.main.key = private unnamed_addr constant %struct.xtea_key { [4 x i32] [i32 66051, i32 67438087, i32 134810123, i32 202182159] }, align 4
@__const.main.iv = private unnamed_addr constant [8 x i8] c"\A5Z<\C3\0F\F0i\96", align 1
@__const.main.tv = private unnamed_addr constant [2 x i32] [i32 1094861636, i32 1162233672], align 4
@.str = private unnamed_addr constant [22 x i8] c"ecb block: %08X %08X\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"ecb back:  %08X %08X\0A\00", align 1
@main.ref = internal global [2048 x i8] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [40 x i8] c"ciphertext fnv=%08X bits_changed=%u/%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"roundtrip %s\0A\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"FAILED\00", align 1
@.str.6 = private unnamed_addr constant [42 x i8] c"blocks differing after 1-bit flip: %d/%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @cbc_encrypt(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [2 x i32], align 4
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca [2 x i32], align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !14
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %13 = load ptr, ptr %8, align 8, !tbaa !9
  %14 = call i32 @load_be32(ptr noundef %13) #6
  store i32 %14, ptr %9, align 4, !tbaa !5
  %15 = getelementptr inbounds i32, ptr %9, i64 1
  %16 = load ptr, ptr %8, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %16, i64 4
  %18 = call i32 @load_be32(ptr noundef %17) #6
  store i32 %18, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %19

19:                                               ; preds = %57, %4
  %20 = load i64, ptr %10, align 8, !tbaa !12
  %21 = load i64, ptr %6, align 8, !tbaa !12
  %22 = icmp ult i64 %20, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %60

24:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %25 = load ptr, ptr %5, align 8, !tbaa !9
  %26 = load i64, ptr %10, align 8, !tbaa !12
  %27 = mul i64 %26, 8
  %28 = getelementptr inbounds nuw i8, ptr %25, i64 %27
  store ptr %28, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %29 = load ptr, ptr %11, align 8, !tbaa !9
  %30 = call i32 @load_be32(ptr noundef %29) #6
  %31 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 0
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = xor i32 %30, %32
  %34 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 0
  store i32 %33, ptr %34, align 4, !tbaa !5
  %35 = load ptr, ptr %11, align 8, !tbaa !9
  %36 = getelementptr inbounds i8, ptr %35, i64 4
  %37 = call i32 @load_be32(ptr noundef %36) #6
  %38 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 1
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = xor i32 %37, %39
  %41 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 1
  store i32 %40, ptr %41, align 4, !tbaa !5
  %42 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 0
  %43 = load ptr, ptr %7, align 8, !tbaa !14
  call void @xtea_encipher(ptr noundef %42, ptr noundef %43) #6
  %44 = load ptr, ptr %11, align 8, !tbaa !9
  %45 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 0
  %46 = load i32, ptr %45, align 4, !tbaa !5
  call void @store_be32(ptr noundef %44, i32 noundef %46) #6
  %47 = load ptr, ptr %11, align 8, !tbaa !9
  %48 = getelementptr inbounds i8, ptr %47, i64 4
  %49 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 1
  %50 = load i32, ptr %49, align 4, !tbaa !5
  call void @store_be32(ptr noundef %48, i32 noundef %50) #6
  %51 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 0
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 0
  store i32 %52, ptr %53, align 4, !tbaa !5
  %54 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 1
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 1
  store i32 %55, ptr %56, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %57

57:                                               ; preds = %24
  %58 = load i64, ptr %10, align 8, !tbaa !12
  %59 = add i64 %58, 1
  store i64 %59, ptr %10, align 8, !tbaa !12
  br label %19, !llvm.loop !15

60:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @load_be32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds i8, ptr %3, i64 0
  %5 = load i8, ptr %4, align 1, !tbaa !17
  %6 = zext i8 %5 to i32
  %7 = shl i32 %6, 24
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds i8, ptr %8, i64 1
  %10 = load i8, ptr %9, align 1, !tbaa !17
  %11 = zext i8 %10 to i32
  %12 = shl i32 %11, 16
  %13 = or i32 %7, %12
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = getelementptr inbounds i8, ptr %14, i64 2
  %16 = load i8, ptr %15, align 1, !tbaa !17
  %17 = zext i8 %16 to i32
  %18 = shl i32 %17, 8
  %19 = or i32 %13, %18
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = getelementptr inbounds i8, ptr %20, i64 3
  %22 = load i8, ptr %21, align 1, !tbaa !17
  %23 = zext i8 %22 to i32
  %24 = or i32 %19, %23
  ret i32 %24
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @xtea_encipher(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !18
  store ptr %1, ptr %4, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %9 = load ptr, ptr %3, align 8, !tbaa !18
  %10 = getelementptr inbounds i32, ptr %9, i64 0
  %11 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %11, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %12 = load ptr, ptr %3, align 8, !tbaa !18
  %13 = getelementptr inbounds i32, ptr %12, i64 1
  %14 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %14, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %61, %2
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 32
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %64

19:                                               ; preds = %15
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = shl i32 %20, 4
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = lshr i32 %22, 5
  %24 = xor i32 %21, %23
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = add i32 %24, %25
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !14
  %29 = getelementptr inbounds nuw %struct.xtea_key, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = and i32 %30, 3
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds nuw [4 x i32], ptr %29, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = add i32 %27, %34
  %36 = xor i32 %26, %35
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = add i32 %37, %36
  store i32 %38, ptr %5, align 4, !tbaa !5
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = add i32 %39, -1640531527
  store i32 %40, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = shl i32 %41, 4
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = lshr i32 %43, 5
  %45 = xor i32 %42, %44
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = add i32 %45, %46
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = load ptr, ptr %4, align 8, !tbaa !14
  %50 = getelementptr inbounds nuw %struct.xtea_key, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = lshr i32 %51, 11
  %53 = and i32 %52, 3
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds nuw [4 x i32], ptr %50, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = add i32 %48, %56
  %58 = xor i32 %47, %57
  %59 = load i32, ptr %6, align 4, !tbaa !5
  %60 = add i32 %59, %58
  store i32 %60, ptr %6, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %19
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %8, align 4, !tbaa !5
  br label %15, !llvm.loop !20

64:                                               ; preds = %18
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = load ptr, ptr %3, align 8, !tbaa !18
  %67 = getelementptr inbounds i32, ptr %66, i64 0
  store i32 %65, ptr %67, align 4, !tbaa !5
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = load ptr, ptr %3, align 8, !tbaa !18
  %70 = getelementptr inbounds i32, ptr %69, i64 1
  store i32 %68, ptr %70, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @store_be32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = lshr i32 %5, 24
  %7 = trunc i32 %6 to i8
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds i8, ptr %8, i64 0
  store i8 %7, ptr %9, align 1, !tbaa !17
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = lshr i32 %10, 16
  %12 = trunc i32 %11 to i8
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds i8, ptr %13, i64 1
  store i8 %12, ptr %14, align 1, !tbaa !17
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = lshr i32 %15, 8
  %17 = trunc i32 %16 to i8
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds i8, ptr %18, i64 2
  store i8 %17, ptr %19, align 1, !tbaa !17
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = trunc i32 %20 to i8
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = getelementptr inbounds i8, ptr %22, i64 3
  store i8 %21, ptr %23, align 1, !tbaa !17
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @cbc_decrypt(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [2 x i32], align 4
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca [2 x i32], align 4
  %13 = alloca [2 x i32], align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !14
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %14 = load ptr, ptr %8, align 8, !tbaa !9
  %15 = call i32 @load_be32(ptr noundef %14) #6
  store i32 %15, ptr %9, align 4, !tbaa !5
  %16 = getelementptr inbounds i32, ptr %9, i64 1
  %17 = load ptr, ptr %8, align 8, !tbaa !9
  %18 = getelementptr inbounds i8, ptr %17, i64 4
  %19 = call i32 @load_be32(ptr noundef %18) #6
  store i32 %19, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %20

20:                                               ; preds = %62, %4
  %21 = load i64, ptr %10, align 8, !tbaa !12
  %22 = load i64, ptr %6, align 8, !tbaa !12
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %65

25:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = load i64, ptr %10, align 8, !tbaa !12
  %28 = mul i64 %27, 8
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28
  store ptr %29, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %30 = load ptr, ptr %11, align 8, !tbaa !9
  %31 = call i32 @load_be32(ptr noundef %30) #6
  store i32 %31, ptr %12, align 4, !tbaa !5
  %32 = getelementptr inbounds i32, ptr %12, i64 1
  %33 = load ptr, ptr %11, align 8, !tbaa !9
  %34 = getelementptr inbounds i8, ptr %33, i64 4
  %35 = call i32 @load_be32(ptr noundef %34) #6
  store i32 %35, ptr %32, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %36 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 0
  %37 = load i32, ptr %36, align 4, !tbaa !5
  store i32 %37, ptr %13, align 4, !tbaa !5
  %38 = getelementptr inbounds i32, ptr %13, i64 1
  %39 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 1
  %40 = load i32, ptr %39, align 4, !tbaa !5
  store i32 %40, ptr %38, align 4, !tbaa !5
  %41 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 0
  %42 = load ptr, ptr %7, align 8, !tbaa !14
  call void @xtea_decipher(ptr noundef %41, ptr noundef %42) #6
  %43 = load ptr, ptr %11, align 8, !tbaa !9
  %44 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 0
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 0
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = xor i32 %45, %47
  call void @store_be32(ptr noundef %43, i32 noundef %48) #6
  %49 = load ptr, ptr %11, align 8, !tbaa !9
  %50 = getelementptr inbounds i8, ptr %49, i64 4
  %51 = getelementptr inbounds [2 x i32], ptr %13, i64 0, i64 1
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 1
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = xor i32 %52, %54
  call void @store_be32(ptr noundef %50, i32 noundef %55) #6
  %56 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 0
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 0
  store i32 %57, ptr %58, align 4, !tbaa !5
  %59 = getelementptr inbounds [2 x i32], ptr %12, i64 0, i64 1
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = getelementptr inbounds [2 x i32], ptr %9, i64 0, i64 1
  store i32 %60, ptr %61, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %62

62:                                               ; preds = %25
  %63 = load i64, ptr %10, align 8, !tbaa !12
  %64 = add i64 %63, 1
  store i64 %64, ptr %10, align 8, !tbaa !12
  br label %20, !llvm.loop !21

65:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @xtea_decipher(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !18
  store ptr %1, ptr %4, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %9 = load ptr, ptr %3, align 8, !tbaa !18
  %10 = getelementptr inbounds i32, ptr %9, i64 0
  %11 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %11, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %12 = load ptr, ptr %3, align 8, !tbaa !18
  %13 = getelementptr inbounds i32, ptr %12, i64 1
  %14 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %14, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 -957401312, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %61, %2
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 32
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %64

19:                                               ; preds = %15
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = shl i32 %20, 4
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = lshr i32 %22, 5
  %24 = xor i32 %21, %23
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = add i32 %24, %25
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !14
  %29 = getelementptr inbounds nuw %struct.xtea_key, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = lshr i32 %30, 11
  %32 = and i32 %31, 3
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds nuw [4 x i32], ptr %29, i64 0, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = add i32 %27, %35
  %37 = xor i32 %26, %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = sub i32 %38, %37
  store i32 %39, ptr %6, align 4, !tbaa !5
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = sub i32 %40, -1640531527
  store i32 %41, ptr %7, align 4, !tbaa !5
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = shl i32 %42, 4
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = lshr i32 %44, 5
  %46 = xor i32 %43, %45
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = add i32 %46, %47
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = load ptr, ptr %4, align 8, !tbaa !14
  %51 = getelementptr inbounds nuw %struct.xtea_key, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = and i32 %52, 3
  %54 = zext i32 %53 to i64
  %55 = getelementptr inbounds nuw [4 x i32], ptr %51, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = add i32 %49, %56
  %58 = xor i32 %48, %57
  %59 = load i32, ptr %5, align 4, !tbaa !5
  %60 = sub i32 %59, %58
  store i32 %60, ptr %5, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %19
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %8, align 4, !tbaa !5
  br label %15, !llvm.loop !22

64:                                               ; preds = %18
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = load ptr, ptr %3, align 8, !tbaa !18
  %67 = getelementptr inbounds i32, ptr %66, i64 0
  store i32 %65, ptr %67, align 4, !tbaa !5
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = load ptr, ptr %3, align 8, !tbaa !18
  %70 = getelementptr inbounds i32, ptr %69, i64 1
  store i32 %68, ptr %70, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.xtea_key, align 4
  %3 = alloca [8 x i8], align 1
  %4 = alloca [2 x i32], align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 @__const.main.key, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %3, ptr align 1 @__const.main.iv, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 @__const.main.tv, i64 8, i1 false)
  %13 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0
  call void @xtea_encipher(ptr noundef %13, ptr noundef %2) #6
  %14 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0
  %15 = load i32, ptr %14, align 4, !tbaa !5
  %16 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 1
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %15, i32 noundef %17) #6
  %19 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0
  call void @xtea_decipher(ptr noundef %19, ptr noundef %2) #6
  %20 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 0
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = getelementptr inbounds [2 x i32], ptr %4, i64 0, i64 1
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %21, i32 noundef %23) #6
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 625341585, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %25

25:                                               ; preds = %57, %0
  %26 = load i64, ptr %6, align 8, !tbaa !12
  %27 = icmp ult i64 %26, 2048
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %60

29:                                               ; preds = %25
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = shl i32 %30, 13
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = xor i32 %32, %31
  store i32 %33, ptr %5, align 4, !tbaa !5
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = lshr i32 %34, 17
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = xor i32 %36, %35
  store i32 %37, ptr %5, align 4, !tbaa !5
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = shl i32 %38, 5
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = xor i32 %40, %39
  store i32 %41, ptr %5, align 4, !tbaa !5
  %42 = load i64, ptr %6, align 8, !tbaa !12
  %43 = urem i64 %42, 16
  %44 = icmp ult i64 %43, 10
  br i1 %44, label %45, label %51

45:                                               ; preds = %29
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = urem i32 %46, 26
  %48 = add i32 97, %47
  %49 = trunc i32 %48 to i8
  %50 = zext i8 %49 to i32
  br label %52

51:                                               ; preds = %29
  br label %52

52:                                               ; preds = %51, %45
  %53 = phi i32 [ %50, %45 ], [ 32, %51 ]
  %54 = trunc i32 %53 to i8
  %55 = load i64, ptr %6, align 8, !tbaa !12
  %56 = getelementptr inbounds nuw [2048 x i8], ptr @main.plain, i64 0, i64 %55
  store i8 %54, ptr %56, align 1, !tbaa !17
  br label %57

57:                                               ; preds = %52
  %58 = load i64, ptr %6, align 8, !tbaa !12
  %59 = add i64 %58, 1
  store i64 %59, ptr %6, align 8, !tbaa !12
  br label %25, !llvm.loop !23

60:                                               ; preds = %28
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @main.work, ptr align 16 @main.plain, i64 2048, i1 false)
  %61 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0
  call void @cbc_encrypt(ptr noundef @main.work, i64 noundef 256, ptr noundef %2, ptr noundef %61) #6
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %62 = call i32 @fnv1a(ptr noundef @main.work, i64 noundef 2048) #6
  store i32 %62, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %63

63:                                               ; preds = %81, %60
  %64 = load i64, ptr %9, align 8, !tbaa !12
  %65 = icmp ult i64 %64, 2048
  br i1 %65, label %67, label %66

66:                                               ; preds = %63
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %84

67:                                               ; preds = %63
  %68 = load i64, ptr %9, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw [2048 x i8], ptr @main.work, i64 0, i64 %68
  %70 = load i8, ptr %69, align 1, !tbaa !17
  %71 = zext i8 %70 to i32
  %72 = load i64, ptr %9, align 8, !tbaa !12
  %73 = getelementptr inbounds nuw [2048 x i8], ptr @main.plain, i64 0, i64 %72
  %74 = load i8, ptr %73, align 1, !tbaa !17
  %75 = zext i8 %74 to i32
  %76 = xor i32 %71, %75
  %77 = trunc i32 %76 to i8
  %78 = call i32 @popcount8(i8 noundef zeroext %77) #6
  %79 = load i32, ptr %8, align 4, !tbaa !5
  %80 = add i32 %79, %78
  store i32 %80, ptr %8, align 4, !tbaa !5
  br label %81

81:                                               ; preds = %67
  %82 = load i64, ptr %9, align 8, !tbaa !12
  %83 = add i64 %82, 1
  store i64 %83, ptr %9, align 8, !tbaa !12
  br label %63, !llvm.loop !24

84:                                               ; preds = %66
  %85 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0
  call void @cbc_decrypt(ptr noundef @main.work, i64 noundef 256, ptr noundef %2, ptr noundef %85) #6
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %86 = call i32 @memcmp(ptr noundef @main.work, ptr noundef @main.plain, i64 noundef 2048) #7
  %87 = icmp eq i32 %86, 0
  %88 = zext i1 %87 to i32
  store i32 %88, ptr %10, align 4, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @main.work, ptr align 16 @main.plain, i64 2048, i1 false)
  %89 = load i8, ptr getelementptr inbounds ([2048 x i8], ptr @main.work, i64 0, i64 3), align 1, !tbaa !17
  %90 = zext i8 %89 to i32
  %91 = xor i32 %90, 16
  %92 = trunc i32 %91 to i8
  store i8 %92, ptr getelementptr inbounds ([2048 x i8], ptr @main.work, i64 0, i64 3), align 1, !tbaa !17
  %93 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0
  call void @cbc_encrypt(ptr noundef @main.work, i64 noundef 256, ptr noundef %2, ptr noundef %93) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @main.ref, ptr align 16 @main.plain, i64 2048, i1 false)
  %94 = getelementptr inbounds [8 x i8], ptr %3, i64 0, i64 0
  call void @cbc_encrypt(ptr noundef @main.ref, i64 noundef 256, ptr noundef %2, ptr noundef %94) #6
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 0, ptr %12, align 8, !tbaa !12
  br label %95

95:                                               ; preds = %112, %84
  %96 = load i64, ptr %12, align 8, !tbaa !12
  %97 = icmp ult i64 %96, 256
  br i1 %97, label %99, label %98

98:                                               ; preds = %95
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %115

99:                                               ; preds = %95
  %100 = load i64, ptr %12, align 8, !tbaa !12
  %101 = mul i64 %100, 8
  %102 = getelementptr inbounds nuw i8, ptr @main.work, i64 %101
  %103 = load i64, ptr %12, align 8, !tbaa !12
  %104 = mul i64 %103, 8
  %105 = getelementptr inbounds nuw i8, ptr @main.ref, i64 %104
  %106 = call i32 @memcmp(ptr noundef %102, ptr noundef %105, i64 noundef 8) #7
  %107 = icmp ne i32 %106, 0
  br i1 %107, label %108, label %111

108:                                              ; preds = %99
  %109 = load i32, ptr %11, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %11, align 4, !tbaa !5
  br label %111

111:                                              ; preds = %108, %99
  br label %112

112:                                              ; preds = %111
  %113 = load i64, ptr %12, align 8, !tbaa !12
  %114 = add i64 %113, 1
  store i64 %114, ptr %12, align 8, !tbaa !12
  br label %95, !llvm.loop !25

115:                                              ; preds = %98
  %116 = load i32, ptr %7, align 4, !tbaa !5
  %117 = load i32, ptr %8, align 4, !tbaa !5
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %116, i32 noundef %117, i32 noundef 16384) #6
  %119 = load i32, ptr %10, align 4, !tbaa !5
  %120 = icmp ne i32 %119, 0
  %121 = zext i1 %120 to i64
  %122 = select i1 %120, ptr @.str.4, ptr @.str.5
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %122) #6
  %124 = load i32, ptr %11, align 4, !tbaa !5
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %124, i32 noundef 256) #6
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fnv1a(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 -2128831035, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %7

7:                                                ; preds = %22, %2
  %8 = load i64, ptr %6, align 8, !tbaa !12
  %9 = load i64, ptr %4, align 8, !tbaa !12
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %25

12:                                               ; preds = %7
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = load i64, ptr %6, align 8, !tbaa !12
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !17
  %17 = zext i8 %16 to i32
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = xor i32 %18, %17
  store i32 %19, ptr %5, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = mul i32 %20, 16777619
  store i32 %21, ptr %5, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %12
  %23 = load i64, ptr %6, align 8, !tbaa !12
  %24 = add i64 %23, 1
  store i64 %24, ptr %6, align 8, !tbaa !12
  br label %7, !llvm.loop !26

25:                                               ; preds = %11
  %26 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %26
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @popcount8(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  store i8 %0, ptr %2, align 1, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i8, ptr %2, align 1, !tbaa !17
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %19

7:                                                ; preds = %4
  %8 = load i8, ptr %2, align 1, !tbaa !17
  %9 = zext i8 %8 to i32
  %10 = sub nsw i32 %9, 1
  %11 = trunc i32 %10 to i8
  %12 = zext i8 %11 to i32
  %13 = load i8, ptr %2, align 1, !tbaa !17
  %14 = zext i8 %13 to i32
  %15 = and i32 %14, %12
  %16 = trunc i32 %15 to i8
  store i8 %16, ptr %2, align 1, !tbaa !17
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = add i32 %17, 1
  store i32 %18, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !27

19:                                               ; preds = %4
  %20 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }

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
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!11, !11, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!7, !7, i64 0}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 int", !11, i64 0}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
