; ModuleID = 'int_convert.c'
source_filename = "int_convert.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"9223372036854775808\00", align 1
@.str.1 = private unnamed_addr constant [21 x i8] c"-9223372036854775808\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"12z\00", align 1
@.str.3 = private unnamed_addr constant [51 x i8] c"ok=%d fail=%d errs=%d,%d,%d min16=%s hash=%016llx\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @fmt_base(i64 noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca [72 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #3
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %12 = load i64, ptr %4, align 8, !tbaa !9
  %13 = icmp slt i64 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %3
  %15 = load i64, ptr %4, align 8, !tbaa !9
  %16 = sub i64 0, %15
  br label %19

17:                                               ; preds = %3
  %18 = load i64, ptr %4, align 8, !tbaa !9
  br label %19

19:                                               ; preds = %17, %14
  %20 = phi i64 [ %16, %14 ], [ %18, %17 ]
  store i64 %20, ptr %10, align 8, !tbaa !9
  br label %21

21:                                               ; preds = %47, %19
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %22 = load i64, ptr %10, align 8, !tbaa !9
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = zext i32 %23 to i64
  %25 = urem i64 %22, %24
  %26 = trunc i64 %25 to i32
  store i32 %26, ptr %11, align 4, !tbaa !5
  %27 = load i32, ptr %11, align 4, !tbaa !5
  %28 = icmp ult i32 %27, 10
  br i1 %28, label %29, label %32

29:                                               ; preds = %21
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = add i32 48, %30
  br label %36

32:                                               ; preds = %21
  %33 = load i32, ptr %11, align 4, !tbaa !5
  %34 = add i32 97, %33
  %35 = sub i32 %34, 10
  br label %36

36:                                               ; preds = %32, %29
  %37 = phi i32 [ %31, %29 ], [ %35, %32 ]
  %38 = trunc i32 %37 to i8
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4, !tbaa !5
  %41 = sext i32 %39 to i64
  %42 = getelementptr inbounds [72 x i8], ptr %7, i64 0, i64 %41
  store i8 %38, ptr %42, align 1, !tbaa !14
  %43 = load i32, ptr %5, align 4, !tbaa !5
  %44 = zext i32 %43 to i64
  %45 = load i64, ptr %10, align 8, !tbaa !9
  %46 = udiv i64 %45, %44
  store i64 %46, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %47

47:                                               ; preds = %36
  %48 = load i64, ptr %10, align 8, !tbaa !9
  %49 = icmp ne i64 %48, 0
  br i1 %49, label %21, label %50, !llvm.loop !15

50:                                               ; preds = %47
  %51 = load i64, ptr %4, align 8, !tbaa !9
  %52 = icmp slt i64 %51, 0
  br i1 %52, label %53, label %59

53:                                               ; preds = %50
  %54 = load ptr, ptr %6, align 8, !tbaa !11
  %55 = load i32, ptr %9, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %9, align 4, !tbaa !5
  %57 = sext i32 %55 to i64
  %58 = getelementptr inbounds i8, ptr %54, i64 %57
  store i8 45, ptr %58, align 1, !tbaa !14
  br label %59

59:                                               ; preds = %53, %50
  br label %60

60:                                               ; preds = %63, %59
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %74

63:                                               ; preds = %60
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = add nsw i32 %64, -1
  store i32 %65, ptr %8, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [72 x i8], ptr %7, i64 0, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !14
  %69 = load ptr, ptr %6, align 8, !tbaa !11
  %70 = load i32, ptr %9, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %9, align 4, !tbaa !5
  %72 = sext i32 %70 to i64
  %73 = getelementptr inbounds i8, ptr %69, i64 %72
  store i8 %68, ptr %73, align 1, !tbaa !14
  br label %60, !llvm.loop !17

74:                                               ; preds = %60
  %75 = load ptr, ptr %6, align 8, !tbaa !11
  %76 = load i32, ptr %9, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds i8, ptr %75, i64 %77
  store i8 0, ptr %78, align 1, !tbaa !14
  %79 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i32 %79
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @parse_base(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !11
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  %13 = load ptr, ptr %5, align 8, !tbaa !11
  %14 = load i8, ptr %13, align 1, !tbaa !14
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 45
  br i1 %16, label %22, label %17

17:                                               ; preds = %3
  %18 = load ptr, ptr %5, align 8, !tbaa !11
  %19 = load i8, ptr %18, align 1, !tbaa !14
  %20 = sext i8 %19 to i32
  %21 = icmp eq i32 %20, 43
  br i1 %21, label %22, label %29

22:                                               ; preds = %17, %3
  %23 = load ptr, ptr %5, align 8, !tbaa !11
  %24 = getelementptr inbounds nuw i8, ptr %23, i32 1
  store ptr %24, ptr %5, align 8, !tbaa !11
  %25 = load i8, ptr %23, align 1, !tbaa !14
  %26 = sext i8 %25 to i32
  %27 = icmp eq i32 %26, 45
  %28 = zext i1 %27 to i32
  store i32 %28, ptr %8, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %22, %17
  %30 = load ptr, ptr %5, align 8, !tbaa !11
  %31 = load i8, ptr %30, align 1, !tbaa !14
  %32 = icmp ne i8 %31, 0
  br i1 %32, label %34, label %33

33:                                               ; preds = %29
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %88

34:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = icmp ne i32 %35, 0
  %37 = zext i1 %36 to i64
  %38 = select i1 %36, i64 -9223372036854775808, i64 9223372036854775807
  store i64 %38, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i64 0, ptr %11, align 8, !tbaa !9
  br label %39

39:                                               ; preds = %73, %34
  %40 = load ptr, ptr %5, align 8, !tbaa !11
  %41 = load i8, ptr %40, align 1, !tbaa !14
  %42 = icmp ne i8 %41, 0
  br i1 %42, label %43, label %76

43:                                               ; preds = %39
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %44 = load ptr, ptr %5, align 8, !tbaa !11
  %45 = load i8, ptr %44, align 1, !tbaa !14
  %46 = call i32 @digit_val(i8 noundef signext %45) #4
  store i32 %46, ptr %12, align 4, !tbaa !5
  %47 = load i32, ptr %12, align 4, !tbaa !5
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = icmp uge i32 %47, %48
  br i1 %49, label %50, label %51

50:                                               ; preds = %43
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %70

51:                                               ; preds = %43
  %52 = load i64, ptr %11, align 8, !tbaa !9
  %53 = load i64, ptr %10, align 8, !tbaa !9
  %54 = load i32, ptr %12, align 4, !tbaa !5
  %55 = zext i32 %54 to i64
  %56 = sub i64 %53, %55
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = zext i32 %57 to i64
  %59 = udiv i64 %56, %58
  %60 = icmp ugt i64 %52, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %51
  store i32 -2, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %70

62:                                               ; preds = %51
  %63 = load i64, ptr %11, align 8, !tbaa !9
  %64 = load i32, ptr %6, align 4, !tbaa !5
  %65 = zext i32 %64 to i64
  %66 = mul i64 %63, %65
  %67 = load i32, ptr %12, align 4, !tbaa !5
  %68 = zext i32 %67 to i64
  %69 = add i64 %66, %68
  store i64 %69, ptr %11, align 8, !tbaa !9
  store i32 0, ptr %9, align 4
  br label %70

70:                                               ; preds = %62, %61, %50
  call void @llvm.lifetime.end.p0(ptr %12) #3
  %71 = load i32, ptr %9, align 4
  switch i32 %71, label %87 [
    i32 0, label %72
  ]

72:                                               ; preds = %70
  br label %73

73:                                               ; preds = %72
  %74 = load ptr, ptr %5, align 8, !tbaa !11
  %75 = getelementptr inbounds nuw i8, ptr %74, i32 1
  store ptr %75, ptr %5, align 8, !tbaa !11
  br label %39, !llvm.loop !20

76:                                               ; preds = %39
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = icmp ne i32 %77, 0
  br i1 %78, label %79, label %82

79:                                               ; preds = %76
  %80 = load i64, ptr %11, align 8, !tbaa !9
  %81 = sub i64 0, %80
  br label %84

82:                                               ; preds = %76
  %83 = load i64, ptr %11, align 8, !tbaa !9
  br label %84

84:                                               ; preds = %82, %79
  %85 = phi i64 [ %81, %79 ], [ %83, %82 ]
  %86 = load ptr, ptr %7, align 8, !tbaa !18
  store i64 %85, ptr %86, align 8, !tbaa !9
  store i32 0, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %87

87:                                               ; preds = %84, %70
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %88

88:                                               ; preds = %87, %33
  call void @llvm.lifetime.end.p0(ptr %8) #3
  %89 = load i32, ptr %4, align 4
  ret i32 %89
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @digit_val(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !14
  %4 = load i8, ptr %3, align 1, !tbaa !14
  %5 = sext i8 %4 to i32
  %6 = icmp sge i32 %5, 48
  br i1 %6, label %7, label %15

7:                                                ; preds = %1
  %8 = load i8, ptr %3, align 1, !tbaa !14
  %9 = sext i8 %8 to i32
  %10 = icmp sle i32 %9, 57
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i8, ptr %3, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = sub nsw i32 %13, 48
  store i32 %14, ptr %2, align 4
  br label %42

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
  %27 = add nsw i32 %26, 10
  store i32 %27, ptr %2, align 4
  br label %42

28:                                               ; preds = %19, %15
  %29 = load i8, ptr %3, align 1, !tbaa !14
  %30 = sext i8 %29 to i32
  %31 = icmp sge i32 %30, 65
  br i1 %31, label %32, label %41

32:                                               ; preds = %28
  %33 = load i8, ptr %3, align 1, !tbaa !14
  %34 = sext i8 %33 to i32
  %35 = icmp sle i32 %34, 90
  br i1 %35, label %36, label %41

36:                                               ; preds = %32
  %37 = load i8, ptr %3, align 1, !tbaa !14
  %38 = sext i8 %37 to i32
  %39 = sub nsw i32 %38, 65
  %40 = add nsw i32 %39, 10
  store i32 %40, ptr %2, align 4
  br label %42

41:                                               ; preds = %32, %28
  store i32 99, ptr %2, align 4
  br label %42

42:                                               ; preds = %41, %36, %23, %11
  %43 = load i32, ptr %2, align 4
  ret i32 %43
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [72 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i64 12345, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i64 0, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %74, %0
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 30000
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %77

19:                                               ; preds = %15
  %20 = load i64, ptr %5, align 8, !tbaa !9
  %21 = shl i64 %20, 13
  %22 = load i64, ptr %5, align 8, !tbaa !9
  %23 = xor i64 %22, %21
  store i64 %23, ptr %5, align 8, !tbaa !9
  %24 = load i64, ptr %5, align 8, !tbaa !9
  %25 = lshr i64 %24, 7
  %26 = load i64, ptr %5, align 8, !tbaa !9
  %27 = xor i64 %26, %25
  store i64 %27, ptr %5, align 8, !tbaa !9
  %28 = load i64, ptr %5, align 8, !tbaa !9
  %29 = shl i64 %28, 17
  %30 = load i64, ptr %5, align 8, !tbaa !9
  %31 = xor i64 %30, %29
  store i64 %31, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %32 = load i64, ptr %5, align 8, !tbaa !9
  %33 = load i32, ptr %7, align 4, !tbaa !5
  %34 = srem i32 %33, 40
  %35 = zext i32 %34 to i64
  %36 = lshr i64 %32, %35
  store i64 %36, ptr %8, align 8, !tbaa !9
  %37 = load i32, ptr %7, align 4, !tbaa !5
  %38 = and i32 %37, 1
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %43

40:                                               ; preds = %19
  %41 = load i64, ptr %8, align 8, !tbaa !9
  %42 = sub nsw i64 0, %41
  store i64 %42, ptr %8, align 8, !tbaa !9
  br label %43

43:                                               ; preds = %40, %19
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = srem i32 %44, 35
  %46 = add i32 2, %45
  store i32 %46, ptr %9, align 4, !tbaa !5
  %47 = load i64, ptr %8, align 8, !tbaa !9
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = getelementptr inbounds [72 x i8], ptr %2, i64 0, i64 0
  %50 = call i32 @fmt_base(i64 noundef %47, i32 noundef %48, ptr noundef %49) #4
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %51 = getelementptr inbounds [72 x i8], ptr %2, i64 0, i64 0
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = call i32 @parse_base(ptr noundef %51, i32 noundef %52, ptr noundef %10) #4
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %55, label %62

55:                                               ; preds = %43
  %56 = load i64, ptr %10, align 8, !tbaa !9
  %57 = load i64, ptr %8, align 8, !tbaa !9
  %58 = icmp eq i64 %56, %57
  br i1 %58, label %59, label %62

59:                                               ; preds = %55
  %60 = load i32, ptr %3, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %3, align 4, !tbaa !5
  br label %65

62:                                               ; preds = %55, %43
  %63 = load i32, ptr %4, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %4, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %62, %59
  %66 = load i64, ptr %6, align 8, !tbaa !9
  %67 = mul i64 %66, 31
  %68 = getelementptr inbounds [72 x i8], ptr %2, i64 0, i64 0
  %69 = load i8, ptr %68, align 16, !tbaa !14
  %70 = sext i8 %69 to i64
  %71 = add i64 %67, %70
  %72 = load i64, ptr %10, align 8, !tbaa !9
  %73 = add i64 %71, %72
  store i64 %73, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %74

74:                                               ; preds = %65
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %7, align 4, !tbaa !5
  br label %15, !llvm.loop !21

77:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %11) #3
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %78 = call i32 @parse_base(ptr noundef @.str, i32 noundef 10, ptr noundef %11) #4
  store i32 %78, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %79 = call i32 @parse_base(ptr noundef @.str.1, i32 noundef 10, ptr noundef %11) #4
  store i32 %79, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #3
  %80 = call i32 @parse_base(ptr noundef @.str.2, i32 noundef 16, ptr noundef %11) #4
  store i32 %80, ptr %14, align 4, !tbaa !5
  %81 = getelementptr inbounds [72 x i8], ptr %2, i64 0, i64 0
  %82 = call i32 @fmt_base(i64 noundef -9223372036854775808, i32 noundef 16, ptr noundef %81) #4
  %83 = load i32, ptr %3, align 4, !tbaa !5
  %84 = load i32, ptr %4, align 4, !tbaa !5
  %85 = load i32, ptr %12, align 4, !tbaa !5
  %86 = load i32, ptr %13, align 4, !tbaa !5
  %87 = load i32, ptr %14, align 4, !tbaa !5
  %88 = getelementptr inbounds [72 x i8], ptr %2, i64 0, i64 0
  %89 = load i64, ptr %6, align 8, !tbaa !9
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %83, i32 noundef %84, i32 noundef %85, i32 noundef %86, i32 noundef %87, ptr noundef %88, i64 noundef %89) #4
  call void @llvm.lifetime.end.p0(ptr %14) #3
  call void @llvm.lifetime.end.p0(ptr %13) #3
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 long", !13, i64 0}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
