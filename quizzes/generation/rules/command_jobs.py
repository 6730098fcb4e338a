"""What a command's job is, for fair questions: the verbs a description and a command share
("removes" and ``rm``), whether two descriptions are the same job (no wrong option may do the
asked job too), and whether the question already says the answer."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import text as tx
from ..distractors import command_head
from .command_lab import NAMED
from .command_shape import ACTION_VERBS, COUNTABLE

_FAMILY_NOUNS = tx.wordset(
    "container containers image images network networks volume volumes service services stack "
    "stacks node nodes secret secrets config configs plugin plugins swarm task tasks registry "
    "repo repository app application daemon engine"
)


def names_itself(command: str, does: str) -> bool:
    """The description says the subcommand's own word as its object ("shows the build
    history" → `history`, "lists services" → `docker stack services`), or a one-word command
    its own verb ("pulls from Docker Hub" → `docker pull`). A description naming its object in
    backticks ("Inspect, `docker inspect web:latest`") is left alone."""
    head = command_head(command).split()
    if not head:
        return False  # "`<image>@<digest>`" and the like: no command word
    sub = head[-1].lower()
    if "`" in does or sub in ("ls", "ps", "rm", "rmi") or not sub.isalpha():
        return False
    first, *rest = re.findall(r"[a-z]+", does.lower()) or [""]
    if any(sub in (w, tx.singular(w)) for w in rest):
        return True
    return len(command.split()) == 2 and tx.base_verb(first, tx.MORE_VERBS) == sub


def objectless(does: str, group: str) -> bool:
    """ "follows stdout/stderr", "shows mappings": the description never says what of, and
    the command's family would (``docker container logs``)."""
    family = group.split()[1] if len(group.split()) == 2 else ""
    if family not in NAMED | {"swarm", "trust", "manifest", "system", "buildx"}:
        return False
    if "`" in does:
        return False  # "inspects `web:latest`" names its object
    words = {tx.singular(w) for w in re.findall(r"[a-z]+", does.lower())}
    if family in ("stack", "swarm", "trust", "manifest", "system", "buildx", "secret", "config"):
        return family not in words  # "shows the current key": of the swarm; "lists tasks"
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


def jobs_of(command: str) -> set[str]:
    """The jobs a command's words name: ``docker compose rm`` → {remove}."""
    out = set()
    for word in command_words(command):
        verb = word if word in _JOBS else tx.base_verb(word, ACTION_VERBS)
        if verb:
            out.add(_JOBS.get(verb, verb))
    return out - {"docker", "compose"}


@lru_cache(maxsize=16384)
def job_of(does: str) -> tuple[frozenset[str], frozenset[str]]:
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


def same_job(does: str, other: str) -> bool:
    """Whether a command the notes describe as ``other`` does what ``does`` asks too: every
    job of the question and the things it acts on ("removes stopped containers" is done by
    what "stops and removes containers and networks"; the reverse is not)."""
    verbs, things = job_of(does)
    other_verbs, other_things = job_of(other)
    if not verbs or not verbs <= other_verbs:
        return False
    nouns = things & COUNTABLE
    if nouns:
        return nouns <= other_things
    return bool((things - verbs) & other_things)


@lru_cache(maxsize=65536)
def command_words(command: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", command.lower()))


def key_verbs(does: str, command: str) -> set[str]:
    """The verb of the description when the command spells it out, with its opposite."""
    verb = tx.base_verb(does.split(" ", 1)[0], tx.MORE_VERBS)
    if verb is None or verb not in command_words(command):
        return set()
    return {verb, _OPPOSITE.get(verb, verb)}
