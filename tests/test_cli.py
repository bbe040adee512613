"""The llmopt command line, run as a user would: exit codes, one-line errors, JSON, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import DATA, EXAMPLE, EXAMPLE_O0, ROOT


def llmopt(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "llmcompiler.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=300, cwd=ROOT, check=False)


@pytest.mark.parametrize("cmd", [[], ["count"], ["eval"], ["prepare"], ["passes"]])
def test_help_everywhere(cmd):
    p = llmopt(*cmd, "--help")
    assert p.returncode == 0 and b"usage: llmopt" in p.stdout


def test_count_json_and_stdin():
    p = llmopt("count", EXAMPLE, "--json")
    d = json.loads(p.stdout)
    assert d["instructions"] == 158 and d["functions"]["init_table"] == 55 and d["size_ready"]
    p = llmopt("count", "-", "--json", stdin=EXAMPLE.read_bytes())
    assert json.loads(p.stdout)["instructions"] == 158
    p = llmopt("count", EXAMPLE, EXAMPLE_O0, "--per-function", "--text-size")
    assert p.returncode == 0 and b"init_table" in p.stdout and b"text bytes" in p.stdout


def test_eval_table_json_and_output(tmp_path):
    out = tmp_path / "best.ll"
    p = llmopt("eval", DATA / "csv_parser.ll", "--passes", "iroutliner,default<Oz>", "--passes=-Oz",
               "-o", out)
    assert p.returncode == 0, p.stderr
    assert b"chosen: candidate #1: 284 instructions, +4.05% vs -Oz" in p.stdout
    assert b"opt-22 -passes='iroutliner,default<Oz>'" in p.stdout
    assert out.exists()
    p = llmopt("count", out, "--json")
    assert json.loads(p.stdout)["instructions"] == 284
    p = llmopt("eval", DATA / "csv_parser.ll", "--passes", "bogus-pass", "--json")
    d = json.loads(p.stdout)
    assert d["fallback_to_oz"] and d["best_count"] == d["count_oz"] == 296
    assert d["candidates"][0]["status"] == "unknown-pass"
    bc = tmp_path / "best.bc"
    assert llmopt("eval", EXAMPLE, "--passes", "sroa", "-o", bc).returncode == 0
    assert bc.read_bytes()[:4] == b"BC\xc0\xde"


def test_eval_prepares_o0_input():
    p = llmopt("eval", EXAMPLE_O0, "--passes", "default<Oz>", "--json")
    d = json.loads(p.stdout)
    assert d["note"] and "size-ready" in d["note"] and d["count_oz"] == 72


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage", b"define i32 @f( {"])
def test_bad_input_one_line_error_and_no_output(tmp_path, content):
    src = tmp_path / "bad.ll"
    src.write_bytes(content)
    out = tmp_path / "out.ll"
    out.write_text("previous")
    for cmd in (["count", src], ["eval", src, "--passes", "sroa", "-o", out], ["prepare", src, "-o", out]):
        p = llmopt(*cmd)
        assert p.returncode == 1
        err = p.stderr.decode().strip()
        assert err.startswith("llmopt: error: ") and "\n" not in err and "Traceback" not in err
    assert out.read_text() == "previous"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["bad.ll", "out.ll"]


def test_missing_file():
    p = llmopt("count", "/nonexistent.ll")
    assert p.returncode == 1 and b"no such file" in p.stderr


def test_prepare_roundtrip(tmp_path):
    out = tmp_path / "ready.ll"
    p = llmopt("prepare", EXAMPLE_O0, "-o", out)
    assert p.returncode == 0 and b"made size-ready" in p.stderr
    p = llmopt("count", out, "--json")
    assert json.loads(p.stdout)["size_ready"]


def test_passes_listing():
    p = llmopt("passes", "--json")
    items = json.loads(p.stdout)
    assert any(i["name"] == "default<Oz>" and i["pipeline"] for i in items)
    assert {i["level"] for i in items} >= {"module", "cgscc", "function", "loop", "loop-mssa"}


# -- the layering: parsing and dispatch here, reports beside the tools, defaults where they are defined --


def test_building_the_parser_imports_no_torch():
    p = subprocess.run([sys.executable, "-X", "importtime", "-c",
                        "import llmcompiler.cli as c; c.build_parser().parse_args(['train', '--epochs', '1'])"],
                       capture_output=True, timeout=60, cwd=ROOT, check=True)
    imported = {line.split("|")[-1].strip() for line in p.stderr.decode().splitlines() if "|" in line}
    assert "llmcompiler.model.train" in imported  # the defaults are read from TrainConfig itself
    assert not {m for m in imported if m.split(".")[0] in ("torch", "transformers")}


def test_cli_defaults_are_the_configs_defaults():
    from dataclasses import fields

    from llmcompiler.cli import build_parser
    from llmcompiler.defaults import DEFAULT_TIMEOUT
    from llmcompiler.model.model import ModelConfig
    from llmcompiler.model.train import TrainConfig

    t = build_parser().parse_args(["train"])
    cfg, mcfg = TrainConfig(), ModelConfig()
    assert (t.epochs, t.batch_size, t.lr, t.vocab_size, t.oversample_improved, t.targets, t.seed, t.out) == (
        cfg.epochs, cfg.batch_size, cfg.learning_rate, cfg.vocab_size, cfg.oversample_improved, cfg.targets,
        cfg.seed, cfg.out)
    assert (t.hidden, t.layers, t.heads, t.intermediate, t.max_len) == (
        mcfg.hidden_size, mcfg.num_layers, mcfg.num_heads, mcfg.intermediate_size, mcfg.max_len)
    assert {f.name for f in fields(ModelConfig)} >= {"hidden_size", "num_layers", "num_heads", "intermediate_size"}
    for cmd in (["eval", "f.ll", "--passes", "sroa"], ["tune", "f.ll"], ["suggest", "f.ll"]):
        assert build_parser().parse_args(cmd).timeout == DEFAULT_TIMEOUT


def test_one_note_for_inputs_that_are_not_size_ready(tmp_path):
    from llmcompiler.llvm import ir

    p = llmopt("eval", EXAMPLE_O0, "--passes", "sroa", "--json")
    assert json.loads(p.stdout)["note"] == ir.NOT_SIZE_READY
    p = llmopt("eval", EXAMPLE_O0, "--passes", "sroa")
    assert p.stderr.decode() == f"note: {ir.NOT_SIZE_READY}\n"
    p = llmopt("tune", EXAMPLE_O0, "--budget", "2")
    assert p.returncode == 0 and p.stderr.decode() == f"note: {EXAMPLE_O0}: {ir.NOT_SIZE_READY}\n"


def test_reports_are_built_beside_the_tools():
    from llmcompiler.llvm import harness, ir
    from llmcompiler.tools.report import format_eval, format_tune

    r = harness.evaluate(ir.load(DATA / "csv_parser.ll"), ["iroutliner,default<Oz>", "bogus"])
    text = format_eval(r)
    assert "chosen: candidate #1: 284 instructions, +4.05% vs -Oz" in text and "unknown-pass" in text
    text = format_tune([{"name": "a.ll", "error": "boom"}, {
        "name": "b.ll", "count_before": 10, "count_oz": 8, "best_count": 7, "reduction_vs_oz": 0.125,
        "evaluations": 5, "minimize_evaluations": 1, "failures": 0, "seconds": 1.0, "evaluations_per_second": 6.0,
        "pipeline": "function(sroa)", "fallback_to_oz": False}])
    assert "+12.50%" in text and "b.ll: opt-22 -passes='function(sroa)'" in text and "boom" not in text


def test_suggest_takes_an_ir_a_path_or_ir_text_never_a_str_path():
    from pathlib import Path

    from llmcompiler.errors import IRError
    from llmcompiler.llvm import ir
    from llmcompiler.tools.advisor import _as_ir

    m = ir.load(EXAMPLE)
    assert _as_ir(m) is m and _as_ir(Path(EXAMPLE)).hash == m.hash and _as_ir(m.text).hash == m.hash
    assert _as_ir(EXAMPLE.read_bytes()).hash == m.hash
    with pytest.raises(IRError, match=r"pathlib\.Path"):  # a str is IR text, even when a file has that name
        _as_ir(str(EXAMPLE))
    with pytest.raises(TypeError):
        _as_ir(42)


def test_output_ir_is_compiled_once(tmp_path, monkeypatch, capsys):
    """-o takes the answer's IR from the run that verified it (eval), or makes it in one compilation
    after the search (tune): never a second compilation of the same list."""
    from llmcompiler.cli import main
    from llmcompiler.llvm import harness, ir, search

    seen = {"apply": 0}
    apply, tune = harness.Harness.apply, search.tune

    def spy_apply(self, *a, **kw):
        seen["apply"] += 1
        return apply(self, *a, **kw)

    def spy_tune(*a, **kw):
        r = tune(*a, **kw)
        seen["tune"], seen["after_search"] = kw["harness"], kw["harness"].compilations
        return r

    monkeypatch.setattr(harness.Harness, "apply", spy_apply)
    monkeypatch.setattr(search, "tune", spy_tune)
    out = tmp_path / "e.ll"
    assert main(["eval", str(DATA / "csv_parser.ll"), "--passes", "iroutliner,default<Oz>", "-o", str(out)]) == 0
    assert seen["apply"] == 0 and ir.load(out).count == 284  # the text of the run that measured it
    for src, count in ((DATA / "csv_parser.ll", 284), (EXAMPLE, 72)):  # a list wins; -Oz is the answer
        out = tmp_path / f"t.{src.name}"
        assert main(["tune", str(src), "--budget", "10", "-o", str(out)]) == 0
        assert seen["tune"].compilations - seen["after_search"] == 1 and ir.load(out).count == count
    capsys.readouterr()
