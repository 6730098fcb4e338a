"""A command in backticks with what it does → "Which command lists the nodes?".

Finds "List the nodes with `docker node ls`", "Inspect, `docker inspect web:latest`",
"`docker node ls` - list nodes", "The `docker exec` command runs ...", "Use `X` to ...",
a lead "To list nodes:" over a code block, ``# comment`` lines above a command in a code
block, and two-column tables of commands. Wrong options are other real commands of the notes,
padded from a small bank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import text as tx
from ..distractors import COMMANDS, Bank, command_head
from ..drafts import Draft, card, question
from ..parser import Code, Document, ListItem, Paragraph, Table
from . import phrasing as ph
from .base import Fact, draft_args, is_explicit, span_of
from .command_keys import OUTPUT_ONLY, ambiguous, key_part
from .command_shape import reads_well, same_shape

NAME = "commands"

CLI = re.compile(
    r"^(?:sudo\s+)?(docker(?:-compose)?|dockerd|kubectl|systemctl|journalctl|notary)\b"
)
_CODE = r"`(?P<cmd>[^`]+)`"
_PATTERNS = (
    re.compile(
        rf"^(?P<desc>.+?)[\s,:]+(?:with|using|via|by running|run|:|,|-|\u2013|=>|->)\s*{_CODE}$"
    ),
    re.compile(rf"^(?P<desc>[^`]+?)\s*[,:]\s*{_CODE}$"),
    re.compile(rf"^{_CODE}\s*(?:-|\u2013|\u2014|:|=>|->)\s*(?P<desc>.+)$"),
    re.compile(
        rf"^(?:the\s+)?{_CODE}(?:\s+command)?\s+(?:is used to|can be used to|lets you|"
        rf"allows you to|will|to|is for)\s+(?P<desc>.+)$",
        re.I,
    ),
    re.compile(rf"^(?:the\s+)?{_CODE}(?:\s+command)?\s+(?P<desc>[a-z]+s\b.*)$", re.I),
    re.compile(
        rf"^(?:first\s+|then\s+)?(?:use|run|type)\s+(?:the\s+)?{_CODE}(?:\s+command)?"
        rf"(?:\s+on\s+(?:the|a|each|every)\s+\w+)?\s+to\s+(?P<desc>.+)$",
        re.I,
    ),
    re.compile(rf"^to\s+(?P<desc>[^`]+?),\s*(?:use|run|type)\s+{_CODE}$", re.I),
)
_LEAD = re.compile(
    r"^(?:to\s+|you can\s+|we can\s+)?(?P<desc>[^`]+?)(?:\s+(?:with|using|by running|run))?\s*:$",
    re.I,
)
_DEICTIC = re.compile(
    r"\b(this|that|these|those|here|above|below|following|it|them|progress|stuff)\b", re.I
)
_LABEL = re.compile(r"^[A-Z][\w ]{0,24}:\s+(?=`)")
_COMMENT = re.compile(r"^\s*#\s*(?P<desc>.+?)\s*$")
_PROMPT = re.compile(r"^\s*(?:\$|#|>)\s+")


@dataclass(eq=False)
class CommandFact(Fact):
    command: str
    does: str  # third person: "lists the nodes"


def find(doc: Document) -> list[CommandFact]:
    facts: list[CommandFact] = []
    for block in doc.walk((Paragraph, ListItem, Code, Table)):
        if isinstance(block, Code):
            facts += _from_code(doc, block)
        elif isinstance(block, Table):
            facts += _from_table(block)
        else:
            span = span_of(block)
            if span is None or is_explicit(span):
                continue
            if not span.code:
                fact = _bare(block, span)  # "docker swarm join -> Join an existing swarm"
                if fact is not None:
                    facts.append(fact)
                continue
            for start, end in tx.sentence_spans(span.text):
                fact = _from_variants(block, span, start, end)
                if fact is not None:
                    facts.append(fact)
    return [tidied for fact in facts if (tidied := tidy(fact)) is not None]


def _from_variants(block, span, start: int, end: int) -> CommandFact | None:
    """Try the sentence as written, without a leading label ("Troubleshooting: …"), and
    without a trailing aside ("… `docker node ls` - you'll see the manager")."""
    sentence = tx.strip_end(span.text[start:end])
    unlabelled = _LABEL.sub("", sentence)
    variants = [sentence, unlabelled, re.split(r"(?<=`)\s+(?:-|\u2013|\u2014|;)\s+", sentence)[0]]
    lines = span.lines_of(start, end)
    for variant in variants:
        fact = _from_sentence(block, variant, lines, span.raw)
        if fact is not None:
            return fact
    return None


_BARE_CMD = r"(?P<cmd>(?:sudo\s+)?docker(?:-compose)?(?:\s+(?![:\-]+(?:\s|$))[^\s(\[,]+)+?)"
_BARE = (
    re.compile(rf"^{_BARE_CMD}\s+(?:-|->|=>|:|\u2013|\u2014)\s+(?P<desc>[^:]+?)\.?$"),
    re.compile(rf"^(?P<desc>[^:`]{{3,60}}?)\s*:\s+{_BARE_CMD}\s*$"),
)


def _bare(block, span) -> CommandFact | None:
    """A command written without backticks at the start or end of a list item."""
    text = tx.strip_end(span.text.split("\n")[0])
    if not isinstance(block, ListItem) or tx.has_url(text):
        return None
    for pattern in _BARE:
        found = pattern.match(text)
        if found and is_command(found["cmd"]):
            does = _does(found["desc"], found["cmd"])
            if does is not None:
                line = (span.line, span.line)
                return CommandFact(block, line, text, text, command=found["cmd"], does=does)
    return None


def is_command(text: str) -> bool:
    text = text.strip()
    return bool(CLI.match(text)) and len(text) <= 90 and "\n" not in text


def _from_sentence(block, sentence: str, lines, raw: str) -> CommandFact | None:
    if sentence.count("`") != 2:
        return None
    for pattern in _PATTERNS:
        found = pattern.match(sentence)
        if not found:
            continue
        command = found["cmd"].strip()
        does = _does(found["desc"], command)
        if not is_command(command) or does is None:
            return None
        return CommandFact(block, lines, sentence, sentence, command=command, does=does)
    return None


def _does(desc: str, command: str) -> str | None:
    desc = _ASIDE.sub("", desc)  # "deletes ALL images -- careful", "removes … too"
    desc = re.sub(
        r"\b(?:ALL|NOT|NEVER|ONLY|ALWAYS|EVERY|ANY)\b", lambda m: m.group(0).lower(), desc
    )  # "ALL" → "all"
    desc = tx.strip_end(re.sub(r"\s*\([^()]*\)\s*$", "", tx.strip_end(desc)))
    desc = re.sub(r"^(?:this|the)\s+command\s+", "", desc, flags=re.I)
    desc = re.sub(
        r"^(\w+ing\b.*?)\s+(?:is|are)\s+done$", r"\1", desc
    )  # "Deleting X is done"  # "This command lists …"
    desc = re.sub(r"^(?:to|will|can|you can|we can|used to)\s+", "", desc, flags=re.I)
    desc = re.sub(r"(?:\s+(?:with|using|via|by|by running|run|:))+$", "", desc, flags=re.I)
    words = desc.split()
    if not words or len(words) > 18 or "`" in desc or tx.has_url(desc):
        return None
    if _DEICTIC.search(desc):
        return None  # "on this IP", "the above": only makes sense next to the note
    if _LOST.match(desc) or _FRAGMENT.search(desc):
        return None  # "shows the list" (which list?), "builds multi-arch" (multi-arch what?)
    phrase = tx.verb_phrase_3rd(desc)
    if phrase is None:
        shown = _shows(desc, command)
        return shown if shown is not None and reads_well(shown) else None
    if len(words) > 1 and not reads_well(phrase):
        return None  # "deletes images is done", "kills and removes a running one"
    # "Finding Images" → "finds images": a capitalised common noun is not a name
    phrase = re.sub(
        r"\b([A-Z][a-z]+)\b",
        lambda m: (
            m.group(1).lower() if tx.singular(m.group(1).lower()) in ph.COMMON_NOUNS else m.group(1)
        ),
        phrase,
    )
    if len(words) == 1:
        # Only a verb ("Inspect"): name what the command acts on.
        args = [a for a in command.split()[2:] if not a.startswith("-")]
        if len(args) != 1:
            return None
        phrase = f"{phrase} `{args[0]}`"
    return phrase


_ASIDE = re.compile(
    r"(?:\s+(?:--|\u2013|\u2014)\s+.*|\s*!+|\s+(?:too|as well|also|lol|btw))+\s*\.?\s*$", re.I
)
_LOST = re.compile(
    r"^\w+\s+(?:the|that|this)\s+(?:list|one|ones|result|results|output|same|rest|thing|things|"
    r"info|details|value|values|other|others)$",
    re.I,
)
_FRAGMENT = re.compile(r"\b(?:multi|cross|non|single|per)-\w+$", re.I)
# Commands that only display something: "docker image history - build history" → "shows …".
_DISPLAY = tx.wordset("ls list inspect history logs ps top stats info version df events")


def _shows(desc: str, command: str) -> str | None:
    """A noun phrase ("build history, one line per instruction") for a display command."""
    words = command.split()
    verb = words[2] if len(words) > 2 and words[0] == "docker" else ""
    first = desc.split(" ", 1)
    if verb not in _DISPLAY or not tx.is_noun_compound(
        first[0], first[1] if len(first) > 1 else ""
    ):
        return None
    return "shows the " + desc[0].lower() + desc[1:]


_NAMED = tx.wordset("network volume container service stack secret config node plugin")
_ON_NAME = tx.wordset(
    "inspect rm ls ps logs services top stats start stop restart kill pause unpause port"
)


def tidy(fact: CommandFact) -> CommandFact | None:
    """Drop a lab's own names (``docker network inspect uber-net`` → ``docker network
    inspect``); skip a command whose last word the description does not explain
    (``--rotate worker`` for "rotate a leaked token")."""
    words = fact.command.split()
    last = words[-1] if words else ""
    if len(words) < 4 or words[0] != "docker" or not re.fullmatch(r"[a-z][\w.-]*", last):
        return fact
    if f" {last.lower()} " in f" {fact.does.lower()} ":
        return fact
    if len(words) == 4 and words[1] in _NAMED and words[2] in _ON_NAME:
        return replace(fact, command=" ".join(words[:3]))
    if words[-2].startswith("--") and "=" not in words[-2]:
        return None
    return fact


def _from_code(doc: Document, block: Code) -> list[CommandFact]:
    facts: list[CommandFact] = []
    lines = block.text.split("\n")
    first = block.line_start + (1 if block.fenced else 0)
    commands = [(n, _PROMPT.sub("", line).strip()) for n, line in enumerate(lines)]
    commands = [(n, c) for n, c in commands if is_command(c) and not c.endswith("\\")]
    # A lead paragraph "To list nodes:" right above a one-command block.
    before = doc.neighbour(block, -1)
    if len(commands) == 1 and isinstance(before, Paragraph):
        lead = tx.clean(before.span.text)
        found = _LEAD.match(lead)
        does = _does(found["desc"], commands[0][1]) if found else None
        if does is not None:
            n, command = commands[0]
            facts.append(
                CommandFact(
                    block,
                    (first + n, first + n),
                    f"{lead}\n{command}",
                    f"{lead} {command}",
                    command=command,
                    does=does,
                )
            )
            return facts
    for n, command in commands:
        comment = _COMMENT.match(lines[n - 1]) if n else None
        inline = re.search(r"\s#\s*(?P<desc>[^#]+)$", command)
        if inline:
            command = command[: inline.start()].strip()
            comment = inline
        does = _does(comment["desc"], command) if comment else None
        if does is not None and is_command(command):
            text = f"{comment['desc']}: {command}"
            facts.append(
                CommandFact(block, (first + n, first + n), text, text, command=command, does=does)
            )
    return facts


def _from_table(table: Table) -> list[CommandFact]:
    facts = []
    for row in table.rows:
        if len(row) < 2:
            continue
        cells = [tx.clean(c.text) for c in row[:2]]
        for cmd_cell, desc_cell in ((cells[0], cells[1]), (cells[1], cells[0])):
            found = re.fullmatch(_CODE, cmd_cell)
            if not found or not is_command(found["cmd"]):
                continue
            does = _does(re.split(r"\s*[(.;]", desc_cell)[0], found["cmd"])
            if does is not None:
                text = f"{found['cmd']}: {desc_cell}"
                facts.append(
                    CommandFact(
                        table,
                        (row[0].line, row[0].line),
                        text,
                        text,
                        command=found["cmd"].strip(),
                        does=does,
                    )
                )
            break
    return facts


def feed(doc: Document, facts: list[CommandFact], bank: Bank) -> None:
    for fact in facts:
        bank.add("command", fact.command, _family(fact.command))
    for block in doc.walk((Paragraph, ListItem, Code)):
        if isinstance(block, Code):
            for line in block.text.split("\n"):
                line = _PROMPT.sub("", line).strip()
                if is_command(line) and not line.endswith("\\"):
                    bank.add("command", line, _family(line))
        elif (span := span_of(block)) is not None:
            for code in span.code:
                if is_command(code):
                    bank.add("command", code.strip(), _family(code))


def _family(command: str) -> str:
    return " ".join(command_head(command).split()[:2])


def build(fact: CommandFact, doc: Document, bank: Bank) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    part = key_part(fact.command, fact.does)
    if part is None:
        return []  # the line shows lab names the description does not explain
    if part[1]:  # one option of a longer example line: "-p 5000:80" of docker container run
        option, owner = f"`{part[0]}`", f"`{part[1]}`"
        text = f"Which option of {owner} {fact.does}?"
        return [
            card(kind="basic", text=text, answer=option, **common),
            card(
                kind="basic",
                text=f"What does the {option} option of {owner} do?",
                answer=tx.capitalize(fact.does),
                detail="reverse",
                **common,
            ),
        ]
    fact = replace(fact, command=part[0])
    text = f"Which command {fact.does}?"
    answer = f"`{fact.command}`"
    drafts = [card(kind="basic", text=text, answer=answer, **common)]
    if not OUTPUT_ONLY.search(fact.does):  # "shows both a client and a server section"
        drafts.append(
            card(
                kind="basic",
                text=f"What does {answer} do?",
                answer=tx.capitalize(fact.does),
                detail="reverse",
                **common,
            )
        )
    if ambiguous(fact.command, fact.does):
        return drafts  # another well-known command does this too: no fair question
    family = _family(fact.command)
    shaped = same_shape(fact.command)
    verbs = _key_verbs(fact.does, fact.command)
    wrong = bank.pick(
        "command",
        [fact.command],
        seed=fact.source,
        prefer_group=family,  # "docker node ls" first meets other "docker node" commands
        fallback=[c for c in COMMANDS if c.startswith(family)] or list(COMMANDS),
        stem=text,
        # "Which command pulls by digest?": if only the answer says "pull", it gives itself
        # away, so every wrong option must say "pull" (or "push") too.
        # never a whole lab line ("rm $(docker container ls -aq) -f") next to a bare answer
        reject=lambda value: shaped(value) or bool(verbs and not verbs & _words(value)),
    )
    if len(wrong) >= 3:
        drafts.append(
            question(text=text, correct=[answer], wrong=[f"`{w}`" for w in wrong], **common)
        )
    return drafts


_OPPOSITE = {
    "pull": "push",
    "push": "pull",
    "start": "stop",
    "stop": "start",
    "lock": "unlock",
    "unlock": "lock",
    "promote": "demote",
    "demote": "promote",
    "pause": "unpause",
    "unpause": "pause",
    "connect": "disconnect",
    "disconnect": "connect",
    "attach": "detach",
    "detach": "attach",
    "login": "logout",
    "logout": "login",
}


@lru_cache(maxsize=65536)
def _words(command: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", command.lower()))


def _key_verbs(does: str, command: str) -> set[str]:
    """The verb of the description when the command spells it out, with its opposite."""
    verb = tx.base_verb(does.split(" ", 1)[0], tx.MORE_VERBS)
    if verb is None or verb not in _words(command):
        return set()
    return {verb, _OPPOSITE.get(verb, verb)}
