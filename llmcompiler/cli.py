"""The ``llmopt`` command line: argument parsing, dispatch, and printing what the tools return (the
reports are built beside each tool: ``tools/report.py``, ``Suggestion.report``, ``bench.render``).

    llmopt count FILE...                       instructions per module (and per function)
    llmopt eval FILE --passes '...' [-o OUT]   a pass list against -Oz, verified
    llmopt prepare FILE -o OUT                 clang -O0 IR -> size-ready IR
    llmopt tune FILE [--budget N] [-o OUT]     the autotuner
    llmopt bench --suite S --method M...       methods over a benchmark suite
    llmopt passes                              the pass vocabulary
    llmopt suggest FILE [-k K] [-o OUT]        the model's verified advice (the main command)
    llmopt serve [--idle SECONDS]              the advisor kept warm for suggest --server and the wrappers
    llmopt dataset build|label|refine|stats    training data from the suites, labelled by the autotuner
    llmopt train [--out DIR]                   train the model from scratch

Exit status: 0 done; 1 an error, reported in one line (``llmopt: error: ...``), or a module that failed
(tune, bench); 2 a usage error, or an eval candidate that is not a pass list; 130 interrupted (Ctrl-C),
with no output written. ``-o -`` puts the IR alone on stdout and the report on stderr.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
import threading
import time
from pathlib import Path

from llmcompiler.defaults import DEFAULT_K, DEFAULT_TIMEOUT, VERSION

DEFAULT_DEADLINE = 300.0  # seconds a whole `llmopt suggest` may take (each LLVM run also has --timeout)
METRICS = ("instructions", "text")  # llmcompiler.llvm.harness.METRICS (not imported: --help stays light)
METRIC_HELP = ("what smaller means: IR instructions (default), or text: bytes of the executable sections of the "
               "object file LLVM 22 compiles from the module (what clang-22 -c would emit)")
from llmcompiler.errors import LlmoptError, one_line

EPILOG_EVAL = """\
examples:
  llmopt eval examples/crc32.ll --passes 'default<Oz>,default<Oz>'
  llmopt eval prog.ll --passes '-mem2reg -gvn -Oz' --passes 'licm,gvn,default<O3>,default<Oz>' -o best.ll
  llmopt eval prog.ll --passes "$(cat list.txt)" --json | jq .reduction_vs_oz

Pass lists may be written as an opt -passes= string (nesting is optional), legacy flags
(-instcombine -Oz) or names separated by commas or spaces. The input is made size-ready first
(see `llmopt prepare --help`). The answer is never worse than clang-22 -Oz.
A list that is a single dash flag needs the = form: --passes=-Oz.
"""


OUTPUT_HELP = "; - for stdout: the IR alone, the report on stderr; not with --json, which owns stdout"


# -- argument types: bad numbers are usage errors (exit 2), never a traceback or a silent default ----


def positive_int(text: str) -> int:
    """argparse ``type=`` for counts (jobs, budgets, candidates): a whole number, at least 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got '{text}'") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def positive_float(text: str) -> float:
    """argparse ``type=`` for seconds, minutes, epochs, rates: a finite number above 0 (not nan or inf)."""
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got '{text}'") from None
    if not math.isfinite(x) or x <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive finite number, got '{text}'")
    return x


# -- output ----------------------------------------------------------------------------------------


def check_output(path: str) -> None:
    """Refuse an ``-o`` path that cannot be written, before the work (a suggestion takes seconds, a
    tuning minutes): a directory, a missing parent, a parent that is a file, one we may not write in."""
    if path == "-":
        return
    p = Path(path)
    if p.is_dir() or path.endswith(os.sep):
        raise LlmoptError(f"cannot write {path}: it is a directory")
    parent = p.parent
    if not parent.is_dir():
        raise LlmoptError(f"cannot write {path}: {parent}: {'not a directory' if parent.exists() else 'no such directory'}")
    if p.exists() and not os.access(p, os.W_OK):
        raise LlmoptError(f"cannot write {path}: permission denied")
    import tempfile

    try:  # the exact question (read-only file systems, immutable directories, root): can a file be made here?
        fd, probe = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".probe", dir=parent)
    except OSError as e:
        raise LlmoptError(f"cannot write {path}: {parent}: {e.strerror}") from None
    os.close(fd)
    os.unlink(probe)


def _report(args):
    """Where the report goes: stdout, unless stdout carries the IR (``-o -``)."""
    return sys.stderr if getattr(args, "output", None) == "-" else sys.stdout


def _save(m, args) -> None:
    """Write the command's IR to ``-o`` (atomically; a new file gets 0666 less the umask, an existing
    one keeps its mode: ``ir.save``), unless Ctrl-C came meanwhile. Text needs no LLVM."""
    if _Interrupt.seen:
        raise KeyboardInterrupt
    if args.emit_bc or str(args.output).endswith(".bc"):
        from llmcompiler.llvm import ir

        ir.save(m, args.output, bitcode=True)
    else:
        from llmcompiler.llvm import irtext

        irtext.atomic_write(args.output, m.text)


def _wrote(args) -> None:
    if args.output != "-":
        print(f"wrote {args.output}", file=_report(args))


# ---------------------------------------------------------------------------------------------


def cmd_count(args) -> int:
    from llmcompiler.llvm import ir
    from llmcompiler.tools.report import format_count

    out = []
    for path in args.files:
        m = ir.load(path)
        if args.prepare:
            m = ir.size_ready(m)[0]
        rec = {"file": str(path), "instructions": m.count, "functions": m.function_counts(), "hash": m.hash,
               "size_ready": ir.is_size_ready(m.text)}
        if args.text_size:
            from llmcompiler.llvm.harness import Harness

            with Harness(metric="text") as h:  # the text metric's own measure
                rec["text_bytes"] = h.text_bytes(m)
        out.append(rec)
    if args.json:
        print(json.dumps(out if len(out) != 1 else out[0], indent=1))
    else:
        print(format_count(out, per_function=args.per_function, text_size=args.text_size))
    return 0


def cmd_eval(args) -> int:
    from llmcompiler.llvm import harness, ir
    from llmcompiler.tools.report import format_eval

    m, note = ir.load(args.file), None
    if not args.no_prepare:
        m, note = ir.size_ready(m)
    h = harness.Harness(timeout=args.timeout, fast_path="off" if args.opt_only else "auto", metric=args.metric)
    r = h.evaluate(m, args.passes, keep_text=bool(args.output),
                   deadline=None if args.deadline is None else time.monotonic() + args.deadline)
    # a candidate the user typed that is not a pass list is a usage error: the table still shows
    # every candidate, and nothing is written
    invalid = [f"#{i} is not a valid pass list: {c.error}" for i, c in enumerate(r.candidates, 1)
               if c.status == "unknown-pass"]
    if args.output and not invalid:
        _save(ir.IR(r.best_text, m.name), args)
    if args.json:
        print(json.dumps({**r.to_dict(), "note": note}, indent=1))
    else:
        if note:
            print(f"note: {note}", file=sys.stderr)
        print(format_eval(r), file=_report(args))
        if args.output and not invalid:
            _wrote(args)
    if invalid:
        print(f"llmopt: error: --passes {'; '.join(invalid)}{' (nothing written)' if args.output else ''}",
              file=sys.stderr)
        return 2
    return 0


def cmd_prepare(args) -> int:
    from llmcompiler.llvm import ir
    from llmcompiler.tools.report import format_prepared

    p, note = ir.size_ready(ir.load(args.file))
    _save(p, args)
    if args.output != "-":
        print(format_prepared(args.output, note is not None, p.count), file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    from llmcompiler.tools import bench

    res = bench.run(args.suite, args.method, split=args.split, jobs=args.jobs, execute=args.execute,
                    out_dir=args.out, fresh=args.fresh, timeout=args.timeout, progress=not args.json,
                    limit=args.sample, metric=args.metric)
    if args.json:  # the whole result; like the text report, status 1 when a module could not be benchmarked
        print(json.dumps(res, indent=1))
        return 1 if any("error" in r for r in res["rows"]) else 0
    text = bench.render(res, per_module=args.per_module)
    print(text.tables)
    for line in text.errors:
        print(line, file=sys.stderr)
    print(text.footer)
    return 1 if text.errors else 0


def cmd_tune(args) -> int:
    from llmcompiler.llvm import ir, search
    from llmcompiler.tools.report import format_tune

    modules = []
    for path in args.files:
        m, note = ir.load(path), None
        if not args.no_prepare:
            m, note = ir.size_ready(m)
        if note and not args.json:
            print(f"note: {m.name}: {note}", file=sys.stderr)
        modules.append(m)
    show = not args.json and sys.stderr.isatty()
    if len(modules) == 1 and not args.ray:
        bar = None
        if show:
            from tqdm import tqdm

            bar = tqdm(total=args.budget, desc=f"tune {modules[0].name}", unit="eval", leave=False)

        def progress(done, budget, best, oz):
            if bar is not None:
                bar.n = done
                bar.set_postfix_str(f"best {best} vs -Oz {oz}")
                bar.refresh()

        from llmcompiler.llvm.harness import Harness

        h = Harness(timeout=args.timeout, metric=args.metric)  # shared with the search: -o reuses its baseline
        r = search.tune(modules[0], budget=args.budget, strategy=args.strategy, seed=args.seed, jobs=args.jobs or 1,
                        timeout=args.timeout, progress=progress, check_exec=args.check_exec, harness=h)
        if bar is not None:
            bar.close()
        results = [r.to_dict()]
        if args.output:
            # the search verified its answer (r.best is None: -Oz); only its IR is made here, in one compilation
            text = (h.apply(modules[0], r.best) if r.best is not None
                    else h.evaluate(modules[0], [], keep_text=True).best_text)
            _save(ir.IR(text, modules[0].name), args)
    else:
        bar = None
        if show:
            from tqdm import tqdm

            bar = tqdm(total=len(modules), desc="tune", unit="module")
        results = search.tune_many(modules, budget=args.budget, strategy=args.strategy, seed=args.seed,
                                   jobs=args.jobs, ray_address=args.ray, timeout=args.timeout, check_exec=args.check_exec,
                                   metric=args.metric,
                                   progress=(lambda done, total: bar.update(done - bar.n)) if bar else None)
        if bar is not None:
            bar.close()
    if args.json:  # the errors are in the JSON; the status says there were some
        print(json.dumps(results[0] if len(results) == 1 else results, indent=1))
        return 1 if any("error" in r for r in results) else 0
    print(format_tune(results), file=_report(args))
    for r in results:
        if "error" in r:
            print(f"error: {r['name']}: {r['error']}", file=sys.stderr)
    if args.output:
        _wrote(args)
    return 1 if any("error" in r for r in results) else 0


def cmd_suggest(args) -> int:
    s = m = None
    # the server prepares every module: with --no-prepare only size-ready ones (which it leaves as they are)
    if args.server:
        from llmcompiler.llvm import irtext
        from llmcompiler.tools import server

        data, name = irtext.read_input(args.file)  # the server parses it: this process never loads LLVM
        if not args.no_prepare or irtext.is_size_ready(data.decode(errors="replace")):
            try:
                s = server.suggest(data, name=name, k=args.k, model=args.model, decoding=args.decoding,
                                   prompt_format=args.prompt_format, keep_output=bool(args.output),
                                   verify=not args.no_verify, timeout=args.timeout, metric=args.metric,
                                   deadline=args.deadline, autostart=True)
            except server.ServerUnavailable as e:
                print(f"note: {e}: answering in-process", file=sys.stderr)
        if s is None:
            from llmcompiler.llvm import ir

            m = ir.parse(data, name)
    if s is None:
        from llmcompiler.llvm import ir
        from llmcompiler.tools.advisor import suggest

        m = m or ir.load(args.file)
        s = suggest(m, k=args.k, model=args.model, verify=not args.no_verify,
                    prepare=not args.no_prepare, keep_output=bool(args.output), prompt_format=args.prompt_format,
                    timeout=args.timeout, decoding=args.decoding, metric=args.metric, deadline=args.deadline)
    if args.output:  # verified (main refuses -o with --no-verify): s.output is the answer's IR
        _save(s.output, args)
    if args.json:
        print(json.dumps(s.to_dict(), indent=1))
        return 0
    for note in s.notes:
        print(f"note: {note}", file=sys.stderr)
    print(s.report(verbose=args.verbose), file=_report(args))
    if args.output:
        _wrote(args)
    return 0


def cmd_serve(args) -> int:
    from llmcompiler.tools import server

    return server.serve(idle=args.idle if args.idle is not None else server.DEFAULT_IDLE, warm_metric=args.warm_metric)


class _Progress:
    """A tqdm bar driven by ``progress(done, total)`` callbacks; silent when not shown."""

    def __init__(self, desc: str, unit: str, show: bool):
        self.bar = None
        if show:
            from tqdm import tqdm

            self.bar = tqdm(desc=desc, unit=unit)

    def __call__(self, done: int, total: int) -> None:
        if self.bar is not None:
            self.bar.total, self.bar.n = total, done
            self.bar.refresh()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_dataset(args) -> int:
    from llmcompiler.model import dataset

    corpus, labels = args.corpus or dataset.CORPUS, args.labels or dataset.LABELS
    show = not args.json and sys.stderr.isatty()
    if args.action == "build":
        opts = dataset.BuildOptions(suites=tuple(args.suite or dataset.SUITES), functions=not args.no_functions)
        with _Progress("modules", "module", show) as progress:
            res = dataset.build(corpus, opts, jobs=args.jobs, progress=progress)
    elif args.action == "label":
        with _Progress("label", "example", show) as progress:
            res = dataset.label(corpus, labels, budget=args.budget, splits=tuple(args.split or ["train"]),
                                limit=args.limit, jobs=args.jobs, seed=args.seed, progress=progress,
                                max_seconds=args.max_minutes * 60 if args.max_minutes else None,
                                seeds=args.seed_lists, ray_address=args.ray)
    elif args.action == "refine":
        with _Progress("refine", "example", show) as progress:
            res = dataset.refine(corpus, labels, lists=args.lists or 24, jobs=args.jobs, progress=progress)
    elif args.action == "matrix":
        from llmcompiler.model.model import read_catalogue

        with _Progress("matrix", "module", show) as progress:
            res = dataset.matrix(read_catalogue(args.model), args.matrix or dataset.MATRIX,
                                 suites=tuple(args.suite or dataset.MATRIX_SUITES),
                                 splits=tuple(args.split or ["train", "validation"]), max_count=args.max_instructions,
                                 jobs=args.jobs, progress=progress, ray_address=args.ray)
    elif args.action == "grow":
        from llmcompiler.defaults import DEFAULT_MODEL
        from llmcompiler.model.model import CATALOGUE, read_catalogue, write_catalogue

        model = Path(args.model or DEFAULT_MODEL)
        labels = args.labels or dataset.MODULE_LABELS
        lists = read_catalogue(model)
        if not Path(labels).exists():
            raise LlmoptError(f"grow: no labels file '{labels}' (label whole modules first: "
                              "`llmopt dataset label --seed-lists catalogue --budget 500`)")
        res = dataset.grow(dataset.read_jsonl(labels), dataset.read_matrix(args.matrix or dataset.MATRIX, lists),
                           lists, n=args.lists or 64)
        if res["lists"]:
            write_catalogue(model, lists + res["lists"])
        res = {"catalogue": str(model / CATALOGUE), "before": len(lists), "after": len(lists) + len(res["lists"])} | {
            k: v for k, v in res.items() if k != "lists"}
    else:
        res = {"corpus": dataset.stats(dataset.read_jsonl(corpus)), "labels": dataset.label_stats(labels)}
    print(json.dumps(res, indent=1))
    return 0


def cmd_train(args) -> int:
    if args.ranker:
        from llmcompiler.model import dataset, ranker
        from llmcompiler.model.model import read_catalogue

        labels = dataset.read_jsonl(args.labels or dataset.LABELS)
        res = ranker.train(dataset.read_matrix(args.matrix or dataset.MATRIX), args.out, read_catalogue(args.out),
                           k=args.ranker_k, seed=args.seed, adaptive=not args.one_round,
                           fixed_lists={f"coreset@{args.ranker_k}": dataset.coreset(labels, args.ranker_k)})
        if args.json:
            print(json.dumps(res, indent=1))
        else:
            from llmcompiler.tools.report import table

            rows = [[("fixed lists (greedy)" if r.get("fixed_greedy") else "all lists (ceiling)" if r.get("ceiling")
                      else f"fixed lists: {r['fixed']}" if r.get("fixed")
                      else f"{r['neighbours']} neighbours, temperature {r['temperature']}, prior {r['prior']}"),
                     f"{r['score']:+.3f}%"] for r in res["cross_validation"]]
            print(table(rows, [f"ranker setting ({res['modules']} modules, 5-fold)", f"@{res['k']} below -Oz"]))
            if res["rounds"]:
                rows = [[("one round" if r["adaptive"] is None else
                          "rounds of {step} after the first {first}, sigma {sigma}, -Oz weight {oz_weight}".format(**r["adaptive"])),
                         f"{r['score']:+.3f}%"] for r in res["rounds"]]
                print(table(rows, ["lists beyond the first round", f"@{2 * res['k']} below -Oz"]))
            print(f"wrote the ranker to {args.out} (settings: {res['chosen']})")
        return 0
    from llmcompiler.model.model import ModelConfig
    from llmcompiler.model.train import TrainConfig, train
    from llmcompiler.tools.report import format_train

    cfg = TrainConfig(
        out=args.out, model=ModelConfig(hidden_size=args.hidden, num_layers=args.layers, num_heads=args.heads,
                                        intermediate_size=args.intermediate, max_len=args.max_len),
        vocab_size=args.vocab_size, epochs=args.epochs, batch_size=args.batch_size, learning_rate=args.lr,
        seed=args.seed, max_examples=args.max_examples, oversample_improved=args.oversample_improved,
        corpus=args.corpus, labels=args.labels, threads=args.threads, targets=args.targets,
    )
    res = train(cfg, resume=args.resume, progress=not args.json)
    res.pop("log")
    print(json.dumps(res, indent=1) if args.json else format_train(res, args.out))
    return 0


def cmd_passes(args) -> int:
    from llmcompiler.llvm.passes import default_vocabulary
    from llmcompiler.tools.report import format_passes, pass_records

    v = default_vocabulary()
    print(json.dumps(pass_records(v), indent=1) if args.json else format_passes(v))
    return 0


# ---------------------------------------------------------------------------------------------


def _config_defaults() -> tuple[dict, dict]:
    """The defaults of ``TrainConfig`` and ``ModelConfig``, where they are defined (no torch imported)."""
    from dataclasses import MISSING, fields

    from llmcompiler.model.model import ModelConfig
    from llmcompiler.model.train import TrainConfig

    def of(cls):
        return {f.name: f.default for f in fields(cls) if f.default is not MISSING}

    return of(TrainConfig), of(ModelConfig)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="llmopt",
        description="An LLM-driven advisor for LLVM's opt: pass lists that make code smaller than -Oz, "
                    "verified with real LLVM 22 and never worse than -Oz.",
    )
    ap.add_argument("--version", action="version", version=f"llmopt {VERSION}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("count", help="count IR instructions (total, per function)",
                       description="Count IR instructions in defined functions, as Module::getInstructionCount().")
    p.add_argument("files", nargs="+", metavar="FILE", help=".ll or .bc file, or - for stdin")
    p.add_argument("--per-function", action="store_true", help="also print the count of every function")
    p.add_argument("--text-size", action="store_true", help="also emit an object file and report .text bytes")
    p.add_argument("--prepare", action="store_true", help="count the size-ready form of the input")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_count)

    p = sub.add_parser("eval", help="evaluate pass lists against -Oz",
                       description="Apply pass lists with real LLVM 22, verify, count, and compare with -Oz.",
                       epilog=EPILOG_EVAL, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help=".ll or .bc file, or - for stdin")
    p.add_argument("--passes", action="append", required=True, metavar="LIST",
                   help="a candidate pass list; repeat for several candidates")
    p.add_argument("-o", "--output", metavar="OUT", help="write the IR of the answer (atomically" + OUTPUT_HELP
                   + "); nothing is written when a candidate is not a pass list (exit 2)")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode (default: by the -o suffix, .bc or text)")
    p.add_argument("--timeout", type=positive_float, default=DEFAULT_TIMEOUT,
                   help="seconds per opt run before it counts as hung (%(default)g)")
    p.add_argument("--opt-only", action="store_true", help="never use the in-process fast path (libLLVM or llvmlite)")
    p.add_argument("--deadline", type=positive_float, metavar="SECONDS",
                   help="bound on the whole call: lists not run by then are reported as 'deadline' (default: none, "
                        "each list has --timeout)")
    p.add_argument("--metric", choices=METRICS, default="instructions", help=METRIC_HELP)
    p.add_argument("--no-prepare", action="store_true", help="take the input as is, even if it is -O0 IR")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("prepare", help="turn clang -O0 IR into size-ready IR",
                       description="Make IR size-ready: what clang-22 -Oz -Xclang -disable-llvm-passes would give. "
                                   "Adds minsize/optsize to every function, removes -O0's optnone and noinline. "
                                   "Size-ready input is written back unchanged.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file (atomically; - for stdout)")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode")
    p.set_defaults(func=cmd_prepare)

    # the method registry, for the help: light (no torch)
    from llmcompiler.tools.bench.methods import methods_help

    p = sub.add_parser("bench", help="run methods over a benchmark suite, per module and as a geomean",
                       description="Run methods over a suite and report, per module and as a geomean, how far "
                                   "below -Oz each gets. Resumable: rerun the same command to continue.",
                       epilog=f"methods:\n{methods_help()}\n\n"  # the registry (tools/bench/methods.py)
                              "example:\n  llmopt bench --suite programs --split test --method oz "
                              "--method 'list:iroutliner,default<Oz>' --execute",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--suite", default="programs", help="suite name (benchmarks/<suite>/manifest.json) or a directory of .ll")
    p.add_argument("--split", choices=["train", "validation", "test"], help="only this split of the suite")
    p.add_argument("--method", action="append", required=True, metavar="METHOD", help="a method (repeatable)")
    p.add_argument("--sample", type=positive_int, metavar="N",
                   help="only N modules, evenly spaced over the suite (deterministic)")
    p.add_argument("-j", "--jobs", type=positive_int, help="parallel workers (default: all cores)")
    p.add_argument("--execute", action="store_true", help="run -O0 and optimized IR with lli-22 and flag miscompiles")
    p.add_argument("--out", metavar="DIR", help="results folder (default: benchmarks/results/<suite>[-<split>])")
    p.add_argument("--fresh", action="store_true", help="discard earlier results in the folder instead of resuming")
    p.add_argument("--timeout", type=positive_float, default=DEFAULT_TIMEOUT, help="seconds per opt run (%(default)g)")
    p.add_argument("--metric", choices=METRICS, default="instructions", help=METRIC_HELP)
    p.add_argument("--per-module", action="store_true", help="print the per-module table too")
    p.add_argument("--json", action="store_true", help="print the full results as JSON (no progress bar)")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("tune", help="search for a pass list that beats -Oz (the autotuner)",
                       description="Search for the pass list that gives the fewest instructions, verified against "
                                   "-Oz and minimised. Deterministic for a seed.",
                       epilog="strategies: random (independent lists around -Oz), hill (local search with restarts), "
                              "evo (evolutionary). All start from -Oz, -Oz twice, -O3/-Os before -Oz.\n\n"
                              "example:\n  llmopt tune prog.ll --budget 500 --strategy hill -o prog.opt.ll",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE", help=".ll or .bc files (- for stdin)")
    p.add_argument("--budget", type=positive_int, default=500, help="distinct pass lists to evaluate per module (500)")
    p.add_argument("--strategy", choices=["random", "hill", "evo"], default="hill", help="search strategy (hill)")
    p.add_argument("--seed", type=int, default=0, help="random seed; the same seed gives the same result (0)")
    p.add_argument("-j", "--jobs", type=positive_int, help="worker processes: over files when several are given "
                                                           "(default: all cores), over evaluations for one file (default: 1)")
    p.add_argument("--ray", metavar="ADDRESS", help="run the files on a Ray cluster (an address, 'auto', or 'local' "
                                                  "for an instance on this machine; needs llmcompiler[ray])")
    p.add_argument("-o", "--output", metavar="OUT", help="write the IR optimised by the best list (one FILE only; "
                                                        "atomically" + OUTPUT_HELP + ")")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode")
    p.add_argument("--timeout", type=positive_float, default=DEFAULT_TIMEOUT,
                   help="seconds per evaluation before it counts as hung (%(default)g)")
    p.add_argument("--no-prepare", action="store_true", help="take the input as is, even if it is -O0 IR")
    p.add_argument("--metric", choices=METRICS, default="instructions", help=METRIC_HELP)
    p.add_argument("--check-exec", action="store_true", help="for a program with main: the answer must run under "
                                                             "lli-22 with the same output as the input (slower)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_tune)

    p = sub.add_parser("suggest", help="the model's pass list for a module, verified, never worse than -Oz",
                       description="Ask the model for K candidate pass lists (distinct, best first), apply each "
                                   "with real LLVM 22, and answer with the one that beats -Oz by the most, "
                                   "else -Oz. Prints the pass list as an opt -passes= string.",
                       epilog="examples:\n  llmopt suggest examples/csv_parser.ll\n"
                              "  llmopt suggest prog.ll -k 16 -o prog.opt.ll --json | jq .reduction_vs_oz\n"
                              "  llmopt suggest prog.ll --model ~/llm-compiler-7b-ftd -k 1   # a published checkpoint\n\n"
                              "The default model is the one in models/default (trained by `llmopt train`). Modules "
                              "longer than its context are read from the start (the output says so); the "
                              "pass lists apply to the whole module either way.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", help=".ll or .bc file, or - for stdin")
    p.add_argument("-k", type=positive_int, default=DEFAULT_K,
                   help="candidates to ask the model for and verify (%(default)s); the default ranker chooses lists "
                        "beyond its first 8 in rounds of 2, from the counts the earlier ones measured")
    p.add_argument("--model", metavar="DIR", help="a model directory (default: the embedded models/default)")
    from llmcompiler.model.model import DECODINGS, FORMATS  # constants only: torch is imported on use

    p.add_argument("--prompt-format", choices=FORMATS,
                   help="prompt and answer format (default: detected from the model's config)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the optimised IR (atomically" + OUTPUT_HELP
                   + "; needs verification, so not with --no-verify)")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode")
    p.add_argument("--decoding", choices=DECODINGS,
                   help="ranker: the whole-module ranker (ranker.json) picks k lists of the catalogue that cover "
                        "each other on the most similar training modules (the default when the model has one; "
                        "reads every instruction, no torch); catalogue: the network ranks the lists of its "
                        "lists.json, each scored exactly (reads the start of each function); free: a beam search "
                        "over any list of known passes")
    p.add_argument("--metric", choices=METRICS, default="instructions", help=METRIC_HELP)
    p.add_argument("--deadline", type=positive_float, default=DEFAULT_DEADLINE, metavar="SECONDS",
                   help="bound on the whole call: candidates not verified by then are skipped and the answer is "
                        "the best verified so far, or -Oz (%(default)g)")
    p.add_argument("--no-verify", action="store_true", help="print the model's raw top-1 and predicted counts only")
    p.add_argument("--no-prepare", action="store_true", help="take the input as is, even if it is -O0 IR")
    p.add_argument("--timeout", type=positive_float, default=DEFAULT_TIMEOUT,
                   help="seconds per opt run before it counts as hung (%(default)g)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list every candidate")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--server", action="store_true",
                   help="ask the warm server (`llmopt serve`; started when none runs): the model stays loaded "
                        "between calls; when it cannot answer, one note and the answer is computed here")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("serve", help="keep the advisor warm for suggest --server, llmopt-opt and llmopt-cc",
                       description="Load the model once and answer advisor requests on a private Unix socket "
                                   "(this user only) until idle. Clients: `llmopt suggest --server`, and llmopt-opt "
                                   "and llmopt-cc with LLMOPT_SERVER=on (use it when it runs) or auto (start it).",
                       epilog="example:\n  llmopt serve --idle 600 &\n  LLMOPT_SERVER=on make -j8 CC=llmopt-cc",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--idle", type=positive_float, default=None, metavar="SECONDS",
                   help="exit after this long without a request (default: server.DEFAULT_IDLE, 300)")
    p.add_argument("--warm-metric", choices=METRICS, default="instructions",
                   help="start the LLVM workers for this metric before the first request (the wrappers, "
                        "which start the server themselves, ask for theirs: text by default)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("dataset", help="build and label the training data",
                       description="build: collect size-ready modules and their functions from the suites' "
                                   "splits, deduplicated (data/corpus.jsonl.gz). label: tune each training "
                                   "example and append its best list to data/labels.jsonl.gz (resumable: rerun "
                                   "to continue). refine: try the labels' most frequent best lists on every labelled "
                                   "example, keep one where it beats the label (the autotuner's small budget "
                                   "misses lists that win often) and record every list that beats -Oz there "
                                   "(what `llmopt train --targets wins` learns from). matrix: run every catalogue "
                                   "list on every train and validation module of the suites (data/matrix.jsonl.gz, "
                                   "resumable; what `llmopt train --ranker` learns from; after `grow`, only the new lists run). "
                                   "grow: add to a model's lists.json the lists of whole-module labels that beat "
                                   "every catalogue list on their module (by the matrix), greedily, most gain first. "
                                   "stats: what is there.",
                       epilog="recipe:\n  python benchmarks/csmith/generate.py --n 20\n"
                              "  sudo .venv/bin/python benchmarks/debian/build.py   # optional, needs root\n"
                              "  llmopt dataset build\n  nohup llmopt dataset label --budget 120 &\n"
                              "  llmopt dataset refine --lists 24\n  llmopt dataset refine --lists 64\n  llmopt dataset stats\n"
                              "the ranker's catalogue and matrix:\n"
                              "  llmopt dataset matrix --max-instructions 3000\n"
                              "  llmopt dataset build --no-functions --corpus /tmp/modules.jsonl.gz\n"
                              "  llmopt dataset label --corpus /tmp/modules.jsonl.gz --labels data/module-labels.jsonl.gz "
                              "--budget 500 --seed-lists catalogue\n"
                              "  llmopt dataset grow --labels data/module-labels.jsonl.gz --lists 64\n"
                              "  llmopt dataset matrix --max-instructions 3000   # measures the new lists\n"
                              "  llmopt train --ranker --out models/default",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["build", "label", "refine", "matrix", "grow", "stats"])
    p.add_argument("--corpus", help="corpus file (default: data/corpus.jsonl.gz)")
    p.add_argument("--matrix", help="matrix: output file (default: data/matrix.jsonl.gz)")
    p.add_argument("--model", help="matrix: the model directory whose lists.json is run; grow: whose lists.json grows "
                        "(default: models/default)")
    p.add_argument("--max-instructions", type=positive_int, default=20_000,
                   help="matrix: skip modules larger than this (20000)")
    p.add_argument("--labels", help="labels file (default: data/labels.jsonl.gz; grow: data/module-labels.jsonl.gz)")
    p.add_argument("--suite", action="append",
                   help="build: only these suites (programs, debian, csmith); matrix: (programs, programs_train, debian)")
    p.add_argument("--no-functions", action="store_true", help="build: whole modules only")
    p.add_argument("--budget", type=positive_int, default=120, help="label: autotuner evaluations per example (120)")
    p.add_argument("--split", action="append", choices=["train", "validation", "test"],
                   help="label: splits (train); matrix: (train and validation)")
    p.add_argument("--limit", type=positive_int, help="label: at most this many new examples")
    p.add_argument("--max-minutes", type=positive_float, help="label: stop after this long (resume later)")
    p.add_argument("--seed-lists", metavar="FILE|catalogue",
                   help="label: extra seed lists for the autotuner, run first (up to half the budget), best first: "
                        "'catalogue' (the default model's lists.json, most winning first by data/labels.jsonl.gz; "
                        "'catalogue:DIR' another model's), a labels .jsonl.gz (its most frequent best "
                        "lists), a .json list of lists, or a text file with one list per line (default: none)")
    p.add_argument("--ray", metavar="ADDRESS", help="label, matrix: run on a Ray cluster (an address, 'auto', or 'local' for "
                                                  "an instance on this machine; needs llmcompiler[ray])")
    p.add_argument("--lists", type=positive_int, help="refine: how many of the most frequent best lists (24); grow: at most this many new lists (64)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("-j", "--jobs", type=positive_int, help="worker processes (default: all cores)")
    p.add_argument("--json", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_dataset)

    p = sub.add_parser("train", help="train the model from scratch on the labelled data",
                       description="Train a small Llama-style decoder on the labelled examples (loss on the "
                                   "answer). Uses transformers.Trainer: the same command runs on GPUs, and "
                                   "under torchrun/accelerate launch on several. --resume continues from the last "
                                   "checkpoint in OUT/checkpoints.",
                       epilog="the shipped default:\n  llmopt train --out models/default\n",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    train, model = _config_defaults()  # TrainConfig's and ModelConfig's own defaults
    p.add_argument("--out", default=train["out"], help="model directory (%(default)s)")
    p.add_argument("--corpus", help="corpus file (default: data/corpus.jsonl.gz)")
    p.add_argument("--labels", help="labels file (default: data/labels.jsonl.gz)")
    p.add_argument("--epochs", type=positive_float, default=train["epochs"],
                   help="passes over the data (%(default)g: about 4 minutes on one H200, 3.7 hours on 2 CPU threads)")
    p.add_argument("--batch-size", type=positive_int, default=train["batch_size"], help="examples per step (%(default)s)")
    p.add_argument("--lr", type=positive_float, default=train["learning_rate"], help="learning rate (%(default)g)")
    p.add_argument("--hidden", type=positive_int, default=model["hidden_size"], help="hidden size (%(default)s)")
    p.add_argument("--layers", type=positive_int, default=model["num_layers"], help="decoder layers (%(default)s)")
    p.add_argument("--heads", type=positive_int, default=model["num_heads"], help="attention heads (%(default)s)")
    p.add_argument("--intermediate", type=positive_int, default=model["intermediate_size"], help="MLP width (%(default)s)")
    p.add_argument("--max-len", type=positive_int, default=model["max_len"], help="tokens of prompt + answer (%(default)s)")
    p.add_argument("--vocab-size", type=positive_int, default=train["vocab_size"], help="tokenizer vocabulary (%(default)s)")
    p.add_argument("--max-examples", type=positive_int, help="train on the first N examples only")
    p.add_argument("--oversample-improved", type=positive_int, default=train["oversample_improved"],
                   help="times an example whose label beats -Oz appears per epoch (%(default)s)")
    p.add_argument("--targets", choices=["wins", "best"], default=train["targets"],
                   help="the answer to learn: one of every list that beat -Oz on the example (recorded by "
                        "`dataset refine`), drawn per pass, weighted by what it saved (wins); or the label's best "
                        "list (%(default)s)")
    p.add_argument("--threads", type=positive_int, help="torch CPU threads")
    p.add_argument("--seed", type=int, default=train["seed"], help="random seed (%(default)s)")
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--ranker", action="store_true",
                   help="fit the whole-module ranker of OUT instead (numpy, seconds on a CPU) from the catalogue "
                        "matrix (`llmopt dataset matrix`): its settings chosen by 5-fold cross-validation on the "
                        "train and validation modules (--seed draws the folds); OUT's network is left alone")
    p.add_argument("--matrix", help="--ranker: the matrix file (default: data/matrix.jsonl.gz)")
    p.add_argument("--ranker-k", type=positive_int, default=8, help="--ranker: the k the settings are chosen for (8)")
    p.add_argument("--one-round", action="store_true",
                   help="--ranker: choose every list from the module's features at once; by default, beyond the "
                        "first k lists the ranker chooses in rounds from what earlier lists measured, when that "
                        "scores better at 2k in cross-validation")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("passes", help="list the pass vocabulary",
                       description="The LLVM 22 passes llmopt knows, their nesting level and whether they run in-process.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_passes)
    for sp in sub.choices.values():
        sp.set_defaults(_parser=sp)  # usage errors found after parsing name the command (see _usage_problem)
    return ap


def _usage_problem(args) -> str | None:
    """Option combinations argparse cannot express: a usage error (exit 2) before any work."""
    out = getattr(args, "output", None)
    if out == "-" and getattr(args, "json", False):
        return "--json and -o - would share stdout: write the IR to a file (-o FILE), or drop --json"
    if out and getattr(args, "no_verify", False):
        return "-o writes the verified answer: drop --no-verify"
    if out and len(getattr(args, "files", ())) > 1:
        return "-o takes one input file; tune several files without -o, or one at a time"
    return None


class _Interrupt:
    """Ctrl-C, made dependable. SIGINT in the command's process sets ``seen`` and raises
    KeyboardInterrupt; should a library swallow the exception (one raised inside a ``__del__`` is only
    printed), ``seen`` still ends the command with 130 before it writes any output. Processes forked
    from it (tune's worker pools) ignore SIGINT: their parent stops them, so they print no tracebacks."""

    seen = False
    pid = 0

    @classmethod
    def _handler(cls, signum, frame) -> None:
        if os.getpid() != cls.pid:  # a forked worker
            return
        cls.seen = True
        raise KeyboardInterrupt

    @classmethod
    def install(cls):
        """Take SIGINT (main thread only); returns the function that puts the previous state back.
        An ignored SIGINT stays ignored (``cmd &`` in a script, nohup), as the wrappers keep it."""
        cls.seen, cls.pid = False, os.getpid()
        if threading.current_thread() is not threading.main_thread() or signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
            return lambda: None
        previous, hook = signal.signal(signal.SIGINT, cls._handler), sys.unraisablehook

        def unraisable(u) -> None:  # Ctrl-C inside a __del__: counted by ``seen``, not printed
            if not isinstance(u.exc_value, KeyboardInterrupt):
                hook(u)

        sys.unraisablehook = unraisable

        def restore() -> None:
            signal.signal(signal.SIGINT, previous)
            sys.unraisablehook = hook

        return restore


def _os_error(e: OSError) -> str:
    what = e.strerror or str(e)
    return one_line(f"{e.filename}: {what}" if e.filename else what)


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    problem = _usage_problem(args)
    if problem:
        args._parser.error(problem)  # exits 2 with the command's usage
    try:
        if getattr(args, "output", None):
            check_output(args.output)
        return args.func(args)
    except LlmoptError as e:
        print(f"llmopt: error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `llmopt ... | head`: the reader has what it wanted
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        except (OSError, ValueError):
            pass
        return 0
    except OSError as e:  # the system said no: writing the output (a full disk), starting a tool
        print(f"llmopt: error: {_os_error(e)}", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit status is described in the module docstring."""
    restore = _Interrupt.install()
    try:
        code = _run(argv)
    except KeyboardInterrupt:
        code = 130
    except BaseException:
        if not _Interrupt.seen:
            raise
        code = 130  # the interrupt, wrapped by the code it hit (an import: "Error calling __set_name__")
    finally:
        restore()
    if code == 130 or _Interrupt.seen:
        print("llmopt: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
