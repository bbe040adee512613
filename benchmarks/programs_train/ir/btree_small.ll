; ModuleID = 'btree_small.c'
source_filename = "btree_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.BNode = type { i32, i8, [5 x i32], [5 x i32], [6 x ptr] }

@.str = private unnamed_addr constant [38 x i8] c"fresh=%d count=%d nodes=%d height=%d\0A\00", align 1
@node_count = internal global i32 0, align 4
@.str.1 = private unnamed_addr constant [25 x i8] c"ordered=%s even-hits=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@.str.4 = private unnamed_addr constant [30 x i8] c"weighted sum=%llu max key=%u\0A\00", align 1
@stderr = external global ptr, align 8
@.str.5 = private unnamed_addr constant [15 x i8] c"out of memory\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i1 @bt_insert(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = load ptr, ptr %9, align 8, !tbaa !13
  store ptr %10, ptr %7, align 8, !tbaa !13
  %11 = load ptr, ptr %7, align 8, !tbaa !13
  %12 = getelementptr inbounds nuw %struct.BNode, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 8, !tbaa !15
  %14 = icmp eq i32 %13, 5
  br i1 %14, label %15, label %25

15:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %16 = call ptr @new_node(i1 noundef zeroext false) #7
  store ptr %16, ptr %8, align 8, !tbaa !13
  %17 = load ptr, ptr %7, align 8, !tbaa !13
  %18 = load ptr, ptr %8, align 8, !tbaa !13
  %19 = getelementptr inbounds nuw %struct.BNode, ptr %18, i32 0, i32 4
  %20 = getelementptr inbounds [6 x ptr], ptr %19, i64 0, i64 0
  store ptr %17, ptr %20, align 8, !tbaa !13
  %21 = load ptr, ptr %8, align 8, !tbaa !13
  call void @split_child(ptr noundef %21, i32 noundef 0) #7
  %22 = load ptr, ptr %8, align 8, !tbaa !13
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %22, ptr %23, align 8, !tbaa !13
  %24 = load ptr, ptr %8, align 8, !tbaa !13
  store ptr %24, ptr %7, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %25

25:                                               ; preds = %15, %3
  %26 = load ptr, ptr %7, align 8, !tbaa !13
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = call zeroext i1 @insert_nonfull(ptr noundef %26, i32 noundef %27, i32 noundef %28) #7
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i1 %29
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @new_node(i1 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  %3 = alloca ptr, align 8
  %4 = zext i1 %0 to i8
  store i8 %4, ptr %2, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %5 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 96) #8
  store ptr %5, ptr %3, align 8, !tbaa !13
  %6 = load ptr, ptr %3, align 8, !tbaa !13
  %7 = icmp ne ptr %6, null
  br i1 %7, label %11, label %8

8:                                                ; preds = %1
  %9 = load ptr, ptr @stderr, align 8, !tbaa !19
  %10 = call i32 (ptr, ptr, ...) @fprintf(ptr noundef %9, ptr noundef @.str.5) #9
  call void @exit(i32 noundef 1) #10
  unreachable

11:                                               ; preds = %1
  %12 = load i8, ptr %2, align 1, !tbaa !18, !range !21, !noundef !22
  %13 = trunc i8 %12 to i1
  %14 = load ptr, ptr %3, align 8, !tbaa !13
  %15 = getelementptr inbounds nuw %struct.BNode, ptr %14, i32 0, i32 1
  %16 = zext i1 %13 to i8
  store i8 %16, ptr %15, align 4, !tbaa !23
  %17 = load i32, ptr @node_count, align 4, !tbaa !5
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr @node_count, align 4, !tbaa !5
  %19 = load ptr, ptr %3, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret ptr %19
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @split_child(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !13
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %8 = load ptr, ptr %3, align 8, !tbaa !13
  %9 = getelementptr inbounds nuw %struct.BNode, ptr %8, i32 0, i32 4
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [6 x ptr], ptr %9, i64 0, i64 %11
  %13 = load ptr, ptr %12, align 8, !tbaa !13
  store ptr %13, ptr %5, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %14 = load ptr, ptr %5, align 8, !tbaa !13
  %15 = getelementptr inbounds nuw %struct.BNode, ptr %14, i32 0, i32 1
  %16 = load i8, ptr %15, align 4, !tbaa !23, !range !21, !noundef !22
  %17 = trunc i8 %16 to i1
  %18 = call ptr @new_node(i1 noundef zeroext %17) #7
  store ptr %18, ptr %6, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %19 = load ptr, ptr %6, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw %struct.BNode, ptr %19, i32 0, i32 0
  store i32 2, ptr %20, align 8, !tbaa !15
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %49, %2
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 2
  br i1 %23, label %24, label %52

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 8, !tbaa !13
  %26 = getelementptr inbounds nuw %struct.BNode, ptr %25, i32 0, i32 2
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = add nsw i32 %27, 3
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [5 x i32], ptr %26, i64 0, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !5
  %32 = load ptr, ptr %6, align 8, !tbaa !13
  %33 = getelementptr inbounds nuw %struct.BNode, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [5 x i32], ptr %33, i64 0, i64 %35
  store i32 %31, ptr %36, align 4, !tbaa !5
  %37 = load ptr, ptr %5, align 8, !tbaa !13
  %38 = getelementptr inbounds nuw %struct.BNode, ptr %37, i32 0, i32 3
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = add nsw i32 %39, 3
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [5 x i32], ptr %38, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = load ptr, ptr %6, align 8, !tbaa !13
  %45 = getelementptr inbounds nuw %struct.BNode, ptr %44, i32 0, i32 3
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [5 x i32], ptr %45, i64 0, i64 %47
  store i32 %43, ptr %48, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %24
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %7, align 4, !tbaa !5
  br label %21, !llvm.loop !24

52:                                               ; preds = %21
  %53 = load ptr, ptr %5, align 8, !tbaa !13
  %54 = getelementptr inbounds nuw %struct.BNode, ptr %53, i32 0, i32 1
  %55 = load i8, ptr %54, align 4, !tbaa !23, !range !21, !noundef !22
  %56 = trunc i8 %55 to i1
  br i1 %56, label %78, label %57

57:                                               ; preds = %52
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %74, %57
  %59 = load i32, ptr %7, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 3
  br i1 %60, label %61, label %77

61:                                               ; preds = %58
  %62 = load ptr, ptr %5, align 8, !tbaa !13
  %63 = getelementptr inbounds nuw %struct.BNode, ptr %62, i32 0, i32 4
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = add nsw i32 %64, 3
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [6 x ptr], ptr %63, i64 0, i64 %66
  %68 = load ptr, ptr %67, align 8, !tbaa !13
  %69 = load ptr, ptr %6, align 8, !tbaa !13
  %70 = getelementptr inbounds nuw %struct.BNode, ptr %69, i32 0, i32 4
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [6 x ptr], ptr %70, i64 0, i64 %72
  store ptr %68, ptr %73, align 8, !tbaa !13
  br label %74

74:                                               ; preds = %61
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %7, align 4, !tbaa !5
  br label %58, !llvm.loop !26

77:                                               ; preds = %58
  br label %78

78:                                               ; preds = %77, %52
  %79 = load ptr, ptr %5, align 8, !tbaa !13
  %80 = getelementptr inbounds nuw %struct.BNode, ptr %79, i32 0, i32 0
  store i32 2, ptr %80, align 8, !tbaa !15
  %81 = load ptr, ptr %3, align 8, !tbaa !13
  %82 = getelementptr inbounds nuw %struct.BNode, ptr %81, i32 0, i32 0
  %83 = load i32, ptr %82, align 8, !tbaa !15
  store i32 %83, ptr %7, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %101, %78
  %85 = load i32, ptr %7, align 4, !tbaa !5
  %86 = load i32, ptr %4, align 4, !tbaa !5
  %87 = icmp sgt i32 %85, %86
  br i1 %87, label %88, label %104

88:                                               ; preds = %84
  %89 = load ptr, ptr %3, align 8, !tbaa !13
  %90 = getelementptr inbounds nuw %struct.BNode, ptr %89, i32 0, i32 4
  %91 = load i32, ptr %7, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [6 x ptr], ptr %90, i64 0, i64 %92
  %94 = load ptr, ptr %93, align 8, !tbaa !13
  %95 = load ptr, ptr %3, align 8, !tbaa !13
  %96 = getelementptr inbounds nuw %struct.BNode, ptr %95, i32 0, i32 4
  %97 = load i32, ptr %7, align 4, !tbaa !5
  %98 = add nsw i32 %97, 1
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [6 x ptr], ptr %96, i64 0, i64 %99
  store ptr %94, ptr %100, align 8, !tbaa !13
  br label %101

101:                                              ; preds = %88
  %102 = load i32, ptr %7, align 4, !tbaa !5
  %103 = add nsw i32 %102, -1
  store i32 %103, ptr %7, align 4, !tbaa !5
  br label %84, !llvm.loop !27

104:                                              ; preds = %84
  %105 = load ptr, ptr %6, align 8, !tbaa !13
  %106 = load ptr, ptr %3, align 8, !tbaa !13
  %107 = getelementptr inbounds nuw %struct.BNode, ptr %106, i32 0, i32 4
  %108 = load i32, ptr %4, align 4, !tbaa !5
  %109 = add nsw i32 %108, 1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [6 x ptr], ptr %107, i64 0, i64 %110
  store ptr %105, ptr %111, align 8, !tbaa !13
  %112 = load ptr, ptr %3, align 8, !tbaa !13
  %113 = getelementptr inbounds nuw %struct.BNode, ptr %112, i32 0, i32 0
  %114 = load i32, ptr %113, align 8, !tbaa !15
  %115 = sub nsw i32 %114, 1
  store i32 %115, ptr %7, align 4, !tbaa !5
  br label %116

116:                                              ; preds = %145, %104
  %117 = load i32, ptr %7, align 4, !tbaa !5
  %118 = load i32, ptr %4, align 4, !tbaa !5
  %119 = icmp sge i32 %117, %118
  br i1 %119, label %120, label %148

120:                                              ; preds = %116
  %121 = load ptr, ptr %3, align 8, !tbaa !13
  %122 = getelementptr inbounds nuw %struct.BNode, ptr %121, i32 0, i32 2
  %123 = load i32, ptr %7, align 4, !tbaa !5
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [5 x i32], ptr %122, i64 0, i64 %124
  %126 = load i32, ptr %125, align 4, !tbaa !5
  %127 = load ptr, ptr %3, align 8, !tbaa !13
  %128 = getelementptr inbounds nuw %struct.BNode, ptr %127, i32 0, i32 2
  %129 = load i32, ptr %7, align 4, !tbaa !5
  %130 = add nsw i32 %129, 1
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [5 x i32], ptr %128, i64 0, i64 %131
  store i32 %126, ptr %132, align 4, !tbaa !5
  %133 = load ptr, ptr %3, align 8, !tbaa !13
  %134 = getelementptr inbounds nuw %struct.BNode, ptr %133, i32 0, i32 3
  %135 = load i32, ptr %7, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [5 x i32], ptr %134, i64 0, i64 %136
  %138 = load i32, ptr %137, align 4, !tbaa !5
  %139 = load ptr, ptr %3, align 8, !tbaa !13
  %140 = getelementptr inbounds nuw %struct.BNode, ptr %139, i32 0, i32 3
  %141 = load i32, ptr %7, align 4, !tbaa !5
  %142 = add nsw i32 %141, 1
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [5 x i32], ptr %140, i64 0, i64 %143
  store i32 %138, ptr %144, align 4, !tbaa !5
  br label %145

145:                                              ; preds = %120
  %146 = load i32, ptr %7, align 4, !tbaa !5
  %147 = add nsw i32 %146, -1
  store i32 %147, ptr %7, align 4, !tbaa !5
  br label %116, !llvm.loop !28

148:                                              ; preds = %116
  %149 = load ptr, ptr %5, align 8, !tbaa !13
  %150 = getelementptr inbounds nuw %struct.BNode, ptr %149, i32 0, i32 2
  %151 = getelementptr inbounds [5 x i32], ptr %150, i64 0, i64 2
  %152 = load i32, ptr %151, align 8, !tbaa !5
  %153 = load ptr, ptr %3, align 8, !tbaa !13
  %154 = getelementptr inbounds nuw %struct.BNode, ptr %153, i32 0, i32 2
  %155 = load i32, ptr %4, align 4, !tbaa !5
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [5 x i32], ptr %154, i64 0, i64 %156
  store i32 %152, ptr %157, align 4, !tbaa !5
  %158 = load ptr, ptr %5, align 8, !tbaa !13
  %159 = getelementptr inbounds nuw %struct.BNode, ptr %158, i32 0, i32 3
  %160 = getelementptr inbounds [5 x i32], ptr %159, i64 0, i64 2
  %161 = load i32, ptr %160, align 4, !tbaa !5
  %162 = load ptr, ptr %3, align 8, !tbaa !13
  %163 = getelementptr inbounds nuw %struct.BNode, ptr %162, i32 0, i32 3
  %164 = load i32, ptr %4, align 4, !tbaa !5
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds [5 x i32], ptr %163, i64 0, i64 %165
  store i32 %161, ptr %166, align 4, !tbaa !5
  %167 = load ptr, ptr %3, align 8, !tbaa !13
  %168 = getelementptr inbounds nuw %struct.BNode, ptr %167, i32 0, i32 0
  %169 = load i32, ptr %168, align 8, !tbaa !15
  %170 = add nsw i32 %169, 1
  store i32 %170, ptr %168, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @insert_nonfull(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i1, align 1
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !13
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %162, %3
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %29, %11
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = load ptr, ptr %5, align 8, !tbaa !13
  %15 = getelementptr inbounds nuw %struct.BNode, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8, !tbaa !15
  %17 = icmp slt i32 %13, %16
  br i1 %17, label %18, label %27

18:                                               ; preds = %12
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = load ptr, ptr %5, align 8, !tbaa !13
  %21 = getelementptr inbounds nuw %struct.BNode, ptr %20, i32 0, i32 2
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [5 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp ugt i32 %19, %25
  br label %27

27:                                               ; preds = %18, %12
  %28 = phi i1 [ false, %12 ], [ %26, %18 ]
  br i1 %28, label %29, label %32

29:                                               ; preds = %27
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %8, align 4, !tbaa !5
  br label %12, !llvm.loop !29

32:                                               ; preds = %27
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = load ptr, ptr %5, align 8, !tbaa !13
  %35 = getelementptr inbounds nuw %struct.BNode, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 8, !tbaa !15
  %37 = icmp slt i32 %33, %36
  br i1 %37, label %38, label %54

38:                                               ; preds = %32
  %39 = load ptr, ptr %5, align 8, !tbaa !13
  %40 = getelementptr inbounds nuw %struct.BNode, ptr %39, i32 0, i32 2
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [5 x i32], ptr %40, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = icmp eq i32 %44, %45
  br i1 %46, label %47, label %54

47:                                               ; preds = %38
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = load ptr, ptr %5, align 8, !tbaa !13
  %50 = getelementptr inbounds nuw %struct.BNode, ptr %49, i32 0, i32 3
  %51 = load i32, ptr %8, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [5 x i32], ptr %50, i64 0, i64 %52
  store i32 %48, ptr %53, align 4, !tbaa !5
  store i1 false, ptr %4, align 1
  store i32 1, ptr %9, align 4
  br label %160

54:                                               ; preds = %38, %32
  %55 = load ptr, ptr %5, align 8, !tbaa !13
  %56 = getelementptr inbounds nuw %struct.BNode, ptr %55, i32 0, i32 1
  %57 = load i8, ptr %56, align 4, !tbaa !23, !range !21, !noundef !22
  %58 = trunc i8 %57 to i1
  br i1 %58, label %59, label %112

59:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %60 = load ptr, ptr %5, align 8, !tbaa !13
  %61 = getelementptr inbounds nuw %struct.BNode, ptr %60, i32 0, i32 0
  %62 = load i32, ptr %61, align 8, !tbaa !15
  store i32 %62, ptr %10, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %92, %59
  %64 = load i32, ptr %10, align 4, !tbaa !5
  %65 = load i32, ptr %8, align 4, !tbaa !5
  %66 = icmp sgt i32 %64, %65
  br i1 %66, label %67, label %95

67:                                               ; preds = %63
  %68 = load ptr, ptr %5, align 8, !tbaa !13
  %69 = getelementptr inbounds nuw %struct.BNode, ptr %68, i32 0, i32 2
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = sub nsw i32 %70, 1
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [5 x i32], ptr %69, i64 0, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !5
  %75 = load ptr, ptr %5, align 8, !tbaa !13
  %76 = getelementptr inbounds nuw %struct.BNode, ptr %75, i32 0, i32 2
  %77 = load i32, ptr %10, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [5 x i32], ptr %76, i64 0, i64 %78
  store i32 %74, ptr %79, align 4, !tbaa !5
  %80 = load ptr, ptr %5, align 8, !tbaa !13
  %81 = getelementptr inbounds nuw %struct.BNode, ptr %80, i32 0, i32 3
  %82 = load i32, ptr %10, align 4, !tbaa !5
  %83 = sub nsw i32 %82, 1
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [5 x i32], ptr %81, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = load ptr, ptr %5, align 8, !tbaa !13
  %88 = getelementptr inbounds nuw %struct.BNode, ptr %87, i32 0, i32 3
  %89 = load i32, ptr %10, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [5 x i32], ptr %88, i64 0, i64 %90
  store i32 %86, ptr %91, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %67
  %93 = load i32, ptr %10, align 4, !tbaa !5
  %94 = add nsw i32 %93, -1
  store i32 %94, ptr %10, align 4, !tbaa !5
  br label %63, !llvm.loop !30

95:                                               ; preds = %63
  %96 = load i32, ptr %6, align 4, !tbaa !5
  %97 = load ptr, ptr %5, align 8, !tbaa !13
  %98 = getelementptr inbounds nuw %struct.BNode, ptr %97, i32 0, i32 2
  %99 = load i32, ptr %8, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [5 x i32], ptr %98, i64 0, i64 %100
  store i32 %96, ptr %101, align 4, !tbaa !5
  %102 = load i32, ptr %7, align 4, !tbaa !5
  %103 = load ptr, ptr %5, align 8, !tbaa !13
  %104 = getelementptr inbounds nuw %struct.BNode, ptr %103, i32 0, i32 3
  %105 = load i32, ptr %8, align 4, !tbaa !5
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [5 x i32], ptr %104, i64 0, i64 %106
  store i32 %102, ptr %107, align 4, !tbaa !5
  %108 = load ptr, ptr %5, align 8, !tbaa !13
  %109 = getelementptr inbounds nuw %struct.BNode, ptr %108, i32 0, i32 0
  %110 = load i32, ptr %109, align 8, !tbaa !15
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %109, align 8, !tbaa !15
  store i1 true, ptr %4, align 1
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %160

112:                                              ; preds = %54
  %113 = load ptr, ptr %5, align 8, !tbaa !13
  %114 = getelementptr inbounds nuw %struct.BNode, ptr %113, i32 0, i32 4
  %115 = load i32, ptr %8, align 4, !tbaa !5
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [6 x ptr], ptr %114, i64 0, i64 %116
  %118 = load ptr, ptr %117, align 8, !tbaa !13
  %119 = getelementptr inbounds nuw %struct.BNode, ptr %118, i32 0, i32 0
  %120 = load i32, ptr %119, align 8, !tbaa !15
  %121 = icmp eq i32 %120, 5
  br i1 %121, label %122, label %153

122:                                              ; preds = %112
  %123 = load ptr, ptr %5, align 8, !tbaa !13
  %124 = load i32, ptr %8, align 4, !tbaa !5
  call void @split_child(ptr noundef %123, i32 noundef %124) #7
  %125 = load i32, ptr %6, align 4, !tbaa !5
  %126 = load ptr, ptr %5, align 8, !tbaa !13
  %127 = getelementptr inbounds nuw %struct.BNode, ptr %126, i32 0, i32 2
  %128 = load i32, ptr %8, align 4, !tbaa !5
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [5 x i32], ptr %127, i64 0, i64 %129
  %131 = load i32, ptr %130, align 4, !tbaa !5
  %132 = icmp eq i32 %125, %131
  br i1 %132, label %133, label %140

133:                                              ; preds = %122
  %134 = load i32, ptr %7, align 4, !tbaa !5
  %135 = load ptr, ptr %5, align 8, !tbaa !13
  %136 = getelementptr inbounds nuw %struct.BNode, ptr %135, i32 0, i32 3
  %137 = load i32, ptr %8, align 4, !tbaa !5
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds [5 x i32], ptr %136, i64 0, i64 %138
  store i32 %134, ptr %139, align 4, !tbaa !5
  store i1 false, ptr %4, align 1
  store i32 1, ptr %9, align 4
  br label %160

140:                                              ; preds = %122
  %141 = load i32, ptr %6, align 4, !tbaa !5
  %142 = load ptr, ptr %5, align 8, !tbaa !13
  %143 = getelementptr inbounds nuw %struct.BNode, ptr %142, i32 0, i32 2
  %144 = load i32, ptr %8, align 4, !tbaa !5
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [5 x i32], ptr %143, i64 0, i64 %145
  %147 = load i32, ptr %146, align 4, !tbaa !5
  %148 = icmp ugt i32 %141, %147
  br i1 %148, label %149, label %152

149:                                              ; preds = %140
  %150 = load i32, ptr %8, align 4, !tbaa !5
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %8, align 4, !tbaa !5
  br label %152

152:                                              ; preds = %149, %140
  br label %153

153:                                              ; preds = %152, %112
  %154 = load ptr, ptr %5, align 8, !tbaa !13
  %155 = getelementptr inbounds nuw %struct.BNode, ptr %154, i32 0, i32 4
  %156 = load i32, ptr %8, align 4, !tbaa !5
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds [6 x ptr], ptr %155, i64 0, i64 %157
  %159 = load ptr, ptr %158, align 8, !tbaa !13
  store ptr %159, ptr %5, align 8, !tbaa !13
  store i32 0, ptr %9, align 4
  br label %160

160:                                              ; preds = %153, %133, %95, %47
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %161 = load i32, ptr %9, align 4
  switch i32 %161, label %165 [
    i32 0, label %162
    i32 1, label %163
  ]

162:                                              ; preds = %160
  br label %11

163:                                              ; preds = %160
  %164 = load i1, ptr %4, align 1
  ret i1 %164

165:                                              ; preds = %160
  unreachable
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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  %12 = call ptr @new_node(i1 noundef zeroext true) #7
  store ptr %12, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 88172645, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !31
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %37, %0
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 20000
  br i1 %15, label %16, label %40

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = shl i32 %17, 13
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = xor i32 %19, %18
  store i32 %20, ptr %3, align 4, !tbaa !5
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = lshr i32 %21, 17
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = xor i32 %23, %22
  store i32 %24, ptr %3, align 4, !tbaa !5
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = shl i32 %25, 5
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = xor i32 %27, %26
  store i32 %28, ptr %3, align 4, !tbaa !5
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = urem i32 %29, 50000
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = call zeroext i1 @bt_insert(ptr noundef %2, i32 noundef %30, i32 noundef %31) #7
  br i1 %32, label %33, label %36

33:                                               ; preds = %16
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %7, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %33, %16
  br label %37

37:                                               ; preds = %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %13, !llvm.loop !33

40:                                               ; preds = %13
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %56, %40
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = icmp slt i32 %42, 50000
  br i1 %43, label %44, label %59

44:                                               ; preds = %41
  %45 = load ptr, ptr %2, align 8, !tbaa !13
  %46 = load i32, ptr %6, align 4, !tbaa !5
  %47 = call zeroext i1 @bt_search(ptr noundef %45, i32 noundef %46, ptr noundef %5) #7
  br i1 %47, label %48, label %55

48:                                               ; preds = %44
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = urem i32 %49, 2
  %51 = icmp eq i32 %50, 0
  br i1 %51, label %52, label %55

52:                                               ; preds = %48
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %8, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %52, %48, %44
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = add nsw i32 %57, 3
  store i32 %58, ptr %6, align 4, !tbaa !5
  br label %41, !llvm.loop !34

59:                                               ; preds = %41
  %60 = load ptr, ptr %2, align 8, !tbaa !13
  call void @traverse(ptr noundef %60, ptr noundef %4, ptr noundef %9, ptr noundef %10, ptr noundef %11) #7
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = load i32, ptr @node_count, align 4, !tbaa !5
  %64 = load ptr, ptr %2, align 8, !tbaa !13
  %65 = call i32 @height(ptr noundef %64) #7
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %61, i32 noundef %62, i32 noundef %63, i32 noundef %65) #7
  %67 = load i32, ptr %9, align 4, !tbaa !5
  %68 = icmp ne i32 %67, 0
  %69 = zext i1 %68 to i64
  %70 = select i1 %68, ptr @.str.2, ptr @.str.3
  %71 = load i32, ptr %8, align 4, !tbaa !5
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %70, i32 noundef %71) #7
  %73 = load i64, ptr %11, align 8, !tbaa !31
  %74 = load i32, ptr %4, align 4, !tbaa !5
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %73, i32 noundef %74) #7
  %76 = load ptr, ptr %2, align 8, !tbaa !13
  call void @free_tree(ptr noundef %76) #7
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @bt_search(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i1, align 1
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !13
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !35
  br label %10

10:                                               ; preds = %72, %3
  %11 = load ptr, ptr %5, align 8, !tbaa !13
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %73

13:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %31, %13
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = load ptr, ptr %5, align 8, !tbaa !13
  %17 = getelementptr inbounds nuw %struct.BNode, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !15
  %19 = icmp slt i32 %15, %18
  br i1 %19, label %20, label %29

20:                                               ; preds = %14
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = load ptr, ptr %5, align 8, !tbaa !13
  %23 = getelementptr inbounds nuw %struct.BNode, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [5 x i32], ptr %23, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = icmp ugt i32 %21, %27
  br label %29

29:                                               ; preds = %20, %14
  %30 = phi i1 [ false, %14 ], [ %28, %20 ]
  br i1 %30, label %31, label %34

31:                                               ; preds = %29
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %8, align 4, !tbaa !5
  br label %14, !llvm.loop !37

34:                                               ; preds = %29
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = load ptr, ptr %5, align 8, !tbaa !13
  %37 = getelementptr inbounds nuw %struct.BNode, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 8, !tbaa !15
  %39 = icmp slt i32 %35, %38
  br i1 %39, label %40, label %57

40:                                               ; preds = %34
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = load ptr, ptr %5, align 8, !tbaa !13
  %43 = getelementptr inbounds nuw %struct.BNode, ptr %42, i32 0, i32 2
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [5 x i32], ptr %43, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = icmp eq i32 %41, %47
  br i1 %48, label %49, label %57

49:                                               ; preds = %40
  %50 = load ptr, ptr %5, align 8, !tbaa !13
  %51 = getelementptr inbounds nuw %struct.BNode, ptr %50, i32 0, i32 3
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [5 x i32], ptr %51, i64 0, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = load ptr, ptr %7, align 8, !tbaa !35
  store i32 %55, ptr %56, align 4, !tbaa !5
  store i1 true, ptr %4, align 1
  store i32 1, ptr %9, align 4
  br label %70

57:                                               ; preds = %40, %34
  %58 = load ptr, ptr %5, align 8, !tbaa !13
  %59 = getelementptr inbounds nuw %struct.BNode, ptr %58, i32 0, i32 1
  %60 = load i8, ptr %59, align 4, !tbaa !23, !range !21, !noundef !22
  %61 = trunc i8 %60 to i1
  br i1 %61, label %62, label %63

62:                                               ; preds = %57
  store i1 false, ptr %4, align 1
  store i32 1, ptr %9, align 4
  br label %70

63:                                               ; preds = %57
  %64 = load ptr, ptr %5, align 8, !tbaa !13
  %65 = getelementptr inbounds nuw %struct.BNode, ptr %64, i32 0, i32 4
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [6 x ptr], ptr %65, i64 0, i64 %67
  %69 = load ptr, ptr %68, align 8, !tbaa !13
  store ptr %69, ptr %5, align 8, !tbaa !13
  store i32 0, ptr %9, align 4
  br label %70

70:                                               ; preds = %63, %62, %49
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %71 = load i32, ptr %9, align 4
  switch i32 %71, label %76 [
    i32 0, label %72
    i32 1, label %74
  ]

72:                                               ; preds = %70
  br label %10, !llvm.loop !38

73:                                               ; preds = %10
  store i1 false, ptr %4, align 1
  br label %74

74:                                               ; preds = %73, %70
  %75 = load i1, ptr %4, align 1
  ret i1 %75

76:                                               ; preds = %70
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @traverse(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !13
  store ptr %1, ptr %7, align 8, !tbaa !35
  store ptr %2, ptr %8, align 8, !tbaa !35
  store ptr %3, ptr %9, align 8, !tbaa !35
  store ptr %4, ptr %10, align 8, !tbaa !39
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %79, %5
  %13 = load i32, ptr %11, align 4, !tbaa !5
  %14 = load ptr, ptr %6, align 8, !tbaa !13
  %15 = getelementptr inbounds nuw %struct.BNode, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8, !tbaa !15
  %17 = icmp slt i32 %13, %16
  br i1 %17, label %18, label %82

18:                                               ; preds = %12
  %19 = load ptr, ptr %6, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw %struct.BNode, ptr %19, i32 0, i32 1
  %21 = load i8, ptr %20, align 4, !tbaa !23, !range !21, !noundef !22
  %22 = trunc i8 %21 to i1
  br i1 %22, label %34, label %23

23:                                               ; preds = %18
  %24 = load ptr, ptr %6, align 8, !tbaa !13
  %25 = getelementptr inbounds nuw %struct.BNode, ptr %24, i32 0, i32 4
  %26 = load i32, ptr %11, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [6 x ptr], ptr %25, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !13
  %30 = load ptr, ptr %7, align 8, !tbaa !35
  %31 = load ptr, ptr %8, align 8, !tbaa !35
  %32 = load ptr, ptr %9, align 8, !tbaa !35
  %33 = load ptr, ptr %10, align 8, !tbaa !39
  call void @traverse(ptr noundef %29, ptr noundef %30, ptr noundef %31, ptr noundef %32, ptr noundef %33) #7
  br label %34

34:                                               ; preds = %23, %18
  %35 = load ptr, ptr %9, align 8, !tbaa !35
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = icmp sgt i32 %36, 0
  br i1 %37, label %38, label %50

38:                                               ; preds = %34
  %39 = load ptr, ptr %6, align 8, !tbaa !13
  %40 = getelementptr inbounds nuw %struct.BNode, ptr %39, i32 0, i32 2
  %41 = load i32, ptr %11, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [5 x i32], ptr %40, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = load ptr, ptr %7, align 8, !tbaa !35
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = icmp ule i32 %44, %46
  br i1 %47, label %48, label %50

48:                                               ; preds = %38
  %49 = load ptr, ptr %8, align 8, !tbaa !35
  store i32 0, ptr %49, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %48, %38, %34
  %51 = load ptr, ptr %6, align 8, !tbaa !13
  %52 = getelementptr inbounds nuw %struct.BNode, ptr %51, i32 0, i32 2
  %53 = load i32, ptr %11, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [5 x i32], ptr %52, i64 0, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = load ptr, ptr %7, align 8, !tbaa !35
  store i32 %56, ptr %57, align 4, !tbaa !5
  %58 = load ptr, ptr %9, align 8, !tbaa !35
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %58, align 4, !tbaa !5
  %61 = load ptr, ptr %6, align 8, !tbaa !13
  %62 = getelementptr inbounds nuw %struct.BNode, ptr %61, i32 0, i32 2
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [5 x i32], ptr %62, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = zext i32 %66 to i64
  %68 = load ptr, ptr %6, align 8, !tbaa !13
  %69 = getelementptr inbounds nuw %struct.BNode, ptr %68, i32 0, i32 3
  %70 = load i32, ptr %11, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [5 x i32], ptr %69, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = zext i32 %73 to i64
  %75 = mul i64 %67, %74
  %76 = load ptr, ptr %10, align 8, !tbaa !39
  %77 = load i64, ptr %76, align 8, !tbaa !31
  %78 = add i64 %77, %75
  store i64 %78, ptr %76, align 8, !tbaa !31
  br label %79

79:                                               ; preds = %50
  %80 = load i32, ptr %11, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %11, align 4, !tbaa !5
  br label %12, !llvm.loop !41

82:                                               ; preds = %12
  %83 = load ptr, ptr %6, align 8, !tbaa !13
  %84 = getelementptr inbounds nuw %struct.BNode, ptr %83, i32 0, i32 1
  %85 = load i8, ptr %84, align 4, !tbaa !23, !range !21, !noundef !22
  %86 = trunc i8 %85 to i1
  br i1 %86, label %100, label %87

87:                                               ; preds = %82
  %88 = load ptr, ptr %6, align 8, !tbaa !13
  %89 = getelementptr inbounds nuw %struct.BNode, ptr %88, i32 0, i32 4
  %90 = load ptr, ptr %6, align 8, !tbaa !13
  %91 = getelementptr inbounds nuw %struct.BNode, ptr %90, i32 0, i32 0
  %92 = load i32, ptr %91, align 8, !tbaa !15
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [6 x ptr], ptr %89, i64 0, i64 %93
  %95 = load ptr, ptr %94, align 8, !tbaa !13
  %96 = load ptr, ptr %7, align 8, !tbaa !35
  %97 = load ptr, ptr %8, align 8, !tbaa !35
  %98 = load ptr, ptr %9, align 8, !tbaa !35
  %99 = load ptr, ptr %10, align 8, !tbaa !39
  call void @traverse(ptr noundef %95, ptr noundef %96, ptr noundef %97, ptr noundef %98, ptr noundef %99) #7
  br label %100

100:                                              ; preds = %87, %82
  call void @llvm.lifetime.end.p0(ptr %11) #6
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @height(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 1, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %10, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !13
  %6 = getelementptr inbounds nuw %struct.BNode, ptr %5, i32 0, i32 1
  %7 = load i8, ptr %6, align 4, !tbaa !23, !range !21, !noundef !22
  %8 = trunc i8 %7 to i1
  %9 = xor i1 %8, true
  br i1 %9, label %10, label %17

10:                                               ; preds = %4
  %11 = load ptr, ptr %2, align 8, !tbaa !13
  %12 = getelementptr inbounds nuw %struct.BNode, ptr %11, i32 0, i32 4
  %13 = getelementptr inbounds [6 x ptr], ptr %12, i64 0, i64 0
  %14 = load ptr, ptr %13, align 8, !tbaa !13
  store ptr %14, ptr %2, align 8, !tbaa !13
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !42

17:                                               ; preds = %4
  %18 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %18
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @free_tree(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %4 = load ptr, ptr %2, align 8, !tbaa !13
  %5 = getelementptr inbounds nuw %struct.BNode, ptr %4, i32 0, i32 1
  %6 = load i8, ptr %5, align 4, !tbaa !23, !range !21, !noundef !22
  %7 = trunc i8 %6 to i1
  br i1 %7, label %26, label %8

8:                                                ; preds = %1
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %22, %8
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = load ptr, ptr %2, align 8, !tbaa !13
  %12 = getelementptr inbounds nuw %struct.BNode, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 8, !tbaa !15
  %14 = icmp sle i32 %10, %13
  br i1 %14, label %15, label %25

15:                                               ; preds = %9
  %16 = load ptr, ptr %2, align 8, !tbaa !13
  %17 = getelementptr inbounds nuw %struct.BNode, ptr %16, i32 0, i32 4
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [6 x ptr], ptr %17, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !13
  call void @free_tree(ptr noundef %21) #7
  br label %22

22:                                               ; preds = %15
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %3, align 4, !tbaa !5
  br label %9, !llvm.loop !43

25:                                               ; preds = %9
  br label %26

26:                                               ; preds = %25, %1
  %27 = load ptr, ptr %2, align 8, !tbaa !13
  call void @free(ptr noundef %27) #9
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret void
}

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #3

; Function Attrs: minsize nounwind optsize
declare i32 @fprintf(ptr noundef, ptr noundef, ...) #4

; Function Attrs: minsize noreturn nounwind optsize
declare void @exit(i32 noundef) #5

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize allocsize(0,1) }
attributes #9 = { minsize nounwind optsize }
attributes #10 = { minsize noreturn nounwind optsize }

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
!10 = !{!"p2 _ZTS5BNode", !11, i64 0}
!11 = !{!"any p2 pointer", !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS5BNode", !12, i64 0}
!15 = !{!16, !6, i64 0}
!16 = !{!"BNode", !6, i64 0, !17, i64 4, !7, i64 8, !7, i64 28, !7, i64 48}
!17 = !{!"_Bool", !7, i64 0}
!18 = !{!17, !17, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 _ZTS8_IO_FILE", !12, i64 0}
!21 = !{i8 0, i8 2}
!22 = !{}
!23 = !{!16, !17, i64 4}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = distinct !{!27, !25}
!28 = distinct !{!28, !25}
!29 = distinct !{!29, !25}
!30 = distinct !{!30, !25}
!31 = !{!32, !32, i64 0}
!32 = !{!"long", !7, i64 0}
!33 = distinct !{!33, !25}
!34 = distinct !{!34, !25}
!35 = !{!36, !36, i64 0}
!36 = !{!"p1 int", !12, i64 0}
!37 = distinct !{!37, !25}
!38 = distinct !{!38, !25}
!39 = !{!40, !40, i64 0}
!40 = !{!"p1 long", !12, i64 0}
!41 = distinct !{!41, !25}
!42 = distinct !{!42, !25}
!43 = distinct !{!43, !25}
