"""The llmopt command line, run as a user would: exit codes, one-line errors, JSON, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import DATA, EXAMPLE, EXAMPLE_O0, ROOT


def llmopt(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "llmcompiler.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=300, cwd=ROOT)


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
