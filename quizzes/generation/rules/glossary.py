"""Glossary lists: three or more items ``- `NAME` - what it does`` (also with an en or em dash,
``NAME: …``, ``**NAME** - …``) where NAME is one token (an instruction, a flag, a driver, a key).

Every item gives a card "What does the `FROM` instruction do?" → its text, and a question
"Which Dockerfile instruction sets the base image?" whose wrong options are the other names
of the same list. The noun comes from a known family when every name belongs to it;
otherwise the question reads "Which of these …?" with the list's lead as context.

An annotated Dockerfile is such a glossary too: a ``# comment`` right above an instruction
says what it does ("# copies the build context into /src" over ``COPY . /src``), and the
block's other instructions are the wrong options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card, question
from ..families import MEMBERS, belongs
from ..parser import Code, Document, ListBlock, ListItem
from .base import Fact, is_explicit

NAME = "glossary"

_SEP = r"\s*(?:[\u2013\u2014:]|\s-)\s+"
_CODE = re.compile(r"^`(?P<name>[^`\s]{1,40})`" + _SEP + r"(?P<text>\S.*)$", re.DOTALL)
_CAPS = re.compile(r"^(?P<name>[A-Z][A-Z0-9_]{1,20})" + _SEP + r"(?P<text>\S.*)$", re.DOTALL)
_PARENS = re.compile(r"\s*\([^)]*\)")
_NOUNS = {
    "dockerfileinstructions": "Dockerfile instruction",
    "storagedrivers": "storage driver",
    "networkdrivers": "network driver",
    "loggingdrivers": "logging driver",
    "volumedrivers": "volume driver",
    "restartpolicies": "restart policy",
    "mounttypes": "mount type",
    "servicemodes": "service mode",
    "publishingmodes": "publishing mode",
    "nodeavailabilities": "node availability",
    "noderoles": "node role",
    "linuxnamespaces": "namespace",
}


@dataclass(eq=False)
class Entry:
    lines: tuple[int, int]
    name: str  # as shown: `FROM`
    text: str
    verb: str | None  # the text's first clause as a 3rd-person verb phrase


@dataclass(eq=False)
class GlossaryFact(Fact):
    entries: list[Entry]
    noun: str | None
    pool: tuple[str, ...] = ()  # more names of the kind for wrong options (a Dockerfile's)


def _entry(item: ListItem) -> Entry | None:
    span = item.span
    if span is None or item.skip or item.checked is not None or is_explicit(span):
        return None
    text = tx.clean(span.text)
    lines = (item.line_start, item.line_end)
    found = _CODE.match(text) or _CAPS.match(text)
    if found is None and span.bold and span.bold[0].start == 0:
        name = span.bold[0].text.strip()
        rest = re.match(_SEP + r"(?P<text>\S.*)$", text[span.bold[0].end :], re.DOTALL)
        if rest and " " not in name and len(name) <= 40:
            return _make(lines, name, rest["text"], code=False)  # "**UCP**": a name, not code
        return None
    if found is None:
        return None
    # `FROM` is code; "DTR" in capitals is a product's name
    code = found.re is _CODE or belongs(found["name"], "dockerfileinstructions")
    return _make(lines, found["name"], found["text"], code=code)


def _make(lines: tuple[int, int], name: str, text: str, code: bool = True) -> Entry | None:
    text = text.strip()
    if len(tx.words(text)) < 2 or name.endswith(":") or re.search(r"\u2192|->", text):
        return None  # "runs on every manager → HA = 3/5/7": arrow shorthand, no answer
    # "documents the app port, does NOT publish it": the first clause says what it does
    clause = re.split(
        r"[;.](?:\s|$)|\s[\u2013\u2014]\s|,\s+(?:does\s+not|doesn't|but)\b",
        text,
        maxsplit=1,
        flags=re.I,
    )[0]
    clause = _PARENS.sub("", clause).strip().rstrip(",:")
    first = clause.split()[0].lower() if clause.split() else ""
    if tx.base_verb(first, tx.MORE_VERBS) == first and not name.startswith(("`-", "-")):
        return None  # "**Swarm**: stop Docker on a manager, …": how to back it up, not what it is
    verb = tx.verb_phrase_3rd(clause)
    if verb is not None and (len(tx.words(verb)) < 3 or len(verb) > 120):
        verb = None
    shown = name if name.startswith("`") or not code else f"`{name}`"
    return Entry(lines=lines, name=shown, text=text, verb=verb)


def _noun(names: list[str]) -> str | None:
    for family, noun in _NOUNS.items():
        if family in MEMBERS and all(belongs(n, family) for n in names):
            return noun
    return None


def find(doc: Document) -> list[GlossaryFact]:
    facts: list[GlossaryFact] = []
    for block in doc.walk(ListBlock):
        if len(block.items) < 3 or block.ordered:
            continue
        entries = [e for e in map(_entry, block.items) if e is not None]
        if len(entries) < 3 or len(entries) * 3 < len(block.items) * 2:
            continue
        names = [e.name.strip("`") for e in entries]
        if len({tx.key(n) for n in names}) != len(names):
            continue
        start, end = entries[0].lines[0], entries[-1].lines[1]
        facts.append(
            GlossaryFact(
                block=block,
                lines=(start, end),
                source=doc.source(start, end),
                explanation="",
                entries=entries,
                noun=_noun(names) or _flag_of(block, names),
            )
        )
    for code in doc.walk(Code):
        entries, used = _dockerfile_entries(code)
        pool = tuple(f"`{n}`" for n in used if f"`{n}`" not in {e.name for e in entries})
        if entries and len(entries) + len(pool) >= 3:
            start, end = entries[0].lines[0], entries[-1].lines[1]
            source = doc.source(start, end)
            noun = "Dockerfile instruction"
            facts.append(GlossaryFact(code, (start, end), source, "", entries, noun, pool))
    return facts


_INSTRUCTION = re.compile(r"^(?P<name>[A-Z]{2,11})\s+\S")
# "# NEW LAYER - copies …", "# metadata only, no layer": what the author marks, then what it does
_LAYER_LABEL = re.compile(
    r"^(?:new\s+layer|no\s+layer|metadata(?:\s+only)?|layer)\s*[-:,]\s*", re.I
)


def _dockerfile_entries(code: Code) -> tuple[list[Entry], list[str]]:
    """An annotated Dockerfile: a ``# comment`` line right above an instruction says what the
    instruction does ("# copies the build context into /src" over ``COPY . /src``)."""
    lines = code.text.split("\n")
    first = code.line_start + (1 if code.fenced else 0)
    entries: list[Entry] = []
    seen: set[str] = set()
    used = sorted(
        {m["name"] for ln in lines if (m := _INSTRUCTION.match(ln.strip()))}
        & MEMBERS["dockerfileinstructions"]
    )
    for n, line in enumerate(lines[1:], start=1):
        found = _INSTRUCTION.match(line.strip())
        comment = re.match(r"^\s*#\s*(?P<text>.+?)\s*$", lines[n - 1])
        if not found or not comment or not belongs(found["name"], "dockerfileinstructions"):
            continue
        name = found["name"]
        text = _LAYER_LABEL.sub("", comment["text"])
        if name in seen or not text[:1].islower():
            continue  # the first of two RUN lines; "# NEW LAYER - node + npm" only
        entry = _make((first + n - 1, first + n), name, text)
        if entry is not None and entry.verb is not None:
            seen.add(name)
            entries.append(entry)
    return entries, used


_OWNER = re.compile(r"`(?P<cmd>(?:docker(?:-compose)?\s+)?[a-z][a-z -]{1,30}?)`")
_BARE_OWNERS = tx.wordset("run build create exec push pull commit")


def _flag_of(block: ListBlock, names: list[str]) -> str | None:
    """ "Useful `docker run` flags:" over ``--rm``, ``--init`` → "`docker run` flag"."""
    if block.lead is None or not all(n.startswith("-") for n in names):
        return None
    found = _OWNER.search(block.lead.text)
    if found is None:
        return None
    command = found["cmd"].strip()
    if not command.startswith("docker"):
        if command not in _BARE_OWNERS:
            return None
        command = f"docker {command}"  # "`run` flags"
    return f"`{command}` flag"


def build(fact: GlossaryFact, doc: Document, bank: object = None) -> list[Draft]:
    out: list[Draft] = []
    names = [e.name for e in fact.entries]
    for n, entry in enumerate(fact.entries):
        lines = entry.lines
        source = doc.source(*lines)
        explanation = f"{entry.name}: {entry.text}"
        subject = f"the {entry.name} {fact.noun}" if fact.noun else entry.name
        if fact.noun and fact.noun.endswith("` flag"):
            subject = f"the {entry.name} flag of {fact.noun.removesuffix(' flag')}"
        if entry.verb is not None:
            ask, answer = f"What does {subject} do?", tx.capitalize(entry.text)
        elif fact.noun is not None:
            ask, answer = f"What is {subject} for?", tx.capitalize(entry.text)
        else:
            ask = ""
        if ask:
            out.append(
                card(
                    rule=NAME,
                    kind="basic",
                    text=ask,
                    answer=answer,
                    explanation=explanation,
                    note_id=doc.note_id,
                    lines=lines,
                    source=source,
                )
            )
        if entry.verb is None:
            continue
        others = [names[(n + k) % len(names)] for k in range(1, len(names))]
        others = [*others, *fact.pool][:3]
        which = f"Which {fact.noun}" if fact.noun else "Which of these"
        out.append(
            question(
                rule=NAME,
                text=f"{which} {entry.verb}?",
                correct=[entry.name],
                wrong=others,
                explanation=explanation,
                note_id=doc.note_id,
                lines=lines,
                source=source,
                short_ok=len(others) == 2,
            )
        )
    return out
