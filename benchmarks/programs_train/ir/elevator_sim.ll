; ModuleID = 'elevator_sim.c'
source_filename = "elevator_sim.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Request = type { i32, i32, i32, i32, i32 }
%struct.Elevator = type { i32, i32, i32, i32, i32 }

@nreq = internal global i32 0, align 4
@reqs = internal global [200 x %struct.Request] zeroinitializer, align 16
@.str = private unnamed_addr constant [36 x i8] c"finished at t=%d moves=%d stops=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [45 x i8] c"total wait=%ld total ride=%ld worst wait=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"visits:\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Elevator, align 4
  %3 = alloca i32, align 4
  %4 = alloca [20 x i32], align 16
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 20, i1 false)
  %11 = getelementptr inbounds [20 x i32], ptr %4, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %11, i8 0, i64 80, i1 false)
  call void @gen_requests() #5
  br label %12

12:                                               ; preds = %97, %0
  %13 = call i32 @all_done() #5
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %18, label %15

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 100000
  br label %18

18:                                               ; preds = %15, %12
  %19 = phi i1 [ false, %12 ], [ %17, %15 ]
  br i1 %19, label %20, label %100

20:                                               ; preds = %18
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = call i32 @service_floor(ptr noundef %2, i32 noundef %21) #5
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %31

24:                                               ; preds = %20
  %25 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 0
  %26 = load i32, ptr %25, align 4, !tbaa !9
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [20 x i32], ptr %4, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %28, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %24, %20
  %32 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  %33 = load i32, ptr %32, align 4, !tbaa !11
  switch i32 %33, label %66 [
    i32 0, label %34
    i32 1, label %46
    i32 2, label %56
  ]

34:                                               ; preds = %31
  %35 = load i32, ptr %3, align 4, !tbaa !5
  %36 = call zeroext i1 @has_work_in(ptr noundef %2, i32 noundef %35, i32 noundef 1) #5
  br i1 %36, label %37, label %39

37:                                               ; preds = %34
  %38 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  store i32 1, ptr %38, align 4, !tbaa !11
  br label %45

39:                                               ; preds = %34
  %40 = load i32, ptr %3, align 4, !tbaa !5
  %41 = call zeroext i1 @has_work_in(ptr noundef %2, i32 noundef %40, i32 noundef 2) #5
  br i1 %41, label %42, label %44

42:                                               ; preds = %39
  %43 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  store i32 2, ptr %43, align 4, !tbaa !11
  br label %44

44:                                               ; preds = %42, %39
  br label %45

45:                                               ; preds = %44, %37
  br label %66

46:                                               ; preds = %31
  %47 = load i32, ptr %3, align 4, !tbaa !5
  %48 = call zeroext i1 @has_work_in(ptr noundef %2, i32 noundef %47, i32 noundef 1) #5
  br i1 %48, label %55, label %49

49:                                               ; preds = %46
  %50 = load i32, ptr %3, align 4, !tbaa !5
  %51 = call zeroext i1 @has_work_in(ptr noundef %2, i32 noundef %50, i32 noundef 2) #5
  %52 = zext i1 %51 to i64
  %53 = select i1 %51, i32 2, i32 0
  %54 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  store i32 %53, ptr %54, align 4, !tbaa !11
  br label %55

55:                                               ; preds = %49, %46
  br label %66

56:                                               ; preds = %31
  %57 = load i32, ptr %3, align 4, !tbaa !5
  %58 = call zeroext i1 @has_work_in(ptr noundef %2, i32 noundef %57, i32 noundef 2) #5
  br i1 %58, label %65, label %59

59:                                               ; preds = %56
  %60 = load i32, ptr %3, align 4, !tbaa !5
  %61 = call zeroext i1 @has_work_in(ptr noundef %2, i32 noundef %60, i32 noundef 1) #5
  %62 = zext i1 %61 to i64
  %63 = select i1 %61, i32 1, i32 0
  %64 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  store i32 %63, ptr %64, align 4, !tbaa !11
  br label %65

65:                                               ; preds = %59, %56
  br label %66

66:                                               ; preds = %31, %65, %55, %45
  %67 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  %68 = load i32, ptr %67, align 4, !tbaa !11
  %69 = icmp eq i32 %68, 1
  br i1 %69, label %70, label %81

70:                                               ; preds = %66
  %71 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 0
  %72 = load i32, ptr %71, align 4, !tbaa !9
  %73 = icmp slt i32 %72, 19
  br i1 %73, label %74, label %81

74:                                               ; preds = %70
  %75 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 0
  %76 = load i32, ptr %75, align 4, !tbaa !9
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %75, align 4, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 3
  %79 = load i32, ptr %78, align 4, !tbaa !12
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %78, align 4, !tbaa !12
  br label %97

81:                                               ; preds = %70, %66
  %82 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 1
  %83 = load i32, ptr %82, align 4, !tbaa !11
  %84 = icmp eq i32 %83, 2
  br i1 %84, label %85, label %96

85:                                               ; preds = %81
  %86 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 0
  %87 = load i32, ptr %86, align 4, !tbaa !9
  %88 = icmp sgt i32 %87, 0
  br i1 %88, label %89, label %96

89:                                               ; preds = %85
  %90 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 0
  %91 = load i32, ptr %90, align 4, !tbaa !9
  %92 = add nsw i32 %91, -1
  store i32 %92, ptr %90, align 4, !tbaa !9
  %93 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 3
  %94 = load i32, ptr %93, align 4, !tbaa !12
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %93, align 4, !tbaa !12
  br label %96

96:                                               ; preds = %89, %85, %81
  br label %97

97:                                               ; preds = %96, %74
  %98 = load i32, ptr %3, align 4, !tbaa !5
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %3, align 4, !tbaa !5
  br label %12, !llvm.loop !13

100:                                              ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i64 0, ptr %5, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i64 0, ptr %6, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %101

101:                                              ; preds = %142, %100
  %102 = load i32, ptr %8, align 4, !tbaa !5
  %103 = load i32, ptr @nreq, align 4, !tbaa !5
  %104 = icmp slt i32 %102, %103
  br i1 %104, label %106, label %105

105:                                              ; preds = %101
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %145

106:                                              ; preds = %101
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %107 = load i32, ptr %8, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %108
  %110 = getelementptr inbounds nuw %struct.Request, ptr %109, i32 0, i32 3
  %111 = load i32, ptr %110, align 4, !tbaa !12
  %112 = load i32, ptr %8, align 4, !tbaa !5
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %113
  %115 = getelementptr inbounds nuw %struct.Request, ptr %114, i32 0, i32 0
  %116 = load i32, ptr %115, align 4, !tbaa !9
  %117 = sub nsw i32 %111, %116
  store i32 %117, ptr %9, align 4, !tbaa !5
  %118 = load i32, ptr %9, align 4, !tbaa !5
  %119 = sext i32 %118 to i64
  %120 = load i64, ptr %5, align 8, !tbaa !15
  %121 = add nsw i64 %120, %119
  store i64 %121, ptr %5, align 8, !tbaa !15
  %122 = load i32, ptr %8, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %123
  %125 = getelementptr inbounds nuw %struct.Request, ptr %124, i32 0, i32 4
  %126 = load i32, ptr %125, align 4, !tbaa !17
  %127 = load i32, ptr %8, align 4, !tbaa !5
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %128
  %130 = getelementptr inbounds nuw %struct.Request, ptr %129, i32 0, i32 3
  %131 = load i32, ptr %130, align 4, !tbaa !12
  %132 = sub nsw i32 %126, %131
  %133 = sext i32 %132 to i64
  %134 = load i64, ptr %6, align 8, !tbaa !15
  %135 = add nsw i64 %134, %133
  store i64 %135, ptr %6, align 8, !tbaa !15
  %136 = load i32, ptr %9, align 4, !tbaa !5
  %137 = load i32, ptr %7, align 4, !tbaa !5
  %138 = icmp sgt i32 %136, %137
  br i1 %138, label %139, label %141

139:                                              ; preds = %106
  %140 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %140, ptr %7, align 4, !tbaa !5
  br label %141

141:                                              ; preds = %139, %106
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %142

142:                                              ; preds = %141
  %143 = load i32, ptr %8, align 4, !tbaa !5
  %144 = add nsw i32 %143, 1
  store i32 %144, ptr %8, align 4, !tbaa !5
  br label %101, !llvm.loop !18

145:                                              ; preds = %105
  %146 = load i32, ptr %3, align 4, !tbaa !5
  %147 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 3
  %148 = load i32, ptr %147, align 4, !tbaa !12
  %149 = getelementptr inbounds nuw %struct.Elevator, ptr %2, i32 0, i32 4
  %150 = load i32, ptr %149, align 4, !tbaa !17
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %146, i32 noundef %148, i32 noundef %150) #5
  %152 = load i64, ptr %5, align 8, !tbaa !15
  %153 = load i64, ptr %6, align 8, !tbaa !15
  %154 = load i32, ptr %7, align 4, !tbaa !5
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %152, i64 noundef %153, i32 noundef %154) #5
  %156 = call i32 (ptr, ...) @printf(ptr noundef @.str.2) #5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %157

157:                                              ; preds = %167, %145
  %158 = load i32, ptr %10, align 4, !tbaa !5
  %159 = icmp slt i32 %158, 20
  br i1 %159, label %161, label %160

160:                                              ; preds = %157
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %170

161:                                              ; preds = %157
  %162 = load i32, ptr %10, align 4, !tbaa !5
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [20 x i32], ptr %4, i64 0, i64 %163
  %165 = load i32, ptr %164, align 4, !tbaa !5
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %165) #5
  br label %167

167:                                              ; preds = %161
  %168 = load i32, ptr %10, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %10, align 4, !tbaa !5
  br label %157, !llvm.loop !19

170:                                              ; preds = %160
  %171 = call i32 (ptr, ...) @printf(ptr noundef @.str.4) #5
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @gen_requests() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4
  store i32 -1640531527, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 0, ptr %2, align 4, !tbaa !5
  store i32 0, ptr @nreq, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %41, %0
  %6 = load i32, ptr @nreq, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 200
  br i1 %7, label %8, label %67

8:                                                ; preds = %5
  %9 = load i32, ptr %1, align 4, !tbaa !5
  %10 = shl i32 %9, 13
  %11 = load i32, ptr %1, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr %1, align 4, !tbaa !5
  %13 = load i32, ptr %1, align 4, !tbaa !5
  %14 = lshr i32 %13, 17
  %15 = load i32, ptr %1, align 4, !tbaa !5
  %16 = xor i32 %15, %14
  store i32 %16, ptr %1, align 4, !tbaa !5
  %17 = load i32, ptr %1, align 4, !tbaa !5
  %18 = shl i32 %17, 5
  %19 = load i32, ptr %1, align 4, !tbaa !5
  %20 = xor i32 %19, %18
  store i32 %20, ptr %1, align 4, !tbaa !5
  %21 = load i32, ptr %1, align 4, !tbaa !5
  %22 = urem i32 %21, 4
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = add nsw i32 %23, %22
  store i32 %24, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %25 = load i32, ptr %1, align 4, !tbaa !5
  %26 = lshr i32 %25, 8
  %27 = urem i32 %26, 20
  store i32 %27, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %28 = load i32, ptr %1, align 4, !tbaa !5
  %29 = lshr i32 %28, 16
  %30 = urem i32 %29, 20
  store i32 %30, ptr %4, align 4, !tbaa !5
  %31 = load i32, ptr %3, align 4, !tbaa !5
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = icmp eq i32 %31, %32
  br i1 %33, label %34, label %41

34:                                               ; preds = %8
  %35 = load i32, ptr %4, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  %37 = load i32, ptr %1, align 4, !tbaa !5
  %38 = urem i32 %37, 5
  %39 = add nsw i32 %36, %38
  %40 = srem i32 %39, 20
  store i32 %40, ptr %4, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %34, %8
  %42 = load i32, ptr %2, align 4, !tbaa !5
  %43 = load i32, ptr @nreq, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %44
  %46 = getelementptr inbounds nuw %struct.Request, ptr %45, i32 0, i32 0
  store i32 %42, ptr %46, align 4, !tbaa !9
  %47 = load i32, ptr %3, align 4, !tbaa !5
  %48 = load i32, ptr @nreq, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.Request, ptr %50, i32 0, i32 1
  store i32 %47, ptr %51, align 4, !tbaa !11
  %52 = load i32, ptr %4, align 4, !tbaa !5
  %53 = load i32, ptr @nreq, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %54
  %56 = getelementptr inbounds nuw %struct.Request, ptr %55, i32 0, i32 2
  store i32 %52, ptr %56, align 4, !tbaa !20
  %57 = load i32, ptr @nreq, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %58
  %60 = getelementptr inbounds nuw %struct.Request, ptr %59, i32 0, i32 3
  store i32 -1, ptr %60, align 4, !tbaa !12
  %61 = load i32, ptr @nreq, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %62
  %64 = getelementptr inbounds nuw %struct.Request, ptr %63, i32 0, i32 4
  store i32 -1, ptr %64, align 4, !tbaa !17
  %65 = load i32, ptr @nreq, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr @nreq, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %5, !llvm.loop !21

67:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %2) #4
  call void @llvm.lifetime.end.p0(ptr %1) #4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @all_done() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %18, %0
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = load i32, ptr @nreq, align 4, !tbaa !5
  %7 = icmp slt i32 %5, %6
  br i1 %7, label %9, label %8

8:                                                ; preds = %4
  store i32 2, ptr %3, align 4
  br label %21

9:                                                ; preds = %4
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %11
  %13 = getelementptr inbounds nuw %struct.Request, ptr %12, i32 0, i32 4
  %14 = load i32, ptr %13, align 4, !tbaa !17
  %15 = icmp slt i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  store i32 0, ptr %1, align 4
  store i32 1, ptr %3, align 4
  br label %21

17:                                               ; preds = %9
  br label %18

18:                                               ; preds = %17
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %2, align 4, !tbaa !5
  br label %4, !llvm.loop !22

21:                                               ; preds = %16, %8
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %22 = load i32, ptr %3, align 4
  switch i32 %22, label %26 [
    i32 2, label %23
    i32 1, label %24
  ]

23:                                               ; preds = %21
  store i32 1, ptr %1, align 4
  br label %24

24:                                               ; preds = %23, %21
  %25 = load i32, ptr %1, align 4
  ret i32 %25

26:                                               ; preds = %21
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @service_floor(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !23
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %47, %2
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = load i32, ptr @nreq, align 4, !tbaa !5
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %50

15:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %17
  store ptr %18, ptr %7, align 8, !tbaa !23
  %19 = load ptr, ptr %7, align 8, !tbaa !23
  %20 = getelementptr inbounds nuw %struct.Request, ptr %19, i32 0, i32 3
  %21 = load i32, ptr %20, align 4, !tbaa !12
  %22 = icmp sge i32 %21, 0
  br i1 %22, label %23, label %46

23:                                               ; preds = %15
  %24 = load ptr, ptr %7, align 8, !tbaa !23
  %25 = getelementptr inbounds nuw %struct.Request, ptr %24, i32 0, i32 4
  %26 = load i32, ptr %25, align 4, !tbaa !17
  %27 = icmp slt i32 %26, 0
  br i1 %27, label %28, label %46

28:                                               ; preds = %23
  %29 = load ptr, ptr %7, align 8, !tbaa !23
  %30 = getelementptr inbounds nuw %struct.Request, ptr %29, i32 0, i32 2
  %31 = load i32, ptr %30, align 4, !tbaa !20
  %32 = load ptr, ptr %3, align 8, !tbaa !23
  %33 = getelementptr inbounds nuw %struct.Elevator, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 4, !tbaa !9
  %35 = icmp eq i32 %31, %34
  br i1 %35, label %36, label %46

36:                                               ; preds = %28
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = load ptr, ptr %7, align 8, !tbaa !23
  %39 = getelementptr inbounds nuw %struct.Request, ptr %38, i32 0, i32 4
  store i32 %37, ptr %39, align 4, !tbaa !17
  %40 = load ptr, ptr %3, align 8, !tbaa !23
  %41 = getelementptr inbounds nuw %struct.Elevator, ptr %40, i32 0, i32 2
  %42 = load i32, ptr %41, align 4, !tbaa !20
  %43 = add nsw i32 %42, -1
  store i32 %43, ptr %41, align 4, !tbaa !20
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %5, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %36, %28, %23, %15
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %47

47:                                               ; preds = %46
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %6, align 4, !tbaa !5
  br label %10, !llvm.loop !25

50:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %96, %50
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = load i32, ptr @nreq, align 4, !tbaa !5
  %54 = icmp slt i32 %52, %53
  br i1 %54, label %55, label %60

55:                                               ; preds = %51
  %56 = load ptr, ptr %3, align 8, !tbaa !23
  %57 = getelementptr inbounds nuw %struct.Elevator, ptr %56, i32 0, i32 2
  %58 = load i32, ptr %57, align 4, !tbaa !20
  %59 = icmp slt i32 %58, 8
  br label %60

60:                                               ; preds = %55, %51
  %61 = phi i1 [ false, %51 ], [ %59, %55 ]
  br i1 %61, label %63, label %62

62:                                               ; preds = %60
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %99

63:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %65
  store ptr %66, ptr %9, align 8, !tbaa !23
  %67 = load ptr, ptr %9, align 8, !tbaa !23
  %68 = getelementptr inbounds nuw %struct.Request, ptr %67, i32 0, i32 0
  %69 = load i32, ptr %68, align 4, !tbaa !9
  %70 = load i32, ptr %4, align 4, !tbaa !5
  %71 = icmp sle i32 %69, %70
  br i1 %71, label %72, label %95

72:                                               ; preds = %63
  %73 = load ptr, ptr %9, align 8, !tbaa !23
  %74 = getelementptr inbounds nuw %struct.Request, ptr %73, i32 0, i32 3
  %75 = load i32, ptr %74, align 4, !tbaa !12
  %76 = icmp slt i32 %75, 0
  br i1 %76, label %77, label %95

77:                                               ; preds = %72
  %78 = load ptr, ptr %9, align 8, !tbaa !23
  %79 = getelementptr inbounds nuw %struct.Request, ptr %78, i32 0, i32 1
  %80 = load i32, ptr %79, align 4, !tbaa !11
  %81 = load ptr, ptr %3, align 8, !tbaa !23
  %82 = getelementptr inbounds nuw %struct.Elevator, ptr %81, i32 0, i32 0
  %83 = load i32, ptr %82, align 4, !tbaa !9
  %84 = icmp eq i32 %80, %83
  br i1 %84, label %85, label %95

85:                                               ; preds = %77
  %86 = load i32, ptr %4, align 4, !tbaa !5
  %87 = load ptr, ptr %9, align 8, !tbaa !23
  %88 = getelementptr inbounds nuw %struct.Request, ptr %87, i32 0, i32 3
  store i32 %86, ptr %88, align 4, !tbaa !12
  %89 = load ptr, ptr %3, align 8, !tbaa !23
  %90 = getelementptr inbounds nuw %struct.Elevator, ptr %89, i32 0, i32 2
  %91 = load i32, ptr %90, align 4, !tbaa !20
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %90, align 4, !tbaa !20
  %93 = load i32, ptr %5, align 4, !tbaa !5
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %5, align 4, !tbaa !5
  br label %95

95:                                               ; preds = %85, %77, %72, %63
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %96

96:                                               ; preds = %95
  %97 = load i32, ptr %8, align 4, !tbaa !5
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %8, align 4, !tbaa !5
  br label %51, !llvm.loop !26

99:                                               ; preds = %62
  %100 = load i32, ptr %5, align 4, !tbaa !5
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %102, label %107

102:                                              ; preds = %99
  %103 = load ptr, ptr %3, align 8, !tbaa !23
  %104 = getelementptr inbounds nuw %struct.Elevator, ptr %103, i32 0, i32 4
  %105 = load i32, ptr %104, align 4, !tbaa !17
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %104, align 4, !tbaa !17
  br label %107

107:                                              ; preds = %102, %99
  %108 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret i32 %108
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @has_work_in(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i1, align 1
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !23
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %76, %3
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = load i32, ptr @nreq, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  store i32 2, ptr %9, align 4
  br label %79

17:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %18 = load i32, ptr %8, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [200 x %struct.Request], ptr @reqs, i64 0, i64 %19
  store ptr %20, ptr %10, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %21 = load ptr, ptr %10, align 8, !tbaa !23
  %22 = getelementptr inbounds nuw %struct.Request, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 4, !tbaa !9
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = icmp sgt i32 %23, %24
  br i1 %25, label %31, label %26

26:                                               ; preds = %17
  %27 = load ptr, ptr %10, align 8, !tbaa !23
  %28 = getelementptr inbounds nuw %struct.Request, ptr %27, i32 0, i32 4
  %29 = load i32, ptr %28, align 4, !tbaa !17
  %30 = icmp sge i32 %29, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %26, %17
  store i32 4, ptr %9, align 4
  br label %73

32:                                               ; preds = %26
  %33 = load ptr, ptr %10, align 8, !tbaa !23
  %34 = getelementptr inbounds nuw %struct.Request, ptr %33, i32 0, i32 3
  %35 = load i32, ptr %34, align 4, !tbaa !12
  %36 = icmp sge i32 %35, 0
  br i1 %36, label %37, label %41

37:                                               ; preds = %32
  %38 = load ptr, ptr %10, align 8, !tbaa !23
  %39 = getelementptr inbounds nuw %struct.Request, ptr %38, i32 0, i32 2
  %40 = load i32, ptr %39, align 4, !tbaa !20
  store i32 %40, ptr %11, align 4, !tbaa !5
  br label %52

41:                                               ; preds = %32
  %42 = load ptr, ptr %5, align 8, !tbaa !23
  %43 = getelementptr inbounds nuw %struct.Elevator, ptr %42, i32 0, i32 2
  %44 = load i32, ptr %43, align 4, !tbaa !20
  %45 = icmp slt i32 %44, 8
  br i1 %45, label %46, label %50

46:                                               ; preds = %41
  %47 = load ptr, ptr %10, align 8, !tbaa !23
  %48 = getelementptr inbounds nuw %struct.Request, ptr %47, i32 0, i32 1
  %49 = load i32, ptr %48, align 4, !tbaa !11
  store i32 %49, ptr %11, align 4, !tbaa !5
  br label %51

50:                                               ; preds = %41
  store i32 4, ptr %9, align 4
  br label %73

51:                                               ; preds = %46
  br label %52

52:                                               ; preds = %51, %37
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = icmp eq i32 %53, 1
  br i1 %54, label %55, label %62

55:                                               ; preds = %52
  %56 = load i32, ptr %11, align 4, !tbaa !5
  %57 = load ptr, ptr %5, align 8, !tbaa !23
  %58 = getelementptr inbounds nuw %struct.Elevator, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %58, align 4, !tbaa !9
  %60 = icmp sgt i32 %56, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %55
  store i1 true, ptr %4, align 1
  store i32 1, ptr %9, align 4
  br label %73

62:                                               ; preds = %55, %52
  %63 = load i32, ptr %7, align 4, !tbaa !5
  %64 = icmp eq i32 %63, 2
  br i1 %64, label %65, label %72

65:                                               ; preds = %62
  %66 = load i32, ptr %11, align 4, !tbaa !5
  %67 = load ptr, ptr %5, align 8, !tbaa !23
  %68 = getelementptr inbounds nuw %struct.Elevator, ptr %67, i32 0, i32 0
  %69 = load i32, ptr %68, align 4, !tbaa !9
  %70 = icmp slt i32 %66, %69
  br i1 %70, label %71, label %72

71:                                               ; preds = %65
  store i1 true, ptr %4, align 1
  store i32 1, ptr %9, align 4
  br label %73

72:                                               ; preds = %65, %62
  store i32 0, ptr %9, align 4
  br label %73

73:                                               ; preds = %72, %71, %61, %50, %31
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  %74 = load i32, ptr %9, align 4
  switch i32 %74, label %79 [
    i32 0, label %75
    i32 4, label %76
  ]

75:                                               ; preds = %73
  br label %76

76:                                               ; preds = %75, %73
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %8, align 4, !tbaa !5
  br label %12, !llvm.loop !27

79:                                               ; preds = %73, %16
  call void @llvm.lifetime.end.p0(ptr %8) #4
  %80 = load i32, ptr %9, align 4
  switch i32 %80, label %84 [
    i32 2, label %81
    i32 1, label %82
  ]

81:                                               ; preds = %79
  store i1 false, ptr %4, align 1
  br label %82

82:                                               ; preds = %81, %79
  %83 = load i1, ptr %4, align 1
  ret i1 %83

84:                                               ; preds = %79
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }

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
!9 = !{!10, !6, i64 0}
!10 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16}
!11 = !{!10, !6, i64 4}
!12 = !{!10, !6, i64 12}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = !{!10, !6, i64 16}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = !{!10, !6, i64 8}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = !{!24, !24, i64 0}
!24 = !{!"any pointer", !7, i64 0}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = distinct !{!27, !14}
