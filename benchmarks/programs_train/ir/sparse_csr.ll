; ModuleID = 'sparse_csr.c'
source_filename = "sparse_csr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Triplet = type { i32, i32, i32 }
%struct.CSR = type { i32, i32, i32, ptr, ptr, ptr }

@main.trip = internal global [3200 x %struct.Triplet] zeroinitializer, align 16
@main.x = internal global [400 x i32] zeroinitializer, align 16
@main.y = internal global [400 x i32] zeroinitializer, align 16
@main.z = internal global [400 x i32] zeroinitializer, align 16
@main.b = internal global [400 x i32] zeroinitializer, align 16
@main.xs = internal global [400 x i32] zeroinitializer, align 16
@main.xn = internal global [400 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [19 x i8] c"allocation failed\0A\00", align 1
@.str.1 = private unnamed_addr constant [20 x i8] c"triplets=%d nnz=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [30 x i8] c"sum(Ax)=%lld sum(A^T x)=%lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [56 x i8] c"jacobi iterations=%d last change=%lld total error=%lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"fp_mul(1.5, -2.25)=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @spmv(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  store ptr %2, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %73, %3
  %12 = load i32, ptr %7, align 4, !tbaa !5
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.CSR, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %14, align 8, !tbaa !13
  %16 = icmp slt i32 %12, %15
  br i1 %16, label %18, label %17

17:                                               ; preds = %11
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %76

18:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.CSR, ptr %19, i32 0, i32 3
  %21 = load ptr, ptr %20, align 8, !tbaa !17
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i32, ptr %21, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  store i32 %25, ptr %10, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %62, %18
  %27 = load i32, ptr %10, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.CSR, ptr %28, i32 0, i32 3
  %30 = load ptr, ptr %29, align 8, !tbaa !17
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i32, ptr %30, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = icmp slt i32 %27, %35
  br i1 %36, label %38, label %37

37:                                               ; preds = %26
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %65

38:                                               ; preds = %26
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.CSR, ptr %39, i32 0, i32 5
  %41 = load ptr, ptr %40, align 8, !tbaa !18
  %42 = load i32, ptr %10, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %41, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = load ptr, ptr %5, align 8, !tbaa !11
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.CSR, ptr %48, i32 0, i32 4
  %50 = load ptr, ptr %49, align 8, !tbaa !19
  %51 = load i32, ptr %10, align 4, !tbaa !5
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds i32, ptr %50, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i32, ptr %47, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = mul nsw i64 %46, %58
  %60 = load i64, ptr %9, align 8, !tbaa !15
  %61 = add nsw i64 %60, %59
  store i64 %61, ptr %9, align 8, !tbaa !15
  br label %62

62:                                               ; preds = %38
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %10, align 4, !tbaa !5
  br label %26, !llvm.loop !20

65:                                               ; preds = %37
  %66 = load i64, ptr %9, align 8, !tbaa !15
  %67 = sdiv i64 %66, 65536
  %68 = trunc i64 %67 to i32
  %69 = load ptr, ptr %6, align 8, !tbaa !11
  %70 = load i32, ptr %7, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i32, ptr %69, i64 %71
  store i32 %68, ptr %72, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %73

73:                                               ; preds = %65
  %74 = load i32, ptr %7, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %7, align 4, !tbaa !5
  br label %11, !llvm.loop !22

76:                                               ; preds = %17
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.CSR, align 8
  %3 = alloca %struct.CSR, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca %struct.Triplet, align 4
  %12 = alloca i32, align 4
  %13 = alloca %struct.Triplet, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.lifetime.start.p0(ptr %3) #7
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 7, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !15
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %64, %0
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 400
  br i1 %18, label %19, label %67

19:                                               ; preds = %16
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %5, align 4, !tbaa !5
  %22 = sext i32 %20 to i64
  %23 = getelementptr inbounds [3200 x %struct.Triplet], ptr @main.trip, i64 0, i64 %22
  %24 = getelementptr inbounds nuw %struct.Triplet, ptr %11, i32 0, i32 0
  %25 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %25, ptr %24, align 4, !tbaa !23
  %26 = getelementptr inbounds nuw %struct.Triplet, ptr %11, i32 0, i32 1
  %27 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %27, ptr %26, align 4, !tbaa !25
  %28 = getelementptr inbounds nuw %struct.Triplet, ptr %11, i32 0, i32 2
  store i32 524288, ptr %28, align 4, !tbaa !26
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %23, ptr align 4 %11, i64 12, i1 false), !tbaa.struct !27
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %60, %19
  %30 = load i32, ptr %12, align 4, !tbaa !5
  %31 = icmp slt i32 %30, 6
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %63

33:                                               ; preds = %29
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = shl i32 %34, 13
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = xor i32 %36, %35
  store i32 %37, ptr %4, align 4, !tbaa !5
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = lshr i32 %38, 17
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = xor i32 %40, %39
  store i32 %41, ptr %4, align 4, !tbaa !5
  %42 = load i32, ptr %4, align 4, !tbaa !5
  %43 = shl i32 %42, 5
  %44 = load i32, ptr %4, align 4, !tbaa !5
  %45 = xor i32 %44, %43
  store i32 %45, ptr %4, align 4, !tbaa !5
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %5, align 4, !tbaa !5
  %48 = sext i32 %46 to i64
  %49 = getelementptr inbounds [3200 x %struct.Triplet], ptr @main.trip, i64 0, i64 %48
  %50 = getelementptr inbounds nuw %struct.Triplet, ptr %13, i32 0, i32 0
  %51 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %51, ptr %50, align 4, !tbaa !23
  %52 = getelementptr inbounds nuw %struct.Triplet, ptr %13, i32 0, i32 1
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = urem i32 %53, 400
  store i32 %54, ptr %52, align 4, !tbaa !25
  %55 = getelementptr inbounds nuw %struct.Triplet, ptr %13, i32 0, i32 2
  %56 = load i32, ptr %4, align 4, !tbaa !5
  %57 = lshr i32 %56, 16
  %58 = and i32 %57, 65535
  %59 = sub nsw i32 %58, 32768
  store i32 %59, ptr %55, align 4, !tbaa !26
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %49, ptr align 4 %13, i64 12, i1 false), !tbaa.struct !27
  br label %60

60:                                               ; preds = %33
  %61 = load i32, ptr %12, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %12, align 4, !tbaa !5
  br label %29, !llvm.loop !28

63:                                               ; preds = %32
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %6, align 4, !tbaa !5
  br label %16, !llvm.loop !29

67:                                               ; preds = %16
  %68 = load i32, ptr %5, align 4, !tbaa !5
  %69 = call i32 @csr_from_coo(ptr noundef %2, i32 noundef 400, i32 noundef 400, ptr noundef @main.trip, i32 noundef %68) #8
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %71, label %74

71:                                               ; preds = %67
  %72 = call i32 @csr_transpose(ptr noundef %2, ptr noundef %3) #8
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %76, label %74

74:                                               ; preds = %71, %67
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %14, align 4
  br label %217

76:                                               ; preds = %71
  %77 = load i32, ptr %5, align 4, !tbaa !5
  %78 = getelementptr inbounds nuw %struct.CSR, ptr %2, i32 0, i32 2
  %79 = load i32, ptr %78, align 8, !tbaa !30
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %77, i32 noundef %79) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %81

81:                                               ; preds = %93, %76
  %82 = load i32, ptr %6, align 4, !tbaa !5
  %83 = icmp slt i32 %82, 400
  br i1 %83, label %84, label %96

84:                                               ; preds = %81
  %85 = load i32, ptr %6, align 4, !tbaa !5
  %86 = srem i32 %85, 17
  %87 = sub nsw i32 %86, 8
  %88 = mul nsw i32 %87, 65536
  %89 = sdiv i32 %88, 4
  %90 = load i32, ptr %6, align 4, !tbaa !5
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [400 x i32], ptr @main.x, i64 0, i64 %91
  store i32 %89, ptr %92, align 4, !tbaa !5
  br label %93

93:                                               ; preds = %84
  %94 = load i32, ptr %6, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %6, align 4, !tbaa !5
  br label %81, !llvm.loop !31

96:                                               ; preds = %81
  call void @spmv(ptr noundef %2, ptr noundef @main.x, ptr noundef @main.y) #8
  call void @spmv(ptr noundef %3, ptr noundef @main.x, ptr noundef @main.z) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %97

97:                                               ; preds = %115, %96
  %98 = load i32, ptr %6, align 4, !tbaa !5
  %99 = icmp slt i32 %98, 400
  br i1 %99, label %100, label %118

100:                                              ; preds = %97
  %101 = load i32, ptr %6, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [400 x i32], ptr @main.y, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = load i64, ptr %8, align 8, !tbaa !15
  %107 = add nsw i64 %106, %105
  store i64 %107, ptr %8, align 8, !tbaa !15
  %108 = load i32, ptr %6, align 4, !tbaa !5
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [400 x i32], ptr @main.z, i64 0, i64 %109
  %111 = load i32, ptr %110, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = load i64, ptr %9, align 8, !tbaa !15
  %114 = add nsw i64 %113, %112
  store i64 %114, ptr %9, align 8, !tbaa !15
  br label %115

115:                                              ; preds = %100
  %116 = load i32, ptr %6, align 4, !tbaa !5
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %6, align 4, !tbaa !5
  br label %97, !llvm.loop !32

118:                                              ; preds = %97
  %119 = load i64, ptr %8, align 8, !tbaa !15
  %120 = load i64, ptr %9, align 8, !tbaa !15
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %119, i64 noundef %120) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %122

122:                                              ; preds = %136, %118
  %123 = load i32, ptr %6, align 4, !tbaa !5
  %124 = icmp slt i32 %123, 400
  br i1 %124, label %125, label %139

125:                                              ; preds = %122
  %126 = load i32, ptr %6, align 4, !tbaa !5
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [400 x i32], ptr @main.y, i64 0, i64 %127
  %129 = load i32, ptr %128, align 4, !tbaa !5
  %130 = load i32, ptr %6, align 4, !tbaa !5
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [400 x i32], ptr @main.b, i64 0, i64 %131
  store i32 %129, ptr %132, align 4, !tbaa !5
  %133 = load i32, ptr %6, align 4, !tbaa !5
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [400 x i32], ptr @main.xs, i64 0, i64 %134
  store i32 0, ptr %135, align 4, !tbaa !5
  br label %136

136:                                              ; preds = %125
  %137 = load i32, ptr %6, align 4, !tbaa !5
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %6, align 4, !tbaa !5
  br label %122, !llvm.loop !33

139:                                              ; preds = %122
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %140

140:                                              ; preds = %164, %139
  %141 = load i32, ptr %7, align 4, !tbaa !5
  %142 = icmp slt i32 %141, 60
  br i1 %142, label %143, label %167

143:                                              ; preds = %140
  %144 = call i64 @jacobi_sweep(ptr noundef %2, ptr noundef @main.b, ptr noundef @main.xs, ptr noundef @main.xn) #8
  store i64 %144, ptr %10, align 8, !tbaa !15
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %145

145:                                              ; preds = %156, %143
  %146 = load i32, ptr %6, align 4, !tbaa !5
  %147 = icmp slt i32 %146, 400
  br i1 %147, label %148, label %159

148:                                              ; preds = %145
  %149 = load i32, ptr %6, align 4, !tbaa !5
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds [400 x i32], ptr @main.xn, i64 0, i64 %150
  %152 = load i32, ptr %151, align 4, !tbaa !5
  %153 = load i32, ptr %6, align 4, !tbaa !5
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [400 x i32], ptr @main.xs, i64 0, i64 %154
  store i32 %152, ptr %155, align 4, !tbaa !5
  br label %156

156:                                              ; preds = %148
  %157 = load i32, ptr %6, align 4, !tbaa !5
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %6, align 4, !tbaa !5
  br label %145, !llvm.loop !34

159:                                              ; preds = %145
  %160 = load i64, ptr %10, align 8, !tbaa !15
  %161 = icmp slt i64 %160, 400
  br i1 %161, label %162, label %163

162:                                              ; preds = %159
  br label %167

163:                                              ; preds = %159
  br label %164

164:                                              ; preds = %163
  %165 = load i32, ptr %7, align 4, !tbaa !5
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %7, align 4, !tbaa !5
  br label %140, !llvm.loop !35

167:                                              ; preds = %162, %140
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i64 0, ptr %15, align 8, !tbaa !15
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %168

168:                                              ; preds = %206, %167
  %169 = load i32, ptr %6, align 4, !tbaa !5
  %170 = icmp slt i32 %169, 400
  br i1 %170, label %171, label %209

171:                                              ; preds = %168
  %172 = load i32, ptr %6, align 4, !tbaa !5
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [400 x i32], ptr @main.xs, i64 0, i64 %173
  %175 = load i32, ptr %174, align 4, !tbaa !5
  %176 = load i32, ptr %6, align 4, !tbaa !5
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [400 x i32], ptr @main.x, i64 0, i64 %177
  %179 = load i32, ptr %178, align 4, !tbaa !5
  %180 = icmp sgt i32 %175, %179
  br i1 %180, label %181, label %191

181:                                              ; preds = %171
  %182 = load i32, ptr %6, align 4, !tbaa !5
  %183 = sext i32 %182 to i64
  %184 = getelementptr inbounds [400 x i32], ptr @main.xs, i64 0, i64 %183
  %185 = load i32, ptr %184, align 4, !tbaa !5
  %186 = load i32, ptr %6, align 4, !tbaa !5
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds [400 x i32], ptr @main.x, i64 0, i64 %187
  %189 = load i32, ptr %188, align 4, !tbaa !5
  %190 = sub nsw i32 %185, %189
  br label %201

191:                                              ; preds = %171
  %192 = load i32, ptr %6, align 4, !tbaa !5
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds [400 x i32], ptr @main.x, i64 0, i64 %193
  %195 = load i32, ptr %194, align 4, !tbaa !5
  %196 = load i32, ptr %6, align 4, !tbaa !5
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [400 x i32], ptr @main.xs, i64 0, i64 %197
  %199 = load i32, ptr %198, align 4, !tbaa !5
  %200 = sub nsw i32 %195, %199
  br label %201

201:                                              ; preds = %191, %181
  %202 = phi i32 [ %190, %181 ], [ %200, %191 ]
  %203 = sext i32 %202 to i64
  %204 = load i64, ptr %15, align 8, !tbaa !15
  %205 = add nsw i64 %204, %203
  store i64 %205, ptr %15, align 8, !tbaa !15
  br label %206

206:                                              ; preds = %201
  %207 = load i32, ptr %6, align 4, !tbaa !5
  %208 = add nsw i32 %207, 1
  store i32 %208, ptr %6, align 4, !tbaa !5
  br label %168, !llvm.loop !36

209:                                              ; preds = %168
  %210 = load i32, ptr %7, align 4, !tbaa !5
  %211 = add nsw i32 %210, 1
  %212 = load i64, ptr %10, align 8, !tbaa !15
  %213 = load i64, ptr %15, align 8, !tbaa !15
  %214 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %211, i64 noundef %212, i64 noundef %213) #8
  %215 = call i32 @fp_mul(i32 noundef 98304, i32 noundef -147456) #8
  %216 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %215) #8
  call void @csr_free(ptr noundef %2) #8
  call void @csr_free(ptr noundef %3) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %14, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %217

217:                                              ; preds = %209, %74
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %218 = load i32, ptr %1, align 4
  ret i32 %218
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @csr_from_coo(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !9
  store i32 %1, ptr %8, align 4, !tbaa !5
  store i32 %2, ptr %9, align 4, !tbaa !5
  store ptr %3, ptr %10, align 8, !tbaa !9
  store i32 %4, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i32 0, ptr %13, align 4, !tbaa !5
  %15 = load ptr, ptr %10, align 8, !tbaa !9
  %16 = load i32, ptr %11, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  call void @qsort(ptr noundef %15, i64 noundef %17, i64 noundef 12, ptr noundef @cmp_triplet) #8
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %81, %5
  %19 = load i32, ptr %12, align 4, !tbaa !5
  %20 = load i32, ptr %11, align 4, !tbaa !5
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %84

22:                                               ; preds = %18
  %23 = load i32, ptr %13, align 4, !tbaa !5
  %24 = icmp sgt i32 %23, 0
  br i1 %24, label %25, label %70

25:                                               ; preds = %22
  %26 = load ptr, ptr %10, align 8, !tbaa !9
  %27 = load i32, ptr %13, align 4, !tbaa !5
  %28 = sub nsw i32 %27, 1
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds %struct.Triplet, ptr %26, i64 %29
  %31 = getelementptr inbounds nuw %struct.Triplet, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 4, !tbaa !23
  %33 = load ptr, ptr %10, align 8, !tbaa !9
  %34 = load i32, ptr %12, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds %struct.Triplet, ptr %33, i64 %35
  %37 = getelementptr inbounds nuw %struct.Triplet, ptr %36, i32 0, i32 0
  %38 = load i32, ptr %37, align 4, !tbaa !23
  %39 = icmp eq i32 %32, %38
  br i1 %39, label %40, label %70

40:                                               ; preds = %25
  %41 = load ptr, ptr %10, align 8, !tbaa !9
  %42 = load i32, ptr %13, align 4, !tbaa !5
  %43 = sub nsw i32 %42, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds %struct.Triplet, ptr %41, i64 %44
  %46 = getelementptr inbounds nuw %struct.Triplet, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4, !tbaa !25
  %48 = load ptr, ptr %10, align 8, !tbaa !9
  %49 = load i32, ptr %12, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds %struct.Triplet, ptr %48, i64 %50
  %52 = getelementptr inbounds nuw %struct.Triplet, ptr %51, i32 0, i32 1
  %53 = load i32, ptr %52, align 4, !tbaa !25
  %54 = icmp eq i32 %47, %53
  br i1 %54, label %55, label %70

55:                                               ; preds = %40
  %56 = load ptr, ptr %10, align 8, !tbaa !9
  %57 = load i32, ptr %12, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds %struct.Triplet, ptr %56, i64 %58
  %60 = getelementptr inbounds nuw %struct.Triplet, ptr %59, i32 0, i32 2
  %61 = load i32, ptr %60, align 4, !tbaa !26
  %62 = load ptr, ptr %10, align 8, !tbaa !9
  %63 = load i32, ptr %13, align 4, !tbaa !5
  %64 = sub nsw i32 %63, 1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds %struct.Triplet, ptr %62, i64 %65
  %67 = getelementptr inbounds nuw %struct.Triplet, ptr %66, i32 0, i32 2
  %68 = load i32, ptr %67, align 4, !tbaa !26
  %69 = add nsw i32 %68, %61
  store i32 %69, ptr %67, align 4, !tbaa !26
  br label %80

70:                                               ; preds = %40, %25, %22
  %71 = load ptr, ptr %10, align 8, !tbaa !9
  %72 = load i32, ptr %13, align 4, !tbaa !5
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %13, align 4, !tbaa !5
  %74 = sext i32 %72 to i64
  %75 = getelementptr inbounds %struct.Triplet, ptr %71, i64 %74
  %76 = load ptr, ptr %10, align 8, !tbaa !9
  %77 = load i32, ptr %12, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.Triplet, ptr %76, i64 %78
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %75, ptr align 4 %79, i64 12, i1 false), !tbaa.struct !27
  br label %80

80:                                               ; preds = %70, %55
  br label %81

81:                                               ; preds = %80
  %82 = load i32, ptr %12, align 4, !tbaa !5
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %12, align 4, !tbaa !5
  br label %18, !llvm.loop !37

84:                                               ; preds = %18
  %85 = load i32, ptr %8, align 4, !tbaa !5
  %86 = load ptr, ptr %7, align 8, !tbaa !9
  %87 = getelementptr inbounds nuw %struct.CSR, ptr %86, i32 0, i32 0
  store i32 %85, ptr %87, align 8, !tbaa !13
  %88 = load i32, ptr %9, align 4, !tbaa !5
  %89 = load ptr, ptr %7, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.CSR, ptr %89, i32 0, i32 1
  store i32 %88, ptr %90, align 4, !tbaa !38
  %91 = load i32, ptr %13, align 4, !tbaa !5
  %92 = load ptr, ptr %7, align 8, !tbaa !9
  %93 = getelementptr inbounds nuw %struct.CSR, ptr %92, i32 0, i32 2
  store i32 %91, ptr %93, align 8, !tbaa !30
  %94 = load i32, ptr %8, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = add i64 %95, 1
  %97 = call noalias ptr @calloc(i64 noundef %96, i64 noundef 4) #9
  %98 = load ptr, ptr %7, align 8, !tbaa !9
  %99 = getelementptr inbounds nuw %struct.CSR, ptr %98, i32 0, i32 3
  store ptr %97, ptr %99, align 8, !tbaa !17
  %100 = load i32, ptr %13, align 4, !tbaa !5
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %102, label %104

102:                                              ; preds = %84
  %103 = load i32, ptr %13, align 4, !tbaa !5
  br label %105

104:                                              ; preds = %84
  br label %105

105:                                              ; preds = %104, %102
  %106 = phi i32 [ %103, %102 ], [ 1, %104 ]
  %107 = sext i32 %106 to i64
  %108 = mul i64 %107, 4
  %109 = call noalias ptr @malloc(i64 noundef %108) #10
  %110 = load ptr, ptr %7, align 8, !tbaa !9
  %111 = getelementptr inbounds nuw %struct.CSR, ptr %110, i32 0, i32 4
  store ptr %109, ptr %111, align 8, !tbaa !19
  %112 = load i32, ptr %13, align 4, !tbaa !5
  %113 = icmp ne i32 %112, 0
  br i1 %113, label %114, label %116

114:                                              ; preds = %105
  %115 = load i32, ptr %13, align 4, !tbaa !5
  br label %117

116:                                              ; preds = %105
  br label %117

117:                                              ; preds = %116, %114
  %118 = phi i32 [ %115, %114 ], [ 1, %116 ]
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 4
  %121 = call noalias ptr @malloc(i64 noundef %120) #10
  %122 = load ptr, ptr %7, align 8, !tbaa !9
  %123 = getelementptr inbounds nuw %struct.CSR, ptr %122, i32 0, i32 5
  store ptr %121, ptr %123, align 8, !tbaa !18
  %124 = load ptr, ptr %7, align 8, !tbaa !9
  %125 = getelementptr inbounds nuw %struct.CSR, ptr %124, i32 0, i32 3
  %126 = load ptr, ptr %125, align 8, !tbaa !17
  %127 = icmp ne ptr %126, null
  br i1 %127, label %128, label %138

128:                                              ; preds = %117
  %129 = load ptr, ptr %7, align 8, !tbaa !9
  %130 = getelementptr inbounds nuw %struct.CSR, ptr %129, i32 0, i32 4
  %131 = load ptr, ptr %130, align 8, !tbaa !19
  %132 = icmp ne ptr %131, null
  br i1 %132, label %133, label %138

133:                                              ; preds = %128
  %134 = load ptr, ptr %7, align 8, !tbaa !9
  %135 = getelementptr inbounds nuw %struct.CSR, ptr %134, i32 0, i32 5
  %136 = load ptr, ptr %135, align 8, !tbaa !18
  %137 = icmp ne ptr %136, null
  br i1 %137, label %139, label %138

138:                                              ; preds = %133, %128, %117
  store i32 0, ptr %6, align 4
  store i32 1, ptr %14, align 4
  br label %212

139:                                              ; preds = %133
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %140

140:                                              ; preds = %183, %139
  %141 = load i32, ptr %12, align 4, !tbaa !5
  %142 = load i32, ptr %13, align 4, !tbaa !5
  %143 = icmp slt i32 %141, %142
  br i1 %143, label %144, label %186

144:                                              ; preds = %140
  %145 = load ptr, ptr %7, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw %struct.CSR, ptr %145, i32 0, i32 3
  %147 = load ptr, ptr %146, align 8, !tbaa !17
  %148 = load ptr, ptr %10, align 8, !tbaa !9
  %149 = load i32, ptr %12, align 4, !tbaa !5
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds %struct.Triplet, ptr %148, i64 %150
  %152 = getelementptr inbounds nuw %struct.Triplet, ptr %151, i32 0, i32 0
  %153 = load i32, ptr %152, align 4, !tbaa !23
  %154 = add nsw i32 %153, 1
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds i32, ptr %147, i64 %155
  %157 = load i32, ptr %156, align 4, !tbaa !5
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %156, align 4, !tbaa !5
  %159 = load ptr, ptr %10, align 8, !tbaa !9
  %160 = load i32, ptr %12, align 4, !tbaa !5
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds %struct.Triplet, ptr %159, i64 %161
  %163 = getelementptr inbounds nuw %struct.Triplet, ptr %162, i32 0, i32 1
  %164 = load i32, ptr %163, align 4, !tbaa !25
  %165 = load ptr, ptr %7, align 8, !tbaa !9
  %166 = getelementptr inbounds nuw %struct.CSR, ptr %165, i32 0, i32 4
  %167 = load ptr, ptr %166, align 8, !tbaa !19
  %168 = load i32, ptr %12, align 4, !tbaa !5
  %169 = sext i32 %168 to i64
  %170 = getelementptr inbounds i32, ptr %167, i64 %169
  store i32 %164, ptr %170, align 4, !tbaa !5
  %171 = load ptr, ptr %10, align 8, !tbaa !9
  %172 = load i32, ptr %12, align 4, !tbaa !5
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds %struct.Triplet, ptr %171, i64 %173
  %175 = getelementptr inbounds nuw %struct.Triplet, ptr %174, i32 0, i32 2
  %176 = load i32, ptr %175, align 4, !tbaa !26
  %177 = load ptr, ptr %7, align 8, !tbaa !9
  %178 = getelementptr inbounds nuw %struct.CSR, ptr %177, i32 0, i32 5
  %179 = load ptr, ptr %178, align 8, !tbaa !18
  %180 = load i32, ptr %12, align 4, !tbaa !5
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds i32, ptr %179, i64 %181
  store i32 %176, ptr %182, align 4, !tbaa !5
  br label %183

183:                                              ; preds = %144
  %184 = load i32, ptr %12, align 4, !tbaa !5
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %12, align 4, !tbaa !5
  br label %140, !llvm.loop !39

186:                                              ; preds = %140
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %187

187:                                              ; preds = %208, %186
  %188 = load i32, ptr %12, align 4, !tbaa !5
  %189 = load i32, ptr %8, align 4, !tbaa !5
  %190 = icmp slt i32 %188, %189
  br i1 %190, label %191, label %211

191:                                              ; preds = %187
  %192 = load ptr, ptr %7, align 8, !tbaa !9
  %193 = getelementptr inbounds nuw %struct.CSR, ptr %192, i32 0, i32 3
  %194 = load ptr, ptr %193, align 8, !tbaa !17
  %195 = load i32, ptr %12, align 4, !tbaa !5
  %196 = sext i32 %195 to i64
  %197 = getelementptr inbounds i32, ptr %194, i64 %196
  %198 = load i32, ptr %197, align 4, !tbaa !5
  %199 = load ptr, ptr %7, align 8, !tbaa !9
  %200 = getelementptr inbounds nuw %struct.CSR, ptr %199, i32 0, i32 3
  %201 = load ptr, ptr %200, align 8, !tbaa !17
  %202 = load i32, ptr %12, align 4, !tbaa !5
  %203 = add nsw i32 %202, 1
  %204 = sext i32 %203 to i64
  %205 = getelementptr inbounds i32, ptr %201, i64 %204
  %206 = load i32, ptr %205, align 4, !tbaa !5
  %207 = add nsw i32 %206, %198
  store i32 %207, ptr %205, align 4, !tbaa !5
  br label %208

208:                                              ; preds = %191
  %209 = load i32, ptr %12, align 4, !tbaa !5
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %12, align 4, !tbaa !5
  br label %187, !llvm.loop !40

211:                                              ; preds = %187
  store i32 1, ptr %6, align 4
  store i32 1, ptr %14, align 4
  br label %212

212:                                              ; preds = %211, %138
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  %213 = load i32, ptr %6, align 4
  ret i32 %213
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @csr_transpose(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.CSR, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !38
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.CSR, ptr %14, i32 0, i32 0
  store i32 %13, ptr %15, align 8, !tbaa !13
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.CSR, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !13
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.CSR, ptr %19, i32 0, i32 1
  store i32 %18, ptr %20, align 4, !tbaa !38
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.CSR, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 8, !tbaa !30
  %24 = load ptr, ptr %5, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.CSR, ptr %24, i32 0, i32 2
  store i32 %23, ptr %25, align 8, !tbaa !30
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.CSR, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %27, align 8, !tbaa !13
  %29 = sext i32 %28 to i64
  %30 = add i64 %29, 1
  %31 = call noalias ptr @calloc(i64 noundef %30, i64 noundef 4) #9
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.CSR, ptr %32, i32 0, i32 3
  store ptr %31, ptr %33, align 8, !tbaa !17
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.CSR, ptr %34, i32 0, i32 2
  %36 = load i32, ptr %35, align 8, !tbaa !30
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %42

38:                                               ; preds = %2
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.CSR, ptr %39, i32 0, i32 2
  %41 = load i32, ptr %40, align 8, !tbaa !30
  br label %43

42:                                               ; preds = %2
  br label %43

43:                                               ; preds = %42, %38
  %44 = phi i32 [ %41, %38 ], [ 1, %42 ]
  %45 = sext i32 %44 to i64
  %46 = mul i64 %45, 4
  %47 = call noalias ptr @malloc(i64 noundef %46) #10
  %48 = load ptr, ptr %5, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.CSR, ptr %48, i32 0, i32 4
  store ptr %47, ptr %49, align 8, !tbaa !19
  %50 = load ptr, ptr %4, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.CSR, ptr %50, i32 0, i32 2
  %52 = load i32, ptr %51, align 8, !tbaa !30
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %58

54:                                               ; preds = %43
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.CSR, ptr %55, i32 0, i32 2
  %57 = load i32, ptr %56, align 8, !tbaa !30
  br label %59

58:                                               ; preds = %43
  br label %59

59:                                               ; preds = %58, %54
  %60 = phi i32 [ %57, %54 ], [ 1, %58 ]
  %61 = sext i32 %60 to i64
  %62 = mul i64 %61, 4
  %63 = call noalias ptr @malloc(i64 noundef %62) #10
  %64 = load ptr, ptr %5, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.CSR, ptr %64, i32 0, i32 5
  store ptr %63, ptr %65, align 8, !tbaa !18
  %66 = load ptr, ptr %5, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw %struct.CSR, ptr %66, i32 0, i32 0
  %68 = load i32, ptr %67, align 8, !tbaa !13
  %69 = sext i32 %68 to i64
  %70 = mul i64 %69, 4
  %71 = call noalias ptr @malloc(i64 noundef %70) #10
  store ptr %71, ptr %8, align 8, !tbaa !11
  %72 = load ptr, ptr %5, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.CSR, ptr %72, i32 0, i32 3
  %74 = load ptr, ptr %73, align 8, !tbaa !17
  %75 = icmp ne ptr %74, null
  br i1 %75, label %76, label %89

76:                                               ; preds = %59
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.CSR, ptr %77, i32 0, i32 4
  %79 = load ptr, ptr %78, align 8, !tbaa !19
  %80 = icmp ne ptr %79, null
  br i1 %80, label %81, label %89

81:                                               ; preds = %76
  %82 = load ptr, ptr %5, align 8, !tbaa !9
  %83 = getelementptr inbounds nuw %struct.CSR, ptr %82, i32 0, i32 5
  %84 = load ptr, ptr %83, align 8, !tbaa !18
  %85 = icmp ne ptr %84, null
  br i1 %85, label %86, label %89

86:                                               ; preds = %81
  %87 = load ptr, ptr %8, align 8, !tbaa !11
  %88 = icmp ne ptr %87, null
  br i1 %88, label %91, label %89

89:                                               ; preds = %86, %81, %76, %59
  %90 = load ptr, ptr %8, align 8, !tbaa !11
  call void @free(ptr noundef %90) #11
  store i32 0, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %223

91:                                               ; preds = %86
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %114, %91
  %93 = load i32, ptr %7, align 4, !tbaa !5
  %94 = load ptr, ptr %4, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw %struct.CSR, ptr %94, i32 0, i32 2
  %96 = load i32, ptr %95, align 8, !tbaa !30
  %97 = icmp slt i32 %93, %96
  br i1 %97, label %98, label %117

98:                                               ; preds = %92
  %99 = load ptr, ptr %5, align 8, !tbaa !9
  %100 = getelementptr inbounds nuw %struct.CSR, ptr %99, i32 0, i32 3
  %101 = load ptr, ptr %100, align 8, !tbaa !17
  %102 = load ptr, ptr %4, align 8, !tbaa !9
  %103 = getelementptr inbounds nuw %struct.CSR, ptr %102, i32 0, i32 4
  %104 = load ptr, ptr %103, align 8, !tbaa !19
  %105 = load i32, ptr %7, align 4, !tbaa !5
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds i32, ptr %104, i64 %106
  %108 = load i32, ptr %107, align 4, !tbaa !5
  %109 = add nsw i32 %108, 1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i32, ptr %101, i64 %110
  %112 = load i32, ptr %111, align 4, !tbaa !5
  %113 = add nsw i32 %112, 1
  store i32 %113, ptr %111, align 4, !tbaa !5
  br label %114

114:                                              ; preds = %98
  %115 = load i32, ptr %7, align 4, !tbaa !5
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %7, align 4, !tbaa !5
  br label %92, !llvm.loop !41

117:                                              ; preds = %92
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %152, %117
  %119 = load i32, ptr %6, align 4, !tbaa !5
  %120 = load ptr, ptr %5, align 8, !tbaa !9
  %121 = getelementptr inbounds nuw %struct.CSR, ptr %120, i32 0, i32 0
  %122 = load i32, ptr %121, align 8, !tbaa !13
  %123 = icmp slt i32 %119, %122
  br i1 %123, label %124, label %155

124:                                              ; preds = %118
  %125 = load ptr, ptr %5, align 8, !tbaa !9
  %126 = getelementptr inbounds nuw %struct.CSR, ptr %125, i32 0, i32 3
  %127 = load ptr, ptr %126, align 8, !tbaa !17
  %128 = load i32, ptr %6, align 4, !tbaa !5
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds i32, ptr %127, i64 %129
  %131 = load i32, ptr %130, align 4, !tbaa !5
  %132 = load ptr, ptr %5, align 8, !tbaa !9
  %133 = getelementptr inbounds nuw %struct.CSR, ptr %132, i32 0, i32 3
  %134 = load ptr, ptr %133, align 8, !tbaa !17
  %135 = load i32, ptr %6, align 4, !tbaa !5
  %136 = add nsw i32 %135, 1
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds i32, ptr %134, i64 %137
  %139 = load i32, ptr %138, align 4, !tbaa !5
  %140 = add nsw i32 %139, %131
  store i32 %140, ptr %138, align 4, !tbaa !5
  %141 = load ptr, ptr %5, align 8, !tbaa !9
  %142 = getelementptr inbounds nuw %struct.CSR, ptr %141, i32 0, i32 3
  %143 = load ptr, ptr %142, align 8, !tbaa !17
  %144 = load i32, ptr %6, align 4, !tbaa !5
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds i32, ptr %143, i64 %145
  %147 = load i32, ptr %146, align 4, !tbaa !5
  %148 = load ptr, ptr %8, align 8, !tbaa !11
  %149 = load i32, ptr %6, align 4, !tbaa !5
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds i32, ptr %148, i64 %150
  store i32 %147, ptr %151, align 4, !tbaa !5
  br label %152

152:                                              ; preds = %124
  %153 = load i32, ptr %6, align 4, !tbaa !5
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %6, align 4, !tbaa !5
  br label %118, !llvm.loop !42

155:                                              ; preds = %118
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %156

156:                                              ; preds = %218, %155
  %157 = load i32, ptr %6, align 4, !tbaa !5
  %158 = load ptr, ptr %4, align 8, !tbaa !9
  %159 = getelementptr inbounds nuw %struct.CSR, ptr %158, i32 0, i32 0
  %160 = load i32, ptr %159, align 8, !tbaa !13
  %161 = icmp slt i32 %157, %160
  br i1 %161, label %162, label %221

162:                                              ; preds = %156
  %163 = load ptr, ptr %4, align 8, !tbaa !9
  %164 = getelementptr inbounds nuw %struct.CSR, ptr %163, i32 0, i32 3
  %165 = load ptr, ptr %164, align 8, !tbaa !17
  %166 = load i32, ptr %6, align 4, !tbaa !5
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds i32, ptr %165, i64 %167
  %169 = load i32, ptr %168, align 4, !tbaa !5
  store i32 %169, ptr %7, align 4, !tbaa !5
  br label %170

170:                                              ; preds = %214, %162
  %171 = load i32, ptr %7, align 4, !tbaa !5
  %172 = load ptr, ptr %4, align 8, !tbaa !9
  %173 = getelementptr inbounds nuw %struct.CSR, ptr %172, i32 0, i32 3
  %174 = load ptr, ptr %173, align 8, !tbaa !17
  %175 = load i32, ptr %6, align 4, !tbaa !5
  %176 = add nsw i32 %175, 1
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds i32, ptr %174, i64 %177
  %179 = load i32, ptr %178, align 4, !tbaa !5
  %180 = icmp slt i32 %171, %179
  br i1 %180, label %181, label %217

181:                                              ; preds = %170
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %182 = load ptr, ptr %8, align 8, !tbaa !11
  %183 = load ptr, ptr %4, align 8, !tbaa !9
  %184 = getelementptr inbounds nuw %struct.CSR, ptr %183, i32 0, i32 4
  %185 = load ptr, ptr %184, align 8, !tbaa !19
  %186 = load i32, ptr %7, align 4, !tbaa !5
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds i32, ptr %185, i64 %187
  %189 = load i32, ptr %188, align 4, !tbaa !5
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds i32, ptr %182, i64 %190
  %192 = load i32, ptr %191, align 4, !tbaa !5
  %193 = add nsw i32 %192, 1
  store i32 %193, ptr %191, align 4, !tbaa !5
  store i32 %192, ptr %10, align 4, !tbaa !5
  %194 = load i32, ptr %6, align 4, !tbaa !5
  %195 = load ptr, ptr %5, align 8, !tbaa !9
  %196 = getelementptr inbounds nuw %struct.CSR, ptr %195, i32 0, i32 4
  %197 = load ptr, ptr %196, align 8, !tbaa !19
  %198 = load i32, ptr %10, align 4, !tbaa !5
  %199 = sext i32 %198 to i64
  %200 = getelementptr inbounds i32, ptr %197, i64 %199
  store i32 %194, ptr %200, align 4, !tbaa !5
  %201 = load ptr, ptr %4, align 8, !tbaa !9
  %202 = getelementptr inbounds nuw %struct.CSR, ptr %201, i32 0, i32 5
  %203 = load ptr, ptr %202, align 8, !tbaa !18
  %204 = load i32, ptr %7, align 4, !tbaa !5
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds i32, ptr %203, i64 %205
  %207 = load i32, ptr %206, align 4, !tbaa !5
  %208 = load ptr, ptr %5, align 8, !tbaa !9
  %209 = getelementptr inbounds nuw %struct.CSR, ptr %208, i32 0, i32 5
  %210 = load ptr, ptr %209, align 8, !tbaa !18
  %211 = load i32, ptr %10, align 4, !tbaa !5
  %212 = sext i32 %211 to i64
  %213 = getelementptr inbounds i32, ptr %210, i64 %212
  store i32 %207, ptr %213, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %214

214:                                              ; preds = %181
  %215 = load i32, ptr %7, align 4, !tbaa !5
  %216 = add nsw i32 %215, 1
  store i32 %216, ptr %7, align 4, !tbaa !5
  br label %170, !llvm.loop !43

217:                                              ; preds = %170
  br label %218

218:                                              ; preds = %217
  %219 = load i32, ptr %6, align 4, !tbaa !5
  %220 = add nsw i32 %219, 1
  store i32 %220, ptr %6, align 4, !tbaa !5
  br label %156, !llvm.loop !44

221:                                              ; preds = %156
  %222 = load ptr, ptr %8, align 8, !tbaa !11
  call void @free(ptr noundef %222) #11
  store i32 1, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %223

223:                                              ; preds = %221, %89
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %224 = load i32, ptr %3, align 4
  ret i32 %224
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @jacobi_sweep(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !11
  store ptr %2, ptr %7, align 8, !tbaa !11
  store ptr %3, ptr %8, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %145, %4
  %16 = load i32, ptr %10, align 4, !tbaa !5
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.CSR, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 8, !tbaa !13
  %20 = icmp slt i32 %16, %19
  br i1 %20, label %22, label %21

21:                                               ; preds = %15
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %148

22:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %23 = load ptr, ptr %6, align 8, !tbaa !11
  %24 = load i32, ptr %10, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds i32, ptr %23, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = mul nsw i64 %28, 65536
  store i64 %29, ptr %12, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i32 65536, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %30 = load ptr, ptr %5, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.CSR, ptr %30, i32 0, i32 3
  %32 = load ptr, ptr %31, align 8, !tbaa !17
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i32, ptr %32, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  store i32 %36, ptr %14, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %92, %22
  %38 = load i32, ptr %14, align 4, !tbaa !5
  %39 = load ptr, ptr %5, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.CSR, ptr %39, i32 0, i32 3
  %41 = load ptr, ptr %40, align 8, !tbaa !17
  %42 = load i32, ptr %10, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i32, ptr %41, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = icmp slt i32 %38, %46
  br i1 %47, label %49, label %48

48:                                               ; preds = %37
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %95

49:                                               ; preds = %37
  %50 = load ptr, ptr %5, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.CSR, ptr %50, i32 0, i32 4
  %52 = load ptr, ptr %51, align 8, !tbaa !19
  %53 = load i32, ptr %14, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %52, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = load i32, ptr %10, align 4, !tbaa !5
  %58 = icmp eq i32 %56, %57
  br i1 %58, label %59, label %67

59:                                               ; preds = %49
  %60 = load ptr, ptr %5, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.CSR, ptr %60, i32 0, i32 5
  %62 = load ptr, ptr %61, align 8, !tbaa !18
  %63 = load i32, ptr %14, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i32, ptr %62, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  store i32 %66, ptr %13, align 4, !tbaa !5
  br label %91

67:                                               ; preds = %49
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.CSR, ptr %68, i32 0, i32 5
  %70 = load ptr, ptr %69, align 8, !tbaa !18
  %71 = load i32, ptr %14, align 4, !tbaa !5
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i32, ptr %70, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = load ptr, ptr %7, align 8, !tbaa !11
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.CSR, ptr %77, i32 0, i32 4
  %79 = load ptr, ptr %78, align 8, !tbaa !19
  %80 = load i32, ptr %14, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds i32, ptr %79, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds i32, ptr %76, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = mul nsw i64 %75, %87
  %89 = load i64, ptr %12, align 8, !tbaa !15
  %90 = sub nsw i64 %89, %88
  store i64 %90, ptr %12, align 8, !tbaa !15
  br label %91

91:                                               ; preds = %67, %59
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %14, align 4, !tbaa !5
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %14, align 4, !tbaa !5
  br label %37, !llvm.loop !45

95:                                               ; preds = %48
  %96 = load i64, ptr %12, align 8, !tbaa !15
  %97 = load i32, ptr %13, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = sdiv i64 %96, %98
  %100 = trunc i64 %99 to i32
  %101 = load ptr, ptr %8, align 8, !tbaa !11
  %102 = load i32, ptr %10, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds i32, ptr %101, i64 %103
  store i32 %100, ptr %104, align 4, !tbaa !5
  %105 = load ptr, ptr %8, align 8, !tbaa !11
  %106 = load i32, ptr %10, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds i32, ptr %105, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !5
  %110 = load ptr, ptr %7, align 8, !tbaa !11
  %111 = load i32, ptr %10, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds i32, ptr %110, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !5
  %115 = icmp sgt i32 %109, %114
  br i1 %115, label %116, label %128

116:                                              ; preds = %95
  %117 = load ptr, ptr %8, align 8, !tbaa !11
  %118 = load i32, ptr %10, align 4, !tbaa !5
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds i32, ptr %117, i64 %119
  %121 = load i32, ptr %120, align 4, !tbaa !5
  %122 = load ptr, ptr %7, align 8, !tbaa !11
  %123 = load i32, ptr %10, align 4, !tbaa !5
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds i32, ptr %122, i64 %124
  %126 = load i32, ptr %125, align 4, !tbaa !5
  %127 = sub nsw i32 %121, %126
  br label %140

128:                                              ; preds = %95
  %129 = load ptr, ptr %7, align 8, !tbaa !11
  %130 = load i32, ptr %10, align 4, !tbaa !5
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds i32, ptr %129, i64 %131
  %133 = load i32, ptr %132, align 4, !tbaa !5
  %134 = load ptr, ptr %8, align 8, !tbaa !11
  %135 = load i32, ptr %10, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds i32, ptr %134, i64 %136
  %138 = load i32, ptr %137, align 4, !tbaa !5
  %139 = sub nsw i32 %133, %138
  br label %140

140:                                              ; preds = %128, %116
  %141 = phi i32 [ %127, %116 ], [ %139, %128 ]
  %142 = sext i32 %141 to i64
  %143 = load i64, ptr %9, align 8, !tbaa !15
  %144 = add nsw i64 %143, %142
  store i64 %144, ptr %9, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %145

145:                                              ; preds = %140
  %146 = load i32, ptr %10, align 4, !tbaa !5
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %10, align 4, !tbaa !5
  br label %15, !llvm.loop !46

148:                                              ; preds = %21
  %149 = load i64, ptr %9, align 8, !tbaa !15
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i64 %149
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fp_mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %6, %8
  %10 = sdiv i64 %9, 65536
  %11 = trunc i64 %10 to i32
  ret i32 %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @csr_free(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.CSR, ptr %3, i32 0, i32 3
  %5 = load ptr, ptr %4, align 8, !tbaa !17
  call void @free(ptr noundef %5) #11
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.CSR, ptr %6, i32 0, i32 4
  %8 = load ptr, ptr %7, align 8, !tbaa !19
  call void @free(ptr noundef %8) #11
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.CSR, ptr %9, i32 0, i32 5
  %11 = load ptr, ptr %10, align 8, !tbaa !18
  call void @free(ptr noundef %11) #11
  ret void
}

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_triplet(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %9, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %10 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %10, ptr %7, align 8, !tbaa !9
  %11 = load ptr, ptr %6, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.Triplet, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 4, !tbaa !23
  %14 = load ptr, ptr %7, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.Triplet, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 4, !tbaa !23
  %17 = icmp ne i32 %13, %16
  br i1 %17, label %18, label %28

18:                                               ; preds = %2
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.Triplet, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %20, align 4, !tbaa !23
  %22 = load ptr, ptr %7, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.Triplet, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 4, !tbaa !23
  %25 = icmp slt i32 %21, %24
  %26 = zext i1 %25 to i64
  %27 = select i1 %25, i32 -1, i32 1
  store i32 %27, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %47

28:                                               ; preds = %2
  %29 = load ptr, ptr %6, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.Triplet, ptr %29, i32 0, i32 1
  %31 = load i32, ptr %30, align 4, !tbaa !25
  %32 = load ptr, ptr %7, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.Triplet, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !25
  %35 = icmp ne i32 %31, %34
  br i1 %35, label %36, label %46

36:                                               ; preds = %28
  %37 = load ptr, ptr %6, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.Triplet, ptr %37, i32 0, i32 1
  %39 = load i32, ptr %38, align 4, !tbaa !25
  %40 = load ptr, ptr %7, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.Triplet, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %41, align 4, !tbaa !25
  %43 = icmp slt i32 %39, %42
  %44 = zext i1 %43 to i64
  %45 = select i1 %43, i32 -1, i32 1
  store i32 %45, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %47

46:                                               ; preds = %28
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %47

47:                                               ; preds = %46, %36, %18
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %48 = load i32, ptr %3, align 4
  ret i32 %48
}

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #4

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #5

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize allocsize(0,1) }
attributes #10 = { minsize nounwind optsize allocsize(0) }
attributes #11 = { minsize nounwind optsize }

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
!12 = !{!"p1 int", !10, i64 0}
!13 = !{!14, !6, i64 0}
!14 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8, !12, i64 16, !12, i64 24, !12, i64 32}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = !{!14, !12, i64 16}
!18 = !{!14, !12, i64 32}
!19 = !{!14, !12, i64 24}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = distinct !{!22, !21}
!23 = !{!24, !6, i64 0}
!24 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8}
!25 = !{!24, !6, i64 4}
!26 = !{!24, !6, i64 8}
!27 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
!28 = distinct !{!28, !21}
!29 = distinct !{!29, !21}
!30 = !{!14, !6, i64 8}
!31 = distinct !{!31, !21}
!32 = distinct !{!32, !21}
!33 = distinct !{!33, !21}
!34 = distinct !{!34, !21}
!35 = distinct !{!35, !21}
!36 = distinct !{!36, !21}
!37 = distinct !{!37, !21}
!38 = !{!14, !6, i64 4}
!39 = distinct !{!39, !21}
!40 = distinct !{!40, !21}
!41 = distinct !{!41, !21}
!42 = distinct !{!42, !21}
!43 = distinct !{!43, !21}
!44 = distinct !{!44, !21}
!45 = distinct !{!45, !21}
!46 = distinct !{!46, !21}
