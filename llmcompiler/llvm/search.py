"""The autotuner: search for a pass list that beats -Oz on one module (``llmopt tune``).

    >>> from llmcompiler.llvm import ir, search
    >>> m = ir.load("tests/data/csv_parser.ll")
    >>> r = search.tune(m, budget=200, strategy="hill", seed=0)
    >>> r.count_oz, r.best_count, r.best.render()          # doctest: +SKIP
    (296, 283, 'iroutliner,default<Oz>,...')

Strategies (all start from strong seeds: ``default<Oz>`` alone, twice, after ``default<O3>``/``<Os>``,
and with a random prefix or suffix; whole pipelines are vocabulary items):

* ``random``: independent random lists around ``default<Oz>``;
* ``hill``: local search; each step evaluates a batch of neighbours made by inserting, deleting and
  replacing items and moves to the best, restarting from a seed after a run of steps without gain;
* ``evo``: a steady evolutionary search (tournament selection, one-point crossover, the same moves
  as mutations, the best list always kept).

Extra seeds (``tune(seeds=...)``: a model's catalogue, the labels' most frequent best lists) are
evaluated right after the fixed ones, in the order given, as far as the budget allows (at most
``seed_share`` of it, so that the moves keep room); the moves then start from the best of them all,
and hill climbing restarts from one of the best seeds as often as from a random list. Without extra
seeds a search is exactly what it was.

The budget counts distinct pass lists evaluated (cache hits are free). The best list is then
*minimised* (items whose removal keeps the count are dropped, at extra evaluations that are reported)
and verified by the harness against -Oz: the result is never worse than -Oz, and when nothing beats
it the answer is -Oz itself. Runs are deterministic for a seed: candidates depend only on the seed
and on earlier counts, and counts do not depend on timing or on the number of workers.
"""

from __future__ import annotations

import multiprocessing as mp
import random
import time
from dataclasses import dataclass, field

from llmcompiler.defaults import DEFAULT_TIMEOUT
from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.harness import Harness
from llmcompiler.llvm.passes import OZ, PassList, Vocabulary, default_vocabulary
from llmcompiler.llvm.toolchain import run_program
from llmcompiler.metrics import reduction

STRATEGIES = ("random", "hill", "evo")
PIPELINES = (OZ, "default<Os>", "default<O3>", "default<O2>", "default<O1>")
SEEDS = (
    (OZ,),
    (OZ, OZ),
    ("default<O3>", OZ),
    ("default<Os>", OZ),
    (OZ, "default<O1>", OZ),
)
FINAL_SEEDS = 4  # extra seeds verified beside the answer (see tune)


@dataclass(frozen=True)
class TuneResult:
    """The autotuner's answer for one module.

    Invariants: ``best_count <= count_oz``; ``best`` is None exactly when -Oz is the answer.
    """

    name: str
    strategy: str
    seed: int
    budget: int
    count_before: int
    count_oz: int
    best: PassList | None
    best_count: int
    evaluations: int  # distinct lists evaluated by the search
    minimize_evaluations: int  # extra evaluations spent minimising the best list
    failures: int  # lists that failed (crash, timeout, invalid IR) and were skipped
    seconds: float
    history: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # (evaluation, best count so far)
    top: tuple[tuple[str, int], ...] = field(default=(), repr=False)  # best distinct lists below -Oz, as searched
    metric: str = "instructions"  # what the counts are: IR instructions or object bytes ("text")

    def __post_init__(self):
        if self.best_count > self.count_oz:
            raise ValueError("a tuning result is never worse than -Oz")

    @property
    def reduction_vs_oz(self) -> float:
        return reduction(self.count_oz, self.best_count)

    @property
    def pipeline(self) -> str:
        return self.best.render() if self.best is not None else OZ

    @property
    def evaluations_per_second(self) -> float:
        return (self.evaluations + self.minimize_evaluations) / max(self.seconds, 1e-9)

    def to_dict(self) -> dict:
        return {
            "name": self.name, "metric": self.metric, "strategy": self.strategy, "seed": self.seed,
            "budget": self.budget,
            "count_before": self.count_before, "count_oz": self.count_oz, "best_count": self.best_count,
            "reduction_vs_oz": self.reduction_vs_oz, "pipeline": self.pipeline,
            "fallback_to_oz": self.best is None, "evaluations": self.evaluations,
            "minimize_evaluations": self.minimize_evaluations, "failures": self.failures,
            "seconds": round(self.seconds, 3), "evaluations_per_second": round(self.evaluations_per_second, 1),
            "history": [list(h) for h in self.history], "top": [list(t) for t in self.top],
        }


# ---------------------------------------------------------------------------------------------
# evaluation: cached, optionally parallel

_worker_harness: Harness | None = None
_worker_ir: irmod.IR | None = None


def _pool_init(text: str, name: str, timeout: float, metric: str) -> None:
    global _worker_harness, _worker_ir
    _worker_harness = Harness(timeout=timeout, metric=metric)
    _worker_ir = irmod.IR(text, name)


_worker_staged: "Staged | None" = None


def _pool_count(pipeline: str) -> int | None:
    global _worker_staged
    from llmcompiler.llvm.passes import parse

    if _worker_staged is None:
        _worker_staged = Staged(_worker_harness)
    return _worker_staged.count(_worker_ir, parse(pipeline, _worker_harness.vocab))


class Staged:
    """Counts that reuse work across lists: the IR after each whole-pipeline prefix is kept.

    Search proposes many lists that share a prefix (``default<Oz>,...``), and the pipelines are
    most of the cost. So a list is run in stages cut after each pipeline item, each stage's IR cached
    by (input hash, stage). Stages run in separate processes, with the IR printed and re-parsed in
    between, which can (rarely) change a count against a single run of the whole list: these counts
    steer the search only; the final answer is re-evaluated as one list by the harness.
    """

    def __init__(self, harness: Harness, max_bytes: int = 256 << 20):
        self.harness = harness
        self.stages: dict[tuple[str, str], irmod.IR | None] = {}
        self.bytes = 0
        self.max_bytes = max_bytes

    def count(self, ir: irmod.IR, pl: PassList) -> int | None:
        from llmcompiler.errors import BackendError

        items, vocab = pl.items, pl.vocab
        cur, start = ir, 0
        for i, tok in enumerate(items[:-1]):
            if not vocab.info(tok).pipeline:
                continue
            stage = vocab.passlist(items[start : i + 1])
            key = (cur.hash, stage.render())
            if key not in self.stages:
                try:
                    nxt = irmod.IR(self.harness.apply(cur, stage), ir.name)
                except BackendError:
                    nxt = None
                if self.bytes > self.max_bytes:
                    self.stages.clear()
                    self.bytes = 0
                self.stages[key] = nxt
                self.bytes += len(nxt.text) if nxt is not None else 0
            cur, start = self.stages[key], i + 1
            if cur is None:
                return None
        rest = vocab.passlist(items[start:])
        return self.harness.value_of(cur) if not rest.items else self.harness.count(cur, rest).count


class Evaluator:
    """Counts for pass lists on one module: a cache in front of the harness, in batches, in parallel."""

    def __init__(self, ir: irmod.IR, harness: Harness | None = None, jobs: int = 1, timeout: float = DEFAULT_TIMEOUT):
        self.ir = ir
        self.harness = harness or Harness(timeout=timeout)
        self.cache: dict[str, int | None] = {}
        self.evaluations = 0
        self.failures = 0
        self.staged = Staged(self.harness)
        self.pool = None
        if jobs > 1:
            self.pool = mp.get_context("fork").Pool(jobs, initializer=_pool_init,
                                                    initargs=(ir.text, ir.name, timeout, self.harness.metric))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool = None

    def counts(self, lists: list[PassList]) -> list[int | None]:
        todo: dict[str, PassList] = {}  # new lists, first occurrence order
        for pl in lists:
            key = pl.render()
            if key not in self.cache:
                todo.setdefault(key, pl)
        if todo:
            if self.pool is not None:
                results = self.pool.map(_pool_count, list(todo), chunksize=max(1, len(todo) // 8))
            else:
                results = [self.staged.count(self.ir, pl) for pl in todo.values()]
            for key, count in zip(todo, results):
                self.cache[key] = count
                self.evaluations += 1
                self.failures += count is None
        return [self.cache[pl.render()] for pl in lists]


# ---------------------------------------------------------------------------------------------
# moves


def seed_items(seeds, vocab: Vocabulary) -> list[tuple[str, ...]]:
    """Extra seeds as canonical item tuples, in order, duplicates dropped.

    A seed is a :class:`PassList`, a sequence of items, or text (``-passes=`` form, ``a,b`` or the
    ``a ; b`` text form). Seeds this vocabulary cannot spell are left out, as the fixed seeds are.
    """
    from llmcompiler.errors import PassError
    from llmcompiler.llvm.passes import parse

    out: dict[tuple[str, ...], None] = {}
    for sd in seeds or ():
        try:
            if isinstance(sd, PassList):
                items = sd.items
            elif isinstance(sd, str):
                items = parse(sd, vocab).items
            else:
                items = vocab.passlist(tuple(sd)).items
        except PassError:
            continue
        if items and all(x in vocab.infos for x in items):
            out.setdefault(tuple(items), None)
    return list(out)


class Moves:
    """Random edits of pass lists over a vocabulary, with whole pipelines weighted up.

    ``seeds`` are extra starting lists (see :func:`seed_items`), evaluated after the fixed ``SEEDS``.
    """

    def __init__(self, vocab: Vocabulary, rng: random.Random, max_len: int = 12, seeds=()):
        self.vocab = vocab
        self.rng = rng
        self.max_len = max_len
        names = [n for n in vocab.names if n != "default<O0>"]
        self.items = names
        self.seeds = [sd for sd in SEEDS if all(x in vocab.infos for x in sd)] or [(names[0],)]
        self.extra = [sd for sd in seed_items(seeds, vocab) if sd not in self.seeds]
        self.seeds += self.extra
        self.weights = [4.0 if n in PIPELINES else 1.0 for n in names]
        self.ranked: list[tuple[str, ...]] = []  # the seeds that ran, best first (set by the strategy)

    def rank_seeds(self, counts: list[int | None]) -> None:
        scored = sorted(((c, len(sd), i) for i, (sd, c) in enumerate(zip(self.seeds, counts)) if c is not None))
        self.ranked = [self.seeds[i] for _, _, i in scored]

    def restart(self) -> tuple[str, ...]:
        """Where hill climbing starts again: a seed with a random prefix or suffix; with extra seeds,
        every other time one of the four best seeds instead."""
        if self.extra and self.ranked and self.rng.random() < 0.5:
            return self.rng.choice(self.ranked[:4])
        return self.random_list()

    def item(self) -> str:
        return self.rng.choices(self.items, self.weights)[0]

    def random_list(self) -> tuple[str, ...]:
        k = self.rng.randint(1, 4)
        extra = [self.item() for _ in range(k)]
        where = self.rng.random()
        if where < 0.4:
            return (*extra, OZ)
        if where < 0.7:
            return (OZ, *extra)
        cut = self.rng.randint(0, k)
        return (*extra[:cut], OZ, *extra[cut:])

    # (random_list uses default<Oz> as its anchor: every vocabulary has it)

    def mutate(self, items: tuple[str, ...]) -> tuple[str, ...]:
        out = list(items)
        for _ in range(self.rng.choice((1, 1, 1, 2, 3))):
            op = self.rng.random()
            if (op < 0.45 or len(out) <= 1) and len(out) < self.max_len:
                out.insert(self.rng.randint(0, len(out)), self.item())
            elif op < 0.75 and len(out) > 1:
                del out[self.rng.randrange(len(out))]
            elif out:
                out[self.rng.randrange(len(out))] = self.item()
        return tuple(out) or (OZ,)

    def crossover(self, a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        i, j = self.rng.randint(0, len(a)), self.rng.randint(0, len(b))
        return (a[:i] + b[j:])[: self.max_len] or (OZ,)


# ---------------------------------------------------------------------------------------------
# strategies: each yields batches of candidate tuples; the driver feeds back their counts


def _random(moves: Moves, budget: int, batch: int):
    yield list(moves.seeds)
    while True:
        yield [moves.random_list() for _ in range(batch)]


def _hill(moves: Moves, budget: int, batch: int):
    counts = yield list(moves.seeds)
    moves.rank_seeds(counts)
    scored = sorted(zip(counts, range(len(moves.seeds))), key=lambda t: (t[0] is None, t[0] or 0, t[1]))
    current, cur_count = moves.seeds[scored[0][1]], scored[0][0]
    stale = 0
    while True:
        neighbours = [moves.mutate(current) for _ in range(batch)]
        counts = yield neighbours
        best = min(((c, len(n), i) for i, (c, n) in enumerate(zip(counts, neighbours)) if c is not None),
                   default=None)
        if best is not None and (cur_count is None or best[0] < cur_count
                                 or (best[0] == cur_count and best[1] < len(current))):
            stale = 0 if cur_count is None or best[0] < cur_count else stale + 1
            current, cur_count = neighbours[best[2]], best[0]
        else:
            stale += 1
        if stale >= 6:  # restart from a seed with a random prefix or suffix (or a good seed)
            current, cur_count, stale = moves.restart(), None, 0


def _evo(moves: Moves, budget: int, batch: int):
    size = max(8, batch)
    pop = list(moves.seeds) + [moves.random_list() for _ in range(size - len(moves.seeds))]
    counts = yield pop
    scored = [(c, p) for c, p in zip(counts, pop) if c is not None]
    while True:
        scored.sort(key=lambda t: (t[0], len(t[1])))
        scored = scored[:size]

        def pick():
            a, b = moves.rng.sample(scored, 2) if len(scored) > 1 else (scored[0], scored[0])
            return min(a, b, key=lambda t: (t[0], len(t[1])))[1]

        children = []
        for _ in range(batch):
            child = moves.crossover(pick(), pick()) if moves.rng.random() < 0.5 else pick()
            children.append(moves.mutate(child))
        counts = yield children
        scored += [(c, p) for c, p in zip(counts, children) if c is not None]


_STRATEGY = {"random": _random, "hill": _hill, "evo": _evo}


# ---------------------------------------------------------------------------------------------
# the driver


def minimize(evaluator: Evaluator, vocab: Vocabulary, items: tuple[str, ...], count: int) -> tuple[tuple[str, ...], int]:
    """Drop items one at a time (last first) while the count does not grow; repeat to a fixpoint."""
    changed = True
    while changed and len(items) > 1:
        changed = False
        for i in reversed(range(len(items))):
            trial = items[:i] + items[i + 1 :]
            c = evaluator.counts([vocab.passlist(trial)])[0]
            if c is not None and c <= count:
                items, count, changed = trial, c, True
                break
    return items, count


def has_main(ir: irmod.IR) -> bool:
    return "define dso_local i32 @main(" in ir.text or "define i32 @main(" in ir.text


def tune(ir: irmod.IR, budget: int = 500, strategy: str = "hill", seed: int = 0, jobs: int = 1,
         batch: int = 16, timeout: float = DEFAULT_TIMEOUT, harness: Harness | None = None, progress=None,
         vocab: Vocabulary | None = None, check_exec: bool = False, metric: str = "instructions",
         seeds=(), seed_share: float = 0.5) -> TuneResult:
    """Search for the best pass list for one size-ready module within ``budget`` evaluations, by
    ``metric`` (IR instructions, or object ``text`` bytes; a given ``harness`` brings its own).

    ``seeds``: extra starting lists (see :func:`seed_items`), evaluated first after the fixed ones, in
    the order given; those beyond ``seed_share`` of the budget are dropped (``1.0``: the whole budget
    may go to seeds). The search then moves from the best.

    With ``check_exec`` (for a module with ``main``), the answer must also run under lli-22 with the
    same output and exit status as the unoptimised module: the best lists are tried in order and the
    first that passes wins (LLVM passes outside the default pipelines do miscompile).
    """
    if strategy not in _STRATEGY:
        raise LlmoptError(f"unknown strategy '{strategy}' (expected one of {', '.join(STRATEGIES)})")
    if budget < 1:
        raise LlmoptError("the budget must be at least 1 evaluation")
    t0 = time.perf_counter()
    vocab = vocab or default_vocabulary()
    harness = harness or Harness(timeout=timeout, metric=metric)
    count_oz = harness.oz_count(ir)
    if not 0.0 <= seed_share <= 1.0:
        raise LlmoptError("seed_share must be between 0 and 1")
    moves = Moves(vocab, random.Random(seed), seeds=seeds)
    if moves.extra:  # the fixed seeds come first; extra ones take at most seed_share of the budget
        room = max(0, int(budget * seed_share) - (len(moves.seeds) - len(moves.extra)))
        moves.seeds = moves.seeds[: len(moves.seeds) - len(moves.extra)] + moves.extra[:room]
        moves.extra = moves.extra[:room]
    evaluator = Evaluator(ir, harness, jobs=jobs, timeout=timeout)
    gen = _STRATEGY[strategy](moves, budget, batch)
    best_items, best_count = (OZ,), None
    history: list[tuple[int, int]] = []
    top: dict[tuple[str, ...], int] = {}  # the best distinct lists seen, for the execution check
    try:
        cands = next(gen)
        while True:
            room = budget - evaluator.evaluations
            # never spend more than the budget: keep only as many new lists as there is room for
            fresh, kept = set(), []
            for c in cands:
                key = vocab.passlist(c).render()
                if key not in evaluator.cache and key not in fresh:
                    if len(fresh) >= room:
                        continue
                    fresh.add(key)
                kept.append(c)
            counts = evaluator.counts([vocab.passlist(c) for c in kept])
            for c, n in zip(kept, counts):
                if n is not None and check_exec and n < count_oz:
                    top[c] = n
                    if len(top) > 16:
                        top.pop(max(top, key=lambda k: (top[k], len(k))))
                if n is not None and (best_count is None or n < best_count or (n == best_count and len(c) < len(best_items))):
                    best_items, best_count = c, n
            if best_count is not None:
                history.append((evaluator.evaluations, best_count))
            if progress is not None:
                progress(evaluator.evaluations, budget, best_count, count_oz)
            if evaluator.evaluations >= budget or room <= 0:
                break
            lookup = dict(zip(kept, counts))
            cands = gen.send([lookup.get(c) for c in cands])
        searched = evaluator.evaluations
        if check_exec and has_main(ir):
            best_items, best_count = _first_that_runs(ir, evaluator, harness, vocab, top, count_oz)
        elif best_count is not None and best_count <= count_oz:
            best_items, best_count = minimize(evaluator, vocab, best_items, best_count)
        minimize_evals = evaluator.evaluations - searched
        failures = evaluator.failures
        below = sorted(((k, n) for k, n in evaluator.cache.items() if n is not None and n < count_oz),
                       key=lambda kv: (kv[1], len(kv[0])))
        top_lists = tuple(below[:8])
    finally:
        evaluator.close()
    # verification by the harness: opt confirms, and -Oz is the answer unless strictly beaten. The
    # search's counts run a list in stages (see Staged) and can differ from one run of it by an
    # instruction or two, so with extra seeds the best few of them are verified beside the answer:
    # a seeded search then answers at least as well as its best seeds do.
    finalists = [best_items]
    if moves.extra and not check_exec:
        ran = sorted((evaluator.cache[vocab.passlist(sd).render()], len(sd), i) for i, sd in enumerate(moves.extra)
                     if evaluator.cache.get(vocab.passlist(sd).render()) is not None)
        finalists += [moves.extra[i] for c, _, i in ran[:FINAL_SEEDS] if c <= count_oz and moves.extra[i] != best_items]
    verdict = harness.evaluate(ir, [vocab.passlist(f) for f in finalists])
    best = vocab.passlist(finalists[verdict.chosen]) if verdict.chosen is not None else None
    return TuneResult(
        name=ir.name, strategy=strategy, seed=seed, budget=budget, count_before=harness.value_of(ir),
        count_oz=count_oz, best=best, best_count=verdict.best_count, evaluations=searched,
        minimize_evaluations=minimize_evals, failures=failures, seconds=time.perf_counter() - t0,
        history=tuple(history), top=top_lists, metric=harness.metric,
    )


def _first_that_runs(ir, evaluator, harness, vocab, top, count_oz):
    """Minimise the best lists in order and return the first whose program behaves like -O0's."""

    reference = run_program(ir.text)
    for items in sorted(top, key=lambda k: (top[k], len(k)))[:8]:
        items, count = minimize(evaluator, vocab, items, top[items])
        try:
            text = harness.apply(ir, vocab.passlist(items))
        except Exception:  # noqa: BLE001 - a list that fails here is simply not chosen
            continue
        if run_program(text) == reference:
            return items, count
    return (OZ,), count_oz


# ---------------------------------------------------------------------------------------------
# many modules: a local process pool, or a Ray cluster


def _tune_task(args) -> dict:
    text, name, budget, strategy, seed, timeout, check_exec, metric, seeds = args
    try:
        r = tune(irmod.IR(text, name), budget=budget, strategy=strategy, seed=seed, timeout=timeout,
                 check_exec=check_exec, metric=metric, seeds=seeds)
        return r.to_dict()
    except LlmoptError as e:
        return {"name": name, "error": str(e)}


class RaySession:
    """A connection to Ray for the length of a ``with`` block, and its tasks as they finish.

    ``address`` is a cluster address (``ray://head:10001``, ``auto``, ``host:port``) or ``local`` to
    start a Ray instance on this machine (``jobs`` CPUs). A session that finds Ray already connected
    uses that connection and leaves it open.
    """

    def __init__(self, address: str, jobs: int | None = None):
        try:
            import ray
        except ImportError:
            raise LlmoptError("--ray needs Ray: pip install 'llmcompiler[ray]'") from None
        self.ray, self.address, self.jobs, self.started = ray, address, jobs, False

    def __enter__(self) -> "RaySession":
        if not self.ray.is_initialized():
            local = self.address == "local"
            self.ray.init(address=None if local else self.address, include_dashboard=False,
                          log_to_driver=False, num_cpus=self.jobs if local else None)
            self.started = True
        return self

    def __exit__(self, *exc) -> None:
        if self.started:
            self.ray.shutdown()

    def submit(self, fn, tasks: list) -> list:
        remote = self.ray.remote(fn)
        return [remote.remote(t) for t in tasks]

    def in_order(self, refs: list):
        """Each task's result in the order submitted."""
        for ref in refs:
            yield self.ray.get(ref)

    def as_done(self, refs: list):
        """Each task's result as soon as it finishes; leaving the loop early cancels the rest."""
        pending = list(refs)
        try:
            while pending:
                done, pending = self.ray.wait(pending, num_returns=1)
                yield self.ray.get(done[0])
        finally:
            for ref in pending:
                self.ray.cancel(ref, force=True)


def tune_many(modules: list[irmod.IR], budget: int = 500, strategy: str = "hill", seed: int = 0,
              jobs: int | None = None, ray_address: str | None = None, timeout: float = DEFAULT_TIMEOUT,
              progress=None, check_exec: bool = False, metric: str = "instructions", seeds=()) -> list[dict]:
    """Tune many modules, one per task, in input order: a process pool, or Ray with ``ray_address``.

    ``ray_address`` is a cluster address (``ray://head:10001``, ``auto``) or ``local`` to start a Ray
    instance on this machine. Results are the same either way: each module's search depends only on
    its IR, the seed and the extra ``seeds`` (see :func:`tune`).
    """
    seeds = tuple(tuple(sd) if not isinstance(sd, str) else sd for sd in seeds or ())
    tasks = [(m.text, m.name, budget, strategy, seed, timeout, check_exec, metric, seeds) for m in modules]
    if ray_address:
        with RaySession(ray_address, jobs) as session:
            out = []
            for i, r in enumerate(session.in_order(session.submit(_tune_task, tasks))):
                out.append(r)
                if progress:
                    progress(i + 1, len(tasks))
            return out
    jobs = max(1, min(jobs or mp.cpu_count(), len(tasks)))
    if jobs == 1:
        out = []
        for i, t in enumerate(tasks):
            out.append(_tune_task(t))
            if progress:
                progress(i + 1, len(tasks))
        return out
    results: list[dict | None] = [None] * len(tasks)
    with mp.get_context("fork").Pool(jobs) as pool:
        for done, (i, r) in enumerate(pool.imap_unordered(_indexed_task, list(enumerate(tasks))), 1):
            results[i] = r
            if progress:
                progress(done, len(tasks))
    return results  # type: ignore[return-value]


def _indexed_task(arg):
    i, t = arg
    return i, _tune_task(t)
