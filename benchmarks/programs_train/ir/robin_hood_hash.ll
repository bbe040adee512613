; ModuleID = 'robin_hood_hash.c'
source_filename = "robin_hood_hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.RHMap = type { ptr, i64, i64, i64 }
%struct.Slot = type { ptr, i32, i32 }

@.str = private unnamed_addr constant [36 x i8] c"distinct=%zu cap=%zu max_probe=%zu\0A\00", align 1
@.str.1 = private unnamed_addr constant [51 x i8] c"removed=%d remaining=%zu total_count=%ld runs=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"lookup %s -> %d\0A\00", align 1
@syll = internal global [12 x ptr] [ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14], align 16
@.str.3 = private unnamed_addr constant [3 x i8] c"ka\00", align 1
@.str.4 = private unnamed_addr constant [3 x i8] c"lo\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"mi\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"ne\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"ru\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"sa\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"ti\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"vo\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c"ze\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"pa\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"qu\00", align 1
@.str.14 = private unnamed_addr constant [3 x i8] c"xi\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @rh_add(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = load ptr, ptr %5, align 8, !tbaa !11
  %12 = call i64 @rh_find(ptr noundef %10, ptr noundef %11) #9
  store i64 %12, ptr %7, align 8, !tbaa !13
  %13 = load i64, ptr %7, align 8, !tbaa !13
  %14 = icmp sge i64 %13, 0
  br i1 %14, label %15, label %25

15:                                               ; preds = %3
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.RHMap, ptr %17, i32 0, i32 0
  %19 = load ptr, ptr %18, align 8, !tbaa !15
  %20 = load i64, ptr %7, align 8, !tbaa !13
  %21 = getelementptr inbounds %struct.Slot, ptr %19, i64 %20
  %22 = getelementptr inbounds nuw %struct.Slot, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 4, !tbaa !17
  %24 = add nsw i32 %23, %16
  store i32 %24, ptr %22, align 4, !tbaa !17
  store i32 1, ptr %8, align 4
  br label %50

25:                                               ; preds = %3
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.RHMap, ptr %26, i32 0, i32 2
  %28 = load i64, ptr %27, align 8, !tbaa !19
  %29 = add i64 %28, 1
  %30 = mul i64 %29, 10
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.RHMap, ptr %31, i32 0, i32 1
  %33 = load i64, ptr %32, align 8, !tbaa !20
  %34 = mul i64 %33, 9
  %35 = icmp ugt i64 %30, %34
  br i1 %35, label %36, label %38

36:                                               ; preds = %25
  %37 = load ptr, ptr %4, align 8, !tbaa !9
  call void @rh_grow(ptr noundef %37) #9
  br label %38

38:                                               ; preds = %36, %25
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %39 = load ptr, ptr %5, align 8, !tbaa !11
  %40 = call ptr @dup_str(ptr noundef %39) #9
  store ptr %40, ptr %9, align 8, !tbaa !11
  %41 = load ptr, ptr %9, align 8, !tbaa !11
  %42 = icmp ne ptr %41, null
  br i1 %42, label %43, label %49

43:                                               ; preds = %38
  %44 = load ptr, ptr %4, align 8, !tbaa !9
  %45 = load ptr, ptr %9, align 8, !tbaa !11
  %46 = load ptr, ptr %5, align 8, !tbaa !11
  %47 = call i32 @hash_str(ptr noundef %46) #9
  %48 = load i32, ptr %6, align 4, !tbaa !5
  call void @place(ptr noundef %44, ptr noundef %45, i32 noundef %47, i32 noundef %48) #9
  br label %49

49:                                               ; preds = %43, %38
  call void @llvm.lifetime.end.p0(ptr %9) #8
  store i32 0, ptr %8, align 4
  br label %50

50:                                               ; preds = %49, %15
  call void @llvm.lifetime.end.p0(ptr %7) #8
  %51 = load i32, ptr %8, align 4
  switch i32 %51, label %53 [
    i32 0, label %52
    i32 1, label %52
  ]

52:                                               ; preds = %50, %50
  ret void

53:                                               ; preds = %50
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @rh_find(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %11 = load ptr, ptr %5, align 8, !tbaa !11
  %12 = call i32 @hash_str(ptr noundef %11) #9
  store i32 %12, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = zext i32 %13 to i64
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.RHMap, ptr %15, i32 0, i32 1
  %17 = load i64, ptr %16, align 8, !tbaa !20
  %18 = sub i64 %17, 1
  %19 = and i64 %14, %18
  store i64 %19, ptr %7, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %8) #8
  store i64 0, ptr %8, align 8, !tbaa !13
  br label %20

20:                                               ; preds = %67, %2
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.RHMap, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8, !tbaa !15
  %24 = load i64, ptr %7, align 8, !tbaa !13
  %25 = getelementptr inbounds nuw %struct.Slot, ptr %23, i64 %24
  store ptr %25, ptr %9, align 8, !tbaa !9
  %26 = load ptr, ptr %9, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.Slot, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !21
  %29 = icmp ne ptr %28, null
  br i1 %29, label %30, label %39

30:                                               ; preds = %20
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = load ptr, ptr %9, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.Slot, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 8, !tbaa !22
  %35 = load i64, ptr %7, align 8, !tbaa !13
  %36 = call i64 @probe_dist(ptr noundef %31, i32 noundef %34, i64 noundef %35) #9
  %37 = load i64, ptr %8, align 8, !tbaa !13
  %38 = icmp ult i64 %36, %37
  br i1 %38, label %39, label %40

39:                                               ; preds = %30, %20
  store i64 -1, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %65

40:                                               ; preds = %30
  %41 = load ptr, ptr %9, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.Slot, ptr %41, i32 0, i32 1
  %43 = load i32, ptr %42, align 8, !tbaa !22
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = icmp eq i32 %43, %44
  br i1 %45, label %46, label %55

46:                                               ; preds = %40
  %47 = load ptr, ptr %9, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw %struct.Slot, ptr %47, i32 0, i32 0
  %49 = load ptr, ptr %48, align 8, !tbaa !21
  %50 = load ptr, ptr %5, align 8, !tbaa !11
  %51 = call i32 @strcmp(ptr noundef %49, ptr noundef %50) #10
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %53, label %55

53:                                               ; preds = %46
  %54 = load i64, ptr %7, align 8, !tbaa !13
  store i64 %54, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %65

55:                                               ; preds = %46, %40
  %56 = load i64, ptr %7, align 8, !tbaa !13
  %57 = add i64 %56, 1
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.RHMap, ptr %58, i32 0, i32 1
  %60 = load i64, ptr %59, align 8, !tbaa !20
  %61 = sub i64 %60, 1
  %62 = and i64 %57, %61
  store i64 %62, ptr %7, align 8, !tbaa !13
  %63 = load i64, ptr %8, align 8, !tbaa !13
  %64 = add i64 %63, 1
  store i64 %64, ptr %8, align 8, !tbaa !13
  store i32 0, ptr %10, align 4
  br label %65

65:                                               ; preds = %55, %53, %39
  call void @llvm.lifetime.end.p0(ptr %9) #8
  %66 = load i32, ptr %10, align 4
  switch i32 %66, label %68 [
    i32 0, label %67
  ]

67:                                               ; preds = %65
  br label %20

68:                                               ; preds = %65
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %69 = load i64, ptr %3, align 8
  ret i64 %69
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @rh_grow(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.RHMap, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.RHMap, ptr %6, i32 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !20
  %9 = mul i64 %8, 2
  %10 = call i32 @rh_init(ptr noundef %3, i64 noundef %9) #9
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %13, label %12

12:                                               ; preds = %1
  store i32 1, ptr %4, align 4
  br label %61

13:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i64 0, ptr %5, align 8, !tbaa !13
  br label %14

14:                                               ; preds = %53, %13
  %15 = load i64, ptr %5, align 8, !tbaa !13
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.RHMap, ptr %16, i32 0, i32 1
  %18 = load i64, ptr %17, align 8, !tbaa !20
  %19 = icmp ult i64 %15, %18
  br i1 %19, label %21, label %20

20:                                               ; preds = %14
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %56

21:                                               ; preds = %14
  %22 = load ptr, ptr %2, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.RHMap, ptr %22, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8, !tbaa !15
  %25 = load i64, ptr %5, align 8, !tbaa !13
  %26 = getelementptr inbounds nuw %struct.Slot, ptr %24, i64 %25
  %27 = getelementptr inbounds nuw %struct.Slot, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8, !tbaa !21
  %29 = icmp ne ptr %28, null
  br i1 %29, label %30, label %52

30:                                               ; preds = %21
  %31 = load ptr, ptr %2, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw %struct.RHMap, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 8, !tbaa !15
  %34 = load i64, ptr %5, align 8, !tbaa !13
  %35 = getelementptr inbounds nuw %struct.Slot, ptr %33, i64 %34
  %36 = getelementptr inbounds nuw %struct.Slot, ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %36, align 8, !tbaa !21
  %38 = load ptr, ptr %2, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.RHMap, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8, !tbaa !15
  %41 = load i64, ptr %5, align 8, !tbaa !13
  %42 = getelementptr inbounds nuw %struct.Slot, ptr %40, i64 %41
  %43 = getelementptr inbounds nuw %struct.Slot, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 8, !tbaa !22
  %45 = load ptr, ptr %2, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.RHMap, ptr %45, i32 0, i32 0
  %47 = load ptr, ptr %46, align 8, !tbaa !15
  %48 = load i64, ptr %5, align 8, !tbaa !13
  %49 = getelementptr inbounds nuw %struct.Slot, ptr %47, i64 %48
  %50 = getelementptr inbounds nuw %struct.Slot, ptr %49, i32 0, i32 2
  %51 = load i32, ptr %50, align 4, !tbaa !17
  call void @place(ptr noundef %3, ptr noundef %37, i32 noundef %44, i32 noundef %51) #9
  br label %52

52:                                               ; preds = %30, %21
  br label %53

53:                                               ; preds = %52
  %54 = load i64, ptr %5, align 8, !tbaa !13
  %55 = add i64 %54, 1
  store i64 %55, ptr %5, align 8, !tbaa !13
  br label %14, !llvm.loop !23

56:                                               ; preds = %20
  %57 = load ptr, ptr %2, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.RHMap, ptr %57, i32 0, i32 0
  %59 = load ptr, ptr %58, align 8, !tbaa !15
  call void @free(ptr noundef %59) #11
  %60 = load ptr, ptr %2, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %60, ptr align 8 %3, i64 32, i1 false), !tbaa.struct !25
  store i32 0, ptr %4, align 4
  br label %61

61:                                               ; preds = %56, %12
  call void @llvm.lifetime.end.p0(ptr %3) #8
  %62 = load i32, ptr %4, align 4
  switch i32 %62, label %64 [
    i32 0, label %63
    i32 1, label %63
  ]

63:                                               ; preds = %61, %61
  ret void

64:                                               ; preds = %61
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @dup_str(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %5 = load ptr, ptr %2, align 8, !tbaa !11
  %6 = call i64 @strlen(ptr noundef %5) #10
  %7 = add i64 %6, 1
  store i64 %7, ptr %3, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %4) #8
  %8 = load i64, ptr %3, align 8, !tbaa !13
  %9 = call noalias ptr @malloc(i64 noundef %8) #12
  store ptr %9, ptr %4, align 8, !tbaa !11
  %10 = load ptr, ptr %4, align 8, !tbaa !11
  %11 = icmp ne ptr %10, null
  br i1 %11, label %12, label %16

12:                                               ; preds = %1
  %13 = load ptr, ptr %4, align 8, !tbaa !11
  %14 = load ptr, ptr %2, align 8, !tbaa !11
  %15 = load i64, ptr %3, align 8, !tbaa !13
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 %14, i64 %15, i1 false)
  br label %16

16:                                               ; preds = %12, %1
  %17 = load ptr, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret ptr %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @place(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca %struct.Slot, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !11
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = zext i32 %15 to i64
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.RHMap, ptr %17, i32 0, i32 1
  %19 = load i64, ptr %18, align 8, !tbaa !20
  %20 = sub i64 %19, 1
  %21 = and i64 %16, %20
  store i64 %21, ptr %9, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i64 0, ptr %10, align 8, !tbaa !13
  br label %22

22:                                               ; preds = %106, %4
  call void @llvm.lifetime.start.p0(ptr %11) #8
  %23 = load ptr, ptr %5, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.RHMap, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !15
  %26 = load i64, ptr %9, align 8, !tbaa !13
  %27 = getelementptr inbounds nuw %struct.Slot, ptr %25, i64 %26
  store ptr %27, ptr %11, align 8, !tbaa !9
  %28 = load ptr, ptr %11, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.Slot, ptr %28, i32 0, i32 0
  %30 = load ptr, ptr %29, align 8, !tbaa !21
  %31 = icmp ne ptr %30, null
  br i1 %31, label %56, label %32

32:                                               ; preds = %22
  %33 = load ptr, ptr %6, align 8, !tbaa !11
  %34 = load ptr, ptr %11, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.Slot, ptr %34, i32 0, i32 0
  store ptr %33, ptr %35, align 8, !tbaa !21
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = load ptr, ptr %11, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.Slot, ptr %37, i32 0, i32 1
  store i32 %36, ptr %38, align 8, !tbaa !22
  %39 = load i32, ptr %8, align 4, !tbaa !5
  %40 = load ptr, ptr %11, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.Slot, ptr %40, i32 0, i32 2
  store i32 %39, ptr %41, align 4, !tbaa !17
  %42 = load ptr, ptr %5, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.RHMap, ptr %42, i32 0, i32 2
  %44 = load i64, ptr %43, align 8, !tbaa !19
  %45 = add i64 %44, 1
  store i64 %45, ptr %43, align 8, !tbaa !19
  %46 = load i64, ptr %10, align 8, !tbaa !13
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw %struct.RHMap, ptr %47, i32 0, i32 3
  %49 = load i64, ptr %48, align 8, !tbaa !26
  %50 = icmp ugt i64 %46, %49
  br i1 %50, label %51, label %55

51:                                               ; preds = %32
  %52 = load i64, ptr %10, align 8, !tbaa !13
  %53 = load ptr, ptr %5, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.RHMap, ptr %53, i32 0, i32 3
  store i64 %52, ptr %54, align 8, !tbaa !26
  br label %55

55:                                               ; preds = %51, %32
  store i32 1, ptr %12, align 4
  br label %104

56:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %57 = load ptr, ptr %5, align 8, !tbaa !9
  %58 = load ptr, ptr %11, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.Slot, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 8, !tbaa !22
  %61 = load i64, ptr %9, align 8, !tbaa !13
  %62 = call i64 @probe_dist(ptr noundef %57, i32 noundef %60, i64 noundef %61) #9
  store i64 %62, ptr %13, align 8, !tbaa !13
  %63 = load i64, ptr %13, align 8, !tbaa !13
  %64 = load i64, ptr %10, align 8, !tbaa !13
  %65 = icmp ult i64 %63, %64
  br i1 %65, label %66, label %94

66:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %67 = load ptr, ptr %11, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 %67, i64 16, i1 false), !tbaa.struct !27
  %68 = load ptr, ptr %6, align 8, !tbaa !11
  %69 = load ptr, ptr %11, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.Slot, ptr %69, i32 0, i32 0
  store ptr %68, ptr %70, align 8, !tbaa !21
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = load ptr, ptr %11, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.Slot, ptr %72, i32 0, i32 1
  store i32 %71, ptr %73, align 8, !tbaa !22
  %74 = load i32, ptr %8, align 4, !tbaa !5
  %75 = load ptr, ptr %11, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.Slot, ptr %75, i32 0, i32 2
  store i32 %74, ptr %76, align 4, !tbaa !17
  %77 = load i64, ptr %10, align 8, !tbaa !13
  %78 = load ptr, ptr %5, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw %struct.RHMap, ptr %78, i32 0, i32 3
  %80 = load i64, ptr %79, align 8, !tbaa !26
  %81 = icmp ugt i64 %77, %80
  br i1 %81, label %82, label %86

82:                                               ; preds = %66
  %83 = load i64, ptr %10, align 8, !tbaa !13
  %84 = load ptr, ptr %5, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw %struct.RHMap, ptr %84, i32 0, i32 3
  store i64 %83, ptr %85, align 8, !tbaa !26
  br label %86

86:                                               ; preds = %82, %66
  %87 = getelementptr inbounds nuw %struct.Slot, ptr %14, i32 0, i32 0
  %88 = load ptr, ptr %87, align 8, !tbaa !21
  store ptr %88, ptr %6, align 8, !tbaa !11
  %89 = getelementptr inbounds nuw %struct.Slot, ptr %14, i32 0, i32 1
  %90 = load i32, ptr %89, align 8, !tbaa !22
  store i32 %90, ptr %7, align 4, !tbaa !5
  %91 = getelementptr inbounds nuw %struct.Slot, ptr %14, i32 0, i32 2
  %92 = load i32, ptr %91, align 4, !tbaa !17
  store i32 %92, ptr %8, align 4, !tbaa !5
  %93 = load i64, ptr %13, align 8, !tbaa !13
  store i64 %93, ptr %10, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %14) #8
  br label %94

94:                                               ; preds = %86, %56
  %95 = load i64, ptr %9, align 8, !tbaa !13
  %96 = add i64 %95, 1
  %97 = load ptr, ptr %5, align 8, !tbaa !9
  %98 = getelementptr inbounds nuw %struct.RHMap, ptr %97, i32 0, i32 1
  %99 = load i64, ptr %98, align 8, !tbaa !20
  %100 = sub i64 %99, 1
  %101 = and i64 %96, %100
  store i64 %101, ptr %9, align 8, !tbaa !13
  %102 = load i64, ptr %10, align 8, !tbaa !13
  %103 = add i64 %102, 1
  store i64 %103, ptr %10, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %13) #8
  store i32 0, ptr %12, align 4
  br label %104

104:                                              ; preds = %94, %55
  call void @llvm.lifetime.end.p0(ptr %11) #8
  %105 = load i32, ptr %12, align 4
  switch i32 %105, label %107 [
    i32 0, label %106
  ]

106:                                              ; preds = %104
  br label %22

107:                                              ; preds = %104
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hash_str(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %16, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !11
  %6 = load i8, ptr %5, align 1, !tbaa !28
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %19

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !tbaa !11
  %10 = load i8, ptr %9, align 1, !tbaa !28
  %11 = zext i8 %10 to i32
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = xor i32 %12, %11
  store i32 %13, ptr %3, align 4, !tbaa !5
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = mul i32 %14, 16777619
  store i32 %15, ptr %3, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %8
  %17 = load ptr, ptr %2, align 8, !tbaa !11
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 1
  store ptr %18, ptr %2, align 8, !tbaa !11
  br label %4, !llvm.loop !29

19:                                               ; preds = %4
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = lshr i32 %20, 15
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = xor i32 %22, %21
  store i32 %23, ptr %3, align 4, !tbaa !5
  %24 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret i32 %24
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @rh_remove(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = load ptr, ptr %5, align 8, !tbaa !11
  %13 = call i64 @rh_find(ptr noundef %11, ptr noundef %12) #9
  store i64 %13, ptr %6, align 8, !tbaa !13
  %14 = load i64, ptr %6, align 8, !tbaa !13
  %15 = icmp slt i64 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %74

17:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %18 = load i64, ptr %6, align 8, !tbaa !13
  store i64 %18, ptr %8, align 8, !tbaa !13
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.RHMap, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8, !tbaa !15
  %22 = load i64, ptr %8, align 8, !tbaa !13
  %23 = getelementptr inbounds nuw %struct.Slot, ptr %21, i64 %22
  %24 = getelementptr inbounds nuw %struct.Slot, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !21
  call void @free(ptr noundef %25) #11
  br label %26

26:                                               ; preds = %62, %17
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %27 = load i64, ptr %8, align 8, !tbaa !13
  %28 = add i64 %27, 1
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.RHMap, ptr %29, i32 0, i32 1
  %31 = load i64, ptr %30, align 8, !tbaa !20
  %32 = sub i64 %31, 1
  %33 = and i64 %28, %32
  store i64 %33, ptr %9, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.RHMap, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8, !tbaa !15
  %37 = load i64, ptr %9, align 8, !tbaa !13
  %38 = getelementptr inbounds nuw %struct.Slot, ptr %36, i64 %37
  store ptr %38, ptr %10, align 8, !tbaa !9
  %39 = load ptr, ptr %10, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.Slot, ptr %39, i32 0, i32 0
  %41 = load ptr, ptr %40, align 8, !tbaa !21
  %42 = icmp ne ptr %41, null
  br i1 %42, label %43, label %51

43:                                               ; preds = %26
  %44 = load ptr, ptr %4, align 8, !tbaa !9
  %45 = load ptr, ptr %10, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.Slot, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 8, !tbaa !22
  %48 = load i64, ptr %9, align 8, !tbaa !13
  %49 = call i64 @probe_dist(ptr noundef %44, i32 noundef %47, i64 noundef %48) #9
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %51, label %52

51:                                               ; preds = %43, %26
  store i32 2, ptr %7, align 4
  br label %60

52:                                               ; preds = %43
  %53 = load ptr, ptr %4, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.RHMap, ptr %53, i32 0, i32 0
  %55 = load ptr, ptr %54, align 8, !tbaa !15
  %56 = load i64, ptr %8, align 8, !tbaa !13
  %57 = getelementptr inbounds nuw %struct.Slot, ptr %55, i64 %56
  %58 = load ptr, ptr %10, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %57, ptr align 8 %58, i64 16, i1 false), !tbaa.struct !27
  %59 = load i64, ptr %9, align 8, !tbaa !13
  store i64 %59, ptr %8, align 8, !tbaa !13
  store i32 0, ptr %7, align 4
  br label %60

60:                                               ; preds = %52, %51
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  %61 = load i32, ptr %7, align 4
  switch i32 %61, label %76 [
    i32 0, label %62
    i32 2, label %63
  ]

62:                                               ; preds = %60
  br label %26

63:                                               ; preds = %60
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.RHMap, ptr %64, i32 0, i32 0
  %66 = load ptr, ptr %65, align 8, !tbaa !15
  %67 = load i64, ptr %8, align 8, !tbaa !13
  %68 = getelementptr inbounds nuw %struct.Slot, ptr %66, i64 %67
  %69 = getelementptr inbounds nuw %struct.Slot, ptr %68, i32 0, i32 0
  store ptr null, ptr %69, align 8, !tbaa !21
  %70 = load ptr, ptr %4, align 8, !tbaa !9
  %71 = getelementptr inbounds nuw %struct.RHMap, ptr %70, i32 0, i32 2
  %72 = load i64, ptr %71, align 8, !tbaa !19
  %73 = add i64 %72, -1
  store i64 %73, ptr %71, align 8, !tbaa !19
  store i32 1, ptr %3, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %74

74:                                               ; preds = %63, %16
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %75 = load i32, ptr %3, align 4
  ret i32 %75

76:                                               ; preds = %60
  unreachable
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @probe_dist(ptr noundef %0, i32 noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i64 %2, ptr %6, align 8, !tbaa !13
  %7 = load i64, ptr %6, align 8, !tbaa !13
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.RHMap, ptr %8, i32 0, i32 1
  %10 = load i64, ptr %9, align 8, !tbaa !20
  %11 = add i64 %7, %10
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = zext i32 %12 to i64
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.RHMap, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8, !tbaa !20
  %17 = sub i64 %16, 1
  %18 = and i64 %13, %17
  %19 = sub i64 %11, %18
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.RHMap, ptr %20, i32 0, i32 1
  %22 = load i64, ptr %21, align 8, !tbaa !20
  %23 = sub i64 %22, 1
  %24 = and i64 %19, %23
  ret i64 %24
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.RHMap, align 8
  %3 = alloca [16 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  call void @llvm.lifetime.start.p0(ptr %3) #8
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 17, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i64 0, ptr %6, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !13
  %13 = call i32 @rh_init(ptr noundef %2, i64 noundef 16) #9
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %0
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  br label %149

16:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %38, %16
  %18 = load i32, ptr %9, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 30000
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #8
  br label %41

21:                                               ; preds = %17
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = shl i32 %22, 13
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %4, align 4, !tbaa !5
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = lshr i32 %26, 17
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = xor i32 %28, %27
  store i32 %29, ptr %4, align 4, !tbaa !5
  %30 = load i32, ptr %4, align 4, !tbaa !5
  %31 = shl i32 %30, 5
  %32 = load i32, ptr %4, align 4, !tbaa !5
  %33 = xor i32 %32, %31
  store i32 %33, ptr %4, align 4, !tbaa !5
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = urem i32 %34, 4000
  %36 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @gen_word(i32 noundef %35, ptr noundef %36) #9
  %37 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @rh_add(ptr noundef %2, ptr noundef %37, i32 noundef 1) #9
  br label %38

38:                                               ; preds = %21
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %9, align 4, !tbaa !5
  br label %17, !llvm.loop !30

41:                                               ; preds = %20
  %42 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 2
  %43 = load i64, ptr %42, align 8, !tbaa !19
  %44 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 1
  %45 = load i64, ptr %44, align 8, !tbaa !20
  %46 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 3
  %47 = load i64, ptr %46, align 8, !tbaa !26
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %43, i64 noundef %45, i64 noundef %47) #9
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %60, %41
  %50 = load i32, ptr %10, align 4, !tbaa !5
  %51 = icmp ult i32 %50, 4000
  br i1 %51, label %53, label %52

52:                                               ; preds = %49
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #8
  br label %63

53:                                               ; preds = %49
  %54 = load i32, ptr %10, align 4, !tbaa !5
  %55 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @gen_word(i32 noundef %54, ptr noundef %55) #9
  %56 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  %57 = call i32 @rh_remove(ptr noundef %2, ptr noundef %56) #9
  %58 = load i32, ptr %5, align 4, !tbaa !5
  %59 = add nsw i32 %58, %57
  store i32 %59, ptr %5, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %53
  %61 = load i32, ptr %10, align 4, !tbaa !5
  %62 = add i32 %61, 2
  store i32 %62, ptr %10, align 4, !tbaa !5
  br label %49, !llvm.loop !31

63:                                               ; preds = %52
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i64 0, ptr %11, align 8, !tbaa !13
  br label %64

64:                                               ; preds = %105, %63
  %65 = load i64, ptr %11, align 8, !tbaa !13
  %66 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 1
  %67 = load i64, ptr %66, align 8, !tbaa !20
  %68 = icmp ult i64 %65, %67
  br i1 %68, label %70, label %69

69:                                               ; preds = %64
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #8
  br label %108

70:                                               ; preds = %64
  %71 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 0
  %72 = load ptr, ptr %71, align 8, !tbaa !15
  %73 = load i64, ptr %11, align 8, !tbaa !13
  %74 = getelementptr inbounds nuw %struct.Slot, ptr %72, i64 %73
  %75 = getelementptr inbounds nuw %struct.Slot, ptr %74, i32 0, i32 0
  %76 = load ptr, ptr %75, align 8, !tbaa !21
  %77 = icmp ne ptr %76, null
  br i1 %77, label %78, label %104

78:                                               ; preds = %70
  %79 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 0
  %80 = load ptr, ptr %79, align 8, !tbaa !15
  %81 = load i64, ptr %11, align 8, !tbaa !13
  %82 = getelementptr inbounds nuw %struct.Slot, ptr %80, i64 %81
  %83 = getelementptr inbounds nuw %struct.Slot, ptr %82, i32 0, i32 2
  %84 = load i32, ptr %83, align 4, !tbaa !17
  %85 = sext i32 %84 to i64
  %86 = load i64, ptr %6, align 8, !tbaa !13
  %87 = add nsw i64 %86, %85
  store i64 %87, ptr %6, align 8, !tbaa !13
  %88 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 0
  %89 = load ptr, ptr %88, align 8, !tbaa !15
  %90 = load i64, ptr %11, align 8, !tbaa !13
  %91 = add i64 %90, 1
  %92 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 1
  %93 = load i64, ptr %92, align 8, !tbaa !20
  %94 = sub i64 %93, 1
  %95 = and i64 %91, %94
  %96 = getelementptr inbounds nuw %struct.Slot, ptr %89, i64 %95
  %97 = getelementptr inbounds nuw %struct.Slot, ptr %96, i32 0, i32 0
  %98 = load ptr, ptr %97, align 8, !tbaa !21
  %99 = icmp ne ptr %98, null
  br i1 %99, label %103, label %100

100:                                              ; preds = %78
  %101 = load i64, ptr %7, align 8, !tbaa !13
  %102 = add i64 %101, 1
  store i64 %102, ptr %7, align 8, !tbaa !13
  br label %103

103:                                              ; preds = %100, %78
  br label %104

104:                                              ; preds = %103, %70
  br label %105

105:                                              ; preds = %104
  %106 = load i64, ptr %11, align 8, !tbaa !13
  %107 = add i64 %106, 1
  store i64 %107, ptr %11, align 8, !tbaa !13
  br label %64, !llvm.loop !32

108:                                              ; preds = %69
  %109 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @gen_word(i32 noundef 1, ptr noundef %109) #9
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %110 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  %111 = call i64 @rh_find(ptr noundef %2, ptr noundef %110) #9
  store i64 %111, ptr %12, align 8, !tbaa !13
  %112 = load i32, ptr %5, align 4, !tbaa !5
  %113 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 2
  %114 = load i64, ptr %113, align 8, !tbaa !19
  %115 = load i64, ptr %6, align 8, !tbaa !13
  %116 = load i64, ptr %7, align 8, !tbaa !13
  %117 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %112, i64 noundef %114, i64 noundef %115, i64 noundef %116) #9
  %118 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  %119 = load i64, ptr %12, align 8, !tbaa !13
  %120 = icmp sge i64 %119, 0
  br i1 %120, label %121, label %128

121:                                              ; preds = %108
  %122 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 0
  %123 = load ptr, ptr %122, align 8, !tbaa !15
  %124 = load i64, ptr %12, align 8, !tbaa !13
  %125 = getelementptr inbounds %struct.Slot, ptr %123, i64 %124
  %126 = getelementptr inbounds nuw %struct.Slot, ptr %125, i32 0, i32 2
  %127 = load i32, ptr %126, align 4, !tbaa !17
  br label %129

128:                                              ; preds = %108
  br label %129

129:                                              ; preds = %128, %121
  %130 = phi i32 [ %127, %121 ], [ -1, %128 ]
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %118, i32 noundef %130) #9
  %132 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  call void @gen_word(i32 noundef 3, ptr noundef %132) #9
  %133 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  %134 = call i64 @rh_find(ptr noundef %2, ptr noundef %133) #9
  store i64 %134, ptr %12, align 8, !tbaa !13
  %135 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 0
  %136 = load i64, ptr %12, align 8, !tbaa !13
  %137 = icmp sge i64 %136, 0
  br i1 %137, label %138, label %145

138:                                              ; preds = %129
  %139 = getelementptr inbounds nuw %struct.RHMap, ptr %2, i32 0, i32 0
  %140 = load ptr, ptr %139, align 8, !tbaa !15
  %141 = load i64, ptr %12, align 8, !tbaa !13
  %142 = getelementptr inbounds %struct.Slot, ptr %140, i64 %141
  %143 = getelementptr inbounds nuw %struct.Slot, ptr %142, i32 0, i32 2
  %144 = load i32, ptr %143, align 4, !tbaa !17
  br label %146

145:                                              ; preds = %129
  br label %146

146:                                              ; preds = %145, %138
  %147 = phi i32 [ %144, %138 ], [ -1, %145 ]
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, ptr noundef %135, i32 noundef %147) #9
  call void @rh_destroy(ptr noundef %2) #9
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %149

149:                                              ; preds = %146, %15
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %150 = load i32, ptr %1, align 4
  ret i32 %150
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rh_init(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %4, align 8, !tbaa !13
  %6 = call noalias ptr @calloc(i64 noundef %5, i64 noundef 16) #13
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.RHMap, ptr %7, i32 0, i32 0
  store ptr %6, ptr %8, align 8, !tbaa !15
  %9 = load i64, ptr %4, align 8, !tbaa !13
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.RHMap, ptr %10, i32 0, i32 1
  store i64 %9, ptr %11, align 8, !tbaa !20
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.RHMap, ptr %12, i32 0, i32 2
  store i64 0, ptr %13, align 8, !tbaa !19
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.RHMap, ptr %14, i32 0, i32 3
  store i64 0, ptr %15, align 8, !tbaa !26
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.RHMap, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !15
  %19 = icmp ne ptr %18, null
  %20 = zext i1 %19 to i32
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @gen_word(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store ptr %1, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %5) #8
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = urem i32 %7, 3
  %9 = add nsw i32 2, %8
  store i32 %9, ptr %5, align 4, !tbaa !5
  %10 = load ptr, ptr %4, align 8, !tbaa !11
  %11 = getelementptr inbounds i8, ptr %10, i64 0
  store i8 0, ptr %11, align 1, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %29, %2
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %6) #8
  br label %32

17:                                               ; preds = %12
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = mul i32 %18, -1403630843
  %20 = add i32 %19, 1
  store i32 %20, ptr %3, align 4, !tbaa !5
  %21 = load ptr, ptr %4, align 8, !tbaa !11
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = lshr i32 %22, 20
  %24 = urem i32 %23, 12
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw [12 x ptr], ptr @syll, i64 0, i64 %25
  %27 = load ptr, ptr %26, align 8, !tbaa !11
  %28 = call ptr @strcat(ptr noundef %21, ptr noundef %27) #11
  br label %29

29:                                               ; preds = %17
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !33

32:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal void @rh_destroy(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i64 0, ptr %3, align 8, !tbaa !13
  br label %4

4:                                                ; preds = %19, %1
  %5 = load i64, ptr %3, align 8, !tbaa !13
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.RHMap, ptr %6, i32 0, i32 1
  %8 = load i64, ptr %7, align 8, !tbaa !20
  %9 = icmp ult i64 %5, %8
  br i1 %9, label %11, label %10

10:                                               ; preds = %4
  call void @llvm.lifetime.end.p0(ptr %3) #8
  br label %22

11:                                               ; preds = %4
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.RHMap, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8, !tbaa !15
  %15 = load i64, ptr %3, align 8, !tbaa !13
  %16 = getelementptr inbounds nuw %struct.Slot, ptr %14, i64 %15
  %17 = getelementptr inbounds nuw %struct.Slot, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !21
  call void @free(ptr noundef %18) #11
  br label %19

19:                                               ; preds = %11
  %20 = load i64, ptr %3, align 8, !tbaa !13
  %21 = add i64 %20, 1
  store i64 %21, ptr %3, align 8, !tbaa !13
  br label %4, !llvm.loop !34

22:                                               ; preds = %10
  %23 = load ptr, ptr %2, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.RHMap, ptr %23, i32 0, i32 0
  %25 = load ptr, ptr %24, align 8, !tbaa !15
  call void @free(ptr noundef %25) #11
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #7

; Function Attrs: minsize nounwind optsize
declare ptr @strcat(ptr noundef, ptr noundef) #2

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }
attributes #11 = { minsize nounwind optsize }
attributes #12 = { minsize nounwind optsize allocsize(0) }
attributes #13 = { minsize nounwind optsize allocsize(0,1) }

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
!12 = !{!"p1 omnipotent char", !10, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = !{!16, !10, i64 0}
!16 = !{!"", !10, i64 0, !14, i64 8, !14, i64 16, !14, i64 24}
!17 = !{!18, !6, i64 12}
!18 = !{!"", !12, i64 0, !6, i64 8, !6, i64 12}
!19 = !{!16, !14, i64 16}
!20 = !{!16, !14, i64 8}
!21 = !{!18, !12, i64 0}
!22 = !{!18, !6, i64 8}
!23 = distinct !{!23, !24}
!24 = !{!"llvm.loop.mustprogress"}
!25 = !{i64 0, i64 8, !9, i64 8, i64 8, !13, i64 16, i64 8, !13, i64 24, i64 8, !13}
!26 = !{!16, !14, i64 24}
!27 = !{i64 0, i64 8, !11, i64 8, i64 4, !5, i64 12, i64 4, !5}
!28 = !{!7, !7, i64 0}
!29 = distinct !{!29, !24}
!30 = distinct !{!30, !24}
!31 = distinct !{!31, !24}
!32 = distinct !{!32, !24}
!33 = distinct !{!33, !24}
!34 = distinct !{!34, !24}
