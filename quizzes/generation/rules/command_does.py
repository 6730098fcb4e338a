"""What a command does, as a question can say it: a note's description of a command
("list nodes", "running ctrs only", "Removing images:") as a third-person verb phrase ("lists
nodes", "shows the running containers"), or None when it does not read as one."""

from __future__ import annotations

import re

from .. import text as tx
from ..distractors import command_head
from . import phrasing as ph
from .command_keys import parts
from .command_lab import NAMED
from .command_shape import ACTION_VERBS, add_article, broken, join_verbs, reads_well

_DEICTIC = re.compile(
    r"\b(this|that|these|those|here|above|below|following|it|them|progress|stuff)\b", re.I
)
_VERB_WORDS = ACTION_VERBS | tx.MORE_VERBS  # "bring" ends in "-ing" but is a verb


def does_phrase(desc: str, command: str, lead: bool = False) -> str | None:
    """What the command does, as a third-person verb phrase ("lists the nodes"), or None.
    ``lead``: the description is written before the command, as a label ("Removing images:
    …"), so an "-ing" word may be the verb; after a command ("`docker container ls` - running
    ctrs only") it is an adjective."""
    desc = join_verbs(tx.unabbreviate(desc))  # "stop + remove ctrs" → "stop and remove …"
    desc = _ASIDE.sub("", desc)  # "deletes ALL images -- careful", "removes … too"
    desc = re.sub(r"\s*\([^()]*\d+\.\d+\.\d+\.\d+[^()]*\)", "", desc)  # "(10.0.0.0/24, …)"
    desc = re.sub(
        r"\b(?:ALL|NOT|NEVER|ONLY|ALWAYS|EVERY|ANY|OR|AND)\b", lambda m: m.group(0).lower(), desc
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
    if re.search(r"~\s?\d|\b\d+(?:\.\d+)?\s?[KMG]i?B\b", desc):
        return None  # "pulls a few layers, ~84MB": what one lab run printed
    if _DEICTIC.search(desc) or re.search(r"\w:(?:\s|$)", desc):
        return None  # "on this IP", "the above", "client: and server: sections"
    if _LOST.match(desc) or _FRAGMENT.search(desc) or _BEFORE_WHAT.search(desc) or broken(desc):
        return None  # "shows the list" (which list?), "builds multi-arch" (multi-arch what?)
    first = words[0].lower().strip(",:")
    if first.endswith("ing") and first not in _VERB_WORDS and (not lead or first in _ADJ_START):
        phrase = None  # "running ctrs only" lists containers, it runs nothing
    elif len(words) > 1 and words[1].lower() == "of":
        phrase = None  # "logs of one service": a noun, whatever "logs" could mean
    else:
        phrase = tx.verb_phrase_3rd(desc)
    if phrase is None:
        shown = _shows(desc, command)
        return shown if shown is not None and reads_well(shown) else None
    if re.match(r"^\w+\s+(?:needs|requires|has|is|are|must|should|can|will|won't)\b", phrase):
        return None  # "push needs your own namespace": a remark about pushing, not this command
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
    if len(words) == 2 and tx.singular(words[1].lower()) not in ph.COMMON_NOUNS:
        return None  # "rotates root", "joins cmd": too short to say what it does
    return _with_object(phrase, command)


_DANGLING_ADJECTIVE = tx.wordset("unused dangling stopped running exited local all orphaned")


def _with_object(phrase: str, command: str) -> str:
    """ "`docker network prune` - delete all unused" → "deletes all unused networks"."""
    last = phrase.split()[-1].lower()
    head = parts(command)[0].split()
    short = len(phrase.split()) <= 3  # "deletes all unused", not "… where they are running"
    if short and last in _DANGLING_ADJECTIVE and len(head) == 3 and head[1] in NAMED:
        return f"{phrase} {head[1]}s"
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
    if args or len(head) != 3 or head[1] not in NAMED or head[2] not in _OWN_JOB.get(verb, ""):
        return None
    return f"{phrase} {head[1]}s"


_ASIDE = re.compile(
    r"(?:\s+(?:--|\u2013|\u2014)\s+.*|\s+-\s+(?:careful|caution|danger|beware|warning|handy|"
    r"useful|nice|cool|neat)\b.*|\s*!+|"
    r"\s+(?:too|as well|also|lol|btw))+\s*\.?\s*$",
    re.I,
)
_LOST = re.compile(
    r"^\w+\s+(?:the|that|this)\s+(?:list|one|ones|result|results|output|same|rest|thing|things|"
    r"info|details|value|values|other|others)$|^\w+\s+(?:more|less|some|one|it|them|those)$",
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
