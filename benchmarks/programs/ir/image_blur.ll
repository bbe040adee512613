; ModuleID = 'image_blur.c'
source_filename = "image_blur.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.image = type { i32, i32, ptr }

@gaussian_blur.k = internal constant [5 x i32] [i32 1, i32 4, i32 6, i32 4, i32 1], align 16
@.str = private unnamed_addr constant [54 x i8] c"blur=%08x edge=%08x median=%08x small=%08x strong=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @gaussian_blur(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %76, %3
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.image, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 4, !tbaa !11
  %21 = icmp slt i32 %17, %20
  br i1 %21, label %23, label %22

22:                                               ; preds = %16
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %79

23:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %72, %23
  %25 = load i32, ptr %9, align 4, !tbaa !5
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.image, ptr %26, i32 0, i32 0
  %28 = load i32, ptr %27, align 8, !tbaa !14
  %29 = icmp slt i32 %25, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %24
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %75

31:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 -2, ptr %11, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %52, %31
  %33 = load i32, ptr %11, align 4, !tbaa !5
  %34 = icmp sle i32 %33, 2
  br i1 %34, label %36, label %35

35:                                               ; preds = %32
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %55

36:                                               ; preds = %32
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = add nsw i32 %37, 2
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [5 x i32], ptr @gaussian_blur.k, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = add nsw i32 %43, %44
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = call zeroext i8 @get_px(ptr noundef %42, i32 noundef %45, i32 noundef %46) #7
  %48 = zext i8 %47 to i32
  %49 = mul nsw i32 %41, %48
  %50 = load i32, ptr %10, align 4, !tbaa !5
  %51 = add nsw i32 %50, %49
  store i32 %51, ptr %10, align 4, !tbaa !5
  br label %52

52:                                               ; preds = %36
  %53 = load i32, ptr %11, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %11, align 4, !tbaa !5
  br label %32, !llvm.loop !15

55:                                               ; preds = %35
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = add nsw i32 %56, 8
  %58 = sdiv i32 %57, 16
  %59 = trunc i32 %58 to i8
  %60 = load ptr, ptr %6, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.image, ptr %60, i32 0, i32 2
  %62 = load ptr, ptr %61, align 8, !tbaa !17
  %63 = load i32, ptr %7, align 4, !tbaa !5
  %64 = load ptr, ptr %6, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.image, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %65, align 8, !tbaa !14
  %67 = mul nsw i32 %63, %66
  %68 = load i32, ptr %9, align 4, !tbaa !5
  %69 = add nsw i32 %67, %68
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i8, ptr %62, i64 %70
  store i8 %59, ptr %71, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %72

72:                                               ; preds = %55
  %73 = load i32, ptr %9, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %9, align 4, !tbaa !5
  br label %24, !llvm.loop !19

75:                                               ; preds = %30
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %7, align 4, !tbaa !5
  br label %16, !llvm.loop !20

79:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %140, %79
  %81 = load i32, ptr %12, align 4, !tbaa !5
  %82 = load ptr, ptr %4, align 8, !tbaa !9
  %83 = getelementptr inbounds nuw %struct.image, ptr %82, i32 0, i32 1
  %84 = load i32, ptr %83, align 4, !tbaa !11
  %85 = icmp slt i32 %81, %84
  br i1 %85, label %87, label %86

86:                                               ; preds = %80
  store i32 11, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %143

87:                                               ; preds = %80
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %136, %87
  %89 = load i32, ptr %13, align 4, !tbaa !5
  %90 = load ptr, ptr %4, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw %struct.image, ptr %90, i32 0, i32 0
  %92 = load i32, ptr %91, align 8, !tbaa !14
  %93 = icmp slt i32 %89, %92
  br i1 %93, label %95, label %94

94:                                               ; preds = %88
  store i32 14, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %139

95:                                               ; preds = %88
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i32 -2, ptr %15, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %116, %95
  %97 = load i32, ptr %15, align 4, !tbaa !5
  %98 = icmp sle i32 %97, 2
  br i1 %98, label %100, label %99

99:                                               ; preds = %96
  store i32 17, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %119

100:                                              ; preds = %96
  %101 = load i32, ptr %15, align 4, !tbaa !5
  %102 = add nsw i32 %101, 2
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [5 x i32], ptr @gaussian_blur.k, i64 0, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = load ptr, ptr %6, align 8, !tbaa !9
  %107 = load i32, ptr %13, align 4, !tbaa !5
  %108 = load i32, ptr %12, align 4, !tbaa !5
  %109 = load i32, ptr %15, align 4, !tbaa !5
  %110 = add nsw i32 %108, %109
  %111 = call zeroext i8 @get_px(ptr noundef %106, i32 noundef %107, i32 noundef %110) #7
  %112 = zext i8 %111 to i32
  %113 = mul nsw i32 %105, %112
  %114 = load i32, ptr %14, align 4, !tbaa !5
  %115 = add nsw i32 %114, %113
  store i32 %115, ptr %14, align 4, !tbaa !5
  br label %116

116:                                              ; preds = %100
  %117 = load i32, ptr %15, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %15, align 4, !tbaa !5
  br label %96, !llvm.loop !21

119:                                              ; preds = %99
  %120 = load i32, ptr %14, align 4, !tbaa !5
  %121 = add nsw i32 %120, 8
  %122 = sdiv i32 %121, 16
  %123 = trunc i32 %122 to i8
  %124 = load ptr, ptr %5, align 8, !tbaa !9
  %125 = getelementptr inbounds nuw %struct.image, ptr %124, i32 0, i32 2
  %126 = load ptr, ptr %125, align 8, !tbaa !17
  %127 = load i32, ptr %12, align 4, !tbaa !5
  %128 = load ptr, ptr %5, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw %struct.image, ptr %128, i32 0, i32 0
  %130 = load i32, ptr %129, align 8, !tbaa !14
  %131 = mul nsw i32 %127, %130
  %132 = load i32, ptr %13, align 4, !tbaa !5
  %133 = add nsw i32 %131, %132
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds i8, ptr %126, i64 %134
  store i8 %123, ptr %135, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %136

136:                                              ; preds = %119
  %137 = load i32, ptr %13, align 4, !tbaa !5
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %13, align 4, !tbaa !5
  br label %88, !llvm.loop !22

139:                                              ; preds = %94
  br label %140

140:                                              ; preds = %139
  %141 = load i32, ptr %12, align 4, !tbaa !5
  %142 = add nsw i32 %141, 1
  store i32 %142, ptr %12, align 4, !tbaa !5
  br label %80, !llvm.loop !23

143:                                              ; preds = %86
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal zeroext i8 @get_px(ptr noundef %0, i32 noundef %1, i32 noundef %2) #2 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.image, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 8, !tbaa !14
  %11 = sub nsw i32 %10, 1
  %12 = call i32 @clampi(i32 noundef %7, i32 noundef 0, i32 noundef %11) #7
  store i32 %12, ptr %5, align 4, !tbaa !5
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.image, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !11
  %17 = sub nsw i32 %16, 1
  %18 = call i32 @clampi(i32 noundef %13, i32 noundef 0, i32 noundef %17) #7
  store i32 %18, ptr %6, align 4, !tbaa !5
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.image, ptr %19, i32 0, i32 2
  %21 = load ptr, ptr %20, align 8, !tbaa !17
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.image, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %24, align 8, !tbaa !14
  %26 = mul nsw i32 %22, %25
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = add nsw i32 %26, %27
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %21, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !18
  ret i8 %31
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @sobel(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %155, %2
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.image, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !11
  %16 = icmp slt i32 %12, %15
  br i1 %16, label %18, label %17

17:                                               ; preds = %11
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %158

18:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %151, %18
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.image, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 8, !tbaa !14
  %24 = icmp slt i32 %20, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %19
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %154

26:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = sub nsw i32 %28, 1
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = sub nsw i32 %30, 1
  %32 = call zeroext i8 @get_px(ptr noundef %27, i32 noundef %29, i32 noundef %31) #7
  %33 = zext i8 %32 to i32
  %34 = sub nsw i32 0, %33
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sub nsw i32 %36, 1
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = call zeroext i8 @get_px(ptr noundef %35, i32 noundef %37, i32 noundef %38) #7
  %40 = zext i8 %39 to i32
  %41 = mul nsw i32 2, %40
  %42 = sub nsw i32 %34, %41
  %43 = load ptr, ptr %3, align 8, !tbaa !9
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = sub nsw i32 %44, 1
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  %48 = call zeroext i8 @get_px(ptr noundef %43, i32 noundef %45, i32 noundef %47) #7
  %49 = zext i8 %48 to i32
  %50 = sub nsw i32 %42, %49
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = sub nsw i32 %54, 1
  %56 = call zeroext i8 @get_px(ptr noundef %51, i32 noundef %53, i32 noundef %55) #7
  %57 = zext i8 %56 to i32
  %58 = add nsw i32 %50, %57
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  %62 = load i32, ptr %5, align 4, !tbaa !5
  %63 = call zeroext i8 @get_px(ptr noundef %59, i32 noundef %61, i32 noundef %62) #7
  %64 = zext i8 %63 to i32
  %65 = mul nsw i32 2, %64
  %66 = add nsw i32 %58, %65
  %67 = load ptr, ptr %3, align 8, !tbaa !9
  %68 = load i32, ptr %7, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  %70 = load i32, ptr %5, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  %72 = call zeroext i8 @get_px(ptr noundef %67, i32 noundef %69, i32 noundef %71) #7
  %73 = zext i8 %72 to i32
  %74 = add nsw i32 %66, %73
  store i32 %74, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %75 = load ptr, ptr %3, align 8, !tbaa !9
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = sub nsw i32 %76, 1
  %78 = load i32, ptr %5, align 4, !tbaa !5
  %79 = sub nsw i32 %78, 1
  %80 = call zeroext i8 @get_px(ptr noundef %75, i32 noundef %77, i32 noundef %79) #7
  %81 = zext i8 %80 to i32
  %82 = sub nsw i32 0, %81
  %83 = load ptr, ptr %3, align 8, !tbaa !9
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = load i32, ptr %5, align 4, !tbaa !5
  %86 = sub nsw i32 %85, 1
  %87 = call zeroext i8 @get_px(ptr noundef %83, i32 noundef %84, i32 noundef %86) #7
  %88 = zext i8 %87 to i32
  %89 = mul nsw i32 2, %88
  %90 = sub nsw i32 %82, %89
  %91 = load ptr, ptr %3, align 8, !tbaa !9
  %92 = load i32, ptr %7, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  %94 = load i32, ptr %5, align 4, !tbaa !5
  %95 = sub nsw i32 %94, 1
  %96 = call zeroext i8 @get_px(ptr noundef %91, i32 noundef %93, i32 noundef %95) #7
  %97 = zext i8 %96 to i32
  %98 = sub nsw i32 %90, %97
  %99 = load ptr, ptr %3, align 8, !tbaa !9
  %100 = load i32, ptr %7, align 4, !tbaa !5
  %101 = sub nsw i32 %100, 1
  %102 = load i32, ptr %5, align 4, !tbaa !5
  %103 = add nsw i32 %102, 1
  %104 = call zeroext i8 @get_px(ptr noundef %99, i32 noundef %101, i32 noundef %103) #7
  %105 = zext i8 %104 to i32
  %106 = add nsw i32 %98, %105
  %107 = load ptr, ptr %3, align 8, !tbaa !9
  %108 = load i32, ptr %7, align 4, !tbaa !5
  %109 = load i32, ptr %5, align 4, !tbaa !5
  %110 = add nsw i32 %109, 1
  %111 = call zeroext i8 @get_px(ptr noundef %107, i32 noundef %108, i32 noundef %110) #7
  %112 = zext i8 %111 to i32
  %113 = mul nsw i32 2, %112
  %114 = add nsw i32 %106, %113
  %115 = load ptr, ptr %3, align 8, !tbaa !9
  %116 = load i32, ptr %7, align 4, !tbaa !5
  %117 = add nsw i32 %116, 1
  %118 = load i32, ptr %5, align 4, !tbaa !5
  %119 = add nsw i32 %118, 1
  %120 = call zeroext i8 @get_px(ptr noundef %115, i32 noundef %117, i32 noundef %119) #7
  %121 = zext i8 %120 to i32
  %122 = add nsw i32 %114, %121
  store i32 %122, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %123 = load i32, ptr %8, align 4, !tbaa !5
  %124 = load i32, ptr %8, align 4, !tbaa !5
  %125 = mul nsw i32 %123, %124
  %126 = load i32, ptr %9, align 4, !tbaa !5
  %127 = load i32, ptr %9, align 4, !tbaa !5
  %128 = mul nsw i32 %126, %127
  %129 = add nsw i32 %125, %128
  %130 = call i32 @isqrt(i32 noundef %129) #7
  store i32 %130, ptr %10, align 4, !tbaa !5
  %131 = load i32, ptr %10, align 4, !tbaa !5
  %132 = icmp ugt i32 %131, 255
  br i1 %132, label %133, label %134

133:                                              ; preds = %26
  br label %136

134:                                              ; preds = %26
  %135 = load i32, ptr %10, align 4, !tbaa !5
  br label %136

136:                                              ; preds = %134, %133
  %137 = phi i32 [ 255, %133 ], [ %135, %134 ]
  %138 = trunc i32 %137 to i8
  %139 = load ptr, ptr %4, align 8, !tbaa !9
  %140 = getelementptr inbounds nuw %struct.image, ptr %139, i32 0, i32 2
  %141 = load ptr, ptr %140, align 8, !tbaa !17
  %142 = load i32, ptr %5, align 4, !tbaa !5
  %143 = load ptr, ptr %4, align 8, !tbaa !9
  %144 = getelementptr inbounds nuw %struct.image, ptr %143, i32 0, i32 0
  %145 = load i32, ptr %144, align 8, !tbaa !14
  %146 = mul nsw i32 %142, %145
  %147 = load i32, ptr %7, align 4, !tbaa !5
  %148 = add nsw i32 %146, %147
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i8, ptr %141, i64 %149
  store i8 %138, ptr %150, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %151

151:                                              ; preds = %136
  %152 = load i32, ptr %7, align 4, !tbaa !5
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %7, align 4, !tbaa !5
  br label %19, !llvm.loop !24

154:                                              ; preds = %25
  br label %155

155:                                              ; preds = %154
  %156 = load i32, ptr %5, align 4, !tbaa !5
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !25

158:                                              ; preds = %17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @isqrt(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %12, %1
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = add i32 %5, 1
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = add i32 %7, 1
  %9 = mul i32 %6, %8
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = icmp ule i32 %9, %10
  br i1 %11, label %12, label %15

12:                                               ; preds = %4
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = add i32 %13, 1
  store i32 %14, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !26

15:                                               ; preds = %4
  %16 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %16
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @median3x3(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [9 x i8], align 1
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %76, %2
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.image, ptr %14, i32 0, i32 1
  %16 = load i32, ptr %15, align 4, !tbaa !11
  %17 = icmp slt i32 %13, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %12
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %79

19:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %72, %19
  %21 = load i32, ptr %8, align 4, !tbaa !5
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.image, ptr %22, i32 0, i32 0
  %24 = load i32, ptr %23, align 8, !tbaa !14
  %25 = icmp slt i32 %21, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %20
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %75

27:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 -1, ptr %10, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %54, %27
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = icmp sle i32 %29, 1
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %57

32:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 -1, ptr %11, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %50, %32
  %34 = load i32, ptr %11, align 4, !tbaa !5
  %35 = icmp sle i32 %34, 1
  br i1 %35, label %37, label %36

36:                                               ; preds = %33
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %53

37:                                               ; preds = %33
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = add nsw i32 %39, %40
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = add nsw i32 %42, %43
  %45 = call zeroext i8 @get_px(ptr noundef %38, i32 noundef %41, i32 noundef %44) #7
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4, !tbaa !5
  %48 = sext i32 %46 to i64
  %49 = getelementptr inbounds [9 x i8], ptr %5, i64 0, i64 %48
  store i8 %45, ptr %49, align 1, !tbaa !18
  br label %50

50:                                               ; preds = %37
  %51 = load i32, ptr %11, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %11, align 4, !tbaa !5
  br label %33, !llvm.loop !27

53:                                               ; preds = %36
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %10, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %10, align 4, !tbaa !5
  br label %28, !llvm.loop !28

57:                                               ; preds = %31
  %58 = getelementptr inbounds [9 x i8], ptr %5, i64 0, i64 0
  %59 = call zeroext i8 @median9(ptr noundef %58) #7
  %60 = load ptr, ptr %4, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.image, ptr %60, i32 0, i32 2
  %62 = load ptr, ptr %61, align 8, !tbaa !17
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.image, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %65, align 8, !tbaa !14
  %67 = mul nsw i32 %63, %66
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = add nsw i32 %67, %68
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i8, ptr %62, i64 %70
  store i8 %59, ptr %71, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %72

72:                                               ; preds = %57
  %73 = load i32, ptr %8, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %8, align 4, !tbaa !5
  br label %20, !llvm.loop !29

75:                                               ; preds = %26
  br label %76

76:                                               ; preds = %75
  %77 = load i32, ptr %6, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !30

79:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @median9(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i8, align 1
  store ptr %0, ptr %2, align 8, !tbaa !31
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %60, %1
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 5
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %63

12:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %13 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %13, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %6, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %37, %12
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 9
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %40

20:                                               ; preds = %16
  %21 = load ptr, ptr %2, align 8, !tbaa !31
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i8, ptr %21, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !18
  %26 = zext i8 %25 to i32
  %27 = load ptr, ptr %2, align 8, !tbaa !31
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %27, i64 %29
  %31 = load i8, ptr %30, align 1, !tbaa !18
  %32 = zext i8 %31 to i32
  %33 = icmp slt i32 %26, %32
  br i1 %33, label %34, label %36

34:                                               ; preds = %20
  %35 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %35, ptr %5, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %34, %20
  br label %37

37:                                               ; preds = %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %16, !llvm.loop !32

40:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %41 = load ptr, ptr %2, align 8, !tbaa !31
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i8, ptr %41, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !18
  store i8 %45, ptr %7, align 1, !tbaa !18
  %46 = load ptr, ptr %2, align 8, !tbaa !31
  %47 = load i32, ptr %5, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !18
  %51 = load ptr, ptr %2, align 8, !tbaa !31
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i8, ptr %51, i64 %53
  store i8 %50, ptr %54, align 1, !tbaa !18
  %55 = load i8, ptr %7, align 1, !tbaa !18
  %56 = load ptr, ptr %2, align 8, !tbaa !31
  %57 = load i32, ptr %5, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds i8, ptr %56, i64 %58
  store i8 %55, ptr %59, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %60

60:                                               ; preds = %40
  %61 = load i32, ptr %3, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %3, align 4, !tbaa !5
  br label %8, !llvm.loop !33

63:                                               ; preds = %11
  %64 = load ptr, ptr %2, align 8, !tbaa !31
  %65 = getelementptr inbounds i8, ptr %64, i64 4
  %66 = load i8, ptr %65, align 1, !tbaa !18
  ret i8 %66
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.image, align 8
  %3 = alloca %struct.image, align 8
  %4 = alloca %struct.image, align 8
  %5 = alloca %struct.image, align 8
  %6 = alloca %struct.image, align 8
  %7 = alloca %struct.image, align 8
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
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %17 = call i32 @img_alloc(ptr noundef %2, i32 noundef 160, i32 noundef 120) #7
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %34, label %19

19:                                               ; preds = %0
  %20 = call i32 @img_alloc(ptr noundef %3, i32 noundef 160, i32 noundef 120) #7
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %34, label %22

22:                                               ; preds = %19
  %23 = call i32 @img_alloc(ptr noundef %4, i32 noundef 160, i32 noundef 120) #7
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %34, label %25

25:                                               ; preds = %22
  %26 = call i32 @img_alloc(ptr noundef %5, i32 noundef 160, i32 noundef 120) #7
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %34, label %28

28:                                               ; preds = %25
  %29 = call i32 @img_alloc(ptr noundef %6, i32 noundef 160, i32 noundef 120) #7
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %34, label %31

31:                                               ; preds = %28
  %32 = call i32 @img_alloc(ptr noundef %7, i32 noundef 80, i32 noundef 60) #7
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %34, label %35

34:                                               ; preds = %31, %28, %25, %22, %19, %0
  store i32 1, ptr %1, align 4
  store i32 1, ptr %8, align 4
  br label %140

35:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 5, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %98, %35
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 120
  br i1 %38, label %40, label %39

39:                                               ; preds = %36
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %101

40:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %94, %40
  %42 = load i32, ptr %11, align 4, !tbaa !5
  %43 = icmp slt i32 %42, 160
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %97

45:                                               ; preds = %41
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = mul i32 %46, 1664525
  %48 = add i32 %47, 1013904223
  store i32 %48, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %49 = load i32, ptr %11, align 4, !tbaa !5
  %50 = sdiv i32 %49, 20
  %51 = load i32, ptr %10, align 4, !tbaa !5
  %52 = sdiv i32 %51, 15
  %53 = add nsw i32 %50, %52
  %54 = and i32 %53, 1
  %55 = icmp ne i32 %54, 0
  %56 = zext i1 %55 to i64
  %57 = select i1 %55, i32 200, i32 50
  store i32 %57, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %58 = load i32, ptr %11, align 4, !tbaa !5
  %59 = sub nsw i32 %58, 80
  store i32 %59, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %60 = load i32, ptr %10, align 4, !tbaa !5
  %61 = sub nsw i32 %60, 60
  store i32 %61, ptr %14, align 4, !tbaa !5
  %62 = load i32, ptr %13, align 4, !tbaa !5
  %63 = load i32, ptr %13, align 4, !tbaa !5
  %64 = mul nsw i32 %62, %63
  %65 = load i32, ptr %14, align 4, !tbaa !5
  %66 = load i32, ptr %14, align 4, !tbaa !5
  %67 = mul nsw i32 %65, %66
  %68 = add nsw i32 %64, %67
  %69 = icmp slt i32 %68, 900
  br i1 %69, label %70, label %71

70:                                               ; preds = %45
  store i32 128, ptr %12, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %70, %45
  %72 = load i32, ptr %9, align 4, !tbaa !5
  %73 = lshr i32 %72, 24
  %74 = urem i32 %73, 31
  %75 = sub nsw i32 %74, 15
  %76 = load i32, ptr %12, align 4, !tbaa !5
  %77 = add nsw i32 %76, %75
  store i32 %77, ptr %12, align 4, !tbaa !5
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = and i32 %78, 1023
  %80 = icmp eq i32 %79, 1
  br i1 %80, label %81, label %82

81:                                               ; preds = %71
  store i32 255, ptr %12, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %81, %71
  %83 = load i32, ptr %12, align 4, !tbaa !5
  %84 = call i32 @clampi(i32 noundef %83, i32 noundef 0, i32 noundef 255) #7
  %85 = trunc i32 %84 to i8
  %86 = getelementptr inbounds nuw %struct.image, ptr %2, i32 0, i32 2
  %87 = load ptr, ptr %86, align 8, !tbaa !17
  %88 = load i32, ptr %10, align 4, !tbaa !5
  %89 = mul nsw i32 %88, 160
  %90 = load i32, ptr %11, align 4, !tbaa !5
  %91 = add nsw i32 %89, %90
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds i8, ptr %87, i64 %92
  store i8 %85, ptr %93, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %94

94:                                               ; preds = %82
  %95 = load i32, ptr %11, align 4, !tbaa !5
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %11, align 4, !tbaa !5
  br label %41, !llvm.loop !34

97:                                               ; preds = %44
  br label %98

98:                                               ; preds = %97
  %99 = load i32, ptr %10, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %10, align 4, !tbaa !5
  br label %36, !llvm.loop !35

101:                                              ; preds = %39
  call void @gaussian_blur(ptr noundef %2, ptr noundef %3, ptr noundef %4) #7
  call void @sobel(ptr noundef %3, ptr noundef %5) #7
  call void @median3x3(ptr noundef %2, ptr noundef %6) #7
  call void @downscale2(ptr noundef %6, ptr noundef %7) #7
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %102

102:                                              ; preds = %118, %101
  %103 = load i32, ptr %16, align 4, !tbaa !5
  %104 = icmp slt i32 %103, 19200
  br i1 %104, label %106, label %105

105:                                              ; preds = %102
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %121

106:                                              ; preds = %102
  %107 = getelementptr inbounds nuw %struct.image, ptr %5, i32 0, i32 2
  %108 = load ptr, ptr %107, align 8, !tbaa !17
  %109 = load i32, ptr %16, align 4, !tbaa !5
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i8, ptr %108, i64 %110
  %112 = load i8, ptr %111, align 1, !tbaa !18
  %113 = zext i8 %112 to i32
  %114 = icmp sgt i32 %113, 100
  %115 = zext i1 %114 to i32
  %116 = load i32, ptr %15, align 4, !tbaa !5
  %117 = add i32 %116, %115
  store i32 %117, ptr %15, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %106
  %119 = load i32, ptr %16, align 4, !tbaa !5
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %16, align 4, !tbaa !5
  br label %102, !llvm.loop !36

121:                                              ; preds = %105
  %122 = call i32 @img_hash(ptr noundef %3) #7
  %123 = call i32 @img_hash(ptr noundef %5) #7
  %124 = call i32 @img_hash(ptr noundef %6) #7
  %125 = call i32 @img_hash(ptr noundef %7) #7
  %126 = load i32, ptr %15, align 4, !tbaa !5
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %122, i32 noundef %123, i32 noundef %124, i32 noundef %125, i32 noundef %126) #7
  %128 = getelementptr inbounds nuw %struct.image, ptr %2, i32 0, i32 2
  %129 = load ptr, ptr %128, align 8, !tbaa !17
  call void @free(ptr noundef %129) #8
  %130 = getelementptr inbounds nuw %struct.image, ptr %3, i32 0, i32 2
  %131 = load ptr, ptr %130, align 8, !tbaa !17
  call void @free(ptr noundef %131) #8
  %132 = getelementptr inbounds nuw %struct.image, ptr %4, i32 0, i32 2
  %133 = load ptr, ptr %132, align 8, !tbaa !17
  call void @free(ptr noundef %133) #8
  %134 = getelementptr inbounds nuw %struct.image, ptr %5, i32 0, i32 2
  %135 = load ptr, ptr %134, align 8, !tbaa !17
  call void @free(ptr noundef %135) #8
  %136 = getelementptr inbounds nuw %struct.image, ptr %6, i32 0, i32 2
  %137 = load ptr, ptr %136, align 8, !tbaa !17
  call void @free(ptr noundef %137) #8
  %138 = getelementptr inbounds nuw %struct.image, ptr %7, i32 0, i32 2
  %139 = load ptr, ptr %138, align 8, !tbaa !17
  call void @free(ptr noundef %139) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %140

140:                                              ; preds = %121, %34
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %141 = load i32, ptr %1, align 4
  ret i32 %141
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @img_alloc(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.image, ptr %8, i32 0, i32 0
  store i32 %7, ptr %9, align 8, !tbaa !14
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.image, ptr %11, i32 0, i32 1
  store i32 %10, ptr %12, align 4, !tbaa !11
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = mul i64 %14, %16
  %18 = call noalias ptr @calloc(i64 noundef %17, i64 noundef 1) #9
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.image, ptr %19, i32 0, i32 2
  store ptr %18, ptr %20, align 8, !tbaa !17
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.image, ptr %21, i32 0, i32 2
  %23 = load ptr, ptr %22, align 8, !tbaa !17
  %24 = icmp ne ptr %23, null
  %25 = zext i1 %24 to i64
  %26 = select i1 %24, i32 0, i32 -1
  ret i32 %26
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @clampi(i32 noundef %0, i32 noundef %1, i32 noundef %2) #2 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %12

10:                                               ; preds = %3
  %11 = load i32, ptr %5, align 4, !tbaa !5
  br label %22

12:                                               ; preds = %3
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp sgt i32 %13, %14
  br i1 %15, label %16, label %18

16:                                               ; preds = %12
  %17 = load i32, ptr %6, align 4, !tbaa !5
  br label %20

18:                                               ; preds = %12
  %19 = load i32, ptr %4, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %18, %16
  %21 = phi i32 [ %17, %16 ], [ %19, %18 ]
  br label %22

22:                                               ; preds = %20, %10
  %23 = phi i32 [ %11, %10 ], [ %21, %20 ]
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @downscale2(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %80, %2
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.image, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !11
  %14 = icmp slt i32 %10, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %9
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %83

16:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %76, %16
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.image, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %20, align 8, !tbaa !14
  %22 = icmp slt i32 %18, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %17
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %79

24:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = mul nsw i32 2, %26
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = mul nsw i32 2, %28
  %30 = call zeroext i8 @get_px(ptr noundef %25, i32 noundef %27, i32 noundef %29) #7
  %31 = zext i8 %30 to i32
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = mul nsw i32 2, %33
  %35 = add nsw i32 %34, 1
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = mul nsw i32 2, %36
  %38 = call zeroext i8 @get_px(ptr noundef %32, i32 noundef %35, i32 noundef %37) #7
  %39 = zext i8 %38 to i32
  %40 = add nsw i32 %31, %39
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = mul nsw i32 2, %42
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = mul nsw i32 2, %44
  %46 = add nsw i32 %45, 1
  %47 = call zeroext i8 @get_px(ptr noundef %41, i32 noundef %43, i32 noundef %46) #7
  %48 = zext i8 %47 to i32
  %49 = add nsw i32 %40, %48
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = mul nsw i32 2, %51
  %53 = add nsw i32 %52, 1
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = mul nsw i32 2, %54
  %56 = add nsw i32 %55, 1
  %57 = call zeroext i8 @get_px(ptr noundef %50, i32 noundef %53, i32 noundef %56) #7
  %58 = zext i8 %57 to i32
  %59 = add nsw i32 %49, %58
  store i32 %59, ptr %8, align 4, !tbaa !5
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = add nsw i32 %60, 2
  %62 = sdiv i32 %61, 4
  %63 = trunc i32 %62 to i8
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.image, ptr %64, i32 0, i32 2
  %66 = load ptr, ptr %65, align 8, !tbaa !17
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = load ptr, ptr %4, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.image, ptr %68, i32 0, i32 0
  %70 = load i32, ptr %69, align 8, !tbaa !14
  %71 = mul nsw i32 %67, %70
  %72 = load i32, ptr %7, align 4, !tbaa !5
  %73 = add nsw i32 %71, %72
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds i8, ptr %66, i64 %74
  store i8 %63, ptr %75, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %76

76:                                               ; preds = %24
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %7, align 4, !tbaa !5
  br label %17, !llvm.loop !37

79:                                               ; preds = %23
  br label %80

80:                                               ; preds = %79
  %81 = load i32, ptr %5, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !38

83:                                               ; preds = %15
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @img_hash(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %28, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.image, ptr %7, i32 0, i32 0
  %9 = load i32, ptr %8, align 8, !tbaa !14
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.image, ptr %10, i32 0, i32 1
  %12 = load i32, ptr %11, align 4, !tbaa !11
  %13 = mul nsw i32 %9, %12
  %14 = icmp slt i32 %6, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %31

16:                                               ; preds = %5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = load ptr, ptr %2, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.image, ptr %18, i32 0, i32 2
  %20 = load ptr, ptr %19, align 8, !tbaa !17
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %20, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !18
  %25 = zext i8 %24 to i32
  %26 = xor i32 %17, %25
  %27 = mul i32 %26, 16777619
  store i32 %27, ptr %3, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %16
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !39

31:                                               ; preds = %15
  %32 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %32
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize allocsize(0,1) }

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
!11 = !{!12, !6, i64 4}
!12 = !{!"", !6, i64 0, !6, i64 4, !13, i64 8}
!13 = !{!"p1 omnipotent char", !10, i64 0}
!14 = !{!12, !6, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!12, !13, i64 8}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = distinct !{!30, !16}
!31 = !{!13, !13, i64 0}
!32 = distinct !{!32, !16}
!33 = distinct !{!33, !16}
!34 = distinct !{!34, !16}
!35 = distinct !{!35, !16}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
!38 = distinct !{!38, !16}
!39 = distinct !{!39, !16}
