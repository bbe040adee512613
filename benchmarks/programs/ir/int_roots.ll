; ModuleID = 'int_roots.c'
source_filename = "int_roots.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [40 x i8] c"agree=%u acc=%llu sqrtmax=%llu cbrt=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @isqrt_newton(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !9
  %6 = load i64, ptr %3, align 8, !tbaa !9
  %7 = icmp ult i64 %6, 2
  br i1 %7, label %8, label %10

8:                                                ; preds = %1
  %9 = load i64, ptr %3, align 8, !tbaa !9
  store i64 %9, ptr %2, align 8
  br label %34

10:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #3
  %11 = load i64, ptr %3, align 8, !tbaa !9
  %12 = udiv i64 %11, 2
  %13 = add i64 %12, 1
  store i64 %13, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %14 = load i64, ptr %4, align 8, !tbaa !9
  %15 = load i64, ptr %3, align 8, !tbaa !9
  %16 = load i64, ptr %4, align 8, !tbaa !9
  %17 = udiv i64 %15, %16
  %18 = add i64 %14, %17
  %19 = udiv i64 %18, 2
  store i64 %19, ptr %5, align 8, !tbaa !9
  br label %20

20:                                               ; preds = %24, %10
  %21 = load i64, ptr %5, align 8, !tbaa !9
  %22 = load i64, ptr %4, align 8, !tbaa !9
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %24, label %32

24:                                               ; preds = %20
  %25 = load i64, ptr %5, align 8, !tbaa !9
  store i64 %25, ptr %4, align 8, !tbaa !9
  %26 = load i64, ptr %4, align 8, !tbaa !9
  %27 = load i64, ptr %3, align 8, !tbaa !9
  %28 = load i64, ptr %4, align 8, !tbaa !9
  %29 = udiv i64 %27, %28
  %30 = add i64 %26, %29
  %31 = udiv i64 %30, 2
  store i64 %31, ptr %5, align 8, !tbaa !9
  br label %20, !llvm.loop !11

32:                                               ; preds = %20
  %33 = load i64, ptr %4, align 8, !tbaa !9
  store i64 %33, ptr %2, align 8
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %34

34:                                               ; preds = %32, %8
  %35 = load i64, ptr %2, align 8
  ret i64 %35
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @icbrt(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 63, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %35, %1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp sge i32 %7, 0
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %38

10:                                               ; preds = %6
  %11 = load i64, ptr %3, align 8, !tbaa !9
  %12 = mul i64 %11, 2
  store i64 %12, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %13 = load i64, ptr %3, align 8, !tbaa !9
  %14 = mul i64 3, %13
  %15 = load i64, ptr %3, align 8, !tbaa !9
  %16 = add i64 %15, 1
  %17 = mul i64 %14, %16
  %18 = add i64 %17, 1
  store i64 %18, ptr %5, align 8, !tbaa !9
  %19 = load i64, ptr %2, align 8, !tbaa !9
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = zext i32 %20 to i64
  %22 = lshr i64 %19, %21
  %23 = load i64, ptr %5, align 8, !tbaa !9
  %24 = icmp uge i64 %22, %23
  br i1 %24, label %25, label %34

25:                                               ; preds = %10
  %26 = load i64, ptr %5, align 8, !tbaa !9
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = zext i32 %27 to i64
  %29 = shl i64 %26, %28
  %30 = load i64, ptr %2, align 8, !tbaa !9
  %31 = sub i64 %30, %29
  store i64 %31, ptr %2, align 8, !tbaa !9
  %32 = load i64, ptr %3, align 8, !tbaa !9
  %33 = add i64 %32, 1
  store i64 %33, ptr %3, align 8, !tbaa !9
  br label %34

34:                                               ; preds = %25, %10
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %35

35:                                               ; preds = %34
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = sub nsw i32 %36, 3
  store i32 %37, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !13

38:                                               ; preds = %9
  %39 = load i64, ptr %3, align 8, !tbaa !9
  %40 = trunc i64 %39 to i32
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %40
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i64 4886718345, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %51, %0
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 100000
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %54

12:                                               ; preds = %8
  %13 = load i64, ptr %2, align 8, !tbaa !9
  %14 = shl i64 %13, 13
  %15 = load i64, ptr %2, align 8, !tbaa !9
  %16 = xor i64 %15, %14
  store i64 %16, ptr %2, align 8, !tbaa !9
  %17 = load i64, ptr %2, align 8, !tbaa !9
  %18 = lshr i64 %17, 7
  %19 = load i64, ptr %2, align 8, !tbaa !9
  %20 = xor i64 %19, %18
  store i64 %20, ptr %2, align 8, !tbaa !9
  %21 = load i64, ptr %2, align 8, !tbaa !9
  %22 = shl i64 %21, 17
  %23 = load i64, ptr %2, align 8, !tbaa !9
  %24 = xor i64 %23, %22
  store i64 %24, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %25 = load i64, ptr %2, align 8, !tbaa !9
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = srem i32 %26, 48
  %28 = zext i32 %27 to i64
  %29 = lshr i64 %25, %28
  store i64 %29, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %30 = load i64, ptr %6, align 8, !tbaa !9
  %31 = call i64 @isqrt_newton(i64 noundef %30) #4
  store i64 %31, ptr %7, align 8, !tbaa !9
  %32 = load i64, ptr %7, align 8, !tbaa !9
  %33 = load i64, ptr %6, align 8, !tbaa !9
  %34 = call i32 @isqrt_bits(i64 noundef %33) #4
  %35 = zext i32 %34 to i64
  %36 = icmp eq i64 %32, %35
  %37 = zext i1 %36 to i32
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = add i32 %38, %37
  store i32 %39, ptr %4, align 4, !tbaa !5
  %40 = load i64, ptr %7, align 8, !tbaa !9
  %41 = load i64, ptr %6, align 8, !tbaa !9
  %42 = call i32 @icbrt(i64 noundef %41) #4
  %43 = zext i32 %42 to i64
  %44 = add i64 %40, %43
  %45 = load i64, ptr %6, align 8, !tbaa !9
  %46 = call i32 @ilog10(i64 noundef %45) #4
  %47 = sext i32 %46 to i64
  %48 = add i64 %44, %47
  %49 = load i64, ptr %3, align 8, !tbaa !9
  %50 = add i64 %49, %48
  store i64 %50, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %51

51:                                               ; preds = %12
  %52 = load i32, ptr %5, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %5, align 4, !tbaa !5
  br label %8, !llvm.loop !14

54:                                               ; preds = %11
  %55 = load i32, ptr %4, align 4, !tbaa !5
  %56 = load i64, ptr %3, align 8, !tbaa !9
  %57 = call i64 @isqrt_newton(i64 noundef -1) #4
  %58 = call i32 @icbrt(i64 noundef 1000000000000000000) #4
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %55, i64 noundef %56, i64 noundef %57, i32 noundef %58) #4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @isqrt_bits(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i64 4611686018427387904, ptr %4, align 8, !tbaa !9
  br label %5

5:                                                ; preds = %9, %1
  %6 = load i64, ptr %4, align 8, !tbaa !9
  %7 = load i64, ptr %2, align 8, !tbaa !9
  %8 = icmp ugt i64 %6, %7
  br i1 %8, label %9, label %12

9:                                                ; preds = %5
  %10 = load i64, ptr %4, align 8, !tbaa !9
  %11 = lshr i64 %10, 2
  store i64 %11, ptr %4, align 8, !tbaa !9
  br label %5, !llvm.loop !15

12:                                               ; preds = %5
  br label %13

13:                                               ; preds = %35, %12
  %14 = load i64, ptr %4, align 8, !tbaa !9
  %15 = icmp ne i64 %14, 0
  br i1 %15, label %16, label %38

16:                                               ; preds = %13
  %17 = load i64, ptr %2, align 8, !tbaa !9
  %18 = load i64, ptr %3, align 8, !tbaa !9
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = add i64 %18, %19
  %21 = icmp uge i64 %17, %20
  br i1 %21, label %22, label %32

22:                                               ; preds = %16
  %23 = load i64, ptr %3, align 8, !tbaa !9
  %24 = load i64, ptr %4, align 8, !tbaa !9
  %25 = add i64 %23, %24
  %26 = load i64, ptr %2, align 8, !tbaa !9
  %27 = sub i64 %26, %25
  store i64 %27, ptr %2, align 8, !tbaa !9
  %28 = load i64, ptr %3, align 8, !tbaa !9
  %29 = lshr i64 %28, 1
  %30 = load i64, ptr %4, align 8, !tbaa !9
  %31 = add i64 %29, %30
  store i64 %31, ptr %3, align 8, !tbaa !9
  br label %35

32:                                               ; preds = %16
  %33 = load i64, ptr %3, align 8, !tbaa !9
  %34 = lshr i64 %33, 1
  store i64 %34, ptr %3, align 8, !tbaa !9
  br label %35

35:                                               ; preds = %32, %22
  %36 = load i64, ptr %4, align 8, !tbaa !9
  %37 = lshr i64 %36, 2
  store i64 %37, ptr %4, align 8, !tbaa !9
  br label %13, !llvm.loop !16

38:                                               ; preds = %13
  %39 = load i64, ptr %3, align 8, !tbaa !9
  %40 = trunc i64 %39 to i32
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %40
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ilog10(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 -1, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8, !tbaa !9
  %6 = icmp ne i64 %5, 0
  br i1 %6, label %7, label %12

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !tbaa !9
  %9 = udiv i64 %8, 10
  store i64 %9, ptr %2, align 8, !tbaa !9
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = add nsw i32 %10, 1
  store i32 %11, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !17

12:                                               ; preds = %4
  %13 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %13
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

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
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
