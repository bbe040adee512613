"""Autotuner throughput: evaluations per second on small modules, all cores, as `llmopt tune` runs them.

    .venv/bin/python benchmarks/bench_tune_speed.py [--budget 300] [--max-instructions 500] [--jobs 2]

Tunes every module of the `programs` suite below --max-instructions (size-ready IR) with the hill
climber, one module per worker process, and prints distinct evaluations per second of wall time
(search plus minimisation, the -Oz baselines included in the wall time). Target: >= 100/s on this
2-core machine for modules under 500 instructions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.llvm import ir, search, suites  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--budget", type=int, default=300)
    ap.add_argument("--max-instructions", type=int, default=500)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=16, help="at most this many modules")
    args = ap.parse_args()
    mods = [ir.load(m.path) for m in suites.load_suite("programs")]
    mods = [m for m in mods if m.count < args.max_instructions][: args.limit]
    t0 = time.perf_counter()
    res = search.tune_many(mods, budget=args.budget, jobs=args.jobs)
    wall = time.perf_counter() - t0
    evals = sum(r["evaluations"] + r["minimize_evaluations"] for r in res)
    print(json.dumps({"modules": len(mods), "mean_instructions": round(sum(m.count for m in mods) / len(mods)),
                      "budget": args.budget, "jobs": args.jobs, "evaluations": evals, "wall_seconds": round(wall, 1),
                      "evaluations_per_second": round(evals / wall, 1)}, indent=1))


if __name__ == "__main__":
    main()
