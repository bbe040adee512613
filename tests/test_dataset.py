"""The training data: corpus building (functions, dedup, splits), resumable labelling, the coreset."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import EXAMPLE, have, mini_suite

from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir, suites
from llmcompiler.model import dataset
from llmcompiler.tools import bench

pytestmark = pytest.mark.skipif(not have("llvm-extract-22"), reason="needs llvm-extract-22")


@pytest.fixture
def suite_dir(tmp_path):
    d = mini_suite(tmp_path)
    # the same code under other names: a duplicate after normalisation
    text = EXAMPLE.read_text().replace("@crc32", "@checksum32").replace("@init_table", "@setup")
    (d / "crc32_renamed.ll").write_text(text)
    return d


def test_extract_function_keeps_what_it_needs():
    m = ir.load(EXAMPLE)
    text = dataset.extract_function(m.text, "crc32")
    f = ir.parse(text, "crc32-fn")
    assert dataset.defined_functions(f.text) == ["crc32"]
    assert f.count == m.function_counts()["crc32"]


def test_build_splits_functions_and_dedups(suite_dir, tmp_path):
    out = tmp_path / "corpus.jsonl.gz"
    opts = dataset.BuildOptions(suites=(str(suite_dir),), min_instructions=5)
    res = dataset.build(out, opts, jobs=1)
    recs = dataset.read_jsonl(out)
    # the copy adds nothing but its main, which calls the renamed functions (declared there: names kept)
    assert res["examples"] == len(recs) > 4 and res["duplicates_dropped"] >= 4
    assert len({r["id"] for r in recs}) == len(recs)
    modules = [r for r in recs if r["function"] is None]
    assert {r["module"] for r in modules} <= {"crc32", "csv_parser", "crc32_renamed"} and len(modules) == 2
    for r in recs:  # every example parses, is size-ready and inherits its module's split
        m = ir.parse(r["text"], r["id"])
        assert m.count == r["count"] >= 5 and ir.is_size_ready(m.text)
        assert r["split"] == suites.split_of(ir.load(suite_dir / f"{r['module']}.ll").hash)


def test_label_resumes_and_survives_a_torn_tail(suite_dir, tmp_path):
    corpus, labels = tmp_path / "c.jsonl.gz", tmp_path / "l.jsonl.gz"
    dataset.build(corpus, dataset.BuildOptions(suites=(str(suite_dir),), min_instructions=5), jobs=1)
    all_splits = ("train", "validation", "test")
    r1 = dataset.label(corpus, labels, budget=6, splits=all_splits, limit=2, jobs=1)
    assert r1["labelled"] == 2 and r1["errors"] == 0
    with open(labels, "ab") as f:  # an interrupted append: half a gzip member
        f.write(gzip.compress(b'{"id": "x", "best_count": 1}\n')[:12])
    got = dataset.read_jsonl(labels)
    assert len(got) == 2
    for r in got:
        assert r["best_count"] <= r["count_oz"] and r["items"] and r["budget"] == 6
    r2 = dataset.label(corpus, labels, budget=6, splits=all_splits, limit=1, jobs=1)
    assert r2["labelled"] == 1  # only new examples


def test_read_jsonl_missing_file(tmp_path):
    assert dataset.read_jsonl(tmp_path / "nope.jsonl.gz") == []


def test_coreset_ranks_by_frequency_of_winning_lists():
    labels = [
        {"items": ["a"], "count_oz": 10, "best_count": 9},
        {"items": ["b"], "count_oz": 10, "best_count": 5},
        {"items": ["a"], "count_oz": 10, "best_count": 9},
        {"items": ["default<Oz>"], "count_oz": 10, "best_count": 10},  # ties -Oz: not a winner
        {"items": ["default<Oz>"], "count_oz": 10, "best_count": 10},
        {"items": ["default<Oz>"], "count_oz": 10, "best_count": 10},
    ]
    assert dataset.coreset(labels, 1) == [("a",)]
    assert dataset.coreset(labels, 5) == [("a",), ("b",)]


def test_bench_methods_model_and_coreset_parse(tmp_path):
    with pytest.raises(Exception, match="model@K"):
        bench.parse_method("model@x")
    with pytest.raises(Exception, match="no such model directory"):
        bench.parse_method(f"model@4:{tmp_path / 'missing'}")
    assert bench.parse_method("model@8").kind == "model"
    labels = tmp_path / "l.jsonl.gz"
    dataset.write_jsonl(labels, [{"id": "1", "split": "train", "items": ["default<Oz>", "gvn-sink"],
                                  "count_oz": 10, "best_count": 9}])
    m = bench.parse_method(f"coreset@3:{labels}")
    assert m.candidates() == ["default<Oz>,gvn-sink"]


def test_refine_replaces_labels_that_a_shared_list_beats(tmp_path):
    from conftest import DATA

    csv, crc = ir.load(DATA / "csv_parser.ll"), ir.load(EXAMPLE)  # csv: -Oz 296, iroutliner,default<Oz> 284
    corpus, labels = tmp_path / "c.jsonl.gz", tmp_path / "l.jsonl.gz"
    dataset.write_jsonl(corpus, [{"id": "csv", "text": csv.text}, {"id": "crc", "text": crc.text},
                                 {"id": "other", "text": csv.text}])
    winner = ["iroutliner", "default<Oz>"]
    dataset.write_jsonl(labels, [
        {"id": "csv", "items": ["default<Oz>"], "count": csv.count, "count_oz": 296, "best_count": 296, "top": []},
        {"id": "broken", "error": "timeout"},
        {"id": "crc", "items": ["default<Oz>"], "count": crc.count, "count_oz": 72, "best_count": 72},
        {"id": "other", "items": winner, "count": csv.count, "count_oz": 296, "best_count": 284},
    ])
    res = dataset.refine(corpus, labels, lists=4, jobs=1)
    assert res["lists"] == ["iroutliner ; default<Oz>"] and res["examples"] == 3 and res["improved"] == 1
    got = dataset.read_jsonl(labels)
    assert [r["id"] for r in got] == ["csv", "broken", "crc", "other"]  # order kept, errors untouched
    assert got[0]["items"] == winner and got[0]["best_count"] == 284 and got[0]["refined"] == 1
    assert got[0]["top"][0] == winner
    assert got[2]["items"] == ["default<Oz>"] and got[2]["best_count"] == 72  # crc: the list does not beat it
    assert got[3]["items"] == winner and got[3]["best_count"] == 284
    # every list that beat -Oz is kept with its count (the label's own included); none on crc
    assert got[0]["wins"] == [["iroutliner ; default<Oz>", 284]] and got[3]["wins"] == got[0]["wins"]
    assert got[2]["wins"] == [] and "wins" not in got[1]
    assert not list(tmp_path.glob("*.tmp"))


def test_refine_needs_labels(tmp_path):
    with pytest.raises(Exception, match="no labels"):
        dataset.refine(tmp_path / "c.jsonl.gz", tmp_path / "l.jsonl.gz")


def test_label_with_seed_lists_records_them_and_old_labels_stay_as_they_were(suite_dir, tmp_path):
    corpus = tmp_path / "c.jsonl.gz"
    dataset.build(corpus, dataset.BuildOptions(suites=(str(suite_dir),), min_instructions=5), jobs=1)
    all_splits = ("train", "validation", "test")
    plain, seeded = tmp_path / "plain.jsonl.gz", tmp_path / "seeded.jsonl.gz"
    dataset.label(corpus, plain, budget=6, splits=all_splits, limit=2, jobs=1)
    lists = tmp_path / "lists.txt"
    lists.write_text("# the lists to try first\ngvn-sink ; default<Oz>\n\ndefault<Oz>,iroutliner,default<Oz>  # iroutliner\n")
    r = dataset.label(corpus, seeded, budget=14, splits=all_splits, limit=2, jobs=1, seeds=lists)
    assert r["labelled"] == 2 and r["errors"] == 0
    got_plain, got_seeded = dataset.read_jsonl(plain), dataset.read_jsonl(seeded)
    assert all("seed_lists" not in x for x in got_plain)  # unseeded labels keep their old fields
    assert [x["id"] for x in got_seeded] == [x["id"] for x in got_plain]  # the same examples, same order
    for x in got_seeded:  # 5 fixed seeds, the 2 extra ones (within half the budget), then moves
        assert x["seed_lists"] == 2 and x["best_count"] <= x["count_oz"] and x["evaluations"] >= 14


def test_seed_lists_from_a_catalogue_labels_json_or_text(tmp_path):
    model = tmp_path / "model"
    model.mkdir()
    (model / "lists.json").write_text(json.dumps({"lists": [["default<O1>"], ["gvn-sink", "default<Oz>"],
                                                            ["sroa", "default<Oz>"]]}))
    labels = tmp_path / "l.jsonl.gz"
    dataset.write_jsonl(labels, [
        {"id": "1", "items": ["sroa", "default<Oz>"], "count_oz": 10, "best_count": 8,
         "wins": [["sroa ; default<Oz>", 8], ["gvn-sink ; default<Oz>", 9]]},
        {"id": "2", "items": ["sroa", "default<Oz>"], "count_oz": 10, "best_count": 9},
        {"id": "3", "items": ["default<Oz>"], "count_oz": 10, "best_count": 10, "wins": []},
        {"id": "4", "error": "timeout"},
    ])
    # the catalogue ranked by how many labels each list beat -Oz on, then in its own order
    assert dataset.seed_lists(f"catalogue:{model}", labels) == [("sroa", "default<Oz>"), ("gvn-sink", "default<Oz>"),
                                                                 ("default<O1>",)]
    assert dataset.seed_lists(f"catalogue:{model}", tmp_path / "none.jsonl.gz")[0] == ("default<O1>",)
    assert len(dataset.seed_lists("catalogue")) > 100  # the shipped model's
    assert dataset.seed_lists(labels) == [("sroa", "default<Oz>")]  # a labels file: its coreset
    js = tmp_path / "s.json"
    js.write_text(json.dumps(["default<O2> ; gvn-sink", ["default<O1>"], "default<O1>"]))
    assert dataset.seed_lists(js) == [("default<O2>", "gvn-sink"), ("default<O1>",)]
    bad = tmp_path / "bad.txt"
    bad.write_text("default<Oz>\nno-such-pass\n")
    with pytest.raises(LlmoptError, match="list 2 is not a pass list"):
        dataset.seed_lists(bad)
    with pytest.raises(LlmoptError, match="no such file"):
        dataset.seed_lists(tmp_path / "missing.txt")
    with pytest.raises(LlmoptError, match="no catalogue"):
        dataset.seed_lists(f"catalogue:{tmp_path}")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n")
    with pytest.raises(LlmoptError, match="no pass lists"):
        dataset.seed_lists(empty)


def test_dataset_label_cli_flags(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    base = [sys.executable, "-m", "llmcompiler.cli", "dataset", "label", "--corpus", str(tmp_path / "c.jsonl.gz"),
            "--labels", str(tmp_path / "l.jsonl.gz")]
    p = subprocess.run([*base, "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "--seed-lists" in p.stdout and "--ray" in p.stdout
    dataset.write_jsonl(tmp_path / "c.jsonl.gz", [{"id": "x", "split": "train", "text": ""}])
    p = subprocess.run([*base, "--seed-lists", str(tmp_path / "missing.txt")], capture_output=True, text=True,
                       timeout=60, cwd=ROOT)
    assert p.returncode != 0 and "no such file" in p.stderr


def test_relink_gives_rebuilt_examples_their_labels_ids(tmp_path):
    corpus, labels = tmp_path / "c.jsonl.gz", tmp_path / "l.jsonl.gz"
    ex = lambda i, fn, n: {"id": i, "suite": "s", "module": "m", "function": fn, "count": n, "split": "train",  # noqa: E731
                           "text": f"; {i}"}
    dataset.write_jsonl(corpus, [ex("same", "a", 10), ex("new-b", "b", 20), ex("new-c", "c", 30), ex("new-d", "d", 40)])
    lab = lambda i, fn, n: {"id": i, "suite": "s", "module": "m", "function": fn, "count": n, "split": "train",  # noqa: E731
                            "items": ["default<Oz>"], "count_oz": n, "best_count": n}
    dataset.write_jsonl(labels, [lab("same", "a", 10), lab("old-b", "b", 20),
                                 lab("old-c", "c", 31),  # another count: another example
                                 lab("old-d1", "d", 40), lab("old-d2", "d", 40),  # ambiguous: left alone
                                 {"id": "broken", "error": "timeout"}])
    assert [r["id"] for r in dataset.load_labelled(corpus, labels)] == ["same"]
    res = dataset.relink(corpus, labels)
    assert res == {"examples": 4, "labels": 5, "joined_by_id": 1, "relinked": 1, "labels_without_example": 3}
    got = dataset.load_labelled(corpus, labels)
    assert [(r["id"], r["text"]) for r in got] == [("same", "; same"), ("old-b", "; new-b")]
    assert [r["id"] for r in dataset.read_jsonl(corpus)] == ["same", "old-b", "new-c", "new-d"]
