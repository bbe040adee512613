; ModuleID = 'inet_checksum.c'
source_filename = "inet_checksum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [38 x i8] c"verified=%u incremental=%u hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i16 @inet_checksum(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = load i64, ptr %4, align 8, !tbaa !12
  %7 = call i32 @sum16(ptr noundef %5, i64 noundef %6, i32 noundef 0) #4
  %8 = call zeroext i16 @fold(i32 noundef %7) #4
  ret i16 %8
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @fold(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  br label %3

3:                                                ; preds = %7, %1
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = lshr i32 %4, 16
  %6 = icmp ne i32 %5, 0
  br i1 %6, label %7, label %13

7:                                                ; preds = %3
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = and i32 %8, 65535
  %10 = load i32, ptr %2, align 4, !tbaa !5
  %11 = lshr i32 %10, 16
  %12 = add i32 %9, %11
  store i32 %12, ptr %2, align 4, !tbaa !5
  br label %3, !llvm.loop !14

13:                                               ; preds = %3
  %14 = load i32, ptr %2, align 4, !tbaa !5
  %15 = xor i32 %14, -1
  %16 = trunc i32 %15 to i16
  ret i16 %16
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @sum16(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i32 %2, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %10, %3
  %8 = load i64, ptr %5, align 8, !tbaa !12
  %9 = icmp ugt i64 %8, 1
  br i1 %9, label %10, label %27

10:                                               ; preds = %7
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = getelementptr inbounds i8, ptr %11, i64 0
  %13 = load i8, ptr %12, align 1, !tbaa !16
  %14 = zext i8 %13 to i32
  %15 = shl i32 %14, 8
  %16 = load ptr, ptr %4, align 8, !tbaa !9
  %17 = getelementptr inbounds i8, ptr %16, i64 1
  %18 = load i8, ptr %17, align 1, !tbaa !16
  %19 = zext i8 %18 to i32
  %20 = or i32 %15, %19
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = add i32 %21, %20
  store i32 %22, ptr %6, align 4, !tbaa !5
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds i8, ptr %23, i64 2
  store ptr %24, ptr %4, align 8, !tbaa !9
  %25 = load i64, ptr %5, align 8, !tbaa !12
  %26 = sub i64 %25, 2
  store i64 %26, ptr %5, align 8, !tbaa !12
  br label %7, !llvm.loop !17

27:                                               ; preds = %7
  %28 = load i64, ptr %5, align 8, !tbaa !12
  %29 = icmp ne i64 %28, 0
  br i1 %29, label %30, label %38

30:                                               ; preds = %27
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  %32 = getelementptr inbounds i8, ptr %31, i64 0
  %33 = load i8, ptr %32, align 1, !tbaa !16
  %34 = zext i8 %33 to i32
  %35 = shl i32 %34, 8
  %36 = load i32, ptr %6, align 4, !tbaa !5
  %37 = add i32 %36, %35
  store i32 %37, ptr %6, align 4, !tbaa !5
  br label %38

38:                                               ; preds = %30, %27
  %39 = load i32, ptr %6, align 4, !tbaa !5
  ret i32 %39
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i16 @checksum_adjust(i16 noundef zeroext %0, i16 noundef zeroext %1, i16 noundef zeroext %2) #0 {
  %4 = alloca i16, align 2
  %5 = alloca i16, align 2
  %6 = alloca i16, align 2
  %7 = alloca i32, align 4
  store i16 %0, ptr %4, align 2, !tbaa !18
  store i16 %1, ptr %5, align 2, !tbaa !18
  store i16 %2, ptr %6, align 2, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %7) #5
  %8 = load i16, ptr %4, align 2, !tbaa !18
  %9 = zext i16 %8 to i32
  %10 = xor i32 %9, -1
  %11 = trunc i32 %10 to i16
  %12 = zext i16 %11 to i32
  %13 = load i16, ptr %5, align 2, !tbaa !18
  %14 = zext i16 %13 to i32
  %15 = xor i32 %14, -1
  %16 = trunc i32 %15 to i16
  %17 = zext i16 %16 to i32
  %18 = add i32 %12, %17
  %19 = load i16, ptr %6, align 2, !tbaa !18
  %20 = zext i16 %19 to i32
  %21 = add i32 %18, %20
  store i32 %21, ptr %7, align 4, !tbaa !5
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = call zeroext i16 @fold(i32 noundef %22) #4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i16 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [92 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i16, align 2
  %11 = alloca i16, align 2
  %12 = alloca i16, align 2
  %13 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 1, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %113, %0
  %15 = load i32, ptr %7, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 5000
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 2, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #5
  br label %116

18:                                               ; preds = %14
  %19 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %19, i8 0, i64 92, i1 false)
  %20 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 0
  store i8 69, ptr %20, align 16, !tbaa !16
  %21 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 3
  store i8 92, ptr %21, align 1, !tbaa !16
  %22 = load i32, ptr %7, align 4, !tbaa !5
  %23 = srem i32 %22, 64
  %24 = add nsw i32 64, %23
  %25 = trunc i32 %24 to i8
  %26 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 8
  store i8 %25, ptr %26, align 8, !tbaa !16
  %27 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 9
  store i8 17, ptr %27, align 1, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 12, ptr %9, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %42, %18
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = icmp slt i32 %29, 92
  br i1 %30, label %32, label %31

31:                                               ; preds = %28
  store i32 5, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %45

32:                                               ; preds = %28
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = mul i32 %33, 1664525
  %35 = add i32 %34, 1013904223
  store i32 %35, ptr %3, align 4, !tbaa !5
  %36 = load i32, ptr %3, align 4, !tbaa !5
  %37 = lshr i32 %36, 24
  %38 = trunc i32 %37 to i8
  %39 = load i32, ptr %9, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 %40
  store i8 %38, ptr %41, align 1, !tbaa !16
  br label %42

42:                                               ; preds = %32
  %43 = load i32, ptr %9, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %9, align 4, !tbaa !5
  br label %28, !llvm.loop !20

45:                                               ; preds = %31
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %46 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 0
  %47 = call zeroext i16 @inet_checksum(ptr noundef %46, i64 noundef 20) #4
  store i16 %47, ptr %10, align 2, !tbaa !18
  %48 = load i16, ptr %10, align 2, !tbaa !18
  %49 = zext i16 %48 to i32
  %50 = ashr i32 %49, 8
  %51 = trunc i32 %50 to i8
  %52 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 10
  store i8 %51, ptr %52, align 2, !tbaa !16
  %53 = load i16, ptr %10, align 2, !tbaa !18
  %54 = trunc i16 %53 to i8
  %55 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 11
  store i8 %54, ptr %55, align 1, !tbaa !16
  %56 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 0
  %57 = call zeroext i16 @inet_checksum(ptr noundef %56, i64 noundef 20) #4
  %58 = zext i16 %57 to i32
  %59 = icmp eq i32 %58, 0
  %60 = zext i1 %59 to i32
  %61 = load i32, ptr %4, align 4, !tbaa !5
  %62 = add i32 %61, %60
  store i32 %62, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %63 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 8
  %64 = load i8, ptr %63, align 8, !tbaa !16
  %65 = zext i8 %64 to i32
  %66 = shl i32 %65, 8
  %67 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 9
  %68 = load i8, ptr %67, align 1, !tbaa !16
  %69 = zext i8 %68 to i32
  %70 = or i32 %66, %69
  %71 = trunc i32 %70 to i16
  store i16 %71, ptr %11, align 2, !tbaa !18
  %72 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 8
  %73 = load i8, ptr %72, align 8, !tbaa !16
  %74 = add i8 %73, -1
  store i8 %74, ptr %72, align 8, !tbaa !16
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %75 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 8
  %76 = load i8, ptr %75, align 8, !tbaa !16
  %77 = zext i8 %76 to i32
  %78 = shl i32 %77, 8
  %79 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 9
  %80 = load i8, ptr %79, align 1, !tbaa !16
  %81 = zext i8 %80 to i32
  %82 = or i32 %78, %81
  %83 = trunc i32 %82 to i16
  store i16 %83, ptr %12, align 2, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %84 = load i16, ptr %10, align 2, !tbaa !18
  %85 = load i16, ptr %11, align 2, !tbaa !18
  %86 = load i16, ptr %12, align 2, !tbaa !18
  %87 = call zeroext i16 @checksum_adjust(i16 noundef zeroext %84, i16 noundef zeroext %85, i16 noundef zeroext %86) #4
  store i16 %87, ptr %13, align 2, !tbaa !18
  %88 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 10
  store i8 0, ptr %88, align 2, !tbaa !16
  %89 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 11
  store i8 0, ptr %89, align 1, !tbaa !16
  %90 = load i16, ptr %13, align 2, !tbaa !18
  %91 = zext i16 %90 to i32
  %92 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 0
  %93 = call zeroext i16 @inet_checksum(ptr noundef %92, i64 noundef 20) #4
  %94 = zext i16 %93 to i32
  %95 = icmp eq i32 %91, %94
  %96 = zext i1 %95 to i32
  %97 = load i32, ptr %5, align 4, !tbaa !5
  %98 = add i32 %97, %96
  store i32 %98, ptr %5, align 4, !tbaa !5
  %99 = load i32, ptr %6, align 4, !tbaa !5
  %100 = mul i32 %99, 31
  %101 = load i16, ptr %13, align 2, !tbaa !18
  %102 = zext i16 %101 to i32
  %103 = add i32 %100, %102
  %104 = getelementptr inbounds [92 x i8], ptr %2, i64 0, i64 0
  %105 = getelementptr inbounds i8, ptr %104, i64 20
  %106 = load i32, ptr %7, align 4, !tbaa !5
  %107 = and i32 %106, 1
  %108 = sext i32 %107 to i64
  %109 = sub i64 72, %108
  %110 = call zeroext i16 @inet_checksum(ptr noundef %105, i64 noundef %109) #4
  %111 = zext i16 %110 to i32
  %112 = add i32 %103, %111
  store i32 %112, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %113

113:                                              ; preds = %45
  %114 = load i32, ptr %7, align 4, !tbaa !5
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %7, align 4, !tbaa !5
  br label %14, !llvm.loop !21

116:                                              ; preds = %17
  %117 = load i32, ptr %4, align 4, !tbaa !5
  %118 = load i32, ptr %5, align 4, !tbaa !5
  %119 = load i32, ptr %6, align 4, !tbaa !5
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %117, i32 noundef %118, i32 noundef %119) #4
  store i32 0, ptr %1, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %121 = load i32, ptr %1, align 4
  ret i32 %121
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize }
attributes #5 = { nounwind }

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
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !15}
!18 = !{!19, !19, i64 0}
!19 = !{!"short", !7, i64 0}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
