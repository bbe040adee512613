; ModuleID = 'url_encode.c'
source_filename = "url_encode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.kv = type { [32 x i8], [64 x i8] }

@url_encode.hexd = internal constant [17 x i8] c"0123456789ABCDEF\00", align 16
@main.inputs = internal global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str = private unnamed_addr constant [12 x i8] c"hello world\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"a+b=c&d\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"/usr/local/share/doc\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"100% sure?\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"name=J\C3\B6rg & co.\00", align 1
@.str.5 = private unnamed_addr constant [28 x i8] c"~user/file_name-v1.2.tar.gz\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@main.modes = internal global [3 x ptr] [ptr @.str.7, ptr @.str.8, ptr @.str.9], align 16
@.str.7 = private unnamed_addr constant [10 x i8] c"component\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"form\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"path\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"%-10s [%s]\0A\00", align 1
@.str.11 = private unnamed_addr constant [39 x i8] c"encode/decode mismatches=%d hash=%08x\0A\00", align 1
@.str.12 = private unnamed_addr constant [70 x i8] c"q=c%2B%2B+compilers&lang=en&page=3&empty=&flag&x%3Dy=1%262&&bad=%zz%4\00", align 1
@.str.13 = private unnamed_addr constant [10 x i8] c"pairs=%d\0A\00", align 1
@.str.14 = private unnamed_addr constant [14 x i8] c"  %s => '%s'\0A\00", align 1
@.str.15 = private unnamed_addr constant [43 x i8] c"all-bytes encoded length=%u mismatches=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @url_encode(ptr noundef %0, ptr noundef %1, i64 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i8, align 1
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store i64 %2, ptr %8, align 8, !tbaa !12
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %102, %4
  %15 = load ptr, ptr %6, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !14
  %17 = icmp ne i8 %16, 0
  br i1 %17, label %18, label %105

18:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = load i8, ptr %19, align 1, !tbaa !14
  store i8 %20, ptr %11, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %21 = load i8, ptr %11, align 1, !tbaa !14
  %22 = call i32 @is_unreserved(i8 noundef zeroext %21) #7
  store i32 %22, ptr %12, align 4, !tbaa !5
  %23 = load i32, ptr %12, align 4, !tbaa !5
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %52, label %25

25:                                               ; preds = %18
  %26 = load i32, ptr %9, align 4, !tbaa !5
  switch i32 %26, label %50 [
    i32 2, label %27
    i32 1, label %32
    i32 0, label %49
  ]

27:                                               ; preds = %25
  %28 = load i8, ptr %11, align 1, !tbaa !14
  %29 = zext i8 %28 to i32
  %30 = icmp eq i32 %29, 47
  %31 = zext i1 %30 to i32
  store i32 %31, ptr %12, align 4, !tbaa !5
  br label %51

32:                                               ; preds = %25
  %33 = load i8, ptr %11, align 1, !tbaa !14
  %34 = zext i8 %33 to i32
  %35 = icmp eq i32 %34, 32
  br i1 %35, label %36, label %48

36:                                               ; preds = %32
  %37 = load i64, ptr %10, align 8, !tbaa !12
  %38 = add i64 %37, 2
  %39 = load i64, ptr %8, align 8, !tbaa !12
  %40 = icmp ugt i64 %38, %39
  br i1 %40, label %41, label %43

41:                                               ; preds = %36
  %42 = load i64, ptr %10, align 8, !tbaa !12
  store i64 %42, ptr %5, align 8
  store i32 1, ptr %13, align 4
  br label %99

43:                                               ; preds = %36
  %44 = load ptr, ptr %7, align 8, !tbaa !9
  %45 = load i64, ptr %10, align 8, !tbaa !12
  %46 = add i64 %45, 1
  store i64 %46, ptr %10, align 8, !tbaa !12
  %47 = getelementptr inbounds nuw i8, ptr %44, i64 %45
  store i8 43, ptr %47, align 1, !tbaa !14
  store i32 4, ptr %13, align 4
  br label %99

48:                                               ; preds = %32
  br label %51

49:                                               ; preds = %25
  br label %50

50:                                               ; preds = %25, %49
  br label %51

51:                                               ; preds = %50, %48, %27
  br label %52

52:                                               ; preds = %51, %18
  %53 = load i32, ptr %12, align 4, !tbaa !5
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %67

55:                                               ; preds = %52
  %56 = load i64, ptr %10, align 8, !tbaa !12
  %57 = add i64 %56, 2
  %58 = load i64, ptr %8, align 8, !tbaa !12
  %59 = icmp ugt i64 %57, %58
  br i1 %59, label %60, label %61

60:                                               ; preds = %55
  store i32 2, ptr %13, align 4
  br label %99

61:                                               ; preds = %55
  %62 = load i8, ptr %11, align 1, !tbaa !14
  %63 = load ptr, ptr %7, align 8, !tbaa !9
  %64 = load i64, ptr %10, align 8, !tbaa !12
  %65 = add i64 %64, 1
  store i64 %65, ptr %10, align 8, !tbaa !12
  %66 = getelementptr inbounds nuw i8, ptr %63, i64 %64
  store i8 %62, ptr %66, align 1, !tbaa !14
  br label %98

67:                                               ; preds = %52
  %68 = load i64, ptr %10, align 8, !tbaa !12
  %69 = add i64 %68, 4
  %70 = load i64, ptr %8, align 8, !tbaa !12
  %71 = icmp ugt i64 %69, %70
  br i1 %71, label %72, label %73

72:                                               ; preds = %67
  store i32 2, ptr %13, align 4
  br label %99

73:                                               ; preds = %67
  %74 = load ptr, ptr %7, align 8, !tbaa !9
  %75 = load i64, ptr %10, align 8, !tbaa !12
  %76 = add i64 %75, 1
  store i64 %76, ptr %10, align 8, !tbaa !12
  %77 = getelementptr inbounds nuw i8, ptr %74, i64 %75
  store i8 37, ptr %77, align 1, !tbaa !14
  %78 = load i8, ptr %11, align 1, !tbaa !14
  %79 = zext i8 %78 to i32
  %80 = ashr i32 %79, 4
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [17 x i8], ptr @url_encode.hexd, i64 0, i64 %81
  %83 = load i8, ptr %82, align 1, !tbaa !14
  %84 = load ptr, ptr %7, align 8, !tbaa !9
  %85 = load i64, ptr %10, align 8, !tbaa !12
  %86 = add i64 %85, 1
  store i64 %86, ptr %10, align 8, !tbaa !12
  %87 = getelementptr inbounds nuw i8, ptr %84, i64 %85
  store i8 %83, ptr %87, align 1, !tbaa !14
  %88 = load i8, ptr %11, align 1, !tbaa !14
  %89 = zext i8 %88 to i32
  %90 = and i32 %89, 15
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [17 x i8], ptr @url_encode.hexd, i64 0, i64 %91
  %93 = load i8, ptr %92, align 1, !tbaa !14
  %94 = load ptr, ptr %7, align 8, !tbaa !9
  %95 = load i64, ptr %10, align 8, !tbaa !12
  %96 = add i64 %95, 1
  store i64 %96, ptr %10, align 8, !tbaa !12
  %97 = getelementptr inbounds nuw i8, ptr %94, i64 %95
  store i8 %93, ptr %97, align 1, !tbaa !14
  br label %98

98:                                               ; preds = %73, %61
  store i32 0, ptr %13, align 4
  br label %99

99:                                               ; preds = %98, %72, %60, %43, %41
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %100 = load i32, ptr %13, align 4
  switch i32 %100, label %110 [
    i32 0, label %101
    i32 4, label %102
    i32 2, label %105
  ]

101:                                              ; preds = %99
  br label %102

102:                                              ; preds = %101, %99
  %103 = load ptr, ptr %6, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw i8, ptr %103, i32 1
  store ptr %104, ptr %6, align 8, !tbaa !9
  br label %14, !llvm.loop !15

105:                                              ; preds = %99, %14
  %106 = load ptr, ptr %7, align 8, !tbaa !9
  %107 = load i64, ptr %10, align 8, !tbaa !12
  %108 = getelementptr inbounds nuw i8, ptr %106, i64 %107
  store i8 0, ptr %108, align 1, !tbaa !14
  %109 = load i64, ptr %10, align 8, !tbaa !12
  store i64 %109, ptr %5, align 8
  store i32 1, ptr %13, align 4
  br label %110

110:                                              ; preds = %105, %99
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %111 = load i64, ptr %5, align 8
  ret i64 %111
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_unreserved(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !14
  %3 = call ptr @__ctype_b_loc() #8
  %4 = load ptr, ptr %3, align 8, !tbaa !17
  %5 = load i8, ptr %2, align 1, !tbaa !14
  %6 = zext i8 %5 to i32
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds i16, ptr %4, i64 %7
  %9 = load i16, ptr %8, align 2, !tbaa !19
  %10 = zext i16 %9 to i32
  %11 = and i32 %10, 8
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %29, label %13

13:                                               ; preds = %1
  %14 = load i8, ptr %2, align 1, !tbaa !14
  %15 = zext i8 %14 to i32
  %16 = icmp eq i32 %15, 45
  br i1 %16, label %29, label %17

17:                                               ; preds = %13
  %18 = load i8, ptr %2, align 1, !tbaa !14
  %19 = zext i8 %18 to i32
  %20 = icmp eq i32 %19, 95
  br i1 %20, label %29, label %21

21:                                               ; preds = %17
  %22 = load i8, ptr %2, align 1, !tbaa !14
  %23 = zext i8 %22 to i32
  %24 = icmp eq i32 %23, 46
  br i1 %24, label %29, label %25

25:                                               ; preds = %21
  %26 = load i8, ptr %2, align 1, !tbaa !14
  %27 = zext i8 %26 to i32
  %28 = icmp eq i32 %27, 126
  br label %29

29:                                               ; preds = %25, %21, %17, %13, %1
  %30 = phi i1 [ true, %21 ], [ true, %17 ], [ true, %13 ], [ true, %1 ], [ %28, %25 ]
  %31 = zext i1 %30 to i32
  ret i32 %31
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @url_decode(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  store i32 %4, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !12
  br label %16

16:                                               ; preds = %112, %5
  %17 = load i64, ptr %12, align 8, !tbaa !12
  %18 = load i64, ptr %7, align 8, !tbaa !12
  %19 = icmp ult i64 %17, %18
  br i1 %19, label %20, label %25

20:                                               ; preds = %16
  %21 = load i64, ptr %11, align 8, !tbaa !12
  %22 = add i64 %21, 1
  %23 = load i64, ptr %9, align 8, !tbaa !12
  %24 = icmp ult i64 %22, %23
  br label %25

25:                                               ; preds = %20, %16
  %26 = phi i1 [ false, %16 ], [ %24, %20 ]
  br i1 %26, label %28, label %27

27:                                               ; preds = %25
  store i32 2, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %115

28:                                               ; preds = %25
  %29 = load ptr, ptr %6, align 8, !tbaa !9
  %30 = load i64, ptr %12, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw i8, ptr %29, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !14
  %33 = sext i8 %32 to i32
  %34 = icmp eq i32 %33, 37
  br i1 %34, label %35, label %87

35:                                               ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %36 = load i64, ptr %12, align 8, !tbaa !12
  %37 = add i64 %36, 1
  %38 = load i64, ptr %7, align 8, !tbaa !12
  %39 = icmp ult i64 %37, %38
  br i1 %39, label %40, label %48

40:                                               ; preds = %35
  %41 = load ptr, ptr %6, align 8, !tbaa !9
  %42 = load i64, ptr %12, align 8, !tbaa !12
  %43 = add i64 %42, 1
  %44 = getelementptr inbounds nuw i8, ptr %41, i64 %43
  %45 = load i8, ptr %44, align 1, !tbaa !14
  %46 = zext i8 %45 to i32
  %47 = call i32 @from_hex(i32 noundef %46) #7
  br label %49

48:                                               ; preds = %35
  br label %49

49:                                               ; preds = %48, %40
  %50 = phi i32 [ %47, %40 ], [ -1, %48 ]
  store i32 %50, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %51 = load i64, ptr %12, align 8, !tbaa !12
  %52 = add i64 %51, 2
  %53 = load i64, ptr %7, align 8, !tbaa !12
  %54 = icmp ult i64 %52, %53
  br i1 %54, label %55, label %63

55:                                               ; preds = %49
  %56 = load ptr, ptr %6, align 8, !tbaa !9
  %57 = load i64, ptr %12, align 8, !tbaa !12
  %58 = add i64 %57, 2
  %59 = getelementptr inbounds nuw i8, ptr %56, i64 %58
  %60 = load i8, ptr %59, align 1, !tbaa !14
  %61 = zext i8 %60 to i32
  %62 = call i32 @from_hex(i32 noundef %61) #7
  br label %64

63:                                               ; preds = %49
  br label %64

64:                                               ; preds = %63, %55
  %65 = phi i32 [ %62, %55 ], [ -1, %63 ]
  store i32 %65, ptr %15, align 4, !tbaa !5
  %66 = load i32, ptr %14, align 4, !tbaa !5
  %67 = icmp sge i32 %66, 0
  br i1 %67, label %68, label %83

68:                                               ; preds = %64
  %69 = load i32, ptr %15, align 4, !tbaa !5
  %70 = icmp sge i32 %69, 0
  br i1 %70, label %71, label %83

71:                                               ; preds = %68
  %72 = load i32, ptr %14, align 4, !tbaa !5
  %73 = shl i32 %72, 4
  %74 = load i32, ptr %15, align 4, !tbaa !5
  %75 = or i32 %73, %74
  %76 = trunc i32 %75 to i8
  %77 = load ptr, ptr %8, align 8, !tbaa !9
  %78 = load i64, ptr %11, align 8, !tbaa !12
  %79 = add i64 %78, 1
  store i64 %79, ptr %11, align 8, !tbaa !12
  %80 = getelementptr inbounds nuw i8, ptr %77, i64 %78
  store i8 %76, ptr %80, align 1, !tbaa !14
  %81 = load i64, ptr %12, align 8, !tbaa !12
  %82 = add i64 %81, 2
  store i64 %82, ptr %12, align 8, !tbaa !12
  store i32 4, ptr %13, align 4
  br label %84

83:                                               ; preds = %68, %64
  store i32 0, ptr %13, align 4
  br label %84

84:                                               ; preds = %83, %71
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  %85 = load i32, ptr %13, align 4
  switch i32 %85, label %120 [
    i32 0, label %86
    i32 4, label %112
  ]

86:                                               ; preds = %84
  br label %87

87:                                               ; preds = %86, %28
  %88 = load ptr, ptr %6, align 8, !tbaa !9
  %89 = load i64, ptr %12, align 8, !tbaa !12
  %90 = getelementptr inbounds nuw i8, ptr %88, i64 %89
  %91 = load i8, ptr %90, align 1, !tbaa !14
  %92 = sext i8 %91 to i32
  %93 = icmp eq i32 %92, 43
  br i1 %93, label %94, label %102

94:                                               ; preds = %87
  %95 = load i32, ptr %10, align 4, !tbaa !5
  %96 = icmp ne i32 %95, 0
  br i1 %96, label %97, label %102

97:                                               ; preds = %94
  %98 = load ptr, ptr %8, align 8, !tbaa !9
  %99 = load i64, ptr %11, align 8, !tbaa !12
  %100 = add i64 %99, 1
  store i64 %100, ptr %11, align 8, !tbaa !12
  %101 = getelementptr inbounds nuw i8, ptr %98, i64 %99
  store i8 32, ptr %101, align 1, !tbaa !14
  br label %111

102:                                              ; preds = %94, %87
  %103 = load ptr, ptr %6, align 8, !tbaa !9
  %104 = load i64, ptr %12, align 8, !tbaa !12
  %105 = getelementptr inbounds nuw i8, ptr %103, i64 %104
  %106 = load i8, ptr %105, align 1, !tbaa !14
  %107 = load ptr, ptr %8, align 8, !tbaa !9
  %108 = load i64, ptr %11, align 8, !tbaa !12
  %109 = add i64 %108, 1
  store i64 %109, ptr %11, align 8, !tbaa !12
  %110 = getelementptr inbounds nuw i8, ptr %107, i64 %108
  store i8 %106, ptr %110, align 1, !tbaa !14
  br label %111

111:                                              ; preds = %102, %97
  br label %112

112:                                              ; preds = %111, %84
  %113 = load i64, ptr %12, align 8, !tbaa !12
  %114 = add i64 %113, 1
  store i64 %114, ptr %12, align 8, !tbaa !12
  br label %16, !llvm.loop !21

115:                                              ; preds = %27
  %116 = load ptr, ptr %8, align 8, !tbaa !9
  %117 = load i64, ptr %11, align 8, !tbaa !12
  %118 = getelementptr inbounds nuw i8, ptr %116, i64 %117
  store i8 0, ptr %118, align 1, !tbaa !14
  %119 = load i64, ptr %11, align 8, !tbaa !12
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #6
  ret i64 %119

120:                                              ; preds = %84
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @from_hex(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %7 = call ptr @__ctype_b_loc() #8
  %8 = load ptr, ptr %7, align 8, !tbaa !17
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i16, ptr %8, i64 %10
  %12 = load i16, ptr %11, align 2, !tbaa !19
  %13 = zext i16 %12 to i32
  %14 = and i32 %13, 2048
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %19

16:                                               ; preds = %1
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = sub nsw i32 %17, 48
  store i32 %18, ptr %2, align 4
  br label %56

19:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = call i1 @llvm.is.constant.i32(i32 %20)
  br i1 %21, label %22, label %40

22:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %23 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %23, ptr %5, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = icmp slt i32 %24, -128
  br i1 %25, label %29, label %26

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = icmp sgt i32 %27, 255
  br i1 %28, label %29, label %31

29:                                               ; preds = %26, %22
  %30 = load i32, ptr %5, align 4, !tbaa !5
  br label %38

31:                                               ; preds = %26
  %32 = call ptr @__ctype_tolower_loc() #8
  %33 = load ptr, ptr %32, align 8, !tbaa !22
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i32, ptr %33, i64 %35
  %37 = load i32, ptr %36, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %31, %29
  %39 = phi i32 [ %30, %29 ], [ %37, %31 ]
  store i32 %39, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %43

40:                                               ; preds = %19
  %41 = load i32, ptr %3, align 4, !tbaa !5
  %42 = call i32 @tolower(i32 noundef %41) #9
  store i32 %42, ptr %4, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %40, %38
  %44 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %44, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %45 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %45, ptr %3, align 4, !tbaa !5
  %46 = load i32, ptr %3, align 4, !tbaa !5
  %47 = icmp sge i32 %46, 97
  br i1 %47, label %48, label %55

48:                                               ; preds = %43
  %49 = load i32, ptr %3, align 4, !tbaa !5
  %50 = icmp sle i32 %49, 102
  br i1 %50, label %51, label %55

51:                                               ; preds = %48
  %52 = load i32, ptr %3, align 4, !tbaa !5
  %53 = sub nsw i32 %52, 97
  %54 = add nsw i32 %53, 10
  store i32 %54, ptr %2, align 4
  br label %56

55:                                               ; preds = %48, %43
  store i32 -1, ptr %2, align 4
  br label %56

56:                                               ; preds = %55, %51, %16
  %57 = load i32, ptr %2, align 4
  ret i32 %57
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i8], align 16
  %3 = alloca [256 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [16 x %struct.kv], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [65 x i8], align 16
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i64, align 8
  %20 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  call void @llvm.lifetime.start.p0(ptr %3) #6
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 -2128831035, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %21

21:                                               ; preds = %71, %0
  %22 = load i64, ptr %6, align 8, !tbaa !12
  %23 = icmp ult i64 %22, 7
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %74

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %67, %25
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = icmp sle i32 %27, 2
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %70

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %31 = load i64, ptr %6, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw [7 x ptr], ptr @main.inputs, i64 0, i64 %31
  %33 = load ptr, ptr %32, align 8, !tbaa !9
  %34 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = call i64 @url_encode(ptr noundef %33, ptr noundef %34, i64 noundef 256, i32 noundef %35) #7
  store i64 %36, ptr %9, align 8, !tbaa !12
  %37 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %38 = load i64, ptr %9, align 8, !tbaa !12
  %39 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 1
  %42 = zext i1 %41 to i32
  %43 = call i64 @url_decode(ptr noundef %37, i64 noundef %38, ptr noundef %39, i64 noundef 256, i32 noundef %42) #7
  %44 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %45 = load i64, ptr %6, align 8, !tbaa !12
  %46 = getelementptr inbounds nuw [7 x ptr], ptr @main.inputs, i64 0, i64 %45
  %47 = load ptr, ptr %46, align 8, !tbaa !9
  %48 = call i32 @strcmp(ptr noundef %44, ptr noundef %47) #9
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %50, label %53

50:                                               ; preds = %30
  %51 = load i32, ptr %5, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %5, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %50, %30
  %54 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %55 = load i32, ptr %4, align 4, !tbaa !5
  %56 = call i32 @hash_str(ptr noundef %54, i32 noundef %55) #7
  store i32 %56, ptr %4, align 4, !tbaa !5
  %57 = load i32, ptr %8, align 4, !tbaa !5
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %59, label %66

59:                                               ; preds = %53
  %60 = load i32, ptr %8, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [3 x ptr], ptr @main.modes, i64 0, i64 %61
  %63 = load ptr, ptr %62, align 8, !tbaa !9
  %64 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %63, ptr noundef %64) #7
  br label %66

66:                                               ; preds = %59, %53
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %8, align 4, !tbaa !5
  br label %26, !llvm.loop !24

70:                                               ; preds = %29
  br label %71

71:                                               ; preds = %70
  %72 = load i64, ptr %6, align 8, !tbaa !12
  %73 = add i64 %72, 1
  store i64 %73, ptr %6, align 8, !tbaa !12
  br label %21, !llvm.loop !25

74:                                               ; preds = %24
  %75 = load i32, ptr %5, align 4, !tbaa !5
  %76 = load i32, ptr %4, align 4, !tbaa !5
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %75, i32 noundef %76) #7
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store ptr @.str.12, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #6
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %78 = load ptr, ptr %10, align 8, !tbaa !9
  %79 = getelementptr inbounds [16 x %struct.kv], ptr %11, i64 0, i64 0
  %80 = call i32 @parse_query(ptr noundef %78, ptr noundef %79, i32 noundef 16) #7
  store i32 %80, ptr %12, align 4, !tbaa !5
  %81 = load i32, ptr %12, align 4, !tbaa !5
  %82 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %81) #7
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %83

83:                                               ; preds = %100, %74
  %84 = load i32, ptr %13, align 4, !tbaa !5
  %85 = load i32, ptr %12, align 4, !tbaa !5
  %86 = icmp slt i32 %84, %85
  br i1 %86, label %88, label %87

87:                                               ; preds = %83
  store i32 8, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #6
  br label %103

88:                                               ; preds = %83
  %89 = load i32, ptr %13, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [16 x %struct.kv], ptr %11, i64 0, i64 %90
  %92 = getelementptr inbounds nuw %struct.kv, ptr %91, i32 0, i32 0
  %93 = getelementptr inbounds [32 x i8], ptr %92, i64 0, i64 0
  %94 = load i32, ptr %13, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [16 x %struct.kv], ptr %11, i64 0, i64 %95
  %97 = getelementptr inbounds nuw %struct.kv, ptr %96, i32 0, i32 1
  %98 = getelementptr inbounds [64 x i8], ptr %97, i64 0, i64 0
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, ptr noundef %93, ptr noundef %98) #7
  br label %100

100:                                              ; preds = %88
  %101 = load i32, ptr %13, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %13, align 4, !tbaa !5
  br label %83, !llvm.loop !26

103:                                              ; preds = %87
  call void @llvm.lifetime.start.p0(ptr %14) #6
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i32 1, ptr %16, align 4, !tbaa !5
  br label %104

104:                                              ; preds = %160, %103
  %105 = load i32, ptr %16, align 4, !tbaa !5
  %106 = icmp slt i32 %105, 256
  br i1 %106, label %108, label %107

107:                                              ; preds = %104
  store i32 11, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %163

108:                                              ; preds = %104
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %109 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %109, ptr %18, align 4, !tbaa !5
  br label %110

110:                                              ; preds = %128, %108
  %111 = load i32, ptr %18, align 4, !tbaa !5
  %112 = load i32, ptr %16, align 4, !tbaa !5
  %113 = add nsw i32 %112, 64
  %114 = icmp slt i32 %111, %113
  br i1 %114, label %115, label %118

115:                                              ; preds = %110
  %116 = load i32, ptr %18, align 4, !tbaa !5
  %117 = icmp slt i32 %116, 256
  br label %118

118:                                              ; preds = %115, %110
  %119 = phi i1 [ false, %110 ], [ %117, %115 ]
  br i1 %119, label %121, label %120

120:                                              ; preds = %118
  store i32 14, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #6
  br label %131

121:                                              ; preds = %118
  %122 = load i32, ptr %18, align 4, !tbaa !5
  %123 = trunc i32 %122 to i8
  %124 = load i32, ptr %17, align 4, !tbaa !5
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %17, align 4, !tbaa !5
  %126 = sext i32 %124 to i64
  %127 = getelementptr inbounds [65 x i8], ptr %14, i64 0, i64 %126
  store i8 %123, ptr %127, align 1, !tbaa !14
  br label %128

128:                                              ; preds = %121
  %129 = load i32, ptr %18, align 4, !tbaa !5
  %130 = add nsw i32 %129, 1
  store i32 %130, ptr %18, align 4, !tbaa !5
  br label %110, !llvm.loop !27

131:                                              ; preds = %120
  %132 = load i32, ptr %17, align 4, !tbaa !5
  %133 = sext i32 %132 to i64
  %134 = getelementptr inbounds [65 x i8], ptr %14, i64 0, i64 %133
  store i8 0, ptr %134, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %135 = getelementptr inbounds [65 x i8], ptr %14, i64 0, i64 0
  %136 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %137 = call i64 @url_encode(ptr noundef %135, ptr noundef %136, i64 noundef 256, i32 noundef 0) #7
  store i64 %137, ptr %19, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %20) #6
  %138 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %139 = load i64, ptr %19, align 8, !tbaa !12
  %140 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %141 = call i64 @url_decode(ptr noundef %138, i64 noundef %139, ptr noundef %140, i64 noundef 256, i32 noundef 0) #7
  store i64 %141, ptr %20, align 8, !tbaa !12
  %142 = load i64, ptr %19, align 8, !tbaa !12
  %143 = trunc i64 %142 to i32
  %144 = load i32, ptr %15, align 4, !tbaa !5
  %145 = add i32 %144, %143
  store i32 %145, ptr %15, align 4, !tbaa !5
  %146 = load i64, ptr %20, align 8, !tbaa !12
  %147 = load i32, ptr %17, align 4, !tbaa !5
  %148 = sext i32 %147 to i64
  %149 = icmp ne i64 %146, %148
  br i1 %149, label %156, label %150

150:                                              ; preds = %131
  %151 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %152 = getelementptr inbounds [65 x i8], ptr %14, i64 0, i64 0
  %153 = load i64, ptr %20, align 8, !tbaa !12
  %154 = call i32 @memcmp(ptr noundef %151, ptr noundef %152, i64 noundef %153) #9
  %155 = icmp ne i32 %154, 0
  br i1 %155, label %156, label %159

156:                                              ; preds = %150, %131
  %157 = load i32, ptr %5, align 4, !tbaa !5
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %5, align 4, !tbaa !5
  br label %159

159:                                              ; preds = %156, %150
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %160

160:                                              ; preds = %159
  %161 = load i32, ptr %16, align 4, !tbaa !5
  %162 = add nsw i32 %161, 64
  store i32 %162, ptr %16, align 4, !tbaa !5
  br label %104, !llvm.loop !28

163:                                              ; preds = %107
  %164 = load i32, ptr %15, align 4, !tbaa !5
  %165 = load i32, ptr %5, align 4, !tbaa !5
  %166 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i32 noundef %164, i32 noundef %165) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %167 = load i32, ptr %1, align 4
  ret i32 %167
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hash_str(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %9, %2
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = load i8, ptr %6, align 1, !tbaa !14
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %17

9:                                                ; preds = %5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %11, i32 1
  store ptr %12, ptr %3, align 8, !tbaa !9
  %13 = load i8, ptr %11, align 1, !tbaa !14
  %14 = zext i8 %13 to i32
  %15 = xor i32 %10, %14
  %16 = mul i32 %15, 16777619
  store i32 %16, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !29

17:                                               ; preds = %5
  %18 = load i32, ptr %4, align 4, !tbaa !5
  ret i32 %18
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @parse_query(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !30
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %103, %3
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = load i8, ptr %13, align 1, !tbaa !14
  %15 = sext i8 %14 to i32
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %12
  %18 = load i32, ptr %7, align 4, !tbaa !5
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = icmp slt i32 %18, %19
  br label %21

21:                                               ; preds = %17, %12
  %22 = phi i1 [ false, %12 ], [ %20, %17 ]
  br i1 %22, label %23, label %104

23:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = call ptr @strchr(ptr noundef %24, i32 noundef 38) #9
  store ptr %25, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %26 = load ptr, ptr %8, align 8, !tbaa !9
  %27 = icmp ne ptr %26, null
  br i1 %27, label %28, label %34

28:                                               ; preds = %23
  %29 = load ptr, ptr %8, align 8, !tbaa !9
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = ptrtoint ptr %29 to i64
  %32 = ptrtoint ptr %30 to i64
  %33 = sub i64 %31, %32
  br label %37

34:                                               ; preds = %23
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = call i64 @strlen(ptr noundef %35) #9
  br label %37

37:                                               ; preds = %34, %28
  %38 = phi i64 [ %33, %28 ], [ %36, %34 ]
  store i64 %38, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %39 = load ptr, ptr %4, align 8, !tbaa !9
  %40 = load i64, ptr %9, align 8, !tbaa !12
  %41 = call ptr @memchr(ptr noundef %39, i32 noundef 61, i64 noundef %40) #9
  store ptr %41, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %42 = load ptr, ptr %10, align 8, !tbaa !9
  %43 = icmp ne ptr %42, null
  br i1 %43, label %44, label %50

44:                                               ; preds = %37
  %45 = load ptr, ptr %10, align 8, !tbaa !9
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = ptrtoint ptr %45 to i64
  %48 = ptrtoint ptr %46 to i64
  %49 = sub i64 %47, %48
  br label %52

50:                                               ; preds = %37
  %51 = load i64, ptr %9, align 8, !tbaa !12
  br label %52

52:                                               ; preds = %50, %44
  %53 = phi i64 [ %49, %44 ], [ %51, %50 ]
  store i64 %53, ptr %11, align 8, !tbaa !12
  %54 = load i64, ptr %11, align 8, !tbaa !12
  %55 = icmp ugt i64 %54, 0
  br i1 %55, label %56, label %92

56:                                               ; preds = %52
  %57 = load ptr, ptr %4, align 8, !tbaa !9
  %58 = load i64, ptr %11, align 8, !tbaa !12
  %59 = load ptr, ptr %5, align 8, !tbaa !30
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds %struct.kv, ptr %59, i64 %61
  %63 = getelementptr inbounds nuw %struct.kv, ptr %62, i32 0, i32 0
  %64 = getelementptr inbounds [32 x i8], ptr %63, i64 0, i64 0
  %65 = call i64 @url_decode(ptr noundef %57, i64 noundef %58, ptr noundef %64, i64 noundef 32, i32 noundef 1) #7
  %66 = load ptr, ptr %10, align 8, !tbaa !9
  %67 = icmp ne ptr %66, null
  br i1 %67, label %68, label %82

68:                                               ; preds = %56
  %69 = load ptr, ptr %10, align 8, !tbaa !9
  %70 = getelementptr inbounds i8, ptr %69, i64 1
  %71 = load i64, ptr %9, align 8, !tbaa !12
  %72 = load i64, ptr %11, align 8, !tbaa !12
  %73 = sub i64 %71, %72
  %74 = sub i64 %73, 1
  %75 = load ptr, ptr %5, align 8, !tbaa !30
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds %struct.kv, ptr %75, i64 %77
  %79 = getelementptr inbounds nuw %struct.kv, ptr %78, i32 0, i32 1
  %80 = getelementptr inbounds [64 x i8], ptr %79, i64 0, i64 0
  %81 = call i64 @url_decode(ptr noundef %70, i64 noundef %74, ptr noundef %80, i64 noundef 64, i32 noundef 1) #7
  br label %89

82:                                               ; preds = %56
  %83 = load ptr, ptr %5, align 8, !tbaa !30
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds %struct.kv, ptr %83, i64 %85
  %87 = getelementptr inbounds nuw %struct.kv, ptr %86, i32 0, i32 1
  %88 = getelementptr inbounds [64 x i8], ptr %87, i64 0, i64 0
  store i8 0, ptr %88, align 1, !tbaa !14
  br label %89

89:                                               ; preds = %82, %68
  %90 = load i32, ptr %7, align 4, !tbaa !5
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %7, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %89, %52
  %93 = load i64, ptr %9, align 8, !tbaa !12
  %94 = load ptr, ptr %4, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw i8, ptr %94, i64 %93
  store ptr %95, ptr %4, align 8, !tbaa !9
  %96 = load ptr, ptr %4, align 8, !tbaa !9
  %97 = load i8, ptr %96, align 1, !tbaa !14
  %98 = sext i8 %97 to i32
  %99 = icmp eq i32 %98, 38
  br i1 %99, label %100, label %103

100:                                              ; preds = %92
  %101 = load ptr, ptr %4, align 8, !tbaa !9
  %102 = getelementptr inbounds nuw i8, ptr %101, i32 1
  store ptr %102, ptr %4, align 8, !tbaa !9
  br label %103

103:                                              ; preds = %100, %92
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %12, !llvm.loop !32

104:                                              ; preds = %21
  %105 = load i32, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %105
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #4

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i32(i32) #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @tolower(i32 noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }
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
!13 = !{!"long", !7, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 short", !11, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"short", !7, i64 0}
!21 = distinct !{!21, !16}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 int", !11, i64 0}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = !{!31, !31, i64 0}
!31 = !{!"p1 _ZTS2kv", !11, i64 0}
!32 = distinct !{!32, !16}
