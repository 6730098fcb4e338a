"""Sentences without a subject ("Needs NIC in promiscuous mode", "-> node becomes leader"):
a cloze of one names what it is about, from the term its item defines, the item above it or
the heading ("MACVLAN: needs NIC in [...] mode"), or is not made."""

from __future__ import annotations

import re

from .. import text as tx
from . import phrasing as ph
from .base import context_chain
from .concept import topic_label

_ARROW = re.compile(r"^\s*(?:->|=>|\u2192|\u21d2)\s*")
# "Began life as", "Pushed along by", "Built on", "Written in": a participle or past verb
# opening a sentence about something named before.
_PAST_OPENING = re.compile(
    r"^(?:\w+ed|began|begun|built|written|made|known|run|born|sold|bought|split|kept|held|"
    r"meant|set|shown|taken|given)\s+(?:life|along|on|in|by|as|from|to|into|with|under|"
    r"for|at|out|up|off|back)\b",
    re.IGNORECASE,
)
_INSTRUCTIONS = tx.wordset(
    "install pair put deploy run use add set enable disable configure keep place store back "
    "restore copy move open close start stop"
)
_DEFINED = re.compile(r"^(?P<term>[^:.;]{1,40}?)\s*(?::|\s[-\u2013\u2014]\s)\s*\S")


def subjectless(sentence: str) -> bool:
    """Whether a sentence starts with its verb ("Needs NIC in …", "Gives each container …")
    or an arrow ("-> node becomes …"), leaving what it is about to the line above."""
    if _ARROW.match(sentence):
        return True
    first = re.match(r"[A-Za-z]+", sentence.lstrip("*_ "))
    if not first:
        return False
    word = first.group(0)
    if _PAST_OPENING.match(sentence.lstrip("*_ ")):
        return True
    low = word.lower()
    if low in ("has", "is", "was", "does", "can", "will", "must", "should"):
        return True  # "Has a Dockerfile = …", "Is the default …"
    if word[:1].isupper() and tx.base_verb(low, tx.MORE_VERBS) == low and low in _INSTRUCTIONS:
        return True  # "Install on UCP worker nodes …", "Pair with …": do what, to what?
    # "Needs", "Gives", "Requires": a verb in the third person (not "Containers", "Images")
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and tx.base_verb(low, tx.MORE_VERBS) is not None
        and tx.singular(low) not in ph.COMMON_NOUNS
    )


def with_topic(
    text: str, block, block_text: str, sentence_start: int, fallback: str = ""
) -> str | None:
    """``text`` (a cloze of a sentence of ``block``) as it reads on its own: unchanged when
    the sentence has a subject, "Topic: text" when a topic is found (``fallback``: the
    note's), else None."""
    if not subjectless(text):
        return text
    topic = _topic(block, block_text, sentence_start) or (tx.capitalize(fallback) or None)
    if topic is None:
        return None
    if topic.lower() in text.lower():
        return text  # "Uses Raft to keep the swarm's state": the topic is named already
    rest = _ARROW.sub("", text)
    return f"{topic}: {rest[0].lower()}{rest[1:]}"


def _topic(block, block_text: str, sentence_start: int) -> str | None:
    if sentence_start > 0:
        found = _DEFINED.match(block_text)
        if found:
            term = re.sub(r"\s*\([^)]*\)\s*$", "", found["term"]).strip(" *_`")
            if term and len(term.split()) <= 5:
                return term  # "OCI (Open Container Initiative): … Pushed along by …"
    for text in context_chain(block):
        label = topic_label(text)
        if label is not None:
            return tx.capitalize(label)
    return None


# Words that say which part of Docker a question is about. "node", "port" or "image" do not:
# they mean something in networking, swarm and the registry alike.
_ANCHOR = re.compile(
    r"\b(?:docker\w*|compose|swarm|kubernetes|k8s|ucp|dtr|dct|containerd|runc|shim|raft|"
    r"overlay|vxlan|ingress|macvlan|ipvlan|bridge|seccomp|apparmor|selinux|namespaces?|cgroups?|"
    r"capabilit\w+|registr\w+|stacks?|secrets?|volumes?|dockerfiles?|notary|buildkit|"
    r"moby|oci|cnm|libnetwork|tls|mtls|replicas?|storage|"
    r"daemon|engine|plugins?|logging)\b",
    re.IGNORECASE,
)


def in_topic(question: str, topic: str) -> str:
    """ "Name the 4 top-level keys." → "In Docker Compose, name the 4 top-level keys.": a
    question none of whose words says what it is about gets the note's topic."""
    if not topic or not question or _ANCHOR.search(question):
        return question
    first = question.split(" ", 1)[0]
    word = re.sub(r"'s$", "", first).strip("*_").lower()
    named = first.isupper() or first[:1] == "`" or word in ph.PROPER or word in tx.LOWERCASE_NAMES
    if not named and first[1:] == first[1:].lower():
        question = question[0].lower() + question[1:]  # "What's a VTEP?" → "In X, what's a …"
    return f"In {topic}, {question}"
