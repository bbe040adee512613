"""Training data: size-ready IR from the benchmark suites, and the autotuner's labels for it.

Two files, both gzip-compressed JSON lines:

- the **corpus** (``data/corpus.jsonl.gz``, not committed: ``llmopt dataset build`` regenerates it from
  the suites' IR): one record per example, a whole module or one function extracted with the
  declarations and constants it needs (``llvm-extract-22 --keep-const-init``), deduplicated by the
  hash of its normalised IR (``prompt.normalized_hash``). An example inherits its module's split;
  held-out modules are visited first, so a function that also occurs in a held-out module never
  lands in ``train``.
- the **labels** (``data/labels.jsonl.gz``, committed: they cost CPU hours): per example id, the
  autotuner's minimised best list, the counts before, after -Oz and after the list, and the best
  distinct lists it saw. ``llmopt dataset label`` appends to it and resumes where it stopped; a
  record torn by an interrupted run is ignored when reading. Its searches can start from extra seed
  lists (``--seed-lists catalogue``) and run on a Ray cluster (``--ray``); ``data/README.md`` says what
  the labels hold and what they cost.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing as mp
import os
import random
import subprocess
import tempfile
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from llmcompiler.defaults import DATA_DIR
from llmcompiler.errors import LlmoptError, ToolError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm.passes import OZ, join_items
from llmcompiler.llvm.suites import load_suite
from llmcompiler.model.prompt import normalized_hash
from llmcompiler.model.ranker import catalogue_fingerprint, check_matrix

CORPUS = DATA_DIR / "corpus.jsonl.gz"
LABELS = DATA_DIR / "labels.jsonl.gz"
MATRIX = DATA_DIR / "matrix.jsonl.gz"
MODULE_LABELS = DATA_DIR / "module-labels.jsonl.gz"  # the training modules, labelled with a larger seeded search
SUITES = ("programs", "debian", "csmith")
# what the ranker's catalogue matrix measures: real code, with the training-only programs beside the suite
MATRIX_SUITES = ("programs", "programs_train", "debian")
SPLIT_ORDER = {"test": 0, "validation": 1, "train": 2}


@dataclass(frozen=True)
class BuildOptions:
    suites: tuple[str, ...] = SUITES
    functions: bool = True
    min_instructions: int = 10  # smaller examples carry no signal: -Oz leaves nothing to find
    max_module: int = 3000  # larger whole modules cost too much to label
    max_function: int = 1500
    max_functions_per_module: int = 40  # so that a few huge files do not dominate
    seed: int = 0


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    """Records of a .jsonl or .jsonl.gz file; a torn last record (interrupted append) is dropped."""
    path = Path(path)
    if not path.exists():
        return []
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    try:
        with opener(path, "rt") as f:
            for line in f:
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    break
    except (EOFError, gzip.BadGzipFile, zlib.error):
        pass  # an interrupted append leaves a truncated gzip member: keep what was read
    return out


def write_jsonl(path: str | os.PathLike, records) -> None:
    """Write records atomically (gzip when the name ends in .gz)."""
    lines = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records).encode()
    data = gzip.compress(lines, mtime=0) if str(path).endswith(".gz") else lines
    irmod.atomic_write(path, data)


def append_jsonl_gz(path: str | os.PathLike, records: list[dict]) -> None:
    """Append records as one gzip member (concatenated members are one valid gzip stream)."""
    if not records:
        return
    data = "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records).encode()
    with open(path, "ab") as f:
        f.write(gzip.compress(data, mtime=0))
        f.flush()
        os.fsync(f.fileno())


# ---------------------------------------------------------------------------------------------
# build


def defined_functions(text: str) -> list[str]:
    names = []
    for ln in text.splitlines():
        if ln.startswith("define "):
            at = ln.index("@", ln.index("define"))
            name = ln[at + 1 : ln.index("(", at)]
            names.append(name.strip('"'))
    return names


def extract_function(text: str, name: str, timeout: float = 60.0) -> str:
    """One function of a module as a module of its own (declarations and constant initialisers kept)."""
    with tempfile.NamedTemporaryFile("w", suffix=".ll", delete=False) as f:
        f.write(text)
    try:
        p = subprocess.run(["llvm-extract-22", "--keep-const-init", f"--func={name}", "-S", f.name, "-o", "-"],
                           capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError:
        raise ToolError("llvm-extract-22 not found: install Debian's llvm-22") from None
    finally:
        os.unlink(f.name)
    if p.returncode != 0:
        raise ToolError(f"llvm-extract-22 --func={name}: {p.stderr.strip().splitlines()[-1] if p.stderr.strip() else 'failed'}")
    return p.stdout


def _module_examples(args) -> list[dict]:
    suite, name, path, split, opts = args
    try:
        mod = irmod.load(path)
    except LlmoptError:
        return []
    out = []
    base = {"suite": suite, "module": name, "split": split}
    if opts.min_instructions <= mod.count <= opts.max_module:
        out.append({**base, "function": None, "count": mod.count, "text": mod.text})
    if opts.functions:
        counts = mod.function_counts()
        names = [n for n in defined_functions(mod.text)
                 if opts.min_instructions <= counts.get(n, 0) <= opts.max_function]
        if len(counts) <= 1:
            names = []  # a one-function module is its own function example
        rng = random.Random(f"{opts.seed}:{suite}:{name}")
        if len(names) > opts.max_functions_per_module:
            names = sorted(rng.sample(names, opts.max_functions_per_module), key=names.index)
        for fn in names:
            try:
                text = extract_function(mod.text, fn)
                f_ir = irmod.parse(text, f"{name}:{fn}")
            except LlmoptError:
                continue
            if opts.min_instructions <= f_ir.count:
                out.append({**base, "function": fn, "count": f_ir.count, "text": f_ir.text})
    return out


def build(out: str | os.PathLike = CORPUS, opts: BuildOptions = BuildOptions(), jobs: int | None = None,
          progress=None) -> dict:
    """Collect, split into functions, deduplicate and write the corpus. Returns its statistics."""
    tasks = []
    for suite in opts.suites:
        try:
            mods = load_suite(suite)
        except LlmoptError:
            if suite == "programs":
                raise
            continue  # generated suites (debian, csmith) may not be built on this machine
        tasks += [(suite, m.name, m.path, m.split, opts) for m in mods]
    if not tasks:
        raise LlmoptError("no suites to build a corpus from")
    tasks.sort(key=lambda t: (SPLIT_ORDER[t[3]], SUITES.index(t[0]) if t[0] in SUITES else 9, t[1]))
    jobs = max(1, jobs or mp.cpu_count())
    results: list[list[dict]] = [[] for _ in tasks]
    with mp.get_context("fork").Pool(jobs) as pool:
        for done, (i, r) in enumerate(pool.imap_unordered(_indexed, list(enumerate(tasks))), 1):
            results[i] = r
            if progress:
                progress(done, len(tasks))
    seen: set[str] = set()
    records, dupes = [], 0
    for r in results:  # task order: held-out splits first, so duplicates never reach train
        for ex in r:
            h = normalized_hash(ex["text"])
            if h in seen:
                dupes += 1
                continue
            seen.add(h)
            records.append({"id": h, **ex})
    write_jsonl(out, records)
    return {"examples": len(records), "duplicates_dropped": dupes, **stats(records)}


def _indexed(arg):
    i, t = arg
    return i, _module_examples(t)


def stats(records: list[dict]) -> dict:
    by = Counter((r["split"], "function" if r.get("function") else "module") for r in records)
    return {
        "by_split": {f"{s}/{k}": n for (s, k), n in sorted(by.items())},
        "by_suite": dict(Counter(r["suite"] for r in records)),
        "instructions": sum(r["count"] for r in records),
    }


# ---------------------------------------------------------------------------------------------
# label


def _label_task(args) -> dict:
    from llmcompiler.llvm.search import tune

    rec, budget, seed, timeout, seeds = args
    t0 = time.perf_counter()
    try:
        r = tune(irmod.IR(rec["text"], rec["id"]), budget=budget, seed=seed, timeout=timeout, seeds=seeds)
    except LlmoptError as e:
        return {"id": rec["id"], "error": str(e)[:300]}
    out = {
        "id": rec["id"], "suite": rec["suite"], "module": rec["module"], "function": rec["function"],
        "split": rec["split"], "count": r.count_before, "count_oz": r.count_oz, "best_count": r.best_count,
        "items": list(r.best.items) if r.best is not None else [OZ],
        "top": [list(t) for t in r.top[:4]], "budget": budget, "evaluations": r.evaluations + r.minimize_evaluations,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    if seeds:
        out["seed_lists"] = len(seeds)  # extra seeds offered to the search (it ran as many as its budget allowed)
    return out


TIMING_FIELDS = ("seconds",)  # what differs between two runs of the same labelling


def seed_lists(spec: str | os.PathLike, labels: str | os.PathLike = LABELS) -> list[tuple[str, ...]]:
    """Extra seeds for the autotuner (``dataset label --seed-lists``), most promising first.

    ``spec`` is one of:

    - ``catalogue`` or ``catalogue:DIR``: the lists of a model's ``lists.json`` (the default model's
      unless DIR names another), ranked by the number of ``labels`` on which each beat -Oz (its
      ``wins``, or its best list), then in the catalogue's order;
    - a ``.json`` file: ``{"lists": [...]}`` or ``[...]``, each list a list of items or a text;
    - a labels file (``.jsonl``, ``.jsonl.gz``): its best lists that beat -Oz, most frequent first
      (the coreset's order);
    - any other file: one list per line in any syntax ``llmopt eval`` accepts (``#`` starts a comment).

    The search runs them in this order as far as its budget allows (see ``search.tune``).
    """
    from llmcompiler.errors import PassError
    from llmcompiler.llvm.passes import default_vocabulary, parse, split_items

    vocab = default_vocabulary()
    spec = str(spec)
    raw: list = []
    if spec == "catalogue" or spec.startswith("catalogue:"):
        from llmcompiler.defaults import DEFAULT_MODEL
        from llmcompiler.model.model import CATALOGUE, read_catalogue

        model = Path(spec.split(":", 1)[1]) if ":" in spec else DEFAULT_MODEL
        try:
            lists = read_catalogue(model)
        except LlmoptError as e:
            raise LlmoptError(f"no catalogue in {model}: {e}") from None
        won: Counter = Counter()
        for r in read_jsonl(labels):
            if "error" in r or r.get("best_count", 0) >= r.get("count_oz", 0):
                continue
            mine = {split_items(w[0]) for w in r.get("wins") or [] if w[1] < r["count_oz"]} | {tuple(r["items"])}
            won.update(mine)
        order = {x: i for i, x in enumerate(lists)}
        raw = sorted(lists, key=lambda x: (-won[x], order[x]))
        where = str(model / CATALOGUE)
    else:
        path = Path(spec)
        if not path.is_file():
            raise LlmoptError(f"--seed-lists: no such file '{spec}' (or say 'catalogue')")
        where = spec
        if spec.endswith((".jsonl", ".jsonl.gz")):
            raw = coreset([r for r in read_jsonl(path) if "error" not in r], 1 << 30)
        elif spec.endswith(".json"):
            try:
                data = json.loads(path.read_text())
            except ValueError as e:
                raise LlmoptError(f"{spec}: not JSON ({e})") from None
            raw = data.get("lists", []) if isinstance(data, dict) else data
        else:
            raw = [ln.split("#", 1)[0].strip() for ln in path.read_text().splitlines()]
            raw = [ln for ln in raw if ln]
    out: dict[tuple[str, ...], None] = {}
    for i, x in enumerate(raw, 1):
        try:
            pl = parse(x, vocab) if isinstance(x, str) else vocab.passlist(tuple(x))
        except (PassError, TypeError) as e:
            raise LlmoptError(f"{where}: list {i} is not a pass list: {e}") from None
        out.setdefault(pl.items, None)
    if not out:
        raise LlmoptError(f"{where}: no pass lists")
    return list(out)


def _results(tasks: list, fn, jobs: int, ray_address: str | None):
    """Each task's result as it finishes: a local process pool, or Ray tasks (``ray_address``:
    a cluster address or ``local``). Closing the generator stops the tasks still running."""
    if not tasks:
        return
    if ray_address:
        from llmcompiler.llvm.search import RaySession

        with RaySession(ray_address, jobs) as session:
            done = session.as_done(session.submit(fn, tasks))
            try:
                yield from done
            finally:
                done.close()
        return
    with mp.get_context("fork").Pool(jobs, maxtasksperchild=50) as pool:
        yield from pool.imap_unordered(fn, tasks)


def label(corpus: str | os.PathLike = CORPUS, labels: str | os.PathLike = LABELS, budget: int = 120,
          splits: tuple[str, ...] = ("train",), limit: int | None = None, jobs: int | None = None,
          seed: int = 0, timeout: float = 30.0, progress=None, max_seconds: float | None = None,
          seeds: list | str | os.PathLike | None = None, ray_address: str | None = None) -> dict:
    """Label corpus examples not labelled yet (resumable), in a fixed shuffled order.

    ``seeds``: extra seed lists for every search (a list of lists, or a :func:`seed_lists` spec such
    as ``"catalogue"``); off by default, so that earlier labels reproduce. ``ray_address``: run the
    searches as Ray tasks on a cluster (``host:port``, ``ray://...``, ``auto``) or on a Ray instance
    started here (``local``) instead of a local process pool; the labels are the same (only
    ``seconds`` differ).
    """
    recs = [r for r in read_jsonl(corpus) if r["split"] in splits]
    if not recs:
        raise LlmoptError(f"no examples in {corpus} for splits {', '.join(splits)}: run `llmopt dataset build`")
    if isinstance(seeds, (str, os.PathLike)):
        seeds = seed_lists(seeds)  # a catalogue ranked by the committed labels, not by those being written
    seeds = tuple(tuple(x) for x in seeds or ())
    done = {r["id"] for r in read_jsonl(labels)}
    todo = [r for r in recs if r["id"] not in done]
    random.Random(seed).shuffle(todo)
    if limit is not None:
        todo = todo[: max(0, limit)]
    Path(labels).parent.mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or mp.cpu_count())
    t0, n, errors, buf = time.time(), 0, 0, []
    tasks = [(r, budget, seed, timeout, seeds) for r in todo]
    results = _results(tasks, _label_task, jobs, ray_address)
    try:
        for res in results:
            n += 1
            errors += "error" in res
            buf.append(res)
            if len(buf) >= 10:
                append_jsonl_gz(labels, buf)
                buf = []
            if progress:
                progress(n, len(tasks))
            if max_seconds is not None and time.time() - t0 > max_seconds:
                break
    finally:
        results.close()
        append_jsonl_gz(labels, buf)
    return {"labelled": n, "errors": errors, "remaining": len(todo) - n, "seconds": round(time.time() - t0, 1)}


_MATRIX: dict = {}


def _matrix_task(task: tuple) -> dict:
    """One module's row of the matrix: every catalogue list's count (null where it failed). A row of
    an earlier, shorter catalogue (``base``) is extended: only the lists after its counts run."""
    from llmcompiler.llvm.harness import Harness

    suite, name, split, path, lists, timeout, base = task
    if _MATRIX.get("timeout") != timeout:  # one harness (and LLVM worker) per process
        _MATRIX["h"], _MATRIX["timeout"] = Harness(timeout=timeout), timeout
    h = _MATRIX["h"]
    t0, c0 = time.perf_counter(), time.process_time()
    done = base["counts"] if base else []
    try:
        r = h.evaluate(irmod.load(path), [join_items(x) for x in lists[len(done):]])
    except LlmoptError as e:
        return {"suite": suite, "name": name, "split": split, "error": str(e)[:300]}
    finally:
        h.clear_cache()
    spent = (base or {}).get
    return {"suite": suite, "name": name, "split": split, "count": r.count_before, "oz": r.count_oz,
            "counts": done + [c.count for c in r.candidates], "catalogue": catalogue_fingerprint(lists),
            "compilations": spent("compilations", 0) + r.compilations,
            "seconds": round(spent("seconds", 0) + time.perf_counter() - t0, 2),
            "cpu_seconds": round(spent("cpu_seconds", 0) + time.process_time() - c0, 2)}


def read_matrix(path: str | os.PathLike, lists=None) -> list[dict]:
    """The rows of a matrix file, the last one of each module (an extended row is appended after the
    one it extends). With ``lists``, LlmoptError when some row is of another catalogue than exactly
    those lists (`llmopt dataset matrix` measures what such rows lack)."""
    last = {}
    for r in read_jsonl(path):
        if "counts" in r:
            last[(r.get("suite"), r.get("name"))] = r
    rows = list(last.values())
    if lists is not None:
        check_matrix(rows, lists)
    return rows


def _extendable(row: dict | None, lists) -> dict | None:
    """``row`` when its counts are of a prefix of ``lists`` (a catalogue grown since), else None."""
    if row is None or "counts" not in row or len(row["counts"]) > len(lists):
        return None
    return row if row.get("catalogue") == catalogue_fingerprint(lists[:len(row["counts"])]) else None


def matrix(lists: list[tuple[str, ...]], out: str | os.PathLike = MATRIX, suites: tuple[str, ...] = MATRIX_SUITES,
           splits: tuple[str, ...] = ("train", "validation"), max_count: int = 20_000, jobs: int | None = None,
           timeout: float = 20.0, progress=None, ray_address: str | None = None) -> dict:
    """Every list of ``lists`` on every module of the suites' ``splits``: what the ranker learns from.

    One JSON line per module in ``out``: ``suite``, ``name``, ``split``, ``count`` (instructions
    before), ``oz`` (after clang-22's -Oz pipeline), ``counts`` (after each list, in the order of
    ``lists``; null where a list failed) and ``catalogue`` (:func:`catalogue_fingerprint` of the
    lists counted), with the compilations and seconds the row cost. Resumable: a module whose row
    has every list is skipped, and when the catalogue has grown (lists appended), only the new lists
    run on it. The test split is for ``llmopt bench`` and is never asked for by default. Modules
    larger than ``max_count`` instructions are skipped (they cost minutes).
    """
    lists = [tuple(x) for x in lists]
    have = {(r["suite"], r["name"]): r for r in read_matrix(out)}
    fp = catalogue_fingerprint(lists)
    done = {key for key, r in have.items() if r.get("catalogue") == fp}
    tasks, extended = [], 0
    for suite in suites:
        for bm in load_suite(suite):  # every split at once: a split may have no module of a small suite
            if bm.split not in splits or (suite, bm.name) in done:
                continue
            if irmod.load(bm.path).count <= max_count:
                base = _extendable(have.get((suite, bm.name)), lists)
                extended += base is not None
                tasks.append((suite, bm.name, bm.split, bm.path, lists, timeout, base))
    # a fixed shuffle: an interrupted run has a sample of every package, not the first few
    tasks.sort(key=lambda t: zlib.crc32(f"{t[0]}/{t[1]}".encode()))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    t0, n, errors = time.time(), 0, 0
    results = _results(tasks, _matrix_task, max(1, jobs or mp.cpu_count()), ray_address)
    try:
        for row in results:
            n += 1
            errors += "error" in row
            append_jsonl_gz(out, [row])
            if progress:
                progress(n, len(tasks))
    finally:
        results.close()
        if have and n:  # one row per module again: a new row replaces the one it extends or redoes
            write_jsonl(out, read_matrix(out))
    return {"modules": n, "extended": extended, "errors": errors, "skipped_done": len(done),
            "seconds": round(time.time() - t0, 1)}


_REFINE: dict = {}


def _refine_init(lists: list[tuple[str, ...]], timeout: float) -> None:
    from llmcompiler.llvm.harness import Harness

    _REFINE["lists"], _REFINE["harness"] = lists, Harness(timeout=timeout)


def _refine_task(arg: tuple[dict, str]) -> dict:
    """One label against the shared lists: the label, replaced where a list strictly beats it."""
    lab, text = arg
    lists, harness = _REFINE["lists"], _REFINE["harness"]
    own = tuple(lab["items"])
    cands = [own] + [items for items in lists if items != own]
    try:
        res = harness.evaluate(irmod.IR(text, lab["id"]), [harness.vocab.passlist(c) for c in cands])
    except LlmoptError as e:
        return {**lab, "refine_error": str(e)[:300]}
    out = {**lab, "refined": len(lists), "evaluations": lab.get("evaluations", 0) + len(cands) - 1}
    # every list that beats -Oz here, with its count: what a ranking of the lists learns from
    out["wins"] = sorted(([join_items(c), o.count] for c, o in zip(cands, res.candidates)
                          if o.status == "better"), key=lambda w: (w[1], w[0]))
    if res.chosen is not None and res.chosen > 0 and res.best_count < lab["best_count"]:
        out["items"], out["best_count"] = list(cands[res.chosen]), res.best_count
        out["top"] = [list(cands[res.chosen])] + [t for t in lab.get("top", []) if tuple(t) != cands[res.chosen]][:3]
    return out


def refine(corpus: str | os.PathLike = CORPUS, labels: str | os.PathLike = LABELS, lists: int = 24,
           jobs: int | None = None, timeout: float = 30.0, progress=None) -> dict:
    """Try the ``lists`` most frequent best lists of the labels on every labelled example.

    The autotuner's hill climbing with a small budget finds each example's good lists one at a time;
    a list that wins often elsewhere (``default<Oz> ; iroutliner ; default<Oz>`` on modules made of
    many similar blocks) it misses on many examples where it also wins. Where one of the shared lists
    beats an example's label strictly (verified by the harness, opt confirming), it becomes the label.
    Each record also keeps ``wins``: every list tried (the label's own included) that beat -Oz on
    it, as ``[PassList.text(), count]``, best first; training can learn from all of them, not only
    the argmin. The file is rewritten atomically; records keep their order and say ``refined``: the
    number of lists.
    """
    recs = read_jsonl(labels)
    good = [r for r in recs if "error" not in r]
    if not good:
        raise LlmoptError(f"no labels in {labels}: run `llmopt dataset label` first")
    shared = coreset(good, lists)
    texts = {r["id"]: r["text"] for r in read_jsonl(corpus)}
    todo = [(r, texts[r["id"]]) for r in good if r["id"] in texts]
    if not todo:
        raise LlmoptError(f"none of the labelled examples is in {corpus}: run `llmopt dataset build`")
    t0, done = time.time(), {}
    jobs = max(1, jobs or mp.cpu_count())
    with mp.get_context("fork").Pool(jobs, initializer=_refine_init, initargs=(shared, timeout)) as pool:
        for i, out in enumerate(pool.imap_unordered(_refine_task, todo, chunksize=8), 1):
            done[out["id"]] = out
            if progress:
                progress(i, len(todo))
    new = [done.get(r["id"], r) for r in recs]
    before = {r["id"]: r["best_count"] for r in good}
    changed = [r for r in new if r["id"] in before and r["best_count"] < before[r["id"]]]
    write_jsonl(labels, new)
    return {"lists": [join_items(x) for x in shared], "examples": len(todo), "improved": len(changed),
            "errors": sum("refine_error" in r for r in new), "seconds": round(time.time() - t0, 1)}


def load_labelled(corpus: str | os.PathLike = CORPUS, labels: str | os.PathLike = LABELS,
                  splits: tuple[str, ...] = ("train",)) -> list[dict]:
    """Corpus records joined with their labels (examples without a label, or whose tuning failed, are left out)."""
    lab = {r["id"]: r for r in read_jsonl(labels) if "error" not in r}
    out = []
    for r in read_jsonl(corpus):
        if r["split"] in splits and r["id"] in lab:
            out.append({**lab[r["id"]], "text": r["text"]})
    return out


def relink(corpus: str | os.PathLike = CORPUS, labels: str | os.PathLike = LABELS,
           out: str | os.PathLike | None = None) -> dict:
    """Give corpus records the ids of labels made from the same example by another build.

    An example's id hashes its normalised IR text, and a corpus rebuilt elsewhere (another clang-22 or
    LLVM 22 snapshot) can print the same code with other words, so that labels no longer find their
    examples (``load_labelled`` joins by id). A record whose id has no label takes the id of the label
    of the same suite, module, function and instruction count, when exactly one label has them; the
    label's counts hold for the rebuilt text where its -Oz count is the same (check with ``dataset
    label`` on a sample). Writes ``out`` (default: the corpus itself, atomically); returns the counts.
    """
    recs, labs = read_jsonl(corpus), [r for r in read_jsonl(labels) if "suite" in r]
    ids, label_ids = {r["id"] for r in recs}, {r["id"] for r in labs}
    key = lambda r: (r["suite"], r["module"], r["function"], r["count"])  # noqa: E731
    by_key = Counter(key(r) for r in labs)
    free = {key(r): r["id"] for r in labs if r["id"] not in ids and by_key[key(r)] == 1}
    by_id, moved = len(ids & label_ids), 0
    for r in recs:
        if r["id"] not in label_ids and key(r) in free:
            r["id"], moved = free.pop(key(r)), moved + 1
    write_jsonl(out or corpus, recs)
    return {"examples": len(recs), "labels": len(labs), "joined_by_id": by_id, "relinked": moved,
            "labels_without_example": len(labs) - by_id - moved}


def label_stats(labels: str | os.PathLike = LABELS) -> dict:
    recs = [r for r in read_jsonl(labels) if "error" not in r]
    if not recs:
        return {"labelled": 0}
    improved = [r for r in recs if r["best_count"] < r["count_oz"]]
    lists = Counter(join_items(r["items"]) for r in recs)
    from llmcompiler.metrics import geomean_reduction

    return {
        "labelled": len(recs),
        "errors": sum(1 for r in read_jsonl(labels) if "error" in r),
        "improved": len(improved),
        "geomean_reduction_vs_oz": geomean_reduction([(r["count_oz"], r["best_count"]) for r in recs]),
        "distinct_lists": len(lists),
        "most_frequent": lists.most_common(10),
        "seconds": round(sum(r.get("seconds", 0) for r in recs), 1),
    }


def coreset(labels: list[dict], k: int) -> list[tuple[str, ...]]:
    """The k most frequent best lists among labels that beat -Oz (the coreset baseline).

    Ties are broken by the total instructions the list saved, then by the list itself.
    """
    freq: Counter = Counter()
    saved: Counter = Counter()
    for r in labels:
        if r["best_count"] < r["count_oz"]:
            key = tuple(r["items"])
            freq[key] += 1
            saved[key] += r["count_oz"] - r["best_count"]
    ranked = sorted(freq, key=lambda key: (-freq[key], -saved[key], key))
    return ranked[:k]


# ---------------------------------------------------------------------------------------------
# growing the catalogue


def grow(labels: list[dict], rows: list[dict], lists: list[tuple[str, ...]], n: int = 64) -> dict:
    """Lists to add to a catalogue: the winners of module labels that beat every catalogue list.

    ``labels`` are labels of whole modules (``function`` null; e.g. a larger, catalogue-seeded
    ``llmopt dataset label``); ``rows`` the matrix of the catalogue ``lists`` on the same modules,
    which says what the catalogue already reaches on each. Each label's best list and its ``top``
    lists count where they beat the catalogue's best count on their module. Up to ``n`` new lists are
    chosen greedily, each the one whose gain over what the catalogue (and the lists chosen before it)
    reaches sums highest, in log instructions, over the modules where it was measured; lists that
    gain nothing are never chosen. Returns ``lists`` (the chosen ones, in order) and per list the
    modules it improves and the instructions it saves; `llmopt dataset matrix` then measures them
    everywhere, and the ranker's cross-validation decides what they are worth.
    """
    import math

    from llmcompiler.llvm.passes import PassError, default_vocabulary, parse_pipeline

    vocab = default_vocabulary()

    def canonical(items) -> tuple[str, ...] | None:
        try:
            return vocab.passlist(items).items
        except PassError:
            return None  # a list this LLVM cannot run is never offered

    known = {canonical(x) for x in lists}
    best = {}
    for r in rows:
        counts = [c for c in r.get("counts") or () if c is not None]
        if counts:
            best[(r["suite"], r["name"])] = min(counts)
    seen: dict[tuple[str, ...], dict] = {}  # list -> {module: count}
    for lab in labels:
        key = (lab.get("suite"), lab.get("module"))
        if lab.get("function") is not None or "error" in lab or key not in best:
            continue
        found = [(tuple(lab["items"]), lab["best_count"])]
        for text, count in lab.get("top") or ():
            try:
                found.append((parse_pipeline(text, vocab).items, count))
            except PassError:
                continue
        for items, count in found:
            c = canonical(items)
            if c is None or c in known or count >= best[key]:
                continue
            mine = seen.setdefault(c, {})
            mine[key] = min(count, mine.get(key, count))
    chosen, stats = [], []
    reach = dict(best)
    while len(chosen) < n and seen:
        def gain(c):
            return sum(math.log(reach[m] / cnt) for m, cnt in seen[c].items() if cnt < reach[m])

        pick = max(sorted(seen), key=gain)
        g = gain(pick)
        if g <= 0:
            break
        improved = {m: cnt for m, cnt in seen.pop(pick).items() if cnt < reach[m]}
        stats.append({"list": join_items(pick), "modules": len(improved),
                      "saved": sum(reach[m] - cnt for m, cnt in improved.items()), "log_gain": round(g, 4)})
        reach.update(improved)
        chosen.append(pick)
    beaten = sum(1 for m in best if reach[m] < best[m])
    return {"lists": chosen, "added": stats, "modules": len(best), "modules_improved": beaten,
            "candidates": len(chosen) + len(seen)}
