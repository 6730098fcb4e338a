"""Numbers that matter (ports, counts of managers/nodes/replicas, defaults with a unit) → a cloze
card, and a question whose wrong options are other numbers of the same kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..distractors import Bank
from ..drafts import Draft, card, question
from ..parser import Document, ListItem, Paragraph, Span
from .asked import answers_a_question
from .base import Fact, context_chain, draft_args, is_explicit, span_of
from .bold import leans_back
from .number_options import converted, nearby
from .topic import in_topic, with_topic

NAME = "numbers"
BLANK = "[...]"
PORTS = tx.DOCKER_PORTS

_NUMBER = re.compile(
    r"(?<![\w.,:/$#-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<u>ms|s|m|h|d|[kmg]i?b)?(?![\w,:-]|\.\d|/\d)",
    re.IGNORECASE,
)
_PORT_PAREN = re.compile(
    r"\b(?P<n>\d{2,5})/(?:tcp|udp)(?:[+/](?:tcp|udp))*\s*\((?P<desc>[^()]+)\)", re.I
)
# "2377/tcp swarm management, 7946/tcp+udp gossip, 4789/udp VXLAN": ports and their jobs in a row
_PORT_RUN = re.compile(
    r"(?:^|[,;:]\s*)(?P<n>\d{2,5})/(?:tcp|udp)(?:[+/](?:tcp|udp))*\s+"
    r"(?P<desc>[A-Za-z][\w /-]{1,40}?)\s*(?=[,;.]|$)",
    re.I,
)
_EXAMPLE = re.compile(r"^\W*(for example|for instance|example|e\.g\.?|eg|say)\b", re.I)
_PORT_FACT = re.compile(r"\b(default|listens?|must be open|required|reserved|standard)\b", re.I)
_PORT_WORD = re.compile(r"\b(ports?|tcp|udp)\b", re.IGNORECASE)
_COUNT = re.compile(
    r"^\s*(?:-\s*)?(?P<noun>managers?|nodes?|workers?|replicas?|members?|failures?|copies|"
    r"instances?|layers?|tasks?|containers?|votes?|syscalls?|system calls?|capabilities|"
    r"retries|attempts?)\b",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"^\s*(?P<unit>ms|s|secs?|seconds?|minutes?|mins?|hours?|h|days?|weeks?|months?|years?|"
    r"[kmgt]i?b|%|percent)\b",
    re.IGNORECASE,
)
_DEFAULT = re.compile(
    r"\b(default|defaults|maximum|minimum|max|min|limit|every|expires?|expiry|timeout|"
    r"interval|quorum|majority|tolerates?|at least|at most|up to|recommended|"
    r"after|about|approximately|roughly|around|waits?|rotated?|rotates|blocks?|retains?|"
    r"grace|within)\b",
    re.IGNORECASE,
)
_SKIP_BEFORE = re.compile(
    r"(chapters?|ch\.?|version|v|page|pages|step|part|section|server|"
    r"windows|ubuntu|rhel|centos|debian|python|item|no\.)\s*$",
    re.I,
)
_ITEM = re.compile(
    r"^(?P<n>\d{2,5})(?:\s*/\s*(?:tcp|udp))?(?:\s*(?:and|&|/|,|\+)?\s*(?:tcp|udp))*"
    r"\s*(?:->|=>|\u2192|[-:=\u2013\u2014(]|for|is)\s*(?P<desc>[^()]+?)"
    r"(?:\)|\s*\((?P<aside>[^()]{1,40})\))?$",
    re.IGNORECASE,
)


@dataclass(eq=False)
class NumberFact(Fact):
    text: str
    number: str
    kind: str
    avoid: tuple[str, ...]
    port_use: str = ""


def find(doc: Document) -> list[NumberFact]:
    facts: list[NumberFact] = []
    for block in doc.walk((Paragraph, ListItem)):
        span = span_of(block)
        if span is None or is_explicit(span) or tx.has_url(span.text):
            continue
        if answers_a_question(doc, block):
            continue  # the author's own question and answer make the card
        context = " ".join(context_chain(block)[:2])
        if isinstance(block, ListItem):
            fact = _port_item(block, span, context)
            if fact is not None:
                facts.append(fact)
                continue
        for start, end in tx.sentence_spans(span.text):
            inline = _inline_ports(block, span, start, end)
            facts += inline or _in_sentence(block, span, start, end, context, doc.topic)
    return _one_per_port(facts)


def _one_per_port(facts: list[NumberFact]) -> list[NumberFact]:
    """A note that names port 4789 in four places gives one item on it, not four: "Which port
    is used for …?" where the notes say what it is for, else the first sentence."""
    best: dict[str, NumberFact] = {}
    for fact in facts:
        if fact.kind == "port":
            kept = best.get(fact.number)
            if kept is None or (fact.port_use and not kept.port_use):
                best[fact.number] = fact
    return [f for f in facts if f.kind != "port" or best[f.number] is f]


def _port_item(block: ListItem, span: Span, context: str) -> NumberFact | None:
    """``2377/tcp - cluster management`` under a lead about ports."""
    text = tx.clean(span.text.replace("`", ""))
    found = _ITEM.match(text)
    if not found or not (_PORT_WORD.search(context) or _PORT_WORD.search(text)):
        return None
    desc = tx.strip_end(found["desc"])
    if not 1 <= len(tx.words(desc)) <= 8 or not 0 < int(found["n"]) < 65536:
        return None
    aside = found["aside"] or ""
    if re.search(r"\bport\b", desc, re.I) and not _PORT_DESC.match(desc):
        return None  # "2375 - unencrypted daemon TCP port": "Which port is used for … port?"
    if "!" in aside or "?" in aside:
        return None  # "2375 - unencrypted (don't!!)": the sentence tells more than its item
    if aside:
        desc = f"{desc} ({aside})"  # "control plane gossip (node discovery)"
    return NumberFact(
        block=block,
        lines=(span.line, span.line),
        source=span.raw,
        explanation=text,
        text=port_question(desc, context, found["n"]),
        number=found["n"],
        kind="port",
        avoid=(),
        port_use=desc,
    )


_PORT_DESC = re.compile(
    r"^(?:the\s+)?(?P<default>default\s+)?(?:port|tcp port|udp port)\s+(?:used\s+)?(?:for|by)\s+"
    r"(?P<what>.+)$",
    re.I,
)


# Where each of Docker's ports belongs, for a question that does not say it.
_PORT_TOPIC = {
    "2377": "Docker Swarm",
    "7946": "Docker Swarm",
    "4789": "overlay networking",
    "2375": "the Docker daemon",
    "2376": "the Docker daemon",
}


def _port_topic(question: str, topic: str) -> str:
    """ "Which port is used for TLS?" → "In the Docker daemon, which port is used for TLS?":
    a port question names where the port belongs unless it names Docker or Swarm itself."""
    if not topic or re.search(r"\b(?:docker|swarm|vxlan|overlay|ucp|dtr)\b", question, re.I):
        return in_topic(question, topic)
    return f"In {topic}, {question[0].lower()}{question[1:]}"


def port_question(desc: str, context: str, number: str = "") -> str:
    """ "the default port for cluster management traffic" → "Which port does swarm cluster
    management traffic use by default?"; "gossip" → "In Docker Swarm, which port is used for
    gossip?"."""
    desc = re.sub(r"^(?:for|used for|is for)\s+", "", tx.unabbreviate(desc), flags=re.I)
    desc = re.split(r",\s*\d{2,5}\b|\s=\s", desc)[0].strip()  # "unencrypted, 2376 = TLS"
    found = _PORT_DESC.match(desc)
    if not found:
        return _port_topic(
            f"Which port is used for {tx.uncapitalize(desc)}?", _PORT_TOPIC.get(number, "")
        )
    what = re.sub(r"^(?:the\s+)?", "", found["what"])
    if "swarm" in context.lower() and "swarm" not in what.lower():
        what = f"swarm {what}"
    return f"Which port does {what} use{' by default' if found['default'] else ''}?"


def _inline_ports(block, span: Span, start: int, end: int) -> list[NumberFact]:
    """ "2377/tcp (cluster management), 7946/udp (gossip)": which port is used for what."""
    sentence = span.text[start:end]
    facts = []
    found_all = list(_PORT_PAREN.finditer(sentence))
    if not found_all:
        run = list(_PORT_RUN.finditer(tx.strip_end(sentence)))
        found_all = run if len(run) >= 2 else []
    for found in found_all:
        desc = tx.strip_end(found["desc"])
        if not 1 <= len(tx.words(desc)) <= 8 or found["n"] not in PORTS:
            continue
        facts.append(
            NumberFact(
                block=block,
                lines=span.lines_of(start, end),
                source=f"{found.group(0)} | {sentence}",
                explanation=tx.clean(sentence),
                text=port_question(desc, "", found["n"]),
                number=found["n"],
                kind="port",
                avoid=(),
                port_use=desc,
            )
        )
    return facts


_LOGISTICS = re.compile(
    r"\b(?:lab vms?|vms?\b.{0,40}\bexpire|expires? after|meetings?|next "
    r"(?:week|session|time|meeting)|homework|voucher|booked|sign(?:ed)? up|play[- ]with[- ]docker|"
    r"zoom|slack|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\bat \d{1,2}[:.]\d{2}\b",
    re.I,
)
# A person doing something: "Jonas set up 3 nodes", "Marco will host".
_PERSON = re.compile(
    r"\b[A-Z][a-z]+ (?:set up|will|said|says|summari[sz]ed|booked|led|presented|showed|asked)\b"
)
_LOGISTICS_HEADING = re.compile(r"\b(?:logistics|admin|housekeeping|agenda|next steps)\b", re.I)


_EQUATION = re.compile(r"^\[\.\.\.\]\s*(?P<unit>[A-Za-z]+)?\s*=\s*(?P<what>[^=]+)$")
_STEP = re.compile(r"\s(?:->|\u2192|=>)\s")
_IP = re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")
_APPROXIMATE = re.compile(r"(?:~|≈|\bapprox\.?|\broughly)\s*$", re.I)
_ALTERNATIVE = re.compile(r"\d\s*(?:or|/)\s*$")
_ALTERNATIVE_AFTER = re.compile(r"^\s*(?:or|/)\s*\d")


_ANY_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")


def _in_sentence(
    block, span: Span, start: int, end: int, context: str, topic: str = ""
) -> list[NumberFact]:
    sentence = span.text[start:end]
    if not any(c.isdigit() for c in sentence):
        return []  # no number to blank (most sentences): skip the checks below
    if (
        tx.is_noise(sentence)
        or len(tx.words(sentence)) < 5
        or tx.DATE.search(sentence)
        or tx.personal(sentence)
        or tx.shorthand_line(sentence)
        or leans_back(tx.drop_connective(sentence))
        or tx.is_question(sentence)  # "… always waits full 10s?": the author is unsure
        or sentence.rstrip().endswith(":")  # "DTR - … (both want 443 -> port clash):": a lead
        or len(tx.words(re.sub(r"`[^`]*`|\([^()]*\)", " ", sentence))) < 4  # mostly a command
    ):
        return []
    if (
        _LOGISTICS.search(sentence)
        or _PERSON.search(sentence)
        or any(_LOGISTICS_HEADING.search(h) for h in block.section)
    ):
        return []  # "Lab VMs … expire after 4 h", "meet at 7pm": the group's plans, not Docker
    if _EXAMPLE.match(sentence):
        return []  # "For example, … port 80 …": an example value, not a fact
    crammed = (sentence.count(",") >= 3 and len(tx.words(sentence)) > 18) or len(
        re.findall(r"(?<![\w.])\d{2,5}\b", sentence)
    ) >= 4  # "Ports to remember: 443 UI, 2376 engine, 2377 swarm, 6443 …": each gives the next
    crammed = crammed or len(_ANY_NUMBER.findall(sentence)) >= 5  # "8GB RAM, 4GB, 2 vCPU, …"
    if crammed or len(tx.words(sentence)) > 32 or len(_STEP.findall(sentence)) >= 3:
        return []  # "Mutual TLS, CA on managers, certs rotate every 90 days, …": a note dump
    if _IP.search(sentence):
        return []  # a packet walk-through with lab addresses: no one sentence to recall
    found_all = [
        m
        for m in _NUMBER.finditer(sentence)
        if not _in_code(sentence, m.start())
        and not _repeated(m["n"], span.text)
        and not _example_value(sentence[: m.start()], sentence[m.end() :])
    ]
    numbers = tuple(m.group(0) for m in _NUMBER.finditer(sentence))
    facts = []
    for m in found_all:
        before, after = sentence[: m.start()], sentence[m.end() :]
        if _SKIP_BEFORE.search(before) or re.match(r"^\s*(st|nd|rd|th)\b", after):
            continue
        if re.search(r"=\s*$", before) or re.search(r"\d+[hms]`?\)?\s*\(?\s*(?:=\s*)?$", before):
            continue  # "`--cert-expiry 720h` = [...] days", "720h` ([...] days)": arithmetic
        if converted(m["n"], (m["u"] or "") + after, sentence):
            continue  # "--cert-expiry 720h → rotate every [...] days": 720 / 24, not a fact
        kind = _kind(m["n"], sentence, before, (m["u"] or "") + after)
        if kind is None or len(facts) == 2:
            continue  # two clozes per sentence are plenty
        if (
            _APPROXIMATE.search(before)
            or _ALTERNATIVE.search(before)
            or _ALTERNATIVE_AFTER.match(after)
        ):
            continue  # "~7 MB", "3 or [...] managers": no single right number to recall
        hidden = tx.clean(tx.drop_asides(sentence[: m.start()] + BLANK + sentence[m.end() :]))
        if BLANK not in hidden:
            continue  # "(… see ch16, min 8GB RAM …)": the whole sentence was an aside
        hidden = tx.join_label(tx.drop_connective(tx.unabbreviate(hidden)))
        hidden = re.sub(r"\s*\([^()]*\s=\s[^()]*\)", "", hidden)  # "(`720h` = 30 days)"
        equation = _EQUATION.match(hidden)
        if equation:  # "[...] KB = max size of a secret" → "Max size of a secret is [...] KB."
            unit = f" {equation['unit']}" if equation["unit"] else ""
            hidden = f"{tx.capitalize(tx.strip_end(equation['what']))} is {BLANK}{unit}."
        hidden = with_topic(tx.capitalize(hidden), block, span.text, start, topic)
        if hidden is None:
            continue  # "[...]/tcp + udp (gossip)" under no heading that says what it is about
        if kind == "port" and m.group(0) in _PORT_TOPIC:  # "Port convention: [...] = …"
            hidden = _port_topic(hidden, _PORT_TOPIC[m.group(0)])  # in the Docker daemon
        else:
            hidden = in_topic(hidden, topic)  # "Client certs rotate every [...] days": in Swarm
        facts.append(
            NumberFact(
                block=block,
                lines=span.lines_of(start, end),
                source=sentence,
                explanation=tx.clean(sentence),
                text=hidden,
                number=m.group(0),
                kind=kind,
                avoid=numbers,
            )
        )
    return facts


_HERE = re.compile(
    r"^\s*(?:[a-z]{1,7}\s+)?(?:here|in this example|in the example|in this case|below|above)\b|"
    r"^[^.;]{0,20}\b(?:e\.g\.?|for example|for instance)",
    re.I,
)
_EG_BEFORE = re.compile(
    r"(?:e\.g\.?|for example|for instance|such as|say|like)\s*,?\s*\S*\s*$", re.I
)


def _repeated(number: str, text: str) -> bool:
    """ "`--update-delay 20s` waits 20 seconds": the blank is given away elsewhere."""
    return len(re.findall(rf"(?<![\d.]){re.escape(number)}(?![\d])", text)) > 1


def _example_value(before: str, after: str) -> bool:
    """ "(8080 here)", "e.g. 5000": a value of one example, not a fact to learn."""
    return bool(_HERE.match(after) or _EG_BEFORE.search(before))


def _in_code(sentence: str, offset: int) -> bool:
    return sentence.count("`", 0, offset) % 2 == 1


def _kind(number: str, sentence: str, before: str, after: str) -> str | None:
    value = float(number.replace(",", ""))
    port_like = re.fullmatch(r"\d{2,5}", number) and 0 < value < 65536
    if re.match(r"^\s*/\s*(tcp|udp)\b", after, re.I) or (port_like and _PORT_WORD.search(sentence)):
        # a port that matters: a well-known Docker port, or one the sentence states as a rule
        if number == "5000" and not re.search(r"\bregistr", sentence, re.I):
            return None  # "only one container can bind host port 5000": a lab's port
        return "port" if number in PORTS or _PORT_FACT.search(sentence) else None
    if 1900 <= value <= 2100:
        return None  # a year
    # Counts and amounts only next to a word that makes them a rule ("tolerate", "default")
    near = " ".join(before.split()[-6:] + after.split()[:6])
    if not (_DEFAULT.search(near) or before.rstrip().endswith("~")):
        return None
    count = _COUNT.match(after)
    if count and value < 1000 and "." not in number:
        return f"count:{tx.singular(count['noun'].lower())}"
    unit = _UNIT.match(after)
    if unit:
        return f"unit:{unit['unit'].lower()}"
    return None


def feed(doc: Document, facts: list[NumberFact], bank: Bank) -> None:
    for fact in facts:
        bank.add(fact.kind, fact.number)


def build(fact: NumberFact, doc: Document, bank: Bank) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    drafts = [
        card(
            kind="cloze" if not fact.port_use else "basic",
            text=fact.text,
            answer=fact.number,
            detail=fact.number,
            **common,
        )
    ]
    # Counts: any nearby number might also be true (4 managers also tolerate 1 failure), so
    # wrong options for counts come only from the notes.
    fallback: list[str] = []
    if fact.kind == "port":
        fallback = list(PORTS)
    elif fact.kind.startswith("unit"):
        fallback = nearby(fact.number, fact.kind, fact.text)
    wrong = bank.pick(
        fact.kind,
        [fact.number],
        seed=fact.source + fact.number,
        exclude=[a for a in fact.avoid if a != fact.number],
        fallback=fallback,
        stem=fact.text,
    )
    if len(wrong) >= 3:
        drafts.append(
            question(
                text=fact.text, correct=[fact.number], wrong=wrong, detail=fact.number, **common
            )
        )
    return drafts
