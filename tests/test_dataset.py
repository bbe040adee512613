"""The training data: corpus building (functions, dedup, splits), resumable labelling, the coreset."""

from __future__ import annotations

import gzip

import pytest
from conftest import EXAMPLE, have, mini_suite

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
