"""Bytes users keep: the advisor's IR-metric answers measured in object bytes, beside its text-metric answers.

    .venv/bin/python benchmarks/bytes_vs_ir.py --suite programs --split test [--k 8] [--sample N] [--jobs 2]

For every module of the split, in one run:

* ``ir-winner``: ``llmopt suggest`` verifying in IR instructions (the default); its answer compiled and
  measured in bytes of the object's executable sections, against -Oz's bytes. Nothing stops this answer
  from being larger in bytes: that is what this column shows.
* ``text-winner``: ``llmopt suggest --metric text``: candidates verified in bytes, -Oz when none is
  strictly smaller, so never worse.
* ``coreset@k`` in bytes: the fixed k most frequent training lists, verified in bytes (the baseline).

Prints geomean reduction vs -Oz and better/tied/worse per column; ``--json`` for all rows.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from llmcompiler.llvm import ir, suites  # noqa: E402
from llmcompiler.llvm.passes import parse  # noqa: E402
from llmcompiler.metrics import geomean_reduction  # noqa: E402

_state: dict = {}


def _init(k: int, jobs: int) -> None:
    import torch

    torch.set_num_threads(max(1, (os.cpu_count() or 1) // jobs))
    from llmcompiler.llvm.harness import Harness
    from llmcompiler.tools.bench.methods import parse_method

    _state["k"] = k
    _state["ir"] = Harness()
    _state["text"] = Harness(metric="text")
    _state["coreset"] = parse_method(f"coreset@{k}").candidates()


def one(path: str) -> dict:
    from llmcompiler.errors import LlmoptError

    try:
        return _one(path)
    except LlmoptError as e:
        return {"name": Path(path).stem, "error": str(e)[:300]}


def _one(path: str) -> dict:
    from llmcompiler.tools.advisor import suggest

    k, by_ir, by_text = _state["k"], _state["ir"], _state["text"]
    m, _ = ir.size_ready(ir.load(path))
    oz_bytes = by_text.oz_count(m)
    a = suggest(m, k=k, harness=by_ir)
    a_bytes = oz_bytes if a.fallback else by_text.count(m, parse(a.pipeline, by_text.vocab)).count
    b = suggest(m, k=k, harness=by_text)
    c = by_text.evaluate(m, _state["coreset"])
    return {"name": Path(path).stem, "instructions": m.count, "oz_instructions": a.count_oz,
            "ir_winner_instructions": a.count, "oz_bytes": oz_bytes, "ir_winner_bytes": a_bytes,
            "ir_winner": a.pipeline, "text_winner_bytes": b.count, "text_winner": b.pipeline,
            "coreset_bytes": c.best_count}


def column(rows, key) -> dict:
    pairs = [(r["oz_bytes"], r[key]) for r in rows]
    return {"geomean_reduction_vs_oz": geomean_reduction(pairs), "better": sum(v < oz for oz, v in pairs),
            "tied": sum(v == oz for oz, v in pairs), "worse": sum(v > oz for oz, v in pairs),
            "bytes": sum(v for _, v in pairs), "oz_bytes": sum(oz for oz, _ in pairs)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suite", default="programs")
    ap.add_argument("--split", default="test")
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--sample", type=int, help="only N modules, evenly spaced")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    mods = suites.load_suite(args.suite, args.split)
    if args.sample:
        mods = suites.sample(mods, args.sample)
    t0 = time.time()
    with mp.get_context("fork").Pool(args.jobs, _init, (args.k, args.jobs)) as pool:
        rows = sorted(pool.map(one, [m.path for m in mods], chunksize=1), key=lambda r: r["name"])
    errors = [r for r in rows if "error" in r]
    rows = [r for r in rows if "error" not in r]
    ir_pairs = [(r["oz_instructions"], r["ir_winner_instructions"]) for r in rows]
    out = {"suite": args.suite, "split": args.split, "k": args.k, "modules": len(rows), "errors": errors,
           "seconds": round(time.time() - t0, 1),
           "ir_winner_in_instructions": {"geomean_reduction_vs_oz": geomean_reduction(ir_pairs),
                                         "better": sum(v < oz for oz, v in ir_pairs)},
           "ir_winner_in_bytes": column(rows, "ir_winner_bytes"),
           "text_winner_in_bytes": column(rows, "text_winner_bytes"),
           f"coreset@{args.k}_in_bytes": column(rows, "coreset_bytes"), "rows": rows}
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"{args.suite}/{args.split}: {len(rows)} modules, k={args.k}, {out['seconds']} s"
          + (f" ({len(errors)} failed: {errors[0]['name']}: {errors[0]['error']}...)" if errors else ""))
    print(f"  model (IR metric) in instructions: {100 * out['ir_winner_in_instructions']['geomean_reduction_vs_oz']:+.2f}%"
          f" vs -Oz, {out['ir_winner_in_instructions']['better']} better")
    for key in ("ir_winner_in_bytes", "text_winner_in_bytes", f"coreset@{args.k}_in_bytes"):
        c = out[key]
        print(f"  {key:24s} {100 * c['geomean_reduction_vs_oz']:+.2f}% vs -Oz in bytes "
              f"({c['better']} better / {c['tied']} tied / {c['worse']} worse; {c['bytes']} vs {c['oz_bytes']} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
