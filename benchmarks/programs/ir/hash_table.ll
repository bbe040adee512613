; ModuleID = 'hash_table.c'
source_filename = "hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.hashtable = type { ptr, i64, i64, i64 }
%struct.ht_entry = type { ptr, i64, i32, ptr }

@.str = private unnamed_addr constant [46 x i8] c"count=%zu buckets=%zu resizes=%zu removed=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"sum=%ld misses=%u longest=%zu\0A\00", align 1
@key_name.alpha = internal constant [37 x i8] c"abcdefghijklmnopqrstuvwxyz0123456789\00", align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @ht_init(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !11
  %5 = load i64, ptr %4, align 8, !tbaa !11
  %6 = call noalias ptr @calloc(i64 noundef %5, i64 noundef 8) #8
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.hashtable, ptr %7, i32 0, i32 0
  store ptr %6, ptr %8, align 8, !tbaa !13
  %9 = load i64, ptr %4, align 8, !tbaa !11
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.hashtable, ptr %10, i32 0, i32 1
  store i64 %9, ptr %11, align 8, !tbaa !17
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.hashtable, ptr %12, i32 0, i32 2
  store i64 0, ptr %13, align 8, !tbaa !18
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.hashtable, ptr %14, i32 0, i32 3
  store i64 0, ptr %15, align 8, !tbaa !19
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.hashtable, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !13
  %19 = icmp ne ptr %18, null
  %20 = zext i1 %19 to i64
  %21 = select i1 %19, i32 0, i32 -1
  ret i32 %21
}

; Function Attrs: minsize nounwind optsize allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @ht_put(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !20
  store i64 %2, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %13 = load ptr, ptr %6, align 8, !tbaa !20
  %14 = call i32 @hash_key(ptr noundef %13) #10
  store i32 %14, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = zext i32 %15 to i64
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.hashtable, ptr %17, i32 0, i32 1
  %19 = load i64, ptr %18, align 8, !tbaa !17
  %20 = sub i64 %19, 1
  %21 = and i64 %16, %20
  store i64 %21, ptr %9, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %10) #9
  %22 = load ptr, ptr %5, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.hashtable, ptr %22, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8, !tbaa !13
  %25 = load i64, ptr %9, align 8, !tbaa !11
  %26 = getelementptr inbounds nuw ptr, ptr %24, i64 %25
  %27 = load ptr, ptr %26, align 8, !tbaa !22
  store ptr %27, ptr %10, align 8, !tbaa !22
  br label %28

28:                                               ; preds = %50, %3
  %29 = load ptr, ptr %10, align 8, !tbaa !22
  %30 = icmp ne ptr %29, null
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  store i32 2, ptr %11, align 4
  br label %54

32:                                               ; preds = %28
  %33 = load ptr, ptr %10, align 8, !tbaa !22
  %34 = getelementptr inbounds nuw %struct.ht_entry, ptr %33, i32 0, i32 2
  %35 = load i32, ptr %34, align 8, !tbaa !24
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = icmp eq i32 %35, %36
  br i1 %37, label %38, label %49

38:                                               ; preds = %32
  %39 = load ptr, ptr %10, align 8, !tbaa !22
  %40 = getelementptr inbounds nuw %struct.ht_entry, ptr %39, i32 0, i32 0
  %41 = load ptr, ptr %40, align 8, !tbaa !26
  %42 = load ptr, ptr %6, align 8, !tbaa !20
  %43 = call i32 @strcmp(ptr noundef %41, ptr noundef %42) #11
  %44 = icmp eq i32 %43, 0
  br i1 %44, label %45, label %49

45:                                               ; preds = %38
  %46 = load i64, ptr %7, align 8, !tbaa !11
  %47 = load ptr, ptr %10, align 8, !tbaa !22
  %48 = getelementptr inbounds nuw %struct.ht_entry, ptr %47, i32 0, i32 1
  store i64 %46, ptr %48, align 8, !tbaa !27
  store i32 0, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %54

49:                                               ; preds = %38, %32
  br label %50

50:                                               ; preds = %49
  %51 = load ptr, ptr %10, align 8, !tbaa !22
  %52 = getelementptr inbounds nuw %struct.ht_entry, ptr %51, i32 0, i32 3
  %53 = load ptr, ptr %52, align 8, !tbaa !28
  store ptr %53, ptr %10, align 8, !tbaa !22
  br label %28, !llvm.loop !29

54:                                               ; preds = %45, %31
  call void @llvm.lifetime.end.p0(ptr %10) #9
  %55 = load i32, ptr %11, align 4
  switch i32 %55, label %115 [
    i32 2, label %56
  ]

56:                                               ; preds = %54
  %57 = load ptr, ptr %5, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw %struct.hashtable, ptr %57, i32 0, i32 2
  %59 = load i64, ptr %58, align 8, !tbaa !18
  %60 = add i64 %59, 1
  %61 = load ptr, ptr %5, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.hashtable, ptr %61, i32 0, i32 1
  %63 = load i64, ptr %62, align 8, !tbaa !17
  %64 = mul i64 %63, 3
  %65 = udiv i64 %64, 4
  %66 = icmp ugt i64 %60, %65
  br i1 %66, label %67, label %80

67:                                               ; preds = %56
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = call i32 @ht_grow(ptr noundef %68) #10
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %71, label %72

71:                                               ; preds = %67
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %115

72:                                               ; preds = %67
  %73 = load i32, ptr %8, align 4, !tbaa !5
  %74 = zext i32 %73 to i64
  %75 = load ptr, ptr %5, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.hashtable, ptr %75, i32 0, i32 1
  %77 = load i64, ptr %76, align 8, !tbaa !17
  %78 = sub i64 %77, 1
  %79 = and i64 %74, %78
  store i64 %79, ptr %9, align 8, !tbaa !11
  br label %80

80:                                               ; preds = %72, %56
  call void @llvm.lifetime.start.p0(ptr %12) #9
  %81 = call noalias ptr @malloc(i64 noundef 32) #12
  store ptr %81, ptr %12, align 8, !tbaa !22
  %82 = load ptr, ptr %12, align 8, !tbaa !22
  %83 = icmp ne ptr %82, null
  br i1 %83, label %85, label %84

84:                                               ; preds = %80
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %114

85:                                               ; preds = %80
  %86 = load ptr, ptr %6, align 8, !tbaa !20
  %87 = call ptr @dup_str(ptr noundef %86) #10
  %88 = load ptr, ptr %12, align 8, !tbaa !22
  %89 = getelementptr inbounds nuw %struct.ht_entry, ptr %88, i32 0, i32 0
  store ptr %87, ptr %89, align 8, !tbaa !26
  %90 = load i64, ptr %7, align 8, !tbaa !11
  %91 = load ptr, ptr %12, align 8, !tbaa !22
  %92 = getelementptr inbounds nuw %struct.ht_entry, ptr %91, i32 0, i32 1
  store i64 %90, ptr %92, align 8, !tbaa !27
  %93 = load i32, ptr %8, align 4, !tbaa !5
  %94 = load ptr, ptr %12, align 8, !tbaa !22
  %95 = getelementptr inbounds nuw %struct.ht_entry, ptr %94, i32 0, i32 2
  store i32 %93, ptr %95, align 8, !tbaa !24
  %96 = load ptr, ptr %5, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw %struct.hashtable, ptr %96, i32 0, i32 0
  %98 = load ptr, ptr %97, align 8, !tbaa !13
  %99 = load i64, ptr %9, align 8, !tbaa !11
  %100 = getelementptr inbounds nuw ptr, ptr %98, i64 %99
  %101 = load ptr, ptr %100, align 8, !tbaa !22
  %102 = load ptr, ptr %12, align 8, !tbaa !22
  %103 = getelementptr inbounds nuw %struct.ht_entry, ptr %102, i32 0, i32 3
  store ptr %101, ptr %103, align 8, !tbaa !28
  %104 = load ptr, ptr %12, align 8, !tbaa !22
  %105 = load ptr, ptr %5, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw %struct.hashtable, ptr %105, i32 0, i32 0
  %107 = load ptr, ptr %106, align 8, !tbaa !13
  %108 = load i64, ptr %9, align 8, !tbaa !11
  %109 = getelementptr inbounds nuw ptr, ptr %107, i64 %108
  store ptr %104, ptr %109, align 8, !tbaa !22
  %110 = load ptr, ptr %5, align 8, !tbaa !9
  %111 = getelementptr inbounds nuw %struct.hashtable, ptr %110, i32 0, i32 2
  %112 = load i64, ptr %111, align 8, !tbaa !18
  %113 = add i64 %112, 1
  store i64 %113, ptr %111, align 8, !tbaa !18
  store i32 1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %114

114:                                              ; preds = %85, %84
  call void @llvm.lifetime.end.p0(ptr %12) #9
  br label %115

115:                                              ; preds = %114, %71, %54
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  %116 = load i32, ptr %4, align 4
  ret i32 %116
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hash_key(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %3) #9
  store i32 -1640531527, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !20
  %6 = load i8, ptr %5, align 1, !tbaa !31
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %21

8:                                                ; preds = %4
  %9 = load ptr, ptr %2, align 8, !tbaa !20
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr %2, align 8, !tbaa !20
  %11 = load i8, ptr %9, align 1, !tbaa !31
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = xor i32 %13, %12
  store i32 %14, ptr %3, align 4, !tbaa !5
  %15 = load i32, ptr %3, align 4, !tbaa !5
  %16 = mul i32 %15, 1540483477
  store i32 %16, ptr %3, align 4, !tbaa !5
  %17 = load i32, ptr %3, align 4, !tbaa !5
  %18 = lshr i32 %17, 15
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = xor i32 %19, %18
  store i32 %20, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !32

21:                                               ; preds = %4
  %22 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ht_grow(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.hashtable, ptr %11, i32 0, i32 1
  %13 = load i64, ptr %12, align 8, !tbaa !17
  %14 = mul i64 %13, 2
  store i64 %14, ptr %4, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %15 = load i64, ptr %4, align 8, !tbaa !11
  %16 = call noalias ptr @calloc(i64 noundef %15, i64 noundef 8) #8
  store ptr %16, ptr %5, align 8, !tbaa !33
  %17 = load ptr, ptr %5, align 8, !tbaa !33
  %18 = icmp ne ptr %17, null
  br i1 %18, label %20, label %19

19:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %78

20:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i64 0, ptr %7, align 8, !tbaa !11
  br label %21

21:                                               ; preds = %61, %20
  %22 = load i64, ptr %7, align 8, !tbaa !11
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.hashtable, ptr %23, i32 0, i32 1
  %25 = load i64, ptr %24, align 8, !tbaa !17
  %26 = icmp ult i64 %22, %25
  br i1 %26, label %28, label %27

27:                                               ; preds = %21
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %64

28:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.hashtable, ptr %29, i32 0, i32 0
  %31 = load ptr, ptr %30, align 8, !tbaa !13
  %32 = load i64, ptr %7, align 8, !tbaa !11
  %33 = getelementptr inbounds nuw ptr, ptr %31, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !22
  store ptr %34, ptr %8, align 8, !tbaa !22
  br label %35

35:                                               ; preds = %38, %28
  %36 = load ptr, ptr %8, align 8, !tbaa !22
  %37 = icmp ne ptr %36, null
  br i1 %37, label %38, label %60

38:                                               ; preds = %35
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %39 = load ptr, ptr %8, align 8, !tbaa !22
  %40 = getelementptr inbounds nuw %struct.ht_entry, ptr %39, i32 0, i32 3
  %41 = load ptr, ptr %40, align 8, !tbaa !28
  store ptr %41, ptr %9, align 8, !tbaa !22
  call void @llvm.lifetime.start.p0(ptr %10) #9
  %42 = load ptr, ptr %8, align 8, !tbaa !22
  %43 = getelementptr inbounds nuw %struct.ht_entry, ptr %42, i32 0, i32 2
  %44 = load i32, ptr %43, align 8, !tbaa !24
  %45 = zext i32 %44 to i64
  %46 = load i64, ptr %4, align 8, !tbaa !11
  %47 = sub i64 %46, 1
  %48 = and i64 %45, %47
  store i64 %48, ptr %10, align 8, !tbaa !11
  %49 = load ptr, ptr %5, align 8, !tbaa !33
  %50 = load i64, ptr %10, align 8, !tbaa !11
  %51 = getelementptr inbounds nuw ptr, ptr %49, i64 %50
  %52 = load ptr, ptr %51, align 8, !tbaa !22
  %53 = load ptr, ptr %8, align 8, !tbaa !22
  %54 = getelementptr inbounds nuw %struct.ht_entry, ptr %53, i32 0, i32 3
  store ptr %52, ptr %54, align 8, !tbaa !28
  %55 = load ptr, ptr %8, align 8, !tbaa !22
  %56 = load ptr, ptr %5, align 8, !tbaa !33
  %57 = load i64, ptr %10, align 8, !tbaa !11
  %58 = getelementptr inbounds nuw ptr, ptr %56, i64 %57
  store ptr %55, ptr %58, align 8, !tbaa !22
  %59 = load ptr, ptr %9, align 8, !tbaa !22
  store ptr %59, ptr %8, align 8, !tbaa !22
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %9) #9
  br label %35, !llvm.loop !34

60:                                               ; preds = %35
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %61

61:                                               ; preds = %60
  %62 = load i64, ptr %7, align 8, !tbaa !11
  %63 = add i64 %62, 1
  store i64 %63, ptr %7, align 8, !tbaa !11
  br label %21, !llvm.loop !35

64:                                               ; preds = %27
  %65 = load ptr, ptr %3, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw %struct.hashtable, ptr %65, i32 0, i32 0
  %67 = load ptr, ptr %66, align 8, !tbaa !13
  call void @free(ptr noundef %67) #13
  %68 = load ptr, ptr %5, align 8, !tbaa !33
  %69 = load ptr, ptr %3, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.hashtable, ptr %69, i32 0, i32 0
  store ptr %68, ptr %70, align 8, !tbaa !13
  %71 = load i64, ptr %4, align 8, !tbaa !11
  %72 = load ptr, ptr %3, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.hashtable, ptr %72, i32 0, i32 1
  store i64 %71, ptr %73, align 8, !tbaa !17
  %74 = load ptr, ptr %3, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.hashtable, ptr %74, i32 0, i32 3
  %76 = load i64, ptr %75, align 8, !tbaa !19
  %77 = add i64 %76, 1
  store i64 %77, ptr %75, align 8, !tbaa !19
  store i32 0, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %78

78:                                               ; preds = %64, %19
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  %79 = load i32, ptr %2, align 4
  ret i32 %79
}

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @dup_str(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %5 = load ptr, ptr %2, align 8, !tbaa !20
  %6 = call i64 @strlen(ptr noundef %5) #11
  %7 = add i64 %6, 1
  store i64 %7, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %8 = load i64, ptr %3, align 8, !tbaa !11
  %9 = call noalias ptr @malloc(i64 noundef %8) #12
  store ptr %9, ptr %4, align 8, !tbaa !20
  %10 = load ptr, ptr %4, align 8, !tbaa !20
  %11 = icmp ne ptr %10, null
  br i1 %11, label %12, label %16

12:                                               ; preds = %1
  %13 = load ptr, ptr %4, align 8, !tbaa !20
  %14 = load ptr, ptr %2, align 8, !tbaa !20
  %15 = load i64, ptr %3, align 8, !tbaa !11
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 %14, i64 %15, i1 false)
  br label %16

16:                                               ; preds = %12, %1
  %17 = load ptr, ptr %4, align 8, !tbaa !20
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret ptr %17
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @ht_get(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %9 = load ptr, ptr %5, align 8, !tbaa !20
  %10 = call i32 @hash_key(ptr noundef %9) #10
  store i32 %10, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.hashtable, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %12, align 8, !tbaa !13
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = zext i32 %14 to i64
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.hashtable, ptr %16, i32 0, i32 1
  %18 = load i64, ptr %17, align 8, !tbaa !17
  %19 = sub i64 %18, 1
  %20 = and i64 %15, %19
  %21 = getelementptr inbounds nuw ptr, ptr %13, i64 %20
  %22 = load ptr, ptr %21, align 8, !tbaa !22
  store ptr %22, ptr %7, align 8, !tbaa !22
  br label %23

23:                                               ; preds = %44, %2
  %24 = load ptr, ptr %7, align 8, !tbaa !22
  %25 = icmp ne ptr %24, null
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  store i32 2, ptr %8, align 4
  br label %48

27:                                               ; preds = %23
  %28 = load ptr, ptr %7, align 8, !tbaa !22
  %29 = getelementptr inbounds nuw %struct.ht_entry, ptr %28, i32 0, i32 2
  %30 = load i32, ptr %29, align 8, !tbaa !24
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = icmp eq i32 %30, %31
  br i1 %32, label %33, label %43

33:                                               ; preds = %27
  %34 = load ptr, ptr %7, align 8, !tbaa !22
  %35 = getelementptr inbounds nuw %struct.ht_entry, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %35, align 8, !tbaa !26
  %37 = load ptr, ptr %5, align 8, !tbaa !20
  %38 = call i32 @strcmp(ptr noundef %36, ptr noundef %37) #11
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %43

40:                                               ; preds = %33
  %41 = load ptr, ptr %7, align 8, !tbaa !22
  %42 = getelementptr inbounds nuw %struct.ht_entry, ptr %41, i32 0, i32 1
  store ptr %42, ptr %3, align 8
  store i32 1, ptr %8, align 4
  br label %48

43:                                               ; preds = %33, %27
  br label %44

44:                                               ; preds = %43
  %45 = load ptr, ptr %7, align 8, !tbaa !22
  %46 = getelementptr inbounds nuw %struct.ht_entry, ptr %45, i32 0, i32 3
  %47 = load ptr, ptr %46, align 8, !tbaa !28
  store ptr %47, ptr %7, align 8, !tbaa !22
  br label %23, !llvm.loop !36

48:                                               ; preds = %40, %26
  call void @llvm.lifetime.end.p0(ptr %7) #9
  %49 = load i32, ptr %8, align 4
  switch i32 %49, label %51 [
    i32 2, label %50
  ]

50:                                               ; preds = %48
  store ptr null, ptr %3, align 8
  store i32 1, ptr %8, align 4
  br label %51

51:                                               ; preds = %50, %48
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %52 = load ptr, ptr %3, align 8
  ret ptr %52
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @ht_remove(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %10 = load ptr, ptr %5, align 8, !tbaa !20
  %11 = call i32 @hash_key(ptr noundef %10) #10
  store i32 %11, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.hashtable, ptr %12, i32 0, i32 0
  %14 = load ptr, ptr %13, align 8, !tbaa !13
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = zext i32 %15 to i64
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.hashtable, ptr %17, i32 0, i32 1
  %19 = load i64, ptr %18, align 8, !tbaa !17
  %20 = sub i64 %19, 1
  %21 = and i64 %16, %20
  %22 = getelementptr inbounds nuw ptr, ptr %14, i64 %21
  store ptr %22, ptr %7, align 8, !tbaa !33
  br label %23

23:                                               ; preds = %60, %2
  %24 = load ptr, ptr %7, align 8, !tbaa !33
  %25 = load ptr, ptr %24, align 8, !tbaa !22
  %26 = icmp ne ptr %25, null
  br i1 %26, label %27, label %61

27:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %28 = load ptr, ptr %7, align 8, !tbaa !33
  %29 = load ptr, ptr %28, align 8, !tbaa !22
  store ptr %29, ptr %8, align 8, !tbaa !22
  %30 = load ptr, ptr %8, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.ht_entry, ptr %30, i32 0, i32 2
  %32 = load i32, ptr %31, align 8, !tbaa !24
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = icmp eq i32 %32, %33
  br i1 %34, label %35, label %55

35:                                               ; preds = %27
  %36 = load ptr, ptr %8, align 8, !tbaa !22
  %37 = getelementptr inbounds nuw %struct.ht_entry, ptr %36, i32 0, i32 0
  %38 = load ptr, ptr %37, align 8, !tbaa !26
  %39 = load ptr, ptr %5, align 8, !tbaa !20
  %40 = call i32 @strcmp(ptr noundef %38, ptr noundef %39) #11
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %55

42:                                               ; preds = %35
  %43 = load ptr, ptr %8, align 8, !tbaa !22
  %44 = getelementptr inbounds nuw %struct.ht_entry, ptr %43, i32 0, i32 3
  %45 = load ptr, ptr %44, align 8, !tbaa !28
  %46 = load ptr, ptr %7, align 8, !tbaa !33
  store ptr %45, ptr %46, align 8, !tbaa !22
  %47 = load ptr, ptr %8, align 8, !tbaa !22
  %48 = getelementptr inbounds nuw %struct.ht_entry, ptr %47, i32 0, i32 0
  %49 = load ptr, ptr %48, align 8, !tbaa !26
  call void @free(ptr noundef %49) #13
  %50 = load ptr, ptr %8, align 8, !tbaa !22
  call void @free(ptr noundef %50) #13
  %51 = load ptr, ptr %4, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.hashtable, ptr %51, i32 0, i32 2
  %53 = load i64, ptr %52, align 8, !tbaa !18
  %54 = add i64 %53, -1
  store i64 %54, ptr %52, align 8, !tbaa !18
  store i32 1, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %58

55:                                               ; preds = %35, %27
  %56 = load ptr, ptr %8, align 8, !tbaa !22
  %57 = getelementptr inbounds nuw %struct.ht_entry, ptr %56, i32 0, i32 3
  store ptr %57, ptr %7, align 8, !tbaa !33
  store i32 0, ptr %9, align 4
  br label %58

58:                                               ; preds = %55, %42
  call void @llvm.lifetime.end.p0(ptr %8) #9
  %59 = load i32, ptr %9, align 4
  switch i32 %59, label %62 [
    i32 0, label %60
  ]

60:                                               ; preds = %58
  br label %23, !llvm.loop !37

61:                                               ; preds = %23
  store i32 0, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %62

62:                                               ; preds = %61, %58
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %63 = load i32, ptr %3, align 4
  ret i32 %63
}

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @ht_destroy(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  store i64 0, ptr %3, align 8, !tbaa !11
  br label %6

6:                                                ; preds = %33, %1
  %7 = load i64, ptr %3, align 8, !tbaa !11
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.hashtable, ptr %8, i32 0, i32 1
  %10 = load i64, ptr %9, align 8, !tbaa !17
  %11 = icmp ult i64 %7, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #9
  br label %36

13:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.hashtable, ptr %14, i32 0, i32 0
  %16 = load ptr, ptr %15, align 8, !tbaa !13
  %17 = load i64, ptr %3, align 8, !tbaa !11
  %18 = getelementptr inbounds nuw ptr, ptr %16, i64 %17
  %19 = load ptr, ptr %18, align 8, !tbaa !22
  store ptr %19, ptr %4, align 8, !tbaa !22
  br label %20

20:                                               ; preds = %23, %13
  %21 = load ptr, ptr %4, align 8, !tbaa !22
  %22 = icmp ne ptr %21, null
  br i1 %22, label %23, label %32

23:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %24 = load ptr, ptr %4, align 8, !tbaa !22
  %25 = getelementptr inbounds nuw %struct.ht_entry, ptr %24, i32 0, i32 3
  %26 = load ptr, ptr %25, align 8, !tbaa !28
  store ptr %26, ptr %5, align 8, !tbaa !22
  %27 = load ptr, ptr %4, align 8, !tbaa !22
  %28 = getelementptr inbounds nuw %struct.ht_entry, ptr %27, i32 0, i32 0
  %29 = load ptr, ptr %28, align 8, !tbaa !26
  call void @free(ptr noundef %29) #13
  %30 = load ptr, ptr %4, align 8, !tbaa !22
  call void @free(ptr noundef %30) #13
  %31 = load ptr, ptr %5, align 8, !tbaa !22
  store ptr %31, ptr %4, align 8, !tbaa !22
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %20, !llvm.loop !38

32:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %4) #9
  br label %33

33:                                               ; preds = %32
  %34 = load i64, ptr %3, align 8, !tbaa !11
  %35 = add i64 %34, 1
  store i64 %35, ptr %3, align 8, !tbaa !11
  br label %6, !llvm.loop !39

36:                                               ; preds = %12
  %37 = load ptr, ptr %2, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.hashtable, ptr %37, i32 0, i32 0
  %39 = load ptr, ptr %38, align 8, !tbaa !13
  call void @free(ptr noundef %39) #13
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.hashtable, align 8
  %3 = alloca i32, align 4
  %4 = alloca [16 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  %14 = call i32 @ht_init(ptr noundef %2, i64 noundef 16) #10
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %17

16:                                               ; preds = %0
  store i32 1, ptr %1, align 4
  store i32 1, ptr %3, align 4
  br label %108

17:                                               ; preds = %0
  call void @llvm.lifetime.start.p0(ptr %4) #9
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %30, %17
  %19 = load i32, ptr %5, align 4, !tbaa !5
  %20 = icmp ult i32 %19, 20000
  br i1 %20, label %22, label %21

21:                                               ; preds = %18
  store i32 2, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %33

22:                                               ; preds = %18
  %23 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = mul i32 %24, 7
  call void @key_name(ptr noundef %23, i32 noundef %25) #10
  %26 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = zext i32 %27 to i64
  %29 = call i32 @ht_put(ptr noundef %2, ptr noundef %26, i64 noundef %28) #10
  br label %30

30:                                               ; preds = %22
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = add i32 %31, 1
  store i32 %32, ptr %5, align 4, !tbaa !5
  br label %18, !llvm.loop !40

33:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %51, %33
  %35 = load i32, ptr %6, align 4, !tbaa !5
  %36 = icmp ult i32 %35, 20000
  br i1 %36, label %38, label %37

37:                                               ; preds = %34
  store i32 5, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #9
  br label %54

38:                                               ; preds = %34
  %39 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = mul i32 %40, 7
  call void @key_name(ptr noundef %39, i32 noundef %41) #10
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %42 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %43 = call ptr @ht_get(ptr noundef %2, ptr noundef %42) #10
  store ptr %43, ptr %7, align 8, !tbaa !41
  %44 = load ptr, ptr %7, align 8, !tbaa !41
  %45 = icmp ne ptr %44, null
  br i1 %45, label %46, label %50

46:                                               ; preds = %38
  %47 = load ptr, ptr %7, align 8, !tbaa !41
  %48 = load i64, ptr %47, align 8, !tbaa !11
  %49 = mul nsw i64 %48, 3
  store i64 %49, ptr %47, align 8, !tbaa !11
  br label %50

50:                                               ; preds = %46, %38
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = add i32 %52, 2
  store i32 %53, ptr %6, align 4, !tbaa !5
  br label %34, !llvm.loop !43

54:                                               ; preds = %37
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #9
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %67, %54
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = icmp ult i32 %56, 20000
  br i1 %57, label %59, label %58

58:                                               ; preds = %55
  store i32 8, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #9
  br label %70

59:                                               ; preds = %55
  %60 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %61 = load i32, ptr %9, align 4, !tbaa !5
  %62 = mul i32 %61, 7
  call void @key_name(ptr noundef %60, i32 noundef %62) #10
  %63 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %64 = call i32 @ht_remove(ptr noundef %2, ptr noundef %63) #10
  %65 = load i32, ptr %8, align 4, !tbaa !5
  %66 = add nsw i32 %65, %64
  store i32 %66, ptr %8, align 4, !tbaa !5
  br label %67

67:                                               ; preds = %59
  %68 = load i32, ptr %9, align 4, !tbaa !5
  %69 = add i32 %68, 5
  store i32 %69, ptr %9, align 4, !tbaa !5
  br label %55, !llvm.loop !44

70:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %10) #9
  store i64 0, ptr %10, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %11) #9
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #9
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %71

71:                                               ; preds = %92, %70
  %72 = load i32, ptr %12, align 4, !tbaa !5
  %73 = icmp ult i32 %72, 40000
  br i1 %73, label %75, label %74

74:                                               ; preds = %71
  store i32 11, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #9
  br label %95

75:                                               ; preds = %71
  %76 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %77 = load i32, ptr %12, align 4, !tbaa !5
  %78 = mul i32 %77, 7
  call void @key_name(ptr noundef %76, i32 noundef %78) #10
  call void @llvm.lifetime.start.p0(ptr %13) #9
  %79 = getelementptr inbounds [16 x i8], ptr %4, i64 0, i64 0
  %80 = call ptr @ht_get(ptr noundef %2, ptr noundef %79) #10
  store ptr %80, ptr %13, align 8, !tbaa !41
  %81 = load ptr, ptr %13, align 8, !tbaa !41
  %82 = icmp ne ptr %81, null
  br i1 %82, label %83, label %88

83:                                               ; preds = %75
  %84 = load ptr, ptr %13, align 8, !tbaa !41
  %85 = load i64, ptr %84, align 8, !tbaa !11
  %86 = load i64, ptr %10, align 8, !tbaa !11
  %87 = add nsw i64 %86, %85
  store i64 %87, ptr %10, align 8, !tbaa !11
  br label %91

88:                                               ; preds = %75
  %89 = load i32, ptr %11, align 4, !tbaa !5
  %90 = add i32 %89, 1
  store i32 %90, ptr %11, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %88, %83
  call void @llvm.lifetime.end.p0(ptr %13) #9
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %12, align 4, !tbaa !5
  %94 = add i32 %93, 1
  store i32 %94, ptr %12, align 4, !tbaa !5
  br label %71, !llvm.loop !45

95:                                               ; preds = %74
  %96 = getelementptr inbounds nuw %struct.hashtable, ptr %2, i32 0, i32 2
  %97 = load i64, ptr %96, align 8, !tbaa !18
  %98 = getelementptr inbounds nuw %struct.hashtable, ptr %2, i32 0, i32 1
  %99 = load i64, ptr %98, align 8, !tbaa !17
  %100 = getelementptr inbounds nuw %struct.hashtable, ptr %2, i32 0, i32 3
  %101 = load i64, ptr %100, align 8, !tbaa !19
  %102 = load i32, ptr %8, align 4, !tbaa !5
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %97, i64 noundef %99, i64 noundef %101, i32 noundef %102) #10
  %104 = load i64, ptr %10, align 8, !tbaa !11
  %105 = load i32, ptr %11, align 4, !tbaa !5
  %106 = call i64 @longest_chain(ptr noundef %2) #10
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %104, i32 noundef %105, i64 noundef %106) #10
  call void @ht_destroy(ptr noundef %2) #10
  store i32 0, ptr %1, align 4
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #9
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  br label %108

108:                                              ; preds = %95, %16
  call void @llvm.lifetime.end.p0(ptr %2) #9
  %109 = load i32, ptr %1, align 4
  ret i32 %109
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @key_name(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !20
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 0, ptr %5, align 4, !tbaa !5
  %6 = load ptr, ptr %3, align 8, !tbaa !20
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = add nsw i32 %7, 1
  store i32 %8, ptr %5, align 4, !tbaa !5
  %9 = sext i32 %7 to i64
  %10 = getelementptr inbounds i8, ptr %6, i64 %9
  store i8 107, ptr %10, align 1, !tbaa !31
  br label %11

11:                                               ; preds = %24, %2
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = urem i32 %12, 36
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds nuw [37 x i8], ptr @key_name.alpha, i64 0, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !31
  %17 = load ptr, ptr %3, align 8, !tbaa !20
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %5, align 4, !tbaa !5
  %20 = sext i32 %18 to i64
  %21 = getelementptr inbounds i8, ptr %17, i64 %20
  store i8 %16, ptr %21, align 1, !tbaa !31
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = udiv i32 %22, 36
  store i32 %23, ptr %4, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %11
  %25 = load i32, ptr %4, align 4, !tbaa !5
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %11, label %27, !llvm.loop !46

27:                                               ; preds = %24
  %28 = load ptr, ptr %3, align 8, !tbaa !20
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i8, ptr %28, i64 %30
  store i8 0, ptr %31, align 1, !tbaa !31
  call void @llvm.lifetime.end.p0(ptr %5) #9
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #6

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @longest_chain(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  store i64 0, ptr %3, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %4) #9
  store i64 0, ptr %4, align 8, !tbaa !11
  br label %8

8:                                                ; preds = %40, %1
  %9 = load i64, ptr %4, align 8, !tbaa !11
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.hashtable, ptr %10, i32 0, i32 1
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = icmp ult i64 %9, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %8
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #9
  br label %43

15:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i64 0, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.hashtable, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8, !tbaa !13
  %19 = load i64, ptr %4, align 8, !tbaa !11
  %20 = getelementptr inbounds nuw ptr, ptr %18, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !22
  store ptr %21, ptr %7, align 8, !tbaa !22
  br label %22

22:                                               ; preds = %29, %15
  %23 = load ptr, ptr %7, align 8, !tbaa !22
  %24 = icmp ne ptr %23, null
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %33

26:                                               ; preds = %22
  %27 = load i64, ptr %6, align 8, !tbaa !11
  %28 = add i64 %27, 1
  store i64 %28, ptr %6, align 8, !tbaa !11
  br label %29

29:                                               ; preds = %26
  %30 = load ptr, ptr %7, align 8, !tbaa !22
  %31 = getelementptr inbounds nuw %struct.ht_entry, ptr %30, i32 0, i32 3
  %32 = load ptr, ptr %31, align 8, !tbaa !28
  store ptr %32, ptr %7, align 8, !tbaa !22
  br label %22, !llvm.loop !47

33:                                               ; preds = %25
  %34 = load i64, ptr %6, align 8, !tbaa !11
  %35 = load i64, ptr %3, align 8, !tbaa !11
  %36 = icmp ugt i64 %34, %35
  br i1 %36, label %37, label %39

37:                                               ; preds = %33
  %38 = load i64, ptr %6, align 8, !tbaa !11
  store i64 %38, ptr %3, align 8, !tbaa !11
  br label %39

39:                                               ; preds = %37, %33
  call void @llvm.lifetime.end.p0(ptr %6) #9
  br label %40

40:                                               ; preds = %39
  %41 = load i64, ptr %4, align 8, !tbaa !11
  %42 = add i64 %41, 1
  store i64 %42, ptr %4, align 8, !tbaa !11
  br label %8, !llvm.loop !48

43:                                               ; preds = %14
  %44 = load i64, ptr %3, align 8, !tbaa !11
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i64 %44
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { minsize nounwind optsize allocsize(0,1) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { minsize nounwind optsize allocsize(0,1) }
attributes #9 = { nounwind }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize willreturn memory(read) }
attributes #12 = { minsize nounwind optsize allocsize(0) }
attributes #13 = { minsize nounwind optsize }

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
!13 = !{!14, !15, i64 0}
!14 = !{!"", !15, i64 0, !12, i64 8, !12, i64 16, !12, i64 24}
!15 = !{!"p2 _ZTS8ht_entry", !16, i64 0}
!16 = !{!"any p2 pointer", !10, i64 0}
!17 = !{!14, !12, i64 8}
!18 = !{!14, !12, i64 16}
!19 = !{!14, !12, i64 24}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 omnipotent char", !10, i64 0}
!22 = !{!23, !23, i64 0}
!23 = !{!"p1 _ZTS8ht_entry", !10, i64 0}
!24 = !{!25, !6, i64 16}
!25 = !{!"ht_entry", !21, i64 0, !12, i64 8, !6, i64 16, !23, i64 24}
!26 = !{!25, !21, i64 0}
!27 = !{!25, !12, i64 8}
!28 = !{!25, !23, i64 24}
!29 = distinct !{!29, !30}
!30 = !{!"llvm.loop.mustprogress"}
!31 = !{!7, !7, i64 0}
!32 = distinct !{!32, !30}
!33 = !{!15, !15, i64 0}
!34 = distinct !{!34, !30}
!35 = distinct !{!35, !30}
!36 = distinct !{!36, !30}
!37 = distinct !{!37, !30}
!38 = distinct !{!38, !30}
!39 = distinct !{!39, !30}
!40 = distinct !{!40, !30}
!41 = !{!42, !42, i64 0}
!42 = !{!"p1 long", !10, i64 0}
!43 = distinct !{!43, !30}
!44 = distinct !{!44, !30}
!45 = distinct !{!45, !30}
!46 = distinct !{!46, !30}
!47 = distinct !{!47, !30}
!48 = distinct !{!48, !30}
