"""llmopt-opt's result cache as an attack surface: an entry reaches the build only when it sits in
directories of the user's own that nobody else may write, records this very input and request, and
its module parses, verifies and has the recorded size. Everything else is refused and the output is
opt-22's."""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, EXAMPLE, have

from llmcompiler.llvm import ir
from llmcompiler.tools import opt_wrapper as w

pytestmark = pytest.mark.skipif(not have("opt-22"), reason="opt-22 not installed (run setup.sh)")

CSV = DATA / "csv_parser.ll"
SCRIPT = Path(sys.executable).parent / "llmopt-opt"
EVIL = b"; ModuleID = 'evil'\nsource_filename = \"evil\"\n\ndefine i32 @main() {\n  ret i32 666\n}\n"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """Every test gets its own cache directory and none of the user's LLMOPT_* settings."""
    for var in list(os.environ):
        if var.startswith(("LLMOPT_", "_LLMOPT_")) and var != "LLMOPT_OPT":
            monkeypatch.delenv(var)
    monkeypatch.setenv("LLMOPT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def advisor(monkeypatch) -> list[int]:
    """An advisor that finds nothing better: the answer is opt-22's, and it is cached."""
    calls: list[int] = []

    def advise(module, settings):
        calls.append(1)
        return None

    monkeypatch.setattr(w, "_advise", advise)
    return calls


def opt22(*args) -> bytes:
    p = subprocess.run(["opt-22", *map(str, args)], capture_output=True, timeout=60, check=True)
    return p.stdout


def entries(root: Path) -> list[Path]:
    return sorted(root.rglob("*.bin"))


def forge(entry: Path, output: bytes, claim_count: bool = False) -> None:
    """Replace an entry's output and keep its header consistent: body length and sha256 (and, with
    ``claim_count``, the instruction count of the new module too)."""
    magic, rest = entry.read_bytes().split(b"\n", 1)
    head, body = rest.split(b"\n", 1)
    info = json.loads(head)
    new_body = body[: info["stderr"]] + output
    info.update(size=len(output), sha256=hashlib.sha256(new_body).hexdigest())
    if claim_count:
        info["count"] = ir.parse(output).count
    entry.write_bytes(magic + b"\n" + json.dumps(info).encode() + b"\n" + new_body)


def build(src: Path = CSV, *extra: str, out: str = "out.ll") -> bytes:
    assert w.main(["-Oz", "-S", *extra, str(src), "-o", out]) == 0
    return Path(out).read_bytes()


def warnings(err: str) -> list[str]:
    return [ln for ln in err.splitlines() if "not using the cache" in ln]


# ---------------------------------------------------------------------------------------------
# entries that do not answer this request


@pytest.mark.parametrize("kind", ["other module", "garbage", "truncated module", "bitcode for text"])
def test_forged_entry_is_refused(advisor, tmp_path, capfd, kind):
    ref = build()
    [entry] = entries(tmp_path / "cache")
    forged = {"other module": EVIL, "garbage": b"anything at all\n", "truncated module": ref[: len(ref) // 2],
              "bitcode for text": opt22("-Oz", CSV)}[kind]
    forge(entry, forged)
    assert build() == ref == opt22("-Oz", "-S", CSV)
    assert len(advisor) == 2  # refused: computed again
    assert not warnings(capfd.readouterr().err)
    assert build() == ref and len(advisor) == 2  # and the entry rewritten is good


def test_truncated_entry_file_is_refused(advisor, tmp_path):
    ref = build()
    [entry] = entries(tmp_path / "cache")
    raw = entry.read_bytes()
    for cut in (0, 10, raw.index(b"\n", len(w.CACHE_MAGIC)) + 1, len(raw) // 2, len(raw) - 1):
        entry.write_bytes(raw[:cut])
        calls = len(advisor)
        assert build() == ref and len(advisor) == calls + 1


def test_entry_of_another_input_is_refused(advisor, tmp_path):
    """B's entry where A's is expected: its header records B's input, so A's build refuses it."""
    a_out = build(CSV, out="a.ll")
    [a_entry] = entries(tmp_path / "cache")
    build(EXAMPLE, out="b.ll")
    [b_entry] = [e for e in entries(tmp_path / "cache") if e != a_entry]
    shutil.copy(b_entry, a_entry)
    assert build(CSV, out="a2.ll") == a_out == opt22("-Oz", "-S", CSV)
    assert len(advisor) == 3


def test_entry_of_another_request_is_refused(advisor, tmp_path):
    """The same input's -Oz entry where its -Os entry is expected: the recorded context differs."""
    assert w.main(["-Oz", "-S", str(CSV), "-o", "oz.ll"]) == 0
    [oz_entry] = entries(tmp_path / "cache")
    assert w.main(["-Os", "-S", str(CSV), "-o", "os.ll"]) == 0
    [os_entry] = [e for e in entries(tmp_path / "cache") if e != oz_entry]
    shutil.copy(oz_entry, os_entry)
    assert w.main(["-Os", "-S", str(CSV), "-o", "os2.ll"]) == 0
    assert Path("os2.ll").read_bytes() == opt22("-Os", "-S", CSV) and len(advisor) == 3


def test_forged_entry_on_the_command_line(tmp_path):
    """The reported attack, end to end: `llmopt-opt -Oz -S in.ll -o out.ll` must not write it."""
    env = {**os.environ, "LLMOPT_PIPELINE": "default<Oz>"}  # ties with -Oz: opt-22's output, cached
    cmd = [str(SCRIPT), "-Oz", "-S", str(CSV), "-o", "out.ll"]
    assert subprocess.run(cmd, env=env, timeout=120).returncode == 0
    [entry] = entries(tmp_path / "cache")
    forge(entry, EVIL)
    p = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    assert p.returncode == 0 and p.stderr == b""
    assert Path("out.ll").read_bytes() == opt22("-Oz", "-S", CSV)


def test_entry_records_input_and_context(advisor, tmp_path, monkeypatch):
    build()
    [entry] = entries(tmp_path / "cache")
    info = json.loads(entry.read_bytes().split(b"\n")[1])
    assert info["input"] == hashlib.sha256(CSV.read_bytes()).hexdigest()
    ctx = info["context"]
    assert ctx["llmopt"] == w.VERSION and ctx["level"] == "Oz" and ctx["text"] is True and ctx["k"] == w.DEFAULT_K
    assert any(os.path.realpath(shutil.which("opt-22")) in part for part in ctx["opt"])
    # bytes decided it without parsing a module: the entry records the chosen output's size in bytes
    # (what a hit measures again), not its instruction count
    assert info["count"] is None and info["unit"] == "bytes" and info["chosen"] == "opt-22"
    assert info["opt"] == w.object_size(w.find_llc(shutil.which("opt-22")), opt22("-Oz", "-S", CSV), 60)
    req = w.classify(["-Oz", "-S", str(CSV)])
    base = w.cache_key(req, CSV.read_bytes(), w.Settings(), shutil.which("opt-22"))
    # another opt binary (a copy is another file), another k, level or output format: another entry
    copy = tmp_path / "opt-copy"
    shutil.copy2(os.path.realpath(shutil.which("opt-22")), copy)
    assert w.cache_key(req, CSV.read_bytes(), w.Settings(), str(copy)) != base
    assert w.cache_key(req, CSV.read_bytes(), w.Settings(k=3), shutil.which("opt-22")) != base
    for other in (["-Os", "-S", str(CSV)], ["-Oz", str(CSV)]):
        assert w.cache_key(w.classify(other), CSV.read_bytes(), w.Settings(), shutil.which("opt-22")) != base
    monkeypatch.setenv("LLMOPT_PIPELINE", "default<Oz>")
    assert w.cache_key(req, CSV.read_bytes(), w.Settings(), shutil.which("opt-22")) != base


# ---------------------------------------------------------------------------------------------
# directories others may write or own


def _nobody() -> int:
    return pwd.getpwnam("nobody").pw_uid


needs_root = pytest.mark.skipif(os.geteuid() != 0 or not hasattr(os, "chown"), reason="needs root to chown")


def _unsafe_root(tmp_path: Path, how: str) -> Path:
    d = tmp_path / "shared"
    d.mkdir()
    if how == "mode 0777":
        d.chmod(0o777)
    elif how == "group-writable":
        d.chmod(0o770)
    else:
        os.chown(d, _nobody(), -1)
    return d


@pytest.mark.parametrize("how", ["mode 0777", "group-writable", pytest.param("owned by nobody", marks=needs_root)])
def test_unsafe_cache_directory_is_not_used(advisor, tmp_path, monkeypatch, capfd, how):
    shared = _unsafe_root(tmp_path, how)
    monkeypatch.setenv("LLMOPT_CACHE_DIR", str(shared))
    for n in (1, 2):
        assert build() == opt22("-Oz", "-S", CSV)
        err = capfd.readouterr().err
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("llmopt-opt: warning: ") and str(shared) in lines[0]
        assert len(advisor) == n  # uncached: the advisor runs every time
    assert list(shared.iterdir()) == []


@pytest.mark.parametrize("how", ["mode 0777", pytest.param("owned by nobody", marks=needs_root)])
def test_entry_in_a_directory_of_another_user_is_not_used(advisor, tmp_path, capfd, how):
    """Another user replaced an entry directory with one of theirs, holding an entry consistent in
    every respect (input, context, count): the directory alone decides, and it is refused."""
    ref = build()
    [entry] = entries(tmp_path / "cache")
    forge(entry, EVIL, claim_count=True)
    if how == "mode 0777":
        entry.parent.chmod(0o777)
    else:
        os.chown(entry.parent, _nobody(), -1)
    assert build() == ref and len(advisor) == 2
    [line] = warnings(capfd.readouterr().err)
    assert str(entry.parent) in line
    assert entry.read_bytes().endswith(EVIL)  # left alone: not used, not written either


@needs_root
def test_entry_file_of_another_user_is_not_used(advisor, tmp_path, capfd):
    ref = build()
    [entry] = entries(tmp_path / "cache")
    forge(entry, EVIL, claim_count=True)
    os.chown(entry, _nobody(), -1)
    assert build() == ref and len(advisor) == 2
    assert len(warnings(capfd.readouterr().err)) == 1


def test_symlinked_entry_directory_is_not_used(advisor, tmp_path, capfd):
    ref = build()
    [entry] = entries(tmp_path / "cache")
    elsewhere = tmp_path / "elsewhere"
    shutil.move(entry.parent, elsewhere)
    forge(elsewhere / entry.name, EVIL, claim_count=True)
    entry.parent.symlink_to(elsewhere)
    assert build() == ref and len(advisor) == 2
    assert len(warnings(capfd.readouterr().err)) == 1


def test_default_cache_is_per_user_and_private(advisor, tmp_path, monkeypatch):
    monkeypatch.delenv("LLMOPT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert w.load_settings({}).cache_dir == tmp_path / "xdg" / "llmopt"
    build()
    root = tmp_path / "xdg" / "llmopt"
    assert (root.stat().st_mode & 0o777) == 0o700 and len(entries(root)) == 1
    assert all((d.stat().st_mode & 0o777) == 0o700 for d in root.iterdir())
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert w.load_settings({}).cache_dir == tmp_path / "home" / ".cache" / "llmopt"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # not absolute: ignored, as the spec says
    assert w.load_settings({}).cache_dir == tmp_path / "home" / ".cache" / "llmopt"
    assert "XDG_CACHE_HOME" in w.HELP
