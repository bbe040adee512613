; ModuleID = 'min_max_heap.c'
source_filename = "min_max_heap.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.MMHeap = type { ptr, i32, i32 }

@.str = private unnamed_addr constant [23 x i8] c"kept=%d min=%d max=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [49 x i8] c"rounds=%d sum_min=%ld sum_max=%ld violations=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [46 x i8] c"sorted %d values, violations=%d weighted=%ld\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @mm_pop_min(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = call i32 @remove_at(ptr noundef %3, i32 noundef 0) #6
  ret i32 %4
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @remove_at(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.MMHeap, ptr %6, i32 0, i32 0
  %8 = load ptr, ptr %7, align 8, !tbaa !11
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr %8, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %12, ptr %5, align 4, !tbaa !5
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.MMHeap, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8, !tbaa !14
  %16 = add nsw i32 %15, -1
  store i32 %16, ptr %14, align 8, !tbaa !14
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.MMHeap, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 8, !tbaa !14
  %21 = icmp slt i32 %17, %20
  br i1 %21, label %22, label %40

22:                                               ; preds = %2
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.MMHeap, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !11
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.MMHeap, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 8, !tbaa !14
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i32, ptr %25, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !5
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.MMHeap, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8, !tbaa !11
  %35 = load i32, ptr %4, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i32, ptr %34, i64 %36
  store i32 %31, ptr %37, align 4, !tbaa !5
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = load i32, ptr %4, align 4, !tbaa !5
  call void @trickle_down(ptr noundef %38, i32 noundef %39) #6
  br label %40

40:                                               ; preds = %22, %2
  %41 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %41
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @mm_pop_max(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = call i32 @max_index(ptr noundef %4) #6
  %6 = call i32 @remove_at(ptr noundef %3, i32 noundef %5) #6
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @max_index(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  %4 = load ptr, ptr %3, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.MMHeap, ptr %4, i32 0, i32 1
  %6 = load i32, ptr %5, align 8, !tbaa !14
  %7 = icmp eq i32 %6, 1
  br i1 %7, label %8, label %9

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %29

9:                                                ; preds = %1
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.MMHeap, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 8, !tbaa !14
  %13 = icmp eq i32 %12, 2
  br i1 %13, label %14, label %15

14:                                               ; preds = %9
  store i32 1, ptr %2, align 4
  br label %29

15:                                               ; preds = %9
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.MMHeap, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !11
  %19 = getelementptr inbounds i32, ptr %18, i64 1
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.MMHeap, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8, !tbaa !11
  %24 = getelementptr inbounds i32, ptr %23, i64 2
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp sgt i32 %20, %25
  %27 = zext i1 %26 to i64
  %28 = select i1 %26, i32 1, i32 2
  store i32 %28, ptr %2, align 4
  br label %29

29:                                               ; preds = %15, %14, %8
  %30 = load i32, ptr %2, align 4
  ret i32 %30
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.MMHeap, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 31337, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i64 0, ptr %5, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %44, %0
  %18 = load i32, ptr %8, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 20000
  br i1 %19, label %20, label %47

20:                                               ; preds = %17
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = mul i32 %21, 1664525
  %23 = add i32 %22, 1013904223
  store i32 %23, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = lshr i32 %24, 12
  %26 = srem i32 %25, 100000
  store i32 %26, ptr %9, align 4, !tbaa !5
  %27 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 1
  %28 = load i32, ptr %27, align 8, !tbaa !14
  %29 = icmp slt i32 %28, 500
  br i1 %29, label %30, label %32

30:                                               ; preds = %20
  %31 = load i32, ptr %9, align 4, !tbaa !5
  call void @mm_push(ptr noundef %2, i32 noundef %31) #6
  br label %43

32:                                               ; preds = %20
  %33 = load i32, ptr %9, align 4, !tbaa !5
  %34 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 0
  %35 = load ptr, ptr %34, align 8, !tbaa !11
  %36 = getelementptr inbounds i32, ptr %35, i64 0
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = icmp sgt i32 %33, %37
  br i1 %38, label %39, label %42

39:                                               ; preds = %32
  %40 = call i32 @mm_pop_min(ptr noundef %2) #6
  %41 = load i32, ptr %9, align 4, !tbaa !5
  call void @mm_push(ptr noundef %2, i32 noundef %41) #6
  br label %42

42:                                               ; preds = %39, %32
  br label %43

43:                                               ; preds = %42, %30
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %8, align 4, !tbaa !5
  br label %17, !llvm.loop !17

47:                                               ; preds = %17
  %48 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 1
  %49 = load i32, ptr %48, align 8, !tbaa !14
  %50 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 0
  %51 = load ptr, ptr %50, align 8, !tbaa !11
  %52 = getelementptr inbounds i32, ptr %51, i64 0
  %53 = load i32, ptr %52, align 4, !tbaa !5
  %54 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 0
  %55 = load ptr, ptr %54, align 8, !tbaa !11
  %56 = call i32 @max_index(ptr noundef %2) #6
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i32, ptr %55, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %49, i32 noundef %53, i32 noundef %59) #6
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 -1, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 1073741824, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %96, %47
  %62 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 1
  %63 = load i32, ptr %62, align 8, !tbaa !14
  %64 = icmp sgt i32 %63, 0
  br i1 %64, label %65, label %99

65:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %66 = call i32 @mm_pop_min(ptr noundef %2) #6
  store i32 %66, ptr %13, align 4, !tbaa !5
  %67 = load i32, ptr %13, align 4, !tbaa !5
  %68 = load i32, ptr %10, align 4, !tbaa !5
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %70, label %73

70:                                               ; preds = %65
  %71 = load i32, ptr %6, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %6, align 4, !tbaa !5
  br label %73

73:                                               ; preds = %70, %65
  %74 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %74, ptr %10, align 4, !tbaa !5
  %75 = load i32, ptr %13, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = load i64, ptr %4, align 8, !tbaa !15
  %78 = add nsw i64 %77, %76
  store i64 %78, ptr %4, align 8, !tbaa !15
  %79 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 1
  %80 = load i32, ptr %79, align 8, !tbaa !14
  %81 = icmp sgt i32 %80, 0
  br i1 %81, label %82, label %96

82:                                               ; preds = %73
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %83 = call i32 @mm_pop_max(ptr noundef %2) #6
  store i32 %83, ptr %14, align 4, !tbaa !5
  %84 = load i32, ptr %14, align 4, !tbaa !5
  %85 = load i32, ptr %11, align 4, !tbaa !5
  %86 = icmp sgt i32 %84, %85
  br i1 %86, label %87, label %90

87:                                               ; preds = %82
  %88 = load i32, ptr %6, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %6, align 4, !tbaa !5
  br label %90

90:                                               ; preds = %87, %82
  %91 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %91, ptr %11, align 4, !tbaa !5
  %92 = load i32, ptr %14, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = load i64, ptr %5, align 8, !tbaa !15
  %95 = add nsw i64 %94, %93
  store i64 %95, ptr %5, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %96

96:                                               ; preds = %90, %73
  %97 = load i32, ptr %12, align 4, !tbaa !5
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %61, !llvm.loop !19

99:                                               ; preds = %61
  %100 = load i32, ptr %12, align 4, !tbaa !5
  %101 = load i64, ptr %4, align 8, !tbaa !15
  %102 = load i64, ptr %5, align 8, !tbaa !15
  %103 = load i32, ptr %6, align 4, !tbaa !5
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %100, i64 noundef %101, i64 noundef %102, i32 noundef %103) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %113, %99
  %106 = load i32, ptr %8, align 4, !tbaa !5
  %107 = icmp slt i32 %106, 3000
  br i1 %107, label %108, label %116

108:                                              ; preds = %105
  %109 = load i32, ptr %8, align 4, !tbaa !5
  %110 = mul nsw i32 %109, 7919
  %111 = srem i32 %110, 3001
  %112 = sub nsw i32 %111, 1500
  call void @mm_push(ptr noundef %2, i32 noundef %112) #6
  br label %113

113:                                              ; preds = %108
  %114 = load i32, ptr %8, align 4, !tbaa !5
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %8, align 4, !tbaa !5
  br label %105, !llvm.loop !20

116:                                              ; preds = %105
  store i32 -100000, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i64 0, ptr %15, align 8, !tbaa !15
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %117

117:                                              ; preds = %139, %116
  %118 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 1
  %119 = load i32, ptr %118, align 8, !tbaa !14
  %120 = icmp sgt i32 %119, 0
  br i1 %120, label %121, label %142

121:                                              ; preds = %117
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %122 = call i32 @mm_pop_min(ptr noundef %2) #6
  store i32 %122, ptr %16, align 4, !tbaa !5
  %123 = load i32, ptr %16, align 4, !tbaa !5
  %124 = load i32, ptr %7, align 4, !tbaa !5
  %125 = icmp slt i32 %123, %124
  br i1 %125, label %126, label %129

126:                                              ; preds = %121
  %127 = load i32, ptr %6, align 4, !tbaa !5
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %6, align 4, !tbaa !5
  br label %129

129:                                              ; preds = %126, %121
  %130 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %130, ptr %7, align 4, !tbaa !5
  %131 = load i32, ptr %16, align 4, !tbaa !5
  %132 = sext i32 %131 to i64
  %133 = load i32, ptr %8, align 4, !tbaa !5
  %134 = srem i32 %133, 13
  %135 = sext i32 %134 to i64
  %136 = mul nsw i64 %132, %135
  %137 = load i64, ptr %15, align 8, !tbaa !15
  %138 = add nsw i64 %137, %136
  store i64 %138, ptr %15, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %139

139:                                              ; preds = %129
  %140 = load i32, ptr %8, align 4, !tbaa !5
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %8, align 4, !tbaa !5
  br label %117, !llvm.loop !21

142:                                              ; preds = %117
  %143 = load i32, ptr %8, align 4, !tbaa !5
  %144 = load i32, ptr %6, align 4, !tbaa !5
  %145 = load i64, ptr %15, align 8, !tbaa !15
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %143, i32 noundef %144, i64 noundef %145) #6
  %147 = getelementptr inbounds nuw %struct.MMHeap, ptr %2, i32 0, i32 0
  %148 = load ptr, ptr %147, align 8, !tbaa !11
  call void @free(ptr noundef %148) #8
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @mm_push(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.MMHeap, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 8, !tbaa !14
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.MMHeap, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4, !tbaa !22
  %14 = icmp eq i32 %10, %13
  br i1 %14, label %15, label %48

15:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.MMHeap, ptr %16, i32 0, i32 2
  %18 = load i32, ptr %17, align 4, !tbaa !22
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %15
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.MMHeap, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 4, !tbaa !22
  %24 = mul nsw i32 %23, 2
  br label %26

25:                                               ; preds = %15
  br label %26

26:                                               ; preds = %25, %20
  %27 = phi i32 [ %24, %20 ], [ 16, %25 ]
  store i32 %27, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.MMHeap, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8, !tbaa !11
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = mul i64 %32, 4
  %34 = call ptr @realloc(ptr noundef %30, i64 noundef %33) #9
  store ptr %34, ptr %6, align 8, !tbaa !23
  %35 = load ptr, ptr %6, align 8, !tbaa !23
  %36 = icmp ne ptr %35, null
  br i1 %36, label %38, label %37

37:                                               ; preds = %26
  store i32 1, ptr %7, align 4
  br label %45

38:                                               ; preds = %26
  %39 = load ptr, ptr %6, align 8, !tbaa !23
  %40 = load ptr, ptr %3, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.MMHeap, ptr %40, i32 0, i32 0
  store ptr %39, ptr %41, align 8, !tbaa !11
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = load ptr, ptr %3, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.MMHeap, ptr %43, i32 0, i32 2
  store i32 %42, ptr %44, align 4, !tbaa !22
  store i32 0, ptr %7, align 4
  br label %45

45:                                               ; preds = %38, %37
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  %46 = load i32, ptr %7, align 4
  switch i32 %46, label %67 [
    i32 0, label %47
    i32 1, label %66
  ]

47:                                               ; preds = %45
  br label %48

48:                                               ; preds = %47, %2
  %49 = load i32, ptr %4, align 4, !tbaa !5
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.MMHeap, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %51, align 8, !tbaa !11
  %53 = load ptr, ptr %3, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.MMHeap, ptr %53, i32 0, i32 1
  %55 = load i32, ptr %54, align 8, !tbaa !14
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i32, ptr %52, i64 %56
  store i32 %49, ptr %57, align 4, !tbaa !5
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.MMHeap, ptr %59, i32 0, i32 1
  %61 = load i32, ptr %60, align 8, !tbaa !14
  call void @bubble_up(ptr noundef %58, i32 noundef %61) #6
  %62 = load ptr, ptr %3, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.MMHeap, ptr %62, i32 0, i32 1
  %64 = load i32, ptr %63, align 8, !tbaa !14
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %63, align 8, !tbaa !14
  br label %66

66:                                               ; preds = %48, %45
  ret void

67:                                               ; preds = %45
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @trickle_down(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = call zeroext i1 @is_min_level(i32 noundef %10) #6
  %12 = zext i1 %11 to i8
  store i8 %12, ptr %5, align 1, !tbaa !24
  br label %13

13:                                               ; preds = %158, %2
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = load i8, ptr %5, align 1, !tbaa !24, !range !26, !noundef !27
  %17 = trunc i8 %16 to i1
  %18 = call i32 @extreme_descendant(ptr noundef %14, i32 noundef %15, i1 noundef zeroext %17) #6
  store i32 %18, ptr %6, align 4, !tbaa !5
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = icmp slt i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %13
  store i32 1, ptr %7, align 4
  br label %156

22:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %23 = load i8, ptr %5, align 1, !tbaa !24, !range !26, !noundef !27
  %24 = trunc i8 %23 to i1
  br i1 %24, label %25, label %42

25:                                               ; preds = %22
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.MMHeap, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !11
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.MMHeap, ptr %33, i32 0, i32 0
  %35 = load ptr, ptr %34, align 8, !tbaa !11
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i32, ptr %35, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = icmp slt i32 %32, %39
  %41 = zext i1 %40 to i32
  br label %59

42:                                               ; preds = %22
  %43 = load ptr, ptr %3, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.MMHeap, ptr %43, i32 0, i32 0
  %45 = load ptr, ptr %44, align 8, !tbaa !11
  %46 = load i32, ptr %6, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i32, ptr %45, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.MMHeap, ptr %50, i32 0, i32 0
  %52 = load ptr, ptr %51, align 8, !tbaa !11
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %52, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = icmp sgt i32 %49, %56
  %58 = zext i1 %57 to i32
  br label %59

59:                                               ; preds = %42, %25
  %60 = phi i32 [ %41, %25 ], [ %58, %42 ]
  %61 = icmp ne i32 %60, 0
  %62 = zext i1 %61 to i8
  store i8 %62, ptr %8, align 1, !tbaa !24
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = load i32, ptr %4, align 4, !tbaa !5
  %65 = mul nsw i32 2, %64
  %66 = add nsw i32 %65, 2
  %67 = icmp sgt i32 %63, %66
  br i1 %67, label %68, label %137

68:                                               ; preds = %59
  %69 = load i8, ptr %8, align 1, !tbaa !24, !range !26, !noundef !27
  %70 = trunc i8 %69 to i1
  br i1 %70, label %72, label %71

71:                                               ; preds = %68
  store i32 1, ptr %7, align 4
  br label %155

72:                                               ; preds = %68
  %73 = load ptr, ptr %3, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.MMHeap, ptr %73, i32 0, i32 0
  %75 = load ptr, ptr %74, align 8, !tbaa !11
  %76 = load i32, ptr %6, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i32, ptr %75, i64 %77
  %79 = load ptr, ptr %3, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.MMHeap, ptr %79, i32 0, i32 0
  %81 = load ptr, ptr %80, align 8, !tbaa !11
  %82 = load i32, ptr %4, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i32, ptr %81, i64 %83
  call void @swap_int(ptr noundef %78, ptr noundef %84) #6
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %85 = load i32, ptr %6, align 4, !tbaa !5
  %86 = sub nsw i32 %85, 1
  %87 = sdiv i32 %86, 2
  store i32 %87, ptr %9, align 4, !tbaa !5
  %88 = load i8, ptr %5, align 1, !tbaa !24, !range !26, !noundef !27
  %89 = trunc i8 %88 to i1
  br i1 %89, label %90, label %106

90:                                               ; preds = %72
  %91 = load ptr, ptr %3, align 8, !tbaa !9
  %92 = getelementptr inbounds nuw %struct.MMHeap, ptr %91, i32 0, i32 0
  %93 = load ptr, ptr %92, align 8, !tbaa !11
  %94 = load i32, ptr %6, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds i32, ptr %93, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !5
  %98 = load ptr, ptr %3, align 8, !tbaa !9
  %99 = getelementptr inbounds nuw %struct.MMHeap, ptr %98, i32 0, i32 0
  %100 = load ptr, ptr %99, align 8, !tbaa !11
  %101 = load i32, ptr %9, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds i32, ptr %100, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !5
  %105 = icmp sgt i32 %97, %104
  br i1 %105, label %122, label %135

106:                                              ; preds = %72
  %107 = load ptr, ptr %3, align 8, !tbaa !9
  %108 = getelementptr inbounds nuw %struct.MMHeap, ptr %107, i32 0, i32 0
  %109 = load ptr, ptr %108, align 8, !tbaa !11
  %110 = load i32, ptr %6, align 4, !tbaa !5
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds i32, ptr %109, i64 %111
  %113 = load i32, ptr %112, align 4, !tbaa !5
  %114 = load ptr, ptr %3, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw %struct.MMHeap, ptr %114, i32 0, i32 0
  %116 = load ptr, ptr %115, align 8, !tbaa !11
  %117 = load i32, ptr %9, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds i32, ptr %116, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = icmp slt i32 %113, %120
  br i1 %121, label %122, label %135

122:                                              ; preds = %106, %90
  %123 = load ptr, ptr %3, align 8, !tbaa !9
  %124 = getelementptr inbounds nuw %struct.MMHeap, ptr %123, i32 0, i32 0
  %125 = load ptr, ptr %124, align 8, !tbaa !11
  %126 = load i32, ptr %6, align 4, !tbaa !5
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds i32, ptr %125, i64 %127
  %129 = load ptr, ptr %3, align 8, !tbaa !9
  %130 = getelementptr inbounds nuw %struct.MMHeap, ptr %129, i32 0, i32 0
  %131 = load ptr, ptr %130, align 8, !tbaa !11
  %132 = load i32, ptr %9, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds i32, ptr %131, i64 %133
  call void @swap_int(ptr noundef %128, ptr noundef %134) #6
  br label %135

135:                                              ; preds = %122, %106, %90
  %136 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %136, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %154

137:                                              ; preds = %59
  %138 = load i8, ptr %8, align 1, !tbaa !24, !range !26, !noundef !27
  %139 = trunc i8 %138 to i1
  br i1 %139, label %140, label %153

140:                                              ; preds = %137
  %141 = load ptr, ptr %3, align 8, !tbaa !9
  %142 = getelementptr inbounds nuw %struct.MMHeap, ptr %141, i32 0, i32 0
  %143 = load ptr, ptr %142, align 8, !tbaa !11
  %144 = load i32, ptr %6, align 4, !tbaa !5
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds i32, ptr %143, i64 %145
  %147 = load ptr, ptr %3, align 8, !tbaa !9
  %148 = getelementptr inbounds nuw %struct.MMHeap, ptr %147, i32 0, i32 0
  %149 = load ptr, ptr %148, align 8, !tbaa !11
  %150 = load i32, ptr %4, align 4, !tbaa !5
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds i32, ptr %149, i64 %151
  call void @swap_int(ptr noundef %146, ptr noundef %152) #6
  br label %153

153:                                              ; preds = %140, %137
  store i32 1, ptr %7, align 4
  br label %155

154:                                              ; preds = %135
  store i32 0, ptr %7, align 4
  br label %155

155:                                              ; preds = %154, %153, %71
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %156

156:                                              ; preds = %155, %21
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %157 = load i32, ptr %7, align 4
  switch i32 %157, label %159 [
    i32 0, label %158
  ]

158:                                              ; preds = %156
  br label %13

159:                                              ; preds = %156
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @is_min_level(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr %2, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %9, %1
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = icmp sgt i32 %7, 1
  br i1 %8, label %9, label %14

9:                                                ; preds = %6
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = ashr i32 %10, 1
  store i32 %11, ptr %2, align 4, !tbaa !5
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4, !tbaa !5
  br label %6, !llvm.loop !28

14:                                               ; preds = %6
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = and i32 %15, 1
  %17 = icmp eq i32 %16, 0
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret i1 %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @extreme_descendant(ptr noundef %0, i32 noundef %1, i1 noundef zeroext %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca [6 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  %12 = zext i1 %2 to i8
  store i8 %12, ptr %6, align 1, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 -1, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = mul nsw i32 2, %13
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %8, align 4, !tbaa !5
  %16 = getelementptr inbounds i32, ptr %8, i64 1
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = mul nsw i32 2, %17
  %19 = add nsw i32 %18, 2
  store i32 %19, ptr %16, align 4, !tbaa !5
  %20 = getelementptr inbounds i32, ptr %8, i64 2
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = mul nsw i32 4, %21
  %23 = add nsw i32 %22, 3
  store i32 %23, ptr %20, align 4, !tbaa !5
  %24 = getelementptr inbounds i32, ptr %8, i64 3
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = mul nsw i32 4, %25
  %27 = add nsw i32 %26, 4
  store i32 %27, ptr %24, align 4, !tbaa !5
  %28 = getelementptr inbounds i32, ptr %8, i64 4
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = mul nsw i32 4, %29
  %31 = add nsw i32 %30, 5
  store i32 %31, ptr %28, align 4, !tbaa !5
  %32 = getelementptr inbounds i32, ptr %8, i64 5
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = mul nsw i32 4, %33
  %35 = add nsw i32 %34, 6
  store i32 %35, ptr %32, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %95, %3
  %37 = load i32, ptr %9, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 6
  br i1 %38, label %40, label %39

39:                                               ; preds = %36
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %98

40:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %41 = load i32, ptr %9, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [6 x i32], ptr %8, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  store i32 %44, ptr %11, align 4, !tbaa !5
  %45 = load i32, ptr %11, align 4, !tbaa !5
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.MMHeap, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 8, !tbaa !14
  %49 = icmp sge i32 %45, %48
  br i1 %49, label %50, label %51

50:                                               ; preds = %40
  store i32 4, ptr %10, align 4
  br label %92

51:                                               ; preds = %40
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = icmp slt i32 %52, 0
  br i1 %53, label %89, label %54

54:                                               ; preds = %51
  %55 = load i8, ptr %6, align 1, !tbaa !24, !range !26, !noundef !27
  %56 = trunc i8 %55 to i1
  br i1 %56, label %57, label %73

57:                                               ; preds = %54
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.MMHeap, ptr %58, i32 0, i32 0
  %60 = load ptr, ptr %59, align 8, !tbaa !11
  %61 = load i32, ptr %11, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i32, ptr %60, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = load ptr, ptr %4, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.MMHeap, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8, !tbaa !11
  %68 = load i32, ptr %7, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds i32, ptr %67, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !5
  %72 = icmp slt i32 %64, %71
  br i1 %72, label %89, label %91

73:                                               ; preds = %54
  %74 = load ptr, ptr %4, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.MMHeap, ptr %74, i32 0, i32 0
  %76 = load ptr, ptr %75, align 8, !tbaa !11
  %77 = load i32, ptr %11, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds i32, ptr %76, i64 %78
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = load ptr, ptr %4, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.MMHeap, ptr %81, i32 0, i32 0
  %83 = load ptr, ptr %82, align 8, !tbaa !11
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i32, ptr %83, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = icmp sgt i32 %80, %87
  br i1 %88, label %89, label %91

89:                                               ; preds = %73, %57, %51
  %90 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %90, ptr %7, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %89, %73, %57
  store i32 0, ptr %10, align 4
  br label %92

92:                                               ; preds = %91, %50
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %93 = load i32, ptr %10, align 4
  switch i32 %93, label %100 [
    i32 0, label %94
    i32 4, label %95
  ]

94:                                               ; preds = %92
  br label %95

95:                                               ; preds = %94, %92
  %96 = load i32, ptr %9, align 4, !tbaa !5
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %9, align 4, !tbaa !5
  br label %36, !llvm.loop !29

98:                                               ; preds = %39
  %99 = load i32, ptr %7, align 4, !tbaa !5
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret i32 %99

100:                                              ; preds = %92
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @swap_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !23
  store ptr %1, ptr %4, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %6 = load ptr, ptr %3, align 8, !tbaa !23
  %7 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %7, ptr %5, align 4, !tbaa !5
  %8 = load ptr, ptr %4, align 8, !tbaa !23
  %9 = load i32, ptr %8, align 4, !tbaa !5
  %10 = load ptr, ptr %3, align 8, !tbaa !23
  store i32 %9, ptr %10, align 4, !tbaa !5
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = load ptr, ptr %4, align 8, !tbaa !23
  store i32 %11, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret void
}

; Function Attrs: minsize nounwind optsize allocsize(1)
declare ptr @realloc(ptr noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bubble_up(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %2
  br label %86

9:                                                ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = sub nsw i32 %10, 1
  %12 = sdiv i32 %11, 2
  store i32 %12, ptr %5, align 4, !tbaa !5
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = call zeroext i1 @is_min_level(i32 noundef %13) #6
  br i1 %14, label %15, label %50

15:                                               ; preds = %9
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.MMHeap, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !11
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i32, ptr %18, i64 %20
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.MMHeap, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !11
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i32, ptr %25, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = icmp sgt i32 %22, %29
  br i1 %30, label %31, label %46

31:                                               ; preds = %15
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.MMHeap, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8, !tbaa !11
  %35 = load i32, ptr %4, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i32, ptr %34, i64 %36
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.MMHeap, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8, !tbaa !11
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i32, ptr %40, i64 %42
  call void @swap_int(ptr noundef %37, ptr noundef %43) #6
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = load i32, ptr %5, align 4, !tbaa !5
  call void @bubble_up_dir(ptr noundef %44, i32 noundef %45, i1 noundef zeroext false) #6
  br label %49

46:                                               ; preds = %15
  %47 = load ptr, ptr %3, align 8, !tbaa !9
  %48 = load i32, ptr %4, align 4, !tbaa !5
  call void @bubble_up_dir(ptr noundef %47, i32 noundef %48, i1 noundef zeroext true) #6
  br label %49

49:                                               ; preds = %46, %31
  br label %85

50:                                               ; preds = %9
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.MMHeap, ptr %51, i32 0, i32 0
  %53 = load ptr, ptr %52, align 8, !tbaa !11
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i32, ptr %53, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.MMHeap, ptr %58, i32 0, i32 0
  %60 = load ptr, ptr %59, align 8, !tbaa !11
  %61 = load i32, ptr %5, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds i32, ptr %60, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = icmp slt i32 %57, %64
  br i1 %65, label %66, label %81

66:                                               ; preds = %50
  %67 = load ptr, ptr %3, align 8, !tbaa !9
  %68 = getelementptr inbounds nuw %struct.MMHeap, ptr %67, i32 0, i32 0
  %69 = load ptr, ptr %68, align 8, !tbaa !11
  %70 = load i32, ptr %4, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i32, ptr %69, i64 %71
  %73 = load ptr, ptr %3, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.MMHeap, ptr %73, i32 0, i32 0
  %75 = load ptr, ptr %74, align 8, !tbaa !11
  %76 = load i32, ptr %5, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i32, ptr %75, i64 %77
  call void @swap_int(ptr noundef %72, ptr noundef %78) #6
  %79 = load ptr, ptr %3, align 8, !tbaa !9
  %80 = load i32, ptr %5, align 4, !tbaa !5
  call void @bubble_up_dir(ptr noundef %79, i32 noundef %80, i1 noundef zeroext true) #6
  br label %84

81:                                               ; preds = %50
  %82 = load ptr, ptr %3, align 8, !tbaa !9
  %83 = load i32, ptr %4, align 4, !tbaa !5
  call void @bubble_up_dir(ptr noundef %82, i32 noundef %83, i1 noundef zeroext false) #6
  br label %84

84:                                               ; preds = %81, %66
  br label %85

85:                                               ; preds = %84, %49
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %86

86:                                               ; preds = %85, %8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bubble_up_dir(ptr noundef %0, i32 noundef %1, i1 noundef zeroext %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  %10 = zext i1 %2 to i8
  store i8 %10, ptr %6, align 1, !tbaa !24
  br label %11

11:                                               ; preds = %77, %3
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 3
  br i1 %13, label %14, label %78

14:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = sub nsw i32 %15, 3
  %17 = sdiv i32 %16, 4
  store i32 %17, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %18 = load i8, ptr %6, align 1, !tbaa !24, !range !26, !noundef !27
  %19 = trunc i8 %18 to i1
  br i1 %19, label %20, label %37

20:                                               ; preds = %14
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.MMHeap, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8, !tbaa !11
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.MMHeap, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8, !tbaa !11
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, ptr %30, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = icmp slt i32 %27, %34
  %36 = zext i1 %35 to i32
  br label %54

37:                                               ; preds = %14
  %38 = load ptr, ptr %4, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.MMHeap, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8, !tbaa !11
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i32, ptr %40, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = load ptr, ptr %4, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.MMHeap, ptr %45, i32 0, i32 0
  %47 = load ptr, ptr %46, align 8, !tbaa !11
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %47, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = icmp sgt i32 %44, %51
  %53 = zext i1 %52 to i32
  br label %54

54:                                               ; preds = %37, %20
  %55 = phi i32 [ %36, %20 ], [ %53, %37 ]
  %56 = icmp ne i32 %55, 0
  %57 = zext i1 %56 to i8
  store i8 %57, ptr %8, align 1, !tbaa !24
  %58 = load i8, ptr %8, align 1, !tbaa !24, !range !26, !noundef !27
  %59 = trunc i8 %58 to i1
  br i1 %59, label %61, label %60

60:                                               ; preds = %54
  store i32 3, ptr %9, align 4
  br label %75

61:                                               ; preds = %54
  %62 = load ptr, ptr %4, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.MMHeap, ptr %62, i32 0, i32 0
  %64 = load ptr, ptr %63, align 8, !tbaa !11
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i32, ptr %64, i64 %66
  %68 = load ptr, ptr %4, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.MMHeap, ptr %68, i32 0, i32 0
  %70 = load ptr, ptr %69, align 8, !tbaa !11
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i32, ptr %70, i64 %72
  call void @swap_int(ptr noundef %67, ptr noundef %73) #6
  %74 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %74, ptr %5, align 4, !tbaa !5
  store i32 0, ptr %9, align 4
  br label %75

75:                                               ; preds = %61, %60
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  %76 = load i32, ptr %9, align 4
  switch i32 %76, label %79 [
    i32 0, label %77
    i32 3, label %78
  ]

77:                                               ; preds = %75
  br label %11, !llvm.loop !30

78:                                               ; preds = %75, %11
  ret void

79:                                               ; preds = %75
  unreachable
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize optsize }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize allocsize(1) }

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
!11 = !{!12, !13, i64 0}
!12 = !{!"", !13, i64 0, !6, i64 8, !6, i64 12}
!13 = !{!"p1 int", !10, i64 0}
!14 = !{!12, !6, i64 8}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !18}
!21 = distinct !{!21, !18}
!22 = !{!12, !6, i64 12}
!23 = !{!13, !13, i64 0}
!24 = !{!25, !25, i64 0}
!25 = !{!"_Bool", !7, i64 0}
!26 = !{i8 0, i8 2}
!27 = !{}
!28 = distinct !{!28, !18}
!29 = distinct !{!29, !18}
!30 = distinct !{!30, !18}
