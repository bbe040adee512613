; ModuleID = 'bst.c'
source_filename = "bst.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.bst_node = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [51 x i8] c"height=%d deleted=%d range=%d sorted=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @bst_insert(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store ptr %4, ptr %6, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %41, %2
  %9 = load ptr, ptr %6, align 8, !tbaa !12
  %10 = load ptr, ptr %9, align 8, !tbaa !9
  %11 = icmp ne ptr %10, null
  br i1 %11, label %12, label %43

12:                                               ; preds = %8
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load ptr, ptr %6, align 8, !tbaa !12
  %15 = load ptr, ptr %14, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.bst_node, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8, !tbaa !15
  %18 = icmp eq i32 %13, %17
  br i1 %18, label %19, label %26

19:                                               ; preds = %12
  %20 = load ptr, ptr %6, align 8, !tbaa !12
  %21 = load ptr, ptr %20, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.bst_node, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4, !tbaa !17
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 4, !tbaa !17
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %25, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %48

26:                                               ; preds = %12
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = load ptr, ptr %6, align 8, !tbaa !12
  %29 = load ptr, ptr %28, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.bst_node, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 8, !tbaa !15
  %32 = icmp slt i32 %27, %31
  br i1 %32, label %33, label %37

33:                                               ; preds = %26
  %34 = load ptr, ptr %6, align 8, !tbaa !12
  %35 = load ptr, ptr %34, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.bst_node, ptr %35, i32 0, i32 2
  br label %41

37:                                               ; preds = %26
  %38 = load ptr, ptr %6, align 8, !tbaa !12
  %39 = load ptr, ptr %38, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.bst_node, ptr %39, i32 0, i32 3
  br label %41

41:                                               ; preds = %37, %33
  %42 = phi ptr [ %36, %33 ], [ %40, %37 ]
  store ptr %42, ptr %6, align 8, !tbaa !12
  br label %8, !llvm.loop !18

43:                                               ; preds = %8
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = call ptr @new_node(i32 noundef %44) #7
  %46 = load ptr, ptr %6, align 8, !tbaa !12
  store ptr %45, ptr %46, align 8, !tbaa !9
  %47 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %47, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %48

48:                                               ; preds = %43, %19
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %49 = load ptr, ptr %3, align 8
  ret ptr %49
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @new_node(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %4 = call noalias ptr @malloc(i64 noundef 24) #8
  store ptr %4, ptr %3, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = icmp ne ptr %5, null
  br i1 %6, label %8, label %7

7:                                                ; preds = %1
  call void @abort() #9
  unreachable

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.bst_node, ptr %10, i32 0, i32 0
  store i32 %9, ptr %11, align 8, !tbaa !15
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.bst_node, ptr %12, i32 0, i32 1
  store i32 1, ptr %13, align 4, !tbaa !17
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.bst_node, ptr %14, i32 0, i32 3
  store ptr null, ptr %15, align 8, !tbaa !20
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.bst_node, ptr %16, i32 0, i32 2
  store ptr null, ptr %17, align 8, !tbaa !21
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret ptr %18
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @bst_delete(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
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
  store ptr %2, ptr %7, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store ptr %5, ptr %8, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %40, %3
  %13 = load ptr, ptr %8, align 8, !tbaa !12
  %14 = load ptr, ptr %13, align 8, !tbaa !9
  %15 = icmp ne ptr %14, null
  br i1 %15, label %16, label %23

16:                                               ; preds = %12
  %17 = load ptr, ptr %8, align 8, !tbaa !12
  %18 = load ptr, ptr %17, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.bst_node, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %19, align 8, !tbaa !15
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = icmp ne i32 %20, %21
  br label %23

23:                                               ; preds = %16, %12
  %24 = phi i1 [ false, %12 ], [ %22, %16 ]
  br i1 %24, label %25, label %42

25:                                               ; preds = %23
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = load ptr, ptr %8, align 8, !tbaa !12
  %28 = load ptr, ptr %27, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.bst_node, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %29, align 8, !tbaa !15
  %31 = icmp slt i32 %26, %30
  br i1 %31, label %32, label %36

32:                                               ; preds = %25
  %33 = load ptr, ptr %8, align 8, !tbaa !12
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.bst_node, ptr %34, i32 0, i32 2
  br label %40

36:                                               ; preds = %25
  %37 = load ptr, ptr %8, align 8, !tbaa !12
  %38 = load ptr, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.bst_node, ptr %38, i32 0, i32 3
  br label %40

40:                                               ; preds = %36, %32
  %41 = phi ptr [ %35, %32 ], [ %39, %36 ]
  store ptr %41, ptr %8, align 8, !tbaa !12
  br label %12, !llvm.loop !24

42:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %43 = load ptr, ptr %8, align 8, !tbaa !12
  %44 = load ptr, ptr %43, align 8, !tbaa !9
  store ptr %44, ptr %9, align 8, !tbaa !9
  %45 = load ptr, ptr %9, align 8, !tbaa !9
  %46 = icmp ne ptr %45, null
  br i1 %46, label %49, label %47

47:                                               ; preds = %42
  %48 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %48, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %92

49:                                               ; preds = %42
  %50 = load ptr, ptr %7, align 8, !tbaa !22
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %50, align 4, !tbaa !5
  %53 = load ptr, ptr %9, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.bst_node, ptr %53, i32 0, i32 2
  %55 = load ptr, ptr %54, align 8, !tbaa !21
  %56 = icmp ne ptr %55, null
  br i1 %56, label %62, label %57

57:                                               ; preds = %49
  %58 = load ptr, ptr %9, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.bst_node, ptr %58, i32 0, i32 3
  %60 = load ptr, ptr %59, align 8, !tbaa !20
  %61 = load ptr, ptr %8, align 8, !tbaa !12
  store ptr %60, ptr %61, align 8, !tbaa !9
  br label %89

62:                                               ; preds = %49
  %63 = load ptr, ptr %9, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw %struct.bst_node, ptr %63, i32 0, i32 3
  %65 = load ptr, ptr %64, align 8, !tbaa !20
  %66 = icmp ne ptr %65, null
  br i1 %66, label %72, label %67

67:                                               ; preds = %62
  %68 = load ptr, ptr %9, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.bst_node, ptr %68, i32 0, i32 2
  %70 = load ptr, ptr %69, align 8, !tbaa !21
  %71 = load ptr, ptr %8, align 8, !tbaa !12
  store ptr %70, ptr %71, align 8, !tbaa !9
  br label %88

72:                                               ; preds = %62
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %73 = load ptr, ptr %9, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.bst_node, ptr %73, i32 0, i32 3
  %75 = call ptr @detach_min(ptr noundef %74) #7
  store ptr %75, ptr %11, align 8, !tbaa !9
  %76 = load ptr, ptr %9, align 8, !tbaa !9
  %77 = getelementptr inbounds nuw %struct.bst_node, ptr %76, i32 0, i32 2
  %78 = load ptr, ptr %77, align 8, !tbaa !21
  %79 = load ptr, ptr %11, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.bst_node, ptr %79, i32 0, i32 2
  store ptr %78, ptr %80, align 8, !tbaa !21
  %81 = load ptr, ptr %9, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.bst_node, ptr %81, i32 0, i32 3
  %83 = load ptr, ptr %82, align 8, !tbaa !20
  %84 = load ptr, ptr %11, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw %struct.bst_node, ptr %84, i32 0, i32 3
  store ptr %83, ptr %85, align 8, !tbaa !20
  %86 = load ptr, ptr %11, align 8, !tbaa !9
  %87 = load ptr, ptr %8, align 8, !tbaa !12
  store ptr %86, ptr %87, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %88

88:                                               ; preds = %72, %67
  br label %89

89:                                               ; preds = %88, %57
  %90 = load ptr, ptr %9, align 8, !tbaa !9
  call void @free(ptr noundef %90) #10
  %91 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %91, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %92

92:                                               ; preds = %89, %47
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %93 = load ptr, ptr %4, align 8
  ret ptr %93
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @detach_min(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !12
  br label %4

4:                                                ; preds = %10, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !12
  %6 = load ptr, ptr %5, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.bst_node, ptr %6, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8, !tbaa !21
  %9 = icmp ne ptr %8, null
  br i1 %9, label %10, label %14

10:                                               ; preds = %4
  %11 = load ptr, ptr %2, align 8, !tbaa !12
  %12 = load ptr, ptr %11, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.bst_node, ptr %12, i32 0, i32 2
  store ptr %13, ptr %2, align 8, !tbaa !12
  br label %4, !llvm.loop !25

14:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %15 = load ptr, ptr %2, align 8, !tbaa !12
  %16 = load ptr, ptr %15, align 8, !tbaa !9
  store ptr %16, ptr %3, align 8, !tbaa !9
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.bst_node, ptr %17, i32 0, i32 3
  %19 = load ptr, ptr %18, align 8, !tbaa !20
  %20 = load ptr, ptr %2, align 8, !tbaa !12
  store ptr %19, ptr %20, align 8, !tbaa !9
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret ptr %21
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bst_height(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = icmp ne ptr %6, null
  br i1 %7, label %9, label %8

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %28

9:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.bst_node, ptr %10, i32 0, i32 2
  %12 = load ptr, ptr %11, align 8, !tbaa !21
  %13 = call i32 @bst_height(ptr noundef %12) #7
  store i32 %13, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.bst_node, ptr %14, i32 0, i32 3
  %16 = load ptr, ptr %15, align 8, !tbaa !20
  %17 = call i32 @bst_height(ptr noundef %16) #7
  store i32 %17, ptr %5, align 4, !tbaa !5
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = icmp sgt i32 %18, %19
  br i1 %20, label %21, label %23

21:                                               ; preds = %9
  %22 = load i32, ptr %4, align 4, !tbaa !5
  br label %25

23:                                               ; preds = %9
  %24 = load i32, ptr %5, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %23, %21
  %26 = phi i32 [ %22, %21 ], [ %24, %23 ]
  %27 = add nsw i32 1, %26
  store i32 %27, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %28

28:                                               ; preds = %25, %8
  %29 = load i32, ptr %2, align 4
  ret i32 %29
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bst_range_count(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %48, %3
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = icmp ne ptr %9, null
  br i1 %10, label %11, label %49

11:                                               ; preds = %8
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.bst_node, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %13, align 8, !tbaa !15
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %21

17:                                               ; preds = %11
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.bst_node, ptr %18, i32 0, i32 3
  %20 = load ptr, ptr %19, align 8, !tbaa !20
  store ptr %20, ptr %4, align 8, !tbaa !9
  br label %48

21:                                               ; preds = %11
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.bst_node, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 8, !tbaa !15
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = icmp sgt i32 %24, %25
  br i1 %26, label %27, label %31

27:                                               ; preds = %21
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.bst_node, ptr %28, i32 0, i32 2
  %30 = load ptr, ptr %29, align 8, !tbaa !21
  store ptr %30, ptr %4, align 8, !tbaa !9
  br label %47

31:                                               ; preds = %21
  %32 = load ptr, ptr %4, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.bst_node, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !17
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.bst_node, ptr %35, i32 0, i32 2
  %37 = load ptr, ptr %36, align 8, !tbaa !21
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = call i32 @bst_range_count(ptr noundef %37, i32 noundef %38, i32 noundef %39) #7
  %41 = add nsw i32 %34, %40
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = add nsw i32 %42, %41
  store i32 %43, ptr %7, align 4, !tbaa !5
  %44 = load ptr, ptr %4, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.bst_node, ptr %44, i32 0, i32 3
  %46 = load ptr, ptr %45, align 8, !tbaa !20
  store ptr %46, ptr %4, align 8, !tbaa !9
  br label %47

47:                                               ; preds = %31, %27
  br label %48

48:                                               ; preds = %47, %17
  br label %8, !llvm.loop !26

49:                                               ; preds = %8
  %50 = load i32, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %50
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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store ptr null, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 123456789, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %31, %0
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 20000
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %34

14:                                               ; preds = %10
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = shl i32 %15, 13
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = xor i32 %17, %16
  store i32 %18, ptr %3, align 4, !tbaa !5
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = lshr i32 %19, 17
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = xor i32 %21, %20
  store i32 %22, ptr %3, align 4, !tbaa !5
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = shl i32 %23, 5
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = xor i32 %25, %24
  store i32 %26, ptr %3, align 4, !tbaa !5
  %27 = load ptr, ptr %2, align 8, !tbaa !9
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = urem i32 %28, 50000
  %30 = call ptr @bst_insert(ptr noundef %27, i32 noundef %29) #7
  store ptr %30, ptr %2, align 8, !tbaa !9
  br label %31

31:                                               ; preds = %14
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %4, align 4, !tbaa !5
  br label %10, !llvm.loop !27

34:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %43, %34
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = icmp slt i32 %36, 50000
  br i1 %37, label %39, label %38

38:                                               ; preds = %35
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %46

39:                                               ; preds = %35
  %40 = load ptr, ptr %2, align 8, !tbaa !9
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = call ptr @bst_delete(ptr noundef %40, i32 noundef %41, ptr noundef %5) #7
  store ptr %42, ptr %2, align 8, !tbaa !9
  br label %43

43:                                               ; preds = %39
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = add nsw i32 %44, 3
  store i32 %45, ptr %6, align 4, !tbaa !5
  br label %35, !llvm.loop !28

46:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %47 = load ptr, ptr %2, align 8, !tbaa !9
  %48 = call i32 @inorder_hash(ptr noundef %47, ptr noundef %7) #7
  store i32 %48, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %49 = load ptr, ptr %2, align 8, !tbaa !9
  %50 = call i32 @bst_range_count(ptr noundef %49, i32 noundef 10000, i32 noundef 20000) #7
  store i32 %50, ptr %9, align 4, !tbaa !5
  %51 = load ptr, ptr %2, align 8, !tbaa !9
  %52 = call i32 @bst_height(ptr noundef %51) #7
  %53 = load i32, ptr %5, align 4, !tbaa !5
  %54 = load i32, ptr %9, align 4, !tbaa !5
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %52, i32 noundef %53, i32 noundef %54, i32 noundef %55, i32 noundef %56) #7
  %58 = load ptr, ptr %2, align 8, !tbaa !9
  call void @bst_free(ptr noundef %58) #7
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @inorder_hash(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [256 x ptr], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 -1, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  %10 = load ptr, ptr %4, align 8, !tbaa !22
  store i32 1, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %11, ptr %9, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %51, %2
  %13 = load ptr, ptr %9, align 8, !tbaa !9
  %14 = icmp ne ptr %13, null
  br i1 %14, label %18, label %15

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp ne i32 %16, 0
  br label %18

18:                                               ; preds = %15, %12
  %19 = phi i1 [ true, %12 ], [ %17, %15 ]
  br i1 %19, label %20, label %69

20:                                               ; preds = %18
  br label %21

21:                                               ; preds = %29, %20
  %22 = load ptr, ptr %9, align 8, !tbaa !9
  %23 = icmp ne ptr %22, null
  br i1 %23, label %24, label %27

24:                                               ; preds = %21
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = icmp slt i32 %25, 256
  br label %27

27:                                               ; preds = %24, %21
  %28 = phi i1 [ false, %21 ], [ %26, %24 ]
  br i1 %28, label %29, label %38

29:                                               ; preds = %27
  %30 = load ptr, ptr %9, align 8, !tbaa !9
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4, !tbaa !5
  %33 = sext i32 %31 to i64
  %34 = getelementptr inbounds [256 x ptr], ptr %5, i64 0, i64 %33
  store ptr %30, ptr %34, align 8, !tbaa !9
  %35 = load ptr, ptr %9, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.bst_node, ptr %35, i32 0, i32 2
  %37 = load ptr, ptr %36, align 8, !tbaa !21
  store ptr %37, ptr %9, align 8, !tbaa !9
  br label %21, !llvm.loop !29

38:                                               ; preds = %27
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = add nsw i32 %39, -1
  store i32 %40, ptr %6, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [256 x ptr], ptr %5, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !9
  store ptr %43, ptr %9, align 8, !tbaa !9
  %44 = load ptr, ptr %9, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.bst_node, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %45, align 8, !tbaa !15
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = icmp sle i32 %46, %47
  br i1 %48, label %49, label %51

49:                                               ; preds = %38
  %50 = load ptr, ptr %4, align 8, !tbaa !22
  store i32 0, ptr %50, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %49, %38
  %52 = load ptr, ptr %9, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.bst_node, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %53, align 8, !tbaa !15
  store i32 %54, ptr %7, align 4, !tbaa !5
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = mul i32 %55, 16777619
  %57 = load ptr, ptr %9, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.bst_node, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %58, align 8, !tbaa !15
  %60 = mul nsw i32 %59, 3
  %61 = load ptr, ptr %9, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.bst_node, ptr %61, i32 0, i32 1
  %63 = load i32, ptr %62, align 4, !tbaa !17
  %64 = add nsw i32 %60, %63
  %65 = xor i32 %56, %64
  store i32 %65, ptr %8, align 4, !tbaa !5
  %66 = load ptr, ptr %9, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw %struct.bst_node, ptr %66, i32 0, i32 3
  %68 = load ptr, ptr %67, align 8, !tbaa !20
  store ptr %68, ptr %9, align 8, !tbaa !9
  br label %12, !llvm.loop !30

69:                                               ; preds = %18
  %70 = load i32, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %70
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bst_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = icmp ne ptr %3, null
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  br label %14

6:                                                ; preds = %1
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.bst_node, ptr %7, i32 0, i32 2
  %9 = load ptr, ptr %8, align 8, !tbaa !21
  call void @bst_free(ptr noundef %9) #7
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.bst_node, ptr %10, i32 0, i32 3
  %12 = load ptr, ptr %11, align 8, !tbaa !20
  call void @bst_free(ptr noundef %12) #7
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %13) #10
  br label %14

14:                                               ; preds = %6, %5
  ret void
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: minsize noreturn nounwind optsize
declare void @abort() #5

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
!10 = !{!"p1 _ZTS8bst_node", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p2 _ZTS8bst_node", !14, i64 0}
!14 = !{!"any p2 pointer", !11, i64 0}
!15 = !{!16, !6, i64 0}
!16 = !{!"bst_node", !6, i64 0, !6, i64 4, !10, i64 8, !10, i64 16}
!17 = !{!16, !6, i64 4}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{!16, !10, i64 16}
!21 = !{!16, !10, i64 8}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 int", !11, i64 0}
!24 = distinct !{!24, !19}
!25 = distinct !{!25, !19}
!26 = distinct !{!26, !19}
!27 = distinct !{!27, !19}
!28 = distinct !{!28, !19}
!29 = distinct !{!29, !19}
!30 = distinct !{!30, !19}
