; ModuleID = 'brainfuck.c'
source_filename = "brainfuck.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.bf_insn = type { i8, i32, i32 }
%struct.bf_output = type { [256 x i8], i32, i32 }

@main.prog = internal global [4096 x %struct.bf_insn] zeroinitializer, align 16
@main.opt = internal global [4096 x %struct.bf_insn] zeroinitializer, align 16
@main.tape = internal global [30000 x i8] zeroinitializer, align 16
@main.generated = internal global [2048 x i8] zeroinitializer, align 16
@.str = private unnamed_addr constant [56 x i8] c"The quick brown fox jumps over the lazy dog 0123456789!\00", align 1
@hello = internal constant [103 x i8] c"++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.\00", align 16
@reverse = internal constant [12 x i8] c">,[>,]<[.<]\00", align 1
@add_digits = internal constant [60 x i8] c",>,[<+>-]<------------------------------------------------.\00", align 16
@nested = internal constant [66 x i8] c"+++++++[>+++++++[>+++++++[>+<-]<-]<-]>>>.+.+.<<<+++[>>>-<<<-]>>>.\00", align 16
@__const.main.srcs = private unnamed_addr constant [5 x ptr] [ptr @hello, ptr @reverse, ptr @add_digits, ptr @nested, ptr @main.generated], align 16
@.str.1 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.2 = private unnamed_addr constant [18 x i8] c"stressed desserts\00", align 1
@.str.3 = private unnamed_addr constant [3 x i8] c"34\00", align 1
@__const.main.inputs = private unnamed_addr constant [5 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.1, ptr @.str.1], align 16
@.str.4 = private unnamed_addr constant [29 x i8] c"compile error in program %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [27 x i8] c"hello=[%s] generated=[%s]\0A\00", align 1
@.str.6 = private unnamed_addr constant [51 x i8] c"insns=%d/%d steps=%ld/%ld mismatches=%d hash=%08x\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bf_compile(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca [256 x i32], align 16
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.bf_insn, align 4
  %15 = alloca i32, align 4
  %16 = alloca %struct.bf_insn, align 4
  %17 = alloca %struct.bf_insn, align 4
  %18 = alloca %struct.bf_insn, align 4
  %19 = alloca %struct.bf_insn, align 4
  %20 = alloca %struct.bf_insn, align 4
  %21 = alloca i32, align 4
  %22 = alloca %struct.bf_insn, align 4
  %23 = alloca %struct.bf_insn, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %24 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %24, ptr %11, align 8, !tbaa !9
  br label %25

25:                                               ; preds = %205, %3
  %26 = load ptr, ptr %11, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !14
  %28 = icmp ne i8 %27, 0
  br i1 %28, label %30, label %29

29:                                               ; preds = %25
  store i32 2, ptr %12, align 4
  br label %208

30:                                               ; preds = %25
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = load i32, ptr %7, align 4, !tbaa !5
  %33 = sub nsw i32 %32, 1
  %34 = icmp sge i32 %31, %33
  br i1 %34, label %35, label %36

35:                                               ; preds = %30
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %208

36:                                               ; preds = %30
  %37 = load ptr, ptr %11, align 8, !tbaa !9
  %38 = load i8, ptr %37, align 1, !tbaa !14
  %39 = sext i8 %38 to i32
  switch i32 %39, label %203 [
    i32 43, label %40
    i32 45, label %40
    i32 62, label %77
    i32 60, label %77
    i32 46, label %114
    i32 44, label %124
    i32 91, label %134
    i32 93, label %177
  ]

40:                                               ; preds = %36, %36
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %53, %40
  %42 = load ptr, ptr %11, align 8, !tbaa !9
  %43 = load i8, ptr %42, align 1, !tbaa !14
  %44 = sext i8 %43 to i32
  %45 = icmp eq i32 %44, 43
  br i1 %45, label %51, label %46

46:                                               ; preds = %41
  %47 = load ptr, ptr %11, align 8, !tbaa !9
  %48 = load i8, ptr %47, align 1, !tbaa !14
  %49 = sext i8 %48 to i32
  %50 = icmp eq i32 %49, 45
  br label %51

51:                                               ; preds = %46, %41
  %52 = phi i1 [ true, %41 ], [ %50, %46 ]
  br i1 %52, label %53, label %64

53:                                               ; preds = %51
  %54 = load ptr, ptr %11, align 8, !tbaa !9
  %55 = load i8, ptr %54, align 1, !tbaa !14
  %56 = sext i8 %55 to i32
  %57 = icmp eq i32 %56, 43
  %58 = zext i1 %57 to i64
  %59 = select i1 %57, i32 1, i32 -1
  %60 = load i32, ptr %13, align 4, !tbaa !5
  %61 = add nsw i32 %60, %59
  store i32 %61, ptr %13, align 4, !tbaa !5
  %62 = load ptr, ptr %11, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw i8, ptr %62, i32 1
  store ptr %63, ptr %11, align 8, !tbaa !9
  br label %41, !llvm.loop !15

64:                                               ; preds = %51
  %65 = load ptr, ptr %11, align 8, !tbaa !9
  %66 = getelementptr inbounds i8, ptr %65, i32 -1
  store ptr %66, ptr %11, align 8, !tbaa !9
  %67 = load ptr, ptr %6, align 8, !tbaa !12
  %68 = load i32, ptr %8, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %8, align 4, !tbaa !5
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds %struct.bf_insn, ptr %67, i64 %70
  %72 = getelementptr inbounds nuw %struct.bf_insn, ptr %14, i32 0, i32 0
  store i8 0, ptr %72, align 4, !tbaa !17
  %73 = getelementptr i8, ptr %14, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %73, i8 0, i64 3, i1 false)
  %74 = getelementptr inbounds nuw %struct.bf_insn, ptr %14, i32 0, i32 1
  %75 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %75, ptr %74, align 4, !tbaa !19
  %76 = getelementptr inbounds nuw %struct.bf_insn, ptr %14, i32 0, i32 2
  store i32 0, ptr %76, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %71, ptr align 4 %14, i64 12, i1 false), !tbaa.struct !21
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #5
  br label %204

77:                                               ; preds = %36, %36
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  br label %78

78:                                               ; preds = %90, %77
  %79 = load ptr, ptr %11, align 8, !tbaa !9
  %80 = load i8, ptr %79, align 1, !tbaa !14
  %81 = sext i8 %80 to i32
  %82 = icmp eq i32 %81, 62
  br i1 %82, label %88, label %83

83:                                               ; preds = %78
  %84 = load ptr, ptr %11, align 8, !tbaa !9
  %85 = load i8, ptr %84, align 1, !tbaa !14
  %86 = sext i8 %85 to i32
  %87 = icmp eq i32 %86, 60
  br label %88

88:                                               ; preds = %83, %78
  %89 = phi i1 [ true, %78 ], [ %87, %83 ]
  br i1 %89, label %90, label %101

90:                                               ; preds = %88
  %91 = load ptr, ptr %11, align 8, !tbaa !9
  %92 = load i8, ptr %91, align 1, !tbaa !14
  %93 = sext i8 %92 to i32
  %94 = icmp eq i32 %93, 62
  %95 = zext i1 %94 to i64
  %96 = select i1 %94, i32 1, i32 -1
  %97 = load i32, ptr %15, align 4, !tbaa !5
  %98 = add nsw i32 %97, %96
  store i32 %98, ptr %15, align 4, !tbaa !5
  %99 = load ptr, ptr %11, align 8, !tbaa !9
  %100 = getelementptr inbounds nuw i8, ptr %99, i32 1
  store ptr %100, ptr %11, align 8, !tbaa !9
  br label %78, !llvm.loop !22

101:                                              ; preds = %88
  %102 = load ptr, ptr %11, align 8, !tbaa !9
  %103 = getelementptr inbounds i8, ptr %102, i32 -1
  store ptr %103, ptr %11, align 8, !tbaa !9
  %104 = load ptr, ptr %6, align 8, !tbaa !12
  %105 = load i32, ptr %8, align 4, !tbaa !5
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %8, align 4, !tbaa !5
  %107 = sext i32 %105 to i64
  %108 = getelementptr inbounds %struct.bf_insn, ptr %104, i64 %107
  %109 = getelementptr inbounds nuw %struct.bf_insn, ptr %16, i32 0, i32 0
  store i8 1, ptr %109, align 4, !tbaa !17
  %110 = getelementptr i8, ptr %16, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %110, i8 0, i64 3, i1 false)
  %111 = getelementptr inbounds nuw %struct.bf_insn, ptr %16, i32 0, i32 1
  %112 = load i32, ptr %15, align 4, !tbaa !5
  store i32 %112, ptr %111, align 4, !tbaa !19
  %113 = getelementptr inbounds nuw %struct.bf_insn, ptr %16, i32 0, i32 2
  store i32 0, ptr %113, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %108, ptr align 4 %16, i64 12, i1 false), !tbaa.struct !21
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %204

114:                                              ; preds = %36
  %115 = load ptr, ptr %6, align 8, !tbaa !12
  %116 = load i32, ptr %8, align 4, !tbaa !5
  %117 = add nsw i32 %116, 1
  store i32 %117, ptr %8, align 4, !tbaa !5
  %118 = sext i32 %116 to i64
  %119 = getelementptr inbounds %struct.bf_insn, ptr %115, i64 %118
  %120 = getelementptr inbounds nuw %struct.bf_insn, ptr %17, i32 0, i32 0
  store i8 2, ptr %120, align 4, !tbaa !17
  %121 = getelementptr i8, ptr %17, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %121, i8 0, i64 3, i1 false)
  %122 = getelementptr inbounds nuw %struct.bf_insn, ptr %17, i32 0, i32 1
  store i32 0, ptr %122, align 4, !tbaa !19
  %123 = getelementptr inbounds nuw %struct.bf_insn, ptr %17, i32 0, i32 2
  store i32 0, ptr %123, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %119, ptr align 4 %17, i64 12, i1 false), !tbaa.struct !21
  br label %204

124:                                              ; preds = %36
  %125 = load ptr, ptr %6, align 8, !tbaa !12
  %126 = load i32, ptr %8, align 4, !tbaa !5
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %8, align 4, !tbaa !5
  %128 = sext i32 %126 to i64
  %129 = getelementptr inbounds %struct.bf_insn, ptr %125, i64 %128
  %130 = getelementptr inbounds nuw %struct.bf_insn, ptr %18, i32 0, i32 0
  store i8 3, ptr %130, align 4, !tbaa !17
  %131 = getelementptr i8, ptr %18, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %131, i8 0, i64 3, i1 false)
  %132 = getelementptr inbounds nuw %struct.bf_insn, ptr %18, i32 0, i32 1
  store i32 0, ptr %132, align 4, !tbaa !19
  %133 = getelementptr inbounds nuw %struct.bf_insn, ptr %18, i32 0, i32 2
  store i32 0, ptr %133, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %129, ptr align 4 %18, i64 12, i1 false), !tbaa.struct !21
  br label %204

134:                                              ; preds = %36
  %135 = load ptr, ptr %11, align 8, !tbaa !9
  %136 = getelementptr inbounds i8, ptr %135, i64 1
  %137 = load i8, ptr %136, align 1, !tbaa !14
  %138 = sext i8 %137 to i32
  %139 = icmp eq i32 %138, 45
  br i1 %139, label %140, label %158

140:                                              ; preds = %134
  %141 = load ptr, ptr %11, align 8, !tbaa !9
  %142 = getelementptr inbounds i8, ptr %141, i64 2
  %143 = load i8, ptr %142, align 1, !tbaa !14
  %144 = sext i8 %143 to i32
  %145 = icmp eq i32 %144, 93
  br i1 %145, label %146, label %158

146:                                              ; preds = %140
  %147 = load ptr, ptr %6, align 8, !tbaa !12
  %148 = load i32, ptr %8, align 4, !tbaa !5
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %8, align 4, !tbaa !5
  %150 = sext i32 %148 to i64
  %151 = getelementptr inbounds %struct.bf_insn, ptr %147, i64 %150
  %152 = getelementptr inbounds nuw %struct.bf_insn, ptr %19, i32 0, i32 0
  store i8 6, ptr %152, align 4, !tbaa !17
  %153 = getelementptr i8, ptr %19, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %153, i8 0, i64 3, i1 false)
  %154 = getelementptr inbounds nuw %struct.bf_insn, ptr %19, i32 0, i32 1
  store i32 0, ptr %154, align 4, !tbaa !19
  %155 = getelementptr inbounds nuw %struct.bf_insn, ptr %19, i32 0, i32 2
  store i32 0, ptr %155, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %151, ptr align 4 %19, i64 12, i1 false), !tbaa.struct !21
  %156 = load ptr, ptr %11, align 8, !tbaa !9
  %157 = getelementptr inbounds i8, ptr %156, i64 2
  store ptr %157, ptr %11, align 8, !tbaa !9
  br label %204

158:                                              ; preds = %140, %134
  %159 = load i32, ptr %10, align 4, !tbaa !5
  %160 = icmp sge i32 %159, 256
  br i1 %160, label %161, label %162

161:                                              ; preds = %158
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %208

162:                                              ; preds = %158
  %163 = load i32, ptr %8, align 4, !tbaa !5
  %164 = load i32, ptr %10, align 4, !tbaa !5
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %10, align 4, !tbaa !5
  %166 = sext i32 %164 to i64
  %167 = getelementptr inbounds [256 x i32], ptr %9, i64 0, i64 %166
  store i32 %163, ptr %167, align 4, !tbaa !5
  %168 = load ptr, ptr %6, align 8, !tbaa !12
  %169 = load i32, ptr %8, align 4, !tbaa !5
  %170 = add nsw i32 %169, 1
  store i32 %170, ptr %8, align 4, !tbaa !5
  %171 = sext i32 %169 to i64
  %172 = getelementptr inbounds %struct.bf_insn, ptr %168, i64 %171
  %173 = getelementptr inbounds nuw %struct.bf_insn, ptr %20, i32 0, i32 0
  store i8 4, ptr %173, align 4, !tbaa !17
  %174 = getelementptr i8, ptr %20, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %174, i8 0, i64 3, i1 false)
  %175 = getelementptr inbounds nuw %struct.bf_insn, ptr %20, i32 0, i32 1
  store i32 0, ptr %175, align 4, !tbaa !19
  %176 = getelementptr inbounds nuw %struct.bf_insn, ptr %20, i32 0, i32 2
  store i32 0, ptr %176, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %172, ptr align 4 %20, i64 12, i1 false), !tbaa.struct !21
  br label %204

177:                                              ; preds = %36
  %178 = load i32, ptr %10, align 4, !tbaa !5
  %179 = icmp eq i32 %178, 0
  br i1 %179, label %180, label %181

180:                                              ; preds = %177
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %208

181:                                              ; preds = %177
  call void @llvm.lifetime.start.p0(ptr %21) #5
  %182 = load i32, ptr %10, align 4, !tbaa !5
  %183 = add nsw i32 %182, -1
  store i32 %183, ptr %10, align 4, !tbaa !5
  %184 = sext i32 %183 to i64
  %185 = getelementptr inbounds [256 x i32], ptr %9, i64 0, i64 %184
  %186 = load i32, ptr %185, align 4, !tbaa !5
  store i32 %186, ptr %21, align 4, !tbaa !5
  %187 = load i32, ptr %8, align 4, !tbaa !5
  %188 = load ptr, ptr %6, align 8, !tbaa !12
  %189 = load i32, ptr %21, align 4, !tbaa !5
  %190 = sext i32 %189 to i64
  %191 = getelementptr inbounds %struct.bf_insn, ptr %188, i64 %190
  %192 = getelementptr inbounds nuw %struct.bf_insn, ptr %191, i32 0, i32 1
  store i32 %187, ptr %192, align 4, !tbaa !19
  %193 = load ptr, ptr %6, align 8, !tbaa !12
  %194 = load i32, ptr %8, align 4, !tbaa !5
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %8, align 4, !tbaa !5
  %196 = sext i32 %194 to i64
  %197 = getelementptr inbounds %struct.bf_insn, ptr %193, i64 %196
  %198 = getelementptr inbounds nuw %struct.bf_insn, ptr %22, i32 0, i32 0
  store i8 5, ptr %198, align 4, !tbaa !17
  %199 = getelementptr i8, ptr %22, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %199, i8 0, i64 3, i1 false)
  %200 = getelementptr inbounds nuw %struct.bf_insn, ptr %22, i32 0, i32 1
  %201 = load i32, ptr %21, align 4, !tbaa !5
  store i32 %201, ptr %200, align 4, !tbaa !19
  %202 = getelementptr inbounds nuw %struct.bf_insn, ptr %22, i32 0, i32 2
  store i32 0, ptr %202, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %197, ptr align 4 %22, i64 12, i1 false), !tbaa.struct !21
  call void @llvm.lifetime.end.p0(ptr %21) #5
  br label %204

203:                                              ; preds = %36
  br label %204

204:                                              ; preds = %203, %181, %162, %146, %124, %114, %101, %64
  br label %205

205:                                              ; preds = %204
  %206 = load ptr, ptr %11, align 8, !tbaa !9
  %207 = getelementptr inbounds nuw i8, ptr %206, i32 1
  store ptr %207, ptr %11, align 8, !tbaa !9
  br label %25, !llvm.loop !23

208:                                              ; preds = %180, %161, %35, %29
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %209 = load i32, ptr %12, align 4
  switch i32 %209, label %225 [
    i32 2, label %210
  ]

210:                                              ; preds = %208
  %211 = load i32, ptr %10, align 4, !tbaa !5
  %212 = icmp ne i32 %211, 0
  br i1 %212, label %213, label %214

213:                                              ; preds = %210
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %225

214:                                              ; preds = %210
  %215 = load ptr, ptr %6, align 8, !tbaa !12
  %216 = load i32, ptr %8, align 4, !tbaa !5
  %217 = add nsw i32 %216, 1
  store i32 %217, ptr %8, align 4, !tbaa !5
  %218 = sext i32 %216 to i64
  %219 = getelementptr inbounds %struct.bf_insn, ptr %215, i64 %218
  %220 = getelementptr inbounds nuw %struct.bf_insn, ptr %23, i32 0, i32 0
  store i8 7, ptr %220, align 4, !tbaa !17
  %221 = getelementptr i8, ptr %23, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %221, i8 0, i64 3, i1 false)
  %222 = getelementptr inbounds nuw %struct.bf_insn, ptr %23, i32 0, i32 1
  store i32 0, ptr %222, align 4, !tbaa !19
  %223 = getelementptr inbounds nuw %struct.bf_insn, ptr %23, i32 0, i32 2
  store i32 0, ptr %223, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %219, ptr align 4 %23, i64 12, i1 false), !tbaa.struct !21
  %224 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %224, ptr %4, align 4
  store i32 1, ptr %12, align 4
  br label %225

225:                                              ; preds = %214, %213, %208
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  %226 = load i32, ptr %4, align 4
  ret i32 %226
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @bf_optimize(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.bf_insn, align 4
  %15 = alloca [16 x i32], align 16
  %16 = alloca [16 x i32], align 16
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca %struct.bf_insn, align 4
  %20 = alloca %struct.bf_insn, align 4
  %21 = alloca [256 x i32], align 16
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !12
  store i32 %1, ptr %7, align 4, !tbaa !5
  store ptr %2, ptr %8, align 8, !tbaa !12
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %145, %4
  %26 = load i32, ptr %11, align 4, !tbaa !5
  %27 = load i32, ptr %7, align 4, !tbaa !5
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %30, label %29

29:                                               ; preds = %25
  store i32 2, ptr %12, align 4
  br label %148

30:                                               ; preds = %25
  %31 = load i32, ptr %10, align 4, !tbaa !5
  %32 = load i32, ptr %9, align 4, !tbaa !5
  %33 = sub nsw i32 %32, 18
  %34 = icmp sge i32 %31, %33
  br i1 %34, label %35, label %36

35:                                               ; preds = %30
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %148

36:                                               ; preds = %30
  %37 = load ptr, ptr %6, align 8, !tbaa !12
  %38 = load i32, ptr %11, align 4, !tbaa !5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds %struct.bf_insn, ptr %37, i64 %39
  %41 = getelementptr inbounds nuw %struct.bf_insn, ptr %40, i32 0, i32 0
  %42 = load i8, ptr %41, align 4, !tbaa !17
  %43 = zext i8 %42 to i32
  %44 = icmp eq i32 %43, 4
  br i1 %44, label %45, label %135

45:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %46 = load ptr, ptr %6, align 8, !tbaa !12
  %47 = load i32, ptr %11, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds %struct.bf_insn, ptr %46, i64 %48
  %50 = getelementptr inbounds nuw %struct.bf_insn, ptr %49, i32 0, i32 1
  %51 = load i32, ptr %50, align 4, !tbaa !19
  store i32 %51, ptr %13, align 4, !tbaa !5
  %52 = load i32, ptr %13, align 4, !tbaa !5
  %53 = load i32, ptr %11, align 4, !tbaa !5
  %54 = add nsw i32 %53, 2
  %55 = icmp eq i32 %52, %54
  br i1 %55, label %56, label %84

56:                                               ; preds = %45
  %57 = load ptr, ptr %6, align 8, !tbaa !12
  %58 = load i32, ptr %11, align 4, !tbaa !5
  %59 = add nsw i32 %58, 1
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds %struct.bf_insn, ptr %57, i64 %60
  %62 = getelementptr inbounds nuw %struct.bf_insn, ptr %61, i32 0, i32 0
  %63 = load i8, ptr %62, align 4, !tbaa !17
  %64 = zext i8 %63 to i32
  %65 = icmp eq i32 %64, 1
  br i1 %65, label %66, label %84

66:                                               ; preds = %56
  %67 = load ptr, ptr %8, align 8, !tbaa !12
  %68 = load i32, ptr %10, align 4, !tbaa !5
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %10, align 4, !tbaa !5
  %70 = sext i32 %68 to i64
  %71 = getelementptr inbounds %struct.bf_insn, ptr %67, i64 %70
  %72 = getelementptr inbounds nuw %struct.bf_insn, ptr %14, i32 0, i32 0
  store i8 9, ptr %72, align 4, !tbaa !17
  %73 = getelementptr i8, ptr %14, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %73, i8 0, i64 3, i1 false)
  %74 = getelementptr inbounds nuw %struct.bf_insn, ptr %14, i32 0, i32 1
  %75 = load ptr, ptr %6, align 8, !tbaa !12
  %76 = load i32, ptr %11, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds %struct.bf_insn, ptr %75, i64 %78
  %80 = getelementptr inbounds nuw %struct.bf_insn, ptr %79, i32 0, i32 1
  %81 = load i32, ptr %80, align 4, !tbaa !19
  store i32 %81, ptr %74, align 4, !tbaa !19
  %82 = getelementptr inbounds nuw %struct.bf_insn, ptr %14, i32 0, i32 2
  store i32 0, ptr %82, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %71, ptr align 4 %14, i64 12, i1 false), !tbaa.struct !21
  %83 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %83, ptr %11, align 4, !tbaa !5
  store i32 4, ptr %12, align 4
  br label %132

84:                                               ; preds = %56, %45
  call void @llvm.lifetime.start.p0(ptr %15) #5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %85 = load ptr, ptr %6, align 8, !tbaa !12
  %86 = load i32, ptr %11, align 4, !tbaa !5
  %87 = load i32, ptr %13, align 4, !tbaa !5
  %88 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 0
  %89 = getelementptr inbounds [16 x i32], ptr %16, i64 0, i64 0
  %90 = call i32 @match_mul_loop(ptr noundef %85, i32 noundef %86, i32 noundef %87, ptr noundef %17, ptr noundef %88, ptr noundef %89) #6
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %92, label %130

92:                                               ; preds = %84
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %93

93:                                               ; preds = %116, %92
  %94 = load i32, ptr %18, align 4, !tbaa !5
  %95 = load i32, ptr %17, align 4, !tbaa !5
  %96 = icmp slt i32 %94, %95
  br i1 %96, label %98, label %97

97:                                               ; preds = %93
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %119

98:                                               ; preds = %93
  %99 = load ptr, ptr %8, align 8, !tbaa !12
  %100 = load i32, ptr %10, align 4, !tbaa !5
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %10, align 4, !tbaa !5
  %102 = sext i32 %100 to i64
  %103 = getelementptr inbounds %struct.bf_insn, ptr %99, i64 %102
  %104 = getelementptr inbounds nuw %struct.bf_insn, ptr %19, i32 0, i32 0
  store i8 8, ptr %104, align 4, !tbaa !17
  %105 = getelementptr i8, ptr %19, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %105, i8 0, i64 3, i1 false)
  %106 = getelementptr inbounds nuw %struct.bf_insn, ptr %19, i32 0, i32 1
  %107 = load i32, ptr %18, align 4, !tbaa !5
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [16 x i32], ptr %16, i64 0, i64 %108
  %110 = load i32, ptr %109, align 4, !tbaa !5
  store i32 %110, ptr %106, align 4, !tbaa !19
  %111 = getelementptr inbounds nuw %struct.bf_insn, ptr %19, i32 0, i32 2
  %112 = load i32, ptr %18, align 4, !tbaa !5
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [16 x i32], ptr %15, i64 0, i64 %113
  %115 = load i32, ptr %114, align 4, !tbaa !5
  store i32 %115, ptr %111, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %103, ptr align 4 %19, i64 12, i1 false), !tbaa.struct !21
  br label %116

116:                                              ; preds = %98
  %117 = load i32, ptr %18, align 4, !tbaa !5
  %118 = add nsw i32 %117, 1
  store i32 %118, ptr %18, align 4, !tbaa !5
  br label %93, !llvm.loop !24

119:                                              ; preds = %97
  %120 = load ptr, ptr %8, align 8, !tbaa !12
  %121 = load i32, ptr %10, align 4, !tbaa !5
  %122 = add nsw i32 %121, 1
  store i32 %122, ptr %10, align 4, !tbaa !5
  %123 = sext i32 %121 to i64
  %124 = getelementptr inbounds %struct.bf_insn, ptr %120, i64 %123
  %125 = getelementptr inbounds nuw %struct.bf_insn, ptr %20, i32 0, i32 0
  store i8 6, ptr %125, align 4, !tbaa !17
  %126 = getelementptr i8, ptr %20, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %126, i8 0, i64 3, i1 false)
  %127 = getelementptr inbounds nuw %struct.bf_insn, ptr %20, i32 0, i32 1
  store i32 0, ptr %127, align 4, !tbaa !19
  %128 = getelementptr inbounds nuw %struct.bf_insn, ptr %20, i32 0, i32 2
  store i32 0, ptr %128, align 4, !tbaa !20
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %124, ptr align 4 %20, i64 12, i1 false), !tbaa.struct !21
  %129 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %129, ptr %11, align 4, !tbaa !5
  store i32 4, ptr %12, align 4
  br label %131

130:                                              ; preds = %84
  store i32 0, ptr %12, align 4
  br label %131

131:                                              ; preds = %130, %119
  call void @llvm.lifetime.end.p0(ptr %17) #5
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  br label %132

132:                                              ; preds = %131, %66
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %133 = load i32, ptr %12, align 4
  switch i32 %133, label %224 [
    i32 0, label %134
    i32 4, label %145
  ]

134:                                              ; preds = %132
  br label %135

135:                                              ; preds = %134, %36
  %136 = load ptr, ptr %8, align 8, !tbaa !12
  %137 = load i32, ptr %10, align 4, !tbaa !5
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %10, align 4, !tbaa !5
  %139 = sext i32 %137 to i64
  %140 = getelementptr inbounds %struct.bf_insn, ptr %136, i64 %139
  %141 = load ptr, ptr %6, align 8, !tbaa !12
  %142 = load i32, ptr %11, align 4, !tbaa !5
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds %struct.bf_insn, ptr %141, i64 %143
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %140, ptr align 4 %144, i64 12, i1 false), !tbaa.struct !21
  br label %145

145:                                              ; preds = %135, %132
  %146 = load i32, ptr %11, align 4, !tbaa !5
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %11, align 4, !tbaa !5
  br label %25, !llvm.loop !25

148:                                              ; preds = %35, %29
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %149 = load i32, ptr %12, align 4
  switch i32 %149, label %222 [
    i32 2, label %150
  ]

150:                                              ; preds = %148
  call void @llvm.lifetime.start.p0(ptr %21) #5
  call void @llvm.lifetime.start.p0(ptr %22) #5
  store i32 0, ptr %22, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %23) #5
  store i32 0, ptr %23, align 4, !tbaa !5
  br label %151

151:                                              ; preds = %208, %150
  %152 = load i32, ptr %23, align 4, !tbaa !5
  %153 = load i32, ptr %10, align 4, !tbaa !5
  %154 = icmp slt i32 %152, %153
  br i1 %154, label %156, label %155

155:                                              ; preds = %151
  store i32 8, ptr %12, align 4
  br label %211

156:                                              ; preds = %151
  %157 = load ptr, ptr %8, align 8, !tbaa !12
  %158 = load i32, ptr %23, align 4, !tbaa !5
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds %struct.bf_insn, ptr %157, i64 %159
  %161 = getelementptr inbounds nuw %struct.bf_insn, ptr %160, i32 0, i32 0
  %162 = load i8, ptr %161, align 4, !tbaa !17
  %163 = zext i8 %162 to i32
  %164 = icmp eq i32 %163, 4
  br i1 %164, label %165, label %175

165:                                              ; preds = %156
  %166 = load i32, ptr %22, align 4, !tbaa !5
  %167 = icmp sge i32 %166, 256
  br i1 %167, label %168, label %169

168:                                              ; preds = %165
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %211

169:                                              ; preds = %165
  %170 = load i32, ptr %23, align 4, !tbaa !5
  %171 = load i32, ptr %22, align 4, !tbaa !5
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %22, align 4, !tbaa !5
  %173 = sext i32 %171 to i64
  %174 = getelementptr inbounds [256 x i32], ptr %21, i64 0, i64 %173
  store i32 %170, ptr %174, align 4, !tbaa !5
  br label %207

175:                                              ; preds = %156
  %176 = load ptr, ptr %8, align 8, !tbaa !12
  %177 = load i32, ptr %23, align 4, !tbaa !5
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds %struct.bf_insn, ptr %176, i64 %178
  %180 = getelementptr inbounds nuw %struct.bf_insn, ptr %179, i32 0, i32 0
  %181 = load i8, ptr %180, align 4, !tbaa !17
  %182 = zext i8 %181 to i32
  %183 = icmp eq i32 %182, 5
  br i1 %183, label %184, label %206

184:                                              ; preds = %175
  %185 = load i32, ptr %22, align 4, !tbaa !5
  %186 = icmp eq i32 %185, 0
  br i1 %186, label %187, label %188

187:                                              ; preds = %184
  store i32 -1, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %211

188:                                              ; preds = %184
  call void @llvm.lifetime.start.p0(ptr %24) #5
  %189 = load i32, ptr %22, align 4, !tbaa !5
  %190 = add nsw i32 %189, -1
  store i32 %190, ptr %22, align 4, !tbaa !5
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [256 x i32], ptr %21, i64 0, i64 %191
  %193 = load i32, ptr %192, align 4, !tbaa !5
  store i32 %193, ptr %24, align 4, !tbaa !5
  %194 = load i32, ptr %23, align 4, !tbaa !5
  %195 = load ptr, ptr %8, align 8, !tbaa !12
  %196 = load i32, ptr %24, align 4, !tbaa !5
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds %struct.bf_insn, ptr %195, i64 %197
  %199 = getelementptr inbounds nuw %struct.bf_insn, ptr %198, i32 0, i32 1
  store i32 %194, ptr %199, align 4, !tbaa !19
  %200 = load i32, ptr %24, align 4, !tbaa !5
  %201 = load ptr, ptr %8, align 8, !tbaa !12
  %202 = load i32, ptr %23, align 4, !tbaa !5
  %203 = sext i32 %202 to i64
  %204 = getelementptr inbounds %struct.bf_insn, ptr %201, i64 %203
  %205 = getelementptr inbounds nuw %struct.bf_insn, ptr %204, i32 0, i32 1
  store i32 %200, ptr %205, align 4, !tbaa !19
  call void @llvm.lifetime.end.p0(ptr %24) #5
  br label %206

206:                                              ; preds = %188, %175
  br label %207

207:                                              ; preds = %206, %169
  br label %208

208:                                              ; preds = %207
  %209 = load i32, ptr %23, align 4, !tbaa !5
  %210 = add nsw i32 %209, 1
  store i32 %210, ptr %23, align 4, !tbaa !5
  br label %151, !llvm.loop !26

211:                                              ; preds = %187, %168, %155
  call void @llvm.lifetime.end.p0(ptr %23) #5
  %212 = load i32, ptr %12, align 4
  switch i32 %212, label %221 [
    i32 8, label %213
  ]

213:                                              ; preds = %211
  %214 = load i32, ptr %22, align 4, !tbaa !5
  %215 = icmp ne i32 %214, 0
  br i1 %215, label %216, label %217

216:                                              ; preds = %213
  br label %219

217:                                              ; preds = %213
  %218 = load i32, ptr %10, align 4, !tbaa !5
  br label %219

219:                                              ; preds = %217, %216
  %220 = phi i32 [ -1, %216 ], [ %218, %217 ]
  store i32 %220, ptr %5, align 4
  store i32 1, ptr %12, align 4
  br label %221

221:                                              ; preds = %219, %211
  call void @llvm.lifetime.end.p0(ptr %22) #5
  call void @llvm.lifetime.end.p0(ptr %21) #5
  br label %222

222:                                              ; preds = %221, %148
  call void @llvm.lifetime.end.p0(ptr %10) #5
  %223 = load i32, ptr %5, align 4
  ret i32 %223

224:                                              ; preds = %132
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @match_mul_loop(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5) #0 {
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %8, align 8, !tbaa !12
  store i32 %1, ptr %9, align 4, !tbaa !5
  store i32 %2, ptr %10, align 4, !tbaa !5
  store ptr %3, ptr %11, align 8, !tbaa !27
  store ptr %4, ptr %12, align 8, !tbaa !27
  store ptr %5, ptr %13, align 8, !tbaa !27
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  store i32 0, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store i32 0, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %19 = load i32, ptr %9, align 4, !tbaa !5
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %17, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %91, %6
  %22 = load i32, ptr %17, align 4, !tbaa !5
  %23 = load i32, ptr %10, align 4, !tbaa !5
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %26, label %25

25:                                               ; preds = %21
  store i32 2, ptr %18, align 4
  br label %94

26:                                               ; preds = %21
  %27 = load ptr, ptr %8, align 8, !tbaa !12
  %28 = load i32, ptr %17, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds %struct.bf_insn, ptr %27, i64 %29
  %31 = getelementptr inbounds nuw %struct.bf_insn, ptr %30, i32 0, i32 0
  %32 = load i8, ptr %31, align 4, !tbaa !17
  %33 = zext i8 %32 to i32
  %34 = icmp eq i32 %33, 1
  br i1 %34, label %35, label %44

35:                                               ; preds = %26
  %36 = load ptr, ptr %8, align 8, !tbaa !12
  %37 = load i32, ptr %17, align 4, !tbaa !5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.bf_insn, ptr %36, i64 %38
  %40 = getelementptr inbounds nuw %struct.bf_insn, ptr %39, i32 0, i32 1
  %41 = load i32, ptr %40, align 4, !tbaa !19
  %42 = load i32, ptr %14, align 4, !tbaa !5
  %43 = add nsw i32 %42, %41
  store i32 %43, ptr %14, align 4, !tbaa !5
  br label %90

44:                                               ; preds = %26
  %45 = load ptr, ptr %8, align 8, !tbaa !12
  %46 = load i32, ptr %17, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds %struct.bf_insn, ptr %45, i64 %47
  %49 = getelementptr inbounds nuw %struct.bf_insn, ptr %48, i32 0, i32 0
  %50 = load i8, ptr %49, align 4, !tbaa !17
  %51 = zext i8 %50 to i32
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %53, label %88

53:                                               ; preds = %44
  %54 = load i32, ptr %14, align 4, !tbaa !5
  %55 = icmp eq i32 %54, 0
  br i1 %55, label %56, label %65

56:                                               ; preds = %53
  %57 = load ptr, ptr %8, align 8, !tbaa !12
  %58 = load i32, ptr %17, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds %struct.bf_insn, ptr %57, i64 %59
  %61 = getelementptr inbounds nuw %struct.bf_insn, ptr %60, i32 0, i32 1
  %62 = load i32, ptr %61, align 4, !tbaa !19
  %63 = load i32, ptr %15, align 4, !tbaa !5
  %64 = add nsw i32 %63, %62
  store i32 %64, ptr %15, align 4, !tbaa !5
  br label %87

65:                                               ; preds = %53
  %66 = load i32, ptr %16, align 4, !tbaa !5
  %67 = icmp sge i32 %66, 16
  br i1 %67, label %68, label %69

68:                                               ; preds = %65
  store i32 0, ptr %7, align 4
  store i32 1, ptr %18, align 4
  br label %94

69:                                               ; preds = %65
  %70 = load i32, ptr %14, align 4, !tbaa !5
  %71 = load ptr, ptr %12, align 8, !tbaa !27
  %72 = load i32, ptr %16, align 4, !tbaa !5
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds i32, ptr %71, i64 %73
  store i32 %70, ptr %74, align 4, !tbaa !5
  %75 = load ptr, ptr %8, align 8, !tbaa !12
  %76 = load i32, ptr %17, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds %struct.bf_insn, ptr %75, i64 %77
  %79 = getelementptr inbounds nuw %struct.bf_insn, ptr %78, i32 0, i32 1
  %80 = load i32, ptr %79, align 4, !tbaa !19
  %81 = load ptr, ptr %13, align 8, !tbaa !27
  %82 = load i32, ptr %16, align 4, !tbaa !5
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds i32, ptr %81, i64 %83
  store i32 %80, ptr %84, align 4, !tbaa !5
  %85 = load i32, ptr %16, align 4, !tbaa !5
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %16, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %69, %56
  br label %89

88:                                               ; preds = %44
  store i32 0, ptr %7, align 4
  store i32 1, ptr %18, align 4
  br label %94

89:                                               ; preds = %87
  br label %90

90:                                               ; preds = %89, %35
  br label %91

91:                                               ; preds = %90
  %92 = load i32, ptr %17, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %17, align 4, !tbaa !5
  br label %21, !llvm.loop !29

94:                                               ; preds = %88, %68, %25
  call void @llvm.lifetime.end.p0(ptr %17) #5
  %95 = load i32, ptr %18, align 4
  switch i32 %95, label %106 [
    i32 2, label %96
  ]

96:                                               ; preds = %94
  %97 = load i32, ptr %14, align 4, !tbaa !5
  %98 = icmp ne i32 %97, 0
  br i1 %98, label %102, label %99

99:                                               ; preds = %96
  %100 = load i32, ptr %15, align 4, !tbaa !5
  %101 = icmp ne i32 %100, -1
  br i1 %101, label %102, label %103

102:                                              ; preds = %99, %96
  store i32 0, ptr %7, align 4
  store i32 1, ptr %18, align 4
  br label %106

103:                                              ; preds = %99
  %104 = load i32, ptr %16, align 4, !tbaa !5
  %105 = load ptr, ptr %11, align 8, !tbaa !27
  store i32 %104, ptr %105, align 4, !tbaa !5
  store i32 1, ptr %7, align 4
  store i32 1, ptr %18, align 4
  br label %106

106:                                              ; preds = %103, %102, %94
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  %107 = load i32, ptr %7, align 4
  ret i32 %107
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @bf_run(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i64 noundef %4) #0 {
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %7, align 8, !tbaa !12
  store ptr %1, ptr %8, align 8, !tbaa !9
  store ptr %2, ptr %9, align 8, !tbaa !30
  store ptr %3, ptr %10, align 8, !tbaa !9
  store i64 %4, ptr %11, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %12) #5
  store i64 0, ptr %12, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 0, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %18

18:                                               ; preds = %181, %5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %19 = load ptr, ptr %7, align 8, !tbaa !12
  %20 = load i32, ptr %14, align 4, !tbaa !5
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds %struct.bf_insn, ptr %19, i64 %21
  store ptr %22, ptr %15, align 8, !tbaa !12
  %23 = load i64, ptr %12, align 8, !tbaa !32
  %24 = add nsw i64 %23, 1
  store i64 %24, ptr %12, align 8, !tbaa !32
  %25 = load i64, ptr %11, align 8, !tbaa !32
  %26 = icmp sgt i64 %24, %25
  br i1 %26, label %27, label %28

27:                                               ; preds = %18
  store i64 -2, ptr %6, align 8
  store i32 1, ptr %16, align 4
  br label %178

28:                                               ; preds = %18
  %29 = load ptr, ptr %15, align 8, !tbaa !12
  %30 = getelementptr inbounds nuw %struct.bf_insn, ptr %29, i32 0, i32 0
  %31 = load i8, ptr %30, align 4, !tbaa !17
  %32 = zext i8 %31 to i32
  switch i32 %32, label %177 [
    i32 0, label %33
    i32 1, label %49
    i32 2, label %62
    i32 3, label %69
    i32 4, label %87
    i32 5, label %99
    i32 6, label %111
    i32 8, label %116
    i32 9, label %153
    i32 7, label %175
  ]

33:                                               ; preds = %28
  %34 = load ptr, ptr %8, align 8, !tbaa !9
  %35 = load i32, ptr %13, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds i8, ptr %34, i64 %36
  %38 = load i8, ptr %37, align 1, !tbaa !14
  %39 = zext i8 %38 to i32
  %40 = load ptr, ptr %15, align 8, !tbaa !12
  %41 = getelementptr inbounds nuw %struct.bf_insn, ptr %40, i32 0, i32 1
  %42 = load i32, ptr %41, align 4, !tbaa !19
  %43 = add nsw i32 %39, %42
  %44 = trunc i32 %43 to i8
  %45 = load ptr, ptr %8, align 8, !tbaa !9
  %46 = load i32, ptr %13, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i8, ptr %45, i64 %47
  store i8 %44, ptr %48, align 1, !tbaa !14
  br label %177

49:                                               ; preds = %28
  %50 = load ptr, ptr %15, align 8, !tbaa !12
  %51 = getelementptr inbounds nuw %struct.bf_insn, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %51, align 4, !tbaa !19
  %53 = load i32, ptr %13, align 4, !tbaa !5
  %54 = add nsw i32 %53, %52
  store i32 %54, ptr %13, align 4, !tbaa !5
  %55 = load i32, ptr %13, align 4, !tbaa !5
  %56 = icmp slt i32 %55, 0
  br i1 %56, label %60, label %57

57:                                               ; preds = %49
  %58 = load i32, ptr %13, align 4, !tbaa !5
  %59 = icmp sge i32 %58, 30000
  br i1 %59, label %60, label %61

60:                                               ; preds = %57, %49
  store i64 -1, ptr %6, align 8
  store i32 1, ptr %16, align 4
  br label %178

61:                                               ; preds = %57
  br label %177

62:                                               ; preds = %28
  %63 = load ptr, ptr %9, align 8, !tbaa !30
  %64 = load ptr, ptr %8, align 8, !tbaa !9
  %65 = load i32, ptr %13, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i8, ptr %64, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !14
  call void @emit_byte(ptr noundef %63, i8 noundef zeroext %68) #6
  br label %177

69:                                               ; preds = %28
  %70 = load ptr, ptr %10, align 8, !tbaa !9
  %71 = load i8, ptr %70, align 1, !tbaa !14
  %72 = sext i8 %71 to i32
  %73 = icmp ne i32 %72, 0
  br i1 %73, label %74, label %79

74:                                               ; preds = %69
  %75 = load ptr, ptr %10, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 1
  store ptr %76, ptr %10, align 8, !tbaa !9
  %77 = load i8, ptr %75, align 1, !tbaa !14
  %78 = sext i8 %77 to i32
  br label %80

79:                                               ; preds = %69
  br label %80

80:                                               ; preds = %79, %74
  %81 = phi i32 [ %78, %74 ], [ 0, %79 ]
  %82 = trunc i32 %81 to i8
  %83 = load ptr, ptr %8, align 8, !tbaa !9
  %84 = load i32, ptr %13, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i8, ptr %83, i64 %85
  store i8 %82, ptr %86, align 1, !tbaa !14
  br label %177

87:                                               ; preds = %28
  %88 = load ptr, ptr %8, align 8, !tbaa !9
  %89 = load i32, ptr %13, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds i8, ptr %88, i64 %90
  %92 = load i8, ptr %91, align 1, !tbaa !14
  %93 = icmp ne i8 %92, 0
  br i1 %93, label %98, label %94

94:                                               ; preds = %87
  %95 = load ptr, ptr %15, align 8, !tbaa !12
  %96 = getelementptr inbounds nuw %struct.bf_insn, ptr %95, i32 0, i32 1
  %97 = load i32, ptr %96, align 4, !tbaa !19
  store i32 %97, ptr %14, align 4, !tbaa !5
  br label %98

98:                                               ; preds = %94, %87
  br label %177

99:                                               ; preds = %28
  %100 = load ptr, ptr %8, align 8, !tbaa !9
  %101 = load i32, ptr %13, align 4, !tbaa !5
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds i8, ptr %100, i64 %102
  %104 = load i8, ptr %103, align 1, !tbaa !14
  %105 = icmp ne i8 %104, 0
  br i1 %105, label %106, label %110

106:                                              ; preds = %99
  %107 = load ptr, ptr %15, align 8, !tbaa !12
  %108 = getelementptr inbounds nuw %struct.bf_insn, ptr %107, i32 0, i32 1
  %109 = load i32, ptr %108, align 4, !tbaa !19
  store i32 %109, ptr %14, align 4, !tbaa !5
  br label %110

110:                                              ; preds = %106, %99
  br label %177

111:                                              ; preds = %28
  %112 = load ptr, ptr %8, align 8, !tbaa !9
  %113 = load i32, ptr %13, align 4, !tbaa !5
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i8, ptr %112, i64 %114
  store i8 0, ptr %115, align 1, !tbaa !14
  br label %177

116:                                              ; preds = %28
  call void @llvm.lifetime.start.p0(ptr %17) #5
  %117 = load i32, ptr %13, align 4, !tbaa !5
  %118 = load ptr, ptr %15, align 8, !tbaa !12
  %119 = getelementptr inbounds nuw %struct.bf_insn, ptr %118, i32 0, i32 2
  %120 = load i32, ptr %119, align 4, !tbaa !20
  %121 = add nsw i32 %117, %120
  store i32 %121, ptr %17, align 4, !tbaa !5
  %122 = load i32, ptr %17, align 4, !tbaa !5
  %123 = icmp slt i32 %122, 0
  br i1 %123, label %127, label %124

124:                                              ; preds = %116
  %125 = load i32, ptr %17, align 4, !tbaa !5
  %126 = icmp sge i32 %125, 30000
  br i1 %126, label %127, label %128

127:                                              ; preds = %124, %116
  store i64 -1, ptr %6, align 8
  store i32 1, ptr %16, align 4
  br label %151

128:                                              ; preds = %124
  %129 = load ptr, ptr %8, align 8, !tbaa !9
  %130 = load i32, ptr %17, align 4, !tbaa !5
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds i8, ptr %129, i64 %131
  %133 = load i8, ptr %132, align 1, !tbaa !14
  %134 = zext i8 %133 to i32
  %135 = load ptr, ptr %8, align 8, !tbaa !9
  %136 = load i32, ptr %13, align 4, !tbaa !5
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds i8, ptr %135, i64 %137
  %139 = load i8, ptr %138, align 1, !tbaa !14
  %140 = zext i8 %139 to i32
  %141 = load ptr, ptr %15, align 8, !tbaa !12
  %142 = getelementptr inbounds nuw %struct.bf_insn, ptr %141, i32 0, i32 1
  %143 = load i32, ptr %142, align 4, !tbaa !19
  %144 = mul nsw i32 %140, %143
  %145 = add nsw i32 %134, %144
  %146 = trunc i32 %145 to i8
  %147 = load ptr, ptr %8, align 8, !tbaa !9
  %148 = load i32, ptr %17, align 4, !tbaa !5
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i8, ptr %147, i64 %149
  store i8 %146, ptr %150, align 1, !tbaa !14
  store i32 5, ptr %16, align 4
  br label %151

151:                                              ; preds = %128, %127
  call void @llvm.lifetime.end.p0(ptr %17) #5
  %152 = load i32, ptr %16, align 4
  switch i32 %152, label %178 [
    i32 5, label %177
  ]

153:                                              ; preds = %28
  br label %154

154:                                              ; preds = %173, %153
  %155 = load ptr, ptr %8, align 8, !tbaa !9
  %156 = load i32, ptr %13, align 4, !tbaa !5
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds i8, ptr %155, i64 %157
  %159 = load i8, ptr %158, align 1, !tbaa !14
  %160 = icmp ne i8 %159, 0
  br i1 %160, label %161, label %174

161:                                              ; preds = %154
  %162 = load ptr, ptr %15, align 8, !tbaa !12
  %163 = getelementptr inbounds nuw %struct.bf_insn, ptr %162, i32 0, i32 1
  %164 = load i32, ptr %163, align 4, !tbaa !19
  %165 = load i32, ptr %13, align 4, !tbaa !5
  %166 = add nsw i32 %165, %164
  store i32 %166, ptr %13, align 4, !tbaa !5
  %167 = load i32, ptr %13, align 4, !tbaa !5
  %168 = icmp slt i32 %167, 0
  br i1 %168, label %172, label %169

169:                                              ; preds = %161
  %170 = load i32, ptr %13, align 4, !tbaa !5
  %171 = icmp sge i32 %170, 30000
  br i1 %171, label %172, label %173

172:                                              ; preds = %169, %161
  store i64 -1, ptr %6, align 8
  store i32 1, ptr %16, align 4
  br label %178

173:                                              ; preds = %169
  br label %154, !llvm.loop !34

174:                                              ; preds = %154
  br label %177

175:                                              ; preds = %28
  %176 = load i64, ptr %12, align 8, !tbaa !32
  store i64 %176, ptr %6, align 8
  store i32 1, ptr %16, align 4
  br label %178

177:                                              ; preds = %28, %174, %151, %111, %110, %98, %80, %62, %61, %33
  store i32 0, ptr %16, align 4
  br label %178

178:                                              ; preds = %177, %175, %172, %151, %60, %27
  call void @llvm.lifetime.end.p0(ptr %15) #5
  %179 = load i32, ptr %16, align 4
  switch i32 %179, label %184 [
    i32 0, label %180
  ]

180:                                              ; preds = %178
  br label %181

181:                                              ; preds = %180
  %182 = load i32, ptr %14, align 4, !tbaa !5
  %183 = add nsw i32 %182, 1
  store i32 %183, ptr %14, align 4, !tbaa !5
  br label %18

184:                                              ; preds = %178
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  %185 = load i64, ptr %6, align 8
  ret i64 %185
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @emit_byte(ptr noundef %0, i8 noundef zeroext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !30
  store i8 %1, ptr %4, align 1, !tbaa !14
  %5 = load ptr, ptr %3, align 8, !tbaa !30
  %6 = getelementptr inbounds nuw %struct.bf_output, ptr %5, i32 0, i32 1
  %7 = load i32, ptr %6, align 4, !tbaa !35
  %8 = icmp slt i32 %7, 255
  br i1 %8, label %9, label %19

9:                                                ; preds = %2
  %10 = load i8, ptr %4, align 1, !tbaa !14
  %11 = load ptr, ptr %3, align 8, !tbaa !30
  %12 = getelementptr inbounds nuw %struct.bf_output, ptr %11, i32 0, i32 0
  %13 = load ptr, ptr %3, align 8, !tbaa !30
  %14 = getelementptr inbounds nuw %struct.bf_output, ptr %13, i32 0, i32 1
  %15 = load i32, ptr %14, align 4, !tbaa !35
  %16 = add nsw i32 %15, 1
  store i32 %16, ptr %14, align 4, !tbaa !35
  %17 = sext i32 %15 to i64
  %18 = getelementptr inbounds [256 x i8], ptr %12, i64 0, i64 %17
  store i8 %10, ptr %18, align 1, !tbaa !14
  br label %19

19:                                               ; preds = %9, %2
  %20 = load ptr, ptr %3, align 8, !tbaa !30
  %21 = getelementptr inbounds nuw %struct.bf_output, ptr %20, i32 0, i32 0
  %22 = load ptr, ptr %3, align 8, !tbaa !30
  %23 = getelementptr inbounds nuw %struct.bf_output, ptr %22, i32 0, i32 1
  %24 = load i32, ptr %23, align 4, !tbaa !35
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [256 x i8], ptr %21, i64 0, i64 %25
  store i8 0, ptr %26, align 1, !tbaa !14
  %27 = load ptr, ptr %3, align 8, !tbaa !30
  %28 = getelementptr inbounds nuw %struct.bf_output, ptr %27, i32 0, i32 2
  %29 = load i32, ptr %28, align 4, !tbaa !37
  %30 = load i8, ptr %4, align 1, !tbaa !14
  %31 = zext i8 %30 to i32
  %32 = xor i32 %29, %31
  %33 = mul i32 %32, 16777619
  %34 = load ptr, ptr %3, align 8, !tbaa !30
  %35 = getelementptr inbounds nuw %struct.bf_output, ptr %34, i32 0, i32 2
  store i32 %33, ptr %35, align 4, !tbaa !37
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @bf_generate_print(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i64 0, ptr %7, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(ptr %8) #5
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %21

21:                                               ; preds = %177, %3
  %22 = load ptr, ptr %4, align 8, !tbaa !9
  %23 = load i8, ptr %22, align 1, !tbaa !14
  %24 = icmp ne i8 %23, 0
  br i1 %24, label %25, label %180

25:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %9) #5
  %26 = load ptr, ptr %4, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !14
  %28 = zext i8 %27 to i32
  store i32 %28, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #5
  %29 = load i32, ptr %9, align 4, !tbaa !5
  %30 = load i32, ptr %8, align 4, !tbaa !5
  %31 = sub nsw i32 %29, %30
  store i32 %31, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #5
  %32 = load i32, ptr %10, align 4, !tbaa !5
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %34, label %37

34:                                               ; preds = %25
  %35 = load i32, ptr %10, align 4, !tbaa !5
  %36 = sub nsw i32 0, %35
  br label %39

37:                                               ; preds = %25
  %38 = load i32, ptr %10, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %37, %34
  %40 = phi i32 [ %36, %34 ], [ %38, %37 ]
  store i32 %40, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #5
  %41 = load i32, ptr %10, align 4, !tbaa !5
  %42 = icmp slt i32 %41, 0
  %43 = zext i1 %42 to i64
  %44 = select i1 %42, i32 45, i32 43
  %45 = trunc i32 %44 to i8
  store i8 %45, ptr %12, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %13) #5
  store i32 1, ptr %13, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %54, %39
  %47 = load i32, ptr %13, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  %49 = load i32, ptr %13, align 4, !tbaa !5
  %50 = add nsw i32 %49, 1
  %51 = mul nsw i32 %48, %50
  %52 = load i32, ptr %11, align 4, !tbaa !5
  %53 = icmp sle i32 %51, %52
  br i1 %53, label %54, label %57

54:                                               ; preds = %46
  %55 = load i32, ptr %13, align 4, !tbaa !5
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %13, align 4, !tbaa !5
  br label %46, !llvm.loop !38

57:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %14) #5
  %58 = load i32, ptr %11, align 4, !tbaa !5
  %59 = load i32, ptr %13, align 4, !tbaa !5
  %60 = sdiv i32 %58, %59
  store i32 %60, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %61 = load i32, ptr %11, align 4, !tbaa !5
  %62 = load i32, ptr %13, align 4, !tbaa !5
  %63 = srem i32 %61, %62
  store i32 %63, ptr %15, align 4, !tbaa !5
  %64 = load i64, ptr %7, align 8, !tbaa !32
  %65 = load i32, ptr %13, align 4, !tbaa !5
  %66 = load i32, ptr %14, align 4, !tbaa !5
  %67 = add nsw i32 %65, %66
  %68 = load i32, ptr %15, align 4, !tbaa !5
  %69 = add nsw i32 %67, %68
  %70 = sext i32 %69 to i64
  %71 = add i64 %64, %70
  %72 = add i64 %71, 16
  %73 = load i64, ptr %6, align 8, !tbaa !32
  %74 = icmp uge i64 %72, %73
  br i1 %74, label %75, label %76

75:                                               ; preds = %57
  store i32 2, ptr %16, align 4
  br label %174

76:                                               ; preds = %57
  %77 = load i32, ptr %11, align 4, !tbaa !5
  %78 = icmp sge i32 %77, 16
  br i1 %78, label %79, label %152

79:                                               ; preds = %76
  %80 = load ptr, ptr %5, align 8, !tbaa !9
  %81 = load i64, ptr %7, align 8, !tbaa !32
  %82 = add i64 %81, 1
  store i64 %82, ptr %7, align 8, !tbaa !32
  %83 = getelementptr inbounds nuw i8, ptr %80, i64 %81
  store i8 62, ptr %83, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %17) #5
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %84

84:                                               ; preds = %94, %79
  %85 = load i32, ptr %17, align 4, !tbaa !5
  %86 = load i32, ptr %13, align 4, !tbaa !5
  %87 = icmp slt i32 %85, %86
  br i1 %87, label %89, label %88

88:                                               ; preds = %84
  store i32 7, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %17) #5
  br label %97

89:                                               ; preds = %84
  %90 = load ptr, ptr %5, align 8, !tbaa !9
  %91 = load i64, ptr %7, align 8, !tbaa !32
  %92 = add i64 %91, 1
  store i64 %92, ptr %7, align 8, !tbaa !32
  %93 = getelementptr inbounds nuw i8, ptr %90, i64 %91
  store i8 43, ptr %93, align 1, !tbaa !14
  br label %94

94:                                               ; preds = %89
  %95 = load i32, ptr %17, align 4, !tbaa !5
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %17, align 4, !tbaa !5
  br label %84, !llvm.loop !39

97:                                               ; preds = %88
  %98 = load ptr, ptr %5, align 8, !tbaa !9
  %99 = load i64, ptr %7, align 8, !tbaa !32
  %100 = add i64 %99, 1
  store i64 %100, ptr %7, align 8, !tbaa !32
  %101 = getelementptr inbounds nuw i8, ptr %98, i64 %99
  store i8 91, ptr %101, align 1, !tbaa !14
  %102 = load ptr, ptr %5, align 8, !tbaa !9
  %103 = load i64, ptr %7, align 8, !tbaa !32
  %104 = add i64 %103, 1
  store i64 %104, ptr %7, align 8, !tbaa !32
  %105 = getelementptr inbounds nuw i8, ptr %102, i64 %103
  store i8 60, ptr %105, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %18) #5
  store i32 0, ptr %18, align 4, !tbaa !5
  br label %106

106:                                              ; preds = %117, %97
  %107 = load i32, ptr %18, align 4, !tbaa !5
  %108 = load i32, ptr %14, align 4, !tbaa !5
  %109 = icmp slt i32 %107, %108
  br i1 %109, label %111, label %110

110:                                              ; preds = %106
  store i32 10, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %18) #5
  br label %120

111:                                              ; preds = %106
  %112 = load i8, ptr %12, align 1, !tbaa !14
  %113 = load ptr, ptr %5, align 8, !tbaa !9
  %114 = load i64, ptr %7, align 8, !tbaa !32
  %115 = add i64 %114, 1
  store i64 %115, ptr %7, align 8, !tbaa !32
  %116 = getelementptr inbounds nuw i8, ptr %113, i64 %114
  store i8 %112, ptr %116, align 1, !tbaa !14
  br label %117

117:                                              ; preds = %111
  %118 = load i32, ptr %18, align 4, !tbaa !5
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %18, align 4, !tbaa !5
  br label %106, !llvm.loop !40

120:                                              ; preds = %110
  %121 = load ptr, ptr %5, align 8, !tbaa !9
  %122 = load i64, ptr %7, align 8, !tbaa !32
  %123 = add i64 %122, 1
  store i64 %123, ptr %7, align 8, !tbaa !32
  %124 = getelementptr inbounds nuw i8, ptr %121, i64 %122
  store i8 62, ptr %124, align 1, !tbaa !14
  %125 = load ptr, ptr %5, align 8, !tbaa !9
  %126 = load i64, ptr %7, align 8, !tbaa !32
  %127 = add i64 %126, 1
  store i64 %127, ptr %7, align 8, !tbaa !32
  %128 = getelementptr inbounds nuw i8, ptr %125, i64 %126
  store i8 45, ptr %128, align 1, !tbaa !14
  %129 = load ptr, ptr %5, align 8, !tbaa !9
  %130 = load i64, ptr %7, align 8, !tbaa !32
  %131 = add i64 %130, 1
  store i64 %131, ptr %7, align 8, !tbaa !32
  %132 = getelementptr inbounds nuw i8, ptr %129, i64 %130
  store i8 93, ptr %132, align 1, !tbaa !14
  %133 = load ptr, ptr %5, align 8, !tbaa !9
  %134 = load i64, ptr %7, align 8, !tbaa !32
  %135 = add i64 %134, 1
  store i64 %135, ptr %7, align 8, !tbaa !32
  %136 = getelementptr inbounds nuw i8, ptr %133, i64 %134
  store i8 60, ptr %136, align 1, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %19) #5
  store i32 0, ptr %19, align 4, !tbaa !5
  br label %137

137:                                              ; preds = %148, %120
  %138 = load i32, ptr %19, align 4, !tbaa !5
  %139 = load i32, ptr %15, align 4, !tbaa !5
  %140 = icmp slt i32 %138, %139
  br i1 %140, label %142, label %141

141:                                              ; preds = %137
  store i32 13, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #5
  br label %151

142:                                              ; preds = %137
  %143 = load i8, ptr %12, align 1, !tbaa !14
  %144 = load ptr, ptr %5, align 8, !tbaa !9
  %145 = load i64, ptr %7, align 8, !tbaa !32
  %146 = add i64 %145, 1
  store i64 %146, ptr %7, align 8, !tbaa !32
  %147 = getelementptr inbounds nuw i8, ptr %144, i64 %145
  store i8 %143, ptr %147, align 1, !tbaa !14
  br label %148

148:                                              ; preds = %142
  %149 = load i32, ptr %19, align 4, !tbaa !5
  %150 = add nsw i32 %149, 1
  store i32 %150, ptr %19, align 4, !tbaa !5
  br label %137, !llvm.loop !41

151:                                              ; preds = %141
  br label %168

152:                                              ; preds = %76
  call void @llvm.lifetime.start.p0(ptr %20) #5
  store i32 0, ptr %20, align 4, !tbaa !5
  br label %153

153:                                              ; preds = %164, %152
  %154 = load i32, ptr %20, align 4, !tbaa !5
  %155 = load i32, ptr %11, align 4, !tbaa !5
  %156 = icmp slt i32 %154, %155
  br i1 %156, label %158, label %157

157:                                              ; preds = %153
  store i32 16, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %20) #5
  br label %167

158:                                              ; preds = %153
  %159 = load i8, ptr %12, align 1, !tbaa !14
  %160 = load ptr, ptr %5, align 8, !tbaa !9
  %161 = load i64, ptr %7, align 8, !tbaa !32
  %162 = add i64 %161, 1
  store i64 %162, ptr %7, align 8, !tbaa !32
  %163 = getelementptr inbounds nuw i8, ptr %160, i64 %161
  store i8 %159, ptr %163, align 1, !tbaa !14
  br label %164

164:                                              ; preds = %158
  %165 = load i32, ptr %20, align 4, !tbaa !5
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %20, align 4, !tbaa !5
  br label %153, !llvm.loop !42

167:                                              ; preds = %157
  br label %168

168:                                              ; preds = %167, %151
  %169 = load ptr, ptr %5, align 8, !tbaa !9
  %170 = load i64, ptr %7, align 8, !tbaa !32
  %171 = add i64 %170, 1
  store i64 %171, ptr %7, align 8, !tbaa !32
  %172 = getelementptr inbounds nuw i8, ptr %169, i64 %170
  store i8 46, ptr %172, align 1, !tbaa !14
  %173 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %173, ptr %8, align 4, !tbaa !5
  store i32 0, ptr %16, align 4
  br label %174

174:                                              ; preds = %168, %75
  call void @llvm.lifetime.end.p0(ptr %15) #5
  call void @llvm.lifetime.end.p0(ptr %14) #5
  call void @llvm.lifetime.end.p0(ptr %13) #5
  call void @llvm.lifetime.end.p0(ptr %12) #5
  call void @llvm.lifetime.end.p0(ptr %11) #5
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  %175 = load i32, ptr %16, align 4
  switch i32 %175, label %185 [
    i32 0, label %176
    i32 2, label %180
  ]

176:                                              ; preds = %174
  br label %177

177:                                              ; preds = %176
  %178 = load ptr, ptr %4, align 8, !tbaa !9
  %179 = getelementptr inbounds nuw i8, ptr %178, i32 1
  store ptr %179, ptr %4, align 8, !tbaa !9
  br label %21, !llvm.loop !43

180:                                              ; preds = %174, %21
  %181 = load ptr, ptr %5, align 8, !tbaa !9
  %182 = load i64, ptr %7, align 8, !tbaa !32
  %183 = getelementptr inbounds nuw i8, ptr %181, i64 %182
  store i8 0, ptr %183, align 1, !tbaa !14
  %184 = load i64, ptr %7, align 8, !tbaa !32
  store i32 1, ptr %16, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  ret i64 %184

185:                                              ; preds = %174
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [5 x ptr], align 16
  %3 = alloca [5 x ptr], align 16
  %4 = alloca i32, align 4
  %5 = alloca [5 x i32], align 16
  %6 = alloca [2 x i64], align 16
  %7 = alloca i32, align 4
  %8 = alloca [2 x i32], align 4
  %9 = alloca %struct.bf_output, align 4
  %10 = alloca %struct.bf_output, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca ptr, align 8
  %17 = alloca %struct.bf_output, align 4
  store i32 0, ptr %1, align 4
  %18 = call i64 @bf_generate_print(ptr noundef @.str, ptr noundef @main.generated, i64 noundef 2048) #6
  call void @llvm.lifetime.start.p0(ptr %2) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.srcs, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #5
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %3, ptr align 16 @__const.main.inputs, i64 40, i1 false)
  call void @llvm.lifetime.start.p0(ptr %4) #5
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #5
  call void @llvm.memset.p0.i64(ptr align 16 %5, i8 0, i64 20, i1 false)
  call void @llvm.lifetime.start.p0(ptr %6) #5
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #5
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #5
  call void @llvm.memset.p0.i64(ptr align 4 %8, i8 0, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(ptr %9) #5
  call void @llvm.memset.p0.i64(ptr align 4 %9, i8 0, i64 264, i1 false)
  call void @llvm.lifetime.start.p0(ptr %10) #5
  call void @llvm.memset.p0.i64(ptr align 4 %10, i8 0, i64 264, i1 false)
  call void @llvm.lifetime.start.p0(ptr %11) #5
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %122, %0
  %20 = load i32, ptr %11, align 4, !tbaa !5
  %21 = icmp slt i32 %20, 4
  br i1 %21, label %23, label %22

22:                                               ; preds = %19
  store i32 2, ptr %12, align 4
  br label %125

23:                                               ; preds = %19
  call void @llvm.lifetime.start.p0(ptr %13) #5
  %24 = load i32, ptr %11, align 4, !tbaa !5
  %25 = and i32 %24, 1
  store i32 %25, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #5
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %26

26:                                               ; preds = %113, %23
  %27 = load i32, ptr %14, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 5
  br i1 %28, label %30, label %29

29:                                               ; preds = %26
  store i32 5, ptr %12, align 4
  br label %116

30:                                               ; preds = %26
  call void @llvm.lifetime.start.p0(ptr %15) #5
  %31 = load i32, ptr %14, align 4, !tbaa !5
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [5 x ptr], ptr %2, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = call i32 @bf_compile(ptr noundef %34, ptr noundef @main.prog, i32 noundef 4096) #6
  store i32 %35, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %16) #5
  store ptr @main.prog, ptr %16, align 8, !tbaa !12
  %36 = load i32, ptr %15, align 4, !tbaa !5
  %37 = icmp sge i32 %36, 0
  br i1 %37, label %38, label %44

38:                                               ; preds = %30
  %39 = load i32, ptr %13, align 4, !tbaa !5
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %44

41:                                               ; preds = %38
  %42 = load i32, ptr %15, align 4, !tbaa !5
  %43 = call i32 @bf_optimize(ptr noundef @main.prog, i32 noundef %42, ptr noundef @main.opt, i32 noundef 4096) #6
  store i32 %43, ptr %15, align 4, !tbaa !5
  store ptr @main.opt, ptr %16, align 8, !tbaa !12
  br label %44

44:                                               ; preds = %41, %38, %30
  %45 = load i32, ptr %15, align 4, !tbaa !5
  %46 = icmp slt i32 %45, 0
  br i1 %46, label %47, label %50

47:                                               ; preds = %44
  %48 = load i32, ptr %14, align 4, !tbaa !5
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %48) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %12, align 4
  br label %110

50:                                               ; preds = %44
  call void @llvm.memset.p0.i64(ptr align 16 @main.tape, i8 0, i64 30000, i1 false)
  call void @llvm.lifetime.start.p0(ptr %17) #5
  call void @llvm.memset.p0.i64(ptr align 4 %17, i8 0, i64 264, i1 false)
  %51 = getelementptr inbounds %struct.bf_output, ptr %17, i32 0, i32 2
  store i32 -2128831035, ptr %51, align 4
  %52 = load ptr, ptr %16, align 8, !tbaa !12
  %53 = load i32, ptr %14, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [5 x ptr], ptr %3, i64 0, i64 %54
  %56 = load ptr, ptr %55, align 8, !tbaa !9
  %57 = call i64 @bf_run(ptr noundef %52, ptr noundef @main.tape, ptr noundef %17, ptr noundef %56, i64 noundef 10000000) #6
  %58 = load i32, ptr %13, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [2 x i64], ptr %6, i64 0, i64 %59
  %61 = load i64, ptr %60, align 8, !tbaa !32
  %62 = add nsw i64 %61, %57
  store i64 %62, ptr %60, align 8, !tbaa !32
  %63 = load i32, ptr %11, align 4, !tbaa !5
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %71

65:                                               ; preds = %50
  %66 = getelementptr inbounds nuw %struct.bf_output, ptr %17, i32 0, i32 2
  %67 = load i32, ptr %66, align 4, !tbaa !37
  %68 = load i32, ptr %14, align 4, !tbaa !5
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 %69
  store i32 %67, ptr %70, align 4, !tbaa !5
  br label %83

71:                                               ; preds = %50
  %72 = getelementptr inbounds nuw %struct.bf_output, ptr %17, i32 0, i32 2
  %73 = load i32, ptr %72, align 4, !tbaa !37
  %74 = load i32, ptr %14, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [5 x i32], ptr %5, i64 0, i64 %75
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = icmp ne i32 %73, %77
  br i1 %78, label %79, label %82

79:                                               ; preds = %71
  %80 = load i32, ptr %7, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %7, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %79, %71
  br label %83

83:                                               ; preds = %82, %65
  %84 = load i32, ptr %11, align 4, !tbaa !5
  %85 = icmp slt i32 %84, 2
  br i1 %85, label %86, label %93

86:                                               ; preds = %83
  %87 = load i32, ptr %15, align 4, !tbaa !5
  %88 = load i32, ptr %13, align 4, !tbaa !5
  %89 = sext i32 %88 to i64
  %90 = getelementptr inbounds [2 x i32], ptr %8, i64 0, i64 %89
  %91 = load i32, ptr %90, align 4, !tbaa !5
  %92 = add nsw i32 %91, %87
  store i32 %92, ptr %90, align 4, !tbaa !5
  br label %93

93:                                               ; preds = %86, %83
  %94 = load i32, ptr %4, align 4, !tbaa !5
  %95 = mul i32 %94, 31
  %96 = getelementptr inbounds nuw %struct.bf_output, ptr %17, i32 0, i32 2
  %97 = load i32, ptr %96, align 4, !tbaa !37
  %98 = add i32 %95, %97
  %99 = getelementptr inbounds nuw %struct.bf_output, ptr %17, i32 0, i32 1
  %100 = load i32, ptr %99, align 4, !tbaa !35
  %101 = add i32 %98, %100
  store i32 %101, ptr %4, align 4, !tbaa !5
  %102 = load i32, ptr %14, align 4, !tbaa !5
  %103 = icmp eq i32 %102, 0
  br i1 %103, label %104, label %105

104:                                              ; preds = %93
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %9, ptr align 4 %17, i64 264, i1 false), !tbaa.struct !44
  br label %105

105:                                              ; preds = %104, %93
  %106 = load i32, ptr %14, align 4, !tbaa !5
  %107 = icmp eq i32 %106, 4
  br i1 %107, label %108, label %109

108:                                              ; preds = %105
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 4 %17, i64 264, i1 false), !tbaa.struct !44
  br label %109

109:                                              ; preds = %108, %105
  call void @llvm.lifetime.end.p0(ptr %17) #5
  store i32 0, ptr %12, align 4
  br label %110

110:                                              ; preds = %109, %47
  call void @llvm.lifetime.end.p0(ptr %16) #5
  call void @llvm.lifetime.end.p0(ptr %15) #5
  %111 = load i32, ptr %12, align 4
  switch i32 %111, label %116 [
    i32 0, label %112
  ]

112:                                              ; preds = %110
  br label %113

113:                                              ; preds = %112
  %114 = load i32, ptr %14, align 4, !tbaa !5
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %14, align 4, !tbaa !5
  br label %26, !llvm.loop !45

116:                                              ; preds = %110, %29
  call void @llvm.lifetime.end.p0(ptr %14) #5
  %117 = load i32, ptr %12, align 4
  switch i32 %117, label %119 [
    i32 5, label %118
  ]

118:                                              ; preds = %116
  store i32 0, ptr %12, align 4
  br label %119

119:                                              ; preds = %118, %116
  call void @llvm.lifetime.end.p0(ptr %13) #5
  %120 = load i32, ptr %12, align 4
  switch i32 %120, label %125 [
    i32 0, label %121
  ]

121:                                              ; preds = %119
  br label %122

122:                                              ; preds = %121
  %123 = load i32, ptr %11, align 4, !tbaa !5
  %124 = add nsw i32 %123, 1
  store i32 %124, ptr %11, align 4, !tbaa !5
  br label %19, !llvm.loop !46

125:                                              ; preds = %119, %22
  call void @llvm.lifetime.end.p0(ptr %11) #5
  %126 = load i32, ptr %12, align 4
  switch i32 %126, label %165 [
    i32 2, label %127
  ]

127:                                              ; preds = %125
  %128 = getelementptr inbounds nuw %struct.bf_output, ptr %9, i32 0, i32 1
  %129 = load i32, ptr %128, align 4, !tbaa !35
  %130 = icmp ne i32 %129, 0
  br i1 %130, label %131, label %148

131:                                              ; preds = %127
  %132 = getelementptr inbounds nuw %struct.bf_output, ptr %9, i32 0, i32 0
  %133 = getelementptr inbounds nuw %struct.bf_output, ptr %9, i32 0, i32 1
  %134 = load i32, ptr %133, align 4, !tbaa !35
  %135 = sub nsw i32 %134, 1
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds [256 x i8], ptr %132, i64 0, i64 %136
  %138 = load i8, ptr %137, align 1, !tbaa !14
  %139 = sext i8 %138 to i32
  %140 = icmp eq i32 %139, 10
  br i1 %140, label %141, label %148

141:                                              ; preds = %131
  %142 = getelementptr inbounds nuw %struct.bf_output, ptr %9, i32 0, i32 0
  %143 = getelementptr inbounds nuw %struct.bf_output, ptr %9, i32 0, i32 1
  %144 = load i32, ptr %143, align 4, !tbaa !35
  %145 = add nsw i32 %144, -1
  store i32 %145, ptr %143, align 4, !tbaa !35
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [256 x i8], ptr %142, i64 0, i64 %146
  store i8 0, ptr %147, align 1, !tbaa !14
  br label %148

148:                                              ; preds = %141, %131, %127
  %149 = getelementptr inbounds nuw %struct.bf_output, ptr %9, i32 0, i32 0
  %150 = getelementptr inbounds [256 x i8], ptr %149, i64 0, i64 0
  %151 = getelementptr inbounds nuw %struct.bf_output, ptr %10, i32 0, i32 0
  %152 = getelementptr inbounds [256 x i8], ptr %151, i64 0, i64 0
  %153 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %150, ptr noundef %152) #6
  %154 = getelementptr inbounds [2 x i32], ptr %8, i64 0, i64 0
  %155 = load i32, ptr %154, align 4, !tbaa !5
  %156 = getelementptr inbounds [2 x i32], ptr %8, i64 0, i64 1
  %157 = load i32, ptr %156, align 4, !tbaa !5
  %158 = getelementptr inbounds [2 x i64], ptr %6, i64 0, i64 0
  %159 = load i64, ptr %158, align 16, !tbaa !32
  %160 = getelementptr inbounds [2 x i64], ptr %6, i64 0, i64 1
  %161 = load i64, ptr %160, align 8, !tbaa !32
  %162 = load i32, ptr %7, align 4, !tbaa !5
  %163 = load i32, ptr %4, align 4, !tbaa !5
  %164 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %155, i32 noundef %157, i64 noundef %159, i64 noundef %161, i32 noundef %162, i32 noundef %163) #6
  store i32 0, ptr %1, align 4
  store i32 1, ptr %12, align 4
  br label %165

165:                                              ; preds = %148, %125
  call void @llvm.lifetime.end.p0(ptr %10) #5
  call void @llvm.lifetime.end.p0(ptr %9) #5
  call void @llvm.lifetime.end.p0(ptr %8) #5
  call void @llvm.lifetime.end.p0(ptr %7) #5
  call void @llvm.lifetime.end.p0(ptr %6) #5
  call void @llvm.lifetime.end.p0(ptr %5) #5
  call void @llvm.lifetime.end.p0(ptr %4) #5
  call void @llvm.lifetime.end.p0(ptr %3) #5
  call void @llvm.lifetime.end.p0(ptr %2) #5
  %166 = load i32, ptr %1, align 4
  ret i32 %166
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 _ZTS7bf_insn", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!18, !7, i64 0}
!18 = !{!"bf_insn", !7, i64 0, !6, i64 4, !6, i64 8}
!19 = !{!18, !6, i64 4}
!20 = !{!18, !6, i64 8}
!21 = !{i64 0, i64 1, !14, i64 4, i64 4, !5, i64 8, i64 4, !5}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = !{!28, !28, i64 0}
!28 = !{!"p1 int", !11, i64 0}
!29 = distinct !{!29, !16}
!30 = !{!31, !31, i64 0}
!31 = !{!"p1 _ZTS9bf_output", !11, i64 0}
!32 = !{!33, !33, i64 0}
!33 = !{!"long", !7, i64 0}
!34 = distinct !{!34, !16}
!35 = !{!36, !6, i64 256}
!36 = !{!"bf_output", !7, i64 0, !6, i64 256, !6, i64 260}
!37 = !{!36, !6, i64 260}
!38 = distinct !{!38, !16}
!39 = distinct !{!39, !16}
!40 = distinct !{!40, !16}
!41 = distinct !{!41, !16}
!42 = distinct !{!42, !16}
!43 = distinct !{!43, !16}
!44 = !{i64 0, i64 256, !14, i64 256, i64 4, !5, i64 260, i64 4, !5}
!45 = distinct !{!45, !16}
!46 = distinct !{!46, !16}
