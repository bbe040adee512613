"""Latency of `llmopt suggest` per module, split into model time and verification time.

    .venv/bin/python benchmarks/bench_suggest.py [--k 8] [--per-size 6] [--model models/default]

Modules come from the held-out (test) splits of the programs and debian suites, in three size
classes around ~100, ~1,000 and ~5,000 instructions (the closest N to each). One warm-up call loads
the model and starts the harness's worker first, as a long-running user process (the opt wrapper
under make, an IDE) would have them. Reports the median and 90th percentile per class.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from llmcompiler.llvm import (
    ir,  # noqa: E402
    suites,
)
from llmcompiler.tools.advisor import get_model, suggest  # noqa: E402

SIZES = (100, 1000, 5000)


def pick(per_size: int) -> dict[int, list[ir.IR]]:
    mods = []
    for suite in ("programs", "debian"):
        try:
            for m in suites.load_suite(suite, "test"):
                mods.append(ir.load(m.path))
        except Exception:  # noqa: BLE001 - the debian suite is optional (needs root to build)
            continue
    out = {}
    for size in SIZES:
        ranked = sorted(mods, key=lambda m: abs(m.count - size) / size)
        out[size] = ranked[:per_size]
    return out


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--per-size", type=int, default=6)
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    model = get_model(args.model)
    load_s = time.perf_counter() - t0
    groups = pick(args.per_size)
    suggest(groups[SIZES[0]][0], k=args.k, model=model)  # warm-up: worker start, first-call overheads
    report = {"k": args.k, "model": model.name, "parameters": model.parameters, "load_seconds": round(load_s, 2),
              "classes": {}}
    for size, mods in groups.items():
        rows = []
        for m in mods:
            t1 = time.perf_counter()
            s = suggest(m, k=args.k, model=model)
            rows.append({"name": m.name, "instructions": m.count, "model": s.model_seconds, "verify": s.verify_seconds,
                         "total": time.perf_counter() - t1, "truncated": bool(s.notes), "reduction": s.reduction_vs_oz})
        cls = {"modules": len(rows), "instructions": [r["instructions"] for r in rows]}
        for key in ("model", "verify", "total"):
            xs = [r[key] for r in rows]
            cls[f"{key}_median"] = round(statistics.median(xs), 3)
            cls[f"{key}_p90"] = round(pct(xs, 0.9), 3)
        report["classes"][f"~{size}"] = cls
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"model {report['model']} ({report['parameters']:,} parameters, loaded in {load_s:.2f} s), k={args.k}")
    print(f"{'class':>7} {'modules':>7} {'instr (min-max)':>16} {'model med/p90':>15} {'verify med/p90':>15} {'total med/p90':>15}")
    for name, c in report["classes"].items():
        rng = f"{min(c['instructions'])}-{max(c['instructions'])}"
        print(f"{name:>7} {c['modules']:>7} {rng:>16} {c['model_median']:>7.2f}/{c['model_p90']:<7.2f}"
              f"{c['verify_median']:>7.2f}/{c['verify_p90']:<7.2f}{c['total_median']:>7.2f}/{c['total_p90']:<7.2f}")


if __name__ == "__main__":
    main()
