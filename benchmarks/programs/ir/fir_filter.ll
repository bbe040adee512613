; ModuleID = 'fir_filter.c'
source_filename = "fir_filter.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.fir_state = type { [31 x i16], i32 }

@coeffs = internal constant [31 x i16] [i16 -42, i16 -71, i16 -85, i16 -59, i16 33, i16 205, i16 441, i16 690, i16 869, i16 877, i16 617, i16 31, i16 -878, i16 -1989, i16 -3086, i16 29440, i16 -3086, i16 -1989, i16 -878, i16 31, i16 617, i16 877, i16 869, i16 690, i16 441, i16 205, i16 33, i16 -59, i16 -85, i16 -71, i16 -42], align 16
@.str = private unnamed_addr constant [50 x i8] c"energy_in=%lld energy_out=%lld peak=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local signext i16 @fir_step(ptr noundef %0, i16 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i16, align 2
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i16 %1, ptr %4, align 2, !tbaa !12
  %8 = load i16, ptr %4, align 2, !tbaa !12
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.fir_state, ptr %9, i32 0, i32 0
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.fir_state, ptr %11, i32 0, i32 1
  %13 = load i32, ptr %12, align 4, !tbaa !14
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [31 x i16], ptr %10, i64 0, i64 %14
  store i16 %8, ptr %15, align 2, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.fir_state, ptr %16, i32 0, i32 1
  %18 = load i32, ptr %17, align 4, !tbaa !14
  store i32 %18, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %48, %2
  %20 = load i32, ptr %7, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 31
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %51

23:                                               ; preds = %19
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [31 x i16], ptr @coeffs, i64 0, i64 %25
  %27 = load i16, ptr %26, align 2, !tbaa !12
  %28 = sext i16 %27 to i32
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw %struct.fir_state, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [31 x i16], ptr %30, i64 0, i64 %32
  %34 = load i16, ptr %33, align 2, !tbaa !12
  %35 = sext i16 %34 to i32
  %36 = mul nsw i32 %28, %35
  %37 = sext i32 %36 to i64
  %38 = load i64, ptr %5, align 8, !tbaa !16
  %39 = add nsw i64 %38, %37
  store i64 %39, ptr %5, align 8, !tbaa !16
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %43

42:                                               ; preds = %23
  br label %46

43:                                               ; preds = %23
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = sub nsw i32 %44, 1
  br label %46

46:                                               ; preds = %43, %42
  %47 = phi i32 [ 30, %42 ], [ %45, %43 ]
  store i32 %47, ptr %6, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %46
  %49 = load i32, ptr %7, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %7, align 4, !tbaa !5
  br label %19, !llvm.loop !18

51:                                               ; preds = %22
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.fir_state, ptr %52, i32 0, i32 1
  %54 = load i32, ptr %53, align 4, !tbaa !14
  %55 = icmp eq i32 %54, 30
  br i1 %55, label %56, label %57

56:                                               ; preds = %51
  br label %62

57:                                               ; preds = %51
  %58 = load ptr, ptr %3, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.fir_state, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 4, !tbaa !14
  %61 = add nsw i32 %60, 1
  br label %62

62:                                               ; preds = %57, %56
  %63 = phi i32 [ 0, %56 ], [ %61, %57 ]
  %64 = load ptr, ptr %3, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.fir_state, ptr %64, i32 0, i32 1
  store i32 %63, ptr %65, align 4, !tbaa !14
  %66 = load i64, ptr %5, align 8, !tbaa !16
  %67 = add nsw i64 %66, 16384
  %68 = sdiv i64 %67, 32768
  %69 = trunc i64 %68 to i32
  %70 = call signext i16 @sat16(i32 noundef %69) #6
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i16 %70
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal signext i16 @sat16(i32 noundef %0) #2 {
  %2 = alloca i16, align 2
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = icmp sgt i32 %4, 32767
  br i1 %5, label %6, label %7

6:                                                ; preds = %1
  store i16 32767, ptr %2, align 2
  br label %14

7:                                                ; preds = %1
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp slt i32 %8, -32768
  br i1 %9, label %10, label %11

10:                                               ; preds = %7
  store i16 -32768, ptr %2, align 2
  br label %14

11:                                               ; preds = %7
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = trunc i32 %12 to i16
  store i16 %13, ptr %2, align 2
  br label %14

14:                                               ; preds = %11, %10, %6
  %15 = load i16, ptr %2, align 2
  ret i16 %15
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.fir_state, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i16, align 2
  %8 = alloca i32, align 4
  %9 = alloca i16, align 2
  %10 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memset.p0.i64(ptr align 4 %2, i8 0, i64 68, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 1, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i64 0, ptr %4, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i16 0, ptr %7, align 2, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %51, %0
  %12 = load i32, ptr %8, align 4, !tbaa !5
  %13 = icmp ult i32 %12, 100000
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %54

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %16 = load i32, ptr %8, align 4, !tbaa !5
  %17 = call signext i16 @synth(i32 noundef %16, ptr noundef %3) #6
  store i16 %17, ptr %9, align 2, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %18 = load i16, ptr %9, align 2, !tbaa !12
  %19 = call signext i16 @fir_step(ptr noundef %2, i16 noundef signext %18) #6
  store i16 %19, ptr %10, align 2, !tbaa !12
  %20 = load i16, ptr %9, align 2, !tbaa !12
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %9, align 2, !tbaa !12
  %23 = sext i16 %22 to i32
  %24 = mul nsw i32 %21, %23
  %25 = sdiv i32 %24, 256
  %26 = sext i32 %25 to i64
  %27 = load i64, ptr %4, align 8, !tbaa !16
  %28 = add nsw i64 %27, %26
  store i64 %28, ptr %4, align 8, !tbaa !16
  %29 = load i16, ptr %10, align 2, !tbaa !12
  %30 = sext i16 %29 to i32
  %31 = load i16, ptr %10, align 2, !tbaa !12
  %32 = sext i16 %31 to i32
  %33 = mul nsw i32 %30, %32
  %34 = sdiv i32 %33, 256
  %35 = sext i32 %34 to i64
  %36 = load i64, ptr %5, align 8, !tbaa !16
  %37 = add nsw i64 %36, %35
  store i64 %37, ptr %5, align 8, !tbaa !16
  %38 = load i16, ptr %10, align 2, !tbaa !12
  %39 = sext i16 %38 to i32
  %40 = load i16, ptr %7, align 2, !tbaa !12
  %41 = sext i16 %40 to i32
  %42 = icmp sgt i32 %39, %41
  br i1 %42, label %43, label %45

43:                                               ; preds = %15
  %44 = load i16, ptr %10, align 2, !tbaa !12
  store i16 %44, ptr %7, align 2, !tbaa !12
  br label %45

45:                                               ; preds = %43, %15
  %46 = load i32, ptr %6, align 4, !tbaa !5
  %47 = mul i32 %46, 31
  %48 = load i16, ptr %10, align 2, !tbaa !12
  %49 = zext i16 %48 to i32
  %50 = add i32 %47, %49
  store i32 %50, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %51

51:                                               ; preds = %45
  %52 = load i32, ptr %8, align 4, !tbaa !5
  %53 = add i32 %52, 1
  store i32 %53, ptr %8, align 4, !tbaa !5
  br label %11, !llvm.loop !20

54:                                               ; preds = %14
  %55 = load i64, ptr %4, align 8, !tbaa !16
  %56 = load i64, ptr %5, align 8, !tbaa !16
  %57 = load i16, ptr %7, align 2, !tbaa !12
  %58 = sext i16 %57 to i32
  %59 = load i32, ptr %6, align 4, !tbaa !5
  %60 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %55, i64 noundef %56, i32 noundef %58, i32 noundef %59) #6
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @synth(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store ptr %1, ptr %4, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %5) #5
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = urem i32 %8, 200
  store i32 %9, ptr %5, align 4, !tbaa !5
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 100
  br i1 %11, label %12, label %16

12:                                               ; preds = %2
  %13 = load i32, ptr %5, align 4, !tbaa !5
  %14 = mul nsw i32 %13, 100
  %15 = sub nsw i32 %14, 5000
  br label %21

16:                                               ; preds = %2
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = sub nsw i32 200, %17
  %19 = mul nsw i32 %18, 100
  %20 = sub nsw i32 %19, 5000
  br label %21

21:                                               ; preds = %16, %12
  %22 = phi i32 [ %15, %12 ], [ %20, %16 ]
  store i32 %22, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = udiv i32 %23, 7
  %25 = urem i32 %24, 2
  %26 = icmp ne i32 %25, 0
  %27 = zext i1 %26 to i64
  %28 = select i1 %26, i32 3000, i32 -3000
  store i32 %28, ptr %6, align 4, !tbaa !5
  %29 = load ptr, ptr %4, align 8, !tbaa !21
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = mul i32 %30, 1103515245
  %32 = add i32 %31, 12345
  %33 = load ptr, ptr %4, align 8, !tbaa !21
  store i32 %32, ptr %33, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %34 = load ptr, ptr %4, align 8, !tbaa !21
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = lshr i32 %35, 16
  %37 = urem i32 %36, 2001
  %38 = sub nsw i32 %37, 1000
  store i32 %38, ptr %7, align 4, !tbaa !5
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = add nsw i32 %39, %40
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = add nsw i32 %41, %42
  %44 = call signext i16 @sat16(i32 noundef %43) #6
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i16 %44
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!10 = !{!"p1 _ZTS9fir_state", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"short", !7, i64 0}
!14 = !{!15, !6, i64 64}
!15 = !{!"fir_state", !7, i64 0, !6, i64 64}
!16 = !{!17, !17, i64 0}
!17 = !{!"long", !7, i64 0}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = !{!22, !22, i64 0}
!22 = !{!"p1 int", !11, i64 0}
