"""Running methods over a suite: one module's row, the worker pool, and resuming from ``results.jsonl``."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import time
from pathlib import Path

from llmcompiler.defaults import BENCH_DIR, DEFAULT_TIMEOUT
from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.harness import Harness
from llmcompiler.llvm.suites import BenchModule, load_suite, sample
from llmcompiler.llvm.toolchain import run_program
from llmcompiler.tools.bench.methods import Method, Record, Target, parse_method
from llmcompiler.tools.bench.report import plot, summarize, write_csv


def bench_module(mod: BenchModule, methods: list[Method], execute: bool = False, timeout: float = DEFAULT_TIMEOUT,
                 harness: Harness | None = None) -> dict:
    """Evaluate every method on one module; a row of the results.

    With ``execute`` the module and every method's answer run under lli-22: an answer whose output
    differs is a miscompile and counts as -Oz. Without ``harness`` one is made for this module.
    """
    if harness is None:
        with Harness(timeout=timeout) as h:
            return bench_module(mod, methods, execute, timeout, h)
    m, _ = irmod.size_ready(irmod.load(mod.path))
    count_oz = harness.oz_count(m)
    target = Target(mod.name, m, count_oz, execute)
    row = {"suite": mod.suite, "name": mod.name, "split": mod.split, "hash": m.hash,
           "count_o0": harness.value_of(m), "count_oz": count_oz, "methods": {}}
    reference = run_program(m.text) if execute else None
    if execute:
        row["reference_exit"] = reference[0]
    for meth in methods:
        t0 = time.perf_counter()
        rec = meth.run(target, harness)
        if execute:
            _check_execution(rec, reference, count_oz)
        rec.seconds = round(time.perf_counter() - t0, 4)
        row["methods"][meth.spec] = rec.to_dict()
    return row


def _check_execution(rec: Record, reference: tuple[int, str], count_oz: int) -> None:
    """Run the answer (when it is not -Oz's) and flag it when its output differs from -O0's."""
    if rec.text is None:
        return
    got = run_program(rec.text)
    if got != reference:
        rec.miscompile = True
        rec.count = count_oz  # a wrong program's size win does not count
        rec.error = f"output differs from -O0 (exit {got[0]} vs {reference[0]})"


def _error_row(mod: BenchModule, e: LlmoptError) -> dict:
    return {"suite": mod.suite, "name": mod.name, "split": mod.split, "error": str(e), "methods": {}}


def _share_cores(jobs: int) -> None:
    """torch gets this worker's share of the cores instead of all of them."""
    import torch

    share = max(1, (os.cpu_count() or 1) // max(1, jobs))
    if torch.get_num_threads() != share:
        torch.set_num_threads(share)


# A pool worker's own harness, made once by the pool's initializer (each worker is one process).
_worker_harness: Harness | None = None


def _init_worker(timeout: float, jobs: int, uses_torch: bool, metric: str) -> None:
    global _worker_harness
    _worker_harness = Harness(timeout=timeout, metric=metric)
    if uses_torch:
        _share_cores(jobs)


def _pool_task(args) -> dict:
    mod, methods, execute, timeout = args
    try:
        return bench_module(mod, methods, execute, timeout, _worker_harness)
    except LlmoptError as e:
        return _error_row(mod, e)


def _read_done(jsonl: Path, key: dict) -> dict[str, dict]:
    """Rows of an earlier run with the same key, by module name (lines cut short by a kill are skipped)."""
    done: dict[str, dict] = {}
    for line in jsonl.read_text().splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if rec.get("key") == key:
            done[rec["row"]["name"]] = rec["row"]
    return done


def run(suite: str, methods: list[str], split: str | None = None, jobs: int | None = None,
        execute: bool = False, out_dir: str | Path | None = None, fresh: bool = False,
        timeout: float = DEFAULT_TIMEOUT, progress: bool = True, limit: int | None = None,
        metric: str = "instructions") -> dict:
    """Run methods over a suite; returns (and writes to out_dir) the summary and per-module rows.
    With ``metric="text"`` every count (-O0, -Oz, each method's answer) is object bytes."""
    meths = [parse_method(s) for s in methods]
    mods = load_suite(suite, split)
    if limit:
        mods = sample(mods, limit)
    out_dir = Path(out_dir or BENCH_DIR / "results" / f"{Path(suite).name}{'-' + split if split else ''}")
    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / "results.jsonl"
    # rows are reused only under the same key: same methods, same --execute, same method inputs
    key = {"methods": methods, "execute": execute,
           "inputs": {m.spec: fp for m in meths if (fp := m.fingerprint())}}
    if metric != "instructions":
        key["metric"] = metric
    done: dict[str, dict] = {}
    if jsonl.exists() and not fresh:
        done = _read_done(jsonl, key)
    elif fresh and jsonl.exists():
        jsonl.unlink()
    todo = [m for m in mods if m.name not in done]
    t0 = time.perf_counter()
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    uses_torch = any(m.uses_torch for m in meths)
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

        if jobs == 1 and todo:
            if uses_torch:
                _share_cores(1)
            with Harness(timeout=timeout, metric=metric) as h:
                for mod in todo:
                    try:
                        record(bench_module(mod, meths, execute, timeout, h))
                    except LlmoptError as e:
                        record(_error_row(mod, e))
        elif todo:
            tasks = [(m, meths, execute, timeout) for m in todo]
            with mp.get_context("fork").Pool(jobs, _init_worker, (timeout, jobs, uses_torch, metric)) as pool:
                for row in pool.imap_unordered(_pool_task, tasks):
                    record(row)
    if bar:
        bar.close()
    rows = sorted((done[m.name] for m in mods), key=lambda r: r["name"])
    result = {"suite": suite, "split": split, "metric": metric, "sample": limit, "methods": methods,
              "execute": execute, "jobs": jobs,
              "wall_seconds": round(time.perf_counter() - t0, 2), "resumed_modules": len(mods) - len(todo),
              "summary": summarize(rows, methods), "rows": rows}
    irmod.atomic_write(out_dir / "summary.json", json.dumps(result, indent=1) + "\n")
    write_csv(out_dir / "results.csv", rows, methods)
    try:
        plot(out_dir / "reduction.png", rows, methods,
                    title=f"{suite}{' / ' + split if split else ''}: reduction vs -Oz", metric=metric)
    except ImportError:
        pass  # matplotlib is an optional extra
    result["out_dir"] = str(out_dir)
    return result
