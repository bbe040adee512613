"""Evaluation and counting costs of the harness: in-process llvmlite vs an opt-22 subprocess.

    .venv/bin/python benchmarks/bench_harness.py [--repeat 20] [--json]

Modules: n_queens.c (~110 instructions), the shipped example (~160), csmith seed 1 (~2,500) and csmith seed 4 (~10,000),
generated here with csmith + clang-22 (size-ready). For one 15-pass list that llvmlite runs exactly,
prints the median wall time of
  * raw opt-22:   ``opt-22 -passes=... in.ll -S -o out.ll`` as a subprocess, nothing else;
  * harness/opt:  the harness's opt path (subprocess through stdin/stdout, then counting);
  * in-process:   llvmlite in this process (parse, passes, print, count);
  * worker:       llvmlite in a persistent child process (IPC included), which a crash cannot take down;
  * libllvm:      the harness's fast path: opt-22's own libLLVM through its C API, in a worker process;
and the time to count the ~10,000-instruction module's canonical text.
Targets: in-process <= 3 ms on the small module; in-process within 1.5x of raw opt-22 on the large
one; counting <= 10 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.llvm import backends, ir  # noqa: E402
from llmcompiler.llvm.passes import default_vocabulary  # noqa: E402

LIST = ("sroa,instcombine,simplifycfg,sccp,reassociate,dse,adce,loop-rotate,loop-deletion,"
        "jump-threading,memcpyopt,newgvn,tailcallelim,globalopt,globaldce").split(",")


def csmith_module(seed: int, workdir: Path) -> ir.IR:
    src = workdir / f"csmith{seed}.c"
    src.write_text(subprocess.run(["csmith", "--seed", str(seed)], capture_output=True, text=True,
                                  check=True, timeout=60).stdout)
    out = workdir / f"csmith{seed}.ll"
    subprocess.run(["clang-22", "-w", "-Oz", "-Xclang", "-disable-llvm-passes", "-I/usr/include/csmith",
                    "-S", "-emit-llvm", str(src), "-o", str(out)], check=True, timeout=120)
    m = ir.load(out)
    return ir.IR(m.text, f"csmith seed {seed}")


def median_ms(fn, repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20, help="timed runs per measurement (median reported)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args()

    vocab = default_vocabulary()
    pl = vocab.passlist(LIST)
    assert pl.in_process(), "the benchmark list must be in-process"
    opt, inproc, worker = backends.OptBackend(), backends.LlvmliteBackend(), backends.LlvmliteWorker()
    lib = backends.InprocWorker(engine="libllvm")
    rows = []
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        modules = [ir.load(ROOT / "benchmarks" / "programs" / "ir" / "n_queens.ll"), ir.load(ROOT / "examples" / "crc32.ll"),
                   csmith_module(1, d), csmith_module(4, d)]
        for m in modules:
            path = d / "in.ll"
            path.write_text(m.text)
            raw = median_ms(lambda: subprocess.run([opt.opt, f"-passes={pl.render()}", str(path), "-S", "-o",
                                                    str(d / "out.ll")], check=True), args.repeat)
            via_opt = median_ms(lambda: ir.count_instructions(opt.run(m.text, pl.render())), args.repeat)
            fast = median_ms(lambda: ir.count_instructions(inproc.run(m.text, pl)), args.repeat)
            via_worker = median_ms(lambda: worker.run(m.text, pl, want_text=False), args.repeat)
            via_lib = median_ms(lambda: lib.run(m.text, pl, want_text=False), args.repeat)
            a = ir.count_instructions(opt.run(m.text, pl.render()))
            b = ir.count_instructions(inproc.run(m.text, pl))
            rows.append({"module": m.name, "instructions": m.count, "raw_opt_ms": raw, "harness_opt_ms": via_opt,
                         "in_process_ms": fast, "worker_ms": via_worker, "in_process_vs_raw_opt": fast / raw,
                         "worker_vs_raw_opt": via_worker / raw, "libllvm_ms": via_lib, "libllvm_vs_raw_opt": via_lib / raw,
                         "counts_agree": a == b == lib.run(m.text, pl, want_text=False)[0]})
        big = modules[-1]
        count_ms = median_ms(lambda: ir.count_instructions(big.text), max(args.repeat, 50))
    result = {"pass_list": pl.render(), "passes": len(pl), "rows": rows,
              "count_ms": {"module": big.name, "instructions": big.count, "ms": count_ms}}
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{len(pl)}-pass list: {','.join(LIST)}")
    print(f"{'module':<22}{'instr':>7}{'raw opt-22':>12}{'harness/opt':>13}{'in-process':>12}{'worker':>10}"
          f"{'libllvm':>10}{'libllvm/raw':>13}  counts")
    for r in rows:
        print(f"{Path(r['module']).name:<22}{r['instructions']:>7}{r['raw_opt_ms']:>10.1f}ms{r['harness_opt_ms']:>11.1f}ms"
              f"{r['in_process_ms']:>10.1f}ms{r['worker_ms']:>8.1f}ms{r['libllvm_ms']:>8.1f}ms{r['libllvm_vs_raw_opt']:>13.2f}  "
              f"{'agree' if r['counts_agree'] else 'DIFFER'}")
    print(f"count {big.count} instructions ({big.name}): {count_ms:.2f} ms")


if __name__ == "__main__":
    main()
