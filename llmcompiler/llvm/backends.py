"""Run a pass list with real LLVM: opt-22 in a subprocess (the reference), or a worker process.

* :class:`OptBackend` runs any pipeline string with a timeout, isolated from crashes; it is the
  reference for every count and the only one that runs the -Oz baseline.
* :class:`InprocWorker` is the fast path: a persistent child process that runs a list through
  libLLVM-22's C API (:mod:`llmcompiler.llvm.libllvm`, opt's own library: every list, same IR as
  opt) or, where libLLVM-22 is not installed, through llvmlite (:class:`LlvmliteBackend`: only the
  items the vocabulary marks as identical to opt, proven by ``passes/generate.py`` and
  ``tests/test_backends.py``). It skips opt's ~15 ms start and survives a crash in LLVM by respawning.

All take canonical IR text and return canonical IR text, verified.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
from collections import OrderedDict
from dataclasses import dataclass

from llmcompiler.defaults import DEFAULT_TIMEOUT, ROOT
from llmcompiler.errors import BackendError, one_line
from llmcompiler.llvm.toolchain import find_opt, opt_target_args, relocation_model


@dataclass(frozen=True)
class WorkerReply:
    """What the worker measured for one run."""

    count: int  # IR instructions of the result
    text: str | None  # the result's IR, when asked for
    text_bytes: int | None = None  # bytes of the executable sections of its object, when asked for


ARG_MAX = 100_000  # longest -passes= argument given on the command line (Linux's limit is 128 KiB)


class OptBackend:
    """opt in a subprocess: any pipeline, a timeout, and a crash reported as a BackendError."""

    name = "opt"

    def __init__(self, opt: str | None = None, target_args: tuple[str, ...] | None = None):
        """``target_args``: opt's target options for every run; None (the default): each module's
        own relocation model (``toolchain.opt_target_args``)."""
        self.opt = opt or find_opt()
        self.target_args = None if target_args is None else tuple(target_args)

    def run(self, text: str, pipeline: str, timeout: float = DEFAULT_TIMEOUT, extra_args: tuple[str, ...] = (),
            bitcode: bool = False) -> str | bytes:
        """Apply ``pipeline`` (a ``-passes=`` string; empty means no passes) and return the IR text
        (or, with ``bitcode``, opt's bitcode output: it keeps the use-list order that code
        generation depends on and a text round trip loses)."""
        passes = [f"-passes={pipeline}"] if pipeline else []
        shown = pipeline if len(pipeline) <= 200 else f"{pipeline[:100]}...({len(pipeline)} characters)"
        with tempfile.TemporaryDirectory(prefix="llmopt-opt-") if len(pipeline) > ARG_MAX \
                else contextlib.nullcontext() as tmp:
            if tmp is not None:
                # Linux refuses one argument over 128 KiB (E2BIG); opt reads long ones from a response file
                if any(c in pipeline for c in " \t\n'\"\\"):
                    raise BackendError(f"pipeline of {len(pipeline)} characters is too long for opt's command line", "error")
                rsp = os.path.join(tmp, "passes.rsp")
                with open(rsp, "w") as f:
                    f.write(passes[0])
                passes = [f"@{rsp}"]
            target = opt_target_args(text) if self.target_args is None else self.target_args
            cmd = [self.opt, *target, *extra_args, *passes, *([] if bitcode else ["-S"]), "-o", "-", "-"]
            try:
                proc = subprocess.run(cmd, input=text.encode(), capture_output=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                raise BackendError(f"opt timed out after {timeout:g} s on -passes='{shown}'", "timeout") from None
        if proc.returncode < 0:
            sig = signal.Signals(-proc.returncode).name
            msg = one_line(proc.stderr.decode(errors="replace"))
            raise BackendError(f"opt crashed ({sig}) on -passes='{shown}': {msg}", "crash")
        if proc.returncode != 0:
            msg = one_line(proc.stderr.decode(errors="replace"))
            kind = "invalid" if "verif" in msg.lower() or "broken" in msg.lower() else "error"
            if "did not reach a fixpoint" in msg or "LLVM ERROR" in msg or "PLEASE submit" in proc.stderr.decode(errors="replace"):
                kind = "crash"
            raise BackendError(f"opt failed on -passes='{shown}': {msg}", kind)
        return proc.stdout if bitcode else proc.stdout.decode()


# ---------------------------------------------------------------------------------------------
# llvmlite, in-process

# PipelineTuningOptions that reproduce opt's default<..> pipelines: opt's defaults (loop vectorizer and
# interleaving on, SLP off; the cost model keeps them quiet on minsize code) and LLVM's inlining
# threshold for each level. Size levels come from the minsize/optsize attributes of size-ready IR.
_PIPELINE_OPTIONS = {
    "O0": dict(speed_level=0, inlining_threshold=0),
    "O1": dict(speed_level=1, inlining_threshold=225),
    "O2": dict(speed_level=2, inlining_threshold=225),
    "O3": dict(speed_level=3, inlining_threshold=250),
    "Os": dict(speed_level=2, inlining_threshold=75),
    "Oz": dict(speed_level=2, inlining_threshold=5),
}


class LlvmliteBackend:
    """llvmlite in-process: the fast path for lists made only of passes it runs exactly like opt."""

    name = "llvmlite"

    def __init__(self):
        from llmcompiler.llvm import ir

        ir.init_llvm()
        self._pbs: dict[tuple[str, str, str], object] = {}
        self._verified: OrderedDict[str, bool] = OrderedDict()  # texts already verified

    def _pb(self, triple: str, level: str = "O2", reloc: str = "pic"):
        import llvmlite.binding as llvm

        from llmcompiler.llvm import ir

        key = (triple, level, reloc)
        if key not in self._pbs:
            o = _PIPELINE_OPTIONS[level]
            pto = llvm.create_pipeline_tuning_options(speed_level=o["speed_level"])
            pto.inlining_threshold = o["inlining_threshold"]
            pto.loop_unrolling = True
            pto.loop_vectorization = True
            pto.slp_vectorization = False
            pto.loop_interleaving = True
            tm = ir._target_machine(triple, reloc)  # the one text_size compiles with: -O2, small code model
            self._pbs[key] = (llvm.create_pass_builder(tm, pto), pto)
        return self._pbs[key][0]

    @staticmethod
    def segments(passlist, vocab=None) -> list[tuple[str, object]]:
        """Group a PassList into runs of llvmlite methods and whole pipelines (BackendError if an
        item has no exact llvmlite path)."""
        vocab = vocab or passlist.vocab
        segment = None
        segments: list[tuple[str, object]] = []
        for token in passlist.items:
            info = vocab.info(token)
            if not info.llvmlite:
                raise BackendError(f"'{token}' has no in-process path; run it with opt", "error")
            if info.pipeline:
                segments.append(("pipeline", info.name[len("default<") : -1]))
                segment = None
            else:
                if segment is None:
                    segment = []
                    segments.append(("passes", segment))
                segment.append(info.llvmlite)
        return segments

    def run(self, text: str, passlist, vocab=None) -> str:
        """Apply a PassList in this process and return the IR text.

        llvmlite's LLVM is built with assertions, so a pass list that trips one aborts the process;
        the harness uses :class:`LlvmliteWorker`, which runs this in a child process instead.
        """
        return self.run_segments(text, self.segments(passlist, vocab))

    def run_segments(self, text: str, segments) -> str:
        import llvmlite.binding as llvm

        from llmcompiler.llvm import ir

        # Search evaluates many lists on one module: verify it once, then only parse it. (Cloning a
        # parsed module would be cheaper but changes use-list order, and with it the output of
        # passes such as sroa: results would no longer be identical to opt's.)
        if text in self._verified:
            self._verified.move_to_end(text)
            mod = ir.fresh_module(text)
        else:
            mod = ir.parse_module(text)
            self._verified[text] = True
            if len(self._verified) > 8:
                self._verified.popitem(last=False)
        triple, reloc = mod.triple, relocation_model(text)
        for kind, what in segments:
            if kind == "pipeline":
                pb = self._pb(triple, what, reloc)
                pb.getModulePassManager().run(mod, pb)
            else:
                pb = self._pb(triple, "O2", reloc)
                mpm = llvm.create_new_module_pass_manager()
                for method in what:
                    getattr(mpm, method)()
                mpm.run(mod, pb)
        try:
            mod.verify()
        except RuntimeError as e:
            raise BackendError(f"passes produced invalid IR: {one_line(str(e))}", "invalid") from None
        return str(mod)


# ---------------------------------------------------------------------------------------------
# in-process engines, in a persistent child process


class InprocWorker:
    """Run pass lists in a persistent child process: no opt start-up per run, no risk to the caller.

    Engines: ``libllvm`` (Debian's libLLVM-22 through its C API: any pipeline, the same library as
    opt-22, so the same results) and ``llvmlite`` (the passes llvmlite exposes). A crash in LLVM
    (llvmlite's is an assertions build, and some lists that opt-22 runs fine trip an assertion;
    libLLVM can segfault where opt does) or a hang costs a respawn of the child; the run is reported
    as a BackendError of kind 'crash' or 'timeout', and the harness then asks opt. Requests and replies
    are a JSON header line followed by the IR bytes.
    """

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, engine: str = "libllvm"):
        if engine not in ("libllvm", "llvmlite"):
            raise ValueError(f"unknown engine {engine!r}")
        self.engine = self.name = engine
        self.timeout = timeout
        self.proc: subprocess.Popen | None = None
        self._buf = b""
        self._stderr = None

    def _start(self) -> None:
        import sys

        self._stderr = tempfile.TemporaryFile()
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                   LLMOPT_WORKER_PARENT=str(os.getpid()))
        self.proc = subprocess.Popen([sys.executable, "-c", "from llmcompiler.llvm.backends import worker_main; worker_main()"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=env)
        self._buf = b""

    def close(self) -> None:
        if self.proc is not None:
            try:
                self.proc.kill()
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
            self.proc = None

    def __del__(self):
        self.close()

    def _read(self, deadline: float, n: int | None = None) -> bytes:
        """Read a header line (n is None) or exactly n bytes before the deadline."""
        import select
        import time

        fd = self.proc.stdout.fileno()
        while True:
            if n is None and b"\n" in self._buf:
                line, self._buf = self._buf.split(b"\n", 1)
                return line
            if n is not None and len(self._buf) >= n:
                data, self._buf = self._buf[:n], self._buf[n:]
                return data
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise EOFError
                self._buf += chunk

    def _died(self) -> str:
        try:
            code = self.proc.wait(timeout=2) if self.proc else None
        except subprocess.TimeoutExpired:
            code = None
        self._stderr.seek(0)
        tail = self._stderr.read()[-4000:].decode(errors="replace")
        why = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit {code}"
        lines = [ln for ln in tail.splitlines() if "Assertion" in ln or "LLVM ERROR" in ln or "error" in ln.lower()]
        self.close()
        return f"{self.engine} worker died ({why}): {one_line(lines[-1] if lines else tail)}"

    def run(self, text: str, passlist, vocab=None, want_text: bool = True, timeout: float | None = None,
            size: bool = False) -> WorkerReply:
        """Run a PassList in the worker: the instruction count, the IR text if wanted and, with
        ``size``, the bytes of the executable sections of the object compiled from the result."""
        if self.engine == "llvmlite":
            req = {"engine": "llvmlite", "segments": LlvmliteBackend.segments(passlist, vocab)}
        else:
            req = {"engine": "libllvm", "pipeline": passlist.render()}
        return self._request(req, text.encode(), want_text, timeout, size)

    def run_pipeline(self, data: str | bytes, pipeline: str, want_text: bool = True, timeout: float | None = None,
                     size: bool = False) -> WorkerReply:
        """Like :meth:`run` for any ``-passes=`` string ('' runs nothing) on IR text or bitcode
        (libLLVM only: it takes opt's syntax)."""
        if self.engine != "libllvm":
            raise BackendError(f"{self.engine} cannot run a pipeline string", "error")
        data = data.encode() if isinstance(data, str) else data
        return self._request({"engine": "libllvm", "pipeline": pipeline}, data, want_text, timeout, size)

    def _request(self, req: dict, data: bytes, want_text: bool, timeout: float | None, size: bool) -> WorkerReply:
        import json
        import time

        header = json.dumps({**req, "want_text": want_text, "size": size, "n": len(data)}).encode() + b"\n"
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        deadline = time.monotonic() + (timeout or self.timeout)
        try:
            self.proc.stdin.write(header + data)
            self.proc.stdin.flush()
            reply = json.loads(self._read(deadline))
            out = self._read(deadline, reply.get("n", 0)).decode() if reply.get("n") else None
        except TimeoutError:
            self.close()
            raise BackendError(f"{self.engine} timed out after {timeout or self.timeout:g} s", "timeout") from None
        except (EOFError, BrokenPipeError, OSError, ValueError):
            raise BackendError(self._died(), "crash") from None
        if not reply["ok"]:
            raise BackendError(reply["error"], reply.get("kind", "error"))
        return WorkerReply(reply["count"], out, reply.get("text_bytes"))


def _exit_with_parent() -> None:
    """End the worker as soon as the process that started it is gone (killed with -9, say), even in
    the middle of a long pipeline: it has nobody left to answer, and its CPU is someone's build."""
    import threading
    import time

    parent = int(os.environ.get("LLMOPT_WORKER_PARENT") or os.getppid())

    def watch():
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def LlvmliteWorker(timeout: float = DEFAULT_TIMEOUT) -> InprocWorker:
    return InprocWorker(timeout, engine="llvmlite")


class WorkerPool:
    """LLVM workers shared by the concurrent calls of a long-lived process (the warm server): at most
    ``size`` of them (one per core), each started once. A call borrows what is free, at least one
    (waiting for it), and gives them back; so concurrent requests never start workers of their own
    nor run more LLVM processes than there are cores."""

    def __init__(self, size: int, timeout: float = DEFAULT_TIMEOUT, engine: str = "libllvm"):
        import threading

        self.engine = engine
        self.workers = [InprocWorker(timeout, engine=engine) for _ in range(max(1, size))]
        self._free = list(self.workers)
        self._cond = threading.Condition()

    def acquire(self, n: int) -> list[InprocWorker]:
        """Up to ``n`` free workers (at least one: waits until one is free)."""
        with self._cond:
            while not self._free:
                self._cond.wait()
            take = self._free[: max(1, n)]
            del self._free[: len(take)]
            return take

    def release(self, workers: list[InprocWorker]) -> None:
        with self._cond:
            self._free.extend(w for w in workers if w not in self._free)
            self._cond.notify_all()

    def warm(self, size: bool = False) -> None:
        """Start every worker at once (each runs -Oz on a two-line module), so that the first requests
        do not wait for them; ``size`` also loads the code generator."""
        import threading

        tiny = ("define i32 @f(i32 %x) minsize optsize {\n  %y = add i32 %x, 0\n  ret i32 %y\n}\n")
        if self.engine == "libllvm":
            from llmcompiler.llvm import ir as irmod

            irmod.init_llvm()
            import llvmlite.binding as llvm

            tiny = f'target triple = "{llvm.get_default_triple()}"\n' + tiny

        def one(w: InprocWorker) -> None:
            with contextlib.suppress(BackendError):
                if self.engine == "libllvm":
                    w.run_pipeline(tiny, "default<Oz>", want_text=False, size=size)
                elif w.proc is None:
                    w._start()  # llvmlite's engine: started, its first run loads the rest

        threads = [threading.Thread(target=one, args=(w,)) for w in self.workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    def close(self) -> None:
        for w in self.workers:
            w.close()


def worker_main() -> None:
    """The InprocWorker child: read requests on stdin, answer on stdout, until stdin closes. A
    libLLVM worker never loads llvmlite (a second copy of LLVM: ~40 ms of CPU at every start)."""
    import json
    import sys

    from llmcompiler.llvm.irtext import count_instructions

    _exit_with_parent()
    engines: dict[str, object] = {}
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    while True:
        line = inp.readline()
        if not line:
            return
        req = json.loads(line)
        data = inp.read(req["n"])
        try:
            if req["engine"] == "llvmlite":
                engine = engines.get("llvmlite") or engines.setdefault("llvmlite", LlvmliteBackend())
                result = engine.run_segments(data.decode(), [tuple(s) for s in req["segments"]])
                if req.get("size"):
                    from llmcompiler.llvm import ir

                    size = ir.text_size(ir.IR(result, "<worker>"))
                else:
                    size = None
            else:
                from llmcompiler.llvm.libllvm import LibLLVM

                engine = engines.get("libllvm") or engines.setdefault("libllvm", LibLLVM())
                result, size = engine.run_sized(data, req["pipeline"], size=bool(req.get("size")))
            body = result.encode() if req["want_text"] else b""
            reply = {"ok": True, "count": count_instructions(result), "text_bytes": size, "n": len(body)}
        except BackendError as e:
            body, reply = b"", {"ok": False, "error": str(e), "kind": e.kind, "n": 0}
        except Exception as e:  # noqa: BLE001 - anything else is reported, the worker lives on
            body, reply = b"", {"ok": False, "error": f"{req['engine']}: {one_line(str(e))}", "kind": "error", "n": 0}
        out.write(json.dumps(reply).encode() + b"\n" + body)
        out.flush()
