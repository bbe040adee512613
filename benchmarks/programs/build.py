"""Rebuild a suite of C programs: size-ready IR for every program, and the manifest with splits.

    .venv/bin/python benchmarks/programs/build.py                    # the `programs` suite
    .venv/bin/python benchmarks/programs/build.py programs_train     # the training-only suite

Needs clang-22; rewrites the suite's ir/ and manifest.json. Each src/NAME.c becomes ir/NAME.ll with
``clang-22 -std=c11 -Oz -Xclang -disable-llvm-passes`` (size-ready IR, see README), compiled from
inside src/ so no absolute path lands in the IR. The split is a pure function of the IR's content
hash, so it never changes unless the code does, and no model is evaluated on what it trained on:
``programs`` has train / validation / test (``suites.split_of``); ``programs_train`` only train and
validation (``suites.training_split_of``: more training modules of the same kind, never a test one).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from llmcompiler.llvm import ir, suites  # noqa: E402

CFLAGS = ["-std=c11", "-Oz", "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm"]
SPLITTERS = {"programs": suites.split_of, "programs_train": suites.training_split_of}


def build(suite: str) -> None:
    root = HERE.parent / suite
    split_of = SPLITTERS[suite]
    (root / "ir").mkdir(exist_ok=True)
    entries = []
    for src in sorted((root / "src").glob("*.c")):
        out = root / "ir" / f"{src.stem}.ll"
        subprocess.run(["clang-22", *CFLAGS, src.name, "-o", str(out)], cwd=root / "src", check=True, timeout=120)
        m = ir.load(out)
        entries.append({"name": src.stem, "source": f"src/{src.name}", "ir": f"ir/{out.name}",
                        "instructions": m.count, "hash": m.hash, "split": split_of(m.hash)})
    manifest = {"suite": suite, "compiler": "clang-22 " + " ".join(CFLAGS), "modules": entries}
    ir.atomic_write(root / "manifest.json", json.dumps(manifest, indent=1) + "\n")
    splits = {s: sum(e["split"] == s for e in entries) for s in suites.SPLITS}
    print(f"{len(entries)} programs -> {root / 'ir'}; splits {splits}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("suite", nargs="?", default="programs", choices=sorted(SPLITTERS))
    build(p.parse_args().suite)


if __name__ == "__main__":
    main()
