; ModuleID = 'union_find.c'
source_filename = "union_find.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.edge = type { i32, i32, i32 }

@lcg = internal global i64 0, align 8
@edges = internal global [9000 x %struct.edge] zeroinitializer, align 16
@.str = private unnamed_addr constant [31 x i8] c"components after %d edges: %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [37 x i8] c"mst edges=%d weight=%lu heaviest=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"components=%d\0A\00", align 1
@rnk = internal global [1500 x i8] zeroinitializer, align 16
@.str.3 = private unnamed_addr constant [13 x i8] c"max rank=%d\0A\00", align 1
@parent = internal global [1500 x i32] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @count_components(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %19, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = icmp slt i32 %6, %7
  br i1 %8, label %10, label %9

9:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %22

10:                                               ; preds = %5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = call i32 @uf_find(i32 noundef %11) #4
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = icmp eq i32 %12, %13
  br i1 %14, label %15, label %18

15:                                               ; preds = %10
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %3, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %15, %10
  br label %19

19:                                               ; preds = %18
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !9

22:                                               ; preds = %9
  %23 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @uf_find(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  br label %3

3:                                                ; preds = %10, %1
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %5
  %7 = load i32, ptr %6, align 4, !tbaa !5
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = icmp ne i32 %7, %8
  br i1 %9, label %10, label %25

10:                                               ; preds = %3
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %19
  store i32 %17, ptr %20, align 4, !tbaa !5
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  store i32 %24, ptr %2, align 4, !tbaa !5
  br label %3, !llvm.loop !11

25:                                               ; preds = %3
  %26 = load i32, ptr %2, align 4, !tbaa !5
  ret i32 %26
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 42, ptr @lcg, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %34, %0
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 9000
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %2) #3
  br label %37

14:                                               ; preds = %10
  %15 = call i32 @next_rand() #4
  %16 = urem i32 %15, 1500
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.edge, ptr %19, i32 0, i32 0
  store i32 %16, ptr %20, align 4, !tbaa !14
  %21 = call i32 @next_rand() #4
  %22 = urem i32 %21, 1500
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %24
  %26 = getelementptr inbounds nuw %struct.edge, ptr %25, i32 0, i32 1
  store i32 %22, ptr %26, align 4, !tbaa !16
  %27 = call i32 @next_rand() #4
  %28 = urem i32 %27, 10000
  %29 = add i32 %28, 1
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %31
  %33 = getelementptr inbounds nuw %struct.edge, ptr %32, i32 0, i32 2
  store i32 %29, ptr %33, align 4, !tbaa !17
  br label %34

34:                                               ; preds = %14
  %35 = load i32, ptr %2, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %2, align 4, !tbaa !5
  br label %10, !llvm.loop !18

37:                                               ; preds = %13
  call void @uf_init(i32 noundef 1500) #4
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %54, %37
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = icmp slt i32 %39, 3000
  br i1 %40, label %42, label %41

41:                                               ; preds = %38
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %57

42:                                               ; preds = %38
  %43 = load i32, ptr %3, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %44
  %46 = getelementptr inbounds nuw %struct.edge, ptr %45, i32 0, i32 0
  %47 = load i32, ptr %46, align 4, !tbaa !14
  %48 = load i32, ptr %3, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.edge, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %51, align 4, !tbaa !16
  %53 = call i32 @uf_union(i32 noundef %47, i32 noundef %52) #4
  br label %54

54:                                               ; preds = %42
  %55 = load i32, ptr %3, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %3, align 4, !tbaa !5
  br label %38, !llvm.loop !19

57:                                               ; preds = %41
  %58 = call i32 @count_components(i32 noundef 1500) #4
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 3000, i32 noundef %58) #4
  call void @qsort(ptr noundef @edges, i64 noundef 9000, i64 noundef 12, ptr noundef @cmp_edge) #4
  call void @uf_init(i32 noundef 1500) #4
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i64 0, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %108, %57
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = icmp slt i32 %61, 9000
  br i1 %62, label %63, label %66

63:                                               ; preds = %60
  %64 = load i32, ptr %5, align 4, !tbaa !5
  %65 = icmp slt i32 %64, 1499
  br label %66

66:                                               ; preds = %63, %60
  %67 = phi i1 [ false, %60 ], [ %65, %63 ]
  br i1 %67, label %69, label %68

68:                                               ; preds = %66
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %111

69:                                               ; preds = %66
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %71
  %73 = getelementptr inbounds nuw %struct.edge, ptr %72, i32 0, i32 0
  %74 = load i32, ptr %73, align 4, !tbaa !14
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.edge, ptr %77, i32 0, i32 1
  %79 = load i32, ptr %78, align 4, !tbaa !16
  %80 = call i32 @uf_union(i32 noundef %74, i32 noundef %79) #4
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %82, label %107

82:                                               ; preds = %69
  %83 = load i32, ptr %7, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %84
  %86 = getelementptr inbounds nuw %struct.edge, ptr %85, i32 0, i32 2
  %87 = load i32, ptr %86, align 4, !tbaa !17
  %88 = zext i32 %87 to i64
  %89 = load i64, ptr %4, align 8, !tbaa !12
  %90 = add i64 %89, %88
  store i64 %90, ptr %4, align 8, !tbaa !12
  %91 = load i32, ptr %5, align 4, !tbaa !5
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %5, align 4, !tbaa !5
  %93 = load i32, ptr %7, align 4, !tbaa !5
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %94
  %96 = getelementptr inbounds nuw %struct.edge, ptr %95, i32 0, i32 2
  %97 = load i32, ptr %96, align 4, !tbaa !17
  %98 = load i32, ptr %6, align 4, !tbaa !5
  %99 = icmp sgt i32 %97, %98
  br i1 %99, label %100, label %106

100:                                              ; preds = %82
  %101 = load i32, ptr %7, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [9000 x %struct.edge], ptr @edges, i64 0, i64 %102
  %104 = getelementptr inbounds nuw %struct.edge, ptr %103, i32 0, i32 2
  %105 = load i32, ptr %104, align 4, !tbaa !17
  store i32 %105, ptr %6, align 4, !tbaa !5
  br label %106

106:                                              ; preds = %100, %82
  br label %107

107:                                              ; preds = %106, %69
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %7, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %7, align 4, !tbaa !5
  br label %60, !llvm.loop !20

111:                                              ; preds = %68
  %112 = load i32, ptr %5, align 4, !tbaa !5
  %113 = load i64, ptr %4, align 8, !tbaa !12
  %114 = load i32, ptr %6, align 4, !tbaa !5
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %112, i64 noundef %113, i32 noundef %114) #4
  %116 = call i32 @count_components(i32 noundef 1500) #4
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %116) #4
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %137, %111
  %119 = load i32, ptr %9, align 4, !tbaa !5
  %120 = icmp slt i32 %119, 1500
  br i1 %120, label %122, label %121

121:                                              ; preds = %118
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %140

122:                                              ; preds = %118
  %123 = load i32, ptr %9, align 4, !tbaa !5
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %124
  %126 = load i8, ptr %125, align 1, !tbaa !21
  %127 = zext i8 %126 to i32
  %128 = load i32, ptr %8, align 4, !tbaa !5
  %129 = icmp sgt i32 %127, %128
  br i1 %129, label %130, label %136

130:                                              ; preds = %122
  %131 = load i32, ptr %9, align 4, !tbaa !5
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %132
  %134 = load i8, ptr %133, align 1, !tbaa !21
  %135 = zext i8 %134 to i32
  store i32 %135, ptr %8, align 4, !tbaa !5
  br label %136

136:                                              ; preds = %130, %122
  br label %137

137:                                              ; preds = %136
  %138 = load i32, ptr %9, align 4, !tbaa !5
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %9, align 4, !tbaa !5
  br label %118, !llvm.loop !22

140:                                              ; preds = %121
  %141 = load i32, ptr %8, align 4, !tbaa !5
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %141) #4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @next_rand() #0 {
  %1 = load i64, ptr @lcg, align 8, !tbaa !12
  %2 = mul i64 %1, 6364136223846793005
  %3 = add i64 %2, 1442695040888963407
  store i64 %3, ptr @lcg, align 8, !tbaa !12
  %4 = load i64, ptr @lcg, align 8, !tbaa !12
  %5 = lshr i64 %4, 33
  %6 = trunc i64 %5 to i32
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @uf_init(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %17, %1
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = icmp slt i32 %5, %6
  br i1 %7, label %9, label %8

8:                                                ; preds = %4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %20

9:                                                ; preds = %4
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %12
  store i32 %10, ptr %13, align 4, !tbaa !5
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %15
  store i8 0, ptr %16, align 1, !tbaa !21
  br label %17

17:                                               ; preds = %9
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !23

20:                                               ; preds = %8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @uf_union(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = call i32 @uf_find(i32 noundef %7) #4
  store i32 %8, ptr %4, align 4, !tbaa !5
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = call i32 @uf_find(i32 noundef %9) #4
  store i32 %10, ptr %5, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp eq i32 %11, %12
  br i1 %13, label %14, label %15

14:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %54

15:                                               ; preds = %2
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !21
  %20 = zext i8 %19 to i32
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !21
  %25 = zext i8 %24 to i32
  %26 = icmp slt i32 %20, %25
  br i1 %26, label %27, label %31

27:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %28 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %28, ptr %6, align 4, !tbaa !5
  %29 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %29, ptr %4, align 4, !tbaa !5
  %30 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %30, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %31

31:                                               ; preds = %27, %15
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [1500 x i32], ptr @parent, i64 0, i64 %34
  store i32 %32, ptr %35, align 4, !tbaa !5
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !21
  %40 = zext i8 %39 to i32
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %42
  %44 = load i8, ptr %43, align 1, !tbaa !21
  %45 = zext i8 %44 to i32
  %46 = icmp eq i32 %40, %45
  br i1 %46, label %47, label %53

47:                                               ; preds = %31
  %48 = load i32, ptr %4, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [1500 x i8], ptr @rnk, i64 0, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !21
  %52 = add i8 %51, 1
  store i8 %52, ptr %50, align 1, !tbaa !21
  br label %53

53:                                               ; preds = %47, %31
  store i32 1, ptr %3, align 4
  br label %54

54:                                               ; preds = %53, %14
  %55 = load i32, ptr %3, align 4
  ret i32 %55
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_edge(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !24
  store ptr %1, ptr %5, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %9 = load ptr, ptr %4, align 8, !tbaa !24
  store ptr %9, ptr %6, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %10 = load ptr, ptr %5, align 8, !tbaa !24
  store ptr %10, ptr %7, align 8, !tbaa !26
  %11 = load ptr, ptr %6, align 8, !tbaa !26
  %12 = getelementptr inbounds nuw %struct.edge, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4, !tbaa !17
  %14 = load ptr, ptr %7, align 8, !tbaa !26
  %15 = getelementptr inbounds nuw %struct.edge, ptr %14, i32 0, i32 2
  %16 = load i32, ptr %15, align 4, !tbaa !17
  %17 = icmp ne i32 %13, %16
  br i1 %17, label %18, label %28

18:                                               ; preds = %2
  %19 = load ptr, ptr %6, align 8, !tbaa !26
  %20 = getelementptr inbounds nuw %struct.edge, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %20, align 4, !tbaa !17
  %22 = load ptr, ptr %7, align 8, !tbaa !26
  %23 = getelementptr inbounds nuw %struct.edge, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %23, align 4, !tbaa !17
  %25 = icmp ult i32 %21, %24
  %26 = zext i1 %25 to i64
  %27 = select i1 %25, i32 -1, i32 1
  store i32 %27, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %52

28:                                               ; preds = %2
  %29 = load ptr, ptr %6, align 8, !tbaa !26
  %30 = getelementptr inbounds nuw %struct.edge, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 4, !tbaa !14
  %32 = load ptr, ptr %7, align 8, !tbaa !26
  %33 = getelementptr inbounds nuw %struct.edge, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 4, !tbaa !14
  %35 = icmp ne i32 %31, %34
  br i1 %35, label %36, label %44

36:                                               ; preds = %28
  %37 = load ptr, ptr %6, align 8, !tbaa !26
  %38 = getelementptr inbounds nuw %struct.edge, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 4, !tbaa !14
  %40 = load ptr, ptr %7, align 8, !tbaa !26
  %41 = getelementptr inbounds nuw %struct.edge, ptr %40, i32 0, i32 0
  %42 = load i32, ptr %41, align 4, !tbaa !14
  %43 = sub nsw i32 %39, %42
  store i32 %43, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %52

44:                                               ; preds = %28
  %45 = load ptr, ptr %6, align 8, !tbaa !26
  %46 = getelementptr inbounds nuw %struct.edge, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4, !tbaa !16
  %48 = load ptr, ptr %7, align 8, !tbaa !26
  %49 = getelementptr inbounds nuw %struct.edge, ptr %48, i32 0, i32 1
  %50 = load i32, ptr %49, align 4, !tbaa !16
  %51 = sub nsw i32 %47, %50
  store i32 %51, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %52

52:                                               ; preds = %44, %36, %18
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  %53 = load i32, ptr %3, align 4
  ret i32 %53
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !6, i64 0}
!15 = !{!"edge", !6, i64 0, !6, i64 4, !6, i64 8}
!16 = !{!15, !6, i64 4}
!17 = !{!15, !6, i64 8}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = !{!7, !7, i64 0}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = !{!25, !25, i64 0}
!25 = !{!"any pointer", !7, i64 0}
!26 = !{!27, !27, i64 0}
!27 = !{!"p1 _ZTS4edge", !25, i64 0}
