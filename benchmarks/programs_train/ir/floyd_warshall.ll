; ModuleID = 'floyd_warshall.c'
source_filename = "floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@reach = internal global [128 x [2 x i64]] zeroinitializer, align 16
@dist = internal global [128 x [128 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [60 x i8] c"vertices=%d reachable_pairs=%d closure_bits=%d mismatch=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [44 x i8] c"sum_of_distances=%lld diameter=%d (%d->%d)\0A\00", align 1
@.str.2 = private unnamed_addr constant [23 x i8] c"total hops printed=%d\0A\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"triangle violations=%d\0A\00", align 1
@nxt = internal global [128 x [128 x i16]] zeroinitializer, align 16
@rng_state = internal global i64 2611923443488327891, align 8
@.str.4 = private unnamed_addr constant [25 x i8] c"  %d -> %d: unreachable\0A\00", align 1
@.str.5 = private unnamed_addr constant [22 x i8] c"  %d -> %d (dist %d):\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c" %d\0A\00", align 1

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
  %20 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @build() #4
  call void @floyd_warshall() #4
  call void @warshall_closure() #4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i64 0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %108, %0
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = icmp slt i32 %22, 128
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %111

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %104, %25
  %27 = load i32, ptr %10, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 128
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %107

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %32
  %34 = load i32, ptr %10, align 4, !tbaa !5
  %35 = sdiv i32 %34, 64
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [2 x i64], ptr %33, i64 0, i64 %36
  %38 = load i64, ptr %37, align 8, !tbaa !11
  %39 = load i32, ptr %10, align 4, !tbaa !5
  %40 = srem i32 %39, 64
  %41 = zext i32 %40 to i64
  %42 = lshr i64 %38, %41
  %43 = and i64 %42, 1
  %44 = trunc i64 %43 to i32
  store i32 %44, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %46
  %48 = load i32, ptr %10, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [128 x i32], ptr %47, i64 0, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = icmp ne i32 %51, 1073741823
  %53 = zext i1 %52 to i32
  store i32 %53, ptr %12, align 4, !tbaa !5
  %54 = load i32, ptr %11, align 4, !tbaa !5
  %55 = load i32, ptr %12, align 4, !tbaa !5
  %56 = icmp ne i32 %54, %55
  br i1 %56, label %57, label %60

57:                                               ; preds = %30
  %58 = load i32, ptr %7, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %7, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %57, %30
  %61 = load i32, ptr %12, align 4, !tbaa !5
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %67

63:                                               ; preds = %60
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = icmp eq i32 %64, %65
  br i1 %66, label %67, label %68

67:                                               ; preds = %63, %60
  store i32 7, ptr %9, align 4
  br label %101

68:                                               ; preds = %63
  %69 = load i32, ptr %3, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %3, align 4, !tbaa !5
  %71 = load i32, ptr %8, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %72
  %74 = load i32, ptr %10, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [128 x i32], ptr %73, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = load i64, ptr %2, align 8, !tbaa !9
  %80 = add nsw i64 %79, %78
  store i64 %80, ptr %2, align 8, !tbaa !9
  %81 = load i32, ptr %8, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %82
  %84 = load i32, ptr %10, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [128 x i32], ptr %83, i64 0, i64 %85
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = load i32, ptr %4, align 4, !tbaa !5
  %89 = icmp sgt i32 %87, %88
  br i1 %89, label %90, label %100

90:                                               ; preds = %68
  %91 = load i32, ptr %8, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %92
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [128 x i32], ptr %93, i64 0, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !5
  store i32 %97, ptr %4, align 4, !tbaa !5
  %98 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %98, ptr %5, align 4, !tbaa !5
  %99 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %99, ptr %6, align 4, !tbaa !5
  br label %100

100:                                              ; preds = %90, %68
  store i32 0, ptr %9, align 4
  br label %101

101:                                              ; preds = %100, %67
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %102 = load i32, ptr %9, align 4
  switch i32 %102, label %235 [
    i32 0, label %103
    i32 7, label %104
  ]

103:                                              ; preds = %101
  br label %104

104:                                              ; preds = %103, %101
  %105 = load i32, ptr %10, align 4, !tbaa !5
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %10, align 4, !tbaa !5
  br label %26, !llvm.loop !13

107:                                              ; preds = %29
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %8, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %8, align 4, !tbaa !5
  br label %21, !llvm.loop !15

111:                                              ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %136, %111
  %113 = load i32, ptr %14, align 4, !tbaa !5
  %114 = icmp slt i32 %113, 128
  br i1 %114, label %116, label %115

115:                                              ; preds = %112
  store i32 8, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %139

116:                                              ; preds = %112
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %117

117:                                              ; preds = %132, %116
  %118 = load i32, ptr %15, align 4, !tbaa !5
  %119 = icmp slt i32 %118, 2
  br i1 %119, label %121, label %120

120:                                              ; preds = %117
  store i32 11, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %135

121:                                              ; preds = %117
  %122 = load i32, ptr %14, align 4, !tbaa !5
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %123
  %125 = load i32, ptr %15, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [2 x i64], ptr %124, i64 0, i64 %126
  %128 = load i64, ptr %127, align 8, !tbaa !11
  %129 = call i32 @popcount64(i64 noundef %128) #4
  %130 = load i32, ptr %13, align 4, !tbaa !5
  %131 = add nsw i32 %130, %129
  store i32 %131, ptr %13, align 4, !tbaa !5
  br label %132

132:                                              ; preds = %121
  %133 = load i32, ptr %15, align 4, !tbaa !5
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %15, align 4, !tbaa !5
  br label %117, !llvm.loop !16

135:                                              ; preds = %120
  br label %136

136:                                              ; preds = %135
  %137 = load i32, ptr %14, align 4, !tbaa !5
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %14, align 4, !tbaa !5
  br label %112, !llvm.loop !17

139:                                              ; preds = %115
  %140 = load i32, ptr %3, align 4, !tbaa !5
  %141 = load i32, ptr %13, align 4, !tbaa !5
  %142 = load i32, ptr %7, align 4, !tbaa !5
  %143 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 128, i32 noundef %140, i32 noundef %141, i32 noundef %142) #4
  %144 = load i64, ptr %2, align 8, !tbaa !9
  %145 = load i32, ptr %4, align 4, !tbaa !5
  %146 = load i32, ptr %5, align 4, !tbaa !5
  %147 = load i32, ptr %6, align 4, !tbaa !5
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %144, i32 noundef %145, i32 noundef %146, i32 noundef %147) #4
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %149 = load i32, ptr %5, align 4, !tbaa !5
  %150 = load i32, ptr %6, align 4, !tbaa !5
  %151 = call i32 @print_path(i32 noundef %149, i32 noundef %150) #4
  store i32 %151, ptr %16, align 4, !tbaa !5
  %152 = call i32 @print_path(i32 noundef 0, i32 noundef 127) #4
  %153 = load i32, ptr %16, align 4, !tbaa !5
  %154 = add nsw i32 %153, %152
  store i32 %154, ptr %16, align 4, !tbaa !5
  %155 = call i32 @print_path(i32 noundef 64, i32 noundef 3) #4
  %156 = load i32, ptr %16, align 4, !tbaa !5
  %157 = add nsw i32 %156, %155
  store i32 %157, ptr %16, align 4, !tbaa !5
  %158 = load i32, ptr %16, align 4, !tbaa !5
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %158) #4
  call void @llvm.lifetime.start.p0(ptr %17) #5
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %160

160:                                              ; preds = %228, %139
  %161 = load i32, ptr %18, align 4, !tbaa !5
  %162 = icmp slt i32 %161, 128
  br i1 %162, label %164, label %163

163:                                              ; preds = %160
  store i32 14, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %231

164:                                              ; preds = %160
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %224, %164
  %166 = load i32, ptr %19, align 4, !tbaa !5
  %167 = icmp slt i32 %166, 128
  br i1 %167, label %169, label %168

168:                                              ; preds = %165
  store i32 17, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %227

169:                                              ; preds = %165
  call void @llvm.lifetime.start.p0(ptr %20) #5
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %170

170:                                              ; preds = %220, %169
  %171 = load i32, ptr %20, align 4, !tbaa !5
  %172 = icmp slt i32 %171, 128
  br i1 %172, label %174, label %173

173:                                              ; preds = %170
  store i32 20, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #5
  br label %223

174:                                              ; preds = %170
  %175 = load i32, ptr %18, align 4, !tbaa !5
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %176
  %178 = load i32, ptr %20, align 4, !tbaa !5
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [128 x i32], ptr %177, i64 0, i64 %179
  %181 = load i32, ptr %180, align 4, !tbaa !5
  %182 = icmp ne i32 %181, 1073741823
  br i1 %182, label %183, label %219

183:                                              ; preds = %174
  %184 = load i32, ptr %20, align 4, !tbaa !5
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %185
  %187 = load i32, ptr %19, align 4, !tbaa !5
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [128 x i32], ptr %186, i64 0, i64 %188
  %190 = load i32, ptr %189, align 4, !tbaa !5
  %191 = icmp ne i32 %190, 1073741823
  br i1 %191, label %192, label %219

192:                                              ; preds = %183
  %193 = load i32, ptr %18, align 4, !tbaa !5
  %194 = sext i32 %193 to i64
  %195 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %194
  %196 = load i32, ptr %19, align 4, !tbaa !5
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [128 x i32], ptr %195, i64 0, i64 %197
  %199 = load i32, ptr %198, align 4, !tbaa !5
  %200 = load i32, ptr %18, align 4, !tbaa !5
  %201 = sext i32 %200 to i64
  %202 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %201
  %203 = load i32, ptr %20, align 4, !tbaa !5
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds [128 x i32], ptr %202, i64 0, i64 %204
  %206 = load i32, ptr %205, align 4, !tbaa !5
  %207 = load i32, ptr %20, align 4, !tbaa !5
  %208 = sext i32 %207 to i64
  %209 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %208
  %210 = load i32, ptr %19, align 4, !tbaa !5
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds [128 x i32], ptr %209, i64 0, i64 %211
  %213 = load i32, ptr %212, align 4, !tbaa !5
  %214 = add nsw i32 %206, %213
  %215 = icmp sgt i32 %199, %214
  br i1 %215, label %216, label %219

216:                                              ; preds = %192
  %217 = load i32, ptr %17, align 4, !tbaa !5
  %218 = add nsw i32 %217, 1
  store i32 %218, ptr %17, align 4, !tbaa !5
  br label %219

219:                                              ; preds = %216, %192, %183, %174
  br label %220

220:                                              ; preds = %219
  %221 = load i32, ptr %20, align 4, !tbaa !5
  %222 = add nsw i32 %221, 1
  store i32 %222, ptr %20, align 4, !tbaa !5
  br label %170, !llvm.loop !18

223:                                              ; preds = %173
  br label %224

224:                                              ; preds = %223
  %225 = load i32, ptr %19, align 4, !tbaa !5
  %226 = add nsw i32 %225, 5
  store i32 %226, ptr %19, align 4, !tbaa !5
  br label %165, !llvm.loop !19

227:                                              ; preds = %168
  br label %228

228:                                              ; preds = %227
  %229 = load i32, ptr %18, align 4, !tbaa !5
  %230 = add nsw i32 %229, 7
  store i32 %230, ptr %18, align 4, !tbaa !5
  br label %160, !llvm.loop !20

231:                                              ; preds = %163
  %232 = load i32, ptr %17, align 4, !tbaa !5
  %233 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %232) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %234 = load i32, ptr %1, align 4
  ret i32 %234

235:                                              ; preds = %101
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @build() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #5
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %66, %0
  %10 = load i32, ptr %1, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 128
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #5
  br label %69

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %45, %13
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 128
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %48

18:                                               ; preds = %14
  %19 = load i32, ptr %1, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = icmp eq i32 %19, %20
  %22 = zext i1 %21 to i64
  %23 = select i1 %21, i32 0, i32 1073741823
  %24 = load i32, ptr %1, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %25
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [128 x i32], ptr %26, i64 0, i64 %28
  store i32 %23, ptr %29, align 4, !tbaa !5
  %30 = load i32, ptr %1, align 4, !tbaa !5
  %31 = load i32, ptr %3, align 4, !tbaa !5
  %32 = icmp eq i32 %30, %31
  br i1 %32, label %33, label %35

33:                                               ; preds = %18
  %34 = load i32, ptr %1, align 4, !tbaa !5
  br label %36

35:                                               ; preds = %18
  br label %36

36:                                               ; preds = %35, %33
  %37 = phi i32 [ %34, %33 ], [ -1, %35 ]
  %38 = trunc i32 %37 to i16
  %39 = load i32, ptr %1, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [128 x [128 x i16]], ptr @nxt, i64 0, i64 %40
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [128 x i16], ptr %41, i64 0, i64 %43
  store i16 %38, ptr %44, align 2, !tbaa !21
  br label %45

45:                                               ; preds = %36
  %46 = load i32, ptr %3, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %3, align 4, !tbaa !5
  br label %14, !llvm.loop !23

48:                                               ; preds = %17
  %49 = load i32, ptr %1, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %50
  %52 = getelementptr inbounds [2 x i64], ptr %51, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %52, i8 0, i64 16, i1 false)
  %53 = load i32, ptr %1, align 4, !tbaa !5
  %54 = srem i32 %53, 64
  %55 = zext i32 %54 to i64
  %56 = shl i64 1, %55
  %57 = load i32, ptr %1, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %58
  %60 = load i32, ptr %1, align 4, !tbaa !5
  %61 = sdiv i32 %60, 64
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [2 x i64], ptr %59, i64 0, i64 %62
  %64 = load i64, ptr %63, align 8, !tbaa !11
  %65 = or i64 %64, %56
  store i64 %65, ptr %63, align 8, !tbaa !11
  br label %66

66:                                               ; preds = %48
  %67 = load i32, ptr %1, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %1, align 4, !tbaa !5
  br label %9, !llvm.loop !24

69:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %70

70:                                               ; preds = %152, %69
  %71 = load i32, ptr %4, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 128
  br i1 %72, label %74, label %73

73:                                               ; preds = %70
  store i32 8, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %155

74:                                               ; preds = %70
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %75 = call i32 @rand32() #4
  %76 = urem i32 %75, 3
  %77 = add nsw i32 1, %76
  store i32 %77, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %148, %74
  %79 = load i32, ptr %6, align 4, !tbaa !5
  %80 = load i32, ptr %5, align 4, !tbaa !5
  %81 = icmp slt i32 %79, %80
  br i1 %81, label %83, label %82

82:                                               ; preds = %78
  store i32 11, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %151

83:                                               ; preds = %78
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %84 = call i32 @rand32() #4
  %85 = urem i32 %84, 8
  %86 = icmp eq i32 %85, 0
  br i1 %86, label %87, label %90

87:                                               ; preds = %83
  %88 = call i32 @rand32() #4
  %89 = urem i32 %88, 128
  store i32 %89, ptr %7, align 4, !tbaa !5
  br label %97

90:                                               ; preds = %83
  %91 = load i32, ptr %4, align 4, !tbaa !5
  %92 = add nsw i32 %91, 1
  %93 = call i32 @rand32() #4
  %94 = urem i32 %93, 5
  %95 = add nsw i32 %92, %94
  %96 = srem i32 %95, 128
  store i32 %96, ptr %7, align 4, !tbaa !5
  br label %97

97:                                               ; preds = %90, %87
  %98 = load i32, ptr %7, align 4, !tbaa !5
  %99 = load i32, ptr %4, align 4, !tbaa !5
  %100 = icmp eq i32 %98, %99
  br i1 %100, label %101, label %102

101:                                              ; preds = %97
  store i32 13, ptr %2, align 4
  br label %145

102:                                              ; preds = %97
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %103 = call i32 @rand32() #4
  %104 = urem i32 %103, 50
  %105 = add nsw i32 1, %104
  store i32 %105, ptr %8, align 4, !tbaa !5
  %106 = load i32, ptr %8, align 4, !tbaa !5
  %107 = load i32, ptr %4, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %108
  %110 = load i32, ptr %7, align 4, !tbaa !5
  %111 = sext i32 %110 to i64
  %112 = getelementptr inbounds [128 x i32], ptr %109, i64 0, i64 %111
  %113 = load i32, ptr %112, align 4, !tbaa !5
  %114 = icmp slt i32 %106, %113
  br i1 %114, label %115, label %131

115:                                              ; preds = %102
  %116 = load i32, ptr %8, align 4, !tbaa !5
  %117 = load i32, ptr %4, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %118
  %120 = load i32, ptr %7, align 4, !tbaa !5
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [128 x i32], ptr %119, i64 0, i64 %121
  store i32 %116, ptr %122, align 4, !tbaa !5
  %123 = load i32, ptr %7, align 4, !tbaa !5
  %124 = trunc i32 %123 to i16
  %125 = load i32, ptr %4, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [128 x [128 x i16]], ptr @nxt, i64 0, i64 %126
  %128 = load i32, ptr %7, align 4, !tbaa !5
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [128 x i16], ptr %127, i64 0, i64 %129
  store i16 %124, ptr %130, align 2, !tbaa !21
  br label %131

131:                                              ; preds = %115, %102
  %132 = load i32, ptr %7, align 4, !tbaa !5
  %133 = srem i32 %132, 64
  %134 = zext i32 %133 to i64
  %135 = shl i64 1, %134
  %136 = load i32, ptr %4, align 4, !tbaa !5
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %137
  %139 = load i32, ptr %7, align 4, !tbaa !5
  %140 = sdiv i32 %139, 64
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [2 x i64], ptr %138, i64 0, i64 %141
  %143 = load i64, ptr %142, align 8, !tbaa !11
  %144 = or i64 %143, %135
  store i64 %144, ptr %142, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %8) #5
  store i32 0, ptr %2, align 4
  br label %145

145:                                              ; preds = %131, %101
  call void @llvm.lifetime.end.p0(ptr %7) #5
  %146 = load i32, ptr %2, align 4
  switch i32 %146, label %156 [
    i32 0, label %147
    i32 13, label %148
  ]

147:                                              ; preds = %145
  br label %148

148:                                              ; preds = %147, %145
  %149 = load i32, ptr %6, align 4, !tbaa !5
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %6, align 4, !tbaa !5
  br label %78, !llvm.loop !25

151:                                              ; preds = %82
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %152

152:                                              ; preds = %151
  %153 = load i32, ptr %4, align 4, !tbaa !5
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %4, align 4, !tbaa !5
  br label %70, !llvm.loop !26

155:                                              ; preds = %73
  ret void

156:                                              ; preds = %145
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @floyd_warshall() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #5
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %96, %0
  %10 = load i32, ptr %1, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 128
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #5
  br label %99

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %92, %13
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 128
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %95

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %20
  %22 = load i32, ptr %1, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [128 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  store i32 %25, ptr %4, align 4, !tbaa !5
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 1073741823
  br i1 %27, label %28, label %29

28:                                               ; preds = %18
  store i32 7, ptr %2, align 4
  br label %89

29:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %31
  %33 = getelementptr inbounds [128 x i32], ptr %32, i64 0, i64 0
  store ptr %33, ptr %5, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %34 = load i32, ptr %1, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %35
  %37 = getelementptr inbounds [128 x i32], ptr %36, i64 0, i64 0
  store ptr %37, ptr %6, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %85, %29
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = icmp slt i32 %39, 128
  br i1 %40, label %42, label %41

41:                                               ; preds = %38
  store i32 8, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %88

42:                                               ; preds = %38
  %43 = load ptr, ptr %6, align 8, !tbaa !27
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i32, ptr %43, i64 %45
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = icmp eq i32 %47, 1073741823
  br i1 %48, label %49, label %50

49:                                               ; preds = %42
  br label %85

50:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %51 = load i32, ptr %4, align 4, !tbaa !5
  %52 = load ptr, ptr %6, align 8, !tbaa !27
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %52, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = add nsw i32 %51, %56
  store i32 %57, ptr %8, align 4, !tbaa !5
  %58 = load i32, ptr %8, align 4, !tbaa !5
  %59 = load ptr, ptr %5, align 8, !tbaa !27
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i32, ptr %59, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = icmp slt i32 %58, %63
  br i1 %64, label %65, label %84

65:                                               ; preds = %50
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = load ptr, ptr %5, align 8, !tbaa !27
  %68 = load i32, ptr %7, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds i32, ptr %67, i64 %69
  store i32 %66, ptr %70, align 4, !tbaa !5
  %71 = load i32, ptr %3, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [128 x [128 x i16]], ptr @nxt, i64 0, i64 %72
  %74 = load i32, ptr %1, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [128 x i16], ptr %73, i64 0, i64 %75
  %77 = load i16, ptr %76, align 2, !tbaa !21
  %78 = load i32, ptr %3, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [128 x [128 x i16]], ptr @nxt, i64 0, i64 %79
  %81 = load i32, ptr %7, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [128 x i16], ptr %80, i64 0, i64 %82
  store i16 %77, ptr %83, align 2, !tbaa !21
  br label %84

84:                                               ; preds = %65, %50
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %85

85:                                               ; preds = %84, %49
  %86 = load i32, ptr %7, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %7, align 4, !tbaa !5
  br label %38, !llvm.loop !30

88:                                               ; preds = %41
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  store i32 0, ptr %2, align 4
  br label %89

89:                                               ; preds = %88, %28
  call void @llvm.lifetime.end.p0(ptr %4) #5
  %90 = load i32, ptr %2, align 4
  switch i32 %90, label %100 [
    i32 0, label %91
    i32 7, label %92
  ]

91:                                               ; preds = %89
  br label %92

92:                                               ; preds = %91, %89
  %93 = load i32, ptr %3, align 4, !tbaa !5
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %3, align 4, !tbaa !5
  br label %14, !llvm.loop !31

95:                                               ; preds = %17
  br label %96

96:                                               ; preds = %95
  %97 = load i32, ptr %1, align 4, !tbaa !5
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %1, align 4, !tbaa !5
  br label %9, !llvm.loop !32

99:                                               ; preds = %12
  ret void

100:                                              ; preds = %89
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @warshall_closure() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #5
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %59, %0
  %6 = load i32, ptr %1, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 128
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #5
  br label %62

9:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %55, %9
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 128
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %58

14:                                               ; preds = %10
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %16
  %18 = load i32, ptr %1, align 4, !tbaa !5
  %19 = sdiv i32 %18, 64
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [2 x i64], ptr %17, i64 0, i64 %20
  %22 = load i64, ptr %21, align 8, !tbaa !11
  %23 = load i32, ptr %1, align 4, !tbaa !5
  %24 = srem i32 %23, 64
  %25 = zext i32 %24 to i64
  %26 = lshr i64 %22, %25
  %27 = and i64 %26, 1
  %28 = icmp ne i64 %27, 0
  br i1 %28, label %29, label %54

29:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %50, %29
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = icmp slt i32 %31, 2
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  store i32 8, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %53

34:                                               ; preds = %30
  %35 = load i32, ptr %1, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %36
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [2 x i64], ptr %37, i64 0, i64 %39
  %41 = load i64, ptr %40, align 8, !tbaa !11
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [128 x [2 x i64]], ptr @reach, i64 0, i64 %43
  %45 = load i32, ptr %4, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [2 x i64], ptr %44, i64 0, i64 %46
  %48 = load i64, ptr %47, align 8, !tbaa !11
  %49 = or i64 %48, %41
  store i64 %49, ptr %47, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %34
  %51 = load i32, ptr %4, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %4, align 4, !tbaa !5
  br label %30, !llvm.loop !33

53:                                               ; preds = %33
  br label %54

54:                                               ; preds = %53, %14
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %3, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %3, align 4, !tbaa !5
  br label %10, !llvm.loop !34

58:                                               ; preds = %13
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %1, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %1, align 4, !tbaa !5
  br label %5, !llvm.loop !35

62:                                               ; preds = %8
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @popcount64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  store i64 %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i64, ptr %2, align 8, !tbaa !11
  %6 = icmp ne i64 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i64, ptr %2, align 8, !tbaa !11
  %9 = sub i64 %8, 1
  %10 = load i64, ptr %2, align 8, !tbaa !11
  %11 = and i64 %10, %9
  store i64 %11, ptr %2, align 8, !tbaa !11
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !36

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %15
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @print_path(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [128 x [128 x i16]], ptr @nxt, i64 0, i64 %10
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [128 x i16], ptr %11, i64 0, i64 %13
  %15 = load i16, ptr %14, align 2, !tbaa !21
  %16 = sext i16 %15 to i32
  %17 = icmp slt i32 %16, 0
  br i1 %17, label %18, label %22

18:                                               ; preds = %2
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %19, i32 noundef %20) #4
  store i32 0, ptr %3, align 4
  br label %56

22:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %23 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %23, ptr %7, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [128 x [128 x i32]], ptr @dist, i64 0, i64 %27
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [128 x i32], ptr %28, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %24, i32 noundef %25, i32 noundef %32) #4
  br label %34

34:                                               ; preds = %38, %22
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = icmp ne i32 %35, %36
  br i1 %37, label %38, label %52

38:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [128 x [128 x i16]], ptr @nxt, i64 0, i64 %40
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [128 x i16], ptr %41, i64 0, i64 %43
  %45 = load i16, ptr %44, align 2, !tbaa !21
  %46 = sext i16 %45 to i32
  store i32 %46, ptr %8, align 4, !tbaa !5
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %47) #4
  %49 = load i32, ptr %6, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %6, align 4, !tbaa !5
  %51 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %51, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %34, !llvm.loop !37

52:                                               ; preds = %34
  %53 = load i32, ptr %5, align 4, !tbaa !5
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %53) #4
  %55 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %55, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %56

56:                                               ; preds = %52, %18
  %57 = load i32, ptr %3, align 4
  ret i32 %57
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rand32() #0 {
  %1 = load i64, ptr @rng_state, align 8, !tbaa !11
  %2 = lshr i64 %1, 12
  %3 = load i64, ptr @rng_state, align 8, !tbaa !11
  %4 = xor i64 %3, %2
  store i64 %4, ptr @rng_state, align 8, !tbaa !11
  %5 = load i64, ptr @rng_state, align 8, !tbaa !11
  %6 = shl i64 %5, 25
  %7 = load i64, ptr @rng_state, align 8, !tbaa !11
  %8 = xor i64 %7, %6
  store i64 %8, ptr @rng_state, align 8, !tbaa !11
  %9 = load i64, ptr @rng_state, align 8, !tbaa !11
  %10 = lshr i64 %9, 27
  %11 = load i64, ptr @rng_state, align 8, !tbaa !11
  %12 = xor i64 %11, %10
  store i64 %12, ptr @rng_state, align 8, !tbaa !11
  %13 = load i64, ptr @rng_state, align 8, !tbaa !11
  %14 = mul i64 %13, 2685821657736338717
  %15 = lshr i64 %14, 32
  %16 = trunc i64 %15 to i32
  ret i32 %16
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize optsize }
attributes #5 = { nounwind }

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
!10 = !{!"long long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = !{!22, !22, i64 0}
!22 = !{!"short", !7, i64 0}
!23 = distinct !{!23, !14}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 int", !29, i64 0}
!29 = !{!"any pointer", !7, i64 0}
!30 = distinct !{!30, !14}
!31 = distinct !{!31, !14}
!32 = distinct !{!32, !14}
!33 = distinct !{!33, !14}
!34 = distinct !{!34, !14}
!35 = distinct !{!35, !14}
!36 = distinct !{!36, !14}
!37 = distinct !{!37, !14}
