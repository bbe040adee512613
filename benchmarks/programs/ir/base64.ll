; ModuleID = 'base64.c'
source_filename = "base64.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@b64_url = internal constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_\00", align 16
@b64_std = internal constant [65 x i8] c"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\00", align 16
@.str = private unnamed_addr constant [5 x i8] c"abc$\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"A\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"QUJD=Q\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"////\00", align 1
@__const.main.invalid = private unnamed_addr constant [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@.str.4 = private unnamed_addr constant [7 x i8] c"Man is\00", align 1
@.str.5 = private unnamed_addr constant [47 x i8] c"roundtrips=%d rejected=%d hash=%08x sample=%s\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @base64_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i32 %3, ptr %9, align 4, !tbaa !5
  store i32 %4, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %17 = load i32, ptr %9, align 4, !tbaa !5
  %18 = icmp eq i32 %17, 1
  %19 = zext i1 %18 to i64
  %20 = select i1 %18, ptr @b64_url, ptr @b64_std
  store ptr %20, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 0, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i64 0, ptr %13, align 8, !tbaa !12
  br label %21

21:                                               ; preds = %91, %5
  %22 = load i64, ptr %13, align 8, !tbaa !12
  %23 = add i64 %22, 3
  %24 = load i64, ptr %7, align 8, !tbaa !12
  %25 = icmp ule i64 %23, %24
  br i1 %25, label %26, label %94

26:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %27 = load ptr, ptr %6, align 8, !tbaa !9
  %28 = load i64, ptr %13, align 8, !tbaa !12
  %29 = getelementptr inbounds nuw i8, ptr %27, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !14
  %31 = zext i8 %30 to i32
  %32 = shl i32 %31, 16
  %33 = load ptr, ptr %6, align 8, !tbaa !9
  %34 = load i64, ptr %13, align 8, !tbaa !12
  %35 = add i64 %34, 1
  %36 = getelementptr inbounds nuw i8, ptr %33, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !14
  %38 = zext i8 %37 to i32
  %39 = shl i32 %38, 8
  %40 = or i32 %32, %39
  %41 = load ptr, ptr %6, align 8, !tbaa !9
  %42 = load i64, ptr %13, align 8, !tbaa !12
  %43 = add i64 %42, 2
  %44 = getelementptr inbounds nuw i8, ptr %41, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !14
  %46 = zext i8 %45 to i32
  %47 = or i32 %40, %46
  store i32 %47, ptr %14, align 4, !tbaa !5
  %48 = load ptr, ptr %11, align 8, !tbaa !9
  %49 = load i32, ptr %14, align 4, !tbaa !5
  %50 = lshr i32 %49, 18
  %51 = and i32 %50, 63
  %52 = zext i32 %51 to i64
  %53 = getelementptr inbounds nuw i8, ptr %48, i64 %52
  %54 = load i8, ptr %53, align 1, !tbaa !14
  %55 = load ptr, ptr %8, align 8, !tbaa !9
  %56 = load i64, ptr %12, align 8, !tbaa !12
  %57 = add i64 %56, 1
  store i64 %57, ptr %12, align 8, !tbaa !12
  %58 = getelementptr inbounds nuw i8, ptr %55, i64 %56
  store i8 %54, ptr %58, align 1, !tbaa !14
  %59 = load ptr, ptr %11, align 8, !tbaa !9
  %60 = load i32, ptr %14, align 4, !tbaa !5
  %61 = lshr i32 %60, 12
  %62 = and i32 %61, 63
  %63 = zext i32 %62 to i64
  %64 = getelementptr inbounds nuw i8, ptr %59, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !14
  %66 = load ptr, ptr %8, align 8, !tbaa !9
  %67 = load i64, ptr %12, align 8, !tbaa !12
  %68 = add i64 %67, 1
  store i64 %68, ptr %12, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %67
  store i8 %65, ptr %69, align 1, !tbaa !14
  %70 = load ptr, ptr %11, align 8, !tbaa !9
  %71 = load i32, ptr %14, align 4, !tbaa !5
  %72 = lshr i32 %71, 6
  %73 = and i32 %72, 63
  %74 = zext i32 %73 to i64
  %75 = getelementptr inbounds nuw i8, ptr %70, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !14
  %77 = load ptr, ptr %8, align 8, !tbaa !9
  %78 = load i64, ptr %12, align 8, !tbaa !12
  %79 = add i64 %78, 1
  store i64 %79, ptr %12, align 8, !tbaa !12
  %80 = getelementptr inbounds nuw i8, ptr %77, i64 %78
  store i8 %76, ptr %80, align 1, !tbaa !14
  %81 = load ptr, ptr %11, align 8, !tbaa !9
  %82 = load i32, ptr %14, align 4, !tbaa !5
  %83 = and i32 %82, 63
  %84 = zext i32 %83 to i64
  %85 = getelementptr inbounds nuw i8, ptr %81, i64 %84
  %86 = load i8, ptr %85, align 1, !tbaa !14
  %87 = load ptr, ptr %8, align 8, !tbaa !9
  %88 = load i64, ptr %12, align 8, !tbaa !12
  %89 = add i64 %88, 1
  store i64 %89, ptr %12, align 8, !tbaa !12
  %90 = getelementptr inbounds nuw i8, ptr %87, i64 %88
  store i8 %86, ptr %90, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %91

91:                                               ; preds = %26
  %92 = load i64, ptr %13, align 8, !tbaa !12
  %93 = add i64 %92, 3
  store i64 %93, ptr %13, align 8, !tbaa !12
  br label %21, !llvm.loop !15

94:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %95 = load i64, ptr %7, align 8, !tbaa !12
  %96 = load i64, ptr %13, align 8, !tbaa !12
  %97 = sub i64 %95, %96
  store i64 %97, ptr %15, align 8, !tbaa !12
  %98 = load i64, ptr %15, align 8, !tbaa !12
  %99 = icmp ne i64 %98, 0
  br i1 %99, label %100, label %174

100:                                              ; preds = %94
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %101 = load ptr, ptr %6, align 8, !tbaa !9
  %102 = load i64, ptr %13, align 8, !tbaa !12
  %103 = getelementptr inbounds nuw i8, ptr %101, i64 %102
  %104 = load i8, ptr %103, align 1, !tbaa !14
  %105 = zext i8 %104 to i32
  %106 = shl i32 %105, 16
  store i32 %106, ptr %16, align 4, !tbaa !5
  %107 = load i64, ptr %15, align 8, !tbaa !12
  %108 = icmp eq i64 %107, 2
  br i1 %108, label %109, label %119

109:                                              ; preds = %100
  %110 = load ptr, ptr %6, align 8, !tbaa !9
  %111 = load i64, ptr %13, align 8, !tbaa !12
  %112 = add i64 %111, 1
  %113 = getelementptr inbounds nuw i8, ptr %110, i64 %112
  %114 = load i8, ptr %113, align 1, !tbaa !14
  %115 = zext i8 %114 to i32
  %116 = shl i32 %115, 8
  %117 = load i32, ptr %16, align 4, !tbaa !5
  %118 = or i32 %117, %116
  store i32 %118, ptr %16, align 4, !tbaa !5
  br label %119

119:                                              ; preds = %109, %100
  %120 = load ptr, ptr %11, align 8, !tbaa !9
  %121 = load i32, ptr %16, align 4, !tbaa !5
  %122 = lshr i32 %121, 18
  %123 = and i32 %122, 63
  %124 = zext i32 %123 to i64
  %125 = getelementptr inbounds nuw i8, ptr %120, i64 %124
  %126 = load i8, ptr %125, align 1, !tbaa !14
  %127 = load ptr, ptr %8, align 8, !tbaa !9
  %128 = load i64, ptr %12, align 8, !tbaa !12
  %129 = add i64 %128, 1
  store i64 %129, ptr %12, align 8, !tbaa !12
  %130 = getelementptr inbounds nuw i8, ptr %127, i64 %128
  store i8 %126, ptr %130, align 1, !tbaa !14
  %131 = load ptr, ptr %11, align 8, !tbaa !9
  %132 = load i32, ptr %16, align 4, !tbaa !5
  %133 = lshr i32 %132, 12
  %134 = and i32 %133, 63
  %135 = zext i32 %134 to i64
  %136 = getelementptr inbounds nuw i8, ptr %131, i64 %135
  %137 = load i8, ptr %136, align 1, !tbaa !14
  %138 = load ptr, ptr %8, align 8, !tbaa !9
  %139 = load i64, ptr %12, align 8, !tbaa !12
  %140 = add i64 %139, 1
  store i64 %140, ptr %12, align 8, !tbaa !12
  %141 = getelementptr inbounds nuw i8, ptr %138, i64 %139
  store i8 %137, ptr %141, align 1, !tbaa !14
  %142 = load i64, ptr %15, align 8, !tbaa !12
  %143 = icmp eq i64 %142, 2
  br i1 %143, label %144, label %156

144:                                              ; preds = %119
  %145 = load ptr, ptr %11, align 8, !tbaa !9
  %146 = load i32, ptr %16, align 4, !tbaa !5
  %147 = lshr i32 %146, 6
  %148 = and i32 %147, 63
  %149 = zext i32 %148 to i64
  %150 = getelementptr inbounds nuw i8, ptr %145, i64 %149
  %151 = load i8, ptr %150, align 1, !tbaa !14
  %152 = load ptr, ptr %8, align 8, !tbaa !9
  %153 = load i64, ptr %12, align 8, !tbaa !12
  %154 = add i64 %153, 1
  store i64 %154, ptr %12, align 8, !tbaa !12
  %155 = getelementptr inbounds nuw i8, ptr %152, i64 %153
  store i8 %151, ptr %155, align 1, !tbaa !14
  br label %165

156:                                              ; preds = %119
  %157 = load i32, ptr %10, align 4, !tbaa !5
  %158 = icmp ne i32 %157, 0
  br i1 %158, label %159, label %164

159:                                              ; preds = %156
  %160 = load ptr, ptr %8, align 8, !tbaa !9
  %161 = load i64, ptr %12, align 8, !tbaa !12
  %162 = add i64 %161, 1
  store i64 %162, ptr %12, align 8, !tbaa !12
  %163 = getelementptr inbounds nuw i8, ptr %160, i64 %161
  store i8 61, ptr %163, align 1, !tbaa !14
  br label %164

164:                                              ; preds = %159, %156
  br label %165

165:                                              ; preds = %164, %144
  %166 = load i32, ptr %10, align 4, !tbaa !5
  %167 = icmp ne i32 %166, 0
  br i1 %167, label %168, label %173

168:                                              ; preds = %165
  %169 = load ptr, ptr %8, align 8, !tbaa !9
  %170 = load i64, ptr %12, align 8, !tbaa !12
  %171 = add i64 %170, 1
  store i64 %171, ptr %12, align 8, !tbaa !12
  %172 = getelementptr inbounds nuw i8, ptr %169, i64 %170
  store i8 61, ptr %172, align 1, !tbaa !14
  br label %173

173:                                              ; preds = %168, %165
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %174

174:                                              ; preds = %173, %94
  %175 = load ptr, ptr %8, align 8, !tbaa !9
  %176 = load i64, ptr %12, align 8, !tbaa !12
  %177 = getelementptr inbounds nuw i8, ptr %175, i64 %176
  store i8 0, ptr %177, align 1, !tbaa !14
  %178 = load i64, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  ret i64 %178
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @base64_decode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %27, %3
  %15 = load i64, ptr %6, align 8, !tbaa !12
  %16 = icmp ugt i64 %15, 0
  br i1 %16, label %17, label %25

17:                                               ; preds = %14
  %18 = load ptr, ptr %5, align 8, !tbaa !9
  %19 = load i64, ptr %6, align 8, !tbaa !12
  %20 = sub i64 %19, 1
  %21 = getelementptr inbounds nuw i8, ptr %18, i64 %20
  %22 = load i8, ptr %21, align 1, !tbaa !14
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 61
  br label %25

25:                                               ; preds = %17, %14
  %26 = phi i1 [ false, %14 ], [ %24, %17 ]
  br i1 %26, label %27, label %30

27:                                               ; preds = %25
  %28 = load i64, ptr %6, align 8, !tbaa !12
  %29 = add i64 %28, -1
  store i64 %29, ptr %6, align 8, !tbaa !12
  br label %14, !llvm.loop !17

30:                                               ; preds = %25
  %31 = load i64, ptr %6, align 8, !tbaa !12
  %32 = urem i64 %31, 4
  %33 = icmp eq i64 %32, 1
  br i1 %33, label %34, label %35

34:                                               ; preds = %30
  store i64 -1, ptr %4, align 8
  br label %87

35:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i64 0, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %36

36:                                               ; preds = %79, %35
  %37 = load i64, ptr %11, align 8, !tbaa !12
  %38 = load i64, ptr %6, align 8, !tbaa !12
  %39 = icmp ult i64 %37, %38
  br i1 %39, label %41, label %40

40:                                               ; preds = %36
  store i32 4, ptr %12, align 4
  br label %82

41:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %42 = load ptr, ptr %5, align 8, !tbaa !9
  %43 = load i64, ptr %11, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw i8, ptr %42, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !14
  %46 = call i32 @decode_char(i8 noundef signext %45) #6
  store i32 %46, ptr %13, align 4, !tbaa !5
  %47 = load i32, ptr %13, align 4, !tbaa !5
  %48 = icmp slt i32 %47, 0
  br i1 %48, label %49, label %50

49:                                               ; preds = %41
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %76

50:                                               ; preds = %41
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = shl i32 %51, 6
  %53 = load i32, ptr %13, align 4, !tbaa !5
  %54 = or i32 %52, %53
  store i32 %54, ptr %9, align 4, !tbaa !5
  %55 = load i32, ptr %10, align 4, !tbaa !5
  %56 = add nsw i32 %55, 6
  store i32 %56, ptr %10, align 4, !tbaa !5
  %57 = load i32, ptr %10, align 4, !tbaa !5
  %58 = icmp sge i32 %57, 8
  br i1 %58, label %59, label %75

59:                                               ; preds = %50
  %60 = load i32, ptr %10, align 4, !tbaa !5
  %61 = sub nsw i32 %60, 8
  store i32 %61, ptr %10, align 4, !tbaa !5
  %62 = load i32, ptr %9, align 4, !tbaa !5
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = lshr i32 %62, %63
  %65 = trunc i32 %64 to i8
  %66 = load ptr, ptr %7, align 8, !tbaa !9
  %67 = load i64, ptr %8, align 8, !tbaa !12
  %68 = add i64 %67, 1
  store i64 %68, ptr %8, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw i8, ptr %66, i64 %67
  store i8 %65, ptr %69, align 1, !tbaa !14
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = shl i32 1, %70
  %72 = sub i32 %71, 1
  %73 = load i32, ptr %9, align 4, !tbaa !5
  %74 = and i32 %73, %72
  store i32 %74, ptr %9, align 4, !tbaa !5
  br label %75

75:                                               ; preds = %59, %50
  store i32 0, ptr %12, align 4
  br label %76

76:                                               ; preds = %75, %49
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %77 = load i32, ptr %12, align 4
  switch i32 %77, label %82 [
    i32 0, label %78
  ]

78:                                               ; preds = %76
  br label %79

79:                                               ; preds = %78
  %80 = load i64, ptr %11, align 8, !tbaa !12
  %81 = add i64 %80, 1
  store i64 %81, ptr %11, align 8, !tbaa !12
  br label %36, !llvm.loop !18

82:                                               ; preds = %76, %40
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %83 = load i32, ptr %12, align 4
  switch i32 %83, label %86 [
    i32 4, label %84
  ]

84:                                               ; preds = %82
  %85 = load i64, ptr %8, align 8, !tbaa !12
  store i64 %85, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %86

86:                                               ; preds = %84, %82
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %87

87:                                               ; preds = %86, %34
  %88 = load i64, ptr %4, align 8
  ret i64 %88
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @decode_char(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !14
  %4 = load i8, ptr %3, align 1, !tbaa !14
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 65
  br i1 %6, label %7, label %15

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !14
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 90
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i8, ptr %3, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = sub nsw i32 %13, 65
  store i32 %14, ptr %2, align 4
  br label %47

15:                                               ; preds = %7, %1
  %16 = load i8, ptr %3, align 1, !tbaa !14
  %17 = sext i8 %16 to i32
  %18 = icmp sge i32 %17, 97
  br i1 %18, label %19, label %28

19:                                               ; preds = %15
  %20 = load i8, ptr %3, align 1, !tbaa !14
  %21 = sext i8 %20 to i32
  %22 = icmp sle i32 %21, 122
  br i1 %22, label %23, label %28

23:                                               ; preds = %19
  %24 = load i8, ptr %3, align 1, !tbaa !14
  %25 = sext i8 %24 to i32
  %26 = sub nsw i32 %25, 97
  %27 = add nsw i32 %26, 26
  store i32 %27, ptr %2, align 4
  br label %47

28:                                               ; preds = %19, %15
  %29 = load i8, ptr %3, align 1, !tbaa !14
  %30 = sext i8 %29 to i32
  %31 = icmp sge i32 %30, 48
  br i1 %31, label %32, label %41

32:                                               ; preds = %28
  %33 = load i8, ptr %3, align 1, !tbaa !14
  %34 = sext i8 %33 to i32
  %35 = icmp sle i32 %34, 57
  br i1 %35, label %36, label %41

36:                                               ; preds = %32
  %37 = load i8, ptr %3, align 1, !tbaa !14
  %38 = sext i8 %37 to i32
  %39 = sub nsw i32 %38, 48
  %40 = add nsw i32 %39, 52
  store i32 %40, ptr %2, align 4
  br label %47

41:                                               ; preds = %32, %28
  %42 = load i8, ptr %3, align 1, !tbaa !14
  %43 = sext i8 %42 to i32
  switch i32 %43, label %46 [
    i32 43, label %44
    i32 45, label %44
    i32 47, label %45
    i32 95, label %45
  ]

44:                                               ; preds = %41, %41
  store i32 62, ptr %2, align 4
  br label %47

45:                                               ; preds = %41, %41
  store i32 63, ptr %2, align 4
  br label %47

46:                                               ; preds = %41
  store i32 -1, ptr %2, align 4
  br label %47

47:                                               ; preds = %46, %45, %44, %36, %23, %11
  %48 = load i32, ptr %2, align 4
  ret i32 %48
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [2000 x i8], align 16
  %3 = alloca [1400 x i8], align 16
  %4 = alloca [1400 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca [4 x ptr], align 16
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 -2128831035, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 99, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %18

18:                                               ; preds = %88, %0
  %19 = load i64, ptr %9, align 8, !tbaa !12
  %20 = icmp ult i64 %19, 1400
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %91

22:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %23

23:                                               ; preds = %37, %22
  %24 = load i64, ptr %11, align 8, !tbaa !12
  %25 = load i64, ptr %9, align 8, !tbaa !12
  %26 = icmp ult i64 %24, %25
  br i1 %26, label %28, label %27

27:                                               ; preds = %23
  store i32 5, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %40

28:                                               ; preds = %23
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = mul i32 %29, 214013
  %31 = add i32 %30, 2531011
  store i32 %31, ptr %8, align 4, !tbaa !5
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = lshr i32 %32, 16
  %34 = trunc i32 %33 to i8
  %35 = load i64, ptr %11, align 8, !tbaa !12
  %36 = getelementptr inbounds nuw [1400 x i8], ptr %3, i64 0, i64 %35
  store i8 %34, ptr %36, align 1, !tbaa !14
  br label %37

37:                                               ; preds = %28
  %38 = load i64, ptr %11, align 8, !tbaa !12
  %39 = add i64 %38, 1
  store i64 %39, ptr %11, align 8, !tbaa !12
  br label %23, !llvm.loop !19

40:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %41 = load i64, ptr %9, align 8, !tbaa !12
  %42 = and i64 %41, 8
  %43 = icmp ne i64 %42, 0
  %44 = zext i1 %43 to i64
  %45 = select i1 %43, i32 1, i32 0
  store i32 %45, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %46 = getelementptr inbounds [1400 x i8], ptr %3, i64 0, i64 0
  %47 = load i64, ptr %9, align 8, !tbaa !12
  %48 = getelementptr inbounds [2000 x i8], ptr %2, i64 0, i64 0
  %49 = load i32, ptr %12, align 4, !tbaa !5
  %50 = load i64, ptr %9, align 8, !tbaa !12
  %51 = and i64 %50, 1
  %52 = trunc i64 %51 to i32
  %53 = call i64 @base64_encode(ptr noundef %46, i64 noundef %47, ptr noundef %48, i32 noundef %49, i32 noundef %52) #6
  store i64 %53, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i64 0, ptr %14, align 8, !tbaa !12
  br label %54

54:                                               ; preds = %67, %40
  %55 = load i64, ptr %14, align 8, !tbaa !12
  %56 = load i64, ptr %13, align 8, !tbaa !12
  %57 = icmp ult i64 %55, %56
  br i1 %57, label %59, label %58

58:                                               ; preds = %54
  store i32 8, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %70

59:                                               ; preds = %54
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = load i64, ptr %14, align 8, !tbaa !12
  %62 = getelementptr inbounds nuw [2000 x i8], ptr %2, i64 0, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !14
  %64 = zext i8 %63 to i32
  %65 = xor i32 %60, %64
  %66 = mul i32 %65, 16777619
  store i32 %66, ptr %7, align 4, !tbaa !5
  br label %67

67:                                               ; preds = %59
  %68 = load i64, ptr %14, align 8, !tbaa !12
  %69 = add i64 %68, 1
  store i64 %69, ptr %14, align 8, !tbaa !12
  br label %54, !llvm.loop !20

70:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %71 = getelementptr inbounds [2000 x i8], ptr %2, i64 0, i64 0
  %72 = load i64, ptr %13, align 8, !tbaa !12
  %73 = getelementptr inbounds [1400 x i8], ptr %4, i64 0, i64 0
  %74 = call i64 @base64_decode(ptr noundef %71, i64 noundef %72, ptr noundef %73) #6
  store i64 %74, ptr %15, align 8, !tbaa !12
  %75 = load i64, ptr %15, align 8, !tbaa !12
  %76 = load i64, ptr %9, align 8, !tbaa !12
  %77 = icmp eq i64 %75, %76
  br i1 %77, label %78, label %87

78:                                               ; preds = %70
  %79 = getelementptr inbounds [1400 x i8], ptr %4, i64 0, i64 0
  %80 = getelementptr inbounds [1400 x i8], ptr %3, i64 0, i64 0
  %81 = load i64, ptr %9, align 8, !tbaa !12
  %82 = call i32 @memcmp(ptr noundef %79, ptr noundef %80, i64 noundef %81) #7
  %83 = icmp eq i32 %82, 0
  br i1 %83, label %84, label %87

84:                                               ; preds = %78
  %85 = load i32, ptr %5, align 4, !tbaa !5
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %5, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %84, %78, %70
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %88

88:                                               ; preds = %87
  %89 = load i64, ptr %9, align 8, !tbaa !12
  %90 = add i64 %89, 7
  store i64 %90, ptr %9, align 8, !tbaa !12
  br label %18, !llvm.loop !21

91:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %16) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %16, ptr align 16 @__const.main.invalid, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %17) #5
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %113, %91
  %93 = load i32, ptr %17, align 4, !tbaa !5
  %94 = icmp slt i32 %93, 4
  br i1 %94, label %96, label %95

95:                                               ; preds = %92
  store i32 11, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5
  br label %116

96:                                               ; preds = %92
  %97 = load i32, ptr %17, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [4 x ptr], ptr %16, i64 0, i64 %98
  %100 = load ptr, ptr %99, align 8, !tbaa !9
  %101 = load i32, ptr %17, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [4 x ptr], ptr %16, i64 0, i64 %102
  %104 = load ptr, ptr %103, align 8, !tbaa !9
  %105 = call i64 @strlen(ptr noundef %104) #7
  %106 = getelementptr inbounds [1400 x i8], ptr %4, i64 0, i64 0
  %107 = call i64 @base64_decode(ptr noundef %100, i64 noundef %105, ptr noundef %106) #6
  %108 = icmp slt i64 %107, 0
  br i1 %108, label %109, label %112

109:                                              ; preds = %96
  %110 = load i32, ptr %6, align 4, !tbaa !5
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %6, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %109, %96
  br label %113

113:                                              ; preds = %112
  %114 = load i32, ptr %17, align 4, !tbaa !5
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %17, align 4, !tbaa !5
  br label %92, !llvm.loop !22

116:                                              ; preds = %95
  %117 = getelementptr inbounds [2000 x i8], ptr %2, i64 0, i64 0
  %118 = call i64 @base64_encode(ptr noundef @.str.4, i64 noundef 6, ptr noundef %117, i32 noundef 0, i32 noundef 1) #6
  %119 = load i32, ptr %5, align 4, !tbaa !5
  %120 = load i32, ptr %6, align 4, !tbaa !5
  %121 = load i32, ptr %7, align 4, !tbaa !5
  %122 = getelementptr inbounds [2000 x i8], ptr %2, i64 0, i64 0
  %123 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %119, i32 noundef %120, i32 noundef %121, ptr noundef %122) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %124 = load i32, ptr %1, align 4
  ret i32 %124
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }

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
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
