; ModuleID = 'counting_sort.c'
source_filename = "counting_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.rec = type { i8, i32 }

@main.a = internal global [50000 x %struct.rec] zeroinitializer, align 16
@main.b = internal global [50000 x %struct.rec] zeroinitializer, align 16
@.str = private unnamed_addr constant [41 x i8] c"sorted=%d stable=%d groups=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @counting_sort(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca [101 x i32], align 16
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 404, i1 false)
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %29, %3
  %12 = load i32, ptr %8, align 4, !tbaa !5
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %32

16:                                               ; preds = %11
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = load i32, ptr %8, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.rec, ptr %17, i64 %19
  %21 = getelementptr inbounds nuw %struct.rec, ptr %20, i32 0, i32 0
  %22 = load i8, ptr %21, align 4, !tbaa !12
  %23 = zext i8 %22 to i32
  %24 = add nsw i32 %23, 1
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [101 x i32], ptr %7, i64 0, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %26, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %16
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = add nsw i32 %30, 1
  store i32 %31, ptr %8, align 4, !tbaa !5
  br label %11, !llvm.loop !14

32:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %9) #5
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %48, %32
  %34 = load i32, ptr %9, align 4, !tbaa !5
  %35 = icmp slt i32 %34, 100
  br i1 %35, label %37, label %36

36:                                               ; preds = %33
  call void @llvm.lifetime.end.p0(ptr %9) #5
  br label %51

37:                                               ; preds = %33
  %38 = load i32, ptr %9, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [101 x i32], ptr %7, i64 0, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = add nsw i32 %42, 1
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [101 x i32], ptr %7, i64 0, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = add nsw i32 %46, %41
  store i32 %47, ptr %45, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %37
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %9, align 4, !tbaa !5
  br label %33, !llvm.loop !16

51:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %52

52:                                               ; preds = %75, %51
  %53 = load i32, ptr %10, align 4, !tbaa !5
  %54 = load i32, ptr %6, align 4, !tbaa !5
  %55 = icmp slt i32 %53, %54
  br i1 %55, label %57, label %56

56:                                               ; preds = %52
  call void @llvm.lifetime.end.p0(ptr %10) #5
  br label %78

57:                                               ; preds = %52
  %58 = load ptr, ptr %5, align 8, !tbaa !9
  %59 = load ptr, ptr %4, align 8, !tbaa !9
  %60 = load i32, ptr %10, align 4, !tbaa !5
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds %struct.rec, ptr %59, i64 %61
  %63 = getelementptr inbounds nuw %struct.rec, ptr %62, i32 0, i32 0
  %64 = load i8, ptr %63, align 4, !tbaa !12
  %65 = zext i8 %64 to i64
  %66 = getelementptr inbounds nuw [101 x i32], ptr %7, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = add nsw i32 %67, 1
  store i32 %68, ptr %66, align 4, !tbaa !5
  %69 = sext i32 %67 to i64
  %70 = getelementptr inbounds %struct.rec, ptr %58, i64 %69
  %71 = load ptr, ptr %4, align 8, !tbaa !9
  %72 = load i32, ptr %10, align 4, !tbaa !5
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds %struct.rec, ptr %71, i64 %73
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %70, ptr align 4 %74, i64 8, i1 false), !tbaa.struct !17
  br label %75

75:                                               ; preds = %57
  %76 = load i32, ptr %10, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %10, align 4, !tbaa !5
  br label %52, !llvm.loop !19

78:                                               ; preds = %56
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #5
  store i32 21, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #5
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %38, %0
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 50000
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  call void @llvm.lifetime.end.p0(ptr %3) #5
  br label %41

13:                                               ; preds = %9
  %14 = load i32, ptr %2, align 4, !tbaa !5
  %15 = shl i32 %14, 13
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = xor i32 %16, %15
  store i32 %17, ptr %2, align 4, !tbaa !5
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = lshr i32 %18, 17
  %20 = load i32, ptr %2, align 4, !tbaa !5
  %21 = xor i32 %20, %19
  store i32 %21, ptr %2, align 4, !tbaa !5
  %22 = load i32, ptr %2, align 4, !tbaa !5
  %23 = shl i32 %22, 5
  %24 = load i32, ptr %2, align 4, !tbaa !5
  %25 = xor i32 %24, %23
  store i32 %25, ptr %2, align 4, !tbaa !5
  %26 = load i32, ptr %2, align 4, !tbaa !5
  %27 = urem i32 %26, 100
  %28 = trunc i32 %27 to i8
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [50000 x %struct.rec], ptr @main.a, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.rec, ptr %31, i32 0, i32 0
  store i8 %28, ptr %32, align 8, !tbaa !12
  %33 = load i32, ptr %3, align 4, !tbaa !5
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [50000 x %struct.rec], ptr @main.a, i64 0, i64 %35
  %37 = getelementptr inbounds nuw %struct.rec, ptr %36, i32 0, i32 1
  store i32 %33, ptr %37, align 4, !tbaa !20
  br label %38

38:                                               ; preds = %13
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %3, align 4, !tbaa !5
  br label %9, !llvm.loop !21

41:                                               ; preds = %12
  call void @counting_sort(ptr noundef @main.a, ptr noundef @main.b, i32 noundef 50000) #6
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 1, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  store i32 1, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #5
  store i32 1, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 1, ptr %8, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %120, %41
  %43 = load i32, ptr %8, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 50000
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %8) #5
  br label %123

46:                                               ; preds = %42
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = sub nsw i32 %47, 1
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %49
  %51 = getelementptr inbounds nuw %struct.rec, ptr %50, i32 0, i32 0
  %52 = load i8, ptr %51, align 8, !tbaa !12
  %53 = zext i8 %52 to i32
  %54 = load i32, ptr %8, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %55
  %57 = getelementptr inbounds nuw %struct.rec, ptr %56, i32 0, i32 0
  %58 = load i8, ptr %57, align 8, !tbaa !12
  %59 = zext i8 %58 to i32
  %60 = icmp sgt i32 %53, %59
  br i1 %60, label %61, label %62

61:                                               ; preds = %46
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %111

62:                                               ; preds = %46
  %63 = load i32, ptr %8, align 4, !tbaa !5
  %64 = sub nsw i32 %63, 1
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %65
  %67 = getelementptr inbounds nuw %struct.rec, ptr %66, i32 0, i32 0
  %68 = load i8, ptr %67, align 8, !tbaa !12
  %69 = zext i8 %68 to i32
  %70 = load i32, ptr %8, align 4, !tbaa !5
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %71
  %73 = getelementptr inbounds nuw %struct.rec, ptr %72, i32 0, i32 0
  %74 = load i8, ptr %73, align 8, !tbaa !12
  %75 = zext i8 %74 to i32
  %76 = icmp eq i32 %69, %75
  br i1 %76, label %77, label %91

77:                                               ; preds = %62
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = sub nsw i32 %78, 1
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %80
  %82 = getelementptr inbounds nuw %struct.rec, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %82, align 4, !tbaa !20
  %84 = load i32, ptr %8, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %85
  %87 = getelementptr inbounds nuw %struct.rec, ptr %86, i32 0, i32 1
  %88 = load i32, ptr %87, align 4, !tbaa !20
  %89 = icmp ugt i32 %83, %88
  br i1 %89, label %90, label %91

90:                                               ; preds = %77
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %110

91:                                               ; preds = %77, %62
  %92 = load i32, ptr %8, align 4, !tbaa !5
  %93 = sub nsw i32 %92, 1
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %94
  %96 = getelementptr inbounds nuw %struct.rec, ptr %95, i32 0, i32 0
  %97 = load i8, ptr %96, align 8, !tbaa !12
  %98 = zext i8 %97 to i32
  %99 = load i32, ptr %8, align 4, !tbaa !5
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %100
  %102 = getelementptr inbounds nuw %struct.rec, ptr %101, i32 0, i32 0
  %103 = load i8, ptr %102, align 8, !tbaa !12
  %104 = zext i8 %103 to i32
  %105 = icmp ne i32 %98, %104
  br i1 %105, label %106, label %109

106:                                              ; preds = %91
  %107 = load i32, ptr %6, align 4, !tbaa !5
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %6, align 4, !tbaa !5
  br label %109

109:                                              ; preds = %106, %91
  br label %110

110:                                              ; preds = %109, %90
  br label %111

111:                                              ; preds = %110, %61
  %112 = load i32, ptr %7, align 4, !tbaa !5
  %113 = mul i32 %112, 31
  %114 = load i32, ptr %8, align 4, !tbaa !5
  %115 = sext i32 %114 to i64
  %116 = getelementptr inbounds [50000 x %struct.rec], ptr @main.b, i64 0, i64 %115
  %117 = getelementptr inbounds nuw %struct.rec, ptr %116, i32 0, i32 1
  %118 = load i32, ptr %117, align 4, !tbaa !20
  %119 = add i32 %113, %118
  store i32 %119, ptr %7, align 4, !tbaa !5
  br label %120

120:                                              ; preds = %111
  %121 = load i32, ptr %8, align 4, !tbaa !5
  %122 = add nsw i32 %121, 1
  store i32 %122, ptr %8, align 4, !tbaa !5
  br label %42, !llvm.loop !22

123:                                              ; preds = %45
  %124 = load i32, ptr %4, align 4, !tbaa !5
  %125 = load i32, ptr %5, align 4, !tbaa !5
  %126 = load i32, ptr %6, align 4, !tbaa !5
  %127 = load i32, ptr %7, align 4, !tbaa !5
  %128 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %124, i32 noundef %125, i32 noundef %126, i32 noundef %127) #6
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!10 = !{!"p1 _ZTS3rec", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !7, i64 0}
!13 = !{!"rec", !7, i64 0, !6, i64 4}
!14 = distinct !{!14, !15}
!15 = !{!"llvm.loop.mustprogress"}
!16 = distinct !{!16, !15}
!17 = !{i64 0, i64 1, !18, i64 4, i64 4, !5}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !15}
!20 = !{!13, !6, i64 4}
!21 = distinct !{!21, !15}
!22 = distinct !{!22, !15}
