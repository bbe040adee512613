; ModuleID = 'maze_gen_dfs.c'
source_filename = "maze_gen_dfs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.maze = type { i32, i32, ptr }

@main.sizes = internal constant [4 x [2 x i32]] [[2 x i32] [i32 8, i32 6], [2 x i32] [i32 30, i32 20], [2 x i32] [i32 100, i32 80], [2 x i32] [i32 200, i32 150]], align 16
@.str = private unnamed_addr constant [56 x i8] c"maze %dx%d: path=%d farthest=%d dead_ends=%d hash=%08x\0A\00", align 1
@dx = internal constant [4 x i32] [i32 0, i32 1, i32 0, i32 -1], align 16
@dy = internal constant [4 x i32] [i32 -1, i32 0, i32 1, i32 0], align 16
@wall_bit = internal constant [4 x i8] c"\01\02\04\08", align 1
@opposite = internal constant [4 x i8] c"\04\08\01\02", align 1
@rng = internal global i32 12648430, align 4
@.str.1 = private unnamed_addr constant [4 x i8] c"+--\00", align 1
@stdout = external global ptr, align 8
@.str.2 = private unnamed_addr constant [2 x i8] c"+\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"  |\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"   \00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"--+\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"  +\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca %struct.maze, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 0, ptr %2, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %71, %0
  %11 = load i64, ptr %2, align 8, !tbaa !9
  %12 = icmp ult i64 %11, 4
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %3, align 4
  br label %74

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %15 = load i64, ptr %2, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw [4 x [2 x i32]], ptr @main.sizes, i64 0, i64 %15
  %17 = getelementptr inbounds [2 x i32], ptr %16, i64 0, i64 0
  %18 = load i32, ptr %17, align 8, !tbaa !5
  %19 = load i64, ptr %2, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw [4 x [2 x i32]], ptr @main.sizes, i64 0, i64 %19
  %21 = getelementptr inbounds [2 x i32], ptr %20, i64 0, i64 1
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = call i32 @maze_init(ptr noundef %4, i32 noundef %18, i32 noundef %22) #7
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %26

25:                                               ; preds = %14
  store i32 1, ptr %1, align 4
  store i32 1, ptr %3, align 4
  br label %68

26:                                               ; preds = %14
  call void @carve(ptr noundef %4) #7
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %27 = call i32 @solve_bfs(ptr noundef %4, ptr noundef %5, ptr noundef %6) #7
  store i32 %27, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %49, %26
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = getelementptr inbounds nuw %struct.maze, ptr %4, i32 0, i32 0
  %31 = load i32, ptr %30, align 8, !tbaa !11
  %32 = getelementptr inbounds nuw %struct.maze, ptr %4, i32 0, i32 1
  %33 = load i32, ptr %32, align 4, !tbaa !15
  %34 = mul nsw i32 %31, %33
  %35 = icmp slt i32 %29, %34
  br i1 %35, label %37, label %36

36:                                               ; preds = %28
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %52

37:                                               ; preds = %28
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = mul i32 %38, 33
  %40 = getelementptr inbounds nuw %struct.maze, ptr %4, i32 0, i32 2
  %41 = load ptr, ptr %40, align 8, !tbaa !16
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i8, ptr %41, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !17
  %46 = zext i8 %45 to i32
  %47 = and i32 %46, 15
  %48 = add i32 %39, %47
  store i32 %48, ptr %8, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %37
  %50 = load i32, ptr %9, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %9, align 4, !tbaa !5
  br label %28, !llvm.loop !18

52:                                               ; preds = %36
  %53 = getelementptr inbounds nuw %struct.maze, ptr %4, i32 0, i32 0
  %54 = load i32, ptr %53, align 8, !tbaa !11
  %55 = getelementptr inbounds nuw %struct.maze, ptr %4, i32 0, i32 1
  %56 = load i32, ptr %55, align 4, !tbaa !15
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = load i32, ptr %6, align 4, !tbaa !5
  %59 = load i32, ptr %5, align 4, !tbaa !5
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %54, i32 noundef %56, i32 noundef %57, i32 noundef %58, i32 noundef %59, i32 noundef %60) #7
  %62 = load i64, ptr %2, align 8, !tbaa !9
  %63 = icmp eq i64 %62, 0
  br i1 %63, label %64, label %65

64:                                               ; preds = %52
  call void @draw(ptr noundef %4) #7
  br label %65

65:                                               ; preds = %64, %52
  %66 = getelementptr inbounds nuw %struct.maze, ptr %4, i32 0, i32 2
  %67 = load ptr, ptr %66, align 8, !tbaa !16
  call void @free(ptr noundef %67) #8
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  store i32 0, ptr %3, align 4
  br label %68

68:                                               ; preds = %65, %25
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %69 = load i32, ptr %3, align 4
  switch i32 %69, label %74 [
    i32 0, label %70
  ]

70:                                               ; preds = %68
  br label %71

71:                                               ; preds = %70
  %72 = load i64, ptr %2, align 8, !tbaa !9
  %73 = add i64 %72, 1
  store i64 %73, ptr %2, align 8, !tbaa !9
  br label %10, !llvm.loop !20

74:                                               ; preds = %68, %13
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %75 = load i32, ptr %3, align 4
  switch i32 %75, label %79 [
    i32 2, label %76
    i32 1, label %77
  ]

76:                                               ; preds = %74
  store i32 0, ptr %1, align 4
  br label %77

77:                                               ; preds = %76, %74
  %78 = load i32, ptr %1, align 4
  ret i32 %78

79:                                               ; preds = %74
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @maze_init(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !21
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load ptr, ptr %5, align 8, !tbaa !21
  %10 = getelementptr inbounds nuw %struct.maze, ptr %9, i32 0, i32 0
  store i32 %8, ptr %10, align 8, !tbaa !11
  %11 = load i32, ptr %7, align 4, !tbaa !5
  %12 = load ptr, ptr %5, align 8, !tbaa !21
  %13 = getelementptr inbounds nuw %struct.maze, ptr %12, i32 0, i32 1
  store i32 %11, ptr %13, align 4, !tbaa !15
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = mul i64 %15, %17
  %19 = call noalias ptr @malloc(i64 noundef %18) #9
  %20 = load ptr, ptr %5, align 8, !tbaa !21
  %21 = getelementptr inbounds nuw %struct.maze, ptr %20, i32 0, i32 2
  store ptr %19, ptr %21, align 8, !tbaa !16
  %22 = load ptr, ptr %5, align 8, !tbaa !21
  %23 = getelementptr inbounds nuw %struct.maze, ptr %22, i32 0, i32 2
  %24 = load ptr, ptr %23, align 8, !tbaa !16
  %25 = icmp ne ptr %24, null
  br i1 %25, label %27, label %26

26:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  br label %36

27:                                               ; preds = %3
  %28 = load ptr, ptr %5, align 8, !tbaa !21
  %29 = getelementptr inbounds nuw %struct.maze, ptr %28, i32 0, i32 2
  %30 = load ptr, ptr %29, align 8, !tbaa !16
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = mul i64 %32, %34
  call void @llvm.memset.p0.i64(ptr align 1 %30, i8 15, i64 %35, i1 false)
  store i32 0, ptr %4, align 4
  br label %36

36:                                               ; preds = %27, %26
  %37 = load i32, ptr %4, align 4
  ret i32 %37
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @carve(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [4 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %16 = load ptr, ptr %2, align 8, !tbaa !21
  %17 = getelementptr inbounds nuw %struct.maze, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !11
  %19 = load ptr, ptr %2, align 8, !tbaa !21
  %20 = getelementptr inbounds nuw %struct.maze, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4, !tbaa !15
  %22 = mul nsw i32 %18, %21
  %23 = sext i32 %22 to i64
  %24 = mul i64 4, %23
  %25 = call noalias ptr @malloc(i64 noundef %24) #9
  store ptr %25, ptr %3, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  %26 = load ptr, ptr %3, align 8, !tbaa !23
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %4, align 4, !tbaa !5
  %29 = sext i32 %27 to i64
  %30 = getelementptr inbounds i32, ptr %26, i64 %29
  store i32 0, ptr %30, align 4, !tbaa !5
  %31 = load ptr, ptr %2, align 8, !tbaa !21
  %32 = getelementptr inbounds nuw %struct.maze, ptr %31, i32 0, i32 2
  %33 = load ptr, ptr %32, align 8, !tbaa !16
  %34 = getelementptr inbounds i8, ptr %33, i64 0
  %35 = load i8, ptr %34, align 1, !tbaa !17
  %36 = zext i8 %35 to i32
  %37 = or i32 %36, 16
  %38 = trunc i32 %37 to i8
  store i8 %38, ptr %34, align 1, !tbaa !17
  br label %39

39:                                               ; preds = %208, %206, %1
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = icmp sgt i32 %40, 0
  br i1 %41, label %42, label %209

42:                                               ; preds = %39
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %43 = load ptr, ptr %3, align 8, !tbaa !23
  %44 = load i32, ptr %4, align 4, !tbaa !5
  %45 = sub nsw i32 %44, 1
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i32, ptr %43, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  store i32 %48, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = load ptr, ptr %2, align 8, !tbaa !21
  %51 = getelementptr inbounds nuw %struct.maze, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %51, align 8, !tbaa !11
  %53 = srem i32 %49, %52
  store i32 %53, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = load ptr, ptr %2, align 8, !tbaa !21
  %56 = getelementptr inbounds nuw %struct.maze, ptr %55, i32 0, i32 0
  %57 = load i32, ptr %56, align 8, !tbaa !11
  %58 = sdiv i32 %54, %57
  store i32 %58, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %121, %42
  %60 = load i32, ptr %10, align 4, !tbaa !5
  %61 = icmp slt i32 %60, 4
  br i1 %61, label %63, label %62

62:                                               ; preds = %59
  store i32 4, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %124

63:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %64 = load i32, ptr %6, align 4, !tbaa !5
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [4 x i32], ptr @dx, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = add nsw i32 %64, %68
  store i32 %69, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = load i32, ptr %10, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [4 x i32], ptr @dy, i64 0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !5
  %75 = add nsw i32 %70, %74
  store i32 %75, ptr %13, align 4, !tbaa !5
  %76 = load i32, ptr %12, align 4, !tbaa !5
  %77 = icmp slt i32 %76, 0
  br i1 %77, label %93, label %78

78:                                               ; preds = %63
  %79 = load i32, ptr %13, align 4, !tbaa !5
  %80 = icmp slt i32 %79, 0
  br i1 %80, label %93, label %81

81:                                               ; preds = %78
  %82 = load i32, ptr %12, align 4, !tbaa !5
  %83 = load ptr, ptr %2, align 8, !tbaa !21
  %84 = getelementptr inbounds nuw %struct.maze, ptr %83, i32 0, i32 0
  %85 = load i32, ptr %84, align 8, !tbaa !11
  %86 = icmp sge i32 %82, %85
  br i1 %86, label %93, label %87

87:                                               ; preds = %81
  %88 = load i32, ptr %13, align 4, !tbaa !5
  %89 = load ptr, ptr %2, align 8, !tbaa !21
  %90 = getelementptr inbounds nuw %struct.maze, ptr %89, i32 0, i32 1
  %91 = load i32, ptr %90, align 4, !tbaa !15
  %92 = icmp sge i32 %88, %91
  br i1 %92, label %93, label %94

93:                                               ; preds = %87, %81, %78, %63
  store i32 6, ptr %11, align 4
  br label %118

94:                                               ; preds = %87
  %95 = load ptr, ptr %2, align 8, !tbaa !21
  %96 = getelementptr inbounds nuw %struct.maze, ptr %95, i32 0, i32 2
  %97 = load ptr, ptr %96, align 8, !tbaa !16
  %98 = load i32, ptr %13, align 4, !tbaa !5
  %99 = load ptr, ptr %2, align 8, !tbaa !21
  %100 = getelementptr inbounds nuw %struct.maze, ptr %99, i32 0, i32 0
  %101 = load i32, ptr %100, align 8, !tbaa !11
  %102 = mul nsw i32 %98, %101
  %103 = load i32, ptr %12, align 4, !tbaa !5
  %104 = add nsw i32 %102, %103
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds i8, ptr %97, i64 %105
  %107 = load i8, ptr %106, align 1, !tbaa !17
  %108 = zext i8 %107 to i32
  %109 = and i32 %108, 16
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %117, label %111

111:                                              ; preds = %94
  %112 = load i32, ptr %10, align 4, !tbaa !5
  %113 = load i32, ptr %9, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %9, align 4, !tbaa !5
  %115 = sext i32 %113 to i64
  %116 = getelementptr inbounds [4 x i32], ptr %8, i64 0, i64 %115
  store i32 %112, ptr %116, align 4, !tbaa !5
  br label %117

117:                                              ; preds = %111, %94
  store i32 0, ptr %11, align 4
  br label %118

118:                                              ; preds = %117, %93
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  %119 = load i32, ptr %11, align 4
  switch i32 %119, label %211 [
    i32 0, label %120
    i32 6, label %121
  ]

120:                                              ; preds = %118
  br label %121

121:                                              ; preds = %120, %118
  %122 = load i32, ptr %10, align 4, !tbaa !5
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %10, align 4, !tbaa !5
  br label %59, !llvm.loop !25

124:                                              ; preds = %62
  %125 = load i32, ptr %9, align 4, !tbaa !5
  %126 = icmp eq i32 %125, 0
  br i1 %126, label %127, label %130

127:                                              ; preds = %124
  %128 = load i32, ptr %4, align 4, !tbaa !5
  %129 = add nsw i32 %128, -1
  store i32 %129, ptr %4, align 4, !tbaa !5
  store i32 2, ptr %11, align 4
  br label %206, !llvm.loop !26

130:                                              ; preds = %124
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %131 = call i32 @rnd() #7
  %132 = load i32, ptr %9, align 4, !tbaa !5
  %133 = urem i32 %131, %132
  %134 = zext i32 %133 to i64
  %135 = getelementptr inbounds nuw [4 x i32], ptr %8, i64 0, i64 %134
  %136 = load i32, ptr %135, align 4, !tbaa !5
  store i32 %136, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %137 = load i32, ptr %7, align 4, !tbaa !5
  %138 = load i32, ptr %14, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [4 x i32], ptr @dy, i64 0, i64 %139
  %141 = load i32, ptr %140, align 4, !tbaa !5
  %142 = add nsw i32 %137, %141
  %143 = load ptr, ptr %2, align 8, !tbaa !21
  %144 = getelementptr inbounds nuw %struct.maze, ptr %143, i32 0, i32 0
  %145 = load i32, ptr %144, align 8, !tbaa !11
  %146 = mul nsw i32 %142, %145
  %147 = load i32, ptr %6, align 4, !tbaa !5
  %148 = load i32, ptr %14, align 4, !tbaa !5
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [4 x i32], ptr @dx, i64 0, i64 %149
  %151 = load i32, ptr %150, align 4, !tbaa !5
  %152 = add nsw i32 %147, %151
  %153 = add nsw i32 %146, %152
  store i32 %153, ptr %15, align 4, !tbaa !5
  %154 = load i32, ptr %14, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [4 x i8], ptr @wall_bit, i64 0, i64 %155
  %157 = load i8, ptr %156, align 1, !tbaa !17
  %158 = zext i8 %157 to i32
  %159 = xor i32 %158, -1
  %160 = trunc i32 %159 to i8
  %161 = zext i8 %160 to i32
  %162 = load ptr, ptr %2, align 8, !tbaa !21
  %163 = getelementptr inbounds nuw %struct.maze, ptr %162, i32 0, i32 2
  %164 = load ptr, ptr %163, align 8, !tbaa !16
  %165 = load i32, ptr %5, align 4, !tbaa !5
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds i8, ptr %164, i64 %166
  %168 = load i8, ptr %167, align 1, !tbaa !17
  %169 = zext i8 %168 to i32
  %170 = and i32 %169, %161
  %171 = trunc i32 %170 to i8
  store i8 %171, ptr %167, align 1, !tbaa !17
  %172 = load i32, ptr %14, align 4, !tbaa !5
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [4 x i8], ptr @opposite, i64 0, i64 %173
  %175 = load i8, ptr %174, align 1, !tbaa !17
  %176 = zext i8 %175 to i32
  %177 = xor i32 %176, -1
  %178 = trunc i32 %177 to i8
  %179 = zext i8 %178 to i32
  %180 = load ptr, ptr %2, align 8, !tbaa !21
  %181 = getelementptr inbounds nuw %struct.maze, ptr %180, i32 0, i32 2
  %182 = load ptr, ptr %181, align 8, !tbaa !16
  %183 = load i32, ptr %15, align 4, !tbaa !5
  %184 = sext i32 %183 to i64
  %185 = getelementptr inbounds i8, ptr %182, i64 %184
  %186 = load i8, ptr %185, align 1, !tbaa !17
  %187 = zext i8 %186 to i32
  %188 = and i32 %187, %179
  %189 = trunc i32 %188 to i8
  store i8 %189, ptr %185, align 1, !tbaa !17
  %190 = load ptr, ptr %2, align 8, !tbaa !21
  %191 = getelementptr inbounds nuw %struct.maze, ptr %190, i32 0, i32 2
  %192 = load ptr, ptr %191, align 8, !tbaa !16
  %193 = load i32, ptr %15, align 4, !tbaa !5
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds i8, ptr %192, i64 %194
  %196 = load i8, ptr %195, align 1, !tbaa !17
  %197 = zext i8 %196 to i32
  %198 = or i32 %197, 16
  %199 = trunc i32 %198 to i8
  store i8 %199, ptr %195, align 1, !tbaa !17
  %200 = load i32, ptr %15, align 4, !tbaa !5
  %201 = load ptr, ptr %3, align 8, !tbaa !23
  %202 = load i32, ptr %4, align 4, !tbaa !5
  %203 = add nsw i32 %202, 1
  store i32 %203, ptr %4, align 4, !tbaa !5
  %204 = sext i32 %202 to i64
  %205 = getelementptr inbounds i32, ptr %201, i64 %204
  store i32 %200, ptr %205, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  store i32 0, ptr %11, align 4
  br label %206

206:                                              ; preds = %130, %127
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  %207 = load i32, ptr %11, align 4
  switch i32 %207, label %211 [
    i32 0, label %208
    i32 2, label %39
  ]

208:                                              ; preds = %206
  br label %39, !llvm.loop !26

209:                                              ; preds = %39
  %210 = load ptr, ptr %3, align 8, !tbaa !23
  call void @free(ptr noundef %210) #8
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret void

211:                                              ; preds = %206, %118
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @solve_bfs(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
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
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !21
  store ptr %1, ptr %5, align 8, !tbaa !23
  store ptr %2, ptr %6, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %23 = load ptr, ptr %4, align 8, !tbaa !21
  %24 = getelementptr inbounds nuw %struct.maze, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %24, align 8, !tbaa !11
  %26 = load ptr, ptr %4, align 8, !tbaa !21
  %27 = getelementptr inbounds nuw %struct.maze, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !15
  %29 = mul nsw i32 %25, %28
  store i32 %29, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = mul i64 4, %31
  %33 = call noalias ptr @malloc(i64 noundef %32) #9
  store ptr %33, ptr %8, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = mul i64 4, %35
  %37 = call noalias ptr @malloc(i64 noundef %36) #9
  store ptr %37, ptr %9, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %48, %3
  %39 = load i32, ptr %12, align 4, !tbaa !5
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = icmp slt i32 %39, %40
  br i1 %41, label %43, label %42

42:                                               ; preds = %38
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %51

43:                                               ; preds = %38
  %44 = load ptr, ptr %8, align 8, !tbaa !23
  %45 = load i32, ptr %12, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i32, ptr %44, i64 %46
  store i32 -1, ptr %47, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %43
  %49 = load i32, ptr %12, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %12, align 4, !tbaa !5
  br label %38, !llvm.loop !27

51:                                               ; preds = %42
  %52 = load ptr, ptr %8, align 8, !tbaa !23
  %53 = getelementptr inbounds i32, ptr %52, i64 0
  store i32 0, ptr %53, align 4, !tbaa !5
  %54 = load ptr, ptr %9, align 8, !tbaa !23
  %55 = load i32, ptr %11, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %11, align 4, !tbaa !5
  %57 = sext i32 %55 to i64
  %58 = getelementptr inbounds i32, ptr %54, i64 %57
  store i32 0, ptr %58, align 4, !tbaa !5
  %59 = load ptr, ptr %6, align 8, !tbaa !23
  store i32 0, ptr %59, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %163, %51
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = load i32, ptr %11, align 4, !tbaa !5
  %63 = icmp slt i32 %61, %62
  br i1 %63, label %64, label %164

64:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %65 = load ptr, ptr %9, align 8, !tbaa !23
  %66 = load i32, ptr %10, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %10, align 4, !tbaa !5
  %68 = sext i32 %66 to i64
  %69 = getelementptr inbounds i32, ptr %65, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  store i32 %70, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %71 = load i32, ptr %13, align 4, !tbaa !5
  %72 = load ptr, ptr %4, align 8, !tbaa !21
  %73 = getelementptr inbounds nuw %struct.maze, ptr %72, i32 0, i32 0
  %74 = load i32, ptr %73, align 8, !tbaa !11
  %75 = srem i32 %71, %74
  store i32 %75, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %76 = load i32, ptr %13, align 4, !tbaa !5
  %77 = load ptr, ptr %4, align 8, !tbaa !21
  %78 = getelementptr inbounds nuw %struct.maze, ptr %77, i32 0, i32 0
  %79 = load i32, ptr %78, align 8, !tbaa !11
  %80 = sdiv i32 %76, %79
  store i32 %80, ptr %15, align 4, !tbaa !5
  %81 = load ptr, ptr %8, align 8, !tbaa !23
  %82 = load i32, ptr %13, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i32, ptr %81, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = load ptr, ptr %6, align 8, !tbaa !23
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = icmp sgt i32 %85, %87
  br i1 %88, label %89, label %96

89:                                               ; preds = %64
  %90 = load ptr, ptr %8, align 8, !tbaa !23
  %91 = load i32, ptr %13, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds i32, ptr %90, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = load ptr, ptr %6, align 8, !tbaa !23
  store i32 %94, ptr %95, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %89, %64
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %97

97:                                               ; preds = %160, %96
  %98 = load i32, ptr %16, align 4, !tbaa !5
  %99 = icmp slt i32 %98, 4
  br i1 %99, label %101, label %100

100:                                              ; preds = %97
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %163

101:                                              ; preds = %97
  %102 = load ptr, ptr %4, align 8, !tbaa !21
  %103 = getelementptr inbounds nuw %struct.maze, ptr %102, i32 0, i32 2
  %104 = load ptr, ptr %103, align 8, !tbaa !16
  %105 = load i32, ptr %13, align 4, !tbaa !5
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds i8, ptr %104, i64 %106
  %108 = load i8, ptr %107, align 1, !tbaa !17
  %109 = zext i8 %108 to i32
  %110 = load i32, ptr %16, align 4, !tbaa !5
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [4 x i8], ptr @wall_bit, i64 0, i64 %111
  %113 = load i8, ptr %112, align 1, !tbaa !17
  %114 = zext i8 %113 to i32
  %115 = and i32 %109, %114
  %116 = icmp ne i32 %115, 0
  br i1 %116, label %117, label %118

117:                                              ; preds = %101
  br label %160

118:                                              ; preds = %101
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %119 = load i32, ptr %15, align 4, !tbaa !5
  %120 = load i32, ptr %16, align 4, !tbaa !5
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [4 x i32], ptr @dy, i64 0, i64 %121
  %123 = load i32, ptr %122, align 4, !tbaa !5
  %124 = add nsw i32 %119, %123
  %125 = load ptr, ptr %4, align 8, !tbaa !21
  %126 = getelementptr inbounds nuw %struct.maze, ptr %125, i32 0, i32 0
  %127 = load i32, ptr %126, align 8, !tbaa !11
  %128 = mul nsw i32 %124, %127
  %129 = load i32, ptr %14, align 4, !tbaa !5
  %130 = load i32, ptr %16, align 4, !tbaa !5
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [4 x i32], ptr @dx, i64 0, i64 %131
  %133 = load i32, ptr %132, align 4, !tbaa !5
  %134 = add nsw i32 %129, %133
  %135 = add nsw i32 %128, %134
  store i32 %135, ptr %17, align 4, !tbaa !5
  %136 = load ptr, ptr %8, align 8, !tbaa !23
  %137 = load i32, ptr %17, align 4, !tbaa !5
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds i32, ptr %136, i64 %138
  %140 = load i32, ptr %139, align 4, !tbaa !5
  %141 = icmp slt i32 %140, 0
  br i1 %141, label %142, label %159

142:                                              ; preds = %118
  %143 = load ptr, ptr %8, align 8, !tbaa !23
  %144 = load i32, ptr %13, align 4, !tbaa !5
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds i32, ptr %143, i64 %145
  %147 = load i32, ptr %146, align 4, !tbaa !5
  %148 = add nsw i32 %147, 1
  %149 = load ptr, ptr %8, align 8, !tbaa !23
  %150 = load i32, ptr %17, align 4, !tbaa !5
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds i32, ptr %149, i64 %151
  store i32 %148, ptr %152, align 4, !tbaa !5
  %153 = load i32, ptr %17, align 4, !tbaa !5
  %154 = load ptr, ptr %9, align 8, !tbaa !23
  %155 = load i32, ptr %11, align 4, !tbaa !5
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %11, align 4, !tbaa !5
  %157 = sext i32 %155 to i64
  %158 = getelementptr inbounds i32, ptr %154, i64 %157
  store i32 %153, ptr %158, align 4, !tbaa !5
  br label %159

159:                                              ; preds = %142, %118
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %160

160:                                              ; preds = %159, %117
  %161 = load i32, ptr %16, align 4, !tbaa !5
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %16, align 4, !tbaa !5
  br label %97, !llvm.loop !28

163:                                              ; preds = %100
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %60, !llvm.loop !29

164:                                              ; preds = %60
  %165 = load ptr, ptr %5, align 8, !tbaa !23
  store i32 0, ptr %165, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #6
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %166

166:                                              ; preds = %207, %164
  %167 = load i32, ptr %18, align 4, !tbaa !5
  %168 = load i32, ptr %7, align 4, !tbaa !5
  %169 = icmp slt i32 %167, %168
  br i1 %169, label %171, label %170

170:                                              ; preds = %166
  store i32 10, ptr %19, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #6
  br label %210

171:                                              ; preds = %166
  call void @llvm.lifetime.start.p0(ptr %20) #6
  store i32 0, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %21) #6
  store i32 0, ptr %21, align 4, !tbaa !5
  br label %172

172:                                              ; preds = %196, %171
  %173 = load i32, ptr %21, align 4, !tbaa !5
  %174 = icmp slt i32 %173, 4
  br i1 %174, label %176, label %175

175:                                              ; preds = %172
  store i32 13, ptr %19, align 4
  call void @llvm.lifetime.end.p0(ptr %21) #6
  br label %199

176:                                              ; preds = %172
  %177 = load ptr, ptr %4, align 8, !tbaa !21
  %178 = getelementptr inbounds nuw %struct.maze, ptr %177, i32 0, i32 2
  %179 = load ptr, ptr %178, align 8, !tbaa !16
  %180 = load i32, ptr %18, align 4, !tbaa !5
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds i8, ptr %179, i64 %181
  %183 = load i8, ptr %182, align 1, !tbaa !17
  %184 = zext i8 %183 to i32
  %185 = load i32, ptr %21, align 4, !tbaa !5
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds [4 x i8], ptr @wall_bit, i64 0, i64 %186
  %188 = load i8, ptr %187, align 1, !tbaa !17
  %189 = zext i8 %188 to i32
  %190 = and i32 %184, %189
  %191 = icmp ne i32 %190, 0
  br i1 %191, label %195, label %192

192:                                              ; preds = %176
  %193 = load i32, ptr %20, align 4, !tbaa !5
  %194 = add nsw i32 %193, 1
  store i32 %194, ptr %20, align 4, !tbaa !5
  br label %195

195:                                              ; preds = %192, %176
  br label %196

196:                                              ; preds = %195
  %197 = load i32, ptr %21, align 4, !tbaa !5
  %198 = add nsw i32 %197, 1
  store i32 %198, ptr %21, align 4, !tbaa !5
  br label %172, !llvm.loop !30

199:                                              ; preds = %175
  %200 = load i32, ptr %20, align 4, !tbaa !5
  %201 = icmp eq i32 %200, 1
  br i1 %201, label %202, label %206

202:                                              ; preds = %199
  %203 = load ptr, ptr %5, align 8, !tbaa !23
  %204 = load i32, ptr %203, align 4, !tbaa !5
  %205 = add nsw i32 %204, 1
  store i32 %205, ptr %203, align 4, !tbaa !5
  br label %206

206:                                              ; preds = %202, %199
  call void @llvm.lifetime.end.p0(ptr %20) #6
  br label %207

207:                                              ; preds = %206
  %208 = load i32, ptr %18, align 4, !tbaa !5
  %209 = add nsw i32 %208, 1
  store i32 %209, ptr %18, align 4, !tbaa !5
  br label %166, !llvm.loop !31

210:                                              ; preds = %170
  call void @llvm.lifetime.start.p0(ptr %22) #6
  %211 = load ptr, ptr %8, align 8, !tbaa !23
  %212 = load i32, ptr %7, align 4, !tbaa !5
  %213 = sub nsw i32 %212, 1
  %214 = sext i32 %213 to i64
  %215 = getelementptr inbounds i32, ptr %211, i64 %214
  %216 = load i32, ptr %215, align 4, !tbaa !5
  store i32 %216, ptr %22, align 4, !tbaa !5
  %217 = load ptr, ptr %8, align 8, !tbaa !23
  call void @free(ptr noundef %217) #8
  %218 = load ptr, ptr %9, align 8, !tbaa !23
  call void @free(ptr noundef %218) #8
  %219 = load i32, ptr %22, align 4, !tbaa !5
  store i32 1, ptr %19, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %219
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @draw(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %18, %1
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = load ptr, ptr %2, align 8, !tbaa !21
  %11 = getelementptr inbounds nuw %struct.maze, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 8, !tbaa !11
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %21

15:                                               ; preds = %8
  %16 = load ptr, ptr @stdout, align 8, !tbaa !32
  %17 = call i32 @fputs(ptr noundef @.str.1, ptr noundef %16) #7
  br label %18

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %3, align 4, !tbaa !5
  br label %8, !llvm.loop !34

21:                                               ; preds = %14
  %22 = call i32 @puts(ptr noundef @.str.2) #7
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %99, %21
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = load ptr, ptr %2, align 8, !tbaa !21
  %26 = getelementptr inbounds nuw %struct.maze, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %26, align 4, !tbaa !15
  %28 = icmp slt i32 %24, %27
  br i1 %28, label %30, label %29

29:                                               ; preds = %23
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %102

30:                                               ; preds = %23
  %31 = call i32 @putchar(i32 noundef 124) #7
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %60, %30
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = load ptr, ptr %2, align 8, !tbaa !21
  %35 = getelementptr inbounds nuw %struct.maze, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 8, !tbaa !11
  %37 = icmp slt i32 %33, %36
  br i1 %37, label %39, label %38

38:                                               ; preds = %32
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %63

39:                                               ; preds = %32
  %40 = load ptr, ptr %2, align 8, !tbaa !21
  %41 = getelementptr inbounds nuw %struct.maze, ptr %40, i32 0, i32 2
  %42 = load ptr, ptr %41, align 8, !tbaa !16
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = load ptr, ptr %2, align 8, !tbaa !21
  %45 = getelementptr inbounds nuw %struct.maze, ptr %44, i32 0, i32 0
  %46 = load i32, ptr %45, align 8, !tbaa !11
  %47 = mul nsw i32 %43, %46
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = add nsw i32 %47, %48
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i8, ptr %42, i64 %50
  %52 = load i8, ptr %51, align 1, !tbaa !17
  %53 = zext i8 %52 to i32
  %54 = and i32 %53, 2
  %55 = icmp ne i32 %54, 0
  %56 = zext i1 %55 to i64
  %57 = select i1 %55, ptr @.str.3, ptr @.str.4
  %58 = load ptr, ptr @stdout, align 8, !tbaa !32
  %59 = call i32 @fputs(ptr noundef %57, ptr noundef %58) #7
  br label %60

60:                                               ; preds = %39
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %6, align 4, !tbaa !5
  br label %32, !llvm.loop !35

63:                                               ; preds = %38
  %64 = call i32 @putchar(i32 noundef 10) #7
  %65 = call i32 @putchar(i32 noundef 43) #7
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %94, %63
  %67 = load i32, ptr %7, align 4, !tbaa !5
  %68 = load ptr, ptr %2, align 8, !tbaa !21
  %69 = getelementptr inbounds nuw %struct.maze, ptr %68, i32 0, i32 0
  %70 = load i32, ptr %69, align 8, !tbaa !11
  %71 = icmp slt i32 %67, %70
  br i1 %71, label %73, label %72

72:                                               ; preds = %66
  store i32 11, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %97

73:                                               ; preds = %66
  %74 = load ptr, ptr %2, align 8, !tbaa !21
  %75 = getelementptr inbounds nuw %struct.maze, ptr %74, i32 0, i32 2
  %76 = load ptr, ptr %75, align 8, !tbaa !16
  %77 = load i32, ptr %4, align 4, !tbaa !5
  %78 = load ptr, ptr %2, align 8, !tbaa !21
  %79 = getelementptr inbounds nuw %struct.maze, ptr %78, i32 0, i32 0
  %80 = load i32, ptr %79, align 8, !tbaa !11
  %81 = mul nsw i32 %77, %80
  %82 = load i32, ptr %7, align 4, !tbaa !5
  %83 = add nsw i32 %81, %82
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds i8, ptr %76, i64 %84
  %86 = load i8, ptr %85, align 1, !tbaa !17
  %87 = zext i8 %86 to i32
  %88 = and i32 %87, 4
  %89 = icmp ne i32 %88, 0
  %90 = zext i1 %89 to i64
  %91 = select i1 %89, ptr @.str.5, ptr @.str.6
  %92 = load ptr, ptr @stdout, align 8, !tbaa !32
  %93 = call i32 @fputs(ptr noundef %91, ptr noundef %92) #7
  br label %94

94:                                               ; preds = %73
  %95 = load i32, ptr %7, align 4, !tbaa !5
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %7, align 4, !tbaa !5
  br label %66, !llvm.loop !36

97:                                               ; preds = %72
  %98 = call i32 @putchar(i32 noundef 10) #7
  br label %99

99:                                               ; preds = %97
  %100 = load i32, ptr %4, align 4, !tbaa !5
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %4, align 4, !tbaa !5
  br label %23, !llvm.loop !37

102:                                              ; preds = %29
  ret void
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #3

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rnd() #0 {
  %1 = load i32, ptr @rng, align 4, !tbaa !5
  %2 = shl i32 %1, 13
  %3 = load i32, ptr @rng, align 4, !tbaa !5
  %4 = xor i32 %3, %2
  store i32 %4, ptr @rng, align 4, !tbaa !5
  %5 = load i32, ptr @rng, align 4, !tbaa !5
  %6 = lshr i32 %5, 17
  %7 = load i32, ptr @rng, align 4, !tbaa !5
  %8 = xor i32 %7, %6
  store i32 %8, ptr @rng, align 4, !tbaa !5
  %9 = load i32, ptr @rng, align 4, !tbaa !5
  %10 = shl i32 %9, 5
  %11 = load i32, ptr @rng, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr @rng, align 4, !tbaa !5
  %13 = load i32, ptr @rng, align 4, !tbaa !5
  ret i32 %13
}

; Function Attrs: minsize optsize
declare i32 @fputs(ptr noundef, ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @puts(ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @putchar(i32 noundef) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize allocsize(0) }

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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !6, i64 0}
!12 = !{!"maze", !6, i64 0, !6, i64 4, !13, i64 8}
!13 = !{!"p1 omnipotent char", !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = !{!12, !6, i64 4}
!16 = !{!12, !13, i64 8}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = !{!22, !22, i64 0}
!22 = !{!"p1 _ZTS4maze", !14, i64 0}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 int", !14, i64 0}
!25 = distinct !{!25, !19}
!26 = distinct !{!26, !19}
!27 = distinct !{!27, !19}
!28 = distinct !{!28, !19}
!29 = distinct !{!29, !19}
!30 = distinct !{!30, !19}
!31 = distinct !{!31, !19}
!32 = !{!33, !33, i64 0}
!33 = !{!"p1 _ZTS8_IO_FILE", !14, i64 0}
!34 = distinct !{!34, !19}
!35 = distinct !{!35, !19}
!36 = distinct !{!36, !19}
!37 = distinct !{!37, !19}
