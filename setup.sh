#!/usr/bin/env bash
# llmopt setup: installs everything it needs (idempotent, quiet when all is there), then runs a job.
#
#   bash setup.sh demo     set up, then ask the embedded model (models/default) about a shipped example
#   bash setup.sh test     set up, then run the test suite (what CI runs)
#   bash setup.sh          set up only
#
# Installs: Debian packages llvm-22 clang-22 csmith libcsmith-dev dpkg-dev (apt-get, as root or via sudo),
# a virtual environment in .venv with torch==2.13.0 (CPU wheel, first) and this package.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=${LLMOPT_VENV:-$ROOT/.venv}
log() { echo "setup: $*" >&2; }

# --- Debian packages --------------------------------------------------------------------------
need_apt=()
for tool in opt-22:llvm-22 clang-22:clang-22 csmith:csmith; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || need_apt+=("${tool##*:}")
done
[ -f /usr/include/csmith/csmith.h ] || need_apt+=(libcsmith-dev)
command -v dpkg-source >/dev/null 2>&1 || need_apt+=(dpkg-dev)  # apt-get source, for benchmarks/debian
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    log "installing Debian packages: ${need_apt[*]}"
    $SUDO apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# --- Python -------------------------------------------------------------------------------------
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { log "Python >= 3.11 is required"; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    python3 -m venv "$VENV"
fi
PY="$VENV/bin/python"
if ! "$PY" -c 'import torch' >/dev/null 2>&1; then
    log "installing torch 2.13.0 (CPU)"
    "$PY" -m pip install -q --disable-pip-version-check torch==2.13.0 2>&1 | grep -v -i "warning" >&2 || true
    "$PY" -c 'import torch' 2>/dev/null || { log "torch failed to install"; exit 1; }
fi
STAMP="$VENV/.llmopt-installed"
WANT=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
    log "installing llmopt and its dependencies into $VENV"
    "$PY" -m pip install -q --disable-pip-version-check -e ".[model,bench,env,test,ray]" 2>&1 | grep -v -i "warning" >&2 || true
    "$PY" -c 'import llmcompiler, llvmlite, pytest' || { log "package install failed"; exit 1; }
    echo "$WANT" > "$STAMP"
fi
# byte-compile llmopt's own modules: every wrapper call in a build starts Python, and with
# PYTHONDONTWRITEBYTECODE set nothing would ever cache them (~20 ms of compiling per call)
"$PY" -m compileall -q llmcompiler >/dev/null || true

# --- the job --------------------------------------------------------------------------------------
case "${1:-}" in
    demo)
        # the advisor with the embedded default model on a shipped example: 8 candidates, verified
        # with real LLVM 22, never worse than clang-22 -Oz
        exec "$VENV/bin/llmopt" suggest examples/csv_parser.ll -k 8 -v ;;
    test)
        shift
        set +e
        "$PY" -m pytest "$@"
        rc=$?
        [ $rc -eq 5 ] && { echo "no tests were collected" >&2; exit 1; }
        exit $rc ;;
    "") log "ready: $VENV/bin/llmopt --help" ;;
    *) log "unknown job '$1' (expected demo or test)"; exit 2 ;;
esac
