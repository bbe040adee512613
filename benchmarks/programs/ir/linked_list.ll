; ModuleID = 'linked_list.c'
source_filename = "linked_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.lru = type { [64 x %struct.lru_node], [512 x ptr], %struct.lru_node, i32, i32, i32 }
%struct.lru_node = type { i32, i32, ptr, ptr }
%struct.snode = type { i32, ptr }

@main.cache = internal global %struct.lru zeroinitializer, align 8
@.str = private unnamed_addr constant [32 x i8] c"list len=%d removed=%d sum=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"lru hits=%u misses=%u acc=%ld\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @slist_push(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = call ptr @snode_new(i32 noundef %6) #7
  store ptr %7, ptr %5, align 8, !tbaa !13
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = load ptr, ptr %8, align 8, !tbaa !13
  %10 = load ptr, ptr %5, align 8, !tbaa !13
  %11 = getelementptr inbounds nuw %struct.snode, ptr %10, i32 0, i32 1
  store ptr %9, ptr %11, align 8, !tbaa !15
  %12 = load ptr, ptr %5, align 8, !tbaa !13
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %12, ptr %13, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @snode_new(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %4 = call noalias ptr @malloc(i64 noundef 16) #8
  store ptr %4, ptr %3, align 8, !tbaa !13
  %5 = load ptr, ptr %3, align 8, !tbaa !13
  %6 = icmp ne ptr %5, null
  br i1 %6, label %8, label %7

7:                                                ; preds = %1
  call void @exit(i32 noundef 1) #9
  unreachable

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = load ptr, ptr %3, align 8, !tbaa !13
  %11 = getelementptr inbounds nuw %struct.snode, ptr %10, i32 0, i32 0
  store i32 %9, ptr %11, align 8, !tbaa !17
  %12 = load ptr, ptr %3, align 8, !tbaa !13
  %13 = getelementptr inbounds nuw %struct.snode, ptr %12, i32 0, i32 1
  store ptr null, ptr %13, align 8, !tbaa !15
  %14 = load ptr, ptr %3, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret ptr %14
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @slist_reverse(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store ptr null, ptr %3, align 8, !tbaa !13
  br label %5

5:                                                ; preds = %8, %1
  %6 = load ptr, ptr %2, align 8, !tbaa !13
  %7 = icmp ne ptr %6, null
  br i1 %7, label %8, label %17

8:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %9 = load ptr, ptr %2, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw %struct.snode, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !15
  store ptr %11, ptr %4, align 8, !tbaa !13
  %12 = load ptr, ptr %3, align 8, !tbaa !13
  %13 = load ptr, ptr %2, align 8, !tbaa !13
  %14 = getelementptr inbounds nuw %struct.snode, ptr %13, i32 0, i32 1
  store ptr %12, ptr %14, align 8, !tbaa !15
  %15 = load ptr, ptr %2, align 8, !tbaa !13
  store ptr %15, ptr %3, align 8, !tbaa !13
  %16 = load ptr, ptr %4, align 8, !tbaa !13
  store ptr %16, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %5, !llvm.loop !18

17:                                               ; preds = %5
  %18 = load ptr, ptr %3, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret ptr %18
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @slist_sort(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !13
  %7 = load ptr, ptr %3, align 8, !tbaa !13
  %8 = icmp ne ptr %7, null
  br i1 %8, label %9, label %14

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !tbaa !13
  %11 = getelementptr inbounds nuw %struct.snode, ptr %10, i32 0, i32 1
  %12 = load ptr, ptr %11, align 8, !tbaa !15
  %13 = icmp ne ptr %12, null
  br i1 %13, label %16, label %14

14:                                               ; preds = %9, %1
  %15 = load ptr, ptr %3, align 8, !tbaa !13
  store ptr %15, ptr %2, align 8
  br label %51

16:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %17 = load ptr, ptr %3, align 8, !tbaa !13
  store ptr %17, ptr %4, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %18 = load ptr, ptr %3, align 8, !tbaa !13
  %19 = getelementptr inbounds nuw %struct.snode, ptr %18, i32 0, i32 1
  %20 = load ptr, ptr %19, align 8, !tbaa !15
  store ptr %20, ptr %5, align 8, !tbaa !13
  br label %21

21:                                               ; preds = %31, %16
  %22 = load ptr, ptr %5, align 8, !tbaa !13
  %23 = icmp ne ptr %22, null
  br i1 %23, label %24, label %29

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 8, !tbaa !13
  %26 = getelementptr inbounds nuw %struct.snode, ptr %25, i32 0, i32 1
  %27 = load ptr, ptr %26, align 8, !tbaa !15
  %28 = icmp ne ptr %27, null
  br label %29

29:                                               ; preds = %24, %21
  %30 = phi i1 [ false, %21 ], [ %28, %24 ]
  br i1 %30, label %31, label %40

31:                                               ; preds = %29
  %32 = load ptr, ptr %4, align 8, !tbaa !13
  %33 = getelementptr inbounds nuw %struct.snode, ptr %32, i32 0, i32 1
  %34 = load ptr, ptr %33, align 8, !tbaa !15
  store ptr %34, ptr %4, align 8, !tbaa !13
  %35 = load ptr, ptr %5, align 8, !tbaa !13
  %36 = getelementptr inbounds nuw %struct.snode, ptr %35, i32 0, i32 1
  %37 = load ptr, ptr %36, align 8, !tbaa !15
  %38 = getelementptr inbounds nuw %struct.snode, ptr %37, i32 0, i32 1
  %39 = load ptr, ptr %38, align 8, !tbaa !15
  store ptr %39, ptr %5, align 8, !tbaa !13
  br label %21, !llvm.loop !20

40:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %41 = load ptr, ptr %4, align 8, !tbaa !13
  %42 = getelementptr inbounds nuw %struct.snode, ptr %41, i32 0, i32 1
  %43 = load ptr, ptr %42, align 8, !tbaa !15
  store ptr %43, ptr %6, align 8, !tbaa !13
  %44 = load ptr, ptr %4, align 8, !tbaa !13
  %45 = getelementptr inbounds nuw %struct.snode, ptr %44, i32 0, i32 1
  store ptr null, ptr %45, align 8, !tbaa !15
  %46 = load ptr, ptr %3, align 8, !tbaa !13
  %47 = call ptr @slist_sort(ptr noundef %46) #7
  %48 = load ptr, ptr %6, align 8, !tbaa !13
  %49 = call ptr @slist_sort(ptr noundef %48) #7
  %50 = call ptr @slist_merge(ptr noundef %47, ptr noundef %49) #7
  store ptr %50, ptr %2, align 8
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %51

51:                                               ; preds = %40, %14
  %52 = load ptr, ptr %2, align 8
  ret ptr %52
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @slist_merge(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca %struct.snode, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !13
  store ptr %1, ptr %4, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store ptr %5, ptr %6, align 8, !tbaa !13
  br label %7

7:                                                ; preds = %37, %2
  %8 = load ptr, ptr %3, align 8, !tbaa !13
  %9 = icmp ne ptr %8, null
  br i1 %9, label %10, label %13

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 8, !tbaa !13
  %12 = icmp ne ptr %11, null
  br label %13

13:                                               ; preds = %10, %7
  %14 = phi i1 [ false, %7 ], [ %12, %10 ]
  br i1 %14, label %15, label %41

15:                                               ; preds = %13
  %16 = load ptr, ptr %3, align 8, !tbaa !13
  %17 = getelementptr inbounds nuw %struct.snode, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !17
  %19 = load ptr, ptr %4, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw %struct.snode, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %20, align 8, !tbaa !17
  %22 = icmp sle i32 %18, %21
  br i1 %22, label %23, label %30

23:                                               ; preds = %15
  %24 = load ptr, ptr %3, align 8, !tbaa !13
  %25 = load ptr, ptr %6, align 8, !tbaa !13
  %26 = getelementptr inbounds nuw %struct.snode, ptr %25, i32 0, i32 1
  store ptr %24, ptr %26, align 8, !tbaa !15
  %27 = load ptr, ptr %3, align 8, !tbaa !13
  %28 = getelementptr inbounds nuw %struct.snode, ptr %27, i32 0, i32 1
  %29 = load ptr, ptr %28, align 8, !tbaa !15
  store ptr %29, ptr %3, align 8, !tbaa !13
  br label %37

30:                                               ; preds = %15
  %31 = load ptr, ptr %4, align 8, !tbaa !13
  %32 = load ptr, ptr %6, align 8, !tbaa !13
  %33 = getelementptr inbounds nuw %struct.snode, ptr %32, i32 0, i32 1
  store ptr %31, ptr %33, align 8, !tbaa !15
  %34 = load ptr, ptr %4, align 8, !tbaa !13
  %35 = getelementptr inbounds nuw %struct.snode, ptr %34, i32 0, i32 1
  %36 = load ptr, ptr %35, align 8, !tbaa !15
  store ptr %36, ptr %4, align 8, !tbaa !13
  br label %37

37:                                               ; preds = %30, %23
  %38 = load ptr, ptr %6, align 8, !tbaa !13
  %39 = getelementptr inbounds nuw %struct.snode, ptr %38, i32 0, i32 1
  %40 = load ptr, ptr %39, align 8, !tbaa !15
  store ptr %40, ptr %6, align 8, !tbaa !13
  br label %7, !llvm.loop !21

41:                                               ; preds = %13
  %42 = load ptr, ptr %3, align 8, !tbaa !13
  %43 = icmp ne ptr %42, null
  br i1 %43, label %44, label %46

44:                                               ; preds = %41
  %45 = load ptr, ptr %3, align 8, !tbaa !13
  br label %48

46:                                               ; preds = %41
  %47 = load ptr, ptr %4, align 8, !tbaa !13
  br label %48

48:                                               ; preds = %46, %44
  %49 = phi ptr [ %45, %44 ], [ %47, %46 ]
  %50 = load ptr, ptr %6, align 8, !tbaa !13
  %51 = getelementptr inbounds nuw %struct.snode, ptr %50, i32 0, i32 1
  store ptr %49, ptr %51, align 8, !tbaa !15
  %52 = getelementptr inbounds nuw %struct.snode, ptr %5, i32 0, i32 1
  %53 = load ptr, ptr %52, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret ptr %53
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @slist_dedupe_sorted(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %41, %1
  %6 = load ptr, ptr %2, align 8, !tbaa !13
  %7 = icmp ne ptr %6, null
  br i1 %7, label %8, label %13

8:                                                ; preds = %5
  %9 = load ptr, ptr %2, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw %struct.snode, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !15
  %12 = icmp ne ptr %11, null
  br label %13

13:                                               ; preds = %8, %5
  %14 = phi i1 [ false, %5 ], [ %12, %8 ]
  br i1 %14, label %15, label %42

15:                                               ; preds = %13
  %16 = load ptr, ptr %2, align 8, !tbaa !13
  %17 = getelementptr inbounds nuw %struct.snode, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !17
  %19 = load ptr, ptr %2, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw %struct.snode, ptr %19, i32 0, i32 1
  %21 = load ptr, ptr %20, align 8, !tbaa !15
  %22 = getelementptr inbounds nuw %struct.snode, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 8, !tbaa !17
  %24 = icmp eq i32 %18, %23
  br i1 %24, label %25, label %37

25:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %26 = load ptr, ptr %2, align 8, !tbaa !13
  %27 = getelementptr inbounds nuw %struct.snode, ptr %26, i32 0, i32 1
  %28 = load ptr, ptr %27, align 8, !tbaa !15
  store ptr %28, ptr %4, align 8, !tbaa !13
  %29 = load ptr, ptr %4, align 8, !tbaa !13
  %30 = getelementptr inbounds nuw %struct.snode, ptr %29, i32 0, i32 1
  %31 = load ptr, ptr %30, align 8, !tbaa !15
  %32 = load ptr, ptr %2, align 8, !tbaa !13
  %33 = getelementptr inbounds nuw %struct.snode, ptr %32, i32 0, i32 1
  store ptr %31, ptr %33, align 8, !tbaa !15
  %34 = load ptr, ptr %4, align 8, !tbaa !13
  call void @free(ptr noundef %34) #10
  %35 = load i32, ptr %3, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %41

37:                                               ; preds = %15
  %38 = load ptr, ptr %2, align 8, !tbaa !13
  %39 = getelementptr inbounds nuw %struct.snode, ptr %38, i32 0, i32 1
  %40 = load ptr, ptr %39, align 8, !tbaa !15
  store ptr %40, ptr %2, align 8, !tbaa !13
  br label %41

41:                                               ; preds = %37, %25
  br label %5, !llvm.loop !22

42:                                               ; preds = %13
  %43 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %43
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @lru_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !23
  %4 = load ptr, ptr %2, align 8, !tbaa !23
  %5 = getelementptr inbounds nuw %struct.lru, ptr %4, i32 0, i32 2
  %6 = load ptr, ptr %2, align 8, !tbaa !23
  %7 = getelementptr inbounds nuw %struct.lru, ptr %6, i32 0, i32 2
  %8 = getelementptr inbounds nuw %struct.lru_node, ptr %7, i32 0, i32 2
  store ptr %5, ptr %8, align 8, !tbaa !25
  %9 = load ptr, ptr %2, align 8, !tbaa !23
  %10 = getelementptr inbounds nuw %struct.lru, ptr %9, i32 0, i32 2
  %11 = getelementptr inbounds nuw %struct.lru_node, ptr %10, i32 0, i32 3
  store ptr %5, ptr %11, align 8, !tbaa !29
  %12 = load ptr, ptr %2, align 8, !tbaa !23
  %13 = getelementptr inbounds nuw %struct.lru, ptr %12, i32 0, i32 3
  store i32 0, ptr %13, align 8, !tbaa !30
  %14 = load ptr, ptr %2, align 8, !tbaa !23
  %15 = getelementptr inbounds nuw %struct.lru, ptr %14, i32 0, i32 5
  store i32 0, ptr %15, align 8, !tbaa !31
  %16 = load ptr, ptr %2, align 8, !tbaa !23
  %17 = getelementptr inbounds nuw %struct.lru, ptr %16, i32 0, i32 4
  store i32 0, ptr %17, align 4, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %28, %1
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = icmp slt i32 %19, 512
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %31

22:                                               ; preds = %18
  %23 = load ptr, ptr %2, align 8, !tbaa !23
  %24 = getelementptr inbounds nuw %struct.lru, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [512 x ptr], ptr %24, i64 0, i64 %26
  store ptr null, ptr %27, align 8, !tbaa !33
  br label %28

28:                                               ; preds = %22
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %3, align 4, !tbaa !5
  br label %18, !llvm.loop !34

31:                                               ; preds = %21
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @lru_get(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !23
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %10 = load ptr, ptr %5, align 8, !tbaa !23
  %11 = getelementptr inbounds nuw %struct.lru, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [512 x ptr], ptr %11, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8, !tbaa !33
  store ptr %15, ptr %8, align 8, !tbaa !33
  %16 = load ptr, ptr %8, align 8, !tbaa !33
  %17 = icmp ne ptr %16, null
  br i1 %17, label %18, label %29

18:                                               ; preds = %3
  %19 = load ptr, ptr %5, align 8, !tbaa !23
  %20 = getelementptr inbounds nuw %struct.lru, ptr %19, i32 0, i32 4
  %21 = load i32, ptr %20, align 4, !tbaa !32
  %22 = add i32 %21, 1
  store i32 %22, ptr %20, align 4, !tbaa !32
  %23 = load ptr, ptr %8, align 8, !tbaa !33
  call void @lru_unlink(ptr noundef %23) #7
  %24 = load ptr, ptr %5, align 8, !tbaa !23
  %25 = load ptr, ptr %8, align 8, !tbaa !33
  call void @lru_push_front(ptr noundef %24, ptr noundef %25) #7
  %26 = load ptr, ptr %8, align 8, !tbaa !33
  %27 = getelementptr inbounds nuw %struct.lru_node, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !36
  store i32 %28, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %80

29:                                               ; preds = %3
  %30 = load ptr, ptr %5, align 8, !tbaa !23
  %31 = getelementptr inbounds nuw %struct.lru, ptr %30, i32 0, i32 5
  %32 = load i32, ptr %31, align 8, !tbaa !31
  %33 = add i32 %32, 1
  store i32 %33, ptr %31, align 8, !tbaa !31
  %34 = load ptr, ptr %5, align 8, !tbaa !23
  %35 = getelementptr inbounds nuw %struct.lru, ptr %34, i32 0, i32 3
  %36 = load i32, ptr %35, align 8, !tbaa !30
  %37 = icmp slt i32 %36, 64
  br i1 %37, label %38, label %47

38:                                               ; preds = %29
  %39 = load ptr, ptr %5, align 8, !tbaa !23
  %40 = getelementptr inbounds nuw %struct.lru, ptr %39, i32 0, i32 0
  %41 = load ptr, ptr %5, align 8, !tbaa !23
  %42 = getelementptr inbounds nuw %struct.lru, ptr %41, i32 0, i32 3
  %43 = load i32, ptr %42, align 8, !tbaa !30
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %42, align 8, !tbaa !30
  %45 = sext i32 %43 to i64
  %46 = getelementptr inbounds [64 x %struct.lru_node], ptr %40, i64 0, i64 %45
  store ptr %46, ptr %8, align 8, !tbaa !33
  br label %60

47:                                               ; preds = %29
  %48 = load ptr, ptr %5, align 8, !tbaa !23
  %49 = getelementptr inbounds nuw %struct.lru, ptr %48, i32 0, i32 2
  %50 = getelementptr inbounds nuw %struct.lru_node, ptr %49, i32 0, i32 2
  %51 = load ptr, ptr %50, align 8, !tbaa !25
  store ptr %51, ptr %8, align 8, !tbaa !33
  %52 = load ptr, ptr %8, align 8, !tbaa !33
  call void @lru_unlink(ptr noundef %52) #7
  %53 = load ptr, ptr %5, align 8, !tbaa !23
  %54 = getelementptr inbounds nuw %struct.lru, ptr %53, i32 0, i32 1
  %55 = load ptr, ptr %8, align 8, !tbaa !33
  %56 = getelementptr inbounds nuw %struct.lru_node, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %56, align 8, !tbaa !37
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [512 x ptr], ptr %54, i64 0, i64 %58
  store ptr null, ptr %59, align 8, !tbaa !33
  br label %60

60:                                               ; preds = %47, %38
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = load ptr, ptr %8, align 8, !tbaa !33
  %63 = getelementptr inbounds nuw %struct.lru_node, ptr %62, i32 0, i32 0
  store i32 %61, ptr %63, align 8, !tbaa !37
  %64 = load ptr, ptr %7, align 8, !tbaa !35
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = call i32 %64(i32 noundef %65) #7
  %67 = load ptr, ptr %8, align 8, !tbaa !33
  %68 = getelementptr inbounds nuw %struct.lru_node, ptr %67, i32 0, i32 1
  store i32 %66, ptr %68, align 4, !tbaa !36
  %69 = load ptr, ptr %8, align 8, !tbaa !33
  %70 = load ptr, ptr %5, align 8, !tbaa !23
  %71 = getelementptr inbounds nuw %struct.lru, ptr %70, i32 0, i32 1
  %72 = load i32, ptr %6, align 4, !tbaa !5
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [512 x ptr], ptr %71, i64 0, i64 %73
  store ptr %69, ptr %74, align 8, !tbaa !33
  %75 = load ptr, ptr %5, align 8, !tbaa !23
  %76 = load ptr, ptr %8, align 8, !tbaa !33
  call void @lru_push_front(ptr noundef %75, ptr noundef %76) #7
  %77 = load ptr, ptr %8, align 8, !tbaa !33
  %78 = getelementptr inbounds nuw %struct.lru_node, ptr %77, i32 0, i32 1
  %79 = load i32, ptr %78, align 4, !tbaa !36
  store i32 %79, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %80

80:                                               ; preds = %60, %18
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %81 = load i32, ptr %4, align 4
  ret i32 %81
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @lru_unlink(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !33
  %3 = load ptr, ptr %2, align 8, !tbaa !33
  %4 = getelementptr inbounds nuw %struct.lru_node, ptr %3, i32 0, i32 3
  %5 = load ptr, ptr %4, align 8, !tbaa !38
  %6 = load ptr, ptr %2, align 8, !tbaa !33
  %7 = getelementptr inbounds nuw %struct.lru_node, ptr %6, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8, !tbaa !39
  %9 = getelementptr inbounds nuw %struct.lru_node, ptr %8, i32 0, i32 3
  store ptr %5, ptr %9, align 8, !tbaa !38
  %10 = load ptr, ptr %2, align 8, !tbaa !33
  %11 = getelementptr inbounds nuw %struct.lru_node, ptr %10, i32 0, i32 2
  %12 = load ptr, ptr %11, align 8, !tbaa !39
  %13 = load ptr, ptr %2, align 8, !tbaa !33
  %14 = getelementptr inbounds nuw %struct.lru_node, ptr %13, i32 0, i32 3
  %15 = load ptr, ptr %14, align 8, !tbaa !38
  %16 = getelementptr inbounds nuw %struct.lru_node, ptr %15, i32 0, i32 2
  store ptr %12, ptr %16, align 8, !tbaa !39
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @lru_push_front(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !23
  store ptr %1, ptr %4, align 8, !tbaa !33
  %5 = load ptr, ptr %3, align 8, !tbaa !23
  %6 = getelementptr inbounds nuw %struct.lru, ptr %5, i32 0, i32 2
  %7 = getelementptr inbounds nuw %struct.lru_node, ptr %6, i32 0, i32 3
  %8 = load ptr, ptr %7, align 8, !tbaa !29
  %9 = load ptr, ptr %4, align 8, !tbaa !33
  %10 = getelementptr inbounds nuw %struct.lru_node, ptr %9, i32 0, i32 3
  store ptr %8, ptr %10, align 8, !tbaa !38
  %11 = load ptr, ptr %3, align 8, !tbaa !23
  %12 = getelementptr inbounds nuw %struct.lru, ptr %11, i32 0, i32 2
  %13 = load ptr, ptr %4, align 8, !tbaa !33
  %14 = getelementptr inbounds nuw %struct.lru_node, ptr %13, i32 0, i32 2
  store ptr %12, ptr %14, align 8, !tbaa !39
  %15 = load ptr, ptr %4, align 8, !tbaa !33
  %16 = load ptr, ptr %3, align 8, !tbaa !23
  %17 = getelementptr inbounds nuw %struct.lru, ptr %16, i32 0, i32 2
  %18 = getelementptr inbounds nuw %struct.lru_node, ptr %17, i32 0, i32 3
  %19 = load ptr, ptr %18, align 8, !tbaa !29
  %20 = getelementptr inbounds nuw %struct.lru_node, ptr %19, i32 0, i32 2
  store ptr %15, ptr %20, align 8, !tbaa !39
  %21 = load ptr, ptr %4, align 8, !tbaa !33
  %22 = load ptr, ptr %3, align 8, !tbaa !23
  %23 = getelementptr inbounds nuw %struct.lru, ptr %22, i32 0, i32 2
  %24 = getelementptr inbounds nuw %struct.lru_node, ptr %23, i32 0, i32 3
  store ptr %21, ptr %24, align 8, !tbaa !29
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store ptr null, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 77, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %23, %0
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 5000
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %26

16:                                               ; preds = %12
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = mul i32 %17, 1103515245
  %19 = add i32 %18, 12345
  store i32 %19, ptr %3, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = lshr i32 %20, 16
  %22 = urem i32 %21, 2000
  call void @slist_push(ptr noundef %2, i32 noundef %22) #7
  br label %23

23:                                               ; preds = %16
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4, !tbaa !5
  br label %12, !llvm.loop !40

26:                                               ; preds = %15
  %27 = load ptr, ptr %2, align 8, !tbaa !13
  %28 = call ptr @slist_reverse(ptr noundef %27) #7
  store ptr %28, ptr %2, align 8, !tbaa !13
  %29 = load ptr, ptr %2, align 8, !tbaa !13
  %30 = call ptr @slist_sort(ptr noundef %29) #7
  store ptr %30, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %31 = load ptr, ptr %2, align 8, !tbaa !13
  %32 = call i32 @slist_dedupe_sorted(ptr noundef %31) #7
  store i32 %32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !41
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %33 = load ptr, ptr %2, align 8, !tbaa !13
  store ptr %33, ptr %8, align 8, !tbaa !13
  br label %34

34:                                               ; preds = %47, %26
  %35 = load ptr, ptr %8, align 8, !tbaa !13
  %36 = icmp ne ptr %35, null
  br i1 %36, label %38, label %37

37:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %51

38:                                               ; preds = %34
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %6, align 4, !tbaa !5
  %41 = load ptr, ptr %8, align 8, !tbaa !13
  %42 = getelementptr inbounds nuw %struct.snode, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %42, align 8, !tbaa !17
  %44 = sext i32 %43 to i64
  %45 = load i64, ptr %7, align 8, !tbaa !41
  %46 = add nsw i64 %45, %44
  store i64 %46, ptr %7, align 8, !tbaa !41
  br label %47

47:                                               ; preds = %38
  %48 = load ptr, ptr %8, align 8, !tbaa !13
  %49 = getelementptr inbounds nuw %struct.snode, ptr %48, i32 0, i32 1
  %50 = load ptr, ptr %49, align 8, !tbaa !15
  store ptr %50, ptr %8, align 8, !tbaa !13
  br label %34, !llvm.loop !43

51:                                               ; preds = %37
  %52 = load ptr, ptr %2, align 8, !tbaa !13
  call void @slist_free(ptr noundef %52) #7
  call void @lru_init(ptr noundef @main.cache) #7
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !41
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %80, %51
  %54 = load i32, ptr %10, align 4, !tbaa !5
  %55 = icmp slt i32 %54, 100000
  br i1 %55, label %57, label %56

56:                                               ; preds = %53
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %83

57:                                               ; preds = %53
  %58 = load i32, ptr %3, align 4, !tbaa !5
  %59 = mul i32 %58, 1103515245
  %60 = add i32 %59, 12345
  store i32 %60, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %61 = load i32, ptr %3, align 4, !tbaa !5
  %62 = lshr i32 %61, 16
  %63 = urem i32 %62, 8
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %69

65:                                               ; preds = %57
  %66 = load i32, ptr %3, align 4, !tbaa !5
  %67 = lshr i32 %66, 4
  %68 = urem i32 %67, 512
  br label %73

69:                                               ; preds = %57
  %70 = load i32, ptr %3, align 4, !tbaa !5
  %71 = lshr i32 %70, 8
  %72 = urem i32 %71, 80
  br label %73

73:                                               ; preds = %69, %65
  %74 = phi i32 [ %68, %65 ], [ %72, %69 ]
  store i32 %74, ptr %11, align 4, !tbaa !5
  %75 = load i32, ptr %11, align 4, !tbaa !5
  %76 = call i32 @lru_get(ptr noundef @main.cache, i32 noundef %75, ptr noundef @slow_square) #7
  %77 = sext i32 %76 to i64
  %78 = load i64, ptr %9, align 8, !tbaa !41
  %79 = add nsw i64 %78, %77
  store i64 %79, ptr %9, align 8, !tbaa !41
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %80

80:                                               ; preds = %73
  %81 = load i32, ptr %10, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %10, align 4, !tbaa !5
  br label %53, !llvm.loop !44

83:                                               ; preds = %56
  %84 = load i32, ptr %6, align 4, !tbaa !5
  %85 = load i32, ptr %5, align 4, !tbaa !5
  %86 = load i64, ptr %7, align 8, !tbaa !41
  %87 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %84, i32 noundef %85, i64 noundef %86) #7
  %88 = load i32, ptr getelementptr inbounds nuw (%struct.lru, ptr @main.cache, i32 0, i32 4), align 4, !tbaa !32
  %89 = load i32, ptr getelementptr inbounds nuw (%struct.lru, ptr @main.cache, i32 0, i32 5), align 8, !tbaa !31
  %90 = load i64, ptr %9, align 8, !tbaa !41
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %88, i32 noundef %89, i64 noundef %90) #7
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @slist_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  br label %4

4:                                                ; preds = %7, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !13
  %6 = icmp ne ptr %5, null
  br i1 %6, label %7, label %13

7:                                                ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %8 = load ptr, ptr %2, align 8, !tbaa !13
  %9 = getelementptr inbounds nuw %struct.snode, ptr %8, i32 0, i32 1
  %10 = load ptr, ptr %9, align 8, !tbaa !15
  store ptr %10, ptr %3, align 8, !tbaa !13
  %11 = load ptr, ptr %2, align 8, !tbaa !13
  call void @free(ptr noundef %11) #10
  %12 = load ptr, ptr %3, align 8, !tbaa !13
  store ptr %12, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %4, !llvm.loop !45

13:                                               ; preds = %4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @slow_square(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = mul nsw i32 %3, %4
  %6 = srem i32 %5, 1009
  ret i32 %6
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: minsize noreturn nounwind optsize
declare void @exit(i32 noundef) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize allocsize(0) }
attributes #9 = { minsize noreturn nounwind optsize }
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
!10 = !{!"p2 _ZTS5snode", !11, i64 0}
!11 = !{!"any p2 pointer", !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS5snode", !12, i64 0}
!15 = !{!16, !14, i64 8}
!16 = !{!"snode", !6, i64 0, !14, i64 8}
!17 = !{!16, !6, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = distinct !{!21, !19}
!22 = distinct !{!22, !19}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 _ZTS3lru", !12, i64 0}
!25 = !{!26, !28, i64 5640}
!26 = !{!"lru", !7, i64 0, !7, i64 1536, !27, i64 5632, !6, i64 5656, !6, i64 5660, !6, i64 5664}
!27 = !{!"lru_node", !6, i64 0, !6, i64 4, !28, i64 8, !28, i64 16}
!28 = !{!"p1 _ZTS8lru_node", !12, i64 0}
!29 = !{!26, !28, i64 5648}
!30 = !{!26, !6, i64 5656}
!31 = !{!26, !6, i64 5664}
!32 = !{!26, !6, i64 5660}
!33 = !{!28, !28, i64 0}
!34 = distinct !{!34, !19}
!35 = !{!12, !12, i64 0}
!36 = !{!27, !6, i64 4}
!37 = !{!27, !6, i64 0}
!38 = !{!27, !28, i64 16}
!39 = !{!27, !28, i64 8}
!40 = distinct !{!40, !19}
!41 = !{!42, !42, i64 0}
!42 = !{!"long", !7, i64 0}
!43 = distinct !{!43, !19}
!44 = distinct !{!44, !19}
!45 = distinct !{!45, !19}
