"""backends.py: locating opt-22, crash and hang isolation, and llvmlite/opt parity on random lists."""

from __future__ import annotations

import os
import random
import stat

import pytest

from conftest import EXAMPLE, SMALL_IR
from llmcompiler import backends, ir
from llmcompiler.errors import BackendError, ToolError
from llmcompiler.passes import default_vocabulary

V = default_vocabulary()


@pytest.fixture
def no_opt_cache(monkeypatch):
    backends.find_opt.cache_clear()
    yield monkeypatch
    backends.find_opt.cache_clear()


def test_find_opt_prefers_opt22(no_opt_cache):
    no_opt_cache.delenv("LLMOPT_OPT", raising=False)
    assert backends.find_opt().endswith("opt-22")


def test_find_opt_refuses_other_majors(no_opt_cache, tmp_path):
    fake = tmp_path / "opt14"
    fake.write_text("#!/bin/sh\necho 'LLVM (http://llvm.org/):'\necho '  LLVM version 14.0.6'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    no_opt_cache.setenv("LLMOPT_OPT", str(fake))
    with pytest.raises(ToolError, match="LLVM 14; llmopt needs LLVM 22"):
        backends.find_opt()
    no_opt_cache.setenv("LLMOPT_OPT", str(tmp_path / "missing"))
    with pytest.raises(ToolError, match="no such file"):
        backends.find_opt()


def test_find_opt_falls_back_to_a_plain_opt_22(no_opt_cache, tmp_path):
    d = tmp_path / "bin"
    d.mkdir()
    os.symlink(backends.find_opt(), d / "opt")
    backends.find_opt.cache_clear()
    no_opt_cache.delenv("LLMOPT_OPT", raising=False)
    no_opt_cache.setenv("PATH", str(d))
    assert backends.find_opt() == str(d / "opt")


def test_opt_crash_is_reported_not_raised_through():
    with pytest.raises(BackendError) as e:
        backends.OptBackend().run(ir.parse(SMALL_IR).text, "trigger-crash-module")
    assert e.value.kind == "crash" and "crashed" in str(e.value) and "\n" not in str(e.value)


def test_opt_rejects_bad_pipeline():
    with pytest.raises(BackendError) as e:
        backends.OptBackend().run(ir.parse(SMALL_IR).text, "no-such-pass")
    assert e.value.kind == "error" and "no-such-pass" in str(e.value)


def test_opt_hang_times_out(tmp_path):
    hang = tmp_path / "opt-hang"
    hang.write_text("#!/bin/sh\nexec sleep 30\n")
    hang.chmod(hang.stat().st_mode | stat.S_IEXEC)
    with pytest.raises(BackendError) as e:
        backends.OptBackend(str(hang)).run(ir.parse(SMALL_IR).text, "sroa", timeout=0.5)
    assert e.value.kind == "timeout"


def _parity_modules():
    m = ir.load(EXAMPLE)
    opt = backends.OptBackend()
    ssa = opt.run(m.text, V.passlist(["sroa", "instcombine", "simplifycfg"]).render())
    return [ir.parse(SMALL_IR), m, ir.parse(ssa)]


def test_llvmlite_matches_opt_on_random_lists():
    """Every in-process item, in random lists of 1-10, gives IR identical to opt's (not just counts)."""
    rng = random.Random(1234)
    fast = [n for n, i in V.infos.items() if i.llvmlite]
    assert len(fast) >= 40
    opt, inproc = backends.OptBackend(), backends.LlvmliteBackend()
    modules = _parity_modules()
    checked = 0
    for trial in range(90):
        names = [rng.choice(fast) for _ in range(rng.randint(1, 10))]
        pl = V.passlist(names)
        m = modules[trial % len(modules)]
        a = opt.run(m.text, pl.render())
        b = inproc.run(m.text, pl)
        assert ir.content_hash(a) == ir.content_hash(b), pl.render()
        checked += 1
    assert checked == 90


def test_llvmlite_refuses_items_without_exact_path():
    with pytest.raises(BackendError, match="no in-process path"):
        backends.LlvmliteBackend().run(ir.parse(SMALL_IR).text, V.passlist(["gvn-sink"]))


@pytest.mark.slow
def test_llvmlite_matches_opt_on_benchmark_programs():
    """The parity test at scale: 10 random in-process lists on every benchmark program."""
    from conftest import ROOT

    rng = random.Random(99)
    fast = [n for n, i in V.infos.items() if i.llvmlite]
    opt, inproc = backends.OptBackend(), backends.LlvmliteBackend()
    programs = sorted((ROOT / "benchmarks" / "programs" / "ir").glob("*.ll"))
    assert len(programs) >= 40
    for path in programs:
        m = ir.load(path)
        for _ in range(10):
            pl = V.passlist([rng.choice(fast) for _ in range(rng.randint(1, 12))])
            a, b = opt.run(m.text, pl.render()), inproc.run(m.text, pl)
            assert ir.content_hash(a) == ir.content_hash(b), (path.name, pl.render())
