; ModuleID = 'bank_queue.c'
source_filename = "bank_queue.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.ring = type { [256 x %struct.customer], i32, i32, i32 }
%struct.customer = type { i32, i32, i32, i32 }
%struct.teller = type { i8, i32, i32, i64 }
%struct.stats = type { i64, i32, i32, i32, i32 }

@simulate.normal = internal global %struct.ring zeroinitializer, align 4
@simulate.vip = internal global %struct.ring zeroinitializer, align 4
@main.loads = internal constant [5 x i32] [i32 20, i32 40, i32 55, i32 65, i32 80], align 16
@.str = private unnamed_addr constant [72 x i8] c"load=%2u%% served=%5d away=%4d maxq=%3u avg_wait=%ld.%02ld max_wait=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"digest=%lu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @simulate(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca [4 x %struct.teller], align 16
  %10 = alloca %struct.stats, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.customer, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca %struct.customer, align 4
  %19 = alloca i32, align 4
  store i32 %0, ptr %5, align 4, !tbaa !5
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #5
  call void @llvm.memset.p0.i64(ptr align 16 %9, i8 0, i64 96, i1 false)
  store i32 0, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.normal, i32 0, i32 3), align 4, !tbaa !12
  store i32 0, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.normal, i32 0, i32 2), align 4, !tbaa !14
  store i32 0, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.normal, i32 0, i32 1), align 4, !tbaa !15
  store i32 0, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.vip, i32 0, i32 3), align 4, !tbaa !12
  store i32 0, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.vip, i32 0, i32 2), align 4, !tbaa !14
  store i32 0, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.vip, i32 0, i32 1), align 4, !tbaa !15
  %20 = load ptr, ptr %8, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 24, i1 false)
  %21 = getelementptr inbounds nuw %struct.stats, ptr %10, i32 0, i32 0
  %22 = getelementptr inbounds nuw %struct.stats, ptr %10, i32 0, i32 1
  %23 = getelementptr inbounds nuw %struct.stats, ptr %10, i32 0, i32 2
  %24 = getelementptr inbounds nuw %struct.stats, ptr %10, i32 0, i32 3
  %25 = getelementptr inbounds nuw %struct.stats, ptr %10, i32 0, i32 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %20, ptr align 8 %10, i64 24, i1 false), !tbaa.struct !16
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %155, %4
  %27 = load i32, ptr %12, align 4, !tbaa !5
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %31, label %30

30:                                               ; preds = %26
  store i32 2, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %158

31:                                               ; preds = %26
  %32 = call i32 @lcg(ptr noundef %7) #6
  %33 = urem i32 %32, 100
  %34 = load i32, ptr %6, align 4, !tbaa !5
  %35 = icmp ult i32 %33, %34
  br i1 %35, label %36, label %68

36:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %11, align 4, !tbaa !5
  %39 = getelementptr inbounds nuw %struct.customer, ptr %14, i32 0, i32 0
  store i32 %37, ptr %39, align 4, !tbaa !19
  %40 = load i32, ptr %12, align 4, !tbaa !5
  %41 = getelementptr inbounds nuw %struct.customer, ptr %14, i32 0, i32 1
  store i32 %40, ptr %41, align 4, !tbaa !21
  %42 = call i32 @lcg(ptr noundef %7) #6
  %43 = urem i32 %42, 9
  %44 = add nsw i32 2, %43
  %45 = getelementptr inbounds nuw %struct.customer, ptr %14, i32 0, i32 2
  store i32 %44, ptr %45, align 4, !tbaa !22
  %46 = call i32 @lcg(ptr noundef %7) #6
  %47 = urem i32 %46, 10
  %48 = icmp eq i32 %47, 0
  %49 = zext i1 %48 to i64
  %50 = select i1 %48, i32 1, i32 0
  %51 = getelementptr inbounds nuw %struct.customer, ptr %14, i32 0, i32 3
  store i32 %50, ptr %51, align 4, !tbaa !23
  %52 = getelementptr inbounds nuw %struct.customer, ptr %14, i32 0, i32 3
  %53 = load i32, ptr %52, align 4, !tbaa !23
  %54 = icmp ne i32 %53, 0
  %55 = zext i1 %54 to i64
  %56 = select i1 %54, ptr @simulate.vip, ptr @simulate.normal
  %57 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 0
  %58 = load i64, ptr %57, align 4
  %59 = getelementptr inbounds nuw { i64, i64 }, ptr %14, i32 0, i32 1
  %60 = load i64, ptr %59, align 4
  %61 = call zeroext i1 @ring_push(ptr noundef %56, i64 %58, i64 %60) #6
  br i1 %61, label %67, label %62

62:                                               ; preds = %36
  %63 = load ptr, ptr %8, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw %struct.stats, ptr %63, i32 0, i32 3
  %65 = load i32, ptr %64, align 8, !tbaa !24
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %64, align 8, !tbaa !24
  br label %67

67:                                               ; preds = %62, %36
  call void @llvm.lifetime.end.p0(ptr %14) #5
  br label %68

68:                                               ; preds = %67, %31
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %69 = load i32, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.normal, i32 0, i32 3), align 4, !tbaa !12
  %70 = load i32, ptr getelementptr inbounds nuw (%struct.ring, ptr @simulate.vip, i32 0, i32 3), align 4, !tbaa !12
  %71 = add i32 %69, %70
  store i32 %71, ptr %15, align 4, !tbaa !5
  %72 = load i32, ptr %15, align 4, !tbaa !5
  %73 = load ptr, ptr %8, align 8, !tbaa !9
  %74 = getelementptr inbounds nuw %struct.stats, ptr %73, i32 0, i32 4
  %75 = load i32, ptr %74, align 4, !tbaa !26
  %76 = icmp ugt i32 %72, %75
  br i1 %76, label %77, label %81

77:                                               ; preds = %68
  %78 = load i32, ptr %15, align 4, !tbaa !5
  %79 = load ptr, ptr %8, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.stats, ptr %79, i32 0, i32 4
  store i32 %78, ptr %80, align 4, !tbaa !26
  br label %81

81:                                               ; preds = %77, %68
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %151, %81
  %83 = load i32, ptr %16, align 4, !tbaa !5
  %84 = icmp slt i32 %83, 4
  br i1 %84, label %86, label %85

85:                                               ; preds = %82
  store i32 5, ptr %13, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #5
  br label %154

86:                                               ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %87 = load i32, ptr %16, align 4, !tbaa !5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds [4 x %struct.teller], ptr %9, i64 0, i64 %88
  store ptr %89, ptr %17, align 8, !tbaa !27
  %90 = load ptr, ptr %17, align 8, !tbaa !27
  %91 = getelementptr inbounds nuw %struct.teller, ptr %90, i32 0, i32 0
  %92 = load i8, ptr %91, align 8, !tbaa !29, !range !32, !noundef !33
  %93 = trunc i8 %92 to i1
  br i1 %93, label %94, label %112

94:                                               ; preds = %86
  %95 = load ptr, ptr %17, align 8, !tbaa !27
  %96 = getelementptr inbounds nuw %struct.teller, ptr %95, i32 0, i32 3
  %97 = load i64, ptr %96, align 8, !tbaa !34
  %98 = add nsw i64 %97, 1
  store i64 %98, ptr %96, align 8, !tbaa !34
  %99 = load ptr, ptr %17, align 8, !tbaa !27
  %100 = getelementptr inbounds nuw %struct.teller, ptr %99, i32 0, i32 1
  %101 = load i32, ptr %100, align 4, !tbaa !35
  %102 = add nsw i32 %101, -1
  store i32 %102, ptr %100, align 4, !tbaa !35
  %103 = icmp eq i32 %102, 0
  br i1 %103, label %104, label %111

104:                                              ; preds = %94
  %105 = load ptr, ptr %17, align 8, !tbaa !27
  %106 = getelementptr inbounds nuw %struct.teller, ptr %105, i32 0, i32 0
  store i8 0, ptr %106, align 8, !tbaa !29
  %107 = load ptr, ptr %17, align 8, !tbaa !27
  %108 = getelementptr inbounds nuw %struct.teller, ptr %107, i32 0, i32 2
  %109 = load i32, ptr %108, align 8, !tbaa !36
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %108, align 8, !tbaa !36
  br label %111

111:                                              ; preds = %104, %94
  store i32 7, ptr %13, align 4
  br label %148

112:                                              ; preds = %86
  call void @llvm.lifetime.start.p0(ptr %18) #5
  %113 = call zeroext i1 @ring_pop(ptr noundef @simulate.vip, ptr noundef %18) #6
  br i1 %113, label %116, label %114

114:                                              ; preds = %112
  %115 = call zeroext i1 @ring_pop(ptr noundef @simulate.normal, ptr noundef %18) #6
  br i1 %115, label %116, label %147

116:                                              ; preds = %114, %112
  call void @llvm.lifetime.start.p0(ptr %19) #5
  %117 = load i32, ptr %12, align 4, !tbaa !5
  %118 = getelementptr inbounds nuw %struct.customer, ptr %18, i32 0, i32 1
  %119 = load i32, ptr %118, align 4, !tbaa !21
  %120 = sub nsw i32 %117, %119
  store i32 %120, ptr %19, align 4, !tbaa !5
  %121 = load i32, ptr %19, align 4, !tbaa !5
  %122 = sext i32 %121 to i64
  %123 = load ptr, ptr %8, align 8, !tbaa !9
  %124 = getelementptr inbounds nuw %struct.stats, ptr %123, i32 0, i32 0
  %125 = load i64, ptr %124, align 8, !tbaa !37
  %126 = add nsw i64 %125, %122
  store i64 %126, ptr %124, align 8, !tbaa !37
  %127 = load i32, ptr %19, align 4, !tbaa !5
  %128 = load ptr, ptr %8, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw %struct.stats, ptr %128, i32 0, i32 1
  %130 = load i32, ptr %129, align 8, !tbaa !38
  %131 = icmp sgt i32 %127, %130
  br i1 %131, label %132, label %136

132:                                              ; preds = %116
  %133 = load i32, ptr %19, align 4, !tbaa !5
  %134 = load ptr, ptr %8, align 8, !tbaa !9
  %135 = getelementptr inbounds nuw %struct.stats, ptr %134, i32 0, i32 1
  store i32 %133, ptr %135, align 8, !tbaa !38
  br label %136

136:                                              ; preds = %132, %116
  %137 = load ptr, ptr %8, align 8, !tbaa !9
  %138 = getelementptr inbounds nuw %struct.stats, ptr %137, i32 0, i32 2
  %139 = load i32, ptr %138, align 4, !tbaa !39
  %140 = add nsw i32 %139, 1
  store i32 %140, ptr %138, align 4, !tbaa !39
  %141 = load ptr, ptr %17, align 8, !tbaa !27
  %142 = getelementptr inbounds nuw %struct.teller, ptr %141, i32 0, i32 0
  store i8 1, ptr %142, align 8, !tbaa !29
  %143 = getelementptr inbounds nuw %struct.customer, ptr %18, i32 0, i32 2
  %144 = load i32, ptr %143, align 4, !tbaa !22
  %145 = load ptr, ptr %17, align 8, !tbaa !27
  %146 = getelementptr inbounds nuw %struct.teller, ptr %145, i32 0, i32 1
  store i32 %144, ptr %146, align 4, !tbaa !35
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %147

147:                                              ; preds = %136, %114
  call void @llvm.lifetime.end.p0(ptr %18) #5
  store i32 0, ptr %13, align 4
  br label %148

148:                                              ; preds = %147, %111
  call void @llvm.lifetime.end.p0(ptr %17) #5
  %149 = load i32, ptr %13, align 4
  switch i32 %149, label %159 [
    i32 0, label %150
    i32 7, label %151
  ]

150:                                              ; preds = %148
  br label %151

151:                                              ; preds = %150, %148
  %152 = load i32, ptr %16, align 4, !tbaa !5
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %16, align 4, !tbaa !5
  br label %82, !llvm.loop !40

154:                                              ; preds = %85
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %155

155:                                              ; preds = %154
  %156 = load i32, ptr %12, align 4, !tbaa !5
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %12, align 4, !tbaa !5
  br label %26, !llvm.loop !42

158:                                              ; preds = %30
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void

159:                                              ; preds = %148
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lcg(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !43
  %3 = load ptr, ptr %2, align 8, !tbaa !43
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = mul i32 %4, 1664525
  %6 = add i32 %5, 1013904223
  %7 = load ptr, ptr %2, align 8, !tbaa !43
  store i32 %6, ptr %7, align 4, !tbaa !5
  %8 = load ptr, ptr %2, align 8, !tbaa !43
  %9 = load i32, ptr %8, align 4, !tbaa !5
  %10 = lshr i32 %9, 8
  ret i32 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @ring_push(ptr noundef %0, i64 %1, i64 %2) #0 {
  %4 = alloca i1, align 1
  %5 = alloca %struct.customer, align 4
  %6 = alloca ptr, align 8
  %7 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0
  store i64 %1, ptr %7, align 4
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1
  store i64 %2, ptr %8, align 4
  store ptr %0, ptr %6, align 8, !tbaa !45
  %9 = load ptr, ptr %6, align 8, !tbaa !45
  %10 = getelementptr inbounds nuw %struct.ring, ptr %9, i32 0, i32 3
  %11 = load i32, ptr %10, align 4, !tbaa !12
  %12 = icmp eq i32 %11, 256
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  store i1 false, ptr %4, align 1
  br label %33

14:                                               ; preds = %3
  %15 = load ptr, ptr %6, align 8, !tbaa !45
  %16 = getelementptr inbounds nuw %struct.ring, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %6, align 8, !tbaa !45
  %18 = getelementptr inbounds nuw %struct.ring, ptr %17, i32 0, i32 2
  %19 = load i32, ptr %18, align 4, !tbaa !14
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds nuw [256 x %struct.customer], ptr %16, i64 0, i64 %20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %21, ptr align 4 %5, i64 16, i1 false), !tbaa.struct !47
  %22 = load ptr, ptr %6, align 8, !tbaa !45
  %23 = getelementptr inbounds nuw %struct.ring, ptr %22, i32 0, i32 2
  %24 = load i32, ptr %23, align 4, !tbaa !14
  %25 = add i32 %24, 1
  %26 = urem i32 %25, 256
  %27 = load ptr, ptr %6, align 8, !tbaa !45
  %28 = getelementptr inbounds nuw %struct.ring, ptr %27, i32 0, i32 2
  store i32 %26, ptr %28, align 4, !tbaa !14
  %29 = load ptr, ptr %6, align 8, !tbaa !45
  %30 = getelementptr inbounds nuw %struct.ring, ptr %29, i32 0, i32 3
  %31 = load i32, ptr %30, align 4, !tbaa !12
  %32 = add i32 %31, 1
  store i32 %32, ptr %30, align 4, !tbaa !12
  store i1 true, ptr %4, align 1
  br label %33

33:                                               ; preds = %14, %13
  %34 = load i1, ptr %4, align 1
  ret i1 %34
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i1 @ring_pop(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i1, align 1
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !45
  store ptr %1, ptr %5, align 8, !tbaa !48
  %6 = load ptr, ptr %4, align 8, !tbaa !45
  %7 = getelementptr inbounds nuw %struct.ring, ptr %6, i32 0, i32 3
  %8 = load i32, ptr %7, align 4, !tbaa !12
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  store i1 false, ptr %3, align 1
  br label %31

11:                                               ; preds = %2
  %12 = load ptr, ptr %5, align 8, !tbaa !48
  %13 = load ptr, ptr %4, align 8, !tbaa !45
  %14 = getelementptr inbounds nuw %struct.ring, ptr %13, i32 0, i32 0
  %15 = load ptr, ptr %4, align 8, !tbaa !45
  %16 = getelementptr inbounds nuw %struct.ring, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !15
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds nuw [256 x %struct.customer], ptr %14, i64 0, i64 %18
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 4 %19, i64 16, i1 false), !tbaa.struct !47
  %20 = load ptr, ptr %4, align 8, !tbaa !45
  %21 = getelementptr inbounds nuw %struct.ring, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 4, !tbaa !15
  %23 = add i32 %22, 1
  %24 = urem i32 %23, 256
  %25 = load ptr, ptr %4, align 8, !tbaa !45
  %26 = getelementptr inbounds nuw %struct.ring, ptr %25, i32 0, i32 1
  store i32 %24, ptr %26, align 4, !tbaa !15
  %27 = load ptr, ptr %4, align 8, !tbaa !45
  %28 = getelementptr inbounds nuw %struct.ring, ptr %27, i32 0, i32 3
  %29 = load i32, ptr %28, align 4, !tbaa !12
  %30 = add i32 %29, -1
  store i32 %30, ptr %28, align 4, !tbaa !12
  store i1 true, ptr %3, align 1
  br label %31

31:                                               ; preds = %11, %10
  %32 = load i1, ptr %3, align 1
  ret i1 %32
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca %struct.stats, align 8
  %5 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i64 0, ptr %2, align 8, !tbaa !17
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i64 0, ptr %3, align 8, !tbaa !17
  br label %6

6:                                                ; preds = %57, %0
  %7 = load i64, ptr %3, align 8, !tbaa !17
  %8 = icmp ult i64 %7, 5
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %60

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %11 = load i64, ptr %3, align 8, !tbaa !17
  %12 = getelementptr inbounds nuw [5 x i32], ptr @main.loads, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = load i64, ptr %3, align 8, !tbaa !17
  %15 = trunc i64 %14 to i32
  %16 = add i32 12648430, %15
  call void @simulate(i32 noundef 20000, i32 noundef %13, i32 noundef %16, ptr noundef %4) #6
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %17 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 2
  %18 = load i32, ptr %17, align 4, !tbaa !39
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %28

20:                                               ; preds = %10
  %21 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 0
  %22 = load i64, ptr %21, align 8, !tbaa !37
  %23 = mul nsw i64 %22, 100
  %24 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 2
  %25 = load i32, ptr %24, align 4, !tbaa !39
  %26 = sext i32 %25 to i64
  %27 = sdiv i64 %23, %26
  br label %29

28:                                               ; preds = %10
  br label %29

29:                                               ; preds = %28, %20
  %30 = phi i64 [ %27, %20 ], [ 0, %28 ]
  store i64 %30, ptr %5, align 8, !tbaa !17
  %31 = load i64, ptr %3, align 8, !tbaa !17
  %32 = getelementptr inbounds nuw [5 x i32], ptr @main.loads, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 2
  %35 = load i32, ptr %34, align 4, !tbaa !39
  %36 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 3
  %37 = load i32, ptr %36, align 8, !tbaa !24
  %38 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 4
  %39 = load i32, ptr %38, align 4, !tbaa !26
  %40 = load i64, ptr %5, align 8, !tbaa !17
  %41 = sdiv i64 %40, 100
  %42 = load i64, ptr %5, align 8, !tbaa !17
  %43 = srem i64 %42, 100
  %44 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 1
  %45 = load i32, ptr %44, align 8, !tbaa !38
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %33, i32 noundef %35, i32 noundef %37, i32 noundef %39, i64 noundef %41, i64 noundef %43, i32 noundef %45) #6
  %47 = load i64, ptr %2, align 8, !tbaa !17
  %48 = mul i64 %47, 1000003
  %49 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 2
  %50 = load i32, ptr %49, align 4, !tbaa !39
  %51 = sext i32 %50 to i64
  %52 = mul i64 %51, 17
  %53 = add i64 %48, %52
  %54 = getelementptr inbounds nuw %struct.stats, ptr %4, i32 0, i32 0
  %55 = load i64, ptr %54, align 8, !tbaa !37
  %56 = add i64 %53, %55
  store i64 %56, ptr %2, align 8, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  br label %57

57:                                               ; preds = %29
  %58 = load i64, ptr %3, align 8, !tbaa !17
  %59 = add i64 %58, 1
  store i64 %59, ptr %3, align 8, !tbaa !17
  br label %6, !llvm.loop !50

60:                                               ; preds = %9
  %61 = load i64, ptr %2, align 8, !tbaa !17
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %61) #6
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }

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
!10 = !{!"p1 _ZTS5stats", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !6, i64 4104}
!13 = !{!"ring", !7, i64 0, !6, i64 4096, !6, i64 4100, !6, i64 4104}
!14 = !{!13, !6, i64 4100}
!15 = !{!13, !6, i64 4096}
!16 = !{i64 0, i64 8, !17, i64 8, i64 4, !5, i64 12, i64 4, !5, i64 16, i64 4, !5, i64 20, i64 4, !5}
!17 = !{!18, !18, i64 0}
!18 = !{!"long", !7, i64 0}
!19 = !{!20, !6, i64 0}
!20 = !{!"customer", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12}
!21 = !{!20, !6, i64 4}
!22 = !{!20, !6, i64 8}
!23 = !{!20, !6, i64 12}
!24 = !{!25, !6, i64 16}
!25 = !{!"stats", !18, i64 0, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20}
!26 = !{!25, !6, i64 20}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 _ZTS6teller", !11, i64 0}
!29 = !{!30, !31, i64 0}
!30 = !{!"teller", !31, i64 0, !6, i64 4, !6, i64 8, !18, i64 16}
!31 = !{!"_Bool", !7, i64 0}
!32 = !{i8 0, i8 2}
!33 = !{}
!34 = !{!30, !18, i64 16}
!35 = !{!30, !6, i64 4}
!36 = !{!30, !6, i64 8}
!37 = !{!25, !18, i64 0}
!38 = !{!25, !6, i64 8}
!39 = !{!25, !6, i64 12}
!40 = distinct !{!40, !41}
!41 = !{!"llvm.loop.mustprogress"}
!42 = distinct !{!42, !41}
!43 = !{!44, !44, i64 0}
!44 = !{!"p1 int", !11, i64 0}
!45 = !{!46, !46, i64 0}
!46 = !{!"p1 _ZTS4ring", !11, i64 0}
!47 = !{i64 0, i64 4, !5, i64 4, i64 4, !5, i64 8, i64 4, !5, i64 12, i64 4, !5}
!48 = !{!49, !49, i64 0}
!49 = !{!"p1 _ZTS8customer", !11, i64 0}
!50 = distinct !{!50, !41}
