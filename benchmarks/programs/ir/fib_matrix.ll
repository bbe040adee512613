; ModuleID = 'fib_matrix.c'
source_filename = "fib_matrix.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.mat2 = type { i64, i64, i64, i64 }

@__const.fib_matrix.result = private unnamed_addr constant %struct.mat2 { i64 1, i64 0, i64 0, i64 1 }, align 8
@__const.fib_matrix.base = private unnamed_addr constant %struct.mat2 { i64 1, i64 1, i64 1, i64 0 }, align 8
@.str = private unnamed_addr constant [39 x i8] c"agree=%d sum=%llu f90=%llu f1e18=%llu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @fib_matrix(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca %struct.mat2, align 8
  %4 = alloca %struct.mat2, align 8
  %5 = alloca %struct.mat2, align 8
  %6 = alloca %struct.mat2, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @__const.fib_matrix.result, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 @__const.fib_matrix.base, i64 32, i1 false)
  br label %7

7:                                                ; preds = %15, %1
  %8 = load i64, ptr %2, align 8, !tbaa !9
  %9 = icmp ne i64 %8, 0
  br i1 %9, label %10, label %18

10:                                               ; preds = %7
  %11 = load i64, ptr %2, align 8, !tbaa !9
  %12 = and i64 %11, 1
  %13 = icmp ne i64 %12, 0
  br i1 %13, label %14, label %15

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %5) #4
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.mat2) align 8 %5, ptr noundef byval(%struct.mat2) align 8 %3, ptr noundef byval(%struct.mat2) align 8 %4) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %5, i64 32, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %15

15:                                               ; preds = %14, %10
  call void @llvm.lifetime.start.p0(ptr %6) #4
  call void @mat_mul(ptr dead_on_unwind writable sret(%struct.mat2) align 8 %6, ptr noundef byval(%struct.mat2) align 8 %4, ptr noundef byval(%struct.mat2) align 8 %4) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %6, i64 32, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %6) #4
  %16 = load i64, ptr %2, align 8, !tbaa !9
  %17 = lshr i64 %16, 1
  store i64 %17, ptr %2, align 8, !tbaa !9
  br label %7, !llvm.loop !12

18:                                               ; preds = %7
  %19 = getelementptr inbounds nuw %struct.mat2, ptr %3, i32 0, i32 1
  %20 = load i64, ptr %19, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i64 %20
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @mat_mul(ptr dead_on_unwind noalias writable sret(%struct.mat2) align 8 %0, ptr noundef byval(%struct.mat2) align 8 %1, ptr noundef byval(%struct.mat2) align 8 %2) #0 {
  %4 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 0
  %5 = load i64, ptr %4, align 8, !tbaa !16
  %6 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 0
  %7 = load i64, ptr %6, align 8, !tbaa !16
  %8 = mul i64 %5, %7
  %9 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 1
  %10 = load i64, ptr %9, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 2
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul i64 %10, %12
  %14 = add i64 %8, %13
  %15 = urem i64 %14, 1000000007
  %16 = getelementptr inbounds nuw %struct.mat2, ptr %0, i32 0, i32 0
  store i64 %15, ptr %16, align 8, !tbaa !16
  %17 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 0
  %18 = load i64, ptr %17, align 8, !tbaa !16
  %19 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 1
  %20 = load i64, ptr %19, align 8, !tbaa !14
  %21 = mul i64 %18, %20
  %22 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 1
  %23 = load i64, ptr %22, align 8, !tbaa !14
  %24 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 3
  %25 = load i64, ptr %24, align 8, !tbaa !18
  %26 = mul i64 %23, %25
  %27 = add i64 %21, %26
  %28 = urem i64 %27, 1000000007
  %29 = getelementptr inbounds nuw %struct.mat2, ptr %0, i32 0, i32 1
  store i64 %28, ptr %29, align 8, !tbaa !14
  %30 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 2
  %31 = load i64, ptr %30, align 8, !tbaa !17
  %32 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 0
  %33 = load i64, ptr %32, align 8, !tbaa !16
  %34 = mul i64 %31, %33
  %35 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 3
  %36 = load i64, ptr %35, align 8, !tbaa !18
  %37 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 2
  %38 = load i64, ptr %37, align 8, !tbaa !17
  %39 = mul i64 %36, %38
  %40 = add i64 %34, %39
  %41 = urem i64 %40, 1000000007
  %42 = getelementptr inbounds nuw %struct.mat2, ptr %0, i32 0, i32 2
  store i64 %41, ptr %42, align 8, !tbaa !17
  %43 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 2
  %44 = load i64, ptr %43, align 8, !tbaa !17
  %45 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 1
  %46 = load i64, ptr %45, align 8, !tbaa !14
  %47 = mul i64 %44, %46
  %48 = getelementptr inbounds nuw %struct.mat2, ptr %1, i32 0, i32 3
  %49 = load i64, ptr %48, align 8, !tbaa !18
  %50 = getelementptr inbounds nuw %struct.mat2, ptr %2, i32 0, i32 3
  %51 = load i64, ptr %50, align 8, !tbaa !18
  %52 = mul i64 %49, %51
  %53 = add i64 %47, %52
  %54 = urem i64 %53, 1000000007
  %55 = getelementptr inbounds nuw %struct.mat2, ptr %0, i32 0, i32 3
  store i64 %54, ptr %55, align 8, !tbaa !18
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @fib_doubling(i64 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !19
  %11 = load i64, ptr %4, align 8, !tbaa !9
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %13, label %15

13:                                               ; preds = %2
  %14 = load ptr, ptr %5, align 8, !tbaa !19
  store i64 1, ptr %14, align 8, !tbaa !9
  store i64 0, ptr %3, align 8
  br label %51

15:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #4
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %16 = load i64, ptr %4, align 8, !tbaa !9
  %17 = udiv i64 %16, 2
  %18 = call i64 @fib_doubling(i64 noundef %17, ptr noundef %6) #5
  store i64 %18, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %19 = load i64, ptr %7, align 8, !tbaa !9
  %20 = load i64, ptr %6, align 8, !tbaa !9
  %21 = mul i64 2, %20
  %22 = add i64 %21, 1000000007
  %23 = load i64, ptr %7, align 8, !tbaa !9
  %24 = sub i64 %22, %23
  %25 = urem i64 %24, 1000000007
  %26 = mul i64 %19, %25
  %27 = urem i64 %26, 1000000007
  store i64 %27, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %28 = load i64, ptr %7, align 8, !tbaa !9
  %29 = load i64, ptr %7, align 8, !tbaa !9
  %30 = mul i64 %28, %29
  %31 = load i64, ptr %6, align 8, !tbaa !9
  %32 = load i64, ptr %6, align 8, !tbaa !9
  %33 = mul i64 %31, %32
  %34 = add i64 %30, %33
  %35 = urem i64 %34, 1000000007
  store i64 %35, ptr %9, align 8, !tbaa !9
  %36 = load i64, ptr %4, align 8, !tbaa !9
  %37 = and i64 %36, 1
  %38 = icmp ne i64 %37, 0
  br i1 %38, label %39, label %46

39:                                               ; preds = %15
  %40 = load i64, ptr %8, align 8, !tbaa !9
  %41 = load i64, ptr %9, align 8, !tbaa !9
  %42 = add i64 %40, %41
  %43 = urem i64 %42, 1000000007
  %44 = load ptr, ptr %5, align 8, !tbaa !19
  store i64 %43, ptr %44, align 8, !tbaa !9
  %45 = load i64, ptr %9, align 8, !tbaa !9
  store i64 %45, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %50

46:                                               ; preds = %15
  %47 = load i64, ptr %9, align 8, !tbaa !9
  %48 = load ptr, ptr %5, align 8, !tbaa !19
  store i64 %47, ptr %48, align 8, !tbaa !9
  %49 = load i64, ptr %8, align 8, !tbaa !9
  store i64 %49, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %50

50:                                               ; preds = %46, %39
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %51

51:                                               ; preds = %50, %13
  %52 = load i64, ptr %3, align 8
  ret i64 %52
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i64 0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i64 0, ptr %4, align 8, !tbaa !9
  br label %9

9:                                                ; preds = %30, %0
  %10 = load i64, ptr %4, align 8, !tbaa !9
  %11 = icmp ult i64 %10, 20000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %33

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %5) #4
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %14 = load i64, ptr %4, align 8, !tbaa !9
  %15 = mul i64 %14, 7919
  %16 = call i64 @fib_matrix(i64 noundef %15) #5
  store i64 %16, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %17 = load i64, ptr %4, align 8, !tbaa !9
  %18 = mul i64 %17, 7919
  %19 = call i64 @fib_doubling(i64 noundef %18, ptr noundef %5) #5
  store i64 %19, ptr %7, align 8, !tbaa !9
  %20 = load i64, ptr %6, align 8, !tbaa !9
  %21 = load i64, ptr %7, align 8, !tbaa !9
  %22 = icmp eq i64 %20, %21
  %23 = zext i1 %22 to i32
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = add nsw i32 %24, %23
  store i32 %25, ptr %3, align 4, !tbaa !5
  %26 = load i64, ptr %2, align 8, !tbaa !9
  %27 = load i64, ptr %6, align 8, !tbaa !9
  %28 = add i64 %26, %27
  %29 = urem i64 %28, 1000000007
  store i64 %29, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %30

30:                                               ; preds = %13
  %31 = load i64, ptr %4, align 8, !tbaa !9
  %32 = add i64 %31, 1
  store i64 %32, ptr %4, align 8, !tbaa !9
  br label %9, !llvm.loop !22

33:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = load i64, ptr %2, align 8, !tbaa !9
  %36 = call i64 @fib_matrix(i64 noundef 90) #5
  %37 = call i64 @fib_doubling(i64 noundef 1000000000000000000, ptr noundef %8) #5
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %34, i64 noundef %35, i64 noundef %36, i64 noundef %37) #5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!10 = !{!"long", !7, i64 0}
!11 = !{i64 0, i64 8, !9, i64 8, i64 8, !9, i64 16, i64 8, !9, i64 24, i64 8, !9}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !10, i64 8}
!15 = !{!"", !10, i64 0, !10, i64 8, !10, i64 16, !10, i64 24}
!16 = !{!15, !10, i64 0}
!17 = !{!15, !10, i64 16}
!18 = !{!15, !10, i64 24}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 long", !21, i64 0}
!21 = !{!"any pointer", !7, i64 0}
!22 = distinct !{!22, !13}
