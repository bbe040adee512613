; ModuleID = 'sha256.c'
source_filename = "sha256.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.sha256_ctx = type { [8 x i32], i64, [64 x i8], i64 }
%struct.anon = type { ptr, i32, ptr }

@sha256_init.iv = internal constant [8 x i32] [i32 1779033703, i32 -1150833019, i32 1013904242, i32 -1521486534, i32 1359893119, i32 -1694144372, i32 528734635, i32 1541459225], align 16
@sha224_init.iv = internal constant [8 x i32] [i32 -1056596264, i32 914150663, i32 812702999, i32 -150054599, i32 -4191439, i32 1750603025, i32 1694076839, i32 -1090891868], align 16
@main.vectors = internal constant [4 x { ptr, i32, [4 x i8], ptr }] [{ ptr, i32, [4 x i8], ptr } { ptr @.str, i32 0, [4 x i8] zeroinitializer, ptr @.str.1 }, { ptr, i32, [4 x i8], ptr } { ptr @.str.2, i32 0, [4 x i8] zeroinitializer, ptr @.str.3 }, { ptr, i32, [4 x i8], ptr } { ptr @.str.4, i32 1, [4 x i8] zeroinitializer, ptr @.str.5 }, { ptr, i32, [4 x i8], ptr } { ptr @.str, i32 1, [4 x i8] zeroinitializer, ptr @.str.6 }], align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [65 x i8] c"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\00", align 1
@.str.2 = private unnamed_addr constant [57 x i8] c"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq\00", align 1
@.str.3 = private unnamed_addr constant [65 x i8] c"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.5 = private unnamed_addr constant [57 x i8] c"23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7\00", align 1
@.str.6 = private unnamed_addr constant [57 x i8] c"d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"vectors ok=%d/4 \00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"sha256(abc)=\00", align 1
@main.big = internal global [20000 x i8] zeroinitializer, align 16
@.str.9 = private unnamed_addr constant [8 x i8] c"stream=\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"password\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"salt\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"kdf=\00", align 1
@K256 = internal constant [64 x i32] [i32 1116352408, i32 1899447441, i32 -1245643825, i32 -373957723, i32 961987163, i32 1508970993, i32 -1841331548, i32 -1424204075, i32 -670586216, i32 310598401, i32 607225278, i32 1426881987, i32 1925078388, i32 -2132889090, i32 -1680079193, i32 -1046744716, i32 -459576895, i32 -272742522, i32 264347078, i32 604807628, i32 770255983, i32 1249150122, i32 1555081692, i32 1996064986, i32 -1740746414, i32 -1473132947, i32 -1341970488, i32 -1084653625, i32 -958395405, i32 -710438585, i32 113926993, i32 338241895, i32 666307205, i32 773529912, i32 1294757372, i32 1396182291, i32 1695183700, i32 1986661051, i32 -2117940946, i32 -1838011259, i32 -1564481375, i32 -1474664885, i32 -1035236496, i32 -949202525, i32 -778901479, i32 -694614492, i32 -200395387, i32 275423344, i32 430227734, i32 506948616, i32 659060556, i32 883997877, i32 958139571, i32 1322822218, i32 1537002063, i32 1747873779, i32 1955562222, i32 2024104815, i32 -2067236844, i32 -1933114872, i32 -1866530822, i32 -1538233109, i32 -1090935817, i32 -965641998], align 16
@.str.13 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"%02x\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @sha256_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %3, i32 0, i32 0
  %5 = getelementptr inbounds [8 x i32], ptr %4, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 16 @sha256_init.iv, i64 32, i1 false)
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %6, i32 0, i32 1
  store i64 0, ptr %7, align 8, !tbaa !11
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %8, i32 0, i32 3
  store i64 0, ptr %9, align 8, !tbaa !14
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @sha256_update(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %9 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %9, ptr %7, align 8, !tbaa !16
  %10 = load i64, ptr %6, align 8, !tbaa !15
  %11 = mul i64 %10, 8
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8, !tbaa !11
  %15 = add i64 %14, %11
  store i64 %15, ptr %13, align 8, !tbaa !11
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %16, i32 0, i32 3
  %18 = load i64, ptr %17, align 8, !tbaa !14
  %19 = icmp ne i64 %18, 0
  br i1 %19, label %20, label %63

20:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %21, i32 0, i32 3
  %23 = load i64, ptr %22, align 8, !tbaa !14
  %24 = sub i64 64, %23
  store i64 %24, ptr %8, align 8, !tbaa !15
  %25 = load i64, ptr %8, align 8, !tbaa !15
  %26 = load i64, ptr %6, align 8, !tbaa !15
  %27 = icmp ugt i64 %25, %26
  br i1 %27, label %28, label %30

28:                                               ; preds = %20
  %29 = load i64, ptr %6, align 8, !tbaa !15
  store i64 %29, ptr %8, align 8, !tbaa !15
  br label %30

30:                                               ; preds = %28, %20
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %31, i32 0, i32 2
  %33 = getelementptr inbounds [64 x i8], ptr %32, i64 0, i64 0
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %34, i32 0, i32 3
  %36 = load i64, ptr %35, align 8, !tbaa !14
  %37 = getelementptr inbounds nuw i8, ptr %33, i64 %36
  %38 = load ptr, ptr %7, align 8, !tbaa !16
  %39 = load i64, ptr %8, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %37, ptr align 1 %38, i64 %39, i1 false)
  %40 = load i64, ptr %8, align 8, !tbaa !15
  %41 = load ptr, ptr %4, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %41, i32 0, i32 3
  %43 = load i64, ptr %42, align 8, !tbaa !14
  %44 = add i64 %43, %40
  store i64 %44, ptr %42, align 8, !tbaa !14
  %45 = load i64, ptr %8, align 8, !tbaa !15
  %46 = load ptr, ptr %7, align 8, !tbaa !16
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 %45
  store ptr %47, ptr %7, align 8, !tbaa !16
  %48 = load i64, ptr %8, align 8, !tbaa !15
  %49 = load i64, ptr %6, align 8, !tbaa !15
  %50 = sub i64 %49, %48
  store i64 %50, ptr %6, align 8, !tbaa !15
  %51 = load ptr, ptr %4, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %51, i32 0, i32 3
  %53 = load i64, ptr %52, align 8, !tbaa !14
  %54 = icmp eq i64 %53, 64
  br i1 %54, label %55, label %62

55:                                               ; preds = %30
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = load ptr, ptr %4, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %57, i32 0, i32 2
  %59 = getelementptr inbounds [64 x i8], ptr %58, i64 0, i64 0
  call void @sha256_transform(ptr noundef %56, ptr noundef %59) #8
  %60 = load ptr, ptr %4, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %60, i32 0, i32 3
  store i64 0, ptr %61, align 8, !tbaa !14
  br label %62

62:                                               ; preds = %55, %30
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %63

63:                                               ; preds = %62, %3
  br label %64

64:                                               ; preds = %67, %63
  %65 = load i64, ptr %6, align 8, !tbaa !15
  %66 = icmp uge i64 %65, 64
  br i1 %66, label %67, label %74

67:                                               ; preds = %64
  %68 = load ptr, ptr %4, align 8, !tbaa !9
  %69 = load ptr, ptr %7, align 8, !tbaa !16
  call void @sha256_transform(ptr noundef %68, ptr noundef %69) #8
  %70 = load ptr, ptr %7, align 8, !tbaa !16
  %71 = getelementptr inbounds i8, ptr %70, i64 64
  store ptr %71, ptr %7, align 8, !tbaa !16
  %72 = load i64, ptr %6, align 8, !tbaa !15
  %73 = sub i64 %72, 64
  store i64 %73, ptr %6, align 8, !tbaa !15
  br label %64, !llvm.loop !18

74:                                               ; preds = %64
  %75 = load i64, ptr %6, align 8, !tbaa !15
  %76 = icmp ne i64 %75, 0
  br i1 %76, label %77, label %86

77:                                               ; preds = %74
  %78 = load ptr, ptr %4, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %78, i32 0, i32 2
  %80 = getelementptr inbounds [64 x i8], ptr %79, i64 0, i64 0
  %81 = load ptr, ptr %7, align 8, !tbaa !16
  %82 = load i64, ptr %6, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %80, ptr align 1 %81, i64 %82, i1 false)
  %83 = load i64, ptr %6, align 8, !tbaa !15
  %84 = load ptr, ptr %4, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %84, i32 0, i32 3
  store i64 %83, ptr %85, align 8, !tbaa !14
  br label %86

86:                                               ; preds = %77, %74
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @sha256_transform(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [64 x i32], align 16
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
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %5) #7
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %64, %2
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 16
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %67

23:                                               ; preds = %19
  %24 = load ptr, ptr %4, align 8, !tbaa !16
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = mul nsw i32 %25, 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %24, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !20
  %30 = zext i8 %29 to i32
  %31 = shl i32 %30, 24
  %32 = load ptr, ptr %4, align 8, !tbaa !16
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = mul nsw i32 %33, 4
  %35 = add nsw i32 %34, 1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %32, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !20
  %39 = zext i8 %38 to i32
  %40 = shl i32 %39, 16
  %41 = or i32 %31, %40
  %42 = load ptr, ptr %4, align 8, !tbaa !16
  %43 = load i32, ptr %6, align 4, !tbaa !5
  %44 = mul nsw i32 %43, 4
  %45 = add nsw i32 %44, 2
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i8, ptr %42, i64 %46
  %48 = load i8, ptr %47, align 1, !tbaa !20
  %49 = zext i8 %48 to i32
  %50 = shl i32 %49, 8
  %51 = or i32 %41, %50
  %52 = load ptr, ptr %4, align 8, !tbaa !16
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = mul nsw i32 %53, 4
  %55 = add nsw i32 %54, 3
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %52, i64 %56
  %58 = load i8, ptr %57, align 1, !tbaa !20
  %59 = zext i8 %58 to i32
  %60 = or i32 %51, %59
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %62
  store i32 %60, ptr %63, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %23
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %6, align 4, !tbaa !5
  br label %19, !llvm.loop !21

67:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 16, ptr %7, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %101, %67
  %69 = load i32, ptr %7, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 64
  br i1 %70, label %72, label %71

71:                                               ; preds = %68
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %104

72:                                               ; preds = %68
  %73 = load i32, ptr %7, align 4, !tbaa !5
  %74 = sub nsw i32 %73, 2
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = call i32 @ssig1(i32 noundef %77) #8
  %79 = load i32, ptr %7, align 4, !tbaa !5
  %80 = sub nsw i32 %79, 7
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = add i32 %78, %83
  %85 = load i32, ptr %7, align 4, !tbaa !5
  %86 = sub nsw i32 %85, 15
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %87
  %89 = load i32, ptr %88, align 4, !tbaa !5
  %90 = call i32 @ssig0(i32 noundef %89) #8
  %91 = add i32 %84, %90
  %92 = load i32, ptr %7, align 4, !tbaa !5
  %93 = sub nsw i32 %92, 16
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = add i32 %91, %96
  %98 = load i32, ptr %7, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %99
  store i32 %97, ptr %100, align 4, !tbaa !5
  br label %101

101:                                              ; preds = %72
  %102 = load i32, ptr %7, align 4, !tbaa !5
  %103 = add nsw i32 %102, 1
  store i32 %103, ptr %7, align 4, !tbaa !5
  br label %68, !llvm.loop !22

104:                                              ; preds = %71
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %105 = load ptr, ptr %3, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %105, i32 0, i32 0
  %107 = getelementptr inbounds [8 x i32], ptr %106, i64 0, i64 0
  %108 = load i32, ptr %107, align 8, !tbaa !5
  store i32 %108, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %109 = load ptr, ptr %3, align 8, !tbaa !9
  %110 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %109, i32 0, i32 0
  %111 = getelementptr inbounds [8 x i32], ptr %110, i64 0, i64 1
  %112 = load i32, ptr %111, align 4, !tbaa !5
  store i32 %112, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %113 = load ptr, ptr %3, align 8, !tbaa !9
  %114 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %113, i32 0, i32 0
  %115 = getelementptr inbounds [8 x i32], ptr %114, i64 0, i64 2
  %116 = load i32, ptr %115, align 8, !tbaa !5
  store i32 %116, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %117 = load ptr, ptr %3, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %117, i32 0, i32 0
  %119 = getelementptr inbounds [8 x i32], ptr %118, i64 0, i64 3
  %120 = load i32, ptr %119, align 4, !tbaa !5
  store i32 %120, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %121 = load ptr, ptr %3, align 8, !tbaa !9
  %122 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %121, i32 0, i32 0
  %123 = getelementptr inbounds [8 x i32], ptr %122, i64 0, i64 4
  %124 = load i32, ptr %123, align 8, !tbaa !5
  store i32 %124, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %125 = load ptr, ptr %3, align 8, !tbaa !9
  %126 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %125, i32 0, i32 0
  %127 = getelementptr inbounds [8 x i32], ptr %126, i64 0, i64 5
  %128 = load i32, ptr %127, align 4, !tbaa !5
  store i32 %128, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %129 = load ptr, ptr %3, align 8, !tbaa !9
  %130 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %129, i32 0, i32 0
  %131 = getelementptr inbounds [8 x i32], ptr %130, i64 0, i64 6
  %132 = load i32, ptr %131, align 8, !tbaa !5
  store i32 %132, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %133 = load ptr, ptr %3, align 8, !tbaa !9
  %134 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %133, i32 0, i32 0
  %135 = getelementptr inbounds [8 x i32], ptr %134, i64 0, i64 7
  %136 = load i32, ptr %135, align 4, !tbaa !5
  store i32 %136, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #7
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %137

137:                                              ; preds = %180, %104
  %138 = load i32, ptr %16, align 4, !tbaa !5
  %139 = icmp slt i32 %138, 64
  br i1 %139, label %141, label %140

140:                                              ; preds = %137
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %183

141:                                              ; preds = %137
  call void @llvm.lifetime.start.p0(ptr %17) #7
  %142 = load i32, ptr %15, align 4, !tbaa !5
  %143 = load i32, ptr %12, align 4, !tbaa !5
  %144 = call i32 @bsig1(i32 noundef %143) #8
  %145 = add i32 %142, %144
  %146 = load i32, ptr %12, align 4, !tbaa !5
  %147 = load i32, ptr %13, align 4, !tbaa !5
  %148 = load i32, ptr %14, align 4, !tbaa !5
  %149 = call i32 @ch(i32 noundef %146, i32 noundef %147, i32 noundef %148) #8
  %150 = add i32 %145, %149
  %151 = load i32, ptr %16, align 4, !tbaa !5
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [64 x i32], ptr @K256, i64 0, i64 %152
  %154 = load i32, ptr %153, align 4, !tbaa !5
  %155 = add i32 %150, %154
  %156 = load i32, ptr %16, align 4, !tbaa !5
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %157
  %159 = load i32, ptr %158, align 4, !tbaa !5
  %160 = add i32 %155, %159
  store i32 %160, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #7
  %161 = load i32, ptr %8, align 4, !tbaa !5
  %162 = call i32 @bsig0(i32 noundef %161) #8
  %163 = load i32, ptr %8, align 4, !tbaa !5
  %164 = load i32, ptr %9, align 4, !tbaa !5
  %165 = load i32, ptr %10, align 4, !tbaa !5
  %166 = call i32 @maj(i32 noundef %163, i32 noundef %164, i32 noundef %165) #8
  %167 = add i32 %162, %166
  store i32 %167, ptr %18, align 4, !tbaa !5
  %168 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %168, ptr %15, align 4, !tbaa !5
  %169 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %169, ptr %14, align 4, !tbaa !5
  %170 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %170, ptr %13, align 4, !tbaa !5
  %171 = load i32, ptr %11, align 4, !tbaa !5
  %172 = load i32, ptr %17, align 4, !tbaa !5
  %173 = add i32 %171, %172
  store i32 %173, ptr %12, align 4, !tbaa !5
  %174 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %174, ptr %11, align 4, !tbaa !5
  %175 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %175, ptr %10, align 4, !tbaa !5
  %176 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %176, ptr %9, align 4, !tbaa !5
  %177 = load i32, ptr %17, align 4, !tbaa !5
  %178 = load i32, ptr %18, align 4, !tbaa !5
  %179 = add i32 %177, %178
  store i32 %179, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %18) #7
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %180

180:                                              ; preds = %141
  %181 = load i32, ptr %16, align 4, !tbaa !5
  %182 = add nsw i32 %181, 1
  store i32 %182, ptr %16, align 4, !tbaa !5
  br label %137, !llvm.loop !23

183:                                              ; preds = %140
  %184 = load i32, ptr %8, align 4, !tbaa !5
  %185 = load ptr, ptr %3, align 8, !tbaa !9
  %186 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %185, i32 0, i32 0
  %187 = getelementptr inbounds [8 x i32], ptr %186, i64 0, i64 0
  %188 = load i32, ptr %187, align 8, !tbaa !5
  %189 = add i32 %188, %184
  store i32 %189, ptr %187, align 8, !tbaa !5
  %190 = load i32, ptr %9, align 4, !tbaa !5
  %191 = load ptr, ptr %3, align 8, !tbaa !9
  %192 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %191, i32 0, i32 0
  %193 = getelementptr inbounds [8 x i32], ptr %192, i64 0, i64 1
  %194 = load i32, ptr %193, align 4, !tbaa !5
  %195 = add i32 %194, %190
  store i32 %195, ptr %193, align 4, !tbaa !5
  %196 = load i32, ptr %10, align 4, !tbaa !5
  %197 = load ptr, ptr %3, align 8, !tbaa !9
  %198 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %197, i32 0, i32 0
  %199 = getelementptr inbounds [8 x i32], ptr %198, i64 0, i64 2
  %200 = load i32, ptr %199, align 8, !tbaa !5
  %201 = add i32 %200, %196
  store i32 %201, ptr %199, align 8, !tbaa !5
  %202 = load i32, ptr %11, align 4, !tbaa !5
  %203 = load ptr, ptr %3, align 8, !tbaa !9
  %204 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %203, i32 0, i32 0
  %205 = getelementptr inbounds [8 x i32], ptr %204, i64 0, i64 3
  %206 = load i32, ptr %205, align 4, !tbaa !5
  %207 = add i32 %206, %202
  store i32 %207, ptr %205, align 4, !tbaa !5
  %208 = load i32, ptr %12, align 4, !tbaa !5
  %209 = load ptr, ptr %3, align 8, !tbaa !9
  %210 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %209, i32 0, i32 0
  %211 = getelementptr inbounds [8 x i32], ptr %210, i64 0, i64 4
  %212 = load i32, ptr %211, align 8, !tbaa !5
  %213 = add i32 %212, %208
  store i32 %213, ptr %211, align 8, !tbaa !5
  %214 = load i32, ptr %13, align 4, !tbaa !5
  %215 = load ptr, ptr %3, align 8, !tbaa !9
  %216 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %215, i32 0, i32 0
  %217 = getelementptr inbounds [8 x i32], ptr %216, i64 0, i64 5
  %218 = load i32, ptr %217, align 4, !tbaa !5
  %219 = add i32 %218, %214
  store i32 %219, ptr %217, align 4, !tbaa !5
  %220 = load i32, ptr %14, align 4, !tbaa !5
  %221 = load ptr, ptr %3, align 8, !tbaa !9
  %222 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %221, i32 0, i32 0
  %223 = getelementptr inbounds [8 x i32], ptr %222, i64 0, i64 6
  %224 = load i32, ptr %223, align 8, !tbaa !5
  %225 = add i32 %224, %220
  store i32 %225, ptr %223, align 8, !tbaa !5
  %226 = load i32, ptr %15, align 4, !tbaa !5
  %227 = load ptr, ptr %3, align 8, !tbaa !9
  %228 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %227, i32 0, i32 0
  %229 = getelementptr inbounds [8 x i32], ptr %228, i64 0, i64 7
  %230 = load i32, ptr %229, align 4, !tbaa !5
  %231 = add i32 %230, %226
  store i32 %231, ptr %229, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @sha256_final(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %9, i32 0, i32 1
  %11 = load i64, ptr %10, align 8, !tbaa !11
  store i64 %11, ptr %5, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %12, i32 0, i32 3
  %14 = load i64, ptr %13, align 8, !tbaa !14
  store i64 %14, ptr %6, align 8, !tbaa !15
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %15, i32 0, i32 2
  %17 = load i64, ptr %6, align 8, !tbaa !15
  %18 = add i64 %17, 1
  store i64 %18, ptr %6, align 8, !tbaa !15
  %19 = getelementptr inbounds nuw [64 x i8], ptr %16, i64 0, i64 %17
  store i8 -128, ptr %19, align 1, !tbaa !20
  %20 = load i64, ptr %6, align 8, !tbaa !15
  %21 = icmp ugt i64 %20, 56
  br i1 %21, label %22, label %34

22:                                               ; preds = %2
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %23, i32 0, i32 2
  %25 = getelementptr inbounds [64 x i8], ptr %24, i64 0, i64 0
  %26 = load i64, ptr %6, align 8, !tbaa !15
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 %26
  %28 = load i64, ptr %6, align 8, !tbaa !15
  %29 = sub i64 64, %28
  call void @llvm.memset.p0.i64(ptr align 1 %27, i8 0, i64 %29, i1 false)
  %30 = load ptr, ptr %3, align 8, !tbaa !9
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %31, i32 0, i32 2
  %33 = getelementptr inbounds [64 x i8], ptr %32, i64 0, i64 0
  call void @sha256_transform(ptr noundef %30, ptr noundef %33) #8
  store i64 0, ptr %6, align 8, !tbaa !15
  br label %34

34:                                               ; preds = %22, %2
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %35, i32 0, i32 2
  %37 = getelementptr inbounds [64 x i8], ptr %36, i64 0, i64 0
  %38 = load i64, ptr %6, align 8, !tbaa !15
  %39 = getelementptr inbounds nuw i8, ptr %37, i64 %38
  %40 = load i64, ptr %6, align 8, !tbaa !15
  %41 = sub i64 56, %40
  call void @llvm.memset.p0.i64(ptr align 1 %39, i8 0, i64 %41, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %60, %34
  %43 = load i32, ptr %7, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 8
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %63

46:                                               ; preds = %42
  %47 = load i64, ptr %5, align 8, !tbaa !15
  %48 = load i32, ptr %7, align 4, !tbaa !5
  %49 = mul nsw i32 8, %48
  %50 = sub nsw i32 56, %49
  %51 = zext i32 %50 to i64
  %52 = lshr i64 %47, %51
  %53 = trunc i64 %52 to i8
  %54 = load ptr, ptr %3, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %54, i32 0, i32 2
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = add nsw i32 56, %56
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [64 x i8], ptr %55, i64 0, i64 %58
  store i8 %53, ptr %59, align 1, !tbaa !20
  br label %60

60:                                               ; preds = %46
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %7, align 4, !tbaa !5
  br label %42, !llvm.loop !24

63:                                               ; preds = %45
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = load ptr, ptr %3, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %65, i32 0, i32 2
  %67 = getelementptr inbounds [64 x i8], ptr %66, i64 0, i64 0
  call void @sha256_transform(ptr noundef %64, ptr noundef %67) #8
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %127, %63
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 8
  br i1 %70, label %72, label %71

71:                                               ; preds = %68
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %130

72:                                               ; preds = %68
  %73 = load ptr, ptr %3, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %73, i32 0, i32 0
  %75 = load i32, ptr %8, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [8 x i32], ptr %74, i64 0, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = lshr i32 %78, 24
  %80 = trunc i32 %79 to i8
  %81 = load ptr, ptr %4, align 8, !tbaa !16
  %82 = load i32, ptr %8, align 4, !tbaa !5
  %83 = mul nsw i32 %82, 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds i8, ptr %81, i64 %84
  store i8 %80, ptr %85, align 1, !tbaa !20
  %86 = load ptr, ptr %3, align 8, !tbaa !9
  %87 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %86, i32 0, i32 0
  %88 = load i32, ptr %8, align 4, !tbaa !5
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [8 x i32], ptr %87, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = lshr i32 %91, 16
  %93 = trunc i32 %92 to i8
  %94 = load ptr, ptr %4, align 8, !tbaa !16
  %95 = load i32, ptr %8, align 4, !tbaa !5
  %96 = mul nsw i32 %95, 4
  %97 = add nsw i32 %96, 1
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds i8, ptr %94, i64 %98
  store i8 %93, ptr %99, align 1, !tbaa !20
  %100 = load ptr, ptr %3, align 8, !tbaa !9
  %101 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %8, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [8 x i32], ptr %101, i64 0, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = lshr i32 %105, 8
  %107 = trunc i32 %106 to i8
  %108 = load ptr, ptr %4, align 8, !tbaa !16
  %109 = load i32, ptr %8, align 4, !tbaa !5
  %110 = mul nsw i32 %109, 4
  %111 = add nsw i32 %110, 2
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds i8, ptr %108, i64 %112
  store i8 %107, ptr %113, align 1, !tbaa !20
  %114 = load ptr, ptr %3, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %114, i32 0, i32 0
  %116 = load i32, ptr %8, align 4, !tbaa !5
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [8 x i32], ptr %115, i64 0, i64 %117
  %119 = load i32, ptr %118, align 4, !tbaa !5
  %120 = trunc i32 %119 to i8
  %121 = load ptr, ptr %4, align 8, !tbaa !16
  %122 = load i32, ptr %8, align 4, !tbaa !5
  %123 = mul nsw i32 %122, 4
  %124 = add nsw i32 %123, 3
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds i8, ptr %121, i64 %125
  store i8 %120, ptr %126, align 1, !tbaa !20
  br label %127

127:                                              ; preds = %72
  %128 = load i32, ptr %8, align 4, !tbaa !5
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %8, align 4, !tbaa !5
  br label %68, !llvm.loop !25

130:                                              ; preds = %71
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @sha224_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %3, i32 0, i32 0
  %5 = getelementptr inbounds [8 x i32], ptr %4, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 16 @sha224_init.iv, i64 32, i1 false)
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %6, i32 0, i32 1
  store i64 0, ptr %7, align 8, !tbaa !11
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.sha256_ctx, ptr %8, i32 0, i32 3
  store i64 0, ptr %9, align 8, !tbaa !14
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @hmac_sha256(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [64 x i8], align 16
  %12 = alloca [64 x i8], align 16
  %13 = alloca [32 x i8], align 16
  %14 = alloca %struct.sha256_ctx, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !16
  store i64 %1, ptr %7, align 8, !tbaa !15
  store ptr %2, ptr %8, align 8, !tbaa !16
  store i64 %3, ptr %9, align 8, !tbaa !15
  store ptr %4, ptr %10, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %11) #7
  call void @llvm.lifetime.start.p0(ptr %12) #7
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %17 = getelementptr inbounds [64 x i8], ptr %11, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %17, i8 0, i64 64, i1 false)
  %18 = load i64, ptr %7, align 8, !tbaa !15
  %19 = icmp ugt i64 %18, 64
  br i1 %19, label %20, label %24

20:                                               ; preds = %5
  %21 = load ptr, ptr %6, align 8, !tbaa !16
  %22 = load i64, ptr %7, align 8, !tbaa !15
  %23 = getelementptr inbounds [64 x i8], ptr %11, i64 0, i64 0
  call void @sha256(ptr noundef %21, i64 noundef %22, ptr noundef %23) #8
  br label %28

24:                                               ; preds = %5
  %25 = getelementptr inbounds [64 x i8], ptr %11, i64 0, i64 0
  %26 = load ptr, ptr %6, align 8, !tbaa !16
  %27 = load i64, ptr %7, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %25, ptr align 1 %26, i64 %27, i1 false)
  br label %28

28:                                               ; preds = %24, %20
  call void @llvm.lifetime.start.p0(ptr %14) #7
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %44, %28
  %30 = load i32, ptr %15, align 4, !tbaa !5
  %31 = icmp slt i32 %30, 64
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %47

33:                                               ; preds = %29
  %34 = load i32, ptr %15, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [64 x i8], ptr %11, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !20
  %38 = zext i8 %37 to i32
  %39 = xor i32 %38, 54
  %40 = trunc i32 %39 to i8
  %41 = load i32, ptr %15, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [64 x i8], ptr %12, i64 0, i64 %42
  store i8 %40, ptr %43, align 1, !tbaa !20
  br label %44

44:                                               ; preds = %33
  %45 = load i32, ptr %15, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %15, align 4, !tbaa !5
  br label %29, !llvm.loop !26

47:                                               ; preds = %32
  call void @sha256_init(ptr noundef %14) #8
  %48 = getelementptr inbounds [64 x i8], ptr %12, i64 0, i64 0
  call void @sha256_update(ptr noundef %14, ptr noundef %48, i64 noundef 64) #8
  %49 = load ptr, ptr %8, align 8, !tbaa !16
  %50 = load i64, ptr %9, align 8, !tbaa !15
  call void @sha256_update(ptr noundef %14, ptr noundef %49, i64 noundef %50) #8
  %51 = getelementptr inbounds [32 x i8], ptr %13, i64 0, i64 0
  call void @sha256_final(ptr noundef %14, ptr noundef %51) #8
  call void @llvm.lifetime.start.p0(ptr %16) #7
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %52

52:                                               ; preds = %67, %47
  %53 = load i32, ptr %16, align 4, !tbaa !5
  %54 = icmp slt i32 %53, 64
  br i1 %54, label %56, label %55

55:                                               ; preds = %52
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %70

56:                                               ; preds = %52
  %57 = load i32, ptr %16, align 4, !tbaa !5
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [64 x i8], ptr %11, i64 0, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !20
  %61 = zext i8 %60 to i32
  %62 = xor i32 %61, 92
  %63 = trunc i32 %62 to i8
  %64 = load i32, ptr %16, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x i8], ptr %12, i64 0, i64 %65
  store i8 %63, ptr %66, align 1, !tbaa !20
  br label %67

67:                                               ; preds = %56
  %68 = load i32, ptr %16, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %16, align 4, !tbaa !5
  br label %52, !llvm.loop !27

70:                                               ; preds = %55
  call void @sha256_init(ptr noundef %14) #8
  %71 = getelementptr inbounds [64 x i8], ptr %12, i64 0, i64 0
  call void @sha256_update(ptr noundef %14, ptr noundef %71, i64 noundef 64) #8
  %72 = getelementptr inbounds [32 x i8], ptr %13, i64 0, i64 0
  call void @sha256_update(ptr noundef %14, ptr noundef %72, i64 noundef 32) #8
  %73 = load ptr, ptr %10, align 8, !tbaa !16
  call void @sha256_final(ptr noundef %14, ptr noundef %73) #8
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @sha256(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca %struct.sha256_ctx, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !15
  store ptr %2, ptr %6, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @sha256_init(ptr noundef %7) #8
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = load i64, ptr %5, align 8, !tbaa !15
  call void @sha256_update(ptr noundef %7, ptr noundef %8, i64 noundef %9) #8
  %10 = load ptr, ptr %6, align 8, !tbaa !16
  call void @sha256_final(ptr noundef %7, ptr noundef %10) #8
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [32 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca %struct.sha256_ctx, align 8
  %6 = alloca i64, align 8
  %7 = alloca %struct.sha256_ctx, align 8
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !15
  br label %9

9:                                                ; preds = %48, %0
  %10 = load i64, ptr %4, align 8, !tbaa !15
  %11 = icmp ult i64 %10, 4
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %51

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %14 = load i64, ptr %4, align 8, !tbaa !15
  %15 = getelementptr inbounds nuw [4 x %struct.anon], ptr @main.vectors, i64 0, i64 %14
  %16 = getelementptr inbounds nuw %struct.anon, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 8, !tbaa !28
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %20

19:                                               ; preds = %13
  call void @sha224_init(ptr noundef %5) #8
  br label %21

20:                                               ; preds = %13
  call void @sha256_init(ptr noundef %5) #8
  br label %21

21:                                               ; preds = %20, %19
  %22 = load i64, ptr %4, align 8, !tbaa !15
  %23 = getelementptr inbounds nuw [4 x %struct.anon], ptr @main.vectors, i64 0, i64 %22
  %24 = getelementptr inbounds nuw %struct.anon, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !30
  %26 = load i64, ptr %4, align 8, !tbaa !15
  %27 = getelementptr inbounds nuw [4 x %struct.anon], ptr @main.vectors, i64 0, i64 %26
  %28 = getelementptr inbounds nuw %struct.anon, ptr %27, i32 0, i32 0
  %29 = load ptr, ptr %28, align 8, !tbaa !30
  %30 = call i64 @strlen(ptr noundef %29) #9
  call void @sha256_update(ptr noundef %5, ptr noundef %25, i64 noundef %30) #8
  %31 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @sha256_final(ptr noundef %5, ptr noundef %31) #8
  %32 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  %33 = load i64, ptr %4, align 8, !tbaa !15
  %34 = getelementptr inbounds nuw [4 x %struct.anon], ptr @main.vectors, i64 0, i64 %33
  %35 = getelementptr inbounds nuw %struct.anon, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 8, !tbaa !28
  %37 = icmp ne i32 %36, 0
  %38 = zext i1 %37 to i64
  %39 = select i1 %37, i32 28, i32 32
  %40 = sext i32 %39 to i64
  %41 = load i64, ptr %4, align 8, !tbaa !15
  %42 = getelementptr inbounds nuw [4 x %struct.anon], ptr @main.vectors, i64 0, i64 %41
  %43 = getelementptr inbounds nuw %struct.anon, ptr %42, i32 0, i32 2
  %44 = load ptr, ptr %43, align 8, !tbaa !31
  %45 = call i32 @digest_equals_hex(ptr noundef %32, i64 noundef %40, ptr noundef %44) #8
  %46 = load i32, ptr %3, align 4, !tbaa !5
  %47 = add nsw i32 %46, %45
  store i32 %47, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %48

48:                                               ; preds = %21
  %49 = load i64, ptr %4, align 8, !tbaa !15
  %50 = add i64 %49, 1
  store i64 %50, ptr %4, align 8, !tbaa !15
  br label %9, !llvm.loop !32

51:                                               ; preds = %12
  %52 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @sha256(ptr noundef @.str.4, i64 noundef 3, ptr noundef %52) #8
  %53 = load i32, ptr %3, align 4, !tbaa !5
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %53) #8
  %55 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @print_hex(ptr noundef @.str.8, ptr noundef %55, i64 noundef 32) #8
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i64 0, ptr %6, align 8, !tbaa !15
  br label %56

56:                                               ; preds = %69, %51
  %57 = load i64, ptr %6, align 8, !tbaa !15
  %58 = icmp ult i64 %57, 20000
  br i1 %58, label %60, label %59

59:                                               ; preds = %56
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %72

60:                                               ; preds = %56
  %61 = load i64, ptr %6, align 8, !tbaa !15
  %62 = mul i64 %61, 31
  %63 = load i64, ptr %6, align 8, !tbaa !15
  %64 = lshr i64 %63, 7
  %65 = add i64 %62, %64
  %66 = trunc i64 %65 to i8
  %67 = load i64, ptr %6, align 8, !tbaa !15
  %68 = getelementptr inbounds nuw [20000 x i8], ptr @main.big, i64 0, i64 %67
  store i8 %66, ptr %68, align 1, !tbaa !20
  br label %69

69:                                               ; preds = %60
  %70 = load i64, ptr %6, align 8, !tbaa !15
  %71 = add i64 %70, 1
  store i64 %71, ptr %6, align 8, !tbaa !15
  br label %56, !llvm.loop !33

72:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @sha256_init(ptr noundef %7) #8
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !15
  br label %73

73:                                               ; preds = %89, %72
  %74 = load i64, ptr %8, align 8, !tbaa !15
  %75 = icmp ult i64 %74, 20000
  br i1 %75, label %77, label %76

76:                                               ; preds = %73
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %92

77:                                               ; preds = %73
  %78 = load i64, ptr %8, align 8, !tbaa !15
  %79 = getelementptr inbounds nuw i8, ptr @main.big, i64 %78
  %80 = load i64, ptr %8, align 8, !tbaa !15
  %81 = sub i64 20000, %80
  %82 = icmp ult i64 %81, 333
  br i1 %82, label %83, label %86

83:                                               ; preds = %77
  %84 = load i64, ptr %8, align 8, !tbaa !15
  %85 = sub i64 20000, %84
  br label %87

86:                                               ; preds = %77
  br label %87

87:                                               ; preds = %86, %83
  %88 = phi i64 [ %85, %83 ], [ 333, %86 ]
  call void @sha256_update(ptr noundef %7, ptr noundef %79, i64 noundef %88) #8
  br label %89

89:                                               ; preds = %87
  %90 = load i64, ptr %8, align 8, !tbaa !15
  %91 = add i64 %90, 333
  store i64 %91, ptr %8, align 8, !tbaa !15
  br label %73, !llvm.loop !34

92:                                               ; preds = %76
  %93 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @sha256_final(ptr noundef %7, ptr noundef %93) #8
  %94 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @print_hex(ptr noundef @.str.9, ptr noundef %94, i64 noundef 16) #8
  %95 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @derive_key(ptr noundef @.str.10, ptr noundef @.str.11, i32 noundef 200, ptr noundef %95) #8
  %96 = getelementptr inbounds [32 x i8], ptr %2, i64 0, i64 0
  call void @print_hex(ptr noundef @.str.12, ptr noundef %96, i64 noundef 16) #8
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @digest_equals_hex(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !16
  store i64 %1, ptr %6, align 8, !tbaa !15
  store ptr %2, ptr %7, align 8, !tbaa !16
  %12 = load ptr, ptr %7, align 8, !tbaa !16
  %13 = call i64 @strlen(ptr noundef %12) #9
  %14 = load i64, ptr %6, align 8, !tbaa !15
  %15 = mul i64 %14, 2
  %16 = icmp ne i64 %13, %15
  br i1 %16, label %17, label %18

17:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %67

18:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !15
  br label %19

19:                                               ; preds = %61, %18
  %20 = load i64, ptr %8, align 8, !tbaa !15
  %21 = load i64, ptr %6, align 8, !tbaa !15
  %22 = icmp ult i64 %20, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %19
  store i32 2, ptr %9, align 4
  br label %64

24:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %25 = load ptr, ptr %7, align 8, !tbaa !16
  %26 = load i64, ptr %8, align 8, !tbaa !15
  %27 = mul i64 2, %26
  %28 = getelementptr inbounds nuw i8, ptr %25, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !20
  %30 = call i32 @hex_nibble(i8 noundef signext %29) #8
  store i32 %30, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %31 = load ptr, ptr %7, align 8, !tbaa !16
  %32 = load i64, ptr %8, align 8, !tbaa !15
  %33 = mul i64 2, %32
  %34 = add i64 %33, 1
  %35 = getelementptr inbounds nuw i8, ptr %31, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !20
  %37 = call i32 @hex_nibble(i8 noundef signext %36) #8
  store i32 %37, ptr %11, align 4, !tbaa !5
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = icmp slt i32 %38, 0
  br i1 %39, label %56, label %40

40:                                               ; preds = %24
  %41 = load i32, ptr %11, align 4, !tbaa !5
  %42 = icmp slt i32 %41, 0
  br i1 %42, label %56, label %43

43:                                               ; preds = %40
  %44 = load i32, ptr %10, align 4, !tbaa !5
  %45 = mul nsw i32 %44, 16
  %46 = load i32, ptr %11, align 4, !tbaa !5
  %47 = add nsw i32 %45, %46
  %48 = trunc i32 %47 to i8
  %49 = zext i8 %48 to i32
  %50 = load ptr, ptr %5, align 8, !tbaa !16
  %51 = load i64, ptr %8, align 8, !tbaa !15
  %52 = getelementptr inbounds nuw i8, ptr %50, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !20
  %54 = zext i8 %53 to i32
  %55 = icmp ne i32 %49, %54
  br i1 %55, label %56, label %57

56:                                               ; preds = %43, %40, %24
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %58

57:                                               ; preds = %43
  store i32 0, ptr %9, align 4
  br label %58

58:                                               ; preds = %57, %56
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  %59 = load i32, ptr %9, align 4
  switch i32 %59, label %64 [
    i32 0, label %60
  ]

60:                                               ; preds = %58
  br label %61

61:                                               ; preds = %60
  %62 = load i64, ptr %8, align 8, !tbaa !15
  %63 = add i64 %62, 1
  store i64 %63, ptr %8, align 8, !tbaa !15
  br label %19, !llvm.loop !35

64:                                               ; preds = %58, %23
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %65 = load i32, ptr %9, align 4
  switch i32 %65, label %69 [
    i32 2, label %66
    i32 1, label %67
  ]

66:                                               ; preds = %64
  store i32 1, ptr %4, align 4
  br label %67

67:                                               ; preds = %66, %64, %17
  %68 = load i32, ptr %4, align 4
  ret i32 %68

69:                                               ; preds = %64
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_hex(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !16
  store ptr %1, ptr %5, align 8, !tbaa !16
  store i64 %2, ptr %6, align 8, !tbaa !15
  %8 = load ptr, ptr %4, align 8, !tbaa !16
  %9 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %8) #8
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !15
  br label %10

10:                                               ; preds = %22, %3
  %11 = load i64, ptr %7, align 8, !tbaa !15
  %12 = load i64, ptr %6, align 8, !tbaa !15
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %25

15:                                               ; preds = %10
  %16 = load ptr, ptr %5, align 8, !tbaa !16
  %17 = load i64, ptr %7, align 8, !tbaa !15
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !20
  %20 = zext i8 %19 to i32
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i32 noundef %20) #8
  br label %22

22:                                               ; preds = %15
  %23 = load i64, ptr %7, align 8, !tbaa !15
  %24 = add i64 %23, 1
  store i64 %24, ptr %7, align 8, !tbaa !15
  br label %10, !llvm.loop !36

25:                                               ; preds = %14
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.15) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @derive_key(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca [32 x i8], align 16
  %10 = alloca [68 x i8], align 16
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !16
  store ptr %1, ptr %6, align 8, !tbaa !16
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #7
  call void @llvm.lifetime.start.p0(ptr %10) #7
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %15 = load ptr, ptr %6, align 8, !tbaa !16
  %16 = call i64 @strlen(ptr noundef %15) #9
  store i64 %16, ptr %11, align 8, !tbaa !15
  %17 = getelementptr inbounds [68 x i8], ptr %10, i64 0, i64 0
  %18 = load ptr, ptr %6, align 8, !tbaa !16
  %19 = load i64, ptr %11, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %17, ptr align 1 %18, i64 %19, i1 false)
  %20 = load i64, ptr %11, align 8, !tbaa !15
  %21 = getelementptr inbounds nuw [68 x i8], ptr %10, i64 0, i64 %20
  store i8 0, ptr %21, align 1, !tbaa !20
  %22 = load i64, ptr %11, align 8, !tbaa !15
  %23 = add i64 %22, 1
  %24 = getelementptr inbounds nuw [68 x i8], ptr %10, i64 0, i64 %23
  store i8 0, ptr %24, align 1, !tbaa !20
  %25 = load i64, ptr %11, align 8, !tbaa !15
  %26 = add i64 %25, 2
  %27 = getelementptr inbounds nuw [68 x i8], ptr %10, i64 0, i64 %26
  store i8 0, ptr %27, align 1, !tbaa !20
  %28 = load i64, ptr %11, align 8, !tbaa !15
  %29 = add i64 %28, 3
  %30 = getelementptr inbounds nuw [68 x i8], ptr %10, i64 0, i64 %29
  store i8 1, ptr %30, align 1, !tbaa !20
  %31 = load ptr, ptr %5, align 8, !tbaa !16
  %32 = load ptr, ptr %5, align 8, !tbaa !16
  %33 = call i64 @strlen(ptr noundef %32) #9
  %34 = getelementptr inbounds [68 x i8], ptr %10, i64 0, i64 0
  %35 = load i64, ptr %11, align 8, !tbaa !15
  %36 = add i64 %35, 4
  %37 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  call void @hmac_sha256(ptr noundef %31, i64 noundef %33, ptr noundef %34, i64 noundef %36, ptr noundef %37) #8
  %38 = load ptr, ptr %8, align 8, !tbaa !16
  %39 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %38, ptr align 16 %39, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 1, ptr %12, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %73, %4
  %41 = load i32, ptr %12, align 4, !tbaa !5
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = icmp ult i32 %41, %42
  br i1 %43, label %45, label %44

44:                                               ; preds = %40
  store i32 2, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %76

45:                                               ; preds = %40
  %46 = load ptr, ptr %5, align 8, !tbaa !16
  %47 = load ptr, ptr %5, align 8, !tbaa !16
  %48 = call i64 @strlen(ptr noundef %47) #9
  %49 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  %50 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 0
  call void @hmac_sha256(ptr noundef %46, i64 noundef %48, ptr noundef %49, i64 noundef 32, ptr noundef %50) #8
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %69, %45
  %52 = load i32, ptr %14, align 4, !tbaa !5
  %53 = icmp slt i32 %52, 32
  br i1 %53, label %55, label %54

54:                                               ; preds = %51
  store i32 5, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %72

55:                                               ; preds = %51
  %56 = load i32, ptr %14, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [32 x i8], ptr %9, i64 0, i64 %57
  %59 = load i8, ptr %58, align 1, !tbaa !20
  %60 = zext i8 %59 to i32
  %61 = load ptr, ptr %8, align 8, !tbaa !16
  %62 = load i32, ptr %14, align 4, !tbaa !5
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i8, ptr %61, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !20
  %66 = zext i8 %65 to i32
  %67 = xor i32 %66, %60
  %68 = trunc i32 %67 to i8
  store i8 %68, ptr %64, align 1, !tbaa !20
  br label %69

69:                                               ; preds = %55
  %70 = load i32, ptr %14, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %14, align 4, !tbaa !5
  br label %51, !llvm.loop !37

72:                                               ; preds = %54
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %12, align 4, !tbaa !5
  %75 = add i32 %74, 1
  store i32 %75, ptr %12, align 4, !tbaa !5
  br label %40, !llvm.loop !38

76:                                               ; preds = %44
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret void
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @ssig1(i32 noundef %0) #6 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = call i32 @ror32(i32 noundef %3, i32 noundef 17) #8
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = call i32 @ror32(i32 noundef %5, i32 noundef 19) #8
  %7 = xor i32 %4, %6
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = lshr i32 %8, 10
  %10 = xor i32 %7, %9
  ret i32 %10
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @ssig0(i32 noundef %0) #6 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = call i32 @ror32(i32 noundef %3, i32 noundef 7) #8
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = call i32 @ror32(i32 noundef %5, i32 noundef 18) #8
  %7 = xor i32 %4, %6
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = lshr i32 %8, 3
  %10 = xor i32 %7, %9
  ret i32 %10
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @bsig1(i32 noundef %0) #6 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = call i32 @ror32(i32 noundef %3, i32 noundef 6) #8
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = call i32 @ror32(i32 noundef %5, i32 noundef 11) #8
  %7 = xor i32 %4, %6
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = call i32 @ror32(i32 noundef %8, i32 noundef 25) #8
  %10 = xor i32 %7, %9
  ret i32 %10
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @ch(i32 noundef %0, i32 noundef %1, i32 noundef %2) #6 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = and i32 %7, %8
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = xor i32 %10, -1
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = and i32 %11, %12
  %14 = xor i32 %9, %13
  ret i32 %14
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @bsig0(i32 noundef %0) #6 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = call i32 @ror32(i32 noundef %3, i32 noundef 2) #8
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = call i32 @ror32(i32 noundef %5, i32 noundef 13) #8
  %7 = xor i32 %4, %6
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = call i32 @ror32(i32 noundef %8, i32 noundef 22) #8
  %10 = xor i32 %7, %9
  ret i32 %10
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @maj(i32 noundef %0, i32 noundef %1, i32 noundef %2) #6 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = and i32 %7, %8
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = and i32 %10, %11
  %13 = xor i32 %9, %12
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = and i32 %14, %15
  %17 = xor i32 %13, %16
  ret i32 %17
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @ror32(i32 noundef %0, i32 noundef %1) #6 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = lshr i32 %5, %6
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = sub i32 32, %9
  %11 = shl i32 %8, %10
  %12 = or i32 %7, %11
  ret i32 %12
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hex_nibble(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !20
  %4 = load i8, ptr %3, align 1, !tbaa !20
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 48
  br i1 %6, label %7, label %15

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !20
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 57
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i8, ptr %3, align 1, !tbaa !20
  %13 = sext i8 %12 to i32
  %14 = sub nsw i32 %13, 48
  store i32 %14, ptr %2, align 4
  br label %42

15:                                               ; preds = %7, %1
  %16 = load i8, ptr %3, align 1, !tbaa !20
  %17 = sext i8 %16 to i32
  %18 = icmp sge i32 %17, 97
  br i1 %18, label %19, label %28

19:                                               ; preds = %15
  %20 = load i8, ptr %3, align 1, !tbaa !20
  %21 = sext i8 %20 to i32
  %22 = icmp sle i32 %21, 102
  br i1 %22, label %23, label %28

23:                                               ; preds = %19
  %24 = load i8, ptr %3, align 1, !tbaa !20
  %25 = sext i8 %24 to i32
  %26 = sub nsw i32 %25, 97
  %27 = add nsw i32 %26, 10
  store i32 %27, ptr %2, align 4
  br label %42

28:                                               ; preds = %19, %15
  %29 = load i8, ptr %3, align 1, !tbaa !20
  %30 = sext i8 %29 to i32
  %31 = icmp sge i32 %30, 65
  br i1 %31, label %32, label %41

32:                                               ; preds = %28
  %33 = load i8, ptr %3, align 1, !tbaa !20
  %34 = sext i8 %33 to i32
  %35 = icmp sle i32 %34, 70
  br i1 %35, label %36, label %41

36:                                               ; preds = %32
  %37 = load i8, ptr %3, align 1, !tbaa !20
  %38 = sext i8 %37 to i32
  %39 = sub nsw i32 %38, 65
  %40 = add nsw i32 %39, 10
  store i32 %40, ptr %2, align 4
  br label %42

41:                                               ; preds = %32, %28
  store i32 -1, ptr %2, align 4
  br label %42

42:                                               ; preds = %41, %36, %23, %11
  %43 = load i32, ptr %2, align 4
  ret i32 %43
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }

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
!11 = !{!12, !13, i64 32}
!12 = !{!"", !7, i64 0, !13, i64 32, !7, i64 40, !13, i64 104}
!13 = !{!"long", !7, i64 0}
!14 = !{!12, !13, i64 104}
!15 = !{!13, !13, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"p1 omnipotent char", !10, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = !{!7, !7, i64 0}
!21 = distinct !{!21, !19}
!22 = distinct !{!22, !19}
!23 = distinct !{!23, !19}
!24 = distinct !{!24, !19}
!25 = distinct !{!25, !19}
!26 = distinct !{!26, !19}
!27 = distinct !{!27, !19}
!28 = !{!29, !6, i64 8}
!29 = !{!"", !17, i64 0, !6, i64 8, !17, i64 16}
!30 = !{!29, !17, i64 0}
!31 = !{!29, !17, i64 16}
!32 = distinct !{!32, !19}
!33 = distinct !{!33, !19}
!34 = distinct !{!34, !19}
!35 = distinct !{!35, !19}
!36 = distinct !{!36, !19}
!37 = distinct !{!37, !19}
!38 = distinct !{!38, !19}
