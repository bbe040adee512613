; ModuleID = 'luhn_check.c'
source_filename = "luhn_check.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [30 x i8] c"valid=%d caught=%d sample=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"79927398713\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @luhn_valid(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = call i64 @strlen(ptr noundef %9) #5
  store i64 %10, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %47, %1
  %12 = load i64, ptr %4, align 8, !tbaa !12
  %13 = add i64 %12, -1
  store i64 %13, ptr %4, align 8, !tbaa !12
  %14 = icmp ne i64 %12, 0
  br i1 %14, label %15, label %48

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = load i64, ptr %4, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw i8, ptr %16, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !14
  %20 = sext i8 %19 to i32
  %21 = sub nsw i32 %20, 48
  store i32 %21, ptr %7, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = icmp ugt i32 %22, 9
  br i1 %23, label %24, label %25

24:                                               ; preds = %15
  store i32 0, ptr %2, align 4
  store i32 1, ptr %8, align 4
  br label %45

25:                                               ; preds = %15
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %37

28:                                               ; preds = %25
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = mul i32 %29, 2
  store i32 %30, ptr %7, align 4, !tbaa !5
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = icmp ugt i32 %31, 9
  br i1 %32, label %33, label %36

33:                                               ; preds = %28
  %34 = load i32, ptr %7, align 4, !tbaa !5
  %35 = sub i32 %34, 9
  store i32 %35, ptr %7, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %33, %28
  br label %37

37:                                               ; preds = %36, %25
  %38 = load i32, ptr %7, align 4, !tbaa !5
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = add i32 %39, %38
  store i32 %40, ptr %5, align 4, !tbaa !5
  %41 = load i32, ptr %6, align 4, !tbaa !5
  %42 = icmp ne i32 %41, 0
  %43 = xor i1 %42, true
  %44 = zext i1 %43 to i32
  store i32 %44, ptr %6, align 4, !tbaa !5
  store i32 0, ptr %8, align 4
  br label %45

45:                                               ; preds = %37, %24
  call void @llvm.lifetime.end.p0(ptr %7) #4
  %46 = load i32, ptr %8, align 4
  switch i32 %46, label %53 [
    i32 0, label %47
  ]

47:                                               ; preds = %45
  br label %11, !llvm.loop !15

48:                                               ; preds = %11
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = urem i32 %49, 10
  %51 = icmp eq i32 %50, 0
  %52 = zext i1 %51 to i32
  store i32 %52, ptr %2, align 4
  store i32 1, ptr %8, align 4
  br label %53

53:                                               ; preds = %48, %45
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  %54 = load i32, ptr %2, align 4
  ret i32 %54
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [20 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  store i32 4000, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %68, %0
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 20000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %71

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %30, %13
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 15
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %33

18:                                               ; preds = %14
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = mul i32 %19, 1103515245
  %21 = add i32 %20, 12345
  store i32 %21, ptr %3, align 4, !tbaa !5
  %22 = load i32, ptr %3, align 4, !tbaa !5
  %23 = lshr i32 %22, 16
  %24 = urem i32 %23, 10
  %25 = add i32 48, %24
  %26 = trunc i32 %25 to i8
  %27 = load i32, ptr %8, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 %28
  store i8 %26, ptr %29, align 1, !tbaa !14
  br label %30

30:                                               ; preds = %18
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %8, align 4, !tbaa !5
  br label %14, !llvm.loop !17

33:                                               ; preds = %17
  %34 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 15
  store i8 0, ptr %34, align 1, !tbaa !14
  %35 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %36 = call signext i8 @luhn_digit(ptr noundef %35) #6
  %37 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 15
  store i8 %36, ptr %37, align 1, !tbaa !14
  %38 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 16
  store i8 0, ptr %38, align 16, !tbaa !14
  %39 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %40 = call i32 @luhn_valid(ptr noundef %39) #6
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = add nsw i32 %41, %40
  store i32 %42, ptr %4, align 4, !tbaa !5
  %43 = load i32, ptr %6, align 4, !tbaa !5
  %44 = srem i32 %43, 16
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !14
  %48 = sext i8 %47 to i32
  %49 = sub nsw i32 %48, 48
  %50 = add nsw i32 %49, 1
  %51 = load i32, ptr %6, align 4, !tbaa !5
  %52 = srem i32 %51, 9
  %53 = add nsw i32 %50, %52
  %54 = srem i32 %53, 10
  %55 = add nsw i32 48, %54
  %56 = trunc i32 %55 to i8
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = srem i32 %57, 16
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 %59
  store i8 %56, ptr %60, align 1, !tbaa !14
  %61 = getelementptr inbounds [20 x i8], ptr %2, i64 0, i64 0
  %62 = call i32 @luhn_valid(ptr noundef %61) #6
  %63 = icmp ne i32 %62, 0
  %64 = xor i1 %63, true
  %65 = zext i1 %64 to i32
  %66 = load i32, ptr %5, align 4, !tbaa !5
  %67 = add nsw i32 %66, %65
  store i32 %67, ptr %5, align 4, !tbaa !5
  br label %68

68:                                               ; preds = %33
  %69 = load i32, ptr %6, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !18

71:                                               ; preds = %12
  %72 = load i32, ptr %4, align 4, !tbaa !5
  %73 = load i32, ptr %5, align 4, !tbaa !5
  %74 = call i32 @luhn_valid(ptr noundef @.str.1) #6
  %75 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %72, i32 noundef %73, i32 noundef %74) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %76 = load i32, ptr %1, align 4
  ret i32 %76
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @luhn_digit(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = call i64 @strlen(ptr noundef %7) #5
  store i64 %8, ptr %3, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 1, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %35, %1
  %10 = load i64, ptr %3, align 8, !tbaa !12
  %11 = add i64 %10, -1
  store i64 %11, ptr %3, align 8, !tbaa !12
  %12 = icmp ne i64 %10, 0
  br i1 %12, label %13, label %43

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %14 = load ptr, ptr %2, align 8, !tbaa !9
  %15 = load i64, ptr %3, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 %15
  %17 = load i8, ptr %16, align 1, !tbaa !14
  %18 = sext i8 %17 to i32
  %19 = sub nsw i32 %18, 48
  store i32 %19, ptr %6, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %22, label %35

22:                                               ; preds = %13
  %23 = load i32, ptr %6, align 4, !tbaa !5
  %24 = mul i32 %23, 2
  %25 = icmp ugt i32 %24, 9
  br i1 %25, label %26, label %30

26:                                               ; preds = %22
  %27 = load i32, ptr %6, align 4, !tbaa !5
  %28 = mul i32 %27, 2
  %29 = sub i32 %28, 9
  br label %33

30:                                               ; preds = %22
  %31 = load i32, ptr %6, align 4, !tbaa !5
  %32 = mul i32 %31, 2
  br label %33

33:                                               ; preds = %30, %26
  %34 = phi i32 [ %29, %26 ], [ %32, %30 ]
  store i32 %34, ptr %6, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %33, %13
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = add i32 %37, %36
  store i32 %38, ptr %4, align 4, !tbaa !5
  %39 = load i32, ptr %5, align 4, !tbaa !5
  %40 = icmp ne i32 %39, 0
  %41 = xor i1 %40, true
  %42 = zext i1 %41 to i32
  store i32 %42, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %9, !llvm.loop !19

43:                                               ; preds = %9
  %44 = load i32, ptr %4, align 4, !tbaa !5
  %45 = urem i32 %44, 10
  %46 = sub i32 10, %45
  %47 = urem i32 %46, 10
  %48 = add i32 48, %47
  %49 = trunc i32 %48 to i8
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i8 %49
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize nounwind optsize willreturn memory(read) }
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
