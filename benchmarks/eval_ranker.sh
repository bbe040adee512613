#!/usr/bin/env bash
# The whole-module ranker on the held-out test splits (all 14 programs with --execute, all 198 debian
# modules), beside -Oz, the coreset baseline, the network's own ranking and the ceiling (every one of
# the catalogue's lists, verified: the best any ranking of them can do), every row from the same run
# per suite. The ranker is fitted three times (llmopt train --ranker --seed S: the seed draws the
# cross-validation folds its settings are chosen on); models/default ships seed 0's.
#
#   bash benchmarks/eval_ranker.sh            # needs data/matrix.jsonl.gz (llmopt dataset matrix)
#
# About 40 minutes on 2 cores, most of it the ceiling (every catalogue list, 289, per module). Results:
# benchmarks/results/ranker-programs-test/ and ranker-debian-test/ (summary.json, results.csv), the
# three fits' cross-validation tables in benchmarks/results/ranker-fits/.
set -euo pipefail
cd "$(dirname "$0")/.."
LLMOPT=${LLMOPT:-.venv/bin/llmopt}
PY=${PY:-.venv/bin/python}
WORK=benchmarks/results/ranker-fits
mkdir -p "$WORK"
"$PY" - "$WORK/all_lists.txt" <<'EOF'
import sys
from llmcompiler.llvm.passes import PassList
from llmcompiler.model.model import read_catalogue
with open(sys.argv[1], "w") as f:
    for items in read_catalogue():
        f.write(PassList.from_text(" ; ".join(items)).render() + "\n")
EOF
methods=(--method oz --method coreset@8 --method coreset@16 --method model-net@8)
for seed in 0 1 2; do
  dir="$WORK/seed$seed"
  rm -rf "$dir" && mkdir -p "$dir"
  # the network's files, the catalogue and a ranker of this seed's own
  cp models/default/{config.json,generation_config.json,lists.json,model.safetensors,tokenizer.json,tokenizer_config.json} "$dir/"
  "$LLMOPT" train --ranker --out "$dir" --seed "$seed" --json > "$WORK/seed$seed.json"
  methods+=(--method "model@8:$dir" --method "model@16:$dir")
done
methods+=(--method "passes:$WORK/all_lists.txt")

"$LLMOPT" bench --suite programs --split test "${methods[@]}" --execute --out benchmarks/results/ranker-programs-test --json > benchmarks/results/ranker-programs-test.json
"$LLMOPT" bench --suite debian --split test "${methods[@]}" --out benchmarks/results/ranker-debian-test --json > benchmarks/results/ranker-debian-test.json
"$PY" - <<'EOF'
import json
for suite in ("programs", "debian"):
    s = json.load(open(f"benchmarks/results/ranker-{suite}-test.json"))["summary"]
    print(f"{suite} test:")
    for m, v in s.items():
        extra = ""
        if "mape_after_chosen" in v:
            extra = f"  MAPE after (answer) {v['mape_after_chosen']}  model s {v['model_seconds']} ({1000 * v['model_seconds_per_module']:.0f} ms/module)"
        print(f"  {m:70s} {100 * v['geomean_reduction_vs_oz']:+.3f}%  {v['improved']}/{v['tied']}/{v['regressed']}  {v['compilations']}{extra}")
EOF
