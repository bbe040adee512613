; ModuleID = 'lru_cache.c'
source_filename = "lru_cache.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.LRU = type { [256 x %struct.Entry], [512 x i32], i32, i32, i32, i64, i64, i64 }
%struct.Entry = type { i32, i32, i32, i32, i32 }

@main.cache = internal global %struct.LRU zeroinitializer, align 8
@.str = private unnamed_addr constant [31 x i8] c"phase %d: hits=%lu misses=%lu\0A\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"total hits=%lu misses=%lu evictions=%lu\0A\00", align 1
@.str.2 = private unnamed_addr constant [39 x i8] c"list length=%d mru=%u lru=%u acc=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @lru_get(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = call i32 @hash_find(ptr noundef %9, i32 noundef %10) #5
  store i32 %11, ptr %6, align 4, !tbaa !5
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %14, label %37

14:                                               ; preds = %2
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.LRU, ptr %15, i32 0, i32 5
  %17 = load i64, ptr %16, align 8, !tbaa !11
  %18 = add i64 %17, 1
  store i64 %18, ptr %16, align 8, !tbaa !11
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.LRU, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %20, align 8, !tbaa !14
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = icmp ne i32 %21, %22
  br i1 %23, label %24, label %29

24:                                               ; preds = %14
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = load i32, ptr %6, align 4, !tbaa !5
  call void @list_unlink(ptr noundef %25, i32 noundef %26) #5
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = load i32, ptr %6, align 4, !tbaa !5
  call void @list_push_front(ptr noundef %27, i32 noundef %28) #5
  br label %29

29:                                               ; preds = %24, %14
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.LRU, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x %struct.Entry], ptr %31, i64 0, i64 %33
  %35 = getelementptr inbounds nuw %struct.Entry, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 4, !tbaa !15
  store i32 %36, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %108

37:                                               ; preds = %2
  %38 = load ptr, ptr %4, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.LRU, ptr %38, i32 0, i32 6
  %40 = load i64, ptr %39, align 8, !tbaa !17
  %41 = add i64 %40, 1
  store i64 %41, ptr %39, align 8, !tbaa !17
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.LRU, ptr %42, i32 0, i32 4
  %44 = load i32, ptr %43, align 8, !tbaa !18
  %45 = icmp slt i32 %44, 256
  br i1 %45, label %46, label %51

46:                                               ; preds = %37
  %47 = load ptr, ptr %4, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw %struct.LRU, ptr %47, i32 0, i32 4
  %49 = load i32, ptr %48, align 8, !tbaa !18
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %48, align 8, !tbaa !18
  store i32 %49, ptr %6, align 4, !tbaa !5
  br label %63

51:                                               ; preds = %37
  %52 = load ptr, ptr %4, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.LRU, ptr %52, i32 0, i32 3
  %54 = load i32, ptr %53, align 4, !tbaa !19
  store i32 %54, ptr %6, align 4, !tbaa !5
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = load i32, ptr %6, align 4, !tbaa !5
  call void @list_unlink(ptr noundef %55, i32 noundef %56) #5
  %57 = load ptr, ptr %4, align 8, !tbaa !9
  %58 = load i32, ptr %6, align 4, !tbaa !5
  call void @hash_remove(ptr noundef %57, i32 noundef %58) #5
  %59 = load ptr, ptr %4, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.LRU, ptr %59, i32 0, i32 7
  %61 = load i64, ptr %60, align 8, !tbaa !20
  %62 = add i64 %61, 1
  store i64 %62, ptr %60, align 8, !tbaa !20
  br label %63

63:                                               ; preds = %51, %46
  %64 = load i32, ptr %5, align 4, !tbaa !5
  %65 = load ptr, ptr %4, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.LRU, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %6, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [256 x %struct.Entry], ptr %66, i64 0, i64 %68
  %70 = getelementptr inbounds nuw %struct.Entry, ptr %69, i32 0, i32 0
  store i32 %64, ptr %70, align 4, !tbaa !21
  %71 = load i32, ptr %5, align 4, !tbaa !5
  %72 = call i32 @backing_load(i32 noundef %71) #5
  %73 = load ptr, ptr %4, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.LRU, ptr %73, i32 0, i32 0
  %75 = load i32, ptr %6, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [256 x %struct.Entry], ptr %74, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.Entry, ptr %77, i32 0, i32 1
  store i32 %72, ptr %78, align 4, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %79 = load i32, ptr %5, align 4, !tbaa !5
  %80 = call i32 @bucket_of(i32 noundef %79) #5
  store i32 %80, ptr %8, align 4, !tbaa !5
  %81 = load ptr, ptr %4, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.LRU, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %8, align 4, !tbaa !5
  %84 = zext i32 %83 to i64
  %85 = getelementptr inbounds nuw [512 x i32], ptr %82, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = load ptr, ptr %4, align 8, !tbaa !9
  %88 = getelementptr inbounds nuw %struct.LRU, ptr %87, i32 0, i32 0
  %89 = load i32, ptr %6, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [256 x %struct.Entry], ptr %88, i64 0, i64 %90
  %92 = getelementptr inbounds nuw %struct.Entry, ptr %91, i32 0, i32 4
  store i32 %86, ptr %92, align 4, !tbaa !22
  %93 = load i32, ptr %6, align 4, !tbaa !5
  %94 = load ptr, ptr %4, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw %struct.LRU, ptr %94, i32 0, i32 1
  %96 = load i32, ptr %8, align 4, !tbaa !5
  %97 = zext i32 %96 to i64
  %98 = getelementptr inbounds nuw [512 x i32], ptr %95, i64 0, i64 %97
  store i32 %93, ptr %98, align 4, !tbaa !5
  %99 = load ptr, ptr %4, align 8, !tbaa !9
  %100 = load i32, ptr %6, align 4, !tbaa !5
  call void @list_push_front(ptr noundef %99, i32 noundef %100) #5
  %101 = load ptr, ptr %4, align 8, !tbaa !9
  %102 = getelementptr inbounds nuw %struct.LRU, ptr %101, i32 0, i32 0
  %103 = load i32, ptr %6, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [256 x %struct.Entry], ptr %102, i64 0, i64 %104
  %106 = getelementptr inbounds nuw %struct.Entry, ptr %105, i32 0, i32 1
  %107 = load i32, ptr %106, align 4, !tbaa !15
  store i32 %107, ptr %3, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %108

108:                                              ; preds = %63, %29
  call void @llvm.lifetime.end.p0(ptr %6) #4
  %109 = load i32, ptr %3, align 4
  ret i32 %109
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hash_find(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.LRU, ptr %6, i32 0, i32 1
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = call i32 @bucket_of(i32 noundef %8) #5
  %10 = zext i32 %9 to i64
  %11 = getelementptr inbounds nuw [512 x i32], ptr %7, i64 0, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %12, ptr %5, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %28, %2
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = icmp sge i32 %14, 0
  br i1 %15, label %16, label %26

16:                                               ; preds = %13
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.LRU, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [256 x %struct.Entry], ptr %18, i64 0, i64 %20
  %22 = getelementptr inbounds nuw %struct.Entry, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 4, !tbaa !21
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = icmp ne i32 %23, %24
  br label %26

26:                                               ; preds = %16, %13
  %27 = phi i1 [ false, %13 ], [ %25, %16 ]
  br i1 %27, label %28, label %36

28:                                               ; preds = %26
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.LRU, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [256 x %struct.Entry], ptr %30, i64 0, i64 %32
  %34 = getelementptr inbounds nuw %struct.Entry, ptr %33, i32 0, i32 4
  %35 = load i32, ptr %34, align 4, !tbaa !22
  store i32 %35, ptr %5, align 4, !tbaa !5
  br label %13, !llvm.loop !23

36:                                               ; preds = %26
  %37 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret i32 %37
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @list_unlink(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.LRU, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [256 x %struct.Entry], ptr %7, i64 0, i64 %9
  store ptr %10, ptr %5, align 8, !tbaa !25
  %11 = load ptr, ptr %5, align 8, !tbaa !25
  %12 = getelementptr inbounds nuw %struct.Entry, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4, !tbaa !27
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %15, label %27

15:                                               ; preds = %2
  %16 = load ptr, ptr %5, align 8, !tbaa !25
  %17 = getelementptr inbounds nuw %struct.Entry, ptr %16, i32 0, i32 3
  %18 = load i32, ptr %17, align 4, !tbaa !28
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.LRU, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %5, align 8, !tbaa !25
  %22 = getelementptr inbounds nuw %struct.Entry, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 4, !tbaa !27
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [256 x %struct.Entry], ptr %20, i64 0, i64 %24
  %26 = getelementptr inbounds nuw %struct.Entry, ptr %25, i32 0, i32 3
  store i32 %18, ptr %26, align 4, !tbaa !28
  br label %33

27:                                               ; preds = %2
  %28 = load ptr, ptr %5, align 8, !tbaa !25
  %29 = getelementptr inbounds nuw %struct.Entry, ptr %28, i32 0, i32 3
  %30 = load i32, ptr %29, align 4, !tbaa !28
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.LRU, ptr %31, i32 0, i32 2
  store i32 %30, ptr %32, align 8, !tbaa !14
  br label %33

33:                                               ; preds = %27, %15
  %34 = load ptr, ptr %5, align 8, !tbaa !25
  %35 = getelementptr inbounds nuw %struct.Entry, ptr %34, i32 0, i32 3
  %36 = load i32, ptr %35, align 4, !tbaa !28
  %37 = icmp sge i32 %36, 0
  br i1 %37, label %38, label %50

38:                                               ; preds = %33
  %39 = load ptr, ptr %5, align 8, !tbaa !25
  %40 = getelementptr inbounds nuw %struct.Entry, ptr %39, i32 0, i32 2
  %41 = load i32, ptr %40, align 4, !tbaa !27
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.LRU, ptr %42, i32 0, i32 0
  %44 = load ptr, ptr %5, align 8, !tbaa !25
  %45 = getelementptr inbounds nuw %struct.Entry, ptr %44, i32 0, i32 3
  %46 = load i32, ptr %45, align 4, !tbaa !28
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [256 x %struct.Entry], ptr %43, i64 0, i64 %47
  %49 = getelementptr inbounds nuw %struct.Entry, ptr %48, i32 0, i32 2
  store i32 %41, ptr %49, align 4, !tbaa !27
  br label %56

50:                                               ; preds = %33
  %51 = load ptr, ptr %5, align 8, !tbaa !25
  %52 = getelementptr inbounds nuw %struct.Entry, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %52, align 4, !tbaa !27
  %54 = load ptr, ptr %3, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.LRU, ptr %54, i32 0, i32 3
  store i32 %53, ptr %55, align 4, !tbaa !19
  br label %56

56:                                               ; preds = %50, %38
  %57 = load ptr, ptr %5, align 8, !tbaa !25
  %58 = getelementptr inbounds nuw %struct.Entry, ptr %57, i32 0, i32 3
  store i32 -1, ptr %58, align 4, !tbaa !28
  %59 = load ptr, ptr %5, align 8, !tbaa !25
  %60 = getelementptr inbounds nuw %struct.Entry, ptr %59, i32 0, i32 2
  store i32 -1, ptr %60, align 4, !tbaa !27
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @list_push_front(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.LRU, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [256 x %struct.Entry], ptr %7, i64 0, i64 %9
  store ptr %10, ptr %5, align 8, !tbaa !25
  %11 = load ptr, ptr %5, align 8, !tbaa !25
  %12 = getelementptr inbounds nuw %struct.Entry, ptr %11, i32 0, i32 2
  store i32 -1, ptr %12, align 4, !tbaa !27
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.LRU, ptr %13, i32 0, i32 2
  %15 = load i32, ptr %14, align 8, !tbaa !14
  %16 = load ptr, ptr %5, align 8, !tbaa !25
  %17 = getelementptr inbounds nuw %struct.Entry, ptr %16, i32 0, i32 3
  store i32 %15, ptr %17, align 4, !tbaa !28
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.LRU, ptr %18, i32 0, i32 2
  %20 = load i32, ptr %19, align 8, !tbaa !14
  %21 = icmp sge i32 %20, 0
  br i1 %21, label %22, label %32

22:                                               ; preds = %2
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.LRU, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.LRU, ptr %26, i32 0, i32 2
  %28 = load i32, ptr %27, align 8, !tbaa !14
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [256 x %struct.Entry], ptr %25, i64 0, i64 %29
  %31 = getelementptr inbounds nuw %struct.Entry, ptr %30, i32 0, i32 2
  store i32 %23, ptr %31, align 4, !tbaa !27
  br label %32

32:                                               ; preds = %22, %2
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.LRU, ptr %34, i32 0, i32 2
  store i32 %33, ptr %35, align 8, !tbaa !14
  %36 = load ptr, ptr %3, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.LRU, ptr %36, i32 0, i32 3
  %38 = load i32, ptr %37, align 4, !tbaa !19
  %39 = icmp slt i32 %38, 0
  br i1 %39, label %40, label %44

40:                                               ; preds = %32
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.LRU, ptr %42, i32 0, i32 3
  store i32 %41, ptr %43, align 4, !tbaa !19
  br label %44

44:                                               ; preds = %40, %32
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @hash_remove(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.LRU, ptr %6, i32 0, i32 1
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.LRU, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [256 x %struct.Entry], ptr %9, i64 0, i64 %11
  %13 = getelementptr inbounds nuw %struct.Entry, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %13, align 4, !tbaa !21
  %15 = call i32 @bucket_of(i32 noundef %14) #5
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds nuw [512 x i32], ptr %7, i64 0, i64 %16
  store ptr %17, ptr %5, align 8, !tbaa !29
  br label %18

18:                                               ; preds = %23, %2
  %19 = load ptr, ptr %5, align 8, !tbaa !29
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = icmp ne i32 %20, %21
  br i1 %22, label %23, label %31

23:                                               ; preds = %18
  %24 = load ptr, ptr %3, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.LRU, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %5, align 8, !tbaa !29
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [256 x %struct.Entry], ptr %25, i64 0, i64 %28
  %30 = getelementptr inbounds nuw %struct.Entry, ptr %29, i32 0, i32 4
  store ptr %30, ptr %5, align 8, !tbaa !29
  br label %18, !llvm.loop !31

31:                                               ; preds = %18
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.LRU, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [256 x %struct.Entry], ptr %33, i64 0, i64 %35
  %37 = getelementptr inbounds nuw %struct.Entry, ptr %36, i32 0, i32 4
  %38 = load i32, ptr %37, align 4, !tbaa !22
  %39 = load ptr, ptr %5, align 8, !tbaa !29
  store i32 %38, ptr %39, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @backing_load(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %5 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %5, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %18, %1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 8
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %21

10:                                               ; preds = %6
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = lshr i32 %12, 7
  %14 = xor i32 %11, %13
  %15 = mul i32 %14, 739982445
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = add i32 %15, %16
  store i32 %17, ptr %3, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %10
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !32

21:                                               ; preds = %9
  %22 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bucket_of(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = mul i32 %4, -1640531535
  store i32 %5, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = lshr i32 %6, 16
  %8 = and i32 %7, 511
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %8
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 1, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  call void @lru_init(ptr noundef @main.cache) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %66, %0
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 3
  br i1 %11, label %12, label %69

12:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %13 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 5), align 8, !tbaa !11
  store i64 %13, ptr %5, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %14 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 6), align 8, !tbaa !17
  store i64 %14, ptr %6, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %54, %12
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 40000
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %57

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = mul i32 %20, 1664525
  %22 = add i32 %21, 1013904223
  store i32 %22, ptr %2, align 4, !tbaa !5
  %23 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %23, label %43 [
    i32 0, label %24
    i32 1, label %28
  ]

24:                                               ; preds = %19
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = lshr i32 %25, 8
  %27 = urem i32 %26, 200
  store i32 %27, ptr %8, align 4, !tbaa !5
  br label %47

28:                                               ; preds = %19
  %29 = load i32, ptr %2, align 4, !tbaa !5
  %30 = lshr i32 %29, 24
  %31 = icmp ult i32 %30, 205
  br i1 %31, label %32, label %36

32:                                               ; preds = %28
  %33 = load i32, ptr %2, align 4, !tbaa !5
  %34 = lshr i32 %33, 8
  %35 = urem i32 %34, 128
  br label %41

36:                                               ; preds = %28
  %37 = load i32, ptr %2, align 4, !tbaa !5
  %38 = lshr i32 %37, 8
  %39 = urem i32 %38, 5000
  %40 = add i32 1000, %39
  br label %41

41:                                               ; preds = %36, %32
  %42 = phi i32 [ %35, %32 ], [ %40, %36 ]
  store i32 %42, ptr %8, align 4, !tbaa !5
  br label %47

43:                                               ; preds = %19
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = srem i32 %44, 300
  %46 = add i32 10000, %45
  store i32 %46, ptr %8, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %43, %41, %24
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = call i32 @lru_get(ptr noundef @main.cache, i32 noundef %48) #5
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = add i32 %49, %50
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = xor i32 %52, %51
  store i32 %53, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %54

54:                                               ; preds = %47
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %7, align 4, !tbaa !5
  br label %15, !llvm.loop !34

57:                                               ; preds = %18
  %58 = load i32, ptr %4, align 4, !tbaa !5
  %59 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 5), align 8, !tbaa !11
  %60 = load i64, ptr %5, align 8, !tbaa !33
  %61 = sub i64 %59, %60
  %62 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 6), align 8, !tbaa !17
  %63 = load i64, ptr %6, align 8, !tbaa !33
  %64 = sub i64 %62, %63
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %58, i64 noundef %61, i64 noundef %64) #5
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %66

66:                                               ; preds = %57
  %67 = load i32, ptr %4, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %4, align 4, !tbaa !5
  br label %9, !llvm.loop !35

69:                                               ; preds = %9
  %70 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 5), align 8, !tbaa !11
  %71 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 6), align 8, !tbaa !17
  %72 = load i64, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 7), align 8, !tbaa !20
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %70, i64 noundef %71, i64 noundef %72) #5
  %74 = call i32 @list_length(ptr noundef @main.cache) #5
  %75 = load i32, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 2), align 8, !tbaa !14
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [256 x %struct.Entry], ptr @main.cache, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.Entry, ptr %77, i32 0, i32 0
  %79 = load i32, ptr %78, align 4, !tbaa !21
  %80 = load i32, ptr getelementptr inbounds nuw (%struct.LRU, ptr @main.cache, i32 0, i32 3), align 4, !tbaa !19
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [256 x %struct.Entry], ptr @main.cache, i64 0, i64 %81
  %83 = getelementptr inbounds nuw %struct.Entry, ptr %82, i32 0, i32 0
  %84 = load i32, ptr %83, align 4, !tbaa !21
  %85 = load i32, ptr %3, align 4, !tbaa !5
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %74, i32 noundef %79, i32 noundef %84, i32 noundef %85) #5
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @lru_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %4, i8 0, i64 7208, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %15, %1
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 512
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %18

9:                                                ; preds = %5
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.LRU, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [512 x i32], ptr %11, i64 0, i64 %13
  store i32 -1, ptr %14, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %9
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %3, align 4, !tbaa !5
  br label %5, !llvm.loop !36

18:                                               ; preds = %8
  %19 = load ptr, ptr %2, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.LRU, ptr %19, i32 0, i32 3
  store i32 -1, ptr %20, align 4, !tbaa !19
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.LRU, ptr %21, i32 0, i32 2
  store i32 -1, ptr %22, align 8, !tbaa !14
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @list_length(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.LRU, ptr %5, i32 0, i32 2
  %7 = load i32, ptr %6, align 8, !tbaa !14
  store i32 %7, ptr %4, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %15, %1
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp sge i32 %9, 0
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %23

12:                                               ; preds = %8
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = add nsw i32 %13, 1
  store i32 %14, ptr %3, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %12
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.LRU, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [256 x %struct.Entry], ptr %17, i64 0, i64 %19
  %21 = getelementptr inbounds nuw %struct.Entry, ptr %20, i32 0, i32 3
  %22 = load i32, ptr %21, align 4, !tbaa !28
  store i32 %22, ptr %4, align 4, !tbaa !5
  br label %8, !llvm.loop !37

23:                                               ; preds = %11
  %24 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i32 %24
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !13, i64 7184}
!12 = !{!"", !7, i64 0, !7, i64 5120, !6, i64 7168, !6, i64 7172, !6, i64 7176, !13, i64 7184, !13, i64 7192, !13, i64 7200}
!13 = !{!"long", !7, i64 0}
!14 = !{!12, !6, i64 7168}
!15 = !{!16, !6, i64 4}
!16 = !{!"Entry", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16}
!17 = !{!12, !13, i64 7192}
!18 = !{!12, !6, i64 7176}
!19 = !{!12, !6, i64 7172}
!20 = !{!12, !13, i64 7200}
!21 = !{!16, !6, i64 0}
!22 = !{!16, !6, i64 16}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.mustprogress"}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 _ZTS5Entry", !10, i64 0}
!27 = !{!16, !6, i64 8}
!28 = !{!16, !6, i64 12}
!29 = !{!30, !30, i64 0}
!30 = !{!"p1 int", !10, i64 0}
!31 = distinct !{!31, !24}
!32 = distinct !{!32, !24}
!33 = !{!13, !13, i64 0}
!34 = distinct !{!34, !24}
!35 = distinct !{!35, !24}
!36 = distinct !{!36, !24}
!37 = distinct !{!37, !24}
