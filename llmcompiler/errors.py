"""The exceptions llmopt raises: one base class, one subclass per thing that can go wrong.

Every message is a single line a user can act on; the CLI prints it as ``llmopt: error: <message>``
and exits non-zero, never with a traceback.
"""

from __future__ import annotations


class LlmoptError(Exception):
    """Base class of every error llmopt reports to a user."""


class IRError(LlmoptError):
    """The input is not valid LLVM IR (unreadable, unparsable or failing the verifier)."""


class PassError(LlmoptError):
    """A pass name or pipeline string that is not in the vocabulary or cannot be parsed."""


class ToolError(LlmoptError):
    """A required external tool (opt-22, clang-22) is missing or has the wrong version."""


class BackendError(LlmoptError):
    """Running a pipeline failed. ``kind`` is one of 'crash', 'timeout', 'invalid', 'error'."""

    def __init__(self, message: str, kind: str = "error"):
        super().__init__(message)
        self.kind = kind


def one_line(text: str, limit: int = 300) -> str:
    """Squash a (possibly multi-line) tool message into one readable line."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    # LLVM puts the useful part first ("error: ..."); stack dumps and notes follow.
    keep = [ln for ln in lines if not ln.startswith(("#", "Stack dump", "0.", "1.", "2.", "PLEASE"))]
    msg = " | ".join((keep or lines)[:2])
    return msg if len(msg) <= limit else msg[: limit - 3] + "..."
