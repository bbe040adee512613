; ModuleID = 'rbtree.c'
source_filename = "rbtree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rb_tree = type { ptr, %struct.rb_node, i64 }
%struct.rb_node = type { i32, i32, ptr, ptr, ptr }

@main.t = internal global %struct.rb_tree zeroinitializer, align 8
@.str = private unnamed_addr constant [71 x i8] c"inserted=%d deleted=%d count=%zu walked=%zu black_height=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @rb_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.rb_tree, ptr %3, i32 0, i32 1
  %5 = getelementptr inbounds nuw %struct.rb_node, ptr %4, i32 0, i32 1
  store i32 1, ptr %5, align 4, !tbaa !11
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.rb_tree, ptr %6, i32 0, i32 1
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.rb_tree, ptr %8, i32 0, i32 1
  %10 = getelementptr inbounds nuw %struct.rb_node, ptr %9, i32 0, i32 4
  store ptr %7, ptr %10, align 8, !tbaa !16
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.rb_tree, ptr %11, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.rb_node, ptr %12, i32 0, i32 3
  store ptr %7, ptr %13, align 8, !tbaa !17
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.rb_tree, ptr %14, i32 0, i32 1
  %16 = getelementptr inbounds nuw %struct.rb_node, ptr %15, i32 0, i32 2
  store ptr %7, ptr %16, align 8, !tbaa !18
  %17 = load ptr, ptr %2, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.rb_tree, ptr %17, i32 0, i32 1
  %19 = getelementptr inbounds nuw %struct.rb_node, ptr %18, i32 0, i32 0
  store i32 0, ptr %19, align 8, !tbaa !19
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.rb_tree, ptr %20, i32 0, i32 1
  %22 = load ptr, ptr %2, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.rb_tree, ptr %22, i32 0, i32 0
  store ptr %21, ptr %23, align 8, !tbaa !20
  %24 = load ptr, ptr %2, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.rb_tree, ptr %24, i32 0, i32 2
  store i64 0, ptr %25, align 8, !tbaa !21
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @rb_insert(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.rb_tree, ptr %10, i32 0, i32 1
  store ptr %11, ptr %6, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.rb_tree, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8, !tbaa !20
  store ptr %14, ptr %7, align 8, !tbaa !22
  br label %15

15:                                               ; preds = %42, %2
  %16 = load ptr, ptr %7, align 8, !tbaa !22
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.rb_tree, ptr %17, i32 0, i32 1
  %19 = icmp ne ptr %16, %18
  br i1 %19, label %20, label %44

20:                                               ; preds = %15
  %21 = load ptr, ptr %7, align 8, !tbaa !22
  store ptr %21, ptr %6, align 8, !tbaa !22
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = load ptr, ptr %7, align 8, !tbaa !22
  %24 = getelementptr inbounds nuw %struct.rb_node, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %24, align 8, !tbaa !23
  %26 = icmp eq i32 %22, %25
  br i1 %26, label %27, label %28

27:                                               ; preds = %20
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %94

28:                                               ; preds = %20
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = load ptr, ptr %7, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.rb_node, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 8, !tbaa !23
  %33 = icmp ult i32 %29, %32
  br i1 %33, label %34, label %38

34:                                               ; preds = %28
  %35 = load ptr, ptr %7, align 8, !tbaa !22
  %36 = getelementptr inbounds nuw %struct.rb_node, ptr %35, i32 0, i32 2
  %37 = load ptr, ptr %36, align 8, !tbaa !24
  br label %42

38:                                               ; preds = %28
  %39 = load ptr, ptr %7, align 8, !tbaa !22
  %40 = getelementptr inbounds nuw %struct.rb_node, ptr %39, i32 0, i32 3
  %41 = load ptr, ptr %40, align 8, !tbaa !25
  br label %42

42:                                               ; preds = %38, %34
  %43 = phi ptr [ %37, %34 ], [ %41, %38 ]
  store ptr %43, ptr %7, align 8, !tbaa !22
  br label %15, !llvm.loop !26

44:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %45 = call noalias ptr @malloc(i64 noundef 32) #7
  store ptr %45, ptr %9, align 8, !tbaa !22
  %46 = load ptr, ptr %9, align 8, !tbaa !22
  %47 = icmp ne ptr %46, null
  br i1 %47, label %49, label %48

48:                                               ; preds = %44
  call void @abort() #8
  unreachable

49:                                               ; preds = %44
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = load ptr, ptr %9, align 8, !tbaa !22
  %52 = getelementptr inbounds nuw %struct.rb_node, ptr %51, i32 0, i32 0
  store i32 %50, ptr %52, align 8, !tbaa !23
  %53 = load ptr, ptr %6, align 8, !tbaa !22
  %54 = load ptr, ptr %9, align 8, !tbaa !22
  %55 = getelementptr inbounds nuw %struct.rb_node, ptr %54, i32 0, i32 4
  store ptr %53, ptr %55, align 8, !tbaa !28
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.rb_tree, ptr %56, i32 0, i32 1
  %58 = load ptr, ptr %9, align 8, !tbaa !22
  %59 = getelementptr inbounds nuw %struct.rb_node, ptr %58, i32 0, i32 3
  store ptr %57, ptr %59, align 8, !tbaa !25
  %60 = load ptr, ptr %9, align 8, !tbaa !22
  %61 = getelementptr inbounds nuw %struct.rb_node, ptr %60, i32 0, i32 2
  store ptr %57, ptr %61, align 8, !tbaa !24
  %62 = load ptr, ptr %9, align 8, !tbaa !22
  %63 = getelementptr inbounds nuw %struct.rb_node, ptr %62, i32 0, i32 1
  store i32 0, ptr %63, align 4, !tbaa !29
  %64 = load ptr, ptr %6, align 8, !tbaa !22
  %65 = load ptr, ptr %4, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.rb_tree, ptr %65, i32 0, i32 1
  %67 = icmp eq ptr %64, %66
  br i1 %67, label %68, label %72

68:                                               ; preds = %49
  %69 = load ptr, ptr %9, align 8, !tbaa !22
  %70 = load ptr, ptr %4, align 8, !tbaa !9
  %71 = getelementptr inbounds nuw %struct.rb_tree, ptr %70, i32 0, i32 0
  store ptr %69, ptr %71, align 8, !tbaa !20
  br label %87

72:                                               ; preds = %49
  %73 = load i32, ptr %5, align 4, !tbaa !5
  %74 = load ptr, ptr %6, align 8, !tbaa !22
  %75 = getelementptr inbounds nuw %struct.rb_node, ptr %74, i32 0, i32 0
  %76 = load i32, ptr %75, align 8, !tbaa !23
  %77 = icmp ult i32 %73, %76
  br i1 %77, label %78, label %82

78:                                               ; preds = %72
  %79 = load ptr, ptr %9, align 8, !tbaa !22
  %80 = load ptr, ptr %6, align 8, !tbaa !22
  %81 = getelementptr inbounds nuw %struct.rb_node, ptr %80, i32 0, i32 2
  store ptr %79, ptr %81, align 8, !tbaa !24
  br label %86

82:                                               ; preds = %72
  %83 = load ptr, ptr %9, align 8, !tbaa !22
  %84 = load ptr, ptr %6, align 8, !tbaa !22
  %85 = getelementptr inbounds nuw %struct.rb_node, ptr %84, i32 0, i32 3
  store ptr %83, ptr %85, align 8, !tbaa !25
  br label %86

86:                                               ; preds = %82, %78
  br label %87

87:                                               ; preds = %86, %68
  %88 = load ptr, ptr %4, align 8, !tbaa !9
  %89 = load ptr, ptr %9, align 8, !tbaa !22
  call void @insert_fixup(ptr noundef %88, ptr noundef %89) #9
  %90 = load ptr, ptr %4, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw %struct.rb_tree, ptr %90, i32 0, i32 2
  %92 = load i64, ptr %91, align 8, !tbaa !21
  %93 = add i64 %92, 1
  store i64 %93, ptr %91, align 8, !tbaa !21
  store i32 1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %94

94:                                               ; preds = %87, %27
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %95 = load i32, ptr %3, align 4
  ret i32 %95
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: minsize noreturn nounwind optsize
declare void @abort() #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @insert_fixup(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  br label %8

8:                                                ; preds = %128, %2
  %9 = load ptr, ptr %4, align 8, !tbaa !22
  %10 = getelementptr inbounds nuw %struct.rb_node, ptr %9, i32 0, i32 4
  %11 = load ptr, ptr %10, align 8, !tbaa !28
  %12 = getelementptr inbounds nuw %struct.rb_node, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !29
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %15, label %129

15:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %16 = load ptr, ptr %4, align 8, !tbaa !22
  %17 = getelementptr inbounds nuw %struct.rb_node, ptr %16, i32 0, i32 4
  %18 = load ptr, ptr %17, align 8, !tbaa !28
  %19 = getelementptr inbounds nuw %struct.rb_node, ptr %18, i32 0, i32 4
  %20 = load ptr, ptr %19, align 8, !tbaa !28
  store ptr %20, ptr %5, align 8, !tbaa !22
  %21 = load ptr, ptr %4, align 8, !tbaa !22
  %22 = getelementptr inbounds nuw %struct.rb_node, ptr %21, i32 0, i32 4
  %23 = load ptr, ptr %22, align 8, !tbaa !28
  %24 = load ptr, ptr %5, align 8, !tbaa !22
  %25 = getelementptr inbounds nuw %struct.rb_node, ptr %24, i32 0, i32 2
  %26 = load ptr, ptr %25, align 8, !tbaa !24
  %27 = icmp eq ptr %23, %26
  br i1 %27, label %28, label %78

28:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %29 = load ptr, ptr %5, align 8, !tbaa !22
  %30 = getelementptr inbounds nuw %struct.rb_node, ptr %29, i32 0, i32 3
  %31 = load ptr, ptr %30, align 8, !tbaa !25
  store ptr %31, ptr %6, align 8, !tbaa !22
  %32 = load ptr, ptr %6, align 8, !tbaa !22
  %33 = getelementptr inbounds nuw %struct.rb_node, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !29
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %46

36:                                               ; preds = %28
  %37 = load ptr, ptr %4, align 8, !tbaa !22
  %38 = getelementptr inbounds nuw %struct.rb_node, ptr %37, i32 0, i32 4
  %39 = load ptr, ptr %38, align 8, !tbaa !28
  %40 = getelementptr inbounds nuw %struct.rb_node, ptr %39, i32 0, i32 1
  store i32 1, ptr %40, align 4, !tbaa !29
  %41 = load ptr, ptr %6, align 8, !tbaa !22
  %42 = getelementptr inbounds nuw %struct.rb_node, ptr %41, i32 0, i32 1
  store i32 1, ptr %42, align 4, !tbaa !29
  %43 = load ptr, ptr %5, align 8, !tbaa !22
  %44 = getelementptr inbounds nuw %struct.rb_node, ptr %43, i32 0, i32 1
  store i32 0, ptr %44, align 4, !tbaa !29
  %45 = load ptr, ptr %5, align 8, !tbaa !22
  store ptr %45, ptr %4, align 8, !tbaa !22
  br label %77

46:                                               ; preds = %28
  %47 = load ptr, ptr %4, align 8, !tbaa !22
  %48 = load ptr, ptr %4, align 8, !tbaa !22
  %49 = getelementptr inbounds nuw %struct.rb_node, ptr %48, i32 0, i32 4
  %50 = load ptr, ptr %49, align 8, !tbaa !28
  %51 = getelementptr inbounds nuw %struct.rb_node, ptr %50, i32 0, i32 3
  %52 = load ptr, ptr %51, align 8, !tbaa !25
  %53 = icmp eq ptr %47, %52
  br i1 %53, label %54, label %60

54:                                               ; preds = %46
  %55 = load ptr, ptr %4, align 8, !tbaa !22
  %56 = getelementptr inbounds nuw %struct.rb_node, ptr %55, i32 0, i32 4
  %57 = load ptr, ptr %56, align 8, !tbaa !28
  store ptr %57, ptr %4, align 8, !tbaa !22
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = load ptr, ptr %4, align 8, !tbaa !22
  call void @left_rotate(ptr noundef %58, ptr noundef %59) #9
  br label %60

60:                                               ; preds = %54, %46
  %61 = load ptr, ptr %4, align 8, !tbaa !22
  %62 = getelementptr inbounds nuw %struct.rb_node, ptr %61, i32 0, i32 4
  %63 = load ptr, ptr %62, align 8, !tbaa !28
  %64 = getelementptr inbounds nuw %struct.rb_node, ptr %63, i32 0, i32 1
  store i32 1, ptr %64, align 4, !tbaa !29
  %65 = load ptr, ptr %4, align 8, !tbaa !22
  %66 = getelementptr inbounds nuw %struct.rb_node, ptr %65, i32 0, i32 4
  %67 = load ptr, ptr %66, align 8, !tbaa !28
  %68 = getelementptr inbounds nuw %struct.rb_node, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8, !tbaa !28
  %70 = getelementptr inbounds nuw %struct.rb_node, ptr %69, i32 0, i32 1
  store i32 0, ptr %70, align 4, !tbaa !29
  %71 = load ptr, ptr %3, align 8, !tbaa !9
  %72 = load ptr, ptr %4, align 8, !tbaa !22
  %73 = getelementptr inbounds nuw %struct.rb_node, ptr %72, i32 0, i32 4
  %74 = load ptr, ptr %73, align 8, !tbaa !28
  %75 = getelementptr inbounds nuw %struct.rb_node, ptr %74, i32 0, i32 4
  %76 = load ptr, ptr %75, align 8, !tbaa !28
  call void @right_rotate(ptr noundef %71, ptr noundef %76) #9
  br label %77

77:                                               ; preds = %60, %36
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %128

78:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %79 = load ptr, ptr %5, align 8, !tbaa !22
  %80 = getelementptr inbounds nuw %struct.rb_node, ptr %79, i32 0, i32 2
  %81 = load ptr, ptr %80, align 8, !tbaa !24
  store ptr %81, ptr %7, align 8, !tbaa !22
  %82 = load ptr, ptr %7, align 8, !tbaa !22
  %83 = getelementptr inbounds nuw %struct.rb_node, ptr %82, i32 0, i32 1
  %84 = load i32, ptr %83, align 4, !tbaa !29
  %85 = icmp eq i32 %84, 0
  br i1 %85, label %86, label %96

86:                                               ; preds = %78
  %87 = load ptr, ptr %4, align 8, !tbaa !22
  %88 = getelementptr inbounds nuw %struct.rb_node, ptr %87, i32 0, i32 4
  %89 = load ptr, ptr %88, align 8, !tbaa !28
  %90 = getelementptr inbounds nuw %struct.rb_node, ptr %89, i32 0, i32 1
  store i32 1, ptr %90, align 4, !tbaa !29
  %91 = load ptr, ptr %7, align 8, !tbaa !22
  %92 = getelementptr inbounds nuw %struct.rb_node, ptr %91, i32 0, i32 1
  store i32 1, ptr %92, align 4, !tbaa !29
  %93 = load ptr, ptr %5, align 8, !tbaa !22
  %94 = getelementptr inbounds nuw %struct.rb_node, ptr %93, i32 0, i32 1
  store i32 0, ptr %94, align 4, !tbaa !29
  %95 = load ptr, ptr %5, align 8, !tbaa !22
  store ptr %95, ptr %4, align 8, !tbaa !22
  br label %127

96:                                               ; preds = %78
  %97 = load ptr, ptr %4, align 8, !tbaa !22
  %98 = load ptr, ptr %4, align 8, !tbaa !22
  %99 = getelementptr inbounds nuw %struct.rb_node, ptr %98, i32 0, i32 4
  %100 = load ptr, ptr %99, align 8, !tbaa !28
  %101 = getelementptr inbounds nuw %struct.rb_node, ptr %100, i32 0, i32 2
  %102 = load ptr, ptr %101, align 8, !tbaa !24
  %103 = icmp eq ptr %97, %102
  br i1 %103, label %104, label %110

104:                                              ; preds = %96
  %105 = load ptr, ptr %4, align 8, !tbaa !22
  %106 = getelementptr inbounds nuw %struct.rb_node, ptr %105, i32 0, i32 4
  %107 = load ptr, ptr %106, align 8, !tbaa !28
  store ptr %107, ptr %4, align 8, !tbaa !22
  %108 = load ptr, ptr %3, align 8, !tbaa !9
  %109 = load ptr, ptr %4, align 8, !tbaa !22
  call void @right_rotate(ptr noundef %108, ptr noundef %109) #9
  br label %110

110:                                              ; preds = %104, %96
  %111 = load ptr, ptr %4, align 8, !tbaa !22
  %112 = getelementptr inbounds nuw %struct.rb_node, ptr %111, i32 0, i32 4
  %113 = load ptr, ptr %112, align 8, !tbaa !28
  %114 = getelementptr inbounds nuw %struct.rb_node, ptr %113, i32 0, i32 1
  store i32 1, ptr %114, align 4, !tbaa !29
  %115 = load ptr, ptr %4, align 8, !tbaa !22
  %116 = getelementptr inbounds nuw %struct.rb_node, ptr %115, i32 0, i32 4
  %117 = load ptr, ptr %116, align 8, !tbaa !28
  %118 = getelementptr inbounds nuw %struct.rb_node, ptr %117, i32 0, i32 4
  %119 = load ptr, ptr %118, align 8, !tbaa !28
  %120 = getelementptr inbounds nuw %struct.rb_node, ptr %119, i32 0, i32 1
  store i32 0, ptr %120, align 4, !tbaa !29
  %121 = load ptr, ptr %3, align 8, !tbaa !9
  %122 = load ptr, ptr %4, align 8, !tbaa !22
  %123 = getelementptr inbounds nuw %struct.rb_node, ptr %122, i32 0, i32 4
  %124 = load ptr, ptr %123, align 8, !tbaa !28
  %125 = getelementptr inbounds nuw %struct.rb_node, ptr %124, i32 0, i32 4
  %126 = load ptr, ptr %125, align 8, !tbaa !28
  call void @left_rotate(ptr noundef %121, ptr noundef %126) #9
  br label %127

127:                                              ; preds = %110, %86
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %128

128:                                              ; preds = %127, %77
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %8, !llvm.loop !30

129:                                              ; preds = %8
  %130 = load ptr, ptr %3, align 8, !tbaa !9
  %131 = getelementptr inbounds nuw %struct.rb_tree, ptr %130, i32 0, i32 0
  %132 = load ptr, ptr %131, align 8, !tbaa !20
  %133 = getelementptr inbounds nuw %struct.rb_node, ptr %132, i32 0, i32 1
  store i32 1, ptr %133, align 4, !tbaa !29
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @rb_delete(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.rb_tree, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !20
  store ptr %13, ptr %6, align 8, !tbaa !22
  br label %14

14:                                               ; preds = %41, %2
  %15 = load ptr, ptr %6, align 8, !tbaa !22
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.rb_tree, ptr %16, i32 0, i32 1
  %18 = icmp ne ptr %15, %17
  br i1 %18, label %19, label %25

19:                                               ; preds = %14
  %20 = load ptr, ptr %6, align 8, !tbaa !22
  %21 = getelementptr inbounds nuw %struct.rb_node, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 8, !tbaa !23
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = icmp ne i32 %22, %23
  br label %25

25:                                               ; preds = %19, %14
  %26 = phi i1 [ false, %14 ], [ %24, %19 ]
  br i1 %26, label %27, label %43

27:                                               ; preds = %25
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = load ptr, ptr %6, align 8, !tbaa !22
  %30 = getelementptr inbounds nuw %struct.rb_node, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 8, !tbaa !23
  %32 = icmp ult i32 %28, %31
  br i1 %32, label %33, label %37

33:                                               ; preds = %27
  %34 = load ptr, ptr %6, align 8, !tbaa !22
  %35 = getelementptr inbounds nuw %struct.rb_node, ptr %34, i32 0, i32 2
  %36 = load ptr, ptr %35, align 8, !tbaa !24
  br label %41

37:                                               ; preds = %27
  %38 = load ptr, ptr %6, align 8, !tbaa !22
  %39 = getelementptr inbounds nuw %struct.rb_node, ptr %38, i32 0, i32 3
  %40 = load ptr, ptr %39, align 8, !tbaa !25
  br label %41

41:                                               ; preds = %37, %33
  %42 = phi ptr [ %36, %33 ], [ %40, %37 ]
  store ptr %42, ptr %6, align 8, !tbaa !22
  br label %14, !llvm.loop !31

43:                                               ; preds = %25
  %44 = load ptr, ptr %6, align 8, !tbaa !22
  %45 = load ptr, ptr %4, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.rb_tree, ptr %45, i32 0, i32 1
  %47 = icmp eq ptr %44, %46
  br i1 %47, label %48, label %49

48:                                               ; preds = %43
  store i32 0, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %154

49:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %50 = load ptr, ptr %6, align 8, !tbaa !22
  store ptr %50, ptr %8, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %51 = load ptr, ptr %8, align 8, !tbaa !22
  %52 = getelementptr inbounds nuw %struct.rb_node, ptr %51, i32 0, i32 1
  %53 = load i32, ptr %52, align 4, !tbaa !29
  store i32 %53, ptr %10, align 4, !tbaa !5
  %54 = load ptr, ptr %6, align 8, !tbaa !22
  %55 = getelementptr inbounds nuw %struct.rb_node, ptr %54, i32 0, i32 2
  %56 = load ptr, ptr %55, align 8, !tbaa !24
  %57 = load ptr, ptr %4, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.rb_tree, ptr %57, i32 0, i32 1
  %59 = icmp eq ptr %56, %58
  br i1 %59, label %60, label %69

60:                                               ; preds = %49
  %61 = load ptr, ptr %6, align 8, !tbaa !22
  %62 = getelementptr inbounds nuw %struct.rb_node, ptr %61, i32 0, i32 3
  %63 = load ptr, ptr %62, align 8, !tbaa !25
  store ptr %63, ptr %9, align 8, !tbaa !22
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = load ptr, ptr %6, align 8, !tbaa !22
  %66 = load ptr, ptr %6, align 8, !tbaa !22
  %67 = getelementptr inbounds nuw %struct.rb_node, ptr %66, i32 0, i32 3
  %68 = load ptr, ptr %67, align 8, !tbaa !25
  call void @transplant(ptr noundef %64, ptr noundef %65, ptr noundef %68) #9
  br label %142

69:                                               ; preds = %49
  %70 = load ptr, ptr %6, align 8, !tbaa !22
  %71 = getelementptr inbounds nuw %struct.rb_node, ptr %70, i32 0, i32 3
  %72 = load ptr, ptr %71, align 8, !tbaa !25
  %73 = load ptr, ptr %4, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.rb_tree, ptr %73, i32 0, i32 1
  %75 = icmp eq ptr %72, %74
  br i1 %75, label %76, label %85

76:                                               ; preds = %69
  %77 = load ptr, ptr %6, align 8, !tbaa !22
  %78 = getelementptr inbounds nuw %struct.rb_node, ptr %77, i32 0, i32 2
  %79 = load ptr, ptr %78, align 8, !tbaa !24
  store ptr %79, ptr %9, align 8, !tbaa !22
  %80 = load ptr, ptr %4, align 8, !tbaa !9
  %81 = load ptr, ptr %6, align 8, !tbaa !22
  %82 = load ptr, ptr %6, align 8, !tbaa !22
  %83 = getelementptr inbounds nuw %struct.rb_node, ptr %82, i32 0, i32 2
  %84 = load ptr, ptr %83, align 8, !tbaa !24
  call void @transplant(ptr noundef %80, ptr noundef %81, ptr noundef %84) #9
  br label %141

85:                                               ; preds = %69
  %86 = load ptr, ptr %4, align 8, !tbaa !9
  %87 = load ptr, ptr %6, align 8, !tbaa !22
  %88 = getelementptr inbounds nuw %struct.rb_node, ptr %87, i32 0, i32 3
  %89 = load ptr, ptr %88, align 8, !tbaa !25
  %90 = call ptr @tree_min(ptr noundef %86, ptr noundef %89) #9
  store ptr %90, ptr %8, align 8, !tbaa !22
  %91 = load ptr, ptr %8, align 8, !tbaa !22
  %92 = getelementptr inbounds nuw %struct.rb_node, ptr %91, i32 0, i32 1
  %93 = load i32, ptr %92, align 4, !tbaa !29
  store i32 %93, ptr %10, align 4, !tbaa !5
  %94 = load ptr, ptr %8, align 8, !tbaa !22
  %95 = getelementptr inbounds nuw %struct.rb_node, ptr %94, i32 0, i32 3
  %96 = load ptr, ptr %95, align 8, !tbaa !25
  store ptr %96, ptr %9, align 8, !tbaa !22
  %97 = load ptr, ptr %8, align 8, !tbaa !22
  %98 = getelementptr inbounds nuw %struct.rb_node, ptr %97, i32 0, i32 4
  %99 = load ptr, ptr %98, align 8, !tbaa !28
  %100 = load ptr, ptr %6, align 8, !tbaa !22
  %101 = icmp eq ptr %99, %100
  br i1 %101, label %102, label %106

102:                                              ; preds = %85
  %103 = load ptr, ptr %8, align 8, !tbaa !22
  %104 = load ptr, ptr %9, align 8, !tbaa !22
  %105 = getelementptr inbounds nuw %struct.rb_node, ptr %104, i32 0, i32 4
  store ptr %103, ptr %105, align 8, !tbaa !28
  br label %122

106:                                              ; preds = %85
  %107 = load ptr, ptr %4, align 8, !tbaa !9
  %108 = load ptr, ptr %8, align 8, !tbaa !22
  %109 = load ptr, ptr %8, align 8, !tbaa !22
  %110 = getelementptr inbounds nuw %struct.rb_node, ptr %109, i32 0, i32 3
  %111 = load ptr, ptr %110, align 8, !tbaa !25
  call void @transplant(ptr noundef %107, ptr noundef %108, ptr noundef %111) #9
  %112 = load ptr, ptr %6, align 8, !tbaa !22
  %113 = getelementptr inbounds nuw %struct.rb_node, ptr %112, i32 0, i32 3
  %114 = load ptr, ptr %113, align 8, !tbaa !25
  %115 = load ptr, ptr %8, align 8, !tbaa !22
  %116 = getelementptr inbounds nuw %struct.rb_node, ptr %115, i32 0, i32 3
  store ptr %114, ptr %116, align 8, !tbaa !25
  %117 = load ptr, ptr %8, align 8, !tbaa !22
  %118 = load ptr, ptr %8, align 8, !tbaa !22
  %119 = getelementptr inbounds nuw %struct.rb_node, ptr %118, i32 0, i32 3
  %120 = load ptr, ptr %119, align 8, !tbaa !25
  %121 = getelementptr inbounds nuw %struct.rb_node, ptr %120, i32 0, i32 4
  store ptr %117, ptr %121, align 8, !tbaa !28
  br label %122

122:                                              ; preds = %106, %102
  %123 = load ptr, ptr %4, align 8, !tbaa !9
  %124 = load ptr, ptr %6, align 8, !tbaa !22
  %125 = load ptr, ptr %8, align 8, !tbaa !22
  call void @transplant(ptr noundef %123, ptr noundef %124, ptr noundef %125) #9
  %126 = load ptr, ptr %6, align 8, !tbaa !22
  %127 = getelementptr inbounds nuw %struct.rb_node, ptr %126, i32 0, i32 2
  %128 = load ptr, ptr %127, align 8, !tbaa !24
  %129 = load ptr, ptr %8, align 8, !tbaa !22
  %130 = getelementptr inbounds nuw %struct.rb_node, ptr %129, i32 0, i32 2
  store ptr %128, ptr %130, align 8, !tbaa !24
  %131 = load ptr, ptr %8, align 8, !tbaa !22
  %132 = load ptr, ptr %8, align 8, !tbaa !22
  %133 = getelementptr inbounds nuw %struct.rb_node, ptr %132, i32 0, i32 2
  %134 = load ptr, ptr %133, align 8, !tbaa !24
  %135 = getelementptr inbounds nuw %struct.rb_node, ptr %134, i32 0, i32 4
  store ptr %131, ptr %135, align 8, !tbaa !28
  %136 = load ptr, ptr %6, align 8, !tbaa !22
  %137 = getelementptr inbounds nuw %struct.rb_node, ptr %136, i32 0, i32 1
  %138 = load i32, ptr %137, align 4, !tbaa !29
  %139 = load ptr, ptr %8, align 8, !tbaa !22
  %140 = getelementptr inbounds nuw %struct.rb_node, ptr %139, i32 0, i32 1
  store i32 %138, ptr %140, align 4, !tbaa !29
  br label %141

141:                                              ; preds = %122, %76
  br label %142

142:                                              ; preds = %141, %60
  %143 = load ptr, ptr %6, align 8, !tbaa !22
  call void @free(ptr noundef %143) #10
  %144 = load i32, ptr %10, align 4, !tbaa !5
  %145 = icmp eq i32 %144, 1
  br i1 %145, label %146, label %149

146:                                              ; preds = %142
  %147 = load ptr, ptr %4, align 8, !tbaa !9
  %148 = load ptr, ptr %9, align 8, !tbaa !22
  call void @delete_fixup(ptr noundef %147, ptr noundef %148) #9
  br label %149

149:                                              ; preds = %146, %142
  %150 = load ptr, ptr %4, align 8, !tbaa !9
  %151 = getelementptr inbounds nuw %struct.rb_tree, ptr %150, i32 0, i32 2
  %152 = load i64, ptr %151, align 8, !tbaa !21
  %153 = add i64 %152, -1
  store i64 %153, ptr %151, align 8, !tbaa !21
  store i32 1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %154

154:                                              ; preds = %149, %48
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %155 = load i32, ptr %3, align 4
  ret i32 %155
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @transplant(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !22
  store ptr %2, ptr %6, align 8, !tbaa !22
  %7 = load ptr, ptr %5, align 8, !tbaa !22
  %8 = getelementptr inbounds nuw %struct.rb_node, ptr %7, i32 0, i32 4
  %9 = load ptr, ptr %8, align 8, !tbaa !28
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.rb_tree, ptr %10, i32 0, i32 1
  %12 = icmp eq ptr %9, %11
  br i1 %12, label %13, label %17

13:                                               ; preds = %3
  %14 = load ptr, ptr %6, align 8, !tbaa !22
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.rb_tree, ptr %15, i32 0, i32 0
  store ptr %14, ptr %16, align 8, !tbaa !20
  br label %38

17:                                               ; preds = %3
  %18 = load ptr, ptr %5, align 8, !tbaa !22
  %19 = load ptr, ptr %5, align 8, !tbaa !22
  %20 = getelementptr inbounds nuw %struct.rb_node, ptr %19, i32 0, i32 4
  %21 = load ptr, ptr %20, align 8, !tbaa !28
  %22 = getelementptr inbounds nuw %struct.rb_node, ptr %21, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8, !tbaa !24
  %24 = icmp eq ptr %18, %23
  br i1 %24, label %25, label %31

25:                                               ; preds = %17
  %26 = load ptr, ptr %6, align 8, !tbaa !22
  %27 = load ptr, ptr %5, align 8, !tbaa !22
  %28 = getelementptr inbounds nuw %struct.rb_node, ptr %27, i32 0, i32 4
  %29 = load ptr, ptr %28, align 8, !tbaa !28
  %30 = getelementptr inbounds nuw %struct.rb_node, ptr %29, i32 0, i32 2
  store ptr %26, ptr %30, align 8, !tbaa !24
  br label %37

31:                                               ; preds = %17
  %32 = load ptr, ptr %6, align 8, !tbaa !22
  %33 = load ptr, ptr %5, align 8, !tbaa !22
  %34 = getelementptr inbounds nuw %struct.rb_node, ptr %33, i32 0, i32 4
  %35 = load ptr, ptr %34, align 8, !tbaa !28
  %36 = getelementptr inbounds nuw %struct.rb_node, ptr %35, i32 0, i32 3
  store ptr %32, ptr %36, align 8, !tbaa !25
  br label %37

37:                                               ; preds = %31, %25
  br label %38

38:                                               ; preds = %37, %13
  %39 = load ptr, ptr %5, align 8, !tbaa !22
  %40 = getelementptr inbounds nuw %struct.rb_node, ptr %39, i32 0, i32 4
  %41 = load ptr, ptr %40, align 8, !tbaa !28
  %42 = load ptr, ptr %6, align 8, !tbaa !22
  %43 = getelementptr inbounds nuw %struct.rb_node, ptr %42, i32 0, i32 4
  store ptr %41, ptr %43, align 8, !tbaa !28
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @tree_min(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  br label %5

5:                                                ; preds = %12, %2
  %6 = load ptr, ptr %4, align 8, !tbaa !22
  %7 = getelementptr inbounds nuw %struct.rb_node, ptr %6, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8, !tbaa !24
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.rb_tree, ptr %9, i32 0, i32 1
  %11 = icmp ne ptr %8, %10
  br i1 %11, label %12, label %16

12:                                               ; preds = %5
  %13 = load ptr, ptr %4, align 8, !tbaa !22
  %14 = getelementptr inbounds nuw %struct.rb_node, ptr %13, i32 0, i32 2
  %15 = load ptr, ptr %14, align 8, !tbaa !24
  store ptr %15, ptr %4, align 8, !tbaa !22
  br label %5, !llvm.loop !32

16:                                               ; preds = %5
  %17 = load ptr, ptr %4, align 8, !tbaa !22
  ret ptr %17
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @delete_fixup(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  br label %7

7:                                                ; preds = %210, %2
  %8 = load ptr, ptr %4, align 8, !tbaa !22
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.rb_tree, ptr %9, i32 0, i32 0
  %11 = load ptr, ptr %10, align 8, !tbaa !20
  %12 = icmp ne ptr %8, %11
  br i1 %12, label %13, label %18

13:                                               ; preds = %7
  %14 = load ptr, ptr %4, align 8, !tbaa !22
  %15 = getelementptr inbounds nuw %struct.rb_node, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !29
  %17 = icmp eq i32 %16, 1
  br label %18

18:                                               ; preds = %13, %7
  %19 = phi i1 [ false, %7 ], [ %17, %13 ]
  br i1 %19, label %20, label %211

20:                                               ; preds = %18
  %21 = load ptr, ptr %4, align 8, !tbaa !22
  %22 = load ptr, ptr %4, align 8, !tbaa !22
  %23 = getelementptr inbounds nuw %struct.rb_node, ptr %22, i32 0, i32 4
  %24 = load ptr, ptr %23, align 8, !tbaa !28
  %25 = getelementptr inbounds nuw %struct.rb_node, ptr %24, i32 0, i32 2
  %26 = load ptr, ptr %25, align 8, !tbaa !24
  %27 = icmp eq ptr %21, %26
  br i1 %27, label %28, label %119

28:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %29 = load ptr, ptr %4, align 8, !tbaa !22
  %30 = getelementptr inbounds nuw %struct.rb_node, ptr %29, i32 0, i32 4
  %31 = load ptr, ptr %30, align 8, !tbaa !28
  %32 = getelementptr inbounds nuw %struct.rb_node, ptr %31, i32 0, i32 3
  %33 = load ptr, ptr %32, align 8, !tbaa !25
  store ptr %33, ptr %5, align 8, !tbaa !22
  %34 = load ptr, ptr %5, align 8, !tbaa !22
  %35 = getelementptr inbounds nuw %struct.rb_node, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 4, !tbaa !29
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %38, label %54

38:                                               ; preds = %28
  %39 = load ptr, ptr %5, align 8, !tbaa !22
  %40 = getelementptr inbounds nuw %struct.rb_node, ptr %39, i32 0, i32 1
  store i32 1, ptr %40, align 4, !tbaa !29
  %41 = load ptr, ptr %4, align 8, !tbaa !22
  %42 = getelementptr inbounds nuw %struct.rb_node, ptr %41, i32 0, i32 4
  %43 = load ptr, ptr %42, align 8, !tbaa !28
  %44 = getelementptr inbounds nuw %struct.rb_node, ptr %43, i32 0, i32 1
  store i32 0, ptr %44, align 4, !tbaa !29
  %45 = load ptr, ptr %3, align 8, !tbaa !9
  %46 = load ptr, ptr %4, align 8, !tbaa !22
  %47 = getelementptr inbounds nuw %struct.rb_node, ptr %46, i32 0, i32 4
  %48 = load ptr, ptr %47, align 8, !tbaa !28
  call void @left_rotate(ptr noundef %45, ptr noundef %48) #9
  %49 = load ptr, ptr %4, align 8, !tbaa !22
  %50 = getelementptr inbounds nuw %struct.rb_node, ptr %49, i32 0, i32 4
  %51 = load ptr, ptr %50, align 8, !tbaa !28
  %52 = getelementptr inbounds nuw %struct.rb_node, ptr %51, i32 0, i32 3
  %53 = load ptr, ptr %52, align 8, !tbaa !25
  store ptr %53, ptr %5, align 8, !tbaa !22
  br label %54

54:                                               ; preds = %38, %28
  %55 = load ptr, ptr %5, align 8, !tbaa !22
  %56 = getelementptr inbounds nuw %struct.rb_node, ptr %55, i32 0, i32 2
  %57 = load ptr, ptr %56, align 8, !tbaa !24
  %58 = getelementptr inbounds nuw %struct.rb_node, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 4, !tbaa !29
  %60 = icmp eq i32 %59, 1
  br i1 %60, label %61, label %74

61:                                               ; preds = %54
  %62 = load ptr, ptr %5, align 8, !tbaa !22
  %63 = getelementptr inbounds nuw %struct.rb_node, ptr %62, i32 0, i32 3
  %64 = load ptr, ptr %63, align 8, !tbaa !25
  %65 = getelementptr inbounds nuw %struct.rb_node, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !29
  %67 = icmp eq i32 %66, 1
  br i1 %67, label %68, label %74

68:                                               ; preds = %61
  %69 = load ptr, ptr %5, align 8, !tbaa !22
  %70 = getelementptr inbounds nuw %struct.rb_node, ptr %69, i32 0, i32 1
  store i32 0, ptr %70, align 4, !tbaa !29
  %71 = load ptr, ptr %4, align 8, !tbaa !22
  %72 = getelementptr inbounds nuw %struct.rb_node, ptr %71, i32 0, i32 4
  %73 = load ptr, ptr %72, align 8, !tbaa !28
  store ptr %73, ptr %4, align 8, !tbaa !22
  br label %118

74:                                               ; preds = %61, %54
  %75 = load ptr, ptr %5, align 8, !tbaa !22
  %76 = getelementptr inbounds nuw %struct.rb_node, ptr %75, i32 0, i32 3
  %77 = load ptr, ptr %76, align 8, !tbaa !25
  %78 = getelementptr inbounds nuw %struct.rb_node, ptr %77, i32 0, i32 1
  %79 = load i32, ptr %78, align 4, !tbaa !29
  %80 = icmp eq i32 %79, 1
  br i1 %80, label %81, label %95

81:                                               ; preds = %74
  %82 = load ptr, ptr %5, align 8, !tbaa !22
  %83 = getelementptr inbounds nuw %struct.rb_node, ptr %82, i32 0, i32 2
  %84 = load ptr, ptr %83, align 8, !tbaa !24
  %85 = getelementptr inbounds nuw %struct.rb_node, ptr %84, i32 0, i32 1
  store i32 1, ptr %85, align 4, !tbaa !29
  %86 = load ptr, ptr %5, align 8, !tbaa !22
  %87 = getelementptr inbounds nuw %struct.rb_node, ptr %86, i32 0, i32 1
  store i32 0, ptr %87, align 4, !tbaa !29
  %88 = load ptr, ptr %3, align 8, !tbaa !9
  %89 = load ptr, ptr %5, align 8, !tbaa !22
  call void @right_rotate(ptr noundef %88, ptr noundef %89) #9
  %90 = load ptr, ptr %4, align 8, !tbaa !22
  %91 = getelementptr inbounds nuw %struct.rb_node, ptr %90, i32 0, i32 4
  %92 = load ptr, ptr %91, align 8, !tbaa !28
  %93 = getelementptr inbounds nuw %struct.rb_node, ptr %92, i32 0, i32 3
  %94 = load ptr, ptr %93, align 8, !tbaa !25
  store ptr %94, ptr %5, align 8, !tbaa !22
  br label %95

95:                                               ; preds = %81, %74
  %96 = load ptr, ptr %4, align 8, !tbaa !22
  %97 = getelementptr inbounds nuw %struct.rb_node, ptr %96, i32 0, i32 4
  %98 = load ptr, ptr %97, align 8, !tbaa !28
  %99 = getelementptr inbounds nuw %struct.rb_node, ptr %98, i32 0, i32 1
  %100 = load i32, ptr %99, align 4, !tbaa !29
  %101 = load ptr, ptr %5, align 8, !tbaa !22
  %102 = getelementptr inbounds nuw %struct.rb_node, ptr %101, i32 0, i32 1
  store i32 %100, ptr %102, align 4, !tbaa !29
  %103 = load ptr, ptr %4, align 8, !tbaa !22
  %104 = getelementptr inbounds nuw %struct.rb_node, ptr %103, i32 0, i32 4
  %105 = load ptr, ptr %104, align 8, !tbaa !28
  %106 = getelementptr inbounds nuw %struct.rb_node, ptr %105, i32 0, i32 1
  store i32 1, ptr %106, align 4, !tbaa !29
  %107 = load ptr, ptr %5, align 8, !tbaa !22
  %108 = getelementptr inbounds nuw %struct.rb_node, ptr %107, i32 0, i32 3
  %109 = load ptr, ptr %108, align 8, !tbaa !25
  %110 = getelementptr inbounds nuw %struct.rb_node, ptr %109, i32 0, i32 1
  store i32 1, ptr %110, align 4, !tbaa !29
  %111 = load ptr, ptr %3, align 8, !tbaa !9
  %112 = load ptr, ptr %4, align 8, !tbaa !22
  %113 = getelementptr inbounds nuw %struct.rb_node, ptr %112, i32 0, i32 4
  %114 = load ptr, ptr %113, align 8, !tbaa !28
  call void @left_rotate(ptr noundef %111, ptr noundef %114) #9
  %115 = load ptr, ptr %3, align 8, !tbaa !9
  %116 = getelementptr inbounds nuw %struct.rb_tree, ptr %115, i32 0, i32 0
  %117 = load ptr, ptr %116, align 8, !tbaa !20
  store ptr %117, ptr %4, align 8, !tbaa !22
  br label %118

118:                                              ; preds = %95, %68
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %210

119:                                              ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %120 = load ptr, ptr %4, align 8, !tbaa !22
  %121 = getelementptr inbounds nuw %struct.rb_node, ptr %120, i32 0, i32 4
  %122 = load ptr, ptr %121, align 8, !tbaa !28
  %123 = getelementptr inbounds nuw %struct.rb_node, ptr %122, i32 0, i32 2
  %124 = load ptr, ptr %123, align 8, !tbaa !24
  store ptr %124, ptr %6, align 8, !tbaa !22
  %125 = load ptr, ptr %6, align 8, !tbaa !22
  %126 = getelementptr inbounds nuw %struct.rb_node, ptr %125, i32 0, i32 1
  %127 = load i32, ptr %126, align 4, !tbaa !29
  %128 = icmp eq i32 %127, 0
  br i1 %128, label %129, label %145

129:                                              ; preds = %119
  %130 = load ptr, ptr %6, align 8, !tbaa !22
  %131 = getelementptr inbounds nuw %struct.rb_node, ptr %130, i32 0, i32 1
  store i32 1, ptr %131, align 4, !tbaa !29
  %132 = load ptr, ptr %4, align 8, !tbaa !22
  %133 = getelementptr inbounds nuw %struct.rb_node, ptr %132, i32 0, i32 4
  %134 = load ptr, ptr %133, align 8, !tbaa !28
  %135 = getelementptr inbounds nuw %struct.rb_node, ptr %134, i32 0, i32 1
  store i32 0, ptr %135, align 4, !tbaa !29
  %136 = load ptr, ptr %3, align 8, !tbaa !9
  %137 = load ptr, ptr %4, align 8, !tbaa !22
  %138 = getelementptr inbounds nuw %struct.rb_node, ptr %137, i32 0, i32 4
  %139 = load ptr, ptr %138, align 8, !tbaa !28
  call void @right_rotate(ptr noundef %136, ptr noundef %139) #9
  %140 = load ptr, ptr %4, align 8, !tbaa !22
  %141 = getelementptr inbounds nuw %struct.rb_node, ptr %140, i32 0, i32 4
  %142 = load ptr, ptr %141, align 8, !tbaa !28
  %143 = getelementptr inbounds nuw %struct.rb_node, ptr %142, i32 0, i32 2
  %144 = load ptr, ptr %143, align 8, !tbaa !24
  store ptr %144, ptr %6, align 8, !tbaa !22
  br label %145

145:                                              ; preds = %129, %119
  %146 = load ptr, ptr %6, align 8, !tbaa !22
  %147 = getelementptr inbounds nuw %struct.rb_node, ptr %146, i32 0, i32 3
  %148 = load ptr, ptr %147, align 8, !tbaa !25
  %149 = getelementptr inbounds nuw %struct.rb_node, ptr %148, i32 0, i32 1
  %150 = load i32, ptr %149, align 4, !tbaa !29
  %151 = icmp eq i32 %150, 1
  br i1 %151, label %152, label %165

152:                                              ; preds = %145
  %153 = load ptr, ptr %6, align 8, !tbaa !22
  %154 = getelementptr inbounds nuw %struct.rb_node, ptr %153, i32 0, i32 2
  %155 = load ptr, ptr %154, align 8, !tbaa !24
  %156 = getelementptr inbounds nuw %struct.rb_node, ptr %155, i32 0, i32 1
  %157 = load i32, ptr %156, align 4, !tbaa !29
  %158 = icmp eq i32 %157, 1
  br i1 %158, label %159, label %165

159:                                              ; preds = %152
  %160 = load ptr, ptr %6, align 8, !tbaa !22
  %161 = getelementptr inbounds nuw %struct.rb_node, ptr %160, i32 0, i32 1
  store i32 0, ptr %161, align 4, !tbaa !29
  %162 = load ptr, ptr %4, align 8, !tbaa !22
  %163 = getelementptr inbounds nuw %struct.rb_node, ptr %162, i32 0, i32 4
  %164 = load ptr, ptr %163, align 8, !tbaa !28
  store ptr %164, ptr %4, align 8, !tbaa !22
  br label %209

165:                                              ; preds = %152, %145
  %166 = load ptr, ptr %6, align 8, !tbaa !22
  %167 = getelementptr inbounds nuw %struct.rb_node, ptr %166, i32 0, i32 2
  %168 = load ptr, ptr %167, align 8, !tbaa !24
  %169 = getelementptr inbounds nuw %struct.rb_node, ptr %168, i32 0, i32 1
  %170 = load i32, ptr %169, align 4, !tbaa !29
  %171 = icmp eq i32 %170, 1
  br i1 %171, label %172, label %186

172:                                              ; preds = %165
  %173 = load ptr, ptr %6, align 8, !tbaa !22
  %174 = getelementptr inbounds nuw %struct.rb_node, ptr %173, i32 0, i32 3
  %175 = load ptr, ptr %174, align 8, !tbaa !25
  %176 = getelementptr inbounds nuw %struct.rb_node, ptr %175, i32 0, i32 1
  store i32 1, ptr %176, align 4, !tbaa !29
  %177 = load ptr, ptr %6, align 8, !tbaa !22
  %178 = getelementptr inbounds nuw %struct.rb_node, ptr %177, i32 0, i32 1
  store i32 0, ptr %178, align 4, !tbaa !29
  %179 = load ptr, ptr %3, align 8, !tbaa !9
  %180 = load ptr, ptr %6, align 8, !tbaa !22
  call void @left_rotate(ptr noundef %179, ptr noundef %180) #9
  %181 = load ptr, ptr %4, align 8, !tbaa !22
  %182 = getelementptr inbounds nuw %struct.rb_node, ptr %181, i32 0, i32 4
  %183 = load ptr, ptr %182, align 8, !tbaa !28
  %184 = getelementptr inbounds nuw %struct.rb_node, ptr %183, i32 0, i32 2
  %185 = load ptr, ptr %184, align 8, !tbaa !24
  store ptr %185, ptr %6, align 8, !tbaa !22
  br label %186

186:                                              ; preds = %172, %165
  %187 = load ptr, ptr %4, align 8, !tbaa !22
  %188 = getelementptr inbounds nuw %struct.rb_node, ptr %187, i32 0, i32 4
  %189 = load ptr, ptr %188, align 8, !tbaa !28
  %190 = getelementptr inbounds nuw %struct.rb_node, ptr %189, i32 0, i32 1
  %191 = load i32, ptr %190, align 4, !tbaa !29
  %192 = load ptr, ptr %6, align 8, !tbaa !22
  %193 = getelementptr inbounds nuw %struct.rb_node, ptr %192, i32 0, i32 1
  store i32 %191, ptr %193, align 4, !tbaa !29
  %194 = load ptr, ptr %4, align 8, !tbaa !22
  %195 = getelementptr inbounds nuw %struct.rb_node, ptr %194, i32 0, i32 4
  %196 = load ptr, ptr %195, align 8, !tbaa !28
  %197 = getelementptr inbounds nuw %struct.rb_node, ptr %196, i32 0, i32 1
  store i32 1, ptr %197, align 4, !tbaa !29
  %198 = load ptr, ptr %6, align 8, !tbaa !22
  %199 = getelementptr inbounds nuw %struct.rb_node, ptr %198, i32 0, i32 2
  %200 = load ptr, ptr %199, align 8, !tbaa !24
  %201 = getelementptr inbounds nuw %struct.rb_node, ptr %200, i32 0, i32 1
  store i32 1, ptr %201, align 4, !tbaa !29
  %202 = load ptr, ptr %3, align 8, !tbaa !9
  %203 = load ptr, ptr %4, align 8, !tbaa !22
  %204 = getelementptr inbounds nuw %struct.rb_node, ptr %203, i32 0, i32 4
  %205 = load ptr, ptr %204, align 8, !tbaa !28
  call void @right_rotate(ptr noundef %202, ptr noundef %205) #9
  %206 = load ptr, ptr %3, align 8, !tbaa !9
  %207 = getelementptr inbounds nuw %struct.rb_tree, ptr %206, i32 0, i32 0
  %208 = load ptr, ptr %207, align 8, !tbaa !20
  store ptr %208, ptr %4, align 8, !tbaa !22
  br label %209

209:                                              ; preds = %186, %159
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %210

210:                                              ; preds = %209, %118
  br label %7, !llvm.loop !33

211:                                              ; preds = %18
  %212 = load ptr, ptr %4, align 8, !tbaa !22
  %213 = getelementptr inbounds nuw %struct.rb_node, ptr %212, i32 0, i32 1
  store i32 1, ptr %213, align 4, !tbaa !29
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @rb_init(ptr noundef @main.t) #9
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 88172645463325252, ptr %2, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %46, %0
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 40000
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %49

15:                                               ; preds = %11
  %16 = load i64, ptr %2, align 8, !tbaa !34
  %17 = shl i64 %16, 13
  %18 = load i64, ptr %2, align 8, !tbaa !34
  %19 = xor i64 %18, %17
  store i64 %19, ptr %2, align 8, !tbaa !34
  %20 = load i64, ptr %2, align 8, !tbaa !34
  %21 = lshr i64 %20, 7
  %22 = load i64, ptr %2, align 8, !tbaa !34
  %23 = xor i64 %22, %21
  store i64 %23, ptr %2, align 8, !tbaa !34
  %24 = load i64, ptr %2, align 8, !tbaa !34
  %25 = shl i64 %24, 17
  %26 = load i64, ptr %2, align 8, !tbaa !34
  %27 = xor i64 %26, %25
  store i64 %27, ptr %2, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %28 = load i64, ptr %2, align 8, !tbaa !34
  %29 = urem i64 %28, 60000
  %30 = trunc i64 %29 to i32
  store i32 %30, ptr %6, align 4, !tbaa !5
  %31 = load i64, ptr %2, align 8, !tbaa !34
  %32 = lshr i64 %31, 40
  %33 = urem i64 %32, 3
  %34 = icmp eq i64 %33, 0
  br i1 %34, label %35, label %40

35:                                               ; preds = %15
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = call i32 @rb_delete(ptr noundef @main.t, i32 noundef %36) #9
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = add nsw i32 %38, %37
  store i32 %39, ptr %4, align 4, !tbaa !5
  br label %45

40:                                               ; preds = %15
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = call i32 @rb_insert(ptr noundef @main.t, i32 noundef %41) #9
  %43 = load i32, ptr %3, align 4, !tbaa !5
  %44 = add nsw i32 %43, %42
  store i32 %44, ptr %3, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %40, %35
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %5, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !35

49:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %50 = load ptr, ptr @main.t, align 8, !tbaa !20
  %51 = call i32 @validate(ptr noundef @main.t, ptr noundef %50) #9
  store i32 %51, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %52 = load ptr, ptr @main.t, align 8, !tbaa !20
  %53 = call ptr @tree_min(ptr noundef @main.t, ptr noundef %52) #9
  store ptr %53, ptr %10, align 8, !tbaa !22
  br label %54

54:                                               ; preds = %67, %49
  %55 = load ptr, ptr %10, align 8, !tbaa !22
  %56 = icmp ne ptr %55, getelementptr inbounds nuw (%struct.rb_tree, ptr @main.t, i32 0, i32 1)
  br i1 %56, label %58, label %57

57:                                               ; preds = %54
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %70

58:                                               ; preds = %54
  %59 = load i32, ptr %8, align 4, !tbaa !5
  %60 = mul i32 %59, -1640531535
  %61 = load ptr, ptr %10, align 8, !tbaa !22
  %62 = getelementptr inbounds nuw %struct.rb_node, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %62, align 8, !tbaa !23
  %64 = add i32 %60, %63
  store i32 %64, ptr %8, align 4, !tbaa !5
  %65 = load i64, ptr %9, align 8, !tbaa !34
  %66 = add i64 %65, 1
  store i64 %66, ptr %9, align 8, !tbaa !34
  br label %67

67:                                               ; preds = %58
  %68 = load ptr, ptr %10, align 8, !tbaa !22
  %69 = call ptr @successor(ptr noundef @main.t, ptr noundef %68) #9
  store ptr %69, ptr %10, align 8, !tbaa !22
  br label %54, !llvm.loop !36

70:                                               ; preds = %57
  %71 = load i32, ptr %3, align 4, !tbaa !5
  %72 = load i32, ptr %4, align 4, !tbaa !5
  %73 = load i64, ptr getelementptr inbounds nuw (%struct.rb_tree, ptr @main.t, i32 0, i32 2), align 8, !tbaa !21
  %74 = load i64, ptr %9, align 8, !tbaa !34
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = load i32, ptr %8, align 4, !tbaa !5
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %71, i32 noundef %72, i64 noundef %73, i64 noundef %74, i32 noundef %75, i32 noundef %76) #9
  %78 = load ptr, ptr @main.t, align 8, !tbaa !20
  call void @rb_free(ptr noundef @main.t, ptr noundef %78) #9
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @validate(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !22
  %9 = load ptr, ptr %5, align 8, !tbaa !22
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.rb_tree, ptr %10, i32 0, i32 1
  %12 = icmp eq ptr %9, %11
  br i1 %12, label %13, label %14

13:                                               ; preds = %2
  store i32 1, ptr %3, align 4
  br label %100

14:                                               ; preds = %2
  %15 = load ptr, ptr %5, align 8, !tbaa !22
  %16 = getelementptr inbounds nuw %struct.rb_node, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !29
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %34

19:                                               ; preds = %14
  %20 = load ptr, ptr %5, align 8, !tbaa !22
  %21 = getelementptr inbounds nuw %struct.rb_node, ptr %20, i32 0, i32 2
  %22 = load ptr, ptr %21, align 8, !tbaa !24
  %23 = getelementptr inbounds nuw %struct.rb_node, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 4, !tbaa !29
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %33, label %26

26:                                               ; preds = %19
  %27 = load ptr, ptr %5, align 8, !tbaa !22
  %28 = getelementptr inbounds nuw %struct.rb_node, ptr %27, i32 0, i32 3
  %29 = load ptr, ptr %28, align 8, !tbaa !25
  %30 = getelementptr inbounds nuw %struct.rb_node, ptr %29, i32 0, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !29
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %33, label %34

33:                                               ; preds = %26, %19
  store i32 -1, ptr %3, align 4
  br label %100

34:                                               ; preds = %26, %14
  %35 = load ptr, ptr %5, align 8, !tbaa !22
  %36 = getelementptr inbounds nuw %struct.rb_node, ptr %35, i32 0, i32 2
  %37 = load ptr, ptr %36, align 8, !tbaa !24
  %38 = load ptr, ptr %4, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.rb_tree, ptr %38, i32 0, i32 1
  %40 = icmp ne ptr %37, %39
  br i1 %40, label %41, label %52

41:                                               ; preds = %34
  %42 = load ptr, ptr %5, align 8, !tbaa !22
  %43 = getelementptr inbounds nuw %struct.rb_node, ptr %42, i32 0, i32 2
  %44 = load ptr, ptr %43, align 8, !tbaa !24
  %45 = getelementptr inbounds nuw %struct.rb_node, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %45, align 8, !tbaa !23
  %47 = load ptr, ptr %5, align 8, !tbaa !22
  %48 = getelementptr inbounds nuw %struct.rb_node, ptr %47, i32 0, i32 0
  %49 = load i32, ptr %48, align 8, !tbaa !23
  %50 = icmp uge i32 %46, %49
  br i1 %50, label %51, label %52

51:                                               ; preds = %41
  store i32 -1, ptr %3, align 4
  br label %100

52:                                               ; preds = %41, %34
  %53 = load ptr, ptr %5, align 8, !tbaa !22
  %54 = getelementptr inbounds nuw %struct.rb_node, ptr %53, i32 0, i32 3
  %55 = load ptr, ptr %54, align 8, !tbaa !25
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.rb_tree, ptr %56, i32 0, i32 1
  %58 = icmp ne ptr %55, %57
  br i1 %58, label %59, label %70

59:                                               ; preds = %52
  %60 = load ptr, ptr %5, align 8, !tbaa !22
  %61 = getelementptr inbounds nuw %struct.rb_node, ptr %60, i32 0, i32 3
  %62 = load ptr, ptr %61, align 8, !tbaa !25
  %63 = getelementptr inbounds nuw %struct.rb_node, ptr %62, i32 0, i32 0
  %64 = load i32, ptr %63, align 8, !tbaa !23
  %65 = load ptr, ptr %5, align 8, !tbaa !22
  %66 = getelementptr inbounds nuw %struct.rb_node, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %66, align 8, !tbaa !23
  %68 = icmp ule i32 %64, %67
  br i1 %68, label %69, label %70

69:                                               ; preds = %59
  store i32 -1, ptr %3, align 4
  br label %100

70:                                               ; preds = %59, %52
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %71 = load ptr, ptr %4, align 8, !tbaa !9
  %72 = load ptr, ptr %5, align 8, !tbaa !22
  %73 = getelementptr inbounds nuw %struct.rb_node, ptr %72, i32 0, i32 2
  %74 = load ptr, ptr %73, align 8, !tbaa !24
  %75 = call i32 @validate(ptr noundef %71, ptr noundef %74) #9
  store i32 %75, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %76 = load ptr, ptr %4, align 8, !tbaa !9
  %77 = load ptr, ptr %5, align 8, !tbaa !22
  %78 = getelementptr inbounds nuw %struct.rb_node, ptr %77, i32 0, i32 3
  %79 = load ptr, ptr %78, align 8, !tbaa !25
  %80 = call i32 @validate(ptr noundef %76, ptr noundef %79) #9
  store i32 %80, ptr %7, align 4, !tbaa !5
  %81 = load i32, ptr %6, align 4, !tbaa !5
  %82 = icmp slt i32 %81, 0
  br i1 %82, label %90, label %83

83:                                               ; preds = %70
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = icmp slt i32 %84, 0
  br i1 %85, label %90, label %86

86:                                               ; preds = %83
  %87 = load i32, ptr %6, align 4, !tbaa !5
  %88 = load i32, ptr %7, align 4, !tbaa !5
  %89 = icmp ne i32 %87, %88
  br i1 %89, label %90, label %91

90:                                               ; preds = %86, %83, %70
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %99

91:                                               ; preds = %86
  %92 = load i32, ptr %6, align 4, !tbaa !5
  %93 = load ptr, ptr %5, align 8, !tbaa !22
  %94 = getelementptr inbounds nuw %struct.rb_node, ptr %93, i32 0, i32 1
  %95 = load i32, ptr %94, align 4, !tbaa !29
  %96 = icmp eq i32 %95, 1
  %97 = zext i1 %96 to i32
  %98 = add nsw i32 %92, %97
  store i32 %98, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %99

99:                                               ; preds = %91, %90
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %100

100:                                              ; preds = %99, %69, %51, %33, %13
  %101 = load i32, ptr %3, align 4
  ret i32 %101
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @successor(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !22
  %7 = load ptr, ptr %5, align 8, !tbaa !22
  %8 = getelementptr inbounds nuw %struct.rb_node, ptr %7, i32 0, i32 3
  %9 = load ptr, ptr %8, align 8, !tbaa !25
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.rb_tree, ptr %10, i32 0, i32 1
  %12 = icmp ne ptr %9, %11
  br i1 %12, label %13, label %19

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = load ptr, ptr %5, align 8, !tbaa !22
  %16 = getelementptr inbounds nuw %struct.rb_node, ptr %15, i32 0, i32 3
  %17 = load ptr, ptr %16, align 8, !tbaa !25
  %18 = call ptr @tree_min(ptr noundef %14, ptr noundef %17) #9
  store ptr %18, ptr %3, align 8
  br label %43

19:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %20 = load ptr, ptr %5, align 8, !tbaa !22
  %21 = getelementptr inbounds nuw %struct.rb_node, ptr %20, i32 0, i32 4
  %22 = load ptr, ptr %21, align 8, !tbaa !28
  store ptr %22, ptr %6, align 8, !tbaa !22
  br label %23

23:                                               ; preds = %36, %19
  %24 = load ptr, ptr %6, align 8, !tbaa !22
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.rb_tree, ptr %25, i32 0, i32 1
  %27 = icmp ne ptr %24, %26
  br i1 %27, label %28, label %34

28:                                               ; preds = %23
  %29 = load ptr, ptr %5, align 8, !tbaa !22
  %30 = load ptr, ptr %6, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.rb_node, ptr %30, i32 0, i32 3
  %32 = load ptr, ptr %31, align 8, !tbaa !25
  %33 = icmp eq ptr %29, %32
  br label %34

34:                                               ; preds = %28, %23
  %35 = phi i1 [ false, %23 ], [ %33, %28 ]
  br i1 %35, label %36, label %41

36:                                               ; preds = %34
  %37 = load ptr, ptr %6, align 8, !tbaa !22
  store ptr %37, ptr %5, align 8, !tbaa !22
  %38 = load ptr, ptr %6, align 8, !tbaa !22
  %39 = getelementptr inbounds nuw %struct.rb_node, ptr %38, i32 0, i32 4
  %40 = load ptr, ptr %39, align 8, !tbaa !28
  store ptr %40, ptr %6, align 8, !tbaa !22
  br label %23, !llvm.loop !37

41:                                               ; preds = %34
  %42 = load ptr, ptr %6, align 8, !tbaa !22
  store ptr %42, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %43

43:                                               ; preds = %41, %13
  %44 = load ptr, ptr %3, align 8
  ret ptr %44
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal void @rb_free(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  %5 = load ptr, ptr %4, align 8, !tbaa !22
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.rb_tree, ptr %6, i32 0, i32 1
  %8 = icmp eq ptr %5, %7
  br i1 %8, label %9, label %10

9:                                                ; preds = %2
  br label %20

10:                                               ; preds = %2
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = load ptr, ptr %4, align 8, !tbaa !22
  %13 = getelementptr inbounds nuw %struct.rb_node, ptr %12, i32 0, i32 2
  %14 = load ptr, ptr %13, align 8, !tbaa !24
  call void @rb_free(ptr noundef %11, ptr noundef %14) #9
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = load ptr, ptr %4, align 8, !tbaa !22
  %17 = getelementptr inbounds nuw %struct.rb_node, ptr %16, i32 0, i32 3
  %18 = load ptr, ptr %17, align 8, !tbaa !25
  call void @rb_free(ptr noundef %15, ptr noundef %18) #9
  %19 = load ptr, ptr %4, align 8, !tbaa !22
  call void @free(ptr noundef %19) #10
  br label %20

20:                                               ; preds = %10, %9
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @left_rotate(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %6 = load ptr, ptr %4, align 8, !tbaa !22
  %7 = getelementptr inbounds nuw %struct.rb_node, ptr %6, i32 0, i32 3
  %8 = load ptr, ptr %7, align 8, !tbaa !25
  store ptr %8, ptr %5, align 8, !tbaa !22
  %9 = load ptr, ptr %5, align 8, !tbaa !22
  %10 = getelementptr inbounds nuw %struct.rb_node, ptr %9, i32 0, i32 2
  %11 = load ptr, ptr %10, align 8, !tbaa !24
  %12 = load ptr, ptr %4, align 8, !tbaa !22
  %13 = getelementptr inbounds nuw %struct.rb_node, ptr %12, i32 0, i32 3
  store ptr %11, ptr %13, align 8, !tbaa !25
  %14 = load ptr, ptr %5, align 8, !tbaa !22
  %15 = getelementptr inbounds nuw %struct.rb_node, ptr %14, i32 0, i32 2
  %16 = load ptr, ptr %15, align 8, !tbaa !24
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.rb_tree, ptr %17, i32 0, i32 1
  %19 = icmp ne ptr %16, %18
  br i1 %19, label %20, label %26

20:                                               ; preds = %2
  %21 = load ptr, ptr %4, align 8, !tbaa !22
  %22 = load ptr, ptr %5, align 8, !tbaa !22
  %23 = getelementptr inbounds nuw %struct.rb_node, ptr %22, i32 0, i32 2
  %24 = load ptr, ptr %23, align 8, !tbaa !24
  %25 = getelementptr inbounds nuw %struct.rb_node, ptr %24, i32 0, i32 4
  store ptr %21, ptr %25, align 8, !tbaa !28
  br label %26

26:                                               ; preds = %20, %2
  %27 = load ptr, ptr %4, align 8, !tbaa !22
  %28 = getelementptr inbounds nuw %struct.rb_node, ptr %27, i32 0, i32 4
  %29 = load ptr, ptr %28, align 8, !tbaa !28
  %30 = load ptr, ptr %5, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.rb_node, ptr %30, i32 0, i32 4
  store ptr %29, ptr %31, align 8, !tbaa !28
  %32 = load ptr, ptr %4, align 8, !tbaa !22
  %33 = getelementptr inbounds nuw %struct.rb_node, ptr %32, i32 0, i32 4
  %34 = load ptr, ptr %33, align 8, !tbaa !28
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.rb_tree, ptr %35, i32 0, i32 1
  %37 = icmp eq ptr %34, %36
  br i1 %37, label %38, label %42

38:                                               ; preds = %26
  %39 = load ptr, ptr %5, align 8, !tbaa !22
  %40 = load ptr, ptr %3, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.rb_tree, ptr %40, i32 0, i32 0
  store ptr %39, ptr %41, align 8, !tbaa !20
  br label %63

42:                                               ; preds = %26
  %43 = load ptr, ptr %4, align 8, !tbaa !22
  %44 = load ptr, ptr %4, align 8, !tbaa !22
  %45 = getelementptr inbounds nuw %struct.rb_node, ptr %44, i32 0, i32 4
  %46 = load ptr, ptr %45, align 8, !tbaa !28
  %47 = getelementptr inbounds nuw %struct.rb_node, ptr %46, i32 0, i32 2
  %48 = load ptr, ptr %47, align 8, !tbaa !24
  %49 = icmp eq ptr %43, %48
  br i1 %49, label %50, label %56

50:                                               ; preds = %42
  %51 = load ptr, ptr %5, align 8, !tbaa !22
  %52 = load ptr, ptr %4, align 8, !tbaa !22
  %53 = getelementptr inbounds nuw %struct.rb_node, ptr %52, i32 0, i32 4
  %54 = load ptr, ptr %53, align 8, !tbaa !28
  %55 = getelementptr inbounds nuw %struct.rb_node, ptr %54, i32 0, i32 2
  store ptr %51, ptr %55, align 8, !tbaa !24
  br label %62

56:                                               ; preds = %42
  %57 = load ptr, ptr %5, align 8, !tbaa !22
  %58 = load ptr, ptr %4, align 8, !tbaa !22
  %59 = getelementptr inbounds nuw %struct.rb_node, ptr %58, i32 0, i32 4
  %60 = load ptr, ptr %59, align 8, !tbaa !28
  %61 = getelementptr inbounds nuw %struct.rb_node, ptr %60, i32 0, i32 3
  store ptr %57, ptr %61, align 8, !tbaa !25
  br label %62

62:                                               ; preds = %56, %50
  br label %63

63:                                               ; preds = %62, %38
  %64 = load ptr, ptr %4, align 8, !tbaa !22
  %65 = load ptr, ptr %5, align 8, !tbaa !22
  %66 = getelementptr inbounds nuw %struct.rb_node, ptr %65, i32 0, i32 2
  store ptr %64, ptr %66, align 8, !tbaa !24
  %67 = load ptr, ptr %5, align 8, !tbaa !22
  %68 = load ptr, ptr %4, align 8, !tbaa !22
  %69 = getelementptr inbounds nuw %struct.rb_node, ptr %68, i32 0, i32 4
  store ptr %67, ptr %69, align 8, !tbaa !28
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @right_rotate(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %6 = load ptr, ptr %4, align 8, !tbaa !22
  %7 = getelementptr inbounds nuw %struct.rb_node, ptr %6, i32 0, i32 2
  %8 = load ptr, ptr %7, align 8, !tbaa !24
  store ptr %8, ptr %5, align 8, !tbaa !22
  %9 = load ptr, ptr %5, align 8, !tbaa !22
  %10 = getelementptr inbounds nuw %struct.rb_node, ptr %9, i32 0, i32 3
  %11 = load ptr, ptr %10, align 8, !tbaa !25
  %12 = load ptr, ptr %4, align 8, !tbaa !22
  %13 = getelementptr inbounds nuw %struct.rb_node, ptr %12, i32 0, i32 2
  store ptr %11, ptr %13, align 8, !tbaa !24
  %14 = load ptr, ptr %5, align 8, !tbaa !22
  %15 = getelementptr inbounds nuw %struct.rb_node, ptr %14, i32 0, i32 3
  %16 = load ptr, ptr %15, align 8, !tbaa !25
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.rb_tree, ptr %17, i32 0, i32 1
  %19 = icmp ne ptr %16, %18
  br i1 %19, label %20, label %26

20:                                               ; preds = %2
  %21 = load ptr, ptr %4, align 8, !tbaa !22
  %22 = load ptr, ptr %5, align 8, !tbaa !22
  %23 = getelementptr inbounds nuw %struct.rb_node, ptr %22, i32 0, i32 3
  %24 = load ptr, ptr %23, align 8, !tbaa !25
  %25 = getelementptr inbounds nuw %struct.rb_node, ptr %24, i32 0, i32 4
  store ptr %21, ptr %25, align 8, !tbaa !28
  br label %26

26:                                               ; preds = %20, %2
  %27 = load ptr, ptr %4, align 8, !tbaa !22
  %28 = getelementptr inbounds nuw %struct.rb_node, ptr %27, i32 0, i32 4
  %29 = load ptr, ptr %28, align 8, !tbaa !28
  %30 = load ptr, ptr %5, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.rb_node, ptr %30, i32 0, i32 4
  store ptr %29, ptr %31, align 8, !tbaa !28
  %32 = load ptr, ptr %4, align 8, !tbaa !22
  %33 = getelementptr inbounds nuw %struct.rb_node, ptr %32, i32 0, i32 4
  %34 = load ptr, ptr %33, align 8, !tbaa !28
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.rb_tree, ptr %35, i32 0, i32 1
  %37 = icmp eq ptr %34, %36
  br i1 %37, label %38, label %42

38:                                               ; preds = %26
  %39 = load ptr, ptr %5, align 8, !tbaa !22
  %40 = load ptr, ptr %3, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.rb_tree, ptr %40, i32 0, i32 0
  store ptr %39, ptr %41, align 8, !tbaa !20
  br label %63

42:                                               ; preds = %26
  %43 = load ptr, ptr %4, align 8, !tbaa !22
  %44 = load ptr, ptr %4, align 8, !tbaa !22
  %45 = getelementptr inbounds nuw %struct.rb_node, ptr %44, i32 0, i32 4
  %46 = load ptr, ptr %45, align 8, !tbaa !28
  %47 = getelementptr inbounds nuw %struct.rb_node, ptr %46, i32 0, i32 3
  %48 = load ptr, ptr %47, align 8, !tbaa !25
  %49 = icmp eq ptr %43, %48
  br i1 %49, label %50, label %56

50:                                               ; preds = %42
  %51 = load ptr, ptr %5, align 8, !tbaa !22
  %52 = load ptr, ptr %4, align 8, !tbaa !22
  %53 = getelementptr inbounds nuw %struct.rb_node, ptr %52, i32 0, i32 4
  %54 = load ptr, ptr %53, align 8, !tbaa !28
  %55 = getelementptr inbounds nuw %struct.rb_node, ptr %54, i32 0, i32 3
  store ptr %51, ptr %55, align 8, !tbaa !25
  br label %62

56:                                               ; preds = %42
  %57 = load ptr, ptr %5, align 8, !tbaa !22
  %58 = load ptr, ptr %4, align 8, !tbaa !22
  %59 = getelementptr inbounds nuw %struct.rb_node, ptr %58, i32 0, i32 4
  %60 = load ptr, ptr %59, align 8, !tbaa !28
  %61 = getelementptr inbounds nuw %struct.rb_node, ptr %60, i32 0, i32 2
  store ptr %57, ptr %61, align 8, !tbaa !24
  br label %62

62:                                               ; preds = %56, %50
  br label %63

63:                                               ; preds = %62, %38
  %64 = load ptr, ptr %4, align 8, !tbaa !22
  %65 = load ptr, ptr %5, align 8, !tbaa !22
  %66 = getelementptr inbounds nuw %struct.rb_node, ptr %65, i32 0, i32 3
  store ptr %64, ptr %66, align 8, !tbaa !25
  %67 = load ptr, ptr %5, align 8, !tbaa !22
  %68 = load ptr, ptr %4, align 8, !tbaa !22
  %69 = getelementptr inbounds nuw %struct.rb_node, ptr %68, i32 0, i32 4
  store ptr %67, ptr %69, align 8, !tbaa !28
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize allocsize(0) }
attributes #8 = { minsize noreturn nounwind optsize }
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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !6, i64 12}
!12 = !{!"", !13, i64 0, !14, i64 8, !15, i64 40}
!13 = !{!"p1 _ZTS7rb_node", !10, i64 0}
!14 = !{!"rb_node", !6, i64 0, !6, i64 4, !13, i64 8, !13, i64 16, !13, i64 24}
!15 = !{!"long", !7, i64 0}
!16 = !{!12, !13, i64 32}
!17 = !{!12, !13, i64 24}
!18 = !{!12, !13, i64 16}
!19 = !{!12, !6, i64 8}
!20 = !{!12, !13, i64 0}
!21 = !{!12, !15, i64 40}
!22 = !{!13, !13, i64 0}
!23 = !{!14, !6, i64 0}
!24 = !{!14, !13, i64 8}
!25 = !{!14, !13, i64 16}
!26 = distinct !{!26, !27}
!27 = !{!"llvm.loop.mustprogress"}
!28 = !{!14, !13, i64 24}
!29 = !{!14, !6, i64 4}
!30 = distinct !{!30, !27}
!31 = distinct !{!31, !27}
!32 = distinct !{!32, !27}
!33 = distinct !{!33, !27}
!34 = !{!15, !15, i64 0}
!35 = distinct !{!35, !27}
!36 = distinct !{!36, !27}
!37 = distinct !{!37, !27}
