"""Lists of a known family (restart policies, network drivers, …) that the lead-phrase reading
in :mod:`lists` does not catch: ``There are four policies:`` under ``### Restart policies`` with
items such as ``- `no` is the default: …``, and inline lists after a colon
(``Docker has four restart policies: `no`, `always`, `unless-stopped`, `on-failure`.``).
Every name must be a known member of the family, so nothing else gets through."""

from __future__ import annotations

import re

from .. import text as tx
from ..families import MEMBERS, belongs, family_of
from ..parser import Document, ListBlock, ListItem, Paragraph
from . import phrasing as ph
from .base import context_chain, is_explicit, span_of
from .heads import lead_phrase

_CODE_FIRST = re.compile(r"^`(?P<name>[^`]{1,30})`")
_INLINE = re.compile(r"^(?P<lead>[^:]{3,80}?):\s+(?P<items>[^:]+?)\.?$")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _categories(lead: str, headings: list[str]) -> list[ph.Category]:
    found: list[ph.Category] = []
    framed = lead_phrase(lead) if lead.endswith(":") else None
    if framed is not None and not framed.subject:
        made = ph.category(framed.phrase, [])
        if made is not None:
            found.append(made)
    for heading in headings[:1]:
        made = ph.category(re.sub(r"^[\d.]+\s+", "", heading), [])
        if made is not None:
            found.append(made)
    return [c for c in found if family_of(c.plural) in MEMBERS]


def _pick(names: list[str], categories: list[ph.Category]) -> ph.Category | None:
    if len(names) < 2 or len({tx.key(n) for n in names}) != len(names):
        return None
    for made in categories:
        family = family_of(made.plural)
        if all(belongs(n, family) for n in names):
            return made
    return None


def family_list(block: ListBlock, lead: str) -> tuple[list[str], ph.Category] | None:
    """Names and category of a list whose every item starts with a member of a known family."""
    items = block.items
    if not 2 <= len(items) <= 10 or any(i.skip or i.span is None or i.checked for i in items):
        return None
    names = []
    for item in items:
        text = tx.clean(item.span.text)
        found = _CODE_FIRST.match(text)
        name = found["name"] if found else text.split(" ")[0].strip(":,")
        if not name or is_explicit(item.span):
            return None
        names.append(name)
    made = _pick(names, _categories(lead, list(reversed(block.section))))
    return (names, made) if made is not None else None


def inline_lists(doc: Document) -> list:
    """``Docker has four restart policies: `no`, `always`, `unless-stopped`, `on-failure`.``"""
    from .lists import ListFact

    facts = []
    for block in doc.walk((Paragraph, ListItem)):
        span = span_of(block)
        if span is None or is_explicit(span) or "\n" in span.text.strip():
            continue
        text = tx.clean(span.text)
        found = _INLINE.match(text)
        if not found:
            continue
        names = [n.strip("`*\"' ") for n in _SPLIT.split(found["items"].strip())]
        if not 2 <= len(names) <= 10 or any(not n or len(n.split()) > 2 for n in names):
            continue
        lead = found["lead"] + ":"
        headings = [*context_chain(block)[1:2], *reversed(block.section)][:1]
        made = _pick(names, _categories(lead, list(headings)))
        if made is None:
            continue
        facts.append(
            ListFact(
                block=block,
                lines=(span.line, span.line),
                source=text,
                explanation=text,
                names=names,
                category=made,
                title=made.plural,
            )
        )
    return facts
