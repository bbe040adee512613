"""A Llama decoder in plain torch: the run-time network for the models ``llmopt train`` writes.

It reads the same model directory as ``transformers.LlamaForCausalLM`` (``config.json`` and
``model.safetensors``; parameter names as there, so the directory stays a Hugging Face one) and
computes the same function (RMSNorm, rotary embeddings, grouped-query attention, SwiGLU MLP, tied or
separate output embeddings) with the same operations, without importing transformers (seconds at
start-up). It implements only what inference in ``model.py`` needs, the interface the transformers
adapter there (``HFLM``) implements too::

    logits, cache = net.forward(tokens, cache=None, mask=None, positions=None, last=False)
    cache.copy(); cache.repeat(n); cache.reorder(index)

- ``tokens``: (batch, q) token ids, read after the ``cache`` (None: from the start);
- ``mask``: None (causal), a (batch, past + q) 0/1 key mask combined with the causal mask (1: a key
  that may be read; padding is 0), or a (batch, q, past + q) boolean mask used as is (True: query i
  may read key j; e.g. a token tree);
- ``positions``: (batch, q) rotary positions (default: past, past + 1, ...);
- ``last``: only the last position's logits (batch, 1, vocab), e.g. after a prompt;
- returns the (batch, q, vocab) logits and the cache, extended by the q tokens in place.

``supports(config)`` says why a config is not such a plain Llama (None when it is).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F

WEIGHTS = "model.safetensors"


def supports(config: dict) -> str | None:
    """None when ``config`` (a parsed ``config.json``) describes a model this decoder runs exactly, else why not."""
    if config.get("model_type") != "llama":
        return f"model_type {config.get('model_type')!r} is not 'llama'"
    if config.get("hidden_act", "silu") != "silu":
        return f"hidden_act {config.get('hidden_act')!r}"
    rope = config.get("rope_parameters") or {}
    if rope.get("rope_type", "default") != "default" or config.get("rope_scaling"):
        return "scaled rotary embeddings"
    if config.get("pretraining_tp", 1) not in (None, 1):
        return "pretraining_tp > 1"
    if config.get("quantization_config"):
        return "a quantized checkpoint"
    for key in ("vocab_size", "hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads"):
        if not isinstance(config.get(key), int):
            return f"no {key}"
    return None


class Cache:
    """Keys and values of the tokens read so far: per layer, two (batch, kv_heads, room, head_dim)
    buffers of which the first ``len(cache)`` positions are filled. A step writes its keys in place
    (room for ``ROOM`` more tokens is kept, so a token-by-token continuation does not copy the whole
    cache at every step, as concatenating would); ``copy``, ``repeat`` and ``reorder`` make new buffers."""

    ROOM = 64

    def __init__(self):
        self.keys: list[torch.Tensor] = []
        self.values: list[torch.Tensor] = []
        self.length = 0

    def __len__(self) -> int:
        return self.length

    def _remake(self, fn) -> None:
        """New buffers from ``fn(filled part)``, with room after them."""
        n = self.length
        for store in (self.keys, self.values):
            for i, t in enumerate(store):
                part = fn(t[:, :, :n])
                buf = part.new_empty((part.shape[0], part.shape[1], n + self.ROOM, part.shape[3]))
                buf[:, :, :n] = part
                store[i] = buf

    def copy(self) -> Cache:
        c = Cache()
        c.keys, c.values, c.length = list(self.keys), list(self.values), self.length
        c._remake(lambda t: t)
        return c

    def repeat(self, n: int) -> None:
        """Each batch row n times in a row (one prompt's cache for n continuations)."""
        self._remake(lambda t: t.repeat_interleave(n, 0))

    def reorder(self, index: torch.Tensor) -> None:
        """Keep the batch rows ``index`` (in that order, repeats allowed): beams that survive a step."""
        self._remake(lambda t: t.index_select(0, index))

    def _write(self, layer: int, k: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Store a step's keys and values after the filled part; all of them so far (views)."""
        end = self.length + k.shape[2]
        if layer == len(self.keys):  # the first step
            self.keys.append(k.new_empty((k.shape[0], k.shape[1], end + self.ROOM, k.shape[3])))
            self.values.append(v.new_empty((v.shape[0], v.shape[1], end + self.ROOM, v.shape[3])))
        elif end > self.keys[layer].shape[2]:  # out of room
            for store in (self.keys, self.values):
                old = store[layer]
                buf = old.new_empty((old.shape[0], old.shape[1], end + self.ROOM, old.shape[3]))
                buf[:, :, : self.length] = old[:, :, : self.length]
                store[layer] = buf
        self.keys[layer][:, :, self.length:end] = k
        self.values[layer][:, :, self.length:end] = v
        return self.keys[layer][:, :, :end], self.values[layer][:, :, :end]


# Parameters are made with torch.empty (no random initialisation: every one comes from the file; the
# initialisers of nn.Linear and friends also import torch._dynamo, a second of start-up).


class _Linear(nn.Module):
    def __init__(self, inputs: int, outputs: int, bias: bool):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(outputs, inputs), requires_grad=False)
        self.bias = nn.Parameter(torch.empty(outputs), requires_grad=False) if bias else None

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class _Embedding(nn.Module):
    def __init__(self, count: int, size: int):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(count, size), requires_grad=False)


class _RMSNorm(nn.Module):
    def __init__(self, size: int, eps: float):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(size), requires_grad=False)
        self.eps = eps

    def forward(self, x):
        h = x.to(torch.float32)
        h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * h.to(x.dtype)


class _Attention(nn.Module):
    def __init__(self, hidden: int, heads: int, kv_heads: int, head_dim: int, bias: bool):
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = heads, kv_heads, head_dim
        self.q_proj = _Linear(hidden, heads * head_dim, bias=bias)
        self.k_proj = _Linear(hidden, kv_heads * head_dim, bias=bias)
        self.v_proj = _Linear(hidden, kv_heads * head_dim, bias=bias)
        self.o_proj = _Linear(heads * head_dim, hidden, bias=bias)

    def forward(self, x, cos, sin, cache: Cache, index: int, mask, causal: bool):
        b, q, _ = x.shape
        qs = self.q_proj(x).view(b, q, self.heads, self.head_dim).transpose(1, 2)
        ks = self.k_proj(x).view(b, q, self.kv_heads, self.head_dim).transpose(1, 2)
        vs = self.v_proj(x).view(b, q, self.kv_heads, self.head_dim).transpose(1, 2)
        qs, ks = _rotate(qs, cos, sin), _rotate(ks, cos, sin)
        ks, vs = cache._write(index, ks, vs)
        if self.kv_heads != self.heads:
            ks = ks.repeat_interleave(self.heads // self.kv_heads, 1)
            vs = vs.repeat_interleave(self.heads // self.kv_heads, 1)
        out = F.scaled_dot_product_attention(qs, ks, vs, attn_mask=mask, is_causal=causal,
                                             scale=self.head_dim ** -0.5)
        return self.o_proj(out.transpose(1, 2).reshape(b, q, -1))


class _MLP(nn.Module):
    def __init__(self, hidden: int, inner: int, bias: bool):
        super().__init__()
        self.gate_proj = _Linear(hidden, inner, bias=bias)
        self.up_proj = _Linear(hidden, inner, bias=bias)
        self.down_proj = _Linear(inner, hidden, bias=bias)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class _Layer(nn.Module):
    def __init__(self, c: dict):
        super().__init__()
        eps = c["rms_norm_eps"]
        self.input_layernorm = _RMSNorm(c["hidden_size"], eps)
        self.self_attn = _Attention(c["hidden_size"], c["num_attention_heads"], c["num_key_value_heads"],
                                    c["head_dim"], c["attention_bias"])
        self.post_attention_layernorm = _RMSNorm(c["hidden_size"], eps)
        self.mlp = _MLP(c["hidden_size"], c["intermediate_size"], c["mlp_bias"])

    def forward(self, x, cos, sin, cache, index, mask, causal):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, cache, index, mask, causal)
        return x + self.mlp(self.post_attention_layernorm(x))


class _Body(nn.Module):  # named "model" in the decoder, as LlamaForCausalLM names its LlamaModel
    def __init__(self, c: dict):
        super().__init__()
        self.embed_tokens = _Embedding(c["vocab_size"], c["hidden_size"])
        self.layers = nn.ModuleList(_Layer(c) for _ in range(c["num_hidden_layers"]))
        self.norm = _RMSNorm(c["hidden_size"], c["rms_norm_eps"])


def _rotate(x, cos, sin):
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin


def _settings(config: dict) -> dict:
    """The fields the network needs, with LlamaConfig's defaults where ``config.json`` leaves one out."""
    c = dict(config)
    c.setdefault("num_key_value_heads", c["num_attention_heads"])
    c["head_dim"] = c.get("head_dim") or c["hidden_size"] // c["num_attention_heads"]
    c.setdefault("rms_norm_eps", 1e-6)
    c["attention_bias"] = bool(c.get("attention_bias", False))
    c["mlp_bias"] = bool(c.get("mlp_bias", False))
    c["tie_word_embeddings"] = bool(c.get("tie_word_embeddings", False))
    rope = c.get("rope_parameters") or {}
    c["rope_theta"] = float(rope.get("rope_theta", c.get("rope_theta", 10000.0)))
    return c


class Decoder(nn.Module):
    """The network of a plain Llama ``config.json`` (see :func:`supports`); the module interface above."""

    def __init__(self, config: dict):
        super().__init__()
        why = supports(config)
        if why:
            raise ValueError(f"not a plain Llama config: {why}")
        self.config = dict(config)
        c = self.settings = _settings(config)
        self.model = _Body(c)
        if not c["tie_word_embeddings"]:
            self.lm_head = _Linear(c["hidden_size"], c["vocab_size"], False)
        d = c["head_dim"]  # rotary frequencies: float32 whatever the weights (not a parameter nor a buffer)
        self.inv_freq = 1.0 / (c["rope_theta"] ** (torch.arange(0, d, 2, dtype=torch.float, device="cpu") / d))

    @classmethod
    def load(cls, path: str | os.PathLike, device: str = "cpu", dtype: torch.dtype | None = None) -> Decoder:
        """The model of directory ``path`` (``config.json``, ``model.safetensors``); raises on a bad file."""
        from safetensors.torch import load_file

        path = Path(path)
        config = json.loads((path / "config.json").read_text())
        net = cls(config)
        state = load_file(str(path / WEIGHTS), device="cpu")
        if net.settings["tie_word_embeddings"]:
            state.pop("lm_head.weight", None)
        net.load_state_dict(state, strict=True, assign=True)
        return net.to(device=device, dtype=dtype).eval()

    def output_weight(self) -> torch.Tensor:
        return self.model.embed_tokens.weight if self.settings["tie_word_embeddings"] else self.lm_head.weight

    def forward(self, tokens, cache: Cache | None = None, mask=None, positions=None, last: bool = False):
        b, q = tokens.shape
        cache = cache if cache is not None else Cache()
        past = len(cache)
        dev = tokens.device
        if positions is None:
            positions = torch.arange(past, past + q, device=dev).expand(b, q)
        x = F.embedding(tokens, self.model.embed_tokens.weight)
        freqs = positions[..., None].float() * self.inv_freq.to(dev)
        emb = torch.cat((freqs, freqs), -1)
        cos, sin = emb.cos().to(x.dtype)[:, None], emb.sin().to(x.dtype)[:, None]
        attn, causal = self._mask(mask, b, q, past, x.dtype, dev)
        for i, layer in enumerate(self.model.layers):
            x = layer(x, cos, sin, cache, i, attn, causal)
        cache.length += q
        if last:
            x = x[:, -1:]
        return F.linear(self.model.norm(x), self.output_weight()), cache

    @staticmethod
    def _mask(mask, b: int, q: int, past: int, dtype, dev):
        """The attention mask for SDPA, built once for all layers (additive: 0 where a query may read
        a key, the lowest float elsewhere; SDPA is faster with it than with a boolean one), and
        whether to let SDPA apply causality instead."""
        if mask is None:
            if past == 0:
                return None, q > 1
            if q == 1:
                return None, False
        if mask is not None and mask.dim() == 3:
            allowed = mask.to(device=dev, dtype=torch.bool)
        else:
            kv = past + q
            allowed = torch.arange(kv, device=dev)[None, :] <= torch.arange(past, kv, device=dev)[:, None]
            allowed = allowed[None].expand(b, q, kv)
            if mask is not None:
                allowed = allowed & mask.to(device=dev, dtype=torch.bool)[:, None, :]
        zero = torch.zeros((), dtype=dtype, device=dev)
        return torch.where(allowed, zero, torch.finfo(dtype).min)[:, None], False

    def save(self, path: str | os.PathLike, extra: dict | None = None) -> None:
        """Write ``config.json`` (this model's, updated with ``extra``) and ``model.safetensors``."""
        from safetensors.torch import save_file

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "config.json").write_text(json.dumps({**self.config, **(extra or {})}, indent=2, sort_keys=True) + "\n")
        state = {k: v.detach().contiguous().cpu() for k, v in self.state_dict().items()}
        save_file(state, str(path / WEIGHTS), metadata={"format": "pt"})
