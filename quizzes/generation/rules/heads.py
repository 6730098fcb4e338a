"""The noun phrase a list lead names, out of the sentence around it.

``Docker supports several storage drivers:`` → ``several storage drivers``;
``The main network drivers are:`` → ``The main network drivers``;
``There are three swarm node types:`` → ``three swarm node types``.
Determiners and numbers are left for :func:`phrasing.category` to strip.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..families import MEMBERS, family_of

_THERE = re.compile(r"^(?:there|here)\s+(?:are|exist)\s+(?P<np>.+)$", re.IGNORECASE)
_INCLUDE = re.compile(
    r"^(?P<np>.+?)\s+(?:include|includes|are\s+(?:available|supported|built[- ]in|provided|"
    r"included|listed below|as follows))$",
    re.IGNORECASE,
)
_ARE = re.compile(r"^(?P<np>.+?)\s+(?:are|were)$", re.IGNORECASE)
# "The main network drivers are:" names its members; "Volumes are:" lists their properties.
_QUANTIFIED = re.compile(
    r"^(?:the|some|several|many|all|these|those|available|supported|common|key|main|"
    r"popular|various|different|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"^(?P<subject>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+(?:(?:also|currently|natively|now|only)\s+)?"
    r"(?:supports?|has|have|includes?|provides?|offers?|ships\s+with|comes\s+with|uses|"
    r"contains?|exposes?)\s+(?P<np>.+)$",
    re.IGNORECASE,
)
# Subjects a question can drop: the whole notes are about Docker.
_DOCKER = re.compile(
    r"^(?:it|this|they|dockerd|(?:the\s+)?docker(?:\s+(?:engine|daemon|ce|ee|desktop|swarm|"
    r"host|platform))?|(?:the\s+)?(?:engine|daemon)|(?:docker\s+)?swarm(?:\s+mode)?)$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?:docker|swarm|the\s+docker\s+engine)(?:'s|\u2019s)\s+", re.I)
_SUCH_AS = re.compile(
    r",?\s+(?:such\s+as|like|including|e\.g\.?|for\s+example|namely|as\s+follows)$", re.I
)
_AVAILABLE = re.compile(
    r"\s+(?:(?:that|which)\s+(?:are|is)\s+)?(?:available|supported|provided|included|"
    r"built[- ]in|you\s+can\s+use|to\s+choose\s+from)(?=(?:\s+(?:in|on|by|with|for)\s+.+)?$)",
    re.I,
)
_IN_DOCKER = re.compile(
    r"\s+(?:in|of|for|by|with)\s+(?:the\s+)?(?:docker|swarm|docker\s+(?:engine|swarm))$", re.I
)


@dataclass(frozen=True)
class Lead:
    phrase: str  # "several storage drivers"
    subject: str = ""  # a subject the phrase belongs to, when it is not just Docker


def lead_phrase(lead: str) -> Lead | None:
    """The noun phrase of a lead sentence, with the subject it needs (if any), or None."""
    text = tx.strip_end(lead)
    spans = tx.sentence_spans(text)
    if len(spans) > 1:
        text = tx.strip_end(text[spans[-1][0] :])  # "Storage is pluggable. Docker supports …"
    text = re.sub(r"\s*\([^()]*\)$", "", text)
    text = _SUCH_AS.sub("", text)
    text = _POSSESSIVE.sub("", text)
    if not text:
        return None
    subject = ""
    found = _THERE.match(text) or _INCLUDE.match(text)
    if found:
        text = found["np"]
    elif _ARE.match(text):
        text = _IN_DOCKER.sub("", _AVAILABLE.sub("", _ARE.match(text)["np"]))
        known = len(text.split()) > 1 and family_of(text) in MEMBERS  # "Storage drivers are:"
        if not (_QUANTIFIED.match(text) or known):
            return None
    else:
        found = _SUBJECT_VERB.match(text)
        if found:
            text = found["np"]
            if not _DOCKER.match(found["subject"]):
                subject = found["subject"]
    text = _AVAILABLE.sub("", text)
    text = _IN_DOCKER.sub("", text)
    return Lead(text.strip(), subject) if text.strip() else None
