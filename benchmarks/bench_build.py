"""Build time through the wrappers: ``benchmarks/make_project`` with ``make -j2``, cold cache, the
warm advisor started by the first job that needs it (``LLMOPT_SERVER=auto``).

    .venv/bin/python benchmarks/bench_build.py [--runs 5] [--jobs 2]

Per run and flow, a fresh build folder, a fresh cache and a fresh server directory (so every run pays
the server's start): the opt flow (``OPT=opt-22`` vs ``OPT=llmopt-opt``) and the cc flow
(``make cc CC=clang-22`` vs ``CC=llmopt-cc``), interleaved; min / median / max wall seconds, the
server's start time measured alone (``llmopt serve`` until it answers), and the linked program's
``.text`` bytes of each build.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.llvm.libllvm import executable_bytes  # noqa: E402

PROJECT = ROOT / "benchmarks" / "make_project"
BIN = ROOT / ".venv" / "bin"


def make(target: list[str], env: dict, jobs: int) -> tuple[float, Path]:
    build = Path(tempfile.mkdtemp(prefix="llmopt-build-"))
    t0 = time.perf_counter()
    sub = build / ("cc" if "cc" in target else "opt")
    p = subprocess.run(["make", "-s", f"-j{jobs}", "-C", str(PROJECT), f"BUILD={build / 'opt'}",
                        f"CC_BUILD={build / 'cc'}", *target], env=env,
                       capture_output=True, timeout=600)
    seconds = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"make {' '.join(target)} failed:\n{p.stderr.decode()[-2000:]}")
    return seconds, sub


def fresh_env() -> dict:
    d = Path(tempfile.mkdtemp(prefix="llmopt-bench-"))
    (d / "srv").mkdir(mode=0o700)
    return dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}", LLMOPT_SERVER="auto",
                LLMOPT_SERVER_IDLE="20", LLMOPT_CACHE_DIR=str(d / "cache"), LLMOPT_SERVER_DIR=str(d / "srv"))


def stop_server(env: dict) -> None:
    from llmcompiler.tools import server

    os.environ["LLMOPT_SERVER_DIR"] = env["LLMOPT_SERVER_DIR"]
    sock = Path(env["LLMOPT_SERVER_DIR"]) / server.SOCKET_NAME
    answer = server.ping()
    if answer is None:
        return
    os.kill(answer["pid"], 15)  # SIGTERM: each run starts its own server
    for _ in range(100):
        if not sock.exists():
            return
        time.sleep(0.05)


def server_start(env: dict) -> float:
    from llmcompiler.tools import server

    os.environ["LLMOPT_SERVER_DIR"] = env["LLMOPT_SERVER_DIR"]
    t0 = time.perf_counter()
    # as the wrappers start it: workers warmed for the text metric they measure in
    p = subprocess.Popen([str(BIN / "llmopt"), "serve", "--idle", "20", "--warm-metric", "text"], env=env,
                         stderr=subprocess.DEVNULL)
    while not server.running():
        time.sleep(0.02)
    seconds = time.perf_counter() - t0
    p.terminate()
    p.wait(10)
    return seconds


def stats(xs) -> dict:
    return {"min": round(min(xs), 2), "median": round(statistics.median(xs), 2), "max": round(max(xs), 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    flows = {"opt-22": ["OPT=opt-22"], "llmopt-opt": ["OPT=llmopt-opt"],
             "cc clang-22": ["cc", "CC=clang-22"], "cc llmopt-cc": ["cc", "CC=llmopt-cc"]}
    times = {name: [] for name in flows}
    text = {}
    for _ in range(args.runs):
        for name, target in flows.items():
            env = fresh_env()
            seconds, build = make(target, env, args.jobs)
            times[name].append(seconds)
            prog = build / "prog"
            if prog.exists():
                text[name] = executable_bytes(prog.read_bytes())
            stop_server(env)
    start = [server_start(fresh_env()) for _ in range(args.runs)]
    out = {"runs": args.runs, "jobs": args.jobs, "wall_seconds": {k: stats(v) for k, v in times.items()},
           "server_start_seconds": stats(start), "program_text_bytes": text}
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    print(f"make -j{args.jobs} of benchmarks/make_project, cold cache, server auto-started: {args.runs} runs, "
          "min / median / max s")
    for name, s in out["wall_seconds"].items():
        print(f"  {name:14s} {s['min']:.2f} / {s['median']:.2f} / {s['max']:.2f}   prog .text {text.get(name, '?')} bytes")
    s = out["server_start_seconds"]
    print(f"  server start   {s['min']:.2f} / {s['median']:.2f} / {s['max']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
