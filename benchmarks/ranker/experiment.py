"""Which way of choosing k catalogue lists per module works best: cross-validated on the matrix's
train and validation modules (never the test split).

    .venv/bin/python benchmarks/ranker/experiment.py [--matrix data/matrix.jsonl.gz] [--folds 5]

Methods: ``coreset`` (the k most frequent best lists: the fixed-list baseline), ``greedy`` (the fixed
k lists that maximise the mean gain over the training modules), ``knn`` (per module: the k lists that
maximise the gain over its nearest training modules in feature space), ``ceiling`` (all lists). The
score is the geomean reduction below -Oz over the held-out folds, in percent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from llmcompiler.llvm import suites  # noqa: E402
from llmcompiler.model import features  # noqa: E402


def load(path: str):
    rows = []
    with gzip.open(path, "rt") as f:
        for line in f:
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    paths = {}
    for suite in {r["suite"] for r in rows}:
        for bm in suites.load_suite(suite):
            paths[(suite, bm.name)] = bm.path
    X = np.array([features.vector(Path(paths[(r["suite"], r["name"])]).read_text()) for r in rows], dtype=np.float32)
    oz = np.array([r["oz"] for r in rows], dtype=np.float64)
    C = np.array([[c if c is not None else np.nan for c in r["counts"]] for r in rows], dtype=np.float64)
    G = np.log(oz[:, None] / np.maximum(C, 1))  # gain of each list over -Oz (log), nan where it failed
    G = np.where(np.isnan(G), -1.0, G)
    return rows, X, G


def pct(v: float) -> float:
    return 100 * (1 - np.exp(-v))


def value(G: np.ndarray, chosen: list[list[int]]) -> float:
    """Mean log gain of each module's best chosen list (never below -Oz)."""
    return float(np.mean([max(0.0, G[i, c].max()) if len(c) else 0.0 for i, c in enumerate(chosen)]))


def greedy(G: np.ndarray, k: int, w: np.ndarray | None = None) -> list[int]:
    w = np.ones(len(G)) if w is None else w
    best = np.zeros(len(G))
    out: list[int] = []
    for _ in range(k):
        gain = (w[:, None] * (np.maximum(G, best[:, None]) - best[:, None])).sum(0)
        gain[out] = -1
        j = int(gain.argmax())
        out.append(j)
        best = np.maximum(best, G[:, j])
    return out


def coreset(G: np.ndarray, k: int) -> list[int]:
    wins = G.max(1) > 0
    freq = np.bincount(G[wins].argmax(1), minlength=G.shape[1])
    saved = np.array([G[wins][G[wins].argmax(1) == j, j].sum() for j in range(G.shape[1])])
    order = sorted(range(G.shape[1]), key=lambda j: (-freq[j], -saved[j]))
    return [j for j in order if freq[j] > 0][:k]


class Knn:
    def __init__(self, X, G, neighbours=20, temperature=0.1, prior=0.1):
        self.mu, self.sd = X.mean(0), X.std(0) + 1e-3
        Z = (X - self.mu) / self.sd
        self.Z = Z / np.linalg.norm(Z, axis=1, keepdims=True)
        self.G, self.n, self.t, self.prior = G, neighbours, temperature, prior

    def choose(self, x, k):
        z = (x - self.mu) / self.sd
        z = z / np.linalg.norm(z)
        sim = self.Z @ z
        idx = np.argsort(-sim)[: self.n]
        w = np.exp((sim[idx] - sim[idx].max()) / self.t)
        w = w / w.sum()
        G = np.vstack([self.G[idx], self.G])
        w = np.concatenate([(1 - self.prior) * w, np.full(len(self.G), self.prior / len(self.G))])
        return greedy(G, k, w)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--matrix", default=str(HERE.parents[1] / "data" / "matrix.jsonl.gz"))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    rows, X, G = load(args.matrix)
    n = len(rows)
    rng = np.random.default_rng(0)
    fold = rng.permutation(n) % args.folds
    print(f"{n} modules, {G.shape[1]} lists; ceiling {pct(value(G, [list(range(G.shape[1]))] * n)):.3f}%")
    configs = {"coreset": None, "greedy": None}
    for nb in (5, 10, 20, 40):
        for t in (0.02, 0.05, 0.2):
            for prior in (0.0, 0.2, 0.5):
                configs[f"knn n={nb} t={t} prior={prior}"] = (nb, t, prior)
    for k in (8, 16):
        results = {}
        for name, cfg in configs.items():
            chosen = [None] * n
            for f in range(args.folds):
                tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
                if name == "coreset":
                    c = coreset(G[tr], k)
                    for i in te:
                        chosen[i] = c
                elif name == "greedy":
                    c = greedy(G[tr], k)
                    for i in te:
                        chosen[i] = c
                else:
                    knn = Knn(X[tr], G[tr], *cfg)
                    for i in te:
                        chosen[i] = knn.choose(X[i], k)
            results[name] = pct(value(G, chosen))
        for name, v in sorted(results.items(), key=lambda x: -x[1])[:12]:
            print(f"k={k} {v:7.3f}%  {name}")
        print(f"k={k} {results['coreset']:7.3f}%  coreset;  {results['greedy']:7.3f}% greedy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
