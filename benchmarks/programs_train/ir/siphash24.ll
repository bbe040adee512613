; ModuleID = 'siphash24.c'
source_filename = "siphash24.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.table = type { [256 x ptr], [16 x i8], i64 }
%struct.entry = type { [16 x i8], i32, ptr }

@.str = private unnamed_addr constant [18 x i8] c"empty:   %016llx\0A\00", align 1
@.str.1 = private unnamed_addr constant [18 x i8] c"15 byte: %016llx\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"fold 0..64: %016llx\0A\00", align 1
@main.t = internal global %struct.table zeroinitializer, align 8
@main.syll = internal global [8 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10], align 16
@.str.3 = private unnamed_addr constant [3 x i8] c"ka\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"ri\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"mo\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"sen\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"ta\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"lu\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"vi\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"don\00", align 1
@.str.11 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.12 = private unnamed_addr constant [47 x i8] c"distinct=%zu buckets_used=%u longest_chain=%u\0A\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"most common: %s x%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @siphash24(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  %18 = call i64 @read_le64(ptr noundef %17) #9
  store i64 %18, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  %21 = call i64 @read_le64(ptr noundef %20) #9
  store i64 %21, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %22 = load i64, ptr %7, align 8, !tbaa !12
  %23 = xor i64 8317987319222330741, %22
  store i64 %23, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %24 = load i64, ptr %8, align 8, !tbaa !12
  %25 = xor i64 7237128888997146477, %24
  store i64 %25, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %26 = load i64, ptr %7, align 8, !tbaa !12
  %27 = xor i64 7816392313619706465, %26
  store i64 %27, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %28 = load i64, ptr %8, align 8, !tbaa !12
  %29 = xor i64 8387220255154660723, %28
  store i64 %29, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = load i64, ptr %5, align 8, !tbaa !12
  %32 = and i64 %31, -8
  %33 = getelementptr inbounds nuw i8, ptr %30, i64 %32
  store ptr %33, ptr %13, align 8, !tbaa !9
  br label %34

34:                                               ; preds = %161, %3
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = load ptr, ptr %13, align 8, !tbaa !9
  %37 = icmp ne ptr %35, %36
  br i1 %37, label %38, label %164

38:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = call i64 @read_le64(ptr noundef %39) #9
  store i64 %40, ptr %14, align 8, !tbaa !12
  %41 = load i64, ptr %14, align 8, !tbaa !12
  %42 = load i64, ptr %12, align 8, !tbaa !12
  %43 = xor i64 %42, %41
  store i64 %43, ptr %12, align 8, !tbaa !12
  br label %44

44:                                               ; preds = %38
  %45 = load i64, ptr %10, align 8, !tbaa !12
  %46 = load i64, ptr %9, align 8, !tbaa !12
  %47 = add i64 %46, %45
  store i64 %47, ptr %9, align 8, !tbaa !12
  %48 = load i64, ptr %10, align 8, !tbaa !12
  %49 = shl i64 %48, 13
  %50 = load i64, ptr %10, align 8, !tbaa !12
  %51 = lshr i64 %50, 51
  %52 = or i64 %49, %51
  store i64 %52, ptr %10, align 8, !tbaa !12
  %53 = load i64, ptr %9, align 8, !tbaa !12
  %54 = load i64, ptr %10, align 8, !tbaa !12
  %55 = xor i64 %54, %53
  store i64 %55, ptr %10, align 8, !tbaa !12
  %56 = load i64, ptr %9, align 8, !tbaa !12
  %57 = shl i64 %56, 32
  %58 = load i64, ptr %9, align 8, !tbaa !12
  %59 = lshr i64 %58, 32
  %60 = or i64 %57, %59
  store i64 %60, ptr %9, align 8, !tbaa !12
  %61 = load i64, ptr %12, align 8, !tbaa !12
  %62 = load i64, ptr %11, align 8, !tbaa !12
  %63 = add i64 %62, %61
  store i64 %63, ptr %11, align 8, !tbaa !12
  %64 = load i64, ptr %12, align 8, !tbaa !12
  %65 = shl i64 %64, 16
  %66 = load i64, ptr %12, align 8, !tbaa !12
  %67 = lshr i64 %66, 48
  %68 = or i64 %65, %67
  store i64 %68, ptr %12, align 8, !tbaa !12
  %69 = load i64, ptr %11, align 8, !tbaa !12
  %70 = load i64, ptr %12, align 8, !tbaa !12
  %71 = xor i64 %70, %69
  store i64 %71, ptr %12, align 8, !tbaa !12
  %72 = load i64, ptr %12, align 8, !tbaa !12
  %73 = load i64, ptr %9, align 8, !tbaa !12
  %74 = add i64 %73, %72
  store i64 %74, ptr %9, align 8, !tbaa !12
  %75 = load i64, ptr %12, align 8, !tbaa !12
  %76 = shl i64 %75, 21
  %77 = load i64, ptr %12, align 8, !tbaa !12
  %78 = lshr i64 %77, 43
  %79 = or i64 %76, %78
  store i64 %79, ptr %12, align 8, !tbaa !12
  %80 = load i64, ptr %9, align 8, !tbaa !12
  %81 = load i64, ptr %12, align 8, !tbaa !12
  %82 = xor i64 %81, %80
  store i64 %82, ptr %12, align 8, !tbaa !12
  %83 = load i64, ptr %10, align 8, !tbaa !12
  %84 = load i64, ptr %11, align 8, !tbaa !12
  %85 = add i64 %84, %83
  store i64 %85, ptr %11, align 8, !tbaa !12
  %86 = load i64, ptr %10, align 8, !tbaa !12
  %87 = shl i64 %86, 17
  %88 = load i64, ptr %10, align 8, !tbaa !12
  %89 = lshr i64 %88, 47
  %90 = or i64 %87, %89
  store i64 %90, ptr %10, align 8, !tbaa !12
  %91 = load i64, ptr %11, align 8, !tbaa !12
  %92 = load i64, ptr %10, align 8, !tbaa !12
  %93 = xor i64 %92, %91
  store i64 %93, ptr %10, align 8, !tbaa !12
  %94 = load i64, ptr %11, align 8, !tbaa !12
  %95 = shl i64 %94, 32
  %96 = load i64, ptr %11, align 8, !tbaa !12
  %97 = lshr i64 %96, 32
  %98 = or i64 %95, %97
  store i64 %98, ptr %11, align 8, !tbaa !12
  br label %99

99:                                               ; preds = %44
  br label %100

100:                                              ; preds = %99
  br label %101

101:                                              ; preds = %100
  %102 = load i64, ptr %10, align 8, !tbaa !12
  %103 = load i64, ptr %9, align 8, !tbaa !12
  %104 = add i64 %103, %102
  store i64 %104, ptr %9, align 8, !tbaa !12
  %105 = load i64, ptr %10, align 8, !tbaa !12
  %106 = shl i64 %105, 13
  %107 = load i64, ptr %10, align 8, !tbaa !12
  %108 = lshr i64 %107, 51
  %109 = or i64 %106, %108
  store i64 %109, ptr %10, align 8, !tbaa !12
  %110 = load i64, ptr %9, align 8, !tbaa !12
  %111 = load i64, ptr %10, align 8, !tbaa !12
  %112 = xor i64 %111, %110
  store i64 %112, ptr %10, align 8, !tbaa !12
  %113 = load i64, ptr %9, align 8, !tbaa !12
  %114 = shl i64 %113, 32
  %115 = load i64, ptr %9, align 8, !tbaa !12
  %116 = lshr i64 %115, 32
  %117 = or i64 %114, %116
  store i64 %117, ptr %9, align 8, !tbaa !12
  %118 = load i64, ptr %12, align 8, !tbaa !12
  %119 = load i64, ptr %11, align 8, !tbaa !12
  %120 = add i64 %119, %118
  store i64 %120, ptr %11, align 8, !tbaa !12
  %121 = load i64, ptr %12, align 8, !tbaa !12
  %122 = shl i64 %121, 16
  %123 = load i64, ptr %12, align 8, !tbaa !12
  %124 = lshr i64 %123, 48
  %125 = or i64 %122, %124
  store i64 %125, ptr %12, align 8, !tbaa !12
  %126 = load i64, ptr %11, align 8, !tbaa !12
  %127 = load i64, ptr %12, align 8, !tbaa !12
  %128 = xor i64 %127, %126
  store i64 %128, ptr %12, align 8, !tbaa !12
  %129 = load i64, ptr %12, align 8, !tbaa !12
  %130 = load i64, ptr %9, align 8, !tbaa !12
  %131 = add i64 %130, %129
  store i64 %131, ptr %9, align 8, !tbaa !12
  %132 = load i64, ptr %12, align 8, !tbaa !12
  %133 = shl i64 %132, 21
  %134 = load i64, ptr %12, align 8, !tbaa !12
  %135 = lshr i64 %134, 43
  %136 = or i64 %133, %135
  store i64 %136, ptr %12, align 8, !tbaa !12
  %137 = load i64, ptr %9, align 8, !tbaa !12
  %138 = load i64, ptr %12, align 8, !tbaa !12
  %139 = xor i64 %138, %137
  store i64 %139, ptr %12, align 8, !tbaa !12
  %140 = load i64, ptr %10, align 8, !tbaa !12
  %141 = load i64, ptr %11, align 8, !tbaa !12
  %142 = add i64 %141, %140
  store i64 %142, ptr %11, align 8, !tbaa !12
  %143 = load i64, ptr %10, align 8, !tbaa !12
  %144 = shl i64 %143, 17
  %145 = load i64, ptr %10, align 8, !tbaa !12
  %146 = lshr i64 %145, 47
  %147 = or i64 %144, %146
  store i64 %147, ptr %10, align 8, !tbaa !12
  %148 = load i64, ptr %11, align 8, !tbaa !12
  %149 = load i64, ptr %10, align 8, !tbaa !12
  %150 = xor i64 %149, %148
  store i64 %150, ptr %10, align 8, !tbaa !12
  %151 = load i64, ptr %11, align 8, !tbaa !12
  %152 = shl i64 %151, 32
  %153 = load i64, ptr %11, align 8, !tbaa !12
  %154 = lshr i64 %153, 32
  %155 = or i64 %152, %154
  store i64 %155, ptr %11, align 8, !tbaa !12
  br label %156

156:                                              ; preds = %101
  br label %157

157:                                              ; preds = %156
  %158 = load i64, ptr %14, align 8, !tbaa !12
  %159 = load i64, ptr %9, align 8, !tbaa !12
  %160 = xor i64 %159, %158
  store i64 %160, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %14) #8
  br label %161

161:                                              ; preds = %157
  %162 = load ptr, ptr %4, align 8, !tbaa !9
  %163 = getelementptr inbounds i8, ptr %162, i64 8
  store ptr %163, ptr %4, align 8, !tbaa !9
  br label %34, !llvm.loop !14

164:                                              ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %165 = load i64, ptr %5, align 8, !tbaa !12
  %166 = shl i64 %165, 56
  store i64 %166, ptr %15, align 8, !tbaa !12
  %167 = load i64, ptr %5, align 8, !tbaa !12
  %168 = and i64 %167, 7
  switch i64 %168, label %224 [
    i64 7, label %169
    i64 6, label %177
    i64 5, label %185
    i64 4, label %193
    i64 3, label %201
    i64 2, label %209
    i64 1, label %217
    i64 0, label %224
  ]

169:                                              ; preds = %164
  %170 = load ptr, ptr %4, align 8, !tbaa !9
  %171 = getelementptr inbounds i8, ptr %170, i64 6
  %172 = load i8, ptr %171, align 1, !tbaa !16
  %173 = zext i8 %172 to i64
  %174 = shl i64 %173, 48
  %175 = load i64, ptr %15, align 8, !tbaa !12
  %176 = or i64 %175, %174
  store i64 %176, ptr %15, align 8, !tbaa !12
  br label %177

177:                                              ; preds = %164, %169
  %178 = load ptr, ptr %4, align 8, !tbaa !9
  %179 = getelementptr inbounds i8, ptr %178, i64 5
  %180 = load i8, ptr %179, align 1, !tbaa !16
  %181 = zext i8 %180 to i64
  %182 = shl i64 %181, 40
  %183 = load i64, ptr %15, align 8, !tbaa !12
  %184 = or i64 %183, %182
  store i64 %184, ptr %15, align 8, !tbaa !12
  br label %185

185:                                              ; preds = %164, %177
  %186 = load ptr, ptr %4, align 8, !tbaa !9
  %187 = getelementptr inbounds i8, ptr %186, i64 4
  %188 = load i8, ptr %187, align 1, !tbaa !16
  %189 = zext i8 %188 to i64
  %190 = shl i64 %189, 32
  %191 = load i64, ptr %15, align 8, !tbaa !12
  %192 = or i64 %191, %190
  store i64 %192, ptr %15, align 8, !tbaa !12
  br label %193

193:                                              ; preds = %164, %185
  %194 = load ptr, ptr %4, align 8, !tbaa !9
  %195 = getelementptr inbounds i8, ptr %194, i64 3
  %196 = load i8, ptr %195, align 1, !tbaa !16
  %197 = zext i8 %196 to i64
  %198 = shl i64 %197, 24
  %199 = load i64, ptr %15, align 8, !tbaa !12
  %200 = or i64 %199, %198
  store i64 %200, ptr %15, align 8, !tbaa !12
  br label %201

201:                                              ; preds = %164, %193
  %202 = load ptr, ptr %4, align 8, !tbaa !9
  %203 = getelementptr inbounds i8, ptr %202, i64 2
  %204 = load i8, ptr %203, align 1, !tbaa !16
  %205 = zext i8 %204 to i64
  %206 = shl i64 %205, 16
  %207 = load i64, ptr %15, align 8, !tbaa !12
  %208 = or i64 %207, %206
  store i64 %208, ptr %15, align 8, !tbaa !12
  br label %209

209:                                              ; preds = %164, %201
  %210 = load ptr, ptr %4, align 8, !tbaa !9
  %211 = getelementptr inbounds i8, ptr %210, i64 1
  %212 = load i8, ptr %211, align 1, !tbaa !16
  %213 = zext i8 %212 to i64
  %214 = shl i64 %213, 8
  %215 = load i64, ptr %15, align 8, !tbaa !12
  %216 = or i64 %215, %214
  store i64 %216, ptr %15, align 8, !tbaa !12
  br label %217

217:                                              ; preds = %164, %209
  %218 = load ptr, ptr %4, align 8, !tbaa !9
  %219 = getelementptr inbounds i8, ptr %218, i64 0
  %220 = load i8, ptr %219, align 1, !tbaa !16
  %221 = zext i8 %220 to i64
  %222 = load i64, ptr %15, align 8, !tbaa !12
  %223 = or i64 %222, %221
  store i64 %223, ptr %15, align 8, !tbaa !12
  br label %224

224:                                              ; preds = %164, %164, %217
  %225 = load i64, ptr %15, align 8, !tbaa !12
  %226 = load i64, ptr %12, align 8, !tbaa !12
  %227 = xor i64 %226, %225
  store i64 %227, ptr %12, align 8, !tbaa !12
  br label %228

228:                                              ; preds = %224
  %229 = load i64, ptr %10, align 8, !tbaa !12
  %230 = load i64, ptr %9, align 8, !tbaa !12
  %231 = add i64 %230, %229
  store i64 %231, ptr %9, align 8, !tbaa !12
  %232 = load i64, ptr %10, align 8, !tbaa !12
  %233 = shl i64 %232, 13
  %234 = load i64, ptr %10, align 8, !tbaa !12
  %235 = lshr i64 %234, 51
  %236 = or i64 %233, %235
  store i64 %236, ptr %10, align 8, !tbaa !12
  %237 = load i64, ptr %9, align 8, !tbaa !12
  %238 = load i64, ptr %10, align 8, !tbaa !12
  %239 = xor i64 %238, %237
  store i64 %239, ptr %10, align 8, !tbaa !12
  %240 = load i64, ptr %9, align 8, !tbaa !12
  %241 = shl i64 %240, 32
  %242 = load i64, ptr %9, align 8, !tbaa !12
  %243 = lshr i64 %242, 32
  %244 = or i64 %241, %243
  store i64 %244, ptr %9, align 8, !tbaa !12
  %245 = load i64, ptr %12, align 8, !tbaa !12
  %246 = load i64, ptr %11, align 8, !tbaa !12
  %247 = add i64 %246, %245
  store i64 %247, ptr %11, align 8, !tbaa !12
  %248 = load i64, ptr %12, align 8, !tbaa !12
  %249 = shl i64 %248, 16
  %250 = load i64, ptr %12, align 8, !tbaa !12
  %251 = lshr i64 %250, 48
  %252 = or i64 %249, %251
  store i64 %252, ptr %12, align 8, !tbaa !12
  %253 = load i64, ptr %11, align 8, !tbaa !12
  %254 = load i64, ptr %12, align 8, !tbaa !12
  %255 = xor i64 %254, %253
  store i64 %255, ptr %12, align 8, !tbaa !12
  %256 = load i64, ptr %12, align 8, !tbaa !12
  %257 = load i64, ptr %9, align 8, !tbaa !12
  %258 = add i64 %257, %256
  store i64 %258, ptr %9, align 8, !tbaa !12
  %259 = load i64, ptr %12, align 8, !tbaa !12
  %260 = shl i64 %259, 21
  %261 = load i64, ptr %12, align 8, !tbaa !12
  %262 = lshr i64 %261, 43
  %263 = or i64 %260, %262
  store i64 %263, ptr %12, align 8, !tbaa !12
  %264 = load i64, ptr %9, align 8, !tbaa !12
  %265 = load i64, ptr %12, align 8, !tbaa !12
  %266 = xor i64 %265, %264
  store i64 %266, ptr %12, align 8, !tbaa !12
  %267 = load i64, ptr %10, align 8, !tbaa !12
  %268 = load i64, ptr %11, align 8, !tbaa !12
  %269 = add i64 %268, %267
  store i64 %269, ptr %11, align 8, !tbaa !12
  %270 = load i64, ptr %10, align 8, !tbaa !12
  %271 = shl i64 %270, 17
  %272 = load i64, ptr %10, align 8, !tbaa !12
  %273 = lshr i64 %272, 47
  %274 = or i64 %271, %273
  store i64 %274, ptr %10, align 8, !tbaa !12
  %275 = load i64, ptr %11, align 8, !tbaa !12
  %276 = load i64, ptr %10, align 8, !tbaa !12
  %277 = xor i64 %276, %275
  store i64 %277, ptr %10, align 8, !tbaa !12
  %278 = load i64, ptr %11, align 8, !tbaa !12
  %279 = shl i64 %278, 32
  %280 = load i64, ptr %11, align 8, !tbaa !12
  %281 = lshr i64 %280, 32
  %282 = or i64 %279, %281
  store i64 %282, ptr %11, align 8, !tbaa !12
  br label %283

283:                                              ; preds = %228
  br label %284

284:                                              ; preds = %283
  br label %285

285:                                              ; preds = %284
  %286 = load i64, ptr %10, align 8, !tbaa !12
  %287 = load i64, ptr %9, align 8, !tbaa !12
  %288 = add i64 %287, %286
  store i64 %288, ptr %9, align 8, !tbaa !12
  %289 = load i64, ptr %10, align 8, !tbaa !12
  %290 = shl i64 %289, 13
  %291 = load i64, ptr %10, align 8, !tbaa !12
  %292 = lshr i64 %291, 51
  %293 = or i64 %290, %292
  store i64 %293, ptr %10, align 8, !tbaa !12
  %294 = load i64, ptr %9, align 8, !tbaa !12
  %295 = load i64, ptr %10, align 8, !tbaa !12
  %296 = xor i64 %295, %294
  store i64 %296, ptr %10, align 8, !tbaa !12
  %297 = load i64, ptr %9, align 8, !tbaa !12
  %298 = shl i64 %297, 32
  %299 = load i64, ptr %9, align 8, !tbaa !12
  %300 = lshr i64 %299, 32
  %301 = or i64 %298, %300
  store i64 %301, ptr %9, align 8, !tbaa !12
  %302 = load i64, ptr %12, align 8, !tbaa !12
  %303 = load i64, ptr %11, align 8, !tbaa !12
  %304 = add i64 %303, %302
  store i64 %304, ptr %11, align 8, !tbaa !12
  %305 = load i64, ptr %12, align 8, !tbaa !12
  %306 = shl i64 %305, 16
  %307 = load i64, ptr %12, align 8, !tbaa !12
  %308 = lshr i64 %307, 48
  %309 = or i64 %306, %308
  store i64 %309, ptr %12, align 8, !tbaa !12
  %310 = load i64, ptr %11, align 8, !tbaa !12
  %311 = load i64, ptr %12, align 8, !tbaa !12
  %312 = xor i64 %311, %310
  store i64 %312, ptr %12, align 8, !tbaa !12
  %313 = load i64, ptr %12, align 8, !tbaa !12
  %314 = load i64, ptr %9, align 8, !tbaa !12
  %315 = add i64 %314, %313
  store i64 %315, ptr %9, align 8, !tbaa !12
  %316 = load i64, ptr %12, align 8, !tbaa !12
  %317 = shl i64 %316, 21
  %318 = load i64, ptr %12, align 8, !tbaa !12
  %319 = lshr i64 %318, 43
  %320 = or i64 %317, %319
  store i64 %320, ptr %12, align 8, !tbaa !12
  %321 = load i64, ptr %9, align 8, !tbaa !12
  %322 = load i64, ptr %12, align 8, !tbaa !12
  %323 = xor i64 %322, %321
  store i64 %323, ptr %12, align 8, !tbaa !12
  %324 = load i64, ptr %10, align 8, !tbaa !12
  %325 = load i64, ptr %11, align 8, !tbaa !12
  %326 = add i64 %325, %324
  store i64 %326, ptr %11, align 8, !tbaa !12
  %327 = load i64, ptr %10, align 8, !tbaa !12
  %328 = shl i64 %327, 17
  %329 = load i64, ptr %10, align 8, !tbaa !12
  %330 = lshr i64 %329, 47
  %331 = or i64 %328, %330
  store i64 %331, ptr %10, align 8, !tbaa !12
  %332 = load i64, ptr %11, align 8, !tbaa !12
  %333 = load i64, ptr %10, align 8, !tbaa !12
  %334 = xor i64 %333, %332
  store i64 %334, ptr %10, align 8, !tbaa !12
  %335 = load i64, ptr %11, align 8, !tbaa !12
  %336 = shl i64 %335, 32
  %337 = load i64, ptr %11, align 8, !tbaa !12
  %338 = lshr i64 %337, 32
  %339 = or i64 %336, %338
  store i64 %339, ptr %11, align 8, !tbaa !12
  br label %340

340:                                              ; preds = %285
  br label %341

341:                                              ; preds = %340
  %342 = load i64, ptr %15, align 8, !tbaa !12
  %343 = load i64, ptr %9, align 8, !tbaa !12
  %344 = xor i64 %343, %342
  store i64 %344, ptr %9, align 8, !tbaa !12
  %345 = load i64, ptr %11, align 8, !tbaa !12
  %346 = xor i64 %345, 255
  store i64 %346, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #8
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %347

347:                                              ; preds = %409, %341
  %348 = load i32, ptr %16, align 4, !tbaa !5
  %349 = icmp slt i32 %348, 4
  br i1 %349, label %351, label %350

350:                                              ; preds = %347
  call void @llvm.lifetime.end.p0(ptr %16) #8
  br label %412

351:                                              ; preds = %347
  br label %352

352:                                              ; preds = %351
  %353 = load i64, ptr %10, align 8, !tbaa !12
  %354 = load i64, ptr %9, align 8, !tbaa !12
  %355 = add i64 %354, %353
  store i64 %355, ptr %9, align 8, !tbaa !12
  %356 = load i64, ptr %10, align 8, !tbaa !12
  %357 = shl i64 %356, 13
  %358 = load i64, ptr %10, align 8, !tbaa !12
  %359 = lshr i64 %358, 51
  %360 = or i64 %357, %359
  store i64 %360, ptr %10, align 8, !tbaa !12
  %361 = load i64, ptr %9, align 8, !tbaa !12
  %362 = load i64, ptr %10, align 8, !tbaa !12
  %363 = xor i64 %362, %361
  store i64 %363, ptr %10, align 8, !tbaa !12
  %364 = load i64, ptr %9, align 8, !tbaa !12
  %365 = shl i64 %364, 32
  %366 = load i64, ptr %9, align 8, !tbaa !12
  %367 = lshr i64 %366, 32
  %368 = or i64 %365, %367
  store i64 %368, ptr %9, align 8, !tbaa !12
  %369 = load i64, ptr %12, align 8, !tbaa !12
  %370 = load i64, ptr %11, align 8, !tbaa !12
  %371 = add i64 %370, %369
  store i64 %371, ptr %11, align 8, !tbaa !12
  %372 = load i64, ptr %12, align 8, !tbaa !12
  %373 = shl i64 %372, 16
  %374 = load i64, ptr %12, align 8, !tbaa !12
  %375 = lshr i64 %374, 48
  %376 = or i64 %373, %375
  store i64 %376, ptr %12, align 8, !tbaa !12
  %377 = load i64, ptr %11, align 8, !tbaa !12
  %378 = load i64, ptr %12, align 8, !tbaa !12
  %379 = xor i64 %378, %377
  store i64 %379, ptr %12, align 8, !tbaa !12
  %380 = load i64, ptr %12, align 8, !tbaa !12
  %381 = load i64, ptr %9, align 8, !tbaa !12
  %382 = add i64 %381, %380
  store i64 %382, ptr %9, align 8, !tbaa !12
  %383 = load i64, ptr %12, align 8, !tbaa !12
  %384 = shl i64 %383, 21
  %385 = load i64, ptr %12, align 8, !tbaa !12
  %386 = lshr i64 %385, 43
  %387 = or i64 %384, %386
  store i64 %387, ptr %12, align 8, !tbaa !12
  %388 = load i64, ptr %9, align 8, !tbaa !12
  %389 = load i64, ptr %12, align 8, !tbaa !12
  %390 = xor i64 %389, %388
  store i64 %390, ptr %12, align 8, !tbaa !12
  %391 = load i64, ptr %10, align 8, !tbaa !12
  %392 = load i64, ptr %11, align 8, !tbaa !12
  %393 = add i64 %392, %391
  store i64 %393, ptr %11, align 8, !tbaa !12
  %394 = load i64, ptr %10, align 8, !tbaa !12
  %395 = shl i64 %394, 17
  %396 = load i64, ptr %10, align 8, !tbaa !12
  %397 = lshr i64 %396, 47
  %398 = or i64 %395, %397
  store i64 %398, ptr %10, align 8, !tbaa !12
  %399 = load i64, ptr %11, align 8, !tbaa !12
  %400 = load i64, ptr %10, align 8, !tbaa !12
  %401 = xor i64 %400, %399
  store i64 %401, ptr %10, align 8, !tbaa !12
  %402 = load i64, ptr %11, align 8, !tbaa !12
  %403 = shl i64 %402, 32
  %404 = load i64, ptr %11, align 8, !tbaa !12
  %405 = lshr i64 %404, 32
  %406 = or i64 %403, %405
  store i64 %406, ptr %11, align 8, !tbaa !12
  br label %407

407:                                              ; preds = %352
  br label %408

408:                                              ; preds = %407
  br label %409

409:                                              ; preds = %408
  %410 = load i32, ptr %16, align 4, !tbaa !5
  %411 = add nsw i32 %410, 1
  store i32 %411, ptr %16, align 4, !tbaa !5
  br label %347, !llvm.loop !17

412:                                              ; preds = %350
  %413 = load i64, ptr %9, align 8, !tbaa !12
  %414 = load i64, ptr %10, align 8, !tbaa !12
  %415 = xor i64 %413, %414
  %416 = load i64, ptr %11, align 8, !tbaa !12
  %417 = xor i64 %415, %416
  %418 = load i64, ptr %12, align 8, !tbaa !12
  %419 = xor i64 %417, %418
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret i64 %419
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @read_le64(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i64 0, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 7, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %19, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp sge i32 %6, 0
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %22

9:                                                ; preds = %5
  %10 = load i64, ptr %3, align 8, !tbaa !12
  %11 = shl i64 %10, 8
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !16
  %17 = zext i8 %16 to i64
  %18 = or i64 %11, %17
  store i64 %18, ptr %3, align 8, !tbaa !12
  br label %19

19:                                               ; preds = %9
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = add nsw i32 %20, -1
  store i32 %21, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !18

22:                                               ; preds = %8
  %23 = load i64, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret i64 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i8], align 16
  %3 = alloca [64 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca [16 x i8], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  call void @llvm.lifetime.start.p0(ptr %3) #8
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %31, %0
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 16
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %34

25:                                               ; preds = %21
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = trunc i32 %26 to i8
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 %29
  store i8 %27, ptr %30, align 1, !tbaa !16
  br label %31

31:                                               ; preds = %25
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %4, align 4, !tbaa !5
  br label %21, !llvm.loop !19

34:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %45, %34
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = icmp slt i32 %36, 64
  br i1 %37, label %39, label %38

38:                                               ; preds = %35
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %48

39:                                               ; preds = %35
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = trunc i32 %40 to i8
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %43
  store i8 %41, ptr %44, align 1, !tbaa !16
  br label %45

45:                                               ; preds = %39
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %5, align 4, !tbaa !5
  br label %35, !llvm.loop !20

48:                                               ; preds = %38
  %49 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %50 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %51 = call i64 @siphash24(ptr noundef %49, i64 noundef 0, ptr noundef %50) #9
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %51) #9
  %53 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %54 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %55 = call i64 @siphash24(ptr noundef %53, i64 noundef 15, ptr noundef %54) #9
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %55) #9
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i64 0, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %57

57:                                               ; preds = %72, %48
  %58 = load i64, ptr %7, align 8, !tbaa !12
  %59 = icmp ule i64 %58, 64
  br i1 %59, label %61, label %60

60:                                               ; preds = %57
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %75

61:                                               ; preds = %57
  %62 = load i64, ptr %6, align 8, !tbaa !12
  %63 = shl i64 %62, 7
  %64 = load i64, ptr %6, align 8, !tbaa !12
  %65 = lshr i64 %64, 57
  %66 = or i64 %63, %65
  %67 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %68 = load i64, ptr %7, align 8, !tbaa !12
  %69 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %70 = call i64 @siphash24(ptr noundef %67, i64 noundef %68, ptr noundef %69) #9
  %71 = xor i64 %66, %70
  store i64 %71, ptr %6, align 8, !tbaa !12
  br label %72

72:                                               ; preds = %61
  %73 = load i64, ptr %7, align 8, !tbaa !12
  %74 = add i64 %73, 1
  store i64 %74, ptr %7, align 8, !tbaa !12
  br label %57, !llvm.loop !21

75:                                               ; preds = %60
  %76 = load i64, ptr %6, align 8, !tbaa !12
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %76) #9
  %78 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 getelementptr inbounds nuw (%struct.table, ptr @main.t, i32 0, i32 1), ptr align 16 %78, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 12648430, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %114, %75
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = icmp slt i32 %80, 20000
  br i1 %81, label %83, label %82

82:                                               ; preds = %79
  store i32 11, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #8
  br label %117

83:                                               ; preds = %79
  %84 = load i32, ptr %8, align 4, !tbaa !5
  %85 = mul i32 %84, 1664525
  %86 = add i32 %85, 1013904223
  store i32 %86, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %87 = load i32, ptr %8, align 4, !tbaa !5
  %88 = lshr i32 %87, 28
  %89 = urem i32 %88, 3
  %90 = add nsw i32 1, %89
  store i32 %90, ptr %12, align 4, !tbaa !5
  %91 = getelementptr inbounds [16 x i8], ptr %9, i64 0, i64 0
  store i8 0, ptr %91, align 16, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %13) #8
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %109, %83
  %93 = load i32, ptr %13, align 4, !tbaa !5
  %94 = load i32, ptr %12, align 4, !tbaa !5
  %95 = icmp slt i32 %93, %94
  br i1 %95, label %97, label %96

96:                                               ; preds = %92
  store i32 14, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #8
  br label %112

97:                                               ; preds = %92
  %98 = getelementptr inbounds [16 x i8], ptr %9, i64 0, i64 0
  %99 = load i32, ptr %8, align 4, !tbaa !5
  %100 = load i32, ptr %13, align 4, !tbaa !5
  %101 = mul nsw i32 3, %100
  %102 = add nsw i32 4, %101
  %103 = lshr i32 %99, %102
  %104 = and i32 %103, 7
  %105 = zext i32 %104 to i64
  %106 = getelementptr inbounds nuw [8 x ptr], ptr @main.syll, i64 0, i64 %105
  %107 = load ptr, ptr %106, align 8, !tbaa !9
  %108 = call ptr @strcat(ptr noundef %98, ptr noundef %107) #10
  br label %109

109:                                              ; preds = %97
  %110 = load i32, ptr %13, align 4, !tbaa !5
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %13, align 4, !tbaa !5
  br label %92, !llvm.loop !22

112:                                              ; preds = %96
  %113 = getelementptr inbounds [16 x i8], ptr %9, i64 0, i64 0
  call void @table_add(ptr noundef @main.t, ptr noundef %113) #9
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %114

114:                                              ; preds = %112
  %115 = load i32, ptr %10, align 4, !tbaa !5
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %10, align 4, !tbaa !5
  br label %79, !llvm.loop !23

117:                                              ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %14) #8
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #8
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #8
  store i32 0, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #8
  store ptr @.str.11, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %18) #8
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %177, %117
  %119 = load i32, ptr %18, align 4, !tbaa !5
  %120 = icmp slt i32 %119, 256
  br i1 %120, label %122, label %121

121:                                              ; preds = %118
  store i32 17, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #8
  br label %180

122:                                              ; preds = %118
  call void @llvm.lifetime.start.p0(ptr %19) #8
  store i32 0, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #8
  %123 = load i32, ptr %18, align 4, !tbaa !5
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [256 x ptr], ptr @main.t, i64 0, i64 %124
  %126 = load ptr, ptr %125, align 8, !tbaa !24
  store ptr %126, ptr %20, align 8, !tbaa !24
  br label %127

127:                                              ; preds = %160, %122
  %128 = load ptr, ptr %20, align 8, !tbaa !24
  %129 = icmp ne ptr %128, null
  br i1 %129, label %131, label %130

130:                                              ; preds = %127
  store i32 20, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #8
  br label %164

131:                                              ; preds = %127
  %132 = load i32, ptr %19, align 4, !tbaa !5
  %133 = add i32 %132, 1
  store i32 %133, ptr %19, align 4, !tbaa !5
  %134 = load ptr, ptr %20, align 8, !tbaa !24
  %135 = getelementptr inbounds nuw %struct.entry, ptr %134, i32 0, i32 1
  %136 = load i32, ptr %135, align 8, !tbaa !26
  %137 = load i32, ptr %16, align 4, !tbaa !5
  %138 = icmp ugt i32 %136, %137
  br i1 %138, label %152, label %139

139:                                              ; preds = %131
  %140 = load ptr, ptr %20, align 8, !tbaa !24
  %141 = getelementptr inbounds nuw %struct.entry, ptr %140, i32 0, i32 1
  %142 = load i32, ptr %141, align 8, !tbaa !26
  %143 = load i32, ptr %16, align 4, !tbaa !5
  %144 = icmp eq i32 %142, %143
  br i1 %144, label %145, label %159

145:                                              ; preds = %139
  %146 = load ptr, ptr %20, align 8, !tbaa !24
  %147 = getelementptr inbounds nuw %struct.entry, ptr %146, i32 0, i32 0
  %148 = getelementptr inbounds [16 x i8], ptr %147, i64 0, i64 0
  %149 = load ptr, ptr %17, align 8, !tbaa !9
  %150 = call i32 @strcmp(ptr noundef %148, ptr noundef %149) #11
  %151 = icmp slt i32 %150, 0
  br i1 %151, label %152, label %159

152:                                              ; preds = %145, %131
  %153 = load ptr, ptr %20, align 8, !tbaa !24
  %154 = getelementptr inbounds nuw %struct.entry, ptr %153, i32 0, i32 1
  %155 = load i32, ptr %154, align 8, !tbaa !26
  store i32 %155, ptr %16, align 4, !tbaa !5
  %156 = load ptr, ptr %20, align 8, !tbaa !24
  %157 = getelementptr inbounds nuw %struct.entry, ptr %156, i32 0, i32 0
  %158 = getelementptr inbounds [16 x i8], ptr %157, i64 0, i64 0
  store ptr %158, ptr %17, align 8, !tbaa !9
  br label %159

159:                                              ; preds = %152, %145, %139
  br label %160

160:                                              ; preds = %159
  %161 = load ptr, ptr %20, align 8, !tbaa !24
  %162 = getelementptr inbounds nuw %struct.entry, ptr %161, i32 0, i32 2
  %163 = load ptr, ptr %162, align 8, !tbaa !28
  store ptr %163, ptr %20, align 8, !tbaa !24
  br label %127, !llvm.loop !29

164:                                              ; preds = %130
  %165 = load i32, ptr %19, align 4, !tbaa !5
  %166 = icmp ne i32 %165, 0
  br i1 %166, label %167, label %170

167:                                              ; preds = %164
  %168 = load i32, ptr %15, align 4, !tbaa !5
  %169 = add i32 %168, 1
  store i32 %169, ptr %15, align 4, !tbaa !5
  br label %170

170:                                              ; preds = %167, %164
  %171 = load i32, ptr %19, align 4, !tbaa !5
  %172 = load i32, ptr %14, align 4, !tbaa !5
  %173 = icmp ugt i32 %171, %172
  br i1 %173, label %174, label %176

174:                                              ; preds = %170
  %175 = load i32, ptr %19, align 4, !tbaa !5
  store i32 %175, ptr %14, align 4, !tbaa !5
  br label %176

176:                                              ; preds = %174, %170
  call void @llvm.lifetime.end.p0(ptr %19) #8
  br label %177

177:                                              ; preds = %176
  %178 = load i32, ptr %18, align 4, !tbaa !5
  %179 = add nsw i32 %178, 1
  store i32 %179, ptr %18, align 4, !tbaa !5
  br label %118, !llvm.loop !30

180:                                              ; preds = %121
  %181 = load i64, ptr getelementptr inbounds nuw (%struct.table, ptr @main.t, i32 0, i32 2), align 8, !tbaa !31
  %182 = load i32, ptr %15, align 4, !tbaa !5
  %183 = load i32, ptr %14, align 4, !tbaa !5
  %184 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %181, i32 noundef %182, i32 noundef %183) #9
  %185 = load ptr, ptr %17, align 8, !tbaa !9
  %186 = load i32, ptr %16, align 4, !tbaa !5
  %187 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %185, i32 noundef %186) #9
  call void @table_free(ptr noundef @main.t) #9
  store i32 0, ptr %1, align 4
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #8
  call void @llvm.lifetime.end.p0(ptr %16) #8
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %14) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %188 = load i32, ptr %1, align 4
  ret i32 %188
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize
declare ptr @strcat(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @table_add(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !33
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = call i64 @strlen(ptr noundef %11) #11
  store i64 %12, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = load i64, ptr %5, align 8, !tbaa !12
  %15 = load ptr, ptr %3, align 8, !tbaa !33
  %16 = getelementptr inbounds nuw %struct.table, ptr %15, i32 0, i32 1
  %17 = getelementptr inbounds [16 x i8], ptr %16, i64 0, i64 0
  %18 = call i64 @siphash24(ptr noundef %13, i64 noundef %14, ptr noundef %17) #9
  store i64 %18, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %19 = load ptr, ptr %3, align 8, !tbaa !33
  %20 = getelementptr inbounds nuw %struct.table, ptr %19, i32 0, i32 0
  %21 = load i64, ptr %6, align 8, !tbaa !12
  %22 = and i64 %21, 255
  %23 = getelementptr inbounds nuw [256 x ptr], ptr %20, i64 0, i64 %22
  store ptr %23, ptr %7, align 8, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %24 = load ptr, ptr %7, align 8, !tbaa !35
  %25 = load ptr, ptr %24, align 8, !tbaa !24
  store ptr %25, ptr %8, align 8, !tbaa !24
  br label %26

26:                                               ; preds = %43, %2
  %27 = load ptr, ptr %8, align 8, !tbaa !24
  %28 = icmp ne ptr %27, null
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 2, ptr %9, align 4
  br label %47

30:                                               ; preds = %26
  %31 = load ptr, ptr %8, align 8, !tbaa !24
  %32 = getelementptr inbounds nuw %struct.entry, ptr %31, i32 0, i32 0
  %33 = getelementptr inbounds [16 x i8], ptr %32, i64 0, i64 0
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = call i32 @strcmp(ptr noundef %33, ptr noundef %34) #11
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %42

37:                                               ; preds = %30
  %38 = load ptr, ptr %8, align 8, !tbaa !24
  %39 = getelementptr inbounds nuw %struct.entry, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 8, !tbaa !26
  %41 = add i32 %40, 1
  store i32 %41, ptr %39, align 8, !tbaa !26
  store i32 1, ptr %9, align 4
  br label %47

42:                                               ; preds = %30
  br label %43

43:                                               ; preds = %42
  %44 = load ptr, ptr %8, align 8, !tbaa !24
  %45 = getelementptr inbounds nuw %struct.entry, ptr %44, i32 0, i32 2
  %46 = load ptr, ptr %45, align 8, !tbaa !28
  store ptr %46, ptr %8, align 8, !tbaa !24
  br label %26, !llvm.loop !38

47:                                               ; preds = %37, %29
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %48 = load i32, ptr %9, align 4
  switch i32 %48, label %73 [
    i32 2, label %49
  ]

49:                                               ; preds = %47
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %50 = call noalias ptr @malloc(i64 noundef 32) #12
  store ptr %50, ptr %10, align 8, !tbaa !24
  %51 = load ptr, ptr %10, align 8, !tbaa !24
  %52 = icmp ne ptr %51, null
  br i1 %52, label %54, label %53

53:                                               ; preds = %49
  call void @exit(i32 noundef 1) #13
  unreachable

54:                                               ; preds = %49
  %55 = load ptr, ptr %10, align 8, !tbaa !24
  %56 = getelementptr inbounds nuw %struct.entry, ptr %55, i32 0, i32 0
  %57 = getelementptr inbounds [16 x i8], ptr %56, i64 0, i64 0
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = load i64, ptr %5, align 8, !tbaa !12
  %60 = add i64 %59, 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %57, ptr align 1 %58, i64 %60, i1 false)
  %61 = load ptr, ptr %10, align 8, !tbaa !24
  %62 = getelementptr inbounds nuw %struct.entry, ptr %61, i32 0, i32 1
  store i32 1, ptr %62, align 8, !tbaa !26
  %63 = load ptr, ptr %7, align 8, !tbaa !35
  %64 = load ptr, ptr %63, align 8, !tbaa !24
  %65 = load ptr, ptr %10, align 8, !tbaa !24
  %66 = getelementptr inbounds nuw %struct.entry, ptr %65, i32 0, i32 2
  store ptr %64, ptr %66, align 8, !tbaa !28
  %67 = load ptr, ptr %10, align 8, !tbaa !24
  %68 = load ptr, ptr %7, align 8, !tbaa !35
  store ptr %67, ptr %68, align 8, !tbaa !24
  %69 = load ptr, ptr %3, align 8, !tbaa !33
  %70 = getelementptr inbounds nuw %struct.table, ptr %69, i32 0, i32 2
  %71 = load i64, ptr %70, align 8, !tbaa !31
  %72 = add i64 %71, 1
  store i64 %72, ptr %70, align 8, !tbaa !31
  call void @llvm.lifetime.end.p0(ptr %10) #8
  store i32 0, ptr %9, align 4
  br label %73

73:                                               ; preds = %54, %47
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  %74 = load i32, ptr %9, align 4
  switch i32 %74, label %76 [
    i32 0, label %75
    i32 1, label %75
  ]

75:                                               ; preds = %73, %73
  ret void

76:                                               ; preds = %73
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal void @table_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %32, %1
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 256
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #8
  br label %35

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %11 = load ptr, ptr %2, align 8, !tbaa !33
  %12 = getelementptr inbounds nuw %struct.table, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [256 x ptr], ptr %12, i64 0, i64 %14
  %16 = load ptr, ptr %15, align 8, !tbaa !24
  store ptr %16, ptr %4, align 8, !tbaa !24
  br label %17

17:                                               ; preds = %20, %10
  %18 = load ptr, ptr %4, align 8, !tbaa !24
  %19 = icmp ne ptr %18, null
  br i1 %19, label %20, label %26

20:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %21 = load ptr, ptr %4, align 8, !tbaa !24
  %22 = getelementptr inbounds nuw %struct.entry, ptr %21, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8, !tbaa !28
  store ptr %23, ptr %5, align 8, !tbaa !24
  %24 = load ptr, ptr %4, align 8, !tbaa !24
  call void @free(ptr noundef %24) #10
  %25 = load ptr, ptr %5, align 8, !tbaa !24
  store ptr %25, ptr %4, align 8, !tbaa !24
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %17, !llvm.loop !39

26:                                               ; preds = %17
  %27 = load ptr, ptr %2, align 8, !tbaa !33
  %28 = getelementptr inbounds nuw %struct.table, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [256 x ptr], ptr %28, i64 0, i64 %30
  store ptr null, ptr %31, align 8, !tbaa !24
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %32

32:                                               ; preds = %26
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %3, align 4, !tbaa !5
  br label %6, !llvm.loop !40

35:                                               ; preds = %9
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: minsize noreturn nounwind optsize
declare void @exit(i32 noundef) #7

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize }
attributes #11 = { minsize nounwind optsize willreturn memory(read) }
attributes #12 = { minsize nounwind optsize allocsize(0) }
attributes #13 = { minsize noreturn nounwind optsize }

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
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = distinct !{!22, !15}
!23 = distinct !{!23, !15}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 _ZTS5entry", !11, i64 0}
!26 = !{!27, !6, i64 16}
!27 = !{!"entry", !7, i64 0, !6, i64 16, !25, i64 24}
!28 = !{!27, !25, i64 24}
!29 = distinct !{!29, !15}
!30 = distinct !{!30, !15}
!31 = !{!32, !13, i64 2064}
!32 = !{!"table", !7, i64 0, !7, i64 2048, !13, i64 2064}
!33 = !{!34, !34, i64 0}
!34 = !{!"p1 _ZTS5table", !11, i64 0}
!35 = !{!36, !36, i64 0}
!36 = !{!"p2 _ZTS5entry", !37, i64 0}
!37 = !{!"any p2 pointer", !11, i64 0}
!38 = distinct !{!38, !15}
!39 = distinct !{!39, !15}
!40 = distinct !{!40, !15}
