"""Train the model from scratch on the labelled dataset (``llmopt train``).

The loss is on the answer only (the pass list and the two counts); the IR is the condition. The
answer's list is either the label's best list (``targets="best"``) or, with ``targets="wins"``, one of
every list that beat -Oz on the example (``dataset refine`` records them), drawn afresh for each pass
over the data with a weight proportional to the instructions it saved: the model then learns which
lists win on an input, not only which one won by the most, and that is what ranking k candidates
needs. Training runs through ``transformers.Trainer``, so the same command runs on a GPU or, under
``torchrun`` / ``accelerate launch``, on several; checkpoints go to ``OUT/checkpoints`` and ``--resume`` continues
from the last one. The finished model (config, tokenizer, safetensors weights) is written to ``OUT``
with ``training.json`` (the recipe, the data and the loss curve).
"""

from __future__ import annotations

import json
import math
import os
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from llmcompiler.errors import LlmoptError
from llmcompiler.llvm.passes import split_items
from llmcompiler.model.model import ModelConfig


@dataclass
class TrainConfig:
    out: str = "models/default"
    model: ModelConfig = field(default_factory=ModelConfig)
    vocab_size: int = 4096
    tokenizer_examples: int = 3000
    epochs: float = 6.0
    batch_size: int = 16
    learning_rate: float = 1e-3
    warmup_ratio: float = 0.03
    weight_decay: float = 0.01
    seed: int = 0
    max_examples: int | None = None
    oversample_improved: int = 2  # examples that beat -Oz appear this many times per epoch
    targets: str = "wins"  # "wins": drawn from every list that beat -Oz; "best": the label's list
    splits: tuple[str, ...] = ("train",)
    corpus: str | None = None
    labels: str | None = None
    logging_steps: int = 10
    save_steps: int = 200
    threads: int | None = None


def encode_examples(tok, records: list[dict], cfg: ModelConfig) -> list[dict]:
    from llmcompiler.model.tokenizer import answer_ids, encode_prompt

    out, prompts = [], {}
    for r in records:
        key = r.get("id") or r["text"]  # an example drawn several times is encoded once
        if key not in prompts:
            prompts[key] = encode_prompt(tok, r["text"], cfg.prompt_tokens)[0]
        ids = prompts[key]
        ans = answer_ids(tok, r["items"], r["count"], r["best_count"])[: cfg.answer_tokens]
        out.append({"input_ids": ids + ans, "labels": [-100] * len(ids) + ans})
    return out


TARGETS = ("best", "wins")


def wins_of(record: dict) -> list[tuple[tuple[str, ...], int]]:
    """The lists recorded as beating -Oz on a labelled example (``dataset refine``), with their counts."""
    return [(split_items(w[0]), w[1]) for w in record.get("wins") or [] if w[1] < record["count_oz"]]


def draw_targets(records: list[dict], passes: int, seed: int) -> list[dict]:
    """``passes`` copies of ``records``, each example's answer drawn from its ``wins``.

    A win ``[PassList.text(), count]`` is drawn with probability proportional to the instructions
    it saved against -Oz; an example without wins (nothing beat -Oz, or never refined) keeps its label.
    """
    rng = random.Random(seed)
    out = []
    for _ in range(passes):
        for r in records:
            wins = wins_of(r)
            if wins:
                items, count = rng.choices(wins, weights=[r["count_oz"] - c for _, c in wins])[0]
                r = {**r, "items": list(items), "best_count": count}
            out.append(r)
    return out


class _Collator:
    def __init__(self, pad_id: int):
        self.pad_id = pad_id

    def __call__(self, batch):
        import torch

        width = max(len(b["input_ids"]) for b in batch)
        ids = [b["input_ids"] + [self.pad_id] * (width - len(b["input_ids"])) for b in batch]
        labels = [b["labels"] + [-100] * (width - len(b["labels"])) for b in batch]
        mask = [[1] * len(b["input_ids"]) + [0] * (width - len(b["input_ids"])) for b in batch]
        return {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels), "attention_mask": torch.tensor(mask)}


class _ListDataset:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def train(cfg: TrainConfig, records: list[dict] | None = None, resume: bool = False, progress: bool = True) -> dict:
    """Train and save a model; returns the summary also written to ``OUT/training.json``."""
    try:
        import torch
        from transformers import Trainer, TrainerCallback, TrainingArguments
    except ImportError:
        raise LlmoptError("training needs the model extra: pip install 'llmcompiler[model]'") from None
    from llmcompiler.model.model import Model, build
    from llmcompiler.model.tokenizer import load_tokenizer, train_tokenizer

    if cfg.targets not in TARGETS:
        raise LlmoptError(f"unknown targets '{cfg.targets}' (expected one of {', '.join(TARGETS)})")
    t0 = time.time()
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    out = Path(cfg.out)
    if records is None:
        from llmcompiler.model import dataset

        records = dataset.load_labelled(cfg.corpus or dataset.CORPUS, cfg.labels or dataset.LABELS, cfg.splits)
    if not records:
        raise LlmoptError("no labelled examples: run `llmopt dataset build` and `llmopt dataset label` first")
    records = sorted(records, key=lambda r: r["id"])
    random.Random(cfg.seed).shuffle(records)
    if cfg.max_examples:
        records = records[: cfg.max_examples]
    # examples whose best list beats -Oz carry the signal; the rest teach "-Oz is as good as it gets"
    if cfg.oversample_improved > 1:
        better = [r for r in records if r.get("count_oz") is not None and r["best_count"] < r["count_oz"]]
        records = records + better * (cfg.oversample_improved - 1)
        random.Random(cfg.seed + 1).shuffle(records)
    catalogue, epochs = catalogue_of(records, wins=cfg.targets == "wins"), cfg.epochs
    if cfg.targets == "wins":  # one copy per pass over the data, each with its own draw
        copies = max(1, math.ceil(cfg.epochs))
        records, epochs = draw_targets(records, copies, cfg.seed + 2), cfg.epochs / copies
    out.mkdir(parents=True, exist_ok=True)
    if resume and (out / "tokenizer.json").exists():
        tok = load_tokenizer(out)
    else:
        tok = train_tokenizer([r["text"] for r in records[: cfg.tokenizer_examples]], cfg.vocab_size)
        tok.save_pretrained(str(out))
    examples = encode_examples(tok, records, cfg.model)
    torch.manual_seed(cfg.seed)
    net = build(cfg.model, tok)
    n_params = sum(p.numel() for p in net.parameters())
    log: list[dict] = []

    class _Log(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kw):
            if logs:
                log.append({"step": state.global_step, "epoch": round(state.epoch or 0, 3),
                            "seconds": round(time.time() - t0, 1), **logs})

    ckpt = out / "checkpoints"
    world = int(os.environ.get("WORLD_SIZE", "1"))
    total_steps = int(-(-len(examples) // (cfg.batch_size * world)) * epochs)
    import inspect

    params = inspect.signature(TrainingArguments.__init__).parameters
    # batches of similar lengths waste less on padding (the option's name changed in transformers 5)
    grouping = ({"train_sampling_strategy": "group_by_length"} if "train_sampling_strategy" in params
                else {"group_by_length": True} if "group_by_length" in params else {})
    args = TrainingArguments(**grouping,
        output_dir=str(ckpt), per_device_train_batch_size=cfg.batch_size, num_train_epochs=epochs,
        learning_rate=cfg.learning_rate, warmup_steps=max(1, int(cfg.warmup_ratio * total_steps)), weight_decay=cfg.weight_decay,
        lr_scheduler_type="cosine", logging_steps=cfg.logging_steps, save_steps=cfg.save_steps,
        save_total_limit=1, report_to=[], seed=cfg.seed, dataloader_num_workers=0,
        disable_tqdm=not progress, remove_unused_columns=False,
        use_cpu=not torch.cuda.is_available(),
    )
    trainer = Trainer(model=net, args=args, train_dataset=_ListDataset(examples),
                      data_collator=_Collator(tok.pad_token_id), callbacks=[_Log()])
    if not progress:  # without a progress bar the Trainer prints each log dict: keep stdout for --json
        from transformers.trainer_callback import PrinterCallback

        trainer.remove_callback(PrinterCallback)
    last = None
    if resume and ckpt.is_dir():
        cks = sorted(ckpt.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[1]))
        last = str(cks[-1]) if cks else None
    trainer.train(resume_from_checkpoint=last)
    model = Model(trainer.model, tok, "llmopt", out, cfg.model, catalogue=catalogue)
    model.save(out)
    losses = [e["loss"] for e in log if "loss" in e]
    summary = {
        "examples": len(examples), "parameters": n_params, "tokens": sum(len(e["input_ids"]) for e in examples),
        "answer_tokens": sum(sum(1 for x in e["labels"] if x != -100) for e in examples),
        "first_loss": losses[0] if losses else None, "final_loss": losses[-1] if losses else None,
        "seconds": round(time.time() - t0, 1), "resumed_from": last,
        "config": {**asdict(cfg), "model": asdict(cfg.model)}, "log": log,
    }
    (out / "training.json").write_text(json.dumps(summary, indent=1) + "\n")
    return summary


def catalogue_of(records: list[dict], wins: bool = False) -> list[tuple[str, ...]]:
    """The distinct best lists of the training labels (and, with ``wins``, every list that beat -Oz
    on one of them): what catalogue decoding may spell."""
    lists = {tuple(r["items"]) for r in records}
    if wins:
        lists |= {items for r in records for items, _ in wins_of(r)}
    return sorted(lists)

