; ModuleID = 'http_parser.c'
source_filename = "http_parser.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.http_request = type { i32, i32, [16 x i8], i32, [128 x i8], i32, [32 x i8], i32, [64 x i8], i32, i32, i32, i64, i32, i32, i64, i64, i32, ptr }
%struct.anon = type { ptr, i32 }

@.str = private unnamed_addr constant [16 x i8] c"method too long\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"unknown method\00", align 1
@.str.2 = private unnamed_addr constant [16 x i8] c"bad method char\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"bad uri start\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"bad uri char\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"uri too long\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"HTTP/1.\00", align 1
@.str.7 = private unnamed_addr constant [12 x i8] c"bad version\00", align 1
@.str.8 = private unnamed_addr constant [17 x i8] c"version too long\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"expected LF\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c"empty header name\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"bad header name\00", align 1
@.str.12 = private unnamed_addr constant [25 x i8] c"expected LF after header\00", align 1
@.str.13 = private unnamed_addr constant [26 x i8] c"expected LF after headers\00", align 1
@.str.14 = private unnamed_addr constant [16 x i8] c"chunk too large\00", align 1
@.str.15 = private unnamed_addr constant [15 x i8] c"bad chunk size\00", align 1
@.str.16 = private unnamed_addr constant [29 x i8] c"expected LF after chunk size\00", align 1
@.str.17 = private unnamed_addr constant [24 x i8] c"expected CR after chunk\00", align 1
@.str.18 = private unnamed_addr constant [24 x i8] c"expected LF after chunk\00", align 1
@.str.19 = private unnamed_addr constant [18 x i8] c"expected final LF\00", align 1
@requests = internal constant [8 x ptr] [ptr @.str.33, ptr @.str.34, ptr @.str.35, ptr @.str.36, ptr @.str.37, ptr @.str.38, ptr @.str.39, ptr @.str.40], align 16
@.str.20 = private unnamed_addr constant [60 x i8] c"ok=%d errors=%d headers=%d keepalive=%d body=%ld hash=%08x\0A\00", align 1
@lookup_method.tbl = internal constant [5 x { ptr, i32, [4 x i8] }] [{ ptr, i32, [4 x i8] } { ptr @.str.21, i32 1, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.22, i32 2, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.23, i32 3, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.24, i32 4, [4 x i8] zeroinitializer }, { ptr, i32, [4 x i8] } { ptr @.str.25, i32 5, [4 x i8] zeroinitializer }], align 16
@.str.21 = private unnamed_addr constant [4 x i8] c"GET\00", align 1
@.str.22 = private unnamed_addr constant [5 x i8] c"POST\00", align 1
@.str.23 = private unnamed_addr constant [4 x i8] c"PUT\00", align 1
@.str.24 = private unnamed_addr constant [7 x i8] c"DELETE\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"HEAD\00", align 1
@.str.26 = private unnamed_addr constant [15 x i8] c"Content-Length\00", align 1
@.str.27 = private unnamed_addr constant [19 x i8] c"bad content-length\00", align 1
@.str.28 = private unnamed_addr constant [18 x i8] c"Transfer-Encoding\00", align 1
@.str.29 = private unnamed_addr constant [8 x i8] c"chunked\00", align 1
@.str.30 = private unnamed_addr constant [11 x i8] c"Connection\00", align 1
@.str.31 = private unnamed_addr constant [6 x i8] c"close\00", align 1
@.str.32 = private unnamed_addr constant [11 x i8] c"keep-alive\00", align 1
@.str.33 = private unnamed_addr constant [88 x i8] c"GET /index.html?x=1 HTTP/1.1\0D\0AHost: example.com\0D\0AUser-Agent: bench/1.0\0D\0AAccept: */*\0D\0A\0D\0A\00", align 1
@.str.34 = private unnamed_addr constant [137 x i8] c"POST /api/items HTTP/1.1\0D\0AHost: api\0D\0AContent-Type: application/json\0D\0AContent-Length: 26\0D\0AConnection: close\0D\0A\0D\0A{\22name\22:\22gizmo\22,\22qty\22:12}\0A\00", align 1
@.str.35 = private unnamed_addr constant [99 x i8] c"PUT /upload HTTP/1.1\0D\0ATransfer-Encoding: chunked\0D\0A\0D\0A7\0D\0Achunk-1\0D\0AA;ext=1\0D\0A0123456789\0D\0A3\0D\0Aend\0D\0A0\0D\0A\0D\0A\00", align 1
@.str.36 = private unnamed_addr constant [52 x i8] c"DELETE /item/7 HTTP/1.0\0D\0AX-Req-Id:   abc-123   \0D\0A\0D\0A\00", align 1
@.str.37 = private unnamed_addr constant [25 x i8] c"FETCH /nope HTTP/1.1\0D\0A\0D\0A\00", align 1
@.str.38 = private unnamed_addr constant [22 x i8] c"GET /bad HTTP/2.0\0D\0A\0D\0A\00", align 1
@.str.39 = private unnamed_addr constant [35 x i8] c"HEAD / HTTP/1.1\0D\0ABad Header: x\0D\0A\0D\0A\00", align 1
@.str.40 = private unnamed_addr constant [42 x i8] c"POST /x HTTP/1.1\0D\0AContent-Length: 12a\0D\0A\0D\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @http_init(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  %3 = load ptr, ptr %2, align 8, !tbaa !9
  call void @llvm.memset.p0.i64(ptr align 8 %3, i8 0, i64 320, i1 false)
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw %struct.http_request, ptr %4, i32 0, i32 0
  store i32 0, ptr %5, align 8, !tbaa !12
  %6 = load ptr, ptr %2, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw %struct.http_request, ptr %6, i32 0, i32 12
  store i64 -1, ptr %7, align 8, !tbaa !16
  %8 = load ptr, ptr %2, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.http_request, ptr %8, i32 0, i32 14
  store i32 1, ptr %9, align 4, !tbaa !17
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw %struct.http_request, ptr %10, i32 0, i32 17
  store i32 -2128831035, ptr %11, align 8, !tbaa !18
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @http_feed(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i8, align 1
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 8, !tbaa !9
  store ptr %1, ptr %6, align 8, !tbaa !19
  store i64 %2, ptr %7, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i64 0, ptr %8, align 8, !tbaa !20
  br label %12

12:                                               ; preds = %552, %3
  %13 = load i64, ptr %8, align 8, !tbaa !20
  %14 = load i64, ptr %7, align 8, !tbaa !20
  %15 = icmp ult i64 %13, %14
  br i1 %15, label %16, label %21

16:                                               ; preds = %12
  %17 = load ptr, ptr %5, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw %struct.http_request, ptr %17, i32 0, i32 0
  %19 = load i32, ptr %18, align 8, !tbaa !12
  %20 = icmp ne i32 %19, 20
  br label %21

21:                                               ; preds = %16, %12
  %22 = phi i1 [ false, %12 ], [ %20, %16 ]
  br i1 %22, label %23, label %555

23:                                               ; preds = %21
  call void @llvm.lifetime.start.p0(ptr %9) #6
  %24 = load ptr, ptr %6, align 8, !tbaa !19
  %25 = load i64, ptr %8, align 8, !tbaa !20
  %26 = getelementptr inbounds nuw i8, ptr %24, i64 %25
  %27 = load i8, ptr %26, align 1, !tbaa !21
  store i8 %27, ptr %9, align 1, !tbaa !21
  %28 = load ptr, ptr %5, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw %struct.http_request, ptr %28, i32 0, i32 0
  %30 = load i32, ptr %29, align 8, !tbaa !12
  switch i32 %30, label %548 [
    i32 0, label %31
    i32 1, label %98
    i32 2, label %113
    i32 3, label %163
    i32 4, label %243
    i32 5, label %254
    i32 6, label %264
    i32 7, label %321
    i32 8, label %333
    i32 9, label %357
    i32 10, label %373
    i32 11, label %409
    i32 12, label %421
    i32 13, label %469
    i32 14, label %477
    i32 15, label %494
    i32 16, label %506
    i32 17, label %517
    i32 18, label %528
    i32 19, label %536
    i32 20, label %547
    i32 21, label %547
  ]

31:                                               ; preds = %23
  %32 = load i8, ptr %9, align 1, !tbaa !21
  %33 = zext i8 %32 to i32
  %34 = icmp sge i32 %33, 65
  br i1 %34, label %35, label %58

35:                                               ; preds = %31
  %36 = load i8, ptr %9, align 1, !tbaa !21
  %37 = zext i8 %36 to i32
  %38 = icmp sle i32 %37, 90
  br i1 %38, label %39, label %58

39:                                               ; preds = %35
  %40 = load ptr, ptr %5, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw %struct.http_request, ptr %40, i32 0, i32 3
  %42 = load i32, ptr %41, align 8, !tbaa !22
  %43 = icmp sge i32 %42, 15
  br i1 %43, label %44, label %48

44:                                               ; preds = %39
  %45 = load ptr, ptr %5, align 8, !tbaa !9
  %46 = call i32 @set_error(ptr noundef %45, ptr noundef @.str) #7
  %47 = sext i32 %46 to i64
  store i64 %47, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

48:                                               ; preds = %39
  %49 = load i8, ptr %9, align 1, !tbaa !21
  %50 = load ptr, ptr %5, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.http_request, ptr %50, i32 0, i32 2
  %52 = load ptr, ptr %5, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw %struct.http_request, ptr %52, i32 0, i32 3
  %54 = load i32, ptr %53, align 8, !tbaa !22
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %53, align 8, !tbaa !22
  %56 = sext i32 %54 to i64
  %57 = getelementptr inbounds [16 x i8], ptr %51, i64 0, i64 %56
  store i8 %49, ptr %57, align 1, !tbaa !21
  br label %97

58:                                               ; preds = %35, %31
  %59 = load i8, ptr %9, align 1, !tbaa !21
  %60 = zext i8 %59 to i32
  %61 = icmp eq i32 %60, 32
  br i1 %61, label %62, label %92

62:                                               ; preds = %58
  %63 = load ptr, ptr %5, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw %struct.http_request, ptr %63, i32 0, i32 3
  %65 = load i32, ptr %64, align 8, !tbaa !22
  %66 = icmp sgt i32 %65, 0
  br i1 %66, label %67, label %92

67:                                               ; preds = %62
  %68 = load ptr, ptr %5, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw %struct.http_request, ptr %68, i32 0, i32 2
  %70 = load ptr, ptr %5, align 8, !tbaa !9
  %71 = getelementptr inbounds nuw %struct.http_request, ptr %70, i32 0, i32 3
  %72 = load i32, ptr %71, align 8, !tbaa !22
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [16 x i8], ptr %69, i64 0, i64 %73
  store i8 0, ptr %74, align 1, !tbaa !21
  %75 = load ptr, ptr %5, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw %struct.http_request, ptr %75, i32 0, i32 2
  %77 = getelementptr inbounds [16 x i8], ptr %76, i64 0, i64 0
  %78 = call i32 @lookup_method(ptr noundef %77) #7
  %79 = load ptr, ptr %5, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw %struct.http_request, ptr %79, i32 0, i32 1
  store i32 %78, ptr %80, align 4, !tbaa !23
  %81 = load ptr, ptr %5, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw %struct.http_request, ptr %81, i32 0, i32 1
  %83 = load i32, ptr %82, align 4, !tbaa !23
  %84 = icmp eq i32 %83, 0
  br i1 %84, label %85, label %89

85:                                               ; preds = %67
  %86 = load ptr, ptr %5, align 8, !tbaa !9
  %87 = call i32 @set_error(ptr noundef %86, ptr noundef @.str.1) #7
  %88 = sext i32 %87 to i64
  store i64 %88, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

89:                                               ; preds = %67
  %90 = load ptr, ptr %5, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw %struct.http_request, ptr %90, i32 0, i32 0
  store i32 1, ptr %91, align 8, !tbaa !12
  br label %96

92:                                               ; preds = %62, %58
  %93 = load ptr, ptr %5, align 8, !tbaa !9
  %94 = call i32 @set_error(ptr noundef %93, ptr noundef @.str.2) #7
  %95 = sext i32 %94 to i64
  store i64 %95, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

96:                                               ; preds = %89
  br label %97

97:                                               ; preds = %96, %48
  br label %548

98:                                               ; preds = %23
  %99 = load i8, ptr %9, align 1, !tbaa !21
  %100 = zext i8 %99 to i32
  %101 = icmp ne i32 %100, 47
  br i1 %101, label %102, label %110

102:                                              ; preds = %98
  %103 = load i8, ptr %9, align 1, !tbaa !21
  %104 = zext i8 %103 to i32
  %105 = icmp ne i32 %104, 42
  br i1 %105, label %106, label %110

106:                                              ; preds = %102
  %107 = load ptr, ptr %5, align 8, !tbaa !9
  %108 = call i32 @set_error(ptr noundef %107, ptr noundef @.str.3) #7
  %109 = sext i32 %108 to i64
  store i64 %109, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

110:                                              ; preds = %102, %98
  %111 = load ptr, ptr %5, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw %struct.http_request, ptr %111, i32 0, i32 0
  store i32 2, ptr %112, align 8, !tbaa !12
  br label %113

113:                                              ; preds = %23, %110
  %114 = load i8, ptr %9, align 1, !tbaa !21
  %115 = zext i8 %114 to i32
  %116 = icmp eq i32 %115, 32
  br i1 %116, label %117, label %129

117:                                              ; preds = %113
  %118 = load ptr, ptr %5, align 8, !tbaa !9
  %119 = getelementptr inbounds nuw %struct.http_request, ptr %118, i32 0, i32 4
  %120 = load ptr, ptr %5, align 8, !tbaa !9
  %121 = getelementptr inbounds nuw %struct.http_request, ptr %120, i32 0, i32 5
  %122 = load i32, ptr %121, align 4, !tbaa !24
  %123 = sext i32 %122 to i64
  %124 = getelementptr inbounds [128 x i8], ptr %119, i64 0, i64 %123
  store i8 0, ptr %124, align 1, !tbaa !21
  %125 = load ptr, ptr %5, align 8, !tbaa !9
  %126 = getelementptr inbounds nuw %struct.http_request, ptr %125, i32 0, i32 3
  store i32 0, ptr %126, align 8, !tbaa !22
  %127 = load ptr, ptr %5, align 8, !tbaa !9
  %128 = getelementptr inbounds nuw %struct.http_request, ptr %127, i32 0, i32 0
  store i32 3, ptr %128, align 8, !tbaa !12
  br label %162

129:                                              ; preds = %113
  %130 = load i8, ptr %9, align 1, !tbaa !21
  %131 = zext i8 %130 to i32
  %132 = icmp slt i32 %131, 33
  br i1 %132, label %137, label %133

133:                                              ; preds = %129
  %134 = load i8, ptr %9, align 1, !tbaa !21
  %135 = zext i8 %134 to i32
  %136 = icmp eq i32 %135, 127
  br i1 %136, label %137, label %141

137:                                              ; preds = %133, %129
  %138 = load ptr, ptr %5, align 8, !tbaa !9
  %139 = call i32 @set_error(ptr noundef %138, ptr noundef @.str.4) #7
  %140 = sext i32 %139 to i64
  store i64 %140, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

141:                                              ; preds = %133
  %142 = load ptr, ptr %5, align 8, !tbaa !9
  %143 = getelementptr inbounds nuw %struct.http_request, ptr %142, i32 0, i32 5
  %144 = load i32, ptr %143, align 4, !tbaa !24
  %145 = icmp slt i32 %144, 127
  br i1 %145, label %146, label %156

146:                                              ; preds = %141
  %147 = load i8, ptr %9, align 1, !tbaa !21
  %148 = load ptr, ptr %5, align 8, !tbaa !9
  %149 = getelementptr inbounds nuw %struct.http_request, ptr %148, i32 0, i32 4
  %150 = load ptr, ptr %5, align 8, !tbaa !9
  %151 = getelementptr inbounds nuw %struct.http_request, ptr %150, i32 0, i32 5
  %152 = load i32, ptr %151, align 4, !tbaa !24
  %153 = add nsw i32 %152, 1
  store i32 %153, ptr %151, align 4, !tbaa !24
  %154 = sext i32 %152 to i64
  %155 = getelementptr inbounds [128 x i8], ptr %149, i64 0, i64 %154
  store i8 %147, ptr %155, align 1, !tbaa !21
  br label %160

156:                                              ; preds = %141
  %157 = load ptr, ptr %5, align 8, !tbaa !9
  %158 = call i32 @set_error(ptr noundef %157, ptr noundef @.str.5) #7
  %159 = sext i32 %158 to i64
  store i64 %159, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

160:                                              ; preds = %146
  br label %161

161:                                              ; preds = %160
  br label %162

162:                                              ; preds = %161, %117
  br label %548

163:                                              ; preds = %23
  %164 = load i8, ptr %9, align 1, !tbaa !21
  %165 = zext i8 %164 to i32
  %166 = icmp eq i32 %165, 13
  br i1 %166, label %167, label %222

167:                                              ; preds = %163
  %168 = load ptr, ptr %5, align 8, !tbaa !9
  %169 = getelementptr inbounds nuw %struct.http_request, ptr %168, i32 0, i32 2
  %170 = load ptr, ptr %5, align 8, !tbaa !9
  %171 = getelementptr inbounds nuw %struct.http_request, ptr %170, i32 0, i32 3
  %172 = load i32, ptr %171, align 8, !tbaa !22
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [16 x i8], ptr %169, i64 0, i64 %173
  store i8 0, ptr %174, align 1, !tbaa !21
  %175 = load ptr, ptr %5, align 8, !tbaa !9
  %176 = getelementptr inbounds nuw %struct.http_request, ptr %175, i32 0, i32 2
  %177 = getelementptr inbounds [16 x i8], ptr %176, i64 0, i64 0
  %178 = call i32 @strncmp(ptr noundef %177, ptr noundef @.str.6, i64 noundef 7) #8
  %179 = icmp ne i32 %178, 0
  br i1 %179, label %199, label %180

180:                                              ; preds = %167
  %181 = load ptr, ptr %5, align 8, !tbaa !9
  %182 = getelementptr inbounds nuw %struct.http_request, ptr %181, i32 0, i32 3
  %183 = load i32, ptr %182, align 8, !tbaa !22
  %184 = icmp ne i32 %183, 8
  br i1 %184, label %199, label %185

185:                                              ; preds = %180
  %186 = call ptr @__ctype_b_loc() #9
  %187 = load ptr, ptr %186, align 8, !tbaa !25
  %188 = load ptr, ptr %5, align 8, !tbaa !9
  %189 = getelementptr inbounds nuw %struct.http_request, ptr %188, i32 0, i32 2
  %190 = getelementptr inbounds [16 x i8], ptr %189, i64 0, i64 7
  %191 = load i8, ptr %190, align 1, !tbaa !21
  %192 = zext i8 %191 to i32
  %193 = sext i32 %192 to i64
  %194 = getelementptr inbounds i16, ptr %187, i64 %193
  %195 = load i16, ptr %194, align 2, !tbaa !27
  %196 = zext i16 %195 to i32
  %197 = and i32 %196, 2048
  %198 = icmp ne i32 %197, 0
  br i1 %198, label %203, label %199

199:                                              ; preds = %185, %180, %167
  %200 = load ptr, ptr %5, align 8, !tbaa !9
  %201 = call i32 @set_error(ptr noundef %200, ptr noundef @.str.7) #7
  %202 = sext i32 %201 to i64
  store i64 %202, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

203:                                              ; preds = %185
  %204 = load ptr, ptr %5, align 8, !tbaa !9
  %205 = getelementptr inbounds nuw %struct.http_request, ptr %204, i32 0, i32 2
  %206 = getelementptr inbounds [16 x i8], ptr %205, i64 0, i64 7
  %207 = load i8, ptr %206, align 1, !tbaa !21
  %208 = sext i8 %207 to i32
  %209 = sub nsw i32 %208, 48
  %210 = load ptr, ptr %5, align 8, !tbaa !9
  %211 = getelementptr inbounds nuw %struct.http_request, ptr %210, i32 0, i32 10
  store i32 %209, ptr %211, align 8, !tbaa !29
  %212 = load ptr, ptr %5, align 8, !tbaa !9
  %213 = getelementptr inbounds nuw %struct.http_request, ptr %212, i32 0, i32 10
  %214 = load i32, ptr %213, align 8, !tbaa !29
  %215 = icmp eq i32 %214, 0
  br i1 %215, label %216, label %219

216:                                              ; preds = %203
  %217 = load ptr, ptr %5, align 8, !tbaa !9
  %218 = getelementptr inbounds nuw %struct.http_request, ptr %217, i32 0, i32 14
  store i32 0, ptr %218, align 4, !tbaa !17
  br label %219

219:                                              ; preds = %216, %203
  %220 = load ptr, ptr %5, align 8, !tbaa !9
  %221 = getelementptr inbounds nuw %struct.http_request, ptr %220, i32 0, i32 0
  store i32 4, ptr %221, align 8, !tbaa !12
  br label %242

222:                                              ; preds = %163
  %223 = load ptr, ptr %5, align 8, !tbaa !9
  %224 = getelementptr inbounds nuw %struct.http_request, ptr %223, i32 0, i32 3
  %225 = load i32, ptr %224, align 8, !tbaa !22
  %226 = icmp slt i32 %225, 15
  br i1 %226, label %227, label %237

227:                                              ; preds = %222
  %228 = load i8, ptr %9, align 1, !tbaa !21
  %229 = load ptr, ptr %5, align 8, !tbaa !9
  %230 = getelementptr inbounds nuw %struct.http_request, ptr %229, i32 0, i32 2
  %231 = load ptr, ptr %5, align 8, !tbaa !9
  %232 = getelementptr inbounds nuw %struct.http_request, ptr %231, i32 0, i32 3
  %233 = load i32, ptr %232, align 8, !tbaa !22
  %234 = add nsw i32 %233, 1
  store i32 %234, ptr %232, align 8, !tbaa !22
  %235 = sext i32 %233 to i64
  %236 = getelementptr inbounds [16 x i8], ptr %230, i64 0, i64 %235
  store i8 %228, ptr %236, align 1, !tbaa !21
  br label %241

237:                                              ; preds = %222
  %238 = load ptr, ptr %5, align 8, !tbaa !9
  %239 = call i32 @set_error(ptr noundef %238, ptr noundef @.str.8) #7
  %240 = sext i32 %239 to i64
  store i64 %240, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

241:                                              ; preds = %227
  br label %242

242:                                              ; preds = %241, %219
  br label %548

243:                                              ; preds = %23
  %244 = load i8, ptr %9, align 1, !tbaa !21
  %245 = zext i8 %244 to i32
  %246 = icmp ne i32 %245, 10
  br i1 %246, label %247, label %251

247:                                              ; preds = %243
  %248 = load ptr, ptr %5, align 8, !tbaa !9
  %249 = call i32 @set_error(ptr noundef %248, ptr noundef @.str.9) #7
  %250 = sext i32 %249 to i64
  store i64 %250, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

251:                                              ; preds = %243
  %252 = load ptr, ptr %5, align 8, !tbaa !9
  %253 = getelementptr inbounds nuw %struct.http_request, ptr %252, i32 0, i32 0
  store i32 5, ptr %253, align 8, !tbaa !12
  br label %548

254:                                              ; preds = %23
  %255 = load i8, ptr %9, align 1, !tbaa !21
  %256 = zext i8 %255 to i32
  %257 = icmp eq i32 %256, 13
  br i1 %257, label %258, label %261

258:                                              ; preds = %254
  %259 = load ptr, ptr %5, align 8, !tbaa !9
  %260 = getelementptr inbounds nuw %struct.http_request, ptr %259, i32 0, i32 0
  store i32 10, ptr %260, align 8, !tbaa !12
  br label %548

261:                                              ; preds = %254
  %262 = load ptr, ptr %5, align 8, !tbaa !9
  %263 = getelementptr inbounds nuw %struct.http_request, ptr %262, i32 0, i32 0
  store i32 6, ptr %263, align 8, !tbaa !12
  br label %264

264:                                              ; preds = %23, %261
  %265 = load i8, ptr %9, align 1, !tbaa !21
  %266 = zext i8 %265 to i32
  %267 = icmp eq i32 %266, 58
  br i1 %267, label %268, label %280

268:                                              ; preds = %264
  %269 = load ptr, ptr %5, align 8, !tbaa !9
  %270 = getelementptr inbounds nuw %struct.http_request, ptr %269, i32 0, i32 7
  %271 = load i32, ptr %270, align 8, !tbaa !30
  %272 = icmp eq i32 %271, 0
  br i1 %272, label %273, label %277

273:                                              ; preds = %268
  %274 = load ptr, ptr %5, align 8, !tbaa !9
  %275 = call i32 @set_error(ptr noundef %274, ptr noundef @.str.10) #7
  %276 = sext i32 %275 to i64
  store i64 %276, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

277:                                              ; preds = %268
  %278 = load ptr, ptr %5, align 8, !tbaa !9
  %279 = getelementptr inbounds nuw %struct.http_request, ptr %278, i32 0, i32 0
  store i32 7, ptr %279, align 8, !tbaa !12
  br label %320

280:                                              ; preds = %264
  %281 = call ptr @__ctype_b_loc() #9
  %282 = load ptr, ptr %281, align 8, !tbaa !25
  %283 = load i8, ptr %9, align 1, !tbaa !21
  %284 = zext i8 %283 to i32
  %285 = sext i32 %284 to i64
  %286 = getelementptr inbounds i16, ptr %282, i64 %285
  %287 = load i16, ptr %286, align 2, !tbaa !27
  %288 = zext i16 %287 to i32
  %289 = and i32 %288, 8
  %290 = icmp ne i32 %289, 0
  br i1 %290, label %299, label %291

291:                                              ; preds = %280
  %292 = load i8, ptr %9, align 1, !tbaa !21
  %293 = zext i8 %292 to i32
  %294 = icmp eq i32 %293, 45
  br i1 %294, label %299, label %295

295:                                              ; preds = %291
  %296 = load i8, ptr %9, align 1, !tbaa !21
  %297 = zext i8 %296 to i32
  %298 = icmp eq i32 %297, 95
  br i1 %298, label %299, label %315

299:                                              ; preds = %295, %291, %280
  %300 = load ptr, ptr %5, align 8, !tbaa !9
  %301 = getelementptr inbounds nuw %struct.http_request, ptr %300, i32 0, i32 7
  %302 = load i32, ptr %301, align 8, !tbaa !30
  %303 = icmp slt i32 %302, 31
  br i1 %303, label %304, label %314

304:                                              ; preds = %299
  %305 = load i8, ptr %9, align 1, !tbaa !21
  %306 = load ptr, ptr %5, align 8, !tbaa !9
  %307 = getelementptr inbounds nuw %struct.http_request, ptr %306, i32 0, i32 6
  %308 = load ptr, ptr %5, align 8, !tbaa !9
  %309 = getelementptr inbounds nuw %struct.http_request, ptr %308, i32 0, i32 7
  %310 = load i32, ptr %309, align 8, !tbaa !30
  %311 = add nsw i32 %310, 1
  store i32 %311, ptr %309, align 8, !tbaa !30
  %312 = sext i32 %310 to i64
  %313 = getelementptr inbounds [32 x i8], ptr %307, i64 0, i64 %312
  store i8 %305, ptr %313, align 1, !tbaa !21
  br label %314

314:                                              ; preds = %304, %299
  br label %319

315:                                              ; preds = %295
  %316 = load ptr, ptr %5, align 8, !tbaa !9
  %317 = call i32 @set_error(ptr noundef %316, ptr noundef @.str.11) #7
  %318 = sext i32 %317 to i64
  store i64 %318, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

319:                                              ; preds = %314
  br label %320

320:                                              ; preds = %319, %277
  br label %548

321:                                              ; preds = %23
  %322 = load i8, ptr %9, align 1, !tbaa !21
  %323 = zext i8 %322 to i32
  %324 = icmp eq i32 %323, 32
  br i1 %324, label %329, label %325

325:                                              ; preds = %321
  %326 = load i8, ptr %9, align 1, !tbaa !21
  %327 = zext i8 %326 to i32
  %328 = icmp eq i32 %327, 9
  br i1 %328, label %329, label %330

329:                                              ; preds = %325, %321
  br label %548

330:                                              ; preds = %325
  %331 = load ptr, ptr %5, align 8, !tbaa !9
  %332 = getelementptr inbounds nuw %struct.http_request, ptr %331, i32 0, i32 0
  store i32 8, ptr %332, align 8, !tbaa !12
  br label %333

333:                                              ; preds = %23, %330
  %334 = load i8, ptr %9, align 1, !tbaa !21
  %335 = zext i8 %334 to i32
  %336 = icmp eq i32 %335, 13
  br i1 %336, label %337, label %340

337:                                              ; preds = %333
  %338 = load ptr, ptr %5, align 8, !tbaa !9
  %339 = getelementptr inbounds nuw %struct.http_request, ptr %338, i32 0, i32 0
  store i32 9, ptr %339, align 8, !tbaa !12
  br label %356

340:                                              ; preds = %333
  %341 = load ptr, ptr %5, align 8, !tbaa !9
  %342 = getelementptr inbounds nuw %struct.http_request, ptr %341, i32 0, i32 9
  %343 = load i32, ptr %342, align 4, !tbaa !31
  %344 = icmp slt i32 %343, 63
  br i1 %344, label %345, label %355

345:                                              ; preds = %340
  %346 = load i8, ptr %9, align 1, !tbaa !21
  %347 = load ptr, ptr %5, align 8, !tbaa !9
  %348 = getelementptr inbounds nuw %struct.http_request, ptr %347, i32 0, i32 8
  %349 = load ptr, ptr %5, align 8, !tbaa !9
  %350 = getelementptr inbounds nuw %struct.http_request, ptr %349, i32 0, i32 9
  %351 = load i32, ptr %350, align 4, !tbaa !31
  %352 = add nsw i32 %351, 1
  store i32 %352, ptr %350, align 4, !tbaa !31
  %353 = sext i32 %351 to i64
  %354 = getelementptr inbounds [64 x i8], ptr %348, i64 0, i64 %353
  store i8 %346, ptr %354, align 1, !tbaa !21
  br label %355

355:                                              ; preds = %345, %340
  br label %356

356:                                              ; preds = %355, %337
  br label %548

357:                                              ; preds = %23
  %358 = load i8, ptr %9, align 1, !tbaa !21
  %359 = zext i8 %358 to i32
  %360 = icmp ne i32 %359, 10
  br i1 %360, label %361, label %365

361:                                              ; preds = %357
  %362 = load ptr, ptr %5, align 8, !tbaa !9
  %363 = call i32 @set_error(ptr noundef %362, ptr noundef @.str.12) #7
  %364 = sext i32 %363 to i64
  store i64 %364, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

365:                                              ; preds = %357
  %366 = load ptr, ptr %5, align 8, !tbaa !9
  %367 = call i32 @finish_header(ptr noundef %366) #7
  %368 = icmp ne i32 %367, 0
  br i1 %368, label %369, label %370

369:                                              ; preds = %365
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

370:                                              ; preds = %365
  %371 = load ptr, ptr %5, align 8, !tbaa !9
  %372 = getelementptr inbounds nuw %struct.http_request, ptr %371, i32 0, i32 0
  store i32 5, ptr %372, align 8, !tbaa !12
  br label %548

373:                                              ; preds = %23
  %374 = load i8, ptr %9, align 1, !tbaa !21
  %375 = zext i8 %374 to i32
  %376 = icmp ne i32 %375, 10
  br i1 %376, label %377, label %381

377:                                              ; preds = %373
  %378 = load ptr, ptr %5, align 8, !tbaa !9
  %379 = call i32 @set_error(ptr noundef %378, ptr noundef @.str.13) #7
  %380 = sext i32 %379 to i64
  store i64 %380, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

381:                                              ; preds = %373
  %382 = load ptr, ptr %5, align 8, !tbaa !9
  %383 = getelementptr inbounds nuw %struct.http_request, ptr %382, i32 0, i32 13
  %384 = load i32, ptr %383, align 8, !tbaa !32
  %385 = icmp ne i32 %384, 0
  br i1 %385, label %386, label %391

386:                                              ; preds = %381
  %387 = load ptr, ptr %5, align 8, !tbaa !9
  %388 = getelementptr inbounds nuw %struct.http_request, ptr %387, i32 0, i32 15
  store i64 0, ptr %388, align 8, !tbaa !33
  %389 = load ptr, ptr %5, align 8, !tbaa !9
  %390 = getelementptr inbounds nuw %struct.http_request, ptr %389, i32 0, i32 0
  store i32 12, ptr %390, align 8, !tbaa !12
  br label %408

391:                                              ; preds = %381
  %392 = load ptr, ptr %5, align 8, !tbaa !9
  %393 = getelementptr inbounds nuw %struct.http_request, ptr %392, i32 0, i32 12
  %394 = load i64, ptr %393, align 8, !tbaa !16
  %395 = icmp sgt i64 %394, 0
  br i1 %395, label %396, label %404

396:                                              ; preds = %391
  %397 = load ptr, ptr %5, align 8, !tbaa !9
  %398 = getelementptr inbounds nuw %struct.http_request, ptr %397, i32 0, i32 12
  %399 = load i64, ptr %398, align 8, !tbaa !16
  %400 = load ptr, ptr %5, align 8, !tbaa !9
  %401 = getelementptr inbounds nuw %struct.http_request, ptr %400, i32 0, i32 15
  store i64 %399, ptr %401, align 8, !tbaa !33
  %402 = load ptr, ptr %5, align 8, !tbaa !9
  %403 = getelementptr inbounds nuw %struct.http_request, ptr %402, i32 0, i32 0
  store i32 11, ptr %403, align 8, !tbaa !12
  br label %407

404:                                              ; preds = %391
  %405 = load ptr, ptr %5, align 8, !tbaa !9
  %406 = getelementptr inbounds nuw %struct.http_request, ptr %405, i32 0, i32 0
  store i32 20, ptr %406, align 8, !tbaa !12
  br label %407

407:                                              ; preds = %404, %396
  br label %408

408:                                              ; preds = %407, %386
  br label %548

409:                                              ; preds = %23
  %410 = load ptr, ptr %5, align 8, !tbaa !9
  %411 = load i8, ptr %9, align 1, !tbaa !21
  call void @body_byte(ptr noundef %410, i8 noundef zeroext %411) #7
  %412 = load ptr, ptr %5, align 8, !tbaa !9
  %413 = getelementptr inbounds nuw %struct.http_request, ptr %412, i32 0, i32 15
  %414 = load i64, ptr %413, align 8, !tbaa !33
  %415 = add nsw i64 %414, -1
  store i64 %415, ptr %413, align 8, !tbaa !33
  %416 = icmp eq i64 %415, 0
  br i1 %416, label %417, label %420

417:                                              ; preds = %409
  %418 = load ptr, ptr %5, align 8, !tbaa !9
  %419 = getelementptr inbounds nuw %struct.http_request, ptr %418, i32 0, i32 0
  store i32 20, ptr %419, align 8, !tbaa !12
  br label %420

420:                                              ; preds = %417, %409
  br label %548

421:                                              ; preds = %23
  call void @llvm.lifetime.start.p0(ptr %11) #6
  %422 = load i8, ptr %9, align 1, !tbaa !21
  %423 = zext i8 %422 to i32
  %424 = call i32 @hexdig(i32 noundef %423) #7
  store i32 %424, ptr %11, align 4, !tbaa !5
  %425 = load i32, ptr %11, align 4, !tbaa !5
  %426 = icmp sge i32 %425, 0
  br i1 %426, label %427, label %446

427:                                              ; preds = %421
  %428 = load ptr, ptr %5, align 8, !tbaa !9
  %429 = getelementptr inbounds nuw %struct.http_request, ptr %428, i32 0, i32 15
  %430 = load i64, ptr %429, align 8, !tbaa !33
  %431 = icmp sgt i64 %430, 16777215
  br i1 %431, label %432, label %436

432:                                              ; preds = %427
  %433 = load ptr, ptr %5, align 8, !tbaa !9
  %434 = call i32 @set_error(ptr noundef %433, ptr noundef @.str.14) #7
  %435 = sext i32 %434 to i64
  store i64 %435, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %467

436:                                              ; preds = %427
  %437 = load ptr, ptr %5, align 8, !tbaa !9
  %438 = getelementptr inbounds nuw %struct.http_request, ptr %437, i32 0, i32 15
  %439 = load i64, ptr %438, align 8, !tbaa !33
  %440 = mul nsw i64 %439, 16
  %441 = load i32, ptr %11, align 4, !tbaa !5
  %442 = sext i32 %441 to i64
  %443 = add nsw i64 %440, %442
  %444 = load ptr, ptr %5, align 8, !tbaa !9
  %445 = getelementptr inbounds nuw %struct.http_request, ptr %444, i32 0, i32 15
  store i64 %443, ptr %445, align 8, !tbaa !33
  br label %466

446:                                              ; preds = %421
  %447 = load i8, ptr %9, align 1, !tbaa !21
  %448 = zext i8 %447 to i32
  %449 = icmp eq i32 %448, 59
  br i1 %449, label %450, label %453

450:                                              ; preds = %446
  %451 = load ptr, ptr %5, align 8, !tbaa !9
  %452 = getelementptr inbounds nuw %struct.http_request, ptr %451, i32 0, i32 0
  store i32 13, ptr %452, align 8, !tbaa !12
  br label %465

453:                                              ; preds = %446
  %454 = load i8, ptr %9, align 1, !tbaa !21
  %455 = zext i8 %454 to i32
  %456 = icmp eq i32 %455, 13
  br i1 %456, label %457, label %460

457:                                              ; preds = %453
  %458 = load ptr, ptr %5, align 8, !tbaa !9
  %459 = getelementptr inbounds nuw %struct.http_request, ptr %458, i32 0, i32 0
  store i32 14, ptr %459, align 8, !tbaa !12
  br label %464

460:                                              ; preds = %453
  %461 = load ptr, ptr %5, align 8, !tbaa !9
  %462 = call i32 @set_error(ptr noundef %461, ptr noundef @.str.15) #7
  %463 = sext i32 %462 to i64
  store i64 %463, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %467

464:                                              ; preds = %457
  br label %465

465:                                              ; preds = %464, %450
  br label %466

466:                                              ; preds = %465, %436
  store i32 5, ptr %10, align 4
  br label %467

467:                                              ; preds = %466, %460, %432
  call void @llvm.lifetime.end.p0(ptr %11) #6
  %468 = load i32, ptr %10, align 4
  switch i32 %468, label %549 [
    i32 5, label %548
  ]

469:                                              ; preds = %23
  %470 = load i8, ptr %9, align 1, !tbaa !21
  %471 = zext i8 %470 to i32
  %472 = icmp eq i32 %471, 13
  br i1 %472, label %473, label %476

473:                                              ; preds = %469
  %474 = load ptr, ptr %5, align 8, !tbaa !9
  %475 = getelementptr inbounds nuw %struct.http_request, ptr %474, i32 0, i32 0
  store i32 14, ptr %475, align 8, !tbaa !12
  br label %476

476:                                              ; preds = %473, %469
  br label %548

477:                                              ; preds = %23
  %478 = load i8, ptr %9, align 1, !tbaa !21
  %479 = zext i8 %478 to i32
  %480 = icmp ne i32 %479, 10
  br i1 %480, label %481, label %485

481:                                              ; preds = %477
  %482 = load ptr, ptr %5, align 8, !tbaa !9
  %483 = call i32 @set_error(ptr noundef %482, ptr noundef @.str.16) #7
  %484 = sext i32 %483 to i64
  store i64 %484, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

485:                                              ; preds = %477
  %486 = load ptr, ptr %5, align 8, !tbaa !9
  %487 = getelementptr inbounds nuw %struct.http_request, ptr %486, i32 0, i32 15
  %488 = load i64, ptr %487, align 8, !tbaa !33
  %489 = icmp ne i64 %488, 0
  %490 = zext i1 %489 to i64
  %491 = select i1 %489, i32 15, i32 18
  %492 = load ptr, ptr %5, align 8, !tbaa !9
  %493 = getelementptr inbounds nuw %struct.http_request, ptr %492, i32 0, i32 0
  store i32 %491, ptr %493, align 8, !tbaa !12
  br label %548

494:                                              ; preds = %23
  %495 = load ptr, ptr %5, align 8, !tbaa !9
  %496 = load i8, ptr %9, align 1, !tbaa !21
  call void @body_byte(ptr noundef %495, i8 noundef zeroext %496) #7
  %497 = load ptr, ptr %5, align 8, !tbaa !9
  %498 = getelementptr inbounds nuw %struct.http_request, ptr %497, i32 0, i32 15
  %499 = load i64, ptr %498, align 8, !tbaa !33
  %500 = add nsw i64 %499, -1
  store i64 %500, ptr %498, align 8, !tbaa !33
  %501 = icmp eq i64 %500, 0
  br i1 %501, label %502, label %505

502:                                              ; preds = %494
  %503 = load ptr, ptr %5, align 8, !tbaa !9
  %504 = getelementptr inbounds nuw %struct.http_request, ptr %503, i32 0, i32 0
  store i32 16, ptr %504, align 8, !tbaa !12
  br label %505

505:                                              ; preds = %502, %494
  br label %548

506:                                              ; preds = %23
  %507 = load i8, ptr %9, align 1, !tbaa !21
  %508 = zext i8 %507 to i32
  %509 = icmp ne i32 %508, 13
  br i1 %509, label %510, label %514

510:                                              ; preds = %506
  %511 = load ptr, ptr %5, align 8, !tbaa !9
  %512 = call i32 @set_error(ptr noundef %511, ptr noundef @.str.17) #7
  %513 = sext i32 %512 to i64
  store i64 %513, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

514:                                              ; preds = %506
  %515 = load ptr, ptr %5, align 8, !tbaa !9
  %516 = getelementptr inbounds nuw %struct.http_request, ptr %515, i32 0, i32 0
  store i32 17, ptr %516, align 8, !tbaa !12
  br label %548

517:                                              ; preds = %23
  %518 = load i8, ptr %9, align 1, !tbaa !21
  %519 = zext i8 %518 to i32
  %520 = icmp ne i32 %519, 10
  br i1 %520, label %521, label %525

521:                                              ; preds = %517
  %522 = load ptr, ptr %5, align 8, !tbaa !9
  %523 = call i32 @set_error(ptr noundef %522, ptr noundef @.str.18) #7
  %524 = sext i32 %523 to i64
  store i64 %524, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

525:                                              ; preds = %517
  %526 = load ptr, ptr %5, align 8, !tbaa !9
  %527 = getelementptr inbounds nuw %struct.http_request, ptr %526, i32 0, i32 0
  store i32 12, ptr %527, align 8, !tbaa !12
  br label %548

528:                                              ; preds = %23
  %529 = load i8, ptr %9, align 1, !tbaa !21
  %530 = zext i8 %529 to i32
  %531 = icmp eq i32 %530, 13
  br i1 %531, label %532, label %535

532:                                              ; preds = %528
  %533 = load ptr, ptr %5, align 8, !tbaa !9
  %534 = getelementptr inbounds nuw %struct.http_request, ptr %533, i32 0, i32 0
  store i32 19, ptr %534, align 8, !tbaa !12
  br label %535

535:                                              ; preds = %532, %528
  br label %548

536:                                              ; preds = %23
  %537 = load i8, ptr %9, align 1, !tbaa !21
  %538 = zext i8 %537 to i32
  %539 = icmp ne i32 %538, 10
  br i1 %539, label %540, label %544

540:                                              ; preds = %536
  %541 = load ptr, ptr %5, align 8, !tbaa !9
  %542 = call i32 @set_error(ptr noundef %541, ptr noundef @.str.19) #7
  %543 = sext i32 %542 to i64
  store i64 %543, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

544:                                              ; preds = %536
  %545 = load ptr, ptr %5, align 8, !tbaa !9
  %546 = getelementptr inbounds nuw %struct.http_request, ptr %545, i32 0, i32 0
  store i32 20, ptr %546, align 8, !tbaa !12
  br label %548

547:                                              ; preds = %23, %23
  store i64 -1, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %549

548:                                              ; preds = %23, %544, %535, %525, %514, %505, %485, %476, %467, %420, %408, %370, %356, %329, %320, %258, %251, %242, %162, %97
  store i32 0, ptr %10, align 4
  br label %549

549:                                              ; preds = %548, %547, %540, %521, %510, %481, %467, %377, %369, %361, %315, %273, %247, %237, %199, %156, %137, %106, %92, %85, %44
  call void @llvm.lifetime.end.p0(ptr %9) #6
  %550 = load i32, ptr %10, align 4
  switch i32 %550, label %557 [
    i32 0, label %551
  ]

551:                                              ; preds = %549
  br label %552

552:                                              ; preds = %551
  %553 = load i64, ptr %8, align 8, !tbaa !20
  %554 = add i64 %553, 1
  store i64 %554, ptr %8, align 8, !tbaa !20
  br label %12, !llvm.loop !34

555:                                              ; preds = %21
  %556 = load i64, ptr %8, align 8, !tbaa !20
  store i64 %556, ptr %4, align 8
  store i32 1, ptr %10, align 4
  br label %557

557:                                              ; preds = %555, %549
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %558 = load i64, ptr %4, align 8
  ret i64 %558
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @set_error(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !19
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.http_request, ptr %5, i32 0, i32 0
  store i32 21, ptr %6, align 8, !tbaa !12
  %7 = load ptr, ptr %4, align 8, !tbaa !19
  %8 = load ptr, ptr %3, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw %struct.http_request, ptr %8, i32 0, i32 18
  store ptr %7, ptr %9, align 8, !tbaa !36
  ret i32 -1
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @lookup_method(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 0, ptr %4, align 8, !tbaa !20
  br label %6

6:                                                ; preds = %24, %1
  %7 = load i64, ptr %4, align 8, !tbaa !20
  %8 = icmp ult i64 %7, 5
  br i1 %8, label %10, label %9

9:                                                ; preds = %6
  store i32 2, ptr %5, align 4
  br label %27

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 8, !tbaa !19
  %12 = load i64, ptr %4, align 8, !tbaa !20
  %13 = getelementptr inbounds nuw [5 x %struct.anon], ptr @lookup_method.tbl, i64 0, i64 %12
  %14 = getelementptr inbounds nuw %struct.anon, ptr %13, i32 0, i32 0
  %15 = load ptr, ptr %14, align 16, !tbaa !37
  %16 = call i32 @strcmp(ptr noundef %11, ptr noundef %15) #8
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %23

18:                                               ; preds = %10
  %19 = load i64, ptr %4, align 8, !tbaa !20
  %20 = getelementptr inbounds nuw [5 x %struct.anon], ptr @lookup_method.tbl, i64 0, i64 %19
  %21 = getelementptr inbounds nuw %struct.anon, ptr %20, i32 0, i32 1
  %22 = load i32, ptr %21, align 8, !tbaa !39
  store i32 %22, ptr %2, align 4
  store i32 1, ptr %5, align 4
  br label %27

23:                                               ; preds = %10
  br label %24

24:                                               ; preds = %23
  %25 = load i64, ptr %4, align 8, !tbaa !20
  %26 = add i64 %25, 1
  store i64 %26, ptr %4, align 8, !tbaa !20
  br label %6, !llvm.loop !40

27:                                               ; preds = %18, %9
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %28 = load i32, ptr %5, align 4
  switch i32 %28, label %32 [
    i32 2, label %29
    i32 1, label %30
  ]

29:                                               ; preds = %27
  store i32 0, ptr %2, align 4
  br label %30

30:                                               ; preds = %29, %27
  %31 = load i32, ptr %2, align 4
  ret i32 %31

32:                                               ; preds = %27
  unreachable
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strncmp(ptr noundef, ptr noundef, i64 noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @finish_header(ptr noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw %struct.http_request, ptr %7, i32 0, i32 6
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw %struct.http_request, ptr %9, i32 0, i32 7
  %11 = load i32, ptr %10, align 8, !tbaa !30
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [32 x i8], ptr %8, i64 0, i64 %12
  store i8 0, ptr %13, align 1, !tbaa !21
  br label %14

14:                                               ; preds = %33, %1
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw %struct.http_request, ptr %15, i32 0, i32 9
  %17 = load i32, ptr %16, align 4, !tbaa !31
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %31

19:                                               ; preds = %14
  %20 = load ptr, ptr %3, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw %struct.http_request, ptr %20, i32 0, i32 8
  %22 = load ptr, ptr %3, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw %struct.http_request, ptr %22, i32 0, i32 9
  %24 = load i32, ptr %23, align 4, !tbaa !31
  %25 = sub nsw i32 %24, 1
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [64 x i8], ptr %21, i64 0, i64 %26
  %28 = load i8, ptr %27, align 1, !tbaa !21
  %29 = sext i8 %28 to i32
  %30 = icmp eq i32 %29, 32
  br label %31

31:                                               ; preds = %19, %14
  %32 = phi i1 [ false, %14 ], [ %30, %19 ]
  br i1 %32, label %33, label %38

33:                                               ; preds = %31
  %34 = load ptr, ptr %3, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw %struct.http_request, ptr %34, i32 0, i32 9
  %36 = load i32, ptr %35, align 4, !tbaa !31
  %37 = add nsw i32 %36, -1
  store i32 %37, ptr %35, align 4, !tbaa !31
  br label %14, !llvm.loop !41

38:                                               ; preds = %31
  %39 = load ptr, ptr %3, align 8, !tbaa !9
  %40 = getelementptr inbounds nuw %struct.http_request, ptr %39, i32 0, i32 8
  %41 = load ptr, ptr %3, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw %struct.http_request, ptr %41, i32 0, i32 9
  %43 = load i32, ptr %42, align 4, !tbaa !31
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [64 x i8], ptr %40, i64 0, i64 %44
  store i8 0, ptr %45, align 1, !tbaa !21
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw %struct.http_request, ptr %46, i32 0, i32 11
  %48 = load i32, ptr %47, align 4, !tbaa !42
  %49 = add nsw i32 %48, 1
  store i32 %49, ptr %47, align 4, !tbaa !42
  %50 = load ptr, ptr %3, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw %struct.http_request, ptr %50, i32 0, i32 6
  %52 = getelementptr inbounds [32 x i8], ptr %51, i64 0, i64 0
  %53 = call i32 @ieq(ptr noundef %52, ptr noundef @.str.26) #7
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %103

55:                                               ; preds = %38
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i64 0, ptr %4, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %5) #6
  %56 = load ptr, ptr %3, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw %struct.http_request, ptr %56, i32 0, i32 8
  %58 = getelementptr inbounds [64 x i8], ptr %57, i64 0, i64 0
  store ptr %58, ptr %5, align 8, !tbaa !19
  br label %59

59:                                               ; preds = %91, %55
  %60 = load ptr, ptr %5, align 8, !tbaa !19
  %61 = load i8, ptr %60, align 1, !tbaa !21
  %62 = icmp ne i8 %61, 0
  br i1 %62, label %64, label %63

63:                                               ; preds = %59
  store i32 4, ptr %6, align 4
  br label %94

64:                                               ; preds = %59
  %65 = call ptr @__ctype_b_loc() #9
  %66 = load ptr, ptr %65, align 8, !tbaa !25
  %67 = load ptr, ptr %5, align 8, !tbaa !19
  %68 = load i8, ptr %67, align 1, !tbaa !21
  %69 = zext i8 %68 to i32
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds i16, ptr %66, i64 %70
  %72 = load i16, ptr %71, align 2, !tbaa !27
  %73 = zext i16 %72 to i32
  %74 = and i32 %73, 2048
  %75 = icmp ne i32 %74, 0
  br i1 %75, label %76, label %79

76:                                               ; preds = %64
  %77 = load i64, ptr %4, align 8, !tbaa !20
  %78 = icmp sgt i64 %77, 100000000
  br i1 %78, label %79, label %82

79:                                               ; preds = %76, %64
  %80 = load ptr, ptr %3, align 8, !tbaa !9
  %81 = call i32 @set_error(ptr noundef %80, ptr noundef @.str.27) #7
  store i32 %81, ptr %2, align 4
  store i32 1, ptr %6, align 4
  br label %94

82:                                               ; preds = %76
  %83 = load i64, ptr %4, align 8, !tbaa !20
  %84 = mul nsw i64 %83, 10
  %85 = load ptr, ptr %5, align 8, !tbaa !19
  %86 = load i8, ptr %85, align 1, !tbaa !21
  %87 = sext i8 %86 to i32
  %88 = sub nsw i32 %87, 48
  %89 = sext i32 %88 to i64
  %90 = add nsw i64 %84, %89
  store i64 %90, ptr %4, align 8, !tbaa !20
  br label %91

91:                                               ; preds = %82
  %92 = load ptr, ptr %5, align 8, !tbaa !19
  %93 = getelementptr inbounds nuw i8, ptr %92, i32 1
  store ptr %93, ptr %5, align 8, !tbaa !19
  br label %59, !llvm.loop !43

94:                                               ; preds = %79, %63
  call void @llvm.lifetime.end.p0(ptr %5) #6
  %95 = load i32, ptr %6, align 4
  switch i32 %95, label %100 [
    i32 4, label %96
  ]

96:                                               ; preds = %94
  %97 = load i64, ptr %4, align 8, !tbaa !20
  %98 = load ptr, ptr %3, align 8, !tbaa !9
  %99 = getelementptr inbounds nuw %struct.http_request, ptr %98, i32 0, i32 12
  store i64 %97, ptr %99, align 8, !tbaa !16
  store i32 0, ptr %6, align 4
  br label %100

100:                                              ; preds = %96, %94
  call void @llvm.lifetime.end.p0(ptr %4) #6
  %101 = load i32, ptr %6, align 4
  switch i32 %101, label %151 [
    i32 0, label %102
    i32 1, label %149
  ]

102:                                              ; preds = %100
  br label %144

103:                                              ; preds = %38
  %104 = load ptr, ptr %3, align 8, !tbaa !9
  %105 = getelementptr inbounds nuw %struct.http_request, ptr %104, i32 0, i32 6
  %106 = getelementptr inbounds [32 x i8], ptr %105, i64 0, i64 0
  %107 = call i32 @ieq(ptr noundef %106, ptr noundef @.str.28) #7
  %108 = icmp ne i32 %107, 0
  br i1 %108, label %109, label %116

109:                                              ; preds = %103
  %110 = load ptr, ptr %3, align 8, !tbaa !9
  %111 = getelementptr inbounds nuw %struct.http_request, ptr %110, i32 0, i32 8
  %112 = getelementptr inbounds [64 x i8], ptr %111, i64 0, i64 0
  %113 = call i32 @ieq(ptr noundef %112, ptr noundef @.str.29) #7
  %114 = load ptr, ptr %3, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw %struct.http_request, ptr %114, i32 0, i32 13
  store i32 %113, ptr %115, align 8, !tbaa !32
  br label %143

116:                                              ; preds = %103
  %117 = load ptr, ptr %3, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw %struct.http_request, ptr %117, i32 0, i32 6
  %119 = getelementptr inbounds [32 x i8], ptr %118, i64 0, i64 0
  %120 = call i32 @ieq(ptr noundef %119, ptr noundef @.str.30) #7
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %122, label %142

122:                                              ; preds = %116
  %123 = load ptr, ptr %3, align 8, !tbaa !9
  %124 = getelementptr inbounds nuw %struct.http_request, ptr %123, i32 0, i32 8
  %125 = getelementptr inbounds [64 x i8], ptr %124, i64 0, i64 0
  %126 = call i32 @ieq(ptr noundef %125, ptr noundef @.str.31) #7
  %127 = icmp ne i32 %126, 0
  br i1 %127, label %128, label %131

128:                                              ; preds = %122
  %129 = load ptr, ptr %3, align 8, !tbaa !9
  %130 = getelementptr inbounds nuw %struct.http_request, ptr %129, i32 0, i32 14
  store i32 0, ptr %130, align 4, !tbaa !17
  br label %141

131:                                              ; preds = %122
  %132 = load ptr, ptr %3, align 8, !tbaa !9
  %133 = getelementptr inbounds nuw %struct.http_request, ptr %132, i32 0, i32 8
  %134 = getelementptr inbounds [64 x i8], ptr %133, i64 0, i64 0
  %135 = call i32 @ieq(ptr noundef %134, ptr noundef @.str.32) #7
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %137, label %140

137:                                              ; preds = %131
  %138 = load ptr, ptr %3, align 8, !tbaa !9
  %139 = getelementptr inbounds nuw %struct.http_request, ptr %138, i32 0, i32 14
  store i32 1, ptr %139, align 4, !tbaa !17
  br label %140

140:                                              ; preds = %137, %131
  br label %141

141:                                              ; preds = %140, %128
  br label %142

142:                                              ; preds = %141, %116
  br label %143

143:                                              ; preds = %142, %109
  br label %144

144:                                              ; preds = %143, %102
  %145 = load ptr, ptr %3, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw %struct.http_request, ptr %145, i32 0, i32 7
  store i32 0, ptr %146, align 8, !tbaa !30
  %147 = load ptr, ptr %3, align 8, !tbaa !9
  %148 = getelementptr inbounds nuw %struct.http_request, ptr %147, i32 0, i32 9
  store i32 0, ptr %148, align 4, !tbaa !31
  store i32 0, ptr %2, align 4
  br label %149

149:                                              ; preds = %144, %100
  %150 = load i32, ptr %2, align 4
  ret i32 %150

151:                                              ; preds = %100
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @body_byte(ptr noundef %0, i8 noundef zeroext %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i8, align 1
  store ptr %0, ptr %3, align 8, !tbaa !9
  store i8 %1, ptr %4, align 1, !tbaa !21
  %5 = load ptr, ptr %3, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw %struct.http_request, ptr %5, i32 0, i32 17
  %7 = load i32, ptr %6, align 8, !tbaa !18
  %8 = load i8, ptr %4, align 1, !tbaa !21
  %9 = zext i8 %8 to i32
  %10 = xor i32 %7, %9
  %11 = mul i32 %10, 16777619
  %12 = load ptr, ptr %3, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw %struct.http_request, ptr %12, i32 0, i32 17
  store i32 %11, ptr %13, align 8, !tbaa !18
  %14 = load ptr, ptr %3, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw %struct.http_request, ptr %14, i32 0, i32 16
  %16 = load i64, ptr %15, align 8, !tbaa !44
  %17 = add nsw i64 %16, 1
  store i64 %17, ptr %15, align 8, !tbaa !44
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @hexdig(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  %4 = load i32, ptr %3, align 4, !tbaa !5
  %5 = icmp sge i32 %4, 48
  br i1 %5, label %6, label %12

6:                                                ; preds = %1
  %7 = load i32, ptr %3, align 4, !tbaa !5
  %8 = icmp sle i32 %7, 57
  br i1 %8, label %9, label %12

9:                                                ; preds = %6
  %10 = load i32, ptr %3, align 4, !tbaa !5
  %11 = sub nsw i32 %10, 48
  store i32 %11, ptr %2, align 4
  br label %33

12:                                               ; preds = %6, %1
  %13 = load i32, ptr %3, align 4, !tbaa !5
  %14 = icmp sge i32 %13, 97
  br i1 %14, label %15, label %22

15:                                               ; preds = %12
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = icmp sle i32 %16, 102
  br i1 %17, label %18, label %22

18:                                               ; preds = %15
  %19 = load i32, ptr %3, align 4, !tbaa !5
  %20 = sub nsw i32 %19, 97
  %21 = add nsw i32 %20, 10
  store i32 %21, ptr %2, align 4
  br label %33

22:                                               ; preds = %15, %12
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = icmp sge i32 %23, 65
  br i1 %24, label %25, label %32

25:                                               ; preds = %22
  %26 = load i32, ptr %3, align 4, !tbaa !5
  %27 = icmp sle i32 %26, 70
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  %29 = load i32, ptr %3, align 4, !tbaa !5
  %30 = sub nsw i32 %29, 65
  %31 = add nsw i32 %30, 10
  store i32 %31, ptr %2, align 4
  br label %33

32:                                               ; preds = %25, %22
  store i32 -1, ptr %2, align 4
  br label %33

33:                                               ; preds = %32, %28, %18, %9
  %34 = load i32, ptr %2, align 4
  ret i32 %34
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca %struct.http_request, align 8
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #6
  store i32 0, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %3) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #6
  store i32 0, ptr %4, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %5) #6
  store i32 0, ptr %5, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %6) #6
  store i64 0, ptr %6, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %7) #6
  store i32 0, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %17

17:                                               ; preds = %110, %0
  %18 = load i32, ptr %8, align 4, !tbaa !5
  %19 = icmp slt i32 %18, 300
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  store i32 2, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %8) #6
  br label %113

21:                                               ; preds = %17
  call void @llvm.lifetime.start.p0(ptr %10) #6
  store i64 0, ptr %10, align 8, !tbaa !20
  br label %22

22:                                               ; preds = %106, %21
  %23 = load i64, ptr %10, align 8, !tbaa !20
  %24 = icmp ult i64 %23, 8
  br i1 %24, label %26, label %25

25:                                               ; preds = %22
  store i32 5, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %10) #6
  br label %109

26:                                               ; preds = %22
  call void @llvm.lifetime.start.p0(ptr %11) #6
  call void @http_init(ptr noundef %11) #7
  call void @llvm.lifetime.start.p0(ptr %12) #6
  %27 = load i64, ptr %10, align 8, !tbaa !20
  %28 = getelementptr inbounds nuw [8 x ptr], ptr @requests, i64 0, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !19
  store ptr %29, ptr %12, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %13) #6
  %30 = load ptr, ptr %12, align 8, !tbaa !19
  %31 = call i64 @strlen(ptr noundef %30) #8
  store i64 %31, ptr %13, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %14) #6
  %32 = load i32, ptr %8, align 4, !tbaa !5
  %33 = srem i32 %32, 13
  %34 = sext i32 %33 to i64
  %35 = add i64 1, %34
  store i64 %35, ptr %14, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %15) #6
  store i64 0, ptr %15, align 8, !tbaa !20
  call void @llvm.lifetime.start.p0(ptr %16) #6
  store i64 0, ptr %16, align 8, !tbaa !20
  br label %36

36:                                               ; preds = %68, %26
  %37 = load i64, ptr %16, align 8, !tbaa !20
  %38 = load i64, ptr %13, align 8, !tbaa !20
  %39 = icmp ult i64 %37, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %36
  %41 = load i64, ptr %15, align 8, !tbaa !20
  %42 = icmp sge i64 %41, 0
  br i1 %42, label %43, label %47

43:                                               ; preds = %40
  %44 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 0
  %45 = load i32, ptr %44, align 8, !tbaa !12
  %46 = icmp ne i32 %45, 20
  br label %47

47:                                               ; preds = %43, %40, %36
  %48 = phi i1 [ false, %40 ], [ false, %36 ], [ %46, %43 ]
  br i1 %48, label %50, label %49

49:                                               ; preds = %47
  store i32 8, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %16) #6
  br label %72

50:                                               ; preds = %47
  %51 = load ptr, ptr %12, align 8, !tbaa !19
  %52 = load i64, ptr %16, align 8, !tbaa !20
  %53 = getelementptr inbounds nuw i8, ptr %51, i64 %52
  %54 = load i64, ptr %13, align 8, !tbaa !20
  %55 = load i64, ptr %16, align 8, !tbaa !20
  %56 = sub i64 %54, %55
  %57 = load i64, ptr %14, align 8, !tbaa !20
  %58 = icmp ult i64 %56, %57
  br i1 %58, label %59, label %63

59:                                               ; preds = %50
  %60 = load i64, ptr %13, align 8, !tbaa !20
  %61 = load i64, ptr %16, align 8, !tbaa !20
  %62 = sub i64 %60, %61
  br label %65

63:                                               ; preds = %50
  %64 = load i64, ptr %14, align 8, !tbaa !20
  br label %65

65:                                               ; preds = %63, %59
  %66 = phi i64 [ %62, %59 ], [ %64, %63 ]
  %67 = call i64 @http_feed(ptr noundef %11, ptr noundef %53, i64 noundef %66) #7
  store i64 %67, ptr %15, align 8, !tbaa !20
  br label %68

68:                                               ; preds = %65
  %69 = load i64, ptr %14, align 8, !tbaa !20
  %70 = load i64, ptr %16, align 8, !tbaa !20
  %71 = add i64 %70, %69
  store i64 %71, ptr %16, align 8, !tbaa !20
  br label %36, !llvm.loop !45

72:                                               ; preds = %49
  %73 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 0
  %74 = load i32, ptr %73, align 8, !tbaa !12
  %75 = icmp eq i32 %74, 20
  br i1 %75, label %76, label %102

76:                                               ; preds = %72
  %77 = load i32, ptr %2, align 4, !tbaa !5
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %2, align 4, !tbaa !5
  %79 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 11
  %80 = load i32, ptr %79, align 4, !tbaa !42
  %81 = load i32, ptr %4, align 4, !tbaa !5
  %82 = add nsw i32 %81, %80
  store i32 %82, ptr %4, align 4, !tbaa !5
  %83 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 14
  %84 = load i32, ptr %83, align 4, !tbaa !17
  %85 = load i32, ptr %5, align 4, !tbaa !5
  %86 = add nsw i32 %85, %84
  store i32 %86, ptr %5, align 4, !tbaa !5
  %87 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 16
  %88 = load i64, ptr %87, align 8, !tbaa !44
  %89 = load i64, ptr %6, align 8, !tbaa !20
  %90 = add nsw i64 %89, %88
  store i64 %90, ptr %6, align 8, !tbaa !20
  %91 = load i32, ptr %7, align 4, !tbaa !5
  %92 = mul i32 %91, 31
  %93 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 17
  %94 = load i32, ptr %93, align 8, !tbaa !18
  %95 = add i32 %92, %94
  %96 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 1
  %97 = load i32, ptr %96, align 4, !tbaa !23
  %98 = add i32 %95, %97
  %99 = getelementptr inbounds nuw %struct.http_request, ptr %11, i32 0, i32 5
  %100 = load i32, ptr %99, align 4, !tbaa !24
  %101 = add i32 %98, %100
  store i32 %101, ptr %7, align 4, !tbaa !5
  br label %105

102:                                              ; preds = %72
  %103 = load i32, ptr %3, align 4, !tbaa !5
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %3, align 4, !tbaa !5
  br label %105

105:                                              ; preds = %102, %76
  call void @llvm.lifetime.end.p0(ptr %15) #6
  call void @llvm.lifetime.end.p0(ptr %14) #6
  call void @llvm.lifetime.end.p0(ptr %13) #6
  call void @llvm.lifetime.end.p0(ptr %12) #6
  call void @llvm.lifetime.end.p0(ptr %11) #6
  br label %106

106:                                              ; preds = %105
  %107 = load i64, ptr %10, align 8, !tbaa !20
  %108 = add i64 %107, 1
  store i64 %108, ptr %10, align 8, !tbaa !20
  br label %22, !llvm.loop !46

109:                                              ; preds = %25
  br label %110

110:                                              ; preds = %109
  %111 = load i32, ptr %8, align 4, !tbaa !5
  %112 = add nsw i32 %111, 1
  store i32 %112, ptr %8, align 4, !tbaa !5
  br label %17, !llvm.loop !47

113:                                              ; preds = %20
  %114 = load i32, ptr %2, align 4, !tbaa !5
  %115 = load i32, ptr %3, align 4, !tbaa !5
  %116 = load i32, ptr %4, align 4, !tbaa !5
  %117 = load i32, ptr %5, align 4, !tbaa !5
  %118 = load i64, ptr %6, align 8, !tbaa !20
  %119 = load i32, ptr %7, align 4, !tbaa !5
  %120 = call i32 (ptr, ...) @printf(ptr noundef @.str.20, i32 noundef %114, i32 noundef %115, i32 noundef %116, i32 noundef %117, i64 noundef %118, i32 noundef %119) #7
  store i32 0, ptr %1, align 4
  store i32 1, ptr %9, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #6
  call void @llvm.lifetime.end.p0(ptr %6) #6
  call void @llvm.lifetime.end.p0(ptr %5) #6
  call void @llvm.lifetime.end.p0(ptr %4) #6
  call void @llvm.lifetime.end.p0(ptr %3) #6
  call void @llvm.lifetime.end.p0(ptr %2) #6
  %121 = load i32, ptr %1, align 4
  ret i32 %121
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #5

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ieq(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !19
  store ptr %1, ptr %5, align 8, !tbaa !19
  br label %10

10:                                               ; preds = %46, %2
  %11 = load ptr, ptr %4, align 8, !tbaa !19
  %12 = load i8, ptr %11, align 1, !tbaa !21
  %13 = sext i8 %12 to i32
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %20

15:                                               ; preds = %10
  %16 = load ptr, ptr %5, align 8, !tbaa !19
  %17 = load i8, ptr %16, align 1, !tbaa !21
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %18, 0
  br label %20

20:                                               ; preds = %15, %10
  %21 = phi i1 [ false, %10 ], [ %19, %15 ]
  br i1 %21, label %22, label %51

22:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %6) #6
  %23 = call ptr @__ctype_tolower_loc() #9
  %24 = load ptr, ptr %23, align 8, !tbaa !48
  %25 = load ptr, ptr %4, align 8, !tbaa !19
  %26 = load i8, ptr %25, align 1, !tbaa !21
  %27 = zext i8 %26 to i32
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, ptr %24, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  store i32 %30, ptr %6, align 4, !tbaa !5
  %31 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %31, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #6
  %32 = load i32, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #6
  %33 = call ptr @__ctype_tolower_loc() #9
  %34 = load ptr, ptr %33, align 8, !tbaa !48
  %35 = load ptr, ptr %5, align 8, !tbaa !19
  %36 = load i8, ptr %35, align 1, !tbaa !21
  %37 = zext i8 %36 to i32
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %34, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  store i32 %40, ptr %8, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %41, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #6
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = icmp ne i32 %32, %42
  br i1 %43, label %44, label %45

44:                                               ; preds = %22
  store i32 0, ptr %3, align 4
  br label %60

45:                                               ; preds = %22
  br label %46

46:                                               ; preds = %45
  %47 = load ptr, ptr %4, align 8, !tbaa !19
  %48 = getelementptr inbounds nuw i8, ptr %47, i32 1
  store ptr %48, ptr %4, align 8, !tbaa !19
  %49 = load ptr, ptr %5, align 8, !tbaa !19
  %50 = getelementptr inbounds nuw i8, ptr %49, i32 1
  store ptr %50, ptr %5, align 8, !tbaa !19
  br label %10, !llvm.loop !50

51:                                               ; preds = %20
  %52 = load ptr, ptr %4, align 8, !tbaa !19
  %53 = load i8, ptr %52, align 1, !tbaa !21
  %54 = sext i8 %53 to i32
  %55 = load ptr, ptr %5, align 8, !tbaa !19
  %56 = load i8, ptr %55, align 1, !tbaa !21
  %57 = sext i8 %56 to i32
  %58 = icmp eq i32 %54, %57
  %59 = zext i1 %58 to i32
  store i32 %59, ptr %3, align 4
  br label %60

60:                                               ; preds = %51, %44
  %61 = load i32, ptr %3, align 4
  ret i32 %61
}

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #4

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }
attributes #7 = { minsize optsize }
attributes #8 = { minsize nounwind optsize willreturn memory(read) }
attributes #9 = { minsize nounwind optsize willreturn memory(none) }

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
!10 = !{!"p1 _ZTS12http_request", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !6, i64 0}
!13 = !{!"http_request", !6, i64 0, !6, i64 4, !7, i64 8, !6, i64 24, !7, i64 28, !6, i64 156, !7, i64 160, !6, i64 192, !7, i64 196, !6, i64 260, !6, i64 264, !6, i64 268, !14, i64 272, !6, i64 280, !6, i64 284, !14, i64 288, !14, i64 296, !6, i64 304, !15, i64 312}
!14 = !{!"long", !7, i64 0}
!15 = !{!"p1 omnipotent char", !11, i64 0}
!16 = !{!13, !14, i64 272}
!17 = !{!13, !6, i64 284}
!18 = !{!13, !6, i64 304}
!19 = !{!15, !15, i64 0}
!20 = !{!14, !14, i64 0}
!21 = !{!7, !7, i64 0}
!22 = !{!13, !6, i64 24}
!23 = !{!13, !6, i64 4}
!24 = !{!13, !6, i64 156}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 short", !11, i64 0}
!27 = !{!28, !28, i64 0}
!28 = !{!"short", !7, i64 0}
!29 = !{!13, !6, i64 264}
!30 = !{!13, !6, i64 192}
!31 = !{!13, !6, i64 260}
!32 = !{!13, !6, i64 280}
!33 = !{!13, !14, i64 288}
!34 = distinct !{!34, !35}
!35 = !{!"llvm.loop.mustprogress"}
!36 = !{!13, !15, i64 312}
!37 = !{!38, !15, i64 0}
!38 = !{!"", !15, i64 0, !6, i64 8}
!39 = !{!38, !6, i64 8}
!40 = distinct !{!40, !35}
!41 = distinct !{!41, !35}
!42 = !{!13, !6, i64 268}
!43 = distinct !{!43, !35}
!44 = !{!13, !14, i64 296}
!45 = distinct !{!45, !35}
!46 = distinct !{!46, !35}
!47 = distinct !{!47, !35}
!48 = !{!49, !49, i64 0}
!49 = !{!"p1 int", !11, i64 0}
!50 = distinct !{!50, !35}
