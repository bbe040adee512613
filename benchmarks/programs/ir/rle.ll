; ModuleID = 'rle.c'
source_filename = "rle.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.src = internal global [40000 x i8] zeroinitializer, align 16
@main.enc = internal global [48000 x i8] zeroinitializer, align 16
@main.dec = internal global [40000 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [40 x i8] c"in=%zu enc=%zu dec=%zu ok=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @rle_encode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %128, %3
  %13 = load i64, ptr %7, align 8, !tbaa !12
  %14 = load i64, ptr %5, align 8, !tbaa !12
  %15 = icmp ult i64 %13, %14
  br i1 %15, label %16, label %129

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 1, ptr %9, align 8, !tbaa !12
  br label %17

17:                                               ; preds = %42, %16
  %18 = load i64, ptr %7, align 8, !tbaa !12
  %19 = load i64, ptr %9, align 8, !tbaa !12
  %20 = add i64 %18, %19
  %21 = load i64, ptr %5, align 8, !tbaa !12
  %22 = icmp ult i64 %20, %21
  br i1 %22, label %23, label %40

23:                                               ; preds = %17
  %24 = load i64, ptr %9, align 8, !tbaa !12
  %25 = icmp ult i64 %24, 128
  br i1 %25, label %26, label %40

26:                                               ; preds = %23
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = load i64, ptr %7, align 8, !tbaa !12
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = add i64 %28, %29
  %31 = getelementptr inbounds nuw i8, ptr %27, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !14
  %33 = zext i8 %32 to i32
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = load i64, ptr %7, align 8, !tbaa !12
  %36 = getelementptr inbounds nuw i8, ptr %34, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !14
  %38 = zext i8 %37 to i32
  %39 = icmp eq i32 %33, %38
  br label %40

40:                                               ; preds = %26, %23, %17
  %41 = phi i1 [ false, %23 ], [ false, %17 ], [ %39, %26 ]
  br i1 %41, label %42, label %45

42:                                               ; preds = %40
  %43 = load i64, ptr %9, align 8, !tbaa !12
  %44 = add i64 %43, 1
  store i64 %44, ptr %9, align 8, !tbaa !12
  br label %17, !llvm.loop !15

45:                                               ; preds = %40
  %46 = load i64, ptr %9, align 8, !tbaa !12
  %47 = icmp uge i64 %46, 2
  br i1 %47, label %48, label %67

48:                                               ; preds = %45
  %49 = load i64, ptr %9, align 8, !tbaa !12
  %50 = sub i64 257, %49
  %51 = trunc i64 %50 to i8
  %52 = load ptr, ptr %6, align 8, !tbaa !9
  %53 = load i64, ptr %8, align 8, !tbaa !12
  %54 = add i64 %53, 1
  store i64 %54, ptr %8, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw i8, ptr %52, i64 %53
  store i8 %51, ptr %55, align 1, !tbaa !14
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = load i64, ptr %7, align 8, !tbaa !12
  %58 = getelementptr inbounds nuw i8, ptr %56, i64 %57
  %59 = load i8, ptr %58, align 1, !tbaa !14
  %60 = load ptr, ptr %6, align 8, !tbaa !9
  %61 = load i64, ptr %8, align 8, !tbaa !12
  %62 = add i64 %61, 1
  store i64 %62, ptr %8, align 8, !tbaa !12
  %63 = getelementptr inbounds nuw i8, ptr %60, i64 %61
  store i8 %59, ptr %63, align 1, !tbaa !14
  %64 = load i64, ptr %9, align 8, !tbaa !12
  %65 = load i64, ptr %7, align 8, !tbaa !12
  %66 = add i64 %65, %64
  store i64 %66, ptr %7, align 8, !tbaa !12
  br label %128

67:                                               ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %68 = load i64, ptr %7, align 8, !tbaa !12
  store i64 %68, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i64 0, ptr %11, align 8, !tbaa !12
  br label %69

69:                                               ; preds = %99, %67
  %70 = load i64, ptr %7, align 8, !tbaa !12
  %71 = load i64, ptr %5, align 8, !tbaa !12
  %72 = icmp ult i64 %70, %71
  br i1 %72, label %73, label %97

73:                                               ; preds = %69
  %74 = load i64, ptr %11, align 8, !tbaa !12
  %75 = icmp ult i64 %74, 128
  br i1 %75, label %76, label %97

76:                                               ; preds = %73
  %77 = load i64, ptr %7, align 8, !tbaa !12
  %78 = add i64 %77, 1
  %79 = load i64, ptr %5, align 8, !tbaa !12
  %80 = icmp ult i64 %78, %79
  br i1 %80, label %81, label %94

81:                                               ; preds = %76
  %82 = load ptr, ptr %4, align 8, !tbaa !9
  %83 = load i64, ptr %7, align 8, !tbaa !12
  %84 = add i64 %83, 1
  %85 = getelementptr inbounds nuw i8, ptr %82, i64 %84
  %86 = load i8, ptr %85, align 1, !tbaa !14
  %87 = zext i8 %86 to i32
  %88 = load ptr, ptr %4, align 8, !tbaa !9
  %89 = load i64, ptr %7, align 8, !tbaa !12
  %90 = getelementptr inbounds nuw i8, ptr %88, i64 %89
  %91 = load i8, ptr %90, align 1, !tbaa !14
  %92 = zext i8 %91 to i32
  %93 = icmp eq i32 %87, %92
  br label %94

94:                                               ; preds = %81, %76
  %95 = phi i1 [ false, %76 ], [ %93, %81 ]
  %96 = xor i1 %95, true
  br label %97

97:                                               ; preds = %94, %73, %69
  %98 = phi i1 [ false, %73 ], [ false, %69 ], [ %96, %94 ]
  br i1 %98, label %99, label %104

99:                                               ; preds = %97
  %100 = load i64, ptr %7, align 8, !tbaa !12
  %101 = add i64 %100, 1
  store i64 %101, ptr %7, align 8, !tbaa !12
  %102 = load i64, ptr %11, align 8, !tbaa !12
  %103 = add i64 %102, 1
  store i64 %103, ptr %11, align 8, !tbaa !12
  br label %69, !llvm.loop !17

104:                                              ; preds = %97
  %105 = load i64, ptr %11, align 8, !tbaa !12
  %106 = icmp eq i64 %105, 0
  br i1 %106, label %107, label %110

107:                                              ; preds = %104
  %108 = load i64, ptr %7, align 8, !tbaa !12
  %109 = add i64 %108, 1
  store i64 %109, ptr %7, align 8, !tbaa !12
  store i64 1, ptr %11, align 8, !tbaa !12
  br label %110

110:                                              ; preds = %107, %104
  %111 = load i64, ptr %11, align 8, !tbaa !12
  %112 = sub i64 %111, 1
  %113 = trunc i64 %112 to i8
  %114 = load ptr, ptr %6, align 8, !tbaa !9
  %115 = load i64, ptr %8, align 8, !tbaa !12
  %116 = add i64 %115, 1
  store i64 %116, ptr %8, align 8, !tbaa !12
  %117 = getelementptr inbounds nuw i8, ptr %114, i64 %115
  store i8 %113, ptr %117, align 1, !tbaa !14
  %118 = load ptr, ptr %6, align 8, !tbaa !9
  %119 = load i64, ptr %8, align 8, !tbaa !12
  %120 = getelementptr inbounds nuw i8, ptr %118, i64 %119
  %121 = load ptr, ptr %4, align 8, !tbaa !9
  %122 = load i64, ptr %10, align 8, !tbaa !12
  %123 = getelementptr inbounds nuw i8, ptr %121, i64 %122
  %124 = load i64, ptr %11, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %120, ptr align 1 %123, i64 %124, i1 false)
  %125 = load i64, ptr %11, align 8, !tbaa !12
  %126 = load i64, ptr %8, align 8, !tbaa !12
  %127 = add i64 %126, %125
  store i64 %127, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %128

128:                                              ; preds = %110, %48
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %12, !llvm.loop !18

129:                                              ; preds = %12
  %130 = load i64, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i64 %130
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @rle_decode(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %66, %3
  %12 = load i64, ptr %7, align 8, !tbaa !12
  %13 = load i64, ptr %5, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %15, label %67

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = load i64, ptr %7, align 8, !tbaa !12
  %18 = add i64 %17, 1
  store i64 %18, ptr %7, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %20 = load i8, ptr %19, align 1, !tbaa !14
  %21 = zext i8 %20 to i32
  store i32 %21, ptr %9, align 4, !tbaa !5
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = icmp ult i32 %22, 128
  br i1 %23, label %24, label %44

24:                                               ; preds = %15
  %25 = load ptr, ptr %6, align 8, !tbaa !9
  %26 = load i64, ptr %8, align 8, !tbaa !12
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 %26
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = load i64, ptr %7, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw i8, ptr %28, i64 %29
  %31 = load i32, ptr %9, align 4, !tbaa !5
  %32 = add i32 %31, 1
  %33 = zext i32 %32 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %27, ptr align 1 %30, i64 %33, i1 false)
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = add i32 %34, 1
  %36 = zext i32 %35 to i64
  %37 = load i64, ptr %8, align 8, !tbaa !12
  %38 = add i64 %37, %36
  store i64 %38, ptr %8, align 8, !tbaa !12
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = add i32 %39, 1
  %41 = zext i32 %40 to i64
  %42 = load i64, ptr %7, align 8, !tbaa !12
  %43 = add i64 %42, %41
  store i64 %43, ptr %7, align 8, !tbaa !12
  br label %66

44:                                               ; preds = %15
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = icmp ugt i32 %45, 128
  br i1 %46, label %47, label %65

47:                                               ; preds = %44
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %48 = load i32, ptr %9, align 4, !tbaa !5
  %49 = sub i32 257, %48
  %50 = zext i32 %49 to i64
  store i64 %50, ptr %10, align 8, !tbaa !12
  %51 = load ptr, ptr %6, align 8, !tbaa !9
  %52 = load i64, ptr %8, align 8, !tbaa !12
  %53 = getelementptr inbounds nuw i8, ptr %51, i64 %52
  %54 = load ptr, ptr %4, align 8, !tbaa !9
  %55 = load i64, ptr %7, align 8, !tbaa !12
  %56 = add i64 %55, 1
  store i64 %56, ptr %7, align 8, !tbaa !12
  %57 = getelementptr inbounds nuw i8, ptr %54, i64 %55
  %58 = load i8, ptr %57, align 1, !tbaa !14
  %59 = zext i8 %58 to i32
  %60 = trunc i32 %59 to i8
  %61 = load i64, ptr %10, align 8, !tbaa !12
  call void @llvm.memset.p0.i64(ptr align 1 %53, i8 %60, i64 %61, i1 false)
  %62 = load i64, ptr %10, align 8, !tbaa !12
  %63 = load i64, ptr %8, align 8, !tbaa !12
  %64 = add i64 %63, %62
  store i64 %64, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %65

65:                                               ; preds = %47, %44
  br label %66

66:                                               ; preds = %65, %24
  call void @llvm.lifetime.end.p0(ptr %9) #6
  br label %11, !llvm.loop !19

67:                                               ; preds = %11
  %68 = load i64, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i64 %68
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 7, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %34, %0
  %9 = load i64, ptr %3, align 8, !tbaa !12
  %10 = icmp ult i64 %9, 40000
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %37

12:                                               ; preds = %8
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = mul i32 %13, 69069
  %15 = add i32 %14, 1
  store i32 %15, ptr %2, align 4, !tbaa !5
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = lshr i32 %16, 27
  %18 = icmp ult i32 %17, 20
  br i1 %18, label %19, label %24

19:                                               ; preds = %12
  %20 = load i64, ptr %3, align 8, !tbaa !12
  %21 = udiv i64 %20, 50
  %22 = trunc i64 %21 to i8
  %23 = zext i8 %22 to i32
  br label %29

24:                                               ; preds = %12
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = lshr i32 %25, 24
  %27 = trunc i32 %26 to i8
  %28 = zext i8 %27 to i32
  br label %29

29:                                               ; preds = %24, %19
  %30 = phi i32 [ %23, %19 ], [ %28, %24 ]
  %31 = trunc i32 %30 to i8
  %32 = load i64, ptr %3, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw [40000 x i8], ptr @main.src, i64 0, i64 %32
  store i8 %31, ptr %33, align 1, !tbaa !14
  br label %34

34:                                               ; preds = %29
  %35 = load i64, ptr %3, align 8, !tbaa !12
  %36 = add i64 %35, 1
  store i64 %36, ptr %3, align 8, !tbaa !12
  br label %8, !llvm.loop !20

37:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %38 = call i64 @rle_encode(ptr noundef @main.src, i64 noundef 40000, ptr noundef @main.enc) #7
  store i64 %38, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %39 = load i64, ptr %4, align 8, !tbaa !12
  %40 = call i64 @rle_decode(ptr noundef @main.enc, i64 noundef %39, ptr noundef @main.dec) #7
  store i64 %40, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %41

41:                                               ; preds = %54, %37
  %42 = load i64, ptr %7, align 8, !tbaa !12
  %43 = load i64, ptr %4, align 8, !tbaa !12
  %44 = icmp ult i64 %42, %43
  br i1 %44, label %46, label %45

45:                                               ; preds = %41
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %57

46:                                               ; preds = %41
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = mul i32 %47, 31
  %49 = load i64, ptr %7, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw [48000 x i8], ptr @main.enc, i64 0, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !14
  %52 = zext i8 %51 to i32
  %53 = add i32 %48, %52
  store i32 %53, ptr %6, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %46
  %55 = load i64, ptr %7, align 8, !tbaa !12
  %56 = add i64 %55, 1
  store i64 %56, ptr %7, align 8, !tbaa !12
  br label %41, !llvm.loop !21

57:                                               ; preds = %45
  %58 = load i64, ptr %4, align 8, !tbaa !12
  %59 = load i64, ptr %5, align 8, !tbaa !12
  %60 = load i64, ptr %5, align 8, !tbaa !12
  %61 = icmp eq i64 %60, 40000
  br i1 %61, label %62, label %66

62:                                               ; preds = %57
  %63 = load i64, ptr %5, align 8, !tbaa !12
  %64 = call i32 @memcmp(ptr noundef @main.src, ptr noundef @main.dec, i64 noundef %63) #8
  %65 = icmp eq i32 %64, 0
  br label %66

66:                                               ; preds = %62, %57
  %67 = phi i1 [ false, %57 ], [ %65, %62 ]
  %68 = zext i1 %67 to i32
  %69 = load i32, ptr %6, align 4, !tbaa !5
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef 40000, i64 noundef %58, i64 noundef %59, i32 noundef %68, i32 noundef %69) #7
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }

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
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
