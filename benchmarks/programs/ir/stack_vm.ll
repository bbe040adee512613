; ModuleID = 'stack_vm.c'
source_filename = "stack_vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.vm = type { [512 x i32], i32, [256 x i32], i32, [256 x i32], i32, [64 x i32], i32, i64, i32, i32 }
%struct.label = type { [16 x i8], i32 }

@main.m = internal global %struct.vm zeroinitializer, align 8
@programs = internal constant [8 x ptr] [ptr @.str.30, ptr @.str.31, ptr @.str.32, ptr @.str.33, ptr @.str.34, ptr @.str.35, ptr @.str.36, ptr @.str.37], align 16
@.str = private unnamed_addr constant [65 x i8] c"halted=%d underflow=%d div0=%d steplimit=%d steps=%ld hash=%08x\0A\00", align 1
@op_names = internal constant [29 x ptr] [ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12, ptr @.str.13, ptr @.str.14, ptr @.str.15, ptr @.str.16, ptr @.str.17, ptr @.str.18, ptr @.str.19, ptr @.str.20, ptr @.str.21, ptr @.str.22, ptr @.str.23, ptr @.str.24, ptr @.str.25, ptr @.str.26, ptr @.str.27, ptr @.str.28, ptr @.str.29], align 16
@.str.1 = private unnamed_addr constant [5 x i8] c"halt\00", align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"push\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"pop\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"dup\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"swap\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"div\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"mod\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"and\00", align 1
@.str.14 = private unnamed_addr constant [3 x i8] c"or\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"xor\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"shl\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"shr\00", align 1
@.str.18 = private unnamed_addr constant [3 x i8] c"eq\00", align 1
@.str.19 = private unnamed_addr constant [3 x i8] c"lt\00", align 1
@.str.20 = private unnamed_addr constant [3 x i8] c"gt\00", align 1
@.str.21 = private unnamed_addr constant [4 x i8] c"not\00", align 1
@.str.22 = private unnamed_addr constant [4 x i8] c"jmp\00", align 1
@.str.23 = private unnamed_addr constant [3 x i8] c"jz\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c"jnz\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"call\00", align 1
@.str.26 = private unnamed_addr constant [4 x i8] c"ret\00", align 1
@.str.27 = private unnamed_addr constant [5 x i8] c"load\00", align 1
@.str.28 = private unnamed_addr constant [6 x i8] c"store\00", align 1
@.str.29 = private unnamed_addr constant [6 x i8] c"print\00", align 1
@.str.30 = private unnamed_addr constant [140 x i8] c"push 0 store 0 push 1000 store 1\0Aloop: load 1 jz done load 0 load 1 add store 0 load 1 push 1 sub store 1 jmp loop\0Adone: load 0 print halt\0A\00", align 1
@.str.31 = private unnamed_addr constant [166 x i8] c"push 0 store 0 push 1 store 1 push 40 store 2\0Anext: load 2 jz end load 0 print load 0 load 1 add load 1 store 0 store 1\0Aload 2 push 1 sub store 2 jmp next\0Aend: halt\0A\00", align 1
@.str.32 = private unnamed_addr constant [113 x i8] c"push 12 call fact print halt\0Afact: dup push 2 lt jnz base dup push 1 sub call fact mul ret\0Abase: pop push 1 ret\0A\00", align 1
@.str.33 = private unnamed_addr constant [255 x i8] c"push 2 store 0\0Aouter: load 0 push 300 lt jz fin push 2 store 1\0Ainner: load 1 load 1 mul load 0 gt jnz isprime load 0 load 1 mod jz notprime\0Aload 1 push 1 add store 1 jmp inner\0Aisprime: load 0 print\0Anotprime: load 0 push 1 add store 0 jmp outer\0Afin: halt\0A\00", align 1
@.str.34 = private unnamed_addr constant [223 x i8] c"push 27 store 0 push 0 store 1\0Ac: load 0 push 1 eq jnz out load 0 push 1 and jz even\0Aload 0 push 3 mul push 1 add store 0 jmp inc\0Aeven: load 0 push 1 shr store 0\0Ainc: load 1 push 1 add store 1 jmp c\0Aout: load 1 print halt\0A\00", align 1
@.str.35 = private unnamed_addr constant [17 x i8] c"push 1 add halt\0A\00", align 1
@.str.36 = private unnamed_addr constant [24 x i8] c"push 5 push 0 div halt\0A\00", align 1
@.str.37 = private unnamed_addr constant [27 x i8] c"spin: push 1 pop jmp spin\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @assemble(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca [32 x %struct.label], align 16
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  %18 = alloca ptr, align 8
  %19 = alloca i64, align 8
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i64, align 8
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !12
  store i32 %2, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  call void @llvm.lifetime.start.p0(ptr %9) #8
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %25

25:                                               ; preds = %360, %3
  %26 = load i32, ptr %10, align 4, !tbaa !5
  %27 = icmp slt i32 %26, 2
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  store i32 2, ptr %11, align 4
  br label %363

29:                                               ; preds = %25
  call void @llvm.lifetime.start.p0(ptr %12) #8
  store i32 0, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %30 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %30, ptr %13, align 8, !tbaa !9
  br label %31

31:                                               ; preds = %350, %348, %79, %29
  %32 = load ptr, ptr %13, align 8, !tbaa !9
  %33 = load i8, ptr %32, align 1, !tbaa !14
  %34 = icmp ne i8 %33, 0
  br i1 %34, label %35, label %351

35:                                               ; preds = %31
  br label %36

36:                                               ; preds = %55, %35
  %37 = load ptr, ptr %13, align 8, !tbaa !9
  %38 = load i8, ptr %37, align 1, !tbaa !14
  %39 = sext i8 %38 to i32
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %41, label %53

41:                                               ; preds = %36
  %42 = call ptr @__ctype_b_loc() #9
  %43 = load ptr, ptr %42, align 8, !tbaa !15
  %44 = load ptr, ptr %13, align 8, !tbaa !9
  %45 = load i8, ptr %44, align 1, !tbaa !14
  %46 = zext i8 %45 to i32
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i16, ptr %43, i64 %47
  %49 = load i16, ptr %48, align 2, !tbaa !17
  %50 = zext i16 %49 to i32
  %51 = and i32 %50, 8192
  %52 = icmp ne i32 %51, 0
  br label %53

53:                                               ; preds = %41, %36
  %54 = phi i1 [ false, %36 ], [ %52, %41 ]
  br i1 %54, label %55, label %58

55:                                               ; preds = %53
  %56 = load ptr, ptr %13, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw i8, ptr %56, i32 1
  store ptr %57, ptr %13, align 8, !tbaa !9
  br label %36, !llvm.loop !19

58:                                               ; preds = %53
  %59 = load ptr, ptr %13, align 8, !tbaa !9
  %60 = load i8, ptr %59, align 1, !tbaa !14
  %61 = sext i8 %60 to i32
  %62 = icmp eq i32 %61, 59
  br i1 %62, label %63, label %80

63:                                               ; preds = %58
  br label %64

64:                                               ; preds = %76, %63
  %65 = load ptr, ptr %13, align 8, !tbaa !9
  %66 = load i8, ptr %65, align 1, !tbaa !14
  %67 = sext i8 %66 to i32
  %68 = icmp ne i32 %67, 0
  br i1 %68, label %69, label %74

69:                                               ; preds = %64
  %70 = load ptr, ptr %13, align 8, !tbaa !9
  %71 = load i8, ptr %70, align 1, !tbaa !14
  %72 = sext i8 %71 to i32
  %73 = icmp ne i32 %72, 10
  br label %74

74:                                               ; preds = %69, %64
  %75 = phi i1 [ false, %64 ], [ %73, %69 ]
  br i1 %75, label %76, label %79

76:                                               ; preds = %74
  %77 = load ptr, ptr %13, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw i8, ptr %77, i32 1
  store ptr %78, ptr %13, align 8, !tbaa !9
  br label %64, !llvm.loop !21

79:                                               ; preds = %74
  br label %31, !llvm.loop !22

80:                                               ; preds = %58
  %81 = load ptr, ptr %13, align 8, !tbaa !9
  %82 = load i8, ptr %81, align 1, !tbaa !14
  %83 = icmp ne i8 %82, 0
  br i1 %83, label %85, label %84

84:                                               ; preds = %80
  br label %351

85:                                               ; preds = %80
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %86 = load ptr, ptr %13, align 8, !tbaa !9
  store ptr %86, ptr %14, align 8, !tbaa !9
  br label %87

87:                                               ; preds = %107, %85
  %88 = load ptr, ptr %13, align 8, !tbaa !9
  %89 = load i8, ptr %88, align 1, !tbaa !14
  %90 = sext i8 %89 to i32
  %91 = icmp ne i32 %90, 0
  br i1 %91, label %92, label %105

92:                                               ; preds = %87
  %93 = call ptr @__ctype_b_loc() #9
  %94 = load ptr, ptr %93, align 8, !tbaa !15
  %95 = load ptr, ptr %13, align 8, !tbaa !9
  %96 = load i8, ptr %95, align 1, !tbaa !14
  %97 = zext i8 %96 to i32
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds i16, ptr %94, i64 %98
  %100 = load i16, ptr %99, align 2, !tbaa !17
  %101 = zext i16 %100 to i32
  %102 = and i32 %101, 8192
  %103 = icmp ne i32 %102, 0
  %104 = xor i1 %103, true
  br label %105

105:                                              ; preds = %92, %87
  %106 = phi i1 [ false, %87 ], [ %104, %92 ]
  br i1 %106, label %107, label %110

107:                                              ; preds = %105
  %108 = load ptr, ptr %13, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw i8, ptr %108, i32 1
  store ptr %109, ptr %13, align 8, !tbaa !9
  br label %87, !llvm.loop !23

110:                                              ; preds = %105
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %111 = load ptr, ptr %13, align 8, !tbaa !9
  %112 = load ptr, ptr %14, align 8, !tbaa !9
  %113 = ptrtoint ptr %111 to i64
  %114 = ptrtoint ptr %112 to i64
  %115 = sub i64 %113, %114
  store i64 %115, ptr %15, align 8, !tbaa !24
  %116 = load ptr, ptr %14, align 8, !tbaa !9
  %117 = load i64, ptr %15, align 8, !tbaa !24
  %118 = sub i64 %117, 1
  %119 = getelementptr inbounds nuw i8, ptr %116, i64 %118
  %120 = load i8, ptr %119, align 1, !tbaa !14
  %121 = sext i8 %120 to i32
  %122 = icmp eq i32 %121, 58
  br i1 %122, label %123, label %160

123:                                              ; preds = %110
  %124 = load i32, ptr %10, align 4, !tbaa !5
  %125 = icmp eq i32 %124, 0
  br i1 %125, label %126, label %159

126:                                              ; preds = %123
  %127 = load i32, ptr %9, align 4, !tbaa !5
  %128 = icmp slt i32 %127, 32
  br i1 %128, label %129, label %159

129:                                              ; preds = %126
  call void @llvm.lifetime.start.p0(ptr %16) #8
  %130 = load i64, ptr %15, align 8, !tbaa !24
  %131 = sub i64 %130, 1
  %132 = icmp ult i64 %131, 15
  br i1 %132, label %133, label %136

133:                                              ; preds = %129
  %134 = load i64, ptr %15, align 8, !tbaa !24
  %135 = sub i64 %134, 1
  br label %137

136:                                              ; preds = %129
  br label %137

137:                                              ; preds = %136, %133
  %138 = phi i64 [ %135, %133 ], [ 15, %136 ]
  store i64 %138, ptr %16, align 8, !tbaa !24
  %139 = load i32, ptr %9, align 4, !tbaa !5
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [32 x %struct.label], ptr %8, i64 0, i64 %140
  %142 = getelementptr inbounds nuw %struct.label, ptr %141, i32 0, i32 0
  %143 = getelementptr inbounds [16 x i8], ptr %142, i64 0, i64 0
  %144 = load ptr, ptr %14, align 8, !tbaa !9
  %145 = load i64, ptr %16, align 8, !tbaa !24
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %143, ptr align 1 %144, i64 %145, i1 false)
  %146 = load i32, ptr %9, align 4, !tbaa !5
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [32 x %struct.label], ptr %8, i64 0, i64 %147
  %149 = getelementptr inbounds nuw %struct.label, ptr %148, i32 0, i32 0
  %150 = load i64, ptr %16, align 8, !tbaa !24
  %151 = getelementptr inbounds nuw [16 x i8], ptr %149, i64 0, i64 %150
  store i8 0, ptr %151, align 1, !tbaa !14
  %152 = load i32, ptr %12, align 4, !tbaa !5
  %153 = load i32, ptr %9, align 4, !tbaa !5
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [32 x %struct.label], ptr %8, i64 0, i64 %154
  %156 = getelementptr inbounds nuw %struct.label, ptr %155, i32 0, i32 1
  store i32 %152, ptr %156, align 4, !tbaa !26
  %157 = load i32, ptr %9, align 4, !tbaa !5
  %158 = add nsw i32 %157, 1
  store i32 %158, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %16) #8
  br label %159

159:                                              ; preds = %137, %126, %123
  store i32 5, ptr %11, align 4
  br label %348, !llvm.loop !22

160:                                              ; preds = %110
  call void @llvm.lifetime.start.p0(ptr %17) #8
  %161 = load ptr, ptr %14, align 8, !tbaa !9
  %162 = load i64, ptr %15, align 8, !tbaa !24
  %163 = call i32 @lookup_op(ptr noundef %161, i64 noundef %162) #10
  store i32 %163, ptr %17, align 4, !tbaa !5
  %164 = load i32, ptr %17, align 4, !tbaa !5
  %165 = icmp slt i32 %164, 0
  br i1 %165, label %166, label %167

166:                                              ; preds = %160
  store i32 -1, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %347

167:                                              ; preds = %160
  %168 = load i32, ptr %12, align 4, !tbaa !5
  %169 = load i32, ptr %7, align 4, !tbaa !5
  %170 = icmp sge i32 %168, %169
  br i1 %170, label %171, label %172

171:                                              ; preds = %167
  store i32 -2, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %347

172:                                              ; preds = %167
  %173 = load i32, ptr %17, align 4, !tbaa !5
  %174 = load ptr, ptr %6, align 8, !tbaa !12
  %175 = load i32, ptr %12, align 4, !tbaa !5
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %12, align 4, !tbaa !5
  %177 = sext i32 %175 to i64
  %178 = getelementptr inbounds i32, ptr %174, i64 %177
  store i32 %173, ptr %178, align 4, !tbaa !5
  %179 = load i32, ptr %17, align 4, !tbaa !5
  %180 = call i32 @has_operand(i32 noundef %179) #10
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %182, label %346

182:                                              ; preds = %172
  br label %183

183:                                              ; preds = %195, %182
  %184 = load ptr, ptr %13, align 8, !tbaa !9
  %185 = load i8, ptr %184, align 1, !tbaa !14
  %186 = sext i8 %185 to i32
  %187 = icmp eq i32 %186, 32
  br i1 %187, label %193, label %188

188:                                              ; preds = %183
  %189 = load ptr, ptr %13, align 8, !tbaa !9
  %190 = load i8, ptr %189, align 1, !tbaa !14
  %191 = sext i8 %190 to i32
  %192 = icmp eq i32 %191, 9
  br label %193

193:                                              ; preds = %188, %183
  %194 = phi i1 [ true, %183 ], [ %192, %188 ]
  br i1 %194, label %195, label %198

195:                                              ; preds = %193
  %196 = load ptr, ptr %13, align 8, !tbaa !9
  %197 = getelementptr inbounds nuw i8, ptr %196, i32 1
  store ptr %197, ptr %13, align 8, !tbaa !9
  br label %183, !llvm.loop !28

198:                                              ; preds = %193
  call void @llvm.lifetime.start.p0(ptr %18) #8
  %199 = load ptr, ptr %13, align 8, !tbaa !9
  store ptr %199, ptr %18, align 8, !tbaa !9
  br label %200

200:                                              ; preds = %220, %198
  %201 = load ptr, ptr %13, align 8, !tbaa !9
  %202 = load i8, ptr %201, align 1, !tbaa !14
  %203 = sext i8 %202 to i32
  %204 = icmp ne i32 %203, 0
  br i1 %204, label %205, label %218

205:                                              ; preds = %200
  %206 = call ptr @__ctype_b_loc() #9
  %207 = load ptr, ptr %206, align 8, !tbaa !15
  %208 = load ptr, ptr %13, align 8, !tbaa !9
  %209 = load i8, ptr %208, align 1, !tbaa !14
  %210 = zext i8 %209 to i32
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds i16, ptr %207, i64 %211
  %213 = load i16, ptr %212, align 2, !tbaa !17
  %214 = zext i16 %213 to i32
  %215 = and i32 %214, 8192
  %216 = icmp ne i32 %215, 0
  %217 = xor i1 %216, true
  br label %218

218:                                              ; preds = %205, %200
  %219 = phi i1 [ false, %200 ], [ %217, %205 ]
  br i1 %219, label %220, label %223

220:                                              ; preds = %218
  %221 = load ptr, ptr %13, align 8, !tbaa !9
  %222 = getelementptr inbounds nuw i8, ptr %221, i32 1
  store ptr %222, ptr %13, align 8, !tbaa !9
  br label %200, !llvm.loop !29

223:                                              ; preds = %218
  call void @llvm.lifetime.start.p0(ptr %19) #8
  %224 = load ptr, ptr %13, align 8, !tbaa !9
  %225 = load ptr, ptr %18, align 8, !tbaa !9
  %226 = ptrtoint ptr %224 to i64
  %227 = ptrtoint ptr %225 to i64
  %228 = sub i64 %226, %227
  store i64 %228, ptr %19, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %20) #8
  store i32 0, ptr %20, align 4, !tbaa !5
  %229 = load i64, ptr %19, align 8, !tbaa !24
  %230 = icmp ne i64 %229, 0
  br i1 %230, label %231, label %284

231:                                              ; preds = %223
  %232 = call ptr @__ctype_b_loc() #9
  %233 = load ptr, ptr %232, align 8, !tbaa !15
  %234 = load ptr, ptr %18, align 8, !tbaa !9
  %235 = getelementptr inbounds i8, ptr %234, i64 0
  %236 = load i8, ptr %235, align 1, !tbaa !14
  %237 = zext i8 %236 to i32
  %238 = sext i32 %237 to i64
  %239 = getelementptr inbounds i16, ptr %233, i64 %238
  %240 = load i16, ptr %239, align 2, !tbaa !17
  %241 = zext i16 %240 to i32
  %242 = and i32 %241, 2048
  %243 = icmp ne i32 %242, 0
  br i1 %243, label %250, label %244

244:                                              ; preds = %231
  %245 = load ptr, ptr %18, align 8, !tbaa !9
  %246 = getelementptr inbounds i8, ptr %245, i64 0
  %247 = load i8, ptr %246, align 1, !tbaa !14
  %248 = sext i8 %247 to i32
  %249 = icmp eq i32 %248, 45
  br i1 %249, label %250, label %284

250:                                              ; preds = %244, %231
  call void @llvm.lifetime.start.p0(ptr %21) #8
  %251 = load ptr, ptr %18, align 8, !tbaa !9
  %252 = getelementptr inbounds i8, ptr %251, i64 0
  %253 = load i8, ptr %252, align 1, !tbaa !14
  %254 = sext i8 %253 to i32
  %255 = icmp eq i32 %254, 45
  %256 = zext i1 %255 to i32
  store i32 %256, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %22) #8
  %257 = load i32, ptr %21, align 4, !tbaa !5
  %258 = sext i32 %257 to i64
  store i64 %258, ptr %22, align 8, !tbaa !24
  br label %259

259:                                              ; preds = %274, %250
  %260 = load i64, ptr %22, align 8, !tbaa !24
  %261 = load i64, ptr %19, align 8, !tbaa !24
  %262 = icmp ult i64 %260, %261
  br i1 %262, label %264, label %263

263:                                              ; preds = %259
  store i32 17, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %22) #8
  br label %277

264:                                              ; preds = %259
  %265 = load i32, ptr %20, align 4, !tbaa !5
  %266 = mul nsw i32 %265, 10
  %267 = load ptr, ptr %18, align 8, !tbaa !9
  %268 = load i64, ptr %22, align 8, !tbaa !24
  %269 = getelementptr inbounds nuw i8, ptr %267, i64 %268
  %270 = load i8, ptr %269, align 1, !tbaa !14
  %271 = sext i8 %270 to i32
  %272 = sub nsw i32 %271, 48
  %273 = add nsw i32 %266, %272
  store i32 %273, ptr %20, align 4, !tbaa !5
  br label %274

274:                                              ; preds = %264
  %275 = load i64, ptr %22, align 8, !tbaa !24
  %276 = add i64 %275, 1
  store i64 %276, ptr %22, align 8, !tbaa !24
  br label %259, !llvm.loop !30

277:                                              ; preds = %263
  %278 = load i32, ptr %21, align 4, !tbaa !5
  %279 = icmp ne i32 %278, 0
  br i1 %279, label %280, label %283

280:                                              ; preds = %277
  %281 = load i32, ptr %20, align 4, !tbaa !5
  %282 = sub nsw i32 0, %281
  store i32 %282, ptr %20, align 4, !tbaa !5
  br label %283

283:                                              ; preds = %280, %277
  call void @llvm.lifetime.end.p0(ptr %21) #8
  br label %331

284:                                              ; preds = %244, %223
  %285 = load i32, ptr %10, align 4, !tbaa !5
  %286 = icmp eq i32 %285, 1
  br i1 %286, label %287, label %330

287:                                              ; preds = %284
  call void @llvm.lifetime.start.p0(ptr %23) #8
  store i32 0, ptr %23, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %24) #8
  store i32 0, ptr %24, align 4, !tbaa !5
  br label %288

288:                                              ; preds = %319, %287
  %289 = load i32, ptr %24, align 4, !tbaa !5
  %290 = load i32, ptr %9, align 4, !tbaa !5
  %291 = icmp slt i32 %289, %290
  br i1 %291, label %293, label %292

292:                                              ; preds = %288
  store i32 20, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %24) #8
  br label %322

293:                                              ; preds = %288
  %294 = load i32, ptr %24, align 4, !tbaa !5
  %295 = sext i32 %294 to i64
  %296 = getelementptr inbounds [32 x %struct.label], ptr %8, i64 0, i64 %295
  %297 = getelementptr inbounds nuw %struct.label, ptr %296, i32 0, i32 0
  %298 = getelementptr inbounds [16 x i8], ptr %297, i64 0, i64 0
  %299 = call i64 @strlen(ptr noundef %298) #11
  %300 = load i64, ptr %19, align 8, !tbaa !24
  %301 = icmp eq i64 %299, %300
  br i1 %301, label %302, label %318

302:                                              ; preds = %293
  %303 = load i32, ptr %24, align 4, !tbaa !5
  %304 = sext i32 %303 to i64
  %305 = getelementptr inbounds [32 x %struct.label], ptr %8, i64 0, i64 %304
  %306 = getelementptr inbounds nuw %struct.label, ptr %305, i32 0, i32 0
  %307 = getelementptr inbounds [16 x i8], ptr %306, i64 0, i64 0
  %308 = load ptr, ptr %18, align 8, !tbaa !9
  %309 = load i64, ptr %19, align 8, !tbaa !24
  %310 = call i32 @strncmp(ptr noundef %307, ptr noundef %308, i64 noundef %309) #11
  %311 = icmp eq i32 %310, 0
  br i1 %311, label %312, label %318

312:                                              ; preds = %302
  %313 = load i32, ptr %24, align 4, !tbaa !5
  %314 = sext i32 %313 to i64
  %315 = getelementptr inbounds [32 x %struct.label], ptr %8, i64 0, i64 %314
  %316 = getelementptr inbounds nuw %struct.label, ptr %315, i32 0, i32 1
  %317 = load i32, ptr %316, align 4, !tbaa !26
  store i32 %317, ptr %20, align 4, !tbaa !5
  store i32 1, ptr %23, align 4, !tbaa !5
  br label %318

318:                                              ; preds = %312, %302, %293
  br label %319

319:                                              ; preds = %318
  %320 = load i32, ptr %24, align 4, !tbaa !5
  %321 = add nsw i32 %320, 1
  store i32 %321, ptr %24, align 4, !tbaa !5
  br label %288, !llvm.loop !31

322:                                              ; preds = %292
  %323 = load i32, ptr %23, align 4, !tbaa !5
  %324 = icmp ne i32 %323, 0
  br i1 %324, label %326, label %325

325:                                              ; preds = %322
  store i32 -3, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %327

326:                                              ; preds = %322
  store i32 0, ptr %11, align 4
  br label %327

327:                                              ; preds = %326, %325
  call void @llvm.lifetime.end.p0(ptr %23) #8
  %328 = load i32, ptr %11, align 4
  switch i32 %328, label %343 [
    i32 0, label %329
  ]

329:                                              ; preds = %327
  br label %330

330:                                              ; preds = %329, %284
  br label %331

331:                                              ; preds = %330, %283
  %332 = load i32, ptr %12, align 4, !tbaa !5
  %333 = load i32, ptr %7, align 4, !tbaa !5
  %334 = icmp sge i32 %332, %333
  br i1 %334, label %335, label %336

335:                                              ; preds = %331
  store i32 -2, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %343

336:                                              ; preds = %331
  %337 = load i32, ptr %20, align 4, !tbaa !5
  %338 = load ptr, ptr %6, align 8, !tbaa !12
  %339 = load i32, ptr %12, align 4, !tbaa !5
  %340 = add nsw i32 %339, 1
  store i32 %340, ptr %12, align 4, !tbaa !5
  %341 = sext i32 %339 to i64
  %342 = getelementptr inbounds i32, ptr %338, i64 %341
  store i32 %337, ptr %342, align 4, !tbaa !5
  store i32 0, ptr %11, align 4
  br label %343

343:                                              ; preds = %336, %335, %327
  call void @llvm.lifetime.end.p0(ptr %20) #8
  call void @llvm.lifetime.end.p0(ptr %19) #8
  call void @llvm.lifetime.end.p0(ptr %18) #8
  %344 = load i32, ptr %11, align 4
  switch i32 %344, label %347 [
    i32 0, label %345
  ]

345:                                              ; preds = %343
  br label %346

346:                                              ; preds = %345, %172
  store i32 0, ptr %11, align 4
  br label %347

347:                                              ; preds = %346, %343, %171, %166
  call void @llvm.lifetime.end.p0(ptr %17) #8
  br label %348

348:                                              ; preds = %347, %159
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %14) #8
  %349 = load i32, ptr %11, align 4
  switch i32 %349, label %357 [
    i32 0, label %350
    i32 5, label %31
  ]

350:                                              ; preds = %348
  br label %31, !llvm.loop !22

351:                                              ; preds = %84, %31
  %352 = load i32, ptr %10, align 4, !tbaa !5
  %353 = icmp eq i32 %352, 1
  br i1 %353, label %354, label %356

354:                                              ; preds = %351
  %355 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %355, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %357

356:                                              ; preds = %351
  store i32 0, ptr %11, align 4
  br label %357

357:                                              ; preds = %356, %354, %348
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  %358 = load i32, ptr %11, align 4
  switch i32 %358, label %363 [
    i32 0, label %359
  ]

359:                                              ; preds = %357
  br label %360

360:                                              ; preds = %359
  %361 = load i32, ptr %10, align 4, !tbaa !5
  %362 = add nsw i32 %361, 1
  store i32 %362, ptr %10, align 4, !tbaa !5
  br label %25, !llvm.loop !32

363:                                              ; preds = %357, %28
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %364 = load i32, ptr %11, align 4
  switch i32 %364, label %366 [
    i32 2, label %365
  ]

365:                                              ; preds = %363
  store i32 -4, ptr %4, align 4
  store i32 1, ptr %11, align 4
  br label %366

366:                                              ; preds = %365, %363
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %367 = load i32, ptr %4, align 4
  ret i32 %367
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lookup_op(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %6) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %32, %2
  %9 = load i32, ptr %6, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 29
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %7, align 4
  br label %35

12:                                               ; preds = %8
  %13 = load i32, ptr %6, align 4, !tbaa !5
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [29 x ptr], ptr @op_names, i64 0, i64 %14
  %16 = load ptr, ptr %15, align 8, !tbaa !9
  %17 = call i64 @strlen(ptr noundef %16) #11
  %18 = load i64, ptr %5, align 8, !tbaa !24
  %19 = icmp eq i64 %17, %18
  br i1 %19, label %20, label %31

20:                                               ; preds = %12
  %21 = load i32, ptr %6, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [29 x ptr], ptr @op_names, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = load i64, ptr %5, align 8, !tbaa !24
  %27 = call i32 @strncmp(ptr noundef %24, ptr noundef %25, i64 noundef %26) #11
  %28 = icmp eq i32 %27, 0
  br i1 %28, label %29, label %31

29:                                               ; preds = %20
  %30 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %30, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %35

31:                                               ; preds = %20, %12
  br label %32

32:                                               ; preds = %31
  %33 = load i32, ptr %6, align 4, !tbaa !5
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %6, align 4, !tbaa !5
  br label %8, !llvm.loop !33

35:                                               ; preds = %29, %11
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %36 = load i32, ptr %7, align 4
  switch i32 %36, label %40 [
    i32 2, label %37
    i32 1, label %38
  ]

37:                                               ; preds = %35
  store i32 -1, ptr %3, align 4
  br label %38

38:                                               ; preds = %37, %35
  %39 = load i32, ptr %3, align 4
  ret i32 %39

40:                                               ; preds = %35
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @has_operand(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = load i32, ptr %2, align 4, !tbaa !5
  %4 = icmp eq i32 %3, 1
  br i1 %4, label %23, label %5

5:                                                ; preds = %1
  %6 = load i32, ptr %2, align 4, !tbaa !5
  %7 = icmp eq i32 %6, 21
  br i1 %7, label %23, label %8

8:                                                ; preds = %5
  %9 = load i32, ptr %2, align 4, !tbaa !5
  %10 = icmp eq i32 %9, 22
  br i1 %10, label %23, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %2, align 4, !tbaa !5
  %13 = icmp eq i32 %12, 23
  br i1 %13, label %23, label %14

14:                                               ; preds = %11
  %15 = load i32, ptr %2, align 4, !tbaa !5
  %16 = icmp eq i32 %15, 24
  br i1 %16, label %23, label %17

17:                                               ; preds = %14
  %18 = load i32, ptr %2, align 4, !tbaa !5
  %19 = icmp eq i32 %18, 26
  br i1 %19, label %23, label %20

20:                                               ; preds = %17
  %21 = load i32, ptr %2, align 4, !tbaa !5
  %22 = icmp eq i32 %21, 27
  br label %23

23:                                               ; preds = %20, %17, %14, %11, %8, %5, %1
  %24 = phi i1 [ true, %17 ], [ true, %14 ], [ true, %11 ], [ true, %8 ], [ true, %5 ], [ true, %1 ], [ %22, %20 ]
  %25 = zext i1 %24 to i32
  ret i32 %25
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @vm_run(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !34
  store i64 %1, ptr %5, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %6) #8
  call void @llvm.lifetime.start.p0(ptr %7) #8
  call void @llvm.lifetime.start.p0(ptr %8) #8
  br label %13

13:                                               ; preds = %441, %2
  %14 = load ptr, ptr %4, align 8, !tbaa !34
  %15 = getelementptr inbounds nuw %struct.vm, ptr %14, i32 0, i32 8
  %16 = load i64, ptr %15, align 8, !tbaa !35
  %17 = load i64, ptr %5, align 8, !tbaa !24
  %18 = icmp slt i64 %16, %17
  br i1 %18, label %19, label %442

19:                                               ; preds = %13
  %20 = load ptr, ptr %4, align 8, !tbaa !34
  %21 = getelementptr inbounds nuw %struct.vm, ptr %20, i32 0, i32 7
  %22 = load i32, ptr %21, align 4, !tbaa !37
  %23 = icmp slt i32 %22, 0
  br i1 %23, label %32, label %24

24:                                               ; preds = %19
  %25 = load ptr, ptr %4, align 8, !tbaa !34
  %26 = getelementptr inbounds nuw %struct.vm, ptr %25, i32 0, i32 7
  %27 = load i32, ptr %26, align 4, !tbaa !37
  %28 = load ptr, ptr %4, align 8, !tbaa !34
  %29 = getelementptr inbounds nuw %struct.vm, ptr %28, i32 0, i32 1
  %30 = load i32, ptr %29, align 8, !tbaa !38
  %31 = icmp sge i32 %27, %30
  br i1 %31, label %32, label %33

32:                                               ; preds = %24, %19
  store i32 6, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %443

33:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %34 = load ptr, ptr %4, align 8, !tbaa !34
  %35 = getelementptr inbounds nuw %struct.vm, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %4, align 8, !tbaa !34
  %37 = getelementptr inbounds nuw %struct.vm, ptr %36, i32 0, i32 7
  %38 = load i32, ptr %37, align 4, !tbaa !37
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %37, align 4, !tbaa !37
  %40 = sext i32 %38 to i64
  %41 = getelementptr inbounds [512 x i32], ptr %35, i64 0, i64 %40
  %42 = load i32, ptr %41, align 4, !tbaa !5
  store i32 %42, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #8
  store i32 0, ptr %11, align 4, !tbaa !5
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = call i32 @has_operand(i32 noundef %43) #10
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %65

46:                                               ; preds = %33
  %47 = load ptr, ptr %4, align 8, !tbaa !34
  %48 = getelementptr inbounds nuw %struct.vm, ptr %47, i32 0, i32 7
  %49 = load i32, ptr %48, align 4, !tbaa !37
  %50 = load ptr, ptr %4, align 8, !tbaa !34
  %51 = getelementptr inbounds nuw %struct.vm, ptr %50, i32 0, i32 1
  %52 = load i32, ptr %51, align 8, !tbaa !38
  %53 = icmp sge i32 %49, %52
  br i1 %53, label %54, label %55

54:                                               ; preds = %46
  store i32 6, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

55:                                               ; preds = %46
  %56 = load ptr, ptr %4, align 8, !tbaa !34
  %57 = getelementptr inbounds nuw %struct.vm, ptr %56, i32 0, i32 0
  %58 = load ptr, ptr %4, align 8, !tbaa !34
  %59 = getelementptr inbounds nuw %struct.vm, ptr %58, i32 0, i32 7
  %60 = load i32, ptr %59, align 4, !tbaa !37
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %59, align 4, !tbaa !37
  %62 = sext i32 %60 to i64
  %63 = getelementptr inbounds [512 x i32], ptr %57, i64 0, i64 %62
  %64 = load i32, ptr %63, align 4, !tbaa !5
  store i32 %64, ptr %11, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %55, %33
  %66 = load ptr, ptr %4, align 8, !tbaa !34
  %67 = getelementptr inbounds nuw %struct.vm, ptr %66, i32 0, i32 8
  %68 = load i64, ptr %67, align 8, !tbaa !35
  %69 = add nsw i64 %68, 1
  store i64 %69, ptr %67, align 8, !tbaa !35
  %70 = load i32, ptr %10, align 4, !tbaa !5
  switch i32 %70, label %437 [
    i32 0, label %71
    i32 1, label %72
    i32 2, label %80
    i32 3, label %87
    i32 4, label %109
    i32 5, label %151
    i32 6, label %173
    i32 7, label %173
    i32 8, label %173
    i32 9, label %173
    i32 10, label %173
    i32 12, label %173
    i32 13, label %173
    i32 14, label %173
    i32 15, label %173
    i32 16, label %173
    i32 17, label %173
    i32 18, label %173
    i32 19, label %173
    i32 11, label %264
    i32 20, label %289
    i32 21, label %316
    i32 22, label %320
    i32 23, label %320
    i32 24, label %339
    i32 25, label %360
    i32 26, label %378
    i32 27, label %398
    i32 28, label %418
  ]

71:                                               ; preds = %65
  store i32 1, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

72:                                               ; preds = %65
  %73 = load ptr, ptr %4, align 8, !tbaa !34
  %74 = load i32, ptr %11, align 4, !tbaa !5
  %75 = call i32 @push(ptr noundef %73, i32 noundef %74) #10
  store i32 %75, ptr %8, align 4, !tbaa !5
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %79

77:                                               ; preds = %72
  %78 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %78, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

79:                                               ; preds = %72
  br label %438

80:                                               ; preds = %65
  %81 = load ptr, ptr %4, align 8, !tbaa !34
  %82 = call i32 @pop(ptr noundef %81, ptr noundef %6) #10
  store i32 %82, ptr %8, align 4, !tbaa !5
  %83 = icmp ne i32 %82, 0
  br i1 %83, label %84, label %86

84:                                               ; preds = %80
  %85 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %85, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

86:                                               ; preds = %80
  br label %438

87:                                               ; preds = %65
  %88 = load ptr, ptr %4, align 8, !tbaa !34
  %89 = getelementptr inbounds nuw %struct.vm, ptr %88, i32 0, i32 3
  %90 = load i32, ptr %89, align 4, !tbaa !39
  %91 = icmp slt i32 %90, 1
  br i1 %91, label %92, label %93

92:                                               ; preds = %87
  store i32 3, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

93:                                               ; preds = %87
  %94 = load ptr, ptr %4, align 8, !tbaa !34
  %95 = load ptr, ptr %4, align 8, !tbaa !34
  %96 = getelementptr inbounds nuw %struct.vm, ptr %95, i32 0, i32 2
  %97 = load ptr, ptr %4, align 8, !tbaa !34
  %98 = getelementptr inbounds nuw %struct.vm, ptr %97, i32 0, i32 3
  %99 = load i32, ptr %98, align 4, !tbaa !39
  %100 = sub nsw i32 %99, 1
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [256 x i32], ptr %96, i64 0, i64 %101
  %103 = load i32, ptr %102, align 4, !tbaa !5
  %104 = call i32 @push(ptr noundef %94, i32 noundef %103) #10
  store i32 %104, ptr %8, align 4, !tbaa !5
  %105 = icmp ne i32 %104, 0
  br i1 %105, label %106, label %108

106:                                              ; preds = %93
  %107 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %107, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

108:                                              ; preds = %93
  br label %438

109:                                              ; preds = %65
  %110 = load ptr, ptr %4, align 8, !tbaa !34
  %111 = getelementptr inbounds nuw %struct.vm, ptr %110, i32 0, i32 3
  %112 = load i32, ptr %111, align 4, !tbaa !39
  %113 = icmp slt i32 %112, 2
  br i1 %113, label %114, label %115

114:                                              ; preds = %109
  store i32 3, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

115:                                              ; preds = %109
  %116 = load ptr, ptr %4, align 8, !tbaa !34
  %117 = getelementptr inbounds nuw %struct.vm, ptr %116, i32 0, i32 2
  %118 = load ptr, ptr %4, align 8, !tbaa !34
  %119 = getelementptr inbounds nuw %struct.vm, ptr %118, i32 0, i32 3
  %120 = load i32, ptr %119, align 4, !tbaa !39
  %121 = sub nsw i32 %120, 1
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds [256 x i32], ptr %117, i64 0, i64 %122
  %124 = load i32, ptr %123, align 4, !tbaa !5
  store i32 %124, ptr %6, align 4, !tbaa !5
  %125 = load ptr, ptr %4, align 8, !tbaa !34
  %126 = getelementptr inbounds nuw %struct.vm, ptr %125, i32 0, i32 2
  %127 = load ptr, ptr %4, align 8, !tbaa !34
  %128 = getelementptr inbounds nuw %struct.vm, ptr %127, i32 0, i32 3
  %129 = load i32, ptr %128, align 4, !tbaa !39
  %130 = sub nsw i32 %129, 2
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [256 x i32], ptr %126, i64 0, i64 %131
  %133 = load i32, ptr %132, align 4, !tbaa !5
  %134 = load ptr, ptr %4, align 8, !tbaa !34
  %135 = getelementptr inbounds nuw %struct.vm, ptr %134, i32 0, i32 2
  %136 = load ptr, ptr %4, align 8, !tbaa !34
  %137 = getelementptr inbounds nuw %struct.vm, ptr %136, i32 0, i32 3
  %138 = load i32, ptr %137, align 4, !tbaa !39
  %139 = sub nsw i32 %138, 1
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [256 x i32], ptr %135, i64 0, i64 %140
  store i32 %133, ptr %141, align 4, !tbaa !5
  %142 = load i32, ptr %6, align 4, !tbaa !5
  %143 = load ptr, ptr %4, align 8, !tbaa !34
  %144 = getelementptr inbounds nuw %struct.vm, ptr %143, i32 0, i32 2
  %145 = load ptr, ptr %4, align 8, !tbaa !34
  %146 = getelementptr inbounds nuw %struct.vm, ptr %145, i32 0, i32 3
  %147 = load i32, ptr %146, align 4, !tbaa !39
  %148 = sub nsw i32 %147, 2
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [256 x i32], ptr %144, i64 0, i64 %149
  store i32 %142, ptr %150, align 4, !tbaa !5
  br label %438

151:                                              ; preds = %65
  %152 = load ptr, ptr %4, align 8, !tbaa !34
  %153 = getelementptr inbounds nuw %struct.vm, ptr %152, i32 0, i32 3
  %154 = load i32, ptr %153, align 4, !tbaa !39
  %155 = icmp slt i32 %154, 2
  br i1 %155, label %156, label %157

156:                                              ; preds = %151
  store i32 3, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

157:                                              ; preds = %151
  %158 = load ptr, ptr %4, align 8, !tbaa !34
  %159 = load ptr, ptr %4, align 8, !tbaa !34
  %160 = getelementptr inbounds nuw %struct.vm, ptr %159, i32 0, i32 2
  %161 = load ptr, ptr %4, align 8, !tbaa !34
  %162 = getelementptr inbounds nuw %struct.vm, ptr %161, i32 0, i32 3
  %163 = load i32, ptr %162, align 4, !tbaa !39
  %164 = sub nsw i32 %163, 2
  %165 = sext i32 %164 to i64
  %166 = getelementptr inbounds [256 x i32], ptr %160, i64 0, i64 %165
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = call i32 @push(ptr noundef %158, i32 noundef %167) #10
  store i32 %168, ptr %8, align 4, !tbaa !5
  %169 = icmp ne i32 %168, 0
  br i1 %169, label %170, label %172

170:                                              ; preds = %157
  %171 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %171, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

172:                                              ; preds = %157
  br label %438

173:                                              ; preds = %65, %65, %65, %65, %65, %65, %65, %65, %65, %65, %65, %65, %65
  %174 = load ptr, ptr %4, align 8, !tbaa !34
  %175 = call i32 @pop(ptr noundef %174, ptr noundef %7) #10
  store i32 %175, ptr %8, align 4, !tbaa !5
  %176 = icmp ne i32 %175, 0
  br i1 %176, label %177, label %179

177:                                              ; preds = %173
  %178 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %178, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

179:                                              ; preds = %173
  %180 = load ptr, ptr %4, align 8, !tbaa !34
  %181 = call i32 @pop(ptr noundef %180, ptr noundef %6) #10
  store i32 %181, ptr %8, align 4, !tbaa !5
  %182 = icmp ne i32 %181, 0
  br i1 %182, label %183, label %185

183:                                              ; preds = %179
  %184 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %184, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

185:                                              ; preds = %179
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %186 = load i32, ptr %10, align 4, !tbaa !5
  switch i32 %186, label %247 [
    i32 6, label %187
    i32 7, label %191
    i32 8, label %195
    i32 9, label %199
    i32 10, label %207
    i32 12, label %215
    i32 13, label %219
    i32 14, label %223
    i32 15, label %227
    i32 16, label %232
    i32 17, label %237
    i32 18, label %242
  ]

187:                                              ; preds = %185
  %188 = load i32, ptr %6, align 4, !tbaa !5
  %189 = load i32, ptr %7, align 4, !tbaa !5
  %190 = add i32 %188, %189
  store i32 %190, ptr %12, align 4, !tbaa !5
  br label %252

191:                                              ; preds = %185
  %192 = load i32, ptr %6, align 4, !tbaa !5
  %193 = load i32, ptr %7, align 4, !tbaa !5
  %194 = sub i32 %192, %193
  store i32 %194, ptr %12, align 4, !tbaa !5
  br label %252

195:                                              ; preds = %185
  %196 = load i32, ptr %6, align 4, !tbaa !5
  %197 = load i32, ptr %7, align 4, !tbaa !5
  %198 = mul i32 %196, %197
  store i32 %198, ptr %12, align 4, !tbaa !5
  br label %252

199:                                              ; preds = %185
  %200 = load i32, ptr %7, align 4, !tbaa !5
  %201 = icmp ne i32 %200, 0
  br i1 %201, label %203, label %202

202:                                              ; preds = %199
  store i32 4, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %262

203:                                              ; preds = %199
  %204 = load i32, ptr %6, align 4, !tbaa !5
  %205 = load i32, ptr %7, align 4, !tbaa !5
  %206 = udiv i32 %204, %205
  store i32 %206, ptr %12, align 4, !tbaa !5
  br label %252

207:                                              ; preds = %185
  %208 = load i32, ptr %7, align 4, !tbaa !5
  %209 = icmp ne i32 %208, 0
  br i1 %209, label %211, label %210

210:                                              ; preds = %207
  store i32 4, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %262

211:                                              ; preds = %207
  %212 = load i32, ptr %6, align 4, !tbaa !5
  %213 = load i32, ptr %7, align 4, !tbaa !5
  %214 = urem i32 %212, %213
  store i32 %214, ptr %12, align 4, !tbaa !5
  br label %252

215:                                              ; preds = %185
  %216 = load i32, ptr %6, align 4, !tbaa !5
  %217 = load i32, ptr %7, align 4, !tbaa !5
  %218 = and i32 %216, %217
  store i32 %218, ptr %12, align 4, !tbaa !5
  br label %252

219:                                              ; preds = %185
  %220 = load i32, ptr %6, align 4, !tbaa !5
  %221 = load i32, ptr %7, align 4, !tbaa !5
  %222 = or i32 %220, %221
  store i32 %222, ptr %12, align 4, !tbaa !5
  br label %252

223:                                              ; preds = %185
  %224 = load i32, ptr %6, align 4, !tbaa !5
  %225 = load i32, ptr %7, align 4, !tbaa !5
  %226 = xor i32 %224, %225
  store i32 %226, ptr %12, align 4, !tbaa !5
  br label %252

227:                                              ; preds = %185
  %228 = load i32, ptr %6, align 4, !tbaa !5
  %229 = load i32, ptr %7, align 4, !tbaa !5
  %230 = and i32 %229, 31
  %231 = shl i32 %228, %230
  store i32 %231, ptr %12, align 4, !tbaa !5
  br label %252

232:                                              ; preds = %185
  %233 = load i32, ptr %6, align 4, !tbaa !5
  %234 = load i32, ptr %7, align 4, !tbaa !5
  %235 = and i32 %234, 31
  %236 = lshr i32 %233, %235
  store i32 %236, ptr %12, align 4, !tbaa !5
  br label %252

237:                                              ; preds = %185
  %238 = load i32, ptr %6, align 4, !tbaa !5
  %239 = load i32, ptr %7, align 4, !tbaa !5
  %240 = icmp eq i32 %238, %239
  %241 = zext i1 %240 to i32
  store i32 %241, ptr %12, align 4, !tbaa !5
  br label %252

242:                                              ; preds = %185
  %243 = load i32, ptr %6, align 4, !tbaa !5
  %244 = load i32, ptr %7, align 4, !tbaa !5
  %245 = icmp slt i32 %243, %244
  %246 = zext i1 %245 to i32
  store i32 %246, ptr %12, align 4, !tbaa !5
  br label %252

247:                                              ; preds = %185
  %248 = load i32, ptr %6, align 4, !tbaa !5
  %249 = load i32, ptr %7, align 4, !tbaa !5
  %250 = icmp sgt i32 %248, %249
  %251 = zext i1 %250 to i32
  store i32 %251, ptr %12, align 4, !tbaa !5
  br label %252

252:                                              ; preds = %247, %242, %237, %232, %227, %223, %219, %215, %211, %203, %195, %191, %187
  %253 = load i32, ptr %12, align 4, !tbaa !5
  %254 = load ptr, ptr %4, align 8, !tbaa !34
  %255 = getelementptr inbounds nuw %struct.vm, ptr %254, i32 0, i32 2
  %256 = load ptr, ptr %4, align 8, !tbaa !34
  %257 = getelementptr inbounds nuw %struct.vm, ptr %256, i32 0, i32 3
  %258 = load i32, ptr %257, align 4, !tbaa !39
  %259 = add nsw i32 %258, 1
  store i32 %259, ptr %257, align 4, !tbaa !39
  %260 = sext i32 %258 to i64
  %261 = getelementptr inbounds [256 x i32], ptr %255, i64 0, i64 %260
  store i32 %253, ptr %261, align 4, !tbaa !5
  store i32 4, ptr %9, align 4
  br label %262

262:                                              ; preds = %252, %210, %202
  call void @llvm.lifetime.end.p0(ptr %12) #8
  %263 = load i32, ptr %9, align 4
  switch i32 %263, label %439 [
    i32 4, label %438
  ]

264:                                              ; preds = %65
  %265 = load ptr, ptr %4, align 8, !tbaa !34
  %266 = getelementptr inbounds nuw %struct.vm, ptr %265, i32 0, i32 3
  %267 = load i32, ptr %266, align 4, !tbaa !39
  %268 = icmp slt i32 %267, 1
  br i1 %268, label %269, label %270

269:                                              ; preds = %264
  store i32 3, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

270:                                              ; preds = %264
  %271 = load ptr, ptr %4, align 8, !tbaa !34
  %272 = getelementptr inbounds nuw %struct.vm, ptr %271, i32 0, i32 2
  %273 = load ptr, ptr %4, align 8, !tbaa !34
  %274 = getelementptr inbounds nuw %struct.vm, ptr %273, i32 0, i32 3
  %275 = load i32, ptr %274, align 4, !tbaa !39
  %276 = sub nsw i32 %275, 1
  %277 = sext i32 %276 to i64
  %278 = getelementptr inbounds [256 x i32], ptr %272, i64 0, i64 %277
  %279 = load i32, ptr %278, align 4, !tbaa !5
  %280 = sub i32 0, %279
  %281 = load ptr, ptr %4, align 8, !tbaa !34
  %282 = getelementptr inbounds nuw %struct.vm, ptr %281, i32 0, i32 2
  %283 = load ptr, ptr %4, align 8, !tbaa !34
  %284 = getelementptr inbounds nuw %struct.vm, ptr %283, i32 0, i32 3
  %285 = load i32, ptr %284, align 4, !tbaa !39
  %286 = sub nsw i32 %285, 1
  %287 = sext i32 %286 to i64
  %288 = getelementptr inbounds [256 x i32], ptr %282, i64 0, i64 %287
  store i32 %280, ptr %288, align 4, !tbaa !5
  br label %438

289:                                              ; preds = %65
  %290 = load ptr, ptr %4, align 8, !tbaa !34
  %291 = getelementptr inbounds nuw %struct.vm, ptr %290, i32 0, i32 3
  %292 = load i32, ptr %291, align 4, !tbaa !39
  %293 = icmp slt i32 %292, 1
  br i1 %293, label %294, label %295

294:                                              ; preds = %289
  store i32 3, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

295:                                              ; preds = %289
  %296 = load ptr, ptr %4, align 8, !tbaa !34
  %297 = getelementptr inbounds nuw %struct.vm, ptr %296, i32 0, i32 2
  %298 = load ptr, ptr %4, align 8, !tbaa !34
  %299 = getelementptr inbounds nuw %struct.vm, ptr %298, i32 0, i32 3
  %300 = load i32, ptr %299, align 4, !tbaa !39
  %301 = sub nsw i32 %300, 1
  %302 = sext i32 %301 to i64
  %303 = getelementptr inbounds [256 x i32], ptr %297, i64 0, i64 %302
  %304 = load i32, ptr %303, align 4, !tbaa !5
  %305 = icmp ne i32 %304, 0
  %306 = xor i1 %305, true
  %307 = zext i1 %306 to i32
  %308 = load ptr, ptr %4, align 8, !tbaa !34
  %309 = getelementptr inbounds nuw %struct.vm, ptr %308, i32 0, i32 2
  %310 = load ptr, ptr %4, align 8, !tbaa !34
  %311 = getelementptr inbounds nuw %struct.vm, ptr %310, i32 0, i32 3
  %312 = load i32, ptr %311, align 4, !tbaa !39
  %313 = sub nsw i32 %312, 1
  %314 = sext i32 %313 to i64
  %315 = getelementptr inbounds [256 x i32], ptr %309, i64 0, i64 %314
  store i32 %307, ptr %315, align 4, !tbaa !5
  br label %438

316:                                              ; preds = %65
  %317 = load i32, ptr %11, align 4, !tbaa !5
  %318 = load ptr, ptr %4, align 8, !tbaa !34
  %319 = getelementptr inbounds nuw %struct.vm, ptr %318, i32 0, i32 7
  store i32 %317, ptr %319, align 4, !tbaa !37
  br label %438

320:                                              ; preds = %65, %65
  %321 = load ptr, ptr %4, align 8, !tbaa !34
  %322 = call i32 @pop(ptr noundef %321, ptr noundef %6) #10
  store i32 %322, ptr %8, align 4, !tbaa !5
  %323 = icmp ne i32 %322, 0
  br i1 %323, label %324, label %326

324:                                              ; preds = %320
  %325 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %325, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

326:                                              ; preds = %320
  %327 = load i32, ptr %10, align 4, !tbaa !5
  %328 = icmp eq i32 %327, 22
  %329 = zext i1 %328 to i32
  %330 = load i32, ptr %6, align 4, !tbaa !5
  %331 = icmp eq i32 %330, 0
  %332 = zext i1 %331 to i32
  %333 = icmp eq i32 %329, %332
  br i1 %333, label %334, label %338

334:                                              ; preds = %326
  %335 = load i32, ptr %11, align 4, !tbaa !5
  %336 = load ptr, ptr %4, align 8, !tbaa !34
  %337 = getelementptr inbounds nuw %struct.vm, ptr %336, i32 0, i32 7
  store i32 %335, ptr %337, align 4, !tbaa !37
  br label %338

338:                                              ; preds = %334, %326
  br label %438

339:                                              ; preds = %65
  %340 = load ptr, ptr %4, align 8, !tbaa !34
  %341 = getelementptr inbounds nuw %struct.vm, ptr %340, i32 0, i32 5
  %342 = load i32, ptr %341, align 8, !tbaa !40
  %343 = icmp sge i32 %342, 256
  br i1 %343, label %344, label %345

344:                                              ; preds = %339
  store i32 2, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

345:                                              ; preds = %339
  %346 = load ptr, ptr %4, align 8, !tbaa !34
  %347 = getelementptr inbounds nuw %struct.vm, ptr %346, i32 0, i32 7
  %348 = load i32, ptr %347, align 4, !tbaa !37
  %349 = load ptr, ptr %4, align 8, !tbaa !34
  %350 = getelementptr inbounds nuw %struct.vm, ptr %349, i32 0, i32 4
  %351 = load ptr, ptr %4, align 8, !tbaa !34
  %352 = getelementptr inbounds nuw %struct.vm, ptr %351, i32 0, i32 5
  %353 = load i32, ptr %352, align 8, !tbaa !40
  %354 = add nsw i32 %353, 1
  store i32 %354, ptr %352, align 8, !tbaa !40
  %355 = sext i32 %353 to i64
  %356 = getelementptr inbounds [256 x i32], ptr %350, i64 0, i64 %355
  store i32 %348, ptr %356, align 4, !tbaa !5
  %357 = load i32, ptr %11, align 4, !tbaa !5
  %358 = load ptr, ptr %4, align 8, !tbaa !34
  %359 = getelementptr inbounds nuw %struct.vm, ptr %358, i32 0, i32 7
  store i32 %357, ptr %359, align 4, !tbaa !37
  br label %438

360:                                              ; preds = %65
  %361 = load ptr, ptr %4, align 8, !tbaa !34
  %362 = getelementptr inbounds nuw %struct.vm, ptr %361, i32 0, i32 5
  %363 = load i32, ptr %362, align 8, !tbaa !40
  %364 = icmp sle i32 %363, 0
  br i1 %364, label %365, label %366

365:                                              ; preds = %360
  store i32 3, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

366:                                              ; preds = %360
  %367 = load ptr, ptr %4, align 8, !tbaa !34
  %368 = getelementptr inbounds nuw %struct.vm, ptr %367, i32 0, i32 4
  %369 = load ptr, ptr %4, align 8, !tbaa !34
  %370 = getelementptr inbounds nuw %struct.vm, ptr %369, i32 0, i32 5
  %371 = load i32, ptr %370, align 8, !tbaa !40
  %372 = add nsw i32 %371, -1
  store i32 %372, ptr %370, align 8, !tbaa !40
  %373 = sext i32 %372 to i64
  %374 = getelementptr inbounds [256 x i32], ptr %368, i64 0, i64 %373
  %375 = load i32, ptr %374, align 4, !tbaa !5
  %376 = load ptr, ptr %4, align 8, !tbaa !34
  %377 = getelementptr inbounds nuw %struct.vm, ptr %376, i32 0, i32 7
  store i32 %375, ptr %377, align 4, !tbaa !37
  br label %438

378:                                              ; preds = %65
  %379 = load i32, ptr %11, align 4, !tbaa !5
  %380 = icmp slt i32 %379, 0
  br i1 %380, label %384, label %381

381:                                              ; preds = %378
  %382 = load i32, ptr %11, align 4, !tbaa !5
  %383 = icmp sge i32 %382, 64
  br i1 %383, label %384, label %385

384:                                              ; preds = %381, %378
  store i32 6, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

385:                                              ; preds = %381
  %386 = load ptr, ptr %4, align 8, !tbaa !34
  %387 = load ptr, ptr %4, align 8, !tbaa !34
  %388 = getelementptr inbounds nuw %struct.vm, ptr %387, i32 0, i32 6
  %389 = load i32, ptr %11, align 4, !tbaa !5
  %390 = sext i32 %389 to i64
  %391 = getelementptr inbounds [64 x i32], ptr %388, i64 0, i64 %390
  %392 = load i32, ptr %391, align 4, !tbaa !5
  %393 = call i32 @push(ptr noundef %386, i32 noundef %392) #10
  store i32 %393, ptr %8, align 4, !tbaa !5
  %394 = icmp ne i32 %393, 0
  br i1 %394, label %395, label %397

395:                                              ; preds = %385
  %396 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %396, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

397:                                              ; preds = %385
  br label %438

398:                                              ; preds = %65
  %399 = load i32, ptr %11, align 4, !tbaa !5
  %400 = icmp slt i32 %399, 0
  br i1 %400, label %404, label %401

401:                                              ; preds = %398
  %402 = load i32, ptr %11, align 4, !tbaa !5
  %403 = icmp sge i32 %402, 64
  br i1 %403, label %404, label %405

404:                                              ; preds = %401, %398
  store i32 6, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

405:                                              ; preds = %401
  %406 = load ptr, ptr %4, align 8, !tbaa !34
  %407 = call i32 @pop(ptr noundef %406, ptr noundef %6) #10
  store i32 %407, ptr %8, align 4, !tbaa !5
  %408 = icmp ne i32 %407, 0
  br i1 %408, label %409, label %411

409:                                              ; preds = %405
  %410 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %410, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

411:                                              ; preds = %405
  %412 = load i32, ptr %6, align 4, !tbaa !5
  %413 = load ptr, ptr %4, align 8, !tbaa !34
  %414 = getelementptr inbounds nuw %struct.vm, ptr %413, i32 0, i32 6
  %415 = load i32, ptr %11, align 4, !tbaa !5
  %416 = sext i32 %415 to i64
  %417 = getelementptr inbounds [64 x i32], ptr %414, i64 0, i64 %416
  store i32 %412, ptr %417, align 4, !tbaa !5
  br label %438

418:                                              ; preds = %65
  %419 = load ptr, ptr %4, align 8, !tbaa !34
  %420 = call i32 @pop(ptr noundef %419, ptr noundef %6) #10
  store i32 %420, ptr %8, align 4, !tbaa !5
  %421 = icmp ne i32 %420, 0
  br i1 %421, label %422, label %424

422:                                              ; preds = %418
  %423 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %423, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

424:                                              ; preds = %418
  %425 = load ptr, ptr %4, align 8, !tbaa !34
  %426 = getelementptr inbounds nuw %struct.vm, ptr %425, i32 0, i32 9
  %427 = load i32, ptr %426, align 8, !tbaa !41
  %428 = load i32, ptr %6, align 4, !tbaa !5
  %429 = xor i32 %427, %428
  %430 = mul i32 %429, 16777619
  %431 = load ptr, ptr %4, align 8, !tbaa !34
  %432 = getelementptr inbounds nuw %struct.vm, ptr %431, i32 0, i32 9
  store i32 %430, ptr %432, align 8, !tbaa !41
  %433 = load ptr, ptr %4, align 8, !tbaa !34
  %434 = getelementptr inbounds nuw %struct.vm, ptr %433, i32 0, i32 10
  %435 = load i32, ptr %434, align 4, !tbaa !42
  %436 = add nsw i32 %435, 1
  store i32 %436, ptr %434, align 4, !tbaa !42
  br label %438

437:                                              ; preds = %65
  store i32 5, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %439

438:                                              ; preds = %424, %411, %397, %366, %345, %338, %316, %295, %270, %262, %172, %115, %108, %86, %79
  store i32 0, ptr %9, align 4
  br label %439

439:                                              ; preds = %438, %437, %422, %409, %404, %395, %384, %365, %344, %324, %294, %269, %262, %183, %177, %170, %156, %114, %106, %92, %84, %77, %71, %54
  call void @llvm.lifetime.end.p0(ptr %11) #8
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %440 = load i32, ptr %9, align 4
  switch i32 %440, label %443 [
    i32 0, label %441
  ]

441:                                              ; preds = %439
  br label %13, !llvm.loop !43

442:                                              ; preds = %13
  store i32 7, ptr %3, align 4
  store i32 1, ptr %9, align 4
  br label %443

443:                                              ; preds = %442, %439, %32
  call void @llvm.lifetime.end.p0(ptr %8) #8
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %444 = load i32, ptr %3, align 4
  ret i32 %444
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @push(ptr noundef %0, i32 noundef %1) #5 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !34
  store i32 %1, ptr %5, align 4, !tbaa !5
  %6 = load ptr, ptr %4, align 8, !tbaa !34
  %7 = getelementptr inbounds nuw %struct.vm, ptr %6, i32 0, i32 3
  %8 = load i32, ptr %7, align 4, !tbaa !39
  %9 = icmp sge i32 %8, 256
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  store i32 2, ptr %3, align 4
  br label %21

11:                                               ; preds = %2
  %12 = load i32, ptr %5, align 4, !tbaa !5
  %13 = load ptr, ptr %4, align 8, !tbaa !34
  %14 = getelementptr inbounds nuw %struct.vm, ptr %13, i32 0, i32 2
  %15 = load ptr, ptr %4, align 8, !tbaa !34
  %16 = getelementptr inbounds nuw %struct.vm, ptr %15, i32 0, i32 3
  %17 = load i32, ptr %16, align 4, !tbaa !39
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %16, align 4, !tbaa !39
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds [256 x i32], ptr %14, i64 0, i64 %19
  store i32 %12, ptr %20, align 4, !tbaa !5
  store i32 0, ptr %3, align 4
  br label %21

21:                                               ; preds = %11, %10
  %22 = load i32, ptr %3, align 4
  ret i32 %22
}

; Function Attrs: inlinehint minsize nounwind optsize uwtable
define internal i32 @pop(ptr noundef %0, ptr noundef %1) #5 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !34
  store ptr %1, ptr %5, align 8, !tbaa !12
  %6 = load ptr, ptr %4, align 8, !tbaa !34
  %7 = getelementptr inbounds nuw %struct.vm, ptr %6, i32 0, i32 3
  %8 = load i32, ptr %7, align 4, !tbaa !39
  %9 = icmp sle i32 %8, 0
  br i1 %9, label %10, label %11

10:                                               ; preds = %2
  store i32 3, ptr %3, align 4
  br label %22

11:                                               ; preds = %2
  %12 = load ptr, ptr %4, align 8, !tbaa !34
  %13 = getelementptr inbounds nuw %struct.vm, ptr %12, i32 0, i32 2
  %14 = load ptr, ptr %4, align 8, !tbaa !34
  %15 = getelementptr inbounds nuw %struct.vm, ptr %14, i32 0, i32 3
  %16 = load i32, ptr %15, align 4, !tbaa !39
  %17 = add nsw i32 %16, -1
  store i32 %17, ptr %15, align 4, !tbaa !39
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [256 x i32], ptr %13, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = load ptr, ptr %5, align 8, !tbaa !12
  store i32 %20, ptr %21, align 4, !tbaa !5
  store i32 0, ptr %3, align 4
  br label %22

22:                                               ; preds = %11, %10
  %23 = load i32, ptr %3, align 4
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i64 0, ptr %4, align 8, !tbaa !24
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %9

9:                                                ; preds = %49, %0
  %10 = load i32, ptr %5, align 4, !tbaa !5
  %11 = icmp slt i32 %10, 20
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  store i32 2, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %5) #8
  br label %52

13:                                               ; preds = %9
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i64 0, ptr %7, align 8, !tbaa !24
  br label %14

14:                                               ; preds = %45, %13
  %15 = load i64, ptr %7, align 8, !tbaa !24
  %16 = icmp ult i64 %15, 8
  br i1 %16, label %18, label %17

17:                                               ; preds = %14
  store i32 5, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #8
  br label %48

18:                                               ; preds = %14
  call void @llvm.memset.p0.i64(ptr align 8 @main.m, i8 0, i64 4384, i1 false)
  store i32 -2128831035, ptr getelementptr inbounds nuw (%struct.vm, ptr @main.m, i32 0, i32 9), align 8, !tbaa !41
  %19 = load i64, ptr %7, align 8, !tbaa !24
  %20 = getelementptr inbounds nuw [8 x ptr], ptr @programs, i64 0, i64 %19
  %21 = load ptr, ptr %20, align 8, !tbaa !9
  %22 = call i32 @assemble(ptr noundef %21, ptr noundef @main.m, i32 noundef 512) #10
  store i32 %22, ptr getelementptr inbounds nuw (%struct.vm, ptr @main.m, i32 0, i32 1), align 8, !tbaa !38
  %23 = load i32, ptr getelementptr inbounds nuw (%struct.vm, ptr @main.m, i32 0, i32 1), align 8, !tbaa !38
  %24 = icmp slt i32 %23, 0
  br i1 %24, label %25, label %29

25:                                               ; preds = %18
  %26 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 5
  %27 = load i32, ptr %26, align 4, !tbaa !5
  %28 = add nsw i32 %27, 1
  store i32 %28, ptr %26, align 4, !tbaa !5
  br label %45

29:                                               ; preds = %18
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %30 = call i32 @vm_run(ptr noundef @main.m, i64 noundef 20000) #10
  store i32 %30, ptr %8, align 4, !tbaa !5
  %31 = load i32, ptr %8, align 4, !tbaa !5
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds nuw [8 x i32], ptr %2, i64 0, i64 %32
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %33, align 4, !tbaa !5
  %36 = load i64, ptr getelementptr inbounds nuw (%struct.vm, ptr @main.m, i32 0, i32 8), align 8, !tbaa !35
  %37 = load i64, ptr %4, align 8, !tbaa !24
  %38 = add nsw i64 %37, %36
  store i64 %38, ptr %4, align 8, !tbaa !24
  %39 = load i32, ptr %3, align 4, !tbaa !5
  %40 = mul i32 %39, 31
  %41 = load i32, ptr getelementptr inbounds nuw (%struct.vm, ptr @main.m, i32 0, i32 9), align 8, !tbaa !41
  %42 = add i32 %40, %41
  %43 = load i32, ptr getelementptr inbounds nuw (%struct.vm, ptr @main.m, i32 0, i32 10), align 4, !tbaa !42
  %44 = add i32 %42, %43
  store i32 %44, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #8
  br label %45

45:                                               ; preds = %29, %25
  %46 = load i64, ptr %7, align 8, !tbaa !24
  %47 = add i64 %46, 1
  store i64 %47, ptr %7, align 8, !tbaa !24
  br label %14, !llvm.loop !44

48:                                               ; preds = %17
  br label %49

49:                                               ; preds = %48
  %50 = load i32, ptr %5, align 4, !tbaa !5
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %5, align 4, !tbaa !5
  br label %9, !llvm.loop !45

52:                                               ; preds = %12
  %53 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 1
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 3
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 4
  %58 = load i32, ptr %57, align 16, !tbaa !5
  %59 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 7
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = load i64, ptr %4, align 8, !tbaa !24
  %62 = load i32, ptr %3, align 4, !tbaa !5
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %54, i32 noundef %56, i32 noundef %58, i32 noundef %60, i64 noundef %61, i32 noundef %62) #10
  store i32 0, ptr %1, align 4
  store i32 1, ptr %6, align 4
  call void @llvm.lifetime.end.p0(ptr %4) #8
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  %64 = load i32, ptr %1, align 4
  ret i32 %64
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { inlinehint minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize willreturn memory(read) }

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
!13 = !{!"p1 int", !11, i64 0}
!14 = !{!7, !7, i64 0}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 short", !11, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"short", !7, i64 0}
!19 = distinct !{!19, !20}
!20 = !{!"llvm.loop.mustprogress"}
!21 = distinct !{!21, !20}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !20}
!24 = !{!25, !25, i64 0}
!25 = !{!"long", !7, i64 0}
!26 = !{!27, !6, i64 16}
!27 = !{!"label", !7, i64 0, !6, i64 16}
!28 = distinct !{!28, !20}
!29 = distinct !{!29, !20}
!30 = distinct !{!30, !20}
!31 = distinct !{!31, !20}
!32 = distinct !{!32, !20}
!33 = distinct !{!33, !20}
!34 = !{!11, !11, i64 0}
!35 = !{!36, !25, i64 4368}
!36 = !{!"", !7, i64 0, !6, i64 2048, !7, i64 2052, !6, i64 3076, !7, i64 3080, !6, i64 4104, !7, i64 4108, !6, i64 4364, !25, i64 4368, !6, i64 4376, !6, i64 4380}
!37 = !{!36, !6, i64 4364}
!38 = !{!36, !6, i64 2048}
!39 = !{!36, !6, i64 3076}
!40 = !{!36, !6, i64 4104}
!41 = !{!36, !6, i64 4376}
!42 = !{!36, !6, i64 4380}
!43 = distinct !{!43, !20}
!44 = distinct !{!44, !20}
!45 = distinct !{!45, !20}
