; ModuleID = 'bloom_filter.c'
source_filename = "bloom_filter.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Bloom = type { [8192 x i8], i32, i32 }

@main.bf = internal global %struct.Bloom zeroinitializer, align 4
@main.prefixes = internal global [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@.str = private unnamed_addr constant [5 x i8] c"user\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"order\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"item\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"session\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"ghost\00", align 1
@.str.5 = private unnamed_addr constant [43 x i8] c"inserted=%u bits=%u set=%u fill=%u.%02u%%\0A\00", align 1
@.str.6 = private unnamed_addr constant [20 x i8] c"false negatives=%u\0A\00", align 1
@.str.7 = private unnamed_addr constant [41 x i8] c"false positives=%u of %u (%u per 10000)\0A\00", align 1
@.str.8 = private unnamed_addr constant [29 x i8] c"fnv(\22bloom\22)=%08x fmix=%08x\0A\00", align 1
@.str.9 = private unnamed_addr constant [6 x i8] c"bloom\00", align 1
@make_name.alpha = internal constant [27 x i8] c"abcdefghijklmnopqrstuvwxyz\00", align 16
@.str.10 = private unnamed_addr constant [11 x i8] c"%s_%u_%c%c\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [48 x i8], align 16
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
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.memset.p0.i64(ptr align 4 @main.bf, i8 0, i64 8200, i1 false)
  store i32 5, ptr getelementptr inbounds nuw (%struct.Bloom, ptr @main.bf, i32 0, i32 1), align 4, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %37, %0
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp ult i32 %16, 4
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %40

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %33, %19
  %21 = load i32, ptr %8, align 4, !tbaa !5
  %22 = icmp ult i32 %21, 2000
  br i1 %22, label %24, label %23

23:                                               ; preds = %20
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %36

24:                                               ; preds = %20
  %25 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds nuw [4 x ptr], ptr @main.prefixes, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !11
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = mul i32 %30, 3
  call void @make_name(ptr noundef %25, i64 noundef 48, ptr noundef %29, i32 noundef %31) #6
  %32 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  call void @bloom_add(ptr noundef @main.bf, ptr noundef %32) #6
  br label %33

33:                                               ; preds = %24
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = add i32 %34, 1
  store i32 %35, ptr %8, align 4, !tbaa !5
  br label %20, !llvm.loop !14

36:                                               ; preds = %23
  br label %37

37:                                               ; preds = %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %15, !llvm.loop !16

40:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %69, %40
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = icmp ult i32 %42, 4
  br i1 %43, label %45, label %44

44:                                               ; preds = %41
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %72

45:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %65, %45
  %47 = load i32, ptr %10, align 4, !tbaa !5
  %48 = icmp ult i32 %47, 2000
  br i1 %48, label %50, label %49

49:                                               ; preds = %46
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %68

50:                                               ; preds = %46
  %51 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = zext i32 %52 to i64
  %54 = getelementptr inbounds nuw [4 x ptr], ptr @main.prefixes, i64 0, i64 %53
  %55 = load ptr, ptr %54, align 8, !tbaa !11
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = mul i32 %56, 3
  call void @make_name(ptr noundef %51, i64 noundef 48, ptr noundef %55, i32 noundef %57) #6
  %58 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %59 = call i32 @bloom_query(ptr noundef @main.bf, ptr noundef %58) #6
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %64, label %61

61:                                               ; preds = %50
  %62 = load i32, ptr %4, align 4, !tbaa !5
  %63 = add i32 %62, 1
  store i32 %63, ptr %4, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %61, %50
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %10, align 4, !tbaa !5
  %67 = add i32 %66, 1
  store i32 %67, ptr %10, align 4, !tbaa !5
  br label %46, !llvm.loop !17

68:                                               ; preds = %49
  br label %69

69:                                               ; preds = %68
  %70 = load i32, ptr %9, align 4, !tbaa !5
  %71 = add i32 %70, 1
  store i32 %71, ptr %9, align 4, !tbaa !5
  br label %41, !llvm.loop !18

72:                                               ; preds = %44
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %73

73:                                               ; preds = %104, %72
  %74 = load i32, ptr %11, align 4, !tbaa !5
  %75 = icmp ult i32 %74, 4
  br i1 %75, label %77, label %76

76:                                               ; preds = %73
  store i32 14, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %107

77:                                               ; preds = %73
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %100, %77
  %79 = load i32, ptr %12, align 4, !tbaa !5
  %80 = icmp ult i32 %79, 6000
  br i1 %80, label %82, label %81

81:                                               ; preds = %78
  store i32 17, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %103

82:                                               ; preds = %78
  %83 = load i32, ptr %12, align 4, !tbaa !5
  %84 = urem i32 %83, 3
  %85 = icmp eq i32 %84, 0
  br i1 %85, label %86, label %87

86:                                               ; preds = %82
  br label %100

87:                                               ; preds = %82
  %88 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %89 = load i32, ptr %11, align 4, !tbaa !5
  %90 = zext i32 %89 to i64
  %91 = getelementptr inbounds nuw [4 x ptr], ptr @main.prefixes, i64 0, i64 %90
  %92 = load ptr, ptr %91, align 8, !tbaa !11
  %93 = load i32, ptr %12, align 4, !tbaa !5
  call void @make_name(ptr noundef %88, i64 noundef 48, ptr noundef %92, i32 noundef %93) #6
  %94 = load i32, ptr %5, align 4, !tbaa !5
  %95 = add i32 %94, 1
  store i32 %95, ptr %5, align 4, !tbaa !5
  %96 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %97 = call i32 @bloom_query(ptr noundef @main.bf, ptr noundef %96) #6
  %98 = load i32, ptr %3, align 4, !tbaa !5
  %99 = add i32 %98, %97
  store i32 %99, ptr %3, align 4, !tbaa !5
  br label %100

100:                                              ; preds = %87, %86
  %101 = load i32, ptr %12, align 4, !tbaa !5
  %102 = add i32 %101, 1
  store i32 %102, ptr %12, align 4, !tbaa !5
  br label %78, !llvm.loop !19

103:                                              ; preds = %81
  br label %104

104:                                              ; preds = %103
  %105 = load i32, ptr %11, align 4, !tbaa !5
  %106 = add i32 %105, 1
  store i32 %106, ptr %11, align 4, !tbaa !5
  br label %73, !llvm.loop !20

107:                                              ; preds = %76
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %108

108:                                              ; preds = %121, %107
  %109 = load i32, ptr %13, align 4, !tbaa !5
  %110 = icmp ult i32 %109, 4000
  br i1 %110, label %112, label %111

111:                                              ; preds = %108
  store i32 20, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %124

112:                                              ; preds = %108
  %113 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %114 = load i32, ptr %13, align 4, !tbaa !5
  call void @make_name(ptr noundef %113, i64 noundef 48, ptr noundef @.str.4, i32 noundef %114) #6
  %115 = load i32, ptr %5, align 4, !tbaa !5
  %116 = add i32 %115, 1
  store i32 %116, ptr %5, align 4, !tbaa !5
  %117 = getelementptr inbounds [48 x i8], ptr %2, i64 0, i64 0
  %118 = call i32 @bloom_query(ptr noundef @main.bf, ptr noundef %117) #6
  %119 = load i32, ptr %3, align 4, !tbaa !5
  %120 = add i32 %119, %118
  store i32 %120, ptr %3, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %112
  %122 = load i32, ptr %13, align 4, !tbaa !5
  %123 = add i32 %122, 1
  store i32 %123, ptr %13, align 4, !tbaa !5
  br label %108, !llvm.loop !21

124:                                              ; preds = %111
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %125 = call i32 @bits_set(ptr noundef @main.bf) #6
  store i32 %125, ptr %14, align 4, !tbaa !5
  %126 = load i32, ptr getelementptr inbounds nuw (%struct.Bloom, ptr @main.bf, i32 0, i32 2), align 4, !tbaa !22
  %127 = load i32, ptr %14, align 4, !tbaa !5
  %128 = load i32, ptr %14, align 4, !tbaa !5
  %129 = mul i32 %128, 100
  %130 = udiv i32 %129, 65536
  %131 = load i32, ptr %14, align 4, !tbaa !5
  %132 = mul i32 %131, 10000
  %133 = udiv i32 %132, 65536
  %134 = urem i32 %133, 100
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %126, i32 noundef 65536, i32 noundef %127, i32 noundef %130, i32 noundef %134) #6
  %136 = load i32, ptr %4, align 4, !tbaa !5
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %136) #6
  %138 = load i32, ptr %3, align 4, !tbaa !5
  %139 = load i32, ptr %5, align 4, !tbaa !5
  %140 = load i32, ptr %3, align 4, !tbaa !5
  %141 = mul i32 %140, 10000
  %142 = load i32, ptr %5, align 4, !tbaa !5
  %143 = udiv i32 %141, %142
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %138, i32 noundef %139, i32 noundef %143) #6
  %145 = call i32 @fnv1a(ptr noundef @.str.9) #6
  %146 = call i32 @fnv1a(ptr noundef @.str.9) #6
  %147 = call i32 @fmix32(i32 noundef %146) #6
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %145, i32 noundef %147) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %149 = load i32, ptr %1, align 4
  ret i32 %149
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_name(ptr noundef %0, i64 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !11
  store i64 %1, ptr %6, align 8, !tbaa !23
  store ptr %2, ptr %7, align 8, !tbaa !11
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %10 = load i32, ptr %8, align 4, !tbaa !5
  %11 = mul i32 %10, -1640531535
  store i32 %11, ptr %9, align 4, !tbaa !5
  %12 = load ptr, ptr %5, align 8, !tbaa !11
  %13 = load i64, ptr %6, align 8, !tbaa !23
  %14 = load ptr, ptr %7, align 8, !tbaa !11
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = load i32, ptr %9, align 4, !tbaa !5
  %17 = urem i32 %16, 26
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds nuw [27 x i8], ptr @make_name.alpha, i64 0, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !25
  %21 = sext i8 %20 to i32
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = lshr i32 %22, 8
  %24 = urem i32 %23, 26
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw [27 x i8], ptr @make_name.alpha, i64 0, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !25
  %28 = sext i8 %27 to i32
  %29 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %12, i64 noundef %13, ptr noundef @.str.10, ptr noundef %14, i32 noundef %15, i32 noundef %21, i32 noundef %28) #7
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bloom_add(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !26
  store ptr %1, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %9 = load ptr, ptr %4, align 8, !tbaa !11
  %10 = call i32 @fnv1a(ptr noundef %9) #6
  store i32 %10, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = call i32 @fmix32(i32 noundef %11) #6
  %13 = or i32 %12, 1
  store i32 %13, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %43, %2
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = load ptr, ptr %3, align 8, !tbaa !26
  %17 = getelementptr inbounds nuw %struct.Bloom, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !9
  %19 = icmp ult i32 %15, %18
  br i1 %19, label %21, label %20

20:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %46

21:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = mul i32 %23, %24
  %26 = add i32 %22, %25
  %27 = and i32 %26, 65535
  store i32 %27, ptr %8, align 4, !tbaa !5
  %28 = load i32, ptr %8, align 4, !tbaa !5
  %29 = and i32 %28, 7
  %30 = shl i32 1, %29
  %31 = trunc i32 %30 to i8
  %32 = zext i8 %31 to i32
  %33 = load ptr, ptr %3, align 8, !tbaa !26
  %34 = getelementptr inbounds nuw %struct.Bloom, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = lshr i32 %35, 3
  %37 = zext i32 %36 to i64
  %38 = getelementptr inbounds nuw [8192 x i8], ptr %34, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !25
  %40 = zext i8 %39 to i32
  %41 = or i32 %40, %32
  %42 = trunc i32 %41 to i8
  store i8 %42, ptr %38, align 1, !tbaa !25
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %43

43:                                               ; preds = %21
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = add i32 %44, 1
  store i32 %45, ptr %7, align 4, !tbaa !5
  br label %14, !llvm.loop !27

46:                                               ; preds = %20
  %47 = load ptr, ptr %3, align 8, !tbaa !26
  %48 = getelementptr inbounds nuw %struct.Bloom, ptr %47, i32 0, i32 2
  %49 = load i32, ptr %48, align 4, !tbaa !22
  %50 = add i32 %49, 1
  store i32 %50, ptr %48, align 4, !tbaa !22
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bloom_query(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !26
  store ptr %1, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %11 = load ptr, ptr %5, align 8, !tbaa !11
  %12 = call i32 @fnv1a(ptr noundef %11) #6
  store i32 %12, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = call i32 @fmix32(i32 noundef %13) #6
  %15 = or i32 %14, 1
  store i32 %15, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %48, %2
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = load ptr, ptr %4, align 8, !tbaa !26
  %19 = getelementptr inbounds nuw %struct.Bloom, ptr %18, i32 0, i32 1
  %20 = load i32, ptr %19, align 4, !tbaa !9
  %21 = icmp ult i32 %17, %20
  br i1 %21, label %23, label %22

22:                                               ; preds = %16
  store i32 2, ptr %9, align 4
  br label %51

23:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = load i32, ptr %8, align 4, !tbaa !5
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = mul i32 %25, %26
  %28 = add i32 %24, %27
  %29 = and i32 %28, 65535
  store i32 %29, ptr %10, align 4, !tbaa !5
  %30 = load ptr, ptr %4, align 8, !tbaa !26
  %31 = getelementptr inbounds nuw %struct.Bloom, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %10, align 4, !tbaa !5
  %33 = lshr i32 %32, 3
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds nuw [8192 x i8], ptr %31, i64 0, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !25
  %37 = zext i8 %36 to i32
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = and i32 %38, 7
  %40 = shl i32 1, %39
  %41 = and i32 %37, %40
  %42 = icmp ne i32 %41, 0
  br i1 %42, label %44, label %43

43:                                               ; preds = %23
  store i32 0, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %45

44:                                               ; preds = %23
  store i32 0, ptr %9, align 4
  br label %45

45:                                               ; preds = %44, %43
  call void @llvm.lifetime.end.p0(ptr %10) #5
  %46 = load i32, ptr %9, align 4
  switch i32 %46, label %51 [
    i32 0, label %47
  ]

47:                                               ; preds = %45
  br label %48

48:                                               ; preds = %47
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = add i32 %49, 1
  store i32 %50, ptr %8, align 4, !tbaa !5
  br label %16, !llvm.loop !28

51:                                               ; preds = %45, %22
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %52 = load i32, ptr %9, align 4
  switch i32 %52, label %54 [
    i32 2, label %53
  ]

53:                                               ; preds = %51
  store i32 1, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %54

54:                                               ; preds = %53, %51
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  %55 = load i32, ptr %3, align 4
  ret i32 %55
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bits_set(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i64 0, ptr %4, align 8, !tbaa !23
  br label %5

5:                                                ; preds = %18, %1
  %6 = load i64, ptr %4, align 8, !tbaa !23
  %7 = icmp ult i64 %6, 8192
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %21

9:                                                ; preds = %5
  %10 = load ptr, ptr %2, align 8, !tbaa !26
  %11 = getelementptr inbounds nuw %struct.Bloom, ptr %10, i32 0, i32 0
  %12 = load i64, ptr %4, align 8, !tbaa !23
  %13 = getelementptr inbounds nuw [8192 x i8], ptr %11, i64 0, i64 %12
  %14 = load i8, ptr %13, align 1, !tbaa !25
  %15 = call i32 @popcount8(i8 noundef zeroext %14) #6
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = add i32 %16, %15
  store i32 %17, ptr %3, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %9
  %19 = load i64, ptr %4, align 8, !tbaa !23
  %20 = add i64 %19, 1
  store i64 %20, ptr %4, align 8, !tbaa !23
  br label %5, !llvm.loop !29

21:                                               ; preds = %8
  %22 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %22
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fnv1a(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !11
  %6 = load i8, ptr %5, align 1, !tbaa !25
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %17

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !tbaa !11
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr %2, align 8, !tbaa !11
  %11 = load i8, ptr %9, align 1, !tbaa !25
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = xor i32 %13, %12
  store i32 %14, ptr %3, align 4, !tbaa !5
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = mul i32 %15, 16777619
  store i32 %16, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !30

17:                                               ; preds = %4
  %18 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %18
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fmix32(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = lshr i32 %3, 16
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = xor i32 %5, %4
  store i32 %6, ptr %2, align 4, !tbaa !5
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = mul i32 %7, -2048144789
  store i32 %8, ptr %2, align 4, !tbaa !5
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = lshr i32 %9, 13
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = xor i32 %11, %10
  store i32 %12, ptr %2, align 4, !tbaa !5
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = mul i32 %13, -1028477387
  store i32 %14, ptr %2, align 4, !tbaa !5
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 16
  %17 = load i32, ptr %2, align 4, !tbaa !5
  %18 = xor i32 %17, %16
  store i32 %18, ptr %2, align 4, !tbaa !5
  %19 = load i32, ptr %2, align 4, !tbaa !5
  ret i32 %19
}

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @popcount8(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  store i8 %0, ptr %2, align 1, !tbaa !25
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i8, ptr %2, align 1, !tbaa !25
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %19

7:                                                ; preds = %4
  %8 = load i8, ptr %2, align 1, !tbaa !25
  %9 = zext i8 %8 to i32
  %10 = sub nsw i32 %9, 1
  %11 = trunc i32 %10 to i8
  %12 = zext i8 %11 to i32
  %13 = load i8, ptr %2, align 1, !tbaa !25
  %14 = zext i8 %13 to i32
  %15 = and i32 %14, %12
  %16 = trunc i32 %15 to i8
  store i8 %16, ptr %2, align 1, !tbaa !25
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = add i32 %17, 1
  store i32 %18, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !31

19:                                               ; preds = %4
  %20 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  ret i32 %20
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize }

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
!9 = !{!10, !6, i64 8192}
!10 = !{!"", !7, i64 0, !6, i64 8192, !6, i64 8196}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = !{!10, !6, i64 8196}
!23 = !{!24, !24, i64 0}
!24 = !{!"long", !7, i64 0}
!25 = !{!7, !7, i64 0}
!26 = !{!13, !13, i64 0}
!27 = distinct !{!27, !15}
!28 = distinct !{!28, !15}
!29 = distinct !{!29, !15}
!30 = distinct !{!30, !15}
!31 = distinct !{!31, !15}
