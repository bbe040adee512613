; ModuleID = 'word_count_top.c'
source_filename = "word_count_top.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.entry = type { [32 x i8], i32, ptr }

@main.paragraphs = internal global [4 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3], align 16
@.str = private unnamed_addr constant [131 x i8] c"The quick brown fox jumps over the lazy dog. The dog, being lazy, did not jump back; it simply watched the fox run into the woods.\00", align 1
@.str.1 = private unnamed_addr constant [145 x i8] c"In the woods the fox found a river, and by the river stood an old mill whose wheel had not turned in years. The miller's cat slept on the steps.\00", align 1
@.str.2 = private unnamed_addr constant [143 x i8] c"Nobody knew who owned the mill. Some said the miller had left for the city, others said he'd never existed at all, and the cat wasn't telling.\00", align 1
@.str.3 = private unnamed_addr constant [146 x i8] c"When winter came the river froze, the wheel froze, and the fox, the dog and the cat all agreed that the mill was the warmest place in the valley.\00", align 1
@distinct = internal global i32 0, align 4
@buckets = internal global [257 x ptr] zeroinitializer, align 16
@.str.4 = private unnamed_addr constant [22 x i8] c"words=%u distinct=%u\0A\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"%2zu. %-10s %u\0A\00", align 1
@.str.6 = private unnamed_addr constant [36 x i8] c"longest=%u apostrophes=%u sig=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #9
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %39, %0
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 50
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #9
  br label %42

23:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i64 0, ptr %5, align 8, !tbaa !9
  br label %24

24:                                               ; preds = %35, %23
  %25 = load i64, ptr %5, align 8, !tbaa !9
  %26 = icmp ult i64 %25, 4
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %38

28:                                               ; preds = %24
  %29 = load i64, ptr %5, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw [4 x ptr], ptr @main.paragraphs, i64 0, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !11
  %32 = call i32 @tokenize(ptr noundef %31) #10
  %33 = load i32, ptr %2, align 4, !tbaa !5
  %34 = add i32 %33, %32
  store i32 %34, ptr %2, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %28
  %36 = load i64, ptr %5, align 8, !tbaa !9
  %37 = add i64 %36, 1
  store i64 %37, ptr %5, align 8, !tbaa !9
  br label %24, !llvm.loop !14

38:                                               ; preds = %27
  br label %39

39:                                               ; preds = %38
  %40 = load i32, ptr %3, align 4, !tbaa !5
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %3, align 4, !tbaa !5
  br label %19, !llvm.loop !16

42:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %43 = load i32, ptr @distinct, align 4, !tbaa !5
  %44 = zext i32 %43 to i64
  %45 = mul i64 %44, 8
  %46 = call noalias ptr @malloc(i64 noundef %45) #11
  store ptr %46, ptr %6, align 8, !tbaa !17
  %47 = load ptr, ptr %6, align 8, !tbaa !17
  %48 = icmp ne ptr %47, null
  br i1 %48, label %50, label %49

49:                                               ; preds = %42
  store i32 1, ptr %1, align 4
  store i32 1, ptr %4, align 4
  br label %195

50:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i64 0, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %75, %50
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = icmp slt i32 %52, 257
  br i1 %53, label %55, label %54

54:                                               ; preds = %51
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %78

55:                                               ; preds = %51
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [257 x ptr], ptr @buckets, i64 0, i64 %57
  %59 = load ptr, ptr %58, align 8, !tbaa !20
  store ptr %59, ptr %9, align 8, !tbaa !20
  br label %60

60:                                               ; preds = %70, %55
  %61 = load ptr, ptr %9, align 8, !tbaa !20
  %62 = icmp ne ptr %61, null
  br i1 %62, label %64, label %63

63:                                               ; preds = %60
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #9
  br label %74

64:                                               ; preds = %60
  %65 = load ptr, ptr %9, align 8, !tbaa !20
  %66 = load ptr, ptr %6, align 8, !tbaa !17
  %67 = load i64, ptr %7, align 8, !tbaa !9
  %68 = add i64 %67, 1
  store i64 %68, ptr %7, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw ptr, ptr %66, i64 %67
  store ptr %65, ptr %69, align 8, !tbaa !20
  br label %70

70:                                               ; preds = %64
  %71 = load ptr, ptr %9, align 8, !tbaa !20
  %72 = getelementptr inbounds nuw %struct.entry, ptr %71, i32 0, i32 2
  %73 = load ptr, ptr %72, align 8, !tbaa !22
  store ptr %73, ptr %9, align 8, !tbaa !20
  br label %60, !llvm.loop !24

74:                                               ; preds = %63
  br label %75

75:                                               ; preds = %74
  %76 = load i32, ptr %8, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %8, align 4, !tbaa !5
  br label %51, !llvm.loop !25

78:                                               ; preds = %54
  %79 = load ptr, ptr %6, align 8, !tbaa !17
  %80 = load i64, ptr %7, align 8, !tbaa !9
  call void @qsort(ptr noundef %79, i64 noundef %80, i64 noundef 8, ptr noundef @cmp_entries) #10
  %81 = load i32, ptr %2, align 4, !tbaa !5
  %82 = load i32, ptr @distinct, align 4, !tbaa !5
  %83 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %81, i32 noundef %82) #10
  call void @llvm.lifetime.start.p0(ptr %10) #9
  store i64 0, ptr %10, align 8, !tbaa !9
  br label %84

84:                                               ; preds = %110, %78
  %85 = load i64, ptr %10, align 8, !tbaa !9
  %86 = load i64, ptr %7, align 8, !tbaa !9
  %87 = icmp ult i64 %85, %86
  br i1 %87, label %88, label %91

88:                                               ; preds = %84
  %89 = load i64, ptr %10, align 8, !tbaa !9
  %90 = icmp ult i64 %89, 8
  br label %91

91:                                               ; preds = %88, %84
  %92 = phi i1 [ false, %84 ], [ %90, %88 ]
  br i1 %92, label %94, label %93

93:                                               ; preds = %91
  store i32 14, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #9
  br label %113

94:                                               ; preds = %91
  %95 = load i64, ptr %10, align 8, !tbaa !9
  %96 = add i64 %95, 1
  %97 = load ptr, ptr %6, align 8, !tbaa !17
  %98 = load i64, ptr %10, align 8, !tbaa !9
  %99 = getelementptr inbounds nuw ptr, ptr %97, i64 %98
  %100 = load ptr, ptr %99, align 8, !tbaa !20
  %101 = getelementptr inbounds nuw %struct.entry, ptr %100, i32 0, i32 0
  %102 = getelementptr inbounds [32 x i8], ptr %101, i64 0, i64 0
  %103 = load ptr, ptr %6, align 8, !tbaa !17
  %104 = load i64, ptr %10, align 8, !tbaa !9
  %105 = getelementptr inbounds nuw ptr, ptr %103, i64 %104
  %106 = load ptr, ptr %105, align 8, !tbaa !20
  %107 = getelementptr inbounds nuw %struct.entry, ptr %106, i32 0, i32 1
  %108 = load i32, ptr %107, align 8, !tbaa !26
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %96, ptr noundef %102, i32 noundef %108) #10
  br label %110

110:                                              ; preds = %94
  %111 = load i64, ptr %10, align 8, !tbaa !9
  %112 = add i64 %111, 1
  store i64 %112, ptr %10, align 8, !tbaa !9
  br label %84, !llvm.loop !27

113:                                              ; preds = %93
  call void @llvm.lifetime.start.p0(ptr %11) #9
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #9
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #9
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #9
  store i64 0, ptr %14, align 8, !tbaa !9
  br label %114

114:                                              ; preds = %163, %113
  %115 = load i64, ptr %14, align 8, !tbaa !9
  %116 = load i64, ptr %7, align 8, !tbaa !9
  %117 = icmp ult i64 %115, %116
  br i1 %117, label %119, label %118

118:                                              ; preds = %114
  store i32 17, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #9
  br label %166

119:                                              ; preds = %114
  call void @llvm.lifetime.start.p0(ptr %15) #9
  %120 = load ptr, ptr %6, align 8, !tbaa !17
  %121 = load i64, ptr %14, align 8, !tbaa !9
  %122 = getelementptr inbounds nuw ptr, ptr %120, i64 %121
  %123 = load ptr, ptr %122, align 8, !tbaa !20
  %124 = getelementptr inbounds nuw %struct.entry, ptr %123, i32 0, i32 0
  %125 = getelementptr inbounds [32 x i8], ptr %124, i64 0, i64 0
  %126 = call i64 @strlen(ptr noundef %125) #12
  %127 = trunc i64 %126 to i32
  store i32 %127, ptr %15, align 4, !tbaa !5
  %128 = load i32, ptr %15, align 4, !tbaa !5
  %129 = load i32, ptr %11, align 4, !tbaa !5
  %130 = icmp ugt i32 %128, %129
  br i1 %130, label %131, label %133

131:                                              ; preds = %119
  %132 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %132, ptr %11, align 4, !tbaa !5
  br label %133

133:                                              ; preds = %131, %119
  %134 = load ptr, ptr %6, align 8, !tbaa !17
  %135 = load i64, ptr %14, align 8, !tbaa !9
  %136 = getelementptr inbounds nuw ptr, ptr %134, i64 %135
  %137 = load ptr, ptr %136, align 8, !tbaa !20
  %138 = getelementptr inbounds nuw %struct.entry, ptr %137, i32 0, i32 0
  %139 = getelementptr inbounds [32 x i8], ptr %138, i64 0, i64 0
  %140 = call ptr @strchr(ptr noundef %139, i32 noundef 39) #12
  %141 = icmp ne ptr %140, null
  br i1 %141, label %142, label %145

142:                                              ; preds = %133
  %143 = load i32, ptr %12, align 4, !tbaa !5
  %144 = add i32 %143, 1
  store i32 %144, ptr %12, align 4, !tbaa !5
  br label %145

145:                                              ; preds = %142, %133
  %146 = load i32, ptr %13, align 4, !tbaa !5
  %147 = mul i32 %146, -1640531535
  %148 = load ptr, ptr %6, align 8, !tbaa !17
  %149 = load i64, ptr %14, align 8, !tbaa !9
  %150 = getelementptr inbounds nuw ptr, ptr %148, i64 %149
  %151 = load ptr, ptr %150, align 8, !tbaa !20
  %152 = getelementptr inbounds nuw %struct.entry, ptr %151, i32 0, i32 0
  %153 = getelementptr inbounds [32 x i8], ptr %152, i64 0, i64 0
  %154 = call i32 @hash_word(ptr noundef %153) #10
  %155 = add i32 %147, %154
  %156 = load ptr, ptr %6, align 8, !tbaa !17
  %157 = load i64, ptr %14, align 8, !tbaa !9
  %158 = getelementptr inbounds nuw ptr, ptr %156, i64 %157
  %159 = load ptr, ptr %158, align 8, !tbaa !20
  %160 = getelementptr inbounds nuw %struct.entry, ptr %159, i32 0, i32 1
  %161 = load i32, ptr %160, align 8, !tbaa !26
  %162 = add i32 %155, %161
  store i32 %162, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %15) #9
  br label %163

163:                                              ; preds = %145
  %164 = load i64, ptr %14, align 8, !tbaa !9
  %165 = add i64 %164, 1
  store i64 %165, ptr %14, align 8, !tbaa !9
  br label %114, !llvm.loop !28

166:                                              ; preds = %118
  %167 = load i32, ptr %11, align 4, !tbaa !5
  %168 = load i32, ptr %12, align 4, !tbaa !5
  %169 = load i32, ptr %13, align 4, !tbaa !5
  %170 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %167, i32 noundef %168, i32 noundef %169) #10
  call void @llvm.lifetime.start.p0(ptr %16) #9
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %171

171:                                              ; preds = %190, %166
  %172 = load i32, ptr %16, align 4, !tbaa !5
  %173 = icmp slt i32 %172, 257
  br i1 %173, label %175, label %174

174:                                              ; preds = %171
  store i32 20, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #9
  br label %193

175:                                              ; preds = %171
  call void @llvm.lifetime.start.p0(ptr %17) #9
  %176 = load i32, ptr %16, align 4, !tbaa !5
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [257 x ptr], ptr @buckets, i64 0, i64 %177
  %179 = load ptr, ptr %178, align 8, !tbaa !20
  store ptr %179, ptr %17, align 8, !tbaa !20
  br label %180

180:                                              ; preds = %183, %175
  %181 = load ptr, ptr %17, align 8, !tbaa !20
  %182 = icmp ne ptr %181, null
  br i1 %182, label %183, label %189

183:                                              ; preds = %180
  call void @llvm.lifetime.start.p0(ptr %18) #9
  %184 = load ptr, ptr %17, align 8, !tbaa !20
  %185 = getelementptr inbounds nuw %struct.entry, ptr %184, i32 0, i32 2
  %186 = load ptr, ptr %185, align 8, !tbaa !22
  store ptr %186, ptr %18, align 8, !tbaa !20
  %187 = load ptr, ptr %17, align 8, !tbaa !20
  call void @free(ptr noundef %187) #13
  %188 = load ptr, ptr %18, align 8, !tbaa !20
  store ptr %188, ptr %17, align 8, !tbaa !20
  call void @llvm.lifetime.end.p0(ptr %18) #9
  br label %180, !llvm.loop !29

189:                                              ; preds = %180
  call void @llvm.lifetime.end.p0(ptr %17) #9
  br label %190

190:                                              ; preds = %189
  %191 = load i32, ptr %16, align 4, !tbaa !5
  %192 = add nsw i32 %191, 1
  store i32 %192, ptr %16, align 4, !tbaa !5
  br label %171, !llvm.loop !30

193:                                              ; preds = %174
  %194 = load ptr, ptr %6, align 8, !tbaa !17
  call void @free(ptr noundef %194) #13
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #9
  call void @llvm.lifetime.end.p0(ptr %12) #9
  call void @llvm.lifetime.end.p0(ptr %11) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %195

195:                                              ; preds = %193, %49
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %2) #9
  %196 = load i32, ptr %1, align 4
  ret i32 %196
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @tokenize(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [32 x i8], align 16
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  store i64 0, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %11 = load ptr, ptr %2, align 8, !tbaa !11
  store ptr %11, ptr %6, align 8, !tbaa !11
  br label %12

12:                                               ; preds = %69, %1
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %13 = load ptr, ptr %6, align 8, !tbaa !11
  %14 = load i8, ptr %13, align 1, !tbaa !31
  store i8 %14, ptr %7, align 1, !tbaa !31
  %15 = call ptr @__ctype_b_loc() #14
  %16 = load ptr, ptr %15, align 8, !tbaa !32
  %17 = load i8, ptr %7, align 1, !tbaa !31
  %18 = zext i8 %17 to i32
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i16, ptr %16, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !34
  %22 = zext i16 %21 to i32
  %23 = and i32 %22, 1024
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %32, label %25

25:                                               ; preds = %12
  %26 = load i8, ptr %7, align 1, !tbaa !31
  %27 = zext i8 %26 to i32
  %28 = icmp eq i32 %27, 39
  br i1 %28, label %29, label %50

29:                                               ; preds = %25
  %30 = load i64, ptr %4, align 8, !tbaa !9
  %31 = icmp ugt i64 %30, 0
  br i1 %31, label %32, label %50

32:                                               ; preds = %29, %12
  %33 = load i64, ptr %4, align 8, !tbaa !9
  %34 = icmp ult i64 %33, 31
  br i1 %34, label %35, label %49

35:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %36 = call ptr @__ctype_tolower_loc() #14
  %37 = load ptr, ptr %36, align 8, !tbaa !36
  %38 = load i8, ptr %7, align 1, !tbaa !31
  %39 = zext i8 %38 to i32
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i32, ptr %37, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  store i32 %42, ptr %8, align 4, !tbaa !5
  %43 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %43, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #9
  %44 = load i32, ptr %9, align 4, !tbaa !5
  %45 = trunc i32 %44 to i8
  %46 = load i64, ptr %4, align 8, !tbaa !9
  %47 = add i64 %46, 1
  store i64 %47, ptr %4, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw [32 x i8], ptr %3, i64 0, i64 %46
  store i8 %45, ptr %48, align 1, !tbaa !31
  br label %49

49:                                               ; preds = %35, %32
  br label %65

50:                                               ; preds = %29, %25
  %51 = load i64, ptr %4, align 8, !tbaa !9
  %52 = icmp ugt i64 %51, 0
  br i1 %52, label %53, label %59

53:                                               ; preds = %50
  %54 = load i64, ptr %4, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw [32 x i8], ptr %3, i64 0, i64 %54
  store i8 0, ptr %55, align 1, !tbaa !31
  %56 = getelementptr inbounds [32 x i8], ptr %3, i64 0, i64 0
  call void @add_word(ptr noundef %56) #10
  %57 = load i32, ptr %5, align 4, !tbaa !5
  %58 = add i32 %57, 1
  store i32 %58, ptr %5, align 4, !tbaa !5
  store i64 0, ptr %4, align 8, !tbaa !9
  br label %59

59:                                               ; preds = %53, %50
  %60 = load i8, ptr %7, align 1, !tbaa !31
  %61 = zext i8 %60 to i32
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %63, label %64

63:                                               ; preds = %59
  store i32 2, ptr %10, align 4
  br label %66

64:                                               ; preds = %59
  br label %65

65:                                               ; preds = %64, %49
  store i32 0, ptr %10, align 4
  br label %66

66:                                               ; preds = %65, %63
  call void @llvm.lifetime.end.p0(ptr %7) #9
  %67 = load i32, ptr %10, align 4
  switch i32 %67, label %72 [
    i32 0, label %68
  ]

68:                                               ; preds = %66
  br label %69

69:                                               ; preds = %68
  %70 = load ptr, ptr %6, align 8, !tbaa !11
  %71 = getelementptr inbounds nuw i8, ptr %70, i32 1
  store ptr %71, ptr %6, align 8, !tbaa !11
  br label %12

72:                                               ; preds = %66
  call void @llvm.lifetime.end.p0(ptr %6) #9
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %5, align 4, !tbaa !5
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %74
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #2

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_entries(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !38
  store ptr %1, ptr %5, align 8, !tbaa !38
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %9 = load ptr, ptr %4, align 8, !tbaa !38
  %10 = load ptr, ptr %9, align 8, !tbaa !20
  store ptr %10, ptr %6, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %11 = load ptr, ptr %5, align 8, !tbaa !38
  %12 = load ptr, ptr %11, align 8, !tbaa !20
  store ptr %12, ptr %7, align 8, !tbaa !20
  %13 = load ptr, ptr %6, align 8, !tbaa !20
  %14 = getelementptr inbounds nuw %struct.entry, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 8, !tbaa !26
  %16 = load ptr, ptr %7, align 8, !tbaa !20
  %17 = getelementptr inbounds nuw %struct.entry, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 8, !tbaa !26
  %19 = icmp ne i32 %15, %18
  br i1 %19, label %20, label %30

20:                                               ; preds = %2
  %21 = load ptr, ptr %6, align 8, !tbaa !20
  %22 = getelementptr inbounds nuw %struct.entry, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8, !tbaa !26
  %24 = load ptr, ptr %7, align 8, !tbaa !20
  %25 = getelementptr inbounds nuw %struct.entry, ptr %24, i32 0, i32 1
  %26 = load i32, ptr %25, align 8, !tbaa !26
  %27 = icmp ult i32 %23, %26
  %28 = zext i1 %27 to i64
  %29 = select i1 %27, i32 1, i32 -1
  store i32 %29, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %38

30:                                               ; preds = %2
  %31 = load ptr, ptr %6, align 8, !tbaa !20
  %32 = getelementptr inbounds nuw %struct.entry, ptr %31, i32 0, i32 0
  %33 = getelementptr inbounds [32 x i8], ptr %32, i64 0, i64 0
  %34 = load ptr, ptr %7, align 8, !tbaa !20
  %35 = getelementptr inbounds nuw %struct.entry, ptr %34, i32 0, i32 0
  %36 = getelementptr inbounds [32 x i8], ptr %35, i64 0, i64 0
  %37 = call i32 @strcmp(ptr noundef %33, ptr noundef %36) #12
  store i32 %37, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %38

38:                                               ; preds = %30, %20
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %39 = load i32, ptr %3, align 4
  ret i32 %39
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hash_word(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #9
  store i32 5381, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !11
  %6 = load i8, ptr %5, align 1, !tbaa !31
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %16

8:                                                ; preds = %4
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = mul i32 %9, 33
  %11 = load ptr, ptr %2, align 8, !tbaa !11
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %2, align 8, !tbaa !11
  %13 = load i8, ptr %11, align 1, !tbaa !31
  %14 = zext i8 %13 to i32
  %15 = add i32 %10, %14
  store i32 %15, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !39

16:                                               ; preds = %4
  %17 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %17
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #6

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #6

; Function Attrs: minsize nounwind optsize uwtable
define internal void @add_word(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %7 = load ptr, ptr %2, align 8, !tbaa !11
  %8 = call i32 @hash_word(ptr noundef %7) #10
  %9 = urem i32 %8, 257
  store i32 %9, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds nuw [257 x ptr], ptr @buckets, i64 0, i64 %11
  %13 = load ptr, ptr %12, align 8, !tbaa !20
  store ptr %13, ptr %4, align 8, !tbaa !20
  br label %14

14:                                               ; preds = %31, %1
  %15 = load ptr, ptr %4, align 8, !tbaa !20
  %16 = icmp ne ptr %15, null
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %5, align 4
  br label %35

18:                                               ; preds = %14
  %19 = load ptr, ptr %4, align 8, !tbaa !20
  %20 = getelementptr inbounds nuw %struct.entry, ptr %19, i32 0, i32 0
  %21 = getelementptr inbounds [32 x i8], ptr %20, i64 0, i64 0
  %22 = load ptr, ptr %2, align 8, !tbaa !11
  %23 = call i32 @strcmp(ptr noundef %21, ptr noundef %22) #12
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %18
  %26 = load ptr, ptr %4, align 8, !tbaa !20
  %27 = getelementptr inbounds nuw %struct.entry, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 8, !tbaa !26
  %29 = add i32 %28, 1
  store i32 %29, ptr %27, align 8, !tbaa !26
  store i32 1, ptr %5, align 4
  br label %35

30:                                               ; preds = %18
  br label %31

31:                                               ; preds = %30
  %32 = load ptr, ptr %4, align 8, !tbaa !20
  %33 = getelementptr inbounds nuw %struct.entry, ptr %32, i32 0, i32 2
  %34 = load ptr, ptr %33, align 8, !tbaa !22
  store ptr %34, ptr %4, align 8, !tbaa !20
  br label %14, !llvm.loop !40

35:                                               ; preds = %25, %17
  call void @llvm.lifetime.end.p0(ptr %4) #9
  %36 = load i32, ptr %5, align 4
  switch i32 %36, label %62 [
    i32 2, label %37
  ]

37:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %38 = call noalias ptr @calloc(i64 noundef 1, i64 noundef 48) #15
  store ptr %38, ptr %6, align 8, !tbaa !20
  %39 = load ptr, ptr %6, align 8, !tbaa !20
  %40 = icmp ne ptr %39, null
  br i1 %40, label %42, label %41

41:                                               ; preds = %37
  call void @exit(i32 noundef 1) #16
  unreachable

42:                                               ; preds = %37
  %43 = load ptr, ptr %6, align 8, !tbaa !20
  %44 = getelementptr inbounds nuw %struct.entry, ptr %43, i32 0, i32 0
  %45 = getelementptr inbounds [32 x i8], ptr %44, i64 0, i64 0
  %46 = load ptr, ptr %2, align 8, !tbaa !11
  %47 = call ptr @strncpy(ptr noundef %45, ptr noundef %46, i64 noundef 31) #13
  %48 = load ptr, ptr %6, align 8, !tbaa !20
  %49 = getelementptr inbounds nuw %struct.entry, ptr %48, i32 0, i32 1
  store i32 1, ptr %49, align 8, !tbaa !26
  %50 = load i32, ptr %3, align 4, !tbaa !5
  %51 = zext i32 %50 to i64
  %52 = getelementptr inbounds nuw [257 x ptr], ptr @buckets, i64 0, i64 %51
  %53 = load ptr, ptr %52, align 8, !tbaa !20
  %54 = load ptr, ptr %6, align 8, !tbaa !20
  %55 = getelementptr inbounds nuw %struct.entry, ptr %54, i32 0, i32 2
  store ptr %53, ptr %55, align 8, !tbaa !22
  %56 = load ptr, ptr %6, align 8, !tbaa !20
  %57 = load i32, ptr %3, align 4, !tbaa !5
  %58 = zext i32 %57 to i64
  %59 = getelementptr inbounds nuw [257 x ptr], ptr @buckets, i64 0, i64 %58
  store ptr %56, ptr %59, align 8, !tbaa !20
  %60 = load i32, ptr @distinct, align 4, !tbaa !5
  %61 = add i32 %60, 1
  store i32 %61, ptr @distinct, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #9
  store i32 0, ptr %5, align 4
  br label %62

62:                                               ; preds = %42, %35
  call void @llvm.lifetime.end.p0(ptr %3) #9
  %63 = load i32, ptr %5, align 4
  switch i32 %63, label %65 [
    i32 0, label %64
    i32 1, label %64
  ]

64:                                               ; preds = %62, %62
  ret void

65:                                               ; preds = %62
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #7

; Function Attrs: minsize noreturn nounwind optsize
declare void @exit(i32 noundef) #8

; Function Attrs: minsize nounwind optsize
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { minsize noreturn nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize allocsize(0) }
attributes #12 = { minsize nounwind optsize willreturn memory(read) }
attributes #13 = { minsize nounwind optsize }
attributes #14 = { minsize nounwind optsize willreturn memory(none) }
attributes #15 = { minsize nounwind optsize allocsize(0,1) }
attributes #16 = { minsize noreturn nounwind optsize }

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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"p1 omnipotent char", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = !{!18, !18, i64 0}
!18 = !{!"p2 _ZTS5entry", !19, i64 0}
!19 = !{!"any p2 pointer", !13, i64 0}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS5entry", !13, i64 0}
!22 = !{!23, !21, i64 40}
!23 = !{!"entry", !7, i64 0, !6, i64 32, !21, i64 40}
!24 = distinct !{!24, !15}
!25 = distinct !{!25, !15}
!26 = !{!23, !6, i64 32}
!27 = distinct !{!27, !15}
!28 = distinct !{!28, !15}
!29 = distinct !{!29, !15}
!30 = distinct !{!30, !15}
!31 = !{!7, !7, i64 0}
!32 = !{!33, !33, i64 0}
!33 = !{!"p1 short", !13, i64 0}
!34 = !{!35, !35, i64 0}
!35 = !{!"short", !7, i64 0}
!36 = !{!37, !37, i64 0}
!37 = !{!"p1 int", !13, i64 0}
!38 = !{!13, !13, i64 0}
!39 = distinct !{!39, !15}
!40 = distinct !{!40, !15}
