"""The advisor: model candidates, verified by the harness, never worse than -Oz.

``suggest(ir, k=8)`` prepares the IR (size-ready), asks the model for k distinct pass lists (best
first), evaluates each with the harness (real LLVM) and returns the best that strictly beats -Oz,
else -Oz itself, saying why. With ``verify=False`` it returns the model's raw top-1 and its predicted
counts, without compiling anything.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from llmcompiler.errors import IRError, LlmoptError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.harness import OZ, Harness, default_harness
from llmcompiler.metrics import reduction

_models: dict[tuple[str, str | None], object] = {}


def get_model(model=None, prompt_format: str | None = None, decoding: str | None = None):
    """A loaded model: a ``Model`` as is, else a directory (None: the embedded default), loaded once."""
    from llmcompiler.defaults import DEFAULT_MODEL
    from llmcompiler.model.model import Model, load

    if isinstance(model, Model):
        return model
    path = Path(model) if model is not None else DEFAULT_MODEL
    key = (str(path.resolve()), prompt_format, decoding)
    if key not in _models:
        _models[key] = load(path, prompt_format=prompt_format, decoding=decoding)
    return _models[key]


@dataclass(frozen=True)
class CandidateReport:
    pipeline: str
    predicted_before: int | None
    predicted_after: int | None
    measured: int | None  # instructions after the list (None: not verified or failed)
    status: str  # better / ties / loses / a failure kind / 'unverified'
    error: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """The advisor's answer for one module.

    Invariant (verified): ``count <= count_oz``; ``fallback`` is True exactly when -Oz is the answer.
    """

    name: str
    count_before: int
    count_oz: int | None  # None only without verification
    pipeline: str  # what to paste after opt -passes=
    count: int | None  # measured instructions after ``pipeline`` (None only without verification)
    fallback: bool
    reason: str  # one line: why this answer
    predicted_before: int | None
    predicted_after: int | None
    candidates: tuple[CandidateReport, ...]
    compilations: int
    model_seconds: float
    verify_seconds: float
    model: str
    notes: tuple[str, ...] = ()
    output: irmod.IR | None = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if self.count is not None and self.count_oz is not None and self.count > self.count_oz:
            raise ValueError("a verified suggestion is never worse than -Oz")

    @property
    def reduction_vs_oz(self) -> float | None:
        if self.count is None or self.count_oz is None:
            return None
        return reduction(self.count_oz, self.count)

    @property
    def valid_candidates(self) -> int:
        return sum(1 for c in self.candidates if c.status not in ("invalid-answer",))

    def to_dict(self) -> dict:
        return {
            "name": self.name, "count_before": self.count_before, "count_oz": self.count_oz,
            "pipeline": self.pipeline, "count": self.count, "fallback_to_oz": self.fallback,
            "reason": self.reason, "reduction_vs_oz": self.reduction_vs_oz,
            "predicted_before": self.predicted_before, "predicted_after": self.predicted_after,
            "compilations": self.compilations, "model_seconds": round(self.model_seconds, 4),
            "verify_seconds": round(self.verify_seconds, 4), "model": self.model, "notes": list(self.notes),
            "candidates": [c.__dict__ for c in self.candidates],
        }


def _as_ir(ir) -> irmod.IR:
    if isinstance(ir, irmod.IR):
        return ir
    if isinstance(ir, (str, bytes)) and not (isinstance(ir, str) and len(ir) < 4096 and os.path.isfile(ir)):
        return irmod.parse(ir)
    return irmod.load(ir)


def suggest(ir, k: int = 8, model=None, verify: bool = True, prepare: bool = True, keep_output: bool = False,
            harness: Harness | None = None, prompt_format: str | None = None, timeout: float | None = None,
            decoding: str | None = None) -> Suggestion:
    """Best verified pass list for ``ir`` (an ``IR``, IR text or a path) among the model's k candidates."""
    if k < 1:
        raise LlmoptError("k must be at least 1")
    mod = _as_ir(ir)
    if mod.count == 0:
        raise IRError(f"{mod.name}: the module defines no function bodies: nothing to optimize")
    notes: list[str] = []
    if prepare and not irmod.is_size_ready(mod.text):
        mod = irmod.prepare(mod)
        notes.append("input was not size-ready (no minsize/optsize, or -O0 optnone): prepared like clang -Oz")
    m = get_model(model, prompt_format, decoding)
    # the bare -Oz answer is the baseline itself (always measured): it takes no candidate slot
    proposal = m.propose(mod.text, k + 1)
    notes += proposal.notes
    answers = [c.answer for c in proposal.candidates
               if not (c.answer.passlist is not None and c.answer.passlist.items == (OZ,))][:k]
    valid = [a for a in answers if a.passlist is not None]
    top = valid[0] if valid else None
    if not verify:
        return Suggestion(
            name=mod.name, count_before=mod.count, count_oz=None,
            pipeline=top.passlist.render() if top else "default<Oz>", count=None, fallback=top is None,
            reason="model's top-1, not verified" if top else "the model gave no valid pass list",
            predicted_before=top.before if top else None, predicted_after=top.after if top else None,
            candidates=tuple(CandidateReport(a.passlist.render() if a.passlist else "", a.before, a.after, None,
                                             "unverified" if a.passlist else "invalid-answer", a.error) for a in answers),
            compilations=0, model_seconds=proposal.seconds, verify_seconds=0.0, model=m.name, notes=tuple(notes),
        )
    h = harness or (Harness(timeout=timeout) if timeout else default_harness())
    t0 = time.perf_counter()
    result = h.evaluate(mod, [a.passlist for a in valid], keep_text=keep_output)
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
            reason = f"no candidate beat -Oz ({len(valid)} verified): -Oz"
        pred = (top.before, top.after) if top else (None, None)
    output = irmod.IR(result.best_text, mod.name) if keep_output and result.best_text is not None else None
    return Suggestion(
        name=mod.name, count_before=mod.count, count_oz=result.count_oz, pipeline=result.best_pipeline,
        count=result.best_count, fallback=result.chosen is None, reason=reason, predicted_before=pred[0],
        predicted_after=pred[1], candidates=tuple(reports), compilations=result.compilations,
        model_seconds=proposal.seconds, verify_seconds=verify_seconds, model=m.name, notes=tuple(notes), output=output,
    )
