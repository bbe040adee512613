"""Differential testing: random C programs through llmopt, run before and after, outputs compared.

    .venv/bin/python benchmarks/difftest/difftest.py --seeds 1-2000 --jobs 2 [--tools suggest,tune,opt,cc]

For each csmith seed: the program is built at -O0 and run natively (the reference; a program that
does not finish within --run-timeout at -O0 is counted apart as non-terminating and not tested);
its size-ready IR goes through each tool:

* ``suggest``: the advisor in-process (k = --k), its answer module;
* ``tune``: the autotuner (budget --budget), its answer module;
* ``opt``: ``llmopt-opt -Oz`` as a build would run it (a subprocess), its output module;
* ``cc``: ``llmopt-cc -Oz -c`` on the C file (with ``--cc-flags``), when llmopt-cc is installed, its object.

An answer the tool *accepted* (a list that beat -Oz, not the -Oz fallback) is run under lli-22 and
natively (llc-22 + clang-22 link) and must print the reference's output and exit status; a
difference is a **miscompile**. A fallback answer is -Oz itself; when it differs from the reference
it is counted as ``oz_mismatch`` (LLVM's or the program's problem, not llmopt's). Tool crashes (a
Python exception or a signal) and hangs (over --tool-timeout) are counted too.

Resumable: each finished seed is a line of ``benchmarks/results/difftest/results.jsonl``; a rerun
skips seeds already there (use another --out for other options). A program that differs is kept in
``findings/<seed>-<tool>/`` (the C file and its size-ready IR), for reducing with creduce or
llvm-reduce-22 and adding to the tests. Parallel over seeds (--jobs processes, the model loaded once in each).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.errors import LlmoptError  # noqa: E402
from llmcompiler.llvm import ir  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "difftest"
TOOLS = ("suggest", "tune", "opt", "cc")
CSMITH_INCLUDE = "/usr/include/csmith"
CSMITH_ARGS = "--max-funcs 3 --max-block-depth 3 --max-expr-complexity 6 --max-block-size 3"
_state: dict = {}


def run(cmd, timeout, **kw) -> tuple[int | str, str]:
    """(exit status or 'timeout', stdout) of a command."""
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    return p.returncode, p.stdout.decode(errors="replace")


def native(ll_or_obj: Path, work: Path, timeout: float, link: tuple[str, ...] = ()) -> tuple[int | str, str]:
    """Build (llc-22 for IR, then a clang-22 link with ``link`` flags) and run."""
    obj = ll_or_obj
    if ll_or_obj.suffix == ".ll":
        obj = work / (ll_or_obj.stem + ".o")
        subprocess.run(["llc-22", "-filetype=obj", "--relocation-model=pic", str(ll_or_obj), "-o", str(obj)],
                       check=True, capture_output=True, timeout=120)
    exe = work / (obj.stem + ".exe")
    subprocess.run(["clang-22", *link, str(obj), "-o", str(exe)], check=True, capture_output=True, timeout=120)
    return run([str(exe)], timeout)


def check(text: str, name: str, work: Path, reference, timeout: float) -> str | None:
    """None when the module behaves as the reference under lli-22 and natively, else what differs."""
    ll = work / f"{name}.ll"
    ll.write_text(text)
    got = run(["lli-22", str(ll)], timeout)
    if got != reference:
        return f"lli-22: exit {got[0]} vs {reference[0]}" + (", output differs" if got[1] != reference[1] else "")
    got = native(ll, work, timeout)
    if got != reference:
        return f"native: exit {got[0]} vs {reference[0]}" + (", output differs" if got[1] != reference[1] else "")
    return None


def _init(args) -> None:
    _state["args"] = args
    if "suggest" in args.tools:
        import torch

        torch.set_num_threads(1)
        from llmcompiler.tools.advisor import get_model

        get_model(None)  # the embedded model, once per process
    from llmcompiler.llvm.harness import Harness

    _state["harness"] = Harness(timeout=args.tool_timeout)


def one_seed(seed: int) -> dict:
    args = _state["args"]
    rec: dict = {"seed": seed}
    work = Path(tempfile.mkdtemp(prefix=f"difftest-{seed}-"))
    try:
        src = work / f"csmith_{seed}.c"
        src.write_text(subprocess.run(["csmith", "--seed", str(seed), *args.csmith_args.split()],
                                      capture_output=True, text=True, timeout=60, check=True).stdout)
        o0 = work / "o0.exe"
        subprocess.run(["clang-22", "-w", "-O0", f"-I{CSMITH_INCLUDE}", str(src), "-o", str(o0)],
                       check=True, capture_output=True, timeout=120)
        reference = run([str(o0)], args.run_timeout)
        if reference[0] == "timeout":
            rec["status"] = "nonterminating"
            return rec
        rec["reference_exit"] = reference[0]
        ready_ll = work / "ready.ll"
        subprocess.run(["clang-22", "-w", "-Oz", "-Xclang", "-disable-llvm-passes", f"-I{CSMITH_INCLUDE}",
                        "-S", "-emit-llvm", str(src), "-o", str(ready_ll)], check=True, capture_output=True, timeout=120)
        m = ir.load(ready_ll)
        rec["instructions"] = m.count
        rec["tools"] = {}
        for tool in args.tools:
            t0 = time.perf_counter()
            try:
                res = TOOL_RUNNERS[tool](m, src, work, args)
            except LlmoptError as e:
                res = {"status": "error", "error": str(e)[:300]}
            except subprocess.TimeoutExpired:
                res = {"status": "hang"}
            except Exception as e:  # noqa: BLE001 - a crash of the tool is a finding, not the end of the run
                res = {"status": "crash", "error": f"{type(e).__name__}: {str(e)[:300]}"}
            if res.get("status") == "answer":
                what = check(res.pop("text"), tool, work, reference, args.run_timeout) if "text" in res else \
                    _check_object(res.pop("object"), work, reference, args.run_timeout, cc_link_flags(args.cc_flags))
                if res["accepted"]:
                    res["status"] = "miscompile" if what else "ok"
                else:
                    res["status"] = "oz_mismatch" if what else "ok"
                if what:
                    res["difference"] = what
                    keep = Path(args.out) / "findings" / f"{seed}-{tool}"
                    keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(src, keep / src.name)
                    shutil.copy(ready_ll, keep / "ready.ll")
            res["seconds"] = round(time.perf_counter() - t0, 3)
            rec["tools"][tool] = res
        rec["status"] = "tested"
        return rec
    except (subprocess.SubprocessError, LlmoptError, OSError) as e:
        rec["status"] = "skipped"
        rec["error"] = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
        return rec
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cc_link_flags(cc_flags: list[str]) -> tuple[str, ...]:
    """Objects built without PIC or PIE (``--cc-flags "-fno-pic -fno-pie"``) link as a non-PIE program."""
    return ("-no-pie",) if any(f in ("-fno-pic", "-fno-PIC", "-fno-pie", "-fno-PIE") for f in cc_flags) else ()


def _check_object(obj: Path, work: Path, reference, timeout: float, link: tuple[str, ...] = ()) -> str | None:
    got = native(obj, work, timeout, link)
    if got != reference:
        return f"native: exit {got[0]} vs {reference[0]}" + (", output differs" if got[1] != reference[1] else "")
    return None


def tool_suggest(m, src, work, args) -> dict:
    from llmcompiler.tools.advisor import suggest

    sg = suggest(m, k=args.k, harness=_state["harness"], keep_output=True)
    return {"status": "answer", "accepted": not sg.fallback, "pipeline": sg.pipeline, "text": sg.output.text}


def tool_tune(m, src, work, args) -> dict:
    from llmcompiler.llvm.search import tune

    h = _state["harness"]
    t = tune(m, budget=args.budget, seed=0, harness=h)
    r = h.evaluate(m, [t.best] if t.best is not None else [], keep_text=True)
    return {"status": "answer", "accepted": r.chosen is not None, "pipeline": r.best_pipeline, "text": r.best_text}


def tool_opt(m, src, work, args) -> dict:
    exe = shutil.which("llmopt-opt") or str(ROOT / ".venv" / "bin" / "llmopt-opt")
    inp, out = work / "in.ll", work / "opt-out.ll"
    inp.write_text(m.text)
    env = dict(os.environ, LLMOPT_CACHE_DIR=str(work / "cache"))
    p = subprocess.run([exe, "-Oz", "-S", str(inp), "-o", str(out)], capture_output=True, timeout=args.tool_timeout * 3,
                       env=env)
    if p.returncode != 0:
        return {"status": "crash" if p.returncode < 0 else "error", "error": p.stderr.decode(errors="replace")[-300:]}
    text = out.read_text()
    oz = subprocess.run(["opt-22", "-Oz", "-S", str(inp), "-o", "-"], capture_output=True, timeout=120)
    return {"status": "answer", "accepted": text != oz.stdout.decode(), "text": text}


def tool_cc(m, src, work, args) -> dict:
    exe = shutil.which("llmopt-cc") or str(ROOT / ".venv" / "bin" / "llmopt-cc")
    obj, ref = work / "cc.o", work / "clang.o"
    env = dict(os.environ, LLMOPT_CACHE_DIR=str(work / "cache"))
    flags = ["-w", "-Oz", *args.cc_flags, f"-I{CSMITH_INCLUDE}", "-c", str(src)]
    p = subprocess.run([exe, *flags, "-o", str(obj)], capture_output=True, timeout=args.tool_timeout * 3, env=env)
    if p.returncode != 0:
        return {"status": "crash" if p.returncode < 0 else "error", "error": p.stderr.decode(errors="replace")[-300:]}
    subprocess.run(["clang-22", *flags, "-o", str(ref)], check=True, capture_output=True, timeout=120)
    return {"status": "answer", "accepted": obj.read_bytes() != ref.read_bytes(), "object": obj}


TOOL_RUNNERS = {"suggest": tool_suggest, "tune": tool_tune, "opt": tool_opt, "cc": tool_cc}


def seeds_of(spec: str) -> list[int]:
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def summarize(recs: list[dict], tools) -> dict:
    tested = [r for r in recs if r.get("status") == "tested"]
    out = {"programs": len(recs), "tested": len(tested),
           "nonterminating": sum(r.get("status") == "nonterminating" for r in recs),
           "skipped": sum(r.get("status") == "skipped" for r in recs), "tools": {}}
    for tool in tools:
        res = [r["tools"][tool] for r in tested if tool in r.get("tools", {})]
        counts = {}
        for x in res:
            counts[x["status"]] = counts.get(x["status"], 0) + 1
        out["tools"][tool] = {"runs": len(res), "accepted": sum(bool(x.get("accepted")) for x in res), **counts}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="1-100", help="csmith seeds, e.g. 1-2000 or 5,7,10-20")
    ap.add_argument("--tools", default="suggest,tune,opt", help=f"comma-separated, of {', '.join(TOOLS)}")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="seeds in parallel")
    ap.add_argument("--k", type=int, default=8, help="suggest: candidates")
    ap.add_argument("--budget", type=int, default=30, help="tune: evaluations")
    ap.add_argument("--run-timeout", type=float, default=10.0, help="seconds a program may run")
    ap.add_argument("--tool-timeout", type=float, default=60.0, help="seconds per LLVM run inside a tool")
    ap.add_argument("--out", default=str(OUT), help="results folder")
    ap.add_argument("--csmith-args", default=CSMITH_ARGS,
                    help=f"csmith's options besides the seed (default: '{CSMITH_ARGS}': programs of ~100-3,000 "
                         "IR instructions; '' gives csmith's defaults, 2,000-12,000)")
    ap.add_argument("--cc-flags", default="", help="cc: more compiler flags for llmopt-cc and its clang-22 reference, "
                    "e.g. '-fno-pic -fno-pie' as firmware builds use (such objects link with -no-pie)")
    args = ap.parse_args()
    args.cc_flags = args.cc_flags.split()
    args.tools = [t for t in args.tools.split(",") if t]
    bad = [t for t in args.tools if t not in TOOLS]
    if bad or args.jobs < 1:
        ap.error(f"unknown tool {bad[0]}" if bad else "--jobs must be at least 1")
    if "cc" in args.tools and not (shutil.which("llmopt-cc") or (ROOT / ".venv" / "bin" / "llmopt-cc").exists()):
        ap.error("llmopt-cc is not installed")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    log = out / "results.jsonl"
    done = {}
    if log.exists():
        for line in log.read_text().splitlines():
            try:
                r = json.loads(line)
                done[r["seed"]] = r
            except (json.JSONDecodeError, KeyError):
                continue
    todo = [s for s in seeds_of(args.seeds) if s not in done]
    t0 = time.time()
    with open(log, "a") as f, mp.get_context("fork").Pool(args.jobs, initializer=_init, initargs=(args,)) as pool:
        for i, rec in enumerate(pool.imap_unordered(one_seed, todo), 1):
            f.write(json.dumps(rec) + "\n")
            f.flush()
            done[rec["seed"]] = rec
            if i % 10 == 0 or i == len(todo):
                print(f"{i}/{len(todo)} seeds, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    recs = [done[s] for s in seeds_of(args.seeds) if s in done]
    summary = summarize(recs, args.tools)
    print(json.dumps(summary, indent=1))
    findings = [(r["seed"], t, x.get("difference")) for r in recs for t, x in r.get("tools", {}).items()
                if x["status"] == "miscompile"]
    for seed, tool, diff in findings:
        print(f"miscompile: seed {seed}, {tool}: {diff}", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
