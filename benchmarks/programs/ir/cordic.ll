; ModuleID = 'cordic.c'
source_filename = "cordic.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@atan_tab = internal constant [16 x i32] [i32 51472, i32 30386, i32 16055, i32 8150, i32 4091, i32 2047, i32 1024, i32 512, i32 256, i32 128, i32 64, i32 32, i32 16, i32 8, i32 4, i32 2], align 16
@.str = private unnamed_addr constant [59 x i8] c"sin30=%d cos30=%d worst=%d err=%lld sum=%lld atan(1,1)=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @cordic_sincos(i32 noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp sgt i32 %14, 102944
  br i1 %15, label %16, label %19

16:                                               ; preds = %3
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = sub nsw i32 %17, 205887
  store i32 %18, ptr %4, align 4, !tbaa !5
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %26

19:                                               ; preds = %3
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = icmp slt i32 %20, -102944
  br i1 %21, label %22, label %25

22:                                               ; preds = %19
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = add nsw i32 %23, 205887
  store i32 %24, ptr %4, align 4, !tbaa !5
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %22, %19
  br label %26

26:                                               ; preds = %25, %16
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 39797, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %27 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %27, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %70, %26
  %29 = load i32, ptr %11, align 4, !tbaa !5
  %30 = icmp slt i32 %29, 16
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %73

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = load i32, ptr %11, align 4, !tbaa !5
  %35 = shl i32 1, %34
  %36 = sdiv i32 %33, %35
  store i32 %36, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %37 = load i32, ptr %9, align 4, !tbaa !5
  %38 = load i32, ptr %11, align 4, !tbaa !5
  %39 = shl i32 1, %38
  %40 = sdiv i32 %37, %39
  store i32 %40, ptr %13, align 4, !tbaa !5
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = icmp sge i32 %41, 0
  br i1 %42, label %43, label %56

43:                                               ; preds = %32
  %44 = load i32, ptr %13, align 4, !tbaa !5
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = sub nsw i32 %45, %44
  store i32 %46, ptr %8, align 4, !tbaa !5
  %47 = load i32, ptr %12, align 4, !tbaa !5
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = add nsw i32 %48, %47
  store i32 %49, ptr %9, align 4, !tbaa !5
  %50 = load i32, ptr %11, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [16 x i32], ptr @atan_tab, i64 0, i64 %51
  %53 = load i32, ptr %52, align 4, !tbaa !5
  %54 = load i32, ptr %10, align 4, !tbaa !5
  %55 = sub nsw i32 %54, %53
  store i32 %55, ptr %10, align 4, !tbaa !5
  br label %69

56:                                               ; preds = %32
  %57 = load i32, ptr %13, align 4, !tbaa !5
  %58 = load i32, ptr %8, align 4, !tbaa !5
  %59 = add nsw i32 %58, %57
  store i32 %59, ptr %8, align 4, !tbaa !5
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = load i32, ptr %9, align 4, !tbaa !5
  %62 = sub nsw i32 %61, %60
  store i32 %62, ptr %9, align 4, !tbaa !5
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [16 x i32], ptr @atan_tab, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = load i32, ptr %10, align 4, !tbaa !5
  %68 = add nsw i32 %67, %66
  store i32 %68, ptr %10, align 4, !tbaa !5
  br label %69

69:                                               ; preds = %56, %43
  call void @llvm.lifetime.end.p0(ptr %13) #3
  call void @llvm.lifetime.end.p0(ptr %12) #3
  br label %70

70:                                               ; preds = %69
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %11, align 4, !tbaa !5
  br label %28, !llvm.loop !12

73:                                               ; preds = %31
  %74 = load i32, ptr %7, align 4, !tbaa !5
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %76, label %79

76:                                               ; preds = %73
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = sub nsw i32 0, %77
  br label %81

79:                                               ; preds = %73
  %80 = load i32, ptr %8, align 4, !tbaa !5
  br label %81

81:                                               ; preds = %79, %76
  %82 = phi i32 [ %78, %76 ], [ %80, %79 ]
  %83 = load ptr, ptr %6, align 8, !tbaa !9
  store i32 %82, ptr %83, align 4, !tbaa !5
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = icmp ne i32 %84, 0
  br i1 %85, label %86, label %89

86:                                               ; preds = %81
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = sub nsw i32 0, %87
  br label %91

89:                                               ; preds = %81
  %90 = load i32, ptr %9, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %89, %86
  %92 = phi i32 [ %88, %86 ], [ %90, %89 ]
  %93 = load ptr, ptr %5, align 8, !tbaa !9
  store i32 %92, ptr %93, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @cordic_atan2(i32 noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 0
  br i1 %13, label %14, label %23

14:                                               ; preds = %3
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = icmp sge i32 %15, 0
  %17 = zext i1 %16 to i64
  %18 = select i1 %16, i32 205887, i32 -205887
  store i32 %18, ptr %7, align 4, !tbaa !5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = sub nsw i32 0, %19
  store i32 %20, ptr %5, align 4, !tbaa !5
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sub nsw i32 0, %21
  store i32 %22, ptr %4, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %14, %3
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %66, %23
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = icmp slt i32 %25, 16
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %69

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = shl i32 1, %30
  %32 = sdiv i32 %29, %31
  store i32 %32, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = shl i32 1, %34
  %36 = sdiv i32 %33, %35
  store i32 %36, ptr %11, align 4, !tbaa !5
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = icmp sgt i32 %37, 0
  br i1 %38, label %39, label %52

39:                                               ; preds = %28
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = add nsw i32 %41, %40
  store i32 %42, ptr %5, align 4, !tbaa !5
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = load i32, ptr %4, align 4, !tbaa !5
  %45 = sub nsw i32 %44, %43
  store i32 %45, ptr %4, align 4, !tbaa !5
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [16 x i32], ptr @atan_tab, i64 0, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = add nsw i32 %50, %49
  store i32 %51, ptr %8, align 4, !tbaa !5
  br label %65

52:                                               ; preds = %28
  %53 = load i32, ptr %11, align 4, !tbaa !5
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = sub nsw i32 %54, %53
  store i32 %55, ptr %5, align 4, !tbaa !5
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = load i32, ptr %4, align 4, !tbaa !5
  %58 = add nsw i32 %57, %56
  store i32 %58, ptr %4, align 4, !tbaa !5
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [16 x i32], ptr @atan_tab, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = sub nsw i32 %63, %62
  store i32 %64, ptr %8, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %52, %39
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %66

66:                                               ; preds = %65
  %67 = load i32, ptr %9, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %9, align 4, !tbaa !5
  br label %24, !llvm.loop !14

69:                                               ; preds = %27
  %70 = load i32, ptr %5, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = mul nsw i64 %71, 39797
  %73 = sdiv i64 %72, 65536
  %74 = trunc i64 %73 to i32
  %75 = load ptr, ptr %6, align 8, !tbaa !9
  store i32 %74, ptr %75, align 4, !tbaa !5
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = add nsw i32 %76, %77
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i32 %78
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i64 0, ptr %2, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 -205886, ptr %5, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %52, %0
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 205887
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %55

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %6) #3
  call void @llvm.lifetime.start.p0(ptr %7) #3
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %19 = load i32, ptr %5, align 4, !tbaa !5
  call void @cordic_sincos(i32 noundef %19, ptr noundef %6, ptr noundef %7) #4
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = load i64, ptr %3, align 8, !tbaa !15
  %23 = add nsw i64 %22, %21
  store i64 %23, ptr %3, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = call i32 @cordic_atan2(i32 noundef %24, i32 noundef %25, ptr noundef %8) #4
  store i32 %26, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %27 = load i32, ptr %9, align 4, !tbaa !5
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = sub nsw i32 %27, %28
  store i32 %29, ptr %10, align 4, !tbaa !5
  %30 = load i32, ptr %10, align 4, !tbaa !5
  %31 = icmp slt i32 %30, 0
  br i1 %31, label %32, label %35

32:                                               ; preds = %18
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = sub nsw i32 0, %33
  store i32 %34, ptr %10, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %32, %18
  %36 = load i32, ptr %10, align 4, !tbaa !5
  %37 = icmp sgt i32 %36, 205887
  br i1 %37, label %38, label %41

38:                                               ; preds = %35
  %39 = load i32, ptr %10, align 4, !tbaa !5
  %40 = sub nsw i32 411774, %39
  store i32 %40, ptr %10, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %38, %35
  %42 = load i32, ptr %10, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = load i64, ptr %2, align 8, !tbaa !15
  %45 = add nsw i64 %44, %43
  store i64 %45, ptr %2, align 8, !tbaa !15
  %46 = load i32, ptr %10, align 4, !tbaa !5
  %47 = load i32, ptr %4, align 4, !tbaa !5
  %48 = icmp sgt i32 %46, %47
  br i1 %48, label %49, label %51

49:                                               ; preds = %41
  %50 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %50, ptr %4, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %49, %41
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %5, align 4, !tbaa !5
  %54 = add nsw i32 %53, 997
  store i32 %54, ptr %5, align 4, !tbaa !5
  br label %14, !llvm.loop !17

55:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %11) #3
  call void @llvm.lifetime.start.p0(ptr %12) #3
  call void @llvm.lifetime.start.p0(ptr %13) #3
  call void @cordic_sincos(i32 noundef 34315, ptr noundef %11, ptr noundef %12) #4
  %56 = load i32, ptr %11, align 4, !tbaa !5
  %57 = load i32, ptr %12, align 4, !tbaa !5
  %58 = load i32, ptr %4, align 4, !tbaa !5
  %59 = load i64, ptr %2, align 8, !tbaa !15
  %60 = load i64, ptr %3, align 8, !tbaa !15
  %61 = call i32 @cordic_atan2(i32 noundef 1000, i32 noundef 1000, ptr noundef %13) #4
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %56, i32 noundef %57, i32 noundef %58, i64 noundef %59, i64 noundef %60, i32 noundef %61) #4
  call void @llvm.lifetime.end.p0(ptr %13) #3
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = distinct !{!14, !13}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = distinct !{!17, !13}
