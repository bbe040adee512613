; ModuleID = 'soundex.c'
source_filename = "soundex.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [5 x i8] c"0000\00", align 1
@main.names = internal global [19 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19], align 16
@.str.1 = private unnamed_addr constant [7 x i8] c"Robert\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"Rupert\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"Rubin\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"Ashcraft\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"Ashcroft\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"Tymczak\00", align 1
@.str.7 = private unnamed_addr constant [8 x i8] c"Pfister\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"Honeyman\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"Lee\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"Gutierrez\00", align 1
@.str.11 = private unnamed_addr constant [8 x i8] c"Jackson\00", align 1
@.str.12 = private unnamed_addr constant [11 x i8] c"Washington\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"O'Hara\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"Lloyd\00", align 1
@.str.15 = private unnamed_addr constant [5 x i8] c"Ladd\00", align 1
@.str.16 = private unnamed_addr constant [6 x i8] c"Smith\00", align 1
@.str.17 = private unnamed_addr constant [6 x i8] c"Smyth\00", align 1
@.str.18 = private unnamed_addr constant [8 x i8] c"Schmidt\00", align 1
@.str.19 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.20 = private unnamed_addr constant [64 x i8] c"Robert=%s Ashcraft=%s Tymczak=%s Pfister=%s pairs=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @soundex(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %31, %2
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = load i8, ptr %12, align 1, !tbaa !12
  %14 = sext i8 %13 to i32
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %29

16:                                               ; preds = %11
  %17 = call ptr @__ctype_b_loc() #7
  %18 = load ptr, ptr %17, align 8, !tbaa !13
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = load i8, ptr %19, align 1, !tbaa !12
  %21 = zext i8 %20 to i32
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i16, ptr %18, i64 %22
  %24 = load i16, ptr %23, align 2, !tbaa !15
  %25 = zext i16 %24 to i32
  %26 = and i32 %25, 1024
  %27 = icmp ne i32 %26, 0
  %28 = xor i1 %27, true
  br label %29

29:                                               ; preds = %16, %11
  %30 = phi i1 [ false, %11 ], [ %28, %16 ]
  br i1 %30, label %31, label %34

31:                                               ; preds = %29
  %32 = load ptr, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw i8, ptr %32, i32 1
  store ptr %33, ptr %3, align 8, !tbaa !9
  br label %11, !llvm.loop !17

34:                                               ; preds = %29
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = load i8, ptr %35, align 1, !tbaa !12
  %37 = icmp ne i8 %36, 0
  br i1 %37, label %41, label %38

38:                                               ; preds = %34
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = call ptr @strcpy(ptr noundef %39, ptr noundef @.str) #8
  store i32 1, ptr %6, align 4
  br label %132

41:                                               ; preds = %34
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %42 = call ptr @__ctype_toupper_loc() #7
  %43 = load ptr, ptr %42, align 8, !tbaa !19
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = load i8, ptr %44, align 1, !tbaa !12
  %46 = zext i8 %45 to i32
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i32, ptr %43, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  store i32 %49, ptr %7, align 4, !tbaa !5
  %50 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %50, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #6
  %51 = load i32, ptr %8, align 4, !tbaa !5
  %52 = trunc i32 %51 to i8
  %53 = load ptr, ptr %4, align 8, !tbaa !9
  %54 = load i32, ptr %5, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %5, align 4, !tbaa !5
  %56 = sext i32 %54 to i64
  %57 = getelementptr inbounds i8, ptr %53, i64 %56
  store i8 %52, ptr %57, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = load i8, ptr %58, align 1, !tbaa !12
  %60 = call signext i8 @code_of(i8 noundef signext %59) #9
  store i8 %60, ptr %9, align 1, !tbaa !12
  %61 = load ptr, ptr %3, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw i8, ptr %61, i32 1
  store ptr %62, ptr %3, align 8, !tbaa !9
  br label %63

63:                                               ; preds = %116, %41
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = load i8, ptr %64, align 1, !tbaa !12
  %66 = sext i8 %65 to i32
  %67 = icmp ne i32 %66, 0
  br i1 %67, label %68, label %71

68:                                               ; preds = %63
  %69 = load i32, ptr %5, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 4
  br label %71

71:                                               ; preds = %68, %63
  %72 = phi i1 [ false, %63 ], [ %70, %68 ]
  br i1 %72, label %73, label %119

73:                                               ; preds = %71
  %74 = call ptr @__ctype_b_loc() #7
  %75 = load ptr, ptr %74, align 8, !tbaa !13
  %76 = load ptr, ptr %3, align 8, !tbaa !9
  %77 = load i8, ptr %76, align 1, !tbaa !12
  %78 = zext i8 %77 to i32
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds i16, ptr %75, i64 %79
  %81 = load i16, ptr %80, align 2, !tbaa !15
  %82 = zext i16 %81 to i32
  %83 = and i32 %82, 1024
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %86, label %85

85:                                               ; preds = %73
  br label %116

86:                                               ; preds = %73
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %87 = load ptr, ptr %3, align 8, !tbaa !9
  %88 = load i8, ptr %87, align 1, !tbaa !12
  %89 = call signext i8 @code_of(i8 noundef signext %88) #9
  store i8 %89, ptr %10, align 1, !tbaa !12
  %90 = load i8, ptr %10, align 1, !tbaa !12
  %91 = sext i8 %90 to i32
  %92 = icmp eq i32 %91, 45
  br i1 %92, label %93, label %94

93:                                               ; preds = %86
  store i32 6, ptr %6, align 4
  br label %113

94:                                               ; preds = %86
  %95 = load i8, ptr %10, align 1, !tbaa !12
  %96 = sext i8 %95 to i32
  %97 = icmp ne i32 %96, 48
  br i1 %97, label %98, label %111

98:                                               ; preds = %94
  %99 = load i8, ptr %10, align 1, !tbaa !12
  %100 = sext i8 %99 to i32
  %101 = load i8, ptr %9, align 1, !tbaa !12
  %102 = sext i8 %101 to i32
  %103 = icmp ne i32 %100, %102
  br i1 %103, label %104, label %111

104:                                              ; preds = %98
  %105 = load i8, ptr %10, align 1, !tbaa !12
  %106 = load ptr, ptr %4, align 8, !tbaa !9
  %107 = load i32, ptr %5, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %5, align 4, !tbaa !5
  %109 = sext i32 %107 to i64
  %110 = getelementptr inbounds i8, ptr %106, i64 %109
  store i8 %105, ptr %110, align 1, !tbaa !12
  br label %111

111:                                              ; preds = %104, %98, %94
  %112 = load i8, ptr %10, align 1, !tbaa !12
  store i8 %112, ptr %9, align 1, !tbaa !12
  store i32 0, ptr %6, align 4
  br label %113

113:                                              ; preds = %111, %93
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %114 = load i32, ptr %6, align 4
  switch i32 %114, label %135 [
    i32 0, label %115
    i32 6, label %116
  ]

115:                                              ; preds = %113
  br label %116

116:                                              ; preds = %115, %113, %85
  %117 = load ptr, ptr %3, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw i8, ptr %117, i32 1
  store ptr %118, ptr %3, align 8, !tbaa !9
  br label %63, !llvm.loop !21

119:                                              ; preds = %71
  br label %120

120:                                              ; preds = %123, %119
  %121 = load i32, ptr %5, align 4, !tbaa !5
  %122 = icmp slt i32 %121, 4
  br i1 %122, label %123, label %129

123:                                              ; preds = %120
  %124 = load ptr, ptr %4, align 8, !tbaa !9
  %125 = load i32, ptr %5, align 4, !tbaa !5
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %5, align 4, !tbaa !5
  %127 = sext i32 %125 to i64
  %128 = getelementptr inbounds i8, ptr %124, i64 %127
  store i8 48, ptr %128, align 1, !tbaa !12
  br label %120, !llvm.loop !22

129:                                              ; preds = %120
  %130 = load ptr, ptr %4, align 8, !tbaa !9
  %131 = getelementptr inbounds i8, ptr %130, i64 4
  store i8 0, ptr %131, align 1, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #6
  store i32 0, ptr %6, align 4
  br label %132

132:                                              ; preds = %129, %38
  call void @llvm.lifetime.end.p0(ptr %5) #6
  %133 = load i32, ptr %6, align 4
  switch i32 %133, label %135 [
    i32 0, label %134
    i32 1, label %134
  ]

134:                                              ; preds = %132, %132
  ret void

135:                                              ; preds = %132, %113
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #2

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_toupper_loc() #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @code_of(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %6 = call ptr @__ctype_toupper_loc() #7
  %7 = load ptr, ptr %6, align 8, !tbaa !19
  %8 = load i8, ptr %3, align 1, !tbaa !12
  %9 = zext i8 %8 to i32
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i32, ptr %7, i64 %10
  %12 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %12, ptr %4, align 4, !tbaa !5
  %13 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %13, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %14 = load i32, ptr %5, align 4, !tbaa !5
  switch i32 %14, label %22 [
    i32 66, label %15
    i32 70, label %15
    i32 80, label %15
    i32 86, label %15
    i32 67, label %16
    i32 71, label %16
    i32 74, label %16
    i32 75, label %16
    i32 81, label %16
    i32 83, label %16
    i32 88, label %16
    i32 90, label %16
    i32 68, label %17
    i32 84, label %17
    i32 76, label %18
    i32 77, label %19
    i32 78, label %19
    i32 82, label %20
    i32 72, label %21
    i32 87, label %21
  ]

15:                                               ; preds = %1, %1, %1, %1
  store i8 49, ptr %2, align 1
  br label %23

16:                                               ; preds = %1, %1, %1, %1, %1, %1, %1, %1
  store i8 50, ptr %2, align 1
  br label %23

17:                                               ; preds = %1, %1
  store i8 51, ptr %2, align 1
  br label %23

18:                                               ; preds = %1
  store i8 52, ptr %2, align 1
  br label %23

19:                                               ; preds = %1, %1
  store i8 53, ptr %2, align 1
  br label %23

20:                                               ; preds = %1
  store i8 54, ptr %2, align 1
  br label %23

21:                                               ; preds = %1, %1
  store i8 45, ptr %2, align 1
  br label %23

22:                                               ; preds = %1
  store i8 48, ptr %2, align 1
  br label %23

23:                                               ; preds = %22, %21, %20, %19, %18, %17, %16, %15
  %24 = load i8, ptr %2, align 1
  ret i8 %24
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [32 x [5 x i8]], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 19, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %58, %0
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 2000
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %61

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %54, %16
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 19
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %57

21:                                               ; preds = %17
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [19 x ptr], ptr @main.names, i64 0, i64 %23
  %25 = load ptr, ptr %24, align 8, !tbaa !9
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 %27
  %29 = getelementptr inbounds [5 x i8], ptr %28, i64 0, i64 0
  call void @soundex(ptr noundef %25, ptr noundef %29) #9
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %53

32:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %49, %32
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = icmp slt i32 %34, 4
  br i1 %35, label %37, label %36

36:                                               ; preds = %33
  store i32 8, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %52

37:                                               ; preds = %33
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = mul i32 %38, 37
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 %41
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [5 x i8], ptr %42, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !12
  %47 = zext i8 %46 to i32
  %48 = add i32 %39, %47
  store i32 %48, ptr %4, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %37
  %50 = load i32, ptr %8, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %8, align 4, !tbaa !5
  br label %33, !llvm.loop !23

52:                                               ; preds = %36
  br label %53

53:                                               ; preds = %52, %21
  br label %54

54:                                               ; preds = %53
  %55 = load i32, ptr %7, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %7, align 4, !tbaa !5
  br label %17, !llvm.loop !24

57:                                               ; preds = %20
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %5, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %5, align 4, !tbaa !5
  br label %12, !llvm.loop !25

61:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %91, %61
  %63 = load i32, ptr %10, align 4, !tbaa !5
  %64 = icmp slt i32 %63, 19
  br i1 %64, label %66, label %65

65:                                               ; preds = %62
  store i32 11, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %94

66:                                               ; preds = %62
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %67 = load i32, ptr %10, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %11, align 4, !tbaa !5
  br label %69

69:                                               ; preds = %87, %66
  %70 = load i32, ptr %11, align 4, !tbaa !5
  %71 = icmp slt i32 %70, 19
  br i1 %71, label %73, label %72

72:                                               ; preds = %69
  store i32 14, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %90

73:                                               ; preds = %69
  %74 = load i32, ptr %10, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 %75
  %77 = getelementptr inbounds [5 x i8], ptr %76, i64 0, i64 0
  %78 = load i32, ptr %11, align 4, !tbaa !5
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 %79
  %81 = getelementptr inbounds [5 x i8], ptr %80, i64 0, i64 0
  %82 = call i32 @strcmp(ptr noundef %77, ptr noundef %81) #10
  %83 = icmp eq i32 %82, 0
  %84 = zext i1 %83 to i32
  %85 = load i32, ptr %9, align 4, !tbaa !5
  %86 = add nsw i32 %85, %84
  store i32 %86, ptr %9, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %73
  %88 = load i32, ptr %11, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %11, align 4, !tbaa !5
  br label %69, !llvm.loop !26

90:                                               ; preds = %72
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %10, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %10, align 4, !tbaa !5
  br label %62, !llvm.loop !27

94:                                               ; preds = %65
  %95 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 0
  %96 = getelementptr inbounds [5 x i8], ptr %95, i64 0, i64 0
  %97 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 3
  %98 = getelementptr inbounds [5 x i8], ptr %97, i64 0, i64 0
  %99 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 5
  %100 = getelementptr inbounds [5 x i8], ptr %99, i64 0, i64 0
  %101 = getelementptr inbounds [32 x [5 x i8]], ptr %3, i64 0, i64 6
  %102 = getelementptr inbounds [5 x i8], ptr %101, i64 0, i64 0
  %103 = load i32, ptr %9, align 4, !tbaa !5
  %104 = load i32, ptr %4, align 4, !tbaa !5
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, ptr noundef %96, ptr noundef %98, ptr noundef %100, ptr noundef %102, i32 noundef %103, i32 noundef %104) #9
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %106 = load i32, ptr %1, align 4
  ret i32 %106
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(none) }
attributes #8 = { minsize nounwind optsize }
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
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 short", !11, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"short", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!20, !20, i64 0}
!20 = !{!"p1 int", !11, i64 0}
!21 = distinct !{!21, !18}
!22 = distinct !{!22, !18}
!23 = distinct !{!23, !18}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
