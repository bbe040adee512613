; ModuleID = 'ring_buffer.c'
source_filename = "ring_buffer.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.ring = type { [256 x i8], i32, i32 }

@main.rb = internal global %struct.ring zeroinitializer, align 4
@.str = private unnamed_addr constant [38 x i8] c"bytes=%u frames=%u left=%u hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @rb_write(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !14
  br label %8

8:                                                ; preds = %18, %3
  %9 = load i64, ptr %7, align 8, !tbaa !14
  %10 = load i64, ptr %6, align 8, !tbaa !14
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %12, label %16

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = call i32 @rb_free(ptr noundef %13) #5
  %15 = icmp ugt i32 %14, 0
  br label %16

16:                                               ; preds = %12, %8
  %17 = phi i1 [ false, %8 ], [ %15, %12 ]
  br i1 %17, label %18, label %33

18:                                               ; preds = %16
  %19 = load ptr, ptr %5, align 8, !tbaa !12
  %20 = load i64, ptr %7, align 8, !tbaa !14
  %21 = add i64 %20, 1
  store i64 %21, ptr %7, align 8, !tbaa !14
  %22 = getelementptr inbounds nuw i8, ptr %19, i64 %20
  %23 = load i8, ptr %22, align 1, !tbaa !16
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.ring, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw %struct.ring, ptr %26, i32 0, i32 1
  %28 = load i32, ptr %27, align 4, !tbaa !17
  %29 = add i32 %28, 1
  store i32 %29, ptr %27, align 4, !tbaa !17
  %30 = and i32 %28, 255
  %31 = zext i32 %30 to i64
  %32 = getelementptr inbounds nuw [256 x i8], ptr %25, i64 0, i64 %31
  store i8 %23, ptr %32, align 1, !tbaa !16
  br label %8, !llvm.loop !19

33:                                               ; preds = %16
  %34 = load i64, ptr %7, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i64 %34
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @rb_free(ptr noundef %0) #2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = call i32 @rb_used(ptr noundef %3) #5
  %5 = sub i32 256, %4
  ret i32 %5
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @rb_read(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  store i64 %2, ptr %6, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i64 0, ptr %7, align 8, !tbaa !14
  br label %8

8:                                                ; preds = %18, %3
  %9 = load i64, ptr %7, align 8, !tbaa !14
  %10 = load i64, ptr %6, align 8, !tbaa !14
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %12, label %16

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 8, !tbaa !9
  %14 = call i32 @rb_used(ptr noundef %13) #5
  %15 = icmp ugt i32 %14, 0
  br label %16

16:                                               ; preds = %12, %8
  %17 = phi i1 [ false, %8 ], [ %15, %12 ]
  br i1 %17, label %18, label %33

18:                                               ; preds = %16
  %19 = load ptr, ptr %4, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.ring, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.ring, ptr %21, i32 0, i32 2
  %23 = load i32, ptr %22, align 4, !tbaa !21
  %24 = add i32 %23, 1
  store i32 %24, ptr %22, align 4, !tbaa !21
  %25 = and i32 %23, 255
  %26 = zext i32 %25 to i64
  %27 = getelementptr inbounds nuw [256 x i8], ptr %20, i64 0, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !16
  %29 = load ptr, ptr %5, align 8, !tbaa !12
  %30 = load i64, ptr %7, align 8, !tbaa !14
  %31 = add i64 %30, 1
  store i64 %31, ptr %7, align 8, !tbaa !14
  %32 = getelementptr inbounds nuw i8, ptr %29, i64 %30
  store i8 %28, ptr %32, align 1, !tbaa !16
  br label %8, !llvm.loop !22

33:                                               ; preds = %16
  %34 = load i64, ptr %7, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i64 %34
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @rb_used(ptr noundef %0) #2 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = getelementptr inbounds nuw %struct.ring, ptr %3, i32 0, i32 1
  %5 = load i32, ptr %4, align 4, !tbaa !17
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.ring, ptr %6, i32 0, i32 2
  %8 = load i32, ptr %7, align 4, !tbaa !21
  %9 = sub i32 %5, %8
  ret i32 %9
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [40 x i8], align 16
  %3 = alloca [64 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 3, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i32 -1, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %112, %0
  %16 = load i32, ptr %9, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 20000
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 2, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #4
  br label %115

19:                                               ; preds = %15
  %20 = load i32, ptr %4, align 4, !tbaa !5
  %21 = mul i32 %20, 1103515245
  %22 = add i32 %21, 12345
  store i32 %22, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #4
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = lshr i32 %23, 16
  %25 = urem i32 %24, 40
  %26 = zext i32 %25 to i64
  store i64 %26, ptr %11, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i64 0, ptr %12, align 8, !tbaa !14
  br label %27

27:                                               ; preds = %54, %19
  %28 = load i64, ptr %12, align 8, !tbaa !14
  %29 = load i64, ptr %11, align 8, !tbaa !14
  %30 = icmp ult i64 %28, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %27
  store i32 5, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  br label %57

32:                                               ; preds = %27
  %33 = load i64, ptr %12, align 8, !tbaa !14
  %34 = icmp eq i64 %33, 0
  br i1 %34, label %35, label %40

35:                                               ; preds = %32
  %36 = load i32, ptr %4, align 4, !tbaa !5
  %37 = lshr i32 %36, 8
  %38 = urem i32 %37, 60
  %39 = zext i32 %38 to i64
  br label %49

40:                                               ; preds = %32
  %41 = load i32, ptr %4, align 4, !tbaa !5
  %42 = load i64, ptr %12, align 8, !tbaa !14
  %43 = urem i64 %42, 24
  %44 = trunc i64 %43 to i32
  %45 = lshr i32 %41, %44
  %46 = zext i32 %45 to i64
  %47 = load i64, ptr %12, align 8, !tbaa !14
  %48 = add i64 %46, %47
  br label %49

49:                                               ; preds = %40, %35
  %50 = phi i64 [ %39, %35 ], [ %48, %40 ]
  %51 = trunc i64 %50 to i8
  %52 = load i64, ptr %12, align 8, !tbaa !14
  %53 = getelementptr inbounds nuw [40 x i8], ptr %2, i64 0, i64 %52
  store i8 %51, ptr %53, align 1, !tbaa !16
  br label %54

54:                                               ; preds = %49
  %55 = load i64, ptr %12, align 8, !tbaa !14
  %56 = add i64 %55, 1
  store i64 %56, ptr %12, align 8, !tbaa !14
  br label %27, !llvm.loop !23

57:                                               ; preds = %31
  %58 = getelementptr inbounds [40 x i8], ptr %2, i64 0, i64 0
  %59 = load i64, ptr %11, align 8, !tbaa !14
  %60 = call i64 @rb_write(ptr noundef @main.rb, ptr noundef %58, i64 noundef %59) #5
  %61 = trunc i64 %60 to i32
  %62 = load i32, ptr %7, align 4, !tbaa !5
  %63 = add i32 %62, %61
  store i32 %63, ptr %7, align 4, !tbaa !5
  br label %64

64:                                               ; preds = %108, %57
  %65 = load i32, ptr %8, align 4, !tbaa !5
  %66 = icmp slt i32 %65, 0
  br i1 %66, label %67, label %78

67:                                               ; preds = %64
  call void @llvm.lifetime.start.p0(ptr %13) #4
  %68 = call i32 @rb_peek(ptr noundef @main.rb, i32 noundef 0) #5
  store i32 %68, ptr %13, align 4, !tbaa !5
  %69 = load i32, ptr %13, align 4, !tbaa !5
  %70 = icmp slt i32 %69, 0
  br i1 %70, label %71, label %72

71:                                               ; preds = %67
  store i32 8, ptr %10, align 4
  br label %75

72:                                               ; preds = %67
  %73 = load i32, ptr %13, align 4, !tbaa !5
  %74 = and i32 %73, 63
  store i32 %74, ptr %8, align 4, !tbaa !5
  store i32 0, ptr %10, align 4
  br label %75

75:                                               ; preds = %72, %71
  call void @llvm.lifetime.end.p0(ptr %13) #4
  %76 = load i32, ptr %10, align 4
  switch i32 %76, label %122 [
    i32 0, label %77
    i32 8, label %111
  ]

77:                                               ; preds = %75
  br label %78

78:                                               ; preds = %77, %64
  %79 = call i32 @rb_used(ptr noundef @main.rb) #5
  %80 = load i32, ptr %8, align 4, !tbaa !5
  %81 = add i32 %80, 1
  %82 = icmp ult i32 %79, %81
  br i1 %82, label %83, label %84

83:                                               ; preds = %78
  br label %111

84:                                               ; preds = %78
  %85 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %86 = call i64 @rb_read(ptr noundef @main.rb, ptr noundef %85, i64 noundef 1) #5
  %87 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %88 = load i32, ptr %8, align 4, !tbaa !5
  %89 = sext i32 %88 to i64
  %90 = call i64 @rb_read(ptr noundef @main.rb, ptr noundef %87, i64 noundef %89) #5
  call void @llvm.lifetime.start.p0(ptr %14) #4
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %91

91:                                               ; preds = %105, %84
  %92 = load i32, ptr %14, align 4, !tbaa !5
  %93 = load i32, ptr %8, align 4, !tbaa !5
  %94 = icmp slt i32 %92, %93
  br i1 %94, label %96, label %95

95:                                               ; preds = %91
  store i32 10, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %108

96:                                               ; preds = %91
  %97 = load i32, ptr %5, align 4, !tbaa !5
  %98 = mul i32 %97, 31
  %99 = load i32, ptr %14, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 %100
  %102 = load i8, ptr %101, align 1, !tbaa !16
  %103 = zext i8 %102 to i32
  %104 = add i32 %98, %103
  store i32 %104, ptr %5, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %96
  %106 = load i32, ptr %14, align 4, !tbaa !5
  %107 = add nsw i32 %106, 1
  store i32 %107, ptr %14, align 4, !tbaa !5
  br label %91, !llvm.loop !24

108:                                              ; preds = %95
  %109 = load i32, ptr %6, align 4, !tbaa !5
  %110 = add i32 %109, 1
  store i32 %110, ptr %6, align 4, !tbaa !5
  store i32 -1, ptr %8, align 4, !tbaa !5
  br label %64

111:                                              ; preds = %83, %75
  call void @llvm.lifetime.end.p0(ptr %11) #4
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %9, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %9, align 4, !tbaa !5
  br label %15, !llvm.loop !25

115:                                              ; preds = %18
  %116 = load i32, ptr %7, align 4, !tbaa !5
  %117 = load i32, ptr %6, align 4, !tbaa !5
  %118 = call i32 @rb_used(ptr noundef @main.rb) #5
  %119 = load i32, ptr %5, align 4, !tbaa !5
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %116, i32 noundef %117, i32 noundef %118, i32 noundef %119) #5
  store i32 0, ptr %1, align 4
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  %121 = load i32, ptr %1, align 4
  ret i32 %121

122:                                              ; preds = %75
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @rb_peek(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = call i32 @rb_used(ptr noundef %6) #5
  %8 = icmp ult i32 %5, %7
  br i1 %8, label %9, label %22

9:                                                ; preds = %2
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.ring, ptr %10, i32 0, i32 0
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.ring, ptr %12, i32 0, i32 2
  %14 = load i32, ptr %13, align 4, !tbaa !21
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = add i32 %14, %15
  %17 = and i32 %16, 255
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds nuw [256 x i8], ptr %11, i64 0, i64 %18
  %20 = load i8, ptr %19, align 1, !tbaa !16
  %21 = zext i8 %20 to i32
  br label %23

22:                                               ; preds = %2
  br label %23

23:                                               ; preds = %22, %9
  %24 = phi i32 [ %21, %9 ], [ -1, %22 ]
  ret i32 %24
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"p1 _ZTS4ring", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !11, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = !{!7, !7, i64 0}
!17 = !{!18, !6, i64 256}
!18 = !{!"ring", !7, i64 0, !6, i64 256, !6, i64 260}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = !{!18, !6, i64 260}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !20}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
