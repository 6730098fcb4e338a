"""GFM tables → cards per row.

* A table of ports (``| 2377/tcp | cluster management |``) → "Which port does … use?" cards and
  questions whose wrong options are the other ports of the table, and "What is port … used for?".
* A ``term | description`` table → "What is …?" / "What does … do?" cards, and a question whose
  wrong options are the other rows' descriptions.
* A wider table (``driver | scope | purpose``) → "What is the <column> of <term>?" cards.

Tables of dates, people, schedules or to-dos are not knowledge and give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..distractors import Bank
from ..drafts import Draft, card, question
from ..parser import Document, Span, Table
from . import phrasing as ph
from .base import Fact, draft_args
from .concept import ambiguous, context_label
from .numbers import PORTS

NAME = "tables"

_PORT = re.compile(
    r"^`?(?P<n>\d{2,5})(?:\s*/\s*(?P<proto>(?:tcp|udp)(?:\s*(?:[+/,&]|and)\s*(?:tcp|udp))*))?`?$",
    re.I,
)
_PROTO = re.compile(r"^(?:tcp|udp)(?:\s*(?:[+/,&]|and)\s*(?:tcp|udp))*$", re.I)
_NOISE_HEADER = re.compile(
    r"\b(date|when|day|time|week|who|owner|assignee|person|people|attendees?|presenter|host|"
    r"status|done|deadline|due|todo|to-?do|session|score|points?|chapter|page|link|url)\b",
    re.I,
)
_DOES = re.compile(r"^(what (it|they) does?|does|function|role|job|what for)$", re.I)
_PURPOSE = re.compile(r"^(purpose|used for|use|usage|what (it|they) (is|are) (used )?for)$", re.I)
_MEANS = re.compile(r"^(description|meaning|definition|what (it|they) (is|are)|explanation)$", re.I)
_KINDS = tx.wordset("driver mode policy plugin network instruction flag option key type command")
# Column headers that read as "What is the <noun> of <term>?" in a wider table.
_NOUNS = tx.wordset("scope default port protocol driver type path location command")
_PROPER = re.compile(r"`[^`]+`|[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,2}")
_VAGUE = tx.wordset("ingress none default global replicated")
_FLAG = re.compile(r"^(yes|no|y|n|x|-|\u2013|\u2014|✓|✔|✗|✘|n/a|true|false|\?)$", re.I)


@dataclass(eq=False)
class RowFact(Fact):
    term: str
    answer: str
    text: str  # the card's front
    kind: str  # "port", "describe" or "column"
    others: tuple[str, ...] = ()  # the other rows' answers: wrong options
    reverse: str = ""  # "What is port 2377 used for?"
    reverse_answer: str = ""


def _cells(row: tuple[Span, ...]) -> list[str]:
    return [tx.clean(c.text.replace("\n", " ")) for c in row]


def _noise(cell: str) -> bool:
    return bool(tx.DATE.match(cell) or tx.TODO.match(cell) or tx.LOGISTICS.search(cell))


def find(doc: Document) -> list[RowFact]:
    facts: list[RowFact] = []
    for table in doc.walk(Table):
        header = _cells(table.header)
        rows = [_cells(r) for r in table.rows if len(r) == len(header)]
        if len(header) < 2 or len(rows) < 2 or len(rows) != len(table.rows):
            continue
        if any(_NOISE_HEADER.search(h) for h in header):
            continue
        if any(not c or tx.has_url(c) or _noise(c) for row in rows for c in row):
            continue
        lines = [r[0].line for r in table.rows]
        found = _ports(doc, table, header, rows, lines)
        if found is None:
            found = _terms(doc, table, header, rows, lines)
        facts += found or []
    return facts


def _ports(doc, table: Table, header, rows, lines) -> list[RowFact] | None:
    port_col = next(
        (i for i in range(len(header)) if all(_PORT.match(r[i]) for r in rows)),
        None,
    )
    if port_col is None:
        return None
    if not (
        re.search(r"\bports?\b", header[port_col], re.I) or all("/" in r[port_col] for r in rows)
    ):
        return None
    proto_col = next(
        (i for i in range(len(header)) if i != port_col and all(_PROTO.match(r[i]) for r in rows)),
        None,
    )
    rest = [i for i in range(len(header)) if i not in (port_col, proto_col)]
    if len(rest) != 1:
        return []
    use = rest[0]
    ports = []
    for row in rows:
        found = _PORT.match(row[port_col])
        proto = found["proto"] or (row[proto_col] if proto_col is not None else "")
        proto = re.sub(r"\s*(?:[+/,&]|\band\b)\s*", "+", proto.strip()).lower()
        ports.append((found["n"], proto))
    if len({p for p, _ in ports}) != len(ports):
        return []
    facts = []
    for (number, proto), row, line in zip(ports, rows, lines, strict=True):
        purpose = tx.strip_end(row[use])
        if not 1 <= len(tx.words(purpose)) <= 10 or not 0 < int(number) < 65536:
            continue
        shown = f"{number}/{proto}" if proto else number
        facts.append(
            RowFact(
                block=table,
                lines=(line, line),
                source=doc.lines[line - 1],
                explanation=f"Port {shown}: {purpose}",
                term=shown,
                answer=number,
                text=f"Which port does {tx.uncapitalize(purpose)} use?",
                kind="port",
                others=tuple(p for p, _ in ports if p != number),
                reverse=f"What is port {shown} used for?",
                reverse_answer=tx.capitalize(purpose),
            )
        )
    return facts


def _terms(doc, table: Table, header, rows, lines) -> list[RowFact]:
    terms = [r[0].strip("*") for r in rows]
    if any(len(tx.words(t)) > 5 or re.search(r"[.!?;]$", t) or t[:1].isdigit() for t in terms):
        return []
    if len({tx.key(t) for t in terms}) != len(terms):
        return []
    columns = [
        i
        for i in range(1, len(header))
        if len({tx.key(r[i]) for r in rows}) > 1 and not any(_FLAG.match(r[i]) for r in rows)
    ]
    if not columns or len(header) > 5:
        return []
    wide = len(header) > 2
    if wide and not all(_PROPER.fullmatch(t) for t in terms):
        return []  # "ingress (default)": not a term a question can name
    context = context_label(table)
    facts = []
    for i in columns:
        name = tx.strip_end(header[i])
        if not (
            _DOES.match(name)
            or _PURPOSE.match(name)
            or _MEANS.match(name)
            or name.lower() in _NOUNS
        ):
            continue  # "What is the flag of …?", "… the behaviour of …?" read badly
        answers = [tx.strip_end(r[i]) for r in rows]
        for term, answer, line in zip(terms, answers, lines, strict=True):
            if len(tx.words(answer)) > 30:
                continue
            text = _front(term, header[0], name, wide=wide)
            if text is not None and _vague(term):
                # "host", "ingress": networking or publishing? Name the heading.
                text = (
                    f"In the context of {context}, {text[0].lower()}{text[1:]}" if context else None
                )
            if text is None:
                continue
            facts.append(
                RowFact(
                    block=table,
                    lines=(line, line),
                    source=doc.lines[line - 1] + "|" + name,
                    explanation=f"{term} ({name.lower()}): {answer}",
                    term=term,
                    answer=tx.capitalize(answer),
                    text=text,
                    kind="describe" if len(header) == 2 else "column",
                    others=tuple(tx.capitalize(a) for a in answers if a != answer),
                )
            )
    return facts


def _vague(term: str) -> bool:
    plain = term.strip("`*").lower()
    return ambiguous(plain) or plain in _VAGUE


def _front(term: str, first: str, name: str, wide: bool) -> str | None:
    subject = ph.mid_sentence(term)
    kind = tx.strip_end(first).lower()
    if re.fullmatch(r"`[^`]+`|[a-z][\w.-]*", term) and tx.singular(kind) in _KINDS:
        subject = f"the {term} {tx.singular(kind)}"  # "the `bridge` driver"
    plural = ph.be(term) == "are" and not subject.startswith("the ")
    if _DOES.match(name):
        return f"What {'do' if plural else 'does'} {subject} do?"
    if _PURPOSE.match(name):
        return f"What {'are' if plural else 'is'} {subject} used for?"
    if _MEANS.match(name):
        return f"What {'are' if plural else 'is'} {subject}?"
    if not wide and not re.fullmatch(r"[A-Za-z][\w -]*", name):
        return None
    if not wide and name.lower() in ("notes", "note", "comment", "comments", "details"):
        return None
    return f"What is the {name.lower()} of {subject}?"


def feed(doc: Document, facts: list[RowFact], bank: Bank) -> None:
    for fact in facts:
        if fact.kind == "port":
            bank.add("port", fact.answer)


def build(fact: RowFact, doc: Document, bank: Bank) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    shown = fact.term if fact.kind == "port" else fact.answer
    drafts = [card(kind="basic", text=fact.text, answer=shown, detail="row", **common)]
    if fact.reverse:
        drafts.append(
            card(
                kind="basic",
                text=fact.reverse,
                answer=fact.reverse_answer,
                detail="reverse",
                **common,
            )
        )
    if fact.kind == "port":
        wrong = list(fact.others)
        if len(wrong) < 3:
            wrong += bank.pick(
                "port",
                [fact.answer],
                seed=fact.source,
                exclude=[fact.answer, *wrong],
                fallback=list(PORTS),
                stem=fact.text,
            )[: 3 - len(wrong)]
        if len(wrong) >= 3:
            drafts.append(
                question(
                    text=fact.text,
                    correct=[fact.answer],
                    wrong=wrong[:3],
                    detail="port",
                    **common,
                )
            )
    elif fact.kind == "describe" and len(fact.others) >= 2:
        drafts.append(
            question(
                text=fact.text,
                correct=[fact.answer],
                wrong=list(fact.others[:3]),
                short_ok=len(fact.others) < 3,
                detail="describe",
                **common,
            )
        )
    return drafts
