"""libllvm.py: opt-22's own library through the C API gives opt's results, in a worker process."""

from __future__ import annotations

import random

import pytest
from conftest import DATA, EXAMPLE, SMALL_IR

from llmcompiler.errors import BackendError
from llmcompiler.llvm import backends, ir, libllvm
from llmcompiler.llvm.passes import default_vocabulary

V = default_vocabulary()
pytestmark = pytest.mark.skipif(not libllvm.available(), reason="libLLVM-22 not installed")


def test_same_ir_as_opt_on_random_lists_over_the_whole_vocabulary():
    rng = random.Random(7)
    opt, lib = backends.OptBackend(), libllvm.LibLLVM()
    modules = [ir.load(EXAMPLE), ir.load(DATA / "csv_parser.ll"), ir.parse(SMALL_IR)]
    names = [n for n in V.names]
    compared = 0
    for trial in range(60):
        m = modules[trial % len(modules)]
        pl = V.passlist([rng.choice(names) for _ in range(rng.randint(1, 8))])
        try:
            a = opt.run(m.text, pl.render())
        except BackendError:
            continue
        assert ir.content_hash(a) == ir.content_hash(lib.run(m.text, pl.render())), pl.render()
        compared += 1
    assert compared >= 55
    # and the -Oz reference pipeline itself
    m = modules[1]
    assert ir.count_instructions(lib.run(m.text, V.reference["Oz"])) == 296


def test_errors_are_backend_errors():
    lib = libllvm.LibLLVM()
    with pytest.raises(BackendError, match="no-such-pass"):
        lib.run(ir.parse(SMALL_IR).text, "no-such-pass")
    with pytest.raises(BackendError, match="invalid IR"):
        lib.run("define i32 @f( {", "sroa")


def test_worker_survives_a_crash_and_the_harness_asks_opt():
    from llmcompiler.llvm.harness import Harness
    from llmcompiler.llvm.passes import PassInfo

    w = backends.InprocWorker(engine="libllvm")
    m = ir.parse(SMALL_IR)
    name = "trigger-crash-module"
    V.infos.setdefault(name, PassInfo(name, "module"))
    try:
        with pytest.raises(BackendError) as e:
            w.run(m.text, V.passlist([name]))
        assert e.value.kind == "crash" and "libllvm worker died" in str(e.value)
        assert w.run(m.text, V.passlist(["sroa"]), want_text=False).count > 0  # respawned
        h = Harness()
        r = h.evaluate(m, [name, "sroa"])
        assert r.candidates[0].status == "crash" and h.fast_path_failures == 1
        assert r.candidates[1].backend == "libllvm" and r.candidates[1].ok
    finally:
        V.infos.pop(name)
        w.close()


def test_library_is_found_beside_opt(monkeypatch, tmp_path):
    assert libllvm.find_libllvm().endswith(".so.22.1") or "libLLVM" in libllvm.find_libllvm()
    monkeypatch.setenv("LLMOPT_LIBLLVM", str(tmp_path / "missing.so"))
    from llmcompiler.errors import ToolError

    with pytest.raises(ToolError, match="no such file"):
        libllvm.find_libllvm()


def test_the_oz_baseline_in_the_worker_is_opts_own_output():
    """The harness runs clang's -Oz pipeline in the libLLVM worker instead of an opt-22 process: that
    is only sound because the IR is the same, byte for byte, on every benchmark program."""
    from llmcompiler.llvm.suites import load_suite

    opt, worker = backends.OptBackend(), backends.InprocWorker(engine="libllvm")
    try:
        mods = load_suite("programs")
        assert len(mods) >= 80
        for bm in mods:
            m = ir.load(bm.path)
            text = worker.run_pipeline(m.text, V.reference["Oz"]).text
            assert text == opt.run(m.text, V.reference["Oz"]), bm.name
    finally:
        worker.close()
