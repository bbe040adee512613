; ModuleID = 'levenshtein.c'
source_filename = "levenshtein.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.dict = internal global [12 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 16
@.str = private unnamed_addr constant [10 x i8] c"algorithm\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"compiler\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"optimize\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"register\00", align 1
@.str.4 = private unnamed_addr constant [8 x i8] c"pointer\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"function\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"variable\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"structure\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"iterator\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"allocate\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"benchmark\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"integer\00", align 1
@main.typos = internal global [12 x ptr] [ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23], align 16
@.str.12 = private unnamed_addr constant [9 x i8] c"algoritm\00", align 1
@.str.13 = private unnamed_addr constant [8 x i8] c"compilr\00", align 1
@.str.14 = private unnamed_addr constant [9 x i8] c"optimise\00", align 1
@.str.15 = private unnamed_addr constant [8 x i8] c"regster\00", align 1
@.str.16 = private unnamed_addr constant [8 x i8] c"pionter\00", align 1
@.str.17 = private unnamed_addr constant [9 x i8] c"funtcion\00", align 1
@.str.18 = private unnamed_addr constant [8 x i8] c"varable\00", align 1
@.str.19 = private unnamed_addr constant [10 x i8] c"strucutre\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c"iteratr\00", align 1
@.str.21 = private unnamed_addr constant [8 x i8] c"alocate\00", align 1
@.str.22 = private unnamed_addr constant [9 x i8] c"bencmark\00", align 1
@.str.23 = private unnamed_addr constant [7 x i8] c"intger\00", align 1
@.str.24 = private unnamed_addr constant [31 x i8] c"total=%d correct=%d kitten=%d\0A\00", align 1
@.str.25 = private unnamed_addr constant [7 x i8] c"kitten\00", align 1
@.str.26 = private unnamed_addr constant [8 x i8] c"sitting\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @edit_distance(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [64 x i32], align 16
  %8 = alloca [64 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = call i64 @strlen(ptr noundef %14) #7
  %16 = trunc i64 %15 to i32
  store i32 %16, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = call i64 @strlen(ptr noundef %17) #7
  %19 = trunc i64 %18 to i32
  store i32 %19, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = icmp sgt i32 %20, 63
  br i1 %21, label %22, label %23

22:                                               ; preds = %2
  store i32 63, ptr %6, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %22, %2
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %34, %23
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = icmp sle i32 %25, %26
  br i1 %27, label %29, label %28

28:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %37

29:                                               ; preds = %24
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %32
  store i32 %30, ptr %33, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %29
  %35 = load i32, ptr %9, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %9, align 4, !tbaa !5
  br label %24, !llvm.loop !12

37:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %100, %37
  %39 = load i32, ptr %10, align 4, !tbaa !5
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = icmp sle i32 %39, %40
  br i1 %41, label %43, label %42

42:                                               ; preds = %38
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %103

43:                                               ; preds = %38
  %44 = load i32, ptr %10, align 4, !tbaa !5
  %45 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 0
  store i32 %44, ptr %45, align 16, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 1, ptr %12, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %90, %43
  %47 = load i32, ptr %12, align 4, !tbaa !5
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = icmp sle i32 %47, %48
  br i1 %49, label %51, label %50

50:                                               ; preds = %46
  store i32 8, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %93

51:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = sub nsw i32 %53, 1
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i8, ptr %52, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !14
  %58 = sext i8 %57 to i32
  %59 = load ptr, ptr %4, align 8, !tbaa !9
  %60 = load i32, ptr %12, align 4, !tbaa !5
  %61 = sub nsw i32 %60, 1
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i8, ptr %59, i64 %62
  %64 = load i8, ptr %63, align 1, !tbaa !14
  %65 = sext i8 %64 to i32
  %66 = icmp ne i32 %58, %65
  %67 = zext i1 %66 to i32
  store i32 %67, ptr %13, align 4, !tbaa !5
  %68 = load i32, ptr %12, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  %73 = load i32, ptr %12, align 4, !tbaa !5
  %74 = sub nsw i32 %73, 1
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  %79 = load i32, ptr %12, align 4, !tbaa !5
  %80 = sub nsw i32 %79, 1
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = load i32, ptr %13, align 4, !tbaa !5
  %85 = add nsw i32 %83, %84
  %86 = call i32 @min3(i32 noundef %72, i32 noundef %78, i32 noundef %85) #8
  %87 = load i32, ptr %12, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %88
  store i32 %86, ptr %89, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %90

90:                                               ; preds = %51
  %91 = load i32, ptr %12, align 4, !tbaa !5
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %12, align 4, !tbaa !5
  br label %46, !llvm.loop !15

93:                                               ; preds = %50
  %94 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 0
  %95 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 0
  %96 = load i32, ptr %6, align 4, !tbaa !5
  %97 = add nsw i32 %96, 1
  %98 = sext i32 %97 to i64
  %99 = mul i64 %98, 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %94, ptr align 16 %95, i64 %99, i1 false)
  br label %100

100:                                              ; preds = %93
  %101 = load i32, ptr %10, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %10, align 4, !tbaa !5
  br label %38, !llvm.loop !16

103:                                              ; preds = %42
  %104 = load i32, ptr %6, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %105
  %107 = load i32, ptr %106, align 4, !tbaa !5
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %107
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @min3(i32 noundef %0, i32 noundef %1, i32 noundef %2) #3 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %13

11:                                               ; preds = %3
  %12 = load i32, ptr %4, align 4, !tbaa !5
  br label %15

13:                                               ; preds = %3
  %14 = load i32, ptr %5, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %13, %11
  %16 = phi i32 [ %12, %11 ], [ %14, %13 ]
  store i32 %16, ptr %7, align 4, !tbaa !5
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = icmp slt i32 %17, %18
  br i1 %19, label %20, label %22

20:                                               ; preds = %15
  %21 = load i32, ptr %7, align 4, !tbaa !5
  br label %24

22:                                               ; preds = %15
  %23 = load i32, ptr %6, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %22, %20
  %25 = phi i32 [ %21, %20 ], [ %23, %22 ]
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %25
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

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
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %59, %0
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 40
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %62

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %55, %15
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 12
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %58

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 1000, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %45, %20
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 12
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %48

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [12 x ptr], ptr @main.typos, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !9
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [12 x ptr], ptr @main.dict, i64 0, i64 %31
  %33 = load ptr, ptr %32, align 8, !tbaa !9
  %34 = call i32 @edit_distance(ptr noundef %29, ptr noundef %33) #8
  store i32 %34, ptr %10, align 4, !tbaa !5
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = load i32, ptr %2, align 4, !tbaa !5
  %37 = add nsw i32 %36, %35
  store i32 %37, ptr %2, align 4, !tbaa !5
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %44

41:                                               ; preds = %25
  %42 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %42, ptr %8, align 4, !tbaa !5
  %43 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %43, ptr %7, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %41, %25
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4, !tbaa !5
  br label %21, !llvm.loop !17

48:                                               ; preds = %24
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = icmp eq i32 %49, %50
  %52 = zext i1 %51 to i32
  %53 = load i32, ptr %3, align 4, !tbaa !5
  %54 = add nsw i32 %53, %52
  store i32 %54, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %55

55:                                               ; preds = %48
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %6, align 4, !tbaa !5
  br label %16, !llvm.loop !18

58:                                               ; preds = %19
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %4, align 4, !tbaa !5
  br label %11, !llvm.loop !19

62:                                               ; preds = %14
  %63 = load i32, ptr %2, align 4, !tbaa !5
  %64 = load i32, ptr %3, align 4, !tbaa !5
  %65 = call i32 @edit_distance(ptr noundef @.str.25, ptr noundef @.str.26) #8
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %63, i32 noundef %64, i32 noundef %65) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %67 = load i32, ptr %1, align 4
  ret i32 %67
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { minsize optsize }

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
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !13}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
!19 = distinct !{!19, !13}
