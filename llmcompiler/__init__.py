"""llmopt: an LLM-driven advisor for LLVM's opt that finds pass lists smaller than -Oz.

Data flow: ``ir`` (load, prepare, count) -> ``passes`` (vocabulary, PassList) -> ``backends``
(opt-22, llvmlite) -> ``harness`` (evaluate against -Oz, never worse) -> ``cli``.
"""

__version__ = "0.1.0"
