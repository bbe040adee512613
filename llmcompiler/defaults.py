"""Defaults every layer shares, each written once: where the repository's data lives, which model
answers when none is named, and how long one LLVM run may take.

    >>> from llmcompiler.defaults import DEFAULT_MODEL, DEFAULT_TIMEOUT, ROOT
    >>> DEFAULT_MODEL.relative_to(ROOT).as_posix(), DEFAULT_TIMEOUT
    ('models/default', 60.0)
"""

from __future__ import annotations

from pathlib import Path

VERSION = "0.1.0"  # llmopt's version (pyproject.toml says the same)
ROOT = Path(__file__).resolve().parent.parent  # the repository (the package is installed editable)
DEFAULT_MODEL = ROOT / "models" / "default"  # the embedded model: config, tokenizer, weights, catalogue
DATA_DIR = ROOT / "data"  # training corpus and labels
BENCH_DIR = ROOT / "benchmarks"  # benchmark suites (manifest.json each) and results/
PASSES_DIR = ROOT / "passes"  # the pass vocabulary as data, one file per LLVM major
DEFAULT_K = 8  # candidates the advisor verifies when nobody says how many
# ... and inside a build (llmopt-opt, llmopt-cc), where every file waits for it: chosen on the
# validation splits in bytes (`llmopt bench --split validation --metric text`, the ranker fitted on
# 768 modules): debian (76 modules) +12.18% at 5 against +12.35% at 6, +12.40% at 8 and +12.08% at
# 4; programs (9) +2.05% at 5 and 6, +2.06% at 8, +1.28% at 4. A make -j2 of
# benchmarks/make_project on 2 cores (bench_build.py, 15 runs): 1.22 s at 5 against 1.34 s at 6
# through llmopt-opt (opt-22: 0.21 s). Five keeps the build within 5x opt-22's plus the server's
# start for 0.2 point of the bytes gain on debian; LLMOPT_K=6 or 8 buys it back.
WRAPPER_K = 5
DEFAULT_TIMEOUT = 60.0  # seconds one LLVM run (opt, the in-process worker) may take before it counts as hung
