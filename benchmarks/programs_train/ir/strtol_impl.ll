; ModuleID = 'strtol_impl.c'
source_filename = "strtol_impl.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.parse_result = type { i64, i64, i8 }

@main.cases = internal global [24 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23], align 16
@.str = private unnamed_addr constant [2 x i8] c"0\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"42\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"  -17\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"+99abc\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"0x1F\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"0X\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"0755\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"089\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"zz\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"-0x80\00", align 1
@.str.10 = private unnamed_addr constant [20 x i8] c"9223372036854775807\00", align 1
@.str.11 = private unnamed_addr constant [20 x i8] c"9223372036854775808\00", align 1
@.str.12 = private unnamed_addr constant [21 x i8] c"-9223372036854775808\00", align 1
@.str.13 = private unnamed_addr constant [21 x i8] c"-9223372036854775809\00", align 1
@.str.14 = private unnamed_addr constant [31 x i8] c"123456789012345678901234567890\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"   \00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.17 = private unnamed_addr constant [6 x i8] c"0b101\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"7fffffff\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"1010\00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"Zz\00", align 1
@.str.21 = private unnamed_addr constant [6 x i8] c"  +0x\00", align 1
@.str.22 = private unnamed_addr constant [21 x i8] c"18446744073709551615\00", align 1
@.str.23 = private unnamed_addr constant [3 x i8] c"-1\00", align 1
@main.bases = internal constant [6 x i32] [i32 0, i32 10, i32 16, i32 8, i32 2, i32 36], align 16
@.str.24 = private unnamed_addr constant [56 x i8] c"strtol mismatch base %d \22%s\22: mine=%ld/%zu lib=%ld/%zu\0A\00", align 1
@.str.25 = private unnamed_addr constant [49 x i8] c"strtoul mismatch base %d \22%s\22: mine=%lu lib=%lu\0A\00", align 1
@.str.26 = private unnamed_addr constant [30 x i8] c"agree=%d disagree=%d mix=%lx\0A\00", align 1
@.str.27 = private unnamed_addr constant [31 x i8] c"10, 0x20,-5 ,0777,  1e3,100000\00", align 1
@.str.28 = private unnamed_addr constant [23 x i8] c"list count=%d sum=%ld\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @my_strtol(ptr dead_on_unwind noalias writable sret(%struct.parse_result) align 8 %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  store ptr %1, ptr %4, align 8, !tbaa !9
  store i32 %2, ptr %5, align 4, !tbaa !5
  call void @llvm.memset.p0.i64(ptr align 8 %0, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %13, ptr %6, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %26, %3
  %15 = call ptr @__ctype_b_loc() #7
  %16 = load ptr, ptr %15, align 8, !tbaa !12
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = zext i8 %18 to i32
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds i16, ptr %16, i64 %20
  %22 = load i16, ptr %21, align 2, !tbaa !15
  %23 = zext i16 %22 to i32
  %24 = and i32 %23, 8192
  %25 = icmp ne i32 %24, 0
  br i1 %25, label %26, label %29

26:                                               ; preds = %14
  %27 = load ptr, ptr %6, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw i8, ptr %27, i32 1
  store ptr %28, ptr %6, align 8, !tbaa !9
  br label %14, !llvm.loop !17

29:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i8 0, ptr %7, align 1, !tbaa !19
  %30 = load ptr, ptr %6, align 8, !tbaa !9
  %31 = load i8, ptr %30, align 1, !tbaa !14
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 43
  br i1 %33, label %39, label %34

34:                                               ; preds = %29
  %35 = load ptr, ptr %6, align 8, !tbaa !9
  %36 = load i8, ptr %35, align 1, !tbaa !14
  %37 = sext i8 %36 to i32
  %38 = icmp eq i32 %37, 45
  br i1 %38, label %39, label %47

39:                                               ; preds = %34, %29
  %40 = load ptr, ptr %6, align 8, !tbaa !9
  %41 = load i8, ptr %40, align 1, !tbaa !14
  %42 = sext i8 %41 to i32
  %43 = icmp eq i32 %42, 45
  %44 = zext i1 %43 to i8
  store i8 %44, ptr %7, align 1, !tbaa !19
  %45 = load ptr, ptr %6, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw i8, ptr %45, i32 1
  store ptr %46, ptr %6, align 8, !tbaa !9
  br label %47

47:                                               ; preds = %39, %34
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = icmp slt i32 %48, 0
  br i1 %49, label %56, label %50

50:                                               ; preds = %47
  %51 = load i32, ptr %5, align 4, !tbaa !5
  %52 = icmp eq i32 %51, 1
  br i1 %52, label %56, label %53

53:                                               ; preds = %50
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = icmp sgt i32 %54, 36
  br i1 %55, label %56, label %57

56:                                               ; preds = %53, %50, %47
  store i32 1, ptr %8, align 4
  br label %138

57:                                               ; preds = %53
  %58 = load ptr, ptr %6, align 8, !tbaa !9
  %59 = call ptr @skip_prefix(ptr noundef %58, ptr noundef %5) #8
  store ptr %59, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %60 = load i8, ptr %7, align 1, !tbaa !19, !range !21, !noundef !22
  %61 = trunc i8 %60 to i1
  %62 = zext i1 %61 to i64
  %63 = select i1 %61, i64 -9223372036854775808, i64 9223372036854775807
  store i64 %63, ptr %9, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %64 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %64, ptr %11, align 8, !tbaa !9
  br label %65

65:                                               ; preds = %104, %57
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %66 = load ptr, ptr %6, align 8, !tbaa !9
  %67 = load i8, ptr %66, align 1, !tbaa !14
  %68 = zext i8 %67 to i32
  %69 = call i32 @digit_value(i32 noundef %68) #8
  store i32 %69, ptr %12, align 4, !tbaa !5
  %70 = load i32, ptr %12, align 4, !tbaa !5
  %71 = load i32, ptr %5, align 4, !tbaa !5
  %72 = icmp sge i32 %70, %71
  br i1 %72, label %73, label %74

73:                                               ; preds = %65
  store i32 4, ptr %8, align 4
  br label %101

74:                                               ; preds = %65
  %75 = getelementptr inbounds nuw %struct.parse_result, ptr %0, i32 0, i32 2
  %76 = load i8, ptr %75, align 8, !tbaa !25, !range !21, !noundef !22
  %77 = trunc i8 %76 to i1
  br i1 %77, label %78, label %79

78:                                               ; preds = %74
  store i32 6, ptr %8, align 4
  br label %101

79:                                               ; preds = %74
  %80 = load i64, ptr %10, align 8, !tbaa !23
  %81 = load i64, ptr %9, align 8, !tbaa !23
  %82 = load i32, ptr %12, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = sub i64 %81, %83
  %85 = load i32, ptr %5, align 4, !tbaa !5
  %86 = sext i32 %85 to i64
  %87 = udiv i64 %84, %86
  %88 = icmp ugt i64 %80, %87
  br i1 %88, label %89, label %92

89:                                               ; preds = %79
  %90 = getelementptr inbounds nuw %struct.parse_result, ptr %0, i32 0, i32 2
  store i8 1, ptr %90, align 8, !tbaa !25
  %91 = load i64, ptr %9, align 8, !tbaa !23
  store i64 %91, ptr %10, align 8, !tbaa !23
  br label %100

92:                                               ; preds = %79
  %93 = load i64, ptr %10, align 8, !tbaa !23
  %94 = load i32, ptr %5, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = mul i64 %93, %95
  %97 = load i32, ptr %12, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = add i64 %96, %98
  store i64 %99, ptr %10, align 8, !tbaa !23
  br label %100

100:                                              ; preds = %92, %89
  store i32 0, ptr %8, align 4
  br label %101

101:                                              ; preds = %100, %78, %73
  call void @llvm.lifetime.end.p0(ptr %12) #6
  %102 = load i32, ptr %8, align 4
  switch i32 %102, label %139 [
    i32 0, label %103
    i32 4, label %107
    i32 6, label %104
  ]

103:                                              ; preds = %101
  br label %104

104:                                              ; preds = %103, %101
  %105 = load ptr, ptr %6, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw i8, ptr %105, i32 1
  store ptr %106, ptr %6, align 8, !tbaa !9
  br label %65

107:                                              ; preds = %101
  %108 = load ptr, ptr %6, align 8, !tbaa !9
  %109 = load ptr, ptr %11, align 8, !tbaa !9
  %110 = icmp eq ptr %108, %109
  br i1 %110, label %111, label %112

111:                                              ; preds = %107
  store i32 1, ptr %8, align 4
  br label %137

112:                                              ; preds = %107
  %113 = load ptr, ptr %6, align 8, !tbaa !9
  %114 = load ptr, ptr %4, align 8, !tbaa !9
  %115 = ptrtoint ptr %113 to i64
  %116 = ptrtoint ptr %114 to i64
  %117 = sub i64 %115, %116
  %118 = getelementptr inbounds nuw %struct.parse_result, ptr %0, i32 0, i32 1
  store i64 %117, ptr %118, align 8, !tbaa !27
  %119 = load i8, ptr %7, align 1, !tbaa !19, !range !21, !noundef !22
  %120 = trunc i8 %119 to i1
  br i1 %120, label %121, label %133

121:                                              ; preds = %112
  %122 = load i64, ptr %10, align 8, !tbaa !23
  %123 = icmp eq i64 %122, 0
  br i1 %123, label %124, label %125

124:                                              ; preds = %121
  br label %130

125:                                              ; preds = %121
  %126 = load i64, ptr %10, align 8, !tbaa !23
  %127 = sub i64 %126, 1
  %128 = sub nsw i64 0, %127
  %129 = sub nsw i64 %128, 1
  br label %130

130:                                              ; preds = %125, %124
  %131 = phi i64 [ 0, %124 ], [ %129, %125 ]
  %132 = getelementptr inbounds nuw %struct.parse_result, ptr %0, i32 0, i32 0
  store i64 %131, ptr %132, align 8, !tbaa !28
  br label %136

133:                                              ; preds = %112
  %134 = load i64, ptr %10, align 8, !tbaa !23
  %135 = getelementptr inbounds nuw %struct.parse_result, ptr %0, i32 0, i32 0
  store i64 %134, ptr %135, align 8, !tbaa !28
  br label %136

136:                                              ; preds = %133, %130
  store i32 1, ptr %8, align 4
  br label %137

137:                                              ; preds = %136, %111
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %138

138:                                              ; preds = %137, %56
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  ret void

139:                                              ; preds = %101
  unreachable
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @skip_prefix(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !29
  %6 = load ptr, ptr %5, align 8, !tbaa !29
  %7 = load i32, ptr %6, align 4, !tbaa !5
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %50

9:                                                ; preds = %2
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = getelementptr inbounds i8, ptr %10, i64 0
  %12 = load i8, ptr %11, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 48
  br i1 %14, label %15, label %38

15:                                               ; preds = %9
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %16, i64 1
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = sext i8 %18 to i32
  %20 = icmp eq i32 %19, 120
  br i1 %20, label %27, label %21

21:                                               ; preds = %15
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds i8, ptr %22, i64 1
  %24 = load i8, ptr %23, align 1, !tbaa !14
  %25 = sext i8 %24 to i32
  %26 = icmp eq i32 %25, 88
  br i1 %26, label %27, label %38

27:                                               ; preds = %21, %15
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds i8, ptr %28, i64 2
  %30 = load i8, ptr %29, align 1, !tbaa !14
  %31 = zext i8 %30 to i32
  %32 = call i32 @digit_value(i32 noundef %31) #8
  %33 = icmp slt i32 %32, 16
  br i1 %33, label %34, label %38

34:                                               ; preds = %27
  %35 = load ptr, ptr %5, align 8, !tbaa !29
  store i32 16, ptr %35, align 4, !tbaa !5
  %36 = load ptr, ptr %4, align 8, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %36, i64 2
  store ptr %37, ptr %3, align 8
  br label %84

38:                                               ; preds = %27, %21, %9
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = getelementptr inbounds i8, ptr %39, i64 0
  %41 = load i8, ptr %40, align 1, !tbaa !14
  %42 = sext i8 %41 to i32
  %43 = icmp eq i32 %42, 48
  br i1 %43, label %44, label %47

44:                                               ; preds = %38
  %45 = load ptr, ptr %5, align 8, !tbaa !29
  store i32 8, ptr %45, align 4, !tbaa !5
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %46, ptr %3, align 8
  br label %84

47:                                               ; preds = %38
  %48 = load ptr, ptr %5, align 8, !tbaa !29
  store i32 10, ptr %48, align 4, !tbaa !5
  %49 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %49, ptr %3, align 8
  br label %84

50:                                               ; preds = %2
  %51 = load ptr, ptr %5, align 8, !tbaa !29
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = icmp eq i32 %52, 16
  br i1 %53, label %54, label %82

54:                                               ; preds = %50
  %55 = load ptr, ptr %4, align 8, !tbaa !9
  %56 = getelementptr inbounds i8, ptr %55, i64 0
  %57 = load i8, ptr %56, align 1, !tbaa !14
  %58 = sext i8 %57 to i32
  %59 = icmp eq i32 %58, 48
  br i1 %59, label %60, label %82

60:                                               ; preds = %54
  %61 = load ptr, ptr %4, align 8, !tbaa !9
  %62 = getelementptr inbounds i8, ptr %61, i64 1
  %63 = load i8, ptr %62, align 1, !tbaa !14
  %64 = sext i8 %63 to i32
  %65 = icmp eq i32 %64, 120
  br i1 %65, label %72, label %66

66:                                               ; preds = %60
  %67 = load ptr, ptr %4, align 8, !tbaa !9
  %68 = getelementptr inbounds i8, ptr %67, i64 1
  %69 = load i8, ptr %68, align 1, !tbaa !14
  %70 = sext i8 %69 to i32
  %71 = icmp eq i32 %70, 88
  br i1 %71, label %72, label %82

72:                                               ; preds = %66, %60
  %73 = load ptr, ptr %4, align 8, !tbaa !9
  %74 = getelementptr inbounds i8, ptr %73, i64 2
  %75 = load i8, ptr %74, align 1, !tbaa !14
  %76 = zext i8 %75 to i32
  %77 = call i32 @digit_value(i32 noundef %76) #8
  %78 = icmp slt i32 %77, 16
  br i1 %78, label %79, label %82

79:                                               ; preds = %72
  %80 = load ptr, ptr %4, align 8, !tbaa !9
  %81 = getelementptr inbounds i8, ptr %80, i64 2
  store ptr %81, ptr %3, align 8
  br label %84

82:                                               ; preds = %72, %66, %54, %50
  %83 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %83, ptr %3, align 8
  br label %84

84:                                               ; preds = %82, %79, %47, %44, %34
  %85 = load ptr, ptr %3, align 8
  ret ptr %85
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @digit_value(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = icmp sge i32 %4, 48
  br i1 %5, label %6, label %12

6:                                                ; preds = %1
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp sle i32 %7, 57
  br i1 %8, label %9, label %12

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = sub nsw i32 %10, 48
  store i32 %11, ptr %2, align 4
  br label %33

12:                                               ; preds = %6, %1
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 97
  br i1 %14, label %15, label %22

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = icmp sle i32 %16, 122
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sub nsw i32 %19, 97
  %21 = add nsw i32 %20, 10
  store i32 %21, ptr %2, align 4
  br label %33

22:                                               ; preds = %15, %12
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = icmp sge i32 %23, 65
  br i1 %24, label %25, label %32

25:                                               ; preds = %22
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = icmp sle i32 %26, 90
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = sub nsw i32 %29, 65
  %31 = add nsw i32 %30, 10
  store i32 %31, ptr %2, align 4
  br label %33

32:                                               ; preds = %25, %22
  store i32 99, ptr %2, align 4
  br label %33

33:                                               ; preds = %32, %28, %18, %9
  %34 = load i32, ptr %2, align 4
  ret i32 %34
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @my_strtoul(ptr noundef %0, i32 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i8, align 1
  %12 = alloca i64, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i32 %1, ptr %7, align 4, !tbaa !5
  store ptr %2, ptr %8, align 8, !tbaa !31
  store ptr %3, ptr %9, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %16 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %16, ptr %10, align 8, !tbaa !9
  br label %17

17:                                               ; preds = %29, %4
  %18 = call ptr @__ctype_b_loc() #7
  %19 = load ptr, ptr %18, align 8, !tbaa !12
  %20 = load ptr, ptr %10, align 8, !tbaa !9
  %21 = load i8, ptr %20, align 1, !tbaa !14
  %22 = zext i8 %21 to i32
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds i16, ptr %19, i64 %23
  %25 = load i16, ptr %24, align 2, !tbaa !15
  %26 = zext i16 %25 to i32
  %27 = and i32 %26, 8192
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %32

29:                                               ; preds = %17
  %30 = load ptr, ptr %10, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw i8, ptr %30, i32 1
  store ptr %31, ptr %10, align 8, !tbaa !9
  br label %17, !llvm.loop !35

32:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i8 0, ptr %11, align 1, !tbaa !19
  %33 = load ptr, ptr %10, align 8, !tbaa !9
  %34 = load i8, ptr %33, align 1, !tbaa !14
  %35 = sext i8 %34 to i32
  %36 = icmp eq i32 %35, 43
  br i1 %36, label %42, label %37

37:                                               ; preds = %32
  %38 = load ptr, ptr %10, align 8, !tbaa !9
  %39 = load i8, ptr %38, align 1, !tbaa !14
  %40 = sext i8 %39 to i32
  %41 = icmp eq i32 %40, 45
  br i1 %41, label %42, label %50

42:                                               ; preds = %37, %32
  %43 = load ptr, ptr %10, align 8, !tbaa !9
  %44 = load i8, ptr %43, align 1, !tbaa !14
  %45 = sext i8 %44 to i32
  %46 = icmp eq i32 %45, 45
  %47 = zext i1 %46 to i8
  store i8 %47, ptr %11, align 1, !tbaa !19
  %48 = load ptr, ptr %10, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw i8, ptr %48, i32 1
  store ptr %49, ptr %10, align 8, !tbaa !9
  br label %50

50:                                               ; preds = %42, %37
  %51 = load ptr, ptr %10, align 8, !tbaa !9
  %52 = call ptr @skip_prefix(ptr noundef %51, ptr noundef %7) #8
  store ptr %52, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %53 = load ptr, ptr %10, align 8, !tbaa !9
  store ptr %53, ptr %13, align 8, !tbaa !9
  %54 = load ptr, ptr %9, align 8, !tbaa !33
  store i8 0, ptr %54, align 1, !tbaa !19
  br label %55

55:                                               ; preds = %93, %50
  %56 = load ptr, ptr %10, align 8, !tbaa !9
  %57 = load i8, ptr %56, align 1, !tbaa !14
  %58 = zext i8 %57 to i32
  %59 = call i32 @digit_value(i32 noundef %58) #8
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %96

62:                                               ; preds = %55
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %63 = load ptr, ptr %10, align 8, !tbaa !9
  %64 = load i8, ptr %63, align 1, !tbaa !14
  %65 = zext i8 %64 to i32
  %66 = call i32 @digit_value(i32 noundef %65) #8
  %67 = sext i32 %66 to i64
  store i64 %67, ptr %14, align 8, !tbaa !23
  %68 = load ptr, ptr %9, align 8, !tbaa !33
  %69 = load i8, ptr %68, align 1, !tbaa !19, !range !21, !noundef !22
  %70 = trunc i8 %69 to i1
  br i1 %70, label %71, label %72

71:                                               ; preds = %62
  store i32 6, ptr %15, align 4
  br label %90

72:                                               ; preds = %62
  %73 = load i64, ptr %12, align 8, !tbaa !23
  %74 = load i64, ptr %14, align 8, !tbaa !23
  %75 = sub i64 -1, %74
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = udiv i64 %75, %77
  %79 = icmp ugt i64 %73, %78
  br i1 %79, label %80, label %82

80:                                               ; preds = %72
  %81 = load ptr, ptr %9, align 8, !tbaa !33
  store i8 1, ptr %81, align 1, !tbaa !19
  store i64 -1, ptr %12, align 8, !tbaa !23
  br label %89

82:                                               ; preds = %72
  %83 = load i64, ptr %12, align 8, !tbaa !23
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = mul i64 %83, %85
  %87 = load i64, ptr %14, align 8, !tbaa !23
  %88 = add i64 %86, %87
  store i64 %88, ptr %12, align 8, !tbaa !23
  br label %89

89:                                               ; preds = %82, %80
  store i32 0, ptr %15, align 4
  br label %90

90:                                               ; preds = %89, %71
  call void @llvm.lifetime.end.p0(ptr %14) #6
  %91 = load i32, ptr %15, align 4
  switch i32 %91, label %125 [
    i32 0, label %92
    i32 6, label %93
  ]

92:                                               ; preds = %90
  br label %93

93:                                               ; preds = %92, %90
  %94 = load ptr, ptr %10, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw i8, ptr %94, i32 1
  store ptr %95, ptr %10, align 8, !tbaa !9
  br label %55, !llvm.loop !36

96:                                               ; preds = %55
  %97 = load ptr, ptr %10, align 8, !tbaa !9
  %98 = load ptr, ptr %13, align 8, !tbaa !9
  %99 = icmp eq ptr %97, %98
  br i1 %99, label %100, label %102

100:                                              ; preds = %96
  %101 = load ptr, ptr %8, align 8, !tbaa !31
  store i64 0, ptr %101, align 8, !tbaa !23
  store i64 0, ptr %5, align 8
  store i32 1, ptr %15, align 4
  br label %123

102:                                              ; preds = %96
  %103 = load ptr, ptr %10, align 8, !tbaa !9
  %104 = load ptr, ptr %6, align 8, !tbaa !9
  %105 = ptrtoint ptr %103 to i64
  %106 = ptrtoint ptr %104 to i64
  %107 = sub i64 %105, %106
  %108 = load ptr, ptr %8, align 8, !tbaa !31
  store i64 %107, ptr %108, align 8, !tbaa !23
  %109 = load ptr, ptr %9, align 8, !tbaa !33
  %110 = load i8, ptr %109, align 1, !tbaa !19, !range !21, !noundef !22
  %111 = trunc i8 %110 to i1
  br i1 %111, label %112, label %113

112:                                              ; preds = %102
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %15, align 4
  br label %123

113:                                              ; preds = %102
  %114 = load i8, ptr %11, align 1, !tbaa !19, !range !21, !noundef !22
  %115 = trunc i8 %114 to i1
  br i1 %115, label %116, label %119

116:                                              ; preds = %113
  %117 = load i64, ptr %12, align 8, !tbaa !23
  %118 = sub i64 0, %117
  br label %121

119:                                              ; preds = %113
  %120 = load i64, ptr %12, align 8, !tbaa !23
  br label %121

121:                                              ; preds = %119, %116
  %122 = phi i64 [ %118, %116 ], [ %120, %119 ]
  store i64 %122, ptr %5, align 8
  store i32 1, ptr %15, align 4
  br label %123

123:                                              ; preds = %121, %112, %100
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %124 = load i64, ptr %5, align 8
  ret i64 %124

125:                                              ; preds = %90
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca %struct.parse_result, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i8, align 1
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca i64, align 8
  %20 = alloca i32, align 4
  %21 = alloca %struct.parse_result, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 24, ptr %2, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !23
  br label %22

22:                                               ; preds = %143, %0
  %23 = load i64, ptr %6, align 8, !tbaa !23
  %24 = icmp ult i64 %23, 6
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %146

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !23
  br label %27

27:                                               ; preds = %139, %26
  %28 = load i64, ptr %8, align 8, !tbaa !23
  %29 = load i64, ptr %2, align 8, !tbaa !23
  %30 = icmp ult i64 %28, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %142

32:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %33 = load i64, ptr %8, align 8, !tbaa !23
  %34 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %33
  %35 = load ptr, ptr %34, align 8, !tbaa !9
  %36 = load i64, ptr %6, align 8, !tbaa !23
  %37 = getelementptr inbounds nuw [6 x i32], ptr @main.bases, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  call void @my_strtol(ptr dead_on_unwind writable sret(%struct.parse_result) align 8 %9, ptr noundef %35, i32 noundef %38) #8
  call void @llvm.lifetime.start.p0(ptr %10) #6
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %39 = load i64, ptr %8, align 8, !tbaa !23
  %40 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %39
  %41 = load ptr, ptr %40, align 8, !tbaa !9
  %42 = load i64, ptr %6, align 8, !tbaa !23
  %43 = getelementptr inbounds nuw [6 x i32], ptr @main.bases, i64 0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = call i64 @strtol(ptr noundef %41, ptr noundef %10, i32 noundef %44) #9
  store i64 %45, ptr %11, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %46 = load ptr, ptr %10, align 8, !tbaa !9
  %47 = load i64, ptr %8, align 8, !tbaa !23
  %48 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %47
  %49 = load ptr, ptr %48, align 8, !tbaa !9
  %50 = ptrtoint ptr %46 to i64
  %51 = ptrtoint ptr %49 to i64
  %52 = sub i64 %50, %51
  store i64 %52, ptr %12, align 8, !tbaa !23
  %53 = load i64, ptr %11, align 8, !tbaa !23
  %54 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 0
  %55 = load i64, ptr %54, align 8, !tbaa !28
  %56 = icmp eq i64 %53, %55
  br i1 %56, label %57, label %65

57:                                               ; preds = %32
  %58 = load i64, ptr %12, align 8, !tbaa !23
  %59 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 1
  %60 = load i64, ptr %59, align 8, !tbaa !27
  %61 = icmp eq i64 %58, %60
  br i1 %61, label %62, label %65

62:                                               ; preds = %57
  %63 = load i32, ptr %3, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %3, align 4, !tbaa !5
  br label %81

65:                                               ; preds = %57, %32
  %66 = load i32, ptr %4, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %4, align 4, !tbaa !5
  %68 = load i64, ptr %6, align 8, !tbaa !23
  %69 = getelementptr inbounds nuw [6 x i32], ptr @main.bases, i64 0, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = load i64, ptr %8, align 8, !tbaa !23
  %72 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %71
  %73 = load ptr, ptr %72, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 0
  %75 = load i64, ptr %74, align 8, !tbaa !28
  %76 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 1
  %77 = load i64, ptr %76, align 8, !tbaa !27
  %78 = load i64, ptr %11, align 8, !tbaa !23
  %79 = load i64, ptr %12, align 8, !tbaa !23
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %70, ptr noundef %73, i64 noundef %75, i64 noundef %77, i64 noundef %78, i64 noundef %79) #8
  br label %81

81:                                               ; preds = %65, %62
  %82 = load i64, ptr %5, align 8, !tbaa !23
  %83 = mul i64 %82, 31
  %84 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 0
  %85 = load i64, ptr %84, align 8, !tbaa !28
  %86 = add i64 %83, %85
  %87 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 1
  %88 = load i64, ptr %87, align 8, !tbaa !27
  %89 = add i64 %86, %88
  %90 = getelementptr inbounds nuw %struct.parse_result, ptr %9, i32 0, i32 2
  %91 = load i8, ptr %90, align 8, !tbaa !25, !range !21, !noundef !22
  %92 = trunc i8 %91 to i1
  %93 = zext i1 %92 to i64
  %94 = select i1 %92, i64 7, i64 0
  %95 = add i64 %89, %94
  store i64 %95, ptr %5, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %13) #6
  call void @llvm.lifetime.start.p0(ptr %14) #6
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %96 = load i64, ptr %8, align 8, !tbaa !23
  %97 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %96
  %98 = load ptr, ptr %97, align 8, !tbaa !9
  %99 = load i64, ptr %6, align 8, !tbaa !23
  %100 = getelementptr inbounds nuw [6 x i32], ptr @main.bases, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = call i64 @my_strtoul(ptr noundef %98, i32 noundef %101, ptr noundef %13, ptr noundef %14) #8
  store i64 %102, ptr %15, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %103 = load i64, ptr %8, align 8, !tbaa !23
  %104 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %103
  %105 = load ptr, ptr %104, align 8, !tbaa !9
  %106 = load i64, ptr %6, align 8, !tbaa !23
  %107 = getelementptr inbounds nuw [6 x i32], ptr @main.bases, i64 0, i64 %106
  %108 = load i32, ptr %107, align 4, !tbaa !5
  %109 = call i64 @strtoul(ptr noundef %105, ptr noundef %10, i32 noundef %108) #9
  store i64 %109, ptr %16, align 8, !tbaa !23
  %110 = load i64, ptr %15, align 8, !tbaa !23
  %111 = load i64, ptr %16, align 8, !tbaa !23
  %112 = icmp eq i64 %110, %111
  br i1 %112, label %113, label %126

113:                                              ; preds = %81
  %114 = load i64, ptr %13, align 8, !tbaa !23
  %115 = load ptr, ptr %10, align 8, !tbaa !9
  %116 = load i64, ptr %8, align 8, !tbaa !23
  %117 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %116
  %118 = load ptr, ptr %117, align 8, !tbaa !9
  %119 = ptrtoint ptr %115 to i64
  %120 = ptrtoint ptr %118 to i64
  %121 = sub i64 %119, %120
  %122 = icmp eq i64 %114, %121
  br i1 %122, label %123, label %126

123:                                              ; preds = %113
  %124 = load i32, ptr %3, align 4, !tbaa !5
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %3, align 4, !tbaa !5
  br label %138

126:                                              ; preds = %113, %81
  %127 = load i32, ptr %4, align 4, !tbaa !5
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %4, align 4, !tbaa !5
  %129 = load i64, ptr %6, align 8, !tbaa !23
  %130 = getelementptr inbounds nuw [6 x i32], ptr @main.bases, i64 0, i64 %129
  %131 = load i32, ptr %130, align 4, !tbaa !5
  %132 = load i64, ptr %8, align 8, !tbaa !23
  %133 = getelementptr inbounds nuw [24 x ptr], ptr @main.cases, i64 0, i64 %132
  %134 = load ptr, ptr %133, align 8, !tbaa !9
  %135 = load i64, ptr %15, align 8, !tbaa !23
  %136 = load i64, ptr %16, align 8, !tbaa !23
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, i32 noundef %131, ptr noundef %134, i64 noundef %135, i64 noundef %136) #8
  br label %138

138:                                              ; preds = %126, %123
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %139

139:                                              ; preds = %138
  %140 = load i64, ptr %8, align 8, !tbaa !23
  %141 = add i64 %140, 1
  store i64 %141, ptr %8, align 8, !tbaa !23
  br label %27, !llvm.loop !37

142:                                              ; preds = %31
  br label %143

143:                                              ; preds = %142
  %144 = load i64, ptr %6, align 8, !tbaa !23
  %145 = add i64 %144, 1
  store i64 %145, ptr %6, align 8, !tbaa !23
  br label %22, !llvm.loop !38

146:                                              ; preds = %25
  %147 = load i32, ptr %3, align 4, !tbaa !5
  %148 = load i32, ptr %4, align 4, !tbaa !5
  %149 = load i64, ptr %5, align 8, !tbaa !23
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.26, i32 noundef %147, i32 noundef %148, i64 noundef %149) #8
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store ptr @.str.27, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %151 = load ptr, ptr %17, align 8, !tbaa !9
  store ptr %151, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %19) #6
  store i64 0, ptr %19, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %20) #6
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %152

152:                                              ; preds = %177, %175, %146
  %153 = load ptr, ptr %18, align 8, !tbaa !9
  %154 = load i8, ptr %153, align 1, !tbaa !14
  %155 = icmp ne i8 %154, 0
  br i1 %155, label %156, label %178

156:                                              ; preds = %152
  call void @llvm.lifetime.start.p0(ptr %21) #6
  %157 = load ptr, ptr %18, align 8, !tbaa !9
  call void @my_strtol(ptr dead_on_unwind writable sret(%struct.parse_result) align 8 %21, ptr noundef %157, i32 noundef 0) #8
  %158 = getelementptr inbounds nuw %struct.parse_result, ptr %21, i32 0, i32 1
  %159 = load i64, ptr %158, align 8, !tbaa !27
  %160 = icmp eq i64 %159, 0
  br i1 %160, label %161, label %164

161:                                              ; preds = %156
  %162 = load ptr, ptr %18, align 8, !tbaa !9
  %163 = getelementptr inbounds nuw i8, ptr %162, i32 1
  store ptr %163, ptr %18, align 8, !tbaa !9
  store i32 8, ptr %7, align 4
  br label %175, !llvm.loop !39

164:                                              ; preds = %156
  %165 = getelementptr inbounds nuw %struct.parse_result, ptr %21, i32 0, i32 0
  %166 = load i64, ptr %165, align 8, !tbaa !28
  %167 = load i64, ptr %19, align 8, !tbaa !23
  %168 = add nsw i64 %167, %166
  store i64 %168, ptr %19, align 8, !tbaa !23
  %169 = load i32, ptr %20, align 4, !tbaa !5
  %170 = add nsw i32 %169, 1
  store i32 %170, ptr %20, align 4, !tbaa !5
  %171 = getelementptr inbounds nuw %struct.parse_result, ptr %21, i32 0, i32 1
  %172 = load i64, ptr %171, align 8, !tbaa !27
  %173 = load ptr, ptr %18, align 8, !tbaa !9
  %174 = getelementptr inbounds nuw i8, ptr %173, i64 %172
  store ptr %174, ptr %18, align 8, !tbaa !9
  store i32 0, ptr %7, align 4
  br label %175

175:                                              ; preds = %164, %161
  call void @llvm.lifetime.end.p0(ptr %21) #6
  %176 = load i32, ptr %7, align 4
  switch i32 %176, label %183 [
    i32 0, label %177
    i32 8, label %152
  ]

177:                                              ; preds = %175
  br label %152, !llvm.loop !39

178:                                              ; preds = %152
  %179 = load i32, ptr %20, align 4, !tbaa !5
  %180 = load i64, ptr %19, align 8, !tbaa !23
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.28, i32 noundef %179, i64 noundef %180) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %182 = load i32, ptr %1, align 4
  ret i32 %182

183:                                              ; preds = %175
  unreachable
}

; Function Attrs: minsize nounwind optsize
declare i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize
declare i64 @strtoul(ptr noundef, ptr noundef, i32 noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(none) }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize }

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
!13 = !{!"p1 short", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"short", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!20, !20, i64 0}
!20 = !{!"_Bool", !7, i64 0}
!21 = !{i8 0, i8 2}
!22 = !{}
!23 = !{!24, !24, i64 0}
!24 = !{!"long", !7, i64 0}
!25 = !{!26, !20, i64 16}
!26 = !{!"parse_result", !24, i64 0, !24, i64 8, !20, i64 16}
!27 = !{!26, !24, i64 8}
!28 = !{!26, !24, i64 0}
!29 = !{!30, !30, i64 0}
!30 = !{!"p1 int", !11, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 long", !11, i64 0}
!33 = !{!34, !34, i64 0}
!34 = !{!"p1 _Bool", !11, i64 0}
!35 = distinct !{!35, !18}
!36 = distinct !{!36, !18}
!37 = distinct !{!37, !18}
!38 = distinct !{!38, !18}
!39 = distinct !{!39, !18}
