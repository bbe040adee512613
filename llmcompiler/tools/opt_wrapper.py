"""``llmopt-opt``: a drop-in replacement for LLVM's ``opt`` that asks the advisor on size requests.

    llmopt-opt [opt options] [INPUT|-] [-o OUTPUT|-]

* A *size request* (exactly one of ``-Oz``, ``-Os``, ``-passes=default<Oz>``, ``-passes=default<Os>``
  and otherwise only ``-S``, ``-f``, ``-o``, ``-mtriple`` and one input) is answered like this: the
  real opt-22 runs with the user's argv, writing to a temporary file; the advisor
  (:func:`llmcompiler.tools.advisor.suggest`) optimises the same input; its module is taken only when it
  has *strictly* fewer IR instructions than opt-22's output and opt-22 accepts it; otherwise the
  output is opt-22's, byte for byte. The result is written atomically, in opt's format (text with
  ``-S``, else bitcode), to ``-o`` or standard output, and kept in an on-disk cache (see
  :class:`CacheDir`: a directory of the user's own, an entry used only when it records this very input
  and request and its module still parses, verifies and has the recorded size).
* Everything else (other levels, other pipelines, unknown options, ``--disable-output``, bitcode to a
  terminal, an output opt may not write, ...) is handed to opt-22 with the same argv, so output,
  messages and exit status are opt's; the advisor's settings play no part in it.
* It never breaks a build: if the advisor is missing, fails, or times out, the output is opt-22's and
  one line on stderr (``llmopt-opt: ...``) says what happened. If opt-22 itself fails (invalid IR),
  its stderr and exit status are passed on and no output is written.
* It leaves nothing behind: opt-22's output comes back through a pipe, not a temporary file; on
  SIGINT, SIGTERM or SIGHUP it ends its child processes and dies of the same signal, with no traceback
  and no output file; a closed standard output ends it quietly, as SIGPIPE ends opt.

Options of its own (``--llmopt-*``, also settable through ``LLMOPT_*`` environment variables) are
removed before opt-22 sees the command line; see :data:`HELP`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import secrets
import signal
import stat
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from llmcompiler import __version__
from llmcompiler.defaults import DEFAULT_MODEL, DEFAULT_TIMEOUT
from llmcompiler.errors import LlmoptError, one_line
from llmcompiler.llvm.toolchain import find_opt

if TYPE_CHECKING:
    from llmcompiler.llvm.ir import IR

PROG = "llmopt-opt"
SIZE_LEVELS = {"Oz": "Oz", "Os": "Os", "default<Oz>": "Oz", "default<Os>": "Os"}
LEVEL_FLAGS = ("O0", "O1", "O2", "O3", "Os", "Oz")
DEFAULT_K = 8
TIMEOUT_GRACE = 1.0  # seconds the advisor may overrun its own timeout before it is abandoned
CACHE_MAGIC = b"llmopt-opt cache 2\n"
# A fixed pass list instead of the model (a build without torch, a list found once by `llmopt tune`):
# still checked against opt-22's output and taken only when strictly smaller.
PIPELINE_ENV = "LLMOPT_PIPELINE"

HELP = f"""\
OVERVIEW: {PROG}: a drop-in replacement for opt-22 that asks the llmopt advisor on size requests

USAGE: {PROG} [options] [<input file>|-] [-o <output file>|-]

Size requests (exactly one of -Oz, -Os, -passes=default<Oz>, -passes=default<Os>, with only -S, -f,
-o and -mtriple besides) run opt-22 and the advisor; the advisor's module is used only when it has
strictly fewer IR instructions than opt-22's output, so the result is never larger than opt-22's.
Every other command line is run by opt-22 unchanged.

{PROG} OPTIONS (removed before opt-22 runs):
  --llmopt-k=N             candidates the advisor proposes (default {DEFAULT_K}; env LLMOPT_K)
  --llmopt-model=PATH      model directory (default: the embedded model; env LLMOPT_MODEL)
  --llmopt-timeout=SECONDS give up on the advisor after this long (default {DEFAULT_TIMEOUT:g}; env LLMOPT_TIMEOUT)
  --llmopt-no-cache        neither read nor write the result cache (env LLMOPT_NO_CACHE=1)
  --llmopt-verbose         one line per file on stderr: opt-22's count, the advisor's, the choice
  --llmopt-disable         pure pass-through to opt-22 (env LLMOPT_DISABLE=1)

ENVIRONMENT:
  LLMOPT_K, LLMOPT_MODEL, LLMOPT_TIMEOUT, LLMOPT_NO_CACHE=1, LLMOPT_DISABLE=1, LLMOPT_VERBOSE=1
  LLMOPT_CACHE_DIR         result cache (default $XDG_CACHE_HOME/llmopt, else ~/.cache/llmopt; created
                           0700; not used, with a warning, when it is not yours or others may write it)
  LLMOPT_PIPELINE          a fixed pass list instead of the model, e.g. 'iroutliner,default<Oz>'
                           (still taken only when smaller than opt-22's output)
  LLMOPT_OPT               the opt binary to use (default opt-22)

All other options are opt-22's: see `opt-22 --help`."""


# ---------------------------------------------------------------------------------------------
# settings: --llmopt-* options and LLMOPT_* environment variables


@dataclass(frozen=True)
class Settings:
    """llmopt-opt's own configuration (command line over environment over defaults)."""

    k: int = DEFAULT_K
    model: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    cache: bool = True
    cache_dir: Path = field(default_factory=lambda: default_cache_dir())
    verbose: bool = False
    disabled: bool = False


_VALUED = {"k", "model", "timeout"}
_FLAGS = {"no-cache", "verbose", "disable"}


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def _positive(kind: type, name: str, value: str) -> int | float:
    """Parse a positive int or float setting, or raise LlmoptError naming it."""
    try:
        number = kind(value)
    except ValueError:
        number = 0
    if not (number > 0 and math.isfinite(number)):
        what = "a positive integer" if kind is int else "a positive number of seconds"
        raise LlmoptError(f"{name}: expected {what}, got {value!r}")
    return number


def split_argv(argv: list[str]) -> tuple[dict[str, str], list[str]]:
    """Separate ``--llmopt-*`` options (name -> value, '' for flags) from opt's argv."""
    ours: dict[str, str] = {}
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        m = re.fullmatch(r"--?llmopt-([a-z-]+)(?:=(.*))?", arg, re.S)
        if not m:
            rest.append(arg)
            i += 1
            continue
        name, value = m.group(1), m.group(2)
        if name in _VALUED:
            if value is None:
                if i + 1 >= len(argv):
                    raise LlmoptError(f"--llmopt-{name} needs a value")
                i += 1
                value = argv[i]
        elif name in _FLAGS:
            if value is not None:
                raise LlmoptError(f"--llmopt-{name} takes no value")
            value = ""
        else:
            raise LlmoptError(f"unknown option --llmopt-{name} (see {PROG} --help)")
        ours[name] = value
        i += 1
    return ours, rest


def default_cache_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The user's own cache: ``$XDG_CACHE_HOME/llmopt`` (an absolute one), else ``~/.cache/llmopt``."""
    xdg = env.get("XDG_CACHE_HOME") or ""
    base = Path(xdg) if os.path.isabs(xdg) else Path(os.path.expanduser("~")) / ".cache"
    return base / "llmopt"


def is_disabled(ours: dict[str, str], env: Mapping[str, str] = os.environ) -> bool:
    """``--llmopt-disable`` or ``LLMOPT_DISABLE``: read on its own, before any other setting is checked."""
    return "disable" in ours or _truthy(env.get("LLMOPT_DISABLE"))


def load_settings(ours: dict[str, str], env: Mapping[str, str] = os.environ) -> Settings:
    """Settings from parsed ``--llmopt-*`` options, then the environment, then the defaults."""
    k = ours.get("k", env.get("LLMOPT_K") or str(DEFAULT_K))
    timeout = ours.get("timeout", env.get("LLMOPT_TIMEOUT") or str(DEFAULT_TIMEOUT))
    model = ours.get("model", env.get("LLMOPT_MODEL") or None)
    cache_dir = env.get("LLMOPT_CACHE_DIR")
    return Settings(
        k=int(_positive(int, "--llmopt-k" if "k" in ours else "LLMOPT_K", k)),
        model=model or None,
        timeout=float(_positive(float, "--llmopt-timeout" if "timeout" in ours else "LLMOPT_TIMEOUT", timeout)),
        cache=not ("no-cache" in ours or _truthy(env.get("LLMOPT_NO_CACHE"))),
        cache_dir=Path(cache_dir).expanduser() if cache_dir else default_cache_dir(env),
        verbose="verbose" in ours or _truthy(env.get("LLMOPT_VERBOSE")),
        disabled=is_disabled(ours, env),
    )


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
        elif name in LEVEL_FLAGS and value is None:
            pipeline.append(name)
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


def _argv0(opt: str) -> str:
    """opt's argv[0]: its file name, as when a build runs ``opt-22`` from PATH (LLVM prefixes its
    messages with it, so they read the same as opt-22's)."""
    return os.path.basename(opt)


def passthrough(opt: str, argv: list[str], replace_process: bool) -> int:
    """Run opt with exactly ``argv``: replacing this process (CLI) or as a child (in-process calls)."""
    sys.stdout.flush()
    sys.stderr.flush()
    if replace_process:
        # Python ignores SIGPIPE and SIGXFSZ, and exec keeps ignored signals ignored: give opt the
        # dispositions it has when a shell runs it (a closed pipe ends it quietly)
        for name in ("SIGPIPE", "SIGXFSZ"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        os.execv(opt, [_argv0(opt), *argv])
    code = subprocess.call([_argv0(opt), *argv], executable=opt)
    return code if code >= 0 else 128 - code


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
    proc = subprocess.run([_argv0(opt), *argv], executable=opt, input=data if req.input == "-" else None,
                          stdin=None if req.input == "-" else subprocess.DEVNULL, capture_output=True)
    code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return OptRun(code, proc.stdout if code == 0 else None, proc.stderr)


def reassemble(opt: str, text: str, as_text: bool) -> bytes:
    """Have opt-22 (no passes) verify IR text and write it in the requested format."""
    cmd = [_argv0(opt), "-", "-o", "-"] + (["-S"] if as_text else [])
    proc = subprocess.run(cmd, executable=opt, input=text.encode(), capture_output=True)
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


def _advise(module: IR, settings: Settings) -> IR | None:
    """The advisor's optimised module for ``module`` (or None); raises on any failure.

    Imported here, not at module level, so that a missing or broken advisor only costs the
    advisor's answer, and so that tests can replace this function.
    """
    pipeline = os.environ.get(PIPELINE_ENV)
    if pipeline:
        return _pipeline_advisor(module, pipeline, settings.timeout)
    model = model_path(settings)
    if not model.exists():  # say so before the advisor spends seconds importing torch
        raise LlmoptError(f"model not found: {model}")
    from llmcompiler.tools.advisor import suggest

    s = suggest(module, k=settings.k, model=settings.model, prepare=False, keep_output=True,
                timeout=settings.timeout)
    return s.output


def _pipeline_advisor(module: IR, pipeline: str, timeout: float) -> IR:
    """The fixed-list advisor (``LLMOPT_PIPELINE``): opt-22 running one pipeline."""
    from llmcompiler.llvm import ir
    from llmcompiler.llvm.backends import OptBackend

    return ir.parse(OptBackend().run(module.text, pipeline, timeout=timeout), module.name)


_abandoned: list[threading.Thread] = []  # advisor threads that overran their timeout
# advisor threads not finished yet, each with the event it sets when done (abandoned ones included;
# Thread.is_alive cannot be trusted here: a join interrupted by a signal marks a running thread stopped)
_running: list[tuple[threading.Thread, threading.Event]] = []


class StopAdvisor(BaseException):
    """Raised inside a running advisor thread when the build is interrupted, so that it unwinds (its
    ``finally`` blocks remove its temporary files) instead of starting more work."""


def stop_advisors(wait: float = 1.0) -> None:
    """Stop the advisor threads still running: raise :class:`StopAdvisor` in each (CPython delivers it
    at the thread's next Python instruction), kill the child processes they wait for (so they get
    there), give them ``wait`` seconds to unwind, and kill any child started meanwhile."""
    import ctypes
    import time

    running = [(t, done) for t, done in _running if not done.is_set() and t.ident is not None]
    for t, _ in running:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(t.ident), ctypes.py_object(StopAdvisor))
    end_children()
    deadline = time.monotonic() + wait
    for _, done in running:
        done.wait(max(0.0, deadline - time.monotonic()))
    if running:
        end_children()


def advise_guarded(module: IR, settings: Settings) -> tuple[IR | None, str | None]:
    """(module, None) from the advisor, or (None, why) when it raised or overran its timeout."""
    box: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            box["out"] = _advise(module, settings)
        except BaseException as e:  # noqa: BLE001 - any failure means: keep opt-22's output
            box["err"] = e
        finally:
            done.set()

    thread = threading.Thread(target=work, name="llmopt-advisor", daemon=True)
    _running.append((thread, done))
    thread.start()
    if not done.wait(settings.timeout + TIMEOUT_GRACE):
        _abandoned.append(thread)
        return None, f"advisor timed out after {settings.timeout:g} s"
    _running.remove((thread, done))
    err = box.get("err")
    if isinstance(err, ImportError):
        return None, f"advisor unavailable ({one_line(str(err)) or type(err).__name__})"
    if isinstance(err, LlmoptError):
        return None, f"advisor failed: {one_line(str(err))}"
    if err is not None:
        detail = one_line(str(err))
        return None, f"advisor crashed ({type(err).__name__}{': ' + detail if detail else ''})"
    return box.get("out"), None  # type: ignore[return-value]


def model_path(settings: Settings) -> Path:
    """The model directory the advisor will load: ``--llmopt-model``, else the embedded default."""
    return Path(settings.model).expanduser().resolve() if settings.model else DEFAULT_MODEL


# ---------------------------------------------------------------------------------------------
# the result cache
#
# One file per entry, <cache>/<key[:2]>/<key[2:]>.bin: CACHE_MAGIC, a JSON header line, then the body
# (opt-22's stderr followed by the output). The key is a hash of the request's *context* (llmopt's
# version, opt-22 and the libLLVM it runs, opt's argv without file names, the level, the output
# format, k, the model files, LLMOPT_PIPELINE, the module name where opt copies it in) and of the
# input's sha256; the header records both again. An entry is used only when it lies in directories
# of the user's own that nobody else may write (CacheDir), its header records this very input and
# context, its body has the recorded length and sha256, and its module parses, passes the LLVM
# verifier and has the recorded number of instructions. Anything else is a miss (recomputed and
# overwritten), so a stale, truncated or swapped entry cannot reach the build.


def _file_identity(path: Path) -> str:
    """A file's path, size, mtime, ctime and inode: any replacement or rewrite changes it."""
    try:
        st = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def model_identity(settings: Settings) -> str:
    """The model's resolved path plus the identity of every file in it (its weights)."""
    root = model_path(settings)
    if not root.is_dir():
        return _file_identity(root)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return "\n".join([str(root), *(_file_identity(p) for p in files)])


def tool_identity(opt: str) -> list[str]:
    """opt-22 as it will run: its resolved binary and the libLLVM shared libraries next to it (Debian's
    opt-22 is a small program linked against libLLVM.so.22)."""
    real = Path(os.path.realpath(opt))
    libs = sorted({os.path.realpath(p) for p in (real.parent.parent / "lib").glob("libLLVM*.so*")})
    return [_file_identity(real), *(_file_identity(Path(p)) for p in libs)]


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
    return {
        "llmopt": __version__,
        "opt": tool_identity(opt),
        "argv": argv,
        "level": req.level,
        "text": req.text,
        "k": settings.k,
        "model": hashlib.sha256(model_identity(settings).encode()).hexdigest(),
        "pipeline": os.environ.get(PIPELINE_ENV, ""),
        "name": name,
    }


def entry_key(context: dict, input_sha256: str) -> str:
    """The entry's file name: sha256 over the context and the input's hash."""
    h = hashlib.sha256(CACHE_MAGIC)
    h.update(json.dumps(context, sort_keys=True).encode() + b"\0" + input_sha256.encode())
    return h.hexdigest()


def cache_key(req: Request, data: bytes, settings: Settings, opt: str) -> str:
    """The key of the entry for this request and input."""
    return entry_key(cache_context(req, data, settings, opt), hashlib.sha256(data).hexdigest())


def encode_entry(context: dict, input_sha256: str, info: dict, stderr: bytes, output: bytes) -> bytes:
    """An entry's bytes; ``info`` holds the output's instruction count and how it was chosen."""
    body = stderr + output
    head = {**info, "input": input_sha256, "context": context, "stderr": len(stderr), "size": len(output),
            "sha256": hashlib.sha256(body).hexdigest()}
    return CACHE_MAGIC + json.dumps(head, sort_keys=True).encode() + b"\n" + body


def decode_entry(raw: bytes, context: dict, input_sha256: str, as_text: bool) -> tuple[dict, bytes, bytes] | None:
    """(header, opt's stderr, output) of an entry that answers this very request, else None."""
    from llmcompiler.llvm import ir

    try:
        if not raw.startswith(CACHE_MAGIC):
            return None
        head, _, body = raw[len(CACHE_MAGIC) :].partition(b"\n")
        info = json.loads(head)
        n_err, size, count = info["stderr"], info["size"], info["count"]
        if not all(type(x) is int and x >= 0 for x in (n_err, size, count)):
            return None
        if len(body) != n_err + size or hashlib.sha256(body).hexdigest() != info["sha256"]:
            return None
        if info["input"] != input_sha256 or info["context"] != context:
            return None  # another input's entry, or one made by another opt, model, k, level...
        out = body[n_err:]
        if out.startswith(ir.BITCODE_MAGIC) == as_text:
            return None
        if ir.parse(out, "<cache entry>").count != count:  # parses, verifies, is the size recorded
            return None
        return info, body[:n_err], out
    except Exception:  # noqa: BLE001 - any doubt about an entry is a miss, never a broken build
        return None


def _unsafe(st: os.stat_result, directory: bool = True) -> str | None:
    """Why a cache directory or entry with this status must not be used, or None."""
    if directory and not stat.S_ISDIR(st.st_mode):
        return "is not a directory"
    if not directory and not stat.S_ISREG(st.st_mode):
        return "is not a regular file"
    me = os.geteuid()
    if st.st_uid != me:
        return f"belongs to uid {st.st_uid}, not to you (uid {me})"
    mode = stat.S_IMODE(st.st_mode)
    if mode & 0o022:
        who = "group and others" if mode & 0o022 == 0o022 else "others" if mode & 0o002 else "its group"
        return f"is writable by {who} (mode {mode:04o})"
    return None


_OPEN_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC


class CacheDir:
    """The result cache directory, opened once per run.

    It is used only when it belongs to this user and neither group nor others may write it, and so
    are its entry subdirectories and entries; otherwise one warning goes to stderr and the build goes
    on without the cache. A missing directory is created with mode 0700. Every access after the
    check goes through the open directory's descriptor (``dir_fd``, no symbolic link followed), so
    renaming or replacing anything on its path afterwards cannot redirect a read or a write.
    """

    def __init__(self, path: Path, fd: int):
        self.path, self.fd, self.usable = path, fd, True

    @classmethod
    def open(cls, path: Path) -> CacheDir | None:
        try:
            os.makedirs(path, mode=0o700, exist_ok=True)
            st = os.stat(path)
        except OSError:
            return None  # e.g. a read-only home: no cache, and nothing to say on every build
        why = _unsafe(st)
        if why is None:
            try:
                fd = os.open(path, _OPEN_DIR)
            except OSError:
                return None
            why = _unsafe(os.fstat(fd))  # the directory actually opened, not just the one checked
            if why is None:
                return cls(path, fd)
            os.close(fd)
        _warn_cache(path, why)
        return None

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def _refuse(self, rel: str, why: str) -> None:
        if self.usable:
            _warn_cache(self.path / rel, why)
        self.usable = False

    def _subdir(self, name: str, create: bool) -> int | None:
        if create:
            try:
                os.mkdir(name, 0o700, dir_fd=self.fd)
            except FileExistsError:
                pass
        try:
            fd = os.open(name, _OPEN_DIR | os.O_NOFOLLOW, dir_fd=self.fd)
        except FileNotFoundError:
            return None
        except OSError as e:  # a symbolic link, a file, a directory we may not enter
            self._refuse(name, f"cannot be used as a cache directory ({e.strerror})")
            return None
        why = _unsafe(os.fstat(fd))
        if why:
            os.close(fd)
            self._refuse(name, why)
            return None
        return fd

    def read(self, key: str) -> bytes | None:
        """An entry's bytes, or None (absent, or refused: then the cache is off for this run)."""
        if not self.usable:
            return None
        sub, name = key[:2], f"{key[2:]}.bin"
        try:
            subfd = self._subdir(sub, create=False)
        except OSError:
            return None
        if subfd is None:
            return None
        try:
            try:  # O_NONBLOCK: a FIFO planted there must not block the build
                fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=subfd)
            except FileNotFoundError:
                return None
            except OSError as e:
                self._refuse(f"{sub}/{name}", f"cannot be read ({e.strerror})")
                return None
            with os.fdopen(fd, "rb") as f:
                why = _unsafe(os.fstat(f.fileno()), directory=False)
                if why:
                    self._refuse(f"{sub}/{name}", why)
                    return None
                return f.read()
        except OSError:
            return None
        finally:
            os.close(subfd)

    def write(self, key: str, entry: bytes) -> None:
        """Store an entry atomically (a private temporary file renamed over it: safe under make -j);
        errors are ignored."""
        if not self.usable:
            return
        sub, name = key[:2], f"{key[2:]}.bin"
        try:
            subfd = self._subdir(sub, create=True)
        except OSError:
            return
        if subfd is None:
            return
        tmp = f".{name}.{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600, dir_fd=subfd)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(entry)
                os.replace(tmp, name, src_dir_fd=subfd, dst_dir_fd=subfd)
            except BaseException:
                try:
                    os.unlink(tmp, dir_fd=subfd)
                except OSError:
                    pass
                raise
        except OSError:
            pass
        finally:
            os.close(subfd)


def _warn_cache(path: Path, why: str) -> None:
    note(f"warning: cache directory {path} {why}: not using the cache")


# ---------------------------------------------------------------------------------------------
# output


def _write_stderr(data: bytes | str) -> None:
    if not data:
        return
    sys.stderr.flush()
    buf = getattr(sys.stderr, "buffer", None)
    if buf is not None and isinstance(data, bytes):
        buf.write(data)
        buf.flush()
    else:
        sys.stderr.write(data if isinstance(data, str) else data.decode(errors="replace"))
        sys.stderr.flush()


def note(message: str) -> None:
    """One line on stderr, prefixed like every llmopt-opt message."""
    _write_stderr(f"{PROG}: {one_line(message, limit=400)}\n")


def _umask() -> int:
    """The process umask, read without changing it where Linux allows (other threads may run)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_in_place(path: str, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)


def _write_atomic(path: str, data: bytes, mode: int) -> None:
    """A temporary file beside ``path``, given its final mode, then renamed over it."""
    parent = os.path.dirname(path) or "."
    tmp = os.path.join(parent, f".{os.path.basename(path)}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_output(path: str, data: bytes) -> None:
    """Write the final output where and as opt would: standard output for '-'; through a symbolic
    link; in place for a device or a pipe, and for a file whose directory may not be written; else
    atomically (readers under make -j see the old file or the new one). An existing file keeps its
    mode, a new one gets 0666 less the umask, as with opt. A failure raises an OSError naming ``path``
    (never a temporary file) and leaves no temporary file behind."""
    if path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = os.path.realpath(path)  # opt writes through a symbolic link
    try:
        try:
            st: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):  # /dev/null, a pipe: nothing to replace
            _write_in_place(target, data)
        elif st is not None and not os.access(os.path.dirname(target) or ".", os.W_OK | os.X_OK):
            _write_in_place(target, data)  # opt can write this file, so we do, as it does: in place
        else:
            _write_atomic(target, data, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            raise
        raise OSError(e.errno, e.strerror or str(e), path) from None


# ---------------------------------------------------------------------------------------------
# a size request, end to end


@dataclass
class Answer:
    """The output chosen for one size request and how it was chosen (for --llmopt-verbose)."""

    data: bytes
    opt_count: int | None
    advisor_count: int | None = None
    chosen: str = "opt-22"
    problem: str | None = None  # an internal failure: printed, and the answer is not cached


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


def choose(opt: str, req: Request, data: bytes, produced: bytes, settings: Settings) -> Answer:
    """opt-22's output, or the advisor's module when it is strictly smaller and opt-22 accepts it."""
    from llmcompiler.llvm import ir

    try:
        reference = ir.parse(produced, req.input_name)
    except LlmoptError as e:
        return Answer(produced, None, problem=f"cannot count opt-22's output ({e})")
    if reference.count == 0:  # an empty or declaration-only module: nothing can be strictly smaller
        return Answer(produced, 0)
    ref_header = header(reference.text)
    try:
        source = retarget(ir.parse(data, req.input_name), ref_header)
    except LlmoptError as e:
        return Answer(produced, reference.count, problem=f"cannot give the input to the advisor ({e})")
    found, why = advise_guarded(source, settings)
    if why:
        return Answer(produced, reference.count, problem=why)
    if found is None:
        return Answer(produced, reference.count)
    if found.count >= reference.count:
        return Answer(produced, reference.count, found.count)
    try:
        text = with_header(found.text, ref_header)
        better = reassemble(opt, text, req.text)
        if req.text:
            better = set_module_id(better, req.input_name)
            if ir.count_instructions(better.decode()) != found.count:
                raise LlmoptError("the advisor's module changed when opt-22 re-read it")
    except (LlmoptError, OSError, UnicodeDecodeError) as e:
        return Answer(produced, reference.count, found.count, problem=f"advisor's module not used: {e}")
    return Answer(better, reference.count, found.count, chosen="advisor")


def describe(req: Request, answer: Answer, cached: bool = False) -> str:
    """The --llmopt-verbose line for one file."""
    adv = "-" if answer.advisor_count is None else str(answer.advisor_count)
    opt_count = "-" if answer.opt_count is None else str(answer.opt_count)
    tail = " (cached)" if cached else ""
    return f"{req.input_name}: opt-22 -{req.level} {opt_count} instructions, advisor {adv}, chosen {answer.chosen}{tail}"


def size_request(opt: str, req: Request, settings: Settings) -> int:
    """Answer a size request: opt-22's output or the advisor's, whichever is smaller."""
    data = read_input(req)
    cache = CacheDir.open(settings.cache_dir) if settings.cache else None
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
    hit = decode_entry(raw, context, digest, req.text) if raw is not None else None
    if hit is not None:
        info, err, out = hit
        _write_stderr(err)
        write_output(req.output, set_module_id(out, req.input_name))
        if settings.verbose:
            note(describe(req, Answer(out, info.get("opt"), info.get("advisor"), info.get("chosen", "opt-22")), True))
        return 0
    run = run_opt(opt, req, data)
    _write_stderr(run.stderr)
    if run.returncode != 0 or run.output is None:
        return run.returncode or 1
    try:
        answer = choose(opt, req, data, run.output, settings)
    except Exception as e:  # noqa: BLE001 - a bug here must not break the build either
        answer = Answer(run.output, None, problem=f"internal error ({type(e).__name__}: {one_line(str(e))})")
    write_output(req.output, answer.data)
    if answer.problem:
        counts = f" ({answer.opt_count} instructions)" if answer.opt_count is not None else ""
        note(f"{req.input_name}: {answer.problem}; kept opt-22's output{counts}")
    elif settings.verbose:
        note(describe(req, answer))
    if cache is not None and not answer.problem:
        try:
            from llmcompiler.llvm import ir

            # the count a later hit must find: computed exactly as decode_entry will recompute it
            count = answer.opt_count if answer.chosen == "opt-22" else ir.parse(answer.data).count
            info = {"opt": answer.opt_count, "advisor": answer.advisor_count, "chosen": answer.chosen, "count": count}
            cache.write(key, encode_entry(context, digest, info, run.stderr, answer.data))
        except LlmoptError:
            pass
    return 0


# ---------------------------------------------------------------------------------------------
# entry point: signals, a closed standard output


class Interrupted(BaseException):
    """SIGINT, SIGTERM or SIGHUP, raised in the main thread so that every ``finally`` runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


def _on_signal(signum: int, frame: object) -> None:
    for sig in _SIGNALS:  # one is enough: the rest of the way is cleaning up
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def _install_handlers() -> None:
    for sig in _SIGNALS:
        if signal.getsignal(sig) is not signal.SIG_IGN:  # nohup, `cmd &`: what is ignored stays so
            signal.signal(sig, _on_signal)


def _restore_handlers() -> None:
    for sig in _SIGNALS:
        if signal.getsignal(sig) is _on_signal:
            signal.signal(sig, signal.SIG_DFL)


def _descendants(pid: int) -> list[int]:
    """Process ids of ``pid``'s children, their children and so on (Linux /proc), parents first."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rpartition(b")")[2].split()  # the name may hold spaces and ')'
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def end_children() -> None:
    """Kill every process this one started (opt-22, the advisor's worker, ...), so that none runs on."""
    for pid in _descendants(os.getpid()):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def _die(signum: int) -> None:
    """Stop the advisor and end the children, then this process by ``signum``, as opt ends on it
    (status 128+signum)."""
    for sig in _SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    stop_advisors()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed pipe: nothing more can be said there
            pass
    signal.signal(signum, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signum})
    os.kill(os.getpid(), signum)
    os._exit(128 + signum)


def print_version(opt: str) -> int:
    proc = subprocess.run([_argv0(opt), "--version"], executable=opt, capture_output=True)
    sys.stdout.buffer.write(proc.stdout)
    sys.stdout.write(f"{PROG} {__version__} (llmopt advisor for -Oz/-Os; other requests run {opt})\n")
    sys.stdout.flush()
    _write_stderr(proc.stderr)
    return proc.returncode


def run(argv: list[str], replace_process: bool = False) -> int:
    """Everything :func:`main` does, raising LlmoptError for one-line errors.

    The advisor's settings are read and checked only for a size request: a pass-through never
    depends on them.
    """
    ours, rest = split_argv(argv)
    if any(a in ("--help", "-help") for a in rest):
        sys.stdout.write(HELP + "\n")
        sys.stdout.flush()
        return 0
    opt = find_opt()
    if any(a in ("--version", "-version") for a in rest):
        return print_version(opt)
    req = check_io(classify(rest)) if not is_disabled(ours) else Request(rest, reason="disabled")
    if req.reason:
        return passthrough(opt, rest, replace_process)
    return size_request(opt, req, load_settings(ours))


def _run_reporting(argv: list[str], cli: bool) -> int:
    try:
        return run(argv, replace_process=cli)
    except LlmoptError as e:
        note(f"error: {e}")
    except BrokenPipeError:
        raise
    except OSError as e:
        note(f"error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}")
    return 1


def main(argv: list[str] | None = None) -> int:
    """``llmopt-opt`` entry point; ``argv`` None means the real command line (opt may replace us).

    On the command line, SIGINT, SIGTERM and SIGHUP end the child processes and then this one by the
    same signal (no traceback; the output is written atomically, so none is left half-written), and
    a closed standard output or error ends it by SIGPIPE, quietly, as it ends opt.
    """
    cli = argv is None
    if cli:
        _install_handlers()
    try:
        code = _run_reporting(sys.argv[1:] if cli else list(argv), cli)
        if cli and _abandoned:  # an advisor thread is stuck in native code: do not wait for it
            stop_advisors(wait=0.2)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        if cli:
            _restore_handlers()
        return code
    except Interrupted as e:
        _die(e.signum)
        raise  # not reached
    except KeyboardInterrupt:
        if not cli:
            raise
        _die(signal.SIGINT)
        raise  # not reached
    except BrokenPipeError:
        if cli:
            _die(signal.SIGPIPE)
        return 128 + signal.SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
