; ModuleID = 'dither.c'
source_filename = "dither.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@work = internal global [96 x [128 x i16]] zeroinitializer, align 16
@bayer_dither.m = internal constant [4 x [4 x i8]] [[4 x i8] c"\00\08\02\0A", [4 x i8] c"\0C\04\0E\06", [4 x i8] c"\03\0B\01\09", [4 x i8] c"\0F\07\0D\05"], align 16
@main.img = internal global [12288 x i8] zeroinitializer, align 16
@main.fs = internal global [12288 x i8] zeroinitializer, align 16
@main.bay = internal global [12288 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"mean=%u fs_on=%u bayer_on=%u fs=%08x bayer=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @floyd_steinberg(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %42, %2
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 96
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %45

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %38, %17
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = icmp slt i32 %19, 128
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %41

22:                                               ; preds = %18
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = mul nsw i32 %24, 128
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = add nsw i32 %25, %26
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %23, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !12
  %31 = zext i8 %30 to i16
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %33
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [128 x i16], ptr %34, i64 0, i64 %36
  store i16 %31, ptr %37, align 2, !tbaa !13
  br label %38

38:                                               ; preds = %22
  %39 = load i32, ptr %7, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %7, align 4, !tbaa !5
  br label %18, !llvm.loop !15

41:                                               ; preds = %21
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %5, align 4, !tbaa !5
  br label %13, !llvm.loop !17

45:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %192, %45
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = icmp slt i32 %47, 96
  br i1 %48, label %50, label %49

49:                                               ; preds = %46
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %195

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %188, %50
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = icmp slt i32 %52, 128
  br i1 %53, label %55, label %54

54:                                               ; preds = %51
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %191

55:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %57
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [128 x i16], ptr %58, i64 0, i64 %60
  %62 = load i16, ptr %61, align 2, !tbaa !13
  %63 = sext i16 %62 to i32
  store i32 %63, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %64 = load i32, ptr %10, align 4, !tbaa !5
  %65 = icmp sge i32 %64, 128
  %66 = zext i1 %65 to i64
  %67 = select i1 %65, i32 255, i32 0
  store i32 %67, ptr %11, align 4, !tbaa !5
  %68 = load i32, ptr %11, align 4, !tbaa !5
  %69 = icmp ne i32 %68, 0
  %70 = zext i1 %69 to i32
  %71 = trunc i32 %70 to i8
  %72 = load ptr, ptr %4, align 8, !tbaa !9
  %73 = load i32, ptr %8, align 4, !tbaa !5
  %74 = mul nsw i32 %73, 128
  %75 = load i32, ptr %9, align 4, !tbaa !5
  %76 = add nsw i32 %74, %75
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i8, ptr %72, i64 %77
  store i8 %71, ptr %78, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %79 = load i32, ptr %10, align 4, !tbaa !5
  %80 = load i32, ptr %11, align 4, !tbaa !5
  %81 = sub nsw i32 %79, %80
  store i32 %81, ptr %12, align 4, !tbaa !5
  %82 = load i32, ptr %9, align 4, !tbaa !5
  %83 = add nsw i32 %82, 1
  %84 = icmp slt i32 %83, 128
  br i1 %84, label %85, label %107

85:                                               ; preds = %55
  %86 = load i32, ptr %8, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %87
  %89 = load i32, ptr %9, align 4, !tbaa !5
  %90 = add nsw i32 %89, 1
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [128 x i16], ptr %88, i64 0, i64 %91
  %93 = load i16, ptr %92, align 2, !tbaa !13
  %94 = sext i16 %93 to i32
  %95 = load i32, ptr %12, align 4, !tbaa !5
  %96 = mul nsw i32 %95, 7
  %97 = sdiv i32 %96, 16
  %98 = add nsw i32 %94, %97
  %99 = trunc i32 %98 to i16
  %100 = load i32, ptr %8, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %101
  %103 = load i32, ptr %9, align 4, !tbaa !5
  %104 = add nsw i32 %103, 1
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [128 x i16], ptr %102, i64 0, i64 %105
  store i16 %99, ptr %106, align 2, !tbaa !13
  br label %107

107:                                              ; preds = %85, %55
  %108 = load i32, ptr %8, align 4, !tbaa !5
  %109 = add nsw i32 %108, 1
  %110 = icmp slt i32 %109, 96
  br i1 %110, label %111, label %187

111:                                              ; preds = %107
  %112 = load i32, ptr %9, align 4, !tbaa !5
  %113 = icmp sgt i32 %112, 0
  br i1 %113, label %114, label %138

114:                                              ; preds = %111
  %115 = load i32, ptr %8, align 4, !tbaa !5
  %116 = add nsw i32 %115, 1
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %117
  %119 = load i32, ptr %9, align 4, !tbaa !5
  %120 = sub nsw i32 %119, 1
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [128 x i16], ptr %118, i64 0, i64 %121
  %123 = load i16, ptr %122, align 2, !tbaa !13
  %124 = sext i16 %123 to i32
  %125 = load i32, ptr %12, align 4, !tbaa !5
  %126 = mul nsw i32 %125, 3
  %127 = sdiv i32 %126, 16
  %128 = add nsw i32 %124, %127
  %129 = trunc i32 %128 to i16
  %130 = load i32, ptr %8, align 4, !tbaa !5
  %131 = add nsw i32 %130, 1
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %132
  %134 = load i32, ptr %9, align 4, !tbaa !5
  %135 = sub nsw i32 %134, 1
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [128 x i16], ptr %133, i64 0, i64 %136
  store i16 %129, ptr %137, align 2, !tbaa !13
  br label %138

138:                                              ; preds = %114, %111
  %139 = load i32, ptr %8, align 4, !tbaa !5
  %140 = add nsw i32 %139, 1
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %141
  %143 = load i32, ptr %9, align 4, !tbaa !5
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [128 x i16], ptr %142, i64 0, i64 %144
  %146 = load i16, ptr %145, align 2, !tbaa !13
  %147 = sext i16 %146 to i32
  %148 = load i32, ptr %12, align 4, !tbaa !5
  %149 = mul nsw i32 %148, 5
  %150 = sdiv i32 %149, 16
  %151 = add nsw i32 %147, %150
  %152 = trunc i32 %151 to i16
  %153 = load i32, ptr %8, align 4, !tbaa !5
  %154 = add nsw i32 %153, 1
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %155
  %157 = load i32, ptr %9, align 4, !tbaa !5
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds [128 x i16], ptr %156, i64 0, i64 %158
  store i16 %152, ptr %159, align 2, !tbaa !13
  %160 = load i32, ptr %9, align 4, !tbaa !5
  %161 = add nsw i32 %160, 1
  %162 = icmp slt i32 %161, 128
  br i1 %162, label %163, label %186

163:                                              ; preds = %138
  %164 = load i32, ptr %8, align 4, !tbaa !5
  %165 = add nsw i32 %164, 1
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %166
  %168 = load i32, ptr %9, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds [128 x i16], ptr %167, i64 0, i64 %170
  %172 = load i16, ptr %171, align 2, !tbaa !13
  %173 = sext i16 %172 to i32
  %174 = load i32, ptr %12, align 4, !tbaa !5
  %175 = sdiv i32 %174, 16
  %176 = add nsw i32 %173, %175
  %177 = trunc i32 %176 to i16
  %178 = load i32, ptr %8, align 4, !tbaa !5
  %179 = add nsw i32 %178, 1
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [96 x [128 x i16]], ptr @work, i64 0, i64 %180
  %182 = load i32, ptr %9, align 4, !tbaa !5
  %183 = add nsw i32 %182, 1
  %184 = sext i32 %183 to i64
  %185 = getelementptr inbounds [128 x i16], ptr %181, i64 0, i64 %184
  store i16 %177, ptr %185, align 2, !tbaa !13
  br label %186

186:                                              ; preds = %163, %138
  br label %187

187:                                              ; preds = %186, %107
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %188

188:                                              ; preds = %187
  %189 = load i32, ptr %9, align 4, !tbaa !5
  %190 = add nsw i32 %189, 1
  store i32 %190, ptr %9, align 4, !tbaa !5
  br label %51, !llvm.loop !18

191:                                              ; preds = %54
  br label %192

192:                                              ; preds = %191
  %193 = load i32, ptr %8, align 4, !tbaa !5
  %194 = add nsw i32 %193, 1
  store i32 %194, ptr %8, align 4, !tbaa !5
  br label %46, !llvm.loop !19

195:                                              ; preds = %49
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @bayer_dither(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %55, %2
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 96
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %58

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %51, %13
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 128
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %54

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = and i32 %19, 3
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [4 x [4 x i8]], ptr @bayer_dither.m, i64 0, i64 %21
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = and i32 %23, 3
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x i8], ptr %22, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !12
  %28 = zext i8 %27 to i32
  %29 = mul nsw i32 %28, 16
  %30 = add nsw i32 %29, 8
  store i32 %30, ptr %8, align 4, !tbaa !5
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = mul nsw i32 %32, 128
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = add nsw i32 %33, %34
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %31, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !12
  %39 = zext i8 %38 to i32
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = icmp sgt i32 %39, %40
  %42 = zext i1 %41 to i32
  %43 = trunc i32 %42 to i8
  %44 = load ptr, ptr %4, align 8, !tbaa !9
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = mul nsw i32 %45, 128
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = add nsw i32 %46, %47
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i8, ptr %44, i64 %49
  store i8 %43, ptr %50, align 1, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %51

51:                                               ; preds = %18
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %7, align 4, !tbaa !5
  br label %14, !llvm.loop !20

54:                                               ; preds = %17
  br label %55

55:                                               ; preds = %54
  %56 = load i32, ptr %5, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !21

58:                                               ; preds = %12
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %36, %0
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 96
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #3
  br label %39

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %32, %11
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 128
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %35

16:                                               ; preds = %12
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = mul nsw i32 %17, 255
  %19 = sdiv i32 %18, 127
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = mul nsw i32 %20, 64
  %22 = sdiv i32 %21, 96
  %23 = add nsw i32 %19, %22
  %24 = srem i32 %23, 256
  %25 = trunc i32 %24 to i8
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = mul nsw i32 %26, 128
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = add nsw i32 %27, %28
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [12288 x i8], ptr @main.img, i64 0, i64 %30
  store i8 %25, ptr %31, align 1, !tbaa !12
  br label %32

32:                                               ; preds = %16
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %4, align 4, !tbaa !5
  br label %12, !llvm.loop !22

35:                                               ; preds = %15
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %2, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %2, align 4, !tbaa !5
  br label %7, !llvm.loop !23

39:                                               ; preds = %10
  call void @floyd_steinberg(ptr noundef @main.img, ptr noundef @main.fs) #4
  call void @bayer_dither(ptr noundef @main.img, ptr noundef @main.bay) #4
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %52, %39
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = icmp slt i32 %41, 12288
  br i1 %42, label %44, label %43

43:                                               ; preds = %40
  store i32 8, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %55

44:                                               ; preds = %40
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [12288 x i8], ptr @main.img, i64 0, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !12
  %49 = zext i8 %48 to i32
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = add i32 %50, %49
  store i32 %51, ptr %5, align 4, !tbaa !5
  br label %52

52:                                               ; preds = %44
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %6, align 4, !tbaa !5
  br label %40, !llvm.loop !24

55:                                               ; preds = %43
  %56 = load i32, ptr %5, align 4, !tbaa !5
  %57 = udiv i32 %56, 12288
  %58 = call i32 @count_on(ptr noundef @main.fs) #4
  %59 = call i32 @count_on(ptr noundef @main.bay) #4
  %60 = call i32 @pack_hash(ptr noundef @main.fs) #4
  %61 = call i32 @pack_hash(ptr noundef @main.bay) #4
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %57, i32 noundef %58, i32 noundef %59, i32 noundef %60, i32 noundef %61) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  %63 = load i32, ptr %1, align 4
  ret i32 %63
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_on(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %18, %1
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 12288
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %21

9:                                                ; preds = %5
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds i8, ptr %10, i64 %12
  %14 = load i8, ptr %13, align 1, !tbaa !12
  %15 = zext i8 %14 to i32
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = add i32 %16, %15
  store i32 %17, ptr %3, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %9
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !25

21:                                               ; preds = %8
  %22 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @pack_hash(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %37, %1
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 12288
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %40

12:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %29, %12
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 8
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %32

17:                                               ; preds = %13
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = shl i32 %18, 1
  %20 = load ptr, ptr %2, align 8, !tbaa !9
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = add nsw i32 %21, %22
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %20, i64 %24
  %26 = load i8, ptr %25, align 1, !tbaa !12
  %27 = zext i8 %26 to i32
  %28 = or i32 %19, %27
  store i32 %28, ptr %6, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %17
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %7, align 4, !tbaa !5
  br label %13, !llvm.loop !26

32:                                               ; preds = %16
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = mul i32 %33, 257
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = add i32 %34, %35
  store i32 %36, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %37

37:                                               ; preds = %32
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = add nsw i32 %38, 8
  store i32 %39, ptr %4, align 4, !tbaa !5
  br label %8, !llvm.loop !27

40:                                               ; preds = %11
  %41 = load i32, ptr %3, align 4, !tbaa !5
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %41
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!7, !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"short", !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
