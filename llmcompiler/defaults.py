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
DEFAULT_TIMEOUT = 60.0  # seconds one LLVM run (opt, the in-process worker) may take before it counts as hung
