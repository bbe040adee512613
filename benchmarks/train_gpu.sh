#!/usr/bin/env bash
# Train the candidate recipes, three seeds each, in one go on a lent GPU machine (one NVIDIA H200,
# 16 cores, 15 minutes of device time in all, results back in pieces under 16 MiB), then compare
# them on the validation splits here.
#
# The device machine has CUDA PyTorch, transformers and tokenizers but no LLVM 22 (no opt-22,
# llvm-extract-22, clang-22, nor llvmlite 0.50) and no network. So it only trains; labelling and the
# validation benchmarks, which verify every candidate with opt-22, run where LLVM 22 is (here, on
# the CPU; on the device too if it ever has opt-22). The runs make the same Llama as always (float32
# safetensors); the shipped default, models/default, must still load and answer on the CPU: a run
# chosen here replaces it only after `llmopt suggest` and the tests pass with it on a machine
# without a GPU.
#
#   1. here:    bash benchmarks/train_gpu.sh pack
#               builds data/corpus.jsonl.gz when missing, and puts a copy whose ids are relinked to
#               data/labels.jsonl.gz (dataset.relink: a corpus rebuilt on another machine can hash
#               its examples differently) in benchmarks/results/gpu-carry/ (ignored; ~20 MB)
#   2. device:  the run tool, with
#                 command:   bash benchmarks/train_gpu.sh train
#                 carry:     ["benchmarks/results/gpu-carry"]
#                 timeout_s: 600
#               the image's python3 (CUDA torch and the [model] extra's packages are there; no venv:
#               that python3 is itself one, and nothing can be installed there), llmcompiler from this
#               checkout, then every RECIPE x SEED trains at once; weights, logs
#               and training.json come back as $OUT/gpu-results.tgz.part-NN (15 MiB pieces; at
#               most 8 pieces, 64 MiB, a call: three float32 runs take ~4. With more, the rest
#               waits on the device: call `bash benchmarks/train_gpu.sh fetch 2` at once, while the
#               machine is still warm, 30 s)
#   3. here:    bash benchmarks/train_gpu.sh unpack FILES_AT    # the run's files_at folder
#               bash benchmarks/train_gpu.sh eval               # programs and debian validation
#
# Settings (environment):
#   RECIPES   one run name and its `llmopt train` options per line
#             (default: "wins6 --targets wins --epochs 6", the shipped recipe)
#   SEEDS     (default "0 1 2")
#   DEADLINE  seconds the trainings may take before they are stopped (default 480: the command must
#             end within the run tool's 600 s with time to pack; one run alone takes ~240 s on an
#             H200, several at once share the GPU)
#   RELABEL   a budget (e.g. 120): first relabel the training split with all cores, seeded with the
#             catalogue, and train on those labels (needs LLVM 22: skipped where opt-22 is missing)
#   TRAIN_ARGS  more `llmopt train` options for every run, after the recipe's (e.g. "--max-examples 4000")
#   PYTHON    the interpreter on the device (default python3, the image's)
#   SAMPLE    benches on N modules of each validation split only (default: all; DRY: 2)
#   DRY=1     a tiny setting on the CPU (small model, few examples and steps, 2-module benches):
#             proves the commands; `DRY=1 bash benchmarks/train_gpu.sh all` runs every step
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

STEP=${1:-}
CARRY=benchmarks/results/gpu-carry
WORK=${WORK:-benchmarks/results/gpu${DRY:+-dry}}
SEEDS=${SEEDS:-0 1 2}
RECIPES=${RECIPES:-wins6 --targets wins --epochs 6}
DEADLINE=${DEADLINE:-480}
PIECE=${PIECE:-15M}  # split size of what comes back (the run tool takes at most 8 files of 16 MiB a call)
TINY="--hidden 32 --layers 1 --heads 2 --intermediate 64 --max-len 256 --vocab-size 600 --batch-size 8 --max-examples 48 --epochs 0.5"
TRAIN_ARGS=${TRAIN_ARGS-${DRY:+$TINY}}

log() { echo "[train_gpu $(date +%H:%M:%S)] $*" >&2; }

python_here() {  # the interpreter with llmcompiler importable
    if [ -x .venv/bin/python ] && .venv/bin/python -c 'import llmcompiler' 2>/dev/null; then
        echo "$ROOT/.venv/bin/python"
    else
        echo python3
    fi
}

setup_device() {  # the image's python3: CUDA torch and the [model] extra's packages are already there
    if [ -n "${DRY:-}" ]; then PY=$(python_here); return; fi
    # That python3 is itself a venv (/opt/torch/.venv): a venv made from it with
    # --system-site-packages would not see its torch, and pip has no index there, so
    # `pip install -e .[model]` cannot fetch anything. llmcompiler runs from this checkout instead.
    PY=${PYTHON:-python3}
    export PYTHONPATH=$ROOT${PYTHONPATH:+:$PYTHONPATH}
    if ! "$PY" -c 'import llvmlite.binding' 2>/dev/null; then
        # training never calls LLVM, but llmcompiler.llvm.ir imports llvmlite: a stub will do
        log "no llvmlite here: a stub for the imports"
        mkdir -p /tmp/llmopt-stub/llvmlite/binding
        : >/tmp/llmopt-stub/llvmlite/__init__.py
        # names used at import time (a base class) resolve to empty classes; nothing is called
        echo 'def __getattr__(name): return type(name, (), {})' >/tmp/llmopt-stub/llvmlite/binding/__init__.py
        : >/tmp/llmopt-stub/llvmlite/binding/ffi.py
        export PYTHONPATH=$PYTHONPATH:/tmp/llmopt-stub
    fi
    "$PY" -c 'import torch, transformers, tokenizers, safetensors, llmcompiler.model.train' \
        || { log "$PY lacks the model extra's packages (torch, transformers, tokenizers, safetensors)"; exit 2; }
}

have_llvm() { command -v opt-22 >/dev/null && command -v llvm-extract-22 >/dev/null \
              && "$PY" -c 'import llvmlite.binding as b; assert b.llvm_version_info[0] == 22' 2>/dev/null; }

pack() {
    local py corpus=${CORPUS:-data/corpus.jsonl.gz}
    py=$(python_here)
    if [ ! -s "$corpus" ]; then
        log "building $corpus (llmopt dataset build: a few minutes)"
        "$py" -m llmcompiler.cli dataset build --corpus "$corpus" --json >/dev/null
    fi
    mkdir -p "$CARRY"
    "$py" - "$corpus" "$CARRY/corpus.jsonl.gz" data/labels.jsonl.gz <<'EOF'
import json, shutil, sys
from llmcompiler.model import dataset
corpus, out, labels = sys.argv[1:]
shutil.copyfile(corpus, out)
res = dataset.relink(out, labels)
print(json.dumps(res))
if res["joined_by_id"] + res["relinked"] < 0.9 * res["labels"]:
    sys.exit(f"only {res['joined_by_id'] + res['relinked']} of {res['labels']} labels find their example: not worth a GPU")
EOF
    cp data/labels.jsonl.gz "$CARRY/labels.jsonl.gz"
    du -sh "$CARRY" >&2
    log "next: the run tool with command 'bash benchmarks/train_gpu.sh train', carry [\"$CARRY\"], timeout_s 600"
}

train() {
    setup_device
    local corpus=$CARRY/corpus.jsonl.gz labels=$CARRY/labels.jsonl.gz
    [ -s "$corpus" ] || { log "no $corpus: run 'bash benchmarks/train_gpu.sh pack' here and carry $CARRY"; exit 2; }
    rm -rf "$WORK"
    mkdir -p "$WORK/models" "$WORK/logs"
    { "$PY" -c 'import torch, transformers; print("torch", torch.__version__, "transformers", transformers.__version__,
          "cuda", torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else "-")'
      nproc; nvidia-smi -L 2>/dev/null || true; } >"$WORK/logs/machine.txt" 2>&1
    cat "$WORK/logs/machine.txt" >&2
    if [ -n "${RELABEL:-}" ]; then
        if have_llvm; then
            log "relabelling the training split, budget $RELABEL, seeded with the catalogue, all cores"
            cp "$labels" "$WORK/labels.jsonl.gz.orig"
            labels=$WORK/labels.jsonl.gz
            rm -f "$labels"
            "$PY" -m llmcompiler.cli dataset label --corpus "$corpus" --labels "$labels" --budget "$RELABEL" \
                --seed-lists catalogue --json >"$WORK/logs/relabel.json" 2>&1
            "$PY" -m llmcompiler.cli dataset refine --corpus "$corpus" --labels "$labels" --lists 64 --json \
                >>"$WORK/logs/relabel.json" 2>&1
        else
            log "RELABEL=$RELABEL skipped: no LLVM 22 here (opt-22, llvm-extract-22, llvmlite 0.50)"
        fi
    fi
    local runs=() name args seed n cores
    while read -r name args; do
        [ -n "$name" ] || continue
        for seed in $SEEDS; do runs+=("$name-s$seed|$seed|$args"); done
    done <<<"$RECIPES"
    n=${#runs[@]}
    cores=$(( $(nproc) / n )); [ "$cores" -ge 1 ] || cores=1
    log "$n runs at once, $cores CPU threads each, stopped after $DEADLINE s"
    local t0=$SECONDS pids=() run out
    for run in "${runs[@]}"; do
        IFS='|' read -r name seed args <<<"$run"
        out=$WORK/models/$name
        # shellcheck disable=SC2086  # args, TRAIN_ARGS: options, split on purpose
        OMP_NUM_THREADS=$cores TOKENIZERS_PARALLELISM=true timeout --signal=INT --kill-after=20 "$DEADLINE" \
            "$PY" -m llmcompiler.cli train --out "$out" --seed "$seed" --corpus "$corpus" --labels "$labels" \
            --threads "$cores" --json $args $TRAIN_ARGS >"$WORK/logs/$name.json" 2>"$WORK/logs/$name.log" &
        pids+=($!)
    done
    local i status=0
    for i in "${!pids[@]}"; do
        if wait "${pids[$i]}"; then log "${runs[$i]%%|*}: done"; else status=$?; log "${runs[$i]%%|*}: failed ($status), see $WORK/logs"; fi
    done
    log "trainings took $((SECONDS - t0)) s"
    if have_llvm; then evaluate; else log "no LLVM 22 here: validation benches run after 'unpack', on the CPU"; fi
    send 1
}

send() {  # batch N of the pieces into $OUT (8 pieces of 15 MiB a call)
    local batch=${1:-1} out=${OUT:-$WORK/out}
    mkdir -p "$out" "$WORK/pieces"
    if [ "$batch" = 1 ]; then
        local what=(models logs)
        [ -d "$WORK/eval" ] && what+=(eval)
        [ -f "$WORK/labels.jsonl.gz" ] && what+=(labels.jsonl.gz)
        rm -f "$WORK"/pieces/*
        tar -C "$WORK" --exclude=checkpoints -czf - "${what[@]}" \
            | split -b "$PIECE" -d -a 2 - "$WORK/pieces/gpu-results.tgz.part-"
    fi
    local all=("$WORK"/pieces/gpu-results.tgz.part-*)
    local first=$(( (batch - 1) * 8 ))
    local now=("${all[@]:$first:8}")
    [ "${#now[@]}" -gt 0 ] || { log "no pieces in batch $batch"; exit 2; }
    cp "${now[@]}" "$out"/
    log "pieces $((first + 1))-$((first + ${#now[@]})) of ${#all[@]} in $out: $(du -ch "${now[@]}" | tail -1 | cut -f1)"
    if [ "${#all[@]}" -gt $((first + 8)) ]; then
        log "more pieces wait on the device: call 'bash benchmarks/train_gpu.sh fetch $((batch + 1))' now"
    fi
}

unpack() {
    local from=${1:?usage: train_gpu.sh unpack FOLDER, the files_at folder of the run}
    local parts
    mapfile -t parts < <(find "$from" -name 'gpu-results.tgz.part-*' | sort)
    [ "${#parts[@]}" -gt 0 ] || { log "no gpu-results.tgz.part-* under $from"; exit 2; }
    mkdir -p "$WORK"
    cat "${parts[@]}" | tar -C "$WORK" -xzf -
    log "${#parts[@]} pieces unpacked: $(ls "$WORK/models" | tr '\n' ' ')"
}

evaluate() {  # every run beside the shipped model and the coreset, one bench per suite
    PY=${PY:-$(python_here)}
    local methods=(--method oz --method "model@8:models/default" --method coreset@8) d sample=()
    for d in "$WORK"/models/*/; do
        [ -f "$d/model.safetensors" ] && methods+=(--method "model@8:${d%/}")
    done
    [ -n "${SAMPLE:-${DRY:+2}}" ] && sample=(--sample "${SAMPLE:-2}")
    mkdir -p "$WORK/eval"
    for suite in programs debian; do
        log "validation: $suite"
        "$PY" -m llmcompiler.cli bench --suite "$suite" --split validation "${sample[@]}" "${methods[@]}" \
            --out "$WORK/eval/$suite-validation" 2>&1 | tee "$WORK/eval/$suite-validation.txt"
    done
}

case "$STEP" in
    pack) pack ;;
    train) train ;;
    fetch) send "${2:?usage: train_gpu.sh fetch N}" ;;
    unpack) unpack "${2:-}" ;;
    eval) evaluate ;;
    all)  # the whole path on one machine (DRY=1: a tiny one on the CPU); train evaluates where LLVM 22 is
        pack
        OUT=$WORK/out train
        WORK=$WORK/unpacked unpack "$WORK/out"
        ls "$WORK"/unpacked/models/*/model.safetensors >&2 ;;
    *) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 2 ;;
esac
