; ModuleID = 'skip_list.c'
source_filename = "skip_list.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.SkipList = type { %struct.SkipNode, i32, i32, i32 }
%struct.SkipNode = type { i32, i32, i32, [12 x ptr] }

@.str = private unnamed_addr constant [42 x i8] c"inserted=%d deleted=%d size=%d levels=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [23 x i8] c"found=%d checksum=%lu\0A\00", align 1
@.str.2 = private unnamed_addr constant [37 x i8] c"range[5000,7500]=%d range[0,999]=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"level histogram:\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @sl_insert(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [12 x ptr], align 16
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.SkipList, ptr %13, i32 0, i32 0
  store ptr %14, ptr %9, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.SkipList, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 8, !tbaa !13
  %18 = sub nsw i32 %17, 1
  store i32 %18, ptr %10, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %56, %3
  %20 = load i32, ptr %10, align 4, !tbaa !5
  %21 = icmp sge i32 %20, 0
  br i1 %21, label %22, label %59

22:                                               ; preds = %19
  br label %23

23:                                               ; preds = %44, %22
  %24 = load ptr, ptr %9, align 8, !tbaa !11
  %25 = getelementptr inbounds nuw %struct.SkipNode, ptr %24, i32 0, i32 3
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [12 x ptr], ptr %25, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !11
  %30 = icmp ne ptr %29, null
  br i1 %30, label %31, label %42

31:                                               ; preds = %23
  %32 = load ptr, ptr %9, align 8, !tbaa !11
  %33 = getelementptr inbounds nuw %struct.SkipNode, ptr %32, i32 0, i32 3
  %34 = load i32, ptr %10, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [12 x ptr], ptr %33, i64 0, i64 %35
  %37 = load ptr, ptr %36, align 8, !tbaa !11
  %38 = getelementptr inbounds nuw %struct.SkipNode, ptr %37, i32 0, i32 0
  %39 = load i32, ptr %38, align 8, !tbaa !16
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = icmp slt i32 %39, %40
  br label %42

42:                                               ; preds = %31, %23
  %43 = phi i1 [ false, %23 ], [ %41, %31 ]
  br i1 %43, label %44, label %51

44:                                               ; preds = %42
  %45 = load ptr, ptr %9, align 8, !tbaa !11
  %46 = getelementptr inbounds nuw %struct.SkipNode, ptr %45, i32 0, i32 3
  %47 = load i32, ptr %10, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [12 x ptr], ptr %46, i64 0, i64 %48
  %50 = load ptr, ptr %49, align 8, !tbaa !11
  store ptr %50, ptr %9, align 8, !tbaa !11
  br label %23, !llvm.loop !17

51:                                               ; preds = %42
  %52 = load ptr, ptr %9, align 8, !tbaa !11
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [12 x ptr], ptr %8, i64 0, i64 %54
  store ptr %52, ptr %55, align 8, !tbaa !11
  br label %56

56:                                               ; preds = %51
  %57 = load i32, ptr %10, align 4, !tbaa !5
  %58 = add nsw i32 %57, -1
  store i32 %58, ptr %10, align 4, !tbaa !5
  br label %19, !llvm.loop !19

59:                                               ; preds = %19
  %60 = load ptr, ptr %9, align 8, !tbaa !11
  %61 = getelementptr inbounds nuw %struct.SkipNode, ptr %60, i32 0, i32 3
  %62 = getelementptr inbounds [12 x ptr], ptr %61, i64 0, i64 0
  %63 = load ptr, ptr %62, align 8, !tbaa !11
  store ptr %63, ptr %9, align 8, !tbaa !11
  %64 = load ptr, ptr %9, align 8, !tbaa !11
  %65 = icmp ne ptr %64, null
  br i1 %65, label %66, label %76

66:                                               ; preds = %59
  %67 = load ptr, ptr %9, align 8, !tbaa !11
  %68 = getelementptr inbounds nuw %struct.SkipNode, ptr %67, i32 0, i32 0
  %69 = load i32, ptr %68, align 8, !tbaa !16
  %70 = load i32, ptr %6, align 4, !tbaa !5
  %71 = icmp eq i32 %69, %70
  br i1 %71, label %72, label %76

72:                                               ; preds = %66
  %73 = load i32, ptr %7, align 4, !tbaa !5
  %74 = load ptr, ptr %9, align 8, !tbaa !11
  %75 = getelementptr inbounds nuw %struct.SkipNode, ptr %74, i32 0, i32 1
  store i32 %73, ptr %75, align 4, !tbaa !20
  store i32 0, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %169

76:                                               ; preds = %66, %59
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = call i32 @random_level(ptr noundef %77) #7
  store i32 %78, ptr %11, align 4, !tbaa !5
  %79 = load i32, ptr %11, align 4, !tbaa !5
  %80 = load ptr, ptr %5, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw %struct.SkipList, ptr %80, i32 0, i32 1
  %82 = load i32, ptr %81, align 8, !tbaa !13
  %83 = icmp sgt i32 %79, %82
  br i1 %83, label %84, label %105

84:                                               ; preds = %76
  %85 = load ptr, ptr %5, align 8, !tbaa !9
  %86 = getelementptr inbounds nuw %struct.SkipList, ptr %85, i32 0, i32 1
  %87 = load i32, ptr %86, align 8, !tbaa !13
  store i32 %87, ptr %10, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %98, %84
  %89 = load i32, ptr %10, align 4, !tbaa !5
  %90 = load i32, ptr %11, align 4, !tbaa !5
  %91 = icmp slt i32 %89, %90
  br i1 %91, label %92, label %101

92:                                               ; preds = %88
  %93 = load ptr, ptr %5, align 8, !tbaa !9
  %94 = getelementptr inbounds nuw %struct.SkipList, ptr %93, i32 0, i32 0
  %95 = load i32, ptr %10, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [12 x ptr], ptr %8, i64 0, i64 %96
  store ptr %94, ptr %97, align 8, !tbaa !11
  br label %98

98:                                               ; preds = %92
  %99 = load i32, ptr %10, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %10, align 4, !tbaa !5
  br label %88, !llvm.loop !21

101:                                              ; preds = %88
  %102 = load i32, ptr %11, align 4, !tbaa !5
  %103 = load ptr, ptr %5, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw %struct.SkipList, ptr %103, i32 0, i32 1
  store i32 %102, ptr %104, align 8, !tbaa !13
  br label %105

105:                                              ; preds = %101, %76
  %106 = call noalias ptr @malloc(i64 noundef 112) #8
  store ptr %106, ptr %9, align 8, !tbaa !11
  %107 = load ptr, ptr %9, align 8, !tbaa !11
  %108 = icmp ne ptr %107, null
  br i1 %108, label %110, label %109

109:                                              ; preds = %105
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %169

110:                                              ; preds = %105
  %111 = load i32, ptr %6, align 4, !tbaa !5
  %112 = load ptr, ptr %9, align 8, !tbaa !11
  %113 = getelementptr inbounds nuw %struct.SkipNode, ptr %112, i32 0, i32 0
  store i32 %111, ptr %113, align 8, !tbaa !16
  %114 = load i32, ptr %7, align 4, !tbaa !5
  %115 = load ptr, ptr %9, align 8, !tbaa !11
  %116 = getelementptr inbounds nuw %struct.SkipNode, ptr %115, i32 0, i32 1
  store i32 %114, ptr %116, align 4, !tbaa !20
  %117 = load i32, ptr %11, align 4, !tbaa !5
  %118 = load ptr, ptr %9, align 8, !tbaa !11
  %119 = getelementptr inbounds nuw %struct.SkipNode, ptr %118, i32 0, i32 2
  store i32 %117, ptr %119, align 8, !tbaa !22
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %120

120:                                              ; preds = %148, %110
  %121 = load i32, ptr %10, align 4, !tbaa !5
  %122 = load i32, ptr %11, align 4, !tbaa !5
  %123 = icmp slt i32 %121, %122
  br i1 %123, label %124, label %151

124:                                              ; preds = %120
  %125 = load i32, ptr %10, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [12 x ptr], ptr %8, i64 0, i64 %126
  %128 = load ptr, ptr %127, align 8, !tbaa !11
  %129 = getelementptr inbounds nuw %struct.SkipNode, ptr %128, i32 0, i32 3
  %130 = load i32, ptr %10, align 4, !tbaa !5
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [12 x ptr], ptr %129, i64 0, i64 %131
  %133 = load ptr, ptr %132, align 8, !tbaa !11
  %134 = load ptr, ptr %9, align 8, !tbaa !11
  %135 = getelementptr inbounds nuw %struct.SkipNode, ptr %134, i32 0, i32 3
  %136 = load i32, ptr %10, align 4, !tbaa !5
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [12 x ptr], ptr %135, i64 0, i64 %137
  store ptr %133, ptr %138, align 8, !tbaa !11
  %139 = load ptr, ptr %9, align 8, !tbaa !11
  %140 = load i32, ptr %10, align 4, !tbaa !5
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [12 x ptr], ptr %8, i64 0, i64 %141
  %143 = load ptr, ptr %142, align 8, !tbaa !11
  %144 = getelementptr inbounds nuw %struct.SkipNode, ptr %143, i32 0, i32 3
  %145 = load i32, ptr %10, align 4, !tbaa !5
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [12 x ptr], ptr %144, i64 0, i64 %146
  store ptr %139, ptr %147, align 8, !tbaa !11
  br label %148

148:                                              ; preds = %124
  %149 = load i32, ptr %10, align 4, !tbaa !5
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %10, align 4, !tbaa !5
  br label %120, !llvm.loop !23

151:                                              ; preds = %120
  br label %152

152:                                              ; preds = %161, %151
  %153 = load i32, ptr %10, align 4, !tbaa !5
  %154 = icmp slt i32 %153, 12
  br i1 %154, label %155, label %164

155:                                              ; preds = %152
  %156 = load ptr, ptr %9, align 8, !tbaa !11
  %157 = getelementptr inbounds nuw %struct.SkipNode, ptr %156, i32 0, i32 3
  %158 = load i32, ptr %10, align 4, !tbaa !5
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [12 x ptr], ptr %157, i64 0, i64 %159
  store ptr null, ptr %160, align 8, !tbaa !11
  br label %161

161:                                              ; preds = %155
  %162 = load i32, ptr %10, align 4, !tbaa !5
  %163 = add nsw i32 %162, 1
  store i32 %163, ptr %10, align 4, !tbaa !5
  br label %152, !llvm.loop !24

164:                                              ; preds = %152
  %165 = load ptr, ptr %5, align 8, !tbaa !9
  %166 = getelementptr inbounds nuw %struct.SkipList, ptr %165, i32 0, i32 2
  %167 = load i32, ptr %166, align 4, !tbaa !25
  %168 = add nsw i32 %167, 1
  store i32 %168, ptr %166, align 4, !tbaa !25
  store i32 1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %169

169:                                              ; preds = %164, %109, %72
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %170 = load i32, ptr %4, align 4
  ret i32 %170
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @random_level(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 1, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %15, %1
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 12
  br i1 %6, label %7, label %13

7:                                                ; preds = %4
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.SkipList, ptr %8, i32 0, i32 3
  %10 = call i32 @xorshift32(ptr noundef %9) #7
  %11 = and i32 %10, 3
  %12 = icmp eq i32 %11, 0
  br label %13

13:                                               ; preds = %7, %4
  %14 = phi i1 [ false, %4 ], [ %12, %7 ]
  br i1 %14, label %15, label %18

15:                                               ; preds = %13
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !26

18:                                               ; preds = %13
  %19 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %19
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @sl_delete(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca [12 x ptr], align 16
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.SkipList, ptr %10, i32 0, i32 0
  store ptr %11, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.SkipList, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8, !tbaa !13
  %15 = sub nsw i32 %14, 1
  store i32 %15, ptr %8, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %53, %2
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %19, label %56

19:                                               ; preds = %16
  br label %20

20:                                               ; preds = %41, %19
  %21 = load ptr, ptr %7, align 8, !tbaa !11
  %22 = getelementptr inbounds nuw %struct.SkipNode, ptr %21, i32 0, i32 3
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [12 x ptr], ptr %22, i64 0, i64 %24
  %26 = load ptr, ptr %25, align 8, !tbaa !11
  %27 = icmp ne ptr %26, null
  br i1 %27, label %28, label %39

28:                                               ; preds = %20
  %29 = load ptr, ptr %7, align 8, !tbaa !11
  %30 = getelementptr inbounds nuw %struct.SkipNode, ptr %29, i32 0, i32 3
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [12 x ptr], ptr %30, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !11
  %35 = getelementptr inbounds nuw %struct.SkipNode, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 8, !tbaa !16
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = icmp slt i32 %36, %37
  br label %39

39:                                               ; preds = %28, %20
  %40 = phi i1 [ false, %20 ], [ %38, %28 ]
  br i1 %40, label %41, label %48

41:                                               ; preds = %39
  %42 = load ptr, ptr %7, align 8, !tbaa !11
  %43 = getelementptr inbounds nuw %struct.SkipNode, ptr %42, i32 0, i32 3
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [12 x ptr], ptr %43, i64 0, i64 %45
  %47 = load ptr, ptr %46, align 8, !tbaa !11
  store ptr %47, ptr %7, align 8, !tbaa !11
  br label %20, !llvm.loop !27

48:                                               ; preds = %39
  %49 = load ptr, ptr %7, align 8, !tbaa !11
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [12 x ptr], ptr %6, i64 0, i64 %51
  store ptr %49, ptr %52, align 8, !tbaa !11
  br label %53

53:                                               ; preds = %48
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = add nsw i32 %54, -1
  store i32 %55, ptr %8, align 4, !tbaa !5
  br label %16, !llvm.loop !28

56:                                               ; preds = %16
  %57 = load ptr, ptr %7, align 8, !tbaa !11
  %58 = getelementptr inbounds nuw %struct.SkipNode, ptr %57, i32 0, i32 3
  %59 = getelementptr inbounds [12 x ptr], ptr %58, i64 0, i64 0
  %60 = load ptr, ptr %59, align 8, !tbaa !11
  store ptr %60, ptr %7, align 8, !tbaa !11
  %61 = load ptr, ptr %7, align 8, !tbaa !11
  %62 = icmp ne ptr %61, null
  br i1 %62, label %63, label %69

63:                                               ; preds = %56
  %64 = load ptr, ptr %7, align 8, !tbaa !11
  %65 = getelementptr inbounds nuw %struct.SkipNode, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %65, align 8, !tbaa !16
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = icmp ne i32 %66, %67
  br i1 %68, label %69, label %70

69:                                               ; preds = %63, %56
  store i32 0, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %139

70:                                               ; preds = %63
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %105, %70
  %72 = load i32, ptr %8, align 4, !tbaa !5
  %73 = load ptr, ptr %7, align 8, !tbaa !11
  %74 = getelementptr inbounds nuw %struct.SkipNode, ptr %73, i32 0, i32 2
  %75 = load i32, ptr %74, align 8, !tbaa !22
  %76 = icmp slt i32 %72, %75
  br i1 %76, label %77, label %108

77:                                               ; preds = %71
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [12 x ptr], ptr %6, i64 0, i64 %79
  %81 = load ptr, ptr %80, align 8, !tbaa !11
  %82 = getelementptr inbounds nuw %struct.SkipNode, ptr %81, i32 0, i32 3
  %83 = load i32, ptr %8, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [12 x ptr], ptr %82, i64 0, i64 %84
  %86 = load ptr, ptr %85, align 8, !tbaa !11
  %87 = load ptr, ptr %7, align 8, !tbaa !11
  %88 = icmp eq ptr %86, %87
  br i1 %88, label %89, label %104

89:                                               ; preds = %77
  %90 = load ptr, ptr %7, align 8, !tbaa !11
  %91 = getelementptr inbounds nuw %struct.SkipNode, ptr %90, i32 0, i32 3
  %92 = load i32, ptr %8, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [12 x ptr], ptr %91, i64 0, i64 %93
  %95 = load ptr, ptr %94, align 8, !tbaa !11
  %96 = load i32, ptr %8, align 4, !tbaa !5
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [12 x ptr], ptr %6, i64 0, i64 %97
  %99 = load ptr, ptr %98, align 8, !tbaa !11
  %100 = getelementptr inbounds nuw %struct.SkipNode, ptr %99, i32 0, i32 3
  %101 = load i32, ptr %8, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [12 x ptr], ptr %100, i64 0, i64 %102
  store ptr %95, ptr %103, align 8, !tbaa !11
  br label %104

104:                                              ; preds = %89, %77
  br label %105

105:                                              ; preds = %104
  %106 = load i32, ptr %8, align 4, !tbaa !5
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %8, align 4, !tbaa !5
  br label %71, !llvm.loop !29

108:                                              ; preds = %71
  %109 = load ptr, ptr %7, align 8, !tbaa !11
  call void @free(ptr noundef %109) #9
  br label %110

110:                                              ; preds = %129, %108
  %111 = load ptr, ptr %4, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw %struct.SkipList, ptr %111, i32 0, i32 1
  %113 = load i32, ptr %112, align 8, !tbaa !13
  %114 = icmp sgt i32 %113, 1
  br i1 %114, label %115, label %127

115:                                              ; preds = %110
  %116 = load ptr, ptr %4, align 8, !tbaa !9
  %117 = getelementptr inbounds nuw %struct.SkipList, ptr %116, i32 0, i32 0
  %118 = getelementptr inbounds nuw %struct.SkipNode, ptr %117, i32 0, i32 3
  %119 = load ptr, ptr %4, align 8, !tbaa !9
  %120 = getelementptr inbounds nuw %struct.SkipList, ptr %119, i32 0, i32 1
  %121 = load i32, ptr %120, align 8, !tbaa !13
  %122 = sub nsw i32 %121, 1
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [12 x ptr], ptr %118, i64 0, i64 %123
  %125 = load ptr, ptr %124, align 8, !tbaa !11
  %126 = icmp eq ptr %125, null
  br label %127

127:                                              ; preds = %115, %110
  %128 = phi i1 [ false, %110 ], [ %126, %115 ]
  br i1 %128, label %129, label %134

129:                                              ; preds = %127
  %130 = load ptr, ptr %4, align 8, !tbaa !9
  %131 = getelementptr inbounds nuw %struct.SkipList, ptr %130, i32 0, i32 1
  %132 = load i32, ptr %131, align 8, !tbaa !13
  %133 = add nsw i32 %132, -1
  store i32 %133, ptr %131, align 8, !tbaa !13
  br label %110, !llvm.loop !30

134:                                              ; preds = %127
  %135 = load ptr, ptr %4, align 8, !tbaa !9
  %136 = getelementptr inbounds nuw %struct.SkipList, ptr %135, i32 0, i32 2
  %137 = load i32, ptr %136, align 4, !tbaa !25
  %138 = add nsw i32 %137, -1
  store i32 %138, ptr %136, align 4, !tbaa !25
  store i32 1, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %139

139:                                              ; preds = %134, %69
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %140 = load i32, ptr %3, align 4
  ret i32 %140
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.SkipList, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca [13 x i32], align 16
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 -1640531527, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.memset.p0.i64(ptr align 16 %9, i8 0, i64 52, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @sl_init(ptr noundef %2, i32 noundef 12345) #7
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %28, %0
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 6000
  br i1 %16, label %17, label %31

17:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %18 = call i32 @xorshift32(ptr noundef %3) #7
  %19 = urem i32 %18, 20000
  store i32 %19, ptr %11, align 4, !tbaa !5
  %20 = load i32, ptr %11, align 4, !tbaa !5
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = call i32 @sl_insert(ptr noundef %2, i32 noundef %20, i32 noundef %21) #7
  %23 = icmp eq i32 %22, 1
  br i1 %23, label %24, label %27

24:                                               ; preds = %17
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %5, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %24, %17
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %28

28:                                               ; preds = %27
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4, !tbaa !5
  br label %14, !llvm.loop !33

31:                                               ; preds = %14
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %42, %31
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 3000
  br i1 %34, label %35, label %45

35:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %36 = call i32 @xorshift32(ptr noundef %3) #7
  %37 = urem i32 %36, 20000
  store i32 %37, ptr %12, align 4, !tbaa !5
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = call i32 @sl_delete(ptr noundef %2, i32 noundef %38) #7
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = add nsw i32 %40, %39
  store i32 %41, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %42

42:                                               ; preds = %35
  %43 = load i32, ptr %4, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %4, align 4, !tbaa !5
  br label %32, !llvm.loop !34

45:                                               ; preds = %32
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %65, %45
  %47 = load i32, ptr %4, align 4, !tbaa !5
  %48 = icmp slt i32 %47, 20000
  br i1 %48, label %49, label %68

49:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %50 = load i32, ptr %4, align 4, !tbaa !5
  %51 = call ptr @sl_find(ptr noundef %2, i32 noundef %50) #7
  store ptr %51, ptr %13, align 8, !tbaa !11
  %52 = load ptr, ptr %13, align 8, !tbaa !11
  %53 = icmp ne ptr %52, null
  br i1 %53, label %54, label %64

54:                                               ; preds = %49
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %7, align 4, !tbaa !5
  %57 = load i64, ptr %8, align 8, !tbaa !31
  %58 = mul i64 %57, 31
  %59 = load ptr, ptr %13, align 8, !tbaa !11
  %60 = getelementptr inbounds nuw %struct.SkipNode, ptr %59, i32 0, i32 1
  %61 = load i32, ptr %60, align 4, !tbaa !20
  %62 = sext i32 %61 to i64
  %63 = add i64 %58, %62
  store i64 %63, ptr %8, align 8, !tbaa !31
  br label %64

64:                                               ; preds = %54, %49
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %4, align 4, !tbaa !5
  %67 = add nsw i32 %66, 7
  store i32 %67, ptr %4, align 4, !tbaa !5
  br label %46, !llvm.loop !35

68:                                               ; preds = %46
  %69 = getelementptr inbounds nuw %struct.SkipList, ptr %2, i32 0, i32 0
  %70 = getelementptr inbounds nuw %struct.SkipNode, ptr %69, i32 0, i32 3
  %71 = getelementptr inbounds [12 x ptr], ptr %70, i64 0, i64 0
  %72 = load ptr, ptr %71, align 8, !tbaa !11
  store ptr %72, ptr %10, align 8, !tbaa !11
  br label %73

73:                                               ; preds = %84, %68
  %74 = load ptr, ptr %10, align 8, !tbaa !11
  %75 = icmp ne ptr %74, null
  br i1 %75, label %76, label %89

76:                                               ; preds = %73
  %77 = load ptr, ptr %10, align 8, !tbaa !11
  %78 = getelementptr inbounds nuw %struct.SkipNode, ptr %77, i32 0, i32 2
  %79 = load i32, ptr %78, align 8, !tbaa !22
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [13 x i32], ptr %9, i64 0, i64 %80
  %82 = load i32, ptr %81, align 4, !tbaa !5
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %81, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %76
  %85 = load ptr, ptr %10, align 8, !tbaa !11
  %86 = getelementptr inbounds nuw %struct.SkipNode, ptr %85, i32 0, i32 3
  %87 = getelementptr inbounds [12 x ptr], ptr %86, i64 0, i64 0
  %88 = load ptr, ptr %87, align 8, !tbaa !11
  store ptr %88, ptr %10, align 8, !tbaa !11
  br label %73, !llvm.loop !36

89:                                               ; preds = %73
  %90 = load i32, ptr %5, align 4, !tbaa !5
  %91 = load i32, ptr %6, align 4, !tbaa !5
  %92 = getelementptr inbounds nuw %struct.SkipList, ptr %2, i32 0, i32 2
  %93 = load i32, ptr %92, align 4, !tbaa !25
  %94 = getelementptr inbounds nuw %struct.SkipList, ptr %2, i32 0, i32 1
  %95 = load i32, ptr %94, align 8, !tbaa !13
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %90, i32 noundef %91, i32 noundef %93, i32 noundef %95) #7
  %97 = load i32, ptr %7, align 4, !tbaa !5
  %98 = load i64, ptr %8, align 8, !tbaa !31
  %99 = urem i64 %98, 1000000007
  %100 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %97, i64 noundef %99) #7
  %101 = call i32 @sl_count_range(ptr noundef %2, i32 noundef 5000, i32 noundef 7500) #7
  %102 = call i32 @sl_count_range(ptr noundef %2, i32 noundef 0, i32 noundef 999) #7
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %101, i32 noundef %102) #7
  %104 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #7
  store i32 1, ptr %4, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %114, %89
  %106 = load i32, ptr %4, align 4, !tbaa !5
  %107 = icmp sle i32 %106, 12
  br i1 %107, label %108, label %117

108:                                              ; preds = %105
  %109 = load i32, ptr %4, align 4, !tbaa !5
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [13 x i32], ptr %9, i64 0, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %112) #7
  br label %114

114:                                              ; preds = %108
  %115 = load i32, ptr %4, align 4, !tbaa !5
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %4, align 4, !tbaa !5
  br label %105, !llvm.loop !37

117:                                              ; preds = %105
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.5) #7
  call void @sl_free(ptr noundef %2) #7
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

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @sl_init(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.SkipList, ptr %6, i32 0, i32 0
  %8 = getelementptr inbounds nuw %struct.SkipNode, ptr %7, i32 0, i32 0
  store i32 0, ptr %8, align 8, !tbaa !38
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.SkipList, ptr %9, i32 0, i32 0
  %11 = getelementptr inbounds nuw %struct.SkipNode, ptr %10, i32 0, i32 1
  store i32 0, ptr %11, align 4, !tbaa !39
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.SkipList, ptr %12, i32 0, i32 0
  %14 = getelementptr inbounds nuw %struct.SkipNode, ptr %13, i32 0, i32 2
  store i32 12, ptr %14, align 8, !tbaa !40
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %25, %2
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 12
  br i1 %17, label %18, label %28

18:                                               ; preds = %15
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.SkipList, ptr %19, i32 0, i32 0
  %21 = getelementptr inbounds nuw %struct.SkipNode, ptr %20, i32 0, i32 3
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [12 x ptr], ptr %21, i64 0, i64 %23
  store ptr null, ptr %24, align 8, !tbaa !11
  br label %25

25:                                               ; preds = %18
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %5, align 4, !tbaa !5
  br label %15, !llvm.loop !41

28:                                               ; preds = %15
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.SkipList, ptr %29, i32 0, i32 1
  store i32 1, ptr %30, align 8, !tbaa !13
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.SkipList, ptr %31, i32 0, i32 2
  store i32 0, ptr %32, align 4, !tbaa !25
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.SkipList, ptr %34, i32 0, i32 3
  store i32 %33, ptr %35, align 8, !tbaa !42
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @xorshift32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !43
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %4 = load ptr, ptr %2, align 8, !tbaa !43
  %5 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %5, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = shl i32 %6, 13
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = xor i32 %8, %7
  store i32 %9, ptr %3, align 4, !tbaa !5
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = lshr i32 %10, 17
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = xor i32 %12, %11
  store i32 %13, ptr %3, align 4, !tbaa !5
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = shl i32 %14, 5
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = xor i32 %16, %15
  store i32 %17, ptr %3, align 4, !tbaa !5
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = load ptr, ptr %2, align 8, !tbaa !43
  store i32 %18, ptr %19, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @sl_find(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.SkipList, ptr %7, i32 0, i32 0
  store ptr %8, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.SkipList, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 8, !tbaa !13
  %12 = sub nsw i32 %11, 1
  store i32 %12, ptr %6, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %46, %2
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp sge i32 %14, 0
  br i1 %15, label %16, label %49

16:                                               ; preds = %13
  br label %17

17:                                               ; preds = %38, %16
  %18 = load ptr, ptr %5, align 8, !tbaa !11
  %19 = getelementptr inbounds nuw %struct.SkipNode, ptr %18, i32 0, i32 3
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [12 x ptr], ptr %19, i64 0, i64 %21
  %23 = load ptr, ptr %22, align 8, !tbaa !11
  %24 = icmp ne ptr %23, null
  br i1 %24, label %25, label %36

25:                                               ; preds = %17
  %26 = load ptr, ptr %5, align 8, !tbaa !11
  %27 = getelementptr inbounds nuw %struct.SkipNode, ptr %26, i32 0, i32 3
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [12 x ptr], ptr %27, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !11
  %32 = getelementptr inbounds nuw %struct.SkipNode, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 8, !tbaa !16
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = icmp slt i32 %33, %34
  br label %36

36:                                               ; preds = %25, %17
  %37 = phi i1 [ false, %17 ], [ %35, %25 ]
  br i1 %37, label %38, label %45

38:                                               ; preds = %36
  %39 = load ptr, ptr %5, align 8, !tbaa !11
  %40 = getelementptr inbounds nuw %struct.SkipNode, ptr %39, i32 0, i32 3
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [12 x ptr], ptr %40, i64 0, i64 %42
  %44 = load ptr, ptr %43, align 8, !tbaa !11
  store ptr %44, ptr %5, align 8, !tbaa !11
  br label %17, !llvm.loop !45

45:                                               ; preds = %36
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = add nsw i32 %47, -1
  store i32 %48, ptr %6, align 4, !tbaa !5
  br label %13, !llvm.loop !46

49:                                               ; preds = %13
  %50 = load ptr, ptr %5, align 8, !tbaa !11
  %51 = getelementptr inbounds nuw %struct.SkipNode, ptr %50, i32 0, i32 3
  %52 = getelementptr inbounds [12 x ptr], ptr %51, i64 0, i64 0
  %53 = load ptr, ptr %52, align 8, !tbaa !11
  store ptr %53, ptr %5, align 8, !tbaa !11
  %54 = load ptr, ptr %5, align 8, !tbaa !11
  %55 = icmp ne ptr %54, null
  br i1 %55, label %56, label %64

56:                                               ; preds = %49
  %57 = load ptr, ptr %5, align 8, !tbaa !11
  %58 = getelementptr inbounds nuw %struct.SkipNode, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %58, align 8, !tbaa !16
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = icmp eq i32 %59, %60
  br i1 %61, label %62, label %64

62:                                               ; preds = %56
  %63 = load ptr, ptr %5, align 8, !tbaa !11
  br label %65

64:                                               ; preds = %56, %49
  br label %65

65:                                               ; preds = %64, %62
  %66 = phi ptr [ %63, %62 ], [ null, %64 ]
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret ptr %66
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @sl_count_range(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.SkipList, ptr %10, i32 0, i32 0
  store ptr %11, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.SkipList, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 8, !tbaa !13
  %15 = sub nsw i32 %14, 1
  store i32 %15, ptr %8, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %49, %3
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %19, label %52

19:                                               ; preds = %16
  br label %20

20:                                               ; preds = %41, %19
  %21 = load ptr, ptr %7, align 8, !tbaa !11
  %22 = getelementptr inbounds nuw %struct.SkipNode, ptr %21, i32 0, i32 3
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [12 x ptr], ptr %22, i64 0, i64 %24
  %26 = load ptr, ptr %25, align 8, !tbaa !11
  %27 = icmp ne ptr %26, null
  br i1 %27, label %28, label %39

28:                                               ; preds = %20
  %29 = load ptr, ptr %7, align 8, !tbaa !11
  %30 = getelementptr inbounds nuw %struct.SkipNode, ptr %29, i32 0, i32 3
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [12 x ptr], ptr %30, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !11
  %35 = getelementptr inbounds nuw %struct.SkipNode, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 8, !tbaa !16
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = icmp slt i32 %36, %37
  br label %39

39:                                               ; preds = %28, %20
  %40 = phi i1 [ false, %20 ], [ %38, %28 ]
  br i1 %40, label %41, label %48

41:                                               ; preds = %39
  %42 = load ptr, ptr %7, align 8, !tbaa !11
  %43 = getelementptr inbounds nuw %struct.SkipNode, ptr %42, i32 0, i32 3
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [12 x ptr], ptr %43, i64 0, i64 %45
  %47 = load ptr, ptr %46, align 8, !tbaa !11
  store ptr %47, ptr %7, align 8, !tbaa !11
  br label %20, !llvm.loop !47

48:                                               ; preds = %39
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = add nsw i32 %50, -1
  store i32 %51, ptr %8, align 4, !tbaa !5
  br label %16, !llvm.loop !48

52:                                               ; preds = %16
  %53 = load ptr, ptr %7, align 8, !tbaa !11
  %54 = getelementptr inbounds nuw %struct.SkipNode, ptr %53, i32 0, i32 3
  %55 = getelementptr inbounds [12 x ptr], ptr %54, i64 0, i64 0
  %56 = load ptr, ptr %55, align 8, !tbaa !11
  store ptr %56, ptr %7, align 8, !tbaa !11
  br label %57

57:                                               ; preds = %71, %52
  %58 = load ptr, ptr %7, align 8, !tbaa !11
  %59 = icmp ne ptr %58, null
  br i1 %59, label %60, label %66

60:                                               ; preds = %57
  %61 = load ptr, ptr %7, align 8, !tbaa !11
  %62 = getelementptr inbounds nuw %struct.SkipNode, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %62, align 8, !tbaa !16
  %64 = load i32, ptr %6, align 4, !tbaa !5
  %65 = icmp sle i32 %63, %64
  br label %66

66:                                               ; preds = %60, %57
  %67 = phi i1 [ false, %57 ], [ %65, %60 ]
  br i1 %67, label %68, label %76

68:                                               ; preds = %66
  %69 = load i32, ptr %9, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %9, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %68
  %72 = load ptr, ptr %7, align 8, !tbaa !11
  %73 = getelementptr inbounds nuw %struct.SkipNode, ptr %72, i32 0, i32 3
  %74 = getelementptr inbounds [12 x ptr], ptr %73, i64 0, i64 0
  %75 = load ptr, ptr %74, align 8, !tbaa !11
  store ptr %75, ptr %7, align 8, !tbaa !11
  br label %57, !llvm.loop !49

76:                                               ; preds = %66
  %77 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %77
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @sl_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.SkipList, ptr %5, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.SkipNode, ptr %6, i32 0, i32 3
  %8 = getelementptr inbounds [12 x ptr], ptr %7, i64 0, i64 0
  %9 = load ptr, ptr %8, align 8, !tbaa !11
  store ptr %9, ptr %3, align 8, !tbaa !11
  br label %10

10:                                               ; preds = %13, %1
  %11 = load ptr, ptr %3, align 8, !tbaa !11
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %20

13:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %14 = load ptr, ptr %3, align 8, !tbaa !11
  %15 = getelementptr inbounds nuw %struct.SkipNode, ptr %14, i32 0, i32 3
  %16 = getelementptr inbounds [12 x ptr], ptr %15, i64 0, i64 0
  %17 = load ptr, ptr %16, align 8, !tbaa !11
  store ptr %17, ptr %4, align 8, !tbaa !11
  %18 = load ptr, ptr %3, align 8, !tbaa !11
  call void @free(ptr noundef %18) #9
  %19 = load ptr, ptr %4, align 8, !tbaa !11
  store ptr %19, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %10, !llvm.loop !50

20:                                               ; preds = %10
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.SkipList, ptr %21, i32 0, i32 0
  %23 = getelementptr inbounds nuw %struct.SkipNode, ptr %22, i32 0, i32 3
  %24 = getelementptr inbounds [12 x ptr], ptr %23, i64 0, i64 0
  store ptr null, ptr %24, align 8, !tbaa !11
  %25 = load ptr, ptr %2, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.SkipList, ptr %25, i32 0, i32 2
  store i32 0, ptr %26, align 4, !tbaa !25
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize allocsize(0) }
attributes #9 = { minsize nounwind optsize }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 _ZTS8SkipNode", !10, i64 0}
!13 = !{!14, !6, i64 112}
!14 = !{!"", !15, i64 0, !6, i64 112, !6, i64 116, !6, i64 120}
!15 = !{!"SkipNode", !6, i64 0, !6, i64 4, !6, i64 8, !7, i64 16}
!16 = !{!15, !6, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = !{!15, !6, i64 4}
!21 = distinct !{!21, !18}
!22 = !{!15, !6, i64 8}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = !{!14, !6, i64 116}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
!28 = distinct !{!28, !18}
!29 = distinct !{!29, !18}
!30 = distinct !{!30, !18}
!31 = !{!32, !32, i64 0}
!32 = !{!"long", !7, i64 0}
!33 = distinct !{!33, !18}
!34 = distinct !{!34, !18}
!35 = distinct !{!35, !18}
!36 = distinct !{!36, !18}
!37 = distinct !{!37, !18}
!38 = !{!14, !6, i64 0}
!39 = !{!14, !6, i64 4}
!40 = !{!14, !6, i64 8}
!41 = distinct !{!41, !18}
!42 = !{!14, !6, i64 120}
!43 = !{!44, !44, i64 0}
!44 = !{!"p1 int", !10, i64 0}
!45 = distinct !{!45, !18}
!46 = distinct !{!46, !18}
!47 = distinct !{!47, !18}
!48 = distinct !{!48, !18}
!49 = distinct !{!49, !18}
!50 = distinct !{!50, !18}
