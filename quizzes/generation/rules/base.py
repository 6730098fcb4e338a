"""What every rule shares: the fact a rule finds in a note, and helpers to read blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import card
from ..parser import Block, Heading, ListBlock, ListItem, Paragraph, Span

EXPLICIT = re.compile(r"(\s:{2,3}\s|\{\{c\d+::|^\s*\?\s*$)", re.MULTILINE)


@dataclass(eq=False)
class Fact:
    """Something a rule found: where it is, its source text (for the fingerprint) and why."""

    block: Block
    lines: tuple[int, int]
    source: str
    explanation: str


def span_of(block: Block) -> Span | None:
    if isinstance(block, (Paragraph, Heading)):
        return block.span
    if isinstance(block, ListItem):
        # "- [ ] `docker volume prune` deletes every volume …": an unticked box in a quiz is a
        # false statement (the choices rule reads it); never a fact.
        return None if block.checked is False else block.span
    return None


def is_explicit(span: Span | None) -> bool:
    """Author markup (``::``, cloze, ``?`` lines) belongs to the explicit rules only."""
    return span is not None and (bool(span.marks) or bool(EXPLICIT.search(span.raw)))


def context_chain(block: Block) -> list[str]:
    """Texts that frame a block, nearest first: list leads, parent items, then headings."""
    out: list[str] = []
    node: Block | None = block
    while node is not None:
        if isinstance(node, ListBlock) and node.lead is not None:
            out.append(tx.clean(node.lead.text))
        node = node.parent
    out.extend(reversed(block.section))
    seen: list[str] = []
    for text in out:
        if text and text not in seen:
            seen.append(text)
    return seen


def plain(text: str) -> str:
    """Plain sentence for an explanation: whitespace collapsed."""
    return tx.clean(text)


def cloze_card(rule: str, fact, doc, detail: str):
    """The cloze card of a fact with ``text`` (the gap shown as [...]) and ``answer``."""
    return card(
        rule=rule,
        kind="cloze",
        text=fact.text,
        answer=fact.answer,
        explanation=fact.explanation,
        note_id=doc.note_id,
        lines=fact.lines,
        source=fact.source,
        detail=detail,
    )


def draft_args(rule: str, fact, doc) -> dict:
    """What every draft of a fact shares: the rule, its source lines and explanation."""
    return {
        "rule": rule,
        "explanation": fact.explanation,
        "note_id": doc.note_id,
        "lines": fact.lines,
        "source": fact.source,
    }
