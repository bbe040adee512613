; ModuleID = 'matrix_chain_dp.c'
source_filename = "matrix_chain_dp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Matrix = type { i32, i32, ptr }

@main.chains = internal constant <{ <{ [8 x i32], [9 x i32] }>, [17 x i32], [17 x i32] }> <{ <{ [8 x i32], [9 x i32] }> <{ [8 x i32] [i32 7, i32 30, i32 35, i32 15, i32 5, i32 10, i32 20, i32 25], [9 x i32] zeroinitializer }>, [17 x i32] [i32 9, i32 40, i32 20, i32 30, i32 10, i32 30, i32 5, i32 60, i32 8, i32 12, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], [17 x i32] [i32 12, i32 5, i32 50, i32 4, i32 60, i32 3, i32 70, i32 2, i32 80, i32 6, i32 40, i32 7, i32 30, i32 0, i32 0, i32 0, i32 0] }>, align 16
@.str = private unnamed_addr constant [47 x i8] c"chain %d (%d matrices): optimal=%llu order=%s\0A\00", align 1
@cost = internal global [16 x [16 x i64]] zeroinitializer, align 16
@scalar_mults = internal global i64 0, align 8
@.str.1 = private unnamed_addr constant [70 x i8] c"  executed: optimal=%llu left_to_right=%llu result %dx%d sum=%08x %s\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"match\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"DIFFER\00", align 1
@split = internal global [16 x [16 x i32]] zeroinitializer, align 16
@.str.4 = private unnamed_addr constant [4 x i8] c"M%d\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca [16 x %struct.Matrix], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.Matrix, align 8
  %11 = alloca i32, align 4
  %12 = alloca %struct.Matrix, align 8
  %13 = alloca i64, align 8
  %14 = alloca %struct.Matrix, align 8
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %164, %0
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 3
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %167

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [3 x [17 x i32]], ptr @main.chains, i64 0, i64 %23
  %25 = getelementptr inbounds [17 x i32], ptr %24, i64 0, i64 0
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = sub nsw i32 %26, 1
  store i32 %27, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [3 x [17 x i32]], ptr @main.chains, i64 0, i64 %29
  %31 = getelementptr inbounds [17 x i32], ptr %30, i64 0, i64 1
  store ptr %31, ptr %6, align 8, !tbaa !9
  %32 = load ptr, ptr %6, align 8, !tbaa !9
  %33 = load i32, ptr %5, align 4, !tbaa !5
  call void @chain_order(ptr noundef %32, i32 noundef %33) #7
  %34 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %35 = load i32, ptr %5, align 4, !tbaa !5
  %36 = sub nsw i32 %35, 1
  %37 = call i32 @format_parens(ptr noundef %34, i32 noundef 0, i32 noundef 0, i32 noundef %36) #7
  %38 = load i32, ptr %3, align 4, !tbaa !5
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = sub nsw i32 %40, 1
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [16 x i64], ptr @cost, i64 0, i64 %42
  %44 = load i64, ptr %43, align 8, !tbaa !12
  %45 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %38, i32 noundef %39, i64 noundef %44, ptr noundef %45) #7
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %47 = load i32, ptr %3, align 4, !tbaa !5
  %48 = mul i32 31, %47
  %49 = add i32 %48, 1
  store i32 %49, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %110, %21
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = load i32, ptr %5, align 4, !tbaa !5
  %53 = icmp slt i32 %51, %52
  br i1 %53, label %55, label %54

54:                                               ; preds = %50
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %113

55:                                               ; preds = %50
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [16 x %struct.Matrix], ptr %7, i64 0, i64 %57
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %59 = load ptr, ptr %6, align 8, !tbaa !9
  %60 = load i32, ptr %9, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %59, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = load ptr, ptr %6, align 8, !tbaa !9
  %65 = load i32, ptr %9, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds i32, ptr %64, i64 %67
  %69 = load i32, ptr %68, align 4, !tbaa !5
  %70 = call { i64, ptr } @mat_new(i32 noundef %63, i32 noundef %69) #7
  %71 = getelementptr inbounds nuw { i64, ptr }, ptr %10, i32 0, i32 0
  %72 = extractvalue { i64, ptr } %70, 0
  store i64 %72, ptr %71, align 8
  %73 = getelementptr inbounds nuw { i64, ptr }, ptr %10, i32 0, i32 1
  %74 = extractvalue { i64, ptr } %70, 1
  store ptr %74, ptr %73, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %58, ptr align 8 %10, i64 16, i1 false), !tbaa.struct !14
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %106, %55
  %76 = load i32, ptr %11, align 4, !tbaa !5
  %77 = load ptr, ptr %6, align 8, !tbaa !9
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds i32, ptr %77, i64 %79
  %81 = load i32, ptr %80, align 4, !tbaa !5
  %82 = load ptr, ptr %6, align 8, !tbaa !9
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i32, ptr %82, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = mul nsw i32 %81, %87
  %89 = icmp slt i32 %76, %88
  br i1 %89, label %91, label %90

90:                                               ; preds = %75
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %109

91:                                               ; preds = %75
  %92 = load i32, ptr %8, align 4, !tbaa !5
  %93 = mul i32 %92, 1664525
  %94 = add i32 %93, 1013904223
  store i32 %94, ptr %8, align 4, !tbaa !5
  %95 = load i32, ptr %8, align 4, !tbaa !5
  %96 = lshr i32 %95, 20
  %97 = and i32 %96, 15
  %98 = load i32, ptr %9, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [16 x %struct.Matrix], ptr %7, i64 0, i64 %99
  %101 = getelementptr inbounds nuw %struct.Matrix, ptr %100, i32 0, i32 2
  %102 = load ptr, ptr %101, align 8, !tbaa !15
  %103 = load i32, ptr %11, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds i32, ptr %102, i64 %104
  store i32 %97, ptr %105, align 4, !tbaa !5
  br label %106

106:                                              ; preds = %91
  %107 = load i32, ptr %11, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %11, align 4, !tbaa !5
  br label %75, !llvm.loop !17

109:                                              ; preds = %90
  br label %110

110:                                              ; preds = %109
  %111 = load i32, ptr %9, align 4, !tbaa !5
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %9, align 4, !tbaa !5
  br label %50, !llvm.loop !19

113:                                              ; preds = %54
  store i64 0, ptr @scalar_mults, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %114 = getelementptr inbounds [16 x %struct.Matrix], ptr %7, i64 0, i64 0
  %115 = load i32, ptr %5, align 4, !tbaa !5
  %116 = sub nsw i32 %115, 1
  %117 = call { i64, ptr } @eval_order(ptr noundef %114, i32 noundef 0, i32 noundef %116, i32 noundef 1) #7
  %118 = getelementptr inbounds nuw { i64, ptr }, ptr %12, i32 0, i32 0
  %119 = extractvalue { i64, ptr } %117, 0
  store i64 %119, ptr %118, align 8
  %120 = getelementptr inbounds nuw { i64, ptr }, ptr %12, i32 0, i32 1
  %121 = extractvalue { i64, ptr } %117, 1
  store ptr %121, ptr %120, align 8
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %122 = load i64, ptr @scalar_mults, align 8, !tbaa !12
  store i64 %122, ptr %13, align 8, !tbaa !12
  store i64 0, ptr @scalar_mults, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %123 = getelementptr inbounds [16 x %struct.Matrix], ptr %7, i64 0, i64 0
  %124 = load i32, ptr %5, align 4, !tbaa !5
  %125 = sub nsw i32 %124, 1
  %126 = call { i64, ptr } @eval_order(ptr noundef %123, i32 noundef 0, i32 noundef %125, i32 noundef 0) #7
  %127 = getelementptr inbounds nuw { i64, ptr }, ptr %14, i32 0, i32 0
  %128 = extractvalue { i64, ptr } %126, 0
  store i64 %128, ptr %127, align 8
  %129 = getelementptr inbounds nuw { i64, ptr }, ptr %14, i32 0, i32 1
  %130 = extractvalue { i64, ptr } %126, 1
  store ptr %130, ptr %129, align 8
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %131 = load i64, ptr @scalar_mults, align 8, !tbaa !12
  store i64 %131, ptr %15, align 8, !tbaa !12
  %132 = load i64, ptr %13, align 8, !tbaa !12
  %133 = load i64, ptr %15, align 8, !tbaa !12
  %134 = getelementptr inbounds nuw %struct.Matrix, ptr %12, i32 0, i32 0
  %135 = load i32, ptr %134, align 8, !tbaa !20
  %136 = getelementptr inbounds nuw %struct.Matrix, ptr %12, i32 0, i32 1
  %137 = load i32, ptr %136, align 4, !tbaa !21
  %138 = call i32 @mat_checksum(ptr noundef %12) #7
  %139 = call i32 @mat_checksum(ptr noundef %12) #7
  %140 = call i32 @mat_checksum(ptr noundef %14) #7
  %141 = icmp eq i32 %139, %140
  %142 = zext i1 %141 to i64
  %143 = select i1 %141, ptr @.str.2, ptr @.str.3
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %132, i64 noundef %133, i32 noundef %135, i32 noundef %137, i32 noundef %138, ptr noundef %143) #7
  %145 = getelementptr inbounds nuw %struct.Matrix, ptr %12, i32 0, i32 2
  %146 = load ptr, ptr %145, align 8, !tbaa !15
  call void @free(ptr noundef %146) #8
  %147 = getelementptr inbounds nuw %struct.Matrix, ptr %14, i32 0, i32 2
  %148 = load ptr, ptr %147, align 8, !tbaa !15
  call void @free(ptr noundef %148) #8
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %149

149:                                              ; preds = %160, %113
  %150 = load i32, ptr %16, align 4, !tbaa !5
  %151 = load i32, ptr %5, align 4, !tbaa !5
  %152 = icmp slt i32 %150, %151
  br i1 %152, label %154, label %153

153:                                              ; preds = %149
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %163

154:                                              ; preds = %149
  %155 = load i32, ptr %16, align 4, !tbaa !5
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [16 x %struct.Matrix], ptr %7, i64 0, i64 %156
  %158 = getelementptr inbounds nuw %struct.Matrix, ptr %157, i32 0, i32 2
  %159 = load ptr, ptr %158, align 8, !tbaa !15
  call void @free(ptr noundef %159) #8
  br label %160

160:                                              ; preds = %154
  %161 = load i32, ptr %16, align 4, !tbaa !5
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %16, align 4, !tbaa !5
  br label %149, !llvm.loop !22

163:                                              ; preds = %153
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %164

164:                                              ; preds = %163
  %165 = load i32, ptr %3, align 4, !tbaa !5
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %3, align 4, !tbaa !5
  br label %17, !llvm.loop !23

167:                                              ; preds = %20
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %168 = load i32, ptr %1, align 4
  ret i32 %168
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @chain_order(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %24, %2
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %27

17:                                               ; preds = %12
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [16 x [16 x i64]], ptr @cost, i64 0, i64 %19
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [16 x i64], ptr %20, i64 0, i64 %22
  store i64 0, ptr %23, align 8, !tbaa !12
  br label %24

24:                                               ; preds = %17
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %5, align 4, !tbaa !5
  br label %12, !llvm.loop !24

27:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 2, ptr %6, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %132, %27
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = icmp sle i32 %29, %30
  br i1 %31, label %33, label %32

32:                                               ; preds = %28
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %135

33:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %128, %33
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = add nsw i32 %35, %36
  %38 = sub nsw i32 %37, 1
  %39 = load i32, ptr %4, align 4, !tbaa !5
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %42, label %41

41:                                               ; preds = %34
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %131

42:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = add nsw i32 %43, %44
  %46 = sub nsw i32 %45, 1
  store i32 %46, ptr %9, align 4, !tbaa !5
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [16 x [16 x i64]], ptr @cost, i64 0, i64 %48
  %50 = load i32, ptr %9, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [16 x i64], ptr %49, i64 0, i64 %51
  store i64 -1, ptr %52, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %53 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %53, ptr %10, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %124, %42
  %55 = load i32, ptr %10, align 4, !tbaa !5
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = icmp slt i32 %55, %56
  br i1 %57, label %59, label %58

58:                                               ; preds = %54
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %127

59:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [16 x [16 x i64]], ptr @cost, i64 0, i64 %61
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [16 x i64], ptr %62, i64 0, i64 %64
  %66 = load i64, ptr %65, align 8, !tbaa !12
  %67 = load i32, ptr %10, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [16 x [16 x i64]], ptr @cost, i64 0, i64 %69
  %71 = load i32, ptr %9, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [16 x i64], ptr %70, i64 0, i64 %72
  %74 = load i64, ptr %73, align 8, !tbaa !12
  %75 = add i64 %66, %74
  %76 = load ptr, ptr %3, align 8, !tbaa !9
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds i32, ptr %76, i64 %78
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = load ptr, ptr %3, align 8, !tbaa !9
  %83 = load i32, ptr %10, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i32, ptr %82, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = mul i64 %81, %88
  %90 = load ptr, ptr %3, align 8, !tbaa !9
  %91 = load i32, ptr %9, align 4, !tbaa !5
  %92 = add nsw i32 %91, 1
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds i32, ptr %90, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = mul i64 %89, %96
  %98 = add i64 %75, %97
  store i64 %98, ptr %11, align 8, !tbaa !12
  %99 = load i64, ptr %11, align 8, !tbaa !12
  %100 = load i32, ptr %8, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [16 x [16 x i64]], ptr @cost, i64 0, i64 %101
  %103 = load i32, ptr %9, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [16 x i64], ptr %102, i64 0, i64 %104
  %106 = load i64, ptr %105, align 8, !tbaa !12
  %107 = icmp ult i64 %99, %106
  br i1 %107, label %108, label %123

108:                                              ; preds = %59
  %109 = load i64, ptr %11, align 8, !tbaa !12
  %110 = load i32, ptr %8, align 4, !tbaa !5
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [16 x [16 x i64]], ptr @cost, i64 0, i64 %111
  %113 = load i32, ptr %9, align 4, !tbaa !5
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [16 x i64], ptr %112, i64 0, i64 %114
  store i64 %109, ptr %115, align 8, !tbaa !12
  %116 = load i32, ptr %10, align 4, !tbaa !5
  %117 = load i32, ptr %8, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [16 x [16 x i32]], ptr @split, i64 0, i64 %118
  %120 = load i32, ptr %9, align 4, !tbaa !5
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [16 x i32], ptr %119, i64 0, i64 %121
  store i32 %116, ptr %122, align 4, !tbaa !5
  br label %123

123:                                              ; preds = %108, %59
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %10, align 4, !tbaa !5
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %10, align 4, !tbaa !5
  br label %54, !llvm.loop !25

127:                                              ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %128

128:                                              ; preds = %127
  %129 = load i32, ptr %8, align 4, !tbaa !5
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %8, align 4, !tbaa !5
  br label %34, !llvm.loop !26

131:                                              ; preds = %41
  br label %132

132:                                              ; preds = %131
  %133 = load i32, ptr %6, align 4, !tbaa !5
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %6, align 4, !tbaa !5
  br label %28, !llvm.loop !27

135:                                              ; preds = %32
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @format_parens(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !28
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !5
  %10 = load i32, ptr %8, align 4, !tbaa !5
  %11 = load i32, ptr %9, align 4, !tbaa !5
  %12 = icmp eq i32 %10, %11
  br i1 %12, label %13, label %22

13:                                               ; preds = %4
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = load ptr, ptr %6, align 8, !tbaa !28
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i8, ptr %15, i64 %17
  %19 = load i32, ptr %8, align 4, !tbaa !5
  %20 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %18, ptr noundef @.str.4, i32 noundef %19) #8
  %21 = add nsw i32 %14, %20
  store i32 %21, ptr %5, align 4
  br label %61

22:                                               ; preds = %4
  %23 = load ptr, ptr %6, align 8, !tbaa !28
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %7, align 4, !tbaa !5
  %26 = sext i32 %24 to i64
  %27 = getelementptr inbounds i8, ptr %23, i64 %26
  store i8 40, ptr %27, align 1, !tbaa !30
  %28 = load ptr, ptr %6, align 8, !tbaa !28
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [16 x [16 x i32]], ptr @split, i64 0, i64 %32
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [16 x i32], ptr %33, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = call i32 @format_parens(ptr noundef %28, i32 noundef %29, i32 noundef %30, i32 noundef %37) #7
  store i32 %38, ptr %7, align 4, !tbaa !5
  %39 = load ptr, ptr %6, align 8, !tbaa !28
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [16 x [16 x i32]], ptr @split, i64 0, i64 %42
  %44 = load i32, ptr %9, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [16 x i32], ptr %43, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = call i32 @format_parens(ptr noundef %39, i32 noundef %40, i32 noundef %48, i32 noundef %49) #7
  store i32 %50, ptr %7, align 4, !tbaa !5
  %51 = load ptr, ptr %6, align 8, !tbaa !28
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %7, align 4, !tbaa !5
  %54 = sext i32 %52 to i64
  %55 = getelementptr inbounds i8, ptr %51, i64 %54
  store i8 41, ptr %55, align 1, !tbaa !30
  %56 = load ptr, ptr %6, align 8, !tbaa !28
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i8, ptr %56, i64 %58
  store i8 0, ptr %59, align 1, !tbaa !30
  %60 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %60, ptr %5, align 4
  br label %61

61:                                               ; preds = %22, %13
  %62 = load i32, ptr %5, align 4
  ret i32 %62
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, ptr } @mat_new(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca %struct.Matrix, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = getelementptr inbounds nuw %struct.Matrix, ptr %3, i32 0, i32 0
  store i32 %6, ptr %7, align 8, !tbaa !20
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = getelementptr inbounds nuw %struct.Matrix, ptr %3, i32 0, i32 1
  store i32 %8, ptr %9, align 4, !tbaa !21
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = mul i64 %11, %13
  %15 = call noalias ptr @calloc(i64 noundef %14, i64 noundef 4) #9
  %16 = getelementptr inbounds nuw %struct.Matrix, ptr %3, i32 0, i32 2
  store ptr %15, ptr %16, align 8, !tbaa !15
  %17 = load { i64, ptr }, ptr %3, align 8
  ret { i64, ptr } %17
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, ptr } @eval_order(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca %struct.Matrix, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca %struct.Matrix, align 8
  %12 = alloca %struct.Matrix, align 8
  store ptr %0, ptr %6, align 8, !tbaa !31
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !5
  %13 = load i32, ptr %7, align 4, !tbaa !5
  %14 = load i32, ptr %8, align 4, !tbaa !5
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %57

16:                                               ; preds = %4
  %17 = load ptr, ptr %6, align 8, !tbaa !31
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.Matrix, ptr %17, i64 %19
  %21 = getelementptr inbounds nuw %struct.Matrix, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 8, !tbaa !20
  %23 = load ptr, ptr %6, align 8, !tbaa !31
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds %struct.Matrix, ptr %23, i64 %25
  %27 = getelementptr inbounds nuw %struct.Matrix, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !21
  %29 = call { i64, ptr } @mat_new(i32 noundef %22, i32 noundef %28) #7
  %30 = getelementptr inbounds nuw { i64, ptr }, ptr %5, i32 0, i32 0
  %31 = extractvalue { i64, ptr } %29, 0
  store i64 %31, ptr %30, align 8
  %32 = getelementptr inbounds nuw { i64, ptr }, ptr %5, i32 0, i32 1
  %33 = extractvalue { i64, ptr } %29, 1
  store ptr %33, ptr %32, align 8
  %34 = getelementptr inbounds nuw %struct.Matrix, ptr %5, i32 0, i32 2
  %35 = load ptr, ptr %34, align 8, !tbaa !15
  %36 = load ptr, ptr %6, align 8, !tbaa !31
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.Matrix, ptr %36, i64 %38
  %40 = getelementptr inbounds nuw %struct.Matrix, ptr %39, i32 0, i32 2
  %41 = load ptr, ptr %40, align 8, !tbaa !15
  %42 = load ptr, ptr %6, align 8, !tbaa !31
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds %struct.Matrix, ptr %42, i64 %44
  %46 = getelementptr inbounds nuw %struct.Matrix, ptr %45, i32 0, i32 0
  %47 = load i32, ptr %46, align 8, !tbaa !20
  %48 = load ptr, ptr %6, align 8, !tbaa !31
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds %struct.Matrix, ptr %48, i64 %50
  %52 = getelementptr inbounds nuw %struct.Matrix, ptr %51, i32 0, i32 1
  %53 = load i32, ptr %52, align 4, !tbaa !21
  %54 = mul nsw i32 %47, %53
  %55 = sext i32 %54 to i64
  %56 = mul i64 4, %55
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %35, ptr align 4 %41, i64 %56, i1 false)
  br label %101

57:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %58 = load i32, ptr %9, align 4, !tbaa !5
  %59 = icmp ne i32 %58, 0
  br i1 %59, label %60, label %68

60:                                               ; preds = %57
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [16 x [16 x i32]], ptr @split, i64 0, i64 %62
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [16 x i32], ptr %63, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  br label %71

68:                                               ; preds = %57
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = sub nsw i32 %69, 1
  br label %71

71:                                               ; preds = %68, %60
  %72 = phi i32 [ %67, %60 ], [ %70, %68 ]
  store i32 %72, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %73 = load ptr, ptr %6, align 8, !tbaa !31
  %74 = load i32, ptr %7, align 4, !tbaa !5
  %75 = load i32, ptr %10, align 4, !tbaa !5
  %76 = load i32, ptr %9, align 4, !tbaa !5
  %77 = call { i64, ptr } @eval_order(ptr noundef %73, i32 noundef %74, i32 noundef %75, i32 noundef %76) #7
  %78 = getelementptr inbounds nuw { i64, ptr }, ptr %11, i32 0, i32 0
  %79 = extractvalue { i64, ptr } %77, 0
  store i64 %79, ptr %78, align 8
  %80 = getelementptr inbounds nuw { i64, ptr }, ptr %11, i32 0, i32 1
  %81 = extractvalue { i64, ptr } %77, 1
  store ptr %81, ptr %80, align 8
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %82 = load ptr, ptr %6, align 8, !tbaa !31
  %83 = load i32, ptr %10, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  %85 = load i32, ptr %8, align 4, !tbaa !5
  %86 = load i32, ptr %9, align 4, !tbaa !5
  %87 = call { i64, ptr } @eval_order(ptr noundef %82, i32 noundef %84, i32 noundef %85, i32 noundef %86) #7
  %88 = getelementptr inbounds nuw { i64, ptr }, ptr %12, i32 0, i32 0
  %89 = extractvalue { i64, ptr } %87, 0
  store i64 %89, ptr %88, align 8
  %90 = getelementptr inbounds nuw { i64, ptr }, ptr %12, i32 0, i32 1
  %91 = extractvalue { i64, ptr } %87, 1
  store ptr %91, ptr %90, align 8
  %92 = call { i64, ptr } @mat_mul(ptr noundef %11, ptr noundef %12) #7
  %93 = getelementptr inbounds nuw { i64, ptr }, ptr %5, i32 0, i32 0
  %94 = extractvalue { i64, ptr } %92, 0
  store i64 %94, ptr %93, align 8
  %95 = getelementptr inbounds nuw { i64, ptr }, ptr %5, i32 0, i32 1
  %96 = extractvalue { i64, ptr } %92, 1
  store ptr %96, ptr %95, align 8
  %97 = getelementptr inbounds nuw %struct.Matrix, ptr %11, i32 0, i32 2
  %98 = load ptr, ptr %97, align 8, !tbaa !15
  call void @free(ptr noundef %98) #8
  %99 = getelementptr inbounds nuw %struct.Matrix, ptr %12, i32 0, i32 2
  %100 = load ptr, ptr %99, align 8, !tbaa !15
  call void @free(ptr noundef %100) #8
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %101

101:                                              ; preds = %71, %16
  %102 = load { i64, ptr }, ptr %5, align 8
  ret { i64, ptr } %102
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @mat_checksum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %27, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = load ptr, ptr %2, align 8, !tbaa !31
  %8 = getelementptr inbounds nuw %struct.Matrix, ptr %7, i32 0, i32 0
  %9 = load i32, ptr %8, align 8, !tbaa !20
  %10 = load ptr, ptr %2, align 8, !tbaa !31
  %11 = getelementptr inbounds nuw %struct.Matrix, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 4, !tbaa !21
  %13 = mul nsw i32 %9, %12
  %14 = icmp slt i32 %6, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %30

16:                                               ; preds = %5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = load ptr, ptr %2, align 8, !tbaa !31
  %19 = getelementptr inbounds nuw %struct.Matrix, ptr %18, i32 0, i32 2
  %20 = load ptr, ptr %19, align 8, !tbaa !15
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %20, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = xor i32 %17, %24
  %26 = mul i32 %25, 16777619
  store i32 %26, ptr %3, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %16
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !32

30:                                               ; preds = %15
  %31 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %31
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize
declare i32 @sprintf(ptr noundef, ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal { i64, ptr } @mat_mul(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca %struct.Matrix, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !31
  store ptr %1, ptr %5, align 8, !tbaa !31
  %11 = load ptr, ptr %4, align 8, !tbaa !31
  %12 = getelementptr inbounds nuw %struct.Matrix, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 8, !tbaa !20
  %14 = load ptr, ptr %5, align 8, !tbaa !31
  %15 = getelementptr inbounds nuw %struct.Matrix, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !21
  %17 = call { i64, ptr } @mat_new(i32 noundef %13, i32 noundef %16) #7
  %18 = getelementptr inbounds nuw { i64, ptr }, ptr %3, i32 0, i32 0
  %19 = extractvalue { i64, ptr } %17, 0
  store i64 %19, ptr %18, align 8
  %20 = getelementptr inbounds nuw { i64, ptr }, ptr %3, i32 0, i32 1
  %21 = extractvalue { i64, ptr } %17, 1
  store ptr %21, ptr %20, align 8
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %100, %2
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = load ptr, ptr %4, align 8, !tbaa !31
  %25 = getelementptr inbounds nuw %struct.Matrix, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %25, align 8, !tbaa !20
  %27 = icmp slt i32 %23, %26
  br i1 %27, label %29, label %28

28:                                               ; preds = %22
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %103

29:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %96, %29
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = load ptr, ptr %4, align 8, !tbaa !31
  %33 = getelementptr inbounds nuw %struct.Matrix, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !21
  %35 = icmp slt i32 %31, %34
  br i1 %35, label %37, label %36

36:                                               ; preds = %30
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %99

37:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %38 = load ptr, ptr %4, align 8, !tbaa !31
  %39 = getelementptr inbounds nuw %struct.Matrix, ptr %38, i32 0, i32 2
  %40 = load ptr, ptr %39, align 8, !tbaa !15
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = load ptr, ptr %4, align 8, !tbaa !31
  %43 = getelementptr inbounds nuw %struct.Matrix, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 4, !tbaa !21
  %45 = mul nsw i32 %41, %44
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = add nsw i32 %45, %46
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i32, ptr %40, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  store i32 %50, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %86, %37
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = load ptr, ptr %5, align 8, !tbaa !31
  %54 = getelementptr inbounds nuw %struct.Matrix, ptr %53, i32 0, i32 1
  %55 = load i32, ptr %54, align 4, !tbaa !21
  %56 = icmp slt i32 %52, %55
  br i1 %56, label %58, label %57

57:                                               ; preds = %51
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %89

58:                                               ; preds = %51
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = load ptr, ptr %5, align 8, !tbaa !31
  %61 = getelementptr inbounds nuw %struct.Matrix, ptr %60, i32 0, i32 2
  %62 = load ptr, ptr %61, align 8, !tbaa !15
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = load ptr, ptr %5, align 8, !tbaa !31
  %65 = getelementptr inbounds nuw %struct.Matrix, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !21
  %67 = mul nsw i32 %63, %66
  %68 = load i32, ptr %10, align 4, !tbaa !5
  %69 = add nsw i32 %67, %68
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i32, ptr %62, i64 %70
  %72 = load i32, ptr %71, align 4, !tbaa !5
  %73 = mul i32 %59, %72
  %74 = getelementptr inbounds nuw %struct.Matrix, ptr %3, i32 0, i32 2
  %75 = load ptr, ptr %74, align 8, !tbaa !15
  %76 = load i32, ptr %6, align 4, !tbaa !5
  %77 = getelementptr inbounds nuw %struct.Matrix, ptr %3, i32 0, i32 1
  %78 = load i32, ptr %77, align 4, !tbaa !21
  %79 = mul nsw i32 %76, %78
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = add nsw i32 %79, %80
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i32, ptr %75, i64 %82
  %84 = load i32, ptr %83, align 4, !tbaa !5
  %85 = add i32 %84, %73
  store i32 %85, ptr %83, align 4, !tbaa !5
  br label %86

86:                                               ; preds = %58
  %87 = load i32, ptr %10, align 4, !tbaa !5
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %10, align 4, !tbaa !5
  br label %51, !llvm.loop !33

89:                                               ; preds = %57
  %90 = load ptr, ptr %5, align 8, !tbaa !31
  %91 = getelementptr inbounds nuw %struct.Matrix, ptr %90, i32 0, i32 1
  %92 = load i32, ptr %91, align 4, !tbaa !21
  %93 = sext i32 %92 to i64
  %94 = load i64, ptr @scalar_mults, align 8, !tbaa !12
  %95 = add i64 %94, %93
  store i64 %95, ptr @scalar_mults, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %96

96:                                               ; preds = %89
  %97 = load i32, ptr %8, align 4, !tbaa !5
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %8, align 4, !tbaa !5
  br label %30, !llvm.loop !34

99:                                               ; preds = %36
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %6, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %6, align 4, !tbaa !5
  br label %22, !llvm.loop !35

103:                                              ; preds = %28
  %104 = load { i64, ptr }, ptr %3, align 8
  ret { i64, ptr } %104
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize allocsize(0,1) }

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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long long", !7, i64 0}
!14 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 8, !9}
!15 = !{!16, !10, i64 8}
!16 = !{!"", !6, i64 0, !6, i64 4, !10, i64 8}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = !{!16, !6, i64 0}
!21 = !{!16, !6, i64 4}
!22 = distinct !{!22, !18}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
!28 = !{!29, !29, i64 0}
!29 = !{!"p1 omnipotent char", !11, i64 0}
!30 = !{!7, !7, i64 0}
!31 = !{!11, !11, i64 0}
!32 = distinct !{!32, !18}
!33 = distinct !{!33, !18}
!34 = distinct !{!34, !18}
!35 = distinct !{!35, !18}
