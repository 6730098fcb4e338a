"""Author-written questions: a line ending in ``?``, then a task list.

``[x]`` items are right, ``[ ]`` items wrong; two or more ``[x]`` make a "choose N" question.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, question
from ..parser import Document, ListBlock
from .base import Fact

NAME = "choices"


@dataclass(eq=False)
class ChoiceFact(Fact):
    stem: str
    options: list[tuple[str, bool]]


def find(doc: Document) -> list[ChoiceFact]:
    facts: list[ChoiceFact] = []
    for block in doc.walk(ListBlock):
        lead = block.lead
        if lead is None or not tx.is_question(lead.text.split("\n")[-1]):
            continue
        if not block.items or any(i.checked is None or i.span is None for i in block.items):
            continue
        options = [(tx.clean(i.span.text), bool(i.checked)) for i in block.items if i.span]
        if not any(ok for _, ok in options):
            continue
        stem = tx.clean(lead.text.split("\n")[-1])
        start = lead.line + lead.text.count("\n")
        facts.append(
            ChoiceFact(
                block=block,
                lines=(start, block.line_end),
                source=doc.source(start, block.line_end),
                explanation=stem + " " + "; ".join(t for t, ok in options if ok),
                stem=stem,
                options=options,
            )
        )
    return facts


def build(fact: ChoiceFact, doc: Document, bank: object = None) -> list[Draft]:
    correct = [t for t, ok in fact.options if ok]
    stem = fact.stem
    if len(correct) > 1 and "choose" not in stem.lower():
        stem = f"{stem} (Choose {len(correct)})"
    return [
        question(
            rule=NAME,
            text=stem,
            correct=correct,
            wrong=[t for t, ok in fact.options if not ok],
            order=[t for t, _ in fact.options],
            explanation=fact.explanation,
            note_id=doc.note_id,
            lines=fact.lines,
            source=fact.source,
            short_ok=True,
        )
    ]
