"""The model's tokenizer: byte-level BPE trained on normalised IR, with the answer's words as tokens.

Every item of the pass vocabulary (``default<Oz>``, ``gvn-sink``, ...) and the answer's markers
(``<passes>``, ``<before>``, ``<after>``, ``<truncated>``) are single tokens, so an answer is a few
tokens and decoding cannot split a pass name. Words split at spaces only, so a value name with its
sigil (``%12``) or a frequent number can be one token. Byte-level BPE has no unknown token: any input text round-trips.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import LlmoptError
from .prompt import AFTER, BEFORE, PASSES, TRUNCATED, normalize

PAD, BOS, EOS = "<pad>", "<s>", "</s>"
SPECIAL = [PAD, BOS, EOS, PASSES, BEFORE, AFTER, TRUNCATED]


def _require():
    try:
        import tokenizers  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise LlmoptError("the model needs its extra: pip install 'llmcompiler[model]'") from None


def pass_tokens(vocab=None) -> list[str]:
    from .passes import default_vocabulary

    vocab = vocab or default_vocabulary()
    return [" " + n for n in vocab.names]  # with their leading space, as they appear in an answer


def train_tokenizer(texts, vocab_size: int = 4096, vocab=None):
    """A ``PreTrainedTokenizerFast`` trained on the normalised form of ``texts`` (raw IR strings)."""
    _require()
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers
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
    tok.add_tokens([AddedToken(p, normalized=False) for p in pass_tokens(vocab)])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token=PAD, bos_token=BOS, eos_token=EOS)
    fast.add_special_tokens({"additional_special_tokens": [PASSES, BEFORE, AFTER, TRUNCATED]})
    return fast


def load_tokenizer(path: str | os.PathLike):
    _require()
    from transformers import PreTrainedTokenizerFast

    path = Path(path)
    if not (path / "tokenizer.json").exists():
        raise LlmoptError(f"{path}: no tokenizer.json (not a model directory?)")
    try:
        return PreTrainedTokenizerFast.from_pretrained(str(path), local_files_only=True)
    except Exception as e:  # noqa: BLE001 - a corrupt file must become a one-line error
        raise LlmoptError(f"{path}: cannot load the tokenizer: {str(e).splitlines()[0][:200]}") from None


def encode_prompt(tok, ir_text: str, max_tokens: int) -> tuple[list[int], bool]:
    """Token ids of ``<s> normalised-IR [<truncated>] <passes>`` within ``max_tokens``; and whether truncated."""
    ids = tok(normalize(ir_text), add_special_tokens=False)["input_ids"]
    room = max_tokens - 3
    truncated = len(ids) > room
    if truncated:
        ids = ids[:room]
    head = [tok.bos_token_id] + ids
    if truncated:
        head.append(tok.convert_tokens_to_ids(TRUNCATED))
    return head + [tok.convert_tokens_to_ids(PASSES)], truncated


def answer_ids(tok, items, before: int, after: int) -> list[int]:
    """Token ids of the answer that follows ``<passes>``, ending with ``</s>``."""
    text = " ; ".join(items) + f" {BEFORE} {before} {AFTER} {after}"
    return tok(" " + text, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
