"""How close the ranker's k lists come to the catalogue ceiling, per suite, under cross-validation on
the matrix's train and validation modules (the test split is never read).

    .venv/bin/python benchmarks/cv_per_suite.py [--k 8 16] [--seeds 0 1 2] [--neighbours 20]
                                                [--temperature 0.2] [--prior 0.1]
                                                [--rounds FIRST STEP SIGMA OZ_WEIGHT | --shipped]

For each fold seed, the modules are split into 5 folds by module; a ranker with the given settings is
fitted on 4 and picks k lists for each module of the fifth, as ``llmopt train --ranker`` scores its
settings (``--rounds``: beyond FIRST lists, in rounds chosen from the gains the earlier lists
measured, as ``llmopt suggest`` does with an adaptive ranker; ``--shipped``: the default model's
settings, rounds included). Reported per suite: the geomean % below -Oz of the best picked list
(from the matrix's measured counts) and its share of the ceiling (the best of every catalogue list on
each module). It answers "is the target within this ranker's reach on this kind of code" without
touching the test split. Needs data/matrix.jsonl.gz of the current catalogue and the suites' modules.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.model import dataset  # noqa: E402
from llmcompiler.model import ranker as R  # noqa: E402
from llmcompiler.model.model import read_catalogue  # noqa: E402


def pct(G: np.ndarray, chosen, idx) -> float:
    """Geomean % below -Oz of the modules ``idx``, each with its best list of ``chosen``."""
    return 100 * (1 - math.exp(-R.mean_gain(G[idx], [chosen[i] for i in idx])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--k", type=int, nargs="+", default=[8, 16])
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--neighbours", type=int, default=20)
    ap.add_argument("--temperature", type=float, default=0.2)
    ap.add_argument("--prior", type=float, default=0.1)
    ap.add_argument("--rounds", nargs=4, type=float, metavar=("FIRST", "STEP", "SIGMA", "OZ_WEIGHT"))
    ap.add_argument("--shipped", action="store_true", help="the settings of models/default's ranker")
    ap.add_argument("--matrix", default=str(ROOT / "data" / "matrix.jsonl.gz"))
    args = ap.parse_args()
    adaptive = None
    if args.rounds:
        first, step, sigma, oz_weight = args.rounds
        adaptive = {"first": int(first), "step": int(step), "sigma": sigma, "oz_weight": oz_weight}
    if args.shipped:
        shipped = R.Ranker.load(ROOT / "models" / "default")
        args.neighbours, args.temperature, args.prior = shipped.neighbours, shipped.temperature, shipped.prior
        adaptive = shipped.adaptive

    lists = [tuple(x) for x in read_catalogue()]
    rows, X, G, ratio = R.training_arrays(dataset.read_matrix(args.matrix, lists), lists)
    suites = np.array([r["suite"] for r in rows])
    n = len(X)
    everything = [np.arange(G.shape[1])] * n
    oz = R.oz_gains(rows)
    settings = {"neighbours": args.neighbours, "temperature": args.temperature, "prior": args.prior, "adaptive": adaptive}
    print(f"{n} modules, {len(lists)} lists, settings {settings}, {args.folds} folds")
    for seed in args.seeds:
        fold = np.random.default_rng(seed).permutation(n) % args.folds
        chosen = {k: [None] * n for k in args.k}
        for f in range(args.folds):
            tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
            r = R.Ranker.fit(lists, X[tr], G[tr], ratio[tr], oz[tr], **settings)
            for i in te:
                z = r.embed(X[i])
                for k in args.k:
                    chosen[k][i] = r.rounds(z, k, G[i], oz[i])
        for suite in sorted(set(suites)):
            idx = np.where(suites == suite)[0]
            ceiling = pct(G, everything, idx)
            cells = "  ".join(f"model@{k} {pct(G, chosen[k], idx):+.2f}% ({100 * pct(G, chosen[k], idx) / ceiling:.1f}%)"
                              for k in args.k)
            print(f"seed {seed}  {suite:10s} {len(idx):4d} modules  {cells}  ceiling {ceiling:+.2f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
