; ModuleID = 'bresenham.c'
source_filename = "bresenham.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@fb = internal global [192 x [32 x i8]] zeroinitializer, align 16
@.str = private unnamed_addr constant [24 x i8] c"pixels on=%u hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @draw_line(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sub nsw i32 %15, %16
  %18 = call i32 @llvm.abs.i32(i32 %17, i1 true)
  store i32 %18, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = icmp slt i32 %19, %20
  %22 = zext i1 %21 to i64
  %23 = select i1 %21, i32 1, i32 -1
  store i32 %23, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = sub nsw i32 %24, %25
  %27 = call i32 @llvm.abs.i32(i32 %26, i1 true)
  %28 = sub nsw i32 0, %27
  store i32 %28, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = icmp slt i32 %29, %30
  %32 = zext i1 %31 to i64
  %33 = select i1 %31, i32 1, i32 -1
  store i32 %33, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = load i32, ptr %11, align 4, !tbaa !5
  %36 = add nsw i32 %34, %35
  store i32 %36, ptr %13, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %72, %4
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  call void @plot(i32 noundef %38, i32 noundef %39) #6
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = load i32, ptr %7, align 4, !tbaa !5
  %42 = icmp eq i32 %40, %41
  br i1 %42, label %43, label %48

43:                                               ; preds = %37
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = icmp eq i32 %44, %45
  br i1 %46, label %47, label %48

47:                                               ; preds = %43
  br label %73

48:                                               ; preds = %43, %37
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %49 = load i32, ptr %13, align 4, !tbaa !5
  %50 = mul nsw i32 2, %49
  store i32 %50, ptr %14, align 4, !tbaa !5
  %51 = load i32, ptr %14, align 4, !tbaa !5
  %52 = load i32, ptr %11, align 4, !tbaa !5
  %53 = icmp sge i32 %51, %52
  br i1 %53, label %54, label %61

54:                                               ; preds = %48
  %55 = load i32, ptr %11, align 4, !tbaa !5
  %56 = load i32, ptr %13, align 4, !tbaa !5
  %57 = add nsw i32 %56, %55
  store i32 %57, ptr %13, align 4, !tbaa !5
  %58 = load i32, ptr %10, align 4, !tbaa !5
  %59 = load i32, ptr %5, align 4, !tbaa !5
  %60 = add nsw i32 %59, %58
  store i32 %60, ptr %5, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %54, %48
  %62 = load i32, ptr %14, align 4, !tbaa !5
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = icmp sle i32 %62, %63
  br i1 %64, label %65, label %72

65:                                               ; preds = %61
  %66 = load i32, ptr %9, align 4, !tbaa !5
  %67 = load i32, ptr %13, align 4, !tbaa !5
  %68 = add nsw i32 %67, %66
  store i32 %68, ptr %13, align 4, !tbaa !5
  %69 = load i32, ptr %12, align 4, !tbaa !5
  %70 = load i32, ptr %6, align 4, !tbaa !5
  %71 = add nsw i32 %70, %69
  store i32 %71, ptr %6, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %65, %61
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %37

73:                                               ; preds = %47
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #2

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal void @plot(i32 noundef %0, i32 noundef %1) #3 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = icmp sge i32 %5, 0
  br i1 %6, label %7, label %33

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 256
  br i1 %9, label %10, label %33

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp sge i32 %11, 0
  br i1 %12, label %13, label %33

13:                                               ; preds = %10
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 192
  br i1 %15, label %16, label %33

16:                                               ; preds = %13
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = and i32 %17, 7
  %19 = lshr i32 128, %18
  %20 = trunc i32 %19 to i8
  %21 = zext i8 %20 to i32
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [192 x [32 x i8]], ptr @fb, i64 0, i64 %23
  %25 = load i32, ptr %3, align 4, !tbaa !5
  %26 = ashr i32 %25, 3
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [32 x i8], ptr %24, i64 0, i64 %27
  %29 = load i8, ptr %28, align 1, !tbaa !9
  %30 = zext i8 %29 to i32
  %31 = or i32 %30, %21
  %32 = trunc i32 %31 to i8
  store i8 %32, ptr %28, align 1, !tbaa !9
  br label %33

33:                                               ; preds = %16, %13, %10, %7, %2
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @draw_circle(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %10 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %10, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = sub nsw i32 1, %11
  store i32 %12, ptr %9, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %86, %3
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = icmp sge i32 %14, %15
  br i1 %16, label %17, label %87

17:                                               ; preds = %13
  %18 = load i32, ptr %4, align 4, !tbaa !5
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = add nsw i32 %18, %19
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = add nsw i32 %21, %22
  call void @plot(i32 noundef %20, i32 noundef %23) #6
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = load i32, ptr %7, align 4, !tbaa !5
  %26 = sub nsw i32 %24, %25
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = add nsw i32 %27, %28
  call void @plot(i32 noundef %26, i32 noundef %29) #6
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = add nsw i32 %30, %31
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = sub nsw i32 %33, %34
  call void @plot(i32 noundef %32, i32 noundef %35) #6
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = sub nsw i32 %36, %37
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = sub nsw i32 %39, %40
  call void @plot(i32 noundef %38, i32 noundef %41) #6
  %42 = load i32, ptr %4, align 4, !tbaa !5
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = add nsw i32 %42, %43
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = add nsw i32 %45, %46
  call void @plot(i32 noundef %44, i32 noundef %47) #6
  %48 = load i32, ptr %4, align 4, !tbaa !5
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = sub nsw i32 %48, %49
  %51 = load i32, ptr %5, align 4, !tbaa !5
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = add nsw i32 %51, %52
  call void @plot(i32 noundef %50, i32 noundef %53) #6
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = add nsw i32 %54, %55
  %57 = load i32, ptr %5, align 4, !tbaa !5
  %58 = load i32, ptr %7, align 4, !tbaa !5
  %59 = sub nsw i32 %57, %58
  call void @plot(i32 noundef %56, i32 noundef %59) #6
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = sub nsw i32 %60, %61
  %63 = load i32, ptr %5, align 4, !tbaa !5
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = sub nsw i32 %63, %64
  call void @plot(i32 noundef %62, i32 noundef %65) #6
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %8, align 4, !tbaa !5
  %68 = load i32, ptr %9, align 4, !tbaa !5
  %69 = icmp slt i32 %68, 0
  br i1 %69, label %70, label %76

70:                                               ; preds = %17
  %71 = load i32, ptr %8, align 4, !tbaa !5
  %72 = mul nsw i32 2, %71
  %73 = add nsw i32 %72, 1
  %74 = load i32, ptr %9, align 4, !tbaa !5
  %75 = add nsw i32 %74, %73
  store i32 %75, ptr %9, align 4, !tbaa !5
  br label %86

76:                                               ; preds = %17
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = add nsw i32 %77, -1
  store i32 %78, ptr %7, align 4, !tbaa !5
  %79 = load i32, ptr %8, align 4, !tbaa !5
  %80 = load i32, ptr %7, align 4, !tbaa !5
  %81 = sub nsw i32 %79, %80
  %82 = mul nsw i32 2, %81
  %83 = add nsw i32 %82, 1
  %84 = load i32, ptr %9, align 4, !tbaa !5
  %85 = add nsw i32 %84, %83
  store i32 %85, ptr %9, align 4, !tbaa !5
  br label %86

86:                                               ; preds = %76, %70
  br label %13, !llvm.loop !10

87:                                               ; preds = %13
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
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
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 17, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %56, %0
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 300
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %59

18:                                               ; preds = %14
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = mul i32 %19, 1103515245
  %21 = add i32 %20, 12345
  store i32 %21, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %22 = load i32, ptr %2, align 4, !tbaa !5
  %23 = lshr i32 %22, 8
  %24 = urem i32 %23, 300
  %25 = sub nsw i32 %24, 20
  store i32 %25, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = lshr i32 %26, 16
  %28 = urem i32 %27, 230
  %29 = sub nsw i32 %28, 20
  store i32 %29, ptr %5, align 4, !tbaa !5
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = mul i32 %30, 1103515245
  %32 = add i32 %31, 12345
  store i32 %32, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %33 = load i32, ptr %2, align 4, !tbaa !5
  %34 = lshr i32 %33, 8
  %35 = urem i32 %34, 300
  %36 = sub nsw i32 %35, 20
  store i32 %36, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %37 = load i32, ptr %2, align 4, !tbaa !5
  %38 = lshr i32 %37, 16
  %39 = urem i32 %38, 230
  %40 = sub nsw i32 %39, 20
  store i32 %40, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %3, align 4, !tbaa !5
  %42 = srem i32 %41, 3
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %44, label %50

44:                                               ; preds = %18
  %45 = load i32, ptr %4, align 4, !tbaa !5
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = load i32, ptr %2, align 4, !tbaa !5
  %48 = urem i32 %47, 60
  %49 = add nsw i32 1, %48
  call void @draw_circle(i32 noundef %45, i32 noundef %46, i32 noundef %49) #6
  br label %55

50:                                               ; preds = %18
  %51 = load i32, ptr %4, align 4, !tbaa !5
  %52 = load i32, ptr %5, align 4, !tbaa !5
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = load i32, ptr %7, align 4, !tbaa !5
  call void @draw_line(i32 noundef %51, i32 noundef %52, i32 noundef %53, i32 noundef %54) #6
  br label %55

55:                                               ; preds = %50, %44
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %3, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %3, align 4, !tbaa !5
  br label %14, !llvm.loop !12

59:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %110, %59
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = icmp slt i32 %61, 192
  br i1 %62, label %64, label %63

63:                                               ; preds = %60
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %113

64:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %106, %64
  %66 = load i32, ptr %12, align 4, !tbaa !5
  %67 = icmp slt i32 %66, 32
  br i1 %67, label %69, label %68

68:                                               ; preds = %65
  store i32 8, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %109

69:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [192 x [32 x i8]], ptr @fb, i64 0, i64 %71
  %73 = load i32, ptr %12, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [32 x i8], ptr %72, i64 0, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !9
  store i8 %76, ptr %13, align 1, !tbaa !9
  br label %77

77:                                               ; preds = %84, %69
  %78 = load i8, ptr %13, align 1, !tbaa !9
  %79 = icmp ne i8 %78, 0
  br i1 %79, label %81, label %80

80:                                               ; preds = %77
  store i32 11, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %94

81:                                               ; preds = %77
  %82 = load i32, ptr %8, align 4, !tbaa !5
  %83 = add i32 %82, 1
  store i32 %83, ptr %8, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %81
  %85 = load i8, ptr %13, align 1, !tbaa !9
  %86 = zext i8 %85 to i32
  %87 = sub nsw i32 %86, 1
  %88 = trunc i32 %87 to i8
  %89 = zext i8 %88 to i32
  %90 = load i8, ptr %13, align 1, !tbaa !9
  %91 = zext i8 %90 to i32
  %92 = and i32 %91, %89
  %93 = trunc i32 %92 to i8
  store i8 %93, ptr %13, align 1, !tbaa !9
  br label %77, !llvm.loop !13

94:                                               ; preds = %80
  %95 = load i32, ptr %9, align 4, !tbaa !5
  %96 = mul i32 %95, 31
  %97 = load i32, ptr %10, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [192 x [32 x i8]], ptr @fb, i64 0, i64 %98
  %100 = load i32, ptr %12, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [32 x i8], ptr %99, i64 0, i64 %101
  %103 = load i8, ptr %102, align 1, !tbaa !9
  %104 = zext i8 %103 to i32
  %105 = add i32 %96, %104
  store i32 %105, ptr %9, align 4, !tbaa !5
  br label %106

106:                                              ; preds = %94
  %107 = load i32, ptr %12, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %12, align 4, !tbaa !5
  br label %65, !llvm.loop !14

109:                                              ; preds = %68
  br label %110

110:                                              ; preds = %109
  %111 = load i32, ptr %10, align 4, !tbaa !5
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %10, align 4, !tbaa !5
  br label %60, !llvm.loop !15

113:                                              ; preds = %63
  %114 = load i32, ptr %8, align 4, !tbaa !5
  %115 = load i32, ptr %9, align 4, !tbaa !5
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %114, i32 noundef %115) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %117 = load i32, ptr %1, align 4
  ret i32 %117
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }

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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
