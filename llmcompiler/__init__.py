"""llmopt: an LLM-driven advisor for LLVM's opt that finds pass lists smaller than -Oz.

Data flow: ``ir`` (load, prepare, count) -> ``passes`` (vocabulary, PassList) -> ``backends``
(opt-22, llvmlite) -> ``harness`` (evaluate against -Oz, never worse) -> ``cli``; the model side is
``prompt`` -> ``tokenizer`` -> ``model`` -> ``advisor.suggest`` (also ``llmcompiler.suggest``).
"""

__version__ = "0.1.0"


def suggest(ir, k: int = 8, **kwargs):
    """The advisor's verified answer for ``ir`` (an IR, IR text or a path): see :func:`llmcompiler.tools.advisor.suggest`."""
    from llmcompiler.tools.advisor import suggest as _suggest

    return _suggest(ir, k=k, **kwargs)
