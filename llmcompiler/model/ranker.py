"""The whole-module ranker: which k catalogue lists to try on a module, and what each will leave.

It reads every instruction of the module (``features.vector``: no context limit) and finds the
training modules that look most like it (cosine similarity of standardised feature vectors). Each
training module comes with the measured result of every catalogue list on it (the *matrix*:
``dataset.matrix``). The k lists are chosen greedily to maximise the expected gain of the
best of them over those neighbours, similarity-weighted, with a small share of weight on all
training modules (so that an odd module still gets lists that work broadly): a per-module coreset.
Lists are thus picked as a set, not one by one: the second list covers what the first misses.

With more lists to try than the first round (``adaptive["first"]``, 8), the rest are chosen in
rounds (``adaptive["step"]`` lists each) *from what the earlier ones measured* (:meth:`Ranker.follow`):
every training module is weighted by its feature similarity times how closely its own gains under the
lists tried so far (and its -Oz ratio) match the module's measured ones, and the next lists are those
expected to improve most on the best measured so far. Measured gains tell which training modules a
module behaves like better than its features do (cross-validated in ``train``).

The predicted instruction count after a list is the module's count times the neighbours' weighted
mean ratio (count after the list / count before); once the module's -Oz count is measured (the
advisor always measures it), the sharper prediction is that count times the neighbours' weighted
median of (count after the list / count after -Oz). The count before is not predicted: the ranker
counts it while reading.

A ranker is data, never code: ``ranker.json`` (its settings and the catalogue it indexes) and
``ranker.safetensors`` (float32 arrays), both checked for shape and values when loaded. It needs
only numpy: a model directory with a ranker answers without torch.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from llmcompiler.errors import LlmoptError
from llmcompiler.model import features

CONFIG = "ranker.json"
WEIGHTS = "ranker.safetensors"
KIND = "knn-coreset"
ARRAYS = ("mean", "scale", "train", "gain", "ratio")
OZ_RATIO = "oz_ratio"  # (N,) log(-Oz count / count before) of the training modules: only with ``adaptive``
ADAPTIVE = {"first": int, "step": int, "sigma": float, "oz_weight": float}


class RankerError(LlmoptError):
    """A ranker file that is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Ranked:
    """One chosen list: its index in the catalogue, the expected log gain over -Oz among the
    neighbours, and the predicted instruction count after it."""

    index: int
    expected_gain: float
    predicted_after: int | None
    # the neighbours' (weighted median) count after the list over their count after -Oz: times this
    # module's -Oz count, once measured, a sharper prediction (the advisor measures -Oz anyway)
    after_per_oz: float | None = None


@dataclass
class Ranker:
    lists: list[tuple[str, ...]]
    mean: np.ndarray  # (DIM,) feature means of the training modules
    scale: np.ndarray  # (DIM,) their standard deviations (floored)
    train: np.ndarray  # (N, DIM) standardised, unit-length training vectors
    gain: np.ndarray  # (N, L) log(-Oz count / count after the list); -1 where the list failed
    ratio: np.ndarray  # (N, L) count after the list / count before; nan where it failed
    neighbours: int = 20
    temperature: float = 0.05
    prior: float = 0.2
    dim: int = features.DIM
    # rounds after the first (see the module's text): {"first", "step", "sigma", "oz_weight"}, or None
    adaptive: dict | None = None
    oz_ratio: np.ndarray | None = None  # (N,) with adaptive: log(-Oz count / count before)

    # -- reading a module -------------------------------------------------------------------------
    def embed(self, vec) -> np.ndarray:
        z = (np.asarray(vec, dtype=np.float32) - self.mean) / self.scale
        n = float(np.linalg.norm(z))
        return z / n if n > 0 else z

    def read(self, text: str) -> tuple[int, np.ndarray]:
        """The module's instruction count and its embedding (what :meth:`choose` and :meth:`follow` read)."""
        c = features.counts(text)
        return int(c["instructions"]), self.embed(features.from_counts(c))

    def choose(self, text: str, k: int, usable: set[int] | None = None,
               reading: tuple[int, np.ndarray] | None = None) -> tuple[int, list[Ranked], float]:
        """The module's instruction count, the k lists to try, best first (only ``usable`` lists, when
        given), and the module's similarity to its nearest training module (1.0: it reads exactly as
        one, so its lists and counts are that module's, recalled). ``reading``: :meth:`read`'s answer
        for ``text``, when the caller has it."""
        before, z = reading or self.read(text)
        idx, w, W, G, chosen = self._pick(z, k, usable)
        out = [self._ranked(j, before, idx, w, float((W * G[:, j]).sum() / W.sum())) for j in chosen]
        return before, out, float(self.train[idx[0]] @ z)

    def _ranked(self, j: int, before: int, idx: np.ndarray, w: np.ndarray, expected: float) -> Ranked:
        """List ``j`` with its predicted counts: the modules ``idx``'s ratios, weighted by ``w``."""
        r = self.ratio[idx, j]
        ok = np.isfinite(r) & (w > 0)
        after = int(round(before * float((w[ok] * r[ok]).sum() / w[ok].sum()))) if ok.any() and before else None
        per_oz = _weighted_median(np.exp(-self.gain[idx, j][ok]), w[ok]) if ok.any() else None
        return Ranked(int(j), expected, after, per_oz)

    def follow(self, z: np.ndarray, before: int, tried: list[int], counts: list[int | None], count_oz: int,
               k: int, usable: set[int] | None = None) -> list[Ranked]:
        """The next k lists for the module ``z`` (of ``before`` instructions), chosen from what the lists
        ``tried`` (catalogue indices) measured: ``counts`` (None where a list failed) and -Oz's count.

        Every training module weighs its feature similarity (as in :meth:`choose`, the prior spread
        over all of them) times exp(-d / sigma^2), d the mean squared difference between its gains under
        ``tried`` (and, ``oz_weight`` times, its -Oz ratio) and the module's measured ones; the k lists
        are chosen greedily to maximise the expected improvement over the best measured gain."""
        oz = max(int(count_oz), 1)
        got = [-1.0 if c is None else math.log(oz / max(int(c), 1)) for c in counts]
        chosen, w, floor = self._follow(z, tried, got, math.log(oz / max(before, 1)), k, usable)
        everyone = np.arange(len(w))
        return [self._ranked(j, before, everyone, w, float(w @ np.maximum(self.gain[:, j] - floor, 0)))
                for j in chosen]

    def _follow(self, z: np.ndarray, tried, got, oz_gain: float, k: int, usable: set[int] | None = None):
        """:meth:`follow` on gains: ``got`` the measured log gains of ``tried`` over -Oz (-1: failed),
        ``oz_gain`` log(-Oz count / count before). The chosen lists, the training modules' weights and
        the best measured gain (at least 0)."""
        if not self.adaptive or self.oz_ratio is None:
            raise RankerError("this ranker chooses its lists in one round (it has no adaptive settings)")
        a = self.adaptive
        t, got = np.asarray(tried, dtype=int), np.asarray(got, dtype=np.float64)
        sim = self.train @ z
        logw = np.logaddexp((sim - sim.max()) / self.temperature, math.log(max(self.prior, 1e-12) / len(sim)))
        d = ((self.gain[:, t] - got) ** 2).sum(1) + a["oz_weight"] * (self.oz_ratio - oz_gain) ** 2
        logw = logw - d / max(len(t) + a["oz_weight"], 1e-12) / a["sigma"] ** 2
        w = np.exp(logw - logw.max())
        w /= w.sum()
        allowed = self._allowed(usable)
        allowed[t] = False
        floor = max(0.0, float(got.max())) if len(got) else 0.0
        return greedy(self.gain, min(k, int(allowed.sum())), w, allowed, floor=floor), w, floor

    def rounds(self, z: np.ndarray, k: int, gains: np.ndarray, oz_gain: float) -> list[int]:
        """The k lists this ranker would have tried on a module whose gains under every list are
        known (``gains``, a matrix row; ``oz_gain`` its -Oz ratio): the first round, then rounds
        chosen from the gains the earlier ones measured (one round without adaptive settings, or
        when k is at most the first round)."""
        chosen = self._pick(z, k if not self.adaptive else min(k, self.adaptive["first"]))[-1]
        while len(chosen) < k:
            step = min(self.adaptive["step"], k - len(chosen))
            more = self._follow(z, chosen, gains[chosen], oz_gain, step)[0]
            if not more:
                break
            chosen = chosen + more
        return chosen

    def _pick(self, z: np.ndarray, k: int, usable: set[int] | None = None):
        """The neighbourhood of ``z`` (see :meth:`_neighbourhood`) and the k lists greedy picks on it."""
        idx, w, W, G = self._neighbourhood(z)
        allowed = self._allowed(usable)
        chosen = greedy(G, min(k, int(allowed.sum())), W, allowed)
        return idx, w, W, G, chosen

    def _allowed(self, usable: set[int] | None) -> np.ndarray:
        """A mask over the catalogue: the ``usable`` lists (all of them when None)."""
        return np.isin(np.arange(self.gain.shape[1]), list(usable)) if usable is not None \
            else np.ones(self.gain.shape[1], dtype=bool)

    def _neighbourhood(self, z: np.ndarray):
        """The nearest training modules (indices, their weights) and the weighted gain rows the lists
        are chosen on: the neighbours, then every training module at a small prior weight."""
        sim = self.train @ z
        n = min(self.neighbours, len(sim))
        idx = np.argsort(-sim, kind="stable")[:n]
        w = np.exp((sim[idx] - sim[idx].max()) / self.temperature)
        w = (1 - self.prior) * w / w.sum()
        G = np.vstack([self.gain[idx], self.gain])
        W = np.concatenate([w, np.full(len(self.gain), self.prior / len(self.gain))])
        return idx, w, W, G

    # -- files ------------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike, meta: dict | None = None) -> None:
        """Write ``ranker.json`` (settings, catalogue, and ``meta``: how it was made) and
        ``ranker.safetensors`` into the directory ``path``."""
        from safetensors.numpy import save_file

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        names = ARRAYS + ((OZ_RATIO,) if self.adaptive else ())
        save_file({name: np.ascontiguousarray(getattr(self, name), dtype=np.float32) for name in names},
                  str(path / WEIGHTS))
        cfg = {"kind": KIND, "dim": self.dim, "neighbours": self.neighbours, "temperature": self.temperature,
               "prior": self.prior}
        if self.adaptive:
            cfg["adaptive"] = dict(self.adaptive)
        (path / CONFIG).write_text(json.dumps({**cfg, "training": meta or {}, "lists": [list(x) for x in self.lists]},
                                              indent=1) + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike) -> Ranker | None:
        """The ranker of a model directory, None when it has none; RankerError when it is broken."""
        path = Path(path)
        if not (path / CONFIG).exists():
            return None
        try:
            cfg = json.loads((path / CONFIG).read_text())
            if not isinstance(cfg, dict) or cfg.get("kind") != KIND:
                raise RankerError(f"{path / CONFIG}: not a {KIND} ranker")
            lists = [tuple(str(i) for i in x) for x in cfg["lists"]]
            hp = {k: cfg[k] for k in ("neighbours", "temperature", "prior", "dim")}
            if not (isinstance(hp["neighbours"], int) and hp["neighbours"] >= 1 and hp["dim"] == features.DIM
                    and all(isinstance(hp[k], (int, float)) and math.isfinite(hp[k]) for k in ("temperature", "prior"))
                    and hp["temperature"] > 0 and 0 <= hp["prior"] <= 1):
                raise RankerError(f"{path / CONFIG}: bad settings {hp}")
            adaptive = _check_adaptive(cfg.get("adaptive"))
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise RankerError(f"{path / CONFIG}: unreadable ranker settings: {e}") from None
        if adaptive is False:
            raise RankerError(f"{path / CONFIG}: bad adaptive settings {cfg.get('adaptive')!r}")
        try:
            from safetensors.numpy import load_file

            arrays = load_file(str(path / WEIGHTS))
        except Exception as e:  # noqa: BLE001 - any reader failure is a broken file
            raise RankerError(f"{path / WEIGHTS}: unreadable: {type(e).__name__}: {e}") from None
        names = ARRAYS + ((OZ_RATIO,) if adaptive else ())
        missing = [a for a in names if a not in arrays]
        if missing:
            raise RankerError(f"{path / WEIGHTS}: missing arrays {', '.join(missing)}")
        a = {k: arrays[k].astype(np.float32, copy=False) for k in names}
        n, d, L = a["train"].shape[0], hp["dim"], len(lists)
        shapes = {"mean": (d,), "scale": (d,), "train": (n, d), "gain": (n, L), "ratio": (n, L), OZ_RATIO: (n,)}
        for k in names:
            if a[k].shape != shapes[k]:
                raise RankerError(f"{path / WEIGHTS}: {k} has shape {a[k].shape}, expected {shapes[k]}")
        if n < 1 or not all(np.isfinite(a[k]).all() for k in ("mean", "scale", "train", "gain", OZ_RATIO) if k in a) \
                or (a["scale"] <= 0).any():
            raise RankerError(f"{path / WEIGHTS}: values out of range")
        return cls(lists, a["mean"], a["scale"], a["train"], a["gain"], a["ratio"], **hp, adaptive=adaptive,
                   oz_ratio=a.get(OZ_RATIO))

    @classmethod
    def fit(cls, lists, vectors, gain, ratio, oz_ratio=None, **settings) -> Ranker:
        X = np.asarray(vectors, dtype=np.float32)
        mean, scale = X.mean(0), X.std(0) + 1e-3
        Z = (X - mean) / scale
        Z = Z / np.maximum(np.linalg.norm(Z, axis=1, keepdims=True), 1e-12)
        oz = None if oz_ratio is None else np.asarray(oz_ratio, dtype=np.float32)
        if settings.get("adaptive") and oz is None:
            raise RankerError("an adaptive ranker needs its training modules' -Oz ratios")
        return cls([tuple(x) for x in lists], mean.astype(np.float32), scale.astype(np.float32), Z.astype(np.float32),
                   np.asarray(gain, dtype=np.float32), np.asarray(ratio, dtype=np.float32), oz_ratio=oz, **settings)


def _check_adaptive(value):
    """``adaptive`` settings as read from ranker.json: None (one round), the settings, or False (bad)."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != set(ADAPTIVE):
        return False
    for key, kind in ADAPTIVE.items():
        v = value[key]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (kind is int and not isinstance(v, int)) \
                or not math.isfinite(v) or v < 0 or (v == 0 and key != "oz_weight") or v > 100:
            return False
    return {k: ADAPTIVE[k](value[k]) for k in ADAPTIVE}


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(weights[order])
    return float(values[order][min(int(np.searchsorted(cum, cum[-1] / 2)), len(order) - 1)])


def greedy(G: np.ndarray, k: int, w: np.ndarray, allowed: np.ndarray | None = None, floor: float = 0.0) -> list[int]:
    """k columns of ``G`` (rows: modules, columns: lists, values: log gains) that maximise the
    ``w``-weighted sum over rows of the best chosen gain (never below ``floor``: -Oz, 0, is always
    there; a measured gain may be too). Ties (a list that adds nothing) go to the list with the larger
    weighted mean gain."""
    best = np.full(len(G), float(floor))
    out: list[int] = []
    tie = 1e-9 * (w @ G)
    room = np.empty(G.shape)  # each list's gain over the best chosen, per module (reused: no allocation a step)
    for _ in range(k):
        np.subtract(G, best[:, None], out=room)
        np.maximum(room, 0, out=room)
        gain = w @ room + tie
        gain[out] = -np.inf
        if allowed is not None:
            gain[~allowed] = -np.inf
        j = int(gain.argmax())
        out.append(j)
        best = np.maximum(best, G[:, j])
    return out


# ---------------------------------------------------------------------------------------------
# training: settings chosen by cross-validation on the matrix's modules, then fit on all of them

GRID = {"neighbours": (10, 20, 40, 80), "temperature": (0.05, 0.2, 1.0), "prior": (0.1, 0.3, 0.6)}
# the adaptive rounds' settings, chosen at twice the k of the one-round ones (first round: k lists)
ADAPTIVE_GRID = {"step": (2,), "sigma": (0.02, 0.03, 0.05), "oz_weight": (0.5, 1.0)}


def oz_gains(rows: list[dict]) -> np.ndarray:
    """log(-Oz count / count before) of each matrix row's module."""
    return np.array([math.log(max(1, r["oz"]) / max(1, r["count"])) for r in rows])


def matrix_arrays(rows: list[dict], texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature vectors, log gains over -Oz (-1 where a list failed) and count ratios (nan there)."""
    X = np.array([features.vector(t) for t in texts], dtype=np.float32)
    oz = np.array([r["oz"] for r in rows], dtype=np.float64)
    before = np.array([max(1, r["count"]) for r in rows], dtype=np.float64)
    C = np.array([[np.nan if c is None else c for c in r["counts"]] for r in rows], dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        G = np.log(np.maximum(oz, 1)[:, None] / np.maximum(C, 1))
    G = np.where(np.isnan(G), -1.0, G)
    return X, G, C / before[:, None]


def mean_gain(G: np.ndarray, chosen: list[list[int]]) -> float:
    """Mean over modules of the log gain of each module's best chosen list (0: -Oz)."""
    return float(np.mean([max(0.0, float(G[i, c].max())) if len(c) else 0.0 for i, c in enumerate(chosen)]))


def catalogue_fingerprint(lists) -> str:
    """16 hex digits naming a catalogue (its lists, in order): a matrix row records the catalogue its
    counts are of, so that a row is never read against another catalogue's lists."""
    import hashlib

    return hashlib.sha256(json.dumps([list(x) for x in lists]).encode()).hexdigest()[:16]


def check_matrix(rows: list[dict], lists) -> None:
    """LlmoptError unless every row's counts are of exactly ``lists`` (by the catalogue fingerprint)."""
    fp = catalogue_fingerprint(lists)
    stale = [r.get("name") for r in rows if r.get("catalogue") != fp or len(r.get("counts") or ()) != len(lists)]
    if stale:
        raise LlmoptError(f"{len(stale)} matrix rows (first: {stale[0]}) were measured with another list catalogue "
                          f"than this one ({len(lists)} lists): run `llmopt dataset matrix` to measure what they lack")


def _pct(v: float) -> float:
    """A mean log gain as geomean % below -Oz (3 decimals)."""
    return round(100 * (1 - math.exp(-v)), 3)


def cross_validate(X, G, R, lists, k: int, folds: int = 5, seed: int = 0, grid: dict | None = None,
                   fixed_lists: dict[str, list[int]] | None = None) -> list[dict]:
    """Every setting of ``grid`` scored by ``folds``-fold cross-validation (folds by module), best
    first, then for reference: the best fixed k lists (greedy on the training folds), each of
    ``fixed_lists`` (name -> catalogue indices, e.g. the labels' coreset) and the ceiling (every
    list). Scores are geomean % below -Oz."""
    grid = grid or GRID
    n = len(X)
    fold = np.random.default_rng(seed).permutation(n) % folds
    results = []
    settings = [dict(neighbours=a, temperature=b, prior=c) for a in grid["neighbours"]
                for b in grid["temperature"] for c in grid["prior"]]
    fixed: list[list[int]] = [[] for _ in range(n)]
    for f in range(folds):
        tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
        c = greedy(G[tr], k, np.ones(len(tr)))
        for i in te:
            fixed[i] = c
    for s in settings:
        chosen: list[list[int]] = [[] for _ in range(n)]
        for f in range(folds):
            tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
            r = Ranker.fit(lists, X[tr], G[tr], R[tr], **s)
            for i in te:
                chosen[i] = r._pick(r.embed(X[i]), k)[-1]
        results.append({**s, "score": _pct(mean_gain(G, chosen))})
    results.sort(key=lambda x: -x["score"])
    results.append({"fixed_greedy": True, "score": _pct(mean_gain(G, fixed))})
    for name, idx in (fixed_lists or {}).items():
        results.append({"fixed": name, "score": _pct(mean_gain(G, [idx[:k]] * n))})
    results.append({"ceiling": True, "score": _pct(mean_gain(G, [list(range(G.shape[1]))] * n))})
    return results


def cross_validate_adaptive(X, G, R, OZ, lists, settings: dict, k: int, folds: int = 5, seed: int = 0,
                            grid: dict | None = None) -> list[dict]:
    """The adaptive rounds (a first round of ``k`` lists, then ``k`` more in rounds) for every setting
    of ``grid``, beside one round of 2k lists, all with the one-round ``settings``, scored by
    ``folds``-fold cross-validation at 2k lists (same folds as :func:`cross_validate`), best first.
    Each held-out module's later rounds are chosen from its measured gains (the matrix's)."""
    grid = grid or ADAPTIVE_GRID
    n = len(X)
    fold = np.random.default_rng(seed).permutation(n) % folds
    options = [None] + [{"first": k, "step": a, "sigma": b, "oz_weight": c} for a in grid["step"]
                        for b in grid["sigma"] for c in grid["oz_weight"]]
    results = []
    for adaptive in options:
        chosen: list[list[int]] = [[] for _ in range(n)]
        for f in range(folds):
            tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
            r = Ranker.fit(lists, X[tr], G[tr], R[tr], OZ[tr], **settings, adaptive=adaptive)
            for i in te:
                chosen[i] = r.rounds(r.embed(X[i]), 2 * k, G[i], OZ[i])
        results.append({"adaptive": adaptive, "score": _pct(mean_gain(G, chosen))})
    results.sort(key=lambda x: -x["score"])
    return results


def training_arrays(rows: list[dict], lists) -> tuple[list[dict], np.ndarray, np.ndarray, np.ndarray]:
    """The matrix rows a ranker learns from (train and validation, measured with ``lists``) and their
    :func:`matrix_arrays`, each module read from its suite; LlmoptError when there are none, a row is
    of another catalogue, or a module is missing from its suite."""
    from llmcompiler.llvm import ir as irmod
    from llmcompiler.llvm.suites import load_suite

    rows = [r for r in rows if "counts" in r and r.get("split") != "test"]
    if not rows:
        raise LlmoptError("no matrix rows of train or validation modules: run `llmopt dataset matrix`")
    check_matrix(rows, lists)
    paths = {}
    for suite in sorted({r["suite"] for r in rows}):
        paths.update({(suite, bm.name): bm.path for bm in load_suite(suite)})
    missing = [r["name"] for r in rows if (r["suite"], r["name"]) not in paths]
    if missing:
        raise LlmoptError(f"{len(missing)} matrix modules are not in their suites (first: {missing[0]})")
    texts = [irmod.load(paths[(r["suite"], r["name"])]).text for r in rows]
    return (rows, *matrix_arrays(rows, texts))


def train(rows: list[dict], out: str | os.PathLike, lists: list[tuple[str, ...]], k: int = 8,
          folds: int = 5, seed: int = 0, grid: dict | None = None,
          fixed_lists: dict[str, list[tuple[str, ...]]] | None = None, adaptive: bool = True,
          adaptive_grid: dict | None = None) -> dict:
    """Fit the ranker of ``out`` (a model directory; its network files are left alone) on the rows of
    the matrix (``dataset.matrix``; test rows are dropped): the settings that score best at ``k``
    lists in cross-validation, then (with ``adaptive``) the adaptive rounds' settings that score best
    at 2k lists, or none where one round of 2k scores as well; then fit on every module. Returns the
    cross-validation tables; ``fixed_lists`` (name -> lists of the catalogue, e.g. the labels'
    coreset) are scored beside."""
    rows, X, G, R = training_arrays(rows, lists)
    OZ = oz_gains(rows)
    where = {tuple(x): i for i, x in enumerate(lists)}
    fixed_lists = {name: [where[tuple(x)] for x in ls if tuple(x) in where] for name, ls in (fixed_lists or {}).items()}
    table = cross_validate(X, G, R, lists, k, folds, seed, grid, fixed_lists)
    best = {key: table[0][key] for key in ("neighbours", "temperature", "prior")}
    rounds = cross_validate_adaptive(X, G, R, OZ, lists, best, k, folds, seed, adaptive_grid) if adaptive else []
    chosen = rounds[0]["adaptive"] if rounds else None
    res = {"modules": len(rows), "lists": len(lists), "k": k, "folds": folds, "seed": seed,
           "chosen": best | {"adaptive": chosen}, "cross_validation": table, "rounds": rounds}
    meta = {key: res[key] for key in ("modules", "k", "folds", "seed")} | {"cv_score": table[0]["score"]}
    if rounds:
        meta[f"cv_score_at_{2 * k}"] = rounds[0]["score"]
    Ranker.fit(lists, X, G, R, OZ, **best, adaptive=chosen).save(out, meta)
    return res
