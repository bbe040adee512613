"""What the model reads and writes: normalised IR in, a pass list and two counts out.

Raw IR costs ~16 byte-level BPE tokens per instruction, so a small context would hold ~120
instructions. ``normalize`` drops what pass selection rarely depends on (metadata, attribute groups,
alignment, comments, linkage decorations, the module header) and renames values, labels, types and
defined symbols to short numbered names; names of declared functions (``printf``, ``memcpy``, LLVM
intrinsics) stay, because passes treat them specially.

The answer format is one line::

    <passes> item ; item ; ... <before> 667 <after> 284 <eos>

where every item is one entry of the pass vocabulary. ``decode`` never raises: a malformed,
truncated or unknown-pass answer gives an ``Answer`` whose ``passlist`` is None and whose ``error``
says why.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from llmcompiler.errors import PassError
from llmcompiler.llvm.passes import join_items

PASSES, BEFORE, AFTER, SEP = "<passes>", "<before>", "<after>", ";"
TRUNCATED = "<truncated>"

_HEADER = re.compile(r"^(?:;|source_filename|target datalayout|target triple|attributes #|!|\s*$)")
_META = re.compile(r",?\s*!(?:[A-Za-z_][\w.]*|\d+)\s+!(?:\d+|\{[^}]*\})")  # ", !tbaa !5", "!llvm.loop !7"
_ALIGN = re.compile(r",\s*align \d+")
_ATTRREF = re.compile(r"\s#\d+")
_DROP_WORDS = re.compile(
    r"\b(?:dso_local|noundef|local_unnamed_addr|unnamed_addr|hidden|nonnull|noalias|nocapture|readonly|"
    r"writeonly|signext|zeroext|captures\(none\)|dereferenceable(?:_or_null)?\(\d+\)|align \d+|"
    r"range\([^)]*\)|initializes\([^)]*\)|memory\([^)]*\)|nofree|nosync|nounwind|willreturn|mustprogress|"
    r"uwtable|optsize|minsize|tail|notail)\s?")
_COMMENT = re.compile(r"\s*;.*$")
_LOCAL = re.compile(r"%(?:\"[^\"]*\"|[-\w.$]+)")
_GLOBAL = re.compile(r"@(?:\"[^\"]*\"|[-\w.$]+)")
_STRUCT = re.compile(r"%(?:struct|union|class)\.[\w.$]+")
_LABEL_DEF = re.compile(r"^([-\w.$]+):")
_CSTRING = re.compile(r'c"[^"]*"')
_DECLARE = re.compile(r"^declare\b.*?@(\"[^\"]*\"|[-\w.$]+)\(")


def normalize(text: str) -> str:
    """Compact, model-facing form of a module's IR (deterministic; not meant to be parsed back)."""
    lines = text.splitlines()
    declared = {m.group(1) for ln in lines if (m := _DECLARE.match(ln))}
    globals_: dict[str, str] = {}
    structs: dict[str, str] = {}

    def gname(m: re.Match) -> str:
        name = m.group(0)[1:]
        if name in declared or name.startswith("llvm."):
            return m.group(0)
        if name not in globals_:
            globals_[name] = f"@g{len(globals_)}"
        return globals_[name]

    def sname(m: re.Match) -> str:
        return structs.setdefault(m.group(0), f"%T{len(structs)}")

    out: list[str] = []
    local: dict[str, str] = {}

    def lname(name: str) -> str:
        return local.setdefault(name, f"%{len(local)}")

    for ln in lines:
        if _HEADER.match(ln):
            continue
        if ln.startswith("declare"):
            continue  # the callee names survive in the calls; declarations only cost tokens
        ln = _CSTRING.sub('c""', ln)  # string contents cost many tokens; their length is in the type
        ln = _COMMENT.sub("", ln)
        ln = _META.sub("", ln)
        ln = _ALIGN.sub("", ln)
        ln = _ATTRREF.sub("", ln)
        ln = _DROP_WORDS.sub("", ln)
        ln = _STRUCT.sub(sname, ln)
        ln = _GLOBAL.sub(gname, ln)
        if ln.startswith("define"):
            local = {}
        m = _LABEL_DEF.match(ln)
        if m:
            ln = lname("%" + m.group(1))[1:] + ":" + ln[m.end():]
        ln = _LOCAL.sub(lambda m: m.group(0) if m.group(0).startswith("%T") else lname(m.group(0)), ln)
        ln = re.sub(r"\s+", " ", ln).strip()
        if ln.startswith("@") and len(ln) > 96:
            ln = ln[:96] + " ..."  # long constant initialisers: their shape is in the type
        if ln:
            out.append(ln)
    # function bodies first (a truncated prompt keeps code, not data), then the globals and types they use
    body = [ln for ln in out if not ln.startswith(("%T", "@g"))]
    used = set(re.findall(r"@g\d+\b|%T\d+\b", "\n".join(body)))
    data = [ln for ln in out if ln.startswith(("%T", "@g")) and ln.split(" ", 1)[0] in used]
    return "\n".join(body + data)


def normalized_hash(text: str) -> str:
    """Hash of the normalised IR: modules that differ only in names, metadata or layout collide."""
    return hashlib.sha256(normalize(text).encode()).hexdigest()[:16]


def answer_text(items, before: int | None = None, after: int | None = None) -> str:
    """The one spelling of the model's answer after ``<passes>``: `` item ; item <before> N <after> M``.

    The list always ends with its ``<before>`` marker (the lone space token before it says "the list
    ends here"); a count that is None is left out, so ``answer_text(items)`` is a complete list
    without counts, as the decoders score it.
    """
    s = " " + join_items(items) + f" {BEFORE}"  # join_items: " ; " between items (ITEM_SEP is " " + SEP)
    if before is not None:
        s += f" {before}"
    if after is not None:
        s += f" {AFTER} {after}"
    return s


def format_answer(items, before: int | None, after: int | None) -> str:
    """A whole answer, ``<passes>`` included (see :func:`answer_text`)."""
    return PASSES + answer_text(items, before, after)


@dataclass(frozen=True)
class Answer:
    """A decoded model answer. ``passlist`` is None when the answer has no usable list."""

    text: str
    passlist: object | None  # passes.PassList
    before: int | None
    after: int | None
    error: str | None = None

    @property
    def valid(self) -> bool:
        return self.passlist is not None


def _int_after(tag: str, text: str) -> int | None:
    m = re.search(re.escape(tag) + r"\s*(\d{1,9})\b", text)
    return int(m.group(1)) if m else None


def decode(text: str, vocab=None) -> Answer:
    """Parse a generated answer; never raises."""
    from llmcompiler.llvm.passes import default_vocabulary

    vocab = vocab or default_vocabulary()
    before, after = _int_after(BEFORE, text), _int_after(AFTER, text)
    if PASSES not in text:
        return Answer(text, None, before, after, "no pass list in the answer")
    body = text.split(PASSES, 1)[1]
    for stop in (BEFORE, AFTER, "</s>", "<eos>", "\n"):
        body = body.split(stop, 1)[0]
    items = [t.strip() for t in body.split(SEP)]
    if not items or any(not t for t in items):
        return Answer(text, None, before, after, "empty or truncated pass list")
    try:
        pl = vocab.passlist(tuple(items))
    except PassError as e:
        return Answer(text, None, before, after, str(e))
    except Exception as e:  # noqa: BLE001 - decoding must not crash on any model output
        return Answer(text, None, before, after, f"unusable pass list: {e}")
    return Answer(text, pl, before, after)
