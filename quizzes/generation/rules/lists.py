"""A lead ending in ``:`` with a list under it: a "Name the N …" card and a question
"Which of the following is a …?" whose wrong options come from other lists of the same kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..distractors import LISTS, Bank, in_text
from ..drafts import Draft, card, question
from ..families import DECOYS, MEMBERS, belongs, family_of
from ..parser import Document, ListBlock, ListItem
from . import concept
from . import phrasing as ph
from .base import Fact, context_chain, draft_args, is_explicit
from .definitions import looks_like_examples
from .families_lists import family_list, inline_lists
from .heads import lead_phrase
from .topic import in_topic

NAME = "lists"

_MADE_OF = re.compile(
    r"^(?P<subject>.{2,40}?)\s+(?P<verb>(?:is|are|was|were|used to be)(?:\s+now)?\s+"
    r"(?:made up of|composed of|comprised of|built from)|consists? of|consisted of)$",
    re.IGNORECASE,
)
_HAS = re.compile(
    r"^(?P<subject>.{2,40}?)\s+(?:has|have|contains?|includes?|is built from)\s+"
    r"(?P<things>.{3,50})$",
    re.IGNORECASE,
)
# Families of short keyword values that make fair wrong options for one another.
_KIN = ("restartpolicies", "servicemodes", "publishingmodes", "nodeavailabilities", "noderoles")
_STEP_LEAD = re.compile(r"\b(steps?|procedure|process|in order|sequence|how to)\b", re.I)
_PAREN = re.compile(r"^(?P<name>[^()]{1,40}?)\s*\((?P<desc>[^()]+)\)\s*[.,;]?$")
_CODE_DEF = re.compile(r"^(?P<term>`[^`]{1,40}`)\s*(?::\s+|\s+[-\u2013\u2014]\s+)")
_PLAIN_DEF = re.compile(
    r"^(?P<term>[^:\-\u2013\u2014=→]{1,48}?)\s*(?::\s+|\s+[-\u2013\u2014]\s+|\s+(?:→|->)\s+)"
)


@dataclass(eq=False)
class ListFact(Fact):
    names: list[str]
    category: ph.Category | None
    title: str  # "storage drivers", "components Docker is now made up of"


def item_name(item: ListItem) -> str | None:
    """The name an item stands for: bold term, ``Term - text``, ``name (note)``, short item."""
    span = item.span
    if span is None or item.checked is not None or is_explicit(span):
        return None
    text = tx.clean(span.text.replace("\n", " ")).rstrip(",;.")
    if span.bold and span.bold[0].start == 0 and len(span.bold[0].text) < len(text):
        name = tx.strip_end(span.bold[0].text)
        return name if ph.is_term(name, bold=True, member=True) else None
    for pattern in (_CODE_DEF, _PAREN, _PLAIN_DEF):
        found = pattern.match(text)
        if found and pattern is not _PAREN and looks_like_examples(text[found.end() :]):
            return None  # "Block storage: Amazon EBS, Cinder": a category with examples
        if found:
            # "ingress (default) - routing mesh": the name, without the note that gives it away
            name = re.sub(r"\s*\((?:the\s+)?default\)$", "", tx.clean(found.group(1)), flags=re.I)
            return name if ph.is_term(name, member=True) or name.startswith("`") else None
    if len(tx.words(text)) <= 4 and len(text) <= 40 and not re.search(r"[.!?;]", text):
        return text if not tx.is_noise(text) else None
    return None


def list_category(block: ListBlock, title: str = "") -> ph.Category | None:
    """The plural noun phrase the list's lead names, if it names one: ``Storage drivers:``,
    ``Docker supports several storage drivers:``, ``There are three swarm node types:``."""
    if block.lead is None:
        return None
    lead = tx.clean(block.lead.text.split("\n")[-1])
    if not block.lead_is_heading and not lead.endswith(":"):
        return None
    if _STEP_LEAD.search(lead):
        return None
    framed = lead_phrase(lead)
    if framed is None:
        return None
    headings = [tx.drop_chapter_number(h) for h in [*reversed(block.section), title]]
    topic = ph.topic_of(headings[0]) if block.section else None
    found = ph.category(framed.phrase, context_chain(block)[1:], topic, headings)
    if found is not None and framed.subject:
        # "The CNM has three major building blocks": the parts belong to the subject (left to
        # ``_title``); only a specific kind ("Kubernetes supports several network plugins")
        # reads right without it.
        head = tx.singular(found.core.split()[-1].lower())
        generic = any(tx.singular(g) == head for g in ph.GENERIC)
        if len(found.core.split()) < 2 or generic or found.kind == "type":
            return None
    if found is not None and _SAYS.match(found.plural):
        return None  # "Docker shipped two editions": a sentence, not a kind (see _title)
    return found


def list_names(block: ListBlock) -> list[str] | None:
    items = [i for i in block.items if not i.skip]
    if len(items) != len(block.items) or not 2 <= len(items) <= 10:
        return None
    names = [item_name(i) for i in items]
    if any(n is None for n in names):
        return None
    unique: list[str] = []
    for name in names:
        if name and all(tx.key(name) != tx.key(u) for u in unique):
            unique.append(name)
    return unique if len(unique) >= 2 else None


def find(doc: Document) -> list[ListFact]:
    facts: list[ListFact] = []
    for block in doc.walk(ListBlock):
        if block.lead is None:
            continue
        names = list_names(block)
        lead = tx.clean(block.lead.text.split("\n")[-1])
        category = list_category(block, doc.title) if names else None
        title = category.plural if category else _title(lead) if names else None
        if title is None:
            known = family_list(block, lead)
            if known is None:
                continue
            names, category = known
            title = category.plural
        facts.append(
            ListFact(
                block=block,
                lines=(block.lead.line, block.line_end),
                source=lead + "\n" + "\n".join(names),
                explanation=f"{tx.strip_end(lead)}: {', '.join(names)}",
                names=names,
                category=category,
                title=title,
            )
        )
    facts += inline_lists(doc)
    return facts


def _plain_plural(text: str) -> str | None:
    """ "three parts" → "parts": a bare plural noun after a number or "some"."""
    words = re.sub(
        r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|some|several)\s+",
        "",
        text.strip(),
        flags=re.I,
    ).split()
    if len(words) == 1 and tx.is_plural(words[0]) and words[0].isalpha():
        return words[0].lower() if words[0].lower() not in ph.VAGUE else None
    return None


# "Docker shipped two editions", "The OCI publishes two specs": who, what they do, how many
_SAYS = re.compile(
    r"^(?P<subject>(?:the\s+)?[\w.,-]+(?:\s[\w.-]+){0,2}?)\s+(?P<verb>[a-z]+(?:ed|es|s))\s+"
    r"(?:\d+|two|three|four|five|six|several|some|many)\s+(?P<things>[a-z][\w-]*(?:\s[a-z][\w-]*)?)$",
    re.IGNORECASE,
)


def _title(lead: str) -> str | None:
    """ "Docker is now made up of:" → "components Docker is now made up of";
    "The CNM has three major building blocks:" → "major building blocks of the CNM";
    "Docker shipped two editions:" → "editions Docker shipped"."""
    if not lead.endswith(":"):
        return None
    text = tx.strip_end(lead)
    said = _SAYS.match(text)
    if (
        said
        and tx.base_verb(said["verb"].lower(), tx.MORE_VERBS)
        and tx.is_plural(said["things"].split()[-1])
    ):
        subject = ph.mid_sentence(said["subject"])
        return f"{said['things']} {subject} {said['verb']}"
    found = _MADE_OF.match(text)
    if found:
        return f"components {found['subject']} {found['verb'].lower()}"
    found = _HAS.match(text)
    if found:
        things = ph.category(found["things"], [])
        plural = things.plural if things is not None else _plain_plural(found["things"])
        subject = ph.mid_sentence(found["subject"])
        if plural and len(subject.split()) <= 4 and not tx.is_noise(subject):
            return f"{plural} of {tx.uncapitalize(subject)}"  # "parts of image names"
    return None


def feed(doc: Document, facts: list[ListFact], bank: Bank) -> None:
    for fact in facts:
        if fact.category:
            for name in fact.names:
                bank.add(fact.category.kind, name, family_of(fact.category.plural))


def build(fact: ListFact, doc: Document, bank: Bank) -> list[Draft]:
    if all(re.match(r"`(?:sudo )?docker", name) for name in fact.names):
        return []  # "the 7 lifecycle commands": a reading order, no set worth reciting
    common = draft_args(NAME, fact, doc)
    text = f"Name the {len(fact.names)} {fact.title}."
    label = (
        concept.context_label(fact.block, fact.title, doc.speakers) if _bare(fact.title) else None
    )
    # "2 specs:" under "OCI": "In the context of OCI, name the 2 specs."
    text = (
        f"In the context of {label}, {tx.uncapitalize(text)}"
        if label
        else in_topic(text, doc.topic)
    )
    drafts = [card(kind="list", text=text, answer=", ".join(fact.names), **common)]
    if fact.category:
        made = _question(fact, fact.category, bank, common, doc.topic)
        if made is not None:
            drafts.append(made)
    return drafts


_WHOSE = tx.wordset(
    "specs specifications components parts pieces types kinds modes layers planes sections "
    "building_blocks main_components major_building_blocks"
)


def _bare(title: str) -> bool:
    """ "specs", "building blocks": a title that does not say whose."""
    return title.lower().replace(" ", "_") in _WHOSE


def _question(
    fact: ListFact, category: ph.Category, bank: Bank, common: dict, topic: str
) -> Draft | None:
    kind = category.kind
    family = family_of(category.plural)
    seed = common["source"]
    singular = category.singular
    text = in_topic(f"Which of the following is {tx.article(singular)} {singular}?", topic)
    names = [n for n in fact.names if not in_text(n, text)]
    if not names:
        return None
    answer = names[int(tx.key(seed).encode().hex()[-6:], 16) % len(names)]
    # Other lists of the same kind (network drivers for storage drivers), then decoys.
    fallback = [
        v
        for name, values in LISTS.items()
        if tx.singular(name.split()[-1].lower()) == kind and family_of(name) != family
        for v in values
    ]
    fallback += _decoys(family, fact.names)
    if family in _KIN and len(fallback) < 3:
        # Members of kindred families: "drain", "global" for a restart policy.
        fallback += sorted(
            m for other in _KIN if other != family for m in MEMBERS[other] if not belongs(m, family)
        )
    wrong = bank.pick(
        kind,
        [answer],
        seed=seed,
        exclude=fact.names,
        avoid_groups=[family],
        fallback=fallback,
        stem=text,
        reject=lambda value: belongs(value, family),  # "none" is a network driver too
    )
    if len(wrong) < 2:
        return None
    return question(
        text=text,
        correct=[answer],
        wrong=wrong,
        short_ok=len(wrong) < 3,
        **common,
    )


def _decoys(family: str, names: list[str]) -> list[str]:
    """Made-up members (``IMPORT`` for Dockerfile instructions), in the case the list uses."""
    decoys = DECOYS.get(family, ())
    if all(n.islower() for n in names):
        return [d.lower() for d in decoys]
    return list(decoys)
