"""Property-based tests: the pass-list parser and renderer, and IR loading, on generated input."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from llmcompiler.errors import IRError, PassError  # noqa: E402
from llmcompiler.llvm import ir  # noqa: E402
from llmcompiler.llvm.passes import PassList, default_vocabulary, parse  # noqa: E402

V = default_vocabulary()
ITEMS = st.sampled_from(sorted(V.names))
LISTS = st.lists(ITEMS, min_size=1, max_size=200).map(V.passlist)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(LISTS)
def test_render_and_text_round_trip(pl):
    assert parse(pl.render()) == pl
    assert PassList.from_text(pl.text()) == pl
    assert parse(",".join(pl.items)) == pl or any("," in item for item in pl.items)
    assert len(parse(pl.render())) == len(pl)


@FAST
@given(LISTS, st.integers(min_value=0, max_value=300))
def test_any_depth_of_module_nesting_flattens_to_the_same_list(pl, depth):
    assert parse("module(" * depth + pl.render() + ")" * depth) == pl


@FAST
@given(st.text(max_size=300))
@example("0\n(")  # an unbalanced pipeline over two lines: its error was two lines
@example("a)\nb")
def test_parsing_any_text_gives_a_list_or_a_pass_error(text):
    try:
        pl = parse(text)
    except PassError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert pl.items and parse(pl.render()) == pl


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.binary(max_size=2000).map(lambda b: b"BC\xc0\xde" + b),
                 st.text(max_size=500).map(str.encode)))
def test_loading_any_bytes_gives_ir_or_an_ir_error(data):
    try:
        m = ir.parse(data, "fuzz.ll")
    except IRError as e:
        assert str(e).startswith("fuzz.ll: ") and "\n" not in str(e)
    else:
        assert m.count >= 0 and ir.parse(m.text).hash == m.hash
