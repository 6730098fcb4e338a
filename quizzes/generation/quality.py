"""Checks every draft must pass before an editor sees it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .distractors import similar
from .drafts import CARD, QUESTION, Draft
from .text import key

AUTHOR_RULES = frozenset({"explicit", "cloze", "choices"})
MAX_TEXT = 400
MAX_OPTION = 250
_MARKDOWN_LEFT = re.compile(r"\*\*|__|\]\(|^#+\s|<[a-z/][^>]*>")
_NUMBER = re.compile(r"^\W*\d[\d.,]*\s*(/?\s*(tcp|udp)|%|[a-z]{1,7})?\W*$", re.IGNORECASE)


def problems(draft: Draft) -> list[str]:
    """Why a draft must not be proposed (empty when it is fine)."""
    found = []
    if not draft.text.strip():
        found.append("empty text")
    if not draft.answer.strip():
        found.append("empty answer")
    if not draft.explanation.strip():
        found.append("no explanation")
    if len(draft.text) > MAX_TEXT:
        found.append("text too long")
    texts = [draft.text, draft.answer, *(o.text for o in draft.options)]
    if any(_MARKDOWN_LEFT.search(t) or t.count("`") % 2 for t in texts):
        found.append("markdown left in text")
    if draft.item_type == CARD:
        if draft.options:
            found.append("a card has options")
        if contains(draft.text, draft.answer):
            found.append("answer in question")
    elif draft.item_type == QUESTION:
        found += _question_problems(draft)
    else:
        found.append("unknown item type")
    return found


def _question_problems(draft: Draft) -> list[str]:
    found = []
    options = draft.options
    correct = [o for o in options if o.correct]
    wrong = [o for o in options if not o.correct]
    low = 3 if draft.short_ok else 4
    if not low <= len(options) <= 5:
        found.append(f"{len(options)} options")
    if len({key(o.text) or o.text for o in options}) != len(options):
        found.append("repeated options")
    if draft.kind == "single" and len(correct) != 1:
        found.append("single answer needs exactly one correct option")
    if draft.kind == "choose_n" and not 2 <= len(correct) < len(options):
        found.append("choose N needs two or more correct options and a wrong one")
    if any(contains(draft.text, o.text) for o in correct):
        found.append("answer in question")
    if draft.rule not in AUTHOR_RULES and any(contains(draft.text, o.text) for o in wrong):
        found.append("a wrong option is named in the question")
    if any(len(o.text) > MAX_OPTION for o in options):
        found.append("option too long")
    if len({option_kind(o.text) for o in options}) > 1:
        found.append("options of different kinds")
    if draft.rule not in AUTHOR_RULES and any(
        option_kind(c.text) != "order" and similar(w.text, c.text) for w in wrong for c in correct
    ):
        found.append("a wrong option is a near-synonym of the answer")
    return found


def option_kind(text: str) -> str:
    """Coarse shape of an option: command, number, order of steps or plain text."""
    stripped = text.strip()
    if stripped.startswith("`") or stripped.startswith("docker "):
        return "command"
    if _NUMBER.match(stripped):
        return "number"
    if " \u2192 " in stripped:
        return "order"
    return "text"


def contains(text: str, answer: str) -> bool:
    """Whether ``answer`` appears as whole words inside ``text`` (case and markup ignored)."""
    needle = _words(answer)
    if not needle:
        return False
    return f" {needle} " in f" {_words(text)} "


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def near_duplicate(a: Draft, b: Draft) -> bool:
    """Same answer and nearly the same question."""
    if a.item_type != b.item_type or key(a.answer) != key(b.answer):
        return False
    ta, tb = _tokens(a.text), _tokens(b.text)
    if not ta or not tb:
        return ta == tb
    return len(ta & tb) / len(ta | tb) >= 0.8


def filter_drafts(drafts: Iterable[Draft]) -> list[Draft]:
    """Drop drafts with problems, near-duplicates and repeated fingerprints.

    The first one wins, except that what an author wrote by hand (explicit rules) wins over
    a generated twin. The order of the drafts that stay is kept."""
    ordered = list(drafts)
    rank = sorted(range(len(ordered)), key=lambda i: (ordered[i].rule not in AUTHOR_RULES, i))
    keep: set[int] = set()
    by_answer: dict[tuple[str, str], list[Draft]] = {}
    fingerprints: set[str] = set()
    for index in rank:
        draft = ordered[index]
        if draft.fingerprint in fingerprints or problems(draft):
            continue
        group = by_answer.setdefault((draft.item_type, key(draft.answer)), [])
        if any(near_duplicate(draft, other) for other in group):
            continue
        group.append(draft)
        fingerprints.add(draft.fingerprint)
        keep.add(index)
    return [draft for index, draft in enumerate(ordered) if index in keep]
