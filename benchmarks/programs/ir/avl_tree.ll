; ModuleID = 'avl_tree.c'
source_filename = "avl_tree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.avl = type { i32, i32, i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [44 x i8] c"count=%d size=%d height=%d ok=%d found=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"median=%d rank(50000)=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @avl_insert(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !12
  %11 = load ptr, ptr %6, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %35, label %13

13:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %14 = call noalias ptr @malloc(i64 noundef 32) #8
  store ptr %14, ptr %10, align 8, !tbaa !9
  %15 = load ptr, ptr %10, align 8, !tbaa !9
  %16 = icmp ne ptr %15, null
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  call void @abort() #9
  unreachable

18:                                               ; preds = %13
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = load ptr, ptr %10, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 0
  store i32 %19, ptr %21, align 8, !tbaa !14
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = load ptr, ptr %10, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.avl, ptr %23, i32 0, i32 1
  store i32 %22, ptr %24, align 4, !tbaa !16
  %25 = load ptr, ptr %10, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.avl, ptr %25, i32 0, i32 5
  store ptr null, ptr %26, align 8, !tbaa !17
  %27 = load ptr, ptr %10, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 4
  store ptr null, ptr %28, align 8, !tbaa !18
  %29 = load ptr, ptr %10, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.avl, ptr %29, i32 0, i32 2
  store i32 1, ptr %30, align 8, !tbaa !19
  %31 = load ptr, ptr %10, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.avl, ptr %31, i32 0, i32 3
  store i32 1, ptr %32, align 4, !tbaa !20
  %33 = load ptr, ptr %9, align 8, !tbaa !12
  store i32 1, ptr %33, align 4, !tbaa !5
  %34 = load ptr, ptr %10, align 8, !tbaa !9
  store ptr %34, ptr %5, align 8
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %76

35:                                               ; preds = %4
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = load ptr, ptr %6, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.avl, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 8, !tbaa !14
  %40 = icmp slt i32 %36, %39
  br i1 %40, label %41, label %51

41:                                               ; preds = %35
  %42 = load ptr, ptr %6, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.avl, ptr %42, i32 0, i32 4
  %44 = load ptr, ptr %43, align 8, !tbaa !18
  %45 = load i32, ptr %7, align 4, !tbaa !5
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = load ptr, ptr %9, align 8, !tbaa !12
  %48 = call ptr @avl_insert(ptr noundef %44, i32 noundef %45, i32 noundef %46, ptr noundef %47) #10
  %49 = load ptr, ptr %6, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw %struct.avl, ptr %49, i32 0, i32 4
  store ptr %48, ptr %50, align 8, !tbaa !18
  br label %73

51:                                               ; preds = %35
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = load ptr, ptr %6, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.avl, ptr %53, i32 0, i32 0
  %55 = load i32, ptr %54, align 8, !tbaa !14
  %56 = icmp sgt i32 %52, %55
  br i1 %56, label %57, label %67

57:                                               ; preds = %51
  %58 = load ptr, ptr %6, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.avl, ptr %58, i32 0, i32 5
  %60 = load ptr, ptr %59, align 8, !tbaa !17
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = load ptr, ptr %9, align 8, !tbaa !12
  %64 = call ptr @avl_insert(ptr noundef %60, i32 noundef %61, i32 noundef %62, ptr noundef %63) #10
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.avl, ptr %65, i32 0, i32 5
  store ptr %64, ptr %66, align 8, !tbaa !17
  br label %72

67:                                               ; preds = %51
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = load ptr, ptr %6, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.avl, ptr %69, i32 0, i32 1
  store i32 %68, ptr %70, align 4, !tbaa !16
  %71 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %71, ptr %5, align 8
  br label %76

72:                                               ; preds = %57
  br label %73

73:                                               ; preds = %72, %41
  %74 = load ptr, ptr %6, align 8, !tbaa !9
  %75 = call ptr @rebalance(ptr noundef %74) #10
  store ptr %75, ptr %5, align 8
  br label %76

76:                                               ; preds = %73, %67, %18
  %77 = load ptr, ptr %5, align 8
  ret ptr %77
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: minsize noreturn nounwind optsize
declare void @abort() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @rebalance(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  call void @update(ptr noundef %6) #10
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 4
  %9 = load ptr, ptr %8, align 8, !tbaa !18
  %10 = call i32 @h_of(ptr noundef %9) #10
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 5
  %13 = load ptr, ptr %12, align 8, !tbaa !17
  %14 = call i32 @h_of(ptr noundef %13) #10
  %15 = sub nsw i32 %10, %14
  store i32 %15, ptr %4, align 4, !tbaa !5
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = icmp sgt i32 %16, 1
  br i1 %17, label %18, label %42

18:                                               ; preds = %1
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.avl, ptr %19, i32 0, i32 4
  %21 = load ptr, ptr %20, align 8, !tbaa !18
  %22 = getelementptr inbounds nuw %struct.avl, ptr %21, i32 0, i32 4
  %23 = load ptr, ptr %22, align 8, !tbaa !18
  %24 = call i32 @h_of(ptr noundef %23) #10
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.avl, ptr %25, i32 0, i32 4
  %27 = load ptr, ptr %26, align 8, !tbaa !18
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 5
  %29 = load ptr, ptr %28, align 8, !tbaa !17
  %30 = call i32 @h_of(ptr noundef %29) #10
  %31 = icmp slt i32 %24, %30
  br i1 %31, label %32, label %39

32:                                               ; preds = %18
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.avl, ptr %33, i32 0, i32 4
  %35 = load ptr, ptr %34, align 8, !tbaa !18
  %36 = call ptr @rotate_left(ptr noundef %35) #10
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.avl, ptr %37, i32 0, i32 4
  store ptr %36, ptr %38, align 8, !tbaa !18
  br label %39

39:                                               ; preds = %32, %18
  %40 = load ptr, ptr %3, align 8, !tbaa !9
  %41 = call ptr @rotate_right(ptr noundef %40) #10
  store ptr %41, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %71

42:                                               ; preds = %1
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = icmp slt i32 %43, -1
  br i1 %44, label %45, label %69

45:                                               ; preds = %42
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.avl, ptr %46, i32 0, i32 5
  %48 = load ptr, ptr %47, align 8, !tbaa !17
  %49 = getelementptr inbounds nuw %struct.avl, ptr %48, i32 0, i32 5
  %50 = load ptr, ptr %49, align 8, !tbaa !17
  %51 = call i32 @h_of(ptr noundef %50) #10
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.avl, ptr %52, i32 0, i32 5
  %54 = load ptr, ptr %53, align 8, !tbaa !17
  %55 = getelementptr inbounds nuw %struct.avl, ptr %54, i32 0, i32 4
  %56 = load ptr, ptr %55, align 8, !tbaa !18
  %57 = call i32 @h_of(ptr noundef %56) #10
  %58 = icmp slt i32 %51, %57
  br i1 %58, label %59, label %66

59:                                               ; preds = %45
  %60 = load ptr, ptr %3, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.avl, ptr %60, i32 0, i32 5
  %62 = load ptr, ptr %61, align 8, !tbaa !17
  %63 = call ptr @rotate_right(ptr noundef %62) #10
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.avl, ptr %64, i32 0, i32 5
  store ptr %63, ptr %65, align 8, !tbaa !17
  br label %66

66:                                               ; preds = %59, %45
  %67 = load ptr, ptr %3, align 8, !tbaa !9
  %68 = call ptr @rotate_left(ptr noundef %67) #10
  store ptr %68, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %71

69:                                               ; preds = %42
  %70 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %70, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %71

71:                                               ; preds = %69, %66, %39
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %72 = load ptr, ptr %2, align 8
  ret ptr %72
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @avl_remove(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !12
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = icmp ne ptr %12, null
  br i1 %13, label %15, label %14

14:                                               ; preds = %3
  store ptr null, ptr %4, align 8
  br label %74

15:                                               ; preds = %3
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.avl, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 8, !tbaa !14
  %20 = icmp slt i32 %16, %19
  br i1 %20, label %21, label %30

21:                                               ; preds = %15
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.avl, ptr %22, i32 0, i32 4
  %24 = load ptr, ptr %23, align 8, !tbaa !18
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = load ptr, ptr %7, align 8, !tbaa !12
  %27 = call ptr @avl_remove(ptr noundef %24, i32 noundef %25, ptr noundef %26) #10
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.avl, ptr %28, i32 0, i32 4
  store ptr %27, ptr %29, align 8, !tbaa !18
  br label %71

30:                                               ; preds = %15
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.avl, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 8, !tbaa !14
  %35 = icmp sgt i32 %31, %34
  br i1 %35, label %36, label %45

36:                                               ; preds = %30
  %37 = load ptr, ptr %5, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.avl, ptr %37, i32 0, i32 5
  %39 = load ptr, ptr %38, align 8, !tbaa !17
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = load ptr, ptr %7, align 8, !tbaa !12
  %42 = call ptr @avl_remove(ptr noundef %39, i32 noundef %40, ptr noundef %41) #10
  %43 = load ptr, ptr %5, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.avl, ptr %43, i32 0, i32 5
  store ptr %42, ptr %44, align 8, !tbaa !17
  br label %70

45:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %46 = load ptr, ptr %5, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.avl, ptr %46, i32 0, i32 4
  %48 = load ptr, ptr %47, align 8, !tbaa !18
  store ptr %48, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %49 = load ptr, ptr %5, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw %struct.avl, ptr %49, i32 0, i32 5
  %51 = load ptr, ptr %50, align 8, !tbaa !17
  store ptr %51, ptr %9, align 8, !tbaa !9
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  call void @free(ptr noundef %52) #11
  %53 = load ptr, ptr %7, align 8, !tbaa !12
  store i32 1, ptr %53, align 4, !tbaa !5
  %54 = load ptr, ptr %9, align 8, !tbaa !9
  %55 = icmp ne ptr %54, null
  br i1 %55, label %58, label %56

56:                                               ; preds = %45
  %57 = load ptr, ptr %8, align 8, !tbaa !9
  store ptr %57, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %69

58:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %59 = load ptr, ptr %9, align 8, !tbaa !9
  %60 = call ptr @remove_min(ptr noundef %59, ptr noundef %11) #10
  store ptr %60, ptr %9, align 8, !tbaa !9
  %61 = load ptr, ptr %8, align 8, !tbaa !9
  %62 = load ptr, ptr %11, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.avl, ptr %62, i32 0, i32 4
  store ptr %61, ptr %63, align 8, !tbaa !18
  %64 = load ptr, ptr %9, align 8, !tbaa !9
  %65 = load ptr, ptr %11, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.avl, ptr %65, i32 0, i32 5
  store ptr %64, ptr %66, align 8, !tbaa !17
  %67 = load ptr, ptr %11, align 8, !tbaa !9
  %68 = call ptr @rebalance(ptr noundef %67) #10
  store ptr %68, ptr %4, align 8
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %69

69:                                               ; preds = %58, %56
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %74

70:                                               ; preds = %36
  br label %71

71:                                               ; preds = %70, %21
  %72 = load ptr, ptr %5, align 8, !tbaa !9
  %73 = call ptr @rebalance(ptr noundef %72) #10
  store ptr %73, ptr %4, align 8
  br label %74

74:                                               ; preds = %71, %69, %14
  %75 = load ptr, ptr %4, align 8
  ret ptr %75
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @remove_min(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !21
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 4
  %8 = load ptr, ptr %7, align 8, !tbaa !18
  %9 = icmp ne ptr %8, null
  br i1 %9, label %16, label %10

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = load ptr, ptr %5, align 8, !tbaa !21
  store ptr %11, ptr %12, align 8, !tbaa !9
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 5
  %15 = load ptr, ptr %14, align 8, !tbaa !17
  store ptr %15, ptr %3, align 8
  br label %26

16:                                               ; preds = %2
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.avl, ptr %17, i32 0, i32 4
  %19 = load ptr, ptr %18, align 8, !tbaa !18
  %20 = load ptr, ptr %5, align 8, !tbaa !21
  %21 = call ptr @remove_min(ptr noundef %19, ptr noundef %20) #10
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.avl, ptr %22, i32 0, i32 4
  store ptr %21, ptr %23, align 8, !tbaa !18
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = call ptr @rebalance(ptr noundef %24) #10
  store ptr %25, ptr %3, align 8
  br label %26

26:                                               ; preds = %16, %10
  %27 = load ptr, ptr %3, align 8
  ret ptr %27
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @avl_find(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %30, %2
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = icmp ne ptr %6, null
  br i1 %7, label %8, label %14

8:                                                ; preds = %5
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.avl, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %10, align 8, !tbaa !14
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp ne i32 %11, %12
  br label %14

14:                                               ; preds = %8, %5
  %15 = phi i1 [ false, %5 ], [ %13, %8 ]
  br i1 %15, label %16, label %32

16:                                               ; preds = %14
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.avl, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %19, align 8, !tbaa !14
  %21 = icmp slt i32 %17, %20
  br i1 %21, label %22, label %26

22:                                               ; preds = %16
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.avl, ptr %23, i32 0, i32 4
  %25 = load ptr, ptr %24, align 8, !tbaa !18
  br label %30

26:                                               ; preds = %16
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 5
  %29 = load ptr, ptr %28, align 8, !tbaa !17
  br label %30

30:                                               ; preds = %26, %22
  %31 = phi ptr [ %25, %22 ], [ %29, %26 ]
  store ptr %31, ptr %3, align 8, !tbaa !9
  br label %5, !llvm.loop !24

32:                                               ; preds = %14
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  ret ptr %33
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @avl_select(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %41, %2
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %42

11:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.avl, ptr %12, i32 0, i32 4
  %14 = load ptr, ptr %13, align 8, !tbaa !18
  %15 = call i32 @sz_of(ptr noundef %14) #10
  store i32 %15, ptr %6, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %23

19:                                               ; preds = %11
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 4
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  store ptr %22, ptr %4, align 8, !tbaa !9
  br label %38

23:                                               ; preds = %11
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = icmp eq i32 %24, %25
  br i1 %26, label %27, label %29

27:                                               ; preds = %23
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %28, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %39

29:                                               ; preds = %23
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = sub nsw i32 %32, %31
  store i32 %33, ptr %5, align 4, !tbaa !5
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.avl, ptr %34, i32 0, i32 5
  %36 = load ptr, ptr %35, align 8, !tbaa !17
  store ptr %36, ptr %4, align 8, !tbaa !9
  br label %37

37:                                               ; preds = %29
  br label %38

38:                                               ; preds = %37, %19
  store i32 0, ptr %7, align 4
  br label %39

39:                                               ; preds = %38, %27
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %40 = load i32, ptr %7, align 4
  switch i32 %40, label %45 [
    i32 0, label %41
    i32 1, label %43
  ]

41:                                               ; preds = %39
  br label %8, !llvm.loop !26

42:                                               ; preds = %8
  store ptr null, ptr %3, align 8
  br label %43

43:                                               ; preds = %42, %39
  %44 = load ptr, ptr %3, align 8
  ret ptr %44

45:                                               ; preds = %39
  unreachable
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @sz_of(ptr noundef %0) #5 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = icmp ne ptr %3, null
  br i1 %4, label %5, label %9

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 3
  %8 = load i32, ptr %7, align 4, !tbaa !20
  br label %10

9:                                                ; preds = %1
  br label %10

10:                                               ; preds = %9, %5
  %11 = phi i32 [ %8, %5 ], [ 0, %9 ]
  ret i32 %11
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @avl_rank(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %30, %2
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = icmp ne ptr %7, null
  br i1 %8, label %9, label %31

9:                                                ; preds = %6
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.avl, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 8, !tbaa !14
  %14 = icmp sle i32 %10, %13
  br i1 %14, label %15, label %19

15:                                               ; preds = %9
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.avl, ptr %16, i32 0, i32 4
  %18 = load ptr, ptr %17, align 8, !tbaa !18
  store ptr %18, ptr %3, align 8, !tbaa !9
  br label %30

19:                                               ; preds = %9
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 4
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  %23 = call i32 @sz_of(ptr noundef %22) #10
  %24 = add nsw i32 %23, 1
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = add nsw i32 %25, %24
  store i32 %26, ptr %5, align 4, !tbaa !5
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.avl, ptr %27, i32 0, i32 5
  %29 = load ptr, ptr %28, align 8, !tbaa !17
  store ptr %29, ptr %3, align 8, !tbaa !9
  br label %30

30:                                               ; preds = %19, %15
  br label %6, !llvm.loop !27

31:                                               ; preds = %6
  %32 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %32
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  store ptr null, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 -559038737, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %54, %0
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 30000
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %57

19:                                               ; preds = %15
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = shl i32 %20, 13
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = xor i32 %22, %21
  store i32 %23, ptr %4, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = lshr i32 %24, 17
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = xor i32 %26, %25
  store i32 %27, ptr %4, align 4, !tbaa !5
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = shl i32 %28, 5
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = xor i32 %30, %29
  store i32 %31, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = urem i32 %32, 100000
  store i32 %33, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = lshr i32 %34, 20
  %36 = urem i32 %35, 4
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %38, label %45

38:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  %39 = load ptr, ptr %2, align 8, !tbaa !9
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = call ptr @avl_remove(ptr noundef %39, i32 noundef %40, ptr noundef %8) #10
  store ptr %41, ptr %2, align 8, !tbaa !9
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = load i32, ptr %3, align 4, !tbaa !5
  %44 = sub nsw i32 %43, %42
  store i32 %44, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %53

45:                                               ; preds = %19
  %46 = load ptr, ptr %2, align 8, !tbaa !9
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = call ptr @avl_insert(ptr noundef %46, i32 noundef %47, i32 noundef %48, ptr noundef %7) #10
  store ptr %49, ptr %2, align 8, !tbaa !9
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = load i32, ptr %3, align 4, !tbaa !5
  %52 = add nsw i32 %51, %50
  store i32 %52, ptr %3, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %45, %38
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %5, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %5, align 4, !tbaa !5
  br label %15, !llvm.loop !28

57:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %58 = load ptr, ptr %2, align 8, !tbaa !9
  %59 = call i32 @check(ptr noundef %58, i32 noundef -1, i32 noundef 1073741824, ptr noundef %9) #10
  store i32 %59, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !29
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %79, %57
  %61 = load i32, ptr %12, align 4, !tbaa !5
  %62 = icmp slt i32 %61, 100000
  br i1 %62, label %64, label %63

63:                                               ; preds = %60
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %82

64:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %65 = load ptr, ptr %2, align 8, !tbaa !9
  %66 = load i32, ptr %12, align 4, !tbaa !5
  %67 = call ptr @avl_find(ptr noundef %65, i32 noundef %66) #10
  store ptr %67, ptr %13, align 8, !tbaa !9
  %68 = load ptr, ptr %13, align 8, !tbaa !9
  %69 = icmp ne ptr %68, null
  br i1 %69, label %70, label %78

70:                                               ; preds = %64
  %71 = load ptr, ptr %13, align 8, !tbaa !9
  %72 = getelementptr inbounds nuw %struct.avl, ptr %71, i32 0, i32 1
  %73 = load i32, ptr %72, align 4, !tbaa !16
  %74 = srem i32 %73, 1000
  %75 = sext i32 %74 to i64
  %76 = load i64, ptr %11, align 8, !tbaa !29
  %77 = add nsw i64 %76, %75
  store i64 %77, ptr %11, align 8, !tbaa !29
  br label %78

78:                                               ; preds = %70, %64
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %12, align 4, !tbaa !5
  %81 = add nsw i32 %80, 7
  store i32 %81, ptr %12, align 4, !tbaa !5
  br label %60, !llvm.loop !31

82:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %83 = load ptr, ptr %2, align 8, !tbaa !9
  %84 = load i32, ptr %3, align 4, !tbaa !5
  %85 = sdiv i32 %84, 2
  %86 = call ptr @avl_select(ptr noundef %83, i32 noundef %85) #10
  store ptr %86, ptr %14, align 8, !tbaa !9
  %87 = load i32, ptr %3, align 4, !tbaa !5
  %88 = load ptr, ptr %2, align 8, !tbaa !9
  %89 = call i32 @sz_of(ptr noundef %88) #10
  %90 = load i32, ptr %10, align 4, !tbaa !5
  %91 = load i32, ptr %9, align 4, !tbaa !5
  %92 = load i64, ptr %11, align 8, !tbaa !29
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %87, i32 noundef %89, i32 noundef %90, i32 noundef %91, i64 noundef %92) #10
  %94 = load ptr, ptr %14, align 8, !tbaa !9
  %95 = icmp ne ptr %94, null
  br i1 %95, label %96, label %100

96:                                               ; preds = %82
  %97 = load ptr, ptr %14, align 8, !tbaa !9
  %98 = getelementptr inbounds nuw %struct.avl, ptr %97, i32 0, i32 0
  %99 = load i32, ptr %98, align 8, !tbaa !14
  br label %101

100:                                              ; preds = %82
  br label %101

101:                                              ; preds = %100, %96
  %102 = phi i32 [ %99, %96 ], [ -1, %100 ]
  %103 = load ptr, ptr %2, align 8, !tbaa !9
  %104 = call i32 @avl_rank(ptr noundef %103, i32 noundef 50000) #10
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %102, i32 noundef %104) #10
  %106 = load ptr, ptr %2, align 8, !tbaa !9
  call void @avl_free(ptr noundef %106) #10
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @check(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !12
  %12 = load ptr, ptr %6, align 8, !tbaa !9
  %13 = icmp ne ptr %12, null
  br i1 %13, label %15, label %14

14:                                               ; preds = %4
  store i32 0, ptr %5, align 4
  br label %90

15:                                               ; preds = %4
  %16 = load ptr, ptr %6, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.avl, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !14
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %27, label %21

21:                                               ; preds = %15
  %22 = load ptr, ptr %6, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.avl, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 8, !tbaa !14
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = icmp sgt i32 %24, %25
  br i1 %26, label %27, label %29

27:                                               ; preds = %21, %15
  %28 = load ptr, ptr %9, align 8, !tbaa !12
  store i32 0, ptr %28, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %27, %21
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %30 = load ptr, ptr %6, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.avl, ptr %30, i32 0, i32 4
  %32 = load ptr, ptr %31, align 8, !tbaa !18
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = load ptr, ptr %6, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.avl, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 8, !tbaa !14
  %37 = sub nsw i32 %36, 1
  %38 = load ptr, ptr %9, align 8, !tbaa !12
  %39 = call i32 @check(ptr noundef %32, i32 noundef %33, i32 noundef %37, ptr noundef %38) #10
  store i32 %39, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %40 = load ptr, ptr %6, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.avl, ptr %40, i32 0, i32 5
  %42 = load ptr, ptr %41, align 8, !tbaa !17
  %43 = load ptr, ptr %6, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.avl, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %44, align 8, !tbaa !14
  %46 = add nsw i32 %45, 1
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = load ptr, ptr %9, align 8, !tbaa !12
  %49 = call i32 @check(ptr noundef %42, i32 noundef %46, i32 noundef %47, ptr noundef %48) #10
  store i32 %49, ptr %11, align 4, !tbaa !5
  %50 = load i32, ptr %10, align 4, !tbaa !5
  %51 = load i32, ptr %11, align 4, !tbaa !5
  %52 = sub nsw i32 %50, %51
  %53 = icmp sgt i32 %52, 1
  br i1 %53, label %83, label %54

54:                                               ; preds = %29
  %55 = load i32, ptr %11, align 4, !tbaa !5
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = sub nsw i32 %55, %56
  %58 = icmp sgt i32 %57, 1
  br i1 %58, label %83, label %59

59:                                               ; preds = %54
  %60 = load ptr, ptr %6, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.avl, ptr %60, i32 0, i32 2
  %62 = load i32, ptr %61, align 8, !tbaa !19
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = load i32, ptr %11, align 4, !tbaa !5
  %65 = call i32 @max_i(i32 noundef %63, i32 noundef %64) #10
  %66 = add nsw i32 1, %65
  %67 = icmp ne i32 %62, %66
  br i1 %67, label %83, label %68

68:                                               ; preds = %59
  %69 = load ptr, ptr %6, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.avl, ptr %69, i32 0, i32 3
  %71 = load i32, ptr %70, align 4, !tbaa !20
  %72 = load ptr, ptr %6, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.avl, ptr %72, i32 0, i32 4
  %74 = load ptr, ptr %73, align 8, !tbaa !18
  %75 = call i32 @sz_of(ptr noundef %74) #10
  %76 = add nsw i32 1, %75
  %77 = load ptr, ptr %6, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.avl, ptr %77, i32 0, i32 5
  %79 = load ptr, ptr %78, align 8, !tbaa !17
  %80 = call i32 @sz_of(ptr noundef %79) #10
  %81 = add nsw i32 %76, %80
  %82 = icmp ne i32 %71, %81
  br i1 %82, label %83, label %85

83:                                               ; preds = %68, %59, %54, %29
  %84 = load ptr, ptr %9, align 8, !tbaa !12
  store i32 0, ptr %84, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %83, %68
  %86 = load i32, ptr %10, align 4, !tbaa !5
  %87 = load i32, ptr %11, align 4, !tbaa !5
  %88 = call i32 @max_i(i32 noundef %86, i32 noundef %87) #10
  %89 = add nsw i32 1, %88
  store i32 %89, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %90

90:                                               ; preds = %85, %14
  %91 = load i32, ptr %5, align 4
  ret i32 %91
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #6

; Function Attrs: minsize nounwind optsize uwtable
define internal void @avl_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = icmp ne ptr %3, null
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  br label %14

6:                                                ; preds = %1
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 4
  %9 = load ptr, ptr %8, align 8, !tbaa !18
  call void @avl_free(ptr noundef %9) #10
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 5
  %12 = load ptr, ptr %11, align 8, !tbaa !17
  call void @avl_free(ptr noundef %12) #10
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %13) #11
  br label %14

14:                                               ; preds = %6, %5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @update(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.avl, ptr %3, i32 0, i32 4
  %5 = load ptr, ptr %4, align 8, !tbaa !18
  %6 = call i32 @h_of(ptr noundef %5) #10
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 5
  %9 = load ptr, ptr %8, align 8, !tbaa !17
  %10 = call i32 @h_of(ptr noundef %9) #10
  %11 = call i32 @max_i(i32 noundef %6, i32 noundef %10) #10
  %12 = add nsw i32 1, %11
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 2
  store i32 %12, ptr %14, align 8, !tbaa !19
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.avl, ptr %15, i32 0, i32 4
  %17 = load ptr, ptr %16, align 8, !tbaa !18
  %18 = call i32 @sz_of(ptr noundef %17) #10
  %19 = add nsw i32 1, %18
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.avl, ptr %20, i32 0, i32 5
  %22 = load ptr, ptr %21, align 8, !tbaa !17
  %23 = call i32 @sz_of(ptr noundef %22) #10
  %24 = add nsw i32 %19, %23
  %25 = load ptr, ptr %2, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.avl, ptr %25, i32 0, i32 3
  store i32 %24, ptr %26, align 4, !tbaa !20
  ret void
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @h_of(ptr noundef %0) #5 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = icmp ne ptr %3, null
  br i1 %4, label %5, label %9

5:                                                ; preds = %1
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.avl, ptr %6, i32 0, i32 2
  %8 = load i32, ptr %7, align 8, !tbaa !19
  br label %10

9:                                                ; preds = %1
  br label %10

10:                                               ; preds = %9, %5
  %11 = phi i32 [ %8, %5 ], [ 0, %9 ]
  ret i32 %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @rotate_left(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.avl, ptr %4, i32 0, i32 5
  %6 = load ptr, ptr %5, align 8, !tbaa !17
  store ptr %6, ptr %3, align 8, !tbaa !9
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 4
  %9 = load ptr, ptr %8, align 8, !tbaa !18
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 5
  store ptr %9, ptr %11, align 8, !tbaa !17
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 4
  store ptr %12, ptr %14, align 8, !tbaa !18
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  call void @update(ptr noundef %15) #10
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  call void @update(ptr noundef %16) #10
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret ptr %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @rotate_right(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.avl, ptr %4, i32 0, i32 4
  %6 = load ptr, ptr %5, align 8, !tbaa !18
  store ptr %6, ptr %3, align 8, !tbaa !9
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.avl, ptr %7, i32 0, i32 5
  %9 = load ptr, ptr %8, align 8, !tbaa !17
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.avl, ptr %10, i32 0, i32 4
  store ptr %9, ptr %11, align 8, !tbaa !18
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.avl, ptr %13, i32 0, i32 5
  store ptr %12, ptr %14, align 8, !tbaa !17
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  call void @update(ptr noundef %15) #10
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  call void @update(ptr noundef %16) #10
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret ptr %17
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @max_i(i32 noundef %0, i32 noundef %1) #5 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp sgt i32 %5, %6
  br i1 %7, label %8, label %10

8:                                                ; preds = %2
  %9 = load i32, ptr %3, align 4, !tbaa !5
  br label %12

10:                                               ; preds = %2
  %11 = load i32, ptr %4, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %10, %8
  %13 = phi i32 [ %9, %8 ], [ %11, %10 ]
  ret i32 %13
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize allocsize(0) }
attributes #9 = { minsize noreturn nounwind optsize }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize }

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
!10 = !{!"p1 _ZTS3avl", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 int", !11, i64 0}
!14 = !{!15, !6, i64 0}
!15 = !{!"avl", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !10, i64 16, !10, i64 24}
!16 = !{!15, !6, i64 4}
!17 = !{!15, !10, i64 24}
!18 = !{!15, !10, i64 16}
!19 = !{!15, !6, i64 8}
!20 = !{!15, !6, i64 12}
!21 = !{!22, !22, i64 0}
!22 = !{!"p2 _ZTS3avl", !23, i64 0}
!23 = !{!"any p2 pointer", !11, i64 0}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = distinct !{!27, !25}
!28 = distinct !{!28, !25}
!29 = !{!30, !30, i64 0}
!30 = !{!"long", !7, i64 0}
!31 = distinct !{!31, !25}
