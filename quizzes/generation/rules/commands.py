"""A command in backticks with what it does → "Which command lists the nodes?".

Finds "List the nodes with `docker node ls`", "Inspect, `docker inspect web:latest`",
"`docker node ls` - list nodes", "The `docker exec` command runs ...", "Use `X` to ...",
a lead "To list nodes:" over a code block, ``# comment`` lines above a command in a code
block, and two-column tables of commands (a bare subcommand, ``| `pull` | … |``, takes its
family from the header, the heading or the lead: ``docker image pull``; with none in sight the
row gives nothing).

A description must read as a verb phrase ("list…", "lists…"): "running ctrs only" is no
"runs …". Note shorthand is written out ("ctr" → "container"), "stop + remove" becomes "stops
and removes", and "stops, doesn't delete" is skipped. "What does X do?" is not asked when the
command spells its own answer (``systemctl stop docker``: "stops Docker").

Wrong options are other real commands of the notes of the answer's own family (``docker
stack …`` for ``docker stack ls``), never one the notes say does the same job; with fewer than
three such commands there is no question, only the cards.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import text as tx
from ..distractors import Bank, command_head
from ..drafts import Draft, card, question
from ..parser import Code, Document, ListItem, Paragraph, Table
from . import phrasing as ph
from .base import Fact, draft_args, is_explicit, span_of
from .command_keys import OUTPUT_ONLY, ambiguous, key_part, parts
from .command_shape import (
    ACTION_VERBS,
    CLI,
    COUNTABLE,
    add_article,
    bare_subcommand,
    broken,
    command_table,
    family,
    join_verbs,
    reads_well,
    same_shape,
    table_context,
    table_family,
    trivial,
)

NAME = "commands"

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
_VERB_WORDS = ACTION_VERBS | tx.MORE_VERBS  # "bring" ends in "-ing" but is a verb
# A next sentence that takes the description back: "NB since Docker 23 it only …".
_CAVEAT = re.compile(
    r"(?:NB|N\.B\.|Note:|Caveat|Careful|Warning|Update:|Edit:|However|Actually|"
    r"Except)\b|(?:but|though)\s+since\b",
    re.I,
)
_LEAD_PATTERNS = (0, 1, 6)  # the description comes first: "Removing images: `docker rmi`"
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
            facts += _from_table(doc, block)
        else:
            span = span_of(block)
            if span is None or is_explicit(span):
                continue
            if not span.code:
                fact = _bare(block, span)  # "docker swarm join -> Join an existing swarm"
                if fact is not None:
                    facts.append(fact)
                continue
            spans = tx.sentence_spans(span.text)
            for n, (start, end) in enumerate(spans):
                if n + 1 < len(spans) and _CAVEAT.match(span.text, spans[n + 1][0]):
                    continue  # "… removes volumes. NB since Docker 23 it only …": out of date
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
    # "… — attach to PID 1's terminal (careful: `exit` kills it)": the aside goes
    bare = re.sub(r"\s*\([^()]*`[^()]*\)\s*$", "", unlabelled)
    if bare != unlabelled:
        variants.append(bare)
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
    for n, pattern in enumerate(_BARE):
        found = pattern.match(text)
        if found and is_command(found["cmd"]):
            does = _does(found["desc"], found["cmd"], lead=n == 1)
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
    for n, pattern in enumerate(_PATTERNS):
        found = pattern.match(sentence)
        if not found:
            continue
        command = found["cmd"].strip()
        does = _does(found["desc"], command, lead=n in _LEAD_PATTERNS)
        if not is_command(command) or does is None:
            return None
        return CommandFact(block, lines, sentence, sentence, command=command, does=does)
    return None


def _does(desc: str, command: str, lead: bool = False) -> str | None:
    """What the command does, as a third-person verb phrase ("lists the nodes"), or None.
    ``lead``: the description is written before the command, as a label ("Removing images:
    …"), so an "-ing" word may be the verb; after a command ("`docker container ls` - running
    ctrs only") it is an adjective."""
    desc = join_verbs(tx.unabbreviate(desc))  # "stop + remove ctrs" → "stop and remove …"
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
    if _DEICTIC.search(desc) or re.search(r"\w:(?:\s|$)", desc):
        return None  # "on this IP", "the above", "client: and server: sections"
    if _LOST.match(desc) or _FRAGMENT.search(desc) or _BEFORE_WHAT.search(desc) or broken(desc):
        return None  # "shows the list" (which list?), "builds multi-arch" (multi-arch what?)
    first = words[0].lower().strip(",:")
    if first.endswith("ing") and first not in _VERB_WORDS and (not lead or first in _ADJ_START):
        phrase = None  # "running ctrs only" lists containers, it runs nothing
    else:
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
    phrase = add_article(phrase)  # "deletes stopped container" → "deletes a stopped container"
    if len(words) == 1:
        return _bare_verb(phrase, command)
    return phrase


# A one-word description ("`docker network ls` - list") names the command's own job.
_OWN_JOB = {
    "list": "ls ps list",
    "remove": "rm rmi prune",
    "inspect": "inspect",
    "create": "create",
}


def _bare_verb(phrase: str, command: str) -> str | None:
    """Only a verb ("Inspect"): name what the command acts on, the object the line shows
    ("inspects `web`") or its family's ("`docker network ls` - list" → "lists networks")."""
    written, _flags, args = parts(command)
    if len(args) == 1:
        if not re.search(r"[:/@.]", args[0]):
            return None  # "--rotate manager" → "rotates `manager`" says nothing
        return f"{phrase} `{args[0]}`"  # "Inspect, `docker inspect web:latest`"
    head = written.split()
    verb = tx.base_verb(phrase.split()[0].lower(), tx.MORE_VERBS) or ""
    if args or len(head) != 3 or head[1] not in _NAMED or head[2] not in _OWN_JOB.get(verb, ""):
        return None
    return f"{phrase} {head[1]}s"


_ASIDE = re.compile(
    r"(?:\s+(?:--|\u2013|\u2014)\s+.*|\s*!+|\s+(?:too|as well|also|lol|btw))+\s*\.?\s*$", re.I
)
_LOST = re.compile(
    r"^\w+\s+(?:the|that|this)\s+(?:list|one|ones|result|results|output|same|rest|thing|things|"
    r"info|details|value|values|other|others)$",
    re.I,
)
# "adds the label first": first before what?
_BEFORE_WHAT = re.compile(r"\s(?:first|then|next|again|afterwards|later)$", re.I)
_FRAGMENT = re.compile(r"\b(?:multi|cross|non|single|per)-\w+$", re.I)
# Commands that only display something: "docker image history - build history" → "shows …".
_DISPLAY = tx.wordset("ls list inspect history logs ps top stats info version df events")


# Words that open a noun phrase a display command shows: "running containers only".
_ADJ_START = tx.wordset(
    "running existing pending remaining missing dangling matching following outstanding "
    "resulting underlying incoming outgoing stopped exited unused local all"
)


def _shows(desc: str, command: str) -> str | None:
    """A noun phrase ("build history, one line per instruction", "running containers only")
    for a display command."""
    words = command_head(command).split()
    verb = words[-1] if len(words) > 1 and words[0] == "docker" else ""
    first = desc.split(" ", 1)
    if verb not in _DISPLAY or len(first) < 2:
        return None
    if not (tx.is_noun_compound(first[0], first[1]) or first[0].lower() in _ADJ_START):
        return None
    the = "" if first[0].lower() in ("all", "every") else "the "
    return f"shows {the}{desc[0].lower()}{desc[1:]}"


_NAMED = tx.wordset("network volume container service stack secret config node plugin image")
_ON_NAME = tx.wordset(
    "inspect rm ls ps logs services top stats start stop restart kill pause unpause port pull "
    "push history create connect disconnect promote demote update attach"
)
# ``docker logs web``, ``docker rmi alpine``: the old one-word forms that act on one object
_LEGACY_ON_NAME = tx.wordset(
    "logs port rmi rm history pull push search inspect stop start restart kill pause unpause top "
    "stats attach"
)
_LAB_NAME = re.compile(r"[a-z0-9][\w./:-]*", re.I)
_DIGEST = re.compile(r"^[a-z0-9][\w./:-]*@sha256:\S*$", re.I)


def tidy(fact: CommandFact) -> CommandFact | None:
    """Drop a lab's own names (``docker network inspect uber-net`` → ``docker network
    inspect``, ``docker logs -f ctr1`` → ``docker logs -f``, ``alpine@sha256:…`` →
    ``<image>@<digest>``); skip a command whose last word the description does not explain
    (``--rotate worker`` for "rotate a leaked token")."""
    words = fact.command.split()
    last = words[-1] if words else ""
    if len(words) < 3 or words[0] != "docker":
        return fact
    if words[1] == "tag" and len(words) == 4:
        return replace(fact, command="docker tag <source> <target>")  # "docker tag src:1 app:1"
    if words[1:3] == ["manifest", "inspect"] and len(words) == 4:
        return replace(fact, command="docker manifest inspect <image>")
    if len(words) == 4 and words[1] in _LEGACY_ON_NAME and words[3].startswith("-"):
        words = [words[0], words[1], words[3], words[2]]  # "docker pull repo -a" → "… -a repo"
        last = words[-1]
    if _DIGEST.match(last):
        return replace(fact, command=" ".join([*words[:-1], "<image>@<digest>"]))
    said = f" {fact.does.lower().replace('`', '')} "
    if words[1] in _NAMED and words[2] in _ON_NAME:
        verb_at = 2
    elif words[1] in _LEGACY_ON_NAME:
        verb_at = 1
    else:
        verb_at = 0
    name = words[verb_at + 1] if verb_at and len(words) > verb_at + 2 else ""
    if _LAB_NAME.fullmatch(name) and not name.startswith("-") and f" {name} " not in said:
        return None  # "docker search alpine --filter …": a lab line the description leaves out
    if not _LAB_NAME.fullmatch(last) or f" {last.lower()} " in said:
        return fact
    # the words between the verb and the name are flags without values ("-f", "-a")
    if 0 < verb_at < len(words) - 1 and all(w.startswith("-") for w in words[verb_at + 1 : -1]):
        return replace(fact, command=" ".join(words[:-1]))
    if len(words) >= 4 and words[-2].startswith("--") and "=" not in words[-2]:
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
        does = _does(found["desc"], commands[0][1], lead=True) if found else None
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
        does = _does(comment["desc"], command, lead=not inline) if comment else None
        if does is not None and is_command(command):
            text = f"{comment['desc']}: {command}"
            facts.append(
                CommandFact(block, (first + n, first + n), text, text, command=command, does=does)
            )
    return facts


def _from_table(doc: Document, table: Table) -> list[CommandFact]:
    """Rows of a command table: ``| `docker stack ls` | list stacks |``, and rows whose first
    cell is a bare subcommand (``| `pull` | download image |``) under a header, heading or
    lead that names its family ("`docker image` subcommands" → ``docker image pull``). A bare
    subcommand with no family in sight is ambiguous (``rm`` of containers or of images?) and
    gives nothing."""
    facts = []
    header0 = tx.clean(table.header[0].text) if table.header else ""
    context = table_context(doc, table)
    subcommands = command_table(header0, context)
    owner = table_family(header0, context) if subcommands else None
    for row in table.rows:
        if len(row) < 2:
            continue
        cells = [tx.clean(c.text) for c in row[:2]]
        for first, (cmd_cell, desc_cell) in enumerate(((cells[0], cells[1]), (cells[1], cells[0]))):
            found = re.fullmatch(_CODE, cmd_cell)
            command = found["cmd"].strip() if found else ""
            if not is_command(command):
                plain = subcommands == "header"
                sub = bare_subcommand(cmd_cell, plain) if subcommands and first == 0 else None
                if sub is None or owner is None:
                    continue
                command = f"{owner} {sub}"
            # "remove dangling (or `-a` unused) images": the aside goes, the noun stays
            desc = re.sub(r"\s*\([^()]*\)", "", desc_cell)
            does = _does(re.split(r"\s*[.;]\s", desc + " ")[0], command)
            if does is not None:
                text = f"{command}: {desc_cell}"
                line = (row[0].line, row[0].line)
                facts.append(CommandFact(table, line, text, text, command=command, does=does))
            break
    return facts


# What each command of the notes does (by its head), per bank: a wrong option must not do
# what the question asks too.
_KNOWN: weakref.WeakKeyDictionary[Bank, dict[str, dict[str, None]]] = weakref.WeakKeyDictionary()


def _known(bank: Bank) -> dict[str, dict[str, None]]:
    known = _KNOWN.get(bank)
    if known is None:
        known = _KNOWN[bank] = {}
    return known


def feed(doc: Document, facts: list[CommandFact], bank: Bank) -> None:
    known = _known(bank)
    for fact in facts:
        _add(bank, fact.command)
        known.setdefault(command_head(fact.command), {})[fact.does] = None
    for block in doc.walk((Paragraph, ListItem, Code, Table)):
        if isinstance(block, Code):
            for line in block.text.split("\n"):
                line = re.sub(r"\s#\s.*$", "", _PROMPT.sub("", line)).strip()  # no comment
                if is_command(line) and not line.endswith("\\"):
                    _add(bank, line)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row[:2]:
                    for code in re.findall(_CODE, tx.clean(cell.text)):
                        if is_command(code):
                            _add(bank, code.strip())
        elif (span := span_of(block)) is not None:
            for code in span.code:
                if is_command(code):
                    _add(bank, code.strip())


def _add(bank: Bank, command: str) -> None:
    """The command as written, and its bare head (``docker stack ps seastack`` → ``docker
    stack ps``) for questions whose answer is a bare command."""
    group = _family(command)
    bank.add("command", command, group)
    head = command_head(command)
    if head != command and head.startswith("docker") and len(head.split()) >= 2:
        bank.add("command", head, group)


def _family(command: str) -> str:
    """``docker stack ls`` → ``docker stack``; ``docker ps`` → ``docker container``;
    ``docker version`` → ``docker``: wrong options come from one family only."""
    return family(command_head(command))


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
    group = _family(fact.command)
    # "stops and removes containers and networks": `docker stack rm` does too; name the tool
    tool = "Docker Compose command" if group == "docker compose" else "command"
    if "compose" in fact.does.lower():
        tool = "command"
    elif fact.command.startswith(f"{group} ") and _objectless(fact.does, group):
        tool = f"`{group}` command"  # "Which `docker container` command follows the logs?"
    text = f"Which {tool} {fact.does}?"
    answer = f"`{fact.command}`"
    told = _names_itself(fact.command, fact.does)
    # "Which command shows the build history?" → `history`: the question says the answer
    drafts = [] if told else [card(kind="basic", text=text, answer=answer, **common)]
    # "shows both a client and a server section"; "`systemctl stop docker`: stops Docker"
    if not OUTPUT_ONLY.search(fact.does) and not trivial(fact.command, fact.does):
        drafts.append(
            card(
                kind="basic",
                text=f"What does {answer} do?",
                answer=tx.capitalize(fact.does),
                detail="reverse",
                **common,
            )
        )
    if told or ambiguous(fact.command, fact.does):
        return drafts  # another well-known command does this too: no fair question
    if group == "docker":
        return drafts  # `docker login`, `docker version`, `docker search`: no one family
    shaped = same_shape(fact.command)
    verbs = _key_verbs(fact.does, fact.command)
    known = _known(bank)

    def reject(value: str) -> bool:
        # never a whole lab line ("rm $(docker container ls -aq) -f") next to a bare answer;
        # "Which command pulls by digest?": if only the answer says "pull", it gives itself
        # away, so every wrong option must say "pull" (or "push") too; and never a command
        # the notes say does the same job
        if shaped(value) or (verbs and not verbs & _words(value)):
            return True
        return any(_same_job(fact.does, other) for other in known.get(command_head(value), ()))

    # Only real commands of the notes, of the answer's own family ("docker stack ls" among
    # other "docker stack" commands): `docker login` next to it is no question. Commands
    # that do a part of the job come first ("stops and removes …": `stop`, `rm`).
    jobs = _job(fact.does)[0]
    pick = {
        "kind": "command",
        "answers": [fact.command],
        "seed": fact.source,
        "prefer_group": group,
        "group_only": True,
        "stem": text,
    }
    wrong = bank.pick(**pick, reject=lambda v: reject(v) or not _jobs(v) & jobs) if jobs else []
    if len(wrong) < 3:
        wrong += bank.pick(**pick, n=3 - len(wrong), exclude=wrong, reject=reject)
    if len(wrong) >= 3:
        drafts.append(
            question(
                text=text, correct=[answer], wrong=[f"`{w.strip('`')}`" for w in wrong], **common
            )
        )
    return drafts


_FAMILY_NOUNS = tx.wordset(
    "container containers image images network networks volume volumes service services stack "
    "stacks node nodes secret secrets config configs plugin plugins swarm task tasks registry "
    "repo repository app application daemon engine"
)


def _names_itself(command: str, does: str) -> bool:
    """The description says the subcommand's own word as its object ("shows the build
    history" → `history`, "lists services" → `docker stack services`), or a one-word command
    its own verb ("pulls from Docker Hub" → `docker pull`). A description naming its object in
    backticks ("Inspect, `docker inspect web:latest`") is left alone."""
    sub = command_head(command).split()[-1].lower()
    if "`" in does or sub in ("ls", "ps", "rm", "rmi") or not sub.isalpha():
        return False
    first, *rest = re.findall(r"[a-z]+", does.lower()) or [""]
    if any(sub in (w, tx.singular(w)) for w in rest):
        return True
    return len(command.split()) == 2 and tx.base_verb(first, tx.MORE_VERBS) == sub


def _objectless(does: str, group: str) -> bool:
    """ "follows stdout/stderr", "shows mappings": the description never says what of, and
    the command's family would (``docker container logs``)."""
    if len(group.split()) != 2 or group.split()[1] not in _NAMED:
        return False
    if "`" in does:
        return False  # "inspects `web:latest`" names its object
    words = {tx.singular(w) for w in re.findall(r"[a-z]+", does.lower())}
    if group.split()[1] == "stack":
        return "stack" not in words  # "lists tasks": `docker service ps` does too
    return not words & {tx.singular(w) for w in _FAMILY_NOUNS}


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


_JOBS = {"delete": "remove", "prune": "remove", "kill": "remove", "rm": "remove", "ls": "list"}


def _jobs(command: str) -> set[str]:
    """The jobs a command's words name: ``docker compose rm`` → {remove}."""
    out = set()
    for word in _words(command):
        verb = word if word in _JOBS else tx.base_verb(word, ACTION_VERBS)
        if verb:
            out.add(_JOBS.get(verb, verb))
    return out - {"docker", "compose"}


@lru_cache(maxsize=16384)
def _job(does: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and the things of a description: "stops and removes containers and
    networks" → ({stop, remove}, {container, network})."""
    words = does.lower().split()
    verbs = set()
    for i, word in enumerate(words):
        if i == 0 or words[i - 1] in ("and", "or", "then", "+"):
            verb = tx.base_verb(word.strip(",;"), tx.MORE_VERBS)
            if verb:
                verbs.add(_JOBS.get(verb, verb))
    things = frozenset(tx.singular(w) for w in tx.content_words(does))
    return frozenset(verbs), things


def _same_job(does: str, other: str) -> bool:
    """Whether a command the notes describe as ``other`` does what ``does`` asks too: every
    job of the question and the things it acts on ("removes stopped containers" is done by
    what "stops and removes containers and networks"; the reverse is not)."""
    verbs, things = _job(does)
    other_verbs, other_things = _job(other)
    if not verbs or not verbs <= other_verbs:
        return False
    nouns = things & COUNTABLE
    if nouns:
        return nouns <= other_things
    return bool((things - verbs) & other_things)


@lru_cache(maxsize=65536)
def _words(command: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", command.lower()))


def _key_verbs(does: str, command: str) -> set[str]:
    """The verb of the description when the command spells it out, with its opposite."""
    verb = tx.base_verb(does.split(" ", 1)[0], tx.MORE_VERBS)
    if verb is None or verb not in _words(command):
        return set()
    return {verb, _OPPOSITE.get(verb, verb)}
