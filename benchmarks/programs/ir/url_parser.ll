; ModuleID = 'url_parser.c'
source_filename = "url_parser.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.url = type { %struct.url_span, %struct.url_span, %struct.url_span, %struct.url_span, %struct.url_span, %struct.url_span, %struct.url_span, i32, i32 }
%struct.url_span = type { i32, i32 }
%struct.anon = type { ptr, i32 }

@main.urls = internal global [11 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10], align 16
@.str = private unnamed_addr constant [30 x i8] c"http://example.com/index.html\00", align 1
@.str.1 = private unnamed_addr constant [82 x i8] c"https://user:pa%20ss@api.example.org:8443/v1/items?id=42&name=caf%C3%A9&q=a+b#top\00", align 1
@.str.2 = private unnamed_addr constant [41 x i8] c"ftp://[2001:db8::1]:2121/pub/file.tar.gz\00", align 1
@.str.3 = private unnamed_addr constant [27 x i8] c"mailto:someone@example.com\00", align 1
@.str.4 = private unnamed_addr constant [41 x i8] c"wss://chat.example.net/socket?room=lobby\00", align 1
@.str.5 = private unnamed_addr constant [19 x i8] c"http://host:99999/\00", align 1
@.str.6 = private unnamed_addr constant [12 x i8] c"ht tp://bad\00", align 1
@.str.7 = private unnamed_addr constant [18 x i8] c"file:///etc/hosts\00", align 1
@.str.8 = private unnamed_addr constant [15 x i8] c"https://:443/x\00", align 1
@.str.9 = private unnamed_addr constant [35 x i8] c"ssh://git@github.com/repo.git#main\00", align 1
@.str.10 = private unnamed_addr constant [37 x i8] c"custom+scheme://h/p?%41%42%4=x&y=%zz\00", align 1
@.str.11 = private unnamed_addr constant [43 x i8] c"ok=%d bad=%d ports=%d params=%d hash=%08x\0A\00", align 1
@default_port.tbl = internal constant [6 x { ptr, i32, [4 x i8] }] [{ ptr, i32, [4 x i8] } { ptr @.str.12, i32 80, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.13, i32 443, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.14, i32 21, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.15, i32 80, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.16, i32 443, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.17, i32 22, [4 x i8] zeroinitializer }], align 16
@.str.12 = private unnamed_addr constant [5 x i8] c"http\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"https\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"ftp\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"ws\00", align 1
@.str.16 = private unnamed_addr constant [4 x i8] c"wss\00", align 1
@.str.17 = private unnamed_addr constant [4 x i8] c"ssh\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @url_parse(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !12
  %21 = load ptr, ptr %5, align 8, !tbaa !12
  call void @llvm.memset.p0.i64(ptr align 4 %21, i8 0, i64 64, i1 false)
  %22 = load ptr, ptr %5, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw %struct.url, ptr %22, i32 0, i32 7
  store i32 -1, ptr %23, align 4, !tbaa !14
  call void @llvm.lifetime.start.p0(ptr %6) #7
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = call i64 @strlen(ptr noundef %24) #8
  %26 = trunc i64 %25 to i32
  store i32 %26, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %7) #7
  store i32 0, ptr %7, align 4, !tbaa !5
  %27 = call ptr @__ctype_b_loc() #9
  %28 = load ptr, ptr %27, align 8, !tbaa !17
  %29 = load ptr, ptr %4, align 8, !tbaa !9
  %30 = getelementptr inbounds i8, ptr %29, i64 0
  %31 = load i8, ptr %30, align 1, !tbaa !19
  %32 = zext i8 %31 to i32
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i16, ptr %28, i64 %33
  %35 = load i16, ptr %34, align 2, !tbaa !20
  %36 = zext i16 %35 to i32
  %37 = and i32 %36, 1024
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %40, label %39

39:                                               ; preds = %2
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %440

40:                                               ; preds = %2
  br label %41

41:                                               ; preds = %56, %40
  %42 = load i32, ptr %7, align 4, !tbaa !5
  %43 = load i32, ptr %6, align 4, !tbaa !5
  %44 = icmp slt i32 %42, %43
  br i1 %44, label %45, label %54

45:                                               ; preds = %41
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = load i32, ptr %7, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds i8, ptr %46, i64 %48
  %50 = load i8, ptr %49, align 1, !tbaa !19
  %51 = zext i8 %50 to i32
  %52 = call i32 @is_scheme_char(i32 noundef %51) #10
  %53 = icmp ne i32 %52, 0
  br label %54

54:                                               ; preds = %45, %41
  %55 = phi i1 [ false, %41 ], [ %53, %45 ]
  br i1 %55, label %56, label %59

56:                                               ; preds = %54
  %57 = load i32, ptr %7, align 4, !tbaa !5
  %58 = add nsw i32 %57, 1
  store i32 %58, ptr %7, align 4, !tbaa !5
  br label %41, !llvm.loop !22

59:                                               ; preds = %54
  %60 = load i32, ptr %7, align 4, !tbaa !5
  %61 = load i32, ptr %6, align 4, !tbaa !5
  %62 = icmp sge i32 %60, %61
  br i1 %62, label %71, label %63

63:                                               ; preds = %59
  %64 = load ptr, ptr %4, align 8, !tbaa !9
  %65 = load i32, ptr %7, align 4, !tbaa !5
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i8, ptr %64, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !19
  %69 = sext i8 %68 to i32
  %70 = icmp ne i32 %69, 58
  br i1 %70, label %71, label %72

71:                                               ; preds = %63, %59
  store i32 -1, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %440

72:                                               ; preds = %63
  %73 = load ptr, ptr %5, align 8, !tbaa !12
  %74 = getelementptr inbounds nuw %struct.url, ptr %73, i32 0, i32 0
  %75 = load i32, ptr %7, align 4, !tbaa !5
  call void @set_span(ptr noundef %74, i32 noundef 0, i32 noundef %75) #10
  %76 = load i32, ptr %7, align 4, !tbaa !5
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %7, align 4, !tbaa !5
  %78 = load i32, ptr %7, align 4, !tbaa !5
  %79 = add nsw i32 %78, 1
  %80 = load i32, ptr %6, align 4, !tbaa !5
  %81 = icmp slt i32 %79, %80
  br i1 %81, label %82, label %344

82:                                               ; preds = %72
  %83 = load ptr, ptr %4, align 8, !tbaa !9
  %84 = load i32, ptr %7, align 4, !tbaa !5
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds i8, ptr %83, i64 %85
  %87 = load i8, ptr %86, align 1, !tbaa !19
  %88 = sext i8 %87 to i32
  %89 = icmp eq i32 %88, 47
  br i1 %89, label %90, label %344

90:                                               ; preds = %82
  %91 = load ptr, ptr %4, align 8, !tbaa !9
  %92 = load i32, ptr %7, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds i8, ptr %91, i64 %94
  %96 = load i8, ptr %95, align 1, !tbaa !19
  %97 = sext i8 %96 to i32
  %98 = icmp eq i32 %97, 47
  br i1 %98, label %99, label %344

99:                                               ; preds = %90
  %100 = load i32, ptr %7, align 4, !tbaa !5
  %101 = add nsw i32 %100, 2
  store i32 %101, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  %102 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %102, ptr %9, align 4, !tbaa !5
  br label %103

103:                                              ; preds = %133, %99
  %104 = load i32, ptr %7, align 4, !tbaa !5
  %105 = load i32, ptr %6, align 4, !tbaa !5
  %106 = icmp slt i32 %104, %105
  br i1 %106, label %107, label %131

107:                                              ; preds = %103
  %108 = load ptr, ptr %4, align 8, !tbaa !9
  %109 = load i32, ptr %7, align 4, !tbaa !5
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds i8, ptr %108, i64 %110
  %112 = load i8, ptr %111, align 1, !tbaa !19
  %113 = sext i8 %112 to i32
  %114 = icmp ne i32 %113, 47
  br i1 %114, label %115, label %131

115:                                              ; preds = %107
  %116 = load ptr, ptr %4, align 8, !tbaa !9
  %117 = load i32, ptr %7, align 4, !tbaa !5
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds i8, ptr %116, i64 %118
  %120 = load i8, ptr %119, align 1, !tbaa !19
  %121 = sext i8 %120 to i32
  %122 = icmp ne i32 %121, 63
  br i1 %122, label %123, label %131

123:                                              ; preds = %115
  %124 = load ptr, ptr %4, align 8, !tbaa !9
  %125 = load i32, ptr %7, align 4, !tbaa !5
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds i8, ptr %124, i64 %126
  %128 = load i8, ptr %127, align 1, !tbaa !19
  %129 = sext i8 %128 to i32
  %130 = icmp ne i32 %129, 35
  br label %131

131:                                              ; preds = %123, %115, %107, %103
  %132 = phi i1 [ false, %115 ], [ false, %107 ], [ false, %103 ], [ %130, %123 ]
  br i1 %132, label %133, label %136

133:                                              ; preds = %131
  %134 = load i32, ptr %7, align 4, !tbaa !5
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %7, align 4, !tbaa !5
  br label %103, !llvm.loop !24

136:                                              ; preds = %131
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %137 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %137, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  store i32 -1, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %138 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %138, ptr %12, align 4, !tbaa !5
  br label %139

139:                                              ; preds = %155, %136
  %140 = load i32, ptr %12, align 4, !tbaa !5
  %141 = load i32, ptr %10, align 4, !tbaa !5
  %142 = icmp slt i32 %140, %141
  br i1 %142, label %144, label %143

143:                                              ; preds = %139
  store i32 6, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #7
  br label %158

144:                                              ; preds = %139
  %145 = load ptr, ptr %4, align 8, !tbaa !9
  %146 = load i32, ptr %12, align 4, !tbaa !5
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds i8, ptr %145, i64 %147
  %149 = load i8, ptr %148, align 1, !tbaa !19
  %150 = sext i8 %149 to i32
  %151 = icmp eq i32 %150, 64
  br i1 %151, label %152, label %154

152:                                              ; preds = %144
  %153 = load i32, ptr %12, align 4, !tbaa !5
  store i32 %153, ptr %11, align 4, !tbaa !5
  br label %154

154:                                              ; preds = %152, %144
  br label %155

155:                                              ; preds = %154
  %156 = load i32, ptr %12, align 4, !tbaa !5
  %157 = add nsw i32 %156, 1
  store i32 %157, ptr %12, align 4, !tbaa !5
  br label %139, !llvm.loop !25

158:                                              ; preds = %143
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %159 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %159, ptr %13, align 4, !tbaa !5
  %160 = load i32, ptr %11, align 4, !tbaa !5
  %161 = icmp sge i32 %160, 0
  br i1 %161, label %162, label %171

162:                                              ; preds = %158
  %163 = load ptr, ptr %5, align 8, !tbaa !12
  %164 = getelementptr inbounds nuw %struct.url, ptr %163, i32 0, i32 1
  %165 = load i32, ptr %9, align 4, !tbaa !5
  %166 = load i32, ptr %11, align 4, !tbaa !5
  %167 = load i32, ptr %9, align 4, !tbaa !5
  %168 = sub nsw i32 %166, %167
  call void @set_span(ptr noundef %164, i32 noundef %165, i32 noundef %168) #10
  %169 = load i32, ptr %11, align 4, !tbaa !5
  %170 = add nsw i32 %169, 1
  store i32 %170, ptr %13, align 4, !tbaa !5
  br label %171

171:                                              ; preds = %162, %158
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %172 = load i32, ptr %10, align 4, !tbaa !5
  store i32 %172, ptr %14, align 4, !tbaa !5
  %173 = load i32, ptr %13, align 4, !tbaa !5
  %174 = load i32, ptr %10, align 4, !tbaa !5
  %175 = icmp slt i32 %173, %174
  br i1 %175, label %176, label %222

176:                                              ; preds = %171
  %177 = load ptr, ptr %4, align 8, !tbaa !9
  %178 = load i32, ptr %13, align 4, !tbaa !5
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds i8, ptr %177, i64 %179
  %181 = load i8, ptr %180, align 1, !tbaa !19
  %182 = sext i8 %181 to i32
  %183 = icmp eq i32 %182, 91
  br i1 %183, label %184, label %222

184:                                              ; preds = %176
  call void @llvm.lifetime.start.p0(ptr %15) #7
  %185 = load i32, ptr %13, align 4, !tbaa !5
  store i32 %185, ptr %15, align 4, !tbaa !5
  br label %186

186:                                              ; preds = %200, %184
  %187 = load i32, ptr %15, align 4, !tbaa !5
  %188 = load i32, ptr %10, align 4, !tbaa !5
  %189 = icmp slt i32 %187, %188
  br i1 %189, label %190, label %198

190:                                              ; preds = %186
  %191 = load ptr, ptr %4, align 8, !tbaa !9
  %192 = load i32, ptr %15, align 4, !tbaa !5
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds i8, ptr %191, i64 %193
  %195 = load i8, ptr %194, align 1, !tbaa !19
  %196 = sext i8 %195 to i32
  %197 = icmp ne i32 %196, 93
  br label %198

198:                                              ; preds = %190, %186
  %199 = phi i1 [ false, %186 ], [ %197, %190 ]
  br i1 %199, label %200, label %203

200:                                              ; preds = %198
  %201 = load i32, ptr %15, align 4, !tbaa !5
  %202 = add nsw i32 %201, 1
  store i32 %202, ptr %15, align 4, !tbaa !5
  br label %186, !llvm.loop !26

203:                                              ; preds = %198
  %204 = load i32, ptr %15, align 4, !tbaa !5
  %205 = load i32, ptr %10, align 4, !tbaa !5
  %206 = icmp eq i32 %204, %205
  br i1 %206, label %207, label %208

207:                                              ; preds = %203
  store i32 -2, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %219

208:                                              ; preds = %203
  %209 = load ptr, ptr %5, align 8, !tbaa !12
  %210 = getelementptr inbounds nuw %struct.url, ptr %209, i32 0, i32 2
  %211 = load i32, ptr %13, align 4, !tbaa !5
  %212 = add nsw i32 %211, 1
  %213 = load i32, ptr %15, align 4, !tbaa !5
  %214 = load i32, ptr %13, align 4, !tbaa !5
  %215 = sub nsw i32 %213, %214
  %216 = sub nsw i32 %215, 1
  call void @set_span(ptr noundef %210, i32 noundef %212, i32 noundef %216) #10
  %217 = load i32, ptr %15, align 4, !tbaa !5
  %218 = add nsw i32 %217, 1
  store i32 %218, ptr %14, align 4, !tbaa !5
  store i32 0, ptr %8, align 4
  br label %219

219:                                              ; preds = %208, %207
  call void @llvm.lifetime.end.p0(ptr %15) #7
  %220 = load i32, ptr %8, align 4
  switch i32 %220, label %341 [
    i32 0, label %221
  ]

221:                                              ; preds = %219
  br label %252

222:                                              ; preds = %176, %171
  call void @llvm.lifetime.start.p0(ptr %16) #7
  %223 = load i32, ptr %10, align 4, !tbaa !5
  %224 = sub nsw i32 %223, 1
  store i32 %224, ptr %16, align 4, !tbaa !5
  br label %225

225:                                              ; preds = %241, %222
  %226 = load i32, ptr %16, align 4, !tbaa !5
  %227 = load i32, ptr %13, align 4, !tbaa !5
  %228 = icmp sge i32 %226, %227
  br i1 %228, label %230, label %229

229:                                              ; preds = %225
  store i32 11, ptr %8, align 4
  br label %244

230:                                              ; preds = %225
  %231 = load ptr, ptr %4, align 8, !tbaa !9
  %232 = load i32, ptr %16, align 4, !tbaa !5
  %233 = sext i32 %232 to i64
  %234 = getelementptr inbounds i8, ptr %231, i64 %233
  %235 = load i8, ptr %234, align 1, !tbaa !19
  %236 = sext i8 %235 to i32
  %237 = icmp eq i32 %236, 58
  br i1 %237, label %238, label %240

238:                                              ; preds = %230
  %239 = load i32, ptr %16, align 4, !tbaa !5
  store i32 %239, ptr %14, align 4, !tbaa !5
  store i32 11, ptr %8, align 4
  br label %244

240:                                              ; preds = %230
  br label %241

241:                                              ; preds = %240
  %242 = load i32, ptr %16, align 4, !tbaa !5
  %243 = add nsw i32 %242, -1
  store i32 %243, ptr %16, align 4, !tbaa !5
  br label %225, !llvm.loop !27

244:                                              ; preds = %238, %229
  call void @llvm.lifetime.end.p0(ptr %16) #7
  br label %245

245:                                              ; preds = %244
  %246 = load ptr, ptr %5, align 8, !tbaa !12
  %247 = getelementptr inbounds nuw %struct.url, ptr %246, i32 0, i32 2
  %248 = load i32, ptr %13, align 4, !tbaa !5
  %249 = load i32, ptr %14, align 4, !tbaa !5
  %250 = load i32, ptr %13, align 4, !tbaa !5
  %251 = sub nsw i32 %249, %250
  call void @set_span(ptr noundef %247, i32 noundef %248, i32 noundef %251) #10
  br label %252

252:                                              ; preds = %245, %221
  %253 = load i32, ptr %14, align 4, !tbaa !5
  %254 = load i32, ptr %10, align 4, !tbaa !5
  %255 = icmp slt i32 %253, %254
  br i1 %255, label %256, label %333

256:                                              ; preds = %252
  %257 = load ptr, ptr %4, align 8, !tbaa !9
  %258 = load i32, ptr %14, align 4, !tbaa !5
  %259 = sext i32 %258 to i64
  %260 = getelementptr inbounds i8, ptr %257, i64 %259
  %261 = load i8, ptr %260, align 1, !tbaa !19
  %262 = sext i8 %261 to i32
  %263 = icmp ne i32 %262, 58
  br i1 %263, label %264, label %265

264:                                              ; preds = %256
  store i32 -3, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %341

265:                                              ; preds = %256
  %266 = load ptr, ptr %5, align 8, !tbaa !12
  %267 = getelementptr inbounds nuw %struct.url, ptr %266, i32 0, i32 3
  %268 = load i32, ptr %14, align 4, !tbaa !5
  %269 = add nsw i32 %268, 1
  %270 = load i32, ptr %10, align 4, !tbaa !5
  %271 = load i32, ptr %14, align 4, !tbaa !5
  %272 = sub nsw i32 %270, %271
  %273 = sub nsw i32 %272, 1
  call void @set_span(ptr noundef %267, i32 noundef %269, i32 noundef %273) #10
  call void @llvm.lifetime.start.p0(ptr %17) #7
  store i32 0, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %18) #7
  %274 = load i32, ptr %14, align 4, !tbaa !5
  %275 = add nsw i32 %274, 1
  store i32 %275, ptr %18, align 4, !tbaa !5
  br label %276

276:                                              ; preds = %311, %265
  %277 = load i32, ptr %18, align 4, !tbaa !5
  %278 = load i32, ptr %10, align 4, !tbaa !5
  %279 = icmp slt i32 %277, %278
  br i1 %279, label %281, label %280

280:                                              ; preds = %276
  store i32 14, ptr %8, align 4
  br label %314

281:                                              ; preds = %276
  %282 = call ptr @__ctype_b_loc() #9
  %283 = load ptr, ptr %282, align 8, !tbaa !17
  %284 = load ptr, ptr %4, align 8, !tbaa !9
  %285 = load i32, ptr %18, align 4, !tbaa !5
  %286 = sext i32 %285 to i64
  %287 = getelementptr inbounds i8, ptr %284, i64 %286
  %288 = load i8, ptr %287, align 1, !tbaa !19
  %289 = zext i8 %288 to i32
  %290 = sext i32 %289 to i64
  %291 = getelementptr inbounds i16, ptr %283, i64 %290
  %292 = load i16, ptr %291, align 2, !tbaa !20
  %293 = zext i16 %292 to i32
  %294 = and i32 %293, 2048
  %295 = icmp ne i32 %294, 0
  br i1 %295, label %296, label %299

296:                                              ; preds = %281
  %297 = load i32, ptr %17, align 4, !tbaa !5
  %298 = icmp sgt i32 %297, 65535
  br i1 %298, label %299, label %300

299:                                              ; preds = %296, %281
  store i32 -3, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %314

300:                                              ; preds = %296
  %301 = load i32, ptr %17, align 4, !tbaa !5
  %302 = mul nsw i32 %301, 10
  %303 = load ptr, ptr %4, align 8, !tbaa !9
  %304 = load i32, ptr %18, align 4, !tbaa !5
  %305 = sext i32 %304 to i64
  %306 = getelementptr inbounds i8, ptr %303, i64 %305
  %307 = load i8, ptr %306, align 1, !tbaa !19
  %308 = sext i8 %307 to i32
  %309 = sub nsw i32 %308, 48
  %310 = add nsw i32 %302, %309
  store i32 %310, ptr %17, align 4, !tbaa !5
  br label %311

311:                                              ; preds = %300
  %312 = load i32, ptr %18, align 4, !tbaa !5
  %313 = add nsw i32 %312, 1
  store i32 %313, ptr %18, align 4, !tbaa !5
  br label %276, !llvm.loop !28

314:                                              ; preds = %299, %280
  call void @llvm.lifetime.end.p0(ptr %18) #7
  %315 = load i32, ptr %8, align 4
  switch i32 %315, label %330 [
    i32 14, label %316
  ]

316:                                              ; preds = %314
  %317 = load i32, ptr %17, align 4, !tbaa !5
  %318 = icmp sgt i32 %317, 65535
  br i1 %318, label %325, label %319

319:                                              ; preds = %316
  %320 = load ptr, ptr %5, align 8, !tbaa !12
  %321 = getelementptr inbounds nuw %struct.url, ptr %320, i32 0, i32 3
  %322 = getelementptr inbounds nuw %struct.url_span, ptr %321, i32 0, i32 1
  %323 = load i32, ptr %322, align 4, !tbaa !29
  %324 = icmp eq i32 %323, 0
  br i1 %324, label %325, label %326

325:                                              ; preds = %319, %316
  store i32 -3, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %330

326:                                              ; preds = %319
  %327 = load i32, ptr %17, align 4, !tbaa !5
  %328 = load ptr, ptr %5, align 8, !tbaa !12
  %329 = getelementptr inbounds nuw %struct.url, ptr %328, i32 0, i32 7
  store i32 %327, ptr %329, align 4, !tbaa !14
  store i32 0, ptr %8, align 4
  br label %330

330:                                              ; preds = %326, %325, %314
  call void @llvm.lifetime.end.p0(ptr %17) #7
  %331 = load i32, ptr %8, align 4
  switch i32 %331, label %341 [
    i32 0, label %332
  ]

332:                                              ; preds = %330
  br label %333

333:                                              ; preds = %332, %252
  %334 = load ptr, ptr %5, align 8, !tbaa !12
  %335 = getelementptr inbounds nuw %struct.url, ptr %334, i32 0, i32 2
  %336 = getelementptr inbounds nuw %struct.url_span, ptr %335, i32 0, i32 1
  %337 = load i32, ptr %336, align 4, !tbaa !30
  %338 = icmp eq i32 %337, 0
  br i1 %338, label %339, label %340

339:                                              ; preds = %333
  store i32 -2, ptr %3, align 4
  store i32 1, ptr %8, align 4
  br label %341

340:                                              ; preds = %333
  store i32 0, ptr %8, align 4
  br label %341

341:                                              ; preds = %340, %339, %330, %264, %219
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  call void @llvm.lifetime.end.p0(ptr %11) #7
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  %342 = load i32, ptr %8, align 4
  switch i32 %342, label %440 [
    i32 0, label %343
  ]

343:                                              ; preds = %341
  br label %344

344:                                              ; preds = %343, %90, %82, %72
  call void @llvm.lifetime.start.p0(ptr %19) #7
  %345 = load i32, ptr %7, align 4, !tbaa !5
  store i32 %345, ptr %19, align 4, !tbaa !5
  br label %346

346:                                              ; preds = %368, %344
  %347 = load i32, ptr %7, align 4, !tbaa !5
  %348 = load i32, ptr %6, align 4, !tbaa !5
  %349 = icmp slt i32 %347, %348
  br i1 %349, label %350, label %366

350:                                              ; preds = %346
  %351 = load ptr, ptr %4, align 8, !tbaa !9
  %352 = load i32, ptr %7, align 4, !tbaa !5
  %353 = sext i32 %352 to i64
  %354 = getelementptr inbounds i8, ptr %351, i64 %353
  %355 = load i8, ptr %354, align 1, !tbaa !19
  %356 = sext i8 %355 to i32
  %357 = icmp ne i32 %356, 63
  br i1 %357, label %358, label %366

358:                                              ; preds = %350
  %359 = load ptr, ptr %4, align 8, !tbaa !9
  %360 = load i32, ptr %7, align 4, !tbaa !5
  %361 = sext i32 %360 to i64
  %362 = getelementptr inbounds i8, ptr %359, i64 %361
  %363 = load i8, ptr %362, align 1, !tbaa !19
  %364 = sext i8 %363 to i32
  %365 = icmp ne i32 %364, 35
  br label %366

366:                                              ; preds = %358, %350, %346
  %367 = phi i1 [ false, %350 ], [ false, %346 ], [ %365, %358 ]
  br i1 %367, label %368, label %371

368:                                              ; preds = %366
  %369 = load i32, ptr %7, align 4, !tbaa !5
  %370 = add nsw i32 %369, 1
  store i32 %370, ptr %7, align 4, !tbaa !5
  br label %346, !llvm.loop !31

371:                                              ; preds = %366
  %372 = load ptr, ptr %5, align 8, !tbaa !12
  %373 = getelementptr inbounds nuw %struct.url, ptr %372, i32 0, i32 4
  %374 = load i32, ptr %19, align 4, !tbaa !5
  %375 = load i32, ptr %7, align 4, !tbaa !5
  %376 = load i32, ptr %19, align 4, !tbaa !5
  %377 = sub nsw i32 %375, %376
  call void @set_span(ptr noundef %373, i32 noundef %374, i32 noundef %377) #10
  %378 = load i32, ptr %7, align 4, !tbaa !5
  %379 = load i32, ptr %6, align 4, !tbaa !5
  %380 = icmp slt i32 %378, %379
  br i1 %380, label %381, label %416

381:                                              ; preds = %371
  %382 = load ptr, ptr %4, align 8, !tbaa !9
  %383 = load i32, ptr %7, align 4, !tbaa !5
  %384 = sext i32 %383 to i64
  %385 = getelementptr inbounds i8, ptr %382, i64 %384
  %386 = load i8, ptr %385, align 1, !tbaa !19
  %387 = sext i8 %386 to i32
  %388 = icmp eq i32 %387, 63
  br i1 %388, label %389, label %416

389:                                              ; preds = %381
  call void @llvm.lifetime.start.p0(ptr %20) #7
  %390 = load i32, ptr %7, align 4, !tbaa !5
  %391 = add nsw i32 %390, 1
  store i32 %391, ptr %7, align 4, !tbaa !5
  store i32 %391, ptr %20, align 4, !tbaa !5
  br label %392

392:                                              ; preds = %406, %389
  %393 = load i32, ptr %7, align 4, !tbaa !5
  %394 = load i32, ptr %6, align 4, !tbaa !5
  %395 = icmp slt i32 %393, %394
  br i1 %395, label %396, label %404

396:                                              ; preds = %392
  %397 = load ptr, ptr %4, align 8, !tbaa !9
  %398 = load i32, ptr %7, align 4, !tbaa !5
  %399 = sext i32 %398 to i64
  %400 = getelementptr inbounds i8, ptr %397, i64 %399
  %401 = load i8, ptr %400, align 1, !tbaa !19
  %402 = sext i8 %401 to i32
  %403 = icmp ne i32 %402, 35
  br label %404

404:                                              ; preds = %396, %392
  %405 = phi i1 [ false, %392 ], [ %403, %396 ]
  br i1 %405, label %406, label %409

406:                                              ; preds = %404
  %407 = load i32, ptr %7, align 4, !tbaa !5
  %408 = add nsw i32 %407, 1
  store i32 %408, ptr %7, align 4, !tbaa !5
  br label %392, !llvm.loop !32

409:                                              ; preds = %404
  %410 = load ptr, ptr %5, align 8, !tbaa !12
  %411 = getelementptr inbounds nuw %struct.url, ptr %410, i32 0, i32 5
  %412 = load i32, ptr %20, align 4, !tbaa !5
  %413 = load i32, ptr %7, align 4, !tbaa !5
  %414 = load i32, ptr %20, align 4, !tbaa !5
  %415 = sub nsw i32 %413, %414
  call void @set_span(ptr noundef %411, i32 noundef %412, i32 noundef %415) #10
  call void @llvm.lifetime.end.p0(ptr %20) #7
  br label %416

416:                                              ; preds = %409, %381, %371
  %417 = load i32, ptr %7, align 4, !tbaa !5
  %418 = load i32, ptr %6, align 4, !tbaa !5
  %419 = icmp slt i32 %417, %418
  br i1 %419, label %420, label %437

420:                                              ; preds = %416
  %421 = load ptr, ptr %4, align 8, !tbaa !9
  %422 = load i32, ptr %7, align 4, !tbaa !5
  %423 = sext i32 %422 to i64
  %424 = getelementptr inbounds i8, ptr %421, i64 %423
  %425 = load i8, ptr %424, align 1, !tbaa !19
  %426 = sext i8 %425 to i32
  %427 = icmp eq i32 %426, 35
  br i1 %427, label %428, label %437

428:                                              ; preds = %420
  %429 = load ptr, ptr %5, align 8, !tbaa !12
  %430 = getelementptr inbounds nuw %struct.url, ptr %429, i32 0, i32 6
  %431 = load i32, ptr %7, align 4, !tbaa !5
  %432 = add nsw i32 %431, 1
  %433 = load i32, ptr %6, align 4, !tbaa !5
  %434 = load i32, ptr %7, align 4, !tbaa !5
  %435 = sub nsw i32 %433, %434
  %436 = sub nsw i32 %435, 1
  call void @set_span(ptr noundef %430, i32 noundef %432, i32 noundef %436) #10
  br label %437

437:                                              ; preds = %428, %420, %416
  %438 = load ptr, ptr %5, align 8, !tbaa !12
  %439 = getelementptr inbounds nuw %struct.url, ptr %438, i32 0, i32 8
  store i32 1, ptr %439, align 4, !tbaa !33
  store i32 0, ptr %3, align 4
  store i32 1, ptr %8, align 4
  call void @llvm.lifetime.end.p0(ptr %19) #7
  br label %440

440:                                              ; preds = %437, %341, %71, %39
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %441 = load i32, ptr %3, align 4
  ret i32 %441
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @is_scheme_char(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4, !tbaa !5
  %3 = call ptr @__ctype_b_loc() #9
  %4 = load ptr, ptr %3, align 8, !tbaa !17
  %5 = load i32, ptr %2, align 4, !tbaa !5
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds i16, ptr %4, i64 %6
  %8 = load i16, ptr %7, align 2, !tbaa !20
  %9 = zext i16 %8 to i32
  %10 = and i32 %9, 8
  %11 = icmp ne i32 %10, 0
  br i1 %11, label %21, label %12

12:                                               ; preds = %1
  %13 = load i32, ptr %2, align 4, !tbaa !5
  %14 = icmp eq i32 %13, 43
  br i1 %14, label %21, label %15

15:                                               ; preds = %12
  %16 = load i32, ptr %2, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 45
  br i1 %17, label %21, label %18

18:                                               ; preds = %15
  %19 = load i32, ptr %2, align 4, !tbaa !5
  %20 = icmp eq i32 %19, 46
  br label %21

21:                                               ; preds = %18, %15, %12, %1
  %22 = phi i1 [ true, %15 ], [ true, %12 ], [ true, %1 ], [ %20, %18 ]
  %23 = zext i1 %22 to i32
  ret i32 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @set_span(ptr noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !34
  store i32 %1, ptr %5, align 4, !tbaa !5
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i32, ptr %5, align 4, !tbaa !5
  %8 = load ptr, ptr %4, align 8, !tbaa !34
  %9 = getelementptr inbounds nuw %struct.url_span, ptr %8, i32 0, i32 0
  store i32 %7, ptr %9, align 4, !tbaa !36
  %10 = load i32, ptr %6, align 4, !tbaa !5
  %11 = load ptr, ptr %4, align 8, !tbaa !34
  %12 = getelementptr inbounds nuw %struct.url_span, ptr %11, i32 0, i32 1
  store i32 %10, ptr %12, align 4, !tbaa !37
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @percent_decode(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store i32 %1, ptr %6, align 4, !tbaa !5
  store ptr %2, ptr %7, align 8, !tbaa !9
  store i32 %3, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i32 0, ptr %10, align 4, !tbaa !5
  br label %15

15:                                               ; preds = %99, %4
  %16 = load i32, ptr %10, align 4, !tbaa !5
  %17 = load i32, ptr %6, align 4, !tbaa !5
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %24

19:                                               ; preds = %15
  %20 = load i32, ptr %9, align 4, !tbaa !5
  %21 = load i32, ptr %8, align 4, !tbaa !5
  %22 = sub nsw i32 %21, 1
  %23 = icmp slt i32 %20, %22
  br label %24

24:                                               ; preds = %19, %15
  %25 = phi i1 [ false, %15 ], [ %23, %19 ]
  br i1 %25, label %27, label %26

26:                                               ; preds = %24
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %102

27:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %12) #7
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = load i32, ptr %10, align 4, !tbaa !5
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds i8, ptr %28, i64 %30
  %32 = load i8, ptr %31, align 1, !tbaa !19
  store i8 %32, ptr %12, align 1, !tbaa !19
  %33 = load i8, ptr %12, align 1, !tbaa !19
  %34 = sext i8 %33 to i32
  %35 = icmp eq i32 %34, 37
  br i1 %35, label %36, label %80

36:                                               ; preds = %27
  %37 = load i32, ptr %10, align 4, !tbaa !5
  %38 = add nsw i32 %37, 2
  %39 = load i32, ptr %6, align 4, !tbaa !5
  %40 = icmp slt i32 %38, %39
  br i1 %40, label %41, label %80

41:                                               ; preds = %36
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %42 = load ptr, ptr %5, align 8, !tbaa !9
  %43 = load i32, ptr %10, align 4, !tbaa !5
  %44 = add nsw i32 %43, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %42, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !19
  %48 = zext i8 %47 to i32
  %49 = call i32 @hexval(i32 noundef %48) #10
  store i32 %49, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  %50 = load ptr, ptr %5, align 8, !tbaa !9
  %51 = load i32, ptr %10, align 4, !tbaa !5
  %52 = add nsw i32 %51, 2
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds i8, ptr %50, i64 %53
  %55 = load i8, ptr %54, align 1, !tbaa !19
  %56 = zext i8 %55 to i32
  %57 = call i32 @hexval(i32 noundef %56) #10
  store i32 %57, ptr %14, align 4, !tbaa !5
  %58 = load i32, ptr %13, align 4, !tbaa !5
  %59 = icmp sge i32 %58, 0
  br i1 %59, label %60, label %76

60:                                               ; preds = %41
  %61 = load i32, ptr %14, align 4, !tbaa !5
  %62 = icmp sge i32 %61, 0
  br i1 %62, label %63, label %76

63:                                               ; preds = %60
  %64 = load i32, ptr %13, align 4, !tbaa !5
  %65 = mul nsw i32 %64, 16
  %66 = load i32, ptr %14, align 4, !tbaa !5
  %67 = add nsw i32 %65, %66
  %68 = trunc i32 %67 to i8
  %69 = load ptr, ptr %7, align 8, !tbaa !9
  %70 = load i32, ptr %9, align 4, !tbaa !5
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %9, align 4, !tbaa !5
  %72 = sext i32 %70 to i64
  %73 = getelementptr inbounds i8, ptr %69, i64 %72
  store i8 %68, ptr %73, align 1, !tbaa !19
  %74 = load i32, ptr %10, align 4, !tbaa !5
  %75 = add nsw i32 %74, 2
  store i32 %75, ptr %10, align 4, !tbaa !5
  store i32 4, ptr %11, align 4
  br label %77

76:                                               ; preds = %60, %41
  store i32 0, ptr %11, align 4
  br label %77

77:                                               ; preds = %76, %63
  call void @llvm.lifetime.end.p0(ptr %14) #7
  call void @llvm.lifetime.end.p0(ptr %13) #7
  %78 = load i32, ptr %11, align 4
  switch i32 %78, label %96 [
    i32 0, label %79
  ]

79:                                               ; preds = %77
  br label %80

80:                                               ; preds = %79, %36, %27
  %81 = load i8, ptr %12, align 1, !tbaa !19
  %82 = sext i8 %81 to i32
  %83 = icmp eq i32 %82, 43
  br i1 %83, label %84, label %85

84:                                               ; preds = %80
  br label %88

85:                                               ; preds = %80
  %86 = load i8, ptr %12, align 1, !tbaa !19
  %87 = sext i8 %86 to i32
  br label %88

88:                                               ; preds = %85, %84
  %89 = phi i32 [ 32, %84 ], [ %87, %85 ]
  %90 = trunc i32 %89 to i8
  %91 = load ptr, ptr %7, align 8, !tbaa !9
  %92 = load i32, ptr %9, align 4, !tbaa !5
  %93 = add nsw i32 %92, 1
  store i32 %93, ptr %9, align 4, !tbaa !5
  %94 = sext i32 %92 to i64
  %95 = getelementptr inbounds i8, ptr %91, i64 %94
  store i8 %90, ptr %95, align 1, !tbaa !19
  store i32 0, ptr %11, align 4
  br label %96

96:                                               ; preds = %88, %77
  call void @llvm.lifetime.end.p0(ptr %12) #7
  %97 = load i32, ptr %11, align 4
  switch i32 %97, label %108 [
    i32 0, label %98
    i32 4, label %99
  ]

98:                                               ; preds = %96
  br label %99

99:                                               ; preds = %98, %96
  %100 = load i32, ptr %10, align 4, !tbaa !5
  %101 = add nsw i32 %100, 1
  store i32 %101, ptr %10, align 4, !tbaa !5
  br label %15, !llvm.loop !38

102:                                              ; preds = %26
  %103 = load ptr, ptr %7, align 8, !tbaa !9
  %104 = load i32, ptr %9, align 4, !tbaa !5
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds i8, ptr %103, i64 %105
  store i8 0, ptr %106, align 1, !tbaa !19
  %107 = load i32, ptr %9, align 4, !tbaa !5
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %9) #7
  ret i32 %107

108:                                              ; preds = %96
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hexval(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp sge i32 %7, 48
  br i1 %8, label %9, label %15

9:                                                ; preds = %1
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = icmp sle i32 %10, 57
  br i1 %11, label %12, label %15

12:                                               ; preds = %9
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = sub nsw i32 %13, 48
  store i32 %14, ptr %2, align 4
  br label %52

15:                                               ; preds = %9, %1
  call void @llvm.lifetime.start.p0(ptr %4) #7
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = call i1 @llvm.is.constant.i32(i32 %16)
  br i1 %17, label %18, label %36

18:                                               ; preds = %15
  call void @llvm.lifetime.start.p0(ptr %5) #7
  %19 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %19, ptr %5, align 4, !tbaa !5
  %20 = load i32, ptr %5, align 4, !tbaa !5
  %21 = icmp slt i32 %20, -128
  br i1 %21, label %25, label %22

22:                                               ; preds = %18
  %23 = load i32, ptr %5, align 4, !tbaa !5
  %24 = icmp sgt i32 %23, 255
  br i1 %24, label %25, label %27

25:                                               ; preds = %22, %18
  %26 = load i32, ptr %5, align 4, !tbaa !5
  br label %34

27:                                               ; preds = %22
  %28 = call ptr @__ctype_tolower_loc() #9
  %29 = load ptr, ptr %28, align 8, !tbaa !39
  %30 = load i32, ptr %5, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i32, ptr %29, i64 %31
  %33 = load i32, ptr %32, align 4, !tbaa !5
  br label %34

34:                                               ; preds = %27, %25
  %35 = phi i32 [ %26, %25 ], [ %33, %27 ]
  store i32 %35, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %5) #7
  br label %39

36:                                               ; preds = %15
  %37 = load i32, ptr %3, align 4, !tbaa !5
  %38 = call i32 @tolower(i32 noundef %37) #8
  store i32 %38, ptr %4, align 4, !tbaa !5
  br label %39

39:                                               ; preds = %36, %34
  %40 = load i32, ptr %4, align 4, !tbaa !5
  store i32 %40, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %4) #7
  %41 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %41, ptr %3, align 4, !tbaa !5
  %42 = load i32, ptr %3, align 4, !tbaa !5
  %43 = icmp sge i32 %42, 97
  br i1 %43, label %44, label %51

44:                                               ; preds = %39
  %45 = load i32, ptr %3, align 4, !tbaa !5
  %46 = icmp sle i32 %45, 102
  br i1 %46, label %47, label %51

47:                                               ; preds = %44
  %48 = load i32, ptr %3, align 4, !tbaa !5
  %49 = sub nsw i32 %48, 97
  %50 = add nsw i32 %49, 10
  store i32 %50, ptr %2, align 4
  br label %52

51:                                               ; preds = %44, %39
  store i32 -1, ptr %2, align 4
  br label %52

52:                                               ; preds = %51, %47, %12
  %53 = load i32, ptr %2, align 4
  ret i32 %53
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.url, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
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
  call void @llvm.lifetime.start.p0(ptr %7) #7
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %12

12:                                               ; preds = %88, %0
  %13 = load i32, ptr %8, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 300
  br i1 %14, label %16, label %15

15:                                               ; preds = %12
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %91

16:                                               ; preds = %12
  call void @llvm.lifetime.start.p0(ptr %10) #7
  store i64 0, ptr %10, align 8, !tbaa !41
  br label %17

17:                                               ; preds = %84, %16
  %18 = load i64, ptr %10, align 8, !tbaa !41
  %19 = icmp ult i64 %18, 11
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  br label %87

21:                                               ; preds = %17
  %22 = load i64, ptr %10, align 8, !tbaa !41
  %23 = getelementptr inbounds nuw [11 x ptr], ptr @main.urls, i64 0, i64 %22
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = call i32 @url_parse(ptr noundef %24, ptr noundef %7) #10
  %26 = icmp ne i32 %25, 0
  br i1 %26, label %27, label %30

27:                                               ; preds = %21
  %28 = load i32, ptr %3, align 4, !tbaa !5
  %29 = add nsw i32 %28, 1
  store i32 %29, ptr %3, align 4, !tbaa !5
  br label %84

30:                                               ; preds = %21
  %31 = load i32, ptr %2, align 4, !tbaa !5
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %33 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 7
  %34 = load i32, ptr %33, align 4, !tbaa !14
  %35 = icmp sge i32 %34, 0
  br i1 %35, label %36, label %39

36:                                               ; preds = %30
  %37 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 7
  %38 = load i32, ptr %37, align 4, !tbaa !14
  br label %45

39:                                               ; preds = %30
  %40 = load i64, ptr %10, align 8, !tbaa !41
  %41 = getelementptr inbounds nuw [11 x ptr], ptr @main.urls, i64 0, i64 %40
  %42 = load ptr, ptr %41, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 0
  %44 = call i32 @default_port(ptr noundef %42, ptr noundef %43) #10
  br label %45

45:                                               ; preds = %39, %36
  %46 = phi i32 [ %38, %36 ], [ %44, %39 ]
  store i32 %46, ptr %11, align 4, !tbaa !5
  %47 = load i32, ptr %11, align 4, !tbaa !5
  %48 = icmp sgt i32 %47, 0
  br i1 %48, label %49, label %51

49:                                               ; preds = %45
  %50 = load i32, ptr %11, align 4, !tbaa !5
  br label %52

51:                                               ; preds = %45
  br label %52

52:                                               ; preds = %51, %49
  %53 = phi i32 [ %50, %49 ], [ 0, %51 ]
  %54 = load i32, ptr %4, align 4, !tbaa !5
  %55 = add nsw i32 %54, %53
  store i32 %55, ptr %4, align 4, !tbaa !5
  %56 = load i64, ptr %10, align 8, !tbaa !41
  %57 = getelementptr inbounds nuw [11 x ptr], ptr @main.urls, i64 0, i64 %56
  %58 = load ptr, ptr %57, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 5
  %60 = call i32 @count_query_params(ptr noundef %58, ptr noundef %59, ptr noundef %6) #10
  %61 = load i32, ptr %5, align 4, !tbaa !5
  %62 = add nsw i32 %61, %60
  store i32 %62, ptr %5, align 4, !tbaa !5
  %63 = load i32, ptr %6, align 4, !tbaa !5
  %64 = mul i32 %63, 7
  %65 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 2
  %66 = getelementptr inbounds nuw %struct.url_span, ptr %65, i32 0, i32 1
  %67 = load i32, ptr %66, align 4, !tbaa !30
  %68 = mul nsw i32 %67, 3
  %69 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 4
  %70 = getelementptr inbounds nuw %struct.url_span, ptr %69, i32 0, i32 1
  %71 = load i32, ptr %70, align 4, !tbaa !43
  %72 = mul nsw i32 %71, 5
  %73 = add nsw i32 %68, %72
  %74 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 6
  %75 = getelementptr inbounds nuw %struct.url_span, ptr %74, i32 0, i32 1
  %76 = load i32, ptr %75, align 4, !tbaa !44
  %77 = add nsw i32 %73, %76
  %78 = getelementptr inbounds nuw %struct.url, ptr %7, i32 0, i32 1
  %79 = getelementptr inbounds nuw %struct.url_span, ptr %78, i32 0, i32 1
  %80 = load i32, ptr %79, align 4, !tbaa !45
  %81 = mul nsw i32 %80, 11
  %82 = add nsw i32 %77, %81
  %83 = add i32 %64, %82
  store i32 %83, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %84

84:                                               ; preds = %52, %27
  %85 = load i64, ptr %10, align 8, !tbaa !41
  %86 = add i64 %85, 1
  store i64 %86, ptr %10, align 8, !tbaa !41
  br label %17, !llvm.loop !46

87:                                               ; preds = %20
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %8, align 4, !tbaa !5
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %8, align 4, !tbaa !5
  br label %12, !llvm.loop !47

91:                                               ; preds = %15
  %92 = load i32, ptr %2, align 4, !tbaa !5
  %93 = load i32, ptr %3, align 4, !tbaa !5
  %94 = load i32, ptr %4, align 4, !tbaa !5
  %95 = load i32, ptr %5, align 4, !tbaa !5
  %96 = load i32, ptr %6, align 4, !tbaa !5
  %97 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %92, i32 noundef %93, i32 noundef %94, i32 noundef %95, i32 noundef %96) #10
  store i32 0, ptr %1, align 4
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #7
  call void @llvm.lifetime.end.p0(ptr %6) #7
  call void @llvm.lifetime.end.p0(ptr %5) #7
  call void @llvm.lifetime.end.p0(ptr %4) #7
  call void @llvm.lifetime.end.p0(ptr %3) #7
  call void @llvm.lifetime.end.p0(ptr %2) #7
  %98 = load i32, ptr %1, align 4
  ret i32 %98
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @default_port(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(ptr %6) #7
  store i64 0, ptr %6, align 8, !tbaa !41
  br label %8

8:                                                ; preds = %46, %2
  %9 = load i64, ptr %6, align 8, !tbaa !41
  %10 = icmp ult i64 %9, 6
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  store i32 2, ptr %7, align 4
  br label %49

12:                                               ; preds = %8
  %13 = load i64, ptr %6, align 8, !tbaa !41
  %14 = getelementptr inbounds nuw [6 x %struct.anon], ptr @default_port.tbl, i64 0, i64 %13
  %15 = getelementptr inbounds nuw %struct.anon, ptr %14, i32 0, i32 0
  %16 = load ptr, ptr %15, align 16, !tbaa !48
  %17 = call i64 @strlen(ptr noundef %16) #8
  %18 = trunc i64 %17 to i32
  %19 = load ptr, ptr %5, align 8, !tbaa !34
  %20 = getelementptr inbounds nuw %struct.url_span, ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 4, !tbaa !37
  %22 = icmp eq i32 %18, %21
  br i1 %22, label %23, label %45

23:                                               ; preds = %12
  %24 = load ptr, ptr %4, align 8, !tbaa !9
  %25 = load ptr, ptr %5, align 8, !tbaa !34
  %26 = getelementptr inbounds nuw %struct.url_span, ptr %25, i32 0, i32 0
  %27 = load i32, ptr %26, align 4, !tbaa !36
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i8, ptr %24, i64 %28
  %30 = load i64, ptr %6, align 8, !tbaa !41
  %31 = getelementptr inbounds nuw [6 x %struct.anon], ptr @default_port.tbl, i64 0, i64 %30
  %32 = getelementptr inbounds nuw %struct.anon, ptr %31, i32 0, i32 0
  %33 = load ptr, ptr %32, align 16, !tbaa !48
  %34 = load ptr, ptr %5, align 8, !tbaa !34
  %35 = getelementptr inbounds nuw %struct.url_span, ptr %34, i32 0, i32 1
  %36 = load i32, ptr %35, align 4, !tbaa !37
  %37 = sext i32 %36 to i64
  %38 = call i32 @strncmp(ptr noundef %29, ptr noundef %33, i64 noundef %37) #8
  %39 = icmp eq i32 %38, 0
  br i1 %39, label %40, label %45

40:                                               ; preds = %23
  %41 = load i64, ptr %6, align 8, !tbaa !41
  %42 = getelementptr inbounds nuw [6 x %struct.anon], ptr @default_port.tbl, i64 0, i64 %41
  %43 = getelementptr inbounds nuw %struct.anon, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 8, !tbaa !50
  store i32 %44, ptr %3, align 4
  store i32 1, ptr %7, align 4
  br label %49

45:                                               ; preds = %23, %12
  br label %46

46:                                               ; preds = %45
  %47 = load i64, ptr %6, align 8, !tbaa !41
  %48 = add i64 %47, 1
  store i64 %48, ptr %6, align 8, !tbaa !41
  br label %8, !llvm.loop !51

49:                                               ; preds = %40, %11
  call void @llvm.lifetime.end.p0(ptr %6) #7
  %50 = load i32, ptr %7, align 4
  switch i32 %50, label %54 [
    i32 2, label %51
    i32 1, label %52
  ]

51:                                               ; preds = %49
  store i32 -1, ptr %3, align 4
  br label %52

52:                                               ; preds = %51, %49
  %53 = load i32, ptr %3, align 4
  ret i32 %53

54:                                               ; preds = %49
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @count_query_params(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca [128 x i8], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !34
  store ptr %2, ptr %7, align 8, !tbaa !39
  %15 = load ptr, ptr %6, align 8, !tbaa !34
  %16 = getelementptr inbounds nuw %struct.url_span, ptr %15, i32 0, i32 1
  %17 = load i32, ptr %16, align 4, !tbaa !37
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %20

19:                                               ; preds = %3
  store i32 0, ptr %4, align 4
  br label %107

20:                                               ; preds = %3
  call void @llvm.lifetime.start.p0(ptr %8) #7
  store i32 1, ptr %8, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %9) #7
  call void @llvm.lifetime.start.p0(ptr %10) #7
  %21 = load ptr, ptr %6, align 8, !tbaa !34
  %22 = getelementptr inbounds nuw %struct.url_span, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %22, align 4, !tbaa !36
  store i32 %23, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %11) #7
  %24 = load ptr, ptr %6, align 8, !tbaa !34
  %25 = getelementptr inbounds nuw %struct.url_span, ptr %24, i32 0, i32 0
  %26 = load i32, ptr %25, align 4, !tbaa !36
  store i32 %26, ptr %11, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %102, %20
  %28 = load i32, ptr %11, align 4, !tbaa !5
  %29 = load ptr, ptr %6, align 8, !tbaa !34
  %30 = getelementptr inbounds nuw %struct.url_span, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 4, !tbaa !36
  %32 = load ptr, ptr %6, align 8, !tbaa !34
  %33 = getelementptr inbounds nuw %struct.url_span, ptr %32, i32 0, i32 1
  %34 = load i32, ptr %33, align 4, !tbaa !37
  %35 = add nsw i32 %31, %34
  %36 = icmp sle i32 %28, %35
  br i1 %36, label %38, label %37

37:                                               ; preds = %27
  store i32 2, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %11) #7
  br label %105

38:                                               ; preds = %27
  %39 = load i32, ptr %11, align 4, !tbaa !5
  %40 = load ptr, ptr %6, align 8, !tbaa !34
  %41 = getelementptr inbounds nuw %struct.url_span, ptr %40, i32 0, i32 0
  %42 = load i32, ptr %41, align 4, !tbaa !36
  %43 = load ptr, ptr %6, align 8, !tbaa !34
  %44 = getelementptr inbounds nuw %struct.url_span, ptr %43, i32 0, i32 1
  %45 = load i32, ptr %44, align 4, !tbaa !37
  %46 = add nsw i32 %42, %45
  %47 = icmp eq i32 %39, %46
  br i1 %47, label %56, label %48

48:                                               ; preds = %38
  %49 = load ptr, ptr %5, align 8, !tbaa !9
  %50 = load i32, ptr %11, align 4, !tbaa !5
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i8, ptr %49, i64 %51
  %53 = load i8, ptr %52, align 1, !tbaa !19
  %54 = sext i8 %53 to i32
  %55 = icmp eq i32 %54, 38
  br i1 %55, label %56, label %101

56:                                               ; preds = %48, %38
  call void @llvm.lifetime.start.p0(ptr %13) #7
  %57 = load ptr, ptr %5, align 8, !tbaa !9
  %58 = load i32, ptr %10, align 4, !tbaa !5
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds i8, ptr %57, i64 %59
  %61 = load i32, ptr %11, align 4, !tbaa !5
  %62 = load i32, ptr %10, align 4, !tbaa !5
  %63 = sub nsw i32 %61, %62
  %64 = getelementptr inbounds [128 x i8], ptr %9, i64 0, i64 0
  %65 = call i32 @percent_decode(ptr noundef %60, i32 noundef %63, ptr noundef %64, i32 noundef 128) #10
  store i32 %65, ptr %13, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %14) #7
  store i32 0, ptr %14, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %82, %56
  %67 = load i32, ptr %14, align 4, !tbaa !5
  %68 = load i32, ptr %13, align 4, !tbaa !5
  %69 = icmp slt i32 %67, %68
  br i1 %69, label %71, label %70

70:                                               ; preds = %66
  store i32 5, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %14) #7
  br label %85

71:                                               ; preds = %66
  %72 = load ptr, ptr %7, align 8, !tbaa !39
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = mul i32 %73, 31
  %75 = load i32, ptr %14, align 4, !tbaa !5
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [128 x i8], ptr %9, i64 0, i64 %76
  %78 = load i8, ptr %77, align 1, !tbaa !19
  %79 = zext i8 %78 to i32
  %80 = add i32 %74, %79
  %81 = load ptr, ptr %7, align 8, !tbaa !39
  store i32 %80, ptr %81, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %71
  %83 = load i32, ptr %14, align 4, !tbaa !5
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %14, align 4, !tbaa !5
  br label %66, !llvm.loop !52

85:                                               ; preds = %70
  %86 = load i32, ptr %11, align 4, !tbaa !5
  %87 = load ptr, ptr %6, align 8, !tbaa !34
  %88 = getelementptr inbounds nuw %struct.url_span, ptr %87, i32 0, i32 0
  %89 = load i32, ptr %88, align 4, !tbaa !36
  %90 = load ptr, ptr %6, align 8, !tbaa !34
  %91 = getelementptr inbounds nuw %struct.url_span, ptr %90, i32 0, i32 1
  %92 = load i32, ptr %91, align 4, !tbaa !37
  %93 = add nsw i32 %89, %92
  %94 = icmp slt i32 %86, %93
  br i1 %94, label %95, label %98

95:                                               ; preds = %85
  %96 = load i32, ptr %8, align 4, !tbaa !5
  %97 = add nsw i32 %96, 1
  store i32 %97, ptr %8, align 4, !tbaa !5
  br label %98

98:                                               ; preds = %95, %85
  %99 = load i32, ptr %11, align 4, !tbaa !5
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %13) #7
  br label %101

101:                                              ; preds = %98, %48
  br label %102

102:                                              ; preds = %101
  %103 = load i32, ptr %11, align 4, !tbaa !5
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %11, align 4, !tbaa !5
  br label %27, !llvm.loop !53

105:                                              ; preds = %37
  %106 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %106, ptr %4, align 4
  store i32 1, ptr %12, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #7
  call void @llvm.lifetime.end.p0(ptr %9) #7
  call void @llvm.lifetime.end.p0(ptr %8) #7
  br label %107

107:                                              ; preds = %105, %19
  %108 = load i32, ptr %4, align 4
  ret i32 %108
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: convergent nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.is.constant.i32(i32) #6

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #4

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @tolower(i32 noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { convergent nocallback nofree nosync nounwind willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }
attributes #10 = { minsize optsize }

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
!13 = !{!"p1 _ZTS3url", !11, i64 0}
!14 = !{!15, !6, i64 56}
!15 = !{!"url", !16, i64 0, !16, i64 8, !16, i64 16, !16, i64 24, !16, i64 32, !16, i64 40, !16, i64 48, !6, i64 56, !6, i64 60}
!16 = !{!"url_span", !6, i64 0, !6, i64 4}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 short", !11, i64 0}
!19 = !{!7, !7, i64 0}
!20 = !{!21, !21, i64 0}
!21 = !{!"short", !7, i64 0}
!22 = distinct !{!22, !23}
!23 = !{!"llvm.loop.mustprogress"}
!24 = distinct !{!24, !23}
!25 = distinct !{!25, !23}
!26 = distinct !{!26, !23}
!27 = distinct !{!27, !23}
!28 = distinct !{!28, !23}
!29 = !{!15, !6, i64 28}
!30 = !{!15, !6, i64 20}
!31 = distinct !{!31, !23}
!32 = distinct !{!32, !23}
!33 = !{!15, !6, i64 60}
!34 = !{!35, !35, i64 0}
!35 = !{!"p1 _ZTS8url_span", !11, i64 0}
!36 = !{!16, !6, i64 0}
!37 = !{!16, !6, i64 4}
!38 = distinct !{!38, !23}
!39 = !{!40, !40, i64 0}
!40 = !{!"p1 int", !11, i64 0}
!41 = !{!42, !42, i64 0}
!42 = !{!"long", !7, i64 0}
!43 = !{!15, !6, i64 36}
!44 = !{!15, !6, i64 52}
!45 = !{!15, !6, i64 12}
!46 = distinct !{!46, !23}
!47 = distinct !{!47, !23}
!48 = !{!49, !10, i64 0}
!49 = !{!"", !10, i64 0, !6, i64 8}
!50 = !{!49, !6, i64 8}
!51 = distinct !{!51, !23}
!52 = distinct !{!52, !23}
!53 = distinct !{!53, !23}
