; ModuleID = 'bfs_grid.c'
source_filename = "bfs_grid.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Cell = type { i32, i32 }

@grid = internal global [20 x [41 x i8]] zeroinitializer, align 16
@maze_src = internal global [20 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.4], align 16
@.str = private unnamed_addr constant [32 x i8] c"open=%d shortest=%d visited=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [24 x i8] c"path cells=%d turns=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c"regions=%d largest=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [59 x i8] c"after walls: shortest=%d visited=%d regions=%d largest=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [41 x i8] c"########################################\00", align 1
@.str.5 = private unnamed_addr constant [41 x i8] c"#S.....#...........#.........#.........#\00", align 1
@.str.6 = private unnamed_addr constant [41 x i8] c"#.####.#.#########.#.#######.#.#######.#\00", align 1
@.str.7 = private unnamed_addr constant [41 x i8] c"#.#....#.#.......#...#.....#...#.....#.#\00", align 1
@.str.8 = private unnamed_addr constant [41 x i8] c"#.#.####.#.#####.#####.###.#####.###.#.#\00", align 1
@.str.9 = private unnamed_addr constant [41 x i8] c"#.#......#.#...#.......#.#.......#.#.#.#\00", align 1
@.str.10 = private unnamed_addr constant [41 x i8] c"#.########.#.#.#########.#########.#.#.#\00", align 1
@.str.11 = private unnamed_addr constant [41 x i8] c"#..........#.#...........#.........#...#\00", align 1
@.str.12 = private unnamed_addr constant [41 x i8] c"############.###########.#.#########.###\00", align 1
@.str.13 = private unnamed_addr constant [41 x i8] c"#........#...#.........#.#.#.......#...#\00", align 1
@.str.14 = private unnamed_addr constant [41 x i8] c"#.######.#.###.#######.#.#.#.#####.###.#\00", align 1
@.str.15 = private unnamed_addr constant [41 x i8] c"#.#....#.......#.....#.#...#.#...#.....#\00", align 1
@.str.16 = private unnamed_addr constant [41 x i8] c"#.#.##.#.#######.###.#.#####.#.#.#######\00", align 1
@.str.17 = private unnamed_addr constant [41 x i8] c"#.#.#..#.........#.#.#.......#.#.......#\00", align 1
@.str.18 = private unnamed_addr constant [41 x i8] c"#.#.#.############.#.#########.#######.#\00", align 1
@.str.19 = private unnamed_addr constant [41 x i8] c"#...#..............#...........#.......#\00", align 1
@.str.20 = private unnamed_addr constant [41 x i8] c"###.##########.#################.#####.#\00", align 1
@.str.21 = private unnamed_addr constant [41 x i8] c"#.....#......#.#...#.....#.....#.#...#.#\00", align 1
@.str.22 = private unnamed_addr constant [41 x i8] c"#.###...####...#.#...###...###...#.#..E#\00", align 1
@bfs.queue = internal global [800 x %struct.Cell] zeroinitializer, align 16
@dist = internal global [20 x [40 x i32]] zeroinitializer, align 16
@from = internal global [20 x [40 x i32]] zeroinitializer, align 16
@DR = internal constant [4 x i32] [i32 -1, i32 1, i32 0, i32 0], align 16
@DC = internal constant [4 x i32] [i32 0, i32 0, i32 -1, i32 1], align 16
@count_regions.seen = internal global [20 x [40 x i8]] zeroinitializer, align 16
@count_regions.stack = internal global [800 x %struct.Cell] zeroinitializer, align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Cell, align 4
  %3 = alloca %struct.Cell, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.Cell, align 4
  %11 = alloca %struct.Cell, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %69, %0
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 20
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %72

24:                                               ; preds = %20
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %26
  %28 = getelementptr inbounds [41 x i8], ptr %27, i64 0, i64 0
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [20 x ptr], ptr @maze_src, i64 0, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %28, ptr align 1 %32, i64 40, i1 false)
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %34
  %36 = getelementptr inbounds [41 x i8], ptr %35, i64 0, i64 40
  store i8 0, ptr %36, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %65, %24
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = icmp slt i32 %38, 40
  br i1 %39, label %41, label %40

40:                                               ; preds = %37
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %68

41:                                               ; preds = %37
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %43
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [41 x i8], ptr %44, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !12
  %49 = sext i8 %48 to i32
  switch i32 %49, label %63 [
    i32 83, label %50
    i32 69, label %55
    i32 46, label %60
  ]

50:                                               ; preds = %41
  %51 = getelementptr inbounds nuw %struct.Cell, ptr %10, i32 0, i32 0
  %52 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %52, ptr %51, align 4, !tbaa !13
  %53 = getelementptr inbounds nuw %struct.Cell, ptr %10, i32 0, i32 1
  %54 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %54, ptr %53, align 4, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %10, i64 8, i1 false), !tbaa.struct !16
  br label %64

55:                                               ; preds = %41
  %56 = getelementptr inbounds nuw %struct.Cell, ptr %11, i32 0, i32 0
  %57 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %57, ptr %56, align 4, !tbaa !13
  %58 = getelementptr inbounds nuw %struct.Cell, ptr %11, i32 0, i32 1
  %59 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %59, ptr %58, align 4, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 4 %11, i64 8, i1 false), !tbaa.struct !16
  br label %64

60:                                               ; preds = %41
  %61 = load i32, ptr %5, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %5, align 4, !tbaa !5
  br label %64

63:                                               ; preds = %41
  br label %64

64:                                               ; preds = %63, %60, %55, %50
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %9, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %9, align 4, !tbaa !5
  br label %37, !llvm.loop !17

68:                                               ; preds = %40
  br label %69

69:                                               ; preds = %68
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %7, align 4, !tbaa !5
  br label %20, !llvm.loop !19

72:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %73 = load i64, ptr %2, align 4
  %74 = load i64, ptr %3, align 4
  %75 = call i32 @bfs(i64 %73, i64 %74, ptr noundef %4) #6
  store i32 %75, ptr %12, align 4, !tbaa !5
  %76 = load i32, ptr %5, align 4, !tbaa !5
  %77 = load i32, ptr %12, align 4, !tbaa !5
  %78 = load i32, ptr %4, align 4, !tbaa !5
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %76, i32 noundef %77, i32 noundef %78) #6
  %80 = load i32, ptr %12, align 4, !tbaa !5
  %81 = icmp sge i32 %80, 0
  br i1 %81, label %82, label %123

82:                                               ; preds = %72
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %83 = load i64, ptr %3, align 4
  %84 = call i32 @mark_path(i64 %83) #6
  store i32 %84, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %116, %82
  %86 = load i32, ptr %15, align 4, !tbaa !5
  %87 = icmp slt i32 %86, 20
  br i1 %87, label %89, label %88

88:                                               ; preds = %85
  store i32 9, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %119

89:                                               ; preds = %85
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %90

90:                                               ; preds = %107, %89
  %91 = load i32, ptr %16, align 4, !tbaa !5
  %92 = icmp slt i32 %91, 40
  br i1 %92, label %94, label %93

93:                                               ; preds = %90
  store i32 12, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %110

94:                                               ; preds = %90
  %95 = load i32, ptr %15, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %96
  %98 = load i32, ptr %16, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [41 x i8], ptr %97, i64 0, i64 %99
  %101 = load i8, ptr %100, align 1, !tbaa !12
  %102 = sext i8 %101 to i32
  %103 = icmp eq i32 %102, 42
  %104 = zext i1 %103 to i32
  %105 = load i32, ptr %14, align 4, !tbaa !5
  %106 = add nsw i32 %105, %104
  store i32 %106, ptr %14, align 4, !tbaa !5
  br label %107

107:                                              ; preds = %94
  %108 = load i32, ptr %16, align 4, !tbaa !5
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %16, align 4, !tbaa !5
  br label %90, !llvm.loop !20

110:                                              ; preds = %93
  %111 = load i32, ptr %15, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %112
  %114 = getelementptr inbounds [41 x i8], ptr %113, i64 0, i64 0
  %115 = call i32 @puts(ptr noundef %114) #6
  br label %116

116:                                              ; preds = %110
  %117 = load i32, ptr %15, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %15, align 4, !tbaa !5
  br label %85, !llvm.loop !21

119:                                              ; preds = %88
  %120 = load i32, ptr %14, align 4, !tbaa !5
  %121 = load i32, ptr %13, align 4, !tbaa !5
  %122 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %120, i32 noundef %121) #6
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %123

123:                                              ; preds = %119, %72
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %124 = call i32 @count_regions(ptr noundef %6) #6
  store i32 %124, ptr %17, align 4, !tbaa !5
  %125 = load i32, ptr %17, align 4, !tbaa !5
  %126 = load i32, ptr %6, align 4, !tbaa !5
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %125, i32 noundef %126) #6
  store i8 35, ptr getelementptr inbounds ([41 x i8], ptr getelementptr inbounds ([20 x [41 x i8]], ptr @grid, i64 0, i64 5), i64 0, i64 1), align 1, !tbaa !12
  store i8 35, ptr getelementptr inbounds ([41 x i8], ptr getelementptr inbounds ([20 x [41 x i8]], ptr @grid, i64 0, i64 17), i64 0, i64 14), align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %128

128:                                              ; preds = %159, %123
  %129 = load i32, ptr %18, align 4, !tbaa !5
  %130 = icmp slt i32 %129, 20
  br i1 %130, label %132, label %131

131:                                              ; preds = %128
  store i32 15, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %162

132:                                              ; preds = %128
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %133

133:                                              ; preds = %155, %132
  %134 = load i32, ptr %19, align 4, !tbaa !5
  %135 = icmp slt i32 %134, 40
  br i1 %135, label %137, label %136

136:                                              ; preds = %133
  store i32 18, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %158

137:                                              ; preds = %133
  %138 = load i32, ptr %18, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %139
  %141 = load i32, ptr %19, align 4, !tbaa !5
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [41 x i8], ptr %140, i64 0, i64 %142
  %144 = load i8, ptr %143, align 1, !tbaa !12
  %145 = sext i8 %144 to i32
  %146 = icmp eq i32 %145, 42
  br i1 %146, label %147, label %154

147:                                              ; preds = %137
  %148 = load i32, ptr %18, align 4, !tbaa !5
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %149
  %151 = load i32, ptr %19, align 4, !tbaa !5
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [41 x i8], ptr %150, i64 0, i64 %152
  store i8 46, ptr %153, align 1, !tbaa !12
  br label %154

154:                                              ; preds = %147, %137
  br label %155

155:                                              ; preds = %154
  %156 = load i32, ptr %19, align 4, !tbaa !5
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %19, align 4, !tbaa !5
  br label %133, !llvm.loop !22

158:                                              ; preds = %136
  br label %159

159:                                              ; preds = %158
  %160 = load i32, ptr %18, align 4, !tbaa !5
  %161 = add nsw i32 %160, 1
  store i32 %161, ptr %18, align 4, !tbaa !5
  br label %128, !llvm.loop !23

162:                                              ; preds = %131
  %163 = load i64, ptr %2, align 4
  %164 = load i64, ptr %3, align 4
  %165 = call i32 @bfs(i64 %163, i64 %164, ptr noundef %4) #6
  store i32 %165, ptr %12, align 4, !tbaa !5
  %166 = call i32 @count_regions(ptr noundef %6) #6
  store i32 %166, ptr %17, align 4, !tbaa !5
  %167 = load i32, ptr %12, align 4, !tbaa !5
  %168 = load i32, ptr %4, align 4, !tbaa !5
  %169 = load i32, ptr %17, align 4, !tbaa !5
  %170 = load i32, ptr %6, align 4, !tbaa !5
  %171 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %167, i32 noundef %168, i32 noundef %169, i32 noundef %170) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %172 = load i32, ptr %1, align 4
  ret i32 %172
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bfs(i64 %0, i64 %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca %struct.Cell, align 4
  %6 = alloca %struct.Cell, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca %struct.Cell, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.Cell, align 4
  store i64 %0, ptr %5, align 4
  store i64 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %44, %3
  %19 = load i32, ptr %10, align 4, !tbaa !5
  %20 = icmp slt i32 %19, 20
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %47

22:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %40, %22
  %24 = load i32, ptr %12, align 4, !tbaa !5
  %25 = icmp slt i32 %24, 40
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %43

27:                                               ; preds = %23
  %28 = load i32, ptr %10, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [20 x [40 x i32]], ptr @dist, i64 0, i64 %29
  %31 = load i32, ptr %12, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [40 x i32], ptr %30, i64 0, i64 %32
  store i32 -1, ptr %33, align 4, !tbaa !5
  %34 = load i32, ptr %10, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [20 x [40 x i32]], ptr @from, i64 0, i64 %35
  %37 = load i32, ptr %12, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [40 x i32], ptr %36, i64 0, i64 %38
  store i32 -1, ptr %39, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %27
  %41 = load i32, ptr %12, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %12, align 4, !tbaa !5
  br label %23, !llvm.loop !26

43:                                               ; preds = %26
  br label %44

44:                                               ; preds = %43
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %10, align 4, !tbaa !5
  br label %18, !llvm.loop !27

47:                                               ; preds = %21
  %48 = getelementptr inbounds nuw %struct.Cell, ptr %5, i32 0, i32 0
  %49 = load i32, ptr %48, align 4, !tbaa !13
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [20 x [40 x i32]], ptr @dist, i64 0, i64 %50
  %52 = getelementptr inbounds nuw %struct.Cell, ptr %5, i32 0, i32 1
  %53 = load i32, ptr %52, align 4, !tbaa !15
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [40 x i32], ptr %51, i64 0, i64 %54
  store i32 0, ptr %55, align 4, !tbaa !5
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %9, align 4, !tbaa !5
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds [800 x %struct.Cell], ptr @bfs.queue, i64 0, i64 %58
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %59, ptr align 4 %5, i64 8, i1 false), !tbaa.struct !16
  %60 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 0, ptr %60, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %171, %47
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = icmp slt i32 %62, %63
  br i1 %64, label %65, label %172

65:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %8, align 4, !tbaa !5
  %68 = sext i32 %66 to i64
  %69 = getelementptr inbounds [800 x %struct.Cell], ptr @bfs.queue, i64 0, i64 %68
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %13, ptr align 8 %69, i64 8, i1 false), !tbaa.struct !16
  %70 = load ptr, ptr %7, align 8, !tbaa !24
  %71 = load i32, ptr %70, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %70, align 4, !tbaa !5
  %73 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 0
  %74 = load i32, ptr %73, align 4, !tbaa !13
  %75 = getelementptr inbounds nuw %struct.Cell, ptr %6, i32 0, i32 0
  %76 = load i32, ptr %75, align 4, !tbaa !13
  %77 = icmp eq i32 %74, %76
  br i1 %77, label %78, label %94

78:                                               ; preds = %65
  %79 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 1
  %80 = load i32, ptr %79, align 4, !tbaa !15
  %81 = getelementptr inbounds nuw %struct.Cell, ptr %6, i32 0, i32 1
  %82 = load i32, ptr %81, align 4, !tbaa !15
  %83 = icmp eq i32 %80, %82
  br i1 %83, label %84, label %94

84:                                               ; preds = %78
  %85 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 0
  %86 = load i32, ptr %85, align 4, !tbaa !13
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [20 x [40 x i32]], ptr @dist, i64 0, i64 %87
  %89 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 1
  %90 = load i32, ptr %89, align 4, !tbaa !15
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [40 x i32], ptr %88, i64 0, i64 %91
  %93 = load i32, ptr %92, align 4, !tbaa !5
  store i32 %93, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %169

94:                                               ; preds = %78, %65
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %95

95:                                               ; preds = %165, %94
  %96 = load i32, ptr %14, align 4, !tbaa !5
  %97 = icmp slt i32 %96, 4
  br i1 %97, label %99, label %98

98:                                               ; preds = %95
  store i32 10, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %168

99:                                               ; preds = %95
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %100 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 0
  %101 = load i32, ptr %100, align 4, !tbaa !13
  %102 = load i32, ptr %14, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [4 x i32], ptr @DR, i64 0, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = add nsw i32 %101, %105
  store i32 %106, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %107 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 1
  %108 = load i32, ptr %107, align 4, !tbaa !15
  %109 = load i32, ptr %14, align 4, !tbaa !5
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [4 x i32], ptr @DC, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = add nsw i32 %108, %112
  store i32 %113, ptr %16, align 4, !tbaa !5
  %114 = load i32, ptr %15, align 4, !tbaa !5
  %115 = load i32, ptr %16, align 4, !tbaa !5
  %116 = call i32 @passable(i32 noundef %114, i32 noundef %115) #6
  %117 = icmp ne i32 %116, 0
  br i1 %117, label %118, label %164

118:                                              ; preds = %99
  %119 = load i32, ptr %15, align 4, !tbaa !5
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [20 x [40 x i32]], ptr @dist, i64 0, i64 %120
  %122 = load i32, ptr %16, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [40 x i32], ptr %121, i64 0, i64 %123
  %125 = load i32, ptr %124, align 4, !tbaa !5
  %126 = icmp slt i32 %125, 0
  br i1 %126, label %127, label %164

127:                                              ; preds = %118
  %128 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 0
  %129 = load i32, ptr %128, align 4, !tbaa !13
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [20 x [40 x i32]], ptr @dist, i64 0, i64 %130
  %132 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 1
  %133 = load i32, ptr %132, align 4, !tbaa !15
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [40 x i32], ptr %131, i64 0, i64 %134
  %136 = load i32, ptr %135, align 4, !tbaa !5
  %137 = add nsw i32 %136, 1
  %138 = load i32, ptr %15, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [20 x [40 x i32]], ptr @dist, i64 0, i64 %139
  %141 = load i32, ptr %16, align 4, !tbaa !5
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [40 x i32], ptr %140, i64 0, i64 %142
  store i32 %137, ptr %143, align 4, !tbaa !5
  %144 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 0
  %145 = load i32, ptr %144, align 4, !tbaa !13
  %146 = mul nsw i32 %145, 40
  %147 = getelementptr inbounds nuw %struct.Cell, ptr %13, i32 0, i32 1
  %148 = load i32, ptr %147, align 4, !tbaa !15
  %149 = add nsw i32 %146, %148
  %150 = load i32, ptr %15, align 4, !tbaa !5
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [20 x [40 x i32]], ptr @from, i64 0, i64 %151
  %153 = load i32, ptr %16, align 4, !tbaa !5
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [40 x i32], ptr %152, i64 0, i64 %154
  store i32 %149, ptr %155, align 4, !tbaa !5
  %156 = load i32, ptr %9, align 4, !tbaa !5
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %9, align 4, !tbaa !5
  %158 = sext i32 %156 to i64
  %159 = getelementptr inbounds [800 x %struct.Cell], ptr @bfs.queue, i64 0, i64 %158
  %160 = getelementptr inbounds nuw %struct.Cell, ptr %17, i32 0, i32 0
  %161 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %161, ptr %160, align 4, !tbaa !13
  %162 = getelementptr inbounds nuw %struct.Cell, ptr %17, i32 0, i32 1
  %163 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %163, ptr %162, align 4, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %159, ptr align 4 %17, i64 8, i1 false), !tbaa.struct !16
  br label %164

164:                                              ; preds = %127, %118, %99
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %165

165:                                              ; preds = %164
  %166 = load i32, ptr %14, align 4, !tbaa !5
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %14, align 4, !tbaa !5
  br label %95, !llvm.loop !28

168:                                              ; preds = %98
  store i32 0, ptr %11, align 4
  br label %169

169:                                              ; preds = %168, %84
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %170 = load i32, ptr %11, align 4
  switch i32 %170, label %173 [
    i32 0, label %171
  ]

171:                                              ; preds = %169
  br label %61, !llvm.loop !29

172:                                              ; preds = %61
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %173

173:                                              ; preds = %172, %169
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %174 = load i32, ptr %4, align 4
  ret i32 %174
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @mark_path(i64 %0) #0 {
  %2 = alloca %struct.Cell, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i64 %0, ptr %2, align 4
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 -1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %11 = getelementptr inbounds nuw %struct.Cell, ptr %2, i32 0, i32 0
  %12 = load i32, ptr %11, align 4, !tbaa !13
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [20 x [40 x i32]], ptr @from, i64 0, i64 %13
  %15 = getelementptr inbounds nuw %struct.Cell, ptr %2, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !15
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [40 x i32], ptr %14, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  store i32 %19, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %20 = getelementptr inbounds nuw %struct.Cell, ptr %2, i32 0, i32 0
  %21 = load i32, ptr %20, align 4, !tbaa !13
  store i32 %21, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %22 = getelementptr inbounds nuw %struct.Cell, ptr %2, i32 0, i32 1
  %23 = load i32, ptr %22, align 4, !tbaa !15
  store i32 %23, ptr %7, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %64, %1
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = icmp sge i32 %25, 0
  br i1 %26, label %27, label %74

27:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = sdiv i32 %28, 40
  store i32 %29, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = srem i32 %30, 40
  store i32 %31, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = icmp ne i32 %32, %33
  %35 = zext i1 %34 to i64
  %36 = select i1 %34, i32 0, i32 1
  store i32 %36, ptr %10, align 4, !tbaa !5
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = icmp sge i32 %37, 0
  br i1 %38, label %39, label %46

39:                                               ; preds = %27
  %40 = load i32, ptr %10, align 4, !tbaa !5
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = icmp ne i32 %40, %41
  br i1 %42, label %43, label %46

43:                                               ; preds = %39
  %44 = load i32, ptr %3, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %3, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %43, %39, %27
  %47 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %47, ptr %4, align 4, !tbaa !5
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %49
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [41 x i8], ptr %50, i64 0, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !12
  %55 = sext i8 %54 to i32
  %56 = icmp eq i32 %55, 46
  br i1 %56, label %57, label %64

57:                                               ; preds = %46
  %58 = load i32, ptr %8, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %59
  %61 = load i32, ptr %9, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [41 x i8], ptr %60, i64 0, i64 %62
  store i8 42, ptr %63, align 1, !tbaa !12
  br label %64

64:                                               ; preds = %57, %46
  %65 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %65, ptr %6, align 4, !tbaa !5
  %66 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %66, ptr %7, align 4, !tbaa !5
  %67 = load i32, ptr %6, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [20 x [40 x i32]], ptr @from, i64 0, i64 %68
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [40 x i32], ptr %69, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  store i32 %73, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %24, !llvm.loop !30

74:                                               ; preds = %24
  %75 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %75
}

; Function Attrs: minsize optsize
declare i32 @puts(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_regions(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.Cell, align 4
  %10 = alloca %struct.Cell, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.Cell, align 4
  store ptr %0, ptr %2, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.memset.p0.i64(ptr align 16 @count_regions.seen, i8 0, i64 800, i1 false)
  %15 = load ptr, ptr %2, align 8, !tbaa !24
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %133, %1
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 20
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %136

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %129, %20
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 40
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %132

25:                                               ; preds = %21
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = call i32 @passable(i32 noundef %26, i32 noundef %27) #6
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %40

30:                                               ; preds = %25
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [20 x [40 x i8]], ptr @count_regions.seen, i64 0, i64 %32
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [40 x i8], ptr %33, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !12
  %38 = zext i8 %37 to i32
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %41

40:                                               ; preds = %30, %25
  br label %129

41:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %3, align 4, !tbaa !5
  %44 = load i32, ptr %4, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [20 x [40 x i8]], ptr @count_regions.seen, i64 0, i64 %45
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [40 x i8], ptr %46, i64 0, i64 %48
  store i8 1, ptr %49, align 1, !tbaa !12
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %7, align 4, !tbaa !5
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds [800 x %struct.Cell], ptr @count_regions.stack, i64 0, i64 %52
  %54 = getelementptr inbounds nuw %struct.Cell, ptr %9, i32 0, i32 0
  %55 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %55, ptr %54, align 4, !tbaa !13
  %56 = getelementptr inbounds nuw %struct.Cell, ptr %9, i32 0, i32 1
  %57 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %57, ptr %56, align 4, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %53, ptr align 4 %9, i64 8, i1 false), !tbaa.struct !16
  br label %58

58:                                               ; preds = %119, %41
  %59 = load i32, ptr %7, align 4, !tbaa !5
  %60 = icmp sgt i32 %59, 0
  br i1 %60, label %61, label %120

61:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = add nsw i32 %62, -1
  store i32 %63, ptr %7, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [800 x %struct.Cell], ptr @count_regions.stack, i64 0, i64 %64
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 8 %65, i64 8, i1 false), !tbaa.struct !16
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %116, %61
  %69 = load i32, ptr %11, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 4
  br i1 %70, label %72, label %71

71:                                               ; preds = %68
  store i32 10, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %119

72:                                               ; preds = %68
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %73 = getelementptr inbounds nuw %struct.Cell, ptr %10, i32 0, i32 0
  %74 = load i32, ptr %73, align 4, !tbaa !13
  %75 = load i32, ptr %11, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [4 x i32], ptr @DR, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = add nsw i32 %74, %78
  store i32 %79, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %80 = getelementptr inbounds nuw %struct.Cell, ptr %10, i32 0, i32 1
  %81 = load i32, ptr %80, align 4, !tbaa !15
  %82 = load i32, ptr %11, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [4 x i32], ptr @DC, i64 0, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = add nsw i32 %81, %85
  store i32 %86, ptr %13, align 4, !tbaa !5
  %87 = load i32, ptr %12, align 4, !tbaa !5
  %88 = load i32, ptr %13, align 4, !tbaa !5
  %89 = call i32 @passable(i32 noundef %87, i32 noundef %88) #6
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %91, label %115

91:                                               ; preds = %72
  %92 = load i32, ptr %12, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [20 x [40 x i8]], ptr @count_regions.seen, i64 0, i64 %93
  %95 = load i32, ptr %13, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [40 x i8], ptr %94, i64 0, i64 %96
  %98 = load i8, ptr %97, align 1, !tbaa !12
  %99 = icmp ne i8 %98, 0
  br i1 %99, label %115, label %100

100:                                              ; preds = %91
  %101 = load i32, ptr %12, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [20 x [40 x i8]], ptr @count_regions.seen, i64 0, i64 %102
  %104 = load i32, ptr %13, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [40 x i8], ptr %103, i64 0, i64 %105
  store i8 1, ptr %106, align 1, !tbaa !12
  %107 = load i32, ptr %7, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %7, align 4, !tbaa !5
  %109 = sext i32 %107 to i64
  %110 = getelementptr inbounds [800 x %struct.Cell], ptr @count_regions.stack, i64 0, i64 %109
  %111 = getelementptr inbounds nuw %struct.Cell, ptr %14, i32 0, i32 0
  %112 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %112, ptr %111, align 4, !tbaa !13
  %113 = getelementptr inbounds nuw %struct.Cell, ptr %14, i32 0, i32 1
  %114 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %114, ptr %113, align 4, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %110, ptr align 4 %14, i64 8, i1 false), !tbaa.struct !16
  br label %115

115:                                              ; preds = %100, %91, %72
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %116

116:                                              ; preds = %115
  %117 = load i32, ptr %11, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %11, align 4, !tbaa !5
  br label %68, !llvm.loop !31

119:                                              ; preds = %71
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %58, !llvm.loop !32

120:                                              ; preds = %58
  %121 = load i32, ptr %8, align 4, !tbaa !5
  %122 = load ptr, ptr %2, align 8, !tbaa !24
  %123 = load i32, ptr %122, align 4, !tbaa !5
  %124 = icmp sgt i32 %121, %123
  br i1 %124, label %125, label %128

125:                                              ; preds = %120
  %126 = load i32, ptr %8, align 4, !tbaa !5
  %127 = load ptr, ptr %2, align 8, !tbaa !24
  store i32 %126, ptr %127, align 4, !tbaa !5
  br label %128

128:                                              ; preds = %125, %120
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %129

129:                                              ; preds = %128, %40
  %130 = load i32, ptr %6, align 4, !tbaa !5
  %131 = add nsw i32 %130, 1
  store i32 %131, ptr %6, align 4, !tbaa !5
  br label %21, !llvm.loop !33

132:                                              ; preds = %24
  br label %133

133:                                              ; preds = %132
  %134 = load i32, ptr %4, align 4, !tbaa !5
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %4, align 4, !tbaa !5
  br label %16, !llvm.loop !34

136:                                              ; preds = %19
  %137 = load i32, ptr %3, align 4, !tbaa !5
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %137
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @passable(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = icmp sge i32 %5, 0
  br i1 %6, label %7, label %26

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 20
  br i1 %9, label %10, label %26

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp sge i32 %11, 0
  br i1 %12, label %13, label %26

13:                                               ; preds = %10
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 40
  br i1 %15, label %16, label %26

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [20 x [41 x i8]], ptr @grid, i64 0, i64 %18
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [41 x i8], ptr %19, i64 0, i64 %21
  %23 = load i8, ptr %22, align 1, !tbaa !12
  %24 = sext i8 %23 to i32
  %25 = icmp ne i32 %24, 35
  br label %26

26:                                               ; preds = %16, %13, %10, %7, %2
  %27 = phi i1 [ false, %13 ], [ false, %10 ], [ false, %7 ], [ false, %2 ], [ %25, %16 ]
  %28 = zext i1 %27 to i32
  ret i32 %28
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!7, !7, i64 0}
!13 = !{!14, !6, i64 0}
!14 = !{!"", !6, i64 0, !6, i64 4}
!15 = !{!14, !6, i64 4}
!16 = !{i64 0, i64 4, !5, i64 4, i64 4, !5}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !18}
!21 = distinct !{!21, !18}
!22 = distinct !{!22, !18}
!23 = distinct !{!23, !18}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 int", !11, i64 0}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
!28 = distinct !{!28, !18}
!29 = distinct !{!29, !18}
!30 = distinct !{!30, !18}
!31 = distinct !{!31, !18}
!32 = distinct !{!32, !18}
!33 = distinct !{!33, !18}
!34 = distinct !{!34, !18}
