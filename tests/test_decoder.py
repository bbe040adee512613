"""The lean backend (``decoder.py`` + the ``tokenizers`` library) against transformers, on the shipped
model and real IR: the same token ids, the same logits (prompt, cached continuation, the catalogue's
tree-masked pass), the same candidates; and a default run that never imports transformers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import DATA, EXAMPLE, EXAMPLE_O0, ROOT, SMALL_IR

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from llmcompiler.defaults import DEFAULT_MODEL  # noqa: E402
from llmcompiler.llvm import ir  # noqa: E402
from llmcompiler.model import prompt as P  # noqa: E402
from llmcompiler.model.decoder import Decoder, supports  # noqa: E402
from llmcompiler.model.model import BACKEND_ENV, ModelError, choose_backend, load  # noqa: E402
from llmcompiler.model.tokenizer import answer_ids, encode_prompt  # noqa: E402

if not (DEFAULT_MODEL / "model.safetensors").exists():
    pytest.skip("no shipped model", allow_module_level=True)

TOL = 1e-4
MODULES = {  # real IR: the examples, the test data, a small loop
    "crc32": ir.load(EXAMPLE).text,
    "crc32.O0": ir.load(EXAMPLE_O0).text,
    "csv_parser": ir.load(DATA / "csv_parser.ll").text,
    "small": SMALL_IR,
}


@pytest.fixture(scope="module")
def lean():
    m = load(DEFAULT_MODEL, backend="lean")
    assert m.backend == "lean" and isinstance(m.net, Decoder)
    return m


@pytest.fixture(scope="module")
def hf():
    m = load(DEFAULT_MODEL, backend="transformers")
    assert m.backend == "transformers" and not isinstance(m.net, Decoder)
    return m


def _prompt(m, text):
    return encode_prompt(m.tok, text, m.cfg.prompt_tokens)[0]


def _diff(a, b) -> float:
    return float((a.float() - b.float()).abs().max())


# -- tokenizer -----------------------------------------------------------------------------------


def test_lean_tokenizer_gives_the_same_ids(lean, hf):
    assert type(lean.tok).__name__ == "LeanTokenizer" and type(hf.tok).__name__ != "LeanTokenizer"
    assert len(lean.tok) == len(hf.tok)
    for name in ("pad", "bos", "eos"):
        assert getattr(lean.tok, f"{name}_token") == getattr(hf.tok, f"{name}_token")
        assert getattr(lean.tok, f"{name}_token_id") == getattr(hf.tok, f"{name}_token_id")
    specials = [P.PASSES, P.BEFORE, P.AFTER, P.TRUNCATED, "<s>", "</s>", "<pad>", " ;", " default<Oz>", "nope"]
    assert lean.tok.convert_tokens_to_ids(specials) == hf.tok.convert_tokens_to_ids(specials)
    for text in MODULES.values():
        ids = _prompt(lean, text)
        assert ids == _prompt(hf, text)  # the prompt encoding, cut modules included
        assert lean.tok.decode(ids) == hf.tok.decode(ids)
        assert lean.tok.decode(ids, skip_special_tokens=True) == hf.tok.decode(ids, skip_special_tokens=True)
        assert lean.tok.convert_ids_to_tokens(ids[:50]) == hf.tok.convert_ids_to_tokens(ids[:50])
    lines = P.normalize(MODULES["crc32"]).split("\n")
    assert lean.tok(lines, add_special_tokens=False) == {"input_ids": hf.tok(lines, add_special_tokens=False)["input_ids"]}
    items = ("default<Oz>", "iroutliner", "default<Oz>")
    assert answer_ids(lean.tok, items, 667, 284) == answer_ids(hf.tok, items, 667, 284)
    assert answer_ids(lean.tok, items) == answer_ids(hf.tok, items)


def test_one_spelling_of_the_answer(lean):
    from llmcompiler.llvm.passes import ITEM_SEP

    assert ITEM_SEP == f" {P.SEP} "  # a list's text form is what the tokenizer's separator token spells
    items = ["default<Oz>", "gvn-sink"]
    assert P.answer_text(items, 667, 284) == " default<Oz> ; gvn-sink <before> 667 <after> 284"
    assert P.answer_text(items) == " default<Oz> ; gvn-sink <before>"
    assert P.format_answer(items, 667, 284) == P.PASSES + P.answer_text(items, 667, 284)
    tok = lean.tok
    full = answer_ids(tok, items, 667, 284)
    bare = answer_ids(tok, items)
    assert full[-1] == tok.eos_token_id and full[: len(bare)] == bare  # the list, then the counts
    assert tok.convert_ids_to_tokens(bare) == [" default<Oz>", " ;", " gvn-sink", "Ġ", P.BEFORE]  # Ġ: the lone space
    with pytest.raises(ValueError):
        answer_ids(tok, items, 667)


# -- logits --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MODULES))
def test_prompt_logits_match_transformers(lean, hf, name):
    ids = torch.tensor([_prompt(lean, MODULES[name])])
    with torch.inference_mode():
        a, _ = lean.lm.forward(ids)
        b, _ = hf.lm.forward(ids)
        c = hf.net(ids).logits  # the plain transformers call, no cache
    assert a.shape == b.shape == (1, ids.shape[1], len(lean.tok))
    assert _diff(a, b) < TOL and _diff(a, c) < TOL


@pytest.mark.parametrize("name", ["csv_parser", "crc32"])
def test_tree_masked_catalogue_pass_matches_transformers(lean, hf, name):
    ids = _prompt(lean, MODULES[name])
    tokens, _, depth, paths, tree = lean._catalogue_tree()
    assert tokens == hf._catalogue_tree()[0] and len(paths) == len(lean.catalogue)
    n, plen = len(tokens), len(ids)
    mask = torch.cat([torch.ones((n, plen), dtype=torch.bool), tree], 1)[None]
    pos = torch.tensor([[plen + d - 1 for d in depth]])
    out = []
    with torch.inference_mode():
        for m in (lean, hf):
            _, cache = m.lm.forward(torch.tensor([ids]))
            logits, _ = m.lm.forward(torch.tensor([tokens]), cache, mask=mask, positions=pos)
            out.append(logits)
    assert out[0].shape == (1, n, len(lean.tok)) and _diff(*out) < TOL
    # and each node reads what a plain pass over prompt + its own list reads
    path = max(paths, key=len)
    with torch.inference_mode():
        plain, _ = lean.lm.forward(torch.tensor([ids + [tokens[j] for j in path]]))
    assert _diff(out[0][0, path], plain[0, plen:]) < TOL


def test_cached_continuation_matches_transformers(lean, hf):
    """What ``_finish_counts`` and the beam do: one prompt's cache copied, repeated for a padded batch
    (a key mask and position ids), continued token by token, reordered."""
    ids = _prompt(lean, MODULES["csv_parser"])
    plen, pad = len(ids), lean.tok.pad_token_id
    conts = [answer_ids(lean.tok, items) for items in (["default<Oz>"], ["iroutliner", "default<Oz>"],
                                                       ["gvn-sink", "default<O1>", "dse"])]
    width = max(map(len, conts))
    inp = torch.tensor([[pad] * (width - len(c)) + c for c in conts])
    keys = torch.tensor([[1] * plen + [0] * (width - len(c)) + [1] * len(c) for c in conts])
    pos = torch.tensor([[plen] * (width - len(c)) + list(range(plen, plen + len(c))) for c in conts])
    steps = []
    with torch.inference_mode():
        for m in (lean, hf):
            got = []
            _, cache = m.lm.forward(torch.tensor([ids]))
            kept = cache.copy()
            cache.repeat(len(conts))
            logits, cache = m.lm.forward(inp, cache, mask=keys, positions=pos)
            got.append(logits[:, -1])
            nxt = logits[:, -1].argmax(-1)
            mask = torch.cat([keys, torch.ones((len(conts), 1), dtype=keys.dtype)], 1)
            logits, cache = m.lm.forward(nxt[:, None], cache, mask=mask, positions=pos[:, -1:] + 1)
            got.append(logits[:, -1])
            cache.reorder(torch.tensor([2, 2, 0]))
            logits, cache = m.lm.forward(torch.tensor([[7], [8], [9]]), cache)
            got.append(logits[:, -1])
            # the copy taken before is untouched: continuing it equals continuing the prompt afresh
            again, _ = m.lm.forward(torch.tensor([conts[0]]), kept)
            fresh, _ = m.lm.forward(torch.tensor([ids + conts[0]]))
            assert _diff(again[0], fresh[0, plen:]) < TOL
            got.append(again[0])
            steps.append(got)
    for a, b in zip(*steps):
        assert _diff(a, b) < TOL


# -- candidates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MODULES))
def test_candidates_identical_with_both_backends(lean, hf, name):
    a = lean.propose(MODULES[name], 9)
    b = hf.propose(MODULES[name], 9)
    assert len(a.candidates) == len(b.candidates) == 9
    assert (a.prompt_tokens, a.truncated, a.notes) == (b.prompt_tokens, b.truncated, b.notes)
    for x, y in zip(a.candidates, b.candidates):
        assert x.answer.passlist.items == y.answer.passlist.items
        assert (x.answer.before, x.answer.after, x.answer.text) == (y.answer.before, y.answer.after, y.answer.text)
        assert x.score == pytest.approx(y.score, abs=TOL)


def test_free_decoding_identical_with_both_backends():
    """The beam search (cache repeated and reordered every step) gives the same lists."""
    a = load(DEFAULT_MODEL, decoding="free", backend="lean").propose(MODULES["crc32"], 4)
    b = load(DEFAULT_MODEL, decoding="free", backend="transformers").propose(MODULES["crc32"], 4)
    assert [c.answer.text for c in a.candidates] == [c.answer.text for c in b.candidates]
    assert [c.score for c in a.candidates] == pytest.approx([c.score for c in b.candidates], abs=TOL)


# -- which backend runs --------------------------------------------------------------------------


def test_backend_choice(monkeypatch, tmp_path):
    config = json.loads((DEFAULT_MODEL / "config.json").read_text())
    monkeypatch.delenv(BACKEND_ENV, raising=False)
    assert supports(config) is None
    assert choose_backend(config, "llmopt") == "lean"
    assert choose_backend(config, "llm-compiler-ftd") == "transformers"
    assert choose_backend({**config, "model_type": "mistral"}, "llmopt") == "transformers"
    assert choose_backend({**config, "rope_parameters": {"rope_type": "yarn", "rope_theta": 1e4}}, "llmopt") == "transformers"
    monkeypatch.setenv(BACKEND_ENV, "transformers")
    assert choose_backend(config, "llmopt") == "transformers"
    assert load(DEFAULT_MODEL, decoding="catalogue").backend == "transformers"
    assert choose_backend(config, "llmopt", backend="lean") == "lean"  # the argument wins
    with pytest.raises(ModelError, match="cannot run"):
        choose_backend(config, "llm-compiler-ftd", backend="lean")
    monkeypatch.setenv(BACKEND_ENV, "jax")
    with pytest.raises(ModelError, match="unknown backend"):
        load(DEFAULT_MODEL, decoding="catalogue")


def test_lean_model_saves_a_transformers_directory(lean, tmp_path):
    from transformers import AutoModelForCausalLM

    lean.save(tmp_path / "copy")
    config = json.loads((tmp_path / "copy" / "config.json").read_text())
    assert config["llmopt_format"] == "llmopt" and config["llmopt"]["max_len"] == lean.cfg.max_len
    ids = torch.tensor([_prompt(lean, MODULES["small"])])
    with torch.inference_mode():
        want, _ = lean.lm.forward(ids)
        for path in (DEFAULT_MODEL, tmp_path / "copy"):  # the shipped directory and the copy load in transformers
            net = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True, dtype=torch.float32).eval()
            assert _diff(net(ids).logits, want) < TOL
        again = load(tmp_path / "copy", backend="lean")
        assert again.catalogue == lean.catalogue and _diff(again.lm.forward(ids)[0], want) == 0
        assert again.tok.convert_tokens_to_ids([P.BEFORE, " ;"]) == lean.tok.convert_tokens_to_ids([P.BEFORE, " ;"])


def test_default_run_never_imports_transformers():
    code = (
        "import sys\n"
        "import llmcompiler.model.model as mm\n"
        "from llmcompiler.llvm import ir\n"
        "from llmcompiler.tools.advisor import suggest\n"
        "m = mm.load(decoding='catalogue')\n"
        f"s = suggest(ir.load({str(DATA / 'csv_parser.ll')!r}), k=2, model=m)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('transformers', 'accelerate'))\n"
        "print(m.backend, s.count <= s.count_oz, bad[:5])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != BACKEND_ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == "lean True []"


def test_a_truncated_prompt_shows_no_count_as_the_modules():
    """The network reads the start of each function of a long module: its counts describe that part,
    so the answer does not present them as the module's (the note says why)."""
    from llmcompiler.llvm import ir
    from llmcompiler.tools.advisor import suggest

    m = ir.load(DATA / "csv_parser.ll")
    s = suggest(m, k=2, model=load(DEFAULT_MODEL, decoding="catalogue"))
    assert any("context" in n for n in s.notes)
    assert s.predicted_before is None and s.predicted_after is None
    assert all(c.predicted_before is None and c.predicted_after is None for c in s.candidates)
    small = suggest(ir.parse(SMALL_IR), k=2, model=load(DEFAULT_MODEL, decoding="catalogue"), verify=False)
    assert not small.notes and small.predicted_before is not None  # a module that fits: its counts are shown
