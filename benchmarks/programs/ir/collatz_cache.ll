; ModuleID = 'collatz_cache.c'
source_filename = "collatz_cache.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@memo = internal global [300000 x i16] zeroinitializer, align 16
@.str = private unnamed_addr constant [43 x i8] c"longest n=%u steps=%u total=%llu len27=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @collatz_len(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  %5 = load i64, ptr %2, align 8, !tbaa !9
  store i64 %5, ptr %4, align 8, !tbaa !9
  br label %6

6:                                                ; preds = %36, %1
  %7 = load i64, ptr %4, align 8, !tbaa !9
  %8 = icmp ne i64 %7, 1
  br i1 %8, label %9, label %40

9:                                                ; preds = %6
  %10 = load i64, ptr %4, align 8, !tbaa !9
  %11 = icmp ult i64 %10, 300000
  br i1 %11, label %12, label %25

12:                                               ; preds = %9
  %13 = load i64, ptr %4, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw [300000 x i16], ptr @memo, i64 0, i64 %13
  %15 = load i16, ptr %14, align 2, !tbaa !11
  %16 = zext i16 %15 to i32
  %17 = icmp ne i32 %16, 0
  br i1 %17, label %18, label %25

18:                                               ; preds = %12
  %19 = load i64, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw [300000 x i16], ptr @memo, i64 0, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !11
  %22 = zext i16 %21 to i32
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = add i32 %23, %22
  store i32 %24, ptr %3, align 4, !tbaa !5
  br label %40

25:                                               ; preds = %12, %9
  %26 = load i64, ptr %4, align 8, !tbaa !9
  %27 = and i64 %26, 1
  %28 = icmp ne i64 %27, 0
  br i1 %28, label %29, label %33

29:                                               ; preds = %25
  %30 = load i64, ptr %4, align 8, !tbaa !9
  %31 = mul i64 3, %30
  %32 = add i64 %31, 1
  br label %36

33:                                               ; preds = %25
  %34 = load i64, ptr %4, align 8, !tbaa !9
  %35 = udiv i64 %34, 2
  br label %36

36:                                               ; preds = %33, %29
  %37 = phi i64 [ %32, %29 ], [ %35, %33 ]
  store i64 %37, ptr %4, align 8, !tbaa !9
  %38 = load i32, ptr %3, align 4, !tbaa !5
  %39 = add i32 %38, 1
  store i32 %39, ptr %3, align 4, !tbaa !5
  br label %6, !llvm.loop !13

40:                                               ; preds = %18, %6
  %41 = load i64, ptr %2, align 8, !tbaa !9
  %42 = icmp ult i64 %41, 300000
  br i1 %42, label %43, label %48

43:                                               ; preds = %40
  %44 = load i32, ptr %3, align 4, !tbaa !5
  %45 = trunc i32 %44 to i16
  %46 = load i64, ptr %2, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw [300000 x i16], ptr @memo, i64 0, i64 %46
  store i16 %45, ptr %47, align 2, !tbaa !11
  br label %48

48:                                               ; preds = %43, %40
  %49 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %49
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 1, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i64 0, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 2, ptr %5, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %26, %0
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = icmp ult i32 %8, 300000
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %29

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = zext i32 %12 to i64
  %14 = call i32 @collatz_len(i64 noundef %13) #4
  store i32 %14, ptr %6, align 4, !tbaa !5
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = zext i32 %15 to i64
  %17 = load i64, ptr %4, align 8, !tbaa !9
  %18 = add i64 %17, %16
  store i64 %18, ptr %4, align 8, !tbaa !9
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = icmp ugt i32 %19, %20
  br i1 %21, label %22, label %25

22:                                               ; preds = %11
  %23 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %23, ptr %2, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  store i32 %24, ptr %3, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %22, %11
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %26

26:                                               ; preds = %25
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = add i32 %27, 1
  store i32 %28, ptr %5, align 4, !tbaa !5
  br label %7, !llvm.loop !15

29:                                               ; preds = %10
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = load i64, ptr %4, align 8, !tbaa !9
  %33 = call i32 @collatz_len(i64 noundef 27) #4
  %34 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %30, i32 noundef %31, i64 noundef %32, i32 noundef %33) #4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
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
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"short", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
