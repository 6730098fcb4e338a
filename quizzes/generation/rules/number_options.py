"""What a number is worth next to others: wrong options for a number question when the notes
hold too few of its kind (values close to the answer, or the values its unit is usually counted
in: 30, 60, 180, 365 days), and whether a duration is only another one of its sentence in other
units ("720h … every [...] days")."""

from __future__ import annotations

import re

from .. import text as tx


def nearby(number: str, kind: str, text: str = "") -> list[str]:
    """Plausible wrong numbers close to the answer (same unit)."""
    found = re.match(r"^([\d.,]+)(\D*)$", number)
    if found is None:
        return []
    digits, unit = found.groups()
    if "." in digits or "," in digits:
        value = float(digits.replace(",", ""))
        return [f"{value * f:g}{unit}" for f in (2, 0.5, 10, 4)]
    value = int(digits)
    if kind.startswith("count"):
        candidates = [value + 1, value - 1, value + 2, value - 2, value * 2, value + 4]
    else:
        ladder = _LADDERS.get(tx.unit_after_blank(text)) or _LADDERS.get(unit.lower().strip())
        if ladder and value in ladder:  # "every [...] days": 30, 60, 180, 365, not 135 or 270
            at = ladder.index(value)
            candidates = sorted(
                (v for v in ladder if v != value), key=lambda v: abs(ladder.index(v) - at)
            )[:5]
        else:
            candidates = [value * 2, value // 2, value * 10, value + value // 2, value * 3]
    return [f"{c}{unit}" for c in candidates if c >= 0 and c != value]


# The values a unit is usually counted in: wrong options that look like real settings.
_DAYS = [1, 7, 14, 30, 60, 90, 180, 365]
_HOURS = [1, 2, 6, 12, 24, 48, 72]
_SECONDS = [1, 2, 5, 10, 15, 20, 30, 60, 90, 120]
_SIZES = [1, 4, 8, 16, 32, 64, 100, 128, 250, 256, 500, 512, 1000, 1024]
_LADDERS = {
    **dict.fromkeys(("day", "days", "d"), _DAYS),
    **dict.fromkeys(("hour", "hours", "h", "hrs"), _HOURS),
    **dict.fromkeys(("second", "seconds", "s", "sec", "secs"), _SECONDS),
    **dict.fromkeys(("kb", "mb", "gb", "kib", "mib", "gib"), _SIZES),
}


_DURATION = re.compile(
    r"(?<![\w.])(?P<n>\d+)\s*(?P<u>s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\b",
    re.I,
)
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _seconds(number: str, unit: str) -> int:
    unit = unit.lower()
    return int(number) * _SECONDS["m" if unit.startswith("min") else unit[0]]


def converted(number: str, after: str, sentence: str) -> bool:
    """Whether the duration at a blank is another duration of the sentence in other units
    ("720h … every [...] days" is 720 / 24): a sum, not a fact."""
    unit = re.match(r"\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\b", after, re.I)
    if not unit or not number.isdigit():
        return False
    mine = _seconds(number, unit[1])
    return any(
        _seconds(d["n"], d["u"]) == mine and d["u"][0].lower() != unit[1][0].lower()
        for d in _DURATION.finditer(sentence)
    )
