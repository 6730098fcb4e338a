"""Author-written questions: a line ending in ``?``, then a task list.

``[x]`` items are right, ``[ ]`` items wrong; two or more ``[x]`` make a "choose N" question.
The question line may be a paragraph, a list item (the task list nested under it) or a heading.

A task list of statements under a quiz lead (``## Quiz``, ``True or false``, ``Tick the true
ones``) has no question line: ``[x]`` statements are true, ``[ ]`` ones false. It gives one
"Which of the following is true?" question per true statement (with wrong options from the
false ones) when there are three or more false ones, and "Which statement is false?" the other
way round.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card, question
from ..parser import Document, ListBlock, quiz_lead
from ..quality import option_kind
from ..tree import Span
from .base import Fact

NAME = "choices"


@dataclass(eq=False)
class ChoiceFact(Fact):
    stem: str
    options: list[tuple[str, bool]]
    statements: bool = False
    verdict: bool = False  # "True or false: S" + "[x] False (…)": a card, not a question


def _numbered_questions(doc: Document) -> dict[int, Span]:
    """Questions written as a numbered item right above their task list, keyed by the line
    where that task list may start ("1. Which flag …?" then "- [x] …")."""
    found: dict[int, Span] = {}
    for block in doc.walk(ListBlock, claims=True):
        last = block.items[-1] if block.items else None
        if last is None or last.span is None or last.checked is not None or last.children:
            continue
        text = last.span.text.split("\n")[-1].strip()
        if tx.is_question(text) or text.endswith(":"):
            for gap in (1, 2):
                found[block.line_end + gap] = last.span
    return found


def find(doc: Document) -> list[ChoiceFact]:
    facts: list[ChoiceFact] = []
    numbered = _numbered_questions(doc)
    for block in doc.walk(ListBlock, claims=True):
        if not block.items or any(i.checked is None or i.span is None for i in block.items):
            continue
        lead = block.lead
        asked = numbered.get(block.line_start)
        if asked is not None and (lead is None or not tx.is_question(lead.text)):
            # The question is the numbered item just above this task list.
            lead = asked
        options = [(tx.clean(i.span.text), bool(i.checked)) for i in block.items if i.span]
        last_line = lead.text.split("\n")[-1].strip() if lead is not None else ""
        if lead is not None and (
            tx.is_question(last_line) or (lead is asked and last_line.endswith(":"))
        ):
            if not any(ok for _, ok in options):
                continue
            stem = tx.clean(lead.text.split("\n")[-1])
            start = lead.line + lead.text.count("\n")
            explanation = stem + " " + "; ".join(t for t, ok in options if ok)
            statements = False
        elif quiz_lead(block):
            stem, start, statements = "", block.line_start, True
            explanation = ""
        else:
            continue
        verdict = _verdict(lead.text if lead is not None else "", options)
        if verdict is not None:
            stem, explanation = verdict
            start = lead.line if lead is not None else start
            statements = False
        facts.append(
            ChoiceFact(
                block=block,
                lines=(start, block.line_end),
                source=doc.source(start, block.line_end),
                explanation=explanation,
                stem=stem,
                options=options,
                statements=statements,
                verdict=verdict is not None,
            )
        )
    return facts


_TRUTH = re.compile(
    r"^(true|false|yes|no)\b[\s:,.\-\u2013\u2014]*(?:\((.*)\)|(.*?))[\s.]*$",
    re.IGNORECASE | re.DOTALL,
)
_TF_LEAD = re.compile(
    r"^[\s*_]*(?:true\s*(?:or|/)\s*false|t\s*/\s*f)\b[\s:.?\-\u2013\u2014]*", re.IGNORECASE
)


def _verdict(lead: str, options: list[tuple[str, bool]]) -> tuple[str, str] | None:
    """``True or false: S`` over ``[ ] True`` / ``[x] False (needs --volumes)``: the card
    "True or false: S?" → "False — needs --volumes"."""
    lead = tx.clean(lead.split("\n")[-1])
    right = [t for t, ok in options if ok]
    if not _TF_LEAD.match(lead) or len(right) != 1 or len(options) > 3:
        return None
    if not all(_TRUTH.match(t) for t, _ in options):
        return None
    claim = _TF_LEAD.sub("", lead).rstrip(" .?!")
    if len(tx.words(claim)) < 3:
        return None
    found = _TRUTH.match(right[0])
    assert found is not None
    answer = found.group(1).capitalize()
    why = found.group(2) or found.group(3)
    if why:
        answer += " \u2014 " + why
    return f"True or false: {claim}?", answer


def build(fact: ChoiceFact, doc: Document, bank: object = None) -> list[Draft]:
    if fact.verdict:
        return [
            card(
                rule=NAME,
                kind="basic",
                text=fact.stem,
                answer=fact.explanation,
                explanation=f"{fact.stem} {fact.explanation}",
                note_id=doc.note_id,
                lines=fact.lines,
                source=fact.source,
                detail="verdict",
            )
        ]
    if fact.statements:
        return _statements(fact, doc)
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


def _statements(fact: ChoiceFact, doc: Document) -> list[Draft]:
    true = [t for t, ok in fact.options if ok]
    false = [t for t, ok in fact.options if not ok]
    out: list[Draft] = []
    for answers, others, stem, word in (
        (true, false, "Which of the following is true?", "true"),
        (false, true, "Which statement is false?", "false"),
    ):
        if not answers or len(others) < 3:
            continue
        for n, answer in enumerate(answers):
            # Options of one shape only (a statement opening with `code` is another kind).
            pool = [t for t in others if option_kind(t) == option_kind(answer)]
            if len(pool) < 2:
                continue
            wrong = [pool[(n + k) % len(pool)] for k in range(min(3, len(pool)))]
            out.append(
                question(
                    rule=NAME,
                    text=stem,
                    correct=[answer],
                    wrong=wrong,
                    explanation=f"{answer} ({word}). "
                    + " ".join(f"{t} ({'false' if word == 'true' else 'true'})." for t in wrong),
                    note_id=doc.note_id,
                    lines=fact.lines,
                    source=fact.source,
                    detail=f"{word}|{answer}",
                    short_ok=True,
                )
            )
    return out
