"""llmopt: an LLM-driven advisor for LLVM's opt that finds pass lists smaller than -Oz.

Data flow: ``ir`` (load, prepare, count) -> ``passes`` (vocabulary, PassList) -> ``backends``
(opt-22, llvmlite) -> ``harness`` (evaluate against -Oz, never worse) -> ``cli``; the model side is
``prompt`` -> ``tokenizer`` -> ``model`` -> ``advisor.suggest`` (also ``llmcompiler.suggest``).
"""

from llmcompiler.defaults import DEFAULT_K, VERSION

__version__ = VERSION


def suggest(ir, k: int = DEFAULT_K, **kwargs):
    """The advisor's verified answer for ``ir``: see :func:`llmcompiler.tools.advisor.suggest`.

    ``ir`` is an ``IR`` (``llmcompiler.llvm.ir.load``), a ``pathlib.Path`` (any ``os.PathLike``) to a
    ``.ll``/``.bc`` file, or the module itself as IR text (``str``) or text/bitcode (``bytes``). A
    ``str`` is always IR text: ``suggest(Path("prog.ll"))``, not ``suggest("prog.ll")``.
    """
    from llmcompiler.tools.advisor import suggest as _suggest

    return _suggest(ir, k=k, **kwargs)
