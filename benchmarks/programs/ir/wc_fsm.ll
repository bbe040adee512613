; ModuleID = 'wc_fsm.c'
source_filename = "wc_fsm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.counts = type { i64, i64, i64, i64 }

@main.text = internal global [200000 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [43 x i8] c"lines=%lu words=%lu bytes=%lu longest=%lu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @wc_count(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i64 0, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %76, %3
  %12 = load i64, ptr %9, align 8, !tbaa !12
  %13 = load i64, ptr %5, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %79

16:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = load i64, ptr %9, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw i8, ptr %17, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !16
  %21 = call i32 @classify(i8 noundef zeroext %20) #5
  store i32 %21, ptr %10, align 4, !tbaa !5
  %22 = load ptr, ptr %6, align 8, !tbaa !14
  %23 = getelementptr inbounds nuw %struct.counts, ptr %22, i32 0, i32 2
  %24 = load i64, ptr %23, align 8, !tbaa !17
  %25 = add i64 %24, 1
  store i64 %25, ptr %23, align 8, !tbaa !17
  %26 = load i32, ptr %7, align 4, !tbaa !5
  switch i32 %26, label %41 [
    i32 0, label %27
    i32 1, label %36
  ]

27:                                               ; preds = %16
  %28 = load i32, ptr %10, align 4, !tbaa !5
  %29 = icmp eq i32 %28, 2
  br i1 %29, label %30, label %35

30:                                               ; preds = %27
  %31 = load ptr, ptr %6, align 8, !tbaa !14
  %32 = getelementptr inbounds nuw %struct.counts, ptr %31, i32 0, i32 1
  %33 = load i64, ptr %32, align 8, !tbaa !19
  %34 = add i64 %33, 1
  store i64 %34, ptr %32, align 8, !tbaa !19
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %30, %27
  br label %41

36:                                               ; preds = %16
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = icmp ne i32 %37, 2
  br i1 %38, label %39, label %40

39:                                               ; preds = %36
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %39, %36
  br label %41

41:                                               ; preds = %16, %40, %35
  %42 = load i32, ptr %10, align 4, !tbaa !5
  %43 = icmp eq i32 %42, 1
  br i1 %43, label %44, label %59

44:                                               ; preds = %41
  %45 = load ptr, ptr %6, align 8, !tbaa !14
  %46 = getelementptr inbounds nuw %struct.counts, ptr %45, i32 0, i32 0
  %47 = load i64, ptr %46, align 8, !tbaa !20
  %48 = add i64 %47, 1
  store i64 %48, ptr %46, align 8, !tbaa !20
  %49 = load i64, ptr %8, align 8, !tbaa !12
  %50 = load ptr, ptr %6, align 8, !tbaa !14
  %51 = getelementptr inbounds nuw %struct.counts, ptr %50, i32 0, i32 3
  %52 = load i64, ptr %51, align 8, !tbaa !21
  %53 = icmp ugt i64 %49, %52
  br i1 %53, label %54, label %58

54:                                               ; preds = %44
  %55 = load i64, ptr %8, align 8, !tbaa !12
  %56 = load ptr, ptr %6, align 8, !tbaa !14
  %57 = getelementptr inbounds nuw %struct.counts, ptr %56, i32 0, i32 3
  store i64 %55, ptr %57, align 8, !tbaa !21
  br label %58

58:                                               ; preds = %54, %44
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %75

59:                                               ; preds = %41
  %60 = load ptr, ptr %4, align 8, !tbaa !9
  %61 = load i64, ptr %9, align 8, !tbaa !12
  %62 = getelementptr inbounds nuw i8, ptr %60, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !16
  %64 = zext i8 %63 to i32
  %65 = icmp eq i32 %64, 9
  br i1 %65, label %66, label %70

66:                                               ; preds = %59
  %67 = load i64, ptr %8, align 8, !tbaa !12
  %68 = urem i64 %67, 8
  %69 = sub i64 8, %68
  br label %71

70:                                               ; preds = %59
  br label %71

71:                                               ; preds = %70, %66
  %72 = phi i64 [ %69, %66 ], [ 1, %70 ]
  %73 = load i64, ptr %8, align 8, !tbaa !12
  %74 = add i64 %73, %72
  store i64 %74, ptr %8, align 8, !tbaa !12
  br label %75

75:                                               ; preds = %71, %58
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %76

76:                                               ; preds = %75
  %77 = load i64, ptr %9, align 8, !tbaa !12
  %78 = add i64 %77, 1
  store i64 %78, ptr %9, align 8, !tbaa !12
  br label %11, !llvm.loop !22

79:                                               ; preds = %15
  %80 = load i64, ptr %8, align 8, !tbaa !12
  %81 = load ptr, ptr %6, align 8, !tbaa !14
  %82 = getelementptr inbounds nuw %struct.counts, ptr %81, i32 0, i32 3
  %83 = load i64, ptr %82, align 8, !tbaa !21
  %84 = icmp ugt i64 %80, %83
  br i1 %84, label %85, label %89

85:                                               ; preds = %79
  %86 = load i64, ptr %8, align 8, !tbaa !12
  %87 = load ptr, ptr %6, align 8, !tbaa !14
  %88 = getelementptr inbounds nuw %struct.counts, ptr %87, i32 0, i32 3
  store i64 %86, ptr %88, align 8, !tbaa !21
  br label %89

89:                                               ; preds = %85, %79
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @classify(i8 noundef zeroext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !16
  %4 = load i8, ptr %3, align 1, !tbaa !16
  %5 = zext i8 %4 to i32
  %6 = icmp eq i32 %5, 10
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %30

8:                                                ; preds = %1
  %9 = load i8, ptr %3, align 1, !tbaa !16
  %10 = zext i8 %9 to i32
  %11 = icmp eq i32 %10, 32
  br i1 %11, label %28, label %12

12:                                               ; preds = %8
  %13 = load i8, ptr %3, align 1, !tbaa !16
  %14 = zext i8 %13 to i32
  %15 = icmp eq i32 %14, 9
  br i1 %15, label %28, label %16

16:                                               ; preds = %12
  %17 = load i8, ptr %3, align 1, !tbaa !16
  %18 = zext i8 %17 to i32
  %19 = icmp eq i32 %18, 13
  br i1 %19, label %28, label %20

20:                                               ; preds = %16
  %21 = load i8, ptr %3, align 1, !tbaa !16
  %22 = zext i8 %21 to i32
  %23 = icmp eq i32 %22, 12
  br i1 %23, label %28, label %24

24:                                               ; preds = %20
  %25 = load i8, ptr %3, align 1, !tbaa !16
  %26 = zext i8 %25 to i32
  %27 = icmp eq i32 %26, 11
  br i1 %27, label %28, label %29

28:                                               ; preds = %24, %20, %16, %12, %8
  store i32 0, ptr %2, align 4
  br label %30

29:                                               ; preds = %24
  store i32 2, ptr %2, align 4
  br label %30

30:                                               ; preds = %29, %28, %7
  %31 = load i32, ptr %2, align 4
  ret i32 %31
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca %struct.counts, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 2, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %6

6:                                                ; preds = %40, %0
  %7 = load i64, ptr %3, align 8, !tbaa !12
  %8 = icmp ult i64 %7, 200000
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %43

10:                                               ; preds = %6
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = mul i32 %11, 1664525
  %13 = add i32 %12, 1013904223
  store i32 %13, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %14 = load i32, ptr %2, align 4, !tbaa !5
  %15 = lshr i32 %14, 24
  store i32 %15, ptr %4, align 4, !tbaa !5
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = icmp ult i32 %16, 30
  br i1 %17, label %18, label %19

18:                                               ; preds = %10
  br label %35

19:                                               ; preds = %10
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = icmp ult i32 %20, 34
  br i1 %21, label %22, label %23

22:                                               ; preds = %19
  br label %33

23:                                               ; preds = %19
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = icmp ult i32 %24, 36
  br i1 %25, label %26, label %27

26:                                               ; preds = %23
  br label %31

27:                                               ; preds = %23
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = urem i32 %28, 26
  %30 = add i32 97, %29
  br label %31

31:                                               ; preds = %27, %26
  %32 = phi i32 [ 9, %26 ], [ %30, %27 ]
  br label %33

33:                                               ; preds = %31, %22
  %34 = phi i32 [ 10, %22 ], [ %32, %31 ]
  br label %35

35:                                               ; preds = %33, %18
  %36 = phi i32 [ 32, %18 ], [ %34, %33 ]
  %37 = trunc i32 %36 to i8
  %38 = load i64, ptr %3, align 8, !tbaa !12
  %39 = getelementptr inbounds nuw [200000 x i8], ptr @main.text, i64 0, i64 %38
  store i8 %37, ptr %39, align 1, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %40

40:                                               ; preds = %35
  %41 = load i64, ptr %3, align 8, !tbaa !12
  %42 = add i64 %41, 1
  store i64 %42, ptr %3, align 8, !tbaa !12
  br label %6, !llvm.loop !24

43:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %5) #4
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 32, i1 false)
  call void @wc_count(ptr noundef @main.text, i64 noundef 200000, ptr noundef %5) #5
  %44 = getelementptr inbounds nuw %struct.counts, ptr %5, i32 0, i32 0
  %45 = load i64, ptr %44, align 8, !tbaa !20
  %46 = getelementptr inbounds nuw %struct.counts, ptr %5, i32 0, i32 1
  %47 = load i64, ptr %46, align 8, !tbaa !19
  %48 = getelementptr inbounds nuw %struct.counts, ptr %5, i32 0, i32 2
  %49 = load i64, ptr %48, align 8, !tbaa !17
  %50 = getelementptr inbounds nuw %struct.counts, ptr %5, i32 0, i32 3
  %51 = load i64, ptr %50, align 8, !tbaa !21
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %45, i64 noundef %47, i64 noundef %49, i64 noundef %51) #5
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS6counts", !11, i64 0}
!16 = !{!7, !7, i64 0}
!17 = !{!18, !13, i64 16}
!18 = !{!"counts", !13, i64 0, !13, i64 8, !13, i64 16, !13, i64 24}
!19 = !{!18, !13, i64 8}
!20 = !{!18, !13, i64 0}
!21 = !{!18, !13, i64 24}
!22 = distinct !{!22, !23}
!23 = !{!"llvm.loop.mustprogress"}
!24 = distinct !{!24, !23}
