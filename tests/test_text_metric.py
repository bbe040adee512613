"""The ``text`` metric: bytes of the executable sections of the object LLVM makes from a module.

It must be the number a user's build produces: ``clang-22 -Oz -c`` for the -Oz baseline, and
``llc-22 -filetype=obj`` on opt-22's bitcode output for any list (a ``.ll`` round trip loses the
use-list order, which moves a few bytes on 15 of 87 programs: bitcode keeps it).
"""

from __future__ import annotations

import subprocess

import pytest
from conftest import DATA, ROOT, have

from llmcompiler.llvm import ir, libllvm
from llmcompiler.llvm.harness import Harness
from llmcompiler.llvm.libllvm import executable_bytes
from llmcompiler.llvm.passes import default_vocabulary

pytestmark = pytest.mark.skipif(not (libllvm.available() and have("llc-22") and have("clang-22")),
                                reason="needs libLLVM-22, llc-22 and clang-22")
SRC = ROOT / "benchmarks" / "programs" / "src"
PROGRAMS = sorted(SRC.glob("*.c"))


def object_text(path) -> int:
    return executable_bytes(path.read_bytes())


def clang_oz(src, tmp_path) -> tuple[ir.IR, int]:
    """(size-ready IR, .text bytes of clang-22 -Oz -c) of one C file, from the same command line."""
    ll, obj = tmp_path / f"{src.stem}.ll", tmp_path / f"{src.stem}.o"
    flags = ["-std=c11", "-Oz"]
    subprocess.run(["clang-22", *flags, "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm", str(src), "-o", str(ll)],
                   check=True, cwd=SRC, capture_output=True, timeout=120)
    subprocess.run(["clang-22", *flags, "-c", str(src), "-o", str(obj)], check=True, cwd=SRC, capture_output=True,
                   timeout=120)
    return ir.load(ll), object_text(obj)


def check_programs(programs, tmp_path):
    with Harness(metric="text") as h:
        for src in programs:
            m, clang_bytes = clang_oz(src, tmp_path)
            assert h.oz_count(m) == clang_bytes, src.name


def test_the_oz_baseline_in_bytes_is_clang_oz_c(tmp_path):
    check_programs(PROGRAMS[::6], tmp_path)


@pytest.mark.slow
def test_the_oz_baseline_in_bytes_is_clang_oz_c_on_every_program(tmp_path):
    check_programs(PROGRAMS, tmp_path)


def test_any_list_in_bytes_is_llc_on_opts_bitcode(tmp_path):
    lists = ["default<Oz>,iroutliner,default<Oz>", "sroa,gvn,simplifycfg", "gvn-sink,default<Oz>", "default<O3>"]
    v = default_vocabulary()
    for name in ("csv_parser.ll", "crc32.ll"):
        m = ir.load(DATA / name if (DATA / name).exists() else ROOT / "examples" / name)
        for fast_path in ("libllvm", "off"):
            with Harness(metric="text", fast_path=fast_path) as h:
                r = h.evaluate(m, lists, keep_text=True)
            for lst, c in zip(lists, r.candidates):
                bc, obj = tmp_path / "o.bc", tmp_path / "o.o"
                pipeline = v.passlist(lst.split(",")).render()
                subprocess.run(["opt-22", "--relocation-model=pic", f"-passes={pipeline}", "-o", str(bc)],
                               input=m.text.encode(), check=True, timeout=120)
                subprocess.run(["llc-22", "-filetype=obj", "--relocation-model=pic", str(bc), "-o", str(obj)],
                               check=True, timeout=120)
                assert c.count == object_text(obj), (name, lst, fast_path)
            assert r.metric == "text" and r.to_dict()["metric"] == "text"
            assert r.best_count <= r.count_oz  # never worse than -Oz, in bytes


def test_the_answer_in_bytes_can_differ_from_the_answer_in_instructions():
    """The metrics are measured, not assumed: an IR win that costs bytes is a loss in bytes."""
    m = ir.load(DATA / "csv_parser.ll")
    lists = ["default<Oz>,iroutliner,default<Oz>", "default<Oz>,default<Oz>"]
    with Harness() as by_count, Harness(metric="text") as by_bytes:
        a, b = by_count.evaluate(m, lists), by_bytes.evaluate(m, lists)
    assert a.metric == "instructions" and b.metric == "text"
    assert a.count_oz < 1000 < b.count_oz  # instructions vs bytes
    assert b.count_before > b.count_oz and a.count_before == m.count


def test_the_input_is_measured_only_when_asked():
    """The wrappers compare with -Oz only: without ``measure_input`` the unoptimised module is not
    compiled (one code generation fewer) and the verdict is the same."""
    m = ir.load(DATA / "csv_parser.ll")
    lists = ["default<Oz>,iroutliner,default<Oz>", "function(sroa),default<Oz>"]
    with Harness(metric="text") as h:
        full = h.evaluate(m, lists)
    with Harness(metric="text") as h:
        runs = []
        real = h.text_bytes
        h.text_bytes = lambda mod: runs.append(mod) or real(mod)
        lean = h.evaluate(m, lists, measure_input=False)
    assert full.count_before > full.count_oz and lean.count_before is None and not runs
    assert (lean.count_oz, lean.chosen, [c.count for c in lean.candidates]) == \
        (full.count_oz, full.chosen, [c.count for c in full.candidates])


def test_a_module_built_without_pic_is_measured_as_it_is_built(tmp_path):
    """-fno-pic (common in firmware): the module records no PIC level, and every measurement takes the
    static relocation model from it, as clang does: the -Oz baseline in bytes is clang -Oz -fno-pic -c
    (tiny_lisp.c: 3,965 bytes, against 4,047 as PIC), and opt-22 and the worker agree on any list."""
    from llmcompiler.llvm.backends import InprocWorker, OptBackend
    from llmcompiler.llvm.toolchain import relocation_model

    src = SRC / "tiny_lisp.c"
    ll, obj = tmp_path / "static.ll", tmp_path / "static.o"
    flags = ["-std=c11", "-Oz", "-fno-pic", "-fno-pie"]
    subprocess.run(["clang-22", *flags, "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm", str(src), "-o", str(ll)],
                   check=True, cwd=SRC, capture_output=True, timeout=120)
    subprocess.run(["clang-22", *flags, "-c", str(src), "-o", str(obj)], check=True, cwd=SRC, capture_output=True,
                   timeout=120)
    m = ir.load(ll)
    pic, _ = clang_oz(src, tmp_path)
    assert relocation_model(m.text) == "static" and relocation_model(pic.text) == "pic"
    with Harness(metric="text") as h:
        assert h.oz_count(m) == object_text(obj) != h.oz_count(pic)
    w = InprocWorker()
    try:
        for pipeline in ("default<Oz>", "function(sroa),default<O1>", "iroutliner,default<Oz>"):
            assert w.run_pipeline(m.text, pipeline, want_text=False).count == \
                ir.count_instructions(OptBackend().run(m.text, pipeline)), pipeline
    finally:
        w.close()


def test_bad_metric_and_non_elf_are_refused():
    with pytest.raises(ValueError, match="metric must be one of"):
        Harness(metric="bytes")
    from llmcompiler.errors import BackendError

    with pytest.raises(BackendError, match="not an ELF object"):
        executable_bytes(b"\x00" * 64)


def test_the_autotuner_searches_in_bytes():
    from llmcompiler.llvm import search

    m = ir.load(DATA / "csv_parser.ll")
    r = search.tune(m, budget=30, strategy="hill", seed=0, metric="text")
    assert r.metric == "text" and r.to_dict()["metric"] == "text"
    with Harness(metric="text", fast_path="off") as exact:
        again = exact.evaluate(m, [r.best] if r.best is not None else [])
    assert (again.count_oz, again.best_count, again.count_before) == (r.count_oz, r.best_count, r.count_before)
    assert r.count_oz > 1000  # bytes, not instructions (296)


def test_metric_text_on_the_command_line(tmp_path):
    """eval, tune, suggest and bench take --metric text; --json says which metric the counts are in."""
    import json
    import sys

    def llmopt(*args):
        p = subprocess.run([sys.executable, "-m", "llmcompiler.cli", *map(str, args)], capture_output=True,
                           timeout=600, cwd=ROOT)
        assert p.returncode == 0, p.stderr.decode()[-2000:]
        return json.loads(p.stdout)

    csv = DATA / "csv_parser.ll"
    with Harness(metric="text") as h:
        oz_bytes = h.oz_count(ir.load(csv))
    e = llmopt("eval", csv, "--passes", "default<Oz>,iroutliner,default<Oz>", "--metric", "text", "--json")
    t = llmopt("tune", csv, "--budget", "8", "--metric", "text", "--json")
    s = llmopt("suggest", csv, "-k", "2", "--metric", "text", "--json")
    for d in (e, t, s):
        assert d["metric"] == "text" and d["count_oz"] == oz_bytes
    suite = tmp_path / "suite"
    suite.mkdir()
    (suite / "csv.ll").write_text(ir.load(csv).text)
    b = llmopt("bench", "--suite", suite, "--method", "oz", "--method", "coreset@2", "--metric", "text",
               "--out", tmp_path / "out", "--json")
    assert b["metric"] == "text" and b["rows"][0]["count_oz"] == oz_bytes
    assert b["rows"][0]["methods"]["coreset@2"]["count"] <= oz_bytes


def test_inline_asm_is_measured():
    """Code generation of inline assembly needs the target's assembly parser (the worker aborted)."""
    t = ('target triple = "x86_64-pc-linux-gnu"\n'
         'define i32 @f(i32 %x) minsize optsize {\n'
         '  %r = call i32 asm "bswap $0", "=r,0"(i32 %x)\n'
         '  ret i32 %r\n}\n')
    with Harness(metric="text") as h:
        assert h.oz_count(ir.parse(t)) == 5  # bswap (2 bytes), mov and ret
