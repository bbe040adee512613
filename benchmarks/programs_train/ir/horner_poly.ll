; ModuleID = 'horner_poly.c'
source_filename = "horner_poly.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.poly = type { i32, [17 x i64] }

@main.factors = internal constant [7 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 -2], [2 x i64] [i64 1, i64 3], [2 x i64] [i64 1, i64 3], [2 x i64] [i64 2, i64 1], [2 x i64] [i64 1, i64 -5], [2 x i64] [i64 3, i64 2]], align 16
@.str = private unnamed_addr constant [2 x i8] c"p\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"p'\00", align 1
@.str.2 = private unnamed_addr constant [20 x i8] c"integer roots (%d):\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c" %lld\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [49 x i8] c"p(2)=%lld p'(3)=%lld sign changes on [-8,8]: %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [25 x i8] c"modular eval hash: %08x\0A\00", align 1
@.str.7 = private unnamed_addr constant [13 x i8] c"7fffabcd1234\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"0x%s = %llu\0A\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"%s(x) =\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c" %c %lld\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"x^%d\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"x\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @horner_eval(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.poly, ptr %7, i32 0, i32 0
  %9 = load i32, ptr %8, align 8, !tbaa !13
  store i32 %9, ptr %6, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %25, %2
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = icmp sge i32 %11, 0
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %28

14:                                               ; preds = %10
  %15 = load i64, ptr %5, align 8, !tbaa !11
  %16 = load i64, ptr %4, align 8, !tbaa !11
  %17 = mul nsw i64 %15, %16
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.poly, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [17 x i64], ptr %19, i64 0, i64 %21
  %23 = load i64, ptr %22, align 8, !tbaa !11
  %24 = add nsw i64 %17, %23
  store i64 %24, ptr %5, align 8, !tbaa !11
  br label %25

25:                                               ; preds = %14
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %6, align 4, !tbaa !5
  br label %10, !llvm.loop !15

28:                                               ; preds = %13
  %29 = load i64, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i64 %29
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @horner_eval_mod(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.poly, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %10, align 8, !tbaa !13
  store i32 %11, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %40, %2
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %43

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %17 = load ptr, ptr %3, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.poly, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [17 x i64], ptr %18, i64 0, i64 %20
  %22 = load i64, ptr %21, align 8, !tbaa !11
  %23 = srem i64 %22, 1000000007
  store i64 %23, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %24 = load i64, ptr %7, align 8, !tbaa !11
  %25 = icmp slt i64 %24, 0
  br i1 %25, label %26, label %29

26:                                               ; preds = %16
  %27 = load i64, ptr %7, align 8, !tbaa !11
  %28 = add nsw i64 %27, 1000000007
  br label %31

29:                                               ; preds = %16
  %30 = load i64, ptr %7, align 8, !tbaa !11
  br label %31

31:                                               ; preds = %29, %26
  %32 = phi i64 [ %28, %26 ], [ %30, %29 ]
  store i64 %32, ptr %8, align 8, !tbaa !11
  %33 = load i64, ptr %5, align 8, !tbaa !11
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = zext i32 %34 to i64
  %36 = mul i64 %33, %35
  %37 = load i64, ptr %8, align 8, !tbaa !11
  %38 = add i64 %36, %37
  %39 = urem i64 %38, 1000000007
  store i64 %39, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %40

40:                                               ; preds = %31
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = add nsw i32 %41, -1
  store i32 %42, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !17

43:                                               ; preds = %15
  %44 = load i64, ptr %5, align 8, !tbaa !11
  %45 = trunc i64 %44 to i32
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %45
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.poly, align 8
  %3 = alloca i64, align 8
  %4 = alloca %struct.poly, align 8
  %5 = alloca %struct.poly, align 8
  %6 = alloca %struct.poly, align 8
  %7 = alloca [16 x i64], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca i64, align 8
  %19 = alloca ptr, align 8
  %20 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 144, i1 false)
  %21 = getelementptr inbounds nuw %struct.poly, ptr %2, i32 0, i32 1
  %22 = getelementptr inbounds [17 x i64], ptr %21, i64 0, i64 0
  store i64 1, ptr %22, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i64 0, ptr %3, align 8, !tbaa !11
  br label %23

23:                                               ; preds = %36, %0
  %24 = load i64, ptr %3, align 8, !tbaa !11
  %25 = icmp ult i64 %24, 7
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %39

27:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %28 = load i64, ptr %3, align 8, !tbaa !11
  %29 = getelementptr inbounds nuw [7 x [2 x i64]], ptr @main.factors, i64 0, i64 %28
  %30 = getelementptr inbounds [2 x i64], ptr %29, i64 0, i64 0
  %31 = load i64, ptr %30, align 16, !tbaa !11
  %32 = load i64, ptr %3, align 8, !tbaa !11
  %33 = getelementptr inbounds nuw [7 x [2 x i64]], ptr @main.factors, i64 0, i64 %32
  %34 = getelementptr inbounds [2 x i64], ptr %33, i64 0, i64 1
  %35 = load i64, ptr %34, align 8, !tbaa !11
  call void @poly_from_root(ptr dead_on_unwind writable sret(%struct.poly) align 8 %4, i64 noundef %31, i64 noundef %35) #6
  call void @llvm.lifetime.start.p0(ptr %5) #5
  call void @poly_mul(ptr dead_on_unwind writable sret(%struct.poly) align 8 %5, ptr noundef %2, ptr noundef %4) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %5, i64 144, i1 false), !tbaa.struct !18
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %36

36:                                               ; preds = %27
  %37 = load i64, ptr %3, align 8, !tbaa !11
  %38 = add i64 %37, 1
  store i64 %38, ptr %3, align 8, !tbaa !11
  br label %23, !llvm.loop !20

39:                                               ; preds = %26
  call void @poly_print(ptr noundef @.str, ptr noundef %2) #6
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @poly_deriv(ptr dead_on_unwind writable sret(%struct.poly) align 8 %6, ptr noundef %2) #6
  call void @poly_print(ptr noundef @.str.1, ptr noundef %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %40 = getelementptr inbounds [16 x i64], ptr %7, i64 0, i64 0
  %41 = call i32 @integer_roots(ptr noundef byval(%struct.poly) align 8 %2, ptr noundef %40, i32 noundef 16) #6
  store i32 %41, ptr %8, align 4, !tbaa !5
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %42) #6
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %55, %39
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = icmp slt i32 %45, %46
  br i1 %47, label %49, label %48

48:                                               ; preds = %44
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %58

49:                                               ; preds = %44
  %50 = load i32, ptr %9, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [16 x i64], ptr %7, i64 0, i64 %51
  %53 = load i64, ptr %52, align 8, !tbaa !11
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %53) #6
  br label %55

55:                                               ; preds = %49
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %9, align 4, !tbaa !5
  br label %44, !llvm.loop !21

58:                                               ; preds = %48
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.4) #6
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %60 = call i64 @horner_eval(ptr noundef %2, i64 noundef -8) #6
  store i64 %60, ptr %11, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 -7, ptr %12, align 8, !tbaa !11
  br label %61

61:                                               ; preds = %88, %58
  %62 = load i64, ptr %12, align 8, !tbaa !11
  %63 = icmp sle i64 %62, 8
  br i1 %63, label %65, label %64

64:                                               ; preds = %61
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %91

65:                                               ; preds = %61
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %66 = load i64, ptr %12, align 8, !tbaa !11
  %67 = call i64 @horner_eval(ptr noundef %2, i64 noundef %66) #6
  store i64 %67, ptr %13, align 8, !tbaa !11
  %68 = load i64, ptr %11, align 8, !tbaa !11
  %69 = icmp slt i64 %68, 0
  br i1 %69, label %70, label %73

70:                                               ; preds = %65
  %71 = load i64, ptr %13, align 8, !tbaa !11
  %72 = icmp sgt i64 %71, 0
  br i1 %72, label %79, label %73

73:                                               ; preds = %70, %65
  %74 = load i64, ptr %11, align 8, !tbaa !11
  %75 = icmp sgt i64 %74, 0
  br i1 %75, label %76, label %82

76:                                               ; preds = %73
  %77 = load i64, ptr %13, align 8, !tbaa !11
  %78 = icmp slt i64 %77, 0
  br i1 %78, label %79, label %82

79:                                               ; preds = %76, %70
  %80 = load i32, ptr %10, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %10, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %79, %76, %73
  %83 = load i64, ptr %13, align 8, !tbaa !11
  %84 = icmp ne i64 %83, 0
  br i1 %84, label %85, label %87

85:                                               ; preds = %82
  %86 = load i64, ptr %13, align 8, !tbaa !11
  store i64 %86, ptr %11, align 8, !tbaa !11
  br label %87

87:                                               ; preds = %85, %82
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %88

88:                                               ; preds = %87
  %89 = load i64, ptr %12, align 8, !tbaa !11
  %90 = add nsw i64 %89, 1
  store i64 %90, ptr %12, align 8, !tbaa !11
  br label %61, !llvm.loop !22

91:                                               ; preds = %64
  %92 = call i64 @horner_eval(ptr noundef %2, i64 noundef 2) #6
  %93 = call i64 @horner_eval(ptr noundef %6, i64 noundef 3) #6
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %92, i64 noundef %93, i32 noundef %94) #6
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %109, %91
  %97 = load i32, ptr %15, align 4, !tbaa !5
  %98 = icmp ult i32 %97, 50000
  br i1 %98, label %100, label %99

99:                                               ; preds = %96
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %112

100:                                              ; preds = %96
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %101 = load i32, ptr %15, align 4, !tbaa !5
  %102 = mul i32 %101, 7919
  %103 = add i32 %102, 13
  %104 = call i32 @horner_eval_mod(ptr noundef %2, i32 noundef %103) #6
  store i32 %104, ptr %16, align 4, !tbaa !5
  %105 = load i32, ptr %14, align 4, !tbaa !5
  %106 = load i32, ptr %16, align 4, !tbaa !5
  %107 = xor i32 %105, %106
  %108 = mul i32 %107, 16777619
  store i32 %108, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %109

109:                                              ; preds = %100
  %110 = load i32, ptr %15, align 4, !tbaa !5
  %111 = add i32 %110, 1
  store i32 %111, ptr %15, align 4, !tbaa !5
  br label %96, !llvm.loop !23

112:                                              ; preds = %99
  %113 = load i32, ptr %14, align 4, !tbaa !5
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %113) #6
  call void @llvm.lifetime.start.p0(ptr %17) #5
  store ptr @.str.7, ptr %17, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i64 0, ptr %18, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %19) #5
  %115 = load ptr, ptr %17, align 8, !tbaa !24
  store ptr %115, ptr %19, align 8, !tbaa !24
  br label %116

116:                                              ; preds = %144, %112
  %117 = load ptr, ptr %19, align 8, !tbaa !24
  %118 = load i8, ptr %117, align 1, !tbaa !19
  %119 = icmp ne i8 %118, 0
  br i1 %119, label %121, label %120

120:                                              ; preds = %116
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %147

121:                                              ; preds = %116
  call void @llvm.lifetime.start.p0(ptr %20) #5
  %122 = load ptr, ptr %19, align 8, !tbaa !24
  %123 = load i8, ptr %122, align 1, !tbaa !19
  %124 = sext i8 %123 to i32
  %125 = icmp sle i32 %124, 57
  br i1 %125, label %126, label %131

126:                                              ; preds = %121
  %127 = load ptr, ptr %19, align 8, !tbaa !24
  %128 = load i8, ptr %127, align 1, !tbaa !19
  %129 = sext i8 %128 to i32
  %130 = sub nsw i32 %129, 48
  br label %137

131:                                              ; preds = %121
  %132 = load ptr, ptr %19, align 8, !tbaa !24
  %133 = load i8, ptr %132, align 1, !tbaa !19
  %134 = sext i8 %133 to i32
  %135 = sub nsw i32 %134, 97
  %136 = add nsw i32 %135, 10
  br label %137

137:                                              ; preds = %131, %126
  %138 = phi i32 [ %130, %126 ], [ %136, %131 ]
  store i32 %138, ptr %20, align 4, !tbaa !5
  %139 = load i64, ptr %18, align 8, !tbaa !11
  %140 = mul i64 %139, 16
  %141 = load i32, ptr %20, align 4, !tbaa !5
  %142 = zext i32 %141 to i64
  %143 = add i64 %140, %142
  store i64 %143, ptr %18, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %20) #5
  br label %144

144:                                              ; preds = %137
  %145 = load ptr, ptr %19, align 8, !tbaa !24
  %146 = getelementptr inbounds nuw i8, ptr %145, i32 1
  store ptr %146, ptr %19, align 8, !tbaa !24
  br label %116, !llvm.loop !26

147:                                              ; preds = %120
  %148 = load ptr, ptr %17, align 8, !tbaa !24
  %149 = load i64, ptr %18, align 8, !tbaa !11
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %148, i64 noundef %149) #6
  call void @llvm.lifetime.end.p0(ptr %18) #5
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @poly_from_root(ptr dead_on_unwind noalias writable sret(%struct.poly) align 8 %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %1, ptr %4, align 8, !tbaa !11
  store i64 %2, ptr %5, align 8, !tbaa !11
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 144, i1 false)
  %6 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 0
  store i32 1, ptr %6, align 8, !tbaa !13
  %7 = load i64, ptr %5, align 8, !tbaa !11
  %8 = sub nsw i64 0, %7
  %9 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %10 = getelementptr inbounds [17 x i64], ptr %9, i64 0, i64 0
  store i64 %8, ptr %10, align 8, !tbaa !11
  %11 = load i64, ptr %4, align 8, !tbaa !11
  %12 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %13 = getelementptr inbounds [17 x i64], ptr %12, i64 0, i64 1
  store i64 %11, ptr %13, align 8, !tbaa !11
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @poly_mul(ptr dead_on_unwind noalias writable sret(%struct.poly) align 8 %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %1, ptr %4, align 8, !tbaa !9
  store ptr %2, ptr %5, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 144, i1 false)
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.poly, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %10, align 8, !tbaa !13
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.poly, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %13, align 8, !tbaa !13
  %15 = add nsw i32 %11, %14
  %16 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 0
  store i32 %15, ptr %16, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %58, %3
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.poly, ptr %19, i32 0, i32 0
  %21 = load i32, ptr %20, align 8, !tbaa !13
  %22 = icmp sle i32 %18, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %17
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %61

24:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %54, %24
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.poly, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %28, align 8, !tbaa !13
  %30 = icmp sle i32 %26, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %25
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %57

32:                                               ; preds = %25
  %33 = load ptr, ptr %4, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.poly, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [17 x i64], ptr %34, i64 0, i64 %36
  %38 = load i64, ptr %37, align 8, !tbaa !11
  %39 = load ptr, ptr %5, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.poly, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [17 x i64], ptr %40, i64 0, i64 %42
  %44 = load i64, ptr %43, align 8, !tbaa !11
  %45 = mul nsw i64 %38, %44
  %46 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = add nsw i32 %47, %48
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [17 x i64], ptr %46, i64 0, i64 %50
  %52 = load i64, ptr %51, align 8, !tbaa !11
  %53 = add nsw i64 %52, %45
  store i64 %53, ptr %51, align 8, !tbaa !11
  br label %54

54:                                               ; preds = %32
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %8, align 4, !tbaa !5
  br label %25, !llvm.loop !27

57:                                               ; preds = %31
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %6, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %6, align 4, !tbaa !5
  br label %17, !llvm.loop !28

61:                                               ; preds = %23
  call void @poly_normalize(ptr noundef %0) #6
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @poly_print(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !24
  store ptr %1, ptr %4, align 8, !tbaa !9
  %6 = load ptr, ptr %3, align 8, !tbaa !24
  %7 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %6) #6
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.poly, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 8, !tbaa !13
  store i32 %10, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %71, %2
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %74

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.poly, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [17 x i64], ptr %17, i64 0, i64 %19
  %21 = load i64, ptr %20, align 8, !tbaa !11
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %23, label %24

23:                                               ; preds = %15
  br label %71

24:                                               ; preds = %15
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.poly, ptr %25, i32 0, i32 1
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [17 x i64], ptr %26, i64 0, i64 %28
  %30 = load i64, ptr %29, align 8, !tbaa !11
  %31 = icmp slt i64 %30, 0
  %32 = zext i1 %31 to i64
  %33 = select i1 %31, i32 45, i32 43
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.poly, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [17 x i64], ptr %35, i64 0, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !11
  %40 = icmp slt i64 %39, 0
  br i1 %40, label %41, label %49

41:                                               ; preds = %24
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.poly, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [17 x i64], ptr %43, i64 0, i64 %45
  %47 = load i64, ptr %46, align 8, !tbaa !11
  %48 = sub nsw i64 0, %47
  br label %56

49:                                               ; preds = %24
  %50 = load ptr, ptr %4, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.poly, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %5, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [17 x i64], ptr %51, i64 0, i64 %53
  %55 = load i64, ptr %54, align 8, !tbaa !11
  br label %56

56:                                               ; preds = %49, %41
  %57 = phi i64 [ %48, %41 ], [ %55, %49 ]
  %58 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %33, i64 noundef %57) #6
  %59 = load i32, ptr %5, align 4, !tbaa !5
  %60 = icmp sgt i32 %59, 1
  br i1 %60, label %61, label %64

61:                                               ; preds = %56
  %62 = load i32, ptr %5, align 4, !tbaa !5
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %62) #6
  br label %70

64:                                               ; preds = %56
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = icmp eq i32 %65, 1
  br i1 %66, label %67, label %69

67:                                               ; preds = %64
  %68 = call i32 (ptr, ...) @printf(ptr noundef @.str.12) #6
  br label %69

69:                                               ; preds = %67, %64
  br label %70

70:                                               ; preds = %69, %61
  br label %71

71:                                               ; preds = %70, %23
  %72 = load i32, ptr %5, align 4, !tbaa !5
  %73 = add nsw i32 %72, -1
  store i32 %73, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !29

74:                                               ; preds = %14
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str.4) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @poly_deriv(ptr dead_on_unwind noalias writable sret(%struct.poly) align 8 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %1, ptr %3, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 144, i1 false)
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.poly, ptr %5, i32 0, i32 0
  %7 = load i32, ptr %6, align 8, !tbaa !13
  %8 = icmp sgt i32 %7, 0
  br i1 %8, label %9, label %14

9:                                                ; preds = %2
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.poly, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 8, !tbaa !13
  %13 = sub nsw i32 %12, 1
  br label %15

14:                                               ; preds = %2
  br label %15

15:                                               ; preds = %14, %9
  %16 = phi i32 [ %13, %9 ], [ 0, %14 ]
  %17 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 0
  store i32 %16, ptr %17, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 1, ptr %4, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %40, %15
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.poly, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %21, align 8, !tbaa !13
  %23 = icmp sle i32 %19, %22
  br i1 %23, label %25, label %24

24:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %43

25:                                               ; preds = %18
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.poly, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [17 x i64], ptr %27, i64 0, i64 %29
  %31 = load i64, ptr %30, align 8, !tbaa !11
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = mul nsw i64 %31, %33
  %35 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = sub nsw i32 %36, 1
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [17 x i64], ptr %35, i64 0, i64 %38
  store i64 %34, ptr %39, align 8, !tbaa !11
  br label %40

40:                                               ; preds = %25
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %4, align 4, !tbaa !5
  br label %18, !llvm.loop !30

43:                                               ; preds = %24
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @integer_roots(ptr noundef byval(%struct.poly) align 8 %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.poly, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca %struct.poly, align 8
  store ptr %1, ptr %4, align 8, !tbaa !31
  store i32 %2, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %29, %3
  %15 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 0
  %16 = load i32, ptr %15, align 8, !tbaa !13
  %17 = icmp sgt i32 %16, 0
  br i1 %17, label %18, label %27

18:                                               ; preds = %14
  %19 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %20 = getelementptr inbounds [17 x i64], ptr %19, i64 0, i64 0
  %21 = load i64, ptr %20, align 8, !tbaa !11
  %22 = icmp eq i64 %21, 0
  br i1 %22, label %23, label %27

23:                                               ; preds = %18
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = icmp slt i32 %24, %25
  br label %27

27:                                               ; preds = %23, %18, %14
  %28 = phi i1 [ false, %18 ], [ false, %14 ], [ %26, %23 ]
  br i1 %28, label %29, label %36

29:                                               ; preds = %27
  %30 = load ptr, ptr %4, align 8, !tbaa !31
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4, !tbaa !5
  %33 = sext i32 %31 to i64
  %34 = getelementptr inbounds i64, ptr %30, i64 %33
  store i64 0, ptr %34, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %35 = call i64 @synthetic_div(ptr noundef %0, i64 noundef 0, ptr noundef %7) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %7, i64 144, i1 false), !tbaa.struct !18
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %14, !llvm.loop !33

36:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %37 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %38 = getelementptr inbounds [17 x i64], ptr %37, i64 0, i64 0
  %39 = load i64, ptr %38, align 8, !tbaa !11
  %40 = icmp slt i64 %39, 0
  br i1 %40, label %41, label %46

41:                                               ; preds = %36
  %42 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %43 = getelementptr inbounds [17 x i64], ptr %42, i64 0, i64 0
  %44 = load i64, ptr %43, align 8, !tbaa !11
  %45 = sub nsw i64 0, %44
  br label %50

46:                                               ; preds = %36
  %47 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 1
  %48 = getelementptr inbounds [17 x i64], ptr %47, i64 0, i64 0
  %49 = load i64, ptr %48, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %46, %41
  %51 = phi i64 [ %45, %41 ], [ %49, %46 ]
  store i64 %51, ptr %8, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i64 1, ptr %9, align 8, !tbaa !11
  br label %52

52:                                               ; preds = %110, %50
  %53 = load i64, ptr %9, align 8, !tbaa !11
  %54 = load i64, ptr %8, align 8, !tbaa !11
  %55 = icmp sle i64 %53, %54
  br i1 %55, label %56, label %60

56:                                               ; preds = %52
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = load i32, ptr %5, align 4, !tbaa !5
  %59 = icmp slt i32 %57, %58
  br label %60

60:                                               ; preds = %56, %52
  %61 = phi i1 [ false, %52 ], [ %59, %56 ]
  br i1 %61, label %63, label %62

62:                                               ; preds = %60
  store i32 4, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %113

63:                                               ; preds = %60
  %64 = load i64, ptr %8, align 8, !tbaa !11
  %65 = load i64, ptr %9, align 8, !tbaa !11
  %66 = srem i64 %64, %65
  %67 = icmp ne i64 %66, 0
  br i1 %67, label %68, label %69

68:                                               ; preds = %63
  br label %110

69:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %70

70:                                               ; preds = %106, %69
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 2
  br i1 %72, label %74, label %73

73:                                               ; preds = %70
  store i32 7, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %109

74:                                               ; preds = %70
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %75 = load i32, ptr %11, align 4, !tbaa !5
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %80

77:                                               ; preds = %74
  %78 = load i64, ptr %9, align 8, !tbaa !11
  %79 = sub nsw i64 0, %78
  br label %82

80:                                               ; preds = %74
  %81 = load i64, ptr %9, align 8, !tbaa !11
  br label %82

82:                                               ; preds = %80, %77
  %83 = phi i64 [ %79, %77 ], [ %81, %80 ]
  store i64 %83, ptr %12, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %13) #5
  br label %84

84:                                               ; preds = %98, %82
  %85 = getelementptr inbounds nuw %struct.poly, ptr %0, i32 0, i32 0
  %86 = load i32, ptr %85, align 8, !tbaa !13
  %87 = icmp sgt i32 %86, 0
  br i1 %87, label %88, label %96

88:                                               ; preds = %84
  %89 = load i32, ptr %6, align 4, !tbaa !5
  %90 = load i32, ptr %5, align 4, !tbaa !5
  %91 = icmp slt i32 %89, %90
  br i1 %91, label %92, label %96

92:                                               ; preds = %88
  %93 = load i64, ptr %12, align 8, !tbaa !11
  %94 = call i64 @synthetic_div(ptr noundef %0, i64 noundef %93, ptr noundef %13) #6
  %95 = icmp eq i64 %94, 0
  br label %96

96:                                               ; preds = %92, %88, %84
  %97 = phi i1 [ false, %88 ], [ false, %84 ], [ %95, %92 ]
  br i1 %97, label %98, label %105

98:                                               ; preds = %96
  %99 = load i64, ptr %12, align 8, !tbaa !11
  %100 = load ptr, ptr %4, align 8, !tbaa !31
  %101 = load i32, ptr %6, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %6, align 4, !tbaa !5
  %103 = sext i32 %101 to i64
  %104 = getelementptr inbounds i64, ptr %100, i64 %103
  store i64 %99, ptr %104, align 8, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %13, i64 144, i1 false), !tbaa.struct !18
  br label %84, !llvm.loop !34

105:                                              ; preds = %96
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %11, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %11, align 4, !tbaa !5
  br label %70, !llvm.loop !35

109:                                              ; preds = %73
  br label %110

110:                                              ; preds = %109, %68
  %111 = load i64, ptr %9, align 8, !tbaa !11
  %112 = add nsw i64 %111, 1
  store i64 %112, ptr %9, align 8, !tbaa !11
  br label %52, !llvm.loop !36

113:                                              ; preds = %62
  %114 = load i32, ptr %6, align 4, !tbaa !5
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  ret i32 %114
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @poly_normalize(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  br label %3

3:                                                ; preds = %20, %1
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.poly, ptr %4, i32 0, i32 0
  %6 = load i32, ptr %5, align 8, !tbaa !13
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %18

8:                                                ; preds = %3
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.poly, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.poly, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 8, !tbaa !13
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [17 x i64], ptr %10, i64 0, i64 %14
  %16 = load i64, ptr %15, align 8, !tbaa !11
  %17 = icmp eq i64 %16, 0
  br label %18

18:                                               ; preds = %8, %3
  %19 = phi i1 [ false, %3 ], [ %17, %8 ]
  br i1 %19, label %20, label %25

20:                                               ; preds = %18
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.poly, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 8, !tbaa !13
  %24 = add nsw i32 %23, -1
  store i32 %24, ptr %22, align 8, !tbaa !13
  br label %3, !llvm.loop !37

25:                                               ; preds = %18
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @synthetic_div(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !11
  store ptr %2, ptr %6, align 8, !tbaa !9
  %9 = load ptr, ptr %6, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %9, i8 0, i64 144, i1 false)
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.poly, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 8, !tbaa !13
  %13 = sub nsw i32 %12, 1
  %14 = load ptr, ptr %6, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.poly, ptr %14, i32 0, i32 0
  store i32 %13, ptr %15, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.poly, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !13
  store i32 %18, ptr %8, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %41, %3
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = icmp sge i32 %20, 1
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %44

23:                                               ; preds = %19
  %24 = load i64, ptr %7, align 8, !tbaa !11
  %25 = load i64, ptr %5, align 8, !tbaa !11
  %26 = mul nsw i64 %24, %25
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.poly, ptr %27, i32 0, i32 1
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [17 x i64], ptr %28, i64 0, i64 %30
  %32 = load i64, ptr %31, align 8, !tbaa !11
  %33 = add nsw i64 %26, %32
  store i64 %33, ptr %7, align 8, !tbaa !11
  %34 = load i64, ptr %7, align 8, !tbaa !11
  %35 = load ptr, ptr %6, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.poly, ptr %35, i32 0, i32 1
  %37 = load i32, ptr %8, align 4, !tbaa !5
  %38 = sub nsw i32 %37, 1
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [17 x i64], ptr %36, i64 0, i64 %39
  store i64 %34, ptr %40, align 8, !tbaa !11
  br label %41

41:                                               ; preds = %23
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = add nsw i32 %42, -1
  store i32 %43, ptr %8, align 4, !tbaa !5
  br label %19, !llvm.loop !38

44:                                               ; preds = %22
  %45 = load i64, ptr %7, align 8, !tbaa !11
  %46 = load i64, ptr %5, align 8, !tbaa !11
  %47 = mul nsw i64 %45, %46
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.poly, ptr %48, i32 0, i32 1
  %50 = getelementptr inbounds [17 x i64], ptr %49, i64 0, i64 0
  %51 = load i64, ptr %50, align 8, !tbaa !11
  %52 = add nsw i64 %47, %51
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i64 %52
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !6, i64 0}
!14 = !{!"", !6, i64 0, !7, i64 8}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = !{i64 0, i64 4, !5, i64 8, i64 136, !19}
!19 = !{!7, !7, i64 0}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 omnipotent char", !10, i64 0}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = distinct !{!30, !16}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 long", !10, i64 0}
!33 = distinct !{!33, !16}
!34 = distinct !{!34, !16}
!35 = distinct !{!35, !16}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
!38 = distinct !{!38, !16}
