"""``item (description)`` in a list → "Which <kind> is described as <description>?",
with the other items of that list as wrong options."""

from __future__ import annotations

import re
from dataclasses import dataclass
from hashlib import sha256

from .. import text as tx
from ..distractors import in_text
from ..drafts import Draft, card, question
from ..parser import Document, ListBlock
from . import phrasing as ph
from .base import Fact, draft_args
from .command_shape import join_verbs
from .lists import list_category, list_names
from .terms import looks_like_examples

NAME = "described"

_ITEM = re.compile(r"^(?P<name>[^()]{1,40}?)\s*\((?P<desc>[^()]{3,120})\)\s*[.,;]?$")


@dataclass(eq=False)
class DescribedFact(Fact):
    name: str
    description: str
    singular: str
    siblings: list[str]


def find(doc: Document) -> list[DescribedFact]:
    facts: list[DescribedFact] = []
    for block in doc.walk(ListBlock):
        phrase = list_category(block, doc.title)
        names = list_names(block) if phrase else None
        if not phrase or not names:
            continue
        for item in block.items:
            text = tx.clean((item.span.text if item.span else "").replace("\n", " "))
            found = _ITEM.match(text) or _dashed(text)
            if not found:
                continue
            name, desc = tx.clean(found["name"]), tx.clean(found["desc"])
            desc = join_verbs(re.sub(r"^(the )?default\s*[:,;-]\s*", "", desc, flags=re.I))
            words = tx.words(desc)
            if len(words) < 2 or _NO_DESCRIPTION.match(desc) or _DEFINED.match(name):
                continue  # "(e.g. `web-fe`)", "(here …)": an example; "`x` - the y (...)"
            coded = name.startswith("`")
            named = coded or ph.is_term(name, member=True)
            if not named or tx.is_noise(desc) or tx.has_url(desc) or looks_like_examples(desc):
                continue  # "File (NetApp FAS, Azure File Storage, Amazon EFS)": examples
            facts.append(
                DescribedFact(
                    block=item,
                    lines=(item.line_start, item.line_start),
                    source=item.span.raw if item.span else text,
                    explanation=f"{tx.strip_end(block.lead.text if block.lead else '')}: {text}",
                    name=name,
                    description=desc,
                    singular=_kind(phrase.core, name),
                    siblings=[n for n in names if tx.key(n) != tx.key(name)],
                )
            )
    return facts


_NO_DESCRIPTION = re.compile(
    r"^(?:e\.g|i\.e|see|aka|optional|here|in this|in our|like|such as|for example|example|"
    r"ex|eg|ie)\b",
    re.IGNORECASE,
)
_DEFINED = re.compile(r".+\s(?:-|\u2013|\u2014|:)\s.+")

# "`--restart always` - always restarts a stopped container. …": a value in code, then what it
# does (the definitions rule leaves code names alone).
_DASHED = re.compile(r"^(?P<name>`[^`]{1,40}`)\s*(?:-|\u2013|\u2014|:)\s+(?P<desc>.+)$")


def _dashed(text: str) -> dict | None:
    found = _DASHED.match(text)
    if not found:
        return None
    first = tx.unabbreviate(tx.strip_end(re.split(r"(?<=[.;!?])\s+", found["desc"])[0]))
    words = first.split()
    if not 3 <= len(tx.words(first)) <= 16 or tx.personal(first) or "`" in first:
        return None
    lead = 1 if words[0].lower() in _ADVERBS and len(words) > 1 else 0
    verb = words[lead]
    low = verb.lower()
    if verb != low:
        return None
    if low.endswith("s") and tx.base_verb(low, tx.MORE_VERBS) and low not in tx.MORE_VERBS:
        return {"name": found["name"], "desc": first}  # "always restarts …"
    if tx.base_verb(low, tx.MORE_VERBS) == low:  # "restart if the exit code is non-zero"
        words[lead] = tx.third_person(low)
        return {"name": found["name"], "desc": " ".join(words)}
    return None


_ADVERBS = tx.wordset("always never only also automatically just still")


def _kind(singular: str, name: str) -> str:
    """ "lifecycle command" of `docker-compose rm` → "Docker Compose command": the tool says
    more than the note's own grouping."""
    if re.match(r"^`docker(?:-|\s)compose\b", name) and singular.endswith("command"):
        return "Docker Compose command"
    return singular


def build(fact: DescribedFact, doc: Document, bank: object = None) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    desc = tx.strip_end(fact.description)
    words = desc.lower().split()
    verb = words[1] if words[0] in _ADVERBS and len(words) > 1 else words[0]
    if verb.endswith("s") and tx.base_verb(verb, tx.MORE_VERBS) and verb not in tx.MORE_VERBS:
        text = f"Which {fact.singular} {desc[0].lower() + desc[1:]}?"  # "runs one task per node"
    else:
        text = f"Which {fact.singular} is described as {ph.describe(desc)}?"
    drafts = [card(kind="basic", text=text, answer=fact.name, **common)]
    # A sibling named in the question ("… uses the host's network stack?") is no option.
    siblings = [s for s in fact.siblings if not in_text(s, text)]
    if len(siblings) >= 2:
        wrong = sorted(siblings, key=lambda s: sha256((fact.source + s).encode()).hexdigest())
        drafts.append(
            question(
                text=text,
                correct=[fact.name],
                wrong=wrong[:3],
                short_ok=len(wrong) < 3,  # the list holds no more of its kind
                **common,
            )
        )
    return drafts
