; ModuleID = 'vigenere_cipher.c'
source_filename = "vigenere_cipher.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [150 x i8] c"The essence of the benchmark: every sentence here repeats the letter e more than the rest, whereas rare letters seldom appear. Even so, we test them.\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"lemon\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"Hello, World\00", align 1
@.str.3 = private unnamed_addr constant [33 x i8] c"recovered=%d hash=%08x rot13=%s\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @caesar(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i32 %1, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %15, %2
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = load i8, ptr %6, align 1, !tbaa !12
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %18

9:                                                ; preds = %5
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = load i8, ptr %10, align 1, !tbaa !12
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = call signext i8 @shift_char(i8 noundef signext %11, i32 noundef %12) #7
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  store i8 %13, ptr %14, align 1, !tbaa !12
  br label %15

15:                                               ; preds = %9
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw i8, ptr %16, i32 1
  store ptr %17, ptr %3, align 8, !tbaa !9
  br label %5, !llvm.loop !13

18:                                               ; preds = %5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @shift_char(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i32, align 4
  store i8 %0, ptr %4, align 1, !tbaa !12
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = call ptr @__ctype_b_loc() #8
  %7 = load ptr, ptr %6, align 8, !tbaa !15
  %8 = load i8, ptr %4, align 1, !tbaa !12
  %9 = zext i8 %8 to i32
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds i16, ptr %7, i64 %10
  %12 = load i16, ptr %11, align 2, !tbaa !17
  %13 = zext i16 %12 to i32
  %14 = and i32 %13, 256
  %15 = icmp ne i32 %14, 0
  br i1 %15, label %16, label %26

16:                                               ; preds = %2
  %17 = load i8, ptr %4, align 1, !tbaa !12
  %18 = sext i8 %17 to i32
  %19 = sub nsw i32 %18, 65
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = add nsw i32 %19, %20
  %22 = add nsw i32 %21, 26
  %23 = srem i32 %22, 26
  %24 = add nsw i32 65, %23
  %25 = trunc i32 %24 to i8
  store i8 %25, ptr %3, align 1
  br label %49

26:                                               ; preds = %2
  %27 = call ptr @__ctype_b_loc() #8
  %28 = load ptr, ptr %27, align 8, !tbaa !15
  %29 = load i8, ptr %4, align 1, !tbaa !12
  %30 = zext i8 %29 to i32
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i16, ptr %28, i64 %31
  %33 = load i16, ptr %32, align 2, !tbaa !17
  %34 = zext i16 %33 to i32
  %35 = and i32 %34, 512
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %37, label %47

37:                                               ; preds = %26
  %38 = load i8, ptr %4, align 1, !tbaa !12
  %39 = sext i8 %38 to i32
  %40 = sub nsw i32 %39, 97
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = add nsw i32 %40, %41
  %43 = add nsw i32 %42, 26
  %44 = srem i32 %43, 26
  %45 = add nsw i32 97, %44
  %46 = trunc i32 %45 to i8
  store i8 %46, ptr %3, align 1
  br label %49

47:                                               ; preds = %26
  %48 = load i8, ptr %4, align 1, !tbaa !12
  store i8 %48, ptr %3, align 1
  br label %49

49:                                               ; preds = %47, %37, %16
  %50 = load i8, ptr %3, align 1
  ret i8 %50
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @vigenere(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %12 = load ptr, ptr %5, align 8, !tbaa !9
  %13 = call i64 @strlen(ptr noundef %12) #10
  store i64 %13, ptr %7, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store i64 0, ptr %8, align 8, !tbaa !19
  br label %14

14:                                               ; preds = %61, %3
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = icmp ne i8 %16, 0
  br i1 %17, label %18, label %64

18:                                               ; preds = %14
  %19 = call ptr @__ctype_b_loc() #8
  %20 = load ptr, ptr %19, align 8, !tbaa !15
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !12
  %23 = zext i8 %22 to i32
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i16, ptr %20, i64 %24
  %26 = load i16, ptr %25, align 2, !tbaa !17
  %27 = zext i16 %26 to i32
  %28 = and i32 %27, 1024
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %31, label %30

30:                                               ; preds = %18
  br label %61

31:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %9) #9
  call void @llvm.lifetime.start.p0(ptr %10) #9
  %32 = call ptr @__ctype_tolower_loc() #8
  %33 = load ptr, ptr %32, align 8, !tbaa !21
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = load i64, ptr %8, align 8, !tbaa !19
  %36 = add i64 %35, 1
  store i64 %36, ptr %8, align 8, !tbaa !19
  %37 = load i64, ptr %7, align 8, !tbaa !19
  %38 = urem i64 %35, %37
  %39 = getelementptr inbounds nuw i8, ptr %34, i64 %38
  %40 = load i8, ptr %39, align 1, !tbaa !12
  %41 = zext i8 %40 to i32
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds i32, ptr %33, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  store i32 %44, ptr %10, align 4, !tbaa !5
  %45 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %45, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #9
  %46 = load i32, ptr %11, align 4, !tbaa !5
  %47 = sub nsw i32 %46, 97
  store i32 %47, ptr %9, align 4, !tbaa !5
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = load i8, ptr %48, align 1, !tbaa !12
  %50 = load i32, ptr %6, align 4, !tbaa !5
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %52, label %55

52:                                               ; preds = %31
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = sub nsw i32 0, %53
  br label %57

55:                                               ; preds = %31
  %56 = load i32, ptr %9, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %55, %52
  %58 = phi i32 [ %54, %52 ], [ %56, %55 ]
  %59 = call signext i8 @shift_char(i8 noundef signext %49, i32 noundef %58) #7
  %60 = load ptr, ptr %4, align 8, !tbaa !9
  store i8 %59, ptr %60, align 1, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #9
  br label %61

61:                                               ; preds = %57, %30
  %62 = load ptr, ptr %4, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw i8, ptr %62, i32 1
  store ptr %63, ptr %4, align 8, !tbaa !9
  br label %14, !llvm.loop !23

64:                                               ; preds = %14
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #3

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [256 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  store ptr @.str, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %56, %0
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 26
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #9
  br label %59

13:                                               ; preds = %9
  %14 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  %16 = call ptr @strcpy(ptr noundef %14, ptr noundef %15) #11
  %17 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %18 = load i32, ptr %6, align 4, !tbaa !5
  call void @caesar(ptr noundef %17, i32 noundef %18) #7
  %19 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %20 = call i32 @guess_caesar_shift(ptr noundef %19) #7
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = icmp eq i32 %20, %21
  %23 = zext i1 %22 to i32
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = add nsw i32 %24, %23
  store i32 %25, ptr %5, align 4, !tbaa !5
  %26 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  call void @vigenere(ptr noundef %26, ptr noundef @.str.1, i32 noundef 0) #7
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %27 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  store ptr %27, ptr %8, align 8, !tbaa !9
  br label %28

28:                                               ; preds = %40, %13
  %29 = load ptr, ptr %8, align 8, !tbaa !9
  %30 = load i8, ptr %29, align 1, !tbaa !12
  %31 = icmp ne i8 %30, 0
  br i1 %31, label %33, label %32

32:                                               ; preds = %28
  store i32 5, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %43

33:                                               ; preds = %28
  %34 = load i32, ptr %4, align 4, !tbaa !5
  %35 = mul i32 %34, 31
  %36 = load ptr, ptr %8, align 8, !tbaa !9
  %37 = load i8, ptr %36, align 1, !tbaa !12
  %38 = zext i8 %37 to i32
  %39 = add i32 %35, %38
  store i32 %39, ptr %4, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %33
  %41 = load ptr, ptr %8, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1
  store ptr %42, ptr %8, align 8, !tbaa !9
  br label %28, !llvm.loop !24

43:                                               ; preds = %32
  %44 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  call void @vigenere(ptr noundef %44, ptr noundef @.str.1, i32 noundef 1) #7
  %45 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %46 = load i32, ptr %6, align 4, !tbaa !5
  %47 = sub nsw i32 0, %46
  call void @caesar(ptr noundef %45, i32 noundef %47) #7
  %48 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %49 = load ptr, ptr %2, align 8, !tbaa !9
  %50 = call i32 @strcmp(ptr noundef %48, ptr noundef %49) #10
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %52, label %55

52:                                               ; preds = %43
  %53 = load i32, ptr %4, align 4, !tbaa !5
  %54 = xor i32 %53, 57005
  store i32 %54, ptr %4, align 4, !tbaa !5
  br label %55

55:                                               ; preds = %52, %43
  br label %56

56:                                               ; preds = %55
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %6, align 4, !tbaa !5
  br label %9, !llvm.loop !25

59:                                               ; preds = %12
  %60 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %61 = call ptr @strcpy(ptr noundef %60, ptr noundef @.str.2) #11
  %62 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  call void @caesar(ptr noundef %62, i32 noundef 13) #7
  %63 = load i32, ptr %5, align 4, !tbaa !5
  %64 = load i32, ptr %4, align 4, !tbaa !5
  %65 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %66 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %63, i32 noundef %64, ptr noundef %65) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %7, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  call void @llvm.lifetime.end.p0(ptr %2) #9
  %67 = load i32, ptr %1, align 4
  ret i32 %67
}

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @guess_caesar_shift(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca [26 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 104, i1 false)
  br label %8

8:                                                ; preds = %41, %1
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = load i8, ptr %9, align 1, !tbaa !12
  %11 = icmp ne i8 %10, 0
  br i1 %11, label %12, label %44

12:                                               ; preds = %8
  %13 = call ptr @__ctype_b_loc() #8
  %14 = load ptr, ptr %13, align 8, !tbaa !15
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = zext i8 %16 to i32
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i16, ptr %14, i64 %18
  %20 = load i16, ptr %19, align 2, !tbaa !17
  %21 = zext i16 %20 to i32
  %22 = and i32 %21, 1024
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %40

24:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %25 = call ptr @__ctype_tolower_loc() #8
  %26 = load ptr, ptr %25, align 8, !tbaa !21
  %27 = load ptr, ptr %2, align 8, !tbaa !9
  %28 = load i8, ptr %27, align 1, !tbaa !12
  %29 = zext i8 %28 to i32
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i32, ptr %26, i64 %30
  %32 = load i32, ptr %31, align 4, !tbaa !5
  store i32 %32, ptr %4, align 4, !tbaa !5
  %33 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %33, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #9
  %34 = load i32, ptr %5, align 4, !tbaa !5
  %35 = sub nsw i32 %34, 97
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [26 x i32], ptr %3, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = add i32 %38, 1
  store i32 %39, ptr %37, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %24, %12
  br label %41

41:                                               ; preds = %40
  %42 = load ptr, ptr %2, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw i8, ptr %42, i32 1
  store ptr %43, ptr %2, align 8, !tbaa !9
  br label %8, !llvm.loop !26

44:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i32 1, ptr %7, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %62, %44
  %46 = load i32, ptr %7, align 4, !tbaa !5
  %47 = icmp slt i32 %46, 26
  br i1 %47, label %49, label %48

48:                                               ; preds = %45
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %65

49:                                               ; preds = %45
  %50 = load i32, ptr %7, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [26 x i32], ptr %3, i64 0, i64 %51
  %53 = load i32, ptr %52, align 4, !tbaa !5
  %54 = load i32, ptr %6, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [26 x i32], ptr %3, i64 0, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = icmp ugt i32 %53, %57
  br i1 %58, label %59, label %61

59:                                               ; preds = %49
  %60 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %60, ptr %6, align 4, !tbaa !5
  br label %61

61:                                               ; preds = %59, %49
  br label %62

62:                                               ; preds = %61
  %63 = load i32, ptr %7, align 4, !tbaa !5
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %7, align 4, !tbaa !5
  br label %45, !llvm.loop !27

65:                                               ; preds = %48
  %66 = load i32, ptr %6, align 4, !tbaa !5
  %67 = sub nsw i32 %66, 4
  %68 = add nsw i32 %67, 26
  %69 = srem i32 %68, 26
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret i32 %69
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }
attributes #9 = { nounwind }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }
attributes #11 = { minsize nounwind optsize }

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
!12 = !{!7, !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 short", !11, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"short", !7, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !7, i64 0}
!21 = !{!22, !22, i64 0}
!22 = !{!"p1 int", !11, i64 0}
!23 = distinct !{!23, !14}
!24 = distinct !{!24, !14}
!25 = distinct !{!25, !14}
!26 = distinct !{!26, !14}
!27 = distinct !{!27, !14}
