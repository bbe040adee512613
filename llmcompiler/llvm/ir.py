"""LLVM IR in and out: load, verify, count, hash, measure object size, and make IR size-ready.

Everything downstream works on an :class:`IR`: the module's *canonical text*, i.e. what LLVM's own
printer writes after parsing and verifying the input. Canonical text makes three things cheap and exact:

* counting instructions is a scan over lines (``count_instructions``), equal to LLVM's
  ``Module::getInstructionCount()`` (instructions in defined functions; debug records are not
  instructions), ~10x faster than walking llvmlite objects;
* the content hash (``IR.hash``) ignores the module ID and source file name, so the same code loaded
  from two paths hashes the same;
* opt-22's ``-S`` output is already canonical, so results need no re-printing to be counted.

Example::

    >>> from llmcompiler.llvm import ir
    >>> m = ir.load("examples/crc32.ll")
    >>> m.count, ir.function_counts(m.text)
    (158, {'crc32': 42, 'weight': 19, 'main': 42, 'init_table': 55})
"""

from __future__ import annotations

import ctypes
import functools
import os
import re

import llvmlite.binding as llvm
from llvmlite.binding import ffi as _ffi

from llmcompiler.errors import IRError, one_line
from llmcompiler.llvm.irtext import (  # noqa: F401 - the text-only half, re-exported: ir.IR, ir.count_instructions...
    _ATTR_GROUP_RE,
    _DEF_RE,
    _GROUP_REF_RE,
    BITCODE_MAGIC,
    IR,
    _function_groups,
    atomic_write,
    content_hash,
    count_instructions,
    function_counts,
    is_size_ready,
    read_input,
    replace_file,
)


@functools.cache
def init_llvm() -> None:
    """Initialise llvmlite's native target once per process (idempotent)."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


class _OwningModuleRef(llvm.ModuleRef):
    """A module that owns its own LLVMContext and disposes it right after itself.

    Each module gets a fresh context (in a shared one, a struct type parsed earlier renames this
    module's type of the same name, ``%struct.s`` -> ``%struct.s.0``, so the text would depend on what
    the process parsed before). The context must outlive the module; left to the garbage collector,
    a module and its context caught in one reference cycle are finalised in any order, and disposing
    a module after its context crashes. So the context object never disposes itself, the module does.
    """

    def _dispose(self):
        super()._dispose()
        ptr, self._ctx_ptr = getattr(self, "_ctx_ptr", None), None
        if ptr:
            _ffi.lib.LLVMPY_ContextDispose(ptr)


def fresh_module(text: str | bytes | None = None, bitcode: bytes | None = None) -> llvm.ModuleRef:
    """Parse text (a str, or bytes as LLVM reads a file) or bitcode (no verification) into a module
    with a context of its own."""
    init_llvm()
    ctx = llvm.create_context()
    ptr = ctx._ptr
    ctx._owned = True  # the module disposes it (see _OwningModuleRef)
    if bitcode is not None:
        mod = llvm.parse_bitcode(bitcode, context=ctx)
    elif isinstance(text, bytes):
        # llvmlite's parse_assembly takes only str (encoded as UTF-8); LLVM itself reads bytes
        with _ffi.OutputString() as err:
            mod = llvm.ModuleRef(_ffi.lib.LLVMPY_ParseAssembly(ctx, ctypes.c_char_p(text), err), ctx)
            if err:
                mod.close()
                raise RuntimeError("LLVM IR parsing error\n" + err.bytes.decode(errors="replace"))
    else:
        mod = llvm.parse_assembly(text, context=ctx)
    mod.__class__ = _OwningModuleRef
    mod._ctx_ptr = ptr
    return mod


def parse_module(text: str | bytes, name: str = "<string>") -> llvm.ModuleRef:
    """Parse and verify IR text into a fresh llvmlite module; raise IRError with LLVM's message."""
    init_llvm()
    try:
        mod = fresh_module(text)
    except RuntimeError as e:
        raise IRError(f"{name}: invalid LLVM IR: {_llvm_message(e)}") from None
    return _verified(mod, name)


def _verified(mod: llvm.ModuleRef, name: str) -> llvm.ModuleRef:
    try:
        mod.verify()
    except RuntimeError as e:
        raise IRError(f"{name}: IR fails the LLVM verifier: {_llvm_message(e)}") from None
    return mod


def _llvm_message(e: Exception) -> str:
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith("LLVM IR parsing error")] or lines
    return one_line("\n".join(lines))


def parse(data: str | bytes, name: str = "<string>") -> IR:
    """Turn IR text or bitcode into a verified, canonical :class:`IR`."""
    init_llvm()
    if isinstance(data, bytes):
        if not data.strip():
            raise IRError(f"{name}: empty input (expected LLVM IR text or bitcode)")
        if data.startswith(BITCODE_MAGIC):
            try:
                mod = fresh_module(bitcode=data)
            except RuntimeError as e:
                raise IRError(f"{name}: invalid LLVM bitcode: {_llvm_message(e)}") from None
            return IR(str(_verified(mod, name)), name)
        if b"\0" in data[:4096]:
            raise IRError(f"{name}: binary data that is not LLVM bitcode")
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            # opt reads IR as bytes, so a comment may hold any byte; LLVM's printer escapes every
            # non-ASCII byte it keeps, so the canonical text is plain ASCII either way
            return IR(str(parse_module(data, name)), name)
    if not data.strip():
        raise IRError(f"{name}: empty input (expected LLVM IR text or bitcode)")
    mod = parse_module(data, name)
    return IR(str(mod), name)


def load(path: str | os.PathLike) -> IR:
    """Load a ``.ll`` or ``.bc`` file (``-`` reads standard input)."""
    data, name = read_input(path)
    return parse(data, name)


def to_bitcode(ir: IR) -> bytes:
    return parse_module(ir.text, ir.name).as_bitcode()


def save(ir: IR, path: str | os.PathLike, bitcode: bool | None = None) -> None:
    """Write IR atomically; bitcode when ``bitcode`` is true or the name ends in ``.bc``."""
    if bitcode is None:
        bitcode = str(path).endswith(".bc")
    atomic_write(path, to_bitcode(ir) if bitcode else ir.text)


# ---------------------------------------------------------------------------------------------
# object size


@functools.cache
def _target_machine(triple: str, reloc: str = "pic"):
    init_llvm()
    target = llvm.Target.from_triple(triple or llvm.get_default_triple())
    # Small code model and the module's relocation model (PIC for what clang-22 builds by default on
    # Debian, static for -fno-pic), so .text matches a real build.
    return target.create_target_machine(opt=2, reloc=reloc, codemodel="small")


def text_size(ir: IR) -> int:
    """Bytes of executable sections in the object file llvmlite's code generator emits (its own
    LLVM 22 build: the harness's ``text`` metric uses libLLVM-22 where it is installed)."""
    mod = parse_module(ir.text, ir.name)
    from llmcompiler.llvm.toolchain import relocation_model

    obj = _target_machine(mod.triple, relocation_model(ir.text)).emit_object(mod)
    return sum(s.size() for s in llvm.ObjectFileRef.from_data(obj).sections() if s.is_text())


# ---------------------------------------------------------------------------------------------
# size-ready IR

def _edit_group(attrs: str, o0_module: bool) -> str:
    words = attrs.split(" ")
    drop = {"optnone"}
    if "optnone" in words:
        drop.add("noinline")
    if o0_module:
        drop.add('"frame-pointer"="all"')
    words = [w for w in words if w not in drop]
    for a in ("optsize", "minsize"):
        if a not in words:
            words.insert(0, a)
    return " ".join(words)


NOT_SIZE_READY = "input was not size-ready (no minsize/optsize, or -O0 optnone): prepared like clang -Oz"


def size_ready(ir: IR) -> tuple[IR, str | None]:
    """The one place that decides whether an input must be prepared: ``(size-ready IR, note)``,
    the note (:data:`NOT_SIZE_READY`) set exactly when :func:`prepare` changed the input.

    >>> m, note = size_ready(load("examples/crc32.O0.ll"))
    >>> note == NOT_SIZE_READY, size_ready(m) == (m, None)
    (True, True)
    """
    ready = prepare(ir)
    return ready, (None if ready is ir else NOT_SIZE_READY)


def prepare(ir: IR) -> IR:
    """Make IR *size-ready*: what ``clang-22 -Oz -Xclang -disable-llvm-passes`` would have produced.

    LLVM 22 derives its size behaviour from function attributes, not from the pipeline name, so
    ``default<Oz>`` on ``clang -O0`` output is a straw man (it unrolls loops fully). This function
    changes exactly these things and nothing else:

    * every attribute group used by a function definition or declaration gets ``minsize optsize``;
    * ``optnone`` is removed from them, and where it was present (clang's ``-O0`` marking) so are
      ``noinline`` (``-O0`` adds it to every function, so a ``noinline`` written in the source
      cannot be told apart and is dropped too); in such an ``-O0`` module ``"frame-pointer"="all"``
      is dropped from them as well (``-Oz`` omits the frame pointer; this only changes object size);
    * a defined function with no attribute group at all gets ``minsize`` and ``optsize`` directly.

    IR that is already size-ready (see :func:`is_size_ready`) is returned unchanged (same object).
    What it cannot recover is what only the ``-Oz`` front end emits: ``llvm.lifetime`` markers and
    TBAA metadata. On our benchmark programs ``-Oz`` of prepared ``-O0`` IR lands within a few
    percent of ``clang-22 -Oz`` (``tests/test_prepare.py`` pins the figure).
    """
    if is_size_ready(ir.text):
        return ir
    text = ir.text
    defs, decls = _function_groups(text)
    targets = defs | decls
    groups = dict(_ATTR_GROUP_RE.findall(text))
    o0_module = any("optnone" in groups.get(g, "").split() for g in defs)

    def edit(m: re.Match) -> str:
        if m.group(1) not in targets:
            return m.group(0)
        return f"attributes #{m.group(1)} = {{ {_edit_group(m.group(2), o0_module)} }}"

    text = _ATTR_GROUP_RE.sub(edit, text)
    mod = parse_module(text, ir.name)
    for fn in mod.functions:
        if fn.is_declaration:
            continue
        attrs = {a.decode() if isinstance(a, bytes) else str(a) for a in fn.attributes}
        if not any("minsize" in a for a in attrs):
            fn.add_function_attribute("minsize")
            fn.add_function_attribute("optsize")
    return IR(str(mod), ir.name)
