; ModuleID = 'mandelbrot_fixed.c'
source_filename = "mandelbrot_fixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@histogram = internal global [9 x i32] zeroinitializer, align 16
@inside_bits = internal global [128 x [6 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [25 x i8] c"grid %dx%d, max_iter %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [42 x i8] c"inside=%u (shortcut %u) total_iters=%llu\0A\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"asymmetric pixels=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"histogram:\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c" %u\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"area~%llu.%04llu\0A\00", align 1
@ascii_preview.shades = internal constant [11 x i8] c" .:-=+*%#@\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"|%s|\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @ascii_preview() #3
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i64 218453, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i64 0, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %79, %0
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 128
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %82

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = mul nsw i32 2, %22
  %24 = sub nsw i32 %23, 127
  %25 = sext i32 %24 to i64
  %26 = mul nsw i64 %25, 218453
  %27 = sdiv i64 %26, 2
  store i64 %27, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %75, %21
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = icmp slt i32 %29, 192
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %78

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %33 = load i32, ptr %8, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = mul nsw i64 %34, 218453
  %36 = add nsw i64 -33554432, %35
  store i64 %36, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %37 = load i64, ptr %9, align 8, !tbaa !9
  %38 = load i64, ptr %7, align 8, !tbaa !9
  %39 = call i32 @in_cardioid_or_bulb(i64 noundef %37, i64 noundef %38) #3
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %44

41:                                               ; preds = %32
  store i32 200, ptr %10, align 4, !tbaa !5
  %42 = load i32, ptr %4, align 4, !tbaa !5
  %43 = add i32 %42, 1
  store i32 %43, ptr %4, align 4, !tbaa !5
  br label %48

44:                                               ; preds = %32
  %45 = load i64, ptr %9, align 8, !tbaa !9
  %46 = load i64, ptr %7, align 8, !tbaa !9
  %47 = call i32 @escape_time(i64 noundef %45, i64 noundef %46, i32 noundef 200) #3
  store i32 %47, ptr %10, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %44, %41
  %49 = load i32, ptr %10, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = load i64, ptr %3, align 8, !tbaa !11
  %52 = add i64 %51, %50
  store i64 %52, ptr %3, align 8, !tbaa !11
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = call i32 @bucket_of(i32 noundef %53) #3
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [9 x i32], ptr @histogram, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = add i32 %57, 1
  store i32 %58, ptr %56, align 4, !tbaa !5
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = icmp sge i32 %59, 200
  br i1 %60, label %61, label %74

61:                                               ; preds = %48
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = and i32 %62, 31
  %64 = shl i32 1, %63
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [128 x [6 x i32]], ptr @inside_bits, i64 0, i64 %66
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = ashr i32 %68, 5
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [6 x i32], ptr %67, i64 0, i64 %70
  %72 = load i32, ptr %71, align 4, !tbaa !5
  %73 = or i32 %72, %64
  store i32 %73, ptr %71, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %61, %48
  call void @llvm.lifetime.end.p0(ptr %10) #4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %75

75:                                               ; preds = %74
  %76 = load i32, ptr %8, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %8, align 4, !tbaa !5
  br label %28, !llvm.loop !13

78:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %5, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %5, align 4, !tbaa !5
  br label %17, !llvm.loop !15

82:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %11) #4
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %83

83:                                               ; preds = %126, %82
  %84 = load i32, ptr %13, align 4, !tbaa !5
  %85 = icmp slt i32 %84, 128
  br i1 %85, label %87, label %86

86:                                               ; preds = %83
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %129

87:                                               ; preds = %83
  call void @llvm.lifetime.start.p0(ptr %14) #4
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %122, %87
  %89 = load i32, ptr %14, align 4, !tbaa !5
  %90 = icmp slt i32 %89, 6
  br i1 %90, label %92, label %91

91:                                               ; preds = %88
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %125

92:                                               ; preds = %88
  %93 = load i32, ptr %13, align 4, !tbaa !5
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [128 x [6 x i32]], ptr @inside_bits, i64 0, i64 %94
  %96 = load i32, ptr %14, align 4, !tbaa !5
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [6 x i32], ptr %95, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !5
  %100 = call i32 @popcount32(i32 noundef %99) #3
  %101 = load i32, ptr %11, align 4, !tbaa !5
  %102 = add i32 %101, %100
  store i32 %102, ptr %11, align 4, !tbaa !5
  %103 = load i32, ptr %13, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [128 x [6 x i32]], ptr @inside_bits, i64 0, i64 %104
  %106 = load i32, ptr %14, align 4, !tbaa !5
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [6 x i32], ptr %105, i64 0, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !5
  %110 = load i32, ptr %13, align 4, !tbaa !5
  %111 = sub nsw i32 127, %110
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [128 x [6 x i32]], ptr @inside_bits, i64 0, i64 %112
  %114 = load i32, ptr %14, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [6 x i32], ptr %113, i64 0, i64 %115
  %117 = load i32, ptr %116, align 4, !tbaa !5
  %118 = xor i32 %109, %117
  %119 = call i32 @popcount32(i32 noundef %118) #3
  %120 = load i32, ptr %12, align 4, !tbaa !5
  %121 = add i32 %120, %119
  store i32 %121, ptr %12, align 4, !tbaa !5
  br label %122

122:                                              ; preds = %92
  %123 = load i32, ptr %14, align 4, !tbaa !5
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %14, align 4, !tbaa !5
  br label %88, !llvm.loop !16

125:                                              ; preds = %91
  br label %126

126:                                              ; preds = %125
  %127 = load i32, ptr %13, align 4, !tbaa !5
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %13, align 4, !tbaa !5
  br label %83, !llvm.loop !17

129:                                              ; preds = %86
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 192, i32 noundef 128, i32 noundef 200) #3
  %131 = load i32, ptr %11, align 4, !tbaa !5
  %132 = load i32, ptr %4, align 4, !tbaa !5
  %133 = load i64, ptr %3, align 8, !tbaa !11
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %131, i32 noundef %132, i64 noundef %133) #3
  %135 = load i32, ptr %12, align 4, !tbaa !5
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %135) #3
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.3) #3
  call void @llvm.lifetime.start.p0(ptr %15) #4
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %138

138:                                              ; preds = %148, %129
  %139 = load i32, ptr %15, align 4, !tbaa !5
  %140 = icmp slt i32 %139, 9
  br i1 %140, label %142, label %141

141:                                              ; preds = %138
  store i32 14, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #4
  br label %151

142:                                              ; preds = %138
  %143 = load i32, ptr %15, align 4, !tbaa !5
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [9 x i32], ptr @histogram, i64 0, i64 %144
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %146) #3
  br label %148

148:                                              ; preds = %142
  %149 = load i32, ptr %15, align 4, !tbaa !5
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %15, align 4, !tbaa !5
  br label %138, !llvm.loop !18

151:                                              ; preds = %141
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str.5) #3
  call void @llvm.lifetime.start.p0(ptr %16) #4
  %153 = load i32, ptr %11, align 4, !tbaa !5
  %154 = zext i32 %153 to i64
  %155 = mul i64 %154, 25000
  %156 = mul i64 %155, 27961984
  %157 = udiv i64 %156, 24576
  %158 = udiv i64 %157, 16777216
  store i64 %158, ptr %16, align 8, !tbaa !11
  %159 = load i64, ptr %16, align 8, !tbaa !11
  %160 = udiv i64 %159, 10000
  %161 = load i64, ptr %16, align 8, !tbaa !11
  %162 = urem i64 %161, 10000
  %163 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %160, i64 noundef %162) #3
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %164 = load i32, ptr %1, align 4
  ret i32 %164
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @ascii_preview() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca [64 x i8], align 16
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4
  store i32 60, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 20, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i64 838860, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i64 1677721, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %62, %0
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 20
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %65

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #4
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = mul nsw i64 %18, %19
  %21 = add nsw i64 -16777216, %20
  %22 = load i64, ptr %4, align 8, !tbaa !9
  %23 = sdiv i64 %22, 2
  %24 = add nsw i64 %21, %23
  store i64 %24, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %55, %16
  %26 = load i32, ptr %9, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 60
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %58

29:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = load i64, ptr %3, align 8, !tbaa !9
  %33 = mul nsw i64 %31, %32
  %34 = add nsw i64 -33554432, %33
  store i64 %34, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %35 = load i64, ptr %10, align 8, !tbaa !9
  %36 = load i64, ptr %8, align 8, !tbaa !9
  %37 = call i32 @escape_time(i64 noundef %35, i64 noundef %36, i32 noundef 60) #3
  store i32 %37, ptr %11, align 4, !tbaa !5
  %38 = load i32, ptr %11, align 4, !tbaa !5
  %39 = icmp sge i32 %38, 60
  br i1 %39, label %40, label %41

40:                                               ; preds = %29
  br label %49

41:                                               ; preds = %29
  %42 = load i32, ptr %11, align 4, !tbaa !5
  %43 = mul nsw i32 %42, 9
  %44 = sdiv i32 %43, 60
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [11 x i8], ptr @ascii_preview.shades, i64 0, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !19
  %48 = sext i8 %47 to i32
  br label %49

49:                                               ; preds = %41, %40
  %50 = phi i32 [ 64, %40 ], [ %48, %41 ]
  %51 = trunc i32 %50 to i8
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %53
  store i8 %51, ptr %54, align 1, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %55

55:                                               ; preds = %49
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %9, align 4, !tbaa !5
  br label %25, !llvm.loop !20

58:                                               ; preds = %28
  %59 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 60
  store i8 0, ptr %59, align 4, !tbaa !19
  %60 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 0
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %60) #3
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %62

62:                                               ; preds = %58
  %63 = load i32, ptr %5, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %5, align 4, !tbaa !5
  br label %12, !llvm.loop !21

65:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  call void @llvm.lifetime.end.p0(ptr %1) #4
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @in_cardioid_or_bulb(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store i64 %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %12 = load i64, ptr %5, align 8, !tbaa !9
  %13 = load i64, ptr %5, align 8, !tbaa !9
  %14 = mul nsw i64 %12, %13
  %15 = ashr i64 %14, 24
  store i64 %15, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %16 = load i64, ptr %4, align 8, !tbaa !9
  %17 = sub nsw i64 %16, 4194304
  store i64 %17, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %18 = load i64, ptr %7, align 8, !tbaa !9
  %19 = load i64, ptr %7, align 8, !tbaa !9
  %20 = mul nsw i64 %18, %19
  %21 = ashr i64 %20, 24
  %22 = load i64, ptr %6, align 8, !tbaa !9
  %23 = add nsw i64 %21, %22
  store i64 %23, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  %24 = load i64, ptr %8, align 8, !tbaa !9
  %25 = load i64, ptr %8, align 8, !tbaa !9
  %26 = load i64, ptr %7, align 8, !tbaa !9
  %27 = add nsw i64 %25, %26
  %28 = mul nsw i64 %24, %27
  %29 = sdiv i64 %28, 16777216
  store i64 %29, ptr %9, align 8, !tbaa !9
  %30 = load i64, ptr %9, align 8, !tbaa !9
  %31 = mul nsw i64 4, %30
  %32 = load i64, ptr %6, align 8, !tbaa !9
  %33 = icmp slt i64 %31, %32
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  store i32 1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %47

35:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %36 = load i64, ptr %4, align 8, !tbaa !9
  %37 = add nsw i64 %36, 16777216
  store i64 %37, ptr %11, align 8, !tbaa !9
  %38 = load i64, ptr %11, align 8, !tbaa !9
  %39 = load i64, ptr %11, align 8, !tbaa !9
  %40 = mul nsw i64 %38, %39
  %41 = ashr i64 %40, 24
  %42 = load i64, ptr %6, align 8, !tbaa !9
  %43 = add nsw i64 %41, %42
  %44 = mul nsw i64 16, %43
  %45 = icmp slt i64 %44, 16777216
  %46 = zext i1 %45 to i32
  store i32 %46, ptr %3, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %47

47:                                               ; preds = %35, %34
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  %48 = load i32, ptr %3, align 4
  ret i32 %48
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @escape_time(i64 noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i64 0, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %46, %3
  %14 = load i32, ptr %9, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %49

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %18 = load i64, ptr %7, align 8, !tbaa !9
  %19 = load i64, ptr %7, align 8, !tbaa !9
  %20 = mul nsw i64 %18, %19
  %21 = ashr i64 %20, 24
  store i64 %21, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %22 = load i64, ptr %8, align 8, !tbaa !9
  %23 = load i64, ptr %8, align 8, !tbaa !9
  %24 = mul nsw i64 %22, %23
  %25 = ashr i64 %24, 24
  store i64 %25, ptr %11, align 8, !tbaa !9
  %26 = load i64, ptr %10, align 8, !tbaa !9
  %27 = load i64, ptr %11, align 8, !tbaa !9
  %28 = add nsw i64 %26, %27
  %29 = icmp sgt i64 %28, 67108864
  br i1 %29, label %30, label %31

30:                                               ; preds = %17
  store i32 2, ptr %12, align 4
  br label %43

31:                                               ; preds = %17
  %32 = load i64, ptr %7, align 8, !tbaa !9
  %33 = load i64, ptr %8, align 8, !tbaa !9
  %34 = mul nsw i64 %32, %33
  %35 = sdiv i64 %34, 8388608
  %36 = load i64, ptr %5, align 8, !tbaa !9
  %37 = add nsw i64 %35, %36
  store i64 %37, ptr %8, align 8, !tbaa !9
  %38 = load i64, ptr %10, align 8, !tbaa !9
  %39 = load i64, ptr %11, align 8, !tbaa !9
  %40 = sub nsw i64 %38, %39
  %41 = load i64, ptr %4, align 8, !tbaa !9
  %42 = add nsw i64 %40, %41
  store i64 %42, ptr %7, align 8, !tbaa !9
  store i32 0, ptr %12, align 4
  br label %43

43:                                               ; preds = %31, %30
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  %44 = load i32, ptr %12, align 4
  switch i32 %44, label %51 [
    i32 0, label %45
    i32 2, label %49
  ]

45:                                               ; preds = %43
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %9, align 4, !tbaa !5
  br label %13, !llvm.loop !22

49:                                               ; preds = %43, %13
  %50 = load i32, ptr %9, align 4, !tbaa !5
  store i32 1, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i32 %50

51:                                               ; preds = %43
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bucket_of(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = icmp sge i32 %5, 200
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  store i32 8, ptr %2, align 4
  br label %24

8:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %17, %8
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = icmp sgt i32 %10, 1
  br i1 %11, label %12, label %15

12:                                               ; preds = %9
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 7
  br label %15

15:                                               ; preds = %12, %9
  %16 = phi i1 [ false, %9 ], [ %14, %12 ]
  br i1 %16, label %17, label %22

17:                                               ; preds = %15
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = ashr i32 %18, 1
  store i32 %19, ptr %3, align 4, !tbaa !5
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %4, align 4, !tbaa !5
  br label %9, !llvm.loop !23

22:                                               ; preds = %15
  %23 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %23, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %24

24:                                               ; preds = %22, %7
  %25 = load i32, ptr %2, align 4
  ret i32 %25
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @popcount32(i32 noundef %0) #0 {
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

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize }
attributes #4 = { nounwind }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"long long", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14}
!19 = !{!7, !7, i64 0}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = distinct !{!23, !14}
