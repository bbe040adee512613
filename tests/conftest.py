"""Shared fixtures: small IR modules inline, the shipped example, and the benchmark C programs."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = sorted((ROOT / "benchmarks" / "programs" / "src").glob("*.c"))
DATA = ROOT / "tests" / "data"
EXAMPLE = ROOT / "examples" / "crc32.ll"
EXAMPLE_O0 = ROOT / "examples" / "crc32.O0.ll"

# A loop, a switch, a call and a phi: small enough to read, rich enough for most passes.
SMALL_IR = """\
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @sum(ptr %a, i32 %n) #0 {
entry:
  %acc = alloca i32
  %i = alloca i32
  store i32 0, ptr %acc
  store i32 0, ptr %i
  br label %cond
cond:
  %iv = load i32, ptr %i
  %c = icmp slt i32 %iv, %n
  br i1 %c, label %body, label %exit
body:
  %idx = sext i32 %iv to i64
  %p = getelementptr i32, ptr %a, i64 %idx
  %v = load i32, ptr %p
  %s = load i32, ptr %acc
  %s2 = add i32 %s, %v
  store i32 %s2, ptr %acc
  %inc = add i32 %iv, 1
  store i32 %inc, ptr %i
  br label %cond
exit:
  %r = load i32, ptr %acc
  ret i32 %r
}

define i32 @pick(i32 %x) #0 {
entry:
  switch i32 %x, label %other [
    i32 0, label %zero
    i32 1, label %one
  ]
zero:
  ret i32 10
one:
  ret i32 20
other:
  %m = mul i32 %x, 3
  ret i32 %m
}

declare i32 @ext(i32)

define i32 @main() #0 {
entry:
  %arr = alloca [4 x i32]
  store i32 1, ptr %arr
  %t = call i32 @sum(ptr %arr, i32 1)
  %u = call i32 @pick(i32 %t)
  %w = call i32 @ext(i32 %u)
  ret i32 %w
}

attributes #0 = { minsize optsize nounwind }
"""
SMALL_IR_COUNT = 30  # 19 in @sum, 5 in @pick, 6 in @main


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


needs_clang = pytest.mark.skipif(not have("clang-22"), reason="clang-22 not installed (run setup.sh)")


def clang(src: Path, out: Path, *flags: str) -> Path:
    subprocess.run(["clang-22", "-std=c11", "-S", "-emit-llvm", *flags, str(src), "-o", str(out)],
                   check=True, capture_output=True, timeout=120)
    return out


@pytest.fixture(scope="session")
def compiled_programs(tmp_path_factory):
    """For each benchmark program: (name, size-ready .ll, -O0 .ll, clang -Oz .ll)."""
    if not have("clang-22"):
        pytest.skip("clang-22 not installed")
    d = tmp_path_factory.mktemp("programs")
    out = []
    for src in PROGRAMS:
        ready = clang(src, d / f"{src.stem}.ready.ll", "-Oz", "-Xclang", "-disable-llvm-passes")
        o0 = clang(src, d / f"{src.stem}.O0.ll", "-O0")
        oz = clang(src, d / f"{src.stem}.Oz.ll", "-Oz")
        out.append((src.stem, ready, o0, oz))
    if len(out) < 5:
        pytest.skip("benchmark programs missing")
    return out


def mini_suite(tmp_path: Path) -> Path:
    """A suite directory holding the crc32 example and the csv parser; callers add more modules."""
    d = tmp_path / "mini"
    d.mkdir()
    shutil.copy(EXAMPLE, d / "crc32.ll")
    shutil.copy(DATA / "csv_parser.ll", d / "csv_parser.ll")
    return d


def children_of(pid: int) -> list[tuple[int, bytes]]:
    """(pid, command line) of the processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                ppid = int(f.read().rpartition(b")")[2].split()[1])
            if ppid == pid:
                found.append((int(entry), Path(f"/proc/{entry}/cmdline").read_bytes()))
        except (OSError, ValueError, IndexError):
            continue
    return found


def interactive_signals() -> None:
    """``preexec_fn`` for a child that should take Ctrl-C as one started from a terminal does: SIGINT
    at its default. A test run started as ``cmd &`` by a non-interactive shell (or by a CI runner)
    has SIGINT ignored, ignored signals stay ignored across exec, and the wrappers keep them so."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
