; ModuleID = 'huffman_build.c'
source_filename = "huffman_build.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.hnode = type { i32, i32, i32, i32 }
%struct.codebook = type { [256 x i32], [256 x i8] }
%struct.heap = type { [512 x i32], i32, ptr }

@main.text = internal global [30000 x i8] zeroinitializer, align 16
@main.packed = internal global [60000 x i8] zeroinitializer, align 16
@main.back = internal global [30000 x i8] zeroinitializer, align 16
@main.nodes = internal global [512 x %struct.hnode] zeroinitializer, align 16
@main.cb = internal global %struct.codebook zeroinitializer, align 4
@.str = private unnamed_addr constant [55 x i8] c"huffman bits=%zu bytes=%zu maxlen=%u ok=%d codes=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @count_freqs(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !14
  %8 = load ptr, ptr %6, align 8, !tbaa !14
  call void @llvm.memset.p0.i64(ptr align 4 %8, i8 0, i64 1024, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %9

9:                                                ; preds = %24, %3
  %10 = load i64, ptr %7, align 8, !tbaa !12
  %11 = load i64, ptr %5, align 8, !tbaa !12
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %27

14:                                               ; preds = %9
  %15 = load ptr, ptr %6, align 8, !tbaa !14
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = load i64, ptr %7, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !16
  %20 = zext i8 %19 to i64
  %21 = getelementptr inbounds nuw i32, ptr %15, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = add i32 %22, 1
  store i32 %23, ptr %21, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %14
  %25 = load i64, ptr %7, align 8, !tbaa !12
  %26 = add i64 %25, 1
  store i64 %26, ptr %7, align 8, !tbaa !12
  br label %9, !llvm.loop !17

27:                                               ; preds = %13
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @build_tree(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.hnode, align 4
  %11 = alloca %struct.hnode, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.hnode, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !14
  store ptr %1, ptr %5, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %16 = call noalias ptr @malloc(i64 noundef 2064) #9
  store ptr %16, ptr %6, align 8, !tbaa !21
  %17 = load ptr, ptr %6, align 8, !tbaa !21
  %18 = icmp ne ptr %17, null
  br i1 %18, label %20, label %19

19:                                               ; preds = %2
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %133

20:                                               ; preds = %2
  %21 = load ptr, ptr %6, align 8, !tbaa !21
  %22 = getelementptr inbounds nuw %struct.heap, ptr %21, i32 0, i32 1
  store i32 0, ptr %22, align 8, !tbaa !23
  %23 = load ptr, ptr %5, align 8, !tbaa !19
  %24 = load ptr, ptr %6, align 8, !tbaa !21
  %25 = getelementptr inbounds nuw %struct.heap, ptr %24, i32 0, i32 2
  store ptr %23, ptr %25, align 8, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %56, %20
  %27 = load i32, ptr %9, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 256
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %59

30:                                               ; preds = %26
  %31 = load ptr, ptr %4, align 8, !tbaa !14
  %32 = load i32, ptr %9, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %31, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %37, label %55

37:                                               ; preds = %30
  %38 = load ptr, ptr %5, align 8, !tbaa !19
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds %struct.hnode, ptr %38, i64 %40
  %42 = getelementptr inbounds nuw %struct.hnode, ptr %10, i32 0, i32 0
  %43 = load ptr, ptr %4, align 8, !tbaa !14
  %44 = load i32, ptr %9, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i32, ptr %43, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  store i32 %47, ptr %42, align 4, !tbaa !26
  %48 = getelementptr inbounds nuw %struct.hnode, ptr %10, i32 0, i32 1
  store i32 -1, ptr %48, align 4, !tbaa !28
  %49 = getelementptr inbounds nuw %struct.hnode, ptr %10, i32 0, i32 2
  store i32 -1, ptr %49, align 4, !tbaa !29
  %50 = getelementptr inbounds nuw %struct.hnode, ptr %10, i32 0, i32 3
  %51 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %51, ptr %50, align 4, !tbaa !30
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %41, ptr align 4 %10, i64 16, i1 false), !tbaa.struct !31
  %52 = load ptr, ptr %6, align 8, !tbaa !21
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %8, align 4, !tbaa !5
  call void @heap_push(ptr noundef %52, i32 noundef %53) #10
  br label %55

55:                                               ; preds = %37, %30
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %9, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %9, align 4, !tbaa !5
  br label %26, !llvm.loop !32

59:                                               ; preds = %29
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = icmp eq i32 %60, 1
  br i1 %61, label %62, label %81

62:                                               ; preds = %59
  %63 = load ptr, ptr %5, align 8, !tbaa !19
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds %struct.hnode, ptr %63, i64 %65
  %67 = getelementptr inbounds nuw %struct.hnode, ptr %11, i32 0, i32 0
  store i32 0, ptr %67, align 4, !tbaa !26
  %68 = getelementptr inbounds nuw %struct.hnode, ptr %11, i32 0, i32 1
  store i32 -1, ptr %68, align 4, !tbaa !28
  %69 = getelementptr inbounds nuw %struct.hnode, ptr %11, i32 0, i32 2
  store i32 -1, ptr %69, align 4, !tbaa !29
  %70 = getelementptr inbounds nuw %struct.hnode, ptr %11, i32 0, i32 3
  %71 = load ptr, ptr %5, align 8, !tbaa !19
  %72 = getelementptr inbounds %struct.hnode, ptr %71, i64 0
  %73 = getelementptr inbounds nuw %struct.hnode, ptr %72, i32 0, i32 3
  %74 = load i32, ptr %73, align 4, !tbaa !30
  %75 = icmp eq i32 %74, 0
  %76 = zext i1 %75 to i64
  %77 = select i1 %75, i32 1, i32 0
  store i32 %77, ptr %70, align 4, !tbaa !30
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %66, ptr align 4 %11, i64 16, i1 false), !tbaa.struct !31
  %78 = load ptr, ptr %6, align 8, !tbaa !21
  %79 = load i32, ptr %8, align 4, !tbaa !5
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %8, align 4, !tbaa !5
  call void @heap_push(ptr noundef %78, i32 noundef %79) #10
  br label %81

81:                                               ; preds = %62, %59
  br label %82

82:                                               ; preds = %87, %81
  %83 = load ptr, ptr %6, align 8, !tbaa !21
  %84 = getelementptr inbounds nuw %struct.heap, ptr %83, i32 0, i32 1
  %85 = load i32, ptr %84, align 8, !tbaa !23
  %86 = icmp sgt i32 %85, 1
  br i1 %86, label %87, label %118

87:                                               ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %88 = load ptr, ptr %6, align 8, !tbaa !21
  %89 = call i32 @heap_pop(ptr noundef %88) #10
  store i32 %89, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %90 = load ptr, ptr %6, align 8, !tbaa !21
  %91 = call i32 @heap_pop(ptr noundef %90) #10
  store i32 %91, ptr %13, align 4, !tbaa !5
  %92 = load ptr, ptr %5, align 8, !tbaa !19
  %93 = load i32, ptr %8, align 4, !tbaa !5
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds %struct.hnode, ptr %92, i64 %94
  %96 = getelementptr inbounds nuw %struct.hnode, ptr %14, i32 0, i32 0
  %97 = load ptr, ptr %5, align 8, !tbaa !19
  %98 = load i32, ptr %12, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds %struct.hnode, ptr %97, i64 %99
  %101 = getelementptr inbounds nuw %struct.hnode, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %101, align 4, !tbaa !26
  %103 = load ptr, ptr %5, align 8, !tbaa !19
  %104 = load i32, ptr %13, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds %struct.hnode, ptr %103, i64 %105
  %107 = getelementptr inbounds nuw %struct.hnode, ptr %106, i32 0, i32 0
  %108 = load i32, ptr %107, align 4, !tbaa !26
  %109 = add i32 %102, %108
  store i32 %109, ptr %96, align 4, !tbaa !26
  %110 = getelementptr inbounds nuw %struct.hnode, ptr %14, i32 0, i32 1
  %111 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %111, ptr %110, align 4, !tbaa !28
  %112 = getelementptr inbounds nuw %struct.hnode, ptr %14, i32 0, i32 2
  %113 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %113, ptr %112, align 4, !tbaa !29
  %114 = getelementptr inbounds nuw %struct.hnode, ptr %14, i32 0, i32 3
  store i32 -1, ptr %114, align 4, !tbaa !30
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %95, ptr align 4 %14, i64 16, i1 false), !tbaa.struct !31
  %115 = load ptr, ptr %6, align 8, !tbaa !21
  %116 = load i32, ptr %8, align 4, !tbaa !5
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %8, align 4, !tbaa !5
  call void @heap_push(ptr noundef %115, i32 noundef %116) #10
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %82, !llvm.loop !33

118:                                              ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %119 = load ptr, ptr %6, align 8, !tbaa !21
  %120 = getelementptr inbounds nuw %struct.heap, ptr %119, i32 0, i32 1
  %121 = load i32, ptr %120, align 8, !tbaa !23
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %123, label %128

123:                                              ; preds = %118
  %124 = load ptr, ptr %6, align 8, !tbaa !21
  %125 = getelementptr inbounds nuw %struct.heap, ptr %124, i32 0, i32 0
  %126 = getelementptr inbounds [512 x i32], ptr %125, i64 0, i64 0
  %127 = load i32, ptr %126, align 8, !tbaa !5
  br label %129

128:                                              ; preds = %118
  br label %129

129:                                              ; preds = %128, %123
  %130 = phi i32 [ %127, %123 ], [ -1, %128 ]
  store i32 %130, ptr %15, align 4, !tbaa !5
  %131 = load ptr, ptr %6, align 8, !tbaa !21
  call void @free(ptr noundef %131) #11
  %132 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %132, ptr %3, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %133

133:                                              ; preds = %129, %19
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %134 = load i32, ptr %3, align 4
  ret i32 %134
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @heap_push(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !21
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %9 = load ptr, ptr %3, align 8, !tbaa !21
  %10 = getelementptr inbounds nuw %struct.heap, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 8, !tbaa !23
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr %10, align 8, !tbaa !23
  store i32 %11, ptr %5, align 4, !tbaa !5
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = load ptr, ptr %3, align 8, !tbaa !21
  %15 = getelementptr inbounds nuw %struct.heap, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [512 x i32], ptr %15, i64 0, i64 %17
  store i32 %13, ptr %18, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %69, %2
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp sgt i32 %20, 0
  br i1 %21, label %22, label %70

22:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = sub nsw i32 %23, 1
  %25 = sdiv i32 %24, 2
  store i32 %25, ptr %6, align 4, !tbaa !5
  %26 = load ptr, ptr %3, align 8, !tbaa !21
  %27 = load ptr, ptr %3, align 8, !tbaa !21
  %28 = getelementptr inbounds nuw %struct.heap, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [512 x i32], ptr %28, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = load ptr, ptr %3, align 8, !tbaa !21
  %34 = getelementptr inbounds nuw %struct.heap, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [512 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = call i32 @node_less(ptr noundef %26, i32 noundef %32, i32 noundef %38) #10
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %42, label %41

41:                                               ; preds = %22
  store i32 3, ptr %7, align 4
  br label %67

42:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %43 = load ptr, ptr %3, align 8, !tbaa !21
  %44 = getelementptr inbounds nuw %struct.heap, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [512 x i32], ptr %44, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  store i32 %48, ptr %8, align 4, !tbaa !5
  %49 = load ptr, ptr %3, align 8, !tbaa !21
  %50 = getelementptr inbounds nuw %struct.heap, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [512 x i32], ptr %50, i64 0, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = load ptr, ptr %3, align 8, !tbaa !21
  %56 = getelementptr inbounds nuw %struct.heap, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %5, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [512 x i32], ptr %56, i64 0, i64 %58
  store i32 %54, ptr %59, align 4, !tbaa !5
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = load ptr, ptr %3, align 8, !tbaa !21
  %62 = getelementptr inbounds nuw %struct.heap, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [512 x i32], ptr %62, i64 0, i64 %64
  store i32 %60, ptr %65, align 4, !tbaa !5
  %66 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %66, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #8
  store i32 0, ptr %7, align 4
  br label %67

67:                                               ; preds = %42, %41
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %68 = load i32, ptr %7, align 4
  switch i32 %68, label %71 [
    i32 0, label %69
    i32 3, label %70
  ]

69:                                               ; preds = %67
  br label %19, !llvm.loop !34

70:                                               ; preds = %67, %19
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret void

71:                                               ; preds = %67
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @heap_pop(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %10 = load ptr, ptr %2, align 8, !tbaa !21
  %11 = getelementptr inbounds nuw %struct.heap, ptr %10, i32 0, i32 0
  %12 = getelementptr inbounds [512 x i32], ptr %11, i64 0, i64 0
  %13 = load i32, ptr %12, align 8, !tbaa !5
  store i32 %13, ptr %3, align 4, !tbaa !5
  %14 = load ptr, ptr %2, align 8, !tbaa !21
  %15 = getelementptr inbounds nuw %struct.heap, ptr %14, i32 0, i32 0
  %16 = load ptr, ptr %2, align 8, !tbaa !21
  %17 = getelementptr inbounds nuw %struct.heap, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 8, !tbaa !23
  %19 = add nsw i32 %18, -1
  store i32 %19, ptr %17, align 8, !tbaa !23
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [512 x i32], ptr %15, i64 0, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = load ptr, ptr %2, align 8, !tbaa !21
  %24 = getelementptr inbounds nuw %struct.heap, ptr %23, i32 0, i32 0
  %25 = getelementptr inbounds [512 x i32], ptr %24, i64 0, i64 0
  store i32 %22, ptr %25, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %112, %1
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = mul nsw i32 2, %27
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %32 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %32, ptr %7, align 4, !tbaa !5
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = load ptr, ptr %2, align 8, !tbaa !21
  %35 = getelementptr inbounds nuw %struct.heap, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 8, !tbaa !23
  %37 = icmp slt i32 %33, %36
  br i1 %37, label %38, label %56

38:                                               ; preds = %26
  %39 = load ptr, ptr %2, align 8, !tbaa !21
  %40 = load ptr, ptr %2, align 8, !tbaa !21
  %41 = getelementptr inbounds nuw %struct.heap, ptr %40, i32 0, i32 0
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [512 x i32], ptr %41, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = load ptr, ptr %2, align 8, !tbaa !21
  %47 = getelementptr inbounds nuw %struct.heap, ptr %46, i32 0, i32 0
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [512 x i32], ptr %47, i64 0, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = call i32 @node_less(ptr noundef %39, i32 noundef %45, i32 noundef %51) #10
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %56

54:                                               ; preds = %38
  %55 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %55, ptr %7, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %54, %38, %26
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = load ptr, ptr %2, align 8, !tbaa !21
  %59 = getelementptr inbounds nuw %struct.heap, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 8, !tbaa !23
  %61 = icmp slt i32 %57, %60
  br i1 %61, label %62, label %80

62:                                               ; preds = %56
  %63 = load ptr, ptr %2, align 8, !tbaa !21
  %64 = load ptr, ptr %2, align 8, !tbaa !21
  %65 = getelementptr inbounds nuw %struct.heap, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %6, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [512 x i32], ptr %65, i64 0, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !5
  %70 = load ptr, ptr %2, align 8, !tbaa !21
  %71 = getelementptr inbounds nuw %struct.heap, ptr %70, i32 0, i32 0
  %72 = load i32, ptr %7, align 4, !tbaa !5
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [512 x i32], ptr %71, i64 0, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !5
  %76 = call i32 @node_less(ptr noundef %63, i32 noundef %69, i32 noundef %75) #10
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %78, label %80

78:                                               ; preds = %62
  %79 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %79, ptr %7, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %78, %62, %56
  %81 = load i32, ptr %7, align 4, !tbaa !5
  %82 = load i32, ptr %4, align 4, !tbaa !5
  %83 = icmp eq i32 %81, %82
  br i1 %83, label %84, label %85

84:                                               ; preds = %80
  store i32 2, ptr %8, align 4
  br label %110

85:                                               ; preds = %80
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %86 = load ptr, ptr %2, align 8, !tbaa !21
  %87 = getelementptr inbounds nuw %struct.heap, ptr %86, i32 0, i32 0
  %88 = load i32, ptr %4, align 4, !tbaa !5
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [512 x i32], ptr %87, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  store i32 %91, ptr %9, align 4, !tbaa !5
  %92 = load ptr, ptr %2, align 8, !tbaa !21
  %93 = getelementptr inbounds nuw %struct.heap, ptr %92, i32 0, i32 0
  %94 = load i32, ptr %7, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [512 x i32], ptr %93, i64 0, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !5
  %98 = load ptr, ptr %2, align 8, !tbaa !21
  %99 = getelementptr inbounds nuw %struct.heap, ptr %98, i32 0, i32 0
  %100 = load i32, ptr %4, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [512 x i32], ptr %99, i64 0, i64 %101
  store i32 %97, ptr %102, align 4, !tbaa !5
  %103 = load i32, ptr %9, align 4, !tbaa !5
  %104 = load ptr, ptr %2, align 8, !tbaa !21
  %105 = getelementptr inbounds nuw %struct.heap, ptr %104, i32 0, i32 0
  %106 = load i32, ptr %7, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [512 x i32], ptr %105, i64 0, i64 %107
  store i32 %103, ptr %108, align 4, !tbaa !5
  %109 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %109, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #8
  store i32 0, ptr %8, align 4
  br label %110

110:                                              ; preds = %85, %84
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  %111 = load i32, ptr %8, align 4
  switch i32 %111, label %115 [
    i32 0, label %112
    i32 2, label %113
  ]

112:                                              ; preds = %110
  br label %26

113:                                              ; preds = %110
  %114 = load i32, ptr %3, align 4, !tbaa !5
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret i32 %114

115:                                              ; preds = %110
  unreachable
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @make_canonical(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [25 x i32], align 16
  %4 = alloca [26 x i32], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %3) #8
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 100, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #8
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %33, %1
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 256
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %36

13:                                               ; preds = %9
  %14 = load ptr, ptr %2, align 8, !tbaa !35
  %15 = getelementptr inbounds nuw %struct.codebook, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [256 x i8], ptr %15, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !16
  %20 = icmp ne i8 %19, 0
  br i1 %20, label %21, label %32

21:                                               ; preds = %13
  %22 = load ptr, ptr %2, align 8, !tbaa !35
  %23 = getelementptr inbounds nuw %struct.codebook, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [256 x i8], ptr %23, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !16
  %28 = zext i8 %27 to i64
  %29 = getelementptr inbounds nuw [25 x i32], ptr %3, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = add i32 %30, 1
  store i32 %31, ptr %29, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %21, %13
  br label %33

33:                                               ; preds = %32
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !37

36:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %54, %36
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = icmp sle i32 %38, 24
  br i1 %39, label %41, label %40

40:                                               ; preds = %37
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %57

41:                                               ; preds = %37
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = sub nsw i32 %43, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [25 x i32], ptr %3, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = add i32 %42, %47
  %49 = shl i32 %48, 1
  store i32 %49, ptr %6, align 4, !tbaa !5
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [26 x i32], ptr %4, i64 0, i64 %52
  store i32 %50, ptr %53, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %41
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %7, align 4, !tbaa !5
  br label %37, !llvm.loop !38

57:                                               ; preds = %40
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %87, %57
  %59 = load i32, ptr %8, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 256
  br i1 %60, label %62, label %61

61:                                               ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %90

62:                                               ; preds = %58
  %63 = load ptr, ptr %2, align 8, !tbaa !35
  %64 = getelementptr inbounds nuw %struct.codebook, ptr %63, i32 0, i32 1
  %65 = load i32, ptr %8, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [256 x i8], ptr %64, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !16
  %69 = icmp ne i8 %68, 0
  br i1 %69, label %70, label %86

70:                                               ; preds = %62
  %71 = load ptr, ptr %2, align 8, !tbaa !35
  %72 = getelementptr inbounds nuw %struct.codebook, ptr %71, i32 0, i32 1
  %73 = load i32, ptr %8, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [256 x i8], ptr %72, i64 0, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !16
  %77 = zext i8 %76 to i64
  %78 = getelementptr inbounds nuw [26 x i32], ptr %4, i64 0, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = add i32 %79, 1
  store i32 %80, ptr %78, align 4, !tbaa !5
  %81 = load ptr, ptr %2, align 8, !tbaa !35
  %82 = getelementptr inbounds nuw %struct.codebook, ptr %81, i32 0, i32 0
  %83 = load i32, ptr %8, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [256 x i32], ptr %82, i64 0, i64 %84
  store i32 %79, ptr %85, align 4, !tbaa !5
  br label %86

86:                                               ; preds = %70, %62
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %8, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %8, align 4, !tbaa !5
  br label %58, !llvm.loop !39

90:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 1, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %13

13:                                               ; preds = %47, %0
  %14 = load i64, ptr %4, align 8, !tbaa !12
  %15 = icmp ult i64 %14, 30000
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %50

17:                                               ; preds = %13
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = mul i32 %18, 22695477
  %20 = add i32 %19, 1
  store i32 %20, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = lshr i32 %21, 16
  %23 = and i32 %22, 255
  store i32 %23, ptr %5, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = icmp ult i32 %24, 40
  br i1 %25, label %26, label %27

26:                                               ; preds = %17
  br label %42

27:                                               ; preds = %17
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = icmp ult i32 %28, 200
  br i1 %29, label %30, label %36

30:                                               ; preds = %27
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = urem i32 %31, 26
  %33 = add i32 97, %32
  %34 = trunc i32 %33 to i8
  %35 = zext i8 %34 to i32
  br label %40

36:                                               ; preds = %27
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = trunc i32 %37 to i8
  %39 = zext i8 %38 to i32
  br label %40

40:                                               ; preds = %36, %30
  %41 = phi i32 [ %35, %30 ], [ %39, %36 ]
  br label %42

42:                                               ; preds = %40, %26
  %43 = phi i32 [ 32, %26 ], [ %41, %40 ]
  %44 = trunc i32 %43 to i8
  %45 = load i64, ptr %4, align 8, !tbaa !12
  %46 = getelementptr inbounds nuw [30000 x i8], ptr @main.text, i64 0, i64 %45
  store i8 %44, ptr %46, align 1, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %47

47:                                               ; preds = %42
  %48 = load i64, ptr %4, align 8, !tbaa !12
  %49 = add i64 %48, 1
  store i64 %49, ptr %4, align 8, !tbaa !12
  br label %13, !llvm.loop !40

50:                                               ; preds = %16
  %51 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  call void @count_freqs(ptr noundef @main.text, i64 noundef 30000, ptr noundef %51) #10
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %52 = getelementptr inbounds [256 x i32], ptr %2, i64 0, i64 0
  %53 = call i32 @build_tree(ptr noundef %52, ptr noundef @main.nodes) #10
  store i32 %53, ptr %6, align 4, !tbaa !5
  call void @llvm.memset.p0.i64(ptr align 4 @main.cb, i8 0, i64 1280, i1 false)
  %54 = load i32, ptr %6, align 4, !tbaa !5
  call void @assign_lengths(ptr noundef @main.nodes, i32 noundef %54, i32 noundef 0, ptr noundef getelementptr inbounds nuw (%struct.codebook, ptr @main.cb, i32 0, i32 1)) #10
  call void @make_canonical(ptr noundef @main.cb) #10
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %55 = call i64 @encode(ptr noundef @main.cb, ptr noundef @main.text, i64 noundef 30000, ptr noundef @main.packed) #10
  store i64 %55, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %56 = load i64, ptr %7, align 8, !tbaa !12
  %57 = call i64 @decode(ptr noundef @main.cb, ptr noundef @main.packed, i64 noundef %56, ptr noundef @main.back, i64 noundef 30000) #10
  store i64 %57, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %58 = load i64, ptr %8, align 8, !tbaa !12
  %59 = icmp eq i64 %58, 30000
  br i1 %59, label %60, label %63

60:                                               ; preds = %50
  %61 = call i32 @memcmp(ptr noundef @main.text, ptr noundef @main.back, i64 noundef 30000) #12
  %62 = icmp eq i32 %61, 0
  br label %63

63:                                               ; preds = %60, %50
  %64 = phi i1 [ false, %50 ], [ %62, %60 ]
  %65 = zext i1 %64 to i32
  store i32 %65, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #8
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %98, %63
  %67 = load i32, ptr %12, align 4, !tbaa !5
  %68 = icmp slt i32 %67, 256
  br i1 %68, label %70, label %69

69:                                               ; preds = %66
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %101

70:                                               ; preds = %66
  %71 = load i32, ptr %12, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [256 x i8], ptr getelementptr inbounds nuw (%struct.codebook, ptr @main.cb, i32 0, i32 1), i64 0, i64 %72
  %74 = load i8, ptr %73, align 1, !tbaa !16
  %75 = zext i8 %74 to i32
  %76 = load i32, ptr %10, align 4, !tbaa !5
  %77 = icmp ugt i32 %75, %76
  br i1 %77, label %78, label %84

78:                                               ; preds = %70
  %79 = load i32, ptr %12, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [256 x i8], ptr getelementptr inbounds nuw (%struct.codebook, ptr @main.cb, i32 0, i32 1), i64 0, i64 %80
  %82 = load i8, ptr %81, align 1, !tbaa !16
  %83 = zext i8 %82 to i32
  store i32 %83, ptr %10, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %78, %70
  %85 = load i32, ptr %11, align 4, !tbaa !5
  %86 = mul i32 %85, 7
  %87 = load i32, ptr %12, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [256 x i32], ptr @main.cb, i64 0, i64 %88
  %90 = load i32, ptr %89, align 4, !tbaa !5
  %91 = add i32 %86, %90
  %92 = load i32, ptr %12, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [256 x i8], ptr getelementptr inbounds nuw (%struct.codebook, ptr @main.cb, i32 0, i32 1), i64 0, i64 %93
  %95 = load i8, ptr %94, align 1, !tbaa !16
  %96 = zext i8 %95 to i32
  %97 = add i32 %91, %96
  store i32 %97, ptr %11, align 4, !tbaa !5
  br label %98

98:                                               ; preds = %84
  %99 = load i32, ptr %12, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %12, align 4, !tbaa !5
  br label %66, !llvm.loop !41

101:                                              ; preds = %69
  %102 = load i64, ptr %7, align 8, !tbaa !12
  %103 = load i64, ptr %7, align 8, !tbaa !12
  %104 = add i64 %103, 7
  %105 = udiv i64 %104, 8
  %106 = load i32, ptr %10, align 4, !tbaa !5
  %107 = load i32, ptr %9, align 4, !tbaa !5
  %108 = load i32, ptr %11, align 4, !tbaa !5
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %102, i64 noundef %105, i32 noundef %106, i32 noundef %107, i32 noundef %108) #10
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @assign_lengths(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !19
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !9
  %9 = load i32, ptr %6, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %4
  br label %59

12:                                               ; preds = %4
  %13 = load ptr, ptr %5, align 8, !tbaa !19
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.hnode, ptr %13, i64 %15
  %17 = getelementptr inbounds nuw %struct.hnode, ptr %16, i32 0, i32 3
  %18 = load i32, ptr %17, align 4, !tbaa !30
  %19 = icmp sge i32 %18, 0
  br i1 %19, label %20, label %38

20:                                               ; preds = %12
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %25

23:                                               ; preds = %20
  %24 = load i32, ptr %7, align 4, !tbaa !5
  br label %26

25:                                               ; preds = %20
  br label %26

26:                                               ; preds = %25, %23
  %27 = phi i32 [ %24, %23 ], [ 1, %25 ]
  %28 = trunc i32 %27 to i8
  %29 = load ptr, ptr %8, align 8, !tbaa !9
  %30 = load ptr, ptr %5, align 8, !tbaa !19
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds %struct.hnode, ptr %30, i64 %32
  %34 = getelementptr inbounds nuw %struct.hnode, ptr %33, i32 0, i32 3
  %35 = load i32, ptr %34, align 4, !tbaa !30
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %29, i64 %36
  store i8 %28, ptr %37, align 1, !tbaa !16
  br label %59

38:                                               ; preds = %12
  %39 = load ptr, ptr %5, align 8, !tbaa !19
  %40 = load ptr, ptr %5, align 8, !tbaa !19
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds %struct.hnode, ptr %40, i64 %42
  %44 = getelementptr inbounds nuw %struct.hnode, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4, !tbaa !28
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  %48 = load ptr, ptr %8, align 8, !tbaa !9
  call void @assign_lengths(ptr noundef %39, i32 noundef %45, i32 noundef %47, ptr noundef %48) #10
  %49 = load ptr, ptr %5, align 8, !tbaa !19
  %50 = load ptr, ptr %5, align 8, !tbaa !19
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds %struct.hnode, ptr %50, i64 %52
  %54 = getelementptr inbounds nuw %struct.hnode, ptr %53, i32 0, i32 2
  %55 = load i32, ptr %54, align 4, !tbaa !29
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  %58 = load ptr, ptr %8, align 8, !tbaa !9
  call void @assign_lengths(ptr noundef %49, i32 noundef %55, i32 noundef %57, ptr noundef %58) #10
  br label %59

59:                                               ; preds = %38, %26, %11
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @encode(ptr noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !35
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !12
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i64 0, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %81, %4
  %15 = load i64, ptr %10, align 8, !tbaa !12
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = icmp ult i64 %15, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %14
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #8
  br label %84

19:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %20 = load ptr, ptr %5, align 8, !tbaa !35
  %21 = getelementptr inbounds nuw %struct.codebook, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %6, align 8, !tbaa !9
  %23 = load i64, ptr %10, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw i8, ptr %22, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !16
  %26 = zext i8 %25 to i64
  %27 = getelementptr inbounds nuw [256 x i32], ptr %21, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4, !tbaa !5
  store i32 %28, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %29 = load ptr, ptr %5, align 8, !tbaa !35
  %30 = getelementptr inbounds nuw %struct.codebook, ptr %29, i32 0, i32 1
  %31 = load ptr, ptr %6, align 8, !tbaa !9
  %32 = load i64, ptr %10, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw i8, ptr %31, i64 %32
  %34 = load i8, ptr %33, align 1, !tbaa !16
  %35 = zext i8 %34 to i64
  %36 = getelementptr inbounds nuw [256 x i8], ptr %30, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !16
  %38 = zext i8 %37 to i32
  %39 = sub nsw i32 %38, 1
  store i32 %39, ptr %13, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %75, %19
  %41 = load i32, ptr %13, align 4, !tbaa !5
  %42 = icmp sge i32 %41, 0
  br i1 %42, label %44, label %43

43:                                               ; preds = %40
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #8
  br label %80

44:                                               ; preds = %40
  %45 = load i64, ptr %9, align 8, !tbaa !12
  %46 = and i64 %45, 7
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %48, label %53

48:                                               ; preds = %44
  %49 = load ptr, ptr %8, align 8, !tbaa !9
  %50 = load i64, ptr %9, align 8, !tbaa !12
  %51 = lshr i64 %50, 3
  %52 = getelementptr inbounds nuw i8, ptr %49, i64 %51
  store i8 0, ptr %52, align 1, !tbaa !16
  br label %53

53:                                               ; preds = %48, %44
  %54 = load i32, ptr %12, align 4, !tbaa !5
  %55 = load i32, ptr %13, align 4, !tbaa !5
  %56 = lshr i32 %54, %55
  %57 = and i32 %56, 1
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %59, label %74

59:                                               ; preds = %53
  %60 = load i64, ptr %9, align 8, !tbaa !12
  %61 = and i64 %60, 7
  %62 = trunc i64 %61 to i32
  %63 = lshr i32 128, %62
  %64 = trunc i32 %63 to i8
  %65 = zext i8 %64 to i32
  %66 = load ptr, ptr %8, align 8, !tbaa !9
  %67 = load i64, ptr %9, align 8, !tbaa !12
  %68 = lshr i64 %67, 3
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %68
  %70 = load i8, ptr %69, align 1, !tbaa !16
  %71 = zext i8 %70 to i32
  %72 = or i32 %71, %65
  %73 = trunc i32 %72 to i8
  store i8 %73, ptr %69, align 1, !tbaa !16
  br label %74

74:                                               ; preds = %59, %53
  br label %75

75:                                               ; preds = %74
  %76 = load i32, ptr %13, align 4, !tbaa !5
  %77 = add nsw i32 %76, -1
  store i32 %77, ptr %13, align 4, !tbaa !5
  %78 = load i64, ptr %9, align 8, !tbaa !12
  %79 = add i64 %78, 1
  store i64 %79, ptr %9, align 8, !tbaa !12
  br label %40, !llvm.loop !42

80:                                               ; preds = %43
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %81

81:                                               ; preds = %80
  %82 = load i64, ptr %10, align 8, !tbaa !12
  %83 = add i64 %82, 1
  store i64 %83, ptr %10, align 8, !tbaa !12
  br label %14, !llvm.loop !43

84:                                               ; preds = %18
  %85 = load i64, ptr %9, align 8, !tbaa !12
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #8
  ret i64 %85
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @decode(ptr noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3, i64 noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca [256 x i8], align 16
  %13 = alloca [26 x i32], align 16
  %14 = alloca [26 x i32], align 16
  %15 = alloca [26 x i32], align 16
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i64, align 8
  %23 = alloca i64, align 8
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !35
  store ptr %1, ptr %8, align 8, !tbaa !9
  store i64 %2, ptr %9, align 8, !tbaa !12
  store ptr %3, ptr %10, align 8, !tbaa !9
  store i64 %4, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #8
  call void @llvm.lifetime.start.p0(ptr %13) #8
  call void @llvm.lifetime.start.p0(ptr %14) #8
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %26 = getelementptr inbounds [26 x i32], ptr %14, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %26, i8 0, i64 104, i1 false)
  call void @llvm.lifetime.start.p0(ptr %16) #8
  store i32 0, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #8
  store i32 1, ptr %17, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %70, %5
  %28 = load i32, ptr %17, align 4, !tbaa !5
  %29 = icmp sle i32 %28, 24
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  store i32 2, ptr %18, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #8
  br label %73

31:                                               ; preds = %27
  %32 = load i32, ptr %16, align 4, !tbaa !5
  %33 = load i32, ptr %17, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [26 x i32], ptr %15, i64 0, i64 %34
  store i32 %32, ptr %35, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #8
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %63, %31
  %37 = load i32, ptr %19, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 256
  br i1 %38, label %40, label %39

39:                                               ; preds = %36
  store i32 5, ptr %18, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #8
  br label %66

40:                                               ; preds = %36
  %41 = load ptr, ptr %7, align 8, !tbaa !35
  %42 = getelementptr inbounds nuw %struct.codebook, ptr %41, i32 0, i32 1
  %43 = load i32, ptr %19, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [256 x i8], ptr %42, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !16
  %47 = zext i8 %46 to i32
  %48 = load i32, ptr %17, align 4, !tbaa !5
  %49 = icmp eq i32 %47, %48
  br i1 %49, label %50, label %62

50:                                               ; preds = %40
  %51 = load i32, ptr %19, align 4, !tbaa !5
  %52 = trunc i32 %51 to i8
  %53 = load i32, ptr %16, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %16, align 4, !tbaa !5
  %55 = sext i32 %53 to i64
  %56 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 %55
  store i8 %52, ptr %56, align 1, !tbaa !16
  %57 = load i32, ptr %17, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [26 x i32], ptr %14, i64 0, i64 %58
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %50, %40
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %19, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %19, align 4, !tbaa !5
  br label %36, !llvm.loop !44

66:                                               ; preds = %39
  %67 = load i32, ptr %17, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %68
  store i32 -1, ptr %69, align 4, !tbaa !5
  br label %70

70:                                               ; preds = %66
  %71 = load i32, ptr %17, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %17, align 4, !tbaa !5
  br label %27, !llvm.loop !45

73:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %20) #8
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %117, %73
  %75 = load i32, ptr %20, align 4, !tbaa !5
  %76 = icmp slt i32 %75, 256
  br i1 %76, label %78, label %77

77:                                               ; preds = %74
  store i32 8, ptr %18, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #8
  br label %120

78:                                               ; preds = %74
  call void @llvm.lifetime.start.p0(ptr %21) #8
  %79 = load ptr, ptr %7, align 8, !tbaa !35
  %80 = getelementptr inbounds nuw %struct.codebook, ptr %79, i32 0, i32 1
  %81 = load i32, ptr %20, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [256 x i8], ptr %80, i64 0, i64 %82
  %84 = load i8, ptr %83, align 1, !tbaa !16
  %85 = zext i8 %84 to i32
  store i32 %85, ptr %21, align 4, !tbaa !5
  %86 = load i32, ptr %21, align 4, !tbaa !5
  %87 = icmp ne i32 %86, 0
  br i1 %87, label %88, label %116

88:                                               ; preds = %78
  %89 = load i32, ptr %21, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4, !tbaa !5
  %93 = icmp slt i32 %92, 0
  br i1 %93, label %106, label %94

94:                                               ; preds = %88
  %95 = load ptr, ptr %7, align 8, !tbaa !35
  %96 = getelementptr inbounds nuw %struct.codebook, ptr %95, i32 0, i32 0
  %97 = load i32, ptr %20, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [256 x i32], ptr %96, i64 0, i64 %98
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = load i32, ptr %21, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !5
  %105 = icmp slt i32 %100, %104
  br i1 %105, label %106, label %116

106:                                              ; preds = %94, %88
  %107 = load ptr, ptr %7, align 8, !tbaa !35
  %108 = getelementptr inbounds nuw %struct.codebook, ptr %107, i32 0, i32 0
  %109 = load i32, ptr %20, align 4, !tbaa !5
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [256 x i32], ptr %108, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = load i32, ptr %21, align 4, !tbaa !5
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %114
  store i32 %112, ptr %115, align 4, !tbaa !5
  br label %116

116:                                              ; preds = %106, %94, %78
  call void @llvm.lifetime.end.p0(ptr %21) #8
  br label %117

117:                                              ; preds = %116
  %118 = load i32, ptr %20, align 4, !tbaa !5
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %20, align 4, !tbaa !5
  br label %74, !llvm.loop !46

120:                                              ; preds = %77
  call void @llvm.lifetime.start.p0(ptr %22) #8
  store i64 0, ptr %22, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %23) #8
  store i64 0, ptr %23, align 8, !tbaa !12
  br label %121

121:                                              ; preds = %208, %120
  %122 = load i64, ptr %23, align 8, !tbaa !12
  %123 = load i64, ptr %9, align 8, !tbaa !12
  %124 = icmp ult i64 %122, %123
  br i1 %124, label %125, label %129

125:                                              ; preds = %121
  %126 = load i64, ptr %22, align 8, !tbaa !12
  %127 = load i64, ptr %11, align 8, !tbaa !12
  %128 = icmp ult i64 %126, %127
  br label %129

129:                                              ; preds = %125, %121
  %130 = phi i1 [ false, %121 ], [ %128, %125 ]
  br i1 %130, label %131, label %209

131:                                              ; preds = %129
  call void @llvm.lifetime.start.p0(ptr %24) #8
  store i32 0, ptr %24, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %25) #8
  store i32 0, ptr %25, align 4, !tbaa !5
  br label %132

132:                                              ; preds = %204, %131
  %133 = load i64, ptr %23, align 8, !tbaa !12
  %134 = load i64, ptr %9, align 8, !tbaa !12
  %135 = icmp uge i64 %133, %134
  br i1 %135, label %139, label %136

136:                                              ; preds = %132
  %137 = load i32, ptr %25, align 4, !tbaa !5
  %138 = icmp sge i32 %137, 24
  br i1 %138, label %139, label %141

139:                                              ; preds = %136, %132
  %140 = load i64, ptr %22, align 8, !tbaa !12
  store i64 %140, ptr %6, align 8
  store i32 1, ptr %18, align 4
  br label %206

141:                                              ; preds = %136
  %142 = load i32, ptr %24, align 4, !tbaa !5
  %143 = shl i32 %142, 1
  %144 = load ptr, ptr %8, align 8, !tbaa !9
  %145 = load i64, ptr %23, align 8, !tbaa !12
  %146 = lshr i64 %145, 3
  %147 = getelementptr inbounds nuw i8, ptr %144, i64 %146
  %148 = load i8, ptr %147, align 1, !tbaa !16
  %149 = zext i8 %148 to i32
  %150 = load i64, ptr %23, align 8, !tbaa !12
  %151 = and i64 %150, 7
  %152 = sub i64 7, %151
  %153 = trunc i64 %152 to i32
  %154 = ashr i32 %149, %153
  %155 = and i32 %154, 1
  %156 = or i32 %143, %155
  store i32 %156, ptr %24, align 4, !tbaa !5
  %157 = load i64, ptr %23, align 8, !tbaa !12
  %158 = add i64 %157, 1
  store i64 %158, ptr %23, align 8, !tbaa !12
  %159 = load i32, ptr %25, align 4, !tbaa !5
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %25, align 4, !tbaa !5
  %161 = load i32, ptr %25, align 4, !tbaa !5
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds [26 x i32], ptr %14, i64 0, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !5
  %165 = icmp ne i32 %164, 0
  br i1 %165, label %166, label %204

166:                                              ; preds = %141
  %167 = load i32, ptr %24, align 4, !tbaa !5
  %168 = load i32, ptr %25, align 4, !tbaa !5
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %169
  %171 = load i32, ptr %170, align 4, !tbaa !5
  %172 = sub nsw i32 %167, %171
  %173 = load i32, ptr %25, align 4, !tbaa !5
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds [26 x i32], ptr %14, i64 0, i64 %174
  %176 = load i32, ptr %175, align 4, !tbaa !5
  %177 = icmp slt i32 %172, %176
  br i1 %177, label %178, label %204

178:                                              ; preds = %166
  %179 = load i32, ptr %24, align 4, !tbaa !5
  %180 = load i32, ptr %25, align 4, !tbaa !5
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %181
  %183 = load i32, ptr %182, align 4, !tbaa !5
  %184 = icmp sge i32 %179, %183
  br i1 %184, label %185, label %204

185:                                              ; preds = %178
  %186 = load i32, ptr %25, align 4, !tbaa !5
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [26 x i32], ptr %15, i64 0, i64 %187
  %189 = load i32, ptr %188, align 4, !tbaa !5
  %190 = load i32, ptr %24, align 4, !tbaa !5
  %191 = add nsw i32 %189, %190
  %192 = load i32, ptr %25, align 4, !tbaa !5
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [26 x i32], ptr %13, i64 0, i64 %193
  %195 = load i32, ptr %194, align 4, !tbaa !5
  %196 = sub nsw i32 %191, %195
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 %197
  %199 = load i8, ptr %198, align 1, !tbaa !16
  %200 = load ptr, ptr %10, align 8, !tbaa !9
  %201 = load i64, ptr %22, align 8, !tbaa !12
  %202 = add i64 %201, 1
  store i64 %202, ptr %22, align 8, !tbaa !12
  %203 = getelementptr inbounds nuw i8, ptr %200, i64 %201
  store i8 %199, ptr %203, align 1, !tbaa !16
  br label %205

204:                                              ; preds = %178, %166, %141
  br label %132

205:                                              ; preds = %185
  store i32 0, ptr %18, align 4
  br label %206

206:                                              ; preds = %205, %139
  call void @llvm.lifetime.end.p0(ptr %25) #8
  call void @llvm.lifetime.end.p0(ptr %24) #8
  %207 = load i32, ptr %18, align 4
  switch i32 %207, label %211 [
    i32 0, label %208
  ]

208:                                              ; preds = %206
  br label %121, !llvm.loop !47

209:                                              ; preds = %129
  %210 = load i64, ptr %22, align 8, !tbaa !12
  store i64 %210, ptr %6, align 8
  store i32 1, ptr %18, align 4
  br label %211

211:                                              ; preds = %209, %206
  call void @llvm.lifetime.end.p0(ptr %23) #8
  call void @llvm.lifetime.end.p0(ptr %22) #8
  call void @llvm.lifetime.end.p0(ptr %16) #8
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %14) #8
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  %212 = load i64, ptr %6, align 8
  ret i64 %212
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #6

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #7

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @node_less(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !21
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %11 = load ptr, ptr %5, align 8, !tbaa !21
  %12 = getelementptr inbounds nuw %struct.heap, ptr %11, i32 0, i32 2
  %13 = load ptr, ptr %12, align 8, !tbaa !25
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.hnode, ptr %13, i64 %15
  store ptr %16, ptr %8, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %17 = load ptr, ptr %5, align 8, !tbaa !21
  %18 = getelementptr inbounds nuw %struct.heap, ptr %17, i32 0, i32 2
  %19 = load ptr, ptr %18, align 8, !tbaa !25
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds %struct.hnode, ptr %19, i64 %21
  store ptr %22, ptr %9, align 8, !tbaa !19
  %23 = load ptr, ptr %8, align 8, !tbaa !19
  %24 = getelementptr inbounds nuw %struct.hnode, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %24, align 4, !tbaa !26
  %26 = load ptr, ptr %9, align 8, !tbaa !19
  %27 = getelementptr inbounds nuw %struct.hnode, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %27, align 4, !tbaa !26
  %29 = icmp ne i32 %25, %28
  br i1 %29, label %30, label %39

30:                                               ; preds = %3
  %31 = load ptr, ptr %8, align 8, !tbaa !19
  %32 = getelementptr inbounds nuw %struct.hnode, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 4, !tbaa !26
  %34 = load ptr, ptr %9, align 8, !tbaa !19
  %35 = getelementptr inbounds nuw %struct.hnode, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 4, !tbaa !26
  %37 = icmp ult i32 %33, %36
  %38 = zext i1 %37 to i32
  store i32 %38, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %44

39:                                               ; preds = %3
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = icmp slt i32 %40, %41
  %43 = zext i1 %42 to i32
  store i32 %43, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %44

44:                                               ; preds = %39, %30
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %45 = load i32, ptr %4, align 4
  ret i32 %45
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize allocsize(0) }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize }
attributes #12 = { minsize nounwind optsize willreturn memory(read) }

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
!15 = !{!"p1 int", !11, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS5hnode", !11, i64 0}
!21 = !{!22, !22, i64 0}
!22 = !{!"p1 _ZTS4heap", !11, i64 0}
!23 = !{!24, !6, i64 2048}
!24 = !{!"heap", !7, i64 0, !6, i64 2048, !20, i64 2056}
!25 = !{!24, !20, i64 2056}
!26 = !{!27, !6, i64 0}
!27 = !{!"hnode", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!28 = !{!27, !6, i64 4}
!29 = !{!27, !6, i64 8}
!30 = !{!27, !6, i64 12}
!31 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5, i64 12, i64 4, !5}
!32 = distinct !{!32, !18}
!33 = distinct !{!33, !18}
!34 = distinct !{!34, !18}
!35 = !{!36, !36, i64 0}
!36 = !{!"p1 _ZTS8codebook", !11, i64 0}
!37 = distinct !{!37, !18}
!38 = distinct !{!38, !18}
!39 = distinct !{!39, !18}
!40 = distinct !{!40, !18}
!41 = distinct !{!41, !18}
!42 = distinct !{!42, !18}
!43 = distinct !{!43, !18}
!44 = distinct !{!44, !18}
!45 = distinct !{!45, !18}
!46 = distinct !{!46, !18}
!47 = distinct !{!47, !18}
