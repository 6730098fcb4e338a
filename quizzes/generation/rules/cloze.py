"""Author-marked clozes: ``==hidden==`` and Anki ``{{c1::hidden::hint}}``.

Anki deletions with the same number make one card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft
from ..parser import Document, ListItem, Paragraph
from .base import Fact, cloze_card, span_of

NAME = "cloze"
BLANK = "[...]"

_ANKI = re.compile(r"\{\{c(\d+)::(.+?)(?:::(.+?))?\}\}")


@dataclass(eq=False)
class ClozeFact(Fact):
    text: str
    answer: str
    detail: str


def find(doc: Document) -> list[ClozeFact]:
    facts: list[ClozeFact] = []
    for block in doc.walk((Paragraph, ListItem)):
        span = span_of(block)
        if span is None:
            continue
        for mark in span.marks:
            start, end = _sentence_around(span.text, mark.start, mark.end)
            sentence = span.text[start:end]
            answer = tx.clean(mark.text)
            hidden = span.text[start : mark.start] + BLANK + span.text[mark.end : end]
            if not answer:
                continue
            facts.append(
                ClozeFact(
                    block=block,
                    lines=span.lines_of(start, end),
                    source=sentence,
                    explanation=tx.clean(sentence),
                    text=tx.clean(hidden),
                    answer=answer,
                    detail=answer,
                )
            )
        numbers = sorted({int(m.group(1)) for m in _ANKI.finditer(span.text)})
        for number in numbers:
            answers = [m.group(2) for m in _ANKI.finditer(span.text) if int(m.group(1)) == number]

            def hide(m: re.Match, number: int = number) -> str:
                if int(m.group(1)) != number:
                    return m.group(2)
                return f"[{m.group(3)}]" if m.group(3) else BLANK

            shown = _ANKI.sub(lambda m: m.group(2), span.text)
            facts.append(
                ClozeFact(
                    block=block,
                    lines=(block.line_start, block.line_end),
                    source=span.raw,
                    explanation=tx.clean(shown),
                    text=tx.clean(_ANKI.sub(hide, span.text)),
                    answer="; ".join(tx.clean(a) for a in answers),
                    detail=f"c{number}",
                )
            )
    return facts


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for s, e in tx.sentence_spans(text):
        if s <= start and end <= e:
            return s, e
    return 0, len(text)


def build(fact: ClozeFact, doc: Document, bank: object = None) -> list[Draft]:
    return [cloze_card(NAME, fact, doc, fact.detail)]
