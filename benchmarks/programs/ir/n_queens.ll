; ModuleID = 'n_queens.c'
source_filename = "n_queens.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [8 x i8] c"queens:\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c" %lu\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c" total=%lu\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @n_queens(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = shl i32 1, %3
  %5 = sub i32 %4, 1
  %6 = call i64 @count_from(i32 noundef %5, i32 noundef 0, i32 noundef 0, i32 noundef 0) #3
  ret i64 %6
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @count_from(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !5
  %13 = load i32, ptr %7, align 4, !tbaa !5
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = icmp eq i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %4
  store i64 1, ptr %5, align 8
  br label %56

17:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i64 0, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = load i32, ptr %8, align 4, !tbaa !5
  %21 = or i32 %19, %20
  %22 = load i32, ptr %9, align 4, !tbaa !5
  %23 = or i32 %21, %22
  %24 = xor i32 %23, -1
  %25 = and i32 %18, %24
  store i32 %25, ptr %11, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %29, %17
  %27 = load i32, ptr %11, align 4, !tbaa !5
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %54

29:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %12) #4
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = load i32, ptr %11, align 4, !tbaa !5
  %32 = sub i32 0, %31
  %33 = and i32 %30, %32
  store i32 %33, ptr %12, align 4, !tbaa !5
  %34 = load i32, ptr %12, align 4, !tbaa !5
  %35 = load i32, ptr %11, align 4, !tbaa !5
  %36 = xor i32 %35, %34
  store i32 %36, ptr %11, align 4, !tbaa !5
  %37 = load i32, ptr %6, align 4, !tbaa !5
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = load i32, ptr %12, align 4, !tbaa !5
  %40 = or i32 %38, %39
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = load i32, ptr %12, align 4, !tbaa !5
  %43 = or i32 %41, %42
  %44 = shl i32 %43, 1
  %45 = load i32, ptr %6, align 4, !tbaa !5
  %46 = and i32 %44, %45
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = load i32, ptr %12, align 4, !tbaa !5
  %49 = or i32 %47, %48
  %50 = lshr i32 %49, 1
  %51 = call i64 @count_from(i32 noundef %37, i32 noundef %40, i32 noundef %46, i32 noundef %50) #3
  %52 = load i64, ptr %10, align 8, !tbaa !9
  %53 = add i64 %52, %51
  store i64 %53, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %26, !llvm.loop !11

54:                                               ; preds = %26
  %55 = load i64, ptr %10, align 8, !tbaa !9
  store i64 %55, ptr %5, align 8
  call void @llvm.lifetime.end.p0(ptr %11) #4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %56

56:                                               ; preds = %54, %16
  %57 = load i64, ptr %5, align 8
  ret i64 %57
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i64 0, ptr %2, align 8, !tbaa !9
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str) #3
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 4, ptr %3, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %18, %0
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp sle i32 %7, 10
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %21

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %11 = load i32, ptr %3, align 4, !tbaa !5
  %12 = call i64 @n_queens(i32 noundef %11) #3
  store i64 %12, ptr %4, align 8, !tbaa !9
  %13 = load i64, ptr %4, align 8, !tbaa !9
  %14 = load i64, ptr %2, align 8, !tbaa !9
  %15 = add i64 %14, %13
  store i64 %15, ptr %2, align 8, !tbaa !9
  %16 = load i64, ptr %4, align 8, !tbaa !9
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %16) #3
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %18

18:                                               ; preds = %10
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %3, align 4, !tbaa !5
  br label %6, !llvm.loop !13

21:                                               ; preds = %9
  %22 = load i64, ptr %2, align 8, !tbaa !9
  %23 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %22) #3
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize }
attributes #4 = { nounwind }

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
!10 = !{!"long", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
