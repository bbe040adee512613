"""Count prediction on the model's own kind of input: held-out functions that fit its context.

    .venv/bin/python benchmarks/eval_counts.py [--n 200] [--split test] [--model models/default]

Takes an evenly spaced sample of the corpus's held-out function examples whose prompt is not cut,
asks the model for its top-1 answer (k = 1, the bare -Oz answer included), applies the list with the
harness and reports the mean absolute percentage error of the predicted counts before and after,
the share of answers that are valid, and how often the top-1 list beats, ties or loses to -Oz.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from llmcompiler.llvm import ir  # noqa: E402
from llmcompiler.llvm.harness import Harness  # noqa: E402
from llmcompiler.model import dataset
from llmcompiler.model.tokenizer import encode_prompt  # noqa: E402
from llmcompiler.tools.advisor import get_model  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--split", default="test", choices=["validation", "test"])
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    m = get_model(args.model)
    recs = [r for r in dataset.read_jsonl(dataset.CORPUS) if r["split"] == args.split and r.get("function")]
    recs = [r for r in recs if not encode_prompt(m.tok, r["text"], m.cfg.prompt_tokens)[1]]
    if not recs:
        print(f"no {args.split} functions fit the context (is data/corpus.jsonl.gz built?)", file=sys.stderr)
        return 1
    step = max(1, len(recs) // args.n)
    recs = recs[::step][: args.n]
    h = Harness()
    before_err, after_err, verdicts, valid = [], [], {"better": 0, "ties": 0, "loses": 0, "failed": 0}, 0
    sizes = []
    for r in recs:
        mod = ir.parse(r["text"], r["id"])
        sizes.append(mod.count)
        cand = m.propose(mod.text, 1).candidates
        ans = cand[0].answer if cand else None
        if ans is None or ans.passlist is None:
            continue
        valid += 1
        if ans.before is not None:
            before_err.append(abs(ans.before - mod.count) / mod.count)
        out = h.evaluate(mod, [ans.passlist]).candidates[0]
        verdicts[out.status if out.status in verdicts else "failed"] += 1
        if out.count and ans.after is not None:
            after_err.append(abs(ans.after - out.count) / out.count)
    res = {
        "split": args.split, "functions": len(recs), "valid_top1": valid,
        "mape_before": statistics.fmean(before_err) if before_err else None,
        "mape_after": statistics.fmean(after_err) if after_err else None,
        "median_ape_before": statistics.median(before_err) if before_err else None,
        "median_ape_after": statistics.median(after_err) if after_err else None,
        "top1_vs_oz": verdicts, "instructions_median": statistics.median(sizes),
    }
    if args.json:
        print(json.dumps(res, indent=1))
    else:
        pct = lambda x: "-" if x is None else f"{100 * x:.1f}%"  # noqa: E731
        print(f"{res['functions']} {args.split} functions that fit the context (median {res['instructions_median']} "
              f"instructions); valid top-1 answers {valid}/{len(recs)}")
        print(f"count before: MAPE {pct(res['mape_before'])}, median APE {pct(res['median_ape_before'])}")
        print(f"count after:  MAPE {pct(res['mape_after'])}, median APE {pct(res['median_ape_after'])}")
        print("top-1 list vs -Oz: " + ", ".join(f"{k} {v}" for k, v in verdicts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
