; ModuleID = 'pearson_hash.c'
source_filename = "pearson_hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@perm = internal global [256 x i8] zeroinitializer, align 16
@main.seen = internal global [65536 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [4 x i8] c"w%u\00", align 1
@.str.1 = private unnamed_addr constant [33 x i8] c"xor=%08x collisions=%u abc=%08x\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"abc\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @pearson32(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %51, %2
  %11 = load i32, ptr %6, align 4, !tbaa !5
  %12 = icmp slt i32 %11, 4
  br i1 %12, label %14, label %13

13:                                               ; preds = %10
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %54

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i64 0
  %17 = load i8, ptr %16, align 1, !tbaa !14
  %18 = sext i8 %17 to i32
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = add nsw i32 %18, %19
  %21 = and i32 %20, 255
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !14
  store i8 %24, ptr %8, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i64 1, ptr %9, align 8, !tbaa !12
  br label %25

25:                                               ; preds = %42, %14
  %26 = load i64, ptr %9, align 8, !tbaa !12
  %27 = load i64, ptr %4, align 8, !tbaa !12
  %28 = icmp ult i64 %26, %27
  br i1 %28, label %30, label %29

29:                                               ; preds = %25
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %45

30:                                               ; preds = %25
  %31 = load i8, ptr %8, align 1, !tbaa !14
  %32 = zext i8 %31 to i32
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = load i64, ptr %9, align 8, !tbaa !12
  %35 = getelementptr inbounds nuw i8, ptr %33, i64 %34
  %36 = load i8, ptr %35, align 1, !tbaa !14
  %37 = zext i8 %36 to i32
  %38 = xor i32 %32, %37
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !14
  store i8 %41, ptr %8, align 1, !tbaa !14
  br label %42

42:                                               ; preds = %30
  %43 = load i64, ptr %9, align 8, !tbaa !12
  %44 = add i64 %43, 1
  store i64 %44, ptr %9, align 8, !tbaa !12
  br label %25, !llvm.loop !15

45:                                               ; preds = %29
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = shl i32 %46, 8
  %48 = load i8, ptr %8, align 1, !tbaa !14
  %49 = zext i8 %48 to i32
  %50 = or i32 %47, %49
  store i32 %50, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %51

51:                                               ; preds = %45
  %52 = load i32, ptr %6, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %6, align 4, !tbaa !5
  br label %10, !llvm.loop !17

54:                                               ; preds = %13
  %55 = load i32, ptr %5, align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret i32 %55
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [16 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @init_perm(i32 noundef 77) #5
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %41, %0
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp ult i32 %10, 30000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %44

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %14 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %15 = load i32, ptr %5, align 4, !tbaa !5
  %16 = mul i32 %15, -1640531535
  %17 = urem i32 %16, 1000003
  %18 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %14, ptr noundef @.str, i32 noundef %17) #6
  store i32 %18, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %19 = getelementptr inbounds [16 x i8], ptr %2, i64 0, i64 0
  %20 = load i32, ptr %6, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = call i32 @pearson32(ptr noundef %19, i64 noundef %21) #5
  store i32 %22, ptr %7, align 4, !tbaa !5
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = lshr i32 %27, 16
  %29 = xor i32 %26, %28
  %30 = trunc i32 %29 to i16
  store i16 %30, ptr %8, align 2, !tbaa !18
  %31 = load i16, ptr %8, align 2, !tbaa !18
  %32 = zext i16 %31 to i64
  %33 = getelementptr inbounds nuw [65536 x i8], ptr @main.seen, i64 0, i64 %32
  %34 = load i8, ptr %33, align 1, !tbaa !14
  %35 = zext i8 %34 to i32
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = add i32 %36, %35
  store i32 %37, ptr %3, align 4, !tbaa !5
  %38 = load i16, ptr %8, align 2, !tbaa !18
  %39 = zext i16 %38 to i64
  %40 = getelementptr inbounds nuw [65536 x i8], ptr @main.seen, i64 0, i64 %39
  store i8 1, ptr %40, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %41

41:                                               ; preds = %13
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = add i32 %42, 1
  store i32 %43, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !20

44:                                               ; preds = %12
  %45 = load i32, ptr %4, align 4, !tbaa !5
  %46 = load i32, ptr %3, align 4, !tbaa !5
  %47 = call i32 @pearson32(ptr noundef @.str.2, i64 noundef 3) #5
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %45, i32 noundef %46, i32 noundef %47) #5
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @init_perm(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i8, align 1
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %17, %1
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp slt i32 %8, 256
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %20

11:                                               ; preds = %7
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = trunc i32 %12 to i8
  %14 = load i32, ptr %3, align 4, !tbaa !5
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %15
  store i8 %13, ptr %16, align 1, !tbaa !14
  br label %17

17:                                               ; preds = %11
  %18 = load i32, ptr %3, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store i32 %19, ptr %3, align 4, !tbaa !5
  br label %7, !llvm.loop !21

20:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 255, ptr %4, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %49, %20
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %52

25:                                               ; preds = %21
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = mul i32 %26, 1664525
  %28 = add i32 %27, 1013904223
  store i32 %28, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %29 = load i32, ptr %2, align 4, !tbaa !5
  %30 = lshr i32 %29, 8
  %31 = load i32, ptr %4, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  %33 = urem i32 %30, %32
  store i32 %33, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %35
  %37 = load i8, ptr %36, align 1, !tbaa !14
  store i8 %37, ptr %6, align 1, !tbaa !14
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %39
  %41 = load i8, ptr %40, align 1, !tbaa !14
  %42 = load i32, ptr %4, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %43
  store i8 %41, ptr %44, align 1, !tbaa !14
  %45 = load i8, ptr %6, align 1, !tbaa !14
  %46 = load i32, ptr %5, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [256 x i8], ptr @perm, i64 0, i64 %47
  store i8 %45, ptr %48, align 1, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  br label %49

49:                                               ; preds = %25
  %50 = load i32, ptr %4, align 4, !tbaa !5
  %51 = add nsw i32 %50, -1
  store i32 %51, ptr %4, align 4, !tbaa !5
  br label %21, !llvm.loop !22

52:                                               ; preds = %24
  ret void
}

; Function Attrs: minsize nounwind optsize
declare i32 @sprintf(ptr noundef, ptr noundef, ...) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }
attributes #6 = { minsize nounwind optsize }

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
!18 = !{!19, !19, i64 0}
!19 = !{!"short", !7, i64 0}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
