"""The model: a small Llama-style decoder trained from scratch, or a published Hugging Face checkpoint.

``Model.propose(ir_text, k)`` returns up to k *distinct* candidate answers, best first:

- our format (``prompt.py``): the prompt runs once and its key/value cache is shared by what
  follows. A model trained here ships ``lists.json``, the catalogue of distinct lists that won on
  its training examples; by default (``decoding="catalogue"``) the model scores every catalogue list
  exactly, in one forward pass over the catalogue's token trie, and the k most likely are the
  candidates: it ranks known-good lists for the input at hand instead of inventing half lists.
  ``decoding="free"`` runs a beam search over any list of known passes instead. The two counts are
  then decoded greedily for each list, so lists that only differ in their counts cannot crowd out
  other lists.
- ``llm-compiler-ftd`` (``facebook/llm-compiler-7b-ftd`` / ``-13b-ftd``): their exact prompt, greedy
  decoding (their recipe: temperature 0), their 16k context, and their new-pass-manager pass list
  parsed from the answer; k > 1 adds beam-search alternatives.

Nothing here downloads: a model is a local directory (``config.json``, ``tokenizer.json``,
``model.safetensors``); loading passes ``local_files_only``.

Two backends run the network behind one small interface (``Model.lm``; see ``decoder.py``:
``forward(tokens, cache, mask, positions, last) -> (logits, cache)``, ``cache.copy/repeat/reorder``):
``lean``, the plain-torch decoder of ``decoder.py`` with the ``tokenizers`` library, the default for
a plain Llama in our format (what ``llmopt train`` writes; transformers is not even imported: it
costs seconds at start-up), and ``transformers`` (``LlamaForCausalLM`` behind :class:`HFLM`) for
anything else: the FTD checkpoints, models just trained, or when asked for with ``backend=`` or the
environment variable ``LLMOPT_BACKEND=transformers``.
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from llmcompiler.defaults import DEFAULT_MODEL
from llmcompiler.errors import LlmoptError
from llmcompiler.llvm.passes import OZ, default_vocabulary
from llmcompiler.llvm.passes import parse as parse_passes
from llmcompiler.model import prompt as P

FTD = "llm-compiler-ftd"
FORMATS = ("llmopt", FTD)
FTD_PROMPT = "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>{ir}</code> [/INST]"
FTD_CONTEXT = 16384
DECODINGS = ("ranker", "catalogue", "free")
CATALOGUE = "lists.json"
RANKER = "ranker.json"
BACKENDS = ("auto", "lean", "transformers")
BACKEND_ENV = "LLMOPT_BACKEND"


class ModelError(LlmoptError):
    """A model directory that is missing, incomplete or cannot be loaded."""


@dataclass
class ModelConfig:
    """Shape of our model (a ``LlamaConfig`` is built from it)."""

    hidden_size: int = 256
    num_layers: int = 4
    num_heads: int = 8
    intermediate_size: int = 704
    max_len: int = 768  # tokens of prompt + answer
    answer_tokens: int = 64  # room kept for the answer

    @property
    def prompt_tokens(self) -> int:
        return self.max_len - self.answer_tokens


def _torch():
    first = "torch" not in sys.modules
    if first:
        # OpenMP threads that wait for work sleep instead of spinning: where several llmopt processes
        # share the cores (llmopt-opt under make -j) spinning threads slowed the model down 5-fold
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import torch
    except ImportError:
        raise LlmoptError("the model needs its extra: pip install 'llmcompiler[model]'") from None
    if first:
        import gc

        # torch's ~160,000 objects live as long as the process: out of the collector's sight, they cost
        # no time in later collections, nor ~0.2 s in the ones the interpreter runs at exit
        gc.freeze()
    return torch


def _transformers():
    torch = _torch()
    try:
        import transformers
    except ImportError:
        raise LlmoptError("the model needs its extra: pip install 'llmcompiler[model]'") from None
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    return torch


def build(cfg: ModelConfig, tok):
    """A randomly initialised model of shape ``cfg`` for tokenizer ``tok``."""
    _transformers()
    from transformers import LlamaConfig, LlamaForCausalLM

    lc = LlamaConfig(
        vocab_size=len(tok), hidden_size=cfg.hidden_size, intermediate_size=cfg.intermediate_size,
        num_hidden_layers=cfg.num_layers, num_attention_heads=cfg.num_heads, num_key_value_heads=cfg.num_heads,
        max_position_embeddings=cfg.max_len, rms_norm_eps=1e-5, tie_word_embeddings=True,
        bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
    )
    return LlamaForCausalLM(lc)


def detect_format(path: Path, config: dict) -> str:
    names = " ".join(str(x) for x in (path.name, config.get("_name_or_path", ""), config.get("llmopt_format", "")))
    if "llm-compiler" in names.lower() and "ftd" in names.lower():
        return FTD
    return config.get("llmopt_format", "llmopt") if config.get("llmopt_format") in FORMATS else "llmopt"


class _HFCache:
    """A transformers cache behind the decoder's cache interface (``copy``, ``repeat``, ``reorder``)."""

    def __init__(self, inner):
        self.inner = inner

    def copy(self) -> _HFCache:
        return _HFCache(copy.deepcopy(self.inner))

    def repeat(self, n: int) -> None:
        self.inner.batch_repeat_interleave(n)

    def reorder(self, index) -> None:
        self.inner.reorder_cache(index)


class HFLM:
    """A transformers causal LM behind the decoder's interface (see ``decoder.py``):
    ``forward(tokens, cache=None, mask=None, positions=None, last=False) -> (logits, cache)``."""

    def __init__(self, net):
        import inspect

        self.net = net
        params = inspect.signature(net.forward).parameters
        # the key/value cache's keyword is ``cache`` from transformers 5 on; ``logits_to_keep`` was ``num_...``
        self._cache_kw = "cache" if "cache" in params else "past_key_values"
        self._keep_kw = next((k for k in ("logits_to_keep", "num_logits_to_keep") if k in params), None)

    def forward(self, tokens, cache: _HFCache | None = None, mask=None, positions=None, last: bool = False):
        import torch

        kw = {self._keep_kw: 1} if last and self._keep_kw else {}
        if mask is not None:
            if mask.dim() == 3:  # a full boolean mask: transformers takes a prepared 4D additive mask as is
                mask = torch.where(mask.bool(), 0.0, torch.finfo(torch.float32).min)[:, None]
            kw["attention_mask"] = mask
        if positions is not None:
            kw["position_ids"] = positions
        if cache is not None:
            kw[self._cache_kw] = cache.inner
        out = self.net(tokens, use_cache=True, **kw)
        inner = getattr(out, "cache", None)
        if inner is None:
            inner = out.past_key_values
        if cache is None or cache.inner is not inner:
            cache = _HFCache(inner)
        return (out.logits[:, -1:] if last else out.logits), cache


@dataclass
class Candidate:
    answer: P.Answer
    score: float  # log-probability of the pass list under the model
    after_per_oz: float | None = None  # the ranker's: predicted count after the list / count after -Oz
    index: int | None = None  # the ranker's: the list's place in its catalogue


@dataclass
class Proposal:
    candidates: list[Candidate]
    prompt_tokens: int
    truncated: bool
    seconds: float
    notes: list[str] = field(default_factory=list)
    # The ranker's later rounds, when it has them: verify the first ``first`` candidates, then ask
    # ``follow(tried, count_oz, n)`` (tried: (candidate, its measured instruction count or None where it
    # failed), every one verified so far) for up to n more, chosen from those counts; until k are tried.
    first: int | None = None
    follow: Callable[[list[tuple[Candidate, int | None]], int, int], list[Candidate]] | None = None


class Model:
    """A loaded model: tokenizer, network, prompt format."""

    def __init__(self, net, tok, fmt: str, path: Path | None, cfg: ModelConfig | None = None, device: str = "cpu",
                 catalogue: list[tuple[str, ...]] | None = None, decoding: str | None = None):
        self.net, self.tok, self.format, self.path, self.device = net, tok, fmt, path, device
        from llmcompiler.model.decoder import Decoder

        # the interface decoding uses: the lean decoder is one; a transformers model goes behind HFLM
        self.lm = net if isinstance(net, Decoder) else HFLM(net)
        self.backend = "lean" if isinstance(net, Decoder) else "transformers"
        self.cfg = cfg or ModelConfig()
        self.vocab = default_vocabulary()
        self.catalogue = [tuple(x) for x in catalogue] if catalogue else None
        if decoding is not None and decoding not in DECODINGS:
            raise ModelError(f"unknown decoding '{decoding}' (expected one of {', '.join(DECODINGS)})")
        if decoding == "ranker":
            raise ModelError(f"{self.name}: decoding 'ranker' needs {RANKER} in the model directory")
        if decoding == "catalogue" and not self.catalogue:
            raise ModelError(f"{self.name}: decoding 'catalogue' needs {CATALOGUE} in the model directory")
        self.decoding = decoding or ("catalogue" if self.catalogue else "free")
        self.net.eval()

    @property
    def name(self) -> str:
        return str(self.path) if self.path else "<in-memory>"

    @property
    def parameters(self) -> int:
        return sum(p.numel() for p in self.net.parameters())

    def save(self, path: str | os.PathLike) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.backend == "lean":
            self.net.save(path, {"llmopt_format": self.format, "llmopt": asdict(self.cfg)})
        else:
            self.net.config.llmopt_format = self.format
            self.net.config.llmopt = asdict(self.cfg)
            self.net.save_pretrained(str(path), safe_serialization=True)
        self.tok.save_pretrained(str(path))
        if self.catalogue:
            write_catalogue(path, self.catalogue)

    # -----------------------------------------------------------------------------------------

    def propose(self, ir_text: str, k: int = 8) -> Proposal:
        if k < 1:
            raise LlmoptError("k must be at least 1")
        if self.format == FTD:
            return self._propose_ftd(ir_text, k)
        return self._propose_ours(ir_text, k)

    def _propose_ours(self, ir_text: str, k: int) -> Proposal:
        torch = _torch()
        from llmcompiler.model.tokenizer import encode_prompt

        t0 = time.perf_counter()
        ids, truncated = encode_prompt(self.tok, ir_text, self.cfg.prompt_tokens)
        with torch.inference_mode():  # the prompt runs once: the beams and the counts continue from its cache
            logits, cache = self.lm.forward(torch.tensor([ids], device=self.device), last=True)
        if self.decoding == "catalogue":
            lists = self._rank_catalogue(logits[:, -1], cache.copy(), len(ids), k)
        else:
            lists = self._beam_lists(logits[:, -1], cache.copy(), k)
        cands = self._finish_counts(len(ids), cache, lists)
        notes = []
        if truncated:
            notes.append(f"module longer than the model's context: the model read the start of each function "
                         f"({self.cfg.prompt_tokens} tokens; its count predictions describe that part and are not shown)")
        del torch
        return Proposal(cands, len(ids), truncated, time.perf_counter() - t0, notes)

    def _beam_lists(self, logits, cache, k: int) -> list[tuple[list[int], float]]:
        """Beam search over pass-list tokens (free decoding) from the prompt's last logits and its
        key/value cache (which it consumes): ends at ``<before>``/``</s>``; k distinct lists, best first."""
        torch = _torch()
        tok = self.tok
        stop = {tok.convert_tokens_to_ids(P.BEFORE), tok.eos_token_id}
        allowed = self._list_token_ids()
        width = max(k, 2)
        with torch.inference_mode():
            mask = torch.full((logits.shape[-1],), float("-inf"), device=self.device)
            mask[allowed] = 0.0

            def step_scores(last_logits):
                """Log-probabilities of the next token per beam, -inf where a list cannot go."""
                return torch.log_softmax(last_logits.float(), -1) + mask

            beams: list[tuple[list[int], float]] = [([], 0.0)]
            finished: list[tuple[list[int], float]] = []
            step_logp = step_scores(logits)
            for step in range(self.cfg.answer_tokens - 12):
                scores = torch.tensor([s for _, s in beams], device=self.device).unsqueeze(1) + step_logp
                flat = scores.view(-1)
                top = torch.topk(flat, min(2 * width, int(torch.isfinite(flat).sum())))
                nxt: list[tuple[list[int], float]] = []
                src: list[int] = []
                V = step_logp.shape[1]
                for val, idx in zip(top.values.tolist(), top.indices.tolist()):
                    b, t = divmod(idx, V)
                    seq = beams[b][0] + [t]
                    if t in stop:
                        if self._list_of(seq[:-1]) is not None:
                            finished.append((seq[:-1], val))
                    elif len(nxt) < width:
                        nxt.append((seq, val))
                        src.append(b)
                if not nxt:
                    break
                if len(finished) >= width and sorted(s for _, s in finished)[-width] > nxt[0][1]:
                    break  # scores only fall as lists grow: no live beam can enter the top k any more
                if step == 0:
                    cache.repeat(len(nxt))
                else:
                    cache.reorder(torch.tensor(src, device=self.device))
                beams = nxt
                tokens = torch.tensor([[s[-1]] for s, _ in beams], device=self.device)
                logits, cache = self.lm.forward(tokens, cache)
                step_logp = step_scores(logits[:, -1])
        finished.sort(key=lambda x: -x[1])
        seen, uniq = set(), []
        for seq, s in finished:
            key = self._list_of(seq)
            if key in seen:
                continue
            seen.add(key)
            uniq.append((seq, s))
            if len(uniq) == k:
                break
        return uniq

    def _catalogue_tree(self):
        """The catalogue as a token trie, flattened for :meth:`_rank_catalogue` (built once per model).

        Every list is spelled as in an answer, ending in ``<before>``; lists share the nodes of their
        common prefix. Returns the node tokens, their parents (-1 for a first token; parents come before
        children), depths, each list's path of nodes (root to its ``<before>`` leaf), and the tree mask
        (True where a node may attend to another: itself and its ancestors).
        """
        if not hasattr(self, "_tree"):
            torch = _torch()
            from llmcompiler.model.tokenizer import answer_ids

            trie: dict = {}
            for items in self.catalogue or ():
                ids = answer_ids(self.tok, items)  # the list as an answer spells it, closed by <before>
                if self._list_of(ids[:-1]) is None:
                    continue  # an item this LLVM's vocabulary does not know
                node = trie
                for t in ids:
                    node = node.setdefault(t, {})
            tokens, parent, depth, paths = [], [], [], []
            stack = [(t, sub, -1, 1) for t, sub in trie.items()]
            while stack:
                t, node, par, d = stack.pop()
                i = len(tokens)
                tokens.append(t)
                parent.append(par)
                depth.append(d)
                if not node:
                    path, j = [], i
                    while j >= 0:
                        path.append(j)
                        j = parent[j]
                    paths.append(path[::-1])
                stack.extend((child, sub, i, d + 1) for child, sub in node.items())
            n = len(tokens)
            rows, cols = [], []  # each node and its ancestors (parents come first: their lists are made)
            ancestors: list[list[int]] = []
            for i in range(n):
                ancestors.append([i] + (ancestors[parent[i]] if parent[i] >= 0 else []))
                rows += [i] * len(ancestors[i])
                cols += ancestors[i]
            allowed = torch.zeros((n, n), dtype=torch.bool)
            allowed[rows, cols] = True
            self._tree = (tokens, parent, depth, paths, allowed)
        return self._tree

    def _rank_catalogue(self, logits, cache, plen: int, k: int) -> list[tuple[list[int], float]]:
        """The k catalogue lists the model finds most likely, each scored exactly.

        The catalogue's token trie (every list spelled as in an answer, up to ``<before>``) runs as one
        sequence after the prompt's cache (which it consumes), each token attending to the prompt and
        to its own prefix only (a tree-shaped 4D mask, positions by depth): one forward pass gives every
        list its full log-probability, where a beam would drop lists whose first items look unlikely.
        """
        torch = _torch()
        tokens, parent, depth, paths, tree = self._catalogue_tree()
        if not tokens:
            return []
        dev = self.device
        mask = torch.cat([torch.ones((len(tokens), plen), dtype=torch.bool), tree], 1)[None].to(dev)
        pos = torch.tensor([[plen + d - 1 for d in depth]], device=dev)
        with torch.inference_mode():
            tree_logits, _ = self.lm.forward(torch.tensor([tokens], device=dev), cache, mask=mask, positions=pos)
            lp = torch.log_softmax(tree_logits[0].float(), -1)
            first = torch.log_softmax(logits[0].float(), -1)
            idx = torch.tensor(tokens, device=dev)
            par = torch.tensor(parent, device=dev)
            # each node's token, scored by its parent's output (the prompt's for the first items)
            tok_lp = torch.where(par < 0, first[idx], lp[par.clamp(min=0), idx]).tolist()
        # a list: its tokens without the closing <before> (as the beam returns them), and its score
        ranked = [([tokens[j] for j in path[:-1]], sum(tok_lp[j] for j in path)) for path in paths]
        ranked.sort(key=lambda x: -x[1])
        return ranked[:k]

    def _list_of(self, seq: list[int]) -> tuple[str, ...] | None:
        """The pass items spelled by list tokens, or None when they do not form a valid list."""
        ans = P.decode(P.PASSES + self.tok.decode(seq, skip_special_tokens=False), self.vocab)
        return ans.passlist.items if ans.passlist is not None else None

    def _list_token_ids(self) -> list[int]:
        if not hasattr(self, "_allowed"):
            from llmcompiler.model.tokenizer import answer_ids, pass_tokens

            tok = self.tok
            ids = set(tok.convert_tokens_to_ids(pass_tokens(self.vocab)))
            # the items, the separator and what ends a list, as an answer spells them
            ids |= set(answer_ids(tok, self.vocab.names))
            ids |= {tok.eos_token_id}
            self._allowed = sorted(i for i in ids if i is not None and i >= 0)
        return self._allowed

    def _finish_counts(self, plen: int, cache, lists) -> list[Candidate]:
        """Greedy continuation ``<before> N <after> M`` for each list, all lists at once after the
        prompt's cache (``plen`` tokens; consumed).

        The lists run side by side in one sequence, as the catalogue does: each token reads the prompt
        and its own list's tokens only (a block mask) at the position it would have alone, and each
        step appends one token per list. The prompt's keys are stored once, not copied per list.
        """
        torch = _torch()
        tok = self.tok
        if not lists:
            return []
        before, pad, eos = tok.convert_tokens_to_ids(P.BEFORE), tok.pad_token_id, tok.eos_token_id
        conts = [seq + [before] for seq, _ in lists]
        n, dev = len(conts), self.device
        rows = torch.arange(n, device=dev)
        owner = torch.tensor([i for i, c in enumerate(conts) for _ in c], device=dev)  # whose token, after the prompt
        at = torch.arange(len(owner), device=dev)
        own = (owner[:, None] == owner[None, :]) & (at[None, :] <= at[:, None])
        mask = torch.cat([torch.ones((len(owner), plen), dtype=torch.bool, device=dev), own], 1)[None]
        pos = torch.tensor([[plen + j for c in conts for j in range(len(c))]], device=dev)
        ends = torch.tensor([len(c) for c in conts], device=dev).cumsum(0) - 1  # each list's last token
        last = torch.tensor([plen + len(c) - 1 for c in conts], device=dev)
        gen = torch.full((n, 0), pad, dtype=torch.long, device=dev)
        with torch.inference_mode():
            flat = torch.tensor([[t for c in conts for t in c]], device=dev)
            logits, cache = self.lm.forward(flat, cache, mask=mask, positions=pos)
            logits = logits[0, ends]
            done = torch.zeros(n, dtype=torch.bool, device=dev)
            for _ in range(14):
                nxt = logits.argmax(-1)
                nxt = torch.where(done, torch.full_like(nxt, pad), nxt)  # a finished list idles on padding
                gen = torch.cat([gen, nxt[:, None]], 1)
                done |= nxt == eos
                if bool(done.all()):
                    break
                owner = torch.cat([owner, rows])
                mask = torch.cat([torch.ones((n, plen), dtype=torch.bool, device=dev), owner[None, :] == rows[:, None]], 1)[None]
                last = last + 1
                logits, cache = self.lm.forward(nxt[None], cache, mask=mask, positions=last[None])
                logits = logits[0]
        result = []
        for (seq, score), row in zip(lists, gen.tolist()):
            text = P.PASSES + tok.decode(seq + [before] + row, skip_special_tokens=False)
            result.append(Candidate(P.decode(text.replace(tok.pad_token, ""), self.vocab), score))
        return result

    def _propose_ftd(self, ir_text: str, k: int) -> Proposal:
        torch = _transformers()
        t0 = time.perf_counter()
        text = FTD_PROMPT.format(ir=ir_text)
        ids = self.tok(text, return_tensors="pt")["input_ids"]
        notes, truncated = [], ids.shape[1] > FTD_CONTEXT - 512
        if truncated:
            ids = ids[:, : FTD_CONTEXT - 512]
            notes.append(f"module longer than the model's {FTD_CONTEXT}-token context: prompt truncated")
        ids = ids.to(self.device)
        with torch.inference_mode():
            gen = self.net.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=512,
                                    do_sample=False, num_beams=1 if k == 1 else k, num_return_sequences=k,
                                    pad_token_id=self.tok.pad_token_id or self.tok.eos_token_id)
        cands, seen = [], set()
        for i, row in enumerate(gen[:, ids.shape[1]:].tolist()):
            ans = decode_ftd(self.tok.decode(row, skip_special_tokens=True), self.vocab)
            key = ans.passlist.items if ans.passlist is not None else ("<invalid>", i)
            if key not in seen:
                seen.add(key)
                cands.append(Candidate(ans, -float(i)))
        return Proposal(cands, int(ids.shape[1]), truncated, time.perf_counter() - t0, notes)


_FTD_PASSES = re.compile(r"-passes=(?:'([^']*)'|\"([^\"]*)\"|([^\s'\"]\S*))")
_FTD_COUNT = re.compile(r"(?:instruction count|instructions?)\D{0,20}(\d+)", re.I)


def decode_ftd(text: str, vocab=None) -> P.Answer:
    """Pass list (and counts, when stated) from an LLM Compiler FTD answer; never raises."""
    vocab = vocab or default_vocabulary()
    m = _FTD_PASSES.search(text)
    nums = [int(x) for x in _FTD_COUNT.findall(text)]
    before, after = (nums[0], nums[1]) if len(nums) >= 2 else (None, nums[0] if nums else None)
    if not m:
        return P.Answer(text, None, before, after, "no -passes= in the answer")
    pipeline = next(g for g in m.groups() if g is not None).strip().strip("`")
    if not pipeline or pipeline.endswith((",", "(")):
        return P.Answer(text, None, before, after, "truncated pass list")
    try:
        return P.Answer(text, parse_passes(pipeline, vocab), before, after)
    except LlmoptError as e:
        return P.Answer(text, None, before, after, str(e))
    except Exception as e:  # noqa: BLE001 - any model output must decode without a crash
        return P.Answer(text, None, before, after, f"unusable pass list: {e}")


def read_catalogue(model: str | os.PathLike | None = None) -> list[tuple[str, ...]]:
    """The list catalogue (``lists.json``) of a model directory (default: the embedded model);
    ModelError when it cannot be read."""
    f = Path(model or DEFAULT_MODEL) / CATALOGUE
    try:
        return [tuple(str(i) for i in x) for x in json.loads(f.read_text())["lists"]]
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ModelError(f"{f}: unreadable list catalogue ({e})") from None


def write_catalogue(model: str | os.PathLike, lists) -> None:
    """Write a model directory's list catalogue (``lists.json``), atomically: what
    :func:`read_catalogue` reads."""
    from llmcompiler.llvm.irtext import atomic_write

    atomic_write(Path(model) / CATALOGUE, json.dumps({"lists": [list(x) for x in lists]}, indent=0) + "\n")


class RankerModel:
    """A model directory's whole-module ranker (``ranker.py``), answering as a :class:`Model` does.

    The default decoding of a directory that has a ranker: it reads every instruction of the module
    (no context limit) and needs neither torch nor the network, so it answers in milliseconds. The
    network in the same directory still answers with ``decoding="catalogue"`` or ``"free"``. Asked
    for more lists than an adaptive ranker's first round, its proposal carries ``first`` and
    ``follow``: a caller that verifies (the advisor) tries the first round, then has ``follow``
    choose the rest from what the verified lists measured.
    """

    format = "llmopt"
    decoding = "ranker"
    backend = "numpy"

    def __init__(self, path: Path, ranker):
        self.path, self.ranker = path, ranker
        self.vocab = default_vocabulary()
        self.catalogue = list(ranker.lists)
        # a list this LLVM does not know is never proposed, nor bare -Oz (the baseline, always measured)
        self._usable = {i for i, items in enumerate(self.catalogue)
                        if self._answer(items).passlist is not None and tuple(items) != (OZ,)}

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def parameters(self) -> int:
        from llmcompiler.model.ranker import ARRAYS

        return sum(getattr(self.ranker, a).size for a in ARRAYS)

    def _answer(self, items, before=None, after=None) -> P.Answer:
        return P.decode(P.PASSES + P.answer_text(items, before, after), self.vocab)

    def propose(self, ir_text: str, k: int = 8) -> Proposal:
        if k < 1:
            raise LlmoptError("k must be at least 1")
        t0 = time.perf_counter()
        reading = self.ranker.read(ir_text)
        before, ranked, nearest = self.ranker.choose(ir_text, k, usable=self._usable, reading=reading)
        cands = [self._candidate(r, before) for r in ranked]
        notes = []
        if nearest > 0.9999:
            notes.append("this module reads exactly as one the ranker was fitted on: its lists and predicted "
                         "counts are recalled from that module, not predicted")
        first = follow = None
        adaptive = self.ranker.adaptive
        if adaptive and k > adaptive["first"]:
            first = adaptive["first"]

            def follow(tried: list[tuple[Candidate, int | None]], count_oz: int, n: int) -> list[Candidate]:
                step = min(n, adaptive["step"])
                if step < 1:
                    return []
                more = self.ranker.follow(reading[1], before, [c.index for c, _ in tried], [count for _, count in tried],
                                          count_oz, step, usable=self._usable)
                return [self._candidate(r, before) for r in more]

        return Proposal(cands, 0, False, time.perf_counter() - t0, notes, first, follow)

    def _candidate(self, r, before: int) -> Candidate:
        return Candidate(self._answer(self.catalogue[r.index], before, r.predicted_after), r.expected_gain,
                         r.after_per_oz, r.index)


def choose_backend(config: dict, fmt: str, backend: str | None = None) -> str:
    """``lean`` or ``transformers`` for a model directory's parsed ``config.json`` in format ``fmt``.

    ``backend`` (else the environment's ``LLMOPT_BACKEND``, else ``auto``): ``auto`` runs a plain Llama
    in our format on the lean decoder and anything else on transformers; ``lean`` insists (an error
    when the decoder cannot run the model); ``transformers`` always uses transformers.
    """
    _torch()
    from llmcompiler.model.decoder import supports

    backend = backend or os.environ.get(BACKEND_ENV) or "auto"
    if backend not in BACKENDS:
        raise ModelError(f"unknown backend '{backend}' (expected one of {', '.join(BACKENDS)})")
    why = "the llm-compiler-ftd format runs on transformers" if fmt != "llmopt" else supports(config)
    if backend == "lean" and why:
        raise ModelError(f"backend 'lean' cannot run this model: {why}")
    return "transformers" if backend == "transformers" or why else "lean"


def load(path: str | os.PathLike | None = None, prompt_format: str | None = None, device: str | None = None,
         decoding: str | None = None, backend: str | None = None) -> Model:
    """Load a model directory (default: the embedded ``models/default``). Raises ``ModelError``.

    A directory with a ranker (``ranker.json``) answers with it (a :class:`RankerModel`) unless
    ``decoding`` or ``backend`` asks for the network. ``backend``: see :func:`choose_backend`
    (default: ``LLMOPT_BACKEND``, else ``auto``).
    """
    path = Path(path) if path is not None else DEFAULT_MODEL
    if not path.is_dir():
        hint = " (the embedded default is built by `llmopt train`)" if path == DEFAULT_MODEL else ""
        raise ModelError(f"model directory {path} does not exist{hint}")
    cfg_file = path / "config.json"
    if not cfg_file.exists():
        raise ModelError(f"{path}: no config.json (not a Hugging Face model directory)")
    try:
        config = json.loads(cfg_file.read_text())
    except (OSError, json.JSONDecodeError) as e:
        raise ModelError(f"{cfg_file}: unreadable ({e})") from None
    if not isinstance(config, dict):
        raise ModelError(f"{cfg_file}: unreadable (not a JSON object)")
    fmt = prompt_format or detect_format(path, config)
    if fmt not in FORMATS:
        raise ModelError(f"unknown prompt format '{fmt}' (expected one of {', '.join(FORMATS)})")
    if decoding is not None and decoding not in DECODINGS:
        raise ModelError(f"unknown decoding '{decoding}' (expected one of {', '.join(DECODINGS)})")
    # the ranker answers by default; naming a backend asks for the network (the ranker has none)
    if fmt == "llmopt" and (decoding == "ranker" or (decoding is None and backend is None)):
        from llmcompiler.model.ranker import Ranker, RankerError

        try:
            ranker = Ranker.load(path)
        except RankerError as e:
            raise ModelError(str(e)) from None
        if ranker is not None:
            return RankerModel(path, ranker)
        if decoding == "ranker":
            raise ModelError(f"{path}: decoding 'ranker' needs {RANKER} in the model directory")
    torch = _torch()  # imported only once the directory looks right: it takes about a second
    backend = choose_backend(config, fmt, backend)
    if backend == "transformers":
        _transformers()
    if device is None:
        device = "cuda" if torch.cuda.is_available() else "cpu"
    dtype = torch.float32 if device == "cpu" else torch.bfloat16
    try:
        if backend == "lean":
            from llmcompiler.model.decoder import Decoder
            from llmcompiler.model.tokenizer import load_tokenizer

            tok = load_tokenizer(path, lean=True)
            net = Decoder.load(path, device=device, dtype=dtype)
        else:
            from transformers import AutoModelForCausalLM, AutoTokenizer

            if fmt == "llmopt":
                from llmcompiler.model.tokenizer import load_tokenizer

                tok = load_tokenizer(path)
            else:
                tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
            # a model directory is data: safetensors weights only (no pickle), no code from the directory
            net = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True, dtype=dtype, use_safetensors=True,
                                                       trust_remote_code=False).to(device)
    except LlmoptError:
        raise
    except Exception as e:  # noqa: BLE001 - corrupt weights, missing files: one line for the user
        msg = str(e).strip().splitlines()[0][:200] if str(e).strip() else type(e).__name__
        raise ModelError(f"{path}: cannot load the model: {msg}") from None
    cfg = ModelConfig(**config["llmopt"]) if isinstance(config.get("llmopt"), dict) else ModelConfig()
    catalogue = read_catalogue(path) if fmt == "llmopt" and (path / CATALOGUE).exists() else None
    return Model(net, tok, fmt, path, cfg, device, catalogue, decoding)
