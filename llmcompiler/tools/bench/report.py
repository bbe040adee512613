"""Reporting a run: the summary per method, the model methods' stats, the CSV, the plot and the text
tables that ``llmopt bench`` prints (laid out by :mod:`llmcompiler.tools.report`'s ``table``)."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import NamedTuple

from llmcompiler.metrics import geomean_ratio, reduction
from llmcompiler.tools.report import pct, table


def summarize(rows: list[dict], methods: list[str]) -> dict:
    """Per method: geomean vs -Oz (with fallback, and of the raw lists), improved/tied/regressed."""
    good = [r for r in rows if "error" not in r]
    out = {}
    for meth in methods:
        recs = [(r, r["methods"][meth]) for r in good if meth in r["methods"]]
        pairs = [(r["count_oz"], rec["count"]) for r, rec in recs]
        raw_pairs = [(r["count_oz"], rec["raw_count"]) for r, rec in recs if rec["raw_count"] is not None]
        out[meth] = {
            "modules": len(recs),
            "geomean_ratio_vs_oz": geomean_ratio(pairs),
            "geomean_reduction_vs_oz": 1 - geomean_ratio(pairs),
            "raw_geomean_reduction_vs_oz": 1 - geomean_ratio(raw_pairs) if raw_pairs else None,
            "improved": sum(c < oz for oz, c in pairs),
            "tied": sum(c == oz for oz, c in pairs),
            "regressed": sum(c > oz for oz, c in pairs),
            "raw_regressed": sum(c > oz for oz, c in raw_pairs),
            "failures": sum(rec["failures"] for _, rec in recs),
            "miscompiles": sum(rec["miscompile"] for _, rec in recs),
            "compilations": sum(rec["compilations"] for _, rec in recs),
            "seconds": round(sum(rec["seconds"] for _, rec in recs), 3),
        }
        if any("answers" in rec for _, rec in recs):  # model methods: answer quality and count prediction
            out[meth].update(model_stats(recs))
    return out


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{1000 * seconds:.0f}"


def model_stats(recs: list[tuple[dict, dict]]) -> dict:
    """A model method's answer quality and count prediction over its (row, record) pairs."""
    def mape(pairs):
        pairs = [(a, p) for a, p in pairs if a and p is not None]
        return sum(abs(p - a) / a for a, p in pairs) / len(pairs) if pairs else None

    top1 = [(r["count_oz"], rec["top1_count"]) for r, rec in recs if rec.get("top1_count") is not None]
    model_seconds = sum(rec["model_seconds"] for _, rec in recs)
    return {
        "answers": sum(rec["answers"] for _, rec in recs),
        "valid_answers": sum(rec["valid"] for _, rec in recs),
        "top1_valid": sum(rec.get("top1_count") is not None for _, rec in recs),
        "top1_geomean_reduction_vs_oz": 1 - geomean_ratio(top1) if top1 else None,
        "mape_before": mape([(r["count_o0"], rec.get("predicted_before")) for r, rec in recs]),
        "mape_after": mape([(rec.get("top1_count"), rec.get("predicted_after")) for _, rec in recs]),
        # the answer's predicted count after its list, against what the list measured (when not -Oz)
        "mape_after_chosen": mape([(rec.get("chosen_measured"), rec.get("chosen_predicted_after")) for _, rec in recs]),
        "model_seconds": round(model_seconds, 3),
        "model_seconds_per_module": round(model_seconds / len(recs), 4) if recs else None,
        "verify_seconds": round(sum(rec["verify_seconds"] for _, rec in recs), 3),
        "truncated_prompts": sum(bool(rec.get("notes")) for _, rec in recs),
    }


def write_csv(path: Path, rows: list[dict], methods: list[str]) -> None:
    """One line per module and method (atomically)."""
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["module", "split", "count_o0", "count_oz", "method", "count", "raw_count", "reduction_vs_oz",
                    "fallback", "failures", "miscompile", "compilations", "seconds", "error"])
        for r in rows:
            for meth in methods:
                rec = r["methods"].get(meth)
                if rec is None:
                    w.writerow([r["name"], r["split"], "", "", meth, "", "", "", "", "", "", "", "", r.get("error", "")])
                    continue
                w.writerow([r["name"], r["split"], r["count_o0"], r["count_oz"], meth, rec["count"], rec["raw_count"],
                            f"{reduction(r['count_oz'], rec['count']):.6f}", rec["fallback"], rec["failures"],
                            rec["miscompile"], rec["compilations"], rec["seconds"], rec.get("error", "")])
    os.replace(tmp, path)


def plot(path: Path, rows: list[dict], methods: list[str], title: str, metric: str = "instructions") -> None:
    """A bar chart of each method's reduction vs -Oz per module (ImportError without matplotlib)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    good = [r for r in rows if "error" not in r]
    fig, ax = plt.subplots(figsize=(max(8, 0.22 * len(good)), 4.5))
    width = 0.8 / max(len(methods), 1)
    for k, meth in enumerate(methods):
        ys = [100 * reduction(r["count_oz"], r["methods"][meth]["count"]) for r in good]
        ax.bar([i + k * width for i in range(len(good))], ys, width, label=meth[:60])
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(good))], [r["name"] for r in good], rotation=90, fontsize=7)
    ax.set_ylabel("% fewer IR instructions than -Oz" if metric == "instructions" else "% fewer text bytes than -Oz")
    ax.set_title(title)
    ax.legend(fontsize=7)
    fig.tight_layout()
    tmp = path.with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=110)
    plt.close(fig)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# text


class Text(NamedTuple):
    """What ``llmopt bench`` prints: the tables and the footer on stdout, the errors on stderr."""

    tables: str
    errors: list[str]  # one line per module that could not be benchmarked
    footer: str


def render(res: dict, per_module: bool = False) -> Text:
    """The text report of a :func:`~llmcompiler.tools.bench.runner.run` result."""
    methods, rows = res["methods"], res["rows"]
    parts = []
    if per_module:
        header = ["module", "split", "-O0", "-Oz"] + [m[:28] for m in methods]
        table_rows = []
        for r in rows:
            if "error" in r:
                table_rows.append([r["name"], r["split"], "-", "-"] + ["error"] * len(methods))
                continue
            cells = []
            for m in methods:
                rec = r["methods"][m]
                flag = " MISCOMPILE" if rec["miscompile"] else ""
                cells.append(f"{rec['count']} ({pct(reduction(r['count_oz'], rec['count']))}){flag}")
            table_rows.append([r["name"], r["split"], r["count_o0"], r["count_oz"]] + cells)
        parts.append(table(table_rows, header) + "\n")
    srows = []
    for m, s in res["summary"].items():
        srows.append([m[:60], s["modules"], pct(s["geomean_reduction_vs_oz"]), pct(s["raw_geomean_reduction_vs_oz"]),
                      f"{s['improved']}/{s['tied']}/{s['regressed']}", s["raw_regressed"], s["failures"],
                      s["miscompiles"], s["compilations"], f"{s['seconds']:.1f}"])
    parts.append(table(srows, ["method", "modules", "geomean vs -Oz", "raw lists", "better/tied/worse", "raw worse",
                               "failed", "miscompiled", "compilations", "seconds"]))
    mrows = []
    for m, s in res["summary"].items():
        if "answers" in s:
            mrows.append([m[:40], f"{s['valid_answers']}/{s['answers']}", pct(s["top1_geomean_reduction_vs_oz"]),
                          pct(s["mape_before"]), pct(s["mape_after"]), pct(s.get("mape_after_chosen")),
                          s["truncated_prompts"],
                          f"{s['model_seconds']:.1f}", _ms(s.get("model_seconds_per_module")),
                          f"{s['verify_seconds']:.1f}"])
    if mrows:
        parts.append("\n" + table(mrows, ["model method", "valid answers", "top-1 raw vs -Oz", "MAPE before",
                                          "MAPE after (top-1)", "MAPE after (answer)", "truncated", "model s",
                                          "model ms/module", "verify s"]))
    errors = [f"error: {r['name']}: {r['error']}" for r in rows if "error" in r]
    resumed = f" ({res['resumed_modules']} resumed)" if res["resumed_modules"] else ""
    footer = ("counts in object text bytes (--metric text); " if res.get("metric", "instructions") != "instructions"
              else "") + (f"{len(rows)} modules, {res['jobs']} jobs, {res['wall_seconds']:.1f} s wall{resumed}; "
              f"results in {res['out_dir']}/ (summary.json, results.csv, reduction.png)")
    return Text("\n".join(parts), errors, footer)
