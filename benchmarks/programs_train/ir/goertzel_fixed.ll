; ModuleID = 'goertzel_fixed.c'
source_filename = "goertzel_fixed.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.goertzel = type { i32, i64, i64 }

@.str = private unnamed_addr constant [18 x i8] c"159D*0#A3728B4C6-\00", align 1
@main.block = internal global [205 x i16] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [38 x i8] c"coef697=%d coef1633=%d sin(45deg)=%d\0A\00", align 1
@keypad = internal constant [4 x [4 x i8]] [[4 x i8] c"123A", [4 x i8] c"456B", [4 x i8] c"789C", [4 x i8] c"*0#D"], align 16
@row_freq = internal constant [4 x i32] [i32 697, i32 770, i32 852, i32 941], align 16
@col_freq = internal constant [4 x i32] [i32 1209, i32 1336, i32 1477, i32 1633], align 16
@.str.2 = private unnamed_addr constant [13 x i8] c"dialed:  %s\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"decoded: %s\0A\00", align 1
@.str.4 = private unnamed_addr constant [26 x i8] c"match=%s energy_sum=%llu\0A\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@noise_state = internal global i32 19088743, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [32 x i8], align 16
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store ptr @.str, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i64 0, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !12
  %18 = call i32 @phase_step(i32 noundef 697) #6
  %19 = add i32 %18, 1073741824
  %20 = call i32 @sin_q15(i32 noundef %19) #6
  %21 = call i32 @phase_step(i32 noundef 1633) #6
  %22 = add i32 %21, 1073741824
  %23 = call i32 @sin_q15(i32 noundef %22) #6
  %24 = call i32 @sin_q15(i32 noundef 536870912) #6
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %20, i32 noundef %23, i32 noundef %24) #6
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %26 = load ptr, ptr %2, align 8, !tbaa !9
  store ptr %26, ptr %6, align 8, !tbaa !9
  br label %27

27:                                               ; preds = %129, %0
  %28 = load ptr, ptr %6, align 8, !tbaa !9
  %29 = load i8, ptr %28, align 1, !tbaa !14
  %30 = icmp ne i8 %29, 0
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %132

32:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 -1, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 -1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %63, %32
  %34 = load i32, ptr %10, align 4, !tbaa !5
  %35 = icmp slt i32 %34, 4
  br i1 %35, label %37, label %36

36:                                               ; preds = %33
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %66

37:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %59, %37
  %39 = load i32, ptr %11, align 4, !tbaa !5
  %40 = icmp slt i32 %39, 4
  br i1 %40, label %42, label %41

41:                                               ; preds = %38
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %62

42:                                               ; preds = %38
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [4 x [4 x i8]], ptr @keypad, i64 0, i64 %44
  %46 = load i32, ptr %11, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [4 x i8], ptr %45, i64 0, i64 %47
  %49 = load i8, ptr %48, align 1, !tbaa !14
  %50 = sext i8 %49 to i32
  %51 = load ptr, ptr %6, align 8, !tbaa !9
  %52 = load i8, ptr %51, align 1, !tbaa !14
  %53 = sext i8 %52 to i32
  %54 = icmp eq i32 %50, %53
  br i1 %54, label %55, label %58

55:                                               ; preds = %42
  %56 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %56, ptr %8, align 4, !tbaa !5
  %57 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %57, ptr %9, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %55, %42
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %11, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %11, align 4, !tbaa !5
  br label %38, !llvm.loop !15

62:                                               ; preds = %41
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %10, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %10, align 4, !tbaa !5
  br label %33, !llvm.loop !17

66:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %67 = load i32, ptr %8, align 4, !tbaa !5
  %68 = icmp sge i32 %67, 0
  br i1 %68, label %69, label %75

69:                                               ; preds = %66
  %70 = load i32, ptr %8, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [4 x i32], ptr @row_freq, i64 0, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = call i32 @phase_step(i32 noundef %73) #6
  br label %76

75:                                               ; preds = %66
  br label %76

76:                                               ; preds = %75, %69
  %77 = phi i32 [ %74, %69 ], [ 0, %75 ]
  store i32 %77, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = icmp sge i32 %78, 0
  br i1 %79, label %80, label %86

80:                                               ; preds = %76
  %81 = load i32, ptr %9, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [4 x i32], ptr @col_freq, i64 0, i64 %82
  %84 = load i32, ptr %83, align 4, !tbaa !5
  %85 = call i32 @phase_step(i32 noundef %84) #6
  br label %87

86:                                               ; preds = %76
  br label %87

87:                                               ; preds = %86, %80
  %88 = phi i32 [ %85, %80 ], [ 0, %86 ]
  store i32 %88, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %89

89:                                               ; preds = %121, %87
  %90 = load i32, ptr %16, align 4, !tbaa !5
  %91 = icmp slt i32 %90, 205
  br i1 %91, label %93, label %92

92:                                               ; preds = %89
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %124

93:                                               ; preds = %89
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %94 = call i32 @noise() #6
  store i32 %94, ptr %17, align 4, !tbaa !5
  %95 = load i32, ptr %8, align 4, !tbaa !5
  %96 = icmp sge i32 %95, 0
  br i1 %96, label %97, label %109

97:                                               ; preds = %93
  %98 = load i32, ptr %12, align 4, !tbaa !5
  %99 = call i32 @sin_q15(i32 noundef %98) #6
  %100 = mul nsw i32 %99, 3
  %101 = sdiv i32 %100, 8
  %102 = load i32, ptr %13, align 4, !tbaa !5
  %103 = call i32 @sin_q15(i32 noundef %102) #6
  %104 = mul nsw i32 %103, 3
  %105 = sdiv i32 %104, 8
  %106 = add nsw i32 %101, %105
  %107 = load i32, ptr %17, align 4, !tbaa !5
  %108 = add nsw i32 %107, %106
  store i32 %108, ptr %17, align 4, !tbaa !5
  br label %109

109:                                              ; preds = %97, %93
  %110 = load i32, ptr %17, align 4, !tbaa !5
  %111 = trunc i32 %110 to i16
  %112 = load i32, ptr %16, align 4, !tbaa !5
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [205 x i16], ptr @main.block, i64 0, i64 %113
  store i16 %111, ptr %114, align 2, !tbaa !18
  %115 = load i32, ptr %14, align 4, !tbaa !5
  %116 = load i32, ptr %12, align 4, !tbaa !5
  %117 = add i32 %116, %115
  store i32 %117, ptr %12, align 4, !tbaa !5
  %118 = load i32, ptr %15, align 4, !tbaa !5
  %119 = load i32, ptr %13, align 4, !tbaa !5
  %120 = add i32 %119, %118
  store i32 %120, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %17) #5
  br label %121

121:                                              ; preds = %109
  %122 = load i32, ptr %16, align 4, !tbaa !5
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %16, align 4, !tbaa !5
  br label %89, !llvm.loop !20

124:                                              ; preds = %92
  %125 = call signext i8 @decode_block(ptr noundef @main.block, ptr noundef %5) #6
  %126 = load i64, ptr %4, align 8, !tbaa !12
  %127 = add i64 %126, 1
  store i64 %127, ptr %4, align 8, !tbaa !12
  %128 = getelementptr inbounds nuw [32 x i8], ptr %3, i64 0, i64 %126
  store i8 %125, ptr %128, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %129

129:                                              ; preds = %124
  %130 = load ptr, ptr %6, align 8, !tbaa !9
  %131 = getelementptr inbounds nuw i8, ptr %130, i32 1
  store ptr %131, ptr %6, align 8, !tbaa !9
  br label %27, !llvm.loop !21

132:                                              ; preds = %31
  %133 = load i64, ptr %4, align 8, !tbaa !12
  %134 = getelementptr inbounds nuw [32 x i8], ptr %3, i64 0, i64 %133
  store i8 0, ptr %134, align 1, !tbaa !14
  %135 = load ptr, ptr %2, align 8, !tbaa !9
  %136 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %135) #6
  %137 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %137) #6
  %139 = load ptr, ptr %2, align 8, !tbaa !9
  %140 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  %141 = call i32 @strcmp(ptr noundef %139, ptr noundef %140) #7
  %142 = icmp eq i32 %141, 0
  %143 = zext i1 %142 to i64
  %144 = select i1 %142, ptr @.str.5, ptr @.str.6
  %145 = load i64, ptr %5, align 8, !tbaa !12
  %146 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, ptr noundef %144, i64 noundef %145) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %147 = load i32, ptr %1, align 4
  ret i32 %147
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @sin_q15(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = lshr i32 %7, 30
  store i32 %8, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = and i32 %9, 1073741823
  %11 = zext i32 %10 to i64
  store i64 %11, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = mul nsw i64 %12, 421657428
  %14 = ashr i64 %13, 30
  store i64 %14, ptr %5, align 8, !tbaa !12
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = and i32 %15, 1
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %21

18:                                               ; preds = %1
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = sub nsw i64 421657428, %19
  store i64 %20, ptr %5, align 8, !tbaa !12
  br label %21

21:                                               ; preds = %18, %1
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %22 = load i64, ptr %5, align 8, !tbaa !12
  %23 = call i64 @sin_q28_first_quadrant(i64 noundef %22) #6
  %24 = ashr i64 %23, 13
  store i64 %24, ptr %6, align 8, !tbaa !12
  %25 = load i64, ptr %6, align 8, !tbaa !12
  %26 = icmp sgt i64 %25, 32767
  br i1 %26, label %27, label %28

27:                                               ; preds = %21
  store i64 32767, ptr %6, align 8, !tbaa !12
  br label %28

28:                                               ; preds = %27, %21
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = and i32 %29, 2
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %36

32:                                               ; preds = %28
  %33 = load i64, ptr %6, align 8, !tbaa !12
  %34 = trunc i64 %33 to i32
  %35 = sub nsw i32 0, %34
  br label %39

36:                                               ; preds = %28
  %37 = load i64, ptr %6, align 8, !tbaa !12
  %38 = trunc i64 %37 to i32
  br label %39

39:                                               ; preds = %36, %32
  %40 = phi i32 [ %35, %32 ], [ %38, %36 ]
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %40
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @phase_step(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = zext i32 %3 to i64
  %5 = shl i64 %4, 32
  %6 = udiv i64 %5, 8000
  %7 = trunc i64 %6 to i32
  ret i32 %7
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @noise() #0 {
  %1 = load i32, ptr @noise_state, align 4, !tbaa !5
  %2 = shl i32 %1, 13
  %3 = load i32, ptr @noise_state, align 4, !tbaa !5
  %4 = xor i32 %3, %2
  store i32 %4, ptr @noise_state, align 4, !tbaa !5
  %5 = load i32, ptr @noise_state, align 4, !tbaa !5
  %6 = lshr i32 %5, 17
  %7 = load i32, ptr @noise_state, align 4, !tbaa !5
  %8 = xor i32 %7, %6
  store i32 %8, ptr @noise_state, align 4, !tbaa !5
  %9 = load i32, ptr @noise_state, align 4, !tbaa !5
  %10 = shl i32 %9, 5
  %11 = load i32, ptr @noise_state, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr @noise_state, align 4, !tbaa !5
  %13 = load i32, ptr @noise_state, align 4, !tbaa !5
  %14 = and i32 %13, 1023
  %15 = sub nsw i32 %14, 512
  ret i32 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @decode_block(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [4 x %struct.goertzel], align 16
  %7 = alloca [4 x %struct.goertzel], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [4 x i64], align 16
  %13 = alloca [4 x i64], align 16
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !22
  store ptr %1, ptr %5, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %38, %2
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 4
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %41

23:                                               ; preds = %19
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x %struct.goertzel], ptr %6, i64 0, i64 %25
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [4 x i32], ptr @row_freq, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  call void @goertzel_init(ptr noundef %26, i32 noundef %30) #6
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [4 x %struct.goertzel], ptr %7, i64 0, i64 %32
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [4 x i32], ptr @col_freq, i64 0, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !5
  call void @goertzel_init(ptr noundef %33, i32 noundef %37) #6
  br label %38

38:                                               ; preds = %23
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4, !tbaa !5
  br label %19, !llvm.loop !26

41:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %74, %41
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 205
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  store i32 5, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %77

46:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %70, %46
  %48 = load i32, ptr %11, align 4, !tbaa !5
  %49 = icmp slt i32 %48, 4
  br i1 %49, label %51, label %50

50:                                               ; preds = %47
  store i32 8, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %73

51:                                               ; preds = %47
  %52 = load i32, ptr %11, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [4 x %struct.goertzel], ptr %6, i64 0, i64 %53
  %55 = load ptr, ptr %4, align 8, !tbaa !22
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i16, ptr %55, i64 %57
  %59 = load i16, ptr %58, align 2, !tbaa !18
  %60 = sext i16 %59 to i32
  call void @goertzel_feed(ptr noundef %54, i32 noundef %60) #6
  %61 = load i32, ptr %11, align 4, !tbaa !5
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [4 x %struct.goertzel], ptr %7, i64 0, i64 %62
  %64 = load ptr, ptr %4, align 8, !tbaa !22
  %65 = load i32, ptr %9, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i16, ptr %64, i64 %66
  %68 = load i16, ptr %67, align 2, !tbaa !18
  %69 = sext i16 %68 to i32
  call void @goertzel_feed(ptr noundef %63, i32 noundef %69) #6
  br label %70

70:                                               ; preds = %51
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %11, align 4, !tbaa !5
  br label %47, !llvm.loop !27

73:                                               ; preds = %50
  br label %74

74:                                               ; preds = %73
  %75 = load i32, ptr %9, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %9, align 4, !tbaa !5
  br label %42, !llvm.loop !28

77:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %12) #5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i64 0, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i64 0, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %97, %77
  %79 = load i32, ptr %16, align 4, !tbaa !5
  %80 = icmp slt i32 %79, 4
  br i1 %80, label %82, label %81

81:                                               ; preds = %78
  store i32 11, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %100

82:                                               ; preds = %78
  %83 = load i32, ptr %16, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [4 x %struct.goertzel], ptr %6, i64 0, i64 %84
  %86 = call i64 @goertzel_power(ptr noundef %85) #6
  %87 = load i32, ptr %16, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [4 x i64], ptr %12, i64 0, i64 %88
  store i64 %86, ptr %89, align 8, !tbaa !12
  %90 = load i32, ptr %16, align 4, !tbaa !5
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [4 x %struct.goertzel], ptr %7, i64 0, i64 %91
  %93 = call i64 @goertzel_power(ptr noundef %92) #6
  %94 = load i32, ptr %16, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [4 x i64], ptr %13, i64 0, i64 %95
  store i64 %93, ptr %96, align 8, !tbaa !12
  br label %97

97:                                               ; preds = %82
  %98 = load i32, ptr %16, align 4, !tbaa !5
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %16, align 4, !tbaa !5
  br label %78, !llvm.loop !29

100:                                              ; preds = %81
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %101 = getelementptr inbounds [4 x i64], ptr %12, i64 0, i64 0
  %102 = call i32 @pick_strongest(ptr noundef %101, ptr noundef %14) #6
  store i32 %102, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #5
  %103 = getelementptr inbounds [4 x i64], ptr %13, i64 0, i64 0
  %104 = call i32 @pick_strongest(ptr noundef %103, ptr noundef %15) #6
  store i32 %104, ptr %18, align 4, !tbaa !5
  %105 = load i64, ptr %14, align 8, !tbaa !12
  %106 = load i64, ptr %15, align 8, !tbaa !12
  %107 = add i64 %105, %106
  %108 = load ptr, ptr %5, align 8, !tbaa !24
  %109 = load i64, ptr %108, align 8, !tbaa !12
  %110 = add i64 %109, %107
  store i64 %110, ptr %108, align 8, !tbaa !12
  %111 = load i32, ptr %17, align 4, !tbaa !5
  %112 = icmp slt i32 %111, 0
  br i1 %112, label %122, label %113

113:                                              ; preds = %100
  %114 = load i32, ptr %18, align 4, !tbaa !5
  %115 = icmp slt i32 %114, 0
  br i1 %115, label %122, label %116

116:                                              ; preds = %113
  %117 = load i64, ptr %14, align 8, !tbaa !12
  %118 = icmp ult i64 %117, 1000000
  br i1 %118, label %122, label %119

119:                                              ; preds = %116
  %120 = load i64, ptr %15, align 8, !tbaa !12
  %121 = icmp ult i64 %120, 1000000
  br i1 %121, label %122, label %123

122:                                              ; preds = %119, %116, %113, %100
  store i8 45, ptr %3, align 1
  store i32 1, ptr %10, align 4
  br label %131

123:                                              ; preds = %119
  %124 = load i32, ptr %17, align 4, !tbaa !5
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds [4 x [4 x i8]], ptr @keypad, i64 0, i64 %125
  %127 = load i32, ptr %18, align 4, !tbaa !5
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [4 x i8], ptr %126, i64 0, i64 %128
  %130 = load i8, ptr %129, align 1, !tbaa !14
  store i8 %130, ptr %3, align 1
  store i32 1, ptr %10, align 4
  br label %131

131:                                              ; preds = %123, %122
  call void @llvm.lifetime.end.p0(ptr %18) #5
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %132 = load i8, ptr %3, align 1
  ret i8 %132
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @sin_q28_first_quadrant(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %5 = load i64, ptr %2, align 8, !tbaa !12
  %6 = load i64, ptr %2, align 8, !tbaa !12
  %7 = mul nsw i64 %5, %6
  %8 = ashr i64 %7, 28
  store i64 %8, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %9 = load i64, ptr %3, align 8, !tbaa !12
  %10 = sdiv i64 %9, 72
  %11 = sub nsw i64 268435456, %10
  store i64 %11, ptr %4, align 8, !tbaa !12
  %12 = load i64, ptr %3, align 8, !tbaa !12
  %13 = load i64, ptr %4, align 8, !tbaa !12
  %14 = mul nsw i64 %12, %13
  %15 = ashr i64 %14, 28
  %16 = sdiv i64 %15, 42
  %17 = sub nsw i64 268435456, %16
  store i64 %17, ptr %4, align 8, !tbaa !12
  %18 = load i64, ptr %3, align 8, !tbaa !12
  %19 = load i64, ptr %4, align 8, !tbaa !12
  %20 = mul nsw i64 %18, %19
  %21 = ashr i64 %20, 28
  %22 = sdiv i64 %21, 20
  %23 = sub nsw i64 268435456, %22
  store i64 %23, ptr %4, align 8, !tbaa !12
  %24 = load i64, ptr %3, align 8, !tbaa !12
  %25 = load i64, ptr %4, align 8, !tbaa !12
  %26 = mul nsw i64 %24, %25
  %27 = ashr i64 %26, 28
  %28 = sdiv i64 %27, 6
  %29 = sub nsw i64 268435456, %28
  store i64 %29, ptr %4, align 8, !tbaa !12
  %30 = load i64, ptr %2, align 8, !tbaa !12
  %31 = load i64, ptr %4, align 8, !tbaa !12
  %32 = mul nsw i64 %30, %31
  %33 = ashr i64 %32, 28
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i64 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @goertzel_init(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !30
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = call i32 @phase_step(i32 noundef %5) #6
  %7 = add i32 %6, 1073741824
  %8 = call i32 @sin_q15(i32 noundef %7) #6
  %9 = load ptr, ptr %3, align 8, !tbaa !30
  %10 = getelementptr inbounds nuw %struct.goertzel, ptr %9, i32 0, i32 0
  store i32 %8, ptr %10, align 8, !tbaa !32
  %11 = load ptr, ptr %3, align 8, !tbaa !30
  %12 = getelementptr inbounds nuw %struct.goertzel, ptr %11, i32 0, i32 2
  store i64 0, ptr %12, align 8, !tbaa !34
  %13 = load ptr, ptr %3, align 8, !tbaa !30
  %14 = getelementptr inbounds nuw %struct.goertzel, ptr %13, i32 0, i32 1
  store i64 0, ptr %14, align 8, !tbaa !35
  ret void
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal void @goertzel_feed(ptr noundef %0, i32 noundef %1) #4 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !30
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = sext i32 %6 to i64
  %8 = load ptr, ptr %3, align 8, !tbaa !30
  %9 = getelementptr inbounds nuw %struct.goertzel, ptr %8, i32 0, i32 0
  %10 = load i32, ptr %9, align 8, !tbaa !32
  %11 = sext i32 %10 to i64
  %12 = load ptr, ptr %3, align 8, !tbaa !30
  %13 = getelementptr inbounds nuw %struct.goertzel, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8, !tbaa !35
  %15 = mul nsw i64 %11, %14
  %16 = ashr i64 %15, 14
  %17 = add nsw i64 %7, %16
  %18 = load ptr, ptr %3, align 8, !tbaa !30
  %19 = getelementptr inbounds nuw %struct.goertzel, ptr %18, i32 0, i32 2
  %20 = load i64, ptr %19, align 8, !tbaa !34
  %21 = sub nsw i64 %17, %20
  store i64 %21, ptr %5, align 8, !tbaa !12
  %22 = load ptr, ptr %3, align 8, !tbaa !30
  %23 = getelementptr inbounds nuw %struct.goertzel, ptr %22, i32 0, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !35
  %25 = load ptr, ptr %3, align 8, !tbaa !30
  %26 = getelementptr inbounds nuw %struct.goertzel, ptr %25, i32 0, i32 2
  store i64 %24, ptr %26, align 8, !tbaa !34
  %27 = load i64, ptr %5, align 8, !tbaa !12
  %28 = load ptr, ptr %3, align 8, !tbaa !30
  %29 = getelementptr inbounds nuw %struct.goertzel, ptr %28, i32 0, i32 1
  store i64 %27, ptr %29, align 8, !tbaa !35
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @goertzel_power(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %3) #5
  %6 = load ptr, ptr %2, align 8, !tbaa !30
  %7 = getelementptr inbounds nuw %struct.goertzel, ptr %6, i32 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !35
  %9 = ashr i64 %8, 4
  store i64 %9, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %10 = load ptr, ptr %2, align 8, !tbaa !30
  %11 = getelementptr inbounds nuw %struct.goertzel, ptr %10, i32 0, i32 2
  %12 = load i64, ptr %11, align 8, !tbaa !34
  %13 = ashr i64 %12, 4
  store i64 %13, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %14 = load i64, ptr %3, align 8, !tbaa !12
  %15 = load i64, ptr %3, align 8, !tbaa !12
  %16 = mul nsw i64 %14, %15
  %17 = load i64, ptr %4, align 8, !tbaa !12
  %18 = load i64, ptr %4, align 8, !tbaa !12
  %19 = mul nsw i64 %17, %18
  %20 = add nsw i64 %16, %19
  %21 = load ptr, ptr %2, align 8, !tbaa !30
  %22 = getelementptr inbounds nuw %struct.goertzel, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 8, !tbaa !32
  %24 = sext i32 %23 to i64
  %25 = load i64, ptr %3, align 8, !tbaa !12
  %26 = mul nsw i64 %24, %25
  %27 = ashr i64 %26, 14
  %28 = load i64, ptr %4, align 8, !tbaa !12
  %29 = mul nsw i64 %27, %28
  %30 = sub nsw i64 %20, %29
  store i64 %30, ptr %5, align 8, !tbaa !12
  %31 = load i64, ptr %5, align 8, !tbaa !12
  %32 = icmp slt i64 %31, 0
  br i1 %32, label %33, label %34

33:                                               ; preds = %1
  br label %36

34:                                               ; preds = %1
  %35 = load i64, ptr %5, align 8, !tbaa !12
  br label %36

36:                                               ; preds = %34, %33
  %37 = phi i64 [ 0, %33 ], [ %35, %34 ]
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i64 %37
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @pick_strongest(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !24
  store ptr %1, ptr %5, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %29, %2
  %11 = load i32, ptr %7, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 4
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %32

14:                                               ; preds = %10
  %15 = load ptr, ptr %4, align 8, !tbaa !24
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds i64, ptr %15, i64 %17
  %19 = load i64, ptr %18, align 8, !tbaa !12
  %20 = load ptr, ptr %4, align 8, !tbaa !24
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i64, ptr %20, i64 %22
  %24 = load i64, ptr %23, align 8, !tbaa !12
  %25 = icmp ugt i64 %19, %24
  br i1 %25, label %26, label %28

26:                                               ; preds = %14
  %27 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %27, ptr %6, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %26, %14
  br label %29

29:                                               ; preds = %28
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %7, align 4, !tbaa !5
  br label %10, !llvm.loop !36

32:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %56, %32
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = icmp slt i32 %34, 4
  br i1 %35, label %37, label %36

36:                                               ; preds = %33
  store i32 5, ptr %9, align 4
  br label %59

37:                                               ; preds = %33
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = icmp ne i32 %38, %39
  br i1 %40, label %41, label %55

41:                                               ; preds = %37
  %42 = load ptr, ptr %4, align 8, !tbaa !24
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i64, ptr %42, i64 %44
  %46 = load i64, ptr %45, align 8, !tbaa !12
  %47 = mul i64 %46, 8
  %48 = load ptr, ptr %4, align 8, !tbaa !24
  %49 = load i32, ptr %6, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i64, ptr %48, i64 %50
  %52 = load i64, ptr %51, align 8, !tbaa !12
  %53 = icmp ugt i64 %47, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %41
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %59

55:                                               ; preds = %41, %37
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %8, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %8, align 4, !tbaa !5
  br label %33, !llvm.loop !37

59:                                               ; preds = %54, %36
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %60 = load i32, ptr %9, align 4
  switch i32 %60, label %69 [
    i32 5, label %61
  ]

61:                                               ; preds = %59
  %62 = load ptr, ptr %4, align 8, !tbaa !24
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i64, ptr %62, i64 %64
  %66 = load i64, ptr %65, align 8, !tbaa !12
  %67 = load ptr, ptr %5, align 8, !tbaa !24
  store i64 %66, ptr %67, align 8, !tbaa !12
  %68 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %68, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %69

69:                                               ; preds = %61, %59
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %70 = load i32, ptr %3, align 4
  ret i32 %70
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!18 = !{!19, !19, i64 0}
!19 = !{!"short", !7, i64 0}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 short", !11, i64 0}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 long", !11, i64 0}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = !{!31, !31, i64 0}
!31 = !{!"p1 _ZTS8goertzel", !11, i64 0}
!32 = !{!33, !6, i64 0}
!33 = !{!"goertzel", !6, i64 0, !13, i64 8, !13, i64 16}
!34 = !{!33, !13, i64 16}
!35 = !{!33, !13, i64 8}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
