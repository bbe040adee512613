; ModuleID = 'utf16_convert.c'
source_filename = "utf16_convert.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.anon = type { ptr, ptr }
%struct.ConvStats = type { i64, i64 }

@main.tests = internal constant [9 x %struct.anon] [%struct.anon { ptr @.str, ptr @.str.1 }, %struct.anon { ptr @.str.2, ptr @.str.3 }, %struct.anon { ptr @.str.4, ptr @.str.5 }, %struct.anon { ptr @.str.6, ptr @.str.7 }, %struct.anon { ptr @.str.8, ptr @.str.9 }, %struct.anon { ptr @.str.10, ptr @.str.11 }, %struct.anon { ptr @.str.12, ptr @.str.13 }, %struct.anon { ptr @.str.14, ptr @.str.15 }, %struct.anon { ptr @.str.16, ptr @.str.17 }], align 16
@.str = private unnamed_addr constant [6 x i8] c"ascii\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"Hello\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"latin\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"na\C3\AFve caf\C3\A9\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"cjk\00", align 1
@.str.5 = private unnamed_addr constant [10 x i8] c"\E6\97\A5\E6\9C\AC\E8\AA\9E\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"emoji\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"ok \F0\9F\98\80!\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"overlong\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"\C0\AF\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"truncated\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"abc\E2\82\00", align 1
@.str.12 = private unnamed_addr constant [10 x i8] c"surrogate\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"\ED\A0\80x\00", align 1
@.str.14 = private unnamed_addr constant [8 x i8] c"badlead\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"\FF\FEz\00", align 1
@.str.16 = private unnamed_addr constant [9 x i8] c"toolarge\00", align 1
@.str.17 = private unnamed_addr constant [5 x i8] c"\F4\90\80\80\00", align 1
@.str.18 = private unnamed_addr constant [48 x i8] c"%-9s bytes=%zu units=%zu errs=%zu back=%zu %s: \00", align 1
@.str.19 = private unnamed_addr constant [6 x i8] c"exact\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"lossy\00", align 1
@__const.main.broken = private unnamed_addr constant [7 x i16] [i16 65, i16 -10179, i16 66, i16 -8704, i16 -10179, i16 -8704, i16 -9217], align 2
@.str.21 = private unnamed_addr constant [39 x i8] c"broken utf16 -> %zu bytes, %zu errors\0A\00", align 1
@.str.22 = private unnamed_addr constant [68 x i8] c"roundtrip code points=%zu utf8 bytes=%zu mismatches=%zu check=%08x\0A\00", align 1
@.str.23 = private unnamed_addr constant [7 x i8] c"%s%04X\00", align 1
@.str.24 = private unnamed_addr constant [2 x i8] c" \00", align 1
@.str.25 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.26 = private unnamed_addr constant [5 x i8] c" ...\00", align 1
@.str.27 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local { i64, i64 } @utf8_to_utf16(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca %struct.ConvStats, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !14
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %110, %4
  %15 = load i64, ptr %10, align 8, !tbaa !12
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = icmp ult i64 %15, %16
  br i1 %17, label %18, label %111

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %11) #6
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = load i64, ptr %10, align 8, !tbaa !12
  %21 = getelementptr inbounds nuw i8, ptr %19, i64 %20
  %22 = load i64, ptr %7, align 8, !tbaa !12
  %23 = load i64, ptr %10, align 8, !tbaa !12
  %24 = sub i64 %22, %23
  %25 = call i64 @utf8_decode_one(ptr noundef %21, i64 noundef %24, ptr noundef %11) #7
  store i64 %25, ptr %12, align 8, !tbaa !12
  %26 = load i32, ptr %11, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 65533
  br i1 %27, label %28, label %58

28:                                               ; preds = %18
  %29 = load i64, ptr %12, align 8, !tbaa !12
  %30 = icmp eq i64 %29, 3
  br i1 %30, label %31, label %54

31:                                               ; preds = %28
  %32 = load ptr, ptr %6, align 8, !tbaa !9
  %33 = load i64, ptr %10, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw i8, ptr %32, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !16
  %36 = zext i8 %35 to i32
  %37 = icmp eq i32 %36, 239
  br i1 %37, label %38, label %54

38:                                               ; preds = %31
  %39 = load ptr, ptr %6, align 8, !tbaa !9
  %40 = load i64, ptr %10, align 8, !tbaa !12
  %41 = add i64 %40, 1
  %42 = getelementptr inbounds nuw i8, ptr %39, i64 %41
  %43 = load i8, ptr %42, align 1, !tbaa !16
  %44 = zext i8 %43 to i32
  %45 = icmp eq i32 %44, 191
  br i1 %45, label %46, label %54

46:                                               ; preds = %38
  %47 = load ptr, ptr %6, align 8, !tbaa !9
  %48 = load i64, ptr %10, align 8, !tbaa !12
  %49 = add i64 %48, 2
  %50 = getelementptr inbounds nuw i8, ptr %47, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !16
  %52 = zext i8 %51 to i32
  %53 = icmp eq i32 %52, 189
  br i1 %53, label %58, label %54

54:                                               ; preds = %46, %38, %31, %28
  %55 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 1
  %56 = load i64, ptr %55, align 8, !tbaa !17
  %57 = add i64 %56, 1
  store i64 %57, ptr %55, align 8, !tbaa !17
  br label %58

58:                                               ; preds = %54, %46, %18
  %59 = load i64, ptr %12, align 8, !tbaa !12
  %60 = load i64, ptr %10, align 8, !tbaa !12
  %61 = add i64 %60, %59
  store i64 %61, ptr %10, align 8, !tbaa !12
  %62 = load i32, ptr %11, align 4, !tbaa !5
  %63 = icmp uge i32 %62, 65536
  br i1 %63, label %64, label %92

64:                                               ; preds = %58
  %65 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %66 = load i64, ptr %65, align 8, !tbaa !19
  %67 = add i64 %66, 2
  %68 = load i64, ptr %9, align 8, !tbaa !12
  %69 = icmp ugt i64 %67, %68
  br i1 %69, label %70, label %71

70:                                               ; preds = %64
  store i32 3, ptr %13, align 4
  br label %108

71:                                               ; preds = %64
  %72 = load i32, ptr %11, align 4, !tbaa !5
  %73 = sub i32 %72, 65536
  store i32 %73, ptr %11, align 4, !tbaa !5
  %74 = load i32, ptr %11, align 4, !tbaa !5
  %75 = lshr i32 %74, 10
  %76 = or i32 55296, %75
  %77 = trunc i32 %76 to i16
  %78 = load ptr, ptr %8, align 8, !tbaa !14
  %79 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %80 = load i64, ptr %79, align 8, !tbaa !19
  %81 = add i64 %80, 1
  store i64 %81, ptr %79, align 8, !tbaa !19
  %82 = getelementptr inbounds nuw i16, ptr %78, i64 %80
  store i16 %77, ptr %82, align 2, !tbaa !20
  %83 = load i32, ptr %11, align 4, !tbaa !5
  %84 = and i32 %83, 1023
  %85 = or i32 56320, %84
  %86 = trunc i32 %85 to i16
  %87 = load ptr, ptr %8, align 8, !tbaa !14
  %88 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %89 = load i64, ptr %88, align 8, !tbaa !19
  %90 = add i64 %89, 1
  store i64 %90, ptr %88, align 8, !tbaa !19
  %91 = getelementptr inbounds nuw i16, ptr %87, i64 %89
  store i16 %86, ptr %91, align 2, !tbaa !20
  br label %107

92:                                               ; preds = %58
  %93 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %94 = load i64, ptr %93, align 8, !tbaa !19
  %95 = add i64 %94, 1
  %96 = load i64, ptr %9, align 8, !tbaa !12
  %97 = icmp ugt i64 %95, %96
  br i1 %97, label %98, label %99

98:                                               ; preds = %92
  store i32 3, ptr %13, align 4
  br label %108

99:                                               ; preds = %92
  %100 = load i32, ptr %11, align 4, !tbaa !5
  %101 = trunc i32 %100 to i16
  %102 = load ptr, ptr %8, align 8, !tbaa !14
  %103 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %104 = load i64, ptr %103, align 8, !tbaa !19
  %105 = add i64 %104, 1
  store i64 %105, ptr %103, align 8, !tbaa !19
  %106 = getelementptr inbounds nuw i16, ptr %102, i64 %104
  store i16 %101, ptr %106, align 2, !tbaa !20
  br label %107

107:                                              ; preds = %99, %71
  store i32 0, ptr %13, align 4
  br label %108

108:                                              ; preds = %107, %98, %70
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %109 = load i32, ptr %13, align 4
  switch i32 %109, label %113 [
    i32 0, label %110
    i32 3, label %111
  ]

110:                                              ; preds = %108
  br label %14, !llvm.loop !22

111:                                              ; preds = %108, %14
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %112 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %112

113:                                              ; preds = %108
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @utf8_decode_one(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds i8, ptr %14, i64 0
  %16 = load i8, ptr %15, align 1, !tbaa !16
  store i8 %16, ptr %8, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #6
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %17 = load i8, ptr %8, align 1, !tbaa !16
  %18 = zext i8 %17 to i32
  %19 = icmp slt i32 %18, 128
  br i1 %19, label %20, label %24

20:                                               ; preds = %3
  %21 = load i8, ptr %8, align 1, !tbaa !16
  %22 = zext i8 %21 to i32
  %23 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 %22, ptr %23, align 4, !tbaa !5
  store i64 1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %116

24:                                               ; preds = %3
  %25 = load i8, ptr %8, align 1, !tbaa !16
  %26 = zext i8 %25 to i32
  %27 = and i32 %26, 224
  %28 = icmp eq i32 %27, 192
  br i1 %28, label %29, label %33

29:                                               ; preds = %24
  store i64 1, ptr %9, align 8, !tbaa !12
  %30 = load i8, ptr %8, align 1, !tbaa !16
  %31 = zext i8 %30 to i32
  %32 = and i32 %31, 31
  store i32 %32, ptr %11, align 4, !tbaa !5
  store i32 128, ptr %10, align 4, !tbaa !5
  br label %55

33:                                               ; preds = %24
  %34 = load i8, ptr %8, align 1, !tbaa !16
  %35 = zext i8 %34 to i32
  %36 = and i32 %35, 240
  %37 = icmp eq i32 %36, 224
  br i1 %37, label %38, label %42

38:                                               ; preds = %33
  store i64 2, ptr %9, align 8, !tbaa !12
  %39 = load i8, ptr %8, align 1, !tbaa !16
  %40 = zext i8 %39 to i32
  %41 = and i32 %40, 15
  store i32 %41, ptr %11, align 4, !tbaa !5
  store i32 2048, ptr %10, align 4, !tbaa !5
  br label %54

42:                                               ; preds = %33
  %43 = load i8, ptr %8, align 1, !tbaa !16
  %44 = zext i8 %43 to i32
  %45 = and i32 %44, 248
  %46 = icmp eq i32 %45, 240
  br i1 %46, label %47, label %51

47:                                               ; preds = %42
  store i64 3, ptr %9, align 8, !tbaa !12
  %48 = load i8, ptr %8, align 1, !tbaa !16
  %49 = zext i8 %48 to i32
  %50 = and i32 %49, 7
  store i32 %50, ptr %11, align 4, !tbaa !5
  store i32 65536, ptr %10, align 4, !tbaa !5
  br label %53

51:                                               ; preds = %42
  %52 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 65533, ptr %52, align 4, !tbaa !5
  store i64 1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %116

53:                                               ; preds = %47
  br label %54

54:                                               ; preds = %53, %38
  br label %55

55:                                               ; preds = %54, %29
  br label %56

56:                                               ; preds = %55
  %57 = load i64, ptr %9, align 8, !tbaa !12
  %58 = load i64, ptr %6, align 8, !tbaa !12
  %59 = icmp uge i64 %57, %58
  br i1 %59, label %60, label %62

60:                                               ; preds = %56
  %61 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 65533, ptr %61, align 4, !tbaa !5
  store i64 1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %116

62:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i64 1, ptr %13, align 8, !tbaa !12
  br label %63

63:                                               ; preds = %89, %62
  %64 = load i64, ptr %13, align 8, !tbaa !12
  %65 = load i64, ptr %9, align 8, !tbaa !12
  %66 = icmp ule i64 %64, %65
  br i1 %66, label %68, label %67

67:                                               ; preds = %63
  store i32 2, ptr %12, align 4
  br label %92

68:                                               ; preds = %63
  %69 = load ptr, ptr %5, align 8, !tbaa !9
  %70 = load i64, ptr %13, align 8, !tbaa !12
  %71 = getelementptr inbounds nuw i8, ptr %69, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !16
  %73 = zext i8 %72 to i32
  %74 = and i32 %73, 192
  %75 = icmp ne i32 %74, 128
  br i1 %75, label %76, label %79

76:                                               ; preds = %68
  %77 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 65533, ptr %77, align 4, !tbaa !5
  %78 = load i64, ptr %13, align 8, !tbaa !12
  store i64 %78, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %92

79:                                               ; preds = %68
  %80 = load i32, ptr %11, align 4, !tbaa !5
  %81 = shl i32 %80, 6
  %82 = load ptr, ptr %5, align 8, !tbaa !9
  %83 = load i64, ptr %13, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw i8, ptr %82, i64 %83
  %85 = load i8, ptr %84, align 1, !tbaa !16
  %86 = zext i8 %85 to i32
  %87 = and i32 %86, 63
  %88 = or i32 %81, %87
  store i32 %88, ptr %11, align 4, !tbaa !5
  br label %89

89:                                               ; preds = %79
  %90 = load i64, ptr %13, align 8, !tbaa !12
  %91 = add i64 %90, 1
  store i64 %91, ptr %13, align 8, !tbaa !12
  br label %63, !llvm.loop !26

92:                                               ; preds = %76, %67
  call void @llvm.lifetime.end.p0(ptr %13) #6
  %93 = load i32, ptr %12, align 4
  switch i32 %93, label %116 [
    i32 2, label %94
  ]

94:                                               ; preds = %92
  %95 = load i32, ptr %11, align 4, !tbaa !5
  %96 = load i32, ptr %10, align 4, !tbaa !5
  %97 = icmp ult i32 %95, %96
  br i1 %97, label %107, label %98

98:                                               ; preds = %94
  %99 = load i32, ptr %11, align 4, !tbaa !5
  %100 = icmp ugt i32 %99, 1114111
  br i1 %100, label %107, label %101

101:                                              ; preds = %98
  %102 = load i32, ptr %11, align 4, !tbaa !5
  %103 = icmp uge i32 %102, 55296
  br i1 %103, label %104, label %111

104:                                              ; preds = %101
  %105 = load i32, ptr %11, align 4, !tbaa !5
  %106 = icmp ule i32 %105, 57343
  br i1 %106, label %107, label %111

107:                                              ; preds = %104, %98, %94
  %108 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 65533, ptr %108, align 4, !tbaa !5
  %109 = load i64, ptr %9, align 8, !tbaa !12
  %110 = add i64 %109, 1
  store i64 %110, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %116

111:                                              ; preds = %104, %101
  %112 = load i32, ptr %11, align 4, !tbaa !5
  %113 = load ptr, ptr %7, align 8, !tbaa !24
  store i32 %112, ptr %113, align 4, !tbaa !5
  %114 = load i64, ptr %9, align 8, !tbaa !12
  %115 = add i64 %114, 1
  store i64 %115, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %116

116:                                              ; preds = %111, %107, %92, %60, %51, %20
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %117 = load i64, ptr %4, align 8
  ret i64 %117
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local { i64, i64 } @utf16_to_utf8(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca %struct.ConvStats, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !14
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.memset.p0.i64(ptr align 8 %5, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %13

13:                                               ; preds = %101, %4
  %14 = load i64, ptr %10, align 8, !tbaa !12
  %15 = load i64, ptr %7, align 8, !tbaa !12
  %16 = icmp ult i64 %14, %15
  br i1 %16, label %18, label %17

17:                                               ; preds = %13
  store i32 2, ptr %11, align 4
  br label %104

18:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %19 = load ptr, ptr %6, align 8, !tbaa !14
  %20 = load i64, ptr %10, align 8, !tbaa !12
  %21 = getelementptr inbounds nuw i16, ptr %19, i64 %20
  %22 = load i16, ptr %21, align 2, !tbaa !20
  %23 = zext i16 %22 to i32
  store i32 %23, ptr %12, align 4, !tbaa !5
  %24 = load i32, ptr %12, align 4, !tbaa !5
  %25 = icmp uge i32 %24, 55296
  br i1 %25, label %26, label %70

26:                                               ; preds = %18
  %27 = load i32, ptr %12, align 4, !tbaa !5
  %28 = icmp ule i32 %27, 56319
  br i1 %28, label %29, label %70

29:                                               ; preds = %26
  %30 = load i64, ptr %10, align 8, !tbaa !12
  %31 = add i64 %30, 1
  %32 = load i64, ptr %7, align 8, !tbaa !12
  %33 = icmp ult i64 %31, %32
  br i1 %33, label %34, label %65

34:                                               ; preds = %29
  %35 = load ptr, ptr %6, align 8, !tbaa !14
  %36 = load i64, ptr %10, align 8, !tbaa !12
  %37 = add i64 %36, 1
  %38 = getelementptr inbounds nuw i16, ptr %35, i64 %37
  %39 = load i16, ptr %38, align 2, !tbaa !20
  %40 = zext i16 %39 to i32
  %41 = icmp sge i32 %40, 56320
  br i1 %41, label %42, label %65

42:                                               ; preds = %34
  %43 = load ptr, ptr %6, align 8, !tbaa !14
  %44 = load i64, ptr %10, align 8, !tbaa !12
  %45 = add i64 %44, 1
  %46 = getelementptr inbounds nuw i16, ptr %43, i64 %45
  %47 = load i16, ptr %46, align 2, !tbaa !20
  %48 = zext i16 %47 to i32
  %49 = icmp sle i32 %48, 57343
  br i1 %49, label %50, label %65

50:                                               ; preds = %42
  %51 = load i32, ptr %12, align 4, !tbaa !5
  %52 = sub i32 %51, 55296
  %53 = shl i32 %52, 10
  %54 = add i32 65536, %53
  %55 = load ptr, ptr %6, align 8, !tbaa !14
  %56 = load i64, ptr %10, align 8, !tbaa !12
  %57 = add i64 %56, 1
  %58 = getelementptr inbounds nuw i16, ptr %55, i64 %57
  %59 = load i16, ptr %58, align 2, !tbaa !20
  %60 = zext i16 %59 to i32
  %61 = sub i32 %60, 56320
  %62 = add i32 %54, %61
  store i32 %62, ptr %12, align 4, !tbaa !5
  %63 = load i64, ptr %10, align 8, !tbaa !12
  %64 = add i64 %63, 1
  store i64 %64, ptr %10, align 8, !tbaa !12
  br label %69

65:                                               ; preds = %42, %34, %29
  store i32 65533, ptr %12, align 4, !tbaa !5
  %66 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 1
  %67 = load i64, ptr %66, align 8, !tbaa !17
  %68 = add i64 %67, 1
  store i64 %68, ptr %66, align 8, !tbaa !17
  br label %69

69:                                               ; preds = %65, %50
  br label %81

70:                                               ; preds = %26, %18
  %71 = load i32, ptr %12, align 4, !tbaa !5
  %72 = icmp uge i32 %71, 56320
  br i1 %72, label %73, label %80

73:                                               ; preds = %70
  %74 = load i32, ptr %12, align 4, !tbaa !5
  %75 = icmp ule i32 %74, 57343
  br i1 %75, label %76, label %80

76:                                               ; preds = %73
  store i32 65533, ptr %12, align 4, !tbaa !5
  %77 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 1
  %78 = load i64, ptr %77, align 8, !tbaa !17
  %79 = add i64 %78, 1
  store i64 %79, ptr %77, align 8, !tbaa !17
  br label %80

80:                                               ; preds = %76, %73, %70
  br label %81

81:                                               ; preds = %80, %69
  %82 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %83 = load i64, ptr %82, align 8, !tbaa !19
  %84 = add i64 %83, 4
  %85 = load i64, ptr %9, align 8, !tbaa !12
  %86 = icmp ugt i64 %84, %85
  br i1 %86, label %87, label %88

87:                                               ; preds = %81
  store i32 2, ptr %11, align 4
  br label %98

88:                                               ; preds = %81
  %89 = load i32, ptr %12, align 4, !tbaa !5
  %90 = load ptr, ptr %8, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %92 = load i64, ptr %91, align 8, !tbaa !19
  %93 = getelementptr inbounds nuw i8, ptr %90, i64 %92
  %94 = call i64 @utf8_put(i32 noundef %89, ptr noundef %93) #7
  %95 = getelementptr inbounds nuw %struct.ConvStats, ptr %5, i32 0, i32 0
  %96 = load i64, ptr %95, align 8, !tbaa !19
  %97 = add i64 %96, %94
  store i64 %97, ptr %95, align 8, !tbaa !19
  store i32 0, ptr %11, align 4
  br label %98

98:                                               ; preds = %88, %87
  call void @llvm.lifetime.end.p0(ptr %12) #6
  %99 = load i32, ptr %11, align 4
  switch i32 %99, label %104 [
    i32 0, label %100
  ]

100:                                              ; preds = %98
  br label %101

101:                                              ; preds = %100
  %102 = load i64, ptr %10, align 8, !tbaa !12
  %103 = add i64 %102, 1
  store i64 %103, ptr %10, align 8, !tbaa !12
  br label %13, !llvm.loop !27

104:                                              ; preds = %98, %17
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %105

105:                                              ; preds = %104
  %106 = load { i64, i64 }, ptr %5, align 8
  ret { i64, i64 } %106
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @utf8_put(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp ult i32 %6, 128
  br i1 %7, label %8, label %13

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = trunc i32 %9 to i8
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  store i8 %10, ptr %12, align 1, !tbaa !16
  store i64 1, ptr %3, align 8
  br label %79

13:                                               ; preds = %2
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp ult i32 %14, 2048
  br i1 %15, label %16, label %29

16:                                               ; preds = %13
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = lshr i32 %17, 6
  %19 = or i32 192, %18
  %20 = trunc i32 %19 to i8
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = getelementptr inbounds i8, ptr %21, i64 0
  store i8 %20, ptr %22, align 1, !tbaa !16
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = and i32 %23, 63
  %25 = or i32 128, %24
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = getelementptr inbounds i8, ptr %27, i64 1
  store i8 %26, ptr %28, align 1, !tbaa !16
  store i64 2, ptr %3, align 8
  br label %79

29:                                               ; preds = %13
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = icmp ult i32 %30, 65536
  br i1 %31, label %32, label %52

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = lshr i32 %33, 12
  %35 = or i32 224, %34
  %36 = trunc i32 %35 to i8
  %37 = load ptr, ptr %5, align 8, !tbaa !9
  %38 = getelementptr inbounds i8, ptr %37, i64 0
  store i8 %36, ptr %38, align 1, !tbaa !16
  %39 = load i32, ptr %4, align 4, !tbaa !5
  %40 = lshr i32 %39, 6
  %41 = and i32 %40, 63
  %42 = or i32 128, %41
  %43 = trunc i32 %42 to i8
  %44 = load ptr, ptr %5, align 8, !tbaa !9
  %45 = getelementptr inbounds i8, ptr %44, i64 1
  store i8 %43, ptr %45, align 1, !tbaa !16
  %46 = load i32, ptr %4, align 4, !tbaa !5
  %47 = and i32 %46, 63
  %48 = or i32 128, %47
  %49 = trunc i32 %48 to i8
  %50 = load ptr, ptr %5, align 8, !tbaa !9
  %51 = getelementptr inbounds i8, ptr %50, i64 2
  store i8 %49, ptr %51, align 1, !tbaa !16
  store i64 3, ptr %3, align 8
  br label %79

52:                                               ; preds = %29
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = lshr i32 %53, 18
  %55 = or i32 240, %54
  %56 = trunc i32 %55 to i8
  %57 = load ptr, ptr %5, align 8, !tbaa !9
  %58 = getelementptr inbounds i8, ptr %57, i64 0
  store i8 %56, ptr %58, align 1, !tbaa !16
  %59 = load i32, ptr %4, align 4, !tbaa !5
  %60 = lshr i32 %59, 12
  %61 = and i32 %60, 63
  %62 = or i32 128, %61
  %63 = trunc i32 %62 to i8
  %64 = load ptr, ptr %5, align 8, !tbaa !9
  %65 = getelementptr inbounds i8, ptr %64, i64 1
  store i8 %63, ptr %65, align 1, !tbaa !16
  %66 = load i32, ptr %4, align 4, !tbaa !5
  %67 = lshr i32 %66, 6
  %68 = and i32 %67, 63
  %69 = or i32 128, %68
  %70 = trunc i32 %69 to i8
  %71 = load ptr, ptr %5, align 8, !tbaa !9
  %72 = getelementptr inbounds i8, ptr %71, i64 2
  store i8 %70, ptr %72, align 1, !tbaa !16
  %73 = load i32, ptr %4, align 4, !tbaa !5
  %74 = and i32 %73, 63
  %75 = or i32 128, %74
  %76 = trunc i32 %75 to i8
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = getelementptr inbounds i8, ptr %77, i64 3
  store i8 %76, ptr %78, align 1, !tbaa !16
  store i64 4, ptr %3, align 8
  br label %79

79:                                               ; preds = %52, %32, %16, %8
  %80 = load i64, ptr %3, align 8
  ret i64 %80
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i16], align 16
  %3 = alloca [512 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca %struct.ConvStats, align 8
  %9 = alloca %struct.ConvStats, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca [7 x i16], align 2
  %13 = alloca %struct.ConvStats, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca [4 x i8], align 1
  %19 = alloca i64, align 8
  %20 = alloca %struct.ConvStats, align 8
  %21 = alloca %struct.ConvStats, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %22

22:                                               ; preds = %105, %0
  %23 = load i64, ptr %5, align 8, !tbaa !12
  %24 = icmp ult i64 %23, 9
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %108

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %27 = load i64, ptr %5, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw [9 x %struct.anon], ptr @main.tests, i64 0, i64 %27
  %29 = getelementptr inbounds nuw %struct.anon, ptr %28, i32 0, i32 1
  %30 = load ptr, ptr %29, align 8, !tbaa !28
  %31 = call i64 @strlen(ptr noundef %30) #8
  store i64 %31, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %32 = load i64, ptr %5, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw [9 x %struct.anon], ptr @main.tests, i64 0, i64 %32
  %34 = getelementptr inbounds nuw %struct.anon, ptr %33, i32 0, i32 1
  %35 = load ptr, ptr %34, align 8, !tbaa !28
  %36 = load i64, ptr %7, align 8, !tbaa !12
  %37 = getelementptr inbounds [256 x i16], ptr %2, i64 0, i64 0
  %38 = call { i64, i64 } @utf8_to_utf16(ptr noundef %35, i64 noundef %36, ptr noundef %37, i64 noundef 256) #7
  %39 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 0
  %40 = extractvalue { i64, i64 } %38, 0
  store i64 %40, ptr %39, align 8
  %41 = getelementptr inbounds nuw { i64, i64 }, ptr %8, i32 0, i32 1
  %42 = extractvalue { i64, i64 } %38, 1
  store i64 %42, ptr %41, align 8
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %43 = getelementptr inbounds [256 x i16], ptr %2, i64 0, i64 0
  %44 = getelementptr inbounds nuw %struct.ConvStats, ptr %8, i32 0, i32 0
  %45 = load i64, ptr %44, align 8, !tbaa !19
  %46 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %47 = call { i64, i64 } @utf16_to_utf8(ptr noundef %43, i64 noundef %45, ptr noundef %46, i64 noundef 512) #7
  %48 = getelementptr inbounds nuw { i64, i64 }, ptr %9, i32 0, i32 0
  %49 = extractvalue { i64, i64 } %47, 0
  store i64 %49, ptr %48, align 8
  %50 = getelementptr inbounds nuw { i64, i64 }, ptr %9, i32 0, i32 1
  %51 = extractvalue { i64, i64 } %47, 1
  store i64 %51, ptr %50, align 8
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %52 = getelementptr inbounds nuw %struct.ConvStats, ptr %9, i32 0, i32 0
  %53 = load i64, ptr %52, align 8, !tbaa !19
  %54 = load i64, ptr %7, align 8, !tbaa !12
  %55 = icmp eq i64 %53, %54
  br i1 %55, label %56, label %65

56:                                               ; preds = %26
  %57 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %58 = load i64, ptr %5, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw [9 x %struct.anon], ptr @main.tests, i64 0, i64 %58
  %60 = getelementptr inbounds nuw %struct.anon, ptr %59, i32 0, i32 1
  %61 = load ptr, ptr %60, align 8, !tbaa !28
  %62 = load i64, ptr %7, align 8, !tbaa !12
  %63 = call i32 @memcmp(ptr noundef %57, ptr noundef %61, i64 noundef %62) #8
  %64 = icmp eq i32 %63, 0
  br label %65

65:                                               ; preds = %56, %26
  %66 = phi i1 [ false, %26 ], [ %64, %56 ]
  %67 = zext i1 %66 to i32
  store i32 %67, ptr %10, align 4, !tbaa !5
  %68 = load i64, ptr %5, align 8, !tbaa !12
  %69 = getelementptr inbounds nuw [9 x %struct.anon], ptr @main.tests, i64 0, i64 %68
  %70 = getelementptr inbounds nuw %struct.anon, ptr %69, i32 0, i32 0
  %71 = load ptr, ptr %70, align 16, !tbaa !30
  %72 = load i64, ptr %7, align 8, !tbaa !12
  %73 = getelementptr inbounds nuw %struct.ConvStats, ptr %8, i32 0, i32 0
  %74 = load i64, ptr %73, align 8, !tbaa !19
  %75 = getelementptr inbounds nuw %struct.ConvStats, ptr %8, i32 0, i32 1
  %76 = load i64, ptr %75, align 8, !tbaa !17
  %77 = getelementptr inbounds nuw %struct.ConvStats, ptr %9, i32 0, i32 0
  %78 = load i64, ptr %77, align 8, !tbaa !19
  %79 = load i32, ptr %10, align 4, !tbaa !5
  %80 = icmp ne i32 %79, 0
  %81 = zext i1 %80 to i64
  %82 = select i1 %80, ptr @.str.19, ptr @.str.20
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, ptr noundef %71, i64 noundef %72, i64 noundef %74, i64 noundef %76, i64 noundef %78, ptr noundef %82) #7
  %84 = getelementptr inbounds [256 x i16], ptr %2, i64 0, i64 0
  %85 = getelementptr inbounds nuw %struct.ConvStats, ptr %8, i32 0, i32 0
  %86 = load i64, ptr %85, align 8, !tbaa !19
  call void @print_units(ptr noundef %84, i64 noundef %86) #7
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %87

87:                                               ; preds = %101, %65
  %88 = load i64, ptr %11, align 8, !tbaa !12
  %89 = getelementptr inbounds nuw %struct.ConvStats, ptr %8, i32 0, i32 0
  %90 = load i64, ptr %89, align 8, !tbaa !19
  %91 = icmp ult i64 %88, %90
  br i1 %91, label %93, label %92

92:                                               ; preds = %87
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %104

93:                                               ; preds = %87
  %94 = load i32, ptr %4, align 4, !tbaa !5
  %95 = mul i32 %94, 131
  %96 = load i64, ptr %11, align 8, !tbaa !12
  %97 = getelementptr inbounds nuw [256 x i16], ptr %2, i64 0, i64 %96
  %98 = load i16, ptr %97, align 2, !tbaa !20
  %99 = zext i16 %98 to i32
  %100 = add i32 %95, %99
  store i32 %100, ptr %4, align 4, !tbaa !5
  br label %101

101:                                              ; preds = %93
  %102 = load i64, ptr %11, align 8, !tbaa !12
  %103 = add i64 %102, 1
  store i64 %103, ptr %11, align 8, !tbaa !12
  br label %87, !llvm.loop !31

104:                                              ; preds = %92
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %105

105:                                              ; preds = %104
  %106 = load i64, ptr %5, align 8, !tbaa !12
  %107 = add i64 %106, 1
  store i64 %107, ptr %5, align 8, !tbaa !12
  br label %22, !llvm.loop !32

108:                                              ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %12) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %12, ptr align 2 @__const.main.broken, i64 14, i1 false)
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %109 = getelementptr inbounds [7 x i16], ptr %12, i64 0, i64 0
  %110 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %111 = call { i64, i64 } @utf16_to_utf8(ptr noundef %109, i64 noundef 7, ptr noundef %110, i64 noundef 512) #7
  %112 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 0
  %113 = extractvalue { i64, i64 } %111, 0
  store i64 %113, ptr %112, align 8
  %114 = getelementptr inbounds nuw { i64, i64 }, ptr %13, i32 0, i32 1
  %115 = extractvalue { i64, i64 } %111, 1
  store i64 %115, ptr %114, align 8
  %116 = getelementptr inbounds nuw %struct.ConvStats, ptr %13, i32 0, i32 0
  %117 = load i64, ptr %116, align 8, !tbaa !19
  %118 = getelementptr inbounds nuw %struct.ConvStats, ptr %13, i32 0, i32 1
  %119 = load i64, ptr %118, align 8, !tbaa !17
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.21, i64 noundef %117, i64 noundef %119) #7
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i64 0, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i64 0, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i64 0, ptr %16, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store i32 1, ptr %17, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %180, %108
  %122 = load i32, ptr %17, align 4, !tbaa !5
  %123 = icmp ule i32 %122, 1114111
  br i1 %123, label %125, label %124

124:                                              ; preds = %121
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %183

125:                                              ; preds = %121
  %126 = load i32, ptr %17, align 4, !tbaa !5
  %127 = icmp uge i32 %126, 55296
  br i1 %127, label %128, label %132

128:                                              ; preds = %125
  %129 = load i32, ptr %17, align 4, !tbaa !5
  %130 = icmp ule i32 %129, 57343
  br i1 %130, label %131, label %132

131:                                              ; preds = %128
  br label %180

132:                                              ; preds = %128, %125
  call void @llvm.lifetime.start.p0(ptr %18) #6
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %133 = load i32, ptr %17, align 4, !tbaa !5
  %134 = getelementptr inbounds [4 x i8], ptr %18, i64 0, i64 0
  %135 = call i64 @utf8_put(i32 noundef %133, ptr noundef %134) #7
  store i64 %135, ptr %19, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %20) #6
  %136 = getelementptr inbounds [4 x i8], ptr %18, i64 0, i64 0
  %137 = load i64, ptr %19, align 8, !tbaa !12
  %138 = getelementptr inbounds [256 x i16], ptr %2, i64 0, i64 0
  %139 = call { i64, i64 } @utf8_to_utf16(ptr noundef %136, i64 noundef %137, ptr noundef %138, i64 noundef 4) #7
  %140 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 0
  %141 = extractvalue { i64, i64 } %139, 0
  store i64 %141, ptr %140, align 8
  %142 = getelementptr inbounds nuw { i64, i64 }, ptr %20, i32 0, i32 1
  %143 = extractvalue { i64, i64 } %139, 1
  store i64 %143, ptr %142, align 8
  call void @llvm.lifetime.start.p0(ptr %21) #6
  %144 = getelementptr inbounds [256 x i16], ptr %2, i64 0, i64 0
  %145 = getelementptr inbounds nuw %struct.ConvStats, ptr %20, i32 0, i32 0
  %146 = load i64, ptr %145, align 8, !tbaa !19
  %147 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %148 = call { i64, i64 } @utf16_to_utf8(ptr noundef %144, i64 noundef %146, ptr noundef %147, i64 noundef 8) #7
  %149 = getelementptr inbounds nuw { i64, i64 }, ptr %21, i32 0, i32 0
  %150 = extractvalue { i64, i64 } %148, 0
  store i64 %150, ptr %149, align 8
  %151 = getelementptr inbounds nuw { i64, i64 }, ptr %21, i32 0, i32 1
  %152 = extractvalue { i64, i64 } %148, 1
  store i64 %152, ptr %151, align 8
  %153 = getelementptr inbounds nuw %struct.ConvStats, ptr %20, i32 0, i32 1
  %154 = load i64, ptr %153, align 8, !tbaa !17
  %155 = icmp ne i64 %154, 0
  br i1 %155, label %171, label %156

156:                                              ; preds = %132
  %157 = getelementptr inbounds nuw %struct.ConvStats, ptr %21, i32 0, i32 1
  %158 = load i64, ptr %157, align 8, !tbaa !17
  %159 = icmp ne i64 %158, 0
  br i1 %159, label %171, label %160

160:                                              ; preds = %156
  %161 = getelementptr inbounds nuw %struct.ConvStats, ptr %21, i32 0, i32 0
  %162 = load i64, ptr %161, align 8, !tbaa !19
  %163 = load i64, ptr %19, align 8, !tbaa !12
  %164 = icmp ne i64 %162, %163
  br i1 %164, label %171, label %165

165:                                              ; preds = %160
  %166 = getelementptr inbounds [4 x i8], ptr %18, i64 0, i64 0
  %167 = getelementptr inbounds [512 x i8], ptr %3, i64 0, i64 0
  %168 = load i64, ptr %19, align 8, !tbaa !12
  %169 = call i32 @memcmp(ptr noundef %166, ptr noundef %167, i64 noundef %168) #8
  %170 = icmp ne i32 %169, 0
  br i1 %170, label %171, label %174

171:                                              ; preds = %165, %160, %156, %132
  %172 = load i64, ptr %15, align 8, !tbaa !12
  %173 = add i64 %172, 1
  store i64 %173, ptr %15, align 8, !tbaa !12
  br label %174

174:                                              ; preds = %171, %165
  %175 = load i64, ptr %19, align 8, !tbaa !12
  %176 = load i64, ptr %16, align 8, !tbaa !12
  %177 = add i64 %176, %175
  store i64 %177, ptr %16, align 8, !tbaa !12
  %178 = load i64, ptr %14, align 8, !tbaa !12
  %179 = add i64 %178, 1
  store i64 %179, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %21) #6
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  br label %180

180:                                              ; preds = %174, %131
  %181 = load i32, ptr %17, align 4, !tbaa !5
  %182 = add i32 %181, 97
  store i32 %182, ptr %17, align 4, !tbaa !5
  br label %121, !llvm.loop !33

183:                                              ; preds = %124
  %184 = load i64, ptr %14, align 8, !tbaa !12
  %185 = load i64, ptr %16, align 8, !tbaa !12
  %186 = load i64, ptr %15, align 8, !tbaa !12
  %187 = load i32, ptr %4, align 4, !tbaa !5
  %188 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i64 noundef %184, i64 noundef %185, i64 noundef %186, i32 noundef %187) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %189 = load i32, ptr %1, align 4
  ret i32 %189
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_units(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !14
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %6

6:                                                ; preds = %27, %2
  %7 = load i64, ptr %5, align 8, !tbaa !12
  %8 = load i64, ptr %4, align 8, !tbaa !12
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %10, label %13

10:                                               ; preds = %6
  %11 = load i64, ptr %5, align 8, !tbaa !12
  %12 = icmp ult i64 %11, 12
  br label %13

13:                                               ; preds = %10, %6
  %14 = phi i1 [ false, %6 ], [ %12, %10 ]
  br i1 %14, label %16, label %15

15:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %30

16:                                               ; preds = %13
  %17 = load i64, ptr %5, align 8, !tbaa !12
  %18 = icmp ne i64 %17, 0
  %19 = zext i1 %18 to i64
  %20 = select i1 %18, ptr @.str.24, ptr @.str.25
  %21 = load ptr, ptr %3, align 8, !tbaa !14
  %22 = load i64, ptr %5, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i16, ptr %21, i64 %22
  %24 = load i16, ptr %23, align 2, !tbaa !20
  %25 = zext i16 %24 to i32
  %26 = call i32 (ptr, ...) @printf(ptr noundef @.str.23, ptr noundef %20, i32 noundef %25) #7
  br label %27

27:                                               ; preds = %16
  %28 = load i64, ptr %5, align 8, !tbaa !12
  %29 = add i64 %28, 1
  store i64 %29, ptr %5, align 8, !tbaa !12
  br label %6, !llvm.loop !34

30:                                               ; preds = %15
  %31 = load i64, ptr %4, align 8, !tbaa !12
  %32 = icmp ugt i64 %31, 12
  br i1 %32, label %33, label %35

33:                                               ; preds = %30
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str.26) #7
  br label %35

35:                                               ; preds = %33, %30
  %36 = call i32 (ptr, ...) @printf(ptr noundef @.str.27) #7
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 short", !11, i64 0}
!16 = !{!7, !7, i64 0}
!17 = !{!18, !13, i64 8}
!18 = !{!"", !13, i64 0, !13, i64 8}
!19 = !{!18, !13, i64 0}
!20 = !{!21, !21, i64 0}
!21 = !{!"short", !7, i64 0}
!22 = distinct !{!22, !23}
!23 = !{!"llvm.loop.mustprogress"}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 int", !11, i64 0}
!26 = distinct !{!26, !23}
!27 = distinct !{!27, !23}
!28 = !{!29, !10, i64 8}
!29 = !{!"", !10, i64 0, !10, i64 8}
!30 = !{!29, !10, i64 0}
!31 = distinct !{!31, !23}
!32 = distinct !{!32, !23}
!33 = distinct !{!33, !23}
!34 = distinct !{!34, !23}
