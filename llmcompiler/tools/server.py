"""``llmopt serve``: the advisor kept warm behind a Unix socket, shared by every call of one user.

A cold ``llmopt suggest`` spends most of its time importing torch and loading the model; a build
that runs the wrapper once per file pays that per file. The server loads the model and the LLVM
workers once and answers suggest requests from any number of clients (``llmopt suggest --server``,
``llmopt-opt`` and ``llmopt-cc`` with ``LLMOPT_SERVER=auto``) until it has been idle for a while::

    llmopt serve [--idle 300]            # in the foreground; Ctrl-C or idleness stops it
    LLMOPT_SERVER=auto make -j8 OPT=llmopt-opt    # started on first use, shared by the jobs

Where it lives: ``$LLMOPT_SERVER_DIR``, else ``$XDG_RUNTIME_DIR/llmopt``, else
``/tmp/llmopt-<uid>``: a directory created with mode 0700 and used only when this user owns it and
nobody else can write or enter it; the socket inside is 0600, and the server answers only peers of
its own uid (``SO_PEERCRED``). A client refuses a socket owned by anyone else.

Protocol (one request per connection): a JSON header line, then the module's IR text (``n`` bytes);
the answer is a JSON header line, then the chosen module's IR text when it was asked for. Requests
run concurrently, each with a harness (and LLVM worker) of its own; the model itself runs one
request at a time. A server that is busy (more requests in flight than it takes), gone, stale or
broken is reported as :class:`ServerUnavailable` and callers fall back to in-process work.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import stat
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from llmcompiler.defaults import DEFAULT_K, DEFAULT_TIMEOUT
from llmcompiler.errors import LlmoptError, one_line
from llmcompiler.llvm.irtext import IR

SOCKET_NAME = "advisor.sock"
DEFAULT_IDLE = 300.0  # seconds without a request before the server exits
MAX_REQUEST = 512 << 20  # bytes of IR one request may carry
START_WAIT = 60.0  # seconds a client waits for a server it started to answer
PROTOCOL = 1


class ServerUnavailable(LlmoptError):
    """No usable server: none runs, it is not ours, it is busy, or it failed mid-request."""


# ---------------------------------------------------------------------------------------------
# where: a per-user directory nobody else can enter


def runtime_dir(create: bool = True) -> Path:
    """The server's directory, created 0700 when missing; ServerUnavailable when it is not safe."""
    base = os.environ.get("LLMOPT_SERVER_DIR")
    if base:
        d = Path(base)
    elif os.environ.get("XDG_RUNTIME_DIR"):
        d = Path(os.environ["XDG_RUNTIME_DIR"]) / "llmopt"
    else:
        d = Path("/tmp") / f"llmopt-{os.getuid()}"
    if create:
        try:
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as e:
            raise ServerUnavailable(f"cannot create the server directory {d}: {e.strerror}") from None
    check_private(d)
    return d


def check_private(path: Path, kind: str = "directory") -> None:
    """Refuse a path that is a symlink, is owned by another user, or that others may write (or, for a
    directory, enter)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        raise ServerUnavailable(f"no server {kind} {path}") from None
    if stat.S_ISLNK(st.st_mode):
        raise ServerUnavailable(f"server {kind} {path} is a symbolic link: not used")
    if st.st_uid != os.getuid():
        raise ServerUnavailable(f"server {kind} {path} belongs to uid {st.st_uid}, not to you: not used")
    if st.st_mode & (0o077 if kind == "directory" else 0o022):
        mode = stat.S_IMODE(st.st_mode)
        raise ServerUnavailable(f"server {kind} {path} is open to other users (mode {mode:o}): not used")


def socket_path() -> Path:
    return runtime_dir() / SOCKET_NAME


# ---------------------------------------------------------------------------------------------
# wire format


def _send(sock: socket.socket, header: dict, body: bytes = b"") -> None:
    sock.sendall(json.dumps({**header, "n": len(body)}).encode() + b"\n" + body)


def _recv(sock: socket.socket, limit: int = MAX_REQUEST) -> tuple[dict, bytes]:
    buf = b""
    while b"\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("connection closed before a complete header")
        buf += chunk
        if len(buf) > 1 << 20:
            raise ConnectionError("header too long")
    line, _, body = buf.partition(b"\n")
    header = json.loads(line)
    if not isinstance(header, dict) or not isinstance(header.get("n"), int) or not 0 <= header["n"] <= limit:
        raise ConnectionError("malformed header")
    while len(body) < header["n"]:
        chunk = sock.recv(min(1 << 20, header["n"] - len(body)))
        if not chunk:
            raise ConnectionError("connection closed mid-message")
        body += chunk
    return header, body[: header["n"]]


def _peer_uid(conn: socket.socket) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return struct.unpack("3i", creds)[1]


# ---------------------------------------------------------------------------------------------
# the client


def _connect(path: Path, timeout: float) -> socket.socket:
    check_private(path, "socket")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except OSError as e:
        sock.close()
        raise ServerUnavailable(f"no server answers on {path}: {e.strerror or e}") from None
    return sock


def running() -> bool:
    """True when a server of this user answers a ping."""
    return ping() is not None


def ping() -> dict | None:
    """The server's answer to a ping (``pid``, ``served``), or None when none answers."""
    try:
        with _connect(socket_path(), 2.0) as s:
            _send(s, {"op": "ping", "protocol": PROTOCOL})
            reply = _recv(s)[0]
            return reply if reply.get("ok") is True else None
    except (ServerUnavailable, OSError, ValueError):
        return None


def start(idle: float = DEFAULT_IDLE, wait: float = START_WAIT, metric: str = "instructions") -> None:
    """Start a server in the background unless one answers; concurrent callers (the jobs of ``make
    -j``) start one between them. Raises ServerUnavailable when none answers within ``wait`` s."""
    d = runtime_dir()
    with open(d / "start.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one starter at a time; the others find it running
        if running():
            return
        with open(d / "server.log", "ab") as log:
            subprocess.Popen([sys.executable, "-m", "llmcompiler.cli", "serve", "--idle", f"{idle:g}",
                              "--warm-metric", metric],
                             stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
                             close_fds=True)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if running():
                return
            time.sleep(0.05)
    raise ServerUnavailable(f"the server did not start within {wait:g} s (see {d / 'server.log'})")


def suggest(ir: IR | bytes, k: int = DEFAULT_K, *, name: str | None = None, model: str | os.PathLike | None = None, decoding: str | None = None,
            prompt_format: str | None = None, keep_output: bool = False, verify: bool = True,
            timeout: float | None = None, metric: str = "instructions", deadline: float | None = None,
            autostart: bool = False,
            idle: float = DEFAULT_IDLE, caller_verifies: bool = False, oz_value: int | None = None):
    """The advisor's :class:`~llmcompiler.tools.advisor.Suggestion` for ``ir``, from the server
    (started first when ``autostart``): the same answer ``advisor.suggest`` gives in-process.
    Raises ServerUnavailable on any failure of the server: fall back to in-process work.

    ``ir`` may also be the bytes of a file as read (text or bitcode; ``name`` names it): the server
    parses them, so the client never loads LLVM; bad input is the LlmoptError in-process work gives.
    ``caller_verifies``, ``oz_value``: as :func:`llmcompiler.tools.advisor.suggest` (the wrappers
    ask so)."""
    from llmcompiler.tools.suggestion import CandidateReport, Suggestion

    if isinstance(ir, bytes):
        data, name = ir, name or "<input>"
    else:
        data, name = ir.text.encode(), ir.name

    if autostart and not running():
        start(idle, metric=metric)
    header = {"op": "suggest", "protocol": PROTOCOL, "name": name, "k": k, "decoding": decoding,
              "model": str(Path(model).resolve()) if model is not None else None, "prompt_format": prompt_format,
              "keep_output": keep_output, "verify": verify, "timeout": timeout, "metric": metric,
              "deadline": deadline, "caller_verifies": caller_verifies, "oz_value": oz_value}
    # the server runs k lists with a timeout each, after waiting for the model: bound the wait
    limit = (timeout or DEFAULT_TIMEOUT) * (k + 2) + 60
    try:
        with _connect(socket_path(), limit) as s:
            _send(s, header, data)
            reply, body = _recv(s)
    except (OSError, ValueError) as e:
        raise ServerUnavailable(f"the server failed mid-request: {one_line(str(e)) or type(e).__name__}") from None
    if not reply.get("ok"):
        if reply.get("error_kind") == "input":  # the request itself is wrong: in-process would say the same
            raise LlmoptError(reply.get("error", "the server refused the request"))
        raise ServerUnavailable(f"the server could not answer: {reply.get('error', 'unknown error')}")
    d = reply["suggestion"]
    try:
        return Suggestion(
            name=d["name"], count_before=d["count_before"], count_oz=d["count_oz"], pipeline=d["pipeline"],
            count=d["count"], fallback=d["fallback_to_oz"], reason=d["reason"],
            predicted_before=d["predicted_before"], predicted_after=d["predicted_after"],
            candidates=tuple(CandidateReport(**c) for c in d["candidates"]), compilations=d["compilations"],
            model_seconds=d["model_seconds"], verify_seconds=d["verify_seconds"], model=d["model"],
            notes=tuple(d["notes"]), metric=d["metric"],
            output=IR(body.decode(), name) if reply.get("output") else None,
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ServerUnavailable(f"the server's answer is malformed: {one_line(str(e))}") from None


# ---------------------------------------------------------------------------------------------
# the server


class Server:
    """Accepts requests on the socket until idle; one thread per request, ``workers`` at a time."""

    def __init__(self, path: Path | None = None, idle: float = DEFAULT_IDLE, workers: int | None = None,
                 queue_limit: int | None = None, log=None):
        self.path = path or socket_path()
        self.idle = idle
        self.workers = workers or os.cpu_count() or 1
        self.queue_limit = queue_limit if queue_limit is not None else 4 * self.workers
        self.log = log or (lambda msg: print(f"llmopt serve: {msg}", file=sys.stderr, flush=True))
        self.slots = threading.BoundedSemaphore(self.workers)  # requests verifying at once
        self.model_lock = threading.Lock()  # the model answers one request at a time
        self._pool = None  # the LLVM workers all requests share (backends.WorkerPool), one per core
        self._pool_lock = threading.Lock()
        self.in_flight = 0
        self.served = 0
        self.last = time.monotonic()
        self._state = threading.Lock()
        self.sock: socket.socket | None = None

    # -- lifetime --------------------------------------------------------------------------------
    def bind(self) -> None:
        """Take the socket path: refuse when a server answers there, replace a stale socket file."""
        if self.path.exists() or self.path.is_symlink():
            check_private(self.path, "socket")
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            probe.settimeout(2.0)
            try:
                probe.connect(str(self.path))
                raise LlmoptError(f"a server already answers on {self.path}")
            except OSError:
                self.path.unlink()  # stale: its server is gone
            finally:
                probe.close()
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            self.sock.bind(str(self.path))
        finally:
            os.umask(old)
        self.sock.listen(128)
        self.sock.settimeout(0.5)

    def serve_forever(self) -> None:
        if self.sock is None:
            self.bind()
        self.log(f"listening on {self.path} (exits after {self.idle:g} s idle)")
        try:
            while True:
                try:
                    conn, _ = self.sock.accept()
                except TimeoutError:
                    with self._state:
                        idle = self.in_flight == 0 and time.monotonic() - self.last > self.idle
                    if idle:
                        self.log(f"idle for {self.idle:g} s after {self.served} requests: exiting")
                        return
                    continue
                threading.Thread(target=self._handle, args=(conn,), daemon=True).start()
        finally:
            self.close()

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None
            with contextlib.suppress(OSError):
                self.path.unlink()
        if self._pool is not None:
            self._pool.close()

    # -- one request -------------------------------------------------------------------------------
    def _handle(self, conn: socket.socket) -> None:
        with self._state:
            self.in_flight += 1
            self.last = time.monotonic()
            busy = self.in_flight > self.queue_limit
        try:
            with conn:
                conn.settimeout(30.0)
                if _peer_uid(conn) != os.getuid():
                    _send(conn, {"ok": False, "error": "refused: the server answers only its own user"})
                    return
                header, body = _recv(conn)
                if header.get("op") == "ping":
                    _send(conn, {"ok": True, "protocol": PROTOCOL, "served": self.served, "pid": os.getpid()})
                    return
                if busy:
                    _send(conn, {"ok": False, "error": f"busy ({self.queue_limit} requests in flight)"})
                    return
                conn.settimeout(None)
                reply, out = self._suggest(header, body)
                _send(conn, reply, out)
        except (OSError, ValueError) as e:
            self.log(f"dropped a request: {one_line(str(e)) or type(e).__name__}")
        finally:
            with self._state:
                self.in_flight -= 1
                self.served += 1
                self.last = time.monotonic()

    def _suggest(self, header: dict, body: bytes) -> tuple[dict, bytes]:
        from llmcompiler.llvm.harness import Harness, is_count
        from llmcompiler.tools import advisor

        if header.get("protocol") != PROTOCOL or header.get("op") != "suggest":
            return {"ok": False, "error": f"unknown request (protocol {header.get('protocol')})"}, b""
        try:
            k = int(header.get("k", 8))
            from llmcompiler.llvm import ir as irmod

            mod = irmod.parse(body, str(header.get("name") or "<request>"))
            timeout = float(header.get("timeout") or DEFAULT_TIMEOUT)
            metric = str(header.get("metric") or "instructions")
            oz_value = header.get("oz_value")
            if oz_value is not None and not is_count(oz_value):
                raise LlmoptError(f"bad -Oz baseline in the request: {oz_value!r}")
            with self.slots:
                model = self._model(header)
                pool = self.pool()
                workers = pool.acquire(os.cpu_count() or 1)  # what is free now, at least one
                h = Harness(timeout=timeout, metric=metric, workers=workers)
                try:
                    sg = advisor.suggest(mod, k=k, model=model, harness=h, keep_output=bool(header.get("keep_output")),
                                         verify=bool(header.get("verify", True)), metric=metric,
                                         deadline=header.get("deadline"),
                                         caller_verifies=bool(header.get("caller_verifies")), oz_value=oz_value)
                finally:
                    h.close()  # (not the lent workers)
                    pool.release(workers)
        except LlmoptError as e:
            return {"ok": False, "error": str(e), "error_kind": "input"}, b""
        except Exception as e:  # noqa: BLE001 - the server lives on; the client falls back
            self.log(f"request failed: {type(e).__name__}: {one_line(str(e))}")
            return {"ok": False, "error": f"{type(e).__name__}: {one_line(str(e))}"}, b""
        out = sg.output.text.encode() if sg.output is not None else b""
        return {"ok": True, "suggestion": sg.to_dict(), "output": sg.output is not None}, out

    def _model(self, header: dict):
        """The requested model, loaded once; its ``propose`` serialised (one forward at a time)."""
        from llmcompiler.tools import advisor

        with self.model_lock:
            m = advisor.get_model(header.get("model"), header.get("prompt_format"), header.get("decoding"))
            if not getattr(m, "_serialised", False):
                propose, lock = m.propose, self.model_lock

                def serialised(*args, **kwargs):
                    with lock:
                        return propose(*args, **kwargs)

                m.propose, m._serialised = serialised, True
            return m

    def pool(self):
        """The LLVM workers of all requests (started on first use, or by :meth:`warm`)."""
        from llmcompiler.llvm import libllvm
        from llmcompiler.llvm.backends import WorkerPool

        with self._pool_lock:
            if self._pool is None:
                self._pool = WorkerPool(os.cpu_count() or 1, engine="libllvm" if libllvm.available() else "llvmlite")
            return self._pool

    def warm(self, metric: str = "instructions") -> None:
        """Every LLVM worker started (each has run -Oz once; with the ``text`` metric, code generation
        too), so that the first requests, concurrent ones included, wait for none."""
        self.pool().warm(size=metric == "text")


def serve(idle: float = DEFAULT_IDLE, workers: int | None = None, preload: bool = True,
          warm_metric: str = "instructions") -> int:
    """Run a server in this process until it is idle for ``idle`` seconds (the ``llmopt serve`` command).
    With ``preload`` the default model and a harness for ``warm_metric`` are ready before it answers."""
    srv = Server(idle=idle, workers=workers)
    srv.bind()

    def stop(signum, frame):  # SIGTERM/SIGHUP: leave no socket behind, like an idle exit
        raise KeyboardInterrupt

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)
    try:
        if preload:  # load the default model and start the LLVM workers before the first request needs them
            warming = threading.Thread(target=srv.warm, args=(warm_metric,), daemon=True)
            warming.start()  # the workers load LLVM in their processes while this one loads the model
            srv._model({})
            warming.join()
        srv.serve_forever()
    except KeyboardInterrupt:
        srv.log("stopped")
        srv.close()
    return 0
