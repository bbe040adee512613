; ModuleID = 'uuencode.c'
source_filename = "uuencode.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.uu_header = type { i32, [64 x i8] }

@.str = private unnamed_addr constant [15 x i8] c"begin %03o %s\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"`\0Aend\0A\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"begin \00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"Cat\00", align 1
@.str.5 = private unnamed_addr constant [8 x i8] c"cat.txt\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.7 = private unnamed_addr constant [81 x i8] c"The uuencode format dates from Unix-to-Unix copy; every line carries its length.\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"note.txt\00", align 1
@.str.9 = private unnamed_addr constant [47 x i8] c"decoded %ld bytes, mode %o, name %s, match=%d\0A\00", align 1
@main.blob = internal global [5000 x i8] zeroinitializer, align 16
@main.back = internal global [5000 x i8] zeroinitializer, align 16
@.str.10 = private unnamed_addr constant [9 x i8] c"blob.bin\00", align 1
@.str.11 = private unnamed_addr constant [52 x i8] c"rounds=30 encoded_chars=%zu failures=%d adler=%08x\0A\00", align 1
@.str.12 = private unnamed_addr constant [30 x i8] c"bad header=%ld truncated=%ld\0A\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"bogus\0A\00", align 1
@.str.14 = private unnamed_addr constant [19 x i8] c"begin 644 x\0A#0V%T\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @uuencode(ptr noundef %0, i64 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !12
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %21 = load i64, ptr %7, align 8, !tbaa !12
  %22 = udiv i64 %21, 45
  %23 = add i64 %22, 2
  store i64 %23, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %24 = load ptr, ptr %8, align 8, !tbaa !9
  %25 = call i64 @strlen(ptr noundef %24) #7
  %26 = add i64 64, %25
  %27 = load i64, ptr %10, align 8, !tbaa !12
  %28 = mul i64 %27, 63
  %29 = add i64 %26, %28
  store i64 %29, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %30 = load i64, ptr %11, align 8, !tbaa !12
  %31 = call noalias ptr @malloc(i64 noundef %30) #8
  store ptr %31, ptr %12, align 8, !tbaa !9
  %32 = load ptr, ptr %12, align 8, !tbaa !9
  %33 = icmp ne ptr %32, null
  br i1 %33, label %35, label %34

34:                                               ; preds = %4
  store ptr null, ptr %5, align 8
  store i32 1, ptr %13, align 4
  br label %166

35:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %36 = load ptr, ptr %12, align 8, !tbaa !9
  %37 = load i64, ptr %11, align 8, !tbaa !12
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = load ptr, ptr %8, align 8, !tbaa !9
  %40 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %36, i64 noundef %37, ptr noundef @.str, i32 noundef %38, ptr noundef %39) #9
  %41 = sext i32 %40 to i64
  store i64 %41, ptr %14, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i64 0, ptr %15, align 8, !tbaa !12
  br label %42

42:                                               ; preds = %146, %35
  %43 = load i64, ptr %15, align 8, !tbaa !12
  %44 = load i64, ptr %7, align 8, !tbaa !12
  %45 = icmp ult i64 %43, %44
  br i1 %45, label %46, label %154

46:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %47 = load i64, ptr %7, align 8, !tbaa !12
  %48 = load i64, ptr %15, align 8, !tbaa !12
  %49 = sub i64 %47, %48
  %50 = icmp ult i64 %49, 45
  br i1 %50, label %51, label %55

51:                                               ; preds = %46
  %52 = load i64, ptr %7, align 8, !tbaa !12
  %53 = load i64, ptr %15, align 8, !tbaa !12
  %54 = sub i64 %52, %53
  br label %56

55:                                               ; preds = %46
  br label %56

56:                                               ; preds = %55, %51
  %57 = phi i64 [ %54, %51 ], [ 45, %55 ]
  store i64 %57, ptr %16, align 8, !tbaa !12
  %58 = load i64, ptr %16, align 8, !tbaa !12
  %59 = trunc i64 %58 to i32
  %60 = call signext i8 @uu_char(i32 noundef %59) #10
  %61 = load ptr, ptr %12, align 8, !tbaa !9
  %62 = load i64, ptr %14, align 8, !tbaa !12
  %63 = add i64 %62, 1
  store i64 %63, ptr %14, align 8, !tbaa !12
  %64 = getelementptr inbounds nuw i8, ptr %61, i64 %62
  store i8 %60, ptr %64, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %17) #6
  store i64 0, ptr %17, align 8, !tbaa !12
  br label %65

65:                                               ; preds = %143, %56
  %66 = load i64, ptr %17, align 8, !tbaa !12
  %67 = load i64, ptr %16, align 8, !tbaa !12
  %68 = icmp ult i64 %66, %67
  br i1 %68, label %70, label %69

69:                                               ; preds = %65
  store i32 4, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #6
  br label %146

70:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(ptr %18) #6
  %71 = load ptr, ptr %6, align 8, !tbaa !9
  %72 = load i64, ptr %15, align 8, !tbaa !12
  %73 = load i64, ptr %17, align 8, !tbaa !12
  %74 = add i64 %72, %73
  %75 = getelementptr inbounds nuw i8, ptr %71, i64 %74
  %76 = load i8, ptr %75, align 1, !tbaa !14
  %77 = zext i8 %76 to i32
  store i32 %77, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %78 = load i64, ptr %17, align 8, !tbaa !12
  %79 = add i64 %78, 1
  %80 = load i64, ptr %16, align 8, !tbaa !12
  %81 = icmp ult i64 %79, %80
  br i1 %81, label %82, label %91

82:                                               ; preds = %70
  %83 = load ptr, ptr %6, align 8, !tbaa !9
  %84 = load i64, ptr %15, align 8, !tbaa !12
  %85 = load i64, ptr %17, align 8, !tbaa !12
  %86 = add i64 %84, %85
  %87 = add i64 %86, 1
  %88 = getelementptr inbounds nuw i8, ptr %83, i64 %87
  %89 = load i8, ptr %88, align 1, !tbaa !14
  %90 = zext i8 %89 to i32
  br label %92

91:                                               ; preds = %70
  br label %92

92:                                               ; preds = %91, %82
  %93 = phi i32 [ %90, %82 ], [ 0, %91 ]
  store i32 %93, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #6
  %94 = load i64, ptr %17, align 8, !tbaa !12
  %95 = add i64 %94, 2
  %96 = load i64, ptr %16, align 8, !tbaa !12
  %97 = icmp ult i64 %95, %96
  br i1 %97, label %98, label %107

98:                                               ; preds = %92
  %99 = load ptr, ptr %6, align 8, !tbaa !9
  %100 = load i64, ptr %15, align 8, !tbaa !12
  %101 = load i64, ptr %17, align 8, !tbaa !12
  %102 = add i64 %100, %101
  %103 = add i64 %102, 2
  %104 = getelementptr inbounds nuw i8, ptr %99, i64 %103
  %105 = load i8, ptr %104, align 1, !tbaa !14
  %106 = zext i8 %105 to i32
  br label %108

107:                                              ; preds = %92
  br label %108

108:                                              ; preds = %107, %98
  %109 = phi i32 [ %106, %98 ], [ 0, %107 ]
  store i32 %109, ptr %20, align 4, !tbaa !5
  %110 = load i32, ptr %18, align 4, !tbaa !5
  %111 = lshr i32 %110, 2
  %112 = call signext i8 @uu_char(i32 noundef %111) #10
  %113 = load ptr, ptr %12, align 8, !tbaa !9
  %114 = load i64, ptr %14, align 8, !tbaa !12
  %115 = add i64 %114, 1
  store i64 %115, ptr %14, align 8, !tbaa !12
  %116 = getelementptr inbounds nuw i8, ptr %113, i64 %114
  store i8 %112, ptr %116, align 1, !tbaa !14
  %117 = load i32, ptr %18, align 4, !tbaa !5
  %118 = shl i32 %117, 4
  %119 = load i32, ptr %19, align 4, !tbaa !5
  %120 = lshr i32 %119, 4
  %121 = or i32 %118, %120
  %122 = call signext i8 @uu_char(i32 noundef %121) #10
  %123 = load ptr, ptr %12, align 8, !tbaa !9
  %124 = load i64, ptr %14, align 8, !tbaa !12
  %125 = add i64 %124, 1
  store i64 %125, ptr %14, align 8, !tbaa !12
  %126 = getelementptr inbounds nuw i8, ptr %123, i64 %124
  store i8 %122, ptr %126, align 1, !tbaa !14
  %127 = load i32, ptr %19, align 4, !tbaa !5
  %128 = shl i32 %127, 2
  %129 = load i32, ptr %20, align 4, !tbaa !5
  %130 = lshr i32 %129, 6
  %131 = or i32 %128, %130
  %132 = call signext i8 @uu_char(i32 noundef %131) #10
  %133 = load ptr, ptr %12, align 8, !tbaa !9
  %134 = load i64, ptr %14, align 8, !tbaa !12
  %135 = add i64 %134, 1
  store i64 %135, ptr %14, align 8, !tbaa !12
  %136 = getelementptr inbounds nuw i8, ptr %133, i64 %134
  store i8 %132, ptr %136, align 1, !tbaa !14
  %137 = load i32, ptr %20, align 4, !tbaa !5
  %138 = call signext i8 @uu_char(i32 noundef %137) #10
  %139 = load ptr, ptr %12, align 8, !tbaa !9
  %140 = load i64, ptr %14, align 8, !tbaa !12
  %141 = add i64 %140, 1
  store i64 %141, ptr %14, align 8, !tbaa !12
  %142 = getelementptr inbounds nuw i8, ptr %139, i64 %140
  store i8 %138, ptr %142, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %19) #6
  call void @llvm.lifetime.end.p0(ptr %18) #6
  br label %143

143:                                              ; preds = %108
  %144 = load i64, ptr %17, align 8, !tbaa !12
  %145 = add i64 %144, 3
  store i64 %145, ptr %17, align 8, !tbaa !12
  br label %65, !llvm.loop !15

146:                                              ; preds = %69
  %147 = load ptr, ptr %12, align 8, !tbaa !9
  %148 = load i64, ptr %14, align 8, !tbaa !12
  %149 = add i64 %148, 1
  store i64 %149, ptr %14, align 8, !tbaa !12
  %150 = getelementptr inbounds nuw i8, ptr %147, i64 %148
  store i8 10, ptr %150, align 1, !tbaa !14
  %151 = load i64, ptr %16, align 8, !tbaa !12
  %152 = load i64, ptr %15, align 8, !tbaa !12
  %153 = add i64 %152, %151
  store i64 %153, ptr %15, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %42, !llvm.loop !17

154:                                              ; preds = %42
  %155 = load ptr, ptr %12, align 8, !tbaa !9
  %156 = load i64, ptr %14, align 8, !tbaa !12
  %157 = getelementptr inbounds nuw i8, ptr %155, i64 %156
  %158 = load i64, ptr %11, align 8, !tbaa !12
  %159 = load i64, ptr %14, align 8, !tbaa !12
  %160 = sub i64 %158, %159
  %161 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %157, i64 noundef %160, ptr noundef @.str.1) #9
  %162 = sext i32 %161 to i64
  %163 = load i64, ptr %14, align 8, !tbaa !12
  %164 = add i64 %163, %162
  store i64 %164, ptr %14, align 8, !tbaa !12
  %165 = load ptr, ptr %12, align 8, !tbaa !9
  store ptr %165, ptr %5, align 8
  store i32 1, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %166

166:                                              ; preds = %154, %34
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %167 = load ptr, ptr %5, align 8
  ret ptr %167
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @uu_char(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = and i32 %3, 63
  store i32 %4, ptr %2, align 4, !tbaa !5
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = add i32 %8, 32
  %10 = trunc i32 %9 to i8
  %11 = sext i8 %10 to i32
  br label %13

12:                                               ; preds = %1
  br label %13

13:                                               ; preds = %12, %7
  %14 = phi i32 [ %11, %7 ], [ 96, %12 ]
  %15 = trunc i32 %14 to i8
  ret i8 %15
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @uudecode(ptr noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca ptr, align 8
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca [3 x i8], align 1
  %25 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store i64 %2, ptr %8, align 8, !tbaa !12
  store ptr %3, ptr %9, align 8, !tbaa !18
  %26 = load ptr, ptr %6, align 8, !tbaa !9
  %27 = call i32 @strncmp(ptr noundef %26, ptr noundef @.str.2, i64 noundef 6) #7
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %4
  store i64 -1, ptr %5, align 8
  br label %280

30:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %31 = load ptr, ptr %6, align 8, !tbaa !9
  %32 = getelementptr inbounds i8, ptr %31, i64 6
  store ptr %32, ptr %10, align 8, !tbaa !9
  %33 = load ptr, ptr %9, align 8, !tbaa !18
  %34 = getelementptr inbounds nuw %struct.uu_header, ptr %33, i32 0, i32 0
  store i32 0, ptr %34, align 4, !tbaa !20
  br label %35

35:                                               ; preds = %47, %30
  %36 = load ptr, ptr %10, align 8, !tbaa !9
  %37 = load i8, ptr %36, align 1, !tbaa !14
  %38 = sext i8 %37 to i32
  %39 = icmp sge i32 %38, 48
  br i1 %39, label %40, label %45

40:                                               ; preds = %35
  %41 = load ptr, ptr %10, align 8, !tbaa !9
  %42 = load i8, ptr %41, align 1, !tbaa !14
  %43 = sext i8 %42 to i32
  %44 = icmp sle i32 %43, 55
  br label %45

45:                                               ; preds = %40, %35
  %46 = phi i1 [ false, %35 ], [ %44, %40 ]
  br i1 %46, label %47, label %60

47:                                               ; preds = %45
  %48 = load ptr, ptr %9, align 8, !tbaa !18
  %49 = getelementptr inbounds nuw %struct.uu_header, ptr %48, i32 0, i32 0
  %50 = load i32, ptr %49, align 4, !tbaa !20
  %51 = mul i32 %50, 8
  %52 = load ptr, ptr %10, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw i8, ptr %52, i32 1
  store ptr %53, ptr %10, align 8, !tbaa !9
  %54 = load i8, ptr %52, align 1, !tbaa !14
  %55 = sext i8 %54 to i32
  %56 = sub nsw i32 %55, 48
  %57 = add i32 %51, %56
  %58 = load ptr, ptr %9, align 8, !tbaa !18
  %59 = getelementptr inbounds nuw %struct.uu_header, ptr %58, i32 0, i32 0
  store i32 %57, ptr %59, align 4, !tbaa !20
  br label %35, !llvm.loop !22

60:                                               ; preds = %45
  %61 = load ptr, ptr %10, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw i8, ptr %61, i32 1
  store ptr %62, ptr %10, align 8, !tbaa !9
  %63 = load i8, ptr %61, align 1, !tbaa !14
  %64 = sext i8 %63 to i32
  %65 = icmp ne i32 %64, 32
  br i1 %65, label %66, label %67

66:                                               ; preds = %60
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %279

67:                                               ; preds = %60
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i64 0, ptr %12, align 8, !tbaa !12
  br label %68

68:                                               ; preds = %84, %67
  %69 = load ptr, ptr %10, align 8, !tbaa !9
  %70 = load i8, ptr %69, align 1, !tbaa !14
  %71 = sext i8 %70 to i32
  %72 = icmp ne i32 %71, 0
  br i1 %72, label %73, label %82

73:                                               ; preds = %68
  %74 = load ptr, ptr %10, align 8, !tbaa !9
  %75 = load i8, ptr %74, align 1, !tbaa !14
  %76 = sext i8 %75 to i32
  %77 = icmp ne i32 %76, 10
  br i1 %77, label %78, label %82

78:                                               ; preds = %73
  %79 = load i64, ptr %12, align 8, !tbaa !12
  %80 = add i64 %79, 1
  %81 = icmp ult i64 %80, 64
  br label %82

82:                                               ; preds = %78, %73, %68
  %83 = phi i1 [ false, %73 ], [ false, %68 ], [ %81, %78 ]
  br i1 %83, label %84, label %93

84:                                               ; preds = %82
  %85 = load ptr, ptr %10, align 8, !tbaa !9
  %86 = getelementptr inbounds nuw i8, ptr %85, i32 1
  store ptr %86, ptr %10, align 8, !tbaa !9
  %87 = load i8, ptr %85, align 1, !tbaa !14
  %88 = load ptr, ptr %9, align 8, !tbaa !18
  %89 = getelementptr inbounds nuw %struct.uu_header, ptr %88, i32 0, i32 1
  %90 = load i64, ptr %12, align 8, !tbaa !12
  %91 = add i64 %90, 1
  store i64 %91, ptr %12, align 8, !tbaa !12
  %92 = getelementptr inbounds nuw [64 x i8], ptr %89, i64 0, i64 %90
  store i8 %87, ptr %92, align 1, !tbaa !14
  br label %68, !llvm.loop !23

93:                                               ; preds = %82
  %94 = load ptr, ptr %9, align 8, !tbaa !18
  %95 = getelementptr inbounds nuw %struct.uu_header, ptr %94, i32 0, i32 1
  %96 = load i64, ptr %12, align 8, !tbaa !12
  %97 = getelementptr inbounds nuw [64 x i8], ptr %95, i64 0, i64 %96
  store i8 0, ptr %97, align 1, !tbaa !14
  br label %98

98:                                               ; preds = %110, %93
  %99 = load ptr, ptr %10, align 8, !tbaa !9
  %100 = load i8, ptr %99, align 1, !tbaa !14
  %101 = sext i8 %100 to i32
  %102 = icmp ne i32 %101, 0
  br i1 %102, label %103, label %108

103:                                              ; preds = %98
  %104 = load ptr, ptr %10, align 8, !tbaa !9
  %105 = load i8, ptr %104, align 1, !tbaa !14
  %106 = sext i8 %105 to i32
  %107 = icmp ne i32 %106, 10
  br label %108

108:                                              ; preds = %103, %98
  %109 = phi i1 [ false, %98 ], [ %107, %103 ]
  br i1 %109, label %110, label %113

110:                                              ; preds = %108
  %111 = load ptr, ptr %10, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw i8, ptr %111, i32 1
  store ptr %112, ptr %10, align 8, !tbaa !9
  br label %98, !llvm.loop !24

113:                                              ; preds = %108
  %114 = load ptr, ptr %10, align 8, !tbaa !9
  %115 = load i8, ptr %114, align 1, !tbaa !14
  %116 = sext i8 %115 to i32
  %117 = icmp eq i32 %116, 10
  br i1 %117, label %118, label %121

118:                                              ; preds = %113
  %119 = load ptr, ptr %10, align 8, !tbaa !9
  %120 = getelementptr inbounds nuw i8, ptr %119, i32 1
  store ptr %120, ptr %10, align 8, !tbaa !9
  br label %121

121:                                              ; preds = %118, %113
  call void @llvm.lifetime.start.p0(ptr %13) #6
  store i64 0, ptr %13, align 8, !tbaa !12
  br label %122

122:                                              ; preds = %264, %121
  %123 = load ptr, ptr %10, align 8, !tbaa !9
  %124 = load i8, ptr %123, align 1, !tbaa !14
  %125 = sext i8 %124 to i32
  %126 = icmp eq i32 %125, 0
  br i1 %126, label %127, label %128

127:                                              ; preds = %122
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %278

128:                                              ; preds = %122
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %129 = load ptr, ptr %10, align 8, !tbaa !9
  %130 = load i8, ptr %129, align 1, !tbaa !14
  %131 = call i32 @uu_val(i8 noundef signext %130) #10
  store i32 %131, ptr %14, align 4, !tbaa !5
  %132 = load i32, ptr %14, align 4, !tbaa !5
  %133 = icmp eq i32 %132, 0
  br i1 %133, label %134, label %135

134:                                              ; preds = %128
  store i32 8, ptr %11, align 4
  br label %262

135:                                              ; preds = %128
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %136 = load ptr, ptr %10, align 8, !tbaa !9
  %137 = getelementptr inbounds i8, ptr %136, i64 1
  store ptr %137, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %138 = load ptr, ptr %15, align 8, !tbaa !9
  %139 = call ptr @strchr(ptr noundef %138, i32 noundef 10) #7
  store ptr %139, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %140 = load ptr, ptr %16, align 8, !tbaa !9
  %141 = icmp ne ptr %140, null
  br i1 %141, label %142, label %148

142:                                              ; preds = %135
  %143 = load ptr, ptr %16, align 8, !tbaa !9
  %144 = load ptr, ptr %15, align 8, !tbaa !9
  %145 = ptrtoint ptr %143 to i64
  %146 = ptrtoint ptr %144 to i64
  %147 = sub i64 %145, %146
  br label %151

148:                                              ; preds = %135
  %149 = load ptr, ptr %15, align 8, !tbaa !9
  %150 = call i64 @strlen(ptr noundef %149) #7
  br label %151

151:                                              ; preds = %148, %142
  %152 = phi i64 [ %147, %142 ], [ %150, %148 ]
  store i64 %152, ptr %17, align 8, !tbaa !12
  %153 = load i64, ptr %17, align 8, !tbaa !12
  %154 = load i32, ptr %14, align 4, !tbaa !5
  %155 = add i32 %154, 2
  %156 = udiv i32 %155, 3
  %157 = mul i32 %156, 4
  %158 = zext i32 %157 to i64
  %159 = icmp ult i64 %153, %158
  br i1 %159, label %160, label %161

160:                                              ; preds = %151
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %261

161:                                              ; preds = %151
  call void @llvm.lifetime.start.p0(ptr %18) #6
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %162

162:                                              ; preds = %244, %161
  %163 = load i32, ptr %18, align 4, !tbaa !5
  %164 = load i32, ptr %14, align 4, !tbaa !5
  %165 = icmp ult i32 %163, %164
  br i1 %165, label %167, label %166

166:                                              ; preds = %162
  store i32 10, ptr %11, align 4
  br label %247

167:                                              ; preds = %162
  call void @llvm.lifetime.start.p0(ptr %19) #6
  %168 = load ptr, ptr %15, align 8, !tbaa !9
  %169 = load i32, ptr %18, align 4, !tbaa !5
  %170 = udiv i32 %169, 3
  %171 = mul i32 %170, 4
  %172 = zext i32 %171 to i64
  %173 = getelementptr inbounds nuw i8, ptr %168, i64 %172
  store ptr %173, ptr %19, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %20) #6
  %174 = load ptr, ptr %19, align 8, !tbaa !9
  %175 = getelementptr inbounds i8, ptr %174, i64 0
  %176 = load i8, ptr %175, align 1, !tbaa !14
  %177 = call i32 @uu_val(i8 noundef signext %176) #10
  store i32 %177, ptr %20, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %21) #6
  %178 = load ptr, ptr %19, align 8, !tbaa !9
  %179 = getelementptr inbounds i8, ptr %178, i64 1
  %180 = load i8, ptr %179, align 1, !tbaa !14
  %181 = call i32 @uu_val(i8 noundef signext %180) #10
  store i32 %181, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %22) #6
  %182 = load ptr, ptr %19, align 8, !tbaa !9
  %183 = getelementptr inbounds i8, ptr %182, i64 2
  %184 = load i8, ptr %183, align 1, !tbaa !14
  %185 = call i32 @uu_val(i8 noundef signext %184) #10
  store i32 %185, ptr %22, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %23) #6
  %186 = load ptr, ptr %19, align 8, !tbaa !9
  %187 = getelementptr inbounds i8, ptr %186, i64 3
  %188 = load i8, ptr %187, align 1, !tbaa !14
  %189 = call i32 @uu_val(i8 noundef signext %188) #10
  store i32 %189, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %24) #6
  %190 = load i32, ptr %20, align 4, !tbaa !5
  %191 = shl i32 %190, 2
  %192 = load i32, ptr %21, align 4, !tbaa !5
  %193 = lshr i32 %192, 4
  %194 = or i32 %191, %193
  %195 = trunc i32 %194 to i8
  store i8 %195, ptr %24, align 1, !tbaa !14
  %196 = getelementptr inbounds i8, ptr %24, i64 1
  %197 = load i32, ptr %21, align 4, !tbaa !5
  %198 = shl i32 %197, 4
  %199 = load i32, ptr %22, align 4, !tbaa !5
  %200 = lshr i32 %199, 2
  %201 = or i32 %198, %200
  %202 = trunc i32 %201 to i8
  store i8 %202, ptr %196, align 1, !tbaa !14
  %203 = getelementptr inbounds i8, ptr %24, i64 2
  %204 = load i32, ptr %22, align 4, !tbaa !5
  %205 = shl i32 %204, 6
  %206 = load i32, ptr %23, align 4, !tbaa !5
  %207 = or i32 %205, %206
  %208 = trunc i32 %207 to i8
  store i8 %208, ptr %203, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %25) #6
  store i32 0, ptr %25, align 4, !tbaa !5
  br label %209

209:                                              ; preds = %235, %167
  %210 = load i32, ptr %25, align 4, !tbaa !5
  %211 = icmp ult i32 %210, 3
  br i1 %211, label %212, label %218

212:                                              ; preds = %209
  %213 = load i32, ptr %18, align 4, !tbaa !5
  %214 = load i32, ptr %25, align 4, !tbaa !5
  %215 = add i32 %213, %214
  %216 = load i32, ptr %14, align 4, !tbaa !5
  %217 = icmp ult i32 %215, %216
  br label %218

218:                                              ; preds = %212, %209
  %219 = phi i1 [ false, %209 ], [ %217, %212 ]
  br i1 %219, label %221, label %220

220:                                              ; preds = %218
  store i32 13, ptr %11, align 4
  br label %238

221:                                              ; preds = %218
  %222 = load i64, ptr %13, align 8, !tbaa !12
  %223 = load i64, ptr %8, align 8, !tbaa !12
  %224 = icmp uge i64 %222, %223
  br i1 %224, label %225, label %226

225:                                              ; preds = %221
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %238

226:                                              ; preds = %221
  %227 = load i32, ptr %25, align 4, !tbaa !5
  %228 = zext i32 %227 to i64
  %229 = getelementptr inbounds nuw [3 x i8], ptr %24, i64 0, i64 %228
  %230 = load i8, ptr %229, align 1, !tbaa !14
  %231 = load ptr, ptr %7, align 8, !tbaa !9
  %232 = load i64, ptr %13, align 8, !tbaa !12
  %233 = add i64 %232, 1
  store i64 %233, ptr %13, align 8, !tbaa !12
  %234 = getelementptr inbounds nuw i8, ptr %231, i64 %232
  store i8 %230, ptr %234, align 1, !tbaa !14
  br label %235

235:                                              ; preds = %226
  %236 = load i32, ptr %25, align 4, !tbaa !5
  %237 = add i32 %236, 1
  store i32 %237, ptr %25, align 4, !tbaa !5
  br label %209, !llvm.loop !25

238:                                              ; preds = %225, %220
  call void @llvm.lifetime.end.p0(ptr %25) #6
  %239 = load i32, ptr %11, align 4
  switch i32 %239, label %241 [
    i32 13, label %240
  ]

240:                                              ; preds = %238
  store i32 0, ptr %11, align 4
  br label %241

241:                                              ; preds = %240, %238
  call void @llvm.lifetime.end.p0(ptr %24) #6
  call void @llvm.lifetime.end.p0(ptr %23) #6
  call void @llvm.lifetime.end.p0(ptr %22) #6
  call void @llvm.lifetime.end.p0(ptr %21) #6
  call void @llvm.lifetime.end.p0(ptr %20) #6
  call void @llvm.lifetime.end.p0(ptr %19) #6
  %242 = load i32, ptr %11, align 4
  switch i32 %242, label %247 [
    i32 0, label %243
  ]

243:                                              ; preds = %241
  br label %244

244:                                              ; preds = %243
  %245 = load i32, ptr %18, align 4, !tbaa !5
  %246 = add i32 %245, 3
  store i32 %246, ptr %18, align 4, !tbaa !5
  br label %162, !llvm.loop !26

247:                                              ; preds = %241, %166
  call void @llvm.lifetime.end.p0(ptr %18) #6
  %248 = load i32, ptr %11, align 4
  switch i32 %248, label %261 [
    i32 10, label %249
  ]

249:                                              ; preds = %247
  %250 = load ptr, ptr %16, align 8, !tbaa !9
  %251 = icmp ne ptr %250, null
  br i1 %251, label %252, label %255

252:                                              ; preds = %249
  %253 = load ptr, ptr %16, align 8, !tbaa !9
  %254 = getelementptr inbounds i8, ptr %253, i64 1
  br label %259

255:                                              ; preds = %249
  %256 = load ptr, ptr %15, align 8, !tbaa !9
  %257 = load i64, ptr %17, align 8, !tbaa !12
  %258 = getelementptr inbounds nuw i8, ptr %256, i64 %257
  br label %259

259:                                              ; preds = %255, %252
  %260 = phi ptr [ %254, %252 ], [ %258, %255 ]
  store ptr %260, ptr %10, align 8, !tbaa !9
  store i32 0, ptr %11, align 4
  br label %261

261:                                              ; preds = %259, %247, %160
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %262

262:                                              ; preds = %261, %134
  call void @llvm.lifetime.end.p0(ptr %14) #6
  %263 = load i32, ptr %11, align 4
  switch i32 %263, label %278 [
    i32 0, label %264
    i32 8, label %265
  ]

264:                                              ; preds = %262
  br label %122

265:                                              ; preds = %262
  %266 = load ptr, ptr %10, align 8, !tbaa !9
  %267 = call ptr @strchr(ptr noundef %266, i32 noundef 10) #7
  store ptr %267, ptr %10, align 8, !tbaa !9
  %268 = load ptr, ptr %10, align 8, !tbaa !9
  %269 = icmp ne ptr %268, null
  br i1 %269, label %270, label %275

270:                                              ; preds = %265
  %271 = load ptr, ptr %10, align 8, !tbaa !9
  %272 = getelementptr inbounds i8, ptr %271, i64 1
  %273 = call i32 @strncmp(ptr noundef %272, ptr noundef @.str.3, i64 noundef 3) #7
  %274 = icmp ne i32 %273, 0
  br i1 %274, label %275, label %276

275:                                              ; preds = %270, %265
  store i64 -1, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %278

276:                                              ; preds = %270
  %277 = load i64, ptr %13, align 8, !tbaa !12
  store i64 %277, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %278

278:                                              ; preds = %276, %275, %262, %127
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %279

279:                                              ; preds = %278, %66
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %280

280:                                              ; preds = %279, %29
  %281 = load i64, ptr %5, align 8
  ret i64 %281
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @uu_val(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !14
  %3 = load i8, ptr %2, align 1, !tbaa !14
  %4 = zext i8 %3 to i32
  %5 = sub i32 %4, 32
  %6 = and i32 %5, 63
  ret i32 %6
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca [256 x i8], align 16
  %7 = alloca %struct.uu_header, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca %struct.uu_header, align 4
  %16 = alloca i64, align 8
  %17 = alloca %struct.uu_header, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store ptr @.str.4, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #6
  %18 = load ptr, ptr %2, align 8, !tbaa !9
  %19 = load ptr, ptr %2, align 8, !tbaa !9
  %20 = call i64 @strlen(ptr noundef %19) #7
  %21 = call ptr @uuencode(ptr noundef %18, i64 noundef %20, ptr noundef @.str.5, i32 noundef 420) #10
  store ptr %21, ptr %3, align 8, !tbaa !9
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = icmp ne ptr %22, null
  br i1 %23, label %25, label %24

24:                                               ; preds = %0
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  br label %134

25:                                               ; preds = %0
  %26 = load ptr, ptr %3, align 8, !tbaa !9
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %26) #10
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  call void @free(ptr noundef %28) #9
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store ptr @.str.7, ptr %5, align 8, !tbaa !9
  %29 = load ptr, ptr %5, align 8, !tbaa !9
  %30 = load ptr, ptr %5, align 8, !tbaa !9
  %31 = call i64 @strlen(ptr noundef %30) #7
  %32 = call ptr @uuencode(ptr noundef %29, i64 noundef %31, ptr noundef @.str.8, i32 noundef 384) #10
  store ptr %32, ptr %3, align 8, !tbaa !9
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = icmp ne ptr %33, null
  br i1 %34, label %35, label %61

35:                                               ; preds = %25
  %36 = load ptr, ptr %3, align 8, !tbaa !9
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, ptr noundef %36) #10
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %38 = load ptr, ptr %3, align 8, !tbaa !9
  %39 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0
  %40 = call i64 @uudecode(ptr noundef %38, ptr noundef %39, i64 noundef 256, ptr noundef %7) #10
  store i64 %40, ptr %8, align 8, !tbaa !12
  %41 = load i64, ptr %8, align 8, !tbaa !12
  %42 = getelementptr inbounds nuw %struct.uu_header, ptr %7, i32 0, i32 0
  %43 = load i32, ptr %42, align 4, !tbaa !20
  %44 = getelementptr inbounds nuw %struct.uu_header, ptr %7, i32 0, i32 1
  %45 = getelementptr inbounds [64 x i8], ptr %44, i64 0, i64 0
  %46 = load i64, ptr %8, align 8, !tbaa !12
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  %48 = call i64 @strlen(ptr noundef %47) #7
  %49 = icmp eq i64 %46, %48
  br i1 %49, label %50, label %56

50:                                               ; preds = %35
  %51 = getelementptr inbounds [256 x i8], ptr %6, i64 0, i64 0
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = call i32 @memcmp(ptr noundef %51, ptr noundef %52, i64 noundef %53) #7
  %55 = icmp eq i32 %54, 0
  br label %56

56:                                               ; preds = %50, %35
  %57 = phi i1 [ false, %35 ], [ %55, %50 ]
  %58 = zext i1 %57 to i32
  %59 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %41, i32 noundef %43, ptr noundef %45, i32 noundef %58) #10
  %60 = load ptr, ptr %3, align 8, !tbaa !9
  call void @free(ptr noundef %60) #9
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %61

61:                                               ; preds = %56, %25
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 12648430, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %123, %61
  %63 = load i32, ptr %12, align 4, !tbaa !5
  %64 = icmp slt i32 %63, 30
  br i1 %64, label %66, label %65

65:                                               ; preds = %62
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %126

66:                                               ; preds = %62
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %67 = load i32, ptr %12, align 4, !tbaa !5
  %68 = mul nsw i32 %67, 163
  %69 = add nsw i32 %68, 7
  %70 = sext i32 %69 to i64
  %71 = urem i64 %70, 5000
  store i64 %71, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #6
  store i64 0, ptr %14, align 8, !tbaa !12
  br label %72

72:                                               ; preds = %86, %66
  %73 = load i64, ptr %14, align 8, !tbaa !12
  %74 = load i64, ptr %13, align 8, !tbaa !12
  %75 = icmp ult i64 %73, %74
  br i1 %75, label %77, label %76

76:                                               ; preds = %72
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %89

77:                                               ; preds = %72
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = mul i32 %78, 1664525
  %80 = add i32 %79, 1013904223
  store i32 %80, ptr %9, align 4, !tbaa !5
  %81 = load i32, ptr %9, align 4, !tbaa !5
  %82 = lshr i32 %81, 24
  %83 = trunc i32 %82 to i8
  %84 = load i64, ptr %14, align 8, !tbaa !12
  %85 = getelementptr inbounds nuw [5000 x i8], ptr @main.blob, i64 0, i64 %84
  store i8 %83, ptr %85, align 1, !tbaa !14
  br label %86

86:                                               ; preds = %77
  %87 = load i64, ptr %14, align 8, !tbaa !12
  %88 = add i64 %87, 1
  store i64 %88, ptr %14, align 8, !tbaa !12
  br label %72, !llvm.loop !27

89:                                               ; preds = %76
  %90 = load i64, ptr %13, align 8, !tbaa !12
  %91 = call ptr @uuencode(ptr noundef @main.blob, i64 noundef %90, ptr noundef @.str.10, i32 noundef 493) #10
  store ptr %91, ptr %3, align 8, !tbaa !9
  %92 = load ptr, ptr %3, align 8, !tbaa !9
  %93 = icmp ne ptr %92, null
  br i1 %93, label %97, label %94

94:                                               ; preds = %89
  %95 = load i32, ptr %10, align 4, !tbaa !5
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %10, align 4, !tbaa !5
  store i32 4, ptr %4, align 4
  br label %120

97:                                               ; preds = %89
  %98 = load ptr, ptr %3, align 8, !tbaa !9
  %99 = call i64 @strlen(ptr noundef %98) #7
  %100 = load i64, ptr %11, align 8, !tbaa !12
  %101 = add i64 %100, %99
  store i64 %101, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %15) #6
  call void @llvm.lifetime.start.p0(ptr %16) #6
  %102 = load ptr, ptr %3, align 8, !tbaa !9
  %103 = call i64 @uudecode(ptr noundef %102, ptr noundef @main.back, i64 noundef 5000, ptr noundef %15) #10
  store i64 %103, ptr %16, align 8, !tbaa !12
  %104 = load i64, ptr %16, align 8, !tbaa !12
  %105 = load i64, ptr %13, align 8, !tbaa !12
  %106 = icmp ne i64 %104, %105
  br i1 %106, label %115, label %107

107:                                              ; preds = %97
  %108 = load i64, ptr %13, align 8, !tbaa !12
  %109 = call i32 @memcmp(ptr noundef @main.back, ptr noundef @main.blob, i64 noundef %108) #7
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %115, label %111

111:                                              ; preds = %107
  %112 = getelementptr inbounds nuw %struct.uu_header, ptr %15, i32 0, i32 0
  %113 = load i32, ptr %112, align 4, !tbaa !20
  %114 = icmp ne i32 %113, 493
  br i1 %114, label %115, label %118

115:                                              ; preds = %111, %107, %97
  %116 = load i32, ptr %10, align 4, !tbaa !5
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %10, align 4, !tbaa !5
  br label %118

118:                                              ; preds = %115, %111
  %119 = load ptr, ptr %3, align 8, !tbaa !9
  call void @free(ptr noundef %119) #9
  call void @llvm.lifetime.end.p0(ptr %16) #6
  call void @llvm.lifetime.end.p0(ptr %15) #6
  store i32 0, ptr %4, align 4
  br label %120

120:                                              ; preds = %118, %94
  call void @llvm.lifetime.end.p0(ptr %13) #6
  %121 = load i32, ptr %4, align 4
  switch i32 %121, label %136 [
    i32 0, label %122
    i32 4, label %123
  ]

122:                                              ; preds = %120
  br label %123

123:                                              ; preds = %122, %120
  %124 = load i32, ptr %12, align 4, !tbaa !5
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %12, align 4, !tbaa !5
  br label %62, !llvm.loop !28

126:                                              ; preds = %65
  %127 = load i64, ptr %11, align 8, !tbaa !12
  %128 = load i32, ptr %10, align 4, !tbaa !5
  %129 = call i32 @adler32(ptr noundef @main.blob, i64 noundef 5000) #10
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %127, i32 noundef %128, i32 noundef %129) #10
  call void @llvm.lifetime.start.p0(ptr %17) #6
  %131 = call i64 @uudecode(ptr noundef @.str.13, ptr noundef @main.back, i64 noundef 5000, ptr noundef %17) #10
  %132 = call i64 @uudecode(ptr noundef @.str.14, ptr noundef @main.back, i64 noundef 5000, ptr noundef %17) #10
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %131, i64 noundef %132) #10
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %134

134:                                              ; preds = %126, %24
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %135 = load i32, ptr %1, align 4
  ret i32 %135

136:                                              ; preds = %120
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @adler32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %26, %2
  %9 = load i64, ptr %7, align 8, !tbaa !12
  %10 = load i64, ptr %4, align 8, !tbaa !12
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %29

13:                                               ; preds = %8
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = zext i8 %18 to i32
  %20 = add i32 %14, %19
  %21 = urem i32 %20, 65521
  store i32 %21, ptr %5, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = add i32 %22, %23
  %25 = urem i32 %24, 65521
  store i32 %25, ptr %6, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %13
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = add i64 %27, 1
  store i64 %28, ptr %7, align 8, !tbaa !12
  br label %8, !llvm.loop !29

29:                                               ; preds = %12
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = shl i32 %30, 16
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = or i32 %31, %32
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret i32 %33
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { minsize nounwind optsize allocsize(0) }
attributes #9 = { minsize nounwind optsize }
attributes #10 = { minsize optsize }

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
!17 = distinct !{!17, !16}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 _ZTS9uu_header", !11, i64 0}
!20 = !{!21, !6, i64 0}
!21 = !{!"uu_header", !6, i64 0, !7, i64 4}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
