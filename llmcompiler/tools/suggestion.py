"""What the advisor answers: :class:`Suggestion` and its :class:`CandidateReport` rows, with the report
``llmopt suggest`` prints and the dictionary ``--json`` prints. Text only, no LLVM: the server's
clients build them from its answers without loading LLVM (``advisor.suggest`` makes them in-process).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llmcompiler.llvm.irtext import IR
from llmcompiler.metrics import reduction


@dataclass(frozen=True)
class CandidateReport:
    pipeline: str
    predicted_before: int | None
    predicted_after: int | None
    measured: int | None  # the metric after the list (None: not verified or failed)
    status: str  # better / ties / loses / a failure kind / 'unverified'
    error: str | None = None


@dataclass(frozen=True)
class Suggestion:
    """The advisor's answer for one module.

    Invariant (verified): ``count <= count_oz``; ``fallback`` is True exactly when -Oz is the answer.
    The counts are in ``metric``: IR instructions, or (``text``) bytes of the object's executable
    sections; the model's predictions are always instructions.
    """

    name: str
    count_before: int | None  # None when not measured (``caller_verifies``)
    count_oz: int | None  # None only without verification
    pipeline: str  # what to paste after opt -passes=
    count: int | None  # measured after ``pipeline``, in ``metric`` (None only without verification)
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
    metric: str = "instructions"
    output: IR | None = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if self.count is not None and self.count_oz is not None and self.count > self.count_oz:
            raise ValueError("a verified suggestion is never worse than -Oz")

    @property
    def reduction_vs_oz(self) -> float | None:
        if self.count is None or self.count_oz is None:
            return None
        return reduction(self.count_oz, self.count)

    @property
    def verified(self) -> bool:
        return self.count_oz is not None

    def report(self, verbose: bool = False) -> str:
        """The text ``llmopt suggest`` prints: the answer, its counts and costs (``verbose``: every
        candidate first). Notes are not part of it (they go to stderr)."""
        from llmcompiler.tools.report import pct, table

        def pred(x):
            return "?" if x is None else str(x)

        if not self.verified:
            head = (f"{self.name}: {self.reason}" if self.fallback
                    else f"{self.name}: model top-1 (not verified): opt-22 -passes='{self.pipeline}'")
            return (f"{head}\n  predicted instructions: before {pred(self.predicted_before)} (actual "
                    f"{self.count_before}), after {pred(self.predicted_after)}\n  model {self.model_seconds:.2f} s")
        out = []
        if verbose:
            rows = [[i + 1, c.pipeline or f"(invalid: {c.error})", pred(c.predicted_after), pred(c.measured), c.status]
                    for i, c in enumerate(self.candidates)]
            out += [table(rows, ["#", "candidate", "predicted", "measured", "vs -Oz"]), ""]
        out.append(f"{self.name}: -Oz ({self.reason})" if self.fallback else f"{self.name}: opt-22 -passes='{self.pipeline}'")
        if self.metric == "instructions":
            out.append(f"  instructions: input {pred(self.count_before)} (predicted {pred(self.predicted_before)}), "
                       f"-Oz {self.count_oz}, answer {self.count} (predicted {pred(self.predicted_after)}): "
                       f"{pct(self.reduction_vs_oz)} vs -Oz")
        else:
            out.append(f"  object text bytes: input {pred(self.count_before)}, -Oz {self.count_oz}, answer {self.count}: "
                       f"{pct(self.reduction_vs_oz)} vs -Oz (model's predicted instructions: "
                       f"{pred(self.predicted_before)} -> {pred(self.predicted_after)})")
        out.append(f"  {len(self.candidates)} candidates, {self.compilations} compilations, "
                   f"model {self.model_seconds:.2f} s, verification {self.verify_seconds:.2f} s")
        return "\n".join(out)

    def to_dict(self) -> dict:
        return {
            "name": self.name, "metric": self.metric, "count_before": self.count_before, "count_oz": self.count_oz,
            "pipeline": self.pipeline, "count": self.count, "fallback_to_oz": self.fallback,
            "reason": self.reason, "reduction_vs_oz": self.reduction_vs_oz,
            "predicted_before": self.predicted_before, "predicted_after": self.predicted_after,
            "compilations": self.compilations, "model_seconds": round(self.model_seconds, 4),
            "verify_seconds": round(self.verify_seconds, 4), "model": self.model, "notes": list(self.notes),
            "candidates": [c.__dict__ for c in self.candidates],
        }
