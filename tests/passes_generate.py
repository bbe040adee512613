"""Import shim: passes/generate.py is a script, not a package module."""
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "passes_generate_impl", Path(__file__).resolve().parent.parent / "passes" / "generate.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
read_print_passes = _mod.read_print_passes
clang_pipeline = _mod.clang_pipeline
