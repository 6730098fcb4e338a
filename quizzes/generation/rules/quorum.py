"""Fault tolerance stated as "N managers tolerate M failures": one card per pair.

``3 managers tolerate 1 failure, 5 tolerate 2`` → "How many manager failures can a swarm of
3 managers tolerate?" → 1, and the same for 5 → 2. Only this shape: a count, a plural noun
(managers, nodes, members), "tolerate(s)" and a count; later ``, N tolerate M`` pairs in the
same sentence reuse the noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card
from ..parser import Document, ListItem, Paragraph
from .base import Fact, is_explicit, span_of

NAME = "quorum"

_NUM = r"(\d{1,2}|one|two|three|four)"
_FIRST = re.compile(
    r"\b(?P<n>\d{1,2}) (?P<noun>managers|manager nodes|nodes|members|replicas)"
    r"(?: can)? tolerates? (?:the (?:loss|failure) of )?(?P<m>" + _NUM + r")"
    r"(?: (?:failures?|failed \w+|\w+ failures?|losses|lost \w+))?\b",
    re.IGNORECASE,
)
_MORE = re.compile(
    r"\s*(?:,|;|and)\s*(?:and\s+)?(?P<n>\d{1,2})(?: \w+)? tolerates? (?P<m>" + _NUM + r")\b"
    r"(?: (?:failures?|\w+ failures?))?"
)
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}


@dataclass(eq=False)
class QuorumFact(Fact):
    pairs: list[tuple[str, str]]
    noun: str
    whole: str


def find(doc: Document) -> list[QuorumFact]:
    facts: list[QuorumFact] = []
    for block in doc.walk((Paragraph, ListItem)):
        span = span_of(block)
        if span is None or "toler" not in span.text or is_explicit(span):
            continue
        text = tx.clean(span.text)
        for found in _FIRST.finditer(text):
            pairs = [(found["n"], found["m"])]
            end = found.end()
            while True:
                more = _MORE.match(text, end)
                if more is None:
                    break
                pairs.append((more["n"], more["m"]))
                end = more.end()
            pairs = [(n, _WORDS.get(m.lower(), m)) for n, m in pairs]
            if any(int(m) >= int(n) for n, m in pairs):
                continue
            noun = tx.singular_phrase(found["noun"].lower())
            context = " ".join([text, *block.section]).lower()
            whole = "swarm" if "swarm" in context or noun.startswith("manager") else "cluster"
            line = span.line_of(found.start())
            facts.append(
                QuorumFact(
                    block=block,
                    lines=(line, span.line_of(end)),
                    source=text[found.start() : end],
                    explanation=text,
                    pairs=pairs,
                    noun=noun,
                    whole=whole,
                )
            )
    return facts


def build(fact: QuorumFact, doc: Document, bank: object = None) -> list[Draft]:
    noun = fact.noun.split()[0]
    return [
        card(
            rule=NAME,
            kind="basic",
            text=f"How many {noun} failures can a {fact.whole} of {n} {noun}s tolerate?",
            answer=m,
            explanation=fact.explanation,
            note_id=doc.note_id,
            lines=fact.lines,
            source=fact.source,
            detail=n,
        )
        for n, m in fact.pairs
    ]
