; ModuleID = 'topo_sort.c'
source_filename = "topo_sort.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Graph = type { [64 x %struct.Target], [256 x %struct.Edge], i32, i32 }
%struct.Target = type { [16 x i8], i32, i32, i32 }
%struct.Edge = type { i32, i32 }

@main.g = internal global %struct.Graph zeroinitializer, align 4
@makefile_text = internal global ptr @.str.4, align 8
@.str = private unnamed_addr constant [12 x i8] c"build graph\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"app\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"config.h\00", align 1
@.str.3 = private unnamed_addr constant [11 x i8] c"with cycle\00", align 1
@.str.4 = private unnamed_addr constant [299 x i8] c"app:5: main.o util.o net.o libcore\0Amain.o:3: main.c config.h\0Autil.o:2: util.c util.h config.h\0Anet.o:4: net.c net.h util.h\0Alibcore:6: core.o hash.o\0Acore.o:3: core.c core.h\0Ahash.o:2: hash.c core.h\0Aconfig.h:1: gen_config\0Agen_config:2:\0Atests:4: app fixtures\0Afixtures:1: gen_config\0Adocs:2: main.c net.h\0A\00", align 1
@.str.5 = private unnamed_addr constant [44 x i8] c"%s: targets=%d edges=%d cycle=%s sorted=%d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.7 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@.str.8 = private unnamed_addr constant [9 x i8] c"  order:\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c" %s\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.11 = private unnamed_addr constant [27 x i8] c"  critical path length=%d\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @topo_order(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [64 x i32], align 16
  %8 = alloca [64 x i32], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !11
  store ptr %2, ptr %6, align 8, !tbaa !11
  call void @llvm.lifetime.start.p0(ptr %7) #6
  call void @llvm.lifetime.start.p0(ptr %8) #6
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %49, %3
  %17 = load i32, ptr %11, align 4, !tbaa !5
  %18 = load ptr, ptr %4, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.Graph, ptr %18, i32 0, i32 2
  %20 = load i32, ptr %19, align 4, !tbaa !13
  %21 = icmp slt i32 %17, %20
  br i1 %21, label %22, label %52

22:                                               ; preds = %16
  %23 = load ptr, ptr %4, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw %struct.Graph, ptr %23, i32 0, i32 0
  %25 = load i32, ptr %11, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [64 x %struct.Target], ptr %24, i64 0, i64 %26
  %28 = getelementptr inbounds nuw %struct.Target, ptr %27, i32 0, i32 2
  %29 = load i32, ptr %28, align 4, !tbaa !15
  %30 = load i32, ptr %11, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %31
  store i32 %29, ptr %32, align 4, !tbaa !5
  %33 = load ptr, ptr %6, align 8, !tbaa !11
  %34 = load i32, ptr %11, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i32, ptr %33, i64 %35
  store i32 0, ptr %36, align 4, !tbaa !5
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %48

42:                                               ; preds = %22
  %43 = load i32, ptr %11, align 4, !tbaa !5
  %44 = load i32, ptr %9, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %9, align 4, !tbaa !5
  %46 = sext i32 %44 to i64
  %47 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %46
  store i32 %43, ptr %47, align 4, !tbaa !5
  br label %48

48:                                               ; preds = %42, %22
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %11, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %11, align 4, !tbaa !5
  br label %16, !llvm.loop !17

52:                                               ; preds = %16
  br label %53

53:                                               ; preds = %184, %52
  %54 = load i32, ptr %9, align 4, !tbaa !5
  %55 = icmp sgt i32 %54, 0
  br i1 %55, label %56, label %185

56:                                               ; preds = %53
  call void @llvm.lifetime.start.p0(ptr %12) #6
  store i32 0, ptr %12, align 4, !tbaa !5
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %57

57:                                               ; preds = %87, %56
  %58 = load i32, ptr %11, align 4, !tbaa !5
  %59 = load i32, ptr %9, align 4, !tbaa !5
  %60 = icmp slt i32 %58, %59
  br i1 %60, label %61, label %90

61:                                               ; preds = %57
  %62 = load ptr, ptr %4, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.Graph, ptr %62, i32 0, i32 0
  %64 = load i32, ptr %11, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %65
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [64 x %struct.Target], ptr %63, i64 0, i64 %68
  %70 = getelementptr inbounds nuw %struct.Target, ptr %69, i32 0, i32 0
  %71 = getelementptr inbounds [16 x i8], ptr %70, i64 0, i64 0
  %72 = load ptr, ptr %4, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw %struct.Graph, ptr %72, i32 0, i32 0
  %74 = load i32, ptr %12, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [64 x %struct.Target], ptr %73, i64 0, i64 %78
  %80 = getelementptr inbounds nuw %struct.Target, ptr %79, i32 0, i32 0
  %81 = getelementptr inbounds [16 x i8], ptr %80, i64 0, i64 0
  %82 = call i32 @strcmp(ptr noundef %71, ptr noundef %81) #7
  %83 = icmp slt i32 %82, 0
  br i1 %83, label %84, label %86

84:                                               ; preds = %61
  %85 = load i32, ptr %11, align 4, !tbaa !5
  store i32 %85, ptr %12, align 4, !tbaa !5
  br label %86

86:                                               ; preds = %84, %61
  br label %87

87:                                               ; preds = %86
  %88 = load i32, ptr %11, align 4, !tbaa !5
  %89 = add nsw i32 %88, 1
  store i32 %89, ptr %11, align 4, !tbaa !5
  br label %57, !llvm.loop !19

90:                                               ; preds = %57
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %91 = load i32, ptr %12, align 4, !tbaa !5
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !5
  store i32 %94, ptr %13, align 4, !tbaa !5
  %95 = load i32, ptr %9, align 4, !tbaa !5
  %96 = add nsw i32 %95, -1
  store i32 %96, ptr %9, align 4, !tbaa !5
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %97
  %99 = load i32, ptr %98, align 4, !tbaa !5
  %100 = load i32, ptr %12, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %101
  store i32 %99, ptr %102, align 4, !tbaa !5
  %103 = load i32, ptr %13, align 4, !tbaa !5
  %104 = load ptr, ptr %5, align 8, !tbaa !11
  %105 = load i32, ptr %10, align 4, !tbaa !5
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %10, align 4, !tbaa !5
  %107 = sext i32 %105 to i64
  %108 = getelementptr inbounds i32, ptr %104, i64 %107
  store i32 %103, ptr %108, align 4, !tbaa !5
  %109 = load ptr, ptr %4, align 8, !tbaa !9
  %110 = getelementptr inbounds nuw %struct.Graph, ptr %109, i32 0, i32 0
  %111 = load i32, ptr %13, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [64 x %struct.Target], ptr %110, i64 0, i64 %112
  %114 = getelementptr inbounds nuw %struct.Target, ptr %113, i32 0, i32 1
  %115 = load i32, ptr %114, align 4, !tbaa !20
  %116 = load ptr, ptr %6, align 8, !tbaa !11
  %117 = load i32, ptr %13, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds i32, ptr %116, i64 %118
  %120 = load i32, ptr %119, align 4, !tbaa !5
  %121 = add nsw i32 %120, %115
  store i32 %121, ptr %119, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %122 = load ptr, ptr %4, align 8, !tbaa !9
  %123 = getelementptr inbounds nuw %struct.Graph, ptr %122, i32 0, i32 0
  %124 = load i32, ptr %13, align 4, !tbaa !5
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds [64 x %struct.Target], ptr %123, i64 0, i64 %125
  %127 = getelementptr inbounds nuw %struct.Target, ptr %126, i32 0, i32 3
  %128 = load i32, ptr %127, align 4, !tbaa !21
  store i32 %128, ptr %14, align 4, !tbaa !5
  br label %129

129:                                              ; preds = %176, %90
  %130 = load i32, ptr %14, align 4, !tbaa !5
  %131 = icmp sge i32 %130, 0
  br i1 %131, label %133, label %132

132:                                              ; preds = %129
  call void @llvm.lifetime.end.p0(ptr %14) #6
  br label %184

133:                                              ; preds = %129
  call void @llvm.lifetime.start.p0(ptr %15) #6
  %134 = load ptr, ptr %4, align 8, !tbaa !9
  %135 = getelementptr inbounds nuw %struct.Graph, ptr %134, i32 0, i32 1
  %136 = load i32, ptr %14, align 4, !tbaa !5
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [256 x %struct.Edge], ptr %135, i64 0, i64 %137
  %139 = getelementptr inbounds nuw %struct.Edge, ptr %138, i32 0, i32 0
  %140 = load i32, ptr %139, align 4, !tbaa !22
  store i32 %140, ptr %15, align 4, !tbaa !5
  %141 = load ptr, ptr %6, align 8, !tbaa !11
  %142 = load i32, ptr %13, align 4, !tbaa !5
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds i32, ptr %141, i64 %143
  %145 = load i32, ptr %144, align 4, !tbaa !5
  %146 = load ptr, ptr %6, align 8, !tbaa !11
  %147 = load i32, ptr %15, align 4, !tbaa !5
  %148 = sext i32 %147 to i64
  %149 = getelementptr inbounds i32, ptr %146, i64 %148
  %150 = load i32, ptr %149, align 4, !tbaa !5
  %151 = icmp sgt i32 %145, %150
  br i1 %151, label %152, label %162

152:                                              ; preds = %133
  %153 = load ptr, ptr %6, align 8, !tbaa !11
  %154 = load i32, ptr %13, align 4, !tbaa !5
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds i32, ptr %153, i64 %155
  %157 = load i32, ptr %156, align 4, !tbaa !5
  %158 = load ptr, ptr %6, align 8, !tbaa !11
  %159 = load i32, ptr %15, align 4, !tbaa !5
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds i32, ptr %158, i64 %160
  store i32 %157, ptr %161, align 4, !tbaa !5
  br label %162

162:                                              ; preds = %152, %133
  %163 = load i32, ptr %15, align 4, !tbaa !5
  %164 = sext i32 %163 to i64
  %165 = getelementptr inbounds [64 x i32], ptr %7, i64 0, i64 %164
  %166 = load i32, ptr %165, align 4, !tbaa !5
  %167 = add nsw i32 %166, -1
  store i32 %167, ptr %165, align 4, !tbaa !5
  %168 = icmp eq i32 %167, 0
  br i1 %168, label %169, label %175

169:                                              ; preds = %162
  %170 = load i32, ptr %15, align 4, !tbaa !5
  %171 = load i32, ptr %9, align 4, !tbaa !5
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %9, align 4, !tbaa !5
  %173 = sext i32 %171 to i64
  %174 = getelementptr inbounds [64 x i32], ptr %8, i64 0, i64 %173
  store i32 %170, ptr %174, align 4, !tbaa !5
  br label %175

175:                                              ; preds = %169, %162
  call void @llvm.lifetime.end.p0(ptr %15) #6
  br label %176

176:                                              ; preds = %175
  %177 = load ptr, ptr %4, align 8, !tbaa !9
  %178 = getelementptr inbounds nuw %struct.Graph, ptr %177, i32 0, i32 1
  %179 = load i32, ptr %14, align 4, !tbaa !5
  %180 = sext i32 %179 to i64
  %181 = getelementptr inbounds [256 x %struct.Edge], ptr %178, i64 0, i64 %180
  %182 = getelementptr inbounds nuw %struct.Edge, ptr %181, i32 0, i32 1
  %183 = load i32, ptr %182, align 4, !tbaa !24
  store i32 %183, ptr %14, align 4, !tbaa !5
  br label %129, !llvm.loop !25

184:                                              ; preds = %132
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  br label %53, !llvm.loop !26

185:                                              ; preds = %53
  %186 = load i32, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #6
  call void @llvm.lifetime.end.p0(ptr %10) #6
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  ret i32 %186
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i64(ptr align 4 @main.g, i8 0, i64 3848, i1 false)
  %2 = load ptr, ptr @makefile_text, align 8, !tbaa !27
  call void @parse(ptr noundef @main.g, ptr noundef %2) #8
  call void @report(ptr noundef @main.g, ptr noundef @.str) #8
  %3 = call i32 @find_or_add(ptr noundef @main.g, ptr noundef @.str.1, i64 noundef 3) #8
  %4 = call i32 @find_or_add(ptr noundef @main.g, ptr noundef @.str.2, i64 noundef 8) #8
  call void @add_edge(ptr noundef @main.g, i32 noundef %3, i32 noundef %4) #8
  call void @report(ptr noundef @main.g, ptr noundef @.str.3) #8
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @parse(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !27
  br label %11

11:                                               ; preds = %156, %2
  %12 = load ptr, ptr %4, align 8, !tbaa !27
  %13 = load i8, ptr %12, align 1, !tbaa !29
  %14 = icmp ne i8 %13, 0
  br i1 %14, label %15, label %158

15:                                               ; preds = %11
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %16 = load ptr, ptr %4, align 8, !tbaa !27
  %17 = call ptr @strchr(ptr noundef %16, i32 noundef 10) #7
  store ptr %17, ptr %5, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %18 = load ptr, ptr %4, align 8, !tbaa !27
  %19 = call ptr @strchr(ptr noundef %18, i32 noundef 58) #7
  store ptr %19, ptr %6, align 8, !tbaa !27
  %20 = load ptr, ptr %5, align 8, !tbaa !27
  %21 = icmp ne ptr %20, null
  br i1 %21, label %27, label %22

22:                                               ; preds = %15
  %23 = load ptr, ptr %4, align 8, !tbaa !27
  %24 = load ptr, ptr %4, align 8, !tbaa !27
  %25 = call i64 @strlen(ptr noundef %24) #7
  %26 = getelementptr inbounds nuw i8, ptr %23, i64 %25
  store ptr %26, ptr %5, align 8, !tbaa !27
  br label %27

27:                                               ; preds = %22, %15
  %28 = load ptr, ptr %6, align 8, !tbaa !27
  %29 = icmp ne ptr %28, null
  br i1 %29, label %30, label %146

30:                                               ; preds = %27
  %31 = load ptr, ptr %6, align 8, !tbaa !27
  %32 = load ptr, ptr %5, align 8, !tbaa !27
  %33 = icmp ult ptr %31, %32
  br i1 %33, label %34, label %146

34:                                               ; preds = %30
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %35 = load ptr, ptr %3, align 8, !tbaa !9
  %36 = load ptr, ptr %4, align 8, !tbaa !27
  %37 = load ptr, ptr %6, align 8, !tbaa !27
  %38 = load ptr, ptr %4, align 8, !tbaa !27
  %39 = ptrtoint ptr %37 to i64
  %40 = ptrtoint ptr %38 to i64
  %41 = sub i64 %39, %40
  %42 = call i32 @find_or_add(ptr noundef %35, ptr noundef %36, i64 noundef %41) #8
  store i32 %42, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %43 = load ptr, ptr %6, align 8, !tbaa !27
  %44 = getelementptr inbounds i8, ptr %43, i64 1
  store ptr %44, ptr %8, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %45

45:                                               ; preds = %61, %34
  %46 = load ptr, ptr %8, align 8, !tbaa !27
  %47 = load ptr, ptr %5, align 8, !tbaa !27
  %48 = icmp ult ptr %46, %47
  br i1 %48, label %49, label %59

49:                                               ; preds = %45
  %50 = load ptr, ptr %8, align 8, !tbaa !27
  %51 = load i8, ptr %50, align 1, !tbaa !29
  %52 = sext i8 %51 to i32
  %53 = icmp sge i32 %52, 48
  br i1 %53, label %54, label %59

54:                                               ; preds = %49
  %55 = load ptr, ptr %8, align 8, !tbaa !27
  %56 = load i8, ptr %55, align 1, !tbaa !29
  %57 = sext i8 %56 to i32
  %58 = icmp sle i32 %57, 57
  br label %59

59:                                               ; preds = %54, %49, %45
  %60 = phi i1 [ false, %49 ], [ false, %45 ], [ %58, %54 ]
  br i1 %60, label %61, label %70

61:                                               ; preds = %59
  %62 = load i32, ptr %9, align 4, !tbaa !5
  %63 = mul nsw i32 %62, 10
  %64 = load ptr, ptr %8, align 8, !tbaa !27
  %65 = getelementptr inbounds nuw i8, ptr %64, i32 1
  store ptr %65, ptr %8, align 8, !tbaa !27
  %66 = load i8, ptr %64, align 1, !tbaa !29
  %67 = sext i8 %66 to i32
  %68 = sub nsw i32 %67, 48
  %69 = add nsw i32 %63, %68
  store i32 %69, ptr %9, align 4, !tbaa !5
  br label %45, !llvm.loop !30

70:                                               ; preds = %59
  %71 = load i32, ptr %7, align 4, !tbaa !5
  %72 = icmp sge i32 %71, 0
  br i1 %72, label %73, label %81

73:                                               ; preds = %70
  %74 = load i32, ptr %9, align 4, !tbaa !5
  %75 = load ptr, ptr %3, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.Graph, ptr %75, i32 0, i32 0
  %77 = load i32, ptr %7, align 4, !tbaa !5
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [64 x %struct.Target], ptr %76, i64 0, i64 %78
  %80 = getelementptr inbounds nuw %struct.Target, ptr %79, i32 0, i32 1
  store i32 %74, ptr %80, align 4, !tbaa !20
  br label %81

81:                                               ; preds = %73, %70
  %82 = load ptr, ptr %8, align 8, !tbaa !27
  %83 = load ptr, ptr %5, align 8, !tbaa !27
  %84 = icmp ult ptr %82, %83
  br i1 %84, label %85, label %93

85:                                               ; preds = %81
  %86 = load ptr, ptr %8, align 8, !tbaa !27
  %87 = load i8, ptr %86, align 1, !tbaa !29
  %88 = sext i8 %87 to i32
  %89 = icmp eq i32 %88, 58
  br i1 %89, label %90, label %93

90:                                               ; preds = %85
  %91 = load ptr, ptr %8, align 8, !tbaa !27
  %92 = getelementptr inbounds nuw i8, ptr %91, i32 1
  store ptr %92, ptr %8, align 8, !tbaa !27
  br label %93

93:                                               ; preds = %90, %85, %81
  br label %94

94:                                               ; preds = %144, %93
  %95 = load ptr, ptr %8, align 8, !tbaa !27
  %96 = load ptr, ptr %5, align 8, !tbaa !27
  %97 = icmp ult ptr %95, %96
  br i1 %97, label %98, label %145

98:                                               ; preds = %94
  call void @llvm.lifetime.start.p0(ptr %10) #6
  br label %99

99:                                               ; preds = %110, %98
  %100 = load ptr, ptr %8, align 8, !tbaa !27
  %101 = load ptr, ptr %5, align 8, !tbaa !27
  %102 = icmp ult ptr %100, %101
  br i1 %102, label %103, label %108

103:                                              ; preds = %99
  %104 = load ptr, ptr %8, align 8, !tbaa !27
  %105 = load i8, ptr %104, align 1, !tbaa !29
  %106 = sext i8 %105 to i32
  %107 = icmp eq i32 %106, 32
  br label %108

108:                                              ; preds = %103, %99
  %109 = phi i1 [ false, %99 ], [ %107, %103 ]
  br i1 %109, label %110, label %113

110:                                              ; preds = %108
  %111 = load ptr, ptr %8, align 8, !tbaa !27
  %112 = getelementptr inbounds nuw i8, ptr %111, i32 1
  store ptr %112, ptr %8, align 8, !tbaa !27
  br label %99, !llvm.loop !31

113:                                              ; preds = %108
  %114 = load ptr, ptr %8, align 8, !tbaa !27
  store ptr %114, ptr %10, align 8, !tbaa !27
  br label %115

115:                                              ; preds = %126, %113
  %116 = load ptr, ptr %8, align 8, !tbaa !27
  %117 = load ptr, ptr %5, align 8, !tbaa !27
  %118 = icmp ult ptr %116, %117
  br i1 %118, label %119, label %124

119:                                              ; preds = %115
  %120 = load ptr, ptr %8, align 8, !tbaa !27
  %121 = load i8, ptr %120, align 1, !tbaa !29
  %122 = sext i8 %121 to i32
  %123 = icmp ne i32 %122, 32
  br label %124

124:                                              ; preds = %119, %115
  %125 = phi i1 [ false, %115 ], [ %123, %119 ]
  br i1 %125, label %126, label %129

126:                                              ; preds = %124
  %127 = load ptr, ptr %8, align 8, !tbaa !27
  %128 = getelementptr inbounds nuw i8, ptr %127, i32 1
  store ptr %128, ptr %8, align 8, !tbaa !27
  br label %115, !llvm.loop !32

129:                                              ; preds = %124
  %130 = load ptr, ptr %8, align 8, !tbaa !27
  %131 = load ptr, ptr %10, align 8, !tbaa !27
  %132 = icmp ugt ptr %130, %131
  br i1 %132, label %133, label %144

133:                                              ; preds = %129
  %134 = load ptr, ptr %3, align 8, !tbaa !9
  %135 = load ptr, ptr %3, align 8, !tbaa !9
  %136 = load ptr, ptr %10, align 8, !tbaa !27
  %137 = load ptr, ptr %8, align 8, !tbaa !27
  %138 = load ptr, ptr %10, align 8, !tbaa !27
  %139 = ptrtoint ptr %137 to i64
  %140 = ptrtoint ptr %138 to i64
  %141 = sub i64 %139, %140
  %142 = call i32 @find_or_add(ptr noundef %135, ptr noundef %136, i64 noundef %141) #8
  %143 = load i32, ptr %7, align 4, !tbaa !5
  call void @add_edge(ptr noundef %134, i32 noundef %142, i32 noundef %143) #8
  br label %144

144:                                              ; preds = %133, %129
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %94, !llvm.loop !33

145:                                              ; preds = %94
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  br label %146

146:                                              ; preds = %145, %30, %27
  %147 = load ptr, ptr %5, align 8, !tbaa !27
  %148 = load i8, ptr %147, align 1, !tbaa !29
  %149 = sext i8 %148 to i32
  %150 = icmp ne i32 %149, 0
  br i1 %150, label %151, label %154

151:                                              ; preds = %146
  %152 = load ptr, ptr %5, align 8, !tbaa !27
  %153 = getelementptr inbounds i8, ptr %152, i64 1
  br label %156

154:                                              ; preds = %146
  %155 = load ptr, ptr %5, align 8, !tbaa !27
  br label %156

156:                                              ; preds = %154, %151
  %157 = phi ptr [ %153, %151 ], [ %155, %154 ]
  store ptr %157, ptr %4, align 8, !tbaa !27
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  br label %11, !llvm.loop !34

158:                                              ; preds = %11
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @report(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [64 x i32], align 16
  %6 = alloca [64 x i32], align 16
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %5) #6
  call void @llvm.lifetime.start.p0(ptr %6) #6
  call void @llvm.lifetime.start.p0(ptr %7) #6
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 0
  %12 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 0
  %13 = call i32 @topo_order(ptr noundef %10, ptr noundef %11, ptr noundef %12) #8
  store i32 %13, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %14 = load ptr, ptr %4, align 8, !tbaa !27
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.Graph, ptr %15, i32 0, i32 2
  %17 = load i32, ptr %16, align 4, !tbaa !13
  %18 = load ptr, ptr %3, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw %struct.Graph, ptr %18, i32 0, i32 3
  %20 = load i32, ptr %19, align 4, !tbaa !35
  %21 = load ptr, ptr %3, align 8, !tbaa !9
  %22 = call i32 @has_cycle(ptr noundef %21) #8
  %23 = icmp ne i32 %22, 0
  %24 = zext i1 %23 to i64
  %25 = select i1 %23, ptr @.str.6, ptr @.str.7
  %26 = load i32, ptr %7, align 4, !tbaa !5
  %27 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %14, i32 noundef %17, i32 noundef %20, ptr noundef %25, i32 noundef %26) #8
  %28 = call i32 (ptr, ...) @printf(ptr noundef @.str.8) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %29

29:                                               ; preds = %45, %2
  %30 = load i32, ptr %9, align 4, !tbaa !5
  %31 = load i32, ptr %7, align 4, !tbaa !5
  %32 = icmp slt i32 %30, %31
  br i1 %32, label %33, label %48

33:                                               ; preds = %29
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.Graph, ptr %34, i32 0, i32 0
  %36 = load i32, ptr %9, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [64 x %struct.Target], ptr %35, i64 0, i64 %40
  %42 = getelementptr inbounds nuw %struct.Target, ptr %41, i32 0, i32 0
  %43 = getelementptr inbounds [16 x i8], ptr %42, i64 0, i64 0
  %44 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, ptr noundef %43) #8
  br label %45

45:                                               ; preds = %33
  %46 = load i32, ptr %9, align 4, !tbaa !5
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %9, align 4, !tbaa !5
  br label %29, !llvm.loop !36

48:                                               ; preds = %29
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.10) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %73, %48
  %51 = load i32, ptr %9, align 4, !tbaa !5
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = icmp slt i32 %51, %52
  br i1 %53, label %54, label %76

54:                                               ; preds = %50
  %55 = load i32, ptr %9, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = load i32, ptr %8, align 4, !tbaa !5
  %63 = icmp sgt i32 %61, %62
  br i1 %63, label %64, label %72

64:                                               ; preds = %54
  %65 = load i32, ptr %9, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [64 x i32], ptr %5, i64 0, i64 %66
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [64 x i32], ptr %6, i64 0, i64 %69
  %71 = load i32, ptr %70, align 4, !tbaa !5
  store i32 %71, ptr %8, align 4, !tbaa !5
  br label %72

72:                                               ; preds = %64, %54
  br label %73

73:                                               ; preds = %72
  %74 = load i32, ptr %9, align 4, !tbaa !5
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %9, align 4, !tbaa !5
  br label %50, !llvm.loop !37

76:                                               ; preds = %50
  %77 = load i32, ptr %8, align 4, !tbaa !5
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %77) #8
  call void @llvm.lifetime.end.p0(ptr %9) #6
  call void @llvm.lifetime.end.p0(ptr %8) #6
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @add_edge(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load ptr, ptr %4, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.Graph, ptr %7, i32 0, i32 3
  %9 = load i32, ptr %8, align 4, !tbaa !35
  %10 = icmp eq i32 %9, 256
  br i1 %10, label %17, label %11

11:                                               ; preds = %3
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 0
  br i1 %13, label %17, label %14

14:                                               ; preds = %11
  %15 = load i32, ptr %6, align 4, !tbaa !5
  %16 = icmp slt i32 %15, 0
  br i1 %16, label %17, label %18

17:                                               ; preds = %14, %11, %3
  br label %61

18:                                               ; preds = %14
  %19 = load i32, ptr %6, align 4, !tbaa !5
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.Graph, ptr %20, i32 0, i32 1
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.Graph, ptr %22, i32 0, i32 3
  %24 = load i32, ptr %23, align 4, !tbaa !35
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [256 x %struct.Edge], ptr %21, i64 0, i64 %25
  %27 = getelementptr inbounds nuw %struct.Edge, ptr %26, i32 0, i32 0
  store i32 %19, ptr %27, align 4, !tbaa !22
  %28 = load ptr, ptr %4, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.Graph, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x %struct.Target], ptr %29, i64 0, i64 %31
  %33 = getelementptr inbounds nuw %struct.Target, ptr %32, i32 0, i32 3
  %34 = load i32, ptr %33, align 4, !tbaa !21
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw %struct.Graph, ptr %35, i32 0, i32 1
  %37 = load ptr, ptr %4, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw %struct.Graph, ptr %37, i32 0, i32 3
  %39 = load i32, ptr %38, align 4, !tbaa !35
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [256 x %struct.Edge], ptr %36, i64 0, i64 %40
  %42 = getelementptr inbounds nuw %struct.Edge, ptr %41, i32 0, i32 1
  store i32 %34, ptr %42, align 4, !tbaa !24
  %43 = load ptr, ptr %4, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw %struct.Graph, ptr %43, i32 0, i32 3
  %45 = load i32, ptr %44, align 4, !tbaa !35
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %44, align 4, !tbaa !35
  %47 = load ptr, ptr %4, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw %struct.Graph, ptr %47, i32 0, i32 0
  %49 = load i32, ptr %5, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [64 x %struct.Target], ptr %48, i64 0, i64 %50
  %52 = getelementptr inbounds nuw %struct.Target, ptr %51, i32 0, i32 3
  store i32 %45, ptr %52, align 4, !tbaa !21
  %53 = load ptr, ptr %4, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw %struct.Graph, ptr %53, i32 0, i32 0
  %55 = load i32, ptr %6, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [64 x %struct.Target], ptr %54, i64 0, i64 %56
  %58 = getelementptr inbounds nuw %struct.Target, ptr %57, i32 0, i32 2
  %59 = load i32, ptr %58, align 4, !tbaa !15
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %58, align 4, !tbaa !15
  br label %61

61:                                               ; preds = %18, %17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @find_or_add(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !27
  store i64 %2, ptr %7, align 8, !tbaa !38
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %10 = load i64, ptr %7, align 8, !tbaa !38
  %11 = icmp uge i64 %10, 16
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  store i64 15, ptr %7, align 8, !tbaa !38
  br label %13

13:                                               ; preds = %12, %3
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %46, %13
  %15 = load i32, ptr %8, align 4, !tbaa !5
  %16 = load ptr, ptr %5, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw %struct.Graph, ptr %16, i32 0, i32 2
  %18 = load i32, ptr %17, align 4, !tbaa !13
  %19 = icmp slt i32 %15, %18
  br i1 %19, label %20, label %49

20:                                               ; preds = %14
  %21 = load ptr, ptr %5, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw %struct.Graph, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [64 x %struct.Target], ptr %22, i64 0, i64 %24
  %26 = getelementptr inbounds nuw %struct.Target, ptr %25, i32 0, i32 0
  %27 = getelementptr inbounds [16 x i8], ptr %26, i64 0, i64 0
  %28 = call i64 @strlen(ptr noundef %27) #7
  %29 = load i64, ptr %7, align 8, !tbaa !38
  %30 = icmp eq i64 %28, %29
  br i1 %30, label %31, label %45

31:                                               ; preds = %20
  %32 = load ptr, ptr %5, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw %struct.Graph, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %8, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [64 x %struct.Target], ptr %33, i64 0, i64 %35
  %37 = getelementptr inbounds nuw %struct.Target, ptr %36, i32 0, i32 0
  %38 = getelementptr inbounds [16 x i8], ptr %37, i64 0, i64 0
  %39 = load ptr, ptr %6, align 8, !tbaa !27
  %40 = load i64, ptr %7, align 8, !tbaa !38
  %41 = call i32 @strncmp(ptr noundef %38, ptr noundef %39, i64 noundef %40) #7
  %42 = icmp eq i32 %41, 0
  br i1 %42, label %43, label %45

43:                                               ; preds = %31
  %44 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %44, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %105

45:                                               ; preds = %31, %20
  br label %46

46:                                               ; preds = %45
  %47 = load i32, ptr %8, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %8, align 4, !tbaa !5
  br label %14, !llvm.loop !40

49:                                               ; preds = %14
  %50 = load ptr, ptr %5, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.Graph, ptr %50, i32 0, i32 2
  %52 = load i32, ptr %51, align 4, !tbaa !13
  %53 = icmp eq i32 %52, 64
  br i1 %53, label %54, label %55

54:                                               ; preds = %49
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %105

55:                                               ; preds = %49
  %56 = load ptr, ptr %5, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.Graph, ptr %56, i32 0, i32 0
  %58 = load ptr, ptr %5, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.Graph, ptr %58, i32 0, i32 2
  %60 = load i32, ptr %59, align 4, !tbaa !13
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [64 x %struct.Target], ptr %57, i64 0, i64 %61
  %63 = getelementptr inbounds nuw %struct.Target, ptr %62, i32 0, i32 0
  %64 = getelementptr inbounds [16 x i8], ptr %63, i64 0, i64 0
  %65 = load ptr, ptr %6, align 8, !tbaa !27
  %66 = load i64, ptr %7, align 8, !tbaa !38
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %64, ptr align 1 %65, i64 %66, i1 false)
  %67 = load ptr, ptr %5, align 8, !tbaa !9
  %68 = getelementptr inbounds nuw %struct.Graph, ptr %67, i32 0, i32 0
  %69 = load ptr, ptr %5, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw %struct.Graph, ptr %69, i32 0, i32 2
  %71 = load i32, ptr %70, align 4, !tbaa !13
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [64 x %struct.Target], ptr %68, i64 0, i64 %72
  %74 = getelementptr inbounds nuw %struct.Target, ptr %73, i32 0, i32 0
  %75 = load i64, ptr %7, align 8, !tbaa !38
  %76 = getelementptr inbounds nuw [16 x i8], ptr %74, i64 0, i64 %75
  store i8 0, ptr %76, align 1, !tbaa !29
  %77 = load ptr, ptr %5, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw %struct.Graph, ptr %77, i32 0, i32 0
  %79 = load ptr, ptr %5, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.Graph, ptr %79, i32 0, i32 2
  %81 = load i32, ptr %80, align 4, !tbaa !13
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [64 x %struct.Target], ptr %78, i64 0, i64 %82
  %84 = getelementptr inbounds nuw %struct.Target, ptr %83, i32 0, i32 1
  store i32 1, ptr %84, align 4, !tbaa !20
  %85 = load ptr, ptr %5, align 8, !tbaa !9
  %86 = getelementptr inbounds nuw %struct.Graph, ptr %85, i32 0, i32 0
  %87 = load ptr, ptr %5, align 8, !tbaa !9
  %88 = getelementptr inbounds nuw %struct.Graph, ptr %87, i32 0, i32 2
  %89 = load i32, ptr %88, align 4, !tbaa !13
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [64 x %struct.Target], ptr %86, i64 0, i64 %90
  %92 = getelementptr inbounds nuw %struct.Target, ptr %91, i32 0, i32 2
  store i32 0, ptr %92, align 4, !tbaa !15
  %93 = load ptr, ptr %5, align 8, !tbaa !9
  %94 = getelementptr inbounds nuw %struct.Graph, ptr %93, i32 0, i32 0
  %95 = load ptr, ptr %5, align 8, !tbaa !9
  %96 = getelementptr inbounds nuw %struct.Graph, ptr %95, i32 0, i32 2
  %97 = load i32, ptr %96, align 4, !tbaa !13
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [64 x %struct.Target], ptr %94, i64 0, i64 %98
  %100 = getelementptr inbounds nuw %struct.Target, ptr %99, i32 0, i32 3
  store i32 -1, ptr %100, align 4, !tbaa !21
  %101 = load ptr, ptr %5, align 8, !tbaa !9
  %102 = getelementptr inbounds nuw %struct.Graph, ptr %101, i32 0, i32 2
  %103 = load i32, ptr %102, align 4, !tbaa !13
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %102, align 4, !tbaa !13
  store i32 %103, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %105

105:                                              ; preds = %55, %54, %43
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %106 = load i32, ptr %4, align 4
  ret i32 %106
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #2

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @has_cycle(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca [64 x i8], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %4) #6
  %7 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %7, i8 0, i64 64, i1 false)
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %30, %1
  %9 = load i32, ptr %5, align 4, !tbaa !5
  %10 = load ptr, ptr %3, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.Graph, ptr %10, i32 0, i32 2
  %12 = load i32, ptr %11, align 4, !tbaa !13
  %13 = icmp slt i32 %9, %12
  br i1 %13, label %15, label %14

14:                                               ; preds = %8
  store i32 2, ptr %6, align 4
  br label %33

15:                                               ; preds = %8
  %16 = load i32, ptr %5, align 4, !tbaa !5
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 %17
  %19 = load i8, ptr %18, align 1, !tbaa !29
  %20 = zext i8 %19 to i32
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %29

22:                                               ; preds = %15
  %23 = load ptr, ptr %3, align 8, !tbaa !9
  %24 = load i32, ptr %5, align 4, !tbaa !5
  %25 = getelementptr inbounds [64 x i8], ptr %4, i64 0, i64 0
  %26 = call i32 @has_cycle_from(ptr noundef %23, i32 noundef %24, ptr noundef %25) #8
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %28, label %29

28:                                               ; preds = %22
  store i32 1, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %33

29:                                               ; preds = %22, %15
  br label %30

30:                                               ; preds = %29
  %31 = load i32, ptr %5, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %5, align 4, !tbaa !5
  br label %8, !llvm.loop !41

33:                                               ; preds = %28, %14
  call void @llvm.lifetime.end.p0(ptr %5) #6
  %34 = load i32, ptr %6, align 4
  switch i32 %34, label %36 [
    i32 2, label %35
  ]

35:                                               ; preds = %33
  store i32 0, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %36

36:                                               ; preds = %35, %33
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %37 = load i32, ptr %2, align 4
  ret i32 %37
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @has_cycle_from(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !27
  %11 = load ptr, ptr %7, align 8, !tbaa !27
  %12 = load i32, ptr %6, align 4, !tbaa !5
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i8, ptr %11, i64 %13
  store i8 1, ptr %14, align 1, !tbaa !29
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.Graph, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [64 x %struct.Target], ptr %16, i64 0, i64 %18
  %20 = getelementptr inbounds nuw %struct.Target, ptr %19, i32 0, i32 3
  %21 = load i32, ptr %20, align 4, !tbaa !21
  store i32 %21, ptr %8, align 4, !tbaa !5
  br label %22

22:                                               ; preds = %61, %3
  %23 = load i32, ptr %8, align 4, !tbaa !5
  %24 = icmp sge i32 %23, 0
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 2, ptr %9, align 4
  br label %69

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %10) #6
  %27 = load ptr, ptr %5, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw %struct.Graph, ptr %27, i32 0, i32 1
  %29 = load i32, ptr %8, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [256 x %struct.Edge], ptr %28, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.Edge, ptr %31, i32 0, i32 0
  %33 = load i32, ptr %32, align 4, !tbaa !22
  store i32 %33, ptr %10, align 4, !tbaa !5
  %34 = load ptr, ptr %7, align 8, !tbaa !27
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %34, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !29
  %39 = zext i8 %38 to i32
  %40 = icmp eq i32 %39, 1
  br i1 %40, label %41, label %42

41:                                               ; preds = %26
  store i32 1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %58

42:                                               ; preds = %26
  %43 = load ptr, ptr %7, align 8, !tbaa !27
  %44 = load i32, ptr %10, align 4, !tbaa !5
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %43, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !29
  %48 = zext i8 %47 to i32
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %57

50:                                               ; preds = %42
  %51 = load ptr, ptr %5, align 8, !tbaa !9
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = load ptr, ptr %7, align 8, !tbaa !27
  %54 = call i32 @has_cycle_from(ptr noundef %51, i32 noundef %52, ptr noundef %53) #8
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %56, label %57

56:                                               ; preds = %50
  store i32 1, ptr %4, align 4
  store i32 1, ptr %9, align 4
  br label %58

57:                                               ; preds = %50, %42
  store i32 0, ptr %9, align 4
  br label %58

58:                                               ; preds = %57, %56, %41
  call void @llvm.lifetime.end.p0(ptr %10) #6
  %59 = load i32, ptr %9, align 4
  switch i32 %59, label %69 [
    i32 0, label %60
  ]

60:                                               ; preds = %58
  br label %61

61:                                               ; preds = %60
  %62 = load ptr, ptr %5, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw %struct.Graph, ptr %62, i32 0, i32 1
  %64 = load i32, ptr %8, align 4, !tbaa !5
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [256 x %struct.Edge], ptr %63, i64 0, i64 %65
  %67 = getelementptr inbounds nuw %struct.Edge, ptr %66, i32 0, i32 1
  %68 = load i32, ptr %67, align 4, !tbaa !24
  store i32 %68, ptr %8, align 4, !tbaa !5
  br label %22, !llvm.loop !42

69:                                               ; preds = %58, %25
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %70 = load i32, ptr %9, align 4
  switch i32 %70, label %78 [
    i32 2, label %71
    i32 1, label %76
  ]

71:                                               ; preds = %69
  %72 = load ptr, ptr %7, align 8, !tbaa !27
  %73 = load i32, ptr %6, align 4, !tbaa !5
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds i8, ptr %72, i64 %74
  store i8 2, ptr %75, align 1, !tbaa !29
  store i32 0, ptr %4, align 4
  br label %76

76:                                               ; preds = %71, %69
  %77 = load i32, ptr %4, align 4
  ret i32 %77

78:                                               ; preds = %69
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { minsize optsize }

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
!12 = !{!"p1 int", !10, i64 0}
!13 = !{!14, !6, i64 3840}
!14 = !{!"", !7, i64 0, !7, i64 1792, !6, i64 3840, !6, i64 3844}
!15 = !{!16, !6, i64 20}
!16 = !{!"", !7, i64 0, !6, i64 16, !6, i64 20, !6, i64 24}
!17 = distinct !{!17, !18}
!18 = !{!"llvm.loop.mustprogress"}
!19 = distinct !{!19, !18}
!20 = !{!16, !6, i64 16}
!21 = !{!16, !6, i64 24}
!22 = !{!23, !6, i64 0}
!23 = !{!"", !6, i64 0, !6, i64 4}
!24 = !{!23, !6, i64 4}
!25 = distinct !{!25, !18}
!26 = distinct !{!26, !18}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 omnipotent char", !10, i64 0}
!29 = !{!7, !7, i64 0}
!30 = distinct !{!30, !18}
!31 = distinct !{!31, !18}
!32 = distinct !{!32, !18}
!33 = distinct !{!33, !18}
!34 = distinct !{!34, !18}
!35 = !{!14, !6, i64 3844}
!36 = distinct !{!36, !18}
!37 = distinct !{!37, !18}
!38 = !{!39, !39, i64 0}
!39 = !{!"long", !7, i64 0}
!40 = distinct !{!40, !18}
!41 = distinct !{!41, !18}
!42 = distinct !{!42, !18}
