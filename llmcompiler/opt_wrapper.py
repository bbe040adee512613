"""``llmopt-opt``: the drop-in ``opt`` replacement (entry point).

Today it forwards every command line to opt-22 unchanged, so a build that uses it behaves exactly like
one that uses opt-22; size requests will be answered by the advisor once it exists.
"""

from __future__ import annotations

import os
import sys

from .backends import find_opt
from .errors import LlmoptError


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        opt = find_opt()
    except LlmoptError as e:
        print(f"llmopt-opt: error: {e}", file=sys.stderr)
        return 1
    os.execv(opt, [opt, *argv])
    return 0  # not reached


if __name__ == "__main__":
    sys.exit(main())
