"""How a row of a term table reads as a question: "What does the `bridge` driver do?", "What
is the `ingress` mode used for?", "Is autolock on by default?". Pure phrasing; the tables rule
reads the tables."""

from __future__ import annotations

import re

from .. import text as tx
from . import phrasing as ph
from .concept import ambiguous

DOES = re.compile(r"^(what (it|they) does?|does|what|function|role|job|what for)$", re.I)
PURPOSE = re.compile(r"^(purpose|used for|use|usage|what (it|they) (is|are) (used )?for)$", re.I)
MEANS = re.compile(r"^(description|meaning|definition|what (it|they) (is|are)|explanation)$", re.I)
KINDS = tx.wordset(
    "driver mode policy plugin network instruction flag option key type command filter state"
)
# Terms that mean something else in another part of Docker: the heading must say which.
VAGUE = tx.wordset("ingress none default global replicated")


ON = frozenset({"on", "enabled", "yes", "true"})
ON_OFF = re.compile(r"^(on|off|enabled|disabled|yes|no|true|false)\b", re.I)


def vague(term: str) -> bool:
    plain = term.strip("`*").lower()
    return ambiguous(plain) or plain in VAGUE


def front(term: str, first: str, name: str, wide: bool) -> str | None:
    plain = re.fullmatch(r"`([A-Za-z]+)`", term)
    if plain and not re.fullmatch(r"[A-Z]{2,}", plain[1]):  # "`image`" is a noun, not code
        term = plain[1]
    if re.match(r"`?(?:ctrl|alt|cmd)[-+]", term, re.I) and MEANS.match(name):
        return f"What does {term if term.startswith('`') else f'`{term}`'} do?"  # "Ctrl-PQ"
    subject = ph.mid_sentence(term)
    one_noun = subject == term and term.islower() and len(term.split()) == 1
    if (one_noun or term == "Dockerfile") and MEANS.match(name):
        subject = f"{tx.article(term)} {term}"  # "client" → "a client"
    kind = tx.strip_end(first).lower()
    kind = {"instr": "instruction", "instrs": "instruction", "cmd": "command"}.get(kind, kind)
    if re.search(r"\s/\s|,\s", term):
        return None  # "ENV / ARG", "USER, VOLUME, HEALTHCHECK": which one does the answer say?
    if re.fullmatch(r"`[^`]+`|[a-z][\w.-]*|[A-Z]{2,}", term) and tx.singular(kind) in KINDS:
        code = tx.singular(kind) in ("filter", "flag", "option", "key", "instruction", "command")
        shown = f"`{term}`" if code and not term.startswith("`") else term
        subject = f"the {shown} {tx.singular(kind)}"  # "the `bridge` driver"
    plural = ph.be(term) == "are" and not subject.startswith("the ")
    if DOES.match(name):
        return f"What {'do' if plural else 'does'} {subject} do?"
    if PURPOSE.match(name):
        return f"What {'are' if plural else 'is'} {subject} used for?"
    if MEANS.match(name):
        if name.lower() == "meaning" and subject.startswith("the `") and not plural:
            return f"What does {subject} mean?"  # "What does the `dangling` filter mean?"
        return f"What {'are' if plural else 'is'} {subject}?"
    if not wide and not re.fullmatch(r"[A-Za-z][\w -]*", name):
        return None
    if not wide and name.lower() in ("notes", "note", "comment", "comments", "details"):
        return None
    return f"What is the {name.lower()} of {subject}?"
