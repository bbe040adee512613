; ModuleID = 'lexer_fsm.c'
source_filename = "lexer_fsm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.lex_stats = type { [11 x i32], i32, i32, i32, i64 }

@.str = private unnamed_addr constant [9 x i8] c"(){}[];,\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"+-*%<>=!&|^~?:.#\00", align 1
@sample = internal constant [563 x i8] c"#include <stdio.h>\0A#define MAX(a, b) \\\0A  ((a) > (b) ? (a) : (b))\0A/* block comment with * stars ** inside */\0Astatic const unsigned long table[] = { 0x1F, 0XFFul, 077, 12345, 0 };\0Astruct point { int x, y; double w; };\0Aint main(void) {\0A    struct point p = { .x = 3, .y = -4, .w = 1.5e-3 };\0A    char *s = \22esc \\\22quoted\\\22 \\n text\22;\0A    char c = '\\'';\0A    for (int i = 0; i < 10; ++i) { p.x += i << 2; p.y >>= 1; }\0A    if (p.x != p.y && p.x >= 0 || !p.y) p.w *= .25f; // trailing comment\0A    float bad = 1e+;\0A    return sizeof(struct point) + table[2] % 7 ... @ `;\0A}\0A\00", align 16
@.str.2 = private unnamed_addr constant [81 x i8] c"ident=%u kw=%u int=%u float=%u str=%u chr=%u op=%u punct=%u cmt=%u pp=%u err=%u\0A\00", align 1
@.str.3 = private unnamed_addr constant [53 x i8] c"lines=%u longest=%u ihash=%08x intsum=%llu agg=%08x\0A\00", align 1
@keywords = internal constant [32 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29, ptr @.str.30, ptr @.str.31, ptr @.str.32, ptr @.str.33, ptr @.str.34, ptr @.str.35], align 16
@.str.4 = private unnamed_addr constant [5 x i8] c"auto\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"break\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"case\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"char\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"const\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"continue\00", align 1
@.str.10 = private unnamed_addr constant [8 x i8] c"default\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"do\00", align 1
@.str.12 = private unnamed_addr constant [7 x i8] c"double\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"else\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"enum\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"extern\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"float\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"for\00", align 1
@.str.18 = private unnamed_addr constant [5 x i8] c"goto\00", align 1
@.str.19 = private unnamed_addr constant [3 x i8] c"if\00", align 1
@.str.20 = private unnamed_addr constant [4 x i8] c"int\00", align 1
@.str.21 = private unnamed_addr constant [5 x i8] c"long\00", align 1
@.str.22 = private unnamed_addr constant [9 x i8] c"register\00", align 1
@.str.23 = private unnamed_addr constant [7 x i8] c"return\00", align 1
@.str.24 = private unnamed_addr constant [6 x i8] c"short\00", align 1
@.str.25 = private unnamed_addr constant [7 x i8] c"signed\00", align 1
@.str.26 = private unnamed_addr constant [7 x i8] c"sizeof\00", align 1
@.str.27 = private unnamed_addr constant [7 x i8] c"static\00", align 1
@.str.28 = private unnamed_addr constant [7 x i8] c"struct\00", align 1
@.str.29 = private unnamed_addr constant [7 x i8] c"switch\00", align 1
@.str.30 = private unnamed_addr constant [8 x i8] c"typedef\00", align 1
@.str.31 = private unnamed_addr constant [6 x i8] c"union\00", align 1
@.str.32 = private unnamed_addr constant [9 x i8] c"unsigned\00", align 1
@.str.33 = private unnamed_addr constant [5 x i8] c"void\00", align 1
@.str.34 = private unnamed_addr constant [9 x i8] c"volatile\00", align 1
@.str.35 = private unnamed_addr constant [6 x i8] c"while\00", align 1
@op_len.three = internal global [3 x ptr] [ptr @.str.36, ptr @.str.37, ptr @.str.38], align 16
@.str.36 = private unnamed_addr constant [4 x i8] c"<<=\00", align 1
@.str.37 = private unnamed_addr constant [4 x i8] c">>=\00", align 1
@.str.38 = private unnamed_addr constant [4 x i8] c"...\00", align 1
@op_len.two = internal global [20 x ptr] [ptr @.str.39, ptr @.str.40, ptr @.str.41, ptr @.str.42, ptr @.str.43, ptr @.str.44, ptr @.str.45, ptr @.str.46, ptr @.str.47, ptr @.str.48, ptr @.str.49, ptr @.str.50, ptr @.str.51, ptr @.str.52, ptr @.str.53, ptr @.str.54, ptr @.str.55, ptr @.str.56, ptr @.str.57, ptr @.str.58], align 16
@.str.39 = private unnamed_addr constant [3 x i8] c"->\00", align 1
@.str.40 = private unnamed_addr constant [3 x i8] c"++\00", align 1
@.str.41 = private unnamed_addr constant [3 x i8] c"--\00", align 1
@.str.42 = private unnamed_addr constant [3 x i8] c"<<\00", align 1
@.str.43 = private unnamed_addr constant [3 x i8] c">>\00", align 1
@.str.44 = private unnamed_addr constant [3 x i8] c"<=\00", align 1
@.str.45 = private unnamed_addr constant [3 x i8] c">=\00", align 1
@.str.46 = private unnamed_addr constant [3 x i8] c"==\00", align 1
@.str.47 = private unnamed_addr constant [3 x i8] c"!=\00", align 1
@.str.48 = private unnamed_addr constant [3 x i8] c"&&\00", align 1
@.str.49 = private unnamed_addr constant [3 x i8] c"||\00", align 1
@.str.50 = private unnamed_addr constant [3 x i8] c"+=\00", align 1
@.str.51 = private unnamed_addr constant [3 x i8] c"-=\00", align 1
@.str.52 = private unnamed_addr constant [3 x i8] c"*=\00", align 1
@.str.53 = private unnamed_addr constant [3 x i8] c"/=\00", align 1
@.str.54 = private unnamed_addr constant [3 x i8] c"%=\00", align 1
@.str.55 = private unnamed_addr constant [3 x i8] c"&=\00", align 1
@.str.56 = private unnamed_addr constant [3 x i8] c"|=\00", align 1
@.str.57 = private unnamed_addr constant [3 x i8] c"^=\00", align 1
@.str.58 = private unnamed_addr constant [3 x i8] c"##\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @lex_source(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %14, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %15, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 1, ptr %8, align 4, !tbaa !5
  %16 = load ptr, ptr %4, align 8, !tbaa !12
  call void @llvm.memset.p0.i64(ptr align 8 %16, i8 0, i64 64, i1 false)
  %17 = load ptr, ptr %4, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw %struct.lex_stats, ptr %17, i32 0, i32 2
  store i32 -2128831035, ptr %18, align 8, !tbaa !14
  br label %19

19:                                               ; preds = %670, %2
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %20 = load ptr, ptr %7, align 8, !tbaa !9
  %21 = load i8, ptr %20, align 1, !tbaa !17
  %22 = zext i8 %21 to i32
  store i32 %22, ptr %9, align 4, !tbaa !5
  %23 = load i32, ptr %5, align 4, !tbaa !5
  switch i32 %23, label %667 [
    i32 0, label %24
    i32 1, label %166
    i32 2, label %189
    i32 3, label %226
    i32 4, label %274
    i32 5, label %340
    i32 6, label %381
    i32 7, label %392
    i32 8, label %414
    i32 9, label %445
    i32 10, label %484
    i32 11, label %492
    i32 12, label %531
    i32 13, label %538
    i32 14, label %554
    i32 15, label %572
    i32 16, label %599
    i32 17, label %621
    i32 18, label %656
  ]

24:                                               ; preds = %19
  %25 = load ptr, ptr %7, align 8, !tbaa !9
  store ptr %25, ptr %6, align 8, !tbaa !9
  %26 = load i32, ptr %9, align 4, !tbaa !5
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %29

28:                                               ; preds = %24
  store i32 1, ptr %10, align 4
  br label %668

29:                                               ; preds = %24
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = icmp eq i32 %30, 10
  br i1 %31, label %32, label %39

32:                                               ; preds = %29
  %33 = load ptr, ptr %4, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw %struct.lex_stats, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %34, align 4, !tbaa !18
  %36 = add i32 %35, 1
  store i32 %36, ptr %34, align 4, !tbaa !18
  store i32 1, ptr %8, align 4, !tbaa !5
  %37 = load ptr, ptr %7, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw i8, ptr %37, i32 1
  store ptr %38, ptr %7, align 8, !tbaa !9
  br label %154

39:                                               ; preds = %29
  %40 = call ptr @__ctype_b_loc() #7
  %41 = load ptr, ptr %40, align 8, !tbaa !19
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i16, ptr %41, i64 %43
  %45 = load i16, ptr %44, align 2, !tbaa !21
  %46 = zext i16 %45 to i32
  %47 = and i32 %46, 8192
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %52

49:                                               ; preds = %39
  %50 = load ptr, ptr %7, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw i8, ptr %50, i32 1
  store ptr %51, ptr %7, align 8, !tbaa !9
  br label %153

52:                                               ; preds = %39
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = icmp eq i32 %53, 35
  br i1 %54, label %55, label %61

55:                                               ; preds = %52
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %58, label %61

58:                                               ; preds = %55
  store i32 17, ptr %5, align 4, !tbaa !5
  %59 = load ptr, ptr %7, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw i8, ptr %59, i32 1
  store ptr %60, ptr %7, align 8, !tbaa !9
  br label %152

61:                                               ; preds = %55, %52
  %62 = load i32, ptr %9, align 4, !tbaa !5
  %63 = call i32 @is_ident_start(i32 noundef %62) #8
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %65, label %68

65:                                               ; preds = %61
  store i32 1, ptr %5, align 4, !tbaa !5
  %66 = load ptr, ptr %7, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw i8, ptr %66, i32 1
  store ptr %67, ptr %7, align 8, !tbaa !9
  br label %151

68:                                               ; preds = %61
  %69 = load i32, ptr %9, align 4, !tbaa !5
  %70 = icmp eq i32 %69, 48
  br i1 %70, label %71, label %74

71:                                               ; preds = %68
  store i32 2, ptr %5, align 4, !tbaa !5
  %72 = load ptr, ptr %7, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw i8, ptr %72, i32 1
  store ptr %73, ptr %7, align 8, !tbaa !9
  br label %150

74:                                               ; preds = %68
  %75 = call ptr @__ctype_b_loc() #7
  %76 = load ptr, ptr %75, align 8, !tbaa !19
  %77 = load i32, ptr %9, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds i16, ptr %76, i64 %78
  %80 = load i16, ptr %79, align 2, !tbaa !21
  %81 = zext i16 %80 to i32
  %82 = and i32 %81, 2048
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %84, label %87

84:                                               ; preds = %74
  store i32 4, ptr %5, align 4, !tbaa !5
  %85 = load ptr, ptr %7, align 8, !tbaa !9
  %86 = getelementptr inbounds nuw i8, ptr %85, i32 1
  store ptr %86, ptr %7, align 8, !tbaa !9
  br label %149

87:                                               ; preds = %74
  %88 = load i32, ptr %9, align 4, !tbaa !5
  %89 = icmp eq i32 %88, 46
  br i1 %89, label %90, label %106

90:                                               ; preds = %87
  %91 = call ptr @__ctype_b_loc() #7
  %92 = load ptr, ptr %91, align 8, !tbaa !19
  %93 = load ptr, ptr %7, align 8, !tbaa !9
  %94 = getelementptr inbounds i8, ptr %93, i64 1
  %95 = load i8, ptr %94, align 1, !tbaa !17
  %96 = zext i8 %95 to i32
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds i16, ptr %92, i64 %97
  %99 = load i16, ptr %98, align 2, !tbaa !21
  %100 = zext i16 %99 to i32
  %101 = and i32 %100, 2048
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %103, label %106

103:                                              ; preds = %90
  store i32 5, ptr %5, align 4, !tbaa !5
  %104 = load ptr, ptr %7, align 8, !tbaa !9
  %105 = getelementptr inbounds nuw i8, ptr %104, i32 1
  store ptr %105, ptr %7, align 8, !tbaa !9
  br label %148

106:                                              ; preds = %90, %87
  %107 = load i32, ptr %9, align 4, !tbaa !5
  %108 = icmp eq i32 %107, 34
  br i1 %108, label %109, label %112

109:                                              ; preds = %106
  store i32 9, ptr %5, align 4, !tbaa !5
  %110 = load ptr, ptr %7, align 8, !tbaa !9
  %111 = getelementptr inbounds nuw i8, ptr %110, i32 1
  store ptr %111, ptr %7, align 8, !tbaa !9
  br label %147

112:                                              ; preds = %106
  %113 = load i32, ptr %9, align 4, !tbaa !5
  %114 = icmp eq i32 %113, 39
  br i1 %114, label %115, label %118

115:                                              ; preds = %112
  store i32 11, ptr %5, align 4, !tbaa !5
  %116 = load ptr, ptr %7, align 8, !tbaa !9
  %117 = getelementptr inbounds nuw i8, ptr %116, i32 1
  store ptr %117, ptr %7, align 8, !tbaa !9
  br label %146

118:                                              ; preds = %112
  %119 = load i32, ptr %9, align 4, !tbaa !5
  %120 = icmp eq i32 %119, 47
  br i1 %120, label %121, label %124

121:                                              ; preds = %118
  store i32 13, ptr %5, align 4, !tbaa !5
  %122 = load ptr, ptr %7, align 8, !tbaa !9
  %123 = getelementptr inbounds nuw i8, ptr %122, i32 1
  store ptr %123, ptr %7, align 8, !tbaa !9
  br label %145

124:                                              ; preds = %118
  %125 = load i32, ptr %9, align 4, !tbaa !5
  %126 = call ptr @strchr(ptr noundef @.str, i32 noundef %125) #9
  %127 = icmp ne ptr %126, null
  br i1 %127, label %128, label %133

128:                                              ; preds = %124
  %129 = load ptr, ptr %4, align 8, !tbaa !12
  %130 = load ptr, ptr %7, align 8, !tbaa !9
  call void @emit(ptr noundef %129, i32 noundef 7, ptr noundef %130, i64 noundef 1) #8
  %131 = load ptr, ptr %7, align 8, !tbaa !9
  %132 = getelementptr inbounds nuw i8, ptr %131, i32 1
  store ptr %132, ptr %7, align 8, !tbaa !9
  br label %144

133:                                              ; preds = %124
  %134 = load i32, ptr %9, align 4, !tbaa !5
  %135 = call ptr @strchr(ptr noundef @.str.1, i32 noundef %134) #9
  %136 = icmp ne ptr %135, null
  br i1 %136, label %137, label %138

137:                                              ; preds = %133
  store i32 18, ptr %5, align 4, !tbaa !5
  br label %143

138:                                              ; preds = %133
  %139 = load ptr, ptr %4, align 8, !tbaa !12
  %140 = load ptr, ptr %7, align 8, !tbaa !9
  call void @emit(ptr noundef %139, i32 noundef 10, ptr noundef %140, i64 noundef 1) #8
  %141 = load ptr, ptr %7, align 8, !tbaa !9
  %142 = getelementptr inbounds nuw i8, ptr %141, i32 1
  store ptr %142, ptr %7, align 8, !tbaa !9
  br label %143

143:                                              ; preds = %138, %137
  br label %144

144:                                              ; preds = %143, %128
  br label %145

145:                                              ; preds = %144, %121
  br label %146

146:                                              ; preds = %145, %115
  br label %147

147:                                              ; preds = %146, %109
  br label %148

148:                                              ; preds = %147, %103
  br label %149

149:                                              ; preds = %148, %84
  br label %150

150:                                              ; preds = %149, %71
  br label %151

151:                                              ; preds = %150, %65
  br label %152

152:                                              ; preds = %151, %58
  br label %153

153:                                              ; preds = %152, %49
  br label %154

154:                                              ; preds = %153, %32
  %155 = call ptr @__ctype_b_loc() #7
  %156 = load ptr, ptr %155, align 8, !tbaa !19
  %157 = load i32, ptr %9, align 4, !tbaa !5
  %158 = sext i32 %157 to i64
  %159 = getelementptr inbounds i16, ptr %156, i64 %158
  %160 = load i16, ptr %159, align 2, !tbaa !21
  %161 = zext i16 %160 to i32
  %162 = and i32 %161, 8192
  %163 = icmp ne i32 %162, 0
  br i1 %163, label %165, label %164

164:                                              ; preds = %154
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %164, %154
  br label %667

166:                                              ; preds = %19
  %167 = load i32, ptr %9, align 4, !tbaa !5
  %168 = call i32 @is_ident_char(i32 noundef %167) #8
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %170, label %173

170:                                              ; preds = %166
  %171 = load ptr, ptr %7, align 8, !tbaa !9
  %172 = getelementptr inbounds nuw i8, ptr %171, i32 1
  store ptr %172, ptr %7, align 8, !tbaa !9
  br label %188

173:                                              ; preds = %166
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %174 = load ptr, ptr %7, align 8, !tbaa !9
  %175 = load ptr, ptr %6, align 8, !tbaa !9
  %176 = ptrtoint ptr %174 to i64
  %177 = ptrtoint ptr %175 to i64
  %178 = sub i64 %176, %177
  store i64 %178, ptr %11, align 8, !tbaa !23
  %179 = load ptr, ptr %4, align 8, !tbaa !12
  %180 = load ptr, ptr %6, align 8, !tbaa !9
  %181 = load i64, ptr %11, align 8, !tbaa !23
  %182 = call i32 @is_keyword(ptr noundef %180, i64 noundef %181) #8
  %183 = icmp ne i32 %182, 0
  %184 = zext i1 %183 to i64
  %185 = select i1 %183, i32 1, i32 0
  %186 = load ptr, ptr %6, align 8, !tbaa !9
  %187 = load i64, ptr %11, align 8, !tbaa !23
  call void @emit(ptr noundef %179, i32 noundef %185, ptr noundef %186, i64 noundef %187) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %188

188:                                              ; preds = %173, %170
  br label %667

189:                                              ; preds = %19
  %190 = load i32, ptr %9, align 4, !tbaa !5
  %191 = icmp eq i32 %190, 120
  br i1 %191, label %195, label %192

192:                                              ; preds = %189
  %193 = load i32, ptr %9, align 4, !tbaa !5
  %194 = icmp eq i32 %193, 88
  br i1 %194, label %195, label %198

195:                                              ; preds = %192, %189
  store i32 3, ptr %5, align 4, !tbaa !5
  %196 = load ptr, ptr %7, align 8, !tbaa !9
  %197 = getelementptr inbounds nuw i8, ptr %196, i32 1
  store ptr %197, ptr %7, align 8, !tbaa !9
  br label %225

198:                                              ; preds = %192
  %199 = load i32, ptr %9, align 4, !tbaa !5
  %200 = icmp eq i32 %199, 46
  br i1 %200, label %201, label %204

201:                                              ; preds = %198
  store i32 5, ptr %5, align 4, !tbaa !5
  %202 = load ptr, ptr %7, align 8, !tbaa !9
  %203 = getelementptr inbounds nuw i8, ptr %202, i32 1
  store ptr %203, ptr %7, align 8, !tbaa !9
  br label %224

204:                                              ; preds = %198
  %205 = call ptr @__ctype_b_loc() #7
  %206 = load ptr, ptr %205, align 8, !tbaa !19
  %207 = load i32, ptr %9, align 4, !tbaa !5
  %208 = sext i32 %207 to i64
  %209 = getelementptr inbounds i16, ptr %206, i64 %208
  %210 = load i16, ptr %209, align 2, !tbaa !21
  %211 = zext i16 %210 to i32
  %212 = and i32 %211, 2048
  %213 = icmp ne i32 %212, 0
  br i1 %213, label %214, label %215

214:                                              ; preds = %204
  store i32 4, ptr %5, align 4, !tbaa !5
  br label %223

215:                                              ; preds = %204
  %216 = load ptr, ptr %4, align 8, !tbaa !12
  %217 = load ptr, ptr %6, align 8, !tbaa !9
  %218 = load ptr, ptr %7, align 8, !tbaa !9
  %219 = load ptr, ptr %6, align 8, !tbaa !9
  %220 = ptrtoint ptr %218 to i64
  %221 = ptrtoint ptr %219 to i64
  %222 = sub i64 %220, %221
  call void @emit(ptr noundef %216, i32 noundef 2, ptr noundef %217, i64 noundef %222) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %223

223:                                              ; preds = %215, %214
  br label %224

224:                                              ; preds = %223, %201
  br label %225

225:                                              ; preds = %224, %195
  br label %667

226:                                              ; preds = %19
  %227 = call ptr @__ctype_b_loc() #7
  %228 = load ptr, ptr %227, align 8, !tbaa !19
  %229 = load i32, ptr %9, align 4, !tbaa !5
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds i16, ptr %228, i64 %230
  %232 = load i16, ptr %231, align 2, !tbaa !21
  %233 = zext i16 %232 to i32
  %234 = and i32 %233, 4096
  %235 = icmp ne i32 %234, 0
  br i1 %235, label %236, label %239

236:                                              ; preds = %226
  %237 = load ptr, ptr %7, align 8, !tbaa !9
  %238 = getelementptr inbounds nuw i8, ptr %237, i32 1
  store ptr %238, ptr %7, align 8, !tbaa !9
  br label %273

239:                                              ; preds = %226
  br label %240

240:                                              ; preds = %262, %239
  %241 = load ptr, ptr %7, align 8, !tbaa !9
  %242 = load i8, ptr %241, align 1, !tbaa !17
  %243 = sext i8 %242 to i32
  %244 = icmp eq i32 %243, 117
  br i1 %244, label %260, label %245

245:                                              ; preds = %240
  %246 = load ptr, ptr %7, align 8, !tbaa !9
  %247 = load i8, ptr %246, align 1, !tbaa !17
  %248 = sext i8 %247 to i32
  %249 = icmp eq i32 %248, 85
  br i1 %249, label %260, label %250

250:                                              ; preds = %245
  %251 = load ptr, ptr %7, align 8, !tbaa !9
  %252 = load i8, ptr %251, align 1, !tbaa !17
  %253 = sext i8 %252 to i32
  %254 = icmp eq i32 %253, 108
  br i1 %254, label %260, label %255

255:                                              ; preds = %250
  %256 = load ptr, ptr %7, align 8, !tbaa !9
  %257 = load i8, ptr %256, align 1, !tbaa !17
  %258 = sext i8 %257 to i32
  %259 = icmp eq i32 %258, 76
  br label %260

260:                                              ; preds = %255, %250, %245, %240
  %261 = phi i1 [ true, %250 ], [ true, %245 ], [ true, %240 ], [ %259, %255 ]
  br i1 %261, label %262, label %265

262:                                              ; preds = %260
  %263 = load ptr, ptr %7, align 8, !tbaa !9
  %264 = getelementptr inbounds nuw i8, ptr %263, i32 1
  store ptr %264, ptr %7, align 8, !tbaa !9
  br label %240, !llvm.loop !25

265:                                              ; preds = %260
  %266 = load ptr, ptr %4, align 8, !tbaa !12
  %267 = load ptr, ptr %6, align 8, !tbaa !9
  %268 = load ptr, ptr %7, align 8, !tbaa !9
  %269 = load ptr, ptr %6, align 8, !tbaa !9
  %270 = ptrtoint ptr %268 to i64
  %271 = ptrtoint ptr %269 to i64
  %272 = sub i64 %270, %271
  call void @emit(ptr noundef %266, i32 noundef 2, ptr noundef %267, i64 noundef %272) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %273

273:                                              ; preds = %265, %236
  br label %667

274:                                              ; preds = %19
  %275 = call ptr @__ctype_b_loc() #7
  %276 = load ptr, ptr %275, align 8, !tbaa !19
  %277 = load i32, ptr %9, align 4, !tbaa !5
  %278 = sext i32 %277 to i64
  %279 = getelementptr inbounds i16, ptr %276, i64 %278
  %280 = load i16, ptr %279, align 2, !tbaa !21
  %281 = zext i16 %280 to i32
  %282 = and i32 %281, 2048
  %283 = icmp ne i32 %282, 0
  br i1 %283, label %284, label %287

284:                                              ; preds = %274
  %285 = load ptr, ptr %7, align 8, !tbaa !9
  %286 = getelementptr inbounds nuw i8, ptr %285, i32 1
  store ptr %286, ptr %7, align 8, !tbaa !9
  br label %339

287:                                              ; preds = %274
  %288 = load i32, ptr %9, align 4, !tbaa !5
  %289 = icmp eq i32 %288, 46
  br i1 %289, label %290, label %293

290:                                              ; preds = %287
  store i32 5, ptr %5, align 4, !tbaa !5
  %291 = load ptr, ptr %7, align 8, !tbaa !9
  %292 = getelementptr inbounds nuw i8, ptr %291, i32 1
  store ptr %292, ptr %7, align 8, !tbaa !9
  br label %338

293:                                              ; preds = %287
  %294 = load i32, ptr %9, align 4, !tbaa !5
  %295 = icmp eq i32 %294, 101
  br i1 %295, label %299, label %296

296:                                              ; preds = %293
  %297 = load i32, ptr %9, align 4, !tbaa !5
  %298 = icmp eq i32 %297, 69
  br i1 %298, label %299, label %302

299:                                              ; preds = %296, %293
  store i32 6, ptr %5, align 4, !tbaa !5
  %300 = load ptr, ptr %7, align 8, !tbaa !9
  %301 = getelementptr inbounds nuw i8, ptr %300, i32 1
  store ptr %301, ptr %7, align 8, !tbaa !9
  br label %337

302:                                              ; preds = %296
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %303 = load ptr, ptr %7, align 8, !tbaa !9
  %304 = load ptr, ptr %6, align 8, !tbaa !9
  %305 = ptrtoint ptr %303 to i64
  %306 = ptrtoint ptr %304 to i64
  %307 = sub i64 %305, %306
  store i64 %307, ptr %12, align 8, !tbaa !23
  br label %308

308:                                              ; preds = %330, %302
  %309 = load ptr, ptr %7, align 8, !tbaa !9
  %310 = load i8, ptr %309, align 1, !tbaa !17
  %311 = sext i8 %310 to i32
  %312 = icmp eq i32 %311, 117
  br i1 %312, label %328, label %313

313:                                              ; preds = %308
  %314 = load ptr, ptr %7, align 8, !tbaa !9
  %315 = load i8, ptr %314, align 1, !tbaa !17
  %316 = sext i8 %315 to i32
  %317 = icmp eq i32 %316, 85
  br i1 %317, label %328, label %318

318:                                              ; preds = %313
  %319 = load ptr, ptr %7, align 8, !tbaa !9
  %320 = load i8, ptr %319, align 1, !tbaa !17
  %321 = sext i8 %320 to i32
  %322 = icmp eq i32 %321, 108
  br i1 %322, label %328, label %323

323:                                              ; preds = %318
  %324 = load ptr, ptr %7, align 8, !tbaa !9
  %325 = load i8, ptr %324, align 1, !tbaa !17
  %326 = sext i8 %325 to i32
  %327 = icmp eq i32 %326, 76
  br label %328

328:                                              ; preds = %323, %318, %313, %308
  %329 = phi i1 [ true, %318 ], [ true, %313 ], [ true, %308 ], [ %327, %323 ]
  br i1 %329, label %330, label %333

330:                                              ; preds = %328
  %331 = load ptr, ptr %7, align 8, !tbaa !9
  %332 = getelementptr inbounds nuw i8, ptr %331, i32 1
  store ptr %332, ptr %7, align 8, !tbaa !9
  br label %308, !llvm.loop !27

333:                                              ; preds = %328
  %334 = load ptr, ptr %4, align 8, !tbaa !12
  %335 = load ptr, ptr %6, align 8, !tbaa !9
  %336 = load i64, ptr %12, align 8, !tbaa !23
  call void @emit(ptr noundef %334, i32 noundef 2, ptr noundef %335, i64 noundef %336) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %337

337:                                              ; preds = %333, %299
  br label %338

338:                                              ; preds = %337, %290
  br label %339

339:                                              ; preds = %338, %284
  br label %667

340:                                              ; preds = %19
  %341 = call ptr @__ctype_b_loc() #7
  %342 = load ptr, ptr %341, align 8, !tbaa !19
  %343 = load i32, ptr %9, align 4, !tbaa !5
  %344 = sext i32 %343 to i64
  %345 = getelementptr inbounds i16, ptr %342, i64 %344
  %346 = load i16, ptr %345, align 2, !tbaa !21
  %347 = zext i16 %346 to i32
  %348 = and i32 %347, 2048
  %349 = icmp ne i32 %348, 0
  br i1 %349, label %350, label %353

350:                                              ; preds = %340
  %351 = load ptr, ptr %7, align 8, !tbaa !9
  %352 = getelementptr inbounds nuw i8, ptr %351, i32 1
  store ptr %352, ptr %7, align 8, !tbaa !9
  br label %380

353:                                              ; preds = %340
  %354 = load i32, ptr %9, align 4, !tbaa !5
  %355 = icmp eq i32 %354, 101
  br i1 %355, label %359, label %356

356:                                              ; preds = %353
  %357 = load i32, ptr %9, align 4, !tbaa !5
  %358 = icmp eq i32 %357, 69
  br i1 %358, label %359, label %362

359:                                              ; preds = %356, %353
  store i32 6, ptr %5, align 4, !tbaa !5
  %360 = load ptr, ptr %7, align 8, !tbaa !9
  %361 = getelementptr inbounds nuw i8, ptr %360, i32 1
  store ptr %361, ptr %7, align 8, !tbaa !9
  br label %379

362:                                              ; preds = %356
  %363 = load i32, ptr %9, align 4, !tbaa !5
  %364 = icmp eq i32 %363, 102
  br i1 %364, label %368, label %365

365:                                              ; preds = %362
  %366 = load i32, ptr %9, align 4, !tbaa !5
  %367 = icmp eq i32 %366, 70
  br i1 %367, label %368, label %371

368:                                              ; preds = %365, %362
  %369 = load ptr, ptr %7, align 8, !tbaa !9
  %370 = getelementptr inbounds nuw i8, ptr %369, i32 1
  store ptr %370, ptr %7, align 8, !tbaa !9
  br label %371

371:                                              ; preds = %368, %365
  %372 = load ptr, ptr %4, align 8, !tbaa !12
  %373 = load ptr, ptr %6, align 8, !tbaa !9
  %374 = load ptr, ptr %7, align 8, !tbaa !9
  %375 = load ptr, ptr %6, align 8, !tbaa !9
  %376 = ptrtoint ptr %374 to i64
  %377 = ptrtoint ptr %375 to i64
  %378 = sub i64 %376, %377
  call void @emit(ptr noundef %372, i32 noundef 3, ptr noundef %373, i64 noundef %378) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %379

379:                                              ; preds = %371, %359
  br label %380

380:                                              ; preds = %379, %350
  br label %667

381:                                              ; preds = %19
  %382 = load i32, ptr %9, align 4, !tbaa !5
  %383 = icmp eq i32 %382, 43
  br i1 %383, label %387, label %384

384:                                              ; preds = %381
  %385 = load i32, ptr %9, align 4, !tbaa !5
  %386 = icmp eq i32 %385, 45
  br i1 %386, label %387, label %390

387:                                              ; preds = %384, %381
  store i32 7, ptr %5, align 4, !tbaa !5
  %388 = load ptr, ptr %7, align 8, !tbaa !9
  %389 = getelementptr inbounds nuw i8, ptr %388, i32 1
  store ptr %389, ptr %7, align 8, !tbaa !9
  br label %391

390:                                              ; preds = %384
  store i32 7, ptr %5, align 4, !tbaa !5
  br label %391

391:                                              ; preds = %390, %387
  br label %667

392:                                              ; preds = %19
  %393 = call ptr @__ctype_b_loc() #7
  %394 = load ptr, ptr %393, align 8, !tbaa !19
  %395 = load i32, ptr %9, align 4, !tbaa !5
  %396 = sext i32 %395 to i64
  %397 = getelementptr inbounds i16, ptr %394, i64 %396
  %398 = load i16, ptr %397, align 2, !tbaa !21
  %399 = zext i16 %398 to i32
  %400 = and i32 %399, 2048
  %401 = icmp ne i32 %400, 0
  br i1 %401, label %402, label %405

402:                                              ; preds = %392
  store i32 8, ptr %5, align 4, !tbaa !5
  %403 = load ptr, ptr %7, align 8, !tbaa !9
  %404 = getelementptr inbounds nuw i8, ptr %403, i32 1
  store ptr %404, ptr %7, align 8, !tbaa !9
  br label %413

405:                                              ; preds = %392
  %406 = load ptr, ptr %4, align 8, !tbaa !12
  %407 = load ptr, ptr %6, align 8, !tbaa !9
  %408 = load ptr, ptr %7, align 8, !tbaa !9
  %409 = load ptr, ptr %6, align 8, !tbaa !9
  %410 = ptrtoint ptr %408 to i64
  %411 = ptrtoint ptr %409 to i64
  %412 = sub i64 %410, %411
  call void @emit(ptr noundef %406, i32 noundef 10, ptr noundef %407, i64 noundef %412) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %413

413:                                              ; preds = %405, %402
  br label %667

414:                                              ; preds = %19
  %415 = call ptr @__ctype_b_loc() #7
  %416 = load ptr, ptr %415, align 8, !tbaa !19
  %417 = load i32, ptr %9, align 4, !tbaa !5
  %418 = sext i32 %417 to i64
  %419 = getelementptr inbounds i16, ptr %416, i64 %418
  %420 = load i16, ptr %419, align 2, !tbaa !21
  %421 = zext i16 %420 to i32
  %422 = and i32 %421, 2048
  %423 = icmp ne i32 %422, 0
  br i1 %423, label %424, label %427

424:                                              ; preds = %414
  %425 = load ptr, ptr %7, align 8, !tbaa !9
  %426 = getelementptr inbounds nuw i8, ptr %425, i32 1
  store ptr %426, ptr %7, align 8, !tbaa !9
  br label %444

427:                                              ; preds = %414
  %428 = load i32, ptr %9, align 4, !tbaa !5
  %429 = icmp eq i32 %428, 102
  br i1 %429, label %433, label %430

430:                                              ; preds = %427
  %431 = load i32, ptr %9, align 4, !tbaa !5
  %432 = icmp eq i32 %431, 70
  br i1 %432, label %433, label %436

433:                                              ; preds = %430, %427
  %434 = load ptr, ptr %7, align 8, !tbaa !9
  %435 = getelementptr inbounds nuw i8, ptr %434, i32 1
  store ptr %435, ptr %7, align 8, !tbaa !9
  br label %436

436:                                              ; preds = %433, %430
  %437 = load ptr, ptr %4, align 8, !tbaa !12
  %438 = load ptr, ptr %6, align 8, !tbaa !9
  %439 = load ptr, ptr %7, align 8, !tbaa !9
  %440 = load ptr, ptr %6, align 8, !tbaa !9
  %441 = ptrtoint ptr %439 to i64
  %442 = ptrtoint ptr %440 to i64
  %443 = sub i64 %441, %442
  call void @emit(ptr noundef %437, i32 noundef 3, ptr noundef %438, i64 noundef %443) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %444

444:                                              ; preds = %436, %424
  br label %667

445:                                              ; preds = %19
  %446 = load i32, ptr %9, align 4, !tbaa !5
  %447 = icmp eq i32 %446, 92
  br i1 %447, label %448, label %451

448:                                              ; preds = %445
  store i32 10, ptr %5, align 4, !tbaa !5
  %449 = load ptr, ptr %7, align 8, !tbaa !9
  %450 = getelementptr inbounds nuw i8, ptr %449, i32 1
  store ptr %450, ptr %7, align 8, !tbaa !9
  br label %483

451:                                              ; preds = %445
  %452 = load i32, ptr %9, align 4, !tbaa !5
  %453 = icmp eq i32 %452, 34
  br i1 %453, label %454, label %464

454:                                              ; preds = %451
  %455 = load ptr, ptr %7, align 8, !tbaa !9
  %456 = getelementptr inbounds nuw i8, ptr %455, i32 1
  store ptr %456, ptr %7, align 8, !tbaa !9
  %457 = load ptr, ptr %4, align 8, !tbaa !12
  %458 = load ptr, ptr %6, align 8, !tbaa !9
  %459 = load ptr, ptr %7, align 8, !tbaa !9
  %460 = load ptr, ptr %6, align 8, !tbaa !9
  %461 = ptrtoint ptr %459 to i64
  %462 = ptrtoint ptr %460 to i64
  %463 = sub i64 %461, %462
  call void @emit(ptr noundef %457, i32 noundef 4, ptr noundef %458, i64 noundef %463) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %482

464:                                              ; preds = %451
  %465 = load i32, ptr %9, align 4, !tbaa !5
  %466 = icmp eq i32 %465, 10
  br i1 %466, label %470, label %467

467:                                              ; preds = %464
  %468 = load i32, ptr %9, align 4, !tbaa !5
  %469 = icmp eq i32 %468, 0
  br i1 %469, label %470, label %478

470:                                              ; preds = %467, %464
  %471 = load ptr, ptr %4, align 8, !tbaa !12
  %472 = load ptr, ptr %6, align 8, !tbaa !9
  %473 = load ptr, ptr %7, align 8, !tbaa !9
  %474 = load ptr, ptr %6, align 8, !tbaa !9
  %475 = ptrtoint ptr %473 to i64
  %476 = ptrtoint ptr %474 to i64
  %477 = sub i64 %475, %476
  call void @emit(ptr noundef %471, i32 noundef 10, ptr noundef %472, i64 noundef %477) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %481

478:                                              ; preds = %467
  %479 = load ptr, ptr %7, align 8, !tbaa !9
  %480 = getelementptr inbounds nuw i8, ptr %479, i32 1
  store ptr %480, ptr %7, align 8, !tbaa !9
  br label %481

481:                                              ; preds = %478, %470
  br label %482

482:                                              ; preds = %481, %454
  br label %483

483:                                              ; preds = %482, %448
  br label %667

484:                                              ; preds = %19
  %485 = load i32, ptr %9, align 4, !tbaa !5
  %486 = icmp eq i32 %485, 0
  br i1 %486, label %487, label %488

487:                                              ; preds = %484
  store i32 9, ptr %5, align 4, !tbaa !5
  br label %491

488:                                              ; preds = %484
  %489 = load ptr, ptr %7, align 8, !tbaa !9
  %490 = getelementptr inbounds nuw i8, ptr %489, i32 1
  store ptr %490, ptr %7, align 8, !tbaa !9
  store i32 9, ptr %5, align 4, !tbaa !5
  br label %491

491:                                              ; preds = %488, %487
  br label %667

492:                                              ; preds = %19
  %493 = load i32, ptr %9, align 4, !tbaa !5
  %494 = icmp eq i32 %493, 92
  br i1 %494, label %495, label %498

495:                                              ; preds = %492
  store i32 12, ptr %5, align 4, !tbaa !5
  %496 = load ptr, ptr %7, align 8, !tbaa !9
  %497 = getelementptr inbounds nuw i8, ptr %496, i32 1
  store ptr %497, ptr %7, align 8, !tbaa !9
  br label %530

498:                                              ; preds = %492
  %499 = load i32, ptr %9, align 4, !tbaa !5
  %500 = icmp eq i32 %499, 39
  br i1 %500, label %501, label %511

501:                                              ; preds = %498
  %502 = load ptr, ptr %7, align 8, !tbaa !9
  %503 = getelementptr inbounds nuw i8, ptr %502, i32 1
  store ptr %503, ptr %7, align 8, !tbaa !9
  %504 = load ptr, ptr %4, align 8, !tbaa !12
  %505 = load ptr, ptr %6, align 8, !tbaa !9
  %506 = load ptr, ptr %7, align 8, !tbaa !9
  %507 = load ptr, ptr %6, align 8, !tbaa !9
  %508 = ptrtoint ptr %506 to i64
  %509 = ptrtoint ptr %507 to i64
  %510 = sub i64 %508, %509
  call void @emit(ptr noundef %504, i32 noundef 5, ptr noundef %505, i64 noundef %510) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %529

511:                                              ; preds = %498
  %512 = load i32, ptr %9, align 4, !tbaa !5
  %513 = icmp eq i32 %512, 10
  br i1 %513, label %517, label %514

514:                                              ; preds = %511
  %515 = load i32, ptr %9, align 4, !tbaa !5
  %516 = icmp eq i32 %515, 0
  br i1 %516, label %517, label %525

517:                                              ; preds = %514, %511
  %518 = load ptr, ptr %4, align 8, !tbaa !12
  %519 = load ptr, ptr %6, align 8, !tbaa !9
  %520 = load ptr, ptr %7, align 8, !tbaa !9
  %521 = load ptr, ptr %6, align 8, !tbaa !9
  %522 = ptrtoint ptr %520 to i64
  %523 = ptrtoint ptr %521 to i64
  %524 = sub i64 %522, %523
  call void @emit(ptr noundef %518, i32 noundef 10, ptr noundef %519, i64 noundef %524) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %528

525:                                              ; preds = %514
  %526 = load ptr, ptr %7, align 8, !tbaa !9
  %527 = getelementptr inbounds nuw i8, ptr %526, i32 1
  store ptr %527, ptr %7, align 8, !tbaa !9
  br label %528

528:                                              ; preds = %525, %517
  br label %529

529:                                              ; preds = %528, %501
  br label %530

530:                                              ; preds = %529, %495
  br label %667

531:                                              ; preds = %19
  %532 = load i32, ptr %9, align 4, !tbaa !5
  %533 = icmp ne i32 %532, 0
  br i1 %533, label %534, label %537

534:                                              ; preds = %531
  %535 = load ptr, ptr %7, align 8, !tbaa !9
  %536 = getelementptr inbounds nuw i8, ptr %535, i32 1
  store ptr %536, ptr %7, align 8, !tbaa !9
  br label %537

537:                                              ; preds = %534, %531
  store i32 11, ptr %5, align 4, !tbaa !5
  br label %667

538:                                              ; preds = %19
  %539 = load i32, ptr %9, align 4, !tbaa !5
  %540 = icmp eq i32 %539, 47
  br i1 %540, label %541, label %544

541:                                              ; preds = %538
  store i32 14, ptr %5, align 4, !tbaa !5
  %542 = load ptr, ptr %7, align 8, !tbaa !9
  %543 = getelementptr inbounds nuw i8, ptr %542, i32 1
  store ptr %543, ptr %7, align 8, !tbaa !9
  br label %553

544:                                              ; preds = %538
  %545 = load i32, ptr %9, align 4, !tbaa !5
  %546 = icmp eq i32 %545, 42
  br i1 %546, label %547, label %550

547:                                              ; preds = %544
  store i32 15, ptr %5, align 4, !tbaa !5
  %548 = load ptr, ptr %7, align 8, !tbaa !9
  %549 = getelementptr inbounds nuw i8, ptr %548, i32 1
  store ptr %549, ptr %7, align 8, !tbaa !9
  br label %552

550:                                              ; preds = %544
  %551 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %551, ptr %7, align 8, !tbaa !9
  store i32 18, ptr %5, align 4, !tbaa !5
  br label %552

552:                                              ; preds = %550, %547
  br label %553

553:                                              ; preds = %552, %541
  br label %667

554:                                              ; preds = %19
  %555 = load i32, ptr %9, align 4, !tbaa !5
  %556 = icmp eq i32 %555, 10
  br i1 %556, label %560, label %557

557:                                              ; preds = %554
  %558 = load i32, ptr %9, align 4, !tbaa !5
  %559 = icmp eq i32 %558, 0
  br i1 %559, label %560, label %568

560:                                              ; preds = %557, %554
  %561 = load ptr, ptr %4, align 8, !tbaa !12
  %562 = load ptr, ptr %6, align 8, !tbaa !9
  %563 = load ptr, ptr %7, align 8, !tbaa !9
  %564 = load ptr, ptr %6, align 8, !tbaa !9
  %565 = ptrtoint ptr %563 to i64
  %566 = ptrtoint ptr %564 to i64
  %567 = sub i64 %565, %566
  call void @emit(ptr noundef %561, i32 noundef 8, ptr noundef %562, i64 noundef %567) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %571

568:                                              ; preds = %557
  %569 = load ptr, ptr %7, align 8, !tbaa !9
  %570 = getelementptr inbounds nuw i8, ptr %569, i32 1
  store ptr %570, ptr %7, align 8, !tbaa !9
  br label %571

571:                                              ; preds = %568, %560
  br label %667

572:                                              ; preds = %19
  %573 = load i32, ptr %9, align 4, !tbaa !5
  %574 = icmp eq i32 %573, 0
  br i1 %574, label %575, label %583

575:                                              ; preds = %572
  %576 = load ptr, ptr %4, align 8, !tbaa !12
  %577 = load ptr, ptr %6, align 8, !tbaa !9
  %578 = load ptr, ptr %7, align 8, !tbaa !9
  %579 = load ptr, ptr %6, align 8, !tbaa !9
  %580 = ptrtoint ptr %578 to i64
  %581 = ptrtoint ptr %579 to i64
  %582 = sub i64 %580, %581
  call void @emit(ptr noundef %576, i32 noundef 10, ptr noundef %577, i64 noundef %582) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %598

583:                                              ; preds = %572
  %584 = load i32, ptr %9, align 4, !tbaa !5
  %585 = icmp eq i32 %584, 10
  br i1 %585, label %586, label %591

586:                                              ; preds = %583
  %587 = load ptr, ptr %4, align 8, !tbaa !12
  %588 = getelementptr inbounds nuw %struct.lex_stats, ptr %587, i32 0, i32 1
  %589 = load i32, ptr %588, align 4, !tbaa !18
  %590 = add i32 %589, 1
  store i32 %590, ptr %588, align 4, !tbaa !18
  br label %591

591:                                              ; preds = %586, %583
  %592 = load i32, ptr %9, align 4, !tbaa !5
  %593 = icmp eq i32 %592, 42
  br i1 %593, label %594, label %595

594:                                              ; preds = %591
  store i32 16, ptr %5, align 4, !tbaa !5
  br label %595

595:                                              ; preds = %594, %591
  %596 = load ptr, ptr %7, align 8, !tbaa !9
  %597 = getelementptr inbounds nuw i8, ptr %596, i32 1
  store ptr %597, ptr %7, align 8, !tbaa !9
  br label %598

598:                                              ; preds = %595, %575
  br label %667

599:                                              ; preds = %19
  %600 = load i32, ptr %9, align 4, !tbaa !5
  %601 = icmp eq i32 %600, 47
  br i1 %601, label %602, label %612

602:                                              ; preds = %599
  %603 = load ptr, ptr %7, align 8, !tbaa !9
  %604 = getelementptr inbounds nuw i8, ptr %603, i32 1
  store ptr %604, ptr %7, align 8, !tbaa !9
  %605 = load ptr, ptr %4, align 8, !tbaa !12
  %606 = load ptr, ptr %6, align 8, !tbaa !9
  %607 = load ptr, ptr %7, align 8, !tbaa !9
  %608 = load ptr, ptr %6, align 8, !tbaa !9
  %609 = ptrtoint ptr %607 to i64
  %610 = ptrtoint ptr %608 to i64
  %611 = sub i64 %609, %610
  call void @emit(ptr noundef %605, i32 noundef 8, ptr noundef %606, i64 noundef %611) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %620

612:                                              ; preds = %599
  %613 = load i32, ptr %9, align 4, !tbaa !5
  %614 = icmp eq i32 %613, 42
  br i1 %614, label %615, label %618

615:                                              ; preds = %612
  %616 = load ptr, ptr %7, align 8, !tbaa !9
  %617 = getelementptr inbounds nuw i8, ptr %616, i32 1
  store ptr %617, ptr %7, align 8, !tbaa !9
  br label %619

618:                                              ; preds = %612
  store i32 15, ptr %5, align 4, !tbaa !5
  br label %619

619:                                              ; preds = %618, %615
  br label %620

620:                                              ; preds = %619, %602
  br label %667

621:                                              ; preds = %19
  %622 = load i32, ptr %9, align 4, !tbaa !5
  %623 = icmp eq i32 %622, 92
  br i1 %623, label %624, label %637

624:                                              ; preds = %621
  %625 = load ptr, ptr %7, align 8, !tbaa !9
  %626 = getelementptr inbounds i8, ptr %625, i64 1
  %627 = load i8, ptr %626, align 1, !tbaa !17
  %628 = sext i8 %627 to i32
  %629 = icmp eq i32 %628, 10
  br i1 %629, label %630, label %637

630:                                              ; preds = %624
  %631 = load ptr, ptr %4, align 8, !tbaa !12
  %632 = getelementptr inbounds nuw %struct.lex_stats, ptr %631, i32 0, i32 1
  %633 = load i32, ptr %632, align 4, !tbaa !18
  %634 = add i32 %633, 1
  store i32 %634, ptr %632, align 4, !tbaa !18
  %635 = load ptr, ptr %7, align 8, !tbaa !9
  %636 = getelementptr inbounds i8, ptr %635, i64 2
  store ptr %636, ptr %7, align 8, !tbaa !9
  br label %655

637:                                              ; preds = %624, %621
  %638 = load i32, ptr %9, align 4, !tbaa !5
  %639 = icmp eq i32 %638, 10
  br i1 %639, label %643, label %640

640:                                              ; preds = %637
  %641 = load i32, ptr %9, align 4, !tbaa !5
  %642 = icmp eq i32 %641, 0
  br i1 %642, label %643, label %651

643:                                              ; preds = %640, %637
  %644 = load ptr, ptr %4, align 8, !tbaa !12
  %645 = load ptr, ptr %6, align 8, !tbaa !9
  %646 = load ptr, ptr %7, align 8, !tbaa !9
  %647 = load ptr, ptr %6, align 8, !tbaa !9
  %648 = ptrtoint ptr %646 to i64
  %649 = ptrtoint ptr %647 to i64
  %650 = sub i64 %648, %649
  call void @emit(ptr noundef %644, i32 noundef 9, ptr noundef %645, i64 noundef %650) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %654

651:                                              ; preds = %640
  %652 = load ptr, ptr %7, align 8, !tbaa !9
  %653 = getelementptr inbounds nuw i8, ptr %652, i32 1
  store ptr %653, ptr %7, align 8, !tbaa !9
  br label %654

654:                                              ; preds = %651, %643
  br label %655

655:                                              ; preds = %654, %630
  br label %667

656:                                              ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %657 = load ptr, ptr %7, align 8, !tbaa !9
  %658 = call i32 @op_len(ptr noundef %657) #8
  store i32 %658, ptr %13, align 4, !tbaa !5
  %659 = load ptr, ptr %4, align 8, !tbaa !12
  %660 = load ptr, ptr %7, align 8, !tbaa !9
  %661 = load i32, ptr %13, align 4, !tbaa !5
  %662 = sext i32 %661 to i64
  call void @emit(ptr noundef %659, i32 noundef 6, ptr noundef %660, i64 noundef %662) #8
  %663 = load i32, ptr %13, align 4, !tbaa !5
  %664 = load ptr, ptr %7, align 8, !tbaa !9
  %665 = sext i32 %663 to i64
  %666 = getelementptr inbounds i8, ptr %664, i64 %665
  store ptr %666, ptr %7, align 8, !tbaa !9
  store i32 0, ptr %5, align 4, !tbaa !5
  store i32 4, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %667

667:                                              ; preds = %19, %656, %655, %620, %598, %571, %553, %537, %530, %491, %483, %444, %413, %391, %380, %339, %273, %225, %188, %165
  store i32 0, ptr %10, align 4
  br label %668

668:                                              ; preds = %667, %28
  call void @llvm.lifetime.end.p0(ptr %9) #6
  %669 = load i32, ptr %10, align 4
  switch i32 %669, label %671 [
    i32 0, label %670
  ]

670:                                              ; preds = %668
  br label %19

671:                                              ; preds = %668
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_ident_start(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = call ptr @__ctype_b_loc() #7
  %4 = load ptr, ptr %3, align 8, !tbaa !19
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds i16, ptr %4, i64 %6
  %8 = load i16, ptr %7, align 2, !tbaa !21
  %9 = zext i16 %8 to i32
  %10 = and i32 %9, 1024
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %15, label %12

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = icmp eq i32 %13, 95
  br label %15

15:                                               ; preds = %12, %1
  %16 = phi i1 [ true, %1 ], [ %14, %12 ]
  %17 = zext i1 %16 to i32
  ret i32 %17
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @emit(ptr noundef %0, i32 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !12
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !23
  %16 = load ptr, ptr %5, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw %struct.lex_stats, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds nuw [11 x i32], ptr %17, i64 0, i64 %19
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = add i32 %21, 1
  store i32 %22, ptr %20, align 4, !tbaa !5
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %60

25:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !23
  br label %26

26:                                               ; preds = %44, %25
  %27 = load i64, ptr %9, align 8, !tbaa !23
  %28 = load i64, ptr %8, align 8, !tbaa !23
  %29 = icmp ult i64 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %47

31:                                               ; preds = %26
  %32 = load ptr, ptr %5, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw %struct.lex_stats, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %33, align 8, !tbaa !14
  %35 = load ptr, ptr %7, align 8, !tbaa !9
  %36 = load i64, ptr %9, align 8, !tbaa !23
  %37 = getelementptr inbounds nuw i8, ptr %35, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !17
  %39 = zext i8 %38 to i32
  %40 = xor i32 %34, %39
  %41 = mul i32 %40, 16777619
  %42 = load ptr, ptr %5, align 8, !tbaa !12
  %43 = getelementptr inbounds nuw %struct.lex_stats, ptr %42, i32 0, i32 2
  store i32 %41, ptr %43, align 8, !tbaa !14
  br label %44

44:                                               ; preds = %31
  %45 = load i64, ptr %9, align 8, !tbaa !23
  %46 = add i64 %45, 1
  store i64 %46, ptr %9, align 8, !tbaa !23
  br label %26, !llvm.loop !28

47:                                               ; preds = %30
  %48 = load i64, ptr %8, align 8, !tbaa !23
  %49 = load ptr, ptr %5, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw %struct.lex_stats, ptr %49, i32 0, i32 3
  %51 = load i32, ptr %50, align 4, !tbaa !29
  %52 = zext i32 %51 to i64
  %53 = icmp ugt i64 %48, %52
  br i1 %53, label %54, label %59

54:                                               ; preds = %47
  %55 = load i64, ptr %8, align 8, !tbaa !23
  %56 = trunc i64 %55 to i32
  %57 = load ptr, ptr %5, align 8, !tbaa !12
  %58 = getelementptr inbounds nuw %struct.lex_stats, ptr %57, i32 0, i32 3
  store i32 %56, ptr %58, align 4, !tbaa !29
  br label %59

59:                                               ; preds = %54, %47
  br label %161

60:                                               ; preds = %4
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = icmp eq i32 %61, 2
  br i1 %62, label %63, label %160

63:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !30
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 10, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !23
  %64 = load i64, ptr %8, align 8, !tbaa !23
  %65 = icmp ugt i64 %64, 2
  br i1 %65, label %66, label %85

66:                                               ; preds = %63
  %67 = load ptr, ptr %7, align 8, !tbaa !9
  %68 = getelementptr inbounds i8, ptr %67, i64 0
  %69 = load i8, ptr %68, align 1, !tbaa !17
  %70 = sext i8 %69 to i32
  %71 = icmp eq i32 %70, 48
  br i1 %71, label %72, label %85

72:                                               ; preds = %66
  %73 = load ptr, ptr %7, align 8, !tbaa !9
  %74 = getelementptr inbounds i8, ptr %73, i64 1
  %75 = load i8, ptr %74, align 1, !tbaa !17
  %76 = sext i8 %75 to i32
  %77 = icmp eq i32 %76, 120
  br i1 %77, label %84, label %78

78:                                               ; preds = %72
  %79 = load ptr, ptr %7, align 8, !tbaa !9
  %80 = getelementptr inbounds i8, ptr %79, i64 1
  %81 = load i8, ptr %80, align 1, !tbaa !17
  %82 = sext i8 %81 to i32
  %83 = icmp eq i32 %82, 88
  br i1 %83, label %84, label %85

84:                                               ; preds = %78, %72
  store i32 16, ptr %11, align 4, !tbaa !5
  store i64 2, ptr %12, align 8, !tbaa !23
  br label %85

85:                                               ; preds = %84, %78, %66, %63
  br label %86

86:                                               ; preds = %151, %85
  %87 = load i64, ptr %12, align 8, !tbaa !23
  %88 = load i64, ptr %8, align 8, !tbaa !23
  %89 = icmp ult i64 %87, %88
  br i1 %89, label %90, label %104

90:                                               ; preds = %86
  %91 = call ptr @__ctype_b_loc() #7
  %92 = load ptr, ptr %91, align 8, !tbaa !19
  %93 = load ptr, ptr %7, align 8, !tbaa !9
  %94 = load i64, ptr %12, align 8, !tbaa !23
  %95 = getelementptr inbounds nuw i8, ptr %93, i64 %94
  %96 = load i8, ptr %95, align 1, !tbaa !17
  %97 = zext i8 %96 to i32
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds i16, ptr %92, i64 %98
  %100 = load i16, ptr %99, align 2, !tbaa !21
  %101 = zext i16 %100 to i32
  %102 = and i32 %101, 4096
  %103 = icmp ne i32 %102, 0
  br label %104

104:                                              ; preds = %90, %86
  %105 = phi i1 [ false, %86 ], [ %103, %90 ]
  br i1 %105, label %106, label %154

106:                                              ; preds = %104
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %107 = call ptr @__ctype_b_loc() #7
  %108 = load ptr, ptr %107, align 8, !tbaa !19
  %109 = load ptr, ptr %7, align 8, !tbaa !9
  %110 = load i64, ptr %12, align 8, !tbaa !23
  %111 = getelementptr inbounds nuw i8, ptr %109, i64 %110
  %112 = load i8, ptr %111, align 1, !tbaa !17
  %113 = zext i8 %112 to i32
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i16, ptr %108, i64 %114
  %116 = load i16, ptr %115, align 2, !tbaa !21
  %117 = zext i16 %116 to i32
  %118 = and i32 %117, 2048
  %119 = icmp ne i32 %118, 0
  br i1 %119, label %120, label %127

120:                                              ; preds = %106
  %121 = load ptr, ptr %7, align 8, !tbaa !9
  %122 = load i64, ptr %12, align 8, !tbaa !23
  %123 = getelementptr inbounds nuw i8, ptr %121, i64 %122
  %124 = load i8, ptr %123, align 1, !tbaa !17
  %125 = sext i8 %124 to i32
  %126 = sub nsw i32 %125, 48
  br label %142

127:                                              ; preds = %106
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %128 = call ptr @__ctype_tolower_loc() #7
  %129 = load ptr, ptr %128, align 8, !tbaa !31
  %130 = load ptr, ptr %7, align 8, !tbaa !9
  %131 = load i64, ptr %12, align 8, !tbaa !23
  %132 = getelementptr inbounds nuw i8, ptr %130, i64 %131
  %133 = load i8, ptr %132, align 1, !tbaa !17
  %134 = zext i8 %133 to i32
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds i32, ptr %129, i64 %135
  %137 = load i32, ptr %136, align 4, !tbaa !5
  store i32 %137, ptr %14, align 4, !tbaa !5
  %138 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %138, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %14) #6
  %139 = load i32, ptr %15, align 4, !tbaa !5
  %140 = sub nsw i32 %139, 97
  %141 = add nsw i32 %140, 10
  br label %142

142:                                              ; preds = %127, %120
  %143 = phi i32 [ %126, %120 ], [ %141, %127 ]
  store i32 %143, ptr %13, align 4, !tbaa !5
  %144 = load i64, ptr %10, align 8, !tbaa !30
  %145 = load i32, ptr %11, align 4, !tbaa !5
  %146 = zext i32 %145 to i64
  %147 = mul i64 %144, %146
  %148 = load i32, ptr %13, align 4, !tbaa !5
  %149 = zext i32 %148 to i64
  %150 = add i64 %147, %149
  store i64 %150, ptr %10, align 8, !tbaa !30
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %151

151:                                              ; preds = %142
  %152 = load i64, ptr %12, align 8, !tbaa !23
  %153 = add i64 %152, 1
  store i64 %153, ptr %12, align 8, !tbaa !23
  br label %86, !llvm.loop !33

154:                                              ; preds = %104
  %155 = load i64, ptr %10, align 8, !tbaa !30
  %156 = load ptr, ptr %5, align 8, !tbaa !12
  %157 = getelementptr inbounds nuw %struct.lex_stats, ptr %156, i32 0, i32 4
  %158 = load i64, ptr %157, align 8, !tbaa !34
  %159 = add i64 %158, %155
  store i64 %159, ptr %157, align 8, !tbaa !34
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %160

160:                                              ; preds = %154, %60
  br label %161

161:                                              ; preds = %160, %59
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_ident_char(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = call ptr @__ctype_b_loc() #7
  %4 = load ptr, ptr %3, align 8, !tbaa !19
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds i16, ptr %4, i64 %6
  %8 = load i16, ptr %7, align 2, !tbaa !21
  %9 = zext i16 %8 to i32
  %10 = and i32 %9, 8
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %15, label %12

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = icmp eq i32 %13, 95
  br label %15

15:                                               ; preds = %12, %1
  %16 = phi i1 [ true, %1 ], [ %14, %12 ]
  %17 = zext i1 %16 to i32
  ret i32 %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_keyword(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 31, ptr %7, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %56, %2
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = load i32, ptr %7, align 4, !tbaa !5
  %14 = icmp sle i32 %12, %13
  br i1 %14, label %15, label %57

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = add nsw i32 %16, %17
  %19 = sdiv i32 %18, 2
  store i32 %19, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [32 x ptr], ptr @keywords, i64 0, i64 %21
  %23 = load ptr, ptr %22, align 8, !tbaa !9
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = load i64, ptr %5, align 8, !tbaa !23
  %26 = call i32 @strncmp(ptr noundef %23, ptr noundef %24, i64 noundef %25) #9
  store i32 %26, ptr %9, align 4, !tbaa !5
  %27 = load i32, ptr %9, align 4, !tbaa !5
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %29, label %40

29:                                               ; preds = %15
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [32 x ptr], ptr @keywords, i64 0, i64 %31
  %33 = load ptr, ptr %32, align 8, !tbaa !9
  %34 = load i64, ptr %5, align 8, !tbaa !23
  %35 = getelementptr inbounds nuw i8, ptr %33, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !17
  %37 = sext i8 %36 to i32
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %40

39:                                               ; preds = %29
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %39, %29, %15
  %41 = load i32, ptr %9, align 4, !tbaa !5
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %44

43:                                               ; preds = %40
  store i32 1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %54

44:                                               ; preds = %40
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = icmp slt i32 %45, 0
  br i1 %46, label %47, label %50

47:                                               ; preds = %44
  %48 = load i32, ptr %8, align 4, !tbaa !5
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %6, align 4, !tbaa !5
  br label %53

50:                                               ; preds = %44
  %51 = load i32, ptr %8, align 4, !tbaa !5
  %52 = sub nsw i32 %51, 1
  store i32 %52, ptr %7, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %50, %47
  store i32 0, ptr %10, align 4
  br label %54

54:                                               ; preds = %53, %43
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %55 = load i32, ptr %10, align 4
  switch i32 %55, label %58 [
    i32 0, label %56
  ]

56:                                               ; preds = %54
  br label %11, !llvm.loop !35

57:                                               ; preds = %11
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %58

58:                                               ; preds = %57, %54
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %59 = load i32, ptr %3, align 4
  ret i32 %59
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @op_len(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 0, ptr %4, align 8, !tbaa !23
  br label %7

7:                                                ; preds = %20, %1
  %8 = load i64, ptr %4, align 8, !tbaa !23
  %9 = icmp ult i64 %8, 3
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  store i32 2, ptr %5, align 4
  br label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = load i64, ptr %4, align 8, !tbaa !23
  %14 = getelementptr inbounds nuw [3 x ptr], ptr @op_len.three, i64 0, i64 %13
  %15 = load ptr, ptr %14, align 8, !tbaa !9
  %16 = call i32 @strncmp(ptr noundef %12, ptr noundef %15, i64 noundef 3) #9
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %11
  store i32 3, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %23

19:                                               ; preds = %11
  br label %20

20:                                               ; preds = %19
  %21 = load i64, ptr %4, align 8, !tbaa !23
  %22 = add i64 %21, 1
  store i64 %22, ptr %4, align 8, !tbaa !23
  br label %7, !llvm.loop !36

23:                                               ; preds = %18, %10
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %24 = load i32, ptr %5, align 4
  switch i32 %24, label %64 [
    i32 2, label %25
    i32 1, label %62
  ]

25:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !23
  br label %26

26:                                               ; preds = %56, %25
  %27 = load i64, ptr %6, align 8, !tbaa !23
  %28 = icmp ult i64 %27, 20
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 5, ptr %5, align 4
  br label %59

30:                                               ; preds = %26
  %31 = load ptr, ptr %3, align 8, !tbaa !9
  %32 = getelementptr inbounds i8, ptr %31, i64 0
  %33 = load i8, ptr %32, align 1, !tbaa !17
  %34 = sext i8 %33 to i32
  %35 = load i64, ptr %6, align 8, !tbaa !23
  %36 = getelementptr inbounds nuw [20 x ptr], ptr @op_len.two, i64 0, i64 %35
  %37 = load ptr, ptr %36, align 8, !tbaa !9
  %38 = getelementptr inbounds i8, ptr %37, i64 0
  %39 = load i8, ptr %38, align 1, !tbaa !17
  %40 = sext i8 %39 to i32
  %41 = icmp eq i32 %34, %40
  br i1 %41, label %42, label %55

42:                                               ; preds = %30
  %43 = load ptr, ptr %3, align 8, !tbaa !9
  %44 = getelementptr inbounds i8, ptr %43, i64 1
  %45 = load i8, ptr %44, align 1, !tbaa !17
  %46 = sext i8 %45 to i32
  %47 = load i64, ptr %6, align 8, !tbaa !23
  %48 = getelementptr inbounds nuw [20 x ptr], ptr @op_len.two, i64 0, i64 %47
  %49 = load ptr, ptr %48, align 8, !tbaa !9
  %50 = getelementptr inbounds i8, ptr %49, i64 1
  %51 = load i8, ptr %50, align 1, !tbaa !17
  %52 = sext i8 %51 to i32
  %53 = icmp eq i32 %46, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %42
  store i32 2, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %59

55:                                               ; preds = %42, %30
  br label %56

56:                                               ; preds = %55
  %57 = load i64, ptr %6, align 8, !tbaa !23
  %58 = add i64 %57, 1
  store i64 %58, ptr %6, align 8, !tbaa !23
  br label %26, !llvm.loop !37

59:                                               ; preds = %54, %29
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %60 = load i32, ptr %5, align 4
  switch i32 %60, label %64 [
    i32 5, label %61
    i32 1, label %62
  ]

61:                                               ; preds = %59
  store i32 1, ptr %2, align 4
  br label %62

62:                                               ; preds = %61, %59, %23
  %63 = load i32, ptr %2, align 4
  ret i32 %63

64:                                               ; preds = %59, %23
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.lex_stats, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %29, %0
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 400
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %32

11:                                               ; preds = %7
  call void @lex_source(ptr noundef @sample, ptr noundef %2) #8
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %25, %11
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 11
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %28

16:                                               ; preds = %12
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = mul i32 %17, 31
  %19 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [11 x i32], ptr %19, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = add i32 %18, %23
  store i32 %24, ptr %3, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %16
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !38

28:                                               ; preds = %15
  br label %29

29:                                               ; preds = %28
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %4, align 4, !tbaa !5
  br label %7, !llvm.loop !39

32:                                               ; preds = %10
  %33 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %34 = getelementptr inbounds [11 x i32], ptr %33, i64 0, i64 0
  %35 = load i32, ptr %34, align 8, !tbaa !5
  %36 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %37 = getelementptr inbounds [11 x i32], ptr %36, i64 0, i64 1
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %40 = getelementptr inbounds [11 x i32], ptr %39, i64 0, i64 2
  %41 = load i32, ptr %40, align 8, !tbaa !5
  %42 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %43 = getelementptr inbounds [11 x i32], ptr %42, i64 0, i64 3
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %46 = getelementptr inbounds [11 x i32], ptr %45, i64 0, i64 4
  %47 = load i32, ptr %46, align 8, !tbaa !5
  %48 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %49 = getelementptr inbounds [11 x i32], ptr %48, i64 0, i64 5
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %52 = getelementptr inbounds [11 x i32], ptr %51, i64 0, i64 6
  %53 = load i32, ptr %52, align 8, !tbaa !5
  %54 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %55 = getelementptr inbounds [11 x i32], ptr %54, i64 0, i64 7
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %58 = getelementptr inbounds [11 x i32], ptr %57, i64 0, i64 8
  %59 = load i32, ptr %58, align 8, !tbaa !5
  %60 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %61 = getelementptr inbounds [11 x i32], ptr %60, i64 0, i64 9
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 0
  %64 = getelementptr inbounds [11 x i32], ptr %63, i64 0, i64 10
  %65 = load i32, ptr %64, align 8, !tbaa !5
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %35, i32 noundef %38, i32 noundef %41, i32 noundef %44, i32 noundef %47, i32 noundef %50, i32 noundef %53, i32 noundef %56, i32 noundef %59, i32 noundef %62, i32 noundef %65) #8
  %67 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 1
  %68 = load i32, ptr %67, align 4, !tbaa !18
  %69 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 3
  %70 = load i32, ptr %69, align 4, !tbaa !29
  %71 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 2
  %72 = load i32, ptr %71, align 8, !tbaa !14
  %73 = getelementptr inbounds nuw %struct.lex_stats, ptr %2, i32 0, i32 4
  %74 = load i64, ptr %73, align 8, !tbaa !34
  %75 = load i32, ptr %3, align 4, !tbaa !5
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %68, i32 noundef %70, i32 noundef %72, i64 noundef %74, i32 noundef %75) #8
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %77 = load i32, ptr %1, align 4
  ret i32 %77
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(none) }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }

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
!13 = !{!"p1 _ZTS9lex_stats", !11, i64 0}
!14 = !{!15, !6, i64 48}
!15 = !{!"lex_stats", !7, i64 0, !6, i64 44, !6, i64 48, !6, i64 52, !16, i64 56}
!16 = !{!"long long", !7, i64 0}
!17 = !{!7, !7, i64 0}
!18 = !{!15, !6, i64 44}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 short", !11, i64 0}
!21 = !{!22, !22, i64 0}
!22 = !{!"short", !7, i64 0}
!23 = !{!24, !24, i64 0}
!24 = !{!"long", !7, i64 0}
!25 = distinct !{!25, !26}
!26 = !{!"llvm.loop.mustprogress"}
!27 = distinct !{!27, !26}
!28 = distinct !{!28, !26}
!29 = !{!15, !6, i64 52}
!30 = !{!16, !16, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 int", !11, i64 0}
!33 = distinct !{!33, !26}
!34 = !{!15, !16, i64 56}
!35 = distinct !{!35, !26}
!36 = distinct !{!36, !26}
!37 = distinct !{!37, !26}
!38 = distinct !{!38, !26}
!39 = distinct !{!39, !26}
