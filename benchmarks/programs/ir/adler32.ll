; ModuleID = 'adler32.c'
source_filename = "adler32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.buf = internal global [100000 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"adler32=%08x naive=%08x pieces=%08x\0A\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"fletcher16=%04x wiki=%08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [10 x i8] c"Wikipedia\00", align 1
@fill_text.words = internal constant [43 x i8] c"the quick brown fox jumps over a lazy dog \00", align 16

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @adler32(i32 noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = and i32 %10, 65535
  store i32 %11, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = lshr i32 %12, 16
  %14 = and i32 %13, 65535
  store i32 %14, ptr %8, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %43, %3
  %16 = load i64, ptr %6, align 8, !tbaa !12
  %17 = icmp ugt i64 %16, 0
  br i1 %17, label %18, label %48

18:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %19 = load i64, ptr %6, align 8, !tbaa !12
  %20 = icmp ult i64 %19, 5552
  br i1 %20, label %21, label %23

21:                                               ; preds = %18
  %22 = load i64, ptr %6, align 8, !tbaa !12
  br label %24

23:                                               ; preds = %18
  br label %24

24:                                               ; preds = %23, %21
  %25 = phi i64 [ %22, %21 ], [ 5552, %23 ]
  store i64 %25, ptr %9, align 8, !tbaa !12
  %26 = load i64, ptr %9, align 8, !tbaa !12
  %27 = load i64, ptr %6, align 8, !tbaa !12
  %28 = sub i64 %27, %26
  store i64 %28, ptr %6, align 8, !tbaa !12
  br label %29

29:                                               ; preds = %33, %24
  %30 = load i64, ptr %9, align 8, !tbaa !12
  %31 = add i64 %30, -1
  store i64 %31, ptr %9, align 8, !tbaa !12
  %32 = icmp ne i64 %30, 0
  br i1 %32, label %33, label %43

33:                                               ; preds = %29
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw i8, ptr %34, i32 1
  store ptr %35, ptr %5, align 8, !tbaa !9
  %36 = load i8, ptr %34, align 1, !tbaa !14
  %37 = zext i8 %36 to i32
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = add i32 %38, %37
  store i32 %39, ptr %7, align 4, !tbaa !5
  %40 = load i32, ptr %7, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  %42 = add i32 %41, %40
  store i32 %42, ptr %8, align 4, !tbaa !5
  br label %29, !llvm.loop !15

43:                                               ; preds = %29
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = urem i32 %44, 65521
  store i32 %45, ptr %7, align 4, !tbaa !5
  %46 = load i32, ptr %8, align 4, !tbaa !5
  %47 = urem i32 %46, 65521
  store i32 %47, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %15, !llvm.loop !17

48:                                               ; preds = %15
  %49 = load i32, ptr %8, align 4, !tbaa !5
  %50 = shl i32 %49, 16
  %51 = load i32, ptr %7, align 4, !tbaa !5
  %52 = or i32 %50, %51
  call void @llvm.lifetime.end.p0(ptr %8) #3
  call void @llvm.lifetime.end.p0(ptr %7) #3
  ret i32 %52
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i16 @fletcher16(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %36, %2
  %9 = load i64, ptr %4, align 8, !tbaa !12
  %10 = icmp ne i64 %9, 0
  br i1 %10, label %11, label %41

11:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = icmp ugt i64 %12, 359
  br i1 %13, label %14, label %15

14:                                               ; preds = %11
  br label %17

15:                                               ; preds = %11
  %16 = load i64, ptr %4, align 8, !tbaa !12
  br label %17

17:                                               ; preds = %15, %14
  %18 = phi i64 [ 359, %14 ], [ %16, %15 ]
  store i64 %18, ptr %7, align 8, !tbaa !12
  %19 = load i64, ptr %7, align 8, !tbaa !12
  %20 = load i64, ptr %4, align 8, !tbaa !12
  %21 = sub i64 %20, %19
  store i64 %21, ptr %4, align 8, !tbaa !12
  br label %22

22:                                               ; preds = %32, %17
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw i8, ptr %23, i32 1
  store ptr %24, ptr %3, align 8, !tbaa !9
  %25 = load i8, ptr %23, align 1, !tbaa !14
  %26 = zext i8 %25 to i32
  %27 = load i32, ptr %5, align 4, !tbaa !5
  %28 = add i32 %27, %26
  store i32 %28, ptr %5, align 4, !tbaa !5
  %29 = load i32, ptr %5, align 4, !tbaa !5
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = add i32 %30, %29
  store i32 %31, ptr %6, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %22
  %33 = load i64, ptr %7, align 8, !tbaa !12
  %34 = add i64 %33, -1
  store i64 %34, ptr %7, align 8, !tbaa !12
  %35 = icmp ne i64 %34, 0
  br i1 %35, label %22, label %36, !llvm.loop !18

36:                                               ; preds = %32
  %37 = load i32, ptr %5, align 4, !tbaa !5
  %38 = urem i32 %37, 255
  store i32 %38, ptr %5, align 4, !tbaa !5
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = urem i32 %39, 255
  store i32 %40, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %8, !llvm.loop !19

41:                                               ; preds = %8
  %42 = load i32, ptr %6, align 4, !tbaa !5
  %43 = shl i32 %42, 8
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = or i32 %43, %44
  %46 = trunc i32 %45 to i16
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i16 %46
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @fill_text(ptr noundef @main.buf, i64 noundef 100000) #4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  %8 = call i32 @adler32(i32 noundef 1, ptr noundef @main.buf, i64 noundef 100000) #4
  store i32 %8, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  %9 = call i32 @adler32_naive(ptr noundef @main.buf, i64 noundef 100000) #4
  store i32 %9, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %29, %0
  %11 = load i64, ptr %5, align 8, !tbaa !12
  %12 = icmp ult i64 %11, 100000
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %32

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %15 = load i64, ptr %5, align 8, !tbaa !12
  %16 = sub i64 100000, %15
  %17 = icmp ult i64 %16, 777
  br i1 %17, label %18, label %21

18:                                               ; preds = %14
  %19 = load i64, ptr %5, align 8, !tbaa !12
  %20 = sub i64 100000, %19
  br label %22

21:                                               ; preds = %14
  br label %22

22:                                               ; preds = %21, %18
  %23 = phi i64 [ %20, %18 ], [ 777, %21 ]
  store i64 %23, ptr %6, align 8, !tbaa !12
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = load i64, ptr %5, align 8, !tbaa !12
  %26 = getelementptr inbounds nuw i8, ptr @main.buf, i64 %25
  %27 = load i64, ptr %6, align 8, !tbaa !12
  %28 = call i32 @adler32(i32 noundef %24, ptr noundef %26, i64 noundef %27) #4
  store i32 %28, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %29

29:                                               ; preds = %22
  %30 = load i64, ptr %5, align 8, !tbaa !12
  %31 = add i64 %30, 777
  store i64 %31, ptr %5, align 8, !tbaa !12
  br label %10, !llvm.loop !20

32:                                               ; preds = %13
  call void @llvm.lifetime.start.p0(ptr %7) #3
  %33 = call zeroext i16 @fletcher16(ptr noundef @main.buf, i64 noundef 100000) #4
  store i16 %33, ptr %7, align 2, !tbaa !21
  %34 = load i32, ptr %2, align 4, !tbaa !5
  %35 = load i32, ptr %3, align 4, !tbaa !5
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %34, i32 noundef %35, i32 noundef %36) #4
  %38 = load i16, ptr %7, align 2, !tbaa !21
  %39 = zext i16 %38 to i32
  %40 = call i32 @adler32(i32 noundef 1, ptr noundef @.str.2, i64 noundef 9) #4
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %39, i32 noundef %40) #4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %3) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @fill_text(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i64 0, ptr %5, align 8, !tbaa !12
  br label %6

6:                                                ; preds = %23, %2
  %7 = load i64, ptr %5, align 8, !tbaa !12
  %8 = load i64, ptr %4, align 8, !tbaa !12
  %9 = icmp ult i64 %7, %8
  br i1 %9, label %11, label %10

10:                                               ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %26

11:                                               ; preds = %6
  %12 = load i64, ptr %5, align 8, !tbaa !12
  %13 = mul i64 %12, 7
  %14 = load i64, ptr %5, align 8, !tbaa !12
  %15 = udiv i64 %14, 43
  %16 = add i64 %13, %15
  %17 = urem i64 %16, 42
  %18 = getelementptr inbounds nuw [43 x i8], ptr @fill_text.words, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !14
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = load i64, ptr %5, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw i8, ptr %20, i64 %21
  store i8 %19, ptr %22, align 1, !tbaa !14
  br label %23

23:                                               ; preds = %11
  %24 = load i64, ptr %5, align 8, !tbaa !12
  %25 = add i64 %24, 1
  store i64 %25, ptr %5, align 8, !tbaa !12
  br label %6, !llvm.loop !23

26:                                               ; preds = %10
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @adler32_naive(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %26, %2
  %9 = load i64, ptr %7, align 8, !tbaa !12
  %10 = load i64, ptr %4, align 8, !tbaa !12
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %29

13:                                               ; preds = %8
  %14 = load i32, ptr %5, align 4, !tbaa !5
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !14
  %19 = zext i8 %18 to i32
  %20 = add i32 %14, %19
  %21 = urem i32 %20, 65521
  store i32 %21, ptr %5, align 4, !tbaa !5
  %22 = load i32, ptr %6, align 4, !tbaa !5
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = add i32 %22, %23
  %25 = urem i32 %24, 65521
  store i32 %25, ptr %6, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %13
  %27 = load i64, ptr %7, align 8, !tbaa !12
  %28 = add i64 %27, 1
  store i64 %28, ptr %7, align 8, !tbaa !12
  br label %8, !llvm.loop !24

29:                                               ; preds = %12
  %30 = load i32, ptr %6, align 4, !tbaa !5
  %31 = shl i32 %30, 16
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = or i32 %31, %32
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %33
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
!21 = !{!22, !22, i64 0}
!22 = !{!"short", !7, i64 0}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
