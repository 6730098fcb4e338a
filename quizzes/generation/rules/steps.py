"""Ordered steps → "what comes after …" cards, an "in order" list card and one ordering question.

Steps are an ordered list of instructions, a list under a lead such as ``Steps:`` /
``To upgrade Docker:``, or one comma-separated sentence of steps under such a lead.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card, question
from ..parser import Code, Document, ListBlock, ListItem, Paragraph
from . import phrasing as ph
from .base import Fact, context_chain, draft_args, is_explicit

NAME = "steps"

_STEP_LEAD = re.compile(
    r"^(the\s+)?(steps?|procedure|process|sequence|workflow|order)\b|"
    r"\b(steps?|procedure|in order|in this order)\s*(to|for|when)?\b",
    re.IGNORECASE,
)
_INLINE = re.compile(
    r"^(?P<what>[\w -]{0,30}?)\s*(?:steps?|procedure|process|order|workflow)\s*:\s*(?P<rest>.+)$",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:,\s*(?:then|and then|and|finally)?\s*|;\s*|\s+(?:→|->|=>)\s+|\bthen\b)\s*"
)
_ARROW = "→"


@dataclass(eq=False)
class StepsFact(Fact):
    steps: list[str]
    context: str


def find(doc: Document) -> list[StepsFact]:
    facts: list[StepsFact] = []
    for block in doc.walk((ListBlock, Paragraph)):
        if isinstance(block, Paragraph):
            found = _INLINE.match(tx.clean(block.span.text))
            steps = _split(found["rest"]) if found else None
            chain = context_chain(block)
            if found and found["what"].strip():
                # "Secret workflow: create the secret, grant …" names its own task
                chain = [tx.clean(found.group(0).split(":")[0]), *chain]
        else:
            steps = _from_list(block)
            chain = context_chain(block)
        if not steps or _is_recipe(steps):
            continue
        context = _context(chain)
        if context is None:
            continue
        facts.append(
            StepsFact(
                block=block,
                lines=(block.line_start, block.line_end),
                source="\n".join(steps),
                explanation=f"{context[1]}: " + ", ".join(steps),
                steps=_commands_only(steps),
                context=context[0],
            )
        )
    return facts


_COMMAND_STEP = re.compile(r"^(?P<cmd>`[^`]+`)(?:\s*\([^()]*\))?\s*(?:[-:\u2013\u2014])\s+\S")


def _own_lines(text: str) -> str:
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1].rstrip().endswith(":"):
        lines = lines[:-1]  # "ubuntu 16.04 example:": a lead to what follows
    return " ".join(lines)


def _commands_only(steps: list[str]) -> list[str]:
    """ "`docker trust sign <repo>:<tag>` (or just push) - sign and push": when every step is
    a command with what it does, the steps are the commands (the explanation keeps the rest)."""
    found = [_COMMAND_STEP.match(step) for step in steps]
    if not all(found):
        return steps
    return [f["cmd"] for f in found if f is not None]


def _from_list(block: ListBlock) -> list[str] | None:
    items: list[ListItem] = block.items
    if any(i.skip or i.span is None or is_explicit(i.span) or i.checked is not None for i in items):
        return None
    lead = tx.clean(block.lead.text.split("\n")[-1]) if block.lead else ""
    said = bool(lead.endswith(":") and _STEP_LEAD.search(lead))
    # a last item's lazy line ("5. make sure containers restarted" then "ubuntu 16.04
    # example:") is the next part of the note, not the step
    texts = [tx.strip_end(_own_lines(i.span.text)) for i in items if i.span]
    if said and len(texts) == 1:
        return _split(texts[0])
    if len(texts) < 3 or len(texts) > 12 or any(len(tx.words(t)) > 20 for t in texts):
        return None
    # a command shown under a step is fine ("1. Initialise the swarm:" + a code block)
    if any(i.children for i in items) and (
        not block.ordered or any(not isinstance(c, Code) for i in items for c in i.children)
    ):
        return None
    imperative = sum(1 for t in texts if _is_action(t))
    if said or (block.ordered and imperative * 3 >= len(texts) * 2):
        return [t for t in texts if t]
    return None


_WHERE = re.compile(r"^(?:on|in|from|inside)\s+[\w`.-]+(?:\s+[\w`.-]+)?,\s+", re.I)


def _is_action(step: str) -> bool:
    """An instruction: an imperative verb, a command in backticks, maybe after "On node1, "."""
    step = _WHERE.sub("", step.strip())
    if step.startswith("`") and step.count("`") >= 2:
        return True
    first = step.split()[0].lower().strip(",:") if step.split() else ""
    return first in tx.VERBS


_LAB = re.compile(
    r"(\?|https?://|www\.|\b(click|select|press|go to|navigate|log ?in|sign ?in|"
    r"enter( the)? command|type( the)? command|cd into|open the|make sure you|you will)\b)",
    re.IGNORECASE,
)


def _is_recipe(steps: list[str]) -> bool:
    """Lab walk-throughs ("Click on Login", "Enter the command `...`") are not knowledge."""
    return any(_LAB.search(step) for step in steps)


def _split(sentence: str) -> list[str] | None:
    parts = [tx.strip_end(p) for p in _SPLIT.split(tx.strip_end(sentence))]
    parts = [p for p in parts if p]
    if not 3 <= len(parts) <= 10 or any(len(tx.words(p)) > 12 for p in parts):
        return None
    if sum(1 for p in parts if p.split()[0].lower() in tx.VERBS) * 2 < len(parts):
        return None
    return parts


def _context(chain: list[str]) -> tuple[str, str] | None:
    """(how a question opens, the context as written): "When upgrading Docker" etc."""
    for raw in chain:
        text = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", tx.strip_end(raw))  # "3.1 Steps"
        text = re.split(r"\s+[\u2014\u2013]\s+|\s+-\s+", text)[0]  # "Building a swarm — Sam's lab"
        if tx.personal(text) or re.search(r"\b[A-Z][a-z]+'s\s+lab\b|\bwalked\s+through\b", text):
            continue  # the comment after a dash went; what is left must not be someone's story
        text = re.sub(
            r"^(the\s+)?(steps?|procedure|process)(\s+(to|for))?\s*", "", text, flags=re.I
        )
        text = re.sub(r"\s+(steps?|procedure)$", "", text, flags=re.I)
        name = text.partition(": ")[2]  # "Trusting what you run: Docker Content Trust"
        if name and re.fullmatch(r"(?:[A-Z][\w-]*\s*){1,4}", name):
            return f"When using {name.strip()}", raw
        words = text.split()
        if not words or len(words) > 8 or text.endswith("?"):
            continue
        if re.search(r"\b(?:one|it|them|this|that)$|\b(?:it|them|this)\b", text, re.I):
            continue  # "Building one", "To do it on a manager": what? The heading above says.
        first = words[0].lower()
        if first.endswith("ing") and len(first) > 4:
            return f"When {tx.uncapitalize(text)}", raw
        if first == "to" and len(words) > 1:
            return f"To {' '.join(words[1:])}", raw
        if first == "how" and len(words) > 2 and words[1].lower() == "to":
            return f"To {' '.join(words[2:])}", raw
        if tx.base_verb(first) == first and len(words) > 1:
            return f"To {tx.uncapitalize(text)}", raw
        if len(words) <= 4 and words[-1].lower() in (
            "workflow",
            "process",
            "procedure",
            "lifecycle",
        ):
            return f"In the {tx.uncapitalize(text)}", raw  # "In the secret workflow"
        return None
    return None


def build(fact: StepsFact, doc: Document, bank: object = None) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    steps, ctx = fact.steps, fact.context
    drafts = [
        card(
            kind="basic",
            text=f"{ctx}, what comes after {ph.quote(tx.uncapitalize(a))}?",
            answer=tx.capitalize(b),
            detail=f"after|{a}",
            **common,
        )
        for a, b in itertools.pairwise(steps)
    ]
    drafts.append(
        card(
            kind="list",
            text=f"{ctx}, what are the {len(steps)} steps in order?",
            answer="; ".join(f"{n}. {tx.capitalize(s)}" for n, s in enumerate(steps, 1)),
            **common,
        )
    )
    made = _ordering(fact, common)
    if made is not None:
        drafts.append(made)
    return drafts


def _ordering(fact: StepsFact, common: dict) -> Draft | None:
    steps = [tx.uncapitalize(s) for s in fact.steps]
    rng = random.Random(fact.source)  # noqa: S311 - repeatable, not secret
    if len(steps) <= 6:
        right = f" {_ARROW} ".join(steps)
        wrong: list[str] = []
        for _ in range(60):
            order = steps[:]
            i = rng.randrange(len(order) - 1)
            order[i], order[i + 1] = order[i + 1], order[i]
            if rng.random() < 0.5:
                j = rng.randrange(len(order) - 1)
                order[j], order[j + 1] = order[j + 1], order[j]
            option = f" {_ARROW} ".join(order)
            if option != right and option not in wrong:
                wrong.append(option)
            if len(wrong) == 3:
                break
        text = f"{fact.context}, which order of steps is correct?"
        return question(
            text=text,
            correct=[tx.capitalize(right)],
            wrong=[tx.capitalize(w) for w in wrong],
            detail="order",
            **common,
        )
    i = rng.randrange(len(steps) - 1)
    answer = steps[i + 1]
    others = [s for n, s in enumerate(steps) if n not in (i, i + 1)]
    rng.shuffle(others)
    text = f"{fact.context}, which step comes right after {ph.quote(steps[i])}?"
    return question(
        text=text,
        correct=[tx.capitalize(answer)],
        wrong=[tx.capitalize(w) for w in others[:3]],
        detail="after",
        **common,
    )
