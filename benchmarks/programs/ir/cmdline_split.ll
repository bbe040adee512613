; ModuleID = 'cmdline_split.c'
source_filename = "cmdline_split.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.lines = internal global [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [12 x i8] c"ls -la /tmp\00", align 1
@.str.1 = private unnamed_addr constant [63 x i8] c"  echo  'single quoted  text'  \22double \\\22q\\\22 \\n\22 plain\\ space \00", align 1
@.str.2 = private unnamed_addr constant [41 x i8] c"gcc -O2 -DNAME=\22a b\22 main.c -o 'my prog'\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"unterminated 'quote\00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"a''b \22\22c d\\\\e\00", align 1
@.str.5 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.6 = private unnamed_addr constant [39 x i8] c"args=%d errors=%d hash=%08x arg2=[%s]\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @split_cmdline(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i8, align 1
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !12
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %16 = load ptr, ptr %7, align 8, !tbaa !9
  store ptr %16, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %17, ptr %13, align 8, !tbaa !9
  br label %18

18:                                               ; preds = %165, %4
  call void @llvm.lifetime.start.p0(ptr %14) #3
  %19 = load ptr, ptr %13, align 8, !tbaa !9
  %20 = load i8, ptr %19, align 1, !tbaa !15
  store i8 %20, ptr %14, align 1, !tbaa !15
  %21 = load i32, ptr %10, align 4, !tbaa !5
  switch i32 %21, label %161 [
    i32 0, label %22
    i32 1, label %52
    i32 2, label %96
    i32 3, label %111
    i32 4, label %132
    i32 5, label %141
  ]

22:                                               ; preds = %18
  %23 = load i8, ptr %14, align 1, !tbaa !15
  %24 = sext i8 %23 to i32
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %28

26:                                               ; preds = %22
  %27 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %27, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

28:                                               ; preds = %22
  %29 = load i8, ptr %14, align 1, !tbaa !15
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %30, 32
  br i1 %31, label %36, label %32

32:                                               ; preds = %28
  %33 = load i8, ptr %14, align 1, !tbaa !15
  %34 = sext i8 %33 to i32
  %35 = icmp eq i32 %34, 9
  br i1 %35, label %36, label %37

36:                                               ; preds = %32, %28
  br label %161

37:                                               ; preds = %32
  %38 = load i32, ptr %11, align 4, !tbaa !5
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = icmp sge i32 %38, %39
  br i1 %40, label %41, label %43

41:                                               ; preds = %37
  %42 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %42, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

43:                                               ; preds = %37
  %44 = load ptr, ptr %12, align 8, !tbaa !9
  %45 = load ptr, ptr %8, align 8, !tbaa !12
  %46 = load i32, ptr %11, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %11, align 4, !tbaa !5
  %48 = sext i32 %46 to i64
  %49 = getelementptr inbounds ptr, ptr %45, i64 %48
  store ptr %44, ptr %49, align 8, !tbaa !9
  store i32 1, ptr %10, align 4, !tbaa !5
  %50 = load ptr, ptr %13, align 8, !tbaa !9
  %51 = getelementptr inbounds i8, ptr %50, i32 -1
  store ptr %51, ptr %13, align 8, !tbaa !9
  br label %161

52:                                               ; preds = %18
  %53 = load i8, ptr %14, align 1, !tbaa !15
  %54 = sext i8 %53 to i32
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %64, label %56

56:                                               ; preds = %52
  %57 = load i8, ptr %14, align 1, !tbaa !15
  %58 = sext i8 %57 to i32
  %59 = icmp eq i32 %58, 32
  br i1 %59, label %64, label %60

60:                                               ; preds = %56
  %61 = load i8, ptr %14, align 1, !tbaa !15
  %62 = sext i8 %61 to i32
  %63 = icmp eq i32 %62, 9
  br i1 %63, label %64, label %73

64:                                               ; preds = %60, %56, %52
  %65 = load ptr, ptr %12, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw i8, ptr %65, i32 1
  store ptr %66, ptr %12, align 8, !tbaa !9
  store i8 0, ptr %65, align 1, !tbaa !15
  %67 = load i8, ptr %14, align 1, !tbaa !15
  %68 = sext i8 %67 to i32
  %69 = icmp eq i32 %68, 0
  br i1 %69, label %70, label %72

70:                                               ; preds = %64
  %71 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %71, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

72:                                               ; preds = %64
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %95

73:                                               ; preds = %60
  %74 = load i8, ptr %14, align 1, !tbaa !15
  %75 = sext i8 %74 to i32
  %76 = icmp eq i32 %75, 39
  br i1 %76, label %77, label %78

77:                                               ; preds = %73
  store i32 2, ptr %10, align 4, !tbaa !5
  br label %94

78:                                               ; preds = %73
  %79 = load i8, ptr %14, align 1, !tbaa !15
  %80 = sext i8 %79 to i32
  %81 = icmp eq i32 %80, 34
  br i1 %81, label %82, label %83

82:                                               ; preds = %78
  store i32 3, ptr %10, align 4, !tbaa !5
  br label %93

83:                                               ; preds = %78
  %84 = load i8, ptr %14, align 1, !tbaa !15
  %85 = sext i8 %84 to i32
  %86 = icmp eq i32 %85, 92
  br i1 %86, label %87, label %88

87:                                               ; preds = %83
  store i32 4, ptr %10, align 4, !tbaa !5
  br label %92

88:                                               ; preds = %83
  %89 = load i8, ptr %14, align 1, !tbaa !15
  %90 = load ptr, ptr %12, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw i8, ptr %90, i32 1
  store ptr %91, ptr %12, align 8, !tbaa !9
  store i8 %89, ptr %90, align 1, !tbaa !15
  br label %92

92:                                               ; preds = %88, %87
  br label %93

93:                                               ; preds = %92, %82
  br label %94

94:                                               ; preds = %93, %77
  br label %95

95:                                               ; preds = %94, %72
  br label %161

96:                                               ; preds = %18
  %97 = load i8, ptr %14, align 1, !tbaa !15
  %98 = sext i8 %97 to i32
  %99 = icmp eq i32 %98, 0
  br i1 %99, label %100, label %101

100:                                              ; preds = %96
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

101:                                              ; preds = %96
  %102 = load i8, ptr %14, align 1, !tbaa !15
  %103 = sext i8 %102 to i32
  %104 = icmp eq i32 %103, 39
  br i1 %104, label %105, label %106

105:                                              ; preds = %101
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %110

106:                                              ; preds = %101
  %107 = load i8, ptr %14, align 1, !tbaa !15
  %108 = load ptr, ptr %12, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw i8, ptr %108, i32 1
  store ptr %109, ptr %12, align 8, !tbaa !9
  store i8 %107, ptr %108, align 1, !tbaa !15
  br label %110

110:                                              ; preds = %106, %105
  br label %161

111:                                              ; preds = %18
  %112 = load i8, ptr %14, align 1, !tbaa !15
  %113 = sext i8 %112 to i32
  %114 = icmp eq i32 %113, 0
  br i1 %114, label %115, label %116

115:                                              ; preds = %111
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

116:                                              ; preds = %111
  %117 = load i8, ptr %14, align 1, !tbaa !15
  %118 = sext i8 %117 to i32
  %119 = icmp eq i32 %118, 34
  br i1 %119, label %120, label %121

120:                                              ; preds = %116
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %131

121:                                              ; preds = %116
  %122 = load i8, ptr %14, align 1, !tbaa !15
  %123 = sext i8 %122 to i32
  %124 = icmp eq i32 %123, 92
  br i1 %124, label %125, label %126

125:                                              ; preds = %121
  store i32 5, ptr %10, align 4, !tbaa !5
  br label %130

126:                                              ; preds = %121
  %127 = load i8, ptr %14, align 1, !tbaa !15
  %128 = load ptr, ptr %12, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw i8, ptr %128, i32 1
  store ptr %129, ptr %12, align 8, !tbaa !9
  store i8 %127, ptr %128, align 1, !tbaa !15
  br label %130

130:                                              ; preds = %126, %125
  br label %131

131:                                              ; preds = %130, %120
  br label %161

132:                                              ; preds = %18
  %133 = load i8, ptr %14, align 1, !tbaa !15
  %134 = sext i8 %133 to i32
  %135 = icmp eq i32 %134, 0
  br i1 %135, label %136, label %137

136:                                              ; preds = %132
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

137:                                              ; preds = %132
  %138 = load i8, ptr %14, align 1, !tbaa !15
  %139 = load ptr, ptr %12, align 8, !tbaa !9
  %140 = getelementptr inbounds nuw i8, ptr %139, i32 1
  store ptr %140, ptr %12, align 8, !tbaa !9
  store i8 %138, ptr %139, align 1, !tbaa !15
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %161

141:                                              ; preds = %18
  %142 = load i8, ptr %14, align 1, !tbaa !15
  %143 = sext i8 %142 to i32
  %144 = icmp eq i32 %143, 0
  br i1 %144, label %145, label %146

145:                                              ; preds = %141
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %15, align 4
  br label %162

146:                                              ; preds = %141
  %147 = load i8, ptr %14, align 1, !tbaa !15
  %148 = sext i8 %147 to i32
  %149 = icmp ne i32 %148, 34
  br i1 %149, label %150, label %157

150:                                              ; preds = %146
  %151 = load i8, ptr %14, align 1, !tbaa !15
  %152 = sext i8 %151 to i32
  %153 = icmp ne i32 %152, 92
  br i1 %153, label %154, label %157

154:                                              ; preds = %150
  %155 = load ptr, ptr %12, align 8, !tbaa !9
  %156 = getelementptr inbounds nuw i8, ptr %155, i32 1
  store ptr %156, ptr %12, align 8, !tbaa !9
  store i8 92, ptr %155, align 1, !tbaa !15
  br label %157

157:                                              ; preds = %154, %150, %146
  %158 = load i8, ptr %14, align 1, !tbaa !15
  %159 = load ptr, ptr %12, align 8, !tbaa !9
  %160 = getelementptr inbounds nuw i8, ptr %159, i32 1
  store ptr %160, ptr %12, align 8, !tbaa !9
  store i8 %158, ptr %159, align 1, !tbaa !15
  store i32 3, ptr %10, align 4, !tbaa !5
  br label %161

161:                                              ; preds = %18, %157, %137, %131, %110, %95, %43, %36
  store i32 0, ptr %15, align 4
  br label %162

162:                                              ; preds = %161, %145, %136, %115, %100, %70, %41, %26
  call void @llvm.lifetime.end.p0(ptr %14) #3
  %163 = load i32, ptr %15, align 4
  switch i32 %163, label %168 [
    i32 0, label %164
  ]

164:                                              ; preds = %162
  br label %165

165:                                              ; preds = %164
  %166 = load ptr, ptr %13, align 8, !tbaa !9
  %167 = getelementptr inbounds nuw i8, ptr %166, i32 1
  store ptr %167, ptr %13, align 8, !tbaa !9
  br label %18

168:                                              ; preds = %162
  call void @llvm.lifetime.end.p0(ptr %13) #3
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %10) #3
  %169 = load i32, ptr %5, align 4
  ret i32 %169
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i8], align 16
  %3 = alloca [32 x ptr], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  call void @llvm.lifetime.start.p0(ptr %3) #3
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %79, %0
  %14 = load i32, ptr %7, align 4, !tbaa !5
  %15 = icmp slt i32 %14, 2000
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %82

17:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i64 0, ptr %9, align 8, !tbaa !16
  br label %18

18:                                               ; preds = %75, %17
  %19 = load i64, ptr %9, align 8, !tbaa !16
  %20 = icmp ult i64 %19, 6
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %78

22:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %23 = load i64, ptr %9, align 8, !tbaa !16
  %24 = getelementptr inbounds nuw [6 x ptr], ptr @main.lines, i64 0, i64 %23
  %25 = load ptr, ptr %24, align 8, !tbaa !9
  %26 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %27 = getelementptr inbounds [32 x ptr], ptr %3, i64 0, i64 0
  %28 = call i32 @split_cmdline(ptr noundef %25, ptr noundef %26, ptr noundef %27, i32 noundef 32) #4
  store i32 %28, ptr %10, align 4, !tbaa !5
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = icmp slt i32 %29, 0
  br i1 %30, label %31, label %34

31:                                               ; preds = %22
  %32 = load i32, ptr %6, align 4, !tbaa !5
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %6, align 4, !tbaa !5
  store i32 7, ptr %8, align 4
  br label %72

34:                                               ; preds = %22
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = add nsw i32 %36, %35
  store i32 %37, ptr %5, align 4, !tbaa !5
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %71

40:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %67, %40
  %42 = load i32, ptr %11, align 4, !tbaa !5
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = icmp slt i32 %42, %43
  br i1 %44, label %46, label %45

45:                                               ; preds = %41
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3
  br label %70

46:                                               ; preds = %41
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %47 = load i32, ptr %11, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [32 x ptr], ptr %3, i64 0, i64 %48
  %50 = load ptr, ptr %49, align 8, !tbaa !9
  store ptr %50, ptr %12, align 8, !tbaa !9
  br label %51

51:                                               ; preds = %63, %46
  %52 = load ptr, ptr %12, align 8, !tbaa !9
  %53 = load i8, ptr %52, align 1, !tbaa !15
  %54 = icmp ne i8 %53, 0
  br i1 %54, label %56, label %55

55:                                               ; preds = %51
  store i32 11, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #3
  br label %66

56:                                               ; preds = %51
  %57 = load i32, ptr %4, align 4, !tbaa !5
  %58 = mul i32 %57, 31
  %59 = load ptr, ptr %12, align 8, !tbaa !9
  %60 = load i8, ptr %59, align 1, !tbaa !15
  %61 = zext i8 %60 to i32
  %62 = add i32 %58, %61
  store i32 %62, ptr %4, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %56
  %64 = load ptr, ptr %12, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw i8, ptr %64, i32 1
  store ptr %65, ptr %12, align 8, !tbaa !9
  br label %51, !llvm.loop !18

66:                                               ; preds = %55
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %11, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %11, align 4, !tbaa !5
  br label %41, !llvm.loop !20

70:                                               ; preds = %45
  br label %71

71:                                               ; preds = %70, %34
  store i32 0, ptr %8, align 4
  br label %72

72:                                               ; preds = %71, %31
  call void @llvm.lifetime.end.p0(ptr %10) #3
  %73 = load i32, ptr %8, align 4
  switch i32 %73, label %94 [
    i32 0, label %74
    i32 7, label %75
  ]

74:                                               ; preds = %72
  br label %75

75:                                               ; preds = %74, %72
  %76 = load i64, ptr %9, align 8, !tbaa !16
  %77 = add i64 %76, 1
  store i64 %77, ptr %9, align 8, !tbaa !16
  br label %18, !llvm.loop !21

78:                                               ; preds = %21
  br label %79

79:                                               ; preds = %78
  %80 = load i32, ptr %7, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %7, align 4, !tbaa !5
  br label %13, !llvm.loop !22

82:                                               ; preds = %16
  %83 = load ptr, ptr getelementptr inbounds ([6 x ptr], ptr @main.lines, i64 0, i64 1), align 8, !tbaa !9
  %84 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %85 = getelementptr inbounds [32 x ptr], ptr %3, i64 0, i64 0
  %86 = call i32 @split_cmdline(ptr noundef %83, ptr noundef %84, ptr noundef %85, i32 noundef 32) #4
  %87 = load i32, ptr %5, align 4, !tbaa !5
  %88 = load i32, ptr %6, align 4, !tbaa !5
  %89 = load i32, ptr %4, align 4, !tbaa !5
  %90 = getelementptr inbounds [32 x ptr], ptr %3, i64 0, i64 2
  %91 = load ptr, ptr %90, align 16, !tbaa !9
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %87, i32 noundef %88, i32 noundef %89, ptr noundef %91) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %93 = load i32, ptr %1, align 4
  ret i32 %93

94:                                               ; preds = %72
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

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
!13 = !{!"p2 omnipotent char", !14, i64 0}
!14 = !{!"any p2 pointer", !11, i64 0}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = distinct !{!21, !19}
!22 = distinct !{!22, !19}
