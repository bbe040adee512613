; ModuleID = 'event_queue_sim.c'
source_filename = "event_queue_sim.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Heap = type { ptr, i32, i32 }
%struct.Event = type { i32, i32, i32, i32, i32 }

@main.arrival_time = internal global [5000 x i32] zeroinitializer, align 16
@main.waiting = internal global [8192 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [46 x i8] c"events=%d served=%d end=%u last_departure=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"avg_wait_x100=%llu max_queue=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [47 x i8] c"server %d: served=%d busy=%u util_permille=%u\0A\00", align 1
@seq_counter = internal global i32 0, align 4
@rng = internal global i32 1831565813, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Heap, align 8
  %3 = alloca [3 x i32], align 4
  %4 = alloca [3 x i32], align 4
  %5 = alloca [3 x i32], align 4
  %6 = alloca [3 x i32], align 4
  %7 = alloca [3 x i32], align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca %struct.Event, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #7
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #7
  call void @llvm.memset.p0.i64(ptr align 4 %4, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %5) #7
  call void @llvm.memset.p0.i64(ptr align 4 %5, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @schedule(ptr noundef %2, i32 noundef 0, i32 noundef 0, i32 noundef -1, i32 noundef 0) #8
  call void @llvm.lifetime.start.p0(ptr %16) #7
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %30, %0
  %22 = load i32, ptr %16, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 3
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %33

25:                                               ; preds = %21
  %26 = load i32, ptr %16, align 4, !tbaa !5
  %27 = mul i32 300, %26
  %28 = add i32 500, %27
  %29 = load i32, ptr %16, align 4, !tbaa !5
  call void @schedule(ptr noundef %2, i32 noundef %28, i32 noundef 2, i32 noundef %29, i32 noundef -1) #8
  br label %30

30:                                               ; preds = %25
  %31 = load i32, ptr %16, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %16, align 4, !tbaa !5
  br label %21, !llvm.loop !11

33:                                               ; preds = %24
  br label %34

34:                                               ; preds = %195, %33
  %35 = getelementptr inbounds nuw %struct.Heap, ptr %2, i32 0, i32 1
  %36 = load i32, ptr %35, align 8, !tbaa !13
  %37 = icmp sgt i32 %36, 0
  br i1 %37, label %38, label %196

38:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %17) #7
  call void @heap_pop(ptr dead_on_unwind writable sret(%struct.Event) align 4 %17, ptr noundef %2) #8
  %39 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 0
  %40 = load i32, ptr %39, align 4, !tbaa !16
  store i32 %40, ptr %12, align 4, !tbaa !5
  %41 = load i32, ptr %15, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %15, align 4, !tbaa !5
  %43 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 2
  %44 = load i32, ptr %43, align 4, !tbaa !18
  switch i32 %44, label %135 [
    i32 0, label %45
    i32 1, label %79
    i32 2, label %106
    i32 3, label %116
  ]

45:                                               ; preds = %38
  %46 = load i32, ptr %12, align 4, !tbaa !5
  %47 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 4
  %48 = load i32, ptr %47, align 4, !tbaa !19
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [5000 x i32], ptr @main.arrival_time, i64 0, i64 %49
  store i32 %46, ptr %50, align 4, !tbaa !5
  %51 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 4
  %52 = load i32, ptr %51, align 4, !tbaa !19
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = load i32, ptr %9, align 4, !tbaa !5
  %55 = add nsw i32 %53, %54
  %56 = srem i32 %55, 8192
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [8192 x i32], ptr @main.waiting, i64 0, i64 %57
  store i32 %52, ptr %58, align 4, !tbaa !5
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %9, align 4, !tbaa !5
  %61 = load i32, ptr %9, align 4, !tbaa !5
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = icmp sgt i32 %61, %62
  br i1 %63, label %64, label %66

64:                                               ; preds = %45
  %65 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %65, ptr %10, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %64, %45
  %67 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 4
  %68 = load i32, ptr %67, align 4, !tbaa !19
  %69 = add nsw i32 %68, 1
  %70 = icmp slt i32 %69, 5000
  br i1 %70, label %71, label %78

71:                                               ; preds = %66
  %72 = load i32, ptr %12, align 4, !tbaa !5
  %73 = call i32 @rand_range(i32 noundef 1, i32 noundef 9) #8
  %74 = add i32 %72, %73
  %75 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 4
  %76 = load i32, ptr %75, align 4, !tbaa !19
  %77 = add nsw i32 %76, 1
  call void @schedule(ptr noundef %2, i32 noundef %74, i32 noundef 0, i32 noundef -1, i32 noundef %77) #8
  br label %78

78:                                               ; preds = %71, %66
  br label %135

79:                                               ; preds = %38
  %80 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %81 = load i32, ptr %80, align 4, !tbaa !20
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %82
  store i32 0, ptr %83, align 4, !tbaa !5
  %84 = load i32, ptr %12, align 4, !tbaa !5
  %85 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %86 = load i32, ptr %85, align 4, !tbaa !20
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !5
  %90 = sub i32 %84, %89
  %91 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %92 = load i32, ptr %91, align 4, !tbaa !20
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = add i32 %95, %90
  store i32 %96, ptr %94, align 4, !tbaa !5
  %97 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %98 = load i32, ptr %97, align 4, !tbaa !20
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [3 x i32], ptr %7, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %100, align 4, !tbaa !5
  %103 = load i32, ptr %14, align 4, !tbaa !5
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %14, align 4, !tbaa !5
  %105 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %105, ptr %13, align 4, !tbaa !5
  br label %135

106:                                              ; preds = %38
  %107 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %108 = load i32, ptr %107, align 4, !tbaa !20
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [3 x i32], ptr %4, i64 0, i64 %109
  store i32 1, ptr %110, align 4, !tbaa !5
  %111 = load i32, ptr %12, align 4, !tbaa !5
  %112 = call i32 @rand_range(i32 noundef 40, i32 noundef 120) #8
  %113 = add i32 %111, %112
  %114 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %115 = load i32, ptr %114, align 4, !tbaa !20
  call void @schedule(ptr noundef %2, i32 noundef %113, i32 noundef 3, i32 noundef %115, i32 noundef -1) #8
  br label %135

116:                                              ; preds = %38
  %117 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %118 = load i32, ptr %117, align 4, !tbaa !20
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [3 x i32], ptr %4, i64 0, i64 %119
  store i32 0, ptr %120, align 4, !tbaa !5
  %121 = load i32, ptr %14, align 4, !tbaa !5
  %122 = load i32, ptr %9, align 4, !tbaa !5
  %123 = add nsw i32 %121, %122
  %124 = icmp slt i32 %123, 5000
  br i1 %124, label %128, label %125

125:                                              ; preds = %116
  %126 = load i32, ptr %9, align 4, !tbaa !5
  %127 = icmp sgt i32 %126, 0
  br i1 %127, label %128, label %134

128:                                              ; preds = %125, %116
  %129 = load i32, ptr %12, align 4, !tbaa !5
  %130 = call i32 @rand_range(i32 noundef 800, i32 noundef 1500) #8
  %131 = add i32 %129, %130
  %132 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 3
  %133 = load i32, ptr %132, align 4, !tbaa !20
  call void @schedule(ptr noundef %2, i32 noundef %131, i32 noundef 2, i32 noundef %133, i32 noundef -1) #8
  br label %134

134:                                              ; preds = %128, %125
  br label %135

135:                                              ; preds = %38, %134, %106, %79, %78
  call void @llvm.lifetime.start.p0(ptr %18) #7
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %136

136:                                              ; preds = %192, %135
  %137 = load i32, ptr %18, align 4, !tbaa !5
  %138 = icmp slt i32 %137, 3
  br i1 %138, label %139, label %142

139:                                              ; preds = %136
  %140 = load i32, ptr %9, align 4, !tbaa !5
  %141 = icmp sgt i32 %140, 0
  br label %142

142:                                              ; preds = %139, %136
  %143 = phi i1 [ false, %136 ], [ %141, %139 ]
  br i1 %143, label %145, label %144

144:                                              ; preds = %142
  call void @llvm.lifetime.end.p0(ptr %18) #7
  br label %195

145:                                              ; preds = %142
  %146 = load i32, ptr %18, align 4, !tbaa !5
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %147
  %149 = load i32, ptr %148, align 4, !tbaa !5
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %157, label %151

151:                                              ; preds = %145
  %152 = load i32, ptr %18, align 4, !tbaa !5
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds [3 x i32], ptr %4, i64 0, i64 %153
  %155 = load i32, ptr %154, align 4, !tbaa !5
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %157, label %158

157:                                              ; preds = %151, %145
  br label %192

158:                                              ; preds = %151
  call void @llvm.lifetime.start.p0(ptr %19) #7
  %159 = load i32, ptr %8, align 4, !tbaa !5
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds [8192 x i32], ptr @main.waiting, i64 0, i64 %160
  %162 = load i32, ptr %161, align 4, !tbaa !5
  store i32 %162, ptr %19, align 4, !tbaa !5
  %163 = load i32, ptr %8, align 4, !tbaa !5
  %164 = add nsw i32 %163, 1
  %165 = srem i32 %164, 8192
  store i32 %165, ptr %8, align 4, !tbaa !5
  %166 = load i32, ptr %9, align 4, !tbaa !5
  %167 = add nsw i32 %166, -1
  store i32 %167, ptr %9, align 4, !tbaa !5
  %168 = load i32, ptr %12, align 4, !tbaa !5
  %169 = load i32, ptr %19, align 4, !tbaa !5
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [5000 x i32], ptr @main.arrival_time, i64 0, i64 %170
  %172 = load i32, ptr %171, align 4, !tbaa !5
  %173 = sub i32 %168, %172
  %174 = zext i32 %173 to i64
  %175 = load i64, ptr %11, align 8, !tbaa !9
  %176 = add i64 %175, %174
  store i64 %176, ptr %11, align 8, !tbaa !9
  %177 = load i32, ptr %18, align 4, !tbaa !5
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %178
  store i32 1, ptr %179, align 4, !tbaa !5
  %180 = load i32, ptr %12, align 4, !tbaa !5
  %181 = load i32, ptr %18, align 4, !tbaa !5
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [3 x i32], ptr %6, i64 0, i64 %182
  store i32 %180, ptr %183, align 4, !tbaa !5
  %184 = load i32, ptr %12, align 4, !tbaa !5
  %185 = load i32, ptr %18, align 4, !tbaa !5
  %186 = mul i32 4, %185
  %187 = add i32 20, %186
  %188 = call i32 @rand_range(i32 noundef 5, i32 noundef %187) #8
  %189 = add i32 %184, %188
  %190 = load i32, ptr %18, align 4, !tbaa !5
  %191 = load i32, ptr %19, align 4, !tbaa !5
  call void @schedule(ptr noundef %2, i32 noundef %189, i32 noundef 1, i32 noundef %190, i32 noundef %191) #8
  call void @llvm.lifetime.end.p0(ptr %19) #7
  br label %192

192:                                              ; preds = %158, %157
  %193 = load i32, ptr %18, align 4, !tbaa !5
  %194 = add nsw i32 %193, 1
  store i32 %194, ptr %18, align 4, !tbaa !5
  br label %136, !llvm.loop !21

195:                                              ; preds = %144
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %34, !llvm.loop !22

196:                                              ; preds = %34
  %197 = load i32, ptr %15, align 4, !tbaa !5
  %198 = load i32, ptr %14, align 4, !tbaa !5
  %199 = load i32, ptr %12, align 4, !tbaa !5
  %200 = load i32, ptr %13, align 4, !tbaa !5
  %201 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %197, i32 noundef %198, i32 noundef %199, i32 noundef %200) #8
  %202 = load i64, ptr %11, align 8, !tbaa !9
  %203 = mul i64 %202, 100
  %204 = load i32, ptr %14, align 4, !tbaa !5
  %205 = icmp ne i32 %204, 0
  br i1 %205, label %206, label %208

206:                                              ; preds = %196
  %207 = load i32, ptr %14, align 4, !tbaa !5
  br label %209

208:                                              ; preds = %196
  br label %209

209:                                              ; preds = %208, %206
  %210 = phi i32 [ %207, %206 ], [ 1, %208 ]
  %211 = sext i32 %210 to i64
  %212 = udiv i64 %203, %211
  %213 = load i32, ptr %10, align 4, !tbaa !5
  %214 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %212, i32 noundef %213) #8
  call void @llvm.lifetime.start.p0(ptr %20) #7
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %215

215:                                              ; preds = %246, %209
  %216 = load i32, ptr %20, align 4, !tbaa !5
  %217 = icmp slt i32 %216, 3
  br i1 %217, label %219, label %218

218:                                              ; preds = %215
  call void @llvm.lifetime.end.p0(ptr %20) #7
  br label %249

219:                                              ; preds = %215
  %220 = load i32, ptr %20, align 4, !tbaa !5
  %221 = load i32, ptr %20, align 4, !tbaa !5
  %222 = sext i32 %221 to i64
  %223 = getelementptr inbounds [3 x i32], ptr %7, i64 0, i64 %222
  %224 = load i32, ptr %223, align 4, !tbaa !5
  %225 = load i32, ptr %20, align 4, !tbaa !5
  %226 = sext i32 %225 to i64
  %227 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %226
  %228 = load i32, ptr %227, align 4, !tbaa !5
  %229 = load i32, ptr %13, align 4, !tbaa !5
  %230 = icmp ne i32 %229, 0
  br i1 %230, label %231, label %242

231:                                              ; preds = %219
  %232 = load i32, ptr %20, align 4, !tbaa !5
  %233 = sext i32 %232 to i64
  %234 = getelementptr inbounds [3 x i32], ptr %5, i64 0, i64 %233
  %235 = load i32, ptr %234, align 4, !tbaa !5
  %236 = zext i32 %235 to i64
  %237 = mul i64 %236, 1000
  %238 = load i32, ptr %13, align 4, !tbaa !5
  %239 = zext i32 %238 to i64
  %240 = udiv i64 %237, %239
  %241 = trunc i64 %240 to i32
  br label %243

242:                                              ; preds = %219
  br label %243

243:                                              ; preds = %242, %231
  %244 = phi i32 [ %241, %231 ], [ 0, %242 ]
  %245 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %220, i32 noundef %224, i32 noundef %228, i32 noundef %244) #8
  br label %246

246:                                              ; preds = %243
  %247 = load i32, ptr %20, align 4, !tbaa !5
  %248 = add nsw i32 %247, 1
  store i32 %248, ptr %20, align 4, !tbaa !5
  br label %215, !llvm.loop !23

249:                                              ; preds = %218
  %250 = getelementptr inbounds nuw %struct.Heap, ptr %2, i32 0, i32 0
  %251 = load ptr, ptr %250, align 8, !tbaa !24
  call void @free(ptr noundef %251) #9
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
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
define internal void @schedule(ptr noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca %struct.Event, align 8
  store ptr %0, ptr %6, align 8, !tbaa !25
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !5
  store i32 %4, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  call void @llvm.memset.p0.i64(ptr align 4 %11, i8 0, i64 20, i1 false)
  %12 = load i32, ptr %7, align 4, !tbaa !5
  %13 = getelementptr inbounds nuw %struct.Event, ptr %11, i32 0, i32 0
  store i32 %12, ptr %13, align 4, !tbaa !16
  %14 = load i32, ptr %8, align 4, !tbaa !5
  %15 = getelementptr inbounds nuw %struct.Event, ptr %11, i32 0, i32 2
  store i32 %14, ptr %15, align 4, !tbaa !18
  %16 = load i32, ptr %9, align 4, !tbaa !5
  %17 = getelementptr inbounds nuw %struct.Event, ptr %11, i32 0, i32 3
  store i32 %16, ptr %17, align 4, !tbaa !20
  %18 = load i32, ptr %10, align 4, !tbaa !5
  %19 = getelementptr inbounds nuw %struct.Event, ptr %11, i32 0, i32 4
  store i32 %18, ptr %19, align 4, !tbaa !19
  %20 = load ptr, ptr %6, align 8, !tbaa !25
  call void @heap_push(ptr noundef %20, ptr noundef byval(%struct.Event) align 8 %11) #8
  call void @llvm.lifetime.end.p0(ptr %11) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @heap_pop(ptr dead_on_unwind noalias writable sret(%struct.Event) align 4 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca %struct.Event, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %1, ptr %3, align 8, !tbaa !25
  %11 = load ptr, ptr %3, align 8, !tbaa !25
  %12 = getelementptr inbounds nuw %struct.Heap, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !24
  %14 = getelementptr inbounds %struct.Event, ptr %13, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %0, ptr align 4 %14, i64 20, i1 false), !tbaa.struct !26
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %15 = load ptr, ptr %3, align 8, !tbaa !25
  %16 = getelementptr inbounds nuw %struct.Heap, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %16, align 8, !tbaa !24
  %18 = load ptr, ptr %3, align 8, !tbaa !25
  %19 = getelementptr inbounds nuw %struct.Heap, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 8, !tbaa !13
  %21 = add nsw i32 %20, -1
  store i32 %21, ptr %19, align 8, !tbaa !13
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds %struct.Event, ptr %17, i64 %22
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %23, i64 20, i1 false), !tbaa.struct !26
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %93, %2
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = mul nsw i32 2, %25
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %30 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %30, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store ptr %4, ptr %9, align 8, !tbaa !25
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = load ptr, ptr %3, align 8, !tbaa !25
  %33 = getelementptr inbounds nuw %struct.Heap, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 8, !tbaa !13
  %35 = icmp slt i32 %31, %34
  br i1 %35, label %36, label %54

36:                                               ; preds = %24
  %37 = load ptr, ptr %3, align 8, !tbaa !25
  %38 = getelementptr inbounds nuw %struct.Heap, ptr %37, i32 0, i32 0
  %39 = load ptr, ptr %38, align 8, !tbaa !24
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.Event, ptr %39, i64 %41
  %43 = load ptr, ptr %9, align 8, !tbaa !25
  %44 = call i32 @ev_less(ptr noundef %42, ptr noundef %43) #8
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %54

46:                                               ; preds = %36
  %47 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %47, ptr %8, align 4, !tbaa !5
  %48 = load ptr, ptr %3, align 8, !tbaa !25
  %49 = getelementptr inbounds nuw %struct.Heap, ptr %48, i32 0, i32 0
  %50 = load ptr, ptr %49, align 8, !tbaa !24
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds %struct.Event, ptr %50, i64 %52
  store ptr %53, ptr %9, align 8, !tbaa !25
  br label %54

54:                                               ; preds = %46, %36, %24
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = load ptr, ptr %3, align 8, !tbaa !25
  %57 = getelementptr inbounds nuw %struct.Heap, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 8, !tbaa !13
  %59 = icmp slt i32 %55, %58
  br i1 %59, label %60, label %72

60:                                               ; preds = %54
  %61 = load ptr, ptr %3, align 8, !tbaa !25
  %62 = getelementptr inbounds nuw %struct.Heap, ptr %61, i32 0, i32 0
  %63 = load ptr, ptr %62, align 8, !tbaa !24
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds %struct.Event, ptr %63, i64 %65
  %67 = load ptr, ptr %9, align 8, !tbaa !25
  %68 = call i32 @ev_less(ptr noundef %66, ptr noundef %67) #8
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %70, label %72

70:                                               ; preds = %60
  %71 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %71, ptr %8, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %70, %60, %54
  %73 = load i32, ptr %8, align 4, !tbaa !5
  %74 = load i32, ptr %5, align 4, !tbaa !5
  %75 = icmp eq i32 %73, %74
  br i1 %75, label %76, label %77

76:                                               ; preds = %72
  store i32 2, ptr %10, align 4
  br label %91

77:                                               ; preds = %72
  %78 = load ptr, ptr %3, align 8, !tbaa !25
  %79 = getelementptr inbounds nuw %struct.Heap, ptr %78, i32 0, i32 0
  %80 = load ptr, ptr %79, align 8, !tbaa !24
  %81 = load i32, ptr %5, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds %struct.Event, ptr %80, i64 %82
  %84 = load ptr, ptr %3, align 8, !tbaa !25
  %85 = getelementptr inbounds nuw %struct.Heap, ptr %84, i32 0, i32 0
  %86 = load ptr, ptr %85, align 8, !tbaa !24
  %87 = load i32, ptr %8, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds %struct.Event, ptr %86, i64 %88
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %83, ptr align 4 %89, i64 20, i1 false), !tbaa.struct !26
  %90 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %90, ptr %5, align 4, !tbaa !5
  store i32 0, ptr %10, align 4
  br label %91

91:                                               ; preds = %77, %76
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %92 = load i32, ptr %10, align 4
  switch i32 %92, label %107 [
    i32 0, label %93
    i32 2, label %94
  ]

93:                                               ; preds = %91
  br label %24

94:                                               ; preds = %91
  %95 = load ptr, ptr %3, align 8, !tbaa !25
  %96 = getelementptr inbounds nuw %struct.Heap, ptr %95, i32 0, i32 1
  %97 = load i32, ptr %96, align 8, !tbaa !13
  %98 = icmp sgt i32 %97, 0
  br i1 %98, label %99, label %106

99:                                               ; preds = %94
  %100 = load ptr, ptr %3, align 8, !tbaa !25
  %101 = getelementptr inbounds nuw %struct.Heap, ptr %100, i32 0, i32 0
  %102 = load ptr, ptr %101, align 8, !tbaa !24
  %103 = load i32, ptr %5, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds %struct.Event, ptr %102, i64 %104
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %105, ptr align 4 %4, i64 20, i1 false), !tbaa.struct !26
  br label %106

106:                                              ; preds = %99, %94
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  ret void

107:                                              ; preds = %91
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rand_range(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr @rng, align 4, !tbaa !5
  %6 = shl i32 %5, 13
  %7 = load i32, ptr @rng, align 4, !tbaa !5
  %8 = xor i32 %7, %6
  store i32 %8, ptr @rng, align 4, !tbaa !5
  %9 = load i32, ptr @rng, align 4, !tbaa !5
  %10 = lshr i32 %9, 17
  %11 = load i32, ptr @rng, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr @rng, align 4, !tbaa !5
  %13 = load i32, ptr @rng, align 4, !tbaa !5
  %14 = shl i32 %13, 5
  %15 = load i32, ptr @rng, align 4, !tbaa !5
  %16 = xor i32 %15, %14
  store i32 %16, ptr @rng, align 4, !tbaa !5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = load i32, ptr @rng, align 4, !tbaa !5
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = sub i32 %19, %20
  %22 = add i32 %21, 1
  %23 = urem i32 %18, %22
  %24 = add i32 %17, %23
  ret i32 %24
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @heap_push(ptr noundef %0, ptr noundef byval(%struct.Event) align 8 %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !25
  %7 = load ptr, ptr %3, align 8, !tbaa !25
  %8 = getelementptr inbounds nuw %struct.Heap, ptr %7, i32 0, i32 1
  %9 = load i32, ptr %8, align 8, !tbaa !13
  %10 = load ptr, ptr %3, align 8, !tbaa !25
  %11 = getelementptr inbounds nuw %struct.Heap, ptr %10, i32 0, i32 2
  %12 = load i32, ptr %11, align 4, !tbaa !27
  %13 = icmp eq i32 %9, %12
  br i1 %13, label %14, label %40

14:                                               ; preds = %2
  %15 = load ptr, ptr %3, align 8, !tbaa !25
  %16 = getelementptr inbounds nuw %struct.Heap, ptr %15, i32 0, i32 2
  %17 = load i32, ptr %16, align 4, !tbaa !27
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %24

19:                                               ; preds = %14
  %20 = load ptr, ptr %3, align 8, !tbaa !25
  %21 = getelementptr inbounds nuw %struct.Heap, ptr %20, i32 0, i32 2
  %22 = load i32, ptr %21, align 4, !tbaa !27
  %23 = mul nsw i32 %22, 2
  br label %25

24:                                               ; preds = %14
  br label %25

25:                                               ; preds = %24, %19
  %26 = phi i32 [ %23, %19 ], [ 64, %24 ]
  %27 = load ptr, ptr %3, align 8, !tbaa !25
  %28 = getelementptr inbounds nuw %struct.Heap, ptr %27, i32 0, i32 2
  store i32 %26, ptr %28, align 4, !tbaa !27
  %29 = load ptr, ptr %3, align 8, !tbaa !25
  %30 = getelementptr inbounds nuw %struct.Heap, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %30, align 8, !tbaa !24
  %32 = load ptr, ptr %3, align 8, !tbaa !25
  %33 = getelementptr inbounds nuw %struct.Heap, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %33, align 4, !tbaa !27
  %35 = sext i32 %34 to i64
  %36 = mul i64 20, %35
  %37 = call ptr @realloc(ptr noundef %31, i64 noundef %36) #10
  %38 = load ptr, ptr %3, align 8, !tbaa !25
  %39 = getelementptr inbounds nuw %struct.Heap, ptr %38, i32 0, i32 0
  store ptr %37, ptr %39, align 8, !tbaa !24
  br label %40

40:                                               ; preds = %25, %2
  %41 = load i32, ptr @seq_counter, align 4, !tbaa !5
  %42 = add i32 %41, 1
  store i32 %42, ptr @seq_counter, align 4, !tbaa !5
  %43 = getelementptr inbounds nuw %struct.Event, ptr %1, i32 0, i32 1
  store i32 %41, ptr %43, align 4, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %44 = load ptr, ptr %3, align 8, !tbaa !25
  %45 = getelementptr inbounds nuw %struct.Heap, ptr %44, i32 0, i32 1
  %46 = load i32, ptr %45, align 8, !tbaa !13
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %45, align 8, !tbaa !13
  store i32 %46, ptr %4, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %80, %40
  %49 = load i32, ptr %4, align 4, !tbaa !5
  %50 = icmp sgt i32 %49, 0
  br i1 %50, label %51, label %81

51:                                               ; preds = %48
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %52 = load i32, ptr %4, align 4, !tbaa !5
  %53 = sub nsw i32 %52, 1
  %54 = sdiv i32 %53, 2
  store i32 %54, ptr %5, align 4, !tbaa !5
  %55 = load ptr, ptr %3, align 8, !tbaa !25
  %56 = getelementptr inbounds nuw %struct.Heap, ptr %55, i32 0, i32 0
  %57 = load ptr, ptr %56, align 8, !tbaa !24
  %58 = load i32, ptr %5, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds %struct.Event, ptr %57, i64 %59
  %61 = call i32 @ev_less(ptr noundef %1, ptr noundef %60) #8
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %64, label %63

63:                                               ; preds = %51
  store i32 3, ptr %6, align 4
  br label %78

64:                                               ; preds = %51
  %65 = load ptr, ptr %3, align 8, !tbaa !25
  %66 = getelementptr inbounds nuw %struct.Heap, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8, !tbaa !24
  %68 = load i32, ptr %4, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds %struct.Event, ptr %67, i64 %69
  %71 = load ptr, ptr %3, align 8, !tbaa !25
  %72 = getelementptr inbounds nuw %struct.Heap, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %72, align 8, !tbaa !24
  %74 = load i32, ptr %5, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds %struct.Event, ptr %73, i64 %75
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %70, ptr align 4 %76, i64 20, i1 false), !tbaa.struct !26
  %77 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %77, ptr %4, align 4, !tbaa !5
  store i32 0, ptr %6, align 4
  br label %78

78:                                               ; preds = %64, %63
  call void @llvm.lifetime.end.p0(ptr %5) #7
  %79 = load i32, ptr %6, align 4
  switch i32 %79, label %88 [
    i32 0, label %80
    i32 3, label %81
  ]

80:                                               ; preds = %78
  br label %48, !llvm.loop !29

81:                                               ; preds = %78, %48
  %82 = load ptr, ptr %3, align 8, !tbaa !25
  %83 = getelementptr inbounds nuw %struct.Heap, ptr %82, i32 0, i32 0
  %84 = load ptr, ptr %83, align 8, !tbaa !24
  %85 = load i32, ptr %4, align 4, !tbaa !5
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds %struct.Event, ptr %84, i64 %86
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %87, ptr align 8 %1, i64 20, i1 false), !tbaa.struct !26
  call void @llvm.lifetime.end.p0(ptr %4) #7
  ret void

88:                                               ; preds = %78
  unreachable
}

; Function Attrs: minsize nounwind optsize allocsize(1)
declare ptr @realloc(ptr noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ev_less(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !25
  store ptr %1, ptr %5, align 8, !tbaa !25
  %6 = load ptr, ptr %4, align 8, !tbaa !25
  %7 = getelementptr inbounds nuw %struct.Event, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 4, !tbaa !16
  %9 = load ptr, ptr %5, align 8, !tbaa !25
  %10 = getelementptr inbounds nuw %struct.Event, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %10, align 4, !tbaa !16
  %12 = icmp ne i32 %8, %11
  br i1 %12, label %13, label %22

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !tbaa !25
  %15 = getelementptr inbounds nuw %struct.Event, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 4, !tbaa !16
  %17 = load ptr, ptr %5, align 8, !tbaa !25
  %18 = getelementptr inbounds nuw %struct.Event, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 4, !tbaa !16
  %20 = icmp ult i32 %16, %19
  %21 = zext i1 %20 to i32
  store i32 %21, ptr %3, align 4
  br label %31

22:                                               ; preds = %2
  %23 = load ptr, ptr %4, align 8, !tbaa !25
  %24 = getelementptr inbounds nuw %struct.Event, ptr %23, i32 0, i32 1
  %25 = load i32, ptr %24, align 4, !tbaa !28
  %26 = load ptr, ptr %5, align 8, !tbaa !25
  %27 = getelementptr inbounds nuw %struct.Event, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !28
  %29 = icmp ult i32 %25, %28
  %30 = zext i1 %29 to i32
  store i32 %30, ptr %3, align 4
  br label %31

31:                                               ; preds = %22, %13
  %32 = load i32, ptr %3, align 4
  ret i32 %32
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize }
attributes #10 = { minsize nounwind optsize allocsize(1) }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!14, !6, i64 8}
!14 = !{!"", !15, i64 0, !6, i64 8, !6, i64 12}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !6, i64 0}
!17 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16}
!18 = !{!17, !6, i64 8}
!19 = !{!17, !6, i64 16}
!20 = !{!17, !6, i64 12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
!24 = !{!14, !15, i64 0}
!25 = !{!15, !15, i64 0}
!26 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5, i64 12, i64 4, !5, i64 16, i64 4, !5}
!27 = !{!14, !6, i64 12}
!28 = !{!17, !6, i64 4}
!29 = distinct !{!29, !12}
