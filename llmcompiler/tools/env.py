"""A CompilerGym-compatible reinforcement-learning environment for LLVM 22 pass ordering.

    import gymnasium, llmcompiler.tools.env
    env = gymnasium.make("llmopt/llvm-ic-v0", benchmark="benchmark://programs/crc32")
    obs, info = env.reset()                       # obs: the instruction count
    obs, reward, terminated, truncated, info = env.step(env.unwrapped.action_names.index("sroa"))
    print(env.unwrapped.commandline())            # opt-22 commands that reproduce the state
    env.close()

Run its tests with ``.venv/bin/python -m pytest tests/test_env.py`` and its speed benchmark with
``.venv/bin/python benchmarks/bench_env.py``.

Importing this module registers two environments with gymnasium:

* ``llmopt/llvm-ic-v0``: reward ``IrInstructionCountOz`` (CompilerGym's ``llvm-ic-v0``);
* ``llmopt/llvm-v0``: the same environment with no reward unless ``reward_space=`` is given.

The pieces, as in CompilerGym:

* **benchmarks**: ``benchmark://programs/<name>`` (``benchmarks/programs``), ``benchmark://debian/<name>``
  (when ``benchmarks/debian`` has been built), ``benchmark://csmith/<seed>`` (generated with csmith and
  clang-22 on first use, cached in a temporary directory), or a path to a ``.ll``/``.bc`` file. Every
  input is made size-ready with :func:`llmcompiler.llvm.ir.prepare`;
* **actions**: ``Discrete(len(vocabulary))``; action ``i`` runs pass ``action_names[i]`` (the pass
  vocabulary of :mod:`llmcompiler.llvm.passes`, whole ``default<..>`` pipelines included);
* **observations** (``env.observation[name]``, computed lazily and cached per state): ``Ir``,
  ``IrInstructionCount``, ``IrInstructionCountOz``, ``IrInstructionCountO0``, ``ObjectTextSizeBytes``,
  ``ObjectTextSizeOz``, ``InstCount`` (see :data:`INSTCOUNT_NAMES`) and ``Autophase``
  (see :data:`AUTOPHASE_NAMES`);
* **rewards**: ``IrInstructionCountOz`` = ``(C_prev - C_now) / max(C_0 - C_Oz, 1)`` (so an episode's
  rewards sum to the reduction normalised by what -Oz achieves), ``IrInstructionCount`` =
  ``C_prev - C_now``, and ``ObjectTextSizeOz``, the first formula on ``.text`` bytes.

Steps are incremental: a step applies one pass to the current IR text (the harness's in-process
libLLVM path, opt-22 where that fails). A pass that fails leaves the state unchanged, earns reward 0
and reports the message in ``info["error"]`` (CompilerGym's *action error*); ``terminated`` is always
False, and ``truncated`` becomes True after ``max_steps`` steps.

``env.commandline()`` is the opt-22 command that reproduces the state. Because each step re-reads
the printed output of the previous one, while one opt run keeps in-memory state (use-list order,
cached analyses) across passes, a single ``opt -passes=A,B,C`` is not guaranteed to match. So the
command is a pipe of one ``opt -S`` per successful action, which mirrors the environment exactly
(``commandline(single=True)`` gives the one-run form, which is *not* replay-exact: on 200 random
30-action sequences over five modules it differed from the stepwise count on 5, by up to 46
instructions).
"""

from __future__ import annotations

import os
import re
import shlex
import string
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import gymnasium
import numpy as np
from gymnasium import spaces

from llmcompiler.errors import BackendError, LlmoptError
from llmcompiler.llvm import ir as irmod
from llmcompiler.llvm import suites
from llmcompiler.llvm.harness import Harness
from llmcompiler.llvm.passes import Vocabulary, default_vocabulary
from llmcompiler.llvm.toolchain import find_opt, opt_target_args
from llmcompiler.metrics import reward as normalised_reward

# ---------------------------------------------------------------------------------------------
# static features of canonical IR text

# LLVM's opcodes in the order of llvm/IR/Instruction.def (LLVM 22; ``ptrtoaddr`` is new in 22).
OPCODES = (
    "ret", "br", "switch", "indirectbr", "invoke", "resume", "unreachable", "cleanupret", "catchret",
    "catchswitch", "callbr", "fneg", "add", "fadd", "sub", "fsub", "mul", "fmul", "udiv", "sdiv", "fdiv",
    "urem", "srem", "frem", "shl", "lshr", "ashr", "and", "or", "xor", "alloca", "load", "store",
    "getelementptr", "fence", "cmpxchg", "atomicrmw", "trunc", "zext", "sext", "fptoui", "fptosi",
    "uitofp", "sitofp", "fptrunc", "fpext", "ptrtoint", "ptrtoaddr", "inttoptr", "bitcast",
    "addrspacecast", "cleanuppad", "catchpad", "icmp", "fcmp", "phi", "call", "select", "va_arg",
    "extractelement", "insertelement", "shufflevector", "extractvalue", "insertvalue", "landingpad",
    "freeze",
)
TERMINATORS = frozenset(OPCODES[:11])
BINARY_OPS = frozenset(OPCODES[12:30])
CAST_OPS = frozenset(OPCODES[37:51])

#: Layout of the ``InstCount`` vector, as CompilerGym's: three totals, then one count per opcode.
#: LLVM 22 has 66 opcodes, so it has 3 + 66 = 69 entries (CompilerGym's LLVM 10 layout had 70).
INSTCOUNT_NAMES = ("TotalBlocks", "TotalInsts", "TotalFuncs") + tuple(f"{op}Count" for op in OPCODES)

#: Layout of the ``Autophase`` vector: simple static features of the module, in this order.
AUTOPHASE_NAMES = (
    "Functions",          # defined functions
    "Declarations",       # declared (external) functions
    "Globals",            # global variables
    "Blocks",             # basic blocks (one terminator each)
    "Instructions",       # instructions (== IrInstructionCount)
    "Phis",               # phi nodes
    "PhiIncoming",        # incoming values over all phis
    "BlocksWithPhis",     # blocks that start with at least one phi
    "Calls",              # call instructions (invoke and callbr are separate)
    "Invokes",
    "Loads",
    "Stores",
    "Allocas",
    "GEPs",
    "Branches",           # br instructions
    "CondBranches",       # br with a condition
    "UncondBranches",     # br with one target
    "Switches",
    "Returns",
    "Unreachables",
    "BinaryOps",          # integer and float arithmetic, shifts and bitwise logic
    "CastOps",
    "Compares",           # icmp + fcmp
    "Selects",
    "MemoryIntrinsicCalls",  # calls to @llvm.memcpy/memmove/memset
    "MaxBlockInstructions",  # instructions in the largest block
    "MaxFunctionInstructions",
    "SingleInstBlocks",   # blocks made of their terminator only
)

_INSTR_LINE = re.compile(r"^  (?![ \]#;]|uselistorder)(?:%[^=]+= )?(?:(?:tail|musttail|notail) )?([a-z_]+)")
_MEMINTRIN = re.compile(r"call [^@]*@llvm\.mem(?:cpy|move|set)")
_GLOBAL = re.compile(r"^@[^=]+= .*\b(?:global|constant)\b")


@dataclass
class _Features:
    """Counts gathered by one scan over canonical IR text."""

    opcodes: dict[str, int]
    insts: int = 0
    blocks: int = 0
    functions: int = 0
    declarations: int = 0
    globals: int = 0
    phi_incoming: int = 0
    blocks_with_phis: int = 0
    cond_br: int = 0
    memintrin: int = 0
    max_block: int = 0
    max_function: int = 0
    single_inst_blocks: int = 0


def _scan(text: str) -> _Features:
    """One pass over the lines of canonical IR, counting what InstCount and Autophase need."""
    f = _Features(opcodes=dict.fromkeys(OPCODES, 0))
    in_block, func_insts, phi_seen = 0, 0, False
    for line in text.split("\n"):
        if line.startswith("define "):
            f.functions += 1
            func_insts = 0
            continue
        if line.startswith("declare "):
            f.declarations += 1
            continue
        if line.startswith("@") and _GLOBAL.match(line):
            f.globals += 1
            continue
        m = _INSTR_LINE.match(line)
        if m is None:
            continue
        op = m.group(1)
        f.insts += 1
        in_block += 1
        func_insts += 1
        if op in f.opcodes:
            f.opcodes[op] += 1
        if op == "phi":
            f.phi_incoming += line.count("[ ")
            if in_block == 1:
                phi_seen = True
        elif op == "br" and line.startswith("br i1", line.index("br ")):
            f.cond_br += 1
        elif op == "call" and _MEMINTRIN.search(line):
            f.memintrin += 1
        if op in TERMINATORS:
            f.blocks += 1
            f.blocks_with_phis += phi_seen
            f.single_inst_blocks += in_block == 1
            f.max_block = max(f.max_block, in_block)
            f.max_function = max(f.max_function, func_insts)
            in_block, phi_seen = 0, False
    return f


def inst_count(text: str) -> np.ndarray:
    """The ``InstCount`` vector of canonical IR text (layout: :data:`INSTCOUNT_NAMES`)."""
    f = _scan(text)
    return np.array([f.blocks, f.insts, f.functions, *(f.opcodes[op] for op in OPCODES)], dtype=np.int64)


def autophase(text: str) -> np.ndarray:
    """The ``Autophase`` vector of canonical IR text (layout: :data:`AUTOPHASE_NAMES`)."""
    f = _scan(text)
    o = f.opcodes
    values = (
        f.functions, f.declarations, f.globals, f.blocks, f.insts, o["phi"], f.phi_incoming, f.blocks_with_phis,
        o["call"], o["invoke"], o["load"], o["store"], o["alloca"], o["getelementptr"], o["br"], f.cond_br,
        o["br"] - f.cond_br, o["switch"], o["ret"], o["unreachable"], sum(o[k] for k in BINARY_OPS),
        sum(o[k] for k in CAST_OPS), o["icmp"] + o["fcmp"], o["select"], f.memintrin, f.max_block,
        f.max_function, f.single_inst_blocks,
    )
    return np.array(values, dtype=np.int64)


# ---------------------------------------------------------------------------------------------
# benchmarks

URI_PREFIX = "benchmark://"
CSMITH_INCLUDE = "/usr/include/csmith"


def _csmith_dir() -> Path:
    d = Path(tempfile.gettempdir()) / f"llmopt-env-csmith-{os.getuid()}"
    d.mkdir(parents=True, exist_ok=True)
    return d


def csmith_benchmark(seed: int) -> irmod.IR:
    """Generate (once; cached in a temporary directory) the size-ready IR of ``csmith --seed N``."""
    out = _csmith_dir() / f"seed{seed}.ll"
    if not out.exists():
        try:
            src = subprocess.run(["csmith", "--seed", str(seed)], capture_output=True, text=True, check=True,
                                 timeout=60).stdout
            c_file = out.with_suffix(f".{os.getpid()}.c")
            c_file.write_text(src)
            tmp = out.with_suffix(f".{os.getpid()}.tmp")
            subprocess.run(["clang-22", "-w", "-Oz", "-Xclang", "-disable-llvm-passes", f"-I{CSMITH_INCLUDE}",
                            "-S", "-emit-llvm", str(c_file), "-o", str(tmp)], check=True, capture_output=True,
                           timeout=120)
            os.replace(tmp, out)
            c_file.unlink(missing_ok=True)
        except (OSError, subprocess.SubprocessError) as e:
            raise ValueError(f"benchmark://csmith/{seed}: cannot generate it with csmith + clang-22: {e}") from None
    m = irmod.load(out)
    return irmod.IR(m.text, f"{URI_PREFIX}csmith/{seed}")


def _suite_modules(suite: str) -> dict[str, str]:
    """name -> path of a named suite (empty when the suite is not built)."""
    try:
        return {m.name: m.path for m in suites.load_suite(suite)}
    except LlmoptError:
        return {}


def benchmark_uris(suite: str = "programs") -> list[str]:
    """The URIs of a suite's modules, sorted by name."""
    return [f"{URI_PREFIX}{suite}/{name}" for name in sorted(_suite_modules(suite))]


def load_benchmark(benchmark: str | os.PathLike) -> tuple[str, irmod.IR]:
    """(URI, size-ready IR) of a benchmark URI or a path to a .ll/.bc file; ValueError when unknown."""
    spec = str(benchmark)
    if not spec.startswith(URI_PREFIX):
        path = Path(spec)
        if not path.is_file():
            raise ValueError(f"unknown benchmark '{spec}': not a benchmark:// URI and no such file "
                             f"(expected benchmark://programs/<name>, benchmark://csmith/<seed> or a .ll/.bc path)")
        m, _ = irmod.size_ready(irmod.load(path))
        return str(path.resolve()), m
    suite, _, name = spec[len(URI_PREFIX):].partition("/")
    if suite == "csmith":
        if not name.isdigit():
            raise ValueError(f"unknown benchmark '{spec}': csmith benchmarks are benchmark://csmith/<seed>")
        return spec, irmod.size_ready(csmith_benchmark(int(name)))[0]
    if suite not in ("programs", "debian"):
        raise ValueError(f"unknown benchmark '{spec}': unknown dataset '{suite}' (known: programs, debian, csmith)")
    mods = _suite_modules(suite)
    if name not in mods:
        hint = f"; e.g. {', '.join(sorted(mods)[:3])}" if mods else f" (suite '{suite}' is not built)"
        raise ValueError(f"unknown benchmark '{spec}': no module '{name}' in {suite}{hint}")
    m, _ = irmod.size_ready(irmod.load(mods[name]))
    return spec, irmod.IR(m.text, spec)


def from_compiler_gym_uri(uri: str) -> str:
    """Map a CompilerGym benchmark URI (``benchmark://cbench-v1/crc32``) to one of ours.

    Needs ``compiler_gym`` installed (it provides the cBench bitcode): the benchmark is written to a
    temporary ``.bc`` file whose path is returned. Raises ImportError with a clear message otherwise.
    """
    try:
        import compiler_gym  # noqa: F401
        from compiler_gym.envs.llvm import make_benchmark  # noqa: F401
    except ImportError:
        raise ImportError(f"cannot map '{uri}': the compiler_gym package is not installed "
                          f"(pip install compiler_gym); use benchmark://programs/<name> instead") from None
    import compiler_gym as cg

    with cg.make("llvm-v0", benchmark=uri) as cg_env:  # pragma: no cover - needs compiler_gym
        cg_env.reset()
        out = Path(tempfile.mkdtemp(prefix="llmopt-cg-")) / (uri.rstrip("/").rsplit("/", 1)[-1] + ".bc")
        cg_env.write_bitcode(str(out))
    return str(out)


# ---------------------------------------------------------------------------------------------
# observations and rewards

COUNT_SPACE = spaces.Discrete(np.iinfo(np.int64).max)
IR_SPACE = spaces.Text(max_length=1 << 31, charset=string.printable)


def observation_spaces() -> dict[str, spaces.Space]:
    big = np.iinfo(np.int64).max
    return {
        "Ir": IR_SPACE,
        "IrInstructionCount": COUNT_SPACE,
        "IrInstructionCountOz": COUNT_SPACE,
        "IrInstructionCountO0": COUNT_SPACE,
        "ObjectTextSizeBytes": COUNT_SPACE,
        "ObjectTextSizeOz": COUNT_SPACE,
        "InstCount": spaces.Box(0, big, shape=(len(INSTCOUNT_NAMES),), dtype=np.int64),
        "Autophase": spaces.Box(0, big, shape=(len(AUTOPHASE_NAMES),), dtype=np.int64),
    }


# reward space -> (metric observation, baseline observation or None for an unnormalised difference)
REWARD_SPACES = {
    "IrInstructionCountOz": ("IrInstructionCount", "IrInstructionCountOz"),
    "IrInstructionCount": ("IrInstructionCount", None),
    "ObjectTextSizeOz": ("ObjectTextSizeBytes", "ObjectTextSizeOz"),
}


class ObservationView:
    """``env.observation[name]``: observations of the current state, computed on first access."""

    def __init__(self, env: LlvmEnv):
        self._env = env
        self._cache: dict[str, Any] = {}
        self.spaces = observation_spaces()

    def clear(self) -> None:
        self._cache.clear()

    def __getitem__(self, name: str) -> Any:
        if name not in self.spaces:
            raise KeyError(f"unknown observation '{name}' (known: {', '.join(self.spaces)})")
        if name not in self._cache:
            self._cache[name] = self._env._compute(name)
        value = self._cache[name]
        return value.copy() if isinstance(value, np.ndarray) else value


# ---------------------------------------------------------------------------------------------
# the environment


class LlvmEnv(gymnasium.Env):
    """Pass ordering for code size on LLVM 22, CompilerGym's ``llvm-v0`` interface on gymnasium."""

    metadata = {"render_modes": ["human", "ansi"]}

    def __init__(self, benchmark: str | os.PathLike | None = None, observation_space: str | None = "IrInstructionCount",
                 reward_space: str | None = "IrInstructionCountOz", max_steps: int | None = None,
                 render_mode: str | None = None, harness: Harness | None = None, vocab: Vocabulary | None = None):
        self.vocab = vocab or (harness.vocab if harness else default_vocabulary())
        self.harness = harness or Harness(vocab=self.vocab)
        self._owns_harness = harness is None
        self._bytes: Harness | None = None  # measures the text metric (object bytes), on first use
        self.action_names: list[str] = list(self.vocab.names)
        self.action_space = spaces.Discrete(len(self.action_names))
        self.observation = ObservationView(self)
        self.observation_space_name = self._check_name(observation_space, self.observation.spaces, "observation")
        self.observation_space = (self.observation.spaces[observation_space] if observation_space
                                  else spaces.Discrete(1))
        self.reward_space = self._check_name(reward_space, REWARD_SPACES, "reward")
        if max_steps is not None and max_steps < 1:
            raise ValueError(f"max_steps must be a positive integer, got {max_steps}")
        self.max_steps = max_steps
        self.render_mode = render_mode
        self._benchmark_spec = benchmark
        self.benchmark: str | None = None
        self._start: irmod.IR | None = None
        self._state: irmod.IR | None = None
        self.actions: list[str] = []  # every action taken this episode, failed ones included
        self._applied: list[str] = []  # the actions that changed (or kept) the state without error
        self._prev_metric: float | None = None
        self.episode_reward = 0.0
        self._start_metrics: dict[str, int] = {}

    @staticmethod
    def _check_name(name: str | None, known: dict, what: str) -> str | None:
        if name is not None and name not in known:
            raise ValueError(f"unknown {what} space '{name}' (known: {', '.join(known)}, or None)")
        return name

    # -- benchmarks ------------------------------------------------------------------------------
    def _pick_benchmark(self, options: dict | None) -> str | os.PathLike:
        if options and options.get("benchmark") is not None:
            return options["benchmark"]
        if self._benchmark_spec is not None:
            return self._benchmark_spec
        uris = benchmark_uris("programs")
        if not uris:
            raise ValueError("no benchmark given and the programs suite is empty")
        return uris[int(self.np_random.integers(len(uris)))]

    # -- gymnasium API ---------------------------------------------------------------------------
    def reset(self, seed: int | None = None, options: dict | None = None) -> tuple[Any, dict]:
        super().reset(seed=seed)
        spec = self._pick_benchmark(options)
        uri, start = load_benchmark(spec)
        if options and options.get("benchmark") is not None:
            self._benchmark_spec = options["benchmark"]  # later resets keep it, as in CompilerGym
        self.benchmark, self._start, self._state = uri, start, start
        self.actions, self._applied, self.episode_reward = [], [], 0.0
        self._start_metrics: dict[str, int] = {}
        self.observation.clear()
        self._prev_metric = self._metric() if self.reward_space else None
        return self._observe(), {"benchmark": uri}

    def step(self, action: Any) -> tuple[Any, float | None, bool, bool, dict]:
        if self._state is None:
            raise RuntimeError("call reset() before step()")
        name = self.action_names[self._action_index(action)]
        self.actions.append(name)
        info: dict[str, Any] = {"action": name}
        try:
            text = self.harness.apply(self._state, self.vocab.passlist([name]))
        except BackendError as e:
            info["error"] = str(e)
            info["action_had_no_effect"] = True
        else:
            info["action_had_no_effect"] = text == self._state.text
            self._applied.append(name)
            if not info["action_had_no_effect"]:
                self._state = irmod.IR(text, self._start.name)
                self._keep_baselines()
        reward = self._reward() if "error" not in info else (0.0 if self.reward_space else None)
        if reward is not None:
            self.episode_reward += reward
        truncated = self.max_steps is not None and len(self.actions) >= self.max_steps
        return self._observe(), reward, False, truncated, info

    def _keep_baselines(self) -> None:
        """Drop the per-state cache but keep what depends only on the episode's input."""
        kept = {k: v for k, v in self.observation._cache.items()
                if k in ("IrInstructionCountOz", "IrInstructionCountO0", "ObjectTextSizeOz")}
        self.observation.clear()
        self.observation._cache.update(kept)

    def _action_index(self, action: Any) -> int:
        if isinstance(action, np.ndarray) and action.shape == ():
            action = action.item()
        if isinstance(action, (bool, np.bool_)) or not isinstance(action, (int, np.integer)):
            raise ValueError(f"invalid action {action!r}: expected an integer in [0, {self.action_space.n}) "
                             f"(use env.action_names.index(name) for a pass name)")
        if not 0 <= int(action) < self.action_space.n:
            raise ValueError(f"invalid action {int(action)}: out of range [0, {self.action_space.n})")
        return int(action)

    def _observe(self) -> Any:
        return self.observation[self.observation_space_name] if self.observation_space_name else None

    def _metric(self) -> int:
        return self.observation[REWARD_SPACES[self.reward_space][0]]

    def _reward(self) -> float | None:
        if self.reward_space is None:
            return None
        metric_name, baseline_name = REWARD_SPACES[self.reward_space]
        now = self._metric()
        prev, self._prev_metric = self._prev_metric, now
        if baseline_name is None:
            return float(prev - now)
        start = self._start_metric(metric_name)
        return normalised_reward(prev, now, start, self.observation[baseline_name])

    def _start_metric(self, metric_name: str) -> int:
        if metric_name == "IrInstructionCount":
            return self._start.count
        if metric_name not in self._start_metrics:
            self._start_metrics[metric_name] = self._bytes_harness().text_bytes(self._start)
        return self._start_metrics[metric_name]

    # -- observations ----------------------------------------------------------------------------
    def _compute(self, name: str) -> Any:
        state, start = self._state, self._start
        if state is None:
            raise RuntimeError("call reset() before reading observations")
        compute: dict[str, Callable[[], Any]] = {
            "Ir": lambda: state.text,
            "IrInstructionCount": lambda: state.count,
            "IrInstructionCountOz": lambda: self.harness.oz_count(start),
            "IrInstructionCountO0": lambda: start.count,
            "ObjectTextSizeBytes": lambda: self._bytes_harness().text_bytes(state),
            "ObjectTextSizeOz": lambda: self._bytes_harness().oz_count(start),
            "InstCount": lambda: inst_count(state.text),
            "Autophase": lambda: autophase(state.text),
        }
        return compute[name]()

    # -- state out -------------------------------------------------------------------------------
    def commandline(self, input_path: str = "input.ll", output_path: str = "output.ll", single: bool = False) -> str:
        """The opt-22 shell command that turns the episode's input into its current IR.

        Default: one ``opt -S`` per successful action, piped, which mirrors the steps exactly.
        ``single=True``: one opt run with all actions as a single ``-passes=`` list. The input is the
        size-ready IR (:meth:`write_input_ir` writes it).
        """
        opt = shlex.quote(find_opt())
        target = " ".join(opt_target_args(self._start.text))
        if not self._applied:
            return f"{opt} {target} {shlex.quote(input_path)} -S -o {shlex.quote(output_path)}"
        groups = [self._applied] if single else [[a] for a in self._applied]
        cmds = []
        for i, group in enumerate(groups):
            src = shlex.quote(input_path) if i == 0 else "-"
            dst = f" -o {shlex.quote(output_path)}" if i == len(groups) - 1 else ""
            passes = shlex.quote(self.vocab.passlist(group).render())
            cmds.append(f"{opt} {target} -passes={passes} {src} -S{dst}")
        return " | ".join(cmds)

    def write_ir(self, path: str | os.PathLike) -> None:
        """Write the current IR text (atomically)."""
        irmod.atomic_write(path, self.observation["Ir"])

    def write_input_ir(self, path: str | os.PathLike) -> None:
        """Write the episode's size-ready input IR, the ``input.ll`` of :meth:`commandline`."""
        irmod.atomic_write(path, self._start.text)

    def render(self) -> str | None:
        text = f"{self.benchmark}: {self.observation['IrInstructionCount']} instructions after {len(self.actions)} actions"
        if self.render_mode == "human":
            print(text)
            return None
        return text

    def _bytes_harness(self) -> Harness:
        """The harness of the ``text`` metric (``llmopt ... --metric text``): the same bytes."""
        if self._bytes is None:
            self._bytes = Harness(vocab=self.vocab, metric="text")
        return self._bytes

    def close(self) -> None:
        if self._owns_harness:
            self.harness.close()
        if self._bytes is not None:
            self._bytes.close()
            self._bytes = None
        self._state = None
        super().close()


# ---------------------------------------------------------------------------------------------
# registration

ENV_IDS = ("llmopt/llvm-ic-v0", "llmopt/llvm-v0")


def register() -> None:
    """Register the environments with gymnasium (idempotent)."""
    defaults = {"llmopt/llvm-ic-v0": {"reward_space": "IrInstructionCountOz"},
                "llmopt/llvm-v0": {"reward_space": None}}
    for env_id in ENV_IDS:
        if env_id not in gymnasium.registry:
            gymnasium.register(id=env_id, entry_point="llmcompiler.tools.env:LlvmEnv", kwargs=defaults[env_id],
                               disable_env_checker=False)


register()
