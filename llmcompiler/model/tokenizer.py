"""The model's tokenizer: byte-level BPE trained on normalised IR, with the answer's words as tokens.

Every item of the pass vocabulary (``default<Oz>``, ``gvn-sink``, ...), the list separator `` ;`` and
the answer's markers (``<passes>``, ``<before>``, ``<after>``, ``<truncated>``) are single tokens, so
an answer is a few tokens and decoding cannot split a pass name. The separator carries its leading
space: then the lone space token before ``<before>`` means "the list ends here" and nothing else (with
a bare ``;`` the space token would start both, and a model could not say "another item" apart from
"done" at the space). Words split at spaces only, so a value name with its
sigil (``%12``) or a frequent number can be one token. Byte-level BPE has no unknown token: any input text round-trips.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from llmcompiler.errors import LlmoptError
from llmcompiler.model.prompt import AFTER, BEFORE, PASSES, SEP, TRUNCATED, answer_text, normalize

PAD, BOS, EOS = "<pad>", "<s>", "</s>"
SPECIAL = [PAD, BOS, EOS, PASSES, BEFORE, AFTER, TRUNCATED]


def _require(hf: bool = True):
    try:
        import tokenizers  # noqa: F401

        if hf:
            import transformers  # noqa: F401
    except ImportError:
        raise LlmoptError("the model needs its extra: pip install 'llmcompiler[model]'") from None


def pass_tokens(vocab=None) -> list[str]:
    from llmcompiler.llvm.passes import default_vocabulary

    vocab = vocab or default_vocabulary()
    return [" " + n for n in vocab.names]  # with their leading space, as they appear in an answer


def train_tokenizer(texts, vocab_size: int = 4096, vocab=None):
    """A ``PreTrainedTokenizerFast`` trained on the normalised form of ``texts`` (raw IR strings)."""
    _require()
    from tokenizers import (
        AddedToken,
        Tokenizer,
        decoders,
        models,
        pre_tokenizers,
        trainers,
    )
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    # words are split at spaces only (a space joins the word after it), so "%12" or " load" can be one token
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(pattern=" ", behavior="merged_with_next"),
        pre_tokenizers.Split(pattern="\n", behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL, min_frequency=2,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator((normalize(t) for t in texts), trainer=trainer)
    tok.add_tokens([AddedToken(p, normalized=False) for p in pass_tokens(vocab) + [" " + SEP]])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token=PAD, bos_token=BOS, eos_token=EOS)
    fast.add_special_tokens({"additional_special_tokens": [PASSES, BEFORE, AFTER, TRUNCATED]})
    return fast


def load_tokenizer(path: str | os.PathLike, lean: bool = False):
    """The tokenizer of a model directory: a ``PreTrainedTokenizerFast``, or with ``lean`` a
    :class:`LeanTokenizer` (the same ids, without importing transformers)."""
    _require(hf=not lean)
    path = Path(path)
    if not (path / "tokenizer.json").exists():
        raise LlmoptError(f"{path}: no tokenizer.json (not a model directory?)")
    try:
        if lean:
            return LeanTokenizer.load(path)
        from transformers import PreTrainedTokenizerFast

        return PreTrainedTokenizerFast.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
    except Exception as e:  # noqa: BLE001 - a corrupt file must become a one-line error
        msg = str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__
        raise LlmoptError(f"{path}: cannot load the tokenizer: {msg}") from None


class LeanTokenizer:
    """What inference uses of ``PreTrainedTokenizerFast``, straight over ``tokenizers.Tokenizer``
    (``tokenizer.json``): encoding, decoding, token/id look-ups and the special tokens named in
    ``tokenizer_config.json``. The ids are the same (the same file, the same encoder)."""

    def __init__(self, backend, pad: str = PAD, bos: str = BOS, eos: str = EOS, config: dict | None = None):
        self.backend = backend
        self.pad_token, self.bos_token, self.eos_token = pad, bos, eos
        self.config = config or {}

    @classmethod
    def load(cls, path: str | os.PathLike) -> LeanTokenizer:
        from tokenizers import Tokenizer

        path = Path(path)
        cfg_file = path / "tokenizer_config.json"
        config = json.loads(cfg_file.read_text()) if cfg_file.exists() else {}

        def name(key: str, default: str) -> str:
            v = config.get(key) or default
            return v.get("content", default) if isinstance(v, dict) else str(v)

        return cls(Tokenizer.from_file(str(path / "tokenizer.json")), name("pad_token", PAD), name("bos_token", BOS),
                   name("eos_token", EOS), config)

    def __len__(self) -> int:
        return self.backend.get_vocab_size(with_added_tokens=True)

    def __call__(self, text, add_special_tokens: bool = True) -> dict:
        if isinstance(text, str):
            return {"input_ids": self.backend.encode(text, add_special_tokens=add_special_tokens).ids}
        return {"input_ids": [e.ids for e in self.backend.encode_batch(list(text), add_special_tokens=add_special_tokens)]}

    def convert_tokens_to_ids(self, tokens):
        if isinstance(tokens, str):
            return self.backend.token_to_id(tokens)
        return [self.backend.token_to_id(t) for t in tokens]

    def convert_ids_to_tokens(self, ids):
        if isinstance(ids, int):
            return self.backend.id_to_token(ids)
        return [self.backend.id_to_token(i) for i in ids]

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        return self.backend.decode(list(ids), skip_special_tokens=skip_special_tokens)

    @property
    def pad_token_id(self) -> int | None:
        return self.backend.token_to_id(self.pad_token)

    @property
    def bos_token_id(self) -> int | None:
        return self.backend.token_to_id(self.bos_token)

    @property
    def eos_token_id(self) -> int | None:
        return self.backend.token_to_id(self.eos_token)

    def save_pretrained(self, path: str | os.PathLike) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.backend.save(str(path / "tokenizer.json"))
        config = {**self.config, "pad_token": self.pad_token, "bos_token": self.bos_token, "eos_token": self.eos_token}
        (path / "tokenizer_config.json").write_text(json.dumps(config, indent=2) + "\n")


_CASE = re.compile(r"^i\d+ -?\d+, label %\d+$")  # one case of a switch, as normalize writes it
CUT = "..."  # stands for lines left out of a long module


def _units(text: str) -> list[list[str]]:
    """The normalised lines grouped into units: each function (``define`` to ``}``), and the rest."""
    units: list[list[str]] = []
    in_function = False
    for ln in text.split("\n"):
        # a unit starts at each define, and at the first line after a function that is not one
        if ln.startswith("define") or not units or (not in_function and units[-1][0].startswith("define")):
            units.append([])
        units[-1].append(ln)
        in_function = ln.startswith("define") or (in_function and ln != "}")
    return units


def _collapse_cases(lines: list[str]) -> list[str]:
    """A run of more than three switch cases keeps its first two and a ``...`` line."""
    out: list[str] = []
    run = 0
    for ln in lines:
        run = run + 1 if _CASE.match(ln) else 0
        if run <= 2:
            out.append(ln)
        elif run == 3:
            out.append(CUT)
    return out


def fit(tok, text: str, room: int) -> list[int]:
    """Token ids of a normalised module cut to ``room`` tokens so that every function shows its start.

    Long switch tables shrink to their first cases; then each unit (function, or the data after them)
    keeps its first lines up to a common quota, the largest that fits (units smaller than the quota
    stay whole), and a cut unit ends in a ``...`` line. A module whose repeated blocks sit in the
    last function (a test's ``main``) still shows them, where a plain cut would show only the first
    functions.
    """
    units = [_collapse_cases(u) for u in _units(text)]
    flat = [ln for u in units for ln in u]
    line_ids = tok(flat, add_special_tokens=False)["input_ids"] if flat else []
    nl = tok("\n", add_special_tokens=False)["input_ids"]
    cut = tok(CUT, add_special_tokens=False)["input_ids"] + nl
    costs, i = [], 0
    for u in units:
        costs.append([len(line_ids[i + j]) + len(nl) for j in range(len(u))])
        i += len(u)

    def kept(c: list[int], q: int) -> int:  # lines of a unit within quota q
        total = n = 0
        for x in c:
            if total + x > q:
                break
            total, n = total + x, n + 1
        return n

    def size(q: int) -> int:
        out = 0
        for c in costs:
            n = kept(c, q)
            out += sum(c[:n]) + (len(cut) if n < len(c) else 0)
        return out

    lo, hi = 0, max((sum(c) for c in costs), default=0)
    while lo < hi:  # the largest quota whose cut fits
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if size(mid) <= room else (lo, mid - 1)
    ids: list[int] = []
    i = 0
    for u, c in zip(units, costs):
        n = kept(c, lo)
        for j in range(n):
            ids += line_ids[i + j] + nl
        if n < len(c) and len(ids) + len(cut) <= room:
            ids += cut
        i += len(u)
    return ids[:room]


def encode_prompt(tok, ir_text: str, max_tokens: int) -> tuple[list[int], bool]:
    """Token ids of ``<s> normalised-IR [<truncated>] <passes>`` within ``max_tokens``; and whether truncated.

    A module that does not fit is cut by :func:`fit` (the start of every function) and marked.
    """
    text = normalize(ir_text)
    ids = tok(text, add_special_tokens=False)["input_ids"]
    room = max_tokens - 3
    truncated = len(ids) > room
    if truncated:
        ids = fit(tok, text, room)
    head = [tok.bos_token_id] + ids
    if truncated:
        head.append(tok.convert_tokens_to_ids(TRUNCATED))
    return head + [tok.convert_tokens_to_ids(PASSES)], truncated


def answer_ids(tok, items, before: int | None = None, after: int | None = None) -> list[int]:
    """Token ids of the answer that follows ``<passes>`` (spelled by :func:`prompt.answer_text`): with
    both counts the whole answer, ending with ``</s>`` (a training target); without counts the list
    alone, closed by ``<before>`` (how the decoders spell a complete list)."""
    if (before is None) != (after is None):
        raise ValueError("answer_ids: give both counts or neither")
    ids = tok(answer_text(items, before, after), add_special_tokens=False)["input_ids"]
    return ids if before is None else ids + [tok.eos_token_id]
