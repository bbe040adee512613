; ModuleID = 'forth_rpn.c'
source_filename = "forth_rpn.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.forth = type { [128 x i64], i32, [64 x i32], i32, [64 x i64], [64 x i64], i32, [2048 x i32], i32, [64 x %struct.word], i32, [16 x i64], i32, i32, ptr }
%struct.word = type { [16 x i8], i32 }
%struct.prim_name = type { ptr, i32 }

@.str = private unnamed_addr constant [2 x i8] c"(\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c":\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"bad definition\00", align 1
@.str.3 = private unnamed_addr constant [24 x i8] c"unterminated definition\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c";\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"unbalanced control\00", align 1
@main.f = internal global %struct.forth zeroinitializer, align 8
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@scripts = internal constant [11 x ptr] [ptr @.str.53, ptr @.str.54, ptr @.str.55, ptr @.str.56, ptr @.str.57, ptr @.str.58, ptr @.str.59, ptr @.str.60, ptr @.str.61, ptr @.str.23, ptr @.str.62], align 16
@.str.7 = private unnamed_addr constant [41 x i8] c"ok=%d failed=%d hash=%08x last_error=%s\0A\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"if\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"else\00", align 1
@.str.10 = private unnamed_addr constant [16 x i8] c"else without if\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"then\00", align 1
@.str.12 = private unnamed_addr constant [16 x i8] c"then without if\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"do\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"loop\00", align 1
@.str.15 = private unnamed_addr constant [16 x i8] c"loop without do\00", align 1
@.str.16 = private unnamed_addr constant [13 x i8] c"unknown word\00", align 1
@.str.17 = private unnamed_addr constant [2 x i8] c"+\00", align 1
@.str.18 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.19 = private unnamed_addr constant [2 x i8] c"*\00", align 1
@.str.20 = private unnamed_addr constant [2 x i8] c"/\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"mod\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"dup\00", align 1
@.str.23 = private unnamed_addr constant [5 x i8] c"drop\00", align 1
@.str.24 = private unnamed_addr constant [5 x i8] c"swap\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.26 = private unnamed_addr constant [4 x i8] c"rot\00", align 1
@.str.27 = private unnamed_addr constant [2 x i8] c"=\00", align 1
@.str.28 = private unnamed_addr constant [2 x i8] c"<\00", align 1
@.str.29 = private unnamed_addr constant [2 x i8] c">\00", align 1
@.str.30 = private unnamed_addr constant [4 x i8] c"and\00", align 1
@.str.31 = private unnamed_addr constant [3 x i8] c"or\00", align 1
@.str.32 = private unnamed_addr constant [7 x i8] c"invert\00", align 1
@.str.33 = private unnamed_addr constant [5 x i8] c"emit\00", align 1
@.str.34 = private unnamed_addr constant [2 x i8] c".\00", align 1
@.str.35 = private unnamed_addr constant [2 x i8] c"@\00", align 1
@.str.36 = private unnamed_addr constant [2 x i8] c"!\00", align 1
@.str.37 = private unnamed_addr constant [2 x i8] c"i\00", align 1
@.str.38 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@.str.39 = private unnamed_addr constant [4 x i8] c"min\00", align 1
@.str.40 = private unnamed_addr constant [4 x i8] c"abs\00", align 1
@prim_names = internal constant [24 x { ptr, i32, [4 x i8] }] [{ ptr, i32, [4 x i8] } { ptr @.str.17, i32 8, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.18, i32 9, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.19, i32 10, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.20, i32 11, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.21, i32 12, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.22, i32 13, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.23, i32 14, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.24, i32 15, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.25, i32 16, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.26, i32 17, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.27, i32 18, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.28, i32 19, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.29, i32 20, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.30, i32 21, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.31, i32 22, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.32, i32 23, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.33, i32 24, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.34, i32 25, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.35, i32 26, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.36, i32 27, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.37, i32 7, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.38, i32 28, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.39, i32 29, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.40, i32 30, [4 x i8] zeroinitializer }], align 16
@.str.42 = private unnamed_addr constant [16 x i8] c"code space full\00", align 1
@.str.43 = private unnamed_addr constant [22 x i8] c"step budget exhausted\00", align 1
@.str.44 = private unnamed_addr constant [16 x i8] c"pc out of range\00", align 1
@.str.45 = private unnamed_addr constant [22 x i8] c"return stack overflow\00", align 1
@.str.46 = private unnamed_addr constant [13 x i8] c"loop nesting\00", align 1
@.str.47 = private unnamed_addr constant [15 x i8] c"i outside loop\00", align 1
@.str.48 = private unnamed_addr constant [17 x i8] c"division by zero\00", align 1
@.str.49 = private unnamed_addr constant [12 x i8] c"bad address\00", align 1
@.str.50 = private unnamed_addr constant [11 x i8] c"bad opcode\00", align 1
@.str.51 = private unnamed_addr constant [15 x i8] c"stack overflow\00", align 1
@.str.52 = private unnamed_addr constant [16 x i8] c"stack underflow\00", align 1
@.str.53 = private unnamed_addr constant [71 x i8] c": square dup * ; : cube dup square * ; 7 square . 5 cube . 2 3 + 4 * .\00", align 1
@.str.54 = private unnamed_addr constant [66 x i8] c": fact ( n -- n! ) 1 swap 1 + 1 do i * loop ; 10 fact . 12 fact .\00", align 1
@.str.55 = private unnamed_addr constant [71 x i8] c": fib ( n -- ) 0 1 rot 0 do over . swap over + loop drop drop ; 25 fib\00", align 1
@.str.56 = private unnamed_addr constant [87 x i8] c": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .\00", align 1
@.str.57 = private unnamed_addr constant [72 x i8] c": stars 0 do 42 emit loop 10 emit ; : tri 1 + 1 do i stars loop ; 6 tri\00", align 1
@.str.58 = private unnamed_addr constant [20 x i8] c": gcd begin ; 1 2 3\00", align 1
@.str.59 = private unnamed_addr constant [73 x i8] c": sumsq 0 swap 0 do i dup * + loop ; 100 sumsq . 0 4 ! 4 @ 1 + 4 ! 4 @ .\00", align 1
@.str.60 = private unnamed_addr constant [8 x i8] c"1 0 / .\00", align 1
@.str.61 = private unnamed_addr constant [122 x i8] c": collatz 0 swap 1000 0 do dup 1 = if else dup 2 mod if 3 * 1 + else 2 / then swap 1 + swap then loop drop ; 27 collatz .\00", align 1
@.str.62 = private unnamed_addr constant [129 x i8] c": prime? -1 swap dup 2 do dup i mod 0 = if swap drop 0 swap then loop drop ; : primes 3 do i prime? if i . then loop ; 80 primes\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @forth_eval(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [32 x i8], align 16
  %7 = alloca [32 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #8
  call void @llvm.lifetime.start.p0(ptr %7) #8
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %15 = load ptr, ptr %5, align 8, !tbaa !12
  store ptr %15, ptr %9, align 8, !tbaa !12
  br label %16

16:                                               ; preds = %199, %169, %51, %2
  %17 = load ptr, ptr %9, align 8, !tbaa !12
  %18 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %19 = call ptr @next_token(ptr noundef %17, ptr noundef %18, i64 noundef 32) #9
  store ptr %19, ptr %9, align 8, !tbaa !12
  %20 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %21 = load i8, ptr %20, align 16, !tbaa !14
  %22 = icmp ne i8 %21, 0
  br i1 %22, label %24, label %23

23:                                               ; preds = %16
  store i32 0, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %200

24:                                               ; preds = %16
  %25 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %26 = call i32 @strcmp(ptr noundef %25, ptr noundef @.str) #10
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %52

28:                                               ; preds = %24
  br label %29

29:                                               ; preds = %41, %28
  %30 = load ptr, ptr %9, align 8, !tbaa !12
  %31 = load i8, ptr %30, align 1, !tbaa !14
  %32 = sext i8 %31 to i32
  %33 = icmp ne i32 %32, 0
  br i1 %33, label %34, label %39

34:                                               ; preds = %29
  %35 = load ptr, ptr %9, align 8, !tbaa !12
  %36 = load i8, ptr %35, align 1, !tbaa !14
  %37 = sext i8 %36 to i32
  %38 = icmp ne i32 %37, 41
  br label %39

39:                                               ; preds = %34, %29
  %40 = phi i1 [ false, %29 ], [ %38, %34 ]
  br i1 %40, label %41, label %44

41:                                               ; preds = %39
  %42 = load ptr, ptr %9, align 8, !tbaa !12
  %43 = getelementptr inbounds nuw i8, ptr %42, i32 1
  store ptr %43, ptr %9, align 8, !tbaa !12
  br label %29, !llvm.loop !15

44:                                               ; preds = %39
  %45 = load ptr, ptr %9, align 8, !tbaa !12
  %46 = load i8, ptr %45, align 1, !tbaa !14
  %47 = icmp ne i8 %46, 0
  br i1 %47, label %48, label %51

48:                                               ; preds = %44
  %49 = load ptr, ptr %9, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw i8, ptr %49, i32 1
  store ptr %50, ptr %9, align 8, !tbaa !12
  br label %51

51:                                               ; preds = %48, %44
  br label %16

52:                                               ; preds = %24
  %53 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %54 = call i32 @strcmp(ptr noundef %53, ptr noundef @.str.1) #10
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %56, label %171

56:                                               ; preds = %52
  %57 = load ptr, ptr %9, align 8, !tbaa !12
  %58 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %59 = call ptr @next_token(ptr noundef %57, ptr noundef %58, i64 noundef 32) #9
  store ptr %59, ptr %9, align 8, !tbaa !12
  %60 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %61 = load i8, ptr %60, align 16, !tbaa !14
  %62 = icmp ne i8 %61, 0
  br i1 %62, label %63, label %68

63:                                               ; preds = %56
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.forth, ptr %64, i32 0, i32 10
  %66 = load i32, ptr %65, align 8, !tbaa !17
  %67 = icmp sge i32 %66, 64
  br i1 %67, label %68, label %71

68:                                               ; preds = %63, %56
  %69 = load ptr, ptr %4, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.forth, ptr %69, i32 0, i32 14
  store ptr @.str.2, ptr %70, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %200

71:                                               ; preds = %63
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %72 = load ptr, ptr %4, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.forth, ptr %72, i32 0, i32 9
  %74 = load ptr, ptr %4, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.forth, ptr %74, i32 0, i32 10
  %76 = load i32, ptr %75, align 8, !tbaa !17
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [64 x %struct.word], ptr %73, i64 0, i64 %77
  store ptr %78, ptr %11, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %79 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %80 = call i64 @strlen(ptr noundef %79) #10
  %81 = icmp ult i64 %80, 15
  br i1 %81, label %82, label %85

82:                                               ; preds = %71
  %83 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %84 = call i64 @strlen(ptr noundef %83) #10
  br label %86

85:                                               ; preds = %71
  br label %86

86:                                               ; preds = %85, %82
  %87 = phi i64 [ %84, %82 ], [ 15, %85 ]
  store i64 %87, ptr %12, align 8, !tbaa !22
  %88 = load ptr, ptr %11, align 8, !tbaa !20
  %89 = getelementptr inbounds nuw %struct.word, ptr %88, i32 0, i32 0
  %90 = getelementptr inbounds [16 x i8], ptr %89, i64 0, i64 0
  %91 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %92 = load i64, ptr %12, align 8, !tbaa !22
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %90, ptr align 16 %91, i64 %92, i1 false)
  %93 = load ptr, ptr %11, align 8, !tbaa !20
  %94 = getelementptr inbounds nuw %struct.word, ptr %93, i32 0, i32 0
  %95 = load i64, ptr %12, align 8, !tbaa !22
  %96 = getelementptr inbounds nuw [16 x i8], ptr %94, i64 0, i64 %95
  store i8 0, ptr %96, align 1, !tbaa !14
  %97 = load ptr, ptr %4, align 8, !tbaa !9
  %98 = getelementptr inbounds nuw %struct.forth, ptr %97, i32 0, i32 8
  %99 = load i32, ptr %98, align 4, !tbaa !24
  %100 = load ptr, ptr %11, align 8, !tbaa !20
  %101 = getelementptr inbounds nuw %struct.word, ptr %100, i32 0, i32 1
  store i32 %99, ptr %101, align 4, !tbaa !25
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %102

102:                                              ; preds = %152, %144, %86
  %103 = load ptr, ptr %9, align 8, !tbaa !12
  %104 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %105 = call ptr @next_token(ptr noundef %103, ptr noundef %104, i64 noundef 32) #9
  store ptr %105, ptr %9, align 8, !tbaa !12
  %106 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %107 = load i8, ptr %106, align 16, !tbaa !14
  %108 = icmp ne i8 %107, 0
  br i1 %108, label %112, label %109

109:                                              ; preds = %102
  %110 = load ptr, ptr %4, align 8, !tbaa !9
  %111 = getelementptr inbounds nuw %struct.forth, ptr %110, i32 0, i32 14
  store ptr @.str.3, ptr %111, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %169

112:                                              ; preds = %102
  %113 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %114 = call i32 @strcmp(ptr noundef %113, ptr noundef @.str.4) #10
  %115 = icmp eq i32 %114, 0
  br i1 %115, label %116, label %117

116:                                              ; preds = %112
  br label %153

117:                                              ; preds = %112
  %118 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %119 = call i32 @strcmp(ptr noundef %118, ptr noundef @.str) #10
  %120 = icmp eq i32 %119, 0
  br i1 %120, label %121, label %145

121:                                              ; preds = %117
  br label %122

122:                                              ; preds = %134, %121
  %123 = load ptr, ptr %9, align 8, !tbaa !12
  %124 = load i8, ptr %123, align 1, !tbaa !14
  %125 = sext i8 %124 to i32
  %126 = icmp ne i32 %125, 0
  br i1 %126, label %127, label %132

127:                                              ; preds = %122
  %128 = load ptr, ptr %9, align 8, !tbaa !12
  %129 = load i8, ptr %128, align 1, !tbaa !14
  %130 = sext i8 %129 to i32
  %131 = icmp ne i32 %130, 41
  br label %132

132:                                              ; preds = %127, %122
  %133 = phi i1 [ false, %122 ], [ %131, %127 ]
  br i1 %133, label %134, label %137

134:                                              ; preds = %132
  %135 = load ptr, ptr %9, align 8, !tbaa !12
  %136 = getelementptr inbounds nuw i8, ptr %135, i32 1
  store ptr %136, ptr %9, align 8, !tbaa !12
  br label %122, !llvm.loop !27

137:                                              ; preds = %132
  %138 = load ptr, ptr %9, align 8, !tbaa !12
  %139 = load i8, ptr %138, align 1, !tbaa !14
  %140 = icmp ne i8 %139, 0
  br i1 %140, label %141, label %144

141:                                              ; preds = %137
  %142 = load ptr, ptr %9, align 8, !tbaa !12
  %143 = getelementptr inbounds nuw i8, ptr %142, i32 1
  store ptr %143, ptr %9, align 8, !tbaa !12
  br label %144

144:                                              ; preds = %141, %137
  br label %102

145:                                              ; preds = %117
  %146 = load ptr, ptr %4, align 8, !tbaa !9
  %147 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %148 = getelementptr inbounds [32 x i32], ptr %7, i64 0, i64 0
  %149 = call i32 @compile_token(ptr noundef %146, ptr noundef %147, ptr noundef %148, ptr noundef %8) #9
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %151, label %152

151:                                              ; preds = %145
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %169

152:                                              ; preds = %145
  br label %102

153:                                              ; preds = %116
  %154 = load i32, ptr %8, align 4, !tbaa !5
  %155 = icmp ne i32 %154, 0
  br i1 %155, label %156, label %159

156:                                              ; preds = %153
  %157 = load ptr, ptr %4, align 8, !tbaa !9
  %158 = getelementptr inbounds nuw %struct.forth, ptr %157, i32 0, i32 14
  store ptr @.str.5, ptr %158, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %169

159:                                              ; preds = %153
  %160 = load ptr, ptr %4, align 8, !tbaa !9
  %161 = call i32 @emit_code(ptr noundef %160, i32 noundef 2) #9
  %162 = icmp ne i32 %161, 0
  br i1 %162, label %163, label %164

163:                                              ; preds = %159
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %169

164:                                              ; preds = %159
  %165 = load ptr, ptr %4, align 8, !tbaa !9
  %166 = getelementptr inbounds nuw %struct.forth, ptr %165, i32 0, i32 10
  %167 = load i32, ptr %166, align 8, !tbaa !17
  %168 = add nsw i32 %167, 1
  store i32 %168, ptr %166, align 8, !tbaa !17
  store i32 3, ptr %10, align 4
  br label %169

169:                                              ; preds = %164, %163, %156, %151, %109
  call void @llvm.lifetime.end.p0(ptr %12) #8
  call void @llvm.lifetime.end.p0(ptr %11) #8
  %170 = load i32, ptr %10, align 4
  switch i32 %170, label %200 [
    i32 3, label %16
  ]

171:                                              ; preds = %52
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %172 = load ptr, ptr %4, align 8, !tbaa !9
  %173 = getelementptr inbounds nuw %struct.forth, ptr %172, i32 0, i32 8
  %174 = load i32, ptr %173, align 4, !tbaa !24
  store i32 %174, ptr %13, align 4, !tbaa !5
  store i32 0, ptr %8, align 4, !tbaa !5
  %175 = load ptr, ptr %4, align 8, !tbaa !9
  %176 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %177 = getelementptr inbounds [32 x i32], ptr %7, i64 0, i64 0
  %178 = call i32 @compile_token(ptr noundef %175, ptr noundef %176, ptr noundef %177, ptr noundef %8) #9
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %184, label %180

180:                                              ; preds = %171
  %181 = load ptr, ptr %4, align 8, !tbaa !9
  %182 = call i32 @emit_code(ptr noundef %181, i32 noundef 2) #9
  %183 = icmp ne i32 %182, 0
  br i1 %183, label %184, label %185

184:                                              ; preds = %180, %171
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %197

185:                                              ; preds = %180
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %186 = load ptr, ptr %4, align 8, !tbaa !9
  %187 = load i32, ptr %13, align 4, !tbaa !5
  %188 = call i32 @execute(ptr noundef %186, i32 noundef %187) #9
  store i32 %188, ptr %14, align 4, !tbaa !5
  %189 = load i32, ptr %13, align 4, !tbaa !5
  %190 = load ptr, ptr %4, align 8, !tbaa !9
  %191 = getelementptr inbounds nuw %struct.forth, ptr %190, i32 0, i32 8
  store i32 %189, ptr %191, align 4, !tbaa !24
  %192 = load i32, ptr %14, align 4, !tbaa !5
  %193 = icmp ne i32 %192, 0
  br i1 %193, label %194, label %195

194:                                              ; preds = %185
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %196

195:                                              ; preds = %185
  store i32 0, ptr %10, align 4
  br label %196

196:                                              ; preds = %195, %194
  call void @llvm.lifetime.end.p0(ptr %14) #8
  br label %197

197:                                              ; preds = %196, %184
  call void @llvm.lifetime.end.p0(ptr %13) #8
  %198 = load i32, ptr %10, align 4
  switch i32 %198, label %200 [
    i32 0, label %199
  ]

199:                                              ; preds = %197
  br label %16

200:                                              ; preds = %197, %169, %68, %23
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %201 = load i32, ptr %3, align 4
  ret i32 %201
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @next_token(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !12
  store ptr %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !22
  br label %10

10:                                               ; preds = %29, %3
  %11 = load ptr, ptr %4, align 8, !tbaa !12
  %12 = load i8, ptr %11, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %27

15:                                               ; preds = %10
  %16 = call ptr @__ctype_b_loc() #11
  %17 = load ptr, ptr %16, align 8, !tbaa !28
  %18 = load ptr, ptr %4, align 8, !tbaa !12
  %19 = load i8, ptr %18, align 1, !tbaa !14
  %20 = zext i8 %19 to i32
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i16, ptr %17, i64 %21
  %23 = load i16, ptr %22, align 2, !tbaa !30
  %24 = zext i16 %23 to i32
  %25 = and i32 %24, 8192
  %26 = icmp ne i32 %25, 0
  br label %27

27:                                               ; preds = %15, %10
  %28 = phi i1 [ false, %10 ], [ %26, %15 ]
  br i1 %28, label %29, label %32

29:                                               ; preds = %27
  %30 = load ptr, ptr %4, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw i8, ptr %30, i32 1
  store ptr %31, ptr %4, align 8, !tbaa !12
  br label %10, !llvm.loop !32

32:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !22
  br label %33

33:                                               ; preds = %74, %32
  %34 = load ptr, ptr %4, align 8, !tbaa !12
  %35 = load i8, ptr %34, align 1, !tbaa !14
  %36 = sext i8 %35 to i32
  %37 = icmp ne i32 %36, 0
  br i1 %37, label %38, label %51

38:                                               ; preds = %33
  %39 = call ptr @__ctype_b_loc() #11
  %40 = load ptr, ptr %39, align 8, !tbaa !28
  %41 = load ptr, ptr %4, align 8, !tbaa !12
  %42 = load i8, ptr %41, align 1, !tbaa !14
  %43 = zext i8 %42 to i32
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i16, ptr %40, i64 %44
  %46 = load i16, ptr %45, align 2, !tbaa !30
  %47 = zext i16 %46 to i32
  %48 = and i32 %47, 8192
  %49 = icmp ne i32 %48, 0
  %50 = xor i1 %49, true
  br label %51

51:                                               ; preds = %38, %33
  %52 = phi i1 [ false, %33 ], [ %50, %38 ]
  br i1 %52, label %53, label %77

53:                                               ; preds = %51
  %54 = load i64, ptr %7, align 8, !tbaa !22
  %55 = add i64 %54, 1
  %56 = load i64, ptr %6, align 8, !tbaa !22
  %57 = icmp ult i64 %55, %56
  br i1 %57, label %58, label %74

58:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %59 = call ptr @__ctype_tolower_loc() #11
  %60 = load ptr, ptr %59, align 8, !tbaa !33
  %61 = load ptr, ptr %4, align 8, !tbaa !12
  %62 = load i8, ptr %61, align 1, !tbaa !14
  %63 = zext i8 %62 to i32
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds i32, ptr %60, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  store i32 %66, ptr %8, align 4, !tbaa !5
  %67 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %67, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %68 = load i32, ptr %9, align 4, !tbaa !5
  %69 = trunc i32 %68 to i8
  %70 = load ptr, ptr %5, align 8, !tbaa !12
  %71 = load i64, ptr %7, align 8, !tbaa !22
  %72 = add i64 %71, 1
  store i64 %72, ptr %7, align 8, !tbaa !22
  %73 = getelementptr inbounds nuw i8, ptr %70, i64 %71
  store i8 %69, ptr %73, align 1, !tbaa !14
  br label %74

74:                                               ; preds = %58, %53
  %75 = load ptr, ptr %4, align 8, !tbaa !12
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 1
  store ptr %76, ptr %4, align 8, !tbaa !12
  br label %33, !llvm.loop !35

77:                                               ; preds = %51
  %78 = load ptr, ptr %5, align 8, !tbaa !12
  %79 = load i64, ptr %7, align 8, !tbaa !22
  %80 = getelementptr inbounds nuw i8, ptr %78, i64 %79
  store i8 0, ptr %80, align 1, !tbaa !14
  %81 = load ptr, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret ptr %81
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @compile_token(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !33
  store ptr %3, ptr %9, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %10) #8
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %14 = load ptr, ptr %7, align 8, !tbaa !12
  %15 = call i32 @strcmp(ptr noundef %14, ptr noundef @.str.8) #10
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %34

17:                                               ; preds = %4
  %18 = load ptr, ptr %6, align 8, !tbaa !9
  %19 = call i32 @emit_code(ptr noundef %18, i32 noundef 4) #9
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %17
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

22:                                               ; preds = %17
  %23 = load ptr, ptr %6, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.forth, ptr %23, i32 0, i32 8
  %25 = load i32, ptr %24, align 4, !tbaa !24
  %26 = load ptr, ptr %8, align 8, !tbaa !33
  %27 = load ptr, ptr %9, align 8, !tbaa !33
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %27, align 4, !tbaa !5
  %30 = sext i32 %28 to i64
  %31 = getelementptr inbounds i32, ptr %26, i64 %30
  store i32 %25, ptr %31, align 4, !tbaa !5
  %32 = load ptr, ptr %6, align 8, !tbaa !9
  %33 = call i32 @emit_code(ptr noundef %32, i32 noundef 0) #9
  store i32 %33, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

34:                                               ; preds = %4
  %35 = load ptr, ptr %7, align 8, !tbaa !12
  %36 = call i32 @strcmp(ptr noundef %35, ptr noundef @.str.9) #10
  %37 = icmp eq i32 %36, 0
  br i1 %37, label %38, label %81

38:                                               ; preds = %34
  %39 = load ptr, ptr %9, align 8, !tbaa !33
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = icmp sle i32 %40, 0
  br i1 %41, label %42, label %45

42:                                               ; preds = %38
  %43 = load ptr, ptr %6, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.forth, ptr %43, i32 0, i32 14
  store ptr @.str.10, ptr %44, align 8, !tbaa !19
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

45:                                               ; preds = %38
  %46 = load ptr, ptr %6, align 8, !tbaa !9
  %47 = call i32 @emit_code(ptr noundef %46, i32 noundef 3) #9
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %50

49:                                               ; preds = %45
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

50:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %51 = load ptr, ptr %8, align 8, !tbaa !33
  %52 = load ptr, ptr %9, align 8, !tbaa !33
  %53 = load i32, ptr %52, align 4, !tbaa !5
  %54 = add nsw i32 %53, -1
  store i32 %54, ptr %52, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds i32, ptr %51, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  store i32 %57, ptr %13, align 4, !tbaa !5
  %58 = load ptr, ptr %6, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.forth, ptr %58, i32 0, i32 8
  %60 = load i32, ptr %59, align 4, !tbaa !24
  %61 = load ptr, ptr %8, align 8, !tbaa !33
  %62 = load ptr, ptr %9, align 8, !tbaa !33
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %62, align 4, !tbaa !5
  %65 = sext i32 %63 to i64
  %66 = getelementptr inbounds i32, ptr %61, i64 %65
  store i32 %60, ptr %66, align 4, !tbaa !5
  %67 = load ptr, ptr %6, align 8, !tbaa !9
  %68 = call i32 @emit_code(ptr noundef %67, i32 noundef 0) #9
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %70, label %71

70:                                               ; preds = %50
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %80

71:                                               ; preds = %50
  %72 = load ptr, ptr %6, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.forth, ptr %72, i32 0, i32 8
  %74 = load i32, ptr %73, align 4, !tbaa !24
  %75 = load ptr, ptr %6, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.forth, ptr %75, i32 0, i32 7
  %77 = load i32, ptr %13, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [2048 x i32], ptr %76, i64 0, i64 %78
  store i32 %74, ptr %79, align 4, !tbaa !5
  store i32 0, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %80

80:                                               ; preds = %71, %70
  call void @llvm.lifetime.end.p0(ptr %13) #8
  br label %198

81:                                               ; preds = %34
  %82 = load ptr, ptr %7, align 8, !tbaa !12
  %83 = call i32 @strcmp(ptr noundef %82, ptr noundef @.str.11) #10
  %84 = icmp eq i32 %83, 0
  br i1 %84, label %85, label %107

85:                                               ; preds = %81
  %86 = load ptr, ptr %9, align 8, !tbaa !33
  %87 = load i32, ptr %86, align 4, !tbaa !5
  %88 = icmp sle i32 %87, 0
  br i1 %88, label %89, label %92

89:                                               ; preds = %85
  %90 = load ptr, ptr %6, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw %struct.forth, ptr %90, i32 0, i32 14
  store ptr @.str.12, ptr %91, align 8, !tbaa !19
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

92:                                               ; preds = %85
  %93 = load ptr, ptr %6, align 8, !tbaa !9
  %94 = getelementptr inbounds nuw %struct.forth, ptr %93, i32 0, i32 8
  %95 = load i32, ptr %94, align 4, !tbaa !24
  %96 = load ptr, ptr %6, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw %struct.forth, ptr %96, i32 0, i32 7
  %98 = load ptr, ptr %8, align 8, !tbaa !33
  %99 = load ptr, ptr %9, align 8, !tbaa !33
  %100 = load i32, ptr %99, align 4, !tbaa !5
  %101 = add nsw i32 %100, -1
  store i32 %101, ptr %99, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds i32, ptr %98, i64 %102
  %104 = load i32, ptr %103, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [2048 x i32], ptr %97, i64 0, i64 %105
  store i32 %95, ptr %106, align 4, !tbaa !5
  store i32 0, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

107:                                              ; preds = %81
  %108 = load ptr, ptr %7, align 8, !tbaa !12
  %109 = call i32 @strcmp(ptr noundef %108, ptr noundef @.str.13) #10
  %110 = icmp eq i32 %109, 0
  br i1 %110, label %111, label %126

111:                                              ; preds = %107
  %112 = load ptr, ptr %6, align 8, !tbaa !9
  %113 = call i32 @emit_code(ptr noundef %112, i32 noundef 5) #9
  %114 = icmp ne i32 %113, 0
  br i1 %114, label %115, label %116

115:                                              ; preds = %111
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

116:                                              ; preds = %111
  %117 = load ptr, ptr %6, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw %struct.forth, ptr %117, i32 0, i32 8
  %119 = load i32, ptr %118, align 4, !tbaa !24
  %120 = load ptr, ptr %8, align 8, !tbaa !33
  %121 = load ptr, ptr %9, align 8, !tbaa !33
  %122 = load i32, ptr %121, align 4, !tbaa !5
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %121, align 4, !tbaa !5
  %124 = sext i32 %122 to i64
  %125 = getelementptr inbounds i32, ptr %120, i64 %124
  store i32 %119, ptr %125, align 4, !tbaa !5
  store i32 0, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

126:                                              ; preds = %107
  %127 = load ptr, ptr %7, align 8, !tbaa !12
  %128 = call i32 @strcmp(ptr noundef %127, ptr noundef @.str.14) #10
  %129 = icmp eq i32 %128, 0
  br i1 %129, label %130, label %152

130:                                              ; preds = %126
  %131 = load ptr, ptr %9, align 8, !tbaa !33
  %132 = load i32, ptr %131, align 4, !tbaa !5
  %133 = icmp sle i32 %132, 0
  br i1 %133, label %134, label %137

134:                                              ; preds = %130
  %135 = load ptr, ptr %6, align 8, !tbaa !9
  %136 = getelementptr inbounds nuw %struct.forth, ptr %135, i32 0, i32 14
  store ptr @.str.15, ptr %136, align 8, !tbaa !19
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

137:                                              ; preds = %130
  %138 = load ptr, ptr %6, align 8, !tbaa !9
  %139 = call i32 @emit_code(ptr noundef %138, i32 noundef 6) #9
  %140 = icmp ne i32 %139, 0
  br i1 %140, label %141, label %142

141:                                              ; preds = %137
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

142:                                              ; preds = %137
  %143 = load ptr, ptr %6, align 8, !tbaa !9
  %144 = load ptr, ptr %8, align 8, !tbaa !33
  %145 = load ptr, ptr %9, align 8, !tbaa !33
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = add nsw i32 %146, -1
  store i32 %147, ptr %145, align 4, !tbaa !5
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds i32, ptr %144, i64 %148
  %150 = load i32, ptr %149, align 4, !tbaa !5
  %151 = call i32 @emit_code(ptr noundef %143, i32 noundef %150) #9
  store i32 %151, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

152:                                              ; preds = %126
  %153 = load ptr, ptr %6, align 8, !tbaa !9
  %154 = load ptr, ptr %7, align 8, !tbaa !12
  %155 = call i32 @find_word(ptr noundef %153, ptr noundef %154) #9
  store i32 %155, ptr %11, align 4, !tbaa !5
  %156 = icmp sge i32 %155, 0
  br i1 %156, label %157, label %172

157:                                              ; preds = %152
  %158 = load ptr, ptr %6, align 8, !tbaa !9
  %159 = call i32 @emit_code(ptr noundef %158, i32 noundef 1) #9
  %160 = icmp ne i32 %159, 0
  br i1 %160, label %161, label %162

161:                                              ; preds = %157
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

162:                                              ; preds = %157
  %163 = load ptr, ptr %6, align 8, !tbaa !9
  %164 = load ptr, ptr %6, align 8, !tbaa !9
  %165 = getelementptr inbounds nuw %struct.forth, ptr %164, i32 0, i32 9
  %166 = load i32, ptr %11, align 4, !tbaa !5
  %167 = sext i32 %166 to i64
  %168 = getelementptr inbounds [64 x %struct.word], ptr %165, i64 0, i64 %167
  %169 = getelementptr inbounds nuw %struct.word, ptr %168, i32 0, i32 1
  %170 = load i32, ptr %169, align 4, !tbaa !25
  %171 = call i32 @emit_code(ptr noundef %163, i32 noundef %170) #9
  store i32 %171, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

172:                                              ; preds = %152
  %173 = load ptr, ptr %7, align 8, !tbaa !12
  %174 = call i32 @find_prim(ptr noundef %173) #9
  store i32 %174, ptr %11, align 4, !tbaa !5
  %175 = icmp sge i32 %174, 0
  br i1 %175, label %176, label %180

176:                                              ; preds = %172
  %177 = load ptr, ptr %6, align 8, !tbaa !9
  %178 = load i32, ptr %11, align 4, !tbaa !5
  %179 = call i32 @emit_code(ptr noundef %177, i32 noundef %178) #9
  store i32 %179, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

180:                                              ; preds = %172
  %181 = load ptr, ptr %7, align 8, !tbaa !12
  %182 = call i32 @parse_number(ptr noundef %181, ptr noundef %10) #9
  %183 = icmp ne i32 %182, 0
  br i1 %183, label %184, label %195

184:                                              ; preds = %180
  %185 = load ptr, ptr %6, align 8, !tbaa !9
  %186 = call i32 @emit_code(ptr noundef %185, i32 noundef 0) #9
  %187 = icmp ne i32 %186, 0
  br i1 %187, label %188, label %189

188:                                              ; preds = %184
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

189:                                              ; preds = %184
  %190 = load ptr, ptr %6, align 8, !tbaa !9
  %191 = load i64, ptr %10, align 8, !tbaa !22
  %192 = call i64 @wrap(i64 noundef %191) #9
  %193 = trunc i64 %192 to i32
  %194 = call i32 @emit_code(ptr noundef %190, i32 noundef %193) #9
  store i32 %194, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

195:                                              ; preds = %180
  %196 = load ptr, ptr %6, align 8, !tbaa !9
  %197 = getelementptr inbounds nuw %struct.forth, ptr %196, i32 0, i32 14
  store ptr @.str.16, ptr %197, align 8, !tbaa !19
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %198

198:                                              ; preds = %195, %189, %188, %176, %162, %161, %142, %141, %134, %116, %115, %92, %89, %80, %49, %42, %22, %21
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %199 = load i32, ptr %5, align 4
  ret i32 %199
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @emit_code(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.forth, ptr %6, i32 0, i32 8
  %8 = load i32, ptr %7, align 4, !tbaa !24
  %9 = icmp sge i32 %8, 2048
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.forth, ptr %11, i32 0, i32 14
  store ptr @.str.42, ptr %12, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  br label %23

13:                                               ; preds = %2
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.forth, ptr %15, i32 0, i32 7
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.forth, ptr %17, i32 0, i32 8
  %19 = load i32, ptr %18, align 4, !tbaa !24
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %18, align 4, !tbaa !24
  %21 = sext i32 %19 to i64
  %22 = getelementptr inbounds [2048 x i32], ptr %16, i64 0, i64 %21
  store i32 %14, ptr %22, align 4, !tbaa !5
  store i32 0, ptr %3, align 4
  br label %23

23:                                               ; preds = %13, %10
  %24 = load i32, ptr %3, align 4
  ret i32 %24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @execute(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  call void @llvm.lifetime.start.p0(ptr %7) #8
  call void @llvm.lifetime.start.p0(ptr %8) #8
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.forth, ptr %13, i32 0, i32 3
  %15 = load i32, ptr %14, align 4, !tbaa !36
  store i32 %15, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i64 2000000, ptr %10, align 8, !tbaa !22
  br label %16

16:                                               ; preds = %533, %2
  %17 = load i64, ptr %10, align 8, !tbaa !22
  %18 = add nsw i64 %17, -1
  store i64 %18, ptr %10, align 8, !tbaa !22
  %19 = icmp slt i64 %18, 0
  br i1 %19, label %20, label %23

20:                                               ; preds = %16
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.forth, ptr %21, i32 0, i32 14
  store ptr @.str.43, ptr %22, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %534

23:                                               ; preds = %16
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = icmp slt i32 %24, 0
  br i1 %25, label %32, label %26

26:                                               ; preds = %23
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.forth, ptr %28, i32 0, i32 8
  %30 = load i32, ptr %29, align 4, !tbaa !24
  %31 = icmp sge i32 %27, %30
  br i1 %31, label %32, label %35

32:                                               ; preds = %26, %23
  %33 = load ptr, ptr %4, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.forth, ptr %33, i32 0, i32 14
  store ptr @.str.44, ptr %34, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %534

35:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %36 = load ptr, ptr %4, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.forth, ptr %36, i32 0, i32 7
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %5, align 4, !tbaa !5
  %40 = sext i32 %38 to i64
  %41 = getelementptr inbounds [2048 x i32], ptr %37, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  store i32 %42, ptr %12, align 4, !tbaa !5
  %43 = load i32, ptr %12, align 4, !tbaa !5
  switch i32 %43, label %527 [
    i32 0, label %44
    i32 1, label %58
    i32 2, label %83
    i32 3, label %100
    i32 4, label %107
    i32 5, label %127
    i32 6, label %165
    i32 7, label %209
    i32 8, label %232
    i32 9, label %232
    i32 10, label %232
    i32 11, label %232
    i32 12, label %232
    i32 18, label %232
    i32 19, label %232
    i32 20, label %232
    i32 21, label %232
    i32 22, label %232
    i32 28, label %232
    i32 29, label %232
    i32 13, label %333
    i32 14, label %349
    i32 15, label %355
    i32 16, label %375
    i32 17, label %400
    i32 23, label %429
    i32 30, label %441
    i32 24, label %460
    i32 25, label %470
    i32 26, label %478
    i32 27, label %503
  ]

44:                                               ; preds = %35
  %45 = load ptr, ptr %4, align 8, !tbaa !9
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.forth, ptr %46, i32 0, i32 7
  %48 = load i32, ptr %5, align 4, !tbaa !5
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %5, align 4, !tbaa !5
  %50 = sext i32 %48 to i64
  %51 = getelementptr inbounds [2048 x i32], ptr %47, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = call i32 @push(ptr noundef %45, i64 noundef %53) #9
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %56, label %57

56:                                               ; preds = %44
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

57:                                               ; preds = %44
  br label %530

58:                                               ; preds = %35
  %59 = load ptr, ptr %4, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw %struct.forth, ptr %59, i32 0, i32 3
  %61 = load i32, ptr %60, align 4, !tbaa !36
  %62 = icmp sge i32 %61, 64
  br i1 %62, label %63, label %66

63:                                               ; preds = %58
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.forth, ptr %64, i32 0, i32 14
  store ptr @.str.45, ptr %65, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

66:                                               ; preds = %58
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  %69 = load ptr, ptr %4, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.forth, ptr %69, i32 0, i32 2
  %71 = load ptr, ptr %4, align 8, !tbaa !9
  %72 = getelementptr inbounds nuw %struct.forth, ptr %71, i32 0, i32 3
  %73 = load i32, ptr %72, align 4, !tbaa !36
  %74 = add nsw i32 %73, 1
  store i32 %74, ptr %72, align 4, !tbaa !36
  %75 = sext i32 %73 to i64
  %76 = getelementptr inbounds [64 x i32], ptr %70, i64 0, i64 %75
  store i32 %68, ptr %76, align 4, !tbaa !5
  %77 = load ptr, ptr %4, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.forth, ptr %77, i32 0, i32 7
  %79 = load i32, ptr %5, align 4, !tbaa !5
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [2048 x i32], ptr %78, i64 0, i64 %80
  %82 = load i32, ptr %81, align 4, !tbaa !5
  store i32 %82, ptr %5, align 4, !tbaa !5
  br label %530

83:                                               ; preds = %35
  %84 = load ptr, ptr %4, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw %struct.forth, ptr %84, i32 0, i32 3
  %86 = load i32, ptr %85, align 4, !tbaa !36
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = icmp eq i32 %86, %87
  br i1 %88, label %89, label %90

89:                                               ; preds = %83
  store i32 0, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

90:                                               ; preds = %83
  %91 = load ptr, ptr %4, align 8, !tbaa !9
  %92 = getelementptr inbounds nuw %struct.forth, ptr %91, i32 0, i32 2
  %93 = load ptr, ptr %4, align 8, !tbaa !9
  %94 = getelementptr inbounds nuw %struct.forth, ptr %93, i32 0, i32 3
  %95 = load i32, ptr %94, align 4, !tbaa !36
  %96 = add nsw i32 %95, -1
  store i32 %96, ptr %94, align 4, !tbaa !36
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [64 x i32], ptr %92, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !5
  store i32 %99, ptr %5, align 4, !tbaa !5
  br label %530

100:                                              ; preds = %35
  %101 = load ptr, ptr %4, align 8, !tbaa !9
  %102 = getelementptr inbounds nuw %struct.forth, ptr %101, i32 0, i32 7
  %103 = load i32, ptr %5, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds [2048 x i32], ptr %102, i64 0, i64 %104
  %106 = load i32, ptr %105, align 4, !tbaa !5
  store i32 %106, ptr %5, align 4, !tbaa !5
  br label %530

107:                                              ; preds = %35
  %108 = load ptr, ptr %4, align 8, !tbaa !9
  %109 = call i32 @pop(ptr noundef %108, ptr noundef %6) #9
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %111, label %112

111:                                              ; preds = %107
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

112:                                              ; preds = %107
  %113 = load i64, ptr %6, align 8, !tbaa !22
  %114 = icmp ne i64 %113, 0
  br i1 %114, label %115, label %118

115:                                              ; preds = %112
  %116 = load i32, ptr %5, align 4, !tbaa !5
  %117 = add nsw i32 %116, 1
  br label %125

118:                                              ; preds = %112
  %119 = load ptr, ptr %4, align 8, !tbaa !9
  %120 = getelementptr inbounds nuw %struct.forth, ptr %119, i32 0, i32 7
  %121 = load i32, ptr %5, align 4, !tbaa !5
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [2048 x i32], ptr %120, i64 0, i64 %122
  %124 = load i32, ptr %123, align 4, !tbaa !5
  br label %125

125:                                              ; preds = %118, %115
  %126 = phi i32 [ %117, %115 ], [ %124, %118 ]
  store i32 %126, ptr %5, align 4, !tbaa !5
  br label %530

127:                                              ; preds = %35
  %128 = load ptr, ptr %4, align 8, !tbaa !9
  %129 = call i32 @pop(ptr noundef %128, ptr noundef %6) #9
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %135, label %131

131:                                              ; preds = %127
  %132 = load ptr, ptr %4, align 8, !tbaa !9
  %133 = call i32 @pop(ptr noundef %132, ptr noundef %7) #9
  %134 = icmp ne i32 %133, 0
  br i1 %134, label %135, label %136

135:                                              ; preds = %131, %127
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

136:                                              ; preds = %131
  %137 = load ptr, ptr %4, align 8, !tbaa !9
  %138 = getelementptr inbounds nuw %struct.forth, ptr %137, i32 0, i32 6
  %139 = load i32, ptr %138, align 8, !tbaa !37
  %140 = icmp sge i32 %139, 64
  br i1 %140, label %141, label %144

141:                                              ; preds = %136
  %142 = load ptr, ptr %4, align 8, !tbaa !9
  %143 = getelementptr inbounds nuw %struct.forth, ptr %142, i32 0, i32 14
  store ptr @.str.46, ptr %143, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

144:                                              ; preds = %136
  %145 = load i64, ptr %6, align 8, !tbaa !22
  %146 = load ptr, ptr %4, align 8, !tbaa !9
  %147 = getelementptr inbounds nuw %struct.forth, ptr %146, i32 0, i32 4
  %148 = load ptr, ptr %4, align 8, !tbaa !9
  %149 = getelementptr inbounds nuw %struct.forth, ptr %148, i32 0, i32 6
  %150 = load i32, ptr %149, align 8, !tbaa !37
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds [64 x i64], ptr %147, i64 0, i64 %151
  store i64 %145, ptr %152, align 8, !tbaa !22
  %153 = load i64, ptr %7, align 8, !tbaa !22
  %154 = load ptr, ptr %4, align 8, !tbaa !9
  %155 = getelementptr inbounds nuw %struct.forth, ptr %154, i32 0, i32 5
  %156 = load ptr, ptr %4, align 8, !tbaa !9
  %157 = getelementptr inbounds nuw %struct.forth, ptr %156, i32 0, i32 6
  %158 = load i32, ptr %157, align 8, !tbaa !37
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [64 x i64], ptr %155, i64 0, i64 %159
  store i64 %153, ptr %160, align 8, !tbaa !22
  %161 = load ptr, ptr %4, align 8, !tbaa !9
  %162 = getelementptr inbounds nuw %struct.forth, ptr %161, i32 0, i32 6
  %163 = load i32, ptr %162, align 8, !tbaa !37
  %164 = add nsw i32 %163, 1
  store i32 %164, ptr %162, align 8, !tbaa !37
  br label %530

165:                                              ; preds = %35
  %166 = load ptr, ptr %4, align 8, !tbaa !9
  %167 = getelementptr inbounds nuw %struct.forth, ptr %166, i32 0, i32 6
  %168 = load i32, ptr %167, align 8, !tbaa !37
  %169 = icmp sle i32 %168, 0
  br i1 %169, label %170, label %173

170:                                              ; preds = %165
  %171 = load ptr, ptr %4, align 8, !tbaa !9
  %172 = getelementptr inbounds nuw %struct.forth, ptr %171, i32 0, i32 14
  store ptr @.str.15, ptr %172, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

173:                                              ; preds = %165
  %174 = load ptr, ptr %4, align 8, !tbaa !9
  %175 = getelementptr inbounds nuw %struct.forth, ptr %174, i32 0, i32 4
  %176 = load ptr, ptr %4, align 8, !tbaa !9
  %177 = getelementptr inbounds nuw %struct.forth, ptr %176, i32 0, i32 6
  %178 = load i32, ptr %177, align 8, !tbaa !37
  %179 = sub nsw i32 %178, 1
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [64 x i64], ptr %175, i64 0, i64 %180
  %182 = load i64, ptr %181, align 8, !tbaa !22
  %183 = add nsw i64 %182, 1
  store i64 %183, ptr %181, align 8, !tbaa !22
  %184 = load ptr, ptr %4, align 8, !tbaa !9
  %185 = getelementptr inbounds nuw %struct.forth, ptr %184, i32 0, i32 5
  %186 = load ptr, ptr %4, align 8, !tbaa !9
  %187 = getelementptr inbounds nuw %struct.forth, ptr %186, i32 0, i32 6
  %188 = load i32, ptr %187, align 8, !tbaa !37
  %189 = sub nsw i32 %188, 1
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds [64 x i64], ptr %185, i64 0, i64 %190
  %192 = load i64, ptr %191, align 8, !tbaa !22
  %193 = icmp slt i64 %183, %192
  br i1 %193, label %194, label %201

194:                                              ; preds = %173
  %195 = load ptr, ptr %4, align 8, !tbaa !9
  %196 = getelementptr inbounds nuw %struct.forth, ptr %195, i32 0, i32 7
  %197 = load i32, ptr %5, align 4, !tbaa !5
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [2048 x i32], ptr %196, i64 0, i64 %198
  %200 = load i32, ptr %199, align 4, !tbaa !5
  store i32 %200, ptr %5, align 4, !tbaa !5
  br label %208

201:                                              ; preds = %173
  %202 = load ptr, ptr %4, align 8, !tbaa !9
  %203 = getelementptr inbounds nuw %struct.forth, ptr %202, i32 0, i32 6
  %204 = load i32, ptr %203, align 8, !tbaa !37
  %205 = add nsw i32 %204, -1
  store i32 %205, ptr %203, align 8, !tbaa !37
  %206 = load i32, ptr %5, align 4, !tbaa !5
  %207 = add nsw i32 %206, 1
  store i32 %207, ptr %5, align 4, !tbaa !5
  br label %208

208:                                              ; preds = %201, %194
  br label %530

209:                                              ; preds = %35
  %210 = load ptr, ptr %4, align 8, !tbaa !9
  %211 = getelementptr inbounds nuw %struct.forth, ptr %210, i32 0, i32 6
  %212 = load i32, ptr %211, align 8, !tbaa !37
  %213 = icmp sle i32 %212, 0
  br i1 %213, label %214, label %217

214:                                              ; preds = %209
  %215 = load ptr, ptr %4, align 8, !tbaa !9
  %216 = getelementptr inbounds nuw %struct.forth, ptr %215, i32 0, i32 14
  store ptr @.str.47, ptr %216, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

217:                                              ; preds = %209
  %218 = load ptr, ptr %4, align 8, !tbaa !9
  %219 = load ptr, ptr %4, align 8, !tbaa !9
  %220 = getelementptr inbounds nuw %struct.forth, ptr %219, i32 0, i32 4
  %221 = load ptr, ptr %4, align 8, !tbaa !9
  %222 = getelementptr inbounds nuw %struct.forth, ptr %221, i32 0, i32 6
  %223 = load i32, ptr %222, align 8, !tbaa !37
  %224 = sub nsw i32 %223, 1
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds [64 x i64], ptr %220, i64 0, i64 %225
  %227 = load i64, ptr %226, align 8, !tbaa !22
  %228 = call i32 @push(ptr noundef %218, i64 noundef %227) #9
  %229 = icmp ne i32 %228, 0
  br i1 %229, label %230, label %231

230:                                              ; preds = %217
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

231:                                              ; preds = %217
  br label %530

232:                                              ; preds = %35, %35, %35, %35, %35, %35, %35, %35, %35, %35, %35, %35
  %233 = load ptr, ptr %4, align 8, !tbaa !9
  %234 = call i32 @pop(ptr noundef %233, ptr noundef %7) #9
  %235 = icmp ne i32 %234, 0
  br i1 %235, label %240, label %236

236:                                              ; preds = %232
  %237 = load ptr, ptr %4, align 8, !tbaa !9
  %238 = call i32 @pop(ptr noundef %237, ptr noundef %6) #9
  %239 = icmp ne i32 %238, 0
  br i1 %239, label %240, label %241

240:                                              ; preds = %236, %232
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

241:                                              ; preds = %236
  %242 = load i32, ptr %12, align 4, !tbaa !5
  switch i32 %242, label %316 [
    i32 8, label %243
    i32 9, label %248
    i32 10, label %253
    i32 11, label %258
    i32 12, label %258
    i32 18, label %277
    i32 19, label %284
    i32 20, label %291
    i32 21, label %298
    i32 22, label %302
    i32 28, label %306
  ]

243:                                              ; preds = %241
  %244 = load i64, ptr %6, align 8, !tbaa !22
  %245 = load i64, ptr %7, align 8, !tbaa !22
  %246 = add nsw i64 %244, %245
  %247 = call i64 @wrap(i64 noundef %246) #9
  store i64 %247, ptr %8, align 8, !tbaa !22
  br label %326

248:                                              ; preds = %241
  %249 = load i64, ptr %6, align 8, !tbaa !22
  %250 = load i64, ptr %7, align 8, !tbaa !22
  %251 = sub nsw i64 %249, %250
  %252 = call i64 @wrap(i64 noundef %251) #9
  store i64 %252, ptr %8, align 8, !tbaa !22
  br label %326

253:                                              ; preds = %241
  %254 = load i64, ptr %6, align 8, !tbaa !22
  %255 = load i64, ptr %7, align 8, !tbaa !22
  %256 = mul nsw i64 %254, %255
  %257 = call i64 @wrap(i64 noundef %256) #9
  store i64 %257, ptr %8, align 8, !tbaa !22
  br label %326

258:                                              ; preds = %241, %241
  %259 = load i64, ptr %7, align 8, !tbaa !22
  %260 = icmp eq i64 %259, 0
  br i1 %260, label %261, label %264

261:                                              ; preds = %258
  %262 = load ptr, ptr %4, align 8, !tbaa !9
  %263 = getelementptr inbounds nuw %struct.forth, ptr %262, i32 0, i32 14
  store ptr @.str.48, ptr %263, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

264:                                              ; preds = %258
  %265 = load i32, ptr %12, align 4, !tbaa !5
  %266 = icmp eq i32 %265, 11
  br i1 %266, label %267, label %271

267:                                              ; preds = %264
  %268 = load i64, ptr %6, align 8, !tbaa !22
  %269 = load i64, ptr %7, align 8, !tbaa !22
  %270 = sdiv i64 %268, %269
  br label %275

271:                                              ; preds = %264
  %272 = load i64, ptr %6, align 8, !tbaa !22
  %273 = load i64, ptr %7, align 8, !tbaa !22
  %274 = srem i64 %272, %273
  br label %275

275:                                              ; preds = %271, %267
  %276 = phi i64 [ %270, %267 ], [ %274, %271 ]
  store i64 %276, ptr %8, align 8, !tbaa !22
  br label %326

277:                                              ; preds = %241
  %278 = load i64, ptr %6, align 8, !tbaa !22
  %279 = load i64, ptr %7, align 8, !tbaa !22
  %280 = icmp eq i64 %278, %279
  %281 = zext i1 %280 to i64
  %282 = select i1 %280, i32 -1, i32 0
  %283 = sext i32 %282 to i64
  store i64 %283, ptr %8, align 8, !tbaa !22
  br label %326

284:                                              ; preds = %241
  %285 = load i64, ptr %6, align 8, !tbaa !22
  %286 = load i64, ptr %7, align 8, !tbaa !22
  %287 = icmp slt i64 %285, %286
  %288 = zext i1 %287 to i64
  %289 = select i1 %287, i32 -1, i32 0
  %290 = sext i32 %289 to i64
  store i64 %290, ptr %8, align 8, !tbaa !22
  br label %326

291:                                              ; preds = %241
  %292 = load i64, ptr %6, align 8, !tbaa !22
  %293 = load i64, ptr %7, align 8, !tbaa !22
  %294 = icmp sgt i64 %292, %293
  %295 = zext i1 %294 to i64
  %296 = select i1 %294, i32 -1, i32 0
  %297 = sext i32 %296 to i64
  store i64 %297, ptr %8, align 8, !tbaa !22
  br label %326

298:                                              ; preds = %241
  %299 = load i64, ptr %6, align 8, !tbaa !22
  %300 = load i64, ptr %7, align 8, !tbaa !22
  %301 = and i64 %299, %300
  store i64 %301, ptr %8, align 8, !tbaa !22
  br label %326

302:                                              ; preds = %241
  %303 = load i64, ptr %6, align 8, !tbaa !22
  %304 = load i64, ptr %7, align 8, !tbaa !22
  %305 = or i64 %303, %304
  store i64 %305, ptr %8, align 8, !tbaa !22
  br label %326

306:                                              ; preds = %241
  %307 = load i64, ptr %6, align 8, !tbaa !22
  %308 = load i64, ptr %7, align 8, !tbaa !22
  %309 = icmp sgt i64 %307, %308
  br i1 %309, label %310, label %312

310:                                              ; preds = %306
  %311 = load i64, ptr %6, align 8, !tbaa !22
  br label %314

312:                                              ; preds = %306
  %313 = load i64, ptr %7, align 8, !tbaa !22
  br label %314

314:                                              ; preds = %312, %310
  %315 = phi i64 [ %311, %310 ], [ %313, %312 ]
  store i64 %315, ptr %8, align 8, !tbaa !22
  br label %326

316:                                              ; preds = %241
  %317 = load i64, ptr %6, align 8, !tbaa !22
  %318 = load i64, ptr %7, align 8, !tbaa !22
  %319 = icmp slt i64 %317, %318
  br i1 %319, label %320, label %322

320:                                              ; preds = %316
  %321 = load i64, ptr %6, align 8, !tbaa !22
  br label %324

322:                                              ; preds = %316
  %323 = load i64, ptr %7, align 8, !tbaa !22
  br label %324

324:                                              ; preds = %322, %320
  %325 = phi i64 [ %321, %320 ], [ %323, %322 ]
  store i64 %325, ptr %8, align 8, !tbaa !22
  br label %326

326:                                              ; preds = %324, %314, %302, %298, %291, %284, %277, %275, %253, %248, %243
  %327 = load ptr, ptr %4, align 8, !tbaa !9
  %328 = load i64, ptr %8, align 8, !tbaa !22
  %329 = call i32 @push(ptr noundef %327, i64 noundef %328) #9
  %330 = icmp ne i32 %329, 0
  br i1 %330, label %331, label %332

331:                                              ; preds = %326
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

332:                                              ; preds = %326
  br label %530

333:                                              ; preds = %35
  %334 = load ptr, ptr %4, align 8, !tbaa !9
  %335 = call i32 @pop(ptr noundef %334, ptr noundef %6) #9
  %336 = icmp ne i32 %335, 0
  br i1 %336, label %347, label %337

337:                                              ; preds = %333
  %338 = load ptr, ptr %4, align 8, !tbaa !9
  %339 = load i64, ptr %6, align 8, !tbaa !22
  %340 = call i32 @push(ptr noundef %338, i64 noundef %339) #9
  %341 = icmp ne i32 %340, 0
  br i1 %341, label %347, label %342

342:                                              ; preds = %337
  %343 = load ptr, ptr %4, align 8, !tbaa !9
  %344 = load i64, ptr %6, align 8, !tbaa !22
  %345 = call i32 @push(ptr noundef %343, i64 noundef %344) #9
  %346 = icmp ne i32 %345, 0
  br i1 %346, label %347, label %348

347:                                              ; preds = %342, %337, %333
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

348:                                              ; preds = %342
  br label %530

349:                                              ; preds = %35
  %350 = load ptr, ptr %4, align 8, !tbaa !9
  %351 = call i32 @pop(ptr noundef %350, ptr noundef %6) #9
  %352 = icmp ne i32 %351, 0
  br i1 %352, label %353, label %354

353:                                              ; preds = %349
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

354:                                              ; preds = %349
  br label %530

355:                                              ; preds = %35
  %356 = load ptr, ptr %4, align 8, !tbaa !9
  %357 = call i32 @pop(ptr noundef %356, ptr noundef %7) #9
  %358 = icmp ne i32 %357, 0
  br i1 %358, label %373, label %359

359:                                              ; preds = %355
  %360 = load ptr, ptr %4, align 8, !tbaa !9
  %361 = call i32 @pop(ptr noundef %360, ptr noundef %6) #9
  %362 = icmp ne i32 %361, 0
  br i1 %362, label %373, label %363

363:                                              ; preds = %359
  %364 = load ptr, ptr %4, align 8, !tbaa !9
  %365 = load i64, ptr %7, align 8, !tbaa !22
  %366 = call i32 @push(ptr noundef %364, i64 noundef %365) #9
  %367 = icmp ne i32 %366, 0
  br i1 %367, label %373, label %368

368:                                              ; preds = %363
  %369 = load ptr, ptr %4, align 8, !tbaa !9
  %370 = load i64, ptr %6, align 8, !tbaa !22
  %371 = call i32 @push(ptr noundef %369, i64 noundef %370) #9
  %372 = icmp ne i32 %371, 0
  br i1 %372, label %373, label %374

373:                                              ; preds = %368, %363, %359, %355
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

374:                                              ; preds = %368
  br label %530

375:                                              ; preds = %35
  %376 = load ptr, ptr %4, align 8, !tbaa !9
  %377 = call i32 @pop(ptr noundef %376, ptr noundef %7) #9
  %378 = icmp ne i32 %377, 0
  br i1 %378, label %398, label %379

379:                                              ; preds = %375
  %380 = load ptr, ptr %4, align 8, !tbaa !9
  %381 = call i32 @pop(ptr noundef %380, ptr noundef %6) #9
  %382 = icmp ne i32 %381, 0
  br i1 %382, label %398, label %383

383:                                              ; preds = %379
  %384 = load ptr, ptr %4, align 8, !tbaa !9
  %385 = load i64, ptr %6, align 8, !tbaa !22
  %386 = call i32 @push(ptr noundef %384, i64 noundef %385) #9
  %387 = icmp ne i32 %386, 0
  br i1 %387, label %398, label %388

388:                                              ; preds = %383
  %389 = load ptr, ptr %4, align 8, !tbaa !9
  %390 = load i64, ptr %7, align 8, !tbaa !22
  %391 = call i32 @push(ptr noundef %389, i64 noundef %390) #9
  %392 = icmp ne i32 %391, 0
  br i1 %392, label %398, label %393

393:                                              ; preds = %388
  %394 = load ptr, ptr %4, align 8, !tbaa !9
  %395 = load i64, ptr %6, align 8, !tbaa !22
  %396 = call i32 @push(ptr noundef %394, i64 noundef %395) #9
  %397 = icmp ne i32 %396, 0
  br i1 %397, label %398, label %399

398:                                              ; preds = %393, %388, %383, %379, %375
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

399:                                              ; preds = %393
  br label %530

400:                                              ; preds = %35
  %401 = load ptr, ptr %4, align 8, !tbaa !9
  %402 = call i32 @pop(ptr noundef %401, ptr noundef %8) #9
  %403 = icmp ne i32 %402, 0
  br i1 %403, label %427, label %404

404:                                              ; preds = %400
  %405 = load ptr, ptr %4, align 8, !tbaa !9
  %406 = call i32 @pop(ptr noundef %405, ptr noundef %7) #9
  %407 = icmp ne i32 %406, 0
  br i1 %407, label %427, label %408

408:                                              ; preds = %404
  %409 = load ptr, ptr %4, align 8, !tbaa !9
  %410 = call i32 @pop(ptr noundef %409, ptr noundef %6) #9
  %411 = icmp ne i32 %410, 0
  br i1 %411, label %427, label %412

412:                                              ; preds = %408
  %413 = load ptr, ptr %4, align 8, !tbaa !9
  %414 = load i64, ptr %7, align 8, !tbaa !22
  %415 = call i32 @push(ptr noundef %413, i64 noundef %414) #9
  %416 = icmp ne i32 %415, 0
  br i1 %416, label %427, label %417

417:                                              ; preds = %412
  %418 = load ptr, ptr %4, align 8, !tbaa !9
  %419 = load i64, ptr %8, align 8, !tbaa !22
  %420 = call i32 @push(ptr noundef %418, i64 noundef %419) #9
  %421 = icmp ne i32 %420, 0
  br i1 %421, label %427, label %422

422:                                              ; preds = %417
  %423 = load ptr, ptr %4, align 8, !tbaa !9
  %424 = load i64, ptr %6, align 8, !tbaa !22
  %425 = call i32 @push(ptr noundef %423, i64 noundef %424) #9
  %426 = icmp ne i32 %425, 0
  br i1 %426, label %427, label %428

427:                                              ; preds = %422, %417, %412, %408, %404, %400
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

428:                                              ; preds = %422
  br label %530

429:                                              ; preds = %35
  %430 = load ptr, ptr %4, align 8, !tbaa !9
  %431 = call i32 @pop(ptr noundef %430, ptr noundef %6) #9
  %432 = icmp ne i32 %431, 0
  br i1 %432, label %439, label %433

433:                                              ; preds = %429
  %434 = load ptr, ptr %4, align 8, !tbaa !9
  %435 = load i64, ptr %6, align 8, !tbaa !22
  %436 = xor i64 %435, -1
  %437 = call i32 @push(ptr noundef %434, i64 noundef %436) #9
  %438 = icmp ne i32 %437, 0
  br i1 %438, label %439, label %440

439:                                              ; preds = %433, %429
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

440:                                              ; preds = %433
  br label %530

441:                                              ; preds = %35
  %442 = load ptr, ptr %4, align 8, !tbaa !9
  %443 = call i32 @pop(ptr noundef %442, ptr noundef %6) #9
  %444 = icmp ne i32 %443, 0
  br i1 %444, label %458, label %445

445:                                              ; preds = %441
  %446 = load ptr, ptr %4, align 8, !tbaa !9
  %447 = load i64, ptr %6, align 8, !tbaa !22
  %448 = icmp slt i64 %447, 0
  br i1 %448, label %449, label %452

449:                                              ; preds = %445
  %450 = load i64, ptr %6, align 8, !tbaa !22
  %451 = sub nsw i64 0, %450
  br label %454

452:                                              ; preds = %445
  %453 = load i64, ptr %6, align 8, !tbaa !22
  br label %454

454:                                              ; preds = %452, %449
  %455 = phi i64 [ %451, %449 ], [ %453, %452 ]
  %456 = call i32 @push(ptr noundef %446, i64 noundef %455) #9
  %457 = icmp ne i32 %456, 0
  br i1 %457, label %458, label %459

458:                                              ; preds = %454, %441
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

459:                                              ; preds = %454
  br label %530

460:                                              ; preds = %35
  %461 = load ptr, ptr %4, align 8, !tbaa !9
  %462 = call i32 @pop(ptr noundef %461, ptr noundef %6) #9
  %463 = icmp ne i32 %462, 0
  br i1 %463, label %464, label %465

464:                                              ; preds = %460
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

465:                                              ; preds = %460
  %466 = load ptr, ptr %4, align 8, !tbaa !9
  %467 = load i64, ptr %6, align 8, !tbaa !22
  %468 = and i64 %467, 255
  %469 = trunc i64 %468 to i32
  call void @out_char(ptr noundef %466, i32 noundef %469) #9
  br label %530

470:                                              ; preds = %35
  %471 = load ptr, ptr %4, align 8, !tbaa !9
  %472 = call i32 @pop(ptr noundef %471, ptr noundef %6) #9
  %473 = icmp ne i32 %472, 0
  br i1 %473, label %474, label %475

474:                                              ; preds = %470
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

475:                                              ; preds = %470
  %476 = load ptr, ptr %4, align 8, !tbaa !9
  %477 = load i64, ptr %6, align 8, !tbaa !22
  call void @out_number(ptr noundef %476, i64 noundef %477) #9
  br label %530

478:                                              ; preds = %35
  %479 = load ptr, ptr %4, align 8, !tbaa !9
  %480 = call i32 @pop(ptr noundef %479, ptr noundef %6) #9
  %481 = icmp ne i32 %480, 0
  br i1 %481, label %482, label %483

482:                                              ; preds = %478
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

483:                                              ; preds = %478
  %484 = load i64, ptr %6, align 8, !tbaa !22
  %485 = icmp slt i64 %484, 0
  br i1 %485, label %489, label %486

486:                                              ; preds = %483
  %487 = load i64, ptr %6, align 8, !tbaa !22
  %488 = icmp sge i64 %487, 16
  br i1 %488, label %489, label %492

489:                                              ; preds = %486, %483
  %490 = load ptr, ptr %4, align 8, !tbaa !9
  %491 = getelementptr inbounds nuw %struct.forth, ptr %490, i32 0, i32 14
  store ptr @.str.49, ptr %491, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

492:                                              ; preds = %486
  %493 = load ptr, ptr %4, align 8, !tbaa !9
  %494 = load ptr, ptr %4, align 8, !tbaa !9
  %495 = getelementptr inbounds nuw %struct.forth, ptr %494, i32 0, i32 11
  %496 = load i64, ptr %6, align 8, !tbaa !22
  %497 = getelementptr inbounds [16 x i64], ptr %495, i64 0, i64 %496
  %498 = load i64, ptr %497, align 8, !tbaa !22
  %499 = call i32 @push(ptr noundef %493, i64 noundef %498) #9
  %500 = icmp ne i32 %499, 0
  br i1 %500, label %501, label %502

501:                                              ; preds = %492
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

502:                                              ; preds = %492
  br label %530

503:                                              ; preds = %35
  %504 = load ptr, ptr %4, align 8, !tbaa !9
  %505 = call i32 @pop(ptr noundef %504, ptr noundef %6) #9
  %506 = icmp ne i32 %505, 0
  br i1 %506, label %511, label %507

507:                                              ; preds = %503
  %508 = load ptr, ptr %4, align 8, !tbaa !9
  %509 = call i32 @pop(ptr noundef %508, ptr noundef %7) #9
  %510 = icmp ne i32 %509, 0
  br i1 %510, label %511, label %512

511:                                              ; preds = %507, %503
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

512:                                              ; preds = %507
  %513 = load i64, ptr %6, align 8, !tbaa !22
  %514 = icmp slt i64 %513, 0
  br i1 %514, label %518, label %515

515:                                              ; preds = %512
  %516 = load i64, ptr %6, align 8, !tbaa !22
  %517 = icmp sge i64 %516, 16
  br i1 %517, label %518, label %521

518:                                              ; preds = %515, %512
  %519 = load ptr, ptr %4, align 8, !tbaa !9
  %520 = getelementptr inbounds nuw %struct.forth, ptr %519, i32 0, i32 14
  store ptr @.str.49, ptr %520, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

521:                                              ; preds = %515
  %522 = load i64, ptr %7, align 8, !tbaa !22
  %523 = load ptr, ptr %4, align 8, !tbaa !9
  %524 = getelementptr inbounds nuw %struct.forth, ptr %523, i32 0, i32 11
  %525 = load i64, ptr %6, align 8, !tbaa !22
  %526 = getelementptr inbounds [16 x i64], ptr %524, i64 0, i64 %525
  store i64 %522, ptr %526, align 8, !tbaa !22
  br label %530

527:                                              ; preds = %35
  %528 = load ptr, ptr %4, align 8, !tbaa !9
  %529 = getelementptr inbounds nuw %struct.forth, ptr %528, i32 0, i32 14
  store ptr @.str.50, ptr %529, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %11, align 4
  br label %531

530:                                              ; preds = %521, %502, %475, %465, %459, %440, %428, %399, %374, %354, %348, %332, %231, %208, %144, %125, %100, %90, %66, %57
  store i32 0, ptr %11, align 4
  br label %531

531:                                              ; preds = %530, %527, %518, %511, %501, %489, %482, %474, %464, %458, %439, %427, %398, %373, %353, %347, %331, %261, %240, %230, %214, %170, %141, %135, %111, %89, %63, %56
  call void @llvm.lifetime.end.p0(ptr %12) #8
  %532 = load i32, ptr %11, align 4
  switch i32 %532, label %534 [
    i32 0, label %533
  ]

533:                                              ; preds = %531
  br label %16

534:                                              ; preds = %531, %32, %20
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %535 = load i32, ptr %3, align 4
  ret i32 %535
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store ptr @.str.6, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %45, %0
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 30
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %48

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i64 0, ptr %8, align 8, !tbaa !22
  br label %14

14:                                               ; preds = %41, %13
  %15 = load i64, ptr %8, align 8, !tbaa !22
  %16 = icmp ult i64 %15, 11
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %44

18:                                               ; preds = %14
  call void @f_init(ptr noundef @main.f) #9
  %19 = load i64, ptr %8, align 8, !tbaa !22
  %20 = getelementptr inbounds nuw [11 x ptr], ptr @scripts, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !12
  %22 = call i32 @forth_eval(ptr noundef @main.f, ptr noundef %21) #9
  %23 = icmp eq i32 %22, 0
  br i1 %23, label %24, label %27

24:                                               ; preds = %18
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %2, align 4, !tbaa !5
  br label %31

27:                                               ; preds = %18
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %3, align 4, !tbaa !5
  %30 = load ptr, ptr getelementptr inbounds nuw (%struct.forth, ptr @main.f, i32 0, i32 14), align 8, !tbaa !19
  store ptr %30, ptr %5, align 8, !tbaa !12
  br label %31

31:                                               ; preds = %27, %24
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = mul i32 %32, 31
  %34 = load i32, ptr getelementptr inbounds nuw (%struct.forth, ptr @main.f, i32 0, i32 12), align 8, !tbaa !38
  %35 = add i32 %33, %34
  %36 = load i32, ptr getelementptr inbounds nuw (%struct.forth, ptr @main.f, i32 0, i32 13), align 4, !tbaa !39
  %37 = mul i32 %36, 7
  %38 = add i32 %35, %37
  %39 = load i32, ptr getelementptr inbounds nuw (%struct.forth, ptr @main.f, i32 0, i32 1), align 8, !tbaa !40
  %40 = add i32 %38, %39
  store i32 %40, ptr %4, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %31
  %42 = load i64, ptr %8, align 8, !tbaa !22
  %43 = add i64 %42, 1
  store i64 %43, ptr %8, align 8, !tbaa !22
  br label %14, !llvm.loop !41

44:                                               ; preds = %17
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %6, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !42

48:                                               ; preds = %12
  %49 = load i32, ptr %2, align 4, !tbaa !5
  %50 = load i32, ptr %3, align 4, !tbaa !5
  %51 = load i32, ptr %4, align 4, !tbaa !5
  %52 = load ptr, ptr %5, align 8, !tbaa !12
  %53 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %49, i32 noundef %50, i32 noundef %51, ptr noundef %52) #9
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %54 = load i32, ptr %1, align 4
  ret i32 %54
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @f_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %3, i8 0, i64 11944, i1 false)
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.forth, ptr %4, i32 0, i32 12
  store i32 -2128831035, ptr %5, align 8, !tbaa !38
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @find_word(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.forth, ptr %8, i32 0, i32 10
  %10 = load i32, ptr %9, align 8, !tbaa !17
  %11 = sub nsw i32 %10, 1
  store i32 %11, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %30, %2
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %7, align 4
  br label %33

16:                                               ; preds = %12
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.forth, ptr %17, i32 0, i32 9
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [64 x %struct.word], ptr %18, i64 0, i64 %20
  %22 = getelementptr inbounds nuw %struct.word, ptr %21, i32 0, i32 0
  %23 = getelementptr inbounds [16 x i8], ptr %22, i64 0, i64 0
  %24 = load ptr, ptr %5, align 8, !tbaa !12
  %25 = call i32 @strcmp(ptr noundef %23, ptr noundef %24) #10
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %29

27:                                               ; preds = %16
  %28 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %28, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %33

29:                                               ; preds = %16
  br label %30

30:                                               ; preds = %29
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = add nsw i32 %31, -1
  store i32 %32, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !43

33:                                               ; preds = %27, %15
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %34 = load i32, ptr %7, align 4
  switch i32 %34, label %38 [
    i32 2, label %35
    i32 1, label %36
  ]

35:                                               ; preds = %33
  store i32 -1, ptr %3, align 4
  br label %36

36:                                               ; preds = %35, %33
  %37 = load i32, ptr %3, align 4
  ret i32 %37

38:                                               ; preds = %33
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @find_prim(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i64 0, ptr %4, align 8, !tbaa !22
  br label %6

6:                                                ; preds = %24, %1
  %7 = load i64, ptr %4, align 8, !tbaa !22
  %8 = icmp ult i64 %7, 24
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  store i32 2, ptr %5, align 4
  br label %27

10:                                               ; preds = %6
  %11 = load i64, ptr %4, align 8, !tbaa !22
  %12 = getelementptr inbounds nuw [24 x %struct.prim_name], ptr @prim_names, i64 0, i64 %11
  %13 = getelementptr inbounds nuw %struct.prim_name, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 16, !tbaa !44
  %15 = load ptr, ptr %3, align 8, !tbaa !12
  %16 = call i32 @strcmp(ptr noundef %14, ptr noundef %15) #10
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %23

18:                                               ; preds = %10
  %19 = load i64, ptr %4, align 8, !tbaa !22
  %20 = getelementptr inbounds nuw [24 x %struct.prim_name], ptr @prim_names, i64 0, i64 %19
  %21 = getelementptr inbounds nuw %struct.prim_name, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 8, !tbaa !46
  store i32 %22, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %27

23:                                               ; preds = %10
  br label %24

24:                                               ; preds = %23
  %25 = load i64, ptr %4, align 8, !tbaa !22
  %26 = add i64 %25, 1
  store i64 %26, ptr %4, align 8, !tbaa !22
  br label %6, !llvm.loop !47

27:                                               ; preds = %18, %9
  call void @llvm.lifetime.end.p0(ptr %4) #8
  %28 = load i32, ptr %5, align 4
  switch i32 %28, label %32 [
    i32 2, label %29
    i32 1, label %30
  ]

29:                                               ; preds = %27
  store i32 -1, ptr %2, align 4
  br label %30

30:                                               ; preds = %29, %27
  %31 = load i32, ptr %2, align 4
  ret i32 %31

32:                                               ; preds = %27
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_number(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !12
  store ptr %1, ptr %5, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %10 = load ptr, ptr %4, align 8, !tbaa !12
  store ptr %10, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  %11 = load ptr, ptr %6, align 8, !tbaa !12
  %12 = load i8, ptr %11, align 1, !tbaa !14
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 45
  br i1 %14, label %15, label %24

15:                                               ; preds = %2
  %16 = load ptr, ptr %6, align 8, !tbaa !12
  %17 = getelementptr inbounds i8, ptr %16, i64 1
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = sext i8 %18 to i32
  %20 = icmp ne i32 %19, 0
  br i1 %20, label %21, label %24

21:                                               ; preds = %15
  store i32 1, ptr %7, align 4, !tbaa !5
  %22 = load ptr, ptr %6, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 1
  store ptr %23, ptr %6, align 8, !tbaa !12
  br label %24

24:                                               ; preds = %21, %15, %2
  %25 = load ptr, ptr %6, align 8, !tbaa !12
  %26 = load i8, ptr %25, align 1, !tbaa !14
  %27 = icmp ne i8 %26, 0
  br i1 %27, label %29, label %28

28:                                               ; preds = %24
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %74

29:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i64 0, ptr %9, align 8, !tbaa !22
  br label %30

30:                                               ; preds = %59, %29
  %31 = load ptr, ptr %6, align 8, !tbaa !12
  %32 = load i8, ptr %31, align 1, !tbaa !14
  %33 = icmp ne i8 %32, 0
  br i1 %33, label %34, label %62

34:                                               ; preds = %30
  %35 = call ptr @__ctype_b_loc() #11
  %36 = load ptr, ptr %35, align 8, !tbaa !28
  %37 = load ptr, ptr %6, align 8, !tbaa !12
  %38 = load i8, ptr %37, align 1, !tbaa !14
  %39 = zext i8 %38 to i32
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds i16, ptr %36, i64 %40
  %42 = load i16, ptr %41, align 2, !tbaa !30
  %43 = zext i16 %42 to i32
  %44 = and i32 %43, 2048
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %49

46:                                               ; preds = %34
  %47 = load i64, ptr %9, align 8, !tbaa !22
  %48 = icmp sgt i64 %47, 100000000000
  br i1 %48, label %49, label %50

49:                                               ; preds = %46, %34
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %73

50:                                               ; preds = %46
  %51 = load i64, ptr %9, align 8, !tbaa !22
  %52 = mul nsw i64 %51, 10
  %53 = load ptr, ptr %6, align 8, !tbaa !12
  %54 = load i8, ptr %53, align 1, !tbaa !14
  %55 = sext i8 %54 to i32
  %56 = sub nsw i32 %55, 48
  %57 = sext i32 %56 to i64
  %58 = add nsw i64 %52, %57
  store i64 %58, ptr %9, align 8, !tbaa !22
  br label %59

59:                                               ; preds = %50
  %60 = load ptr, ptr %6, align 8, !tbaa !12
  %61 = getelementptr inbounds nuw i8, ptr %60, i32 1
  store ptr %61, ptr %6, align 8, !tbaa !12
  br label %30, !llvm.loop !50

62:                                               ; preds = %30
  %63 = load i32, ptr %7, align 4, !tbaa !5
  %64 = icmp ne i32 %63, 0
  br i1 %64, label %65, label %68

65:                                               ; preds = %62
  %66 = load i64, ptr %9, align 8, !tbaa !22
  %67 = sub nsw i64 0, %66
  br label %70

68:                                               ; preds = %62
  %69 = load i64, ptr %9, align 8, !tbaa !22
  br label %70

70:                                               ; preds = %68, %65
  %71 = phi i64 [ %67, %65 ], [ %69, %68 ]
  %72 = load ptr, ptr %5, align 8, !tbaa !48
  store i64 %71, ptr %72, align 8, !tbaa !22
  store i32 1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %73

73:                                               ; preds = %70, %49
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %74

74:                                               ; preds = %73, %28
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %75 = load i32, ptr %3, align 4
  ret i32 %75
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @wrap(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !22
  %3 = load i64, ptr %2, align 8, !tbaa !22
  %4 = and i64 %3, 4294967295
  %5 = trunc i64 %4 to i32
  %6 = sext i32 %5 to i64
  ret i64 %6
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @push(ptr noundef %0, i64 noundef %1) #6 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !22
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.forth, ptr %6, i32 0, i32 1
  %8 = load i32, ptr %7, align 8, !tbaa !40
  %9 = icmp sge i32 %8, 128
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.forth, ptr %11, i32 0, i32 14
  store ptr @.str.51, ptr %12, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  br label %23

13:                                               ; preds = %2
  %14 = load i64, ptr %5, align 8, !tbaa !22
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.forth, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.forth, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 8, !tbaa !40
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %18, align 8, !tbaa !40
  %21 = sext i32 %19 to i64
  %22 = getelementptr inbounds [128 x i64], ptr %16, i64 0, i64 %21
  store i64 %14, ptr %22, align 8, !tbaa !22
  store i32 0, ptr %3, align 4
  br label %23

23:                                               ; preds = %13, %10
  %24 = load i32, ptr %3, align 4
  ret i32 %24
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @pop(ptr noundef %0, ptr noundef %1) #6 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !48
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.forth, ptr %6, i32 0, i32 1
  %8 = load i32, ptr %7, align 8, !tbaa !40
  %9 = icmp sle i32 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.forth, ptr %11, i32 0, i32 14
  store ptr @.str.52, ptr %12, align 8, !tbaa !19
  store i32 -1, ptr %3, align 4
  br label %24

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.forth, ptr %14, i32 0, i32 0
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.forth, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 8, !tbaa !40
  %19 = add nsw i32 %18, -1
  store i32 %19, ptr %17, align 8, !tbaa !40
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [128 x i64], ptr %15, i64 0, i64 %20
  %22 = load i64, ptr %21, align 8, !tbaa !22
  %23 = load ptr, ptr %5, align 8, !tbaa !48
  store i64 %22, ptr %23, align 8, !tbaa !22
  store i32 0, ptr %3, align 4
  br label %24

24:                                               ; preds = %13, %10
  %25 = load i32, ptr %3, align 4
  ret i32 %25
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @out_char(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.forth, ptr %5, i32 0, i32 12
  %7 = load i32, ptr %6, align 8, !tbaa !38
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = and i32 %8, 255
  %10 = xor i32 %7, %9
  %11 = mul i32 %10, 16777619
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.forth, ptr %12, i32 0, i32 12
  store i32 %11, ptr %13, align 8, !tbaa !38
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.forth, ptr %14, i32 0, i32 13
  %16 = load i32, ptr %15, align 4, !tbaa !39
  %17 = add nsw i32 %16, 1
  store i32 %17, ptr %15, align 4, !tbaa !39
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @out_number(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca [24 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %5) #8
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %8 = load i64, ptr %4, align 8, !tbaa !22
  %9 = icmp slt i64 %8, 0
  br i1 %9, label %10, label %13

10:                                               ; preds = %2
  %11 = load i64, ptr %4, align 8, !tbaa !22
  %12 = sub i64 0, %11
  br label %15

13:                                               ; preds = %2
  %14 = load i64, ptr %4, align 8, !tbaa !22
  br label %15

15:                                               ; preds = %13, %10
  %16 = phi i64 [ %12, %10 ], [ %14, %13 ]
  store i64 %16, ptr %7, align 8, !tbaa !22
  br label %17

17:                                               ; preds = %28, %15
  %18 = load i64, ptr %7, align 8, !tbaa !22
  %19 = urem i64 %18, 10
  %20 = add i64 48, %19
  %21 = trunc i64 %20 to i8
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4, !tbaa !5
  %24 = sext i32 %22 to i64
  %25 = getelementptr inbounds [24 x i8], ptr %5, i64 0, i64 %24
  store i8 %21, ptr %25, align 1, !tbaa !14
  %26 = load i64, ptr %7, align 8, !tbaa !22
  %27 = udiv i64 %26, 10
  store i64 %27, ptr %7, align 8, !tbaa !22
  br label %28

28:                                               ; preds = %17
  %29 = load i64, ptr %7, align 8, !tbaa !22
  %30 = icmp ne i64 %29, 0
  br i1 %30, label %17, label %31, !llvm.loop !51

31:                                               ; preds = %28
  %32 = load i64, ptr %4, align 8, !tbaa !22
  %33 = icmp slt i64 %32, 0
  br i1 %33, label %34, label %36

34:                                               ; preds = %31
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  call void @out_char(ptr noundef %35, i32 noundef 45) #9
  br label %36

36:                                               ; preds = %34, %31
  br label %37

37:                                               ; preds = %40, %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %48

40:                                               ; preds = %37
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = add nsw i32 %42, -1
  store i32 %43, ptr %6, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [24 x i8], ptr %5, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !14
  %47 = sext i8 %46 to i32
  call void @out_char(ptr noundef %41, i32 noundef %47) #9
  br label %37, !llvm.loop !52

48:                                               ; preds = %37
  %49 = load ptr, ptr %3, align 8, !tbaa !9
  call void @out_char(ptr noundef %49, i32 noundef 32) #9
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #8 = { nounwind }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }
attributes #11 = { minsize nounwind optsize willreturn memory(none) }

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
!10 = !{!"p1 _ZTS5forth", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !6, i64 11792}
!18 = !{!"forth", !7, i64 0, !6, i64 1024, !7, i64 1028, !6, i64 1284, !7, i64 1288, !7, i64 1800, !6, i64 2312, !7, i64 2316, !6, i64 10508, !7, i64 10512, !6, i64 11792, !7, i64 11800, !6, i64 11928, !6, i64 11932, !13, i64 11936}
!19 = !{!18, !13, i64 11936}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS4word", !11, i64 0}
!22 = !{!23, !23, i64 0}
!23 = !{!"long", !7, i64 0}
!24 = !{!18, !6, i64 10508}
!25 = !{!26, !6, i64 16}
!26 = !{!"word", !7, i64 0, !6, i64 16}
!27 = distinct !{!27, !16}
!28 = !{!29, !29, i64 0}
!29 = !{!"p1 short", !11, i64 0}
!30 = !{!31, !31, i64 0}
!31 = !{!"short", !7, i64 0}
!32 = distinct !{!32, !16}
!33 = !{!34, !34, i64 0}
!34 = !{!"p1 int", !11, i64 0}
!35 = distinct !{!35, !16}
!36 = !{!18, !6, i64 1284}
!37 = !{!18, !6, i64 2312}
!38 = !{!18, !6, i64 11928}
!39 = !{!18, !6, i64 11932}
!40 = !{!18, !6, i64 1024}
!41 = distinct !{!41, !16}
!42 = distinct !{!42, !16}
!43 = distinct !{!43, !16}
!44 = !{!45, !13, i64 0}
!45 = !{!"prim_name", !13, i64 0, !6, i64 8}
!46 = !{!45, !6, i64 8}
!47 = distinct !{!47, !16}
!48 = !{!49, !49, i64 0}
!49 = !{!"p1 long", !11, i64 0}
!50 = distinct !{!50, !16}
!51 = distinct !{!51, !16}
!52 = distinct !{!52, !16}
