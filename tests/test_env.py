"""Tests of the CompilerGym-compatible environment (llmcompiler/env.py).

    .venv/bin/python -m pytest tests/test_env.py

Inputs: the shipped example, tests/data/csv_parser.ll and the programs suite. The command-line replay
tests run opt-22 in a shell, so they need it installed (as every harness test does).
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import gymnasium
import numpy as np
import pytest
from conftest import DATA, EXAMPLE

from llmcompiler.errors import BackendError
from llmcompiler.llvm import ir
from llmcompiler.llvm.harness import Harness
from llmcompiler.tools import env as envmod
from llmcompiler.tools.env import AUTOPHASE_NAMES, INSTCOUNT_NAMES, LlvmEnv

CSV = DATA / "csv_parser.ll"
PROGRAMS_IR = Path(__file__).resolve().parent.parent / "benchmarks" / "programs" / "ir"


@pytest.fixture(scope="module")
def harness():
    h = Harness()
    yield h
    if h.inproc is not None:
        h.inproc.close()


def make(harness: Harness, **kw) -> LlvmEnv:
    return LlvmEnv(harness=harness, **kw)


def idx(env: LlvmEnv, name: str) -> int:
    return env.action_names.index(name)


def random_actions(env: LlvmEnv, seed: int, n: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randrange(env.action_space.n) for _ in range(n)]


# -- reset, step, spaces ----------------------------------------------------------------------


def test_reset_and_step_types(harness):
    env = make(harness, benchmark=str(EXAMPLE))
    obs, info = env.reset()
    start = ir.prepare(ir.load(EXAMPLE))
    assert obs == start.count and isinstance(obs, int)
    assert env.observation_space.contains(obs)
    assert info["benchmark"] == str(EXAMPLE.resolve()) == env.benchmark
    obs, reward, terminated, truncated, info = env.step(idx(env, "sroa"))
    assert isinstance(reward, float) and reward > 0
    assert terminated is False and truncated is False
    assert obs < start.count and "error" not in info
    assert env.actions == ["sroa"]


def test_observations(harness):
    env = make(harness, benchmark="benchmark://programs/n_queens")
    env.reset()
    o = env.observation
    assert isinstance(o["Ir"], str) and o["Ir"].startswith("; ModuleID")
    assert o["IrInstructionCount"] == ir.count_instructions(o["Ir"]) == o["IrInstructionCountO0"]
    assert 0 < o["IrInstructionCountOz"] < o["IrInstructionCount"]
    assert o["ObjectTextSizeBytes"] > 0
    for name, names in (("InstCount", INSTCOUNT_NAMES), ("Autophase", AUTOPHASE_NAMES)):
        v = o[name]
        assert v.dtype == np.int64 and v.shape == (len(names),) and (v >= 0).all()
        assert o.spaces[name].contains(v)
    ic = o["InstCount"]
    assert len(ic) == 3 + len(envmod.OPCODES) == 69
    assert ic[1] == o["IrInstructionCount"] == ic[3:].sum()  # every opcode is in the layout
    assert ic[0] > 0 and ic[2] == len(ir.function_counts(o["Ir"]))
    ap = dict(zip(AUTOPHASE_NAMES, o["Autophase"]))
    assert ap["Instructions"] == ic[1] and ap["Blocks"] == ic[0]
    assert ap["Branches"] == ap["CondBranches"] + ap["UncondBranches"]
    for name in o.spaces:
        if name != "Autophase" and name != "InstCount":
            assert o.spaces[name].contains(o[name]), name
    env.step(idx(env, "mem2reg"))
    assert o["IrInstructionCountO0"] == env.observation["IrInstructionCountO0"] > o["IrInstructionCount"]


def test_observation_space_choices(harness):
    env = make(harness, benchmark=str(CSV), observation_space="Autophase")
    obs, _ = env.reset()
    assert isinstance(obs, np.ndarray) and env.observation_space.contains(obs)
    env = make(harness, benchmark=str(CSV), observation_space=None, reward_space=None)
    obs, _ = env.reset()
    assert obs is None
    assert env.step(0)[1] is None
    with pytest.raises(ValueError, match="unknown observation space"):
        make(harness, observation_space="Bogus")
    with pytest.raises(ValueError, match="unknown reward space"):
        make(harness, reward_space="Bogus")
    with pytest.raises(KeyError, match="unknown observation"):
        env.observation["Bogus"]


# -- rewards ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [EXAMPLE, CSV])
def test_rewards_sum_to_normalised_reduction(harness, path):
    env = make(harness, benchmark=str(path))
    env.reset()
    c0, oz = env.observation["IrInstructionCount"], env.observation["IrInstructionCountOz"]
    total = 0.0
    for a in random_actions(env, 7, 12) + [idx(env, "default<Oz>")]:
        total += env.step(a)[1]
    final = env.observation["IrInstructionCount"]
    assert total == pytest.approx((c0 - final) / max(c0 - oz, 1))
    assert env.episode_reward == pytest.approx(total)


def test_oz_alone_earns_one(harness):
    env = make(harness, benchmark=str(CSV))
    env.reset()
    _, reward, *_ = env.step(idx(env, "default<Oz>"))
    # opt's default<Oz> is -Oz without the SLP vectorizer, which rarely changes a count
    assert reward == pytest.approx(1.0, abs=0.05)


def test_other_reward_spaces(harness):
    env = make(harness, benchmark=str(EXAMPLE), reward_space="IrInstructionCount")
    c0 = env.reset()[0]
    obs, reward, *_ = env.step(idx(env, "sroa"))
    assert reward == c0 - obs
    env = make(harness, benchmark=str(EXAMPLE), reward_space="ObjectTextSizeOz")
    env.reset()
    s0, soz = env.observation["ObjectTextSizeBytes"], env.observation["ObjectTextSizeOz"]
    _, reward, *_ = env.step(idx(env, "sroa"))
    assert reward == pytest.approx((s0 - env.observation["ObjectTextSizeBytes"]) / max(s0 - soz, 1))


# -- command-line replay ----------------------------------------------------------------------


def replay(env: LlvmEnv, tmp_path: Path, single: bool = False) -> int:
    inp, out = tmp_path / "input.ll", tmp_path / "output.ll"
    env.write_input_ir(inp)
    cmd = env.commandline(str(inp), str(out), single=single)
    subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=120)
    return ir.count_instructions(out.read_text())


@pytest.mark.parametrize("path", [EXAMPLE, CSV, PROGRAMS_IR / "dijkstra.ll"])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_commandline_replays_exactly(harness, tmp_path, path, seed):
    env = make(harness, benchmark=str(path))
    env.reset()
    for a in random_actions(env, seed, 15):
        env.step(a)
    cmd = env.commandline()
    assert cmd.startswith(f"{envmod.find_opt()} --relocation-model=pic -passes=")
    assert cmd.endswith("-S -o output.ll")
    assert replay(env, tmp_path) == env.observation["IrInstructionCount"]
    env.write_ir(tmp_path / "env.ll")
    assert (tmp_path / "env.ll").read_text() == (tmp_path / "output.ll").read_text()


def test_commandline_single_and_empty(harness, tmp_path):
    env = make(harness, benchmark=str(EXAMPLE))
    env.reset()
    assert replay(env, tmp_path) == env.observation["IrInstructionCount"]
    for name in ("sroa", "instcombine<no-verify-fixpoint>", "simplifycfg"):
        env.step(idx(env, name))
    cmd = env.commandline(single=True)
    assert cmd.count("opt-22") == 1
    assert "-passes='function(sroa),function(instcombine<no-verify-fixpoint>),function(simplifycfg)'" in cmd
    assert replay(env, tmp_path, single=True) == env.observation["IrInstructionCount"]


# -- actions ----------------------------------------------------------------------------------


def test_action_space(harness):
    env = make(harness, benchmark=str(EXAMPLE))
    assert env.action_space.n == len(env.action_names) == len(env.vocab.names)
    assert "sroa" in env.action_names and "default<Oz>" in env.action_names


@pytest.mark.parametrize("bad", [-1, 10_000, 1.5, "sroa", None, True, [0]])
def test_invalid_actions_are_rejected(harness, bad):
    env = make(harness, benchmark=str(EXAMPLE))
    env.reset()
    with pytest.raises(ValueError, match="invalid action"):
        env.step(bad)
    assert env.actions == []


def test_numpy_actions_are_accepted(harness):
    env = make(harness, benchmark=str(EXAMPLE))
    env.reset()
    env.step(np.int64(idx(env, "sroa")))
    env.step(np.array(idx(env, "gvn")))
    assert env.actions == ["sroa", "gvn"]


class FailingHarness(Harness):
    """A harness whose 'gvn' always fails, as a crashing pass would."""

    def apply(self, m, passlist):
        if passlist.render() == "function(gvn)":
            raise BackendError("opt crashed (SIGSEGV) on -passes='function(gvn)': boom", "crash")
        return super().apply(m, passlist)


def test_failing_action_is_reported_not_fatal(tmp_path):
    h = FailingHarness()
    try:
        env = LlvmEnv(benchmark=str(EXAMPLE), harness=h)
        env.reset()
        obs1, *_ = env.step(idx(env, "sroa"))
        obs2, reward, terminated, truncated, info = env.step(idx(env, "gvn"))
        assert "boom" in info["error"] and reward == 0.0 and obs2 == obs1
        assert not terminated and not truncated
        obs3, _, _, _, info = env.step(idx(env, "instcombine<no-verify-fixpoint>"))
        assert "error" not in info and obs3 <= obs1
        assert env.actions == ["sroa", "gvn", "instcombine<no-verify-fixpoint>"]
        assert "gvn" not in env.commandline()  # the failed action did not change the state
        assert replay(env, tmp_path) == obs3
    finally:
        h.inproc.close()


def test_max_steps_truncates(harness):
    env = make(harness, benchmark=str(EXAMPLE), max_steps=2)
    env.reset()
    assert env.step(0)[3] is False
    assert env.step(0)[3] is True


# -- determinism and benchmarks ---------------------------------------------------------------


def test_determinism(harness):
    def episode():
        env = make(harness, benchmark=str(CSV), observation_space="InstCount")
        obs = [env.reset()[0]]
        rewards = []
        for a in random_actions(env, 3, 10):
            o, r, *_ = env.step(a)
            obs.append(o)
            rewards.append(r)
        return obs, rewards, env.observation["Ir"]

    (o1, r1, ir1), (o2, r2, ir2) = episode(), episode()
    assert all((a == b).all() for a, b in zip(o1, o2)) and r1 == r2 and ir1 == ir2


def test_reset_picks_from_seed_and_options(harness):
    env = make(harness)
    env.reset(seed=5)
    first = env.benchmark
    assert first.startswith("benchmark://programs/")
    env.reset(seed=5)
    assert env.benchmark == first
    env.reset(options={"benchmark": "benchmark://programs/crc32"})
    assert env.benchmark == "benchmark://programs/crc32" and env.actions == []
    env.reset()
    assert env.benchmark == "benchmark://programs/crc32"  # kept, as CompilerGym does
    env.reset(options={"benchmark": str(PROGRAMS_IR / "n_queens.ll")})
    assert env.observation["IrInstructionCount"] == ir.load(PROGRAMS_IR / "n_queens.ll").count


@pytest.mark.parametrize("bad", ["benchmark://programs/no_such_program", "benchmark://nope/x",
                                 "benchmark://csmith/abc", "/no/such/file.ll"])
def test_unknown_benchmark(harness, bad):
    env = make(harness, benchmark=bad)
    with pytest.raises(ValueError, match="unknown benchmark"):
        env.reset()


def test_csmith_benchmark(harness):
    if not (shutil.which("csmith") and shutil.which("clang-22")):
        pytest.skip("csmith or clang-22 not installed")
    env = make(harness, benchmark="benchmark://csmith/3")
    obs, _ = env.reset()
    assert obs > 100 and ir.is_size_ready(env.observation["Ir"])


def test_step_before_reset(harness):
    with pytest.raises(RuntimeError, match="reset"):
        make(harness).step(0)


# -- gymnasium integration --------------------------------------------------------------------


def test_gymnasium_make():
    assert "llmopt/llvm-ic-v0" in gymnasium.registry and "llmopt/llvm-v0" in gymnasium.registry
    envmod.register()  # a second registration is a no-op
    env = gymnasium.make("llmopt/llvm-ic-v0", benchmark=str(EXAMPLE), max_steps=3)
    try:
        obs, info = env.reset(seed=0)
        obs, reward, terminated, truncated, info = env.step(env.action_space.sample())
        assert isinstance(reward, float) and not terminated
        assert env.unwrapped.reward_space == "IrInstructionCountOz"
    finally:
        env.close()
    env = gymnasium.make("llmopt/llvm-v0", benchmark=str(EXAMPLE))
    try:
        env.reset()
        assert env.unwrapped.reward_space is None
    finally:
        env.close()


def test_compiler_gym_adapter_needs_compiler_gym():
    try:
        import compiler_gym  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="compiler_gym package is not installed"):
            envmod.from_compiler_gym_uri("benchmark://cbench-v1/crc32")
    else:
        pytest.skip("compiler_gym is installed")


def test_object_size_observations_are_the_text_metric(harness):
    """ObjectTextSizeBytes/Oz are what `--metric text` measures: the same libLLVM object bytes."""
    env = make(harness, benchmark=str(EXAMPLE))
    env.reset()
    with Harness(metric="text") as text:
        m = ir.load(EXAMPLE)
        assert env.observation["ObjectTextSizeBytes"] == text.value_of(m)
        assert env.observation["ObjectTextSizeOz"] == text.oz_count(m)
    env.close()
