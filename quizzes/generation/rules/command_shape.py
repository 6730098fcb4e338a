"""Is a command description a clean verb phrase ("lists the nodes"), and is a wrong option
the same shape as the answer? "sees digests of your local images you", "deletes images is
done", "kills and removes a running one" and "attaches to PID 1 instead" are all skipped;
``docker container rm $(docker container ls -aq) -f`` is never a wrong option."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import text as tx
from ..parser import Document, Paragraph, Table

# Verbs a command does (base form). "see", "look", "use", "need" are what a *user* does.
ACTION_VERBS = tx.wordset(
    "list show display print remove delete create inspect pull push tag run start stop "
    "restart kill attach detach execute exec build save load prune scale update deploy join "
    "leave promote demote sign rotate unlock lock log login logout pause unpause freeze "
    "send change bring copy export import commit rename connect disconnect drain enable "
    "disable install initialize initialise init mount unmount publish expose map forward "
    "follow stream tail set add configure roll rollback revert verify trust search find "
    "filter fetch download upload generate launch spawn wait watch monitor report return "
    "output dump convert squash retrieve reload recover restore label apply open grant "
    "revoke manage migrate switch check test validate give provide read write clean"
)
# Words that point somewhere outside the phrase.
_DANGLING = tx.wordset(
    "you one ones it them this that these those instead too here there also either neither so then"
)
_AUX = tx.wordset(
    "is are was were be been being has have had does do did can could will would should "
    "must may might gets get"
)
_RELATIVE = tx.wordset("that which who whose where when")
_CLAUSE = re.compile(r";|\u2192|->|=>|\bif\b|\bwhen\b|\bbecause\b|\?", re.I)


def reads_well(phrase: str) -> bool:
    """``phrase`` is "<verb>s <object>…": a known command verb first, no dangling pronoun at
    either end, no second clause."""
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)
    if len(words) < 2 or _CLAUSE.search(phrase):
        return False
    verb = tx.base_verb(words[0].lower(), ACTION_VERBS | tx.VERBS)
    if verb is None or verb not in ACTION_VERBS:
        return False
    if words[1].lower() in _DANGLING or words[-1].lower() in _DANGLING:
        return False
    if " you " in f" {phrase.lower()} " or any(w.lower().endswith("n't") for w in words):
        return False  # "… you …", "stops doesn't delete"
    low = [w.lower() for w in words]
    for i, word in enumerate(low[1:], start=1):
        if word in _AUX and low[i - 1] not in _RELATIVE and not (i > 1 and low[i - 2] in _RELATIVE):
            return False  # "deletes images is done": a second finite verb
    return True


_OBJECTS = tx.wordset(
    "container image network volume service stack secret config node swarm plugin system "
    "context builder buildx manifest trust compose"
)
_ARG = re.compile(r"^[a-z][a-z0-9-]*$")


@lru_cache(maxsize=65536)
def shape(command: str) -> str | None:
    """ "bare" (``docker image ls``), "flags" (``docker image ls -a``) or None for a whole
    lab line (arguments, image names, digests, ``$(…)``)."""
    command = command.strip("` ")
    if any(mark in command for mark in ("$(", "@", "|", "&&", ";", "/", ":", "=")):
        return None
    words = command.split()
    if words and words[0] == "sudo":
        words = words[1:]
    size = 3 if len(words) > 1 and words[0].startswith("docker") and words[1] in _OBJECTS else 2
    head, rest = words[:size], words[size:]
    if len(head) < size or not all(_ARG.match(w) for w in head):
        return None
    if not rest:
        return "bare"
    if all(w.startswith("-") and _ARG.match(w.lstrip("-")) for w in rest):
        return "flags"
    return None


def same_shape(answer: str) -> object:
    """A ``reject`` for ``Bank.pick``: True for options not the shape of ``answer``."""
    wanted = shape(answer)

    action = _action(answer)

    def reject(value: str) -> bool:
        # "deletes images": `docker image prune` deletes images too, so it is no wrong option
        return wanted is None or shape(value) != wanted or (action and _action(value) == action)

    return reject


_SAME_ACTION = {"rm": "remove", "rmi": "remove", "prune": "remove", "kill": "remove"}
_SAME_ACTION |= {"ls": "list", "ps": "list", "images": "list"}


def _action(command: str) -> str:
    words = command.strip("` ").split()
    return next((_SAME_ACTION[w] for w in words[1:3] if w in _SAME_ACTION), "")


# --- note shorthand, "+" between verbs, negated second clauses, trivial descriptions ---------


_PLUS = re.compile(r"^([A-Za-z]+)\s*\+\s*([a-z]+)\b")


def join_verbs(desc: str) -> str:
    """ "stop + remove containers" → "stop and remove containers" (only between two verbs)."""
    found = _PLUS.match(desc)
    if not found:
        return desc
    verbs = ACTION_VERBS | tx.VERBS
    first = tx.base_verb(found[1].lower(), verbs)
    if first and tx.base_verb(found[2], verbs):
        second = found[2]
        if first != found[1].lower() and tx.base_verb(second, verbs) == second:
            second = tx.third_person(second)  # "stops + remove" → "stops and removes"
        return f"{found[1]} and {second}{desc[found.end() :]}"
    return desc


_NEGATED = re.compile(r"n't\b|\bnot\b|\bnever\b|\bno longer\b", re.I)


def broken(desc: str) -> bool:
    """A fragment no rewording saves: "stops, doesn't delete" (a verb, then a negated second
    clause), "list, filter" (a lone verb and a comma)."""
    first = desc.split(" ", 1)[0]
    if first.endswith(","):
        return True
    return bool(_NEGATED.search(desc.split(",", 1)[1])) if "," in desc else False


# A command's short verbs and the words a description uses for them.
_SAME_WORD = {"ls": "list", "ps": "list", "rm": "remove", "rmi": "remove", "delete": "remove"}


def _stem(word: str) -> str:
    word = tx.singular(word.lower())
    verb = tx.base_verb(word, ACTION_VERBS | tx.MORE_VERBS) or word
    return _SAME_WORD.get(verb, verb)


def trivial(command: str, does: str) -> bool:
    """The command spells out its own description: ``sudo systemctl stop docker`` "stops the
    Docker daemon" (every content word but one is a word of the command)."""
    mine = {_stem(w) for w in re.findall(r"[a-z][a-z0-9]*", command.lower())}
    said = {_stem(w) for w in tx.content_words(re.sub(r"`[^`]*`", "", does))}
    if not said:
        return False
    covered = said & mine
    return said <= mine or (len(covered) >= 2 and len(said - covered) <= 1)


# --- command families, and tables of bare subcommands ------------------------------------------

CLI = re.compile(
    r"^(?:sudo\s+)?(docker(?:-compose)?|dockerd|kubectl|systemctl|journalctl|notary)\b"
)


@lru_cache(maxsize=65536)
def family(command: str) -> str:
    """``docker stack ls`` → ``docker stack``, ``docker compose down`` → ``docker compose``,
    ``docker version`` → ``docker``, ``sudo systemctl stop docker`` → ``systemctl``."""
    words = command.strip("` ").split()
    if words and words[0] == "sudo":
        words = words[1:]
    if not words:
        return ""
    if words[0] == "docker-compose":
        return "docker compose"
    if words[0] == "docker" and len(words) > 1 and words[1] in _OBJECTS:
        return f"docker {words[1]}"
    return words[0]


_FAMILY_IN_TEXT = re.compile(
    r"(?<![\w-])(docker[ -]compose|docker\s+(?:container|image|network|volume|service|stack|"
    r"secret|config|node|swarm|plugin|system|context|builder|buildx|manifest|trust)|kubectl|"
    r"systemctl)(?![\w-])|`(docker)`",
    re.I,
)
_CMD_HEADER = re.compile(r"\b(?:sub-?)?(?:cmd|command)s?\b|\bsubcommands?\b|\bcli\b", re.I)
_THING_HEADERS = tx.wordset(
    "driver mode policy plugin network instruction flag option key type field setting term "
    "concept variable value port protocol state status"
)
_SUB = re.compile(r"^[a-z][a-z0-9-]*(?:\s+--?[a-z][\w-]*)*$")


def family_in(text: str) -> str | None:
    """The command family a header, heading or lead names: "`docker image` subcommands
    cheat-sheet" → ``docker image``."""
    found = _FAMILY_IN_TEXT.search(text)
    if not found:
        return None
    name = re.sub(r"\s+", " ", (found[1] or found[2]).lower())
    return "docker compose" if name == "docker-compose" else name


def bare_subcommand(cell: str, plain: bool = False) -> str | None:
    """ "`pull`", "`ls -q`" (or, when ``plain``, "pull") → the subcommand; a whole command line
    or anything else → None."""
    inner = cell.strip()
    if len(inner) > 2 and inner[0] == "`" and inner[-1] == "`" and inner.count("`") == 2:
        inner = inner[1:-1].strip()
    elif not plain or "`" in inner:
        return None
    if CLI.match(inner) or not _SUB.match(inner) or len(inner) > 40:
        return None
    return inner


def command_table(header0: str, context: tuple[str, ...]) -> str:
    """Whether a table lists commands: "header" when its first header says so ("cmd",
    "Subcommand", "`docker image` command"; then a plain "pull" is a subcommand too),
    "context" when the heading or lead over it does ("`docker image` subcommands"; then only
    a code span is), else ""."""
    if _CMD_HEADER.search(header0) or family_in(header0):
        return "header"
    if tx.singular(tx.strip_end(header0).lower().strip("`* ")) in _THING_HEADERS:
        return ""  # "| Driver | What it does |" under "Network commands": drivers
    return "context" if any(_CMD_HEADER.search(text) for text in context) else ""


def table_family(header0: str, context: tuple[str, ...]) -> str | None:
    """The family a table's bare subcommands belong to: from the first header cell, then the
    nearest heading, then the lead line (``context`` holds those two, in that order)."""
    for text in (header0, *context):
        name = family_in(text)
        if name:
            return name
    return None


# --- "deletes stopped container" → "deletes a stopped container" ------------------------------

_NP_STOP = tx.wordset(
    "to from for of in on with without into onto at by over across per as via and or but than "
    "then so"
)
_DETERMINER = tx.wordset(
    "a an the all every each any some its their your his her this that these those one both no "
    "multiple several many other another which what more most few only"
)
# Countable things a command acts on: "image", "stopped container", "node label".
COUNTABLE = tx.wordset(
    "container image network volume service stack secret config node swarm task label tag "
    "registry repository repo plugin port replica layer manifest key certificate token file "
    "directory terminal shell session process snapshot backup mount cluster manager worker "
    "daemon host user group team role policy value variable command instruction entry digest "
    "context builder endpoint namespace server client project app application"
)


def add_article(phrase: str) -> str:
    """A singular thing right after the verb gets its article: "deletes stopped container" →
    "deletes a stopped container", "downloads image from registry" → "downloads an image
    from registry". Anything less plain ("runs bash", "lists images") is left as written."""
    words = phrase.split(" ")
    thing: list[str] = []
    for word in words[1:4]:
        if word.lower() in _NP_STOP or not re.fullmatch(r"[a-z][a-z-]*", word):
            break
        thing.append(word)
    rest = words[1 + len(thing) :]
    if not thing or thing[0] in _DETERMINER or thing[-1] not in COUNTABLE:
        return _place_article(phrase)
    if rest and rest[0].lower() not in _NP_STOP:
        return _place_article(phrase)  # "container," or a code span: no plain noun phrase
    return _place_article(" ".join([words[0], tx.article(" ".join(thing)), *thing, *rest]))


_INTO = tx.wordset("to from into onto in on inside")
_PLACES = tx.wordset("registry repository repo container network volume image host directory")


def _place_article(phrase: str) -> str:
    """ "uploads an image to registry" → "… to a registry": a bare singular place after "to",
    "from", "into", "in" at the end of the phrase or before another preposition."""
    words = phrase.split(" ")
    out = list(words)
    for i in range(len(words) - 2, 0, -1):
        noun = words[i + 1]
        after = words[i + 2].lower() if i + 2 < len(words) else ""
        if words[i].lower() in _INTO and noun in _PLACES and (not after or after in _NP_STOP):
            out.insert(i + 1, tx.article(noun))
    return " ".join(out)


def table_context(doc: Document, table: Table) -> tuple[str, ...]:
    """The nearest heading over a table, and the paragraph just above it (its lead)."""
    out = []
    if table.section:
        out.append(table.section[-1])
    before = doc.neighbour(table, -1)
    if isinstance(before, Paragraph):
        out.append(tx.clean(before.span.text))
    return tuple(out)
