; ModuleID = 'hex_dump.c'
source_filename = "hex_dump.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@dump_len = internal global i64 0, align 8
@dump_buf = internal global [16384 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [3 x i8] c"*\0A\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"%08zx\0A\00", align 1
@.str.2 = private unnamed_addr constant [45 x i8] c"Hello, hexdump!\0A\09Tabs\01\02\7F and more text here.\00", align 1
@stdout = external global ptr, align 8
@main.data = internal global [600 x i8] zeroinitializer, align 16
@main.back = internal global [600 x i8] zeroinitializer, align 16
@.str.3 = private unnamed_addr constant [61 x i8] c"squeezed: lines=%zu stars=%zu chars=%zu parsed=%ld match=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [51 x i8] c"full: chars=%zu parsed=%ld crc=%08x back_crc=%08x\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"corrupt=%ld\0A\00", align 1
@.str.6 = private unnamed_addr constant [17 x i8] c"0000001x  41 42\0A\00", align 1
@format_row.hx = internal constant [17 x i8] c"0123456789abcdef\00", align 16
@.str.7 = private unnamed_addr constant [8 x i8] c"%08zx  \00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @hex_dump(ptr noundef %0, i64 noundef %1, i1 noundef zeroext %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i8, align 1
  %7 = alloca [128 x i8], align 16
  %8 = alloca i8, align 1
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca [16 x i8], align 16
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  %13 = zext i1 %2 to i8
  store i8 %13, ptr %6, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i8 0, ptr %8, align 1, !tbaa !14
  store i64 0, ptr @dump_len, align 8, !tbaa !12
  store i8 0, ptr @dump_buf, align 16, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %66, %3
  %15 = load i64, ptr %9, align 8, !tbaa !12
  %16 = load i64, ptr %5, align 8, !tbaa !12
  %17 = icmp ult i64 %15, %16
  br i1 %17, label %19, label %18

18:                                               ; preds = %14
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %69

19:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %20 = load i64, ptr %5, align 8, !tbaa !12
  %21 = load i64, ptr %9, align 8, !tbaa !12
  %22 = sub i64 %20, %21
  %23 = icmp ult i64 %22, 16
  br i1 %23, label %24, label %28

24:                                               ; preds = %19
  %25 = load i64, ptr %5, align 8, !tbaa !12
  %26 = load i64, ptr %9, align 8, !tbaa !12
  %27 = sub i64 %25, %26
  br label %29

28:                                               ; preds = %19
  br label %29

29:                                               ; preds = %28, %24
  %30 = phi i64 [ %27, %24 ], [ 16, %28 ]
  store i64 %30, ptr %11, align 8, !tbaa !12
  %31 = load i8, ptr %6, align 1, !tbaa !14, !range !17, !noundef !18
  %32 = trunc i8 %31 to i1
  br i1 %32, label %33, label %54

33:                                               ; preds = %29
  %34 = load i64, ptr %9, align 8, !tbaa !12
  %35 = icmp uge i64 %34, 16
  br i1 %35, label %36, label %54

36:                                               ; preds = %33
  %37 = load i64, ptr %11, align 8, !tbaa !12
  %38 = icmp eq i64 %37, 16
  br i1 %38, label %39, label %54

39:                                               ; preds = %36
  %40 = load ptr, ptr %4, align 8, !tbaa !9
  %41 = load i64, ptr %9, align 8, !tbaa !12
  %42 = getelementptr inbounds nuw i8, ptr %40, i64 %41
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = load i64, ptr %9, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw i8, ptr %43, i64 %44
  %46 = getelementptr inbounds i8, ptr %45, i64 -16
  %47 = call i32 @memcmp(ptr noundef %42, ptr noundef %46, i64 noundef 16) #8
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %49, label %54

49:                                               ; preds = %39
  %50 = load i8, ptr %8, align 1, !tbaa !14, !range !17, !noundef !18
  %51 = trunc i8 %50 to i1
  br i1 %51, label %53, label %52

52:                                               ; preds = %49
  call void @emit(ptr noundef @.str, i64 noundef 2) #9
  br label %53

53:                                               ; preds = %52, %49
  store i8 1, ptr %8, align 1, !tbaa !14
  store i32 4, ptr %10, align 4
  br label %63

54:                                               ; preds = %39, %36, %33, %29
  store i8 0, ptr %8, align 1, !tbaa !14
  %55 = getelementptr inbounds [128 x i8], ptr %7, i64 0, i64 0
  %56 = getelementptr inbounds [128 x i8], ptr %7, i64 0, i64 0
  %57 = load i64, ptr %9, align 8, !tbaa !12
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = load i64, ptr %9, align 8, !tbaa !12
  %60 = getelementptr inbounds nuw i8, ptr %58, i64 %59
  %61 = load i64, ptr %11, align 8, !tbaa !12
  %62 = call i64 @format_row(ptr noundef %56, i64 noundef %57, ptr noundef %60, i64 noundef %61) #9
  call void @emit(ptr noundef %55, i64 noundef %62) #9
  store i32 0, ptr %10, align 4
  br label %63

63:                                               ; preds = %54, %53
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %64 = load i32, ptr %10, align 4
  switch i32 %64, label %75 [
    i32 0, label %65
    i32 4, label %66
  ]

65:                                               ; preds = %63
  br label %66

66:                                               ; preds = %65, %63
  %67 = load i64, ptr %9, align 8, !tbaa !12
  %68 = add i64 %67, 16
  store i64 %68, ptr %9, align 8, !tbaa !12
  br label %14, !llvm.loop !19

69:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %70 = getelementptr inbounds [16 x i8], ptr %12, i64 0, i64 0
  %71 = getelementptr inbounds [16 x i8], ptr %12, i64 0, i64 0
  %72 = load i64, ptr %5, align 8, !tbaa !12
  %73 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %71, ptr noundef @.str.1, i64 noundef %72) #10
  %74 = sext i32 %73 to i64
  call void @emit(ptr noundef %70, i64 noundef %74) #9
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret void

75:                                               ; preds = %63
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @emit(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  %5 = load i64, ptr @dump_len, align 8, !tbaa !12
  %6 = load i64, ptr %4, align 8, !tbaa !12
  %7 = add i64 %5, %6
  %8 = icmp uge i64 %7, 16384
  br i1 %8, label %9, label %13

9:                                                ; preds = %2
  %10 = load i64, ptr @dump_len, align 8, !tbaa !12
  %11 = sub i64 16384, %10
  %12 = sub i64 %11, 1
  store i64 %12, ptr %4, align 8, !tbaa !12
  br label %13

13:                                               ; preds = %9, %2
  %14 = load i64, ptr @dump_len, align 8, !tbaa !12
  %15 = getelementptr inbounds nuw i8, ptr @dump_buf, i64 %14
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = load i64, ptr %4, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr align 1 %16, i64 %17, i1 false)
  %18 = load i64, ptr %4, align 8, !tbaa !12
  %19 = load i64, ptr @dump_len, align 8, !tbaa !12
  %20 = add i64 %19, %18
  store i64 %20, ptr @dump_len, align 8, !tbaa !12
  %21 = load i64, ptr @dump_len, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw [16384 x i8], ptr @dump_buf, i64 0, i64 %21
  store i8 0, ptr %22, align 1, !tbaa !16
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @format_row(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = load i64, ptr %6, align 8, !tbaa !12
  %14 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %12, ptr noundef @.str.7, i64 noundef %13) #10
  %15 = sext i32 %14 to i64
  store i64 %15, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %16

16:                                               ; preds = %73, %4
  %17 = load i64, ptr %10, align 8, !tbaa !12
  %18 = icmp ult i64 %17, 16
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %76

20:                                               ; preds = %16
  %21 = load i64, ptr %10, align 8, !tbaa !12
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = icmp ult i64 %21, %22
  br i1 %23, label %24, label %51

24:                                               ; preds = %20
  %25 = load ptr, ptr %7, align 8, !tbaa !9
  %26 = load i64, ptr %10, align 8, !tbaa !12
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !16
  %29 = zext i8 %28 to i32
  %30 = ashr i32 %29, 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [17 x i8], ptr @format_row.hx, i64 0, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !16
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = load i64, ptr %9, align 8, !tbaa !12
  %36 = add i64 %35, 1
  store i64 %36, ptr %9, align 8, !tbaa !12
  %37 = getelementptr inbounds nuw i8, ptr %34, i64 %35
  store i8 %33, ptr %37, align 1, !tbaa !16
  %38 = load ptr, ptr %7, align 8, !tbaa !9
  %39 = load i64, ptr %10, align 8, !tbaa !12
  %40 = getelementptr inbounds nuw i8, ptr %38, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !16
  %42 = zext i8 %41 to i32
  %43 = and i32 %42, 15
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [17 x i8], ptr @format_row.hx, i64 0, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !16
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  %48 = load i64, ptr %9, align 8, !tbaa !12
  %49 = add i64 %48, 1
  store i64 %49, ptr %9, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw i8, ptr %47, i64 %48
  store i8 %46, ptr %50, align 1, !tbaa !16
  br label %60

51:                                               ; preds = %20
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  %53 = load i64, ptr %9, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %9, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw i8, ptr %52, i64 %53
  store i8 32, ptr %55, align 1, !tbaa !16
  %56 = load ptr, ptr %5, align 8, !tbaa !9
  %57 = load i64, ptr %9, align 8, !tbaa !12
  %58 = add i64 %57, 1
  store i64 %58, ptr %9, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw i8, ptr %56, i64 %57
  store i8 32, ptr %59, align 1, !tbaa !16
  br label %60

60:                                               ; preds = %51, %24
  %61 = load ptr, ptr %5, align 8, !tbaa !9
  %62 = load i64, ptr %9, align 8, !tbaa !12
  %63 = add i64 %62, 1
  store i64 %63, ptr %9, align 8, !tbaa !12
  %64 = getelementptr inbounds nuw i8, ptr %61, i64 %62
  store i8 32, ptr %64, align 1, !tbaa !16
  %65 = load i64, ptr %10, align 8, !tbaa !12
  %66 = icmp eq i64 %65, 7
  br i1 %66, label %67, label %72

67:                                               ; preds = %60
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = load i64, ptr %9, align 8, !tbaa !12
  %70 = add i64 %69, 1
  store i64 %70, ptr %9, align 8, !tbaa !12
  %71 = getelementptr inbounds nuw i8, ptr %68, i64 %69
  store i8 32, ptr %71, align 1, !tbaa !16
  br label %72

72:                                               ; preds = %67, %60
  br label %73

73:                                               ; preds = %72
  %74 = load i64, ptr %10, align 8, !tbaa !12
  %75 = add i64 %74, 1
  store i64 %75, ptr %10, align 8, !tbaa !12
  br label %16, !llvm.loop !21

76:                                               ; preds = %19
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = load i64, ptr %9, align 8, !tbaa !12
  %79 = add i64 %78, 1
  store i64 %79, ptr %9, align 8, !tbaa !12
  %80 = getelementptr inbounds nuw i8, ptr %77, i64 %78
  store i8 32, ptr %80, align 1, !tbaa !16
  %81 = load ptr, ptr %5, align 8, !tbaa !9
  %82 = load i64, ptr %9, align 8, !tbaa !12
  %83 = add i64 %82, 1
  store i64 %83, ptr %9, align 8, !tbaa !12
  %84 = getelementptr inbounds nuw i8, ptr %81, i64 %82
  store i8 124, ptr %84, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %85

85:                                               ; preds = %118, %76
  %86 = load i64, ptr %11, align 8, !tbaa !12
  %87 = load i64, ptr %8, align 8, !tbaa !12
  %88 = icmp ult i64 %86, %87
  br i1 %88, label %90, label %89

89:                                               ; preds = %85
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %121

90:                                               ; preds = %85
  %91 = call ptr @__ctype_b_loc() #11
  %92 = load ptr, ptr %91, align 8, !tbaa !22
  %93 = load ptr, ptr %7, align 8, !tbaa !9
  %94 = load i64, ptr %11, align 8, !tbaa !12
  %95 = getelementptr inbounds nuw i8, ptr %93, i64 %94
  %96 = load i8, ptr %95, align 1, !tbaa !16
  %97 = zext i8 %96 to i32
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds i16, ptr %92, i64 %98
  %100 = load i16, ptr %99, align 2, !tbaa !24
  %101 = zext i16 %100 to i32
  %102 = and i32 %101, 16384
  %103 = icmp ne i32 %102, 0
  br i1 %103, label %104, label %110

104:                                              ; preds = %90
  %105 = load ptr, ptr %7, align 8, !tbaa !9
  %106 = load i64, ptr %11, align 8, !tbaa !12
  %107 = getelementptr inbounds nuw i8, ptr %105, i64 %106
  %108 = load i8, ptr %107, align 1, !tbaa !16
  %109 = sext i8 %108 to i32
  br label %111

110:                                              ; preds = %90
  br label %111

111:                                              ; preds = %110, %104
  %112 = phi i32 [ %109, %104 ], [ 46, %110 ]
  %113 = trunc i32 %112 to i8
  %114 = load ptr, ptr %5, align 8, !tbaa !9
  %115 = load i64, ptr %9, align 8, !tbaa !12
  %116 = add i64 %115, 1
  store i64 %116, ptr %9, align 8, !tbaa !12
  %117 = getelementptr inbounds nuw i8, ptr %114, i64 %115
  store i8 %113, ptr %117, align 1, !tbaa !16
  br label %118

118:                                              ; preds = %111
  %119 = load i64, ptr %11, align 8, !tbaa !12
  %120 = add i64 %119, 1
  store i64 %120, ptr %11, align 8, !tbaa !12
  br label %85, !llvm.loop !26

121:                                              ; preds = %89
  %122 = load ptr, ptr %5, align 8, !tbaa !9
  %123 = load i64, ptr %9, align 8, !tbaa !12
  %124 = add i64 %123, 1
  store i64 %124, ptr %9, align 8, !tbaa !12
  %125 = getelementptr inbounds nuw i8, ptr %122, i64 %123
  store i8 124, ptr %125, align 1, !tbaa !16
  %126 = load ptr, ptr %5, align 8, !tbaa !9
  %127 = load i64, ptr %9, align 8, !tbaa !12
  %128 = add i64 %127, 1
  store i64 %128, ptr %9, align 8, !tbaa !12
  %129 = getelementptr inbounds nuw i8, ptr %126, i64 %127
  store i8 10, ptr %129, align 1, !tbaa !16
  %130 = load ptr, ptr %5, align 8, !tbaa !9
  %131 = load i64, ptr %9, align 8, !tbaa !12
  %132 = getelementptr inbounds nuw i8, ptr %130, i64 %131
  store i8 0, ptr %132, align 1, !tbaa !16
  %133 = load i64, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i64 %133
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize
declare i32 @sprintf(ptr noundef, ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @parse_dump(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i8, align 1
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i8 0, ptr %9, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %19, ptr %10, align 8, !tbaa !9
  br label %20

20:                                               ; preds = %172, %170, %3
  %21 = load ptr, ptr %10, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !16
  %23 = icmp ne i8 %22, 0
  br i1 %23, label %24, label %173

24:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %25 = load ptr, ptr %10, align 8, !tbaa !9
  %26 = call ptr @strchr(ptr noundef %25, i32 noundef 10) #8
  store ptr %26, ptr %11, align 8, !tbaa !9
  %27 = load ptr, ptr %11, align 8, !tbaa !9
  %28 = icmp ne ptr %27, null
  br i1 %28, label %30, label %29

29:                                               ; preds = %24
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %170

30:                                               ; preds = %24
  %31 = load ptr, ptr %10, align 8, !tbaa !9
  %32 = load i8, ptr %31, align 1, !tbaa !16
  %33 = sext i8 %32 to i32
  %34 = icmp eq i32 %33, 42
  br i1 %34, label %35, label %38

35:                                               ; preds = %30
  store i8 1, ptr %9, align 1, !tbaa !14
  %36 = load ptr, ptr %11, align 8, !tbaa !9
  %37 = getelementptr inbounds i8, ptr %36, i64 1
  store ptr %37, ptr %10, align 8, !tbaa !9
  store i32 2, ptr %12, align 4
  br label %170, !llvm.loop !27

38:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i64 0, ptr %13, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %45, %38
  %40 = load ptr, ptr %10, align 8, !tbaa !9
  %41 = load i8, ptr %40, align 1, !tbaa !16
  %42 = zext i8 %41 to i32
  %43 = call i32 @hexnib(i32 noundef %42) #9
  %44 = icmp sge i32 %43, 0
  br i1 %44, label %45, label %57

45:                                               ; preds = %39
  %46 = load i64, ptr %13, align 8, !tbaa !12
  %47 = mul i64 %46, 16
  %48 = load ptr, ptr %10, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw i8, ptr %48, i32 1
  store ptr %49, ptr %10, align 8, !tbaa !9
  %50 = load i8, ptr %48, align 1, !tbaa !16
  %51 = zext i8 %50 to i32
  %52 = call i32 @hexnib(i32 noundef %51) #9
  %53 = sext i32 %52 to i64
  %54 = add i64 %47, %53
  store i64 %54, ptr %13, align 8, !tbaa !12
  %55 = load i32, ptr %14, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %14, align 4, !tbaa !5
  br label %39, !llvm.loop !28

57:                                               ; preds = %39
  %58 = load i32, ptr %14, align 4, !tbaa !5
  %59 = icmp ne i32 %58, 8
  br i1 %59, label %64, label %60

60:                                               ; preds = %57
  %61 = load i64, ptr %13, align 8, !tbaa !12
  %62 = load i64, ptr %7, align 8, !tbaa !12
  %63 = icmp ugt i64 %61, %62
  br i1 %63, label %64, label %65

64:                                               ; preds = %60, %57
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %169

65:                                               ; preds = %60
  %66 = load i8, ptr %9, align 1, !tbaa !14, !range !17, !noundef !18
  %67 = trunc i8 %66 to i1
  br i1 %67, label %68, label %89

68:                                               ; preds = %65
  %69 = load i64, ptr %8, align 8, !tbaa !12
  %70 = icmp ult i64 %69, 16
  br i1 %70, label %71, label %72

71:                                               ; preds = %68
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %169

72:                                               ; preds = %68
  br label %73

73:                                               ; preds = %77, %72
  %74 = load i64, ptr %8, align 8, !tbaa !12
  %75 = load i64, ptr %13, align 8, !tbaa !12
  %76 = icmp ult i64 %74, %75
  br i1 %76, label %77, label %88

77:                                               ; preds = %73
  %78 = load ptr, ptr %6, align 8, !tbaa !9
  %79 = load i64, ptr %8, align 8, !tbaa !12
  %80 = sub i64 %79, 16
  %81 = getelementptr inbounds nuw i8, ptr %78, i64 %80
  %82 = load i8, ptr %81, align 1, !tbaa !16
  %83 = load ptr, ptr %6, align 8, !tbaa !9
  %84 = load i64, ptr %8, align 8, !tbaa !12
  %85 = getelementptr inbounds nuw i8, ptr %83, i64 %84
  store i8 %82, ptr %85, align 1, !tbaa !16
  %86 = load i64, ptr %8, align 8, !tbaa !12
  %87 = add i64 %86, 1
  store i64 %87, ptr %8, align 8, !tbaa !12
  br label %73, !llvm.loop !29

88:                                               ; preds = %73
  store i8 0, ptr %9, align 1, !tbaa !14
  br label %89

89:                                               ; preds = %88, %65
  %90 = load i64, ptr %13, align 8, !tbaa !12
  %91 = load i64, ptr %8, align 8, !tbaa !12
  %92 = icmp ne i64 %90, %91
  br i1 %92, label %93, label %94

93:                                               ; preds = %89
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %169

94:                                               ; preds = %89
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %95 = load ptr, ptr %10, align 8, !tbaa !9
  %96 = load ptr, ptr %11, align 8, !tbaa !9
  %97 = load ptr, ptr %10, align 8, !tbaa !9
  %98 = ptrtoint ptr %96 to i64
  %99 = ptrtoint ptr %97 to i64
  %100 = sub i64 %98, %99
  %101 = call ptr @memchr(ptr noundef %95, i32 noundef 124, i64 noundef %100) #8
  store ptr %101, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %102 = load ptr, ptr %15, align 8, !tbaa !9
  %103 = icmp ne ptr %102, null
  br i1 %103, label %104, label %106

104:                                              ; preds = %94
  %105 = load ptr, ptr %15, align 8, !tbaa !9
  br label %108

106:                                              ; preds = %94
  %107 = load ptr, ptr %11, align 8, !tbaa !9
  br label %108

108:                                              ; preds = %106, %104
  %109 = phi ptr [ %105, %104 ], [ %107, %106 ]
  store ptr %109, ptr %16, align 8, !tbaa !9
  br label %110

110:                                              ; preds = %164, %108
  %111 = load ptr, ptr %10, align 8, !tbaa !9
  %112 = load ptr, ptr %16, align 8, !tbaa !9
  %113 = icmp ult ptr %111, %112
  br i1 %113, label %114, label %165

114:                                              ; preds = %110
  call void @llvm.lifetime.start.p0(ptr %17) #7
  %115 = load ptr, ptr %10, align 8, !tbaa !9
  %116 = getelementptr inbounds i8, ptr %115, i64 0
  %117 = load i8, ptr %116, align 1, !tbaa !16
  %118 = zext i8 %117 to i32
  %119 = call i32 @hexnib(i32 noundef %118) #9
  store i32 %119, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #7
  %120 = load i32, ptr %17, align 4, !tbaa !5
  %121 = icmp sge i32 %120, 0
  br i1 %121, label %122, label %133

122:                                              ; preds = %114
  %123 = load ptr, ptr %10, align 8, !tbaa !9
  %124 = getelementptr inbounds i8, ptr %123, i64 1
  %125 = load ptr, ptr %16, align 8, !tbaa !9
  %126 = icmp ult ptr %124, %125
  br i1 %126, label %127, label %133

127:                                              ; preds = %122
  %128 = load ptr, ptr %10, align 8, !tbaa !9
  %129 = getelementptr inbounds i8, ptr %128, i64 1
  %130 = load i8, ptr %129, align 1, !tbaa !16
  %131 = zext i8 %130 to i32
  %132 = call i32 @hexnib(i32 noundef %131) #9
  br label %134

133:                                              ; preds = %122, %114
  br label %134

134:                                              ; preds = %133, %127
  %135 = phi i32 [ %132, %127 ], [ -1, %133 ]
  store i32 %135, ptr %18, align 4, !tbaa !5
  %136 = load i32, ptr %17, align 4, !tbaa !5
  %137 = icmp sge i32 %136, 0
  br i1 %137, label %138, label %158

138:                                              ; preds = %134
  %139 = load i32, ptr %18, align 4, !tbaa !5
  %140 = icmp sge i32 %139, 0
  br i1 %140, label %141, label %158

141:                                              ; preds = %138
  %142 = load i64, ptr %8, align 8, !tbaa !12
  %143 = load i64, ptr %7, align 8, !tbaa !12
  %144 = icmp uge i64 %142, %143
  br i1 %144, label %145, label %146

145:                                              ; preds = %141
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %162

146:                                              ; preds = %141
  %147 = load i32, ptr %17, align 4, !tbaa !5
  %148 = shl i32 %147, 4
  %149 = load i32, ptr %18, align 4, !tbaa !5
  %150 = or i32 %148, %149
  %151 = trunc i32 %150 to i8
  %152 = load ptr, ptr %6, align 8, !tbaa !9
  %153 = load i64, ptr %8, align 8, !tbaa !12
  %154 = add i64 %153, 1
  store i64 %154, ptr %8, align 8, !tbaa !12
  %155 = getelementptr inbounds nuw i8, ptr %152, i64 %153
  store i8 %151, ptr %155, align 1, !tbaa !16
  %156 = load ptr, ptr %10, align 8, !tbaa !9
  %157 = getelementptr inbounds i8, ptr %156, i64 2
  store ptr %157, ptr %10, align 8, !tbaa !9
  br label %161

158:                                              ; preds = %138, %134
  %159 = load ptr, ptr %10, align 8, !tbaa !9
  %160 = getelementptr inbounds nuw i8, ptr %159, i32 1
  store ptr %160, ptr %10, align 8, !tbaa !9
  br label %161

161:                                              ; preds = %158, %146
  store i32 0, ptr %12, align 4
  br label %162

162:                                              ; preds = %161, %145
  call void @llvm.lifetime.end.p0(ptr %18) #7
  call void @llvm.lifetime.end.p0(ptr %17) #7
  %163 = load i32, ptr %12, align 4
  switch i32 %163, label %168 [
    i32 0, label %164
  ]

164:                                              ; preds = %162
  br label %110, !llvm.loop !30

165:                                              ; preds = %110
  %166 = load ptr, ptr %11, align 8, !tbaa !9
  %167 = getelementptr inbounds i8, ptr %166, i64 1
  store ptr %167, ptr %10, align 8, !tbaa !9
  store i32 0, ptr %12, align 4
  br label %168

168:                                              ; preds = %165, %162
  call void @llvm.lifetime.end.p0(ptr %16) #7
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %169

169:                                              ; preds = %168, %93, %71, %64
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %170

170:                                              ; preds = %169, %35, %29
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %171 = load i32, ptr %12, align 4
  switch i32 %171, label %175 [
    i32 0, label %172
    i32 2, label %20
  ]

172:                                              ; preds = %170
  br label %20, !llvm.loop !27

173:                                              ; preds = %20
  %174 = load i64, ptr %8, align 8, !tbaa !12
  store i64 %174, ptr %4, align 8
  store i32 1, ptr %12, align 4
  br label %175

175:                                              ; preds = %173, %170
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %176 = load i64, ptr %4, align 8
  ret i64 %176
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hexnib(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = icmp sge i32 %4, 48
  br i1 %5, label %6, label %12

6:                                                ; preds = %1
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp sle i32 %7, 57
  br i1 %8, label %9, label %12

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = sub nsw i32 %10, 48
  store i32 %11, ptr %2, align 4
  br label %33

12:                                               ; preds = %6, %1
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 97
  br i1 %14, label %15, label %22

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = icmp sle i32 %16, 102
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sub nsw i32 %19, 97
  %21 = add nsw i32 %20, 10
  store i32 %21, ptr %2, align 4
  br label %33

22:                                               ; preds = %15, %12
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = icmp sge i32 %23, 65
  br i1 %24, label %25, label %32

25:                                               ; preds = %22
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = icmp sle i32 %26, 70
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = sub nsw i32 %29, 65
  %31 = add nsw i32 %30, 10
  store i32 %31, ptr %2, align 4
  br label %33

32:                                               ; preds = %25, %22
  store i32 -1, ptr %2, align 4
  br label %33

33:                                               ; preds = %32, %28, %18, %9
  %34 = load i32, ptr %2, align 4
  ret i32 %34
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @memchr(ptr noundef, i32 noundef, i64 noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  store ptr @.str.2, ptr %2, align 8, !tbaa !9
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = call i64 @strlen(ptr noundef %10) #8
  call void @hex_dump(ptr noundef %9, i64 noundef %11, i1 noundef zeroext true) #9
  %12 = load ptr, ptr @stdout, align 8, !tbaa !31
  %13 = call i32 @fputs(ptr noundef @dump_buf, ptr noundef %12) #9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %37, %0
  %15 = load i64, ptr %3, align 8, !tbaa !12
  %16 = icmp ult i64 %15, 600
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %3) #7
  br label %40

18:                                               ; preds = %14
  %19 = load i64, ptr %3, align 8, !tbaa !12
  %20 = icmp uge i64 %19, 64
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  %22 = load i64, ptr %3, align 8, !tbaa !12
  %23 = icmp ult i64 %22, 400
  br i1 %23, label %24, label %27

24:                                               ; preds = %21
  %25 = load i64, ptr %3, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw [600 x i8], ptr @main.data, i64 0, i64 %25
  store i8 -86, ptr %26, align 1, !tbaa !16
  br label %36

27:                                               ; preds = %21, %18
  %28 = load i64, ptr %3, align 8, !tbaa !12
  %29 = mul i64 %28, 7
  %30 = load i64, ptr %3, align 8, !tbaa !12
  %31 = lshr i64 %30, 3
  %32 = add i64 %29, %31
  %33 = trunc i64 %32 to i8
  %34 = load i64, ptr %3, align 8, !tbaa !12
  %35 = getelementptr inbounds nuw [600 x i8], ptr @main.data, i64 0, i64 %34
  store i8 %33, ptr %35, align 1, !tbaa !16
  br label %36

36:                                               ; preds = %27, %24
  br label %37

37:                                               ; preds = %36
  %38 = load i64, ptr %3, align 8, !tbaa !12
  %39 = add i64 %38, 1
  store i64 %39, ptr %3, align 8, !tbaa !12
  br label %14, !llvm.loop !33

40:                                               ; preds = %17
  call void @hex_dump(ptr noundef @main.data, i64 noundef 600, i1 noundef zeroext true) #9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i64 0, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store ptr @dump_buf, ptr %6, align 8, !tbaa !9
  br label %41

41:                                               ; preds = %72, %40
  %42 = load ptr, ptr %6, align 8, !tbaa !9
  %43 = load i8, ptr %42, align 1, !tbaa !16
  %44 = icmp ne i8 %43, 0
  br i1 %44, label %46, label %45

45:                                               ; preds = %41
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %75

46:                                               ; preds = %41
  %47 = load ptr, ptr %6, align 8, !tbaa !9
  %48 = load i8, ptr %47, align 1, !tbaa !16
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 10
  br i1 %50, label %51, label %54

51:                                               ; preds = %46
  %52 = load i64, ptr %4, align 8, !tbaa !12
  %53 = add i64 %52, 1
  store i64 %53, ptr %4, align 8, !tbaa !12
  br label %54

54:                                               ; preds = %51, %46
  %55 = load ptr, ptr %6, align 8, !tbaa !9
  %56 = load i8, ptr %55, align 1, !tbaa !16
  %57 = sext i8 %56 to i32
  %58 = icmp eq i32 %57, 42
  br i1 %58, label %59, label %71

59:                                               ; preds = %54
  %60 = load ptr, ptr %6, align 8, !tbaa !9
  %61 = icmp eq ptr %60, @dump_buf
  br i1 %61, label %68, label %62

62:                                               ; preds = %59
  %63 = load ptr, ptr %6, align 8, !tbaa !9
  %64 = getelementptr inbounds i8, ptr %63, i64 -1
  %65 = load i8, ptr %64, align 1, !tbaa !16
  %66 = sext i8 %65 to i32
  %67 = icmp eq i32 %66, 10
  br i1 %67, label %68, label %71

68:                                               ; preds = %62, %59
  %69 = load i64, ptr %5, align 8, !tbaa !12
  %70 = add i64 %69, 1
  store i64 %70, ptr %5, align 8, !tbaa !12
  br label %71

71:                                               ; preds = %68, %62, %54
  br label %72

72:                                               ; preds = %71
  %73 = load ptr, ptr %6, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw i8, ptr %73, i32 1
  store ptr %74, ptr %6, align 8, !tbaa !9
  br label %41, !llvm.loop !34

75:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %76 = call i64 @parse_dump(ptr noundef @dump_buf, ptr noundef @main.back, i64 noundef 600) #9
  store i64 %76, ptr %7, align 8, !tbaa !12
  %77 = load i64, ptr %4, align 8, !tbaa !12
  %78 = load i64, ptr %5, align 8, !tbaa !12
  %79 = load i64, ptr @dump_len, align 8, !tbaa !12
  %80 = load i64, ptr %7, align 8, !tbaa !12
  %81 = load i64, ptr %7, align 8, !tbaa !12
  %82 = icmp eq i64 %81, 600
  br i1 %82, label %83, label %86

83:                                               ; preds = %75
  %84 = call i32 @memcmp(ptr noundef @main.back, ptr noundef @main.data, i64 noundef 600) #8
  %85 = icmp eq i32 %84, 0
  br label %86

86:                                               ; preds = %83, %75
  %87 = phi i1 [ false, %75 ], [ %85, %83 ]
  %88 = zext i1 %87 to i32
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %77, i64 noundef %78, i64 noundef %79, i64 noundef %80, i32 noundef %88) #9
  call void @hex_dump(ptr noundef @main.data, i64 noundef 600, i1 noundef zeroext false) #9
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %90 = load i64, ptr @dump_len, align 8, !tbaa !12
  store i64 %90, ptr %8, align 8, !tbaa !12
  %91 = call i64 @parse_dump(ptr noundef @dump_buf, ptr noundef @main.back, i64 noundef 600) #9
  store i64 %91, ptr %7, align 8, !tbaa !12
  %92 = load i64, ptr %8, align 8, !tbaa !12
  %93 = load i64, ptr %7, align 8, !tbaa !12
  %94 = call i32 @crc32_small(ptr noundef @main.data, i64 noundef 600) #9
  %95 = load i64, ptr %7, align 8, !tbaa !12
  %96 = icmp sgt i64 %95, 0
  br i1 %96, label %97, label %99

97:                                               ; preds = %86
  %98 = load i64, ptr %7, align 8, !tbaa !12
  br label %100

99:                                               ; preds = %86
  br label %100

100:                                              ; preds = %99, %97
  %101 = phi i64 [ %98, %97 ], [ 0, %99 ]
  %102 = call i32 @crc32_small(ptr noundef @main.back, i64 noundef %101) #9
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %92, i64 noundef %93, i32 noundef %94, i32 noundef %102) #9
  %104 = call i64 @parse_dump(ptr noundef @.str.6, ptr noundef @main.back, i64 noundef 600) #9
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %104) #9
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @fputs(ptr noundef, ptr noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @crc32_small(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 -1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %9

9:                                                ; preds = %38, %2
  %10 = load i64, ptr %6, align 8, !tbaa !12
  %11 = load i64, ptr %4, align 8, !tbaa !12
  %12 = icmp ult i64 %10, %11
  br i1 %12, label %14, label %13

13:                                               ; preds = %9
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %41

14:                                               ; preds = %9
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = load i64, ptr %6, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !16
  %19 = zext i8 %18 to i32
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = xor i32 %20, %19
  store i32 %21, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %34, %14
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = icmp slt i32 %23, 8
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %37

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = lshr i32 %27, 1
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = and i32 %29, 1
  %31 = sub i32 0, %30
  %32 = and i32 -306674912, %31
  %33 = xor i32 %28, %32
  store i32 %33, ptr %5, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %26
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %8, align 4, !tbaa !5
  br label %22, !llvm.loop !35

37:                                               ; preds = %25
  br label %38

38:                                               ; preds = %37
  %39 = load i64, ptr %6, align 8, !tbaa !12
  %40 = add i64 %39, 1
  store i64 %40, ptr %6, align 8, !tbaa !12
  br label %9, !llvm.loop !36

41:                                               ; preds = %13
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = xor i32 %42, -1
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret i32 %43
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"_Bool", !7, i64 0}
!16 = !{!7, !7, i64 0}
!17 = !{i8 0, i8 2}
!18 = !{}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 short", !11, i64 0}
!24 = !{!25, !25, i64 0}
!25 = !{!"short", !7, i64 0}
!26 = distinct !{!26, !20}
!27 = distinct !{!27, !20}
!28 = distinct !{!28, !20}
!29 = distinct !{!29, !20}
!30 = distinct !{!30, !20}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 _ZTS8_IO_FILE", !11, i64 0}
!33 = distinct !{!33, !20}
!34 = distinct !{!34, !20}
!35 = distinct !{!35, !20}
!36 = distinct !{!36, !20}
