; ModuleID = 'manacher.c'
source_filename = "manacher.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.text = internal global [4001 x i8] zeroinitializer, align 16
@main.sample = internal constant [17 x i8] c"forgeeksskeegfor\00", align 16
@.str = private unnamed_addr constant [31 x i8] c"agree=%u total=%u sample=%.*s\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @manacher(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = mul nsw i32 2, %17
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = call noalias ptr @calloc(i64 noundef %21, i64 noundef 4) #6
  store ptr %22, ptr %9, align 8, !tbaa !12
  %23 = load ptr, ptr %9, align 8, !tbaa !12
  %24 = icmp ne ptr %23, null
  br i1 %24, label %26, label %25

25:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %186

26:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %175, %26
  %28 = load i32, ptr %15, align 4, !tbaa !5
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %178

32:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %16) #5
  %33 = load i32, ptr %11, align 4, !tbaa !5
  %34 = mul nsw i32 2, %33
  %35 = load i32, ptr %15, align 4, !tbaa !5
  %36 = sub nsw i32 %34, %35
  store i32 %36, ptr %16, align 4, !tbaa !5
  %37 = load i32, ptr %15, align 4, !tbaa !5
  %38 = load i32, ptr %12, align 4, !tbaa !5
  %39 = icmp slt i32 %37, %38
  br i1 %39, label %40, label %66

40:                                               ; preds = %32
  %41 = load ptr, ptr %9, align 8, !tbaa !12
  %42 = load i32, ptr %16, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %41, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = load i32, ptr %12, align 4, !tbaa !5
  %47 = load i32, ptr %15, align 4, !tbaa !5
  %48 = sub nsw i32 %46, %47
  %49 = icmp slt i32 %45, %48
  br i1 %49, label %50, label %56

50:                                               ; preds = %40
  %51 = load ptr, ptr %9, align 8, !tbaa !12
  %52 = load i32, ptr %16, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i32, ptr %51, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !5
  br label %60

56:                                               ; preds = %40
  %57 = load i32, ptr %12, align 4, !tbaa !5
  %58 = load i32, ptr %15, align 4, !tbaa !5
  %59 = sub nsw i32 %57, %58
  br label %60

60:                                               ; preds = %56, %50
  %61 = phi i32 [ %55, %50 ], [ %59, %56 ]
  %62 = load ptr, ptr %9, align 8, !tbaa !12
  %63 = load i32, ptr %15, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i32, ptr %62, i64 %64
  store i32 %61, ptr %65, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %60, %32
  br label %67

67:                                               ; preds = %133, %66
  %68 = load i32, ptr %15, align 4, !tbaa !5
  %69 = load ptr, ptr %9, align 8, !tbaa !12
  %70 = load i32, ptr %15, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds i32, ptr %69, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = sub nsw i32 %68, %73
  %75 = sub nsw i32 %74, 1
  %76 = icmp sge i32 %75, 0
  br i1 %76, label %77, label %131

77:                                               ; preds = %67
  %78 = load i32, ptr %15, align 4, !tbaa !5
  %79 = load ptr, ptr %9, align 8, !tbaa !12
  %80 = load i32, ptr %15, align 4, !tbaa !5
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds i32, ptr %79, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = add nsw i32 %78, %83
  %85 = add nsw i32 %84, 1
  %86 = load i32, ptr %8, align 4, !tbaa !5
  %87 = icmp slt i32 %85, %86
  br i1 %87, label %88, label %131

88:                                               ; preds = %77
  %89 = load i32, ptr %15, align 4, !tbaa !5
  %90 = load ptr, ptr %9, align 8, !tbaa !12
  %91 = load i32, ptr %15, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds i32, ptr %90, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = add nsw i32 %89, %94
  %96 = add nsw i32 %95, 1
  %97 = srem i32 %96, 2
  %98 = icmp eq i32 %97, 0
  br i1 %98, label %129, label %99

99:                                               ; preds = %88
  %100 = load ptr, ptr %5, align 8, !tbaa !9
  %101 = load i32, ptr %15, align 4, !tbaa !5
  %102 = load ptr, ptr %9, align 8, !tbaa !12
  %103 = load i32, ptr %15, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds i32, ptr %102, i64 %104
  %106 = load i32, ptr %105, align 4, !tbaa !5
  %107 = add nsw i32 %101, %106
  %108 = add nsw i32 %107, 1
  %109 = sdiv i32 %108, 2
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i8, ptr %100, i64 %110
  %112 = load i8, ptr %111, align 1, !tbaa !14
  %113 = sext i8 %112 to i32
  %114 = load ptr, ptr %5, align 8, !tbaa !9
  %115 = load i32, ptr %15, align 4, !tbaa !5
  %116 = load ptr, ptr %9, align 8, !tbaa !12
  %117 = load i32, ptr %15, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds i32, ptr %116, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = sub nsw i32 %115, %120
  %122 = sub nsw i32 %121, 1
  %123 = sdiv i32 %122, 2
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds i8, ptr %114, i64 %124
  %126 = load i8, ptr %125, align 1, !tbaa !14
  %127 = sext i8 %126 to i32
  %128 = icmp eq i32 %113, %127
  br label %129

129:                                              ; preds = %99, %88
  %130 = phi i1 [ true, %88 ], [ %128, %99 ]
  br label %131

131:                                              ; preds = %129, %77, %67
  %132 = phi i1 [ false, %77 ], [ false, %67 ], [ %130, %129 ]
  br i1 %132, label %133, label %140

133:                                              ; preds = %131
  %134 = load ptr, ptr %9, align 8, !tbaa !12
  %135 = load i32, ptr %15, align 4, !tbaa !5
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds i32, ptr %134, i64 %136
  %138 = load i32, ptr %137, align 4, !tbaa !5
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %137, align 4, !tbaa !5
  br label %67, !llvm.loop !15

140:                                              ; preds = %131
  %141 = load i32, ptr %15, align 4, !tbaa !5
  %142 = load ptr, ptr %9, align 8, !tbaa !12
  %143 = load i32, ptr %15, align 4, !tbaa !5
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds i32, ptr %142, i64 %144
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = add nsw i32 %141, %146
  %148 = load i32, ptr %12, align 4, !tbaa !5
  %149 = icmp sgt i32 %147, %148
  br i1 %149, label %150, label %159

150:                                              ; preds = %140
  %151 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %151, ptr %11, align 4, !tbaa !5
  %152 = load i32, ptr %15, align 4, !tbaa !5
  %153 = load ptr, ptr %9, align 8, !tbaa !12
  %154 = load i32, ptr %15, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds i32, ptr %153, i64 %155
  %157 = load i32, ptr %156, align 4, !tbaa !5
  %158 = add nsw i32 %152, %157
  store i32 %158, ptr %12, align 4, !tbaa !5
  br label %159

159:                                              ; preds = %150, %140
  %160 = load ptr, ptr %9, align 8, !tbaa !12
  %161 = load i32, ptr %15, align 4, !tbaa !5
  %162 = sext i32 %161 to i64
  %163 = getelementptr inbounds i32, ptr %160, i64 %162
  %164 = load i32, ptr %163, align 4, !tbaa !5
  %165 = load i32, ptr %13, align 4, !tbaa !5
  %166 = icmp sgt i32 %164, %165
  br i1 %166, label %167, label %174

167:                                              ; preds = %159
  %168 = load ptr, ptr %9, align 8, !tbaa !12
  %169 = load i32, ptr %15, align 4, !tbaa !5
  %170 = sext i32 %169 to i64
  %171 = getelementptr inbounds i32, ptr %168, i64 %170
  %172 = load i32, ptr %171, align 4, !tbaa !5
  store i32 %172, ptr %13, align 4, !tbaa !5
  %173 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %173, ptr %14, align 4, !tbaa !5
  br label %174

174:                                              ; preds = %167, %159
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %175

175:                                              ; preds = %174
  %176 = load i32, ptr %15, align 4, !tbaa !5
  %177 = add nsw i32 %176, 1
  store i32 %177, ptr %15, align 4, !tbaa !5
  br label %27, !llvm.loop !17

178:                                              ; preds = %31
  %179 = load ptr, ptr %9, align 8, !tbaa !12
  call void @free(ptr noundef %179) #7
  %180 = load i32, ptr %14, align 4, !tbaa !5
  %181 = load i32, ptr %13, align 4, !tbaa !5
  %182 = sub nsw i32 %180, %181
  %183 = sdiv i32 %182, 2
  %184 = load ptr, ptr %7, align 8, !tbaa !12
  store i32 %183, ptr %184, align 4, !tbaa !5
  %185 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %185, ptr %4, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %186

186:                                              ; preds = %178, %25
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %187 = load i32, ptr %4, align 4
  ret i32 %187
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #3

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
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 9, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %64, %0
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 40
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #5
  br label %67

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = mul nsw i32 %19, 90
  %21 = add nsw i32 200, %20
  store i32 %21, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %42, %18
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %45

27:                                               ; preds = %22
  %28 = load i32, ptr %2, align 4, !tbaa !5
  %29 = mul i32 %28, 1103515245
  %30 = add i32 %29, 12345
  store i32 %30, ptr %2, align 4, !tbaa !5
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = lshr i32 %31, 16
  %33 = load i32, ptr %5, align 4, !tbaa !5
  %34 = urem i32 %33, 3
  %35 = add i32 2, %34
  %36 = urem i32 %32, %35
  %37 = add i32 97, %36
  %38 = trunc i32 %37 to i8
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4001 x i8], ptr @main.text, i64 0, i64 %40
  store i8 %38, ptr %41, align 1, !tbaa !14
  br label %42

42:                                               ; preds = %27
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %8, align 4, !tbaa !5
  br label %22, !llvm.loop !18

45:                                               ; preds = %26
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [4001 x i8], ptr @main.text, i64 0, i64 %47
  store i8 0, ptr %48, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %9) #5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = call i32 @manacher(ptr noundef @main.text, i32 noundef %49, ptr noundef %9) #8
  store i32 %50, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = call i32 @expand_best(ptr noundef @main.text, i32 noundef %51) #8
  store i32 %52, ptr %11, align 4, !tbaa !5
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = load i32, ptr %11, align 4, !tbaa !5
  %55 = icmp eq i32 %53, %54
  %56 = zext i1 %55 to i32
  %57 = load i32, ptr %3, align 4, !tbaa !5
  %58 = add i32 %57, %56
  store i32 %58, ptr %3, align 4, !tbaa !5
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = load i32, ptr %9, align 4, !tbaa !5
  %61 = add i32 %59, %60
  %62 = load i32, ptr %4, align 4, !tbaa !5
  %63 = add i32 %62, %61
  store i32 %63, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %64

64:                                               ; preds = %45
  %65 = load i32, ptr %5, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %5, align 4, !tbaa !5
  br label %14, !llvm.loop !19

67:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %12) #5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %68 = call i32 @manacher(ptr noundef @main.sample, i32 noundef 16, ptr noundef %12) #8
  store i32 %68, ptr %13, align 4, !tbaa !5
  %69 = load i32, ptr %3, align 4, !tbaa !5
  %70 = load i32, ptr %4, align 4, !tbaa !5
  %71 = load i32, ptr %13, align 4, !tbaa !5
  %72 = load i32, ptr %12, align 4, !tbaa !5
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [17 x i8], ptr @main.sample, i64 0, i64 %73
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %69, i32 noundef %70, i32 noundef %71, ptr noundef %74) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %76 = load i32, ptr %1, align 4
  ret i32 %76
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @expand_best(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %64, %2
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = mul nsw i32 2, %11
  %13 = sub nsw i32 %12, 1
  %14 = icmp slt i32 %10, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %67

16:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = sdiv i32 %17, 2
  store i32 %18, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = srem i32 %20, 2
  %22 = add nsw i32 %19, %21
  store i32 %22, ptr %8, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %46, %16
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = icmp sge i32 %24, 0
  br i1 %25, label %26, label %44

26:                                               ; preds = %23
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %44

30:                                               ; preds = %26
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i8, ptr %31, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !14
  %36 = sext i8 %35 to i32
  %37 = load ptr, ptr %3, align 8, !tbaa !9
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds i8, ptr %37, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !14
  %42 = sext i8 %41 to i32
  %43 = icmp eq i32 %36, %42
  br label %44

44:                                               ; preds = %30, %26, %23
  %45 = phi i1 [ false, %26 ], [ false, %23 ], [ %43, %30 ]
  br i1 %45, label %46, label %51

46:                                               ; preds = %44
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = add nsw i32 %47, -1
  store i32 %48, ptr %7, align 4, !tbaa !5
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %8, align 4, !tbaa !5
  br label %23, !llvm.loop !20

51:                                               ; preds = %44
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = load i32, ptr %7, align 4, !tbaa !5
  %54 = sub nsw i32 %52, %53
  %55 = sub nsw i32 %54, 1
  %56 = load i32, ptr %5, align 4, !tbaa !5
  %57 = icmp sgt i32 %55, %56
  br i1 %57, label %58, label %63

58:                                               ; preds = %51
  %59 = load i32, ptr %8, align 4, !tbaa !5
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = sub nsw i32 %59, %60
  %62 = sub nsw i32 %61, 1
  store i32 %62, ptr %5, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %58, %51
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %64

64:                                               ; preds = %63
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !21

67:                                               ; preds = %15
  %68 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %68
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize nounwind optsize allocsize(0,1) }
attributes #7 = { minsize nounwind optsize }
attributes #8 = { minsize optsize }

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
!13 = !{!"p1 int", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
