; ModuleID = 'sieve_bits.c'
source_filename = "sieve_bits.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@composite = internal global [15625 x i64] zeroinitializer, align 16
@main.marks = internal constant [6 x i32] [i32 10, i32 100, i32 1000, i32 10000, i32 100000, i32 999983], align 16
@.str = private unnamed_addr constant [13 x i8] c"pi(%u) = %u\0A\00", align 1
@.str.1 = private unnamed_addr constant [28 x i8] c"largest prime below %u: %u\0A\00", align 1
@.str.2 = private unnamed_addr constant [36 x i8] c"max gap %u after %u, twin pairs %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"gap %s%2d: %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c">=\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"  \00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @count_primes_below(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = udiv i32 %7, 64
  store i32 %8, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %22, %1
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp ult i32 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %25

14:                                               ; preds = %9
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds nuw [15625 x i64], ptr @composite, i64 0, i64 %16
  %18 = load i64, ptr %17, align 8, !tbaa !9
  %19 = call i32 @popcount64(i64 noundef %18) #6
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = add i32 %20, %19
  store i32 %21, ptr %3, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %14
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = add i32 %23, 1
  store i32 %24, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !11

25:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = mul i32 %26, 64
  store i32 %27, ptr %6, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %38, %25
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = icmp ult i32 %29, %30
  br i1 %31, label %33, label %32

32:                                               ; preds = %28
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %41

33:                                               ; preds = %28
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = call i32 @test_bit(i32 noundef %34) #6
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = add i32 %36, %35
  store i32 %37, ptr %3, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %33
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = add i32 %39, 1
  store i32 %40, ptr %6, align 4, !tbaa !5
  br label %28, !llvm.loop !13

41:                                               ; preds = %32
  %42 = load i32, ptr %2, align 4, !tbaa !5
  %43 = load i32, ptr %3, align 4, !tbaa !5
  %44 = sub i32 %42, %43
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %44
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @popcount64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8, !tbaa !9
  %6 = icmp ne i64 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !tbaa !9
  %9 = sub i64 %8, 1
  %10 = load i64, ptr %2, align 8, !tbaa !9
  %11 = and i64 %10, %9
  store i64 %11, ptr %2, align 8, !tbaa !9
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = add i32 %12, 1
  store i32 %13, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !14

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @test_bit(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = lshr i32 %3, 6
  %5 = zext i32 %4 to i64
  %6 = getelementptr inbounds nuw [15625 x i64], ptr @composite, i64 0, i64 %5
  %7 = load i64, ptr %6, align 8, !tbaa !9
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = and i32 %8, 63
  %10 = zext i32 %9 to i64
  %11 = lshr i64 %7, %10
  %12 = and i64 %11, 1
  %13 = trunc i64 %12 to i32
  ret i32 %13
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [8 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @sieve() #6
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i64 0, ptr %2, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %25, %0
  %13 = load i64, ptr %2, align 8, !tbaa !9
  %14 = icmp ult i64 %13, 6
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %2) #5
  br label %28

16:                                               ; preds = %12
  %17 = load i64, ptr %2, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw [6 x i32], ptr @main.marks, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = load i64, ptr %2, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw [6 x i32], ptr @main.marks, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = call i32 @count_primes_below(i32 noundef %22) #6
  %24 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %19, i32 noundef %23) #6
  br label %25

25:                                               ; preds = %16
  %26 = load i64, ptr %2, align 8, !tbaa !9
  %27 = add i64 %26, 1
  store i64 %27, ptr %2, align 8, !tbaa !9
  br label %12, !llvm.loop !15

28:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 2, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 3, ptr %9, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %76, %28
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = icmp ult i32 %30, 1000000
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %79

33:                                               ; preds = %29
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = call i32 @test_bit(i32 noundef %34) #6
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %37, label %38

37:                                               ; preds = %33
  br label %76

38:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = load i32, ptr %3, align 4, !tbaa !5
  %41 = sub i32 %39, %40
  store i32 %41, ptr %10, align 4, !tbaa !5
  %42 = load i32, ptr %10, align 4, !tbaa !5
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = icmp ugt i32 %42, %43
  br i1 %44, label %45, label %48

45:                                               ; preds = %38
  %46 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %46, ptr %4, align 4, !tbaa !5
  %47 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %47, ptr %5, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %45, %38
  %49 = load i32, ptr %10, align 4, !tbaa !5
  %50 = icmp eq i32 %49, 2
  br i1 %50, label %51, label %54

51:                                               ; preds = %48
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = add i32 %52, 1
  store i32 %53, ptr %6, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %51, %48
  %55 = load i32, ptr %10, align 4, !tbaa !5
  %56 = udiv i32 %55, 2
  %57 = icmp ult i32 %56, 8
  br i1 %57, label %58, label %61

58:                                               ; preds = %54
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = udiv i32 %59, 2
  br label %62

61:                                               ; preds = %54
  br label %62

62:                                               ; preds = %61, %58
  %63 = phi i32 [ %60, %58 ], [ 7, %61 ]
  %64 = zext i32 %63 to i64
  %65 = getelementptr inbounds nuw [8 x i32], ptr %7, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = add i32 %66, 1
  store i32 %67, ptr %65, align 4, !tbaa !5
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = shl i32 %68, 5
  %70 = load i32, ptr %8, align 4, !tbaa !5
  %71 = lshr i32 %70, 27
  %72 = or i32 %69, %71
  %73 = load i32, ptr %9, align 4, !tbaa !5
  %74 = xor i32 %72, %73
  store i32 %74, ptr %8, align 4, !tbaa !5
  %75 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %75, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %76

76:                                               ; preds = %62, %37
  %77 = load i32, ptr %9, align 4, !tbaa !5
  %78 = add i32 %77, 2
  store i32 %78, ptr %9, align 4, !tbaa !5
  br label %29, !llvm.loop !16

79:                                               ; preds = %32
  %80 = load i32, ptr %3, align 4, !tbaa !5
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef 1000000, i32 noundef %80) #6
  %82 = load i32, ptr %4, align 4, !tbaa !5
  %83 = load i32, ptr %5, align 4, !tbaa !5
  %84 = load i32, ptr %6, align 4, !tbaa !5
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %82, i32 noundef %83, i32 noundef %84) #6
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %86

86:                                               ; preds = %102, %79
  %87 = load i32, ptr %11, align 4, !tbaa !5
  %88 = icmp slt i32 %87, 8
  br i1 %88, label %90, label %89

89:                                               ; preds = %86
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %105

90:                                               ; preds = %86
  %91 = load i32, ptr %11, align 4, !tbaa !5
  %92 = icmp eq i32 %91, 7
  %93 = zext i1 %92 to i64
  %94 = select i1 %92, ptr @.str.4, ptr @.str.5
  %95 = load i32, ptr %11, align 4, !tbaa !5
  %96 = mul nsw i32 2, %95
  %97 = load i32, ptr %11, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [8 x i32], ptr %7, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %94, i32 noundef %96, i32 noundef %100) #6
  br label %102

102:                                              ; preds = %90
  %103 = load i32, ptr %11, align 4, !tbaa !5
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %11, align 4, !tbaa !5
  br label %86, !llvm.loop !17

105:                                              ; preds = %89
  %106 = load i32, ptr %8, align 4, !tbaa !5
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %106) #6
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @sieve() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  call void @llvm.memset.p0.i64(ptr align 16 @composite, i8 0, i64 125000, i1 false)
  call void @set_bit(i32 noundef 0) #6
  call void @set_bit(i32 noundef 1) #6
  call void @llvm.lifetime.start.p0(ptr %1) #5
  store i32 2, ptr %1, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %32, %0
  %5 = load i32, ptr %1, align 4, !tbaa !5
  %6 = zext i32 %5 to i64
  %7 = load i32, ptr %1, align 4, !tbaa !5
  %8 = zext i32 %7 to i64
  %9 = mul i64 %6, %8
  %10 = icmp ult i64 %9, 1000000
  br i1 %10, label %12, label %11

11:                                               ; preds = %4
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #5
  br label %35

12:                                               ; preds = %4
  %13 = load i32, ptr %1, align 4, !tbaa !5
  %14 = call i32 @test_bit(i32 noundef %13) #6
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %12
  br label %32

17:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %18 = load i32, ptr %1, align 4, !tbaa !5
  %19 = load i32, ptr %1, align 4, !tbaa !5
  %20 = mul i32 %18, %19
  store i32 %20, ptr %3, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %27, %17
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = icmp ult i32 %22, 1000000
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %31

25:                                               ; preds = %21
  %26 = load i32, ptr %3, align 4, !tbaa !5
  call void @set_bit(i32 noundef %26) #6
  br label %27

27:                                               ; preds = %25
  %28 = load i32, ptr %1, align 4, !tbaa !5
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = add i32 %29, %28
  store i32 %30, ptr %3, align 4, !tbaa !5
  br label %21, !llvm.loop !18

31:                                               ; preds = %24
  br label %32

32:                                               ; preds = %31, %16
  %33 = load i32, ptr %1, align 4, !tbaa !5
  %34 = add i32 %33, 1
  store i32 %34, ptr %1, align 4, !tbaa !5
  br label %4, !llvm.loop !19

35:                                               ; preds = %11
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal void @set_bit(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = and i32 %3, 63
  %5 = zext i32 %4 to i64
  %6 = shl i64 1, %5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = lshr i32 %7, 6
  %9 = zext i32 %8 to i64
  %10 = getelementptr inbounds nuw [15625 x i64], ptr @composite, i64 0, i64 %9
  %11 = load i64, ptr %10, align 8, !tbaa !9
  %12 = or i64 %11, %6
  store i64 %12, ptr %10, align 8, !tbaa !9
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }

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
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
