"""The benchmark runner behind ``llmopt bench``: methods over a suite, per module and as a geomean.

    llmopt bench --suite programs --method oz --method 'list:iroutliner,default<Oz>' --execute

A *suite* is a manifest of size-ready ``.ll`` files (``benchmarks/<suite>/manifest.json``) or any
directory of ``.ll`` files. A *method* proposes candidates for a module (the registry in
:mod:`.methods`; ``tests/test_bench.py`` checks that this list names every registered one):

* ``oz``: nothing (the answer is -Oz; its geomean ratio is exactly 1.0 by construction);
* ``list:PIPELINE``: one pass list for every module;
* ``passes:FILE``: the pass lists in FILE, one per line (top-k verified, the best one counts);
* ``ir:DIR``: an external optimizer's output, ``DIR/<name>.ll`` for each module;
* ``tune@N[:STRATEGY]``: the autotuner with a budget of N evaluations per module;
* ``model@K[:DIR]``: the model's K candidates (default model: ``models/default``; chosen by its
  whole-module ranker when it has one), verified;
* ``model-net@K[:DIR]``: the same from the network's own ranking of its catalogue (decoding ``catalogue``);
* ``model-free@K[:DIR]``: the same with free decoding (a beam search not held to the model's catalogue);
* ``coreset@K[:LABELS]``: the K most frequent best lists of the training labels, verified.

Every answer goes through the harness (verified, never worse than -Oz: a losing or failing candidate
falls back to -Oz and is counted as such). With ``--execute`` each program's unoptimized IR and each
method's answer run under ``lli-22`` and their outputs are compared; a method that changes the output
is reported as a miscompile and its size win does not count.

Runs are parallel across modules, resumable (rows are appended to ``results.jsonl`` as they finish and
skipped on the next run), and deterministic (rows are sorted; counts do not depend on timing).

Modules: :mod:`.methods` (the methods and their registry), :mod:`.runner` (one module's row, the
pool, resuming), :mod:`.report` (summary, CSV, plot, the text tables).
"""

from llmcompiler.tools.bench.methods import (
    FALLBACK,
    METHODS,
    Method,
    Record,
    Target,
    methods_help,
    parse_method,
    register,
    usage,
)
from llmcompiler.tools.bench.report import (
    Text,
    model_stats,
    plot,
    render,
    summarize,
    write_csv,
)


def __getattr__(name: str):
    # The runner loads the LLVM bindings: only on first use, so that the CLI, which reads the
    # registry for its help whatever the command, starts without them.
    if name in ("run", "bench_module"):
        from llmcompiler.tools.bench import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FALLBACK", "METHODS", "Method", "Record", "Target", "Text", "bench_module", "methods_help", "model_stats",
    "parse_method", "plot", "register", "render", "run", "summarize", "usage", "write_csv",
]
