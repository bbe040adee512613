; ModuleID = 'merge_sort.c'
source_filename = "merge_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.entry_t = type { [12 x i8], i32, i32 }

@.str = private unnamed_addr constant [38 x i8] c"stable=%d same=%d hash=%08x first=%s\0A\00", align 1
@gen_name.syl = internal constant [8 x [3 x i8]] [[3 x i8] c"ka\00", [3 x i8] c"lo\00", [3 x i8] c"mi\00", [3 x i8] c"ne\00", [3 x i8] c"ru\00", [3 x i8] c"sa\00", [3 x i8] c"to\00", [3 x i8] c"vi\00"], align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @merge_sort_bottom_up(ptr noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !11
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %17, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %18 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %18, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i64 1, ptr %11, align 8, !tbaa !11
  br label %19

19:                                               ; preds = %74, %4
  %20 = load i64, ptr %11, align 8, !tbaa !11
  %21 = load i64, ptr %7, align 8, !tbaa !11
  %22 = icmp ult i64 %20, %21
  br i1 %22, label %24, label %23

23:                                               ; preds = %19
  store i32 2, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %77

24:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i64 0, ptr %13, align 8, !tbaa !11
  br label %25

25:                                               ; preds = %65, %24
  %26 = load i64, ptr %13, align 8, !tbaa !11
  %27 = load i64, ptr %7, align 8, !tbaa !11
  %28 = icmp ult i64 %26, %27
  br i1 %28, label %30, label %29

29:                                               ; preds = %25
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %70

30:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %31 = load i64, ptr %13, align 8, !tbaa !11
  %32 = load i64, ptr %11, align 8, !tbaa !11
  %33 = add i64 %31, %32
  %34 = load i64, ptr %7, align 8, !tbaa !11
  %35 = icmp ult i64 %33, %34
  br i1 %35, label %36, label %40

36:                                               ; preds = %30
  %37 = load i64, ptr %13, align 8, !tbaa !11
  %38 = load i64, ptr %11, align 8, !tbaa !11
  %39 = add i64 %37, %38
  br label %42

40:                                               ; preds = %30
  %41 = load i64, ptr %7, align 8, !tbaa !11
  br label %42

42:                                               ; preds = %40, %36
  %43 = phi i64 [ %39, %36 ], [ %41, %40 ]
  store i64 %43, ptr %14, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %44 = load i64, ptr %13, align 8, !tbaa !11
  %45 = load i64, ptr %11, align 8, !tbaa !11
  %46 = mul i64 2, %45
  %47 = add i64 %44, %46
  %48 = load i64, ptr %7, align 8, !tbaa !11
  %49 = icmp ult i64 %47, %48
  br i1 %49, label %50, label %55

50:                                               ; preds = %42
  %51 = load i64, ptr %13, align 8, !tbaa !11
  %52 = load i64, ptr %11, align 8, !tbaa !11
  %53 = mul i64 2, %52
  %54 = add i64 %51, %53
  br label %57

55:                                               ; preds = %42
  %56 = load i64, ptr %7, align 8, !tbaa !11
  br label %57

57:                                               ; preds = %55, %50
  %58 = phi i64 [ %54, %50 ], [ %56, %55 ]
  store i64 %58, ptr %15, align 8, !tbaa !11
  %59 = load ptr, ptr %10, align 8, !tbaa !9
  %60 = load ptr, ptr %9, align 8, !tbaa !9
  %61 = load i64, ptr %13, align 8, !tbaa !11
  %62 = load i64, ptr %14, align 8, !tbaa !11
  %63 = load i64, ptr %15, align 8, !tbaa !11
  %64 = load ptr, ptr %8, align 8, !tbaa !9
  call void @merge(ptr noundef %59, ptr noundef %60, i64 noundef %61, i64 noundef %62, i64 noundef %63, ptr noundef %64) #8
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %65

65:                                               ; preds = %57
  %66 = load i64, ptr %11, align 8, !tbaa !11
  %67 = mul i64 2, %66
  %68 = load i64, ptr %13, align 8, !tbaa !11
  %69 = add i64 %68, %67
  store i64 %69, ptr %13, align 8, !tbaa !11
  br label %25, !llvm.loop !13

70:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %71 = load ptr, ptr %9, align 8, !tbaa !9
  store ptr %71, ptr %16, align 8, !tbaa !9
  %72 = load ptr, ptr %10, align 8, !tbaa !9
  store ptr %72, ptr %9, align 8, !tbaa !9
  %73 = load ptr, ptr %16, align 8, !tbaa !9
  store ptr %73, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %74

74:                                               ; preds = %70
  %75 = load i64, ptr %11, align 8, !tbaa !11
  %76 = mul i64 %75, 2
  store i64 %76, ptr %11, align 8, !tbaa !11
  br label %19, !llvm.loop !15

77:                                               ; preds = %23
  %78 = load ptr, ptr %9, align 8, !tbaa !9
  %79 = load ptr, ptr %5, align 8, !tbaa !9
  %80 = icmp ne ptr %78, %79
  br i1 %80, label %81, label %86

81:                                               ; preds = %77
  %82 = load ptr, ptr %5, align 8, !tbaa !9
  %83 = load ptr, ptr %9, align 8, !tbaa !9
  %84 = load i64, ptr %7, align 8, !tbaa !11
  %85 = mul i64 %84, 20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %82, ptr align 4 %83, i64 %85, i1 false)
  br label %86

86:                                               ; preds = %81, %77
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @merge(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, ptr noundef %5) #0 {
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  store ptr %0, ptr %7, align 8, !tbaa !9
  store ptr %1, ptr %8, align 8, !tbaa !9
  store i64 %2, ptr %9, align 8, !tbaa !11
  store i64 %3, ptr %10, align 8, !tbaa !11
  store i64 %4, ptr %11, align 8, !tbaa !11
  store ptr %5, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %16 = load i64, ptr %9, align 8, !tbaa !11
  store i64 %16, ptr %13, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %17 = load i64, ptr %10, align 8, !tbaa !11
  store i64 %17, ptr %14, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %18 = load i64, ptr %9, align 8, !tbaa !11
  store i64 %18, ptr %15, align 8, !tbaa !11
  br label %19

19:                                               ; preds = %57, %6
  %20 = load i64, ptr %13, align 8, !tbaa !11
  %21 = load i64, ptr %10, align 8, !tbaa !11
  %22 = icmp ult i64 %20, %21
  br i1 %22, label %23, label %27

23:                                               ; preds = %19
  %24 = load i64, ptr %14, align 8, !tbaa !11
  %25 = load i64, ptr %11, align 8, !tbaa !11
  %26 = icmp ult i64 %24, %25
  br label %27

27:                                               ; preds = %23, %19
  %28 = phi i1 [ false, %19 ], [ %26, %23 ]
  br i1 %28, label %29, label %58

29:                                               ; preds = %27
  %30 = load ptr, ptr %12, align 8, !tbaa !9
  %31 = load ptr, ptr %8, align 8, !tbaa !9
  %32 = load i64, ptr %14, align 8, !tbaa !11
  %33 = getelementptr inbounds nuw %struct.entry_t, ptr %31, i64 %32
  %34 = load ptr, ptr %8, align 8, !tbaa !9
  %35 = load i64, ptr %13, align 8, !tbaa !11
  %36 = getelementptr inbounds nuw %struct.entry_t, ptr %34, i64 %35
  %37 = call i32 %30(ptr noundef %33, ptr noundef %36) #8
  %38 = icmp slt i32 %37, 0
  br i1 %38, label %39, label %48

39:                                               ; preds = %29
  %40 = load ptr, ptr %7, align 8, !tbaa !9
  %41 = load i64, ptr %15, align 8, !tbaa !11
  %42 = add i64 %41, 1
  store i64 %42, ptr %15, align 8, !tbaa !11
  %43 = getelementptr inbounds nuw %struct.entry_t, ptr %40, i64 %41
  %44 = load ptr, ptr %8, align 8, !tbaa !9
  %45 = load i64, ptr %14, align 8, !tbaa !11
  %46 = add i64 %45, 1
  store i64 %46, ptr %14, align 8, !tbaa !11
  %47 = getelementptr inbounds nuw %struct.entry_t, ptr %44, i64 %45
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %43, ptr align 4 %47, i64 20, i1 false), !tbaa.struct !16
  br label %57

48:                                               ; preds = %29
  %49 = load ptr, ptr %7, align 8, !tbaa !9
  %50 = load i64, ptr %15, align 8, !tbaa !11
  %51 = add i64 %50, 1
  store i64 %51, ptr %15, align 8, !tbaa !11
  %52 = getelementptr inbounds nuw %struct.entry_t, ptr %49, i64 %50
  %53 = load ptr, ptr %8, align 8, !tbaa !9
  %54 = load i64, ptr %13, align 8, !tbaa !11
  %55 = add i64 %54, 1
  store i64 %55, ptr %13, align 8, !tbaa !11
  %56 = getelementptr inbounds nuw %struct.entry_t, ptr %53, i64 %54
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %52, ptr align 4 %56, i64 20, i1 false), !tbaa.struct !16
  br label %57

57:                                               ; preds = %48, %39
  br label %19, !llvm.loop !18

58:                                               ; preds = %27
  br label %59

59:                                               ; preds = %63, %58
  %60 = load i64, ptr %13, align 8, !tbaa !11
  %61 = load i64, ptr %10, align 8, !tbaa !11
  %62 = icmp ult i64 %60, %61
  br i1 %62, label %63, label %72

63:                                               ; preds = %59
  %64 = load ptr, ptr %7, align 8, !tbaa !9
  %65 = load i64, ptr %15, align 8, !tbaa !11
  %66 = add i64 %65, 1
  store i64 %66, ptr %15, align 8, !tbaa !11
  %67 = getelementptr inbounds nuw %struct.entry_t, ptr %64, i64 %65
  %68 = load ptr, ptr %8, align 8, !tbaa !9
  %69 = load i64, ptr %13, align 8, !tbaa !11
  %70 = add i64 %69, 1
  store i64 %70, ptr %13, align 8, !tbaa !11
  %71 = getelementptr inbounds nuw %struct.entry_t, ptr %68, i64 %69
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %67, ptr align 4 %71, i64 20, i1 false), !tbaa.struct !16
  br label %59, !llvm.loop !19

72:                                               ; preds = %59
  br label %73

73:                                               ; preds = %77, %72
  %74 = load i64, ptr %14, align 8, !tbaa !11
  %75 = load i64, ptr %11, align 8, !tbaa !11
  %76 = icmp ult i64 %74, %75
  br i1 %76, label %77, label %86

77:                                               ; preds = %73
  %78 = load ptr, ptr %7, align 8, !tbaa !9
  %79 = load i64, ptr %15, align 8, !tbaa !11
  %80 = add i64 %79, 1
  store i64 %80, ptr %15, align 8, !tbaa !11
  %81 = getelementptr inbounds nuw %struct.entry_t, ptr %78, i64 %79
  %82 = load ptr, ptr %8, align 8, !tbaa !9
  %83 = load i64, ptr %14, align 8, !tbaa !11
  %84 = add i64 %83, 1
  store i64 %84, ptr %14, align 8, !tbaa !11
  %85 = getelementptr inbounds nuw %struct.entry_t, ptr %82, i64 %83
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %81, ptr align 4 %85, i64 20, i1 false), !tbaa.struct !16
  br label %73, !llvm.loop !20

86:                                               ; preds = %73
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @merge_sort_top_down(ptr noundef %0, ptr noundef %1, i64 noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store i64 %2, ptr %7, align 8, !tbaa !11
  store ptr %3, ptr %8, align 8, !tbaa !9
  %9 = load ptr, ptr %5, align 8, !tbaa !9
  %10 = load ptr, ptr %6, align 8, !tbaa !9
  %11 = load i64, ptr %7, align 8, !tbaa !11
  %12 = load ptr, ptr %8, align 8, !tbaa !9
  call void @td_sort(ptr noundef %9, ptr noundef %10, i64 noundef 0, i64 noundef %11, ptr noundef %12) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @td_sort(ptr noundef %0, ptr noundef %1, i64 noundef %2, i64 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store i64 %2, ptr %8, align 8, !tbaa !11
  store i64 %3, ptr %9, align 8, !tbaa !11
  store ptr %4, ptr %10, align 8, !tbaa !9
  %13 = load i64, ptr %9, align 8, !tbaa !11
  %14 = load i64, ptr %8, align 8, !tbaa !11
  %15 = sub i64 %13, %14
  %16 = icmp ult i64 %15, 2
  br i1 %16, label %17, label %18

17:                                               ; preds = %5
  br label %65

18:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %19 = load i64, ptr %8, align 8, !tbaa !11
  %20 = load i64, ptr %9, align 8, !tbaa !11
  %21 = load i64, ptr %8, align 8, !tbaa !11
  %22 = sub i64 %20, %21
  %23 = udiv i64 %22, 2
  %24 = add i64 %19, %23
  store i64 %24, ptr %11, align 8, !tbaa !11
  %25 = load ptr, ptr %6, align 8, !tbaa !9
  %26 = load ptr, ptr %7, align 8, !tbaa !9
  %27 = load i64, ptr %8, align 8, !tbaa !11
  %28 = load i64, ptr %11, align 8, !tbaa !11
  %29 = load ptr, ptr %10, align 8, !tbaa !9
  call void @td_sort(ptr noundef %25, ptr noundef %26, i64 noundef %27, i64 noundef %28, ptr noundef %29) #8
  %30 = load ptr, ptr %6, align 8, !tbaa !9
  %31 = load ptr, ptr %7, align 8, !tbaa !9
  %32 = load i64, ptr %11, align 8, !tbaa !11
  %33 = load i64, ptr %9, align 8, !tbaa !11
  %34 = load ptr, ptr %10, align 8, !tbaa !9
  call void @td_sort(ptr noundef %30, ptr noundef %31, i64 noundef %32, i64 noundef %33, ptr noundef %34) #8
  %35 = load ptr, ptr %10, align 8, !tbaa !9
  %36 = load ptr, ptr %6, align 8, !tbaa !9
  %37 = load i64, ptr %11, align 8, !tbaa !11
  %38 = getelementptr inbounds nuw %struct.entry_t, ptr %36, i64 %37
  %39 = load ptr, ptr %6, align 8, !tbaa !9
  %40 = load i64, ptr %11, align 8, !tbaa !11
  %41 = sub i64 %40, 1
  %42 = getelementptr inbounds nuw %struct.entry_t, ptr %39, i64 %41
  %43 = call i32 %35(ptr noundef %38, ptr noundef %42) #8
  %44 = icmp sge i32 %43, 0
  br i1 %44, label %45, label %46

45:                                               ; preds = %18
  store i32 1, ptr %12, align 4
  br label %63

46:                                               ; preds = %18
  %47 = load ptr, ptr %7, align 8, !tbaa !9
  %48 = load i64, ptr %8, align 8, !tbaa !11
  %49 = getelementptr inbounds nuw %struct.entry_t, ptr %47, i64 %48
  %50 = load ptr, ptr %6, align 8, !tbaa !9
  %51 = load i64, ptr %8, align 8, !tbaa !11
  %52 = getelementptr inbounds nuw %struct.entry_t, ptr %50, i64 %51
  %53 = load i64, ptr %9, align 8, !tbaa !11
  %54 = load i64, ptr %8, align 8, !tbaa !11
  %55 = sub i64 %53, %54
  %56 = mul i64 %55, 20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %49, ptr align 4 %52, i64 %56, i1 false)
  %57 = load ptr, ptr %6, align 8, !tbaa !9
  %58 = load ptr, ptr %7, align 8, !tbaa !9
  %59 = load i64, ptr %8, align 8, !tbaa !11
  %60 = load i64, ptr %11, align 8, !tbaa !11
  %61 = load i64, ptr %9, align 8, !tbaa !11
  %62 = load ptr, ptr %10, align 8, !tbaa !9
  call void @merge(ptr noundef %57, ptr noundef %58, i64 noundef %59, i64 noundef %60, i64 noundef %61, ptr noundef %62) #8
  store i32 0, ptr %12, align 4
  br label %63

63:                                               ; preds = %46, %45
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %64 = load i32, ptr %12, align 4
  switch i32 %64, label %66 [
    i32 0, label %65
    i32 1, label %65
  ]

65:                                               ; preds = %17, %63, %63
  ret void

66:                                               ; preds = %63
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  %13 = call noalias ptr @malloc(i64 noundef 160000) #9
  store ptr %13, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %14 = call noalias ptr @malloc(i64 noundef 160000) #9
  store ptr %14, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %15 = call noalias ptr @malloc(i64 noundef 160000) #9
  store ptr %15, ptr %4, align 8, !tbaa !9
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = icmp ne ptr %16, null
  br i1 %17, label %18, label %24

18:                                               ; preds = %0
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  %20 = icmp ne ptr %19, null
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = icmp ne ptr %22, null
  br i1 %23, label %25, label %24

24:                                               ; preds = %21, %18, %0
  store i32 1, ptr %1, align 4
  store i32 1, ptr %5, align 4
  br label %171

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 1, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %56, %25
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 8000
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %59

30:                                               ; preds = %26
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = mul i32 %31, 1664525
  %33 = add i32 %32, 1013904223
  store i32 %33, ptr %6, align 4, !tbaa !5
  %34 = load ptr, ptr %2, align 8, !tbaa !9
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds %struct.entry_t, ptr %34, i64 %36
  %38 = getelementptr inbounds nuw %struct.entry_t, ptr %37, i32 0, i32 0
  %39 = getelementptr inbounds [12 x i8], ptr %38, i64 0, i64 0
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = lshr i32 %40, 8
  call void @gen_name(ptr noundef %39, i32 noundef %41) #8
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = lshr i32 %42, 3
  %44 = urem i32 %43, 100
  %45 = load ptr, ptr %2, align 8, !tbaa !9
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds %struct.entry_t, ptr %45, i64 %47
  %49 = getelementptr inbounds nuw %struct.entry_t, ptr %48, i32 0, i32 1
  store i32 %44, ptr %49, align 4, !tbaa !21
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = load ptr, ptr %2, align 8, !tbaa !9
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds %struct.entry_t, ptr %51, i64 %53
  %55 = getelementptr inbounds nuw %struct.entry_t, ptr %54, i32 0, i32 2
  store i32 %50, ptr %55, align 4, !tbaa !23
  br label %56

56:                                               ; preds = %30
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %7, align 4, !tbaa !5
  br label %26, !llvm.loop !24

59:                                               ; preds = %29
  %60 = load ptr, ptr %3, align 8, !tbaa !9
  %61 = load ptr, ptr %2, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %60, ptr align 4 %61, i64 160000, i1 false)
  %62 = load ptr, ptr %2, align 8, !tbaa !9
  %63 = load ptr, ptr %4, align 8, !tbaa !9
  call void @merge_sort_bottom_up(ptr noundef %62, ptr noundef %63, i64 noundef 8000, ptr noundef @by_name) #8
  %64 = load ptr, ptr %2, align 8, !tbaa !9
  %65 = load ptr, ptr %4, align 8, !tbaa !9
  call void @merge_sort_bottom_up(ptr noundef %64, ptr noundef %65, i64 noundef 8000, ptr noundef @by_score) #8
  %66 = load ptr, ptr %3, align 8, !tbaa !9
  %67 = load ptr, ptr %4, align 8, !tbaa !9
  call void @merge_sort_top_down(ptr noundef %66, ptr noundef %67, i64 noundef 8000, ptr noundef @by_name) #8
  %68 = load ptr, ptr %3, align 8, !tbaa !9
  %69 = load ptr, ptr %4, align 8, !tbaa !9
  call void @merge_sort_top_down(ptr noundef %68, ptr noundef %69, i64 noundef 8000, ptr noundef @by_score) #8
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 1, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 1, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 1, ptr %10, align 4, !tbaa !5
  br label %70

70:                                               ; preds = %123, %59
  %71 = load i32, ptr %10, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 8000
  br i1 %72, label %74, label %73

73:                                               ; preds = %70
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %126

74:                                               ; preds = %70
  %75 = load ptr, ptr %2, align 8, !tbaa !9
  %76 = load i32, ptr %10, align 4, !tbaa !5
  %77 = sub nsw i32 %76, 1
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.entry_t, ptr %75, i64 %78
  %80 = getelementptr inbounds nuw %struct.entry_t, ptr %79, i32 0, i32 1
  %81 = load i32, ptr %80, align 4, !tbaa !21
  %82 = load ptr, ptr %2, align 8, !tbaa !9
  %83 = load i32, ptr %10, align 4, !tbaa !5
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds %struct.entry_t, ptr %82, i64 %84
  %86 = getelementptr inbounds nuw %struct.entry_t, ptr %85, i32 0, i32 1
  %87 = load i32, ptr %86, align 4, !tbaa !21
  %88 = icmp eq i32 %81, %87
  br i1 %88, label %89, label %106

89:                                               ; preds = %74
  %90 = load ptr, ptr %2, align 8, !tbaa !9
  %91 = load i32, ptr %10, align 4, !tbaa !5
  %92 = sub nsw i32 %91, 1
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds %struct.entry_t, ptr %90, i64 %93
  %95 = getelementptr inbounds nuw %struct.entry_t, ptr %94, i32 0, i32 0
  %96 = getelementptr inbounds [12 x i8], ptr %95, i64 0, i64 0
  %97 = load ptr, ptr %2, align 8, !tbaa !9
  %98 = load i32, ptr %10, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds %struct.entry_t, ptr %97, i64 %99
  %101 = getelementptr inbounds nuw %struct.entry_t, ptr %100, i32 0, i32 0
  %102 = getelementptr inbounds [12 x i8], ptr %101, i64 0, i64 0
  %103 = call i32 @strcmp(ptr noundef %96, ptr noundef %102) #10
  %104 = icmp sgt i32 %103, 0
  br i1 %104, label %105, label %106

105:                                              ; preds = %89
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %106

106:                                              ; preds = %105, %89, %74
  %107 = load ptr, ptr %2, align 8, !tbaa !9
  %108 = load i32, ptr %10, align 4, !tbaa !5
  %109 = sub nsw i32 %108, 1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds %struct.entry_t, ptr %107, i64 %110
  %112 = getelementptr inbounds nuw %struct.entry_t, ptr %111, i32 0, i32 1
  %113 = load i32, ptr %112, align 4, !tbaa !21
  %114 = load ptr, ptr %2, align 8, !tbaa !9
  %115 = load i32, ptr %10, align 4, !tbaa !5
  %116 = sext i32 %115 to i64
  %117 = getelementptr inbounds %struct.entry_t, ptr %114, i64 %116
  %118 = getelementptr inbounds nuw %struct.entry_t, ptr %117, i32 0, i32 1
  %119 = load i32, ptr %118, align 4, !tbaa !21
  %120 = icmp sgt i32 %113, %119
  br i1 %120, label %121, label %122

121:                                              ; preds = %106
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %122

122:                                              ; preds = %121, %106
  br label %123

123:                                              ; preds = %122
  %124 = load i32, ptr %10, align 4, !tbaa !5
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %10, align 4, !tbaa !5
  br label %70, !llvm.loop !25

126:                                              ; preds = %73
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %127

127:                                              ; preds = %156, %126
  %128 = load i32, ptr %12, align 4, !tbaa !5
  %129 = icmp slt i32 %128, 8000
  br i1 %129, label %131, label %130

130:                                              ; preds = %127
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %159

131:                                              ; preds = %127
  %132 = load ptr, ptr %2, align 8, !tbaa !9
  %133 = load i32, ptr %12, align 4, !tbaa !5
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds %struct.entry_t, ptr %132, i64 %134
  %136 = getelementptr inbounds nuw %struct.entry_t, ptr %135, i32 0, i32 2
  %137 = load i32, ptr %136, align 4, !tbaa !23
  %138 = load ptr, ptr %3, align 8, !tbaa !9
  %139 = load i32, ptr %12, align 4, !tbaa !5
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds %struct.entry_t, ptr %138, i64 %140
  %142 = getelementptr inbounds nuw %struct.entry_t, ptr %141, i32 0, i32 2
  %143 = load i32, ptr %142, align 4, !tbaa !23
  %144 = icmp ne i32 %137, %143
  br i1 %144, label %145, label %146

145:                                              ; preds = %131
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %146

146:                                              ; preds = %145, %131
  %147 = load i32, ptr %11, align 4, !tbaa !5
  %148 = load ptr, ptr %2, align 8, !tbaa !9
  %149 = load i32, ptr %12, align 4, !tbaa !5
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds %struct.entry_t, ptr %148, i64 %150
  %152 = getelementptr inbounds nuw %struct.entry_t, ptr %151, i32 0, i32 2
  %153 = load i32, ptr %152, align 4, !tbaa !23
  %154 = xor i32 %147, %153
  %155 = mul i32 %154, 16777619
  store i32 %155, ptr %11, align 4, !tbaa !5
  br label %156

156:                                              ; preds = %146
  %157 = load i32, ptr %12, align 4, !tbaa !5
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %12, align 4, !tbaa !5
  br label %127, !llvm.loop !26

159:                                              ; preds = %130
  %160 = load i32, ptr %8, align 4, !tbaa !5
  %161 = load i32, ptr %9, align 4, !tbaa !5
  %162 = load i32, ptr %11, align 4, !tbaa !5
  %163 = load ptr, ptr %2, align 8, !tbaa !9
  %164 = getelementptr inbounds %struct.entry_t, ptr %163, i64 0
  %165 = getelementptr inbounds nuw %struct.entry_t, ptr %164, i32 0, i32 0
  %166 = getelementptr inbounds [12 x i8], ptr %165, i64 0, i64 0
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %160, i32 noundef %161, i32 noundef %162, ptr noundef %166) #8
  %168 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %168) #11
  %169 = load ptr, ptr %3, align 8, !tbaa !9
  call void @free(ptr noundef %169) #11
  %170 = load ptr, ptr %4, align 8, !tbaa !9
  call void @free(ptr noundef %170) #11
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %171

171:                                              ; preds = %159, %24
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %172 = load i32, ptr %1, align 4
  ret i32 %172
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @gen_name(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !27
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %36, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %39

11:                                               ; preds = %7
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = and i32 %12, 7
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds nuw [8 x [3 x i8]], ptr @gen_name.syl, i64 0, i64 %14
  %16 = getelementptr inbounds [3 x i8], ptr %15, i64 0, i64 0
  %17 = load i8, ptr %16, align 1, !tbaa !17
  %18 = load ptr, ptr %3, align 8, !tbaa !27
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %5, align 4, !tbaa !5
  %21 = sext i32 %19 to i64
  %22 = getelementptr inbounds i8, ptr %18, i64 %21
  store i8 %17, ptr %22, align 1, !tbaa !17
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = and i32 %23, 7
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw [8 x [3 x i8]], ptr @gen_name.syl, i64 0, i64 %25
  %27 = getelementptr inbounds [3 x i8], ptr %26, i64 0, i64 1
  %28 = load i8, ptr %27, align 1, !tbaa !17
  %29 = load ptr, ptr %3, align 8, !tbaa !27
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %5, align 4, !tbaa !5
  %32 = sext i32 %30 to i64
  %33 = getelementptr inbounds i8, ptr %29, i64 %32
  store i8 %28, ptr %33, align 1, !tbaa !17
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = lshr i32 %34, 3
  store i32 %35, ptr %4, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %11
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !29

39:                                               ; preds = %10
  %40 = load ptr, ptr %3, align 8, !tbaa !27
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i8, ptr %40, i64 %42
  store i8 0, ptr %43, align 1, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @by_name(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.entry_t, ptr %5, i32 0, i32 0
  %7 = getelementptr inbounds [12 x i8], ptr %6, i64 0, i64 0
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.entry_t, ptr %8, i32 0, i32 0
  %10 = getelementptr inbounds [12 x i8], ptr %9, i64 0, i64 0
  %11 = call i32 @strcmp(ptr noundef %7, ptr noundef %10) #10
  ret i32 %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @by_score(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.entry_t, ptr %5, i32 0, i32 1
  %7 = load i32, ptr %6, align 4, !tbaa !21
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.entry_t, ptr %8, i32 0, i32 1
  %10 = load i32, ptr %9, align 4, !tbaa !21
  %11 = icmp sgt i32 %7, %10
  %12 = zext i1 %11 to i32
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw %struct.entry_t, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !21
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.entry_t, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !21
  %19 = icmp slt i32 %15, %18
  %20 = zext i1 %19 to i32
  %21 = sub nsw i32 %12, %20
  ret i32 %21
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize allocsize(0) }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }
attributes #11 = { minsize nounwind optsize }

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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = !{i64 0, i64 12, !17, i64 12, i64 4, !5, i64 16, i64 4, !5}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !14}
!21 = !{!22, !6, i64 12}
!22 = !{!"", !7, i64 0, !6, i64 12, !6, i64 16}
!23 = !{!22, !6, i64 16}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 omnipotent char", !10, i64 0}
!29 = distinct !{!29, !14}
