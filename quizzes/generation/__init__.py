"""Notes → draft flashcards and DCA-style questions (pure Python, no Django).

Usage::

    from quizzes.generation import NoteInput, Syllabus, generate
    syllabus = Syllabus.from_yaml_files("dca_exam.yaml", "docker_deep_dive.yaml")
    drafts = generate([NoteInput(1, "Chapter 5", markdown, chapters=(5,))], syllabus)
    payload = [d.to_dict() for d in drafts]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from . import text as tx
from .classify import Classifier, chapter_of, unify_lists
from .distractors import Bank
from .drafts import Draft, NoteInput, Option
from .lab_names import generalize, lab_names
from .parser import ListBlock, ListItem, parse
from .quality import filter_drafts
from .rules import RULE_ORDER, RULES
from .rules.base import context_chain
from .syllabus import BOOK_CHAPTER_TOPICS, DomainInfo, ObjectiveInfo, Syllabus

__all__ = [
    "DomainInfo",
    "Draft",
    "NoteInput",
    "ObjectiveInfo",
    "Option",
    "Syllabus",
    "generate",
]


def _finished(draft: Draft, labs: dict[str, str]) -> Draft | None:
    """A rule's draft as it is proposed: a lab's names as placeholders, without the exam
    objective tags of the notes ("<- D3.06"); None for a lab's name as the answer or a line
    in another language."""
    draft = generalize(draft, labs)
    if draft is None or tx.foreign(f"{draft.text} {draft.answer}"):
        return None
    text, answer = tx.drop_objective_tags(draft.text), tx.drop_objective_tags(draft.answer)
    if (text, answer) == (draft.text, draft.answer):
        return draft
    return dataclasses.replace(draft, text=text, answer=answer)


def generate(notes: Sequence[NoteInput], syllabus: Syllabus | None = None) -> list[Draft]:
    """Turn notes into drafts.

    Parses every note, runs the rules in a fixed order, draws wrong options from all the
    notes passed in, classifies each draft (chapter, domain, objective), drops drafts that
    fail the quality checks or repeat a fingerprint, and returns them sorted by note order,
    then source line, then rule order. The same notes always give the same list.
    """
    docs = [parse(note.note_id, note.body, note.title) for note in notes]
    for doc, note in zip(docs, notes, strict=True):
        if len(note.chapters) == 1:
            doc.topic = BOOK_CHAPTER_TOPICS.get(note.chapters[0], "")
    bank = Bank()
    found = []
    for position, doc in enumerate(docs):
        for rule in RULES:
            facts = rule.find(doc)
            if hasattr(rule, "feed"):
                rule.feed(doc, facts, bank)
            found.append((position, doc, rule, facts))

    classifier = Classifier(syllabus)
    labs = [lab_names(note.body) for note in notes]
    made: list[tuple[tuple[int, int, int, int], Draft]] = []
    blocks = []
    for position, doc, rule, facts in found:
        note = notes[position]
        chapters = tuple(note.chapters)
        for fact in facts:
            context = context_chain(fact.block)
            chapter = chapter_of(fact.block, chapters, syllabus, note.title)
            for built in rule.build(fact, doc, bank):
                draft = _finished(built, labs[position])
                if draft is None:
                    continue
                about = f"{draft.text}\n{draft.answer}\n{draft.explanation}"
                domain, objective = classifier.classify(
                    about,
                    context,
                    (chapter,) if chapter else chapters,
                    focus=f"{draft.text}\n{draft.answer}",
                )
                draft = dataclasses.replace(
                    draft, domain=domain, objective=objective, chapter=chapter
                )
                order = (position, draft.line_start, RULE_ORDER[draft.rule], len(made))
                made.append((order, draft))
                blocks.append(fact.block)
    # One list (restart policies, log drivers) → one domain for all its items of one rule.
    keys = [
        (id(block.parent), draft.rule)
        if isinstance(block, ListItem)
        else (id(block), draft.rule)
        if isinstance(block, ListBlock)
        else None
        for block, (_, draft) in zip(blocks, made, strict=True)
    ]
    domains = unify_lists([(k, d.domain) for k, (_, d) in zip(keys, made, strict=True)])
    made = [
        (
            order,
            draft
            if domain == draft.domain
            else dataclasses.replace(draft, domain=domain, objective=None),
        )
        for (order, draft), domain in zip(made, domains, strict=True)
    ]
    made.sort(key=lambda pair: pair[0])
    return filter_drafts(draft for _, draft in made)
