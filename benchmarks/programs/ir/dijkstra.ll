; ModuleID = 'dijkstra.c'
source_filename = "dijkstra.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.iheap = type { [1600 x i32], [1600 x i32], i32, ptr }
%struct.graph = type { [1600 x i32], [6400 x %struct.edge], i32 }
%struct.edge = type { i32, i32, i32 }

@dijkstra.h = internal global %struct.iheap zeroinitializer, align 8
@bfs_hops.queue = internal global [1600 x i32] zeroinitializer, align 16
@astar.h = internal global %struct.iheap zeroinitializer, align 8
@astar.gscore = internal global [1600 x i32] zeroinitializer, align 16
@astar.fscore = internal global [1600 x i32] zeroinitializer, align 16
@astar.closed = internal global [1600 x i8] zeroinitializer, align 16
@main.g = internal global %struct.graph zeroinitializer, align 4
@main.dist = internal global [1600 x i32] zeroinitializer, align 16
@main.prev = internal global [1600 x i32] zeroinitializer, align 16
@main.hops = internal global [1600 x i32] zeroinitializer, align 16
@main.fw = internal global [144 x [144 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [47 x i8] c"astar agree=%d expanded=%ld block diameter=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [54 x i8] c"edges=%d reached=%d unreachable=%d total=%ld maxd=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [35 x i8] c"corner dist=%d hops=%d pathlen=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @dijkstra(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !12
  store ptr %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %30, %4
  %15 = load i32, ptr %9, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 1600
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %33

18:                                               ; preds = %14
  %19 = load ptr, ptr %7, align 8, !tbaa !12
  %20 = load i32, ptr %9, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, ptr %19, i64 %21
  store i32 2147483647, ptr %22, align 4, !tbaa !5
  %23 = load ptr, ptr %8, align 8, !tbaa !12
  %24 = load i32, ptr %9, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  store i32 -1, ptr %26, align 4, !tbaa !5
  %27 = load i32, ptr %9, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [1600 x i32], ptr getelementptr inbounds nuw (%struct.iheap, ptr @dijkstra.h, i32 0, i32 1), i64 0, i64 %28
  store i32 -1, ptr %29, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %18
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %9, align 4, !tbaa !5
  br label %14, !llvm.loop !14

33:                                               ; preds = %17
  store i32 0, ptr getelementptr inbounds nuw (%struct.iheap, ptr @dijkstra.h, i32 0, i32 2), align 8, !tbaa !16
  %34 = load ptr, ptr %7, align 8, !tbaa !12
  store ptr %34, ptr getelementptr inbounds nuw (%struct.iheap, ptr @dijkstra.h, i32 0, i32 3), align 8, !tbaa !18
  %35 = load ptr, ptr %7, align 8, !tbaa !12
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i32, ptr %35, i64 %37
  store i32 0, ptr %38, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  call void @ih_push_or_decrease(ptr noundef @dijkstra.h, i32 noundef %39) #6
  br label %40

40:                                               ; preds = %104, %33
  %41 = load i32, ptr getelementptr inbounds nuw (%struct.iheap, ptr @dijkstra.h, i32 0, i32 2), align 8, !tbaa !16
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %43, label %105

43:                                               ; preds = %40
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %44 = call i32 @ih_pop(ptr noundef @dijkstra.h) #6
  store i32 %44, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %45 = load ptr, ptr %5, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.graph, ptr %45, i32 0, i32 0
  %47 = load i32, ptr %10, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [1600 x i32], ptr %46, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  store i32 %50, ptr %11, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %96, %43
  %52 = load i32, ptr %11, align 4, !tbaa !5
  %53 = icmp sge i32 %52, 0
  br i1 %53, label %55, label %54

54:                                               ; preds = %51
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %104

55:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %56 = load ptr, ptr %5, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.graph, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %11, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [6400 x %struct.edge], ptr %57, i64 0, i64 %59
  %61 = getelementptr inbounds nuw %struct.edge, ptr %60, i32 0, i32 0
  %62 = load i32, ptr %61, align 4, !tbaa !19
  store i32 %62, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %63 = load ptr, ptr %7, align 8, !tbaa !12
  %64 = load i32, ptr %10, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, ptr %63, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.graph, ptr %68, i32 0, i32 1
  %70 = load i32, ptr %11, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [6400 x %struct.edge], ptr %69, i64 0, i64 %71
  %73 = getelementptr inbounds nuw %struct.edge, ptr %72, i32 0, i32 1
  %74 = load i32, ptr %73, align 4, !tbaa !21
  %75 = add nsw i32 %67, %74
  store i32 %75, ptr %13, align 4, !tbaa !5
  %76 = load i32, ptr %13, align 4, !tbaa !5
  %77 = load ptr, ptr %7, align 8, !tbaa !12
  %78 = load i32, ptr %12, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds i32, ptr %77, i64 %79
  %81 = load i32, ptr %80, align 4, !tbaa !5
  %82 = icmp slt i32 %76, %81
  br i1 %82, label %83, label %95

83:                                               ; preds = %55
  %84 = load i32, ptr %13, align 4, !tbaa !5
  %85 = load ptr, ptr %7, align 8, !tbaa !12
  %86 = load i32, ptr %12, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds i32, ptr %85, i64 %87
  store i32 %84, ptr %88, align 4, !tbaa !5
  %89 = load i32, ptr %10, align 4, !tbaa !5
  %90 = load ptr, ptr %8, align 8, !tbaa !12
  %91 = load i32, ptr %12, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds i32, ptr %90, i64 %92
  store i32 %89, ptr %93, align 4, !tbaa !5
  %94 = load i32, ptr %12, align 4, !tbaa !5
  call void @ih_push_or_decrease(ptr noundef @dijkstra.h, i32 noundef %94) #6
  br label %95

95:                                               ; preds = %83, %55
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %96

96:                                               ; preds = %95
  %97 = load ptr, ptr %5, align 8, !tbaa !9
  %98 = getelementptr inbounds nuw %struct.graph, ptr %97, i32 0, i32 1
  %99 = load i32, ptr %11, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [6400 x %struct.edge], ptr %98, i64 0, i64 %100
  %102 = getelementptr inbounds nuw %struct.edge, ptr %101, i32 0, i32 2
  %103 = load i32, ptr %102, align 4, !tbaa !22
  store i32 %103, ptr %11, align 4, !tbaa !5
  br label %51, !llvm.loop !23

104:                                              ; preds = %54
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %40, !llvm.loop !24

105:                                              ; preds = %40
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ih_push_or_decrease(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !25
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load ptr, ptr %3, align 8, !tbaa !25
  %6 = getelementptr inbounds nuw %struct.iheap, ptr %5, i32 0, i32 1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [1600 x i32], ptr %6, i64 0, i64 %8
  %10 = load i32, ptr %9, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 0
  br i1 %11, label %12, label %33

12:                                               ; preds = %2
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = load ptr, ptr %3, align 8, !tbaa !25
  %15 = getelementptr inbounds nuw %struct.iheap, ptr %14, i32 0, i32 0
  %16 = load ptr, ptr %3, align 8, !tbaa !25
  %17 = getelementptr inbounds nuw %struct.iheap, ptr %16, i32 0, i32 2
  %18 = load i32, ptr %17, align 8, !tbaa !16
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [1600 x i32], ptr %15, i64 0, i64 %19
  store i32 %13, ptr %20, align 4, !tbaa !5
  %21 = load ptr, ptr %3, align 8, !tbaa !25
  %22 = getelementptr inbounds nuw %struct.iheap, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 8, !tbaa !16
  %24 = load ptr, ptr %3, align 8, !tbaa !25
  %25 = getelementptr inbounds nuw %struct.iheap, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [1600 x i32], ptr %25, i64 0, i64 %27
  store i32 %23, ptr %28, align 4, !tbaa !5
  %29 = load ptr, ptr %3, align 8, !tbaa !25
  %30 = getelementptr inbounds nuw %struct.iheap, ptr %29, i32 0, i32 2
  %31 = load i32, ptr %30, align 8, !tbaa !16
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %30, align 8, !tbaa !16
  br label %33

33:                                               ; preds = %12, %2
  %34 = load ptr, ptr %3, align 8, !tbaa !25
  %35 = load ptr, ptr %3, align 8, !tbaa !25
  %36 = getelementptr inbounds nuw %struct.iheap, ptr %35, i32 0, i32 1
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [1600 x i32], ptr %36, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  call void @ih_up(ptr noundef %34, i32 noundef %40) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ih_pop(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %4 = load ptr, ptr %2, align 8, !tbaa !25
  %5 = getelementptr inbounds nuw %struct.iheap, ptr %4, i32 0, i32 0
  %6 = getelementptr inbounds [1600 x i32], ptr %5, i64 0, i64 0
  %7 = load i32, ptr %6, align 8, !tbaa !5
  store i32 %7, ptr %3, align 4, !tbaa !5
  %8 = load ptr, ptr %2, align 8, !tbaa !25
  %9 = load ptr, ptr %2, align 8, !tbaa !25
  %10 = getelementptr inbounds nuw %struct.iheap, ptr %9, i32 0, i32 2
  %11 = load i32, ptr %10, align 8, !tbaa !16
  %12 = sub nsw i32 %11, 1
  call void @ih_swap(ptr noundef %8, i32 noundef 0, i32 noundef %12) #6
  %13 = load ptr, ptr %2, align 8, !tbaa !25
  %14 = getelementptr inbounds nuw %struct.iheap, ptr %13, i32 0, i32 2
  %15 = load i32, ptr %14, align 8, !tbaa !16
  %16 = add nsw i32 %15, -1
  store i32 %16, ptr %14, align 8, !tbaa !16
  %17 = load ptr, ptr %2, align 8, !tbaa !25
  %18 = getelementptr inbounds nuw %struct.iheap, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [1600 x i32], ptr %18, i64 0, i64 %20
  store i32 -1, ptr %21, align 4, !tbaa !5
  %22 = load ptr, ptr %2, align 8, !tbaa !25
  %23 = getelementptr inbounds nuw %struct.iheap, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %23, align 8, !tbaa !16
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %26, label %28

26:                                               ; preds = %1
  %27 = load ptr, ptr %2, align 8, !tbaa !25
  call void @ih_down(ptr noundef %27, i32 noundef 0) #6
  br label %28

28:                                               ; preds = %26, %1
  %29 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %29
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bfs_hops(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %23, %3
  %15 = load i32, ptr %10, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 1600
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %26

18:                                               ; preds = %14
  %19 = load ptr, ptr %6, align 8, !tbaa !12
  %20 = load i32, ptr %10, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i32, ptr %19, i64 %21
  store i32 -1, ptr %22, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %18
  %24 = load i32, ptr %10, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %10, align 4, !tbaa !5
  br label %14, !llvm.loop !27

26:                                               ; preds = %17
  %27 = load ptr, ptr %6, align 8, !tbaa !12
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %27, i64 %29
  store i32 0, ptr %30, align 4, !tbaa !5
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %8, align 4, !tbaa !5
  %34 = sext i32 %32 to i64
  %35 = getelementptr inbounds [1600 x i32], ptr @bfs_hops.queue, i64 0, i64 %34
  store i32 %31, ptr %35, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %97, %26
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %40, label %98

40:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4, !tbaa !5
  %43 = sext i32 %41 to i64
  %44 = getelementptr inbounds [1600 x i32], ptr @bfs_hops.queue, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  store i32 %45, ptr %11, align 4, !tbaa !5
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.graph, ptr %48, i32 0, i32 0
  %50 = load i32, ptr %11, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [1600 x i32], ptr %49, i64 0, i64 %51
  %53 = load i32, ptr %52, align 4, !tbaa !5
  store i32 %53, ptr %12, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %89, %40
  %55 = load i32, ptr %12, align 4, !tbaa !5
  %56 = icmp sge i32 %55, 0
  br i1 %56, label %58, label %57

57:                                               ; preds = %54
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %97

58:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %59 = load ptr, ptr %4, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.graph, ptr %59, i32 0, i32 1
  %61 = load i32, ptr %12, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [6400 x %struct.edge], ptr %60, i64 0, i64 %62
  %64 = getelementptr inbounds nuw %struct.edge, ptr %63, i32 0, i32 0
  %65 = load i32, ptr %64, align 4, !tbaa !19
  store i32 %65, ptr %13, align 4, !tbaa !5
  %66 = load ptr, ptr %6, align 8, !tbaa !12
  %67 = load i32, ptr %13, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds i32, ptr %66, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = icmp slt i32 %70, 0
  br i1 %71, label %72, label %88

72:                                               ; preds = %58
  %73 = load ptr, ptr %6, align 8, !tbaa !12
  %74 = load i32, ptr %11, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i32, ptr %73, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  %79 = load ptr, ptr %6, align 8, !tbaa !12
  %80 = load i32, ptr %13, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds i32, ptr %79, i64 %81
  store i32 %78, ptr %82, align 4, !tbaa !5
  %83 = load i32, ptr %13, align 4, !tbaa !5
  %84 = load i32, ptr %8, align 4, !tbaa !5
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %8, align 4, !tbaa !5
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds [1600 x i32], ptr @bfs_hops.queue, i64 0, i64 %86
  store i32 %83, ptr %87, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %72, %58
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %89

89:                                               ; preds = %88
  %90 = load ptr, ptr %4, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw %struct.graph, ptr %90, i32 0, i32 1
  %92 = load i32, ptr %12, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [6400 x %struct.edge], ptr %91, i64 0, i64 %93
  %95 = getelementptr inbounds nuw %struct.edge, ptr %94, i32 0, i32 2
  %96 = load i32, ptr %95, align 4, !tbaa !22
  store i32 %96, ptr %12, align 4, !tbaa !5
  br label %54, !llvm.loop !28

97:                                               ; preds = %57
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %36, !llvm.loop !29

98:                                               ; preds = %36
  %99 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i32 %99
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @astar(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %33, %4
  %17 = load i32, ptr %10, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 1600
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %36

20:                                               ; preds = %16
  %21 = load i32, ptr %10, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [1600 x i32], ptr @astar.gscore, i64 0, i64 %22
  store i32 2147483647, ptr %23, align 4, !tbaa !5
  %24 = load i32, ptr %10, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [1600 x i32], ptr @astar.fscore, i64 0, i64 %25
  store i32 2147483647, ptr %26, align 4, !tbaa !5
  %27 = load i32, ptr %10, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [1600 x i32], ptr getelementptr inbounds nuw (%struct.iheap, ptr @astar.h, i32 0, i32 1), i64 0, i64 %28
  store i32 -1, ptr %29, align 4, !tbaa !5
  %30 = load i32, ptr %10, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [1600 x i8], ptr @astar.closed, i64 0, i64 %31
  store i8 0, ptr %32, align 1, !tbaa !30
  br label %33

33:                                               ; preds = %20
  %34 = load i32, ptr %10, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %10, align 4, !tbaa !5
  br label %16, !llvm.loop !31

36:                                               ; preds = %19
  store i32 0, ptr getelementptr inbounds nuw (%struct.iheap, ptr @astar.h, i32 0, i32 2), align 8, !tbaa !16
  store ptr @astar.fscore, ptr getelementptr inbounds nuw (%struct.iheap, ptr @astar.h, i32 0, i32 3), align 8, !tbaa !18
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [1600 x i32], ptr @astar.gscore, i64 0, i64 %38
  store i32 0, ptr %39, align 4, !tbaa !5
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = call i32 @manhattan(i32 noundef %40, i32 noundef %41) #6
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [1600 x i32], ptr @astar.fscore, i64 0, i64 %44
  store i32 %42, ptr %45, align 4, !tbaa !5
  %46 = load i32, ptr %7, align 4, !tbaa !5
  call void @ih_push_or_decrease(ptr noundef @astar.h, i32 noundef %46) #6
  %47 = load ptr, ptr %9, align 8, !tbaa !12
  store i32 0, ptr %47, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %140, %36
  %49 = load i32, ptr getelementptr inbounds nuw (%struct.iheap, ptr @astar.h, i32 0, i32 2), align 8, !tbaa !16
  %50 = icmp ne i32 %49, 0
  br i1 %50, label %51, label %141

51:                                               ; preds = %48
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %52 = call i32 @ih_pop(ptr noundef @astar.h) #6
  store i32 %52, ptr %11, align 4, !tbaa !5
  %53 = load i32, ptr %11, align 4, !tbaa !5
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = icmp eq i32 %53, %54
  br i1 %55, label %56, label %61

56:                                               ; preds = %51
  %57 = load i32, ptr %11, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [1600 x i32], ptr @astar.gscore, i64 0, i64 %58
  %60 = load i32, ptr %59, align 4, !tbaa !5
  store i32 %60, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %138

61:                                               ; preds = %51
  %62 = load i32, ptr %11, align 4, !tbaa !5
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [1600 x i8], ptr @astar.closed, i64 0, i64 %63
  store i8 1, ptr %64, align 1, !tbaa !30
  %65 = load ptr, ptr %9, align 8, !tbaa !12
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %65, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %68 = load ptr, ptr %6, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.graph, ptr %68, i32 0, i32 0
  %70 = load i32, ptr %11, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [1600 x i32], ptr %69, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  store i32 %73, ptr %13, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %129, %61
  %75 = load i32, ptr %13, align 4, !tbaa !5
  %76 = icmp sge i32 %75, 0
  br i1 %76, label %78, label %77

77:                                               ; preds = %74
  store i32 7, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %137

78:                                               ; preds = %74
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %79 = load ptr, ptr %6, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.graph, ptr %79, i32 0, i32 1
  %81 = load i32, ptr %13, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [6400 x %struct.edge], ptr %80, i64 0, i64 %82
  %84 = getelementptr inbounds nuw %struct.edge, ptr %83, i32 0, i32 0
  %85 = load i32, ptr %84, align 4, !tbaa !19
  store i32 %85, ptr %14, align 4, !tbaa !5
  %86 = load i32, ptr %14, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [1600 x i8], ptr @astar.closed, i64 0, i64 %87
  %89 = load i8, ptr %88, align 1, !tbaa !30
  %90 = icmp ne i8 %89, 0
  br i1 %90, label %91, label %92

91:                                               ; preds = %78
  store i32 9, ptr %12, align 4
  br label %126

92:                                               ; preds = %78
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %93 = load i32, ptr %11, align 4, !tbaa !5
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [1600 x i32], ptr @astar.gscore, i64 0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = load ptr, ptr %6, align 8, !tbaa !9
  %98 = getelementptr inbounds nuw %struct.graph, ptr %97, i32 0, i32 1
  %99 = load i32, ptr %13, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [6400 x %struct.edge], ptr %98, i64 0, i64 %100
  %102 = getelementptr inbounds nuw %struct.edge, ptr %101, i32 0, i32 1
  %103 = load i32, ptr %102, align 4, !tbaa !21
  %104 = add nsw i32 %96, %103
  store i32 %104, ptr %15, align 4, !tbaa !5
  %105 = load i32, ptr %15, align 4, !tbaa !5
  %106 = load i32, ptr %14, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [1600 x i32], ptr @astar.gscore, i64 0, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !5
  %110 = icmp slt i32 %105, %109
  br i1 %110, label %111, label %125

111:                                              ; preds = %92
  %112 = load i32, ptr %15, align 4, !tbaa !5
  %113 = load i32, ptr %14, align 4, !tbaa !5
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [1600 x i32], ptr @astar.gscore, i64 0, i64 %114
  store i32 %112, ptr %115, align 4, !tbaa !5
  %116 = load i32, ptr %15, align 4, !tbaa !5
  %117 = load i32, ptr %14, align 4, !tbaa !5
  %118 = load i32, ptr %8, align 4, !tbaa !5
  %119 = call i32 @manhattan(i32 noundef %117, i32 noundef %118) #6
  %120 = add nsw i32 %116, %119
  %121 = load i32, ptr %14, align 4, !tbaa !5
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [1600 x i32], ptr @astar.fscore, i64 0, i64 %122
  store i32 %120, ptr %123, align 4, !tbaa !5
  %124 = load i32, ptr %14, align 4, !tbaa !5
  call void @ih_push_or_decrease(ptr noundef @astar.h, i32 noundef %124) #6
  br label %125

125:                                              ; preds = %111, %92
  call void @llvm.lifetime.end.p0(ptr %15) #5
  store i32 0, ptr %12, align 4
  br label %126

126:                                              ; preds = %125, %91
  call void @llvm.lifetime.end.p0(ptr %14) #5
  %127 = load i32, ptr %12, align 4
  switch i32 %127, label %144 [
    i32 0, label %128
    i32 9, label %129
  ]

128:                                              ; preds = %126
  br label %129

129:                                              ; preds = %128, %126
  %130 = load ptr, ptr %6, align 8, !tbaa !9
  %131 = getelementptr inbounds nuw %struct.graph, ptr %130, i32 0, i32 1
  %132 = load i32, ptr %13, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [6400 x %struct.edge], ptr %131, i64 0, i64 %133
  %135 = getelementptr inbounds nuw %struct.edge, ptr %134, i32 0, i32 2
  %136 = load i32, ptr %135, align 4, !tbaa !22
  store i32 %136, ptr %13, align 4, !tbaa !5
  br label %74, !llvm.loop !32

137:                                              ; preds = %77
  store i32 0, ptr %12, align 4
  br label %138

138:                                              ; preds = %137, %56
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %139 = load i32, ptr %12, align 4
  switch i32 %139, label %144 [
    i32 0, label %140
    i32 1, label %142
  ]

140:                                              ; preds = %138
  br label %48, !llvm.loop !33

141:                                              ; preds = %48
  store i32 -1, ptr %5, align 4
  br label %142

142:                                              ; preds = %141, %138
  %143 = load i32, ptr %5, align 4
  ret i32 %143

144:                                              ; preds = %138, %126
  unreachable
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @manhattan(i32 noundef %0, i32 noundef %1) #2 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = srem i32 %9, 40
  store i32 %10, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = sdiv i32 %11, 40
  store i32 %12, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = srem i32 %13, 40
  store i32 %14, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = sdiv i32 %15, 40
  store i32 %16, ptr %8, align 4, !tbaa !5
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = icmp sgt i32 %17, %18
  br i1 %19, label %20, label %24

20:                                               ; preds = %2
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = sub nsw i32 %21, %22
  br label %28

24:                                               ; preds = %2
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = sub nsw i32 %25, %26
  br label %28

28:                                               ; preds = %24, %20
  %29 = phi i32 [ %23, %20 ], [ %27, %24 ]
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = icmp sgt i32 %30, %31
  br i1 %32, label %33, label %37

33:                                               ; preds = %28
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = sub nsw i32 %34, %35
  br label %41

37:                                               ; preds = %28
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = sub nsw i32 %38, %39
  br label %41

41:                                               ; preds = %37, %33
  %42 = phi i32 [ %36, %33 ], [ %40, %37 ]
  %43 = add nsw i32 %29, %42
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %43
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
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i64, align 8
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %32, %0
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = icmp slt i32 %25, 1600
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %2) #5
  br label %35

28:                                               ; preds = %24
  %29 = load i32, ptr %2, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [1600 x i32], ptr @main.g, i64 0, i64 %30
  store i32 -1, ptr %31, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %28
  %33 = load i32, ptr %2, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %2, align 4, !tbaa !5
  br label %24, !llvm.loop !34

35:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 2718, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %107, %35
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 40
  br i1 %38, label %40, label %39

39:                                               ; preds = %36
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %110

40:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %103, %40
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = icmp slt i32 %42, 40
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %106

45:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %46 = load i32, ptr %4, align 4, !tbaa !5
  %47 = mul nsw i32 %46, 40
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = add nsw i32 %47, %48
  store i32 %49, ptr %7, align 4, !tbaa !5
  %50 = load i32, ptr %3, align 4, !tbaa !5
  %51 = mul i32 %50, 1103515245
  %52 = add i32 %51, 12345
  store i32 %52, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %53 = load i32, ptr %3, align 4, !tbaa !5
  %54 = lshr i32 %53, 16
  %55 = urem i32 %54, 10
  %56 = icmp eq i32 %55, 0
  %57 = zext i1 %56 to i32
  store i32 %57, ptr %8, align 4, !tbaa !5
  %58 = load i32, ptr %6, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  %60 = icmp slt i32 %59, 40
  br i1 %60, label %61, label %77

61:                                               ; preds = %45
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = icmp ne i32 %62, 0
  br i1 %63, label %77, label %64

64:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %65 = load i32, ptr %3, align 4, !tbaa !5
  %66 = lshr i32 %65, 8
  %67 = urem i32 %66, 9
  %68 = add nsw i32 1, %67
  store i32 %68, ptr %9, align 4, !tbaa !5
  %69 = load i32, ptr %7, align 4, !tbaa !5
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  %72 = load i32, ptr %9, align 4, !tbaa !5
  call void @add_edge(ptr noundef @main.g, i32 noundef %69, i32 noundef %71, i32 noundef %72) #6
  %73 = load i32, ptr %7, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = load i32, ptr %9, align 4, !tbaa !5
  call void @add_edge(ptr noundef @main.g, i32 noundef %74, i32 noundef %75, i32 noundef %76) #6
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %77

77:                                               ; preds = %64, %61, %45
  %78 = load i32, ptr %3, align 4, !tbaa !5
  %79 = mul i32 %78, 1103515245
  %80 = add i32 %79, 12345
  store i32 %80, ptr %3, align 4, !tbaa !5
  %81 = load i32, ptr %4, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  %83 = icmp slt i32 %82, 40
  br i1 %83, label %84, label %102

84:                                               ; preds = %77
  %85 = load i32, ptr %3, align 4, !tbaa !5
  %86 = lshr i32 %85, 16
  %87 = urem i32 %86, 10
  %88 = icmp ne i32 %87, 0
  br i1 %88, label %89, label %102

89:                                               ; preds = %84
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %90 = load i32, ptr %3, align 4, !tbaa !5
  %91 = lshr i32 %90, 8
  %92 = urem i32 %91, 9
  %93 = add nsw i32 1, %92
  store i32 %93, ptr %10, align 4, !tbaa !5
  %94 = load i32, ptr %7, align 4, !tbaa !5
  %95 = load i32, ptr %7, align 4, !tbaa !5
  %96 = add nsw i32 %95, 40
  %97 = load i32, ptr %10, align 4, !tbaa !5
  call void @add_edge(ptr noundef @main.g, i32 noundef %94, i32 noundef %96, i32 noundef %97) #6
  %98 = load i32, ptr %7, align 4, !tbaa !5
  %99 = add nsw i32 %98, 40
  %100 = load i32, ptr %7, align 4, !tbaa !5
  %101 = load i32, ptr %10, align 4, !tbaa !5
  call void @add_edge(ptr noundef @main.g, i32 noundef %99, i32 noundef %100, i32 noundef %101) #6
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %102

102:                                              ; preds = %89, %84, %77
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %6, align 4, !tbaa !5
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %6, align 4, !tbaa !5
  br label %41, !llvm.loop !35

106:                                              ; preds = %44
  br label %107

107:                                              ; preds = %106
  %108 = load i32, ptr %4, align 4, !tbaa !5
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %4, align 4, !tbaa !5
  br label %36, !llvm.loop !36

110:                                              ; preds = %39
  call void @dijkstra(ptr noundef @main.g, i32 noundef 0, ptr noundef @main.dist, ptr noundef @main.prev) #6
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %111 = call i32 @bfs_hops(ptr noundef @main.g, i32 noundef 0, ptr noundef @main.hops) #6
  store i32 %111, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 0, ptr %12, align 8, !tbaa !37
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %145, %110
  %113 = load i32, ptr %15, align 4, !tbaa !5
  %114 = icmp slt i32 %113, 1600
  br i1 %114, label %116, label %115

115:                                              ; preds = %112
  store i32 11, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %148

116:                                              ; preds = %112
  %117 = load i32, ptr %15, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = icmp eq i32 %120, 2147483647
  br i1 %121, label %122, label %125

122:                                              ; preds = %116
  %123 = load i32, ptr %14, align 4, !tbaa !5
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %14, align 4, !tbaa !5
  br label %145

125:                                              ; preds = %116
  %126 = load i32, ptr %15, align 4, !tbaa !5
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %127
  %129 = load i32, ptr %128, align 4, !tbaa !5
  %130 = sext i32 %129 to i64
  %131 = load i64, ptr %12, align 8, !tbaa !37
  %132 = add nsw i64 %131, %130
  store i64 %132, ptr %12, align 8, !tbaa !37
  %133 = load i32, ptr %15, align 4, !tbaa !5
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %134
  %136 = load i32, ptr %135, align 4, !tbaa !5
  %137 = load i32, ptr %13, align 4, !tbaa !5
  %138 = icmp sgt i32 %136, %137
  br i1 %138, label %139, label %144

139:                                              ; preds = %125
  %140 = load i32, ptr %15, align 4, !tbaa !5
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %141
  %143 = load i32, ptr %142, align 4, !tbaa !5
  store i32 %143, ptr %13, align 4, !tbaa !5
  br label %144

144:                                              ; preds = %139, %125
  br label %145

145:                                              ; preds = %144, %122
  %146 = load i32, ptr %15, align 4, !tbaa !5
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %15, align 4, !tbaa !5
  br label %112, !llvm.loop !39

148:                                              ; preds = %115
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 1599, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #5
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i64 0, ptr %19, align 8, !tbaa !37
  call void @llvm.lifetime.start.p0(ptr %20) #5
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %149

149:                                              ; preds = %182, %148
  %150 = load i32, ptr %20, align 4, !tbaa !5
  %151 = icmp slt i32 %150, 40
  br i1 %151, label %153, label %152

152:                                              ; preds = %149
  store i32 14, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #5
  br label %185

153:                                              ; preds = %149
  call void @llvm.lifetime.start.p0(ptr %21) #5
  %154 = load i32, ptr %20, align 4, !tbaa !5
  %155 = mul nsw i32 %154, 397
  %156 = add nsw i32 %155, 11
  %157 = srem i32 %156, 1600
  store i32 %157, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %22) #5
  %158 = load i32, ptr %21, align 4, !tbaa !5
  %159 = call i32 @astar(ptr noundef @main.g, i32 noundef 0, i32 noundef %158, ptr noundef %17) #6
  store i32 %159, ptr %22, align 4, !tbaa !5
  %160 = load i32, ptr %17, align 4, !tbaa !5
  %161 = sext i32 %160 to i64
  %162 = load i64, ptr %19, align 8, !tbaa !37
  %163 = add nsw i64 %162, %161
  store i64 %163, ptr %19, align 8, !tbaa !37
  %164 = load i32, ptr %22, align 4, !tbaa !5
  %165 = load i32, ptr %21, align 4, !tbaa !5
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %166
  %168 = load i32, ptr %167, align 4, !tbaa !5
  %169 = icmp eq i32 %168, 2147483647
  br i1 %169, label %170, label %171

170:                                              ; preds = %153
  br label %176

171:                                              ; preds = %153
  %172 = load i32, ptr %21, align 4, !tbaa !5
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %173
  %175 = load i32, ptr %174, align 4, !tbaa !5
  br label %176

176:                                              ; preds = %171, %170
  %177 = phi i32 [ -1, %170 ], [ %175, %171 ]
  %178 = icmp eq i32 %164, %177
  %179 = zext i1 %178 to i32
  %180 = load i32, ptr %18, align 4, !tbaa !5
  %181 = add nsw i32 %180, %179
  store i32 %181, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %22) #5
  call void @llvm.lifetime.end.p0(ptr %21) #5
  br label %182

182:                                              ; preds = %176
  %183 = load i32, ptr %20, align 4, !tbaa !5
  %184 = add nsw i32 %183, 1
  store i32 %184, ptr %20, align 4, !tbaa !5
  br label %149, !llvm.loop !40

185:                                              ; preds = %152
  call void @llvm.lifetime.start.p0(ptr %23) #5
  %186 = call i32 @floyd_block(ptr noundef @main.g, ptr noundef @main.fw) #6
  store i32 %186, ptr %23, align 4, !tbaa !5
  %187 = load i32, ptr %18, align 4, !tbaa !5
  %188 = load i64, ptr %19, align 8, !tbaa !37
  %189 = load i32, ptr %23, align 4, !tbaa !5
  %190 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %187, i64 noundef %188, i32 noundef %189) #6
  %191 = load i32, ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 2), align 4, !tbaa !41
  %192 = load i32, ptr %11, align 4, !tbaa !5
  %193 = load i32, ptr %14, align 4, !tbaa !5
  %194 = load i64, ptr %12, align 8, !tbaa !37
  %195 = load i32, ptr %13, align 4, !tbaa !5
  %196 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %191, i32 noundef %192, i32 noundef %193, i64 noundef %194, i32 noundef %195) #6
  %197 = load i32, ptr %16, align 4, !tbaa !5
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [1600 x i32], ptr @main.dist, i64 0, i64 %198
  %200 = load i32, ptr %199, align 4, !tbaa !5
  %201 = load i32, ptr %16, align 4, !tbaa !5
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds [1600 x i32], ptr @main.hops, i64 0, i64 %202
  %204 = load i32, ptr %203, align 4, !tbaa !5
  %205 = load i32, ptr %16, align 4, !tbaa !5
  %206 = call i32 @path_length(ptr noundef @main.prev, i32 noundef %205) #6
  %207 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %200, i32 noundef %204, i32 noundef %206) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %23) #5
  call void @llvm.lifetime.end.p0(ptr %19) #5
  call void @llvm.lifetime.end.p0(ptr %18) #5
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  %208 = load i32, ptr %1, align 4
  ret i32 %208
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @add_edge(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.edge, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  %10 = load ptr, ptr %5, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.graph, ptr %10, i32 0, i32 1
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.graph, ptr %12, i32 0, i32 2
  %14 = load i32, ptr %13, align 4, !tbaa !41
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [6400 x %struct.edge], ptr %11, i64 0, i64 %15
  %17 = getelementptr inbounds nuw %struct.edge, ptr %9, i32 0, i32 0
  %18 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %18, ptr %17, align 4, !tbaa !19
  %19 = getelementptr inbounds nuw %struct.edge, ptr %9, i32 0, i32 1
  %20 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %20, ptr %19, align 4, !tbaa !21
  %21 = getelementptr inbounds nuw %struct.edge, ptr %9, i32 0, i32 2
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.graph, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [1600 x i32], ptr %23, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  store i32 %27, ptr %21, align 4, !tbaa !22
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %16, ptr align 4 %9, i64 12, i1 false), !tbaa.struct !43
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.graph, ptr %28, i32 0, i32 2
  %30 = load i32, ptr %29, align 4, !tbaa !41
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %29, align 4, !tbaa !41
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.graph, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [1600 x i32], ptr %33, i64 0, i64 %35
  store i32 %30, ptr %36, align 4, !tbaa !5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @floyd_block(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 144, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %46, %2
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 144
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %49

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %42, %24
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 144
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %45

29:                                               ; preds = %25
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = icmp eq i32 %30, %31
  %33 = zext i1 %32 to i64
  %34 = select i1 %32, i32 0, i32 536870911
  %35 = load ptr, ptr %4, align 8, !tbaa !12
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [144 x i32], ptr %35, i64 %37
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [144 x i32], ptr %38, i64 0, i64 %40
  store i32 %34, ptr %41, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %29
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %8, align 4, !tbaa !5
  br label %25, !llvm.loop !44

45:                                               ; preds = %28
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %6, align 4, !tbaa !5
  br label %20, !llvm.loop !45

49:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %138, %49
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = icmp slt i32 %51, 144
  br i1 %52, label %54, label %53

53:                                               ; preds = %50
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %141

54:                                               ; preds = %50
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %55 = load i32, ptr %9, align 4, !tbaa !5
  %56 = sdiv i32 %55, 12
  %57 = mul nsw i32 %56, 40
  %58 = load i32, ptr %9, align 4, !tbaa !5
  %59 = srem i32 %58, 12
  %60 = add nsw i32 %57, %59
  store i32 %60, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %61 = load ptr, ptr %3, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.graph, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [1600 x i32], ptr %62, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  store i32 %66, ptr %11, align 4, !tbaa !5
  br label %67

67:                                               ; preds = %129, %54
  %68 = load i32, ptr %11, align 4, !tbaa !5
  %69 = icmp sge i32 %68, 0
  br i1 %69, label %71, label %70

70:                                               ; preds = %67
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %137

71:                                               ; preds = %67
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %72 = load ptr, ptr %3, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.graph, ptr %72, i32 0, i32 1
  %74 = load i32, ptr %11, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [6400 x %struct.edge], ptr %73, i64 0, i64 %75
  %77 = getelementptr inbounds nuw %struct.edge, ptr %76, i32 0, i32 0
  %78 = load i32, ptr %77, align 4, !tbaa !19
  store i32 %78, ptr %12, align 4, !tbaa !5
  %79 = load i32, ptr %12, align 4, !tbaa !5
  %80 = srem i32 %79, 40
  %81 = icmp sge i32 %80, 12
  br i1 %81, label %86, label %82

82:                                               ; preds = %71
  %83 = load i32, ptr %12, align 4, !tbaa !5
  %84 = sdiv i32 %83, 40
  %85 = icmp sge i32 %84, 12
  br i1 %85, label %86, label %87

86:                                               ; preds = %82, %71
  store i32 13, ptr %7, align 4
  br label %126

87:                                               ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %88 = load i32, ptr %12, align 4, !tbaa !5
  %89 = sdiv i32 %88, 40
  %90 = mul nsw i32 %89, 12
  %91 = load i32, ptr %12, align 4, !tbaa !5
  %92 = srem i32 %91, 40
  %93 = add nsw i32 %90, %92
  store i32 %93, ptr %13, align 4, !tbaa !5
  %94 = load ptr, ptr %3, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw %struct.graph, ptr %94, i32 0, i32 1
  %96 = load i32, ptr %11, align 4, !tbaa !5
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [6400 x %struct.edge], ptr %95, i64 0, i64 %97
  %99 = getelementptr inbounds nuw %struct.edge, ptr %98, i32 0, i32 1
  %100 = load i32, ptr %99, align 4, !tbaa !21
  %101 = load ptr, ptr %4, align 8, !tbaa !12
  %102 = load i32, ptr %9, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [144 x i32], ptr %101, i64 %103
  %105 = load i32, ptr %13, align 4, !tbaa !5
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [144 x i32], ptr %104, i64 0, i64 %106
  %108 = load i32, ptr %107, align 4, !tbaa !5
  %109 = icmp slt i32 %100, %108
  br i1 %109, label %110, label %125

110:                                              ; preds = %87
  %111 = load ptr, ptr %3, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw %struct.graph, ptr %111, i32 0, i32 1
  %113 = load i32, ptr %11, align 4, !tbaa !5
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [6400 x %struct.edge], ptr %112, i64 0, i64 %114
  %116 = getelementptr inbounds nuw %struct.edge, ptr %115, i32 0, i32 1
  %117 = load i32, ptr %116, align 4, !tbaa !21
  %118 = load ptr, ptr %4, align 8, !tbaa !12
  %119 = load i32, ptr %9, align 4, !tbaa !5
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [144 x i32], ptr %118, i64 %120
  %122 = load i32, ptr %13, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [144 x i32], ptr %121, i64 0, i64 %123
  store i32 %117, ptr %124, align 4, !tbaa !5
  br label %125

125:                                              ; preds = %110, %87
  call void @llvm.lifetime.end.p0(ptr %13) #5
  store i32 0, ptr %7, align 4
  br label %126

126:                                              ; preds = %125, %86
  call void @llvm.lifetime.end.p0(ptr %12) #5
  %127 = load i32, ptr %7, align 4
  switch i32 %127, label %270 [
    i32 0, label %128
    i32 13, label %129
  ]

128:                                              ; preds = %126
  br label %129

129:                                              ; preds = %128, %126
  %130 = load ptr, ptr %3, align 8, !tbaa !9
  %131 = getelementptr inbounds nuw %struct.graph, ptr %130, i32 0, i32 1
  %132 = load i32, ptr %11, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [6400 x %struct.edge], ptr %131, i64 0, i64 %133
  %135 = getelementptr inbounds nuw %struct.edge, ptr %134, i32 0, i32 2
  %136 = load i32, ptr %135, align 4, !tbaa !22
  store i32 %136, ptr %11, align 4, !tbaa !5
  br label %67, !llvm.loop !46

137:                                              ; preds = %70
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %138

138:                                              ; preds = %137
  %139 = load i32, ptr %9, align 4, !tbaa !5
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %9, align 4, !tbaa !5
  br label %50, !llvm.loop !47

141:                                              ; preds = %53
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %142

142:                                              ; preds = %217, %141
  %143 = load i32, ptr %14, align 4, !tbaa !5
  %144 = icmp slt i32 %143, 144
  br i1 %144, label %146, label %145

145:                                              ; preds = %142
  store i32 14, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %220

146:                                              ; preds = %142
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %147

147:                                              ; preds = %213, %146
  %148 = load i32, ptr %15, align 4, !tbaa !5
  %149 = icmp slt i32 %148, 144
  br i1 %149, label %151, label %150

150:                                              ; preds = %147
  store i32 17, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %216

151:                                              ; preds = %147
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %152

152:                                              ; preds = %209, %151
  %153 = load i32, ptr %16, align 4, !tbaa !5
  %154 = icmp slt i32 %153, 144
  br i1 %154, label %156, label %155

155:                                              ; preds = %152
  store i32 20, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %212

156:                                              ; preds = %152
  %157 = load ptr, ptr %4, align 8, !tbaa !12
  %158 = load i32, ptr %15, align 4, !tbaa !5
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [144 x i32], ptr %157, i64 %159
  %161 = load i32, ptr %14, align 4, !tbaa !5
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [144 x i32], ptr %160, i64 0, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !5
  %165 = load ptr, ptr %4, align 8, !tbaa !12
  %166 = load i32, ptr %14, align 4, !tbaa !5
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [144 x i32], ptr %165, i64 %167
  %169 = load i32, ptr %16, align 4, !tbaa !5
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [144 x i32], ptr %168, i64 0, i64 %170
  %172 = load i32, ptr %171, align 4, !tbaa !5
  %173 = add nsw i32 %164, %172
  %174 = load ptr, ptr %4, align 8, !tbaa !12
  %175 = load i32, ptr %15, align 4, !tbaa !5
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [144 x i32], ptr %174, i64 %176
  %178 = load i32, ptr %16, align 4, !tbaa !5
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [144 x i32], ptr %177, i64 0, i64 %179
  %181 = load i32, ptr %180, align 4, !tbaa !5
  %182 = icmp slt i32 %173, %181
  br i1 %182, label %183, label %208

183:                                              ; preds = %156
  %184 = load ptr, ptr %4, align 8, !tbaa !12
  %185 = load i32, ptr %15, align 4, !tbaa !5
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds [144 x i32], ptr %184, i64 %186
  %188 = load i32, ptr %14, align 4, !tbaa !5
  %189 = sext i32 %188 to i64
  %190 = getelementptr inbounds [144 x i32], ptr %187, i64 0, i64 %189
  %191 = load i32, ptr %190, align 4, !tbaa !5
  %192 = load ptr, ptr %4, align 8, !tbaa !12
  %193 = load i32, ptr %14, align 4, !tbaa !5
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [144 x i32], ptr %192, i64 %194
  %196 = load i32, ptr %16, align 4, !tbaa !5
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [144 x i32], ptr %195, i64 0, i64 %197
  %199 = load i32, ptr %198, align 4, !tbaa !5
  %200 = add nsw i32 %191, %199
  %201 = load ptr, ptr %4, align 8, !tbaa !12
  %202 = load i32, ptr %15, align 4, !tbaa !5
  %203 = sext i32 %202 to i64
  %204 = getelementptr inbounds [144 x i32], ptr %201, i64 %203
  %205 = load i32, ptr %16, align 4, !tbaa !5
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [144 x i32], ptr %204, i64 0, i64 %206
  store i32 %200, ptr %207, align 4, !tbaa !5
  br label %208

208:                                              ; preds = %183, %156
  br label %209

209:                                              ; preds = %208
  %210 = load i32, ptr %16, align 4, !tbaa !5
  %211 = add nsw i32 %210, 1
  store i32 %211, ptr %16, align 4, !tbaa !5
  br label %152, !llvm.loop !48

212:                                              ; preds = %155
  br label %213

213:                                              ; preds = %212
  %214 = load i32, ptr %15, align 4, !tbaa !5
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %15, align 4, !tbaa !5
  br label %147, !llvm.loop !49

216:                                              ; preds = %150
  br label %217

217:                                              ; preds = %216
  %218 = load i32, ptr %14, align 4, !tbaa !5
  %219 = add nsw i32 %218, 1
  store i32 %219, ptr %14, align 4, !tbaa !5
  br label %142, !llvm.loop !50

220:                                              ; preds = %145
  call void @llvm.lifetime.start.p0(ptr %17) #5
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %221

221:                                              ; preds = %265, %220
  %222 = load i32, ptr %18, align 4, !tbaa !5
  %223 = icmp slt i32 %222, 144
  br i1 %223, label %225, label %224

224:                                              ; preds = %221
  store i32 23, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %268

225:                                              ; preds = %221
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %226

226:                                              ; preds = %261, %225
  %227 = load i32, ptr %19, align 4, !tbaa !5
  %228 = icmp slt i32 %227, 144
  br i1 %228, label %230, label %229

229:                                              ; preds = %226
  store i32 26, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %264

230:                                              ; preds = %226
  %231 = load ptr, ptr %4, align 8, !tbaa !12
  %232 = load i32, ptr %18, align 4, !tbaa !5
  %233 = sext i32 %232 to i64
  %234 = getelementptr inbounds [144 x i32], ptr %231, i64 %233
  %235 = load i32, ptr %19, align 4, !tbaa !5
  %236 = sext i32 %235 to i64
  %237 = getelementptr inbounds [144 x i32], ptr %234, i64 0, i64 %236
  %238 = load i32, ptr %237, align 4, !tbaa !5
  %239 = icmp slt i32 %238, 536870911
  br i1 %239, label %240, label %260

240:                                              ; preds = %230
  %241 = load ptr, ptr %4, align 8, !tbaa !12
  %242 = load i32, ptr %18, align 4, !tbaa !5
  %243 = sext i32 %242 to i64
  %244 = getelementptr inbounds [144 x i32], ptr %241, i64 %243
  %245 = load i32, ptr %19, align 4, !tbaa !5
  %246 = sext i32 %245 to i64
  %247 = getelementptr inbounds [144 x i32], ptr %244, i64 0, i64 %246
  %248 = load i32, ptr %247, align 4, !tbaa !5
  %249 = load i32, ptr %17, align 4, !tbaa !5
  %250 = icmp sgt i32 %248, %249
  br i1 %250, label %251, label %260

251:                                              ; preds = %240
  %252 = load ptr, ptr %4, align 8, !tbaa !12
  %253 = load i32, ptr %18, align 4, !tbaa !5
  %254 = sext i32 %253 to i64
  %255 = getelementptr inbounds [144 x i32], ptr %252, i64 %254
  %256 = load i32, ptr %19, align 4, !tbaa !5
  %257 = sext i32 %256 to i64
  %258 = getelementptr inbounds [144 x i32], ptr %255, i64 0, i64 %257
  %259 = load i32, ptr %258, align 4, !tbaa !5
  store i32 %259, ptr %17, align 4, !tbaa !5
  br label %260

260:                                              ; preds = %251, %240, %230
  br label %261

261:                                              ; preds = %260
  %262 = load i32, ptr %19, align 4, !tbaa !5
  %263 = add nsw i32 %262, 1
  store i32 %263, ptr %19, align 4, !tbaa !5
  br label %226, !llvm.loop !51

264:                                              ; preds = %229
  br label %265

265:                                              ; preds = %264
  %266 = load i32, ptr %18, align 4, !tbaa !5
  %267 = add nsw i32 %266, 1
  store i32 %267, ptr %18, align 4, !tbaa !5
  br label %221, !llvm.loop !52

268:                                              ; preds = %224
  %269 = load i32, ptr %17, align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %269

270:                                              ; preds = %126
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @path_length(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !12
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %7, ptr %6, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %15, %2
  %9 = load i32, ptr %6, align 4, !tbaa !5
  %10 = icmp sge i32 %9, 0
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %21

12:                                               ; preds = %8
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %5, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %12
  %16 = load ptr, ptr %3, align 8, !tbaa !12
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i32, ptr %16, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  store i32 %20, ptr %6, align 4, !tbaa !5
  br label %8, !llvm.loop !53

21:                                               ; preds = %11
  %22 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ih_up(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !25
  store i32 %1, ptr %4, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %47, %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sgt i32 %8, 0
  br i1 %9, label %10, label %48

10:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = sub nsw i32 %11, 1
  %13 = sdiv i32 %12, 2
  store i32 %13, ptr %5, align 4, !tbaa !5
  %14 = load ptr, ptr %3, align 8, !tbaa !25
  %15 = getelementptr inbounds nuw %struct.iheap, ptr %14, i32 0, i32 3
  %16 = load ptr, ptr %15, align 8, !tbaa !18
  %17 = load ptr, ptr %3, align 8, !tbaa !25
  %18 = getelementptr inbounds nuw %struct.iheap, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [1600 x i32], ptr %18, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr %16, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = load ptr, ptr %3, align 8, !tbaa !25
  %27 = getelementptr inbounds nuw %struct.iheap, ptr %26, i32 0, i32 3
  %28 = load ptr, ptr %27, align 8, !tbaa !18
  %29 = load ptr, ptr %3, align 8, !tbaa !25
  %30 = getelementptr inbounds nuw %struct.iheap, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [1600 x i32], ptr %30, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i32, ptr %28, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = icmp sle i32 %25, %37
  br i1 %38, label %39, label %40

39:                                               ; preds = %10
  store i32 3, ptr %6, align 4
  br label %45

40:                                               ; preds = %10
  %41 = load ptr, ptr %3, align 8, !tbaa !25
  %42 = load i32, ptr %4, align 4, !tbaa !5
  %43 = load i32, ptr %5, align 4, !tbaa !5
  call void @ih_swap(ptr noundef %41, i32 noundef %42, i32 noundef %43) #6
  %44 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %44, ptr %4, align 4, !tbaa !5
  store i32 0, ptr %6, align 4
  br label %45

45:                                               ; preds = %40, %39
  call void @llvm.lifetime.end.p0(ptr %5) #5
  %46 = load i32, ptr %6, align 4
  switch i32 %46, label %49 [
    i32 0, label %47
    i32 3, label %48
  ]

47:                                               ; preds = %45
  br label %7, !llvm.loop !54

48:                                               ; preds = %45, %7
  ret void

49:                                               ; preds = %45
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ih_swap(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !25
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %9 = load ptr, ptr %4, align 8, !tbaa !25
  %10 = getelementptr inbounds nuw %struct.iheap, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [1600 x i32], ptr %10, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %14, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %15 = load ptr, ptr %4, align 8, !tbaa !25
  %16 = getelementptr inbounds nuw %struct.iheap, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [1600 x i32], ptr %16, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  store i32 %20, ptr %8, align 4, !tbaa !5
  %21 = load i32, ptr %8, align 4, !tbaa !5
  %22 = load ptr, ptr %4, align 8, !tbaa !25
  %23 = getelementptr inbounds nuw %struct.iheap, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [1600 x i32], ptr %23, i64 0, i64 %25
  store i32 %21, ptr %26, align 4, !tbaa !5
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !25
  %29 = getelementptr inbounds nuw %struct.iheap, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [1600 x i32], ptr %29, i64 0, i64 %31
  store i32 %27, ptr %32, align 4, !tbaa !5
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = load ptr, ptr %4, align 8, !tbaa !25
  %35 = getelementptr inbounds nuw %struct.iheap, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [1600 x i32], ptr %35, i64 0, i64 %37
  store i32 %33, ptr %38, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = load ptr, ptr %4, align 8, !tbaa !25
  %41 = getelementptr inbounds nuw %struct.iheap, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [1600 x i32], ptr %41, i64 0, i64 %43
  store i32 %39, ptr %44, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ih_down(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !25
  store i32 %1, ptr %4, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %95, %2
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = mul nsw i32 2, %10
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %15 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %15, ptr %7, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = load ptr, ptr %3, align 8, !tbaa !25
  %18 = getelementptr inbounds nuw %struct.iheap, ptr %17, i32 0, i32 2
  %19 = load i32, ptr %18, align 8, !tbaa !16
  %20 = icmp slt i32 %16, %19
  br i1 %20, label %21, label %49

21:                                               ; preds = %9
  %22 = load ptr, ptr %3, align 8, !tbaa !25
  %23 = getelementptr inbounds nuw %struct.iheap, ptr %22, i32 0, i32 3
  %24 = load ptr, ptr %23, align 8, !tbaa !18
  %25 = load ptr, ptr %3, align 8, !tbaa !25
  %26 = getelementptr inbounds nuw %struct.iheap, ptr %25, i32 0, i32 0
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [1600 x i32], ptr %26, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %24, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = load ptr, ptr %3, align 8, !tbaa !25
  %35 = getelementptr inbounds nuw %struct.iheap, ptr %34, i32 0, i32 3
  %36 = load ptr, ptr %35, align 8, !tbaa !18
  %37 = load ptr, ptr %3, align 8, !tbaa !25
  %38 = getelementptr inbounds nuw %struct.iheap, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [1600 x i32], ptr %38, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %36, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp slt i32 %33, %45
  br i1 %46, label %47, label %49

47:                                               ; preds = %21
  %48 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %48, ptr %7, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %47, %21, %9
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = load ptr, ptr %3, align 8, !tbaa !25
  %52 = getelementptr inbounds nuw %struct.iheap, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %52, align 8, !tbaa !16
  %54 = icmp slt i32 %50, %53
  br i1 %54, label %55, label %83

55:                                               ; preds = %49
  %56 = load ptr, ptr %3, align 8, !tbaa !25
  %57 = getelementptr inbounds nuw %struct.iheap, ptr %56, i32 0, i32 3
  %58 = load ptr, ptr %57, align 8, !tbaa !18
  %59 = load ptr, ptr %3, align 8, !tbaa !25
  %60 = getelementptr inbounds nuw %struct.iheap, ptr %59, i32 0, i32 0
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [1600 x i32], ptr %60, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, ptr %58, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = load ptr, ptr %3, align 8, !tbaa !25
  %69 = getelementptr inbounds nuw %struct.iheap, ptr %68, i32 0, i32 3
  %70 = load ptr, ptr %69, align 8, !tbaa !18
  %71 = load ptr, ptr %3, align 8, !tbaa !25
  %72 = getelementptr inbounds nuw %struct.iheap, ptr %71, i32 0, i32 0
  %73 = load i32, ptr %7, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [1600 x i32], ptr %72, i64 0, i64 %74
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i32, ptr %70, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = icmp slt i32 %67, %79
  br i1 %80, label %81, label %83

81:                                               ; preds = %55
  %82 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %82, ptr %7, align 4, !tbaa !5
  br label %83

83:                                               ; preds = %81, %55, %49
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = load i32, ptr %4, align 4, !tbaa !5
  %86 = icmp eq i32 %84, %85
  br i1 %86, label %87, label %88

87:                                               ; preds = %83
  store i32 1, ptr %8, align 4
  br label %93

88:                                               ; preds = %83
  %89 = load ptr, ptr %3, align 8, !tbaa !25
  %90 = load i32, ptr %4, align 4, !tbaa !5
  %91 = load i32, ptr %7, align 4, !tbaa !5
  call void @ih_swap(ptr noundef %89, i32 noundef %90, i32 noundef %91) #6
  %92 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %92, ptr %4, align 4, !tbaa !5
  store i32 0, ptr %8, align 4
  br label %93

93:                                               ; preds = %88, %87
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  %94 = load i32, ptr %8, align 4
  switch i32 %94, label %97 [
    i32 0, label %95
    i32 1, label %96
  ]

95:                                               ; preds = %93
  br label %9

96:                                               ; preds = %93
  ret void

97:                                               ; preds = %93
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }

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
!10 = !{!"p1 _ZTS5graph", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 int", !11, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!17, !6, i64 12800}
!17 = !{!"iheap", !7, i64 0, !7, i64 6400, !6, i64 12800, !13, i64 12808}
!18 = !{!17, !13, i64 12808}
!19 = !{!20, !6, i64 0}
!20 = !{!"edge", !6, i64 0, !6, i64 4, !6, i64 8}
!21 = !{!20, !6, i64 4}
!22 = !{!20, !6, i64 8}
!23 = distinct !{!23, !15}
!24 = distinct !{!24, !15}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 _ZTS5iheap", !11, i64 0}
!27 = distinct !{!27, !15}
!28 = distinct !{!28, !15}
!29 = distinct !{!29, !15}
!30 = !{!7, !7, i64 0}
!31 = distinct !{!31, !15}
!32 = distinct !{!32, !15}
!33 = distinct !{!33, !15}
!34 = distinct !{!34, !15}
!35 = distinct !{!35, !15}
!36 = distinct !{!36, !15}
!37 = !{!38, !38, i64 0}
!38 = !{!"long", !7, i64 0}
!39 = distinct !{!39, !15}
!40 = distinct !{!40, !15}
!41 = !{!42, !6, i64 83200}
!42 = !{!"graph", !7, i64 0, !7, i64 6400, !6, i64 83200}
!43 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
!44 = distinct !{!44, !15}
!45 = distinct !{!45, !15}
!46 = distinct !{!46, !15}
!47 = distinct !{!47, !15}
!48 = distinct !{!48, !15}
!49 = distinct !{!49, !15}
!50 = distinct !{!50, !15}
!51 = distinct !{!51, !15}
!52 = distinct !{!52, !15}
!53 = distinct !{!53, !15}
!54 = distinct !{!54, !15}
