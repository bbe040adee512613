#!/usr/bin/env bash
# Evaluate a model on the held-out test splits, beside -Oz, the coreset baseline and the autotuner,
# all in the same run per suite. Usage: bash benchmarks/eval_model.sh [MODEL_DIR] [DEBIAN_SAMPLE]
# (about 5 minutes for programs and 30 for a 60-module debian sample on 2 cores)
# Results: benchmarks/results/eval-programs-test/ and eval-debian-test/ (summary.json, results.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-models/default}
SAMPLE=${2:-60}
LLMOPT=${LLMOPT:-.venv/bin/llmopt}
methods=(--method oz)
for k in 1 4 8 16; do methods+=(--method "model-net@$k:$MODEL"); done   # the network (model@K: the ranker, see eval_ranker.sh)
methods+=(--method "model-free@8:$MODEL")   # the beam not held to the model's list catalogue
for k in 1 4 8 16; do methods+=(--method "coreset@$k"); done
TUNE=${TUNE-tune@500}                        # TUNE= skips the autotuner (the costly part)
[ -n "$TUNE" ] && methods+=(--method "$TUNE")

"$LLMOPT" bench --suite programs --split test "${methods[@]}" --execute --out benchmarks/results/eval-programs-test
"$LLMOPT" bench --suite debian --split test --sample "$SAMPLE" "${methods[@]}" --out benchmarks/results/eval-debian-test
