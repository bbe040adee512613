"""Evaluate candidate pass lists against ``-Oz`` and pick the best one that is verified and wins.

    >>> from llmcompiler.llvm import ir, harness
    >>> m = ir.prepare(ir.load("examples/crc32.O0.ll"))
    >>> r = harness.evaluate(m, ["default<Oz>", "default<Oz>,default<Oz>", "-mem2reg -simplifycfg", "bogus-pass"])
    >>> r.count_before, r.count_oz, [(c.status, c.count) for c in r.candidates], r.chosen
    (137, 72, [('ties', 72), ('loses', 81), ('loses', 73), ('unknown-pass', None)], None)

Rules, in the order they apply:

* the baseline is what ``clang-22 -Oz`` runs, applied by opt-22 to the same IR (computed once per IR).
  That is opt's ``default<Oz>`` plus the SLP vectorizer, which clang enables at -Oz and opt does not;
  the exact pipeline string is in ``passes/llvm22.json`` (``reference_pipelines.Oz``);
* a candidate that does not parse, crashes opt, times out or yields IR the verifier rejects is
  reported with a one-line reason and never chosen;
* a verified candidate is *chosen* only when it has strictly fewer instructions than ``-Oz``; on a
  tie or a loss ``-Oz`` is the answer, so a result is never worse than ``-Oz``;
* every (IR hash, pipeline) is evaluated once per :class:`Harness` (an in-memory cache).

A :class:`Harness` owns a worker process (the fast path): use it as a context manager, or call
:meth:`Harness.close`, when you create one; :func:`evaluate` does that for a one-off call.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from llmcompiler.defaults import DEFAULT_TIMEOUT
from llmcompiler.errors import BackendError, PassError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.backends import InprocWorker, OptBackend
from llmcompiler.llvm.passes import OZ, PassList, Vocabulary, default_vocabulary, parse
from llmcompiler.metrics import reduction

FAILED = ("unknown-pass", "crash", "timeout", "invalid", "error", "deadline")  # deadline: not run, out of time
# Where pipelines run besides opt-22: "auto" picks libLLVM-22 (opt's own library, every list) when it
# is installed, else llvmlite (the lists it runs exactly like opt); "off" runs everything in opt-22.
FAST_PATHS = ("auto", "libllvm", "llvmlite", "off")
# What "smaller" means. "instructions": IR instructions in defined functions (Module::getInstructionCount).
# "text": bytes of the executable sections of the object file LLVM's code generator makes from the
# module (libLLVM-22's, in the worker, with the module's triple, PIC and the default codegen level:
# what clang-22 -c emits, and what llc-22 -filetype=obj makes of opt-22's bitcode output).
METRICS = ("instructions", "text")
# Passes whose result depends on where objects sit in memory: LLVM 22's GVNSink iterates PHIs in
# pointer order (fixed upstream by llvm-project #205952), so in the long-lived fast-path worker the
# same list can count differently from run to run, while opt in a fresh process is stable. Lists
# with one of these always run in opt. (Forks of the worker per run were tried, from a pristine copy
# and on a thread with a new malloc arena: mostly stable, but utf8_decode with one list still counted
# 281 or 293 from one worker to the next, and an answer that changes between builds is not one to ship.)
UNSTABLE = ("gvn-sink",)


@dataclass(frozen=True)
class Measurement:
    """One pipeline's instruction count on one module, or why there is none.

    Invariants: ``count`` is None exactly when ``kind`` (one of FAILED) is set, and then ``error``
    says why in one line.
    """

    count: int | None
    error: str | None = None
    kind: str | None = None
    backend: str = ""  # 'opt', 'libllvm', 'llvmlite', 'none' (empty list) or 'cache'

    def __post_init__(self):
        if (self.count is None) != (self.kind is not None) or (self.kind is not None and self.kind not in FAILED):
            raise ValueError(f"inconsistent measurement: count={self.count} kind={self.kind}")

    @property
    def ok(self) -> bool:
        return self.count is not None


@dataclass(frozen=True)
class Outcome:
    """What one candidate did to one module.

    Invariants: ``count`` is None exactly when ``status`` is a failure (one of FAILED) and then
    ``error`` says why in one line; otherwise status is 'better', 'ties' or 'loses' (against -Oz).
    """

    candidate: str  # as given (a string, or the rendered PassList)
    pipeline: str  # the -passes= string that ran ('' if it did not parse)
    status: str
    count: int | None = None
    error: str | None = None
    backend: str = ""  # 'opt', 'llvmlite' or 'cache'
    seconds: float = 0.0

    def __post_init__(self):
        if (self.count is None) != (self.status in FAILED):
            raise ValueError(f"inconsistent outcome: status={self.status} count={self.count}")

    @property
    def ok(self) -> bool:
        return self.count is not None


@dataclass(frozen=True)
class Result:
    """The verdict on one module.

    Invariants: ``best_count <= count_oz``; ``chosen`` is None (``-Oz`` fallback) or the index of a
    candidate whose status is 'better' and whose count is the smallest among candidates.
    """

    name: str
    ir_hash: str
    count_before: int | None  # None when the evaluation was asked not to measure the input
    count_oz: int
    candidates: tuple[Outcome, ...]
    chosen: int | None  # index into candidates, None when -Oz is the answer
    compilations: int  # pipelines this evaluation ran or would have run (-Oz included)
    seconds: float
    best_text: str | None = field(default=None, repr=False, compare=False)  # IR of the answer, if kept

    def __post_init__(self):
        if self.best_count > self.count_oz:
            raise ValueError("a result is never worse than -Oz")

    @property
    def best(self) -> Outcome | None:
        return None if self.chosen is None else self.candidates[self.chosen]

    oz_pipeline: str = field(default=OZ, repr=False, compare=False)  # the exact -Oz baseline pipeline
    metric: str = "instructions"  # what the counts are: IR instructions, or object bytes ("text")

    @property
    def best_pipeline(self) -> str:
        return self.oz_pipeline if self.chosen is None else self.candidates[self.chosen].pipeline

    @property
    def best_count(self) -> int:
        return self.count_oz if self.chosen is None else self.candidates[self.chosen].count

    @property
    def reduction_vs_oz(self) -> float:
        return reduction(self.count_oz, self.best_count)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "metric": self.metric,
            "ir_hash": self.ir_hash,
            "count_before": self.count_before,
            "count_oz": self.count_oz,
            "best_count": self.best_count,
            "best_pipeline": self.best_pipeline,
            "fallback_to_oz": self.chosen is None,
            "reduction_vs_oz": self.reduction_vs_oz,
            "compilations": self.compilations,
            "seconds": round(self.seconds, 4),
            "candidates": [
                {
                    "candidate": c.candidate,
                    "pipeline": c.pipeline,
                    "status": c.status,
                    "count": c.count,
                    "reduction_vs_oz": None if c.count is None else reduction(self.count_oz, c.count),
                    "error": c.error,
                    "backend": c.backend,
                    "seconds": round(c.seconds, 4),
                }
                for c in self.candidates
            ],
        }


def is_count(value) -> bool:
    """A count or size as a baseline may be given: an int (not a bool), not negative."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class Harness:
    """Runs pipelines on IR with the fast path where exact, opt otherwise, and caches counts."""

    def __init__(self, opt: str | None = None, timeout: float = DEFAULT_TIMEOUT, fast_path: str = "auto",
                 vocab: Vocabulary | None = None, cache_size: int = 200_000, jobs: int = 1,
                 metric: str = "instructions", workers: list[InprocWorker] | None = None):
        """``workers``: fast-path workers lent by a :class:`~llmcompiler.llvm.backends.WorkerPool`
        (the first answers single runs, all of them run candidates in parallel; ``jobs`` is then
        their number). The harness uses them and never closes them: they are the lender's."""
        if fast_path not in FAST_PATHS:
            raise ValueError(f"fast_path must be one of {', '.join(FAST_PATHS)}, not {fast_path!r}")
        if metric not in METRICS:
            raise ValueError(f"metric must be one of {', '.join(METRICS)}, not {metric!r}")
        self.metric = metric
        self.vocab = vocab or default_vocabulary()
        self.opt = OptBackend(opt)
        # The fast path runs in a worker process, so a crash in LLVM costs a respawn, not the caller.
        if workers:
            fast_path = workers[0].engine
        elif fast_path == "auto":
            from llmcompiler.llvm import libllvm

            fast_path = "libllvm" if libllvm.available() else "llvmlite"
        self._lent = bool(workers)
        if workers:
            self.inproc = workers[0]
        else:
            self.inproc = InprocWorker(timeout, engine=fast_path) if fast_path != "off" else None
        self.fast_path_failures = 0  # runs the worker could not finish (opt answered instead)
        self.timeout = timeout
        self.oz_pipeline = self.vocab.reference.get("Oz", OZ)
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, str], Measurement] = OrderedDict()
        self.compilations = 0  # pipelines actually run (cache misses)
        self._confirmed: set[tuple[str, str]] = set()  # cache keys whose value came from opt
        self._oz_text: tuple[str, str] | None = None  # (IR hash, -Oz output) of the last baseline kept
        self.jobs = len(workers) if workers else max(1, int(jobs))  # candidates at once, each on a worker of its own
        self._spares: list[InprocWorker] = list(workers[1:]) if workers else []  # the workers beyond the first
        self._lock = threading.Lock()  # the cache and counters, when candidates run in parallel
        self._sizer: InprocWorker | None = None  # libLLVM worker measuring opt's output when the fast path is not libLLVM
        self._sizer_lock = threading.Lock()

    def close(self) -> None:
        """Stop the fast-path worker (a later run starts a new one)."""
        for w in ([] if self._lent else [self.inproc, *self._spares]) + [self._sizer]:
            if w is not None:
                w.close()

    def __enter__(self) -> Harness:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def clear_cache(self) -> None:
        """Forget every count (the next evaluation of each pipeline runs it again)."""
        with self._lock:
            self._cache.clear()
            self._confirmed.clear()
            self._oz_text = None

    # -- one pipeline ---------------------------------------------------------------------------
    def _run(self, ir: irmod.IR, passlist: PassList, want_text: bool, worker: InprocWorker | None = None,
             limit: float | None = None) -> tuple[int, str | None, str]:
        """(count, text, backend) of one PassList; raises BackendError when opt fails. ``limit``:
        seconds for this run when less than the harness's timeout (a call's deadline is near)."""
        if not passlist.items:
            return self.value_of(ir), ir.text, "none"
        worker = worker or self.inproc
        with self._lock:
            self.compilations += 1
        if worker is not None and (worker.engine == "libllvm" or passlist.in_process()) \
                and not any(item.split("<", 1)[0] in UNSTABLE for item in passlist.items):
            try:
                r = worker.run(ir.text, passlist, self.vocab, want_text=want_text, timeout=limit or self.timeout,
                               size=self.metric == "text")
                return (r.text_bytes if self.metric == "text" else r.count), r.text, worker.engine
            except BackendError as e:
                # llvmlite's results equal opt's whenever it finishes; when it does not (an LLVM
                # assertion, a hang), opt, the reference, decides. libLLVM is opt's own code: a list
                # that hung there hangs in opt too, so it is not given a second timeout.
                with self._lock:
                    self.fast_path_failures += 1
                if e.kind == "timeout" and worker.engine == "libllvm":
                    raise
        value, text = self._opt(ir.text, passlist.render(), worker, limit)
        return value, text, "opt"

    def _opt(self, text: str, pipeline: str, worker: InprocWorker | None = None,
             limit: float | None = None) -> tuple[int, str]:
        """(value in the metric, IR text) of a pipeline that opt-22 runs. In bytes, opt writes bitcode
        (which keeps the use-list order code generation depends on) and libLLVM compiles it."""
        timeout = limit or self.timeout
        if self.metric == "instructions":
            out = self.opt.run(text, pipeline, timeout=timeout)
            return irmod.count_instructions(out), out
        sizer = worker if worker is not None and worker.engine == "libllvm" else self._libllvm_sizer()
        if sizer is None:  # no libLLVM-22: llvmlite's code generator measures every module alike
            out = self.opt.run(text, pipeline, timeout=timeout)
            return irmod.text_size(irmod.IR(out, "<opt>")), out
        bitcode = self.opt.run(text, pipeline, timeout=timeout, bitcode=True)
        with self._sizer_lock if sizer is self._sizer else contextlib.nullcontext():
            r = sizer.run_pipeline(bitcode, "", want_text=True, timeout=timeout, size=True)
        return r.text_bytes, r.text

    def _libllvm_sizer(self) -> InprocWorker | None:
        if self.inproc is not None:
            return self.inproc if self.inproc.engine == "libllvm" else None
        from llmcompiler.llvm import libllvm

        with self._sizer_lock:
            if self._sizer is None and libllvm.available():
                self._sizer = InprocWorker(self.timeout, engine="libllvm")
        return self._sizer

    def value_of(self, ir: irmod.IR) -> int:
        """The metric of a module as it is (no passes): its instructions, or its object's bytes."""
        return ir.count if self.metric == "instructions" else self.text_bytes(ir)

    def text_bytes(self, ir: irmod.IR) -> int:
        """Bytes of the executable sections of the object compiled from ``ir`` as it is, cached."""
        key = (ir.hash, "@text")
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            sizer = self._libllvm_sizer()
            if sizer is None:
                hit = Measurement(irmod.text_size(ir), backend="llvmlite")
            else:
                with self._sizer_lock if sizer is self._sizer else contextlib.nullcontext():
                    r = sizer.run_pipeline(ir.text, "", want_text=False, timeout=self.timeout, size=True)
                hit = Measurement(r.text_bytes, backend="libllvm")
            with self._lock:
                self._cache[key] = hit
        return hit.count

    def apply(self, ir: irmod.IR, passlist: PassList) -> str:
        """Run a PassList and return the resulting IR text (raises BackendError)."""
        return self._run(ir, passlist, want_text=True)[1]

    def count(self, ir: irmod.IR, passlist: PassList) -> Measurement:
        """The count of one PassList on one IR (or why it failed), cached."""
        return self._count(ir, passlist, want_text=False)[0]

    def _count(self, ir: irmod.IR, passlist: PassList, want_text: bool, worker: InprocWorker | None = None,
               limit: float | None = None) -> tuple[Measurement, str | None]:
        """:meth:`count`, and the IR it produced when ``want_text`` and it was not cached."""
        key = (ir.hash, passlist.render())
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return replace(hit, backend="cache"), None
        text = None
        try:
            count, text, backend = self._run(ir, passlist, want_text, worker, limit)
            value = Measurement(count, backend=backend)
        except BackendError as e:
            value = Measurement(None, str(e), e.kind, "opt")
        if not (value.kind == "timeout" and limit is not None):  # a shortened run's timeout is not the list's
            self._store(key, value, exact=value.backend != "llvmlite")  # opt, libLLVM (opt's own code), no passes
        return value, text

    def _store(self, key: tuple[str, str], value: Measurement, exact: bool) -> None:
        """Cache a value; ``exact`` marks it as opt's answer, which needs no confirmation."""
        with self._lock:
            self._cache[key] = value
            if exact:
                self._confirmed.add(key)
            else:
                self._confirmed.discard(key)
            if len(self._cache) > self.cache_size:
                self._confirmed.discard(self._cache.popitem(last=False)[0])

    def confirm(self, ir: irmod.IR, passlist: PassList) -> Measurement:
        """Re-run a fast-path winner with opt, the reference, and cache opt's answer instead.

        llvmlite runs the same LLVM code, and its printed result equals opt's on single passes and on
        ~99.9% of random lists (tests/test_backends.py), but state that printing does not show (use-list
        order, cached analyses) can make a long sequence diverge. So every candidate that the fast path
        says beats -Oz is confirmed by opt before it is reported or chosen.
        """
        return self._confirm(ir, passlist)[0]

    def _confirm(self, ir: irmod.IR, passlist: PassList, limit: float | None = None) -> tuple[Measurement, str | None]:
        with self._lock:
            self.compilations += 1
        text = None
        try:
            count, text = self._opt(ir.text, passlist.render(), limit=limit)
            value = Measurement(count, backend="opt")
        except BackendError as e:
            value = Measurement(None, str(e), e.kind, "opt")
        if not (value.kind == "timeout" and limit is not None):
            self._store((ir.hash, passlist.render()), value, exact=True)
        return value, text

    def oz_count(self, ir: irmod.IR) -> int:
        """The reference: clang-22's exact -Oz pipeline, computed once per IR."""
        return self._oz(ir, want_text=False)[0]

    def assume_oz(self, ir: irmod.IR, value: int) -> None:
        """Take ``value`` as the -Oz baseline of ``ir`` instead of measuring it: a caller that has
        that very number already (llmopt-cc: the bytes of clang-22's own -Oz object, from a command
        line whose object the worker's measurement is known to equal) spares a pipeline and a code
        generation. Should -Oz's IR be wanted later, it is run, and this value stays the baseline."""
        if not is_count(value):
            raise ValueError(f"a -Oz baseline is a count, not {value!r}")
        with self._lock:
            self._cache[(ir.hash, "@oz")] = Measurement(value, backend="caller")

    def _oz(self, ir: irmod.IR, want_text: bool) -> tuple[int, str | None]:
        """(count, text if wanted) of the -Oz baseline. With the libLLVM fast path it runs in the
        worker: opt's own library with the same target machine, so the same IR as opt-22 (the text
        is compared on every benchmark program in ``tests/test_libllvm.py``); else in opt-22."""
        key = (ir.hash, "@oz")
        with self._lock:
            hit = self._cache.get(key)
            memo = self._oz_text if self._oz_text is not None and self._oz_text[0] == ir.hash else None
        if hit is not None and (not want_text or memo is not None):
            return hit.count, memo[1] if want_text else None
        with self._lock:
            self.compilations += 1
        count = text = None
        if self.inproc is not None and self.inproc.engine == "libllvm":
            try:
                r = self.inproc.run_pipeline(ir.text, self.oz_pipeline, want_text=want_text, timeout=self.timeout,
                                             size=self.metric == "text")
                count, text = (r.text_bytes if self.metric == "text" else r.count), r.text
            except BackendError:
                with self._lock:
                    self.fast_path_failures += 1
        if count is None:
            count, text = self._opt(ir.text, self.oz_pipeline)
        if hit is not None:  # run for its IR only: the baseline stays the one counted (or assumed) first
            count = hit.count
        with self._lock:
            self._cache[key] = hit or Measurement(count, backend="opt")
            if want_text:
                self._oz_text = (ir.hash, text)
        return count, text if want_text else None

    def _left(self, deadline: float | None) -> float | None:
        """Seconds a run may take before ``deadline`` when that is less than the timeout (at least a
        millisecond: check :meth:`_expired` first), else None."""
        if deadline is None:
            return None
        left = deadline - time.monotonic()
        return max(left, 0.001) if left < self.timeout else None

    @staticmethod
    def _expired(deadline: float | None) -> bool:
        return deadline is not None and time.monotonic() >= deadline

    def _map(self, fn, n: int) -> list:
        """``[fn(i, worker) for i in range(n)]``, on up to ``jobs`` workers at once, in order."""
        if self.jobs <= 1 or n <= 1 or self.inproc is None:
            return [fn(i) for i in range(n)]
        from concurrent.futures import ThreadPoolExecutor

        while len(self._spares) < min(self.jobs, n) - 1:
            self._spares.append(InprocWorker(self.timeout, engine=self.inproc.engine))
        free: queue.SimpleQueue = queue.SimpleQueue()
        for w in [self.inproc, *self._spares[: min(self.jobs, n) - 1]]:
            free.put(w)

        def task(i):
            w = free.get()
            try:
                return fn(i, w)
            finally:
                free.put(w)

        with ThreadPoolExecutor(min(self.jobs, n)) as ex:
            return list(ex.map(task, range(n)))

    # -- a set of candidates -------------------------------------------------------------------
    def evaluate(self, ir: irmod.IR, candidates, keep_text: bool = False, deadline: float | None = None,
                 measure_input: bool = True, confirm: bool = True) -> Result:
        """Evaluate candidates (strings in any accepted syntax, or PassLists) on size-ready IR.

        With ``jobs`` > 1 the candidates run in parallel, each on a worker of its own; the outcome
        is the same as one after the other. With ``keep_text`` the answer's IR is kept from the run
        that measured it (compiled once), in ``Result.best_text``. ``deadline`` (a ``time.monotonic()``
        instant) bounds the call: a run gets what time is left (at most its timeout), a candidate not
        started by then is reported as ``deadline``, and the answer is the best verified so far, or -Oz.
        Without ``measure_input`` the input itself is not measured (``count_before`` None): in bytes
        that is a code generation a caller comparing only against -Oz does not need. Without
        ``confirm`` a winner measured by llvmlite is not run again in opt (its ``backend`` says so):
        for a caller that verifies the answer with opt-22 itself.
        """
        t0 = time.perf_counter()
        with self._lock:
            oz_cached = (ir.hash, "@oz") in self._cache
        # the -Oz text is needed only when -Oz is the answer: fetched with the count when it is new
        count_oz, oz_text = self._oz(ir, want_text=keep_text and not oz_cached)
        with self._lock:
            oz_given = getattr(self._cache.get((ir.hash, "@oz")), "backend", "") == "caller"  # (assume_oz)
        labels, passlists, errors = [], [], {}
        for i, cand in enumerate(candidates):
            labels.append(cand.render() if isinstance(cand, PassList) else str(cand))
            try:
                passlists.append(cand if isinstance(cand, PassList) else parse(cand, self.vocab))
            except PassError as e:
                passlists.append(None)
                errors[i] = str(e)

        def measure(i: int, worker: InprocWorker | None = None) -> tuple[Outcome, str | None]:
            t1, pl = time.perf_counter(), passlists[i]
            if pl is None:
                return Outcome(labels[i], "", "unknown-pass", error=errors[i]), None
            if self._expired(deadline):
                return Outcome(labels[i], pl.render(), "deadline", error="not run: the deadline had passed"), None
            got, text = self._count(ir, pl, keep_text, worker, self._left(deadline))
            # a fast-path winner not yet confirmed by opt (fresh, or cached by an earlier count())
            if confirm and got.ok and got.count < count_oz and (ir.hash, pl.render()) not in self._confirmed:
                if self._expired(deadline):
                    return Outcome(labels[i], pl.render(), "deadline",
                                   error="not confirmed by opt-22: the deadline had passed"), None
                got, text = self._confirm(ir, pl, self._left(deadline))
            if not got.ok:
                status = got.kind
            else:
                status = "better" if got.count < count_oz else "ties" if got.count == count_oz else "loses"
            outcome = Outcome(labels[i], pl.render(), status, got.count, got.error, got.backend, time.perf_counter() - t1)
            return outcome, text if status == "better" else None

        measured = self._map(measure, len(passlists))
        outcomes = [o for o, _ in measured]
        winners = [i for i, o in enumerate(outcomes) if o.status == "better"]
        chosen = min(winners, key=lambda i: (outcomes[i].count, i)) if winners else None
        best_text = None
        if keep_text:
            if chosen is None:
                best_text = oz_text if oz_text is not None else self._oz(ir, want_text=True)[1]
            else:
                best_text = measured[chosen][1] or self.apply(ir, passlists[chosen])
        return Result(
            name=ir.name,
            ir_hash=ir.hash,
            count_before=self.value_of(ir) if measure_input else None,
            count_oz=count_oz,
            candidates=tuple(outcomes),
            chosen=chosen,
            compilations=(not oz_given) + sum(o.pipeline != "" for o in outcomes),
            seconds=time.perf_counter() - t0,
            best_text=best_text,
            oz_pipeline=self.oz_pipeline,
            metric=self.metric,
        )


def combine(results: list[Result]) -> Result:
    """Evaluations of one module in rounds (:meth:`Harness.evaluate` each, same harness) as one: their
    candidates in order, the best that beats -Oz chosen among all of them (the first on a tie), -Oz
    counted once."""
    first = results[0]
    if any(r.ir_hash != first.ir_hash for r in results):
        raise ValueError("rounds of different modules")
    candidates = tuple(o for r in results for o in r.candidates)
    winners = [i for i, o in enumerate(candidates) if o.status == "better"]
    chosen = min(winners, key=lambda i: (candidates[i].count, i)) if winners else None
    best_text = results[-1].best_text
    if chosen is not None:
        start = 0
        for r in results:  # the round the answer came from kept its IR
            if chosen < start + len(r.candidates):
                best_text = r.best_text
                break
            start += len(r.candidates)
    return replace(
        first, candidates=candidates, chosen=chosen, best_text=best_text, seconds=sum(r.seconds for r in results),
        compilations=first.compilations + sum(o.pipeline != "" for r in results[1:] for o in r.candidates))


def evaluate(ir: irmod.IR, candidates, keep_text: bool = False) -> Result:
    """Evaluate candidates once, with a :class:`Harness` of its own (closed afterwards)."""
    with Harness() as h:
        return h.evaluate(ir, candidates, keep_text=keep_text)
