; ModuleID = 'game_of_life.c'
source_filename = "game_of_life.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = internal global [2 x [48 x [64 x i8]]] zeroinitializer, align 16
@.str = private unnamed_addr constant [20 x i8] c"alive=%u hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @life_step(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %56, %2
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 48
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %59

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %52, %13
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 64
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %55

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = call i32 @neighbours(ptr noundef %19, i32 noundef %20, i32 noundef %21) #4
  store i32 %22, ptr %8, align 4, !tbaa !5
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = icmp eq i32 %23, 3
  br i1 %24, label %41, label %25

25:                                               ; preds = %18
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 2
  br i1 %27, label %28, label %39

28:                                               ; preds = %25
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x i8], ptr %29, i64 %31
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [64 x i8], ptr %32, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !12
  %37 = zext i8 %36 to i32
  %38 = icmp ne i32 %37, 0
  br label %39

39:                                               ; preds = %28, %25
  %40 = phi i1 [ false, %25 ], [ %38, %28 ]
  br label %41

41:                                               ; preds = %39, %18
  %42 = phi i1 [ true, %18 ], [ %40, %39 ]
  %43 = zext i1 %42 to i32
  %44 = trunc i32 %43 to i8
  %45 = load ptr, ptr %4, align 8, !tbaa !9
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [64 x i8], ptr %45, i64 %47
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [64 x i8], ptr %48, i64 0, i64 %50
  store i8 %44, ptr %51, align 1, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %52

52:                                               ; preds = %41
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4, !tbaa !5
  br label %14, !llvm.loop !13

55:                                               ; preds = %17
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %5, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !15

59:                                               ; preds = %12
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @neighbours(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 47, ptr %8, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %42, %3
  %12 = load i32, ptr %8, align 4, !tbaa !5
  %13 = icmp sle i32 %12, 49
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %45

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 63, ptr %10, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %38, %15
  %17 = load i32, ptr %10, align 4, !tbaa !5
  %18 = icmp sle i32 %17, 65
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %41

20:                                               ; preds = %16
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = add nsw i32 %22, %23
  %25 = srem i32 %24, 48
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [64 x i8], ptr %21, i64 %26
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = add nsw i32 %28, %29
  %31 = srem i32 %30, 64
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [64 x i8], ptr %27, i64 0, i64 %32
  %34 = load i8, ptr %33, align 1, !tbaa !12
  %35 = zext i8 %34 to i32
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = add nsw i32 %36, %35
  store i32 %37, ptr %7, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %20
  %39 = load i32, ptr %10, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %10, align 4, !tbaa !5
  br label %16, !llvm.loop !16

41:                                               ; preds = %19
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %8, align 4, !tbaa !5
  br label %11, !llvm.loop !17

45:                                               ; preds = %14
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = load ptr, ptr %4, align 8, !tbaa !9
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [64 x i8], ptr %47, i64 %49
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [64 x i8], ptr %50, i64 0, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !12
  %55 = zext i8 %54 to i32
  %56 = sub nsw i32 %46, %55
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i32 %56
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 44257, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %49, %0
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 48
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %52

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %45, %16
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 64
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %48

21:                                               ; preds = %17
  %22 = load i32, ptr %2, align 4, !tbaa !5
  %23 = shl i32 %22, 13
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %2, align 4, !tbaa !5
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = lshr i32 %26, 17
  %28 = load i32, ptr %2, align 4, !tbaa !5
  %29 = xor i32 %28, %27
  store i32 %29, ptr %2, align 4, !tbaa !5
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = shl i32 %30, 5
  %32 = load i32, ptr %2, align 4, !tbaa !5
  %33 = xor i32 %32, %31
  store i32 %33, ptr %2, align 4, !tbaa !5
  %34 = load i32, ptr %2, align 4, !tbaa !5
  %35 = and i32 %34, 3
  %36 = icmp eq i32 %35, 0
  %37 = zext i1 %36 to i32
  %38 = trunc i32 %37 to i8
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [48 x [64 x i8]], ptr @grid, i64 0, i64 %40
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [64 x i8], ptr %41, i64 0, i64 %43
  store i8 %38, ptr %44, align 1, !tbaa !12
  br label %45

45:                                               ; preds = %21
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %5, align 4, !tbaa !5
  br label %17, !llvm.loop !18

48:                                               ; preds = %20
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %3, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %3, align 4, !tbaa !5
  br label %12, !llvm.loop !19

52:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %69, %52
  %54 = load i32, ptr %7, align 4, !tbaa !5
  %55 = icmp slt i32 %54, 200
  br i1 %55, label %57, label %56

56:                                               ; preds = %53
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %72

57:                                               ; preds = %53
  %58 = load i32, ptr %6, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [2 x [48 x [64 x i8]]], ptr @grid, i64 0, i64 %59
  %61 = getelementptr inbounds [48 x [64 x i8]], ptr %60, i64 0, i64 0
  %62 = load i32, ptr %6, align 4, !tbaa !5
  %63 = xor i32 %62, 1
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [2 x [48 x [64 x i8]]], ptr @grid, i64 0, i64 %64
  %66 = getelementptr inbounds [48 x [64 x i8]], ptr %65, i64 0, i64 0
  call void @life_step(ptr noundef %61, ptr noundef %66) #4
  %67 = load i32, ptr %6, align 4, !tbaa !5
  %68 = xor i32 %67, 1
  store i32 %68, ptr %6, align 4, !tbaa !5
  br label %69

69:                                               ; preds = %57
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %7, align 4, !tbaa !5
  br label %53, !llvm.loop !20

72:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %73 = load i32, ptr %6, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [2 x [48 x [64 x i8]]], ptr @grid, i64 0, i64 %74
  %76 = getelementptr inbounds [48 x [64 x i8]], ptr %75, i64 0, i64 0
  %77 = getelementptr inbounds [64 x i8], ptr %76, i64 0, i64 0
  store ptr %77, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %103, %72
  %79 = load i32, ptr %11, align 4, !tbaa !5
  %80 = icmp slt i32 %79, 3072
  br i1 %80, label %82, label %81

81:                                               ; preds = %78
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %106

82:                                               ; preds = %78
  %83 = load ptr, ptr %10, align 8, !tbaa !9
  %84 = load i32, ptr %11, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i8, ptr %83, i64 %85
  %87 = load i8, ptr %86, align 1, !tbaa !12
  %88 = zext i8 %87 to i32
  %89 = load i32, ptr %8, align 4, !tbaa !5
  %90 = add i32 %89, %88
  store i32 %90, ptr %8, align 4, !tbaa !5
  %91 = load i32, ptr %9, align 4, !tbaa !5
  %92 = shl i32 %91, 1
  %93 = load i32, ptr %9, align 4, !tbaa !5
  %94 = lshr i32 %93, 31
  %95 = or i32 %92, %94
  %96 = load ptr, ptr %10, align 8, !tbaa !9
  %97 = load i32, ptr %11, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds i8, ptr %96, i64 %98
  %100 = load i8, ptr %99, align 1, !tbaa !12
  %101 = zext i8 %100 to i32
  %102 = xor i32 %95, %101
  store i32 %102, ptr %9, align 4, !tbaa !5
  br label %103

103:                                              ; preds = %82
  %104 = load i32, ptr %11, align 4, !tbaa !5
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %11, align 4, !tbaa !5
  br label %78, !llvm.loop !21

106:                                              ; preds = %81
  %107 = load i32, ptr %8, align 4, !tbaa !5
  %108 = load i32, ptr %9, align 4, !tbaa !5
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %107, i32 noundef %108) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %110 = load i32, ptr %1, align 4
  ret i32 %110
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
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
