"""The whole-module ranker: its features read every instruction, its choices are sets that cover one
another, its files are checked before use, and a model directory with one answers without torch."""

from __future__ import annotations

import json
import math
import shutil

import numpy as np
import pytest
from conftest import EXAMPLE, PROGRAMS, ROOT, SMALL_IR

from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir
from llmcompiler.model import features
from llmcompiler.model.model import RankerModel, load
from llmcompiler.model.ranker import Ranker, RankerError, greedy

LISTS = [("default<Oz>", "gvn-sink"), ("default<O1>",), ("early-cse", "default<Oz>"), ("default<Os>",)]


def test_features_count_every_instruction_of_every_function():
    for path in [EXAMPLE, ROOT / "examples" / "csv_parser.ll"]:
        m = ir.load(path)
        c = features.counts(m.text)
        assert c["instructions"] == m.count
        assert c["functions"] == len(m.function_counts())
    c = features.counts(ir.parse(SMALL_IR).text)
    assert c["switches"] == 1 and c["back_edges"] == 1  # the loop's latch jumps back to %cond


def test_features_see_the_end_of_a_long_module():
    """A change at the very end of a large module changes the vector: nothing is truncated."""
    text = ir.load(EXAMPLE).text
    big = text + "".join(f"\ndefine i32 @f{i}(i32 %x) {{\n  %y = add i32 %x, {i}\n  ret i32 %y\n}}\n" for i in range(500))
    tail = big + "\ndefine i32 @g(i32 %x) {\n  %y = udiv i32 %x, 7\n  ret i32 %y\n}\n"
    assert features.vector(big) != features.vector(tail)
    assert features.counts(tail)["instructions"] == ir.parse(tail).count


def test_features_are_stable():
    """The hash is zlib's crc32, not Python's salted hash: the same vector in every process."""
    v = features.vector(ir.load(EXAMPLE).text)
    assert len(v) == features.DIM and all(np.isfinite(v))
    import zlib

    assert features._bucket("op:add") == features._BASE + zlib.crc32(b"op:add") % (features.DIM - features._BASE)
    assert v == features.vector(ir.load(EXAMPLE).text)


def test_greedy_picks_lists_that_cover_each_other():
    # list 0 wins big on modules 0-1, list 1 on modules 2-3, list 2 a little everywhere
    G = np.array([[0.3, 0.0, 0.1], [0.3, 0.0, 0.1], [0.0, 0.3, 0.1], [0.0, 0.3, 0.1]])
    assert greedy(G, 2, np.ones(4)) == [0, 1]  # not [0, 2]: list 2 adds less to what list 0 covers
    assert greedy(G, 1, np.ones(4)) in ([0], [1])  # 0.6 each, against list 2's 0.4
    assert greedy(G, 1, np.array([1.0, 1.0, 0.0, 0.0])) == [0]  # weights decide
    allowed = np.array([False, True, True])
    assert 0 not in greedy(G, 2, np.ones(4), allowed)


def _ranker(tmp_path, modules=None):
    modules = modules or [ir.load(p) for p in [EXAMPLE, ROOT / "examples" / "csv_parser.ll"]]
    X = [features.vector(m.text) for m in modules]
    gain = np.zeros((len(modules), len(LISTS)))
    gain[:, 0] = 0.2  # list 0 wins on every training module
    ratio = np.full((len(modules), len(LISTS)), 0.5)
    r = Ranker.fit(LISTS, X, gain, ratio, neighbours=2, temperature=0.1, prior=0.2)
    d = tmp_path / "model"
    r.save(d)
    return d


def test_ranker_round_trip_and_choice(tmp_path):
    d = _ranker(tmp_path)
    r = Ranker.load(d)
    m = ir.load(EXAMPLE)
    before, ranked, _ = r.choose(m.text, 3)
    assert before == m.count
    assert [x.index for x in ranked][0] == 0 and len({x.index for x in ranked}) == 3
    assert ranked[0].predicted_after == round(0.5 * m.count)


@pytest.mark.parametrize("damage", ["kind", "shape", "nan", "truncate", "settings", "missing"])
def test_a_broken_ranker_is_refused(tmp_path, damage):
    d = _ranker(tmp_path)
    cfg = json.loads((d / "ranker.json").read_text())
    if damage == "kind":
        cfg["kind"] = "pickle"
    elif damage == "settings":
        cfg["temperature"] = -1
    elif damage == "shape":
        cfg["lists"] = cfg["lists"][:-1]
    (d / "ranker.json").write_text(json.dumps(cfg))
    if damage == "nan":
        from safetensors.numpy import load_file, save_file

        a = load_file(str(d / "ranker.safetensors"))
        a["gain"][0, 0] = np.nan
        save_file(a, str(d / "ranker.safetensors"))
    elif damage == "truncate":
        raw = (d / "ranker.safetensors").read_bytes()
        (d / "ranker.safetensors").write_bytes(raw[: len(raw) // 2])
    elif damage == "missing":
        (d / "ranker.safetensors").unlink()
    with pytest.raises(RankerError) as e:
        Ranker.load(d)
    assert "\n" not in str(e.value) and str(d) in str(e.value)


ADAPTIVE = {"first": 1, "step": 1, "sigma": 0.03, "oz_weight": 0.5}


def _two_kinds(adaptive=ADAPTIVE):
    """Four training modules that read alike (the same features) but are of two kinds: list 0 gains a
    little on kind A (modules 0-1) and loses a little on kind B; list 1 wins big on A only, list 2 on
    B only, list 3 a little on both. Only a measurement of list 0 tells the kinds apart."""
    X = [features.vector(ir.load(EXAMPLE).text)] * 4
    gain = np.array([[0.05, 0.3, 0.0, 0.1]] * 2 + [[-0.05, 0.0, 0.3, 0.1]] * 2)
    ratio = np.exp(-gain) * 0.5
    return Ranker.fit([(f"l{i}",) for i in range(4)], X, gain, ratio, oz_ratio=np.full(4, math.log(0.5)),
                      neighbours=4, temperature=0.2, prior=0.1, adaptive=adaptive)


def test_later_rounds_follow_what_the_first_measured():
    r = _two_kinds()
    before, z = r.read(ir.load(EXAMPLE).text)
    # list 0 measured 5% below -Oz: the module is of kind A, whose list is 1; 5% above: kind B, list 2
    assert [x.index for x in r.follow(z, before, [0], [95], 100, 1)] == [1]
    assert [x.index for x in r.follow(z, before, [0], [105], 100, 1)] == [2]
    # a failed list measures as the matrix's failures do (gain -1): closer to B
    assert [x.index for x in r.follow(z, before, [0], [None], 100, 1)] == [2]
    # the predicted count after the list is that kind's (ratio 0.5 * exp(-0.3) of the count before)
    nxt = r.follow(z, before, [0], [95], 100, 1)[0]
    assert nxt.predicted_after == round(before * 0.5 * math.exp(-0.3))
    # never a list already tried, nor one not usable
    assert [x.index for x in r.follow(z, before, [0, 1], [95, 70], 100, 2)] == [3, 2]
    assert [x.index for x in r.follow(z, before, [0], [95], 100, 1, usable={0, 2, 3})] != [1]
    # the same on a matrix row: rounds() tries list 0 (or 3) first, then the list of the module's kind
    kind_a = r.rounds(z, 2, r.gain[0], math.log(0.5))
    kind_b = r.rounds(z, 2, r.gain[2], math.log(0.5))
    assert kind_a[0] == kind_b[0]
    if kind_a[0] == 0:
        assert (kind_a[1], kind_b[1]) == (1, 2)
    # one round: features alone cannot tell A from B
    flat = _two_kinds(adaptive=None)
    assert flat.rounds(z, 2, r.gain[0], 0.0) == flat.rounds(z, 2, r.gain[2], 0.0)
    with pytest.raises(RankerError, match="one round"):
        flat.follow(z, before, [0], [95], 100, 1)


def test_an_adaptive_ranker_round_trips_and_is_checked(tmp_path):
    r = _two_kinds()
    r.save(tmp_path / "a")
    back = Ranker.load(tmp_path / "a")
    assert back.adaptive == ADAPTIVE and np.allclose(back.oz_ratio, math.log(0.5))
    for bad in ({**ADAPTIVE, "sigma": 0}, {**ADAPTIVE, "first": 1.5}, {**ADAPTIVE, "extra": 1}, [1, 2],
                {**ADAPTIVE, "step": True}, {**ADAPTIVE, "oz_weight": float("inf")}):
        d = tmp_path / "bad"
        shutil.copytree(tmp_path / "a", d, dirs_exist_ok=True)
        cfg = json.loads((d / "ranker.json").read_text())
        cfg["adaptive"] = bad
        (d / "ranker.json").write_text(json.dumps(cfg).replace("Infinity", "1e999"))
        with pytest.raises(RankerError, match="adaptive"):
            Ranker.load(d)
    # its -Oz ratios are part of it: without them it is refused
    from safetensors.numpy import load_file, save_file

    a = load_file(str(tmp_path / "a" / "ranker.safetensors"))
    del a["oz_ratio"]
    save_file(a, str(tmp_path / "a" / "ranker.safetensors"))
    with pytest.raises(RankerError, match="oz_ratio"):
        Ranker.load(tmp_path / "a")
    with pytest.raises(RankerError, match="-Oz ratios"):
        Ranker.fit(r.lists, r.train, r.gain, r.ratio, adaptive=ADAPTIVE)


def test_the_advisor_runs_later_rounds_on_what_it_measured(tmp_path, monkeypatch):
    """suggest(k) beyond the first round: verifies the first round, hands the ranker the measured
    counts, verifies what it chooses next, and answers from all of them."""
    from llmcompiler.tools.advisor import suggest

    d = _model_dir(tmp_path)
    cfg = json.loads((d / "ranker.json").read_text())
    r = Ranker.load(d)
    r.adaptive, r.oz_ratio = {"first": 2, "step": 1, "sigma": 0.03, "oz_weight": 0.5}, np.zeros(len(r.train))
    r.save(d, cfg["training"])
    seen = []
    follow = Ranker.follow

    def spy(self, z, before, tried, counts, count_oz, k, usable=None):
        seen.append((list(tried), list(counts), count_oz, k))
        return follow(self, z, before, tried, counts, count_oz, k, usable)

    monkeypatch.setattr(Ranker, "follow", spy)
    m = ir.load(EXAMPLE)
    s = suggest(m, k=4, model=d)
    assert len(s.candidates) == 4 and len({c.pipeline for c in s.candidates}) == 4
    # two later rounds of one list, each told every count measured before it
    assert [len(t) for t, *_ in seen] == [2, 3] and all(k == 1 for *_, k in seen)
    assert seen[1][1] == [c.measured for c in s.candidates[:3]] and seen[0][2] == s.count_oz
    assert s.compilations == 1 + 4  # -Oz once, then every list
    best = min(c.measured for c in s.candidates)
    assert s.count == min(best, s.count_oz)
    # the same ranker in bytes (its gains are in instructions): one round, no later ones
    seen.clear()
    t = suggest(m, k=4, model=d, metric="text")
    assert seen == [] and len(t.candidates) == 4
    # at most the first round's k: one round
    assert len(suggest(m, k=2, model=d).candidates) == 2 and seen == []


def _model_dir(tmp_path):
    """The default model's files (network, tokenizer) with a small ranker of our own beside them."""
    d = tmp_path / "m"
    shutil.copytree(ROOT / "models" / "default", d)
    for f in ("ranker.json", "ranker.safetensors"):
        (d / f).unlink(missing_ok=True)
    src = _ranker(tmp_path)
    for f in ("ranker.json", "ranker.safetensors"):
        shutil.copy(src / f, d / f)
    return d


def test_a_model_directory_with_a_ranker_answers_with_it(tmp_path):
    from llmcompiler.tools.advisor import suggest

    d = _model_dir(tmp_path)
    m = load(d)
    assert isinstance(m, RankerModel) and m.decoding == "ranker"
    p = m.propose(ir.load(EXAMPLE).text, 3)
    assert len(p.candidates) == 3 and not p.truncated
    assert p.notes and "recalled" in p.notes[0]  # crc32 is one of the two modules it was fitted on
    assert m.propose(ir.parse(SMALL_IR).text, 3).notes == []  # a module it has not seen
    assert all(c.answer.passlist is not None and c.answer.before == ir.load(EXAMPLE).count for c in p.candidates)
    s = suggest(ir.load(EXAMPLE), k=2, model=d)
    assert s.count <= s.count_oz and len(s.candidates) == 2
    assert s.predicted_before == ir.load(EXAMPLE).count
    # once -Oz is measured, the prediction is its count times the neighbours' ratio to -Oz (exp(-0.2) here)
    first = s.candidates[0]
    assert first.pipeline.startswith("default<Oz>") and first.predicted_after == round(s.count_oz * math.exp(-0.2))
    # without verification (no -Oz count), the prediction is the module's count times the ratio to it
    raw = suggest(ir.load(EXAMPLE), k=2, model=d, verify=False)
    assert raw.candidates[0].predicted_after == round(0.5 * ir.load(EXAMPLE).count)
    # the network in the same directory still answers when asked for
    assert load(d, decoding="catalogue").decoding == "catalogue"


def test_decoding_ranker_needs_a_ranker(tmp_path):
    d = tmp_path / "m"
    shutil.copytree(ROOT / "models" / "default", d)
    for f in ("ranker.json", "ranker.safetensors"):
        (d / f).unlink(missing_ok=True)
    with pytest.raises(LlmoptError, match="ranker"):
        load(d, decoding="ranker")


def test_a_ranker_model_never_imports_torch(tmp_path):
    import subprocess
    import sys

    d = _model_dir(tmp_path)
    code = ("import sys\nfrom llmcompiler.tools.advisor import suggest\nfrom pathlib import Path\n"
            f"s = suggest(Path({str(EXAMPLE)!r}), k=2, model={str(d)!r})\n"
            "print(s.count <= s.count_oz, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False"]


def test_features_on_all_programs_match_llvm_counts():
    for p in PROGRAMS[:10]:
        ll = ROOT / "benchmarks" / "programs" / "ir" / (p.stem + ".ll")
        if ll.exists():
            m = ir.load(ll)
            assert features.counts(m.text)["instructions"] == m.count


def test_matrix_then_train_on_a_small_suite(tmp_path):
    """dataset.matrix measures every list on every module (resumable); ranker.train fits on its rows."""
    from llmcompiler.llvm.harness import Harness
    from llmcompiler.model import dataset, ranker

    suite = tmp_path / "suite"
    suite.mkdir()
    for p in (EXAMPLE, ROOT / "examples" / "csv_parser.ll"):
        shutil.copy(p, suite / p.name)
    out = tmp_path / "matrix.jsonl.gz"
    splits = ("train", "validation", "test")
    res = dataset.matrix(LISTS, out, suites=(str(suite),), splits=splits, jobs=1)
    assert res["modules"] == 2 and res["errors"] == 0
    rows = dataset.read_jsonl(out)
    with Harness() as h:
        for r in rows:
            m = ir.load(suite / f"{r['name']}.ll")
            want = h.evaluate(m, [",".join(x) for x in LISTS])
            assert (r["count"], r["oz"]) == (m.count, want.count_oz)
            assert r["counts"] == [c.count for c in want.candidates]
    assert dataset.matrix(LISTS, out, suites=(str(suite),), splits=splits, jobs=1)["modules"] == 0  # resumed
    assert dataset.read_matrix(out, LISTS) == rows
    # the catalogue grows: only the new list runs on each module, and the file has one row per module
    grown = LISTS + [("instcombine", "default<Oz>")]
    with pytest.raises(LlmoptError, match="another list catalogue"):
        dataset.read_matrix(out, grown)
    res = dataset.matrix(grown, out, suites=(str(suite),), splits=splits, jobs=1)
    assert (res["modules"], res["extended"]) == (2, 2)
    assert len(dataset.read_jsonl(out)) == 2
    with Harness() as h:
        for r in dataset.read_matrix(out, grown):
            m = ir.load(suite / f"{r['name']}.ll")
            old = next(o for o in rows if o["name"] == r["name"])
            assert r["counts"][:len(LISTS)] == old["counts"]
            assert r["counts"][-1] == h.evaluate(m, ["instcombine,default<Oz>"]).candidates[0].count
            assert r["compilations"] > old["compilations"]
    # a catalogue that is not a growth of the rows' one measures everything again
    other = [("default<O2>",)]
    res = dataset.matrix(other, out, suites=(str(suite),), splits=splits, jobs=1)
    assert (res["modules"], res["extended"]) == (2, 0)
    assert all(len(r["counts"]) == 1 for r in dataset.read_matrix(out, other))
    for r in rows:
        r["split"] = "train"  # (a directory suite splits by hash: whatever they were, train on both)
    fit = ranker.train(rows, tmp_path / "model", LISTS, k=2, folds=2,
                       grid={"neighbours": (1,), "temperature": (0.1,), "prior": (0.2,)})
    # (4 lists of 4 at 2k: later rounds cannot score better than one round, which is kept)
    assert fit["modules"] == 2 and fit["chosen"] == {"neighbours": 1, "temperature": 0.1, "prior": 0.2, "adaptive": None}
    assert fit["rounds"][0]["adaptive"] is None and len(fit["rounds"]) == 7
    r = Ranker.load(tmp_path / "model")
    assert r.lists == LISTS and r.train.shape == (2, features.DIM)


def test_grow_adds_the_lists_that_beat_the_catalogue_greedily():
    from llmcompiler.llvm.passes import default_vocabulary
    from llmcompiler.model import dataset

    cat = [("default<Oz>",), ("default<O1>",)]
    fp = dataset.catalogue_fingerprint(cat)
    rows = [{"suite": "s", "name": n, "counts": c, "catalogue": fp}
            for n, c in (("a", [100, 90]), ("b", [50, None]), ("c", [10, 12]))]

    def lab(module, items, best, top=(), function=None):
        return {"suite": "s", "module": module, "function": function, "items": list(items), "best_count": best,
                "top": [list(t) for t in top]}

    labels = [
        lab("a", ("sroa", "default<Oz>"), 60, top=[("function(sroa),default<Oz>", 60), ("instcombine", 80)]),
        lab("b", ("instcombine",), 45),  # the same list as a's second best: counts on both modules
        lab("c", ("default<O1>",), 12),  # the catalogue's own list (and no better): nothing to add
        lab("a", ("gvn",), 1, function="f"),  # a function's label: not a module's
        lab("z", ("gvn",), 1),  # a module the matrix does not have
        lab("b", ("not-a-pass",), 1),  # a list this LLVM cannot run
    ]
    res = dataset.grow(labels, rows, cat, n=8)
    instcombine = default_vocabulary().passlist(["instcombine"]).items  # lists are added in canonical spelling
    assert res["lists"] == [("sroa", "default<Oz>"), instcombine]
    assert [a["modules"] for a in res["added"]] == [1, 1]  # after sroa, instcombine gains only on b
    assert res["added"][0]["saved"] == 30 and res["added"][1]["saved"] == 5
    assert math.isclose(res["added"][0]["log_gain"], math.log(90 / 60), abs_tol=1e-4)
    assert (res["modules"], res["modules_improved"]) == (3, 2)
    assert dataset.grow(labels, rows, cat, n=1)["lists"] == [("sroa", "default<Oz>")]
    assert dataset.grow(labels, rows, cat + res["lists"], n=8)["lists"] == []  # nothing new the second time


def test_dataset_grow_command_appends_to_the_catalogue(tmp_path):
    """`llmopt dataset grow` appends the chosen lists to the model's lists.json (atomically); a matrix of
    another catalogue, or no labels file, is a one-line error that leaves lists.json as it was."""
    import subprocess
    import sys

    from llmcompiler.model import dataset
    from llmcompiler.model.model import read_catalogue

    model = tmp_path / "model"
    model.mkdir()
    cat = [["default<Oz>"], ["default<O1>"]]
    (model / "lists.json").write_text(json.dumps({"lists": cat}))
    matrix, labels = tmp_path / "m.jsonl.gz", tmp_path / "l.jsonl.gz"
    dataset.write_jsonl(matrix, [{"suite": "s", "name": "a", "counts": [100, 90],
                                  "catalogue": dataset.catalogue_fingerprint(cat)}])
    dataset.write_jsonl(labels, [{"suite": "s", "module": "a", "function": None, "items": ["sroa", "default<Oz>"],
                                  "best_count": 60, "top": []}])

    def grow(*extra):
        return subprocess.run([sys.executable, "-m", "llmcompiler.cli", "dataset", "grow", "--model", str(model),
                               "--matrix", str(matrix), *extra], capture_output=True, text=True, cwd=ROOT, timeout=120)

    p = grow("--labels", str(tmp_path / "none.jsonl.gz"))
    assert p.returncode == 1 and p.stderr.count("\n") == 1 and "no labels file" in p.stderr
    p = grow("--labels", str(labels), "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert (out["before"], out["after"], out["modules_improved"]) == (2, 3, 1)
    assert read_catalogue(model) == [tuple(x) for x in cat] + [("sroa", "default<Oz>")]
    p = grow("--labels", str(labels), "--json")  # the matrix is now of a shorter catalogue than lists.json
    assert p.returncode == 1 and "another list catalogue" in p.stderr and p.stderr.count("\n") == 1
    assert len(read_catalogue(model)) == 3


def test_the_ranker_never_proposes_bare_oz(tmp_path):
    """-Oz is the baseline, measured on every call: a catalogue list of -Oz alone takes no slot, even
    where its (here made-up) gain ranks it first."""
    d = _model_dir(tmp_path)
    cfg = json.loads((d / "ranker.json").read_text())
    r = Ranker.load(d)
    r.lists = [*r.lists, ("default<Oz>",)]
    r.gain = np.hstack([r.gain, np.full((len(r.gain), 1), 0.5, dtype=np.float32)])
    r.ratio = np.hstack([r.ratio, np.full((len(r.ratio), 1), 0.3, dtype=np.float32)])
    r.save(d, cfg["training"])
    m = load(d)
    lists = [c.answer.passlist.items for c in m.propose(ir.load(EXAMPLE).text, 5).candidates]
    assert len(lists) == 4 and ("default<Oz>",) not in lists
