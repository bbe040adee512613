; ModuleID = 'crc16_ccitt.c'
source_filename = "crc16_ccitt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.packet = type { [512 x i8], i64, i16 }

@crc_table = internal global [256 x i16] zeroinitializer, align 16
@.str = private unnamed_addr constant [10 x i8] c"123456789\00", align 1
@.str.1 = private unnamed_addr constant [27 x i8] c"CCITT-FALSE check: 0x%04X\0A\00", align 1
@.str.2 = private unnamed_addr constant [27 x i8] c"XMODEM check:      0x%04X\0A\00", align 1
@.str.3 = private unnamed_addr constant [27 x i8] c"KERMIT check:      0x%04X\0A\00", align 1
@packets = internal global [64 x %struct.packet] zeroinitializer, align 16
@.str.4 = private unnamed_addr constant [36 x i8] c"packets=%d bytes=%zu mismatches=%d\0A\00", align 1
@.str.5 = private unnamed_addr constant [17 x i8] c"combined=0x%08X\0A\00", align 1
@.str.6 = private unnamed_addr constant [35 x i8] c"single-bit errors detected: %d/%d\0A\00", align 1
@crc_table_refl = internal global [256 x i16] zeroinitializer, align 16
@lcg_state = internal global i32 12345, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i16 @crc16_bitwise(ptr noundef %0, i64 noundef %1, i16 noundef zeroext %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i16, align 2
  %7 = alloca i16, align 2
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i16 %2, ptr %6, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %11 = load i16, ptr %6, align 2, !tbaa !14
  store i16 %11, ptr %7, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %8) #4
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %12

12:                                               ; preds = %55, %3
  %13 = load i64, ptr %8, align 8, !tbaa !12
  %14 = load i64, ptr %5, align 8, !tbaa !12
  %15 = icmp ult i64 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %58

17:                                               ; preds = %12
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = load i64, ptr %8, align 8, !tbaa !12
  %20 = getelementptr inbounds nuw i8, ptr %18, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !16
  %22 = zext i8 %21 to i32
  %23 = shl i32 %22, 8
  %24 = trunc i32 %23 to i16
  %25 = zext i16 %24 to i32
  %26 = load i16, ptr %7, align 2, !tbaa !14
  %27 = zext i16 %26 to i32
  %28 = xor i32 %27, %25
  %29 = trunc i32 %28 to i16
  store i16 %29, ptr %7, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %10) #4
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %51, %17
  %31 = load i32, ptr %10, align 4, !tbaa !5
  %32 = icmp slt i32 %31, 8
  br i1 %32, label %34, label %33

33:                                               ; preds = %30
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #4
  br label %54

34:                                               ; preds = %30
  %35 = load i16, ptr %7, align 2, !tbaa !14
  %36 = zext i16 %35 to i32
  %37 = and i32 %36, 32768
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %45

39:                                               ; preds = %34
  %40 = load i16, ptr %7, align 2, !tbaa !14
  %41 = zext i16 %40 to i32
  %42 = shl i32 %41, 1
  %43 = xor i32 %42, 4129
  %44 = trunc i32 %43 to i16
  store i16 %44, ptr %7, align 2, !tbaa !14
  br label %50

45:                                               ; preds = %34
  %46 = load i16, ptr %7, align 2, !tbaa !14
  %47 = zext i16 %46 to i32
  %48 = shl i32 %47, 1
  %49 = trunc i32 %48 to i16
  store i16 %49, ptr %7, align 2, !tbaa !14
  br label %50

50:                                               ; preds = %45, %39
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %10, align 4, !tbaa !5
  br label %30, !llvm.loop !17

54:                                               ; preds = %33
  br label %55

55:                                               ; preds = %54
  %56 = load i64, ptr %8, align 8, !tbaa !12
  %57 = add i64 %56, 1
  store i64 %57, ptr %8, align 8, !tbaa !12
  br label %12, !llvm.loop !19

58:                                               ; preds = %16
  %59 = load i16, ptr %7, align 2, !tbaa !14
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i16 %59
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local zeroext i16 @crc16_table(ptr noundef %0, i64 noundef %1, i16 noundef zeroext %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i16, align 2
  %7 = alloca i16, align 2
  %8 = alloca i8, align 1
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store i16 %2, ptr %6, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %7) #4
  %9 = load i16, ptr %6, align 2, !tbaa !14
  store i16 %9, ptr %7, align 2, !tbaa !14
  br label %10

10:                                               ; preds = %14, %3
  %11 = load i64, ptr %5, align 8, !tbaa !12
  %12 = add i64 %11, -1
  store i64 %12, ptr %5, align 8, !tbaa !12
  %13 = icmp ne i64 %11, 0
  br i1 %13, label %14, label %34

14:                                               ; preds = %10
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %15 = load i16, ptr %7, align 2, !tbaa !14
  %16 = zext i16 %15 to i32
  %17 = ashr i32 %16, 8
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 1
  store ptr %19, ptr %4, align 8, !tbaa !9
  %20 = load i8, ptr %18, align 1, !tbaa !16
  %21 = zext i8 %20 to i32
  %22 = xor i32 %17, %21
  %23 = trunc i32 %22 to i8
  store i8 %23, ptr %8, align 1, !tbaa !16
  %24 = load i16, ptr %7, align 2, !tbaa !14
  %25 = zext i16 %24 to i32
  %26 = shl i32 %25, 8
  %27 = load i8, ptr %8, align 1, !tbaa !16
  %28 = zext i8 %27 to i64
  %29 = getelementptr inbounds nuw [256 x i16], ptr @crc_table, i64 0, i64 %28
  %30 = load i16, ptr %29, align 2, !tbaa !14
  %31 = zext i16 %30 to i32
  %32 = xor i32 %26, %31
  %33 = trunc i32 %32 to i16
  store i16 %33, ptr %7, align 2, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %10, !llvm.loop !20

34:                                               ; preds = %10
  %35 = load i16, ptr %7, align 2, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %7) #4
  ret i16 %35
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i16, align 2
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store ptr @.str, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = call i64 @strlen(ptr noundef %9) #5
  store i64 %10, ptr %3, align 8, !tbaa !12
  call void @build_tables() #6
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = load i64, ptr %3, align 8, !tbaa !12
  %13 = call zeroext i16 @crc16_bitwise(ptr noundef %11, i64 noundef %12, i16 noundef zeroext -1) #6
  %14 = zext i16 %13 to i32
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %14) #6
  %16 = load ptr, ptr %2, align 8, !tbaa !9
  %17 = load i64, ptr %3, align 8, !tbaa !12
  %18 = call zeroext i16 @crc16_table(ptr noundef %16, i64 noundef %17, i16 noundef zeroext 0) #6
  %19 = zext i16 %18 to i32
  %20 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %19) #6
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = load i64, ptr %3, align 8, !tbaa !12
  %23 = call zeroext i16 @crc16_kermit(ptr noundef %21, i64 noundef %22) #6
  %24 = zext i16 %23 to i32
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %24) #6
  call void @make_packets() #6
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i64 0, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #4
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %84, %0
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 64
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr %7) #4
  br label %87

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %8) #4
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %32
  %34 = getelementptr inbounds nuw %struct.packet, ptr %33, i32 0, i32 0
  %35 = getelementptr inbounds [512 x i8], ptr %34, i64 0, i64 0
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %37
  %39 = getelementptr inbounds nuw %struct.packet, ptr %38, i32 0, i32 1
  %40 = load i64, ptr %39, align 16, !tbaa !21
  %41 = call zeroext i16 @crc16_bitwise(ptr noundef %35, i64 noundef %40, i16 noundef zeroext -1) #6
  store i16 %41, ptr %8, align 2, !tbaa !14
  %42 = load i16, ptr %8, align 2, !tbaa !14
  %43 = zext i16 %42 to i32
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %45
  %47 = getelementptr inbounds nuw %struct.packet, ptr %46, i32 0, i32 2
  %48 = load i16, ptr %47, align 8, !tbaa !23
  %49 = zext i16 %48 to i32
  %50 = icmp ne i32 %43, %49
  br i1 %50, label %51, label %54

51:                                               ; preds = %30
  %52 = load i32, ptr %4, align 4, !tbaa !5
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %4, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %51, %30
  %55 = load i32, ptr %5, align 4, !tbaa !5
  %56 = shl i32 %55, 5
  %57 = load i32, ptr %5, align 4, !tbaa !5
  %58 = lshr i32 %57, 27
  %59 = or i32 %56, %58
  %60 = load i16, ptr %8, align 2, !tbaa !14
  %61 = zext i16 %60 to i32
  %62 = xor i32 %59, %61
  store i32 %62, ptr %5, align 4, !tbaa !5
  %63 = load i32, ptr %7, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %64
  %66 = getelementptr inbounds nuw %struct.packet, ptr %65, i32 0, i32 0
  %67 = getelementptr inbounds [512 x i8], ptr %66, i64 0, i64 0
  %68 = load i32, ptr %7, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %69
  %71 = getelementptr inbounds nuw %struct.packet, ptr %70, i32 0, i32 1
  %72 = load i64, ptr %71, align 16, !tbaa !21
  %73 = call zeroext i16 @crc16_kermit(ptr noundef %67, i64 noundef %72) #6
  %74 = zext i16 %73 to i32
  %75 = load i32, ptr %5, align 4, !tbaa !5
  %76 = xor i32 %75, %74
  store i32 %76, ptr %5, align 4, !tbaa !5
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %78
  %80 = getelementptr inbounds nuw %struct.packet, ptr %79, i32 0, i32 1
  %81 = load i64, ptr %80, align 16, !tbaa !21
  %82 = load i64, ptr %6, align 8, !tbaa !12
  %83 = add i64 %82, %81
  store i64 %83, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %8) #4
  br label %84

84:                                               ; preds = %54
  %85 = load i32, ptr %7, align 4, !tbaa !5
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %7, align 4, !tbaa !5
  br label %26, !llvm.loop !24

87:                                               ; preds = %29
  %88 = load i64, ptr %6, align 8, !tbaa !12
  %89 = load i32, ptr %4, align 4, !tbaa !5
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef 64, i64 noundef %88, i32 noundef %89) #6
  %91 = load i32, ptr %5, align 4, !tbaa !5
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %91) #6
  %93 = call i32 @detect_single_bit_errors() #6
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %93, i32 noundef 64) #6
  call void @llvm.lifetime.end.p0(ptr %6) #4
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  call void @llvm.lifetime.end.p0(ptr %2) #4
  ret i32 0
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @build_tables() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr %1) #4
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %75, %0
  %8 = load i32, ptr %1, align 4, !tbaa !5
  %9 = icmp ult i32 %8, 256
  br i1 %9, label %11, label %10

10:                                               ; preds = %7
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #4
  br label %78

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %12 = load i32, ptr %1, align 4, !tbaa !5
  %13 = shl i32 %12, 8
  %14 = trunc i32 %13 to i16
  store i16 %14, ptr %3, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %36, %11
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = icmp slt i32 %16, 8
  br i1 %17, label %19, label %18

18:                                               ; preds = %15
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %39

19:                                               ; preds = %15
  %20 = load i16, ptr %3, align 2, !tbaa !14
  %21 = zext i16 %20 to i32
  %22 = and i32 %21, 32768
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %30

24:                                               ; preds = %19
  %25 = load i16, ptr %3, align 2, !tbaa !14
  %26 = zext i16 %25 to i32
  %27 = shl i32 %26, 1
  %28 = xor i32 %27, 4129
  %29 = trunc i32 %28 to i16
  store i16 %29, ptr %3, align 2, !tbaa !14
  br label %35

30:                                               ; preds = %19
  %31 = load i16, ptr %3, align 2, !tbaa !14
  %32 = zext i16 %31 to i32
  %33 = shl i32 %32, 1
  %34 = trunc i32 %33 to i16
  store i16 %34, ptr %3, align 2, !tbaa !14
  br label %35

35:                                               ; preds = %30, %24
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %4, align 4, !tbaa !5
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %4, align 4, !tbaa !5
  br label %15, !llvm.loop !25

39:                                               ; preds = %18
  %40 = load i16, ptr %3, align 2, !tbaa !14
  %41 = load i32, ptr %1, align 4, !tbaa !5
  %42 = zext i32 %41 to i64
  %43 = getelementptr inbounds nuw [256 x i16], ptr @crc_table, i64 0, i64 %42
  store i16 %40, ptr %43, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %44 = load i32, ptr %1, align 4, !tbaa !5
  %45 = trunc i32 %44 to i16
  store i16 %45, ptr %5, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %67, %39
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = icmp slt i32 %47, 8
  br i1 %48, label %50, label %49

49:                                               ; preds = %46
  store i32 8, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %70

50:                                               ; preds = %46
  %51 = load i16, ptr %5, align 2, !tbaa !14
  %52 = zext i16 %51 to i32
  %53 = and i32 %52, 1
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %61

55:                                               ; preds = %50
  %56 = load i16, ptr %5, align 2, !tbaa !14
  %57 = zext i16 %56 to i32
  %58 = ashr i32 %57, 1
  %59 = xor i32 %58, 33800
  %60 = trunc i32 %59 to i16
  store i16 %60, ptr %5, align 2, !tbaa !14
  br label %66

61:                                               ; preds = %50
  %62 = load i16, ptr %5, align 2, !tbaa !14
  %63 = zext i16 %62 to i32
  %64 = ashr i32 %63, 1
  %65 = trunc i32 %64 to i16
  store i16 %65, ptr %5, align 2, !tbaa !14
  br label %66

66:                                               ; preds = %61, %55
  br label %67

67:                                               ; preds = %66
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %6, align 4, !tbaa !5
  br label %46, !llvm.loop !26

70:                                               ; preds = %49
  %71 = load i16, ptr %5, align 2, !tbaa !14
  %72 = load i32, ptr %1, align 4, !tbaa !5
  %73 = zext i32 %72 to i64
  %74 = getelementptr inbounds nuw [256 x i16], ptr @crc_table_refl, i64 0, i64 %73
  store i16 %71, ptr %74, align 2, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %75

75:                                               ; preds = %70
  %76 = load i32, ptr %1, align 4, !tbaa !5
  %77 = add i32 %76, 1
  store i32 %77, ptr %1, align 4, !tbaa !5
  br label %7, !llvm.loop !27

78:                                               ; preds = %10
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @crc16_kermit(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i16, align 2
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i64 %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #4
  store i16 0, ptr %5, align 2, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %6) #4
  store i64 0, ptr %6, align 8, !tbaa !12
  br label %7

7:                                                ; preds = %31, %2
  %8 = load i64, ptr %6, align 8, !tbaa !12
  %9 = load i64, ptr %4, align 8, !tbaa !12
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %12, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.end.p0(ptr %6) #4
  br label %34

12:                                               ; preds = %7
  %13 = load i16, ptr %5, align 2, !tbaa !14
  %14 = zext i16 %13 to i32
  %15 = ashr i32 %14, 8
  %16 = load i16, ptr %5, align 2, !tbaa !14
  %17 = zext i16 %16 to i32
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = load i64, ptr %6, align 8, !tbaa !12
  %20 = getelementptr inbounds nuw i8, ptr %18, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !16
  %22 = zext i8 %21 to i32
  %23 = xor i32 %17, %22
  %24 = and i32 %23, 255
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw [256 x i16], ptr @crc_table_refl, i64 0, i64 %25
  %27 = load i16, ptr %26, align 2, !tbaa !14
  %28 = zext i16 %27 to i32
  %29 = xor i32 %15, %28
  %30 = trunc i32 %29 to i16
  store i16 %30, ptr %5, align 2, !tbaa !14
  br label %31

31:                                               ; preds = %12
  %32 = load i64, ptr %6, align 8, !tbaa !12
  %33 = add i64 %32, 1
  store i64 %33, ptr %6, align 8, !tbaa !12
  br label %7, !llvm.loop !28

34:                                               ; preds = %11
  %35 = load i16, ptr %5, align 2, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr %5) #4
  ret i16 %35
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @make_packets() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  call void @llvm.lifetime.start.p0(ptr %1) #4
  store i32 0, ptr %1, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %46, %0
  %6 = load i32, ptr %1, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 64
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  store i32 2, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %1) #4
  br label %49

9:                                                ; preds = %5
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %10 = load i32, ptr %1, align 4, !tbaa !5
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %11
  store ptr %12, ptr %3, align 8, !tbaa !29
  %13 = call i32 @lcg_next() #6
  %14 = urem i32 %13, 496
  %15 = add i32 16, %14
  %16 = zext i32 %15 to i64
  %17 = load ptr, ptr %3, align 8, !tbaa !29
  %18 = getelementptr inbounds nuw %struct.packet, ptr %17, i32 0, i32 1
  store i64 %16, ptr %18, align 8, !tbaa !21
  call void @llvm.lifetime.start.p0(ptr %4) #4
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %19

19:                                               ; preds = %33, %9
  %20 = load i64, ptr %4, align 8, !tbaa !12
  %21 = load ptr, ptr %3, align 8, !tbaa !29
  %22 = getelementptr inbounds nuw %struct.packet, ptr %21, i32 0, i32 1
  %23 = load i64, ptr %22, align 8, !tbaa !21
  %24 = icmp ult i64 %20, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %19
  store i32 5, ptr %2, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  br label %36

26:                                               ; preds = %19
  %27 = call i32 @lcg_next() #6
  %28 = trunc i32 %27 to i8
  %29 = load ptr, ptr %3, align 8, !tbaa !29
  %30 = getelementptr inbounds nuw %struct.packet, ptr %29, i32 0, i32 0
  %31 = load i64, ptr %4, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw [512 x i8], ptr %30, i64 0, i64 %31
  store i8 %28, ptr %32, align 1, !tbaa !16
  br label %33

33:                                               ; preds = %26
  %34 = load i64, ptr %4, align 8, !tbaa !12
  %35 = add i64 %34, 1
  store i64 %35, ptr %4, align 8, !tbaa !12
  br label %19, !llvm.loop !31

36:                                               ; preds = %25
  %37 = load ptr, ptr %3, align 8, !tbaa !29
  %38 = getelementptr inbounds nuw %struct.packet, ptr %37, i32 0, i32 0
  %39 = getelementptr inbounds [512 x i8], ptr %38, i64 0, i64 0
  %40 = load ptr, ptr %3, align 8, !tbaa !29
  %41 = getelementptr inbounds nuw %struct.packet, ptr %40, i32 0, i32 1
  %42 = load i64, ptr %41, align 8, !tbaa !21
  %43 = call zeroext i16 @crc16_table(ptr noundef %39, i64 noundef %42, i16 noundef zeroext -1) #6
  %44 = load ptr, ptr %3, align 8, !tbaa !29
  %45 = getelementptr inbounds nuw %struct.packet, ptr %44, i32 0, i32 2
  store i16 %43, ptr %45, align 8, !tbaa !23
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %46

46:                                               ; preds = %36
  %47 = load i32, ptr %1, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %1, align 4, !tbaa !5
  br label %5, !llvm.loop !32

49:                                               ; preds = %8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @detect_single_bit_errors() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr %1) #4
  store i32 0, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %2) #4
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %65, %0
  %7 = load i32, ptr %2, align 4, !tbaa !5
  %8 = icmp slt i32 %7, 64
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.end.p0(ptr %2) #4
  br label %68

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(ptr %3) #4
  %11 = load i32, ptr %2, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [64 x %struct.packet], ptr @packets, i64 0, i64 %12
  store ptr %13, ptr %3, align 8, !tbaa !29
  call void @llvm.lifetime.start.p0(ptr %4) #4
  %14 = call i32 @lcg_next() #6
  %15 = zext i32 %14 to i64
  %16 = load ptr, ptr %3, align 8, !tbaa !29
  %17 = getelementptr inbounds nuw %struct.packet, ptr %16, i32 0, i32 1
  %18 = load i64, ptr %17, align 8, !tbaa !21
  %19 = mul i64 %18, 8
  %20 = urem i64 %15, %19
  store i64 %20, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #4
  %21 = load i64, ptr %4, align 8, !tbaa !12
  %22 = and i64 %21, 7
  %23 = trunc i64 %22 to i32
  %24 = shl i32 1, %23
  %25 = trunc i32 %24 to i8
  store i8 %25, ptr %5, align 1, !tbaa !16
  %26 = load i8, ptr %5, align 1, !tbaa !16
  %27 = zext i8 %26 to i32
  %28 = load ptr, ptr %3, align 8, !tbaa !29
  %29 = getelementptr inbounds nuw %struct.packet, ptr %28, i32 0, i32 0
  %30 = load i64, ptr %4, align 8, !tbaa !12
  %31 = lshr i64 %30, 3
  %32 = getelementptr inbounds nuw [512 x i8], ptr %29, i64 0, i64 %31
  %33 = load i8, ptr %32, align 1, !tbaa !16
  %34 = zext i8 %33 to i32
  %35 = xor i32 %34, %27
  %36 = trunc i32 %35 to i8
  store i8 %36, ptr %32, align 1, !tbaa !16
  %37 = load ptr, ptr %3, align 8, !tbaa !29
  %38 = getelementptr inbounds nuw %struct.packet, ptr %37, i32 0, i32 0
  %39 = getelementptr inbounds [512 x i8], ptr %38, i64 0, i64 0
  %40 = load ptr, ptr %3, align 8, !tbaa !29
  %41 = getelementptr inbounds nuw %struct.packet, ptr %40, i32 0, i32 1
  %42 = load i64, ptr %41, align 8, !tbaa !21
  %43 = call zeroext i16 @crc16_table(ptr noundef %39, i64 noundef %42, i16 noundef zeroext -1) #6
  %44 = zext i16 %43 to i32
  %45 = load ptr, ptr %3, align 8, !tbaa !29
  %46 = getelementptr inbounds nuw %struct.packet, ptr %45, i32 0, i32 2
  %47 = load i16, ptr %46, align 8, !tbaa !23
  %48 = zext i16 %47 to i32
  %49 = icmp ne i32 %44, %48
  br i1 %49, label %50, label %53

50:                                               ; preds = %10
  %51 = load i32, ptr %1, align 4, !tbaa !5
  %52 = add nsw i32 %51, 1
  store i32 %52, ptr %1, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %50, %10
  %54 = load i8, ptr %5, align 1, !tbaa !16
  %55 = zext i8 %54 to i32
  %56 = load ptr, ptr %3, align 8, !tbaa !29
  %57 = getelementptr inbounds nuw %struct.packet, ptr %56, i32 0, i32 0
  %58 = load i64, ptr %4, align 8, !tbaa !12
  %59 = lshr i64 %58, 3
  %60 = getelementptr inbounds nuw [512 x i8], ptr %57, i64 0, i64 %59
  %61 = load i8, ptr %60, align 1, !tbaa !16
  %62 = zext i8 %61 to i32
  %63 = xor i32 %62, %55
  %64 = trunc i32 %63 to i8
  store i8 %64, ptr %60, align 1, !tbaa !16
  call void @llvm.lifetime.end.p0(ptr %5) #4
  call void @llvm.lifetime.end.p0(ptr %4) #4
  call void @llvm.lifetime.end.p0(ptr %3) #4
  br label %65

65:                                               ; preds = %53
  %66 = load i32, ptr %2, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %2, align 4, !tbaa !5
  br label %6, !llvm.loop !33

68:                                               ; preds = %9
  %69 = load i32, ptr %1, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %1) #4
  ret i32 %69
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lcg_next() #0 {
  %1 = load i32, ptr @lcg_state, align 4, !tbaa !5
  %2 = mul i32 %1, 1103515245
  %3 = add i32 %2, 12345
  store i32 %3, ptr @lcg_state, align 4, !tbaa !5
  %4 = load i32, ptr @lcg_state, align 4, !tbaa !5
  %5 = lshr i32 %4, 8
  ret i32 %5
}

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
!14 = !{!15, !15, i64 0}
!15 = !{!"short", !7, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = distinct !{!20, !18}
!21 = !{!22, !13, i64 512}
!22 = !{!"packet", !7, i64 0, !13, i64 512, !15, i64 520}
!23 = !{!22, !15, i64 520}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
!28 = distinct !{!28, !18}
!29 = !{!30, !30, i64 0}
!30 = !{!"p1 _ZTS6packet", !11, i64 0}
!31 = distinct !{!31, !18}
!32 = distinct !{!32, !18}
!33 = distinct !{!33, !18}
