; ModuleID = 'csv_parser.c'
source_filename = "benchmarks/programs/src/csv_parser.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.csv_row = type { [16 x [64 x i8]], i32 }

@main.buf = internal global [32768 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [55 x i8] c"rows=%d errors=%d tsum=%ld tmin=%ld tmax=%ld rain=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"cities=%d,%d,%d,%d,%d hash=%08x\0A\00", align 1
@build_csv.cities = internal global [5 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str.2 = private unnamed_addr constant [5 x i8] c"Oslo\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"\22Paris, FR\22\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"Lima\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"\22Rio \22\22de\22\22 Janeiro\22\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"Pune\00", align 1
@.str.7 = private unnamed_addr constant [25 x i8] c"id,city,temp,rain,note\0D\0A\00", align 1
@.str.8 = private unnamed_addr constant [13 x i8] c"\22multi\0Aline\22\00", align 1
@.str.9 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.11 = private unnamed_addr constant [17 x i8] c"%d,%s,%d,%d,%s%s\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"\0D\0A\00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @csv_next_row(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !14
  store ptr %3, ptr %9, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %16 = load ptr, ptr %8, align 8, !tbaa !14
  %17 = load i64, ptr %16, align 8, !tbaa !12
  store i64 %17, ptr %10, align 8, !tbaa !12
  %18 = load i64, ptr %10, align 8, !tbaa !12
  %19 = load i64, ptr %7, align 8, !tbaa !12
  %20 = icmp uge i64 %18, %19
  br i1 %20, label %21, label %22

21:                                               ; preds = %4
  store i32 0, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %193

22:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i32 0, ptr %14, align 4, !tbaa !5
  %23 = load ptr, ptr %9, align 8, !tbaa !16
  %24 = getelementptr inbounds nuw %struct.csv_row, ptr %23, i32 0, i32 1
  store i32 0, ptr %24, align 4, !tbaa !17
  br label %25

25:                                               ; preds = %184, %22
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %26 = load i64, ptr %10, align 8, !tbaa !12
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = icmp ult i64 %26, %27
  br i1 %28, label %29, label %35

29:                                               ; preds = %25
  %30 = load ptr, ptr %6, align 8, !tbaa !9
  %31 = load i64, ptr %10, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw i8, ptr %30, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !19
  %34 = zext i8 %33 to i32
  br label %36

35:                                               ; preds = %25
  br label %36

36:                                               ; preds = %35, %29
  %37 = phi i32 [ %34, %29 ], [ -1, %35 ]
  store i32 %37, ptr %15, align 4, !tbaa !5
  %38 = load i32, ptr %12, align 4, !tbaa !5
  switch i32 %38, label %138 [
    i32 0, label %39
    i32 1, label %46
    i32 2, label %77
    i32 3, label %105
  ]

39:                                               ; preds = %36
  %40 = load i32, ptr %15, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 34
  br i1 %41, label %42, label %45

42:                                               ; preds = %39
  store i32 2, ptr %12, align 4, !tbaa !5
  %43 = load i64, ptr %10, align 8, !tbaa !12
  %44 = add i64 %43, 1
  store i64 %44, ptr %10, align 8, !tbaa !12
  store i32 3, ptr %11, align 4
  br label %184

45:                                               ; preds = %39
  store i32 1, ptr %12, align 4, !tbaa !5
  store i32 3, ptr %11, align 4
  br label %184

46:                                               ; preds = %36
  %47 = load i32, ptr %15, align 4, !tbaa !5
  %48 = icmp eq i32 %47, 44
  br i1 %48, label %58, label %49

49:                                               ; preds = %46
  %50 = load i32, ptr %15, align 4, !tbaa !5
  %51 = icmp eq i32 %50, 10
  br i1 %51, label %58, label %52

52:                                               ; preds = %49
  %53 = load i32, ptr %15, align 4, !tbaa !5
  %54 = icmp eq i32 %53, 13
  br i1 %54, label %58, label %55

55:                                               ; preds = %52
  %56 = load i32, ptr %15, align 4, !tbaa !5
  %57 = icmp eq i32 %56, -1
  br i1 %57, label %58, label %59

58:                                               ; preds = %55, %52, %49, %46
  br label %138

59:                                               ; preds = %55
  %60 = load i32, ptr %14, align 4, !tbaa !5
  %61 = icmp slt i32 %60, 63
  br i1 %61, label %62, label %74

62:                                               ; preds = %59
  %63 = load i32, ptr %15, align 4, !tbaa !5
  %64 = trunc i32 %63 to i8
  %65 = load ptr, ptr %9, align 8, !tbaa !16
  %66 = getelementptr inbounds nuw %struct.csv_row, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %13, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [16 x [64 x i8]], ptr %66, i64 0, i64 %68
  %70 = load i32, ptr %14, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %14, align 4, !tbaa !5
  %72 = sext i32 %70 to i64
  %73 = getelementptr inbounds [64 x i8], ptr %69, i64 0, i64 %72
  store i8 %64, ptr %73, align 1, !tbaa !19
  br label %74

74:                                               ; preds = %62, %59
  %75 = load i64, ptr %10, align 8, !tbaa !12
  %76 = add i64 %75, 1
  store i64 %76, ptr %10, align 8, !tbaa !12
  store i32 3, ptr %11, align 4
  br label %184

77:                                               ; preds = %36
  %78 = load i32, ptr %15, align 4, !tbaa !5
  %79 = icmp eq i32 %78, -1
  br i1 %79, label %80, label %81

80:                                               ; preds = %77
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %184

81:                                               ; preds = %77
  %82 = load i32, ptr %15, align 4, !tbaa !5
  %83 = icmp eq i32 %82, 34
  br i1 %83, label %84, label %87

84:                                               ; preds = %81
  store i32 3, ptr %12, align 4, !tbaa !5
  %85 = load i64, ptr %10, align 8, !tbaa !12
  %86 = add i64 %85, 1
  store i64 %86, ptr %10, align 8, !tbaa !12
  store i32 3, ptr %11, align 4
  br label %184

87:                                               ; preds = %81
  %88 = load i32, ptr %14, align 4, !tbaa !5
  %89 = icmp slt i32 %88, 63
  br i1 %89, label %90, label %102

90:                                               ; preds = %87
  %91 = load i32, ptr %15, align 4, !tbaa !5
  %92 = trunc i32 %91 to i8
  %93 = load ptr, ptr %9, align 8, !tbaa !16
  %94 = getelementptr inbounds nuw %struct.csv_row, ptr %93, i32 0, i32 0
  %95 = load i32, ptr %13, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [16 x [64 x i8]], ptr %94, i64 0, i64 %96
  %98 = load i32, ptr %14, align 4, !tbaa !5
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %14, align 4, !tbaa !5
  %100 = sext i32 %98 to i64
  %101 = getelementptr inbounds [64 x i8], ptr %97, i64 0, i64 %100
  store i8 %92, ptr %101, align 1, !tbaa !19
  br label %102

102:                                              ; preds = %90, %87
  %103 = load i64, ptr %10, align 8, !tbaa !12
  %104 = add i64 %103, 1
  store i64 %104, ptr %10, align 8, !tbaa !12
  store i32 3, ptr %11, align 4
  br label %184

105:                                              ; preds = %36
  %106 = load i32, ptr %15, align 4, !tbaa !5
  %107 = icmp eq i32 %106, 34
  br i1 %107, label %108, label %124

108:                                              ; preds = %105
  %109 = load i32, ptr %14, align 4, !tbaa !5
  %110 = icmp slt i32 %109, 63
  br i1 %110, label %111, label %121

111:                                              ; preds = %108
  %112 = load ptr, ptr %9, align 8, !tbaa !16
  %113 = getelementptr inbounds nuw %struct.csv_row, ptr %112, i32 0, i32 0
  %114 = load i32, ptr %13, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [16 x [64 x i8]], ptr %113, i64 0, i64 %115
  %117 = load i32, ptr %14, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %14, align 4, !tbaa !5
  %119 = sext i32 %117 to i64
  %120 = getelementptr inbounds [64 x i8], ptr %116, i64 0, i64 %119
  store i8 34, ptr %120, align 1, !tbaa !19
  br label %121

121:                                              ; preds = %111, %108
  store i32 2, ptr %12, align 4, !tbaa !5
  %122 = load i64, ptr %10, align 8, !tbaa !12
  %123 = add i64 %122, 1
  store i64 %123, ptr %10, align 8, !tbaa !12
  store i32 3, ptr %11, align 4
  br label %184

124:                                              ; preds = %105
  %125 = load i32, ptr %15, align 4, !tbaa !5
  %126 = icmp eq i32 %125, 44
  br i1 %126, label %136, label %127

127:                                              ; preds = %124
  %128 = load i32, ptr %15, align 4, !tbaa !5
  %129 = icmp eq i32 %128, 10
  br i1 %129, label %136, label %130

130:                                              ; preds = %127
  %131 = load i32, ptr %15, align 4, !tbaa !5
  %132 = icmp eq i32 %131, 13
  br i1 %132, label %136, label %133

133:                                              ; preds = %130
  %134 = load i32, ptr %15, align 4, !tbaa !5
  %135 = icmp eq i32 %134, -1
  br i1 %135, label %136, label %137

136:                                              ; preds = %133, %130, %127, %124
  br label %138

137:                                              ; preds = %133
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %184

138:                                              ; preds = %36, %136, %58
  %139 = load ptr, ptr %9, align 8, !tbaa !16
  %140 = getelementptr inbounds nuw %struct.csv_row, ptr %139, i32 0, i32 0
  %141 = load i32, ptr %13, align 4, !tbaa !5
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [16 x [64 x i8]], ptr %140, i64 0, i64 %142
  %144 = load i32, ptr %14, align 4, !tbaa !5
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [64 x i8], ptr %143, i64 0, i64 %145
  store i8 0, ptr %146, align 1, !tbaa !19
  %147 = load i32, ptr %13, align 4, !tbaa !5
  %148 = icmp slt i32 %147, 15
  br i1 %148, label %149, label %152

149:                                              ; preds = %138
  %150 = load i32, ptr %13, align 4, !tbaa !5
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %13, align 4, !tbaa !5
  br label %152

152:                                              ; preds = %149, %138
  store i32 0, ptr %14, align 4, !tbaa !5
  %153 = load i32, ptr %15, align 4, !tbaa !5
  %154 = icmp eq i32 %153, 44
  br i1 %154, label %155, label %158

155:                                              ; preds = %152
  %156 = load i64, ptr %10, align 8, !tbaa !12
  %157 = add i64 %156, 1
  store i64 %157, ptr %10, align 8, !tbaa !12
  store i32 0, ptr %12, align 4, !tbaa !5
  store i32 3, ptr %11, align 4
  br label %184

158:                                              ; preds = %152
  %159 = load i32, ptr %15, align 4, !tbaa !5
  %160 = icmp eq i32 %159, 13
  br i1 %160, label %161, label %177

161:                                              ; preds = %158
  %162 = load i64, ptr %10, align 8, !tbaa !12
  %163 = add i64 %162, 1
  %164 = load i64, ptr %7, align 8, !tbaa !12
  %165 = icmp ult i64 %163, %164
  br i1 %165, label %166, label %177

166:                                              ; preds = %161
  %167 = load ptr, ptr %6, align 8, !tbaa !9
  %168 = load i64, ptr %10, align 8, !tbaa !12
  %169 = add i64 %168, 1
  %170 = getelementptr inbounds nuw i8, ptr %167, i64 %169
  %171 = load i8, ptr %170, align 1, !tbaa !19
  %172 = sext i8 %171 to i32
  %173 = icmp eq i32 %172, 10
  br i1 %173, label %174, label %177

174:                                              ; preds = %166
  %175 = load i64, ptr %10, align 8, !tbaa !12
  %176 = add i64 %175, 1
  store i64 %176, ptr %10, align 8, !tbaa !12
  br label %177

177:                                              ; preds = %174, %166, %161, %158
  %178 = load i32, ptr %15, align 4, !tbaa !5
  %179 = icmp ne i32 %178, -1
  br i1 %179, label %180, label %183

180:                                              ; preds = %177
  %181 = load i64, ptr %10, align 8, !tbaa !12
  %182 = add i64 %181, 1
  store i64 %182, ptr %10, align 8, !tbaa !12
  br label %183

183:                                              ; preds = %180, %177
  store i32 2, ptr %11, align 4
  br label %184

184:                                              ; preds = %183, %155, %137, %121, %102, %84, %80, %74, %45, %42
  call void @llvm.lifetime.end.p0(ptr %15) #6
  %185 = load i32, ptr %11, align 4
  switch i32 %185, label %192 [
    i32 3, label %25
    i32 2, label %186
  ]

186:                                              ; preds = %184
  %187 = load i32, ptr %13, align 4, !tbaa !5
  %188 = load ptr, ptr %9, align 8, !tbaa !16
  %189 = getelementptr inbounds nuw %struct.csv_row, ptr %188, i32 0, i32 1
  store i32 %187, ptr %189, align 4, !tbaa !17
  %190 = load i64, ptr %10, align 8, !tbaa !12
  %191 = load ptr, ptr %8, align 8, !tbaa !14
  store i64 %190, ptr %191, align 8, !tbaa !12
  store i32 1, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %192

192:                                              ; preds = %186, %184
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %193

193:                                              ; preds = %192, %21
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %194 = load i32, ptr %5, align 4
  ret i32 %194
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca %struct.csv_row, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca [5 x i32], align 16
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  %20 = call i64 @build_csv(ptr noundef @main.buf, i64 noundef 32768) #7
  store i64 %20, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i64 0, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 1, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 1000, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 -1000, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  call void @llvm.memset.p0.i64(ptr align 16 %12, i8 0, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  br label %21

21:                                               ; preds = %119, %34, %0
  %22 = load i64, ptr %2, align 8, !tbaa !12
  %23 = call i32 @csv_next_row(ptr noundef @main.buf, i64 noundef %22, ptr noundef %3, ptr noundef %4) #7
  store i32 %23, ptr %14, align 4, !tbaa !5
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %120

25:                                               ; preds = %21
  %26 = load i32, ptr %14, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 0
  br i1 %27, label %28, label %31

28:                                               ; preds = %25
  %29 = load i32, ptr %6, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4, !tbaa !5
  br label %120

31:                                               ; preds = %25
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %34, label %35

34:                                               ; preds = %31
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %21, !llvm.loop !20

35:                                               ; preds = %31
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %38 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 1
  %39 = load i32, ptr %38, align 4, !tbaa !17
  %40 = icmp sge i32 %39, 4
  br i1 %40, label %41, label %72

41:                                               ; preds = %35
  %42 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 0
  %43 = getelementptr inbounds [16 x [64 x i8]], ptr %42, i64 0, i64 2
  %44 = getelementptr inbounds [64 x i8], ptr %43, i64 0, i64 0
  %45 = call i32 @parse_int(ptr noundef %44, ptr noundef %15) #7
  %46 = icmp ne i32 %45, 0
  br i1 %46, label %47, label %72

47:                                               ; preds = %41
  %48 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 0
  %49 = getelementptr inbounds [16 x [64 x i8]], ptr %48, i64 0, i64 3
  %50 = getelementptr inbounds [64 x i8], ptr %49, i64 0, i64 0
  %51 = call i32 @parse_int(ptr noundef %50, ptr noundef %16) #7
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %53, label %72

53:                                               ; preds = %47
  %54 = load i64, ptr %15, align 8, !tbaa !12
  %55 = load i64, ptr %8, align 8, !tbaa !12
  %56 = add nsw i64 %55, %54
  store i64 %56, ptr %8, align 8, !tbaa !12
  %57 = load i64, ptr %16, align 8, !tbaa !12
  %58 = load i64, ptr %11, align 8, !tbaa !12
  %59 = add nsw i64 %58, %57
  store i64 %59, ptr %11, align 8, !tbaa !12
  %60 = load i64, ptr %15, align 8, !tbaa !12
  %61 = load i64, ptr %9, align 8, !tbaa !12
  %62 = icmp slt i64 %60, %61
  br i1 %62, label %63, label %65

63:                                               ; preds = %53
  %64 = load i64, ptr %15, align 8, !tbaa !12
  store i64 %64, ptr %9, align 8, !tbaa !12
  br label %65

65:                                               ; preds = %63, %53
  %66 = load i64, ptr %15, align 8, !tbaa !12
  %67 = load i64, ptr %10, align 8, !tbaa !12
  %68 = icmp sgt i64 %66, %67
  br i1 %68, label %69, label %71

69:                                               ; preds = %65
  %70 = load i64, ptr %15, align 8, !tbaa !12
  store i64 %70, ptr %10, align 8, !tbaa !12
  br label %71

71:                                               ; preds = %69, %65
  br label %72

72:                                               ; preds = %71, %47, %41, %35
  %73 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 1
  %74 = load i32, ptr %73, align 4, !tbaa !17
  %75 = icmp sge i32 %74, 2
  br i1 %75, label %76, label %87

76:                                               ; preds = %72
  %77 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 0
  %78 = getelementptr inbounds [16 x [64 x i8]], ptr %77, i64 0, i64 1
  %79 = getelementptr inbounds [64 x i8], ptr %78, i64 0, i64 0
  %80 = load i8, ptr %79, align 4, !tbaa !19
  %81 = zext i8 %80 to i32
  %82 = urem i32 %81, 5
  %83 = zext i32 %82 to i64
  %84 = getelementptr inbounds nuw [5 x i32], ptr %12, i64 0, i64 %83
  %85 = load i32, ptr %84, align 4, !tbaa !5
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %84, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %76, %72
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %88

88:                                               ; preds = %116, %87
  %89 = load i32, ptr %17, align 4, !tbaa !5
  %90 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 1
  %91 = load i32, ptr %90, align 4, !tbaa !17
  %92 = icmp slt i32 %89, %91
  br i1 %92, label %94, label %93

93:                                               ; preds = %88
  store i32 4, ptr %18, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %119

94:                                               ; preds = %88
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %95 = getelementptr inbounds nuw %struct.csv_row, ptr %4, i32 0, i32 0
  %96 = load i32, ptr %17, align 4, !tbaa !5
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [16 x [64 x i8]], ptr %95, i64 0, i64 %97
  %99 = getelementptr inbounds [64 x i8], ptr %98, i64 0, i64 0
  store ptr %99, ptr %19, align 8, !tbaa !9
  br label %100

100:                                              ; preds = %112, %94
  %101 = load ptr, ptr %19, align 8, !tbaa !9
  %102 = load i8, ptr %101, align 1, !tbaa !19
  %103 = icmp ne i8 %102, 0
  br i1 %103, label %105, label %104

104:                                              ; preds = %100
  store i32 7, ptr %18, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #6
  br label %115

105:                                              ; preds = %100
  %106 = load i32, ptr %13, align 4, !tbaa !5
  %107 = mul i32 %106, 33
  %108 = load ptr, ptr %19, align 8, !tbaa !9
  %109 = load i8, ptr %108, align 1, !tbaa !19
  %110 = zext i8 %109 to i32
  %111 = add i32 %107, %110
  store i32 %111, ptr %13, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %105
  %113 = load ptr, ptr %19, align 8, !tbaa !9
  %114 = getelementptr inbounds nuw i8, ptr %113, i32 1
  store ptr %114, ptr %19, align 8, !tbaa !9
  br label %100, !llvm.loop !22

115:                                              ; preds = %104
  br label %116

116:                                              ; preds = %115
  %117 = load i32, ptr %17, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %17, align 4, !tbaa !5
  br label %88, !llvm.loop !23

119:                                              ; preds = %93
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %21, !llvm.loop !20

120:                                              ; preds = %28, %21
  %121 = load i32, ptr %5, align 4, !tbaa !5
  %122 = load i32, ptr %6, align 4, !tbaa !5
  %123 = load i64, ptr %8, align 8, !tbaa !12
  %124 = load i64, ptr %9, align 8, !tbaa !12
  %125 = load i64, ptr %10, align 8, !tbaa !12
  %126 = load i64, ptr %11, align 8, !tbaa !12
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %121, i32 noundef %122, i64 noundef %123, i64 noundef %124, i64 noundef %125, i64 noundef %126) #7
  %128 = getelementptr inbounds [5 x i32], ptr %12, i64 0, i64 0
  %129 = load i32, ptr %128, align 16, !tbaa !5
  %130 = getelementptr inbounds [5 x i32], ptr %12, i64 0, i64 1
  %131 = load i32, ptr %130, align 4, !tbaa !5
  %132 = getelementptr inbounds [5 x i32], ptr %12, i64 0, i64 2
  %133 = load i32, ptr %132, align 8, !tbaa !5
  %134 = getelementptr inbounds [5 x i32], ptr %12, i64 0, i64 3
  %135 = load i32, ptr %134, align 4, !tbaa !5
  %136 = getelementptr inbounds [5 x i32], ptr %12, i64 0, i64 4
  %137 = load i32, ptr %136, align 16, !tbaa !5
  %138 = load i32, ptr %13, align 4, !tbaa !5
  %139 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %129, i32 noundef %131, i32 noundef %133, i32 noundef %135, i32 noundef %137, i32 noundef %138) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %18, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %140 = load i32, ptr %1, align 4
  ret i32 %140
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @build_csv(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %11, i64 noundef %12, ptr noundef @.str.7) #8
  %14 = sext i32 %13 to i64
  store i64 %14, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 5, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %74, %2
  %16 = load i32, ptr %7, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 400
  br i1 %17, label %18, label %23

18:                                               ; preds = %15
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = load i64, ptr %4, align 8, !tbaa !12
  %21 = sub i64 %20, 128
  %22 = icmp ult i64 %19, %21
  br label %23

23:                                               ; preds = %18, %15
  %24 = phi i1 [ false, %15 ], [ %22, %18 ]
  br i1 %24, label %26, label %25

25:                                               ; preds = %23
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %77

26:                                               ; preds = %23
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = mul i32 %27, 1103515245
  %29 = add i32 %28, 12345
  store i32 %29, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = lshr i32 %30, 16
  %32 = urem i32 %31, 60
  %33 = sub nsw i32 %32, 20
  store i32 %33, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = lshr i32 %34, 8
  %36 = urem i32 %35, 300
  store i32 %36, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = and i32 %37, 3
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %41

40:                                               ; preds = %26
  br label %47

41:                                               ; preds = %26
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = and i32 %42, 3
  %44 = icmp eq i32 %43, 1
  %45 = zext i1 %44 to i64
  %46 = select i1 %44, ptr @.str.9, ptr @.str.10
  br label %47

47:                                               ; preds = %41, %40
  %48 = phi ptr [ @.str.8, %40 ], [ %46, %41 ]
  store ptr %48, ptr %10, align 8, !tbaa !9
  %49 = load ptr, ptr %3, align 8, !tbaa !9
  %50 = load i64, ptr %5, align 8, !tbaa !12
  %51 = getelementptr inbounds nuw i8, ptr %49, i64 %50
  %52 = load i64, ptr %4, align 8, !tbaa !12
  %53 = load i64, ptr %5, align 8, !tbaa !12
  %54 = sub i64 %52, %53
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = lshr i32 %56, 4
  %58 = urem i32 %57, 5
  %59 = zext i32 %58 to i64
  %60 = getelementptr inbounds nuw [5 x ptr], ptr @build_csv.cities, i64 0, i64 %59
  %61 = load ptr, ptr %60, align 8, !tbaa !9
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = load ptr, ptr %10, align 8, !tbaa !9
  %65 = load i32, ptr %7, align 4, !tbaa !5
  %66 = and i32 %65, 1
  %67 = icmp ne i32 %66, 0
  %68 = zext i1 %67 to i64
  %69 = select i1 %67, ptr @.str.12, ptr @.str.13
  %70 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %51, i64 noundef %54, ptr noundef @.str.11, i32 noundef %55, ptr noundef %61, i32 noundef %62, i32 noundef %63, ptr noundef %64, ptr noundef %69) #8
  %71 = sext i32 %70 to i64
  %72 = load i64, ptr %5, align 8, !tbaa !12
  %73 = add i64 %72, %71
  store i64 %73, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %74

74:                                               ; preds = %47
  %75 = load i32, ptr %7, align 4, !tbaa !5
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %7, align 4, !tbaa !5
  br label %15, !llvm.loop !24

77:                                               ; preds = %25
  %78 = load i64, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i64 %78
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_int(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !14
  br label %9

9:                                                ; preds = %21, %2
  %10 = call ptr @__ctype_b_loc() #9
  %11 = load ptr, ptr %10, align 8, !tbaa !25
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = load i8, ptr %12, align 1, !tbaa !19
  %14 = zext i8 %13 to i32
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i16, ptr %11, i64 %15
  %17 = load i16, ptr %16, align 2, !tbaa !27
  %18 = zext i16 %17 to i32
  %19 = and i32 %18, 8192
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %24

21:                                               ; preds = %9
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 1
  store ptr %23, ptr %4, align 8, !tbaa !9
  br label %9, !llvm.loop !29

24:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = load i8, ptr %25, align 1, !tbaa !19
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 45
  br i1 %28, label %34, label %29

29:                                               ; preds = %24
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = load i8, ptr %30, align 1, !tbaa !19
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 43
  br i1 %33, label %34, label %41

34:                                               ; preds = %29, %24
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw i8, ptr %35, i32 1
  store ptr %36, ptr %4, align 8, !tbaa !9
  %37 = load i8, ptr %35, align 1, !tbaa !19
  %38 = sext i8 %37 to i32
  %39 = icmp eq i32 %38, 45
  %40 = zext i1 %39 to i32
  store i32 %40, ptr %6, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %34, %29
  %42 = call ptr @__ctype_b_loc() #9
  %43 = load ptr, ptr %42, align 8, !tbaa !25
  %44 = load ptr, ptr %4, align 8, !tbaa !9
  %45 = load i8, ptr %44, align 1, !tbaa !19
  %46 = zext i8 %45 to i32
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i16, ptr %43, i64 %47
  %49 = load i16, ptr %48, align 2, !tbaa !27
  %50 = zext i16 %49 to i32
  %51 = and i32 %50, 2048
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %54, label %53

53:                                               ; preds = %41
  store i32 0, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %93

54:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %55

55:                                               ; preds = %72, %54
  %56 = call ptr @__ctype_b_loc() #9
  %57 = load ptr, ptr %56, align 8, !tbaa !25
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = load i8, ptr %58, align 1, !tbaa !19
  %60 = zext i8 %59 to i32
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i16, ptr %57, i64 %61
  %63 = load i16, ptr %62, align 2, !tbaa !27
  %64 = zext i16 %63 to i32
  %65 = and i32 %64, 2048
  %66 = icmp ne i32 %65, 0
  br i1 %66, label %67, label %70

67:                                               ; preds = %55
  %68 = load i64, ptr %8, align 8, !tbaa !12
  %69 = icmp slt i64 %68, 1000000000
  br label %70

70:                                               ; preds = %67, %55
  %71 = phi i1 [ false, %55 ], [ %69, %67 ]
  br i1 %71, label %72, label %82

72:                                               ; preds = %70
  %73 = load i64, ptr %8, align 8, !tbaa !12
  %74 = mul nsw i64 %73, 10
  %75 = load ptr, ptr %4, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 1
  store ptr %76, ptr %4, align 8, !tbaa !9
  %77 = load i8, ptr %75, align 1, !tbaa !19
  %78 = sext i8 %77 to i32
  %79 = sub nsw i32 %78, 48
  %80 = sext i32 %79 to i64
  %81 = add nsw i64 %74, %80
  store i64 %81, ptr %8, align 8, !tbaa !12
  br label %55, !llvm.loop !30

82:                                               ; preds = %70
  %83 = load i32, ptr %6, align 4, !tbaa !5
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %85, label %88

85:                                               ; preds = %82
  %86 = load i64, ptr %8, align 8, !tbaa !12
  %87 = sub nsw i64 0, %86
  br label %90

88:                                               ; preds = %82
  %89 = load i64, ptr %8, align 8, !tbaa !12
  br label %90

90:                                               ; preds = %88, %85
  %91 = phi i64 [ %87, %85 ], [ %89, %88 ]
  %92 = load ptr, ptr %5, align 8, !tbaa !14
  store i64 %91, ptr %92, align 8, !tbaa !12
  store i32 1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %93

93:                                               ; preds = %90, %53
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %94 = load i32, ptr %3, align 4
  ret i32 %94
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }

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
!15 = !{!"p1 long", !11, i64 0}
!16 = !{!11, !11, i64 0}
!17 = !{!18, !6, i64 1024}
!18 = !{!"", !7, i64 0, !6, i64 1024}
!19 = !{!7, !7, i64 0}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = distinct !{!22, !21}
!23 = distinct !{!23, !21}
!24 = distinct !{!24, !21}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 short", !11, i64 0}
!27 = !{!28, !28, i64 0}
!28 = !{!"short", !7, i64 0}
!29 = distinct !{!29, !21}
!30 = distinct !{!30, !21}
