; ModuleID = 'histogram_eq.c'
source_filename = "histogram_eq.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.img = internal global [49152 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [61 x i8] c"levels before=%d after=%d lut[110]=%u lut[130]=%u hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @build_histogram(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %18, %3
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 256
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %21

13:                                               ; preds = %9
  %14 = load ptr, ptr %6, align 8, !tbaa !14
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i32, ptr %14, i64 %16
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %13
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %7, align 4, !tbaa !5
  br label %9, !llvm.loop !16

21:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %22

22:                                               ; preds = %37, %21
  %23 = load i64, ptr %8, align 8, !tbaa !12
  %24 = load i64, ptr %5, align 8, !tbaa !12
  %25 = icmp ult i64 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %40

27:                                               ; preds = %22
  %28 = load ptr, ptr %6, align 8, !tbaa !14
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = load i64, ptr %8, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !18
  %33 = zext i8 %32 to i64
  %34 = getelementptr inbounds nuw i32, ptr %28, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = add i32 %35, 1
  store i32 %36, ptr %34, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %27
  %38 = load i64, ptr %8, align 8, !tbaa !12
  %39 = add i64 %38, 1
  store i64 %39, ptr %8, align 8, !tbaa !12
  br label %22, !llvm.loop !19

40:                                               ; preds = %26
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @equalize_lut(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !14
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %27, %3
  %12 = load i32, ptr %9, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 256
  br i1 %13, label %14, label %18

14:                                               ; preds = %11
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = icmp ne i32 %15, 0
  %17 = xor i1 %16, true
  br label %18

18:                                               ; preds = %14, %11
  %19 = phi i1 [ false, %11 ], [ %17, %14 ]
  br i1 %19, label %21, label %20

20:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %30

21:                                               ; preds = %18
  %22 = load ptr, ptr %4, align 8, !tbaa !14
  %23 = load i32, ptr %9, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i32, ptr %22, i64 %24
  %26 = load i32, ptr %25, align 4, !tbaa !5
  store i32 %26, ptr %8, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %21
  %28 = load i32, ptr %9, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %9, align 4, !tbaa !5
  br label %11, !llvm.loop !20

30:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %79, %30
  %32 = load i32, ptr %10, align 4, !tbaa !5
  %33 = icmp slt i32 %32, 256
  br i1 %33, label %35, label %34

34:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %82

35:                                               ; preds = %31
  %36 = load ptr, ptr %4, align 8, !tbaa !14
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %36, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = add i32 %41, %40
  store i32 %42, ptr %7, align 4, !tbaa !5
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = icmp ult i32 %43, %44
  br i1 %45, label %51, label %46

46:                                               ; preds = %35
  %47 = load i64, ptr %5, align 8, !tbaa !12
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = zext i32 %48 to i64
  %50 = icmp eq i64 %47, %49
  br i1 %50, label %51, label %56

51:                                               ; preds = %46, %35
  %52 = load ptr, ptr %6, align 8, !tbaa !9
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i8, ptr %52, i64 %54
  store i8 0, ptr %55, align 1, !tbaa !18
  br label %78

56:                                               ; preds = %46
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = load i32, ptr %8, align 4, !tbaa !5
  %59 = sub i32 %57, %58
  %60 = zext i32 %59 to i64
  %61 = mul i64 %60, 255
  %62 = load i64, ptr %5, align 8, !tbaa !12
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = zext i32 %63 to i64
  %65 = sub i64 %62, %64
  %66 = udiv i64 %65, 2
  %67 = add i64 %61, %66
  %68 = load i64, ptr %5, align 8, !tbaa !12
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = zext i32 %69 to i64
  %71 = sub i64 %68, %70
  %72 = udiv i64 %67, %71
  %73 = trunc i64 %72 to i8
  %74 = load ptr, ptr %6, align 8, !tbaa !9
  %75 = load i32, ptr %10, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds i8, ptr %74, i64 %76
  store i8 %73, ptr %77, align 1, !tbaa !18
  br label %78

78:                                               ; preds = %56, %51
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %10, align 4, !tbaa !5
  br label %31, !llvm.loop !21

82:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca [256 x i32], align 16
  %5 = alloca [256 x i32], align 16
  %6 = alloca [256 x i8], align 16
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 3, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %32, %0
  %13 = load i64, ptr %3, align 8, !tbaa !12
  %14 = icmp ult i64 %13, 49152
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %35

16:                                               ; preds = %12
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = mul i32 %17, 1103515245
  %19 = add i32 %18, 12345
  store i32 %19, ptr %2, align 4, !tbaa !5
  %20 = load i64, ptr %3, align 8, !tbaa !12
  %21 = urem i64 %20, 256
  %22 = udiv i64 %21, 16
  %23 = add i64 100, %22
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = lshr i32 %24, 16
  %26 = urem i32 %25, 25
  %27 = zext i32 %26 to i64
  %28 = add i64 %23, %27
  %29 = trunc i64 %28 to i8
  %30 = load i64, ptr %3, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw [49152 x i8], ptr @main.img, i64 0, i64 %30
  store i8 %29, ptr %31, align 1, !tbaa !18
  br label %32

32:                                               ; preds = %16
  %33 = load i64, ptr %3, align 8, !tbaa !12
  %34 = add i64 %33, 1
  store i64 %34, ptr %3, align 8, !tbaa !12
  br label %12, !llvm.loop !22

35:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %4) #3
  call void @llvm.lifetime.start.p0(ptr %5) #3
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %36 = getelementptr inbounds [256 x i32], ptr %4, i64 0, i64 0
  call void @build_histogram(ptr noundef @main.img, i64 noundef 49152, ptr noundef %36) #4
  %37 = getelementptr inbounds [256 x i32], ptr %4, i64 0, i64 0
  %38 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0
  call void @equalize_lut(ptr noundef %37, i64 noundef 49152, ptr noundef %38) #4
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %39

39:                                               ; preds = %52, %35
  %40 = load i64, ptr %7, align 8, !tbaa !12
  %41 = icmp ult i64 %40, 49152
  br i1 %41, label %43, label %42

42:                                               ; preds = %39
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %55

43:                                               ; preds = %39
  %44 = load i64, ptr %7, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw [49152 x i8], ptr @main.img, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !18
  %47 = zext i8 %46 to i64
  %48 = getelementptr inbounds nuw [256 x i8], ptr %6, i64 0, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !18
  %50 = load i64, ptr %7, align 8, !tbaa !12
  %51 = getelementptr inbounds nuw [49152 x i8], ptr @main.img, i64 0, i64 %50
  store i8 %49, ptr %51, align 1, !tbaa !18
  br label %52

52:                                               ; preds = %43
  %53 = load i64, ptr %7, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %7, align 8, !tbaa !12
  br label %39, !llvm.loop !23

55:                                               ; preds = %42
  %56 = getelementptr inbounds [256 x i32], ptr %5, i64 0, i64 0
  call void @build_histogram(ptr noundef @main.img, i64 noundef 49152, ptr noundef %56) #4
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %85, %55
  %58 = load i32, ptr %11, align 4, !tbaa !5
  %59 = icmp slt i32 %58, 256
  br i1 %59, label %61, label %60

60:                                               ; preds = %57
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %88

61:                                               ; preds = %57
  %62 = load i32, ptr %11, align 4, !tbaa !5
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [256 x i32], ptr %4, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = icmp ne i32 %65, 0
  %67 = zext i1 %66 to i32
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = add nsw i32 %68, %67
  store i32 %69, ptr %8, align 4, !tbaa !5
  %70 = load i32, ptr %11, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [256 x i32], ptr %5, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = icmp ne i32 %73, 0
  %75 = zext i1 %74 to i32
  %76 = load i32, ptr %9, align 4, !tbaa !5
  %77 = add nsw i32 %76, %75
  store i32 %77, ptr %9, align 4, !tbaa !5
  %78 = load i32, ptr %10, align 4, !tbaa !5
  %79 = mul i32 %78, 31
  %80 = load i32, ptr %11, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [256 x i32], ptr %5, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = add i32 %79, %83
  store i32 %84, ptr %10, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %61
  %86 = load i32, ptr %11, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %11, align 4, !tbaa !5
  br label %57, !llvm.loop !24

88:                                               ; preds = %60
  %89 = load i32, ptr %8, align 4, !tbaa !5
  %90 = load i32, ptr %9, align 4, !tbaa !5
  %91 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 110
  %92 = load i8, ptr %91, align 2, !tbaa !18
  %93 = zext i8 %92 to i32
  %94 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 130
  %95 = load i8, ptr %94, align 2, !tbaa !18
  %96 = zext i8 %95 to i32
  %97 = load i32, ptr %10, align 4, !tbaa !5
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %89, i32 noundef %90, i32 noundef %93, i32 noundef %96, i32 noundef %97) #4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 int", !11, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !17}
!20 = distinct !{!20, !17}
!21 = distinct !{!21, !17}
!22 = distinct !{!22, !17}
!23 = distinct !{!23, !17}
!24 = distinct !{!24, !17}
