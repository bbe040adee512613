"""Build the `debian` suite: real C code from Debian source packages as size-ready IR (not committed).

    sudo .venv/bin/python benchmarks/debian/build.py                        # the 13 default packages
    sudo .venv/bin/python benchmarks/debian/build.py --packages gzip bc expat --jobs 4
    llmopt bench --suite debian --method oz

1. Sources. ``apt-get source PKG`` downloads and unpacks each package (it needs dpkg-source, from
   ``dpkg-dev``). For that the script needs root: it writes a temporary deb-src list,
   /etc/apt/sources.list.d/llmopt-deb-src.sources, mirroring the entries of debian.sources, runs
   ``apt-get update``, and always removes the list and runs ``apt-get update`` again at the end, so the
   machine is left as it was. Where the newest version is listed but not on the mirror, the package is
   requested from each suite in turn (``PKG/bookworm-security``, ..., ``PKG/bookworm``). A package
   that cannot be fetched is recorded in the manifest and the others go on. Sources live in a
   temporary folder, or in ``--work DIR`` (where already unpacked sources are reused, no root needed),
   and are deleted afterwards unless ``--keep-sources``.

2. Compilation. Every ``.c`` file of the upstream tree (``debian/`` and hidden folders such as
   quilt's ``.pc/`` are skipped) is compiled on its own, from the source root, without configure:

       clang-22 -std=gnu11 -w -Oz -Xclang -disable-llvm-passes -S -emit-llvm \\
                -I<file's folder> -I. -Ilib -Isrc -Iinclude [package flags] FILE

   first plain; if that fails, once more with a *stub configuration*: ``-DHAVE_CONFIG_H``, the
   ``-Wno-error=`` flags that let pre-C99 habits through (implicit declarations, implicit int, int
   conversions), and a folder searched last (``-idirafter``) holding

   * config.h, from the package's autoheader or cmake template (config.h.in, lib/config.hin,
     config_h.in, src/config.h.cmake.in, ...) with each ``#undef X`` / ``#cmakedefine X`` decided as
     configure would on Debian x86-64 with glibc: headers that exist, libc functions and declarations,
     the extension macros, gnulib modules, type sizes, PACKAGE_* strings; the rest stays undefined.
     Without a template, a minimal config.h of the same kind;
   * the ``*.h.generic`` / ``*.h.prebuilt`` headers the package ships (pcre2.h, pnglibconf.h, ...);
   * the few headers in SETUPS below (stand-ins for files that make or configure would generate).

   A file that still fails (generated headers, other platforms, files meant to be #included) is listed
   in the manifest with clang's first error line. Each attempt may take 120 s at most; ``--jobs``
   files are compiled at a time. ``SOURCE_DATE_EPOCH=0`` fixes ``__DATE__`` and ``__TIME__``, so the
   same sources always give the same IR, hashes and splits.

3. Selection. Each module is verified and counted by ``llmcompiler.llvm.ir``; modules with --min..--max
   instructions are kept, exact duplicates (same content hash, e.g. gnulib files shared by gzip, sed
   and m4) once. A module's split is ``suites.split_of(hash)``, as in every suite.

Output (ignored by git; each run replaces it):
    benchmarks/debian/build/ir/<package>__<path, '/' -> '_', without .c>.ll   (canonical IR text)
    benchmarks/debian/build/manifest.json   per package: version, .c files, compiled, kept, failures;
                                            per module: name, package, source, ir, instructions, hash, split
Progress goes to stderr, a summary table to stdout.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import functools
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from llmcompiler.errors import IRError, one_line  # noqa: E402
from llmcompiler.llvm import ir, suites  # noqa: E402

CLANG = "clang-22"
BASE_FLAGS = ("-std=gnu11", "-w", "-Oz", "-Xclang", "-disable-llvm-passes", "-S", "-emit-llvm")
INCLUDE_DIRS = (".", "lib", "src", "include")  # relative to the source root, searched after the file's folder
# Second attempt: what clang 16+ made errors but older code (and gcc before 14) lives with.
LENIENT_FLAGS = ("-Wno-error=implicit-function-declaration", "-Wno-error=implicit-int", "-Wno-error=int-conversion",
                 "-Wno-error=incompatible-pointer-types")
COMPILE_TIMEOUT_S = 120
# __DATE__ and __TIME__ (giflib's tools print them) as 1970-01-01: same sources, same IR, same splits.
CLANG_ENV = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
APT_TIMEOUT_S = 900

DEBIAN_SOURCES = Path("/etc/apt/sources.list.d/debian.sources")
OUR_SOURCES = Path("/etc/apt/sources.list.d/llmopt-deb-src.sources")

# The training and development packages.
DEFAULT_PACKAGES = ("gzip", "sed", "bc", "m4", "expat", "pcre2", "libpng1.6", "jq", "oniguruma", "sqlite3",
                    "brotli", "giflib", "libogg")


@dataclass(frozen=True)
class Setup:
    """What one package needs beyond the generic recipe."""

    source: str | None = None  # Debian source package name, where it differs from the name we use
    flags: tuple[str, ...] = ()  # extra clang flags for every attempt (paths relative to the source root)
    headers: dict[str, str] = field(default_factory=dict)  # stub-configuration headers: path -> text


SETUPS: dict[str, Setup] = {
    "oniguruma": Setup(source="libonig"),
    "gzip": Setup(headers={"version.h": "extern char const *Version;\n"}),  # generated by make
    "bc": Setup(flags=("-Ih",)),
    "jq": Setup(headers={"src/version.h": '#define JQ_VERSION "1.6"\n'}),  # generated by make
    "pcre2": Setup(flags=("-DPCRE2_CODE_UNIT_WIDTH=8",)),
    "expat": Setup(flags=("-Iexpat/lib",), headers={"expat_config.h": "\n".join(
        f"#define {d}" for d in ("BYTEORDER 1234", "HAVE_GETRANDOM 1", "HAVE_SYSCALL_GETRANDOM 1", "HAVE_MMAP 1",
                                 "HAVE_UNISTD_H 1", "HAVE_FCNTL_H 1", "XML_CONTEXT_BYTES 1024", "XML_DEV_URANDOM 1",
                                 "XML_DTD 1", "XML_NS 1")) + "\n"}),
    "libogg": Setup(headers={"ogg/config_types.h": "#include <stdint.h>\n" + "".join(
        f"typedef {t}{n}_t ogg_{t}{n}_t;\n" for n in (16, 32, 64) for t in ("int", "uint"))}),
}

# ---------------------------------------------------------------------------------------------
# errors and small helpers


class BuildError(Exception):
    """A problem that stops the whole build; the message is one line."""


class FetchError(Exception):
    """One package could not be fetched; the message is one line."""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def first_error(stderr: str) -> str:
    """The first error line of a tool's output (or its first line), squashed to one line."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if "error:" in ln or ln.startswith("E:")]
    return one_line((errors or lines or ["failed without a message"])[0])


# ---------------------------------------------------------------------------------------------
# apt: a temporary deb-src list and apt-get source


def deb822_stanzas(text: str) -> list[list[tuple[str, str]]]:
    """Stanzas of a deb822 file as (field, raw value with continuation lines) lists; comments dropped."""
    stanzas: list[list[tuple[str, str]]] = [[]]
    for line in text.splitlines():
        if not line.strip():
            if stanzas[-1]:
                stanzas.append([])
        elif line.startswith("#"):
            continue
        elif line[0] in " \t" and stanzas[-1]:  # continuation (e.g. an inline Signed-By key)
            key, value = stanzas[-1][-1]
            stanzas[-1][-1] = (key, value + "\n" + line)
        elif ":" in line:
            key, value = line.split(":", 1)
            stanzas[-1].append((key.strip(), value.strip()))
    return [s for s in stanzas if s]


def deb_src_list(text: str) -> tuple[str, list[str]]:
    """A deb-src mirror of the enabled ``deb`` entries of a deb822 list, and the suites it names."""
    out, suites = [], []
    for stanza in deb822_stanzas(text):
        fields = dict((k.lower(), v) for k, v in stanza)
        if "deb" not in fields.get("types", "").split() or fields.get("enabled", "yes").lower() == "no":
            continue
        out.append("\n".join(f"{k}: {'deb-src' if k.lower() == 'types' else v}" for k, v in stanza))
        suites += [s for s in fields.get("suites", "").split() if s not in suites]
    if not out:
        raise BuildError(f"{DEBIAN_SOURCES} has no enabled 'Types: deb' entry to mirror as deb-src")
    return "\n\n".join(out) + "\n", suites


def apt_update() -> None:
    proc = subprocess.run(["apt-get", "update", "-qq"], capture_output=True, text=True, timeout=APT_TIMEOUT_S)
    if proc.returncode != 0:
        raise BuildError(f"apt-get update failed: {first_error(proc.stderr + proc.stdout)}")


@contextlib.contextmanager
def deb_src_enabled():
    """Enable deb-src entries for the duration of the block; yields the suites they cover."""
    if os.geteuid() != 0:
        raise BuildError("fetching sources needs root (it adds a temporary deb-src list for apt-get source); "
                         "run with sudo")
    if shutil.which("dpkg-source") is None:
        raise BuildError("dpkg-source is missing: apt-get install dpkg-dev is required")
    try:
        text, suites = deb_src_list(DEBIAN_SOURCES.read_text())
    except OSError as e:
        raise BuildError(f"cannot read {DEBIAN_SOURCES}: {e.strerror}") from None
    try:
        OUR_SOURCES.write_text("# Temporary: written and removed by llmopt's benchmarks/debian/build.py\n" + text)
        log(f"added {OUR_SOURCES}; apt-get update")
        apt_update()
        yield suites
    finally:
        OUR_SOURCES.unlink(missing_ok=True)
        log(f"removed {OUR_SOURCES}; apt-get update")
        try:
            apt_update()
        except (BuildError, subprocess.SubprocessError) as e:
            log(f"warning: {e}")


@dataclass(frozen=True)
class Source:
    root: Path  # the unpacked tree
    version: str  # Debian version, e.g. 1.12-1
    request: str  # what apt-get source was given ("reused" for sources found in --work)


def unpacked(dest: Path) -> Source | None:
    """The source tree apt-get source left in ``dest``, if there is exactly one."""
    dscs = sorted(dest.glob("*.dsc"))
    dirs = sorted(p for p in dest.iterdir() if p.is_dir()) if dest.is_dir() else []
    if len(dscs) != 1 or len(dirs) != 1:
        return None
    version = re.search(r"^Version:\s*(\S+)", dscs[0].read_text(errors="replace"), re.M)
    return Source(dirs[0], version.group(1) if version else "?", "reused")


def fetch(package: str, dest: Path, suites: list[str]) -> Source:
    """``apt-get source`` into an empty ``dest``: the default version, else the one of each suite."""
    name = SETUPS.get(package, Setup()).source or package
    error = ""
    for request in [name] + [f"{name}/{s}" for s in reversed(suites)]:
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        try:
            proc = subprocess.run(["apt-get", "source", "-q", request], cwd=dest, capture_output=True, text=True,
                                  timeout=APT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise FetchError(f"apt-get source {request} timed out after {APT_TIMEOUT_S} s") from None
        output = proc.stderr + proc.stdout
        if re.search(r"dpkg-source.*(not found|No such file)", output):
            raise BuildError("dpkg-source is missing: apt-get install dpkg-dev is required")
        if proc.returncode == 0 and (src := unpacked(dest)):
            return Source(src.root, src.version, request)
        error = f"apt-get source {request}: {first_error(output)}"
        if request == name and "Unable to find a source package" in output:
            break  # no suite has it either (a suite that lacks it says the same: try the next one)
    raise FetchError(error)


# ---------------------------------------------------------------------------------------------
# the stub configuration

EXTENSION_MACROS = {  # what AC_USE_SYSTEM_EXTENSIONS defines on glibc
    "_GNU_SOURCE", "_ALL_SOURCE", "__EXTENSIONS__", "_POSIX_PTHREAD_SEMANTICS", "_TANDEM_SOURCE", "_DARWIN_C_SOURCE",
    "_NETBSD_SOURCE", "_OPENBSD_SOURCE", "_HPUX_ALT_XOPEN_SOCKET_API", "__STDC_WANT_IEC_60559_ATTRIBS_EXT__",
    "__STDC_WANT_IEC_60559_BFP_EXT__", "__STDC_WANT_IEC_60559_DFP_EXT__", "__STDC_WANT_IEC_60559_FUNCS_EXT__",
    "__STDC_WANT_IEC_60559_TYPES_EXT__", "__STDC_WANT_LIB_EXT2__", "__STDC_WANT_MATH_SPEC_FUNCS__", "STDC_HEADERS",
}
TYPE_SIZES = {"SHORT": 2, "INT": 4, "LONG": 8, "LONG_LONG": 8, "VOID_P": 8, "VOIDP": 8, "SIZE_T": 8, "OFF_T": 8,
              "FLOAT": 4, "DOUBLE": 8, "LONG_DOUBLE": 16, "CHAR": 1, "INT16_T": 2, "INT32_T": 4, "INT64_T": 8}
KNOWN = {"HAVE_ALLOCA": "1", "PROMOTED_MODE_T": "mode_t", "RETSIGTYPE": "void", "HAVE_LONG_LONG_INT": "1",
         "HAVE_UNSIGNED_LONG_LONG_INT": "1", "HAVE_LONG_DOUBLE": "1", "HAVE__BOOL": "1", "HAVE_WCHAR_T": "1",
         "HAVE_WINT_T": "1", "HAVE_INTMAX_T": "1", "HAVE_UINTMAX_T": "1"}
# The common part of a config.h when the package ships no template.
MINIMAL_CONFIG = (*sorted(EXTENSION_MACROS), "PACKAGE", "PACKAGE_NAME", "PACKAGE_VERSION", "VERSION",
                  *(f"HAVE_{h}_H" for h in ("STDINT", "INTTYPES", "STDLIB", "STRING", "STRINGS", "UNISTD", "LIMITS",
                                            "FCNTL", "MEMORY", "STDARG", "STDBOOL", "ALLOCA", "LOCALE", "WCHAR",
                                            "SYS_TYPES", "SYS_STAT", "SYS_TIME")),
                  *(f"SIZEOF_{t}" for t in ("SHORT", "INT", "LONG", "LONG_LONG", "VOID_P", "SIZE_T")))
# What gnulib's generated replacement headers (fcntl.h, sys/stat.h, ...) add on glibc.
GNULIB_TAIL = """
/* added by benchmarks/debian/build.py: what gnulib's generated headers define on glibc */
#define O_BINARY 0
#define O_TEXT 0
#define O_SEARCH O_RDONLY
#define S_IRWXUGO (S_IRWXU | S_IRWXG | S_IRWXO)
"""
TEMPLATE_NAMES = ("config.h.in", "config.hin", "config_h.in", "config.in", "config.h.cmake.in", "config.h.cmake")
TEMPLATE_DIRS = ("", "lib", "src")
_UNDEF_RE = re.compile(r"^(\s*#\s*)undef\s+(\w+)\s*$")  # autoheader: configure decides each
_CMAKEDEFINE_RE = re.compile(r"^(\s*#\s*)cmakedefine(01)?\s+(\w+)(\s.*)?$")  # cmake's configure_file
_SUBST_RE = re.compile(r"@\w+@|\$\{\w+\}")  # a substitution nothing here can fill in


@functools.cache
def libc_symbols() -> frozenset[str]:
    """Functions and objects glibc (libc, libm) exports, for ``HAVE_FUNC`` and ``HAVE_DECL_FUNC``."""
    names: set[str] = set()
    for lib in glob.glob("/lib/*-linux-gnu/libc.so.6") + glob.glob("/lib/*-linux-gnu/libm.so.6"):
        try:
            out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, timeout=60).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        names.update(ln.split()[-1].split("@")[0] for ln in out.splitlines() if ln.strip())
    return frozenset(names)


@functools.cache
def header_dirs() -> tuple[str, ...]:
    """The system include folders: glibc's, and clang's own (stdarg.h, stddef.h, ...)."""
    resource = subprocess.run([CLANG, "-print-resource-dir"], capture_output=True, text=True, timeout=60).stdout
    return ("/usr/local/include", "/usr/include", *glob.glob("/usr/include/*-linux-gnu"),
            *([f"{resource.strip()}/include"] if resource.strip() else []))


@functools.cache
def system_header(macro: str) -> bool:
    """Whether the header of a ``HAVE_SYS_STAT_H``-style macro exists (sys/stat.h or sys_stat.h)."""
    stem = macro[len("HAVE_"):-len("_H")].lower()
    return any(os.path.exists(f"{d}/{c}.h") for d in header_dirs() for c in {stem, stem.replace("_", "/", 1)})


def config_value(name: str, package: str, version: str) -> str | None:
    """What configure would define ``name`` to on Debian x86-64 with glibc, or None (leave undefined)."""
    upstream = version.split(":")[-1].rsplit("-", 1)[0]
    strings = {"PACKAGE": package, "PACKAGE_NAME": package, "PACKAGE_TARNAME": package, "VERSION": upstream,
               "PACKAGE_VERSION": upstream, "PACKAGE_STRING": f"{package} {upstream}", "PACKAGE_BUGREPORT": "",
               "PACKAGE_URL": ""}
    if name in strings:
        return json.dumps(strings[name])
    if name in KNOWN:
        return KNOWN[name]
    if name in EXTENSION_MACROS:
        return "1"
    if name.startswith("GNULIB_"):  # a gnulib module the package uses (the template lists only those)
        return "1"
    if name.startswith("SIZEOF_") and name[len("SIZEOF_"):] in TYPE_SIZES:
        return str(TYPE_SIZES[name[len("SIZEOF_"):]])
    if name.startswith("HAVE_DECL_"):
        return "1" if name[len("HAVE_DECL_"):].lower() in libc_symbols() else "0"
    if name.startswith("HAVE_") and name.endswith("_H"):
        return "1" if system_header(name) else None
    if name.startswith("HAVE_") and name[len("HAVE_"):].lower() in libc_symbols():
        return "1"
    return None


def config_line(line: str, package: str, version: str) -> str:
    """One template line with its decision made (autoheader ``#undef X``, cmake ``#cmakedefine X``)."""
    if m := _UNDEF_RE.match(line):
        value = config_value(m.group(2), package, version)
        return f"{m.group(1)}define {m.group(2)} {value}" if value is not None else f"/* {line.strip()} */"
    if m := _CMAKEDEFINE_RE.match(line):
        value = config_value(m.group(3), package, version)
        if m.group(2):  # #cmakedefine01 X: always defined, to 0 or 1
            return f"{m.group(1)}define {m.group(3)} {1 if value not in (None, '0') else 0}"
        return f"{m.group(1)}define {m.group(3)} {value}" if value is not None else f"/* #undef {m.group(3)} */"
    if line.lstrip().startswith("#") and _SUBST_RE.search(line):
        return ""  # e.g. #define BYTEORDER @BYTEORDER@: left undefined
    return line


def config_h(template: str | None, package: str, version: str) -> str:
    """config.h from an autoheader or cmake template, or a minimal one where the package has none."""
    if template is None:
        return "#include <stdbool.h>\n" + "".join(
            f"#define {n} {v}\n" for n in MINIMAL_CONFIG if (v := config_value(n, package, version)) is not None)
    text = "\n".join(config_line(line, package, version) for line in template.splitlines()) + "\n"
    return text + GNULIB_TAIL if "_GL_" in template else text


def make_stub(package: str, src: Source, stub: Path) -> None:
    """Fill ``stub`` (searched last, with -DHAVE_CONFIG_H) with config.h and the headers listed above."""
    shutil.rmtree(stub, ignore_errors=True)
    stub.mkdir(parents=True)
    headers = dict(SETUPS.get(package, Setup()).headers)
    for p in sorted(src.root.rglob("*.h.generic")) + sorted(src.root.rglob("*.h.prebuilt")):
        if not skipped_path(p.relative_to(src.root)):
            headers.setdefault(p.name.rsplit(".", 1)[0], p.read_text(errors="replace"))
    if "config.h" not in headers:
        template = next((p for d in TEMPLATE_DIRS for n in TEMPLATE_NAMES if (p := src.root / d / n).is_file()), None)
        headers["config.h"] = config_h(template.read_text(errors="replace") if template else None, package,
                                       src.version)
    for name, text in headers.items():
        (stub / name).parent.mkdir(parents=True, exist_ok=True)
        (stub / name).write_text(text)


# ---------------------------------------------------------------------------------------------
# compiling one file (runs in worker processes)


@dataclass(frozen=True)
class Job:
    root: str
    rel: str  # the .c file, relative to root
    flags: tuple[str, ...]  # package flags
    stub_flags: tuple[str, ...]  # added for the second attempt
    min: int
    max: int


@dataclass(frozen=True)
class Outcome:
    rel: str
    error: str = ""  # why it did not compile or verify ('' on success)
    config: str = ""  # 'plain' or 'stub'
    count: int = 0
    hash: str = ""
    text: str | None = None  # canonical IR, only when within --min..--max


def quiet_worker() -> None:
    """Workers leave Ctrl-C and kill to the main process (no traceback per worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def clang_command(rel: str, extra: tuple[str, ...]) -> list[str]:
    dirs = dict.fromkeys([os.path.dirname(rel) or ".", *INCLUDE_DIRS])  # ordered, without repeats
    return [CLANG, *BASE_FLAGS, *(f"-I{d}" for d in dirs), *extra, rel, "-o", "-"]


def build_file(job: Job) -> Outcome:
    """Compile one file (plain, then with the stub configuration); verify and count its IR."""
    error = ""
    for config, extra in (("plain", job.flags), ("stub", job.flags + job.stub_flags)):
        try:
            proc = subprocess.run(clang_command(job.rel, extra), cwd=job.root, capture_output=True,
                                  timeout=COMPILE_TIMEOUT_S, env=CLANG_ENV)
        except subprocess.TimeoutExpired:
            return Outcome(job.rel, f"clang-22 timed out after {COMPILE_TIMEOUT_S} s")
        if proc.returncode == 0:
            break
        error = first_error(proc.stderr.decode(errors="replace"))
    else:
        return Outcome(job.rel, error)
    try:
        m = ir.parse(proc.stdout, job.rel)
    except IRError as e:
        return Outcome(job.rel, str(e))
    text = m.text if job.min <= m.count <= job.max else None
    return Outcome(job.rel, "", config, m.count, m.hash, text)


# ---------------------------------------------------------------------------------------------
# a package


def skipped_path(rel: Path) -> bool:
    """Packaging (debian/) and hidden folders (quilt's .pc/ keeps unpatched copies) are not upstream code."""
    return rel.parts[0] == "debian" or any(part.startswith(".") for part in rel.parts)


def c_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.c")
                  if p.is_file() and not skipped_path(p.relative_to(root)))


def module_name(package: str, rel: str, taken: set[str]) -> str:
    """``<package>__<path with / as _, without .c>``, filesystem-safe and unique within the run."""
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{package}__{rel[:-2].replace('/', '_')}")
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name)
    return name


@dataclass
class PackageReport:
    name: str
    version: str | None = None
    entry: dict = field(default_factory=dict)  # the manifest's "packages" entry
    modules: list[dict] = field(default_factory=list)

    @property
    def instructions(self) -> int:
        return sum(m["instructions"] for m in self.modules)


def build_package(package: str, src: Source, stub: Path, args: argparse.Namespace,
                  pool: concurrent.futures.Executor, ir_dir: Path, seen: dict[str, str],
                  taken: set[str]) -> PackageReport:
    """Compile every .c file of one package; write the kept modules into ``ir_dir``."""
    make_stub(package, src, stub)
    setup = SETUPS.get(package, Setup())
    stub_flags = (*LENIENT_FLAGS, "-DHAVE_CONFIG_H", "-idirafter", str(stub))
    files = c_files(src.root)
    jobs = [Job(str(src.root), rel, setup.flags, stub_flags, args.min, args.max) for rel in files]
    failed, skipped, modules = {}, {}, []
    compiled = stubbed = 0
    for out in pool.map(build_file, jobs, chunksize=1):  # in file order: names and duplicates are deterministic
        if out.error:
            failed[out.rel] = out.error
            continue
        compiled += 1
        stubbed += out.config == "stub"
        if out.text is None:
            skipped[out.rel] = f"{out.count} instructions (outside --min {args.min} .. --max {args.max})"
        elif out.hash in seen:
            skipped[out.rel] = f"duplicate of {seen[out.hash]}"
        else:
            name = module_name(package, out.rel, taken)
            seen[out.hash] = name
            ir.atomic_write(ir_dir / f"{name}.ll", out.text)
            modules.append({"name": name, "package": package, "source": out.rel, "ir": f"ir/{name}.ll",
                            "instructions": out.count, "hash": out.hash, "split": suites.split_of(out.hash),
                            "config": out.config})
    entry = {"version": src.version, "source_package": setup.source or package, "apt_request": src.request,
             "flags": list(setup.flags), "c_files": len(files), "compiled": compiled, "compiled_with_stub": stubbed,
             "kept": len(modules), "instructions": sum(m["instructions"] for m in modules),
             "failed": failed, "skipped": skipped}
    return PackageReport(package, src.version, entry, modules)


# ---------------------------------------------------------------------------------------------
# the run


def fetch_all(packages: list[str], work: Path) -> tuple[dict[str, Source], dict[str, str]]:
    """Sources of every package: reused from ``work`` where unpacked there, else fetched with apt."""
    sources = {p: s for p in packages if (s := unpacked(work / p / "apt"))}
    for p, s in sources.items():
        log(f"{p}: reusing {s.root}")
    errors: dict[str, str] = {}
    missing = [p for p in packages if p not in sources]
    if missing:
        with deb_src_enabled() as suites:
            for p in missing:
                try:
                    sources[p] = fetch(p, work / p / "apt", suites)
                    log(f"{p}: fetched {sources[p].version} ({sources[p].request})")
                except FetchError as e:
                    errors[p] = str(e)
                    log(f"{p}: cannot fetch: {e}")
    return sources, errors


def replace_output(out_dir: Path, staging: Path, manifest: dict) -> None:
    """Swap the new ir/ in for the old one and write the manifest."""
    staging.chmod(0o755)  # mkdtemp made it private
    old = Path(tempfile.mkdtemp(prefix="ir.old-", dir=out_dir))
    if (out_dir / "ir").exists():
        (out_dir / "ir").rename(old / "ir")
    staging.rename(out_dir / "ir")
    ir.atomic_write(out_dir / "manifest.json", json.dumps(manifest, indent=1) + "\n")
    shutil.rmtree(old, ignore_errors=True)


def clang_version() -> str:
    out = subprocess.run([CLANG, "--version"], capture_output=True, text=True, timeout=60).stdout
    return (out.splitlines() or ["?"])[0]


def summary_table(reports: list[PackageReport], wall_s: float) -> str:
    head = ("package", "version", ".c files", "compiled", "kept", "instructions")
    rows = [(r.name, r.version or "(fetch failed)", str(r.entry.get("c_files", 0)), str(r.entry.get("compiled", 0)),
             str(len(r.modules)), str(r.instructions)) for r in reports]
    rows.append(("total", "", *(str(sum(int(row[i]) for row in rows)) for i in range(2, 6))))
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]

    def fmt(row: tuple[str, ...]) -> str:  # text columns left-aligned, numbers right-aligned
        return "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([fmt(head), *map(fmt, rows), f"wall time: {wall_s:.0f} s"])


def build_all(packages: list[str], sources: dict[str, Source], fetch_errors: dict[str, str], work: Path,
              args: argparse.Namespace, ir_dir: Path) -> list[PackageReport]:
    """Compile the packages one after the other (the files of each in parallel)."""
    reports: list[PackageReport] = []
    seen: dict[str, str] = {}  # content hash -> module name, across packages
    taken: set[str] = set()
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs, initializer=quiet_worker)
    try:
        for p in packages:
            if p in fetch_errors:
                reports.append(PackageReport(p, None, {"version": None, "error": fetch_errors[p], "c_files": 0,
                                                       "compiled": 0, "kept": 0, "instructions": 0, "failed": {},
                                                       "skipped": {}}))
                continue
            t0 = time.monotonic()
            r = build_package(p, sources[p], work / p / "stub", args, pool, ir_dir, seen, taken)
            reports.append(r)
            e = r.entry
            log(f"{p} {r.version}: {e['c_files']} .c files, {e['compiled']} compiled "
                f"({e['compiled_with_stub']} with the stub config), {e['kept']} kept, "
                f"{r.instructions} instructions ({time.monotonic() - t0:.0f} s)")
            if not args.keep_sources:
                shutil.rmtree(work / p, ignore_errors=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on Ctrl-C: no new files, wait for the running ones
    return reports


def run(args: argparse.Namespace) -> None:
    start = time.monotonic()
    if shutil.which(CLANG) is None:
        raise BuildError(f"{CLANG} is not installed (apt-get install clang-22, or bash setup.sh)")
    packages = list(dict.fromkeys(args.packages))
    work = Path(args.work).resolve() if args.work else Path(tempfile.mkdtemp(prefix="llmopt-debian-"))
    work.mkdir(parents=True, exist_ok=True)
    out_dir = HERE / "build"
    staging = None
    try:
        sources, fetch_errors = fetch_all(packages, work)
        out_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="ir.new-", dir=out_dir))  # swapped in for ir/ at the end
        reports = build_all(packages, sources, fetch_errors, work, args, staging)
        modules = sorted((m for r in reports for m in r.modules), key=lambda m: m["name"])
        manifest = {
            "suite": "debian",
            "generator": f"benchmarks/debian/build.py: apt-get source; {CLANG} {' '.join(BASE_FLAGS)}, "
                         "one .c file at a time, plain then with a stub configuration",
            "clang": clang_version(), "min": args.min, "max": args.max,
            "packages": {r.name: r.entry for r in reports},
            "modules": modules,
        }
        replace_output(out_dir, staging, manifest)
    finally:
        if staging:
            shutil.rmtree(staging, ignore_errors=True)
        if args.keep_sources:
            log(f"sources kept in {work}")
        elif not args.work:
            shutil.rmtree(work, ignore_errors=True)
    print(summary_table(reports, time.monotonic() - start))
    splits = {s: sum(m["split"] == s for m in modules) for s in suites.SPLITS}
    print(f"{len(modules)} modules -> {out_dir / 'manifest.json'}; splits {splits}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", nargs="+", default=list(DEFAULT_PACKAGES), metavar="PKG",
                    help="Debian packages to build (default: %(default)s)")
    ap.add_argument("--min", type=int, default=30, help="skip modules with fewer instructions (default: 30)")
    ap.add_argument("--max", type=int, default=30000, help="skip modules with more instructions (default: 30000)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="files compiled in parallel (default: the number of cores, %(default)s here)")
    ap.add_argument("--work", metavar="DIR", help="where sources are unpacked (default: a temporary folder); "
                    "sources already unpacked there by --keep-sources are reused")
    ap.add_argument("--keep-sources", action="store_true", help="keep the unpacked sources (and say where)")
    args = ap.parse_args(argv)
    if args.jobs < 1 or args.min < 0 or args.max < args.min:
        ap.error("need --jobs >= 1 and 0 <= --min <= --max")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # A plain `kill` runs the cleanup too (the deb-src list is removed in a finally block).
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        run(args)
    except BuildError as e:
        log(f"build.py: error: {e}")
        return 1
    except BrokenProcessPool:
        log("build.py: error: a compiler worker process died (killed, or out of memory); nothing was written")
        return 1
    except KeyboardInterrupt:
        log("build.py: interrupted; nothing was written")
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
