"""Real C projects built twice with their own build systems: ``CC=clang-22`` and ``CC=llmopt-cc``.

    sudo .venv/bin/python benchmarks/debian/build.py --packages gzip pcre2 libogg --work /var/tmp/llmopt-src --keep-sources
    .venv/bin/python benchmarks/real_builds/run.py --work /var/tmp/llmopt-src [--projects gzip pcre2 libogg] [--jobs 2]

Each project's Debian source tree (unpacked by ``benchmarks/debian/build.py --keep-sources``; fetching
needs root and the Debian mirror, a later run needs neither) is copied twice and built with
``./configure CC=<cc> CFLAGS=-Oz && make && make check``. The llmopt-cc build runs with
``LLMOPT_SERVER=auto`` (one warm advisor for all the compiles). Debian's patches can leave
``configure.ac`` newer than ``configure``; the autotools are told not to run (``ACLOCAL=:`` ...), as the
shipped ``configure`` is what a user builds with.

Per project, in one run: the tests' result on both builds, the total bytes of the executable sections
of every object file the build compiled, how many objects llmopt-cc made smaller / equal / larger
than clang-22's, the same total for the installed programs, and the build wall time. The table goes
to stdout; ``--json`` writes everything.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.llvm.libllvm import executable_bytes  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "real_builds"
NO_AUTOTOOLS = ["ACLOCAL=:", "AUTOCONF=:", "AUTOMAKE=:", "AUTOHEADER=:", "MAKEINFO=:"]


def source_tree(work: Path, project: str) -> Path:
    trees = sorted(p for p in (work / project / "apt").glob(f"{project}-*") if p.is_dir())
    if not trees:
        raise SystemExit(f"no unpacked {project} source under {work / project / 'apt'}: run "
                         f"benchmarks/debian/build.py --packages {project} --work {work} --keep-sources (as root)")
    return trees[-1]


def sh(cmd: list[str], cwd: Path, env: dict, log: Path, timeout: float) -> int:
    with open(log, "ab") as f:
        f.write(("$ " + " ".join(cmd) + "\n").encode())
        f.flush()
        try:
            return subprocess.run(cmd, cwd=cwd, env=env, stdout=f, stderr=subprocess.STDOUT, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            f.write(b"timed out\n")
            return 124


def test_counts(log_text: str, rc: int) -> dict:
    """Automake's test summary ('# PASS:  26'), else make check's status."""
    counts = {k.lower(): sum(int(n) for n in re.findall(rf"^# {k}:\s+(\d+)", log_text, re.M))
              for k in ("TOTAL", "PASS", "FAIL", "SKIP", "XFAIL", "XPASS", "ERROR")}
    if not counts["total"]:  # the serial harness: PASS:/FAIL: lines, or only make's status
        counts["pass"] = len(re.findall(r"^PASS: ", log_text, re.M))
        counts["fail"] = len(re.findall(r"^FAIL: ", log_text, re.M))
        counts["total"] = counts["pass"] + counts["fail"]
    counts["status"] = rc
    counts["ok"] = rc == 0 and counts["fail"] == 0 and counts["error"] == 0
    return counts


def build(project: str, src: Path, dest: Path, cc: str, jobs: int, env_extra: dict) -> dict:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest, symlinks=True)  # keeps timestamps: make must not rerun the autotools
    env = dict(os.environ, **env_extra)
    log = dest / "llmopt-build.log"
    t0 = time.perf_counter()
    rc = sh(["./configure", f"CC={cc}", "CFLAGS=-Oz", "--quiet"], dest, env, log, 1800)
    if rc == 0:
        rc = sh(["make", f"-j{jobs}", *NO_AUTOTOOLS], dest, env, log, 3600)
    build_seconds = time.perf_counter() - t0
    check_log = dest / "llmopt-check.log"
    check = {"status": None, "ok": False}
    if rc == 0:
        crc = sh(["make", "check", f"-j{jobs}", *NO_AUTOTOOLS], dest, env, check_log, 3600)
        check = test_counts(check_log.read_text(errors="replace"), crc)
    objects = {}
    for o in dest.rglob("*.o"):
        try:
            objects[str(o.relative_to(dest))] = executable_bytes(o.read_bytes())
        except Exception:  # noqa: BLE001 - not an ELF object (a stray file): not counted
            continue
    programs = {}  # the linked programs and shared libraries the build made
    for f in dest.rglob("*"):
        if f.is_file() and not f.is_symlink() and f.suffix not in (".o", ".a") and _linked_elf(f):
            programs[str(f.relative_to(dest))] = executable_bytes(f.read_bytes())
    return {"cc": cc, "build_status": rc, "build_seconds": round(build_seconds, 1), "check": check,
            "objects": objects, "programs": programs}


def _linked_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(18)
    return head[:4] == b"\x7fELF" and head[16] in (2, 3)  # ET_EXEC or ET_DYN


def compare(a: dict, b: dict) -> dict:
    common = sorted(set(a["objects"]) & set(b["objects"]))
    diff = [(b["objects"][o] - a["objects"][o], o) for o in common]
    return {"objects": len(common), "smaller": sum(d < 0 for d, _ in diff), "equal": sum(d == 0 for d, _ in diff),
            "larger": sum(d > 0 for d, _ in diff), "larger_objects": [o for d, o in diff if d > 0],
            "text_clang": sum(a["objects"][o] for o in common), "text_llmopt": sum(b["objects"][o] for o in common),
            "programs_clang": sum(a["programs"].values()), "programs_llmopt": sum(b["programs"].values())}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help="where benchmarks/debian/build.py --keep-sources unpacked")
    ap.add_argument("--projects", nargs="+", default=["gzip", "pcre2", "libogg"],
                    help="Debian source packages with an autotools build and a make check (default: gzip pcre2 libogg; "
                         "bc does not build with clang-22, m4 fails one test with clang-22 itself)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="make -j")
    ap.add_argument("--out", type=Path, default=OUT, help="build folders and results.json")
    ap.add_argument("--llmopt-cc", default=str(ROOT / ".venv" / "bin" / "llmopt-cc"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not Path(args.llmopt_cc).exists():
        ap.error(f"{args.llmopt_cc} not found (install llmopt: bash setup.sh)")
    args.out.mkdir(parents=True, exist_ok=True)
    results = {}
    for project in args.projects:
        src = source_tree(args.work, project)
        print(f"{project}: building with clang-22 ...", file=sys.stderr, flush=True)
        ref = build(project, src, args.out / f"{project}-clang", "clang-22", args.jobs, {})
        print(f"{project}: building with llmopt-cc ...", file=sys.stderr, flush=True)
        ours = build(project, src, args.out / f"{project}-llmopt", args.llmopt_cc, args.jobs,
                     {"LLMOPT_SERVER": os.environ.get("LLMOPT_SERVER", "auto")})
        results[project] = {"source": str(src), "clang": ref, "llmopt": ours, "compare": compare(ref, ours)}
        (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    head = ["project", "tests clang", "tests llmopt-cc", "objects", "smaller/equal/larger", ".text clang",
            ".text llmopt-cc", "change", "programs clang", "programs llmopt-cc", "build s clang", "build s llmopt-cc"]
    rows = []
    tot = {"a": 0, "b": 0}
    for project, r in results.items():
        c = r["compare"]
        tot["a"] += c["text_clang"]
        tot["b"] += c["text_llmopt"]

        def tests(x):
            k = x["check"]
            if x["build_status"]:
                return "build failed"
            if not k["ok"]:
                return f"FAILED ({k.get('fail', '?')} fail, status {k['status']})"
            return f"{k['pass']}/{k['total']} ok" if k.get("total") else "make check ok"

        rows.append([project, tests(r["clang"]), tests(r["llmopt"]), c["objects"],
                     f"{c['smaller']}/{c['equal']}/{c['larger']}", c["text_clang"], c["text_llmopt"],
                     f"{100 * (c['text_llmopt'] - c['text_clang']) / max(c['text_clang'], 1):+.2f}%",
                     c["programs_clang"], c["programs_llmopt"], r["clang"]["build_seconds"], r["llmopt"]["build_seconds"]])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    for line in [head, *rows]:
        print("  ".join(str(x).ljust(w) for x, w in zip(line, widths)))
    print(f"all projects: .text {tot['a']} -> {tot['b']} bytes "
          f"({100 * (tot['b'] - tot['a']) / max(tot['a'], 1):+.2f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
