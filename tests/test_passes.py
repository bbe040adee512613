"""passes.py: the vocabulary as data, explicit nesting per level, and every accepted input syntax."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLE, SMALL_IR

from llmcompiler.errors import PassError
from llmcompiler.llvm import backends, ir, toolchain
from llmcompiler.llvm.passes import (
    PASSES_DIR,
    PassList,
    default_vocabulary,
    parse,
)

V = default_vocabulary()


def test_vocabulary_covers_every_level_and_pipeline():
    levels = {i.level for i in V.infos.values()}
    assert levels == {"module", "cgscc", "function", "loop", "loop-mssa"}
    for p in ("O0", "O1", "O2", "O3", "Os", "Oz"):
        assert V.info(f"default<{p}>").pipeline
    for name in ("gvn-sink", "gvn-hoist", "newgvn", "mergefunc", "early-cse<memssa>", "licm", "inline"):
        assert name in V.infos
    assert len(V) > 100
    assert "Oz" in V.reference and "slp-vectorizer" in V.reference["Oz"]


def test_vocabulary_file_is_what_the_generator_reads():
    data = json.loads((PASSES_DIR / "llvm22.json").read_text())
    assert data["llvm_major"] == 22 and data["generated_by"] == "passes/generate.py"


@pytest.mark.parametrize("token,rendered", [
    ("globalopt", "globalopt"),
    ("inline", "cgscc(inline)"),
    ("function-attrs", "cgscc(function-attrs)"),
    ("sroa", "function(sroa)"),
    ("instcombine", "function(instcombine<no-verify-fixpoint>)"),
    ("indvars", "function(loop(indvars))"),
    ("loop-unroll-full", "function(loop(loop-unroll-full))"),
    ("licm", "function(loop-mssa(licm))"),
    ("loop-rotate", "function(loop-mssa(loop-rotate))"),
    ("default<Oz>", "default<Oz>"),
])
def test_nesting_per_level(token, rendered):
    assert V.passlist([token]).render() == rendered


def test_rendered_lists_run_in_opt_in_any_order():
    # "sroa,inline" fails and "inline,sroa" nests silently when written bare; rendered, both run.
    m = ir.parse(SMALL_IR)
    opt = backends.OptBackend()
    for names in (["sroa", "inline"], ["inline", "sroa"], ["licm", "indvars", "mergefunc", "gvn"]):
        out = opt.run(m.text, V.passlist(names).render())
        assert ir.count_instructions(out) > 0


def test_parse_forms_agree():
    want = V.passlist(["mem2reg", "instcombine<no-verify-fixpoint>", "licm", "default<Oz>"])
    assert parse("-mem2reg -instcombine -licm -Oz") == want  # legacy flags, the 2023 paper's format
    assert parse("mem2reg, instcombine, licm, default<Oz>") == want
    assert parse("function(mem2reg,instcombine<no-verify-fixpoint>),function(loop-mssa(licm)),default<Oz>") == want
    assert parse("opt -S -passes='mem2reg,instcombine,licm,default<Oz>' in.ll -o out.ll") == want
    assert parse("`mem2reg`\n`instcombine`\n`licm`\n`-Oz`") == want
    assert parse(want.render()) == want  # round trip


def test_aliases_and_params():
    assert parse("-early-cse-memssa -functionattrs -loop-unswitch").items == (
        "early-cse<memssa>", "function-attrs", "simple-loop-unswitch")
    assert parse("gvn<no-pre>,simplifycfg<bonus-inst-threshold=2>,instcombine<max-iterations=2>").items == (
        "gvn<no-pre>", "simplifycfg<bonus-inst-threshold=2>", "instcombine<max-iterations=2>")
    with pytest.raises(PassError, match="no parameter 'bogus'"):
        parse("gvn<bogus>")
    with pytest.raises(PassError, match="no parameter"):
        parse("simplifycfg<bonus-inst-threshold=x>")


def test_unknown_names_suggest_the_nearest():
    with pytest.raises(PassError, match="did you mean 'instcombine'"):
        parse("-instcombin")
    with pytest.raises(PassError, match="did you mean 'simplifycfg'"):
        parse("simplfycfg")
    with pytest.raises(PassError, match="does not exist in LLVM 22"):
        parse("-prune-eh")
    with pytest.raises(PassError, match="unknown pipeline"):
        parse("default<O4>")
    with pytest.raises(PassError, match="unbalanced"):
        parse("function(sroa")
    with pytest.raises(PassError, match="empty"):
        parse("  ")
    with pytest.raises(PassError, match="not a pass manager nesting"):
        parse("bogus(sroa)")


def test_text_form_round_trips():
    pl = parse("sroa,gvn,default<Oz>")
    assert pl.text() == "sroa ; gvn ; default<Oz>"
    assert PassList.from_text(pl.text()) == pl
    assert PassList.from_text("") == PassList(())
    with pytest.raises(PassError, match="unknown pass"):
        PassList.from_text("sroa ; bogus-pass")


def test_passlist_equality_and_concat():
    a, b = V.passlist(["sroa"]), V.passlist(["gvn"])
    assert (a + b).items == ("sroa", "gvn")
    assert PassList(("sroa",)) == a
    assert not V.passlist(["gvn-sink"]).in_process() and V.passlist(["sroa", "default<Oz>"]).in_process()


def test_generator_parses_print_passes():
    from passes_generate import read_print_passes

    listed = read_print_passes(toolchain.find_opt())
    assert listed["gvn"][0] == "function" and "no-pre" in listed["gvn"][1]
    assert listed["inline"][0] == "cgscc" and listed["globalopt"][0] == "module"
    assert listed["licm"][0] == "loop"


def test_deep_nesting_and_long_lists_reach_opt():
    """opt-22 takes a pipeline nested 1,000 deep, and a 10,000-item list whose explicit nesting is
    longer than one command-line argument may be (128 KiB on Linux): so must we."""
    deep = parse("function(" * 1000 + "sroa" + ")" * 1000)
    assert deep.items == ("sroa",)
    long = V.passlist(["sroa"] * 10_000)
    assert len(long.render()) > 128 * 1024
    m = ir.load(EXAMPLE)
    out = backends.OptBackend().run(m.text, long.render())
    assert ir.count_instructions(out) == ir.count_instructions(backends.OptBackend().run(m.text, "function(sroa)"))
