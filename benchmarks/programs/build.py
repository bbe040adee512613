"""Rebuild the `programs` suite: size-ready IR for every C program, and the manifest with splits.

    .venv/bin/python benchmarks/programs/build.py        # needs clang-22; rewrites ir/ and manifest.json

Each src/NAME.c becomes ir/NAME.ll with ``clang-22 -std=c11 -Oz -Xclang -disable-llvm-passes``
(size-ready IR, see README), compiled from inside src/ so no absolute path lands in the IR. The split
(train / validation / test) is a pure function of the IR's content hash (``suites.split_of``), so it
never changes unless the code does, and no model is evaluated on what it trained on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from llmcompiler.llvm import ir, suites  # noqa: E402

CFLAGS = ["-std=c11", "-Oz", "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm"]


def main() -> None:
    (HERE / "ir").mkdir(exist_ok=True)
    entries = []
    for src in sorted((HERE / "src").glob("*.c")):
        out = HERE / "ir" / f"{src.stem}.ll"
        subprocess.run(["clang-22", *CFLAGS, src.name, "-o", str(out)], cwd=HERE / "src", check=True, timeout=120)
        m = ir.load(out)
        entries.append({"name": src.stem, "source": f"src/{src.name}", "ir": f"ir/{out.name}",
                        "instructions": m.count, "hash": m.hash, "split": suites.split_of(m.hash)})
    manifest = {"suite": "programs", "compiler": "clang-22 " + " ".join(CFLAGS), "modules": entries}
    ir.atomic_write(HERE / "manifest.json", json.dumps(manifest, indent=1) + "\n")
    splits = {s: sum(e["split"] == s for e in entries) for s in ("train", "validation", "test")}
    print(f"{len(entries)} programs -> {HERE / 'ir'}; splits {splits}")


if __name__ == "__main__":
    main()
