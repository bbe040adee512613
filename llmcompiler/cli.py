"""The ``llmopt`` command line: argument parsing and dispatch only; the logic lives in the modules.

    llmopt count FILE...                       instructions per module (and per function)
    llmopt eval FILE --passes '...' [-o OUT]   a pass list against -Oz, verified
    llmopt prepare FILE -o OUT                 clang -O0 IR -> size-ready IR
    llmopt tune FILE [--budget N] [-o OUT]     the autotuner
    llmopt bench --suite S --method M...       methods over a benchmark suite
    llmopt passes                              the pass vocabulary
    llmopt suggest FILE [-k K] [-o OUT]        the model's verified advice (the main command)
    llmopt dataset build|label|refine|stats    training data from the suites, labelled by the autotuner
    llmopt train [--out DIR]                   train the model from scratch
"""

from __future__ import annotations

import argparse
import json
import sys

from llmcompiler import __version__
from llmcompiler.errors import LlmoptError

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


def _table(rows: list[list], header: list[str]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    right = [all(_numeric(r[i]) for r in cells[1:]) for i in range(len(header))]

    def fmt(r):
        return "  ".join(c.rjust(w) if rt else c.ljust(w) for c, w, rt in zip(r, widths, right)).rstrip()

    return "\n".join([fmt(cells[0]), fmt(["-" * w for w in widths])] + [fmt(r) for r in cells[1:]])


def _numeric(s: str) -> bool:
    return s.replace(".", "", 1).replace("%", "").replace("-", "", 1).replace("+", "", 1).isdigit() or s == "-"


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:+.2f}%"


# ---------------------------------------------------------------------------------------------


def cmd_count(args) -> int:
    from llmcompiler.llvm import ir

    out = []
    for path in args.files:
        m = ir.load(path)
        if args.prepare:
            m = ir.prepare(m)
        rec = {"file": str(path), "instructions": m.count, "functions": m.function_counts(), "hash": m.hash,
               "size_ready": ir.is_size_ready(m.text)}
        if args.text_size:
            rec["text_bytes"] = ir.text_size(m)
        out.append(rec)
    if args.json:
        print(json.dumps(out if len(out) != 1 else out[0], indent=1))
        return 0
    header = ["file", "instructions", "functions", "size-ready", "hash"] + (["text bytes"] if args.text_size else [])
    rows = [[r["file"], r["instructions"], len(r["functions"]), "yes" if r["size_ready"] else "no", r["hash"]]
            + ([r["text_bytes"]] if args.text_size else []) for r in out]
    print(_table(rows, header))
    if args.per_function:
        for r in out:
            print(f"\n{r['file']}")
            print(_table([[f, n] for f, n in r["functions"].items()], ["function", "instructions"]))
    return 0


def cmd_eval(args) -> int:
    from llmcompiler.llvm import harness, ir

    m = ir.load(args.file)
    note = None
    if not args.no_prepare:
        p = ir.prepare(m)
        if p is not m:
            note = "input was not size-ready: added minsize/optsize and removed optnone (see llmopt prepare --help)"
        m = p
    h = harness.Harness(timeout=args.timeout, fast_path="off" if args.opt_only else "auto")
    r = h.evaluate(m, args.passes, keep_text=bool(args.output))
    if args.output:
        ir.save(ir.IR(r.best_text, m.name), args.output, bitcode=args.emit_bc or None)
    if args.json:
        d = r.to_dict()
        d["note"] = note
        print(json.dumps(d, indent=1))
        return 0
    if note:
        print(f"note: {note}", file=sys.stderr)
    rows = [["(input)", "", r.count_before, "", ""], ["-Oz", "opt-22", r.count_oz, _pct(0.0), "baseline"]]
    for i, c in enumerate(r.candidates, 1):
        rows.append([f"#{i}", c.backend or "-", "-" if c.count is None else c.count,
                     "-" if c.count is None else _pct((r.count_oz - c.count) / max(r.count_oz, 1)),
                     c.status + (f": {c.error}" if c.error else "")])
    print(f"{m.name}  ({m.hash})")
    print(_table(rows, ["candidate", "backend", "instructions", "vs -Oz", "status"]))
    for i, c in enumerate(r.candidates, 1):
        if c.pipeline:
            print(f"  #{i}: -passes='{c.pipeline}'")
    which = "-Oz (fallback: no candidate beat it)" if r.chosen is None else f"candidate #{r.chosen + 1}"
    print(f"chosen: {which}: {r.best_count} instructions, {_pct(r.reduction_vs_oz)} vs -Oz; "
          f"{r.compilations} compilations, {r.seconds * 1000:.0f} ms")
    if r.chosen is None:
        print("  clang-22 -Oz, i.e. opt-22 default<Oz> plus the SLP vectorizer (full string: --json)")
    else:
        print(f"  opt-22 -passes='{r.best_pipeline}'")
    if args.output:
        print(f"wrote {args.output}")
    return 0


def cmd_prepare(args) -> int:
    from llmcompiler.llvm import ir

    m = ir.load(args.file)
    p = ir.prepare(m)
    ir.save(p, args.output, bitcode=args.emit_bc or None)
    if args.output != "-":
        print(f"{args.output}: {'already size-ready, unchanged' if p is m else 'made size-ready'} "
              f"({p.count} instructions)", file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    from llmcompiler.tools import bench

    res = bench.run(args.suite, args.method, split=args.split, jobs=args.jobs, execute=args.execute,
                    out_dir=args.out, fresh=args.fresh, timeout=args.timeout, progress=not args.json,
                    limit=args.sample)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    rows = res["rows"]
    if args.per_module:
        header = ["module", "split", "-O0", "-Oz"] + [m[:28] for m in args.method]
        table = []
        for r in rows:
            if "error" in r:
                table.append([r["name"], r["split"], "-", "-"] + ["error"] * len(args.method))
                continue
            cells = []
            for m in args.method:
                rec = r["methods"][m]
                flag = " MISCOMPILE" if rec["miscompile"] else ""
                cells.append(f"{rec['count']} ({_pct(bench.reduction(r['count_oz'], rec['count']))}){flag}")
            table.append([r["name"], r["split"], r["count_o0"], r["count_oz"]] + cells)
        print(_table(table, header))
        print()
    srows = []
    for m, s in res["summary"].items():
        raw = s["raw_geomean_reduction_vs_oz"]
        srows.append([m[:60], s["modules"], _pct(s["geomean_reduction_vs_oz"]), _pct(raw),
                      f"{s['improved']}/{s['tied']}/{s['regressed']}", s["raw_regressed"], s["failures"],
                      s["miscompiles"], s["compilations"], f"{s['seconds']:.1f}"])
    print(_table(srows, ["method", "modules", "geomean vs -Oz", "raw lists", "better/tied/worse", "raw worse",
                         "failed", "miscompiled", "compilations", "seconds"]))
    mrows = []
    for m, s in res["summary"].items():
        if "answers" not in s:
            continue
        mrows.append([m[:40], f"{s['valid_answers']}/{s['answers']}", _pct(s["top1_geomean_reduction_vs_oz"]),
                      _pct(s["mape_before"]), _pct(s["mape_after"]), s["truncated_prompts"], f"{s['model_seconds']:.1f}", f"{s['verify_seconds']:.1f}"])
    if mrows:
        print()
        print(_table(mrows, ["model method", "valid answers", "top-1 raw vs -Oz", "MAPE before", "MAPE after",
                             "truncated", "model s", "verify s"]))
    errors = [r for r in rows if "error" in r]
    for r in errors:
        print(f"error: {r['name']}: {r['error']}", file=sys.stderr)
    resumed = f" ({res['resumed_modules']} resumed)" if res["resumed_modules"] else ""
    print(f"{len(rows)} modules, {res['jobs']} jobs, {res['wall_seconds']:.1f} s wall{resumed}; "
          f"results in {res['out_dir']}/ (summary.json, results.csv, reduction.png)")
    return 1 if errors else 0


def cmd_tune(args) -> int:
    from llmcompiler.llvm import ir, search

    if args.output and len(args.files) > 1:
        raise LlmoptError("-o takes one input file; tune several files without -o, or one at a time")
    modules = []
    for path in args.files:
        m = ir.load(path)
        modules.append(m if args.no_prepare else ir.prepare(m))
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

        h = Harness(timeout=args.timeout)  # shared with the search: -o reuses its baseline and counts
        r = search.tune(modules[0], budget=args.budget, strategy=args.strategy, seed=args.seed, jobs=args.jobs or 1,
                        timeout=args.timeout, progress=progress, check_exec=args.check_exec, harness=h)
        if bar is not None:
            bar.close()
        results = [r.to_dict()]
        if args.output:
            text = h.evaluate(modules[0], [r.best] if r.best is not None else [], keep_text=True).best_text
            ir.save(ir.IR(text, modules[0].name), args.output, bitcode=args.emit_bc or None)
    else:
        bar = None
        if show:
            from tqdm import tqdm

            bar = tqdm(total=len(modules), desc="tune", unit="module")
        results = search.tune_many(modules, budget=args.budget, strategy=args.strategy, seed=args.seed,
                                   jobs=args.jobs, ray_address=args.ray, timeout=args.timeout, check_exec=args.check_exec,
                                   progress=(lambda done, total: bar.update(done - bar.n)) if bar else None)
        if bar is not None:
            bar.close()
    if args.json:
        print(json.dumps(results[0] if len(results) == 1 else results, indent=1))
        return 0
    rows = []
    for r in results:
        if "error" in r:
            rows.append([r["name"], "-", "-", "-", "error", "-", "-", "-", "-", "-"])
            continue
        rows.append([r["name"], r["count_before"], r["count_oz"], r["best_count"], _pct(r["reduction_vs_oz"]),
                     r["evaluations"], r["minimize_evaluations"], r["failures"], f"{r['seconds']:.1f}",
                     f"{r['evaluations_per_second']:.0f}"])
    print(_table(rows, ["module", "input", "-Oz", "best", "vs -Oz", "evals", "minimise", "failed", "seconds", "evals/s"]))
    for r in results:
        if "error" in r:
            print(f"error: {r['name']}: {r['error']}", file=sys.stderr)
        else:
            print(f"{r['name']}: opt-22 -passes='{r['pipeline']}'" if not r["fallback_to_oz"]
                  else f"{r['name']}: -Oz (nothing beat it)")
    if args.output:
        print(f"wrote {args.output}")
    return 1 if any("error" in r for r in results) else 0


def cmd_suggest(args) -> int:
    from llmcompiler.llvm import ir
    from llmcompiler.tools.advisor import suggest

    mod = ir.load(args.file)
    s = suggest(mod, k=args.k, model=args.model, verify=not args.no_verify, prepare=not args.no_prepare,
                keep_output=bool(args.output), prompt_format=args.prompt_format, timeout=args.timeout,
                decoding=args.decoding)
    if args.output:
        if s.output is None:
            raise LlmoptError("-o needs verification (drop --no-verify)")
        ir.save(s.output, args.output, bitcode=args.emit_bc or None)
    if args.json:
        print(json.dumps(s.to_dict(), indent=1))
        return 0
    for note in s.notes:
        print(f"note: {note}", file=sys.stderr)
    pred = lambda x: "?" if x is None else str(x)  # noqa: E731
    if args.no_verify:
        print(f"{s.name}: model top-1 (not verified): opt-22 -passes='{s.pipeline}'" if not s.fallback
              else f"{s.name}: {s.reason}")
        print(f"  predicted instructions: before {pred(s.predicted_before)} (actual {s.count_before}), "
              f"after {pred(s.predicted_after)}")
        print(f"  model {s.model_seconds:.2f} s")
        return 0
    if args.verbose:
        rows = [[i + 1, c.pipeline or f"(invalid: {c.error})", pred(c.predicted_after), pred(c.measured), c.status]
                for i, c in enumerate(s.candidates)]
        print(_table(rows, ["#", "candidate", "predicted", "measured", "vs -Oz"]))
        print()
    if s.fallback:
        print(f"{s.name}: -Oz ({s.reason})")
    else:
        print(f"{s.name}: opt-22 -passes='{s.pipeline}'")
    print(f"  instructions: input {s.count_before} (predicted {pred(s.predicted_before)}), -Oz {s.count_oz}, "
          f"answer {s.count} (predicted {pred(s.predicted_after)}): {_pct(s.reduction_vs_oz)} vs -Oz")
    print(f"  {len(s.candidates)} candidates, {s.compilations} compilations, model {s.model_seconds:.2f} s, "
          f"verification {s.verify_seconds:.2f} s")
    if args.output:
        print(f"wrote {args.output}")
    return 0


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

    show = not args.json and sys.stderr.isatty()
    if args.action == "build":
        opts = dataset.BuildOptions(suites=tuple(args.suite or dataset.SUITES), functions=not args.no_functions)
        with _Progress("modules", "module", show) as progress:
            res = dataset.build(args.corpus, opts, jobs=args.jobs, progress=progress)
    elif args.action == "label":
        with _Progress("label", "example", show) as progress:
            res = dataset.label(args.corpus, args.labels, budget=args.budget, splits=tuple(args.split or ["train"]),
                                limit=args.limit, jobs=args.jobs, seed=args.seed, progress=progress,
                                max_seconds=args.max_minutes * 60 if args.max_minutes else None)
    elif args.action == "refine":
        with _Progress("refine", "example", show) as progress:
            res = dataset.refine(args.corpus, args.labels, lists=args.lists, jobs=args.jobs, progress=progress)
    else:
        res = {"corpus": dataset.stats(dataset.read_jsonl(args.corpus)), "labels": dataset.label_stats(args.labels)}
    print(json.dumps(res, indent=1))
    return 0


def cmd_train(args) -> int:
    from llmcompiler.model.model import ModelConfig
    from llmcompiler.model.train import TrainConfig, train

    cfg = TrainConfig(
        out=args.out, model=ModelConfig(hidden_size=args.hidden, num_layers=args.layers, num_heads=args.heads,
                                        intermediate_size=args.intermediate, max_len=args.max_len),
        vocab_size=args.vocab_size, epochs=args.epochs, batch_size=args.batch_size, learning_rate=args.lr,
        seed=args.seed, max_examples=args.max_examples, oversample_improved=args.oversample_improved,
        corpus=args.corpus, labels=args.labels, threads=args.threads, targets=args.targets,
    )
    res = train(cfg, resume=args.resume, progress=not args.json)
    res.pop("log")
    if args.json:
        print(json.dumps(res, indent=1))
    else:
        print(f"trained {res['parameters']:,} parameters on {res['examples']} examples in {res['seconds']:.0f} s: "
              f"loss {res['first_loss']:.3f} -> {res['final_loss']:.3f}; model in {args.out}/")
    return 0


def cmd_passes(args) -> int:
    from llmcompiler.llvm.passes import default_vocabulary

    v = default_vocabulary()
    infos = list(v.infos.values())
    if args.json:
        print(json.dumps([{"name": i.name, "level": i.level, "params": list(i.params), "in_process": bool(i.llvmlite),
                           "pipeline": i.pipeline} for i in infos], indent=1))
        return 0
    rows = [[i.name, i.level, "yes" if i.llvmlite else "no"] for i in infos]
    print(_table(rows, ["pass", "level", "in-process"]))
    print(f"\n{len(infos)} items for LLVM {v.llvm_major}; aliases: "
          + ", ".join(f"{a}->{c}" for a, c in sorted(v.aliases.items())))
    return 0


# ---------------------------------------------------------------------------------------------


def _data(name: str):
    from llmcompiler.model import dataset

    return getattr(dataset, name)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="llmopt",
        description="An LLM-driven advisor for LLVM's opt: pass lists that make code smaller than -Oz, "
                    "verified with real LLVM 22 and never worse than -Oz.",
    )
    ap.add_argument("--version", action="version", version=f"llmopt {__version__}")
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
    p.add_argument("-o", "--output", metavar="OUT", help="write the IR of the answer (atomically; - for stdout)")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode (default: by the -o suffix, .bc or text)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per opt run before it counts as hung (60)")
    p.add_argument("--opt-only", action="store_true", help="never use the in-process llvmlite fast path")
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

    p = sub.add_parser("bench", help="run methods over a benchmark suite, per module and as a geomean",
                       description="Run methods over a suite and report, per module and as a geomean, how far "
                                   "below -Oz each gets. Resumable: rerun the same command to continue.",
                       epilog="methods:\n  oz               the -Oz baseline itself (geomean exactly 1.0)\n"
                              "  list:PIPELINE    one pass list for every module, e.g. 'list:iroutliner,default<Oz>'\n"
                              "  passes:FILE      pass lists from FILE, one per line; the best verified one counts\n"
                              "  ir:DIR           an external optimizer's output, DIR/<module>.ll\n"
                              "  tune@N[:STRAT]   the autotuner, N evaluations per module (hill, random or evo)\n"
                              "  model@K[:DIR]    the model's K candidates, verified (default model: models/default)\n"
                              "  model-free@K[:DIR]  the same, a beam search not held to the model's list catalogue\n"
                              "  coreset@K        the K most frequent best lists of the training labels, verified\n\n"
                              "example:\n  llmopt bench --suite programs --split test --method oz "
                              "--method 'list:iroutliner,default<Oz>' --execute",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--suite", default="programs", help="suite name (benchmarks/<suite>/manifest.json) or a directory of .ll")
    p.add_argument("--split", choices=["train", "validation", "test"], help="only this split of the suite")
    p.add_argument("--method", action="append", required=True, metavar="METHOD", help="a method (repeatable)")
    p.add_argument("--sample", type=int, metavar="N", help="only N modules, evenly spaced over the suite (deterministic)")
    p.add_argument("-j", "--jobs", type=int, help="parallel workers (default: all cores)")
    p.add_argument("--execute", action="store_true", help="run -O0 and optimized IR with lli-22 and flag miscompiles")
    p.add_argument("--out", metavar="DIR", help="results folder (default: benchmarks/results/<suite>[-<split>])")
    p.add_argument("--fresh", action="store_true", help="discard earlier results in the folder instead of resuming")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per opt run (60)")
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
    p.add_argument("--budget", type=int, default=500, help="distinct pass lists to evaluate per module (500)")
    p.add_argument("--strategy", choices=["random", "hill", "evo"], default="hill", help="search strategy (hill)")
    p.add_argument("--seed", type=int, default=0, help="random seed; the same seed gives the same result (0)")
    p.add_argument("-j", "--jobs", type=int, help="worker processes: over files when several are given (default: "
                                                  "all cores), over evaluations for one file (default: 1)")
    p.add_argument("--ray", metavar="ADDRESS", help="run the files on a Ray cluster (an address, 'auto', or 'local' "
                                                  "for an instance on this machine; needs llmcompiler[ray])")
    p.add_argument("-o", "--output", metavar="OUT", help="write the IR optimised by the best list (atomically)")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per evaluation before it counts as hung (60)")
    p.add_argument("--no-prepare", action="store_true", help="take the input as is, even if it is -O0 IR")
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
    p.add_argument("-k", type=int, default=8, help="candidates to ask the model for and verify (8)")
    p.add_argument("--model", metavar="DIR", help="a model directory (default: the embedded models/default)")
    p.add_argument("--prompt-format", choices=["llmopt", "llm-compiler-ftd"],
                   help="prompt and answer format (default: detected from the model's config)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the optimised IR (atomically; - for stdout)")
    p.add_argument("--emit-bc", action="store_true", help="write bitcode")
    p.add_argument("--decoding", choices=["catalogue", "free"],
                   help="catalogue: the model ranks the lists of its lists.json, each scored exactly (the "
                        "default when the model has one); free: a beam search over any list of known passes")
    p.add_argument("--no-verify", action="store_true", help="print the model's raw top-1 and predicted counts only")
    p.add_argument("--no-prepare", action="store_true", help="take the input as is, even if it is -O0 IR")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per opt run before it counts as hung (60)")
    p.add_argument("-v", "--verbose", action="store_true", help="also list every candidate")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("dataset", help="build and label the training data",
                       description="build: collect size-ready modules and their functions from the suites' "
                                   "splits, deduplicated (data/corpus.jsonl.gz). label: tune each training "
                                   "example and append its best list to data/labels.jsonl.gz (resumable: rerun "
                                   "to continue). refine: try the labels' most frequent best lists on every labelled "
                                   "example, keep one where it beats the label (the autotuner's small budget "
                                   "misses lists that win often) and record every list that beats -Oz there "
                                   "(what `llmopt train --targets wins` learns from). stats: what is there.",
                       epilog="recipe:\n  python benchmarks/csmith/generate.py --n 20\n"
                              "  sudo .venv/bin/python benchmarks/debian/build.py   # optional, needs root\n"
                              "  llmopt dataset build\n  nohup llmopt dataset label --budget 120 &\n"
                              "  llmopt dataset refine --lists 24\n  llmopt dataset refine --lists 64\n  llmopt dataset stats",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["build", "label", "refine", "stats"])
    p.add_argument("--corpus", default=str(_data("CORPUS")), help="corpus file (data/corpus.jsonl.gz)")
    p.add_argument("--labels", default=str(_data("LABELS")), help="labels file (data/labels.jsonl.gz)")
    p.add_argument("--suite", action="append", help="build: only these suites (programs, debian, csmith)")
    p.add_argument("--no-functions", action="store_true", help="build: whole modules only")
    p.add_argument("--budget", type=int, default=120, help="label: autotuner evaluations per example (120)")
    p.add_argument("--split", action="append", choices=["train", "validation", "test"], help="label: splits (train)")
    p.add_argument("--limit", type=int, help="label: at most this many new examples")
    p.add_argument("--max-minutes", type=float, help="label: stop after this long (resume later)")
    p.add_argument("--lists", type=int, default=24, help="refine: how many of the most frequent best lists (24)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("-j", "--jobs", type=int, help="worker processes (default: all cores)")
    p.add_argument("--json", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_dataset)

    p = sub.add_parser("train", help="train the model from scratch on the labelled data",
                       description="Train a small Llama-style decoder on the labelled examples (loss on the "
                                   "answer). Uses transformers.Trainer: the same command runs on GPUs, and "
                                   "under torchrun/accelerate launch on several. --resume continues from the last "
                                   "checkpoint in OUT/checkpoints.",
                       epilog="the shipped default:\n  llmopt train --out models/default\n",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="models/default", help="model directory (models/default)")
    p.add_argument("--corpus", help="corpus file (data/corpus.jsonl.gz)")
    p.add_argument("--labels", help="labels file (data/labels.jsonl.gz)")
    p.add_argument("--epochs", type=float, default=6.0,
                   help="passes over the data (6: about 4 minutes on one H200, 3.7 hours on 2 CPU threads)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--hidden", type=int, default=256)
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--heads", type=int, default=8)
    p.add_argument("--intermediate", type=int, default=704)
    p.add_argument("--max-len", type=int, default=768, help="tokens of prompt + answer (768)")
    p.add_argument("--vocab-size", type=int, default=4096)
    p.add_argument("--max-examples", type=int)
    p.add_argument("--oversample-improved", type=int, default=2,
                   help="times an example whose label beats -Oz appears per epoch (2)")
    p.add_argument("--targets", choices=["wins", "best"], default="wins",
                   help="the answer to learn: one of every list that beat -Oz on the example (recorded by "
                        "`dataset refine`), drawn per pass, weighted by what it saved (wins); or the label's best list")
    p.add_argument("--threads", type=int, help="torch CPU threads")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("passes", help="list the pass vocabulary",
                       description="The LLVM 22 passes llmopt knows, their nesting level and whether they run in-process.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_passes)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except LlmoptError as e:
        print(f"llmopt: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("llmopt: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
