"""Everything that runs real LLVM 22, and nothing that knows about the model.

``toolchain`` finds opt-22/lli-22; ``ir`` loads, verifies, counts and prepares modules; ``passes`` is
the vocabulary and the one ``PassList`` (parse, render, text form); ``backends`` and ``libllvm`` run a
list (opt-22 subprocess, libLLVM-22 or llvmlite in a worker); ``harness`` measures candidates against
-Oz and never picks a loser; ``search`` is the autotuner; ``suites`` are the benchmark suites and
their fixed splits.
"""
