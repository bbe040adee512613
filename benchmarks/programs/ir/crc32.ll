; ModuleID = 'crc32.c'
source_filename = "crc32.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@crc_table = internal global [256 x i32] zeroinitializer, align 16
@main.data = internal global [65536 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"crc32(\22123456789\22) = %08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [30 x i8] c"whole=%08x acc=%08x match=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @crc32_update(i32 noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  %7 = load i32, ptr %4, align 4, !tbaa !5
  %8 = xor i32 %7, -1
  store i32 %8, ptr %4, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %13, %3
  %10 = load i64, ptr %6, align 8, !tbaa !12
  %11 = add i64 %10, -1
  store i64 %11, ptr %6, align 8, !tbaa !12
  %12 = icmp ne i64 %10, 0
  br i1 %12, label %13, label %27

13:                                               ; preds = %9
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw i8, ptr %15, i32 1
  store ptr %16, ptr %5, align 8, !tbaa !9
  %17 = load i8, ptr %15, align 1, !tbaa !14
  %18 = zext i8 %17 to i32
  %19 = xor i32 %14, %18
  %20 = and i32 %19, 255
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = lshr i32 %24, 8
  %26 = xor i32 %23, %25
  store i32 %26, ptr %4, align 4, !tbaa !5
  br label %9, !llvm.loop !15

27:                                               ; preds = %9
  %28 = load i32, ptr %4, align 4, !tbaa !5
  %29 = xor i32 %28, -1
  ret i32 %29
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @crc32_bitwise(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 -1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %40, %2
  %11 = load i64, ptr %6, align 8, !tbaa !12
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = icmp ult i64 %11, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %10
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %43

15:                                               ; preds = %10
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = load i64, ptr %6, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !14
  %20 = zext i8 %19 to i32
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = xor i32 %21, %20
  store i32 %22, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %36, %15
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = icmp slt i32 %24, 8
  br i1 %25, label %27, label %26

26:                                               ; preds = %23
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %39

27:                                               ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %28 = load i32, ptr %5, align 4, !tbaa !5
  %29 = and i32 %28, 1
  %30 = sub i32 0, %29
  store i32 %30, ptr %9, align 4, !tbaa !5
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = lshr i32 %31, 1
  %33 = load i32, ptr %9, align 4, !tbaa !5
  %34 = and i32 -306674912, %33
  %35 = xor i32 %32, %34
  store i32 %35, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %36

36:                                               ; preds = %27
  %37 = load i32, ptr %8, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %8, align 4, !tbaa !5
  br label %23, !llvm.loop !17

39:                                               ; preds = %26
  br label %40

40:                                               ; preds = %39
  %41 = load i64, ptr %6, align 8, !tbaa !12
  %42 = add i64 %41, 1
  store i64 %42, ptr %6, align 8, !tbaa !12
  br label %10, !llvm.loop !18

43:                                               ; preds = %14
  %44 = load i32, ptr %5, align 4, !tbaa !5
  %45 = xor i32 %44, -1
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %45
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @crc32_init_table() #4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  store i32 305419896, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i64 0, ptr %3, align 8, !tbaa !12
  br label %14

14:                                               ; preds = %23, %0
  %15 = load i64, ptr %3, align 8, !tbaa !12
  %16 = icmp ult i64 %15, 65536
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %26

18:                                               ; preds = %14
  %19 = call i32 @xorshift32(ptr noundef %2) #4
  %20 = trunc i32 %19 to i8
  %21 = load i64, ptr %3, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw [65536 x i8], ptr @main.data, i64 0, i64 %21
  store i8 %20, ptr %22, align 1, !tbaa !14
  br label %23

23:                                               ; preds = %18
  %24 = load i64, ptr %3, align 8, !tbaa !12
  %25 = add i64 %24, 1
  store i64 %25, ptr %3, align 8, !tbaa !12
  br label %14, !llvm.loop !19

26:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store ptr @.str, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = call i32 @crc32_update(i32 noundef 0, ptr noundef %27, i64 noundef 9) #4
  store i32 %28, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i64 1, ptr %7, align 8, !tbaa !12
  br label %29

29:                                               ; preds = %55, %26
  %30 = load i64, ptr %7, align 8, !tbaa !12
  %31 = icmp ule i64 %30, 4096
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %58

33:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %9) #3
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i64 0, ptr %10, align 8, !tbaa !12
  br label %34

34:                                               ; preds = %44, %33
  %35 = load i64, ptr %10, align 8, !tbaa !12
  %36 = icmp ult i64 %35, 65536
  br i1 %36, label %38, label %37

37:                                               ; preds = %34
  store i32 8, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %48

38:                                               ; preds = %34
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = load i64, ptr %10, align 8, !tbaa !12
  %41 = getelementptr inbounds nuw i8, ptr @main.data, i64 %40
  %42 = load i64, ptr %7, align 8, !tbaa !12
  %43 = call i32 @crc32_update(i32 noundef %39, ptr noundef %41, i64 noundef %42) #4
  store i32 %43, ptr %9, align 4, !tbaa !5
  br label %44

44:                                               ; preds = %38
  %45 = load i64, ptr %7, align 8, !tbaa !12
  %46 = load i64, ptr %10, align 8, !tbaa !12
  %47 = add i64 %46, %45
  store i64 %47, ptr %10, align 8, !tbaa !12
  br label %34, !llvm.loop !20

48:                                               ; preds = %37
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = load i64, ptr %7, align 8, !tbaa !12
  %51 = trunc i64 %50 to i32
  %52 = add i32 %49, %51
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = xor i32 %53, %52
  store i32 %54, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #3
  br label %55

55:                                               ; preds = %48
  %56 = load i64, ptr %7, align 8, !tbaa !12
  %57 = mul i64 %56, 2
  store i64 %57, ptr %7, align 8, !tbaa !12
  br label %29, !llvm.loop !21

58:                                               ; preds = %32
  call void @llvm.lifetime.start.p0(ptr %11) #3
  %59 = call i32 @crc32_update(i32 noundef 0, ptr noundef @main.data, i64 noundef 65536) #4
  store i32 %59, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #3
  %60 = call i32 @crc32_bitwise(ptr noundef @main.data, i64 noundef 8192) #4
  store i32 %60, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #3
  %61 = call i32 @crc32_update(i32 noundef 0, ptr noundef @main.data, i64 noundef 8192) #4
  store i32 %61, ptr %13, align 4, !tbaa !5
  %62 = load i32, ptr %5, align 4, !tbaa !5
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %62) #4
  %64 = load i32, ptr %11, align 4, !tbaa !5
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = load i32, ptr %12, align 4, !tbaa !5
  %67 = load i32, ptr %13, align 4, !tbaa !5
  %68 = icmp eq i32 %66, %67
  %69 = zext i1 %68 to i32
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %64, i32 noundef %65, i32 noundef %69) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #3
  call void @llvm.lifetime.end.p0(ptr %12) #3
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  call void @llvm.lifetime.end.p0(ptr %4) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %71 = load i32, ptr %1, align 4
  ret i32 %71
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_init_table() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #3
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %36, %0
  %6 = load i32, ptr %1, align 4, !tbaa !5
  %7 = icmp ult i32 %6, 256
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #3
  br label %39

9:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %3) #3
  %10 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %10, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #3
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %28, %9
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 8
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #3
  br label %31

15:                                               ; preds = %11
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = and i32 %16, 1
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = lshr i32 %20, 1
  %22 = xor i32 -306674912, %21
  br label %26

23:                                               ; preds = %15
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = lshr i32 %24, 1
  br label %26

26:                                               ; preds = %23, %19
  %27 = phi i32 [ %22, %19 ], [ %25, %23 ]
  store i32 %27, ptr %3, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %26
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4, !tbaa !5
  br label %11, !llvm.loop !22

31:                                               ; preds = %14
  %32 = load i32, ptr %3, align 4, !tbaa !5
  %33 = load i32, ptr %1, align 4, !tbaa !5
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds nuw [256 x i32], ptr @crc_table, i64 0, i64 %34
  store i32 %32, ptr %35, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %36

36:                                               ; preds = %31
  %37 = load i32, ptr %1, align 4, !tbaa !5
  %38 = add i32 %37, 1
  store i32 %38, ptr %1, align 4, !tbaa !5
  br label %5, !llvm.loop !23

39:                                               ; preds = %8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @xorshift32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %3) #3
  %4 = load ptr, ptr %2, align 8, !tbaa !24
  %5 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %5, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = shl i32 %6, 13
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = xor i32 %8, %7
  store i32 %9, ptr %3, align 4, !tbaa !5
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = lshr i32 %10, 17
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = xor i32 %12, %11
  store i32 %13, ptr %3, align 4, !tbaa !5
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = shl i32 %14, 5
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = xor i32 %16, %15
  store i32 %17, ptr %3, align 4, !tbaa !5
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = load ptr, ptr %2, align 8, !tbaa !24
  store i32 %18, ptr %19, align 4, !tbaa !5
  %20 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #3
  ret i32 %20
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
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = !{!25, !25, i64 0}
!25 = !{!"p1 int", !11, i64 0}
