; ModuleID = 'bellman_ford.c'
source_filename = "bellman_ford.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.graph = type { i32, i32, [4000 x %struct.edge] }
%struct.edge = type { i32, i32, i32 }
%struct.result = type { [400 x i64], [400 x i32], i32, i8, i32 }

@main.g = internal global %struct.graph zeroinitializer, align 4
@main.res = internal global %struct.result zeroinitializer, align 8
@main.path = internal global [400 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [30 x i8] c"graph: %d vertices, %d edges\0A\00", align 1
@.str.1 = private unnamed_addr constant [49 x i8] c"src %3d: passes=%3d dist[299]=%lld neg_cycle=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [41 x i8] c"reachable=%d negative_dists=%d sum=%lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"path 0->%d has %d vertices:\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"%s\0A\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c" ...\00", align 1
@.str.7 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.8 = private unnamed_addr constant [29 x i8] c"path weight=%lld matches=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [30 x i8] c"after injection: neg_cycle=%d\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c" cycle length=%d:\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@seed = internal global i32 77, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @bellman_ford(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %34, %3
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.graph, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %19, align 4, !tbaa !14
  %21 = icmp slt i32 %17, %20
  br i1 %21, label %23, label %22

22:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %37

23:                                               ; preds = %16
  %24 = load ptr, ptr %6, align 8, !tbaa !12
  %25 = getelementptr inbounds nuw %struct.result, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [400 x i64], ptr %25, i64 0, i64 %27
  store i64 2305843009213693951, ptr %28, align 8, !tbaa !16
  %29 = load ptr, ptr %6, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw %struct.result, ptr %29, i32 0, i32 1
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [400 x i32], ptr %30, i64 0, i64 %32
  store i32 -1, ptr %33, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %23
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %7, align 4, !tbaa !5
  br label %16, !llvm.loop !18

37:                                               ; preds = %22
  %38 = load ptr, ptr %6, align 8, !tbaa !12
  %39 = getelementptr inbounds nuw %struct.result, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [400 x i64], ptr %39, i64 0, i64 %41
  store i64 0, ptr %42, align 8, !tbaa !16
  %43 = load ptr, ptr %6, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw %struct.result, ptr %43, i32 0, i32 3
  store i8 0, ptr %44, align 4, !tbaa !20
  %45 = load ptr, ptr %6, align 8, !tbaa !12
  %46 = getelementptr inbounds nuw %struct.result, ptr %45, i32 0, i32 4
  store i32 -1, ptr %46, align 8, !tbaa !23
  %47 = load ptr, ptr %6, align 8, !tbaa !12
  %48 = getelementptr inbounds nuw %struct.result, ptr %47, i32 0, i32 2
  store i32 0, ptr %48, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %143, %37
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = load ptr, ptr %4, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.graph, ptr %51, i32 0, i32 0
  %53 = load i32, ptr %52, align 4, !tbaa !14
  %54 = sub nsw i32 %53, 1
  %55 = icmp slt i32 %50, %54
  br i1 %55, label %57, label %56

56:                                               ; preds = %49
  store i32 5, ptr %9, align 4
  br label %146

57:                                               ; preds = %49
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i8 0, ptr %10, align 1, !tbaa !25
  %58 = load ptr, ptr %6, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw %struct.result, ptr %58, i32 0, i32 2
  %60 = load i32, ptr %59, align 8, !tbaa !24
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %132, %57
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.graph, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !26
  %67 = icmp slt i32 %63, %66
  br i1 %67, label %69, label %68

68:                                               ; preds = %62
  store i32 8, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %135

69:                                               ; preds = %62
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %70 = load ptr, ptr %4, align 8, !tbaa !9
  %71 = getelementptr inbounds nuw %struct.graph, ptr %70, i32 0, i32 2
  %72 = load i32, ptr %11, align 4, !tbaa !5
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [4000 x %struct.edge], ptr %71, i64 0, i64 %73
  store ptr %74, ptr %12, align 8, !tbaa !27
  %75 = load ptr, ptr %6, align 8, !tbaa !12
  %76 = getelementptr inbounds nuw %struct.result, ptr %75, i32 0, i32 0
  %77 = load ptr, ptr %12, align 8, !tbaa !27
  %78 = getelementptr inbounds nuw %struct.edge, ptr %77, i32 0, i32 0
  %79 = load i32, ptr %78, align 4, !tbaa !29
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [400 x i64], ptr %76, i64 0, i64 %80
  %82 = load i64, ptr %81, align 8, !tbaa !16
  %83 = icmp eq i64 %82, 2305843009213693951
  br i1 %83, label %84, label %85

84:                                               ; preds = %69
  store i32 10, ptr %9, align 4
  br label %129

85:                                               ; preds = %69
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %86 = load ptr, ptr %6, align 8, !tbaa !12
  %87 = getelementptr inbounds nuw %struct.result, ptr %86, i32 0, i32 0
  %88 = load ptr, ptr %12, align 8, !tbaa !27
  %89 = getelementptr inbounds nuw %struct.edge, ptr %88, i32 0, i32 0
  %90 = load i32, ptr %89, align 4, !tbaa !29
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [400 x i64], ptr %87, i64 0, i64 %91
  %93 = load i64, ptr %92, align 8, !tbaa !16
  %94 = load ptr, ptr %12, align 8, !tbaa !27
  %95 = getelementptr inbounds nuw %struct.edge, ptr %94, i32 0, i32 2
  %96 = load i32, ptr %95, align 4, !tbaa !31
  %97 = sext i32 %96 to i64
  %98 = add nsw i64 %93, %97
  store i64 %98, ptr %13, align 8, !tbaa !16
  %99 = load i64, ptr %13, align 8, !tbaa !16
  %100 = load ptr, ptr %6, align 8, !tbaa !12
  %101 = getelementptr inbounds nuw %struct.result, ptr %100, i32 0, i32 0
  %102 = load ptr, ptr %12, align 8, !tbaa !27
  %103 = getelementptr inbounds nuw %struct.edge, ptr %102, i32 0, i32 1
  %104 = load i32, ptr %103, align 4, !tbaa !32
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [400 x i64], ptr %101, i64 0, i64 %105
  %107 = load i64, ptr %106, align 8, !tbaa !16
  %108 = icmp slt i64 %99, %107
  br i1 %108, label %109, label %128

109:                                              ; preds = %85
  %110 = load i64, ptr %13, align 8, !tbaa !16
  %111 = load ptr, ptr %6, align 8, !tbaa !12
  %112 = getelementptr inbounds nuw %struct.result, ptr %111, i32 0, i32 0
  %113 = load ptr, ptr %12, align 8, !tbaa !27
  %114 = getelementptr inbounds nuw %struct.edge, ptr %113, i32 0, i32 1
  %115 = load i32, ptr %114, align 4, !tbaa !32
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds [400 x i64], ptr %112, i64 0, i64 %116
  store i64 %110, ptr %117, align 8, !tbaa !16
  %118 = load ptr, ptr %12, align 8, !tbaa !27
  %119 = getelementptr inbounds nuw %struct.edge, ptr %118, i32 0, i32 0
  %120 = load i32, ptr %119, align 4, !tbaa !29
  %121 = load ptr, ptr %6, align 8, !tbaa !12
  %122 = getelementptr inbounds nuw %struct.result, ptr %121, i32 0, i32 1
  %123 = load ptr, ptr %12, align 8, !tbaa !27
  %124 = getelementptr inbounds nuw %struct.edge, ptr %123, i32 0, i32 1
  %125 = load i32, ptr %124, align 4, !tbaa !32
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [400 x i32], ptr %122, i64 0, i64 %126
  store i32 %120, ptr %127, align 4, !tbaa !5
  store i8 1, ptr %10, align 1, !tbaa !25
  br label %128

128:                                              ; preds = %109, %85
  call void @llvm.lifetime.end.p0(ptr %13) #3
  store i32 0, ptr %9, align 4
  br label %129

129:                                              ; preds = %128, %84
  call void @llvm.lifetime.end.p0(ptr %12) #3
  %130 = load i32, ptr %9, align 4
  switch i32 %130, label %222 [
    i32 0, label %131
    i32 10, label %132
  ]

131:                                              ; preds = %129
  br label %132

132:                                              ; preds = %131, %129
  %133 = load i32, ptr %11, align 4, !tbaa !5
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %11, align 4, !tbaa !5
  br label %62, !llvm.loop !33

135:                                              ; preds = %68
  %136 = load i8, ptr %10, align 1, !tbaa !25, !range !34, !noundef !35
  %137 = trunc i8 %136 to i1
  br i1 %137, label %139, label %138

138:                                              ; preds = %135
  store i32 1, ptr %9, align 4
  br label %140

139:                                              ; preds = %135
  store i32 0, ptr %9, align 4
  br label %140

140:                                              ; preds = %139, %138
  call void @llvm.lifetime.end.p0(ptr %10) #3
  %141 = load i32, ptr %9, align 4
  switch i32 %141, label %146 [
    i32 0, label %142
  ]

142:                                              ; preds = %140
  br label %143

143:                                              ; preds = %142
  %144 = load i32, ptr %8, align 4, !tbaa !5
  %145 = add nsw i32 %144, 1
  store i32 %145, ptr %8, align 4, !tbaa !5
  br label %49, !llvm.loop !36

146:                                              ; preds = %140, %56
  call void @llvm.lifetime.end.p0(ptr %8) #3
  %147 = load i32, ptr %9, align 4
  switch i32 %147, label %222 [
    i32 5, label %148
    i32 1, label %221
  ]

148:                                              ; preds = %146
  call void @llvm.lifetime.start.p0(ptr %14) #3
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %149

149:                                              ; preds = %216, %148
  %150 = load i32, ptr %14, align 4, !tbaa !5
  %151 = load ptr, ptr %4, align 8, !tbaa !9
  %152 = getelementptr inbounds nuw %struct.graph, ptr %151, i32 0, i32 1
  %153 = load i32, ptr %152, align 4, !tbaa !26
  %154 = icmp slt i32 %150, %153
  br i1 %154, label %156, label %155

155:                                              ; preds = %149
  store i32 11, ptr %9, align 4
  br label %219

156:                                              ; preds = %149
  call void @llvm.lifetime.start.p0(ptr %15) #3
  %157 = load ptr, ptr %4, align 8, !tbaa !9
  %158 = getelementptr inbounds nuw %struct.graph, ptr %157, i32 0, i32 2
  %159 = load i32, ptr %14, align 4, !tbaa !5
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [4000 x %struct.edge], ptr %158, i64 0, i64 %160
  store ptr %161, ptr %15, align 8, !tbaa !27
  %162 = load ptr, ptr %6, align 8, !tbaa !12
  %163 = getelementptr inbounds nuw %struct.result, ptr %162, i32 0, i32 0
  %164 = load ptr, ptr %15, align 8, !tbaa !27
  %165 = getelementptr inbounds nuw %struct.edge, ptr %164, i32 0, i32 0
  %166 = load i32, ptr %165, align 4, !tbaa !29
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [400 x i64], ptr %163, i64 0, i64 %167
  %169 = load i64, ptr %168, align 8, !tbaa !16
  %170 = icmp ne i64 %169, 2305843009213693951
  br i1 %170, label %171, label %212

171:                                              ; preds = %156
  %172 = load ptr, ptr %6, align 8, !tbaa !12
  %173 = getelementptr inbounds nuw %struct.result, ptr %172, i32 0, i32 0
  %174 = load ptr, ptr %15, align 8, !tbaa !27
  %175 = getelementptr inbounds nuw %struct.edge, ptr %174, i32 0, i32 0
  %176 = load i32, ptr %175, align 4, !tbaa !29
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [400 x i64], ptr %173, i64 0, i64 %177
  %179 = load i64, ptr %178, align 8, !tbaa !16
  %180 = load ptr, ptr %15, align 8, !tbaa !27
  %181 = getelementptr inbounds nuw %struct.edge, ptr %180, i32 0, i32 2
  %182 = load i32, ptr %181, align 4, !tbaa !31
  %183 = sext i32 %182 to i64
  %184 = add nsw i64 %179, %183
  %185 = load ptr, ptr %6, align 8, !tbaa !12
  %186 = getelementptr inbounds nuw %struct.result, ptr %185, i32 0, i32 0
  %187 = load ptr, ptr %15, align 8, !tbaa !27
  %188 = getelementptr inbounds nuw %struct.edge, ptr %187, i32 0, i32 1
  %189 = load i32, ptr %188, align 4, !tbaa !32
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [400 x i64], ptr %186, i64 0, i64 %190
  %192 = load i64, ptr %191, align 8, !tbaa !16
  %193 = icmp slt i64 %184, %192
  br i1 %193, label %194, label %212

194:                                              ; preds = %171
  %195 = load ptr, ptr %6, align 8, !tbaa !12
  %196 = getelementptr inbounds nuw %struct.result, ptr %195, i32 0, i32 3
  store i8 1, ptr %196, align 4, !tbaa !20
  %197 = load ptr, ptr %15, align 8, !tbaa !27
  %198 = getelementptr inbounds nuw %struct.edge, ptr %197, i32 0, i32 0
  %199 = load i32, ptr %198, align 4, !tbaa !29
  %200 = load ptr, ptr %6, align 8, !tbaa !12
  %201 = getelementptr inbounds nuw %struct.result, ptr %200, i32 0, i32 1
  %202 = load ptr, ptr %15, align 8, !tbaa !27
  %203 = getelementptr inbounds nuw %struct.edge, ptr %202, i32 0, i32 1
  %204 = load i32, ptr %203, align 4, !tbaa !32
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds [400 x i32], ptr %201, i64 0, i64 %205
  store i32 %199, ptr %206, align 4, !tbaa !5
  %207 = load ptr, ptr %15, align 8, !tbaa !27
  %208 = getelementptr inbounds nuw %struct.edge, ptr %207, i32 0, i32 1
  %209 = load i32, ptr %208, align 4, !tbaa !32
  %210 = load ptr, ptr %6, align 8, !tbaa !12
  %211 = getelementptr inbounds nuw %struct.result, ptr %210, i32 0, i32 4
  store i32 %209, ptr %211, align 8, !tbaa !23
  store i32 1, ptr %9, align 4
  br label %213

212:                                              ; preds = %171, %156
  store i32 0, ptr %9, align 4
  br label %213

213:                                              ; preds = %212, %194
  call void @llvm.lifetime.end.p0(ptr %15) #3
  %214 = load i32, ptr %9, align 4
  switch i32 %214, label %219 [
    i32 0, label %215
  ]

215:                                              ; preds = %213
  br label %216

216:                                              ; preds = %215
  %217 = load i32, ptr %14, align 4, !tbaa !5
  %218 = add nsw i32 %217, 1
  store i32 %218, ptr %14, align 4, !tbaa !5
  br label %149, !llvm.loop !37

219:                                              ; preds = %213, %155
  call void @llvm.lifetime.end.p0(ptr %14) #3
  %220 = load i32, ptr %9, align 4
  switch i32 %220, label %222 [
    i32 11, label %221
    i32 1, label %221
  ]

221:                                              ; preds = %146, %219, %219
  ret void

222:                                              ; preds = %219, %146, %129
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [400 x i32], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @build_graph(ptr noundef @main.g, i32 noundef 300, i32 noundef 2500) #4
  %17 = load i32, ptr @main.g, align 4, !tbaa !14
  %18 = load i32, ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 1), align 4, !tbaa !26
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17, i32 noundef %18) #4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i64 0, ptr %2, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %81, %0
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = icmp slt i32 %21, 300
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %84

24:                                               ; preds = %20
  %25 = load i32, ptr %5, align 4, !tbaa !5
  call void @bellman_ford(ptr noundef @main.g, i32 noundef %25, ptr noundef @main.res) #4
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %56, %24
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = load i32, ptr @main.g, align 4, !tbaa !14
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %59

31:                                               ; preds = %26
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [400 x i64], ptr @main.res, i64 0, i64 %33
  %35 = load i64, ptr %34, align 8, !tbaa !16
  %36 = icmp eq i64 %35, 2305843009213693951
  br i1 %36, label %37, label %38

37:                                               ; preds = %31
  br label %56

38:                                               ; preds = %31
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %3, align 4, !tbaa !5
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [400 x i64], ptr @main.res, i64 0, i64 %42
  %44 = load i64, ptr %43, align 8, !tbaa !16
  %45 = load i64, ptr %2, align 8, !tbaa !16
  %46 = add nsw i64 %45, %44
  store i64 %46, ptr %2, align 8, !tbaa !16
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [400 x i64], ptr @main.res, i64 0, i64 %48
  %50 = load i64, ptr %49, align 8, !tbaa !16
  %51 = icmp slt i64 %50, 0
  br i1 %51, label %52, label %55

52:                                               ; preds = %38
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %4, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %52, %38
  br label %56

56:                                               ; preds = %55, %37
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %7, align 4, !tbaa !5
  br label %26, !llvm.loop !38

59:                                               ; preds = %30
  %60 = load i32, ptr %5, align 4, !tbaa !5
  %61 = load i32, ptr getelementptr inbounds nuw (%struct.result, ptr @main.res, i32 0, i32 2), align 8, !tbaa !24
  %62 = load i32, ptr @main.g, align 4, !tbaa !14
  %63 = sub nsw i32 %62, 1
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [400 x i64], ptr @main.res, i64 0, i64 %64
  %66 = load i64, ptr %65, align 8, !tbaa !16
  %67 = icmp eq i64 %66, 2305843009213693951
  br i1 %67, label %68, label %69

68:                                               ; preds = %59
  br label %75

69:                                               ; preds = %59
  %70 = load i32, ptr @main.g, align 4, !tbaa !14
  %71 = sub nsw i32 %70, 1
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [400 x i64], ptr @main.res, i64 0, i64 %72
  %74 = load i64, ptr %73, align 8, !tbaa !16
  br label %75

75:                                               ; preds = %69, %68
  %76 = phi i64 [ -1, %68 ], [ %74, %69 ]
  %77 = load i8, ptr getelementptr inbounds nuw (%struct.result, ptr @main.res, i32 0, i32 3), align 4, !tbaa !20, !range !34, !noundef !35
  %78 = trunc i8 %77 to i1
  %79 = zext i1 %78 to i32
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %60, i32 noundef %61, i64 noundef %76, i32 noundef %79) #4
  br label %81

81:                                               ; preds = %75
  %82 = load i32, ptr %5, align 4, !tbaa !5
  %83 = add nsw i32 %82, 37
  store i32 %83, ptr %5, align 4, !tbaa !5
  br label %20, !llvm.loop !39

84:                                               ; preds = %23
  %85 = load i32, ptr %3, align 4, !tbaa !5
  %86 = load i32, ptr %4, align 4, !tbaa !5
  %87 = load i64, ptr %2, align 8, !tbaa !16
  %88 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %85, i32 noundef %86, i64 noundef %87) #4
  call void @bellman_ford(ptr noundef @main.g, i32 noundef 0, ptr noundef @main.res) #4
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %89 = load i32, ptr @main.g, align 4, !tbaa !14
  %90 = sub nsw i32 %89, 1
  %91 = call i32 @path_length(ptr noundef @main.res, i32 noundef %90, ptr noundef @main.path, i32 noundef 400) #4
  store i32 %91, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i64 0, ptr %9, align 8, !tbaa !16
  %92 = load i32, ptr @main.g, align 4, !tbaa !14
  %93 = sub nsw i32 %92, 1
  %94 = load i32, ptr %8, align 4, !tbaa !5
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %93, i32 noundef %94) #4
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %112, %84
  %97 = load i32, ptr %10, align 4, !tbaa !5
  %98 = load i32, ptr %8, align 4, !tbaa !5
  %99 = icmp slt i32 %97, %98
  br i1 %99, label %100, label %103

100:                                              ; preds = %96
  %101 = load i32, ptr %10, align 4, !tbaa !5
  %102 = icmp slt i32 %101, 8
  br label %103

103:                                              ; preds = %100, %96
  %104 = phi i1 [ false, %96 ], [ %102, %100 ]
  br i1 %104, label %106, label %105

105:                                              ; preds = %103
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %115

106:                                              ; preds = %103
  %107 = load i32, ptr %10, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [400 x i32], ptr @main.path, i64 0, i64 %108
  %110 = load i32, ptr %109, align 4, !tbaa !5
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %110) #4
  br label %112

112:                                              ; preds = %106
  %113 = load i32, ptr %10, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %10, align 4, !tbaa !5
  br label %96, !llvm.loop !40

115:                                              ; preds = %105
  %116 = load i32, ptr %8, align 4, !tbaa !5
  %117 = icmp sgt i32 %116, 8
  %118 = zext i1 %117 to i64
  %119 = select i1 %117, ptr @.str.6, ptr @.str.7
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %119) #4
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %179, %115
  %122 = load i32, ptr %11, align 4, !tbaa !5
  %123 = add nsw i32 %122, 1
  %124 = load i32, ptr %8, align 4, !tbaa !5
  %125 = icmp slt i32 %123, %124
  br i1 %125, label %127, label %126

126:                                              ; preds = %121
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %182

127:                                              ; preds = %121
  call void @llvm.lifetime.start.p0(ptr %12) #3
  store i32 2147483647, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #3
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %128

128:                                              ; preds = %171, %127
  %129 = load i32, ptr %13, align 4, !tbaa !5
  %130 = load i32, ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 1), align 4, !tbaa !26
  %131 = icmp slt i32 %129, %130
  br i1 %131, label %133, label %132

132:                                              ; preds = %128
  store i32 14, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #3
  br label %174

133:                                              ; preds = %128
  %134 = load i32, ptr %13, align 4, !tbaa !5
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [4000 x %struct.edge], ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 2), i64 0, i64 %135
  %137 = getelementptr inbounds nuw %struct.edge, ptr %136, i32 0, i32 0
  %138 = load i32, ptr %137, align 4, !tbaa !29
  %139 = load i32, ptr %11, align 4, !tbaa !5
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [400 x i32], ptr @main.path, i64 0, i64 %140
  %142 = load i32, ptr %141, align 4, !tbaa !5
  %143 = icmp eq i32 %138, %142
  br i1 %143, label %144, label %170

144:                                              ; preds = %133
  %145 = load i32, ptr %13, align 4, !tbaa !5
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [4000 x %struct.edge], ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 2), i64 0, i64 %146
  %148 = getelementptr inbounds nuw %struct.edge, ptr %147, i32 0, i32 1
  %149 = load i32, ptr %148, align 4, !tbaa !32
  %150 = load i32, ptr %11, align 4, !tbaa !5
  %151 = add nsw i32 %150, 1
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [400 x i32], ptr @main.path, i64 0, i64 %152
  %154 = load i32, ptr %153, align 4, !tbaa !5
  %155 = icmp eq i32 %149, %154
  br i1 %155, label %156, label %170

156:                                              ; preds = %144
  %157 = load i32, ptr %13, align 4, !tbaa !5
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [4000 x %struct.edge], ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 2), i64 0, i64 %158
  %160 = getelementptr inbounds nuw %struct.edge, ptr %159, i32 0, i32 2
  %161 = load i32, ptr %160, align 4, !tbaa !31
  %162 = load i32, ptr %12, align 4, !tbaa !5
  %163 = icmp slt i32 %161, %162
  br i1 %163, label %164, label %170

164:                                              ; preds = %156
  %165 = load i32, ptr %13, align 4, !tbaa !5
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [4000 x %struct.edge], ptr getelementptr inbounds nuw (%struct.graph, ptr @main.g, i32 0, i32 2), i64 0, i64 %166
  %168 = getelementptr inbounds nuw %struct.edge, ptr %167, i32 0, i32 2
  %169 = load i32, ptr %168, align 4, !tbaa !31
  store i32 %169, ptr %12, align 4, !tbaa !5
  br label %170

170:                                              ; preds = %164, %156, %144, %133
  br label %171

171:                                              ; preds = %170
  %172 = load i32, ptr %13, align 4, !tbaa !5
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %13, align 4, !tbaa !5
  br label %128, !llvm.loop !41

174:                                              ; preds = %132
  %175 = load i32, ptr %12, align 4, !tbaa !5
  %176 = sext i32 %175 to i64
  %177 = load i64, ptr %9, align 8, !tbaa !16
  %178 = add nsw i64 %177, %176
  store i64 %178, ptr %9, align 8, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %12) #3
  br label %179

179:                                              ; preds = %174
  %180 = load i32, ptr %11, align 4, !tbaa !5
  %181 = add nsw i32 %180, 1
  store i32 %181, ptr %11, align 4, !tbaa !5
  br label %121, !llvm.loop !42

182:                                              ; preds = %126
  %183 = load i64, ptr %9, align 8, !tbaa !16
  %184 = load i64, ptr %9, align 8, !tbaa !16
  %185 = load i32, ptr @main.g, align 4, !tbaa !14
  %186 = sub nsw i32 %185, 1
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [400 x i64], ptr @main.res, i64 0, i64 %187
  %189 = load i64, ptr %188, align 8, !tbaa !16
  %190 = icmp eq i64 %184, %189
  %191 = zext i1 %190 to i32
  %192 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %183, i32 noundef %191) #4
  call void @add_edge(ptr noundef @main.g, i32 noundef 122, i32 noundef 120, i32 noundef -60) #4
  call void @add_edge(ptr noundef @main.g, i32 noundef 120, i32 noundef 121, i32 noundef 1) #4
  call void @add_edge(ptr noundef @main.g, i32 noundef 121, i32 noundef 122, i32 noundef 1) #4
  call void @bellman_ford(ptr noundef @main.g, i32 noundef 0, ptr noundef @main.res) #4
  %193 = load i8, ptr getelementptr inbounds nuw (%struct.result, ptr @main.res, i32 0, i32 3), align 4, !tbaa !20, !range !34, !noundef !35
  %194 = trunc i8 %193 to i1
  %195 = zext i1 %194 to i32
  %196 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %195) #4
  %197 = load i8, ptr getelementptr inbounds nuw (%struct.result, ptr @main.res, i32 0, i32 3), align 4, !tbaa !20, !range !34, !noundef !35
  %198 = trunc i8 %197 to i1
  br i1 %198, label %199, label %220

199:                                              ; preds = %182
  call void @llvm.lifetime.start.p0(ptr %14) #3
  call void @llvm.lifetime.start.p0(ptr %15) #3
  %200 = load i32, ptr @main.g, align 4, !tbaa !14
  %201 = getelementptr inbounds [400 x i32], ptr %14, i64 0, i64 0
  %202 = call i32 @extract_cycle(ptr noundef @main.res, i32 noundef %200, ptr noundef %201) #4
  store i32 %202, ptr %15, align 4, !tbaa !5
  %203 = load i32, ptr %15, align 4, !tbaa !5
  %204 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %203) #4
  call void @llvm.lifetime.start.p0(ptr %16) #3
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %205

205:                                              ; preds = %216, %199
  %206 = load i32, ptr %16, align 4, !tbaa !5
  %207 = load i32, ptr %15, align 4, !tbaa !5
  %208 = icmp slt i32 %206, %207
  br i1 %208, label %210, label %209

209:                                              ; preds = %205
  store i32 17, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #3
  br label %219

210:                                              ; preds = %205
  %211 = load i32, ptr %16, align 4, !tbaa !5
  %212 = sext i32 %211 to i64
  %213 = getelementptr inbounds [400 x i32], ptr %14, i64 0, i64 %212
  %214 = load i32, ptr %213, align 4, !tbaa !5
  %215 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %214) #4
  br label %216

216:                                              ; preds = %210
  %217 = load i32, ptr %16, align 4, !tbaa !5
  %218 = add nsw i32 %217, 1
  store i32 %218, ptr %16, align 4, !tbaa !5
  br label %205, !llvm.loop !43

219:                                              ; preds = %209
  call void @llvm.lifetime.end.p0(ptr %15) #3
  call void @llvm.lifetime.end.p0(ptr %14) #3
  br label %220

220:                                              ; preds = %219, %182
  %221 = call i32 (ptr, ...) @printf(ptr noundef @.str.11) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %222 = load i32, ptr %1, align 4
  ret i32 %222
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @build_graph(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.graph, ptr %14, i32 0, i32 0
  store i32 %13, ptr %15, align 4, !tbaa !14
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.graph, ptr %16, i32 0, i32 1
  store i32 0, ptr %17, align 4, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %32, %3
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = icmp slt i32 %20, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %35

24:                                               ; preds = %18
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  %29 = call i32 @next_rand() #4
  %30 = urem i32 %29, 20
  %31 = add nsw i32 5, %30
  call void @add_edge(ptr noundef %25, i32 noundef %26, i32 noundef %28, i32 noundef %31) #4
  br label %32

32:                                               ; preds = %24
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %7, align 4, !tbaa !5
  br label %18, !llvm.loop !44

35:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %76, %35
  %37 = load i32, ptr %8, align 4, !tbaa !5
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %41, label %40

40:                                               ; preds = %36
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %79

41:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %42 = call i32 @next_rand() #4
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = urem i32 %42, %43
  store i32 %44, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %45 = call i32 @next_rand() #4
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = urem i32 %45, %46
  store i32 %47, ptr %11, align 4, !tbaa !5
  %48 = load i32, ptr %10, align 4, !tbaa !5
  %49 = load i32, ptr %11, align 4, !tbaa !5
  %50 = icmp eq i32 %48, %49
  br i1 %50, label %51, label %52

51:                                               ; preds = %41
  store i32 7, ptr %9, align 4
  br label %73

52:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = load i32, ptr %11, align 4, !tbaa !5
  %55 = icmp slt i32 %53, %54
  br i1 %55, label %56, label %60

56:                                               ; preds = %52
  %57 = call i32 @next_rand() #4
  %58 = urem i32 %57, 40
  %59 = sub nsw i32 %58, 15
  store i32 %59, ptr %12, align 4, !tbaa !5
  br label %68

60:                                               ; preds = %52
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = load i32, ptr %11, align 4, !tbaa !5
  %63 = sub nsw i32 %61, %62
  %64 = mul nsw i32 20, %63
  %65 = call i32 @next_rand() #4
  %66 = urem i32 %65, 10
  %67 = add nsw i32 %64, %66
  store i32 %67, ptr %12, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %60, %56
  %69 = load ptr, ptr %4, align 8, !tbaa !9
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = load i32, ptr %12, align 4, !tbaa !5
  call void @add_edge(ptr noundef %69, i32 noundef %70, i32 noundef %71, i32 noundef %72) #4
  call void @llvm.lifetime.end.p0(ptr %12) #3
  store i32 0, ptr %9, align 4
  br label %73

73:                                               ; preds = %68, %51
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %10) #3
  %74 = load i32, ptr %9, align 4
  switch i32 %74, label %80 [
    i32 0, label %75
    i32 7, label %76
  ]

75:                                               ; preds = %73
  br label %76

76:                                               ; preds = %75, %73
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %8, align 4, !tbaa !5
  br label %36, !llvm.loop !45

79:                                               ; preds = %40
  ret void

80:                                               ; preds = %73
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @path_length(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !12
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !46
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %14 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %14, ptr %10, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %32, %4
  %16 = load i32, ptr %10, align 4, !tbaa !5
  %17 = icmp ne i32 %16, -1
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = load i32, ptr %9, align 4, !tbaa !5
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = icmp slt i32 %19, %20
  br label %22

22:                                               ; preds = %18, %15
  %23 = phi i1 [ false, %15 ], [ %21, %18 ]
  br i1 %23, label %25, label %24

24:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %39

25:                                               ; preds = %22
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = load ptr, ptr %7, align 8, !tbaa !46
  %28 = load i32, ptr %9, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %9, align 4, !tbaa !5
  %30 = sext i32 %28 to i64
  %31 = getelementptr inbounds i32, ptr %27, i64 %30
  store i32 %26, ptr %31, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %25
  %33 = load ptr, ptr %5, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw %struct.result, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [400 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  store i32 %38, ptr %10, align 4, !tbaa !5
  br label %15, !llvm.loop !48

39:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = sub nsw i32 %40, 1
  store i32 %41, ptr %12, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %67, %39
  %43 = load i32, ptr %11, align 4, !tbaa !5
  %44 = load i32, ptr %12, align 4, !tbaa !5
  %45 = icmp slt i32 %43, %44
  br i1 %45, label %47, label %46

46:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %72

47:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %48 = load ptr, ptr %7, align 8, !tbaa !46
  %49 = load i32, ptr %11, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i32, ptr %48, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !5
  store i32 %52, ptr %13, align 4, !tbaa !5
  %53 = load ptr, ptr %7, align 8, !tbaa !46
  %54 = load i32, ptr %12, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i32, ptr %53, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = load ptr, ptr %7, align 8, !tbaa !46
  %59 = load i32, ptr %11, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i32, ptr %58, i64 %60
  store i32 %57, ptr %61, align 4, !tbaa !5
  %62 = load i32, ptr %13, align 4, !tbaa !5
  %63 = load ptr, ptr %7, align 8, !tbaa !46
  %64 = load i32, ptr %12, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds i32, ptr %63, i64 %65
  store i32 %62, ptr %66, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #3
  br label %67

67:                                               ; preds = %47
  %68 = load i32, ptr %11, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %11, align 4, !tbaa !5
  %70 = load i32, ptr %12, align 4, !tbaa !5
  %71 = add nsw i32 %70, -1
  store i32 %71, ptr %12, align 4, !tbaa !5
  br label %42, !llvm.loop !49

72:                                               ; preds = %46
  %73 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #3
  ret i32 %73
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @add_edge(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  %9 = load ptr, ptr %5, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.graph, ptr %9, i32 0, i32 1
  %11 = load i32, ptr %10, align 4, !tbaa !26
  %12 = icmp slt i32 %11, 4000
  br i1 %12, label %13, label %45

13:                                               ; preds = %4
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.graph, ptr %15, i32 0, i32 2
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.graph, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 4, !tbaa !26
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4000 x %struct.edge], ptr %16, i64 0, i64 %20
  %22 = getelementptr inbounds nuw %struct.edge, ptr %21, i32 0, i32 0
  store i32 %14, ptr %22, align 4, !tbaa !29
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = load ptr, ptr %5, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.graph, ptr %24, i32 0, i32 2
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.graph, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !26
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [4000 x %struct.edge], ptr %25, i64 0, i64 %29
  %31 = getelementptr inbounds nuw %struct.edge, ptr %30, i32 0, i32 1
  store i32 %23, ptr %31, align 4, !tbaa !32
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = load ptr, ptr %5, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.graph, ptr %33, i32 0, i32 2
  %35 = load ptr, ptr %5, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.graph, ptr %35, i32 0, i32 1
  %37 = load i32, ptr %36, align 4, !tbaa !26
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [4000 x %struct.edge], ptr %34, i64 0, i64 %38
  %40 = getelementptr inbounds nuw %struct.edge, ptr %39, i32 0, i32 2
  store i32 %32, ptr %40, align 4, !tbaa !31
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.graph, ptr %41, i32 0, i32 1
  %43 = load i32, ptr %42, align 4, !tbaa !26
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %42, align 4, !tbaa !26
  br label %45

45:                                               ; preds = %13, %4
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @extract_cycle(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !12
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !46
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %11 = load ptr, ptr %4, align 8, !tbaa !12
  %12 = getelementptr inbounds nuw %struct.result, ptr %11, i32 0, i32 4
  %13 = load i32, ptr %12, align 8, !tbaa !23
  store i32 %13, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %26, %3
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %29

19:                                               ; preds = %14
  %20 = load ptr, ptr %4, align 8, !tbaa !12
  %21 = getelementptr inbounds nuw %struct.result, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [400 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  store i32 %25, ptr %7, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %19
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %8, align 4, !tbaa !5
  br label %14, !llvm.loop !50

29:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %30 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %30, ptr %10, align 4, !tbaa !5
  br label %31

31:                                               ; preds = %52, %29
  %32 = load i32, ptr %10, align 4, !tbaa !5
  %33 = load ptr, ptr %6, align 8, !tbaa !46
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %9, align 4, !tbaa !5
  %36 = sext i32 %34 to i64
  %37 = getelementptr inbounds i32, ptr %33, i64 %36
  store i32 %32, ptr %37, align 4, !tbaa !5
  %38 = load ptr, ptr %4, align 8, !tbaa !12
  %39 = getelementptr inbounds nuw %struct.result, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %10, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [400 x i32], ptr %39, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  store i32 %43, ptr %10, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %31
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = icmp ne i32 %45, %46
  br i1 %47, label %48, label %52

48:                                               ; preds = %44
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = icmp slt i32 %49, %50
  br label %52

52:                                               ; preds = %48, %44
  %53 = phi i1 [ false, %44 ], [ %51, %48 ]
  br i1 %53, label %31, label %54, !llvm.loop !51

54:                                               ; preds = %52
  %55 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i32 %55
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @next_rand() #0 {
  %1 = load i32, ptr @seed, align 4, !tbaa !5
  %2 = mul i32 %1, 1103515245
  %3 = add i32 %2, 12345
  store i32 %3, ptr @seed, align 4, !tbaa !5
  %4 = load i32, ptr @seed, align 4, !tbaa !5
  %5 = lshr i32 %4, 16
  %6 = and i32 %5, 32767
  ret i32 %6
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
!9 = !{!10, !10, i64 0}
!10 = !{!"p1 _ZTS5graph", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 _ZTS6result", !11, i64 0}
!14 = !{!15, !6, i64 0}
!15 = !{!"graph", !6, i64 0, !6, i64 4, !7, i64 8}
!16 = !{!17, !17, i64 0}
!17 = !{!"long long", !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{!21, !22, i64 4804}
!21 = !{!"result", !7, i64 0, !7, i64 3200, !6, i64 4800, !22, i64 4804, !6, i64 4808}
!22 = !{!"_Bool", !7, i64 0}
!23 = !{!21, !6, i64 4808}
!24 = !{!21, !6, i64 4800}
!25 = !{!22, !22, i64 0}
!26 = !{!15, !6, i64 4}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 _ZTS4edge", !11, i64 0}
!29 = !{!30, !6, i64 0}
!30 = !{!"edge", !6, i64 0, !6, i64 4, !6, i64 8}
!31 = !{!30, !6, i64 8}
!32 = !{!30, !6, i64 4}
!33 = distinct !{!33, !19}
!34 = !{i8 0, i8 2}
!35 = !{}
!36 = distinct !{!36, !19}
!37 = distinct !{!37, !19}
!38 = distinct !{!38, !19}
!39 = distinct !{!39, !19}
!40 = distinct !{!40, !19}
!41 = distinct !{!41, !19}
!42 = distinct !{!42, !19}
!43 = distinct !{!43, !19}
!44 = distinct !{!44, !19}
!45 = distinct !{!45, !19}
!46 = !{!47, !47, i64 0}
!47 = !{!"p1 int", !11, i64 0}
!48 = distinct !{!48, !19}
!49 = distinct !{!49, !19}
!50 = distinct !{!50, !19}
!51 = distinct !{!51, !19}
