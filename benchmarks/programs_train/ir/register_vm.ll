; ModuleID = 'register_vm.c'
source_filename = "register_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.vm = type { [8 x i32], [256 x i32], i32, i64, i32, i32 }

@.str = private unnamed_addr constant [4 x i8] c"fib\00", align 1
@prog_fib = internal constant [11 x i32] [i32 17825792, i32 18874369, i32 19922984, i32 219152384, i32 54591490, i32 34734080, i32 35913728, i32 204734463, i32 170917898, i32 150994947, i32 0], align 16
@.str.1 = private unnamed_addr constant [7 x i8] c"primes\00", align 1
@prog_primes = internal constant [13 x i32] [i32 17825794, i32 22022096, i32 18874370, i32 87162882, i32 185794569, i32 104923138, i32 171966474, i32 203554817, i32 150994947, i32 219152384, i32 202440705, i32 185925634, i32 0], align 16
@.str.2 = private unnamed_addr constant [5 x i8] c"sort\00", align 1
@prog_sort = internal constant [23 x i32] [i32 23068735, i32 24117248, i32 17825792, i32 72744967, i32 185925638, i32 150994958, i32 119603200, i32 120651777, i32 187826186, i32 150994956, i32 137428992, i32 136380417, i32 202440705, i32 150994947, i32 209125377, i32 192282626, i32 17825792, i32 22020160, i32 119603200, i32 220200960, i32 202440705, i32 185925650, i32 0], align 16
@.str.3 = private unnamed_addr constant [49 x i8] c"%-7s rc=%d steps=%lu outputs=%d hash=%08x r1=%u\0A\00", align 1
@.str.4 = private unnamed_addr constant [48 x i8] c"        mem[0]=%u mem[63]=%u unsorted_pairs=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @run_program(ptr noundef @.str, ptr noundef @prog_fib, i32 noundef 11, i32 noundef 0) #4
  call void @run_program(ptr noundef @.str.1, ptr noundef @prog_primes, i32 noundef 13, i32 noundef 0) #4
  call void @run_program(ptr noundef @.str.2, ptr noundef @prog_sort, i32 noundef 23, i32 noundef 1) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @run_program(ptr noundef %0, ptr noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca %struct.vm, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  call void @llvm.memset.p0.i64(ptr align 8 %9, i8 0, i64 1080, i1 false)
  %13 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 4
  store i32 -2128831035, ptr %13, align 8, !tbaa !14
  %14 = load i32, ptr %8, align 4, !tbaa !5
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %36

16:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 7, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %32, %16
  %18 = load i32, ptr %11, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 64
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %35

21:                                               ; preds = %17
  %22 = load i32, ptr %10, align 4, !tbaa !5
  %23 = mul i32 %22, 1103515245
  %24 = add i32 %23, 12345
  store i32 %24, ptr %10, align 4, !tbaa !5
  %25 = load i32, ptr %10, align 4, !tbaa !5
  %26 = lshr i32 %25, 8
  %27 = urem i32 %26, 10000
  %28 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 1
  %29 = load i32, ptr %11, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [256 x i32], ptr %28, i64 0, i64 %30
  store i32 %27, ptr %31, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %21
  %33 = load i32, ptr %11, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %11, align 4, !tbaa !5
  br label %17, !llvm.loop !17

35:                                               ; preds = %20
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %36

36:                                               ; preds = %35, %4
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %37 = load ptr, ptr %6, align 8, !tbaa !12
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = call i32 @vm_run(ptr noundef %9, ptr noundef %37, i32 noundef %38) #4
  store i32 %39, ptr %12, align 4, !tbaa !5
  %40 = load ptr, ptr %5, align 8, !tbaa !9
  %41 = load i32, ptr %12, align 4, !tbaa !5
  %42 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 3
  %43 = load i64, ptr %42, align 8, !tbaa !19
  %44 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 5
  %45 = load i32, ptr %44, align 4, !tbaa !20
  %46 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 4
  %47 = load i32, ptr %46, align 8, !tbaa !14
  %48 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 0
  %49 = getelementptr inbounds [8 x i32], ptr %48, i64 0, i64 1
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, ptr noundef %40, i32 noundef %41, i64 noundef %43, i32 noundef %45, i32 noundef %47, i32 noundef %50) #4
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = icmp ne i32 %52, 0
  br i1 %53, label %54, label %65

54:                                               ; preds = %36
  %55 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 1
  %56 = getelementptr inbounds [256 x i32], ptr %55, i64 0, i64 0
  %57 = load i32, ptr %56, align 8, !tbaa !5
  %58 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 1
  %59 = getelementptr inbounds [256 x i32], ptr %58, i64 0, i64 63
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = getelementptr inbounds nuw %struct.vm, ptr %9, i32 0, i32 1
  %62 = getelementptr inbounds [256 x i32], ptr %61, i64 0, i64 0
  %63 = call i32 @count_inversions(ptr noundef %62, i32 noundef 64) #4
  %64 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %57, i32 noundef %60, i32 noundef %63) #4
  br label %65

65:                                               ; preds = %54, %36
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @vm_run(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !21
  store ptr %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %272, %3
  %16 = load ptr, ptr %5, align 8, !tbaa !21
  %17 = getelementptr inbounds nuw %struct.vm, ptr %16, i32 0, i32 3
  %18 = load i64, ptr %17, align 8, !tbaa !19
  %19 = icmp ult i64 %18, 2000000
  br i1 %19, label %20, label %273

20:                                               ; preds = %15
  %21 = load ptr, ptr %5, align 8, !tbaa !21
  %22 = getelementptr inbounds nuw %struct.vm, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 8, !tbaa !23
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = icmp uge i32 %23, %24
  br i1 %25, label %26, label %27

26:                                               ; preds = %20
  store i32 -1, ptr %4, align 4
  br label %274

27:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %28 = load ptr, ptr %6, align 8, !tbaa !12
  %29 = load ptr, ptr %5, align 8, !tbaa !21
  %30 = getelementptr inbounds nuw %struct.vm, ptr %29, i32 0, i32 2
  %31 = load i32, ptr %30, align 8, !tbaa !23
  %32 = add i32 %31, 1
  store i32 %32, ptr %30, align 8, !tbaa !23
  %33 = zext i32 %31 to i64
  %34 = getelementptr inbounds nuw i32, ptr %28, i64 %33
  %35 = load i32, ptr %34, align 4, !tbaa !5
  store i32 %35, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %36 = load i32, ptr %8, align 4, !tbaa !5
  %37 = lshr i32 %36, 24
  store i32 %37, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %38 = load i32, ptr %8, align 4, !tbaa !5
  %39 = lshr i32 %38, 20
  %40 = and i32 %39, 7
  store i32 %40, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = lshr i32 %41, 16
  %43 = and i32 %42, 7
  store i32 %43, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = and i32 %44, 65535
  store i32 %45, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %46 = load i32, ptr %12, align 4, !tbaa !5
  %47 = and i32 %46, 7
  store i32 %47, ptr %13, align 4, !tbaa !5
  %48 = load ptr, ptr %5, align 8, !tbaa !21
  %49 = getelementptr inbounds nuw %struct.vm, ptr %48, i32 0, i32 3
  %50 = load i64, ptr %49, align 8, !tbaa !19
  %51 = add i64 %50, 1
  store i64 %51, ptr %49, align 8, !tbaa !19
  %52 = load i32, ptr %9, align 4, !tbaa !5
  switch i32 %52, label %268 [
    i32 0, label %53
    i32 1, label %54
    i32 2, label %62
    i32 3, label %74
    i32 4, label %93
    i32 5, label %112
    i32 6, label %131
    i32 7, label %159
    i32 8, label %179
    i32 9, label %199
    i32 10, label %203
    i32 11, label %216
    i32 12, label %235
    i32 13, label %250
  ]

53:                                               ; preds = %27
  store i32 0, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %270

54:                                               ; preds = %27
  %55 = load i32, ptr %12, align 4, !tbaa !5
  %56 = call i32 @sext16(i32 noundef %55) #4
  %57 = load ptr, ptr %5, align 8, !tbaa !21
  %58 = getelementptr inbounds nuw %struct.vm, ptr %57, i32 0, i32 0
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds nuw [8 x i32], ptr %58, i64 0, i64 %60
  store i32 %56, ptr %61, align 4, !tbaa !5
  br label %269

62:                                               ; preds = %27
  %63 = load ptr, ptr %5, align 8, !tbaa !21
  %64 = getelementptr inbounds nuw %struct.vm, ptr %63, i32 0, i32 0
  %65 = load i32, ptr %11, align 4, !tbaa !5
  %66 = zext i32 %65 to i64
  %67 = getelementptr inbounds nuw [8 x i32], ptr %64, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = load ptr, ptr %5, align 8, !tbaa !21
  %70 = getelementptr inbounds nuw %struct.vm, ptr %69, i32 0, i32 0
  %71 = load i32, ptr %10, align 4, !tbaa !5
  %72 = zext i32 %71 to i64
  %73 = getelementptr inbounds nuw [8 x i32], ptr %70, i64 0, i64 %72
  store i32 %68, ptr %73, align 4, !tbaa !5
  br label %269

74:                                               ; preds = %27
  %75 = load ptr, ptr %5, align 8, !tbaa !21
  %76 = getelementptr inbounds nuw %struct.vm, ptr %75, i32 0, i32 0
  %77 = load i32, ptr %11, align 4, !tbaa !5
  %78 = zext i32 %77 to i64
  %79 = getelementptr inbounds nuw [8 x i32], ptr %76, i64 0, i64 %78
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = load ptr, ptr %5, align 8, !tbaa !21
  %82 = getelementptr inbounds nuw %struct.vm, ptr %81, i32 0, i32 0
  %83 = load i32, ptr %13, align 4, !tbaa !5
  %84 = zext i32 %83 to i64
  %85 = getelementptr inbounds nuw [8 x i32], ptr %82, i64 0, i64 %84
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = add i32 %80, %86
  %88 = load ptr, ptr %5, align 8, !tbaa !21
  %89 = getelementptr inbounds nuw %struct.vm, ptr %88, i32 0, i32 0
  %90 = load i32, ptr %10, align 4, !tbaa !5
  %91 = zext i32 %90 to i64
  %92 = getelementptr inbounds nuw [8 x i32], ptr %89, i64 0, i64 %91
  store i32 %87, ptr %92, align 4, !tbaa !5
  br label %269

93:                                               ; preds = %27
  %94 = load ptr, ptr %5, align 8, !tbaa !21
  %95 = getelementptr inbounds nuw %struct.vm, ptr %94, i32 0, i32 0
  %96 = load i32, ptr %11, align 4, !tbaa !5
  %97 = zext i32 %96 to i64
  %98 = getelementptr inbounds nuw [8 x i32], ptr %95, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !5
  %100 = load ptr, ptr %5, align 8, !tbaa !21
  %101 = getelementptr inbounds nuw %struct.vm, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %13, align 4, !tbaa !5
  %103 = zext i32 %102 to i64
  %104 = getelementptr inbounds nuw [8 x i32], ptr %101, i64 0, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = sub i32 %99, %105
  %107 = load ptr, ptr %5, align 8, !tbaa !21
  %108 = getelementptr inbounds nuw %struct.vm, ptr %107, i32 0, i32 0
  %109 = load i32, ptr %10, align 4, !tbaa !5
  %110 = zext i32 %109 to i64
  %111 = getelementptr inbounds nuw [8 x i32], ptr %108, i64 0, i64 %110
  store i32 %106, ptr %111, align 4, !tbaa !5
  br label %269

112:                                              ; preds = %27
  %113 = load ptr, ptr %5, align 8, !tbaa !21
  %114 = getelementptr inbounds nuw %struct.vm, ptr %113, i32 0, i32 0
  %115 = load i32, ptr %11, align 4, !tbaa !5
  %116 = zext i32 %115 to i64
  %117 = getelementptr inbounds nuw [8 x i32], ptr %114, i64 0, i64 %116
  %118 = load i32, ptr %117, align 4, !tbaa !5
  %119 = load ptr, ptr %5, align 8, !tbaa !21
  %120 = getelementptr inbounds nuw %struct.vm, ptr %119, i32 0, i32 0
  %121 = load i32, ptr %13, align 4, !tbaa !5
  %122 = zext i32 %121 to i64
  %123 = getelementptr inbounds nuw [8 x i32], ptr %120, i64 0, i64 %122
  %124 = load i32, ptr %123, align 4, !tbaa !5
  %125 = mul i32 %118, %124
  %126 = load ptr, ptr %5, align 8, !tbaa !21
  %127 = getelementptr inbounds nuw %struct.vm, ptr %126, i32 0, i32 0
  %128 = load i32, ptr %10, align 4, !tbaa !5
  %129 = zext i32 %128 to i64
  %130 = getelementptr inbounds nuw [8 x i32], ptr %127, i64 0, i64 %129
  store i32 %125, ptr %130, align 4, !tbaa !5
  br label %269

131:                                              ; preds = %27
  %132 = load ptr, ptr %5, align 8, !tbaa !21
  %133 = getelementptr inbounds nuw %struct.vm, ptr %132, i32 0, i32 0
  %134 = load i32, ptr %13, align 4, !tbaa !5
  %135 = zext i32 %134 to i64
  %136 = getelementptr inbounds nuw [8 x i32], ptr %133, i64 0, i64 %135
  %137 = load i32, ptr %136, align 4, !tbaa !5
  %138 = icmp eq i32 %137, 0
  br i1 %138, label %139, label %140

139:                                              ; preds = %131
  store i32 -2, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %270

140:                                              ; preds = %131
  %141 = load ptr, ptr %5, align 8, !tbaa !21
  %142 = getelementptr inbounds nuw %struct.vm, ptr %141, i32 0, i32 0
  %143 = load i32, ptr %11, align 4, !tbaa !5
  %144 = zext i32 %143 to i64
  %145 = getelementptr inbounds nuw [8 x i32], ptr %142, i64 0, i64 %144
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = load ptr, ptr %5, align 8, !tbaa !21
  %148 = getelementptr inbounds nuw %struct.vm, ptr %147, i32 0, i32 0
  %149 = load i32, ptr %13, align 4, !tbaa !5
  %150 = zext i32 %149 to i64
  %151 = getelementptr inbounds nuw [8 x i32], ptr %148, i64 0, i64 %150
  %152 = load i32, ptr %151, align 4, !tbaa !5
  %153 = urem i32 %146, %152
  %154 = load ptr, ptr %5, align 8, !tbaa !21
  %155 = getelementptr inbounds nuw %struct.vm, ptr %154, i32 0, i32 0
  %156 = load i32, ptr %10, align 4, !tbaa !5
  %157 = zext i32 %156 to i64
  %158 = getelementptr inbounds nuw [8 x i32], ptr %155, i64 0, i64 %157
  store i32 %153, ptr %158, align 4, !tbaa !5
  br label %269

159:                                              ; preds = %27
  %160 = load ptr, ptr %5, align 8, !tbaa !21
  %161 = getelementptr inbounds nuw %struct.vm, ptr %160, i32 0, i32 1
  %162 = load ptr, ptr %5, align 8, !tbaa !21
  %163 = getelementptr inbounds nuw %struct.vm, ptr %162, i32 0, i32 0
  %164 = load i32, ptr %11, align 4, !tbaa !5
  %165 = zext i32 %164 to i64
  %166 = getelementptr inbounds nuw [8 x i32], ptr %163, i64 0, i64 %165
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = load i32, ptr %12, align 4, !tbaa !5
  %169 = add i32 %167, %168
  %170 = urem i32 %169, 256
  %171 = zext i32 %170 to i64
  %172 = getelementptr inbounds nuw [256 x i32], ptr %161, i64 0, i64 %171
  %173 = load i32, ptr %172, align 4, !tbaa !5
  %174 = load ptr, ptr %5, align 8, !tbaa !21
  %175 = getelementptr inbounds nuw %struct.vm, ptr %174, i32 0, i32 0
  %176 = load i32, ptr %10, align 4, !tbaa !5
  %177 = zext i32 %176 to i64
  %178 = getelementptr inbounds nuw [8 x i32], ptr %175, i64 0, i64 %177
  store i32 %173, ptr %178, align 4, !tbaa !5
  br label %269

179:                                              ; preds = %27
  %180 = load ptr, ptr %5, align 8, !tbaa !21
  %181 = getelementptr inbounds nuw %struct.vm, ptr %180, i32 0, i32 0
  %182 = load i32, ptr %10, align 4, !tbaa !5
  %183 = zext i32 %182 to i64
  %184 = getelementptr inbounds nuw [8 x i32], ptr %181, i64 0, i64 %183
  %185 = load i32, ptr %184, align 4, !tbaa !5
  %186 = load ptr, ptr %5, align 8, !tbaa !21
  %187 = getelementptr inbounds nuw %struct.vm, ptr %186, i32 0, i32 1
  %188 = load ptr, ptr %5, align 8, !tbaa !21
  %189 = getelementptr inbounds nuw %struct.vm, ptr %188, i32 0, i32 0
  %190 = load i32, ptr %11, align 4, !tbaa !5
  %191 = zext i32 %190 to i64
  %192 = getelementptr inbounds nuw [8 x i32], ptr %189, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !5
  %194 = load i32, ptr %12, align 4, !tbaa !5
  %195 = add i32 %193, %194
  %196 = urem i32 %195, 256
  %197 = zext i32 %196 to i64
  %198 = getelementptr inbounds nuw [256 x i32], ptr %187, i64 0, i64 %197
  store i32 %185, ptr %198, align 4, !tbaa !5
  br label %269

199:                                              ; preds = %27
  %200 = load i32, ptr %12, align 4, !tbaa !5
  %201 = load ptr, ptr %5, align 8, !tbaa !21
  %202 = getelementptr inbounds nuw %struct.vm, ptr %201, i32 0, i32 2
  store i32 %200, ptr %202, align 8, !tbaa !23
  br label %269

203:                                              ; preds = %27
  %204 = load ptr, ptr %5, align 8, !tbaa !21
  %205 = getelementptr inbounds nuw %struct.vm, ptr %204, i32 0, i32 0
  %206 = load i32, ptr %10, align 4, !tbaa !5
  %207 = zext i32 %206 to i64
  %208 = getelementptr inbounds nuw [8 x i32], ptr %205, i64 0, i64 %207
  %209 = load i32, ptr %208, align 4, !tbaa !5
  %210 = icmp eq i32 %209, 0
  br i1 %210, label %211, label %215

211:                                              ; preds = %203
  %212 = load i32, ptr %12, align 4, !tbaa !5
  %213 = load ptr, ptr %5, align 8, !tbaa !21
  %214 = getelementptr inbounds nuw %struct.vm, ptr %213, i32 0, i32 2
  store i32 %212, ptr %214, align 8, !tbaa !23
  br label %215

215:                                              ; preds = %211, %203
  br label %269

216:                                              ; preds = %27
  %217 = load ptr, ptr %5, align 8, !tbaa !21
  %218 = getelementptr inbounds nuw %struct.vm, ptr %217, i32 0, i32 0
  %219 = load i32, ptr %10, align 4, !tbaa !5
  %220 = zext i32 %219 to i64
  %221 = getelementptr inbounds nuw [8 x i32], ptr %218, i64 0, i64 %220
  %222 = load i32, ptr %221, align 4, !tbaa !5
  %223 = load ptr, ptr %5, align 8, !tbaa !21
  %224 = getelementptr inbounds nuw %struct.vm, ptr %223, i32 0, i32 0
  %225 = load i32, ptr %11, align 4, !tbaa !5
  %226 = zext i32 %225 to i64
  %227 = getelementptr inbounds nuw [8 x i32], ptr %224, i64 0, i64 %226
  %228 = load i32, ptr %227, align 4, !tbaa !5
  %229 = icmp slt i32 %222, %228
  br i1 %229, label %230, label %234

230:                                              ; preds = %216
  %231 = load i32, ptr %12, align 4, !tbaa !5
  %232 = load ptr, ptr %5, align 8, !tbaa !21
  %233 = getelementptr inbounds nuw %struct.vm, ptr %232, i32 0, i32 2
  store i32 %231, ptr %233, align 8, !tbaa !23
  br label %234

234:                                              ; preds = %230, %216
  br label %269

235:                                              ; preds = %27
  %236 = load ptr, ptr %5, align 8, !tbaa !21
  %237 = getelementptr inbounds nuw %struct.vm, ptr %236, i32 0, i32 0
  %238 = load i32, ptr %11, align 4, !tbaa !5
  %239 = zext i32 %238 to i64
  %240 = getelementptr inbounds nuw [8 x i32], ptr %237, i64 0, i64 %239
  %241 = load i32, ptr %240, align 4, !tbaa !5
  %242 = load i32, ptr %12, align 4, !tbaa !5
  %243 = call i32 @sext16(i32 noundef %242) #4
  %244 = add i32 %241, %243
  %245 = load ptr, ptr %5, align 8, !tbaa !21
  %246 = getelementptr inbounds nuw %struct.vm, ptr %245, i32 0, i32 0
  %247 = load i32, ptr %10, align 4, !tbaa !5
  %248 = zext i32 %247 to i64
  %249 = getelementptr inbounds nuw [8 x i32], ptr %246, i64 0, i64 %248
  store i32 %244, ptr %249, align 4, !tbaa !5
  br label %269

250:                                              ; preds = %27
  %251 = load ptr, ptr %5, align 8, !tbaa !21
  %252 = getelementptr inbounds nuw %struct.vm, ptr %251, i32 0, i32 4
  %253 = load i32, ptr %252, align 8, !tbaa !14
  %254 = load ptr, ptr %5, align 8, !tbaa !21
  %255 = getelementptr inbounds nuw %struct.vm, ptr %254, i32 0, i32 0
  %256 = load i32, ptr %10, align 4, !tbaa !5
  %257 = zext i32 %256 to i64
  %258 = getelementptr inbounds nuw [8 x i32], ptr %255, i64 0, i64 %257
  %259 = load i32, ptr %258, align 4, !tbaa !5
  %260 = xor i32 %253, %259
  %261 = mul i32 %260, 16777619
  %262 = load ptr, ptr %5, align 8, !tbaa !21
  %263 = getelementptr inbounds nuw %struct.vm, ptr %262, i32 0, i32 4
  store i32 %261, ptr %263, align 8, !tbaa !14
  %264 = load ptr, ptr %5, align 8, !tbaa !21
  %265 = getelementptr inbounds nuw %struct.vm, ptr %264, i32 0, i32 5
  %266 = load i32, ptr %265, align 4, !tbaa !20
  %267 = add nsw i32 %266, 1
  store i32 %267, ptr %265, align 4, !tbaa !20
  br label %269

268:                                              ; preds = %27
  store i32 -3, ptr %4, align 4
  store i32 1, ptr %14, align 4
  br label %270

269:                                              ; preds = %250, %235, %234, %215, %199, %179, %159, %140, %112, %93, %74, %62, %54
  store i32 0, ptr %14, align 4
  br label %270

270:                                              ; preds = %269, %268, %139, %53
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %271 = load i32, ptr %14, align 4
  switch i32 %271, label %276 [
    i32 0, label %272
    i32 1, label %274
  ]

272:                                              ; preds = %270
  br label %15, !llvm.loop !24

273:                                              ; preds = %15
  store i32 -4, ptr %4, align 4
  br label %274

274:                                              ; preds = %273, %270, %26
  %275 = load i32, ptr %4, align 4
  ret i32 %275

276:                                              ; preds = %270
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_inversions(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !12
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %30, %2
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = add nsw i32 %8, 1
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %33

13:                                               ; preds = %7
  %14 = load ptr, ptr %3, align 8, !tbaa !12
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i32, ptr %14, i64 %16
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = load ptr, ptr %3, align 8, !tbaa !12
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = add nsw i32 %20, 1
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %19, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = icmp ugt i32 %18, %24
  br i1 %25, label %26, label %29

26:                                               ; preds = %13
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %5, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %26, %13
  br label %30

30:                                               ; preds = %29
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %6, align 4, !tbaa !5
  br label %7, !llvm.loop !25

33:                                               ; preds = %12
  %34 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i32 %34
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @sext16(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = and i32 %3, 65535
  store i32 %4, ptr %2, align 4, !tbaa !5
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = and i32 %5, 32768
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %1
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = sub nsw i32 %9, 65536
  br label %13

11:                                               ; preds = %1
  %12 = load i32, ptr %2, align 4, !tbaa !5
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi i32 [ %10, %8 ], [ %12, %11 ]
  ret i32 %14
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize }
attributes #5 = { nounwind }

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
!13 = !{!"p1 int", !11, i64 0}
!14 = !{!15, !6, i64 1072}
!15 = !{!"vm", !7, i64 0, !7, i64 32, !6, i64 1056, !16, i64 1064, !6, i64 1072, !6, i64 1076}
!16 = !{!"long", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = !{!15, !16, i64 1064}
!20 = !{!15, !6, i64 1076}
!21 = !{!22, !22, i64 0}
!22 = !{!"p1 _ZTS2vm", !11, i64 0}
!23 = !{!15, !6, i64 1056}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
