; ModuleID = 'radix_sort.c'
source_filename = "radix_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.u = internal global [60000 x i32] zeroinitializer, align 16
@main.tmp = internal global [60000 x i32] zeroinitializer, align 16
@main.work = internal global [60000 x i32] zeroinitializer, align 16
@main.s = internal global [60000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [53 x i8] c"radix ok=%d min=%u max=%u smin=%d smax=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @radix_sort_u32(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca [4 x [256 x i64]], align 16
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %21 = getelementptr inbounds [4 x [256 x i64]], ptr %7, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %21, i8 0, i64 8192, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %22

22:                                               ; preds = %62, %3
  %23 = load i64, ptr %8, align 8, !tbaa !12
  %24 = load i64, ptr %6, align 8, !tbaa !12
  %25 = icmp ult i64 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %65

27:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = load i64, ptr %8, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw i32, ptr %28, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !5
  store i32 %31, ptr %9, align 4, !tbaa !5
  %32 = getelementptr inbounds [4 x [256 x i64]], ptr %7, i64 0, i64 0
  %33 = load i32, ptr %9, align 4, !tbaa !5
  %34 = and i32 %33, 255
  %35 = zext i32 %34 to i64
  %36 = getelementptr inbounds nuw [256 x i64], ptr %32, i64 0, i64 %35
  %37 = load i64, ptr %36, align 8, !tbaa !12
  %38 = add i64 %37, 1
  store i64 %38, ptr %36, align 8, !tbaa !12
  %39 = getelementptr inbounds [4 x [256 x i64]], ptr %7, i64 0, i64 1
  %40 = load i32, ptr %9, align 4, !tbaa !5
  %41 = lshr i32 %40, 8
  %42 = and i32 %41, 255
  %43 = zext i32 %42 to i64
  %44 = getelementptr inbounds nuw [256 x i64], ptr %39, i64 0, i64 %43
  %45 = load i64, ptr %44, align 8, !tbaa !12
  %46 = add i64 %45, 1
  store i64 %46, ptr %44, align 8, !tbaa !12
  %47 = getelementptr inbounds [4 x [256 x i64]], ptr %7, i64 0, i64 2
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = lshr i32 %48, 16
  %50 = and i32 %49, 255
  %51 = zext i32 %50 to i64
  %52 = getelementptr inbounds nuw [256 x i64], ptr %47, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %52, align 8, !tbaa !12
  %55 = getelementptr inbounds [4 x [256 x i64]], ptr %7, i64 0, i64 3
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = lshr i32 %56, 24
  %58 = zext i32 %57 to i64
  %59 = getelementptr inbounds nuw [256 x i64], ptr %55, i64 0, i64 %58
  %60 = load i64, ptr %59, align 8, !tbaa !12
  %61 = add i64 %60, 1
  store i64 %61, ptr %59, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %62

62:                                               ; preds = %27
  %63 = load i64, ptr %8, align 8, !tbaa !12
  %64 = add i64 %63, 1
  store i64 %64, ptr %8, align 8, !tbaa !12
  br label %22, !llvm.loop !14

65:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %66 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %66, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %67, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %147, %65
  %69 = load i32, ptr %12, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 4
  br i1 %70, label %72, label %71

71:                                               ; preds = %68
  store i32 5, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %150

72:                                               ; preds = %68
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %73 = load i32, ptr %12, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [4 x [256 x i64]], ptr %7, i64 0, i64 %74
  %76 = getelementptr inbounds [256 x i64], ptr %75, i64 0, i64 0
  store ptr %76, ptr %14, align 8, !tbaa !16
  %77 = load ptr, ptr %14, align 8, !tbaa !16
  %78 = load ptr, ptr %10, align 8, !tbaa !9
  %79 = getelementptr inbounds i32, ptr %78, i64 0
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = load i32, ptr %12, align 4, !tbaa !5
  %82 = mul nsw i32 %81, 8
  %83 = lshr i32 %80, %82
  %84 = and i32 %83, 255
  %85 = zext i32 %84 to i64
  %86 = getelementptr inbounds nuw i64, ptr %77, i64 %85
  %87 = load i64, ptr %86, align 8, !tbaa !12
  %88 = load i64, ptr %6, align 8, !tbaa !12
  %89 = icmp eq i64 %87, %88
  br i1 %89, label %90, label %91

90:                                               ; preds = %72
  store i32 7, ptr %13, align 4
  br label %144

91:                                               ; preds = %72
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i64 0, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %110, %91
  %93 = load i32, ptr %16, align 4, !tbaa !5
  %94 = icmp slt i32 %93, 256
  br i1 %94, label %96, label %95

95:                                               ; preds = %92
  store i32 8, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %113

96:                                               ; preds = %92
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %97 = load ptr, ptr %14, align 8, !tbaa !16
  %98 = load i32, ptr %16, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds i64, ptr %97, i64 %99
  %101 = load i64, ptr %100, align 8, !tbaa !12
  store i64 %101, ptr %17, align 8, !tbaa !12
  %102 = load i64, ptr %15, align 8, !tbaa !12
  %103 = load ptr, ptr %14, align 8, !tbaa !16
  %104 = load i32, ptr %16, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds i64, ptr %103, i64 %105
  store i64 %102, ptr %106, align 8, !tbaa !12
  %107 = load i64, ptr %17, align 8, !tbaa !12
  %108 = load i64, ptr %15, align 8, !tbaa !12
  %109 = add i64 %108, %107
  store i64 %109, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %110

110:                                              ; preds = %96
  %111 = load i32, ptr %16, align 4, !tbaa !5
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %16, align 4, !tbaa !5
  br label %92, !llvm.loop !18

113:                                              ; preds = %95
  call void @llvm.lifetime.start.p0(ptr %18) #6
  store i64 0, ptr %18, align 8, !tbaa !12
  br label %114

114:                                              ; preds = %137, %113
  %115 = load i64, ptr %18, align 8, !tbaa !12
  %116 = load i64, ptr %6, align 8, !tbaa !12
  %117 = icmp ult i64 %115, %116
  br i1 %117, label %119, label %118

118:                                              ; preds = %114
  store i32 11, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #6
  br label %140

119:                                              ; preds = %114
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %120 = load ptr, ptr %10, align 8, !tbaa !9
  %121 = load i64, ptr %18, align 8, !tbaa !12
  %122 = getelementptr inbounds nuw i32, ptr %120, i64 %121
  %123 = load i32, ptr %122, align 4, !tbaa !5
  store i32 %123, ptr %19, align 4, !tbaa !5
  %124 = load i32, ptr %19, align 4, !tbaa !5
  %125 = load ptr, ptr %11, align 8, !tbaa !9
  %126 = load ptr, ptr %14, align 8, !tbaa !16
  %127 = load i32, ptr %19, align 4, !tbaa !5
  %128 = load i32, ptr %12, align 4, !tbaa !5
  %129 = mul nsw i32 %128, 8
  %130 = lshr i32 %127, %129
  %131 = and i32 %130, 255
  %132 = zext i32 %131 to i64
  %133 = getelementptr inbounds nuw i64, ptr %126, i64 %132
  %134 = load i64, ptr %133, align 8, !tbaa !12
  %135 = add i64 %134, 1
  store i64 %135, ptr %133, align 8, !tbaa !12
  %136 = getelementptr inbounds nuw i32, ptr %125, i64 %134
  store i32 %124, ptr %136, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %19) #6
  br label %137

137:                                              ; preds = %119
  %138 = load i64, ptr %18, align 8, !tbaa !12
  %139 = add i64 %138, 1
  store i64 %139, ptr %18, align 8, !tbaa !12
  br label %114, !llvm.loop !19

140:                                              ; preds = %118
  call void @llvm.lifetime.start.p0(ptr %20) #6
  %141 = load ptr, ptr %10, align 8, !tbaa !9
  store ptr %141, ptr %20, align 8, !tbaa !9
  %142 = load ptr, ptr %11, align 8, !tbaa !9
  store ptr %142, ptr %10, align 8, !tbaa !9
  %143 = load ptr, ptr %20, align 8, !tbaa !9
  store ptr %143, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  store i32 0, ptr %13, align 4
  br label %144

144:                                              ; preds = %140, %90
  call void @llvm.lifetime.end.p0(ptr %14) #6
  %145 = load i32, ptr %13, align 4
  switch i32 %145, label %160 [
    i32 0, label %146
    i32 7, label %147
  ]

146:                                              ; preds = %144
  br label %147

147:                                              ; preds = %146, %144
  %148 = load i32, ptr %12, align 4, !tbaa !5
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %12, align 4, !tbaa !5
  br label %68, !llvm.loop !20

150:                                              ; preds = %71
  %151 = load ptr, ptr %10, align 8, !tbaa !9
  %152 = load ptr, ptr %4, align 8, !tbaa !9
  %153 = icmp ne ptr %151, %152
  br i1 %153, label %154, label %159

154:                                              ; preds = %150
  %155 = load ptr, ptr %4, align 8, !tbaa !9
  %156 = load ptr, ptr %10, align 8, !tbaa !9
  %157 = load i64, ptr %6, align 8, !tbaa !12
  %158 = mul i64 %157, 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %155, ptr align 4 %156, i64 %158, i1 false)
  br label %159

159:                                              ; preds = %154, %150
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret void

160:                                              ; preds = %144
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @radix_sort_i32(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %25, %4
  %12 = load i64, ptr %9, align 8, !tbaa !12
  %13 = load i64, ptr %8, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %28

16:                                               ; preds = %11
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = load i64, ptr %9, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw i32, ptr %17, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = call i32 @flip_sign(i32 noundef %20) #7
  %22 = load ptr, ptr %6, align 8, !tbaa !9
  %23 = load i64, ptr %9, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw i32, ptr %22, i64 %23
  store i32 %21, ptr %24, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %16
  %26 = load i64, ptr %9, align 8, !tbaa !12
  %27 = add i64 %26, 1
  store i64 %27, ptr %9, align 8, !tbaa !12
  br label %11, !llvm.loop !21

28:                                               ; preds = %15
  %29 = load ptr, ptr %6, align 8, !tbaa !9
  %30 = load ptr, ptr %7, align 8, !tbaa !9
  %31 = load i64, ptr %8, align 8, !tbaa !12
  call void @radix_sort_u32(ptr noundef %29, ptr noundef %30, i64 noundef %31) #7
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %32

32:                                               ; preds = %46, %28
  %33 = load i64, ptr %10, align 8, !tbaa !12
  %34 = load i64, ptr %8, align 8, !tbaa !12
  %35 = icmp ult i64 %33, %34
  br i1 %35, label %37, label %36

36:                                               ; preds = %32
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %49

37:                                               ; preds = %32
  %38 = load ptr, ptr %6, align 8, !tbaa !9
  %39 = load i64, ptr %10, align 8, !tbaa !12
  %40 = getelementptr inbounds nuw i32, ptr %38, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = call i32 @unflip_sign(i32 noundef %41) #7
  %43 = load ptr, ptr %5, align 8, !tbaa !9
  %44 = load i64, ptr %10, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw i32, ptr %43, i64 %44
  store i32 %42, ptr %45, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %37
  %47 = load i64, ptr %10, align 8, !tbaa !12
  %48 = add i64 %47, 1
  store i64 %48, ptr %10, align 8, !tbaa !12
  br label %32, !llvm.loop !22

49:                                               ; preds = %36
  ret void
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @flip_sign(i32 noundef %0) #4 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = xor i32 %3, -2147483648
  ret i32 %4
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @unflip_sign(i32 noundef %0) #4 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = xor i32 %3, -2147483648
  store i32 %4, ptr %2, align 4, !tbaa !5
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = icmp ule i32 %5, 2147483647
  br i1 %6, label %7, label %9

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4, !tbaa !5
  br label %14

9:                                                ; preds = %1
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = xor i32 %10, -1
  %12 = sub nsw i32 0, %11
  %13 = sub nsw i32 %12, 1
  br label %14

14:                                               ; preds = %9, %7
  %15 = phi i32 [ %8, %7 ], [ %13, %9 ]
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 -8846114313915602277, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %7

7:                                                ; preds = %27, %0
  %8 = load i64, ptr %3, align 8, !tbaa !12
  %9 = icmp ult i64 %8, 60000
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %30

11:                                               ; preds = %7
  %12 = load i64, ptr %2, align 8, !tbaa !12
  %13 = mul i64 %12, 6364136223846793005
  %14 = add i64 %13, 1442695040888963407
  store i64 %14, ptr %2, align 8, !tbaa !12
  %15 = load i64, ptr %2, align 8, !tbaa !12
  %16 = lshr i64 %15, 32
  %17 = trunc i64 %16 to i32
  %18 = load i64, ptr %3, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw [60000 x i32], ptr @main.u, i64 0, i64 %18
  store i32 %17, ptr %19, align 4, !tbaa !5
  %20 = load i64, ptr %2, align 8, !tbaa !12
  %21 = lshr i64 %20, 40
  %22 = and i64 %21, 16777215
  %23 = trunc i64 %22 to i32
  %24 = sub nsw i32 %23, 8388608
  %25 = load i64, ptr %3, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw [60000 x i32], ptr @main.s, i64 0, i64 %25
  store i32 %24, ptr %26, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %11
  %28 = load i64, ptr %3, align 8, !tbaa !12
  %29 = add i64 %28, 1
  store i64 %29, ptr %3, align 8, !tbaa !12
  br label %7, !llvm.loop !23

30:                                               ; preds = %10
  call void @radix_sort_u32(ptr noundef @main.u, ptr noundef @main.tmp, i64 noundef 60000) #7
  call void @radix_sort_i32(ptr noundef @main.s, ptr noundef @main.work, ptr noundef @main.tmp, i64 noundef 60000) #7
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 1, ptr %6, align 8, !tbaa !12
  br label %31

31:                                               ; preds = %65, %30
  %32 = load i64, ptr %6, align 8, !tbaa !12
  %33 = icmp ult i64 %32, 60000
  br i1 %33, label %35, label %34

34:                                               ; preds = %31
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %68

35:                                               ; preds = %31
  %36 = load i64, ptr %6, align 8, !tbaa !12
  %37 = sub i64 %36, 1
  %38 = getelementptr inbounds nuw [60000 x i32], ptr @main.u, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = load i64, ptr %6, align 8, !tbaa !12
  %41 = getelementptr inbounds nuw [60000 x i32], ptr @main.u, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  %43 = icmp ugt i32 %39, %42
  br i1 %43, label %53, label %44

44:                                               ; preds = %35
  %45 = load i64, ptr %6, align 8, !tbaa !12
  %46 = sub i64 %45, 1
  %47 = getelementptr inbounds nuw [60000 x i32], ptr @main.s, i64 0, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  %49 = load i64, ptr %6, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw [60000 x i32], ptr @main.s, i64 0, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = icmp sgt i32 %48, %51
  br i1 %52, label %53, label %54

53:                                               ; preds = %44, %35
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %53, %44
  %55 = load i32, ptr %5, align 4, !tbaa !5
  %56 = mul i32 %55, 33
  %57 = load i64, ptr %6, align 8, !tbaa !12
  %58 = getelementptr inbounds nuw [60000 x i32], ptr @main.u, i64 0, i64 %57
  %59 = load i32, ptr %58, align 4, !tbaa !5
  %60 = xor i32 %56, %59
  %61 = load i64, ptr %6, align 8, !tbaa !12
  %62 = getelementptr inbounds nuw [60000 x i32], ptr @main.s, i64 0, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = xor i32 %60, %63
  store i32 %64, ptr %5, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %54
  %66 = load i64, ptr %6, align 8, !tbaa !12
  %67 = add i64 %66, 1
  store i64 %67, ptr %6, align 8, !tbaa !12
  br label %31, !llvm.loop !24

68:                                               ; preds = %34
  %69 = load i32, ptr %4, align 4, !tbaa !5
  %70 = load i32, ptr @main.u, align 16, !tbaa !5
  %71 = load i32, ptr getelementptr inbounds ([60000 x i32], ptr @main.u, i64 0, i64 59999), align 4, !tbaa !5
  %72 = load i32, ptr @main.s, align 16, !tbaa !5
  %73 = load i32, ptr getelementptr inbounds ([60000 x i32], ptr @main.s, i64 0, i64 59999), align 4, !tbaa !5
  %74 = load i32, ptr %5, align 4, !tbaa !5
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %69, i32 noundef %70, i32 noundef %71, i32 noundef %72, i32 noundef %73, i32 noundef %74) #7
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 long", !11, i64 0}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = distinct !{!22, !15}
!23 = distinct !{!23, !15}
!24 = distinct !{!24, !15}
