"""ir.py: loading, verifying, counting, hashing, object size, and the errors bad input gets."""

from __future__ import annotations

import io
import sys

import pytest
from conftest import EXAMPLE, EXAMPLE_O0, SMALL_IR, SMALL_IR_COUNT

from llmcompiler.errors import IRError
from llmcompiler.llvm import ir


def iterate_count(text: str) -> int:
    """Reference count by walking llvmlite objects (slow, obviously right)."""
    mod = ir.parse_module(text)
    return sum(1 for f in mod.functions for b in f.blocks for _ in b.instructions)


def test_golden_counts():
    assert ir.parse(SMALL_IR).count == SMALL_IR_COUNT
    assert ir.parse(SMALL_IR).function_counts() == {"sum": 19, "pick": 5, "main": 6}
    m = ir.load(EXAMPLE)
    assert m.count == 158
    assert m.function_counts() == {"crc32": 42, "weight": 19, "main": 42, "init_table": 55}
    assert ir.load(EXAMPLE_O0).count == 137


def test_text_count_equals_walking_the_module(compiled_programs):
    # switch tables, landing pads, debug records and phis must not fool the line scan
    for name, ready, o0, oz in compiled_programs:
        for path in (ready, o0, oz):
            m = ir.load(path)
            assert m.count == iterate_count(m.text), (name, path)


def test_debug_records_are_not_instructions(tmp_path):
    from conftest import PROGRAMS, clang, have

    if not have("clang-22"):
        pytest.skip("clang-22 not installed")
    p = clang(PROGRAMS[0], tmp_path / "g.ll", "-O1", "-g")
    m = ir.load(p)
    assert "#dbg_" in m.text
    assert m.count == iterate_count(m.text)


def test_bitcode_and_stdin_load_the_same(tmp_path, monkeypatch):
    m = ir.load(EXAMPLE)
    bc = tmp_path / "x.bc"
    ir.save(m, bc)
    assert bc.read_bytes()[:4] == b"BC\xc0\xde"
    assert ir.load(bc).count == m.count
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    assert ir.load("-").hash == m.hash


def test_hash_ignores_module_id_and_source_name():
    a = ir.parse("; ModuleID = 'a'\nsource_filename = \"a.c\"\n" + SMALL_IR)
    b = ir.parse("; ModuleID = 'b'\nsource_filename = \"b.c\"\n" + SMALL_IR)
    assert a.hash == b.hash
    c = ir.parse(SMALL_IR.replace("i32 10", "i32 11"))
    assert c.hash != a.hash


def test_text_size():
    m = ir.load(EXAMPLE)
    size = ir.text_size(m)
    assert 100 < size < 2000
    assert ir.text_size(m) == size  # deterministic


BAD = {
    "empty": (b"", "empty input"),
    "blank": (b"  \n\n", "empty input"),
    "binary junk": (bytes(range(256)) * 4, "binary data"),
    "truncated": (SMALL_IR[: len(SMALL_IR) // 2].encode(), "invalid LLVM IR"),
    "type error": (b"define i32 @f() {\n  %x = add i32 1, i64 2\n  ret i32 %x\n}\n", "invalid LLVM IR"),
    "newer syntax": (b"define void @f() {\n  frobnicate i32 1\n  ret void\n}\n", "invalid LLVM IR"),
    "verifier": (b"define i32 @f() {\nentry:\n  ret i32 %x\nb:\n  %x = add i32 1, 2\n  br label %b\n}\n",
                 "LLVM"),
    "not utf8": (b"\xff\xfe define", "expected top-level entity"),  # what opt-22 says: bytes are read as IR text
    "truncated bitcode": (b"BC\xc0\xde" + b"\x01" * 40, "invalid LLVM bitcode"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_one_line_error(case):
    data, expect = BAD[case]
    with pytest.raises(IRError) as e:
        ir.parse(data, "in.ll")
    msg = str(e.value)
    assert expect in msg and msg.startswith("in.ll:")
    assert "\n" not in msg


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(IRError, match="no such file"):
        ir.load(tmp_path / "nope.ll")
    with pytest.raises(IRError, match="directory"):
        ir.load(tmp_path)


def test_atomic_write_leaves_no_partial_file(tmp_path):
    out = tmp_path / "o.ll"
    out.write_text("old")

    class Boom(bytes):
        pass

    with pytest.raises(TypeError):
        ir.atomic_write(out, 12345)  # not writable data: fails before anything replaces the file
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["o.ll"]
    ir.atomic_write(out, "new")
    assert out.read_text() == "new"


def test_a_non_utf8_comment_is_valid_ir(tmp_path):
    """opt-22 reads IR as bytes: a comment may hold any byte, and a raw byte in a string constant
    is that byte (LLVM's printer escapes it, so the canonical text stays ASCII)."""
    f = tmp_path / "latin1.ll"
    f.write_bytes(b'@s = global [2 x i8] c"\xe9\\00"\ndefine i32 @f() {\n  ret i32 0 ; caf\xe9 \xff\n}\n')
    m = ir.load(f)
    assert m.count == 1 and 'c"\\E9\\00"' in m.text and m.text.isascii()
    with pytest.raises(IRError, match="invalid LLVM IR"):
        ir.parse(b"define i32 @f() { ret i32 \xff }\n", "bad.ll")


def test_written_files_get_the_mode_of_a_plain_write(tmp_path):
    import os
    import stat

    new = tmp_path / "new.ll"
    old_mask = os.umask(0o022)
    try:
        ir.atomic_write(new, "x")
        assert stat.S_IMODE(new.stat().st_mode) == 0o644  # what opt-22 -o gives under umask 022
        new.chmod(0o600)
        ir.atomic_write(new, "y")
        assert stat.S_IMODE(new.stat().st_mode) == 0o600 and new.read_text() == "y"  # an existing file keeps its mode
    finally:
        os.umask(old_mask)
