; ModuleID = 'delta_varint.c'
source_filename = "delta_varint.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.a = internal global [20000 x i32] zeroinitializer, align 16
@main.b = internal global [20000 x i32] zeroinitializer, align 16
@main.back = internal global [20000 x i32] zeroinitializer, align 16
@main.buf = internal global [100000 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [56 x i8] c"sorted=%zu bytes ok=%d noisy=%zu bytes ok=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @varint_put(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %6

6:                                                ; preds = %9, %2
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp uge i32 %7, 128
  br i1 %8, label %9, label %19

9:                                                ; preds = %6
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = or i32 %10, 128
  %12 = trunc i32 %11 to i8
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = load i64, ptr %5, align 8, !tbaa !12
  %15 = add i64 %14, 1
  store i64 %15, ptr %5, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  store i8 %12, ptr %16, align 1, !tbaa !14
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = lshr i32 %17, 7
  store i32 %18, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !15

19:                                               ; preds = %6
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = trunc i32 %20 to i8
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = load i64, ptr %5, align 8, !tbaa !12
  %24 = add i64 %23, 1
  store i64 %24, ptr %5, align 8, !tbaa !12
  %25 = getelementptr inbounds nuw i8, ptr %22, i64 %23
  store i8 %21, ptr %25, align 1, !tbaa !14
  %26 = load i64, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i64 %26
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @varint_get(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %47, %3
  %12 = load i64, ptr %9, align 8, !tbaa !12
  %13 = load i64, ptr %6, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %15, label %18

15:                                               ; preds = %11
  %16 = load i64, ptr %9, align 8, !tbaa !12
  %17 = icmp ult i64 %16, 5
  br label %18

18:                                               ; preds = %15, %11
  %19 = phi i1 [ false, %11 ], [ %17, %15 ]
  br i1 %19, label %21, label %20

20:                                               ; preds = %18
  store i32 2, ptr %10, align 4
  br label %50

21:                                               ; preds = %18
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  %23 = load i64, ptr %9, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw i8, ptr %22, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !14
  %26 = zext i8 %25 to i32
  %27 = and i32 %26, 127
  %28 = load i64, ptr %9, align 8, !tbaa !12
  %29 = mul i64 7, %28
  %30 = trunc i64 %29 to i32
  %31 = shl i32 %27, %30
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = or i32 %32, %31
  store i32 %33, ptr %8, align 4, !tbaa !5
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = load i64, ptr %9, align 8, !tbaa !12
  %36 = getelementptr inbounds nuw i8, ptr %34, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !14
  %38 = zext i8 %37 to i32
  %39 = and i32 %38, 128
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %46, label %41

41:                                               ; preds = %21
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = load ptr, ptr %7, align 8, !tbaa !17
  store i32 %42, ptr %43, align 4, !tbaa !5
  %44 = load i64, ptr %9, align 8, !tbaa !12
  %45 = add i64 %44, 1
  store i64 %45, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %50

46:                                               ; preds = %21
  br label %47

47:                                               ; preds = %46
  %48 = load i64, ptr %9, align 8, !tbaa !12
  %49 = add i64 %48, 1
  store i64 %49, ptr %9, align 8, !tbaa !12
  br label %11, !llvm.loop !19

50:                                               ; preds = %41, %20
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %51 = load i32, ptr %10, align 4
  switch i32 %51, label %53 [
    i32 2, label %52
  ]

52:                                               ; preds = %50
  store i64 0, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %53

53:                                               ; preds = %52, %50
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %54 = load i64, ptr %4, align 8
  ret i64 %54
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @encode_deltas(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !17
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i64 0, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %38, %3
  %12 = load i64, ptr %9, align 8, !tbaa !12
  %13 = load i64, ptr %5, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %41

16:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %17 = load ptr, ptr %4, align 8, !tbaa !17
  %18 = load i64, ptr %9, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw i32, ptr %17, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = sub nsw i64 %21, %22
  store i64 %23, ptr %10, align 8, !tbaa !12
  %24 = load ptr, ptr %4, align 8, !tbaa !17
  %25 = load i64, ptr %9, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw i32, ptr %24, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  store i64 %28, ptr %8, align 8, !tbaa !12
  %29 = load ptr, ptr %6, align 8, !tbaa !9
  %30 = load i64, ptr %7, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 %30
  %32 = load i64, ptr %10, align 8, !tbaa !12
  %33 = trunc i64 %32 to i32
  %34 = call i32 @zigzag_enc(i32 noundef %33) #6
  %35 = call i64 @varint_put(ptr noundef %31, i32 noundef %34) #6
  %36 = load i64, ptr %7, align 8, !tbaa !12
  %37 = add i64 %36, %35
  store i64 %37, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %38

38:                                               ; preds = %16
  %39 = load i64, ptr %9, align 8, !tbaa !12
  %40 = add i64 %39, 1
  store i64 %40, ptr %9, align 8, !tbaa !12
  br label %11, !llvm.loop !20

41:                                               ; preds = %15
  %42 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i64 %42
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @zigzag_enc(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = shl i32 %3, 1
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  %7 = zext i1 %6 to i64
  %8 = select i1 %6, i32 -1, i32 0
  %9 = xor i32 %4, %8
  ret i32 %9
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @decode_deltas(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !17
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i64 0, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %15

15:                                               ; preds = %53, %4
  %16 = load i64, ptr %9, align 8, !tbaa !12
  %17 = load i64, ptr %6, align 8, !tbaa !12
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = load i64, ptr %10, align 8, !tbaa !12
  %21 = load i64, ptr %8, align 8, !tbaa !12
  %22 = icmp ult i64 %20, %21
  br label %23

23:                                               ; preds = %19, %15
  %24 = phi i1 [ false, %15 ], [ %22, %19 ]
  br i1 %24, label %25, label %54

25:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %12) #5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = load i64, ptr %9, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 %27
  %29 = load i64, ptr %6, align 8, !tbaa !12
  %30 = load i64, ptr %9, align 8, !tbaa !12
  %31 = sub i64 %29, %30
  %32 = call i64 @varint_get(ptr noundef %28, i64 noundef %31, ptr noundef %12) #6
  store i64 %32, ptr %13, align 8, !tbaa !12
  %33 = load i64, ptr %13, align 8, !tbaa !12
  %34 = icmp ne i64 %33, 0
  br i1 %34, label %36, label %35

35:                                               ; preds = %25
  store i32 3, ptr %14, align 4
  br label %51

36:                                               ; preds = %25
  %37 = load i64, ptr %13, align 8, !tbaa !12
  %38 = load i64, ptr %9, align 8, !tbaa !12
  %39 = add i64 %38, %37
  store i64 %39, ptr %9, align 8, !tbaa !12
  %40 = load i32, ptr %12, align 4, !tbaa !5
  %41 = call i32 @zigzag_dec(i32 noundef %40) #6
  %42 = sext i32 %41 to i64
  %43 = load i64, ptr %11, align 8, !tbaa !12
  %44 = add nsw i64 %43, %42
  store i64 %44, ptr %11, align 8, !tbaa !12
  %45 = load i64, ptr %11, align 8, !tbaa !12
  %46 = trunc i64 %45 to i32
  %47 = load ptr, ptr %7, align 8, !tbaa !17
  %48 = load i64, ptr %10, align 8, !tbaa !12
  %49 = add i64 %48, 1
  store i64 %49, ptr %10, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw i32, ptr %47, i64 %48
  store i32 %46, ptr %50, align 4, !tbaa !5
  store i32 0, ptr %14, align 4
  br label %51

51:                                               ; preds = %36, %35
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  %52 = load i32, ptr %14, align 4
  switch i32 %52, label %56 [
    i32 0, label %53
    i32 3, label %54
  ]

53:                                               ; preds = %51
  br label %15, !llvm.loop !21

54:                                               ; preds = %51, %23
  %55 = load i64, ptr %10, align 8, !tbaa !12
  store i32 1, ptr %14, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret i64 %55

56:                                               ; preds = %51
  unreachable
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @zigzag_dec(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = lshr i32 %4, 1
  store i32 %5, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = and i32 %6, 1
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %13

9:                                                ; preds = %1
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = sub nsw i32 0, %10
  %12 = sub nsw i32 %11, 1
  br label %15

13:                                               ; preds = %1
  %14 = load i32, ptr %3, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %13, %9
  %16 = phi i32 [ %12, %9 ], [ %14, %13 ]
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %16
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
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 17, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %37, %0
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 20000
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %40

17:                                               ; preds = %13
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = mul i32 %18, 1103515245
  %20 = add i32 %19, 12345
  store i32 %20, ptr %2, align 4, !tbaa !5
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = lshr i32 %21, 16
  %23 = urem i32 %22, 50
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = add nsw i32 %24, %23
  store i32 %25, ptr %3, align 4, !tbaa !5
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [20000 x i32], ptr @main.a, i64 0, i64 %28
  store i32 %26, ptr %29, align 4, !tbaa !5
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = lshr i32 %30, 8
  %32 = urem i32 %31, 20001
  %33 = sub nsw i32 %32, 10000
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [20000 x i32], ptr @main.b, i64 0, i64 %35
  store i32 %33, ptr %36, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %17
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %4, align 4, !tbaa !5
  br label %13, !llvm.loop !22

40:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %41 = call i64 @encode_deltas(ptr noundef @main.a, i64 noundef 20000, ptr noundef @main.buf) #6
  store i64 %41, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %42 = load i64, ptr %5, align 8, !tbaa !12
  %43 = call i64 @decode_deltas(ptr noundef @main.buf, i64 noundef %42, ptr noundef @main.back, i64 noundef 20000) #6
  store i64 %43, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %44 = load i64, ptr %6, align 8, !tbaa !12
  %45 = icmp eq i64 %44, 20000
  br i1 %45, label %46, label %49

46:                                               ; preds = %40
  %47 = call i32 @memcmp(ptr noundef @main.a, ptr noundef @main.back, i64 noundef 80000) #7
  %48 = icmp eq i32 %47, 0
  br label %49

49:                                               ; preds = %46, %40
  %50 = phi i1 [ false, %40 ], [ %48, %46 ]
  %51 = zext i1 %50 to i32
  store i32 %51, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %52 = call i64 @encode_deltas(ptr noundef @main.b, i64 noundef 20000, ptr noundef @main.buf) #6
  store i64 %52, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = call i64 @decode_deltas(ptr noundef @main.buf, i64 noundef %53, ptr noundef @main.back, i64 noundef 20000) #6
  store i64 %54, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %55 = load i64, ptr %9, align 8, !tbaa !12
  %56 = icmp eq i64 %55, 20000
  br i1 %56, label %57, label %60

57:                                               ; preds = %49
  %58 = call i32 @memcmp(ptr noundef @main.b, ptr noundef @main.back, i64 noundef 80000) #7
  %59 = icmp eq i32 %58, 0
  br label %60

60:                                               ; preds = %57, %49
  %61 = phi i1 [ false, %49 ], [ %59, %57 ]
  %62 = zext i1 %61 to i32
  store i32 %62, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 0, ptr %12, align 8, !tbaa !12
  br label %63

63:                                               ; preds = %79, %60
  %64 = load i64, ptr %12, align 8, !tbaa !12
  %65 = load i64, ptr %8, align 8, !tbaa !12
  %66 = icmp ult i64 %64, %65
  br i1 %66, label %68, label %67

67:                                               ; preds = %63
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %82

68:                                               ; preds = %63
  %69 = load i32, ptr %11, align 4, !tbaa !5
  %70 = shl i32 %69, 3
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = lshr i32 %71, 29
  %73 = or i32 %70, %72
  %74 = load i64, ptr %12, align 8, !tbaa !12
  %75 = getelementptr inbounds nuw [100000 x i8], ptr @main.buf, i64 0, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !14
  %77 = zext i8 %76 to i32
  %78 = xor i32 %73, %77
  store i32 %78, ptr %11, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %68
  %80 = load i64, ptr %12, align 8, !tbaa !12
  %81 = add i64 %80, 1
  store i64 %81, ptr %12, align 8, !tbaa !12
  br label %63, !llvm.loop !23

82:                                               ; preds = %67
  %83 = load i64, ptr %5, align 8, !tbaa !12
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = load i64, ptr %8, align 8, !tbaa !12
  %86 = load i32, ptr %10, align 4, !tbaa !5
  %87 = load i32, ptr %11, align 4, !tbaa !5
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %83, i32 noundef %84, i64 noundef %85, i32 noundef %86, i32 noundef %87) #6
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 int", !11, i64 0}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
