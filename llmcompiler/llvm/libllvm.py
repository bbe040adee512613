"""opt-22 without the process: Debian's libLLVM-22 through its C API (``LLVMRunPasses``), via ctypes.

opt-22 is a thin program over ``libLLVM.so.22.1``; calling the same library's ``LLVMRunPasses`` with
the same target machine (the module's triple and relocation model) gives the same IR as
``opt-22 -passes=...`` for any pipeline string (tests/test_libllvm.py checks it on random lists over
the whole vocabulary), without opt's ~25 ms start-up. A crash inside LLVM would end the calling process, so the harness
runs this in a worker process (``backends.InprocWorker``), never in its own.

    >>> from llmcompiler.llvm.libllvm import LibLLVM
    >>> LibLLVM().run(open("examples/crc32.ll").read(), "default<Oz>").count("\\n  ") > 0
    True
"""

from __future__ import annotations

import ctypes
import functools
import os
import shutil
import struct

from llmcompiler.errors import BackendError, ToolError
from llmcompiler.llvm.toolchain import LLVM_MAJOR, find_opt, relocation_model

_P = ctypes.c_void_p
_S = ctypes.c_char_p
_CHARS = ctypes.POINTER(ctypes.c_char)

# LLVM-C enum values (llvm-c/TargetMachine.h)
CODEGEN_OPT_DEFAULT = 2
RELOC_STATIC = 1
RELOC_PIC = 2
CODE_MODEL_DEFAULT = 0


def find_libllvm() -> str:
    """``$LLMOPT_LIBLLVM``, else the libLLVM beside opt-22 (``/usr/lib/llvm-22/lib/libLLVM.so.22.1``)."""
    env = os.environ.get("LLMOPT_LIBLLVM")
    if env:
        if not os.path.exists(env):
            raise ToolError(f"LLMOPT_LIBLLVM={env}: no such file")
        return env
    candidates = []
    opt = find_opt()
    libdir = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(opt))), "lib")
    candidates += [os.path.join(libdir, f"libLLVM.so.{LLVM_MAJOR}.1"), os.path.join(libdir, f"libLLVM-{LLVM_MAJOR}.so")]
    candidates += [f"/usr/lib/llvm-{LLVM_MAJOR}/lib/libLLVM.so.{LLVM_MAJOR}.1"]
    for c in candidates:
        if os.path.exists(c):
            return c
    raise ToolError(f"libLLVM for LLVM {LLVM_MAJOR} not found next to {opt}; set LLMOPT_LIBLLVM")


@functools.cache
def available() -> bool:
    try:
        find_libllvm()
        return shutil.which("opt-22") is not None or bool(os.environ.get("LLMOPT_OPT"))
    except Exception:  # noqa: BLE001 - any reason means "use opt"
        return False


def executable_bytes(obj: bytes) -> int:
    """Total size of the executable sections (``SHF_EXECINSTR``) of an ELF object file.

    >>> executable_bytes(b"not an object")
    Traceback (most recent call last):
    ...
    llmcompiler.errors.BackendError: object size: not an ELF object file (only ELF is supported)
    """
    if obj[:4] != b"\x7fELF" or obj[4] not in (1, 2) or obj[5] not in (1, 2):
        raise BackendError("object size: not an ELF object file (only ELF is supported)", "error")
    wide, order = obj[4] == 2, "<" if obj[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", obj, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", obj, 0x3A)
        flags_at, size_at = 8, 0x20
    else:
        shoff, = struct.unpack_from(order + "I", obj, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", obj, 0x2E)
        flags_at, size_at = 8, 0x14
    total = 0
    for i in range(shnum):
        base = shoff + i * shentsize
        sh_type, = struct.unpack_from(order + "I", obj, base + 4)
        flags, = struct.unpack_from(order + ("Q" if wide else "I"), obj, base + flags_at)
        size, = struct.unpack_from(order + ("Q" if wide else "I"), obj, base + size_at)
        if flags & 0x4 and sh_type != 8:  # SHF_EXECINSTR, and not SHT_NOBITS
            total += size
    return total


class LibLLVM:
    """The C API of one libLLVM, loaded once per process."""

    def __init__(self, path: str | None = None):
        self.path = path or find_libllvm()
        L = self.lib = ctypes.CDLL(self.path)
        for name in ("LLVMInitializeX86TargetInfo", "LLVMInitializeX86Target", "LLVMInitializeX86TargetMC",
                     "LLVMInitializeX86AsmPrinter", "LLVMInitializeX86AsmParser", "LLVMInitializeAArch64TargetInfo", "LLVMInitializeAArch64Target",
                     "LLVMInitializeAArch64TargetMC", "LLVMInitializeAArch64AsmPrinter", "LLVMInitializeAArch64AsmParser"):
            fn = getattr(L, name, None)
            if fn is not None:
                fn()
        sig = {
            "LLVMContextCreate": (_P, []),
            "LLVMContextDispose": (None, [_P]),
            "LLVMCreateMemoryBufferWithMemoryRangeCopy": (_P, [_S, ctypes.c_size_t, _S]),
            "LLVMParseIRInContext": (ctypes.c_int, [_P, _P, ctypes.POINTER(_P), ctypes.POINTER(_CHARS)]),
            "LLVMGetTarget": (_S, [_P]),
            "LLVMGetTargetFromTriple": (ctypes.c_int, [_S, ctypes.POINTER(_P), ctypes.POINTER(_CHARS)]),
            "LLVMCreateTargetMachine": (_P, [_P, _S, _S, _S, ctypes.c_int, ctypes.c_int, ctypes.c_int]),
            "LLVMCreatePassBuilderOptions": (_P, []),
            "LLVMDisposePassBuilderOptions": (None, [_P]),
            "LLVMRunPasses": (_P, [_P, _S, _P, _P]),
            "LLVMGetErrorMessage": (_CHARS, [_P]),
            "LLVMDisposeErrorMessage": (None, [_CHARS]),
            "LLVMVerifyModule": (ctypes.c_int, [_P, ctypes.c_int, ctypes.POINTER(_CHARS)]),
            "LLVMPrintModuleToString": (_CHARS, [_P]),
            "LLVMDisposeMessage": (None, [_CHARS]),
            "LLVMDisposeModule": (None, [_P]),
            "LLVMTargetMachineEmitToMemoryBuffer": (ctypes.c_int, [_P, _P, ctypes.c_int, ctypes.POINTER(_CHARS),
                                                                  ctypes.POINTER(_P)]),
            "LLVMGetBufferStart": (_P, [_P]),
            "LLVMGetBufferSize": (ctypes.c_size_t, [_P]),
            "LLVMDisposeMemoryBuffer": (None, [_P]),
        }
        for name, (res, args) in sig.items():
            fn = getattr(L, name)
            fn.restype, fn.argtypes = res, args
        self._tms: dict[tuple[bytes, bool], int] = {}

    def _message(self, p) -> str:
        if not p:
            return ""
        text = ctypes.string_at(p).decode(errors="replace")
        self.lib.LLVMDisposeMessage(p)
        return text

    def _text_bytes(self, mod, pic: bool = True) -> int:
        L = self.lib
        err, buf = _CHARS(), _P()
        if L.LLVMTargetMachineEmitToMemoryBuffer(self._tm(L.LLVMGetTarget(mod), pic), mod, 1, ctypes.byref(err),
                                                  ctypes.byref(buf)):  # 1: LLVMObjectFile
            raise BackendError(f"code generation failed: {self._message(err).strip()[:300]}", "error")
        try:
            obj = ctypes.string_at(L.LLVMGetBufferStart(buf), L.LLVMGetBufferSize(buf))
        finally:
            L.LLVMDisposeMemoryBuffer(buf)
        return executable_bytes(obj)

    def _tm(self, triple: bytes, pic: bool = True):
        if (triple, pic) not in self._tms:
            target, err = _P(), _CHARS()
            if self.lib.LLVMGetTargetFromTriple(triple, ctypes.byref(target), ctypes.byref(err)):
                raise BackendError(f"libLLVM: no target for '{triple.decode()}': {self._message(err)}", "error")
            self._tms[(triple, pic)] = self.lib.LLVMCreateTargetMachine(
                target, triple, b"", b"", CODEGEN_OPT_DEFAULT, RELOC_PIC if pic else RELOC_STATIC, CODE_MODEL_DEFAULT)
        return self._tms[(triple, pic)]

    def run(self, text: str, pipeline: str) -> str:
        """Parse IR, run a ``-passes=`` pipeline, verify, and return the printed module."""
        return self.run_sized(text, pipeline, size=False)[0]

    def run_sized(self, text: str | bytes, pipeline: str, size: bool = True) -> tuple[str, int | None]:
        """:meth:`run`, and with ``size`` the bytes of the executable sections of the object file that
        LLVM's code generator makes from the result (as ``llc-22 -filetype=obj`` with the same target
        machine: the module's triple, its relocation model (``toolchain.relocation_model``: PIC unless it
        records none), the default optimisation level; CPU and features come from
        the functions' attributes, as clang writes them)."""
        L = self.lib
        data = text.encode() if isinstance(text, str) else text  # text or bitcode
        pic = relocation_model(data) == "pic"  # the module's own, as clang compiles it
        ctx = L.LLVMContextCreate()
        mod = _P()
        try:
            buf = L.LLVMCreateMemoryBufferWithMemoryRangeCopy(data, len(data), b"<stdin>")
            err = _CHARS()
            if L.LLVMParseIRInContext(ctx, buf, ctypes.byref(mod), ctypes.byref(err)):  # takes the buffer
                mod = _P()
                raise BackendError(f"libLLVM: invalid IR: {self._message(err).strip()}", "error")
            if pipeline:
                opts = L.LLVMCreatePassBuilderOptions()
                try:
                    e = L.LLVMRunPasses(mod, pipeline.encode(), self._tm(L.LLVMGetTarget(mod), pic), opts)
                finally:
                    L.LLVMDisposePassBuilderOptions(opts)
                if e:
                    p = L.LLVMGetErrorMessage(e)
                    msg = ctypes.string_at(p).decode(errors="replace")
                    L.LLVMDisposeErrorMessage(p)
                    raise BackendError(f"opt failed on -passes='{pipeline}': {msg.strip()}", "error")
            out = _CHARS()
            if L.LLVMVerifyModule(mod, 2, ctypes.byref(out)):  # 2: LLVMReturnStatusAction
                raise BackendError(f"passes produced invalid IR: {self._message(out).strip()[:300]}", "invalid")
            self._message(out)
            printed = self._message(L.LLVMPrintModuleToString(mod))
            return printed, self._text_bytes(mod, pic) if size else None
        finally:
            if mod:
                L.LLVMDisposeModule(mod)
            L.LLVMContextDispose(ctx)
