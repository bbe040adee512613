; ModuleID = 'path_normalize.c'
source_filename = "path_normalize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.PathParts = type { i32, i32, [64 x [64 x i8]] }

@normalize_path.pp = internal global %struct.PathParts zeroinitializer, align 4
@.str = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"%s/%s\00", align 1
@relative_path.a = internal global %struct.PathParts zeroinitializer, align 4
@relative_path.b = internal global %struct.PathParts zeroinitializer, align 4
@.str.2 = private unnamed_addr constant [3 x i8] c"..\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"%s..\00", align 1
@.str.4 = private unnamed_addr constant [2 x i8] c"/\00", align 1
@.str.5 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"%s%s\00", align 1
@.str.7 = private unnamed_addr constant [2 x i8] c".\00", align 1
@main.paths = internal global [11 x ptr] [ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.5, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17], align 16
@.str.8 = private unnamed_addr constant [26 x i8] c"/usr//local/./bin/../lib/\00", align 1
@.str.9 = private unnamed_addr constant [13 x i8] c"a/b/../../..\00", align 1
@.str.10 = private unnamed_addr constant [12 x i8] c"../x/./y/..\00", align 1
@.str.11 = private unnamed_addr constant [18 x i8] c"/../../etc/passwd\00", align 1
@.str.12 = private unnamed_addr constant [3 x i8] c"./\00", align 1
@.str.13 = private unnamed_addr constant [29 x i8] c"foo/bar/baz/../../qux.tar.gz\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"////\00", align 1
@.str.15 = private unnamed_addr constant [14 x i8] c"./a/./b/./c/.\00", align 1
@.str.16 = private unnamed_addr constant [29 x i8] c"src/../../build/../out/app.o\00", align 1
@.str.17 = private unnamed_addr constant [30 x i8] c"/home/user/.config/../.bashrc\00", align 1
@.str.18 = private unnamed_addr constant [31 x i8] c"%-32s -> %-20s base=%s ext=%s\0A\00", align 1
@main.joins = internal global [4 x [2 x ptr]] [[2 x ptr] [ptr @.str.19, ptr @.str.20], [2 x ptr] [ptr @.str.19, ptr @.str.21], [2 x ptr] [ptr @.str.22, ptr @.str.23], [2 x ptr] [ptr @.str.4, ptr @.str.2]], align 16
@.str.19 = private unnamed_addr constant [9 x i8] c"/srv/www\00", align 1
@.str.20 = private unnamed_addr constant [21 x i8] c"static/../index.html\00", align 1
@.str.21 = private unnamed_addr constant [11 x i8] c"/etc/hosts\00", align 1
@.str.22 = private unnamed_addr constant [8 x i8] c"rel/dir\00", align 1
@.str.23 = private unnamed_addr constant [12 x i8] c"../../../up\00", align 1
@.str.24 = private unnamed_addr constant [19 x i8] c"join(%s, %s) = %s\0A\00", align 1
@main.rels = internal global [7 x [2 x ptr]] [[2 x ptr] [ptr @.str.25, ptr @.str.26], [2 x ptr] [ptr @.str.27, ptr @.str.27], [2 x ptr] [ptr @.str.27, ptr @.str.28], [2 x ptr] [ptr @.str.29, ptr @.str.4], [2 x ptr] [ptr @.str.30, ptr @.str.31], [2 x ptr] [ptr @.str.32, ptr @.str.33], [2 x ptr] [ptr @.str.34, ptr @.str.35]], align 16
@.str.25 = private unnamed_addr constant [7 x i8] c"/a/b/c\00", align 1
@.str.26 = private unnamed_addr constant [7 x i8] c"/a/d/e\00", align 1
@.str.27 = private unnamed_addr constant [5 x i8] c"/a/b\00", align 1
@.str.28 = private unnamed_addr constant [9 x i8] c"/a/b/c/d\00", align 1
@.str.29 = private unnamed_addr constant [7 x i8] c"/x/y/z\00", align 1
@.str.30 = private unnamed_addr constant [8 x i8] c"src/lib\00", align 1
@.str.31 = private unnamed_addr constant [8 x i8] c"include\00", align 1
@.str.32 = private unnamed_addr constant [5 x i8] c"/abs\00", align 1
@.str.33 = private unnamed_addr constant [4 x i8] c"rel\00", align 1
@.str.34 = private unnamed_addr constant [5 x i8] c"../p\00", align 1
@.str.35 = private unnamed_addr constant [2 x i8] c"q\00", align 1
@.str.36 = private unnamed_addr constant [20 x i8] c"rel(%s -> %s) = %s\0A\00", align 1
@.str.37 = private unnamed_addr constant [8 x i8] c"<error>\00", align 1
@main.pieces = internal global [7 x ptr] [ptr @.str.38, ptr @.str.2, ptr @.str.7, ptr @.str.39, ptr @.str.5, ptr @.str.40, ptr @.str.2], align 16
@.str.38 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.39 = private unnamed_addr constant [3 x i8] c"bb\00", align 1
@.str.40 = private unnamed_addr constant [4 x i8] c"ccc\00", align 1
@.str.41 = private unnamed_addr constant [4 x i8] c"%s/\00", align 1
@.str.42 = private unnamed_addr constant [35 x i8] c"idempotence failures=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @normalize_path(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  %7 = load ptr, ptr %4, align 8, !tbaa !9
  call void @split_path(ptr noundef %7, ptr noundef @normalize_path.pp) #6
  %8 = load ptr, ptr %5, align 8, !tbaa !9
  %9 = load i64, ptr %6, align 8, !tbaa !12
  %10 = call i64 @join_parts(ptr noundef @normalize_path.pp, ptr noundef %8, i64 noundef %9) #6
  ret i64 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @split_path(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !14
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %9, i64 0
  %11 = load i8, ptr %10, align 1, !tbaa !15
  %12 = sext i8 %11 to i32
  %13 = icmp eq i32 %12, 47
  %14 = zext i1 %13 to i32
  %15 = load ptr, ptr %4, align 8, !tbaa !14
  %16 = getelementptr inbounds nuw %struct.PathParts, ptr %15, i32 0, i32 0
  store i32 %14, ptr %16, align 4, !tbaa !16
  %17 = load ptr, ptr %4, align 8, !tbaa !14
  %18 = getelementptr inbounds nuw %struct.PathParts, ptr %17, i32 0, i32 1
  store i32 0, ptr %18, align 4, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %19 = load ptr, ptr %3, align 8, !tbaa !9
  store ptr %19, ptr %5, align 8, !tbaa !9
  br label %20

20:                                               ; preds = %150, %148, %2
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = load i8, ptr %21, align 1, !tbaa !15
  %23 = icmp ne i8 %22, 0
  br i1 %23, label %24, label %151

24:                                               ; preds = %20
  br label %25

25:                                               ; preds = %30, %24
  %26 = load ptr, ptr %5, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !15
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 47
  br i1 %29, label %30, label %33

30:                                               ; preds = %25
  %31 = load ptr, ptr %5, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %31, i32 1
  store ptr %32, ptr %5, align 8, !tbaa !9
  br label %25, !llvm.loop !19

33:                                               ; preds = %25
  %34 = load ptr, ptr %5, align 8, !tbaa !9
  %35 = load i8, ptr %34, align 1, !tbaa !15
  %36 = icmp ne i8 %35, 0
  br i1 %36, label %38, label %37

37:                                               ; preds = %33
  br label %151

38:                                               ; preds = %33
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %39 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %39, ptr %6, align 8, !tbaa !9
  br label %40

40:                                               ; preds = %52, %38
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = load i8, ptr %41, align 1, !tbaa !15
  %43 = sext i8 %42 to i32
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %45, label %50

45:                                               ; preds = %40
  %46 = load ptr, ptr %5, align 8, !tbaa !9
  %47 = load i8, ptr %46, align 1, !tbaa !15
  %48 = sext i8 %47 to i32
  %49 = icmp ne i32 %48, 47
  br label %50

50:                                               ; preds = %45, %40
  %51 = phi i1 [ false, %40 ], [ %49, %45 ]
  br i1 %51, label %52, label %55

52:                                               ; preds = %50
  %53 = load ptr, ptr %5, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw i8, ptr %53, i32 1
  store ptr %54, ptr %5, align 8, !tbaa !9
  br label %40, !llvm.loop !21

55:                                               ; preds = %50
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %56 = load ptr, ptr %5, align 8, !tbaa !9
  %57 = load ptr, ptr %6, align 8, !tbaa !9
  %58 = ptrtoint ptr %56 to i64
  %59 = ptrtoint ptr %57 to i64
  %60 = sub i64 %58, %59
  store i64 %60, ptr %7, align 8, !tbaa !12
  %61 = load i64, ptr %7, align 8, !tbaa !12
  %62 = icmp eq i64 %61, 1
  br i1 %62, label %63, label %70

63:                                               ; preds = %55
  %64 = load ptr, ptr %6, align 8, !tbaa !9
  %65 = getelementptr inbounds i8, ptr %64, i64 0
  %66 = load i8, ptr %65, align 1, !tbaa !15
  %67 = sext i8 %66 to i32
  %68 = icmp eq i32 %67, 46
  br i1 %68, label %69, label %70

69:                                               ; preds = %63
  store i32 2, ptr %8, align 4
  br label %148, !llvm.loop !22

70:                                               ; preds = %63, %55
  %71 = load i64, ptr %7, align 8, !tbaa !12
  %72 = icmp eq i64 %71, 2
  br i1 %72, label %73, label %114

73:                                               ; preds = %70
  %74 = load ptr, ptr %6, align 8, !tbaa !9
  %75 = getelementptr inbounds i8, ptr %74, i64 0
  %76 = load i8, ptr %75, align 1, !tbaa !15
  %77 = sext i8 %76 to i32
  %78 = icmp eq i32 %77, 46
  br i1 %78, label %79, label %114

79:                                               ; preds = %73
  %80 = load ptr, ptr %6, align 8, !tbaa !9
  %81 = getelementptr inbounds i8, ptr %80, i64 1
  %82 = load i8, ptr %81, align 1, !tbaa !15
  %83 = sext i8 %82 to i32
  %84 = icmp eq i32 %83, 46
  br i1 %84, label %85, label %114

85:                                               ; preds = %79
  %86 = load ptr, ptr %4, align 8, !tbaa !14
  %87 = getelementptr inbounds nuw %struct.PathParts, ptr %86, i32 0, i32 1
  %88 = load i32, ptr %87, align 4, !tbaa !18
  %89 = icmp sgt i32 %88, 0
  br i1 %89, label %90, label %107

90:                                               ; preds = %85
  %91 = load ptr, ptr %4, align 8, !tbaa !14
  %92 = getelementptr inbounds nuw %struct.PathParts, ptr %91, i32 0, i32 2
  %93 = load ptr, ptr %4, align 8, !tbaa !14
  %94 = getelementptr inbounds nuw %struct.PathParts, ptr %93, i32 0, i32 1
  %95 = load i32, ptr %94, align 4, !tbaa !18
  %96 = sub nsw i32 %95, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [64 x [64 x i8]], ptr %92, i64 0, i64 %97
  %99 = getelementptr inbounds [64 x i8], ptr %98, i64 0, i64 0
  %100 = call i32 @strcmp(ptr noundef %99, ptr noundef @.str.2) #8
  %101 = icmp ne i32 %100, 0
  br i1 %101, label %102, label %107

102:                                              ; preds = %90
  %103 = load ptr, ptr %4, align 8, !tbaa !14
  %104 = getelementptr inbounds nuw %struct.PathParts, ptr %103, i32 0, i32 1
  %105 = load i32, ptr %104, align 4, !tbaa !18
  %106 = add nsw i32 %105, -1
  store i32 %106, ptr %104, align 4, !tbaa !18
  store i32 2, ptr %8, align 4
  br label %148, !llvm.loop !22

107:                                              ; preds = %90, %85
  %108 = load ptr, ptr %4, align 8, !tbaa !14
  %109 = getelementptr inbounds nuw %struct.PathParts, ptr %108, i32 0, i32 0
  %110 = load i32, ptr %109, align 4, !tbaa !16
  %111 = icmp ne i32 %110, 0
  br i1 %111, label %112, label %113

112:                                              ; preds = %107
  store i32 2, ptr %8, align 4
  br label %148, !llvm.loop !22

113:                                              ; preds = %107
  br label %114

114:                                              ; preds = %113, %79, %73, %70
  %115 = load ptr, ptr %4, align 8, !tbaa !14
  %116 = getelementptr inbounds nuw %struct.PathParts, ptr %115, i32 0, i32 1
  %117 = load i32, ptr %116, align 4, !tbaa !18
  %118 = icmp sge i32 %117, 64
  br i1 %118, label %119, label %120

119:                                              ; preds = %114
  store i32 2, ptr %8, align 4
  br label %148, !llvm.loop !22

120:                                              ; preds = %114
  %121 = load i64, ptr %7, align 8, !tbaa !12
  %122 = icmp uge i64 %121, 64
  br i1 %122, label %123, label %124

123:                                              ; preds = %120
  store i64 63, ptr %7, align 8, !tbaa !12
  br label %124

124:                                              ; preds = %123, %120
  %125 = load ptr, ptr %4, align 8, !tbaa !14
  %126 = getelementptr inbounds nuw %struct.PathParts, ptr %125, i32 0, i32 2
  %127 = load ptr, ptr %4, align 8, !tbaa !14
  %128 = getelementptr inbounds nuw %struct.PathParts, ptr %127, i32 0, i32 1
  %129 = load i32, ptr %128, align 4, !tbaa !18
  %130 = sext i32 %129 to i64
  %131 = getelementptr inbounds [64 x [64 x i8]], ptr %126, i64 0, i64 %130
  %132 = getelementptr inbounds [64 x i8], ptr %131, i64 0, i64 0
  %133 = load ptr, ptr %6, align 8, !tbaa !9
  %134 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %132, ptr align 1 %133, i64 %134, i1 false)
  %135 = load ptr, ptr %4, align 8, !tbaa !14
  %136 = getelementptr inbounds nuw %struct.PathParts, ptr %135, i32 0, i32 2
  %137 = load ptr, ptr %4, align 8, !tbaa !14
  %138 = getelementptr inbounds nuw %struct.PathParts, ptr %137, i32 0, i32 1
  %139 = load i32, ptr %138, align 4, !tbaa !18
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [64 x [64 x i8]], ptr %136, i64 0, i64 %140
  %142 = load i64, ptr %7, align 8, !tbaa !12
  %143 = getelementptr inbounds nuw [64 x i8], ptr %141, i64 0, i64 %142
  store i8 0, ptr %143, align 1, !tbaa !15
  %144 = load ptr, ptr %4, align 8, !tbaa !14
  %145 = getelementptr inbounds nuw %struct.PathParts, ptr %144, i32 0, i32 1
  %146 = load i32, ptr %145, align 4, !tbaa !18
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %145, align 4, !tbaa !18
  store i32 0, ptr %8, align 4
  br label %148

148:                                              ; preds = %124, %119, %112, %102, %69
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %149 = load i32, ptr %8, align 4
  switch i32 %149, label %152 [
    i32 0, label %150
    i32 2, label %20
  ]

150:                                              ; preds = %148
  br label %20, !llvm.loop !22

151:                                              ; preds = %37, %20
  call void @llvm.lifetime.end.p0(ptr %5) #7
  ret void

152:                                              ; preds = %148
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @join_parts(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !14
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !12
  %10 = load ptr, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw %struct.PathParts, ptr %10, i32 0, i32 0
  %12 = load i32, ptr %11, align 4, !tbaa !16
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %14, label %24

14:                                               ; preds = %3
  %15 = load i64, ptr %7, align 8, !tbaa !12
  %16 = add i64 %15, 1
  %17 = load i64, ptr %6, align 8, !tbaa !12
  %18 = icmp ult i64 %16, %17
  br i1 %18, label %19, label %24

19:                                               ; preds = %14
  %20 = load ptr, ptr %5, align 8, !tbaa !9
  %21 = load i64, ptr %7, align 8, !tbaa !12
  %22 = add i64 %21, 1
  store i64 %22, ptr %7, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw i8, ptr %20, i64 %21
  store i8 47, ptr %23, align 1, !tbaa !15
  br label %24

24:                                               ; preds = %19, %14, %3
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %77, %24
  %26 = load i32, ptr %8, align 4, !tbaa !5
  %27 = load ptr, ptr %4, align 8, !tbaa !14
  %28 = getelementptr inbounds nuw %struct.PathParts, ptr %27, i32 0, i32 1
  %29 = load i32, ptr %28, align 4, !tbaa !18
  %30 = icmp slt i32 %26, %29
  br i1 %30, label %32, label %31

31:                                               ; preds = %25
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %80

32:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %33 = load ptr, ptr %4, align 8, !tbaa !14
  %34 = getelementptr inbounds nuw %struct.PathParts, ptr %33, i32 0, i32 2
  %35 = load i32, ptr %8, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [64 x [64 x i8]], ptr %34, i64 0, i64 %36
  %38 = getelementptr inbounds [64 x i8], ptr %37, i64 0, i64 0
  %39 = call i64 @strlen(ptr noundef %38) #8
  store i64 %39, ptr %9, align 8, !tbaa !12
  %40 = load i32, ptr %8, align 4, !tbaa !5
  %41 = icmp sgt i32 %40, 0
  br i1 %41, label %42, label %52

42:                                               ; preds = %32
  %43 = load i64, ptr %7, align 8, !tbaa !12
  %44 = add i64 %43, 1
  %45 = load i64, ptr %6, align 8, !tbaa !12
  %46 = icmp ult i64 %44, %45
  br i1 %46, label %47, label %52

47:                                               ; preds = %42
  %48 = load ptr, ptr %5, align 8, !tbaa !9
  %49 = load i64, ptr %7, align 8, !tbaa !12
  %50 = add i64 %49, 1
  store i64 %50, ptr %7, align 8, !tbaa !12
  %51 = getelementptr inbounds nuw i8, ptr %48, i64 %49
  store i8 47, ptr %51, align 1, !tbaa !15
  br label %52

52:                                               ; preds = %47, %42, %32
  %53 = load i64, ptr %7, align 8, !tbaa !12
  %54 = load i64, ptr %9, align 8, !tbaa !12
  %55 = add i64 %53, %54
  %56 = load i64, ptr %6, align 8, !tbaa !12
  %57 = icmp uge i64 %55, %56
  br i1 %57, label %58, label %63

58:                                               ; preds = %52
  %59 = load i64, ptr %6, align 8, !tbaa !12
  %60 = load i64, ptr %7, align 8, !tbaa !12
  %61 = sub i64 %59, %60
  %62 = sub i64 %61, 1
  store i64 %62, ptr %9, align 8, !tbaa !12
  br label %63

63:                                               ; preds = %58, %52
  %64 = load ptr, ptr %5, align 8, !tbaa !9
  %65 = load i64, ptr %7, align 8, !tbaa !12
  %66 = getelementptr inbounds nuw i8, ptr %64, i64 %65
  %67 = load ptr, ptr %4, align 8, !tbaa !14
  %68 = getelementptr inbounds nuw %struct.PathParts, ptr %67, i32 0, i32 2
  %69 = load i32, ptr %8, align 4, !tbaa !5
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [64 x [64 x i8]], ptr %68, i64 0, i64 %70
  %72 = getelementptr inbounds [64 x i8], ptr %71, i64 0, i64 0
  %73 = load i64, ptr %9, align 8, !tbaa !12
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %66, ptr align 4 %72, i64 %73, i1 false)
  %74 = load i64, ptr %9, align 8, !tbaa !12
  %75 = load i64, ptr %7, align 8, !tbaa !12
  %76 = add i64 %75, %74
  store i64 %76, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %77

77:                                               ; preds = %63
  %78 = load i32, ptr %8, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %8, align 4, !tbaa !5
  br label %25, !llvm.loop !23

80:                                               ; preds = %31
  %81 = load i64, ptr %7, align 8, !tbaa !12
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %83, label %91

83:                                               ; preds = %80
  %84 = load i64, ptr %6, align 8, !tbaa !12
  %85 = icmp ugt i64 %84, 1
  br i1 %85, label %86, label %91

86:                                               ; preds = %83
  %87 = load ptr, ptr %5, align 8, !tbaa !9
  %88 = load i64, ptr %7, align 8, !tbaa !12
  %89 = add i64 %88, 1
  store i64 %89, ptr %7, align 8, !tbaa !12
  %90 = getelementptr inbounds nuw i8, ptr %87, i64 %88
  store i8 46, ptr %90, align 1, !tbaa !15
  br label %91

91:                                               ; preds = %86, %83, %80
  %92 = load ptr, ptr %5, align 8, !tbaa !9
  %93 = load i64, ptr %7, align 8, !tbaa !12
  %94 = getelementptr inbounds nuw i8, ptr %92, i64 %93
  store i8 0, ptr %94, align 1, !tbaa !15
  %95 = load i64, ptr %7, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret i64 %95
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @path_join(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i64, align 8
  %9 = alloca [512 x i8], align 16
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !9
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i64 %3, ptr %8, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %10 = load ptr, ptr %6, align 8, !tbaa !9
  %11 = getelementptr inbounds i8, ptr %10, i64 0
  %12 = load i8, ptr %11, align 1, !tbaa !15
  %13 = sext i8 %12 to i32
  %14 = icmp eq i32 %13, 47
  br i1 %14, label %15, label %19

15:                                               ; preds = %4
  %16 = getelementptr inbounds [512 x i8], ptr %9, i64 0, i64 0
  %17 = load ptr, ptr %6, align 8, !tbaa !9
  %18 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %16, i64 noundef 512, ptr noundef @.str, ptr noundef %17) #9
  br label %24

19:                                               ; preds = %4
  %20 = getelementptr inbounds [512 x i8], ptr %9, i64 0, i64 0
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = load ptr, ptr %6, align 8, !tbaa !9
  %23 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %20, i64 noundef 512, ptr noundef @.str.1, ptr noundef %21, ptr noundef %22) #9
  br label %24

24:                                               ; preds = %19, %15
  %25 = getelementptr inbounds [512 x i8], ptr %9, i64 0, i64 0
  %26 = load ptr, ptr %7, align 8, !tbaa !9
  %27 = load i64, ptr %8, align 8, !tbaa !12
  %28 = call i64 @normalize_path(ptr noundef %25, ptr noundef %26, i64 noundef %27) #6
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i64 %28
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @relative_path(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i64, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !9
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !12
  %16 = load ptr, ptr %6, align 8, !tbaa !9
  call void @split_path(ptr noundef %16, ptr noundef @relative_path.a) #6
  %17 = load ptr, ptr %7, align 8, !tbaa !9
  call void @split_path(ptr noundef %17, ptr noundef @relative_path.b) #6
  %18 = load i32, ptr @relative_path.a, align 4, !tbaa !16
  %19 = load i32, ptr @relative_path.b, align 4, !tbaa !16
  %20 = icmp ne i32 %18, %19
  br i1 %20, label %21, label %22

21:                                               ; preds = %4
  store i32 -1, ptr %5, align 4
  br label %145

22:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %23

23:                                               ; preds = %44, %22
  %24 = load i32, ptr %10, align 4, !tbaa !5
  %25 = load i32, ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.a, i32 0, i32 1), align 4, !tbaa !18
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %42

27:                                               ; preds = %23
  %28 = load i32, ptr %10, align 4, !tbaa !5
  %29 = load i32, ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.b, i32 0, i32 1), align 4, !tbaa !18
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %42

31:                                               ; preds = %27
  %32 = load i32, ptr %10, align 4, !tbaa !5
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [64 x [64 x i8]], ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.a, i32 0, i32 2), i64 0, i64 %33
  %35 = getelementptr inbounds [64 x i8], ptr %34, i64 0, i64 0
  %36 = load i32, ptr %10, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [64 x [64 x i8]], ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.b, i32 0, i32 2), i64 0, i64 %37
  %39 = getelementptr inbounds [64 x i8], ptr %38, i64 0, i64 0
  %40 = call i32 @strcmp(ptr noundef %35, ptr noundef %39) #8
  %41 = icmp eq i32 %40, 0
  br label %42

42:                                               ; preds = %31, %27, %23
  %43 = phi i1 [ false, %27 ], [ false, %23 ], [ %41, %31 ]
  br i1 %43, label %44, label %47

44:                                               ; preds = %42
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %10, align 4, !tbaa !5
  br label %23, !llvm.loop !24

47:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %48 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %48, ptr %11, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %63, %47
  %50 = load i32, ptr %11, align 4, !tbaa !5
  %51 = load i32, ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.a, i32 0, i32 1), align 4, !tbaa !18
  %52 = icmp slt i32 %50, %51
  br i1 %52, label %54, label %53

53:                                               ; preds = %49
  store i32 4, ptr %12, align 4
  br label %66

54:                                               ; preds = %49
  %55 = load i32, ptr %11, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [64 x [64 x i8]], ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.a, i32 0, i32 2), i64 0, i64 %56
  %58 = getelementptr inbounds [64 x i8], ptr %57, i64 0, i64 0
  %59 = call i32 @strcmp(ptr noundef %58, ptr noundef @.str.2) #8
  %60 = icmp eq i32 %59, 0
  br i1 %60, label %61, label %62

61:                                               ; preds = %54
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %66

62:                                               ; preds = %54
  br label %63

63:                                               ; preds = %62
  %64 = load i32, ptr %11, align 4, !tbaa !5
  %65 = add nsw i32 %64, 1
  store i32 %65, ptr %11, align 4, !tbaa !5
  br label %49, !llvm.loop !25

66:                                               ; preds = %61, %53
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %67 = load i32, ptr %12, align 4
  switch i32 %67, label %144 [
    i32 4, label %68
  ]

68:                                               ; preds = %66
  call void @llvm.lifetime.start.p0(ptr %13) #7
  store i64 0, ptr %13, align 8, !tbaa !12
  %69 = load ptr, ptr %8, align 8, !tbaa !9
  %70 = getelementptr inbounds i8, ptr %69, i64 0
  store i8 0, ptr %70, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %71 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %71, ptr %14, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %98, %68
  %73 = load i32, ptr %14, align 4, !tbaa !5
  %74 = load i32, ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.a, i32 0, i32 1), align 4, !tbaa !18
  %75 = icmp slt i32 %73, %74
  br i1 %75, label %76, label %80

76:                                               ; preds = %72
  %77 = load i64, ptr %13, align 8, !tbaa !12
  %78 = load i64, ptr %9, align 8, !tbaa !12
  %79 = icmp ult i64 %77, %78
  br label %80

80:                                               ; preds = %76, %72
  %81 = phi i1 [ false, %72 ], [ %79, %76 ]
  br i1 %81, label %83, label %82

82:                                               ; preds = %80
  store i32 7, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %101

83:                                               ; preds = %80
  %84 = load ptr, ptr %8, align 8, !tbaa !9
  %85 = load i64, ptr %13, align 8, !tbaa !12
  %86 = getelementptr inbounds nuw i8, ptr %84, i64 %85
  %87 = load i64, ptr %9, align 8, !tbaa !12
  %88 = load i64, ptr %13, align 8, !tbaa !12
  %89 = sub i64 %87, %88
  %90 = load i64, ptr %13, align 8, !tbaa !12
  %91 = icmp ne i64 %90, 0
  %92 = zext i1 %91 to i64
  %93 = select i1 %91, ptr @.str.4, ptr @.str.5
  %94 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %86, i64 noundef %89, ptr noundef @.str.3, ptr noundef %93) #9
  %95 = sext i32 %94 to i64
  %96 = load i64, ptr %13, align 8, !tbaa !12
  %97 = add i64 %96, %95
  store i64 %97, ptr %13, align 8, !tbaa !12
  br label %98

98:                                               ; preds = %83
  %99 = load i32, ptr %14, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %14, align 4, !tbaa !5
  br label %72, !llvm.loop !26

101:                                              ; preds = %82
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %102 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %102, ptr %15, align 4, !tbaa !5
  br label %103

103:                                              ; preds = %133, %101
  %104 = load i32, ptr %15, align 4, !tbaa !5
  %105 = load i32, ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.b, i32 0, i32 1), align 4, !tbaa !18
  %106 = icmp slt i32 %104, %105
  br i1 %106, label %107, label %111

107:                                              ; preds = %103
  %108 = load i64, ptr %13, align 8, !tbaa !12
  %109 = load i64, ptr %9, align 8, !tbaa !12
  %110 = icmp ult i64 %108, %109
  br label %111

111:                                              ; preds = %107, %103
  %112 = phi i1 [ false, %103 ], [ %110, %107 ]
  br i1 %112, label %114, label %113

113:                                              ; preds = %111
  store i32 10, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %136

114:                                              ; preds = %111
  %115 = load ptr, ptr %8, align 8, !tbaa !9
  %116 = load i64, ptr %13, align 8, !tbaa !12
  %117 = getelementptr inbounds nuw i8, ptr %115, i64 %116
  %118 = load i64, ptr %9, align 8, !tbaa !12
  %119 = load i64, ptr %13, align 8, !tbaa !12
  %120 = sub i64 %118, %119
  %121 = load i64, ptr %13, align 8, !tbaa !12
  %122 = icmp ne i64 %121, 0
  %123 = zext i1 %122 to i64
  %124 = select i1 %122, ptr @.str.4, ptr @.str.5
  %125 = load i32, ptr %15, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [64 x [64 x i8]], ptr getelementptr inbounds nuw (%struct.PathParts, ptr @relative_path.b, i32 0, i32 2), i64 0, i64 %126
  %128 = getelementptr inbounds [64 x i8], ptr %127, i64 0, i64 0
  %129 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %117, i64 noundef %120, ptr noundef @.str.6, ptr noundef %124, ptr noundef %128) #9
  %130 = sext i32 %129 to i64
  %131 = load i64, ptr %13, align 8, !tbaa !12
  %132 = add i64 %131, %130
  store i64 %132, ptr %13, align 8, !tbaa !12
  br label %133

133:                                              ; preds = %114
  %134 = load i32, ptr %15, align 4, !tbaa !5
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %15, align 4, !tbaa !5
  br label %103, !llvm.loop !27

136:                                              ; preds = %113
  %137 = load i64, ptr %13, align 8, !tbaa !12
  %138 = icmp eq i64 %137, 0
  br i1 %138, label %139, label %143

139:                                              ; preds = %136
  %140 = load ptr, ptr %8, align 8, !tbaa !9
  %141 = load i64, ptr %9, align 8, !tbaa !12
  %142 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %140, i64 noundef %141, ptr noundef @.str.7) #9
  br label %143

143:                                              ; preds = %139, %136
  store i32 0, ptr %5, align 4
  store i32 1, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %144

144:                                              ; preds = %143, %66
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %145

145:                                              ; preds = %144, %21
  %146 = load i32, ptr %5, align 4
  ret i32 %146
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [256 x i8], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca [256 x i8], align 16
  %12 = alloca [256 x i8], align 16
  %13 = alloca [256 x i8], align 16
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i64 0, ptr %4, align 8, !tbaa !12
  br label %22

22:                                               ; preds = %58, %0
  %23 = load i64, ptr %4, align 8, !tbaa !12
  %24 = icmp ult i64 %23, 11
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 2, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #7
  br label %61

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %27 = load i64, ptr %4, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw [11 x ptr], ptr @main.paths, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !9
  %30 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %31 = call i64 @normalize_path(ptr noundef %29, ptr noundef %30, i64 noundef 256) #6
  store i64 %31, ptr %6, align 8, !tbaa !12
  %32 = load i64, ptr %4, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw [11 x ptr], ptr @main.paths, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %36 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %37 = call ptr @basename_of(ptr noundef %36) #6
  %38 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %39 = call ptr @extension_of(ptr noundef %38) #6
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, ptr noundef %34, ptr noundef %35, ptr noundef %37, ptr noundef %39) #6
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %41

41:                                               ; preds = %54, %26
  %42 = load i64, ptr %7, align 8, !tbaa !12
  %43 = load i64, ptr %6, align 8, !tbaa !12
  %44 = icmp ult i64 %42, %43
  br i1 %44, label %46, label %45

45:                                               ; preds = %41
  store i32 5, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %57

46:                                               ; preds = %41
  %47 = load i32, ptr %3, align 4, !tbaa !5
  %48 = mul i32 %47, 33
  %49 = load i64, ptr %7, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw [256 x i8], ptr %2, i64 0, i64 %49
  %51 = load i8, ptr %50, align 1, !tbaa !15
  %52 = zext i8 %51 to i32
  %53 = xor i32 %48, %52
  store i32 %53, ptr %3, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %46
  %55 = load i64, ptr %7, align 8, !tbaa !12
  %56 = add i64 %55, 1
  store i64 %56, ptr %7, align 8, !tbaa !12
  br label %41, !llvm.loop !28

57:                                               ; preds = %45
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %58

58:                                               ; preds = %57
  %59 = load i64, ptr %4, align 8, !tbaa !12
  %60 = add i64 %59, 1
  store i64 %60, ptr %4, align 8, !tbaa !12
  br label %22, !llvm.loop !29

61:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i64 0, ptr %8, align 8, !tbaa !12
  br label %62

62:                                               ; preds = %87, %61
  %63 = load i64, ptr %8, align 8, !tbaa !12
  %64 = icmp ult i64 %63, 4
  br i1 %64, label %66, label %65

65:                                               ; preds = %62
  store i32 8, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %90

66:                                               ; preds = %62
  %67 = load i64, ptr %8, align 8, !tbaa !12
  %68 = getelementptr inbounds nuw [4 x [2 x ptr]], ptr @main.joins, i64 0, i64 %67
  %69 = getelementptr inbounds [2 x ptr], ptr %68, i64 0, i64 0
  %70 = load ptr, ptr %69, align 16, !tbaa !9
  %71 = load i64, ptr %8, align 8, !tbaa !12
  %72 = getelementptr inbounds nuw [4 x [2 x ptr]], ptr @main.joins, i64 0, i64 %71
  %73 = getelementptr inbounds [2 x ptr], ptr %72, i64 0, i64 1
  %74 = load ptr, ptr %73, align 8, !tbaa !9
  %75 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %76 = call i64 @path_join(ptr noundef %70, ptr noundef %74, ptr noundef %75, i64 noundef 256) #6
  %77 = load i64, ptr %8, align 8, !tbaa !12
  %78 = getelementptr inbounds nuw [4 x [2 x ptr]], ptr @main.joins, i64 0, i64 %77
  %79 = getelementptr inbounds [2 x ptr], ptr %78, i64 0, i64 0
  %80 = load ptr, ptr %79, align 16, !tbaa !9
  %81 = load i64, ptr %8, align 8, !tbaa !12
  %82 = getelementptr inbounds nuw [4 x [2 x ptr]], ptr @main.joins, i64 0, i64 %81
  %83 = getelementptr inbounds [2 x ptr], ptr %82, i64 0, i64 1
  %84 = load ptr, ptr %83, align 8, !tbaa !9
  %85 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, ptr noundef %80, ptr noundef %84, ptr noundef %85) #6
  br label %87

87:                                               ; preds = %66
  %88 = load i64, ptr %8, align 8, !tbaa !12
  %89 = add i64 %88, 1
  store i64 %89, ptr %8, align 8, !tbaa !12
  br label %62, !llvm.loop !30

90:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i64 0, ptr %9, align 8, !tbaa !12
  br label %91

91:                                               ; preds = %122, %90
  %92 = load i64, ptr %9, align 8, !tbaa !12
  %93 = icmp ult i64 %92, 7
  br i1 %93, label %95, label %94

94:                                               ; preds = %91
  store i32 11, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  br label %125

95:                                               ; preds = %91
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %96 = load i64, ptr %9, align 8, !tbaa !12
  %97 = getelementptr inbounds nuw [7 x [2 x ptr]], ptr @main.rels, i64 0, i64 %96
  %98 = getelementptr inbounds [2 x ptr], ptr %97, i64 0, i64 0
  %99 = load ptr, ptr %98, align 16, !tbaa !9
  %100 = load i64, ptr %9, align 8, !tbaa !12
  %101 = getelementptr inbounds nuw [7 x [2 x ptr]], ptr @main.rels, i64 0, i64 %100
  %102 = getelementptr inbounds [2 x ptr], ptr %101, i64 0, i64 1
  %103 = load ptr, ptr %102, align 8, !tbaa !9
  %104 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  %105 = call i32 @relative_path(ptr noundef %99, ptr noundef %103, ptr noundef %104, i64 noundef 256) #6
  store i32 %105, ptr %10, align 4, !tbaa !5
  %106 = load i64, ptr %9, align 8, !tbaa !12
  %107 = getelementptr inbounds nuw [7 x [2 x ptr]], ptr @main.rels, i64 0, i64 %106
  %108 = getelementptr inbounds [2 x ptr], ptr %107, i64 0, i64 0
  %109 = load ptr, ptr %108, align 16, !tbaa !9
  %110 = load i64, ptr %9, align 8, !tbaa !12
  %111 = getelementptr inbounds nuw [7 x [2 x ptr]], ptr @main.rels, i64 0, i64 %110
  %112 = getelementptr inbounds [2 x ptr], ptr %111, i64 0, i64 1
  %113 = load ptr, ptr %112, align 8, !tbaa !9
  %114 = load i32, ptr %10, align 4, !tbaa !5
  %115 = icmp eq i32 %114, 0
  br i1 %115, label %116, label %118

116:                                              ; preds = %95
  %117 = getelementptr inbounds [256 x i8], ptr %2, i64 0, i64 0
  br label %119

118:                                              ; preds = %95
  br label %119

119:                                              ; preds = %118, %116
  %120 = phi ptr [ %117, %116 ], [ @.str.37, %118 ]
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.36, ptr noundef %109, ptr noundef %113, ptr noundef %120) #6
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %122

122:                                              ; preds = %119
  %123 = load i64, ptr %9, align 8, !tbaa !12
  %124 = add i64 %123, 1
  store i64 %124, ptr %9, align 8, !tbaa !12
  br label %91, !llvm.loop !31

125:                                              ; preds = %94
  call void @llvm.lifetime.start.p0(ptr %11) #7
  call void @llvm.lifetime.start.p0(ptr %12) #7
  call void @llvm.lifetime.start.p0(ptr %13) #7
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 7, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #7
  store i32 0, ptr %16, align 4, !tbaa !5
  br label %126

126:                                              ; preds = %208, %125
  %127 = load i32, ptr %16, align 4, !tbaa !5
  %128 = icmp slt i32 %127, 500
  br i1 %128, label %130, label %129

129:                                              ; preds = %126
  store i32 14, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %211

130:                                              ; preds = %126
  call void @llvm.lifetime.start.p0(ptr %17) #7
  store i64 0, ptr %17, align 8, !tbaa !12
  %131 = load i32, ptr %14, align 4, !tbaa !5
  %132 = mul i32 %131, 1103515245
  %133 = add i32 %132, 12345
  store i32 %133, ptr %14, align 4, !tbaa !5
  %134 = load i32, ptr %14, align 4, !tbaa !5
  %135 = and i32 %134, 256
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %137, label %141

137:                                              ; preds = %130
  %138 = load i64, ptr %17, align 8, !tbaa !12
  %139 = add i64 %138, 1
  store i64 %139, ptr %17, align 8, !tbaa !12
  %140 = getelementptr inbounds nuw [256 x i8], ptr %11, i64 0, i64 %138
  store i8 47, ptr %140, align 1, !tbaa !15
  br label %141

141:                                              ; preds = %137, %130
  call void @llvm.lifetime.start.p0(ptr %18) #7
  %142 = load i32, ptr %14, align 4, !tbaa !5
  %143 = lshr i32 %142, 16
  %144 = urem i32 %143, 9
  %145 = add nsw i32 1, %144
  store i32 %145, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #7
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %146

146:                                              ; preds = %171, %141
  %147 = load i32, ptr %19, align 4, !tbaa !5
  %148 = load i32, ptr %18, align 4, !tbaa !5
  %149 = icmp slt i32 %147, %148
  br i1 %149, label %151, label %150

150:                                              ; preds = %146
  store i32 17, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #7
  br label %174

151:                                              ; preds = %146
  %152 = load i32, ptr %14, align 4, !tbaa !5
  %153 = mul i32 %152, 1103515245
  %154 = add i32 %153, 12345
  store i32 %154, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %20) #7
  %155 = load i32, ptr %14, align 4, !tbaa !5
  %156 = lshr i32 %155, 16
  %157 = urem i32 %156, 7
  %158 = zext i32 %157 to i64
  %159 = getelementptr inbounds nuw [7 x ptr], ptr @main.pieces, i64 0, i64 %158
  %160 = load ptr, ptr %159, align 8, !tbaa !9
  store ptr %160, ptr %20, align 8, !tbaa !9
  %161 = getelementptr inbounds [256 x i8], ptr %11, i64 0, i64 0
  %162 = load i64, ptr %17, align 8, !tbaa !12
  %163 = getelementptr inbounds nuw i8, ptr %161, i64 %162
  %164 = load i64, ptr %17, align 8, !tbaa !12
  %165 = sub i64 256, %164
  %166 = load ptr, ptr %20, align 8, !tbaa !9
  %167 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %163, i64 noundef %165, ptr noundef @.str.41, ptr noundef %166) #9
  %168 = sext i32 %167 to i64
  %169 = load i64, ptr %17, align 8, !tbaa !12
  %170 = add i64 %169, %168
  store i64 %170, ptr %17, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr %20) #7
  br label %171

171:                                              ; preds = %151
  %172 = load i32, ptr %19, align 4, !tbaa !5
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %19, align 4, !tbaa !5
  br label %146, !llvm.loop !32

174:                                              ; preds = %150
  %175 = load i64, ptr %17, align 8, !tbaa !12
  %176 = getelementptr inbounds nuw [256 x i8], ptr %11, i64 0, i64 %175
  store i8 0, ptr %176, align 1, !tbaa !15
  %177 = getelementptr inbounds [256 x i8], ptr %11, i64 0, i64 0
  %178 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0
  %179 = call i64 @normalize_path(ptr noundef %177, ptr noundef %178, i64 noundef 256) #6
  %180 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0
  %181 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 0
  %182 = call i64 @normalize_path(ptr noundef %180, ptr noundef %181, i64 noundef 256) #6
  %183 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0
  %184 = getelementptr inbounds [256 x i8], ptr %13, i64 0, i64 0
  %185 = call i32 @strcmp(ptr noundef %183, ptr noundef %184) #8
  %186 = icmp ne i32 %185, 0
  br i1 %186, label %187, label %190

187:                                              ; preds = %174
  %188 = load i32, ptr %15, align 4, !tbaa !5
  %189 = add nsw i32 %188, 1
  store i32 %189, ptr %15, align 4, !tbaa !5
  br label %190

190:                                              ; preds = %187, %174
  call void @llvm.lifetime.start.p0(ptr %21) #7
  %191 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 0
  store ptr %191, ptr %21, align 8, !tbaa !9
  br label %192

192:                                              ; preds = %204, %190
  %193 = load ptr, ptr %21, align 8, !tbaa !9
  %194 = load i8, ptr %193, align 1, !tbaa !15
  %195 = icmp ne i8 %194, 0
  br i1 %195, label %197, label %196

196:                                              ; preds = %192
  store i32 20, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %21) #7
  br label %207

197:                                              ; preds = %192
  %198 = load i32, ptr %3, align 4, !tbaa !5
  %199 = mul i32 %198, 33
  %200 = load ptr, ptr %21, align 8, !tbaa !9
  %201 = load i8, ptr %200, align 1, !tbaa !15
  %202 = zext i8 %201 to i32
  %203 = xor i32 %199, %202
  store i32 %203, ptr %3, align 4, !tbaa !5
  br label %204

204:                                              ; preds = %197
  %205 = load ptr, ptr %21, align 8, !tbaa !9
  %206 = getelementptr inbounds nuw i8, ptr %205, i32 1
  store ptr %206, ptr %21, align 8, !tbaa !9
  br label %192, !llvm.loop !33

207:                                              ; preds = %196
  call void @llvm.lifetime.end.p0(ptr %18) #7
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %208

208:                                              ; preds = %207
  %209 = load i32, ptr %16, align 4, !tbaa !5
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %16, align 4, !tbaa !5
  br label %126, !llvm.loop !34

211:                                              ; preds = %129
  %212 = load i32, ptr %15, align 4, !tbaa !5
  %213 = load i32, ptr %3, align 4, !tbaa !5
  %214 = call i32 (ptr, ...) @printf(ptr noundef @.str.42, i32 noundef %212, i32 noundef %213) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %215 = load i32, ptr %1, align 4
  ret i32 %215
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @basename_of(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = call ptr @strrchr(ptr noundef %4, i32 noundef 47) #8
  store ptr %5, ptr %3, align 8, !tbaa !9
  %6 = load ptr, ptr %3, align 8, !tbaa !9
  %7 = icmp ne ptr %6, null
  br i1 %7, label %8, label %11

8:                                                ; preds = %1
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %9, i64 1
  br label %13

11:                                               ; preds = %1
  %12 = load ptr, ptr %2, align 8, !tbaa !9
  br label %13

13:                                               ; preds = %11, %8
  %14 = phi ptr [ %10, %8 ], [ %12, %11 ]
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret ptr %14
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @extension_of(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = call ptr @basename_of(ptr noundef %7) #6
  store ptr %8, ptr %4, align 8, !tbaa !9
  %9 = load ptr, ptr %4, align 8, !tbaa !9
  %10 = call i32 @strcmp(ptr noundef %9, ptr noundef @.str.2) #8
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %13

12:                                               ; preds = %1
  store ptr @.str.5, ptr %2, align 8
  store i32 1, ptr %5, align 4
  br label %27

13:                                               ; preds = %1
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %14 = load ptr, ptr %4, align 8, !tbaa !9
  %15 = call ptr @strrchr(ptr noundef %14, i32 noundef 46) #8
  store ptr %15, ptr %6, align 8, !tbaa !9
  %16 = load ptr, ptr %6, align 8, !tbaa !9
  %17 = icmp ne ptr %16, null
  br i1 %17, label %18, label %24

18:                                               ; preds = %13
  %19 = load ptr, ptr %6, align 8, !tbaa !9
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = icmp ne ptr %19, %20
  br i1 %21, label %22, label %24

22:                                               ; preds = %18
  %23 = load ptr, ptr %6, align 8, !tbaa !9
  br label %25

24:                                               ; preds = %18, %13
  br label %25

25:                                               ; preds = %24, %22
  %26 = phi ptr [ %23, %22 ], [ @.str.5, %24 ]
  store ptr %26, ptr %2, align 8
  store i32 1, ptr %5, align 4
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %27

27:                                               ; preds = %25, %12
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %28 = load ptr, ptr %2, align 8
  ret ptr %28
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strrchr(ptr noundef, i32 noundef) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { minsize optsize }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
attributes #9 = { minsize nounwind optsize }

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
!14 = !{!11, !11, i64 0}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !6, i64 0}
!17 = !{!"", !6, i64 0, !6, i64 4, !7, i64 8}
!18 = !{!17, !6, i64 4}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !20}
!24 = distinct !{!24, !20}
!25 = distinct !{!25, !20}
!26 = distinct !{!26, !20}
!27 = distinct !{!27, !20}
!28 = distinct !{!28, !20}
!29 = distinct !{!29, !20}
!30 = distinct !{!30, !20}
!31 = distinct !{!31, !20}
!32 = distinct !{!32, !20}
!33 = distinct !{!33, !20}
!34 = distinct !{!34, !20}
