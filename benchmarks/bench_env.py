"""Speed and quality of the gymnasium environment (llmcompiler/env.py): steps/s, a random and a greedy agent.

    .venv/bin/python benchmarks/bench_env.py [--steps 200] [--greedy-steps 10] [--json]

Prints:

* **steps per second** with uniformly random actions on ``benchmark://programs/n_queens`` (~110
  instructions) and ``benchmark://csmith/1`` (~2,500), resetting every ``--episode`` steps so that the
  module stays representative (resets and the start of the worker process are not timed; a step
  includes computing its reward);
* a **random agent** over the programs suite's test split: ``--random-episodes`` episodes of
  ``--random-steps`` random actions per module, scored by the smallest count any visited state had
  (that state's command line is a prefix of the episode's);
* a **greedy agent** over the same modules: at each step it tries every action from the current
  state (through the harness's counting path, i.e. the same libLLVM run as a step, without changing
  the environment) and steps with the best one; it stops after ``--greedy-steps`` steps (default 10,
  to keep the run under ~10 minutes) or when no action lowers the count. ``--greedy-actions N`` limits
  it to the first N vocabulary items plus ``default<Oz>``.

Scores are CompilerGym's leaderboard metric: the geometric mean over modules of ``C_Oz / C_final``
(higher is better; 1.0 is -Oz, where C_Oz is clang-22's -Oz pipeline through opt-22), with wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llmcompiler.llvm import ir, suites  # noqa: E402
from llmcompiler.metrics import geomean  # noqa: E402
from llmcompiler.tools.env import LlvmEnv  # noqa: E402

STEP_MODULES = ("benchmark://programs/n_queens", "benchmark://csmith/1")


def steps_per_second(env: LlvmEnv, uri: str, steps: int, episode: int, seed: int = 0) -> dict:
    """Random steps on one module; only step() is timed (reading the count observation included)."""
    rng = random.Random(seed)
    env.reset(options={"benchmark": uri})
    size = env.observation["IrInstructionCount"]
    env.step(env.action_names.index("sroa"))  # warm up: start the harness's worker process, untimed
    env.reset()
    timed, errors = 0.0, 0
    for i in range(steps):
        if i and i % episode == 0:
            env.reset()
        t = time.perf_counter()
        _, _, _, _, info = env.step(rng.randrange(env.action_space.n))
        timed += time.perf_counter() - t
        errors += "error" in info
    return {"benchmark": uri, "instructions": size, "steps": steps, "steps_per_second": round(steps / timed, 1),
            "ms_per_step": round(1000 * timed / steps, 2), "action_errors": errors}


def random_agent(env: LlvmEnv, uri: str, episodes: int, steps: int, seed: int = 0) -> tuple[int, int]:
    """(C_Oz, best count over all visited states) for random episodes on one module."""
    rng = random.Random(seed)
    best = None
    for _ in range(episodes):
        best = min(best or 1 << 62, env.reset(options={"benchmark": uri})[0])
        for _ in range(steps):
            best = min(best, env.step(rng.randrange(env.action_space.n))[0])
    return env.observation["IrInstructionCountOz"], best


def greedy_agent(env: LlvmEnv, uri: str, steps: int, actions: list[int]) -> tuple[int, int]:
    """(C_Oz, final count) of a greedy agent that tries every action from each state."""
    count = env.reset(options={"benchmark": uri})[0]
    for _ in range(steps):
        state = ir.IR(env.observation["Ir"], uri)
        trials = []
        for a in actions:
            c, *_ = env.harness.count(state, env.vocab.passlist([env.action_names[a]]))
            if c is not None:
                trials.append((c, a))
        if not trials or min(trials)[0] >= count:
            break
        count = env.step(min(trials)[1])[0]
    return env.observation["IrInstructionCountOz"], count


def agent_row(name: str, pairs: list[tuple[int, int]], seconds: float) -> dict:
    ratios = [max(oz, 1) / max(c, 1) for oz, c in pairs]
    return {"agent": name, "modules": len(pairs), "geomean_oz_over_final": round(geomean(ratios), 4),
            "beats_oz": sum(c < oz for oz, c in pairs), "ties_oz": sum(c == oz for oz, c in pairs),
            "wall_seconds": round(seconds, 1)}


def run_agents(env: LlvmEnv, uris: list[str], args) -> list[dict]:
    rows = []
    t = time.perf_counter()
    pairs = [random_agent(env, u, args.random_episodes, args.random_steps, seed=i) for i, u in enumerate(uris)]
    rows.append(agent_row(f"random ({args.random_episodes}x{args.random_steps} steps)", pairs, time.perf_counter() - t))
    actions = list(range(env.action_space.n))
    if args.greedy_actions:
        actions = sorted(set(actions[: args.greedy_actions]) | {env.action_names.index("default<Oz>")})
    t = time.perf_counter()
    pairs = [greedy_agent(env, u, args.greedy_steps, actions) for u in uris]
    rows.append(agent_row(f"greedy ({args.greedy_steps} steps x {len(actions)} actions)", pairs,
                          time.perf_counter() - t))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=200, help="timed random steps per module")
    ap.add_argument("--episode", type=int, default=20, help="reset every N steps when timing")
    ap.add_argument("--random-episodes", type=int, default=10)
    ap.add_argument("--random-steps", type=int, default=30)
    ap.add_argument("--greedy-steps", type=int, default=10)
    ap.add_argument("--greedy-actions", type=int, default=0, help="limit greedy to the first N actions (0: all)")
    ap.add_argument("--split", default="test", help="programs split for the agents")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args()

    env = LlvmEnv()
    try:
        speed = [steps_per_second(env, uri, args.steps, args.episode) for uri in STEP_MODULES]
        uris = [f"benchmark://programs/{m.name}" for m in suites.load_suite("programs", args.split)]
        agents = run_agents(env, uris, args)
    finally:
        env.close()
    if args.json:
        print(json.dumps({"speed": speed, "agents": agents}, indent=1))
        return
    print(f"{'benchmark':34} {'insts':>6} {'steps/s':>8} {'ms/step':>8} {'errors':>6}")
    for r in speed:
        print(f"{r['benchmark']:34} {r['instructions']:6d} {r['steps_per_second']:8.1f} {r['ms_per_step']:8.2f} "
              f"{r['action_errors']:6d}")
    print(f"\nagents on programs/{args.split} ({len(uris)} modules); score = geomean C_Oz / C_final (1.0 = -Oz)")
    print(f"{'agent':40} {'score':>7} {'<Oz':>4} {'=Oz':>4} {'wall s':>7}")
    for r in agents:
        print(f"{r['agent']:40} {r['geomean_oz_over_final']:7.4f} {r['beats_oz']:4d} {r['ties_oz']:4d} "
              f"{r['wall_seconds']:7.1f}")


if __name__ == "__main__":
    main()
