; ModuleID = 'cocktail_sort.c'
source_filename = "cocktail_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.a = internal global [3000 x i32] zeroinitializer, align 16
@main.b = internal global [3000 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [27 x i8] c"swaps=%lu same=%d last=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @cocktail_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i64 0, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = sub nsw i32 %13, 1
  store i32 %14, ptr %7, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %119, %2
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = load i32, ptr %7, align 4, !tbaa !5
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %121

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %20 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %20, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %21 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %21, ptr %9, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %66, %19
  %23 = load i32, ptr %9, align 4, !tbaa !5
  %24 = load i32, ptr %7, align 4, !tbaa !5
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %69

27:                                               ; preds = %22
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i32, ptr %33, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = icmp sgt i32 %32, %38
  br i1 %39, label %40, label %65

40:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %41, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  store i32 %45, ptr %10, align 4, !tbaa !5
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = load i32, ptr %9, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %46, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %52, i64 %54
  store i32 %51, ptr %55, align 4, !tbaa !5
  %56 = load i32, ptr %10, align 4, !tbaa !5
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = load i32, ptr %9, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i32, ptr %57, i64 %60
  store i32 %56, ptr %61, align 4, !tbaa !5
  %62 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %62, ptr %8, align 4, !tbaa !5
  %63 = load i64, ptr %5, align 8, !tbaa !12
  %64 = add i64 %63, 1
  store i64 %64, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %65

65:                                               ; preds = %40, %27
  br label %66

66:                                               ; preds = %65
  %67 = load i32, ptr %9, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %9, align 4, !tbaa !5
  br label %22, !llvm.loop !14

69:                                               ; preds = %26
  %70 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %70, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %71 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %71, ptr %11, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %116, %69
  %73 = load i32, ptr %11, align 4, !tbaa !5
  %74 = load i32, ptr %6, align 4, !tbaa !5
  %75 = icmp sgt i32 %73, %74
  br i1 %75, label %77, label %76

76:                                               ; preds = %72
  call void @llvm.lifetime.end.p0(ptr %11) #5
  br label %119

77:                                               ; preds = %72
  %78 = load ptr, ptr %3, align 8, !tbaa !9
  %79 = load i32, ptr %11, align 4, !tbaa !5
  %80 = sub nsw i32 %79, 1
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds i32, ptr %78, i64 %81
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = load ptr, ptr %3, align 8, !tbaa !9
  %85 = load i32, ptr %11, align 4, !tbaa !5
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds i32, ptr %84, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !5
  %89 = icmp sgt i32 %83, %88
  br i1 %89, label %90, label %115

90:                                               ; preds = %77
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %91 = load ptr, ptr %3, align 8, !tbaa !9
  %92 = load i32, ptr %11, align 4, !tbaa !5
  %93 = sext i32 %92 to i64
  %94 = getelementptr inbounds i32, ptr %91, i64 %93
  %95 = load i32, ptr %94, align 4, !tbaa !5
  store i32 %95, ptr %12, align 4, !tbaa !5
  %96 = load ptr, ptr %3, align 8, !tbaa !9
  %97 = load i32, ptr %11, align 4, !tbaa !5
  %98 = sub nsw i32 %97, 1
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds i32, ptr %96, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = load ptr, ptr %3, align 8, !tbaa !9
  %103 = load i32, ptr %11, align 4, !tbaa !5
  %104 = sext i32 %103 to i64
  %105 = getelementptr inbounds i32, ptr %102, i64 %104
  store i32 %101, ptr %105, align 4, !tbaa !5
  %106 = load i32, ptr %12, align 4, !tbaa !5
  %107 = load ptr, ptr %3, align 8, !tbaa !9
  %108 = load i32, ptr %11, align 4, !tbaa !5
  %109 = sub nsw i32 %108, 1
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i32, ptr %107, i64 %110
  store i32 %106, ptr %111, align 4, !tbaa !5
  %112 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %112, ptr %8, align 4, !tbaa !5
  %113 = load i64, ptr %5, align 8, !tbaa !12
  %114 = add i64 %113, 1
  store i64 %114, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %12) #5
  br label %115

115:                                              ; preds = %90, %77
  br label %116

116:                                              ; preds = %115
  %117 = load i32, ptr %11, align 4, !tbaa !5
  %118 = add nsw i32 %117, -1
  store i32 %118, ptr %11, align 4, !tbaa !5
  br label %72, !llvm.loop !16

119:                                              ; preds = %76
  %120 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %120, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %15, !llvm.loop !17

121:                                              ; preds = %15
  %122 = load i64, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret i64 %122
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
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 1, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %23, %0
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 3000
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %26

9:                                                ; preds = %5
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = mul i32 %10, 1103515245
  %12 = add i32 %11, 12345
  store i32 %12, ptr %2, align 4, !tbaa !5
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = mul nsw i32 %13, 4
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = lshr i32 %15, 16
  %17 = urem i32 %16, 41
  %18 = add nsw i32 %14, %17
  %19 = sub nsw i32 %18, 20
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [3000 x i32], ptr @main.a, i64 0, i64 %21
  store i32 %19, ptr %22, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %9
  %24 = load i32, ptr %3, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %3, align 4, !tbaa !5
  br label %5, !llvm.loop !18

26:                                               ; preds = %8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 @main.b, ptr align 16 @main.a, i64 12000, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #5
  %27 = call i64 @cocktail_sort(ptr noundef @main.a, i32 noundef 3000) #6
  store i64 %27, ptr %4, align 8, !tbaa !12
  call void @odd_even_sort(ptr noundef @main.b, i32 noundef 3000) #6
  %28 = load i64, ptr %4, align 8, !tbaa !12
  %29 = call i32 @memcmp(ptr noundef @main.a, ptr noundef @main.b, i64 noundef 12000) #7
  %30 = icmp eq i32 %29, 0
  %31 = zext i1 %30 to i32
  %32 = load i32, ptr getelementptr inbounds ([3000 x i32], ptr @main.a, i64 0, i64 2999), align 4, !tbaa !5
  %33 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %28, i32 noundef %31, i32 noundef %32) #6
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @odd_even_sort(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %70, %2
  %11 = load i32, ptr %5, align 4, !tbaa !5
  %12 = icmp ne i32 %11, 0
  %13 = xor i1 %12, true
  br i1 %13, label %14, label %71

14:                                               ; preds = %10
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %67, %14
  %16 = load i32, ptr %6, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 2
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 4, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  br label %70

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %8) #5
  %20 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %20, ptr %8, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %63, %19
  %22 = load i32, ptr %8, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %21
  store i32 7, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %66

27:                                               ; preds = %21
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %28, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  %33 = load ptr, ptr %3, align 8, !tbaa !9
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i32, ptr %33, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = icmp sgt i32 %32, %38
  br i1 %39, label %40, label %62

40:                                               ; preds = %27
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = load i32, ptr %8, align 4, !tbaa !5
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds i32, ptr %41, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  store i32 %45, ptr %9, align 4, !tbaa !5
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %46, i64 %49
  %51 = load i32, ptr %50, align 4, !tbaa !5
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = load i32, ptr %8, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds i32, ptr %52, i64 %54
  store i32 %51, ptr %55, align 4, !tbaa !5
  %56 = load i32, ptr %9, align 4, !tbaa !5
  %57 = load ptr, ptr %3, align 8, !tbaa !9
  %58 = load i32, ptr %8, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds i32, ptr %57, i64 %60
  store i32 %56, ptr %61, align 4, !tbaa !5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %62

62:                                               ; preds = %40, %27
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = add nsw i32 %64, 2
  store i32 %65, ptr %8, align 4, !tbaa !5
  br label %21, !llvm.loop !19

66:                                               ; preds = %26
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %6, align 4, !tbaa !5
  br label %15, !llvm.loop !20

70:                                               ; preds = %18
  br label %10, !llvm.loop !21

71:                                               ; preds = %10
  call void @llvm.lifetime.end.p0(ptr %5) #5
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @memcmp(ptr noundef, ptr noundef, i64 noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }
attributes #6 = { minsize optsize }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }

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
!10 = !{!"p1 int", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"long", !7, i64 0}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = distinct !{!17, !15}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
