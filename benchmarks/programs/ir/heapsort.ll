; ModuleID = 'heapsort.c'
source_filename = "heapsort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.record = type { i64, i32 }

@main.recs = internal global [30000 x %struct.record] zeroinitializer, align 16
@main.heap = internal global [100 x %struct.record] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"heapsort ok=%d idhash=%08x min=%llu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @heapsort_records(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca %struct.record, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  %8 = load i64, ptr %4, align 8, !tbaa !12
  %9 = icmp ult i64 %8, 2
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  br label %46

11:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = udiv i64 %12, 2
  store i64 %13, ptr %5, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %19, %11
  %15 = load i64, ptr %5, align 8, !tbaa !12
  %16 = add i64 %15, -1
  store i64 %16, ptr %5, align 8, !tbaa !12
  %17 = icmp ugt i64 %15, 0
  br i1 %17, label %19, label %18

18:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %23

19:                                               ; preds = %14
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = load i64, ptr %5, align 8, !tbaa !12
  %22 = load i64, ptr %4, align 8, !tbaa !12
  call void @sift_down(ptr noundef %20, i64 noundef %21, i64 noundef %22) #5
  br label %14, !llvm.loop !14

23:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %24 = load i64, ptr %4, align 8, !tbaa !12
  %25 = sub i64 %24, 1
  store i64 %25, ptr %6, align 8, !tbaa !12
  br label %26

26:                                               ; preds = %43, %23
  %27 = load i64, ptr %6, align 8, !tbaa !12
  %28 = icmp ugt i64 %27, 0
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %46

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds %struct.record, ptr %31, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 %32, i64 16, i1 false), !tbaa.struct !16
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds %struct.record, ptr %33, i64 0
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = load i64, ptr %6, align 8, !tbaa !12
  %37 = getelementptr inbounds nuw %struct.record, ptr %35, i64 %36
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %34, ptr align 8 %37, i64 16, i1 false), !tbaa.struct !16
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = load i64, ptr %6, align 8, !tbaa !12
  %40 = getelementptr inbounds nuw %struct.record, ptr %38, i64 %39
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %40, ptr align 8 %7, i64 16, i1 false), !tbaa.struct !16
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = load i64, ptr %6, align 8, !tbaa !12
  call void @sift_down(ptr noundef %41, i64 noundef 0, i64 noundef %42) #5
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %43

43:                                               ; preds = %30
  %44 = load i64, ptr %6, align 8, !tbaa !12
  %45 = add i64 %44, -1
  store i64 %45, ptr %6, align 8, !tbaa !12
  br label %26, !llvm.loop !17

46:                                               ; preds = %10, %29
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @sift_down(ptr noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca %struct.record, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %11 = load i64, ptr %5, align 8, !tbaa !12
  store i64 %11, ptr %7, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %70, %3
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %13 = load i64, ptr %7, align 8, !tbaa !12
  %14 = mul i64 2, %13
  %15 = add i64 %14, 1
  store i64 %15, ptr %8, align 8, !tbaa !12
  %16 = load i64, ptr %8, align 8, !tbaa !12
  %17 = load i64, ptr %6, align 8, !tbaa !12
  %18 = icmp uge i64 %16, %17
  br i1 %18, label %19, label %20

19:                                               ; preds = %12
  store i32 2, ptr %9, align 4
  br label %68

20:                                               ; preds = %12
  %21 = load i64, ptr %8, align 8, !tbaa !12
  %22 = add i64 %21, 1
  %23 = load i64, ptr %6, align 8, !tbaa !12
  %24 = icmp ult i64 %22, %23
  br i1 %24, label %25, label %41

25:                                               ; preds = %20
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i64, ptr %8, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw %struct.record, ptr %26, i64 %27
  %29 = getelementptr inbounds nuw %struct.record, ptr %28, i32 0, i32 0
  %30 = load i64, ptr %29, align 8, !tbaa !18
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = load i64, ptr %8, align 8, !tbaa !12
  %33 = add i64 %32, 1
  %34 = getelementptr inbounds nuw %struct.record, ptr %31, i64 %33
  %35 = getelementptr inbounds nuw %struct.record, ptr %34, i32 0, i32 0
  %36 = load i64, ptr %35, align 8, !tbaa !18
  %37 = icmp ult i64 %30, %36
  br i1 %37, label %38, label %41

38:                                               ; preds = %25
  %39 = load i64, ptr %8, align 8, !tbaa !12
  %40 = add i64 %39, 1
  store i64 %40, ptr %8, align 8, !tbaa !12
  br label %41

41:                                               ; preds = %38, %25, %20
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = load i64, ptr %7, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw %struct.record, ptr %42, i64 %43
  %45 = getelementptr inbounds nuw %struct.record, ptr %44, i32 0, i32 0
  %46 = load i64, ptr %45, align 8, !tbaa !18
  %47 = load ptr, ptr %4, align 8, !tbaa !9
  %48 = load i64, ptr %8, align 8, !tbaa !12
  %49 = getelementptr inbounds nuw %struct.record, ptr %47, i64 %48
  %50 = getelementptr inbounds nuw %struct.record, ptr %49, i32 0, i32 0
  %51 = load i64, ptr %50, align 8, !tbaa !18
  %52 = icmp uge i64 %46, %51
  br i1 %52, label %53, label %54

53:                                               ; preds = %41
  store i32 2, ptr %9, align 4
  br label %68

54:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = load i64, ptr %7, align 8, !tbaa !12
  %57 = getelementptr inbounds nuw %struct.record, ptr %55, i64 %56
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 %57, i64 16, i1 false), !tbaa.struct !16
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = load i64, ptr %7, align 8, !tbaa !12
  %60 = getelementptr inbounds nuw %struct.record, ptr %58, i64 %59
  %61 = load ptr, ptr %4, align 8, !tbaa !9
  %62 = load i64, ptr %8, align 8, !tbaa !12
  %63 = getelementptr inbounds nuw %struct.record, ptr %61, i64 %62
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %60, ptr align 8 %63, i64 16, i1 false), !tbaa.struct !16
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = load i64, ptr %8, align 8, !tbaa !12
  %66 = getelementptr inbounds nuw %struct.record, ptr %64, i64 %65
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %66, ptr align 8 %10, i64 16, i1 false), !tbaa.struct !16
  %67 = load i64, ptr %8, align 8, !tbaa !12
  store i64 %67, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %10) #4
  store i32 0, ptr %9, align 4
  br label %68

68:                                               ; preds = %54, %53, %19
  call void @llvm.lifetime.end.p0(ptr %8) #4
  %69 = load i32, ptr %9, align 4
  switch i32 %69, label %72 [
    i32 0, label %70
    i32 2, label %71
  ]

70:                                               ; preds = %68
  br label %12

71:                                               ; preds = %68
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret void

72:                                               ; preds = %68
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @top_k_smallest(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca %struct.record, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i64 0, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %15

15:                                               ; preds = %91, %4
  %16 = load i64, ptr %10, align 8, !tbaa !12
  %17 = load i64, ptr %6, align 8, !tbaa !12
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %20, label %19

19:                                               ; preds = %15
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %94

20:                                               ; preds = %15
  %21 = load i64, ptr %9, align 8, !tbaa !12
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %24, label %70

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %25 = load i64, ptr %9, align 8, !tbaa !12
  %26 = add i64 %25, 1
  store i64 %26, ptr %9, align 8, !tbaa !12
  store i64 %25, ptr %12, align 8, !tbaa !12
  %27 = load ptr, ptr %7, align 8, !tbaa !9
  %28 = load i64, ptr %12, align 8, !tbaa !12
  %29 = getelementptr inbounds nuw %struct.record, ptr %27, i64 %28
  %30 = load ptr, ptr %5, align 8, !tbaa !9
  %31 = load i64, ptr %10, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw %struct.record, ptr %30, i64 %31
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %29, ptr align 8 %32, i64 16, i1 false), !tbaa.struct !16
  br label %33

33:                                               ; preds = %68, %24
  %34 = load i64, ptr %12, align 8, !tbaa !12
  %35 = icmp ugt i64 %34, 0
  br i1 %35, label %36, label %69

36:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %13) #4
  %37 = load i64, ptr %12, align 8, !tbaa !12
  %38 = sub i64 %37, 1
  %39 = udiv i64 %38, 2
  store i64 %39, ptr %13, align 8, !tbaa !12
  %40 = load ptr, ptr %7, align 8, !tbaa !9
  %41 = load i64, ptr %13, align 8, !tbaa !12
  %42 = getelementptr inbounds nuw %struct.record, ptr %40, i64 %41
  %43 = getelementptr inbounds nuw %struct.record, ptr %42, i32 0, i32 0
  %44 = load i64, ptr %43, align 8, !tbaa !18
  %45 = load ptr, ptr %7, align 8, !tbaa !9
  %46 = load i64, ptr %12, align 8, !tbaa !12
  %47 = getelementptr inbounds nuw %struct.record, ptr %45, i64 %46
  %48 = getelementptr inbounds nuw %struct.record, ptr %47, i32 0, i32 0
  %49 = load i64, ptr %48, align 8, !tbaa !18
  %50 = icmp uge i64 %44, %49
  br i1 %50, label %51, label %52

51:                                               ; preds = %36
  store i32 6, ptr %11, align 4
  br label %66

52:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %53 = load ptr, ptr %7, align 8, !tbaa !9
  %54 = load i64, ptr %13, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw %struct.record, ptr %53, i64 %54
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %55, i64 16, i1 false), !tbaa.struct !16
  %56 = load ptr, ptr %7, align 8, !tbaa !9
  %57 = load i64, ptr %13, align 8, !tbaa !12
  %58 = getelementptr inbounds nuw %struct.record, ptr %56, i64 %57
  %59 = load ptr, ptr %7, align 8, !tbaa !9
  %60 = load i64, ptr %12, align 8, !tbaa !12
  %61 = getelementptr inbounds nuw %struct.record, ptr %59, i64 %60
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %58, ptr align 8 %61, i64 16, i1 false), !tbaa.struct !16
  %62 = load ptr, ptr %7, align 8, !tbaa !9
  %63 = load i64, ptr %12, align 8, !tbaa !12
  %64 = getelementptr inbounds nuw %struct.record, ptr %62, i64 %63
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %64, ptr align 8 %14, i64 16, i1 false), !tbaa.struct !16
  %65 = load i64, ptr %13, align 8, !tbaa !12
  store i64 %65, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %14) #4
  store i32 0, ptr %11, align 4
  br label %66

66:                                               ; preds = %52, %51
  call void @llvm.lifetime.end.p0(ptr %13) #4
  %67 = load i32, ptr %11, align 4
  switch i32 %67, label %96 [
    i32 0, label %68
    i32 6, label %69
  ]

68:                                               ; preds = %66
  br label %33, !llvm.loop !20

69:                                               ; preds = %66, %33
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %90

70:                                               ; preds = %20
  %71 = load ptr, ptr %5, align 8, !tbaa !9
  %72 = load i64, ptr %10, align 8, !tbaa !12
  %73 = getelementptr inbounds nuw %struct.record, ptr %71, i64 %72
  %74 = getelementptr inbounds nuw %struct.record, ptr %73, i32 0, i32 0
  %75 = load i64, ptr %74, align 8, !tbaa !18
  %76 = load ptr, ptr %7, align 8, !tbaa !9
  %77 = getelementptr inbounds %struct.record, ptr %76, i64 0
  %78 = getelementptr inbounds nuw %struct.record, ptr %77, i32 0, i32 0
  %79 = load i64, ptr %78, align 8, !tbaa !18
  %80 = icmp ult i64 %75, %79
  br i1 %80, label %81, label %89

81:                                               ; preds = %70
  %82 = load ptr, ptr %7, align 8, !tbaa !9
  %83 = getelementptr inbounds %struct.record, ptr %82, i64 0
  %84 = load ptr, ptr %5, align 8, !tbaa !9
  %85 = load i64, ptr %10, align 8, !tbaa !12
  %86 = getelementptr inbounds nuw %struct.record, ptr %84, i64 %85
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %83, ptr align 8 %86, i64 16, i1 false), !tbaa.struct !16
  %87 = load ptr, ptr %7, align 8, !tbaa !9
  %88 = load i64, ptr %9, align 8, !tbaa !12
  call void @sift_down(ptr noundef %87, i64 noundef 0, i64 noundef %88) #5
  br label %89

89:                                               ; preds = %81, %70
  br label %90

90:                                               ; preds = %89, %69
  br label %91

91:                                               ; preds = %90
  %92 = load i64, ptr %10, align 8, !tbaa !12
  %93 = add i64 %92, 1
  store i64 %93, ptr %10, align 8, !tbaa !12
  br label %15, !llvm.loop !21

94:                                               ; preds = %19
  %95 = load i64, ptr %9, align 8, !tbaa !12
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  ret i64 %95

96:                                               ; preds = %66
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i64 42, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %26, %0
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = icmp ult i32 %11, 30000
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %29

14:                                               ; preds = %10
  %15 = call i64 @splitmix64(ptr noundef %2) #5
  %16 = lshr i64 %15, 20
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds nuw [30000 x %struct.record], ptr @main.recs, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.record, ptr %19, i32 0, i32 0
  store i64 %16, ptr %20, align 16, !tbaa !18
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds nuw [30000 x %struct.record], ptr @main.recs, i64 0, i64 %23
  %25 = getelementptr inbounds nuw %struct.record, ptr %24, i32 0, i32 1
  store i32 %21, ptr %25, align 8, !tbaa !22
  br label %26

26:                                               ; preds = %14
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = add i32 %27, 1
  store i32 %28, ptr %3, align 4, !tbaa !5
  br label %10, !llvm.loop !23

29:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %30 = call i64 @top_k_smallest(ptr noundef @main.recs, i64 noundef 30000, ptr noundef @main.heap, i64 noundef 100) #5
  store i64 %30, ptr %4, align 8, !tbaa !12
  %31 = load i64, ptr %4, align 8, !tbaa !12
  call void @heapsort_records(ptr noundef @main.heap, i64 noundef %31) #5
  call void @heapsort_records(ptr noundef @main.recs, i64 noundef 30000) #5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i64 1, ptr %6, align 8, !tbaa !12
  br label %32

32:                                               ; preds = %49, %29
  %33 = load i64, ptr %6, align 8, !tbaa !12
  %34 = icmp ult i64 %33, 30000
  br i1 %34, label %36, label %35

35:                                               ; preds = %32
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %52

36:                                               ; preds = %32
  %37 = load i64, ptr %6, align 8, !tbaa !12
  %38 = sub i64 %37, 1
  %39 = getelementptr inbounds nuw [30000 x %struct.record], ptr @main.recs, i64 0, i64 %38
  %40 = getelementptr inbounds nuw %struct.record, ptr %39, i32 0, i32 0
  %41 = load i64, ptr %40, align 16, !tbaa !18
  %42 = load i64, ptr %6, align 8, !tbaa !12
  %43 = getelementptr inbounds nuw [30000 x %struct.record], ptr @main.recs, i64 0, i64 %42
  %44 = getelementptr inbounds nuw %struct.record, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 16, !tbaa !18
  %46 = icmp ugt i64 %41, %45
  br i1 %46, label %47, label %48

47:                                               ; preds = %36
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %47, %36
  br label %49

49:                                               ; preds = %48
  %50 = load i64, ptr %6, align 8, !tbaa !12
  %51 = add i64 %50, 1
  store i64 %51, ptr %6, align 8, !tbaa !12
  br label %32, !llvm.loop !24

52:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %53

53:                                               ; preds = %69, %52
  %54 = load i64, ptr %7, align 8, !tbaa !12
  %55 = icmp ult i64 %54, 100
  br i1 %55, label %57, label %56

56:                                               ; preds = %53
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %72

57:                                               ; preds = %53
  %58 = load i64, ptr %7, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw [100 x %struct.record], ptr @main.heap, i64 0, i64 %58
  %60 = getelementptr inbounds nuw %struct.record, ptr %59, i32 0, i32 0
  %61 = load i64, ptr %60, align 16, !tbaa !18
  %62 = load i64, ptr %7, align 8, !tbaa !12
  %63 = getelementptr inbounds nuw [30000 x %struct.record], ptr @main.recs, i64 0, i64 %62
  %64 = getelementptr inbounds nuw %struct.record, ptr %63, i32 0, i32 0
  %65 = load i64, ptr %64, align 16, !tbaa !18
  %66 = icmp ne i64 %61, %65
  br i1 %66, label %67, label %68

67:                                               ; preds = %57
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %67, %57
  br label %69

69:                                               ; preds = %68
  %70 = load i64, ptr %7, align 8, !tbaa !12
  %71 = add i64 %70, 1
  store i64 %71, ptr %7, align 8, !tbaa !12
  br label %53, !llvm.loop !25

72:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %73

73:                                               ; preds = %85, %72
  %74 = load i64, ptr %9, align 8, !tbaa !12
  %75 = icmp ult i64 %74, 30000
  br i1 %75, label %77, label %76

76:                                               ; preds = %73
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %88

77:                                               ; preds = %73
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = mul i32 %78, 131
  %80 = load i64, ptr %9, align 8, !tbaa !12
  %81 = getelementptr inbounds nuw [30000 x %struct.record], ptr @main.recs, i64 0, i64 %80
  %82 = getelementptr inbounds nuw %struct.record, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %82, align 8, !tbaa !22
  %84 = add i32 %79, %83
  store i32 %84, ptr %8, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %77
  %86 = load i64, ptr %9, align 8, !tbaa !12
  %87 = add i64 %86, 7
  store i64 %87, ptr %9, align 8, !tbaa !12
  br label %73, !llvm.loop !26

88:                                               ; preds = %76
  %89 = load i32, ptr %5, align 4, !tbaa !5
  %90 = load i32, ptr %8, align 4, !tbaa !5
  %91 = load i64, ptr @main.recs, align 16, !tbaa !18
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %89, i32 noundef %90, i64 noundef %91) #5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @splitmix64(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %4 = load ptr, ptr %2, align 8, !tbaa !27
  %5 = load i64, ptr %4, align 8, !tbaa !12
  %6 = add i64 %5, -7046029254386353131
  store i64 %6, ptr %4, align 8, !tbaa !12
  store i64 %6, ptr %3, align 8, !tbaa !12
  %7 = load i64, ptr %3, align 8, !tbaa !12
  %8 = load i64, ptr %3, align 8, !tbaa !12
  %9 = lshr i64 %8, 30
  %10 = xor i64 %7, %9
  %11 = mul i64 %10, -4658895280553007687
  store i64 %11, ptr %3, align 8, !tbaa !12
  %12 = load i64, ptr %3, align 8, !tbaa !12
  %13 = load i64, ptr %3, align 8, !tbaa !12
  %14 = lshr i64 %13, 27
  %15 = xor i64 %12, %14
  %16 = mul i64 %15, -7723592293110705685
  store i64 %16, ptr %3, align 8, !tbaa !12
  %17 = load i64, ptr %3, align 8, !tbaa !12
  %18 = load i64, ptr %3, align 8, !tbaa !12
  %19 = lshr i64 %18, 31
  %20 = xor i64 %17, %19
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i64 %20
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
!10 = !{!"p1 _ZTS6record", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{i64 0, i64 8, !12, i64 8, i64 4, !5}
!17 = distinct !{!17, !15}
!18 = !{!19, !13, i64 0}
!19 = !{!"record", !13, i64 0, !6, i64 8}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = !{!19, !6, i64 8}
!23 = distinct !{!23, !15}
!24 = distinct !{!24, !15}
!25 = distinct !{!25, !15}
!26 = distinct !{!26, !15}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 long", !11, i64 0}
