"""The package's shape: every import points down the layers and no two modules import each other.

Layers, bottom to top: the base modules (``errors``, ``metrics``, ``defaults``), ``llvm/`` (everything
that runs real LLVM), ``model/`` (prompt, tokenizer, model, training data and training), ``tools/``
(advisor, bench, env, the wrappers), then ``cli`` and the package's own ``__init__`` (the facade).
Every ``import`` statement counts, function-level ones included.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PKG = ROOT / "llmcompiler"
BASE = {"llmcompiler.errors", "llmcompiler.metrics", "llmcompiler.defaults"}
LAYERS = {"llvm": 1, "model": 2, "tools": 3}
TOP = 4  # cli and the package facade


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``path`` imports anywhere in its body (package __init__s count
    only when they are what the statement names)."""
    is_pkg = path.name == "__init__.py"
    out = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # `from pkg import sub` imports the submodule sub when there is one
            targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod for a in node.names]
        else:
            continue
        out.update(t for t in targets if t in known and t != name)
    return out


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports_of(name, path, set(mods)) for name, path in mods.items()}


def rank(name: str) -> int:
    if name in BASE:
        return 0
    parts = name.split(".")
    if len(parts) >= 2 and parts[1] in LAYERS:
        return LAYERS[parts[1]]
    return TOP


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_the_walker_sees_function_level_and_relative_imports(tmp_path):
    src = tmp_path / "m.py"
    src.write_text("from llmcompiler.llvm import ir\n\ndef f():\n    from .passes import OZ\n    import llmcompiler.metrics\n")
    known = {"llmcompiler.llvm.ir", "llmcompiler.llvm.passes", "llmcompiler.metrics"}
    assert imports_of("llmcompiler.llvm.harness", src, known) == known
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    found = cycles(graph())
    assert not found, f"import cycles: {found}"


def test_imports_point_down_the_layers():
    g = graph()
    assert len(g) > 20 and any(g.values())  # the walk found the package and its imports
    upward = sorted(f"{a} -> {b}" for a, deps in g.items() for b in deps
                    if rank(b) > rank(a) and a != "llmcompiler")  # the facade's lazy suggest() only
    assert not upward, "imports that point up the layers: " + "; ".join(upward)


def test_every_layer_is_a_folder_with_a_docstring():
    for layer in LAYERS:
        init = PKG / layer / "__init__.py"
        assert ast.get_docstring(ast.parse(init.read_text())), f"{init} needs a docstring saying what the layer is"
    for name, path in modules().items():
        assert ast.get_docstring(ast.parse(path.read_text())), f"{name} has no module docstring"
