"""``llmopt-cc``: a drop-in for ``clang-22`` in ``CC=`` that asks the advisor on size compiles.

    make CC=llmopt-cc        ./configure CC=llmopt-cc        cmake -DCMAKE_C_COMPILER=llmopt-cc

A *size compile* is a compile of exactly one C file (``.c``, or any name after ``-x c``) to an
object (``-c``, optional ``-o FILE``) whose last optimisation flag is ``-Oz`` or ``-Os`` and whose
other options are all ones llmopt-cc understands (preprocessor, language, warning, ``-f``/``-m``
code generation and ``-g`` debug options, dependency files; see :func:`classify`). It is done in
four steps:

a. clang-22 runs the user's exact command line, but writes the object to a private temporary
   directory; dependency files (``-MD``/``-MMD``) keep the name and target clang gives them for the
   real output (``-MF`` and ``-MQ`` are added when the user gave none). Its diagnostics reach the
   user's terminal directly; if it fails, llmopt-cc exits with its status and nothing else happens
   (the output is removed, as clang removes it);
b. the same command line with ``-c -emit-llvm -Xclang -disable-llvm-passes -w`` (dependency flags
   removed) gives the size-ready module, as bitcode (which keeps the use-list order);
c. the advisor (``--llmopt-metric``, bytes by default; in-process, or the warm server with
   ``LLMOPT_SERVER``) chooses a pass list for it; opt-22 runs that list on the bitcode, writing
   bitcode. Where the command line leaves code generation as the advisor measures it
   (:func:`baseline_is_clangs`), the size of clang's object from (a) is the advisor's -Oz baseline,
   not measured a second time;
d. clang-22 compiles that bitcode with the user's code-generation flags (the command line without
   input, output, ``-x`` and dependency flags, plus ``-Xclang -disable-llvm-passes -c -x ir``).

The advisor's object is kept only when its executable sections (:func:`~llmcompiler.llvm.libllvm.
executable_bytes`) are strictly smaller than those of clang's own object from (a); otherwise the
output is clang's object, byte for byte. The comparison is exact: both are the very objects that
would be written. The recipe is faithful: with clang's own -Oz pipeline in (c), (b)-(d) reproduce
clang's object byte for byte (``tests/test_cc_wrapper.py`` checks it under several flag sets).

Everything else (preprocessing, ``-S``, ``-emit-llvm``, linking, several inputs, other languages,
other levels, ``--version``, ``-###``, ``-v``, sanitizers, profiling, LTO, response files, any
option it does not know) is handed to clang-22 unchanged by exec: output, messages and exit status
are clang's. A configure probe compiled at -Oz is an ordinary size compile, and cheap: a failing one
costs what clang costs (step a), and one whose object has under :data:`MIN_BYTES` bytes of code
(``int main(void) { return 0; }`` and the like) is clang's object without asking the advisor.

Deterministic (the same input gives the same object), cached (key: the size-ready bitcode's sha256
and the command line without file names, tool identities, model, k, metric), safe under make -j,
and it never breaks a build: any failure on the advisor's side gives clang's object plus one
``llmopt-cc:`` line on stderr. SIGINT, SIGTERM and SIGHUP end its children and it dies by the same
signal, leaving no temporary files and no output. Own options (``--llmopt-*``, ``LLMOPT_*``):
:data:`HELP`, ``llmopt-cc --llmopt-help``.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from llmcompiler.errors import LlmoptError, one_line
from llmcompiler.llvm.toolchain import find_opt, opt_target_args
from llmcompiler.tools import wrapping
from llmcompiler.tools.wrapping import (
    ENV_HELP,
    PIPELINE_ENV,
    SETTINGS_HELP,
    CacheDir,
    Settings,
    advise_guarded,
    is_disabled,
    tool_argv0,
    tool_identity,
)

if TYPE_CHECKING:
    from llmcompiler.llvm.ir import IR

PROG = "llmopt-cc"
TIMEOUT_GRACE = wrapping.TIMEOUT_GRACE  # seconds the advisor may overrun its own timeout
CACHE_MAGIC = b"llmopt-cc cache 1\n"
SIZE_LEVELS = ("Oz", "Os")
# Objects with less executable code than this are clang's, without asking the advisor: configure's
# probes (`int main(void) { return 0; }` and the like, a few bytes each) cost one clang run and stay
# byte for byte what clang makes; the advisor could win a byte or two there at best.
MIN_BYTES = 64

HELP = f"""\
OVERVIEW: {PROG}: a drop-in for clang-22 (CC=llmopt-cc) that asks the llmopt advisor on size compiles

USAGE: {PROG} [clang options] [--llmopt-* options]

A compile of one C file to an object (-c) whose last optimisation flag is -Oz or -Os runs clang-22
as given (its diagnostics, dependency files and exit status are the user's), then the advisor on
the same size-ready module; the advisor's object is used only when its executable code is strictly
smaller than clang-22's object, else clang-22's object is written byte for byte. Every other command
line (preprocessing, linking, -S, other levels, options {PROG} does not know, --help, --version)
is run by clang-22 unchanged.

{PROG} OPTIONS (removed before clang-22 runs):
{SETTINGS_HELP}
  --llmopt-help            this text (--help is clang's)

ENVIRONMENT:
{ENV_HELP}
  LLMOPT_CLANG             the clang binary to use (default clang-22)
  LLMOPT_OPT               the opt binary to use (default opt-22)

Examples:
  make -j8 CC=llmopt-cc CFLAGS=-Oz
  LLMOPT_SERVER=auto make -j8 CC=llmopt-cc CFLAGS=-Oz     # one warm advisor for all jobs
  ./configure CC=llmopt-cc CFLAGS=-Oz && make
  cmake -DCMAKE_C_COMPILER=llmopt-cc -DCMAKE_BUILD_TYPE=MinSizeRel ..

All other options are clang-22's: see `clang-22 --help`."""


def note(message: str) -> None:
    """One line on stderr, prefixed like every llmopt-cc message."""
    wrapping.note(PROG, message)


def find_clang() -> str:
    """``$LLMOPT_CLANG``, else clang-22 on PATH."""
    return wrapping.llvm_tool("clang", "LLMOPT_CLANG")


# ---------------------------------------------------------------------------------------------
# clang's command line: is this a size compile?
#
# Only options known to be safe are accepted: each step gets them all, so they must neither write
# files of their own (the dependency flags are handled apart) nor depend on LLVM passes that the
# advisor's pass list would not run (sanitizers, profiling, coverage, instrumentation, LTO).

# options with a value, kept in every step: given separately (-I dir) or, for the first group, joined (-Idir)
_JOINABLE = ("-I", "-D", "-U", "-L", "-isystem", "-idirafter", "-iquote", "-isysroot")
_SEPARATE = (*_JOINABLE, "-include", "-imacros", "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-target",
             "--sysroot")
_DEP_VALUE = ("-MF", "-MT", "-MQ")  # dependency files: only for step (a)
_DEP_FLAGS = ("-MD", "-MMD", "-MP", "-MG")
_PLAIN = {"-c", "-w", "-pipe", "-pthread", "-ansi", "-pedantic", "-pedantic-errors", "-nostdinc", "-nostdlibinc",
          "-nobuiltininc", "-undef", "-trigraphs", "-static", "-shared", "-rdynamic", "-pie", "-no-pie", "-s",
          "-nostdlib", "-nodefaultlibs", "-nostartfiles", "-static-libgcc", "-g"}
_LEVEL = re.compile(r"-O([0-4sz]|fast|g)?")
# -f options whose work is done by LLVM passes of clang's own pipeline, or that write files
_F_UNSAFE = ("-flto", "-fthinlto", "-fsanitize", "-fprofile", "-fcoverage", "-ftest-coverage", "-fcs-profile",
             "-fpseudo-probe", "-fxray", "-fpass-plugin", "-fplugin", "-fmemory-profile", "-fsave-optimization-record",
             "-foptimization-record", "-fembed-bitcode", "-fstack-usage", "-ftime-trace", "-ftime-report",
             "-fproc-stat-report", "-frecord-command-line", "-frecord-gcc-switches", "-fsplit-dwarf", "-fmodule",
             "-fimplicit-module", "-fprebuilt", "-fbuild-session", "-fopenmp", "-fopenacc", "-fno-integrated-as",
             "-fcrash-diagnostics", "-finstrument-function", "-fauto-profile", "-fdebug-info-for-profiling",
             "-fsyntax-only", "-fdriver-only", "-fexperimental", "-fsplit-lto-unit", "-fwhole-program-vtables",
             "-fvirtual-function-elimination", "-funified-lto", "-fdump", "-fpch", "-fsanitize-coverage",
             "-fbasic-block-sections=list", "-fextend-lifetimes", "-fsample-profile")
_G_SAFE = re.compile(r"-g([0-3]|gdb[0-3]?|lldb|sce|dbx|dwarf(-[2-5]|32|64)?|line-tables-only|line-directives-only"
                     r"|no-(?!split-dwarf)[\w-]+|z(=\w+)?|column-info|strict-dwarf|embed-source|pubnames|gnu-pubnames"
                     r"|simple-template-names(=\w+)?|dwarf-aranges|full|used|inline-line-tables"
                     r"|omit-unreferenced-methods|template-alias)")


@dataclass
class Compile:
    """What a clang command line asks for, as far as llmopt-cc needs to know.

    ``reason`` is None for a size compile; otherwise it says why the command line goes to clang-22
    unchanged.
    """

    argv: list[str]
    input: str = ""
    input_at: int | None = None
    output: str | None = None  # -o's value (None: clang's default, <stem>.o in the working directory)
    output_at: tuple[int, int] | None = None  # argv slice holding -o and its value
    level: str | None = None
    deps: bool = False  # -MD or -MMD: a dependency file besides the object
    dep_file: bool = False  # -MF given
    dep_target: bool = False  # -MT or -MQ given
    drop: set[int] = field(default_factory=set)  # argv indices steps (b) and (d) leave out
    x_at: set[int] = field(default_factory=set)  # argv indices of -x options (step d leaves them out)
    values: set[int] = field(default_factory=set)  # argv indices of the values of separate options (-I dir)
    reason: str | None = None

    @property
    def real_output(self) -> str:
        """The object's name: -o's value, else the input's stem with .o in the working directory."""
        return self.output if self.output is not None else _stem(self.input) + ".o"


def _stem(path: str) -> str:
    """LLVM's ``sys::path::stem`` of a file name (``dir/a.b.c`` -> ``a.b``)."""
    name = os.path.basename(path)
    if name in (".", ".."):
        return name
    dot = name.rfind(".")
    return name if dot < 0 else name[:dot]


def dependency_file(output: str) -> str:
    """The dependency file clang names for ``-MD`` without ``-MF``: the output with its extension
    replaced by ``.d`` (LLVM's ``sys::path::replace_extension``)."""
    base = os.path.basename(output)
    dot = base.rfind(".")
    if dot >= 0 and base not in (".", ".."):
        output = output[: len(output) - len(base) + dot]
    return output + ".d"


def _passthrough(req: Compile, reason: str) -> Compile:
    req.reason = reason
    return req


def classify(argv: list[str]) -> Compile:
    """Parse clang's argv (llmopt options already removed) into a :class:`Compile`."""
    req = Compile(list(argv))
    inputs: list[int] = []
    levels: list[str] = []
    compile_only = False
    language = None  # the -x in force
    i = 0
    while i < len(argv):
        arg = argv[i]
        start = i
        i += 1
        if arg == "-" or not arg.startswith("-"):
            if arg.startswith("@"):
                return _passthrough(req, "a response file")
            if language is None and not arg.endswith(".c"):
                return _passthrough(req, f"input {arg} is not a C file")
            inputs.append(start)
            continue
        if arg == "-c":
            compile_only = True
        elif arg == "-o" or (arg.startswith("-o") and not arg.startswith(("-obj", "-opt"))):
            value = arg[2:]
            if not value:
                if i >= len(argv):
                    return _passthrough(req, "-o without a value")
                value, i = argv[i], i + 1
            if req.output_at is not None:
                return _passthrough(req, "-o given twice")
            req.output, req.output_at = value, (start, i)
            req.drop.update(range(start, i))
        elif _LEVEL.fullmatch(arg):
            levels.append(arg[1:])
        elif arg == "-x" or (arg.startswith("-x") and len(arg) > 2):
            value = arg[2:]
            if not value:
                if i >= len(argv):
                    return _passthrough(req, "-x without a value")
                value, i = argv[i], i + 1
            if value not in ("c", "none"):
                return _passthrough(req, f"language {value}")
            language = None if value == "none" else value
            req.x_at.update(range(start, i))
        elif arg in _DEP_FLAGS:
            req.deps |= arg in ("-MD", "-MMD")
            req.drop.add(start)
        elif arg.startswith(_DEP_VALUE):
            if len(arg) == 3:
                if i >= len(argv):
                    return _passthrough(req, f"{arg} without a value")
                i += 1
            req.dep_file |= arg.startswith("-MF")
            req.dep_target |= arg.startswith(("-MT", "-MQ"))
            req.drop.update(range(start, i))
        elif arg in _PLAIN or _G_SAFE.fullmatch(arg):
            pass
        elif arg in _SEPARATE:
            if i >= len(argv):
                return _passthrough(req, f"{arg} without a value")
            req.values.add(i)
            i += 1
        elif arg.startswith(_JOINABLE) and not arg.startswith("-isystem-after"):
            pass
        elif arg.startswith(("--sysroot=", "--target=", "-std=", "-l", "-Wl,", "-Wa,")):
            pass
        elif arg.startswith("-W") and not arg.startswith("-Wp,"):
            pass
        elif arg.startswith("-f"):
            if arg.startswith(_F_UNSAFE):
                return _passthrough(req, f"option {arg}")
        elif arg.startswith("-m") and arg != "-mllvm":
            pass
        else:
            return _passthrough(req, f"option {arg}")
    if not compile_only:
        return _passthrough(req, "not a compile to an object (-c)")
    if len(inputs) != 1:
        return _passthrough(req, "not exactly one input")
    req.input_at = inputs[0]
    req.input = argv[req.input_at]
    if req.input == "-":
        return _passthrough(req, "input from stdin")
    if req.output == "-":
        return _passthrough(req, "object to standard output")
    if not levels or levels[-1] not in SIZE_LEVELS:
        return _passthrough(req, "not a size compile")
    req.level = levels[-1]
    return req


def check_io(req: Compile) -> Compile:
    """Send to clang-22 the compiles whose I/O it reports on itself (it says it best), and those
    whose output is not a plain file: an input it cannot read, an output that is a directory, a
    device or a pipe, in a directory that does not exist."""
    if req.reason:
        return req
    if os.environ.get("CCC_OVERRIDE_OPTIONS"):
        return _passthrough(req, "CCC_OVERRIDE_OPTIONS edits the command line")
    if not (os.path.isfile(req.input) and os.access(req.input, os.R_OK)):
        return _passthrough(req, "input is not a readable file")
    out = req.real_output
    parent = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(parent):
        return _passthrough(req, "output directory does not exist")
    if os.path.lexists(out) and not (os.path.isfile(out) and os.access(out, os.W_OK)):
        return _passthrough(req, "output is not a writable regular file")
    if not os.path.lexists(out) and not os.access(parent, os.W_OK | os.X_OK):
        return _passthrough(req, "output cannot be created")
    return req


# ---------------------------------------------------------------------------------------------
# the four command lines


def clang_argv(req: Compile, obj: str) -> list[str]:
    """Step (a): the user's command line, the object written to ``obj``; a dependency file keeps the
    name and target clang gives it for the real output."""
    argv = list(req.argv)
    if req.output_at is not None:
        a, b = req.output_at
        argv[a:b] = ["-o", obj]
    else:
        argv += ["-o", obj]
    if req.deps and not req.dep_file:
        argv += ["-MF", dependency_file(req.real_output)]
    if req.deps and not req.dep_target:
        argv += ["-MQ", req.real_output]  # clang's default target is the output, quoted for make
    return argv


def ir_argv(req: Compile, bitcode: str) -> list[str]:
    """Step (b): the size-ready module, as bitcode: no LLVM passes, no dependency file, no warnings
    (the user saw them in step a)."""
    argv = [a for i, a in enumerate(req.argv) if i not in req.drop]
    return [*argv, "-c", "-emit-llvm", "-Xclang", "-disable-llvm-passes", "-w", "-o", bitcode]


def codegen_argv(req: Compile, bitcode: str, obj: str) -> list[str]:
    """Step (d): ``bitcode`` compiled with the user's code-generation flags and no LLVM passes."""
    keep = [a for i, a in enumerate(req.argv) if i not in req.drop and i not in req.x_at and i != req.input_at]
    return [*keep, "-Xclang", "-disable-llvm-passes", "-w", "-Wno-unused-command-line-argument", "-c", "-x", "ir",
            bitcode, "-o", obj]


# Options that leave clang's code generation as the advisor's own measurement does it: they act in
# the front end (so the size-ready module records them) or only write other files. With nothing else
# on the command line, clang's -Oz object has the bytes the advisor's worker measures for -Oz on the
# module (tests/test_cc_wrapper.py checks it), so that object's size is handed over as the baseline
# instead of measured again. Anything else (-m*, -f* but these, --target, ...) and the advisor measures.
_SAME_CODEGEN = re.compile(r"-(c|w|g|pipe|pthread|ansi|pedantic(-errors)?|O[0-4sz]?|std=[\w+]+|[DUI].*|W(?!l,|a,|p,).*"
                           r"|f(no-)?(pic|PIC|pie|PIE)|f(no-)?(common|signed-char|unsigned-char|wrapv|strict-aliasing)"
                           r"|M[DPG]|MMD|isystem.*|iquote.*|idirafter.*|include|imacros)")


def baseline_is_clangs(req: Compile) -> bool:
    """Whether clang's own object from step (a) is what the advisor would measure as -Oz: a -Oz
    compile whose every option is one of :data:`_SAME_CODEGEN` (the values of -I, -D, -include, -o
    and the dependency options aside)."""
    if req.level != "Oz":
        return False
    skip = req.drop | req.x_at | req.values | {req.input_at}
    return all(i in skip or _SAME_CODEGEN.fullmatch(a) for i, a in enumerate(req.argv))


def opt_argv(bitcode: bytes, pipeline: str, out: str) -> list[str]:
    """Step (c): opt-22 runs the advisor's list on the size-ready bitcode, writing bitcode. The
    target machine's relocation model follows the module (clang's "PIC Level" flag), as clang's does."""
    return [*opt_target_args(bitcode), f"-passes={pipeline}", "-", "-o", out]


# ---------------------------------------------------------------------------------------------
# the advisor


def _advise(module: IR | wrapping.Source, settings: Settings, oz_value: int | None = None) -> str | None:
    """The advisor's pass list for ``module``, or None when clang's own -Oz is its answer; raises on
    any failure. ``LLMOPT_PIPELINE`` names a fixed list instead (checked all the same). ``oz_value``:
    clang's object's bytes, handed to the advisor as its -Oz baseline (see :func:`baseline_is_clangs`)."""
    pipeline = os.environ.get(PIPELINE_ENV)
    if pipeline:
        return pipeline
    s = wrapping.suggestion(module, settings, PROG, prepare=True, keep_output=False, oz_value=oz_value)
    return None if s.fallback else s.pipeline


class Step(LlmoptError):
    """A step after clang's own compile failed: clang's object is the answer."""


def _start(tool: str, argv: list[str], stdin: bool = False) -> subprocess.Popen:
    """A tool started in the background, its output captured (see :func:`_finish`); ``stdin``: it
    reads input that :func:`_finish` sends, else nothing."""
    return subprocess.Popen([tool_argv0(tool), *argv], executable=tool,
                            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(proc: subprocess.Popen, timeout: float, what: str, stdin: bytes | None = None) -> bytes:
    """The standard output of a tool :func:`_start` started; Step when it fails or overruns ``timeout``."""
    try:
        out, err = proc.communicate(input=stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise Step(f"{what} timed out after {timeout:g} s") from None
    if proc.returncode != 0:
        raise Step(f"{what} failed: {one_line(err.decode(errors='replace')) or f'status {proc.returncode}'}")
    return out


def _run(tool: str, argv: list[str], timeout: float, what: str, stdin: bytes | None = None) -> bytes:
    return _finish(_start(tool, argv, stdin is not None), timeout, what, stdin)


# ---------------------------------------------------------------------------------------------
# the result cache: the body is the advisor's object (empty when clang's is the answer); the header
# records the sha256 of clang's object it was compared with, so a hit is used only with that very
# object from step (a), and an advisor's object must still be smaller than it


def cache_context(req: Compile, settings: Settings, clang: str, opt: str) -> dict:
    argv = [a for i, a in enumerate(req.argv) if i not in req.drop and i != req.input_at]
    return {**wrapping.advisor_context(settings), "tool": PROG, "clang": tool_identity(clang),
            "opt": tool_identity(opt), "argv": argv, "level": req.level}


def _executable_bytes(obj: bytes) -> int:
    from llmcompiler.llvm.libllvm import executable_bytes

    return executable_bytes(obj)


def decode_entry(raw: bytes, context: dict, input_sha256: str, clang_obj: bytes) -> tuple[dict, bytes] | None:
    """(header, the object to write) of an entry that answers this very compile, else None."""
    found = wrapping.decode_entry(CACHE_MAGIC, raw, context, input_sha256)
    if found is None:
        return None
    info, body = found
    try:
        if info.get("clang_sha256") != hashlib.sha256(clang_obj).hexdigest():
            return None
        if info.get("chosen") == "clang-22" and body == b"":
            return info, clang_obj
        if info.get("chosen") == "advisor" and _executable_bytes(body) < _executable_bytes(clang_obj):
            return info, body
    except Exception:  # noqa: BLE001 - any doubt about an entry is a miss, never a broken build
        pass
    return None


# ---------------------------------------------------------------------------------------------
# a size compile, end to end


@dataclass
class Answer:
    """The object chosen for one size compile and how it was chosen (for --llmopt-verbose)."""

    data: bytes
    clang_bytes: int | None = None
    advisor_bytes: int | None = None
    chosen: str = "clang-22"
    problem: str | None = None  # a failure on the advisor's side: printed, and not cached
    pipeline: str | None = None
    how: str = ""  # for the verbose line: "cached", "too small to improve"


def describe(req: Compile, answer: Answer) -> str:
    adv = "-" if answer.advisor_bytes is None else str(answer.advisor_bytes)
    ref = "-" if answer.clang_bytes is None else str(answer.clang_bytes)
    return (f"{req.input}: clang-22 -{req.level} {ref} bytes, advisor {adv}, chosen {answer.chosen}"
            f"{f' ({answer.how})' if answer.how else ''}")


def _cleanup_failed_output(path: str) -> None:
    """clang removes its output when the compile fails (a regular file it may write): so do we."""
    try:
        if os.path.isfile(path) and os.access(path, os.W_OK):
            os.unlink(path)
    except OSError:
        pass


def size_compile(clang: str, req: Compile, settings: Settings) -> int:
    """Answer a size compile: clang-22's object or the advisor's, whichever has less code. Steps (a)
    and (b) run at once; the advisor is asked only once clang's own compile has succeeded with an
    object worth improving (a configure probe never waits for it)."""
    tmp = tempfile.mkdtemp(prefix="llmopt-cc-")
    cache = emit = None
    wrapping.start_server_early(settings)  # (LLMOPT_SERVER=auto) it starts while clang compiles
    try:
        obj = os.path.join(tmp, "clang.o")
        proc = subprocess.Popen([tool_argv0(clang), *clang_argv(req, obj)], executable=clang)
        emit = _start(clang, ir_argv(req, os.path.join(tmp, "ready.bc")))
        code = proc.wait()
        if code != 0:
            _cleanup_failed_output(req.real_output)
            return code if code > 0 else 128 - code
        clang_obj = Path(obj).read_bytes()
        answer, key, context, digest, cache = _choose(clang, req, settings, tmp, clang_obj, emit)
        wrapping.write_output(req.real_output, answer.data, like="clang")
        if answer.problem:
            note(f"{req.input}: {answer.problem}; kept clang-22's object")
        elif settings.verbose:
            note(describe(req, answer))
        if cache is not None and key is not None and not answer.problem:
            info = {"chosen": answer.chosen, "clang_sha256": hashlib.sha256(clang_obj).hexdigest(),
                    "clang_bytes": answer.clang_bytes, "advisor_bytes": answer.advisor_bytes,
                    "pipeline": answer.pipeline}
            body = answer.data if answer.chosen == "advisor" else b""
            cache.write(key, wrapping.encode_entry(CACHE_MAGIC, context, digest, info, body))
        return 0
    finally:
        if emit is not None and emit.poll() is None:  # not needed after all (a failed or tiny compile)
            emit.kill()
            emit.wait()
        if cache is not None:
            cache.close()
        if any(not done.is_set() for _, done in wrapping._running):
            wrapping.stop_advisors()  # an abandoned advisor must not write into the directory below
        shutil.rmtree(tmp, ignore_errors=True)


def _choose(clang: str, req: Compile, settings: Settings, tmp: str, clang_obj: bytes,
            emit: subprocess.Popen) -> tuple[Answer, str | None, dict, str, CacheDir | None]:
    """(answer, cache key or None when there is nothing to store, context, input hash, the cache
    opened, to be closed by the caller). ``emit``: step (b), started beside clang's own compile."""
    base = Answer(clang_obj)
    try:
        base.clang_bytes = _executable_bytes(clang_obj)
    except LlmoptError as e:
        base.problem = f"cannot measure clang-22's object ({one_line(str(e))})"
        return base, None, {}, "", None
    if base.clang_bytes < MIN_BYTES:
        base.how = "too small to improve"
        return base, None, {}, "", None
    try:
        opt = find_opt()
        _finish(emit, settings.timeout, "clang-22 -emit-llvm")
        bitcode = Path(tmp, "ready.bc").read_bytes()
    except (LlmoptError, OSError) as e:  # opt-22 missing, clang failing where it just succeeded
        base.problem = one_line(str(e))
        return base, None, {}, "", None
    cache = CacheDir.open(settings.cache_dir, PROG) if settings.cache else None
    digest = hashlib.sha256(bitcode).hexdigest()
    context = cache_context(req, settings, clang, opt) if cache is not None else {}
    key = wrapping.entry_key(CACHE_MAGIC, context, digest)
    raw = cache.read(key) if cache is not None else None
    hit = decode_entry(raw, context, digest, clang_obj) if raw is not None else None
    if hit is not None:
        info, data = hit
        return (Answer(data, base.clang_bytes, info.get("advisor_bytes"), info["chosen"], pipeline=info.get("pipeline"),
                       how="cached"), None, context, digest, cache)
    try:
        answer = _advise_object(clang, opt, req, settings, tmp, bitcode, base)
    except Exception as e:  # noqa: BLE001 - a bug here must not break the build either
        answer = Answer(clang_obj, base.clang_bytes, problem=f"internal error ({type(e).__name__}: {one_line(str(e))})")
    return answer, key, context, digest, cache


def _advise_object(clang: str, opt: str, req: Compile, settings: Settings, tmp: str, bitcode: bytes,
                   base: Answer) -> Answer:
    """Steps (c) and (d): the advisor's object, when strictly smaller than clang's. The size-ready
    bitcode goes to the advisor as it is (the warm server parses it: no LLVM loaded here for it)."""
    oz = base.clang_bytes if settings.metric == "text" and baseline_is_clangs(req) else None
    pipeline, why = advise_guarded(lambda m, s: _advise(m, s, oz_value=oz), wrapping.Source(bitcode, req.input),
                                   settings, grace=TIMEOUT_GRACE)
    if why:
        base.problem = why
        return base
    if not pipeline:
        return base
    adv_bc, adv_o = os.path.join(tmp, "advisor.bc"), os.path.join(tmp, "advisor.o")
    try:
        _run(opt, opt_argv(bitcode, pipeline, adv_bc), settings.timeout, "opt-22 on the advisor's list", bitcode)
        _run(clang, codegen_argv(req, adv_bc, adv_o), settings.timeout, "clang-22 on the advisor's module")
        data = Path(adv_o).read_bytes()
        size = _executable_bytes(data)
    except (Step, OSError) as e:
        base.problem = f"advisor's module not used: {one_line(str(e))}"
        return base
    except LlmoptError as e:
        base.problem = f"advisor's object not measured: {one_line(str(e))}"
        return base
    base.advisor_bytes, base.pipeline = size, pipeline
    if size >= base.clang_bytes:
        return base
    return Answer(data, base.clang_bytes, size, "advisor", pipeline=pipeline)


# ---------------------------------------------------------------------------------------------
# entry point


def run(argv: list[str], replace_process: bool = False) -> int:
    """Everything :func:`main` does, raising LlmoptError for one-line errors. The advisor's settings
    are read and checked only for a size compile: a pass-through never depends on them."""
    ours, rest = wrapping.split_argv(argv, f"{PROG} --llmopt-help")
    if "help" in ours:
        sys.stdout.write(HELP + "\n")
        sys.stdout.flush()
        return 0
    clang = find_clang()
    req = check_io(classify(rest)) if not is_disabled(ours) else Compile(rest, reason="disabled")
    if req.reason:
        return wrapping.passthrough(clang, rest, replace_process)
    try:
        settings = wrapping.load_settings(ours)
    except LlmoptError as e:  # a bad setting never breaks the build: clang's own compile, one line
        note(f"{e}; compiling with clang-22 alone")
        return wrapping.passthrough(clang, rest, replace_process)
    return size_compile(clang, req, settings)


def main(argv: list[str] | None = None) -> int:
    """``llmopt-cc`` entry point; ``argv`` None means the real command line (clang may replace us).
    Signals, closed pipes and one-line errors: :func:`llmcompiler.tools.wrapping.cli_main`."""
    return wrapping.cli_main(PROG, run, argv)


if __name__ == "__main__":
    sys.exit(main())
