; ModuleID = 'splay_tree.c'
source_filename = "splay_tree.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Node = type { [24 x i8], i32, ptr, ptr }

@main.drop = internal global [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"of\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"it\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"was\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"zebra\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"we\00", align 1
@text = internal global ptr @.str.11, align 8
@.str.6 = private unnamed_addr constant [44 x i8] c"words=%d distinct=%d depth=%d rotations=%d\0A\00", align 1
@rotations = internal global i32 0, align 4
@.str.7 = private unnamed_addr constant [33 x i8] c"most frequent: %s x%d hash=%08x\0A\00", align 1
@.str.8 = private unnamed_addr constant [32 x i8] c"removed=%d distinct=%d root=%s\0A\00", align 1
@.str.9 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.10 = private unnamed_addr constant [37 x i8] c"now most frequent: %s x%d hash=%08x\0A\00", align 1
@.str.11 = private unnamed_addr constant [613 x i8] c"It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had everything before us, we had nothing before us, we were all going direct to Heaven, we were all going direct the other way. In short, the period was so far like the present period, that some of its noisiest authorities insisted on its being received, for good or for evil, in the superlative degree of comparison only.\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca [24 x i8], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  store ptr null, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #7
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 5381, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store ptr null, ptr %10, align 8, !tbaa !9
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %103, %0
  %17 = load i32, ptr %8, align 4, !tbaa !5
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %106

19:                                               ; preds = %16
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %20 = load ptr, ptr @text, align 8, !tbaa !12
  store ptr %20, ptr %11, align 8, !tbaa !12
  br label %21

21:                                               ; preds = %101, %19
  %22 = load ptr, ptr %11, align 8, !tbaa !12
  %23 = load i8, ptr %22, align 1, !tbaa !14
  %24 = icmp ne i8 %23, 0
  br i1 %24, label %25, label %102

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %12) #7
  store i64 0, ptr %12, align 8, !tbaa !15
  br label %26

26:                                               ; preds = %46, %25
  %27 = load ptr, ptr %11, align 8, !tbaa !12
  %28 = load i8, ptr %27, align 1, !tbaa !14
  %29 = sext i8 %28 to i32
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %31, label %44

31:                                               ; preds = %26
  %32 = call ptr @__ctype_b_loc() #8
  %33 = load ptr, ptr %32, align 8, !tbaa !17
  %34 = load ptr, ptr %11, align 8, !tbaa !12
  %35 = load i8, ptr %34, align 1, !tbaa !14
  %36 = zext i8 %35 to i32
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i16, ptr %33, i64 %37
  %39 = load i16, ptr %38, align 2, !tbaa !19
  %40 = zext i16 %39 to i32
  %41 = and i32 %40, 1024
  %42 = icmp ne i32 %41, 0
  %43 = xor i1 %42, true
  br label %44

44:                                               ; preds = %31, %26
  %45 = phi i1 [ false, %26 ], [ %43, %31 ]
  br i1 %45, label %46, label %49

46:                                               ; preds = %44
  %47 = load ptr, ptr %11, align 8, !tbaa !12
  %48 = getelementptr inbounds nuw i8, ptr %47, i32 1
  store ptr %48, ptr %11, align 8, !tbaa !12
  br label %26, !llvm.loop !21

49:                                               ; preds = %44
  br label %50

50:                                               ; preds = %87, %49
  %51 = load ptr, ptr %11, align 8, !tbaa !12
  %52 = load i8, ptr %51, align 1, !tbaa !14
  %53 = sext i8 %52 to i32
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %67

55:                                               ; preds = %50
  %56 = call ptr @__ctype_b_loc() #8
  %57 = load ptr, ptr %56, align 8, !tbaa !17
  %58 = load ptr, ptr %11, align 8, !tbaa !12
  %59 = load i8, ptr %58, align 1, !tbaa !14
  %60 = zext i8 %59 to i32
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds i16, ptr %57, i64 %61
  %63 = load i16, ptr %62, align 2, !tbaa !19
  %64 = zext i16 %63 to i32
  %65 = and i32 %64, 1024
  %66 = icmp ne i32 %65, 0
  br label %67

67:                                               ; preds = %55, %50
  %68 = phi i1 [ false, %50 ], [ %66, %55 ]
  br i1 %68, label %69, label %90

69:                                               ; preds = %67
  %70 = load i64, ptr %12, align 8, !tbaa !15
  %71 = icmp ult i64 %70, 23
  br i1 %71, label %72, label %87

72:                                               ; preds = %69
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %73 = call ptr @__ctype_tolower_loc() #8
  %74 = load ptr, ptr %73, align 8, !tbaa !23
  %75 = load ptr, ptr %11, align 8, !tbaa !12
  %76 = load i8, ptr %75, align 1, !tbaa !14
  %77 = zext i8 %76 to i32
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds i32, ptr %74, i64 %78
  %80 = load i32, ptr %79, align 4, !tbaa !5
  store i32 %80, ptr %13, align 4, !tbaa !5
  %81 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %81, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #7
  %82 = load i32, ptr %14, align 4, !tbaa !5
  %83 = trunc i32 %82 to i8
  %84 = load i64, ptr %12, align 8, !tbaa !15
  %85 = add i64 %84, 1
  store i64 %85, ptr %12, align 8, !tbaa !15
  %86 = getelementptr inbounds nuw [24 x i8], ptr %3, i64 0, i64 %84
  store i8 %83, ptr %86, align 1, !tbaa !14
  br label %87

87:                                               ; preds = %72, %69
  %88 = load ptr, ptr %11, align 8, !tbaa !12
  %89 = getelementptr inbounds nuw i8, ptr %88, i32 1
  store ptr %89, ptr %11, align 8, !tbaa !12
  br label %50, !llvm.loop !25

90:                                               ; preds = %67
  %91 = load i64, ptr %12, align 8, !tbaa !15
  %92 = icmp ne i64 %91, 0
  br i1 %92, label %93, label %101

93:                                               ; preds = %90
  %94 = load i64, ptr %12, align 8, !tbaa !15
  %95 = getelementptr inbounds nuw [24 x i8], ptr %3, i64 0, i64 %94
  store i8 0, ptr %95, align 1, !tbaa !14
  %96 = load ptr, ptr %2, align 8, !tbaa !9
  %97 = getelementptr inbounds [24 x i8], ptr %3, i64 0, i64 0
  %98 = call ptr @insert_word(ptr noundef %96, ptr noundef %97) #9
  store ptr %98, ptr %2, align 8, !tbaa !9
  %99 = load i32, ptr %4, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %4, align 4, !tbaa !5
  br label %101

101:                                              ; preds = %93, %90
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %21, !llvm.loop !26

102:                                              ; preds = %21
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %103

103:                                              ; preds = %102
  %104 = load i32, ptr %8, align 4, !tbaa !5
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %8, align 4, !tbaa !5
  br label %16, !llvm.loop !27

106:                                              ; preds = %16
  %107 = load ptr, ptr %2, align 8, !tbaa !9
  call void @walk(ptr noundef %107, ptr noundef %5, ptr noundef %9, ptr noundef %10) #9
  %108 = load i32, ptr %4, align 4, !tbaa !5
  %109 = load i32, ptr %5, align 4, !tbaa !5
  %110 = load ptr, ptr %2, align 8, !tbaa !9
  %111 = call i32 @depth(ptr noundef %110) #9
  %112 = load i32, ptr @rotations, align 4, !tbaa !5
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %108, i32 noundef %109, i32 noundef %111, i32 noundef %112) #9
  %114 = load ptr, ptr %10, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw %struct.Node, ptr %114, i32 0, i32 0
  %116 = getelementptr inbounds [24 x i8], ptr %115, i64 0, i64 0
  %117 = load ptr, ptr %10, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw %struct.Node, ptr %117, i32 0, i32 1
  %119 = load i32, ptr %118, align 8, !tbaa !28
  %120 = load i32, ptr %9, align 4, !tbaa !5
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, ptr noundef %116, i32 noundef %119, i32 noundef %120) #9
  call void @llvm.lifetime.start.p0(ptr %15) #7
  store i64 0, ptr %15, align 8, !tbaa !15
  br label %122

122:                                              ; preds = %135, %106
  %123 = load i64, ptr %15, align 8, !tbaa !15
  %124 = icmp ult i64 %123, 6
  br i1 %124, label %126, label %125

125:                                              ; preds = %122
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %138

126:                                              ; preds = %122
  %127 = load ptr, ptr %2, align 8, !tbaa !9
  %128 = load i64, ptr %15, align 8, !tbaa !15
  %129 = getelementptr inbounds nuw [6 x ptr], ptr @main.drop, i64 0, i64 %128
  %130 = load ptr, ptr %129, align 8, !tbaa !12
  %131 = call ptr @remove_word(ptr noundef %127, ptr noundef %130, ptr noundef %6) #9
  store ptr %131, ptr %2, align 8, !tbaa !9
  %132 = load i32, ptr %6, align 4, !tbaa !5
  %133 = load i32, ptr %7, align 4, !tbaa !5
  %134 = add nsw i32 %133, %132
  store i32 %134, ptr %7, align 4, !tbaa !5
  br label %135

135:                                              ; preds = %126
  %136 = load i64, ptr %15, align 8, !tbaa !15
  %137 = add i64 %136, 1
  store i64 %137, ptr %15, align 8, !tbaa !15
  br label %122, !llvm.loop !30

138:                                              ; preds = %125
  store i32 0, ptr %5, align 4, !tbaa !5
  store i32 5381, ptr %9, align 4, !tbaa !5
  store ptr null, ptr %10, align 8, !tbaa !9
  %139 = load ptr, ptr %2, align 8, !tbaa !9
  call void @walk(ptr noundef %139, ptr noundef %5, ptr noundef %9, ptr noundef %10) #9
  %140 = load i32, ptr %7, align 4, !tbaa !5
  %141 = load i32, ptr %5, align 4, !tbaa !5
  %142 = load ptr, ptr %2, align 8, !tbaa !9
  %143 = icmp ne ptr %142, null
  br i1 %143, label %144, label %148

144:                                              ; preds = %138
  %145 = load ptr, ptr %2, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw %struct.Node, ptr %145, i32 0, i32 0
  %147 = getelementptr inbounds [24 x i8], ptr %146, i64 0, i64 0
  br label %149

148:                                              ; preds = %138
  br label %149

149:                                              ; preds = %148, %144
  %150 = phi ptr [ %147, %144 ], [ @.str.9, %148 ]
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %140, i32 noundef %141, ptr noundef %150) #9
  %152 = load ptr, ptr %10, align 8, !tbaa !9
  %153 = getelementptr inbounds nuw %struct.Node, ptr %152, i32 0, i32 0
  %154 = getelementptr inbounds [24 x i8], ptr %153, i64 0, i64 0
  %155 = load ptr, ptr %10, align 8, !tbaa !9
  %156 = getelementptr inbounds nuw %struct.Node, ptr %155, i32 0, i32 1
  %157 = load i32, ptr %156, align 8, !tbaa !28
  %158 = load i32, ptr %9, align 4, !tbaa !5
  %159 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, ptr noundef %154, i32 noundef %157, i32 noundef %158) #9
  %160 = load ptr, ptr %2, align 8, !tbaa !9
  call void @destroy(ptr noundef %160) #9
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #2

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @insert_word(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %8 = load ptr, ptr %4, align 8, !tbaa !9
  %9 = load ptr, ptr %5, align 8, !tbaa !12
  %10 = call ptr @splay(ptr noundef %8, ptr noundef %9) #9
  store ptr %10, ptr %4, align 8, !tbaa !9
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %26

13:                                               ; preds = %2
  %14 = load ptr, ptr %5, align 8, !tbaa !12
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.Node, ptr %15, i32 0, i32 0
  %17 = getelementptr inbounds [24 x i8], ptr %16, i64 0, i64 0
  %18 = call i32 @strcmp(ptr noundef %14, ptr noundef %17) #10
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %26

20:                                               ; preds = %13
  %21 = load ptr, ptr %4, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.Node, ptr %21, i32 0, i32 1
  %23 = load i32, ptr %22, align 8, !tbaa !28
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %22, align 8, !tbaa !28
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %25, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %82

26:                                               ; preds = %13, %2
  %27 = call noalias ptr @malloc(i64 noundef 48) #11
  store ptr %27, ptr %6, align 8, !tbaa !9
  %28 = load ptr, ptr %6, align 8, !tbaa !9
  %29 = icmp ne ptr %28, null
  br i1 %29, label %32, label %30

30:                                               ; preds = %26
  %31 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %31, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %82

32:                                               ; preds = %26
  %33 = load ptr, ptr %6, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw %struct.Node, ptr %33, i32 0, i32 0
  %35 = getelementptr inbounds [24 x i8], ptr %34, i64 0, i64 0
  %36 = load ptr, ptr %5, align 8, !tbaa !12
  %37 = call ptr @strncpy(ptr noundef %35, ptr noundef %36, i64 noundef 23) #12
  %38 = load ptr, ptr %6, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw %struct.Node, ptr %38, i32 0, i32 0
  %40 = getelementptr inbounds nuw [24 x i8], ptr %39, i64 0, i64 23
  store i8 0, ptr %40, align 1, !tbaa !14
  %41 = load ptr, ptr %6, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.Node, ptr %41, i32 0, i32 1
  store i32 1, ptr %42, align 8, !tbaa !28
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = icmp ne ptr %43, null
  br i1 %44, label %50, label %45

45:                                               ; preds = %32
  %46 = load ptr, ptr %6, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.Node, ptr %46, i32 0, i32 3
  store ptr null, ptr %47, align 8, !tbaa !31
  %48 = load ptr, ptr %6, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.Node, ptr %48, i32 0, i32 2
  store ptr null, ptr %49, align 8, !tbaa !32
  br label %80

50:                                               ; preds = %32
  %51 = load ptr, ptr %5, align 8, !tbaa !12
  %52 = load ptr, ptr %4, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.Node, ptr %52, i32 0, i32 0
  %54 = getelementptr inbounds [24 x i8], ptr %53, i64 0, i64 0
  %55 = call i32 @strcmp(ptr noundef %51, ptr noundef %54) #10
  %56 = icmp slt i32 %55, 0
  br i1 %56, label %57, label %68

57:                                               ; preds = %50
  %58 = load ptr, ptr %4, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.Node, ptr %58, i32 0, i32 2
  %60 = load ptr, ptr %59, align 8, !tbaa !32
  %61 = load ptr, ptr %6, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw %struct.Node, ptr %61, i32 0, i32 2
  store ptr %60, ptr %62, align 8, !tbaa !32
  %63 = load ptr, ptr %4, align 8, !tbaa !9
  %64 = load ptr, ptr %6, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.Node, ptr %64, i32 0, i32 3
  store ptr %63, ptr %65, align 8, !tbaa !31
  %66 = load ptr, ptr %4, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw %struct.Node, ptr %66, i32 0, i32 2
  store ptr null, ptr %67, align 8, !tbaa !32
  br label %79

68:                                               ; preds = %50
  %69 = load ptr, ptr %4, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.Node, ptr %69, i32 0, i32 3
  %71 = load ptr, ptr %70, align 8, !tbaa !31
  %72 = load ptr, ptr %6, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.Node, ptr %72, i32 0, i32 3
  store ptr %71, ptr %73, align 8, !tbaa !31
  %74 = load ptr, ptr %4, align 8, !tbaa !9
  %75 = load ptr, ptr %6, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.Node, ptr %75, i32 0, i32 2
  store ptr %74, ptr %76, align 8, !tbaa !32
  %77 = load ptr, ptr %4, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.Node, ptr %77, i32 0, i32 3
  store ptr null, ptr %78, align 8, !tbaa !31
  br label %79

79:                                               ; preds = %68, %57
  br label %80

80:                                               ; preds = %79, %45
  %81 = load ptr, ptr %6, align 8, !tbaa !9
  store ptr %81, ptr %3, align 8
  store i32 1, ptr %7, align 4
  br label %82

82:                                               ; preds = %80, %30, %20
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %83 = load ptr, ptr %3, align 8
  ret ptr %83
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @walk(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !23
  store ptr %2, ptr %7, align 8, !tbaa !23
  store ptr %3, ptr %8, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %14, label %13

13:                                               ; preds = %4
  store i32 1, ptr %10, align 4
  br label %72

14:                                               ; preds = %4
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.Node, ptr %15, i32 0, i32 2
  %17 = load ptr, ptr %16, align 8, !tbaa !32
  %18 = load ptr, ptr %6, align 8, !tbaa !23
  %19 = load ptr, ptr %7, align 8, !tbaa !23
  %20 = load ptr, ptr %8, align 8, !tbaa !33
  call void @walk(ptr noundef %17, ptr noundef %18, ptr noundef %19, ptr noundef %20) #9
  %21 = load ptr, ptr %6, align 8, !tbaa !23
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %21, align 4, !tbaa !5
  %24 = load ptr, ptr %5, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw %struct.Node, ptr %24, i32 0, i32 0
  %26 = getelementptr inbounds [24 x i8], ptr %25, i64 0, i64 0
  store ptr %26, ptr %9, align 8, !tbaa !12
  br label %27

27:                                               ; preds = %40, %14
  %28 = load ptr, ptr %9, align 8, !tbaa !12
  %29 = load i8, ptr %28, align 1, !tbaa !14
  %30 = icmp ne i8 %29, 0
  br i1 %30, label %31, label %43

31:                                               ; preds = %27
  %32 = load ptr, ptr %7, align 8, !tbaa !23
  %33 = load i32, ptr %32, align 4, !tbaa !5
  %34 = mul i32 %33, 33
  %35 = load ptr, ptr %9, align 8, !tbaa !12
  %36 = load i8, ptr %35, align 1, !tbaa !14
  %37 = zext i8 %36 to i32
  %38 = add i32 %34, %37
  %39 = load ptr, ptr %7, align 8, !tbaa !23
  store i32 %38, ptr %39, align 4, !tbaa !5
  br label %40

40:                                               ; preds = %31
  %41 = load ptr, ptr %9, align 8, !tbaa !12
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 1
  store ptr %42, ptr %9, align 8, !tbaa !12
  br label %27, !llvm.loop !36

43:                                               ; preds = %27
  %44 = load ptr, ptr %5, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.Node, ptr %44, i32 0, i32 1
  %46 = load i32, ptr %45, align 8, !tbaa !28
  %47 = load ptr, ptr %7, align 8, !tbaa !23
  %48 = load i32, ptr %47, align 4, !tbaa !5
  %49 = xor i32 %48, %46
  store i32 %49, ptr %47, align 4, !tbaa !5
  %50 = load ptr, ptr %8, align 8, !tbaa !33
  %51 = load ptr, ptr %50, align 8, !tbaa !9
  %52 = icmp ne ptr %51, null
  br i1 %52, label %53, label %62

53:                                               ; preds = %43
  %54 = load ptr, ptr %5, align 8, !tbaa !9
  %55 = getelementptr inbounds nuw %struct.Node, ptr %54, i32 0, i32 1
  %56 = load i32, ptr %55, align 8, !tbaa !28
  %57 = load ptr, ptr %8, align 8, !tbaa !33
  %58 = load ptr, ptr %57, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.Node, ptr %58, i32 0, i32 1
  %60 = load i32, ptr %59, align 8, !tbaa !28
  %61 = icmp sgt i32 %56, %60
  br i1 %61, label %62, label %65

62:                                               ; preds = %53, %43
  %63 = load ptr, ptr %5, align 8, !tbaa !9
  %64 = load ptr, ptr %8, align 8, !tbaa !33
  store ptr %63, ptr %64, align 8, !tbaa !9
  br label %65

65:                                               ; preds = %62, %53
  %66 = load ptr, ptr %5, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw %struct.Node, ptr %66, i32 0, i32 3
  %68 = load ptr, ptr %67, align 8, !tbaa !31
  %69 = load ptr, ptr %6, align 8, !tbaa !23
  %70 = load ptr, ptr %7, align 8, !tbaa !23
  %71 = load ptr, ptr %8, align 8, !tbaa !33
  call void @walk(ptr noundef %68, ptr noundef %69, ptr noundef %70, ptr noundef %71) #9
  store i32 0, ptr %10, align 4
  br label %72

72:                                               ; preds = %65, %13
  call void @llvm.lifetime.end.p0(ptr %9) #7
  %73 = load i32, ptr %10, align 4
  switch i32 %73, label %75 [
    i32 0, label %74
    i32 1, label %74
  ]

74:                                               ; preds = %72, %72
  ret void

75:                                               ; preds = %72
  unreachable
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @depth(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #7
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = icmp ne ptr %7, null
  br i1 %8, label %10, label %9

9:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %29

10:                                               ; preds = %1
  %11 = load ptr, ptr %3, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw %struct.Node, ptr %11, i32 0, i32 2
  %13 = load ptr, ptr %12, align 8, !tbaa !32
  %14 = call i32 @depth(ptr noundef %13) #9
  store i32 %14, ptr %4, align 4, !tbaa !5
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.Node, ptr %15, i32 0, i32 3
  %17 = load ptr, ptr %16, align 8, !tbaa !31
  %18 = call i32 @depth(ptr noundef %17) #9
  store i32 %18, ptr %5, align 4, !tbaa !5
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp sgt i32 %19, %20
  br i1 %21, label %22, label %24

22:                                               ; preds = %10
  %23 = load i32, ptr %4, align 4, !tbaa !5
  br label %26

24:                                               ; preds = %10
  %25 = load i32, ptr %5, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %24, %22
  %27 = phi i32 [ %23, %22 ], [ %25, %24 ]
  %28 = add nsw i32 1, %27
  store i32 %28, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %29

29:                                               ; preds = %26, %9
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %30 = load i32, ptr %2, align 4
  ret i32 %30
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @remove_word(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !23
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %10 = load ptr, ptr %7, align 8, !tbaa !23
  store i32 0, ptr %10, align 4, !tbaa !5
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = icmp ne ptr %11, null
  br i1 %12, label %14, label %13

13:                                               ; preds = %3
  store ptr null, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %50

14:                                               ; preds = %3
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = load ptr, ptr %6, align 8, !tbaa !12
  %17 = call ptr @splay(ptr noundef %15, ptr noundef %16) #9
  store ptr %17, ptr %5, align 8, !tbaa !9
  %18 = load ptr, ptr %6, align 8, !tbaa !12
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw %struct.Node, ptr %19, i32 0, i32 0
  %21 = getelementptr inbounds [24 x i8], ptr %20, i64 0, i64 0
  %22 = call i32 @strcmp(ptr noundef %18, ptr noundef %21) #10
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %26

24:                                               ; preds = %14
  %25 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %25, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %50

26:                                               ; preds = %14
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Node, ptr %27, i32 0, i32 2
  %29 = load ptr, ptr %28, align 8, !tbaa !32
  %30 = icmp ne ptr %29, null
  br i1 %30, label %35, label %31

31:                                               ; preds = %26
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.Node, ptr %32, i32 0, i32 3
  %34 = load ptr, ptr %33, align 8, !tbaa !31
  store ptr %34, ptr %8, align 8, !tbaa !9
  br label %46

35:                                               ; preds = %26
  %36 = load ptr, ptr %5, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw %struct.Node, ptr %36, i32 0, i32 2
  %38 = load ptr, ptr %37, align 8, !tbaa !32
  %39 = load ptr, ptr %6, align 8, !tbaa !12
  %40 = call ptr @splay(ptr noundef %38, ptr noundef %39) #9
  store ptr %40, ptr %8, align 8, !tbaa !9
  %41 = load ptr, ptr %5, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.Node, ptr %41, i32 0, i32 3
  %43 = load ptr, ptr %42, align 8, !tbaa !31
  %44 = load ptr, ptr %8, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw %struct.Node, ptr %44, i32 0, i32 3
  store ptr %43, ptr %45, align 8, !tbaa !31
  br label %46

46:                                               ; preds = %35, %31
  %47 = load ptr, ptr %5, align 8, !tbaa !9
  call void @free(ptr noundef %47) #12
  %48 = load ptr, ptr %7, align 8, !tbaa !23
  store i32 1, ptr %48, align 4, !tbaa !5
  %49 = load ptr, ptr %8, align 8, !tbaa !9
  store ptr %49, ptr %4, align 8
  store i32 1, ptr %9, align 4
  br label %50

50:                                               ; preds = %46, %24, %13
  call void @llvm.lifetime.end.p0(ptr %8) #7
  %51 = load ptr, ptr %4, align 8
  ret ptr %51
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @destroy(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  %4 = icmp ne ptr %3, null
  br i1 %4, label %6, label %5

5:                                                ; preds = %1
  br label %14

6:                                                ; preds = %1
  %7 = load ptr, ptr %2, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.Node, ptr %7, i32 0, i32 2
  %9 = load ptr, ptr %8, align 8, !tbaa !32
  call void @destroy(ptr noundef %9) #9
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.Node, ptr %10, i32 0, i32 3
  %12 = load ptr, ptr %11, align 8, !tbaa !31
  call void @destroy(ptr noundef %12) #9
  %13 = load ptr, ptr %2, align 8, !tbaa !9
  call void @free(ptr noundef %13) #12
  br label %14

14:                                               ; preds = %6, %5
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @splay(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca %struct.Node, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %6) #7
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = icmp ne ptr %12, null
  br i1 %13, label %15, label %14

14:                                               ; preds = %2
  store ptr null, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %143

15:                                               ; preds = %2
  %16 = getelementptr inbounds nuw %struct.Node, ptr %6, i32 0, i32 3
  store ptr null, ptr %16, align 8, !tbaa !31
  %17 = getelementptr inbounds nuw %struct.Node, ptr %6, i32 0, i32 2
  store ptr null, ptr %17, align 8, !tbaa !32
  store ptr %6, ptr %8, align 8, !tbaa !9
  store ptr %6, ptr %7, align 8, !tbaa !9
  br label %18

18:                                               ; preds = %122, %15
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %19 = load ptr, ptr %5, align 8, !tbaa !12
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.Node, ptr %20, i32 0, i32 0
  %22 = getelementptr inbounds [24 x i8], ptr %21, i64 0, i64 0
  %23 = call i32 @strcmp(ptr noundef %19, ptr noundef %22) #10
  store i32 %23, ptr %11, align 4, !tbaa !5
  %24 = load i32, ptr %11, align 4, !tbaa !5
  %25 = icmp slt i32 %24, 0
  br i1 %25, label %26, label %70

26:                                               ; preds = %18
  %27 = load ptr, ptr %4, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Node, ptr %27, i32 0, i32 2
  %29 = load ptr, ptr %28, align 8, !tbaa !32
  %30 = icmp ne ptr %29, null
  br i1 %30, label %32, label %31

31:                                               ; preds = %26
  store i32 2, ptr %10, align 4
  br label %120

32:                                               ; preds = %26
  %33 = load ptr, ptr %5, align 8, !tbaa !12
  %34 = load ptr, ptr %4, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.Node, ptr %34, i32 0, i32 2
  %36 = load ptr, ptr %35, align 8, !tbaa !32
  %37 = getelementptr inbounds nuw %struct.Node, ptr %36, i32 0, i32 0
  %38 = getelementptr inbounds [24 x i8], ptr %37, i64 0, i64 0
  %39 = call i32 @strcmp(ptr noundef %33, ptr noundef %38) #10
  %40 = icmp slt i32 %39, 0
  br i1 %40, label %41, label %62

41:                                               ; preds = %32
  %42 = load ptr, ptr %4, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.Node, ptr %42, i32 0, i32 2
  %44 = load ptr, ptr %43, align 8, !tbaa !32
  store ptr %44, ptr %9, align 8, !tbaa !9
  %45 = load ptr, ptr %9, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw %struct.Node, ptr %45, i32 0, i32 3
  %47 = load ptr, ptr %46, align 8, !tbaa !31
  %48 = load ptr, ptr %4, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw %struct.Node, ptr %48, i32 0, i32 2
  store ptr %47, ptr %49, align 8, !tbaa !32
  %50 = load ptr, ptr %4, align 8, !tbaa !9
  %51 = load ptr, ptr %9, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw %struct.Node, ptr %51, i32 0, i32 3
  store ptr %50, ptr %52, align 8, !tbaa !31
  %53 = load ptr, ptr %9, align 8, !tbaa !9
  store ptr %53, ptr %4, align 8, !tbaa !9
  %54 = load i32, ptr @rotations, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr @rotations, align 4, !tbaa !5
  %56 = load ptr, ptr %4, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.Node, ptr %56, i32 0, i32 2
  %58 = load ptr, ptr %57, align 8, !tbaa !32
  %59 = icmp ne ptr %58, null
  br i1 %59, label %61, label %60

60:                                               ; preds = %41
  store i32 2, ptr %10, align 4
  br label %120

61:                                               ; preds = %41
  br label %62

62:                                               ; preds = %61, %32
  %63 = load ptr, ptr %4, align 8, !tbaa !9
  %64 = load ptr, ptr %8, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw %struct.Node, ptr %64, i32 0, i32 2
  store ptr %63, ptr %65, align 8, !tbaa !32
  %66 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %66, ptr %8, align 8, !tbaa !9
  %67 = load ptr, ptr %4, align 8, !tbaa !9
  %68 = getelementptr inbounds nuw %struct.Node, ptr %67, i32 0, i32 2
  %69 = load ptr, ptr %68, align 8, !tbaa !32
  store ptr %69, ptr %4, align 8, !tbaa !9
  br label %119

70:                                               ; preds = %18
  %71 = load i32, ptr %11, align 4, !tbaa !5
  %72 = icmp sgt i32 %71, 0
  br i1 %72, label %73, label %117

73:                                               ; preds = %70
  %74 = load ptr, ptr %4, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw %struct.Node, ptr %74, i32 0, i32 3
  %76 = load ptr, ptr %75, align 8, !tbaa !31
  %77 = icmp ne ptr %76, null
  br i1 %77, label %79, label %78

78:                                               ; preds = %73
  store i32 2, ptr %10, align 4
  br label %120

79:                                               ; preds = %73
  %80 = load ptr, ptr %5, align 8, !tbaa !12
  %81 = load ptr, ptr %4, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.Node, ptr %81, i32 0, i32 3
  %83 = load ptr, ptr %82, align 8, !tbaa !31
  %84 = getelementptr inbounds nuw %struct.Node, ptr %83, i32 0, i32 0
  %85 = getelementptr inbounds [24 x i8], ptr %84, i64 0, i64 0
  %86 = call i32 @strcmp(ptr noundef %80, ptr noundef %85) #10
  %87 = icmp sgt i32 %86, 0
  br i1 %87, label %88, label %109

88:                                               ; preds = %79
  %89 = load ptr, ptr %4, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw %struct.Node, ptr %89, i32 0, i32 3
  %91 = load ptr, ptr %90, align 8, !tbaa !31
  store ptr %91, ptr %9, align 8, !tbaa !9
  %92 = load ptr, ptr %9, align 8, !tbaa !9
  %93 = getelementptr inbounds nuw %struct.Node, ptr %92, i32 0, i32 2
  %94 = load ptr, ptr %93, align 8, !tbaa !32
  %95 = load ptr, ptr %4, align 8, !tbaa !9
  %96 = getelementptr inbounds nuw %struct.Node, ptr %95, i32 0, i32 3
  store ptr %94, ptr %96, align 8, !tbaa !31
  %97 = load ptr, ptr %4, align 8, !tbaa !9
  %98 = load ptr, ptr %9, align 8, !tbaa !9
  %99 = getelementptr inbounds nuw %struct.Node, ptr %98, i32 0, i32 2
  store ptr %97, ptr %99, align 8, !tbaa !32
  %100 = load ptr, ptr %9, align 8, !tbaa !9
  store ptr %100, ptr %4, align 8, !tbaa !9
  %101 = load i32, ptr @rotations, align 4, !tbaa !5
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr @rotations, align 4, !tbaa !5
  %103 = load ptr, ptr %4, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw %struct.Node, ptr %103, i32 0, i32 3
  %105 = load ptr, ptr %104, align 8, !tbaa !31
  %106 = icmp ne ptr %105, null
  br i1 %106, label %108, label %107

107:                                              ; preds = %88
  store i32 2, ptr %10, align 4
  br label %120

108:                                              ; preds = %88
  br label %109

109:                                              ; preds = %108, %79
  %110 = load ptr, ptr %4, align 8, !tbaa !9
  %111 = load ptr, ptr %7, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw %struct.Node, ptr %111, i32 0, i32 3
  store ptr %110, ptr %112, align 8, !tbaa !31
  %113 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %113, ptr %7, align 8, !tbaa !9
  %114 = load ptr, ptr %4, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw %struct.Node, ptr %114, i32 0, i32 3
  %116 = load ptr, ptr %115, align 8, !tbaa !31
  store ptr %116, ptr %4, align 8, !tbaa !9
  br label %118

117:                                              ; preds = %70
  store i32 2, ptr %10, align 4
  br label %120

118:                                              ; preds = %109
  br label %119

119:                                              ; preds = %118, %62
  store i32 0, ptr %10, align 4
  br label %120

120:                                              ; preds = %119, %117, %107, %78, %60, %31
  call void @llvm.lifetime.end.p0(ptr %11) #7
  %121 = load i32, ptr %10, align 4
  switch i32 %121, label %145 [
    i32 0, label %122
    i32 2, label %123
  ]

122:                                              ; preds = %120
  br label %18

123:                                              ; preds = %120
  %124 = load ptr, ptr %4, align 8, !tbaa !9
  %125 = getelementptr inbounds nuw %struct.Node, ptr %124, i32 0, i32 2
  %126 = load ptr, ptr %125, align 8, !tbaa !32
  %127 = load ptr, ptr %7, align 8, !tbaa !9
  %128 = getelementptr inbounds nuw %struct.Node, ptr %127, i32 0, i32 3
  store ptr %126, ptr %128, align 8, !tbaa !31
  %129 = load ptr, ptr %4, align 8, !tbaa !9
  %130 = getelementptr inbounds nuw %struct.Node, ptr %129, i32 0, i32 3
  %131 = load ptr, ptr %130, align 8, !tbaa !31
  %132 = load ptr, ptr %8, align 8, !tbaa !9
  %133 = getelementptr inbounds nuw %struct.Node, ptr %132, i32 0, i32 2
  store ptr %131, ptr %133, align 8, !tbaa !32
  %134 = getelementptr inbounds nuw %struct.Node, ptr %6, i32 0, i32 3
  %135 = load ptr, ptr %134, align 8, !tbaa !31
  %136 = load ptr, ptr %4, align 8, !tbaa !9
  %137 = getelementptr inbounds nuw %struct.Node, ptr %136, i32 0, i32 2
  store ptr %135, ptr %137, align 8, !tbaa !32
  %138 = getelementptr inbounds nuw %struct.Node, ptr %6, i32 0, i32 2
  %139 = load ptr, ptr %138, align 8, !tbaa !32
  %140 = load ptr, ptr %4, align 8, !tbaa !9
  %141 = getelementptr inbounds nuw %struct.Node, ptr %140, i32 0, i32 3
  store ptr %139, ptr %141, align 8, !tbaa !31
  %142 = load ptr, ptr %4, align 8, !tbaa !9
  store ptr %142, ptr %3, align 8
  store i32 1, ptr %10, align 4
  br label %143

143:                                              ; preds = %123, %14
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %144 = load ptr, ptr %3, align 8
  ret ptr %144

145:                                              ; preds = %120
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize allocsize(0)
declare noalias ptr @malloc(i64 noundef) #5

; Function Attrs: minsize nounwind optsize
declare ptr @strncpy(ptr noundef, ptr noundef, i64 noundef) #6

; Function Attrs: minsize nounwind optsize
declare void @free(ptr noundef) #6

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize nounwind optsize allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(none) }
attributes #9 = { minsize optsize }
attributes #10 = { minsize nounwind optsize willreturn memory(read) }
attributes #11 = { minsize nounwind optsize allocsize(0) }
attributes #12 = { minsize nounwind optsize }

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
!10 = !{!"p1 _ZTS4Node", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 omnipotent char", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"long", !7, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 short", !11, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"short", !7, i64 0}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 int", !11, i64 0}
!25 = distinct !{!25, !22}
!26 = distinct !{!26, !22}
!27 = distinct !{!27, !22}
!28 = !{!29, !6, i64 24}
!29 = !{!"Node", !7, i64 0, !6, i64 24, !10, i64 32, !10, i64 40}
!30 = distinct !{!30, !22}
!31 = !{!29, !10, i64 40}
!32 = !{!29, !10, i64 32}
!33 = !{!34, !34, i64 0}
!34 = !{!"p2 _ZTS4Node", !35, i64 0}
!35 = !{!"any p2 pointer", !11, i64 0}
!36 = distinct !{!36, !22}
