"""Benchmark methods: one class per kind, registered by name, each parsing its own spec.

A method turns one size-ready module into a :class:`Record` (its row entry) with one call,
``method.run(target, harness)``. Adding a method is one class here, decorated with :func:`register`:
the parser (:func:`parse_method`), the error for an unknown spec, ``llmopt bench --help`` and the
resume key all read the registry. The execution check (``--execute``) is not a method's business:
the runner applies it to every method's :attr:`Record.text`.

The CLI reads the registry when it builds its parser, for every command: so this module imports
nothing heavy at the top (no LLVM bindings, no model, no torch); what a method runs with is imported
when it runs.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from llmcompiler.defaults import DEFAULT_MODEL
from llmcompiler.errors import LlmoptError
from llmcompiler.llvm.passes import PassList, default_vocabulary, parse

if TYPE_CHECKING:
    from llmcompiler.llvm.harness import Harness
    from llmcompiler.llvm.ir import IR

FALLBACK = "-Oz"  # how a row spells the -Oz fallback's pipeline (the baseline, not a vocabulary list)
PKG = Path(__file__).resolve().parents[2]  # llmcompiler/: the model methods' fingerprint reads its sources


@dataclass(frozen=True)
class Target:
    """What a method runs on: one suite module, size-ready, with its -Oz count."""

    name: str  # the suite's name for the module (ir:DIR looks for DIR/<name>.ll)
    ir: IR
    count_oz: int
    execute: bool = False  # the answer will be run under lli-22: keep its IR (and tune only lists that run)


@dataclass
class Record:
    """One method's answer on one module: ``row["methods"][spec]`` is :meth:`to_dict`."""

    raw_count: int | None  # the method's own best count, before falling back to -Oz (None: no answer)
    count: int  # what counts: never above -Oz (and -Oz's count for a miscompile)
    compilations: int
    fallback: bool  # -Oz is the answer
    failures: int = 0
    pipeline: str | None = None  # the answer's -passes= string, FALLBACK when -Oz (None: not a pass list)
    stats: dict = field(default_factory=dict)  # method-specific fields, in the row after ``pipeline``
    error: str | None = None
    miscompile: bool = False
    seconds: float = 0.0
    text: str | None = None  # the answer's IR (kept for the execution check; never written to a row)

    def to_dict(self) -> dict:
        d = {"failures": self.failures, "miscompile": self.miscompile, "raw_count": self.raw_count,
             "count": self.count, "compilations": self.compilations, "fallback": self.fallback}
        if self.pipeline is not None:
            d["pipeline"] = self.pipeline
        d.update(self.stats)
        if self.error is not None:
            d["error"] = self.error
        d["seconds"] = self.seconds
        return d


# ---------------------------------------------------------------------------------------------
# the registry

METHODS: dict[str, type[Method]] = {}  # kind -> class, in the order of --help


def register(cls: type[Method]) -> type[Method]:
    """Class decorator: make a method kind known to :func:`parse_method` and to the help."""
    if cls.kind in METHODS:
        raise ValueError(f"method kind {cls.kind!r} registered twice")
    METHODS[cls.kind] = cls
    return cls


_SPEC = re.compile(r"([a-z][a-z-]*)(?:([:@])(.*))?", re.DOTALL)


def parse_method(spec: str) -> Method:
    """The method a command-line spec names (``oz``, ``list:PIPELINE``, ``tune@N``, ...); LlmoptError
    (one line) when the spec is malformed or its inputs are missing."""
    m = _SPEC.fullmatch(spec)
    cls = METHODS.get(m.group(1)) if m else None
    if cls is None or m.group(2) != cls.sep or (cls.sep == ":" and not m.group(3)):
        raise LlmoptError(f"unknown method '{spec}' (expected {usage()})")
    return cls.from_spec(spec, m.group(3) or "")


def usage() -> str:
    """The registered spec forms, as a phrase: ``oz, list:PIPELINE, ... or coreset@K[:LABELS]``."""
    forms = [cls.syntax for cls in METHODS.values()]
    return ", ".join(forms[:-1]) + " or " + forms[-1] if len(forms) > 1 else "".join(forms)


def methods_help() -> str:
    """One line per registered method, its syntax and what it does (``llmopt bench --help``)."""
    width = max(len(cls.syntax) for cls in METHODS.values()) + 2
    return "\n".join(f"  {cls.syntax:<{width}}{cls.help}" for cls in METHODS.values())


# ---------------------------------------------------------------------------------------------
# the methods


@dataclass(frozen=True)
class Method:
    """A benchmark method. Subclasses set the class attributes and implement :meth:`run`."""

    kind: ClassVar[str]  # the registry name: what a spec starts with
    sep: ClassVar[str | None] = None  # what follows the kind in a spec: ':' (an argument), '@' (a number...)
    syntax: ClassVar[str]  # the spec form, as --help shows it
    help: ClassVar[str]
    uses_torch: ClassVar[bool] = False  # runs the model: the runner gives torch its share of the cores

    spec: str  # as given on the command line; also the method's name in reports

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> Method:
        """The method for ``spec`` (``arg``: what follows the kind and its separator)."""
        return cls(spec)

    def run(self, target: Target, harness: Harness) -> Record:
        raise NotImplementedError

    def fingerprint(self) -> str:
        """What the method's results depend on besides its name: a resumed run reuses rows only when
        this is unchanged (a retrained model or relabelled data under the same spec recomputes);
        empty when the name says it all."""
        return ""


@dataclass(frozen=True)
class ListsMethod(Method):
    """Methods that propose fixed pass lists: every one is verified, the best that beats -Oz counts."""

    def candidates(self) -> list[str]:
        """The lists as written (what the fingerprint hashes)."""
        return []

    def _evaluated(self, harness: Harness) -> list:
        return self.candidates()

    def run(self, target: Target, harness: Harness) -> Record:
        r = harness.evaluate(target.ir, self._evaluated(harness), keep_text=target.execute)
        oks = [c.count for c in r.candidates if c.ok]
        errors = [c.error for c in r.candidates if c.error]
        return Record(raw_count=min(oks) if oks else (None if r.candidates else target.count_oz),
                      count=r.best_count, compilations=r.compilations, fallback=r.chosen is None,
                      failures=sum(not c.ok for c in r.candidates),
                      pipeline=r.best_pipeline if r.chosen is not None else FALLBACK,
                      error=errors[0] if errors else None, text=r.best_text if r.chosen is not None else None)

    def fingerprint(self) -> str:
        return hashlib.sha256("\n".join(self.candidates()).encode()).hexdigest()[:16]


@register
@dataclass(frozen=True)
class OzMethod(ListsMethod):
    kind = "oz"
    syntax = "oz"
    help = "the -Oz baseline itself (geomean exactly 1.0)"

    def fingerprint(self) -> str:
        return ""


@register
@dataclass(frozen=True)
class ListMethod(ListsMethod):
    kind, sep = "list", ":"
    syntax = "list:PIPELINE"
    help = "one pass list for every module, e.g. 'list:iroutliner,default<Oz>'"

    pipeline: str = ""

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> ListMethod:
        parse(arg)  # fail early, before any work, on a list that cannot be parsed
        return cls(spec, arg)

    def candidates(self) -> list[str]:
        return [self.pipeline]


@register
@dataclass(frozen=True)
class PassesMethod(ListsMethod):
    kind, sep = "passes", ":"
    syntax = "passes:FILE"
    help = "pass lists from FILE, one per line; the best verified one counts"

    path: str = ""

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> PassesMethod:
        if not Path(arg).is_file():
            raise LlmoptError(f"method {spec}: no such file {arg}")
        return cls(spec, arg)

    def candidates(self) -> list[str]:
        lines = Path(self.path).read_text().splitlines()
        return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@register
@dataclass(frozen=True)
class IrMethod(Method):
    kind, sep = "ir", ":"
    syntax = "ir:DIR"
    help = "an external optimizer's output, DIR/<module>.ll"

    dir: str = ""

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> IrMethod:
        if not Path(arg).is_dir():
            raise LlmoptError(f"method {spec}: no such directory {arg}")
        return cls(spec, arg)

    def run(self, target: Target, harness: Harness) -> Record:
        from llmcompiler.llvm.ir import load

        try:
            out = load(Path(self.dir) / f"{target.name}.ll")
        except LlmoptError as e:
            return Record(raw_count=None, count=target.count_oz, compilations=1, fallback=True, failures=1,
                          error=str(e))
        value = harness.value_of(out)  # instructions, or object bytes with --metric text
        wins = value < target.count_oz
        return Record(raw_count=value, count=value if wins else target.count_oz, compilations=1,
                      fallback=not wins, text=out.text if wins else None)


def _number(spec: str, rest: str, what: str) -> tuple[int, str]:
    """``N`` and ``X`` of ``kind@N[:X]`` (N >= 1), else the method's one-line usage error."""
    n, _, x = rest.partition(":")
    if not n.isdigit() or int(n) < 1:
        raise LlmoptError(f"method {spec}: {what}")
    return int(n), x


@register
@dataclass(frozen=True)
class TuneMethod(Method):
    kind, sep = "tune", "@"
    syntax = "tune@N[:STRATEGY]"
    help = "the autotuner, N evaluations per module (hill, random or evo; default hill)"

    budget: int = 0
    strategy: str = "hill"

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> TuneMethod:
        from llmcompiler.llvm.search import STRATEGIES

        what = f"expected tune@N or tune@N:STRATEGY ({', '.join(STRATEGIES)})"
        budget, strategy = _number(spec, arg, what)
        if strategy and strategy not in STRATEGIES:
            raise LlmoptError(f"method {spec}: {what}")
        return cls(spec, budget, strategy or "hill")

    def run(self, target: Target, harness: Harness) -> Record:
        from llmcompiler.llvm.search import tune

        t = tune(target.ir, budget=self.budget, strategy=self.strategy, seed=0, harness=harness,
                 check_exec=target.execute)
        r = harness.evaluate(target.ir, [t.best] if t.best is not None else [], keep_text=target.execute)
        return Record(raw_count=t.best_count, count=r.best_count,
                      compilations=t.evaluations + t.minimize_evaluations + 1, fallback=r.chosen is None,
                      failures=t.failures, pipeline=r.best_pipeline if r.chosen is not None else FALLBACK,
                      text=r.best_text if r.chosen is not None else None)


@register
@dataclass(frozen=True)
class ModelMethod(Method):
    kind, sep = "model", "@"
    syntax = "model@K[:DIR]"
    help = "the model's K candidates, verified (default model: models/default; its ranker when it has one)"
    uses_torch = True
    decoding: ClassVar[str | None] = None  # None: the model's own (catalogue when it has one)

    k: int = 0
    model: str = ""  # a model directory ('' for the default)

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> ModelMethod:
        k, path = _number(spec, arg, f"expected {cls.kind}@K or {cls.kind}@K:PATH with K >= 1")
        if path and not Path(path).exists():
            raise LlmoptError(f"method {spec}: no such model directory {path}")
        return cls(spec, k, path)

    def run(self, target: Target, harness: Harness) -> Record:
        from llmcompiler.tools.advisor import suggest

        sg = suggest(target.ir, k=self.k, model=self.model or None, harness=harness, prepare=False,
                     keep_output=target.execute, decoding=self.decoding)
        measured = [c.measured for c in sg.candidates if c.measured is not None]
        first = next((c for c in sg.candidates if c.status != "invalid-answer"), None)
        chosen = None if sg.fallback else next((c for c in sg.candidates if c.pipeline == sg.pipeline), None)
        stats = {"answers": len(sg.candidates), "valid": sum(c.status != "invalid-answer" for c in sg.candidates),
                 "top1_count": first.measured if first else None,
                 "predicted_before": first.predicted_before if first else None,
                 "predicted_after": first.predicted_after if first else None,
                 # the answer's own prediction (instructions), beside its measured count in stats' "count"
                 "chosen_predicted_after": chosen.predicted_after if chosen else None,
                 "chosen_measured": chosen.measured if chosen and sg.metric == "instructions" else None,
                 "model_seconds": round(sg.model_seconds, 4), "verify_seconds": round(sg.verify_seconds, 4),
                 "notes": list(sg.notes)}
        return Record(raw_count=min(measured) if measured else None, count=sg.count, compilations=sg.compilations,
                      fallback=sg.fallback, pipeline=sg.pipeline if not sg.fallback else FALLBACK,
                      failures=sum(c.status not in ("better", "ties", "loses", "invalid-answer")
                                   for c in sg.candidates),
                      stats=stats,
                      text=sg.output.text if target.execute and not sg.fallback and sg.output is not None else None)

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        path = Path(self.model or DEFAULT_MODEL)
        for name in ("config.json", "lists.json", "tokenizer.json", "model.safetensors", "ranker.json", "ranker.safetensors"):
            f = path / name
            h.update(f.read_bytes() if f.is_file() else b"-")
        for src in ("model/model.py", "model/prompt.py", "model/tokenizer.py", "model/decoder.py", "model/ranker.py",
                    "model/features.py", "tools/advisor.py"):  # how it reads and decodes
            h.update((PKG / src).read_bytes())
        return h.hexdigest()[:16]


@register
@dataclass(frozen=True)
class ModelNetworkMethod(ModelMethod):
    kind = "model-net"
    syntax = "model-net@K[:DIR]"
    help = "the network's own ranking of its catalogue (decoding 'catalogue'), where model@K uses the ranker"
    decoding = "catalogue"


@register
@dataclass(frozen=True)
class ModelFreeMethod(ModelMethod):
    kind = "model-free"
    syntax = "model-free@K[:DIR]"
    help = "the same, a beam search not held to the model's list catalogue"
    decoding = "free"


@register
@dataclass(frozen=True)
class CoresetMethod(ListsMethod):
    kind, sep = "coreset", "@"
    syntax = "coreset@K[:LABELS]"
    help = "the K most frequent best lists of the training labels, verified"

    k: int = 0
    labels: str = ""  # a labels file ('' for the default)

    @classmethod
    def from_spec(cls, spec: str, arg: str) -> CoresetMethod:
        k, path = _number(spec, arg, f"expected {cls.kind}@K or {cls.kind}@K:PATH with K >= 1")
        if path and not Path(path).exists():
            raise LlmoptError(f"method {spec}: no such labels file {path}")
        meth = cls(spec, k, path)
        if not meth.lists():  # fail early when there are no labels
            raise LlmoptError(f"method {spec}: no training labels that beat -Oz in {path or 'data/labels.jsonl.gz'}")
        for items in meth.lists():
            default_vocabulary().passlist(items)  # and on a label list that is not in the vocabulary
        return meth

    def lists(self) -> tuple[tuple[str, ...], ...]:
        return _coreset_lists(self.k, self.labels)

    def candidates(self) -> list[str]:
        return [",".join(items) for items in self.lists()]

    def _evaluated(self, harness: Harness) -> list[PassList]:
        return [harness.vocab.passlist(items) for items in self.lists()]


@functools.lru_cache(maxsize=8)
def _coreset_lists(k: int, path: str) -> tuple[tuple[str, ...], ...]:
    """The coreset baseline: the k most frequent best lists of the training labels."""
    from llmcompiler.model import dataset

    labels = [r for r in dataset.read_jsonl(path or dataset.LABELS) if "error" not in r and r.get("split") == "train"]
    return tuple(dataset.coreset(labels, k))
