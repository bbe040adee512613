; ModuleID = 'lcs_diff.c'
source_filename = "lcs_diff.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@lcs = internal global [65 x [65 x i16]] zeroinitializer, align 16
@__const.main.old_text = private unnamed_addr constant [99 x i8] c"int main(void)\0A{\0A    int x = 1;\0A    int y = 2;\0A    print(x);\0A    print(y);\0A    return 0;\0A}\0A// end\0A\00", align 16
@__const.main.new_text = private unnamed_addr constant [125 x i8] c"#include <stdio.h>\0Aint main(void)\0A{\0A    int x = 1;\0A    int z = 3;\0A    print(x);\0A    print(z);\0A    print(y);\0A    return x;\0A}\0A\00", align 16
@.str = private unnamed_addr constant [51 x i8] c"old=%d new=%d common=%d adds=%d dels=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @diff_lines(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %6) #0 {
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store ptr %0, ptr %8, align 8, !tbaa !9
  store i32 %1, ptr %9, align 4, !tbaa !5
  store ptr %2, ptr %10, align 8, !tbaa !9
  store i32 %3, ptr %11, align 4, !tbaa !5
  store ptr %4, ptr %12, align 8, !tbaa !13
  store ptr %5, ptr %13, align 8, !tbaa !13
  store ptr %6, ptr %14, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %20 = load i32, ptr %9, align 4, !tbaa !5
  %21 = sub nsw i32 %20, 1
  store i32 %21, ptr %15, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %115, %7
  %23 = load i32, ptr %15, align 4, !tbaa !5
  %24 = icmp sge i32 %23, 0
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 2, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %118

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %27 = load i32, ptr %11, align 4, !tbaa !5
  %28 = sub nsw i32 %27, 1
  store i32 %28, ptr %17, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %111, %26
  %30 = load i32, ptr %17, align 4, !tbaa !5
  %31 = icmp sge i32 %30, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  store i32 5, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5
  br label %114

33:                                               ; preds = %29
  %34 = load ptr, ptr %8, align 8, !tbaa !9
  %35 = load i32, ptr %15, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds ptr, ptr %34, i64 %36
  %38 = load ptr, ptr %37, align 8, !tbaa !15
  %39 = load ptr, ptr %10, align 8, !tbaa !9
  %40 = load i32, ptr %17, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds ptr, ptr %39, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !15
  %44 = call i32 @strcmp(ptr noundef %38, ptr noundef %43) #6
  %45 = icmp eq i32 %44, 0
  br i1 %45, label %46, label %60

46:                                               ; preds = %33
  %47 = load i32, ptr %15, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %49
  %51 = load i32, ptr %17, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [65 x i16], ptr %50, i64 0, i64 %53
  %55 = load i16, ptr %54, align 2, !tbaa !17
  %56 = zext i16 %55 to i32
  %57 = add nsw i32 %56, 1
  %58 = trunc i32 %57 to i16
  %59 = zext i16 %58 to i32
  br label %102

60:                                               ; preds = %33
  %61 = load i32, ptr %15, align 4, !tbaa !5
  %62 = add nsw i32 %61, 1
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %63
  %65 = load i32, ptr %17, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [65 x i16], ptr %64, i64 0, i64 %66
  %68 = load i16, ptr %67, align 2, !tbaa !17
  %69 = zext i16 %68 to i32
  %70 = load i32, ptr %15, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %71
  %73 = load i32, ptr %17, align 4, !tbaa !5
  %74 = add nsw i32 %73, 1
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [65 x i16], ptr %72, i64 0, i64 %75
  %77 = load i16, ptr %76, align 2, !tbaa !17
  %78 = zext i16 %77 to i32
  %79 = icmp sge i32 %69, %78
  br i1 %79, label %80, label %90

80:                                               ; preds = %60
  %81 = load i32, ptr %15, align 4, !tbaa !5
  %82 = add nsw i32 %81, 1
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %83
  %85 = load i32, ptr %17, align 4, !tbaa !5
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [65 x i16], ptr %84, i64 0, i64 %86
  %88 = load i16, ptr %87, align 2, !tbaa !17
  %89 = zext i16 %88 to i32
  br label %100

90:                                               ; preds = %60
  %91 = load i32, ptr %15, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %92
  %94 = load i32, ptr %17, align 4, !tbaa !5
  %95 = add nsw i32 %94, 1
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [65 x i16], ptr %93, i64 0, i64 %96
  %98 = load i16, ptr %97, align 2, !tbaa !17
  %99 = zext i16 %98 to i32
  br label %100

100:                                              ; preds = %90, %80
  %101 = phi i32 [ %89, %80 ], [ %99, %90 ]
  br label %102

102:                                              ; preds = %100, %46
  %103 = phi i32 [ %59, %46 ], [ %101, %100 ]
  %104 = trunc i32 %103 to i16
  %105 = load i32, ptr %15, align 4, !tbaa !5
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %106
  %108 = load i32, ptr %17, align 4, !tbaa !5
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [65 x i16], ptr %107, i64 0, i64 %109
  store i16 %104, ptr %110, align 2, !tbaa !17
  br label %111

111:                                              ; preds = %102
  %112 = load i32, ptr %17, align 4, !tbaa !5
  %113 = add nsw i32 %112, -1
  store i32 %113, ptr %17, align 4, !tbaa !5
  br label %29, !llvm.loop !19

114:                                              ; preds = %32
  br label %115

115:                                              ; preds = %114
  %116 = load i32, ptr %15, align 4, !tbaa !5
  %117 = add nsw i32 %116, -1
  store i32 %117, ptr %15, align 4, !tbaa !5
  br label %22, !llvm.loop !21

118:                                              ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i32 0, ptr %19, align 4, !tbaa !5
  %119 = load ptr, ptr %13, align 8, !tbaa !13
  store i32 0, ptr %119, align 4, !tbaa !5
  %120 = load ptr, ptr %12, align 8, !tbaa !13
  store i32 0, ptr %120, align 4, !tbaa !5
  br label %121

121:                                              ; preds = %217, %118
  %122 = load i32, ptr %18, align 4, !tbaa !5
  %123 = load i32, ptr %9, align 4, !tbaa !5
  %124 = icmp slt i32 %122, %123
  br i1 %124, label %129, label %125

125:                                              ; preds = %121
  %126 = load i32, ptr %19, align 4, !tbaa !5
  %127 = load i32, ptr %11, align 4, !tbaa !5
  %128 = icmp slt i32 %126, %127
  br label %129

129:                                              ; preds = %125, %121
  %130 = phi i1 [ true, %121 ], [ %128, %125 ]
  br i1 %130, label %131, label %218

131:                                              ; preds = %129
  %132 = load i32, ptr %18, align 4, !tbaa !5
  %133 = load i32, ptr %9, align 4, !tbaa !5
  %134 = icmp slt i32 %132, %133
  br i1 %134, label %135, label %162

135:                                              ; preds = %131
  %136 = load i32, ptr %19, align 4, !tbaa !5
  %137 = load i32, ptr %11, align 4, !tbaa !5
  %138 = icmp slt i32 %136, %137
  br i1 %138, label %139, label %162

139:                                              ; preds = %135
  %140 = load ptr, ptr %8, align 8, !tbaa !9
  %141 = load i32, ptr %18, align 4, !tbaa !5
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds ptr, ptr %140, i64 %142
  %144 = load ptr, ptr %143, align 8, !tbaa !15
  %145 = load ptr, ptr %10, align 8, !tbaa !9
  %146 = load i32, ptr %19, align 4, !tbaa !5
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds ptr, ptr %145, i64 %147
  %149 = load ptr, ptr %148, align 8, !tbaa !15
  %150 = call i32 @strcmp(ptr noundef %144, ptr noundef %149) #6
  %151 = icmp eq i32 %150, 0
  br i1 %151, label %152, label %162

152:                                              ; preds = %139
  %153 = load ptr, ptr %14, align 8, !tbaa !13
  %154 = load i32, ptr %153, align 4, !tbaa !5
  %155 = mul i32 %154, 31
  %156 = add i32 %155, 32
  %157 = load ptr, ptr %14, align 8, !tbaa !13
  store i32 %156, ptr %157, align 4, !tbaa !5
  %158 = load i32, ptr %18, align 4, !tbaa !5
  %159 = add nsw i32 %158, 1
  store i32 %159, ptr %18, align 4, !tbaa !5
  %160 = load i32, ptr %19, align 4, !tbaa !5
  %161 = add nsw i32 %160, 1
  store i32 %161, ptr %19, align 4, !tbaa !5
  br label %217

162:                                              ; preds = %139, %135, %131
  %163 = load i32, ptr %19, align 4, !tbaa !5
  %164 = load i32, ptr %11, align 4, !tbaa !5
  %165 = icmp slt i32 %163, %164
  br i1 %165, label %166, label %203

166:                                              ; preds = %162
  %167 = load i32, ptr %18, align 4, !tbaa !5
  %168 = load i32, ptr %9, align 4, !tbaa !5
  %169 = icmp eq i32 %167, %168
  br i1 %169, label %190, label %170

170:                                              ; preds = %166
  %171 = load i32, ptr %18, align 4, !tbaa !5
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %172
  %174 = load i32, ptr %19, align 4, !tbaa !5
  %175 = add nsw i32 %174, 1
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [65 x i16], ptr %173, i64 0, i64 %176
  %178 = load i16, ptr %177, align 2, !tbaa !17
  %179 = zext i16 %178 to i32
  %180 = load i32, ptr %18, align 4, !tbaa !5
  %181 = add nsw i32 %180, 1
  %182 = sext i32 %181 to i64
  %183 = getelementptr inbounds [65 x [65 x i16]], ptr @lcs, i64 0, i64 %182
  %184 = load i32, ptr %19, align 4, !tbaa !5
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [65 x i16], ptr %183, i64 0, i64 %185
  %187 = load i16, ptr %186, align 2, !tbaa !17
  %188 = zext i16 %187 to i32
  %189 = icmp sge i32 %179, %188
  br i1 %189, label %190, label %203

190:                                              ; preds = %170, %166
  %191 = load ptr, ptr %14, align 8, !tbaa !13
  %192 = load i32, ptr %191, align 4, !tbaa !5
  %193 = mul i32 %192, 31
  %194 = add i32 %193, 43
  %195 = load i32, ptr %19, align 4, !tbaa !5
  %196 = add i32 %194, %195
  %197 = load ptr, ptr %14, align 8, !tbaa !13
  store i32 %196, ptr %197, align 4, !tbaa !5
  %198 = load ptr, ptr %12, align 8, !tbaa !13
  %199 = load i32, ptr %198, align 4, !tbaa !5
  %200 = add nsw i32 %199, 1
  store i32 %200, ptr %198, align 4, !tbaa !5
  %201 = load i32, ptr %19, align 4, !tbaa !5
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %19, align 4, !tbaa !5
  br label %216

203:                                              ; preds = %170, %162
  %204 = load ptr, ptr %14, align 8, !tbaa !13
  %205 = load i32, ptr %204, align 4, !tbaa !5
  %206 = mul i32 %205, 31
  %207 = add i32 %206, 45
  %208 = load i32, ptr %18, align 4, !tbaa !5
  %209 = add i32 %207, %208
  %210 = load ptr, ptr %14, align 8, !tbaa !13
  store i32 %209, ptr %210, align 4, !tbaa !5
  %211 = load ptr, ptr %13, align 8, !tbaa !13
  %212 = load i32, ptr %211, align 4, !tbaa !5
  %213 = add nsw i32 %212, 1
  store i32 %213, ptr %211, align 4, !tbaa !5
  %214 = load i32, ptr %18, align 4, !tbaa !5
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %18, align 4, !tbaa !5
  br label %216

216:                                              ; preds = %203, %190
  br label %217

217:                                              ; preds = %216, %152
  br label %121, !llvm.loop !22

218:                                              ; preds = %129
  %219 = load i16, ptr @lcs, align 16, !tbaa !17
  %220 = zext i16 %219 to i32
  store i32 1, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #5
  call void @llvm.lifetime.end.p0(ptr %18) #5
  ret i32 %220
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [99 x i8], align 16
  %3 = alloca [125 x i8], align 16
  %4 = alloca [64 x ptr], align 16
  %5 = alloca [64 x ptr], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.old_text, i64 99, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.new_text, i64 125, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %13 = getelementptr inbounds [99 x i8], ptr %2, i64 0, i64 0
  %14 = getelementptr inbounds [64 x ptr], ptr %4, i64 0, i64 0
  %15 = call i32 @split_lines(ptr noundef %13, ptr noundef %14) #7
  store i32 %15, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %16 = getelementptr inbounds [125 x i8], ptr %3, i64 0, i64 0
  %17 = getelementptr inbounds [64 x ptr], ptr %5, i64 0, i64 0
  %18 = call i32 @split_lines(ptr noundef %16, ptr noundef %17) #7
  store i32 %18, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %29, %0
  %20 = load i32, ptr %12, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 500
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %32

23:                                               ; preds = %19
  %24 = getelementptr inbounds [64 x ptr], ptr %4, i64 0, i64 0
  %25 = load i32, ptr %6, align 4, !tbaa !5
  %26 = getelementptr inbounds [64 x ptr], ptr %5, i64 0, i64 0
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = call i32 @diff_lines(ptr noundef %24, i32 noundef %25, ptr noundef %26, i32 noundef %27, ptr noundef %8, ptr noundef %9, ptr noundef %11) #7
  store i32 %28, ptr %10, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %23
  %30 = load i32, ptr %12, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %12, align 4, !tbaa !5
  br label %19, !llvm.loop !23

32:                                               ; preds = %22
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = load i32, ptr %9, align 4, !tbaa !5
  %38 = load i32, ptr %11, align 4, !tbaa !5
  %39 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %33, i32 noundef %34, i32 noundef %35, i32 noundef %36, i32 noundef %37, i32 noundef %38) #7
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @split_lines(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !15
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %9 = load ptr, ptr %3, align 8, !tbaa !15
  store ptr %9, ptr %6, align 8, !tbaa !15
  br label %10

10:                                               ; preds = %38, %2
  %11 = load ptr, ptr %6, align 8, !tbaa !15
  %12 = load i8, ptr %11, align 1, !tbaa !24
  %13 = sext i8 %12 to i32
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %10
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 64
  br label %18

18:                                               ; preds = %15, %10
  %19 = phi i1 [ false, %10 ], [ %17, %15 ]
  br i1 %19, label %20, label %39

20:                                               ; preds = %18
  %21 = load ptr, ptr %6, align 8, !tbaa !15
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %5, align 4, !tbaa !5
  %25 = sext i32 %23 to i64
  %26 = getelementptr inbounds ptr, ptr %22, i64 %25
  store ptr %21, ptr %26, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %27 = load ptr, ptr %6, align 8, !tbaa !15
  %28 = call ptr @strchr(ptr noundef %27, i32 noundef 10) #6
  store ptr %28, ptr %7, align 8, !tbaa !15
  %29 = load ptr, ptr %7, align 8, !tbaa !15
  %30 = icmp ne ptr %29, null
  br i1 %30, label %32, label %31

31:                                               ; preds = %20
  store i32 3, ptr %8, align 4
  br label %36

32:                                               ; preds = %20
  %33 = load ptr, ptr %7, align 8, !tbaa !15
  store i8 0, ptr %33, align 1, !tbaa !24
  %34 = load ptr, ptr %7, align 8, !tbaa !15
  %35 = getelementptr inbounds i8, ptr %34, i64 1
  store ptr %35, ptr %6, align 8, !tbaa !15
  store i32 0, ptr %8, align 4
  br label %36

36:                                               ; preds = %32, %31
  call void @llvm.lifetime.end.p0(ptr %7) #5
  %37 = load i32, ptr %8, align 4
  switch i32 %37, label %41 [
    i32 0, label %38
    i32 3, label %39
  ]

38:                                               ; preds = %36
  br label %10, !llvm.loop !25

39:                                               ; preds = %36, %18
  %40 = load i32, ptr %5, align 4, !tbaa !5
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %40

41:                                               ; preds = %36
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize nounwind optsize willreturn memory(read) }
attributes #7 = { minsize optsize }

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
!10 = !{!"p2 omnipotent char", !11, i64 0}
!11 = !{!"any p2 pointer", !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 int", !12, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 omnipotent char", !12, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"short", !7, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !20}
!24 = !{!7, !7, i64 0}
!25 = distinct !{!25, !20}
