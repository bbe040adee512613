"""What the drop-in wrappers share: ``llmopt-opt`` (for opt-22) and ``llmopt-cc`` (for clang-22).

* settings: ``--llmopt-*`` options and ``LLMOPT_*`` environment variables (:class:`Settings`);
* the advisor, asked in-process or through the warm server (``LLMOPT_SERVER``), in a thread with a
  timeout that can be abandoned (:func:`advise_guarded`);
* the on-disk result cache (:class:`CacheDir`: private directories, atomic entries) and the entry
  format both wrappers build on (:func:`encode_entry`, :func:`decode_entry`);
* messages (one ``<prog>: ...`` line), output files written as the wrapped tool writes them;
* signals: SIGINT, SIGTERM and SIGHUP end the children and then the process by the same signal,
  with nothing left behind (:func:`cli_main`).

A wrapper never breaks a build: whatever goes wrong on the advisor's side, the output is the wrapped
tool's own, and one line on stderr says why.
"""

from __future__ import annotations

import contextlib
import functools
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
from typing import TYPE_CHECKING, Callable, Mapping

from llmcompiler.defaults import DEFAULT_MODEL, DEFAULT_TIMEOUT, VERSION, WRAPPER_K
from llmcompiler.errors import LlmoptError, ToolError, one_line

if TYPE_CHECKING:
    from llmcompiler.llvm.ir import IR

TIMEOUT_GRACE = 1.0  # seconds the advisor may overrun its own timeout before it is abandoned
METRICS = ("text", "instructions")  # what "smaller" means; "text": bytes of the object's executable sections
SERVER_MODES = ("off", "on", "auto")
# A fixed pass list instead of the model (a build without torch, a list found once by `llmopt tune`):
# still checked against the wrapped tool's output and taken only when strictly smaller.
PIPELINE_ENV = "LLMOPT_PIPELINE"

DEFAULT_K = WRAPPER_K  # candidates a wrapper's advisor verifies (fewer than `llmopt suggest`'s: see defaults.py)

__all__ = ["DEFAULT_K", "METRICS", "PIPELINE_ENV", "Settings", "CacheDir", "VERSION"]


# ---------------------------------------------------------------------------------------------
# settings: --llmopt-* options and LLMOPT_* environment variables


def default_cache_dir(env: Mapping[str, str] = os.environ) -> Path:
    """The user's own cache: ``$XDG_CACHE_HOME/llmopt`` (an absolute one), else ``~/.cache/llmopt``."""
    xdg = env.get("XDG_CACHE_HOME") or ""
    base = Path(xdg) if os.path.isabs(xdg) else Path(os.path.expanduser("~")) / ".cache"
    return base / "llmopt"


@dataclass(frozen=True)
class Settings:
    """A wrapper's own configuration (command line over environment over defaults)."""

    k: int = DEFAULT_K
    model: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    cache: bool = True
    cache_dir: Path = field(default_factory=lambda: default_cache_dir())
    verbose: bool = False
    disabled: bool = False
    metric: str = "text"
    server: str = "off"
    server_idle: float | None = None  # seconds an auto-started server waits for work (None: its default)


_VALUED = {"k", "model", "timeout", "metric", "server"}
_FLAGS = {"no-cache", "verbose", "disable", "help"}


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


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    v = value.strip().lower()
    if v not in choices:
        raise LlmoptError(f"{name}: expected one of {', '.join(choices)}, got {value!r}")
    return v


def split_argv(argv: list[str], help_hint: str) -> tuple[dict[str, str], list[str]]:
    """Separate ``--llmopt-*`` options (name -> value, '' for flags) from the wrapped tool's argv.
    ``help_hint`` (``llmopt-opt --help``) is named in the message about an unknown option."""
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
            raise LlmoptError(f"unknown option --llmopt-{name} (see {help_hint})")
        ours[name] = value
        i += 1
    return ours, rest


def is_disabled(ours: dict[str, str], env: Mapping[str, str] = os.environ) -> bool:
    """``--llmopt-disable`` or ``LLMOPT_DISABLE``: read on its own, before any other setting is checked."""
    return "disable" in ours or _truthy(env.get("LLMOPT_DISABLE"))


def load_settings(ours: dict[str, str], env: Mapping[str, str] = os.environ) -> Settings:
    """Settings from parsed ``--llmopt-*`` options, then the environment, then the defaults."""

    def pick(name: str, var: str, default: str) -> tuple[str, str]:
        if name in ours:
            return ours[name], f"--llmopt-{name}"
        return env.get(var) or default, var

    k, k_name = pick("k", "LLMOPT_K", str(DEFAULT_K))
    timeout, t_name = pick("timeout", "LLMOPT_TIMEOUT", str(DEFAULT_TIMEOUT))
    metric, m_name = pick("metric", "LLMOPT_METRIC", "text")
    server, s_name = pick("server", "LLMOPT_SERVER", "off")
    idle = env.get("LLMOPT_SERVER_IDLE")
    model = ours.get("model", env.get("LLMOPT_MODEL") or None)
    cache_dir = env.get("LLMOPT_CACHE_DIR")
    return Settings(
        k=int(_positive(int, k_name, k)),
        model=model or None,
        timeout=float(_positive(float, t_name, timeout)),
        cache=not ("no-cache" in ours or _truthy(env.get("LLMOPT_NO_CACHE"))),
        cache_dir=Path(cache_dir).expanduser() if cache_dir else default_cache_dir(env),
        verbose="verbose" in ours or _truthy(env.get("LLMOPT_VERBOSE")),
        disabled=is_disabled(ours, env),
        metric=_choice(m_name, metric, METRICS),
        server=_choice(s_name, server, SERVER_MODES),
        server_idle=float(_positive(float, "LLMOPT_SERVER_IDLE", idle)) if idle else None,
    )


SETTINGS_HELP = f"""\
  --llmopt-k=N             candidates the advisor proposes (default {DEFAULT_K}; env LLMOPT_K)
  --llmopt-model=PATH      model directory (default: the embedded model; env LLMOPT_MODEL)
  --llmopt-timeout=SECONDS give up on the advisor after this long (default {DEFAULT_TIMEOUT:g}; env LLMOPT_TIMEOUT)
  --llmopt-metric=METRIC   text (default): bytes of the object's executable sections; instructions:
                           IR instructions (env LLMOPT_METRIC)
  --llmopt-server=MODE     off (default): the advisor runs in this process; on: ask the warm server
                           (`llmopt serve`) when it runs; auto: start it on first use, shared by the
                           jobs of make -j (env LLMOPT_SERVER; any server problem: in-process)
  --llmopt-no-cache        neither read nor write the result cache (env LLMOPT_NO_CACHE=1)
  --llmopt-verbose         one line per file on stderr: the sizes and the choice
  --llmopt-disable         pure pass-through (env LLMOPT_DISABLE=1)"""

ENV_HELP = """\
  LLMOPT_K, LLMOPT_MODEL, LLMOPT_TIMEOUT, LLMOPT_METRIC, LLMOPT_SERVER, LLMOPT_NO_CACHE=1,
  LLMOPT_DISABLE=1, LLMOPT_VERBOSE=1
  LLMOPT_SERVER_IDLE       seconds an auto-started server stays up without work (default 300)
  LLMOPT_CACHE_DIR         result cache (default $XDG_CACHE_HOME/llmopt, else ~/.cache/llmopt; created
                           0700; not used, with a warning, when it is not yours or others may write it)
  LLMOPT_PIPELINE          a fixed pass list instead of the model, e.g. 'iroutliner,default<Oz>'
                           (still taken only when smaller)"""


# ---------------------------------------------------------------------------------------------
# messages


def write_stderr(data: bytes | str) -> None:
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


def note(prog: str, message: str) -> None:
    """One line on stderr, prefixed with the wrapper's name."""
    write_stderr(f"{prog}: {one_line(message, limit=400)}\n")


# ---------------------------------------------------------------------------------------------
# tools


def tool_argv0(path: str) -> str:
    """A tool's argv[0]: its file name, as when a build runs it from PATH (LLVM prefixes its
    messages with it, so they read the same as the tool's own)."""
    return os.path.basename(path)


def passthrough(tool: str, argv: list[str], replace_process: bool) -> int:
    """Run ``tool`` with exactly ``argv``: replacing this process (CLI) or as a child (in-process calls)."""
    sys.stdout.flush()
    sys.stderr.flush()
    if replace_process:
        # Python ignores SIGPIPE and SIGXFSZ, and exec keeps ignored signals ignored: give the tool the
        # dispositions it has when a shell runs it (a closed pipe ends it quietly)
        for name in ("SIGPIPE", "SIGXFSZ"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        os.execv(tool, [tool_argv0(tool), *argv])
    code = subprocess.call([tool_argv0(tool), *argv], executable=tool)
    return code if code >= 0 else 128 - code


def llvm_tool(name: str, env_var: str, near: str | None = None) -> str:
    """An LLVM 22 tool: ``$env_var``, else ``name`` beside ``near``'s real binary (opt-22's
    directory holds llc), else ``<name>-22`` on PATH."""
    import shutil

    from llmcompiler.llvm.toolchain import LLVM_MAJOR

    env = os.environ.get(env_var)
    if env:
        path = shutil.which(env) or env
        if not os.path.exists(path):
            raise ToolError(f"{env_var}={env}: no such file")
        return path
    if near:
        beside = os.path.join(os.path.dirname(os.path.realpath(near)), name)
        if os.access(beside, os.X_OK):
            return beside
    path = shutil.which(f"{name}-{LLVM_MAJOR}")
    if path:
        return path
    raise ToolError(f"{name}-{LLVM_MAJOR} not found; install it (apt-get install llvm-{LLVM_MAJOR} "
                    f"clang-{LLVM_MAJOR}) or set {env_var}")


def _file_identity(path: Path) -> str:
    """A file's path, size, mtime, ctime and inode: any replacement or rewrite changes it."""
    try:
        st = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"


def tool_identity(tool: str) -> list[str]:
    """An LLVM tool as it will run: its resolved binary and the LLVM/clang shared libraries next to it
    (Debian's opt-22 and clang-22 are small programs linked against libLLVM.so.22, libclang-cpp.so.22)."""
    real = Path(os.path.realpath(tool))
    lib = real.parent.parent / "lib"
    libs = sorted({os.path.realpath(p) for pattern in ("libLLVM*.so*", "libclang-cpp*.so*") for p in lib.glob(pattern)})
    return [_file_identity(real), *(_file_identity(Path(p)) for p in libs)]


def model_path(settings: Settings) -> Path:
    """The model directory the advisor will load: ``--llmopt-model``, else the embedded default."""
    return Path(settings.model).expanduser().resolve() if settings.model else DEFAULT_MODEL


def model_identity(settings: Settings) -> str:
    """The model's resolved path plus the identity of every file in it (its weights)."""
    root = model_path(settings)
    if not root.is_dir():
        return _file_identity(root)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return "\n".join([str(root), *(_file_identity(p) for p in files)])


def advisor_context(settings: Settings) -> dict:
    """What decides the advisor's answer besides its input: part of every cache entry's context."""
    return {
        "llmopt": VERSION,
        "k": settings.k,
        "metric": settings.metric,
        "model": hashlib.sha256(model_identity(settings).encode()).hexdigest(),
        "pipeline": os.environ.get(PIPELINE_ENV, ""),
    }


# ---------------------------------------------------------------------------------------------
# the advisor: in-process or through the warm server


@dataclass(frozen=True)
class Source:
    """A module as the wrapper read it (IR text or bitcode), not parsed: the warm server parses the
    bytes itself, so a wrapper that it answers never loads LLVM for the advisor's sake. ``parse``
    gives the :class:`~llmcompiler.llvm.ir.IR` in-process work needs (IRError on bad input)."""

    data: bytes
    name: str

    @property
    def is_text(self) -> bool:
        from llmcompiler.llvm.irtext import BITCODE_MAGIC

        return not self.data.startswith(BITCODE_MAGIC)

    @functools.cached_property
    def text(self) -> str:
        """The text of a text module (UnicodeDecodeError for bitcode or a file that is not UTF-8)."""
        if not self.is_text:
            raise UnicodeDecodeError("utf-8", self.data[:4], 0, 4, "bitcode, not IR text")
        return self.data.decode()

    def parse(self) -> IR:
        from llmcompiler.llvm import ir

        return ir.parse(self.data, self.name)


def suggestion(module: IR | Source, settings: Settings, prog: str, prepare: bool, keep_output: bool,
               oz_value: int | None = None):
    """The advisor's :class:`~llmcompiler.tools.advisor.Suggestion` for ``module``, verified in
    ``settings.metric``: from the warm server when ``settings.server`` says so and it answers (with
    ``prepare`` False only for size-ready input, which the server would leave as it is), else
    in-process with a harness of its own. A :class:`Source` goes to the server as it was read, and
    is parsed only for in-process work. ``oz_value``: the -Oz baseline in the metric, when the caller
    has it (see :func:`llmcompiler.tools.advisor.suggest`). Raises on any failure."""
    model = model_path(settings)
    if not model.exists():  # say so before the advisor spends seconds importing torch
        raise LlmoptError(f"model not found: {model}")
    if settings.server != "off":
        from llmcompiler.llvm.irtext import is_size_ready
        from llmcompiler.tools import server

        if isinstance(module, Source) and not (prepare or module.is_text):
            module = module.parse()  # bitcode: its text says whether it is size-ready
        if prepare or is_size_ready(module.text):
            try:
                what = module.data if isinstance(module, Source) else module
                return server.suggest(what, name=module.name, k=settings.k, model=settings.model,
                                      keep_output=keep_output, timeout=settings.timeout, metric=settings.metric,
                                      autostart=settings.server == "auto", caller_verifies=True, oz_value=oz_value,
                                      **_server_idle(settings))
            except server.ServerUnavailable as e:
                if settings.verbose:
                    note(prog, f"server unavailable ({e}): advising in-process")
    if isinstance(module, Source):
        module = module.parse()
    from llmcompiler.llvm.harness import Harness
    from llmcompiler.tools.advisor import suggest

    with Harness(timeout=settings.timeout, metric=settings.metric) as h:
        return suggest(module, k=settings.k, model=settings.model, prepare=prepare, keep_output=keep_output,
                       harness=h, caller_verifies=True, oz_value=oz_value)


def _server_idle(settings: Settings) -> dict:
    """The ``idle`` keyword of a server the wrapper may start: the user's, else the server's default."""
    return {} if settings.server_idle is None else {"idle": settings.server_idle}


def start_server_early(settings: Settings) -> None:
    """With ``LLMOPT_SERVER=auto``, start the warm server in the background now, unless one answers:
    the wrapper's own compile then runs while the server starts, instead of before it. Never waits
    and never fails: the request itself starts the server (or falls back) as usual."""
    if settings.server != "auto" or os.environ.get(PIPELINE_ENV) or not model_path(settings).exists():
        return

    def work() -> None:
        from llmcompiler.tools import server

        with contextlib.suppress(Exception):
            if not server.running():
                server.start(metric=settings.metric, **_server_idle(settings))

    threading.Thread(target=work, name="llmopt-server-start", daemon=True).start()


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


class Advice:
    """``fn(module, settings)`` running in a thread of its own from the moment this is made; the
    wrapper does other work (opt-22's own run, measuring its output) and then asks :meth:`result`."""

    def __init__(self, fn: Callable, module: IR | Source, settings: Settings):
        self.module, self.settings = module, settings
        self.box: dict[str, object] = {}
        self.done = threading.Event()

        def work() -> None:
            try:
                self.box["out"] = fn(module, settings)
            except BaseException as e:  # noqa: BLE001 - any failure means: keep the tool's own output
                self.box["err"] = e
            finally:
                self.done.set()

        self.thread = threading.Thread(target=work, name="llmopt-advisor", daemon=True)
        _running.append((self.thread, self.done))
        self.thread.start()

    def result(self, grace: float = TIMEOUT_GRACE):
        """(the answer, None), or (None, why) when it raised or overran the timeout (counted from now)."""
        if not self.done.wait(self.settings.timeout + grace):
            _abandoned.append(self.thread)
            return None, f"advisor timed out after {self.settings.timeout:g} s"
        if (self.thread, self.done) in _running:
            _running.remove((self.thread, self.done))
        err = self.box.get("err")
        if isinstance(err, ImportError):
            return None, f"advisor unavailable ({one_line(str(err)) or type(err).__name__})"
        if isinstance(err, LlmoptError):
            return None, f"advisor failed: {one_line(str(err))}"
        if err is not None:
            detail = one_line(str(err))
            return None, f"advisor crashed ({type(err).__name__}{': ' + detail if detail else ''})"
        return self.box.get("out"), None


def advise_guarded(fn: Callable, module: IR | Source, settings: Settings, grace: float = TIMEOUT_GRACE):
    """(``fn(module, settings)``, None), or (None, why) when it raised or overran the timeout."""
    return Advice(fn, module, settings).result(grace)


# ---------------------------------------------------------------------------------------------
# the result cache
#
# One file per entry, <cache>/<key[:2]>/<key[2:]>.bin: the wrapper's magic line, a JSON header line,
# then the body. The key is a hash of the request's *context* (llmopt's version, the tools and the
# libraries they run, the command line without file names, k, the metric, the model files,
# LLMOPT_PIPELINE, ...) and of the input's sha256; the header records both again with the body's
# sha256. An entry is used only when it lies in directories of the user's own that nobody else may
# write (CacheDir), its header records this very input and context and its body has the recorded
# sha256; each wrapper then checks the body itself (a module that parses and verifies, an object
# that is still smaller than the tool's). Anything else is a miss (recomputed and overwritten).


def entry_key(magic: bytes, context: dict, input_sha256: str) -> str:
    """The entry's file name: sha256 over the wrapper's magic, the context and the input's hash."""
    h = hashlib.sha256(magic)
    h.update(json.dumps(context, sort_keys=True).encode() + b"\0" + input_sha256.encode())
    return h.hexdigest()


def encode_entry(magic: bytes, context: dict, input_sha256: str, info: dict, body: bytes) -> bytes:
    head = {**info, "input": input_sha256, "context": context, "sha256": hashlib.sha256(body).hexdigest()}
    return magic + json.dumps(head, sort_keys=True).encode() + b"\n" + body


def decode_entry(magic: bytes, raw: bytes, context: dict, input_sha256: str) -> tuple[dict, bytes] | None:
    """(header, body) of an entry made for this very input and context, with an intact body; else None."""
    try:
        if not raw.startswith(magic):
            return None
        head, _, body = raw[len(magic) :].partition(b"\n")
        info = json.loads(head)
        if not isinstance(info, dict) or hashlib.sha256(body).hexdigest() != info.get("sha256"):
            return None
        if info.get("input") != input_sha256 or info.get("context") != context:
            return None  # another input's entry, or one made by another tool, model, k, level...
        return info, body
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

    def __init__(self, path: Path, fd: int, prog: str = "llmopt"):
        self.path, self.fd, self.usable, self.prog = path, fd, True, prog

    @classmethod
    def open(cls, path: Path, prog: str = "llmopt") -> CacheDir | None:
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
                return cls(path, fd, prog)
            os.close(fd)
        _warn_cache(prog, path, why)
        return None

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def _refuse(self, rel: str, why: str) -> None:
        if self.usable:
            _warn_cache(self.prog, self.path / rel, why)
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


def _warn_cache(prog: str, path: Path, why: str) -> None:
    note(prog, f"warning: cache directory {path} {why}: not using the cache")


# ---------------------------------------------------------------------------------------------
# output files


def umask() -> int:
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
    from llmcompiler.llvm.irtext import replace_file

    replace_file(path, data, mode)


def write_output(path: str, data: bytes, like: str = "opt") -> None:
    """Write a wrapper's final output where and as the wrapped tool would.

    ``like="opt"`` (opt-22, ``raw_fd_ostream``): standard output for '-'; through a symbolic link; an
    existing file keeps its mode. ``like="clang"`` (clang-22 writes a new file and renames it over
    the output): a symbolic link is replaced, the file always gets 0666 less the umask. Both: in
    place for a device or a pipe, and for a file whose directory may not be written; else atomically
    (readers under make -j see the old file or the new one). A failure raises an OSError naming
    ``path`` (never a temporary file) and leaves no temporary file behind."""
    if path == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = os.path.realpath(path) if like == "opt" else os.path.abspath(path)
    try:
        try:
            st: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None and not stat.S_ISREG(st.st_mode):  # /dev/null, a pipe: nothing to replace
            _write_in_place(target, data)
        elif st is not None and not os.access(os.path.dirname(target) or ".", os.W_OK | os.X_OK):
            _write_in_place(target, data)  # the tool can write this file, so we do, as it does: in place
        else:
            keep = st is not None and like == "opt"
            _write_atomic(target, data, stat.S_IMODE(st.st_mode) if keep else 0o666 & ~umask())
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            raise
        raise OSError(e.errno, e.strerror or str(e), path) from None


# ---------------------------------------------------------------------------------------------
# signals, children, the entry point


class Interrupted(BaseException):
    """SIGINT, SIGTERM or SIGHUP, raised in the main thread so that every ``finally`` runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


def _on_signal(signum: int, frame: object) -> None:
    for sig in SIGNALS:  # one is enough: the rest of the way is cleaning up
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def install_handlers() -> None:
    for sig in SIGNALS:
        if signal.getsignal(sig) is not signal.SIG_IGN:  # nohup, `cmd &`: what is ignored stays so
            signal.signal(sig, _on_signal)


def restore_handlers() -> None:
    for sig in SIGNALS:
        if signal.getsignal(sig) is _on_signal:
            signal.signal(sig, signal.SIG_DFL)


def _descendants(pid: int) -> list[int]:
    """Process ids of ``pid``'s children, their children and so on (Linux /proc), parents first, but
    not those in another session: the warm server (``LLMOPT_SERVER=auto`` starts it in a session of
    its own) serves the whole build and outlives the wrapper that started it."""
    children: dict[int, list[int]] = {}
    session: dict[int, int] = {}
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
            session[int(entry)] = int(fields[3])
        except (OSError, ValueError, IndexError):
            continue
    mine = os.getsid(0)
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            if session.get(child, mine) != mine:
                continue
            found.append(child)
            todo.append(child)
    return found


def end_children() -> None:
    """Kill every process this one started (the tool, the advisor's worker, ...), so that none runs on."""
    for pid in _descendants(os.getpid()):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def die(signum: int) -> None:
    """Stop the advisor and end the children, then this process by ``signum``, as the wrapped tool
    ends on it (status 128+signum)."""
    for sig in SIGNALS:
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


def _run_reporting(prog: str, run: Callable[[list[str], bool], int], argv: list[str], cli: bool) -> int:
    try:
        return run(argv, cli)
    except LlmoptError as e:
        note(prog, f"error: {e}")
    except BrokenPipeError:
        raise
    except OSError as e:
        note(prog, f"error: {e.filename or ''}{': ' if e.filename else ''}{e.strerror or e}")
    return 1


def cli_main(prog: str, run: Callable[[list[str], bool], int], argv: list[str] | None) -> int:
    """A wrapper's entry point; ``argv`` None means the real command line (the tool may replace us).

    On the command line, SIGINT, SIGTERM and SIGHUP end the child processes and then this one by the
    same signal (no traceback; outputs are written atomically, so none is left half-written), and a
    closed standard output or error ends it by SIGPIPE, quietly, as it ends the wrapped tool.
    """
    cli = argv is None
    if cli:
        install_handlers()
    try:
        code = _run_reporting(prog, run, sys.argv[1:] if cli else list(argv), cli)
        if cli and _abandoned:  # an advisor thread is stuck in native code: do not wait for it
            stop_advisors(wait=0.2)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        if cli:
            restore_handlers()
        return code
    except Interrupted as e:
        die(e.signum)
        raise  # not reached
    except KeyboardInterrupt:
        if not cli:
            raise
        die(signal.SIGINT)
        raise  # not reached
    except BrokenPipeError:
        if cli:
            die(signal.SIGPIPE)
        return 128 + signal.SIGPIPE
