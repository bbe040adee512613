; ModuleID = 'biquad_iir.c'
source_filename = "biquad_iir.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.biquad = type { i32, i32, i32, i32, i32, i32, i32, i32, i32 }

@.str = private unnamed_addr constant [43 x i8] c"sum=%lld max=%d min=%d hash=%08x sin90=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @biquad_step(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.biquad, ptr %7, i32 0, i32 0
  %9 = load i32, ptr %8, align 4, !tbaa !11
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = call i32 @q_mul(i32 noundef %9, i32 noundef %10) #5
  %12 = sext i32 %11 to i64
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.biquad, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !13
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.biquad, ptr %16, i32 0, i32 5
  %18 = load i32, ptr %17, align 4, !tbaa !14
  %19 = call i32 @q_mul(i32 noundef %15, i32 noundef %18) #5
  %20 = sext i32 %19 to i64
  %21 = add nsw i64 %12, %20
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.biquad, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %23, align 4, !tbaa !15
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.biquad, ptr %25, i32 0, i32 6
  %27 = load i32, ptr %26, align 4, !tbaa !16
  %28 = call i32 @q_mul(i32 noundef %24, i32 noundef %27) #5
  %29 = sext i32 %28 to i64
  %30 = add nsw i64 %21, %29
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.biquad, ptr %31, i32 0, i32 3
  %33 = load i32, ptr %32, align 4, !tbaa !17
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.biquad, ptr %34, i32 0, i32 7
  %36 = load i32, ptr %35, align 4, !tbaa !18
  %37 = call i32 @q_mul(i32 noundef %33, i32 noundef %36) #5
  %38 = sext i32 %37 to i64
  %39 = add nsw i64 %30, %38
  %40 = load ptr, ptr %3, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.biquad, ptr %40, i32 0, i32 4
  %42 = load i32, ptr %41, align 4, !tbaa !19
  %43 = load ptr, ptr %3, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.biquad, ptr %43, i32 0, i32 8
  %45 = load i32, ptr %44, align 4, !tbaa !20
  %46 = call i32 @q_mul(i32 noundef %42, i32 noundef %45) #5
  %47 = sext i32 %46 to i64
  %48 = add nsw i64 %39, %47
  store i64 %48, ptr %5, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %49 = load i64, ptr %5, align 8, !tbaa !21
  %50 = call i32 @clamp24(i64 noundef %49) #5
  store i32 %50, ptr %6, align 4, !tbaa !5
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.biquad, ptr %51, i32 0, i32 5
  %53 = load i32, ptr %52, align 4, !tbaa !14
  %54 = load ptr, ptr %3, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.biquad, ptr %54, i32 0, i32 6
  store i32 %53, ptr %55, align 4, !tbaa !16
  %56 = load i32, ptr %4, align 4, !tbaa !5
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.biquad, ptr %57, i32 0, i32 5
  store i32 %56, ptr %58, align 4, !tbaa !14
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.biquad, ptr %59, i32 0, i32 7
  %61 = load i32, ptr %60, align 4, !tbaa !18
  %62 = load ptr, ptr %3, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.biquad, ptr %62, i32 0, i32 8
  store i32 %61, ptr %63, align 4, !tbaa !20
  %64 = load i32, ptr %6, align 4, !tbaa !5
  %65 = load ptr, ptr %3, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.biquad, ptr %65, i32 0, i32 7
  store i32 %64, ptr %66, align 4, !tbaa !18
  %67 = load i32, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret i32 %67
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @q_mul(i32 noundef %0, i32 noundef %1) #2 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %6, %8
  %10 = sdiv i64 %9, 268435456
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @clamp24(i64 noundef %0) #2 {
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i64 8388607, ptr %4, align 8, !tbaa !21
  %6 = load i64, ptr %3, align 8, !tbaa !21
  %7 = icmp sgt i64 %6, 8388607
  br i1 %7, label %8, label %9

8:                                                ; preds = %1
  store i32 8388607, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %16

9:                                                ; preds = %1
  %10 = load i64, ptr %3, align 8, !tbaa !21
  %11 = icmp slt i64 %10, -8388607
  br i1 %11, label %12, label %13

12:                                               ; preds = %9
  store i32 -8388607, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %16

13:                                               ; preds = %9
  %14 = load i64, ptr %3, align 8, !tbaa !21
  %15 = trunc i64 %14 to i32
  store i32 %15, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %16

16:                                               ; preds = %13, %12, %8
  call void @llvm.lifetime.end.p0(ptr %4) #4
  %17 = load i32, ptr %2, align 4
  ret i32 %17
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x %struct.biquad], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
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
  %14 = getelementptr inbounds [3 x %struct.biquad], ptr %2, i64 0, i64 0
  call void @biquad_init(ptr noundef %14, i32 noundef 7684598, i32 noundef 15369196, i32 noundef 7684598, i32 noundef -432758374, i32 noundef 194832222) #5
  %15 = getelementptr inbounds [3 x %struct.biquad], ptr %2, i64 0, i64 1
  call void @biquad_init(ptr noundef %15, i32 noundef 7684598, i32 noundef 15369196, i32 noundef 7684598, i32 noundef -365484733, i32 noundef 128004120) #5
  %16 = getelementptr inbounds [3 x %struct.biquad], ptr %2, i64 0, i64 2
  call void @biquad_init(ptr noundef %16, i32 noundef 15369196, i32 noundef 15369196, i32 noundef 0, i32 noundef -241038848, i32 noundef 0) #5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 50, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 0, ptr %5, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %70, %0
  %18 = load i32, ptr %9, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 60000
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %73

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = call i32 @isin(i32 noundef %22) #5
  %24 = sdiv i32 %23, 2
  store i32 %24, ptr %11, align 4, !tbaa !5
  %25 = load i32, ptr %4, align 4, !tbaa !5
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = add i32 %26, %25
  store i32 %27, ptr %3, align 4, !tbaa !5
  %28 = load i32, ptr %9, align 4, !tbaa !5
  %29 = and i32 %28, 63
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %31, label %34

31:                                               ; preds = %21
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = add i32 %32, 3
  store i32 %33, ptr %4, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %31, %21
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %35 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %35, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %46, %34
  %37 = load i32, ptr %13, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 3
  br i1 %38, label %40, label %39

39:                                               ; preds = %36
  store i32 5, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %49

40:                                               ; preds = %36
  %41 = load i32, ptr %13, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [3 x %struct.biquad], ptr %2, i64 0, i64 %42
  %44 = load i32, ptr %12, align 4, !tbaa !5
  %45 = call i32 @biquad_step(ptr noundef %43, i32 noundef %44) #5
  store i32 %45, ptr %12, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %40
  %47 = load i32, ptr %13, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %13, align 4, !tbaa !5
  br label %36, !llvm.loop !23

49:                                               ; preds = %39
  %50 = load i32, ptr %12, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = load i64, ptr %5, align 8, !tbaa !21
  %53 = add nsw i64 %52, %51
  store i64 %53, ptr %5, align 8, !tbaa !21
  %54 = load i32, ptr %12, align 4, !tbaa !5
  %55 = load i32, ptr %6, align 4, !tbaa !5
  %56 = icmp sgt i32 %54, %55
  br i1 %56, label %57, label %59

57:                                               ; preds = %49
  %58 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %58, ptr %6, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %57, %49
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = icmp slt i32 %60, %61
  br i1 %62, label %63, label %65

63:                                               ; preds = %59
  %64 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %64, ptr %7, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %63, %59
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = load i32, ptr %12, align 4, !tbaa !5
  %68 = xor i32 %66, %67
  %69 = mul i32 %68, 16777619
  store i32 %69, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %70

70:                                               ; preds = %65
  %71 = load i32, ptr %9, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %9, align 4, !tbaa !5
  br label %17, !llvm.loop !25

73:                                               ; preds = %20
  %74 = load i64, ptr %5, align 8, !tbaa !21
  %75 = load i32, ptr %6, align 4, !tbaa !5
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = call i32 @isin(i32 noundef 16384) #5
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %74, i32 noundef %75, i32 noundef %76, i32 noundef %77, i32 noundef %78) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %80 = load i32, ptr %1, align 4
  ret i32 %80
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @biquad_init(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) #0 {
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !9
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i32 %2, ptr %9, align 4, !tbaa !5
  store i32 %3, ptr %10, align 4, !tbaa !5
  store i32 %4, ptr %11, align 4, !tbaa !5
  store i32 %5, ptr %12, align 4, !tbaa !5
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = load ptr, ptr %7, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.biquad, ptr %14, i32 0, i32 0
  store i32 %13, ptr %15, align 4, !tbaa !11
  %16 = load i32, ptr %9, align 4, !tbaa !5
  %17 = load ptr, ptr %7, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.biquad, ptr %17, i32 0, i32 1
  store i32 %16, ptr %18, align 4, !tbaa !13
  %19 = load i32, ptr %10, align 4, !tbaa !5
  %20 = load ptr, ptr %7, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.biquad, ptr %20, i32 0, i32 2
  store i32 %19, ptr %21, align 4, !tbaa !15
  %22 = load i32, ptr %11, align 4, !tbaa !5
  %23 = sub nsw i32 0, %22
  %24 = load ptr, ptr %7, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.biquad, ptr %24, i32 0, i32 3
  store i32 %23, ptr %25, align 4, !tbaa !17
  %26 = load i32, ptr %12, align 4, !tbaa !5
  %27 = sub nsw i32 0, %26
  %28 = load ptr, ptr %7, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.biquad, ptr %28, i32 0, i32 4
  store i32 %27, ptr %29, align 4, !tbaa !19
  %30 = load ptr, ptr %7, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.biquad, ptr %30, i32 0, i32 8
  store i32 0, ptr %31, align 4, !tbaa !20
  %32 = load ptr, ptr %7, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.biquad, ptr %32, i32 0, i32 7
  store i32 0, ptr %33, align 4, !tbaa !18
  %34 = load ptr, ptr %7, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.biquad, ptr %34, i32 0, i32 6
  store i32 0, ptr %35, align 4, !tbaa !16
  %36 = load ptr, ptr %7, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.biquad, ptr %36, i32 0, i32 5
  store i32 0, ptr %37, align 4, !tbaa !14
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @isin(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = and i32 %9, 65535
  store i32 %10, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = icmp uge i32 %11, 32768
  %13 = zext i1 %12 to i32
  store i32 %13, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = and i32 %14, 32767
  %16 = zext i32 %15 to i64
  store i64 %16, ptr %5, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %17 = load i64, ptr %5, align 8, !tbaa !21
  %18 = mul nsw i64 16, %17
  %19 = load i64, ptr %5, align 8, !tbaa !21
  %20 = sub nsw i64 32768, %19
  %21 = mul nsw i64 %18, %20
  store i64 %21, ptr %6, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %22 = load i64, ptr %5, align 8, !tbaa !21
  %23 = mul nsw i64 4, %22
  %24 = load i64, ptr %5, align 8, !tbaa !21
  %25 = sub nsw i64 32768, %24
  %26 = mul nsw i64 %23, %25
  %27 = sub nsw i64 5368709120, %26
  store i64 %27, ptr %7, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %28 = load i64, ptr %6, align 8, !tbaa !21
  %29 = mul nsw i64 %28, 8388608
  %30 = load i64, ptr %7, align 8, !tbaa !21
  %31 = sdiv i64 %29, %30
  %32 = trunc i64 %31 to i32
  store i32 %32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %35, label %38

35:                                               ; preds = %1
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = sub nsw i32 0, %36
  br label %40

38:                                               ; preds = %1
  %39 = load i32, ptr %8, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %38, %35
  %41 = phi i32 [ %37, %35 ], [ %39, %38 ]
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %41
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
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !6, i64 0}
!12 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20, !6, i64 24, !6, i64 28, !6, i64 32}
!13 = !{!12, !6, i64 4}
!14 = !{!12, !6, i64 20}
!15 = !{!12, !6, i64 8}
!16 = !{!12, !6, i64 24}
!17 = !{!12, !6, i64 12}
!18 = !{!12, !6, i64 28}
!19 = !{!12, !6, i64 16}
!20 = !{!12, !6, i64 32}
!21 = !{!22, !22, i64 0}
!22 = !{!"long", !7, i64 0}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.mustprogress"}
!25 = distinct !{!25, !24}
