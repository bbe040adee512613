; ModuleID = 'gcd_modpow.c'
source_filename = "gcd_modpow.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@is_prime_mr.witnesses = internal constant [3 x i32] [i32 2, i32 7, i32 61], align 4
@.str = private unnamed_addr constant [48 x i8] c"gcdsum=%u primes<1e5=%u bigprimes=%u fermat=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @gcd_binary(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %17, label %13

13:                                               ; preds = %10, %2
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = or i32 %14, %15
  store i32 %16, ptr %3, align 4
  br label %70

17:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %25, %17
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = or i32 %19, %20
  %22 = and i32 %21, 1
  %23 = icmp ne i32 %22, 0
  %24 = xor i1 %23, true
  br i1 %24, label %25, label %32

25:                                               ; preds = %18
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = lshr i32 %26, 1
  store i32 %27, ptr %4, align 4, !tbaa !5
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = lshr i32 %28, 1
  store i32 %29, ptr %5, align 4, !tbaa !5
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %6, align 4, !tbaa !5
  br label %18, !llvm.loop !9

32:                                               ; preds = %18
  br label %33

33:                                               ; preds = %38, %32
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = and i32 %34, 1
  %36 = icmp ne i32 %35, 0
  %37 = xor i1 %36, true
  br i1 %37, label %38, label %41

38:                                               ; preds = %33
  %39 = load i32, ptr %4, align 4, !tbaa !5
  %40 = lshr i32 %39, 1
  store i32 %40, ptr %4, align 4, !tbaa !5
  br label %33, !llvm.loop !11

41:                                               ; preds = %33
  br label %42

42:                                               ; preds = %63, %41
  br label %43

43:                                               ; preds = %48, %42
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = and i32 %44, 1
  %46 = icmp ne i32 %45, 0
  %47 = xor i1 %46, true
  br i1 %47, label %48, label %51

48:                                               ; preds = %43
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = lshr i32 %49, 1
  store i32 %50, ptr %5, align 4, !tbaa !5
  br label %43, !llvm.loop !12

51:                                               ; preds = %43
  %52 = load i32, ptr %4, align 4, !tbaa !5
  %53 = load i32, ptr %5, align 4, !tbaa !5
  %54 = icmp ugt i32 %52, %53
  br i1 %54, label %55, label %59

55:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %56 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %56, ptr %7, align 4, !tbaa !5
  %57 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %57, ptr %4, align 4, !tbaa !5
  %58 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %58, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %59

59:                                               ; preds = %55, %51
  %60 = load i32, ptr %4, align 4, !tbaa !5
  %61 = load i32, ptr %5, align 4, !tbaa !5
  %62 = sub i32 %61, %60
  store i32 %62, ptr %5, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %59
  %64 = load i32, ptr %5, align 4, !tbaa !5
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %42, label %66, !llvm.loop !13

66:                                               ; preds = %63
  %67 = load i32, ptr %4, align 4, !tbaa !5
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = shl i32 %67, %68
  store i32 %69, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %70

70:                                               ; preds = %66, %13
  %71 = load i32, ptr %3, align 4
  ret i32 %71
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @powmod(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = urem i32 1, %8
  store i32 %9, ptr %7, align 4, !tbaa !5
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = urem i32 %11, %10
  store i32 %12, ptr %4, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %25, %3
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %32

16:                                               ; preds = %13
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = and i32 %17, 1
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %16
  %21 = load i32, ptr %7, align 4, !tbaa !5
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = call i32 @mulmod(i32 noundef %21, i32 noundef %22, i32 noundef %23) #4
  store i32 %24, ptr %7, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %20, %16
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = call i32 @mulmod(i32 noundef %26, i32 noundef %27, i32 noundef %28) #4
  store i32 %29, ptr %4, align 4, !tbaa !5
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = lshr i32 %30, 1
  store i32 %31, ptr %5, align 4, !tbaa !5
  br label %13, !llvm.loop !14

32:                                               ; preds = %13
  %33 = load i32, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i32 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @mulmod(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = zext i32 %7 to i64
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = zext i32 %9 to i64
  %11 = mul i64 %8, %10
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = zext i32 %12 to i64
  %14 = urem i64 %11, %13
  %15 = trunc i64 %14 to i32
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @is_prime_mr(i32 noundef %0) #0 {
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
  store i32 %0, ptr %3, align 4, !tbaa !5
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = icmp ult i32 %12, 2
  br i1 %13, label %14, label %15

14:                                               ; preds = %1
  store i32 0, ptr %2, align 4
  br label %106

15:                                               ; preds = %1
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = urem i32 %16, 2
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = icmp eq i32 %20, 2
  %22 = zext i1 %21 to i32
  store i32 %22, ptr %2, align 4
  br label %106

23:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %4) #3
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = sub i32 %24, 1
  store i32 %25, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %31, %23
  %27 = load i32, ptr %4, align 4, !tbaa !5
  %28 = and i32 %27, 1
  %29 = icmp ne i32 %28, 0
  %30 = xor i1 %29, true
  br i1 %30, label %31, label %36

31:                                               ; preds = %26
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = lshr i32 %32, 1
  store i32 %33, ptr %4, align 4, !tbaa !5
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %5, align 4, !tbaa !5
  br label %26, !llvm.loop !15

36:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %37

37:                                               ; preds = %99, %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = icmp slt i32 %38, 3
  br i1 %39, label %41, label %40

40:                                               ; preds = %37
  store i32 4, ptr %7, align 4
  br label %102

41:                                               ; preds = %37
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [3 x i32], ptr @is_prime_mr.witnesses, i64 0, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = load i32, ptr %3, align 4, !tbaa !5
  %47 = urem i32 %45, %46
  store i32 %47, ptr %8, align 4, !tbaa !5
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %51

50:                                               ; preds = %41
  store i32 6, ptr %7, align 4
  br label %96

51:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = load i32, ptr %3, align 4, !tbaa !5
  %55 = call i32 @powmod(i32 noundef %52, i32 noundef %53, i32 noundef %54) #4
  store i32 %55, ptr %9, align 4, !tbaa !5
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = icmp eq i32 %56, 1
  br i1 %57, label %63, label %58

58:                                               ; preds = %51
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = load i32, ptr %3, align 4, !tbaa !5
  %61 = sub i32 %60, 1
  %62 = icmp eq i32 %59, %61
  br i1 %62, label %63, label %64

63:                                               ; preds = %58, %51
  store i32 6, ptr %7, align 4
  br label %95

64:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 1, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %86, %64
  %66 = load i32, ptr %11, align 4, !tbaa !5
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = icmp slt i32 %66, %67
  br i1 %68, label %69, label %72

69:                                               ; preds = %65
  %70 = load i32, ptr %10, align 4, !tbaa !5
  %71 = icmp ne i32 %70, 0
  br label %72

72:                                               ; preds = %69, %65
  %73 = phi i1 [ false, %65 ], [ %71, %69 ]
  br i1 %73, label %75, label %74

74:                                               ; preds = %72
  store i32 7, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %89

75:                                               ; preds = %72
  %76 = load i32, ptr %9, align 4, !tbaa !5
  %77 = load i32, ptr %9, align 4, !tbaa !5
  %78 = load i32, ptr %3, align 4, !tbaa !5
  %79 = call i32 @mulmod(i32 noundef %76, i32 noundef %77, i32 noundef %78) #4
  store i32 %79, ptr %9, align 4, !tbaa !5
  %80 = load i32, ptr %9, align 4, !tbaa !5
  %81 = load i32, ptr %3, align 4, !tbaa !5
  %82 = sub i32 %81, 1
  %83 = icmp eq i32 %80, %82
  br i1 %83, label %84, label %85

84:                                               ; preds = %75
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %84, %75
  br label %86

86:                                               ; preds = %85
  %87 = load i32, ptr %11, align 4, !tbaa !5
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %11, align 4, !tbaa !5
  br label %65, !llvm.loop !16

89:                                               ; preds = %74
  %90 = load i32, ptr %10, align 4, !tbaa !5
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %92, label %93

92:                                               ; preds = %89
  store i32 0, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %94

93:                                               ; preds = %89
  store i32 0, ptr %7, align 4
  br label %94

94:                                               ; preds = %93, %92
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %95

95:                                               ; preds = %94, %63
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %96

96:                                               ; preds = %95, %50
  call void @llvm.lifetime.end.p0(ptr %8) #3
  %97 = load i32, ptr %7, align 4
  switch i32 %97, label %102 [
    i32 0, label %98
    i32 6, label %99
  ]

98:                                               ; preds = %96
  br label %99

99:                                               ; preds = %98, %96
  %100 = load i32, ptr %6, align 4, !tbaa !5
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %6, align 4, !tbaa !5
  br label %37, !llvm.loop !17

102:                                              ; preds = %96, %40
  call void @llvm.lifetime.end.p0(ptr %6) #3
  %103 = load i32, ptr %7, align 4
  switch i32 %103, label %105 [
    i32 4, label %104
  ]

104:                                              ; preds = %102
  store i32 1, ptr %2, align 4
  store i32 1, ptr %7, align 4
  br label %105

105:                                              ; preds = %104, %102
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %106

106:                                              ; preds = %105, %19, %14
  %107 = load i32, ptr %2, align 4
  ret i32 %107
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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %31, %0
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = icmp ult i32 %11, 300
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %34

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %27, %14
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = icmp ult i32 %16, 300
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %30

19:                                               ; preds = %15
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = mul i32 %20, 7
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = mul i32 %22, 5
  %24 = call i32 @gcd_binary(i32 noundef %21, i32 noundef %23) #4
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = add i32 %25, %24
  store i32 %26, ptr %2, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %19
  %28 = load i32, ptr %7, align 4, !tbaa !5
  %29 = add i32 %28, 1
  store i32 %29, ptr %7, align 4, !tbaa !5
  br label %15, !llvm.loop !18

30:                                               ; preds = %18
  br label %31

31:                                               ; preds = %30
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = add i32 %32, 1
  store i32 %33, ptr %5, align 4, !tbaa !5
  br label %10, !llvm.loop !19

34:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %44, %34
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = icmp ult i32 %36, 100000
  br i1 %37, label %39, label %38

38:                                               ; preds = %35
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %47

39:                                               ; preds = %35
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = call i32 @is_prime_mr(i32 noundef %40) #4
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = add i32 %42, %41
  store i32 %43, ptr %3, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %39
  %45 = load i32, ptr %8, align 4, !tbaa !5
  %46 = add i32 %45, 1
  store i32 %46, ptr %8, align 4, !tbaa !5
  br label %35, !llvm.loop !20

47:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 -1, ptr %9, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %57, %47
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = icmp ugt i32 %49, -2001
  br i1 %50, label %52, label %51

51:                                               ; preds = %48
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %60

52:                                               ; preds = %48
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = call i32 @is_prime_mr(i32 noundef %53) #4
  %55 = load i32, ptr %4, align 4, !tbaa !5
  %56 = add i32 %55, %54
  store i32 %56, ptr %4, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %52
  %58 = load i32, ptr %9, align 4, !tbaa !5
  %59 = add i32 %58, -1
  store i32 %59, ptr %9, align 4, !tbaa !5
  br label %48, !llvm.loop !21

60:                                               ; preds = %51
  %61 = load i32, ptr %2, align 4, !tbaa !5
  %62 = load i32, ptr %3, align 4, !tbaa !5
  %63 = load i32, ptr %4, align 4, !tbaa !5
  %64 = call i32 @powmod(i32 noundef 3, i32 noundef 1000000006, i32 noundef 1000000007) #4
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %61, i32 noundef %62, i32 noundef %63, i32 noundef %64) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %66 = load i32, ptr %1, align 4
  ret i32 %66
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
