; ModuleID = 'binary_search.c'
source_filename = "binary_search.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.table = internal global [100000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [28 x i8] c"found=%u agree=%u acc=%llu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @lower_bound(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %10 = load i64, ptr %5, align 8, !tbaa !12
  store i64 %10, ptr %8, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %33, %3
  %12 = load i64, ptr %7, align 8, !tbaa !12
  %13 = load i64, ptr %8, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %15, label %34

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = load i64, ptr %8, align 8, !tbaa !12
  %18 = load i64, ptr %7, align 8, !tbaa !12
  %19 = sub i64 %17, %18
  %20 = udiv i64 %19, 2
  %21 = add i64 %16, %20
  store i64 %21, ptr %9, align 8, !tbaa !12
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = load i64, ptr %9, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw i32, ptr %22, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = icmp ult i32 %25, %26
  br i1 %27, label %28, label %31

28:                                               ; preds = %15
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = add i64 %29, 1
  store i64 %30, ptr %7, align 8, !tbaa !12
  br label %33

31:                                               ; preds = %15
  %32 = load i64, ptr %9, align 8, !tbaa !12
  store i64 %32, ptr %8, align 8, !tbaa !12
  br label %33

33:                                               ; preds = %31, %28
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %11, !llvm.loop !14

34:                                               ; preds = %11
  %35 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i64 %35
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @upper_bound(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i64 0, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %10 = load i64, ptr %5, align 8, !tbaa !12
  store i64 %10, ptr %8, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %33, %3
  %12 = load i64, ptr %7, align 8, !tbaa !12
  %13 = load i64, ptr %8, align 8, !tbaa !12
  %14 = icmp ult i64 %12, %13
  br i1 %14, label %15, label %34

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = load i64, ptr %8, align 8, !tbaa !12
  %18 = load i64, ptr %7, align 8, !tbaa !12
  %19 = sub i64 %17, %18
  %20 = udiv i64 %19, 2
  %21 = add i64 %16, %20
  store i64 %21, ptr %9, align 8, !tbaa !12
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = load i64, ptr %9, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw i32, ptr %22, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = icmp ule i32 %25, %26
  br i1 %27, label %28, label %31

28:                                               ; preds = %15
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = add i64 %29, 1
  store i64 %30, ptr %7, align 8, !tbaa !12
  br label %33

31:                                               ; preds = %15
  %32 = load i64, ptr %9, align 8, !tbaa !12
  store i64 %32, ptr %8, align 8, !tbaa !12
  br label %33

33:                                               ; preds = %31, %28
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %11, !llvm.loop !16

34:                                               ; preds = %11
  %35 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i64 %35
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 12345, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %29, %0
  %15 = load i64, ptr %4, align 8, !tbaa !12
  %16 = icmp ult i64 %15, 100000
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %32

18:                                               ; preds = %14
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = mul i32 %19, 1103515245
  %21 = add i32 %20, 12345
  store i32 %21, ptr %3, align 4, !tbaa !5
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = lshr i32 %22, 29
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = add i32 %24, %23
  store i32 %25, ptr %2, align 4, !tbaa !5
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = load i64, ptr %4, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw [100000 x i32], ptr @main.table, i64 0, i64 %27
  store i32 %26, ptr %28, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %18
  %30 = load i64, ptr %4, align 8, !tbaa !12
  %31 = add i64 %30, 1
  store i64 %31, ptr %4, align 8, !tbaa !12
  br label %14, !llvm.loop !17

32:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i64 0, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %84, %32
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = icmp ult i32 %34, 200000
  br i1 %35, label %37, label %36

36:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %87

37:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = mul i32 %38, -1640531535
  %40 = load i32, ptr %2, align 4, !tbaa !5
  %41 = add i32 %40, 10
  %42 = urem i32 %39, %41
  store i32 %42, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = call i64 @lower_bound(ptr noundef @main.table, i64 noundef 100000, i32 noundef %43) #4
  store i64 %44, ptr %10, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %45 = load i32, ptr %9, align 4, !tbaa !5
  %46 = call i64 @upper_bound(ptr noundef @main.table, i64 noundef 100000, i32 noundef %45) #4
  store i64 %46, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = call i64 @exp_search(ptr noundef @main.table, i64 noundef 100000, i32 noundef %47) #4
  store i64 %48, ptr %12, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = call i64 @interp_search(ptr noundef @main.table, i64 noundef 100000, i32 noundef %49) #4
  store i64 %50, ptr %13, align 8, !tbaa !12
  %51 = load i64, ptr %10, align 8, !tbaa !12
  %52 = mul i64 %51, 3
  %53 = load i64, ptr %11, align 8, !tbaa !12
  %54 = add i64 %52, %53
  %55 = load i64, ptr %5, align 8, !tbaa !12
  %56 = add i64 %55, %54
  store i64 %56, ptr %5, align 8, !tbaa !12
  %57 = load i64, ptr %11, align 8, !tbaa !12
  %58 = load i64, ptr %10, align 8, !tbaa !12
  %59 = icmp ugt i64 %57, %58
  br i1 %59, label %60, label %63

60:                                               ; preds = %37
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = add i32 %61, 1
  store i32 %62, ptr %6, align 4, !tbaa !5
  br label %63

63:                                               ; preds = %60, %37
  %64 = load i64, ptr %12, align 8, !tbaa !12
  %65 = load i64, ptr %10, align 8, !tbaa !12
  %66 = icmp eq i64 %64, %65
  br i1 %66, label %67, label %83

67:                                               ; preds = %63
  %68 = load i64, ptr %13, align 8, !tbaa !12
  %69 = icmp slt i64 %68, 0
  br i1 %69, label %70, label %74

70:                                               ; preds = %67
  %71 = load i64, ptr %11, align 8, !tbaa !12
  %72 = load i64, ptr %10, align 8, !tbaa !12
  %73 = icmp eq i64 %71, %72
  br i1 %73, label %80, label %83

74:                                               ; preds = %67
  %75 = load i64, ptr %13, align 8, !tbaa !12
  %76 = getelementptr inbounds [100000 x i32], ptr @main.table, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = load i32, ptr %9, align 4, !tbaa !5
  %79 = icmp eq i32 %77, %78
  br i1 %79, label %80, label %83

80:                                               ; preds = %74, %70
  %81 = load i32, ptr %7, align 4, !tbaa !5
  %82 = add i32 %81, 1
  store i32 %82, ptr %7, align 4, !tbaa !5
  br label %83

83:                                               ; preds = %80, %74, %70, %63
  call void @llvm.lifetime.end.p0(ptr %13) #3
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %84

84:                                               ; preds = %83
  %85 = load i32, ptr %8, align 4, !tbaa !5
  %86 = add i32 %85, 1
  store i32 %86, ptr %8, align 4, !tbaa !5
  br label %33, !llvm.loop !18

87:                                               ; preds = %36
  %88 = load i32, ptr %6, align 4, !tbaa !5
  %89 = load i32, ptr %7, align 4, !tbaa !5
  %90 = load i64, ptr %5, align 8, !tbaa !12
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %88, i32 noundef %89, i64 noundef %90) #4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @exp_search(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  %11 = load i64, ptr %6, align 8, !tbaa !12
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %19, label %13

13:                                               ; preds = %3
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds i32, ptr %14, i64 0
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = icmp uge i32 %16, %17
  br i1 %18, label %19, label %20

19:                                               ; preds = %13, %3
  store i64 0, ptr %4, align 8
  br label %60

20:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i64 1, ptr %8, align 8, !tbaa !12
  br label %21

21:                                               ; preds = %34, %20
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = load i64, ptr %6, align 8, !tbaa !12
  %24 = icmp ult i64 %22, %23
  br i1 %24, label %25, label %32

25:                                               ; preds = %21
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = load i64, ptr %8, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw i32, ptr %26, i64 %27
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = icmp ult i32 %29, %30
  br label %32

32:                                               ; preds = %25, %21
  %33 = phi i1 [ false, %21 ], [ %31, %25 ]
  br i1 %33, label %34, label %37

34:                                               ; preds = %32
  %35 = load i64, ptr %8, align 8, !tbaa !12
  %36 = mul i64 %35, 2
  store i64 %36, ptr %8, align 8, !tbaa !12
  br label %21, !llvm.loop !19

37:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %38 = load i64, ptr %8, align 8, !tbaa !12
  %39 = udiv i64 %38, 2
  store i64 %39, ptr %9, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #3
  %40 = load i64, ptr %8, align 8, !tbaa !12
  %41 = load i64, ptr %6, align 8, !tbaa !12
  %42 = icmp ult i64 %40, %41
  br i1 %42, label %43, label %46

43:                                               ; preds = %37
  %44 = load i64, ptr %8, align 8, !tbaa !12
  %45 = add i64 %44, 1
  br label %48

46:                                               ; preds = %37
  %47 = load i64, ptr %6, align 8, !tbaa !12
  br label %48

48:                                               ; preds = %46, %43
  %49 = phi i64 [ %45, %43 ], [ %47, %46 ]
  store i64 %49, ptr %10, align 8, !tbaa !12
  %50 = load i64, ptr %9, align 8, !tbaa !12
  %51 = load ptr, ptr %5, align 8, !tbaa !9
  %52 = load i64, ptr %9, align 8, !tbaa !12
  %53 = getelementptr inbounds nuw i32, ptr %51, i64 %52
  %54 = load i64, ptr %10, align 8, !tbaa !12
  %55 = load i64, ptr %9, align 8, !tbaa !12
  %56 = sub i64 %54, %55
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = call i64 @lower_bound(ptr noundef %53, i64 noundef %56, i32 noundef %57) #4
  %59 = add i64 %50, %58
  store i64 %59, ptr %4, align 8
  call void @llvm.lifetime.end.p0(ptr %10) #3
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %60

60:                                               ; preds = %48, %19
  %61 = load i64, ptr %4, align 8
  ret i64 %61
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @interp_search(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i64 0, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %13 = load i64, ptr %6, align 8, !tbaa !12
  %14 = sub i64 %13, 1
  store i64 %14, ptr %9, align 8, !tbaa !12
  br label %15

15:                                               ; preds = %111, %3
  %16 = load i64, ptr %8, align 8, !tbaa !12
  %17 = load i64, ptr %9, align 8, !tbaa !12
  %18 = icmp ule i64 %16, %17
  br i1 %18, label %19, label %33

19:                                               ; preds = %15
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = load i64, ptr %8, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i32, ptr %21, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = icmp uge i32 %20, %24
  br i1 %25, label %26, label %33

26:                                               ; preds = %19
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = load i64, ptr %9, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw i32, ptr %28, i64 %29
  %31 = load i32, ptr %30, align 4, !tbaa !5
  %32 = icmp ule i32 %27, %31
  br label %33

33:                                               ; preds = %26, %19, %15
  %34 = phi i1 [ false, %19 ], [ false, %15 ], [ %32, %26 ]
  br i1 %34, label %35, label %112

35:                                               ; preds = %33
  %36 = load ptr, ptr %5, align 8, !tbaa !9
  %37 = load i64, ptr %9, align 8, !tbaa !12
  %38 = getelementptr inbounds nuw i32, ptr %36, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = load ptr, ptr %5, align 8, !tbaa !9
  %41 = load i64, ptr %8, align 8, !tbaa !12
  %42 = getelementptr inbounds nuw i32, ptr %40, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = icmp eq i32 %39, %43
  br i1 %44, label %45, label %57

45:                                               ; preds = %35
  %46 = load ptr, ptr %5, align 8, !tbaa !9
  %47 = load i64, ptr %8, align 8, !tbaa !12
  %48 = getelementptr inbounds nuw i32, ptr %46, i64 %47
  %49 = load i32, ptr %48, align 4, !tbaa !5
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = icmp eq i32 %49, %50
  br i1 %51, label %52, label %54

52:                                               ; preds = %45
  %53 = load i64, ptr %8, align 8, !tbaa !12
  br label %55

54:                                               ; preds = %45
  br label %55

55:                                               ; preds = %54, %52
  %56 = phi i64 [ %53, %52 ], [ -1, %54 ]
  store i64 %56, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %113

57:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %58 = load i32, ptr %7, align 4, !tbaa !5
  %59 = load ptr, ptr %5, align 8, !tbaa !9
  %60 = load i64, ptr %8, align 8, !tbaa !12
  %61 = getelementptr inbounds nuw i32, ptr %59, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = sub i32 %58, %62
  %64 = zext i32 %63 to i64
  %65 = load i64, ptr %9, align 8, !tbaa !12
  %66 = load i64, ptr %8, align 8, !tbaa !12
  %67 = sub i64 %65, %66
  %68 = mul i64 %64, %67
  store i64 %68, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %69 = load i64, ptr %8, align 8, !tbaa !12
  %70 = load i64, ptr %11, align 8, !tbaa !12
  %71 = load ptr, ptr %5, align 8, !tbaa !9
  %72 = load i64, ptr %9, align 8, !tbaa !12
  %73 = getelementptr inbounds nuw i32, ptr %71, i64 %72
  %74 = load i32, ptr %73, align 4, !tbaa !5
  %75 = load ptr, ptr %5, align 8, !tbaa !9
  %76 = load i64, ptr %8, align 8, !tbaa !12
  %77 = getelementptr inbounds nuw i32, ptr %75, i64 %76
  %78 = load i32, ptr %77, align 4, !tbaa !5
  %79 = sub i32 %74, %78
  %80 = zext i32 %79 to i64
  %81 = udiv i64 %70, %80
  %82 = add i64 %69, %81
  store i64 %82, ptr %12, align 8, !tbaa !12
  %83 = load ptr, ptr %5, align 8, !tbaa !9
  %84 = load i64, ptr %12, align 8, !tbaa !12
  %85 = getelementptr inbounds nuw i32, ptr %83, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = load i32, ptr %7, align 4, !tbaa !5
  %88 = icmp eq i32 %86, %87
  br i1 %88, label %89, label %91

89:                                               ; preds = %57
  %90 = load i64, ptr %12, align 8, !tbaa !12
  store i64 %90, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %109

91:                                               ; preds = %57
  %92 = load ptr, ptr %5, align 8, !tbaa !9
  %93 = load i64, ptr %12, align 8, !tbaa !12
  %94 = getelementptr inbounds nuw i32, ptr %92, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !5
  %96 = load i32, ptr %7, align 4, !tbaa !5
  %97 = icmp ult i32 %95, %96
  br i1 %97, label %98, label %101

98:                                               ; preds = %91
  %99 = load i64, ptr %12, align 8, !tbaa !12
  %100 = add i64 %99, 1
  store i64 %100, ptr %8, align 8, !tbaa !12
  br label %108

101:                                              ; preds = %91
  %102 = load i64, ptr %12, align 8, !tbaa !12
  %103 = icmp eq i64 %102, 0
  br i1 %103, label %104, label %105

104:                                              ; preds = %101
  store i32 3, ptr %10, align 4
  br label %109

105:                                              ; preds = %101
  %106 = load i64, ptr %12, align 8, !tbaa !12
  %107 = sub i64 %106, 1
  store i64 %107, ptr %9, align 8, !tbaa !12
  br label %108

108:                                              ; preds = %105, %98
  store i32 0, ptr %10, align 4
  br label %109

109:                                              ; preds = %108, %104, %89
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  %110 = load i32, ptr %10, align 4
  switch i32 %110, label %113 [
    i32 0, label %111
    i32 3, label %112
  ]

111:                                              ; preds = %109
  br label %15, !llvm.loop !20

112:                                              ; preds = %109, %33
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %113

113:                                              ; preds = %112, %109, %55
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  %114 = load i64, ptr %4, align 8
  ret i64 %114
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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
