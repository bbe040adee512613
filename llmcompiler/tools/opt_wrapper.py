"""``llmopt-opt``: a drop-in replacement for LLVM's ``opt`` that asks the advisor on size requests.

    llmopt-opt [opt options] [INPUT|-] [-o OUTPUT|-]

* A *size request* (exactly one of ``-Oz``, ``-Os``, ``-passes=default<Oz>``, ``-passes=default<Os>``
  and otherwise only ``-S``, ``-f``, ``-o``, ``-mtriple`` and one input) is answered like this: the
  real opt-22 runs with the user's argv, writing to a pipe; the advisor
  (:func:`llmcompiler.tools.advisor.suggest`, in-process or through the warm server) optimises the
  same input; its module is taken only when it is *strictly* smaller than opt-22's output and
  opt-22 accepts it; otherwise the output is opt-22's, byte for byte. The result is written
  atomically, in opt's format (text with ``-S``, else bitcode), to ``-o`` or standard output, and
  kept in an on-disk cache (see :class:`~llmcompiler.tools.wrapping.CacheDir`: a directory of the
  user's own, an entry used only when it records this very input and request and its module still
  parses, verifies and has the recorded size).
* "Smaller" is the metric (``--llmopt-metric``, ``LLMOPT_METRIC``). ``text``, the default: bytes of
  the executable sections of the object that ``llc-22 -filetype=obj -relocation-model=pic`` makes
  of the *exact bytes the wrapper would write* (opt-22's output and the advisor's module, each in
  the requested format), i.e. what the build's next step compiles (bitcode keeps its use-list order;
  a text output is measured as text). PIC because Debian's clang-22 builds position-independent
  code (a module that records no PIC level, from -fno-pic, is compiled static), and it is the target
  machine the advisor's own text metric measures with (libLLVM-22), so the two agree. llc runs on
  the bytes themselves, in ~20-60 ms each, so the verdict is exact and no worker process is needed
  when the server answers. ``instructions``: IR instructions.
* Everything else (other levels, other pipelines, unknown options, ``--disable-output``, bitcode to a
  terminal, an output opt may not write, ...) is handed to opt-22 with the same argv, so output,
  messages and exit status are opt's; the advisor's settings play no part in it.
* It never breaks a build: if the advisor is missing, fails, or times out, or the object size cannot
  be measured (a target llc cannot compile, an object that is not ELF), the output is opt-22's and
  one line on stderr (``llmopt-opt: ...``) says what happened. If opt-22 itself fails (invalid IR),
  its stderr and exit status are passed on and no output is written.
* It leaves nothing behind: opt-22's output comes back through a pipe, not a temporary file; on
  SIGINT, SIGTERM or SIGHUP it ends its child processes and dies of the same signal, with no traceback
  and no output file; a closed standard output ends it quietly, as SIGPIPE ends opt.

Options of its own (``--llmopt-*``, also settable through ``LLMOPT_*`` environment variables) are
removed before opt-22 sees the command line; see :data:`HELP`. What it shares with ``llmopt-cc``
lives in :mod:`llmcompiler.tools.wrapping`.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from llmcompiler.defaults import DEFAULT_TIMEOUT, VERSION
from llmcompiler.errors import LlmoptError, one_line
from llmcompiler.llvm.toolchain import find_opt, relocation_model
from llmcompiler.tools import wrapping
from llmcompiler.tools.wrapping import (
    DEFAULT_K,
    ENV_HELP,
    PIPELINE_ENV,
    SETTINGS_HELP,
    CacheDir,
    Settings,
    _abandoned,
    advise_guarded,
    is_disabled,
    model_identity,
    model_path,
    tool_argv0,
    tool_identity,
    write_output,
)

if TYPE_CHECKING:
    from llmcompiler.llvm.ir import IR

__all__ = ["main", "run", "classify", "Settings", "DEFAULT_K", "CACHE_MAGIC", "HELP", "LlmoptError", "VERSION",
           "_abandoned", "model_path", "model_identity"]

PROG = "llmopt-opt"
SIZE_LEVELS = {"Oz": "Oz", "Os": "Os", "default<Oz>": "Oz", "default<Os>": "Os"}
LEVEL_FLAGS = ("O0", "O1", "O2", "O3", "Os", "Oz")
TIMEOUT_GRACE = wrapping.TIMEOUT_GRACE  # seconds the advisor may overrun its own timeout
CACHE_MAGIC = b"llmopt-opt cache 3\n"

HELP = f"""\
OVERVIEW: {PROG}: a drop-in replacement for opt-22 that asks the llmopt advisor on size requests

USAGE: {PROG} [options] [<input file>|-] [-o <output file>|-]

Size requests (exactly one of -Oz, -Os, -passes=default<Oz>, -passes=default<Os>, with only -S, -f,
-o and -mtriple besides) run opt-22 and the advisor; the advisor's module is used only when it is
strictly smaller than opt-22's output, so the result is never larger than opt-22's. Smaller means,
by default, fewer bytes of executable code in the object that `llc-22 -filetype=obj
-relocation-model=pic` (static for a module built -fno-pic) makes of the very bytes written
(--llmopt-metric=instructions: fewer IR instructions). Every other command line is run by opt-22 unchanged.

{PROG} OPTIONS (removed before opt-22 runs):
{SETTINGS_HELP}

ENVIRONMENT:
{ENV_HELP}
  LLMOPT_OPT               the opt binary to use (default opt-22)
  LLMOPT_LLC               the llc that measures objects (default: llc beside opt-22, else llc-22)

All other options are opt-22's: see `opt-22 --help`."""


# ---------------------------------------------------------------------------------------------
# settings


def split_argv(argv: list[str]) -> tuple[dict[str, str], list[str]]:
    """Separate ``--llmopt-*`` options (name -> value, '' for flags) from opt's argv."""
    return wrapping.split_argv(argv, f"{PROG} --help")


def load_settings(ours: dict[str, str], env: Mapping[str, str] = os.environ) -> Settings:
    """Settings from parsed ``--llmopt-*`` options, then the environment, then the defaults."""
    return wrapping.load_settings(ours, env)


def note(message: str) -> None:
    """One line on stderr, prefixed like every llmopt-opt message."""
    wrapping.note(PROG, message)


# ---------------------------------------------------------------------------------------------
# opt's command line: is this a size request?


@dataclass
class Request:
    """What an opt command line asks for, as far as llmopt-opt needs to know.

    ``reason`` is None when the command line is a size request the advisor may answer; otherwise it
    says why the command line goes to opt-22 unchanged.
    """

    argv: list[str]
    input: str = "-"
    output: str = "-"
    input_at: int | None = None  # argv index of the input name
    output_at: tuple[int, int] | None = None  # argv slice holding -o and its value
    text: bool = False  # -S
    force: bool = False  # -f
    level: str | None = None  # 'Oz' or 'Os'
    level_at: tuple[int, int] | None = None  # argv slice holding the level (-Oz, -passes default<Oz>, ...)
    reason: str | None = None

    @property
    def input_name(self) -> str:
        """The name opt gives the module (its ModuleID)."""
        return "<stdin>" if self.input == "-" else self.input


def _option(arg: str) -> tuple[str, str | None] | None:
    """(name, inline value) of an option argument, None for a positional one."""
    if arg == "-" or not arg.startswith("-"):
        return None
    m = re.fullmatch(r"--?([^-=][^=]*)(?:=(.*))?", arg, re.S)
    return (m.group(1), m.group(2)) if m else ("", None)


def classify(argv: list[str]) -> Request:
    """Parse opt's argv (llmopt options already removed) into a :class:`Request`."""
    req = Request(list(argv))
    positionals: list[int] = []
    pipeline: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(argv):
        opt = _option(argv[i])
        start = i
        i += 1
        if opt is None:
            positionals.append(start)
            continue
        name, value = opt
        if name in ("o", "passes", "p", "mtriple") and value is None:
            if i >= len(argv):
                return _passthrough(req, f"-{name} without a value")
            value, i = argv[i], i + 1
        if name in seen:
            return _passthrough(req, f"-{name} given twice")
        seen.add(name)
        if name == "o":
            req.output, req.output_at = value, (start, i)
        elif name in ("passes", "p"):
            pipeline.append(value)
            req.level_at = (start, i)
        elif name in LEVEL_FLAGS and value is None:
            pipeline.append(name)
            req.level_at = (start, i)
        elif name == "S" and value is None:
            req.text = True
        elif name == "f" and value is None:
            req.force = True
        elif name == "mtriple":
            pass
        else:
            return _passthrough(req, f"option {argv[start]}")
    if len(positionals) > 1:
        return _passthrough(req, "more than one input")
    if positionals:
        req.input_at = positionals[0]
        req.input = argv[req.input_at]
    if len(pipeline) != 1 or pipeline[0] not in SIZE_LEVELS:
        return _passthrough(req, "not a size request")
    req.level = SIZE_LEVELS[pipeline[0]]
    return req


def _passthrough(req: Request, reason: str) -> Request:
    req.reason = reason
    return req


def _stdout_is_tty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def check_io(req: Request) -> Request:
    """Send to opt-22 the size requests whose I/O opt reports on itself (it says it best): bitcode to a
    terminal, an input it cannot read, an output it may not create or overwrite."""
    if req.reason:
        return req
    if req.output == "-" and not req.text and not req.force and _stdout_is_tty():
        return _passthrough(req, "bitcode to a terminal")
    if req.input != "-" and not (os.path.isfile(req.input) and os.access(req.input, os.R_OK)):
        return _passthrough(req, "input is not a readable file")
    if req.output != "-":
        target = os.path.realpath(req.output)  # opt writes through a symbolic link
        parent = os.path.dirname(target) or "."
        if not os.path.isdir(parent) or os.path.isdir(target):
            return _passthrough(req, "output cannot be created")
        if os.path.exists(target):
            if not os.access(target, os.W_OK):
                return _passthrough(req, "output is not writable")
        elif not os.access(parent, os.W_OK | os.X_OK):
            return _passthrough(req, "output cannot be created")
    return req


# ---------------------------------------------------------------------------------------------
# running opt-22


@dataclass(frozen=True)
class OptRun:
    """opt-22's answer to the user's argv: exit status, the output file's bytes, and its messages."""

    returncode: int
    output: bytes | None
    stderr: bytes


def run_opt(opt: str, req: Request, data: bytes) -> OptRun:
    """Run opt-22 with the user's argv, its output sent to a pipe (``-o -``): no temporary file that a
    killed build could leave behind. (A size request asks opt to print nothing else on stdout.)"""
    argv = list(req.argv)
    if req.output_at is None:
        argv += ["-o", "-"]
    else:
        a, b = req.output_at
        argv[a:b] = ["-o", "-"]
    proc = subprocess.run([tool_argv0(opt), *argv], executable=opt, input=data if req.input == "-" else None,
                          stdin=None if req.input == "-" else subprocess.DEVNULL, capture_output=True)
    code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return OptRun(code, proc.stdout if code == 0 else None, proc.stderr)


def run_pipeline(opt: str, req: Request, data: bytes, pipeline: str, timeout: float) -> bytes:
    """What opt-22 writes for the user's request with ``-passes=<pipeline>`` instead of its level: the
    advisor's answer as opt itself would write it (bitcode with its use-list order, which code
    generation depends on and a text round trip loses). LlmoptError when opt fails or overruns."""
    argv = []
    for i, arg in enumerate(req.argv):
        if req.output_at is not None and req.output_at[0] <= i < req.output_at[1]:
            continue
        if req.level_at is not None and req.level_at[0] <= i < req.level_at[1]:
            if i == req.level_at[0]:
                argv.append(f"-passes={pipeline}")
            continue
        argv.append(arg)
    try:
        proc = subprocess.run([tool_argv0(opt), *argv, "-o", "-"], executable=opt, capture_output=True,
                              input=data if req.input == "-" else None, timeout=timeout,
                              stdin=None if req.input == "-" else subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise LlmoptError(f"opt-22 timed out after {timeout:g} s on the advisor's list") from None
    if proc.returncode != 0:
        raise LlmoptError(f"opt-22 fails on the advisor's list: {one_line(proc.stderr.decode(errors='replace'))}")
    return proc.stdout


def reassemble(opt: str, text: str, as_text: bool) -> bytes:
    """Have opt-22 (no passes) verify IR text and write it in the requested format."""
    cmd = [tool_argv0(opt), "-", "-o", "-"] + (["-S"] if as_text else [])
    try:
        proc = subprocess.run(cmd, executable=opt, input=text.encode(), capture_output=True, timeout=DEFAULT_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise LlmoptError(f"opt-22 timed out after {DEFAULT_TIMEOUT:g} s on the advisor's module") from None
    if proc.returncode != 0:
        raise LlmoptError(f"opt-22 rejects the advisor's module: {one_line(proc.stderr.decode(errors='replace'))}")
    return proc.stdout


# ---------------------------------------------------------------------------------------------
# module headers: what the target is and what the module is called


_HEADER_KEYS = ("source_filename", "target datalayout", "target triple")


def header(text: str) -> dict[str, str]:
    """The module-level ``source_filename``/``target ...`` lines of IR text, by key."""
    found = {}
    for key in _HEADER_KEYS:
        m = re.search(rf"^{key} = .*$", text, re.M)
        if m:
            found[key] = m.group(0)
    return found


def with_header(text: str, ref: dict[str, str], keys: tuple[str, ...] = _HEADER_KEYS) -> str:
    """IR text whose ``keys`` header lines are those of ``ref`` (added, replaced or removed)."""
    for key in keys:
        text = re.sub(rf"^{key} = .*\n", "", text, count=1, flags=re.M)
    lines = "".join(ref[k] + "\n" for k in keys if k in ref)
    if text.startswith("; ModuleID"):
        first, _, rest = text.partition("\n")
        return f"{first}\n{lines}{rest}"
    return lines + text


def set_module_id(data: bytes, name: str) -> bytes:
    """Text output whose first line names the module as opt would; bitcode unchanged."""
    prefix = b"; ModuleID = '"
    if not data.startswith(prefix):
        return data
    _, _, rest = data.partition(b"\n")
    return prefix + name.encode() + b"'\n" + rest


# ---------------------------------------------------------------------------------------------
# the advisor


def _advise(module: IR | wrapping.Source, settings: Settings) -> str | IR | None:
    """The advisor's answer for ``module``: a pass list (opt-22 then runs it on the input, writing the
    output as for the user's request), a module to take as it is, or None; raises on any failure.

    The advisor is imported only when asked, so that a missing or broken advisor only costs its
    answer, and tests can replace this function. It runs through the warm server when
    ``settings.server`` says so and the module is size-ready, else in this process (``prepare`` is
    off: the module is optimised as it is). Its answer is a pass list, not its printed module: opt-22
    writing the result itself keeps the use-list order that code generation depends on (on
    make_project's text.c one list gives 847 bytes of code that way, 867 after a text round trip).
    """
    pipeline = os.environ.get(PIPELINE_ENV)
    if pipeline:
        return pipeline
    s = wrapping.suggestion(module, settings, PROG, prepare=False, keep_output=False)
    return None if s.fallback else s.pipeline  # -Oz itself: opt-22's own output is the answer


# ---------------------------------------------------------------------------------------------
# object size: what the build's next step makes of the bytes written


def find_llc(opt: str) -> str:
    """``$LLMOPT_LLC``, else the llc beside opt-22's real binary, else llc-22 on PATH."""
    return wrapping.llvm_tool("llc", "LLMOPT_LLC", near=opt)


def object_size(llc: str, data: bytes, timeout: float) -> int:
    """Bytes of the executable sections of the object ``llc-22 -filetype=obj -relocation-model=pic``
    (``static`` for a module that records no PIC level: -fno-pic) makes of ``data`` (IR text or
    bitcode, exactly as it would be written); LlmoptError when llc fails or the object is not ELF."""
    from llmcompiler.llvm.libllvm import executable_bytes

    try:
        proc = subprocess.run([tool_argv0(llc), "-filetype=obj", f"-relocation-model={relocation_model(data)}",
                               "-o", "-", "-"],
                              executable=llc, input=data, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise LlmoptError(f"llc-22 timed out after {timeout:g} s") from None
    if proc.returncode != 0:
        raise LlmoptError(f"llc-22 cannot compile it: {one_line(proc.stderr.decode(errors='replace'))}")
    return executable_bytes(proc.stdout)


# ---------------------------------------------------------------------------------------------
# the result cache
#
# The entry body is opt-22's stderr followed by the output; the header records the output's
# instruction count where the answer counted it (null where bytes decided without parsing), which a
# hit recomputes (the module must parse, verify and have that many).
# The context: llmopt's version, opt-22 (and llc-22 for the text metric) with the libraries they
# load, opt's argv without file names, the level, the output format, k, the metric, the model
# files, LLMOPT_PIPELINE, the module name where opt copies it in.


def cache_context(req: Request, data: bytes, settings: Settings, opt: str) -> dict:
    """Everything besides the input bytes that decides the output, as recorded in an entry's header."""
    argv = list(req.argv)
    if req.input_at is not None:
        argv[req.input_at] = "<input>"
    if req.output_at is not None:
        del argv[req.output_at[0] : req.output_at[1]]
    is_text = not data.startswith((b"BC\xc0\xde", b"\xde\xc0\x17\x0b"))
    # opt copies the input's name into a text module without source_filename
    name = req.input_name if is_text and not re.search(rb"^source_filename = ", data, re.M) else ""
    context = {**wrapping.advisor_context(settings), "opt": tool_identity(opt), "argv": argv, "level": req.level,
               "text": req.text, "name": name}
    if settings.metric == "text":
        try:
            context["llc"] = tool_identity(find_llc(opt))
        except LlmoptError:
            context["llc"] = "missing"
    return context


def entry_key(context: dict, input_sha256: str) -> str:
    return wrapping.entry_key(CACHE_MAGIC, context, input_sha256)


def cache_key(req: Request, data: bytes, settings: Settings, opt: str) -> str:
    """The key of the entry for this request and input."""
    return entry_key(cache_context(req, data, settings, opt), hashlib.sha256(data).hexdigest())


def encode_entry(context: dict, input_sha256: str, info: dict, stderr: bytes, output: bytes) -> bytes:
    """An entry's bytes; ``info`` holds the output's instruction count and how it was chosen."""
    return wrapping.encode_entry(CACHE_MAGIC, context, input_sha256,
                                 {**info, "stderr": len(stderr), "size": len(output)}, stderr + output)


def decode_entry(raw: bytes, context: dict, input_sha256: str, as_text: bool,
                 measure=None) -> tuple[dict, bytes, bytes] | None:
    """(header, opt's stderr, output) of an entry that answers this very request, else None. An entry
    whose count was not recorded (bytes decided without parsing) must have the recorded size in
    bytes instead: ``measure(output)`` (llc, as when it was chosen) must give it again."""
    from llmcompiler.llvm import ir

    found = wrapping.decode_entry(CACHE_MAGIC, raw, context, input_sha256)
    if found is None:
        return None
    info, body = found
    try:
        n_err, size, count = info["stderr"], info["size"], info["count"]
        if not all(type(x) is int and x >= 0 for x in (n_err, size)) or len(body) != n_err + size:
            return None
        if count is not None and not (type(count) is int and count >= 0):
            return None
        out = body[n_err:]
        if out.startswith(ir.BITCODE_MAGIC) == as_text:
            return None
        parsed = ir.parse(out, "<cache entry>")  # parses and verifies
        if count is not None and parsed.count != count:  # and has the size recorded: in instructions,
            return None
        if count is None:  # or in bytes
            value = info.get("advisor") if info.get("chosen") == "advisor" else info.get("opt")
            if info.get("unit") != "bytes" or type(value) is not int or measure is None or measure(out) != value:
                return None
        return info, body[:n_err], out
    except Exception:  # noqa: BLE001 - any doubt about an entry is a miss, never a broken build
        return None


# ---------------------------------------------------------------------------------------------
# a size request, end to end


@dataclass
class Answer:
    """The output chosen for one size request and how it was chosen (for --llmopt-verbose)."""

    data: bytes
    count: int | None  # IR instructions of ``data`` (what a cache hit checks again)
    opt_value: int | None = None  # opt-22's output in the metric
    advisor_value: int | None = None  # the advisor's module in the metric
    chosen: str = "opt-22"
    problem: str | None = None  # an internal failure: printed, and the answer is not cached
    unit: str = "instructions"


def retarget(source: IR, ref: dict[str, str]) -> IR:
    """The input with opt-22's target (``-mtriple`` changes it), so the advisor optimises for it."""
    from llmcompiler.llvm import ir

    keys = _HEADER_KEYS[1:]
    if all(header(source.text).get(k) == ref.get(k) for k in keys):
        return source
    return ir.parse(with_header(source.text, ref, keys), source.name)


def read_input(req: Request) -> bytes:
    if req.input == "-":
        return sys.stdin.buffer.read()
    return Path(req.input).read_bytes()


def advise_early(req: Request, data: bytes, settings: Settings) -> wrapping.Advice | None:
    """Start the advisor on the input as it is, before opt-22 runs the user's request: the two work at
    once. :func:`choose` takes its answer when opt-22's output keeps the input's target (it always
    does unless the request retargets, e.g. ``-mtriple``), else it asks again. IR text goes to the
    advisor as read (a :class:`~llmcompiler.tools.wrapping.Source`: the warm server parses it, so
    this process loads no LLVM before the request is sent); bitcode is parsed first. None when the
    input does not parse or has no code (``choose`` reports what it must), or with
    ``LLMOPT_PIPELINE`` (nothing to wait for)."""
    from llmcompiler.llvm import irtext

    if os.environ.get(PIPELINE_ENV):
        return None
    if any(re.search(r"triple|data-?layout", a, re.I) for a in req.argv):
        return None  # the request retargets: the advisor must see opt-22's target, known once it has run
    source = wrapping.Source(data, req.input_name)
    try:
        if source.is_text:
            if irtext.count_instructions(source.text) == 0:
                return None
        else:
            source = source.parse()
            if source.count == 0:
                return None
    except (LlmoptError, UnicodeDecodeError):
        return None
    return wrapping.Advice(_advise, source, settings)


def choose(opt: str, req: Request, data: bytes, produced: bytes, settings: Settings,
           early: wrapping.Advice | None = None) -> Answer:
    """opt-22's output, or the advisor's when it is strictly smaller in the metric (for ``text``,
    measured on the very bytes each would write) and opt-22 accepts it. ``early``: the advisor
    started on the input (:func:`advise_early`), used when the input needs no retargeting.

    In bytes with ``early`` (the request keeps the input's target, and the input has code), nothing
    here parses a module: llc measures both outputs, and the header opt-22 writes is the input's; so
    no LLVM is loaded in this process. Otherwise opt-22's output is parsed for its count and target."""
    in_bytes = settings.metric == "text"
    unit = "bytes" if in_bytes else "instructions"
    light = in_bytes and early is not None
    reference = None
    if light:
        base = Answer(produced, None, unit=unit)
    else:
        from llmcompiler.llvm import ir

        try:
            reference = ir.parse(produced, req.input_name)
        except LlmoptError as e:
            return Answer(produced, None, problem=f"cannot count opt-22's output ({e})")
        if reference.count == 0:  # an empty or declaration-only module: nothing can be strictly smaller
            return Answer(produced, 0, 0)
        base = Answer(produced, reference.count, reference.count, unit=unit)
    if in_bytes:
        try:
            llc = find_llc(opt)
            base.opt_value = object_size(llc, produced, settings.timeout)
        except LlmoptError as e:
            base.problem = f"cannot measure the object size of opt-22's output ({one_line(str(e))})"
            return base
    try:
        if light:
            original = source = early.module
            ref_header = header(original.text)
        else:
            ref_header = header(reference.text)
            original = early.module if early is not None else ir.parse(data, req.input_name)
            source = retarget(original, ref_header)
    except (LlmoptError, UnicodeDecodeError) as e:
        base.problem = f"cannot give the input to the advisor ({e})"
        return base
    if early is not None and source is original:
        found, why = early.result(grace=TIMEOUT_GRACE)
    else:
        found, why = advise_guarded(_advise, source, settings, grace=TIMEOUT_GRACE)
    if why:
        base.problem = why
        return base
    if found is None:
        return base
    try:
        if isinstance(found, str):  # a pass list: opt-22 writes its result as it writes the user's
            better = run_pipeline(opt, req, data, found, settings.timeout)
            count = None if light else count_of(better, req.input_name)
        else:
            if not in_bytes and found.count >= reference.count:
                base.advisor_value = found.count
                return base
            better = reassemble(opt, with_header(found.text, ref_header), req.text)
            if req.text:
                better = set_module_id(better, req.input_name)
            count = count_of(better, req.input_name)
            if count != found.count:
                raise LlmoptError("the advisor's module changed when opt-22 re-read it")
        value = object_size(llc, better, settings.timeout) if in_bytes else count
    except (LlmoptError, OSError, UnicodeDecodeError) as e:
        base.problem = f"advisor's module not used: {e}"
        return base
    if value >= base.opt_value:
        base.advisor_value = value
        return base
    return Answer(better, count, base.opt_value, value, chosen="advisor", unit=unit)


def count_of(data: bytes, name: str) -> int:
    """IR instructions of a module opt-22 wrote (it parses and verifies)."""
    from llmcompiler.llvm import ir

    return ir.parse(data, name).count


def describe(req: Request, answer: Answer, cached: bool = False) -> str:
    """The --llmopt-verbose line for one file."""
    adv = "-" if answer.advisor_value is None else str(answer.advisor_value)
    opt_value = "-" if answer.opt_value is None else str(answer.opt_value)
    tail = " (cached)" if cached else ""
    return (f"{req.input_name}: opt-22 -{req.level} {opt_value} {answer.unit}, advisor {adv}, "
            f"chosen {answer.chosen}{tail}")


def size_request(opt: str, req: Request, settings: Settings) -> int:
    """Answer a size request: opt-22's output or the advisor's, whichever is smaller."""
    data = read_input(req)
    cache = CacheDir.open(settings.cache_dir, PROG) if settings.cache else None
    try:
        return _answer(opt, req, settings, data, cache)
    finally:
        if cache is not None:
            cache.close()


def _answer(opt: str, req: Request, settings: Settings, data: bytes, cache: CacheDir | None) -> int:
    digest = hashlib.sha256(data).hexdigest()
    context = cache_context(req, data, settings, opt) if cache is not None else {}
    key = entry_key(context, digest)
    raw = cache.read(key) if cache is not None else None
    hit = None
    if raw is not None:
        def measure(out: bytes) -> int:
            return object_size(find_llc(opt), out, settings.timeout)

        hit = decode_entry(raw, context, digest, req.text, measure)
    if hit is not None:
        info, err, out = hit
        wrapping.write_stderr(err)
        write_output(req.output, set_module_id(out, req.input_name))
        if settings.verbose:
            cached = Answer(out, info.get("count"), info.get("opt"), info.get("advisor"), info.get("chosen", "opt-22"),
                            unit=info.get("unit", "instructions"))
            note(describe(req, cached, True))
        return 0
    early = advise_early(req, data, settings)  # the advisor works while opt-22 runs the request
    run = run_opt(opt, req, data)
    wrapping.write_stderr(run.stderr)
    if run.returncode != 0 or run.output is None:
        return run.returncode or 1
    try:
        answer = choose(opt, req, data, run.output, settings, early)
    except Exception as e:  # noqa: BLE001 - a bug here must not break the build either
        answer = Answer(run.output, None, problem=f"internal error ({type(e).__name__}: {one_line(str(e))})")
    write_output(req.output, answer.data)
    if answer.problem:
        counts = f" ({answer.count} instructions)" if answer.count is not None else ""
        note(f"{req.input_name}: {answer.problem}; kept opt-22's output{counts}")
    elif settings.verbose:
        note(describe(req, answer))
    if cache is not None and not answer.problem:  # (count: None where no module was parsed)
        info = {"opt": answer.opt_value, "advisor": answer.advisor_value, "chosen": answer.chosen,
                "count": answer.count, "unit": answer.unit}
        cache.write(key, encode_entry(context, digest, info, run.stderr, answer.data))
    return 0


# ---------------------------------------------------------------------------------------------
# entry point


def print_version(opt: str) -> int:
    proc = subprocess.run([tool_argv0(opt), "--version"], executable=opt, capture_output=True, timeout=60)
    sys.stdout.buffer.write(proc.stdout)
    sys.stdout.write(f"{PROG} {VERSION} (llmopt advisor for -Oz/-Os; other requests run {opt})\n")
    sys.stdout.flush()
    wrapping.write_stderr(proc.stderr)
    return proc.returncode


def run(argv: list[str], replace_process: bool = False) -> int:
    """Everything :func:`main` does, raising LlmoptError for one-line errors.

    The advisor's settings are read and checked only for a size request: a pass-through never
    depends on them.
    """
    ours, rest = split_argv(argv)
    if "help" in ours or any(a in ("--help", "-help") for a in rest):
        sys.stdout.write(HELP + "\n")
        sys.stdout.flush()
        return 0
    opt = find_opt()
    if any(a in ("--version", "-version") for a in rest):
        return print_version(opt)
    req = check_io(classify(rest)) if not is_disabled(ours) else Request(rest, reason="disabled")
    if req.reason:
        return wrapping.passthrough(opt, rest, replace_process)
    try:
        settings = load_settings(ours)
    except LlmoptError as e:  # a bad setting never breaks the build: opt-22's own output, one line
        note(f"{e}; running opt-22 alone")
        return wrapping.passthrough(opt, rest, replace_process)
    return size_request(opt, req, settings)


def main(argv: list[str] | None = None) -> int:
    """``llmopt-opt`` entry point; ``argv`` None means the real command line (opt may replace us).
    Signals, closed pipes and one-line errors: :func:`llmcompiler.tools.wrapping.cli_main`."""
    return wrapping.cli_main(PROG, run, argv)


if __name__ == "__main__":
    sys.exit(main())
