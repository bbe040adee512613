"""The llmopt command line under misuse: -o - and --json, bad -o paths, bad numbers, bad pass lists,
Ctrl-C, output file modes, odd but valid IR. Each test is a regression test for one robustness fix.

Every error is one line on stderr (``llmopt: error: ...`` with exit 1, or argparse's usage message
with exit 2), never a traceback, and never leaves a partial output file behind.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest
from conftest import DATA, EXAMPLE, EXAMPLE_O0, ROOT, interactive_signals

from llmcompiler.defaults import DEFAULT_MODEL
from llmcompiler.errors import IRError

CSV = DATA / "csv_parser.ll"
needs_model = pytest.mark.skipif(
    importlib.util.find_spec("torch") is None or not (DEFAULT_MODEL / "model.safetensors").exists(),
    reason="suggest needs torch and the embedded model (models/default)")


def llmopt(*args, stdin: bytes | None = None, umask: int | None = None, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "llmcompiler.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, cwd=ROOT, check=False,
                          preexec_fn=None if umask is None else (lambda: os.umask(umask)))


def one_line_error(p, code: int = 1) -> str:
    """The stderr of a failed run, checked to be exactly one 'llmopt: error:' line."""
    err = p.stderr.decode()
    assert p.returncode == code, err
    assert "Traceback" not in err and err.count("\n") == 1 and err.startswith("llmopt: error: "), err
    return err


def usage_error(p, option: str) -> str:
    err = p.stderr.decode()
    assert p.returncode == 2, err
    assert "Traceback" not in err and err.startswith("usage: llmopt") and option in err, err
    return err


def is_ir(data: bytes) -> bool:
    """True when opt-22 reads ``data`` as a module (what a pipe into opt-22 -S - needs)."""
    return subprocess.run(["opt-22", "-S", "-", "-o", os.devnull], input=data, capture_output=True, check=False).returncode == 0


# -- 1. -o - : the IR alone on stdout; --json -o - is refused -------------------------------------------

STDOUT_COMMANDS = {
    "eval": ["eval", CSV, "--passes", "iroutliner,default<Oz>"],
    "tune": ["tune", EXAMPLE, "--budget", "3"],
    "prepare": ["prepare", EXAMPLE_O0],
}


@pytest.mark.parametrize("cmd", sorted(STDOUT_COMMANDS))
def test_output_to_stdout_is_the_ir_alone(cmd):
    p = llmopt(*STDOUT_COMMANDS[cmd], "-o", "-")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith(b"; ModuleID") and is_ir(p.stdout)
    if cmd != "prepare":
        assert b"-Oz" in p.stderr  # the report went to stderr


@needs_model
def test_suggest_output_to_stdout_pipes_into_opt(tmp_path):
    p = llmopt("suggest", EXAMPLE, "-k", "1", "-o", "-")
    assert p.returncode == 0, p.stderr
    assert is_ir(p.stdout) and b"instructions: input 158" in p.stderr
    # and --json stdout stays pure JSON when -o is a file
    out = tmp_path / "o.ll"
    p = llmopt("suggest", EXAMPLE, "-k", "1", "-o", out, "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["count_oz"] == 72 and is_ir(out.read_bytes())


@pytest.mark.parametrize("cmd", ["eval", "tune", "suggest"])
def test_json_with_output_to_stdout_is_a_usage_error(cmd):
    args = {"eval": ["eval", CSV, "--passes", "sroa"], "tune": ["tune", EXAMPLE, "--budget", "3"],
            "suggest": ["suggest", EXAMPLE, "--model", "/nonexistent"]}[cmd]
    p = llmopt(*args, "--json", "-o", "-")
    usage_error(p, "--json")
    assert p.stdout == b""


@pytest.mark.parametrize("cmd", ["eval", "tune"])
def test_json_stdout_is_pure_json_with_an_output_file(tmp_path, cmd):
    out = tmp_path / "o.ll"
    p = llmopt(*STDOUT_COMMANDS[cmd], "--json", "-o", out)
    assert p.returncode == 0, p.stderr
    json.loads(p.stdout)
    assert is_ir(out.read_bytes())


# -- 2. one-line errors -----------------------------------------------------------------------------

# the work before an -o check would cost time: a model that is not there for suggest (its error would
# come first), a large budget for tune
OUTPUT_COMMANDS = {
    "eval": ["eval", EXAMPLE, "--passes", "sroa"],
    "prepare": ["prepare", EXAMPLE_O0],
    "tune": ["tune", EXAMPLE, "--budget", "100000"],
    "suggest": ["suggest", EXAMPLE, "--model", "/nonexistent/model"],
}


@pytest.fixture
def read_only_dir(tmp_path):
    """A directory nobody can create files in, root included (chattr +i), or a skip."""
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o555)
    immutable = False
    if os.geteuid() == 0:
        immutable = subprocess.run(["chattr", "+i", str(d)], capture_output=True, check=False).returncode == 0
        if not immutable:
            d.chmod(0o755)
            pytest.skip("running as root and chattr +i is not available: every directory is writable")
    try:
        yield d
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(d)], capture_output=True, check=False)
        d.chmod(0o755)


@pytest.mark.parametrize("cmd", sorted(OUTPUT_COMMANDS))
@pytest.mark.parametrize("where", ["missing-dir", "onto-a-dir", "under-a-file", "read-only-dir"])
def test_bad_output_path_is_one_line_before_the_work(tmp_path, request, cmd, where):
    if where == "missing-dir":
        out = tmp_path / "missing" / "o.ll"
    elif where == "onto-a-dir":
        out = tmp_path
    elif where == "under-a-file":
        (tmp_path / "file").write_text("x")
        out = tmp_path / "file" / "o.ll"
    else:
        out = request.getfixturevalue("read_only_dir") / "o.ll"
    before = sorted(p.name for p in tmp_path.rglob("*"))
    t0 = time.monotonic()
    p = llmopt(*OUTPUT_COMMANDS[cmd], "-o", out, timeout=120)
    err = one_line_error(p)
    assert str(out) in err and "model" not in err, err
    assert time.monotonic() - t0 < 30  # tune's search never started
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("cmd", ["eval", "tune", "suggest"])
@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1", "-inf", "soon"])
def test_timeout_must_be_a_positive_finite_number(cmd, value):
    args = {"eval": ["eval", EXAMPLE, "--passes", "sroa"], "tune": ["tune", EXAMPLE, "--budget", "2"],
            "suggest": ["suggest", EXAMPLE, "--model", "/nonexistent"]}[cmd]
    usage_error(llmopt(*args, f"--timeout={value}"), "--timeout")


def _flatten_recurses() -> bool:
    from llmcompiler.llvm import passes

    try:
        passes.parse("function(" * 1000 + "sroa" + ")" * 1000)
    except RecursionError:
        return True
    except Exception:  # noqa: BLE001 - any other answer is not this bug
        return False
    return False


@pytest.mark.xfail(_flatten_recurses(), strict=True,
                   reason="llmcompiler/llvm/passes.py _flatten recurses once per nesting level: "
                          "RecursionError on a pipeline nested 1,000 deep (fix: an iterative _flatten)")
def test_deeply_nested_pass_string():
    nested = "function(" * 1000 + "sroa" + ")" * 1000
    p = llmopt("eval", EXAMPLE, "--passes", nested, "--json")
    assert p.returncode == 0 and b"Traceback" not in p.stderr, p.stderr
    assert json.loads(p.stdout)["candidates"][0]["pipeline"] == "function(sroa)"


def test_huge_pass_list_with_opt_only_is_no_traceback():
    """10,000 passes render to a 150 KB -passes= argument: over Linux's 128 KB limit for one argument."""
    p = llmopt("eval", EXAMPLE, "--opt-only", "--passes", ",".join(["sroa"] * 10_000), "--json")
    if p.returncode == 0:  # the backend found a way to hand opt the list (a response file)
        assert json.loads(p.stdout)["candidates"][0]["status"] in ("better", "ties", "loses")
    else:
        err = one_line_error(p)
        assert "too long" in err


def _interrupt(args, wait: float, cwd):
    """Run llmopt in its own process group, send the group SIGINT (as Ctrl-C does) after ``wait`` s."""
    p = subprocess.Popen([sys.executable, "-m", "llmcompiler.cli", *map(str, args)], cwd=cwd,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=interactive_signals)
    time.sleep(wait)
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=120)
    return p.returncode, out, err


@pytest.mark.parametrize("case", ["tune-pool", "tune-one", pytest.param("suggest-early", marks=needs_model),
                                  pytest.param("suggest-late", marks=needs_model)])
def test_ctrl_c_is_exit_130_one_line_no_output(tmp_path, case):
    out = tmp_path / "o.ll"
    args, wait = {
        "tune-pool": (["tune", EXAMPLE, CSV, "--budget", "100000", "-j", "2"], 2.5),  # tune_many's pool
        "tune-one": (["tune", CSV, "--budget", "100000", "-j", "2", "-o", out], 4.0),  # the search's pool
        # importing, loading the model: the whole call takes ~0.6 s on the largest program
        "suggest-early": (["suggest", ROOT / "benchmarks" / "programs" / "ir" / "mini_printf.ll", "-k", "8",
                           "-o", out], 0.3),
        # model loaded, verifying: 200 lists on the largest program take ~5 s (start-up ~0.5 s), the signal
        # comes at 2 s
        "suggest-late": (["suggest", ROOT / "benchmarks" / "programs" / "ir" / "mini_printf.ll", "-k", "200",
                          "-o", out], 2.0),
    }[case]
    rc, stdout, stderr = _interrupt(args, wait, ROOT)
    # 130, or death by SIGINT after the message (a shell shows 130 for both): CPython does that when the
    # interrupt landed inside an extension's PyRun_String during an import, however it was handled
    assert rc in (130, -signal.SIGINT) and stderr == b"llmopt: interrupted\n", (rc, stderr.decode()[-3000:])
    assert stdout == b"" and list(tmp_path.iterdir()) == []


def test_an_ignored_sigint_stays_ignored():
    """``llmopt ... &`` from a script starts with SIGINT ignored: Ctrl-C meant for the script's
    foreground job must not end it (the wrappers keep an ignored signal ignored too)."""
    p = subprocess.Popen([sys.executable, "-m", "llmcompiler.cli", "tune", str(CSV), "--budget", "100000", "-j", "1"],
                         cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        time.sleep(2.0)
        os.killpg(p.pid, signal.SIGINT)
        time.sleep(1.0)
        assert p.poll() is None, p.stderr.read().decode()[-2000:]
    finally:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(timeout=30)


# -- 3. numbers are checked by the parser -------------------------------------------------------------

@pytest.mark.parametrize("args, option", [
    (["tune", EXAMPLE, "--budget", "2", "-j", "0"], "-j"),
    (["tune", EXAMPLE, "--budget", "2", "-j", "-1"], "-j"),
    (["tune", EXAMPLE, "--budget", "0"], "--budget"),
    (["tune", EXAMPLE, "--budget", "-3"], "--budget"),
    (["suggest", EXAMPLE, "-k", "0", "--model", "/nonexistent"], "-k"),
    (["suggest", EXAMPLE, "-k", "-2", "--model", "/nonexistent"], "-k"),
    (["dataset", "stats", "-j", "0"], "-j"),
    (["dataset", "label", "--budget", "0", "--corpus", "/nonexistent"], "--budget"),
    (["dataset", "label", "--limit", "0", "--corpus", "/nonexistent"], "--limit"),
    (["dataset", "label", "--max-minutes", "nan", "--corpus", "/nonexistent"], "--max-minutes"),
    (["dataset", "refine", "--lists", "0", "--corpus", "/nonexistent"], "--lists"),
    (["train", "--epochs", "0", "--corpus", "/nonexistent", "--out", "/nonexistent/m"], "--epochs"),
    (["train", "--batch-size", "0", "--corpus", "/nonexistent", "--out", "/nonexistent/m"], "--batch-size"),
    (["train", "--lr", "-1", "--corpus", "/nonexistent", "--out", "/nonexistent/m"], "--lr"),
    (["train", "--threads", "0", "--corpus", "/nonexistent", "--out", "/nonexistent/m"], "--threads"),
])
def test_counts_must_be_positive(args, option):
    err = usage_error(llmopt(*args, timeout=120), option)
    assert "at least 1" in err or "positive" in err


def test_shared_argparse_types():
    import argparse

    from llmcompiler.cli import positive_float, positive_int

    assert positive_int("3") == 3 and positive_float("0.5") == 0.5
    for f, bad in ((positive_int, ["0", "-1", "1.5", "x", ""]), (positive_float, ["0", "-1", "nan", "inf", "x"])):
        for b in bad:
            with pytest.raises(argparse.ArgumentTypeError):
                f(b)


# -- 4. a candidate the user typed that is not a pass list -----------------------------------------------

def test_eval_with_an_invalid_candidate_exits_2_and_writes_nothing(tmp_path):
    out = tmp_path / "x.ll"
    p = llmopt("eval", CSV, "--passes", "bogus", "--passes", "iroutliner,default<Oz>", "-o", out)
    assert p.returncode == 2 and not out.exists() and list(tmp_path.iterdir()) == []
    assert b"unknown-pass" in p.stdout and b"#2" in p.stdout  # the table is still there
    err = p.stderr.decode()
    assert "Traceback" not in err and err.count("\n") == 1 and "bogus" in err and "not a valid pass list" in err
    p = llmopt("eval", CSV, "--passes", "bogus", "--json")
    assert p.returncode == 2 and json.loads(p.stdout)["candidates"][0]["status"] == "unknown-pass"


# -- 5. output files respect the umask --------------------------------------------------------------------

@pytest.mark.parametrize("cmd", ["eval", "prepare", "tune", pytest.param("suggest", marks=needs_model)])
def test_output_mode_follows_the_umask(tmp_path, cmd):
    args = {"eval": ["eval", EXAMPLE, "--passes", "sroa"], "prepare": ["prepare", EXAMPLE_O0],
            "tune": ["tune", EXAMPLE, "--budget", "2"], "suggest": ["suggest", EXAMPLE, "-k", "1"]}[cmd]
    for mask, mode in ((0o022, 0o644), (0o002, 0o664), (0o077, 0o600)):
        out = tmp_path / f"o{mask:o}.ll"
        p = llmopt(*args, "-o", out, umask=mask)
        assert p.returncode == 0, p.stderr
        assert stat.S_IMODE(out.stat().st_mode) == mode, (oct(mask), oct(out.stat().st_mode))
        if cmd != "eval":
            break  # the rule is one function for every command; eval tries every umask
    # an existing file keeps its mode, as opt -o leaves it
    out = tmp_path / "kept.ll"
    out.write_text("old")
    out.chmod(0o640)
    assert llmopt(*args, "-o", out, umask=0o022).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.read_text() != "old"


# -- 6. valid IR that opt-22 accepts ------------------------------------------------------------------------

NON_UTF8 = b'define i32 @f() {\n  ret i32 0 ; \xff comment\n}\n'


def _non_utf8_refused() -> bool:
    from llmcompiler.llvm import ir

    try:
        ir.parse(NON_UTF8)
    except IRError:
        return True
    return False


@pytest.mark.xfail(_non_utf8_refused(), strict=True,
                   reason="llmcompiler/llvm/ir.py parse() decodes the bytes as UTF-8 and refuses a comment "
                          "holding a non-UTF-8 byte, which opt-22 accepts")
def test_non_utf8_comment_is_valid_ir(tmp_path):
    src = tmp_path / "f.ll"
    src.write_bytes(NON_UTF8)
    assert subprocess.run(["opt-22", "-S", str(src), "-o", os.devnull], check=False).returncode == 0
    p = llmopt("count", src, "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["instructions"] == 1
    p = llmopt("eval", src, "--passes", "sroa", "-o", "-")
    assert p.returncode == 0 and is_ir(p.stdout), p.stderr


@needs_model
def test_suggest_deadline_answers_with_what_was_verified():
    p = llmopt("suggest", EXAMPLE, "-k", "4", "--deadline", "0.001", "--json")
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert d["fallback_to_oz"] and d["count"] == d["count_oz"]
    assert {c["status"] for c in d["candidates"]} <= {"deadline", "invalid-answer"}
