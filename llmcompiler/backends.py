"""Run a pass list with real LLVM: opt-22 in a subprocess (the reference) or llvmlite in-process.

* :class:`OptBackend` runs any pipeline string with a timeout, isolated from crashes; it is the
  reference for every count and the only one that runs ``default<Oz>`` for the baseline.
* :class:`LlvmliteBackend` runs a :class:`~llmcompiler.passes.PassList` whose every item has an
  ``llvmlite`` method in the vocabulary (proven identical to opt by ``passes/generate.py`` and
  ``tests/test_backends.py``); it skips the ~15 ms process start and the text round trip.

Both take canonical IR text and return canonical IR text, verified.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import signal
import subprocess
from collections import OrderedDict

from .errors import BackendError, ToolError, one_line

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
# default is static, so without this flag opt-22 with clang's exact -Oz pipeline does not reproduce
# clang-22 -Oz. The in-process path creates its TargetMachine with reloc="pic" for the same reason.
OPT_TARGET_ARGS = ("--relocation-model=pic",)


class OptBackend:
    """opt in a subprocess: any pipeline, a timeout, and a crash reported as a BackendError."""

    name = "opt"

    def __init__(self, opt: str | None = None, target_args: tuple[str, ...] = OPT_TARGET_ARGS):
        self.opt = opt or find_opt()
        self.target_args = tuple(target_args)

    def run(self, text: str, pipeline: str, timeout: float = 60.0, extra_args: tuple[str, ...] = ()) -> str:
        """Apply ``pipeline`` (a ``-passes=`` string; empty means no passes) and return the IR text."""
        cmd = [self.opt, *self.target_args, *extra_args, f"-passes={pipeline}" if pipeline else "-passes=", "-S", "-o", "-", "-"]
        if not pipeline:
            cmd.remove("-passes=")
        try:
            proc = subprocess.run(cmd, input=text.encode(), capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise BackendError(f"opt timed out after {timeout:g} s on -passes='{pipeline}'", "timeout") from None
        if proc.returncode < 0:
            sig = signal.Signals(-proc.returncode).name
            msg = one_line(proc.stderr.decode(errors="replace"))
            raise BackendError(f"opt crashed ({sig}) on -passes='{pipeline}': {msg}", "crash")
        if proc.returncode != 0:
            msg = one_line(proc.stderr.decode(errors="replace"))
            kind = "invalid" if "verif" in msg.lower() or "broken" in msg.lower() else "error"
            if "did not reach a fixpoint" in msg or "LLVM ERROR" in msg or "PLEASE submit" in proc.stderr.decode(errors="replace"):
                kind = "crash"
            raise BackendError(f"opt failed on -passes='{pipeline}': {msg}", kind)
        return proc.stdout.decode()


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
        from . import ir

        ir.init_llvm()
        self._tms: dict[str, object] = {}
        self._pbs: dict[tuple[str, str], object] = {}
        self._verified: OrderedDict[str, bool] = OrderedDict()  # texts already verified

    def _tm(self, triple: str):
        import llvmlite.binding as llvm

        if triple not in self._tms:
            target = llvm.Target.from_triple(triple or llvm.get_default_triple())
            self._tms[triple] = target.create_target_machine(opt=2, reloc="pic", codemodel="small")
        return self._tms[triple]

    def _pb(self, triple: str, level: str = "O2"):
        import llvmlite.binding as llvm

        key = (triple, level)
        if key not in self._pbs:
            o = _PIPELINE_OPTIONS[level]
            pto = llvm.create_pipeline_tuning_options(speed_level=o["speed_level"])
            pto.inlining_threshold = o["inlining_threshold"]
            pto.loop_unrolling = True
            pto.loop_vectorization = True
            pto.slp_vectorization = False
            pto.loop_interleaving = True
            self._pbs[key] = (llvm.create_pass_builder(self._tm(triple), pto), pto)
        return self._pbs[key][0]

    def run(self, text: str, passlist, vocab=None) -> str:
        """Apply a PassList in-process; raise BackendError if an item has no exact llvmlite path."""
        import llvmlite.binding as llvm

        from . import ir

        vocab = vocab or passlist.vocab
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
        triple = mod.triple
        segment = None
        segments = []
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
        for kind, what in segments:
            if kind == "pipeline":
                pb = self._pb(triple, what)
                pb.getModulePassManager().run(mod, pb)
            else:
                pb = self._pb(triple, "O2")
                mpm = llvm.create_new_module_pass_manager()
                for method in what:
                    getattr(mpm, method)()
                mpm.run(mod, pb)
        try:
            mod.verify()
        except RuntimeError as e:
            raise BackendError(f"passes produced invalid IR: {one_line(str(e))}", "invalid") from None
        return str(mod)
