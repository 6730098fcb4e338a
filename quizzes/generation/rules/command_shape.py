"""Is a command description a clean verb phrase ("lists the nodes"), and is a wrong option
the same shape as the answer? "sees digests of your local images you", "deletes images is
done", "kills and removes a running one" and "attaches to PID 1 instead" are all skipped;
``docker container rm $(docker container ls -aq) -f`` is never a wrong option."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import text as tx

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
    if " you " in f" {phrase.lower()} ":
        return False
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
