"""``llmopt-opt``: a drop-in replacement for LLVM's ``opt`` that asks the advisor on size requests.

    llmopt-opt [opt options] [INPUT|-] [-o OUTPUT|-]

* A *size request* (exactly one of ``-Oz``, ``-Os``, ``-passes=default<Oz>``, ``-passes=default<Os>``
  and otherwise only ``-S``, ``-f``, ``-o``, ``-mtriple`` and one input) is answered like this: the
  real opt-22 runs with the user's argv, writing to a temporary file; the advisor
  (:func:`llmcompiler.tools.advisor.suggest`) optimises the same input; its module is taken only when it
  has *strictly* fewer IR instructions than opt-22's output and opt-22 accepts it; otherwise the
  output is opt-22's, byte for byte. The result is written atomically, in opt's format (text with
  ``-S``, else bitcode), to ``-o`` or standard output, and kept in an on-disk cache.
* Everything else (other levels, other pipelines, unknown options, ``--disable-output``, bitcode to a
  terminal, ...) is handed to opt-22 with the same argv, so output, messages and exit status are opt's.
* It never breaks a build: if the advisor is missing, fails, or times out, the output is opt-22's and
  one line on stderr (``llmopt-opt: ...``) says what happened. If opt-22 itself fails (invalid IR),
  its stderr and exit status are passed on and no output is written.

Options of its own (``--llmopt-*``, also settable through ``LLMOPT_*`` environment variables) are
removed before opt-22 sees the command line; see :data:`HELP`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import stat
import subprocess
import sys
import tempfile
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
CACHE_MAGIC = b"llmopt-opt cache 1\n"
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
  LLMOPT_CACHE_DIR         result cache (default ~/.cache/llmopt/opt)
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
    cache_dir: Path = field(default_factory=lambda: Path.home() / ".cache" / "llmopt" / "opt")
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
        cache_dir=Path(cache_dir).expanduser() if cache_dir else Settings().cache_dir,
        verbose="verbose" in ours or _truthy(env.get("LLMOPT_VERBOSE")),
        disabled="disable" in ours or _truthy(env.get("LLMOPT_DISABLE")),
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
    """Send to opt-22 the size requests whose I/O opt reports on itself (it says it best)."""
    if req.reason:
        return req
    if req.output == "-" and not req.text and not req.force and _stdout_is_tty():
        return _passthrough(req, "bitcode to a terminal")
    if req.input != "-" and not (os.path.isfile(req.input) and os.access(req.input, os.R_OK)):
        return _passthrough(req, "input is not a readable file")
    if req.output != "-":
        parent = os.path.dirname(req.output) or "."
        if not os.path.isdir(parent) or os.path.isdir(req.output):
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
        os.execv(opt, [_argv0(opt), *argv])
    code = subprocess.call([_argv0(opt), *argv], executable=opt)
    return code if code >= 0 else 128 - code


@dataclass(frozen=True)
class OptRun:
    """opt-22's answer to the user's argv: exit status, the output file's bytes, and its messages."""

    returncode: int
    output: bytes | None
    stdout: bytes
    stderr: bytes


def run_opt(opt: str, req: Request, data: bytes, workdir: str) -> OptRun:
    """Run opt-22 with the user's argv, its output redirected to a file in ``workdir``."""
    out = os.path.join(workdir, "opt.out")
    argv = list(req.argv)
    if req.output_at is None:
        argv += ["-o", out]
    else:
        a, b = req.output_at
        argv[a:b] = ["-o", out]
    proc = subprocess.run([_argv0(opt), *argv], executable=opt, input=data if req.input == "-" else None,
                          stdin=None if req.input == "-" else subprocess.DEVNULL, capture_output=True)
    code = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    produced = Path(out).read_bytes() if code == 0 and os.path.exists(out) else None
    return OptRun(code, produced, proc.stdout, proc.stderr)


def reassemble(opt: str, text: str, as_text: bool, workdir: str) -> bytes:
    """Have opt-22 (no passes) verify IR text and write it in the requested format."""
    out = os.path.join(workdir, "advisor.out")
    cmd = [_argv0(opt), "-", "-o", out] + (["-S"] if as_text else [])
    proc = subprocess.run(cmd, executable=opt, input=text.encode(), capture_output=True)
    if proc.returncode != 0:
        raise LlmoptError(f"opt-22 rejects the advisor's module: {one_line(proc.stderr.decode(errors='replace'))}")
    return Path(out).read_bytes()


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


def advise_guarded(module: IR, settings: Settings) -> tuple[IR | None, str | None]:
    """(module, None) from the advisor, or (None, why) when it raised or overran its timeout."""
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["out"] = _advise(module, settings)
        except BaseException as e:  # noqa: BLE001 - any failure means: keep opt-22's output
            box["err"] = e

    thread = threading.Thread(target=work, name="llmopt-advisor", daemon=True)
    thread.start()
    thread.join(settings.timeout + TIMEOUT_GRACE)
    if thread.is_alive():
        _abandoned.append(thread)
        return None, f"advisor timed out after {settings.timeout:g} s"
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


def _file_identity(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def model_identity(settings: Settings) -> str:
    """The model's resolved path plus size and mtime of every file in it (its weights)."""
    root = model_path(settings)
    if not root.is_dir():
        return _file_identity(root)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return "\n".join([str(root), *(_file_identity(p) for p in files)])


def cache_key(req: Request, data: bytes, settings: Settings, opt: str) -> str:
    """sha256 over what decides the output: the input bytes, opt's argv without file names, k, the
    model, opt-22 itself and llmopt's version (plus the input's name where opt copies it into the
    module as ``source_filename``)."""
    argv = list(req.argv)
    if req.input_at is not None:
        argv[req.input_at] = "<input>"
    if req.output_at is not None:
        del argv[req.output_at[0] : req.output_at[1]]
    is_text = not data.startswith((b"BC\xc0\xde", b"\xde\xc0\x17\x0b"))
    name = req.input_name if is_text and not re.search(rb"^source_filename = ", data, re.M) else ""
    h = hashlib.sha256()
    for part in (CACHE_MAGIC, __version__, _file_identity(Path(opt).resolve()), json.dumps(argv),
                 str(settings.k), model_identity(settings), os.environ.get(PIPELINE_ENV, ""), name, data):
        raw = part if isinstance(part, bytes) else part.encode()
        h.update(len(raw).to_bytes(8, "little") + raw)
    return h.hexdigest()


def _cache_path(settings: Settings, key: str) -> Path:
    return settings.cache_dir / key[:2] / f"{key[2:]}.bin"


def cache_load(settings: Settings, key: str) -> tuple[dict, bytes, bytes] | None:
    """(info, opt's stderr, output bytes) of a cache entry, or None when absent or corrupt."""
    try:
        raw = _cache_path(settings, key).read_bytes()
        if not raw.startswith(CACHE_MAGIC):
            return None
        head, _, body = raw[len(CACHE_MAGIC) :].partition(b"\n")
        info = json.loads(head)
        if len(body) != info["stderr"] + info["size"] or hashlib.sha256(body).hexdigest() != info["sha256"]:
            return None
        return info, body[: info["stderr"]], body[info["stderr"] :]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cache_store(settings: Settings, key: str, info: dict, stderr: bytes, output: bytes) -> None:
    """Write a cache entry atomically (temp file + rename: safe under make -j); errors are ignored."""
    from llmcompiler.llvm.ir import atomic_write

    body = stderr + output
    info = {**info, "stderr": len(stderr), "size": len(output), "sha256": hashlib.sha256(body).hexdigest()}
    path = _cache_path(settings, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, CACHE_MAGIC + json.dumps(info).encode() + b"\n" + body)
    except OSError:
        pass


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


def write_output(path: str, data: bytes) -> None:
    """Write the final output atomically (stdout for '-'), with the permissions opt would give it."""
    from llmcompiler.llvm.ir import atomic_write

    if path != "-":
        path = os.path.realpath(path)  # opt writes through a symbolic link
    if path != "-" and os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
        with open(path, "wb") as f:  # /dev/null, a pipe: nothing to replace atomically
            f.write(data)
        return
    mode = stat.S_IMODE(os.stat(path).st_mode) if path != "-" and os.path.exists(path) else 0o666 & ~_umask()
    atomic_write(path, data)
    if path != "-":
        os.chmod(path, mode)


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


def choose(opt: str, req: Request, data: bytes, produced: bytes, settings: Settings, workdir: str) -> Answer:
    """opt-22's output, or the advisor's module when it is strictly smaller and opt-22 accepts it."""
    from llmcompiler.llvm import ir

    try:
        reference = ir.parse(produced, req.input_name)
    except LlmoptError as e:
        return Answer(produced, None, problem=f"cannot count opt-22's output ({e})")
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
        better = reassemble(opt, text, req.text, workdir)
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
    key = cache_key(req, data, settings, opt) if settings.cache else None
    hit = cache_load(settings, key) if key else None
    if hit is not None:
        info, err, out = hit
        _write_stderr(err)
        write_output(req.output, set_module_id(out, req.input_name))
        if settings.verbose:
            note(describe(req, Answer(out, info.get("opt"), info.get("advisor"), info.get("chosen", "opt-22")), True))
        return 0
    with tempfile.TemporaryDirectory(prefix="llmopt-opt.") as workdir:
        run = run_opt(opt, req, data, workdir)
        _write_stderr(run.stdout)
        _write_stderr(run.stderr)
        if run.returncode != 0 or run.output is None:
            return run.returncode or 1
        try:
            answer = choose(opt, req, data, run.output, settings, workdir)
        except Exception as e:  # noqa: BLE001 - a bug here must not break the build either
            answer = Answer(run.output, None, problem=f"internal error ({type(e).__name__}: {one_line(str(e))})")
    write_output(req.output, answer.data)
    if answer.problem:
        counts = f" ({answer.opt_count} instructions)" if answer.opt_count is not None else ""
        note(f"{req.input_name}: {answer.problem}; kept opt-22's output{counts}")
    elif settings.verbose:
        note(describe(req, answer))
    if key and not answer.problem:
        info = {"opt": answer.opt_count, "advisor": answer.advisor_count, "chosen": answer.chosen}
        cache_store(settings, key, info, run.stderr, answer.data)
    return 0


# ---------------------------------------------------------------------------------------------
# entry point


def print_version(opt: str) -> int:
    proc = subprocess.run([_argv0(opt), "--version"], executable=opt, capture_output=True)
    sys.stdout.buffer.write(proc.stdout)
    sys.stdout.write(f"{PROG} {__version__} (llmopt advisor for -Oz/-Os; other requests run {opt})\n")
    sys.stdout.flush()
    _write_stderr(proc.stderr)
    return proc.returncode


def run(argv: list[str], replace_process: bool = False) -> int:
    """Everything :func:`main` does, raising LlmoptError for one-line errors."""
    ours, rest = split_argv(argv)
    settings = load_settings(ours)
    if any(a in ("--help", "-help") for a in rest):
        print(HELP)
        return 0
    opt = find_opt()
    if any(a in ("--version", "-version") for a in rest):
        return print_version(opt)
    req = check_io(classify(rest)) if not settings.disabled else Request(rest, reason="disabled")
    if req.reason:
        return passthrough(opt, rest, replace_process)
    return size_request(opt, req, settings)


def main(argv: list[str] | None = None) -> int:
    """``llmopt-opt`` entry point; ``argv`` None means the real command line (opt may replace us)."""
    cli = argv is None
    try:
        code = run(sys.argv[1:] if cli else list(argv), replace_process=cli)
    except LlmoptError as e:
        note(f"error: {e}")
        code = 1
    except OSError as e:
        note(f"error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}")
        code = 1
    if cli and _abandoned:  # an advisor thread is stuck in native code: do not wait for it
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
