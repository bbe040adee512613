; ModuleID = 'fixed_fft.c'
source_filename = "fixed_fft.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.cplx = type { i32, i32 }

@cos_tab = internal global [512 x i16] zeroinitializer, align 16
@sin_tab = internal global [512 x i16] zeroinitializer, align 16
@main.buf = internal global [1024 x %struct.cplx] zeroinitializer, align 16
@.str = private unnamed_addr constant [48 x i8] c"fft peaks=%d,%d,%d hash=%08x cos0=%d sin256=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @fft_q15(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca %struct.cplx, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %48, %1
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = icmp ult i32 %21, 1024
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %51

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = call i32 @bit_reverse(i32 noundef %25, i32 noundef 10) #7
  store i32 %26, ptr %4, align 4, !tbaa !5
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = icmp ugt i32 %27, %28
  br i1 %29, label %30, label %47

30:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %31 = load ptr, ptr %2, align 8, !tbaa !9
  %32 = load i32, ptr %3, align 4, !tbaa !5
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds nuw %struct.cplx, ptr %31, i64 %33
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %5, ptr align 4 %34, i64 8, i1 false), !tbaa.struct !11
  %35 = load ptr, ptr %2, align 8, !tbaa !9
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = zext i32 %36 to i64
  %38 = getelementptr inbounds nuw %struct.cplx, ptr %35, i64 %37
  %39 = load ptr, ptr %2, align 8, !tbaa !9
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds nuw %struct.cplx, ptr %39, i64 %41
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %38, ptr align 4 %42, i64 8, i1 false), !tbaa.struct !11
  %43 = load ptr, ptr %2, align 8, !tbaa !9
  %44 = load i32, ptr %4, align 4, !tbaa !5
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds nuw %struct.cplx, ptr %43, i64 %45
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %46, ptr align 4 %5, i64 8, i1 false), !tbaa.struct !11
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %47

47:                                               ; preds = %30, %24
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %3, align 4, !tbaa !5
  %50 = add i32 %49, 1
  store i32 %50, ptr %3, align 4, !tbaa !5
  br label %20, !llvm.loop !12

51:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 2, ptr %6, align 4, !tbaa !5
  br label %52

52:                                               ; preds = %162, %51
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = icmp sle i32 %53, 1024
  br i1 %54, label %56, label %55

55:                                               ; preds = %52
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %165

56:                                               ; preds = %52
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = sdiv i32 %57, 2
  store i32 %58, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %59 = load i32, ptr %6, align 4, !tbaa !5
  %60 = sdiv i32 1024, %59
  store i32 %60, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %157, %56
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = icmp slt i32 %62, 1024
  br i1 %63, label %65, label %64

64:                                               ; preds = %61
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %161

65:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %153, %65
  %67 = load i32, ptr %11, align 4, !tbaa !5
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %71, label %70

70:                                               ; preds = %66
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %156

71:                                               ; preds = %66
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %72 = load i32, ptr %11, align 4, !tbaa !5
  %73 = load i32, ptr %9, align 4, !tbaa !5
  %74 = mul nsw i32 %72, %73
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [512 x i16], ptr @cos_tab, i64 0, i64 %75
  %77 = load i16, ptr %76, align 2, !tbaa !14
  %78 = sext i16 %77 to i32
  store i32 %78, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %79 = load i32, ptr %11, align 4, !tbaa !5
  %80 = load i32, ptr %9, align 4, !tbaa !5
  %81 = mul nsw i32 %79, %80
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [512 x i16], ptr @sin_tab, i64 0, i64 %82
  %84 = load i16, ptr %83, align 2, !tbaa !14
  %85 = sext i16 %84 to i32
  %86 = sub nsw i32 0, %85
  store i32 %86, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %87 = load ptr, ptr %2, align 8, !tbaa !9
  %88 = load i32, ptr %10, align 4, !tbaa !5
  %89 = load i32, ptr %11, align 4, !tbaa !5
  %90 = add nsw i32 %88, %89
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds %struct.cplx, ptr %87, i64 %91
  store ptr %92, ptr %14, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %93 = load ptr, ptr %2, align 8, !tbaa !9
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = load i32, ptr %11, align 4, !tbaa !5
  %96 = add nsw i32 %94, %95
  %97 = load i32, ptr %8, align 4, !tbaa !5
  %98 = add nsw i32 %96, %97
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds %struct.cplx, ptr %93, i64 %99
  store ptr %100, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %101 = load ptr, ptr %15, align 8, !tbaa !9
  %102 = getelementptr inbounds nuw %struct.cplx, ptr %101, i32 0, i32 0
  %103 = load i32, ptr %102, align 4, !tbaa !16
  %104 = load i32, ptr %12, align 4, !tbaa !5
  %105 = call i32 @mul_q15(i32 noundef %103, i32 noundef %104) #7
  %106 = load ptr, ptr %15, align 8, !tbaa !9
  %107 = getelementptr inbounds nuw %struct.cplx, ptr %106, i32 0, i32 1
  %108 = load i32, ptr %107, align 4, !tbaa !18
  %109 = load i32, ptr %13, align 4, !tbaa !5
  %110 = call i32 @mul_q15(i32 noundef %108, i32 noundef %109) #7
  %111 = sub nsw i32 %105, %110
  store i32 %111, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %112 = load ptr, ptr %15, align 8, !tbaa !9
  %113 = getelementptr inbounds nuw %struct.cplx, ptr %112, i32 0, i32 0
  %114 = load i32, ptr %113, align 4, !tbaa !16
  %115 = load i32, ptr %13, align 4, !tbaa !5
  %116 = call i32 @mul_q15(i32 noundef %114, i32 noundef %115) #7
  %117 = load ptr, ptr %15, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw %struct.cplx, ptr %117, i32 0, i32 1
  %119 = load i32, ptr %118, align 4, !tbaa !18
  %120 = load i32, ptr %12, align 4, !tbaa !5
  %121 = call i32 @mul_q15(i32 noundef %119, i32 noundef %120) #7
  %122 = add nsw i32 %116, %121
  store i32 %122, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %123 = load ptr, ptr %14, align 8, !tbaa !9
  %124 = getelementptr inbounds nuw %struct.cplx, ptr %123, i32 0, i32 0
  %125 = load i32, ptr %124, align 4, !tbaa !16
  store i32 %125, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %126 = load ptr, ptr %14, align 8, !tbaa !9
  %127 = getelementptr inbounds nuw %struct.cplx, ptr %126, i32 0, i32 1
  %128 = load i32, ptr %127, align 4, !tbaa !18
  store i32 %128, ptr %19, align 4, !tbaa !5
  %129 = load i32, ptr %18, align 4, !tbaa !5
  %130 = load i32, ptr %16, align 4, !tbaa !5
  %131 = add nsw i32 %129, %130
  %132 = sdiv i32 %131, 2
  %133 = load ptr, ptr %14, align 8, !tbaa !9
  %134 = getelementptr inbounds nuw %struct.cplx, ptr %133, i32 0, i32 0
  store i32 %132, ptr %134, align 4, !tbaa !16
  %135 = load i32, ptr %19, align 4, !tbaa !5
  %136 = load i32, ptr %17, align 4, !tbaa !5
  %137 = add nsw i32 %135, %136
  %138 = sdiv i32 %137, 2
  %139 = load ptr, ptr %14, align 8, !tbaa !9
  %140 = getelementptr inbounds nuw %struct.cplx, ptr %139, i32 0, i32 1
  store i32 %138, ptr %140, align 4, !tbaa !18
  %141 = load i32, ptr %18, align 4, !tbaa !5
  %142 = load i32, ptr %16, align 4, !tbaa !5
  %143 = sub nsw i32 %141, %142
  %144 = sdiv i32 %143, 2
  %145 = load ptr, ptr %15, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw %struct.cplx, ptr %145, i32 0, i32 0
  store i32 %144, ptr %146, align 4, !tbaa !16
  %147 = load i32, ptr %19, align 4, !tbaa !5
  %148 = load i32, ptr %17, align 4, !tbaa !5
  %149 = sub nsw i32 %147, %148
  %150 = sdiv i32 %149, 2
  %151 = load ptr, ptr %15, align 8, !tbaa !9
  %152 = getelementptr inbounds nuw %struct.cplx, ptr %151, i32 0, i32 1
  store i32 %150, ptr %152, align 4, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %153

153:                                              ; preds = %71
  %154 = load i32, ptr %11, align 4, !tbaa !5
  %155 = add nsw i32 %154, 1
  store i32 %155, ptr %11, align 4, !tbaa !5
  br label %66, !llvm.loop !19

156:                                              ; preds = %70
  br label %157

157:                                              ; preds = %156
  %158 = load i32, ptr %6, align 4, !tbaa !5
  %159 = load i32, ptr %10, align 4, !tbaa !5
  %160 = add nsw i32 %159, %158
  store i32 %160, ptr %10, align 4, !tbaa !5
  br label %61, !llvm.loop !20

161:                                              ; preds = %64
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %162

162:                                              ; preds = %161
  %163 = load i32, ptr %6, align 4, !tbaa !5
  %164 = mul nsw i32 %163, 2
  store i32 %164, ptr %6, align 4, !tbaa !5
  br label %52, !llvm.loop !21

165:                                              ; preds = %55
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bit_reverse(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %23

12:                                               ; preds = %7
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = shl i32 %13, 1
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = and i32 %15, 1
  %17 = or i32 %14, %16
  store i32 %17, ptr %5, align 4, !tbaa !5
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = lshr i32 %18, 1
  store i32 %19, ptr %3, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %12
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !22

23:                                               ; preds = %11
  %24 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %24
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @mul_q15(i32 noundef %0, i32 noundef %1) #3 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = sext i32 %7 to i64
  %9 = mul nsw i64 %6, %8
  %10 = add nsw i64 %9, 16384
  %11 = sdiv i64 %10, 32768
  %12 = trunc i64 %11 to i32
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [3 x i32], align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [3 x i32], align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @make_twiddles() #7
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.memset.p0.i64(ptr align 4 %3, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %158, %0
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 8
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %161

20:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = mul nsw i32 %21, 11
  %23 = add nsw i32 37, %22
  store i32 %23, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = mul nsw i32 %24, 3
  %26 = add nsw i32 200, %25
  store i32 %26, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %60, %20
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = icmp slt i32 %28, 1024
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %63

31:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = mul nsw i32 %32, %33
  %35 = srem i32 %34, 512
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [512 x i16], ptr @cos_tab, i64 0, i64 %36
  %38 = load i16, ptr %37, align 2, !tbaa !14
  %39 = sext i16 %38 to i32
  %40 = sdiv i32 %39, 2
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = mul nsw i32 %41, %42
  %44 = srem i32 %43, 512
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [512 x i16], ptr @sin_tab, i64 0, i64 %45
  %47 = load i16, ptr %46, align 2, !tbaa !14
  %48 = sext i16 %47 to i32
  %49 = sdiv i32 %48, 3
  %50 = add nsw i32 %40, %49
  store i32 %50, ptr %9, align 4, !tbaa !5
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [1024 x %struct.cplx], ptr @main.buf, i64 0, i64 %53
  %55 = getelementptr inbounds nuw %struct.cplx, ptr %54, i32 0, i32 0
  store i32 %51, ptr %55, align 8, !tbaa !16
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [1024 x %struct.cplx], ptr @main.buf, i64 0, i64 %57
  %59 = getelementptr inbounds nuw %struct.cplx, ptr %58, i32 0, i32 1
  store i32 0, ptr %59, align 4, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %60

60:                                               ; preds = %31
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %8, align 4, !tbaa !5
  br label %27, !llvm.loop !23

63:                                               ; preds = %30
  call void @fft_q15(ptr noundef @main.buf) #7
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.memset.p0.i64(ptr align 4 %10, i8 0, i64 12, i1 false)
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %154, %63
  %65 = load i32, ptr %11, align 4, !tbaa !5
  %66 = icmp slt i32 %65, 512
  br i1 %66, label %68, label %67

67:                                               ; preds = %64
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %157

68:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %69 = load i32, ptr %11, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [1024 x %struct.cplx], ptr @main.buf, i64 0, i64 %70
  %72 = getelementptr inbounds nuw %struct.cplx, ptr %71, i32 0, i32 0
  %73 = load i32, ptr %72, align 8, !tbaa !16
  %74 = sext i32 %73 to i64
  %75 = load i32, ptr %11, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [1024 x %struct.cplx], ptr @main.buf, i64 0, i64 %76
  %78 = getelementptr inbounds nuw %struct.cplx, ptr %77, i32 0, i32 0
  %79 = load i32, ptr %78, align 8, !tbaa !16
  %80 = sext i32 %79 to i64
  %81 = mul nsw i64 %74, %80
  %82 = load i32, ptr %11, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [1024 x %struct.cplx], ptr @main.buf, i64 0, i64 %83
  %85 = getelementptr inbounds nuw %struct.cplx, ptr %84, i32 0, i32 1
  %86 = load i32, ptr %85, align 4, !tbaa !18
  %87 = sext i32 %86 to i64
  %88 = load i32, ptr %11, align 4, !tbaa !5
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [1024 x %struct.cplx], ptr @main.buf, i64 0, i64 %89
  %91 = getelementptr inbounds nuw %struct.cplx, ptr %90, i32 0, i32 1
  %92 = load i32, ptr %91, align 4, !tbaa !18
  %93 = sext i32 %92 to i64
  %94 = mul nsw i64 %87, %93
  %95 = add i64 %81, %94
  store i64 %95, ptr %12, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %96 = load i64, ptr %12, align 8, !tbaa !24
  %97 = call i32 @isqrt64(i64 noundef %96) #7
  store i32 %97, ptr %13, align 4, !tbaa !5
  %98 = load i32, ptr %2, align 4, !tbaa !5
  %99 = mul i32 %98, 31
  %100 = load i32, ptr %13, align 4, !tbaa !5
  %101 = add i32 %99, %100
  store i32 %101, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %102

102:                                              ; preds = %149, %68
  %103 = load i32, ptr %14, align 4, !tbaa !5
  %104 = icmp slt i32 %103, 3
  br i1 %104, label %106, label %105

105:                                              ; preds = %102
  store i32 11, ptr %5, align 4
  br label %152

106:                                              ; preds = %102
  %107 = load i32, ptr %13, align 4, !tbaa !5
  %108 = load i32, ptr %14, align 4, !tbaa !5
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [3 x i32], ptr %10, i64 0, i64 %109
  %111 = load i32, ptr %110, align 4, !tbaa !5
  %112 = icmp ugt i32 %107, %111
  br i1 %112, label %113, label %148

113:                                              ; preds = %106
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i32 2, ptr %15, align 4, !tbaa !5
  br label %114

114:                                              ; preds = %136, %113
  %115 = load i32, ptr %15, align 4, !tbaa !5
  %116 = load i32, ptr %14, align 4, !tbaa !5
  %117 = icmp sgt i32 %115, %116
  br i1 %117, label %119, label %118

118:                                              ; preds = %114
  store i32 14, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %139

119:                                              ; preds = %114
  %120 = load i32, ptr %15, align 4, !tbaa !5
  %121 = sub nsw i32 %120, 1
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [3 x i32], ptr %10, i64 0, i64 %122
  %124 = load i32, ptr %123, align 4, !tbaa !5
  %125 = load i32, ptr %15, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [3 x i32], ptr %10, i64 0, i64 %126
  store i32 %124, ptr %127, align 4, !tbaa !5
  %128 = load i32, ptr %15, align 4, !tbaa !5
  %129 = sub nsw i32 %128, 1
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %130
  %132 = load i32, ptr %131, align 4, !tbaa !5
  %133 = load i32, ptr %15, align 4, !tbaa !5
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %134
  store i32 %132, ptr %135, align 4, !tbaa !5
  br label %136

136:                                              ; preds = %119
  %137 = load i32, ptr %15, align 4, !tbaa !5
  %138 = add nsw i32 %137, -1
  store i32 %138, ptr %15, align 4, !tbaa !5
  br label %114, !llvm.loop !26

139:                                              ; preds = %118
  %140 = load i32, ptr %13, align 4, !tbaa !5
  %141 = load i32, ptr %14, align 4, !tbaa !5
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [3 x i32], ptr %10, i64 0, i64 %142
  store i32 %140, ptr %143, align 4, !tbaa !5
  %144 = load i32, ptr %11, align 4, !tbaa !5
  %145 = load i32, ptr %14, align 4, !tbaa !5
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 %146
  store i32 %144, ptr %147, align 4, !tbaa !5
  store i32 11, ptr %5, align 4
  br label %152

148:                                              ; preds = %106
  br label %149

149:                                              ; preds = %148
  %150 = load i32, ptr %14, align 4, !tbaa !5
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %14, align 4, !tbaa !5
  br label %102, !llvm.loop !27

152:                                              ; preds = %139, %105
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %153

153:                                              ; preds = %152
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %154

154:                                              ; preds = %153
  %155 = load i32, ptr %11, align 4, !tbaa !5
  %156 = add nsw i32 %155, 1
  store i32 %156, ptr %11, align 4, !tbaa !5
  br label %64, !llvm.loop !28

157:                                              ; preds = %67
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %158

158:                                              ; preds = %157
  %159 = load i32, ptr %4, align 4, !tbaa !5
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %4, align 4, !tbaa !5
  br label %16, !llvm.loop !29

161:                                              ; preds = %19
  %162 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 0
  %163 = load i32, ptr %162, align 4, !tbaa !5
  %164 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 1
  %165 = load i32, ptr %164, align 4, !tbaa !5
  %166 = getelementptr inbounds [3 x i32], ptr %3, i64 0, i64 2
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = load i32, ptr %2, align 4, !tbaa !5
  %169 = load i16, ptr @cos_tab, align 16, !tbaa !14
  %170 = sext i16 %169 to i32
  %171 = load i16, ptr getelementptr inbounds ([512 x i16], ptr @sin_tab, i64 0, i64 256), align 16, !tbaa !14
  %172 = sext i16 %171 to i32
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %163, i32 noundef %165, i32 noundef %167, i32 noundef %168, i32 noundef %170, i32 noundef %172) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %174 = load i32, ptr %1, align 4
  ret i32 %174
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_twiddles() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #6
  store i64 1073721611, ptr %1, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 6588356, ptr %2, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i64 1073741824, ptr %3, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 0, ptr %4, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %57, %0
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 512
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %60

12:                                               ; preds = %8
  %13 = load i64, ptr %3, align 8, !tbaa !24
  %14 = add nsw i64 %13, 16384
  %15 = ashr i64 %14, 15
  %16 = icmp sgt i64 %15, 32767
  br i1 %16, label %17, label %18

17:                                               ; preds = %12
  br label %22

18:                                               ; preds = %12
  %19 = load i64, ptr %3, align 8, !tbaa !24
  %20 = add nsw i64 %19, 16384
  %21 = ashr i64 %20, 15
  br label %22

22:                                               ; preds = %18, %17
  %23 = phi i64 [ 32767, %17 ], [ %21, %18 ]
  %24 = trunc i64 %23 to i16
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [512 x i16], ptr @cos_tab, i64 0, i64 %26
  store i16 %24, ptr %27, align 2, !tbaa !14
  %28 = load i64, ptr %4, align 8, !tbaa !24
  %29 = add nsw i64 %28, 16384
  %30 = ashr i64 %29, 15
  %31 = icmp sgt i64 %30, 32767
  br i1 %31, label %32, label %33

32:                                               ; preds = %22
  br label %37

33:                                               ; preds = %22
  %34 = load i64, ptr %4, align 8, !tbaa !24
  %35 = add nsw i64 %34, 16384
  %36 = ashr i64 %35, 15
  br label %37

37:                                               ; preds = %33, %32
  %38 = phi i64 [ 32767, %32 ], [ %36, %33 ]
  %39 = trunc i64 %38 to i16
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [512 x i16], ptr @sin_tab, i64 0, i64 %41
  store i16 %39, ptr %42, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %43 = load i64, ptr %3, align 8, !tbaa !24
  %44 = mul nsw i64 %43, 1073721611
  %45 = load i64, ptr %4, align 8, !tbaa !24
  %46 = mul nsw i64 %45, 6588356
  %47 = sub nsw i64 %44, %46
  %48 = sdiv i64 %47, 1073741824
  store i64 %48, ptr %6, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %49 = load i64, ptr %4, align 8, !tbaa !24
  %50 = mul nsw i64 %49, 1073721611
  %51 = load i64, ptr %3, align 8, !tbaa !24
  %52 = mul nsw i64 %51, 6588356
  %53 = add nsw i64 %50, %52
  %54 = sdiv i64 %53, 1073741824
  store i64 %54, ptr %7, align 8, !tbaa !24
  %55 = load i64, ptr %6, align 8, !tbaa !24
  store i64 %55, ptr %3, align 8, !tbaa !24
  %56 = load i64, ptr %7, align 8, !tbaa !24
  store i64 %56, ptr %4, align 8, !tbaa !24
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %57

57:                                               ; preds = %37
  %58 = load i32, ptr %5, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %5, align 4, !tbaa !5
  br label %8, !llvm.loop !30

60:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  call void @llvm.lifetime.end.p0(ptr %1) #6
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @isqrt64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i64 0, ptr %3, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 4611686018427387904, ptr %4, align 8, !tbaa !24
  br label %5

5:                                                ; preds = %9, %1
  %6 = load i64, ptr %4, align 8, !tbaa !24
  %7 = load i64, ptr %2, align 8, !tbaa !24
  %8 = icmp ugt i64 %6, %7
  br i1 %8, label %9, label %12

9:                                                ; preds = %5
  %10 = load i64, ptr %4, align 8, !tbaa !24
  %11 = lshr i64 %10, 2
  store i64 %11, ptr %4, align 8, !tbaa !24
  br label %5, !llvm.loop !31

12:                                               ; preds = %5
  br label %13

13:                                               ; preds = %35, %12
  %14 = load i64, ptr %4, align 8, !tbaa !24
  %15 = icmp ne i64 %14, 0
  br i1 %15, label %16, label %38

16:                                               ; preds = %13
  %17 = load i64, ptr %2, align 8, !tbaa !24
  %18 = load i64, ptr %3, align 8, !tbaa !24
  %19 = load i64, ptr %4, align 8, !tbaa !24
  %20 = add i64 %18, %19
  %21 = icmp uge i64 %17, %20
  br i1 %21, label %22, label %32

22:                                               ; preds = %16
  %23 = load i64, ptr %3, align 8, !tbaa !24
  %24 = load i64, ptr %4, align 8, !tbaa !24
  %25 = add i64 %23, %24
  %26 = load i64, ptr %2, align 8, !tbaa !24
  %27 = sub i64 %26, %25
  store i64 %27, ptr %2, align 8, !tbaa !24
  %28 = load i64, ptr %3, align 8, !tbaa !24
  %29 = lshr i64 %28, 1
  %30 = load i64, ptr %4, align 8, !tbaa !24
  %31 = add i64 %29, %30
  store i64 %31, ptr %3, align 8, !tbaa !24
  br label %35

32:                                               ; preds = %16
  %33 = load i64, ptr %3, align 8, !tbaa !24
  %34 = lshr i64 %33, 1
  store i64 %34, ptr %3, align 8, !tbaa !24
  br label %35

35:                                               ; preds = %32, %22
  %36 = load i64, ptr %4, align 8, !tbaa !24
  %37 = lshr i64 %36, 2
  store i64 %37, ptr %4, align 8, !tbaa !24
  br label %13, !llvm.loop !32

38:                                               ; preds = %13
  %39 = load i64, ptr %3, align 8, !tbaa !24
  %40 = trunc i64 %39 to i32
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i32 %40
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }

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
!11 = !{i64 0, i64 4, !5, i64 4, i64 4, !5}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"short", !7, i64 0}
!16 = !{!17, !6, i64 0}
!17 = !{!"", !6, i64 0, !6, i64 4}
!18 = !{!17, !6, i64 4}
!19 = distinct !{!19, !13}
!20 = distinct !{!20, !13}
!21 = distinct !{!21, !13}
!22 = distinct !{!22, !13}
!23 = distinct !{!23, !13}
!24 = !{!25, !25, i64 0}
!25 = !{!"long", !7, i64 0}
!26 = distinct !{!26, !13}
!27 = distinct !{!27, !13}
!28 = distinct !{!28, !13}
!29 = distinct !{!29, !13}
!30 = distinct !{!30, !13}
!31 = distinct !{!31, !13}
!32 = distinct !{!32, !13}
