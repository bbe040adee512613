"""The arithmetic of results, one pure function each: reduction, geomean, reward.

    >>> reduction(200, 190)      # 5% fewer instructions than the baseline
    0.05
    >>> geomean_ratio([(100, 90), (100, 110)])   # ours/baseline, geometric mean
    0.99498743710662
"""

from __future__ import annotations

import math


def reduction(baseline: int, value: int) -> float:
    """Fraction by which ``value`` is below ``baseline`` (negative when above); 0 for an empty baseline."""
    if baseline <= 0:
        return 0.0
    return (baseline - value) / baseline


def ratio(baseline: int, value: int) -> float:
    """``value / baseline`` with both floored at 1, so empty modules count as a tie, not a division by 0."""
    return max(value, 1) / max(baseline, 1)


def geomean(xs) -> float:
    xs = list(xs)
    if not xs:
        return 1.0
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def geomean_ratio(pairs) -> float:
    """Geometric mean of value/baseline over (baseline, value) pairs; 1.0 means no change."""
    return geomean(ratio(b, v) for b, v in pairs)


def geomean_reduction(pairs) -> float:
    """``1 - geomean_ratio``: the headline 'x% fewer instructions than -Oz' over a suite."""
    return 1.0 - geomean_ratio(pairs)


def reward(count_prev: int, count_now: int, count_start: int, count_oz: int) -> float:
    """CompilerGym's IrInstructionCountOz reward: ``(C_prev - C_now) / max(C_0 - C_Oz, 1)``."""
    return (count_prev - count_now) / max(count_start - count_oz, 1)
