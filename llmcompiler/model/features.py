"""A whole module, read into a fixed-length vector: what the pass-list ranker (``ranker.py``) sees.

Every instruction of every defined function counts (no context limit, no truncation): its opcode,
its opcode with the kind of its result type, the opcode pairs that follow one another in a block,
calls by callee kind (intrinsic family, declared, defined), and the module's shape (functions, blocks,
globals, linkage, loops by back edges, sizes). Counts are hashed into :data:`DIM` buckets by a stable
hash (the same vector on every machine and Python), then ``log1p``-scaled; the module's totals come
in a few named slots at the front. Reading costs one pass over the text (~1 ms per 1,000
instructions).

>>> v = vector(open("examples/crc32.ll").read())
>>> len(v), v[0] > 0
(1024, True)
"""

from __future__ import annotations

import math
import re
import zlib

DIM = 1024
NAMED = ("instructions", "functions", "declarations", "blocks", "globals", "internal", "phis", "calls",
         "loads", "stores", "allocas", "branches", "switches", "back_edges", "max_function", "mean_function",
         "strings", "intrinsics")
_BASE = len(NAMED)

_DEFINE = re.compile(r"^define\s[^@]*@(\"[^\"]+\"|[\w.$-]+)")
_ASSIGN = re.compile(r"^\s+%[\w.$\"-]+\s*=\s*(?:(?:tail|musttail|notail)\s+)?([a-z][\w.]*)(?:\s+(.*))?$")
_PLAIN = re.compile(r"^\s+(?:(?:tail|musttail|notail)\s+)?([a-z][\w.]*)\b(.*)$")
_LABEL = re.compile(r"^([\w.$-]+|\"[^\"]+\"):")
_CALLEE = re.compile(r"@(\"[^\"]+\"|[\w.$-]+)\s*\(")
_TARGETS = re.compile(r"label %([\w.$-]+|\"[^\"]+\")")
_FLAGS = {"nuw", "nsw", "exact", "disjoint", "nneg", "samesign", "fast", "nnan", "ninf", "nsz", "arcp",
          "contract", "afn", "reassoc", "inbounds", "volatile", "atomic", "inrange", "nusw"}


def _bucket(key: str) -> int:
    return _BASE + zlib.crc32(key.encode()) % (DIM - _BASE)


def _type_kind(rest: str) -> str:
    """The kind of the first type in an instruction's operands (after flags)."""
    for word in rest.split():
        if word in _FLAGS:
            continue
        if word.startswith("<"):
            return "vec"
        if word.startswith(("[", "{", "%")):
            return "agg"
        if word.startswith("i1") and word[2:3] in ("", ",", " "):
            return "i1"
        if word.startswith("i"):
            return "int" + ("64" if word.startswith("i64") else "")
        if word in ("float", "double", "half", "fp128", "x86_fp80", "bfloat"):
            return "fp"
        if word.startswith("ptr"):
            return "ptr"
        return word[:8]
    return "-"


def counts(text: str) -> dict[str, float]:
    """The raw counts behind :func:`vector`: named totals and ``key -> count`` for the hashed ones."""
    named = dict.fromkeys(NAMED, 0.0)
    hashed: dict[str, float] = {}
    defined: set[str] = set()
    for line in text.splitlines():
        m = _DEFINE.match(line)
        if m:
            defined.add(m.group(1))
    sizes: list[int] = []
    in_body, prev, size, seen_labels, in_table = False, "^", 0, set(), False

    def add(key: str, n: float = 1.0) -> None:
        hashed[key] = hashed.get(key, 0.0) + n

    for line in text.splitlines():
        if not in_body:
            if line.startswith("define"):
                in_body, prev, size, seen_labels = True, "^", 0, {"entry"}
                named["functions"] += 1
                head = line.split("@", 1)[0]
                if "internal" in head or "private" in head:
                    named["internal"] += 1
                for attr in ("noinline", "optsize", "minsize", "noreturn", "nounwind", "inlinehint"):
                    if attr in line:
                        add("attr:" + attr)
                named["blocks"] += 1
            elif line.startswith("declare"):
                named["declarations"] += 1
            elif line.startswith("@"):
                named["globals"] += 1
                if "c\"" in line:
                    named["strings"] += 1
                add("global:" + ("const" if " constant " in line else "var"))
            continue
        if in_table:  # the case lines of a switch (or the targets of an indirectbr)
            in_table = "]" not in line
            continue
        if line.startswith("}"):
            in_body = False
            sizes.append(size)
            continue
        lab = _LABEL.match(line)
        if lab:
            named["blocks"] += 1
            seen_labels.add(lab.group(1))
            prev = "^"
            continue
        m = _ASSIGN.match(line) or _PLAIN.match(line)
        if not m or line.lstrip().startswith(";"):
            continue
        op, rest = m.group(1), m.group(2) or ""
        if op.startswith("!") or op in ("uselistorder",):
            continue
        size += 1
        named["instructions"] += 1
        kind = _type_kind(rest)
        if op == "call" or op == "invoke":
            named["calls"] += 1
            c = _CALLEE.search(rest)
            callee = c.group(1) if c else ""
            if callee.startswith("llvm."):
                named["intrinsics"] += 1
                op = "call:" + ".".join(callee.split(".")[:2])
            elif not c:
                op = "call:indirect"
            else:
                op = "call:defined" if callee in defined else "call:external"
        elif op == "phi":
            named["phis"] += 1
        elif op == "load":
            named["loads"] += 1
        elif op == "store":
            named["stores"] += 1
        elif op == "alloca":
            named["allocas"] += 1
        elif op == "br":
            named["branches"] += 1
            # a branch to a block already seen in this function closes a loop
            named["back_edges"] += sum(t in seen_labels for t in _TARGETS.findall(rest))
        elif op in ("switch", "indirectbr"):
            named["switches"] += 1
            in_table = "[" in rest and "]" not in rest
        elif op in ("icmp", "fcmp"):
            pred = rest.split(None, 1)[0] if rest else ""
            add(f"{op}:{pred}")
        add("op:" + op)
        add(f"op:{op}:{kind}")
        add(f"pair:{prev}>{op}")
        prev = op
    if sizes:
        named["max_function"] = float(max(sizes))
        named["mean_function"] = sum(sizes) / len(sizes)
        for s in sizes:  # the distribution of function sizes, by powers of two
            add(f"fsize:{int(math.log2(s + 1))}")
    named.update({f"#{k}": v for k, v in hashed.items()})
    return named


def vector(text: str) -> list[float]:
    """The module as :data:`DIM` numbers: ``log1p`` of the named totals, then hashed counts."""
    return from_counts(counts(text))


def from_counts(c: dict[str, float]) -> list[float]:
    """:func:`vector` of the module whose :func:`counts` are ``c`` (read once, used for both)."""
    v = [0.0] * DIM
    for i, name in enumerate(NAMED):
        v[i] = math.log1p(c[name])
    for key, n in c.items():
        if key.startswith("#"):
            v[_bucket(key[1:])] += n
    for i in range(_BASE, DIM):
        v[i] = math.log1p(v[i])
    return v
