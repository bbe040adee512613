; ModuleID = 'maze_bfs.c'
source_filename = "maze_bfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dist = internal global [48 x [64 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [48 x i8] c"walls=%2u%% path=%4d reachable_from_center=%4d\0A\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"solved=%d checksum=%u\0A\00", align 1
@grid = internal global [48 x [64 x i8]] zeroinitializer, align 16
@rng_state = internal global i32 -1831433054, align 4
@bfs.dr = internal constant [4 x i32] [i32 -1, i32 1, i32 0, i32 0], align 16
@bfs.dc = internal constant [4 x i32] [i32 0, i32 0, i32 -1, i32 1], align 16
@queue_r = internal global [3072 x i32] zeroinitializer, align 16
@queue_c = internal global [3072 x i32] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @count_reachable() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #3
  store i32 0, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %30, %0
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 48
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #3
  br label %33

9:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %26, %9
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 64
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %29

14:                                               ; preds = %10
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %16
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [64 x i32], ptr %17, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = icmp sge i32 %21, 0
  %23 = zext i1 %22 to i32
  %24 = load i32, ptr %1, align 4, !tbaa !5
  %25 = add nsw i32 %24, %23
  store i32 %25, ptr %1, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %14
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %4, align 4, !tbaa !5
  br label %10, !llvm.loop !9

29:                                               ; preds = %13
  br label %30

30:                                               ; preds = %29
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %2, align 4, !tbaa !5
  br label %5, !llvm.loop !11

33:                                               ; preds = %8
  %34 = load i32, ptr %1, align 4, !tbaa !5
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #3
  ret i32 %34
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 10, ptr %4, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %34, %0
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp ule i32 %8, 40
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %37

11:                                               ; preds = %7
  %12 = load i32, ptr %4, align 4, !tbaa !5
  call void @build_grid(i32 noundef %12) #4
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %13 = call i32 @bfs(i32 noundef 0, i32 noundef 0, i32 noundef 47, i32 noundef 63) #4
  store i32 %13, ptr %5, align 4, !tbaa !5
  %14 = call i32 @bfs(i32 noundef 24, i32 noundef 32, i32 noundef -1, i32 noundef -1) #4
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %15 = call i32 @count_reachable() #4
  store i32 %15, ptr %6, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = icmp sge i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %11
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %3, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %18, %11
  %22 = load i32, ptr %2, align 4, !tbaa !5
  %23 = mul i32 %22, 31
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  %26 = mul i32 %25, 7
  %27 = add i32 %23, %26
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = add i32 %27, %28
  store i32 %29, ptr %2, align 4, !tbaa !5
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %30, i32 noundef %31, i32 noundef %32) #4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %34

34:                                               ; preds = %21
  %35 = load i32, ptr %4, align 4, !tbaa !5
  %36 = add i32 %35, 5
  store i32 %36, ptr %4, align 4, !tbaa !5
  br label %7, !llvm.loop !12

37:                                               ; preds = %10
  %38 = load i32, ptr %3, align 4, !tbaa !5
  %39 = load i32, ptr %2, align 4, !tbaa !5
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %38, i32 noundef %39) #4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @build_grid(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %33, %1
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 48
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %36

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %29, %10
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 64
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %32

15:                                               ; preds = %11
  %16 = call i32 @xorshift32() #4
  %17 = urem i32 %16, 100
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = icmp ult i32 %17, %18
  %20 = zext i1 %19 to i64
  %21 = select i1 %19, i32 35, i32 46
  %22 = trunc i32 %21 to i8
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [48 x [64 x i8]], ptr @grid, i64 0, i64 %24
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [64 x i8], ptr %25, i64 0, i64 %27
  store i8 %22, ptr %28, align 1, !tbaa !13
  br label %29

29:                                               ; preds = %15
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !14

32:                                               ; preds = %14
  br label %33

33:                                               ; preds = %32
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4, !tbaa !5
  br label %6, !llvm.loop !15

36:                                               ; preds = %9
  store i8 46, ptr @grid, align 16, !tbaa !13
  store i8 46, ptr getelementptr inbounds ([64 x i8], ptr getelementptr inbounds ([48 x [64 x i8]], ptr @grid, i64 0, i64 47), i64 0, i64 63), align 1, !tbaa !13
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bfs(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
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
  store i32 %0, ptr %6, align 4, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %40, %4
  %21 = load i32, ptr %10, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 48
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %43

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %12) #3
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %36, %24
  %26 = load i32, ptr %12, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 64
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #3
  br label %39

29:                                               ; preds = %25
  %30 = load i32, ptr %10, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %31
  %33 = load i32, ptr %12, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [64 x i32], ptr %32, i64 0, i64 %34
  store i32 -1, ptr %35, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %29
  %37 = load i32, ptr %12, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %12, align 4, !tbaa !5
  br label %25, !llvm.loop !16

39:                                               ; preds = %28
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %10, align 4, !tbaa !5
  br label %20, !llvm.loop !17

43:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %13) #3
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #3
  store i32 0, ptr %14, align 4, !tbaa !5
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %45
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [64 x i32], ptr %46, i64 0, i64 %48
  store i32 0, ptr %49, align 4, !tbaa !5
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = load i32, ptr %14, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [3072 x i32], ptr @queue_r, i64 0, i64 %52
  store i32 %50, ptr %53, align 4, !tbaa !5
  %54 = load i32, ptr %7, align 4, !tbaa !5
  %55 = load i32, ptr %14, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %14, align 4, !tbaa !5
  %57 = sext i32 %55 to i64
  %58 = getelementptr inbounds [3072 x i32], ptr @queue_c, i64 0, i64 %57
  store i32 %54, ptr %58, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %171, %43
  %60 = load i32, ptr %13, align 4, !tbaa !5
  %61 = load i32, ptr %14, align 4, !tbaa !5
  %62 = icmp slt i32 %60, %61
  br i1 %62, label %63, label %172

63:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(ptr %15) #3
  %64 = load i32, ptr %13, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [3072 x i32], ptr @queue_r, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  store i32 %67, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #3
  %68 = load i32, ptr %13, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %13, align 4, !tbaa !5
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds [3072 x i32], ptr @queue_c, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4, !tbaa !5
  store i32 %72, ptr %16, align 4, !tbaa !5
  %73 = load i32, ptr %15, align 4, !tbaa !5
  %74 = load i32, ptr %8, align 4, !tbaa !5
  %75 = icmp eq i32 %73, %74
  br i1 %75, label %76, label %88

76:                                               ; preds = %63
  %77 = load i32, ptr %16, align 4, !tbaa !5
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = icmp eq i32 %77, %78
  br i1 %79, label %80, label %88

80:                                               ; preds = %76
  %81 = load i32, ptr %15, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %82
  %84 = load i32, ptr %16, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [64 x i32], ptr %83, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  store i32 %87, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %169

88:                                               ; preds = %76, %63
  call void @llvm.lifetime.start.p0(ptr %17) #3
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %89

89:                                               ; preds = %165, %88
  %90 = load i32, ptr %17, align 4, !tbaa !5
  %91 = icmp slt i32 %90, 4
  br i1 %91, label %93, label %92

92:                                               ; preds = %89
  store i32 10, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #3
  br label %168

93:                                               ; preds = %89
  call void @llvm.lifetime.start.p0(ptr %18) #3
  %94 = load i32, ptr %15, align 4, !tbaa !5
  %95 = load i32, ptr %17, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [4 x i32], ptr @bfs.dr, i64 0, i64 %96
  %98 = load i32, ptr %97, align 4, !tbaa !5
  %99 = add nsw i32 %94, %98
  store i32 %99, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #3
  %100 = load i32, ptr %16, align 4, !tbaa !5
  %101 = load i32, ptr %17, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [4 x i32], ptr @bfs.dc, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !5
  %105 = add nsw i32 %100, %104
  store i32 %105, ptr %19, align 4, !tbaa !5
  %106 = load i32, ptr %18, align 4, !tbaa !5
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %117, label %108

108:                                              ; preds = %93
  %109 = load i32, ptr %18, align 4, !tbaa !5
  %110 = icmp sge i32 %109, 48
  br i1 %110, label %117, label %111

111:                                              ; preds = %108
  %112 = load i32, ptr %19, align 4, !tbaa !5
  %113 = icmp slt i32 %112, 0
  br i1 %113, label %117, label %114

114:                                              ; preds = %111
  %115 = load i32, ptr %19, align 4, !tbaa !5
  %116 = icmp sge i32 %115, 64
  br i1 %116, label %117, label %118

117:                                              ; preds = %114, %111, %108, %93
  store i32 12, ptr %11, align 4
  br label %162

118:                                              ; preds = %114
  %119 = load i32, ptr %18, align 4, !tbaa !5
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [48 x [64 x i8]], ptr @grid, i64 0, i64 %120
  %122 = load i32, ptr %19, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [64 x i8], ptr %121, i64 0, i64 %123
  %125 = load i8, ptr %124, align 1, !tbaa !13
  %126 = sext i8 %125 to i32
  %127 = icmp eq i32 %126, 35
  br i1 %127, label %137, label %128

128:                                              ; preds = %118
  %129 = load i32, ptr %18, align 4, !tbaa !5
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %130
  %132 = load i32, ptr %19, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [64 x i32], ptr %131, i64 0, i64 %133
  %135 = load i32, ptr %134, align 4, !tbaa !5
  %136 = icmp sge i32 %135, 0
  br i1 %136, label %137, label %138

137:                                              ; preds = %128, %118
  store i32 12, ptr %11, align 4
  br label %162

138:                                              ; preds = %128
  %139 = load i32, ptr %15, align 4, !tbaa !5
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %140
  %142 = load i32, ptr %16, align 4, !tbaa !5
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [64 x i32], ptr %141, i64 0, i64 %143
  %145 = load i32, ptr %144, align 4, !tbaa !5
  %146 = add nsw i32 %145, 1
  %147 = load i32, ptr %18, align 4, !tbaa !5
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds [48 x [64 x i32]], ptr @dist, i64 0, i64 %148
  %150 = load i32, ptr %19, align 4, !tbaa !5
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [64 x i32], ptr %149, i64 0, i64 %151
  store i32 %146, ptr %152, align 4, !tbaa !5
  %153 = load i32, ptr %18, align 4, !tbaa !5
  %154 = load i32, ptr %14, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [3072 x i32], ptr @queue_r, i64 0, i64 %155
  store i32 %153, ptr %156, align 4, !tbaa !5
  %157 = load i32, ptr %19, align 4, !tbaa !5
  %158 = load i32, ptr %14, align 4, !tbaa !5
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %14, align 4, !tbaa !5
  %160 = sext i32 %158 to i64
  %161 = getelementptr inbounds [3072 x i32], ptr @queue_c, i64 0, i64 %160
  store i32 %157, ptr %161, align 4, !tbaa !5
  store i32 0, ptr %11, align 4
  br label %162

162:                                              ; preds = %138, %137, %117
  call void @llvm.lifetime.end.p0(ptr %19) #3
  call void @llvm.lifetime.end.p0(ptr %18) #3
  %163 = load i32, ptr %11, align 4
  switch i32 %163, label %175 [
    i32 0, label %164
    i32 12, label %165
  ]

164:                                              ; preds = %162
  br label %165

165:                                              ; preds = %164, %162
  %166 = load i32, ptr %17, align 4, !tbaa !5
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %17, align 4, !tbaa !5
  br label %89, !llvm.loop !18

168:                                              ; preds = %92
  store i32 0, ptr %11, align 4
  br label %169

169:                                              ; preds = %168, %80
  call void @llvm.lifetime.end.p0(ptr %16) #3
  call void @llvm.lifetime.end.p0(ptr %15) #3
  %170 = load i32, ptr %11, align 4
  switch i32 %170, label %173 [
    i32 0, label %171
  ]

171:                                              ; preds = %169
  br label %59, !llvm.loop !19

172:                                              ; preds = %59
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %173

173:                                              ; preds = %172, %169
  call void @llvm.lifetime.end.p0(ptr %14) #3
  call void @llvm.lifetime.end.p0(ptr %13) #3
  %174 = load i32, ptr %5, align 4
  ret i32 %174

175:                                              ; preds = %162
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @xorshift32() #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #3
  %2 = load i32, ptr @rng_state, align 4, !tbaa !5
  store i32 %2, ptr %1, align 4, !tbaa !5
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = shl i32 %3, 13
  %5 = load i32, ptr %1, align 4, !tbaa !5
  %6 = xor i32 %5, %4
  store i32 %6, ptr %1, align 4, !tbaa !5
  %7 = load i32, ptr %1, align 4, !tbaa !5
  %8 = lshr i32 %7, 17
  %9 = load i32, ptr %1, align 4, !tbaa !5
  %10 = xor i32 %9, %8
  store i32 %10, ptr %1, align 4, !tbaa !5
  %11 = load i32, ptr %1, align 4, !tbaa !5
  %12 = shl i32 %11, 5
  %13 = load i32, ptr %1, align 4, !tbaa !5
  %14 = xor i32 %13, %12
  store i32 %14, ptr %1, align 4, !tbaa !5
  %15 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %15, ptr @rng_state, align 4, !tbaa !5
  %16 = load i32, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %1) #3
  ret i32 %16
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
!12 = distinct !{!12, !10}
!13 = !{!7, !7, i64 0}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
