; ModuleID = 'c_tokenizer.c'
source_filename = "c_tokenizer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.ident_stat = type { [32 x i8], i32 }

@source = internal constant [480 x i8] c"#include <stdio.h>\0A#define SQR(x) ((x) * \\\0A    (x))\0A/* compute things */\0Astatic unsigned long table[16];\0Aint main(void) {\0A    int i, total = 0x1F + 017;\0A    double d = 3.5e-2 + .25f + 1e3;\0A    const char *msg = \22tab\\there \\\22quoted\\\22\22;\0A    char c = '\\n';\0A    for (i = 0; i < 16; ++i) { table[i] <<= 2; total += SQR(i); }\0A    if (total >= 100 && msg != NULL) total -= 3UL; // trailing comment\0A    struct { int a; } s = {0}; s.a = total ? 1 : 2; `oops`\0A    return total % 7 ... ;\0A}\0A\00", align 16
@.str = private unnamed_addr constant [20 x i8] c"line %2d %-7s %.*s\0A\00", align 1
@type_names = internal global [10 x ptr] [ptr @.str.64, ptr @.str.65, ptr @.str.23, ptr @.str.18, ptr @.str.66, ptr @.str.9, ptr @.str.67, ptr @.str.68, ptr @.str.69, ptr @.str.70], align 16
@.str.1 = private unnamed_addr constant [10 x i8] c"%-8s %3d\0A\00", align 1
@n_idents = internal global i32 0, align 4
@idents = internal global [128 x %struct.ident_stat] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [60 x i8] c"tokens=%d lines=%d distinct_idents=%d top=%s(%d) hash=%08x\0A\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"*/\00", align 1
@keywords = internal global [34 x ptr] [ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30, ptr @.str.31, ptr @.str.32, ptr @.str.33, ptr @.str.34, ptr @.str.35, ptr @.str.36, ptr @.str.37, ptr @.str.38, ptr @.str.39], align 16
@.str.6 = private unnamed_addr constant [5 x i8] c"auto\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"break\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"case\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"char\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"const\00", align 1
@.str.11 = private unnamed_addr constant [9 x i8] c"continue\00", align 1
@.str.12 = private unnamed_addr constant [8 x i8] c"default\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"do\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c"else\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"enum\00", align 1
@.str.17 = private unnamed_addr constant [7 x i8] c"extern\00", align 1
@.str.18 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.19 = private unnamed_addr constant [4 x i8] c"for\00", align 1
@.str.20 = private unnamed_addr constant [5 x i8] c"goto\00", align 1
@.str.21 = private unnamed_addr constant [3 x i8] c"if\00", align 1
@.str.22 = private unnamed_addr constant [7 x i8] c"inline\00", align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.24 = private unnamed_addr constant [5 x i8] c"long\00", align 1
@.str.25 = private unnamed_addr constant [9 x i8] c"register\00", align 1
@.str.26 = private unnamed_addr constant [9 x i8] c"restrict\00", align 1
@.str.27 = private unnamed_addr constant [7 x i8] c"return\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"short\00", align 1
@.str.29 = private unnamed_addr constant [7 x i8] c"signed\00", align 1
@.str.30 = private unnamed_addr constant [7 x i8] c"sizeof\00", align 1
@.str.31 = private unnamed_addr constant [7 x i8] c"static\00", align 1
@.str.32 = private unnamed_addr constant [7 x i8] c"struct\00", align 1
@.str.33 = private unnamed_addr constant [7 x i8] c"switch\00", align 1
@.str.34 = private unnamed_addr constant [8 x i8] c"typedef\00", align 1
@.str.35 = private unnamed_addr constant [6 x i8] c"union\00", align 1
@.str.36 = private unnamed_addr constant [9 x i8] c"unsigned\00", align 1
@.str.37 = private unnamed_addr constant [5 x i8] c"void\00", align 1
@.str.38 = private unnamed_addr constant [9 x i8] c"volatile\00", align 1
@.str.39 = private unnamed_addr constant [6 x i8] c"while\00", align 1
@puncts3 = internal global [4 x ptr] [ptr @.str.41, ptr @.str.42, ptr @.str.43, ptr null], align 16
@puncts2 = internal global [21 x ptr] [ptr @.str.44, ptr @.str.45, ptr @.str.46, ptr @.str.47, ptr @.str.48, ptr @.str.49, ptr @.str.50, ptr @.str.51, ptr @.str.52, ptr @.str.53, ptr @.str.54, ptr @.str.55, ptr @.str.56, ptr @.str.57, ptr @.str.58, ptr @.str.59, ptr @.str.60, ptr @.str.61, ptr @.str.62, ptr @.str.63, ptr null], align 16
@.str.40 = private unnamed_addr constant [26 x i8] c"{}[]()<>;:,.?!~+-*/%&|^=#\00", align 1
@.str.41 = private unnamed_addr constant [4 x i8] c"<<=\00", align 1
@.str.42 = private unnamed_addr constant [4 x i8] c">>=\00", align 1
@.str.43 = private unnamed_addr constant [4 x i8] c"...\00", align 1
@.str.44 = private unnamed_addr constant [3 x i8] c"->\00", align 1
@.str.45 = private unnamed_addr constant [3 x i8] c"++\00", align 1
@.str.46 = private unnamed_addr constant [3 x i8] c"--\00", align 1
@.str.47 = private unnamed_addr constant [3 x i8] c"<<\00", align 1
@.str.48 = private unnamed_addr constant [3 x i8] c">>\00", align 1
@.str.49 = private unnamed_addr constant [3 x i8] c"<=\00", align 1
@.str.50 = private unnamed_addr constant [3 x i8] c">=\00", align 1
@.str.51 = private unnamed_addr constant [3 x i8] c"==\00", align 1
@.str.52 = private unnamed_addr constant [3 x i8] c"!=\00", align 1
@.str.53 = private unnamed_addr constant [3 x i8] c"&&\00", align 1
@.str.54 = private unnamed_addr constant [3 x i8] c"||\00", align 1
@.str.55 = private unnamed_addr constant [3 x i8] c"*=\00", align 1
@.str.56 = private unnamed_addr constant [3 x i8] c"/=\00", align 1
@.str.57 = private unnamed_addr constant [3 x i8] c"%=\00", align 1
@.str.58 = private unnamed_addr constant [3 x i8] c"+=\00", align 1
@.str.59 = private unnamed_addr constant [3 x i8] c"-=\00", align 1
@.str.60 = private unnamed_addr constant [3 x i8] c"&=\00", align 1
@.str.61 = private unnamed_addr constant [3 x i8] c"^=\00", align 1
@.str.62 = private unnamed_addr constant [3 x i8] c"|=\00", align 1
@.str.63 = private unnamed_addr constant [3 x i8] c"##\00", align 1
@.str.64 = private unnamed_addr constant [8 x i8] c"keyword\00", align 1
@.str.65 = private unnamed_addr constant [6 x i8] c"ident\00", align 1
@.str.66 = private unnamed_addr constant [7 x i8] c"string\00", align 1
@.str.67 = private unnamed_addr constant [6 x i8] c"punct\00", align 1
@.str.68 = private unnamed_addr constant [8 x i8] c"comment\00", align 1
@.str.69 = private unnamed_addr constant [8 x i8] c"preproc\00", align 1
@.str.70 = private unnamed_addr constant [4 x i8] c"bad\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [10 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 -1640531527, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store ptr @source, ptr %7, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %106, %40, %23, %0
  %15 = load ptr, ptr %7, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = icmp ne i8 %16, 0
  br i1 %17, label %18, label %113

18:                                               ; preds = %14
  %19 = load ptr, ptr %7, align 8, !tbaa !9
  %20 = load i8, ptr %19, align 1, !tbaa !12
  %21 = sext i8 %20 to i32
  %22 = icmp eq i32 %21, 10
  br i1 %22, label %23, label %28

23:                                               ; preds = %18
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %4, align 4, !tbaa !5
  store i32 1, ptr %5, align 4, !tbaa !5
  %26 = load ptr, ptr %7, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw i8, ptr %26, i32 1
  store ptr %27, ptr %7, align 8, !tbaa !9
  br label %14, !llvm.loop !13

28:                                               ; preds = %18
  %29 = call ptr @__ctype_b_loc() #8
  %30 = load ptr, ptr %29, align 8, !tbaa !15
  %31 = load ptr, ptr %7, align 8, !tbaa !9
  %32 = load i8, ptr %31, align 1, !tbaa !12
  %33 = zext i8 %32 to i32
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds i16, ptr %30, i64 %34
  %36 = load i16, ptr %35, align 2, !tbaa !17
  %37 = zext i16 %36 to i32
  %38 = and i32 %37, 8192
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %43

40:                                               ; preds = %28
  %41 = load ptr, ptr %7, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1
  store ptr %42, ptr %7, align 8, !tbaa !9
  br label %14, !llvm.loop !13

43:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %8) #7
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %44 = load ptr, ptr %7, align 8, !tbaa !9
  %45 = load i32, ptr %5, align 4, !tbaa !5
  %46 = call i64 @next_token(ptr noundef %44, ptr noundef %8, i32 noundef %45) #9
  store i64 %46, ptr %9, align 8, !tbaa !19
  store i32 0, ptr %5, align 4, !tbaa !5
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = zext i32 %47 to i64
  %49 = getelementptr inbounds nuw [10 x i32], ptr %2, i64 0, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %49, align 4, !tbaa !5
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4, !tbaa !5
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = icmp eq i32 %54, 1
  br i1 %55, label %56, label %59

56:                                               ; preds = %43
  %57 = load ptr, ptr %7, align 8, !tbaa !9
  %58 = load i64, ptr %9, align 8, !tbaa !19
  call void @note_ident(ptr noundef %57, i64 noundef %58) #9
  br label %59

59:                                               ; preds = %56, %43
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = icmp eq i32 %60, 9
  br i1 %61, label %68, label %62

62:                                               ; preds = %59
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = icmp eq i32 %63, 3
  br i1 %64, label %68, label %65

65:                                               ; preds = %62
  %66 = load i32, ptr %8, align 4, !tbaa !5
  %67 = icmp eq i32 %66, 8
  br i1 %67, label %68, label %78

68:                                               ; preds = %65, %62, %59
  %69 = load i32, ptr %4, align 4, !tbaa !5
  %70 = load i32, ptr %8, align 4, !tbaa !5
  %71 = zext i32 %70 to i64
  %72 = getelementptr inbounds nuw [10 x ptr], ptr @type_names, i64 0, i64 %71
  %73 = load ptr, ptr %72, align 8, !tbaa !9
  %74 = load i64, ptr %9, align 8, !tbaa !19
  %75 = trunc i64 %74 to i32
  %76 = load ptr, ptr %7, align 8, !tbaa !9
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %69, ptr noundef %73, i32 noundef %75, ptr noundef %76) #9
  br label %78

78:                                               ; preds = %68, %65
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !19
  br label %79

79:                                               ; preds = %103, %78
  %80 = load i64, ptr %10, align 8, !tbaa !19
  %81 = load i64, ptr %9, align 8, !tbaa !19
  %82 = icmp ult i64 %80, %81
  br i1 %82, label %84, label %83

83:                                               ; preds = %79
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %106

84:                                               ; preds = %79
  %85 = load ptr, ptr %7, align 8, !tbaa !9
  %86 = load i64, ptr %10, align 8, !tbaa !19
  %87 = getelementptr inbounds nuw i8, ptr %85, i64 %86
  %88 = load i8, ptr %87, align 1, !tbaa !12
  %89 = sext i8 %88 to i32
  %90 = icmp eq i32 %89, 10
  br i1 %90, label %91, label %94

91:                                               ; preds = %84
  %92 = load i32, ptr %4, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %4, align 4, !tbaa !5
  br label %94

94:                                               ; preds = %91, %84
  %95 = load i32, ptr %3, align 4, !tbaa !5
  %96 = load ptr, ptr %7, align 8, !tbaa !9
  %97 = load i64, ptr %10, align 8, !tbaa !19
  %98 = getelementptr inbounds nuw i8, ptr %96, i64 %97
  %99 = load i8, ptr %98, align 1, !tbaa !12
  %100 = zext i8 %99 to i32
  %101 = xor i32 %95, %100
  %102 = mul i32 %101, 16777619
  store i32 %102, ptr %3, align 4, !tbaa !5
  br label %103

103:                                              ; preds = %94
  %104 = load i64, ptr %10, align 8, !tbaa !19
  %105 = add i64 %104, 1
  store i64 %105, ptr %10, align 8, !tbaa !19
  br label %79, !llvm.loop !21

106:                                              ; preds = %83
  %107 = load i32, ptr %8, align 4, !tbaa !5
  %108 = load i32, ptr %3, align 4, !tbaa !5
  %109 = add i32 %108, %107
  store i32 %109, ptr %3, align 4, !tbaa !5
  %110 = load i64, ptr %9, align 8, !tbaa !19
  %111 = load ptr, ptr %7, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw i8, ptr %111, i64 %110
  store ptr %112, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %14, !llvm.loop !13

113:                                              ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %114

114:                                              ; preds = %128, %113
  %115 = load i32, ptr %11, align 4, !tbaa !5
  %116 = icmp slt i32 %115, 10
  br i1 %116, label %118, label %117

117:                                              ; preds = %114
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %131

118:                                              ; preds = %114
  %119 = load i32, ptr %11, align 4, !tbaa !5
  %120 = sext i32 %119 to i64
  %121 = getelementptr inbounds [10 x ptr], ptr @type_names, i64 0, i64 %120
  %122 = load ptr, ptr %121, align 8, !tbaa !9
  %123 = load i32, ptr %11, align 4, !tbaa !5
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [10 x i32], ptr %2, i64 0, i64 %124
  %126 = load i32, ptr %125, align 4, !tbaa !5
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %122, i32 noundef %126) #9
  br label %128

128:                                              ; preds = %118
  %129 = load i32, ptr %11, align 4, !tbaa !5
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %11, align 4, !tbaa !5
  br label %114, !llvm.loop !22

131:                                              ; preds = %117
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i32 1, ptr %13, align 4, !tbaa !5
  br label %132

132:                                              ; preds = %152, %131
  %133 = load i32, ptr %13, align 4, !tbaa !5
  %134 = load i32, ptr @n_idents, align 4, !tbaa !5
  %135 = icmp slt i32 %133, %134
  br i1 %135, label %137, label %136

136:                                              ; preds = %132
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %155

137:                                              ; preds = %132
  %138 = load i32, ptr %13, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %139
  %141 = getelementptr inbounds nuw %struct.ident_stat, ptr %140, i32 0, i32 1
  %142 = load i32, ptr %141, align 4, !tbaa !23
  %143 = load i32, ptr %12, align 4, !tbaa !5
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %144
  %146 = getelementptr inbounds nuw %struct.ident_stat, ptr %145, i32 0, i32 1
  %147 = load i32, ptr %146, align 4, !tbaa !23
  %148 = icmp sgt i32 %142, %147
  br i1 %148, label %149, label %151

149:                                              ; preds = %137
  %150 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %150, ptr %12, align 4, !tbaa !5
  br label %151

151:                                              ; preds = %149, %137
  br label %152

152:                                              ; preds = %151
  %153 = load i32, ptr %13, align 4, !tbaa !5
  %154 = add nsw i32 %153, 1
  store i32 %154, ptr %13, align 4, !tbaa !5
  br label %132, !llvm.loop !25

155:                                              ; preds = %136
  %156 = load i32, ptr %6, align 4, !tbaa !5
  %157 = load i32, ptr %4, align 4, !tbaa !5
  %158 = load i32, ptr @n_idents, align 4, !tbaa !5
  %159 = load i32, ptr @n_idents, align 4, !tbaa !5
  %160 = icmp ne i32 %159, 0
  br i1 %160, label %161, label %167

161:                                              ; preds = %155
  %162 = load i32, ptr %12, align 4, !tbaa !5
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %163
  %165 = getelementptr inbounds nuw %struct.ident_stat, ptr %164, i32 0, i32 0
  %166 = getelementptr inbounds [32 x i8], ptr %165, i64 0, i64 0
  br label %168

167:                                              ; preds = %155
  br label %168

168:                                              ; preds = %167, %161
  %169 = phi ptr [ %166, %161 ], [ @.str.3, %167 ]
  %170 = load i32, ptr @n_idents, align 4, !tbaa !5
  %171 = icmp ne i32 %170, 0
  br i1 %171, label %172, label %178

172:                                              ; preds = %168
  %173 = load i32, ptr %12, align 4, !tbaa !5
  %174 = sext i32 %173 to i64
  %175 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %174
  %176 = getelementptr inbounds nuw %struct.ident_stat, ptr %175, i32 0, i32 1
  %177 = load i32, ptr %176, align 4, !tbaa !23
  br label %179

178:                                              ; preds = %168
  br label %179

179:                                              ; preds = %178, %172
  %180 = phi i32 [ %177, %172 ], [ 0, %178 ]
  %181 = load i32, ptr %3, align 4, !tbaa !5
  %182 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %156, i32 noundef %157, i32 noundef %158, ptr noundef %169, i32 noundef %180, i32 noundef %181) #9
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @next_token(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !26
  store i32 %2, ptr %7, align 4, !tbaa !5
  %13 = load i32, ptr %7, align 4, !tbaa !5
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %53

15:                                               ; preds = %3
  %16 = load ptr, ptr %5, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !12
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 35
  br i1 %19, label %20, label %53

20:                                               ; preds = %15
  %21 = load ptr, ptr %6, align 8, !tbaa !26
  store i32 8, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %22, ptr %8, align 8, !tbaa !9
  br label %23

23:                                               ; preds = %44, %20
  %24 = load ptr, ptr %8, align 8, !tbaa !9
  %25 = load i8, ptr %24, align 1, !tbaa !12
  %26 = sext i8 %25 to i32
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %42

28:                                               ; preds = %23
  %29 = load ptr, ptr %8, align 8, !tbaa !9
  %30 = load i8, ptr %29, align 1, !tbaa !12
  %31 = sext i8 %30 to i32
  %32 = icmp eq i32 %31, 10
  br i1 %32, label %33, label %39

33:                                               ; preds = %28
  %34 = load ptr, ptr %8, align 8, !tbaa !9
  %35 = getelementptr inbounds i8, ptr %34, i64 -1
  %36 = load i8, ptr %35, align 1, !tbaa !12
  %37 = sext i8 %36 to i32
  %38 = icmp ne i32 %37, 92
  br label %39

39:                                               ; preds = %33, %28
  %40 = phi i1 [ false, %28 ], [ %38, %33 ]
  %41 = xor i1 %40, true
  br label %42

42:                                               ; preds = %39, %23
  %43 = phi i1 [ false, %23 ], [ %41, %39 ]
  br i1 %43, label %44, label %47

44:                                               ; preds = %42
  %45 = load ptr, ptr %8, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw i8, ptr %45, i32 1
  store ptr %46, ptr %8, align 8, !tbaa !9
  br label %23, !llvm.loop !27

47:                                               ; preds = %42
  %48 = load ptr, ptr %8, align 8, !tbaa !9
  %49 = load ptr, ptr %5, align 8, !tbaa !9
  %50 = ptrtoint ptr %48 to i64
  %51 = ptrtoint ptr %49 to i64
  %52 = sub i64 %50, %51
  store i64 %52, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %241

53:                                               ; preds = %15, %3
  %54 = load ptr, ptr %5, align 8, !tbaa !9
  %55 = getelementptr inbounds i8, ptr %54, i64 0
  %56 = load i8, ptr %55, align 1, !tbaa !12
  %57 = sext i8 %56 to i32
  %58 = icmp eq i32 %57, 47
  br i1 %58, label %59, label %69

59:                                               ; preds = %53
  %60 = load ptr, ptr %5, align 8, !tbaa !9
  %61 = getelementptr inbounds i8, ptr %60, i64 1
  %62 = load i8, ptr %61, align 1, !tbaa !12
  %63 = sext i8 %62 to i32
  %64 = icmp eq i32 %63, 47
  br i1 %64, label %65, label %69

65:                                               ; preds = %59
  %66 = load ptr, ptr %6, align 8, !tbaa !26
  store i32 7, ptr %66, align 4, !tbaa !5
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  %68 = call i64 @strcspn(ptr noundef %67, ptr noundef @.str.4) #10
  store i64 %68, ptr %4, align 8
  br label %241

69:                                               ; preds = %59, %53
  %70 = load ptr, ptr %5, align 8, !tbaa !9
  %71 = getelementptr inbounds i8, ptr %70, i64 0
  %72 = load i8, ptr %71, align 1, !tbaa !12
  %73 = sext i8 %72 to i32
  %74 = icmp eq i32 %73, 47
  br i1 %74, label %75, label %104

75:                                               ; preds = %69
  %76 = load ptr, ptr %5, align 8, !tbaa !9
  %77 = getelementptr inbounds i8, ptr %76, i64 1
  %78 = load i8, ptr %77, align 1, !tbaa !12
  %79 = sext i8 %78 to i32
  %80 = icmp eq i32 %79, 42
  br i1 %80, label %81, label %104

81:                                               ; preds = %75
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %82 = load ptr, ptr %5, align 8, !tbaa !9
  %83 = getelementptr inbounds i8, ptr %82, i64 2
  %84 = call ptr @strstr(ptr noundef %83, ptr noundef @.str.5) #10
  store ptr %84, ptr %9, align 8, !tbaa !9
  %85 = load ptr, ptr %9, align 8, !tbaa !9
  %86 = icmp ne ptr %85, null
  %87 = zext i1 %86 to i64
  %88 = select i1 %86, i32 7, i32 9
  %89 = load ptr, ptr %6, align 8, !tbaa !26
  store i32 %88, ptr %89, align 4, !tbaa !5
  %90 = load ptr, ptr %9, align 8, !tbaa !9
  %91 = icmp ne ptr %90, null
  br i1 %91, label %92, label %99

92:                                               ; preds = %81
  %93 = load ptr, ptr %9, align 8, !tbaa !9
  %94 = load ptr, ptr %5, align 8, !tbaa !9
  %95 = ptrtoint ptr %93 to i64
  %96 = ptrtoint ptr %94 to i64
  %97 = sub i64 %95, %96
  %98 = add i64 %97, 2
  br label %102

99:                                               ; preds = %81
  %100 = load ptr, ptr %5, align 8, !tbaa !9
  %101 = call i64 @strlen(ptr noundef %100) #10
  br label %102

102:                                              ; preds = %99, %92
  %103 = phi i64 [ %98, %92 ], [ %101, %99 ]
  store i64 %103, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %241

104:                                              ; preds = %75, %69
  %105 = call ptr @__ctype_b_loc() #8
  %106 = load ptr, ptr %105, align 8, !tbaa !15
  %107 = load ptr, ptr %5, align 8, !tbaa !9
  %108 = load i8, ptr %107, align 1, !tbaa !12
  %109 = zext i8 %108 to i32
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i16, ptr %106, i64 %110
  %112 = load i16, ptr %111, align 2, !tbaa !17
  %113 = zext i16 %112 to i32
  %114 = and i32 %113, 1024
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %121, label %116

116:                                              ; preds = %104
  %117 = load ptr, ptr %5, align 8, !tbaa !9
  %118 = load i8, ptr %117, align 1, !tbaa !12
  %119 = sext i8 %118 to i32
  %120 = icmp eq i32 %119, 95
  br i1 %120, label %121, label %157

121:                                              ; preds = %116, %104
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !19
  br label %122

122:                                              ; preds = %145, %121
  %123 = call ptr @__ctype_b_loc() #8
  %124 = load ptr, ptr %123, align 8, !tbaa !15
  %125 = load ptr, ptr %5, align 8, !tbaa !9
  %126 = load i64, ptr %10, align 8, !tbaa !19
  %127 = getelementptr inbounds nuw i8, ptr %125, i64 %126
  %128 = load i8, ptr %127, align 1, !tbaa !12
  %129 = zext i8 %128 to i32
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds i16, ptr %124, i64 %130
  %132 = load i16, ptr %131, align 2, !tbaa !17
  %133 = zext i16 %132 to i32
  %134 = and i32 %133, 8
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %143, label %136

136:                                              ; preds = %122
  %137 = load ptr, ptr %5, align 8, !tbaa !9
  %138 = load i64, ptr %10, align 8, !tbaa !19
  %139 = getelementptr inbounds nuw i8, ptr %137, i64 %138
  %140 = load i8, ptr %139, align 1, !tbaa !12
  %141 = sext i8 %140 to i32
  %142 = icmp eq i32 %141, 95
  br label %143

143:                                              ; preds = %136, %122
  %144 = phi i1 [ true, %122 ], [ %142, %136 ]
  br i1 %144, label %145, label %148

145:                                              ; preds = %143
  %146 = load i64, ptr %10, align 8, !tbaa !19
  %147 = add i64 %146, 1
  store i64 %147, ptr %10, align 8, !tbaa !19
  br label %122, !llvm.loop !28

148:                                              ; preds = %143
  %149 = load ptr, ptr %5, align 8, !tbaa !9
  %150 = load i64, ptr %10, align 8, !tbaa !19
  %151 = call i32 @is_keyword(ptr noundef %149, i64 noundef %150) #9
  %152 = icmp ne i32 %151, 0
  %153 = zext i1 %152 to i64
  %154 = select i1 %152, i32 0, i32 1
  %155 = load ptr, ptr %6, align 8, !tbaa !26
  store i32 %154, ptr %155, align 4, !tbaa !5
  %156 = load i64, ptr %10, align 8, !tbaa !19
  store i64 %156, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %241

157:                                              ; preds = %116
  %158 = call ptr @__ctype_b_loc() #8
  %159 = load ptr, ptr %158, align 8, !tbaa !15
  %160 = load ptr, ptr %5, align 8, !tbaa !9
  %161 = load i8, ptr %160, align 1, !tbaa !12
  %162 = zext i8 %161 to i32
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds i16, ptr %159, i64 %163
  %165 = load i16, ptr %164, align 2, !tbaa !17
  %166 = zext i16 %165 to i32
  %167 = and i32 %166, 2048
  %168 = icmp ne i32 %167, 0
  br i1 %168, label %187, label %169

169:                                              ; preds = %157
  %170 = load ptr, ptr %5, align 8, !tbaa !9
  %171 = load i8, ptr %170, align 1, !tbaa !12
  %172 = sext i8 %171 to i32
  %173 = icmp eq i32 %172, 46
  br i1 %173, label %174, label %191

174:                                              ; preds = %169
  %175 = call ptr @__ctype_b_loc() #8
  %176 = load ptr, ptr %175, align 8, !tbaa !15
  %177 = load ptr, ptr %5, align 8, !tbaa !9
  %178 = getelementptr inbounds i8, ptr %177, i64 1
  %179 = load i8, ptr %178, align 1, !tbaa !12
  %180 = zext i8 %179 to i32
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds i16, ptr %176, i64 %181
  %183 = load i16, ptr %182, align 2, !tbaa !17
  %184 = zext i16 %183 to i32
  %185 = and i32 %184, 2048
  %186 = icmp ne i32 %185, 0
  br i1 %186, label %187, label %191

187:                                              ; preds = %174, %157
  %188 = load ptr, ptr %5, align 8, !tbaa !9
  %189 = load ptr, ptr %6, align 8, !tbaa !26
  %190 = call i64 @lex_number(ptr noundef %188, ptr noundef %189) #9
  store i64 %190, ptr %4, align 8
  br label %241

191:                                              ; preds = %174, %169
  %192 = load ptr, ptr %5, align 8, !tbaa !9
  %193 = load i8, ptr %192, align 1, !tbaa !12
  %194 = sext i8 %193 to i32
  %195 = icmp eq i32 %194, 34
  br i1 %195, label %201, label %196

196:                                              ; preds = %191
  %197 = load ptr, ptr %5, align 8, !tbaa !9
  %198 = load i8, ptr %197, align 1, !tbaa !12
  %199 = sext i8 %198 to i32
  %200 = icmp eq i32 %199, 39
  br i1 %200, label %201, label %226

201:                                              ; preds = %196, %191
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %202 = load ptr, ptr %5, align 8, !tbaa !9
  %203 = load ptr, ptr %5, align 8, !tbaa !9
  %204 = load i8, ptr %203, align 1, !tbaa !12
  %205 = call i64 @lex_quoted(ptr noundef %202, i8 noundef signext %204) #9
  store i64 %205, ptr %11, align 8, !tbaa !19
  %206 = load i64, ptr %11, align 8, !tbaa !19
  %207 = icmp ne i64 %206, 0
  br i1 %207, label %208, label %215

208:                                              ; preds = %201
  %209 = load ptr, ptr %5, align 8, !tbaa !9
  %210 = load i8, ptr %209, align 1, !tbaa !12
  %211 = sext i8 %210 to i32
  %212 = icmp eq i32 %211, 34
  %213 = zext i1 %212 to i64
  %214 = select i1 %212, i32 4, i32 5
  br label %216

215:                                              ; preds = %201
  br label %216

216:                                              ; preds = %215, %208
  %217 = phi i32 [ %214, %208 ], [ 9, %215 ]
  %218 = load ptr, ptr %6, align 8, !tbaa !26
  store i32 %217, ptr %218, align 4, !tbaa !5
  %219 = load i64, ptr %11, align 8, !tbaa !19
  %220 = icmp ne i64 %219, 0
  br i1 %220, label %221, label %223

221:                                              ; preds = %216
  %222 = load i64, ptr %11, align 8, !tbaa !19
  br label %224

223:                                              ; preds = %216
  br label %224

224:                                              ; preds = %223, %221
  %225 = phi i64 [ %222, %221 ], [ 1, %223 ]
  store i64 %225, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %241

226:                                              ; preds = %196
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %227 = load ptr, ptr %5, align 8, !tbaa !9
  %228 = call i64 @match_punct(ptr noundef %227) #9
  store i64 %228, ptr %12, align 8, !tbaa !19
  %229 = load i64, ptr %12, align 8, !tbaa !19
  %230 = icmp ne i64 %229, 0
  %231 = zext i1 %230 to i64
  %232 = select i1 %230, i32 6, i32 9
  %233 = load ptr, ptr %6, align 8, !tbaa !26
  store i32 %232, ptr %233, align 4, !tbaa !5
  %234 = load i64, ptr %12, align 8, !tbaa !19
  %235 = icmp ne i64 %234, 0
  br i1 %235, label %236, label %238

236:                                              ; preds = %226
  %237 = load i64, ptr %12, align 8, !tbaa !19
  br label %239

238:                                              ; preds = %226
  br label %239

239:                                              ; preds = %238, %236
  %240 = phi i64 [ %237, %236 ], [ 1, %238 ]
  store i64 %240, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %241

241:                                              ; preds = %239, %224, %187, %148, %102, %65, %47
  %242 = load i64, ptr %4, align 8
  ret i64 %242
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @note_ident(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !19
  %7 = load i64, ptr %4, align 8, !tbaa !19
  %8 = icmp uge i64 %7, 32
  br i1 %8, label %9, label %10

9:                                                ; preds = %2
  store i64 31, ptr %4, align 8, !tbaa !19
  br label %10

10:                                               ; preds = %9, %2
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %43, %10
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = load i32, ptr @n_idents, align 4, !tbaa !5
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  store i32 2, ptr %6, align 4
  br label %46

16:                                               ; preds = %11
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.ident_stat, ptr %19, i32 0, i32 0
  %21 = getelementptr inbounds [32 x i8], ptr %20, i64 0, i64 0
  %22 = call i64 @strlen(ptr noundef %21) #10
  %23 = load i64, ptr %4, align 8, !tbaa !19
  %24 = icmp eq i64 %22, %23
  br i1 %24, label %25, label %42

25:                                               ; preds = %16
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %27
  %29 = getelementptr inbounds nuw %struct.ident_stat, ptr %28, i32 0, i32 0
  %30 = getelementptr inbounds [32 x i8], ptr %29, i64 0, i64 0
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = load i64, ptr %4, align 8, !tbaa !19
  %33 = call i32 @memcmp(ptr noundef %30, ptr noundef %31, i64 noundef %32) #10
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %35, label %42

35:                                               ; preds = %25
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.ident_stat, ptr %38, i32 0, i32 1
  %40 = load i32, ptr %39, align 4, !tbaa !23
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %39, align 4, !tbaa !23
  store i32 1, ptr %6, align 4
  br label %46

42:                                               ; preds = %25, %16
  br label %43

43:                                               ; preds = %42
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %5, align 4, !tbaa !5
  br label %11, !llvm.loop !29

46:                                               ; preds = %35, %15
  call void @llvm.lifetime.end.p0(ptr %5) #7
  %47 = load i32, ptr %6, align 4
  switch i32 %47, label %72 [
    i32 2, label %48
    i32 1, label %71
  ]

48:                                               ; preds = %46
  %49 = load i32, ptr @n_idents, align 4, !tbaa !5
  %50 = icmp slt i32 %49, 128
  br i1 %50, label %51, label %71

51:                                               ; preds = %48
  %52 = load i32, ptr @n_idents, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %53
  %55 = getelementptr inbounds nuw %struct.ident_stat, ptr %54, i32 0, i32 0
  %56 = getelementptr inbounds [32 x i8], ptr %55, i64 0, i64 0
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = load i64, ptr %4, align 8, !tbaa !19
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %56, ptr align 1 %57, i64 %58, i1 false)
  %59 = load i32, ptr @n_idents, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %60
  %62 = getelementptr inbounds nuw %struct.ident_stat, ptr %61, i32 0, i32 0
  %63 = load i64, ptr %4, align 8, !tbaa !19
  %64 = getelementptr inbounds nuw [32 x i8], ptr %62, i64 0, i64 %63
  store i8 0, ptr %64, align 1, !tbaa !12
  %65 = load i32, ptr @n_idents, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [128 x %struct.ident_stat], ptr @idents, i64 0, i64 %66
  %68 = getelementptr inbounds nuw %struct.ident_stat, ptr %67, i32 0, i32 1
  store i32 1, ptr %68, align 4, !tbaa !23
  %69 = load i32, ptr @n_idents, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr @n_idents, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %46, %51, %48
  ret void

72:                                               ; preds = %46
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strcspn(ptr noundef, ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strstr(ptr noundef, ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_keyword(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i64 0, ptr %6, align 8, !tbaa !19
  br label %8

8:                                                ; preds = %29, %2
  %9 = load i64, ptr %6, align 8, !tbaa !19
  %10 = icmp ult i64 %9, 34
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %7, align 4
  br label %32

12:                                               ; preds = %8
  %13 = load i64, ptr %6, align 8, !tbaa !19
  %14 = getelementptr inbounds nuw [34 x ptr], ptr @keywords, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8, !tbaa !9
  %16 = call i64 @strlen(ptr noundef %15) #10
  %17 = load i64, ptr %5, align 8, !tbaa !19
  %18 = icmp eq i64 %16, %17
  br i1 %18, label %19, label %28

19:                                               ; preds = %12
  %20 = load i64, ptr %6, align 8, !tbaa !19
  %21 = getelementptr inbounds nuw [34 x ptr], ptr @keywords, i64 0, i64 %20
  %22 = load ptr, ptr %21, align 8, !tbaa !9
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = load i64, ptr %5, align 8, !tbaa !19
  %25 = call i32 @memcmp(ptr noundef %22, ptr noundef %23, i64 noundef %24) #10
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %28

27:                                               ; preds = %19
  store i32 1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %32

28:                                               ; preds = %19, %12
  br label %29

29:                                               ; preds = %28
  %30 = load i64, ptr %6, align 8, !tbaa !19
  %31 = add i64 %30, 1
  store i64 %31, ptr %6, align 8, !tbaa !19
  br label %8, !llvm.loop !30

32:                                               ; preds = %27, %11
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %33 = load i32, ptr %7, align 4
  switch i32 %33, label %37 [
    i32 2, label %34
    i32 1, label %35
  ]

34:                                               ; preds = %32
  store i32 0, ptr %3, align 4
  br label %35

35:                                               ; preds = %34, %32
  %36 = load i32, ptr %3, align 4
  ret i32 %36

37:                                               ; preds = %32
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @lex_number(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !26
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %7, ptr %5, align 8, !tbaa !9
  %8 = load ptr, ptr %4, align 8, !tbaa !26
  store i32 2, ptr %8, align 4, !tbaa !5
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %9, i64 0
  %11 = load i8, ptr %10, align 1, !tbaa !12
  %12 = sext i8 %11 to i32
  %13 = icmp eq i32 %12, 48
  br i1 %13, label %14, label %45

14:                                               ; preds = %2
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i64 1
  %17 = load i8, ptr %16, align 1, !tbaa !12
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 120
  br i1 %19, label %26, label %20

20:                                               ; preds = %14
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = getelementptr inbounds i8, ptr %21, i64 1
  %23 = load i8, ptr %22, align 1, !tbaa !12
  %24 = sext i8 %23 to i32
  %25 = icmp eq i32 %24, 88
  br i1 %25, label %26, label %45

26:                                               ; preds = %20, %14
  %27 = load ptr, ptr %3, align 8, !tbaa !9
  %28 = getelementptr inbounds i8, ptr %27, i64 2
  store ptr %28, ptr %3, align 8, !tbaa !9
  br label %29

29:                                               ; preds = %41, %26
  %30 = call ptr @__ctype_b_loc() #8
  %31 = load ptr, ptr %30, align 8, !tbaa !15
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = load i8, ptr %32, align 1, !tbaa !12
  %34 = zext i8 %33 to i32
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i16, ptr %31, i64 %35
  %37 = load i16, ptr %36, align 2, !tbaa !17
  %38 = zext i16 %37 to i32
  %39 = and i32 %38, 4096
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %44

41:                                               ; preds = %29
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw i8, ptr %42, i32 1
  store ptr %43, ptr %3, align 8, !tbaa !9
  br label %29, !llvm.loop !31

44:                                               ; preds = %29
  br label %144

45:                                               ; preds = %20, %2
  br label %46

46:                                               ; preds = %58, %45
  %47 = call ptr @__ctype_b_loc() #8
  %48 = load ptr, ptr %47, align 8, !tbaa !15
  %49 = load ptr, ptr %3, align 8, !tbaa !9
  %50 = load i8, ptr %49, align 1, !tbaa !12
  %51 = zext i8 %50 to i32
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds i16, ptr %48, i64 %52
  %54 = load i16, ptr %53, align 2, !tbaa !17
  %55 = zext i16 %54 to i32
  %56 = and i32 %55, 2048
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %58, label %61

58:                                               ; preds = %46
  %59 = load ptr, ptr %3, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw i8, ptr %59, i32 1
  store ptr %60, ptr %3, align 8, !tbaa !9
  br label %46, !llvm.loop !32

61:                                               ; preds = %46
  %62 = load ptr, ptr %3, align 8, !tbaa !9
  %63 = load i8, ptr %62, align 1, !tbaa !12
  %64 = sext i8 %63 to i32
  %65 = icmp eq i32 %64, 46
  br i1 %65, label %66, label %86

66:                                               ; preds = %61
  %67 = load ptr, ptr %4, align 8, !tbaa !26
  store i32 3, ptr %67, align 4, !tbaa !5
  %68 = load ptr, ptr %3, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw i8, ptr %68, i32 1
  store ptr %69, ptr %3, align 8, !tbaa !9
  br label %70

70:                                               ; preds = %82, %66
  %71 = call ptr @__ctype_b_loc() #8
  %72 = load ptr, ptr %71, align 8, !tbaa !15
  %73 = load ptr, ptr %3, align 8, !tbaa !9
  %74 = load i8, ptr %73, align 1, !tbaa !12
  %75 = zext i8 %74 to i32
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds i16, ptr %72, i64 %76
  %78 = load i16, ptr %77, align 2, !tbaa !17
  %79 = zext i16 %78 to i32
  %80 = and i32 %79, 2048
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %82, label %85

82:                                               ; preds = %70
  %83 = load ptr, ptr %3, align 8, !tbaa !9
  %84 = getelementptr inbounds nuw i8, ptr %83, i32 1
  store ptr %84, ptr %3, align 8, !tbaa !9
  br label %70, !llvm.loop !33

85:                                               ; preds = %70
  br label %86

86:                                               ; preds = %85, %61
  %87 = load ptr, ptr %3, align 8, !tbaa !9
  %88 = load i8, ptr %87, align 1, !tbaa !12
  %89 = sext i8 %88 to i32
  %90 = icmp eq i32 %89, 101
  br i1 %90, label %96, label %91

91:                                               ; preds = %86
  %92 = load ptr, ptr %3, align 8, !tbaa !9
  %93 = load i8, ptr %92, align 1, !tbaa !12
  %94 = sext i8 %93 to i32
  %95 = icmp eq i32 %94, 69
  br i1 %95, label %96, label %143

96:                                               ; preds = %91, %86
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %97 = load ptr, ptr %3, align 8, !tbaa !9
  %98 = getelementptr inbounds i8, ptr %97, i64 1
  store ptr %98, ptr %6, align 8, !tbaa !9
  %99 = load ptr, ptr %6, align 8, !tbaa !9
  %100 = load i8, ptr %99, align 1, !tbaa !12
  %101 = sext i8 %100 to i32
  %102 = icmp eq i32 %101, 43
  br i1 %102, label %108, label %103

103:                                              ; preds = %96
  %104 = load ptr, ptr %6, align 8, !tbaa !9
  %105 = load i8, ptr %104, align 1, !tbaa !12
  %106 = sext i8 %105 to i32
  %107 = icmp eq i32 %106, 45
  br i1 %107, label %108, label %111

108:                                              ; preds = %103, %96
  %109 = load ptr, ptr %6, align 8, !tbaa !9
  %110 = getelementptr inbounds nuw i8, ptr %109, i32 1
  store ptr %110, ptr %6, align 8, !tbaa !9
  br label %111

111:                                              ; preds = %108, %103
  %112 = call ptr @__ctype_b_loc() #8
  %113 = load ptr, ptr %112, align 8, !tbaa !15
  %114 = load ptr, ptr %6, align 8, !tbaa !9
  %115 = load i8, ptr %114, align 1, !tbaa !12
  %116 = zext i8 %115 to i32
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds i16, ptr %113, i64 %117
  %119 = load i16, ptr %118, align 2, !tbaa !17
  %120 = zext i16 %119 to i32
  %121 = and i32 %120, 2048
  %122 = icmp ne i32 %121, 0
  br i1 %122, label %123, label %142

123:                                              ; preds = %111
  %124 = load ptr, ptr %4, align 8, !tbaa !26
  store i32 3, ptr %124, align 4, !tbaa !5
  %125 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %125, ptr %3, align 8, !tbaa !9
  br label %126

126:                                              ; preds = %138, %123
  %127 = call ptr @__ctype_b_loc() #8
  %128 = load ptr, ptr %127, align 8, !tbaa !15
  %129 = load ptr, ptr %3, align 8, !tbaa !9
  %130 = load i8, ptr %129, align 1, !tbaa !12
  %131 = zext i8 %130 to i32
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds i16, ptr %128, i64 %132
  %134 = load i16, ptr %133, align 2, !tbaa !17
  %135 = zext i16 %134 to i32
  %136 = and i32 %135, 2048
  %137 = icmp ne i32 %136, 0
  br i1 %137, label %138, label %141

138:                                              ; preds = %126
  %139 = load ptr, ptr %3, align 8, !tbaa !9
  %140 = getelementptr inbounds nuw i8, ptr %139, i32 1
  store ptr %140, ptr %3, align 8, !tbaa !9
  br label %126, !llvm.loop !34

141:                                              ; preds = %126
  br label %142

142:                                              ; preds = %141, %111
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %143

143:                                              ; preds = %142, %91
  br label %144

144:                                              ; preds = %143, %44
  br label %145

145:                                              ; preds = %177, %144
  %146 = load ptr, ptr %3, align 8, !tbaa !9
  %147 = load i8, ptr %146, align 1, !tbaa !12
  %148 = sext i8 %147 to i32
  %149 = icmp eq i32 %148, 117
  br i1 %149, label %175, label %150

150:                                              ; preds = %145
  %151 = load ptr, ptr %3, align 8, !tbaa !9
  %152 = load i8, ptr %151, align 1, !tbaa !12
  %153 = sext i8 %152 to i32
  %154 = icmp eq i32 %153, 85
  br i1 %154, label %175, label %155

155:                                              ; preds = %150
  %156 = load ptr, ptr %3, align 8, !tbaa !9
  %157 = load i8, ptr %156, align 1, !tbaa !12
  %158 = sext i8 %157 to i32
  %159 = icmp eq i32 %158, 108
  br i1 %159, label %175, label %160

160:                                              ; preds = %155
  %161 = load ptr, ptr %3, align 8, !tbaa !9
  %162 = load i8, ptr %161, align 1, !tbaa !12
  %163 = sext i8 %162 to i32
  %164 = icmp eq i32 %163, 76
  br i1 %164, label %175, label %165

165:                                              ; preds = %160
  %166 = load ptr, ptr %3, align 8, !tbaa !9
  %167 = load i8, ptr %166, align 1, !tbaa !12
  %168 = sext i8 %167 to i32
  %169 = icmp eq i32 %168, 102
  br i1 %169, label %175, label %170

170:                                              ; preds = %165
  %171 = load ptr, ptr %3, align 8, !tbaa !9
  %172 = load i8, ptr %171, align 1, !tbaa !12
  %173 = sext i8 %172 to i32
  %174 = icmp eq i32 %173, 70
  br label %175

175:                                              ; preds = %170, %165, %160, %155, %150, %145
  %176 = phi i1 [ true, %165 ], [ true, %160 ], [ true, %155 ], [ true, %150 ], [ true, %145 ], [ %174, %170 ]
  br i1 %176, label %177, label %180

177:                                              ; preds = %175
  %178 = load ptr, ptr %3, align 8, !tbaa !9
  %179 = getelementptr inbounds nuw i8, ptr %178, i32 1
  store ptr %179, ptr %3, align 8, !tbaa !9
  br label %145, !llvm.loop !35

180:                                              ; preds = %175
  %181 = load ptr, ptr %3, align 8, !tbaa !9
  %182 = load ptr, ptr %5, align 8, !tbaa !9
  %183 = ptrtoint ptr %181 to i64
  %184 = ptrtoint ptr %182 to i64
  %185 = sub i64 %183, %184
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i64 %185
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @lex_quoted(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i8 %1, ptr %4, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %6, i32 1
  store ptr %7, ptr %3, align 8, !tbaa !9
  store ptr %6, ptr %5, align 8, !tbaa !9
  br label %8

8:                                                ; preds = %41, %2
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = load i8, ptr %9, align 1, !tbaa !12
  %11 = sext i8 %10 to i32
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %13, label %25

13:                                               ; preds = %8
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = load i8, ptr %14, align 1, !tbaa !12
  %16 = sext i8 %15 to i32
  %17 = load i8, ptr %4, align 1, !tbaa !12
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %16, %18
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !12
  %23 = sext i8 %22 to i32
  %24 = icmp ne i32 %23, 10
  br label %25

25:                                               ; preds = %20, %13, %8
  %26 = phi i1 [ false, %13 ], [ false, %8 ], [ %24, %20 ]
  br i1 %26, label %27, label %44

27:                                               ; preds = %25
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = load i8, ptr %28, align 1, !tbaa !12
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %30, 92
  br i1 %31, label %32, label %41

32:                                               ; preds = %27
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = getelementptr inbounds i8, ptr %33, i64 1
  %35 = load i8, ptr %34, align 1, !tbaa !12
  %36 = sext i8 %35 to i32
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %41

38:                                               ; preds = %32
  %39 = load ptr, ptr %3, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw i8, ptr %39, i32 1
  store ptr %40, ptr %3, align 8, !tbaa !9
  br label %41

41:                                               ; preds = %38, %32, %27
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw i8, ptr %42, i32 1
  store ptr %43, ptr %3, align 8, !tbaa !9
  br label %8, !llvm.loop !36

44:                                               ; preds = %25
  %45 = load ptr, ptr %3, align 8, !tbaa !9
  %46 = load i8, ptr %45, align 1, !tbaa !12
  %47 = sext i8 %46 to i32
  %48 = load i8, ptr %4, align 1, !tbaa !12
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %47, %49
  br i1 %50, label %51, label %58

51:                                               ; preds = %44
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = load ptr, ptr %5, align 8, !tbaa !9
  %54 = ptrtoint ptr %52 to i64
  %55 = ptrtoint ptr %53 to i64
  %56 = sub i64 %54, %55
  %57 = add i64 %56, 1
  br label %59

58:                                               ; preds = %44
  br label %59

59:                                               ; preds = %58, %51
  %60 = phi i64 [ %57, %51 ], [ 0, %58 ]
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i64 %60
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @match_punct(ptr noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %24, %1
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [4 x ptr], ptr @puncts3, i64 0, i64 %9
  %11 = load ptr, ptr %10, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %14, label %13

13:                                               ; preds = %7
  store i32 2, ptr %5, align 4
  br label %27

14:                                               ; preds = %7
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [4 x ptr], ptr @puncts3, i64 0, i64 %17
  %19 = load ptr, ptr %18, align 8, !tbaa !9
  %20 = call i32 @strncmp(ptr noundef %15, ptr noundef %19, i64 noundef 3) #10
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %23

22:                                               ; preds = %14
  store i64 3, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %27

23:                                               ; preds = %14
  br label %24

24:                                               ; preds = %23
  %25 = load i32, ptr %4, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %4, align 4, !tbaa !5
  br label %7, !llvm.loop !37

27:                                               ; preds = %22, %13
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %28 = load i32, ptr %5, align 4
  switch i32 %28, label %63 [
    i32 2, label %29
    i32 1, label %61
  ]

29:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %47, %29
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [21 x ptr], ptr @puncts2, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = icmp ne ptr %34, null
  br i1 %35, label %37, label %36

36:                                               ; preds = %30
  store i32 5, ptr %5, align 4
  br label %50

37:                                               ; preds = %30
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [21 x ptr], ptr @puncts2, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !9
  %43 = call i32 @strncmp(ptr noundef %38, ptr noundef %42, i64 noundef 2) #10
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %45, label %46

45:                                               ; preds = %37
  store i64 2, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %50

46:                                               ; preds = %37
  br label %47

47:                                               ; preds = %46
  %48 = load i32, ptr %6, align 4, !tbaa !5
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %6, align 4, !tbaa !5
  br label %30, !llvm.loop !38

50:                                               ; preds = %45, %36
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %51 = load i32, ptr %5, align 4
  switch i32 %51, label %63 [
    i32 5, label %52
    i32 1, label %61
  ]

52:                                               ; preds = %50
  %53 = load ptr, ptr %3, align 8, !tbaa !9
  %54 = load i8, ptr %53, align 1, !tbaa !12
  %55 = sext i8 %54 to i32
  %56 = call ptr @strchr(ptr noundef @.str.40, i32 noundef %55) #10
  %57 = icmp ne ptr %56, null
  %58 = zext i1 %57 to i64
  %59 = select i1 %57, i32 1, i32 0
  %60 = sext i32 %59 to i64
  store i64 %60, ptr %2, align 8
  br label %61

61:                                               ; preds = %52, %50, %27
  %62 = load i64, ptr %2, align 8
  ret i64 %62

63:                                               ; preds = %50, %27
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }

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
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 short", !11, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"short", !7, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !7, i64 0}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !14}
!23 = !{!24, !6, i64 32}
!24 = !{!"ident_stat", !7, i64 0, !6, i64 32}
!25 = distinct !{!25, !14}
!26 = !{!11, !11, i64 0}
!27 = distinct !{!27, !14}
!28 = distinct !{!28, !14}
!29 = distinct !{!29, !14}
!30 = distinct !{!30, !14}
!31 = distinct !{!31, !14}
!32 = distinct !{!32, !14}
!33 = distinct !{!33, !14}
!34 = distinct !{!34, !14}
!35 = distinct !{!35, !14}
!36 = distinct !{!36, !14}
!37 = distinct !{!37, !14}
!38 = distinct !{!38, !14}
