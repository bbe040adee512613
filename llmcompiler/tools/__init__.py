"""What users run: ``advisor`` (suggest: model candidates verified by the harness), ``bench`` (methods
over suites), ``env`` (the gymnasium environment) and ``opt_wrapper`` (``llmopt-opt``, a drop-in
opt-22). Built on ``model/`` and ``llvm/``; ``cli`` parses arguments and dispatches to these.
"""
