"""Generate the `csmith` suite: N seeded random C programs as size-ready IR (not committed).

    .venv/bin/python benchmarks/csmith/generate.py --n 50 [--first-seed 1]
    llmopt bench --suite csmith --method oz

Seed s gives the same program on every machine with Debian's csmith 2.3.0; programs that clang-22
rejects or whose IR is outside --min/--max instructions are skipped and listed in the manifest.
Output: benchmarks/csmith/build/{ir/*.ll, manifest.json} (ignored by git; rebuild with this script).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from llmcompiler.errors import LlmoptError  # noqa: E402
from llmcompiler.llvm import ir, suites  # noqa: E402


def build_one(seed: int, out_dir: Path) -> ir.IR:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / f"csmith_{seed}.c"
        src.write_text(subprocess.run(["csmith", "--seed", str(seed)], capture_output=True, text=True,
                                      timeout=60, check=True).stdout)
        out = out_dir / f"csmith_{seed}.ll"
        subprocess.run(["clang-22", "-w", "-Oz", "-Xclang", "-disable-llvm-passes", "-I/usr/include/csmith",
                        "-S", "-emit-llvm", src.name, "-o", str(out)], cwd=d, check=True, timeout=120,
                       capture_output=True)
    return ir.load(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50, help="number of programs to keep")
    ap.add_argument("--first-seed", type=int, default=1, help="seeds used: first-seed, first-seed+1, ...")
    ap.add_argument("--min", type=int, default=100, help="skip modules with fewer instructions")
    ap.add_argument("--max", type=int, default=20000, help="skip modules with more instructions")
    args = ap.parse_args()
    out_dir = HERE / "build" / "ir"
    out_dir.mkdir(parents=True, exist_ok=True)
    entries, skipped, seed = [], {}, args.first_seed
    while len(entries) < args.n and seed < args.first_seed + 20 * args.n:
        try:
            m = build_one(seed, out_dir)
            if not args.min <= m.count <= args.max:
                skipped[seed] = f"{m.count} instructions"
                (out_dir / f"csmith_{seed}.ll").unlink()
            else:
                entries.append({"name": f"csmith_{seed}", "seed": seed, "ir": f"ir/csmith_{seed}.ll",
                                "instructions": m.count, "hash": m.hash, "split": suites.split_of(m.hash)})
        except (subprocess.SubprocessError, LlmoptError) as e:
            skipped[seed] = str(e).splitlines()[0][:200]
        seed += 1
        print(f"\r{len(entries)}/{args.n} programs (seed {seed - 1})", end="", file=sys.stderr)
    print(file=sys.stderr)
    manifest = {"suite": "csmith", "generator": "csmith 2.3.0 --seed S; clang-22 -Oz -Xclang -disable-llvm-passes",
                "modules": entries, "skipped": skipped}
    ir.atomic_write(HERE / "build" / "manifest.json", json.dumps(manifest, indent=1) + "\n")
    print(f"{len(entries)} modules in {out_dir}, {len(skipped)} seeds skipped")


if __name__ == "__main__":
    main()
