; ModuleID = 'lz77_compress.c'
source_filename = "lz77_compress.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.bit_writer = type { ptr, i64, i64, i32, i32 }
%struct.match_finder = type { [8192 x i32], ptr }
%struct.bit_reader = type { ptr, i64, i64, i32, i32 }

@main.src = internal global [60000 x i8] zeroinitializer, align 16
@main.comp = internal global [120000 x i8] zeroinitializer, align 16
@main.back = internal global [60000 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [49 x i8] c"lz77 in=%zu out=%ld ratio=%ld%% ok=%d hash=%08x\0A\00", align 1
@make_corpus.words = internal global [14 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14], align 16
@.str.1 = private unnamed_addr constant [13 x i8] c"compression \00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"window \00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"match \00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"literal \00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"the \00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"of \00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"and \00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"distance \00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"length \00", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"token \00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"stream \00", align 1
@.str.12 = private unnamed_addr constant [8 x i8] c"buffer \00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"data \00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @lz77_compress(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca %struct.bit_writer, align 8
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i64, align 8
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %21 = call noalias ptr @malloc(i64 noundef 32776) #9
  store ptr %21, ptr %10, align 8, !tbaa !14
  %22 = load ptr, ptr %10, align 8, !tbaa !14
  %23 = icmp ne ptr %22, null
  br i1 %23, label %24, label %29

24:                                               ; preds = %4
  %25 = load ptr, ptr %10, align 8, !tbaa !14
  %26 = load i64, ptr %7, align 8, !tbaa !12
  %27 = call i32 @mf_init(ptr noundef %25, i64 noundef %26) #10
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %31

29:                                               ; preds = %24, %4
  %30 = load ptr, ptr %10, align 8, !tbaa !14
  call void @free(ptr noundef %30) #11
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %207

31:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %32 = load ptr, ptr %8, align 8, !tbaa !9
  %33 = load i64, ptr %9, align 8, !tbaa !12
  call void @bw_init(ptr noundef %12, ptr noundef %32, i64 noundef %33) #10
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %34 = load i64, ptr %7, align 8, !tbaa !12
  %35 = trunc i64 %34 to i32
  %36 = call i32 @bw_put(ptr noundef %12, i32 noundef %35, i32 noundef 32) #10
  store i32 %36, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #8
  store i64 0, ptr %14, align 8, !tbaa !12
  br label %37

37:                                               ; preds = %190, %188, %31
  %38 = load i64, ptr %14, align 8, !tbaa !12
  %39 = load i64, ptr %7, align 8, !tbaa !12
  %40 = icmp ult i64 %38, %39
  br i1 %40, label %41, label %45

41:                                               ; preds = %37
  %42 = load i32, ptr %13, align 4, !tbaa !5
  %43 = icmp ne i32 %42, 0
  %44 = xor i1 %43, true
  br label %45

45:                                               ; preds = %41, %37
  %46 = phi i1 [ false, %37 ], [ %44, %41 ]
  br i1 %46, label %47, label %191

47:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %15) #8
  store i64 0, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %16) #8
  %48 = load ptr, ptr %10, align 8, !tbaa !14
  %49 = load ptr, ptr %6, align 8, !tbaa !9
  %50 = load i64, ptr %7, align 8, !tbaa !12
  %51 = load i64, ptr %14, align 8, !tbaa !12
  %52 = call i64 @mf_find(ptr noundef %48, ptr noundef %49, i64 noundef %50, i64 noundef %51, ptr noundef %15) #10
  store i64 %52, ptr %16, align 8, !tbaa !12
  %53 = load i64, ptr %16, align 8, !tbaa !12
  %54 = icmp ne i64 %53, 0
  br i1 %54, label %55, label %132

55:                                               ; preds = %47
  %56 = load i64, ptr %16, align 8, !tbaa !12
  %57 = icmp ult i64 %56, 18
  br i1 %57, label %58, label %132

58:                                               ; preds = %55
  %59 = load i64, ptr %14, align 8, !tbaa !12
  %60 = add i64 %59, 1
  %61 = load i64, ptr %7, align 8, !tbaa !12
  %62 = icmp ult i64 %60, %61
  br i1 %62, label %63, label %132

63:                                               ; preds = %58
  %64 = load ptr, ptr %10, align 8, !tbaa !14
  %65 = load ptr, ptr %6, align 8, !tbaa !9
  %66 = load i64, ptr %7, align 8, !tbaa !12
  %67 = load i64, ptr %14, align 8, !tbaa !12
  call void @mf_insert(ptr noundef %64, ptr noundef %65, i64 noundef %66, i64 noundef %67) #10
  call void @llvm.lifetime.start.p0(ptr %17) #8
  store i64 0, ptr %17, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %18) #8
  %68 = load ptr, ptr %10, align 8, !tbaa !14
  %69 = load ptr, ptr %6, align 8, !tbaa !9
  %70 = load i64, ptr %7, align 8, !tbaa !12
  %71 = load i64, ptr %14, align 8, !tbaa !12
  %72 = add i64 %71, 1
  %73 = call i64 @mf_find(ptr noundef %68, ptr noundef %69, i64 noundef %70, i64 noundef %72, ptr noundef %17) #10
  store i64 %73, ptr %18, align 8, !tbaa !12
  %74 = load i64, ptr %18, align 8, !tbaa !12
  %75 = load i64, ptr %16, align 8, !tbaa !12
  %76 = add i64 %75, 1
  %77 = icmp ugt i64 %74, %76
  br i1 %77, label %78, label %94

78:                                               ; preds = %63
  %79 = call i32 @bw_put(ptr noundef %12, i32 noundef 0, i32 noundef 1) #10
  %80 = load i32, ptr %13, align 4, !tbaa !5
  %81 = or i32 %80, %79
  store i32 %81, ptr %13, align 4, !tbaa !5
  %82 = load ptr, ptr %6, align 8, !tbaa !9
  %83 = load i64, ptr %14, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw i8, ptr %82, i64 %83
  %85 = load i8, ptr %84, align 1, !tbaa !15
  %86 = zext i8 %85 to i32
  %87 = call i32 @bw_put(ptr noundef %12, i32 noundef %86, i32 noundef 8) #10
  %88 = load i32, ptr %13, align 4, !tbaa !5
  %89 = or i32 %88, %87
  store i32 %89, ptr %13, align 4, !tbaa !5
  %90 = load i64, ptr %14, align 8, !tbaa !12
  %91 = add i64 %90, 1
  store i64 %91, ptr %14, align 8, !tbaa !12
  %92 = load i64, ptr %18, align 8, !tbaa !12
  store i64 %92, ptr %16, align 8, !tbaa !12
  %93 = load i64, ptr %17, align 8, !tbaa !12
  store i64 %93, ptr %15, align 8, !tbaa !12
  br label %128

94:                                               ; preds = %63
  %95 = call i32 @bw_put(ptr noundef %12, i32 noundef 1, i32 noundef 1) #10
  %96 = load i32, ptr %13, align 4, !tbaa !5
  %97 = or i32 %96, %95
  store i32 %97, ptr %13, align 4, !tbaa !5
  %98 = load i64, ptr %15, align 8, !tbaa !12
  %99 = trunc i64 %98 to i32
  %100 = call i32 @bw_put(ptr noundef %12, i32 noundef %99, i32 noundef 12) #10
  %101 = load i32, ptr %13, align 4, !tbaa !5
  %102 = or i32 %101, %100
  store i32 %102, ptr %13, align 4, !tbaa !5
  %103 = load i64, ptr %16, align 8, !tbaa !12
  %104 = sub i64 %103, 3
  %105 = trunc i64 %104 to i32
  %106 = call i32 @bw_put(ptr noundef %12, i32 noundef %105, i32 noundef 4) #10
  %107 = load i32, ptr %13, align 4, !tbaa !5
  %108 = or i32 %107, %106
  store i32 %108, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #8
  store i64 1, ptr %19, align 8, !tbaa !12
  br label %109

109:                                              ; preds = %121, %94
  %110 = load i64, ptr %19, align 8, !tbaa !12
  %111 = load i64, ptr %16, align 8, !tbaa !12
  %112 = icmp ult i64 %110, %111
  br i1 %112, label %114, label %113

113:                                              ; preds = %109
  store i32 4, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #8
  br label %124

114:                                              ; preds = %109
  %115 = load ptr, ptr %10, align 8, !tbaa !14
  %116 = load ptr, ptr %6, align 8, !tbaa !9
  %117 = load i64, ptr %7, align 8, !tbaa !12
  %118 = load i64, ptr %14, align 8, !tbaa !12
  %119 = load i64, ptr %19, align 8, !tbaa !12
  %120 = add i64 %118, %119
  call void @mf_insert(ptr noundef %115, ptr noundef %116, i64 noundef %117, i64 noundef %120) #10
  br label %121

121:                                              ; preds = %114
  %122 = load i64, ptr %19, align 8, !tbaa !12
  %123 = add i64 %122, 1
  store i64 %123, ptr %19, align 8, !tbaa !12
  br label %109, !llvm.loop !16

124:                                              ; preds = %113
  %125 = load i64, ptr %16, align 8, !tbaa !12
  %126 = load i64, ptr %14, align 8, !tbaa !12
  %127 = add i64 %126, %125
  store i64 %127, ptr %14, align 8, !tbaa !12
  store i32 2, ptr %11, align 4
  br label %129, !llvm.loop !18

128:                                              ; preds = %78
  store i32 0, ptr %11, align 4
  br label %129

129:                                              ; preds = %128, %124
  call void @llvm.lifetime.end.p0(ptr %18) #8
  call void @llvm.lifetime.end.p0(ptr %17) #8
  %130 = load i32, ptr %11, align 4
  switch i32 %130, label %188 [
    i32 0, label %131
  ]

131:                                              ; preds = %129
  br label %132

132:                                              ; preds = %131, %58, %55, %47
  %133 = load i64, ptr %16, align 8, !tbaa !12
  %134 = icmp ne i64 %133, 0
  br i1 %134, label %135, label %169

135:                                              ; preds = %132
  %136 = call i32 @bw_put(ptr noundef %12, i32 noundef 1, i32 noundef 1) #10
  %137 = load i32, ptr %13, align 4, !tbaa !5
  %138 = or i32 %137, %136
  store i32 %138, ptr %13, align 4, !tbaa !5
  %139 = load i64, ptr %15, align 8, !tbaa !12
  %140 = trunc i64 %139 to i32
  %141 = call i32 @bw_put(ptr noundef %12, i32 noundef %140, i32 noundef 12) #10
  %142 = load i32, ptr %13, align 4, !tbaa !5
  %143 = or i32 %142, %141
  store i32 %143, ptr %13, align 4, !tbaa !5
  %144 = load i64, ptr %16, align 8, !tbaa !12
  %145 = sub i64 %144, 3
  %146 = trunc i64 %145 to i32
  %147 = call i32 @bw_put(ptr noundef %12, i32 noundef %146, i32 noundef 4) #10
  %148 = load i32, ptr %13, align 4, !tbaa !5
  %149 = or i32 %148, %147
  store i32 %149, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #8
  store i64 0, ptr %20, align 8, !tbaa !12
  br label %150

150:                                              ; preds = %162, %135
  %151 = load i64, ptr %20, align 8, !tbaa !12
  %152 = load i64, ptr %16, align 8, !tbaa !12
  %153 = icmp ult i64 %151, %152
  br i1 %153, label %155, label %154

154:                                              ; preds = %150
  store i32 7, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #8
  br label %165

155:                                              ; preds = %150
  %156 = load ptr, ptr %10, align 8, !tbaa !14
  %157 = load ptr, ptr %6, align 8, !tbaa !9
  %158 = load i64, ptr %7, align 8, !tbaa !12
  %159 = load i64, ptr %14, align 8, !tbaa !12
  %160 = load i64, ptr %20, align 8, !tbaa !12
  %161 = add i64 %159, %160
  call void @mf_insert(ptr noundef %156, ptr noundef %157, i64 noundef %158, i64 noundef %161) #10
  br label %162

162:                                              ; preds = %155
  %163 = load i64, ptr %20, align 8, !tbaa !12
  %164 = add i64 %163, 1
  store i64 %164, ptr %20, align 8, !tbaa !12
  br label %150, !llvm.loop !19

165:                                              ; preds = %154
  %166 = load i64, ptr %16, align 8, !tbaa !12
  %167 = load i64, ptr %14, align 8, !tbaa !12
  %168 = add i64 %167, %166
  store i64 %168, ptr %14, align 8, !tbaa !12
  br label %187

169:                                              ; preds = %132
  %170 = call i32 @bw_put(ptr noundef %12, i32 noundef 0, i32 noundef 1) #10
  %171 = load i32, ptr %13, align 4, !tbaa !5
  %172 = or i32 %171, %170
  store i32 %172, ptr %13, align 4, !tbaa !5
  %173 = load ptr, ptr %6, align 8, !tbaa !9
  %174 = load i64, ptr %14, align 8, !tbaa !12
  %175 = getelementptr inbounds nuw i8, ptr %173, i64 %174
  %176 = load i8, ptr %175, align 1, !tbaa !15
  %177 = zext i8 %176 to i32
  %178 = call i32 @bw_put(ptr noundef %12, i32 noundef %177, i32 noundef 8) #10
  %179 = load i32, ptr %13, align 4, !tbaa !5
  %180 = or i32 %179, %178
  store i32 %180, ptr %13, align 4, !tbaa !5
  %181 = load ptr, ptr %10, align 8, !tbaa !14
  %182 = load ptr, ptr %6, align 8, !tbaa !9
  %183 = load i64, ptr %7, align 8, !tbaa !12
  %184 = load i64, ptr %14, align 8, !tbaa !12
  call void @mf_insert(ptr noundef %181, ptr noundef %182, i64 noundef %183, i64 noundef %184) #10
  %185 = load i64, ptr %14, align 8, !tbaa !12
  %186 = add i64 %185, 1
  store i64 %186, ptr %14, align 8, !tbaa !12
  br label %187

187:                                              ; preds = %169, %165
  store i32 0, ptr %11, align 4
  br label %188

188:                                              ; preds = %187, %129
  call void @llvm.lifetime.end.p0(ptr %16) #8
  call void @llvm.lifetime.end.p0(ptr %15) #8
  %189 = load i32, ptr %11, align 4
  switch i32 %189, label %209 [
    i32 0, label %190
    i32 2, label %37
  ]

190:                                              ; preds = %188
  br label %37, !llvm.loop !18

191:                                              ; preds = %45
  %192 = call i32 @bw_flush(ptr noundef %12) #10
  %193 = load i32, ptr %13, align 4, !tbaa !5
  %194 = or i32 %193, %192
  store i32 %194, ptr %13, align 4, !tbaa !5
  %195 = load ptr, ptr %10, align 8, !tbaa !14
  %196 = getelementptr inbounds nuw %struct.match_finder, ptr %195, i32 0, i32 1
  %197 = load ptr, ptr %196, align 8, !tbaa !20
  call void @free(ptr noundef %197) #11
  %198 = load ptr, ptr %10, align 8, !tbaa !14
  call void @free(ptr noundef %198) #11
  %199 = load i32, ptr %13, align 4, !tbaa !5
  %200 = icmp ne i32 %199, 0
  br i1 %200, label %201, label %202

201:                                              ; preds = %191
  br label %205

202:                                              ; preds = %191
  %203 = getelementptr inbounds nuw %struct.bit_writer, ptr %12, i32 0, i32 2
  %204 = load i64, ptr %203, align 8, !tbaa !23
  br label %205

205:                                              ; preds = %202, %201
  %206 = phi i64 [ -1, %201 ], [ %204, %202 ]
  store i64 %206, ptr %5, align 8
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #8
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %207

207:                                              ; preds = %205, %29
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %208 = load i64, ptr %5, align 8
  ret i64 %208

209:                                              ; preds = %188
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @mf_init(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !14
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %6

6:                                                ; preds = %15, %2
  %7 = load i64, ptr %5, align 8, !tbaa !12
  %8 = icmp ult i64 %7, 8192
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %18

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !tbaa !14
  %12 = getelementptr inbounds nuw %struct.match_finder, ptr %11, i32 0, i32 0
  %13 = load i64, ptr %5, align 8, !tbaa !12
  %14 = getelementptr inbounds nuw [8192 x i32], ptr %12, i64 0, i64 %13
  store i32 -1, ptr %14, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %10
  %16 = load i64, ptr %5, align 8, !tbaa !12
  %17 = add i64 %16, 1
  store i64 %17, ptr %5, align 8, !tbaa !12
  br label %6, !llvm.loop !25

18:                                               ; preds = %9
  %19 = load i64, ptr %4, align 8, !tbaa !12
  %20 = icmp ne i64 %19, 0
  br i1 %20, label %21, label %23

21:                                               ; preds = %18
  %22 = load i64, ptr %4, align 8, !tbaa !12
  br label %24

23:                                               ; preds = %18
  br label %24

24:                                               ; preds = %23, %21
  %25 = phi i64 [ %22, %21 ], [ 1, %23 ]
  %26 = mul i64 %25, 4
  %27 = call noalias ptr @malloc(i64 noundef %26) #9
  %28 = load ptr, ptr %3, align 8, !tbaa !14
  %29 = getelementptr inbounds nuw %struct.match_finder, ptr %28, i32 0, i32 1
  store ptr %27, ptr %29, align 8, !tbaa !20
  %30 = load ptr, ptr %3, align 8, !tbaa !14
  %31 = getelementptr inbounds nuw %struct.match_finder, ptr %30, i32 0, i32 1
  %32 = load ptr, ptr %31, align 8, !tbaa !20
  %33 = icmp ne ptr %32, null
  %34 = zext i1 %33 to i64
  %35 = select i1 %33, i32 0, i32 -1
  ret i32 %35
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @bw_init(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !14
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  %7 = load ptr, ptr %5, align 8, !tbaa !9
  %8 = load ptr, ptr %4, align 8, !tbaa !14
  %9 = getelementptr inbounds nuw %struct.bit_writer, ptr %8, i32 0, i32 0
  store ptr %7, ptr %9, align 8, !tbaa !26
  %10 = load i64, ptr %6, align 8, !tbaa !12
  %11 = load ptr, ptr %4, align 8, !tbaa !14
  %12 = getelementptr inbounds nuw %struct.bit_writer, ptr %11, i32 0, i32 1
  store i64 %10, ptr %12, align 8, !tbaa !27
  %13 = load ptr, ptr %4, align 8, !tbaa !14
  %14 = getelementptr inbounds nuw %struct.bit_writer, ptr %13, i32 0, i32 2
  store i64 0, ptr %14, align 8, !tbaa !23
  %15 = load ptr, ptr %4, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw %struct.bit_writer, ptr %15, i32 0, i32 3
  store i32 0, ptr %16, align 8, !tbaa !28
  %17 = load ptr, ptr %4, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.bit_writer, ptr %17, i32 0, i32 4
  store i32 0, ptr %18, align 4, !tbaa !29
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bw_put(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !14
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %8, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %60, %3
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %9, align 4
  br label %63

16:                                               ; preds = %12
  %17 = load ptr, ptr %5, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.bit_writer, ptr %17, i32 0, i32 3
  %19 = load i32, ptr %18, align 8, !tbaa !28
  %20 = shl i32 %19, 1
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = lshr i32 %21, %22
  %24 = and i32 %23, 1
  %25 = or i32 %20, %24
  %26 = load ptr, ptr %5, align 8, !tbaa !14
  %27 = getelementptr inbounds nuw %struct.bit_writer, ptr %26, i32 0, i32 3
  store i32 %25, ptr %27, align 8, !tbaa !28
  %28 = load ptr, ptr %5, align 8, !tbaa !14
  %29 = getelementptr inbounds nuw %struct.bit_writer, ptr %28, i32 0, i32 4
  %30 = load i32, ptr %29, align 4, !tbaa !29
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %29, align 4, !tbaa !29
  %32 = icmp eq i32 %31, 8
  br i1 %32, label %33, label %59

33:                                               ; preds = %16
  %34 = load ptr, ptr %5, align 8, !tbaa !14
  %35 = getelementptr inbounds nuw %struct.bit_writer, ptr %34, i32 0, i32 2
  %36 = load i64, ptr %35, align 8, !tbaa !23
  %37 = load ptr, ptr %5, align 8, !tbaa !14
  %38 = getelementptr inbounds nuw %struct.bit_writer, ptr %37, i32 0, i32 1
  %39 = load i64, ptr %38, align 8, !tbaa !27
  %40 = icmp uge i64 %36, %39
  br i1 %40, label %41, label %42

41:                                               ; preds = %33
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %63

42:                                               ; preds = %33
  %43 = load ptr, ptr %5, align 8, !tbaa !14
  %44 = getelementptr inbounds nuw %struct.bit_writer, ptr %43, i32 0, i32 3
  %45 = load i32, ptr %44, align 8, !tbaa !28
  %46 = trunc i32 %45 to i8
  %47 = load ptr, ptr %5, align 8, !tbaa !14
  %48 = getelementptr inbounds nuw %struct.bit_writer, ptr %47, i32 0, i32 0
  %49 = load ptr, ptr %48, align 8, !tbaa !26
  %50 = load ptr, ptr %5, align 8, !tbaa !14
  %51 = getelementptr inbounds nuw %struct.bit_writer, ptr %50, i32 0, i32 2
  %52 = load i64, ptr %51, align 8, !tbaa !23
  %53 = add i64 %52, 1
  store i64 %53, ptr %51, align 8, !tbaa !23
  %54 = getelementptr inbounds nuw i8, ptr %49, i64 %52
  store i8 %46, ptr %54, align 1, !tbaa !15
  %55 = load ptr, ptr %5, align 8, !tbaa !14
  %56 = getelementptr inbounds nuw %struct.bit_writer, ptr %55, i32 0, i32 3
  store i32 0, ptr %56, align 8, !tbaa !28
  %57 = load ptr, ptr %5, align 8, !tbaa !14
  %58 = getelementptr inbounds nuw %struct.bit_writer, ptr %57, i32 0, i32 4
  store i32 0, ptr %58, align 4, !tbaa !29
  br label %59

59:                                               ; preds = %42, %16
  br label %60

60:                                               ; preds = %59
  %61 = load i32, ptr %8, align 4, !tbaa !5
  %62 = add nsw i32 %61, -1
  store i32 %62, ptr %8, align 4, !tbaa !5
  br label %12, !llvm.loop !30

63:                                               ; preds = %41, %15
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %64 = load i32, ptr %9, align 4
  switch i32 %64, label %68 [
    i32 2, label %65
    i32 1, label %66
  ]

65:                                               ; preds = %63
  store i32 0, ptr %4, align 4
  br label %66

66:                                               ; preds = %65, %63
  %67 = load i32, ptr %4, align 4
  ret i32 %67

68:                                               ; preds = %63
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @mf_find(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3, ptr noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !14
  store ptr %1, ptr %8, align 8, !tbaa !9
  store i64 %2, ptr %9, align 8, !tbaa !12
  store i64 %3, ptr %10, align 8, !tbaa !12
  store ptr %4, ptr %11, align 8, !tbaa !31
  %18 = load i64, ptr %10, align 8, !tbaa !12
  %19 = add i64 %18, 3
  %20 = load i64, ptr %9, align 8, !tbaa !12
  %21 = icmp ugt i64 %19, %20
  br i1 %21, label %22, label %23

22:                                               ; preds = %5
  store i64 0, ptr %6, align 8
  br label %122

23:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %12) #8
  store i64 0, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %24 = load i64, ptr %9, align 8, !tbaa !12
  %25 = load i64, ptr %10, align 8, !tbaa !12
  %26 = sub i64 %24, %25
  %27 = icmp ult i64 %26, 18
  br i1 %27, label %28, label %32

28:                                               ; preds = %23
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = load i64, ptr %10, align 8, !tbaa !12
  %31 = sub i64 %29, %30
  br label %33

32:                                               ; preds = %23
  br label %33

33:                                               ; preds = %32, %28
  %34 = phi i64 [ %31, %28 ], [ 18, %32 ]
  store i64 %34, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %35 = load ptr, ptr %7, align 8, !tbaa !14
  %36 = getelementptr inbounds nuw %struct.match_finder, ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %8, align 8, !tbaa !9
  %38 = load i64, ptr %10, align 8, !tbaa !12
  %39 = getelementptr inbounds nuw i8, ptr %37, i64 %38
  %40 = call i32 @hash3(ptr noundef %39) #10
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds nuw [8192 x i32], ptr %36, i64 0, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  store i32 %43, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #8
  store i32 32, ptr %15, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %113, %33
  %45 = load i32, ptr %14, align 4, !tbaa !5
  %46 = icmp ne i32 %45, -1
  br i1 %46, label %47, label %51

47:                                               ; preds = %44
  %48 = load i32, ptr %15, align 4, !tbaa !5
  %49 = add nsw i32 %48, -1
  store i32 %49, ptr %15, align 4, !tbaa !5
  %50 = icmp sgt i32 %48, 0
  br label %51

51:                                               ; preds = %47, %44
  %52 = phi i1 [ false, %44 ], [ %50, %47 ]
  br i1 %52, label %53, label %114

53:                                               ; preds = %51
  %54 = load i64, ptr %10, align 8, !tbaa !12
  %55 = load i32, ptr %14, align 4, !tbaa !5
  %56 = zext i32 %55 to i64
  %57 = sub i64 %54, %56
  %58 = icmp ugt i64 %57, 4095
  br i1 %58, label %59, label %60

59:                                               ; preds = %53
  br label %114

60:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(ptr %16) #8
  store i64 0, ptr %16, align 8, !tbaa !12
  br label %61

61:                                               ; preds = %84, %60
  %62 = load i64, ptr %16, align 8, !tbaa !12
  %63 = load i64, ptr %13, align 8, !tbaa !12
  %64 = icmp ult i64 %62, %63
  br i1 %64, label %65, label %82

65:                                               ; preds = %61
  %66 = load ptr, ptr %8, align 8, !tbaa !9
  %67 = load i32, ptr %14, align 4, !tbaa !5
  %68 = zext i32 %67 to i64
  %69 = load i64, ptr %16, align 8, !tbaa !12
  %70 = add i64 %68, %69
  %71 = getelementptr inbounds nuw i8, ptr %66, i64 %70
  %72 = load i8, ptr %71, align 1, !tbaa !15
  %73 = zext i8 %72 to i32
  %74 = load ptr, ptr %8, align 8, !tbaa !9
  %75 = load i64, ptr %10, align 8, !tbaa !12
  %76 = load i64, ptr %16, align 8, !tbaa !12
  %77 = add i64 %75, %76
  %78 = getelementptr inbounds nuw i8, ptr %74, i64 %77
  %79 = load i8, ptr %78, align 1, !tbaa !15
  %80 = zext i8 %79 to i32
  %81 = icmp eq i32 %73, %80
  br label %82

82:                                               ; preds = %65, %61
  %83 = phi i1 [ false, %61 ], [ %81, %65 ]
  br i1 %83, label %84, label %87

84:                                               ; preds = %82
  %85 = load i64, ptr %16, align 8, !tbaa !12
  %86 = add i64 %85, 1
  store i64 %86, ptr %16, align 8, !tbaa !12
  br label %61, !llvm.loop !33

87:                                               ; preds = %82
  %88 = load i64, ptr %16, align 8, !tbaa !12
  %89 = load i64, ptr %12, align 8, !tbaa !12
  %90 = icmp ugt i64 %88, %89
  br i1 %90, label %91, label %103

91:                                               ; preds = %87
  %92 = load i64, ptr %16, align 8, !tbaa !12
  store i64 %92, ptr %12, align 8, !tbaa !12
  %93 = load i64, ptr %10, align 8, !tbaa !12
  %94 = load i32, ptr %14, align 4, !tbaa !5
  %95 = zext i32 %94 to i64
  %96 = sub i64 %93, %95
  %97 = load ptr, ptr %11, align 8, !tbaa !31
  store i64 %96, ptr %97, align 8, !tbaa !12
  %98 = load i64, ptr %16, align 8, !tbaa !12
  %99 = load i64, ptr %13, align 8, !tbaa !12
  %100 = icmp eq i64 %98, %99
  br i1 %100, label %101, label %102

101:                                              ; preds = %91
  store i32 3, ptr %17, align 4
  br label %111

102:                                              ; preds = %91
  br label %103

103:                                              ; preds = %102, %87
  %104 = load ptr, ptr %7, align 8, !tbaa !14
  %105 = getelementptr inbounds nuw %struct.match_finder, ptr %104, i32 0, i32 1
  %106 = load ptr, ptr %105, align 8, !tbaa !20
  %107 = load i32, ptr %14, align 4, !tbaa !5
  %108 = zext i32 %107 to i64
  %109 = getelementptr inbounds nuw i32, ptr %106, i64 %108
  %110 = load i32, ptr %109, align 4, !tbaa !5
  store i32 %110, ptr %14, align 4, !tbaa !5
  store i32 0, ptr %17, align 4
  br label %111

111:                                              ; preds = %103, %101
  call void @llvm.lifetime.end.p0(ptr %16) #8
  %112 = load i32, ptr %17, align 4
  switch i32 %112, label %124 [
    i32 0, label %113
    i32 3, label %114
  ]

113:                                              ; preds = %111
  br label %44, !llvm.loop !34

114:                                              ; preds = %111, %59, %51
  %115 = load i64, ptr %12, align 8, !tbaa !12
  %116 = icmp uge i64 %115, 3
  br i1 %116, label %117, label %119

117:                                              ; preds = %114
  %118 = load i64, ptr %12, align 8, !tbaa !12
  br label %120

119:                                              ; preds = %114
  br label %120

120:                                              ; preds = %119, %117
  %121 = phi i64 [ %118, %117 ], [ 0, %119 ]
  store i64 %121, ptr %6, align 8
  store i32 1, ptr %17, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %14) #8
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %122

122:                                              ; preds = %120, %22
  %123 = load i64, ptr %6, align 8
  ret i64 %123

124:                                              ; preds = %111
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @mf_insert(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !14
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !12
  store i64 %3, ptr %8, align 8, !tbaa !12
  %10 = load i64, ptr %8, align 8, !tbaa !12
  %11 = add i64 %10, 3
  %12 = load i64, ptr %7, align 8, !tbaa !12
  %13 = icmp ugt i64 %11, %12
  br i1 %13, label %14, label %15

14:                                               ; preds = %4
  br label %38

15:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %16 = load ptr, ptr %6, align 8, !tbaa !9
  %17 = load i64, ptr %8, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = call i32 @hash3(ptr noundef %18) #10
  store i32 %19, ptr %9, align 4, !tbaa !5
  %20 = load ptr, ptr %5, align 8, !tbaa !14
  %21 = getelementptr inbounds nuw %struct.match_finder, ptr %20, i32 0, i32 0
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds nuw [8192 x i32], ptr %21, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = load ptr, ptr %5, align 8, !tbaa !14
  %27 = getelementptr inbounds nuw %struct.match_finder, ptr %26, i32 0, i32 1
  %28 = load ptr, ptr %27, align 8, !tbaa !20
  %29 = load i64, ptr %8, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw i32, ptr %28, i64 %29
  store i32 %25, ptr %30, align 4, !tbaa !5
  %31 = load i64, ptr %8, align 8, !tbaa !12
  %32 = trunc i64 %31 to i32
  %33 = load ptr, ptr %5, align 8, !tbaa !14
  %34 = getelementptr inbounds nuw %struct.match_finder, ptr %33, i32 0, i32 0
  %35 = load i32, ptr %9, align 4, !tbaa !5
  %36 = zext i32 %35 to i64
  %37 = getelementptr inbounds nuw [8192 x i32], ptr %34, i64 0, i64 %36
  store i32 %32, ptr %37, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %38

38:                                               ; preds = %15, %14
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @bw_flush(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !14
  %4 = load ptr, ptr %3, align 8, !tbaa !14
  %5 = getelementptr inbounds nuw %struct.bit_writer, ptr %4, i32 0, i32 4
  %6 = load i32, ptr %5, align 4, !tbaa !29
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %39

8:                                                ; preds = %1
  %9 = load ptr, ptr %3, align 8, !tbaa !14
  %10 = getelementptr inbounds nuw %struct.bit_writer, ptr %9, i32 0, i32 2
  %11 = load i64, ptr %10, align 8, !tbaa !23
  %12 = load ptr, ptr %3, align 8, !tbaa !14
  %13 = getelementptr inbounds nuw %struct.bit_writer, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8, !tbaa !27
  %15 = icmp uge i64 %11, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %8
  store i32 -1, ptr %2, align 4
  br label %40

17:                                               ; preds = %8
  %18 = load ptr, ptr %3, align 8, !tbaa !14
  %19 = getelementptr inbounds nuw %struct.bit_writer, ptr %18, i32 0, i32 3
  %20 = load i32, ptr %19, align 8, !tbaa !28
  %21 = load ptr, ptr %3, align 8, !tbaa !14
  %22 = getelementptr inbounds nuw %struct.bit_writer, ptr %21, i32 0, i32 4
  %23 = load i32, ptr %22, align 4, !tbaa !29
  %24 = sub nsw i32 8, %23
  %25 = shl i32 %20, %24
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %3, align 8, !tbaa !14
  %28 = getelementptr inbounds nuw %struct.bit_writer, ptr %27, i32 0, i32 0
  %29 = load ptr, ptr %28, align 8, !tbaa !26
  %30 = load ptr, ptr %3, align 8, !tbaa !14
  %31 = getelementptr inbounds nuw %struct.bit_writer, ptr %30, i32 0, i32 2
  %32 = load i64, ptr %31, align 8, !tbaa !23
  %33 = add i64 %32, 1
  store i64 %33, ptr %31, align 8, !tbaa !23
  %34 = getelementptr inbounds nuw i8, ptr %29, i64 %32
  store i8 %26, ptr %34, align 1, !tbaa !15
  %35 = load ptr, ptr %3, align 8, !tbaa !14
  %36 = getelementptr inbounds nuw %struct.bit_writer, ptr %35, i32 0, i32 3
  store i32 0, ptr %36, align 8, !tbaa !28
  %37 = load ptr, ptr %3, align 8, !tbaa !14
  %38 = getelementptr inbounds nuw %struct.bit_writer, ptr %37, i32 0, i32 4
  store i32 0, ptr %38, align 4, !tbaa !29
  br label %39

39:                                               ; preds = %17, %1
  store i32 0, ptr %2, align 4
  br label %40

40:                                               ; preds = %39, %16
  %41 = load i32, ptr %2, align 4
  ret i32 %41
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @lz77_decompress(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca %struct.bit_reader, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = load i64, ptr %7, align 8, !tbaa !12
  call void @br_init(ptr noundef %10, ptr noundef %19, i64 noundef %20) #10
  call void @llvm.lifetime.start.p0(ptr %11) #8
  call void @llvm.lifetime.start.p0(ptr %12) #8
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %21 = call i32 @br_get(ptr noundef %10, i32 noundef 32, ptr noundef %11) #10
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %28, label %23

23:                                               ; preds = %4
  %24 = load i32, ptr %11, align 4, !tbaa !5
  %25 = zext i32 %24 to i64
  %26 = load i64, ptr %9, align 8, !tbaa !12
  %27 = icmp ugt i64 %25, %26
  br i1 %27, label %28, label %29

28:                                               ; preds = %23, %4
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %109

29:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %15) #8
  store i64 0, ptr %15, align 8, !tbaa !12
  br label %30

30:                                               ; preds = %105, %29
  %31 = load i64, ptr %15, align 8, !tbaa !12
  %32 = load i32, ptr %11, align 4, !tbaa !5
  %33 = zext i32 %32 to i64
  %34 = icmp ult i64 %31, %33
  br i1 %34, label %35, label %106

35:                                               ; preds = %30
  %36 = call i32 @br_get(ptr noundef %10, i32 noundef 1, ptr noundef %12) #10
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %39

38:                                               ; preds = %35
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %108

39:                                               ; preds = %35
  %40 = load i32, ptr %12, align 4, !tbaa !5
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %94

42:                                               ; preds = %39
  call void @llvm.lifetime.start.p0(ptr %16) #8
  call void @llvm.lifetime.start.p0(ptr %17) #8
  %43 = call i32 @br_get(ptr noundef %10, i32 noundef 12, ptr noundef %16) #10
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %48, label %45

45:                                               ; preds = %42
  %46 = call i32 @br_get(ptr noundef %10, i32 noundef 4, ptr noundef %17) #10
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %48, label %49

48:                                               ; preds = %45, %42
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %91

49:                                               ; preds = %45
  %50 = load i32, ptr %17, align 4, !tbaa !5
  %51 = add i32 %50, 3
  store i32 %51, ptr %17, align 4, !tbaa !5
  %52 = load i32, ptr %16, align 4, !tbaa !5
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %67, label %54

54:                                               ; preds = %49
  %55 = load i32, ptr %16, align 4, !tbaa !5
  %56 = zext i32 %55 to i64
  %57 = load i64, ptr %15, align 8, !tbaa !12
  %58 = icmp ugt i64 %56, %57
  br i1 %58, label %67, label %59

59:                                               ; preds = %54
  %60 = load i64, ptr %15, align 8, !tbaa !12
  %61 = load i32, ptr %17, align 4, !tbaa !5
  %62 = zext i32 %61 to i64
  %63 = add i64 %60, %62
  %64 = load i32, ptr %11, align 4, !tbaa !5
  %65 = zext i32 %64 to i64
  %66 = icmp ugt i64 %63, %65
  br i1 %66, label %67, label %68

67:                                               ; preds = %59, %54, %49
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %91

68:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(ptr %18) #8
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %69

69:                                               ; preds = %85, %68
  %70 = load i32, ptr %18, align 4, !tbaa !5
  %71 = load i32, ptr %17, align 4, !tbaa !5
  %72 = icmp ult i32 %70, %71
  br i1 %72, label %74, label %73

73:                                               ; preds = %69
  store i32 4, ptr %14, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #8
  br label %90

74:                                               ; preds = %69
  %75 = load ptr, ptr %8, align 8, !tbaa !9
  %76 = load i64, ptr %15, align 8, !tbaa !12
  %77 = load i32, ptr %16, align 4, !tbaa !5
  %78 = zext i32 %77 to i64
  %79 = sub i64 %76, %78
  %80 = getelementptr inbounds nuw i8, ptr %75, i64 %79
  %81 = load i8, ptr %80, align 1, !tbaa !15
  %82 = load ptr, ptr %8, align 8, !tbaa !9
  %83 = load i64, ptr %15, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw i8, ptr %82, i64 %83
  store i8 %81, ptr %84, align 1, !tbaa !15
  br label %85

85:                                               ; preds = %74
  %86 = load i32, ptr %18, align 4, !tbaa !5
  %87 = add i32 %86, 1
  store i32 %87, ptr %18, align 4, !tbaa !5
  %88 = load i64, ptr %15, align 8, !tbaa !12
  %89 = add i64 %88, 1
  store i64 %89, ptr %15, align 8, !tbaa !12
  br label %69, !llvm.loop !35

90:                                               ; preds = %73
  store i32 0, ptr %14, align 4
  br label %91

91:                                               ; preds = %90, %67, %48
  call void @llvm.lifetime.end.p0(ptr %17) #8
  call void @llvm.lifetime.end.p0(ptr %16) #8
  %92 = load i32, ptr %14, align 4
  switch i32 %92, label %108 [
    i32 0, label %93
  ]

93:                                               ; preds = %91
  br label %105

94:                                               ; preds = %39
  %95 = call i32 @br_get(ptr noundef %10, i32 noundef 8, ptr noundef %13) #10
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %97, label %98

97:                                               ; preds = %94
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %108

98:                                               ; preds = %94
  %99 = load i32, ptr %13, align 4, !tbaa !5
  %100 = trunc i32 %99 to i8
  %101 = load ptr, ptr %8, align 8, !tbaa !9
  %102 = load i64, ptr %15, align 8, !tbaa !12
  %103 = add i64 %102, 1
  store i64 %103, ptr %15, align 8, !tbaa !12
  %104 = getelementptr inbounds nuw i8, ptr %101, i64 %102
  store i8 %100, ptr %104, align 1, !tbaa !15
  br label %105

105:                                              ; preds = %98, %93
  br label %30, !llvm.loop !36

106:                                              ; preds = %30
  %107 = load i64, ptr %15, align 8, !tbaa !12
  store i64 %107, ptr %5, align 8
  store i32 1, ptr %14, align 4
  br label %108

108:                                              ; preds = %106, %97, %91, %38
  call void @llvm.lifetime.end.p0(ptr %15) #8
  br label %109

109:                                              ; preds = %108, %28
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %110 = load i64, ptr %5, align 8
  ret i64 %110
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @br_init(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !14
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  %7 = load ptr, ptr %5, align 8, !tbaa !9
  %8 = load ptr, ptr %4, align 8, !tbaa !14
  %9 = getelementptr inbounds nuw %struct.bit_reader, ptr %8, i32 0, i32 0
  store ptr %7, ptr %9, align 8, !tbaa !26
  %10 = load i64, ptr %6, align 8, !tbaa !12
  %11 = load ptr, ptr %4, align 8, !tbaa !14
  %12 = getelementptr inbounds nuw %struct.bit_reader, ptr %11, i32 0, i32 1
  store i64 %10, ptr %12, align 8, !tbaa !27
  %13 = load ptr, ptr %4, align 8, !tbaa !14
  %14 = getelementptr inbounds nuw %struct.bit_reader, ptr %13, i32 0, i32 2
  store i64 0, ptr %14, align 8, !tbaa !23
  %15 = load ptr, ptr %4, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw %struct.bit_reader, ptr %15, i32 0, i32 3
  store i32 0, ptr %16, align 8, !tbaa !28
  %17 = load ptr, ptr %4, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.bit_reader, ptr %17, i32 0, i32 4
  store i32 0, ptr %18, align 4, !tbaa !29
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @br_get(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !14
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !37
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %61, %3
  %12 = load i32, ptr %9, align 4, !tbaa !5
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  store i32 2, ptr %10, align 4
  br label %64

16:                                               ; preds = %11
  %17 = load ptr, ptr %5, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.bit_reader, ptr %17, i32 0, i32 4
  %19 = load i32, ptr %18, align 4, !tbaa !29
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %45

21:                                               ; preds = %16
  %22 = load ptr, ptr %5, align 8, !tbaa !14
  %23 = getelementptr inbounds nuw %struct.bit_reader, ptr %22, i32 0, i32 2
  %24 = load i64, ptr %23, align 8, !tbaa !23
  %25 = load ptr, ptr %5, align 8, !tbaa !14
  %26 = getelementptr inbounds nuw %struct.bit_reader, ptr %25, i32 0, i32 1
  %27 = load i64, ptr %26, align 8, !tbaa !27
  %28 = icmp uge i64 %24, %27
  br i1 %28, label %29, label %30

29:                                               ; preds = %21
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %64

30:                                               ; preds = %21
  %31 = load ptr, ptr %5, align 8, !tbaa !14
  %32 = getelementptr inbounds nuw %struct.bit_reader, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 8, !tbaa !26
  %34 = load ptr, ptr %5, align 8, !tbaa !14
  %35 = getelementptr inbounds nuw %struct.bit_reader, ptr %34, i32 0, i32 2
  %36 = load i64, ptr %35, align 8, !tbaa !23
  %37 = add i64 %36, 1
  store i64 %37, ptr %35, align 8, !tbaa !23
  %38 = getelementptr inbounds nuw i8, ptr %33, i64 %36
  %39 = load i8, ptr %38, align 1, !tbaa !15
  %40 = zext i8 %39 to i32
  %41 = load ptr, ptr %5, align 8, !tbaa !14
  %42 = getelementptr inbounds nuw %struct.bit_reader, ptr %41, i32 0, i32 3
  store i32 %40, ptr %42, align 8, !tbaa !28
  %43 = load ptr, ptr %5, align 8, !tbaa !14
  %44 = getelementptr inbounds nuw %struct.bit_reader, ptr %43, i32 0, i32 4
  store i32 8, ptr %44, align 4, !tbaa !29
  br label %45

45:                                               ; preds = %30, %16
  %46 = load ptr, ptr %5, align 8, !tbaa !14
  %47 = getelementptr inbounds nuw %struct.bit_reader, ptr %46, i32 0, i32 4
  %48 = load i32, ptr %47, align 4, !tbaa !29
  %49 = add nsw i32 %48, -1
  store i32 %49, ptr %47, align 4, !tbaa !29
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = shl i32 %50, 1
  %52 = load ptr, ptr %5, align 8, !tbaa !14
  %53 = getelementptr inbounds nuw %struct.bit_reader, ptr %52, i32 0, i32 3
  %54 = load i32, ptr %53, align 8, !tbaa !28
  %55 = load ptr, ptr %5, align 8, !tbaa !14
  %56 = getelementptr inbounds nuw %struct.bit_reader, ptr %55, i32 0, i32 4
  %57 = load i32, ptr %56, align 4, !tbaa !29
  %58 = lshr i32 %54, %57
  %59 = and i32 %58, 1
  %60 = or i32 %51, %59
  store i32 %60, ptr %8, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %45
  %62 = load i32, ptr %9, align 4, !tbaa !5
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %9, align 4, !tbaa !5
  br label %11, !llvm.loop !38

64:                                               ; preds = %29, %15
  call void @llvm.lifetime.end.p0(ptr %9) #8
  %65 = load i32, ptr %10, align 4
  switch i32 %65, label %69 [
    i32 2, label %66
  ]

66:                                               ; preds = %64
  %67 = load i32, ptr %8, align 4, !tbaa !5
  %68 = load ptr, ptr %7, align 8, !tbaa !37
  store i32 %67, ptr %68, align 4, !tbaa !5
  store i32 0, ptr %4, align 4
  store i32 1, ptr %10, align 4
  br label %69

69:                                               ; preds = %66, %64
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %70 = load i32, ptr %4, align 4
  ret i32 %70
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  %8 = call i64 @make_corpus(ptr noundef @main.src, i64 noundef 60000) #10
  store i64 %8, ptr %2, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %9 = load i64, ptr %2, align 8, !tbaa !12
  %10 = call i64 @lz77_compress(ptr noundef @main.src, i64 noundef %9, ptr noundef @main.comp, i64 noundef 120000) #10
  store i64 %10, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %11 = load i64, ptr %3, align 8, !tbaa !12
  %12 = icmp sgt i64 %11, 0
  br i1 %12, label %13, label %16

13:                                               ; preds = %0
  %14 = load i64, ptr %3, align 8, !tbaa !12
  %15 = call i64 @lz77_decompress(ptr noundef @main.comp, i64 noundef %14, ptr noundef @main.back, i64 noundef 60000) #10
  br label %17

16:                                               ; preds = %0
  br label %17

17:                                               ; preds = %16, %13
  %18 = phi i64 [ %15, %13 ], [ -1, %16 ]
  store i64 %18, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %19 = load i64, ptr %4, align 8, !tbaa !12
  %20 = load i64, ptr %2, align 8, !tbaa !12
  %21 = icmp eq i64 %19, %20
  br i1 %21, label %22, label %26

22:                                               ; preds = %17
  %23 = load i64, ptr %2, align 8, !tbaa !12
  %24 = call i32 @memcmp(ptr noundef @main.src, ptr noundef @main.back, i64 noundef %23) #12
  %25 = icmp eq i32 %24, 0
  br label %26

26:                                               ; preds = %22, %17
  %27 = phi i1 [ false, %17 ], [ %25, %22 ]
  %28 = zext i1 %27 to i32
  store i32 %28, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %29

29:                                               ; preds = %42, %26
  %30 = load i64, ptr %7, align 8, !tbaa !12
  %31 = load i64, ptr %3, align 8, !tbaa !12
  %32 = icmp slt i64 %30, %31
  br i1 %32, label %34, label %33

33:                                               ; preds = %29
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %45

34:                                               ; preds = %29
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = mul i32 %35, 16777619
  %37 = load i64, ptr %7, align 8, !tbaa !12
  %38 = getelementptr inbounds [120000 x i8], ptr @main.comp, i64 0, i64 %37
  %39 = load i8, ptr %38, align 1, !tbaa !15
  %40 = zext i8 %39 to i32
  %41 = xor i32 %36, %40
  store i32 %41, ptr %6, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %34
  %43 = load i64, ptr %7, align 8, !tbaa !12
  %44 = add nsw i64 %43, 1
  store i64 %44, ptr %7, align 8, !tbaa !12
  br label %29, !llvm.loop !39

45:                                               ; preds = %33
  %46 = load i64, ptr %2, align 8, !tbaa !12
  %47 = load i64, ptr %3, align 8, !tbaa !12
  %48 = load i64, ptr %3, align 8, !tbaa !12
  %49 = mul nsw i64 %48, 100
  %50 = load i64, ptr %2, align 8, !tbaa !12
  %51 = sdiv i64 %49, %50
  %52 = load i32, ptr %5, align 4, !tbaa !5
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %46, i64 noundef %47, i64 noundef %51, i32 noundef %52, i32 noundef %53) #10
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @make_corpus(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 195936478, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %67, %65, %2
  %11 = load i64, ptr %6, align 8, !tbaa !12
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %14, label %68

14:                                               ; preds = %10
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = shl i32 %15, 13
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = xor i32 %17, %16
  store i32 %18, ptr %5, align 4, !tbaa !5
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = lshr i32 %19, 17
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = xor i32 %21, %20
  store i32 %22, ptr %5, align 4, !tbaa !5
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = shl i32 %23, 5
  %25 = load i32, ptr %5, align 4, !tbaa !5
  %26 = xor i32 %25, %24
  store i32 %26, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = urem i32 %27, 14
  %29 = zext i32 %28 to i64
  %30 = getelementptr inbounds nuw [14 x ptr], ptr @make_corpus.words, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !9
  store ptr %31, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %32 = load ptr, ptr %7, align 8, !tbaa !9
  %33 = call i64 @strlen(ptr noundef %32) #12
  store i64 %33, ptr %8, align 8, !tbaa !12
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = lshr i32 %34, 8
  %36 = urem i32 %35, 11
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %38, label %46

38:                                               ; preds = %14
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = lshr i32 %39, 16
  %41 = trunc i32 %40 to i8
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = load i64, ptr %6, align 8, !tbaa !12
  %44 = add i64 %43, 1
  store i64 %44, ptr %6, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw i8, ptr %42, i64 %43
  store i8 %41, ptr %45, align 1, !tbaa !15
  store i32 2, ptr %9, align 4
  br label %65, !llvm.loop !40

46:                                               ; preds = %14
  %47 = load i64, ptr %6, align 8, !tbaa !12
  %48 = load i64, ptr %8, align 8, !tbaa !12
  %49 = add i64 %47, %48
  %50 = load i64, ptr %4, align 8, !tbaa !12
  %51 = icmp ugt i64 %49, %50
  br i1 %51, label %52, label %56

52:                                               ; preds = %46
  %53 = load i64, ptr %4, align 8, !tbaa !12
  %54 = load i64, ptr %6, align 8, !tbaa !12
  %55 = sub i64 %53, %54
  store i64 %55, ptr %8, align 8, !tbaa !12
  br label %56

56:                                               ; preds = %52, %46
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = load i64, ptr %6, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw i8, ptr %57, i64 %58
  %60 = load ptr, ptr %7, align 8, !tbaa !9
  %61 = load i64, ptr %8, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %59, ptr align 1 %60, i64 %61, i1 false)
  %62 = load i64, ptr %8, align 8, !tbaa !12
  %63 = load i64, ptr %6, align 8, !tbaa !12
  %64 = add i64 %63, %62
  store i64 %64, ptr %6, align 8, !tbaa !12
  store i32 0, ptr %9, align 4
  br label %65

65:                                               ; preds = %56, %38
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  %66 = load i32, ptr %9, align 4
  switch i32 %66, label %70 [
    i32 0, label %67
    i32 2, label %10
  ]

67:                                               ; preds = %65
  br label %10, !llvm.loop !40

68:                                               ; preds = %10
  %69 = load i64, ptr %6, align 8, !tbaa !12
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret i64 %69

70:                                               ; preds = %65
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @hash3(ptr noundef %0) #6 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds i8, ptr %4, i64 0
  %6 = load i8, ptr %5, align 1, !tbaa !15
  %7 = zext i8 %6 to i32
  %8 = shl i32 %7, 16
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %9, i64 1
  %11 = load i8, ptr %10, align 1, !tbaa !15
  %12 = zext i8 %11 to i32
  %13 = shl i32 %12, 8
  %14 = or i32 %8, %13
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i64 2
  %17 = load i8, ptr %16, align 1, !tbaa !15
  %18 = zext i8 %17 to i32
  %19 = or i32 %14, %18
  store i32 %19, ptr %3, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = mul i32 %20, -1640531535
  %22 = lshr i32 %21, 19
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize allocsize(0) }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize }
attributes #12 = { minsize nounwind optsize willreturn memory(read) }

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
!14 = !{!11, !11, i64 0}
!15 = !{!7, !7, i64 0}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.mustprogress"}
!18 = distinct !{!18, !17}
!19 = distinct !{!19, !17}
!20 = !{!21, !22, i64 32768}
!21 = !{!"", !7, i64 0, !22, i64 32768}
!22 = !{!"p1 int", !11, i64 0}
!23 = !{!24, !13, i64 16}
!24 = !{!"", !10, i64 0, !13, i64 8, !13, i64 16, !6, i64 24, !6, i64 28}
!25 = distinct !{!25, !17}
!26 = !{!24, !10, i64 0}
!27 = !{!24, !13, i64 8}
!28 = !{!24, !6, i64 24}
!29 = !{!24, !6, i64 28}
!30 = distinct !{!30, !17}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 long", !11, i64 0}
!33 = distinct !{!33, !17}
!34 = distinct !{!34, !17}
!35 = distinct !{!35, !17}
!36 = distinct !{!36, !17}
!37 = !{!22, !22, i64 0}
!38 = distinct !{!38, !17}
!39 = distinct !{!39, !17}
!40 = distinct !{!40, !17}
