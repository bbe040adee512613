"""Regenerate the pass vocabulary (passes/llvm<MAJOR>.json) from the installed opt.

    python passes/generate.py                 # uses LLMOPT_OPT / opt-22, writes passes/llvm22.json
    python passes/generate.py --check         # regenerate in memory and diff against the file

What it does:
1. reads ``opt --print-passes`` and records, for every transform pass, its level and parameters;
2. keeps the passes in WANTED (the ones that can change code size; printers, analyses, sanitizers,
   instrumentation and target-specific lowering are left out) that this opt actually has;
3. runs each kept pass, rendered with its nesting, through opt on the example modules, and drops any
   that opt rejects or crashes on;
4. for passes llvmlite exposes, runs each alone and after a short prefix through both opt and
   llvmlite, and keeps the llvmlite method only if the result is identical (same printed IR) on
   every sample: that is what makes the in-process fast path exact.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# name -> level override ("loop-mssa" for loop passes that need MemorySSA); None keeps opt's level.
WANTED: dict[str, str | None] = {
    # module
    "always-inline": None, "called-value-propagation": None,
    "canonicalize-aliases": None, "constmerge": None, "deadargelim": None, "elim-avail-extern": None,
    "forceattrs": None, "globaldce": None, "globalopt": None, "globalsplit": None, "hotcoldsplit": None,
    "inferattrs": None, "ipsccp": None, "iroutliner": None, "mergefunc": None, "partial-inliner": None,
    "rel-lookup-table-converter": None, "rpo-function-attrs": None, "strip": None,
    "strip-dead-prototypes": None, "strip-debug-declare": None, "strip-nondebug": None,
    # cgscc
    "argpromotion": None, "function-attrs": None, "inline": None,
    # function
    "adce": None, "aggressive-instcombine": None, "alignment-from-assumptions": None, "bdce": None,
    "break-crit-edges": None, "callsite-splitting": None, "consthoist": None,
    "constraint-elimination": None, "correlated-propagation": None, "dce": None,
    "dfa-jump-threading": None, "div-rem-pairs": None, "dse": None, "early-cse": None,
    "early-cse<memssa>": None, "flatten-cfg": None, "float2int": None, "gvn": None,
    "gvn-hoist": None, "gvn-sink": None, "infer-alignment": None,
    "instcombine<no-verify-fixpoint>": None, "instsimplify": None, "jump-threading": None,
    "lcssa": None, "libcalls-shrinkwrap": None, "load-store-vectorizer": None, "loop-distribute": None,
    "loop-fusion": None, "loop-load-elim": None, "loop-simplify": None, "loop-sink": None,
    "loop-unroll": None, "loop-vectorize": None, "loop-versioning": None, "lower-atomic": None,
    "lower-constant-intrinsics": None, "lower-expect": None, "lower-invoke": None,
    "lower-switch": None, "mem2reg": None, "memcpyopt": None, "mergeicmps": None, "mergereturn": None,
    "mldst-motion": None, "nary-reassociate": None, "newgvn": None,
    "partially-inline-libcalls": None, "reassociate": None, "redundant-dbg-inst-elim": None,
    "reg2mem": None, "sccp": None, "separate-const-offset-from-gep": None, "simplifycfg": None,
    "sink": None, "slp-vectorizer": None, "slsr": None, "speculative-execution": None, "sroa": None,
    "tailcallelim": None, "vector-combine": None, "unify-loop-exits": None,
    # loop (plain) and loop-mssa
    "indvars": None, "loop-deletion": None, "loop-idiom": None, "loop-instsimplify": "loop-mssa",
    "loop-predication": None, "loop-reduce": None, "loop-simplifycfg": "loop-mssa",
    "loop-unroll-full": None, "loop-versioning-licm": None, "canon-freeze": None,
    "loop-bound-split": None, "licm": "loop-mssa", "lnicm": "loop-mssa", "loop-rotate": "loop-mssa",
    "simple-loop-unswitch": "loop-mssa", "loop-flatten": None, "loop-interchange": None,
    "loop-unroll-and-jam": None,
}

PIPELINES = ["default<O0>", "default<O1>", "default<O2>", "default<O3>", "default<Os>", "default<Oz>"]

# Spellings people and models write, mapped to the canonical item. Bare instcombine verifies its
# fixpoint and aborts opt on real code in LLVM 22, so it maps to the non-verifying form.
ALIASES = {
    "instcombine": "instcombine<no-verify-fixpoint>",
    "early-cse-memssa": "early-cse<memssa>",
    "merge-functions": "mergefunc",
    "mergefunctions": "mergefunc",
    "functionattrs": "function-attrs",
    "rpo-functionattrs": "rpo-function-attrs",
    "loop-unswitch": "simple-loop-unswitch",
    "lowerswitch": "lower-switch",
    "loweratomic": "lower-atomic",
    "lowerinvoke": "lower-invoke",
    "flattencfg": "flatten-cfg",
    "constprop": "instsimplify",
    "ipconstprop": "ipsccp",
    "O0": "default<O0>", "O1": "default<O1>", "O2": "default<O2>", "O3": "default<O3>",
    "Os": "default<Os>", "Oz": "default<Oz>",
}

# Legacy names with no LLVM 22 counterpart: the parser says why instead of guessing.
REMOVED = {
    # Left out on purpose: in LLVM 22 the Attributor (not in any default pipeline) miscompiles. The
    # autotuner's best lists with it changed the output or hung 5 of the 14 test programs under lli.
    "attributor": "left out: miscompiles in LLVM 22 (changed the output of 5 of 14 benchmark programs)",
    "attributor-cgscc": "left out: miscompiles in LLVM 22 (changed a benchmark program's output)",
    "attributor-light": "left out with the Attributor (miscompiles in LLVM 22)",
    "prune-eh": "removed in LLVM 16 (the new pass manager infers nounwind in function-attrs)",
    "loop-reroll": "removed in LLVM 19",
    "barrier": "a legacy pass-manager barrier, not a transform",
    "die": "removed in LLVM 14 (use dce)",
    "loop-guard-widening": "removed in LLVM 19 (use guard-widening)",
    "sancov": "instrumentation, not a size transform",
    "insert-gcov-profiling": "instrumentation, not a size transform",
    "ee-instrument": "instrumentation, not a size transform",
    "post-inline-ee-instrument": "instrumentation, not a size transform",
    "pgo-memop-opt": "needs profile data",
    "instnamer": "only renames values",
    "name-anon-globals": "only names globals",
    "cross-dso-cfi": "control-flow-integrity lowering, not a size transform",
}

# Passes llvmlite exposes, as the ModulePassManager method that adds them. Kept in the vocabulary only
# where step 4 proves the result identical to opt's.
LLVMLITE = {
    "simplifycfg": "add_simplify_cfg_pass", "loop-unroll": "add_loop_unroll_pass",
    "instcombine<no-verify-fixpoint>": "add_instruction_combine_pass",
    "jump-threading": "add_jump_threading_pass", "adce": "add_aggressive_dce_pass",
    "break-crit-edges": "add_break_critical_edges_pass", "dse": "add_dead_store_elimination_pass",
    "dce": "add_dead_code_elimination_pass", "aggressive-instcombine": "add_aggressive_instcombine_pass",
    "lcssa": "add_lcssa_pass", "newgvn": "add_new_gvn_pass", "loop-simplify": "add_loop_simplify_pass",
    "loop-unroll-and-jam": "add_loop_unroll_and_jam_pass", "sccp": "add_sccp_pass",
    "lower-atomic": "add_lower_atomic_pass", "lower-invoke": "add_lower_invoke_pass",
    "lower-switch": "add_lower_switch_pass", "memcpyopt": "add_mem_copy_opt_pass",
    "mergereturn": "add_unify_function_exit_nodes_pass", "reassociate": "add_reassociate_pass",
    "reg2mem": "add_register_to_memory_pass", "sroa": "add_sroa_pass", "sink": "add_sinking_pass",
    "tailcallelim": "add_tail_call_elimination_pass", "loop-deletion": "add_loop_deletion_pass",
    "loop-reduce": "add_loop_strength_reduce_pass", "loop-rotate": "add_loop_rotate_pass",
    "constmerge": "add_constant_merge_pass", "deadargelim": "add_dead_arg_elimination_pass",
    "always-inline": "add_always_inliner_pass", "rpo-function-attrs": "add_rpo_function_attrs_pass",
    "globaldce": "add_global_dead_code_eliminate_pass", "globalopt": "add_global_opt_pass",
    "ipsccp": "add_ipsccp_pass", "mergefunc": "add_merge_functions_pass",
    "partial-inliner": "add_partial_inliner_pass", "strip": "add_strip_symbols_pass",
    "strip-dead-prototypes": "add_strip_dead_prototype_pass",
    "strip-debug-declare": "add_strip_debug_declare_pass",
    "strip-nondebug": "add_strip_non_debug_symbols_pass", "argpromotion": "add_argument_promotion_pass",
    "function-attrs": "add_post_order_function_attributes_pass",
    **{p: "pipeline" for p in PIPELINES},
}

# Measured over the 87 benchmark programs (tests/test_backends.py, slow): llvmlite's default<O2>,
# default<O3> and default<Os> differ from opt's on 9 programs each, so they stay opt-only.
# (default<O1> and default<Oz> are identical on all 87.)
# loop-reduce: identical when it runs, but in some lists (stack_vm.c) it leaves loops out of LCSSA
# form and trips an assertion in llvmlite's LLVM (an assertions build), aborting the process.
OPT_ONLY = {"default<O2>", "default<O3>", "default<Os>", "loop-reduce"}

SECTION_LEVEL = {
    "Module passes": "module", "Module passes with params": "module",
    "CGSCC passes": "cgscc", "CGSCC passes with params": "cgscc",
    "Function passes": "function", "Function passes with params": "function",
    "LoopNest passes": "loop", "Loop passes": "loop", "Loop passes with params": "loop",
}


def read_print_passes(opt: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (level, parameter words) from ``opt --print-passes``."""
    out = subprocess.run([opt, "--print-passes"], capture_output=True, text=True, timeout=60, check=True).stdout
    found: dict[str, tuple[str, list[str]]] = {}
    level = None
    for line in out.splitlines():
        if not line.startswith(" "):
            level = SECTION_LEVEL.get(line.rstrip(":").strip())
            continue
        if level is None:
            continue
        item = line.strip()
        m = re.fullmatch(r"([\w-]+)<(.*)>", item)
        name, params = (m.group(1), [p for p in m.group(2).split(";") if p]) if m else (item, [])
        found.setdefault(name, (level, params))
    return found


def clang_pipeline(level: str, clang: str = "clang-22") -> str:
    """The exact module pipeline clang runs at -O<level>, as an opt -passes= string.

    clang's -Oz is not opt's default<Oz>: clang also enables the SLP vectorizer at -Os/-Oz (opt's
    pipeline tuning leaves it off), which changes counts on some modules. The harness uses this string
    as its -Oz reference so that the baseline is exactly what clang-22 -Oz produces.
    """
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "x.c"
        src.write_text("int main(void) { return 0; }\n")
        out = subprocess.run([clang, f"-O{level}", "-S", "-emit-llvm", str(src), "-o", "/dev/null",
                              "-mllvm", "-print-pipeline-passes"], capture_output=True, text=True, timeout=120,
                             check=True)
    pipeline = out.stdout.strip() or out.stderr.strip()
    if pipeline.endswith(",print"):
        pipeline = pipeline[: -len(",print")]
    return pipeline


def build(opt: str, samples: list[Path], verbose: bool = True) -> dict:
    from llmcompiler.llvm import backends, ir, passes

    listed = read_print_passes(opt)
    version = subprocess.run([opt, "--version"], capture_output=True, text=True, timeout=30).stdout
    vmatch = re.search(r"LLVM version (\d+)\.(\d+)\.(\d+)", version)
    major = int(vmatch.group(1))
    modules = [ir.load(p) for p in samples]
    entries, dropped = [], {}
    for item, override in WANTED.items():
        base = item.split("<")[0]
        if base not in listed:
            dropped[item] = "not in this opt"
            continue
        level, params = listed[base]
        entry = {"name": item, "level": override or level}
        if params:
            entry["params"] = params
        entries.append(entry)
    for p in PIPELINES:
        entries.append({"name": p, "level": "module", "pipeline": True})

    vocab = passes.Vocabulary.from_data({"llvm_major": major, "passes": entries, "aliases": {}, "removed": {}})
    runner = backends.OptBackend(opt)
    kept = []
    for e in entries:
        pl = vocab.passlist([e["name"]])
        try:
            for m in modules:
                runner.run(m.text, pl.render(), timeout=60)
        except Exception as ex:  # noqa: BLE001 - any failure drops the pass
            dropped[e["name"]] = f"opt failed: {ex}"
            continue
        kept.append(e)
    vocab = passes.Vocabulary.from_data({"llvm_major": major, "passes": kept, "aliases": {}, "removed": {}})

    # Step 4: llvmlite parity, alone and after a prefix that puts the code into SSA form.
    inproc = backends.LlvmliteWorker()  # a child process: an LLVM assertion must not end the generator
    prefixes = [[], ["sroa", "instcombine<no-verify-fixpoint>", "simplifycfg"]]
    for e in kept:
        if LLVMLITE.get(e["name"]) and e["name"] not in OPT_ONLY:
            e["llvmlite"] = LLVMLITE[e["name"]]
    vocab = passes.Vocabulary.from_data({"llvm_major": major, "passes": kept, "aliases": {}, "removed": {}})
    starts = []
    for m in modules:
        for prefix in prefixes:
            starts.append(runner.run(m.text, vocab.passlist(prefix).render(), timeout=60) if prefix else m.text)
    for e in kept:
        if "llvmlite" not in e:
            continue
        pl = vocab.passlist([e["name"]])
        for start in starts:
            a = runner.run(start, pl.render(), timeout=60)
            try:
                b = inproc.run(start, pl, vocab)[1]
            except Exception as ex:  # noqa: BLE001
                b = f"error {ex}"
            if ir.content_hash(a) != ir.content_hash(b):
                del e["llvmlite"]
                dropped[e["name"] + " (llvmlite)"] = "llvmlite result differs from opt; opt only"
                break
    if verbose:
        for k, v in dropped.items():
            print(f"  left out {k}: {v}", file=sys.stderr)
    return {
        "llvm_major": major,
        "opt_version": ".".join(vmatch.groups()),
        "generated_by": "passes/generate.py",
        "passes": kept,
        "aliases": {k: v for k, v in ALIASES.items() if v in {e["name"] for e in kept}},
        "removed": REMOVED,
        # what clang-22 -Oz / -Os run, as opt pipelines: the harness's reference baselines
        "reference_pipelines": {"Oz": clang_pipeline("z"), "Os": clang_pipeline("s")},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--opt", help="opt binary (default: LLMOPT_OPT, then opt-22)")
    ap.add_argument("--samples", nargs="*", type=Path, help="size-ready .ll files to try passes on")
    ap.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    args = ap.parse_args()
    from llmcompiler.llvm import toolchain

    opt = args.opt or toolchain.find_opt()
    samples = args.samples or sorted((ROOT / "examples").glob("*.ll")) + sorted((ROOT / "tests" / "data").glob("*.ll"))
    data = build(opt, samples)
    out = ROOT / "passes" / f"llvm{data['llvm_major']}.json"
    text = json.dumps(data, indent=1) + "\n"
    if args.check:
        same = out.exists() and out.read_text() == text
        print("up to date" if same else f"{out} differs from a fresh generation")
        sys.exit(0 if same else 1)
    out.write_text(text)
    print(f"wrote {out}: {len(data['passes'])} items, "
          f"{sum('llvmlite' in e for e in data['passes'])} with an in-process llvmlite path")


if __name__ == "__main__":
    main()
