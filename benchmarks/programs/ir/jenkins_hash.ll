; ModuleID = 'jenkins_hash.c'
source_filename = "jenkins_hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@main.flips = internal global [32 x [32 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [45 x i8] c"oaat(a)=%08x mix(1)=%08x worst_bias=%u/1500\0A\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @one_at_a_time(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #3
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %7

7:                                                ; preds = %28, %2
  %8 = load i64, ptr %6, align 8, !tbaa !12
  %9 = load i64, ptr %4, align 8, !tbaa !12
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #3
  br label %31

12:                                               ; preds = %7
  %13 = load ptr, ptr %3, align 8, !tbaa !9
  %14 = load i64, ptr %6, align 8, !tbaa !12
  %15 = getelementptr inbounds nuw i8, ptr %13, i64 %14
  %16 = load i8, ptr %15, align 1, !tbaa !14
  %17 = zext i8 %16 to i32
  %18 = load i32, ptr %5, align 4, !tbaa !5
  %19 = add i32 %18, %17
  store i32 %19, ptr %5, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = shl i32 %20, 10
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = add i32 %22, %21
  store i32 %23, ptr %5, align 4, !tbaa !5
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = lshr i32 %24, 6
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = xor i32 %26, %25
  store i32 %27, ptr %5, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %12
  %29 = load i64, ptr %6, align 8, !tbaa !12
  %30 = add i64 %29, 1
  store i64 %30, ptr %6, align 8, !tbaa !12
  br label %7, !llvm.loop !15

31:                                               ; preds = %11
  %32 = load i32, ptr %5, align 4, !tbaa !5
  %33 = shl i32 %32, 3
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = add i32 %34, %33
  store i32 %35, ptr %5, align 4, !tbaa !5
  %36 = load i32, ptr %5, align 4, !tbaa !5
  %37 = lshr i32 %36, 11
  %38 = load i32, ptr %5, align 4, !tbaa !5
  %39 = xor i32 %38, %37
  store i32 %39, ptr %5, align 4, !tbaa !5
  %40 = load i32, ptr %5, align 4, !tbaa !5
  %41 = shl i32 %40, 15
  %42 = load i32, ptr %5, align 4, !tbaa !5
  %43 = add i32 %42, %41
  store i32 %43, ptr %5, align 4, !tbaa !5
  %44 = load i32, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #3
  ret i32 %44
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x i8], align 1
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #3
  call void @llvm.lifetime.start.p0(ptr %3) #3
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %72, %0
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = icmp ult i32 %16, 3000
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 2, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %3) #3
  br label %75

19:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %5) #3
  %20 = load i32, ptr %3, align 4, !tbaa !5
  %21 = mul i32 %20, -1640531535
  store i32 %21, ptr %5, align 4, !tbaa !5
  %22 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 0
  %23 = load i32, ptr %5, align 4, !tbaa !5
  call void @to_bytes(ptr noundef %22, i32 noundef %23) #4
  call void @llvm.lifetime.start.p0(ptr %6) #3
  %24 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 0
  %25 = call i32 @one_at_a_time(ptr noundef %24, i64 noundef 4) #4
  %26 = load i32, ptr %5, align 4, !tbaa !5
  %27 = call i32 @int_mix(i32 noundef %26) #4
  %28 = xor i32 %25, %27
  store i32 %28, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #3
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %68, %19
  %30 = load i32, ptr %7, align 4, !tbaa !5
  %31 = icmp slt i32 %30, 32
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  store i32 5, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #3
  br label %71

33:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %8) #3
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = load i32, ptr %7, align 4, !tbaa !5
  %36 = shl i32 1, %35
  %37 = xor i32 %34, %36
  store i32 %37, ptr %8, align 4, !tbaa !5
  %38 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 0
  %39 = load i32, ptr %8, align 4, !tbaa !5
  call void @to_bytes(ptr noundef %38, i32 noundef %39) #4
  call void @llvm.lifetime.start.p0(ptr %9) #3
  %40 = load i32, ptr %6, align 4, !tbaa !5
  %41 = getelementptr inbounds [4 x i8], ptr %2, i64 0, i64 0
  %42 = call i32 @one_at_a_time(ptr noundef %41, i64 noundef 4) #4
  %43 = xor i32 %40, %42
  %44 = load i32, ptr %8, align 4, !tbaa !5
  %45 = call i32 @int_mix(i32 noundef %44) #4
  %46 = xor i32 %43, %45
  store i32 %46, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #3
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %47

47:                                               ; preds = %64, %33
  %48 = load i32, ptr %10, align 4, !tbaa !5
  %49 = icmp slt i32 %48, 32
  br i1 %49, label %51, label %50

50:                                               ; preds = %47
  store i32 8, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #3
  br label %67

51:                                               ; preds = %47
  %52 = load i32, ptr %9, align 4, !tbaa !5
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = lshr i32 %52, %53
  %55 = and i32 %54, 1
  %56 = load i32, ptr %7, align 4, !tbaa !5
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [32 x [32 x i32]], ptr @main.flips, i64 0, i64 %57
  %59 = load i32, ptr %10, align 4, !tbaa !5
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [32 x i32], ptr %58, i64 0, i64 %60
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = add i32 %62, %55
  store i32 %63, ptr %61, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %51
  %65 = load i32, ptr %10, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  store i32 %66, ptr %10, align 4, !tbaa !5
  br label %47, !llvm.loop !17

67:                                               ; preds = %50
  call void @llvm.lifetime.end.p0(ptr %9) #3
  call void @llvm.lifetime.end.p0(ptr %8) #3
  br label %68

68:                                               ; preds = %67
  %69 = load i32, ptr %7, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %7, align 4, !tbaa !5
  br label %29, !llvm.loop !18

71:                                               ; preds = %32
  call void @llvm.lifetime.end.p0(ptr %6) #3
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %72

72:                                               ; preds = %71
  %73 = load i32, ptr %3, align 4, !tbaa !5
  %74 = add i32 %73, 1
  store i32 %74, ptr %3, align 4, !tbaa !5
  br label %15, !llvm.loop !19

75:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %11) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #3
  store i32 0, ptr %12, align 4, !tbaa !5
  br label %76

76:                                               ; preds = %124, %75
  %77 = load i32, ptr %12, align 4, !tbaa !5
  %78 = icmp slt i32 %77, 32
  br i1 %78, label %80, label %79

79:                                               ; preds = %76
  store i32 11, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #3
  br label %127

80:                                               ; preds = %76
  call void @llvm.lifetime.start.p0(ptr %13) #3
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %81

81:                                               ; preds = %120, %80
  %82 = load i32, ptr %13, align 4, !tbaa !5
  %83 = icmp slt i32 %82, 32
  br i1 %83, label %85, label %84

84:                                               ; preds = %81
  store i32 14, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #3
  br label %123

85:                                               ; preds = %81
  call void @llvm.lifetime.start.p0(ptr %14) #3
  %86 = load i32, ptr %12, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [32 x [32 x i32]], ptr @main.flips, i64 0, i64 %87
  %89 = load i32, ptr %13, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [32 x i32], ptr %88, i64 0, i64 %90
  %92 = load i32, ptr %91, align 4, !tbaa !5
  %93 = icmp ugt i32 %92, 1500
  br i1 %93, label %94, label %103

94:                                               ; preds = %85
  %95 = load i32, ptr %12, align 4, !tbaa !5
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [32 x [32 x i32]], ptr @main.flips, i64 0, i64 %96
  %98 = load i32, ptr %13, align 4, !tbaa !5
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [32 x i32], ptr %97, i64 0, i64 %99
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = sub i32 %101, 1500
  br label %112

103:                                              ; preds = %85
  %104 = load i32, ptr %12, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [32 x [32 x i32]], ptr @main.flips, i64 0, i64 %105
  %107 = load i32, ptr %13, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [32 x i32], ptr %106, i64 0, i64 %108
  %110 = load i32, ptr %109, align 4, !tbaa !5
  %111 = sub i32 1500, %110
  br label %112

112:                                              ; preds = %103, %94
  %113 = phi i32 [ %102, %94 ], [ %111, %103 ]
  store i32 %113, ptr %14, align 4, !tbaa !5
  %114 = load i32, ptr %14, align 4, !tbaa !5
  %115 = load i32, ptr %11, align 4, !tbaa !5
  %116 = icmp ugt i32 %114, %115
  br i1 %116, label %117, label %119

117:                                              ; preds = %112
  %118 = load i32, ptr %14, align 4, !tbaa !5
  store i32 %118, ptr %11, align 4, !tbaa !5
  br label %119

119:                                              ; preds = %117, %112
  call void @llvm.lifetime.end.p0(ptr %14) #3
  br label %120

120:                                              ; preds = %119
  %121 = load i32, ptr %13, align 4, !tbaa !5
  %122 = add nsw i32 %121, 1
  store i32 %122, ptr %13, align 4, !tbaa !5
  br label %81, !llvm.loop !20

123:                                              ; preds = %84
  br label %124

124:                                              ; preds = %123
  %125 = load i32, ptr %12, align 4, !tbaa !5
  %126 = add nsw i32 %125, 1
  store i32 %126, ptr %12, align 4, !tbaa !5
  br label %76, !llvm.loop !21

127:                                              ; preds = %79
  %128 = call i32 @one_at_a_time(ptr noundef @.str.1, i64 noundef 1) #4
  %129 = call i32 @int_mix(i32 noundef 1) #4
  %130 = load i32, ptr %11, align 4, !tbaa !5
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %128, i32 noundef %129, i32 noundef %130) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %4, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #3
  call void @llvm.lifetime.end.p0(ptr %2) #3
  %132 = load i32, ptr %1, align 4
  ret i32 %132
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @to_bytes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #3
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %20, %2
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 4
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %5) #3
  br label %23

10:                                               ; preds = %6
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = mul nsw i32 8, %12
  %14 = lshr i32 %11, %13
  %15 = trunc i32 %14 to i8
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = load i32, ptr %5, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i8, ptr %16, i64 %18
  store i8 %15, ptr %19, align 1, !tbaa !14
  br label %20

20:                                               ; preds = %10
  %21 = load i32, ptr %5, align 4, !tbaa !5
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %5, align 4, !tbaa !5
  br label %6, !llvm.loop !22

23:                                               ; preds = %9
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @int_mix(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = add i32 %3, 2127912214
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = shl i32 %5, 12
  %7 = add i32 %4, %6
  store i32 %7, ptr %2, align 4, !tbaa !5
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = xor i32 %8, -949894596
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = lshr i32 %10, 19
  %12 = xor i32 %9, %11
  store i32 %12, ptr %2, align 4, !tbaa !5
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = add i32 %13, 374761393
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = shl i32 %15, 5
  %17 = add i32 %14, %16
  store i32 %17, ptr %2, align 4, !tbaa !5
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = add i32 %18, -744332180
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = shl i32 %20, 9
  %22 = xor i32 %19, %21
  store i32 %22, ptr %2, align 4, !tbaa !5
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = add i32 %23, -42973499
  %25 = load i32, ptr %2, align 4, !tbaa !5
  %26 = shl i32 %25, 3
  %27 = add i32 %24, %26
  store i32 %27, ptr %2, align 4, !tbaa !5
  %28 = load i32, ptr %2, align 4, !tbaa !5
  %29 = xor i32 %28, -1252372727
  %30 = load i32, ptr %2, align 4, !tbaa !5
  %31 = lshr i32 %30, 16
  %32 = xor i32 %29, %31
  store i32 %32, ptr %2, align 4, !tbaa !5
  %33 = load i32, ptr %2, align 4, !tbaa !5
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
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
