"""Draft cards and questions, and the fingerprints that make regeneration idempotent."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from .shorthand import fix_typos, unabbreviate

CARD = "card"
QUESTION = "question"

_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3}|~~|==|(?<!\w)_(?=\S)|(?<=\S)_(?!\w))")
_SPACE = re.compile(r"\s+")
_SPACE_PUNCT = re.compile(r" ([:;,.!?)\]])")
_PUNCT_SPACE = re.compile(r"([(\[]) ")


@dataclass(frozen=True)
class NoteInput:
    """One note as the Django side hands it over: plain Markdown plus the chapters it covers."""

    note_id: int | str
    title: str
    body: str
    chapters: tuple[int, ...] = ()


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool


@dataclass(frozen=True)
class Draft:
    """A proposed card or question, traceable to the lines of the note it came from."""

    item_type: str
    kind: str
    rule: str
    text: str
    answer: str
    explanation: str
    note_id: int | str
    line_start: int
    line_end: int
    fingerprint: str
    sibling_key: str
    options: tuple[Option, ...] = ()
    domain: str | None = None
    objective: str | None = None
    chapter: int | None = None
    # Not part of the public record: lets quality accept 3 options when the pool ran dry.
    short_ok: bool = field(default=False, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Every public field as JSON-ready data; options as ``[{"text", "correct"}]``."""
        data = asdict(self)
        data.pop("short_ok")
        data["options"] = [{"text": o.text, "correct": o.correct} for o in self.options]
        return data


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lowercase, drop Markdown emphasis and collapse whitespace: whitespace edits don't count."""
    text = _SPACE.sub(" ", _EMPHASIS.sub("", text)).strip().lower()
    return _PUNCT_SPACE.sub(r"\1", _SPACE_PUNCT.sub(r"\1", text))


def _sha(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def fingerprint(rule: str, kind: str, source: str, detail: str = "") -> str:
    """Hash of rule + kind + normalized source text (+ which item of that source)."""
    return _sha(rule, kind, normalize(source), normalize(detail))


def sibling_key(source: str) -> str:
    """Shared by every item made from the same source span."""
    return _sha("source", normalize(source))


def _tidy(text: str) -> str:
    """What a member reads: note shorthand written out, common typos spelled right."""
    return fix_typos(unabbreviate(text))


def card(
    *,
    rule: str,
    kind: str,
    text: str,
    answer: str,
    explanation: str,
    note_id: int | str,
    lines: tuple[int, int],
    source: str,
    detail: str = "",
) -> Draft:
    """Build a card draft with its fingerprint and sibling key."""
    return Draft(
        item_type=CARD,
        kind=kind,
        rule=rule,
        text=_tidy(text),
        answer=_tidy(answer),
        explanation=explanation,
        note_id=note_id,
        line_start=lines[0],
        line_end=lines[1],
        fingerprint=fingerprint(rule, kind, source, "card|" + detail),
        sibling_key=sibling_key(source),
    )


def question(
    *,
    rule: str,
    text: str,
    correct: list[str] | tuple[str, ...],
    wrong: list[str] | tuple[str, ...],
    explanation: str,
    note_id: int | str,
    lines: tuple[int, int],
    source: str,
    detail: str = "",
    order: list[str] | None = None,
    short_ok: bool = False,
) -> Draft:
    """Build a question draft; options keep ``order`` when given, else correct ones first."""
    kind = "choose_n" if len(correct) > 1 else "single"
    fp = fingerprint(rule, kind, source, "question|" + detail)
    wanted = set(correct)
    if order is None:
        # Deterministic shuffle so the right answer is not always first.
        order = sorted([*correct, *wrong], key=lambda t: _sha(fp, t))
    options = tuple(Option(_tidy(t), t in wanted) for t in order)
    return Draft(
        item_type=QUESTION,
        kind=kind,
        rule=rule,
        text=_tidy(text),
        answer=_tidy("; ".join(correct)),
        explanation=explanation,
        note_id=note_id,
        line_start=lines[0],
        line_end=lines[1],
        fingerprint=fp,
        sibling_key=sibling_key(source),
        options=options,
        short_ok=short_ok,
    )
