"""The benchmark runner behind ``llmopt bench``: methods over a suite, per module and as a geomean.

    llmopt bench --suite programs --method oz --method 'list:iroutliner,default<Oz>' --execute

A *suite* is a manifest of size-ready ``.ll`` files (``benchmarks/<suite>/manifest.json``) or any
directory of ``.ll`` files. A *method* proposes candidates for a module:

* ``oz``: nothing (the answer is -Oz; its geomean ratio is exactly 1.0 by construction);
* ``list:PIPELINE``: one pass list for every module;
* ``passes:FILE``: the pass lists in FILE, one per line (top-k verified, the best one counts);
* ``ir:DIR``: an external optimizer's output, ``DIR/<name>.ll`` for each module;
* ``tune@N`` (or ``tune@N:STRATEGY``): the autotuner with a budget of N evaluations per module.

Every answer goes through the harness (verified, never worse than -Oz: a losing or failing candidate
falls back to -Oz and is counted as such). With ``--execute`` each program's unoptimized IR and each
method's answer run under ``lli-22`` and their outputs are compared; a method that changes the output
is reported as a miscompile and its size win does not count.

Runs are parallel across modules, resumable (rows are appended to ``results.jsonl`` as they finish and
skipped on the next run), and deterministic (rows are sorted; counts do not depend on timing).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from pathlib import Path

from llmcompiler.defaults import BENCH_DIR
from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.suites import BenchModule, load_suite, sample
from llmcompiler.llvm.toolchain import run_program
from llmcompiler.metrics import geomean_ratio, reduction


@dataclass(frozen=True)
class Method:
    spec: str  # as given on the command line; also the method's name in reports
    kind: str  # 'oz', 'list', 'passes', 'ir'
    arg: str = ""

    def candidates(self) -> list[str]:
        if self.kind == "list":
            return [self.arg]
        if self.kind == "coreset":
            k, _, path = self.arg.partition(":")
            lists = _coreset_lists(int(k), path)
            if not lists:
                raise LlmoptError(f"method {self.spec}: no training labels that beat -Oz in {path or 'data/labels.jsonl.gz'}")
            return list(lists)
        if self.kind == "passes":
            return [ln.strip() for ln in Path(self.arg).read_text().splitlines() if ln.strip() and not ln.startswith("#")]
        return []

    def fingerprint(self) -> str:
        """What the method's results depend on besides its name: a resumed run reuses rows only when
        this is unchanged (a retrained model or relabelled data under the same spec recomputes)."""
        h = hashlib.sha256()
        if self.kind in ("model", "model-free"):
            from llmcompiler.defaults import DEFAULT_MODEL

            path = Path(self.arg.partition(":")[2] or DEFAULT_MODEL)
            for name in ("config.json", "lists.json", "tokenizer.json", "model.safetensors"):
                f = path / name
                h.update(f.read_bytes() if f.is_file() else b"-")
            pkg = Path(__file__).resolve().parent.parent
            for src in ("model/model.py", "model/prompt.py", "model/tokenizer.py", "tools/advisor.py"):  # how it reads and decodes
                h.update((pkg / src).read_bytes())
        elif self.kind in ("coreset", "list", "passes"):
            h.update("\n".join(self.candidates()).encode())
        else:
            return ""
        return h.hexdigest()[:16]


@functools.lru_cache(maxsize=8)
def _coreset_lists(k: int, path: str) -> tuple[str, ...]:
    """The coreset baseline: the k most frequent best lists of the training labels."""
    from llmcompiler.model.dataset import LABELS, coreset, read_jsonl

    labels = [r for r in read_jsonl(path or LABELS) if "error" not in r and r.get("split") == "train"]
    return tuple(",".join(items) for items in coreset(labels, k))


def parse_method(spec: str) -> Method:
    if spec == "oz":
        return Method(spec, "oz")
    kind, _, arg = spec.partition(":")
    if kind == "list" and arg:
        from llmcompiler.llvm.passes import parse

        parse(arg)  # fail early, before any work, on a list that cannot be parsed
        return Method(spec, "list", arg)
    if kind == "passes" and arg:
        if not Path(arg).is_file():
            raise LlmoptError(f"method {spec}: no such file {arg}")
        return Method(spec, "passes", arg)
    if kind == "ir" and arg:
        if not Path(arg).is_dir():
            raise LlmoptError(f"method {spec}: no such directory {arg}")
        return Method(spec, "ir", arg)
    if spec.startswith(("model@", "model-free@", "coreset@")):
        kind, _, rest = spec.partition("@")
        k, _, path = rest.partition(":")
        if not k.isdigit() or int(k) < 1:
            raise LlmoptError(f"method {spec}: expected {kind}@K or {kind}@K:PATH with K >= 1")
        if path and not Path(path).exists():
            raise LlmoptError(f"method {spec}: no such {'labels file' if kind == 'coreset' else 'model directory'} {path}")
        meth = Method(spec, kind, f"{k}:{path}")
        if kind == "coreset":
            meth.candidates()  # fail early when there are no labels
        return meth
    if spec.startswith("tune@"):
        budget, _, strategy = spec[5:].partition(":")
        from llmcompiler.llvm.search import STRATEGIES

        if not budget.isdigit() or int(budget) < 1 or (strategy and strategy not in STRATEGIES):
            raise LlmoptError(f"method {spec}: expected tune@N or tune@N:STRATEGY ({', '.join(STRATEGIES)})")
        return Method(spec, "tune", f"{budget}:{strategy or 'hill'}")
    raise LlmoptError(f"unknown method '{spec}' (expected oz, list:PIPELINE, passes:FILE, ir:DIR, tune@N, "
                      "model@K[:DIR], model-free@K[:DIR] or coreset@K[:LABELS])")


# ---------------------------------------------------------------------------------------------
# execution check


# ---------------------------------------------------------------------------------------------
# one module

_harness = None


def _get_harness(timeout: float):
    global _harness
    if _harness is None:
        from llmcompiler.llvm.harness import Harness

        _harness = Harness(timeout=timeout)
    return _harness


def bench_module(mod: BenchModule, methods: list[Method], execute: bool = False, timeout: float = 60.0) -> dict:
    """Evaluate every method on one module; a row of the results."""
    h = _get_harness(timeout)
    m = irmod.prepare(irmod.load(mod.path))
    count_oz = h.oz_count(m)
    row = {"suite": mod.suite, "name": mod.name, "split": mod.split, "hash": m.hash,
           "count_o0": m.count, "count_oz": count_oz, "methods": {}}
    reference = run_program(m.text) if execute else None
    if execute:
        row["reference_exit"] = reference[0]
    for meth in methods:
        t0 = time.perf_counter()
        rec: dict = {"failures": 0, "miscompile": False}
        if meth.kind == "ir":
            path = Path(meth.arg) / f"{mod.name}.ll"
            try:
                out = irmod.load(path)
                raw, text, comps = out.count, out.text, 0
            except LlmoptError as e:
                raw, text, comps, rec["error"] = None, None, 0, str(e)
                rec["failures"] = 1
            best = raw if raw is not None and raw < count_oz else count_oz
            if best == count_oz:
                text = None
            rec.update(raw_count=raw, count=best, compilations=comps + 1, fallback=best == count_oz)
        elif meth.kind == "tune":
            from llmcompiler.llvm.search import tune

            budget, strategy = meth.arg.split(":")
            t = tune(m, budget=int(budget), strategy=strategy, seed=0, harness=h, check_exec=execute)
            r = h.evaluate(m, [t.best] if t.best is not None else [], keep_text=execute)
            rec.update(raw_count=t.best_count, count=r.best_count, compilations=t.evaluations + t.minimize_evaluations + 1,
                       fallback=r.chosen is None, failures=t.failures,
                       pipeline=r.best_pipeline if r.chosen is not None else "-Oz")
            text = r.best_text if r.chosen is not None else None
        elif meth.kind in ("model", "model-free"):
            from llmcompiler.tools.advisor import suggest

            _share_cores()

            k, _, path = meth.arg.partition(":")
            sg = suggest(m, k=int(k), model=path or None, harness=h, prepare=False, keep_output=execute,
                         decoding="free" if meth.kind == "model-free" else None)
            measured = [c.measured for c in sg.candidates if c.measured is not None]
            first = next((c for c in sg.candidates if c.status != "invalid-answer"), None)
            rec.update(raw_count=min(measured) if measured else None, count=sg.count, compilations=sg.compilations,
                       fallback=sg.fallback, pipeline=sg.pipeline if not sg.fallback else "-Oz",
                       failures=sum(c.status not in ("better", "ties", "loses", "invalid-answer") for c in sg.candidates),
                       answers=len(sg.candidates), valid=sum(c.status != "invalid-answer" for c in sg.candidates),
                       top1_count=first.measured if first else None,
                       predicted_before=first.predicted_before if first else None,
                       predicted_after=first.predicted_after if first else None,
                       model_seconds=round(sg.model_seconds, 4), verify_seconds=round(sg.verify_seconds, 4),
                       notes=list(sg.notes))
            text = sg.output.text if execute and not sg.fallback and sg.output is not None else None
        else:
            r = h.evaluate(m, meth.candidates(), keep_text=execute)
            oks = [c.count for c in r.candidates if c.ok]
            rec.update(raw_count=min(oks) if oks else (None if r.candidates else count_oz), count=r.best_count,
                       compilations=r.compilations, fallback=r.chosen is None,
                       failures=sum(not c.ok for c in r.candidates), pipeline=r.best_pipeline if r.chosen is not None else "-Oz")
            errors = [c.error for c in r.candidates if c.error]
            if errors:
                rec["error"] = errors[0]
            text = r.best_text if r.chosen is not None else None
        if execute and text is not None:
            got = run_program(text)
            if got != reference:
                rec["miscompile"] = True
                rec["count"] = count_oz  # a wrong program's size win does not count
                rec["error"] = f"output differs from -O0 (exit {got[0]} vs {reference[0]})"
        rec["seconds"] = round(time.perf_counter() - t0, 4)
        row["methods"][meth.spec] = rec
    return row


def _share_cores() -> None:
    """In a pool worker, torch gets this worker's share of the cores instead of all of them."""
    import torch

    share = max(1, (os.cpu_count() or 1) // max(1, int(os.environ.get("LLMOPT_BENCH_JOBS", "1"))))
    if torch.get_num_threads() != share:
        torch.set_num_threads(share)


def _bench_task(args):
    mod, methods, execute, timeout = args
    try:
        return bench_module(mod, methods, execute, timeout)
    except LlmoptError as e:
        return {"suite": mod.suite, "name": mod.name, "split": mod.split, "error": str(e), "methods": {}}


# ---------------------------------------------------------------------------------------------
# a run


def summarize(rows: list[dict], methods: list[str]) -> dict:
    """Per method: geomean vs -Oz (with fallback, and of the raw lists), improved/tied/regressed."""
    good = [r for r in rows if "error" not in r]
    out = {}
    for meth in methods:
        recs = [(r, r["methods"][meth]) for r in good if meth in r["methods"]]
        pairs = [(r["count_oz"], rec["count"]) for r, rec in recs]
        raw_pairs = [(r["count_oz"], rec["raw_count"]) for r, rec in recs if rec["raw_count"] is not None]
        out[meth] = {
            "modules": len(recs),
            "geomean_ratio_vs_oz": geomean_ratio(pairs),
            "geomean_reduction_vs_oz": 1 - geomean_ratio(pairs),
            "raw_geomean_reduction_vs_oz": 1 - geomean_ratio(raw_pairs) if raw_pairs else None,
            "improved": sum(c < oz for oz, c in pairs),
            "tied": sum(c == oz for oz, c in pairs),
            "regressed": sum(c > oz for oz, c in pairs),
            "raw_regressed": sum(c > oz for oz, c in raw_pairs),
            "failures": sum(rec["failures"] for _, rec in recs),
            "miscompiles": sum(rec["miscompile"] for _, rec in recs),
            "compilations": sum(rec["compilations"] for _, rec in recs),
            "seconds": round(sum(rec["seconds"] for _, rec in recs), 3),
        }
        if any("answers" in rec for _, rec in recs):  # model methods: answer quality and count prediction
            out[meth].update(_model_stats(recs))
    return out


def _model_stats(recs) -> dict:
    def mape(pairs):
        pairs = [(a, p) for a, p in pairs if a and p is not None]
        return sum(abs(p - a) / a for a, p in pairs) / len(pairs) if pairs else None

    top1 = [(r["count_oz"], rec["top1_count"]) for r, rec in recs if rec.get("top1_count") is not None]
    return {
        "answers": sum(rec["answers"] for _, rec in recs),
        "valid_answers": sum(rec["valid"] for _, rec in recs),
        "top1_valid": sum(rec.get("top1_count") is not None for _, rec in recs),
        "top1_geomean_reduction_vs_oz": 1 - geomean_ratio(top1) if top1 else None,
        "mape_before": mape([(r["count_o0"], rec.get("predicted_before")) for r, rec in recs]),
        "mape_after": mape([(rec.get("top1_count"), rec.get("predicted_after")) for _, rec in recs]),
        "model_seconds": round(sum(rec["model_seconds"] for _, rec in recs), 3),
        "verify_seconds": round(sum(rec["verify_seconds"] for _, rec in recs), 3),
        "truncated_prompts": sum(bool(rec.get("notes")) for _, rec in recs),
    }


def run(suite: str, methods: list[str], split: str | None = None, jobs: int | None = None,
        execute: bool = False, out_dir: str | Path | None = None, fresh: bool = False,
        timeout: float = 60.0, progress: bool = True, limit: int | None = None) -> dict:
    """Run methods over a suite; returns (and writes to out_dir) the summary and per-module rows."""
    meths = [parse_method(s) for s in methods]
    mods = load_suite(suite, split)
    if limit:
        mods = sample(mods, limit)
    out_dir = Path(out_dir or BENCH_DIR / "results" / f"{Path(suite).name}{'-' + split if split else ''}")
    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / "results.jsonl"
    key = {"methods": methods, "execute": execute,
           "inputs": {m.spec: fp for m in meths if (fp := m.fingerprint())}}
    done: dict[str, dict] = {}
    if jsonl.exists() and not fresh:
        for line in jsonl.read_text().splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a kill
            if rec.get("key") == key:
                done[rec["row"]["name"]] = rec["row"]
    elif fresh and jsonl.exists():
        jsonl.unlink()
    todo = [m for m in mods if m.name not in done]
    t0 = time.perf_counter()
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    tasks = [(m, meths, execute, timeout) for m in todo]
    os.environ["LLMOPT_BENCH_JOBS"] = str(jobs)
    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(mods), initial=len(mods) - len(todo), desc=f"bench {Path(suite).name}", unit="module")
    with open(jsonl, "a+") as log:
        log.seek(0, os.SEEK_END)
        if log.tell() > 0:
            log.seek(log.tell() - 1)
            if log.read(1) != "\n":
                log.write("\n")  # end a line torn by a killed run, so the next record stands alone

        def record(row):
            done[row["name"]] = row
            log.write(json.dumps({"key": key, "row": row}) + "\n")
            log.flush()
            if bar:
                bar.update(1)

        if jobs == 1:
            for t in tasks:
                record(_bench_task(t))
        else:
            with mp.get_context("fork").Pool(jobs) as pool:
                for row in pool.imap_unordered(_bench_task, tasks):
                    record(row)
    if bar:
        bar.close()
    rows = sorted((done[m.name] for m in mods), key=lambda r: r["name"])
    result = {"suite": suite, "split": split, "sample": limit, "methods": methods, "execute": execute, "jobs": jobs,
              "wall_seconds": round(time.perf_counter() - t0, 2), "resumed_modules": len(mods) - len(todo),
              "summary": summarize(rows, methods), "rows": rows}
    irmod.atomic_write(out_dir / "summary.json", json.dumps(result, indent=1) + "\n")
    write_csv(out_dir / "results.csv", rows, methods)
    try:
        plot(out_dir / "reduction.png", rows, methods, title=f"{suite}{' / ' + split if split else ''}: reduction vs -Oz")
    except ImportError:
        pass  # matplotlib is an optional extra
    result["out_dir"] = str(out_dir)
    return result


def write_csv(path: Path, rows: list[dict], methods: list[str]) -> None:
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["module", "split", "count_o0", "count_oz", "method", "count", "raw_count", "reduction_vs_oz",
                    "fallback", "failures", "miscompile", "compilations", "seconds", "error"])
        for r in rows:
            for meth in methods:
                rec = r["methods"].get(meth)
                if rec is None:
                    w.writerow([r["name"], r["split"], "", "", meth, "", "", "", "", "", "", "", "", r.get("error", "")])
                    continue
                w.writerow([r["name"], r["split"], r["count_o0"], r["count_oz"], meth, rec["count"], rec["raw_count"],
                            f"{reduction(r['count_oz'], rec['count']):.6f}", rec["fallback"], rec["failures"],
                            rec["miscompile"], rec["compilations"], rec["seconds"], rec.get("error", "")])
    os.replace(tmp, path)


def plot(path: Path, rows: list[dict], methods: list[str], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    good = [r for r in rows if "error" not in r]
    fig, ax = plt.subplots(figsize=(max(8, 0.22 * len(good)), 4.5))
    width = 0.8 / max(len(methods), 1)
    for k, meth in enumerate(methods):
        ys = [100 * reduction(r["count_oz"], r["methods"][meth]["count"]) for r in good]
        ax.bar([i + k * width for i in range(len(good))], ys, width, label=meth[:60])
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(good))], [r["name"] for r in good], rotation=90, fontsize=7)
    ax.set_ylabel("% fewer IR instructions than -Oz")
    ax.set_title(title)
    ax.legend(fontsize=7)
    fig.tight_layout()
    tmp = path.with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=110)
    plt.close(fig)
    os.replace(tmp, path)
