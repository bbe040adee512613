"""The model side: prompt encoding, tokenizer, a tiny model trained here, decoding, suggest, FTD format."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import DATA, EXAMPLE, SMALL_IR

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from llmcompiler.model import prompt  # noqa: E402
from llmcompiler.errors import IRError, LlmoptError  # noqa: E402
from llmcompiler.llvm import ir
from llmcompiler.llvm.passes import default_vocabulary  # noqa: E402
from llmcompiler.model.model import (  # noqa: E402
    FTD,
    Model,
    ModelConfig,
    ModelError,
    decode_ftd,
    load,
)
from llmcompiler.model.tokenizer import answer_ids, encode_prompt, train_tokenizer  # noqa: E402
from llmcompiler.model.train import TrainConfig, train  # noqa: E402
from llmcompiler.tools.advisor import suggest  # noqa: E402

CSV = ir.load(DATA / "csv_parser.ll")  # -Oz 296; iroutliner,default<Oz> gives 284
CRC = ir.load(EXAMPLE)
SMALL = ir.parse(SMALL_IR, "small")
TINY = ModelConfig(hidden_size=64, num_layers=2, num_heads=4, intermediate_size=128, max_len=512)


def _records():
    return [
        {"id": "csv", "text": CSV.text, "items": ["iroutliner", "default<Oz>"], "count": CSV.count, "best_count": 284},
        {"id": "crc", "text": CRC.text, "items": ["default<Oz>"], "count": CRC.count, "best_count": 72},
        {"id": "small", "text": SMALL.text, "items": ["default<O1>", "gvn-sink"], "count": SMALL.count, "best_count": 9},
    ]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A tiny model trained to memorise three answers (seconds on a CPU)."""
    out = tmp_path_factory.mktemp("tiny")
    cfg = TrainConfig(out=str(out), model=TINY, vocab_size=700, epochs=100, batch_size=3, learning_rate=5e-3, targets="best",
                      logging_steps=5, save_steps=10_000, threads=1)
    summary = train(cfg, records=_records(), progress=False)
    return out, summary


# -- prompt --------------------------------------------------------------------------------------


def test_normalize_is_compact_and_drops_noise():
    n = prompt.normalize(CSV.text)
    assert len(n) < 0.6 * len(CSV.text)
    for noise in ("!tbaa", "attributes #", "target datalayout", "align 4", "dso_local", "; preds"):
        assert noise not in n
    assert n.startswith("define")  # code first, data after
    assert "@llvm.lifetime.start.p0" in n  # intrinsic names stay


def test_normalize_renames_consistently():
    a = SMALL_IR
    b = a.replace("%acc", "%accumulator").replace("@sum", "@total_of_array").replace("%body", "%loop.body").replace("\nbody:", "\nloop.body:")
    assert prompt.normalize(a) == prompt.normalize(b)
    assert prompt.normalized_hash(a) == prompt.normalized_hash(b)
    assert prompt.normalize(a) != prompt.normalize(a.replace("add i32 %s, %v", "sub i32 %s, %v"))


def test_decode_good_answer():
    a = prompt.decode("<passes> default<Oz> ; gvn-sink <before> 667 <after> 284</s>")
    assert a.valid and a.passlist.items == ("default<Oz>", "gvn-sink")
    assert (a.before, a.after) == (667, 284)


@pytest.mark.parametrize("text", [
    "", "garbage", "<passes>", "<passes> <before> 3", "<passes> default<Oz> ; ; gvn", "<passes> made-up-pass",
    "<passes> default<Oz> ; gv", "<passes> default<Ozz> <after> x", "<passes> loop-unroll<O999999999999>",
    "<passes> " + "gvn ; " * 5000, "\x00\xff<passes>\ud800",
])
def test_decode_never_raises_and_rejects_malformed(text):
    a = prompt.decode(text)
    if not text.startswith("<passes> " + "gvn ; "):
        assert not a.valid and a.error
    else:  # trailing separator: truncated list
        assert not a.valid


def test_format_answer_round_trip():
    s = prompt.format_answer(["licm", "gvn", "default<O3>", "default<Oz>"], 10, 7)
    a = prompt.decode(s)
    assert a.passlist.items == ("licm", "gvn", "default<O3>", "default<Oz>") and (a.before, a.after) == (10, 7)


# -- tokenizer -----------------------------------------------------------------------------------


def test_tokenizer_round_trip_and_single_token_passes():
    tok = train_tokenizer([CSV.text, CRC.text, SMALL.text], vocab_size=600)
    text = prompt.normalize(CSV.text)
    assert tok.decode(tok(text, add_special_tokens=False)["input_ids"]) == text
    ids = answer_ids(tok, ["default<Oz>", "gvn-sink", "instcombine<no-verify-fixpoint>"], 667, 284)
    toks = tok.convert_ids_to_tokens(ids)
    assert " default<Oz>" in toks and " gvn-sink" in toks and " instcombine<no-verify-fixpoint>" in toks
    assert ids[-1] == tok.eos_token_id
    a = prompt.decode(prompt.PASSES + tok.decode(ids, skip_special_tokens=False))
    assert a.passlist.items == ("default<Oz>", "gvn-sink", "instcombine<no-verify-fixpoint>")
    assert (a.before, a.after) == (667, 284)
    for name in default_vocabulary().names:  # every vocabulary item is one token
        assert len(tok(" " + name, add_special_tokens=False)["input_ids"]) == 1, name
    # the separator is one token with its space, so the space token alone only ever precedes <before>
    assert toks[:3] == [" default<Oz>", " ;", " gvn-sink"]
    items = toks[: toks.index(prompt.BEFORE)]
    assert items.count(" ;") == 2 and items[-1] not in items[:-1]  # the space token ends the list only


def test_encode_prompt_truncates_and_says_so():
    tok = train_tokenizer([CSV.text, SMALL.text], vocab_size=600)
    ids, truncated = encode_prompt(tok, CSV.text, 100)
    assert truncated and 90 <= len(ids) <= 100
    assert ids[0] == tok.bos_token_id and tok.convert_ids_to_tokens(ids[-2:]) == [prompt.TRUNCATED, prompt.PASSES]
    ids, truncated = encode_prompt(tok, SMALL.text, 4000)
    assert not truncated and tok.convert_ids_to_tokens(ids[-1]) == prompt.PASSES


def test_a_cut_module_shows_the_start_of_every_function():
    tok = train_tokenizer([CSV.text, SMALL.text], vocab_size=600)
    text = prompt.normalize(CSV.text)
    full = len(tok(text, add_special_tokens=False)["input_ids"])
    defines = [ln for ln in text.splitlines() if ln.startswith("define")]
    assert len(defines) >= 4
    ids, truncated = encode_prompt(tok, CSV.text, full // 2)
    shown = tok.decode(ids, skip_special_tokens=True)
    assert truncated and len(ids) <= full // 2
    assert all(d in shown for d in defines)  # a plain cut would drop the last functions
    assert "..." in shown


def test_switch_tables_shrink_when_a_module_is_cut():
    from llmcompiler.model.tokenizer import _collapse_cases

    lines = ["switch i32 %1, label %9 ["] + [f"i32 {i}, label %7" for i in range(40)] + ["]"]
    assert _collapse_cases(lines) == lines[:3] + ["...", "]"]


# -- training and generation ---------------------------------------------------------------------


def test_training_loss_goes_down(tiny_model):
    out, summary = tiny_model
    assert summary["examples"] == 3 and summary["parameters"] > 0
    assert summary["final_loss"] < 0.5 * summary["first_loss"]
    files = {p.name for p in out.iterdir()}
    assert {"config.json", "tokenizer.json", "model.safetensors", "training.json"} <= files
    log = json.loads((out / "training.json").read_text())["log"]
    assert any("loss" in e for e in log)


def test_load_generate_decode_end_to_end(tiny_model):
    m = load(tiny_model[0])
    assert m.format == "llmopt" and m.cfg.max_len == TINY.max_len
    p = m.propose(CSV.text, k=3)
    assert p.truncated and "start of each function" in p.notes[0]  # csv_parser is longer than the tiny context
    lists = [c.answer.passlist.items for c in p.candidates if c.answer.valid]
    assert ("iroutliner", "default<Oz>") in lists  # memorised
    assert len(set(lists)) == len(lists)  # distinct candidates
    assert [c.score for c in p.candidates] == sorted((c.score for c in p.candidates), reverse=True)
    top = p.candidates[0].answer
    assert top.before is not None and top.after is not None


def test_suggest_verifies_and_beats_oz(tiny_model):
    s = suggest(CSV, k=2, model=tiny_model[0], keep_output=True)
    assert s.count_oz == 296 and not s.fallback and s.count == 284
    assert s.pipeline == default_vocabulary().passlist(("iroutliner", "default<Oz>")).render()
    assert s.output is not None and s.output.count == 284
    assert s.compilations >= 2 and s.model_seconds > 0
    assert s.candidates[0].measured == 284 and s.candidates[0].status == "better"


def test_suggest_no_verify_compiles_nothing(tiny_model):
    s = suggest(CSV, k=2, model=tiny_model[0], verify=False)
    assert s.compilations == 0 and s.count is None and s.count_oz is None
    assert "iroutliner" in s.pipeline


def test_suggest_falls_back_when_the_model_talks_garbage(tiny_model, monkeypatch):
    m = load(tiny_model[0])
    from llmcompiler.model import model as model_mod

    assert m.decoding == "catalogue"  # the default: the ranking, not the beam, gives the lists
    calls = []

    def no_lists(self, logits, cache, plen, k):
        calls.append(k)
        return []

    monkeypatch.setattr(Model, "_rank_catalogue", no_lists)
    s = suggest(CRC, k=4, model=m)
    assert calls == [5]  # k + 1: the bare -Oz answer takes no slot
    assert s.fallback and s.count == s.count_oz == 72 and s.candidates == ()
    assert s.reason == "the model gave no candidate: -Oz"
    bad = model_mod.Candidate(prompt.decode("<passes> not-a-pass"), 0.0)
    monkeypatch.setattr(Model, "propose", lambda self, text, k: model_mod.Proposal([bad], 10, False, 0.01))
    s = suggest(CRC, k=4, model=m)
    assert s.fallback and "valid" in s.reason and s.candidates[0].status == "invalid-answer"


def test_suggest_errors(tiny_model, tmp_path):
    with pytest.raises(IRError):
        suggest("define i32 @f( {", model=tiny_model[0])
    empty = 'target triple = "x86_64-pc-linux-gnu"\ndeclare i32 @f()\n'
    with pytest.raises(IRError, match="no function bodies"):
        suggest(empty, model=tiny_model[0])
    with pytest.raises(ModelError, match="does not exist"):
        suggest(SMALL, model=tmp_path / "missing")
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model[0], broken, ignore=shutil.ignore_patterns("checkpoints"))
    (broken / "model.safetensors").write_bytes(b"not a safetensors file")
    with pytest.raises(ModelError, match="cannot load"):
        load(broken)
    (broken / "config.json").write_text("{")
    with pytest.raises(ModelError, match="unreadable"):
        load(broken)
    with pytest.raises(LlmoptError):
        suggest(SMALL, k=0, model=tiny_model[0])


def test_resume_training_from_checkpoint(tmp_path):
    out = tmp_path / "m"
    cfg = TrainConfig(out=str(out), model=TINY, vocab_size=600, epochs=2, batch_size=3, save_steps=1, threads=1,
                      targets="best")
    train(cfg, records=_records(), progress=False)
    assert list((out / "checkpoints").glob("checkpoint-*"))
    cfg.epochs = 3
    s = train(cfg, records=_records(), resume=True, progress=False)
    assert s["resumed_from"] and s["resumed_from"].endswith("checkpoint-2")


def test_wins_targets_are_drawn_by_instructions_saved():
    from llmcompiler.model.train import draw_targets

    rec = {"id": "a", "items": ["x"], "count": 200, "count_oz": 100, "best_count": 70,
           "wins": [["x", 70], ["y ; z", 90], ["w", 100]]}  # w ties -Oz: never a target
    plain = {"id": "b", "items": ["default<Oz>"], "count": 50, "count_oz": 40, "best_count": 40}
    got = draw_targets([rec, plain], 2000, seed=0)
    assert len(got) == 4000 and all(g["items"] == ["default<Oz>"] for g in got[1::2])
    drawn = [(tuple(g["items"]), g["best_count"]) for g in got[0::2]]
    assert set(drawn) == {(("x",), 70), (("y", "z"), 90)}
    share = drawn.count((("x",), 70)) / len(drawn)  # saved 30 against 10: drawn 3 times in 4
    assert 0.71 < share < 0.79
    assert rec["items"] == ["x"]  # the records themselves are not changed


def test_training_on_wins_targets(tmp_path):
    recs = _records()
    recs[0] |= {"count_oz": 296, "wins": [["iroutliner ; default<Oz>", 284], ["iroutliner ; default<Oz> ; dce", 290]]}
    cfg = TrainConfig(out=str(tmp_path / "m"), model=TINY, vocab_size=600, epochs=2, batch_size=3,
                      save_steps=10_000, threads=1, targets="wins", oversample_improved=1)
    s = train(cfg, records=recs, progress=False)
    assert s["examples"] == 6  # two passes, each with its own draw
    cat = json.loads((tmp_path / "m" / "lists.json").read_text())["lists"]
    assert ["iroutliner", "default<Oz>"] in cat and ["iroutliner", "default<Oz>", "dce"] in cat
    with pytest.raises(LlmoptError, match="unknown targets"):
        train(TrainConfig(out=str(tmp_path / "n"), targets="most"), records=recs, progress=False)


def test_cli_train_from_corpus_and_labels_files(tmp_path, capsys):
    from llmcompiler.cli import main
    from llmcompiler.model import dataset

    corpus, labels = tmp_path / "c.jsonl.gz", tmp_path / "l.jsonl.gz"
    dataset.write_jsonl(corpus, [{"id": r["id"], "text": r["text"], "split": "train"} for r in _records()]
                        + [{"id": "held", "text": SMALL.text, "split": "test"}])
    dataset.write_jsonl(labels, [
        {"id": "csv", "items": ["default<Oz>"], "count": CSV.count, "count_oz": 296, "best_count": 296,
         "wins": [["iroutliner ; default<Oz>", 284]]},  # the label and, beside it, a list that beat -Oz
        {"id": "crc", "items": ["default<Oz>"], "count": CRC.count, "count_oz": 72, "best_count": 72, "wins": []},
        {"id": "held", "items": ["default<O1>"], "count": SMALL.count, "count_oz": 10, "best_count": 9},
    ])
    out = tmp_path / "m"
    rc = main(["train", "--out", str(out), "--corpus", str(corpus), "--labels", str(labels), "--epochs", "2",
               "--hidden", "32", "--layers", "1", "--heads", "2", "--intermediate", "64", "--max-len", "256",
               "--vocab-size", "600", "--batch-size", "2", "--threads", "1", "--json"])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)
    assert res["examples"] == 4 and res["config"]["targets"] == "wins"  # 2 train examples, 2 passes
    cat = json.loads((out / "lists.json").read_text())["lists"]
    assert sorted(cat) == [["default<Oz>"], ["iroutliner", "default<Oz>"]]  # the test label stays out


# -- published checkpoints (LLM Compiler FTD): prompt and answer format, no download ---------------


FTD_ANSWERS = [
    ("Run passes `-passes='module(default<Oz>),function(gvn-sink)'` to get instruction count of 70.",
     ("default<Oz>", "gvn-sink")),
    ('-passes="instcombine<no-verify-fixpoint>,simplifycfg" reduces instruction count from 158 to 71',
     ("instcombine<no-verify-fixpoint>", "simplifycfg")),
    ("-passes=sroa,gvn,default<Oz>", ("sroa", "gvn", "default<Oz>")),
]


@pytest.mark.parametrize("text,items", FTD_ANSWERS)
def test_decode_ftd_answers(text, items):
    a = decode_ftd(text)
    assert a.valid and a.passlist.items == items


@pytest.mark.parametrize("text", ["", "I cannot help", "-passes='made-up'", "-passes='gvn,", "-passes="])
def test_decode_ftd_garbage(text):
    assert not decode_ftd(text).valid


@pytest.fixture
def ftd_dir(tiny_model, tmp_path):
    """A tiny random model whose config says it is facebook/llm-compiler-7b-ftd."""
    d = tmp_path / "llm-compiler-7b-ftd"
    shutil.copytree(tiny_model[0], d, ignore=shutil.ignore_patterns("checkpoints"))
    cfg = json.loads((d / "config.json").read_text())
    cfg.pop("llmopt_format", None)
    cfg["_name_or_path"] = "facebook/llm-compiler-7b-ftd"
    (d / "config.json").write_text(json.dumps(cfg))
    return d


def test_ftd_checkpoint_prompt_and_canned_answer(ftd_dir, monkeypatch):
    m = load(ftd_dir)
    assert m.format == FTD
    seen = {}

    def fake_generate(input_ids, **kw):
        seen["prompt"] = m.tok.decode(input_ids[0].tolist(), skip_special_tokens=True)
        seen["kw"] = kw
        answer = m.tok("Run passes -passes='module(default<Oz>),function(gvn-sink)' for size",
                       add_special_tokens=False, return_tensors="pt")["input_ids"]
        return torch.cat([input_ids, answer], dim=1)

    monkeypatch.setattr(m.net, "generate", fake_generate)
    p = m.propose(CRC.text, k=1)
    assert seen["prompt"].startswith("[INST] Tell me how to optimize this LLVM-IR for object file size:")
    assert seen["prompt"].rstrip().endswith("</code> [/INST]") and "<code>" in seen["prompt"]
    assert seen["kw"]["do_sample"] is False  # greedy, their recipe
    assert p.candidates[0].answer.passlist.items == ("default<Oz>", "gvn-sink")
    s = suggest(CRC, k=1, model=m)
    assert s.count <= s.count_oz == 72


def test_ftd_random_model_output_is_handled(ftd_dir):
    m = load(ftd_dir, prompt_format=FTD)
    assert m.backend == "transformers"  # the FTD format always runs on transformers
    p = m.propose(SMALL.text, k=1)  # a network that never learnt this format writes noise: no crash
    assert len(p.candidates) == 1 and p.prompt_tokens > 0
    bad = p.candidates[0].answer
    assert not bad.valid and bad.error == "no -passes= in the answer"
    s = suggest(SMALL, k=1, model=m)
    assert s.fallback and s.count == s.count_oz
    assert s.reason == "none of the model's 1 answers was a valid pass list: -Oz"
    assert [c.status for c in s.candidates] == ["invalid-answer"]


# -- command line and bench methods ----------------------------------------------------------------


def test_cli_suggest(tiny_model, tmp_path, capsys):
    from llmcompiler.cli import main

    out = tmp_path / "csv.opt.ll"
    assert main(["suggest", str(DATA / "csv_parser.ll"), "-k", "2", "--model", str(tiny_model[0]), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "opt-22 -passes='" in text and "-Oz 296" in text and "answer 284" in text and "compilations" in text
    assert ir.load(out).count == 284
    assert main(["suggest", str(DATA / "csv_parser.ll"), "-k", "2", "--model", str(tiny_model[0]), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["count"] == 284 and d["count_oz"] == 296 and not d["fallback_to_oz"] and d["candidates"]
    assert main(["suggest", str(EXAMPLE), "--model", str(tiny_model[0]), "--no-verify"]) == 0
    assert "not verified" in capsys.readouterr().out


def test_cli_suggest_errors(tiny_model, tmp_path, capsys):
    from llmcompiler.cli import main

    assert main(["suggest", str(EXAMPLE), "--model", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("llmopt: error: model directory") and err.count("\n") == 1
    bad = tmp_path / "bad.ll"
    bad.write_text("define i32 @f() {\n  ret i64 0\n}\n")
    out = tmp_path / "never.ll"
    assert main(["suggest", str(bad), "--model", str(tiny_model[0]), "-o", str(out)]) == 1
    assert "llmopt: error:" in capsys.readouterr().err and not out.exists()


def test_bench_model_and_coreset_methods(tiny_model, tmp_path):
    from llmcompiler.model import dataset
    from llmcompiler.tools import bench

    suite = tmp_path / "suite"
    suite.mkdir()
    shutil.copy(DATA / "csv_parser.ll", suite / "csv_parser.ll")
    shutil.copy(EXAMPLE, suite / "crc32.ll")
    labels = tmp_path / "labels.jsonl.gz"
    dataset.write_jsonl(labels, [{"id": "a", "split": "train", "items": ["iroutliner", "default<Oz>"],
                                  "count_oz": 10, "best_count": 9}])
    meths = [f"model@2:{tiny_model[0]}", f"coreset@1:{labels}"]
    res = bench.run(str(suite), meths, jobs=1, out_dir=tmp_path / "out", progress=False)
    s = res["summary"][meths[0]]
    assert s["modules"] == 2 and s["regressed"] == 0 and s["improved"] >= 1
    assert s["answers"] >= 2 and 0 <= s["valid_answers"] <= s["answers"]
    # both modules are longer than the tiny model's context: its counts describe a part and are not shown
    assert s["truncated_prompts"] == 2 and s["mape_before"] is None
    assert res["summary"][meths[1]]["improved"] >= 1  # iroutliner,default<Oz> beats -Oz on csv_parser


def test_cli_bench_prints_model_stats(tiny_model, tmp_path, capsys):
    from llmcompiler.cli import main

    suite = tmp_path / "suite"
    suite.mkdir()
    shutil.copy(EXAMPLE, suite / "crc32.ll")
    assert main(["bench", "--suite", str(suite), "--method", "oz", "--method", f"model@1:{tiny_model[0]}",
                 "-j", "1", "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "valid answers" in out and "MAPE before" in out
    model_line = [line for line in out.splitlines() if line.startswith("model@1")][-1]
    assert "/" in model_line.split()[1]  # valid/answers
    assert "model ms/module" in out
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())["summary"]
    stats = next(v for m, v in summary.items() if m.startswith("model@1"))
    assert abs(stats["model_seconds_per_module"] - stats["model_seconds"]) < 1e-3 and stats["model_seconds"] > 0  # one module


def test_catalogue_decoding_spells_only_training_lists(tiny_model, tmp_path):
    m = load(tiny_model[0])
    assert m.decoding == "catalogue" and set(m.catalogue) == {tuple(r["items"]) for r in _records()}
    lists = [c.answer.passlist.items for c in m.propose(SMALL.text, k=5).candidates]
    assert lists and set(lists) <= set(m.catalogue)
    assert load(tiny_model[0], decoding="free").decoding == "free"
    # a model without a catalogue decodes freely; asking for the catalogue then is an error
    bare = tmp_path / "bare"
    shutil.copytree(tiny_model[0], bare, ignore=shutil.ignore_patterns("checkpoints"))
    (bare / "lists.json").unlink()
    assert load(bare).decoding == "free"
    with pytest.raises(ModelError, match="lists.json"):
        load(bare, decoding="catalogue")
    (bare / "lists.json").write_text("{not json")
    with pytest.raises(ModelError, match="catalogue"):
        load(bare)


@pytest.mark.parametrize("backend", ["lean", "transformers"])
def test_catalogue_ranking_scores_every_list_exactly(tiny_model, backend):
    """One tree-masked pass over the catalogue gives each list the log-probability a plain forward
    pass over prompt + list gives it, and the ranking is by that score."""
    m = load(tiny_model[0], backend=backend)
    assert m.backend == backend
    m.catalogue = m.catalogue + [("gvn-sink", "default<Oz>"), ("gvn-sink", "default<O1>", "dse")]
    ids, _ = encode_prompt(m.tok, SMALL.text, m.cfg.prompt_tokens)
    with torch.inference_mode():
        logits, cache = m.lm.forward(torch.tensor([ids]))
    ranked = m._rank_catalogue(logits[:, -1], cache, len(ids), k=10)
    assert {m._list_of(seq) for seq, _ in ranked} == set(m.catalogue)  # all 5, nothing else
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    before = m.tok.convert_tokens_to_ids(prompt.BEFORE)
    for seq, score in ranked:
        with torch.inference_mode():
            lp = torch.log_softmax(m.lm.forward(torch.tensor([ids + seq + [before]]))[0][0].float(), -1)
        exact = sum(float(lp[len(ids) - 1 + i, t]) for i, t in enumerate(seq + [before]))
        assert score == pytest.approx(exact, abs=1e-3)
    assert len(m._rank_catalogue(logits[:, -1], m.lm.forward(torch.tensor([ids]))[1], len(ids), k=2)) == 2
