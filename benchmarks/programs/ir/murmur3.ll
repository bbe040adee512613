; ModuleID = 'murmur3.c'
source_filename = "murmur3.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.bloom = type { [8192 x i8], i32 }

@main.bf = internal global %struct.bloom zeroinitializer, align 4
@.str = private unnamed_addr constant [65 x i8] c"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"murmur(hello)=%08x xor=%08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"hello\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"bloom hits=%u fp=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @murmur3_32(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !11
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %16, ptr %7, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %17 = load i64, ptr %5, align 8, !tbaa !11
  %18 = udiv i64 %17, 4
  store i64 %18, ptr %8, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %19 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %19, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 -862048943, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 461845907, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !11
  br label %20

20:                                               ; preds = %45, %3
  %21 = load i64, ptr %12, align 8, !tbaa !11
  %22 = load i64, ptr %8, align 8, !tbaa !11
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %48

25:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %26 = load ptr, ptr %7, align 8, !tbaa !13
  %27 = load i64, ptr %12, align 8, !tbaa !11
  %28 = mul i64 %27, 4
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28
  %30 = call i32 @load_le32(ptr noundef %29) #7
  store i32 %30, ptr %13, align 4, !tbaa !5
  %31 = load i32, ptr %13, align 4, !tbaa !5
  %32 = mul i32 %31, -862048943
  store i32 %32, ptr %13, align 4, !tbaa !5
  %33 = load i32, ptr %13, align 4, !tbaa !5
  %34 = call i32 @rotl32(i32 noundef %33, i32 noundef 15) #7
  store i32 %34, ptr %13, align 4, !tbaa !5
  %35 = load i32, ptr %13, align 4, !tbaa !5
  %36 = mul i32 %35, 461845907
  store i32 %36, ptr %13, align 4, !tbaa !5
  %37 = load i32, ptr %13, align 4, !tbaa !5
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = xor i32 %38, %37
  store i32 %39, ptr %9, align 4, !tbaa !5
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = call i32 @rotl32(i32 noundef %40, i32 noundef 13) #7
  store i32 %41, ptr %9, align 4, !tbaa !5
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = mul i32 %42, 5
  %44 = add i32 %43, -430675100
  store i32 %44, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %45

45:                                               ; preds = %25
  %46 = load i64, ptr %12, align 8, !tbaa !11
  %47 = add i64 %46, 1
  store i64 %47, ptr %12, align 8, !tbaa !11
  br label %20, !llvm.loop !15

48:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %49 = load ptr, ptr %7, align 8, !tbaa !13
  %50 = load i64, ptr %8, align 8, !tbaa !11
  %51 = mul i64 %50, 4
  %52 = getelementptr inbounds nuw i8, ptr %49, i64 %51
  store ptr %52, ptr %14, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i32 0, ptr %15, align 4, !tbaa !5
  %53 = load i64, ptr %5, align 8, !tbaa !11
  %54 = and i64 %53, 3
  switch i64 %54, label %87 [
    i64 3, label %55
    i64 2, label %63
    i64 1, label %71
  ]

55:                                               ; preds = %48
  %56 = load ptr, ptr %14, align 8, !tbaa !13
  %57 = getelementptr inbounds i8, ptr %56, i64 2
  %58 = load i8, ptr %57, align 1, !tbaa !17
  %59 = zext i8 %58 to i32
  %60 = shl i32 %59, 16
  %61 = load i32, ptr %15, align 4, !tbaa !5
  %62 = xor i32 %61, %60
  store i32 %62, ptr %15, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %48, %55
  %64 = load ptr, ptr %14, align 8, !tbaa !13
  %65 = getelementptr inbounds i8, ptr %64, i64 1
  %66 = load i8, ptr %65, align 1, !tbaa !17
  %67 = zext i8 %66 to i32
  %68 = shl i32 %67, 8
  %69 = load i32, ptr %15, align 4, !tbaa !5
  %70 = xor i32 %69, %68
  store i32 %70, ptr %15, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %48, %63
  %72 = load ptr, ptr %14, align 8, !tbaa !13
  %73 = getelementptr inbounds i8, ptr %72, i64 0
  %74 = load i8, ptr %73, align 1, !tbaa !17
  %75 = zext i8 %74 to i32
  %76 = load i32, ptr %15, align 4, !tbaa !5
  %77 = xor i32 %76, %75
  store i32 %77, ptr %15, align 4, !tbaa !5
  %78 = load i32, ptr %15, align 4, !tbaa !5
  %79 = mul i32 %78, -862048943
  store i32 %79, ptr %15, align 4, !tbaa !5
  %80 = load i32, ptr %15, align 4, !tbaa !5
  %81 = call i32 @rotl32(i32 noundef %80, i32 noundef 15) #7
  store i32 %81, ptr %15, align 4, !tbaa !5
  %82 = load i32, ptr %15, align 4, !tbaa !5
  %83 = mul i32 %82, 461845907
  store i32 %83, ptr %15, align 4, !tbaa !5
  %84 = load i32, ptr %15, align 4, !tbaa !5
  %85 = load i32, ptr %9, align 4, !tbaa !5
  %86 = xor i32 %85, %84
  store i32 %86, ptr %9, align 4, !tbaa !5
  br label %88

87:                                               ; preds = %48
  br label %88

88:                                               ; preds = %87, %71
  %89 = load i64, ptr %5, align 8, !tbaa !11
  %90 = trunc i64 %89 to i32
  %91 = load i32, ptr %9, align 4, !tbaa !5
  %92 = xor i32 %91, %90
  store i32 %92, ptr %9, align 4, !tbaa !5
  %93 = load i32, ptr %9, align 4, !tbaa !5
  %94 = call i32 @fmix32(i32 noundef %93) #7
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %94
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @load_le32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8, !tbaa !13
  %4 = getelementptr inbounds i8, ptr %3, i64 0
  %5 = load i8, ptr %4, align 1, !tbaa !17
  %6 = zext i8 %5 to i32
  %7 = load ptr, ptr %2, align 8, !tbaa !13
  %8 = getelementptr inbounds i8, ptr %7, i64 1
  %9 = load i8, ptr %8, align 1, !tbaa !17
  %10 = zext i8 %9 to i32
  %11 = shl i32 %10, 8
  %12 = or i32 %6, %11
  %13 = load ptr, ptr %2, align 8, !tbaa !13
  %14 = getelementptr inbounds i8, ptr %13, i64 2
  %15 = load i8, ptr %14, align 1, !tbaa !17
  %16 = zext i8 %15 to i32
  %17 = shl i32 %16, 16
  %18 = or i32 %12, %17
  %19 = load ptr, ptr %2, align 8, !tbaa !13
  %20 = getelementptr inbounds i8, ptr %19, i64 3
  %21 = load i8, ptr %20, align 1, !tbaa !17
  %22 = zext i8 %21 to i32
  %23 = shl i32 %22, 24
  %24 = or i32 %18, %23
  ret i32 %24
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #2 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = shl i32 %5, %6
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = sub nsw i32 32, %9
  %11 = lshr i32 %8, %10
  %12 = or i32 %7, %11
  ret i32 %12
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @fmix32(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = lshr i32 %3, 16
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = xor i32 %5, %4
  store i32 %6, ptr %2, align 4, !tbaa !5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = mul i32 %7, -2048144789
  store i32 %8, ptr %2, align 4, !tbaa !5
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = lshr i32 %9, 13
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr %2, align 4, !tbaa !5
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = mul i32 %13, -1028477387
  store i32 %14, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 16
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = xor i32 %17, %16
  store i32 %18, ptr %2, align 4, !tbaa !5
  %19 = load i32, ptr %2, align 4, !tbaa !5
  ret i32 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 4 @main.bf, i8 0, i64 8196, i1 false)
  store i32 5, ptr getelementptr inbounds nuw (%struct.bloom, ptr @main.bf, i32 0, i32 1), align 4, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %19, %0
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = icmp ult i32 %10, 5000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %22

13:                                               ; preds = %9
  %14 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = mul i32 %15, 7919
  %17 = add i32 %16, 13
  call void @word_for(ptr noundef %14, i32 noundef %17) #7
  %18 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  call void @bloom_add(ptr noundef @main.bf, ptr noundef %18) #7
  br label %19

19:                                               ; preds = %13
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = add i32 %20, 1
  store i32 %21, ptr %3, align 4, !tbaa !5
  br label %9, !llvm.loop !20

22:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %44, %22
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = icmp ult i32 %24, 5000
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %47

27:                                               ; preds = %23
  %28 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = mul i32 %29, 7919
  %31 = add i32 %30, 13
  call void @word_for(ptr noundef %28, i32 noundef %31) #7
  %32 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %33 = call i32 @bloom_query(ptr noundef @main.bf, ptr noundef %32) #7
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = add i32 %34, %33
  store i32 %35, ptr %4, align 4, !tbaa !5
  %36 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = mul i32 %37, 104729
  %39 = add i32 %38, 99991
  call void @word_for(ptr noundef %36, i32 noundef %39) #7
  %40 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %41 = call i32 @bloom_query(ptr noundef @main.bf, ptr noundef %40) #7
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = add i32 %42, %41
  store i32 %43, ptr %5, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %27
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = add i32 %45, 1
  store i32 %46, ptr %6, align 4, !tbaa !5
  br label %23, !llvm.loop !21

47:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %59, %47
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = icmp ult i32 %49, 64
  br i1 %50, label %52, label %51

51:                                               ; preds = %48
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %62

52:                                               ; preds = %48
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = zext i32 %53 to i64
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = call i32 @murmur3_32(ptr noundef @.str, i64 noundef %54, i32 noundef %55) #7
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = xor i32 %57, %56
  store i32 %58, ptr %7, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %52
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = add i32 %60, 1
  store i32 %61, ptr %8, align 4, !tbaa !5
  br label %48, !llvm.loop !22

62:                                               ; preds = %51
  %63 = call i32 @murmur3_32(ptr noundef @.str.2, i64 noundef 5, i32 noundef 0) #7
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %63, i32 noundef %64) #7
  %66 = load i32, ptr %4, align 4, !tbaa !5
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %66, i32 noundef %67) #7
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @word_for(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !13
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %24, %2
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = urem i32 %7, 26
  %9 = add i32 97, %8
  %10 = trunc i32 %9 to i8
  %11 = load ptr, ptr %3, align 8, !tbaa !13
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %5, align 4, !tbaa !5
  %14 = sext i32 %12 to i64
  %15 = getelementptr inbounds i8, ptr %11, i64 %14
  store i8 %10, ptr %15, align 1, !tbaa !17
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = udiv i32 %16, 26
  store i32 %17, ptr %4, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %6
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 15
  br label %24

24:                                               ; preds = %21, %18
  %25 = phi i1 [ false, %18 ], [ %23, %21 ]
  br i1 %25, label %6, label %26, !llvm.loop !23

26:                                               ; preds = %24
  %27 = load ptr, ptr %3, align 8, !tbaa !13
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %27, i64 %29
  store i8 0, ptr %30, align 1, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bloom_add(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !24
  store ptr %1, ptr %4, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %10 = load ptr, ptr %4, align 8, !tbaa !13
  %11 = call i64 @strlen(ptr noundef %10) #8
  store i64 %11, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %12 = load ptr, ptr %4, align 8, !tbaa !13
  %13 = load i64, ptr %5, align 8, !tbaa !11
  %14 = call i32 @murmur3_32(ptr noundef %12, i64 noundef %13, i32 noundef -1756908916) #7
  store i32 %14, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = zext i32 %15 to i64
  %17 = shl i64 %16, 32
  %18 = load i64, ptr %5, align 8, !tbaa !11
  %19 = trunc i64 %18 to i32
  %20 = zext i32 %19 to i64
  %21 = or i64 %17, %20
  %22 = call i64 @fmix64(i64 noundef %21) #7
  %23 = trunc i64 %22 to i32
  store i32 %23, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %53, %2
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = load ptr, ptr %3, align 8, !tbaa !24
  %27 = getelementptr inbounds nuw %struct.bloom, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !18
  %29 = icmp ult i32 %25, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %56

31:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = mul i32 %33, %34
  %36 = add i32 %32, %35
  %37 = urem i32 %36, 65536
  store i32 %37, ptr %9, align 4, !tbaa !5
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = and i32 %38, 7
  %40 = shl i32 1, %39
  %41 = trunc i32 %40 to i8
  %42 = zext i8 %41 to i32
  %43 = load ptr, ptr %3, align 8, !tbaa !24
  %44 = getelementptr inbounds nuw %struct.bloom, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = lshr i32 %45, 3
  %47 = zext i32 %46 to i64
  %48 = getelementptr inbounds nuw [8192 x i8], ptr %44, i64 0, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !17
  %50 = zext i8 %49 to i32
  %51 = or i32 %50, %42
  %52 = trunc i32 %51 to i8
  store i8 %52, ptr %48, align 1, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %53

53:                                               ; preds = %31
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = add i32 %54, 1
  store i32 %55, ptr %8, align 4, !tbaa !5
  br label %24, !llvm.loop !26

56:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bloom_query(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !24
  store ptr %1, ptr %5, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %12 = load ptr, ptr %5, align 8, !tbaa !13
  %13 = call i64 @strlen(ptr noundef %12) #8
  store i64 %13, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %14 = load ptr, ptr %5, align 8, !tbaa !13
  %15 = load i64, ptr %6, align 8, !tbaa !11
  %16 = call i32 @murmur3_32(ptr noundef %14, i64 noundef %15, i32 noundef -1756908916) #7
  store i32 %16, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = zext i32 %17 to i64
  %19 = shl i64 %18, 32
  %20 = load i64, ptr %6, align 8, !tbaa !11
  %21 = trunc i64 %20 to i32
  %22 = zext i32 %21 to i64
  %23 = or i64 %19, %22
  %24 = call i64 @fmix64(i64 noundef %23) #7
  %25 = trunc i64 %24 to i32
  store i32 %25, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %58, %2
  %27 = load i32, ptr %9, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !24
  %29 = getelementptr inbounds nuw %struct.bloom, ptr %28, i32 0, i32 1
  %30 = load i32, ptr %29, align 4, !tbaa !18
  %31 = icmp ult i32 %27, %30
  br i1 %31, label %33, label %32

32:                                               ; preds = %26
  store i32 2, ptr %10, align 4
  br label %61

33:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = load i32, ptr %9, align 4, !tbaa !5
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = mul i32 %35, %36
  %38 = add i32 %34, %37
  %39 = urem i32 %38, 65536
  store i32 %39, ptr %11, align 4, !tbaa !5
  %40 = load ptr, ptr %4, align 8, !tbaa !24
  %41 = getelementptr inbounds nuw %struct.bloom, ptr %40, i32 0, i32 0
  %42 = load i32, ptr %11, align 4, !tbaa !5
  %43 = lshr i32 %42, 3
  %44 = zext i32 %43 to i64
  %45 = getelementptr inbounds nuw [8192 x i8], ptr %41, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !17
  %47 = zext i8 %46 to i32
  %48 = load i32, ptr %11, align 4, !tbaa !5
  %49 = and i32 %48, 7
  %50 = shl i32 1, %49
  %51 = and i32 %47, %50
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %54, label %53

53:                                               ; preds = %33
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %55

54:                                               ; preds = %33
  store i32 0, ptr %10, align 4
  br label %55

55:                                               ; preds = %54, %53
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %56 = load i32, ptr %10, align 4
  switch i32 %56, label %61 [
    i32 0, label %57
  ]

57:                                               ; preds = %55
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = add i32 %59, 1
  store i32 %60, ptr %9, align 4, !tbaa !5
  br label %26, !llvm.loop !27

61:                                               ; preds = %55, %32
  call void @llvm.lifetime.end.p0(ptr %9) #6
  %62 = load i32, ptr %10, align 4
  switch i32 %62, label %64 [
    i32 2, label %63
  ]

63:                                               ; preds = %61
  store i32 1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %64

64:                                               ; preds = %63, %61
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %65 = load i32, ptr %3, align 4
  ret i32 %65
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i64 @fmix64(i64 noundef %0) #2 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !11
  %3 = load i64, ptr %2, align 8, !tbaa !11
  %4 = lshr i64 %3, 33
  %5 = load i64, ptr %2, align 8, !tbaa !11
  %6 = xor i64 %5, %4
  store i64 %6, ptr %2, align 8, !tbaa !11
  %7 = load i64, ptr %2, align 8, !tbaa !11
  %8 = mul i64 %7, -49064778989728563
  store i64 %8, ptr %2, align 8, !tbaa !11
  %9 = load i64, ptr %2, align 8, !tbaa !11
  %10 = lshr i64 %9, 33
  %11 = load i64, ptr %2, align 8, !tbaa !11
  %12 = xor i64 %11, %10
  store i64 %12, ptr %2, align 8, !tbaa !11
  %13 = load i64, ptr %2, align 8, !tbaa !11
  %14 = mul i64 %13, -4265267296055464877
  store i64 %14, ptr %2, align 8, !tbaa !11
  %15 = load i64, ptr %2, align 8, !tbaa !11
  %16 = lshr i64 %15, 33
  %17 = load i64, ptr %2, align 8, !tbaa !11
  %18 = xor i64 %17, %16
  store i64 %18, ptr %2, align 8, !tbaa !11
  %19 = load i64, ptr %2, align 8, !tbaa !11
  ret i64 %19
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }

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
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 omnipotent char", !10, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!7, !7, i64 0}
!18 = !{!19, !6, i64 8192}
!19 = !{!"bloom", !7, i64 0, !6, i64 8192}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 _ZTS5bloom", !10, i64 0}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
