; ModuleID = 'bit_tricks.c'
source_filename = "bit_tricks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [63 x i8] c"pop=%u mismatches=%u acc=%08x combos=%u chash=%08x gray_ok=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @popcount_swar(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = lshr i32 %4, 1
  %6 = and i32 %5, 1431655765
  %7 = sub i32 %3, %6
  store i32 %7, ptr %2, align 4, !tbaa !5
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = and i32 %8, 858993459
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = lshr i32 %10, 2
  %12 = and i32 %11, 858993459
  %13 = add i32 %9, %12
  store i32 %13, ptr %2, align 4, !tbaa !5
  %14 = load i32, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 4
  %17 = add i32 %14, %16
  %18 = and i32 %17, 252645135
  store i32 %18, ptr %2, align 4, !tbaa !5
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = mul i32 %19, 16843009
  %21 = lshr i32 %20, 24
  ret i32 %21
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @reverse_bits(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = lshr i32 %3, 1
  %5 = and i32 %4, 1431655765
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = and i32 %6, 1431655765
  %8 = shl i32 %7, 1
  %9 = or i32 %5, %8
  store i32 %9, ptr %2, align 4, !tbaa !5
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = lshr i32 %10, 2
  %12 = and i32 %11, 858993459
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = and i32 %13, 858993459
  %15 = shl i32 %14, 2
  %16 = or i32 %12, %15
  store i32 %16, ptr %2, align 4, !tbaa !5
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = lshr i32 %17, 4
  %19 = and i32 %18, 252645135
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = and i32 %20, 252645135
  %22 = shl i32 %21, 4
  %23 = or i32 %19, %22
  store i32 %23, ptr %2, align 4, !tbaa !5
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = lshr i32 %24, 8
  %26 = and i32 %25, 16711935
  %27 = load i32, ptr %2, align 4, !tbaa !5
  %28 = and i32 %27, 16711935
  %29 = shl i32 %28, 8
  %30 = or i32 %26, %29
  store i32 %30, ptr %2, align 4, !tbaa !5
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = lshr i32 %31, 16
  %33 = load i32, ptr %2, align 4, !tbaa !5
  %34 = shl i32 %33, 16
  %35 = or i32 %32, %34
  ret i32 %35
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @from_gray(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = lshr i32 %3, 16
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = xor i32 %5, %4
  store i32 %6, ptr %2, align 4, !tbaa !5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = lshr i32 %7, 8
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = xor i32 %9, %8
  store i32 %10, ptr %2, align 4, !tbaa !5
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = lshr i32 %11, 4
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = xor i32 %13, %12
  store i32 %14, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 2
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = xor i32 %17, %16
  store i32 %18, ptr %2, align 4, !tbaa !5
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = lshr i32 %19, 1
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = xor i32 %21, %20
  store i32 %22, ptr %2, align 4, !tbaa !5
  %23 = load i32, ptr %2, align 4, !tbaa !5
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @morton_encode(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = call i32 @part1by1(i32 noundef %5) #4
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = call i32 @part1by1(i32 noundef %7) #4
  %9 = shl i32 %8, 1
  %10 = or i32 %6, %9
  ret i32 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @part1by1(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = and i32 %3, 65535
  store i32 %4, ptr %2, align 4, !tbaa !5
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = shl i32 %6, 8
  %8 = or i32 %5, %7
  %9 = and i32 %8, 16711935
  store i32 %9, ptr %2, align 4, !tbaa !5
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = shl i32 %11, 4
  %13 = or i32 %10, %12
  %14 = and i32 %13, 252645135
  store i32 %14, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = shl i32 %16, 2
  %18 = or i32 %15, %17
  %19 = and i32 %18, 858993459
  store i32 %19, ptr %2, align 4, !tbaa !5
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = shl i32 %21, 1
  %23 = or i32 %20, %22
  %24 = and i32 %23, 1431655765
  store i32 %24, ptr %2, align 4, !tbaa !5
  %25 = load i32, ptr %2, align 4, !tbaa !5
  ret i32 %25
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 -1640531527, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %104, %0
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 20000
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %107

21:                                               ; preds = %17
  %22 = load i32, ptr %2, align 4, !tbaa !5
  %23 = shl i32 %22, 13
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %2, align 4, !tbaa !5
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = lshr i32 %26, 17
  %28 = load i32, ptr %2, align 4, !tbaa !5
  %29 = xor i32 %28, %27
  store i32 %29, ptr %2, align 4, !tbaa !5
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = shl i32 %30, 5
  %32 = load i32, ptr %2, align 4, !tbaa !5
  %33 = xor i32 %32, %31
  store i32 %33, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %34 = load i32, ptr %2, align 4, !tbaa !5
  %35 = call i32 @popcount_naive(i32 noundef %34) #4
  store i32 %35, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %36 = load i32, ptr %2, align 4, !tbaa !5
  %37 = call i32 @popcount_kernighan(i32 noundef %36) #4
  store i32 %37, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %38 = load i32, ptr %2, align 4, !tbaa !5
  %39 = call i32 @popcount_swar(i32 noundef %38) #4
  store i32 %39, ptr %9, align 4, !tbaa !5
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = icmp ne i32 %40, %41
  br i1 %42, label %47, label %43

43:                                               ; preds = %21
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = icmp ne i32 %44, %45
  br i1 %46, label %47, label %50

47:                                               ; preds = %43, %21
  %48 = load i32, ptr %4, align 4, !tbaa !5
  %49 = add i32 %48, 1
  store i32 %49, ptr %4, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %47, %43
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = add i32 %52, %51
  store i32 %53, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %54 = load i32, ptr %2, align 4, !tbaa !5
  %55 = call i32 @reverse_bits(i32 noundef %54) #4
  store i32 %55, ptr %10, align 4, !tbaa !5
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = load i32, ptr %2, align 4, !tbaa !5
  %58 = call i32 @reverse_bits_loop(i32 noundef %57) #4
  %59 = icmp ne i32 %56, %58
  br i1 %59, label %60, label %63

60:                                               ; preds = %50
  %61 = load i32, ptr %4, align 4, !tbaa !5
  %62 = add i32 %61, 1
  store i32 %62, ptr %4, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %60, %50
  %64 = load i32, ptr %2, align 4, !tbaa !5
  %65 = call i32 @to_gray(i32 noundef %64) #4
  %66 = call i32 @from_gray(i32 noundef %65) #4
  %67 = load i32, ptr %2, align 4, !tbaa !5
  %68 = icmp ne i32 %66, %67
  br i1 %68, label %69, label %72

69:                                               ; preds = %63
  %70 = load i32, ptr %4, align 4, !tbaa !5
  %71 = add i32 %70, 1
  store i32 %71, ptr %4, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %69, %63
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %73 = load i32, ptr %2, align 4, !tbaa !5
  %74 = and i32 %73, 65535
  %75 = load i32, ptr %2, align 4, !tbaa !5
  %76 = lshr i32 %75, 16
  %77 = call i32 @morton_encode(i32 noundef %74, i32 noundef %76) #4
  store i32 %77, ptr %11, align 4, !tbaa !5
  %78 = load i32, ptr %11, align 4, !tbaa !5
  %79 = call i32 @compact1by1(i32 noundef %78) #4
  %80 = load i32, ptr %2, align 4, !tbaa !5
  %81 = and i32 %80, 65535
  %82 = icmp ne i32 %79, %81
  br i1 %82, label %90, label %83

83:                                               ; preds = %72
  %84 = load i32, ptr %11, align 4, !tbaa !5
  %85 = lshr i32 %84, 1
  %86 = call i32 @compact1by1(i32 noundef %85) #4
  %87 = load i32, ptr %2, align 4, !tbaa !5
  %88 = lshr i32 %87, 16
  %89 = icmp ne i32 %86, %88
  br i1 %89, label %90, label %93

90:                                               ; preds = %83, %72
  %91 = load i32, ptr %4, align 4, !tbaa !5
  %92 = add i32 %91, 1
  store i32 %92, ptr %4, align 4, !tbaa !5
  br label %93

93:                                               ; preds = %90, %83
  %94 = load i32, ptr %5, align 4, !tbaa !5
  %95 = mul i32 %94, 31
  %96 = load i32, ptr %10, align 4, !tbaa !5
  %97 = add i32 %95, %96
  %98 = load i32, ptr %2, align 4, !tbaa !5
  %99 = load i32, ptr %6, align 4, !tbaa !5
  %100 = srem i32 %99, 32
  %101 = lshr i32 %98, %100
  %102 = call i32 @next_pow2(i32 noundef %101) #4
  %103 = add i32 %97, %102
  store i32 %103, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %104

104:                                              ; preds = %93
  %105 = load i32, ptr %6, align 4, !tbaa !5
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %6, align 4, !tbaa !5
  br label %17, !llvm.loop !9

107:                                              ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 31, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %108

108:                                              ; preds = %111, %107
  %109 = load i32, ptr %13, align 4, !tbaa !5
  %110 = icmp ult i32 %109, 4096
  br i1 %110, label %111, label %120

111:                                              ; preds = %108
  %112 = load i32, ptr %12, align 4, !tbaa !5
  %113 = add i32 %112, 1
  store i32 %113, ptr %12, align 4, !tbaa !5
  %114 = load i32, ptr %13, align 4, !tbaa !5
  %115 = mul i32 %114, -1640531535
  %116 = load i32, ptr %14, align 4, !tbaa !5
  %117 = xor i32 %116, %115
  store i32 %117, ptr %14, align 4, !tbaa !5
  %118 = load i32, ptr %13, align 4, !tbaa !5
  %119 = call i32 @next_bit_perm(i32 noundef %118) #4
  store i32 %119, ptr %13, align 4, !tbaa !5
  br label %108, !llvm.loop !11

120:                                              ; preds = %108
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 1, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %136, %120
  %122 = load i32, ptr %16, align 4, !tbaa !5
  %123 = icmp ult i32 %122, 4096
  br i1 %123, label %125, label %124

124:                                              ; preds = %121
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %139

125:                                              ; preds = %121
  %126 = load i32, ptr %16, align 4, !tbaa !5
  %127 = call i32 @to_gray(i32 noundef %126) #4
  %128 = load i32, ptr %16, align 4, !tbaa !5
  %129 = add i32 %128, 1
  %130 = call i32 @to_gray(i32 noundef %129) #4
  %131 = xor i32 %127, %130
  %132 = call i32 @popcount_swar(i32 noundef %131) #4
  %133 = icmp ne i32 %132, 1
  br i1 %133, label %134, label %135

134:                                              ; preds = %125
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %135

135:                                              ; preds = %134, %125
  br label %136

136:                                              ; preds = %135
  %137 = load i32, ptr %16, align 4, !tbaa !5
  %138 = add i32 %137, 1
  store i32 %138, ptr %16, align 4, !tbaa !5
  br label %121, !llvm.loop !12

139:                                              ; preds = %124
  %140 = load i32, ptr %3, align 4, !tbaa !5
  %141 = load i32, ptr %4, align 4, !tbaa !5
  %142 = load i32, ptr %5, align 4, !tbaa !5
  %143 = load i32, ptr %12, align 4, !tbaa !5
  %144 = load i32, ptr %14, align 4, !tbaa !5
  %145 = load i32, ptr %15, align 4, !tbaa !5
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %140, i32 noundef %141, i32 noundef %142, i32 noundef %143, i32 noundef %144, i32 noundef %145) #4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @popcount_naive(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = and i32 %8, 1
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = add i32 %10, %9
  store i32 %11, ptr %3, align 4, !tbaa !5
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = lshr i32 %12, 1
  store i32 %13, ptr %2, align 4, !tbaa !5
  br label %4, !llvm.loop !13

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %15
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @popcount_kernighan(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = sub i32 %8, 1
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = and i32 %10, %9
  store i32 %11, ptr %2, align 4, !tbaa !5
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = add i32 %12, 1
  store i32 %13, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !14

14:                                               ; preds = %4
  %15 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @reverse_bits_loop(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %17, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 32
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %20

9:                                                ; preds = %5
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = shl i32 %10, 1
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = and i32 %12, 1
  %14 = or i32 %11, %13
  store i32 %14, ptr %3, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 1
  store i32 %16, ptr %2, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %9
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !15

20:                                               ; preds = %8
  %21 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %21
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @to_gray(i32 noundef %0) #2 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = lshr i32 %4, 1
  %6 = xor i32 %3, %5
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @compact1by1(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = and i32 %3, 1431655765
  store i32 %4, ptr %2, align 4, !tbaa !5
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = lshr i32 %6, 1
  %8 = or i32 %5, %7
  %9 = and i32 %8, 858993459
  store i32 %9, ptr %2, align 4, !tbaa !5
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = lshr i32 %11, 2
  %13 = or i32 %10, %12
  %14 = and i32 %13, 252645135
  store i32 %14, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = lshr i32 %16, 4
  %18 = or i32 %15, %17
  %19 = and i32 %18, 16711935
  store i32 %19, ptr %2, align 4, !tbaa !5
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = lshr i32 %21, 8
  %23 = or i32 %20, %22
  %24 = and i32 %23, 65535
  store i32 %24, ptr %2, align 4, !tbaa !5
  %25 = load i32, ptr %2, align 4, !tbaa !5
  ret i32 %25
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @next_pow2(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = icmp ule i32 %4, 1
  br i1 %5, label %6, label %7

6:                                                ; preds = %1
  store i32 1, ptr %2, align 4
  br label %21

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = sub i32 %8, 1
  %10 = call i32 @clz32(i32 noundef %9) #4
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %13

12:                                               ; preds = %7
  br label %19

13:                                               ; preds = %7
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = sub i32 %14, 1
  %16 = call i32 @clz32(i32 noundef %15) #4
  %17 = sub i32 32, %16
  %18 = shl i32 1, %17
  br label %19

19:                                               ; preds = %13, %12
  %20 = phi i32 [ 0, %12 ], [ %18, %13 ]
  store i32 %20, ptr %2, align 4
  br label %21

21:                                               ; preds = %19, %6
  %22 = load i32, ptr %2, align 4
  ret i32 %22
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @next_bit_perm(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = sub i32 %7, 1
  %9 = or i32 %6, %8
  store i32 %9, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %10 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %10, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %20, %1
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = and i32 %12, 1
  %14 = icmp ne i32 %13, 0
  %15 = xor i1 %14, true
  br i1 %15, label %17, label %16

16:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %23

17:                                               ; preds = %11
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = add i32 %18, 1
  store i32 %19, ptr %4, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %17
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = lshr i32 %21, 1
  store i32 %22, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !16

23:                                               ; preds = %16
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = add i32 %24, 1
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = xor i32 %26, -1
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = xor i32 %28, -1
  %30 = sub i32 0, %29
  %31 = and i32 %27, %30
  %32 = sub i32 %31, 1
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = add i32 %33, 1
  %35 = lshr i32 %32, %34
  %36 = or i32 %25, %35
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %36
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @clz32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %8, label %7

7:                                                ; preds = %1
  store i32 32, ptr %2, align 4
  br label %53

8:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = and i32 %9, -65536
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %17, label %12

12:                                               ; preds = %8
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = add i32 %13, 16
  store i32 %14, ptr %4, align 4, !tbaa !5
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = shl i32 %15, 16
  store i32 %16, ptr %3, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %12, %8
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = and i32 %18, -16777216
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %26, label %21

21:                                               ; preds = %17
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = add i32 %22, 8
  store i32 %23, ptr %4, align 4, !tbaa !5
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = shl i32 %24, 8
  store i32 %25, ptr %3, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %21, %17
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = and i32 %27, -268435456
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %35, label %30

30:                                               ; preds = %26
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = add i32 %31, 4
  store i32 %32, ptr %4, align 4, !tbaa !5
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = shl i32 %33, 4
  store i32 %34, ptr %3, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %30, %26
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = and i32 %36, -1073741824
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %44, label %39

39:                                               ; preds = %35
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = add i32 %40, 2
  store i32 %41, ptr %4, align 4, !tbaa !5
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = shl i32 %42, 2
  store i32 %43, ptr %3, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %39, %35
  %45 = load i32, ptr %3, align 4, !tbaa !5
  %46 = and i32 %45, -2147483648
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %51, label %48

48:                                               ; preds = %44
  %49 = load i32, ptr %4, align 4, !tbaa !5
  %50 = add i32 %49, 1
  store i32 %50, ptr %4, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %48, %44
  %52 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %52, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %53

53:                                               ; preds = %51, %7
  %54 = load i32, ptr %2, align 4
  ret i32 %54
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
