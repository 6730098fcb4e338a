"""Author-marked cards: ``Q :: A``, ``Term ::: Definition``, multi-line cards split by ``?`` and
``Q:`` / ``A:`` line pairs (also ``Question:`` / ``Answer:``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card
from ..parser import A_LINE, Q_LINE, Document, ListBlock, ListItem, Paragraph
from .asked import TWO_PARTS, answer_below, as_question, command_only, own_try, trimmed
from .base import Fact, draft_args, span_of
from .topic import in_topic

NAME = "explicit"
MAX_ANSWER = 150

_REVERSED = re.compile(r"^(?P<q>.+?)\s+:::\s+(?P<a>.+)$")
_BASIC = re.compile(r"^(?P<q>.+?)\s+::\s+(?P<a>.+)$")


@dataclass(eq=False)
class ExplicitFact(Fact):
    front: str
    back: str
    reversed: bool = False
    paired: bool = False  # ``Q:`` / ``A:`` lines: a self-test the author wrote as notes


def find(doc: Document) -> list[ExplicitFact]:
    facts: list[ExplicitFact] = []
    for block in doc.walk((Paragraph, ListItem), claims=True):
        span = span_of(block)
        if span is None:
            continue
        lines = span.text.split("\n")
        raw_lines = span.raw.split("\n")
        if len(raw_lines) != len(lines):
            raw_lines = lines
        if any(line.strip() == "?" for line in lines) and isinstance(block, Paragraph):
            fact = _multiline(doc, block, lines)
            if fact is not None:
                facts.append(fact)
            continue
        if isinstance(block, ListItem) and len(lines) == 1 and Q_LINE.match(lines[0]):
            fact = _item_pair(doc, block, lines[0])  # "- Q: …" then "- A: …"
            if fact is not None:
                facts.append(fact)
                continue
        pairs = _q_and_a(doc, block, span.line, lines, raw_lines)
        if pairs:
            facts += pairs
            continue
        for n, line in enumerate(lines):
            if "{{c" in line:
                continue
            found = _REVERSED.match(line) or _BASIC.match(line)
            if not found:
                continue
            front, back = tx.clean(found["q"]), tx.clean(found["a"])
            if not front or not back:
                continue
            where = (span.line + n, span.line + n)
            facts.append(
                ExplicitFact(
                    block=block,
                    lines=where,
                    source=raw_lines[n],
                    explanation=f"{front}: {back}",
                    front=front,
                    back=back,
                    reversed=found.re is _REVERSED,
                )
            )
    return facts


def _q_and_a(
    doc: Document, block, first: int, lines: list[str], raw: list[str]
) -> list[ExplicitFact]:
    """``Q: …`` on one line, ``A: …`` on the next (the answer may run on until the next ``Q:``);
    a bare ``A:`` at the end of the paragraph is answered by the short list under it."""
    facts: list[ExplicitFact] = []
    if len(raw) != len(lines):
        raw = lines
    # "Q: 5 managers, how many can fail? A: 2.": one line holds both; ``at`` keeps line numbers
    at = [first + i for i, line in enumerate(lines) for _ in _one_line_pair(line)]
    split = len(at) != len(lines)
    lines = [part for line in lines for part in _one_line_pair(line)]
    n = 0
    while n < len(lines) - 1:
        asked, told = Q_LINE.match(lines[n]), A_LINE.match(lines[n + 1])
        if not (asked and told):
            n += 1
            continue
        end = n + 2
        while end < len(lines) and not Q_LINE.match(lines[end]) and lines[end].strip():
            end += 1
        front = tx.clean(asked["q"])
        back = tx.clean(" ".join([told["a"] or "", *lines[n + 2 : end]]))
        last = at[end - 1]
        source = doc.source(at[n], last) if split else "\n".join(raw[n:end])
        if not back and end == len(lines):
            back, below = answer_below(doc.neighbour(block, 1))
            if back:
                last, source = below, doc.source(at[n], below)
        if front and back:
            facts.append(
                ExplicitFact(
                    block=block,
                    lines=(at[n], last),
                    source=source,
                    explanation=f"{front} {back}",
                    front=front,
                    back=back,
                    paired=True,
                )
            )
        n = end
    return facts


def _item_pair(doc: Document, item: ListItem, line: str) -> ExplicitFact | None:
    """A ``- Q: …`` item answered by the ``- A: …`` item right after it."""
    after = doc.neighbour(item, 1)
    told = A_LINE.match(after.span.text) if isinstance(after, ListItem) and after.span else None
    if told is None or not told["a"]:
        return None
    front, back = tx.clean(Q_LINE.match(line)["q"]), tx.clean(told["a"])
    return ExplicitFact(
        block=item,
        lines=(item.line_start, after.line_end),
        source=doc.source(item.line_start, after.line_end),
        explanation=f"{front} {back}",
        front=front,
        back=back,
        paired=True,
    )


_SAME_LINE = re.compile(
    r"^(?P<q>\s*(?:Q|Question)\s*\d*\s*[:.)].+?\?)\W*\s+(?P<a>(?:A|Answer)\s*[:.)].*)$"
)


def _one_line_pair(line: str) -> list[str]:
    """ "Q: 5 managers, how many can fail? A: 2." → the question line and the answer line."""
    found = _SAME_LINE.match(line)
    return [found["q"], found["a"]] if found else [line]


def _multiline(doc: Document, block: Paragraph, lines: list[str]) -> ExplicitFact | None:
    cut = next(i for i, line in enumerate(lines) if line.strip() == "?")
    front = tx.clean(" ".join(lines[:cut]))
    back = tx.clean(" ".join(lines[cut + 1 :]))
    end = block.line_end
    if not back:
        # The answer may be the next block: a paragraph or a list right under the ``?``.
        after = doc.neighbour(block, 1)
        if isinstance(after, Paragraph) and not after.skip:
            back, end = tx.clean(after.span.text), after.line_end
        elif isinstance(after, ListBlock) and not after.skip:
            items = [tx.clean(i.span.text) for i in after.items if i.span is not None]
            back, end = "; ".join(i for i in items if i), after.line_end
    if not front or not back:
        return None
    return ExplicitFact(
        block=block,
        lines=(block.line_start, end),
        source=doc.source(block.line_start, end),
        explanation=f"{front} {back}",
        front=front,
        back=back,
    )


def build(fact: ExplicitFact, doc: Document, bank: object = None) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    if fact.paired:
        # "Q: What technology is underneath?" written among notes: say what it is about, and
        # keep a long answer to its first sentence (the explanation keeps all of it); a
        # heading-like "Q: Removing a stack?" or "Q: And `restart_policy`?" asks nothing
        front = as_question(fact.front)
        if front is None or own_try(fact.back):
            return []
        # "It started as Fig. Docker Inc bought …": the first sentence answers (two for
        # "… and why?"), the rest is the author's elaboration, which the explanation keeps
        back = fact.back
        short = trimmed(back, 2 if TWO_PARTS.search(front) else 1)
        if short and (len(tx.words(short)) >= 4 or short.startswith("`")):
            back = short  # not "VXLAN." or "2.": a bare name wants the sentence after it
        elif len(back) > MAX_ANSWER:  # "VXLAN." alone says the name; the next sentence says why
            back = tx.first_sentences(back, 1, lambda kept: len(tx.words(kept)) < 4)
        back = command_only(front, back)
        return [card(kind="basic", text=in_topic(front, doc.topic), answer=back, **common)]
    if not fact.reversed:
        return [card(kind="basic", text=fact.front, answer=fact.back, **common)]
    return [
        card(kind="reversed", text=fact.front, answer=fact.back, detail="forward", **common),
        card(kind="reversed", text=fact.back, answer=fact.front, detail="backward", **common),
    ]
