"""Line diffs between two versions of a note, for the revision history page.

``diff_lines`` returns display rows: unchanged ("same"), added ("add"), removed ("del") and
collapsed runs of unchanged lines ("gap"), keeping ``context`` lines around every change.
Pure Python (difflib), no Django.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

__all__ = ["CONTEXT_LINES", "DiffLine", "diff_lines", "diff_stats"]

CONTEXT_LINES = 3
DiffKind = Literal["same", "add", "del", "gap"]


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One row of a diff.

    ``old_no``/``new_no`` are 1-based line numbers (``None`` on the side a line is absent
    from). For a "gap", they are the first hidden line on each side, ``hidden`` is how many
    unchanged lines were collapsed and ``text`` says so in words.
    """

    kind: DiffKind
    old_no: int | None
    new_no: int | None
    text: str
    hidden: int = 0


def _lines(text: str) -> list[str]:
    normalized = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not normalized:
        return []
    lines = normalized.split("\n")
    if lines[-1] == "":  # a final newline ends the last line; it does not start a new one
        lines.pop()
    return lines


def _opcodes(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, old, new).get_opcodes()


def _gap(old_start: int, new_start: int, count: int) -> DiffLine:
    text = f"{count} unchanged line{'s' * (count != 1)}"
    return DiffLine("gap", old_start + 1, new_start + 1, text, hidden=count)


def _same(old: list[str], i: int, j: int) -> DiffLine:
    return DiffLine("same", i + 1, j + 1, old[i])


def diff_lines(old: str, new: str, context: int = CONTEXT_LINES) -> list[DiffLine]:
    """Rows describing how ``old`` became ``new``; long unchanged runs become "gap" rows."""
    a, b = _lines(old), _lines(new)
    opcodes = _opcodes(a, b)
    rows: list[DiffLine] = []
    last = len(opcodes) - 1
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            size = i2 - i1
            head = context if index > 0 else 0  # lines kept after the previous change
            tail = context if index < last else 0  # lines kept before the next change
            if size - head - tail <= 1:  # hiding a single line saves nothing
                rows.extend(_same(a, i1 + k, j1 + k) for k in range(size))
                continue
            rows.extend(_same(a, i1 + k, j1 + k) for k in range(head))
            rows.append(_gap(i1 + head, j1 + head, size - head - tail))
            rows.extend(_same(a, i1 + k, j1 + k) for k in range(size - tail, size))
            continue
        if tag in ("delete", "replace"):
            rows.extend(DiffLine("del", i + 1, None, a[i]) for i in range(i1, i2))
        if tag in ("insert", "replace"):
            rows.extend(DiffLine("add", None, j + 1, b[j]) for j in range(j1, j2))
    return rows


def diff_stats(old: str, new: str) -> tuple[int, int]:
    """(lines added, lines removed) going from ``old`` to ``new``."""
    added = removed = 0
    for tag, i1, i2, j1, j2 in _opcodes(_lines(old), _lines(new)):
        if tag in ("delete", "replace"):
            removed += i2 - i1
        if tag in ("insert", "replace"):
            added += j2 - j1
    return added, removed
