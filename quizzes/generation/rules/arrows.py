"""Labelled arrows in text or code: ``Client <==REST==> Daemon <==GRPC==> containerd`` →
"Which protocol links the Docker client and the Docker daemon?" → REST."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..distractors import API_PROTOCOLS, CLUSTER_PROTOCOLS, PROTOCOLS, Bank, protocol_kind
from ..drafts import Draft, card, question
from ..parser import Code, Document, ListItem, Paragraph
from .base import Fact, draft_args, is_explicit, span_of

NAME = "arrows"

# <==REST==>, --gRPC-->, <-- TLS -->, -[HTTP]->, and "> (fork+exec) >" between plain arrows.
_LABELLED = re.compile(
    r"(?P<l><)?(?:={2,}|-{2,}|-)\s*\[?(?P<label>[A-Za-z][\w+/.]*(?: [A-Za-z][\w+/.]*)?)\]?\s*"
    r"(?:={2,}|-{2,}|-)(?P<r>>)"
    r"|(?P<l2><)(?:={2,}|-{2,})\s*(?P<label2>[A-Za-z][\w+/.]*)\s*(?:={2,}|-{2,})"
)
_PAREN = re.compile(r"(?:-*>|→)\s*\((?P<label>[^()]{1,20})\)\s*(?:-*>|→)")
_PLAIN = re.compile(r"\s(?:<?[=-]{1,3}>|→|↔|<[=-]{1,3})\s|\s>\s")
_NAMES = {
    "client": "the Docker client",
    "cli": "the Docker CLI",
    "daemon": "the Docker daemon",
    "engine": "the Docker engine",
    "docker client": "the Docker client",
    "docker daemon": "the Docker daemon",
    "registry": "the registry",
    "manager": "a manager",
    "worker": "a worker",
}


@dataclass(eq=False)
class ArrowFact(Fact):
    left: str
    right: str
    protocol: str


def find(doc: Document) -> list[ArrowFact]:
    facts: list[ArrowFact] = []
    for block in doc.walk((Paragraph, ListItem, Code)):
        if isinstance(block, Code):
            first = block.line_start + (1 if block.fenced else 0)
            lines = [(first + n, line) for n, line in enumerate(block.text.split("\n"))]
        else:
            span = span_of(block)
            if span is None or is_explicit(span):
                continue
            lines = [(span.line + n, line) for n, line in enumerate(span.text.split("\n"))]
        for number, line in lines:
            facts += _links(block, number, line)
    return facts


# "dockerd → containerd over gRPC", "the client talks to the daemon via REST"
_OVER = re.compile(
    r"(?P<left>[\w.-]+(?: [\w.-]+)?)\s*(?:\u2192|->|=>|-->|\s(?:talks|speaks) to\s)\s*"
    r"(?P<right>[\w.-]+(?: [\w.-]+)?)\s+(?:over|via|using)\s+(?P<label>[A-Za-z][\w+]*)\b"
)


def _over(block, number: int, line: str) -> list[ArrowFact]:
    low = line.lower()
    if not (" over " in low or " via " in low or " using " in low):
        return []
    facts = []
    for found in _OVER.finditer(line):
        protocol = PROTOCOLS.get(tx.key(found["label"]))
        left, right = _node(found["left"], "left"), _node(found["right"], "right")
        pronoun = {"it", "this", "that", "them"} & set((left + " " + right).lower().split())
        if protocol is None or not left or not right or pronoun:
            continue  # "dockerd receives it → calls containerd over gRPC": receives what?
        source = f"{left} <{found['label']}> {right}"
        facts.append(
            ArrowFact(
                block, (number, number), source, tx.clean(line), left, right, protocol=protocol
            )
        )
    return facts


def _links(block, number: int, line: str) -> list[ArrowFact]:
    marks = []
    for found in _LABELLED.finditer(line):
        label = found["label"] or found["label2"]
        marks.append((found.start(), found.end(), label))
    for found in _PAREN.finditer(line):
        marks.append((found.start(), found.end(), found["label"]))
    if not marks:
        return _over(block, number, line)
    marks.sort()
    cuts = [(m[0], m[1]) for m in marks]
    cuts += [(p.start(), p.end()) for p in _PLAIN.finditer(line) if not _inside(p.start(), cuts)]
    cuts.sort()
    facts = []
    for start, end, label in marks:
        protocol = PROTOCOLS.get(tx.key(label))
        if protocol is None:
            continue
        left = _node(line[_prev_end(cuts, start) : start], "left")
        right = _node(line[end : _next_start(cuts, end, len(line))], "right")
        if not left or not right:
            continue
        source = f"{left} <{label}> {right}"
        facts.append(
            ArrowFact(
                block,
                (number, number),
                source,
                tx.clean(line),
                left=left,
                right=right,
                protocol=protocol,
            )
        )
    return facts


def _inside(pos: int, cuts) -> bool:
    return any(s <= pos < e for s, e in cuts)


def _prev_end(cuts, start: int) -> int:
    ends = [e for s, e in cuts if e <= start]
    return max(ends) if ends else 0


def _next_start(cuts, end: int, size: int) -> int:
    starts = [s for s, e in cuts if s >= end]
    return min(starts) if starts else size


def _node(text: str, side: str) -> str:
    # "Managers <--Raft--> Managers, Nodes <--gossip--> Nodes": the nearest part only.
    parts = re.split(r"[,;]", text)
    text = parts[-1] if side == "left" else parts[0]
    text = tx.clean(re.sub(r"\([^)]*\)", "", text).strip(" `*:+"))
    if not text or len(text.split()) > 4 or not re.search(r"[A-Za-z]", text):
        return ""
    return text


def _name(node: str) -> str:
    bare = re.sub(r"^the\s+", "", node, flags=re.IGNORECASE)
    if bare.lower() in _NAMES:
        return _NAMES[bare.lower()]
    if bare != node:
        return f"the {bare}"  # "The client" mid-sentence
    if node[:1].isupper() and node[1:].islower() and tx.is_plural(node):
        return node.lower()  # "Managers" → "managers"
    return node


def feed(doc: Document, facts: list[ArrowFact], bank: Bank) -> None:
    for fact in facts:
        bank.add(protocol_kind(fact.protocol), fact.protocol)


def build(fact: ArrowFact, doc: Document, bank: Bank) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    if tx.key(fact.left) == tx.key(fact.right):
        text = f"Which protocol links {_name(fact.left)} with each other?"
    else:
        text = f"Which protocol links {_name(fact.left)} and {_name(fact.right)}?"
    drafts = [card(kind="basic", text=text, answer=fact.protocol, **common)]
    kind = protocol_kind(fact.protocol)
    fallback = API_PROTOCOLS if kind == "protocol:api" else CLUSTER_PROTOCOLS
    # REST runs over HTTP: neither is a wrong option for the other
    web = {"REST", "HTTP", "HTTPS"}
    exclude = sorted(web - {fact.protocol}) if fact.protocol in web else []
    wrong = bank.pick(
        kind, [fact.protocol], seed=fact.source, exclude=exclude, fallback=fallback, stem=text
    )
    if len(wrong) >= 3:
        drafts.append(question(text=text, correct=[fact.protocol], wrong=wrong, **common))
    return drafts
