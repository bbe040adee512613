; ModuleID = 'shell_sort.c'
source_filename = "shell_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@gaps = internal constant [8 x i32] [i32 701, i32 301, i32 132, i32 57, i32 23, i32 10, i32 4, i32 1], align 16
@main.a = internal global [40000 x i16] zeroinitializer, align 16
@main.b = internal global [2000 x i16] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"ok=%d min=%d max=%d median=%d hash=%08x b0=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @shell_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %75, %2
  %12 = load i64, ptr %5, align 8, !tbaa !12
  %13 = icmp ult i64 %12, 8
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %78

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %16 = load i64, ptr %5, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw [8 x i32], ptr @gaps, i64 0, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !5
  store i32 %18, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %19 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %19, ptr %8, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %71, %15
  %21 = load i32, ptr %8, align 4, !tbaa !5
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %20
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %74

25:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i16, ptr %26, i64 %28
  %30 = load i16, ptr %29, align 2, !tbaa !14
  store i16 %30, ptr %9, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %31 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %31, ptr %10, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %50, %25
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = icmp sge i32 %33, %34
  br i1 %35, label %36, label %48

36:                                               ; preds = %32
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = sub nsw i32 %38, %39
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i16, ptr %37, i64 %41
  %43 = load i16, ptr %42, align 2, !tbaa !14
  %44 = sext i16 %43 to i32
  %45 = load i16, ptr %9, align 2, !tbaa !14
  %46 = sext i16 %45 to i32
  %47 = icmp sgt i32 %44, %46
  br label %48

48:                                               ; preds = %36, %32
  %49 = phi i1 [ false, %32 ], [ %47, %36 ]
  br i1 %49, label %50, label %65

50:                                               ; preds = %48
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = sub nsw i32 %52, %53
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i16, ptr %51, i64 %55
  %57 = load i16, ptr %56, align 2, !tbaa !14
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i16, ptr %58, i64 %60
  store i16 %57, ptr %61, align 2, !tbaa !14
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = sub nsw i32 %63, %62
  store i32 %64, ptr %10, align 4, !tbaa !5
  br label %32, !llvm.loop !16

65:                                               ; preds = %48
  %66 = load i16, ptr %9, align 2, !tbaa !14
  %67 = load ptr, ptr %3, align 8, !tbaa !9
  %68 = load i32, ptr %10, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds i16, ptr %67, i64 %69
  store i16 %66, ptr %70, align 2, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %71

71:                                               ; preds = %65
  %72 = load i32, ptr %8, align 4, !tbaa !5
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %8, align 4, !tbaa !5
  br label %20, !llvm.loop !18

74:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %75

75:                                               ; preds = %74
  %76 = load i64, ptr %5, align 8, !tbaa !12
  %77 = add i64 %76, 1
  store i64 %77, ptr %5, align 8, !tbaa !12
  br label %11, !llvm.loop !19

78:                                               ; preds = %14
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 8, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %22, %0
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 40000
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %25

11:                                               ; preds = %7
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = mul i32 %12, 134775813
  %14 = add i32 %13, 1
  store i32 %14, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 16
  %17 = sub nsw i32 %16, 32768
  %18 = trunc i32 %17 to i16
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [40000 x i16], ptr @main.a, i64 0, i64 %20
  store i16 %18, ptr %21, align 2, !tbaa !14
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4, !tbaa !5
  br label %7, !llvm.loop !20

25:                                               ; preds = %10
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @main.b, ptr align 16 @main.a, i64 4000, i1 false)
  call void @shell_sort(ptr noundef @main.a, i32 noundef 40000) #5
  call void @insertion_sort(ptr noundef @main.b, i32 noundef 2000) #5
  call void @shell_sort(ptr noundef @main.a, i32 noundef 2000) #5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 1, ptr %6, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %53, %25
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 40000
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %56

30:                                               ; preds = %26
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = sub nsw i32 %31, 1
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [40000 x i16], ptr @main.a, i64 0, i64 %33
  %35 = load i16, ptr %34, align 2, !tbaa !14
  %36 = sext i16 %35 to i32
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [40000 x i16], ptr @main.a, i64 0, i64 %38
  %40 = load i16, ptr %39, align 2, !tbaa !14
  %41 = sext i16 %40 to i32
  %42 = icmp sgt i32 %36, %41
  br i1 %42, label %43, label %44

43:                                               ; preds = %30
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %43, %30
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = mul i32 %45, 31
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [40000 x i16], ptr @main.a, i64 0, i64 %48
  %50 = load i16, ptr %49, align 2, !tbaa !14
  %51 = zext i16 %50 to i32
  %52 = add i32 %46, %51
  store i32 %52, ptr %5, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %44
  %54 = load i32, ptr %6, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %6, align 4, !tbaa !5
  br label %26, !llvm.loop !21

56:                                               ; preds = %29
  %57 = load i32, ptr %4, align 4, !tbaa !5
  %58 = load i16, ptr @main.a, align 16, !tbaa !14
  %59 = sext i16 %58 to i32
  %60 = load i16, ptr getelementptr inbounds ([40000 x i16], ptr @main.a, i64 0, i64 39999), align 2, !tbaa !14
  %61 = sext i16 %60 to i32
  %62 = load i16, ptr getelementptr inbounds ([40000 x i16], ptr @main.a, i64 0, i64 20000), align 16, !tbaa !14
  %63 = sext i16 %62 to i32
  %64 = load i32, ptr %5, align 4, !tbaa !5
  %65 = load i16, ptr @main.b, align 16, !tbaa !14
  %66 = sext i16 %65 to i32
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %57, i32 noundef %59, i32 noundef %61, i32 noundef %63, i32 noundef %64, i32 noundef %66) #5
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @insertion_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %55, %2
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %58

13:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i16, ptr %14, i64 %16
  %18 = load i16, ptr %17, align 2, !tbaa !14
  store i16 %18, ptr %6, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %19 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %19, ptr %7, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %36, %13
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = icmp sgt i32 %21, 0
  br i1 %22, label %23, label %34

23:                                               ; preds = %20
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = sub nsw i32 %25, 1
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i16, ptr %24, i64 %27
  %29 = load i16, ptr %28, align 2, !tbaa !14
  %30 = sext i16 %29 to i32
  %31 = load i16, ptr %6, align 2, !tbaa !14
  %32 = sext i16 %31 to i32
  %33 = icmp sgt i32 %30, %32
  br label %34

34:                                               ; preds = %23, %20
  %35 = phi i1 [ false, %20 ], [ %33, %23 ]
  br i1 %35, label %36, label %49

36:                                               ; preds = %34
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = sub nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i16, ptr %37, i64 %40
  %42 = load i16, ptr %41, align 2, !tbaa !14
  %43 = load ptr, ptr %3, align 8, !tbaa !9
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i16, ptr %43, i64 %45
  store i16 %42, ptr %46, align 2, !tbaa !14
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = add nsw i32 %47, -1
  store i32 %48, ptr %7, align 4, !tbaa !5
  br label %20, !llvm.loop !22

49:                                               ; preds = %34
  %50 = load i16, ptr %6, align 2, !tbaa !14
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i16, ptr %51, i64 %53
  store i16 %50, ptr %54, align 2, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %55

55:                                               ; preds = %49
  %56 = load i32, ptr %5, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %5, align 4, !tbaa !5
  br label %8, !llvm.loop !23

58:                                               ; preds = %12
  ret void
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
!10 = !{!"p1 short", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"short", !7, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = distinct !{!19, !17}
!20 = distinct !{!20, !17}
!21 = distinct !{!21, !17}
!22 = distinct !{!22, !17}
!23 = distinct !{!23, !17}
