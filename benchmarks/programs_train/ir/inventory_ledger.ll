; ModuleID = 'inventory_ledger.c'
source_filename = "inventory_ledger.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.item = type { [12 x i8], i32, i32, i32, i32 }
%struct.txn = type { i32, ptr, i32 }

@main.skus = internal global [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str = private unnamed_addr constant [8 x i8] c"BOLT-M4\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"NUT-M4\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"WASHER-8\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"GEAR-12T\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"BELT-300\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"PULLEY-2\00", align 1
@.str.6 = private unnamed_addr constant [9 x i8] c"SPRING-K\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"CLIP-A\00", align 1
@main.prices = internal constant [8 x i32] [i32 12, i32 8, i32 3, i32 450, i32 1299, i32 875, i32 60, i32 25], align 16
@.str.8 = private unnamed_addr constant [24 x i8] c"applied=%d rejected=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [11 x i8] c"hash=%08x\0A\00", align 1
@items = internal global [32 x %struct.item] zeroinitializer, align 16
@item_count = internal global i32 0, align 4
@.str.10 = private unnamed_addr constant [34 x i8] c"%-10s on_hand=%d value=%lu.%02lu\0A\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"total_value=%lu.%02lu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @apply_txn(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.txn, ptr %6, i32 0, i32 1
  %8 = load ptr, ptr %7, align 8, !tbaa !12
  %9 = call ptr @find_item(ptr noundef %8) #7
  store ptr %9, ptr %4, align 8, !tbaa !15
  %10 = load ptr, ptr %4, align 8, !tbaa !15
  %11 = icmp ne ptr %10, null
  br i1 %11, label %13, label %12

12:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %89

13:                                               ; preds = %1
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.txn, ptr %14, i32 0, i32 0
  %16 = load i32, ptr %15, align 8, !tbaa !17
  switch i32 %16, label %87 [
    i32 0, label %17
    i32 1, label %32
    i32 2, label %56
    i32 3, label %72
  ]

17:                                               ; preds = %13
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.txn, ptr %18, i32 0, i32 2
  %20 = load i32, ptr %19, align 8, !tbaa !18
  %21 = load ptr, ptr %4, align 8, !tbaa !15
  %22 = getelementptr inbounds nuw %struct.item, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 4, !tbaa !19
  %24 = add nsw i32 %23, %20
  store i32 %24, ptr %22, align 4, !tbaa !19
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = getelementptr inbounds nuw %struct.txn, ptr %25, i32 0, i32 2
  %27 = load i32, ptr %26, align 8, !tbaa !18
  %28 = load ptr, ptr %4, align 8, !tbaa !15
  %29 = getelementptr inbounds nuw %struct.item, ptr %28, i32 0, i32 3
  %30 = load i32, ptr %29, align 4, !tbaa !21
  %31 = add nsw i32 %30, %27
  store i32 %31, ptr %29, align 4, !tbaa !21
  br label %88

32:                                               ; preds = %13
  %33 = load ptr, ptr %4, align 8, !tbaa !15
  %34 = getelementptr inbounds nuw %struct.item, ptr %33, i32 0, i32 1
  %35 = load i32, ptr %34, align 4, !tbaa !19
  %36 = load ptr, ptr %3, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.txn, ptr %36, i32 0, i32 2
  %38 = load i32, ptr %37, align 8, !tbaa !18
  %39 = icmp slt i32 %35, %38
  br i1 %39, label %40, label %41

40:                                               ; preds = %32
  store i32 -2, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %89

41:                                               ; preds = %32
  %42 = load ptr, ptr %3, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.txn, ptr %42, i32 0, i32 2
  %44 = load i32, ptr %43, align 8, !tbaa !18
  %45 = load ptr, ptr %4, align 8, !tbaa !15
  %46 = getelementptr inbounds nuw %struct.item, ptr %45, i32 0, i32 1
  %47 = load i32, ptr %46, align 4, !tbaa !19
  %48 = sub nsw i32 %47, %44
  store i32 %48, ptr %46, align 4, !tbaa !19
  %49 = load ptr, ptr %3, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw %struct.txn, ptr %49, i32 0, i32 2
  %51 = load i32, ptr %50, align 8, !tbaa !18
  %52 = load ptr, ptr %4, align 8, !tbaa !15
  %53 = getelementptr inbounds nuw %struct.item, ptr %52, i32 0, i32 2
  %54 = load i32, ptr %53, align 4, !tbaa !22
  %55 = add nsw i32 %54, %51
  store i32 %55, ptr %53, align 4, !tbaa !22
  br label %88

56:                                               ; preds = %13
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.txn, ptr %57, i32 0, i32 2
  %59 = load i32, ptr %58, align 8, !tbaa !18
  %60 = load ptr, ptr %4, align 8, !tbaa !15
  %61 = getelementptr inbounds nuw %struct.item, ptr %60, i32 0, i32 1
  %62 = load i32, ptr %61, align 4, !tbaa !19
  %63 = add nsw i32 %62, %59
  store i32 %63, ptr %61, align 4, !tbaa !19
  %64 = load ptr, ptr %4, align 8, !tbaa !15
  %65 = getelementptr inbounds nuw %struct.item, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !19
  %67 = icmp slt i32 %66, 0
  br i1 %67, label %68, label %71

68:                                               ; preds = %56
  %69 = load ptr, ptr %4, align 8, !tbaa !15
  %70 = getelementptr inbounds nuw %struct.item, ptr %69, i32 0, i32 1
  store i32 0, ptr %70, align 4, !tbaa !19
  br label %71

71:                                               ; preds = %68, %56
  br label %88

72:                                               ; preds = %13
  %73 = load ptr, ptr %3, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.txn, ptr %73, i32 0, i32 2
  %75 = load i32, ptr %74, align 8, !tbaa !18
  %76 = load ptr, ptr %4, align 8, !tbaa !15
  %77 = getelementptr inbounds nuw %struct.item, ptr %76, i32 0, i32 1
  %78 = load i32, ptr %77, align 4, !tbaa !19
  %79 = add nsw i32 %78, %75
  store i32 %79, ptr %77, align 4, !tbaa !19
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw %struct.txn, ptr %80, i32 0, i32 2
  %82 = load i32, ptr %81, align 8, !tbaa !18
  %83 = load ptr, ptr %4, align 8, !tbaa !15
  %84 = getelementptr inbounds nuw %struct.item, ptr %83, i32 0, i32 2
  %85 = load i32, ptr %84, align 4, !tbaa !22
  %86 = sub nsw i32 %85, %82
  store i32 %86, ptr %84, align 4, !tbaa !22
  br label %88

87:                                               ; preds = %13
  store i32 -3, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %89

88:                                               ; preds = %72, %71, %41, %17
  store i32 0, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %89

89:                                               ; preds = %88, %87, %40, %12
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %90 = load i32, ptr %2, align 4
  ret i32 %90
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @find_item(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %25, %1
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = load i32, ptr @item_count, align 4, !tbaa !5
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %11, label %10

10:                                               ; preds = %6
  store i32 2, ptr %5, align 4
  br label %28

11:                                               ; preds = %6
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %13
  %15 = getelementptr inbounds nuw %struct.item, ptr %14, i32 0, i32 0
  %16 = getelementptr inbounds [12 x i8], ptr %15, i64 0, i64 0
  %17 = load ptr, ptr %3, align 8, !tbaa !23
  %18 = call i32 @strcmp(ptr noundef %16, ptr noundef %17) #8
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %24

20:                                               ; preds = %11
  %21 = load i32, ptr %4, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %22
  store ptr %23, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %28

24:                                               ; preds = %11
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %4, align 4, !tbaa !5
  br label %6, !llvm.loop !24

28:                                               ; preds = %20, %10
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %29 = load i32, ptr %5, align 4
  switch i32 %29, label %33 [
    i32 2, label %30
    i32 1, label %31
  ]

30:                                               ; preds = %28
  store ptr null, ptr %2, align 8
  br label %31

31:                                               ; preds = %30, %28
  %32 = load ptr, ptr %2, align 8
  ret ptr %32

33:                                               ; preds = %28
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.txn, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 8, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %26, %0
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 8
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  call void @llvm.lifetime.end.p0(ptr %3) #6
  br label %29

16:                                               ; preds = %12
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [8 x ptr], ptr @main.skus, i64 0, i64 %18
  %20 = load ptr, ptr %19, align 8, !tbaa !23
  %21 = load i32, ptr %3, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [8 x i32], ptr @main.prices, i64 0, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = call ptr @add_item(ptr noundef %20, i32 noundef %24) #7
  br label %26

26:                                               ; preds = %16
  %27 = load i32, ptr %3, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %3, align 4, !tbaa !5
  br label %12, !llvm.loop !26

29:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 12345, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %85, %29
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = icmp slt i32 %31, 2000
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %88

34:                                               ; preds = %30
  %35 = load i32, ptr %4, align 4, !tbaa !5
  %36 = mul i32 %35, 1103515245
  %37 = add i32 %36, 12345
  store i32 %37, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = lshr i32 %38, 16
  %40 = urem i32 %39, 8
  %41 = zext i32 %40 to i64
  %42 = getelementptr inbounds nuw [8 x ptr], ptr @main.skus, i64 0, i64 %41
  %43 = load ptr, ptr %42, align 8, !tbaa !23
  %44 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 1
  store ptr %43, ptr %44, align 8, !tbaa !12
  %45 = load i32, ptr %4, align 4, !tbaa !5
  %46 = lshr i32 %45, 8
  %47 = urem i32 %46, 4
  %48 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 0
  store i32 %47, ptr %48, align 8, !tbaa !17
  %49 = load i32, ptr %4, align 4, !tbaa !5
  %50 = lshr i32 %49, 20
  %51 = urem i32 %50, 40
  %52 = add nsw i32 %51, 1
  %53 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 2
  store i32 %52, ptr %53, align 8, !tbaa !18
  %54 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 0
  %55 = load i32, ptr %54, align 8, !tbaa !17
  %56 = icmp eq i32 %55, 2
  br i1 %56, label %57, label %66

57:                                               ; preds = %34
  %58 = load i32, ptr %4, align 4, !tbaa !5
  %59 = and i32 %58, 1
  %60 = icmp ne i32 %59, 0
  br i1 %60, label %61, label %66

61:                                               ; preds = %57
  %62 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 2
  %63 = load i32, ptr %62, align 8, !tbaa !18
  %64 = sub nsw i32 0, %63
  %65 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 2
  store i32 %64, ptr %65, align 8, !tbaa !18
  br label %66

66:                                               ; preds = %61, %57, %34
  %67 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 0
  %68 = load i32, ptr %67, align 8, !tbaa !17
  %69 = icmp eq i32 %68, 3
  br i1 %69, label %70, label %75

70:                                               ; preds = %66
  %71 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 2
  %72 = load i32, ptr %71, align 8, !tbaa !18
  %73 = sdiv i32 %72, 4
  %74 = getelementptr inbounds nuw %struct.txn, ptr %8, i32 0, i32 2
  store i32 %73, ptr %74, align 8, !tbaa !18
  br label %75

75:                                               ; preds = %70, %66
  %76 = call i32 @apply_txn(ptr noundef %8) #7
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %78, label %81

78:                                               ; preds = %75
  %79 = load i32, ptr %5, align 4, !tbaa !5
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %5, align 4, !tbaa !5
  br label %84

81:                                               ; preds = %75
  %82 = load i32, ptr %6, align 4, !tbaa !5
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %6, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %81, %78
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %85

85:                                               ; preds = %84
  %86 = load i32, ptr %7, align 4, !tbaa !5
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %7, align 4, !tbaa !5
  br label %30, !llvm.loop !27

88:                                               ; preds = %33
  %89 = load i32, ptr %6, align 4, !tbaa !5
  %90 = load i32, ptr %5, align 4, !tbaa !5
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %89, i32 noundef %90) #7
  %92 = call i32 @ledger_hash() #7
  %93 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %92) #7
  %94 = load i32, ptr @item_count, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  call void @qsort(ptr noundef @items, i64 noundef %95, i64 noundef 28, ptr noundef @cmp_value_desc) #7
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i64 0, ptr %9, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %137, %88
  %97 = load i32, ptr %10, align 4, !tbaa !5
  %98 = load i32, ptr @item_count, align 4, !tbaa !5
  %99 = icmp slt i32 %97, %98
  br i1 %99, label %101, label %100

100:                                              ; preds = %96
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %140

101:                                              ; preds = %96
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %102 = load i32, ptr %10, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %103
  %105 = getelementptr inbounds nuw %struct.item, ptr %104, i32 0, i32 1
  %106 = load i32, ptr %105, align 4, !tbaa !19
  %107 = sext i32 %106 to i64
  %108 = load i32, ptr %10, align 4, !tbaa !5
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %109
  %111 = getelementptr inbounds nuw %struct.item, ptr %110, i32 0, i32 4
  %112 = load i32, ptr %111, align 4, !tbaa !30
  %113 = zext i32 %112 to i64
  %114 = mul i64 %107, %113
  store i64 %114, ptr %11, align 8, !tbaa !28
  %115 = load i64, ptr %11, align 8, !tbaa !28
  %116 = load i64, ptr %9, align 8, !tbaa !28
  %117 = add i64 %116, %115
  store i64 %117, ptr %9, align 8, !tbaa !28
  %118 = load i32, ptr %10, align 4, !tbaa !5
  %119 = icmp slt i32 %118, 3
  br i1 %119, label %120, label %136

120:                                              ; preds = %101
  %121 = load i32, ptr %10, align 4, !tbaa !5
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %122
  %124 = getelementptr inbounds nuw %struct.item, ptr %123, i32 0, i32 0
  %125 = getelementptr inbounds [12 x i8], ptr %124, i64 0, i64 0
  %126 = load i32, ptr %10, align 4, !tbaa !5
  %127 = sext i32 %126 to i64
  %128 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %127
  %129 = getelementptr inbounds nuw %struct.item, ptr %128, i32 0, i32 1
  %130 = load i32, ptr %129, align 4, !tbaa !19
  %131 = load i64, ptr %11, align 8, !tbaa !28
  %132 = udiv i64 %131, 100
  %133 = load i64, ptr %11, align 8, !tbaa !28
  %134 = urem i64 %133, 100
  %135 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %125, i32 noundef %130, i64 noundef %132, i64 noundef %134) #7
  br label %136

136:                                              ; preds = %120, %101
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %137

137:                                              ; preds = %136
  %138 = load i32, ptr %10, align 4, !tbaa !5
  %139 = add nsw i32 %138, 1
  store i32 %139, ptr %10, align 4, !tbaa !5
  br label %96, !llvm.loop !31

140:                                              ; preds = %100
  %141 = load i64, ptr %9, align 8, !tbaa !28
  %142 = udiv i64 %141, 100
  %143 = load i64, ptr %9, align 8, !tbaa !28
  %144 = urem i64 %143, 100
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %142, i64 noundef %144) #7
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @add_item(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !23
  store i32 %1, ptr %5, align 4, !tbaa !5
  %7 = load i32, ptr @item_count, align 4, !tbaa !5
  %8 = icmp sge i32 %7, 32
  br i1 %8, label %9, label %10

9:                                                ; preds = %2
  store ptr null, ptr %3, align 8
  br label %25

10:                                               ; preds = %2
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %11 = load i32, ptr @item_count, align 4, !tbaa !5
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr @item_count, align 4, !tbaa !5
  %13 = sext i32 %11 to i64
  %14 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %13
  store ptr %14, ptr %6, align 8, !tbaa !15
  %15 = load ptr, ptr %6, align 8, !tbaa !15
  call void @llvm.memset.p0.i64(ptr align 4 %15, i8 0, i64 28, i1 false)
  %16 = load ptr, ptr %6, align 8, !tbaa !15
  %17 = getelementptr inbounds nuw %struct.item, ptr %16, i32 0, i32 0
  %18 = getelementptr inbounds [12 x i8], ptr %17, i64 0, i64 0
  %19 = load ptr, ptr %4, align 8, !tbaa !23
  %20 = call ptr @strncpy(ptr noundef %18, ptr noundef %19, i64 noundef 11) #9
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = load ptr, ptr %6, align 8, !tbaa !15
  %23 = getelementptr inbounds nuw %struct.item, ptr %22, i32 0, i32 4
  store i32 %21, ptr %23, align 4, !tbaa !30
  %24 = load ptr, ptr %6, align 8, !tbaa !15
  store ptr %24, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %6) #6
  br label %25

25:                                               ; preds = %10, %9
  %26 = load ptr, ptr %3, align 8
  ret ptr %26
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ledger_hash() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #6
  store i32 -2128831035, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %48, %0
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = load i32, ptr @item_count, align 4, !tbaa !5
  %8 = icmp slt i32 %6, %7
  br i1 %8, label %10, label %9

9:                                                ; preds = %5
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %2) #6
  br label %51

10:                                               ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %12
  %14 = getelementptr inbounds nuw %struct.item, ptr %13, i32 0, i32 0
  %15 = getelementptr inbounds [12 x i8], ptr %14, i64 0, i64 0
  store ptr %15, ptr %4, align 8, !tbaa !23
  br label %16

16:                                               ; preds = %28, %10
  %17 = load ptr, ptr %4, align 8, !tbaa !23
  %18 = load i8, ptr %17, align 1, !tbaa !32
  %19 = icmp ne i8 %18, 0
  br i1 %19, label %21, label %20

20:                                               ; preds = %16
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #6
  br label %31

21:                                               ; preds = %16
  %22 = load i32, ptr %1, align 4, !tbaa !5
  %23 = load ptr, ptr %4, align 8, !tbaa !23
  %24 = load i8, ptr %23, align 1, !tbaa !32
  %25 = zext i8 %24 to i32
  %26 = xor i32 %22, %25
  %27 = mul i32 %26, 16777619
  store i32 %27, ptr %1, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %21
  %29 = load ptr, ptr %4, align 8, !tbaa !23
  %30 = getelementptr inbounds nuw i8, ptr %29, i32 1
  store ptr %30, ptr %4, align 8, !tbaa !23
  br label %16, !llvm.loop !33

31:                                               ; preds = %20
  %32 = load i32, ptr %1, align 4, !tbaa !5
  %33 = load i32, ptr %2, align 4, !tbaa !5
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %34
  %36 = getelementptr inbounds nuw %struct.item, ptr %35, i32 0, i32 1
  %37 = load i32, ptr %36, align 4, !tbaa !19
  %38 = xor i32 %32, %37
  %39 = mul i32 %38, 16777619
  store i32 %39, ptr %1, align 4, !tbaa !5
  %40 = load i32, ptr %1, align 4, !tbaa !5
  %41 = load i32, ptr %2, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds [32 x %struct.item], ptr @items, i64 0, i64 %42
  %44 = getelementptr inbounds nuw %struct.item, ptr %43, i32 0, i32 2
  %45 = load i32, ptr %44, align 4, !tbaa !22
  %46 = xor i32 %40, %45
  %47 = mul i32 %46, 16777619
  store i32 %47, ptr %1, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %31
  %49 = load i32, ptr %2, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %2, align 4, !tbaa !5
  br label %5, !llvm.loop !34

51:                                               ; preds = %9
  %52 = load i32, ptr %1, align 4, !tbaa !5
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #6
  ret i32 %52
}

; Function Attrs: minsize optsize
declare void @qsort(ptr noundef, i64 noundef, i64 noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @cmp_value_desc(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !35
  store ptr %1, ptr %5, align 8, !tbaa !35
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %11 = load ptr, ptr %4, align 8, !tbaa !35
  store ptr %11, ptr %6, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %12 = load ptr, ptr %5, align 8, !tbaa !35
  store ptr %12, ptr %7, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %13 = load ptr, ptr %6, align 8, !tbaa !15
  %14 = getelementptr inbounds nuw %struct.item, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !19
  %16 = sext i32 %15 to i64
  %17 = load ptr, ptr %6, align 8, !tbaa !15
  %18 = getelementptr inbounds nuw %struct.item, ptr %17, i32 0, i32 4
  %19 = load i32, ptr %18, align 4, !tbaa !30
  %20 = zext i32 %19 to i64
  %21 = mul i64 %16, %20
  store i64 %21, ptr %8, align 8, !tbaa !28
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %22 = load ptr, ptr %7, align 8, !tbaa !15
  %23 = getelementptr inbounds nuw %struct.item, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 4, !tbaa !19
  %25 = sext i32 %24 to i64
  %26 = load ptr, ptr %7, align 8, !tbaa !15
  %27 = getelementptr inbounds nuw %struct.item, ptr %26, i32 0, i32 4
  %28 = load i32, ptr %27, align 4, !tbaa !30
  %29 = zext i32 %28 to i64
  %30 = mul i64 %25, %29
  store i64 %30, ptr %9, align 8, !tbaa !28
  %31 = load i64, ptr %8, align 8, !tbaa !28
  %32 = load i64, ptr %9, align 8, !tbaa !28
  %33 = icmp ne i64 %31, %32
  br i1 %33, label %34, label %40

34:                                               ; preds = %2
  %35 = load i64, ptr %8, align 8, !tbaa !28
  %36 = load i64, ptr %9, align 8, !tbaa !28
  %37 = icmp ult i64 %35, %36
  %38 = zext i1 %37 to i64
  %39 = select i1 %37, i32 1, i32 -1
  store i32 %39, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %48

40:                                               ; preds = %2
  %41 = load ptr, ptr %6, align 8, !tbaa !15
  %42 = getelementptr inbounds nuw %struct.item, ptr %41, i32 0, i32 0
  %43 = getelementptr inbounds [12 x i8], ptr %42, i64 0, i64 0
  %44 = load ptr, ptr %7, align 8, !tbaa !15
  %45 = getelementptr inbounds nuw %struct.item, ptr %44, i32 0, i32 0
  %46 = getelementptr inbounds [12 x i8], ptr %45, i64 0, i64 0
  %47 = call i32 @strcmp(ptr noundef %43, ptr noundef %46) #8
  store i32 %47, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %48

48:                                               ; preds = %40, %34
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %49 = load i32, ptr %3, align 4
  ret i32 %49
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
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
!10 = !{!"p1 _ZTS3txn", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !14, i64 8}
!13 = !{!"txn", !6, i64 0, !14, i64 8, !6, i64 16}
!14 = !{!"p1 omnipotent char", !11, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS4item", !11, i64 0}
!17 = !{!13, !6, i64 0}
!18 = !{!13, !6, i64 16}
!19 = !{!20, !6, i64 12}
!20 = !{!"item", !7, i64 0, !6, i64 12, !6, i64 16, !6, i64 20, !6, i64 24}
!21 = !{!20, !6, i64 20}
!22 = !{!20, !6, i64 16}
!23 = !{!14, !14, i64 0}
!24 = distinct !{!24, !25}
!25 = !{!"llvm.loop.mustprogress"}
!26 = distinct !{!26, !25}
!27 = distinct !{!27, !25}
!28 = !{!29, !29, i64 0}
!29 = !{!"long", !7, i64 0}
!30 = !{!20, !6, i64 24}
!31 = distinct !{!31, !25}
!32 = !{!7, !7, i64 0}
!33 = distinct !{!33, !25}
!34 = distinct !{!34, !25}
!35 = !{!11, !11, i64 0}
