; ModuleID = 'rc4_stream.c'
source_filename = "rc4_stream.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rc4 = type { [256 x i8], i8, i8 }

@.str = private unnamed_addr constant [4 x i8] c"Key\00", align 1
@.str.1 = private unnamed_addr constant [10 x i8] c"Plaintext\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"Wiki\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"pedia\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"Secret\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"Attack at dawn\00", align 1
@main.hist = internal global [256 x i32] zeroinitializer, align 16
@.str.6 = private unnamed_addr constant [36 x i8] c"histogram min=%u max=%u chi*E=%llu\0A\00", align 1
@.str.7 = private unnamed_addr constant [40 x i8] c"second byte zero: %u/2048 (uniform ~8)\0A\00", align 1
@main.msg = internal global [8192 x i8] zeroinitializer, align 16
@main.orig = internal global [8192 x i8] zeroinitializer, align 16
@.str.8 = private unnamed_addr constant [21 x i8] c"the quick brown fox \00", align 1
@__const.main.k2 = private unnamed_addr constant [10 x i8] c"\01\02\03\04\05\06\07\08\09\0A", align 1
@.str.9 = private unnamed_addr constant [31 x i8] c"cipher hash=%08X roundtrip=%s\0A\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"FAILED\00", align 1
@.str.12 = private unnamed_addr constant [10 x i8] c"key=%-6s \00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"ct=\00", align 1
@.str.14 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c"%02X\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @rc4_xor(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !14
  br label %8

8:                                                ; preds = %24, %3
  %9 = load i64, ptr %7, align 8, !tbaa !14
  %10 = load i64, ptr %6, align 8, !tbaa !14
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %27

13:                                               ; preds = %8
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = call zeroext i8 @rc4_byte(ptr noundef %14) #7
  %16 = zext i8 %15 to i32
  %17 = load ptr, ptr %5, align 8, !tbaa !12
  %18 = load i64, ptr %7, align 8, !tbaa !14
  %19 = getelementptr inbounds nuw i8, ptr %17, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !16
  %21 = zext i8 %20 to i32
  %22 = xor i32 %21, %16
  %23 = trunc i32 %22 to i8
  store i8 %23, ptr %19, align 1, !tbaa !16
  br label %24

24:                                               ; preds = %13
  %25 = load i64, ptr %7, align 8, !tbaa !14
  %26 = add i64 %25, 1
  store i64 %26, ptr %7, align 8, !tbaa !14
  br label %8, !llvm.loop !17

27:                                               ; preds = %12
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal zeroext i8 @rc4_byte(ptr noundef %0) #2 {
  %2 = alloca ptr, align 8
  %3 = alloca i8, align 1
  store ptr %0, ptr %2, align 8, !tbaa !9
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.rc4, ptr %4, i32 0, i32 1
  %6 = load i8, ptr %5, align 1, !tbaa !19
  %7 = zext i8 %6 to i32
  %8 = add nsw i32 %7, 1
  %9 = trunc i32 %8 to i8
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.rc4, ptr %10, i32 0, i32 1
  store i8 %9, ptr %11, align 1, !tbaa !19
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.rc4, ptr %12, i32 0, i32 2
  %14 = load i8, ptr %13, align 1, !tbaa !21
  %15 = zext i8 %14 to i32
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.rc4, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %2, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.rc4, ptr %18, i32 0, i32 1
  %20 = load i8, ptr %19, align 1, !tbaa !19
  %21 = zext i8 %20 to i64
  %22 = getelementptr inbounds nuw [256 x i8], ptr %17, i64 0, i64 %21
  %23 = load i8, ptr %22, align 1, !tbaa !16
  %24 = zext i8 %23 to i32
  %25 = add nsw i32 %15, %24
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %2, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.rc4, ptr %27, i32 0, i32 2
  store i8 %26, ptr %28, align 1, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %29 = load ptr, ptr %2, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.rc4, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %2, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.rc4, ptr %31, i32 0, i32 1
  %33 = load i8, ptr %32, align 1, !tbaa !19
  %34 = zext i8 %33 to i64
  %35 = getelementptr inbounds nuw [256 x i8], ptr %30, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !16
  store i8 %36, ptr %3, align 1, !tbaa !16
  %37 = load ptr, ptr %2, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.rc4, ptr %37, i32 0, i32 0
  %39 = load ptr, ptr %2, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.rc4, ptr %39, i32 0, i32 2
  %41 = load i8, ptr %40, align 1, !tbaa !21
  %42 = zext i8 %41 to i64
  %43 = getelementptr inbounds nuw [256 x i8], ptr %38, i64 0, i64 %42
  %44 = load i8, ptr %43, align 1, !tbaa !16
  %45 = load ptr, ptr %2, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.rc4, ptr %45, i32 0, i32 0
  %47 = load ptr, ptr %2, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw %struct.rc4, ptr %47, i32 0, i32 1
  %49 = load i8, ptr %48, align 1, !tbaa !19
  %50 = zext i8 %49 to i64
  %51 = getelementptr inbounds nuw [256 x i8], ptr %46, i64 0, i64 %50
  store i8 %44, ptr %51, align 1, !tbaa !16
  %52 = load i8, ptr %3, align 1, !tbaa !16
  %53 = load ptr, ptr %2, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.rc4, ptr %53, i32 0, i32 0
  %55 = load ptr, ptr %2, align 8, !tbaa !9
  %56 = getelementptr inbounds nuw %struct.rc4, ptr %55, i32 0, i32 2
  %57 = load i8, ptr %56, align 1, !tbaa !21
  %58 = zext i8 %57 to i64
  %59 = getelementptr inbounds nuw [256 x i8], ptr %54, i64 0, i64 %58
  store i8 %52, ptr %59, align 1, !tbaa !16
  %60 = load ptr, ptr %2, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.rc4, ptr %60, i32 0, i32 0
  %62 = load ptr, ptr %2, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.rc4, ptr %62, i32 0, i32 0
  %64 = load ptr, ptr %2, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.rc4, ptr %64, i32 0, i32 1
  %66 = load i8, ptr %65, align 1, !tbaa !19
  %67 = zext i8 %66 to i64
  %68 = getelementptr inbounds nuw [256 x i8], ptr %63, i64 0, i64 %67
  %69 = load i8, ptr %68, align 1, !tbaa !16
  %70 = zext i8 %69 to i32
  %71 = load ptr, ptr %2, align 8, !tbaa !9
  %72 = getelementptr inbounds nuw %struct.rc4, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %2, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.rc4, ptr %73, i32 0, i32 2
  %75 = load i8, ptr %74, align 1, !tbaa !21
  %76 = zext i8 %75 to i64
  %77 = getelementptr inbounds nuw [256 x i8], ptr %72, i64 0, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !16
  %79 = zext i8 %78 to i32
  %80 = add nsw i32 %70, %79
  %81 = trunc i32 %80 to i8
  %82 = zext i8 %81 to i64
  %83 = getelementptr inbounds nuw [256 x i8], ptr %61, i64 0, i64 %82
  %84 = load i8, ptr %83, align 1, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %3) #6
  ret i8 %84
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [16 x i8], align 16
  %4 = alloca %struct.rc4, align 1
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca [10 x i8], align 1
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @run_vector(ptr noundef @.str, ptr noundef @.str.1) #7
  call void @run_vector(ptr noundef @.str.2, ptr noundef @.str.3) #7
  call void @run_vector(ptr noundef @.str.4, ptr noundef @.str.5) #7
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %81, %0
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = icmp ult i32 %22, 2048
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %84

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = mul i32 %26, -1640531535
  %28 = add i32 %27, 1
  store i32 %28, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %51, %25
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = icmp slt i32 %30, 16
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %54

33:                                               ; preds = %29
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = shl i32 %34, 13
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = xor i32 %36, %35
  store i32 %37, ptr %7, align 4, !tbaa !5
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = lshr i32 %38, 17
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = xor i32 %40, %39
  store i32 %41, ptr %7, align 4, !tbaa !5
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = shl i32 %42, 5
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = xor i32 %44, %43
  store i32 %45, ptr %7, align 4, !tbaa !5
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = trunc i32 %46 to i8
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 %49
  store i8 %47, ptr %50, align 1, !tbaa !16
  br label %51

51:                                               ; preds = %33
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %8, align 4, !tbaa !5
  br label %29, !llvm.loop !22

54:                                               ; preds = %32
  %55 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @rc4_init(ptr noundef %4, ptr noundef %55, i64 noundef 16) #7
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %56

56:                                               ; preds = %77, %54
  %57 = load i32, ptr %9, align 4, !tbaa !5
  %58 = icmp slt i32 %57, 64
  br i1 %58, label %60, label %59

59:                                               ; preds = %56
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %80

60:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %61 = call zeroext i8 @rc4_byte(ptr noundef %4) #7
  store i8 %61, ptr %10, align 1, !tbaa !16
  %62 = load i8, ptr %10, align 1, !tbaa !16
  %63 = zext i8 %62 to i64
  %64 = getelementptr inbounds nuw [256 x i32], ptr @main.hist, i64 0, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = add i32 %65, 1
  store i32 %66, ptr %64, align 4, !tbaa !5
  %67 = load i32, ptr %9, align 4, !tbaa !5
  %68 = icmp eq i32 %67, 1
  br i1 %68, label %69, label %76

69:                                               ; preds = %60
  %70 = load i8, ptr %10, align 1, !tbaa !16
  %71 = zext i8 %70 to i32
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %73, label %76

73:                                               ; preds = %69
  %74 = load i32, ptr %2, align 4, !tbaa !5
  %75 = add i32 %74, 1
  store i32 %75, ptr %2, align 4, !tbaa !5
  br label %76

76:                                               ; preds = %73, %69, %60
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %77

77:                                               ; preds = %76
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %9, align 4, !tbaa !5
  br label %56, !llvm.loop !23

80:                                               ; preds = %59
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %81

81:                                               ; preds = %80
  %82 = load i32, ptr %5, align 4, !tbaa !5
  %83 = add i32 %82, 1
  store i32 %83, ptr %5, align 4, !tbaa !5
  br label %21, !llvm.loop !24

84:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %85 = load i32, ptr @main.hist, align 16, !tbaa !5
  store i32 %85, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %86 = load i32, ptr @main.hist, align 16, !tbaa !5
  store i32 %86, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i64 0, ptr %13, align 8, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i32 512, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %127, %84
  %88 = load i32, ptr %15, align 4, !tbaa !5
  %89 = icmp slt i32 %88, 256
  br i1 %89, label %91, label %90

90:                                               ; preds = %87
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %130

91:                                               ; preds = %87
  %92 = load i32, ptr %15, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds [256 x i32], ptr @main.hist, i64 0, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = load i32, ptr %11, align 4, !tbaa !5
  %97 = icmp ult i32 %95, %96
  br i1 %97, label %98, label %103

98:                                               ; preds = %91
  %99 = load i32, ptr %15, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [256 x i32], ptr @main.hist, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4, !tbaa !5
  store i32 %102, ptr %11, align 4, !tbaa !5
  br label %103

103:                                              ; preds = %98, %91
  %104 = load i32, ptr %15, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [256 x i32], ptr @main.hist, i64 0, i64 %105
  %107 = load i32, ptr %106, align 4, !tbaa !5
  %108 = load i32, ptr %12, align 4, !tbaa !5
  %109 = icmp ugt i32 %107, %108
  br i1 %109, label %110, label %115

110:                                              ; preds = %103
  %111 = load i32, ptr %15, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [256 x i32], ptr @main.hist, i64 0, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !5
  store i32 %114, ptr %12, align 4, !tbaa !5
  br label %115

115:                                              ; preds = %110, %103
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %116 = load i32, ptr %15, align 4, !tbaa !5
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [256 x i32], ptr @main.hist, i64 0, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !5
  %120 = zext i32 %119 to i64
  %121 = sub nsw i64 %120, 512
  store i64 %121, ptr %16, align 8, !tbaa !14
  %122 = load i64, ptr %16, align 8, !tbaa !14
  %123 = load i64, ptr %16, align 8, !tbaa !14
  %124 = mul nsw i64 %122, %123
  %125 = load i64, ptr %13, align 8, !tbaa !25
  %126 = add i64 %125, %124
  store i64 %126, ptr %13, align 8, !tbaa !25
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %127

127:                                              ; preds = %115
  %128 = load i32, ptr %15, align 4, !tbaa !5
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %15, align 4, !tbaa !5
  br label %87, !llvm.loop !27

130:                                              ; preds = %90
  %131 = load i32, ptr %11, align 4, !tbaa !5
  %132 = load i32, ptr %12, align 4, !tbaa !5
  %133 = load i64, ptr %13, align 8, !tbaa !25
  %134 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %131, i32 noundef %132, i64 noundef %133) #7
  %135 = load i32, ptr %2, align 4, !tbaa !5
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %135) #7
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store i64 0, ptr %17, align 8, !tbaa !14
  br label %137

137:                                              ; preds = %150, %130
  %138 = load i64, ptr %17, align 8, !tbaa !14
  %139 = icmp ult i64 %138, 8192
  br i1 %139, label %141, label %140

140:                                              ; preds = %137
  store i32 14, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %153

141:                                              ; preds = %137
  %142 = load i64, ptr %17, align 8, !tbaa !14
  %143 = urem i64 %142, 20
  %144 = getelementptr inbounds nuw [21 x i8], ptr @.str.8, i64 0, i64 %143
  %145 = load i8, ptr %144, align 1, !tbaa !16
  %146 = load i64, ptr %17, align 8, !tbaa !14
  %147 = getelementptr inbounds nuw [8192 x i8], ptr @main.msg, i64 0, i64 %146
  store i8 %145, ptr %147, align 1, !tbaa !16
  %148 = load i64, ptr %17, align 8, !tbaa !14
  %149 = getelementptr inbounds nuw [8192 x i8], ptr @main.orig, i64 0, i64 %148
  store i8 %145, ptr %149, align 1, !tbaa !16
  br label %150

150:                                              ; preds = %141
  %151 = load i64, ptr %17, align 8, !tbaa !14
  %152 = add i64 %151, 1
  store i64 %152, ptr %17, align 8, !tbaa !14
  br label %137, !llvm.loop !28

153:                                              ; preds = %140
  call void @llvm.lifetime.start.p0(ptr %18) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %18, ptr align 1 @__const.main.k2, i64 10, i1 false)
  %154 = getelementptr inbounds [10 x i8], ptr %18, i64 0, i64 0
  call void @rc4_init(ptr noundef %4, ptr noundef %154, i64 noundef 10) #7
  call void @rc4_xor(ptr noundef %4, ptr noundef @main.msg, i64 noundef 8192) #7
  call void @llvm.lifetime.start.p0(ptr %19) #6
  store i32 0, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #6
  store i64 0, ptr %20, align 8, !tbaa !14
  br label %155

155:                                              ; preds = %167, %153
  %156 = load i64, ptr %20, align 8, !tbaa !14
  %157 = icmp ult i64 %156, 8192
  br i1 %157, label %159, label %158

158:                                              ; preds = %155
  store i32 17, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #6
  br label %170

159:                                              ; preds = %155
  %160 = load i32, ptr %19, align 4, !tbaa !5
  %161 = mul i32 %160, 31
  %162 = load i64, ptr %20, align 8, !tbaa !14
  %163 = getelementptr inbounds nuw [8192 x i8], ptr @main.msg, i64 0, i64 %162
  %164 = load i8, ptr %163, align 1, !tbaa !16
  %165 = zext i8 %164 to i32
  %166 = xor i32 %161, %165
  store i32 %166, ptr %19, align 4, !tbaa !5
  br label %167

167:                                              ; preds = %159
  %168 = load i64, ptr %20, align 8, !tbaa !14
  %169 = add i64 %168, 1
  store i64 %169, ptr %20, align 8, !tbaa !14
  br label %155, !llvm.loop !29

170:                                              ; preds = %158
  %171 = getelementptr inbounds [10 x i8], ptr %18, i64 0, i64 0
  call void @rc4_init(ptr noundef %4, ptr noundef %171, i64 noundef 10) #7
  call void @rc4_xor(ptr noundef %4, ptr noundef @main.msg, i64 noundef 8192) #7
  %172 = load i32, ptr %19, align 4, !tbaa !5
  %173 = call i32 @memcmp(ptr noundef @main.msg, ptr noundef @main.orig, i64 noundef 8192) #8
  %174 = icmp eq i32 %173, 0
  %175 = zext i1 %174 to i64
  %176 = select i1 %174, ptr @.str.10, ptr @.str.11
  %177 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %172, ptr noundef %176) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %178 = load i32, ptr %1, align 4
  ret i32 %178
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @run_vector(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [64 x i8], align 16
  %6 = alloca %struct.rc4, align 1
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !12
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %8 = load ptr, ptr %4, align 8, !tbaa !12
  %9 = call i64 @strlen(ptr noundef %8) #8
  store i64 %9, ptr %7, align 8, !tbaa !14
  %10 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %11 = load ptr, ptr %4, align 8, !tbaa !12
  %12 = load i64, ptr %7, align 8, !tbaa !14
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 1 %11, i64 %12, i1 false)
  %13 = load ptr, ptr %3, align 8, !tbaa !12
  %14 = load ptr, ptr %3, align 8, !tbaa !12
  %15 = call i64 @strlen(ptr noundef %14) #8
  call void @rc4_init(ptr noundef %6, ptr noundef %13, i64 noundef %15) #7
  %16 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %17 = load i64, ptr %7, align 8, !tbaa !14
  call void @rc4_xor(ptr noundef %6, ptr noundef %16, i64 noundef %17) #7
  %18 = load ptr, ptr %3, align 8, !tbaa !12
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %18) #7
  %20 = getelementptr inbounds [64 x i8], ptr %5, i64 0, i64 0
  %21 = load i64, ptr %7, align 8, !tbaa !14
  call void @print_hex(ptr noundef @.str.13, ptr noundef %20, i64 noundef %21) #7
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @rc4_init(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %23, %3
  %12 = load i32, ptr %7, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 256
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %26

15:                                               ; preds = %11
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = trunc i32 %16 to i8
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.rc4, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [256 x i8], ptr %19, i64 0, i64 %21
  store i8 %17, ptr %22, align 1, !tbaa !16
  br label %23

23:                                               ; preds = %15
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %7, align 4, !tbaa !5
  br label %11, !llvm.loop !30

26:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i8 0, ptr %8, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %75, %26
  %28 = load i32, ptr %9, align 4, !tbaa !5
  %29 = icmp slt i32 %28, 256
  br i1 %29, label %31, label %30

30:                                               ; preds = %27
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %78

31:                                               ; preds = %27
  %32 = load i8, ptr %8, align 1, !tbaa !16
  %33 = zext i8 %32 to i32
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.rc4, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %9, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [256 x i8], ptr %35, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !16
  %40 = zext i8 %39 to i32
  %41 = add nsw i32 %33, %40
  %42 = load ptr, ptr %5, align 8, !tbaa !12
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = load i64, ptr %6, align 8, !tbaa !14
  %46 = urem i64 %44, %45
  %47 = getelementptr inbounds nuw i8, ptr %42, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !16
  %49 = zext i8 %48 to i32
  %50 = add nsw i32 %41, %49
  %51 = trunc i32 %50 to i8
  store i8 %51, ptr %8, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %52 = load ptr, ptr %4, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.rc4, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %9, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [256 x i8], ptr %53, i64 0, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !16
  store i8 %57, ptr %10, align 1, !tbaa !16
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.rc4, ptr %58, i32 0, i32 0
  %60 = load i8, ptr %8, align 1, !tbaa !16
  %61 = zext i8 %60 to i64
  %62 = getelementptr inbounds nuw [256 x i8], ptr %59, i64 0, i64 %61
  %63 = load i8, ptr %62, align 1, !tbaa !16
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.rc4, ptr %64, i32 0, i32 0
  %66 = load i32, ptr %9, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [256 x i8], ptr %65, i64 0, i64 %67
  store i8 %63, ptr %68, align 1, !tbaa !16
  %69 = load i8, ptr %10, align 1, !tbaa !16
  %70 = load ptr, ptr %4, align 8, !tbaa !9
  %71 = getelementptr inbounds nuw %struct.rc4, ptr %70, i32 0, i32 0
  %72 = load i8, ptr %8, align 1, !tbaa !16
  %73 = zext i8 %72 to i64
  %74 = getelementptr inbounds nuw [256 x i8], ptr %71, i64 0, i64 %73
  store i8 %69, ptr %74, align 1, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %75

75:                                               ; preds = %31
  %76 = load i32, ptr %9, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %9, align 4, !tbaa !5
  br label %27, !llvm.loop !31

78:                                               ; preds = %30
  %79 = load ptr, ptr %4, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.rc4, ptr %79, i32 0, i32 1
  store i8 0, ptr %80, align 1, !tbaa !19
  %81 = load ptr, ptr %4, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.rc4, ptr %81, i32 0, i32 2
  store i8 0, ptr %82, align 1, !tbaa !21
  call void @llvm.lifetime.end.p0(ptr %8) #6
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_hex(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !12
  store ptr %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !14
  %8 = load ptr, ptr %4, align 8, !tbaa !12
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, ptr noundef %8) #7
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !14
  br label %10

10:                                               ; preds = %22, %3
  %11 = load i64, ptr %7, align 8, !tbaa !14
  %12 = load i64, ptr %6, align 8, !tbaa !14
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %25

15:                                               ; preds = %10
  %16 = load ptr, ptr %5, align 8, !tbaa !12
  %17 = load i64, ptr %7, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !16
  %20 = zext i8 %19 to i32
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %20) #7
  br label %22

22:                                               ; preds = %15
  %23 = load i64, ptr %7, align 8, !tbaa !14
  %24 = add i64 %23, 1
  store i64 %24, ptr %7, align 8, !tbaa !14
  br label %10, !llvm.loop !32

25:                                               ; preds = %14
  %26 = call i32 @putchar(i32 noundef 10) #7
  ret void
}

; Function Attrs: minsize optsize
declare i32 @putchar(i32 noundef) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"p1 _ZTS3rc4", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !11, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!20, !7, i64 256}
!20 = !{!"rc4", !7, i64 0, !7, i64 256, !7, i64 257}
!21 = !{!20, !7, i64 257}
!22 = distinct !{!22, !18}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = !{!26, !26, i64 0}
!26 = !{!"long long", !7, i64 0}
!27 = distinct !{!27, !18}
!28 = distinct !{!28, !18}
!29 = distinct !{!29, !18}
!30 = distinct !{!30, !18}
!31 = distinct !{!31, !18}
!32 = distinct !{!32, !18}
