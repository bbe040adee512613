; ModuleID = 'xorshift_stats.c'
source_filename = "xorshift_stats.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [37 x i8] c"xorshift*: chi=%llu runs=%u ones=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"lcg: chi=%llu runs=%u ones=%u\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @chi_square_x1000(ptr noundef %0, i64 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [64 x i32], align 16
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !9
  store i64 %1, ptr %7, align 8, !tbaa !11
  store i32 %2, ptr %8, align 4, !tbaa !5
  store ptr %3, ptr %9, align 8, !tbaa !13
  store ptr %4, ptr %10, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %11) #4
  call void @llvm.memset.p0.i64(ptr align 16 %11, i8 0, i64 256, i1 false)
  call void @llvm.lifetime.start.p0(ptr %12) #4
  store i64 2, ptr %12, align 8, !tbaa !11
  %20 = load ptr, ptr %9, align 8, !tbaa !13
  store i32 0, ptr %20, align 4, !tbaa !5
  %21 = load ptr, ptr %10, align 8, !tbaa !13
  store i32 0, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #4
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %51, %5
  %23 = load i32, ptr %13, align 4, !tbaa !5
  %24 = load i32, ptr %8, align 4, !tbaa !5
  %25 = icmp ult i32 %23, %24
  br i1 %25, label %27, label %26

26:                                               ; preds = %22
  call void @llvm.lifetime.end.p0(ptr %13) #4
  br label %54

27:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %14) #4
  %28 = load ptr, ptr %6, align 8, !tbaa !9
  %29 = call i64 %28(ptr noundef %7) #5
  store i64 %29, ptr %14, align 8, !tbaa !11
  %30 = load i64, ptr %14, align 8, !tbaa !11
  %31 = lshr i64 %30, 58
  %32 = getelementptr inbounds nuw [64 x i32], ptr %11, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = add i32 %33, 1
  store i32 %34, ptr %32, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #4
  %35 = load i64, ptr %14, align 8, !tbaa !11
  %36 = and i64 %35, 1
  store i64 %36, ptr %15, align 8, !tbaa !11
  %37 = load i64, ptr %15, align 8, !tbaa !11
  %38 = trunc i64 %37 to i32
  %39 = load ptr, ptr %10, align 8, !tbaa !13
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = add i32 %40, %38
  store i32 %41, ptr %39, align 4, !tbaa !5
  %42 = load i64, ptr %15, align 8, !tbaa !11
  %43 = load i64, ptr %12, align 8, !tbaa !11
  %44 = icmp ne i64 %42, %43
  br i1 %44, label %45, label %49

45:                                               ; preds = %27
  %46 = load ptr, ptr %9, align 8, !tbaa !13
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = add i32 %47, 1
  store i32 %48, ptr %46, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %45, %27
  %50 = load i64, ptr %15, align 8, !tbaa !11
  store i64 %50, ptr %12, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %15) #4
  call void @llvm.lifetime.end.p0(ptr %14) #4
  br label %51

51:                                               ; preds = %49
  %52 = load i32, ptr %13, align 4, !tbaa !5
  %53 = add i32 %52, 1
  store i32 %53, ptr %13, align 4, !tbaa !5
  br label %22, !llvm.loop !15

54:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %16) #4
  %55 = load i32, ptr %8, align 4, !tbaa !5
  %56 = udiv i32 %55, 64
  %57 = zext i32 %56 to i64
  store i64 %57, ptr %16, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %17) #4
  store i64 0, ptr %17, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %18) #4
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %78, %54
  %59 = load i32, ptr %18, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 64
  br i1 %60, label %62, label %61

61:                                               ; preds = %58
  call void @llvm.lifetime.end.p0(ptr %18) #4
  br label %81

62:                                               ; preds = %58
  call void @llvm.lifetime.start.p0(ptr %19) #4
  %63 = load i32, ptr %18, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !5
  %67 = zext i32 %66 to i64
  %68 = load i64, ptr %16, align 8, !tbaa !11
  %69 = sub nsw i64 %67, %68
  store i64 %69, ptr %19, align 8, !tbaa !11
  %70 = load i64, ptr %19, align 8, !tbaa !11
  %71 = load i64, ptr %19, align 8, !tbaa !11
  %72 = mul nsw i64 %70, %71
  %73 = mul i64 %72, 1000
  %74 = load i64, ptr %16, align 8, !tbaa !11
  %75 = udiv i64 %73, %74
  %76 = load i64, ptr %17, align 8, !tbaa !11
  %77 = add i64 %76, %75
  store i64 %77, ptr %17, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %19) #4
  br label %78

78:                                               ; preds = %62
  %79 = load i32, ptr %18, align 4, !tbaa !5
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %18, align 4, !tbaa !5
  br label %58, !llvm.loop !17

81:                                               ; preds = %61
  %82 = load i64, ptr %17, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr %17) #4
  call void @llvm.lifetime.end.p0(ptr %16) #4
  call void @llvm.lifetime.end.p0(ptr %12) #4
  call void @llvm.lifetime.end.p0(ptr %11) #4
  ret i64 %82
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  call void @llvm.lifetime.start.p0(ptr %3) #4
  call void @llvm.lifetime.start.p0(ptr %4) #4
  call void @llvm.lifetime.start.p0(ptr %5) #4
  call void @llvm.lifetime.start.p0(ptr %6) #4
  %8 = call i64 @chi_square_x1000(ptr noundef @xorshift64star, i64 noundef -7046029254386353131, i32 noundef 640000, ptr noundef %2, ptr noundef %3) #5
  store i64 %8, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %9 = call i64 @chi_square_x1000(ptr noundef @lcg64, i64 noundef -7046029254386353131, i32 noundef 640000, ptr noundef %4, ptr noundef %5) #5
  store i64 %9, ptr %7, align 8, !tbaa !11
  %10 = load i64, ptr %6, align 8, !tbaa !11
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = load i32, ptr %3, align 4, !tbaa !5
  %13 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %10, i32 noundef %11, i32 noundef %12) #5
  %14 = load i64, ptr %7, align 8, !tbaa !11
  %15 = load i32, ptr %4, align 4, !tbaa !5
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %14, i32 noundef %15, i32 noundef %16) #5
  call void @llvm.lifetime.end.p0(ptr %7) #4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @xorshift64star(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %4 = load ptr, ptr %2, align 8, !tbaa !18
  %5 = load i64, ptr %4, align 8, !tbaa !11
  store i64 %5, ptr %3, align 8, !tbaa !11
  %6 = load i64, ptr %3, align 8, !tbaa !11
  %7 = lshr i64 %6, 12
  %8 = load i64, ptr %3, align 8, !tbaa !11
  %9 = xor i64 %8, %7
  store i64 %9, ptr %3, align 8, !tbaa !11
  %10 = load i64, ptr %3, align 8, !tbaa !11
  %11 = shl i64 %10, 25
  %12 = load i64, ptr %3, align 8, !tbaa !11
  %13 = xor i64 %12, %11
  store i64 %13, ptr %3, align 8, !tbaa !11
  %14 = load i64, ptr %3, align 8, !tbaa !11
  %15 = lshr i64 %14, 27
  %16 = load i64, ptr %3, align 8, !tbaa !11
  %17 = xor i64 %16, %15
  store i64 %17, ptr %3, align 8, !tbaa !11
  %18 = load i64, ptr %3, align 8, !tbaa !11
  %19 = load ptr, ptr %2, align 8, !tbaa !18
  store i64 %18, ptr %19, align 8, !tbaa !11
  %20 = load i64, ptr %3, align 8, !tbaa !11
  %21 = mul i64 %20, 2685821657736338717
  call void @llvm.lifetime.end.p0(ptr %3) #4
  ret i64 %21
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @lcg64(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !18
  %3 = load ptr, ptr %2, align 8, !tbaa !18
  %4 = load i64, ptr %3, align 8, !tbaa !11
  %5 = mul i64 %4, 6364136223846793005
  %6 = add i64 %5, 1442695040888963407
  %7 = load ptr, ptr %2, align 8, !tbaa !18
  store i64 %6, ptr %7, align 8, !tbaa !11
  %8 = load ptr, ptr %2, align 8, !tbaa !18
  %9 = load i64, ptr %8, align 8, !tbaa !11
  ret i64 %9
}

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
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 int", !10, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 long", !10, i64 0}
