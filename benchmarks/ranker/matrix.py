"""Every catalogue list on every suite module: the matrix a whole-module ranker learns from.

    .venv/bin/python benchmarks/ranker/matrix.py [--splits train,validation] [--jobs 2] [--out F]

One JSON line per module (resumable: modules already in ``--out`` are skipped): suite, name, split,
``count`` (instructions before), ``oz`` (after clang-22's -Oz pipeline) and ``counts``, the count after
each list of ``models/default/lists.json`` in its order (null where the list failed), plus the
compilations and CPU seconds the row cost. The test split is for ``llmopt bench`` only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from llmcompiler.defaults import DEFAULT_MODEL  # noqa: E402
from llmcompiler.llvm import ir as irmod  # noqa: E402
from llmcompiler.llvm.passes import join_items  # noqa: E402

_state: dict = {}


def catalogue(model: Path = DEFAULT_MODEL) -> list[tuple[str, ...]]:
    return [tuple(x) for x in json.loads((model / "lists.json").read_text())["lists"]]


def _init(timeout: float) -> None:
    from llmcompiler.llvm.harness import Harness

    _state["h"] = Harness(timeout=timeout)
    _state["lists"] = [join_items(x) for x in catalogue()]


def _row(task: tuple[str, str, str, str]) -> dict:
    suite, name, split, path = task
    t0, c0 = time.perf_counter(), time.process_time()
    h = _state["h"]
    m = irmod.load(path)
    r = h.evaluate(m, _state["lists"])
    h.clear_cache()
    return {"suite": suite, "name": name, "split": split, "count": r.count_before, "oz": r.count_oz,
            "counts": [c.count for c in r.candidates], "compilations": r.compilations,
            "seconds": round(time.perf_counter() - t0, 2)}


def main() -> int:
    from llmcompiler.llvm.suites import load_suite

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--splits", default="train,validation")
    ap.add_argument("--suites", default="programs,debian")
    ap.add_argument("--jobs", type=int, default=mp.cpu_count())
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--max-count", type=int, default=20000, help="skip modules larger than this")
    ap.add_argument("--out", default=str(HERE.parents[1] / "data" / "matrix.jsonl.gz"))
    args = ap.parse_args()
    out = Path(args.out)
    done = set()
    if out.exists():
        with gzip.open(out, "rt") as f:
            for line in f:
                try:
                    r = json.loads(line)
                    done.add((r["suite"], r["name"]))
                except (json.JSONDecodeError, KeyError, EOFError):
                    continue
    tasks = []
    for suite in args.suites.split(","):
        for split in args.splits.split(","):
            for bm in load_suite(suite, split):
                if (suite, bm.name) not in done and irmod.load(bm.path).count <= args.max_count:
                    tasks.append((suite, bm.name, split, str(bm.path)))
    tasks.sort(key=lambda t: t[1])
    print(f"{len(tasks)} modules to do ({len(done)} done)", file=sys.stderr, flush=True)
    t0 = time.time()
    with mp.get_context("fork").Pool(args.jobs, initializer=_init, initargs=(args.timeout,),
                                     maxtasksperchild=40) as pool:
        for i, row in enumerate(pool.imap_unordered(_row, tasks), 1):
            with gzip.open(out, "at") as f:
                f.write(json.dumps(row) + "\n")
            if i % 10 == 0 or i == len(tasks):
                print(f"{i}/{len(tasks)} modules, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
