; ModuleID = 'utf8_decode.c'
source_filename = "utf8_decode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.text = internal global [16384 x i8] zeroinitializer, align 16
@main.back = internal global [16384 x i8] zeroinitializer, align 16
@main.wide = internal global [16384 x i16] zeroinitializer, align 16
@main.badseq = internal constant [18 x i8] c"\C0\AF\E0\80\AF\ED\A0\80\F4\90\80\80\80\FFok\E2\82", align 16
@.str = private unnamed_addr constant [46 x i8] c"bytes=%zu cps=%zu ascii=%u 2b=%u 3b=%u 4b=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"utf16=%zu roundtrip=%d errors=%u bad=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @utf8_decode_one(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds i8, ptr %14, i64 0
  %16 = load i8, ptr %15, align 1, !tbaa !16
  store i8 %16, ptr %8, align 1, !tbaa !16
  %17 = load i8, ptr %8, align 1, !tbaa !16
  %18 = zext i8 %17 to i32
  %19 = icmp slt i32 %18, 128
  br i1 %19, label %20, label %24

20:                                               ; preds = %3
  %21 = load i8, ptr %8, align 1, !tbaa !16
  %22 = zext i8 %21 to i32
  %23 = load ptr, ptr %7, align 8, !tbaa !14
  store i32 %22, ptr %23, align 4, !tbaa !5
  store i32 1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %116

24:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %10) #5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %25 = load i8, ptr %8, align 1, !tbaa !16
  %26 = zext i8 %25 to i32
  %27 = and i32 %26, 224
  %28 = icmp eq i32 %27, 192
  br i1 %28, label %29, label %33

29:                                               ; preds = %24
  store i32 1, ptr %10, align 4, !tbaa !5
  store i32 128, ptr %11, align 4, !tbaa !5
  %30 = load i8, ptr %8, align 1, !tbaa !16
  %31 = zext i8 %30 to i32
  %32 = and i32 %31, 31
  store i32 %32, ptr %12, align 4, !tbaa !5
  br label %55

33:                                               ; preds = %24
  %34 = load i8, ptr %8, align 1, !tbaa !16
  %35 = zext i8 %34 to i32
  %36 = and i32 %35, 240
  %37 = icmp eq i32 %36, 224
  br i1 %37, label %38, label %42

38:                                               ; preds = %33
  store i32 2, ptr %10, align 4, !tbaa !5
  store i32 2048, ptr %11, align 4, !tbaa !5
  %39 = load i8, ptr %8, align 1, !tbaa !16
  %40 = zext i8 %39 to i32
  %41 = and i32 %40, 15
  store i32 %41, ptr %12, align 4, !tbaa !5
  br label %54

42:                                               ; preds = %33
  %43 = load i8, ptr %8, align 1, !tbaa !16
  %44 = zext i8 %43 to i32
  %45 = and i32 %44, 248
  %46 = icmp eq i32 %45, 240
  br i1 %46, label %47, label %51

47:                                               ; preds = %42
  store i32 3, ptr %10, align 4, !tbaa !5
  store i32 65536, ptr %11, align 4, !tbaa !5
  %48 = load i8, ptr %8, align 1, !tbaa !16
  %49 = zext i8 %48 to i32
  %50 = and i32 %49, 7
  store i32 %50, ptr %12, align 4, !tbaa !5
  br label %53

51:                                               ; preds = %42
  %52 = load ptr, ptr %7, align 8, !tbaa !14
  store i32 65533, ptr %52, align 4, !tbaa !5
  store i32 1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %115

53:                                               ; preds = %47
  br label %54

54:                                               ; preds = %53, %38
  br label %55

55:                                               ; preds = %54, %29
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = load i64, ptr %6, align 8, !tbaa !12
  %59 = icmp uge i64 %57, %58
  br i1 %59, label %60, label %62

60:                                               ; preds = %55
  %61 = load ptr, ptr %7, align 8, !tbaa !14
  store i32 65533, ptr %61, align 4, !tbaa !5
  store i32 1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %115

62:                                               ; preds = %55
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 1, ptr %13, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %91, %62
  %64 = load i32, ptr %13, align 4, !tbaa !5
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = icmp sle i32 %64, %65
  br i1 %66, label %68, label %67

67:                                               ; preds = %63
  store i32 2, ptr %9, align 4
  br label %94

68:                                               ; preds = %63
  %69 = load ptr, ptr %5, align 8, !tbaa !9
  %70 = load i32, ptr %13, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i8, ptr %69, i64 %71
  %73 = load i8, ptr %72, align 1, !tbaa !16
  %74 = zext i8 %73 to i32
  %75 = and i32 %74, 192
  %76 = icmp ne i32 %75, 128
  br i1 %76, label %77, label %80

77:                                               ; preds = %68
  %78 = load ptr, ptr %7, align 8, !tbaa !14
  store i32 65533, ptr %78, align 4, !tbaa !5
  %79 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %79, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %94

80:                                               ; preds = %68
  %81 = load i32, ptr %12, align 4, !tbaa !5
  %82 = shl i32 %81, 6
  %83 = load ptr, ptr %5, align 8, !tbaa !9
  %84 = load i32, ptr %13, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i8, ptr %83, i64 %85
  %87 = load i8, ptr %86, align 1, !tbaa !16
  %88 = zext i8 %87 to i32
  %89 = and i32 %88, 63
  %90 = or i32 %82, %89
  store i32 %90, ptr %12, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %80
  %92 = load i32, ptr %13, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %13, align 4, !tbaa !5
  br label %63, !llvm.loop !17

94:                                               ; preds = %77, %67
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %95 = load i32, ptr %9, align 4
  switch i32 %95, label %115 [
    i32 2, label %96
  ]

96:                                               ; preds = %94
  %97 = load i32, ptr %12, align 4, !tbaa !5
  %98 = load i32, ptr %11, align 4, !tbaa !5
  %99 = icmp ult i32 %97, %98
  br i1 %99, label %109, label %100

100:                                              ; preds = %96
  %101 = load i32, ptr %12, align 4, !tbaa !5
  %102 = icmp ugt i32 %101, 1114111
  br i1 %102, label %109, label %103

103:                                              ; preds = %100
  %104 = load i32, ptr %12, align 4, !tbaa !5
  %105 = icmp uge i32 %104, 55296
  br i1 %105, label %106, label %110

106:                                              ; preds = %103
  %107 = load i32, ptr %12, align 4, !tbaa !5
  %108 = icmp ule i32 %107, 57343
  br i1 %108, label %109, label %110

109:                                              ; preds = %106, %100, %96
  store i32 65533, ptr %12, align 4, !tbaa !5
  br label %110

110:                                              ; preds = %109, %106, %103
  %111 = load i32, ptr %12, align 4, !tbaa !5
  %112 = load ptr, ptr %7, align 8, !tbaa !14
  store i32 %111, ptr %112, align 4, !tbaa !5
  %113 = load i32, ptr %10, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %115

115:                                              ; preds = %110, %94, %60, %51
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %116

116:                                              ; preds = %115, %20
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %117 = load i32, ptr %4, align 4
  ret i32 %117
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @utf8_encode_one(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
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
  store i32 1, ptr %3, align 4
  br label %92

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
  store i32 2, ptr %3, align 4
  br label %92

29:                                               ; preds = %13
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = icmp uge i32 %30, 55296
  br i1 %31, label %32, label %36

32:                                               ; preds = %29
  %33 = load i32, ptr %4, align 4, !tbaa !5
  %34 = icmp ule i32 %33, 57343
  br i1 %34, label %35, label %36

35:                                               ; preds = %32
  store i32 65533, ptr %4, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %35, %32, %29
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = icmp ult i32 %37, 65536
  br i1 %38, label %39, label %59

39:                                               ; preds = %36
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = lshr i32 %40, 12
  %42 = or i32 224, %41
  %43 = trunc i32 %42 to i8
  %44 = load ptr, ptr %5, align 8, !tbaa !9
  %45 = getelementptr inbounds i8, ptr %44, i64 0
  store i8 %43, ptr %45, align 1, !tbaa !16
  %46 = load i32, ptr %4, align 4, !tbaa !5
  %47 = lshr i32 %46, 6
  %48 = and i32 %47, 63
  %49 = or i32 128, %48
  %50 = trunc i32 %49 to i8
  %51 = load ptr, ptr %5, align 8, !tbaa !9
  %52 = getelementptr inbounds i8, ptr %51, i64 1
  store i8 %50, ptr %52, align 1, !tbaa !16
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = and i32 %53, 63
  %55 = or i32 128, %54
  %56 = trunc i32 %55 to i8
  %57 = load ptr, ptr %5, align 8, !tbaa !9
  %58 = getelementptr inbounds i8, ptr %57, i64 2
  store i8 %56, ptr %58, align 1, !tbaa !16
  store i32 3, ptr %3, align 4
  br label %92

59:                                               ; preds = %36
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = icmp ugt i32 %60, 1114111
  br i1 %61, label %62, label %65

62:                                               ; preds = %59
  %63 = load ptr, ptr %5, align 8, !tbaa !9
  %64 = call i32 @utf8_encode_one(i32 noundef 65533, ptr noundef %63) #6
  store i32 %64, ptr %3, align 4
  br label %92

65:                                               ; preds = %59
  %66 = load i32, ptr %4, align 4, !tbaa !5
  %67 = lshr i32 %66, 18
  %68 = or i32 240, %67
  %69 = trunc i32 %68 to i8
  %70 = load ptr, ptr %5, align 8, !tbaa !9
  %71 = getelementptr inbounds i8, ptr %70, i64 0
  store i8 %69, ptr %71, align 1, !tbaa !16
  %72 = load i32, ptr %4, align 4, !tbaa !5
  %73 = lshr i32 %72, 12
  %74 = and i32 %73, 63
  %75 = or i32 128, %74
  %76 = trunc i32 %75 to i8
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = getelementptr inbounds i8, ptr %77, i64 1
  store i8 %76, ptr %78, align 1, !tbaa !16
  %79 = load i32, ptr %4, align 4, !tbaa !5
  %80 = lshr i32 %79, 6
  %81 = and i32 %80, 63
  %82 = or i32 128, %81
  %83 = trunc i32 %82 to i8
  %84 = load ptr, ptr %5, align 8, !tbaa !9
  %85 = getelementptr inbounds i8, ptr %84, i64 2
  store i8 %83, ptr %85, align 1, !tbaa !16
  %86 = load i32, ptr %4, align 4, !tbaa !5
  %87 = and i32 %86, 63
  %88 = or i32 128, %87
  %89 = trunc i32 %88 to i8
  %90 = load ptr, ptr %5, align 8, !tbaa !9
  %91 = getelementptr inbounds i8, ptr %90, i64 3
  store i8 %89, ptr %91, align 1, !tbaa !16
  store i32 4, ptr %3, align 4
  br label %92

92:                                               ; preds = %65, %62, %39, %16, %8
  %93 = load i32, ptr %3, align 4
  ret i32 %93
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @utf8_to_utf16(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !19
  store i64 %3, ptr %9, align 8, !tbaa !12
  store ptr %4, ptr %10, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i64 0, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 0, ptr %12, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %71, %5
  %15 = load i64, ptr %11, align 8, !tbaa !12
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = icmp ult i64 %15, %16
  br i1 %17, label %18, label %23

18:                                               ; preds = %14
  %19 = load i64, ptr %12, align 8, !tbaa !12
  %20 = add i64 %19, 2
  %21 = load i64, ptr %9, align 8, !tbaa !12
  %22 = icmp ule i64 %20, %21
  br label %23

23:                                               ; preds = %18, %14
  %24 = phi i1 [ false, %14 ], [ %22, %18 ]
  br i1 %24, label %25, label %72

25:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = load i64, ptr %11, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw i8, ptr %26, i64 %27
  %29 = load i64, ptr %7, align 8, !tbaa !12
  %30 = load i64, ptr %11, align 8, !tbaa !12
  %31 = sub i64 %29, %30
  %32 = call i32 @utf8_decode_one(ptr noundef %28, i64 noundef %31, ptr noundef %13) #6
  %33 = sext i32 %32 to i64
  %34 = load i64, ptr %11, align 8, !tbaa !12
  %35 = add i64 %34, %33
  store i64 %35, ptr %11, align 8, !tbaa !12
  %36 = load i32, ptr %13, align 4, !tbaa !5
  %37 = icmp eq i32 %36, 65533
  br i1 %37, label %38, label %42

38:                                               ; preds = %25
  %39 = load ptr, ptr %10, align 8, !tbaa !14
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = add i32 %40, 1
  store i32 %41, ptr %39, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %38, %25
  %43 = load i32, ptr %13, align 4, !tbaa !5
  %44 = icmp uge i32 %43, 65536
  br i1 %44, label %45, label %64

45:                                               ; preds = %42
  %46 = load i32, ptr %13, align 4, !tbaa !5
  %47 = sub i32 %46, 65536
  store i32 %47, ptr %13, align 4, !tbaa !5
  %48 = load i32, ptr %13, align 4, !tbaa !5
  %49 = lshr i32 %48, 10
  %50 = add i32 55296, %49
  %51 = trunc i32 %50 to i16
  %52 = load ptr, ptr %8, align 8, !tbaa !19
  %53 = load i64, ptr %12, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %12, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw i16, ptr %52, i64 %53
  store i16 %51, ptr %55, align 2, !tbaa !21
  %56 = load i32, ptr %13, align 4, !tbaa !5
  %57 = and i32 %56, 1023
  %58 = add i32 56320, %57
  %59 = trunc i32 %58 to i16
  %60 = load ptr, ptr %8, align 8, !tbaa !19
  %61 = load i64, ptr %12, align 8, !tbaa !12
  %62 = add i64 %61, 1
  store i64 %62, ptr %12, align 8, !tbaa !12
  %63 = getelementptr inbounds nuw i16, ptr %60, i64 %61
  store i16 %59, ptr %63, align 2, !tbaa !21
  br label %71

64:                                               ; preds = %42
  %65 = load i32, ptr %13, align 4, !tbaa !5
  %66 = trunc i32 %65 to i16
  %67 = load ptr, ptr %8, align 8, !tbaa !19
  %68 = load i64, ptr %12, align 8, !tbaa !12
  %69 = add i64 %68, 1
  store i64 %69, ptr %12, align 8, !tbaa !12
  %70 = getelementptr inbounds nuw i16, ptr %67, i64 %68
  store i16 %66, ptr %70, align 2, !tbaa !21
  br label %71

71:                                               ; preds = %64, %45
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %14, !llvm.loop !23

72:                                               ; preds = %23
  %73 = load i64, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  ret i64 %73
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @utf16_to_utf8(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !19
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %71, %3
  %11 = load i64, ptr %8, align 8, !tbaa !12
  %12 = load i64, ptr %5, align 8, !tbaa !12
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %74

15:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %16 = load ptr, ptr %4, align 8, !tbaa !19
  %17 = load i64, ptr %8, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw i16, ptr %16, i64 %17
  %19 = load i16, ptr %18, align 2, !tbaa !21
  %20 = zext i16 %19 to i32
  store i32 %20, ptr %9, align 4, !tbaa !5
  %21 = load i32, ptr %9, align 4, !tbaa !5
  %22 = icmp uge i32 %21, 55296
  br i1 %22, label %23, label %62

23:                                               ; preds = %15
  %24 = load i32, ptr %9, align 4, !tbaa !5
  %25 = icmp ule i32 %24, 56319
  br i1 %25, label %26, label %62

26:                                               ; preds = %23
  %27 = load i64, ptr %8, align 8, !tbaa !12
  %28 = add i64 %27, 1
  %29 = load i64, ptr %5, align 8, !tbaa !12
  %30 = icmp ult i64 %28, %29
  br i1 %30, label %31, label %62

31:                                               ; preds = %26
  %32 = load ptr, ptr %4, align 8, !tbaa !19
  %33 = load i64, ptr %8, align 8, !tbaa !12
  %34 = add i64 %33, 1
  %35 = getelementptr inbounds nuw i16, ptr %32, i64 %34
  %36 = load i16, ptr %35, align 2, !tbaa !21
  %37 = zext i16 %36 to i32
  %38 = icmp sge i32 %37, 56320
  br i1 %38, label %39, label %62

39:                                               ; preds = %31
  %40 = load ptr, ptr %4, align 8, !tbaa !19
  %41 = load i64, ptr %8, align 8, !tbaa !12
  %42 = add i64 %41, 1
  %43 = getelementptr inbounds nuw i16, ptr %40, i64 %42
  %44 = load i16, ptr %43, align 2, !tbaa !21
  %45 = zext i16 %44 to i32
  %46 = icmp sle i32 %45, 57343
  br i1 %46, label %47, label %62

47:                                               ; preds = %39
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = sub i32 %48, 55296
  %50 = shl i32 %49, 10
  %51 = add i32 65536, %50
  %52 = load ptr, ptr %4, align 8, !tbaa !19
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = add i64 %53, 1
  %55 = getelementptr inbounds nuw i16, ptr %52, i64 %54
  %56 = load i16, ptr %55, align 2, !tbaa !21
  %57 = zext i16 %56 to i32
  %58 = sub i32 %57, 56320
  %59 = add i32 %51, %58
  store i32 %59, ptr %9, align 4, !tbaa !5
  %60 = load i64, ptr %8, align 8, !tbaa !12
  %61 = add i64 %60, 1
  store i64 %61, ptr %8, align 8, !tbaa !12
  br label %62

62:                                               ; preds = %47, %39, %31, %26, %23, %15
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = load ptr, ptr %6, align 8, !tbaa !9
  %65 = load i64, ptr %7, align 8, !tbaa !12
  %66 = getelementptr inbounds nuw i8, ptr %64, i64 %65
  %67 = call i32 @utf8_encode_one(i32 noundef %63, ptr noundef %66) #6
  %68 = sext i32 %67 to i64
  %69 = load i64, ptr %7, align 8, !tbaa !12
  %70 = add i64 %69, %68
  store i64 %70, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %71

71:                                               ; preds = %62
  %72 = load i64, ptr %8, align 8, !tbaa !12
  %73 = add i64 %72, 1
  store i64 %73, ptr %8, align 8, !tbaa !12
  br label %10, !llvm.loop !24

74:                                               ; preds = %14
  %75 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i64 %75
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca [4 x i32], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 625341585, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %63, %0
  %15 = load i64, ptr %3, align 8, !tbaa !12
  %16 = add i64 %15, 4
  %17 = icmp ult i64 %16, 16384
  br i1 %17, label %18, label %71

18:                                               ; preds = %14
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = shl i32 %19, 13
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = xor i32 %21, %20
  store i32 %22, ptr %2, align 4, !tbaa !5
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = lshr i32 %23, 17
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = xor i32 %25, %24
  store i32 %26, ptr %2, align 4, !tbaa !5
  %27 = load i32, ptr %2, align 4, !tbaa !5
  %28 = shl i32 %27, 5
  %29 = load i32, ptr %2, align 4, !tbaa !5
  %30 = xor i32 %29, %28
  store i32 %30, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = and i32 %31, 7
  switch i32 %32, label %58 [
    i32 0, label %33
    i32 1, label %33
    i32 2, label %33
    i32 3, label %38
    i32 4, label %43
    i32 5, label %48
    i32 6, label %53
  ]

33:                                               ; preds = %18, %18, %18
  %34 = load i32, ptr %2, align 4, !tbaa !5
  %35 = lshr i32 %34, 8
  %36 = urem i32 %35, 95
  %37 = add i32 32, %36
  store i32 %37, ptr %4, align 4, !tbaa !5
  br label %63

38:                                               ; preds = %18
  %39 = load i32, ptr %2, align 4, !tbaa !5
  %40 = lshr i32 %39, 8
  %41 = urem i32 %40, 1792
  %42 = add i32 160, %41
  store i32 %42, ptr %4, align 4, !tbaa !5
  br label %63

43:                                               ; preds = %18
  %44 = load i32, ptr %2, align 4, !tbaa !5
  %45 = lshr i32 %44, 8
  %46 = urem i32 %45, 256
  %47 = add i32 12352, %46
  store i32 %47, ptr %4, align 4, !tbaa !5
  br label %63

48:                                               ; preds = %18
  %49 = load i32, ptr %2, align 4, !tbaa !5
  %50 = lshr i32 %49, 8
  %51 = urem i32 %50, 80
  %52 = add i32 128512, %51
  store i32 %52, ptr %4, align 4, !tbaa !5
  br label %63

53:                                               ; preds = %18
  %54 = load i32, ptr %2, align 4, !tbaa !5
  %55 = lshr i32 %54, 8
  %56 = urem i32 %55, 20480
  %57 = add i32 19968, %56
  store i32 %57, ptr %4, align 4, !tbaa !5
  br label %63

58:                                               ; preds = %18
  %59 = load i32, ptr %2, align 4, !tbaa !5
  %60 = lshr i32 %59, 8
  %61 = urem i32 %60, 26
  %62 = add i32 65, %61
  store i32 %62, ptr %4, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %58, %53, %48, %43, %38, %33
  %64 = load i32, ptr %4, align 4, !tbaa !5
  %65 = load i64, ptr %3, align 8, !tbaa !12
  %66 = getelementptr inbounds nuw i8, ptr @main.text, i64 %65
  %67 = call i32 @utf8_encode_one(i32 noundef %64, ptr noundef %66) #6
  %68 = sext i32 %67 to i64
  %69 = load i64, ptr %3, align 8, !tbaa !12
  %70 = add i64 %69, %68
  store i64 %70, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %14, !llvm.loop !25

71:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %5) #5
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %72

72:                                               ; preds = %77, %71
  %73 = load i64, ptr %8, align 8, !tbaa !12
  %74 = load i64, ptr %3, align 8, !tbaa !12
  %75 = icmp ult i64 %73, %74
  br i1 %75, label %77, label %76

76:                                               ; preds = %72
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %95

77:                                               ; preds = %72
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %78 = load i64, ptr %8, align 8, !tbaa !12
  %79 = getelementptr inbounds nuw i8, ptr @main.text, i64 %78
  %80 = load i64, ptr %3, align 8, !tbaa !12
  %81 = load i64, ptr %8, align 8, !tbaa !12
  %82 = sub i64 %80, %81
  %83 = call i32 @utf8_decode_one(ptr noundef %79, i64 noundef %82, ptr noundef %9) #6
  %84 = sext i32 %83 to i64
  %85 = load i64, ptr %8, align 8, !tbaa !12
  %86 = add i64 %85, %84
  store i64 %86, ptr %8, align 8, !tbaa !12
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = call i32 @classify(i32 noundef %87) #6
  %89 = zext i32 %88 to i64
  %90 = getelementptr inbounds nuw [4 x i32], ptr %5, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = add i32 %91, 1
  store i32 %92, ptr %90, align 4, !tbaa !5
  %93 = load i64, ptr %7, align 8, !tbaa !12
  %94 = add i64 %93, 1
  store i64 %94, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %72, !llvm.loop !26

95:                                               ; preds = %76
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %96 = load i64, ptr %3, align 8, !tbaa !12
  %97 = call i64 @utf8_to_utf16(ptr noundef @main.text, i64 noundef %96, ptr noundef @main.wide, i64 noundef 16384, ptr noundef %6) #6
  store i64 %97, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %98 = load i64, ptr %10, align 8, !tbaa !12
  %99 = call i64 @utf16_to_utf8(ptr noundef @main.wide, i64 noundef %98, ptr noundef @main.back) #6
  store i64 %99, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %100 = load i64, ptr %11, align 8, !tbaa !12
  %101 = load i64, ptr %3, align 8, !tbaa !12
  %102 = icmp eq i64 %100, %101
  br i1 %102, label %103, label %107

103:                                              ; preds = %95
  %104 = load i64, ptr %3, align 8, !tbaa !12
  %105 = call i32 @memcmp(ptr noundef @main.text, ptr noundef @main.back, i64 noundef %104) #7
  %106 = icmp eq i32 %105, 0
  br label %107

107:                                              ; preds = %103, %95
  %108 = phi i1 [ false, %95 ], [ %106, %103 ]
  %109 = zext i1 %108 to i32
  store i32 %109, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  %110 = call i64 @utf8_to_utf16(ptr noundef @main.badseq, i64 noundef 18, ptr noundef @main.wide, i64 noundef 64, ptr noundef %13) #6
  %111 = load i64, ptr %3, align 8, !tbaa !12
  %112 = load i64, ptr %7, align 8, !tbaa !12
  %113 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 0
  %114 = load i32, ptr %113, align 16, !tbaa !5
  %115 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 1
  %116 = load i32, ptr %115, align 4, !tbaa !5
  %117 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 2
  %118 = load i32, ptr %117, align 8, !tbaa !5
  %119 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 3
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %111, i64 noundef %112, i32 noundef %114, i32 noundef %116, i32 noundef %118, i32 noundef %120) #6
  %122 = load i64, ptr %10, align 8, !tbaa !12
  %123 = load i32, ptr %12, align 4, !tbaa !5
  %124 = load i32, ptr %6, align 4, !tbaa !5
  %125 = load i32, ptr %13, align 4, !tbaa !5
  %126 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %122, i32 noundef %123, i32 noundef %124, i32 noundef %125) #6
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @classify(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = icmp ult i32 %4, 128
  br i1 %5, label %6, label %7

6:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %16

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp ult i32 %8, 2048
  br i1 %9, label %10, label %11

10:                                               ; preds = %7
  store i32 1, ptr %2, align 4
  br label %16

11:                                               ; preds = %7
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = icmp ult i32 %12, 65536
  br i1 %13, label %14, label %15

14:                                               ; preds = %11
  store i32 2, ptr %2, align 4
  br label %16

15:                                               ; preds = %11
  store i32 3, ptr %2, align 4
  br label %16

16:                                               ; preds = %15, %14, %10, %6
  %17 = load i32, ptr %2, align 4
  ret i32 %17
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 int", !11, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 short", !11, i64 0}
!21 = !{!22, !22, i64 0}
!22 = !{!"short", !7, i64 0}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
