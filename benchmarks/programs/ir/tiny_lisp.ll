; ModuleID = 'tiny_lisp.c'
source_filename = "tiny_lisp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.cell = type { i32, %union.anon }
%union.anon = type { %struct.anon.0 }
%struct.anon.0 = type { ptr, ptr, ptr }
%struct.anon = type { ptr, ptr }

@program = internal constant [920 x i8] c"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))\0A(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))\0A(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))\0A(define filter (lambda (p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l)))  (filter p (cdr l))))))\0A(define range (lambda (a b) (if (< a b) (cons a (range (+ a 1) b)) '())))\0A(define foldl (lambda (f acc l) (if (null? l) acc (foldl f (f acc (car l)) (cdr l)))))\0A(define compose (lambda (f g) (lambda (x) (f (g x)))))\0A(define square (lambda (x) (* x x)))\0A(define even? (lambda (x) (= (mod x 2) 0)))\0A(fact 10)\0A(fib 18)\0A(map square (range 0 12))\0A(foldl + 0 (filter even? (range 0 100)))\0A((compose square (lambda (x) (+ x 1))) 9)\0A(let ((x 5) (y 7)) (begin (define z (* x y)) (list x y z)))\0A(car (cdr '(a b c)))\0A(undefined-fn 3)\0A(/ 10 0)\0A(map (lambda (p) (car p)) '((1 2) (3 4) (5 6)))\0A\00", align 16
@rp = internal global ptr null, align 8
@global_env = internal global ptr null, align 8
@.str = private unnamed_addr constant [41 x i8] c"results=%d errors=%d cells=%d hash=%08x\0A\00", align 1
@ncells = internal global i32 0, align 4
@.str.1 = private unnamed_addr constant [14 x i8] c"last list=%s\0A\00", align 1
@nsyms = internal global i32 0, align 4
@.str.2 = private unnamed_addr constant [6 x i8] c"quote\00", align 1
@s_quote = internal global i32 0, align 4
@.str.3 = private unnamed_addr constant [3 x i8] c"if\00", align 1
@s_if = internal global i32 0, align 4
@.str.4 = private unnamed_addr constant [7 x i8] c"define\00", align 1
@s_define = internal global i32 0, align 4
@.str.5 = private unnamed_addr constant [7 x i8] c"lambda\00", align 1
@s_lambda = internal global i32 0, align 4
@.str.6 = private unnamed_addr constant [4 x i8] c"let\00", align 1
@s_let = internal global i32 0, align 4
@.str.7 = private unnamed_addr constant [2 x i8] c"t\00", align 1
@s_t = internal global i32 0, align 4
@.str.8 = private unnamed_addr constant [6 x i8] c"begin\00", align 1
@s_begin = internal global i32 0, align 4
@prim_names = internal constant [12 x ptr] [ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21], align 16
@symtab = internal global [128 x [16 x i8]] zeroinitializer, align 16
@nil_cell = internal global { i32, [4 x i8], { i64, [16 x i8] } } zeroinitializer, align 8
@cells = internal global [200000 x %struct.cell] zeroinitializer, align 16
@.str.10 = private unnamed_addr constant [2 x i8] c"+\00", align 1
@.str.11 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"*\00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"/\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"mod\00", align 1
@.str.15 = private unnamed_addr constant [2 x i8] c"<\00", align 1
@.str.16 = private unnamed_addr constant [2 x i8] c"=\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"car\00", align 1
@.str.18 = private unnamed_addr constant [4 x i8] c"cdr\00", align 1
@.str.19 = private unnamed_addr constant [5 x i8] c"cons\00", align 1
@.str.20 = private unnamed_addr constant [6 x i8] c"null?\00", align 1
@.str.21 = private unnamed_addr constant [5 x i8] c"list\00", align 1
@err_cell = internal global { i32, [4 x i8], { i64, [16 x i8] } } { i32 6, [4 x i8] zeroinitializer, { i64, [16 x i8] } zeroinitializer }, align 8
@.str.23 = private unnamed_addr constant [3 x i8] c"()\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c"%ld\00", align 1
@.str.25 = private unnamed_addr constant [8 x i8] c"#<prim>\00", align 1
@.str.26 = private unnamed_addr constant [10 x i8] c"#<lambda>\00", align 1
@.str.27 = private unnamed_addr constant [9 x i8] c"#<error>\00", align 1
@.str.28 = private unnamed_addr constant [2 x i8] c"(\00", align 1
@.str.29 = private unnamed_addr constant [2 x i8] c")\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i8], align 16
  %3 = alloca [256 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #9
  call void @llvm.lifetime.start.p0(ptr %3) #9
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 256, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #9
  store i32 -2128831035, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #9
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i32 0, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #9
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %63, %0
  %12 = load i32, ptr %7, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 3
  br i1 %13, label %15, label %14

14:                                               ; preds = %11
  call void @llvm.lifetime.end.p0(ptr %7) #9
  br label %66

15:                                               ; preds = %11
  call void @lisp_init() #10
  store ptr @program, ptr @rp, align 8, !tbaa !9
  br label %16

16:                                               ; preds = %61, %15
  call void @skip_space() #10
  %17 = load ptr, ptr @rp, align 8, !tbaa !9
  %18 = load i8, ptr %17, align 1, !tbaa !12
  %19 = icmp ne i8 %18, 0
  br i1 %19, label %21, label %20

20:                                               ; preds = %16
  br label %62

21:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %22 = call ptr @read_expr() #10
  store ptr %22, ptr %8, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %23 = load ptr, ptr %8, align 8, !tbaa !13
  %24 = icmp eq ptr %23, @err_cell
  br i1 %24, label %25, label %26

25:                                               ; preds = %21
  br label %30

26:                                               ; preds = %21
  %27 = load ptr, ptr %8, align 8, !tbaa !13
  %28 = load ptr, ptr @global_env, align 8, !tbaa !13
  %29 = call ptr @eval(ptr noundef %27, ptr noundef %28, i32 noundef 0) #10
  br label %30

30:                                               ; preds = %26, %25
  %31 = phi ptr [ @err_cell, %25 ], [ %29, %26 ]
  store ptr %31, ptr %9, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %10) #9
  store i64 0, ptr %10, align 8, !tbaa !15
  %32 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  store i8 0, ptr %32, align 16, !tbaa !12
  %33 = load ptr, ptr %9, align 8, !tbaa !13
  %34 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  call void @print_hash(ptr noundef %33, ptr noundef %4, ptr noundef %34, i64 noundef 256, ptr noundef %10) #10
  %35 = load ptr, ptr %9, align 8, !tbaa !13
  %36 = icmp eq ptr %35, @err_cell
  br i1 %36, label %37, label %40

37:                                               ; preds = %30
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %43

40:                                               ; preds = %30
  %41 = load i32, ptr %5, align 4, !tbaa !5
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %5, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %40, %37
  %44 = load i32, ptr %7, align 4, !tbaa !5
  %45 = icmp eq i32 %44, 0
  br i1 %45, label %46, label %61

46:                                               ; preds = %43
  %47 = load ptr, ptr %9, align 8, !tbaa !13
  %48 = icmp ne ptr %47, @err_cell
  br i1 %48, label %49, label %61

49:                                               ; preds = %46
  %50 = load i64, ptr %10, align 8, !tbaa !15
  %51 = icmp ugt i64 %50, 0
  br i1 %51, label %52, label %61

52:                                               ; preds = %49
  %53 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %54 = load i8, ptr %53, align 16, !tbaa !12
  %55 = sext i8 %54 to i32
  %56 = icmp eq i32 %55, 40
  br i1 %56, label %57, label %61

57:                                               ; preds = %52
  %58 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %59 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %60 = call ptr @strcpy(ptr noundef %58, ptr noundef %59) #11
  br label %61

61:                                               ; preds = %57, %52, %49, %46, %43
  call void @llvm.lifetime.end.p0(ptr %10) #9
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %16

62:                                               ; preds = %20
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %7, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %7, align 4, !tbaa !5
  br label %11, !llvm.loop !17

66:                                               ; preds = %14
  %67 = load i32, ptr %5, align 4, !tbaa !5
  %68 = load i32, ptr %6, align 4, !tbaa !5
  %69 = load i32, ptr @ncells, align 4, !tbaa !5
  %70 = load i32, ptr %4, align 4, !tbaa !5
  %71 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %67, i32 noundef %68, i32 noundef %69, i32 noundef %70) #10
  %72 = getelementptr inbounds [256 x i8], ptr %3, i64 0, i64 0
  %73 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef %72) #10
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  call void @llvm.lifetime.end.p0(ptr %4) #9
  call void @llvm.lifetime.end.p0(ptr %3) #9
  call void @llvm.lifetime.end.p0(ptr %2) #9
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @lisp_init() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 0, ptr @ncells, align 4, !tbaa !5
  store i32 0, ptr @nsyms, align 4, !tbaa !5
  %4 = call i32 @intern(ptr noundef @.str.2, i64 noundef 5) #10
  store i32 %4, ptr @s_quote, align 4, !tbaa !5
  %5 = call i32 @intern(ptr noundef @.str.3, i64 noundef 2) #10
  store i32 %5, ptr @s_if, align 4, !tbaa !5
  %6 = call i32 @intern(ptr noundef @.str.4, i64 noundef 6) #10
  store i32 %6, ptr @s_define, align 4, !tbaa !5
  %7 = call i32 @intern(ptr noundef @.str.5, i64 noundef 6) #10
  store i32 %7, ptr @s_lambda, align 4, !tbaa !5
  %8 = call i32 @intern(ptr noundef @.str.6, i64 noundef 3) #10
  store i32 %8, ptr @s_let, align 4, !tbaa !5
  %9 = call i32 @intern(ptr noundef @.str.7, i64 noundef 1) #10
  store i32 %9, ptr @s_t, align 4, !tbaa !5
  %10 = call i32 @intern(ptr noundef @.str.8, i64 noundef 5) #10
  store i32 %10, ptr @s_begin, align 4, !tbaa !5
  %11 = load i32, ptr @s_t, align 4, !tbaa !5
  %12 = call ptr @mk_sym(i32 noundef %11) #10
  %13 = load i32, ptr @s_t, align 4, !tbaa !5
  %14 = call ptr @mk_sym(i32 noundef %13) #10
  %15 = call ptr @cons(ptr noundef %12, ptr noundef %14) #10
  %16 = call ptr @cons(ptr noundef %15, ptr noundef @nil_cell) #10
  store ptr %16, ptr @global_env, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %1) #9
  store ptr @nil_cell, ptr %1, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %2) #9
  store i32 0, ptr %2, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %39, %0
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 12
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  call void @llvm.lifetime.end.p0(ptr %2) #9
  br label %42

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %22 = call ptr @alloc_cell(i32 noundef 4) #10
  store ptr %22, ptr %3, align 8, !tbaa !13
  %23 = load i32, ptr %2, align 4, !tbaa !5
  %24 = load ptr, ptr %3, align 8, !tbaa !13
  %25 = getelementptr inbounds nuw %struct.cell, ptr %24, i32 0, i32 1
  store i32 %23, ptr %25, align 8, !tbaa !12
  %26 = load ptr, ptr %1, align 8, !tbaa !13
  %27 = load i32, ptr %2, align 4, !tbaa !5
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [12 x ptr], ptr @prim_names, i64 0, i64 %28
  %30 = load ptr, ptr %29, align 8, !tbaa !9
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [12 x ptr], ptr @prim_names, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = call i64 @strlen(ptr noundef %34) #12
  %36 = call i32 @intern(ptr noundef %30, i64 noundef %35) #10
  %37 = load ptr, ptr %3, align 8, !tbaa !13
  %38 = call ptr @env_bind(ptr noundef %26, i32 noundef %36, ptr noundef %37) #10
  store ptr %38, ptr %1, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #9
  br label %39

39:                                               ; preds = %21
  %40 = load i32, ptr %2, align 4, !tbaa !5
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %2, align 4, !tbaa !5
  br label %17, !llvm.loop !19

42:                                               ; preds = %20
  %43 = load ptr, ptr %1, align 8, !tbaa !13
  %44 = load ptr, ptr @global_env, align 8, !tbaa !13
  %45 = getelementptr inbounds nuw %struct.cell, ptr %44, i32 0, i32 1
  %46 = getelementptr inbounds nuw %struct.anon, ptr %45, i32 0, i32 1
  store ptr %43, ptr %46, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %1) #9
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @skip_space() #0 {
  br label %1

1:                                                ; preds = %39, %0
  br label %2

2:                                                ; preds = %14, %1
  %3 = call ptr @__ctype_b_loc() #13
  %4 = load ptr, ptr %3, align 8, !tbaa !20
  %5 = load ptr, ptr @rp, align 8, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !12
  %7 = zext i8 %6 to i32
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds i16, ptr %4, i64 %8
  %10 = load i16, ptr %9, align 2, !tbaa !22
  %11 = zext i16 %10 to i32
  %12 = and i32 %11, 8192
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %2
  %15 = load ptr, ptr @rp, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw i8, ptr %15, i32 1
  store ptr %16, ptr @rp, align 8, !tbaa !9
  br label %2, !llvm.loop !24

17:                                               ; preds = %2
  %18 = load ptr, ptr @rp, align 8, !tbaa !9
  %19 = load i8, ptr %18, align 1, !tbaa !12
  %20 = sext i8 %19 to i32
  %21 = icmp ne i32 %20, 59
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  ret void

23:                                               ; preds = %17
  br label %24

24:                                               ; preds = %36, %23
  %25 = load ptr, ptr @rp, align 8, !tbaa !9
  %26 = load i8, ptr %25, align 1, !tbaa !12
  %27 = sext i8 %26 to i32
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %34

29:                                               ; preds = %24
  %30 = load ptr, ptr @rp, align 8, !tbaa !9
  %31 = load i8, ptr %30, align 1, !tbaa !12
  %32 = sext i8 %31 to i32
  %33 = icmp ne i32 %32, 10
  br label %34

34:                                               ; preds = %29, %24
  %35 = phi i1 [ false, %24 ], [ %33, %29 ]
  br i1 %35, label %36, label %39

36:                                               ; preds = %34
  %37 = load ptr, ptr @rp, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw i8, ptr %37, i32 1
  store ptr %38, ptr @rp, align 8, !tbaa !9
  br label %24, !llvm.loop !25

39:                                               ; preds = %34
  br label %1
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @read_expr() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca i8, align 1
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  call void @skip_space() #10
  call void @llvm.lifetime.start.p0(ptr %2) #9
  %10 = load ptr, ptr @rp, align 8, !tbaa !9
  %11 = load i8, ptr %10, align 1, !tbaa !12
  store i8 %11, ptr %2, align 1, !tbaa !12
  %12 = load i8, ptr %2, align 1, !tbaa !12
  %13 = icmp ne i8 %12, 0
  br i1 %13, label %15, label %14

14:                                               ; preds = %0
  store ptr @err_cell, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %157

15:                                               ; preds = %0
  %16 = load i8, ptr %2, align 1, !tbaa !12
  %17 = sext i8 %16 to i32
  %18 = icmp eq i32 %17, 40
  br i1 %18, label %19, label %23

19:                                               ; preds = %15
  %20 = load ptr, ptr @rp, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 1
  store ptr %21, ptr @rp, align 8, !tbaa !9
  %22 = call ptr @read_list() #10
  store ptr %22, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %157

23:                                               ; preds = %15
  %24 = load i8, ptr %2, align 1, !tbaa !12
  %25 = sext i8 %24 to i32
  %26 = icmp eq i32 %25, 41
  br i1 %26, label %27, label %30

27:                                               ; preds = %23
  %28 = load ptr, ptr @rp, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw i8, ptr %28, i32 1
  store ptr %29, ptr @rp, align 8, !tbaa !9
  store ptr @err_cell, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %157

30:                                               ; preds = %23
  %31 = load i8, ptr %2, align 1, !tbaa !12
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 39
  br i1 %33, label %34, label %43

34:                                               ; preds = %30
  %35 = load ptr, ptr @rp, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw i8, ptr %35, i32 1
  store ptr %36, ptr @rp, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %37 = call ptr @read_expr() #10
  store ptr %37, ptr %4, align 8, !tbaa !13
  %38 = load i32, ptr @s_quote, align 4, !tbaa !5
  %39 = call ptr @mk_sym(i32 noundef %38) #10
  %40 = load ptr, ptr %4, align 8, !tbaa !13
  %41 = call ptr @cons(ptr noundef %40, ptr noundef @nil_cell) #10
  %42 = call ptr @cons(ptr noundef %39, ptr noundef %41) #10
  store ptr %42, ptr %1, align 8
  store i32 1, ptr %3, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #9
  br label %157

43:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %5) #9
  %44 = load ptr, ptr @rp, align 8, !tbaa !9
  store ptr %44, ptr %5, align 8, !tbaa !9
  br label %45

45:                                               ; preds = %74, %43
  %46 = load ptr, ptr @rp, align 8, !tbaa !9
  %47 = load i8, ptr %46, align 1, !tbaa !12
  %48 = sext i8 %47 to i32
  %49 = icmp ne i32 %48, 0
  br i1 %49, label %50, label %72

50:                                               ; preds = %45
  %51 = call ptr @__ctype_b_loc() #13
  %52 = load ptr, ptr %51, align 8, !tbaa !20
  %53 = load ptr, ptr @rp, align 8, !tbaa !9
  %54 = load i8, ptr %53, align 1, !tbaa !12
  %55 = zext i8 %54 to i32
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds i16, ptr %52, i64 %56
  %58 = load i16, ptr %57, align 2, !tbaa !22
  %59 = zext i16 %58 to i32
  %60 = and i32 %59, 8192
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %72, label %62

62:                                               ; preds = %50
  %63 = load ptr, ptr @rp, align 8, !tbaa !9
  %64 = load i8, ptr %63, align 1, !tbaa !12
  %65 = sext i8 %64 to i32
  %66 = icmp ne i32 %65, 40
  br i1 %66, label %67, label %72

67:                                               ; preds = %62
  %68 = load ptr, ptr @rp, align 8, !tbaa !9
  %69 = load i8, ptr %68, align 1, !tbaa !12
  %70 = sext i8 %69 to i32
  %71 = icmp ne i32 %70, 41
  br label %72

72:                                               ; preds = %67, %62, %50, %45
  %73 = phi i1 [ false, %62 ], [ false, %50 ], [ false, %45 ], [ %71, %67 ]
  br i1 %73, label %74, label %77

74:                                               ; preds = %72
  %75 = load ptr, ptr @rp, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 1
  store ptr %76, ptr @rp, align 8, !tbaa !9
  br label %45, !llvm.loop !26

77:                                               ; preds = %72
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %78 = load ptr, ptr @rp, align 8, !tbaa !9
  %79 = load ptr, ptr %5, align 8, !tbaa !9
  %80 = ptrtoint ptr %78 to i64
  %81 = ptrtoint ptr %79 to i64
  %82 = sub i64 %80, %81
  store i64 %82, ptr %6, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %83 = load ptr, ptr %5, align 8, !tbaa !9
  %84 = getelementptr inbounds i8, ptr %83, i64 0
  %85 = load i8, ptr %84, align 1, !tbaa !12
  %86 = sext i8 %85 to i32
  %87 = icmp eq i32 %86, 45
  br i1 %87, label %88, label %91

88:                                               ; preds = %77
  %89 = load i64, ptr %6, align 8, !tbaa !15
  %90 = icmp ugt i64 %89, 1
  br label %91

91:                                               ; preds = %88, %77
  %92 = phi i1 [ false, %77 ], [ %90, %88 ]
  %93 = zext i1 %92 to i32
  store i32 %93, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %94 = load i32, ptr %7, align 4, !tbaa !5
  %95 = sext i32 %94 to i64
  store i64 %95, ptr %8, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %9) #9
  store i64 0, ptr %9, align 8, !tbaa !15
  br label %96

96:                                               ; preds = %119, %91
  %97 = load i64, ptr %8, align 8, !tbaa !15
  %98 = load i64, ptr %6, align 8, !tbaa !15
  %99 = icmp ult i64 %97, %98
  br i1 %99, label %100, label %117

100:                                              ; preds = %96
  %101 = call ptr @__ctype_b_loc() #13
  %102 = load ptr, ptr %101, align 8, !tbaa !20
  %103 = load ptr, ptr %5, align 8, !tbaa !9
  %104 = load i64, ptr %8, align 8, !tbaa !15
  %105 = getelementptr inbounds nuw i8, ptr %103, i64 %104
  %106 = load i8, ptr %105, align 1, !tbaa !12
  %107 = zext i8 %106 to i32
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds i16, ptr %102, i64 %108
  %110 = load i16, ptr %109, align 2, !tbaa !22
  %111 = zext i16 %110 to i32
  %112 = and i32 %111, 2048
  %113 = icmp ne i32 %112, 0
  br i1 %113, label %114, label %117

114:                                              ; preds = %100
  %115 = load i64, ptr %9, align 8, !tbaa !15
  %116 = icmp slt i64 %115, 100000000
  br label %117

117:                                              ; preds = %114, %100, %96
  %118 = phi i1 [ false, %100 ], [ false, %96 ], [ %116, %114 ]
  br i1 %118, label %119, label %131

119:                                              ; preds = %117
  %120 = load i64, ptr %9, align 8, !tbaa !15
  %121 = mul nsw i64 %120, 10
  %122 = load ptr, ptr %5, align 8, !tbaa !9
  %123 = load i64, ptr %8, align 8, !tbaa !15
  %124 = add i64 %123, 1
  store i64 %124, ptr %8, align 8, !tbaa !15
  %125 = getelementptr inbounds nuw i8, ptr %122, i64 %123
  %126 = load i8, ptr %125, align 1, !tbaa !12
  %127 = sext i8 %126 to i32
  %128 = sub nsw i32 %127, 48
  %129 = sext i32 %128 to i64
  %130 = add nsw i64 %121, %129
  store i64 %130, ptr %9, align 8, !tbaa !15
  br label %96, !llvm.loop !27

131:                                              ; preds = %117
  %132 = load i64, ptr %8, align 8, !tbaa !15
  %133 = load i64, ptr %6, align 8, !tbaa !15
  %134 = icmp eq i64 %132, %133
  br i1 %134, label %135, label %151

135:                                              ; preds = %131
  %136 = load i64, ptr %6, align 8, !tbaa !15
  %137 = load i32, ptr %7, align 4, !tbaa !5
  %138 = sext i32 %137 to i64
  %139 = icmp ugt i64 %136, %138
  br i1 %139, label %140, label %151

140:                                              ; preds = %135
  %141 = load i32, ptr %7, align 4, !tbaa !5
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %143, label %146

143:                                              ; preds = %140
  %144 = load i64, ptr %9, align 8, !tbaa !15
  %145 = sub nsw i64 0, %144
  br label %148

146:                                              ; preds = %140
  %147 = load i64, ptr %9, align 8, !tbaa !15
  br label %148

148:                                              ; preds = %146, %143
  %149 = phi i64 [ %145, %143 ], [ %147, %146 ]
  %150 = call ptr @mk_int(i64 noundef %149) #10
  store ptr %150, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %156

151:                                              ; preds = %135, %131
  %152 = load ptr, ptr %5, align 8, !tbaa !9
  %153 = load i64, ptr %6, align 8, !tbaa !15
  %154 = call i32 @intern(ptr noundef %152, i64 noundef %153) #10
  %155 = call ptr @mk_sym(i32 noundef %154) #10
  store ptr %155, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %156

156:                                              ; preds = %151, %148
  call void @llvm.lifetime.end.p0(ptr %9) #9
  call void @llvm.lifetime.end.p0(ptr %8) #9
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  call void @llvm.lifetime.end.p0(ptr %5) #9
  br label %157

157:                                              ; preds = %156, %34, %27, %19, %14
  call void @llvm.lifetime.end.p0(ptr %2) #9
  %158 = load ptr, ptr %1, align 8
  ret ptr %158
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @eval(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  store ptr %0, ptr %5, align 8, !tbaa !13
  store ptr %1, ptr %6, align 8, !tbaa !13
  store i32 %2, ptr %7, align 4, !tbaa !5
  %23 = load i32, ptr %7, align 4, !tbaa !5
  %24 = icmp sgt i32 %23, 2000
  br i1 %24, label %25, label %26

25:                                               ; preds = %3
  store ptr @err_cell, ptr %4, align 8
  br label %309

26:                                               ; preds = %3
  %27 = load ptr, ptr %5, align 8, !tbaa !13
  %28 = getelementptr inbounds nuw %struct.cell, ptr %27, i32 0, i32 0
  %29 = load i32, ptr %28, align 8, !tbaa !28
  switch i32 %29, label %38 [
    i32 1, label %30
    i32 0, label %30
    i32 4, label %30
    i32 5, label %30
    i32 6, label %30
    i32 2, label %32
    i32 3, label %38
  ]

30:                                               ; preds = %26, %26, %26, %26, %26
  %31 = load ptr, ptr %5, align 8, !tbaa !13
  store ptr %31, ptr %4, align 8
  br label %309

32:                                               ; preds = %26
  %33 = load ptr, ptr %6, align 8, !tbaa !13
  %34 = load ptr, ptr %5, align 8, !tbaa !13
  %35 = getelementptr inbounds nuw %struct.cell, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 8, !tbaa !12
  %37 = call ptr @env_lookup(ptr noundef %33, i32 noundef %36) #10
  store ptr %37, ptr %4, align 8
  br label %309

38:                                               ; preds = %26, %26
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %39 = load ptr, ptr %5, align 8, !tbaa !13
  %40 = call ptr @car(ptr noundef %39) #10
  store ptr %40, ptr %8, align 8, !tbaa !13
  %41 = load ptr, ptr %8, align 8, !tbaa !13
  %42 = getelementptr inbounds nuw %struct.cell, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %42, align 8, !tbaa !28
  %44 = icmp eq i32 %43, 2
  br i1 %44, label %45, label %233

45:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %46 = load ptr, ptr %8, align 8, !tbaa !13
  %47 = getelementptr inbounds nuw %struct.cell, ptr %46, i32 0, i32 1
  %48 = load i32, ptr %47, align 8, !tbaa !12
  store i32 %48, ptr %9, align 4, !tbaa !5
  %49 = load i32, ptr %9, align 4, !tbaa !5
  %50 = load i32, ptr @s_quote, align 4, !tbaa !5
  %51 = icmp eq i32 %49, %50
  br i1 %51, label %52, label %56

52:                                               ; preds = %45
  %53 = load ptr, ptr %5, align 8, !tbaa !13
  %54 = call ptr @cdr(ptr noundef %53) #10
  %55 = call ptr @car(ptr noundef %54) #10
  store ptr %55, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %230

56:                                               ; preds = %45
  %57 = load i32, ptr %9, align 4, !tbaa !5
  %58 = load i32, ptr @s_if, align 4, !tbaa !5
  %59 = icmp eq i32 %57, %58
  br i1 %59, label %60, label %92

60:                                               ; preds = %56
  call void @llvm.lifetime.start.p0(ptr %11) #9
  %61 = load ptr, ptr %5, align 8, !tbaa !13
  %62 = call ptr @cdr(ptr noundef %61) #10
  %63 = call ptr @car(ptr noundef %62) #10
  %64 = load ptr, ptr %6, align 8, !tbaa !13
  %65 = load i32, ptr %7, align 4, !tbaa !5
  %66 = add nsw i32 %65, 1
  %67 = call ptr @eval(ptr noundef %63, ptr noundef %64, i32 noundef %66) #10
  store ptr %67, ptr %11, align 8, !tbaa !13
  %68 = load ptr, ptr %11, align 8, !tbaa !13
  %69 = icmp eq ptr %68, @err_cell
  br i1 %69, label %70, label %71

70:                                               ; preds = %60
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %91

71:                                               ; preds = %60
  %72 = load ptr, ptr %11, align 8, !tbaa !13
  %73 = icmp ne ptr %72, @nil_cell
  br i1 %73, label %74, label %79

74:                                               ; preds = %71
  %75 = load ptr, ptr %5, align 8, !tbaa !13
  %76 = call ptr @cdr(ptr noundef %75) #10
  %77 = call ptr @cdr(ptr noundef %76) #10
  %78 = call ptr @car(ptr noundef %77) #10
  br label %85

79:                                               ; preds = %71
  %80 = load ptr, ptr %5, align 8, !tbaa !13
  %81 = call ptr @cdr(ptr noundef %80) #10
  %82 = call ptr @cdr(ptr noundef %81) #10
  %83 = call ptr @cdr(ptr noundef %82) #10
  %84 = call ptr @car(ptr noundef %83) #10
  br label %85

85:                                               ; preds = %79, %74
  %86 = phi ptr [ %78, %74 ], [ %84, %79 ]
  %87 = load ptr, ptr %6, align 8, !tbaa !13
  %88 = load i32, ptr %7, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  %90 = call ptr @eval(ptr noundef %86, ptr noundef %87, i32 noundef %89) #10
  store ptr %90, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %91

91:                                               ; preds = %85, %70
  call void @llvm.lifetime.end.p0(ptr %11) #9
  br label %230

92:                                               ; preds = %56
  %93 = load i32, ptr %9, align 4, !tbaa !5
  %94 = load i32, ptr @s_define, align 4, !tbaa !5
  %95 = icmp eq i32 %93, %94
  br i1 %95, label %96, label %137

96:                                               ; preds = %92
  call void @llvm.lifetime.start.p0(ptr %12) #9
  %97 = load ptr, ptr %5, align 8, !tbaa !13
  %98 = call ptr @cdr(ptr noundef %97) #10
  %99 = call ptr @car(ptr noundef %98) #10
  store ptr %99, ptr %12, align 8, !tbaa !13
  %100 = load ptr, ptr %12, align 8, !tbaa !13
  %101 = getelementptr inbounds nuw %struct.cell, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %101, align 8, !tbaa !28
  %103 = icmp ne i32 %102, 2
  br i1 %103, label %104, label %105

104:                                              ; preds = %96
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %136

105:                                              ; preds = %96
  call void @llvm.lifetime.start.p0(ptr %13) #9
  %106 = load ptr, ptr %5, align 8, !tbaa !13
  %107 = call ptr @cdr(ptr noundef %106) #10
  %108 = call ptr @cdr(ptr noundef %107) #10
  %109 = call ptr @car(ptr noundef %108) #10
  %110 = load ptr, ptr %6, align 8, !tbaa !13
  %111 = load i32, ptr %7, align 4, !tbaa !5
  %112 = add nsw i32 %111, 1
  %113 = call ptr @eval(ptr noundef %109, ptr noundef %110, i32 noundef %112) #10
  store ptr %113, ptr %13, align 8, !tbaa !13
  %114 = load ptr, ptr %13, align 8, !tbaa !13
  %115 = icmp eq ptr %114, @err_cell
  br i1 %115, label %116, label %117

116:                                              ; preds = %105
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %135

117:                                              ; preds = %105
  call void @llvm.lifetime.start.p0(ptr %14) #9
  %118 = load ptr, ptr @global_env, align 8, !tbaa !13
  %119 = call ptr @cdr(ptr noundef %118) #10
  %120 = load ptr, ptr %12, align 8, !tbaa !13
  %121 = getelementptr inbounds nuw %struct.cell, ptr %120, i32 0, i32 1
  %122 = load i32, ptr %121, align 8, !tbaa !12
  %123 = load ptr, ptr %13, align 8, !tbaa !13
  %124 = call ptr @env_bind(ptr noundef %119, i32 noundef %122, ptr noundef %123) #10
  store ptr %124, ptr %14, align 8, !tbaa !13
  %125 = load ptr, ptr %14, align 8, !tbaa !13
  %126 = icmp eq ptr %125, @err_cell
  br i1 %126, label %127, label %128

127:                                              ; preds = %117
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %134

128:                                              ; preds = %117
  %129 = load ptr, ptr %14, align 8, !tbaa !13
  %130 = load ptr, ptr @global_env, align 8, !tbaa !13
  %131 = getelementptr inbounds nuw %struct.cell, ptr %130, i32 0, i32 1
  %132 = getelementptr inbounds nuw %struct.anon, ptr %131, i32 0, i32 1
  store ptr %129, ptr %132, align 8, !tbaa !12
  %133 = load ptr, ptr %12, align 8, !tbaa !13
  store ptr %133, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %134

134:                                              ; preds = %128, %127
  call void @llvm.lifetime.end.p0(ptr %14) #9
  br label %135

135:                                              ; preds = %134, %116
  call void @llvm.lifetime.end.p0(ptr %13) #9
  br label %136

136:                                              ; preds = %135, %104
  call void @llvm.lifetime.end.p0(ptr %12) #9
  br label %230

137:                                              ; preds = %92
  %138 = load i32, ptr %9, align 4, !tbaa !5
  %139 = load i32, ptr @s_lambda, align 4, !tbaa !5
  %140 = icmp eq i32 %138, %139
  br i1 %140, label %141, label %165

141:                                              ; preds = %137
  call void @llvm.lifetime.start.p0(ptr %15) #9
  %142 = call ptr @alloc_cell(i32 noundef 5) #10
  store ptr %142, ptr %15, align 8, !tbaa !13
  %143 = load ptr, ptr %15, align 8, !tbaa !13
  %144 = icmp eq ptr %143, @err_cell
  br i1 %144, label %145, label %146

145:                                              ; preds = %141
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %164

146:                                              ; preds = %141
  %147 = load ptr, ptr %5, align 8, !tbaa !13
  %148 = call ptr @cdr(ptr noundef %147) #10
  %149 = call ptr @car(ptr noundef %148) #10
  %150 = load ptr, ptr %15, align 8, !tbaa !13
  %151 = getelementptr inbounds nuw %struct.cell, ptr %150, i32 0, i32 1
  %152 = getelementptr inbounds nuw %struct.anon.0, ptr %151, i32 0, i32 0
  store ptr %149, ptr %152, align 8, !tbaa !12
  %153 = load ptr, ptr %5, align 8, !tbaa !13
  %154 = call ptr @cdr(ptr noundef %153) #10
  %155 = call ptr @cdr(ptr noundef %154) #10
  %156 = load ptr, ptr %15, align 8, !tbaa !13
  %157 = getelementptr inbounds nuw %struct.cell, ptr %156, i32 0, i32 1
  %158 = getelementptr inbounds nuw %struct.anon.0, ptr %157, i32 0, i32 1
  store ptr %155, ptr %158, align 8, !tbaa !12
  %159 = load ptr, ptr %6, align 8, !tbaa !13
  %160 = load ptr, ptr %15, align 8, !tbaa !13
  %161 = getelementptr inbounds nuw %struct.cell, ptr %160, i32 0, i32 1
  %162 = getelementptr inbounds nuw %struct.anon.0, ptr %161, i32 0, i32 2
  store ptr %159, ptr %162, align 8, !tbaa !12
  %163 = load ptr, ptr %15, align 8, !tbaa !13
  store ptr %163, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %164

164:                                              ; preds = %146, %145
  call void @llvm.lifetime.end.p0(ptr %15) #9
  br label %230

165:                                              ; preds = %137
  %166 = load i32, ptr %9, align 4, !tbaa !5
  %167 = load i32, ptr @s_let, align 4, !tbaa !5
  %168 = icmp eq i32 %166, %167
  br i1 %168, label %169, label %218

169:                                              ; preds = %165
  call void @llvm.lifetime.start.p0(ptr %16) #9
  %170 = load ptr, ptr %6, align 8, !tbaa !13
  store ptr %170, ptr %16, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %17) #9
  %171 = load ptr, ptr %5, align 8, !tbaa !13
  %172 = call ptr @cdr(ptr noundef %171) #10
  %173 = call ptr @car(ptr noundef %172) #10
  store ptr %173, ptr %17, align 8, !tbaa !13
  br label %174

174:                                              ; preds = %204, %169
  %175 = load ptr, ptr %17, align 8, !tbaa !13
  %176 = getelementptr inbounds nuw %struct.cell, ptr %175, i32 0, i32 0
  %177 = load i32, ptr %176, align 8, !tbaa !28
  %178 = icmp eq i32 %177, 3
  br i1 %178, label %180, label %179

179:                                              ; preds = %174
  store i32 3, ptr %10, align 4
  br label %207

180:                                              ; preds = %174
  call void @llvm.lifetime.start.p0(ptr %18) #9
  %181 = load ptr, ptr %17, align 8, !tbaa !13
  %182 = call ptr @car(ptr noundef %181) #10
  %183 = call ptr @cdr(ptr noundef %182) #10
  %184 = call ptr @car(ptr noundef %183) #10
  %185 = load ptr, ptr %6, align 8, !tbaa !13
  %186 = load i32, ptr %7, align 4, !tbaa !5
  %187 = add nsw i32 %186, 1
  %188 = call ptr @eval(ptr noundef %184, ptr noundef %185, i32 noundef %187) #10
  store ptr %188, ptr %18, align 8, !tbaa !13
  %189 = load ptr, ptr %18, align 8, !tbaa !13
  %190 = icmp eq ptr %189, @err_cell
  br i1 %190, label %191, label %192

191:                                              ; preds = %180
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %201

192:                                              ; preds = %180
  %193 = load ptr, ptr %16, align 8, !tbaa !13
  %194 = load ptr, ptr %17, align 8, !tbaa !13
  %195 = call ptr @car(ptr noundef %194) #10
  %196 = call ptr @car(ptr noundef %195) #10
  %197 = getelementptr inbounds nuw %struct.cell, ptr %196, i32 0, i32 1
  %198 = load i32, ptr %197, align 8, !tbaa !12
  %199 = load ptr, ptr %18, align 8, !tbaa !13
  %200 = call ptr @env_bind(ptr noundef %193, i32 noundef %198, ptr noundef %199) #10
  store ptr %200, ptr %16, align 8, !tbaa !13
  store i32 0, ptr %10, align 4
  br label %201

201:                                              ; preds = %192, %191
  call void @llvm.lifetime.end.p0(ptr %18) #9
  %202 = load i32, ptr %10, align 4
  switch i32 %202, label %207 [
    i32 0, label %203
  ]

203:                                              ; preds = %201
  br label %204

204:                                              ; preds = %203
  %205 = load ptr, ptr %17, align 8, !tbaa !13
  %206 = call ptr @cdr(ptr noundef %205) #10
  store ptr %206, ptr %17, align 8, !tbaa !13
  br label %174, !llvm.loop !30

207:                                              ; preds = %201, %179
  call void @llvm.lifetime.end.p0(ptr %17) #9
  %208 = load i32, ptr %10, align 4
  switch i32 %208, label %217 [
    i32 3, label %209
  ]

209:                                              ; preds = %207
  %210 = load ptr, ptr %5, align 8, !tbaa !13
  %211 = call ptr @cdr(ptr noundef %210) #10
  %212 = call ptr @cdr(ptr noundef %211) #10
  %213 = load ptr, ptr %16, align 8, !tbaa !13
  %214 = load i32, ptr %7, align 4, !tbaa !5
  %215 = add nsw i32 %214, 1
  %216 = call ptr @eval_body(ptr noundef %212, ptr noundef %213, i32 noundef %215) #10
  store ptr %216, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %217

217:                                              ; preds = %209, %207
  call void @llvm.lifetime.end.p0(ptr %16) #9
  br label %230

218:                                              ; preds = %165
  %219 = load i32, ptr %9, align 4, !tbaa !5
  %220 = load i32, ptr @s_begin, align 4, !tbaa !5
  %221 = icmp eq i32 %219, %220
  br i1 %221, label %222, label %229

222:                                              ; preds = %218
  %223 = load ptr, ptr %5, align 8, !tbaa !13
  %224 = call ptr @cdr(ptr noundef %223) #10
  %225 = load ptr, ptr %6, align 8, !tbaa !13
  %226 = load i32, ptr %7, align 4, !tbaa !5
  %227 = add nsw i32 %226, 1
  %228 = call ptr @eval_body(ptr noundef %224, ptr noundef %225, i32 noundef %227) #10
  store ptr %228, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %230

229:                                              ; preds = %218
  store i32 0, ptr %10, align 4
  br label %230

230:                                              ; preds = %229, %222, %217, %164, %136, %91, %52
  call void @llvm.lifetime.end.p0(ptr %9) #9
  %231 = load i32, ptr %10, align 4
  switch i32 %231, label %308 [
    i32 0, label %232
  ]

232:                                              ; preds = %230
  br label %233

233:                                              ; preds = %232, %38
  call void @llvm.lifetime.start.p0(ptr %19) #9
  %234 = load ptr, ptr %8, align 8, !tbaa !13
  %235 = load ptr, ptr %6, align 8, !tbaa !13
  %236 = load i32, ptr %7, align 4, !tbaa !5
  %237 = add nsw i32 %236, 1
  %238 = call ptr @eval(ptr noundef %234, ptr noundef %235, i32 noundef %237) #10
  store ptr %238, ptr %19, align 8, !tbaa !13
  %239 = load ptr, ptr %19, align 8, !tbaa !13
  %240 = icmp eq ptr %239, @err_cell
  br i1 %240, label %241, label %242

241:                                              ; preds = %233
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %307

242:                                              ; preds = %233
  call void @llvm.lifetime.start.p0(ptr %20) #9
  %243 = load ptr, ptr %5, align 8, !tbaa !13
  %244 = call ptr @cdr(ptr noundef %243) #10
  %245 = load ptr, ptr %6, align 8, !tbaa !13
  %246 = load i32, ptr %7, align 4, !tbaa !5
  %247 = add nsw i32 %246, 1
  %248 = call ptr @eval_list(ptr noundef %244, ptr noundef %245, i32 noundef %247) #10
  store ptr %248, ptr %20, align 8, !tbaa !13
  %249 = load ptr, ptr %20, align 8, !tbaa !13
  %250 = icmp eq ptr %249, @err_cell
  br i1 %250, label %251, label %252

251:                                              ; preds = %242
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %306

252:                                              ; preds = %242
  %253 = load ptr, ptr %19, align 8, !tbaa !13
  %254 = getelementptr inbounds nuw %struct.cell, ptr %253, i32 0, i32 0
  %255 = load i32, ptr %254, align 8, !tbaa !28
  %256 = icmp eq i32 %255, 4
  br i1 %256, label %257, label %263

257:                                              ; preds = %252
  %258 = load ptr, ptr %19, align 8, !tbaa !13
  %259 = getelementptr inbounds nuw %struct.cell, ptr %258, i32 0, i32 1
  %260 = load i32, ptr %259, align 8, !tbaa !12
  %261 = load ptr, ptr %20, align 8, !tbaa !13
  %262 = call ptr @apply_prim(i32 noundef %260, ptr noundef %261) #10
  store ptr %262, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %306

263:                                              ; preds = %252
  %264 = load ptr, ptr %19, align 8, !tbaa !13
  %265 = getelementptr inbounds nuw %struct.cell, ptr %264, i32 0, i32 0
  %266 = load i32, ptr %265, align 8, !tbaa !28
  %267 = icmp ne i32 %266, 5
  br i1 %267, label %268, label %269

268:                                              ; preds = %263
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %306

269:                                              ; preds = %263
  call void @llvm.lifetime.start.p0(ptr %21) #9
  %270 = load ptr, ptr %19, align 8, !tbaa !13
  %271 = getelementptr inbounds nuw %struct.cell, ptr %270, i32 0, i32 1
  %272 = getelementptr inbounds nuw %struct.anon.0, ptr %271, i32 0, i32 2
  %273 = load ptr, ptr %272, align 8, !tbaa !12
  store ptr %273, ptr %21, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %22) #9
  %274 = load ptr, ptr %19, align 8, !tbaa !13
  %275 = getelementptr inbounds nuw %struct.cell, ptr %274, i32 0, i32 1
  %276 = getelementptr inbounds nuw %struct.anon.0, ptr %275, i32 0, i32 0
  %277 = load ptr, ptr %276, align 8, !tbaa !12
  store ptr %277, ptr %22, align 8, !tbaa !13
  br label %278

278:                                              ; preds = %292, %269
  %279 = load ptr, ptr %22, align 8, !tbaa !13
  %280 = getelementptr inbounds nuw %struct.cell, ptr %279, i32 0, i32 0
  %281 = load i32, ptr %280, align 8, !tbaa !28
  %282 = icmp eq i32 %281, 3
  br i1 %282, label %283, label %297

283:                                              ; preds = %278
  %284 = load ptr, ptr %21, align 8, !tbaa !13
  %285 = load ptr, ptr %22, align 8, !tbaa !13
  %286 = call ptr @car(ptr noundef %285) #10
  %287 = getelementptr inbounds nuw %struct.cell, ptr %286, i32 0, i32 1
  %288 = load i32, ptr %287, align 8, !tbaa !12
  %289 = load ptr, ptr %20, align 8, !tbaa !13
  %290 = call ptr @car(ptr noundef %289) #10
  %291 = call ptr @env_bind(ptr noundef %284, i32 noundef %288, ptr noundef %290) #10
  store ptr %291, ptr %21, align 8, !tbaa !13
  br label %292

292:                                              ; preds = %283
  %293 = load ptr, ptr %22, align 8, !tbaa !13
  %294 = call ptr @cdr(ptr noundef %293) #10
  store ptr %294, ptr %22, align 8, !tbaa !13
  %295 = load ptr, ptr %20, align 8, !tbaa !13
  %296 = call ptr @cdr(ptr noundef %295) #10
  store ptr %296, ptr %20, align 8, !tbaa !13
  br label %278, !llvm.loop !31

297:                                              ; preds = %278
  %298 = load ptr, ptr %19, align 8, !tbaa !13
  %299 = getelementptr inbounds nuw %struct.cell, ptr %298, i32 0, i32 1
  %300 = getelementptr inbounds nuw %struct.anon.0, ptr %299, i32 0, i32 1
  %301 = load ptr, ptr %300, align 8, !tbaa !12
  %302 = load ptr, ptr %21, align 8, !tbaa !13
  %303 = load i32, ptr %7, align 4, !tbaa !5
  %304 = add nsw i32 %303, 1
  %305 = call ptr @eval_body(ptr noundef %301, ptr noundef %302, i32 noundef %304) #10
  store ptr %305, ptr %4, align 8
  store i32 1, ptr %10, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #9
  call void @llvm.lifetime.end.p0(ptr %21) #9
  br label %306

306:                                              ; preds = %297, %268, %257, %251
  call void @llvm.lifetime.end.p0(ptr %20) #9
  br label %307

307:                                              ; preds = %306, %241
  call void @llvm.lifetime.end.p0(ptr %19) #9
  br label %308

308:                                              ; preds = %307, %230
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %309

309:                                              ; preds = %308, %32, %30, %25
  %310 = load ptr, ptr %4, align 8
  ret ptr %310
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @print_hash(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [32 x i8], align 16
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !13
  store ptr %1, ptr %7, align 8, !tbaa !32
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !15
  store ptr %4, ptr %10, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(ptr %11) #9
  call void @llvm.lifetime.start.p0(ptr %12) #9
  %15 = getelementptr inbounds [32 x i8], ptr %11, i64 0, i64 0
  store ptr %15, ptr %12, align 8, !tbaa !9
  %16 = load ptr, ptr %6, align 8, !tbaa !13
  %17 = getelementptr inbounds nuw %struct.cell, ptr %16, i32 0, i32 0
  %18 = load i32, ptr %17, align 8, !tbaa !28
  switch i32 %18, label %103 [
    i32 0, label %19
    i32 1, label %20
    i32 2, label %26
    i32 4, label %33
    i32 5, label %34
    i32 6, label %35
    i32 3, label %36
  ]

19:                                               ; preds = %5
  store ptr @.str.23, ptr %12, align 8, !tbaa !9
  br label %103

20:                                               ; preds = %5
  %21 = getelementptr inbounds [32 x i8], ptr %11, i64 0, i64 0
  %22 = load ptr, ptr %6, align 8, !tbaa !13
  %23 = getelementptr inbounds nuw %struct.cell, ptr %22, i32 0, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !12
  %25 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %21, i64 noundef 32, ptr noundef @.str.24, i64 noundef %24) #11
  br label %103

26:                                               ; preds = %5
  %27 = load ptr, ptr %6, align 8, !tbaa !13
  %28 = getelementptr inbounds nuw %struct.cell, ptr %27, i32 0, i32 1
  %29 = load i32, ptr %28, align 8, !tbaa !12
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [128 x [16 x i8]], ptr @symtab, i64 0, i64 %30
  %32 = getelementptr inbounds [16 x i8], ptr %31, i64 0, i64 0
  store ptr %32, ptr %12, align 8, !tbaa !9
  br label %103

33:                                               ; preds = %5
  store ptr @.str.25, ptr %12, align 8, !tbaa !9
  br label %103

34:                                               ; preds = %5
  store ptr @.str.26, ptr %12, align 8, !tbaa !9
  br label %103

35:                                               ; preds = %5
  store ptr @.str.27, ptr %12, align 8, !tbaa !9
  br label %103

36:                                               ; preds = %5
  %37 = load ptr, ptr %7, align 8, !tbaa !32
  call void @hash_str(ptr noundef %37, ptr noundef @.str.28) #10
  %38 = load ptr, ptr %10, align 8, !tbaa !34
  %39 = load i64, ptr %38, align 8, !tbaa !15
  %40 = add i64 %39, 1
  %41 = load i64, ptr %9, align 8, !tbaa !15
  %42 = icmp ult i64 %40, %41
  br i1 %42, label %43, label %49

43:                                               ; preds = %36
  %44 = load ptr, ptr %8, align 8, !tbaa !9
  %45 = load ptr, ptr %10, align 8, !tbaa !34
  %46 = load i64, ptr %45, align 8, !tbaa !15
  %47 = add i64 %46, 1
  store i64 %47, ptr %45, align 8, !tbaa !15
  %48 = getelementptr inbounds nuw i8, ptr %44, i64 %46
  store i8 40, ptr %48, align 1, !tbaa !12
  br label %49

49:                                               ; preds = %43, %36
  call void @llvm.lifetime.start.p0(ptr %13) #9
  %50 = load ptr, ptr %6, align 8, !tbaa !13
  store ptr %50, ptr %13, align 8, !tbaa !13
  br label %51

51:                                               ; preds = %82, %49
  %52 = load ptr, ptr %13, align 8, !tbaa !13
  %53 = getelementptr inbounds nuw %struct.cell, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %53, align 8, !tbaa !28
  %55 = icmp eq i32 %54, 3
  br i1 %55, label %57, label %56

56:                                               ; preds = %51
  call void @llvm.lifetime.end.p0(ptr %13) #9
  br label %85

57:                                               ; preds = %51
  %58 = load ptr, ptr %13, align 8, !tbaa !13
  %59 = call ptr @car(ptr noundef %58) #10
  %60 = load ptr, ptr %7, align 8, !tbaa !32
  %61 = load ptr, ptr %8, align 8, !tbaa !9
  %62 = load i64, ptr %9, align 8, !tbaa !15
  %63 = load ptr, ptr %10, align 8, !tbaa !34
  call void @print_hash(ptr noundef %59, ptr noundef %60, ptr noundef %61, i64 noundef %62, ptr noundef %63) #10
  %64 = load ptr, ptr %13, align 8, !tbaa !13
  %65 = call ptr @cdr(ptr noundef %64) #10
  %66 = getelementptr inbounds nuw %struct.cell, ptr %65, i32 0, i32 0
  %67 = load i32, ptr %66, align 8, !tbaa !28
  %68 = icmp eq i32 %67, 3
  br i1 %68, label %69, label %81

69:                                               ; preds = %57
  %70 = load ptr, ptr %10, align 8, !tbaa !34
  %71 = load i64, ptr %70, align 8, !tbaa !15
  %72 = add i64 %71, 1
  %73 = load i64, ptr %9, align 8, !tbaa !15
  %74 = icmp ult i64 %72, %73
  br i1 %74, label %75, label %81

75:                                               ; preds = %69
  %76 = load ptr, ptr %8, align 8, !tbaa !9
  %77 = load ptr, ptr %10, align 8, !tbaa !34
  %78 = load i64, ptr %77, align 8, !tbaa !15
  %79 = add i64 %78, 1
  store i64 %79, ptr %77, align 8, !tbaa !15
  %80 = getelementptr inbounds nuw i8, ptr %76, i64 %78
  store i8 32, ptr %80, align 1, !tbaa !12
  br label %81

81:                                               ; preds = %75, %69, %57
  br label %82

82:                                               ; preds = %81
  %83 = load ptr, ptr %13, align 8, !tbaa !13
  %84 = call ptr @cdr(ptr noundef %83) #10
  store ptr %84, ptr %13, align 8, !tbaa !13
  br label %51, !llvm.loop !36

85:                                               ; preds = %56
  %86 = load ptr, ptr %7, align 8, !tbaa !32
  call void @hash_str(ptr noundef %86, ptr noundef @.str.29) #10
  %87 = load ptr, ptr %10, align 8, !tbaa !34
  %88 = load i64, ptr %87, align 8, !tbaa !15
  %89 = add i64 %88, 1
  %90 = load i64, ptr %9, align 8, !tbaa !15
  %91 = icmp ult i64 %89, %90
  br i1 %91, label %92, label %98

92:                                               ; preds = %85
  %93 = load ptr, ptr %8, align 8, !tbaa !9
  %94 = load ptr, ptr %10, align 8, !tbaa !34
  %95 = load i64, ptr %94, align 8, !tbaa !15
  %96 = add i64 %95, 1
  store i64 %96, ptr %94, align 8, !tbaa !15
  %97 = getelementptr inbounds nuw i8, ptr %93, i64 %95
  store i8 41, ptr %97, align 1, !tbaa !12
  br label %98

98:                                               ; preds = %92, %85
  %99 = load ptr, ptr %8, align 8, !tbaa !9
  %100 = load ptr, ptr %10, align 8, !tbaa !34
  %101 = load i64, ptr %100, align 8, !tbaa !15
  %102 = getelementptr inbounds nuw i8, ptr %99, i64 %101
  store i8 0, ptr %102, align 1, !tbaa !12
  store i32 1, ptr %14, align 4
  br label %135

103:                                              ; preds = %5, %35, %34, %33, %26, %20, %19
  %104 = load ptr, ptr %7, align 8, !tbaa !32
  %105 = load ptr, ptr %12, align 8, !tbaa !9
  call void @hash_str(ptr noundef %104, ptr noundef %105) #10
  br label %106

106:                                              ; preds = %127, %103
  %107 = load ptr, ptr %12, align 8, !tbaa !9
  %108 = load i8, ptr %107, align 1, !tbaa !12
  %109 = sext i8 %108 to i32
  %110 = icmp ne i32 %109, 0
  br i1 %110, label %111, label %117

111:                                              ; preds = %106
  %112 = load ptr, ptr %10, align 8, !tbaa !34
  %113 = load i64, ptr %112, align 8, !tbaa !15
  %114 = add i64 %113, 1
  %115 = load i64, ptr %9, align 8, !tbaa !15
  %116 = icmp ult i64 %114, %115
  br label %117

117:                                              ; preds = %111, %106
  %118 = phi i1 [ false, %106 ], [ %116, %111 ]
  br i1 %118, label %119, label %130

119:                                              ; preds = %117
  %120 = load ptr, ptr %12, align 8, !tbaa !9
  %121 = load i8, ptr %120, align 1, !tbaa !12
  %122 = load ptr, ptr %8, align 8, !tbaa !9
  %123 = load ptr, ptr %10, align 8, !tbaa !34
  %124 = load i64, ptr %123, align 8, !tbaa !15
  %125 = add i64 %124, 1
  store i64 %125, ptr %123, align 8, !tbaa !15
  %126 = getelementptr inbounds nuw i8, ptr %122, i64 %124
  store i8 %121, ptr %126, align 1, !tbaa !12
  br label %127

127:                                              ; preds = %119
  %128 = load ptr, ptr %12, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw i8, ptr %128, i32 1
  store ptr %129, ptr %12, align 8, !tbaa !9
  br label %106, !llvm.loop !37

130:                                              ; preds = %117
  %131 = load ptr, ptr %8, align 8, !tbaa !9
  %132 = load ptr, ptr %10, align 8, !tbaa !34
  %133 = load i64, ptr %132, align 8, !tbaa !15
  %134 = getelementptr inbounds nuw i8, ptr %131, i64 %133
  store i8 0, ptr %134, align 1, !tbaa !12
  store i32 0, ptr %14, align 4
  br label %135

135:                                              ; preds = %130, %98
  call void @llvm.lifetime.end.p0(ptr %12) #9
  call void @llvm.lifetime.end.p0(ptr %11) #9
  %136 = load i32, ptr %14, align 4
  switch i32 %136, label %138 [
    i32 0, label %137
    i32 1, label %137
  ]

137:                                              ; preds = %135, %135
  ret void

138:                                              ; preds = %135
  unreachable
}

; Function Attrs: minsize nounwind optsize
declare ptr @strcpy(ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @intern(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !15
  %8 = load i64, ptr %5, align 8, !tbaa !15
  %9 = icmp uge i64 %8, 16
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  store i64 15, ptr %5, align 8, !tbaa !15
  br label %11

11:                                               ; preds = %10, %2
  call void @llvm.lifetime.start.p0(ptr %6) #9
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %37, %11
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = load i32, ptr @nsyms, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %17, label %16

16:                                               ; preds = %12
  store i32 2, ptr %7, align 4
  br label %40

17:                                               ; preds = %12
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [128 x [16 x i8]], ptr @symtab, i64 0, i64 %19
  %21 = getelementptr inbounds [16 x i8], ptr %20, i64 0, i64 0
  %22 = call i64 @strlen(ptr noundef %21) #12
  %23 = load i64, ptr %5, align 8, !tbaa !15
  %24 = icmp eq i64 %22, %23
  br i1 %24, label %25, label %36

25:                                               ; preds = %17
  %26 = load i32, ptr %6, align 4, !tbaa !5
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [128 x [16 x i8]], ptr @symtab, i64 0, i64 %27
  %29 = getelementptr inbounds [16 x i8], ptr %28, i64 0, i64 0
  %30 = load ptr, ptr %4, align 8, !tbaa !9
  %31 = load i64, ptr %5, align 8, !tbaa !15
  %32 = call i32 @strncmp(ptr noundef %29, ptr noundef %30, i64 noundef %31) #12
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %36

34:                                               ; preds = %25
  %35 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %35, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %40

36:                                               ; preds = %25, %17
  br label %37

37:                                               ; preds = %36
  %38 = load i32, ptr %6, align 4, !tbaa !5
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4, !tbaa !5
  br label %12, !llvm.loop !38

40:                                               ; preds = %34, %16
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %41 = load i32, ptr %7, align 4
  switch i32 %41, label %62 [
    i32 2, label %42
    i32 1, label %60
  ]

42:                                               ; preds = %40
  %43 = load i32, ptr @nsyms, align 4, !tbaa !5
  %44 = icmp sge i32 %43, 128
  br i1 %44, label %45, label %46

45:                                               ; preds = %42
  store i32 0, ptr %3, align 4
  br label %60

46:                                               ; preds = %42
  %47 = load i32, ptr @nsyms, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [128 x [16 x i8]], ptr @symtab, i64 0, i64 %48
  %50 = getelementptr inbounds [16 x i8], ptr %49, i64 0, i64 0
  %51 = load ptr, ptr %4, align 8, !tbaa !9
  %52 = load i64, ptr %5, align 8, !tbaa !15
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %50, ptr align 1 %51, i64 %52, i1 false)
  %53 = load i32, ptr @nsyms, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [128 x [16 x i8]], ptr @symtab, i64 0, i64 %54
  %56 = load i64, ptr %5, align 8, !tbaa !15
  %57 = getelementptr inbounds nuw [16 x i8], ptr %55, i64 0, i64 %56
  store i8 0, ptr %57, align 1, !tbaa !12
  %58 = load i32, ptr @nsyms, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr @nsyms, align 4, !tbaa !5
  store i32 %58, ptr %3, align 4
  br label %60

60:                                               ; preds = %46, %45, %40
  %61 = load i32, ptr %3, align 4
  ret i32 %61

62:                                               ; preds = %40
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @cons(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !13
  store ptr %1, ptr %5, align 8, !tbaa !13
  %7 = load ptr, ptr %4, align 8, !tbaa !13
  %8 = icmp eq ptr %7, @err_cell
  br i1 %8, label %12, label %9

9:                                                ; preds = %2
  %10 = load ptr, ptr %5, align 8, !tbaa !13
  %11 = icmp eq ptr %10, @err_cell
  br i1 %11, label %12, label %13

12:                                               ; preds = %9, %2
  store ptr @err_cell, ptr %3, align 8
  br label %28

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %14 = call ptr @alloc_cell(i32 noundef 3) #10
  store ptr %14, ptr %6, align 8, !tbaa !13
  %15 = load ptr, ptr %6, align 8, !tbaa !13
  %16 = icmp ne ptr %15, @err_cell
  br i1 %16, label %17, label %26

17:                                               ; preds = %13
  %18 = load ptr, ptr %4, align 8, !tbaa !13
  %19 = load ptr, ptr %6, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw %struct.cell, ptr %19, i32 0, i32 1
  %21 = getelementptr inbounds nuw %struct.anon, ptr %20, i32 0, i32 0
  store ptr %18, ptr %21, align 8, !tbaa !12
  %22 = load ptr, ptr %5, align 8, !tbaa !13
  %23 = load ptr, ptr %6, align 8, !tbaa !13
  %24 = getelementptr inbounds nuw %struct.cell, ptr %23, i32 0, i32 1
  %25 = getelementptr inbounds nuw %struct.anon, ptr %24, i32 0, i32 1
  store ptr %22, ptr %25, align 8, !tbaa !12
  br label %26

26:                                               ; preds = %17, %13
  %27 = load ptr, ptr %6, align 8, !tbaa !13
  store ptr %27, ptr %3, align 8
  call void @llvm.lifetime.end.p0(ptr %6) #9
  br label %28

28:                                               ; preds = %26, %12
  %29 = load ptr, ptr %3, align 8
  ret ptr %29
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @mk_sym(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  store i32 %0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %4 = call ptr @alloc_cell(i32 noundef 2) #10
  store ptr %4, ptr %3, align 8, !tbaa !13
  %5 = load ptr, ptr %3, align 8, !tbaa !13
  %6 = icmp ne ptr %5, @err_cell
  br i1 %6, label %7, label %11

7:                                                ; preds = %1
  %8 = load i32, ptr %2, align 4, !tbaa !5
  %9 = load ptr, ptr %3, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw %struct.cell, ptr %9, i32 0, i32 1
  store i32 %8, ptr %10, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %7, %1
  %12 = load ptr, ptr %3, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret ptr %12
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @alloc_cell(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  store i32 %0, ptr %3, align 4, !tbaa !5
  %5 = load i32, ptr @ncells, align 4, !tbaa !5
  %6 = icmp sge i32 %5, 200000
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  store ptr @err_cell, ptr %2, align 8
  br label %17

8:                                                ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %4) #9
  %9 = load i32, ptr @ncells, align 4, !tbaa !5
  %10 = add nsw i32 %9, 1
  store i32 %10, ptr @ncells, align 4, !tbaa !5
  %11 = sext i32 %9 to i64
  %12 = getelementptr inbounds [200000 x %struct.cell], ptr @cells, i64 0, i64 %11
  store ptr %12, ptr %4, align 8, !tbaa !13
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = load ptr, ptr %4, align 8, !tbaa !13
  %15 = getelementptr inbounds nuw %struct.cell, ptr %14, i32 0, i32 0
  store i32 %13, ptr %15, align 8, !tbaa !28
  %16 = load ptr, ptr %4, align 8, !tbaa !13
  store ptr %16, ptr %2, align 8
  call void @llvm.lifetime.end.p0(ptr %4) #9
  br label %17

17:                                               ; preds = %8, %7
  %18 = load ptr, ptr %2, align 8
  ret ptr %18
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @env_bind(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !13
  store i32 %1, ptr %5, align 4, !tbaa !5
  store ptr %2, ptr %6, align 8, !tbaa !13
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = call ptr @mk_sym(i32 noundef %7) #10
  %9 = load ptr, ptr %6, align 8, !tbaa !13
  %10 = call ptr @cons(ptr noundef %8, ptr noundef %9) #10
  %11 = load ptr, ptr %4, align 8, !tbaa !13
  %12 = call ptr @cons(ptr noundef %10, ptr noundef %11) #10
  ret ptr %12
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #7

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @read_list() #0 {
  %1 = alloca ptr, align 8
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  call void @skip_space() #10
  %4 = load ptr, ptr @rp, align 8, !tbaa !9
  %5 = load i8, ptr %4, align 1, !tbaa !12
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 41
  br i1 %7, label %8, label %11

8:                                                ; preds = %0
  %9 = load ptr, ptr @rp, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %9, i32 1
  store ptr %10, ptr @rp, align 8, !tbaa !9
  store ptr @nil_cell, ptr %1, align 8
  br label %26

11:                                               ; preds = %0
  %12 = load ptr, ptr @rp, align 8, !tbaa !9
  %13 = load i8, ptr %12, align 1, !tbaa !12
  %14 = icmp ne i8 %13, 0
  br i1 %14, label %16, label %15

15:                                               ; preds = %11
  store ptr @err_cell, ptr %1, align 8
  br label %26

16:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %2) #9
  %17 = call ptr @read_expr() #10
  store ptr %17, ptr %2, align 8, !tbaa !13
  %18 = load ptr, ptr %2, align 8, !tbaa !13
  %19 = icmp eq ptr %18, @err_cell
  br i1 %19, label %20, label %21

20:                                               ; preds = %16
  store ptr @err_cell, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %25

21:                                               ; preds = %16
  %22 = load ptr, ptr %2, align 8, !tbaa !13
  %23 = call ptr @read_list() #10
  %24 = call ptr @cons(ptr noundef %22, ptr noundef %23) #10
  store ptr %24, ptr %1, align 8
  store i32 1, ptr %3, align 4
  br label %25

25:                                               ; preds = %21, %20
  call void @llvm.lifetime.end.p0(ptr %2) #9
  br label %26

26:                                               ; preds = %25, %15, %8
  %27 = load ptr, ptr %1, align 8
  ret ptr %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @mk_int(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca ptr, align 8
  store i64 %0, ptr %2, align 8, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %3) #9
  %4 = call ptr @alloc_cell(i32 noundef 1) #10
  store ptr %4, ptr %3, align 8, !tbaa !13
  %5 = load ptr, ptr %3, align 8, !tbaa !13
  %6 = icmp ne ptr %5, @err_cell
  br i1 %6, label %7, label %11

7:                                                ; preds = %1
  %8 = load i64, ptr %2, align 8, !tbaa !15
  %9 = load ptr, ptr %3, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw %struct.cell, ptr %9, i32 0, i32 1
  store i64 %8, ptr %10, align 8, !tbaa !12
  br label %11

11:                                               ; preds = %7, %1
  %12 = load ptr, ptr %3, align 8, !tbaa !13
  call void @llvm.lifetime.end.p0(ptr %3) #9
  ret ptr %12
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @env_lookup(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !13
  store i32 %1, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %29, %2
  %9 = load ptr, ptr %4, align 8, !tbaa !13
  %10 = getelementptr inbounds nuw %struct.cell, ptr %9, i32 0, i32 0
  %11 = load i32, ptr %10, align 8, !tbaa !28
  %12 = icmp eq i32 %11, 3
  br i1 %12, label %13, label %32

13:                                               ; preds = %8
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %14 = load ptr, ptr %4, align 8, !tbaa !13
  %15 = call ptr @car(ptr noundef %14) #10
  store ptr %15, ptr %6, align 8, !tbaa !13
  %16 = load ptr, ptr %6, align 8, !tbaa !13
  %17 = call ptr @car(ptr noundef %16) #10
  %18 = getelementptr inbounds nuw %struct.cell, ptr %17, i32 0, i32 1
  %19 = load i32, ptr %18, align 8, !tbaa !12
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp eq i32 %19, %20
  br i1 %21, label %22, label %25

22:                                               ; preds = %13
  %23 = load ptr, ptr %6, align 8, !tbaa !13
  %24 = call ptr @cdr(ptr noundef %23) #10
  store ptr %24, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %26

25:                                               ; preds = %13
  store i32 0, ptr %7, align 4
  br label %26

26:                                               ; preds = %25, %22
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %27 = load i32, ptr %7, align 4
  switch i32 %27, label %35 [
    i32 0, label %28
    i32 1, label %33
  ]

28:                                               ; preds = %26
  br label %29

29:                                               ; preds = %28
  %30 = load ptr, ptr %4, align 8, !tbaa !13
  %31 = call ptr @cdr(ptr noundef %30) #10
  store ptr %31, ptr %4, align 8, !tbaa !13
  br label %8, !llvm.loop !39

32:                                               ; preds = %8
  store ptr @err_cell, ptr %3, align 8
  br label %33

33:                                               ; preds = %32, %26
  %34 = load ptr, ptr %3, align 8
  ret ptr %34

35:                                               ; preds = %26
  unreachable
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal ptr @car(ptr noundef %0) #8 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8, !tbaa !13
  %4 = getelementptr inbounds nuw %struct.cell, ptr %3, i32 0, i32 0
  %5 = load i32, ptr %4, align 8, !tbaa !28
  %6 = icmp eq i32 %5, 3
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = load ptr, ptr %2, align 8, !tbaa !13
  %9 = getelementptr inbounds nuw %struct.cell, ptr %8, i32 0, i32 1
  %10 = getelementptr inbounds nuw %struct.anon, ptr %9, i32 0, i32 0
  %11 = load ptr, ptr %10, align 8, !tbaa !12
  br label %13

12:                                               ; preds = %1
  br label %13

13:                                               ; preds = %12, %7
  %14 = phi ptr [ %11, %7 ], [ @nil_cell, %12 ]
  ret ptr %14
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal ptr @cdr(ptr noundef %0) #8 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !13
  %3 = load ptr, ptr %2, align 8, !tbaa !13
  %4 = getelementptr inbounds nuw %struct.cell, ptr %3, i32 0, i32 0
  %5 = load i32, ptr %4, align 8, !tbaa !28
  %6 = icmp eq i32 %5, 3
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = load ptr, ptr %2, align 8, !tbaa !13
  %9 = getelementptr inbounds nuw %struct.cell, ptr %8, i32 0, i32 1
  %10 = getelementptr inbounds nuw %struct.anon, ptr %9, i32 0, i32 1
  %11 = load ptr, ptr %10, align 8, !tbaa !12
  br label %13

12:                                               ; preds = %1
  br label %13

13:                                               ; preds = %12, %7
  %14 = phi ptr [ %11, %7 ], [ @nil_cell, %12 ]
  ret ptr %14
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @eval_body(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !13
  store ptr %1, ptr %6, align 8, !tbaa !13
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #9
  store ptr @nil_cell, ptr %8, align 8, !tbaa !13
  br label %10

10:                                               ; preds = %25, %3
  %11 = load ptr, ptr %5, align 8, !tbaa !13
  %12 = getelementptr inbounds nuw %struct.cell, ptr %11, i32 0, i32 0
  %13 = load i32, ptr %12, align 8, !tbaa !28
  %14 = icmp eq i32 %13, 3
  br i1 %14, label %15, label %28

15:                                               ; preds = %10
  %16 = load ptr, ptr %5, align 8, !tbaa !13
  %17 = call ptr @car(ptr noundef %16) #10
  %18 = load ptr, ptr %6, align 8, !tbaa !13
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = call ptr @eval(ptr noundef %17, ptr noundef %18, i32 noundef %19) #10
  store ptr %20, ptr %8, align 8, !tbaa !13
  %21 = load ptr, ptr %8, align 8, !tbaa !13
  %22 = icmp eq ptr %21, @err_cell
  br i1 %22, label %23, label %24

23:                                               ; preds = %15
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %30

24:                                               ; preds = %15
  br label %25

25:                                               ; preds = %24
  %26 = load ptr, ptr %5, align 8, !tbaa !13
  %27 = call ptr @cdr(ptr noundef %26) #10
  store ptr %27, ptr %5, align 8, !tbaa !13
  br label %10, !llvm.loop !40

28:                                               ; preds = %10
  %29 = load ptr, ptr %8, align 8, !tbaa !13
  store ptr %29, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %30

30:                                               ; preds = %28, %23
  call void @llvm.lifetime.end.p0(ptr %8) #9
  %31 = load ptr, ptr %4, align 8
  ret ptr %31
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @eval_list(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !13
  store ptr %1, ptr %6, align 8, !tbaa !13
  store i32 %2, ptr %7, align 4, !tbaa !5
  %10 = load ptr, ptr %5, align 8, !tbaa !13
  %11 = getelementptr inbounds nuw %struct.cell, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 8, !tbaa !28
  %13 = icmp ne i32 %12, 3
  br i1 %13, label %14, label %15

14:                                               ; preds = %3
  store ptr @nil_cell, ptr %4, align 8
  br label %33

15:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %16 = load ptr, ptr %5, align 8, !tbaa !13
  %17 = call ptr @car(ptr noundef %16) #10
  %18 = load ptr, ptr %6, align 8, !tbaa !13
  %19 = load i32, ptr %7, align 4, !tbaa !5
  %20 = call ptr @eval(ptr noundef %17, ptr noundef %18, i32 noundef %19) #10
  store ptr %20, ptr %8, align 8, !tbaa !13
  %21 = load ptr, ptr %8, align 8, !tbaa !13
  %22 = icmp eq ptr %21, @err_cell
  br i1 %22, label %23, label %24

23:                                               ; preds = %15
  store ptr @err_cell, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %32

24:                                               ; preds = %15
  %25 = load ptr, ptr %8, align 8, !tbaa !13
  %26 = load ptr, ptr %5, align 8, !tbaa !13
  %27 = call ptr @cdr(ptr noundef %26) #10
  %28 = load ptr, ptr %6, align 8, !tbaa !13
  %29 = load i32, ptr %7, align 4, !tbaa !5
  %30 = call ptr @eval_list(ptr noundef %27, ptr noundef %28, i32 noundef %29) #10
  %31 = call ptr @cons(ptr noundef %25, ptr noundef %30) #10
  store ptr %31, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %32

32:                                               ; preds = %24, %23
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %33

33:                                               ; preds = %32, %14
  %34 = load ptr, ptr %4, align 8
  ret ptr %34
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @apply_prim(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i64, align 8
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %6) #9
  %12 = load ptr, ptr %5, align 8, !tbaa !13
  %13 = call ptr @car(ptr noundef %12) #10
  store ptr %13, ptr %6, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(ptr %7) #9
  %14 = load ptr, ptr %5, align 8, !tbaa !13
  %15 = call ptr @cdr(ptr noundef %14) #10
  %16 = call ptr @car(ptr noundef %15) #10
  store ptr %16, ptr %7, align 8, !tbaa !13
  %17 = load i32, ptr %4, align 4, !tbaa !5
  switch i32 %17, label %241 [
    i32 0, label %18
    i32 2, label %18
    i32 1, label %67
    i32 3, label %99
    i32 4, label %99
    i32 5, label %137
    i32 6, label %162
    i32 7, label %220
    i32 8, label %223
    i32 9, label %226
    i32 10, label %230
    i32 11, label %239
  ]

18:                                               ; preds = %2, %2
  call void @llvm.lifetime.start.p0(ptr %8) #9
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = icmp eq i32 %19, 0
  %21 = zext i1 %20 to i64
  %22 = select i1 %20, i32 0, i32 1
  %23 = sext i32 %22 to i64
  store i64 %23, ptr %8, align 8, !tbaa !15
  br label %24

24:                                               ; preds = %60, %18
  %25 = load ptr, ptr %5, align 8, !tbaa !13
  %26 = getelementptr inbounds nuw %struct.cell, ptr %25, i32 0, i32 0
  %27 = load i32, ptr %26, align 8, !tbaa !28
  %28 = icmp eq i32 %27, 3
  br i1 %28, label %29, label %63

29:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %9) #9
  %30 = load ptr, ptr %5, align 8, !tbaa !13
  %31 = call ptr @car(ptr noundef %30) #10
  store ptr %31, ptr %9, align 8, !tbaa !13
  %32 = load ptr, ptr %9, align 8, !tbaa !13
  %33 = getelementptr inbounds nuw %struct.cell, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %33, align 8, !tbaa !28
  %35 = icmp ne i32 %34, 1
  br i1 %35, label %36, label %37

36:                                               ; preds = %29
  store ptr @err_cell, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %57

37:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %11) #9
  %38 = load i32, ptr %4, align 4, !tbaa !5
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %46

40:                                               ; preds = %37
  %41 = load i64, ptr %8, align 8, !tbaa !15
  %42 = load ptr, ptr %9, align 8, !tbaa !13
  %43 = getelementptr inbounds nuw %struct.cell, ptr %42, i32 0, i32 1
  %44 = load i64, ptr %43, align 8, !tbaa !12
  %45 = add i64 %41, %44
  br label %52

46:                                               ; preds = %37
  %47 = load i64, ptr %8, align 8, !tbaa !15
  %48 = load ptr, ptr %9, align 8, !tbaa !13
  %49 = getelementptr inbounds nuw %struct.cell, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8, !tbaa !12
  %51 = mul i64 %47, %50
  br label %52

52:                                               ; preds = %46, %40
  %53 = phi i64 [ %45, %40 ], [ %51, %46 ]
  store i64 %53, ptr %11, align 8, !tbaa !15
  %54 = load i64, ptr %11, align 8, !tbaa !15
  %55 = trunc i64 %54 to i32
  %56 = sext i32 %55 to i64
  store i64 %56, ptr %8, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr %11) #9
  store i32 0, ptr %10, align 4
  br label %57

57:                                               ; preds = %52, %36
  call void @llvm.lifetime.end.p0(ptr %9) #9
  %58 = load i32, ptr %10, align 4
  switch i32 %58, label %66 [
    i32 0, label %59
  ]

59:                                               ; preds = %57
  br label %60

60:                                               ; preds = %59
  %61 = load ptr, ptr %5, align 8, !tbaa !13
  %62 = call ptr @cdr(ptr noundef %61) #10
  store ptr %62, ptr %5, align 8, !tbaa !13
  br label %24, !llvm.loop !41

63:                                               ; preds = %24
  %64 = load i64, ptr %8, align 8, !tbaa !15
  %65 = call ptr @mk_int(i64 noundef %64) #10
  store ptr %65, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %66

66:                                               ; preds = %63, %57
  call void @llvm.lifetime.end.p0(ptr %8) #9
  br label %242

67:                                               ; preds = %2
  %68 = load ptr, ptr %6, align 8, !tbaa !13
  %69 = getelementptr inbounds nuw %struct.cell, ptr %68, i32 0, i32 0
  %70 = load i32, ptr %69, align 8, !tbaa !28
  %71 = icmp ne i32 %70, 1
  br i1 %71, label %72, label %73

72:                                               ; preds = %67
  store ptr @err_cell, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

73:                                               ; preds = %67
  %74 = load ptr, ptr %7, align 8, !tbaa !13
  %75 = icmp eq ptr %74, @nil_cell
  br i1 %75, label %76, label %82

76:                                               ; preds = %73
  %77 = load ptr, ptr %6, align 8, !tbaa !13
  %78 = getelementptr inbounds nuw %struct.cell, ptr %77, i32 0, i32 1
  %79 = load i64, ptr %78, align 8, !tbaa !12
  %80 = sub nsw i64 0, %79
  %81 = call ptr @mk_int(i64 noundef %80) #10
  store ptr %81, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

82:                                               ; preds = %73
  %83 = load ptr, ptr %7, align 8, !tbaa !13
  %84 = getelementptr inbounds nuw %struct.cell, ptr %83, i32 0, i32 0
  %85 = load i32, ptr %84, align 8, !tbaa !28
  %86 = icmp ne i32 %85, 1
  br i1 %86, label %87, label %88

87:                                               ; preds = %82
  store ptr @err_cell, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

88:                                               ; preds = %82
  %89 = load ptr, ptr %6, align 8, !tbaa !13
  %90 = getelementptr inbounds nuw %struct.cell, ptr %89, i32 0, i32 1
  %91 = load i64, ptr %90, align 8, !tbaa !12
  %92 = load ptr, ptr %7, align 8, !tbaa !13
  %93 = getelementptr inbounds nuw %struct.cell, ptr %92, i32 0, i32 1
  %94 = load i64, ptr %93, align 8, !tbaa !12
  %95 = sub i64 %91, %94
  %96 = trunc i64 %95 to i32
  %97 = sext i32 %96 to i64
  %98 = call ptr @mk_int(i64 noundef %97) #10
  store ptr %98, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

99:                                               ; preds = %2, %2
  %100 = load ptr, ptr %6, align 8, !tbaa !13
  %101 = getelementptr inbounds nuw %struct.cell, ptr %100, i32 0, i32 0
  %102 = load i32, ptr %101, align 8, !tbaa !28
  %103 = icmp ne i32 %102, 1
  br i1 %103, label %114, label %104

104:                                              ; preds = %99
  %105 = load ptr, ptr %7, align 8, !tbaa !13
  %106 = getelementptr inbounds nuw %struct.cell, ptr %105, i32 0, i32 0
  %107 = load i32, ptr %106, align 8, !tbaa !28
  %108 = icmp ne i32 %107, 1
  br i1 %108, label %114, label %109

109:                                              ; preds = %104
  %110 = load ptr, ptr %7, align 8, !tbaa !13
  %111 = getelementptr inbounds nuw %struct.cell, ptr %110, i32 0, i32 1
  %112 = load i64, ptr %111, align 8, !tbaa !12
  %113 = icmp eq i64 %112, 0
  br i1 %113, label %114, label %115

114:                                              ; preds = %109, %104, %99
  store ptr @err_cell, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

115:                                              ; preds = %109
  %116 = load i32, ptr %4, align 4, !tbaa !5
  %117 = icmp eq i32 %116, 3
  br i1 %117, label %118, label %126

118:                                              ; preds = %115
  %119 = load ptr, ptr %6, align 8, !tbaa !13
  %120 = getelementptr inbounds nuw %struct.cell, ptr %119, i32 0, i32 1
  %121 = load i64, ptr %120, align 8, !tbaa !12
  %122 = load ptr, ptr %7, align 8, !tbaa !13
  %123 = getelementptr inbounds nuw %struct.cell, ptr %122, i32 0, i32 1
  %124 = load i64, ptr %123, align 8, !tbaa !12
  %125 = sdiv i64 %121, %124
  br label %134

126:                                              ; preds = %115
  %127 = load ptr, ptr %6, align 8, !tbaa !13
  %128 = getelementptr inbounds nuw %struct.cell, ptr %127, i32 0, i32 1
  %129 = load i64, ptr %128, align 8, !tbaa !12
  %130 = load ptr, ptr %7, align 8, !tbaa !13
  %131 = getelementptr inbounds nuw %struct.cell, ptr %130, i32 0, i32 1
  %132 = load i64, ptr %131, align 8, !tbaa !12
  %133 = srem i64 %129, %132
  br label %134

134:                                              ; preds = %126, %118
  %135 = phi i64 [ %125, %118 ], [ %133, %126 ]
  %136 = call ptr @mk_int(i64 noundef %135) #10
  store ptr %136, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

137:                                              ; preds = %2
  %138 = load ptr, ptr %6, align 8, !tbaa !13
  %139 = getelementptr inbounds nuw %struct.cell, ptr %138, i32 0, i32 0
  %140 = load i32, ptr %139, align 8, !tbaa !28
  %141 = icmp ne i32 %140, 1
  br i1 %141, label %147, label %142

142:                                              ; preds = %137
  %143 = load ptr, ptr %7, align 8, !tbaa !13
  %144 = getelementptr inbounds nuw %struct.cell, ptr %143, i32 0, i32 0
  %145 = load i32, ptr %144, align 8, !tbaa !28
  %146 = icmp ne i32 %145, 1
  br i1 %146, label %147, label %148

147:                                              ; preds = %142, %137
  store ptr @err_cell, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

148:                                              ; preds = %142
  %149 = load ptr, ptr %6, align 8, !tbaa !13
  %150 = getelementptr inbounds nuw %struct.cell, ptr %149, i32 0, i32 1
  %151 = load i64, ptr %150, align 8, !tbaa !12
  %152 = load ptr, ptr %7, align 8, !tbaa !13
  %153 = getelementptr inbounds nuw %struct.cell, ptr %152, i32 0, i32 1
  %154 = load i64, ptr %153, align 8, !tbaa !12
  %155 = icmp slt i64 %151, %154
  br i1 %155, label %156, label %159

156:                                              ; preds = %148
  %157 = load i32, ptr @s_t, align 4, !tbaa !5
  %158 = call ptr @mk_sym(i32 noundef %157) #10
  br label %160

159:                                              ; preds = %148
  br label %160

160:                                              ; preds = %159, %156
  %161 = phi ptr [ %158, %156 ], [ @nil_cell, %159 ]
  store ptr %161, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

162:                                              ; preds = %2
  %163 = load ptr, ptr %6, align 8, !tbaa !13
  %164 = getelementptr inbounds nuw %struct.cell, ptr %163, i32 0, i32 0
  %165 = load i32, ptr %164, align 8, !tbaa !28
  %166 = icmp eq i32 %165, 1
  br i1 %166, label %167, label %186

167:                                              ; preds = %162
  %168 = load ptr, ptr %7, align 8, !tbaa !13
  %169 = getelementptr inbounds nuw %struct.cell, ptr %168, i32 0, i32 0
  %170 = load i32, ptr %169, align 8, !tbaa !28
  %171 = icmp eq i32 %170, 1
  br i1 %171, label %172, label %186

172:                                              ; preds = %167
  %173 = load ptr, ptr %6, align 8, !tbaa !13
  %174 = getelementptr inbounds nuw %struct.cell, ptr %173, i32 0, i32 1
  %175 = load i64, ptr %174, align 8, !tbaa !12
  %176 = load ptr, ptr %7, align 8, !tbaa !13
  %177 = getelementptr inbounds nuw %struct.cell, ptr %176, i32 0, i32 1
  %178 = load i64, ptr %177, align 8, !tbaa !12
  %179 = icmp eq i64 %175, %178
  br i1 %179, label %180, label %183

180:                                              ; preds = %172
  %181 = load i32, ptr @s_t, align 4, !tbaa !5
  %182 = call ptr @mk_sym(i32 noundef %181) #10
  br label %184

183:                                              ; preds = %172
  br label %184

184:                                              ; preds = %183, %180
  %185 = phi ptr [ %182, %180 ], [ @nil_cell, %183 ]
  store ptr %185, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

186:                                              ; preds = %167, %162
  %187 = load ptr, ptr %6, align 8, !tbaa !13
  %188 = getelementptr inbounds nuw %struct.cell, ptr %187, i32 0, i32 0
  %189 = load i32, ptr %188, align 8, !tbaa !28
  %190 = icmp eq i32 %189, 2
  br i1 %190, label %191, label %210

191:                                              ; preds = %186
  %192 = load ptr, ptr %7, align 8, !tbaa !13
  %193 = getelementptr inbounds nuw %struct.cell, ptr %192, i32 0, i32 0
  %194 = load i32, ptr %193, align 8, !tbaa !28
  %195 = icmp eq i32 %194, 2
  br i1 %195, label %196, label %210

196:                                              ; preds = %191
  %197 = load ptr, ptr %6, align 8, !tbaa !13
  %198 = getelementptr inbounds nuw %struct.cell, ptr %197, i32 0, i32 1
  %199 = load i32, ptr %198, align 8, !tbaa !12
  %200 = load ptr, ptr %7, align 8, !tbaa !13
  %201 = getelementptr inbounds nuw %struct.cell, ptr %200, i32 0, i32 1
  %202 = load i32, ptr %201, align 8, !tbaa !12
  %203 = icmp eq i32 %199, %202
  br i1 %203, label %204, label %207

204:                                              ; preds = %196
  %205 = load i32, ptr @s_t, align 4, !tbaa !5
  %206 = call ptr @mk_sym(i32 noundef %205) #10
  br label %208

207:                                              ; preds = %196
  br label %208

208:                                              ; preds = %207, %204
  %209 = phi ptr [ %206, %204 ], [ @nil_cell, %207 ]
  store ptr %209, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

210:                                              ; preds = %191, %186
  %211 = load ptr, ptr %6, align 8, !tbaa !13
  %212 = load ptr, ptr %7, align 8, !tbaa !13
  %213 = icmp eq ptr %211, %212
  br i1 %213, label %214, label %217

214:                                              ; preds = %210
  %215 = load i32, ptr @s_t, align 4, !tbaa !5
  %216 = call ptr @mk_sym(i32 noundef %215) #10
  br label %218

217:                                              ; preds = %210
  br label %218

218:                                              ; preds = %217, %214
  %219 = phi ptr [ %216, %214 ], [ @nil_cell, %217 ]
  store ptr %219, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

220:                                              ; preds = %2
  %221 = load ptr, ptr %6, align 8, !tbaa !13
  %222 = call ptr @car(ptr noundef %221) #10
  store ptr %222, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

223:                                              ; preds = %2
  %224 = load ptr, ptr %6, align 8, !tbaa !13
  %225 = call ptr @cdr(ptr noundef %224) #10
  store ptr %225, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

226:                                              ; preds = %2
  %227 = load ptr, ptr %6, align 8, !tbaa !13
  %228 = load ptr, ptr %7, align 8, !tbaa !13
  %229 = call ptr @cons(ptr noundef %227, ptr noundef %228) #10
  store ptr %229, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

230:                                              ; preds = %2
  %231 = load ptr, ptr %6, align 8, !tbaa !13
  %232 = icmp eq ptr %231, @nil_cell
  br i1 %232, label %233, label %236

233:                                              ; preds = %230
  %234 = load i32, ptr @s_t, align 4, !tbaa !5
  %235 = call ptr @mk_sym(i32 noundef %234) #10
  br label %237

236:                                              ; preds = %230
  br label %237

237:                                              ; preds = %236, %233
  %238 = phi ptr [ %235, %233 ], [ @nil_cell, %236 ]
  store ptr %238, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

239:                                              ; preds = %2
  %240 = load ptr, ptr %5, align 8, !tbaa !13
  store ptr %240, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

241:                                              ; preds = %2
  store ptr @err_cell, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %242

242:                                              ; preds = %241, %239, %237, %226, %223, %220, %218, %208, %184, %160, %147, %134, %114, %88, %87, %76, %72, %66
  call void @llvm.lifetime.end.p0(ptr %7) #9
  call void @llvm.lifetime.end.p0(ptr %6) #9
  %243 = load ptr, ptr %3, align 8
  ret ptr %243
}

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @hash_str(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !32
  store ptr %1, ptr %4, align 8, !tbaa !9
  br label %5

5:                                                ; preds = %9, %2
  %6 = load ptr, ptr %4, align 8, !tbaa !9
  %7 = load i8, ptr %6, align 1, !tbaa !12
  %8 = icmp ne i8 %7, 0
  br i1 %8, label %9, label %19

9:                                                ; preds = %5
  %10 = load ptr, ptr %3, align 8, !tbaa !32
  %11 = load i32, ptr %10, align 4, !tbaa !5
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw i8, ptr %12, i32 1
  store ptr %13, ptr %4, align 8, !tbaa !9
  %14 = load i8, ptr %12, align 1, !tbaa !12
  %15 = zext i8 %14 to i32
  %16 = xor i32 %11, %15
  %17 = mul i32 %16, 16777619
  %18 = load ptr, ptr %3, align 8, !tbaa !32
  store i32 %17, ptr %18, align 4, !tbaa !5
  br label %5, !llvm.loop !42

19:                                               ; preds = %5
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize }
attributes #12 = { minsize nounwind optsize willreturn memory(read) }
attributes #13 = { minsize nounwind optsize willreturn memory(none) }

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
!13 = !{!14, !14, i64 0}
!14 = !{!"p1 _ZTS4cell", !11, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 short", !11, i64 0}
!22 = !{!23, !23, i64 0}
!23 = !{!"short", !7, i64 0}
!24 = distinct !{!24, !18}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
!27 = distinct !{!27, !18}
!28 = !{!29, !6, i64 0}
!29 = !{!"cell", !6, i64 0, !7, i64 8}
!30 = distinct !{!30, !18}
!31 = distinct !{!31, !18}
!32 = !{!33, !33, i64 0}
!33 = !{!"p1 int", !11, i64 0}
!34 = !{!35, !35, i64 0}
!35 = !{!"p1 long", !11, i64 0}
!36 = distinct !{!36, !18}
!37 = distinct !{!37, !18}
!38 = distinct !{!38, !18}
!39 = distinct !{!39, !18}
!40 = distinct !{!40, !18}
!41 = distinct !{!41, !18}
!42 = distinct !{!42, !18}
