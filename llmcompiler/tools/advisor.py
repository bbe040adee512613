"""The advisor: model candidates, verified by the harness, never worse than -Oz.

``suggest(ir, k=8)`` (``ir``: an ``IR``, a ``pathlib.Path`` to a file, or IR text) makes the IR
size-ready (``ir.size_ready``), asks the model for k distinct pass lists (best
first), evaluates each with the harness (real LLVM) and returns the best that strictly beats -Oz,
else -Oz itself, saying why. With ``verify=False`` it returns the model's raw top-1 and its predicted
counts, without compiling anything.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
import time
from pathlib import Path

from llmcompiler.defaults import DEFAULT_K, DEFAULT_TIMEOUT
from llmcompiler.errors import IRError, LlmoptError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.harness import Harness, combine
from llmcompiler.llvm.passes import OZ
from llmcompiler.tools.suggestion import CandidateReport, Suggestion  # noqa: F401 - advisor.Suggestion

_models: dict[tuple[str, str | None, str | None], tuple[tuple, object]] = {}


def _identity(path: Path) -> tuple:
    """The files of a model directory as they are now (name, size, times, inode): a model retrained or
    replaced in place reads differently, so a long-lived process (the warm server) loads it again."""
    found = []
    try:
        with os.scandir(path) as entries:
            for e in entries:
                if e.is_file():
                    st = e.stat()
                    found.append((e.name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    except OSError:
        return ()
    return tuple(sorted(found))


def get_model(model=None, prompt_format: str | None = None, decoding: str | None = None):
    """A loaded model: a ``Model`` as is, else a directory (None: the embedded default), loaded once
    and again whenever its files change."""
    if "numpy" not in sys.modules:
        # The ranker's matrix products are tiny; OpenBLAS's helper threads would spin after each
        # one, burning ~70 ms of a core per request (measured on the warm server), which the jobs
        # of a parallel build pay for. One thread (unless the user says otherwise).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from llmcompiler.defaults import DEFAULT_MODEL
    from llmcompiler.model.model import Model, RankerModel, load

    if isinstance(model, (Model, RankerModel)):
        return model
    path = Path(model) if model is not None else DEFAULT_MODEL
    key = (str(path.resolve()), prompt_format, decoding)
    now = _identity(path)
    if key not in _models or _models[key][0] != now:
        _models[key] = (now, load(path, prompt_format=prompt_format, decoding=decoding))
    return _models[key][1]


def _as_ir(ir: irmod.IR | os.PathLike | str | bytes) -> irmod.IR:
    """An ``IR`` as is; a path-like (``pathlib.Path``) is a file to load; ``str`` is IR text and
    ``bytes`` IR text or bitcode. A ``str`` is never taken for a file name."""
    if isinstance(ir, irmod.IR):
        return ir
    if isinstance(ir, os.PathLike):
        return irmod.load(ir)
    if isinstance(ir, (str, bytes)):
        try:
            return irmod.parse(ir)
        except IRError as e:
            if isinstance(ir, str) and "\n" not in ir and ir.strip().endswith((".ll", ".bc")):
                raise IRError(f"{e} (a str is IR text: pass a file as pathlib.Path({ir.strip()!r}))") from None
            raise
    raise TypeError(f"suggest() takes an IR, a path-like or IR text, not {type(ir).__name__}")


def _measure_baseline(h: Harness, mod: irmod.IR, measure_input: bool = True) -> None:
    """-Oz's count (and the input's, in bytes, when wanted) into the harness's cache; a failure is
    left for ``evaluate`` to report."""
    try:
        h.oz_count(mod)
        if measure_input:
            h.value_of(mod)
    except LlmoptError:
        pass


def suggest(ir: irmod.IR | os.PathLike | str | bytes, k: int = DEFAULT_K, model=None, verify: bool = True, prepare: bool = True, keep_output: bool = False,
            harness: Harness | None = None, prompt_format: str | None = None, timeout: float | None = None,
            decoding: str | None = None, metric: str = "instructions", deadline: float | None = None,
            caller_verifies: bool = False, oz_value: int | None = None) -> Suggestion:
    """Best verified pass list for ``ir`` among the model's k candidates.

    ``ir`` is an :class:`~llmcompiler.llvm.ir.IR`, a ``pathlib.Path`` (any ``os.PathLike``) naming a
    ``.ll``/``.bc`` file, or the module itself: IR text as ``str``, text or bitcode as ``bytes``. A
    ``str`` is always IR text, never a file name. With ``prepare`` the input is made size-ready
    (:func:`llmcompiler.llvm.ir.size_ready`, noted in ``notes``); with ``keep_output`` the verified
    answer's IR (the harness's ``Result.best_text``) is in ``output``. ``metric`` says what
    "smaller" means (``instructions`` or ``text``: object bytes); a given ``harness`` brings its own.
    Without a harness, one is made for the call (its candidates verified on all cores) and closed.
    ``deadline`` (seconds) bounds the whole call: candidates not verified by then are reported as
    ``deadline`` and the answer is the best verified so far, or -Oz. ``caller_verifies``: the caller
    compares the answer with -Oz itself, with opt-22 on the bytes it writes (the wrappers); so the
    input is not measured in the metric (``count_before`` is None: in bytes, one code generation
    fewer) and a winner measured where the count is not exactly opt's (llvmlite, where libLLVM-22 is
    missing) is not run again in opt. ``oz_value``: the -Oz baseline in the metric, known to the
    caller (llmopt-cc: clang-22's own -Oz object, where the worker's measurement is known to equal
    it), taken as it is instead of measured: one pipeline and, in bytes, a code generation fewer.
    """
    until = None if deadline is None else time.monotonic() + deadline
    if k < 1:
        raise LlmoptError("k must be at least 1")
    mod = _as_ir(ir)
    if mod.count == 0:
        raise IRError(f"{mod.name}: the module defines no function bodies: nothing to optimize")
    notes: list[str] = []
    if prepare:
        mod, note = irmod.size_ready(mod)
        if note:
            notes.append(note)
    h = baseline = None
    if verify:
        h = harness or Harness(timeout=timeout or DEFAULT_TIMEOUT, metric=metric, jobs=os.cpu_count() or 1)
        if oz_value is not None:
            h.assume_oz(mod, oz_value)
        # the -Oz baseline runs in the LLVM worker (another process) while the model thinks
        baseline = threading.Thread(target=_measure_baseline, args=(h, mod, not caller_verifies), daemon=True)
        baseline.start()
    try:
        m = get_model(model, prompt_format, decoding)
        # the bare -Oz answer is the baseline itself (always measured): it takes no candidate slot
        proposal = m.propose(mod.text, k + 1)
        notes += proposal.notes
        kept = [c for c in proposal.candidates
                if not (c.answer.passlist is not None and c.answer.passlist.items == (OZ,))][:k]
        # a ranker with later rounds: the first round now, the rest chosen from what it measures (in
        # instructions, what the ranker's gains are of)
        rounds = (verify and proposal.follow is not None and proposal.first is not None and k > proposal.first
                  and h.metric == "instructions")
        if rounds:
            kept = kept[:proposal.first]
        answers = [c.answer for c in kept]
        if proposal.truncated:  # its counts describe the part it read, not the module: not shown as the module's
            answers = [dataclasses.replace(a, before=None, after=None) for a in answers]
        valid = [a for a in answers if a.passlist is not None]
        top = valid[0] if valid else None
        if not verify:
            return Suggestion(
                name=mod.name, count_before=mod.count, count_oz=None,
                pipeline=top.passlist.render() if top else OZ, count=None, fallback=top is None,
                reason="model's top-1, not verified" if top else "the model gave no valid pass list",
                predicted_before=top.before if top else None, predicted_after=top.after if top else None,
                candidates=tuple(CandidateReport(a.passlist.render() if a.passlist else "", a.before, a.after, None,
                                                 "unverified" if a.passlist else "invalid-answer", a.error)
                                 for a in answers),
                compilations=0, model_seconds=proposal.seconds, verify_seconds=0.0, model=m.name, notes=tuple(notes),
            )
        baseline.join()
        t0 = time.perf_counter()
        result = h.evaluate(mod, [a.passlist for a in valid], keep_text=keep_output, deadline=until,
                            measure_input=not caller_verifies, confirm=not caller_verifies)
        thinking = 0.0
        if rounds:
            done = [result]
            while len(kept) < k and not any(o.status == "deadline" for r in done for o in r.candidates):
                outcomes = [o for r in done for o in r.candidates]
                tried = list(zip([c for c in kept if c.answer.passlist is not None], [o.count for o in outcomes]))
                t1 = time.perf_counter()
                more = [c for c in proposal.follow(tried, result.count_oz, k - len(kept)) if c.answer.passlist is not None]
                thinking += time.perf_counter() - t1  # the model's time, not verification's
                if not more:
                    break
                kept += more
                answers += [c.answer for c in more]
                valid += [c.answer for c in more]
                done.append(h.evaluate(mod, [c.answer.passlist for c in more], keep_text=keep_output, deadline=until,
                                       measure_input=not caller_verifies, confirm=not caller_verifies))
            result = combine(done)
        if result.metric == "instructions":  # -Oz's count is measured now: the ranker's sharper prediction
            answers = [dataclasses.replace(a, after=round(result.count_oz * c.after_per_oz))
                       if c.after_per_oz is not None and a.after is not None else a for a, c in zip(answers, kept)]
            valid = [a for a in answers if a.passlist is not None]
    finally:
        if baseline is not None:
            baseline.join()
        if h is not None and harness is None:
            h.close()
    verify_seconds = time.perf_counter() - t0
    reports = []
    outcomes = iter(result.candidates)
    for a in answers:
        if a.passlist is None:
            reports.append(CandidateReport("", a.before, a.after, None, "invalid-answer", a.error))
        else:
            o = next(outcomes)
            reports.append(CandidateReport(o.pipeline, a.before, a.after, o.count, o.status, o.error))
    if result.chosen is not None:
        chosen = valid[result.chosen]
        reason = f"candidate {answers.index(chosen) + 1} of {len(answers)} beats -Oz"
        pred = (chosen.before, chosen.after)
    else:
        chosen = None
        if not answers:
            reason = "the model gave no candidate: -Oz"
        elif not valid:
            reason = f"none of the model's {len(answers)} answers was a valid pass list: -Oz"
        else:
            late = sum(o.status == "deadline" for o in result.candidates)
            reason = (f"no candidate beat -Oz ({len(valid) - late} verified"
                      + (f", {late} not verified before the deadline" if late else "") + "): -Oz")
        pred = (top.before, top.after) if top else (None, None)
    output = irmod.IR(result.best_text, mod.name) if keep_output and result.best_text is not None else None
    return Suggestion(
        name=mod.name, count_before=result.count_before, count_oz=result.count_oz, pipeline=result.best_pipeline,
        count=result.best_count, fallback=result.chosen is None, reason=reason, predicted_before=pred[0],
        predicted_after=pred[1], candidates=tuple(reports), compilations=result.compilations,
        model_seconds=proposal.seconds + thinking, verify_seconds=verify_seconds - thinking, model=m.name,
        notes=tuple(notes), metric=result.metric, output=output,
    )
