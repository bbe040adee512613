; ModuleID = 'priority_queue.c'
source_filename = "priority_queue.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.event = type { i32, i32, i32, i32 }
%struct.pq = type { ptr, i64, i64 }

@.str = private unnamed_addr constant [46 x i8] c"end=%u served=%u/%u/%u avgwait=%llu maxq=%zu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @pq_push(ptr noundef %0, i64 %1, i64 %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca %struct.event, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %1, ptr %12, align 4
  %13 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %2, ptr %13, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  %14 = load ptr, ptr %6, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.pq, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !12
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.pq, ptr %17, i32 0, i32 2
  %19 = load i64, ptr %18, align 8, !tbaa !16
  %20 = icmp eq i64 %16, %19
  br i1 %20, label %21, label %53

21:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %22 = load ptr, ptr %6, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.pq, ptr %22, i32 0, i32 2
  %24 = load i64, ptr %23, align 8, !tbaa !16
  %25 = icmp ne i64 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %21
  %27 = load ptr, ptr %6, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.pq, ptr %27, i32 0, i32 2
  %29 = load i64, ptr %28, align 8, !tbaa !16
  %30 = mul i64 %29, 2
  br label %32

31:                                               ; preds = %21
  br label %32

32:                                               ; preds = %31, %26
  %33 = phi i64 [ %30, %26 ], [ 16, %31 ]
  store i64 %33, ptr %7, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %34 = load ptr, ptr %6, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.pq, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8, !tbaa !18
  %37 = load i64, ptr %7, align 8, !tbaa !17
  %38 = mul i64 %37, 16
  %39 = call ptr @realloc(ptr noundef %36, i64 noundef %38) #8
  store ptr %39, ptr %8, align 8, !tbaa !19
  %40 = load ptr, ptr %8, align 8, !tbaa !19
  %41 = icmp ne ptr %40, null
  br i1 %41, label %43, label %42

42:                                               ; preds = %32
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %50

43:                                               ; preds = %32
  %44 = load ptr, ptr %8, align 8, !tbaa !19
  %45 = load ptr, ptr %6, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.pq, ptr %45, i32 0, i32 0
  store ptr %44, ptr %46, align 8, !tbaa !18
  %47 = load i64, ptr %7, align 8, !tbaa !17
  %48 = load ptr, ptr %6, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.pq, ptr %48, i32 0, i32 2
  store i64 %47, ptr %49, align 8, !tbaa !16
  store i32 0, ptr %9, align 4
  br label %50

50:                                               ; preds = %43, %42
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  %51 = load i32, ptr %9, align 4
  switch i32 %51, label %96 [
    i32 0, label %52
    i32 1, label %94
  ]

52:                                               ; preds = %50
  br label %53

53:                                               ; preds = %52, %3
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %54 = load ptr, ptr %6, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.pq, ptr %54, i32 0, i32 1
  %56 = load i64, ptr %55, align 8, !tbaa !12
  %57 = add i64 %56, 1
  store i64 %57, ptr %55, align 8, !tbaa !12
  store i64 %56, ptr %10, align 8, !tbaa !17
  br label %58

58:                                               ; preds = %87, %53
  %59 = load i64, ptr %10, align 8, !tbaa !17
  %60 = icmp ugt i64 %59, 0
  br i1 %60, label %61, label %88

61:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %62 = load i64, ptr %10, align 8, !tbaa !17
  %63 = sub i64 %62, 1
  %64 = udiv i64 %63, 2
  store i64 %64, ptr %11, align 8, !tbaa !17
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.pq, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8, !tbaa !18
  %68 = load i64, ptr %11, align 8, !tbaa !17
  %69 = getelementptr inbounds nuw %struct.event, ptr %67, i64 %68
  %70 = call i32 @ev_before(ptr noundef %5, ptr noundef %69) #9
  %71 = icmp ne i32 %70, 0
  br i1 %71, label %73, label %72

72:                                               ; preds = %61
  store i32 3, ptr %9, align 4
  br label %85

73:                                               ; preds = %61
  %74 = load ptr, ptr %6, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.pq, ptr %74, i32 0, i32 0
  %76 = load ptr, ptr %75, align 8, !tbaa !18
  %77 = load i64, ptr %10, align 8, !tbaa !17
  %78 = getelementptr inbounds nuw %struct.event, ptr %76, i64 %77
  %79 = load ptr, ptr %6, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.pq, ptr %79, i32 0, i32 0
  %81 = load ptr, ptr %80, align 8, !tbaa !18
  %82 = load i64, ptr %11, align 8, !tbaa !17
  %83 = getelementptr inbounds nuw %struct.event, ptr %81, i64 %82
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %78, ptr align 4 %83, i64 16, i1 false), !tbaa.struct !20
  %84 = load i64, ptr %11, align 8, !tbaa !17
  store i64 %84, ptr %10, align 8, !tbaa !17
  store i32 0, ptr %9, align 4
  br label %85

85:                                               ; preds = %73, %72
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %86 = load i32, ptr %9, align 4
  switch i32 %86, label %96 [
    i32 0, label %87
    i32 3, label %88
  ]

87:                                               ; preds = %85
  br label %58, !llvm.loop !21

88:                                               ; preds = %85, %58
  %89 = load ptr, ptr %6, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.pq, ptr %89, i32 0, i32 0
  %91 = load ptr, ptr %90, align 8, !tbaa !18
  %92 = load i64, ptr %10, align 8, !tbaa !17
  %93 = getelementptr inbounds nuw %struct.event, ptr %91, i64 %92
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %93, ptr align 4 %5, i64 16, i1 false), !tbaa.struct !20
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %94

94:                                               ; preds = %88, %50
  %95 = load i32, ptr %4, align 4
  ret i32 %95

96:                                               ; preds = %85, %50
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(1)
declare ptr @realloc(ptr noundef, i64 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ev_before(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !19
  store ptr %1, ptr %4, align 8, !tbaa !19
  %5 = load ptr, ptr %3, align 8, !tbaa !19
  %6 = getelementptr inbounds nuw %struct.event, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %6, align 4, !tbaa !23
  %8 = load ptr, ptr %4, align 8, !tbaa !19
  %9 = getelementptr inbounds nuw %struct.event, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 4, !tbaa !23
  %11 = icmp ne i32 %7, %10
  br i1 %11, label %12, label %21

12:                                               ; preds = %2
  %13 = load ptr, ptr %3, align 8, !tbaa !19
  %14 = getelementptr inbounds nuw %struct.event, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 4, !tbaa !23
  %16 = load ptr, ptr %4, align 8, !tbaa !19
  %17 = getelementptr inbounds nuw %struct.event, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 4, !tbaa !23
  %19 = icmp ult i32 %15, %18
  %20 = zext i1 %19 to i32
  br label %30

21:                                               ; preds = %2
  %22 = load ptr, ptr %3, align 8, !tbaa !19
  %23 = getelementptr inbounds nuw %struct.event, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 4, !tbaa !25
  %25 = load ptr, ptr %4, align 8, !tbaa !19
  %26 = getelementptr inbounds nuw %struct.event, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %26, align 4, !tbaa !25
  %28 = icmp ult i32 %24, %27
  %29 = zext i1 %28 to i32
  br label %30

30:                                               ; preds = %21, %12
  %31 = phi i32 [ %20, %12 ], [ %29, %21 ]
  ret i32 %31
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local { i64, i64 } @pq_pop(ptr noundef %0) #0 {
  %2 = alloca %struct.event, align 4
  %3 = alloca ptr, align 8
  %4 = alloca %struct.event, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.pq, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8, !tbaa !18
  %11 = getelementptr inbounds %struct.event, ptr %10, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %11, i64 16, i1 false), !tbaa.struct !20
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.pq, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8, !tbaa !18
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.pq, ptr %15, i32 0, i32 1
  %17 = load i64, ptr %16, align 8, !tbaa !12
  %18 = add i64 %17, -1
  store i64 %18, ptr %16, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw %struct.event, ptr %14, i64 %18
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %19, i64 16, i1 false), !tbaa.struct !20
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i64 0, ptr %5, align 8, !tbaa !17
  br label %20

20:                                               ; preds = %77, %1
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %21 = load i64, ptr %5, align 8, !tbaa !17
  %22 = mul i64 2, %21
  %23 = add i64 %22, 1
  store i64 %23, ptr %6, align 8, !tbaa !17
  %24 = load i64, ptr %6, align 8, !tbaa !17
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.pq, ptr %25, i32 0, i32 1
  %27 = load i64, ptr %26, align 8, !tbaa !12
  %28 = icmp uge i64 %24, %27
  br i1 %28, label %29, label %30

29:                                               ; preds = %20
  store i32 2, ptr %7, align 4
  br label %75

30:                                               ; preds = %20
  %31 = load i64, ptr %6, align 8, !tbaa !17
  %32 = add i64 %31, 1
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.pq, ptr %33, i32 0, i32 1
  %35 = load i64, ptr %34, align 8, !tbaa !12
  %36 = icmp ult i64 %32, %35
  br i1 %36, label %37, label %54

37:                                               ; preds = %30
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.pq, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8, !tbaa !18
  %41 = load i64, ptr %6, align 8, !tbaa !17
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds nuw %struct.event, ptr %40, i64 %42
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.pq, ptr %44, i32 0, i32 0
  %46 = load ptr, ptr %45, align 8, !tbaa !18
  %47 = load i64, ptr %6, align 8, !tbaa !17
  %48 = getelementptr inbounds nuw %struct.event, ptr %46, i64 %47
  %49 = call i32 @ev_before(ptr noundef %43, ptr noundef %48) #9
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %51, label %54

51:                                               ; preds = %37
  %52 = load i64, ptr %6, align 8, !tbaa !17
  %53 = add i64 %52, 1
  store i64 %53, ptr %6, align 8, !tbaa !17
  br label %54

54:                                               ; preds = %51, %37, %30
  %55 = load ptr, ptr %3, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.pq, ptr %55, i32 0, i32 0
  %57 = load ptr, ptr %56, align 8, !tbaa !18
  %58 = load i64, ptr %6, align 8, !tbaa !17
  %59 = getelementptr inbounds nuw %struct.event, ptr %57, i64 %58
  %60 = call i32 @ev_before(ptr noundef %59, ptr noundef %4) #9
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %63, label %62

62:                                               ; preds = %54
  store i32 2, ptr %7, align 4
  br label %75

63:                                               ; preds = %54
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.pq, ptr %64, i32 0, i32 0
  %66 = load ptr, ptr %65, align 8, !tbaa !18
  %67 = load i64, ptr %5, align 8, !tbaa !17
  %68 = getelementptr inbounds nuw %struct.event, ptr %66, i64 %67
  %69 = load ptr, ptr %3, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.pq, ptr %69, i32 0, i32 0
  %71 = load ptr, ptr %70, align 8, !tbaa !18
  %72 = load i64, ptr %6, align 8, !tbaa !17
  %73 = getelementptr inbounds nuw %struct.event, ptr %71, i64 %72
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %68, ptr align 4 %73, i64 16, i1 false), !tbaa.struct !20
  %74 = load i64, ptr %6, align 8, !tbaa !17
  store i64 %74, ptr %5, align 8, !tbaa !17
  store i32 0, ptr %7, align 4
  br label %75

75:                                               ; preds = %63, %62, %29
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %76 = load i32, ptr %7, align 4
  switch i32 %76, label %91 [
    i32 0, label %77
    i32 2, label %78
  ]

77:                                               ; preds = %75
  br label %20

78:                                               ; preds = %75
  %79 = load ptr, ptr %3, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.pq, ptr %79, i32 0, i32 1
  %81 = load i64, ptr %80, align 8, !tbaa !12
  %82 = icmp ne i64 %81, 0
  br i1 %82, label %83, label %89

83:                                               ; preds = %78
  %84 = load ptr, ptr %3, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw %struct.pq, ptr %84, i32 0, i32 0
  %86 = load ptr, ptr %85, align 8, !tbaa !18
  %87 = load i64, ptr %5, align 8, !tbaa !17
  %88 = getelementptr inbounds nuw %struct.event, ptr %86, i64 %87
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %88, ptr align 4 %4, i64 16, i1 false), !tbaa.struct !20
  br label %89

89:                                               ; preds = %83, %78
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %90 = load { i64, i64 }, ptr %2, align 4
  ret { i64, i64 } %90

91:                                               ; preds = %75
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.pq, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [3 x i32], align 4
  %6 = alloca [3 x i32], align 4
  %7 = alloca [20000 x i32], align 16
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.event, align 4
  %15 = alloca i32, align 4
  %16 = alloca %struct.event, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca %struct.event, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 4242, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %42, %0
  %21 = load i32, ptr %13, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 20000
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %45

24:                                               ; preds = %20
  %25 = call i32 @lcg(ptr noundef %3) #9
  %26 = urem i32 %25, 6
  %27 = add i32 1, %26
  %28 = load i32, ptr %12, align 4, !tbaa !5
  %29 = add i32 %28, %27
  store i32 %29, ptr %12, align 4, !tbaa !5
  %30 = getelementptr inbounds nuw %struct.event, ptr %14, i32 0, i32 0
  %31 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %31, ptr %30, align 4, !tbaa !23
  %32 = getelementptr inbounds nuw %struct.event, ptr %14, i32 0, i32 1
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = add i32 %33, 1
  store i32 %34, ptr %4, align 4, !tbaa !5
  store i32 %33, ptr %32, align 4, !tbaa !25
  %35 = getelementptr inbounds nuw %struct.event, ptr %14, i32 0, i32 2
  store i32 0, ptr %35, align 4, !tbaa !26
  %36 = getelementptr inbounds nuw %struct.event, ptr %14, i32 0, i32 3
  store i32 -1, ptr %36, align 4, !tbaa !27
  %37 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %38 = load i64, ptr %37, align 4
  %39 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %40 = load i64, ptr %39, align 4
  %41 = call i32 @pq_push(ptr noundef %2, i64 %38, i64 %40) #9
  br label %42

42:                                               ; preds = %24
  %43 = load i32, ptr %13, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %13, align 4, !tbaa !5
  br label %20, !llvm.loop !28

45:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %142, %45
  %47 = getelementptr inbounds nuw %struct.pq, ptr %2, i32 0, i32 1
  %48 = load i64, ptr %47, align 8, !tbaa !12
  %49 = icmp ne i64 %48, 0
  br i1 %49, label %50, label %143

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %51 = call { i64, i64 } @pq_pop(ptr noundef %2) #9
  %52 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 0
  %53 = extractvalue { i64, i64 } %51, 0
  store i64 %53, ptr %52, align 4
  %54 = getelementptr inbounds nuw { i64, i64 }, ptr %16, i32 0, i32 1
  %55 = extractvalue { i64, i64 } %51, 1
  store i64 %55, ptr %54, align 4
  %56 = getelementptr inbounds nuw %struct.event, ptr %16, i32 0, i32 0
  %57 = load i32, ptr %56, align 4, !tbaa !23
  store i32 %57, ptr %15, align 4, !tbaa !5
  %58 = getelementptr inbounds nuw %struct.event, ptr %16, i32 0, i32 2
  %59 = load i32, ptr %58, align 4, !tbaa !26
  %60 = icmp eq i32 %59, 1
  br i1 %60, label %61, label %72

61:                                               ; preds = %50
  %62 = getelementptr inbounds nuw %struct.event, ptr %16, i32 0, i32 3
  %63 = load i32, ptr %62, align 4, !tbaa !27
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %64
  store i32 0, ptr %65, align 4, !tbaa !5
  %66 = getelementptr inbounds nuw %struct.event, ptr %16, i32 0, i32 3
  %67 = load i32, ptr %66, align 4, !tbaa !27
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = add i32 %70, 1
  store i32 %71, ptr %69, align 4, !tbaa !5
  br label %77

72:                                               ; preds = %50
  %73 = load i32, ptr %15, align 4, !tbaa !5
  %74 = load i64, ptr %9, align 8, !tbaa !17
  %75 = add i64 %74, 1
  store i64 %75, ptr %9, align 8, !tbaa !17
  %76 = getelementptr inbounds nuw [20000 x i32], ptr %7, i64 0, i64 %74
  store i32 %73, ptr %76, align 4, !tbaa !5
  br label %77

77:                                               ; preds = %72, %61
  call void @llvm.lifetime.start.p0(ptr %17) #7
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %129, %77
  %79 = load i32, ptr %17, align 4, !tbaa !5
  %80 = icmp slt i32 %79, 3
  br i1 %80, label %81, label %85

81:                                               ; preds = %78
  %82 = load i64, ptr %8, align 8, !tbaa !17
  %83 = load i64, ptr %9, align 8, !tbaa !17
  %84 = icmp ult i64 %82, %83
  br label %85

85:                                               ; preds = %81, %78
  %86 = phi i1 [ false, %78 ], [ %84, %81 ]
  br i1 %86, label %88, label %87

87:                                               ; preds = %85
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %132

88:                                               ; preds = %85
  %89 = load i32, ptr %17, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4, !tbaa !5
  %93 = icmp ne i32 %92, 0
  br i1 %93, label %128, label %94

94:                                               ; preds = %88
  %95 = load i32, ptr %17, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %96
  store i32 1, ptr %97, align 4, !tbaa !5
  %98 = load i32, ptr %15, align 4, !tbaa !5
  %99 = load i64, ptr %8, align 8, !tbaa !17
  %100 = add i64 %99, 1
  store i64 %100, ptr %8, align 8, !tbaa !17
  %101 = getelementptr inbounds nuw [20000 x i32], ptr %7, i64 0, i64 %99
  %102 = load i32, ptr %101, align 4, !tbaa !5
  %103 = sub i32 %98, %102
  %104 = zext i32 %103 to i64
  %105 = load i64, ptr %11, align 8, !tbaa !17
  %106 = add i64 %105, %104
  store i64 %106, ptr %11, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %18) #7
  %107 = call i32 @lcg(ptr noundef %3) #9
  %108 = load i32, ptr %17, align 4, !tbaa !5
  %109 = mul i32 4, %108
  %110 = add i32 8, %109
  %111 = urem i32 %107, %110
  %112 = add i32 5, %111
  store i32 %112, ptr %18, align 4, !tbaa !5
  %113 = getelementptr inbounds nuw %struct.event, ptr %19, i32 0, i32 0
  %114 = load i32, ptr %15, align 4, !tbaa !5
  %115 = load i32, ptr %18, align 4, !tbaa !5
  %116 = add i32 %114, %115
  store i32 %116, ptr %113, align 4, !tbaa !23
  %117 = getelementptr inbounds nuw %struct.event, ptr %19, i32 0, i32 1
  %118 = load i32, ptr %4, align 4, !tbaa !5
  %119 = add i32 %118, 1
  store i32 %119, ptr %4, align 4, !tbaa !5
  store i32 %118, ptr %117, align 4, !tbaa !25
  %120 = getelementptr inbounds nuw %struct.event, ptr %19, i32 0, i32 2
  store i32 1, ptr %120, align 4, !tbaa !26
  %121 = getelementptr inbounds nuw %struct.event, ptr %19, i32 0, i32 3
  %122 = load i32, ptr %17, align 4, !tbaa !5
  store i32 %122, ptr %121, align 4, !tbaa !27
  %123 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 0
  %124 = load i64, ptr %123, align 4
  %125 = getelementptr inbounds nuw { i64, i64 }, ptr %19, i32 0, i32 1
  %126 = load i64, ptr %125, align 4
  %127 = call i32 @pq_push(ptr noundef %2, i64 %124, i64 %126) #9
  call void @llvm.lifetime.end.p0(ptr %18) #7
  br label %128

128:                                              ; preds = %94, %88
  br label %129

129:                                              ; preds = %128
  %130 = load i32, ptr %17, align 4, !tbaa !5
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %17, align 4, !tbaa !5
  br label %78, !llvm.loop !29

132:                                              ; preds = %87
  %133 = load i64, ptr %9, align 8, !tbaa !17
  %134 = load i64, ptr %8, align 8, !tbaa !17
  %135 = sub i64 %133, %134
  %136 = load i64, ptr %10, align 8, !tbaa !17
  %137 = icmp ugt i64 %135, %136
  br i1 %137, label %138, label %142

138:                                              ; preds = %132
  %139 = load i64, ptr %9, align 8, !tbaa !17
  %140 = load i64, ptr %8, align 8, !tbaa !17
  %141 = sub i64 %139, %140
  store i64 %141, ptr %10, align 8, !tbaa !17
  br label %142

142:                                              ; preds = %138, %132
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %46, !llvm.loop !30

143:                                              ; preds = %46
  %144 = load i32, ptr %15, align 4, !tbaa !5
  %145 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 0
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 1
  %148 = load i32, ptr %147, align 4, !tbaa !5
  %149 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 2
  %150 = load i32, ptr %149, align 4, !tbaa !5
  %151 = load i64, ptr %11, align 8, !tbaa !17
  %152 = udiv i64 %151, 20000
  %153 = load i64, ptr %10, align 8, !tbaa !17
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %144, i32 noundef %146, i32 noundef %148, i32 noundef %150, i64 noundef %152, i64 noundef %153) #9
  %155 = getelementptr inbounds nuw %struct.pq, ptr %2, i32 0, i32 0
  %156 = load ptr, ptr %155, align 8, !tbaa !18
  call void @free(ptr noundef %156) #10
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lcg(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !31
  %3 = load ptr, ptr %2, align 8, !tbaa !31
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = mul i32 %4, 1664525
  %6 = add i32 %5, 1013904223
  %7 = load ptr, ptr %2, align 8, !tbaa !31
  store i32 %6, ptr %7, align 4, !tbaa !5
  %8 = load ptr, ptr %2, align 8, !tbaa !31
  %9 = load i32, ptr %8, align 4, !tbaa !5
  %10 = lshr i32 %9, 8
  ret i32 %10
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize allocsize(1) }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize }

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
!10 = !{!"p1 _ZTS2pq", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !15, i64 8}
!13 = !{!"pq", !14, i64 0, !15, i64 8, !15, i64 16}
!14 = !{!"p1 _ZTS5event", !11, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = !{!13, !15, i64 16}
!17 = !{!15, !15, i64 0}
!18 = !{!13, !14, i64 0}
!19 = !{!14, !14, i64 0}
!20 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5, i64 12, i64 4, !5}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!24, !6, i64 0}
!24 = !{!"event", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!25 = !{!24, !6, i64 4}
!26 = !{!24, !6, i64 8}
!27 = !{!24, !6, i64 12}
!28 = distinct !{!28, !22}
!29 = distinct !{!29, !22}
!30 = distinct !{!30, !22}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 int", !11, i64 0}
