"""GFM tables → cards per row.

* A table of ports (``| 2377/tcp | cluster management |``) → "Which port does … use?" cards and
  questions whose wrong options are the other ports of the table, and "What is port … used for?".
* A ``term | description`` table → "What is …?" / "What does … do?" cards, and a question whose
  wrong options are the other rows' descriptions, when all of them are of one kind and none
  gives itself away.
* A wider table (``driver | scope | purpose``) → "What is the <column> of <term>?" cards.
* A table of configuration keys (``| `update_config.parallelism` | how many … |``) → "In a
  stack file, what is the `…` key for?", or "Which values can … take?" when the cell only
  lists them; never a key its own name explains, nor a cell about a sub-option.

Rows of commands (``| `docker stack ls` | … |``, ``| `pull` | … |`` under "`docker image`
subcommands") belong to the commands rule.

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
from . import table_phrasing as tp
from .base import Fact, context_chain, draft_args
from .command_shape import (
    CLI,
    bare_subcommand,
    command_table,
    table_context,
)
from .concept import context_label
from .numbers import PORTS, port_question
from .terms import shape
from .topic import in_topic

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
# Column headers that read as "What is the <noun> of <term>?" in a wider table.
_NOUNS = tx.wordset("scope default port protocol driver type path location command")
_PROPER = re.compile(r"`[^`]+`|[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,2}")
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
        # Command rows are the commands rule's: "What does `pull` do?" names no family.
        context = table_context(doc, table)
        commands = command_table(header[0], context)
        kept = [
            (row, line)
            for row, line in zip(rows, lines, strict=True)
            if not _command_cell(row[0], commands)
        ]
        if len(kept) < 2:
            continue
        rows, lines = [r for r, _ in kept], [n for _, n in kept]
        found = _ports(doc, table, header, rows, lines)
        if found is None:
            found = _terms(doc, table, header, rows, lines)
        facts += found or []
    return facts


def _command_cell(cell: str, commands: str) -> bool:
    found = re.fullmatch(r"`([^`]+)`", cell.strip())
    if found and CLI.match(found[1].strip()):
        return True
    return bool(commands) and bare_subcommand(cell, plain=commands == "header") is not None


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
    context = " ".join(context_chain(table)[:2])  # "Swarm ports": the port is the swarm's
    for (number, proto), row, line in zip(ports, rows, lines, strict=True):
        purpose = tx.unabbreviate(tx.strip_end(row[use]))
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
                text=port_question(purpose, context, number),
                kind="port",
                others=tuple(p for p, _ in ports if p != number),
                reverse=f"What is port {shown} used for?",
                reverse_answer=tx.capitalize(purpose),
            )
        )
    return facts


# A first column that says where or on what a row holds, not what it is about.
_WHERE_COLUMN = tx.wordset("where os platform distro system host environment init")
# "no …", "only …", "nothing …": an answer about what a thing does not do reads as no noun
_DOING = ("no ", "only ", "nothing", "not ", "none")


def _terms(doc, table: Table, header, rows, lines) -> list[RowFact]:
    # "`--mode replicated` (default)": the note says which is the default, the name is the rest
    terms = [re.sub(r"\s*\(default\)\s*$", "", r[0].strip("*"), flags=re.I) for r in rows]
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
    keys = _key_table(header[0], terms)
    if wide and not keys and not all(_PROPER.fullmatch(t) for t in terms):
        return []  # "ingress (default)": not a term a question can name
    context = context_label(table)
    owner = _key_owner(doc, table) if keys else ("", "")
    # "## Filters for `docker image ls --filter`": the command the rows belong to
    near = table.section[-1] if table.section else ""
    found = re.search(r"`(docker [^`]+)`", near)
    owned = f"`{found[1]}`" if found else ""
    facts = []
    for i in columns:
        name = tx.strip_end(header[i])
        if not (
            tp.DOES.match(name)
            or tp.PURPOSE.match(name)
            or tp.MEANS.match(name)
            or name.lower() in _NOUNS
        ):
            continue  # "What is the flag of …?", "… the behaviour of …?" read badly
        answers = [tx.unabbreviate(tx.strip_end(r[i])) for r in rows]
        kind = name.lower()
        # "| older RHEL | devicemapper |" under "Storage drivers": which driver the rows name;
        # "| Where | Location |" under "Daemon logs": the rows say where, the heading what
        qualified = re.search(rf"\b([a-z]+)\s+{re.escape(kind)}s?\b", (context or "").lower())
        where = tx.strip_end(header[0]).lower() in _WHERE_COLUMN
        for term, answer, line in zip(terms, answers, lines, strict=True):
            if len(tx.words(answer)) > 30 or (wide and "(" in term):
                continue  # "Linux (default today)": a row label with a note, no term
            describes = tp.DOES.match(name) or tp.PURPOSE.match(name) or tp.MEANS.match(name)
            if keys and describes and "`" in term:  # a plain "Name" reads as any other term
                fact = _key_fact(doc, table, term, answer, name, line, owner)
                if fact is not None:
                    facts.append(fact)
                continue
            text = tp.front(term, header[0], name, wide=wide)
            if text is not None and context and text.startswith(f"What is the {kind} of "):
                if qualified:  # "What is the storage driver of SUSE?"
                    text = text.replace(f"the {kind} of", f"the {qualified[1]} {kind} of", 1)
                elif where:  # "What is the location of daemon logs on systemd?"
                    text = f"What is the {kind} of {context} on {term}?"
            does = re.fullmatch(r"What does (?P<subject>.+) do\?", text or "")
            if (
                does
                and "`" not in does["subject"]  # an instruction or a flag does something
                and shape(answer) == "noun"
                and not answer.lower().startswith(_DOING)
            ):
                text = f"What is {does['subject']}?"  # "| image ID | hash of the config JSON |"
            if text is not None and re.fullmatch(r"What is an? [a-z]+\?", text):
                text = in_topic(text, doc.topic or "Docker")  # "What is a client?": whose?
            switched = tp.ON_OFF.match(answer)
            if name.lower() == "default" and text is not None:
                subject = ph.mid_sentence(term)
                if switched:  # "| autolock | off |" → "Is autolock on by default?" → "No"
                    text = f"{ph.be(term).capitalize()} {subject} on by default?"
                    answer = ("Yes" if switched[1].lower() in tp.ON else "No") + answer[
                        switched.end() :
                    ].rstrip()
                else:
                    text = f"What is the default for {subject}?"  # "… for AppArmor?"
                text = in_topic(text, doc.topic)
            if text is not None and text.startswith("What does the `") and owned:
                text = f"In {owned}, {text[0].lower()}{text[1:]}"
            elif text is not None and tp.vague(term):
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
                    text=tx.unabbreviate(text),
                    kind="describe" if len(header) == 2 else "column",
                    others=tuple(tx.capitalize(a) for a in answers if a != answer),
                )
            )
    return facts


# --- tables of configuration keys -----------------------------------------------------------

_KEY_HEADERS = tx.wordset("key field setting property parameter directive")
_KEY = re.compile(r"`(?P<key>[A-Za-z_][\w.-]*)`")
_IDENT = re.compile(r"`[a-z_][\w-]*(?:\.[\w-]+)*`")
# "`external: true` = must already exist": the cell explains one value, not the key.
_SUB_OPTION = re.compile(r"^`[^`]*[:=][^`]*`|^`[^`]+`\s*(?:=|:|->|\u2192|=>)")
# "`pause` (default), `continue`, `rollback`": only the values the key takes.
_VALUE_LIST = re.compile(r"^`[^`]+`(?:\s*(?:,|/|\||\bor\b|\band\b)\s*`[^`]+`)+$")
_SIMPLE_VALUE = re.compile(r"^[\w-]+$")
# "overlay by default in swarm": the key's default, not what it is for.
_DEFAULT_FIRST = re.compile(
    r"^\S+\s+(?:is\s+)?(?:the\s+)?(?:by\s+)?default\b|^defaults?(?:\s*[:=]|\s+(?:is|to)\b)",
    re.I,
)
_FILES = (
    (re.compile(r"\bstack\s+files?\b|\bstacks?\b", re.I), "a stack file"),
    (re.compile(r"\bcompose\b|\bcompose\.ya?ml\b", re.I), "a Compose file"),
    (re.compile(r"\bdaemon\.json\b", re.I), "`daemon.json`"),
    (re.compile(r"\bdockerfiles?\b", re.I), "a Dockerfile"),
)
_SECTION = re.compile(r"^`(?P<key>[\w.-]+)`\s+(?:keys|options|settings|fields|section)\b", re.I)


def _key_table(first: str, terms: list[str]) -> bool:
    """A table whose first column is configuration keys: its header says "Key" (or "Field",
    "Setting"), or every term is a code identifier and most are dotted (``update_config.x``)."""
    if tx.singular(tx.strip_end(first).lower()) in _KEY_HEADERS:
        return True
    if not all(_IDENT.fullmatch(t) for t in terms):
        return False
    return 2 * sum(("." in t or "_" in t) for t in terms) > len(terms)


def _key_owner(doc: Document, table: Table) -> tuple[str, str]:
    """(the file the keys belong to, the key they sit under) as the headings and the lead
    say: ("a stack file", "deploy") under "Ch14 Stacks", then "`deploy` keys"."""
    texts = list(reversed(table.section))
    before = doc.neighbour(table, -1)
    if before is not None and hasattr(before, "span") and before.span is not None:
        texts.insert(0, tx.clean(before.span.text))
    texts = [re.sub(r"\s*\([^()]*\)", "", t) for t in texts]  # "(ignored by `compose up`)"
    found = next((name for text in texts for pattern, name in _FILES if pattern.search(text)), "")
    nearest = table.section[-1] if table.section else ""
    section = _SECTION.match(nearest)
    return found, section["key"] if section else ""


def _key_fact(doc, table, term, answer, name, line, owner) -> RowFact | None:
    """One row of a key table, or None: a cell about a sub-option, a key its own name
    explains ("`services`: one entry per service"), or a default rather than a meaning."""
    key = _KEY.fullmatch(term)
    if key is None:
        return None  # "`resources.limits` / `reservations`": not one key
    cell = answer.strip()
    if _SUB_OPTION.match(cell) or _DEFAULT_FIRST.match(cell):
        return None
    values = re.sub(r"\s*\([^()]*\)", "", cell)
    listed = _VALUE_LIST.fullmatch(values)
    if listed is None and cell.startswith("`"):
        return None  # "`node.role`, `node.id`, …": names to use, not what the key is for
    if listed is not None:
        if not all(_SIMPLE_VALUE.match(v) for v in re.findall(r"`([^`]+)`", values)):
            return None
        ask = f"which values can the {term} key take?"
    else:
        last = re.split(r"[._-]", key["key"])[-1].lower()
        said = {tx.singular(w) for w in tx.content_words(re.sub(r"`[^`]*`", "", cell))}
        if tx.singular(last) in said:
            return None  # "`volumes`: named volumes" gives itself away
        ask = f"what is the {term} key for?"
    where, under = owner
    top = "top-level " if table.section and "top-level" in table.section[-1].lower() else ""
    if under and where:
        text = f"In the `{under}` section of {where}, {ask}"
    elif under:
        text = f"In the `{under}` section, {ask}"
    elif where:
        text = f"In {where}, {ask.replace('the ', f'the {top}', 1)}"
    elif tp.vague(term):
        return None  # "mode": of what?
    else:
        text = tx.capitalize(ask.replace("the ", f"the {top}", 1))
    return RowFact(
        block=table,
        lines=(line, line),
        source=doc.lines[line - 1] + "|" + name,
        explanation=f"{term} ({name.lower()}): {cell}",
        term=term,
        answer=tx.capitalize(cell),
        text=text,
        kind="key",
    )


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
    elif fact.kind == "describe" and len(fact.others) >= 2 and _one_kind(fact):
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


def _one_kind(fact: RowFact) -> bool:
    """Whether the other rows' descriptions make fair wrong options: all options say the same
    kind of thing (all verb phrases or none, code in all or none, of like length) and the
    right one does not share a word with the term ("`volumes`" → "named volumes" is a
    giveaway)."""
    options = [fact.answer, *fact.others[:3]]
    term = {tx.singular(w) for w in tx.content_words(fact.term)}
    if term & {tx.singular(w) for w in tx.content_words(fact.answer)}:
        return False
    shapes = set()
    sizes = []
    for option in options:
        words = tx.words(option)
        if not words:
            return False
        verb = tx.base_verb(words[0], tx.MORE_VERBS) is not None and not words[0].endswith("ing")
        shapes.add((verb, "`" in option, ":" in option or ";" in option))
        sizes.append(len(words))
    return len(shapes) == 1 and max(sizes) <= 2 * min(sizes) + 2
