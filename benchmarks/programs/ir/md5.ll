; ModuleID = 'md5.c'
source_filename = "md5.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, ptr }
%struct.md5_state = type { i32, i32, i32, i32, i32, i32, [64 x i8] }

@main.vec = internal constant [5 x %struct.anon] [%struct.anon { ptr @.str, ptr @.str.1 }, %struct.anon { ptr @.str.2, ptr @.str.3 }, %struct.anon { ptr @.str.4, ptr @.str.5 }, %struct.anon { ptr @.str.6, ptr @.str.7 }, %struct.anon { ptr @.str.8, ptr @.str.9 }], align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"d41d8cd98f00b204e9800998ecf8427e\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.3 = private unnamed_addr constant [33 x i8] c"0cc175b9c0f1b6a831c399e269772661\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.5 = private unnamed_addr constant [33 x i8] c"900150983cd24fb0d6963f7d28e17f72\00", align 1
@.str.6 = private unnamed_addr constant [15 x i8] c"message digest\00", align 1
@.str.7 = private unnamed_addr constant [33 x i8] c"f96b697d7cb7938d525a2f31aaf161d0\00", align 1
@.str.8 = private unnamed_addr constant [27 x i8] c"abcdefghijklmnopqrstuvwxyz\00", align 1
@.str.9 = private unnamed_addr constant [33 x i8] c"c3fcd3d76192e4007dfb496cca67e13b\00", align 1
@.str.10 = private unnamed_addr constant [21 x i8] c"md5 vectors ok=%d/5\0A\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"chain=%s\0A\00", align 1
@to_hex.hx = internal constant [17 x i8] c"0123456789abcdef\00", align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @md5_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.md5_state, ptr %3, i32 0, i32 0
  store i32 1732584193, ptr %4, align 4, !tbaa !12
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.md5_state, ptr %5, i32 0, i32 1
  store i32 -271733879, ptr %6, align 4, !tbaa !14
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.md5_state, ptr %7, i32 0, i32 2
  store i32 -1732584194, ptr %8, align 4, !tbaa !15
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.md5_state, ptr %9, i32 0, i32 3
  store i32 271733878, ptr %10, align 4, !tbaa !16
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.md5_state, ptr %11, i32 0, i32 4
  store i32 0, ptr %12, align 4, !tbaa !17
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.md5_state, ptr %13, i32 0, i32 5
  store i32 0, ptr %14, align 4, !tbaa !18
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @md5_update(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !19
  store i64 %2, ptr %6, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %12 = load ptr, ptr %5, align 8, !tbaa !19
  store ptr %12, ptr %7, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.md5_state, ptr %13, i32 0, i32 4
  %15 = load i32, ptr %14, align 4, !tbaa !17
  store i32 %15, ptr %8, align 4, !tbaa !5
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = load i64, ptr %6, align 8, !tbaa !20
  %18 = trunc i64 %17 to i32
  %19 = add i32 %16, %18
  %20 = and i32 %19, 536870911
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.md5_state, ptr %21, i32 0, i32 4
  store i32 %20, ptr %22, align 4, !tbaa !17
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.md5_state, ptr %23, i32 0, i32 4
  %25 = load i32, ptr %24, align 4, !tbaa !17
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = icmp ult i32 %25, %26
  br i1 %27, label %28, label %33

28:                                               ; preds = %3
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.md5_state, ptr %29, i32 0, i32 5
  %31 = load i32, ptr %30, align 4, !tbaa !18
  %32 = add i32 %31, 1
  store i32 %32, ptr %30, align 4, !tbaa !18
  br label %33

33:                                               ; preds = %28, %3
  %34 = load i64, ptr %6, align 8, !tbaa !20
  %35 = lshr i64 %34, 29
  %36 = trunc i64 %35 to i32
  %37 = load ptr, ptr %4, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.md5_state, ptr %37, i32 0, i32 5
  %39 = load i32, ptr %38, align 4, !tbaa !18
  %40 = add i32 %39, %36
  store i32 %40, ptr %38, align 4, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = and i32 %41, 63
  %43 = zext i32 %42 to i64
  store i64 %43, ptr %9, align 8, !tbaa !20
  %44 = load i64, ptr %9, align 8, !tbaa !20
  %45 = icmp ne i64 %44, 0
  br i1 %45, label %46, label %80

46:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %47 = load i64, ptr %9, align 8, !tbaa !20
  %48 = sub i64 64, %47
  store i64 %48, ptr %10, align 8, !tbaa !20
  %49 = load i64, ptr %6, align 8, !tbaa !20
  %50 = load i64, ptr %10, align 8, !tbaa !20
  %51 = icmp ult i64 %49, %50
  br i1 %51, label %52, label %59

52:                                               ; preds = %46
  %53 = load ptr, ptr %4, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.md5_state, ptr %53, i32 0, i32 6
  %55 = load i64, ptr %9, align 8, !tbaa !20
  %56 = getelementptr inbounds nuw [64 x i8], ptr %54, i64 0, i64 %55
  %57 = load ptr, ptr %7, align 8, !tbaa !22
  %58 = load i64, ptr %6, align 8, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %56, ptr align 1 %57, i64 %58, i1 false)
  store i32 1, ptr %11, align 4
  br label %77

59:                                               ; preds = %46
  %60 = load ptr, ptr %4, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.md5_state, ptr %60, i32 0, i32 6
  %62 = load i64, ptr %9, align 8, !tbaa !20
  %63 = getelementptr inbounds nuw [64 x i8], ptr %61, i64 0, i64 %62
  %64 = load ptr, ptr %7, align 8, !tbaa !22
  %65 = load i64, ptr %10, align 8, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %63, ptr align 1 %64, i64 %65, i1 false)
  %66 = load i64, ptr %10, align 8, !tbaa !20
  %67 = load ptr, ptr %7, align 8, !tbaa !22
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 %66
  store ptr %68, ptr %7, align 8, !tbaa !22
  %69 = load i64, ptr %10, align 8, !tbaa !20
  %70 = load i64, ptr %6, align 8, !tbaa !20
  %71 = sub i64 %70, %69
  store i64 %71, ptr %6, align 8, !tbaa !20
  %72 = load ptr, ptr %4, align 8, !tbaa !9
  %73 = load ptr, ptr %4, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.md5_state, ptr %73, i32 0, i32 6
  %75 = getelementptr inbounds [64 x i8], ptr %74, i64 0, i64 0
  %76 = call ptr @md5_body(ptr noundef %72, ptr noundef %75, i64 noundef 64) #7
  store i32 0, ptr %11, align 4
  br label %77

77:                                               ; preds = %59, %52
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %78 = load i32, ptr %11, align 4
  switch i32 %78, label %97 [
    i32 0, label %79
  ]

79:                                               ; preds = %77
  br label %80

80:                                               ; preds = %79, %33
  %81 = load i64, ptr %6, align 8, !tbaa !20
  %82 = icmp uge i64 %81, 64
  br i1 %82, label %83, label %91

83:                                               ; preds = %80
  %84 = load ptr, ptr %4, align 8, !tbaa !9
  %85 = load ptr, ptr %7, align 8, !tbaa !22
  %86 = load i64, ptr %6, align 8, !tbaa !20
  %87 = and i64 %86, -64
  %88 = call ptr @md5_body(ptr noundef %84, ptr noundef %85, i64 noundef %87) #7
  store ptr %88, ptr %7, align 8, !tbaa !22
  %89 = load i64, ptr %6, align 8, !tbaa !20
  %90 = and i64 %89, 63
  store i64 %90, ptr %6, align 8, !tbaa !20
  br label %91

91:                                               ; preds = %83, %80
  %92 = load ptr, ptr %4, align 8, !tbaa !9
  %93 = getelementptr inbounds nuw %struct.md5_state, ptr %92, i32 0, i32 6
  %94 = getelementptr inbounds [64 x i8], ptr %93, i64 0, i64 0
  %95 = load ptr, ptr %7, align 8, !tbaa !22
  %96 = load i64, ptr %6, align 8, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %94, ptr align 1 %95, i64 %96, i1 false)
  store i32 0, ptr %11, align 4
  br label %97

97:                                               ; preds = %91, %77
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  %98 = load i32, ptr %11, align 4
  switch i32 %98, label %100 [
    i32 0, label %99
    i32 1, label %99
  ]

99:                                               ; preds = %97, %97
  ret void

100:                                              ; preds = %97
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @md5_body(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [16 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !22
  store i64 %2, ptr %6, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.md5_state, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 4, !tbaa !12
  store i32 %19, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.md5_state, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 4, !tbaa !14
  store i32 %22, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.md5_state, ptr %23, i32 0, i32 2
  %25 = load i32, ptr %24, align 4, !tbaa !15
  store i32 %25, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.md5_state, ptr %26, i32 0, i32 3
  %28 = load i32, ptr %27, align 4, !tbaa !16
  store i32 %28, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  br label %29

29:                                               ; preds = %1359, %3
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %30 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %30, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %31 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %31, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %32 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %32, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %33 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %33, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %45, %29
  %35 = load i32, ptr %16, align 4, !tbaa !5
  %36 = icmp slt i32 %35, 16
  br i1 %36, label %38, label %37

37:                                               ; preds = %34
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %48

38:                                               ; preds = %34
  %39 = load ptr, ptr %5, align 8, !tbaa !22
  %40 = load i32, ptr %16, align 4, !tbaa !5
  %41 = call i32 @get_le(ptr noundef %39, i32 noundef %40) #7
  %42 = load i32, ptr %16, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 %43
  store i32 %41, ptr %44, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %38
  %46 = load i32, ptr %16, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %16, align 4, !tbaa !5
  br label %34, !llvm.loop !24

48:                                               ; preds = %37
  %49 = load i32, ptr %10, align 4, !tbaa !5
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = xor i32 %51, %52
  %54 = and i32 %50, %53
  %55 = xor i32 %49, %54
  %56 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 0
  %57 = load i32, ptr %56, align 16, !tbaa !5
  %58 = add i32 %55, %57
  %59 = add i32 %58, -680876936
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = add i32 %60, %59
  store i32 %61, ptr %7, align 4, !tbaa !5
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = shl i32 %62, 7
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = lshr i32 %64, 25
  %66 = or i32 %63, %65
  store i32 %66, ptr %7, align 4, !tbaa !5
  %67 = load i32, ptr %8, align 4, !tbaa !5
  %68 = load i32, ptr %7, align 4, !tbaa !5
  %69 = add i32 %68, %67
  store i32 %69, ptr %7, align 4, !tbaa !5
  %70 = load i32, ptr %9, align 4, !tbaa !5
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = load i32, ptr %8, align 4, !tbaa !5
  %73 = load i32, ptr %9, align 4, !tbaa !5
  %74 = xor i32 %72, %73
  %75 = and i32 %71, %74
  %76 = xor i32 %70, %75
  %77 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 1
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = add i32 %76, %78
  %80 = add i32 %79, -389564586
  %81 = load i32, ptr %10, align 4, !tbaa !5
  %82 = add i32 %81, %80
  store i32 %82, ptr %10, align 4, !tbaa !5
  %83 = load i32, ptr %10, align 4, !tbaa !5
  %84 = shl i32 %83, 12
  %85 = load i32, ptr %10, align 4, !tbaa !5
  %86 = lshr i32 %85, 20
  %87 = or i32 %84, %86
  store i32 %87, ptr %10, align 4, !tbaa !5
  %88 = load i32, ptr %7, align 4, !tbaa !5
  %89 = load i32, ptr %10, align 4, !tbaa !5
  %90 = add i32 %89, %88
  store i32 %90, ptr %10, align 4, !tbaa !5
  %91 = load i32, ptr %8, align 4, !tbaa !5
  %92 = load i32, ptr %10, align 4, !tbaa !5
  %93 = load i32, ptr %7, align 4, !tbaa !5
  %94 = load i32, ptr %8, align 4, !tbaa !5
  %95 = xor i32 %93, %94
  %96 = and i32 %92, %95
  %97 = xor i32 %91, %96
  %98 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 2
  %99 = load i32, ptr %98, align 8, !tbaa !5
  %100 = add i32 %97, %99
  %101 = add i32 %100, 606105819
  %102 = load i32, ptr %9, align 4, !tbaa !5
  %103 = add i32 %102, %101
  store i32 %103, ptr %9, align 4, !tbaa !5
  %104 = load i32, ptr %9, align 4, !tbaa !5
  %105 = shl i32 %104, 17
  %106 = load i32, ptr %9, align 4, !tbaa !5
  %107 = lshr i32 %106, 15
  %108 = or i32 %105, %107
  store i32 %108, ptr %9, align 4, !tbaa !5
  %109 = load i32, ptr %10, align 4, !tbaa !5
  %110 = load i32, ptr %9, align 4, !tbaa !5
  %111 = add i32 %110, %109
  store i32 %111, ptr %9, align 4, !tbaa !5
  %112 = load i32, ptr %7, align 4, !tbaa !5
  %113 = load i32, ptr %9, align 4, !tbaa !5
  %114 = load i32, ptr %10, align 4, !tbaa !5
  %115 = load i32, ptr %7, align 4, !tbaa !5
  %116 = xor i32 %114, %115
  %117 = and i32 %113, %116
  %118 = xor i32 %112, %117
  %119 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 3
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = add i32 %118, %120
  %122 = add i32 %121, -1044525330
  %123 = load i32, ptr %8, align 4, !tbaa !5
  %124 = add i32 %123, %122
  store i32 %124, ptr %8, align 4, !tbaa !5
  %125 = load i32, ptr %8, align 4, !tbaa !5
  %126 = shl i32 %125, 22
  %127 = load i32, ptr %8, align 4, !tbaa !5
  %128 = lshr i32 %127, 10
  %129 = or i32 %126, %128
  store i32 %129, ptr %8, align 4, !tbaa !5
  %130 = load i32, ptr %9, align 4, !tbaa !5
  %131 = load i32, ptr %8, align 4, !tbaa !5
  %132 = add i32 %131, %130
  store i32 %132, ptr %8, align 4, !tbaa !5
  %133 = load i32, ptr %10, align 4, !tbaa !5
  %134 = load i32, ptr %8, align 4, !tbaa !5
  %135 = load i32, ptr %9, align 4, !tbaa !5
  %136 = load i32, ptr %10, align 4, !tbaa !5
  %137 = xor i32 %135, %136
  %138 = and i32 %134, %137
  %139 = xor i32 %133, %138
  %140 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 4
  %141 = load i32, ptr %140, align 16, !tbaa !5
  %142 = add i32 %139, %141
  %143 = add i32 %142, -176418897
  %144 = load i32, ptr %7, align 4, !tbaa !5
  %145 = add i32 %144, %143
  store i32 %145, ptr %7, align 4, !tbaa !5
  %146 = load i32, ptr %7, align 4, !tbaa !5
  %147 = shl i32 %146, 7
  %148 = load i32, ptr %7, align 4, !tbaa !5
  %149 = lshr i32 %148, 25
  %150 = or i32 %147, %149
  store i32 %150, ptr %7, align 4, !tbaa !5
  %151 = load i32, ptr %8, align 4, !tbaa !5
  %152 = load i32, ptr %7, align 4, !tbaa !5
  %153 = add i32 %152, %151
  store i32 %153, ptr %7, align 4, !tbaa !5
  %154 = load i32, ptr %9, align 4, !tbaa !5
  %155 = load i32, ptr %7, align 4, !tbaa !5
  %156 = load i32, ptr %8, align 4, !tbaa !5
  %157 = load i32, ptr %9, align 4, !tbaa !5
  %158 = xor i32 %156, %157
  %159 = and i32 %155, %158
  %160 = xor i32 %154, %159
  %161 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 5
  %162 = load i32, ptr %161, align 4, !tbaa !5
  %163 = add i32 %160, %162
  %164 = add i32 %163, 1200080426
  %165 = load i32, ptr %10, align 4, !tbaa !5
  %166 = add i32 %165, %164
  store i32 %166, ptr %10, align 4, !tbaa !5
  %167 = load i32, ptr %10, align 4, !tbaa !5
  %168 = shl i32 %167, 12
  %169 = load i32, ptr %10, align 4, !tbaa !5
  %170 = lshr i32 %169, 20
  %171 = or i32 %168, %170
  store i32 %171, ptr %10, align 4, !tbaa !5
  %172 = load i32, ptr %7, align 4, !tbaa !5
  %173 = load i32, ptr %10, align 4, !tbaa !5
  %174 = add i32 %173, %172
  store i32 %174, ptr %10, align 4, !tbaa !5
  %175 = load i32, ptr %8, align 4, !tbaa !5
  %176 = load i32, ptr %10, align 4, !tbaa !5
  %177 = load i32, ptr %7, align 4, !tbaa !5
  %178 = load i32, ptr %8, align 4, !tbaa !5
  %179 = xor i32 %177, %178
  %180 = and i32 %176, %179
  %181 = xor i32 %175, %180
  %182 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 6
  %183 = load i32, ptr %182, align 8, !tbaa !5
  %184 = add i32 %181, %183
  %185 = add i32 %184, -1473231341
  %186 = load i32, ptr %9, align 4, !tbaa !5
  %187 = add i32 %186, %185
  store i32 %187, ptr %9, align 4, !tbaa !5
  %188 = load i32, ptr %9, align 4, !tbaa !5
  %189 = shl i32 %188, 17
  %190 = load i32, ptr %9, align 4, !tbaa !5
  %191 = lshr i32 %190, 15
  %192 = or i32 %189, %191
  store i32 %192, ptr %9, align 4, !tbaa !5
  %193 = load i32, ptr %10, align 4, !tbaa !5
  %194 = load i32, ptr %9, align 4, !tbaa !5
  %195 = add i32 %194, %193
  store i32 %195, ptr %9, align 4, !tbaa !5
  %196 = load i32, ptr %7, align 4, !tbaa !5
  %197 = load i32, ptr %9, align 4, !tbaa !5
  %198 = load i32, ptr %10, align 4, !tbaa !5
  %199 = load i32, ptr %7, align 4, !tbaa !5
  %200 = xor i32 %198, %199
  %201 = and i32 %197, %200
  %202 = xor i32 %196, %201
  %203 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 7
  %204 = load i32, ptr %203, align 4, !tbaa !5
  %205 = add i32 %202, %204
  %206 = add i32 %205, -45705983
  %207 = load i32, ptr %8, align 4, !tbaa !5
  %208 = add i32 %207, %206
  store i32 %208, ptr %8, align 4, !tbaa !5
  %209 = load i32, ptr %8, align 4, !tbaa !5
  %210 = shl i32 %209, 22
  %211 = load i32, ptr %8, align 4, !tbaa !5
  %212 = lshr i32 %211, 10
  %213 = or i32 %210, %212
  store i32 %213, ptr %8, align 4, !tbaa !5
  %214 = load i32, ptr %9, align 4, !tbaa !5
  %215 = load i32, ptr %8, align 4, !tbaa !5
  %216 = add i32 %215, %214
  store i32 %216, ptr %8, align 4, !tbaa !5
  %217 = load i32, ptr %10, align 4, !tbaa !5
  %218 = load i32, ptr %8, align 4, !tbaa !5
  %219 = load i32, ptr %9, align 4, !tbaa !5
  %220 = load i32, ptr %10, align 4, !tbaa !5
  %221 = xor i32 %219, %220
  %222 = and i32 %218, %221
  %223 = xor i32 %217, %222
  %224 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 8
  %225 = load i32, ptr %224, align 16, !tbaa !5
  %226 = add i32 %223, %225
  %227 = add i32 %226, 1770035416
  %228 = load i32, ptr %7, align 4, !tbaa !5
  %229 = add i32 %228, %227
  store i32 %229, ptr %7, align 4, !tbaa !5
  %230 = load i32, ptr %7, align 4, !tbaa !5
  %231 = shl i32 %230, 7
  %232 = load i32, ptr %7, align 4, !tbaa !5
  %233 = lshr i32 %232, 25
  %234 = or i32 %231, %233
  store i32 %234, ptr %7, align 4, !tbaa !5
  %235 = load i32, ptr %8, align 4, !tbaa !5
  %236 = load i32, ptr %7, align 4, !tbaa !5
  %237 = add i32 %236, %235
  store i32 %237, ptr %7, align 4, !tbaa !5
  %238 = load i32, ptr %9, align 4, !tbaa !5
  %239 = load i32, ptr %7, align 4, !tbaa !5
  %240 = load i32, ptr %8, align 4, !tbaa !5
  %241 = load i32, ptr %9, align 4, !tbaa !5
  %242 = xor i32 %240, %241
  %243 = and i32 %239, %242
  %244 = xor i32 %238, %243
  %245 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 9
  %246 = load i32, ptr %245, align 4, !tbaa !5
  %247 = add i32 %244, %246
  %248 = add i32 %247, -1958414417
  %249 = load i32, ptr %10, align 4, !tbaa !5
  %250 = add i32 %249, %248
  store i32 %250, ptr %10, align 4, !tbaa !5
  %251 = load i32, ptr %10, align 4, !tbaa !5
  %252 = shl i32 %251, 12
  %253 = load i32, ptr %10, align 4, !tbaa !5
  %254 = lshr i32 %253, 20
  %255 = or i32 %252, %254
  store i32 %255, ptr %10, align 4, !tbaa !5
  %256 = load i32, ptr %7, align 4, !tbaa !5
  %257 = load i32, ptr %10, align 4, !tbaa !5
  %258 = add i32 %257, %256
  store i32 %258, ptr %10, align 4, !tbaa !5
  %259 = load i32, ptr %8, align 4, !tbaa !5
  %260 = load i32, ptr %10, align 4, !tbaa !5
  %261 = load i32, ptr %7, align 4, !tbaa !5
  %262 = load i32, ptr %8, align 4, !tbaa !5
  %263 = xor i32 %261, %262
  %264 = and i32 %260, %263
  %265 = xor i32 %259, %264
  %266 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 10
  %267 = load i32, ptr %266, align 8, !tbaa !5
  %268 = add i32 %265, %267
  %269 = add i32 %268, -42063
  %270 = load i32, ptr %9, align 4, !tbaa !5
  %271 = add i32 %270, %269
  store i32 %271, ptr %9, align 4, !tbaa !5
  %272 = load i32, ptr %9, align 4, !tbaa !5
  %273 = shl i32 %272, 17
  %274 = load i32, ptr %9, align 4, !tbaa !5
  %275 = lshr i32 %274, 15
  %276 = or i32 %273, %275
  store i32 %276, ptr %9, align 4, !tbaa !5
  %277 = load i32, ptr %10, align 4, !tbaa !5
  %278 = load i32, ptr %9, align 4, !tbaa !5
  %279 = add i32 %278, %277
  store i32 %279, ptr %9, align 4, !tbaa !5
  %280 = load i32, ptr %7, align 4, !tbaa !5
  %281 = load i32, ptr %9, align 4, !tbaa !5
  %282 = load i32, ptr %10, align 4, !tbaa !5
  %283 = load i32, ptr %7, align 4, !tbaa !5
  %284 = xor i32 %282, %283
  %285 = and i32 %281, %284
  %286 = xor i32 %280, %285
  %287 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 11
  %288 = load i32, ptr %287, align 4, !tbaa !5
  %289 = add i32 %286, %288
  %290 = add i32 %289, -1990404162
  %291 = load i32, ptr %8, align 4, !tbaa !5
  %292 = add i32 %291, %290
  store i32 %292, ptr %8, align 4, !tbaa !5
  %293 = load i32, ptr %8, align 4, !tbaa !5
  %294 = shl i32 %293, 22
  %295 = load i32, ptr %8, align 4, !tbaa !5
  %296 = lshr i32 %295, 10
  %297 = or i32 %294, %296
  store i32 %297, ptr %8, align 4, !tbaa !5
  %298 = load i32, ptr %9, align 4, !tbaa !5
  %299 = load i32, ptr %8, align 4, !tbaa !5
  %300 = add i32 %299, %298
  store i32 %300, ptr %8, align 4, !tbaa !5
  %301 = load i32, ptr %10, align 4, !tbaa !5
  %302 = load i32, ptr %8, align 4, !tbaa !5
  %303 = load i32, ptr %9, align 4, !tbaa !5
  %304 = load i32, ptr %10, align 4, !tbaa !5
  %305 = xor i32 %303, %304
  %306 = and i32 %302, %305
  %307 = xor i32 %301, %306
  %308 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 12
  %309 = load i32, ptr %308, align 16, !tbaa !5
  %310 = add i32 %307, %309
  %311 = add i32 %310, 1804603682
  %312 = load i32, ptr %7, align 4, !tbaa !5
  %313 = add i32 %312, %311
  store i32 %313, ptr %7, align 4, !tbaa !5
  %314 = load i32, ptr %7, align 4, !tbaa !5
  %315 = shl i32 %314, 7
  %316 = load i32, ptr %7, align 4, !tbaa !5
  %317 = lshr i32 %316, 25
  %318 = or i32 %315, %317
  store i32 %318, ptr %7, align 4, !tbaa !5
  %319 = load i32, ptr %8, align 4, !tbaa !5
  %320 = load i32, ptr %7, align 4, !tbaa !5
  %321 = add i32 %320, %319
  store i32 %321, ptr %7, align 4, !tbaa !5
  %322 = load i32, ptr %9, align 4, !tbaa !5
  %323 = load i32, ptr %7, align 4, !tbaa !5
  %324 = load i32, ptr %8, align 4, !tbaa !5
  %325 = load i32, ptr %9, align 4, !tbaa !5
  %326 = xor i32 %324, %325
  %327 = and i32 %323, %326
  %328 = xor i32 %322, %327
  %329 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 13
  %330 = load i32, ptr %329, align 4, !tbaa !5
  %331 = add i32 %328, %330
  %332 = add i32 %331, -40341101
  %333 = load i32, ptr %10, align 4, !tbaa !5
  %334 = add i32 %333, %332
  store i32 %334, ptr %10, align 4, !tbaa !5
  %335 = load i32, ptr %10, align 4, !tbaa !5
  %336 = shl i32 %335, 12
  %337 = load i32, ptr %10, align 4, !tbaa !5
  %338 = lshr i32 %337, 20
  %339 = or i32 %336, %338
  store i32 %339, ptr %10, align 4, !tbaa !5
  %340 = load i32, ptr %7, align 4, !tbaa !5
  %341 = load i32, ptr %10, align 4, !tbaa !5
  %342 = add i32 %341, %340
  store i32 %342, ptr %10, align 4, !tbaa !5
  %343 = load i32, ptr %8, align 4, !tbaa !5
  %344 = load i32, ptr %10, align 4, !tbaa !5
  %345 = load i32, ptr %7, align 4, !tbaa !5
  %346 = load i32, ptr %8, align 4, !tbaa !5
  %347 = xor i32 %345, %346
  %348 = and i32 %344, %347
  %349 = xor i32 %343, %348
  %350 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 14
  %351 = load i32, ptr %350, align 8, !tbaa !5
  %352 = add i32 %349, %351
  %353 = add i32 %352, -1502002290
  %354 = load i32, ptr %9, align 4, !tbaa !5
  %355 = add i32 %354, %353
  store i32 %355, ptr %9, align 4, !tbaa !5
  %356 = load i32, ptr %9, align 4, !tbaa !5
  %357 = shl i32 %356, 17
  %358 = load i32, ptr %9, align 4, !tbaa !5
  %359 = lshr i32 %358, 15
  %360 = or i32 %357, %359
  store i32 %360, ptr %9, align 4, !tbaa !5
  %361 = load i32, ptr %10, align 4, !tbaa !5
  %362 = load i32, ptr %9, align 4, !tbaa !5
  %363 = add i32 %362, %361
  store i32 %363, ptr %9, align 4, !tbaa !5
  %364 = load i32, ptr %7, align 4, !tbaa !5
  %365 = load i32, ptr %9, align 4, !tbaa !5
  %366 = load i32, ptr %10, align 4, !tbaa !5
  %367 = load i32, ptr %7, align 4, !tbaa !5
  %368 = xor i32 %366, %367
  %369 = and i32 %365, %368
  %370 = xor i32 %364, %369
  %371 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 15
  %372 = load i32, ptr %371, align 4, !tbaa !5
  %373 = add i32 %370, %372
  %374 = add i32 %373, 1236535329
  %375 = load i32, ptr %8, align 4, !tbaa !5
  %376 = add i32 %375, %374
  store i32 %376, ptr %8, align 4, !tbaa !5
  %377 = load i32, ptr %8, align 4, !tbaa !5
  %378 = shl i32 %377, 22
  %379 = load i32, ptr %8, align 4, !tbaa !5
  %380 = lshr i32 %379, 10
  %381 = or i32 %378, %380
  store i32 %381, ptr %8, align 4, !tbaa !5
  %382 = load i32, ptr %9, align 4, !tbaa !5
  %383 = load i32, ptr %8, align 4, !tbaa !5
  %384 = add i32 %383, %382
  store i32 %384, ptr %8, align 4, !tbaa !5
  %385 = load i32, ptr %9, align 4, !tbaa !5
  %386 = load i32, ptr %10, align 4, !tbaa !5
  %387 = load i32, ptr %8, align 4, !tbaa !5
  %388 = load i32, ptr %9, align 4, !tbaa !5
  %389 = xor i32 %387, %388
  %390 = and i32 %386, %389
  %391 = xor i32 %385, %390
  %392 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 1
  %393 = load i32, ptr %392, align 4, !tbaa !5
  %394 = add i32 %391, %393
  %395 = add i32 %394, -165796510
  %396 = load i32, ptr %7, align 4, !tbaa !5
  %397 = add i32 %396, %395
  store i32 %397, ptr %7, align 4, !tbaa !5
  %398 = load i32, ptr %7, align 4, !tbaa !5
  %399 = shl i32 %398, 5
  %400 = load i32, ptr %7, align 4, !tbaa !5
  %401 = lshr i32 %400, 27
  %402 = or i32 %399, %401
  store i32 %402, ptr %7, align 4, !tbaa !5
  %403 = load i32, ptr %8, align 4, !tbaa !5
  %404 = load i32, ptr %7, align 4, !tbaa !5
  %405 = add i32 %404, %403
  store i32 %405, ptr %7, align 4, !tbaa !5
  %406 = load i32, ptr %8, align 4, !tbaa !5
  %407 = load i32, ptr %9, align 4, !tbaa !5
  %408 = load i32, ptr %7, align 4, !tbaa !5
  %409 = load i32, ptr %8, align 4, !tbaa !5
  %410 = xor i32 %408, %409
  %411 = and i32 %407, %410
  %412 = xor i32 %406, %411
  %413 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 6
  %414 = load i32, ptr %413, align 8, !tbaa !5
  %415 = add i32 %412, %414
  %416 = add i32 %415, -1069501632
  %417 = load i32, ptr %10, align 4, !tbaa !5
  %418 = add i32 %417, %416
  store i32 %418, ptr %10, align 4, !tbaa !5
  %419 = load i32, ptr %10, align 4, !tbaa !5
  %420 = shl i32 %419, 9
  %421 = load i32, ptr %10, align 4, !tbaa !5
  %422 = lshr i32 %421, 23
  %423 = or i32 %420, %422
  store i32 %423, ptr %10, align 4, !tbaa !5
  %424 = load i32, ptr %7, align 4, !tbaa !5
  %425 = load i32, ptr %10, align 4, !tbaa !5
  %426 = add i32 %425, %424
  store i32 %426, ptr %10, align 4, !tbaa !5
  %427 = load i32, ptr %7, align 4, !tbaa !5
  %428 = load i32, ptr %8, align 4, !tbaa !5
  %429 = load i32, ptr %10, align 4, !tbaa !5
  %430 = load i32, ptr %7, align 4, !tbaa !5
  %431 = xor i32 %429, %430
  %432 = and i32 %428, %431
  %433 = xor i32 %427, %432
  %434 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 11
  %435 = load i32, ptr %434, align 4, !tbaa !5
  %436 = add i32 %433, %435
  %437 = add i32 %436, 643717713
  %438 = load i32, ptr %9, align 4, !tbaa !5
  %439 = add i32 %438, %437
  store i32 %439, ptr %9, align 4, !tbaa !5
  %440 = load i32, ptr %9, align 4, !tbaa !5
  %441 = shl i32 %440, 14
  %442 = load i32, ptr %9, align 4, !tbaa !5
  %443 = lshr i32 %442, 18
  %444 = or i32 %441, %443
  store i32 %444, ptr %9, align 4, !tbaa !5
  %445 = load i32, ptr %10, align 4, !tbaa !5
  %446 = load i32, ptr %9, align 4, !tbaa !5
  %447 = add i32 %446, %445
  store i32 %447, ptr %9, align 4, !tbaa !5
  %448 = load i32, ptr %10, align 4, !tbaa !5
  %449 = load i32, ptr %7, align 4, !tbaa !5
  %450 = load i32, ptr %9, align 4, !tbaa !5
  %451 = load i32, ptr %10, align 4, !tbaa !5
  %452 = xor i32 %450, %451
  %453 = and i32 %449, %452
  %454 = xor i32 %448, %453
  %455 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 0
  %456 = load i32, ptr %455, align 16, !tbaa !5
  %457 = add i32 %454, %456
  %458 = add i32 %457, -373897302
  %459 = load i32, ptr %8, align 4, !tbaa !5
  %460 = add i32 %459, %458
  store i32 %460, ptr %8, align 4, !tbaa !5
  %461 = load i32, ptr %8, align 4, !tbaa !5
  %462 = shl i32 %461, 20
  %463 = load i32, ptr %8, align 4, !tbaa !5
  %464 = lshr i32 %463, 12
  %465 = or i32 %462, %464
  store i32 %465, ptr %8, align 4, !tbaa !5
  %466 = load i32, ptr %9, align 4, !tbaa !5
  %467 = load i32, ptr %8, align 4, !tbaa !5
  %468 = add i32 %467, %466
  store i32 %468, ptr %8, align 4, !tbaa !5
  %469 = load i32, ptr %9, align 4, !tbaa !5
  %470 = load i32, ptr %10, align 4, !tbaa !5
  %471 = load i32, ptr %8, align 4, !tbaa !5
  %472 = load i32, ptr %9, align 4, !tbaa !5
  %473 = xor i32 %471, %472
  %474 = and i32 %470, %473
  %475 = xor i32 %469, %474
  %476 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 5
  %477 = load i32, ptr %476, align 4, !tbaa !5
  %478 = add i32 %475, %477
  %479 = add i32 %478, -701558691
  %480 = load i32, ptr %7, align 4, !tbaa !5
  %481 = add i32 %480, %479
  store i32 %481, ptr %7, align 4, !tbaa !5
  %482 = load i32, ptr %7, align 4, !tbaa !5
  %483 = shl i32 %482, 5
  %484 = load i32, ptr %7, align 4, !tbaa !5
  %485 = lshr i32 %484, 27
  %486 = or i32 %483, %485
  store i32 %486, ptr %7, align 4, !tbaa !5
  %487 = load i32, ptr %8, align 4, !tbaa !5
  %488 = load i32, ptr %7, align 4, !tbaa !5
  %489 = add i32 %488, %487
  store i32 %489, ptr %7, align 4, !tbaa !5
  %490 = load i32, ptr %8, align 4, !tbaa !5
  %491 = load i32, ptr %9, align 4, !tbaa !5
  %492 = load i32, ptr %7, align 4, !tbaa !5
  %493 = load i32, ptr %8, align 4, !tbaa !5
  %494 = xor i32 %492, %493
  %495 = and i32 %491, %494
  %496 = xor i32 %490, %495
  %497 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 10
  %498 = load i32, ptr %497, align 8, !tbaa !5
  %499 = add i32 %496, %498
  %500 = add i32 %499, 38016083
  %501 = load i32, ptr %10, align 4, !tbaa !5
  %502 = add i32 %501, %500
  store i32 %502, ptr %10, align 4, !tbaa !5
  %503 = load i32, ptr %10, align 4, !tbaa !5
  %504 = shl i32 %503, 9
  %505 = load i32, ptr %10, align 4, !tbaa !5
  %506 = lshr i32 %505, 23
  %507 = or i32 %504, %506
  store i32 %507, ptr %10, align 4, !tbaa !5
  %508 = load i32, ptr %7, align 4, !tbaa !5
  %509 = load i32, ptr %10, align 4, !tbaa !5
  %510 = add i32 %509, %508
  store i32 %510, ptr %10, align 4, !tbaa !5
  %511 = load i32, ptr %7, align 4, !tbaa !5
  %512 = load i32, ptr %8, align 4, !tbaa !5
  %513 = load i32, ptr %10, align 4, !tbaa !5
  %514 = load i32, ptr %7, align 4, !tbaa !5
  %515 = xor i32 %513, %514
  %516 = and i32 %512, %515
  %517 = xor i32 %511, %516
  %518 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 15
  %519 = load i32, ptr %518, align 4, !tbaa !5
  %520 = add i32 %517, %519
  %521 = add i32 %520, -660478335
  %522 = load i32, ptr %9, align 4, !tbaa !5
  %523 = add i32 %522, %521
  store i32 %523, ptr %9, align 4, !tbaa !5
  %524 = load i32, ptr %9, align 4, !tbaa !5
  %525 = shl i32 %524, 14
  %526 = load i32, ptr %9, align 4, !tbaa !5
  %527 = lshr i32 %526, 18
  %528 = or i32 %525, %527
  store i32 %528, ptr %9, align 4, !tbaa !5
  %529 = load i32, ptr %10, align 4, !tbaa !5
  %530 = load i32, ptr %9, align 4, !tbaa !5
  %531 = add i32 %530, %529
  store i32 %531, ptr %9, align 4, !tbaa !5
  %532 = load i32, ptr %10, align 4, !tbaa !5
  %533 = load i32, ptr %7, align 4, !tbaa !5
  %534 = load i32, ptr %9, align 4, !tbaa !5
  %535 = load i32, ptr %10, align 4, !tbaa !5
  %536 = xor i32 %534, %535
  %537 = and i32 %533, %536
  %538 = xor i32 %532, %537
  %539 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 4
  %540 = load i32, ptr %539, align 16, !tbaa !5
  %541 = add i32 %538, %540
  %542 = add i32 %541, -405537848
  %543 = load i32, ptr %8, align 4, !tbaa !5
  %544 = add i32 %543, %542
  store i32 %544, ptr %8, align 4, !tbaa !5
  %545 = load i32, ptr %8, align 4, !tbaa !5
  %546 = shl i32 %545, 20
  %547 = load i32, ptr %8, align 4, !tbaa !5
  %548 = lshr i32 %547, 12
  %549 = or i32 %546, %548
  store i32 %549, ptr %8, align 4, !tbaa !5
  %550 = load i32, ptr %9, align 4, !tbaa !5
  %551 = load i32, ptr %8, align 4, !tbaa !5
  %552 = add i32 %551, %550
  store i32 %552, ptr %8, align 4, !tbaa !5
  %553 = load i32, ptr %9, align 4, !tbaa !5
  %554 = load i32, ptr %10, align 4, !tbaa !5
  %555 = load i32, ptr %8, align 4, !tbaa !5
  %556 = load i32, ptr %9, align 4, !tbaa !5
  %557 = xor i32 %555, %556
  %558 = and i32 %554, %557
  %559 = xor i32 %553, %558
  %560 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 9
  %561 = load i32, ptr %560, align 4, !tbaa !5
  %562 = add i32 %559, %561
  %563 = add i32 %562, 568446438
  %564 = load i32, ptr %7, align 4, !tbaa !5
  %565 = add i32 %564, %563
  store i32 %565, ptr %7, align 4, !tbaa !5
  %566 = load i32, ptr %7, align 4, !tbaa !5
  %567 = shl i32 %566, 5
  %568 = load i32, ptr %7, align 4, !tbaa !5
  %569 = lshr i32 %568, 27
  %570 = or i32 %567, %569
  store i32 %570, ptr %7, align 4, !tbaa !5
  %571 = load i32, ptr %8, align 4, !tbaa !5
  %572 = load i32, ptr %7, align 4, !tbaa !5
  %573 = add i32 %572, %571
  store i32 %573, ptr %7, align 4, !tbaa !5
  %574 = load i32, ptr %8, align 4, !tbaa !5
  %575 = load i32, ptr %9, align 4, !tbaa !5
  %576 = load i32, ptr %7, align 4, !tbaa !5
  %577 = load i32, ptr %8, align 4, !tbaa !5
  %578 = xor i32 %576, %577
  %579 = and i32 %575, %578
  %580 = xor i32 %574, %579
  %581 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 14
  %582 = load i32, ptr %581, align 8, !tbaa !5
  %583 = add i32 %580, %582
  %584 = add i32 %583, -1019803690
  %585 = load i32, ptr %10, align 4, !tbaa !5
  %586 = add i32 %585, %584
  store i32 %586, ptr %10, align 4, !tbaa !5
  %587 = load i32, ptr %10, align 4, !tbaa !5
  %588 = shl i32 %587, 9
  %589 = load i32, ptr %10, align 4, !tbaa !5
  %590 = lshr i32 %589, 23
  %591 = or i32 %588, %590
  store i32 %591, ptr %10, align 4, !tbaa !5
  %592 = load i32, ptr %7, align 4, !tbaa !5
  %593 = load i32, ptr %10, align 4, !tbaa !5
  %594 = add i32 %593, %592
  store i32 %594, ptr %10, align 4, !tbaa !5
  %595 = load i32, ptr %7, align 4, !tbaa !5
  %596 = load i32, ptr %8, align 4, !tbaa !5
  %597 = load i32, ptr %10, align 4, !tbaa !5
  %598 = load i32, ptr %7, align 4, !tbaa !5
  %599 = xor i32 %597, %598
  %600 = and i32 %596, %599
  %601 = xor i32 %595, %600
  %602 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 3
  %603 = load i32, ptr %602, align 4, !tbaa !5
  %604 = add i32 %601, %603
  %605 = add i32 %604, -187363961
  %606 = load i32, ptr %9, align 4, !tbaa !5
  %607 = add i32 %606, %605
  store i32 %607, ptr %9, align 4, !tbaa !5
  %608 = load i32, ptr %9, align 4, !tbaa !5
  %609 = shl i32 %608, 14
  %610 = load i32, ptr %9, align 4, !tbaa !5
  %611 = lshr i32 %610, 18
  %612 = or i32 %609, %611
  store i32 %612, ptr %9, align 4, !tbaa !5
  %613 = load i32, ptr %10, align 4, !tbaa !5
  %614 = load i32, ptr %9, align 4, !tbaa !5
  %615 = add i32 %614, %613
  store i32 %615, ptr %9, align 4, !tbaa !5
  %616 = load i32, ptr %10, align 4, !tbaa !5
  %617 = load i32, ptr %7, align 4, !tbaa !5
  %618 = load i32, ptr %9, align 4, !tbaa !5
  %619 = load i32, ptr %10, align 4, !tbaa !5
  %620 = xor i32 %618, %619
  %621 = and i32 %617, %620
  %622 = xor i32 %616, %621
  %623 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 8
  %624 = load i32, ptr %623, align 16, !tbaa !5
  %625 = add i32 %622, %624
  %626 = add i32 %625, 1163531501
  %627 = load i32, ptr %8, align 4, !tbaa !5
  %628 = add i32 %627, %626
  store i32 %628, ptr %8, align 4, !tbaa !5
  %629 = load i32, ptr %8, align 4, !tbaa !5
  %630 = shl i32 %629, 20
  %631 = load i32, ptr %8, align 4, !tbaa !5
  %632 = lshr i32 %631, 12
  %633 = or i32 %630, %632
  store i32 %633, ptr %8, align 4, !tbaa !5
  %634 = load i32, ptr %9, align 4, !tbaa !5
  %635 = load i32, ptr %8, align 4, !tbaa !5
  %636 = add i32 %635, %634
  store i32 %636, ptr %8, align 4, !tbaa !5
  %637 = load i32, ptr %9, align 4, !tbaa !5
  %638 = load i32, ptr %10, align 4, !tbaa !5
  %639 = load i32, ptr %8, align 4, !tbaa !5
  %640 = load i32, ptr %9, align 4, !tbaa !5
  %641 = xor i32 %639, %640
  %642 = and i32 %638, %641
  %643 = xor i32 %637, %642
  %644 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 13
  %645 = load i32, ptr %644, align 4, !tbaa !5
  %646 = add i32 %643, %645
  %647 = add i32 %646, -1444681467
  %648 = load i32, ptr %7, align 4, !tbaa !5
  %649 = add i32 %648, %647
  store i32 %649, ptr %7, align 4, !tbaa !5
  %650 = load i32, ptr %7, align 4, !tbaa !5
  %651 = shl i32 %650, 5
  %652 = load i32, ptr %7, align 4, !tbaa !5
  %653 = lshr i32 %652, 27
  %654 = or i32 %651, %653
  store i32 %654, ptr %7, align 4, !tbaa !5
  %655 = load i32, ptr %8, align 4, !tbaa !5
  %656 = load i32, ptr %7, align 4, !tbaa !5
  %657 = add i32 %656, %655
  store i32 %657, ptr %7, align 4, !tbaa !5
  %658 = load i32, ptr %8, align 4, !tbaa !5
  %659 = load i32, ptr %9, align 4, !tbaa !5
  %660 = load i32, ptr %7, align 4, !tbaa !5
  %661 = load i32, ptr %8, align 4, !tbaa !5
  %662 = xor i32 %660, %661
  %663 = and i32 %659, %662
  %664 = xor i32 %658, %663
  %665 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 2
  %666 = load i32, ptr %665, align 8, !tbaa !5
  %667 = add i32 %664, %666
  %668 = add i32 %667, -51403784
  %669 = load i32, ptr %10, align 4, !tbaa !5
  %670 = add i32 %669, %668
  store i32 %670, ptr %10, align 4, !tbaa !5
  %671 = load i32, ptr %10, align 4, !tbaa !5
  %672 = shl i32 %671, 9
  %673 = load i32, ptr %10, align 4, !tbaa !5
  %674 = lshr i32 %673, 23
  %675 = or i32 %672, %674
  store i32 %675, ptr %10, align 4, !tbaa !5
  %676 = load i32, ptr %7, align 4, !tbaa !5
  %677 = load i32, ptr %10, align 4, !tbaa !5
  %678 = add i32 %677, %676
  store i32 %678, ptr %10, align 4, !tbaa !5
  %679 = load i32, ptr %7, align 4, !tbaa !5
  %680 = load i32, ptr %8, align 4, !tbaa !5
  %681 = load i32, ptr %10, align 4, !tbaa !5
  %682 = load i32, ptr %7, align 4, !tbaa !5
  %683 = xor i32 %681, %682
  %684 = and i32 %680, %683
  %685 = xor i32 %679, %684
  %686 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 7
  %687 = load i32, ptr %686, align 4, !tbaa !5
  %688 = add i32 %685, %687
  %689 = add i32 %688, 1735328473
  %690 = load i32, ptr %9, align 4, !tbaa !5
  %691 = add i32 %690, %689
  store i32 %691, ptr %9, align 4, !tbaa !5
  %692 = load i32, ptr %9, align 4, !tbaa !5
  %693 = shl i32 %692, 14
  %694 = load i32, ptr %9, align 4, !tbaa !5
  %695 = lshr i32 %694, 18
  %696 = or i32 %693, %695
  store i32 %696, ptr %9, align 4, !tbaa !5
  %697 = load i32, ptr %10, align 4, !tbaa !5
  %698 = load i32, ptr %9, align 4, !tbaa !5
  %699 = add i32 %698, %697
  store i32 %699, ptr %9, align 4, !tbaa !5
  %700 = load i32, ptr %10, align 4, !tbaa !5
  %701 = load i32, ptr %7, align 4, !tbaa !5
  %702 = load i32, ptr %9, align 4, !tbaa !5
  %703 = load i32, ptr %10, align 4, !tbaa !5
  %704 = xor i32 %702, %703
  %705 = and i32 %701, %704
  %706 = xor i32 %700, %705
  %707 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 12
  %708 = load i32, ptr %707, align 16, !tbaa !5
  %709 = add i32 %706, %708
  %710 = add i32 %709, -1926607734
  %711 = load i32, ptr %8, align 4, !tbaa !5
  %712 = add i32 %711, %710
  store i32 %712, ptr %8, align 4, !tbaa !5
  %713 = load i32, ptr %8, align 4, !tbaa !5
  %714 = shl i32 %713, 20
  %715 = load i32, ptr %8, align 4, !tbaa !5
  %716 = lshr i32 %715, 12
  %717 = or i32 %714, %716
  store i32 %717, ptr %8, align 4, !tbaa !5
  %718 = load i32, ptr %9, align 4, !tbaa !5
  %719 = load i32, ptr %8, align 4, !tbaa !5
  %720 = add i32 %719, %718
  store i32 %720, ptr %8, align 4, !tbaa !5
  %721 = load i32, ptr %8, align 4, !tbaa !5
  %722 = load i32, ptr %9, align 4, !tbaa !5
  %723 = xor i32 %721, %722
  %724 = load i32, ptr %10, align 4, !tbaa !5
  %725 = xor i32 %723, %724
  %726 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 5
  %727 = load i32, ptr %726, align 4, !tbaa !5
  %728 = add i32 %725, %727
  %729 = add i32 %728, -378558
  %730 = load i32, ptr %7, align 4, !tbaa !5
  %731 = add i32 %730, %729
  store i32 %731, ptr %7, align 4, !tbaa !5
  %732 = load i32, ptr %7, align 4, !tbaa !5
  %733 = shl i32 %732, 4
  %734 = load i32, ptr %7, align 4, !tbaa !5
  %735 = lshr i32 %734, 28
  %736 = or i32 %733, %735
  store i32 %736, ptr %7, align 4, !tbaa !5
  %737 = load i32, ptr %8, align 4, !tbaa !5
  %738 = load i32, ptr %7, align 4, !tbaa !5
  %739 = add i32 %738, %737
  store i32 %739, ptr %7, align 4, !tbaa !5
  %740 = load i32, ptr %7, align 4, !tbaa !5
  %741 = load i32, ptr %8, align 4, !tbaa !5
  %742 = xor i32 %740, %741
  %743 = load i32, ptr %9, align 4, !tbaa !5
  %744 = xor i32 %742, %743
  %745 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 8
  %746 = load i32, ptr %745, align 16, !tbaa !5
  %747 = add i32 %744, %746
  %748 = add i32 %747, -2022574463
  %749 = load i32, ptr %10, align 4, !tbaa !5
  %750 = add i32 %749, %748
  store i32 %750, ptr %10, align 4, !tbaa !5
  %751 = load i32, ptr %10, align 4, !tbaa !5
  %752 = shl i32 %751, 11
  %753 = load i32, ptr %10, align 4, !tbaa !5
  %754 = lshr i32 %753, 21
  %755 = or i32 %752, %754
  store i32 %755, ptr %10, align 4, !tbaa !5
  %756 = load i32, ptr %7, align 4, !tbaa !5
  %757 = load i32, ptr %10, align 4, !tbaa !5
  %758 = add i32 %757, %756
  store i32 %758, ptr %10, align 4, !tbaa !5
  %759 = load i32, ptr %10, align 4, !tbaa !5
  %760 = load i32, ptr %7, align 4, !tbaa !5
  %761 = xor i32 %759, %760
  %762 = load i32, ptr %8, align 4, !tbaa !5
  %763 = xor i32 %761, %762
  %764 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 11
  %765 = load i32, ptr %764, align 4, !tbaa !5
  %766 = add i32 %763, %765
  %767 = add i32 %766, 1839030562
  %768 = load i32, ptr %9, align 4, !tbaa !5
  %769 = add i32 %768, %767
  store i32 %769, ptr %9, align 4, !tbaa !5
  %770 = load i32, ptr %9, align 4, !tbaa !5
  %771 = shl i32 %770, 16
  %772 = load i32, ptr %9, align 4, !tbaa !5
  %773 = lshr i32 %772, 16
  %774 = or i32 %771, %773
  store i32 %774, ptr %9, align 4, !tbaa !5
  %775 = load i32, ptr %10, align 4, !tbaa !5
  %776 = load i32, ptr %9, align 4, !tbaa !5
  %777 = add i32 %776, %775
  store i32 %777, ptr %9, align 4, !tbaa !5
  %778 = load i32, ptr %9, align 4, !tbaa !5
  %779 = load i32, ptr %10, align 4, !tbaa !5
  %780 = xor i32 %778, %779
  %781 = load i32, ptr %7, align 4, !tbaa !5
  %782 = xor i32 %780, %781
  %783 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 14
  %784 = load i32, ptr %783, align 8, !tbaa !5
  %785 = add i32 %782, %784
  %786 = add i32 %785, -35309556
  %787 = load i32, ptr %8, align 4, !tbaa !5
  %788 = add i32 %787, %786
  store i32 %788, ptr %8, align 4, !tbaa !5
  %789 = load i32, ptr %8, align 4, !tbaa !5
  %790 = shl i32 %789, 23
  %791 = load i32, ptr %8, align 4, !tbaa !5
  %792 = lshr i32 %791, 9
  %793 = or i32 %790, %792
  store i32 %793, ptr %8, align 4, !tbaa !5
  %794 = load i32, ptr %9, align 4, !tbaa !5
  %795 = load i32, ptr %8, align 4, !tbaa !5
  %796 = add i32 %795, %794
  store i32 %796, ptr %8, align 4, !tbaa !5
  %797 = load i32, ptr %8, align 4, !tbaa !5
  %798 = load i32, ptr %9, align 4, !tbaa !5
  %799 = xor i32 %797, %798
  %800 = load i32, ptr %10, align 4, !tbaa !5
  %801 = xor i32 %799, %800
  %802 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 1
  %803 = load i32, ptr %802, align 4, !tbaa !5
  %804 = add i32 %801, %803
  %805 = add i32 %804, -1530992060
  %806 = load i32, ptr %7, align 4, !tbaa !5
  %807 = add i32 %806, %805
  store i32 %807, ptr %7, align 4, !tbaa !5
  %808 = load i32, ptr %7, align 4, !tbaa !5
  %809 = shl i32 %808, 4
  %810 = load i32, ptr %7, align 4, !tbaa !5
  %811 = lshr i32 %810, 28
  %812 = or i32 %809, %811
  store i32 %812, ptr %7, align 4, !tbaa !5
  %813 = load i32, ptr %8, align 4, !tbaa !5
  %814 = load i32, ptr %7, align 4, !tbaa !5
  %815 = add i32 %814, %813
  store i32 %815, ptr %7, align 4, !tbaa !5
  %816 = load i32, ptr %7, align 4, !tbaa !5
  %817 = load i32, ptr %8, align 4, !tbaa !5
  %818 = xor i32 %816, %817
  %819 = load i32, ptr %9, align 4, !tbaa !5
  %820 = xor i32 %818, %819
  %821 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 4
  %822 = load i32, ptr %821, align 16, !tbaa !5
  %823 = add i32 %820, %822
  %824 = add i32 %823, 1272893353
  %825 = load i32, ptr %10, align 4, !tbaa !5
  %826 = add i32 %825, %824
  store i32 %826, ptr %10, align 4, !tbaa !5
  %827 = load i32, ptr %10, align 4, !tbaa !5
  %828 = shl i32 %827, 11
  %829 = load i32, ptr %10, align 4, !tbaa !5
  %830 = lshr i32 %829, 21
  %831 = or i32 %828, %830
  store i32 %831, ptr %10, align 4, !tbaa !5
  %832 = load i32, ptr %7, align 4, !tbaa !5
  %833 = load i32, ptr %10, align 4, !tbaa !5
  %834 = add i32 %833, %832
  store i32 %834, ptr %10, align 4, !tbaa !5
  %835 = load i32, ptr %10, align 4, !tbaa !5
  %836 = load i32, ptr %7, align 4, !tbaa !5
  %837 = xor i32 %835, %836
  %838 = load i32, ptr %8, align 4, !tbaa !5
  %839 = xor i32 %837, %838
  %840 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 7
  %841 = load i32, ptr %840, align 4, !tbaa !5
  %842 = add i32 %839, %841
  %843 = add i32 %842, -155497632
  %844 = load i32, ptr %9, align 4, !tbaa !5
  %845 = add i32 %844, %843
  store i32 %845, ptr %9, align 4, !tbaa !5
  %846 = load i32, ptr %9, align 4, !tbaa !5
  %847 = shl i32 %846, 16
  %848 = load i32, ptr %9, align 4, !tbaa !5
  %849 = lshr i32 %848, 16
  %850 = or i32 %847, %849
  store i32 %850, ptr %9, align 4, !tbaa !5
  %851 = load i32, ptr %10, align 4, !tbaa !5
  %852 = load i32, ptr %9, align 4, !tbaa !5
  %853 = add i32 %852, %851
  store i32 %853, ptr %9, align 4, !tbaa !5
  %854 = load i32, ptr %9, align 4, !tbaa !5
  %855 = load i32, ptr %10, align 4, !tbaa !5
  %856 = xor i32 %854, %855
  %857 = load i32, ptr %7, align 4, !tbaa !5
  %858 = xor i32 %856, %857
  %859 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 10
  %860 = load i32, ptr %859, align 8, !tbaa !5
  %861 = add i32 %858, %860
  %862 = add i32 %861, -1094730640
  %863 = load i32, ptr %8, align 4, !tbaa !5
  %864 = add i32 %863, %862
  store i32 %864, ptr %8, align 4, !tbaa !5
  %865 = load i32, ptr %8, align 4, !tbaa !5
  %866 = shl i32 %865, 23
  %867 = load i32, ptr %8, align 4, !tbaa !5
  %868 = lshr i32 %867, 9
  %869 = or i32 %866, %868
  store i32 %869, ptr %8, align 4, !tbaa !5
  %870 = load i32, ptr %9, align 4, !tbaa !5
  %871 = load i32, ptr %8, align 4, !tbaa !5
  %872 = add i32 %871, %870
  store i32 %872, ptr %8, align 4, !tbaa !5
  %873 = load i32, ptr %8, align 4, !tbaa !5
  %874 = load i32, ptr %9, align 4, !tbaa !5
  %875 = xor i32 %873, %874
  %876 = load i32, ptr %10, align 4, !tbaa !5
  %877 = xor i32 %875, %876
  %878 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 13
  %879 = load i32, ptr %878, align 4, !tbaa !5
  %880 = add i32 %877, %879
  %881 = add i32 %880, 681279174
  %882 = load i32, ptr %7, align 4, !tbaa !5
  %883 = add i32 %882, %881
  store i32 %883, ptr %7, align 4, !tbaa !5
  %884 = load i32, ptr %7, align 4, !tbaa !5
  %885 = shl i32 %884, 4
  %886 = load i32, ptr %7, align 4, !tbaa !5
  %887 = lshr i32 %886, 28
  %888 = or i32 %885, %887
  store i32 %888, ptr %7, align 4, !tbaa !5
  %889 = load i32, ptr %8, align 4, !tbaa !5
  %890 = load i32, ptr %7, align 4, !tbaa !5
  %891 = add i32 %890, %889
  store i32 %891, ptr %7, align 4, !tbaa !5
  %892 = load i32, ptr %7, align 4, !tbaa !5
  %893 = load i32, ptr %8, align 4, !tbaa !5
  %894 = xor i32 %892, %893
  %895 = load i32, ptr %9, align 4, !tbaa !5
  %896 = xor i32 %894, %895
  %897 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 0
  %898 = load i32, ptr %897, align 16, !tbaa !5
  %899 = add i32 %896, %898
  %900 = add i32 %899, -358537222
  %901 = load i32, ptr %10, align 4, !tbaa !5
  %902 = add i32 %901, %900
  store i32 %902, ptr %10, align 4, !tbaa !5
  %903 = load i32, ptr %10, align 4, !tbaa !5
  %904 = shl i32 %903, 11
  %905 = load i32, ptr %10, align 4, !tbaa !5
  %906 = lshr i32 %905, 21
  %907 = or i32 %904, %906
  store i32 %907, ptr %10, align 4, !tbaa !5
  %908 = load i32, ptr %7, align 4, !tbaa !5
  %909 = load i32, ptr %10, align 4, !tbaa !5
  %910 = add i32 %909, %908
  store i32 %910, ptr %10, align 4, !tbaa !5
  %911 = load i32, ptr %10, align 4, !tbaa !5
  %912 = load i32, ptr %7, align 4, !tbaa !5
  %913 = xor i32 %911, %912
  %914 = load i32, ptr %8, align 4, !tbaa !5
  %915 = xor i32 %913, %914
  %916 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 3
  %917 = load i32, ptr %916, align 4, !tbaa !5
  %918 = add i32 %915, %917
  %919 = add i32 %918, -722521979
  %920 = load i32, ptr %9, align 4, !tbaa !5
  %921 = add i32 %920, %919
  store i32 %921, ptr %9, align 4, !tbaa !5
  %922 = load i32, ptr %9, align 4, !tbaa !5
  %923 = shl i32 %922, 16
  %924 = load i32, ptr %9, align 4, !tbaa !5
  %925 = lshr i32 %924, 16
  %926 = or i32 %923, %925
  store i32 %926, ptr %9, align 4, !tbaa !5
  %927 = load i32, ptr %10, align 4, !tbaa !5
  %928 = load i32, ptr %9, align 4, !tbaa !5
  %929 = add i32 %928, %927
  store i32 %929, ptr %9, align 4, !tbaa !5
  %930 = load i32, ptr %9, align 4, !tbaa !5
  %931 = load i32, ptr %10, align 4, !tbaa !5
  %932 = xor i32 %930, %931
  %933 = load i32, ptr %7, align 4, !tbaa !5
  %934 = xor i32 %932, %933
  %935 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 6
  %936 = load i32, ptr %935, align 8, !tbaa !5
  %937 = add i32 %934, %936
  %938 = add i32 %937, 76029189
  %939 = load i32, ptr %8, align 4, !tbaa !5
  %940 = add i32 %939, %938
  store i32 %940, ptr %8, align 4, !tbaa !5
  %941 = load i32, ptr %8, align 4, !tbaa !5
  %942 = shl i32 %941, 23
  %943 = load i32, ptr %8, align 4, !tbaa !5
  %944 = lshr i32 %943, 9
  %945 = or i32 %942, %944
  store i32 %945, ptr %8, align 4, !tbaa !5
  %946 = load i32, ptr %9, align 4, !tbaa !5
  %947 = load i32, ptr %8, align 4, !tbaa !5
  %948 = add i32 %947, %946
  store i32 %948, ptr %8, align 4, !tbaa !5
  %949 = load i32, ptr %8, align 4, !tbaa !5
  %950 = load i32, ptr %9, align 4, !tbaa !5
  %951 = xor i32 %949, %950
  %952 = load i32, ptr %10, align 4, !tbaa !5
  %953 = xor i32 %951, %952
  %954 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 9
  %955 = load i32, ptr %954, align 4, !tbaa !5
  %956 = add i32 %953, %955
  %957 = add i32 %956, -640364487
  %958 = load i32, ptr %7, align 4, !tbaa !5
  %959 = add i32 %958, %957
  store i32 %959, ptr %7, align 4, !tbaa !5
  %960 = load i32, ptr %7, align 4, !tbaa !5
  %961 = shl i32 %960, 4
  %962 = load i32, ptr %7, align 4, !tbaa !5
  %963 = lshr i32 %962, 28
  %964 = or i32 %961, %963
  store i32 %964, ptr %7, align 4, !tbaa !5
  %965 = load i32, ptr %8, align 4, !tbaa !5
  %966 = load i32, ptr %7, align 4, !tbaa !5
  %967 = add i32 %966, %965
  store i32 %967, ptr %7, align 4, !tbaa !5
  %968 = load i32, ptr %7, align 4, !tbaa !5
  %969 = load i32, ptr %8, align 4, !tbaa !5
  %970 = xor i32 %968, %969
  %971 = load i32, ptr %9, align 4, !tbaa !5
  %972 = xor i32 %970, %971
  %973 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 12
  %974 = load i32, ptr %973, align 16, !tbaa !5
  %975 = add i32 %972, %974
  %976 = add i32 %975, -421815835
  %977 = load i32, ptr %10, align 4, !tbaa !5
  %978 = add i32 %977, %976
  store i32 %978, ptr %10, align 4, !tbaa !5
  %979 = load i32, ptr %10, align 4, !tbaa !5
  %980 = shl i32 %979, 11
  %981 = load i32, ptr %10, align 4, !tbaa !5
  %982 = lshr i32 %981, 21
  %983 = or i32 %980, %982
  store i32 %983, ptr %10, align 4, !tbaa !5
  %984 = load i32, ptr %7, align 4, !tbaa !5
  %985 = load i32, ptr %10, align 4, !tbaa !5
  %986 = add i32 %985, %984
  store i32 %986, ptr %10, align 4, !tbaa !5
  %987 = load i32, ptr %10, align 4, !tbaa !5
  %988 = load i32, ptr %7, align 4, !tbaa !5
  %989 = xor i32 %987, %988
  %990 = load i32, ptr %8, align 4, !tbaa !5
  %991 = xor i32 %989, %990
  %992 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 15
  %993 = load i32, ptr %992, align 4, !tbaa !5
  %994 = add i32 %991, %993
  %995 = add i32 %994, 530742520
  %996 = load i32, ptr %9, align 4, !tbaa !5
  %997 = add i32 %996, %995
  store i32 %997, ptr %9, align 4, !tbaa !5
  %998 = load i32, ptr %9, align 4, !tbaa !5
  %999 = shl i32 %998, 16
  %1000 = load i32, ptr %9, align 4, !tbaa !5
  %1001 = lshr i32 %1000, 16
  %1002 = or i32 %999, %1001
  store i32 %1002, ptr %9, align 4, !tbaa !5
  %1003 = load i32, ptr %10, align 4, !tbaa !5
  %1004 = load i32, ptr %9, align 4, !tbaa !5
  %1005 = add i32 %1004, %1003
  store i32 %1005, ptr %9, align 4, !tbaa !5
  %1006 = load i32, ptr %9, align 4, !tbaa !5
  %1007 = load i32, ptr %10, align 4, !tbaa !5
  %1008 = xor i32 %1006, %1007
  %1009 = load i32, ptr %7, align 4, !tbaa !5
  %1010 = xor i32 %1008, %1009
  %1011 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 2
  %1012 = load i32, ptr %1011, align 8, !tbaa !5
  %1013 = add i32 %1010, %1012
  %1014 = add i32 %1013, -995338651
  %1015 = load i32, ptr %8, align 4, !tbaa !5
  %1016 = add i32 %1015, %1014
  store i32 %1016, ptr %8, align 4, !tbaa !5
  %1017 = load i32, ptr %8, align 4, !tbaa !5
  %1018 = shl i32 %1017, 23
  %1019 = load i32, ptr %8, align 4, !tbaa !5
  %1020 = lshr i32 %1019, 9
  %1021 = or i32 %1018, %1020
  store i32 %1021, ptr %8, align 4, !tbaa !5
  %1022 = load i32, ptr %9, align 4, !tbaa !5
  %1023 = load i32, ptr %8, align 4, !tbaa !5
  %1024 = add i32 %1023, %1022
  store i32 %1024, ptr %8, align 4, !tbaa !5
  %1025 = load i32, ptr %9, align 4, !tbaa !5
  %1026 = load i32, ptr %8, align 4, !tbaa !5
  %1027 = load i32, ptr %10, align 4, !tbaa !5
  %1028 = xor i32 %1027, -1
  %1029 = or i32 %1026, %1028
  %1030 = xor i32 %1025, %1029
  %1031 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 0
  %1032 = load i32, ptr %1031, align 16, !tbaa !5
  %1033 = add i32 %1030, %1032
  %1034 = add i32 %1033, -198630844
  %1035 = load i32, ptr %7, align 4, !tbaa !5
  %1036 = add i32 %1035, %1034
  store i32 %1036, ptr %7, align 4, !tbaa !5
  %1037 = load i32, ptr %7, align 4, !tbaa !5
  %1038 = shl i32 %1037, 6
  %1039 = load i32, ptr %7, align 4, !tbaa !5
  %1040 = lshr i32 %1039, 26
  %1041 = or i32 %1038, %1040
  store i32 %1041, ptr %7, align 4, !tbaa !5
  %1042 = load i32, ptr %8, align 4, !tbaa !5
  %1043 = load i32, ptr %7, align 4, !tbaa !5
  %1044 = add i32 %1043, %1042
  store i32 %1044, ptr %7, align 4, !tbaa !5
  %1045 = load i32, ptr %8, align 4, !tbaa !5
  %1046 = load i32, ptr %7, align 4, !tbaa !5
  %1047 = load i32, ptr %9, align 4, !tbaa !5
  %1048 = xor i32 %1047, -1
  %1049 = or i32 %1046, %1048
  %1050 = xor i32 %1045, %1049
  %1051 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 7
  %1052 = load i32, ptr %1051, align 4, !tbaa !5
  %1053 = add i32 %1050, %1052
  %1054 = add i32 %1053, 1126891415
  %1055 = load i32, ptr %10, align 4, !tbaa !5
  %1056 = add i32 %1055, %1054
  store i32 %1056, ptr %10, align 4, !tbaa !5
  %1057 = load i32, ptr %10, align 4, !tbaa !5
  %1058 = shl i32 %1057, 10
  %1059 = load i32, ptr %10, align 4, !tbaa !5
  %1060 = lshr i32 %1059, 22
  %1061 = or i32 %1058, %1060
  store i32 %1061, ptr %10, align 4, !tbaa !5
  %1062 = load i32, ptr %7, align 4, !tbaa !5
  %1063 = load i32, ptr %10, align 4, !tbaa !5
  %1064 = add i32 %1063, %1062
  store i32 %1064, ptr %10, align 4, !tbaa !5
  %1065 = load i32, ptr %7, align 4, !tbaa !5
  %1066 = load i32, ptr %10, align 4, !tbaa !5
  %1067 = load i32, ptr %8, align 4, !tbaa !5
  %1068 = xor i32 %1067, -1
  %1069 = or i32 %1066, %1068
  %1070 = xor i32 %1065, %1069
  %1071 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 14
  %1072 = load i32, ptr %1071, align 8, !tbaa !5
  %1073 = add i32 %1070, %1072
  %1074 = add i32 %1073, -1416354905
  %1075 = load i32, ptr %9, align 4, !tbaa !5
  %1076 = add i32 %1075, %1074
  store i32 %1076, ptr %9, align 4, !tbaa !5
  %1077 = load i32, ptr %9, align 4, !tbaa !5
  %1078 = shl i32 %1077, 15
  %1079 = load i32, ptr %9, align 4, !tbaa !5
  %1080 = lshr i32 %1079, 17
  %1081 = or i32 %1078, %1080
  store i32 %1081, ptr %9, align 4, !tbaa !5
  %1082 = load i32, ptr %10, align 4, !tbaa !5
  %1083 = load i32, ptr %9, align 4, !tbaa !5
  %1084 = add i32 %1083, %1082
  store i32 %1084, ptr %9, align 4, !tbaa !5
  %1085 = load i32, ptr %10, align 4, !tbaa !5
  %1086 = load i32, ptr %9, align 4, !tbaa !5
  %1087 = load i32, ptr %7, align 4, !tbaa !5
  %1088 = xor i32 %1087, -1
  %1089 = or i32 %1086, %1088
  %1090 = xor i32 %1085, %1089
  %1091 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 5
  %1092 = load i32, ptr %1091, align 4, !tbaa !5
  %1093 = add i32 %1090, %1092
  %1094 = add i32 %1093, -57434055
  %1095 = load i32, ptr %8, align 4, !tbaa !5
  %1096 = add i32 %1095, %1094
  store i32 %1096, ptr %8, align 4, !tbaa !5
  %1097 = load i32, ptr %8, align 4, !tbaa !5
  %1098 = shl i32 %1097, 21
  %1099 = load i32, ptr %8, align 4, !tbaa !5
  %1100 = lshr i32 %1099, 11
  %1101 = or i32 %1098, %1100
  store i32 %1101, ptr %8, align 4, !tbaa !5
  %1102 = load i32, ptr %9, align 4, !tbaa !5
  %1103 = load i32, ptr %8, align 4, !tbaa !5
  %1104 = add i32 %1103, %1102
  store i32 %1104, ptr %8, align 4, !tbaa !5
  %1105 = load i32, ptr %9, align 4, !tbaa !5
  %1106 = load i32, ptr %8, align 4, !tbaa !5
  %1107 = load i32, ptr %10, align 4, !tbaa !5
  %1108 = xor i32 %1107, -1
  %1109 = or i32 %1106, %1108
  %1110 = xor i32 %1105, %1109
  %1111 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 12
  %1112 = load i32, ptr %1111, align 16, !tbaa !5
  %1113 = add i32 %1110, %1112
  %1114 = add i32 %1113, 1700485571
  %1115 = load i32, ptr %7, align 4, !tbaa !5
  %1116 = add i32 %1115, %1114
  store i32 %1116, ptr %7, align 4, !tbaa !5
  %1117 = load i32, ptr %7, align 4, !tbaa !5
  %1118 = shl i32 %1117, 6
  %1119 = load i32, ptr %7, align 4, !tbaa !5
  %1120 = lshr i32 %1119, 26
  %1121 = or i32 %1118, %1120
  store i32 %1121, ptr %7, align 4, !tbaa !5
  %1122 = load i32, ptr %8, align 4, !tbaa !5
  %1123 = load i32, ptr %7, align 4, !tbaa !5
  %1124 = add i32 %1123, %1122
  store i32 %1124, ptr %7, align 4, !tbaa !5
  %1125 = load i32, ptr %8, align 4, !tbaa !5
  %1126 = load i32, ptr %7, align 4, !tbaa !5
  %1127 = load i32, ptr %9, align 4, !tbaa !5
  %1128 = xor i32 %1127, -1
  %1129 = or i32 %1126, %1128
  %1130 = xor i32 %1125, %1129
  %1131 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 3
  %1132 = load i32, ptr %1131, align 4, !tbaa !5
  %1133 = add i32 %1130, %1132
  %1134 = add i32 %1133, -1894986606
  %1135 = load i32, ptr %10, align 4, !tbaa !5
  %1136 = add i32 %1135, %1134
  store i32 %1136, ptr %10, align 4, !tbaa !5
  %1137 = load i32, ptr %10, align 4, !tbaa !5
  %1138 = shl i32 %1137, 10
  %1139 = load i32, ptr %10, align 4, !tbaa !5
  %1140 = lshr i32 %1139, 22
  %1141 = or i32 %1138, %1140
  store i32 %1141, ptr %10, align 4, !tbaa !5
  %1142 = load i32, ptr %7, align 4, !tbaa !5
  %1143 = load i32, ptr %10, align 4, !tbaa !5
  %1144 = add i32 %1143, %1142
  store i32 %1144, ptr %10, align 4, !tbaa !5
  %1145 = load i32, ptr %7, align 4, !tbaa !5
  %1146 = load i32, ptr %10, align 4, !tbaa !5
  %1147 = load i32, ptr %8, align 4, !tbaa !5
  %1148 = xor i32 %1147, -1
  %1149 = or i32 %1146, %1148
  %1150 = xor i32 %1145, %1149
  %1151 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 10
  %1152 = load i32, ptr %1151, align 8, !tbaa !5
  %1153 = add i32 %1150, %1152
  %1154 = add i32 %1153, -1051523
  %1155 = load i32, ptr %9, align 4, !tbaa !5
  %1156 = add i32 %1155, %1154
  store i32 %1156, ptr %9, align 4, !tbaa !5
  %1157 = load i32, ptr %9, align 4, !tbaa !5
  %1158 = shl i32 %1157, 15
  %1159 = load i32, ptr %9, align 4, !tbaa !5
  %1160 = lshr i32 %1159, 17
  %1161 = or i32 %1158, %1160
  store i32 %1161, ptr %9, align 4, !tbaa !5
  %1162 = load i32, ptr %10, align 4, !tbaa !5
  %1163 = load i32, ptr %9, align 4, !tbaa !5
  %1164 = add i32 %1163, %1162
  store i32 %1164, ptr %9, align 4, !tbaa !5
  %1165 = load i32, ptr %10, align 4, !tbaa !5
  %1166 = load i32, ptr %9, align 4, !tbaa !5
  %1167 = load i32, ptr %7, align 4, !tbaa !5
  %1168 = xor i32 %1167, -1
  %1169 = or i32 %1166, %1168
  %1170 = xor i32 %1165, %1169
  %1171 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 1
  %1172 = load i32, ptr %1171, align 4, !tbaa !5
  %1173 = add i32 %1170, %1172
  %1174 = add i32 %1173, -2054922799
  %1175 = load i32, ptr %8, align 4, !tbaa !5
  %1176 = add i32 %1175, %1174
  store i32 %1176, ptr %8, align 4, !tbaa !5
  %1177 = load i32, ptr %8, align 4, !tbaa !5
  %1178 = shl i32 %1177, 21
  %1179 = load i32, ptr %8, align 4, !tbaa !5
  %1180 = lshr i32 %1179, 11
  %1181 = or i32 %1178, %1180
  store i32 %1181, ptr %8, align 4, !tbaa !5
  %1182 = load i32, ptr %9, align 4, !tbaa !5
  %1183 = load i32, ptr %8, align 4, !tbaa !5
  %1184 = add i32 %1183, %1182
  store i32 %1184, ptr %8, align 4, !tbaa !5
  %1185 = load i32, ptr %9, align 4, !tbaa !5
  %1186 = load i32, ptr %8, align 4, !tbaa !5
  %1187 = load i32, ptr %10, align 4, !tbaa !5
  %1188 = xor i32 %1187, -1
  %1189 = or i32 %1186, %1188
  %1190 = xor i32 %1185, %1189
  %1191 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 8
  %1192 = load i32, ptr %1191, align 16, !tbaa !5
  %1193 = add i32 %1190, %1192
  %1194 = add i32 %1193, 1873313359
  %1195 = load i32, ptr %7, align 4, !tbaa !5
  %1196 = add i32 %1195, %1194
  store i32 %1196, ptr %7, align 4, !tbaa !5
  %1197 = load i32, ptr %7, align 4, !tbaa !5
  %1198 = shl i32 %1197, 6
  %1199 = load i32, ptr %7, align 4, !tbaa !5
  %1200 = lshr i32 %1199, 26
  %1201 = or i32 %1198, %1200
  store i32 %1201, ptr %7, align 4, !tbaa !5
  %1202 = load i32, ptr %8, align 4, !tbaa !5
  %1203 = load i32, ptr %7, align 4, !tbaa !5
  %1204 = add i32 %1203, %1202
  store i32 %1204, ptr %7, align 4, !tbaa !5
  %1205 = load i32, ptr %8, align 4, !tbaa !5
  %1206 = load i32, ptr %7, align 4, !tbaa !5
  %1207 = load i32, ptr %9, align 4, !tbaa !5
  %1208 = xor i32 %1207, -1
  %1209 = or i32 %1206, %1208
  %1210 = xor i32 %1205, %1209
  %1211 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 15
  %1212 = load i32, ptr %1211, align 4, !tbaa !5
  %1213 = add i32 %1210, %1212
  %1214 = add i32 %1213, -30611744
  %1215 = load i32, ptr %10, align 4, !tbaa !5
  %1216 = add i32 %1215, %1214
  store i32 %1216, ptr %10, align 4, !tbaa !5
  %1217 = load i32, ptr %10, align 4, !tbaa !5
  %1218 = shl i32 %1217, 10
  %1219 = load i32, ptr %10, align 4, !tbaa !5
  %1220 = lshr i32 %1219, 22
  %1221 = or i32 %1218, %1220
  store i32 %1221, ptr %10, align 4, !tbaa !5
  %1222 = load i32, ptr %7, align 4, !tbaa !5
  %1223 = load i32, ptr %10, align 4, !tbaa !5
  %1224 = add i32 %1223, %1222
  store i32 %1224, ptr %10, align 4, !tbaa !5
  %1225 = load i32, ptr %7, align 4, !tbaa !5
  %1226 = load i32, ptr %10, align 4, !tbaa !5
  %1227 = load i32, ptr %8, align 4, !tbaa !5
  %1228 = xor i32 %1227, -1
  %1229 = or i32 %1226, %1228
  %1230 = xor i32 %1225, %1229
  %1231 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 6
  %1232 = load i32, ptr %1231, align 8, !tbaa !5
  %1233 = add i32 %1230, %1232
  %1234 = add i32 %1233, -1560198380
  %1235 = load i32, ptr %9, align 4, !tbaa !5
  %1236 = add i32 %1235, %1234
  store i32 %1236, ptr %9, align 4, !tbaa !5
  %1237 = load i32, ptr %9, align 4, !tbaa !5
  %1238 = shl i32 %1237, 15
  %1239 = load i32, ptr %9, align 4, !tbaa !5
  %1240 = lshr i32 %1239, 17
  %1241 = or i32 %1238, %1240
  store i32 %1241, ptr %9, align 4, !tbaa !5
  %1242 = load i32, ptr %10, align 4, !tbaa !5
  %1243 = load i32, ptr %9, align 4, !tbaa !5
  %1244 = add i32 %1243, %1242
  store i32 %1244, ptr %9, align 4, !tbaa !5
  %1245 = load i32, ptr %10, align 4, !tbaa !5
  %1246 = load i32, ptr %9, align 4, !tbaa !5
  %1247 = load i32, ptr %7, align 4, !tbaa !5
  %1248 = xor i32 %1247, -1
  %1249 = or i32 %1246, %1248
  %1250 = xor i32 %1245, %1249
  %1251 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 13
  %1252 = load i32, ptr %1251, align 4, !tbaa !5
  %1253 = add i32 %1250, %1252
  %1254 = add i32 %1253, 1309151649
  %1255 = load i32, ptr %8, align 4, !tbaa !5
  %1256 = add i32 %1255, %1254
  store i32 %1256, ptr %8, align 4, !tbaa !5
  %1257 = load i32, ptr %8, align 4, !tbaa !5
  %1258 = shl i32 %1257, 21
  %1259 = load i32, ptr %8, align 4, !tbaa !5
  %1260 = lshr i32 %1259, 11
  %1261 = or i32 %1258, %1260
  store i32 %1261, ptr %8, align 4, !tbaa !5
  %1262 = load i32, ptr %9, align 4, !tbaa !5
  %1263 = load i32, ptr %8, align 4, !tbaa !5
  %1264 = add i32 %1263, %1262
  store i32 %1264, ptr %8, align 4, !tbaa !5
  %1265 = load i32, ptr %9, align 4, !tbaa !5
  %1266 = load i32, ptr %8, align 4, !tbaa !5
  %1267 = load i32, ptr %10, align 4, !tbaa !5
  %1268 = xor i32 %1267, -1
  %1269 = or i32 %1266, %1268
  %1270 = xor i32 %1265, %1269
  %1271 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 4
  %1272 = load i32, ptr %1271, align 16, !tbaa !5
  %1273 = add i32 %1270, %1272
  %1274 = add i32 %1273, -145523070
  %1275 = load i32, ptr %7, align 4, !tbaa !5
  %1276 = add i32 %1275, %1274
  store i32 %1276, ptr %7, align 4, !tbaa !5
  %1277 = load i32, ptr %7, align 4, !tbaa !5
  %1278 = shl i32 %1277, 6
  %1279 = load i32, ptr %7, align 4, !tbaa !5
  %1280 = lshr i32 %1279, 26
  %1281 = or i32 %1278, %1280
  store i32 %1281, ptr %7, align 4, !tbaa !5
  %1282 = load i32, ptr %8, align 4, !tbaa !5
  %1283 = load i32, ptr %7, align 4, !tbaa !5
  %1284 = add i32 %1283, %1282
  store i32 %1284, ptr %7, align 4, !tbaa !5
  %1285 = load i32, ptr %8, align 4, !tbaa !5
  %1286 = load i32, ptr %7, align 4, !tbaa !5
  %1287 = load i32, ptr %9, align 4, !tbaa !5
  %1288 = xor i32 %1287, -1
  %1289 = or i32 %1286, %1288
  %1290 = xor i32 %1285, %1289
  %1291 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 11
  %1292 = load i32, ptr %1291, align 4, !tbaa !5
  %1293 = add i32 %1290, %1292
  %1294 = add i32 %1293, -1120210379
  %1295 = load i32, ptr %10, align 4, !tbaa !5
  %1296 = add i32 %1295, %1294
  store i32 %1296, ptr %10, align 4, !tbaa !5
  %1297 = load i32, ptr %10, align 4, !tbaa !5
  %1298 = shl i32 %1297, 10
  %1299 = load i32, ptr %10, align 4, !tbaa !5
  %1300 = lshr i32 %1299, 22
  %1301 = or i32 %1298, %1300
  store i32 %1301, ptr %10, align 4, !tbaa !5
  %1302 = load i32, ptr %7, align 4, !tbaa !5
  %1303 = load i32, ptr %10, align 4, !tbaa !5
  %1304 = add i32 %1303, %1302
  store i32 %1304, ptr %10, align 4, !tbaa !5
  %1305 = load i32, ptr %7, align 4, !tbaa !5
  %1306 = load i32, ptr %10, align 4, !tbaa !5
  %1307 = load i32, ptr %8, align 4, !tbaa !5
  %1308 = xor i32 %1307, -1
  %1309 = or i32 %1306, %1308
  %1310 = xor i32 %1305, %1309
  %1311 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 2
  %1312 = load i32, ptr %1311, align 8, !tbaa !5
  %1313 = add i32 %1310, %1312
  %1314 = add i32 %1313, 718787259
  %1315 = load i32, ptr %9, align 4, !tbaa !5
  %1316 = add i32 %1315, %1314
  store i32 %1316, ptr %9, align 4, !tbaa !5
  %1317 = load i32, ptr %9, align 4, !tbaa !5
  %1318 = shl i32 %1317, 15
  %1319 = load i32, ptr %9, align 4, !tbaa !5
  %1320 = lshr i32 %1319, 17
  %1321 = or i32 %1318, %1320
  store i32 %1321, ptr %9, align 4, !tbaa !5
  %1322 = load i32, ptr %10, align 4, !tbaa !5
  %1323 = load i32, ptr %9, align 4, !tbaa !5
  %1324 = add i32 %1323, %1322
  store i32 %1324, ptr %9, align 4, !tbaa !5
  %1325 = load i32, ptr %10, align 4, !tbaa !5
  %1326 = load i32, ptr %9, align 4, !tbaa !5
  %1327 = load i32, ptr %7, align 4, !tbaa !5
  %1328 = xor i32 %1327, -1
  %1329 = or i32 %1326, %1328
  %1330 = xor i32 %1325, %1329
  %1331 = getelementptr inbounds [16 x i32], ptr %11, i64 0, i64 9
  %1332 = load i32, ptr %1331, align 4, !tbaa !5
  %1333 = add i32 %1330, %1332
  %1334 = add i32 %1333, -343485551
  %1335 = load i32, ptr %8, align 4, !tbaa !5
  %1336 = add i32 %1335, %1334
  store i32 %1336, ptr %8, align 4, !tbaa !5
  %1337 = load i32, ptr %8, align 4, !tbaa !5
  %1338 = shl i32 %1337, 21
  %1339 = load i32, ptr %8, align 4, !tbaa !5
  %1340 = lshr i32 %1339, 11
  %1341 = or i32 %1338, %1340
  store i32 %1341, ptr %8, align 4, !tbaa !5
  %1342 = load i32, ptr %9, align 4, !tbaa !5
  %1343 = load i32, ptr %8, align 4, !tbaa !5
  %1344 = add i32 %1343, %1342
  store i32 %1344, ptr %8, align 4, !tbaa !5
  %1345 = load i32, ptr %12, align 4, !tbaa !5
  %1346 = load i32, ptr %7, align 4, !tbaa !5
  %1347 = add i32 %1346, %1345
  store i32 %1347, ptr %7, align 4, !tbaa !5
  %1348 = load i32, ptr %13, align 4, !tbaa !5
  %1349 = load i32, ptr %8, align 4, !tbaa !5
  %1350 = add i32 %1349, %1348
  store i32 %1350, ptr %8, align 4, !tbaa !5
  %1351 = load i32, ptr %14, align 4, !tbaa !5
  %1352 = load i32, ptr %9, align 4, !tbaa !5
  %1353 = add i32 %1352, %1351
  store i32 %1353, ptr %9, align 4, !tbaa !5
  %1354 = load i32, ptr %15, align 4, !tbaa !5
  %1355 = load i32, ptr %10, align 4, !tbaa !5
  %1356 = add i32 %1355, %1354
  store i32 %1356, ptr %10, align 4, !tbaa !5
  %1357 = load ptr, ptr %5, align 8, !tbaa !22
  %1358 = getelementptr inbounds i8, ptr %1357, i64 64
  store ptr %1358, ptr %5, align 8, !tbaa !22
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %1359

1359:                                             ; preds = %48
  %1360 = load i64, ptr %6, align 8, !tbaa !20
  %1361 = sub i64 %1360, 64
  store i64 %1361, ptr %6, align 8, !tbaa !20
  %1362 = icmp ne i64 %1361, 0
  br i1 %1362, label %29, label %1363, !llvm.loop !26

1363:                                             ; preds = %1359
  %1364 = load i32, ptr %7, align 4, !tbaa !5
  %1365 = load ptr, ptr %4, align 8, !tbaa !9
  %1366 = getelementptr inbounds nuw %struct.md5_state, ptr %1365, i32 0, i32 0
  store i32 %1364, ptr %1366, align 4, !tbaa !12
  %1367 = load i32, ptr %8, align 4, !tbaa !5
  %1368 = load ptr, ptr %4, align 8, !tbaa !9
  %1369 = getelementptr inbounds nuw %struct.md5_state, ptr %1368, i32 0, i32 1
  store i32 %1367, ptr %1369, align 4, !tbaa !14
  %1370 = load i32, ptr %9, align 4, !tbaa !5
  %1371 = load ptr, ptr %4, align 8, !tbaa !9
  %1372 = getelementptr inbounds nuw %struct.md5_state, ptr %1371, i32 0, i32 2
  store i32 %1370, ptr %1372, align 4, !tbaa !15
  %1373 = load i32, ptr %10, align 4, !tbaa !5
  %1374 = load ptr, ptr %4, align 8, !tbaa !9
  %1375 = getelementptr inbounds nuw %struct.md5_state, ptr %1374, i32 0, i32 3
  store i32 %1373, ptr %1375, align 4, !tbaa !16
  %1376 = load ptr, ptr %5, align 8, !tbaa !22
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret ptr %1376
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @md5_final(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !22
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %7 = load ptr, ptr %4, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.md5_state, ptr %7, i32 0, i32 4
  %9 = load i32, ptr %8, align 4, !tbaa !17
  %10 = and i32 %9, 63
  %11 = zext i32 %10 to i64
  store i64 %11, ptr %5, align 8, !tbaa !20
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.md5_state, ptr %12, i32 0, i32 6
  %14 = load i64, ptr %5, align 8, !tbaa !20
  %15 = add i64 %14, 1
  store i64 %15, ptr %5, align 8, !tbaa !20
  %16 = getelementptr inbounds nuw [64 x i8], ptr %13, i64 0, i64 %14
  store i8 -128, ptr %16, align 1, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %17 = load i64, ptr %5, align 8, !tbaa !20
  %18 = sub i64 64, %17
  store i64 %18, ptr %6, align 8, !tbaa !20
  %19 = load i64, ptr %6, align 8, !tbaa !20
  %20 = icmp ult i64 %19, 8
  br i1 %20, label %21, label %32

21:                                               ; preds = %2
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.md5_state, ptr %22, i32 0, i32 6
  %24 = load i64, ptr %5, align 8, !tbaa !20
  %25 = getelementptr inbounds nuw [64 x i8], ptr %23, i64 0, i64 %24
  %26 = load i64, ptr %6, align 8, !tbaa !20
  call void @llvm.memset.p0.i64(ptr align 1 %25, i8 0, i64 %26, i1 false)
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.md5_state, ptr %28, i32 0, i32 6
  %30 = getelementptr inbounds [64 x i8], ptr %29, i64 0, i64 0
  %31 = call ptr @md5_body(ptr noundef %27, ptr noundef %30, i64 noundef 64) #7
  store i64 0, ptr %5, align 8, !tbaa !20
  store i64 64, ptr %6, align 8, !tbaa !20
  br label %32

32:                                               ; preds = %21, %2
  %33 = load ptr, ptr %4, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.md5_state, ptr %33, i32 0, i32 6
  %35 = load i64, ptr %5, align 8, !tbaa !20
  %36 = getelementptr inbounds nuw [64 x i8], ptr %34, i64 0, i64 %35
  %37 = load i64, ptr %6, align 8, !tbaa !20
  %38 = sub i64 %37, 8
  call void @llvm.memset.p0.i64(ptr align 1 %36, i8 0, i64 %38, i1 false)
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.md5_state, ptr %39, i32 0, i32 4
  %41 = load i32, ptr %40, align 4, !tbaa !17
  %42 = shl i32 %41, 3
  store i32 %42, ptr %40, align 4, !tbaa !17
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.md5_state, ptr %43, i32 0, i32 6
  %45 = getelementptr inbounds [64 x i8], ptr %44, i64 0, i64 56
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.md5_state, ptr %46, i32 0, i32 4
  %48 = load i32, ptr %47, align 4, !tbaa !17
  call void @put_le(ptr noundef %45, i32 noundef %48) #7
  %49 = load ptr, ptr %4, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw %struct.md5_state, ptr %49, i32 0, i32 6
  %51 = getelementptr inbounds [64 x i8], ptr %50, i64 0, i64 60
  %52 = load ptr, ptr %4, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.md5_state, ptr %52, i32 0, i32 5
  %54 = load i32, ptr %53, align 4, !tbaa !18
  call void @put_le(ptr noundef %51, i32 noundef %54) #7
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.md5_state, ptr %56, i32 0, i32 6
  %58 = getelementptr inbounds [64 x i8], ptr %57, i64 0, i64 0
  %59 = call ptr @md5_body(ptr noundef %55, ptr noundef %58, i64 noundef 64) #7
  %60 = load ptr, ptr %3, align 8, !tbaa !22
  %61 = load ptr, ptr %4, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.md5_state, ptr %61, i32 0, i32 0
  %63 = load i32, ptr %62, align 4, !tbaa !12
  call void @put_le(ptr noundef %60, i32 noundef %63) #7
  %64 = load ptr, ptr %3, align 8, !tbaa !22
  %65 = getelementptr inbounds i8, ptr %64, i64 4
  %66 = load ptr, ptr %4, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw %struct.md5_state, ptr %66, i32 0, i32 1
  %68 = load i32, ptr %67, align 4, !tbaa !14
  call void @put_le(ptr noundef %65, i32 noundef %68) #7
  %69 = load ptr, ptr %3, align 8, !tbaa !22
  %70 = getelementptr inbounds i8, ptr %69, i64 8
  %71 = load ptr, ptr %4, align 8, !tbaa !9
  %72 = getelementptr inbounds nuw %struct.md5_state, ptr %71, i32 0, i32 2
  %73 = load i32, ptr %72, align 4, !tbaa !15
  call void @put_le(ptr noundef %70, i32 noundef %73) #7
  %74 = load ptr, ptr %3, align 8, !tbaa !22
  %75 = getelementptr inbounds i8, ptr %74, i64 12
  %76 = load ptr, ptr %4, align 8, !tbaa !9
  %77 = getelementptr inbounds nuw %struct.md5_state, ptr %76, i32 0, i32 3
  %78 = load i32, ptr %77, align 4, !tbaa !16
  call void @put_le(ptr noundef %75, i32 noundef %78) #7
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @put_le(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !22
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = trunc i32 %5 to i8
  %7 = load ptr, ptr %3, align 8, !tbaa !22
  %8 = getelementptr inbounds i8, ptr %7, i64 0
  store i8 %6, ptr %8, align 1, !tbaa !27
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = lshr i32 %9, 8
  %11 = trunc i32 %10 to i8
  %12 = load ptr, ptr %3, align 8, !tbaa !22
  %13 = getelementptr inbounds i8, ptr %12, i64 1
  store i8 %11, ptr %13, align 1, !tbaa !27
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = lshr i32 %14, 16
  %16 = trunc i32 %15 to i8
  %17 = load ptr, ptr %3, align 8, !tbaa !22
  %18 = getelementptr inbounds i8, ptr %17, i64 2
  store i8 %16, ptr %18, align 1, !tbaa !27
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = lshr i32 %19, 24
  %21 = trunc i32 %20 to i8
  %22 = load ptr, ptr %3, align 8, !tbaa !22
  %23 = getelementptr inbounds i8, ptr %22, i64 3
  store i8 %21, ptr %23, align 1, !tbaa !27
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [16 x i8], align 16
  %4 = alloca [33 x i8], align 16
  %5 = alloca %struct.md5_state, align 4
  %6 = alloca i64, align 8
  %7 = alloca [20 x i8], align 16
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !20
  br label %9

9:                                                ; preds = %36, %0
  %10 = load i64, ptr %6, align 8, !tbaa !20
  %11 = icmp ult i64 %10, 5
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %39

13:                                               ; preds = %9
  call void @md5_init(ptr noundef %5) #7
  %14 = load i64, ptr %6, align 8, !tbaa !20
  %15 = getelementptr inbounds nuw [5 x %struct.anon], ptr @main.vec, i64 0, i64 %14
  %16 = getelementptr inbounds nuw %struct.anon, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %16, align 16, !tbaa !28
  %18 = load i64, ptr %6, align 8, !tbaa !20
  %19 = getelementptr inbounds nuw [5 x %struct.anon], ptr @main.vec, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.anon, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 16, !tbaa !28
  %22 = call i64 @strlen(ptr noundef %21) #8
  call void @md5_update(ptr noundef %5, ptr noundef %17, i64 noundef %22) #7
  %23 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @md5_final(ptr noundef %23, ptr noundef %5) #7
  %24 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  %25 = getelementptr inbounds [33 x i8], ptr %4, i64 0, i64 0
  call void @to_hex(ptr noundef %24, ptr noundef %25) #7
  %26 = getelementptr inbounds [33 x i8], ptr %4, i64 0, i64 0
  %27 = load i64, ptr %6, align 8, !tbaa !20
  %28 = getelementptr inbounds nuw [5 x %struct.anon], ptr @main.vec, i64 0, i64 %27
  %29 = getelementptr inbounds nuw %struct.anon, ptr %28, i32 0, i32 1
  %30 = load ptr, ptr %29, align 8, !tbaa !30
  %31 = call i32 @strcmp(ptr noundef %26, ptr noundef %30) #8
  %32 = icmp eq i32 %31, 0
  %33 = zext i1 %32 to i32
  %34 = load i32, ptr %2, align 4, !tbaa !5
  %35 = add nsw i32 %34, %33
  store i32 %35, ptr %2, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %13
  %37 = load i64, ptr %6, align 8, !tbaa !20
  %38 = add i64 %37, 1
  store i64 %38, ptr %6, align 8, !tbaa !20
  br label %9, !llvm.loop !31

39:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %40 = getelementptr inbounds [20 x i8], ptr %7, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %40, i8 0, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %51, %39
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = icmp ult i32 %42, 3000
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %54

45:                                               ; preds = %41
  %46 = getelementptr inbounds [20 x i8], ptr %7, i64 0, i64 0
  %47 = getelementptr inbounds i8, ptr %46, i64 16
  %48 = load i32, ptr %8, align 4, !tbaa !5
  call void @put_le(ptr noundef %47, i32 noundef %48) #7
  call void @md5_init(ptr noundef %5) #7
  %49 = getelementptr inbounds [20 x i8], ptr %7, i64 0, i64 0
  call void @md5_update(ptr noundef %5, ptr noundef %49, i64 noundef 20) #7
  %50 = getelementptr inbounds [20 x i8], ptr %7, i64 0, i64 0
  call void @md5_final(ptr noundef %50, ptr noundef %5) #7
  br label %51

51:                                               ; preds = %45
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = add i32 %52, 1
  store i32 %53, ptr %8, align 4, !tbaa !5
  br label %41, !llvm.loop !32

54:                                               ; preds = %44
  %55 = getelementptr inbounds [20 x i8], ptr %7, i64 0, i64 0
  %56 = getelementptr inbounds [33 x i8], ptr %4, i64 0, i64 0
  call void @to_hex(ptr noundef %55, ptr noundef %56) #7
  %57 = load i32, ptr %2, align 4, !tbaa !5
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %57) #7
  %59 = getelementptr inbounds [33 x i8], ptr %4, i64 0, i64 0
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, ptr noundef %59) #7
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @to_hex(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !22
  store ptr %1, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %42, %2
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 16
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %45

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !tbaa !22
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i8, ptr %11, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !27
  %16 = zext i8 %15 to i32
  %17 = ashr i32 %16, 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [17 x i8], ptr @to_hex.hx, i64 0, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !27
  %21 = load ptr, ptr %4, align 8, !tbaa !22
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = mul nsw i32 %22, 2
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i8, ptr %21, i64 %24
  store i8 %20, ptr %25, align 1, !tbaa !27
  %26 = load ptr, ptr %3, align 8, !tbaa !22
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %26, i64 %28
  %30 = load i8, ptr %29, align 1, !tbaa !27
  %31 = zext i8 %30 to i32
  %32 = and i32 %31, 15
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [17 x i8], ptr @to_hex.hx, i64 0, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !27
  %36 = load ptr, ptr %4, align 8, !tbaa !22
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = mul nsw i32 %37, 2
  %39 = add nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i8, ptr %36, i64 %40
  store i8 %35, ptr %41, align 1, !tbaa !27
  br label %42

42:                                               ; preds = %10
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %5, align 4, !tbaa !5
  br label %6, !llvm.loop !33

45:                                               ; preds = %9
  %46 = load ptr, ptr %4, align 8, !tbaa !22
  %47 = getelementptr inbounds i8, ptr %46, i64 32
  store i8 0, ptr %47, align 1, !tbaa !27
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @get_le(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !22
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load ptr, ptr %3, align 8, !tbaa !22
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = mul nsw i32 %6, 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds i8, ptr %5, i64 %8
  %10 = load i8, ptr %9, align 1, !tbaa !27
  %11 = zext i8 %10 to i32
  %12 = load ptr, ptr %3, align 8, !tbaa !22
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = mul nsw i32 %13, 4
  %15 = add nsw i32 %14, 1
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %12, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !27
  %19 = zext i8 %18 to i32
  %20 = shl i32 %19, 8
  %21 = or i32 %11, %20
  %22 = load ptr, ptr %3, align 8, !tbaa !22
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = mul nsw i32 %23, 4
  %25 = add nsw i32 %24, 2
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds i8, ptr %22, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !27
  %29 = zext i8 %28 to i32
  %30 = shl i32 %29, 16
  %31 = or i32 %21, %30
  %32 = load ptr, ptr %3, align 8, !tbaa !22
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = mul nsw i32 %33, 4
  %35 = add nsw i32 %34, 3
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %32, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !27
  %39 = zext i8 %38 to i32
  %40 = shl i32 %39, 24
  %41 = or i32 %31, %40
  ret i32 %41
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }

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
!10 = !{!"p1 _ZTS9md5_state", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !6, i64 0}
!13 = !{!"md5_state", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20, !7, i64 24}
!14 = !{!13, !6, i64 4}
!15 = !{!13, !6, i64 8}
!16 = !{!13, !6, i64 12}
!17 = !{!13, !6, i64 16}
!18 = !{!13, !6, i64 20}
!19 = !{!11, !11, i64 0}
!20 = !{!21, !21, i64 0}
!21 = !{!"long", !7, i64 0}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 omnipotent char", !11, i64 0}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = !{!7, !7, i64 0}
!28 = !{!29, !23, i64 0}
!29 = !{!"", !23, i64 0, !23, i64 8}
!30 = !{!29, !23, i64 8}
!31 = distinct !{!31, !25}
!32 = distinct !{!32, !25}
!33 = distinct !{!33, !25}
