; ModuleID = 'ini_parser.c'
source_filename = "ini_parser.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.ini_file = type { [64 x %struct.ini_entry], i32, i32, i32 }
%struct.ini_entry = type { [32 x i8], [32 x i8], [64 x i8] }

@.str = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"]\00", align 1
@.str.2 = private unnamed_addr constant [3 x i8] c"=:\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"true\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"yes\00", align 1
@.str.5 = private unnamed_addr constant [3 x i8] c"on\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"1\00", align 1
@.str.7 = private unnamed_addr constant [6 x i8] c"false\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"no\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"off\00", align 1
@.str.10 = private unnamed_addr constant [2 x i8] c"0\00", align 1
@main.ini = internal global %struct.ini_file zeroinitializer, align 4
@config = internal constant [329 x i8] c"; global settings\0Aname = demo server   ; trailing comment\0Aversion: 3\0A\0A[network]\0A  port = 8080\0A  host = \220.0.0.0\22\0A  timeout=0x1e\0A  keepalive = Yes\0A# comment line\0A[ Database ]\0Auser = admin\0Apassword = 'p;ss#word'\0Apool_size = 16\0Athis line is broken\0A[logging\0A[logging]\0Alevel = debug\0Arotate = off\0Amax_files = -4\0A[network]\0Aport = 9090\0A\00", align 16
@.str.11 = private unnamed_addr constant [8 x i8] c"network\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"port\00", align 1
@.str.13 = private unnamed_addr constant [8 x i8] c"NETWORK\00", align 1
@.str.14 = private unnamed_addr constant [8 x i8] c"timeout\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"database\00", align 1
@.str.16 = private unnamed_addr constant [10 x i8] c"pool_size\00", align 1
@.str.17 = private unnamed_addr constant [8 x i8] c"logging\00", align 1
@.str.18 = private unnamed_addr constant [10 x i8] c"max_files\00", align 1
@.str.19 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.20 = private unnamed_addr constant [8 x i8] c"version\00", align 1
@.str.21 = private unnamed_addr constant [10 x i8] c"keepalive\00", align 1
@.str.22 = private unnamed_addr constant [7 x i8] c"rotate\00", align 1
@.str.23 = private unnamed_addr constant [8 x i8] c"missing\00", align 1
@.str.24 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.25 = private unnamed_addr constant [54 x i8] c"entries=%d rc=%d acc=%ld name=[%s] pw=[%s] host=[%s]\0A\00", align 1
@.str.26 = private unnamed_addr constant [5 x i8] c"name\00", align 1
@.str.27 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@.str.28 = private unnamed_addr constant [9 x i8] c"password\00", align 1
@.str.29 = private unnamed_addr constant [5 x i8] c"host\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @ini_parse_string(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [200 x i8], align 16
  %6 = alloca [32 x i8], align 16
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !12
  call void @llvm.lifetime.start.p0(ptr %5) #8
  call void @llvm.lifetime.start.p0(ptr %6) #8
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(ptr %7) #8
  store i32 0, ptr %7, align 4, !tbaa !5
  %18 = load ptr, ptr %4, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw %struct.ini_file, ptr %18, i32 0, i32 1
  store i32 0, ptr %19, align 4, !tbaa !14
  %20 = load ptr, ptr %4, align 8, !tbaa !12
  %21 = getelementptr inbounds nuw %struct.ini_file, ptr %20, i32 0, i32 2
  store i32 0, ptr %21, align 4, !tbaa !16
  %22 = load ptr, ptr %4, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw %struct.ini_file, ptr %22, i32 0, i32 3
  store i32 0, ptr %23, align 4, !tbaa !17
  br label %24

24:                                               ; preds = %165, %163, %2
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = load i8, ptr %25, align 1, !tbaa !18
  %27 = icmp ne i8 %26, 0
  br i1 %27, label %28, label %166

28:                                               ; preds = %24
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %29 = load ptr, ptr %3, align 8, !tbaa !9
  %30 = call i64 @strcspn(ptr noundef %29, ptr noundef @.str) #9
  store i64 %30, ptr %8, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %9) #8
  %31 = load i64, ptr %8, align 8, !tbaa !19
  %32 = icmp ult i64 %31, 199
  br i1 %32, label %33, label %35

33:                                               ; preds = %28
  %34 = load i64, ptr %8, align 8, !tbaa !19
  br label %36

35:                                               ; preds = %28
  br label %36

36:                                               ; preds = %35, %33
  %37 = phi i64 [ %34, %33 ], [ 199, %35 ]
  store i64 %37, ptr %9, align 8, !tbaa !19
  %38 = getelementptr inbounds [200 x i8], ptr %5, i64 0, i64 0
  %39 = load ptr, ptr %3, align 8, !tbaa !9
  %40 = load i64, ptr %9, align 8, !tbaa !19
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %38, ptr align 1 %39, i64 %40, i1 false)
  %41 = load i64, ptr %9, align 8, !tbaa !19
  %42 = getelementptr inbounds nuw [200 x i8], ptr %5, i64 0, i64 %41
  store i8 0, ptr %42, align 1, !tbaa !18
  %43 = load i64, ptr %8, align 8, !tbaa !19
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 %43
  store ptr %45, ptr %3, align 8, !tbaa !9
  %46 = load ptr, ptr %3, align 8, !tbaa !9
  %47 = load i8, ptr %46, align 1, !tbaa !18
  %48 = sext i8 %47 to i32
  %49 = icmp eq i32 %48, 10
  br i1 %49, label %50, label %53

50:                                               ; preds = %36
  %51 = load ptr, ptr %3, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw i8, ptr %51, i32 1
  store ptr %52, ptr %3, align 8, !tbaa !9
  br label %53

53:                                               ; preds = %50, %36
  %54 = load i32, ptr %7, align 4, !tbaa !5
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %56 = getelementptr inbounds [200 x i8], ptr %5, i64 0, i64 0
  %57 = call ptr @rstrip(ptr noundef %56) #10
  %58 = call ptr @lskip(ptr noundef %57) #10
  store ptr %58, ptr %10, align 8, !tbaa !9
  %59 = load ptr, ptr %10, align 8, !tbaa !9
  %60 = load i8, ptr %59, align 1, !tbaa !18
  %61 = sext i8 %60 to i32
  %62 = icmp eq i32 %61, 59
  br i1 %62, label %73, label %63

63:                                               ; preds = %53
  %64 = load ptr, ptr %10, align 8, !tbaa !9
  %65 = load i8, ptr %64, align 1, !tbaa !18
  %66 = sext i8 %65 to i32
  %67 = icmp eq i32 %66, 35
  br i1 %67, label %73, label %68

68:                                               ; preds = %63
  %69 = load ptr, ptr %10, align 8, !tbaa !9
  %70 = load i8, ptr %69, align 1, !tbaa !18
  %71 = sext i8 %70 to i32
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %73, label %74

73:                                               ; preds = %68, %63, %53
  store i32 2, ptr %11, align 4
  br label %163, !llvm.loop !21

74:                                               ; preds = %68
  %75 = load ptr, ptr %10, align 8, !tbaa !9
  %76 = load i8, ptr %75, align 1, !tbaa !18
  %77 = sext i8 %76 to i32
  %78 = icmp eq i32 %77, 91
  br i1 %78, label %79, label %103

79:                                               ; preds = %74
  call void @llvm.lifetime.start.p0(ptr %12) #8
  %80 = load ptr, ptr %10, align 8, !tbaa !9
  %81 = getelementptr inbounds i8, ptr %80, i64 1
  %82 = call ptr @find_chars_or_comment(ptr noundef %81, ptr noundef @.str.1) #10
  store ptr %82, ptr %12, align 8, !tbaa !9
  %83 = load ptr, ptr %12, align 8, !tbaa !9
  %84 = load i8, ptr %83, align 1, !tbaa !18
  %85 = sext i8 %84 to i32
  %86 = icmp eq i32 %85, 93
  br i1 %86, label %87, label %94

87:                                               ; preds = %79
  %88 = load ptr, ptr %12, align 8, !tbaa !9
  store i8 0, ptr %88, align 1, !tbaa !18
  %89 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  %90 = load ptr, ptr %10, align 8, !tbaa !9
  %91 = getelementptr inbounds i8, ptr %90, i64 1
  %92 = call ptr @rstrip(ptr noundef %91) #10
  %93 = call ptr @lskip(ptr noundef %92) #10
  call void @copy_trunc(ptr noundef %89, ptr noundef %93, i64 noundef 32) #10
  br label %102

94:                                               ; preds = %79
  %95 = load ptr, ptr %4, align 8, !tbaa !12
  %96 = getelementptr inbounds nuw %struct.ini_file, ptr %95, i32 0, i32 2
  %97 = load i32, ptr %96, align 4, !tbaa !16
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %96, align 4, !tbaa !16
  %99 = load i32, ptr %7, align 4, !tbaa !5
  %100 = load ptr, ptr %4, align 8, !tbaa !12
  %101 = getelementptr inbounds nuw %struct.ini_file, ptr %100, i32 0, i32 3
  store i32 %99, ptr %101, align 4, !tbaa !17
  br label %102

102:                                              ; preds = %94, %87
  store i32 2, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %163

103:                                              ; preds = %74
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %104 = load ptr, ptr %10, align 8, !tbaa !9
  %105 = call ptr @find_chars_or_comment(ptr noundef %104, ptr noundef @.str.2) #10
  store ptr %105, ptr %13, align 8, !tbaa !9
  %106 = load ptr, ptr %13, align 8, !tbaa !9
  %107 = load i8, ptr %106, align 1, !tbaa !18
  %108 = sext i8 %107 to i32
  %109 = icmp ne i32 %108, 61
  br i1 %109, label %110, label %123

110:                                              ; preds = %103
  %111 = load ptr, ptr %13, align 8, !tbaa !9
  %112 = load i8, ptr %111, align 1, !tbaa !18
  %113 = sext i8 %112 to i32
  %114 = icmp ne i32 %113, 58
  br i1 %114, label %115, label %123

115:                                              ; preds = %110
  %116 = load ptr, ptr %4, align 8, !tbaa !12
  %117 = getelementptr inbounds nuw %struct.ini_file, ptr %116, i32 0, i32 2
  %118 = load i32, ptr %117, align 4, !tbaa !16
  %119 = add nsw i32 %118, 1
  store i32 %119, ptr %117, align 4, !tbaa !16
  %120 = load i32, ptr %7, align 4, !tbaa !5
  %121 = load ptr, ptr %4, align 8, !tbaa !12
  %122 = getelementptr inbounds nuw %struct.ini_file, ptr %121, i32 0, i32 3
  store i32 %120, ptr %122, align 4, !tbaa !17
  store i32 2, ptr %11, align 4
  br label %162, !llvm.loop !21

123:                                              ; preds = %110, %103
  %124 = load ptr, ptr %13, align 8, !tbaa !9
  store i8 0, ptr %124, align 1, !tbaa !18
  call void @llvm.lifetime.start.p0(ptr %14) #8
  %125 = load ptr, ptr %10, align 8, !tbaa !9
  %126 = call ptr @rstrip(ptr noundef %125) #10
  store ptr %126, ptr %14, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %15) #8
  %127 = load ptr, ptr %13, align 8, !tbaa !9
  %128 = getelementptr inbounds i8, ptr %127, i64 1
  %129 = call ptr @lskip(ptr noundef %128) #10
  store ptr %129, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %16) #8
  %130 = load ptr, ptr %15, align 8, !tbaa !9
  %131 = call ptr @find_chars_or_comment(ptr noundef %130, ptr noundef null) #10
  store ptr %131, ptr %16, align 8, !tbaa !9
  %132 = load ptr, ptr %16, align 8, !tbaa !9
  store i8 0, ptr %132, align 1, !tbaa !18
  %133 = load ptr, ptr %15, align 8, !tbaa !9
  %134 = call ptr @rstrip(ptr noundef %133) #10
  %135 = load ptr, ptr %15, align 8, !tbaa !9
  call void @unquote(ptr noundef %135) #10
  %136 = load ptr, ptr %4, align 8, !tbaa !12
  %137 = getelementptr inbounds nuw %struct.ini_file, ptr %136, i32 0, i32 1
  %138 = load i32, ptr %137, align 4, !tbaa !14
  %139 = icmp slt i32 %138, 64
  br i1 %139, label %140, label %161

140:                                              ; preds = %123
  call void @llvm.lifetime.start.p0(ptr %17) #8
  %141 = load ptr, ptr %4, align 8, !tbaa !12
  %142 = getelementptr inbounds nuw %struct.ini_file, ptr %141, i32 0, i32 0
  %143 = load ptr, ptr %4, align 8, !tbaa !12
  %144 = getelementptr inbounds nuw %struct.ini_file, ptr %143, i32 0, i32 1
  %145 = load i32, ptr %144, align 4, !tbaa !14
  %146 = add nsw i32 %145, 1
  store i32 %146, ptr %144, align 4, !tbaa !14
  %147 = sext i32 %145 to i64
  %148 = getelementptr inbounds [64 x %struct.ini_entry], ptr %142, i64 0, i64 %147
  store ptr %148, ptr %17, align 8, !tbaa !23
  %149 = load ptr, ptr %17, align 8, !tbaa !23
  %150 = getelementptr inbounds nuw %struct.ini_entry, ptr %149, i32 0, i32 0
  %151 = getelementptr inbounds [32 x i8], ptr %150, i64 0, i64 0
  %152 = getelementptr inbounds [32 x i8], ptr %6, i64 0, i64 0
  call void @copy_trunc(ptr noundef %151, ptr noundef %152, i64 noundef 32) #10
  %153 = load ptr, ptr %17, align 8, !tbaa !23
  %154 = getelementptr inbounds nuw %struct.ini_entry, ptr %153, i32 0, i32 1
  %155 = getelementptr inbounds [32 x i8], ptr %154, i64 0, i64 0
  %156 = load ptr, ptr %14, align 8, !tbaa !9
  call void @copy_trunc(ptr noundef %155, ptr noundef %156, i64 noundef 32) #10
  %157 = load ptr, ptr %17, align 8, !tbaa !23
  %158 = getelementptr inbounds nuw %struct.ini_entry, ptr %157, i32 0, i32 2
  %159 = getelementptr inbounds [64 x i8], ptr %158, i64 0, i64 0
  %160 = load ptr, ptr %15, align 8, !tbaa !9
  call void @copy_trunc(ptr noundef %159, ptr noundef %160, i64 noundef 64) #10
  call void @llvm.lifetime.end.p0(ptr %17) #8
  br label %161

161:                                              ; preds = %140, %123
  call void @llvm.lifetime.end.p0(ptr %16) #8
  call void @llvm.lifetime.end.p0(ptr %15) #8
  call void @llvm.lifetime.end.p0(ptr %14) #8
  store i32 0, ptr %11, align 4
  br label %162

162:                                              ; preds = %161, %115
  call void @llvm.lifetime.end.p0(ptr %13) #8
  br label %163

163:                                              ; preds = %162, %102, %73
  call void @llvm.lifetime.end.p0(ptr %10) #8
  call void @llvm.lifetime.end.p0(ptr %9) #8
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %164 = load i32, ptr %11, align 4
  switch i32 %164, label %179 [
    i32 0, label %165
    i32 2, label %24
  ]

165:                                              ; preds = %163
  br label %24, !llvm.loop !21

166:                                              ; preds = %24
  %167 = load ptr, ptr %4, align 8, !tbaa !12
  %168 = getelementptr inbounds nuw %struct.ini_file, ptr %167, i32 0, i32 2
  %169 = load i32, ptr %168, align 4, !tbaa !16
  %170 = icmp ne i32 %169, 0
  br i1 %170, label %171, label %176

171:                                              ; preds = %166
  %172 = load ptr, ptr %4, align 8, !tbaa !12
  %173 = getelementptr inbounds nuw %struct.ini_file, ptr %172, i32 0, i32 3
  %174 = load i32, ptr %173, align 4, !tbaa !17
  %175 = sub nsw i32 0, %174
  br label %177

176:                                              ; preds = %166
  br label %177

177:                                              ; preds = %176, %171
  %178 = phi i32 [ %175, %171 ], [ 0, %176 ]
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %7) #8
  call void @llvm.lifetime.end.p0(ptr %6) #8
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret i32 %178

179:                                              ; preds = %163
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strcspn(ptr noundef, ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @lskip(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  br label %3

3:                                                ; preds = %22, %1
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = load i8, ptr %4, align 1, !tbaa !18
  %6 = sext i8 %5 to i32
  %7 = icmp ne i32 %6, 0
  br i1 %7, label %8, label %20

8:                                                ; preds = %3
  %9 = call ptr @__ctype_b_loc() #11
  %10 = load ptr, ptr %9, align 8, !tbaa !25
  %11 = load ptr, ptr %2, align 8, !tbaa !9
  %12 = load i8, ptr %11, align 1, !tbaa !18
  %13 = zext i8 %12 to i32
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds i16, ptr %10, i64 %14
  %16 = load i16, ptr %15, align 2, !tbaa !27
  %17 = zext i16 %16 to i32
  %18 = and i32 %17, 8192
  %19 = icmp ne i32 %18, 0
  br label %20

20:                                               ; preds = %8, %3
  %21 = phi i1 [ false, %3 ], [ %19, %8 ]
  br i1 %21, label %22, label %25

22:                                               ; preds = %20
  %23 = load ptr, ptr %2, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw i8, ptr %23, i32 1
  store ptr %24, ptr %2, align 8, !tbaa !9
  br label %3, !llvm.loop !29

25:                                               ; preds = %20
  %26 = load ptr, ptr %2, align 8, !tbaa !9
  ret ptr %26
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @rstrip(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = load ptr, ptr %2, align 8, !tbaa !9
  %6 = call i64 @strlen(ptr noundef %5) #9
  %7 = getelementptr inbounds nuw i8, ptr %4, i64 %6
  store ptr %7, ptr %3, align 8, !tbaa !9
  br label %8

8:                                                ; preds = %27, %1
  %9 = load ptr, ptr %3, align 8, !tbaa !9
  %10 = load ptr, ptr %2, align 8, !tbaa !9
  %11 = icmp ugt ptr %9, %10
  br i1 %11, label %12, label %25

12:                                               ; preds = %8
  %13 = call ptr @__ctype_b_loc() #11
  %14 = load ptr, ptr %13, align 8, !tbaa !25
  %15 = load ptr, ptr %3, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i32 -1
  store ptr %16, ptr %3, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !18
  %18 = zext i8 %17 to i32
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds i16, ptr %14, i64 %19
  %21 = load i16, ptr %20, align 2, !tbaa !27
  %22 = zext i16 %21 to i32
  %23 = and i32 %22, 8192
  %24 = icmp ne i32 %23, 0
  br label %25

25:                                               ; preds = %12, %8
  %26 = phi i1 [ false, %8 ], [ %24, %12 ]
  br i1 %26, label %27, label %29

27:                                               ; preds = %25
  %28 = load ptr, ptr %3, align 8, !tbaa !9
  store i8 0, ptr %28, align 1, !tbaa !18
  br label %8, !llvm.loop !30

29:                                               ; preds = %25
  %30 = load ptr, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret ptr %30
}

; Function Attrs: minsize nounwind optsize uwtable
define internal ptr @find_chars_or_comment(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8, !tbaa !9
  store ptr %1, ptr %4, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %5) #8
  store i32 0, ptr %5, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %41, %2
  %7 = load ptr, ptr %3, align 8, !tbaa !9
  %8 = load i8, ptr %7, align 1, !tbaa !18
  %9 = sext i8 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %11, label %39

11:                                               ; preds = %6
  %12 = load ptr, ptr %4, align 8, !tbaa !9
  %13 = icmp ne ptr %12, null
  br i1 %13, label %14, label %21

14:                                               ; preds = %11
  %15 = load ptr, ptr %4, align 8, !tbaa !9
  %16 = load ptr, ptr %3, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !18
  %18 = sext i8 %17 to i32
  %19 = call ptr @strchr(ptr noundef %15, i32 noundef %18) #9
  %20 = icmp ne ptr %19, null
  br i1 %20, label %39, label %21

21:                                               ; preds = %14, %11
  %22 = load i32, ptr %5, align 4, !tbaa !5
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %36

24:                                               ; preds = %21
  %25 = load ptr, ptr %3, align 8, !tbaa !9
  %26 = load i8, ptr %25, align 1, !tbaa !18
  %27 = sext i8 %26 to i32
  %28 = icmp eq i32 %27, 59
  br i1 %28, label %34, label %29

29:                                               ; preds = %24
  %30 = load ptr, ptr %3, align 8, !tbaa !9
  %31 = load i8, ptr %30, align 1, !tbaa !18
  %32 = sext i8 %31 to i32
  %33 = icmp eq i32 %32, 35
  br label %34

34:                                               ; preds = %29, %24
  %35 = phi i1 [ true, %24 ], [ %33, %29 ]
  br label %36

36:                                               ; preds = %34, %21
  %37 = phi i1 [ false, %21 ], [ %35, %34 ]
  %38 = xor i1 %37, true
  br label %39

39:                                               ; preds = %36, %14, %6
  %40 = phi i1 [ false, %14 ], [ false, %6 ], [ %38, %36 ]
  br i1 %40, label %41, label %54

41:                                               ; preds = %39
  %42 = call ptr @__ctype_b_loc() #11
  %43 = load ptr, ptr %42, align 8, !tbaa !25
  %44 = load ptr, ptr %3, align 8, !tbaa !9
  %45 = load i8, ptr %44, align 1, !tbaa !18
  %46 = zext i8 %45 to i32
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i16, ptr %43, i64 %47
  %49 = load i16, ptr %48, align 2, !tbaa !27
  %50 = zext i16 %49 to i32
  %51 = and i32 %50, 8192
  store i32 %51, ptr %5, align 4, !tbaa !5
  %52 = load ptr, ptr %3, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw i8, ptr %52, i32 1
  store ptr %53, ptr %3, align 8, !tbaa !9
  br label %6, !llvm.loop !31

54:                                               ; preds = %39
  %55 = load ptr, ptr %3, align 8, !tbaa !9
  call void @llvm.lifetime.end.p0(ptr %5) #8
  ret ptr %55
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @copy_trunc(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i64 %2, ptr %6, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %7) #8
  %8 = load ptr, ptr %5, align 8, !tbaa !9
  %9 = call i64 @strlen(ptr noundef %8) #9
  store i64 %9, ptr %7, align 8, !tbaa !19
  %10 = load i64, ptr %7, align 8, !tbaa !19
  %11 = load i64, ptr %6, align 8, !tbaa !19
  %12 = icmp uge i64 %10, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %3
  %14 = load i64, ptr %6, align 8, !tbaa !19
  %15 = sub i64 %14, 1
  store i64 %15, ptr %7, align 8, !tbaa !19
  br label %16

16:                                               ; preds = %13, %3
  %17 = load ptr, ptr %4, align 8, !tbaa !9
  %18 = load ptr, ptr %5, align 8, !tbaa !9
  %19 = load i64, ptr %7, align 8, !tbaa !19
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %17, ptr align 1 %18, i64 %19, i1 false)
  %20 = load ptr, ptr %4, align 8, !tbaa !9
  %21 = load i64, ptr %7, align 8, !tbaa !19
  %22 = getelementptr inbounds nuw i8, ptr %20, i64 %21
  store i8 0, ptr %22, align 1, !tbaa !18
  call void @llvm.lifetime.end.p0(ptr %7) #8
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nounwind optsize uwtable
define internal void @unquote(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %3) #8
  %4 = load ptr, ptr %2, align 8, !tbaa !9
  %5 = call i64 @strlen(ptr noundef %4) #9
  store i64 %5, ptr %3, align 8, !tbaa !19
  %6 = load i64, ptr %3, align 8, !tbaa !19
  %7 = icmp uge i64 %6, 2
  br i1 %7, label %8, label %42

8:                                                ; preds = %1
  %9 = load ptr, ptr %2, align 8, !tbaa !9
  %10 = getelementptr inbounds i8, ptr %9, i64 0
  %11 = load i8, ptr %10, align 1, !tbaa !18
  %12 = sext i8 %11 to i32
  %13 = icmp eq i32 %12, 34
  br i1 %13, label %20, label %14

14:                                               ; preds = %8
  %15 = load ptr, ptr %2, align 8, !tbaa !9
  %16 = getelementptr inbounds i8, ptr %15, i64 0
  %17 = load i8, ptr %16, align 1, !tbaa !18
  %18 = sext i8 %17 to i32
  %19 = icmp eq i32 %18, 39
  br i1 %19, label %20, label %42

20:                                               ; preds = %14, %8
  %21 = load ptr, ptr %2, align 8, !tbaa !9
  %22 = load i64, ptr %3, align 8, !tbaa !19
  %23 = sub i64 %22, 1
  %24 = getelementptr inbounds nuw i8, ptr %21, i64 %23
  %25 = load i8, ptr %24, align 1, !tbaa !18
  %26 = sext i8 %25 to i32
  %27 = load ptr, ptr %2, align 8, !tbaa !9
  %28 = getelementptr inbounds i8, ptr %27, i64 0
  %29 = load i8, ptr %28, align 1, !tbaa !18
  %30 = sext i8 %29 to i32
  %31 = icmp eq i32 %26, %30
  br i1 %31, label %32, label %42

32:                                               ; preds = %20
  %33 = load ptr, ptr %2, align 8, !tbaa !9
  %34 = load ptr, ptr %2, align 8, !tbaa !9
  %35 = getelementptr inbounds i8, ptr %34, i64 1
  %36 = load i64, ptr %3, align 8, !tbaa !19
  %37 = sub i64 %36, 2
  call void @llvm.memmove.p0.p0.i64(ptr align 1 %33, ptr align 1 %35, i64 %37, i1 false)
  %38 = load ptr, ptr %2, align 8, !tbaa !9
  %39 = load i64, ptr %3, align 8, !tbaa !19
  %40 = sub i64 %39, 2
  %41 = getelementptr inbounds nuw i8, ptr %38, i64 %40
  store i8 0, ptr %41, align 1, !tbaa !18
  br label %42

42:                                               ; preds = %32, %20, %14, %1
  call void @llvm.lifetime.end.p0(ptr %3) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local ptr @ini_get(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !12
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !9
  store ptr %3, ptr %9, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %12 = load ptr, ptr %6, align 8, !tbaa !12
  %13 = getelementptr inbounds nuw %struct.ini_file, ptr %12, i32 0, i32 1
  %14 = load i32, ptr %13, align 4, !tbaa !14
  %15 = sub nsw i32 %14, 1
  store i32 %15, ptr %10, align 4, !tbaa !5
  br label %16

16:                                               ; preds = %51, %4
  %17 = load i32, ptr %10, align 4, !tbaa !5
  %18 = icmp sge i32 %17, 0
  br i1 %18, label %20, label %19

19:                                               ; preds = %16
  store i32 2, ptr %11, align 4
  br label %54

20:                                               ; preds = %16
  %21 = load ptr, ptr %6, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw %struct.ini_file, ptr %21, i32 0, i32 0
  %23 = load i32, ptr %10, align 4, !tbaa !5
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [64 x %struct.ini_entry], ptr %22, i64 0, i64 %24
  %26 = getelementptr inbounds nuw %struct.ini_entry, ptr %25, i32 0, i32 0
  %27 = getelementptr inbounds [32 x i8], ptr %26, i64 0, i64 0
  %28 = load ptr, ptr %7, align 8, !tbaa !9
  %29 = call i32 @ci_equal(ptr noundef %27, ptr noundef %28) #10
  %30 = icmp ne i32 %29, 0
  br i1 %30, label %31, label %50

31:                                               ; preds = %20
  %32 = load ptr, ptr %6, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw %struct.ini_file, ptr %32, i32 0, i32 0
  %34 = load i32, ptr %10, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [64 x %struct.ini_entry], ptr %33, i64 0, i64 %35
  %37 = getelementptr inbounds nuw %struct.ini_entry, ptr %36, i32 0, i32 1
  %38 = getelementptr inbounds [32 x i8], ptr %37, i64 0, i64 0
  %39 = load ptr, ptr %8, align 8, !tbaa !9
  %40 = call i32 @ci_equal(ptr noundef %38, ptr noundef %39) #10
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %50

42:                                               ; preds = %31
  %43 = load ptr, ptr %6, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw %struct.ini_file, ptr %43, i32 0, i32 0
  %45 = load i32, ptr %10, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds [64 x %struct.ini_entry], ptr %44, i64 0, i64 %46
  %48 = getelementptr inbounds nuw %struct.ini_entry, ptr %47, i32 0, i32 2
  %49 = getelementptr inbounds [64 x i8], ptr %48, i64 0, i64 0
  store ptr %49, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %54

50:                                               ; preds = %31, %20
  br label %51

51:                                               ; preds = %50
  %52 = load i32, ptr %10, align 4, !tbaa !5
  %53 = add nsw i32 %52, -1
  store i32 %53, ptr %10, align 4, !tbaa !5
  br label %16, !llvm.loop !32

54:                                               ; preds = %42, %19
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %55 = load i32, ptr %11, align 4
  switch i32 %55, label %60 [
    i32 2, label %56
    i32 1, label %58
  ]

56:                                               ; preds = %54
  %57 = load ptr, ptr %9, align 8, !tbaa !9
  store ptr %57, ptr %5, align 8
  br label %58

58:                                               ; preds = %56, %54
  %59 = load ptr, ptr %5, align 8
  ret ptr %59

60:                                               ; preds = %54
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @ci_equal(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %4, align 8, !tbaa !9
  store ptr %1, ptr %5, align 8, !tbaa !9
  br label %10

10:                                               ; preds = %45, %2
  %11 = load ptr, ptr %4, align 8, !tbaa !9
  %12 = load i8, ptr %11, align 1, !tbaa !18
  %13 = sext i8 %12 to i32
  %14 = icmp ne i32 %13, 0
  br i1 %14, label %15, label %20

15:                                               ; preds = %10
  %16 = load ptr, ptr %5, align 8, !tbaa !9
  %17 = load i8, ptr %16, align 1, !tbaa !18
  %18 = sext i8 %17 to i32
  %19 = icmp ne i32 %18, 0
  br label %20

20:                                               ; preds = %15, %10
  %21 = phi i1 [ false, %10 ], [ %19, %15 ]
  br i1 %21, label %22, label %50

22:                                               ; preds = %20
  call void @llvm.lifetime.start.p0(ptr %6) #8
  %23 = call ptr @__ctype_tolower_loc() #11
  %24 = load ptr, ptr %23, align 8, !tbaa !33
  %25 = load ptr, ptr %4, align 8, !tbaa !9
  %26 = load i8, ptr %25, align 1, !tbaa !18
  %27 = zext i8 %26 to i32
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, ptr %24, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  store i32 %30, ptr %6, align 4, !tbaa !5
  %31 = load i32, ptr %6, align 4, !tbaa !5
  store i32 %31, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %6) #8
  %32 = load i32, ptr %7, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %8) #8
  %33 = call ptr @__ctype_tolower_loc() #11
  %34 = load ptr, ptr %33, align 8, !tbaa !33
  %35 = load ptr, ptr %5, align 8, !tbaa !9
  %36 = load i8, ptr %35, align 1, !tbaa !18
  %37 = zext i8 %36 to i32
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %34, i64 %38
  %40 = load i32, ptr %39, align 4, !tbaa !5
  store i32 %40, ptr %8, align 4, !tbaa !5
  %41 = load i32, ptr %8, align 4, !tbaa !5
  store i32 %41, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(ptr %8) #8
  %42 = load i32, ptr %9, align 4, !tbaa !5
  %43 = icmp ne i32 %32, %42
  br i1 %43, label %44, label %45

44:                                               ; preds = %22
  store i32 0, ptr %3, align 4
  br label %59

45:                                               ; preds = %22
  %46 = load ptr, ptr %4, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 1
  store ptr %47, ptr %4, align 8, !tbaa !9
  %48 = load ptr, ptr %5, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw i8, ptr %48, i32 1
  store ptr %49, ptr %5, align 8, !tbaa !9
  br label %10, !llvm.loop !35

50:                                               ; preds = %20
  %51 = load ptr, ptr %4, align 8, !tbaa !9
  %52 = load i8, ptr %51, align 1, !tbaa !18
  %53 = sext i8 %52 to i32
  %54 = load ptr, ptr %5, align 8, !tbaa !9
  %55 = load i8, ptr %54, align 1, !tbaa !18
  %56 = sext i8 %55 to i32
  %57 = icmp eq i32 %53, %56
  %58 = zext i1 %57 to i32
  store i32 %58, ptr %3, align 4
  br label %59

59:                                               ; preds = %50, %44
  %60 = load i32, ptr %3, align 4
  ret i32 %60
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @ini_get_int(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca i64, align 8
  store ptr %0, ptr %6, align 8, !tbaa !12
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i64 %3, ptr %9, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %14 = load ptr, ptr %6, align 8, !tbaa !12
  %15 = load ptr, ptr %7, align 8, !tbaa !9
  %16 = load ptr, ptr %8, align 8, !tbaa !9
  %17 = call ptr @ini_get(ptr noundef %14, ptr noundef %15, ptr noundef %16, ptr noundef null) #10
  store ptr %17, ptr %10, align 8, !tbaa !9
  %18 = load ptr, ptr %10, align 8, !tbaa !9
  %19 = icmp ne ptr %18, null
  br i1 %19, label %22, label %20

20:                                               ; preds = %4
  %21 = load i64, ptr %9, align 8, !tbaa !19
  store i64 %21, ptr %5, align 8
  store i32 1, ptr %11, align 4
  br label %34

22:                                               ; preds = %4
  call void @llvm.lifetime.start.p0(ptr %12) #8
  call void @llvm.lifetime.start.p0(ptr %13) #8
  %23 = load ptr, ptr %10, align 8, !tbaa !9
  %24 = call i64 @strtol(ptr noundef %23, ptr noundef %12, i32 noundef 0) #12
  store i64 %24, ptr %13, align 8, !tbaa !19
  %25 = load ptr, ptr %12, align 8, !tbaa !9
  %26 = load ptr, ptr %10, align 8, !tbaa !9
  %27 = icmp eq ptr %25, %26
  br i1 %27, label %28, label %30

28:                                               ; preds = %22
  %29 = load i64, ptr %9, align 8, !tbaa !19
  br label %32

30:                                               ; preds = %22
  %31 = load i64, ptr %13, align 8, !tbaa !19
  br label %32

32:                                               ; preds = %30, %28
  %33 = phi i64 [ %29, %28 ], [ %31, %30 ]
  store i64 %33, ptr %5, align 8
  store i32 1, ptr %11, align 4
  call void @llvm.lifetime.end.p0(ptr %13) #8
  call void @llvm.lifetime.end.p0(ptr %12) #8
  br label %34

34:                                               ; preds = %32, %20
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %35 = load i64, ptr %5, align 8
  ret i64 %35
}

; Function Attrs: minsize nounwind optsize
declare i64 @strtol(ptr noundef, ptr noundef, i32 noundef) #5

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @ini_get_bool(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  store ptr %0, ptr %6, align 8, !tbaa !12
  store ptr %1, ptr %7, align 8, !tbaa !9
  store ptr %2, ptr %8, align 8, !tbaa !9
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %10) #8
  %12 = load ptr, ptr %6, align 8, !tbaa !12
  %13 = load ptr, ptr %7, align 8, !tbaa !9
  %14 = load ptr, ptr %8, align 8, !tbaa !9
  %15 = call ptr @ini_get(ptr noundef %12, ptr noundef %13, ptr noundef %14, ptr noundef null) #10
  store ptr %15, ptr %10, align 8, !tbaa !9
  %16 = load ptr, ptr %10, align 8, !tbaa !9
  %17 = icmp ne ptr %16, null
  br i1 %17, label %20, label %18

18:                                               ; preds = %4
  %19 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %19, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %56

20:                                               ; preds = %4
  %21 = load ptr, ptr %10, align 8, !tbaa !9
  %22 = call i32 @ci_equal(ptr noundef %21, ptr noundef @.str.3) #10
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %36, label %24

24:                                               ; preds = %20
  %25 = load ptr, ptr %10, align 8, !tbaa !9
  %26 = call i32 @ci_equal(ptr noundef %25, ptr noundef @.str.4) #10
  %27 = icmp ne i32 %26, 0
  br i1 %27, label %36, label %28

28:                                               ; preds = %24
  %29 = load ptr, ptr %10, align 8, !tbaa !9
  %30 = call i32 @ci_equal(ptr noundef %29, ptr noundef @.str.5) #10
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %36, label %32

32:                                               ; preds = %28
  %33 = load ptr, ptr %10, align 8, !tbaa !9
  %34 = call i32 @strcmp(ptr noundef %33, ptr noundef @.str.6) #9
  %35 = icmp eq i32 %34, 0
  br i1 %35, label %36, label %37

36:                                               ; preds = %32, %28, %24, %20
  store i32 1, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %56

37:                                               ; preds = %32
  %38 = load ptr, ptr %10, align 8, !tbaa !9
  %39 = call i32 @ci_equal(ptr noundef %38, ptr noundef @.str.7) #10
  %40 = icmp ne i32 %39, 0
  br i1 %40, label %53, label %41

41:                                               ; preds = %37
  %42 = load ptr, ptr %10, align 8, !tbaa !9
  %43 = call i32 @ci_equal(ptr noundef %42, ptr noundef @.str.8) #10
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %53, label %45

45:                                               ; preds = %41
  %46 = load ptr, ptr %10, align 8, !tbaa !9
  %47 = call i32 @ci_equal(ptr noundef %46, ptr noundef @.str.9) #10
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %53, label %49

49:                                               ; preds = %45
  %50 = load ptr, ptr %10, align 8, !tbaa !9
  %51 = call i32 @strcmp(ptr noundef %50, ptr noundef @.str.10) #9
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %53, label %54

53:                                               ; preds = %49, %45, %41, %37
  store i32 0, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %56

54:                                               ; preds = %49
  %55 = load i32, ptr %9, align 4, !tbaa !5
  store i32 %55, ptr %5, align 4
  store i32 1, ptr %11, align 4
  br label %56

56:                                               ; preds = %54, %53, %36, %18
  call void @llvm.lifetime.end.p0(ptr %10) #8
  %57 = load i32, ptr %5, align 4
  ret i32 %57
}

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #3

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.lifetime.start.p0(ptr %2) #8
  store i64 0, ptr %2, align 8, !tbaa !19
  call void @llvm.lifetime.start.p0(ptr %3) #8
  store i32 0, ptr %3, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(ptr %4) #8
  store i32 0, ptr %4, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %39, %0
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 500
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  call void @llvm.lifetime.end.p0(ptr %4) #8
  br label %42

9:                                                ; preds = %5
  %10 = call i32 @ini_parse_string(ptr noundef @config, ptr noundef @main.ini) #10
  store i32 %10, ptr %3, align 4, !tbaa !5
  %11 = call i64 @ini_get_int(ptr noundef @main.ini, ptr noundef @.str.11, ptr noundef @.str.12, i64 noundef 0) #10
  %12 = load i64, ptr %2, align 8, !tbaa !19
  %13 = add nsw i64 %12, %11
  store i64 %13, ptr %2, align 8, !tbaa !19
  %14 = call i64 @ini_get_int(ptr noundef @main.ini, ptr noundef @.str.13, ptr noundef @.str.14, i64 noundef 0) #10
  %15 = load i64, ptr %2, align 8, !tbaa !19
  %16 = add nsw i64 %15, %14
  store i64 %16, ptr %2, align 8, !tbaa !19
  %17 = call i64 @ini_get_int(ptr noundef @main.ini, ptr noundef @.str.15, ptr noundef @.str.16, i64 noundef 1) #10
  %18 = load i64, ptr %2, align 8, !tbaa !19
  %19 = add nsw i64 %18, %17
  store i64 %19, ptr %2, align 8, !tbaa !19
  %20 = call i64 @ini_get_int(ptr noundef @main.ini, ptr noundef @.str.17, ptr noundef @.str.18, i64 noundef 0) #10
  %21 = load i64, ptr %2, align 8, !tbaa !19
  %22 = add nsw i64 %21, %20
  store i64 %22, ptr %2, align 8, !tbaa !19
  %23 = call i64 @ini_get_int(ptr noundef @main.ini, ptr noundef @.str.19, ptr noundef @.str.20, i64 noundef 0) #10
  %24 = load i64, ptr %2, align 8, !tbaa !19
  %25 = add nsw i64 %24, %23
  store i64 %25, ptr %2, align 8, !tbaa !19
  %26 = call i32 @ini_get_bool(ptr noundef @main.ini, ptr noundef @.str.11, ptr noundef @.str.21, i32 noundef 0) #10
  %27 = mul nsw i32 %26, 1000
  %28 = sext i32 %27 to i64
  %29 = load i64, ptr %2, align 8, !tbaa !19
  %30 = add nsw i64 %29, %28
  store i64 %30, ptr %2, align 8, !tbaa !19
  %31 = call i32 @ini_get_bool(ptr noundef @main.ini, ptr noundef @.str.17, ptr noundef @.str.22, i32 noundef 1) #10
  %32 = mul nsw i32 %31, 10000
  %33 = sext i32 %32 to i64
  %34 = load i64, ptr %2, align 8, !tbaa !19
  %35 = add nsw i64 %34, %33
  store i64 %35, ptr %2, align 8, !tbaa !19
  %36 = call i64 @ini_get_int(ptr noundef @main.ini, ptr noundef @.str.23, ptr noundef @.str.24, i64 noundef 7) #10
  %37 = load i64, ptr %2, align 8, !tbaa !19
  %38 = add nsw i64 %37, %36
  store i64 %38, ptr %2, align 8, !tbaa !19
  br label %39

39:                                               ; preds = %9
  %40 = load i32, ptr %4, align 4, !tbaa !5
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4, !tbaa !5
  br label %5, !llvm.loop !36

42:                                               ; preds = %8
  %43 = load i32, ptr getelementptr inbounds nuw (%struct.ini_file, ptr @main.ini, i32 0, i32 1), align 4, !tbaa !14
  %44 = load i32, ptr %3, align 4, !tbaa !5
  %45 = load i64, ptr %2, align 8, !tbaa !19
  %46 = call ptr @ini_get(ptr noundef @main.ini, ptr noundef @.str.19, ptr noundef @.str.26, ptr noundef @.str.27) #10
  %47 = call ptr @ini_get(ptr noundef @main.ini, ptr noundef @.str.15, ptr noundef @.str.28, ptr noundef @.str.27) #10
  %48 = call ptr @ini_get(ptr noundef @main.ini, ptr noundef @.str.11, ptr noundef @.str.29, ptr noundef @.str.27) #10
  %49 = call i32 (ptr, ...) @printf(ptr noundef @.str.25, i32 noundef %43, i32 noundef %44, i64 noundef %45, ptr noundef %46, ptr noundef %47, ptr noundef %48) #10
  call void @llvm.lifetime.end.p0(ptr %3) #8
  call void @llvm.lifetime.end.p0(ptr %2) #8
  ret i32 0
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #6

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_b_loc() #7

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr writeonly captures(none), ptr readonly captures(none), i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize willreturn memory(none)
declare ptr @__ctype_tolower_loc() #7

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { minsize nounwind optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { minsize nounwind optsize willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind }
attributes #9 = { minsize nounwind optsize willreturn memory(read) }
attributes #10 = { minsize optsize }
attributes #11 = { minsize nounwind optsize willreturn memory(none) }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"p1 _ZTS8ini_file", !11, i64 0}
!14 = !{!15, !6, i64 8192}
!15 = !{!"ini_file", !7, i64 0, !6, i64 8192, !6, i64 8196, !6, i64 8200}
!16 = !{!15, !6, i64 8196}
!17 = !{!15, !6, i64 8200}
!18 = !{!7, !7, i64 0}
!19 = !{!20, !20, i64 0}
!20 = !{!"long", !7, i64 0}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
!23 = !{!24, !24, i64 0}
!24 = !{!"p1 _ZTS9ini_entry", !11, i64 0}
!25 = !{!26, !26, i64 0}
!26 = !{!"p1 short", !11, i64 0}
!27 = !{!28, !28, i64 0}
!28 = !{!"short", !7, i64 0}
!29 = distinct !{!29, !22}
!30 = distinct !{!30, !22}
!31 = distinct !{!31, !22}
!32 = distinct !{!32, !22}
!33 = !{!34, !34, i64 0}
!34 = !{!"p1 int", !11, i64 0}
!35 = distinct !{!35, !22}
!36 = distinct !{!36, !22}
