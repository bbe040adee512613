; ModuleID = 'moving_average.c'
source_filename = "moving_average.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.boxcar = type { [16 x i32], i64, i32, i32 }

@.str = private unnamed_addr constant [34 x i8] c"boxcar=%lld ema=%lld median=%lld\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.boxcar, align 8
  %3 = alloca i32, align 4
  %4 = alloca [5 x i32], align 16
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.memset.p0.i64(ptr align 8 %2, i8 0, i64 80, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 99, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i64 0, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i64 0, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %62, %0
  %12 = load i32, ptr %9, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 200000
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %65

15:                                               ; preds = %11
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = mul i32 %16, 1664525
  %18 = add i32 %17, 1013904223
  store i32 %18, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #4
  %19 = load i32, ptr %9, align 4, !tbaa !5
  %20 = srem i32 %19, 500
  %21 = add nsw i32 1000, %20
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = lshr i32 %22, 20
  %24 = urem i32 %23, 200
  %25 = sub nsw i32 %21, %24
  store i32 %25, ptr %10, align 4, !tbaa !5
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = and i32 %26, 255
  %28 = icmp eq i32 %27, 7
  br i1 %28, label %29, label %32

29:                                               ; preds = %15
  %30 = load i32, ptr %10, align 4, !tbaa !5
  %31 = add nsw i32 %30, 20000
  store i32 %31, ptr %10, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %29, %15
  %33 = load i32, ptr %10, align 4, !tbaa !5
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = srem i32 %34, 5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 %36
  store i32 %33, ptr %37, align 4, !tbaa !5
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = call i32 @boxcar_push(ptr noundef %2, i32 noundef %38) #5
  %40 = sext i32 %39 to i64
  %41 = load i64, ptr %6, align 8, !tbaa !9
  %42 = add nsw i64 %41, %40
  store i64 %42, ptr %6, align 8, !tbaa !9
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = call i32 @ema_push(ptr noundef %3, i32 noundef %43, i32 noundef 4) #5
  %45 = sext i32 %44 to i64
  %46 = load i64, ptr %7, align 8, !tbaa !9
  %47 = add nsw i64 %46, %45
  store i64 %47, ptr %7, align 8, !tbaa !9
  %48 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 0
  %49 = load i32, ptr %48, align 16, !tbaa !5
  %50 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 1
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 2
  %53 = load i32, ptr %52, align 8, !tbaa !5
  %54 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 3
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = getelementptr inbounds [5 x i32], ptr %4, i64 0, i64 4
  %57 = load i32, ptr %56, align 16, !tbaa !5
  %58 = call i32 @median5(i32 noundef %49, i32 noundef %51, i32 noundef %53, i32 noundef %55, i32 noundef %57) #5
  %59 = sext i32 %58 to i64
  %60 = load i64, ptr %8, align 8, !tbaa !9
  %61 = add nsw i64 %60, %59
  store i64 %61, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %62

62:                                               ; preds = %32
  %63 = load i32, ptr %9, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %9, align 4, !tbaa !5
  br label %11, !llvm.loop !11

65:                                               ; preds = %14
  %66 = load i64, ptr %6, align 8, !tbaa !9
  %67 = load i64, ptr %7, align 8, !tbaa !9
  %68 = load i64, ptr %8, align 8, !tbaa !9
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %66, i64 noundef %67, i64 noundef %68) #5
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @boxcar_push(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !13
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load ptr, ptr %3, align 8, !tbaa !13
  %6 = getelementptr inbounds nuw %struct.boxcar, ptr %5, i32 0, i32 3
  %7 = load i32, ptr %6, align 4, !tbaa !16
  %8 = icmp eq i32 %7, 16
  br i1 %8, label %9, label %23

9:                                                ; preds = %2
  %10 = load ptr, ptr %3, align 8, !tbaa !13
  %11 = getelementptr inbounds nuw %struct.boxcar, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %3, align 8, !tbaa !13
  %13 = getelementptr inbounds nuw %struct.boxcar, ptr %12, i32 0, i32 2
  %14 = load i32, ptr %13, align 8, !tbaa !18
  %15 = zext i32 %14 to i64
  %16 = getelementptr inbounds nuw [16 x i32], ptr %11, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = load ptr, ptr %3, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw %struct.boxcar, ptr %19, i32 0, i32 1
  %21 = load i64, ptr %20, align 8, !tbaa !19
  %22 = sub nsw i64 %21, %18
  store i64 %22, ptr %20, align 8, !tbaa !19
  br label %28

23:                                               ; preds = %2
  %24 = load ptr, ptr %3, align 8, !tbaa !13
  %25 = getelementptr inbounds nuw %struct.boxcar, ptr %24, i32 0, i32 3
  %26 = load i32, ptr %25, align 4, !tbaa !16
  %27 = add i32 %26, 1
  store i32 %27, ptr %25, align 4, !tbaa !16
  br label %28

28:                                               ; preds = %23, %9
  %29 = load i32, ptr %4, align 4, !tbaa !5
  %30 = load ptr, ptr %3, align 8, !tbaa !13
  %31 = getelementptr inbounds nuw %struct.boxcar, ptr %30, i32 0, i32 0
  %32 = load ptr, ptr %3, align 8, !tbaa !13
  %33 = getelementptr inbounds nuw %struct.boxcar, ptr %32, i32 0, i32 2
  %34 = load i32, ptr %33, align 8, !tbaa !18
  %35 = zext i32 %34 to i64
  %36 = getelementptr inbounds nuw [16 x i32], ptr %31, i64 0, i64 %35
  store i32 %29, ptr %36, align 4, !tbaa !5
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = load ptr, ptr %3, align 8, !tbaa !13
  %40 = getelementptr inbounds nuw %struct.boxcar, ptr %39, i32 0, i32 1
  %41 = load i64, ptr %40, align 8, !tbaa !19
  %42 = add nsw i64 %41, %38
  store i64 %42, ptr %40, align 8, !tbaa !19
  %43 = load ptr, ptr %3, align 8, !tbaa !13
  %44 = getelementptr inbounds nuw %struct.boxcar, ptr %43, i32 0, i32 2
  %45 = load i32, ptr %44, align 8, !tbaa !18
  %46 = add i32 %45, 1
  %47 = urem i32 %46, 16
  %48 = load ptr, ptr %3, align 8, !tbaa !13
  %49 = getelementptr inbounds nuw %struct.boxcar, ptr %48, i32 0, i32 2
  store i32 %47, ptr %49, align 8, !tbaa !18
  %50 = load ptr, ptr %3, align 8, !tbaa !13
  %51 = getelementptr inbounds nuw %struct.boxcar, ptr %50, i32 0, i32 1
  %52 = load i64, ptr %51, align 8, !tbaa !19
  %53 = load ptr, ptr %3, align 8, !tbaa !13
  %54 = getelementptr inbounds nuw %struct.boxcar, ptr %53, i32 0, i32 3
  %55 = load i32, ptr %54, align 4, !tbaa !16
  %56 = zext i32 %55 to i64
  %57 = sdiv i64 %52, %56
  %58 = trunc i64 %57 to i32
  ret i32 %58
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ema_push(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !20
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %8 = load i32, ptr %5, align 4, !tbaa !5
  %9 = mul nsw i32 %8, 256
  store i32 %9, ptr %7, align 4, !tbaa !5
  %10 = load i32, ptr %7, align 4, !tbaa !5
  %11 = load ptr, ptr %4, align 8, !tbaa !20
  %12 = load i32, ptr %11, align 4, !tbaa !5
  %13 = sub nsw i32 %10, %12
  %14 = load i32, ptr %6, align 4, !tbaa !5
  %15 = shl i32 1, %14
  %16 = sdiv i32 %13, %15
  %17 = load ptr, ptr %4, align 8, !tbaa !20
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, %16
  store i32 %19, ptr %17, align 4, !tbaa !5
  %20 = load ptr, ptr %4, align 8, !tbaa !20
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = sdiv i32 %21, 256
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i32 %22
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @median5(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) #0 {
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [5 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i32 %3, ptr %9, align 4, !tbaa !5
  store i32 %4, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %15 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %15, ptr %11, align 4, !tbaa !5
  %16 = getelementptr inbounds i32, ptr %11, i64 1
  %17 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %17, ptr %16, align 4, !tbaa !5
  %18 = getelementptr inbounds i32, ptr %11, i64 2
  %19 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %19, ptr %18, align 4, !tbaa !5
  %20 = getelementptr inbounds i32, ptr %11, i64 3
  %21 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %21, ptr %20, align 4, !tbaa !5
  %22 = getelementptr inbounds i32, ptr %11, i64 4
  %23 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %23, ptr %22, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i32 1, ptr %12, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %63, %5
  %25 = load i32, ptr %12, align 4, !tbaa !5
  %26 = icmp slt i32 %25, 5
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %66

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %13) #4
  %29 = load i32, ptr %12, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  store i32 %32, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %33 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %33, ptr %14, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %47, %28
  %35 = load i32, ptr %14, align 4, !tbaa !5
  %36 = icmp sgt i32 %35, 0
  br i1 %36, label %37, label %45

37:                                               ; preds = %34
  %38 = load i32, ptr %14, align 4, !tbaa !5
  %39 = sub nsw i32 %38, 1
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  %43 = load i32, ptr %13, align 4, !tbaa !5
  %44 = icmp sgt i32 %42, %43
  br label %45

45:                                               ; preds = %37, %34
  %46 = phi i1 [ false, %34 ], [ %44, %37 ]
  br i1 %46, label %47, label %58

47:                                               ; preds = %45
  %48 = load i32, ptr %14, align 4, !tbaa !5
  %49 = sub nsw i32 %48, 1
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 %50
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = load i32, ptr %14, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 %54
  store i32 %52, ptr %55, align 4, !tbaa !5
  %56 = load i32, ptr %14, align 4, !tbaa !5
  %57 = add nsw i32 %56, -1
  store i32 %57, ptr %14, align 4, !tbaa !5
  br label %34, !llvm.loop !22

58:                                               ; preds = %45
  %59 = load i32, ptr %13, align 4, !tbaa !5
  %60 = load i32, ptr %14, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 %61
  store i32 %59, ptr %62, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %14) #4
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %63

63:                                               ; preds = %58
  %64 = load i32, ptr %12, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %12, align 4, !tbaa !5
  br label %24, !llvm.loop !23

66:                                               ; preds = %27
  %67 = getelementptr inbounds [5 x i32], ptr %11, i64 0, i64 2
  %68 = load i32, ptr %67, align 8, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #4
  ret i32 %68
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize optsize }

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
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS6boxcar", !15, i64 0}
!15 = !{!"any pointer", !7, i64 0}
!16 = !{!17, !6, i64 76}
!17 = !{!"boxcar", !7, i64 0, !10, i64 64, !6, i64 72, !6, i64 76}
!18 = !{!17, !6, i64 72}
!19 = !{!17, !10, i64 64}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 int", !15, i64 0}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
