"""Text reports of the commands: tables and summary lines, built from the tools' results.

The CLI parses, dispatches and prints what these return; the suggestion's own report is
:meth:`llmcompiler.tools.advisor.Suggestion.report`. Nothing here runs LLVM or imports it, so the
CLI can import this module at start-up.

    >>> print(table([["crc32.ll", 158, pct(0.0405)]], ["file", "instructions", "vs -Oz"]))
    file      instructions  vs -Oz
    --------  ------------  ------
    crc32.ll           158  +4.05%
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llmcompiler.llvm.harness import Result
    from llmcompiler.llvm.passes import Vocabulary


def table(rows: list[list], header: list[str]) -> str:
    """Rows under a header, columns padded; numeric columns right-aligned."""
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    right = [all(_numeric(r[i]) for r in cells[1:]) for i in range(len(header))]

    def fmt(r):
        return "  ".join(c.rjust(w) if rt else c.ljust(w) for c, w, rt in zip(r, widths, right)).rstrip()

    return "\n".join([fmt(cells[0]), fmt(["-" * w for w in widths])] + [fmt(r) for r in cells[1:]])


def _numeric(s: str) -> bool:
    return s.replace(".", "", 1).replace("%", "").replace("-", "", 1).replace("+", "", 1).isdigit() or s == "-"


def pct(x: float | None) -> str:
    """A reduction as a signed percentage (``+4.05%``); ``-`` for none."""
    return "-" if x is None else f"{100 * x:+.2f}%"


# ---------------------------------------------------------------------------------------------


def format_count(records: list[dict], per_function: bool = False, text_size: bool = False) -> str:
    """``llmopt count``: one row per file (records as the command's JSON), then each file's functions."""
    header = ["file", "instructions", "functions", "size-ready", "hash"] + (["text bytes"] if text_size else [])
    rows = [[r["file"], r["instructions"], len(r["functions"]), "yes" if r["size_ready"] else "no", r["hash"]]
            + ([r["text_bytes"]] if text_size else []) for r in records]
    out = [table(rows, header)]
    if per_function:
        for r in records:
            out.append(f"\n{r['file']}")
            out.append(table([[f, n] for f, n in r["functions"].items()], ["function", "instructions"]))
    return "\n".join(out)


UNITS = {"instructions": "instructions", "text": "text bytes"}  # the harness's metrics, as a table says them


def format_eval(r: Result) -> str:
    """``llmopt eval``: every candidate against -Oz, the nested pipelines, and the answer."""
    rows = [["(input)", "", r.count_before, "", ""], ["-Oz", "opt-22", r.count_oz, pct(0.0), "baseline"]]
    for i, c in enumerate(r.candidates, 1):
        rows.append([f"#{i}", c.backend or "-", "-" if c.count is None else c.count,
                     "-" if c.count is None else pct((r.count_oz - c.count) / max(r.count_oz, 1)),
                     c.status + (f": {c.error}" if c.error else "")])
    unit = UNITS[r.metric]
    out = [f"{r.name}  ({r.ir_hash})", table(rows, ["candidate", "backend", unit, "vs -Oz", "status"])]
    out += [f"  #{i}: -passes='{c.pipeline}'" for i, c in enumerate(r.candidates, 1) if c.pipeline]
    which = "-Oz (fallback: no candidate beat it)" if r.chosen is None else f"candidate #{r.chosen + 1}"
    out.append(f"chosen: {which}: {r.best_count} {unit}, {pct(r.reduction_vs_oz)} vs -Oz; "
               f"{r.compilations} compilations, {r.seconds * 1000:.0f} ms")
    if r.chosen is None:
        out.append("  clang-22 -Oz, i.e. opt-22 default<Oz> plus the SLP vectorizer (full string: --json)")
    else:
        out.append(f"  opt-22 -passes='{r.best_pipeline}'")
    return "\n".join(out)


def format_prepared(output: str, changed: bool, count: int) -> str:
    """``llmopt prepare``: what happened to the input."""
    return f"{output}: {'made size-ready' if changed else 'already size-ready, unchanged'} ({count} instructions)"


def format_tune(results: list[dict]) -> str:
    """``llmopt tune``: one row per module (``TuneResult.to_dict()``, or ``{name, error}``), then each
    module's answer. The errors themselves are the caller's to report."""
    rows = []
    for r in results:
        if "error" in r:
            rows.append([r["name"], "-", "-", "-", "error", "-", "-", "-", "-", "-"])
            continue
        rows.append([r["name"], r["count_before"], r["count_oz"], r["best_count"], pct(r["reduction_vs_oz"]),
                     r["evaluations"], r["minimize_evaluations"], r["failures"], f"{r['seconds']:.1f}",
                     f"{r['evaluations_per_second']:.0f}"])
    metric = next((r["metric"] for r in results if "metric" in r), "instructions")
    out = ([] if metric == "instructions" else [f"counts in {UNITS[metric]}"]) + [
        table(rows, ["module", "input", "-Oz", "best", "vs -Oz", "evals", "minimise", "failed", "seconds", "evals/s"])]
    for r in results:
        if "error" not in r:
            out.append(f"{r['name']}: opt-22 -passes='{r['pipeline']}'" if not r["fallback_to_oz"]
                       else f"{r['name']}: -Oz (nothing beat it)")
    return "\n".join(out)


def format_train(res: dict, out: str) -> str:
    """``llmopt train``: the one-line summary."""
    return (f"trained {res['parameters']:,} parameters on {res['examples']} examples in {res['seconds']:.0f} s: "
            f"loss {res['first_loss']:.3f} -> {res['final_loss']:.3f}; model in {out}/")


def pass_records(vocab: Vocabulary) -> list[dict]:
    """``llmopt passes --json``: the vocabulary's items."""
    return [{"name": i.name, "level": i.level, "params": list(i.params), "in_process": bool(i.llvmlite),
             "pipeline": i.pipeline} for i in vocab.infos.values()]


def format_passes(vocab: Vocabulary) -> str:
    """``llmopt passes``: the vocabulary as a table, and its aliases."""
    infos = list(vocab.infos.values())
    rows = [[i.name, i.level, "yes" if i.llvmlite else "no"] for i in infos]
    return (table(rows, ["pass", "level", "in-process"]) + f"\n\n{len(infos)} items for LLVM {vocab.llvm_major}; "
            + "aliases: " + ", ".join(f"{a}->{c}" for a, c in sorted(vocab.aliases.items())))
