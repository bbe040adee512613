; ModuleID = 'interval_merge.c'
source_filename = "interval_merge.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Interval = type { i32, i32, i32 }

@main.iv = internal global [256 x %struct.Interval] zeroinitializer, align 16
@schedule = internal global ptr @.str.4, align 8
@.str = private unnamed_addr constant [23 x i8] c"parsed=%d rejected=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [11 x i8] c"merged=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"  room %c %s-%s\0A\00", align 1
@.str.3 = private unnamed_addr constant [39 x i8] c"room %c busy=%dmin gaps=%d longest=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [314 x i8] c"A 09:00-10:30;B 09:15-09:45;A 10:15-11:00;C 13:00-14:00;D 08:00-08:30;A 12:00-12:45;B 09:40-10:10;C 13:30-15:15;B 11:00-11:30;D 08:20-09:10;A 16:00-17:00;C 15:10-15:20;B 14:00-16:30;D 12:00-13:00;A 11:00-11:15;C 09:00-09:05;B 16:15-17:45;D 13:00-13:30;A 17:00-17:30;C 10:00-10:00;junk;D 25:00-26:00;B 10:05-10:50;\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @merge_intervals(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %85, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %88

12:                                               ; preds = %7
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = icmp sgt i32 %13, 0
  br i1 %14, label %15, label %74

15:                                               ; preds = %12
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = sub nsw i32 %17, 1
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.Interval, ptr %16, i64 %19
  %21 = getelementptr inbounds nuw %struct.Interval, ptr %20, i32 0, i32 2
  %22 = load i32, ptr %21, align 4, !tbaa !11
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = load i32, ptr %6, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds %struct.Interval, ptr %23, i64 %25
  %27 = getelementptr inbounds nuw %struct.Interval, ptr %26, i32 0, i32 2
  %28 = load i32, ptr %27, align 4, !tbaa !11
  %29 = icmp eq i32 %22, %28
  br i1 %29, label %30, label %74

30:                                               ; preds = %15
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds %struct.Interval, ptr %31, i64 %33
  %35 = getelementptr inbounds nuw %struct.Interval, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 4, !tbaa !13
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = sub nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds %struct.Interval, ptr %37, i64 %40
  %42 = getelementptr inbounds nuw %struct.Interval, ptr %41, i32 0, i32 1
  %43 = load i32, ptr %42, align 4, !tbaa !14
  %44 = icmp sle i32 %36, %43
  br i1 %44, label %45, label %74

45:                                               ; preds = %30
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds %struct.Interval, ptr %46, i64 %48
  %50 = getelementptr inbounds nuw %struct.Interval, ptr %49, i32 0, i32 1
  %51 = load i32, ptr %50, align 4, !tbaa !14
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = load i32, ptr %5, align 4, !tbaa !5
  %54 = sub nsw i32 %53, 1
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds %struct.Interval, ptr %52, i64 %55
  %57 = getelementptr inbounds nuw %struct.Interval, ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 4, !tbaa !14
  %59 = icmp sgt i32 %51, %58
  br i1 %59, label %60, label %73

60:                                               ; preds = %45
  %61 = load ptr, ptr %3, align 8, !tbaa !9
  %62 = load i32, ptr %6, align 4, !tbaa !5
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds %struct.Interval, ptr %61, i64 %63
  %65 = getelementptr inbounds nuw %struct.Interval, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !14
  %67 = load ptr, ptr %3, align 8, !tbaa !9
  %68 = load i32, ptr %5, align 4, !tbaa !5
  %69 = sub nsw i32 %68, 1
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds %struct.Interval, ptr %67, i64 %70
  %72 = getelementptr inbounds nuw %struct.Interval, ptr %71, i32 0, i32 1
  store i32 %66, ptr %72, align 4, !tbaa !14
  br label %73

73:                                               ; preds = %60, %45
  br label %84

74:                                               ; preds = %30, %15, %12
  %75 = load ptr, ptr %3, align 8, !tbaa !9
  %76 = load i32, ptr %5, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %5, align 4, !tbaa !5
  %78 = sext i32 %76 to i64
  %79 = getelementptr inbounds %struct.Interval, ptr %75, i64 %78
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = load i32, ptr %6, align 4, !tbaa !5
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds %struct.Interval, ptr %80, i64 %82
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %79, ptr align 4 %83, i64 12, i1 false), !tbaa.struct !15
  br label %84

84:                                               ; preds = %74, %73
  br label %85

85:                                               ; preds = %84
  %86 = load i32, ptr %6, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !16

88:                                               ; preds = %11
  %89 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %89
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [4 x i32], align 16
  %6 = alloca [6 x i8], align 1
  %7 = alloca [6 x i8], align 1
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.lifetime.start.p0(ptr %3) #7
  call void @llvm.lifetime.start.p0(ptr %4) #7
  call void @llvm.lifetime.start.p0(ptr %5) #7
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %15 = load ptr, ptr @schedule, align 8, !tbaa !18
  %16 = call i32 @parse_schedule(ptr noundef %15, ptr noundef @main.iv, i32 noundef 256, ptr noundef %2) #8
  store i32 %16, ptr %3, align 4, !tbaa !5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17, i32 noundef %18) #8
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  call void @qsort(ptr noundef @main.iv, i64 noundef %21, i64 noundef 12, ptr noundef @cmp_iv) #8
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = call i32 @merge_intervals(ptr noundef @main.iv, i32 noundef %22) #8
  store i32 %23, ptr %4, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %24) #8
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %73, %0
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %76

31:                                               ; preds = %26
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %33
  %35 = getelementptr inbounds nuw %struct.Interval, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %35, align 4, !tbaa !13
  %37 = getelementptr inbounds [6 x i8], ptr %6, i64 0, i64 0
  call void @fmt_clock(i32 noundef %36, ptr noundef %37) #8
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %39
  %41 = getelementptr inbounds nuw %struct.Interval, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %41, align 4, !tbaa !14
  %43 = getelementptr inbounds [6 x i8], ptr %7, i64 0, i64 0
  call void @fmt_clock(i32 noundef %42, ptr noundef %43) #8
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %45
  %47 = getelementptr inbounds nuw %struct.Interval, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 4, !tbaa !14
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %50
  %52 = getelementptr inbounds nuw %struct.Interval, ptr %51, i32 0, i32 0
  %53 = load i32, ptr %52, align 4, !tbaa !13
  %54 = sub nsw i32 %48, %53
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %56
  %58 = getelementptr inbounds nuw %struct.Interval, ptr %57, i32 0, i32 2
  %59 = load i32, ptr %58, align 4, !tbaa !11
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = add nsw i32 %62, %54
  store i32 %63, ptr %61, align 4, !tbaa !5
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %65
  %67 = getelementptr inbounds nuw %struct.Interval, ptr %66, i32 0, i32 2
  %68 = load i32, ptr %67, align 4, !tbaa !11
  %69 = add nsw i32 65, %68
  %70 = getelementptr inbounds [6 x i8], ptr %6, i64 0, i64 0
  %71 = getelementptr inbounds [6 x i8], ptr %7, i64 0, i64 0
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %69, ptr noundef %70, ptr noundef %71) #8
  br label %73

73:                                               ; preds = %31
  %74 = load i32, ptr %8, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %8, align 4, !tbaa !5
  br label %26, !llvm.loop !20

76:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %77

77:                                               ; preds = %169, %76
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = icmp slt i32 %78, 4
  br i1 %79, label %81, label %80

80:                                               ; preds = %77
  store i32 5, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %172

81:                                               ; preds = %77
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 480, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %141, %81
  %83 = load i32, ptr %14, align 4, !tbaa !5
  %84 = load i32, ptr %4, align 4, !tbaa !5
  %85 = icmp slt i32 %83, %84
  br i1 %85, label %87, label %86

86:                                               ; preds = %82
  store i32 8, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %144

87:                                               ; preds = %82
  %88 = load i32, ptr %14, align 4, !tbaa !5
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %89
  %91 = getelementptr inbounds nuw %struct.Interval, ptr %90, i32 0, i32 2
  %92 = load i32, ptr %91, align 4, !tbaa !11
  %93 = load i32, ptr %9, align 4, !tbaa !5
  %94 = icmp ne i32 %92, %93
  br i1 %94, label %95, label %96

95:                                               ; preds = %87
  br label %141

96:                                               ; preds = %87
  %97 = load i32, ptr %14, align 4, !tbaa !5
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %98
  %100 = getelementptr inbounds nuw %struct.Interval, ptr %99, i32 0, i32 0
  %101 = load i32, ptr %100, align 4, !tbaa !13
  %102 = load i32, ptr %11, align 4, !tbaa !5
  %103 = sub nsw i32 %101, %102
  %104 = icmp sge i32 %103, 30
  br i1 %104, label %105, label %126

105:                                              ; preds = %96
  %106 = load i32, ptr %12, align 4, !tbaa !5
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %12, align 4, !tbaa !5
  %108 = load i32, ptr %14, align 4, !tbaa !5
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %109
  %111 = getelementptr inbounds nuw %struct.Interval, ptr %110, i32 0, i32 0
  %112 = load i32, ptr %111, align 4, !tbaa !13
  %113 = load i32, ptr %11, align 4, !tbaa !5
  %114 = sub nsw i32 %112, %113
  %115 = load i32, ptr %13, align 4, !tbaa !5
  %116 = icmp sgt i32 %114, %115
  br i1 %116, label %117, label %125

117:                                              ; preds = %105
  %118 = load i32, ptr %14, align 4, !tbaa !5
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %119
  %121 = getelementptr inbounds nuw %struct.Interval, ptr %120, i32 0, i32 0
  %122 = load i32, ptr %121, align 4, !tbaa !13
  %123 = load i32, ptr %11, align 4, !tbaa !5
  %124 = sub nsw i32 %122, %123
  store i32 %124, ptr %13, align 4, !tbaa !5
  br label %125

125:                                              ; preds = %117, %105
  br label %126

126:                                              ; preds = %125, %96
  %127 = load i32, ptr %14, align 4, !tbaa !5
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %128
  %130 = getelementptr inbounds nuw %struct.Interval, ptr %129, i32 0, i32 1
  %131 = load i32, ptr %130, align 4, !tbaa !14
  %132 = load i32, ptr %11, align 4, !tbaa !5
  %133 = icmp sgt i32 %131, %132
  br i1 %133, label %134, label %140

134:                                              ; preds = %126
  %135 = load i32, ptr %14, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [256 x %struct.Interval], ptr @main.iv, i64 0, i64 %136
  %138 = getelementptr inbounds nuw %struct.Interval, ptr %137, i32 0, i32 1
  %139 = load i32, ptr %138, align 4, !tbaa !14
  store i32 %139, ptr %11, align 4, !tbaa !5
  br label %140

140:                                              ; preds = %134, %126
  br label %141

141:                                              ; preds = %140, %95
  %142 = load i32, ptr %14, align 4, !tbaa !5
  %143 = add nsw i32 %142, 1
  store i32 %143, ptr %14, align 4, !tbaa !5
  br label %82, !llvm.loop !21

144:                                              ; preds = %86
  %145 = load i32, ptr %11, align 4, !tbaa !5
  %146 = sub nsw i32 1080, %145
  %147 = icmp sge i32 %146, 30
  br i1 %147, label %148, label %159

148:                                              ; preds = %144
  %149 = load i32, ptr %12, align 4, !tbaa !5
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %12, align 4, !tbaa !5
  %151 = load i32, ptr %11, align 4, !tbaa !5
  %152 = sub nsw i32 1080, %151
  %153 = load i32, ptr %13, align 4, !tbaa !5
  %154 = icmp sgt i32 %152, %153
  br i1 %154, label %155, label %158

155:                                              ; preds = %148
  %156 = load i32, ptr %11, align 4, !tbaa !5
  %157 = sub nsw i32 1080, %156
  store i32 %157, ptr %13, align 4, !tbaa !5
  br label %158

158:                                              ; preds = %155, %148
  br label %159

159:                                              ; preds = %158, %144
  %160 = load i32, ptr %9, align 4, !tbaa !5
  %161 = add nsw i32 65, %160
  %162 = load i32, ptr %9, align 4, !tbaa !5
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [4 x i32], ptr %5, i64 0, i64 %163
  %165 = load i32, ptr %164, align 4, !tbaa !5
  %166 = load i32, ptr %12, align 4, !tbaa !5
  %167 = load i32, ptr %13, align 4, !tbaa !5
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %161, i32 noundef %165, i32 noundef %166, i32 noundef %167) #8
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %169

169:                                              ; preds = %159
  %170 = load i32, ptr %9, align 4, !tbaa !5
  %171 = add nsw i32 %170, 1
  store i32 %171, ptr %9, align 4, !tbaa !5
  br label %77, !llvm.loop !22

172:                                              ; preds = %80
  store i32 0, ptr %1, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %173 = load i32, ptr %1, align 4
  ret i32 %173
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_schedule(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca %struct.Interval, align 4
  store ptr %0, ptr %5, align 8, !tbaa !18
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  %14 = load ptr, ptr %8, align 8, !tbaa !23
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %108, %4
  %16 = load ptr, ptr %5, align 8, !tbaa !18
  %17 = load i8, ptr %16, align 1, !tbaa !25
  %18 = icmp ne i8 %17, 0
  br i1 %18, label %19, label %110

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %20 = load ptr, ptr %5, align 8, !tbaa !18
  %21 = call ptr @strchr(ptr noundef %20, i32 noundef 59) #9
  store ptr %21, ptr %10, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %22 = load ptr, ptr %5, align 8, !tbaa !18
  store ptr %22, ptr %11, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %23 = load ptr, ptr %10, align 8, !tbaa !18
  %24 = icmp ne ptr %23, null
  br i1 %24, label %30, label %25

25:                                               ; preds = %19
  %26 = load ptr, ptr %5, align 8, !tbaa !18
  %27 = load ptr, ptr %5, align 8, !tbaa !18
  %28 = call i64 @strlen(ptr noundef %27) #9
  %29 = getelementptr inbounds nuw i8, ptr %26, i64 %28
  store ptr %29, ptr %10, align 8, !tbaa !18
  br label %30

30:                                               ; preds = %25, %19
  %31 = load ptr, ptr %11, align 8, !tbaa !18
  %32 = load i8, ptr %31, align 1, !tbaa !25
  %33 = sext i8 %32 to i32
  %34 = icmp sge i32 %33, 65
  br i1 %34, label %35, label %81

35:                                               ; preds = %30
  %36 = load ptr, ptr %11, align 8, !tbaa !18
  %37 = load i8, ptr %36, align 1, !tbaa !25
  %38 = sext i8 %37 to i32
  %39 = icmp slt i32 %38, 69
  br i1 %39, label %40, label %81

40:                                               ; preds = %35
  %41 = load ptr, ptr %11, align 8, !tbaa !18
  %42 = getelementptr inbounds i8, ptr %41, i64 1
  %43 = load i8, ptr %42, align 1, !tbaa !25
  %44 = sext i8 %43 to i32
  %45 = icmp eq i32 %44, 32
  br i1 %45, label %46, label %81

46:                                               ; preds = %40
  %47 = load ptr, ptr %11, align 8, !tbaa !18
  %48 = load i8, ptr %47, align 1, !tbaa !25
  %49 = sext i8 %48 to i32
  %50 = sub nsw i32 %49, 65
  %51 = getelementptr inbounds nuw %struct.Interval, ptr %13, i32 0, i32 2
  store i32 %50, ptr %51, align 4, !tbaa !11
  %52 = load ptr, ptr %11, align 8, !tbaa !18
  %53 = getelementptr inbounds i8, ptr %52, i64 2
  store ptr %53, ptr %11, align 8, !tbaa !18
  %54 = getelementptr inbounds nuw %struct.Interval, ptr %13, i32 0, i32 0
  %55 = call i32 @parse_clock(ptr noundef %11, ptr noundef %54) #8
  %56 = icmp ne i32 %55, 0
  br i1 %56, label %57, label %80

57:                                               ; preds = %46
  %58 = load ptr, ptr %11, align 8, !tbaa !18
  %59 = load i8, ptr %58, align 1, !tbaa !25
  %60 = sext i8 %59 to i32
  %61 = icmp eq i32 %60, 45
  br i1 %61, label %62, label %80

62:                                               ; preds = %57
  %63 = load ptr, ptr %11, align 8, !tbaa !18
  %64 = getelementptr inbounds nuw i8, ptr %63, i32 1
  store ptr %64, ptr %11, align 8, !tbaa !18
  %65 = getelementptr inbounds nuw %struct.Interval, ptr %13, i32 0, i32 1
  %66 = call i32 @parse_clock(ptr noundef %11, ptr noundef %65) #8
  %67 = icmp ne i32 %66, 0
  br i1 %67, label %68, label %79

68:                                               ; preds = %62
  %69 = load ptr, ptr %11, align 8, !tbaa !18
  %70 = load ptr, ptr %10, align 8, !tbaa !18
  %71 = icmp eq ptr %69, %70
  br i1 %71, label %72, label %79

72:                                               ; preds = %68
  %73 = getelementptr inbounds nuw %struct.Interval, ptr %13, i32 0, i32 1
  %74 = load i32, ptr %73, align 4, !tbaa !14
  %75 = getelementptr inbounds nuw %struct.Interval, ptr %13, i32 0, i32 0
  %76 = load i32, ptr %75, align 4, !tbaa !13
  %77 = icmp sge i32 %74, %76
  br i1 %77, label %78, label %79

78:                                               ; preds = %72
  store i32 1, ptr %12, align 4, !tbaa !5
  br label %79

79:                                               ; preds = %78, %72, %68, %62
  br label %80

80:                                               ; preds = %79, %57, %46
  br label %81

81:                                               ; preds = %80, %40, %35, %30
  %82 = load i32, ptr %12, align 4, !tbaa !5
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %84, label %94

84:                                               ; preds = %81
  %85 = load i32, ptr %9, align 4, !tbaa !5
  %86 = load i32, ptr %7, align 4, !tbaa !5
  %87 = icmp slt i32 %85, %86
  br i1 %87, label %88, label %94

88:                                               ; preds = %84
  %89 = load ptr, ptr %6, align 8, !tbaa !9
  %90 = load i32, ptr %9, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %9, align 4, !tbaa !5
  %92 = sext i32 %90 to i64
  %93 = getelementptr inbounds %struct.Interval, ptr %89, i64 %92
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %93, ptr align 4 %13, i64 12, i1 false), !tbaa.struct !15
  br label %98

94:                                               ; preds = %84, %81
  %95 = load ptr, ptr %8, align 8, !tbaa !23
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %95, align 4, !tbaa !5
  br label %98

98:                                               ; preds = %94, %88
  %99 = load ptr, ptr %10, align 8, !tbaa !18
  %100 = load i8, ptr %99, align 1, !tbaa !25
  %101 = sext i8 %100 to i32
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %103, label %106

103:                                              ; preds = %98
  %104 = load ptr, ptr %10, align 8, !tbaa !18
  %105 = getelementptr inbounds i8, ptr %104, i64 1
  br label %108

106:                                              ; preds = %98
  %107 = load ptr, ptr %10, align 8, !tbaa !18
  br label %108

108:                                              ; preds = %106, %103
  %109 = phi ptr [ %105, %103 ], [ %107, %106 ]
  store ptr %109, ptr %5, align 8, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %15, !llvm.loop !26

110:                                              ; preds = %15
  %111 = load i32, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i32 %111
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_iv(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %9, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %10 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %10, ptr %7, align 8, !tbaa !9
  %11 = load ptr, ptr %6, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.Interval, ptr %11, i32 0, i32 2
  %13 = load i32, ptr %12, align 4, !tbaa !11
  %14 = load ptr, ptr %7, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.Interval, ptr %14, i32 0, i32 2
  %16 = load i32, ptr %15, align 4, !tbaa !11
  %17 = icmp ne i32 %13, %16
  br i1 %17, label %18, label %26

18:                                               ; preds = %2
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.Interval, ptr %19, i32 0, i32 2
  %21 = load i32, ptr %20, align 4, !tbaa !11
  %22 = load ptr, ptr %7, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.Interval, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %23, align 4, !tbaa !11
  %25 = sub nsw i32 %21, %24
  store i32 %25, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %50

26:                                               ; preds = %2
  %27 = load ptr, ptr %6, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Interval, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %28, align 4, !tbaa !13
  %30 = load ptr, ptr %7, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw %struct.Interval, ptr %30, i32 0, i32 0
  %32 = load i32, ptr %31, align 4, !tbaa !13
  %33 = icmp ne i32 %29, %32
  br i1 %33, label %34, label %42

34:                                               ; preds = %26
  %35 = load ptr, ptr %6, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.Interval, ptr %35, i32 0, i32 0
  %37 = load i32, ptr %36, align 4, !tbaa !13
  %38 = load ptr, ptr %7, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.Interval, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %39, align 4, !tbaa !13
  %41 = sub nsw i32 %37, %40
  store i32 %41, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %50

42:                                               ; preds = %26
  %43 = load ptr, ptr %6, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.Interval, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4, !tbaa !14
  %46 = load ptr, ptr %7, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.Interval, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 4, !tbaa !14
  %49 = sub nsw i32 %45, %48
  store i32 %49, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %50

50:                                               ; preds = %42, %34, %18
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %51 = load i32, ptr %3, align 4
  ret i32 %51
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @fmt_clock(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4, !tbaa !5
  store ptr %1, ptr %4, align 8, !tbaa !18
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = sdiv i32 %5, 600
  %7 = add nsw i32 48, %6
  %8 = trunc i32 %7 to i8
  %9 = load ptr, ptr %4, align 8, !tbaa !18
  %10 = getelementptr inbounds i8, ptr %9, i64 0
  store i8 %8, ptr %10, align 1, !tbaa !25
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = sdiv i32 %11, 60
  %13 = srem i32 %12, 10
  %14 = add nsw i32 48, %13
  %15 = trunc i32 %14 to i8
  %16 = load ptr, ptr %4, align 8, !tbaa !18
  %17 = getelementptr inbounds i8, ptr %16, i64 1
  store i8 %15, ptr %17, align 1, !tbaa !25
  %18 = load ptr, ptr %4, align 8, !tbaa !18
  %19 = getelementptr inbounds i8, ptr %18, i64 2
  store i8 58, ptr %19, align 1, !tbaa !25
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = srem i32 %20, 60
  %22 = sdiv i32 %21, 10
  %23 = add nsw i32 48, %22
  %24 = trunc i32 %23 to i8
  %25 = load ptr, ptr %4, align 8, !tbaa !18
  %26 = getelementptr inbounds i8, ptr %25, i64 3
  store i8 %24, ptr %26, align 1, !tbaa !25
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = srem i32 %27, 10
  %29 = add nsw i32 48, %28
  %30 = trunc i32 %29 to i8
  %31 = load ptr, ptr %4, align 8, !tbaa !18
  %32 = getelementptr inbounds i8, ptr %31, i64 4
  store i8 %30, ptr %32, align 1, !tbaa !25
  %33 = load ptr, ptr %4, align 8, !tbaa !18
  %34 = getelementptr inbounds i8, ptr %33, i64 5
  store i8 0, ptr %34, align 1, !tbaa !25
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_clock(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !27
  store ptr %1, ptr %5, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %11 = load ptr, ptr %4, align 8, !tbaa !27
  %12 = load ptr, ptr %11, align 8, !tbaa !18
  store ptr %12, ptr %6, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %30, %2
  %14 = call ptr @__ctype_b_loc() #10
  %15 = load ptr, ptr %14, align 8, !tbaa !30
  %16 = load ptr, ptr %6, align 8, !tbaa !18
  %17 = load i8, ptr %16, align 1, !tbaa !25
  %18 = zext i8 %17 to i32
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i16, ptr %15, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !32
  %22 = zext i16 %21 to i32
  %23 = and i32 %22, 2048
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %28

25:                                               ; preds = %13
  %26 = load i32, ptr %9, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 2
  br label %28

28:                                               ; preds = %25, %13
  %29 = phi i1 [ false, %13 ], [ %27, %25 ]
  br i1 %29, label %30, label %41

30:                                               ; preds = %28
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = mul nsw i32 %31, 10
  %33 = load ptr, ptr %6, align 8, !tbaa !18
  %34 = getelementptr inbounds nuw i8, ptr %33, i32 1
  store ptr %34, ptr %6, align 8, !tbaa !18
  %35 = load i8, ptr %33, align 1, !tbaa !25
  %36 = sext i8 %35 to i32
  %37 = sub nsw i32 %36, 48
  %38 = add nsw i32 %32, %37
  store i32 %38, ptr %7, align 4, !tbaa !5
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %9, align 4, !tbaa !5
  br label %13, !llvm.loop !34

41:                                               ; preds = %28
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %49, label %44

44:                                               ; preds = %41
  %45 = load ptr, ptr %6, align 8, !tbaa !18
  %46 = load i8, ptr %45, align 1, !tbaa !25
  %47 = sext i8 %46 to i32
  %48 = icmp ne i32 %47, 58
  br i1 %48, label %49, label %50

49:                                               ; preds = %44, %41
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %108

50:                                               ; preds = %44
  %51 = load ptr, ptr %6, align 8, !tbaa !18
  %52 = getelementptr inbounds nuw i8, ptr %51, i32 1
  store ptr %52, ptr %6, align 8, !tbaa !18
  %53 = call ptr @__ctype_b_loc() #10
  %54 = load ptr, ptr %53, align 8, !tbaa !30
  %55 = load ptr, ptr %6, align 8, !tbaa !18
  %56 = getelementptr inbounds i8, ptr %55, i64 0
  %57 = load i8, ptr %56, align 1, !tbaa !25
  %58 = zext i8 %57 to i32
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds i16, ptr %54, i64 %59
  %61 = load i16, ptr %60, align 2, !tbaa !32
  %62 = zext i16 %61 to i32
  %63 = and i32 %62, 2048
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %65, label %78

65:                                               ; preds = %50
  %66 = call ptr @__ctype_b_loc() #10
  %67 = load ptr, ptr %66, align 8, !tbaa !30
  %68 = load ptr, ptr %6, align 8, !tbaa !18
  %69 = getelementptr inbounds i8, ptr %68, i64 1
  %70 = load i8, ptr %69, align 1, !tbaa !25
  %71 = zext i8 %70 to i32
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds i16, ptr %67, i64 %72
  %74 = load i16, ptr %73, align 2, !tbaa !32
  %75 = zext i16 %74 to i32
  %76 = and i32 %75, 2048
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %79, label %78

78:                                               ; preds = %65, %50
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %108

79:                                               ; preds = %65
  %80 = load ptr, ptr %6, align 8, !tbaa !18
  %81 = getelementptr inbounds i8, ptr %80, i64 0
  %82 = load i8, ptr %81, align 1, !tbaa !25
  %83 = sext i8 %82 to i32
  %84 = sub nsw i32 %83, 48
  %85 = mul nsw i32 %84, 10
  %86 = load ptr, ptr %6, align 8, !tbaa !18
  %87 = getelementptr inbounds i8, ptr %86, i64 1
  %88 = load i8, ptr %87, align 1, !tbaa !25
  %89 = sext i8 %88 to i32
  %90 = sub nsw i32 %89, 48
  %91 = add nsw i32 %85, %90
  store i32 %91, ptr %8, align 4, !tbaa !5
  %92 = load ptr, ptr %6, align 8, !tbaa !18
  %93 = getelementptr inbounds i8, ptr %92, i64 2
  store ptr %93, ptr %6, align 8, !tbaa !18
  %94 = load i32, ptr %7, align 4, !tbaa !5
  %95 = icmp sgt i32 %94, 23
  br i1 %95, label %99, label %96

96:                                               ; preds = %79
  %97 = load i32, ptr %8, align 4, !tbaa !5
  %98 = icmp sgt i32 %97, 59
  br i1 %98, label %99, label %100

99:                                               ; preds = %96, %79
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %108

100:                                              ; preds = %96
  %101 = load i32, ptr %7, align 4, !tbaa !5
  %102 = mul nsw i32 %101, 60
  %103 = load i32, ptr %8, align 4, !tbaa !5
  %104 = add nsw i32 %102, %103
  %105 = load ptr, ptr %5, align 8, !tbaa !23
  store i32 %104, ptr %105, align 4, !tbaa !5
  %106 = load ptr, ptr %6, align 8, !tbaa !18
  %107 = load ptr, ptr %4, align 8, !tbaa !27
  store ptr %106, ptr %107, align 8, !tbaa !18
  store i32 1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %108

108:                                              ; preds = %100, %99, %78, %49
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %109 = load i32, ptr %3, align 4
  ret i32 %109
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }
attributes #10 = { minsize nounwind optsize willreturn memory(none) }

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
!11 = !{!12, !6, i64 8}
!12 = !{!"", !6, i64 0, !6, i64 4, !6, i64 8}
!13 = !{!12, !6, i64 0}
!14 = !{!12, !6, i64 4}
!15 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 omnipotent char", !10, i64 0}
!20 = distinct !{!20, !17}
!21 = distinct !{!21, !17}
!22 = distinct !{!22, !17}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 int", !10, i64 0}
!25 = !{!7, !7, i64 0}
!26 = distinct !{!26, !17}
!27 = !{!28, !28, i64 0}
!28 = !{!"p2 omnipotent char", !29, i64 0}
!29 = !{!"any p2 pointer", !10, i64 0}
!30 = !{!31, !31, i64 0}
!31 = !{!"p1 short", !10, i64 0}
!32 = !{!33, !33, i64 0}
!33 = !{!"short", !7, i64 0}
!34 = distinct !{!34, !17}
