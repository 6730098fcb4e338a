"""A lab's own names in a command line: ``docker network inspect uber-net`` is asked as
``docker network inspect``, ``alpine@sha256:…`` as ``<image>@<digest>``, ``docker tag src:1
app:1`` as ``docker tag <source> <target>``; a line whose extra words the description leaves
unexplained is not asked at all."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import text as tx

NAMED = tx.wordset("network volume container service stack secret config node plugin image")
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


def tidy[F](fact: F) -> F | None:
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
    if words[1:3] == ["image", "tag"] and len(words) == 5:
        return replace(fact, command="docker image tag <source> <target>")
    if words[1:3] == ["manifest", "inspect"] and len(words) == 4:
        return replace(fact, command="docker manifest inspect <image>")
    if len(words) == 4 and words[1] in _LEGACY_ON_NAME and words[3].startswith("-"):
        words = [words[0], words[1], words[3], words[2]]  # "docker pull repo -a" → "… -a repo"
        last = words[-1]
    placed = _placeholders(words)
    if placed != words:  # "docker stack deploy -c docker-stack.yml seastack"
        does = fact.does
        for lab, shown in zip(words, placed, strict=True):
            if lab != shown:  # 'creates stack "seastack"' → "creates a stack"
                does = re.sub(
                    rf"\b(?:the\s+)?(\w+)\s+[\"'`]?{re.escape(lab)}[\"'`]?", r"a \1", does
                )
        return replace(fact, command=" ".join(placed), does=does)
    if _DIGEST.match(last):
        return replace(fact, command=" ".join([*words[:-1], "<image>@<digest>"]))
    said = f" {fact.does.lower().replace('`', '')} "
    if words[1] in NAMED and words[2] in _ON_NAME:
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


def _placeholders(words: list[str]) -> list[str]:
    """The lab values of two common lines as placeholders: ``docker stack deploy -c
    docker-stack.yml seastack`` → ``… -c <compose-file> <stack>``, ``docker node update
    --label-add pcidss=yes wrk-2`` → ``… --label-add <key>=<value> <node>``."""
    out = list(words)
    if words[1:3] == ["stack", "deploy"] and len(words) >= 5 and not words[-1].startswith("-"):
        out[-1] = "<stack>"
        for n, word in enumerate(words[:-2]):
            if word in ("-c", "--compose-file") and not words[n + 1].startswith("<"):
                out[n + 1] = "<compose-file>"
    if "--label-add" in words[:-2] and words[1:3] == ["node", "update"]:
        at = words.index("--label-add")
        if "=" in words[at + 1] and not words[at + 1].startswith("<"):
            out[at + 1] = "<key>=<value>"
        if at + 2 == len(words) - 1 and not words[-1].startswith(("-", "<")):
            out[-1] = "<node>"
    return out
