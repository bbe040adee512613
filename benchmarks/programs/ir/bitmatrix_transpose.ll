; ModuleID = 'bitmatrix_transpose.c'
source_filename = "bitmatrix_transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [47 x i8] c"agree=%u identity=%u acc=%016llx rotA=%016llx\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @transpose8x8(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  %4 = load i64, ptr %2, align 8, !tbaa !9
  %5 = load i64, ptr %2, align 8, !tbaa !9
  %6 = lshr i64 %5, 7
  %7 = xor i64 %4, %6
  %8 = and i64 %7, 47851476196393130
  store i64 %8, ptr %3, align 8, !tbaa !9
  %9 = load i64, ptr %2, align 8, !tbaa !9
  %10 = load i64, ptr %3, align 8, !tbaa !9
  %11 = xor i64 %9, %10
  %12 = load i64, ptr %3, align 8, !tbaa !9
  %13 = shl i64 %12, 7
  %14 = xor i64 %11, %13
  store i64 %14, ptr %2, align 8, !tbaa !9
  %15 = load i64, ptr %2, align 8, !tbaa !9
  %16 = load i64, ptr %2, align 8, !tbaa !9
  %17 = lshr i64 %16, 14
  %18 = xor i64 %15, %17
  %19 = and i64 %18, 225176545447116
  store i64 %19, ptr %3, align 8, !tbaa !9
  %20 = load i64, ptr %2, align 8, !tbaa !9
  %21 = load i64, ptr %3, align 8, !tbaa !9
  %22 = xor i64 %20, %21
  %23 = load i64, ptr %3, align 8, !tbaa !9
  %24 = shl i64 %23, 14
  %25 = xor i64 %22, %24
  store i64 %25, ptr %2, align 8, !tbaa !9
  %26 = load i64, ptr %2, align 8, !tbaa !9
  %27 = load i64, ptr %2, align 8, !tbaa !9
  %28 = lshr i64 %27, 28
  %29 = xor i64 %26, %28
  %30 = and i64 %29, 4042322160
  store i64 %30, ptr %3, align 8, !tbaa !9
  %31 = load i64, ptr %2, align 8, !tbaa !9
  %32 = load i64, ptr %3, align 8, !tbaa !9
  %33 = xor i64 %31, %32
  %34 = load i64, ptr %3, align 8, !tbaa !9
  %35 = shl i64 %34, 28
  %36 = xor i64 %33, %35
  store i64 %36, ptr %2, align 8, !tbaa !9
  %37 = load i64, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i64 %37
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i64 -77129852519530769, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %49, %0
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 50000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %52

13:                                               ; preds = %9
  %14 = load i64, ptr %2, align 8, !tbaa !9
  %15 = shl i64 %14, 13
  %16 = load i64, ptr %2, align 8, !tbaa !9
  %17 = xor i64 %16, %15
  store i64 %17, ptr %2, align 8, !tbaa !9
  %18 = load i64, ptr %2, align 8, !tbaa !9
  %19 = lshr i64 %18, 7
  %20 = load i64, ptr %2, align 8, !tbaa !9
  %21 = xor i64 %20, %19
  store i64 %21, ptr %2, align 8, !tbaa !9
  %22 = load i64, ptr %2, align 8, !tbaa !9
  %23 = shl i64 %22, 17
  %24 = load i64, ptr %2, align 8, !tbaa !9
  %25 = xor i64 %24, %23
  store i64 %25, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %26 = load i64, ptr %2, align 8, !tbaa !9
  %27 = call i64 @transpose8x8(i64 noundef %26) #4
  store i64 %27, ptr %7, align 8, !tbaa !9
  %28 = load i64, ptr %7, align 8, !tbaa !9
  %29 = load i64, ptr %2, align 8, !tbaa !9
  %30 = call i64 @transpose_slow(i64 noundef %29) #4
  %31 = icmp eq i64 %28, %30
  %32 = zext i1 %31 to i32
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = add i32 %33, %32
  store i32 %34, ptr %4, align 4, !tbaa !5
  %35 = load i64, ptr %2, align 8, !tbaa !9
  %36 = call i64 @rotate90(i64 noundef %35) #4
  %37 = call i64 @rotate90(i64 noundef %36) #4
  %38 = call i64 @rotate90(i64 noundef %37) #4
  %39 = call i64 @rotate90(i64 noundef %38) #4
  %40 = load i64, ptr %2, align 8, !tbaa !9
  %41 = icmp eq i64 %39, %40
  %42 = zext i1 %41 to i32
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = add i32 %43, %42
  store i32 %44, ptr %5, align 4, !tbaa !5
  %45 = load i64, ptr %3, align 8, !tbaa !9
  %46 = mul i64 %45, 1099511628211
  %47 = load i64, ptr %7, align 8, !tbaa !9
  %48 = xor i64 %46, %47
  store i64 %48, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %49

49:                                               ; preds = %13
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !11

52:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i64 6795240669331968, ptr %8, align 8, !tbaa !9
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = load i64, ptr %3, align 8, !tbaa !9
  %56 = call i64 @rotate90(i64 noundef 6795240669331968) #4
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %53, i32 noundef %54, i64 noundef %55, i64 noundef %56) #4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @transpose_slow(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %40, %1
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 8
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %43

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %36, %11
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 8
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %39

16:                                               ; preds = %12
  %17 = load i64, ptr %2, align 8, !tbaa !9
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = mul nsw i32 %18, 8
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = add nsw i32 %19, %20
  %22 = zext i32 %21 to i64
  %23 = lshr i64 %17, %22
  %24 = and i64 %23, 1
  %25 = icmp ne i64 %24, 0
  br i1 %25, label %26, label %35

26:                                               ; preds = %16
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = mul nsw i32 %27, 8
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = add nsw i32 %28, %29
  %31 = zext i32 %30 to i64
  %32 = shl i64 1, %31
  %33 = load i64, ptr %3, align 8, !tbaa !9
  %34 = or i64 %33, %32
  store i64 %34, ptr %3, align 8, !tbaa !9
  br label %35

35:                                               ; preds = %26, %16
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !13

39:                                               ; preds = %15
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %4, align 4, !tbaa !5
  br label %7, !llvm.loop !14

43:                                               ; preds = %10
  %44 = load i64, ptr %3, align 8, !tbaa !9
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i64 %44
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @rotate90(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  %3 = load i64, ptr %2, align 8, !tbaa !9
  %4 = call i64 @transpose8x8(i64 noundef %3) #4
  %5 = call i64 @flip_rows(i64 noundef %4) #4
  ret i64 %5
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @flip_rows(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %23, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 8
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %26

9:                                                ; preds = %5
  %10 = load i64, ptr %2, align 8, !tbaa !9
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = mul nsw i32 %11, 8
  %13 = zext i32 %12 to i64
  %14 = lshr i64 %10, %13
  %15 = and i64 %14, 255
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = sub nsw i32 7, %16
  %18 = mul nsw i32 %17, 8
  %19 = zext i32 %18 to i64
  %20 = shl i64 %15, %19
  %21 = load i64, ptr %3, align 8, !tbaa !9
  %22 = or i64 %21, %20
  store i64 %22, ptr %3, align 8, !tbaa !9
  br label %23

23:                                               ; preds = %9
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !15

26:                                               ; preds = %8
  %27 = load i64, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i64 %27
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
