"""Defaults stated in a list item: one card "What is the default storage driver?" → `overlay2`.

Three shapes, each in one list item (a sentence of its own):

- ``The default [and recommended] driver [on modern Linux] is `overlay2```
- ``2377/tcp is the default port for cluster management traffic``
- under a short noun-phrase parent item (``- Storage driver``): ``default is `overlay2```,
  ``default: `overlay2``` or ```overlay2` is the default``

The value must be code or one short token; a one-word noun takes its qualifier from the
parent or heading when they name it ("driver" under "Storage drivers" → "storage driver").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card
from ..parser import Document, ListItem
from .base import Fact, is_explicit
from .concept import context_label
from .topic import in_topic

NAME = "defaults"

_VALUE = r"(?P<x>`[^`]{1,40}`|[\w./:-]{1,30})"
_NOUN = r"(?P<noun>[a-z][a-z -]{1,30}?)"
_WHERE = r"(?P<where>\s(?:on|for|in|of)\s[^,;`]{2,40}?)?"
_LEADING = re.compile(
    r"^the default (?:and recommended |and preferred )?"
    + _NOUN
    + _WHERE
    + r" is "
    + _VALUE
    + r"\.?$",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"^" + _VALUE + r" is the default " + _NOUN + _WHERE + r"\.?$")
_BARE = re.compile(
    r"^(?:the )?default(?: is|:)\s+"
    + _VALUE
    + r"\.?$|^"
    + _VALUE.replace("x>", "y>")
    + r" is the default\.?$",
    re.IGNORECASE,
)
_TOPIC = re.compile(r"^[A-Za-z][\w-]*(?: [a-z][\w-]*){0,3}$")
# "default registry = Docker Hub (docker.io), default tag = `latest`", "default driver: bridge"
# inside a longer line: one card each
INLINE = re.compile(
    r"\bdefault\s+(?P<noun>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}?)"
    r"(?:\s*(?:=|\bis\b|:|\u2192|->)\s*"
    r"(?P<x>`[^`]{1,40}`|\*\*[^*]{1,30}\*\*|[A-Za-z][\w./:-]{0,30}(?:\s[A-Z][\w.-]*)?)"
    r"|\s+(?P<y>`[^`]{1,40}`|\*\*[^*]{1,30}\*\*))"  # "default tag **latest**"
    r"(?P<more>\s\([^()]{1,30}\))?",
    re.IGNORECASE,
)
_INLINE_NOUNS = tx.wordset(
    "registry tag driver file name network port policy mode profile runtime shell user "
    "pool subnet scope format filename namespace"
)


@dataclass(eq=False)
class DefaultFact(Fact):
    ask: str
    value: str


def _qualified(noun: str, contexts: list[str]) -> str:
    if " " in noun:
        return noun
    for text in contexts:
        found = re.search(r"\b([a-z]+) " + re.escape(noun) + r"s?\b", text.lower())
        if found and found.group(1) not in ("the", "a", "an", "one", "default", "every"):
            return f"{found.group(1)} {noun}"
    return noun


def _contexts(item: ListItem) -> list[str]:
    out = []
    parent = item.owner.parent
    if isinstance(parent, ListItem) and parent.span is not None:
        out.append(tx.clean(parent.span.text))
    out.extend(reversed(item.section[-1:]))
    return out


def _read(item: ListItem) -> tuple[str, str] | None:
    text = tx.clean(item.span.text)
    found = _LEADING.match(text) or _TRAILING.match(text)
    if found:
        noun = found["noun"].strip()
        if noun.split()[-1] in ("is", "was", "value", "one"):
            return None
        where = (found["where"] or "").rstrip()
        noun = _qualified(noun, _contexts(item))
        return f"What is the default {noun}{where}?", found["x"]
    found = _BARE.match(text)
    parent = item.owner.parent
    if not found or not isinstance(parent, ListItem) or parent.span is None:
        return None
    topic = tx.clean(parent.span.text).rstrip(":")
    if not _TOPIC.match(topic):
        return None
    noun_head = topic.split()[-1].lower() in tx.NOUN_HEADS
    if not noun_head and tx.verb_phrase_3rd(topic) is not None:
        return None  # "Run it with -d": an instruction, not a topic
    value = found["x"] or found["y"]
    return f"What is the default {tx.uncapitalize(tx.singular_phrase(topic))}?", value


def _inline(text: str) -> list[tuple[str, str]]:
    """Every "default <noun> = <value>" of a line, as (question, value); a bare "driver" takes
    the line's label ("`networks` — … (default driver `bridge`)" → "network driver")."""
    label = re.match(r"^\W*`?([a-z][a-z-]+)`?\s*(?::|\s[-\u2013\u2014]\s)", text)
    out = []
    for found in INLINE.finditer(text):
        noun = found["noun"].strip().lower()
        value = (found["x"] or found["y"]).replace("**", "").strip() + (found["more"] or "")
        if noun.split()[-1] not in _INLINE_NOUNS or re.fullmatch(r"[\d.,]+", value):
            continue  # "default cert expiry is 90": the numbers rule asks numbers
        if " " not in noun and label and label[1] != noun:
            noun = f"{tx.singular(label[1])} {noun}"
        out.append((f"What is the default {noun}?", value.rstrip(",;.")))
    return out


# What a bare "default mode" cannot be asked about without saying whose it is.
_NEEDS_OWNER = tx.wordset("mode policy scope format name user shell profile runtime pool")


def _owned(ask: str, item: ListItem) -> str | None:
    """ "What is the default mode?" under a heading "devicemapper" → "What is the default
    devicemapper mode?"; None when nothing says whose mode it is."""
    found = re.fullmatch(r"What is the default (\w+)\?", ask)
    if found is None or found[1] not in _NEEDS_OWNER:
        return ask
    label = context_label(item, found[1]) or ""
    if re.fullmatch(r"[\w-]+", label) and not label.endswith("ing") and label != "commands":
        return f"What is the default {tx.singular(label)} {found[1]}?"  # "devicemapper mode"
    return None


def find(doc: Document) -> list[DefaultFact]:
    facts: list[DefaultFact] = []
    for item in doc.walk(ListItem):
        if item.span is None or item.checked is not None or is_explicit(item.span):
            continue
        if "default" not in item.span.text.lower():
            continue
        made = _read(item)
        if made is None:
            lines = (item.line_start, item.line_start + item.span.text.count("\n"))
            for ask, value in _inline(item.span.raw.replace("\n", " ")):
                ask = _owned(ask, item)
                if ask is None:
                    continue  # "default mode loop-lvm": the mode of what?
                facts.append(
                    DefaultFact(
                        block=item,
                        lines=lines,
                        source=doc.source(*lines) + "|" + ask,
                        explanation=tx.clean(item.span.text),
                        ask=in_topic(ask, doc.topic),
                        value=value,
                    )
                )
            continue
        lines = (item.line_start, item.line_start + item.span.text.count("\n"))
        facts.append(
            DefaultFact(
                block=item,
                lines=lines,
                source=doc.source(*lines),
                explanation=tx.clean(item.span.text),
                ask=made[0],
                value=made[1],
            )
        )
    return facts


def build(fact: DefaultFact, doc: Document, bank: object = None) -> list[Draft]:
    return [
        card(
            rule=NAME,
            kind="basic",
            text=fact.ask,
            answer=fact.value,
            explanation=fact.explanation,
            note_id=doc.note_id,
            lines=fact.lines,
            source=fact.source,
        )
    ]
