"""Latency of `llmopt suggest` per module, split into model time and verification time.

    .venv/bin/python benchmarks/bench_suggest.py [--k 8] [--per-size 6] [--model models/default]

Modules come from the held-out (test) splits of the programs and debian suites, in three size
classes around ~100, ~1,000 and ~5,000 instructions (the closest N to each). One warm-up call loads
the model and starts the harness's worker first, as a long-running user process (the opt wrapper
under make, an IDE) would have them. Reports the median and 90th percentile per class.

    .venv/bin/python benchmarks/bench_suggest.py --cold [--runs 5] [--file F ...] [--backend lean|transformers] [--command CMD]

``--cold`` times what a user waits for instead: fresh ``llmopt suggest FILE -k K --json`` processes
(start-up, imports, model load, model, verification), min/median/max over ``--runs``, for
``examples/csv_parser.ll`` and the test module closest to 1,000 instructions (or each ``--file``);
``opt-22 -passes='default<Oz>' FILE`` is timed in the same run, interleaved, as the baseline. One
untimed run of each comes first (page cache). ``--backend`` sets ``LLMOPT_BACKEND`` for the runs.

    .venv/bin/python benchmarks/bench_suggest.py --warm [--runs 5] [--file F ...]

``--warm`` starts a server (``llmopt serve``, in a private directory) and times fresh
``llmopt suggest FILE -k K --server --json`` processes against it, for ``examples/csv_parser.ll``, the
test modules closest to 1,000 and 8,000 instructions (or each ``--file``; each run a new variant of the
module, so the server's caches never answer), beside ``opt-22 -Oz`` in the same run; then the server's resident memory (its own, and its LLVM workers') and its start time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from llmcompiler.llvm import ir, suites  # noqa: E402
from llmcompiler.tools.advisor import get_model, suggest  # noqa: E402

SIZES = (100, 1000, 5000)


def pick(per_size: int) -> dict[int, list[ir.IR]]:
    mods = []
    for suite in ("programs", "debian"):
        try:
            for m in suites.load_suite(suite, "test"):
                mods.append(ir.load(m.path))
        except Exception:  # noqa: BLE001 - the debian suite is optional (needs root to build)
            continue
    out = {}
    for size in SIZES:
        ranked = sorted(mods, key=lambda m: abs(m.count - size) / size)
        out[size] = ranked[:per_size]
    return out


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def _llmopt(command: str | None = None) -> list[str]:
    if command:
        import shlex

        return shlex.split(command)
    script = Path(sys.executable).with_name("llmopt")
    return [str(script)] if script.exists() else [sys.executable, "-m", "llmcompiler.cli"]


def _timed(cmd: list[str], env: dict) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    if out.returncode != 0:
        raise SystemExit(f"failed ({out.returncode}): {' '.join(cmd)}\n{out.stderr[-2000:]}")
    return seconds, out.stdout


def _time_file(f: Path, sug: list[str], env: dict, runs: int, fresh: bool = False) -> dict:
    """min/median/max of the suggest command and of opt-22 -Oz on ``f``, interleaved, after one
    untimed run of each (page cache). ``fresh``: every run gets the module with one more unused
    internal global (a new content hash, the same code), so a server's caches never answer."""
    import tempfile

    base = [shutil.which("opt-22") or "opt-22", "-passes=default<Oz>", str(f), "-S", "-o", os.devnull]
    work = Path(tempfile.mkdtemp(prefix="llmopt-bench-"))

    def variant(i: int) -> list[str]:
        if not fresh:
            return sug
        g = work / f"{f.stem}.{i}.ll"
        g.write_text(ir.load(f).text + f"\n@__llmopt_bench_run_{i} = internal global i32 {i}\n")
        return [str(g) if a == str(f) else a for a in sug]

    _timed(base, env), _timed(variant(0), env)
    rows = {"suggest": [], "opt_oz": [], "model": [], "verify": []}
    for i in range(1, runs + 1):
        rows["opt_oz"].append(_timed(base, env)[0])
        seconds, out = _timed(variant(i), env)
        d = json.loads(out)
        rows["suggest"].append(seconds)
        rows["model"].append(d["model_seconds"])
        rows["verify"].append(d["verify_seconds"])
    return {"instructions": ir.load(f).count,
            **{key: {"min": round(min(xs), 3), "median": round(statistics.median(xs), 3), "max": round(max(xs), 3)}
               for key, xs in rows.items()}}


def cold(args) -> None:
    files = [Path(f) for f in args.file] if args.file else [HERE.parent / "examples" / "csv_parser.ll",
                                                             Path(pick(1)[1000][0].name)]
    env = dict(os.environ)
    if args.backend:
        env["LLMOPT_BACKEND"] = args.backend
    report = {"k": args.k, "runs": args.runs, "backend": args.backend or env.get("LLMOPT_BACKEND") or "auto",
              "command": _llmopt(args.command) + ["suggest", "FILE", "-k", str(args.k), "--json"], "files": {}}
    for f in files:
        sug = _llmopt(args.command) + ["suggest", str(f), "-k", str(args.k), "--json"]
        if args.model:
            sug += ["--model", args.model]
        report["files"][str(f)] = _time_file(f, sug, env, args.runs)
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"cold `{' '.join(report['command'])}` (backend {report['backend']}), {args.runs} runs each: min / median / max s")
    print(f"{'file':<28} {'instr':>6} {'suggest':>20} {'of which model':>20} {'verification':>20} {'opt-22 -Oz':>20}")
    fmt = lambda r: f"{r['min']:.2f} / {r['median']:.2f} / {r['max']:.2f}"  # noqa: E731
    for name, r in report["files"].items():
        print(f"{Path(name).name:<28} {r['instructions']:>6} {fmt(r['suggest']):>20} {fmt(r['model']):>20} "
              f"{fmt(r['verify']):>20} {fmt(r['opt_oz']):>20}")


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def warm(args) -> None:
    import tempfile

    if args.file:
        files = [Path(f) for f in args.file]
    else:
        picked = pick(1)
        big = min((ir.load(m.path) for s in ("programs", "debian") for m in _safe_suite(s)),
                  key=lambda m: abs(m.count - 8000))
        files = [HERE.parent / "examples" / "csv_parser.ll", Path(picked[1000][0].name), Path(big.name)]
    env = dict(os.environ, LLMOPT_SERVER_DIR=tempfile.mkdtemp(prefix="llmopt-bench-server-"))
    t0 = time.perf_counter()
    srv = subprocess.Popen(_llmopt(args.command) + ["serve", "--idle", "600"], env=env, stderr=subprocess.DEVNULL)
    try:
        from llmcompiler.tools import server

        os.environ["LLMOPT_SERVER_DIR"] = env["LLMOPT_SERVER_DIR"]
        while not server.running():
            if srv.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.05)
        start_s = time.perf_counter() - t0
        report = {"k": args.k, "runs": args.runs, "server_start_seconds": round(start_s, 2), "files": {}}
        for f in files:
            sug = _llmopt(args.command) + ["suggest", str(f), "-k", str(args.k), "--server", "--json"]
            report["files"][str(f)] = _time_file(f, sug, env, args.runs, fresh=True)
        kids = _children(srv.pid)
        report["server_rss_mib"] = round(_rss_kib(srv.pid) / 1024, 1)
        report["workers_rss_mib"] = round(sum(_rss_kib(p) for p in kids) / 1024, 1)
        report["workers"] = len(kids)
    finally:
        srv.terminate()
        srv.wait(10)
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"warm: `llmopt suggest FILE -k {args.k} --server --json` against a running server, {args.runs} runs each: "
          f"min / median / max s (server started in {report['server_start_seconds']} s)")
    print(f"{'file':<40} {'instr':>6} {'suggest':>20} {'of which model':>20} {'verification':>20} {'opt-22 -Oz':>20}")
    fmt = lambda r: f"{r['min']:.2f} / {r['median']:.2f} / {r['max']:.2f}"  # noqa: E731
    for name, r in report["files"].items():
        print(f"{Path(name).name:<40} {r['instructions']:>6} {fmt(r['suggest']):>20} {fmt(r['model']):>20} "
              f"{fmt(r['verify']):>20} {fmt(r['opt_oz']):>20}")
    print(f"server memory: {report['server_rss_mib']} MiB resident, its {report['workers']} LLVM workers "
          f"{report['workers_rss_mib']} MiB together")


def _safe_suite(name: str):
    try:
        return suites.load_suite(name, "test")
    except Exception:  # noqa: BLE001 - the debian suite is optional (needs root to build)
        return []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--per-size", type=int, default=6)
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cold", action="store_true", help="time fresh `llmopt suggest` processes (see above)")
    ap.add_argument("--warm", action="store_true", help="time `llmopt suggest --server` against a running server")
    ap.add_argument("--runs", type=int, default=5, help="--cold: timed runs per file (5)")
    ap.add_argument("--file", action="append", help="--cold: a module to time (repeatable)")
    ap.add_argument("--backend", choices=["lean", "transformers"], help="--cold: LLMOPT_BACKEND for the runs")
    ap.add_argument("--command", help="--cold: how to start llmopt (default: the llmopt beside this python), "
                                      "e.g. 'env PYTHONPATH=/tmp/old .venv/bin/python -m llmcompiler.cli'")
    args = ap.parse_args()
    if args.cold:
        cold(args)
        return
    if args.warm:
        warm(args)
        return
    t0 = time.perf_counter()
    model = get_model(args.model)
    load_s = time.perf_counter() - t0
    groups = pick(args.per_size)
    suggest(groups[SIZES[0]][0], k=args.k, model=model)  # warm-up: worker start, first-call overheads
    report = {"k": args.k, "model": model.name, "parameters": model.parameters, "load_seconds": round(load_s, 2),
              "classes": {}}
    for size, mods in groups.items():
        rows = []
        for m in mods:
            t1 = time.perf_counter()
            s = suggest(m, k=args.k, model=model)
            rows.append({"name": m.name, "instructions": m.count, "model": s.model_seconds, "verify": s.verify_seconds,
                         "total": time.perf_counter() - t1, "truncated": bool(s.notes), "reduction": s.reduction_vs_oz})
        cls = {"modules": len(rows), "instructions": [r["instructions"] for r in rows]}
        for key in ("model", "verify", "total"):
            xs = [r[key] for r in rows]
            cls[f"{key}_median"] = round(statistics.median(xs), 3)
            cls[f"{key}_p90"] = round(pct(xs, 0.9), 3)
        report["classes"][f"~{size}"] = cls
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"model {report['model']} ({report['parameters']:,} parameters, loaded in {load_s:.2f} s), k={args.k}")
    print(f"{'class':>7} {'modules':>7} {'instr (min-max)':>16} {'model med/p90':>15} {'verify med/p90':>15} {'total med/p90':>15}")
    for name, c in report["classes"].items():
        rng = f"{min(c['instructions'])}-{max(c['instructions'])}"
        print(f"{name:>7} {c['modules']:>7} {rng:>16} {c['model_median']:>7.2f}/{c['model_p90']:<7.2f}"
              f"{c['verify_median']:>7.2f}/{c['verify_p90']:<7.2f}{c['total_median']:>7.2f}/{c['total_p90']:<7.2f}")


if __name__ == "__main__":
    main()
