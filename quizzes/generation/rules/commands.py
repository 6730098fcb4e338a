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

from .. import text as tx
from ..distractors import Bank, command_head
from ..drafts import Draft, card, question
from ..parser import Code, Document, ListItem, Paragraph, Table
from .base import Fact, draft_args, is_explicit, span_of
from .command_does import does_phrase
from .command_jobs import (
    command_words,
    job_of,
    jobs_of,
    key_verbs,
    names_itself,
    objectless,
    same_job,
)
from .command_keys import OUTPUT_ONLY, ambiguous, key_part
from .command_lab import tidy
from .command_shape import (
    CLI,
    bare_subcommand,
    command_table,
    family,
    same_shape,
    table_context,
    table_family,
    trivial,
)

NAME = "commands"

_CODE = r"`(?P<cmd>[^`]+)`"
_PATTERNS = (
    re.compile(
        rf"^(?P<desc>.+?)[\s,:]+(?:with|using|via|by running|run|:|,|-|\u2013|=>|->|\u2192)"
        rf"\s*{_CODE}$"
    ),
    re.compile(rf"^(?P<desc>[^`]+?)\s*[,:]\s*{_CODE}$"),
    re.compile(rf"^{_CODE}\s*(?:-|\u2013|\u2014|:|=>|->|\u2192)\s*(?P<desc>.+)$"),
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
    # "`docker container ls` shows running containers; the names are …": the first clause;
    # "Then `docker …` shows …": without the word that leads on from the sentence before
    variants += [re.split(r";\s+", unlabelled)[0], tx.drop_connective(unlabelled)]
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
            does = does_phrase(found["desc"], found["cmd"], lead=n == 1)
            if does is not None:
                line = (span.line, span.line)
                return CommandFact(block, line, text, text, command=found["cmd"], does=does)
    return None


_TWO_IN_ONE = re.compile(
    r"\b(?:connect|start|stop|pause|create|push|promote|lock|up|attach)/"
    r"(?:disconnect|stop|start|unpause|rm|remove|pull|demote|unlock|down|detach)\b"
)


def is_command(text: str) -> bool:
    text = text.strip()
    if _TWO_IN_ONE.search(text):
        return False  # "docker network connect/disconnect": two commands in one
    return bool(CLI.match(text)) and len(text) <= 90 and "\n" not in text


def _from_sentence(block, sentence: str, lines, raw: str) -> CommandFact | None:
    if sentence.count("`") != 2:
        return None
    for n, pattern in enumerate(_PATTERNS):
        found = pattern.match(sentence)
        if not found:
            continue
        command = found["cmd"].strip()
        does = does_phrase(found["desc"], command, lead=n in _LEAD_PATTERNS)
        if not is_command(command) or does is None:
            return None
        return CommandFact(block, lines, sentence, sentence, command=command, does=does)
    return None


_INLINE_COMMENT = re.compile(r"\s#\s*(?P<desc>[^#]+)$")


def _from_code(doc: Document, block: Code) -> list[CommandFact]:
    facts: list[CommandFact] = []
    lines = block.text.split("\n")
    first = block.line_start + (1 if block.fenced else 0)
    commands = [(n, _PROMPT.sub("", line).strip()) for n, line in enumerate(lines)]
    commands = [
        (n, c)
        for n, c in commands
        if is_command(_INLINE_COMMENT.sub("", c)) and not c.endswith("\\")
    ]  # "docker volume prune    # deletes ALL unused volumes": long with its comment
    # A lead paragraph "To list nodes:" right above a one-command block.
    before = doc.neighbour(block, -1)
    if len(commands) == 1 and isinstance(before, Paragraph):
        lead = tx.clean(before.span.text)
        found = _LEAD.match(lead)
        does = does_phrase(found["desc"], commands[0][1], lead=True) if found else None
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
    # A one-command block with what it does in the paragraph right below it:
    # "docker volume ls" then "lists vols w/ DRIVER + VOLUME NAME".
    after = doc.neighbour(block, 1)
    if (
        len(commands) == 1
        and len([ln for ln in lines if ln.strip()]) == 1
        and isinstance(after, Paragraph)
        and not after.skip
    ):
        said = tx.clean(after.span.text.split("\n")[0])
        first_clause = re.split(r";\s|\.\s|\s[-\u2013\u2014]\s|,\s+(?:which|so|but)\b", said)[0]
        n, command = commands[0]
        does = does_phrase(first_clause, command) if first_clause[:1].islower() else None
        if does is not None:
            return [CommandFact(block, (first + n, after.line_start), said, said, command, does)]
    for n, command in commands:
        comment = _COMMENT.match(lines[n - 1]) if n else None
        inline = _INLINE_COMMENT.search(command)
        if inline:
            command = command[: inline.start()].strip()
            comment = inline
        does = does_phrase(comment["desc"], command, lead=not inline) if comment else None
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
            if first and len(row) > 2:
                break  # "| Join cmd | `… join-token manager` | `… worker` |": a comparison
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
            does = does_phrase(re.split(r"\s*[.;]\s|,\s+(?=.*[`=*])", desc + " ")[0], command)
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
    if re.search(r"\s=\s", fact.does):
        return []  # "shows each instruction, 0B rows = metadata": note shorthand, no answer
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
    elif fact.command.startswith(f"{group} ") and objectless(fact.does, group):
        tool = f"`{group}` command"  # "Which `docker container` command follows the logs?"
    text = f"Which {tool} {fact.does}?"
    answer = f"`{fact.command}`"
    told = names_itself(fact.command, fact.does)
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
    verbs = key_verbs(fact.does, fact.command)
    known = _known(bank)

    def reject(value: str) -> bool:
        # never a whole lab line ("rm $(docker container ls -aq) -f") next to a bare answer;
        # "Which command pulls by digest?": if only the answer says "pull", it gives itself
        # away, so every wrong option must say "pull" (or "push") too; and never a command
        # the notes say does the same job
        if shaped(value) or (verbs and not verbs & command_words(value)):
            return True
        return any(same_job(fact.does, other) for other in known.get(command_head(value), ()))

    # Only real commands of the notes, of the answer's own family ("docker stack ls" among
    # other "docker stack" commands): `docker login` next to it is no question. Commands
    # that do a part of the job come first ("stops and removes …": `stop`, `rm`).
    jobs = job_of(fact.does)[0]
    pick = {
        "kind": "command",
        "answers": [fact.command],
        "seed": fact.source,
        "prefer_group": group,
        "group_only": True,
        "stem": text,
    }
    wrong = bank.pick(**pick, reject=lambda v: reject(v) or not jobs_of(v) & jobs) if jobs else []
    if len(wrong) < 3:
        wrong += bank.pick(**pick, n=3 - len(wrong), exclude=wrong, reject=reject)
    if len(wrong) >= 3:
        drafts.append(
            question(
                text=text, correct=[answer], wrong=[f"`{w.strip('`')}`" for w in wrong], **common
            )
        )
    return drafts
