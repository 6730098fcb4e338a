"""Author-marked cards: ``Q :: A``, ``Term ::: Definition`` and multi-line cards split by ``?``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card
from ..parser import Document, ListBlock, ListItem, Paragraph
from .base import Fact, span_of

NAME = "explicit"

_REVERSED = re.compile(r"^(?P<q>.+?)\s+:::\s+(?P<a>.+)$")
_BASIC = re.compile(r"^(?P<q>.+?)\s+::\s+(?P<a>.+)$")


@dataclass(eq=False)
class ExplicitFact(Fact):
    front: str
    back: str
    reversed: bool = False


def find(doc: Document) -> list[ExplicitFact]:
    facts: list[ExplicitFact] = []
    for block in doc.walk((Paragraph, ListItem)):
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
    common = {
        "rule": NAME,
        "explanation": fact.explanation,
        "note_id": doc.note_id,
        "lines": fact.lines,
        "source": fact.source,
    }
    if not fact.reversed:
        return [card(kind="basic", text=fact.front, answer=fact.back, **common)]
    return [
        card(kind="reversed", text=fact.front, answer=fact.back, detail="forward", **common),
        card(kind="reversed", text=fact.back, answer=fact.front, detail="backward", **common),
    ]
