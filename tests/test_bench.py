"""tools/bench: the method registry, the -Oz method is exactly 1.0, broken methods are flagged, runs resume,
splits are fixed."""

from __future__ import annotations

import json
import pickle
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, mini_suite

from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir, suites
from llmcompiler.llvm.toolchain import run_program
from llmcompiler.tools import bench


@pytest.fixture
def suite(tmp_path):
    """A three-module suite as a directory: the example, the csv parser, and one benchmark program."""
    d = mini_suite(tmp_path)
    programs = sorted((ROOT / "benchmarks" / "programs" / "ir").glob("*.ll"))
    if programs:
        shutil.copy(programs[0], d / programs[0].name)
    return d


def test_oz_method_is_exactly_one(suite, tmp_path):
    res = bench.run(str(suite), ["oz"], jobs=1, out_dir=tmp_path / "out", progress=False)
    s = res["summary"]["oz"]
    assert s["geomean_ratio_vs_oz"] == 1.0 and s["regressed"] == 0 and s["improved"] == 0
    saved = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert saved["summary"]["oz"]["geomean_ratio_vs_oz"] == 1.0
    assert (tmp_path / "out" / "results.csv").read_text().count("\n") == 1 + len(res["rows"])
    assert (tmp_path / "out" / "reduction.png").stat().st_size > 1000


def test_a_winning_list_and_a_broken_list(suite, tmp_path):
    lists = tmp_path / "lists.txt"
    lists.write_text("# top-k lists\nbogus-pass,default<Oz>\niroutliner,default<Oz>\n")
    res = bench.run(str(suite), ["oz", f"passes:{lists}"], jobs=2, out_dir=tmp_path / "o", progress=False)
    rows = {r["name"]: r for r in res["rows"]}
    rec = rows["csv_parser"]["methods"][f"passes:{lists}"]
    assert rec["count"] == 284 and rec["failures"] == 1 and "unknown pass 'bogus-pass'" in rec["error"]
    s = res["summary"][f"passes:{lists}"]
    assert s["failures"] == len(rows) and s["improved"] >= 1 and s["regressed"] == 0
    assert s["geomean_ratio_vs_oz"] < 1.0


PROG = """\
@fmt = private constant [4 x i8] c"%d\\0A\\00"
declare i32 @printf(ptr, ...)
define i32 @triple(i32 %x) #0 {
  %a = mul i32 %x, 3
  ret i32 %a
}
define i32 @main() #0 {
  %v = call i32 @triple(i32 7)
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %v)
  ret i32 0
}
attributes #0 = { minsize optsize nounwind }
"""
# smaller than -Oz's answer (no @triple) but prints 22 instead of 21
BAD = """\
@fmt = private constant [4 x i8] c"%d\\0A\\00"
declare i32 @printf(ptr, ...)
define i32 @main() #0 {
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 22)
  ret i32 0
}
attributes #0 = { minsize optsize nounwind }
"""


def test_miscompile_is_caught_by_execute(tmp_path):
    suite, ext = tmp_path / "s", tmp_path / "external"
    suite.mkdir()
    ext.mkdir()
    (suite / "prog.ll").write_text(PROG)
    (ext / "prog.ll").write_text(BAD)
    meth = f"ir:{ext}"
    blind = bench.run(str(suite), [meth], jobs=1, out_dir=tmp_path / "a", progress=False)
    row = blind["rows"][0]
    assert row["methods"][meth]["count"] == 2 < row["count_oz"]  # without --execute it looks like a win
    res = bench.run(str(suite), [meth], jobs=1, out_dir=tmp_path / "b", execute=True, progress=False)
    row = res["rows"][0]
    rec = row["methods"][meth]
    assert rec["miscompile"] and "output differs" in rec["error"]
    assert rec["count"] == row["count_oz"]  # the win does not count
    assert res["summary"][meth]["miscompiles"] == 1 and res["summary"][meth]["geomean_ratio_vs_oz"] == 1.0
    # and a correct method passes the same check
    ok = bench.run(str(suite), ["oz", "list:default<Oz>,default<Oz>"], jobs=1, out_dir=tmp_path / "c",
                   execute=True, progress=False)
    assert ok["summary"]["oz"]["miscompiles"] == 0 and ok["rows"][0]["reference_exit"] == 0
    assert run_program(ir.parse(PROG).text) == (0, "21\n")


def test_resume_skips_finished_modules(suite, tmp_path):
    first = bench.run(str(suite), ["oz"], jobs=1, out_dir=tmp_path / "r", progress=False)
    # simulate a run killed half-way: keep the first line and a torn second one
    log = tmp_path / "r" / "results.jsonl"
    lines = log.read_text().splitlines()
    log.write_text(lines[0] + "\n" + lines[1][:20])
    second = bench.run(str(suite), ["oz"], jobs=1, out_dir=tmp_path / "r", progress=False)
    assert second["resumed_modules"] == 1
    assert [r["count_oz"] for r in second["rows"]] == [r["count_oz"] for r in first["rows"]]
    third = bench.run(str(suite), ["oz"], jobs=1, out_dir=tmp_path / "r", progress=False)
    assert third["resumed_modules"] == len(first["rows"])


def test_resume_recomputes_when_a_method_input_changed(suite, tmp_path):
    lists = tmp_path / "lists.txt"
    lists.write_text("default<Oz>,default<Oz>\n")
    meth = f"passes:{lists}"
    bench.run(str(suite), [meth], jobs=1, out_dir=tmp_path / "r", progress=False)
    assert bench.run(str(suite), [meth], jobs=1, out_dir=tmp_path / "r", progress=False)["resumed_modules"] > 0
    lists.write_text("default<O1>\n")  # same method name, other lists: the old rows do not apply
    again = bench.run(str(suite), [meth], jobs=1, out_dir=tmp_path / "r", progress=False)
    assert again["resumed_modules"] == 0
    assert all(r["methods"][meth]["pipeline"] in ("-Oz", "default<O1>") for r in again["rows"])
    assert bench.parse_method("oz").fingerprint() == ""


def test_split_is_a_function_of_the_hash():
    assert suites.split_of("00000000") == "train"
    assert suites.split_of("00000007") == "validation"
    assert suites.split_of("00000009") == "test"
    manifest = json.loads((ROOT / "benchmarks" / "programs" / "manifest.json").read_text())
    assert len(manifest["modules"]) >= 40
    for e in manifest["modules"]:
        m = ir.load(ROOT / "benchmarks" / "programs" / e["ir"])
        assert m.hash == e["hash"] and suites.split_of(m.hash) == e["split"], e["name"]
        assert 50 <= m.count <= 3000 * 2, e["name"]
    assert {e["split"] for e in manifest["modules"]} == {"train", "validation", "test"}


def test_training_suite_has_no_test_split():
    assert suites.training_split_of("00000000") == "train"
    assert suites.training_split_of("00000007") == "validation"
    assert suites.training_split_of("00000009") == "train"  # split_of's test modules train here
    manifest = json.loads((ROOT / "benchmarks" / "programs_train" / "manifest.json").read_text())
    assert len(manifest["modules"]) >= 40
    names = {e["name"] for e in json.loads((ROOT / "benchmarks" / "programs" / "manifest.json").read_text())["modules"]}
    for e in manifest["modules"]:
        m = ir.load(ROOT / "benchmarks" / "programs_train" / e["ir"])
        assert m.hash == e["hash"] and suites.training_split_of(m.hash) == e["split"], e["name"]
        assert e["name"] not in names, e["name"]  # a program of its own, not one of the suite's
    assert {e["split"] for e in manifest["modules"]} == {"train", "validation"}


@pytest.mark.skipif(shutil.which("clang-22") is None, reason="clang-22 missing")
def test_training_suite_ir_is_built_from_its_sources(tmp_path):
    """programs_train's committed IR is what its sources compile to (the matrix rows were measured on
    it): an edited program must be rebuilt (benchmarks/programs/build.py programs_train) and measured."""
    root = ROOT / "benchmarks" / "programs_train"
    manifest = json.loads((root / "manifest.json").read_text())
    cmd = manifest["compiler"].split()
    assert cmd[0] == "clang-22"
    for e in manifest["modules"]:
        out = tmp_path / f"{e['name']}.ll"
        subprocess.run([*cmd, Path(e["source"]).name, "-o", str(out)], cwd=root / "src", check=True, timeout=120)
        assert ir.load(out).hash == e["hash"], f"{e['name']}: the source changed since its IR was built"


def test_bad_methods_and_suites():
    with pytest.raises(LlmoptError, match="unknown method"):
        bench.parse_method("magic")
    for spec in ("list:", "oz:x", "ir", "tune", "model-free", "passes@3"):  # a known kind, spelt wrong
        with pytest.raises(LlmoptError, match="unknown method"):
            bench.parse_method(spec)
    with pytest.raises(LlmoptError, match=r"expected tune@N or tune@N:STRATEGY \(random, hill, evo\)"):
        bench.parse_method("tune@3:anneal")
    with pytest.raises(LlmoptError, match="unknown pass"):
        bench.parse_method("list:instcombin")
    with pytest.raises(LlmoptError, match="unknown suite"):
        suites.load_suite("nope")


def test_sample_is_evenly_spaced_and_deterministic():
    mods = [suites.BenchModule("s", f"m{i:02d}", "", "train") for i in range(10)]
    assert [m.name for m in suites.sample(mods, 4)] == ["m00", "m02", "m05", "m07"]
    assert suites.sample(mods, 20) == mods


# ---------------------------------------------------------------------------------------------
# the method registry

REGISTERED = ("oz", "list", "passes", "ir", "tune", "model", "model-net", "model-free", "coreset")


@pytest.fixture
def example_specs(tmp_path):
    """One valid spec per registered kind (inputs that exist, labels with a winning list)."""
    from llmcompiler.model import dataset

    lists, labels = tmp_path / "lists.txt", tmp_path / "labels.jsonl.gz"
    lists.write_text("default<Oz>\n")
    dataset.write_jsonl(labels, [{"id": "1", "split": "train", "items": ["iroutliner", "default<Oz>"],
                                  "count_oz": 10, "best_count": 9}])
    return {"oz": "oz", "list": "list:iroutliner,default<Oz>", "passes": f"passes:{lists}", "ir": f"ir:{tmp_path}",
            "tune": "tune@20:evo", "model": "model@4", "model-net": "model-net@8", "model-free": f"model-free@2:{tmp_path}",
            "coreset": f"coreset@3:{labels}"}


def test_every_registered_method_parses(example_specs):
    assert tuple(bench.METHODS) == REGISTERED  # adding a method: add it here and to the docstring
    assert set(example_specs) == set(bench.METHODS)
    for kind, spec in example_specs.items():
        m = bench.parse_method(spec)
        assert isinstance(m, bench.METHODS[kind]) and m.kind == kind and m.spec == spec
        assert isinstance(m.fingerprint(), str)
        pickle.loads(pickle.dumps(m))  # methods travel to pool workers
    tune = bench.parse_method("tune@20")
    assert (tune.budget, tune.strategy) == (20, "hill")
    assert bench.parse_method(example_specs["coreset"]).candidates() == ["iroutliner,default<Oz>"]
    assert [m.uses_torch for m in bench.METHODS.values()].count(True) == 3  # model, model-net, model-free


def test_unknown_method_lists_the_registered_ones():
    with pytest.raises(LlmoptError) as e:
        bench.parse_method("magic@3")
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith("unknown method 'magic@3' (expected oz, list:PIPELINE")
    for cls in bench.METHODS.values():
        assert cls.syntax in msg


def _help_methods(text: str) -> list[str]:
    """The method kinds listed in a ``methods:`` section (each line: two spaces, the syntax, its help)."""
    section = text.split("methods:\n", 1)[1].split("\n\n", 1)[0]
    return [re.match(r"  ([a-z-]+)", line).group(1) for line in section.splitlines()]


def test_help_and_docstring_list_exactly_the_registered_methods(capsys):
    from llmcompiler.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["bench", "--help"])
    assert _help_methods(capsys.readouterr().out) == list(bench.METHODS)
    doc = bench.__doc__
    for cls in bench.METHODS.values():
        assert f"``{cls.syntax}``" in doc, cls.syntax
    assert sorted(re.findall(r"^\* ``([a-z-]+)", doc, re.MULTILINE)) == sorted(bench.METHODS)


def test_the_registry_is_light():
    """The CLI's parser reads the registry for every command: no torch, and no LLVM bindings either."""
    import subprocess
    import sys

    code = ("import sys; from llmcompiler.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('torch', 'transformers', 'matplotlib', 'llvmlite', 'llmcompiler.llvm.ir') "
            "if m in sys.modules), 'llmcompiler.tools.bench.methods' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True"


def test_the_tune_help_names_the_strategies():
    from llmcompiler.llvm.search import STRATEGIES

    help_text = bench.METHODS["tune"].help
    assert all(s in help_text for s in STRATEGIES)


def test_a_new_method_is_one_registered_class(suite, tmp_path, monkeypatch):
    """Register a method (it counts the module as its own answer) and run it: parsing, the run and
    the row come from the registry alone."""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Identity(bench.Method):
        kind, syntax, help = "identity", "identity", "the input, unoptimized"

        def run(self, target, harness):
            return bench.Record(raw_count=target.ir.count, count=min(target.ir.count, target.count_oz),
                                compilations=0, fallback=target.ir.count >= target.count_oz)

    monkeypatch.setitem(bench.METHODS, "identity", Identity)
    res = bench.run(str(suite), ["identity"], jobs=1, out_dir=tmp_path / "o", progress=False)
    rec = res["rows"][0]["methods"]["identity"]
    assert rec["fallback"] and rec["count"] == res["rows"][0]["count_oz"] and "pipeline" not in rec
    assert res["summary"]["identity"]["raw_regressed"] == len(res["rows"])


def test_record_row_fields():
    rec = bench.Record(raw_count=9, count=9, compilations=2, fallback=False, pipeline="p", stats={"answers": 1})
    assert list(rec.to_dict()) == ["failures", "miscompile", "raw_count", "count", "compilations", "fallback",
                                   "pipeline", "answers", "seconds"]
    assert bench.FALLBACK == "-Oz"


def test_text_report_tables(suite, tmp_path):
    res = bench.run(str(suite), ["oz"], jobs=1, out_dir=tmp_path / "o", progress=False)
    text = bench.render(res, per_module=True)
    lines = text.tables.splitlines()
    assert lines[0].split() == ["module", "split", "-O0", "-Oz", "oz"]
    assert "method" in text.tables and "better/tied/worse" in text.tables and "0/3/0" in text.tables
    assert text.errors == [] and text.footer.startswith(f"{len(res['rows'])} modules, 1 jobs")


def test_a_module_that_cannot_be_benchmarked_fails_the_command(suite, tmp_path, monkeypatch, capsys):
    """Text or --json, the report is whole and the status is 1 when a module could not be benchmarked
    (a script that reads the JSON is not told "all fine")."""
    from llmcompiler import cli
    from llmcompiler.tools.bench import runner

    real = runner.bench_module

    def flaky(mod, *a, **kw):
        if mod.name == "csv_parser":
            raise LlmoptError(f"{mod.name}: opt-22 crashed on -Oz")
        return real(mod, *a, **kw)

    monkeypatch.setattr(runner, "bench_module", flaky)
    base = ["bench", "--suite", str(suite), "--method", "oz", "--jobs", "1"]
    assert cli.main([*base, "--out", str(tmp_path / "a")]) == 1
    assert "error: csv_parser: csv_parser: opt-22 crashed on -Oz" in capsys.readouterr().err
    assert cli.main([*base, "--out", str(tmp_path / "b"), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert len(rows) == 3 and [r["name"] for r in rows if "error" in r] == ["csv_parser"]
    monkeypatch.setattr(runner, "bench_module", real)
    assert cli.main([*base, "--out", str(tmp_path / "c"), "--json"]) == 0
