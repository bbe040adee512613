; ModuleID = 'mini_printf.c'
source_filename = "mini_printf.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.outbuf = type { ptr, i64, i64 }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }
%struct.spec = type { i32, i32, i32, i32, i32, i32, i32, i32, i8 }

@.str = private unnamed_addr constant [25 x i8] c"%d|%5d|%-5d|%05d|%+d|% d\00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"%.3d|%8.4d|%-8.3i|%+.0d|%.0d\00", align 1
@.str.2 = private unnamed_addr constant [22 x i8] c"%x|%X|%#x|%#o|%o|%08X\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"%u|%lu|%llu|%zu\00", align 1
@.str.4 = private unnamed_addr constant [27 x i8] c"%hd|%hhd|%hu|%hhx|%ld|%lld\00", align 1
@.str.5 = private unnamed_addr constant [42 x i8] c"[%s]|[%10s]|[%-10s]|[%.3s]|[%*s]|[%-*.*s]\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"right\00", align 1
@.str.8 = private unnamed_addr constant [5 x i8] c"left\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"truncate\00", align 1
@.str.10 = private unnamed_addr constant [3 x i8] c"st\00", align 1
@.str.11 = private unnamed_addr constant [10 x i8] c"precision\00", align 1
@.str.12 = private unnamed_addr constant [25 x i8] c"%c%c%c|%3c|%-3c|%%|100%%\00", align 1
@.str.13 = private unnamed_addr constant [14 x i8] c"%*d|%-*d|%.*d\00", align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"%s-%d\00", align 1
@.str.15 = private unnamed_addr constant [10 x i8] c"truncated\00", align 1
@.str.16 = private unnamed_addr constant [44 x i8] c"tests=%d passed=%d first_fail=%d hash=%08x\0A\00", align 1
@.str.17 = private unnamed_addr constant [28 x i8] c"truncated=[%s] would_be=%d\0A\00", align 1
@.str.18 = private unnamed_addr constant [17 x i8] c"0123456789ABCDEF\00", align 1
@.str.19 = private unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 1
@.str.20 = private unnamed_addr constant [7 x i8] c"(null)\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @mini_vsnprintf(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca %struct.outbuf, align 8
  %10 = alloca [1 x %struct.__va_list_tag], align 16
  %11 = alloca %struct.spec, align 4
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i8, align 1
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i64 %1, ptr %6, align 8, !tbaa !12
  store ptr %2, ptr %7, align 8, !tbaa !9
  store ptr %3, ptr %8, align 8, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %18 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 0
  %19 = load ptr, ptr %5, align 8, !tbaa !9
  store ptr %19, ptr %18, align 8, !tbaa !16
  %20 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 1
  %21 = load i64, ptr %6, align 8, !tbaa !12
  store i64 %21, ptr %20, align 8, !tbaa !18
  %22 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 2
  store i64 0, ptr %22, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %23 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %24 = load ptr, ptr %8, align 8, !tbaa !14
  call void @llvm.va_copy.p0(ptr %23, ptr %24)
  br label %25

25:                                               ; preds = %363, %34, %4
  %26 = load ptr, ptr %7, align 8, !tbaa !9
  %27 = load i8, ptr %26, align 1, !tbaa !20
  %28 = icmp ne i8 %27, 0
  br i1 %28, label %29, label %364

29:                                               ; preds = %25
  %30 = load ptr, ptr %7, align 8, !tbaa !9
  %31 = load i8, ptr %30, align 1, !tbaa !20
  %32 = sext i8 %31 to i32
  %33 = icmp ne i32 %32, 37
  br i1 %33, label %34, label %38

34:                                               ; preds = %29
  %35 = load ptr, ptr %7, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw i8, ptr %35, i32 1
  store ptr %36, ptr %7, align 8, !tbaa !9
  %37 = load i8, ptr %35, align 1, !tbaa !20
  call void @put_char(ptr noundef %9, i8 noundef signext %37) #8
  br label %25, !llvm.loop !21

38:                                               ; preds = %29
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %39 = load ptr, ptr %7, align 8, !tbaa !9
  %40 = getelementptr inbounds i8, ptr %39, i64 1
  %41 = call ptr @parse_spec(ptr noundef %40, ptr noundef %11, ptr noundef %10) #8
  store ptr %41, ptr %7, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 8
  %43 = load i8, ptr %42, align 4, !tbaa !23
  %44 = sext i8 %43 to i32
  switch i32 %44, label %360 [
    i32 100, label %45
    i32 105, label %45
    i32 117, label %169
    i32 120, label %169
    i32 88, label %169
    i32 111, label %169
    i32 99, label %281
    i32 115, label %322
    i32 112, label %339
    i32 37, label %359
    i32 0, label %363
  ]

45:                                               ; preds = %38, %38
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %46 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 7
  %47 = load i32, ptr %46, align 4, !tbaa !25
  switch i32 %47, label %137 [
    i32 1, label %48
    i32 2, label %67
    i32 3, label %86
    i32 4, label %103
    i32 5, label %120
  ]

48:                                               ; preds = %45
  %49 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %50 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %49, i32 0, i32 0
  %51 = load i32, ptr %50, align 16
  %52 = icmp ule i32 %51, 40
  br i1 %52, label %53, label %58

53:                                               ; preds = %48
  %54 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %49, i32 0, i32 3
  %55 = load ptr, ptr %54, align 16
  %56 = getelementptr i8, ptr %55, i32 %51
  %57 = add i32 %51, 8
  store i32 %57, ptr %50, align 16
  br label %62

58:                                               ; preds = %48
  %59 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %49, i32 0, i32 2
  %60 = load ptr, ptr %59, align 8
  %61 = getelementptr i8, ptr %60, i32 8
  store ptr %61, ptr %59, align 8
  br label %62

62:                                               ; preds = %58, %53
  %63 = phi ptr [ %56, %53 ], [ %60, %58 ]
  %64 = load i32, ptr %63, align 4, !tbaa !5
  %65 = trunc i32 %64 to i16
  %66 = sext i16 %65 to i64
  store i64 %66, ptr %12, align 8, !tbaa !12
  br label %155

67:                                               ; preds = %45
  %68 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %69 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %68, i32 0, i32 0
  %70 = load i32, ptr %69, align 16
  %71 = icmp ule i32 %70, 40
  br i1 %71, label %72, label %77

72:                                               ; preds = %67
  %73 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %68, i32 0, i32 3
  %74 = load ptr, ptr %73, align 16
  %75 = getelementptr i8, ptr %74, i32 %70
  %76 = add i32 %70, 8
  store i32 %76, ptr %69, align 16
  br label %81

77:                                               ; preds = %67
  %78 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %68, i32 0, i32 2
  %79 = load ptr, ptr %78, align 8
  %80 = getelementptr i8, ptr %79, i32 8
  store ptr %80, ptr %78, align 8
  br label %81

81:                                               ; preds = %77, %72
  %82 = phi ptr [ %75, %72 ], [ %79, %77 ]
  %83 = load i32, ptr %82, align 4, !tbaa !5
  %84 = trunc i32 %83 to i8
  %85 = sext i8 %84 to i64
  store i64 %85, ptr %12, align 8, !tbaa !12
  br label %155

86:                                               ; preds = %45
  %87 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %88 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %87, i32 0, i32 0
  %89 = load i32, ptr %88, align 16
  %90 = icmp ule i32 %89, 40
  br i1 %90, label %91, label %96

91:                                               ; preds = %86
  %92 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %87, i32 0, i32 3
  %93 = load ptr, ptr %92, align 16
  %94 = getelementptr i8, ptr %93, i32 %89
  %95 = add i32 %89, 8
  store i32 %95, ptr %88, align 16
  br label %100

96:                                               ; preds = %86
  %97 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %87, i32 0, i32 2
  %98 = load ptr, ptr %97, align 8
  %99 = getelementptr i8, ptr %98, i32 8
  store ptr %99, ptr %97, align 8
  br label %100

100:                                              ; preds = %96, %91
  %101 = phi ptr [ %94, %91 ], [ %98, %96 ]
  %102 = load i64, ptr %101, align 8, !tbaa !12
  store i64 %102, ptr %12, align 8, !tbaa !12
  br label %155

103:                                              ; preds = %45
  %104 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %105 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %104, i32 0, i32 0
  %106 = load i32, ptr %105, align 16
  %107 = icmp ule i32 %106, 40
  br i1 %107, label %108, label %113

108:                                              ; preds = %103
  %109 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %104, i32 0, i32 3
  %110 = load ptr, ptr %109, align 16
  %111 = getelementptr i8, ptr %110, i32 %106
  %112 = add i32 %106, 8
  store i32 %112, ptr %105, align 16
  br label %117

113:                                              ; preds = %103
  %114 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %104, i32 0, i32 2
  %115 = load ptr, ptr %114, align 8
  %116 = getelementptr i8, ptr %115, i32 8
  store ptr %116, ptr %114, align 8
  br label %117

117:                                              ; preds = %113, %108
  %118 = phi ptr [ %111, %108 ], [ %115, %113 ]
  %119 = load i64, ptr %118, align 8, !tbaa !26
  store i64 %119, ptr %12, align 8, !tbaa !12
  br label %155

120:                                              ; preds = %45
  %121 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %122 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %121, i32 0, i32 0
  %123 = load i32, ptr %122, align 16
  %124 = icmp ule i32 %123, 40
  br i1 %124, label %125, label %130

125:                                              ; preds = %120
  %126 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %121, i32 0, i32 3
  %127 = load ptr, ptr %126, align 16
  %128 = getelementptr i8, ptr %127, i32 %123
  %129 = add i32 %123, 8
  store i32 %129, ptr %122, align 16
  br label %134

130:                                              ; preds = %120
  %131 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %121, i32 0, i32 2
  %132 = load ptr, ptr %131, align 8
  %133 = getelementptr i8, ptr %132, i32 8
  store ptr %133, ptr %131, align 8
  br label %134

134:                                              ; preds = %130, %125
  %135 = phi ptr [ %128, %125 ], [ %132, %130 ]
  %136 = load i64, ptr %135, align 8, !tbaa !12
  store i64 %136, ptr %12, align 8, !tbaa !12
  br label %155

137:                                              ; preds = %45
  %138 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %139 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %138, i32 0, i32 0
  %140 = load i32, ptr %139, align 16
  %141 = icmp ule i32 %140, 40
  br i1 %141, label %142, label %147

142:                                              ; preds = %137
  %143 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %138, i32 0, i32 3
  %144 = load ptr, ptr %143, align 16
  %145 = getelementptr i8, ptr %144, i32 %140
  %146 = add i32 %140, 8
  store i32 %146, ptr %139, align 16
  br label %151

147:                                              ; preds = %137
  %148 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %138, i32 0, i32 2
  %149 = load ptr, ptr %148, align 8
  %150 = getelementptr i8, ptr %149, i32 8
  store ptr %150, ptr %148, align 8
  br label %151

151:                                              ; preds = %147, %142
  %152 = phi ptr [ %145, %142 ], [ %149, %147 ]
  %153 = load i32, ptr %152, align 4, !tbaa !5
  %154 = sext i32 %153 to i64
  store i64 %154, ptr %12, align 8, !tbaa !12
  br label %155

155:                                              ; preds = %151, %134, %117, %100, %81, %62
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %156 = load i64, ptr %12, align 8, !tbaa !12
  %157 = icmp slt i64 %156, 0
  br i1 %157, label %158, label %161

158:                                              ; preds = %155
  %159 = load i64, ptr %12, align 8, !tbaa !12
  %160 = sub i64 0, %159
  br label %163

161:                                              ; preds = %155
  %162 = load i64, ptr %12, align 8, !tbaa !12
  br label %163

163:                                              ; preds = %161, %158
  %164 = phi i64 [ %160, %158 ], [ %162, %161 ]
  store i64 %164, ptr %13, align 8, !tbaa !12
  %165 = load i64, ptr %13, align 8, !tbaa !12
  %166 = load i64, ptr %12, align 8, !tbaa !12
  %167 = icmp slt i64 %166, 0
  %168 = zext i1 %167 to i32
  call void @format_integer(ptr noundef %9, ptr noundef %11, i64 noundef %165, i32 noundef %168) #8
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %363

169:                                              ; preds = %38, %38, %38, %38
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %170 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 7
  %171 = load i32, ptr %170, align 4, !tbaa !25
  switch i32 %171, label %261 [
    i32 1, label %172
    i32 2, label %191
    i32 3, label %210
    i32 4, label %227
    i32 5, label %244
  ]

172:                                              ; preds = %169
  %173 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %174 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %173, i32 0, i32 0
  %175 = load i32, ptr %174, align 16
  %176 = icmp ule i32 %175, 40
  br i1 %176, label %177, label %182

177:                                              ; preds = %172
  %178 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %173, i32 0, i32 3
  %179 = load ptr, ptr %178, align 16
  %180 = getelementptr i8, ptr %179, i32 %175
  %181 = add i32 %175, 8
  store i32 %181, ptr %174, align 16
  br label %186

182:                                              ; preds = %172
  %183 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %173, i32 0, i32 2
  %184 = load ptr, ptr %183, align 8
  %185 = getelementptr i8, ptr %184, i32 8
  store ptr %185, ptr %183, align 8
  br label %186

186:                                              ; preds = %182, %177
  %187 = phi ptr [ %180, %177 ], [ %184, %182 ]
  %188 = load i32, ptr %187, align 4, !tbaa !5
  %189 = trunc i32 %188 to i16
  %190 = zext i16 %189 to i64
  store i64 %190, ptr %14, align 8, !tbaa !12
  br label %279

191:                                              ; preds = %169
  %192 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %193 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %192, i32 0, i32 0
  %194 = load i32, ptr %193, align 16
  %195 = icmp ule i32 %194, 40
  br i1 %195, label %196, label %201

196:                                              ; preds = %191
  %197 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %192, i32 0, i32 3
  %198 = load ptr, ptr %197, align 16
  %199 = getelementptr i8, ptr %198, i32 %194
  %200 = add i32 %194, 8
  store i32 %200, ptr %193, align 16
  br label %205

201:                                              ; preds = %191
  %202 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %192, i32 0, i32 2
  %203 = load ptr, ptr %202, align 8
  %204 = getelementptr i8, ptr %203, i32 8
  store ptr %204, ptr %202, align 8
  br label %205

205:                                              ; preds = %201, %196
  %206 = phi ptr [ %199, %196 ], [ %203, %201 ]
  %207 = load i32, ptr %206, align 4, !tbaa !5
  %208 = trunc i32 %207 to i8
  %209 = zext i8 %208 to i64
  store i64 %209, ptr %14, align 8, !tbaa !12
  br label %279

210:                                              ; preds = %169
  %211 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %212 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %211, i32 0, i32 0
  %213 = load i32, ptr %212, align 16
  %214 = icmp ule i32 %213, 40
  br i1 %214, label %215, label %220

215:                                              ; preds = %210
  %216 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %211, i32 0, i32 3
  %217 = load ptr, ptr %216, align 16
  %218 = getelementptr i8, ptr %217, i32 %213
  %219 = add i32 %213, 8
  store i32 %219, ptr %212, align 16
  br label %224

220:                                              ; preds = %210
  %221 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %211, i32 0, i32 2
  %222 = load ptr, ptr %221, align 8
  %223 = getelementptr i8, ptr %222, i32 8
  store ptr %223, ptr %221, align 8
  br label %224

224:                                              ; preds = %220, %215
  %225 = phi ptr [ %218, %215 ], [ %222, %220 ]
  %226 = load i64, ptr %225, align 8, !tbaa !12
  store i64 %226, ptr %14, align 8, !tbaa !12
  br label %279

227:                                              ; preds = %169
  %228 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %229 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %228, i32 0, i32 0
  %230 = load i32, ptr %229, align 16
  %231 = icmp ule i32 %230, 40
  br i1 %231, label %232, label %237

232:                                              ; preds = %227
  %233 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %228, i32 0, i32 3
  %234 = load ptr, ptr %233, align 16
  %235 = getelementptr i8, ptr %234, i32 %230
  %236 = add i32 %230, 8
  store i32 %236, ptr %229, align 16
  br label %241

237:                                              ; preds = %227
  %238 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %228, i32 0, i32 2
  %239 = load ptr, ptr %238, align 8
  %240 = getelementptr i8, ptr %239, i32 8
  store ptr %240, ptr %238, align 8
  br label %241

241:                                              ; preds = %237, %232
  %242 = phi ptr [ %235, %232 ], [ %239, %237 ]
  %243 = load i64, ptr %242, align 8, !tbaa !26
  store i64 %243, ptr %14, align 8, !tbaa !12
  br label %279

244:                                              ; preds = %169
  %245 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %246 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %245, i32 0, i32 0
  %247 = load i32, ptr %246, align 16
  %248 = icmp ule i32 %247, 40
  br i1 %248, label %249, label %254

249:                                              ; preds = %244
  %250 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %245, i32 0, i32 3
  %251 = load ptr, ptr %250, align 16
  %252 = getelementptr i8, ptr %251, i32 %247
  %253 = add i32 %247, 8
  store i32 %253, ptr %246, align 16
  br label %258

254:                                              ; preds = %244
  %255 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %245, i32 0, i32 2
  %256 = load ptr, ptr %255, align 8
  %257 = getelementptr i8, ptr %256, i32 8
  store ptr %257, ptr %255, align 8
  br label %258

258:                                              ; preds = %254, %249
  %259 = phi ptr [ %252, %249 ], [ %256, %254 ]
  %260 = load i64, ptr %259, align 8, !tbaa !12
  store i64 %260, ptr %14, align 8, !tbaa !12
  br label %279

261:                                              ; preds = %169
  %262 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %263 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %262, i32 0, i32 0
  %264 = load i32, ptr %263, align 16
  %265 = icmp ule i32 %264, 40
  br i1 %265, label %266, label %271

266:                                              ; preds = %261
  %267 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %262, i32 0, i32 3
  %268 = load ptr, ptr %267, align 16
  %269 = getelementptr i8, ptr %268, i32 %264
  %270 = add i32 %264, 8
  store i32 %270, ptr %263, align 16
  br label %275

271:                                              ; preds = %261
  %272 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %262, i32 0, i32 2
  %273 = load ptr, ptr %272, align 8
  %274 = getelementptr i8, ptr %273, i32 8
  store ptr %274, ptr %272, align 8
  br label %275

275:                                              ; preds = %271, %266
  %276 = phi ptr [ %269, %266 ], [ %273, %271 ]
  %277 = load i32, ptr %276, align 4, !tbaa !5
  %278 = zext i32 %277 to i64
  store i64 %278, ptr %14, align 8, !tbaa !12
  br label %279

279:                                              ; preds = %275, %258, %241, %224, %205, %186
  %280 = load i64, ptr %14, align 8, !tbaa !12
  call void @format_integer(ptr noundef %9, ptr noundef %11, i64 noundef %280, i32 noundef 0) #8
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %363

281:                                              ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %282 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %283 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %282, i32 0, i32 0
  %284 = load i32, ptr %283, align 16
  %285 = icmp ule i32 %284, 40
  br i1 %285, label %286, label %291

286:                                              ; preds = %281
  %287 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %282, i32 0, i32 3
  %288 = load ptr, ptr %287, align 16
  %289 = getelementptr i8, ptr %288, i32 %284
  %290 = add i32 %284, 8
  store i32 %290, ptr %283, align 16
  br label %295

291:                                              ; preds = %281
  %292 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %282, i32 0, i32 2
  %293 = load ptr, ptr %292, align 8
  %294 = getelementptr i8, ptr %293, i32 8
  store ptr %294, ptr %292, align 8
  br label %295

295:                                              ; preds = %291, %286
  %296 = phi ptr [ %289, %286 ], [ %293, %291 ]
  %297 = load i32, ptr %296, align 4, !tbaa !5
  %298 = trunc i32 %297 to i8
  store i8 %298, ptr %15, align 1, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %299 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 5
  %300 = load i32, ptr %299, align 4, !tbaa !28
  %301 = icmp sgt i32 %300, 1
  br i1 %301, label %302, label %306

302:                                              ; preds = %295
  %303 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 5
  %304 = load i32, ptr %303, align 4, !tbaa !28
  %305 = sub nsw i32 %304, 1
  br label %307

306:                                              ; preds = %295
  br label %307

307:                                              ; preds = %306, %302
  %308 = phi i32 [ %305, %302 ], [ 0, %306 ]
  store i32 %308, ptr %16, align 4, !tbaa !5
  %309 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 0
  %310 = load i32, ptr %309, align 4, !tbaa !29
  %311 = icmp ne i32 %310, 0
  br i1 %311, label %314, label %312

312:                                              ; preds = %307
  %313 = load i32, ptr %16, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %9, i8 noundef signext 32, i32 noundef %313) #8
  br label %314

314:                                              ; preds = %312, %307
  %315 = load i8, ptr %15, align 1, !tbaa !20
  call void @put_char(ptr noundef %9, i8 noundef signext %315) #8
  %316 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 0
  %317 = load i32, ptr %316, align 4, !tbaa !29
  %318 = icmp ne i32 %317, 0
  br i1 %318, label %319, label %321

319:                                              ; preds = %314
  %320 = load i32, ptr %16, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %9, i8 noundef signext 32, i32 noundef %320) #8
  br label %321

321:                                              ; preds = %319, %314
  call void @llvm.lifetime.end.p0(ptr %16) #7
  call void @llvm.lifetime.end.p0(ptr %15) #7
  br label %363

322:                                              ; preds = %38
  %323 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %324 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %323, i32 0, i32 0
  %325 = load i32, ptr %324, align 16
  %326 = icmp ule i32 %325, 40
  br i1 %326, label %327, label %332

327:                                              ; preds = %322
  %328 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %323, i32 0, i32 3
  %329 = load ptr, ptr %328, align 16
  %330 = getelementptr i8, ptr %329, i32 %325
  %331 = add i32 %325, 8
  store i32 %331, ptr %324, align 16
  br label %336

332:                                              ; preds = %322
  %333 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %323, i32 0, i32 2
  %334 = load ptr, ptr %333, align 8
  %335 = getelementptr i8, ptr %334, i32 8
  store ptr %335, ptr %333, align 8
  br label %336

336:                                              ; preds = %332, %327
  %337 = phi ptr [ %330, %327 ], [ %334, %332 ]
  %338 = load ptr, ptr %337, align 8, !tbaa !9
  call void @format_string(ptr noundef %9, ptr noundef %11, ptr noundef %338) #8
  br label %363

339:                                              ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %17) #7
  %340 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  %341 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %340, i32 0, i32 0
  %342 = load i32, ptr %341, align 16
  %343 = icmp ule i32 %342, 40
  br i1 %343, label %344, label %349

344:                                              ; preds = %339
  %345 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %340, i32 0, i32 3
  %346 = load ptr, ptr %345, align 16
  %347 = getelementptr i8, ptr %346, i32 %342
  %348 = add i32 %342, 8
  store i32 %348, ptr %341, align 16
  br label %353

349:                                              ; preds = %339
  %350 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %340, i32 0, i32 2
  %351 = load ptr, ptr %350, align 8
  %352 = getelementptr i8, ptr %351, i32 8
  store ptr %352, ptr %350, align 8
  br label %353

353:                                              ; preds = %349, %344
  %354 = phi ptr [ %347, %344 ], [ %351, %349 ]
  %355 = load ptr, ptr %354, align 8, !tbaa !30
  %356 = ptrtoint ptr %355 to i64
  store i64 %356, ptr %17, align 8, !tbaa !12
  %357 = load i64, ptr %17, align 8, !tbaa !12
  %358 = and i64 %357, 4095
  call void @format_integer(ptr noundef %9, ptr noundef %11, i64 noundef %358, i32 noundef 0) #8
  call void @llvm.lifetime.end.p0(ptr %17) #7
  br label %363

359:                                              ; preds = %38
  call void @put_char(ptr noundef %9, i8 noundef signext 37) #8
  br label %363

360:                                              ; preds = %38
  call void @put_char(ptr noundef %9, i8 noundef signext 37) #8
  %361 = getelementptr inbounds nuw %struct.spec, ptr %11, i32 0, i32 8
  %362 = load i8, ptr %361, align 4, !tbaa !23
  call void @put_char(ptr noundef %9, i8 noundef signext %362) #8
  br label %363

363:                                              ; preds = %360, %38, %359, %353, %336, %321, %279, %163
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %25, !llvm.loop !21

364:                                              ; preds = %25
  %365 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %10, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %365)
  %366 = load i64, ptr %6, align 8, !tbaa !12
  %367 = icmp ne i64 %366, 0
  br i1 %367, label %368, label %383

368:                                              ; preds = %364
  %369 = load ptr, ptr %5, align 8, !tbaa !9
  %370 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 2
  %371 = load i64, ptr %370, align 8, !tbaa !19
  %372 = load i64, ptr %6, align 8, !tbaa !12
  %373 = icmp ult i64 %371, %372
  br i1 %373, label %374, label %377

374:                                              ; preds = %368
  %375 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 2
  %376 = load i64, ptr %375, align 8, !tbaa !19
  br label %380

377:                                              ; preds = %368
  %378 = load i64, ptr %6, align 8, !tbaa !12
  %379 = sub i64 %378, 1
  br label %380

380:                                              ; preds = %377, %374
  %381 = phi i64 [ %376, %374 ], [ %379, %377 ]
  %382 = getelementptr inbounds nuw i8, ptr %369, i64 %381
  store i8 0, ptr %382, align 1, !tbaa !20
  br label %383

383:                                              ; preds = %380, %364
  %384 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 2
  %385 = load i64, ptr %384, align 8, !tbaa !19
  %386 = trunc i64 %385 to i32
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i32 %386
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @put_char(ptr noundef %0, i8 noundef signext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !31
  store i8 %1, ptr %4, align 1, !tbaa !20
  %5 = load ptr, ptr %3, align 8, !tbaa !31
  %6 = getelementptr inbounds nuw %struct.outbuf, ptr %5, i32 0, i32 2
  %7 = load i64, ptr %6, align 8, !tbaa !19
  %8 = add i64 %7, 1
  %9 = load ptr, ptr %3, align 8, !tbaa !31
  %10 = getelementptr inbounds nuw %struct.outbuf, ptr %9, i32 0, i32 1
  %11 = load i64, ptr %10, align 8, !tbaa !18
  %12 = icmp ult i64 %8, %11
  br i1 %12, label %13, label %22

13:                                               ; preds = %2
  %14 = load i8, ptr %4, align 1, !tbaa !20
  %15 = load ptr, ptr %3, align 8, !tbaa !31
  %16 = getelementptr inbounds nuw %struct.outbuf, ptr %15, i32 0, i32 0
  %17 = load ptr, ptr %16, align 8, !tbaa !16
  %18 = load ptr, ptr %3, align 8, !tbaa !31
  %19 = getelementptr inbounds nuw %struct.outbuf, ptr %18, i32 0, i32 2
  %20 = load i64, ptr %19, align 8, !tbaa !19
  %21 = getelementptr inbounds nuw i8, ptr %17, i64 %20
  store i8 %14, ptr %21, align 1, !tbaa !20
  br label %22

22:                                               ; preds = %13, %2
  %23 = load ptr, ptr %3, align 8, !tbaa !31
  %24 = getelementptr inbounds nuw %struct.outbuf, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8, !tbaa !19
  %26 = add i64 %25, 1
  store i64 %26, ptr %24, align 8, !tbaa !19
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @parse_spec(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !33
  store ptr %2, ptr %6, align 8, !tbaa !14
  %7 = load ptr, ptr %5, align 8, !tbaa !33
  call void @llvm.memset.p0.i64(ptr align 4 %7, i8 0, i64 36, i1 false)
  %8 = load ptr, ptr %5, align 8, !tbaa !33
  %9 = getelementptr inbounds nuw %struct.spec, ptr %8, i32 0, i32 6
  store i32 -1, ptr %9, align 4, !tbaa !35
  br label %10

10:                                               ; preds = %31, %3
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = load i8, ptr %11, align 1, !tbaa !20
  %13 = sext i8 %12 to i32
  switch i32 %13, label %29 [
    i32 45, label %14
    i32 43, label %17
    i32 32, label %20
    i32 35, label %23
    i32 48, label %26
  ]

14:                                               ; preds = %10
  %15 = load ptr, ptr %5, align 8, !tbaa !33
  %16 = getelementptr inbounds nuw %struct.spec, ptr %15, i32 0, i32 0
  store i32 1, ptr %16, align 4, !tbaa !29
  br label %31

17:                                               ; preds = %10
  %18 = load ptr, ptr %5, align 8, !tbaa !33
  %19 = getelementptr inbounds nuw %struct.spec, ptr %18, i32 0, i32 1
  store i32 1, ptr %19, align 4, !tbaa !36
  br label %31

20:                                               ; preds = %10
  %21 = load ptr, ptr %5, align 8, !tbaa !33
  %22 = getelementptr inbounds nuw %struct.spec, ptr %21, i32 0, i32 2
  store i32 1, ptr %22, align 4, !tbaa !37
  br label %31

23:                                               ; preds = %10
  %24 = load ptr, ptr %5, align 8, !tbaa !33
  %25 = getelementptr inbounds nuw %struct.spec, ptr %24, i32 0, i32 3
  store i32 1, ptr %25, align 4, !tbaa !38
  br label %31

26:                                               ; preds = %10
  %27 = load ptr, ptr %5, align 8, !tbaa !33
  %28 = getelementptr inbounds nuw %struct.spec, ptr %27, i32 0, i32 4
  store i32 1, ptr %28, align 4, !tbaa !39
  br label %31

29:                                               ; preds = %10
  br label %30

30:                                               ; preds = %29
  br label %34

31:                                               ; preds = %26, %23, %20, %17, %14
  %32 = load ptr, ptr %4, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw i8, ptr %32, i32 1
  store ptr %33, ptr %4, align 8, !tbaa !9
  br label %10

34:                                               ; preds = %30
  %35 = load ptr, ptr %4, align 8, !tbaa !9
  %36 = load i8, ptr %35, align 1, !tbaa !20
  %37 = sext i8 %36 to i32
  %38 = icmp eq i32 %37, 42
  br i1 %38, label %39, label %83

39:                                               ; preds = %34
  %40 = load ptr, ptr %6, align 8, !tbaa !14
  %41 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %40, i64 0, i64 0
  %42 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %41, i32 0, i32 0
  %43 = load i32, ptr %42, align 8
  %44 = icmp ule i32 %43, 40
  br i1 %44, label %45, label %50

45:                                               ; preds = %39
  %46 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %41, i32 0, i32 3
  %47 = load ptr, ptr %46, align 8
  %48 = getelementptr i8, ptr %47, i32 %43
  %49 = add i32 %43, 8
  store i32 %49, ptr %42, align 8
  br label %54

50:                                               ; preds = %39
  %51 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %41, i32 0, i32 2
  %52 = load ptr, ptr %51, align 8
  %53 = getelementptr i8, ptr %52, i32 8
  store ptr %53, ptr %51, align 8
  br label %54

54:                                               ; preds = %50, %45
  %55 = phi ptr [ %48, %45 ], [ %52, %50 ]
  %56 = load i32, ptr %55, align 4, !tbaa !5
  %57 = load ptr, ptr %5, align 8, !tbaa !33
  %58 = getelementptr inbounds nuw %struct.spec, ptr %57, i32 0, i32 5
  store i32 %56, ptr %58, align 4, !tbaa !28
  %59 = load ptr, ptr %5, align 8, !tbaa !33
  %60 = getelementptr inbounds nuw %struct.spec, ptr %59, i32 0, i32 5
  %61 = load i32, ptr %60, align 4, !tbaa !28
  %62 = icmp slt i32 %61, 0
  br i1 %62, label %63, label %80

63:                                               ; preds = %54
  %64 = load ptr, ptr %5, align 8, !tbaa !33
  %65 = getelementptr inbounds nuw %struct.spec, ptr %64, i32 0, i32 0
  store i32 1, ptr %65, align 4, !tbaa !29
  %66 = load ptr, ptr %5, align 8, !tbaa !33
  %67 = getelementptr inbounds nuw %struct.spec, ptr %66, i32 0, i32 5
  %68 = load i32, ptr %67, align 4, !tbaa !28
  %69 = icmp eq i32 %68, -2147483648
  br i1 %69, label %70, label %71

70:                                               ; preds = %63
  br label %76

71:                                               ; preds = %63
  %72 = load ptr, ptr %5, align 8, !tbaa !33
  %73 = getelementptr inbounds nuw %struct.spec, ptr %72, i32 0, i32 5
  %74 = load i32, ptr %73, align 4, !tbaa !28
  %75 = sub nsw i32 0, %74
  br label %76

76:                                               ; preds = %71, %70
  %77 = phi i32 [ 0, %70 ], [ %75, %71 ]
  %78 = load ptr, ptr %5, align 8, !tbaa !33
  %79 = getelementptr inbounds nuw %struct.spec, ptr %78, i32 0, i32 5
  store i32 %77, ptr %79, align 4, !tbaa !28
  br label %80

80:                                               ; preds = %76, %54
  %81 = load ptr, ptr %4, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw i8, ptr %81, i32 1
  store ptr %82, ptr %4, align 8, !tbaa !9
  br label %115

83:                                               ; preds = %34
  br label %84

84:                                               ; preds = %101, %83
  %85 = load ptr, ptr %4, align 8, !tbaa !9
  %86 = load i8, ptr %85, align 1, !tbaa !20
  %87 = sext i8 %86 to i32
  %88 = icmp sge i32 %87, 48
  br i1 %88, label %89, label %99

89:                                               ; preds = %84
  %90 = load ptr, ptr %4, align 8, !tbaa !9
  %91 = load i8, ptr %90, align 1, !tbaa !20
  %92 = sext i8 %91 to i32
  %93 = icmp sle i32 %92, 57
  br i1 %93, label %94, label %99

94:                                               ; preds = %89
  %95 = load ptr, ptr %5, align 8, !tbaa !33
  %96 = getelementptr inbounds nuw %struct.spec, ptr %95, i32 0, i32 5
  %97 = load i32, ptr %96, align 4, !tbaa !28
  %98 = icmp slt i32 %97, 10000
  br label %99

99:                                               ; preds = %94, %89, %84
  %100 = phi i1 [ false, %89 ], [ false, %84 ], [ %98, %94 ]
  br i1 %100, label %101, label %114

101:                                              ; preds = %99
  %102 = load ptr, ptr %5, align 8, !tbaa !33
  %103 = getelementptr inbounds nuw %struct.spec, ptr %102, i32 0, i32 5
  %104 = load i32, ptr %103, align 4, !tbaa !28
  %105 = mul nsw i32 %104, 10
  %106 = load ptr, ptr %4, align 8, !tbaa !9
  %107 = getelementptr inbounds nuw i8, ptr %106, i32 1
  store ptr %107, ptr %4, align 8, !tbaa !9
  %108 = load i8, ptr %106, align 1, !tbaa !20
  %109 = sext i8 %108 to i32
  %110 = sub nsw i32 %109, 48
  %111 = add nsw i32 %105, %110
  %112 = load ptr, ptr %5, align 8, !tbaa !33
  %113 = getelementptr inbounds nuw %struct.spec, ptr %112, i32 0, i32 5
  store i32 %111, ptr %113, align 4, !tbaa !28
  br label %84, !llvm.loop !40

114:                                              ; preds = %99
  br label %115

115:                                              ; preds = %114, %80
  %116 = load ptr, ptr %4, align 8, !tbaa !9
  %117 = load i8, ptr %116, align 1, !tbaa !20
  %118 = sext i8 %117 to i32
  %119 = icmp eq i32 %118, 46
  br i1 %119, label %120, label %192

120:                                              ; preds = %115
  %121 = load ptr, ptr %4, align 8, !tbaa !9
  %122 = getelementptr inbounds nuw i8, ptr %121, i32 1
  store ptr %122, ptr %4, align 8, !tbaa !9
  %123 = load ptr, ptr %5, align 8, !tbaa !33
  %124 = getelementptr inbounds nuw %struct.spec, ptr %123, i32 0, i32 6
  store i32 0, ptr %124, align 4, !tbaa !35
  %125 = load ptr, ptr %4, align 8, !tbaa !9
  %126 = load i8, ptr %125, align 1, !tbaa !20
  %127 = sext i8 %126 to i32
  %128 = icmp eq i32 %127, 42
  br i1 %128, label %129, label %159

129:                                              ; preds = %120
  %130 = load ptr, ptr %6, align 8, !tbaa !14
  %131 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %130, i64 0, i64 0
  %132 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %131, i32 0, i32 0
  %133 = load i32, ptr %132, align 8
  %134 = icmp ule i32 %133, 40
  br i1 %134, label %135, label %140

135:                                              ; preds = %129
  %136 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %131, i32 0, i32 3
  %137 = load ptr, ptr %136, align 8
  %138 = getelementptr i8, ptr %137, i32 %133
  %139 = add i32 %133, 8
  store i32 %139, ptr %132, align 8
  br label %144

140:                                              ; preds = %129
  %141 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %131, i32 0, i32 2
  %142 = load ptr, ptr %141, align 8
  %143 = getelementptr i8, ptr %142, i32 8
  store ptr %143, ptr %141, align 8
  br label %144

144:                                              ; preds = %140, %135
  %145 = phi ptr [ %138, %135 ], [ %142, %140 ]
  %146 = load i32, ptr %145, align 4, !tbaa !5
  %147 = load ptr, ptr %5, align 8, !tbaa !33
  %148 = getelementptr inbounds nuw %struct.spec, ptr %147, i32 0, i32 6
  store i32 %146, ptr %148, align 4, !tbaa !35
  %149 = load ptr, ptr %5, align 8, !tbaa !33
  %150 = getelementptr inbounds nuw %struct.spec, ptr %149, i32 0, i32 6
  %151 = load i32, ptr %150, align 4, !tbaa !35
  %152 = icmp slt i32 %151, 0
  br i1 %152, label %153, label %156

153:                                              ; preds = %144
  %154 = load ptr, ptr %5, align 8, !tbaa !33
  %155 = getelementptr inbounds nuw %struct.spec, ptr %154, i32 0, i32 6
  store i32 -1, ptr %155, align 4, !tbaa !35
  br label %156

156:                                              ; preds = %153, %144
  %157 = load ptr, ptr %4, align 8, !tbaa !9
  %158 = getelementptr inbounds nuw i8, ptr %157, i32 1
  store ptr %158, ptr %4, align 8, !tbaa !9
  br label %191

159:                                              ; preds = %120
  br label %160

160:                                              ; preds = %177, %159
  %161 = load ptr, ptr %4, align 8, !tbaa !9
  %162 = load i8, ptr %161, align 1, !tbaa !20
  %163 = sext i8 %162 to i32
  %164 = icmp sge i32 %163, 48
  br i1 %164, label %165, label %175

165:                                              ; preds = %160
  %166 = load ptr, ptr %4, align 8, !tbaa !9
  %167 = load i8, ptr %166, align 1, !tbaa !20
  %168 = sext i8 %167 to i32
  %169 = icmp sle i32 %168, 57
  br i1 %169, label %170, label %175

170:                                              ; preds = %165
  %171 = load ptr, ptr %5, align 8, !tbaa !33
  %172 = getelementptr inbounds nuw %struct.spec, ptr %171, i32 0, i32 6
  %173 = load i32, ptr %172, align 4, !tbaa !35
  %174 = icmp slt i32 %173, 10000
  br label %175

175:                                              ; preds = %170, %165, %160
  %176 = phi i1 [ false, %165 ], [ false, %160 ], [ %174, %170 ]
  br i1 %176, label %177, label %190

177:                                              ; preds = %175
  %178 = load ptr, ptr %5, align 8, !tbaa !33
  %179 = getelementptr inbounds nuw %struct.spec, ptr %178, i32 0, i32 6
  %180 = load i32, ptr %179, align 4, !tbaa !35
  %181 = mul nsw i32 %180, 10
  %182 = load ptr, ptr %4, align 8, !tbaa !9
  %183 = getelementptr inbounds nuw i8, ptr %182, i32 1
  store ptr %183, ptr %4, align 8, !tbaa !9
  %184 = load i8, ptr %182, align 1, !tbaa !20
  %185 = sext i8 %184 to i32
  %186 = sub nsw i32 %185, 48
  %187 = add nsw i32 %181, %186
  %188 = load ptr, ptr %5, align 8, !tbaa !33
  %189 = getelementptr inbounds nuw %struct.spec, ptr %188, i32 0, i32 6
  store i32 %187, ptr %189, align 4, !tbaa !35
  br label %160, !llvm.loop !41

190:                                              ; preds = %175
  br label %191

191:                                              ; preds = %190, %156
  br label %192

192:                                              ; preds = %191, %115
  %193 = load ptr, ptr %4, align 8, !tbaa !9
  %194 = load i8, ptr %193, align 1, !tbaa !20
  %195 = sext i8 %194 to i32
  %196 = icmp eq i32 %195, 104
  br i1 %196, label %197, label %211

197:                                              ; preds = %192
  %198 = load ptr, ptr %5, align 8, !tbaa !33
  %199 = getelementptr inbounds nuw %struct.spec, ptr %198, i32 0, i32 7
  store i32 1, ptr %199, align 4, !tbaa !25
  %200 = load ptr, ptr %4, align 8, !tbaa !9
  %201 = getelementptr inbounds nuw i8, ptr %200, i32 1
  store ptr %201, ptr %4, align 8, !tbaa !9
  %202 = load i8, ptr %201, align 1, !tbaa !20
  %203 = sext i8 %202 to i32
  %204 = icmp eq i32 %203, 104
  br i1 %204, label %205, label %210

205:                                              ; preds = %197
  %206 = load ptr, ptr %5, align 8, !tbaa !33
  %207 = getelementptr inbounds nuw %struct.spec, ptr %206, i32 0, i32 7
  store i32 2, ptr %207, align 4, !tbaa !25
  %208 = load ptr, ptr %4, align 8, !tbaa !9
  %209 = getelementptr inbounds nuw i8, ptr %208, i32 1
  store ptr %209, ptr %4, align 8, !tbaa !9
  br label %210

210:                                              ; preds = %205, %197
  br label %242

211:                                              ; preds = %192
  %212 = load ptr, ptr %4, align 8, !tbaa !9
  %213 = load i8, ptr %212, align 1, !tbaa !20
  %214 = sext i8 %213 to i32
  %215 = icmp eq i32 %214, 108
  br i1 %215, label %216, label %230

216:                                              ; preds = %211
  %217 = load ptr, ptr %5, align 8, !tbaa !33
  %218 = getelementptr inbounds nuw %struct.spec, ptr %217, i32 0, i32 7
  store i32 3, ptr %218, align 4, !tbaa !25
  %219 = load ptr, ptr %4, align 8, !tbaa !9
  %220 = getelementptr inbounds nuw i8, ptr %219, i32 1
  store ptr %220, ptr %4, align 8, !tbaa !9
  %221 = load i8, ptr %220, align 1, !tbaa !20
  %222 = sext i8 %221 to i32
  %223 = icmp eq i32 %222, 108
  br i1 %223, label %224, label %229

224:                                              ; preds = %216
  %225 = load ptr, ptr %5, align 8, !tbaa !33
  %226 = getelementptr inbounds nuw %struct.spec, ptr %225, i32 0, i32 7
  store i32 4, ptr %226, align 4, !tbaa !25
  %227 = load ptr, ptr %4, align 8, !tbaa !9
  %228 = getelementptr inbounds nuw i8, ptr %227, i32 1
  store ptr %228, ptr %4, align 8, !tbaa !9
  br label %229

229:                                              ; preds = %224, %216
  br label %241

230:                                              ; preds = %211
  %231 = load ptr, ptr %4, align 8, !tbaa !9
  %232 = load i8, ptr %231, align 1, !tbaa !20
  %233 = sext i8 %232 to i32
  %234 = icmp eq i32 %233, 122
  br i1 %234, label %235, label %240

235:                                              ; preds = %230
  %236 = load ptr, ptr %5, align 8, !tbaa !33
  %237 = getelementptr inbounds nuw %struct.spec, ptr %236, i32 0, i32 7
  store i32 5, ptr %237, align 4, !tbaa !25
  %238 = load ptr, ptr %4, align 8, !tbaa !9
  %239 = getelementptr inbounds nuw i8, ptr %238, i32 1
  store ptr %239, ptr %4, align 8, !tbaa !9
  br label %240

240:                                              ; preds = %235, %230
  br label %241

241:                                              ; preds = %240, %229
  br label %242

242:                                              ; preds = %241, %210
  %243 = load ptr, ptr %4, align 8, !tbaa !9
  %244 = load i8, ptr %243, align 1, !tbaa !20
  %245 = load ptr, ptr %5, align 8, !tbaa !33
  %246 = getelementptr inbounds nuw %struct.spec, ptr %245, i32 0, i32 8
  store i8 %244, ptr %246, align 4, !tbaa !23
  %247 = load ptr, ptr %4, align 8, !tbaa !9
  %248 = load i8, ptr %247, align 1, !tbaa !20
  %249 = sext i8 %248 to i32
  %250 = icmp ne i32 %249, 0
  br i1 %250, label %251, label %254

251:                                              ; preds = %242
  %252 = load ptr, ptr %4, align 8, !tbaa !9
  %253 = getelementptr inbounds i8, ptr %252, i64 1
  br label %256

254:                                              ; preds = %242
  %255 = load ptr, ptr %4, align 8, !tbaa !9
  br label %256

256:                                              ; preds = %254, %251
  %257 = phi ptr [ %253, %251 ], [ %255, %254 ]
  ret ptr %257
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @format_integer(ptr noundef %0, ptr noundef %1, i64 noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  %9 = alloca [64 x i8], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca [3 x i8], align 1
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !31
  store ptr %1, ptr %6, align 8, !tbaa !33
  store i64 %2, ptr %7, align 8, !tbaa !12
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 10, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 0, ptr %11, align 4, !tbaa !5
  %18 = load ptr, ptr %6, align 8, !tbaa !33
  %19 = getelementptr inbounds nuw %struct.spec, ptr %18, i32 0, i32 8
  %20 = load i8, ptr %19, align 4, !tbaa !23
  %21 = sext i8 %20 to i32
  switch i32 %21, label %26 [
    i32 120, label %22
    i32 88, label %23
    i32 111, label %24
    i32 112, label %25
  ]

22:                                               ; preds = %4
  store i32 16, ptr %10, align 4, !tbaa !5
  br label %27

23:                                               ; preds = %4
  store i32 16, ptr %10, align 4, !tbaa !5
  store i32 1, ptr %11, align 4, !tbaa !5
  br label %27

24:                                               ; preds = %4
  store i32 8, ptr %10, align 4, !tbaa !5
  br label %27

25:                                               ; preds = %4
  store i32 16, ptr %10, align 4, !tbaa !5
  br label %27

26:                                               ; preds = %4
  br label %27

27:                                               ; preds = %26, %25, %24, %23, %22
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %28 = load i64, ptr %7, align 8, !tbaa !12
  %29 = icmp eq i64 %28, 0
  br i1 %29, label %30, label %36

30:                                               ; preds = %27
  %31 = load ptr, ptr %6, align 8, !tbaa !33
  %32 = getelementptr inbounds nuw %struct.spec, ptr %31, i32 0, i32 6
  %33 = load i32, ptr %32, align 4, !tbaa !35
  %34 = icmp eq i32 %33, 0
  br i1 %34, label %35, label %36

35:                                               ; preds = %30
  br label %42

36:                                               ; preds = %30, %27
  %37 = load i64, ptr %7, align 8, !tbaa !12
  %38 = load i32, ptr %10, align 4, !tbaa !5
  %39 = load i32, ptr %11, align 4, !tbaa !5
  %40 = getelementptr inbounds [64 x i8], ptr %9, i64 0, i64 0
  %41 = call i32 @utoa_rev(i64 noundef %37, i32 noundef %38, i32 noundef %39, ptr noundef %40) #8
  br label %42

42:                                               ; preds = %36, %35
  %43 = phi i32 [ 0, %35 ], [ %41, %36 ]
  store i32 %43, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %13) #7
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 0, ptr %14, align 4, !tbaa !5
  %44 = load ptr, ptr %6, align 8, !tbaa !33
  %45 = getelementptr inbounds nuw %struct.spec, ptr %44, i32 0, i32 8
  %46 = load i8, ptr %45, align 4, !tbaa !23
  %47 = sext i8 %46 to i32
  %48 = icmp eq i32 %47, 100
  br i1 %48, label %55, label %49

49:                                               ; preds = %42
  %50 = load ptr, ptr %6, align 8, !tbaa !33
  %51 = getelementptr inbounds nuw %struct.spec, ptr %50, i32 0, i32 8
  %52 = load i8, ptr %51, align 4, !tbaa !23
  %53 = sext i8 %52 to i32
  %54 = icmp eq i32 %53, 105
  br i1 %54, label %55, label %86

55:                                               ; preds = %49, %42
  %56 = load i32, ptr %8, align 4, !tbaa !5
  %57 = icmp ne i32 %56, 0
  br i1 %57, label %58, label %63

58:                                               ; preds = %55
  %59 = load i32, ptr %14, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %14, align 4, !tbaa !5
  %61 = sext i32 %59 to i64
  %62 = getelementptr inbounds [3 x i8], ptr %13, i64 0, i64 %61
  store i8 45, ptr %62, align 1, !tbaa !20
  br label %85

63:                                               ; preds = %55
  %64 = load ptr, ptr %6, align 8, !tbaa !33
  %65 = getelementptr inbounds nuw %struct.spec, ptr %64, i32 0, i32 1
  %66 = load i32, ptr %65, align 4, !tbaa !36
  %67 = icmp ne i32 %66, 0
  br i1 %67, label %68, label %73

68:                                               ; preds = %63
  %69 = load i32, ptr %14, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %14, align 4, !tbaa !5
  %71 = sext i32 %69 to i64
  %72 = getelementptr inbounds [3 x i8], ptr %13, i64 0, i64 %71
  store i8 43, ptr %72, align 1, !tbaa !20
  br label %84

73:                                               ; preds = %63
  %74 = load ptr, ptr %6, align 8, !tbaa !33
  %75 = getelementptr inbounds nuw %struct.spec, ptr %74, i32 0, i32 2
  %76 = load i32, ptr %75, align 4, !tbaa !37
  %77 = icmp ne i32 %76, 0
  br i1 %77, label %78, label %83

78:                                               ; preds = %73
  %79 = load i32, ptr %14, align 4, !tbaa !5
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %14, align 4, !tbaa !5
  %81 = sext i32 %79 to i64
  %82 = getelementptr inbounds [3 x i8], ptr %13, i64 0, i64 %81
  store i8 32, ptr %82, align 1, !tbaa !20
  br label %83

83:                                               ; preds = %78, %73
  br label %84

84:                                               ; preds = %83, %68
  br label %85

85:                                               ; preds = %84, %58
  br label %118

86:                                               ; preds = %49
  %87 = load ptr, ptr %6, align 8, !tbaa !33
  %88 = getelementptr inbounds nuw %struct.spec, ptr %87, i32 0, i32 3
  %89 = load i32, ptr %88, align 4, !tbaa !38
  %90 = icmp ne i32 %89, 0
  br i1 %90, label %91, label %97

91:                                               ; preds = %86
  %92 = load i64, ptr %7, align 8, !tbaa !12
  %93 = icmp ne i64 %92, 0
  br i1 %93, label %94, label %97

94:                                               ; preds = %91
  %95 = load i32, ptr %10, align 4, !tbaa !5
  %96 = icmp eq i32 %95, 16
  br i1 %96, label %103, label %97

97:                                               ; preds = %94, %91, %86
  %98 = load ptr, ptr %6, align 8, !tbaa !33
  %99 = getelementptr inbounds nuw %struct.spec, ptr %98, i32 0, i32 8
  %100 = load i8, ptr %99, align 4, !tbaa !23
  %101 = sext i8 %100 to i32
  %102 = icmp eq i32 %101, 112
  br i1 %102, label %103, label %117

103:                                              ; preds = %97, %94
  %104 = load i32, ptr %14, align 4, !tbaa !5
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %14, align 4, !tbaa !5
  %106 = sext i32 %104 to i64
  %107 = getelementptr inbounds [3 x i8], ptr %13, i64 0, i64 %106
  store i8 48, ptr %107, align 1, !tbaa !20
  %108 = load i32, ptr %11, align 4, !tbaa !5
  %109 = icmp ne i32 %108, 0
  %110 = zext i1 %109 to i64
  %111 = select i1 %109, i32 88, i32 120
  %112 = trunc i32 %111 to i8
  %113 = load i32, ptr %14, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %14, align 4, !tbaa !5
  %115 = sext i32 %113 to i64
  %116 = getelementptr inbounds [3 x i8], ptr %13, i64 0, i64 %115
  store i8 %112, ptr %116, align 1, !tbaa !20
  br label %117

117:                                              ; preds = %103, %97
  br label %118

118:                                              ; preds = %117, %85
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %119 = load ptr, ptr %6, align 8, !tbaa !33
  %120 = getelementptr inbounds nuw %struct.spec, ptr %119, i32 0, i32 6
  %121 = load i32, ptr %120, align 4, !tbaa !35
  %122 = load i32, ptr %12, align 4, !tbaa !5
  %123 = icmp sgt i32 %121, %122
  br i1 %123, label %124, label %130

124:                                              ; preds = %118
  %125 = load ptr, ptr %6, align 8, !tbaa !33
  %126 = getelementptr inbounds nuw %struct.spec, ptr %125, i32 0, i32 6
  %127 = load i32, ptr %126, align 4, !tbaa !35
  %128 = load i32, ptr %12, align 4, !tbaa !5
  %129 = sub nsw i32 %127, %128
  br label %131

130:                                              ; preds = %118
  br label %131

131:                                              ; preds = %130, %124
  %132 = phi i32 [ %129, %124 ], [ 0, %130 ]
  store i32 %132, ptr %15, align 4, !tbaa !5
  %133 = load ptr, ptr %6, align 8, !tbaa !33
  %134 = getelementptr inbounds nuw %struct.spec, ptr %133, i32 0, i32 8
  %135 = load i8, ptr %134, align 4, !tbaa !23
  %136 = sext i8 %135 to i32
  %137 = icmp eq i32 %136, 111
  br i1 %137, label %138, label %158

138:                                              ; preds = %131
  %139 = load ptr, ptr %6, align 8, !tbaa !33
  %140 = getelementptr inbounds nuw %struct.spec, ptr %139, i32 0, i32 3
  %141 = load i32, ptr %140, align 4, !tbaa !38
  %142 = icmp ne i32 %141, 0
  br i1 %142, label %143, label %158

143:                                              ; preds = %138
  %144 = load i32, ptr %15, align 4, !tbaa !5
  %145 = icmp eq i32 %144, 0
  br i1 %145, label %146, label %158

146:                                              ; preds = %143
  %147 = load i32, ptr %12, align 4, !tbaa !5
  %148 = icmp eq i32 %147, 0
  br i1 %148, label %157, label %149

149:                                              ; preds = %146
  %150 = load i32, ptr %12, align 4, !tbaa !5
  %151 = sub nsw i32 %150, 1
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [64 x i8], ptr %9, i64 0, i64 %152
  %154 = load i8, ptr %153, align 1, !tbaa !20
  %155 = sext i8 %154 to i32
  %156 = icmp ne i32 %155, 48
  br i1 %156, label %157, label %158

157:                                              ; preds = %149, %146
  store i32 1, ptr %15, align 4, !tbaa !5
  br label %158

158:                                              ; preds = %157, %149, %143, %138, %131
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %159 = load i32, ptr %14, align 4, !tbaa !5
  %160 = load i32, ptr %15, align 4, !tbaa !5
  %161 = add nsw i32 %159, %160
  %162 = load i32, ptr %12, align 4, !tbaa !5
  %163 = add nsw i32 %161, %162
  store i32 %163, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %17) #7
  %164 = load ptr, ptr %6, align 8, !tbaa !33
  %165 = getelementptr inbounds nuw %struct.spec, ptr %164, i32 0, i32 5
  %166 = load i32, ptr %165, align 4, !tbaa !28
  %167 = load i32, ptr %16, align 4, !tbaa !5
  %168 = icmp sgt i32 %166, %167
  br i1 %168, label %169, label %175

169:                                              ; preds = %158
  %170 = load ptr, ptr %6, align 8, !tbaa !33
  %171 = getelementptr inbounds nuw %struct.spec, ptr %170, i32 0, i32 5
  %172 = load i32, ptr %171, align 4, !tbaa !28
  %173 = load i32, ptr %16, align 4, !tbaa !5
  %174 = sub nsw i32 %172, %173
  br label %176

175:                                              ; preds = %158
  br label %176

176:                                              ; preds = %175, %169
  %177 = phi i32 [ %174, %169 ], [ 0, %175 ]
  store i32 %177, ptr %17, align 4, !tbaa !5
  %178 = load ptr, ptr %6, align 8, !tbaa !33
  %179 = getelementptr inbounds nuw %struct.spec, ptr %178, i32 0, i32 4
  %180 = load i32, ptr %179, align 4, !tbaa !39
  %181 = icmp ne i32 %180, 0
  br i1 %181, label %182, label %196

182:                                              ; preds = %176
  %183 = load ptr, ptr %6, align 8, !tbaa !33
  %184 = getelementptr inbounds nuw %struct.spec, ptr %183, i32 0, i32 0
  %185 = load i32, ptr %184, align 4, !tbaa !29
  %186 = icmp ne i32 %185, 0
  br i1 %186, label %196, label %187

187:                                              ; preds = %182
  %188 = load ptr, ptr %6, align 8, !tbaa !33
  %189 = getelementptr inbounds nuw %struct.spec, ptr %188, i32 0, i32 6
  %190 = load i32, ptr %189, align 4, !tbaa !35
  %191 = icmp slt i32 %190, 0
  br i1 %191, label %192, label %196

192:                                              ; preds = %187
  %193 = load i32, ptr %17, align 4, !tbaa !5
  %194 = load i32, ptr %15, align 4, !tbaa !5
  %195 = add nsw i32 %194, %193
  store i32 %195, ptr %15, align 4, !tbaa !5
  store i32 0, ptr %17, align 4, !tbaa !5
  br label %196

196:                                              ; preds = %192, %187, %182, %176
  %197 = load ptr, ptr %6, align 8, !tbaa !33
  %198 = getelementptr inbounds nuw %struct.spec, ptr %197, i32 0, i32 0
  %199 = load i32, ptr %198, align 4, !tbaa !29
  %200 = icmp ne i32 %199, 0
  br i1 %200, label %204, label %201

201:                                              ; preds = %196
  %202 = load ptr, ptr %5, align 8, !tbaa !31
  %203 = load i32, ptr %17, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %202, i8 noundef signext 32, i32 noundef %203) #8
  br label %204

204:                                              ; preds = %201, %196
  %205 = load ptr, ptr %5, align 8, !tbaa !31
  %206 = getelementptr inbounds [3 x i8], ptr %13, i64 0, i64 0
  %207 = load i32, ptr %14, align 4, !tbaa !5
  %208 = sext i32 %207 to i64
  call void @put_str(ptr noundef %205, ptr noundef %206, i64 noundef %208) #8
  %209 = load ptr, ptr %5, align 8, !tbaa !31
  %210 = load i32, ptr %15, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %209, i8 noundef signext 48, i32 noundef %210) #8
  br label %211

211:                                              ; preds = %214, %204
  %212 = load i32, ptr %12, align 4, !tbaa !5
  %213 = icmp sgt i32 %212, 0
  br i1 %213, label %214, label %221

214:                                              ; preds = %211
  %215 = load ptr, ptr %5, align 8, !tbaa !31
  %216 = load i32, ptr %12, align 4, !tbaa !5
  %217 = add nsw i32 %216, -1
  store i32 %217, ptr %12, align 4, !tbaa !5
  %218 = sext i32 %217 to i64
  %219 = getelementptr inbounds [64 x i8], ptr %9, i64 0, i64 %218
  %220 = load i8, ptr %219, align 1, !tbaa !20
  call void @put_char(ptr noundef %215, i8 noundef signext %220) #8
  br label %211, !llvm.loop !42

221:                                              ; preds = %211
  %222 = load ptr, ptr %6, align 8, !tbaa !33
  %223 = getelementptr inbounds nuw %struct.spec, ptr %222, i32 0, i32 0
  %224 = load i32, ptr %223, align 4, !tbaa !29
  %225 = icmp ne i32 %224, 0
  br i1 %225, label %226, label %229

226:                                              ; preds = %221
  %227 = load ptr, ptr %5, align 8, !tbaa !31
  %228 = load i32, ptr %17, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %227, i8 noundef signext 32, i32 noundef %228) #8
  br label %229

229:                                              ; preds = %226, %221
  call void @llvm.lifetime.end.p0(ptr %17) #7
  call void @llvm.lifetime.end.p0(ptr %16) #7
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @put_repeat(ptr noundef %0, i8 noundef signext %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i8, align 1
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !31
  store i8 %1, ptr %5, align 1, !tbaa !20
  store i32 %2, ptr %6, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %11, %3
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = add nsw i32 %8, -1
  store i32 %9, ptr %6, align 4, !tbaa !5
  %10 = icmp sgt i32 %8, 0
  br i1 %10, label %11, label %14

11:                                               ; preds = %7
  %12 = load ptr, ptr %4, align 8, !tbaa !31
  %13 = load i8, ptr %5, align 1, !tbaa !20
  call void @put_char(ptr noundef %12, i8 noundef signext %13) #8
  br label %7, !llvm.loop !43

14:                                               ; preds = %7
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @format_string(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !31
  store ptr %1, ptr %5, align 8, !tbaa !33
  store ptr %2, ptr %6, align 8, !tbaa !9
  %9 = load ptr, ptr %6, align 8, !tbaa !9
  %10 = icmp ne ptr %9, null
  br i1 %10, label %12, label %11

11:                                               ; preds = %3
  store ptr @.str.20, ptr %6, align 8, !tbaa !9
  br label %12

12:                                               ; preds = %11, %3
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %13 = load ptr, ptr %6, align 8, !tbaa !9
  %14 = call i64 @strlen(ptr noundef %13) #9
  store i64 %14, ptr %7, align 8, !tbaa !12
  %15 = load ptr, ptr %5, align 8, !tbaa !33
  %16 = getelementptr inbounds nuw %struct.spec, ptr %15, i32 0, i32 6
  %17 = load i32, ptr %16, align 4, !tbaa !35
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %19, label %31

19:                                               ; preds = %12
  %20 = load ptr, ptr %5, align 8, !tbaa !33
  %21 = getelementptr inbounds nuw %struct.spec, ptr %20, i32 0, i32 6
  %22 = load i32, ptr %21, align 4, !tbaa !35
  %23 = sext i32 %22 to i64
  %24 = load i64, ptr %7, align 8, !tbaa !12
  %25 = icmp ult i64 %23, %24
  br i1 %25, label %26, label %31

26:                                               ; preds = %19
  %27 = load ptr, ptr %5, align 8, !tbaa !33
  %28 = getelementptr inbounds nuw %struct.spec, ptr %27, i32 0, i32 6
  %29 = load i32, ptr %28, align 4, !tbaa !35
  %30 = sext i32 %29 to i64
  store i64 %30, ptr %7, align 8, !tbaa !12
  br label %31

31:                                               ; preds = %26, %19, %12
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %32 = load ptr, ptr %5, align 8, !tbaa !33
  %33 = getelementptr inbounds nuw %struct.spec, ptr %32, i32 0, i32 5
  %34 = load i32, ptr %33, align 4, !tbaa !28
  %35 = load i64, ptr %7, align 8, !tbaa !12
  %36 = trunc i64 %35 to i32
  %37 = icmp sgt i32 %34, %36
  br i1 %37, label %38, label %45

38:                                               ; preds = %31
  %39 = load ptr, ptr %5, align 8, !tbaa !33
  %40 = getelementptr inbounds nuw %struct.spec, ptr %39, i32 0, i32 5
  %41 = load i32, ptr %40, align 4, !tbaa !28
  %42 = load i64, ptr %7, align 8, !tbaa !12
  %43 = trunc i64 %42 to i32
  %44 = sub nsw i32 %41, %43
  br label %46

45:                                               ; preds = %31
  br label %46

46:                                               ; preds = %45, %38
  %47 = phi i32 [ %44, %38 ], [ 0, %45 ]
  store i32 %47, ptr %8, align 4, !tbaa !5
  %48 = load ptr, ptr %5, align 8, !tbaa !33
  %49 = getelementptr inbounds nuw %struct.spec, ptr %48, i32 0, i32 0
  %50 = load i32, ptr %49, align 4, !tbaa !29
  %51 = icmp ne i32 %50, 0
  br i1 %51, label %55, label %52

52:                                               ; preds = %46
  %53 = load ptr, ptr %4, align 8, !tbaa !31
  %54 = load i32, ptr %8, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %53, i8 noundef signext 32, i32 noundef %54) #8
  br label %55

55:                                               ; preds = %52, %46
  %56 = load ptr, ptr %4, align 8, !tbaa !31
  %57 = load ptr, ptr %6, align 8, !tbaa !9
  %58 = load i64, ptr %7, align 8, !tbaa !12
  call void @put_str(ptr noundef %56, ptr noundef %57, i64 noundef %58) #8
  %59 = load ptr, ptr %5, align 8, !tbaa !33
  %60 = getelementptr inbounds nuw %struct.spec, ptr %59, i32 0, i32 0
  %61 = load i32, ptr %60, align 4, !tbaa !29
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %66

63:                                               ; preds = %55
  %64 = load ptr, ptr %4, align 8, !tbaa !31
  %65 = load i32, ptr %8, align 4, !tbaa !5
  call void @put_repeat(ptr noundef %64, i8 noundef signext 32, i32 noundef %65) #8
  br label %66

66:                                               ; preds = %63, %55
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @mini_snprintf(ptr noundef %0, i64 noundef %1, ptr noundef %2, ...) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca [1 x %struct.__va_list_tag], align 16
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store i64 %1, ptr %5, align 8, !tbaa !12
  store ptr %2, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %9)
  call void @llvm.lifetime.start.p0(ptr %8) #7
  %10 = load ptr, ptr %4, align 8, !tbaa !9
  %11 = load i64, ptr %5, align 8, !tbaa !12
  %12 = load ptr, ptr %6, align 8, !tbaa !9
  %13 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0
  %14 = call i32 @mini_vsnprintf(ptr noundef %10, i64 noundef %11, ptr noundef %12, ptr noundef %13) #8
  store i32 %14, ptr %8, align 4, !tbaa !5
  %15 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %7, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %15)
  %16 = load i32, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #7
  call void @llvm.lifetime.end.p0(ptr %7) #7
  ret i32 %16
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [128 x i8], align 16
  %9 = alloca [128 x i8], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca [128 x i8], align 16
  %13 = alloca [128 x i8], align 16
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca [128 x i8], align 16
  %17 = alloca [128 x i8], align 16
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca [128 x i8], align 16
  %21 = alloca [128 x i8], align 16
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca [128 x i8], align 16
  %25 = alloca [128 x i8], align 16
  %26 = alloca i32, align 4
  %27 = alloca i32, align 4
  %28 = alloca [128 x i8], align 16
  %29 = alloca [128 x i8], align 16
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  %32 = alloca [128 x i8], align 16
  %33 = alloca [128 x i8], align 16
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca [128 x i8], align 16
  %37 = alloca [128 x i8], align 16
  %38 = alloca i32, align 4
  %39 = alloca i32, align 4
  %40 = alloca [8 x i8], align 1
  %41 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #7
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #7
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #7
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %438, %0
  %43 = load i32, ptr %6, align 4, !tbaa !5
  %44 = icmp slt i32 %43, 50
  br i1 %44, label %46, label %45

45:                                               ; preds = %42
  call void @llvm.lifetime.end.p0(ptr %6) #7
  br label %441

46:                                               ; preds = %42
  call void @llvm.lifetime.start.p0(ptr %7) #7
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = mul nsw i32 %47, 7919
  %49 = sub nsw i32 %48, 150000
  store i32 %49, ptr %7, align 4, !tbaa !5
  br label %50

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(ptr %8) #7
  call void @llvm.lifetime.start.p0(ptr %9) #7
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %51 = getelementptr inbounds [128 x i8], ptr %8, i64 0, i64 0
  %52 = load i32, ptr %7, align 4, !tbaa !5
  %53 = load i32, ptr %6, align 4, !tbaa !5
  %54 = load i32, ptr %6, align 4, !tbaa !5
  %55 = sub nsw i32 0, %54
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = load i32, ptr %6, align 4, !tbaa !5
  %58 = load i32, ptr %6, align 4, !tbaa !5
  %59 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %51, i64 noundef 128, ptr noundef @.str, i32 noundef %52, i32 noundef %53, i32 noundef %55, i32 noundef %56, i32 noundef %57, i32 noundef %58) #8
  store i32 %59, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %60 = getelementptr inbounds [128 x i8], ptr %9, i64 0, i64 0
  %61 = load i32, ptr %7, align 4, !tbaa !5
  %62 = load i32, ptr %6, align 4, !tbaa !5
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = sub nsw i32 0, %63
  %65 = load i32, ptr %6, align 4, !tbaa !5
  %66 = load i32, ptr %6, align 4, !tbaa !5
  %67 = load i32, ptr %6, align 4, !tbaa !5
  %68 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %60, i64 noundef 128, ptr noundef @.str, i32 noundef %61, i32 noundef %62, i32 noundef %64, i32 noundef %65, i32 noundef %66, i32 noundef %67) #10
  store i32 %68, ptr %11, align 4, !tbaa !5
  %69 = load i32, ptr %2, align 4, !tbaa !5
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %2, align 4, !tbaa !5
  %71 = load i32, ptr %10, align 4, !tbaa !5
  %72 = load i32, ptr %11, align 4, !tbaa !5
  %73 = icmp eq i32 %71, %72
  br i1 %73, label %74, label %82

74:                                               ; preds = %50
  %75 = getelementptr inbounds [128 x i8], ptr %8, i64 0, i64 0
  %76 = getelementptr inbounds [128 x i8], ptr %9, i64 0, i64 0
  %77 = call i32 @strcmp(ptr noundef %75, ptr noundef %76) #9
  %78 = icmp eq i32 %77, 0
  br i1 %78, label %79, label %82

79:                                               ; preds = %74
  %80 = load i32, ptr %3, align 4, !tbaa !5
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %3, align 4, !tbaa !5
  br label %88

82:                                               ; preds = %74, %50
  %83 = load i32, ptr %4, align 4, !tbaa !5
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %87, label %85

85:                                               ; preds = %82
  %86 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %86, ptr %4, align 4, !tbaa !5
  br label %87

87:                                               ; preds = %85, %82
  br label %88

88:                                               ; preds = %87, %79
  %89 = load i32, ptr %5, align 4, !tbaa !5
  %90 = mul i32 %89, 31
  %91 = getelementptr inbounds [128 x i8], ptr %8, i64 0, i64 0
  %92 = call i32 @fnv(ptr noundef %91) #8
  %93 = add i32 %90, %92
  %94 = load i32, ptr %10, align 4, !tbaa !5
  %95 = add i32 %93, %94
  store i32 %95, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %96

96:                                               ; preds = %88
  br label %97

97:                                               ; preds = %96
  br label %98

98:                                               ; preds = %97
  call void @llvm.lifetime.start.p0(ptr %12) #7
  call void @llvm.lifetime.start.p0(ptr %13) #7
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %99 = getelementptr inbounds [128 x i8], ptr %12, i64 0, i64 0
  %100 = load i32, ptr %7, align 4, !tbaa !5
  %101 = load i32, ptr %6, align 4, !tbaa !5
  %102 = sub nsw i32 0, %101
  %103 = load i32, ptr %6, align 4, !tbaa !5
  %104 = load i32, ptr %6, align 4, !tbaa !5
  %105 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %99, i64 noundef 128, ptr noundef @.str.1, i32 noundef %100, i32 noundef %102, i32 noundef %103, i32 noundef 0, i32 noundef %104) #8
  store i32 %105, ptr %14, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %106 = getelementptr inbounds [128 x i8], ptr %13, i64 0, i64 0
  %107 = load i32, ptr %7, align 4, !tbaa !5
  %108 = load i32, ptr %6, align 4, !tbaa !5
  %109 = sub nsw i32 0, %108
  %110 = load i32, ptr %6, align 4, !tbaa !5
  %111 = load i32, ptr %6, align 4, !tbaa !5
  %112 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %106, i64 noundef 128, ptr noundef @.str.1, i32 noundef %107, i32 noundef %109, i32 noundef %110, i32 noundef 0, i32 noundef %111) #10
  store i32 %112, ptr %15, align 4, !tbaa !5
  %113 = load i32, ptr %2, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %2, align 4, !tbaa !5
  %115 = load i32, ptr %14, align 4, !tbaa !5
  %116 = load i32, ptr %15, align 4, !tbaa !5
  %117 = icmp eq i32 %115, %116
  br i1 %117, label %118, label %126

118:                                              ; preds = %98
  %119 = getelementptr inbounds [128 x i8], ptr %12, i64 0, i64 0
  %120 = getelementptr inbounds [128 x i8], ptr %13, i64 0, i64 0
  %121 = call i32 @strcmp(ptr noundef %119, ptr noundef %120) #9
  %122 = icmp eq i32 %121, 0
  br i1 %122, label %123, label %126

123:                                              ; preds = %118
  %124 = load i32, ptr %3, align 4, !tbaa !5
  %125 = add nsw i32 %124, 1
  store i32 %125, ptr %3, align 4, !tbaa !5
  br label %132

126:                                              ; preds = %118, %98
  %127 = load i32, ptr %4, align 4, !tbaa !5
  %128 = icmp ne i32 %127, 0
  br i1 %128, label %131, label %129

129:                                              ; preds = %126
  %130 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %130, ptr %4, align 4, !tbaa !5
  br label %131

131:                                              ; preds = %129, %126
  br label %132

132:                                              ; preds = %131, %123
  %133 = load i32, ptr %5, align 4, !tbaa !5
  %134 = mul i32 %133, 31
  %135 = getelementptr inbounds [128 x i8], ptr %12, i64 0, i64 0
  %136 = call i32 @fnv(ptr noundef %135) #8
  %137 = add i32 %134, %136
  %138 = load i32, ptr %14, align 4, !tbaa !5
  %139 = add i32 %137, %138
  store i32 %139, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %15) #7
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %140

140:                                              ; preds = %132
  br label %141

141:                                              ; preds = %140
  br label %142

142:                                              ; preds = %141
  call void @llvm.lifetime.start.p0(ptr %16) #7
  call void @llvm.lifetime.start.p0(ptr %17) #7
  call void @llvm.lifetime.start.p0(ptr %18) #7
  %143 = getelementptr inbounds [128 x i8], ptr %16, i64 0, i64 0
  %144 = load i32, ptr %7, align 4, !tbaa !5
  %145 = load i32, ptr %6, align 4, !tbaa !5
  %146 = mul i32 %145, 4099
  %147 = load i32, ptr %6, align 4, !tbaa !5
  %148 = load i32, ptr %6, align 4, !tbaa !5
  %149 = load i32, ptr %7, align 4, !tbaa !5
  %150 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %143, i64 noundef 128, ptr noundef @.str.2, i32 noundef %144, i32 noundef %146, i32 noundef %147, i32 noundef %148, i32 noundef 0, i32 noundef %149) #8
  store i32 %150, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %19) #7
  %151 = getelementptr inbounds [128 x i8], ptr %17, i64 0, i64 0
  %152 = load i32, ptr %7, align 4, !tbaa !5
  %153 = load i32, ptr %6, align 4, !tbaa !5
  %154 = mul i32 %153, 4099
  %155 = load i32, ptr %6, align 4, !tbaa !5
  %156 = load i32, ptr %6, align 4, !tbaa !5
  %157 = load i32, ptr %7, align 4, !tbaa !5
  %158 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %151, i64 noundef 128, ptr noundef @.str.2, i32 noundef %152, i32 noundef %154, i32 noundef %155, i32 noundef %156, i32 noundef 0, i32 noundef %157) #10
  store i32 %158, ptr %19, align 4, !tbaa !5
  %159 = load i32, ptr %2, align 4, !tbaa !5
  %160 = add nsw i32 %159, 1
  store i32 %160, ptr %2, align 4, !tbaa !5
  %161 = load i32, ptr %18, align 4, !tbaa !5
  %162 = load i32, ptr %19, align 4, !tbaa !5
  %163 = icmp eq i32 %161, %162
  br i1 %163, label %164, label %172

164:                                              ; preds = %142
  %165 = getelementptr inbounds [128 x i8], ptr %16, i64 0, i64 0
  %166 = getelementptr inbounds [128 x i8], ptr %17, i64 0, i64 0
  %167 = call i32 @strcmp(ptr noundef %165, ptr noundef %166) #9
  %168 = icmp eq i32 %167, 0
  br i1 %168, label %169, label %172

169:                                              ; preds = %164
  %170 = load i32, ptr %3, align 4, !tbaa !5
  %171 = add nsw i32 %170, 1
  store i32 %171, ptr %3, align 4, !tbaa !5
  br label %178

172:                                              ; preds = %164, %142
  %173 = load i32, ptr %4, align 4, !tbaa !5
  %174 = icmp ne i32 %173, 0
  br i1 %174, label %177, label %175

175:                                              ; preds = %172
  %176 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %176, ptr %4, align 4, !tbaa !5
  br label %177

177:                                              ; preds = %175, %172
  br label %178

178:                                              ; preds = %177, %169
  %179 = load i32, ptr %5, align 4, !tbaa !5
  %180 = mul i32 %179, 31
  %181 = getelementptr inbounds [128 x i8], ptr %16, i64 0, i64 0
  %182 = call i32 @fnv(ptr noundef %181) #8
  %183 = add i32 %180, %182
  %184 = load i32, ptr %18, align 4, !tbaa !5
  %185 = add i32 %183, %184
  store i32 %185, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %19) #7
  call void @llvm.lifetime.end.p0(ptr %18) #7
  call void @llvm.lifetime.end.p0(ptr %17) #7
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %186

186:                                              ; preds = %178
  br label %187

187:                                              ; preds = %186
  br label %188

188:                                              ; preds = %187
  call void @llvm.lifetime.start.p0(ptr %20) #7
  call void @llvm.lifetime.start.p0(ptr %21) #7
  call void @llvm.lifetime.start.p0(ptr %22) #7
  %189 = getelementptr inbounds [128 x i8], ptr %20, i64 0, i64 0
  %190 = load i32, ptr %7, align 4, !tbaa !5
  %191 = load i32, ptr %6, align 4, !tbaa !5
  %192 = sext i32 %191 to i64
  %193 = mul i64 %192, 100000
  %194 = load i32, ptr %6, align 4, !tbaa !5
  %195 = sext i32 %194 to i64
  %196 = mul i64 %195, 12345678901
  %197 = load i32, ptr %6, align 4, !tbaa !5
  %198 = sext i32 %197 to i64
  %199 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %189, i64 noundef 128, ptr noundef @.str.3, i32 noundef %190, i64 noundef %193, i64 noundef %196, i64 noundef %198) #8
  store i32 %199, ptr %22, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %23) #7
  %200 = getelementptr inbounds [128 x i8], ptr %21, i64 0, i64 0
  %201 = load i32, ptr %7, align 4, !tbaa !5
  %202 = load i32, ptr %6, align 4, !tbaa !5
  %203 = sext i32 %202 to i64
  %204 = mul i64 %203, 100000
  %205 = load i32, ptr %6, align 4, !tbaa !5
  %206 = sext i32 %205 to i64
  %207 = mul i64 %206, 12345678901
  %208 = load i32, ptr %6, align 4, !tbaa !5
  %209 = sext i32 %208 to i64
  %210 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %200, i64 noundef 128, ptr noundef @.str.3, i32 noundef %201, i64 noundef %204, i64 noundef %207, i64 noundef %209) #10
  store i32 %210, ptr %23, align 4, !tbaa !5
  %211 = load i32, ptr %2, align 4, !tbaa !5
  %212 = add nsw i32 %211, 1
  store i32 %212, ptr %2, align 4, !tbaa !5
  %213 = load i32, ptr %22, align 4, !tbaa !5
  %214 = load i32, ptr %23, align 4, !tbaa !5
  %215 = icmp eq i32 %213, %214
  br i1 %215, label %216, label %224

216:                                              ; preds = %188
  %217 = getelementptr inbounds [128 x i8], ptr %20, i64 0, i64 0
  %218 = getelementptr inbounds [128 x i8], ptr %21, i64 0, i64 0
  %219 = call i32 @strcmp(ptr noundef %217, ptr noundef %218) #9
  %220 = icmp eq i32 %219, 0
  br i1 %220, label %221, label %224

221:                                              ; preds = %216
  %222 = load i32, ptr %3, align 4, !tbaa !5
  %223 = add nsw i32 %222, 1
  store i32 %223, ptr %3, align 4, !tbaa !5
  br label %230

224:                                              ; preds = %216, %188
  %225 = load i32, ptr %4, align 4, !tbaa !5
  %226 = icmp ne i32 %225, 0
  br i1 %226, label %229, label %227

227:                                              ; preds = %224
  %228 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %228, ptr %4, align 4, !tbaa !5
  br label %229

229:                                              ; preds = %227, %224
  br label %230

230:                                              ; preds = %229, %221
  %231 = load i32, ptr %5, align 4, !tbaa !5
  %232 = mul i32 %231, 31
  %233 = getelementptr inbounds [128 x i8], ptr %20, i64 0, i64 0
  %234 = call i32 @fnv(ptr noundef %233) #8
  %235 = add i32 %232, %234
  %236 = load i32, ptr %22, align 4, !tbaa !5
  %237 = add i32 %235, %236
  store i32 %237, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %23) #7
  call void @llvm.lifetime.end.p0(ptr %22) #7
  call void @llvm.lifetime.end.p0(ptr %21) #7
  call void @llvm.lifetime.end.p0(ptr %20) #7
  br label %238

238:                                              ; preds = %230
  br label %239

239:                                              ; preds = %238
  br label %240

240:                                              ; preds = %239
  call void @llvm.lifetime.start.p0(ptr %24) #7
  call void @llvm.lifetime.start.p0(ptr %25) #7
  call void @llvm.lifetime.start.p0(ptr %26) #7
  %241 = getelementptr inbounds [128 x i8], ptr %24, i64 0, i64 0
  %242 = load i32, ptr %7, align 4, !tbaa !5
  %243 = load i32, ptr %7, align 4, !tbaa !5
  %244 = load i32, ptr %7, align 4, !tbaa !5
  %245 = load i32, ptr %7, align 4, !tbaa !5
  %246 = load i32, ptr %7, align 4, !tbaa !5
  %247 = sext i32 %246 to i64
  %248 = mul nsw i64 %247, 3
  %249 = load i32, ptr %7, align 4, !tbaa !5
  %250 = sext i32 %249 to i64
  %251 = load i32, ptr %7, align 4, !tbaa !5
  %252 = sext i32 %251 to i64
  %253 = mul nsw i64 %250, %252
  %254 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %241, i64 noundef 128, ptr noundef @.str.4, i32 noundef %242, i32 noundef %243, i32 noundef %244, i32 noundef %245, i64 noundef %248, i64 noundef %253) #8
  store i32 %254, ptr %26, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %27) #7
  %255 = getelementptr inbounds [128 x i8], ptr %25, i64 0, i64 0
  %256 = load i32, ptr %7, align 4, !tbaa !5
  %257 = load i32, ptr %7, align 4, !tbaa !5
  %258 = load i32, ptr %7, align 4, !tbaa !5
  %259 = load i32, ptr %7, align 4, !tbaa !5
  %260 = load i32, ptr %7, align 4, !tbaa !5
  %261 = sext i32 %260 to i64
  %262 = mul nsw i64 %261, 3
  %263 = load i32, ptr %7, align 4, !tbaa !5
  %264 = sext i32 %263 to i64
  %265 = load i32, ptr %7, align 4, !tbaa !5
  %266 = sext i32 %265 to i64
  %267 = mul nsw i64 %264, %266
  %268 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %255, i64 noundef 128, ptr noundef @.str.4, i32 noundef %256, i32 noundef %257, i32 noundef %258, i32 noundef %259, i64 noundef %262, i64 noundef %267) #10
  store i32 %268, ptr %27, align 4, !tbaa !5
  %269 = load i32, ptr %2, align 4, !tbaa !5
  %270 = add nsw i32 %269, 1
  store i32 %270, ptr %2, align 4, !tbaa !5
  %271 = load i32, ptr %26, align 4, !tbaa !5
  %272 = load i32, ptr %27, align 4, !tbaa !5
  %273 = icmp eq i32 %271, %272
  br i1 %273, label %274, label %282

274:                                              ; preds = %240
  %275 = getelementptr inbounds [128 x i8], ptr %24, i64 0, i64 0
  %276 = getelementptr inbounds [128 x i8], ptr %25, i64 0, i64 0
  %277 = call i32 @strcmp(ptr noundef %275, ptr noundef %276) #9
  %278 = icmp eq i32 %277, 0
  br i1 %278, label %279, label %282

279:                                              ; preds = %274
  %280 = load i32, ptr %3, align 4, !tbaa !5
  %281 = add nsw i32 %280, 1
  store i32 %281, ptr %3, align 4, !tbaa !5
  br label %288

282:                                              ; preds = %274, %240
  %283 = load i32, ptr %4, align 4, !tbaa !5
  %284 = icmp ne i32 %283, 0
  br i1 %284, label %287, label %285

285:                                              ; preds = %282
  %286 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %286, ptr %4, align 4, !tbaa !5
  br label %287

287:                                              ; preds = %285, %282
  br label %288

288:                                              ; preds = %287, %279
  %289 = load i32, ptr %5, align 4, !tbaa !5
  %290 = mul i32 %289, 31
  %291 = getelementptr inbounds [128 x i8], ptr %24, i64 0, i64 0
  %292 = call i32 @fnv(ptr noundef %291) #8
  %293 = add i32 %290, %292
  %294 = load i32, ptr %26, align 4, !tbaa !5
  %295 = add i32 %293, %294
  store i32 %295, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %27) #7
  call void @llvm.lifetime.end.p0(ptr %26) #7
  call void @llvm.lifetime.end.p0(ptr %25) #7
  call void @llvm.lifetime.end.p0(ptr %24) #7
  br label %296

296:                                              ; preds = %288
  br label %297

297:                                              ; preds = %296
  br label %298

298:                                              ; preds = %297
  call void @llvm.lifetime.start.p0(ptr %28) #7
  call void @llvm.lifetime.start.p0(ptr %29) #7
  call void @llvm.lifetime.start.p0(ptr %30) #7
  %299 = getelementptr inbounds [128 x i8], ptr %28, i64 0, i64 0
  %300 = load i32, ptr %6, align 4, !tbaa !5
  %301 = srem i32 %300, 12
  %302 = load i32, ptr %6, align 4, !tbaa !5
  %303 = srem i32 %302, 5
  %304 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %299, i64 noundef 128, ptr noundef @.str.5, ptr noundef @.str.6, ptr noundef @.str.7, ptr noundef @.str.8, ptr noundef @.str.9, i32 noundef %301, ptr noundef @.str.10, i32 noundef 8, i32 noundef %303, ptr noundef @.str.11) #8
  store i32 %304, ptr %30, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %31) #7
  %305 = getelementptr inbounds [128 x i8], ptr %29, i64 0, i64 0
  %306 = load i32, ptr %6, align 4, !tbaa !5
  %307 = srem i32 %306, 12
  %308 = load i32, ptr %6, align 4, !tbaa !5
  %309 = srem i32 %308, 5
  %310 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %305, i64 noundef 128, ptr noundef @.str.5, ptr noundef @.str.6, ptr noundef @.str.7, ptr noundef @.str.8, ptr noundef @.str.9, i32 noundef %307, ptr noundef @.str.10, i32 noundef 8, i32 noundef %309, ptr noundef @.str.11) #10
  store i32 %310, ptr %31, align 4, !tbaa !5
  %311 = load i32, ptr %2, align 4, !tbaa !5
  %312 = add nsw i32 %311, 1
  store i32 %312, ptr %2, align 4, !tbaa !5
  %313 = load i32, ptr %30, align 4, !tbaa !5
  %314 = load i32, ptr %31, align 4, !tbaa !5
  %315 = icmp eq i32 %313, %314
  br i1 %315, label %316, label %324

316:                                              ; preds = %298
  %317 = getelementptr inbounds [128 x i8], ptr %28, i64 0, i64 0
  %318 = getelementptr inbounds [128 x i8], ptr %29, i64 0, i64 0
  %319 = call i32 @strcmp(ptr noundef %317, ptr noundef %318) #9
  %320 = icmp eq i32 %319, 0
  br i1 %320, label %321, label %324

321:                                              ; preds = %316
  %322 = load i32, ptr %3, align 4, !tbaa !5
  %323 = add nsw i32 %322, 1
  store i32 %323, ptr %3, align 4, !tbaa !5
  br label %330

324:                                              ; preds = %316, %298
  %325 = load i32, ptr %4, align 4, !tbaa !5
  %326 = icmp ne i32 %325, 0
  br i1 %326, label %329, label %327

327:                                              ; preds = %324
  %328 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %328, ptr %4, align 4, !tbaa !5
  br label %329

329:                                              ; preds = %327, %324
  br label %330

330:                                              ; preds = %329, %321
  %331 = load i32, ptr %5, align 4, !tbaa !5
  %332 = mul i32 %331, 31
  %333 = getelementptr inbounds [128 x i8], ptr %28, i64 0, i64 0
  %334 = call i32 @fnv(ptr noundef %333) #8
  %335 = add i32 %332, %334
  %336 = load i32, ptr %30, align 4, !tbaa !5
  %337 = add i32 %335, %336
  store i32 %337, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %31) #7
  call void @llvm.lifetime.end.p0(ptr %30) #7
  call void @llvm.lifetime.end.p0(ptr %29) #7
  call void @llvm.lifetime.end.p0(ptr %28) #7
  br label %338

338:                                              ; preds = %330
  br label %339

339:                                              ; preds = %338
  br label %340

340:                                              ; preds = %339
  call void @llvm.lifetime.start.p0(ptr %32) #7
  call void @llvm.lifetime.start.p0(ptr %33) #7
  call void @llvm.lifetime.start.p0(ptr %34) #7
  %341 = getelementptr inbounds [128 x i8], ptr %32, i64 0, i64 0
  %342 = load i32, ptr %6, align 4, !tbaa !5
  %343 = srem i32 %342, 26
  %344 = add nsw i32 97, %343
  %345 = load i32, ptr %6, align 4, !tbaa !5
  %346 = srem i32 %345, 10
  %347 = add nsw i32 48, %346
  %348 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %341, i64 noundef 128, ptr noundef @.str.12, i32 noundef %344, i32 noundef 65, i32 noundef %347, i32 noundef 120, i32 noundef 121) #8
  store i32 %348, ptr %34, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %35) #7
  %349 = getelementptr inbounds [128 x i8], ptr %33, i64 0, i64 0
  %350 = load i32, ptr %6, align 4, !tbaa !5
  %351 = srem i32 %350, 26
  %352 = add nsw i32 97, %351
  %353 = load i32, ptr %6, align 4, !tbaa !5
  %354 = srem i32 %353, 10
  %355 = add nsw i32 48, %354
  %356 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %349, i64 noundef 128, ptr noundef @.str.12, i32 noundef %352, i32 noundef 65, i32 noundef %355, i32 noundef 120, i32 noundef 121) #10
  store i32 %356, ptr %35, align 4, !tbaa !5
  %357 = load i32, ptr %2, align 4, !tbaa !5
  %358 = add nsw i32 %357, 1
  store i32 %358, ptr %2, align 4, !tbaa !5
  %359 = load i32, ptr %34, align 4, !tbaa !5
  %360 = load i32, ptr %35, align 4, !tbaa !5
  %361 = icmp eq i32 %359, %360
  br i1 %361, label %362, label %370

362:                                              ; preds = %340
  %363 = getelementptr inbounds [128 x i8], ptr %32, i64 0, i64 0
  %364 = getelementptr inbounds [128 x i8], ptr %33, i64 0, i64 0
  %365 = call i32 @strcmp(ptr noundef %363, ptr noundef %364) #9
  %366 = icmp eq i32 %365, 0
  br i1 %366, label %367, label %370

367:                                              ; preds = %362
  %368 = load i32, ptr %3, align 4, !tbaa !5
  %369 = add nsw i32 %368, 1
  store i32 %369, ptr %3, align 4, !tbaa !5
  br label %376

370:                                              ; preds = %362, %340
  %371 = load i32, ptr %4, align 4, !tbaa !5
  %372 = icmp ne i32 %371, 0
  br i1 %372, label %375, label %373

373:                                              ; preds = %370
  %374 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %374, ptr %4, align 4, !tbaa !5
  br label %375

375:                                              ; preds = %373, %370
  br label %376

376:                                              ; preds = %375, %367
  %377 = load i32, ptr %5, align 4, !tbaa !5
  %378 = mul i32 %377, 31
  %379 = getelementptr inbounds [128 x i8], ptr %32, i64 0, i64 0
  %380 = call i32 @fnv(ptr noundef %379) #8
  %381 = add i32 %378, %380
  %382 = load i32, ptr %34, align 4, !tbaa !5
  %383 = add i32 %381, %382
  store i32 %383, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %35) #7
  call void @llvm.lifetime.end.p0(ptr %34) #7
  call void @llvm.lifetime.end.p0(ptr %33) #7
  call void @llvm.lifetime.end.p0(ptr %32) #7
  br label %384

384:                                              ; preds = %376
  br label %385

385:                                              ; preds = %384
  br label %386

386:                                              ; preds = %385
  call void @llvm.lifetime.start.p0(ptr %36) #7
  call void @llvm.lifetime.start.p0(ptr %37) #7
  call void @llvm.lifetime.start.p0(ptr %38) #7
  %387 = getelementptr inbounds [128 x i8], ptr %36, i64 0, i64 0
  %388 = load i32, ptr %6, align 4, !tbaa !5
  %389 = srem i32 %388, 9
  %390 = sub nsw i32 %389, 4
  %391 = load i32, ptr %6, align 4, !tbaa !5
  %392 = load i32, ptr %6, align 4, !tbaa !5
  %393 = sub nsw i32 0, %392
  %394 = load i32, ptr %6, align 4, !tbaa !5
  %395 = srem i32 %394, 6
  %396 = load i32, ptr %6, align 4, !tbaa !5
  %397 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %387, i64 noundef 128, ptr noundef @.str.13, i32 noundef %390, i32 noundef %391, i32 noundef 6, i32 noundef %393, i32 noundef %395, i32 noundef %396) #8
  store i32 %397, ptr %38, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %39) #7
  %398 = getelementptr inbounds [128 x i8], ptr %37, i64 0, i64 0
  %399 = load i32, ptr %6, align 4, !tbaa !5
  %400 = srem i32 %399, 9
  %401 = sub nsw i32 %400, 4
  %402 = load i32, ptr %6, align 4, !tbaa !5
  %403 = load i32, ptr %6, align 4, !tbaa !5
  %404 = sub nsw i32 0, %403
  %405 = load i32, ptr %6, align 4, !tbaa !5
  %406 = srem i32 %405, 6
  %407 = load i32, ptr %6, align 4, !tbaa !5
  %408 = call i32 (ptr, i64, ptr, ...) @snprintf(ptr noundef %398, i64 noundef 128, ptr noundef @.str.13, i32 noundef %401, i32 noundef %402, i32 noundef 6, i32 noundef %404, i32 noundef %406, i32 noundef %407) #10
  store i32 %408, ptr %39, align 4, !tbaa !5
  %409 = load i32, ptr %2, align 4, !tbaa !5
  %410 = add nsw i32 %409, 1
  store i32 %410, ptr %2, align 4, !tbaa !5
  %411 = load i32, ptr %38, align 4, !tbaa !5
  %412 = load i32, ptr %39, align 4, !tbaa !5
  %413 = icmp eq i32 %411, %412
  br i1 %413, label %414, label %422

414:                                              ; preds = %386
  %415 = getelementptr inbounds [128 x i8], ptr %36, i64 0, i64 0
  %416 = getelementptr inbounds [128 x i8], ptr %37, i64 0, i64 0
  %417 = call i32 @strcmp(ptr noundef %415, ptr noundef %416) #9
  %418 = icmp eq i32 %417, 0
  br i1 %418, label %419, label %422

419:                                              ; preds = %414
  %420 = load i32, ptr %3, align 4, !tbaa !5
  %421 = add nsw i32 %420, 1
  store i32 %421, ptr %3, align 4, !tbaa !5
  br label %428

422:                                              ; preds = %414, %386
  %423 = load i32, ptr %4, align 4, !tbaa !5
  %424 = icmp ne i32 %423, 0
  br i1 %424, label %427, label %425

425:                                              ; preds = %422
  %426 = load i32, ptr %2, align 4, !tbaa !5
  store i32 %426, ptr %4, align 4, !tbaa !5
  br label %427

427:                                              ; preds = %425, %422
  br label %428

428:                                              ; preds = %427, %419
  %429 = load i32, ptr %5, align 4, !tbaa !5
  %430 = mul i32 %429, 31
  %431 = getelementptr inbounds [128 x i8], ptr %36, i64 0, i64 0
  %432 = call i32 @fnv(ptr noundef %431) #8
  %433 = add i32 %430, %432
  %434 = load i32, ptr %38, align 4, !tbaa !5
  %435 = add i32 %433, %434
  store i32 %435, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %39) #7
  call void @llvm.lifetime.end.p0(ptr %38) #7
  call void @llvm.lifetime.end.p0(ptr %37) #7
  call void @llvm.lifetime.end.p0(ptr %36) #7
  br label %436

436:                                              ; preds = %428
  br label %437

437:                                              ; preds = %436
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %438

438:                                              ; preds = %437
  %439 = load i32, ptr %6, align 4, !tbaa !5
  %440 = add nsw i32 %439, 1
  store i32 %440, ptr %6, align 4, !tbaa !5
  br label %42, !llvm.loop !44

441:                                              ; preds = %45
  call void @llvm.lifetime.start.p0(ptr %40) #7
  call void @llvm.lifetime.start.p0(ptr %41) #7
  %442 = getelementptr inbounds [8 x i8], ptr %40, i64 0, i64 0
  %443 = call i32 (ptr, i64, ptr, ...) @mini_snprintf(ptr noundef %442, i64 noundef 8, ptr noundef @.str.14, ptr noundef @.str.15, i32 noundef 12345) #8
  store i32 %443, ptr %41, align 4, !tbaa !5
  %444 = load i32, ptr %2, align 4, !tbaa !5
  %445 = load i32, ptr %3, align 4, !tbaa !5
  %446 = load i32, ptr %4, align 4, !tbaa !5
  %447 = load i32, ptr %5, align 4, !tbaa !5
  %448 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i32 noundef %444, i32 noundef %445, i32 noundef %446, i32 noundef %447) #8
  %449 = getelementptr inbounds [8 x i8], ptr %40, i64 0, i64 0
  %450 = load i32, ptr %41, align 4, !tbaa !5
  %451 = call i32 (ptr, ...) @printf(ptr noundef @.str.17, ptr noundef %449, i32 noundef %450) #8
  call void @llvm.lifetime.end.p0(ptr %41) #7
  call void @llvm.lifetime.end.p0(ptr %40) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  ret i32 0
}

; Function Attrs: minsize nounwind optsize
declare i32 @snprintf(ptr noundef, i64 noundef, ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @fnv(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #7
  store i32 -2128831035, ptr %3, align 4, !tbaa !5
  br label %4

4:                                                ; preds = %8, %1
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = load i8, ptr %5, align 1, !tbaa !20
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %16

8:                                                ; preds = %4
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw i8, ptr %10, i32 1
  store ptr %11, ptr %2, align 8, !tbaa !9
  %12 = load i8, ptr %10, align 1, !tbaa !20
  %13 = zext i8 %12 to i32
  %14 = xor i32 %9, %13
  %15 = mul i32 %14, 16777619
  store i32 %15, ptr %3, align 4, !tbaa !5
  br label %4, !llvm.loop !45

16:                                               ; preds = %4
  %17 = load i32, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %3) #7
  ret i32 %17
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @utoa_rev(i64 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  store i64 %0, ptr %5, align 8, !tbaa !12
  store i32 %1, ptr %6, align 4, !tbaa !5
  store i32 %2, ptr %7, align 4, !tbaa !5
  store ptr %3, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %11 = load i32, ptr %7, align 4, !tbaa !5
  %12 = icmp ne i32 %11, 0
  %13 = zext i1 %12 to i64
  %14 = select i1 %12, ptr @.str.18, ptr @.str.19
  store ptr %14, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %32, %4
  %16 = load ptr, ptr %9, align 8, !tbaa !9
  %17 = load i64, ptr %5, align 8, !tbaa !12
  %18 = load i32, ptr %6, align 4, !tbaa !5
  %19 = zext i32 %18 to i64
  %20 = urem i64 %17, %19
  %21 = getelementptr inbounds nuw i8, ptr %16, i64 %20
  %22 = load i8, ptr %21, align 1, !tbaa !20
  %23 = load ptr, ptr %8, align 8, !tbaa !9
  %24 = load i32, ptr %10, align 4, !tbaa !5
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %10, align 4, !tbaa !5
  %26 = sext i32 %24 to i64
  %27 = getelementptr inbounds i8, ptr %23, i64 %26
  store i8 %22, ptr %27, align 1, !tbaa !20
  %28 = load i32, ptr %6, align 4, !tbaa !5
  %29 = zext i32 %28 to i64
  %30 = load i64, ptr %5, align 8, !tbaa !12
  %31 = udiv i64 %30, %29
  store i64 %31, ptr %5, align 8, !tbaa !12
  br label %32

32:                                               ; preds = %15
  %33 = load i64, ptr %5, align 8, !tbaa !12
  %34 = icmp ne i64 %33, 0
  br i1 %34, label %15, label %35, !llvm.loop !46

35:                                               ; preds = %32
  %36 = load i32, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i32 %36
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @put_str(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !31
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i64 0, ptr %7, align 8, !tbaa !12
  br label %8

8:                                                ; preds = %19, %3
  %9 = load i64, ptr %7, align 8, !tbaa !12
  %10 = load i64, ptr %6, align 8, !tbaa !12
  %11 = icmp ult i64 %9, %10
  br i1 %11, label %13, label %12

12:                                               ; preds = %8
  call void @llvm.lifetime.end.p0(ptr %7) #7
  br label %22

13:                                               ; preds = %8
  %14 = load ptr, ptr %4, align 8, !tbaa !31
  %15 = load ptr, ptr %5, align 8, !tbaa !9
  %16 = load i64, ptr %7, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !20
  call void @put_char(ptr noundef %14, i8 noundef signext %18) #8
  br label %19

19:                                               ; preds = %13
  %20 = load i64, ptr %7, align 8, !tbaa !12
  %21 = add i64 %20, 1
  store i64 %21, ptr %7, align 8, !tbaa !12
  br label %8, !llvm.loop !47

22:                                               ; preds = %12
  ret void
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn }
attributes #3 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nounwind }
attributes #8 = { minsize optsize }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }
attributes #10 = { minsize nounwind optsize }

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
!15 = !{!"p1 _ZTS13__va_list_tag", !11, i64 0}
!16 = !{!17, !10, i64 0}
!17 = !{!"outbuf", !10, i64 0, !13, i64 8, !13, i64 16}
!18 = !{!17, !13, i64 8}
!19 = !{!17, !13, i64 16}
!20 = !{!7, !7, i64 0}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!24, !7, i64 32}
!24 = !{!"spec", !6, i64 0, !6, i64 4, !6, i64 8, !6, i64 12, !6, i64 16, !6, i64 20, !6, i64 24, !6, i64 28, !7, i64 32}
!25 = !{!24, !6, i64 28}
!26 = !{!27, !27, i64 0}
!27 = !{!"long long", !7, i64 0}
!28 = !{!24, !6, i64 20}
!29 = !{!24, !6, i64 0}
!30 = !{!11, !11, i64 0}
!31 = !{!32, !32, i64 0}
!32 = !{!"p1 _ZTS6outbuf", !11, i64 0}
!33 = !{!34, !34, i64 0}
!34 = !{!"p1 _ZTS4spec", !11, i64 0}
!35 = !{!24, !6, i64 24}
!36 = !{!24, !6, i64 4}
!37 = !{!24, !6, i64 8}
!38 = !{!24, !6, i64 12}
!39 = !{!24, !6, i64 16}
!40 = distinct !{!40, !22}
!41 = distinct !{!41, !22}
!42 = distinct !{!42, !22}
!43 = distinct !{!43, !22}
!44 = distinct !{!44, !22}
!45 = distinct !{!45, !22}
!46 = distinct !{!46, !22}
!47 = distinct !{!47, !22}
