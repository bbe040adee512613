"""Benchmark suites: named sets of size-ready modules with a fixed train/validation/test split.

A suite is a manifest (``benchmarks/<suite>/manifest.json``, or ``build/manifest.json`` for generated
suites) or any directory of ``.ll`` files, whose split then comes from each module's content hash::

    >>> from llmcompiler.llvm.suites import load_suite, split_of
    >>> len(load_suite("programs", "test")), split_of("0" * 64)
    (14, 'train')
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from llmcompiler.defaults import BENCH_DIR
from llmcompiler.errors import LlmoptError
from llmcompiler.llvm import ir as irmod

SPLITS = ("train", "validation", "test")


def split_of(content_hash: str) -> str:
    """The fixed split of a module, from its content hash: 70% train, 10% validation, 20% test."""
    bucket = int(content_hash[:8], 16) % 10
    return "train" if bucket < 7 else "validation" if bucket == 7 else "test"


def training_split_of(content_hash: str) -> str:
    """The split of a module of a training-only suite (``programs_train``): :func:`split_of`'s
    validation modules stay validation, every other module trains (no test split)."""
    return "validation" if split_of(content_hash) == "validation" else "train"


@dataclass(frozen=True)
class BenchModule:
    suite: str
    name: str
    path: str  # size-ready .ll
    split: str


def load_suite(suite: str, split: str | None = None) -> list[BenchModule]:
    """Modules of a named suite (``programs``) or of a directory of .ll files, optionally one split."""
    manifest = BENCH_DIR / suite / "manifest.json"
    if not manifest.exists():  # generated suites (csmith) keep their manifest beside their build output
        manifest = BENCH_DIR / suite / "build" / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text())
        mods = [BenchModule(suite, e["name"], str(manifest.parent / e["ir"]), e["split"]) for e in data["modules"]]
    elif Path(suite).is_dir():
        mods = []
        for p in sorted(Path(suite).glob("*.ll")):
            mods.append(BenchModule(Path(suite).name, p.stem, str(p), split_of(irmod.load(p).hash)))
    else:
        known = sorted(p.parent.name for p in BENCH_DIR.glob("*/manifest.json"))
        raise LlmoptError(f"unknown suite '{suite}' (known: {', '.join(known) or 'none'}; or give a directory of .ll files)")
    if split:
        if split not in SPLITS:
            raise LlmoptError(f"unknown split '{split}' (expected one of {', '.join(SPLITS)})")
        mods = [m for m in mods if m.split == split]
    if not mods:
        raise LlmoptError(f"suite '{suite}' has no modules" + (f" in split '{split}'" if split else ""))
    return mods


def sample(mods: list[BenchModule], n: int) -> list[BenchModule]:
    """``n`` modules evenly spaced over the suite's order (deterministic): a fixed subset for costly methods."""
    if n >= len(mods):
        return mods
    step = len(mods) / n
    return [mods[int(i * step)] for i in range(n)]
