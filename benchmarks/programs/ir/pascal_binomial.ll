; ModuleID = 'pascal_binomial.c'
source_filename = "pascal_binomial.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.row = internal global [400 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [45 x i8] c"zeros=%u mismatch=%u C(60,30)=%llu lucas=%u\0A\00", align 1
@small_binom_mod.row = internal global [13 x [13 x i32]] zeroinitializer, align 16
@small_binom_mod.ready = internal global i32 0, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @binom_exact(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp ugt i32 %8, %9
  br i1 %10, label %11, label %12

11:                                               ; preds = %2
  store i64 0, ptr %3, align 8
  br label %45

12:                                               ; preds = %2
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = sub i32 %14, %15
  %17 = icmp ugt i32 %13, %16
  br i1 %17, label %18, label %22

18:                                               ; preds = %12
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = sub i32 %19, %20
  store i32 %21, ptr %5, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %18, %12
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i64 1, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %40, %22
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = icmp ule i32 %24, %25
  br i1 %26, label %28, label %27

27:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %43

28:                                               ; preds = %23
  %29 = load i64, ptr %6, align 8, !tbaa !9
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = sub i32 %30, %31
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = add i32 %32, %33
  %35 = zext i32 %34 to i64
  %36 = mul i64 %29, %35
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = zext i32 %37 to i64
  %39 = udiv i64 %36, %38
  store i64 %39, ptr %6, align 8, !tbaa !9
  br label %40

40:                                               ; preds = %28
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = add i32 %41, 1
  store i32 %42, ptr %7, align 4, !tbaa !5
  br label %23, !llvm.loop !11

43:                                               ; preds = %27
  %44 = load i64, ptr %6, align 8, !tbaa !9
  store i64 %44, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %45

45:                                               ; preds = %43, %11
  %46 = load i64, ptr %3, align 8
  ret i64 %46
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @binom_lucas(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store i64 %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %14, %2
  %7 = load i64, ptr %3, align 8, !tbaa !9
  %8 = icmp ne i64 %7, 0
  br i1 %8, label %12, label %9

9:                                                ; preds = %6
  %10 = load i64, ptr %4, align 8, !tbaa !9
  %11 = icmp ne i64 %10, 0
  br label %12

12:                                               ; preds = %9, %6
  %13 = phi i1 [ true, %6 ], [ %11, %9 ]
  br i1 %13, label %14, label %29

14:                                               ; preds = %12
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = load i64, ptr %3, align 8, !tbaa !9
  %17 = urem i64 %16, 13
  %18 = trunc i64 %17 to i32
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = urem i64 %19, 13
  %21 = trunc i64 %20 to i32
  %22 = call i32 @small_binom_mod(i32 noundef %18, i32 noundef %21) #4
  %23 = mul i32 %15, %22
  %24 = urem i32 %23, 13
  store i32 %24, ptr %5, align 4, !tbaa !5
  %25 = load i64, ptr %3, align 8, !tbaa !9
  %26 = udiv i64 %25, 13
  store i64 %26, ptr %3, align 8, !tbaa !9
  %27 = load i64, ptr %4, align 8, !tbaa !9
  %28 = udiv i64 %27, 13
  store i64 %28, ptr %4, align 8, !tbaa !9
  br label %6, !llvm.loop !13

29:                                               ; preds = %12
  %30 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %30
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @small_binom_mod(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %8 = load i32, ptr @small_binom_mod.ready, align 4, !tbaa !5
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %66, label %10

10:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %62, %10
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp ult i32 %12, 13
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %65

15:                                               ; preds = %11
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = zext i32 %16 to i64
  %18 = getelementptr inbounds nuw [13 x [13 x i32]], ptr @small_binom_mod.row, i64 0, i64 %17
  %19 = getelementptr inbounds [13 x i32], ptr %18, i64 0, i64 0
  store i32 1, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %58, %15
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = icmp ule i32 %21, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %20
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %61

25:                                               ; preds = %20
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = sub i32 %26, 1
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds nuw [13 x [13 x i32]], ptr @small_binom_mod.row, i64 0, i64 %28
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = sub i32 %30, 1
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds nuw [13 x i32], ptr %29, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = icmp ult i32 %35, %36
  br i1 %37, label %38, label %47

38:                                               ; preds = %25
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = sub i32 %39, 1
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds nuw [13 x [13 x i32]], ptr @small_binom_mod.row, i64 0, i64 %41
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = zext i32 %43 to i64
  %45 = getelementptr inbounds nuw [13 x i32], ptr %42, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  br label %48

47:                                               ; preds = %25
  br label %48

48:                                               ; preds = %47, %38
  %49 = phi i32 [ %46, %38 ], [ 0, %47 ]
  %50 = add i32 %34, %49
  %51 = urem i32 %50, 13
  %52 = load i32, ptr %5, align 4, !tbaa !5
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds nuw [13 x [13 x i32]], ptr @small_binom_mod.row, i64 0, i64 %53
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = zext i32 %55 to i64
  %57 = getelementptr inbounds nuw [13 x i32], ptr %54, i64 0, i64 %56
  store i32 %51, ptr %57, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %48
  %59 = load i32, ptr %7, align 4, !tbaa !5
  %60 = add i32 %59, 1
  store i32 %60, ptr %7, align 4, !tbaa !5
  br label %20, !llvm.loop !14

61:                                               ; preds = %24
  br label %62

62:                                               ; preds = %61
  %63 = load i32, ptr %5, align 4, !tbaa !5
  %64 = add i32 %63, 1
  store i32 %64, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !15

65:                                               ; preds = %14
  store i32 1, ptr @small_binom_mod.ready, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %65, %2
  %67 = load i32, ptr %4, align 4, !tbaa !5
  %68 = load i32, ptr %3, align 4, !tbaa !5
  %69 = icmp ugt i32 %67, %68
  br i1 %69, label %70, label %71

70:                                               ; preds = %66
  br label %79

71:                                               ; preds = %66
  %72 = load i32, ptr %3, align 4, !tbaa !5
  %73 = zext i32 %72 to i64
  %74 = getelementptr inbounds nuw [13 x [13 x i32]], ptr @small_binom_mod.row, i64 0, i64 %73
  %75 = load i32, ptr %4, align 4, !tbaa !5
  %76 = zext i32 %75 to i64
  %77 = getelementptr inbounds nuw [13 x i32], ptr %74, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %71, %70
  %80 = phi i32 [ 0, %70 ], [ %78, %71 ]
  ret i32 %80
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  store i32 1, ptr @main.row, align 16, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 1, ptr %4, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %72, %0
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp ult i32 %9, 400
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %75

12:                                               ; preds = %8
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds nuw [400 x i32], ptr @main.row, i64 0, i64 %14
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %16 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %16, ptr %6, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %36, %12
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = icmp ugt i32 %18, 0
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %39

21:                                               ; preds = %17
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds nuw [400 x i32], ptr @main.row, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = sub i32 %26, 1
  %28 = zext i32 %27 to i64
  %29 = getelementptr inbounds nuw [400 x i32], ptr @main.row, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = add i32 %25, %30
  %32 = urem i32 %31, 13
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds nuw [400 x i32], ptr @main.row, i64 0, i64 %34
  store i32 %32, ptr %35, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %21
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = add i32 %37, -1
  store i32 %38, ptr %6, align 4, !tbaa !5
  br label %17, !llvm.loop !16

39:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %68, %39
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = load i32, ptr %4, align 4, !tbaa !5
  %43 = icmp ule i32 %41, %42
  br i1 %43, label %45, label %44

44:                                               ; preds = %40
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %71

45:                                               ; preds = %40
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = zext i32 %46 to i64
  %48 = getelementptr inbounds nuw [400 x i32], ptr @main.row, i64 0, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = icmp eq i32 %49, 0
  %51 = zext i1 %50 to i32
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = add i32 %52, %51
  store i32 %53, ptr %3, align 4, !tbaa !5
  %54 = load i32, ptr %7, align 4, !tbaa !5
  %55 = zext i32 %54 to i64
  %56 = getelementptr inbounds nuw [400 x i32], ptr @main.row, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = load i32, ptr %4, align 4, !tbaa !5
  %59 = zext i32 %58 to i64
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = zext i32 %60 to i64
  %62 = call i32 @binom_lucas(i64 noundef %59, i64 noundef %61) #4
  %63 = icmp ne i32 %57, %62
  br i1 %63, label %64, label %67

64:                                               ; preds = %45
  %65 = load i32, ptr %2, align 4, !tbaa !5
  %66 = add i32 %65, 1
  store i32 %66, ptr %2, align 4, !tbaa !5
  br label %67

67:                                               ; preds = %64, %45
  br label %68

68:                                               ; preds = %67
  %69 = load i32, ptr %7, align 4, !tbaa !5
  %70 = add i32 %69, 1
  store i32 %70, ptr %7, align 4, !tbaa !5
  br label %40, !llvm.loop !17

71:                                               ; preds = %44
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %4, align 4, !tbaa !5
  %74 = add i32 %73, 1
  store i32 %74, ptr %4, align 4, !tbaa !5
  br label %8, !llvm.loop !18

75:                                               ; preds = %11
  %76 = load i32, ptr %3, align 4, !tbaa !5
  %77 = load i32, ptr %2, align 4, !tbaa !5
  %78 = call i64 @binom_exact(i32 noundef 60, i32 noundef 30) #4
  %79 = call i32 @binom_lucas(i64 noundef 1000000007, i64 noundef 123456) #4
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %76, i32 noundef %77, i64 noundef %78, i32 noundef %79) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %81 = load i32, ptr %1, align 4
  ret i32 %81
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
!18 = distinct !{!18, !12}
