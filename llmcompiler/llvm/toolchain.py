"""The LLVM 22 tools llmopt runs, found and checked once: opt-22, lli-22, and the flags that make
opt reproduce ``clang-22``.

    >>> from llmcompiler.llvm.toolchain import LLVM_MAJOR, find_opt
    >>> LLVM_MAJOR, find_opt().endswith("opt-22")
    (22, True)
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import tempfile

from llmcompiler.errors import ToolError

LLVM_MAJOR = 22


def _opt_major(path: str) -> int | None:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"LLVM version (\d+)\.", out)
    return int(m.group(1)) if m else None


@functools.cache
def find_opt() -> str:
    """Locate opt for LLVM 22: ``$LLMOPT_OPT``, then ``opt-22``, then an ``opt`` whose version is 22."""
    env = os.environ.get("LLMOPT_OPT")
    if env:
        path = shutil.which(env) or env
        if not os.path.exists(path):
            raise ToolError(f"LLMOPT_OPT={env}: no such file")
        major = _opt_major(path)
        if major != LLVM_MAJOR:
            raise ToolError(f"LLMOPT_OPT={env} is LLVM {major or 'unknown'}; llmopt needs LLVM {LLVM_MAJOR} "
                            f"(IR from LLVM {LLVM_MAJOR} does not load into older tools)")
        return path
    path = shutil.which(f"opt-{LLVM_MAJOR}")
    if path:
        return path
    path = shutil.which("opt")
    if path:
        major = _opt_major(path)
        if major == LLVM_MAJOR:
            return path
        raise ToolError(f"found {path} but it is LLVM {major or 'unknown'}; install opt-{LLVM_MAJOR} "
                        f"(Debian/Ubuntu: apt-get install llvm-{LLVM_MAJOR}) or set LLMOPT_OPT")
    raise ToolError(f"opt-{LLVM_MAJOR} not found; install it (apt-get install llvm-{LLVM_MAJOR}) or set LLMOPT_OPT")


# clang-22 on Debian builds position-independent code by default, and the target machine's relocation
# model changes cost decisions inside the pipeline (inlining, on dijkstra.c, 3 instructions). opt's
# default is static, so without --relocation-model=pic opt-22 with clang's exact -Oz pipeline does not
# reproduce clang-22 -Oz. What runs a module takes the model from the module itself (PIC when it
# records a PIC level, as clang's output does unless -fno-pic), in opt-22 and in process alike.


def relocation_model(module: str | bytes) -> str:
    """The relocation model clang compiles ``module`` (IR text or bitcode) with: ``pic`` when it
    records a PIC level (clang-22's default on Debian, -fPIC, -fPIE), else ``static`` (-fno-pic).
    Every measurement follows it (opt-22's passes, the workers', code generation), so that a
    -fno-pic build is judged as it is built."""
    return "pic" if ('"PIC Level"' in module if isinstance(module, str) else b"PIC Level" in module) else "static"


def opt_target_args(module: str | bytes) -> tuple[str, ...]:
    """opt-22's target options for ``module``: its :func:`relocation_model`."""
    return (f"--relocation-model={relocation_model(module)}",)


def run_program(text: str, timeout: float = 10.0) -> tuple[int | str, str]:
    """(exit status or 'timeout', stdout) of running IR under lli-22."""
    with tempfile.NamedTemporaryFile("w", suffix=".ll", delete=False) as f:
        f.write(text)
    try:
        p = subprocess.run([f"lli-{LLVM_MAJOR}", f.name], capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return "timeout", ""
    finally:
        os.unlink(f.name)
