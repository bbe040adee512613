"""LLVM IR as text, without LLVM: the :class:`IR` value, counting, hashing, reading input and writing
output atomically. What needs LLVM itself (parsing, verifying, bitcode, preparing) is in ``ir.py``,
which re-exports all of this; a client that only moves IR around (``llmopt suggest --server``)
imports this module alone and starts without loading LLVM.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import re
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from llmcompiler.errors import IRError

BITCODE_MAGIC = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")  # raw bitcode, bitcode wrapper


# ---------------------------------------------------------------------------------------------
# counting (pure functions over canonical text)

_BODY_RE = re.compile(r"^define [^\n]*?@(\"(?:[^\"\\]|\\.)*\"|[-\w$.]+)\([^\n]*\{\n(.*?)^\}", re.M | re.S)
# An instruction line: two spaces then anything but a space (switch cases, landingpad clauses and
# debug records are indented further), ']' (end of a switch table), '#' (debug record) or ';'.
_INST_RE = re.compile(r"^  (?![ \]#;]|uselistorder)", re.M)


def count_instructions(text: str) -> int:
    """Number of IR instructions in all defined functions of canonical IR text.

    In LLVM's printing, the only lines indented by exactly two spaces are instructions in function
    bodies, switch-table ends (``  ]``), comments and ``uselistorder`` directives; everything at module
    level starts in column 0. So the count is a handful of substring counts (~1 ms per 10k lines).
    """
    # (the first line of a module is never an instruction, so no line is missed by counting "\n  ")
    return (text.count("\n  ") - text.count("\n   ") - text.count("\n  ]") - text.count("\n  #")
            - text.count("\n  ;") - text.count("\n  uselistorder"))


def function_counts(text: str) -> dict[str, int]:
    """Instruction count per defined function, in module order (names without '@')."""
    return {name.strip('"'): len(_INST_RE.findall(body)) for name, body in _BODY_RE.findall(text)}


def content_hash(text: str) -> str:
    """Stable SHA-256 (hex, 16 chars) of IR text, ignoring the module ID and source file name."""
    h = hashlib.sha256()
    for line in text.splitlines():
        if line.startswith(("; ModuleID", "source_filename")):
            continue
        h.update(line.encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# the IR value


@dataclass(frozen=True)
class IR:
    """A verified LLVM module as canonical text.

    Invariants: ``text`` parsed and passed the LLVM verifier; it is LLVM's own printing of the
    module, so :func:`count_instructions` is exact on it.
    """

    text: str
    name: str = "<string>"  # where it came from, for messages

    @functools.cached_property
    def count(self) -> int:
        return count_instructions(self.text)

    @functools.cached_property
    def hash(self) -> str:
        return content_hash(self.text)

    def function_counts(self) -> dict[str, int]:
        return function_counts(self.text)

    def __repr__(self) -> str:
        return f"IR({self.name!r}, {self.count} instructions, hash={self.hash})"


def read_input(path: str | os.PathLike) -> tuple[bytes, str]:
    """The bytes of a ``.ll``/``.bc`` file (``-``: standard input) and the name messages use for it;
    IRError (one line) when it cannot be read."""
    if str(path) == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    try:
        return p.read_bytes(), str(p)
    except FileNotFoundError:
        raise IRError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise IRError(f"{p}: is a directory, expected a .ll or .bc file") from None
    except OSError as e:
        raise IRError(f"{p}: cannot read: {e.strerror}") from None


def atomic_write(path: str | os.PathLike, data: str | bytes) -> None:
    """Write a file so that readers see the old content or the whole new one, never a part.

    ``-`` writes to standard output. The file gets the mode a plain write would give it, as opt's
    output does: an existing file keeps its mode, a new one gets 0666 less the umask (0644 usually);
    an existing file the user may not write is refused, as opt refuses it.
    """
    raw = data.encode() if isinstance(data, str) else data
    if str(path) == "-":
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    p = Path(path)
    if p.exists() and not p.is_dir() and not os.access(p, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(p))
    replace_file(p, raw, stat.S_IMODE(p.stat().st_mode) if p.is_file() else 0o666 & ~_umask())


def replace_file(path: str | os.PathLike, data: bytes, mode: int) -> None:
    """Write ``data`` to a new file beside ``path`` (created exclusively), give it ``mode``, and rename
    it over ``path``: readers see the old file or the whole new one; on any failure nothing is left."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent if str(p.parent) else ".")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------------------------------------
# size-ready, as far as text tells

_ATTR_GROUP_RE = re.compile(r"^attributes #(\d+) = \{ (.*) \}$", re.M)
_DEF_RE = re.compile(r"^(define|declare) [^\n]*$", re.M)
_GROUP_REF_RE = re.compile(r" #(\d+)")


def _function_groups(text: str) -> tuple[set[str], set[str]]:
    defs, decls = set(), set()
    for m in _DEF_RE.finditer(text):
        line = m.group(0)
        # Only look after the argument list: attribute group references follow it.
        refs = set(_GROUP_REF_RE.findall(line[line.rfind(")") :] if m.group(1) == "define" else line))
        (defs if m.group(1) == "define" else decls).update(refs)
    return defs, decls


def is_size_ready(text: str) -> bool:
    """True when every defined function carries ``minsize optsize`` and none carries ``optnone``."""
    groups = dict(_ATTR_GROUP_RE.findall(text))
    for m in _DEF_RE.finditer(text):
        if m.group(1) != "define":
            continue
        line = m.group(0)
        attrs = set()
        for ref in _GROUP_REF_RE.findall(line[line.rfind(")") :]):
            attrs.update(groups.get(ref, "").split())
        if "optnone" in attrs or not {"minsize", "optsize"} <= attrs:
            return False
    return True


