; ModuleID = 'bitset_sieve.c'
source_filename = "bitset_sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.bitset = type { ptr }

@.str = private unnamed_addr constant [34 x i8] c"pi(1e6)=%zu pi(2e6)=%zu sum=%llu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @sieve_odd(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %10 = load i64, ptr %4, align 8, !tbaa !11
  %11 = add i64 %10, 1
  %12 = udiv i64 %11, 2
  store i64 %12, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 1, ptr %6, align 8, !tbaa !11
  br label %13

13:                                               ; preds = %51, %2
  %14 = load i64, ptr %6, align 8, !tbaa !11
  %15 = mul i64 2, %14
  %16 = add i64 %15, 1
  %17 = load i64, ptr %6, align 8, !tbaa !11
  %18 = mul i64 2, %17
  %19 = add i64 %18, 1
  %20 = mul i64 %16, %19
  %21 = load i64, ptr %4, align 8, !tbaa !11
  %22 = icmp ule i64 %20, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %13
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %54

24:                                               ; preds = %13
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = load i64, ptr %6, align 8, !tbaa !11
  %27 = call i32 @bs_test(ptr noundef %25, i64 noundef %26) #7
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %24
  br label %51

30:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %31 = load i64, ptr %6, align 8, !tbaa !11
  %32 = mul i64 2, %31
  %33 = add i64 %32, 1
  store i64 %33, ptr %8, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %34 = load i64, ptr %8, align 8, !tbaa !11
  %35 = load i64, ptr %8, align 8, !tbaa !11
  %36 = mul i64 %34, %35
  %37 = udiv i64 %36, 2
  store i64 %37, ptr %9, align 8, !tbaa !11
  br label %38

38:                                               ; preds = %46, %30
  %39 = load i64, ptr %9, align 8, !tbaa !11
  %40 = load i64, ptr %5, align 8, !tbaa !11
  %41 = icmp ult i64 %39, %40
  br i1 %41, label %43, label %42

42:                                               ; preds = %38
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %50

43:                                               ; preds = %38
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = load i64, ptr %9, align 8, !tbaa !11
  call void @bs_set(ptr noundef %44, i64 noundef %45) #7
  br label %46

46:                                               ; preds = %43
  %47 = load i64, ptr %8, align 8, !tbaa !11
  %48 = load i64, ptr %9, align 8, !tbaa !11
  %49 = add i64 %48, %47
  store i64 %49, ptr %9, align 8, !tbaa !11
  br label %38, !llvm.loop !13

50:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %51

51:                                               ; preds = %50, %29
  %52 = load i64, ptr %6, align 8, !tbaa !11
  %53 = add i64 %52, 1
  store i64 %53, ptr %6, align 8, !tbaa !11
  br label %13, !llvm.loop !15

54:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @bs_test(ptr noundef %0, i64 noundef %1) #2 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.bitset, ptr %5, i32 0, i32 0
  %7 = load ptr, ptr %6, align 8, !tbaa !16
  %8 = load i64, ptr %4, align 8, !tbaa !11
  %9 = lshr i64 %8, 6
  %10 = getelementptr inbounds nuw i64, ptr %7, i64 %9
  %11 = load i64, ptr %10, align 8, !tbaa !11
  %12 = load i64, ptr %4, align 8, !tbaa !11
  %13 = and i64 %12, 63
  %14 = lshr i64 %11, %13
  %15 = and i64 %14, 1
  %16 = trunc i64 %15 to i32
  ret i32 %16
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal void @bs_set(ptr noundef %0, i64 noundef %1) #2 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  %5 = load i64, ptr %4, align 8, !tbaa !11
  %6 = and i64 %5, 63
  %7 = shl i64 1, %6
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.bitset, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8, !tbaa !16
  %11 = load i64, ptr %4, align 8, !tbaa !11
  %12 = lshr i64 %11, 6
  %13 = getelementptr inbounds nuw i64, ptr %10, i64 %12
  %14 = load i64, ptr %13, align 8, !tbaa !11
  %15 = or i64 %14, %7
  store i64 %15, ptr %13, align 8, !tbaa !11
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @prime_pi(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !11
  %11 = load i64, ptr %5, align 8, !tbaa !11
  %12 = icmp ult i64 %11, 2
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  store i64 0, ptr %3, align 8
  br label %64

14:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %15 = load i64, ptr %5, align 8, !tbaa !11
  %16 = sub i64 %15, 1
  %17 = udiv i64 %16, 2
  store i64 %17, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %18 = load i64, ptr %6, align 8, !tbaa !11
  %19 = add i64 %18, 1
  %20 = udiv i64 %19, 64
  store i64 %20, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !11
  br label %21

21:                                               ; preds = %38, %14
  %22 = load i64, ptr %9, align 8, !tbaa !11
  %23 = load i64, ptr %7, align 8, !tbaa !11
  %24 = icmp ult i64 %22, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %41

26:                                               ; preds = %21
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.bitset, ptr %27, i32 0, i32 0
  %29 = load ptr, ptr %28, align 8, !tbaa !16
  %30 = load i64, ptr %9, align 8, !tbaa !11
  %31 = getelementptr inbounds nuw i64, ptr %29, i64 %30
  %32 = load i64, ptr %31, align 8, !tbaa !11
  %33 = call i32 @pop64(i64 noundef %32) #7
  %34 = sub i32 64, %33
  %35 = zext i32 %34 to i64
  %36 = load i64, ptr %8, align 8, !tbaa !11
  %37 = add i64 %36, %35
  store i64 %37, ptr %8, align 8, !tbaa !11
  br label %38

38:                                               ; preds = %26
  %39 = load i64, ptr %9, align 8, !tbaa !11
  %40 = add i64 %39, 1
  store i64 %40, ptr %9, align 8, !tbaa !11
  br label %21, !llvm.loop !19

41:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %42 = load i64, ptr %7, align 8, !tbaa !11
  %43 = mul i64 %42, 64
  store i64 %43, ptr %10, align 8, !tbaa !11
  br label %44

44:                                               ; preds = %59, %41
  %45 = load i64, ptr %10, align 8, !tbaa !11
  %46 = load i64, ptr %6, align 8, !tbaa !11
  %47 = icmp ule i64 %45, %46
  br i1 %47, label %49, label %48

48:                                               ; preds = %44
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %62

49:                                               ; preds = %44
  %50 = load ptr, ptr %4, align 8, !tbaa !9
  %51 = load i64, ptr %10, align 8, !tbaa !11
  %52 = call i32 @bs_test(ptr noundef %50, i64 noundef %51) #7
  %53 = icmp ne i32 %52, 0
  %54 = xor i1 %53, true
  %55 = zext i1 %54 to i32
  %56 = sext i32 %55 to i64
  %57 = load i64, ptr %8, align 8, !tbaa !11
  %58 = add i64 %57, %56
  store i64 %58, ptr %8, align 8, !tbaa !11
  br label %59

59:                                               ; preds = %49
  %60 = load i64, ptr %10, align 8, !tbaa !11
  %61 = add i64 %60, 1
  store i64 %61, ptr %10, align 8, !tbaa !11
  br label %44, !llvm.loop !20

62:                                               ; preds = %48
  %63 = load i64, ptr %8, align 8, !tbaa !11
  store i64 %63, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %64

64:                                               ; preds = %62, %13
  %65 = load i64, ptr %3, align 8
  ret i64 %65
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @pop64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !11
  %3 = load i64, ptr %2, align 8, !tbaa !11
  %4 = load i64, ptr %2, align 8, !tbaa !11
  %5 = lshr i64 %4, 1
  %6 = and i64 %5, 6148914691236517205
  %7 = sub i64 %3, %6
  store i64 %7, ptr %2, align 8, !tbaa !11
  %8 = load i64, ptr %2, align 8, !tbaa !11
  %9 = and i64 %8, 3689348814741910323
  %10 = load i64, ptr %2, align 8, !tbaa !11
  %11 = lshr i64 %10, 2
  %12 = and i64 %11, 3689348814741910323
  %13 = add i64 %9, %12
  store i64 %13, ptr %2, align 8, !tbaa !11
  %14 = load i64, ptr %2, align 8, !tbaa !11
  %15 = load i64, ptr %2, align 8, !tbaa !11
  %16 = lshr i64 %15, 4
  %17 = add i64 %14, %16
  %18 = and i64 %17, 1085102592571150095
  store i64 %18, ptr %2, align 8, !tbaa !11
  %19 = load i64, ptr %2, align 8, !tbaa !11
  %20 = mul i64 %19, 72340172838076673
  %21 = lshr i64 %20, 56
  %22 = trunc i64 %21 to i32
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca %struct.bitset, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 2000000, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %7 = call i32 @bs_alloc(ptr noundef %3, i64 noundef 1000064) #7
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %10

9:                                                ; preds = %0
  store i32 1, ptr %1, align 4
  store i32 1, ptr %4, align 4
  br label %38

10:                                               ; preds = %0
  call void @sieve_odd(ptr noundef %3, i64 noundef 2000000) #7
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 2, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 1, ptr %6, align 8, !tbaa !11
  br label %11

11:                                               ; preds = %28, %10
  %12 = load i64, ptr %6, align 8, !tbaa !11
  %13 = mul i64 2, %12
  %14 = add i64 %13, 1
  %15 = icmp ule i64 %14, 2000000
  br i1 %15, label %17, label %16

16:                                               ; preds = %11
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %31

17:                                               ; preds = %11
  %18 = load i64, ptr %6, align 8, !tbaa !11
  %19 = call i32 @bs_test(ptr noundef %3, i64 noundef %18) #7
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %27, label %21

21:                                               ; preds = %17
  %22 = load i64, ptr %6, align 8, !tbaa !11
  %23 = mul i64 2, %22
  %24 = add i64 %23, 1
  %25 = load i64, ptr %5, align 8, !tbaa !11
  %26 = add i64 %25, %24
  store i64 %26, ptr %5, align 8, !tbaa !11
  br label %27

27:                                               ; preds = %21, %17
  br label %28

28:                                               ; preds = %27
  %29 = load i64, ptr %6, align 8, !tbaa !11
  %30 = add i64 %29, 1
  store i64 %30, ptr %6, align 8, !tbaa !11
  br label %11, !llvm.loop !21

31:                                               ; preds = %16
  %32 = call i64 @prime_pi(ptr noundef %3, i64 noundef 1000000) #7
  %33 = call i64 @prime_pi(ptr noundef %3, i64 noundef 2000000) #7
  %34 = load i64, ptr %5, align 8, !tbaa !11
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %32, i64 noundef %33, i64 noundef %34) #7
  %36 = getelementptr inbounds nuw %struct.bitset, ptr %3, i32 0, i32 0
  %37 = load ptr, ptr %36, align 8, !tbaa !16
  call void @free(ptr noundef %37) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %38

38:                                               ; preds = %31, %9
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %39 = load i32, ptr %1, align 4
  ret i32 %39
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bs_alloc(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  %5 = load i64, ptr %4, align 8, !tbaa !11
  %6 = add i64 %5, 63
  %7 = udiv i64 %6, 64
  %8 = call noalias ptr @calloc(i64 noundef %7, i64 noundef 8) #9
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.bitset, ptr %9, i32 0, i32 0
  store ptr %8, ptr %10, align 8, !tbaa !16
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.bitset, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !16
  %14 = icmp ne ptr %13, null
  %15 = zext i1 %14 to i64
  %16 = select i1 %14, i32 0, i32 -1
  ret i32 %16
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize allocsize(0,1) }

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
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = !{!17, !18, i64 0}
!17 = !{!"", !18, i64 0}
!18 = !{!"p1 long", !10, i64 0}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
