"""harness.py: the verdict rules (never worse than -Oz), failure reporting, caching, the arithmetic."""

from __future__ import annotations

import stat
from dataclasses import replace

import pytest
from conftest import DATA, EXAMPLE, EXAMPLE_O0, ROOT

from llmcompiler import metrics
from llmcompiler.llvm import ir
from llmcompiler.llvm.harness import Harness, Outcome, Result
from llmcompiler.llvm.passes import PassInfo, Vocabulary, default_vocabulary, parse


def vocab_with(name: str) -> Vocabulary:
    """The default vocabulary plus one module pass (opt's test passes), as a vocabulary of its own."""
    v = default_vocabulary()
    return Vocabulary([*v.infos.values(), PassInfo(name, "module")], v.aliases, v.removed, v.llvm_major, v.reference)


@pytest.fixture(scope="module")
def h():
    return Harness()


@pytest.fixture(scope="module")
def ready():
    return ir.prepare(ir.load(EXAMPLE_O0))


def test_golden_counts_of_the_example(h):
    m = ir.load(EXAMPLE)
    r = h.evaluate(m, ["default<Oz>", "function(loop-mssa(licm)),function(gvn),default<O3>,default<Oz>"])
    assert (r.count_before, r.count_oz) == (158, 72)
    assert [c.count for c in r.candidates] == [72, 81]
    assert [c.status for c in r.candidates] == ["ties", "loses"]
    assert r.chosen is None and r.best_count == 72 and r.reduction_vs_oz == 0.0


def test_a_winning_candidate_is_chosen(h):
    # golden numbers from a real run: the IR outliner before -Oz beats -Oz on this parser
    m = ir.load(DATA / "csv_parser.ll")
    r = h.evaluate(m, ["default<Oz>", "iroutliner,default<Oz>", "bogus", "-reg2mem"])
    assert (r.count_before, r.count_oz) == (667, 296)
    assert [c.count for c in r.candidates] == [296, 284, None, r.candidates[3].count]
    assert [c.status for c in r.candidates] == ["ties", "better", "unknown-pass", "loses"]
    assert r.chosen == 1 and r.best_count == 284 and r.best_pipeline == "iroutliner,default<Oz>"
    assert r.reduction_vs_oz == pytest.approx(12 / 296)


def test_failures_are_reported_and_never_chosen(h, ready, tmp_path):
    r = h.evaluate(ready, ["instcombin", "", "sroa,inline"])
    assert r.candidates[0].status == "unknown-pass" and "did you mean 'instcombine'" in r.candidates[0].error
    assert r.candidates[1].status == "unknown-pass"
    assert r.candidates[2].ok
    # a crashing and a hanging opt
    pl = "trigger-crash-module"
    with Harness(vocab=vocab_with(pl)) as crash:
        r = crash.evaluate(ready, [pl])
    assert r.candidates[0].status == "crash" and r.chosen is None and r.best_count == r.count_oz
    assert pl not in default_vocabulary().infos  # the test's vocabulary is its own


def test_timeout_is_a_reported_failure(ready, tmp_path):
    h = Harness(timeout=0.5, fast_path="off")
    h.oz_count(ready)  # baseline with the real opt
    hang = tmp_path / "opt-hang"
    hang.write_text("#!/bin/sh\nexec sleep 30\n")
    hang.chmod(hang.stat().st_mode | stat.S_IEXEC)
    h.opt.opt = str(hang)
    r = h.evaluate(ready, ["gvn-sink"])
    assert r.candidates[0].status == "timeout" and r.chosen is None


def test_invalid_ir_from_a_pass_is_reported(ready):
    name = "trigger-verifier-error"  # an opt pass that corrupts the IR on purpose
    with Harness(vocab=vocab_with(name)) as h:
        r = h.evaluate(ready, [name])
    assert r.candidates[0].status in ("invalid", "crash", "error") and r.candidates[0].count is None
    assert r.chosen is None and r.best_count == r.count_oz


def test_cache_counts_each_pipeline_once(ready):
    h = Harness()
    h.evaluate(ready, ["sroa,gvn", "gvn-sink"])
    n = h.compilations
    r = h.evaluate(ready, ["sroa,gvn", "gvn-sink"])
    assert h.compilations == n
    assert {c.backend for c in r.candidates} == {"cache"}
    assert r.compilations == 3  # what the method spends: -Oz + two candidates


def test_fast_paths_and_opt_agree(ready):
    lists = ["sroa,instcombine,simplifycfg,default<Oz>", "gvn-hoist,licm,default<Oz>"]
    a = Harness(fast_path="llvmlite").evaluate(ready, lists)
    b = Harness(fast_path="off").evaluate(ready, lists)
    c = Harness(fast_path="libllvm").evaluate(ready, lists)
    assert [x.backend for x in a.candidates] == ["llvmlite", "opt"]  # gvn-hoist is not in llvmlite
    assert {x.backend for x in b.candidates} == {"opt"} and {x.backend for x in c.candidates} == {"libllvm"}
    assert [x.count for x in a.candidates] == [x.count for x in b.candidates] == [x.count for x in c.candidates]
    assert Harness().inproc.engine == "libllvm"  # the default where libLLVM-22 is installed


def test_a_caller_that_verifies_itself_skips_the_confirmation():
    """A fast-path winner is confirmed by opt, unless the caller verifies the answer with opt-22
    itself (the wrappers): then its count stays the fast path's, and its backend says so."""
    m = ir.load(DATA / "csv_parser.ll")
    winner = "function(reg2mem),default<Oz>"  # 285 against -Oz's 296, in llvmlite too
    checked = Harness(fast_path="llvmlite").evaluate(m, [winner])
    trusting = Harness(fast_path="llvmlite").evaluate(m, [winner], confirm=False)
    assert checked.candidates[0].status == trusting.candidates[0].status == "better"
    assert (checked.candidates[0].backend, trusting.candidates[0].backend) == ("opt", "llvmlite")
    assert checked.candidates[0].count == trusting.candidates[0].count == 285


def test_keep_text_returns_the_answer(h, ready):
    r = h.evaluate(ready, ["sroa"], keep_text=True)
    assert ir.count_instructions(r.best_text) == r.best_count == r.count_oz


def test_result_invariants():
    o = Outcome("x", "function(x)", "loses", 120)
    with pytest.raises(ValueError):
        Result("m", "h", 200, 100, (o,), chosen=0, compilations=2, seconds=0.0)
    with pytest.raises(ValueError):
        Outcome("x", "", "crash", 10)
    with pytest.raises(ValueError):
        Outcome("x", "", "better", None)


def test_reduction_arithmetic():
    assert metrics.reduction(200, 190) == pytest.approx(0.05)
    assert metrics.reduction(100, 110) == pytest.approx(-0.10)
    assert metrics.reduction(0, 0) == 0.0
    assert metrics.geomean_ratio([(100, 90), (100, 110)]) == pytest.approx((0.9 * 1.1) ** 0.5)
    assert metrics.geomean_reduction([(100, 100), (50, 50)]) == pytest.approx(0.0)
    assert metrics.ratio(0, 0) == 1.0
    assert metrics.reward(100, 90, 100, 60) == pytest.approx(0.25)
    assert metrics.reward(100, 90, 100, 100) == pytest.approx(10.0)  # floor of 1 on the -Oz gain


def test_fast_path_winners_are_confirmed_by_opt(ready):
    """A fast-path count that beats -Oz is re-run with opt and opt's count is what counts. (Long lists
    can diverge in llvmlite: on fnv_hash.c, FNV_LIST gives 157 instructions there and 149 in opt.)"""
    h = Harness(fast_path="llvmlite")
    real = h.inproc.run

    def optimistic(text, passlist, vocab=None, want_text=True, timeout=None, size=False):
        r = real(text, passlist, vocab, want_text=want_text, timeout=timeout, size=size)
        return replace(r, count=1)  # claims a huge win

    h.inproc.run = optimistic
    assert h.count(ready, parse("sroa,instcombine,simplifycfg")).count == 1  # cached, not yet confirmed
    r = h.evaluate(ready, ["sroa,instcombine,simplifycfg"])
    c = r.candidates[0]
    assert c.backend == "opt" and c.count == Harness(fast_path="off").count(ready, parse("sroa,instcombine,simplifycfg")).count
    assert c.count > 1 and r.chosen is None
    again = h.evaluate(ready, ["sroa,instcombine,simplifycfg"])  # cached: opt's value, not re-confirmed
    assert again.candidates[0].count == c.count and again.candidates[0].backend == "cache"


def test_lists_with_an_unstable_pass_run_in_opt(ready):
    """GVNSink's result can drift inside the long-lived worker (it iterates PHIs in pointer order), so
    a list with gvn-sink runs in opt, the same every time; other lists keep the fast path."""
    h = Harness()
    r = h.evaluate(ready, ["gvn-sink,default<Oz>", "early-cse,default<Oz>"])
    sink, cse = r.candidates
    assert sink.backend == "opt" and cse.backend in ("libllvm", "llvmlite")
    # programs/merge_sort: in one worker this list counted 193, then 194 on every later run
    merge_sort = ir.load(ROOT / "benchmarks" / "programs" / "ir" / "merge_sort.ll")
    pl = parse("gvn-sink,default<Oz>")
    counts = []
    for _ in range(4):
        h.clear_cache()
        counts.append(h.count(merge_sort, pl).count)
    assert counts == [Harness(fast_path="off").count(merge_sort, pl).count] * 4


def test_a_long_list_diverges_in_llvmlite_but_not_in_the_harness_answer():
    from conftest import ROOT

    m = ir.load(ROOT / "benchmarks" / "programs" / "ir" / "fnv_hash.ll")
    fast = Harness(fast_path="llvmlite").evaluate(m, [FNV_LIST])
    exact = Harness(fast_path="off").evaluate(m, [FNV_LIST])
    lib = Harness(fast_path="libllvm").evaluate(m, [FNV_LIST])
    assert (fast.candidates[0].count, exact.candidates[0].count) == (157, 149)  # pinned from a real run
    assert lib.candidates[0].count == 149  # opt's own library agrees with opt
    assert fast.best_count == exact.best_count == fast.count_oz  # both lose to -Oz: the answer is exact


FNV_LIST = ("function(dce),function(lower-atomic),function(loop(loop-unroll-and-jam)),strip-nondebug,"
            "function(instcombine<no-verify-fixpoint>),function(dce),function(loop-unroll),function(break-crit-edges),"
            "function(simplifycfg),ipsccp,function(sroa)")


def test_a_list_that_hangs_in_libllvm_is_not_timed_out_twice(ready, monkeypatch):
    """libLLVM is opt's own code: a list that ran out of time there is a timeout, not a reason to
    spend the same timeout again in an opt-22 subprocess."""
    from llmcompiler.errors import BackendError
    from llmcompiler.llvm import libllvm

    if not libllvm.available():
        pytest.skip("libLLVM-22 not installed")
    with Harness(fast_path="libllvm") as h:
        h.oz_count(ready)

        def hang(*args, **kwargs):
            raise BackendError("the in-process worker timed out after 60 s", "timeout")

        opt_runs = []
        monkeypatch.setattr(h.inproc, "run", hang)
        monkeypatch.setattr(h.opt, "run", lambda *a, **k: opt_runs.append(a) or "")
        r = h.evaluate(ready, ["sroa,gvn"])
    assert r.candidates[0].status == "timeout" and r.chosen is None
    assert opt_runs == []


def test_parallel_evaluation_equals_sequential_and_the_answer_is_compiled_once(ready):
    lists = ["sroa,gvn,default<Oz>", "default<Oz>,iroutliner,default<Oz>", "bogus-pass", "gvn-sink,default<Oz>",
             "default<O3>,default<Oz>", "instcombine,simplifycfg"]
    with Harness() as one, Harness(jobs=3) as three:
        a, b = one.evaluate(ready, lists, keep_text=True), three.evaluate(ready, lists, keep_text=True)
        assert [(c.status, c.count, c.pipeline) for c in a.candidates] == \
               [(c.status, c.count, c.pipeline) for c in b.candidates]
        assert a.chosen == b.chosen and a.best_text == b.best_text and len(three._spares) == 2
        # -Oz once, each parsed list once (plus opt's confirmation of fast-path winners): the answer's
        # IR comes from the run that measured it, not from one more compilation
        confirmations = sum(c.status == "better" and c.backend == "opt" for c in a.candidates)
        assert one.compilations == 1 + 5 + confirmations
    assert ir.count_instructions(a.best_text) == a.best_count


def test_a_deadline_bounds_the_call_and_keeps_the_best_verified(ready):
    """Candidates not started by the deadline are 'deadline' outcomes, never chosen; what was verified
    before it stands; a shortened run's timeout is not cached as the list's."""
    import time

    lists = ["sroa,gvn,default<Oz>", "default<Oz>,iroutliner,default<Oz>"]
    with Harness() as h:
        none = h.evaluate(ready, lists, deadline=time.monotonic() - 1)
        assert [c.status for c in none.candidates] == ["deadline", "deadline"] and none.chosen is None
        assert none.best_count == none.count_oz and "deadline" in none.candidates[0].error
        full = h.evaluate(ready, lists, deadline=time.monotonic() + 600)  # the deadline cached nothing
        assert all(c.status != "deadline" for c in full.candidates)
        assert [c.count for c in full.candidates] == [c.count for c in h.evaluate(ready, lists).candidates]


def test_rounds_combine_into_one_verdict():
    """Evaluations of one module in rounds read as one: all candidates in order, the best of all of
    them chosen (the earlier on a tie), its IR from the round that measured it, -Oz counted once."""
    from llmcompiler.llvm.harness import combine

    m = ir.load(EXAMPLE)
    # on crc32 (-Oz: 72 instructions) both lists of the second round beat -Oz, by as much as each other
    wins = ["function(sroa),cgscc(function-attrs),function(simplifycfg),function(gvn-hoist),function(early-cse<memssa>)",
            "function(sroa),function(instcombine<no-verify-fixpoint>),function(early-cse<memssa>),function(simplifycfg),function(load-store-vectorizer)"]
    with Harness() as h:
        a = h.evaluate(m, ["default<O1>", "instcombine"], keep_text=True)
        b = h.evaluate(m, wins, keep_text=True)
        one = h.evaluate(m, ["default<O1>", "instcombine", *wins], keep_text=True)
    both = combine([a, b])
    assert both.candidates == a.candidates + b.candidates
    assert [o.count for o in both.candidates] == [o.count for o in one.candidates]
    assert (both.chosen, both.best_count, both.count_oz) == (one.chosen, one.best_count, one.count_oz)
    assert both.compilations == one.compilations == 5
    assert both.chosen == 2 and both.candidates[3].count == both.best_count  # a tie: the earlier
    assert both.best_text == one.best_text and both.best_text != a.best_text
    with pytest.raises(ValueError, match="different modules"):
        combine([a, replace(b, ir_hash="other")])
    # rounds that lose after a winning one keep its answer and its IR
    loser = replace(a, candidates=tuple(replace(o, status="loses", count=a.count_oz + 1) for o in a.candidates),
                    chosen=None, best_text="oz")
    kept = combine([b, loser])
    assert (kept.chosen, kept.best_text) == (0, b.best_text)
