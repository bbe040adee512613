; ModuleID = 'expr_calc.c'
source_filename = "expr_calc.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.lexer = type { ptr, i64 }
%struct.token = type { i32, i64, i8 }

@main.exprs = internal global [12 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 16
@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"100 / 7 % 5\00", align 1
@.str.3 = private unnamed_addr constant [22 x i8] c"2 * (3 + 4) * (5 - 1)\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"((((9))))\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"12345 * 6789 - 4321\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"8 / (4 - 4)\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"3 + * 4\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"(7 + 8\00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"1000 - 999 - 1 + 42 * 2\00", align 1
@.str.10 = private unnamed_addr constant [23 x i8] c"99 % 10 * 11 + (6 / 2)\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"17 $ 3\00", align 1
@.str.12 = private unnamed_addr constant [13 x i8] c"%-28s = %ld\0A\00", align 1
@.str.13 = private unnamed_addr constant [15 x i8] c"%-28s : error\0A\00", align 1
@main.opch = internal constant [6 x i8] c"+-*%+\00", align 1
@.str.14 = private unnamed_addr constant [3 x i8] c"%u\00", align 1
@.str.15 = private unnamed_addr constant [24 x i8] c"good=%d bad=%d acc=%lu\0A\00", align 1
@__const.next_token.t = private unnamed_addr constant { i32, [4 x i8], i64, i8, [7 x i8] } { i32 4, [4 x i8] zeroinitializer, i64 0, i8 0, [7 x i8] zeroinitializer }, align 8

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i1 @evaluate(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [64 x i64], align 16
  %7 = alloca [64 x i8], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.lexer, align 8
  %11 = alloca %struct.token, align 8
  %12 = alloca i32, align 4
  %13 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %14 = getelementptr inbounds nuw %struct.lexer, ptr %10, i32 0, i32 0
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %15, ptr %14, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw %struct.lexer, ptr %10, i32 0, i32 1
  store i64 0, ptr %16, align 8, !tbaa !17
  br label %17

17:                                               ; preds = %126, %2
  call void @llvm.lifetime.start.p0(ptr %11) #6
  call void @next_token(ptr dead_on_unwind writable sret(%struct.token) align 8 %11, ptr noundef %10) #7
  %18 = getelementptr inbounds nuw %struct.token, ptr %11, i32 0, i32 0
  %19 = load i32, ptr %18, align 8, !tbaa !18
  %20 = icmp eq i32 %19, 4
  br i1 %20, label %21, label %22

21:                                               ; preds = %17
  store i32 2, ptr %12, align 4
  br label %124

22:                                               ; preds = %17
  %23 = getelementptr inbounds nuw %struct.token, ptr %11, i32 0, i32 0
  %24 = load i32, ptr %23, align 8, !tbaa !18
  switch i32 %24, label %122 [
    i32 0, label %25
    i32 1, label %36
    i32 2, label %82
    i32 3, label %91
  ]

25:                                               ; preds = %22
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = icmp sge i32 %26, 64
  br i1 %27, label %28, label %29

28:                                               ; preds = %25
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

29:                                               ; preds = %25
  %30 = getelementptr inbounds nuw %struct.token, ptr %11, i32 0, i32 1
  %31 = load i64, ptr %30, align 8, !tbaa !20
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %8, align 4, !tbaa !5
  %34 = sext i32 %32 to i64
  %35 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 %34
  store i64 %31, ptr %35, align 8, !tbaa !21
  br label %123

36:                                               ; preds = %22
  br label %37

37:                                               ; preds = %70, %36
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = icmp sgt i32 %38, 0
  br i1 %39, label %40, label %59

40:                                               ; preds = %37
  %41 = load i32, ptr %9, align 4, !tbaa !5
  %42 = sub nsw i32 %41, 1
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !22
  %46 = sext i8 %45 to i32
  %47 = icmp ne i32 %46, 40
  br i1 %47, label %48, label %59

48:                                               ; preds = %40
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = sub nsw i32 %49, 1
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !22
  %54 = call i32 @precedence(i8 noundef signext %53) #7
  %55 = getelementptr inbounds nuw %struct.token, ptr %11, i32 0, i32 2
  %56 = load i8, ptr %55, align 8, !tbaa !23
  %57 = call i32 @precedence(i8 noundef signext %56) #7
  %58 = icmp sge i32 %54, %57
  br label %59

59:                                               ; preds = %48, %40, %37
  %60 = phi i1 [ false, %40 ], [ false, %37 ], [ %58, %48 ]
  br i1 %60, label %61, label %71

61:                                               ; preds = %59
  %62 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 0
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = add nsw i32 %63, -1
  store i32 %64, ptr %9, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %65
  %67 = load i8, ptr %66, align 1, !tbaa !22
  %68 = call zeroext i1 @apply(ptr noundef %62, ptr noundef %8, i8 noundef signext %67) #7
  br i1 %68, label %70, label %69

69:                                               ; preds = %61
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

70:                                               ; preds = %61
  br label %37, !llvm.loop !24

71:                                               ; preds = %59
  %72 = load i32, ptr %9, align 4, !tbaa !5
  %73 = icmp sge i32 %72, 64
  br i1 %73, label %74, label %75

74:                                               ; preds = %71
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

75:                                               ; preds = %71
  %76 = getelementptr inbounds nuw %struct.token, ptr %11, i32 0, i32 2
  %77 = load i8, ptr %76, align 8, !tbaa !23
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %9, align 4, !tbaa !5
  %80 = sext i32 %78 to i64
  %81 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %80
  store i8 %77, ptr %81, align 1, !tbaa !22
  br label %123

82:                                               ; preds = %22
  %83 = load i32, ptr %9, align 4, !tbaa !5
  %84 = icmp sge i32 %83, 64
  br i1 %84, label %85, label %86

85:                                               ; preds = %82
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

86:                                               ; preds = %82
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %9, align 4, !tbaa !5
  %89 = sext i32 %87 to i64
  %90 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %89
  store i8 40, ptr %90, align 1, !tbaa !22
  br label %123

91:                                               ; preds = %22
  br label %92

92:                                               ; preds = %114, %91
  %93 = load i32, ptr %9, align 4, !tbaa !5
  %94 = icmp sgt i32 %93, 0
  br i1 %94, label %95, label %103

95:                                               ; preds = %92
  %96 = load i32, ptr %9, align 4, !tbaa !5
  %97 = sub nsw i32 %96, 1
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %98
  %100 = load i8, ptr %99, align 1, !tbaa !22
  %101 = sext i8 %100 to i32
  %102 = icmp ne i32 %101, 40
  br label %103

103:                                              ; preds = %95, %92
  %104 = phi i1 [ false, %92 ], [ %102, %95 ]
  br i1 %104, label %105, label %115

105:                                              ; preds = %103
  %106 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 0
  %107 = load i32, ptr %9, align 4, !tbaa !5
  %108 = add nsw i32 %107, -1
  store i32 %108, ptr %9, align 4, !tbaa !5
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %109
  %111 = load i8, ptr %110, align 1, !tbaa !22
  %112 = call zeroext i1 @apply(ptr noundef %106, ptr noundef %8, i8 noundef signext %111) #7
  br i1 %112, label %114, label %113

113:                                              ; preds = %105
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

114:                                              ; preds = %105
  br label %92, !llvm.loop !26

115:                                              ; preds = %103
  %116 = load i32, ptr %9, align 4, !tbaa !5
  %117 = icmp eq i32 %116, 0
  br i1 %117, label %118, label %119

118:                                              ; preds = %115
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

119:                                              ; preds = %115
  %120 = load i32, ptr %9, align 4, !tbaa !5
  %121 = add nsw i32 %120, -1
  store i32 %121, ptr %9, align 4, !tbaa !5
  br label %123

122:                                              ; preds = %22
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %124

123:                                              ; preds = %119, %86, %75, %29
  store i32 0, ptr %12, align 4
  br label %124

124:                                              ; preds = %123, %122, %118, %113, %85, %74, %69, %28, %21
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %125 = load i32, ptr %12, align 4
  switch i32 %125, label %157 [
    i32 0, label %126
    i32 2, label %127
  ]

126:                                              ; preds = %124
  br label %17

127:                                              ; preds = %124
  br label %128

128:                                              ; preds = %148, %127
  %129 = load i32, ptr %9, align 4, !tbaa !5
  %130 = icmp sgt i32 %129, 0
  br i1 %130, label %131, label %149

131:                                              ; preds = %128
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %132 = load i32, ptr %9, align 4, !tbaa !5
  %133 = add nsw i32 %132, -1
  store i32 %133, ptr %9, align 4, !tbaa !5
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [64 x i8], ptr %7, i64 0, i64 %134
  %136 = load i8, ptr %135, align 1, !tbaa !22
  store i8 %136, ptr %13, align 1, !tbaa !22
  %137 = load i8, ptr %13, align 1, !tbaa !22
  %138 = sext i8 %137 to i32
  %139 = icmp eq i32 %138, 40
  br i1 %139, label %144, label %140

140:                                              ; preds = %131
  %141 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 0
  %142 = load i8, ptr %13, align 1, !tbaa !22
  %143 = call zeroext i1 @apply(ptr noundef %141, ptr noundef %8, i8 noundef signext %142) #7
  br i1 %143, label %145, label %144

144:                                              ; preds = %140, %131
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %146

145:                                              ; preds = %140
  store i32 0, ptr %12, align 4
  br label %146

146:                                              ; preds = %145, %144
  call void @llvm.lifetime.end.p0(ptr %13) #6
  %147 = load i32, ptr %12, align 4
  switch i32 %147, label %157 [
    i32 0, label %148
  ]

148:                                              ; preds = %146
  br label %128, !llvm.loop !27

149:                                              ; preds = %128
  %150 = load i32, ptr %8, align 4, !tbaa !5
  %151 = icmp ne i32 %150, 1
  br i1 %151, label %152, label %153

152:                                              ; preds = %149
  store i1 false, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %157

153:                                              ; preds = %149
  %154 = getelementptr inbounds [64 x i64], ptr %6, i64 0, i64 0
  %155 = load i64, ptr %154, align 16, !tbaa !21
  %156 = load ptr, ptr %5, align 8, !tbaa !12
  store i64 %155, ptr %156, align 8, !tbaa !21
  store i1 true, ptr %3, align 1
  store i32 1, ptr %12, align 4
  br label %157

157:                                              ; preds = %153, %152, %146, %124
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %158 = load i1, ptr %3, align 1
  ret i1 %158
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @next_token(ptr dead_on_unwind noalias writable sret(%struct.token) align 8 %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %1, ptr %3, align 8, !tbaa !28
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 @__const.next_token.t, i64 24, i1 false)
  br label %7

7:                                                ; preds = %25, %2
  %8 = call ptr @__ctype_b_loc() #8
  %9 = load ptr, ptr %8, align 8, !tbaa !30
  %10 = load ptr, ptr %3, align 8, !tbaa !28
  %11 = getelementptr inbounds nuw %struct.lexer, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %11, align 8, !tbaa !14
  %13 = load ptr, ptr %3, align 8, !tbaa !28
  %14 = getelementptr inbounds nuw %struct.lexer, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8, !tbaa !17
  %16 = getelementptr inbounds nuw i8, ptr %12, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !22
  %18 = zext i8 %17 to i32
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i16, ptr %9, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !32
  %22 = zext i16 %21 to i32
  %23 = and i32 %22, 8192
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %7
  %26 = load ptr, ptr %3, align 8, !tbaa !28
  %27 = getelementptr inbounds nuw %struct.lexer, ptr %26, i32 0, i32 1
  %28 = load i64, ptr %27, align 8, !tbaa !17
  %29 = add i64 %28, 1
  store i64 %29, ptr %27, align 8, !tbaa !17
  br label %7, !llvm.loop !34

30:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %31 = load ptr, ptr %3, align 8, !tbaa !28
  %32 = getelementptr inbounds nuw %struct.lexer, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 8, !tbaa !14
  %34 = load ptr, ptr %3, align 8, !tbaa !28
  %35 = getelementptr inbounds nuw %struct.lexer, ptr %34, i32 0, i32 1
  %36 = load i64, ptr %35, align 8, !tbaa !17
  %37 = getelementptr inbounds nuw i8, ptr %33, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !22
  store i8 %38, ptr %4, align 1, !tbaa !22
  %39 = load i8, ptr %4, align 1, !tbaa !22
  %40 = sext i8 %39 to i32
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %43

42:                                               ; preds = %30
  store i32 1, ptr %5, align 4
  br label %116

43:                                               ; preds = %30
  %44 = call ptr @__ctype_b_loc() #8
  %45 = load ptr, ptr %44, align 8, !tbaa !30
  %46 = load i8, ptr %4, align 1, !tbaa !22
  %47 = zext i8 %46 to i32
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i16, ptr %45, i64 %48
  %50 = load i16, ptr %49, align 2, !tbaa !32
  %51 = zext i16 %50 to i32
  %52 = and i32 %51, 2048
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %98

54:                                               ; preds = %43
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !21
  br label %55

55:                                               ; preds = %78, %54
  %56 = call ptr @__ctype_b_loc() #8
  %57 = load ptr, ptr %56, align 8, !tbaa !30
  %58 = load ptr, ptr %3, align 8, !tbaa !28
  %59 = getelementptr inbounds nuw %struct.lexer, ptr %58, i32 0, i32 0
  %60 = load ptr, ptr %59, align 8, !tbaa !14
  %61 = load ptr, ptr %3, align 8, !tbaa !28
  %62 = getelementptr inbounds nuw %struct.lexer, ptr %61, i32 0, i32 1
  %63 = load i64, ptr %62, align 8, !tbaa !17
  %64 = getelementptr inbounds nuw i8, ptr %60, i64 %63
  %65 = load i8, ptr %64, align 1, !tbaa !22
  %66 = zext i8 %65 to i32
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds i16, ptr %57, i64 %67
  %69 = load i16, ptr %68, align 2, !tbaa !32
  %70 = zext i16 %69 to i32
  %71 = and i32 %70, 2048
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %73, label %76

73:                                               ; preds = %55
  %74 = load i64, ptr %6, align 8, !tbaa !21
  %75 = icmp slt i64 %74, 100000000
  br label %76

76:                                               ; preds = %73, %55
  %77 = phi i1 [ false, %55 ], [ %75, %73 ]
  br i1 %77, label %78, label %94

78:                                               ; preds = %76
  %79 = load i64, ptr %6, align 8, !tbaa !21
  %80 = mul nsw i64 %79, 10
  %81 = load ptr, ptr %3, align 8, !tbaa !28
  %82 = getelementptr inbounds nuw %struct.lexer, ptr %81, i32 0, i32 0
  %83 = load ptr, ptr %82, align 8, !tbaa !14
  %84 = load ptr, ptr %3, align 8, !tbaa !28
  %85 = getelementptr inbounds nuw %struct.lexer, ptr %84, i32 0, i32 1
  %86 = load i64, ptr %85, align 8, !tbaa !17
  %87 = add i64 %86, 1
  store i64 %87, ptr %85, align 8, !tbaa !17
  %88 = getelementptr inbounds nuw i8, ptr %83, i64 %86
  %89 = load i8, ptr %88, align 1, !tbaa !22
  %90 = sext i8 %89 to i32
  %91 = sub nsw i32 %90, 48
  %92 = sext i32 %91 to i64
  %93 = add nsw i64 %80, %92
  store i64 %93, ptr %6, align 8, !tbaa !21
  br label %55, !llvm.loop !35

94:                                               ; preds = %76
  %95 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 0
  store i32 0, ptr %95, align 8, !tbaa !18
  %96 = load i64, ptr %6, align 8, !tbaa !21
  %97 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 1
  store i64 %96, ptr %97, align 8, !tbaa !20
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %116

98:                                               ; preds = %43
  %99 = load ptr, ptr %3, align 8, !tbaa !28
  %100 = getelementptr inbounds nuw %struct.lexer, ptr %99, i32 0, i32 1
  %101 = load i64, ptr %100, align 8, !tbaa !17
  %102 = add i64 %101, 1
  store i64 %102, ptr %100, align 8, !tbaa !17
  %103 = load i8, ptr %4, align 1, !tbaa !22
  %104 = sext i8 %103 to i32
  switch i32 %104, label %113 [
    i32 43, label %105
    i32 45, label %105
    i32 42, label %105
    i32 47, label %105
    i32 37, label %105
    i32 40, label %109
    i32 41, label %111
  ]

105:                                              ; preds = %98, %98, %98, %98, %98
  %106 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 0
  store i32 1, ptr %106, align 8, !tbaa !18
  %107 = load i8, ptr %4, align 1, !tbaa !22
  %108 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 2
  store i8 %107, ptr %108, align 8, !tbaa !23
  br label %115

109:                                              ; preds = %98
  %110 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 0
  store i32 2, ptr %110, align 8, !tbaa !18
  br label %115

111:                                              ; preds = %98
  %112 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 0
  store i32 3, ptr %112, align 8, !tbaa !18
  br label %115

113:                                              ; preds = %98
  %114 = getelementptr inbounds nuw %struct.token, ptr %0, i32 0, i32 0
  store i32 5, ptr %114, align 8, !tbaa !18
  br label %115

115:                                              ; preds = %113, %111, %109, %105
  store i32 1, ptr %5, align 4
  br label %116

116:                                              ; preds = %115, %94, %42
  call void @llvm.lifetime.end.p0(ptr %4) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @precedence(i8 noundef signext %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !22
  %4 = load i8, ptr %3, align 1, !tbaa !22
  %5 = sext i8 %4 to i32
  switch i32 %5, label %8 [
    i32 43, label %6
    i32 45, label %6
    i32 42, label %7
    i32 47, label %7
    i32 37, label %7
  ]

6:                                                ; preds = %1, %1
  store i32 1, ptr %2, align 4
  br label %9

7:                                                ; preds = %1, %1, %1
  store i32 2, ptr %2, align 4
  br label %9

8:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %9

9:                                                ; preds = %8, %7, %6
  %10 = load i32, ptr %2, align 4
  ret i32 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @apply(ptr noundef %0, ptr noundef %1, i8 noundef signext %2) #0 {
  %4 = alloca i1, align 1
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i8, align 1
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !12
  store ptr %1, ptr %6, align 8, !tbaa !36
  store i8 %2, ptr %7, align 1, !tbaa !22
  %12 = load ptr, ptr %6, align 8, !tbaa !36
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 2
  br i1 %14, label %15, label %16

15:                                               ; preds = %3
  store i1 false, ptr %4, align 1
  br label %73

16:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %17 = load ptr, ptr %5, align 8, !tbaa !12
  %18 = load ptr, ptr %6, align 8, !tbaa !36
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = add nsw i32 %19, -1
  store i32 %20, ptr %18, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds i64, ptr %17, i64 %21
  %23 = load i64, ptr %22, align 8, !tbaa !21
  store i64 %23, ptr %8, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %24 = load ptr, ptr %5, align 8, !tbaa !12
  %25 = load ptr, ptr %6, align 8, !tbaa !36
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %25, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i64, ptr %24, i64 %28
  %30 = load i64, ptr %29, align 8, !tbaa !21
  store i64 %30, ptr %9, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %31 = load i8, ptr %7, align 1, !tbaa !22
  %32 = sext i8 %31 to i32
  switch i32 %32, label %61 [
    i32 43, label %33
    i32 45, label %37
    i32 42, label %41
    i32 47, label %45
    i32 37, label %53
  ]

33:                                               ; preds = %16
  %34 = load i64, ptr %9, align 8, !tbaa !21
  %35 = load i64, ptr %8, align 8, !tbaa !21
  %36 = add nsw i64 %34, %35
  store i64 %36, ptr %10, align 8, !tbaa !21
  br label %62

37:                                               ; preds = %16
  %38 = load i64, ptr %9, align 8, !tbaa !21
  %39 = load i64, ptr %8, align 8, !tbaa !21
  %40 = sub nsw i64 %38, %39
  store i64 %40, ptr %10, align 8, !tbaa !21
  br label %62

41:                                               ; preds = %16
  %42 = load i64, ptr %9, align 8, !tbaa !21
  %43 = load i64, ptr %8, align 8, !tbaa !21
  %44 = mul nsw i64 %42, %43
  store i64 %44, ptr %10, align 8, !tbaa !21
  br label %62

45:                                               ; preds = %16
  %46 = load i64, ptr %8, align 8, !tbaa !21
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %48, label %49

48:                                               ; preds = %45
  store i1 false, ptr %4, align 1
  store i32 1, ptr %11, align 4
  br label %72

49:                                               ; preds = %45
  %50 = load i64, ptr %9, align 8, !tbaa !21
  %51 = load i64, ptr %8, align 8, !tbaa !21
  %52 = sdiv i64 %50, %51
  store i64 %52, ptr %10, align 8, !tbaa !21
  br label %62

53:                                               ; preds = %16
  %54 = load i64, ptr %8, align 8, !tbaa !21
  %55 = icmp eq i64 %54, 0
  br i1 %55, label %56, label %57

56:                                               ; preds = %53
  store i1 false, ptr %4, align 1
  store i32 1, ptr %11, align 4
  br label %72

57:                                               ; preds = %53
  %58 = load i64, ptr %9, align 8, !tbaa !21
  %59 = load i64, ptr %8, align 8, !tbaa !21
  %60 = srem i64 %58, %59
  store i64 %60, ptr %10, align 8, !tbaa !21
  br label %62

61:                                               ; preds = %16
  store i1 false, ptr %4, align 1
  store i32 1, ptr %11, align 4
  br label %72

62:                                               ; preds = %57, %49, %41, %37, %33
  %63 = load i64, ptr %10, align 8, !tbaa !21
  %64 = srem i64 %63, 1000000007
  store i64 %64, ptr %10, align 8, !tbaa !21
  %65 = load i64, ptr %10, align 8, !tbaa !21
  %66 = load ptr, ptr %5, align 8, !tbaa !12
  %67 = load ptr, ptr %6, align 8, !tbaa !36
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %67, align 4, !tbaa !5
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds i64, ptr %66, i64 %70
  store i64 %65, ptr %71, align 8, !tbaa !21
  store i1 true, ptr %4, align 1
  store i32 1, ptr %11, align 4
  br label %72

72:                                               ; preds = %62, %61, %56, %48
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %73

73:                                               ; preds = %72, %15
  %74 = load i1, ptr %4, align 1
  ret i1 %74
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca [512 x i8], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i64 12, ptr %2, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i64 0, ptr %5, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !21
  br label %17

17:                                               ; preds = %54, %0
  %18 = load i64, ptr %6, align 8, !tbaa !21
  %19 = icmp ult i64 %18, 12
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %57

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %22 = load i64, ptr %6, align 8, !tbaa !21
  %23 = getelementptr inbounds nuw [12 x ptr], ptr @main.exprs, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = call zeroext i1 @evaluate(ptr noundef %24, ptr noundef %7) #7
  br i1 %25, label %26, label %46

26:                                               ; preds = %21
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %3, align 4, !tbaa !5
  %29 = load i64, ptr %5, align 8, !tbaa !21
  %30 = mul i64 %29, 131
  %31 = load i64, ptr %7, align 8, !tbaa !21
  %32 = icmp slt i64 %31, 0
  br i1 %32, label %33, label %36

33:                                               ; preds = %26
  %34 = load i64, ptr %7, align 8, !tbaa !21
  %35 = sub nsw i64 0, %34
  br label %38

36:                                               ; preds = %26
  %37 = load i64, ptr %7, align 8, !tbaa !21
  br label %38

38:                                               ; preds = %36, %33
  %39 = phi i64 [ %35, %33 ], [ %37, %36 ]
  %40 = add i64 %30, %39
  store i64 %40, ptr %5, align 8, !tbaa !21
  %41 = load i64, ptr %6, align 8, !tbaa !21
  %42 = getelementptr inbounds nuw [12 x ptr], ptr @main.exprs, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !9
  %44 = load i64, ptr %7, align 8, !tbaa !21
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, ptr noundef %43, i64 noundef %44) #7
  br label %53

46:                                               ; preds = %21
  %47 = load i32, ptr %4, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %4, align 4, !tbaa !5
  %49 = load i64, ptr %6, align 8, !tbaa !21
  %50 = getelementptr inbounds nuw [12 x ptr], ptr @main.exprs, i64 0, i64 %49
  %51 = load ptr, ptr %50, align 8, !tbaa !9
  %52 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %51) #7
  br label %53

53:                                               ; preds = %46, %38
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %54

54:                                               ; preds = %53
  %55 = load i64, ptr %6, align 8, !tbaa !21
  %56 = add i64 %55, 1
  store i64 %56, ptr %6, align 8, !tbaa !21
  br label %17, !llvm.loop !38

57:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 77, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %147, %57
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 200
  br i1 %60, label %62, label %61

61:                                               ; preds = %58
  store i32 5, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %150

62:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = srem i32 %63, 20
  %65 = add nsw i32 3, %64
  store i32 %65, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %121, %62
  %67 = load i32, ptr %14, align 4, !tbaa !5
  %68 = load i32, ptr %13, align 4, !tbaa !5
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %70, label %74

70:                                               ; preds = %66
  %71 = load i64, ptr %12, align 8, !tbaa !21
  %72 = add i64 %71, 16
  %73 = icmp ult i64 %72, 512
  br label %74

74:                                               ; preds = %70, %66
  %75 = phi i1 [ false, %66 ], [ %73, %70 ]
  br i1 %75, label %77, label %76

76:                                               ; preds = %74
  store i32 8, ptr %11, align 4
  br label %124

77:                                               ; preds = %74
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = mul i32 %78, 1664525
  %80 = add i32 %79, 1013904223
  store i32 %80, ptr %9, align 4, !tbaa !5
  %81 = load i32, ptr %14, align 4, !tbaa !5
  %82 = icmp sgt i32 %81, 0
  br i1 %82, label %83, label %99

83:                                               ; preds = %77
  %84 = load i64, ptr %12, align 8, !tbaa !21
  %85 = add i64 %84, 1
  store i64 %85, ptr %12, align 8, !tbaa !21
  %86 = getelementptr inbounds nuw [512 x i8], ptr %8, i64 0, i64 %84
  store i8 32, ptr %86, align 1, !tbaa !22
  %87 = load i32, ptr %9, align 4, !tbaa !5
  %88 = lshr i32 %87, 24
  %89 = urem i32 %88, 5
  %90 = zext i32 %89 to i64
  %91 = getelementptr inbounds nuw [6 x i8], ptr @main.opch, i64 0, i64 %90
  %92 = load i8, ptr %91, align 1, !tbaa !22
  %93 = load i64, ptr %12, align 8, !tbaa !21
  %94 = add i64 %93, 1
  store i64 %94, ptr %12, align 8, !tbaa !21
  %95 = getelementptr inbounds nuw [512 x i8], ptr %8, i64 0, i64 %93
  store i8 %92, ptr %95, align 1, !tbaa !22
  %96 = load i64, ptr %12, align 8, !tbaa !21
  %97 = add i64 %96, 1
  store i64 %97, ptr %12, align 8, !tbaa !21
  %98 = getelementptr inbounds nuw [512 x i8], ptr %8, i64 0, i64 %96
  store i8 32, ptr %98, align 1, !tbaa !22
  br label %99

99:                                               ; preds = %83, %77
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %100 = getelementptr inbounds [512 x i8], ptr %8, i64 0, i64 0
  %101 = load i64, ptr %12, align 8, !tbaa !21
  %102 = getelementptr inbounds nuw i8, ptr %100, i64 %101
  %103 = load i64, ptr %12, align 8, !tbaa !21
  %104 = sub i64 512, %103
  %105 = load i32, ptr %9, align 4, !tbaa !5
  %106 = lshr i32 %105, 10
  %107 = urem i32 %106, 1000
  %108 = add i32 %107, 1
  %109 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %102, i64 noundef %104, ptr noundef @.str.14, i32 noundef %108) #9
  store i32 %109, ptr %15, align 4, !tbaa !5
  %110 = load i32, ptr %15, align 4, !tbaa !5
  %111 = icmp slt i32 %110, 0
  br i1 %111, label %112, label %113

112:                                              ; preds = %99
  store i32 8, ptr %11, align 4
  br label %118

113:                                              ; preds = %99
  %114 = load i32, ptr %15, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = load i64, ptr %12, align 8, !tbaa !21
  %117 = add i64 %116, %115
  store i64 %117, ptr %12, align 8, !tbaa !21
  store i32 0, ptr %11, align 4
  br label %118

118:                                              ; preds = %113, %112
  call void @llvm.lifetime.end.p0(ptr %15) #6
  %119 = load i32, ptr %11, align 4
  switch i32 %119, label %124 [
    i32 0, label %120
  ]

120:                                              ; preds = %118
  br label %121

121:                                              ; preds = %120
  %122 = load i32, ptr %14, align 4, !tbaa !5
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %14, align 4, !tbaa !5
  br label %66, !llvm.loop !39

124:                                              ; preds = %118, %76
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %125

125:                                              ; preds = %124
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %126 = getelementptr inbounds [512 x i8], ptr %8, i64 0, i64 0
  %127 = call zeroext i1 @evaluate(ptr noundef %126, ptr noundef %16) #7
  br i1 %127, label %128, label %143

128:                                              ; preds = %125
  %129 = load i64, ptr %16, align 8, !tbaa !21
  %130 = icmp slt i64 %129, 0
  br i1 %130, label %131, label %134

131:                                              ; preds = %128
  %132 = load i64, ptr %16, align 8, !tbaa !21
  %133 = sub nsw i64 0, %132
  br label %136

134:                                              ; preds = %128
  %135 = load i64, ptr %16, align 8, !tbaa !21
  br label %136

136:                                              ; preds = %134, %131
  %137 = phi i64 [ %133, %131 ], [ %135, %134 ]
  %138 = load i32, ptr %10, align 4, !tbaa !5
  %139 = sext i32 %138 to i64
  %140 = add i64 %137, %139
  %141 = load i64, ptr %5, align 8, !tbaa !21
  %142 = xor i64 %141, %140
  store i64 %142, ptr %5, align 8, !tbaa !21
  br label %146

143:                                              ; preds = %125
  %144 = load i32, ptr %4, align 4, !tbaa !5
  %145 = add nsw i32 %144, 1
  store i32 %145, ptr %4, align 4, !tbaa !5
  br label %146

146:                                              ; preds = %143, %136
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %147

147:                                              ; preds = %146
  %148 = load i32, ptr %10, align 4, !tbaa !5
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %10, align 4, !tbaa !5
  br label %58, !llvm.loop !40

150:                                              ; preds = %61
  %151 = load i32, ptr %3, align 4, !tbaa !5
  %152 = load i32, ptr %4, align 4, !tbaa !5
  %153 = load i64, ptr %5, align 8, !tbaa !21
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %151, i32 noundef %152, i64 noundef %153) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %155 = load i32, ptr %1, align 4
  ret i32 %155
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }
attributes #9 = { minsize nounwind optsize }

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
!13 = !{!"p1 long", !11, i64 0}
!14 = !{!15, !10, i64 0}
!15 = !{!"lexer", !10, i64 0, !16, i64 8}
!16 = !{!"long", !7, i64 0}
!17 = !{!15, !16, i64 8}
!18 = !{!19, !6, i64 0}
!19 = !{!"token", !6, i64 0, !16, i64 8, !7, i64 16}
!20 = !{!19, !16, i64 8}
!21 = !{!16, !16, i64 0}
!22 = !{!7, !7, i64 0}
!23 = !{!19, !7, i64 16}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = distinct !{!27, !25}
!28 = !{!29, !29, i64 0}
!29 = !{!"p1 _ZTS5lexer", !11, i64 0}
!30 = !{!31, !31, i64 0}
!31 = !{!"p1 short", !11, i64 0}
!32 = !{!33, !33, i64 0}
!33 = !{!"short", !7, i64 0}
!34 = distinct !{!34, !25}
!35 = distinct !{!35, !25}
!36 = !{!37, !37, i64 0}
!37 = !{!"p1 int", !11, i64 0}
!38 = distinct !{!38, !25}
!39 = distinct !{!39, !25}
!40 = distinct !{!40, !25}
