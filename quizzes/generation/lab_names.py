"""A lab's own names, asked as placeholders.

Notes written beside a terminal name their volumes, networks and containers
(``docker volume create myvol``, ``--name voltainer``, ``docker network create -d overlay
uber-net``). A card that keeps those names ("`docker volume inspect myvol`") asks about one
member's lab; with ``<volume>`` in their place it asks about Docker. :func:`lab_names` reads
the names a note gives its objects, where it creates them; :func:`generalize` writes the
placeholders into the code of an item's text, answer and options.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import text as tx
from .drafts import Draft

# Names Docker gives or keeps for itself: never a lab's own.
_BUILTIN = tx.wordset(
    "bridge host none default ingress docker_gwbridge local overlay macvlan ipvlan nat "
    "transparent null self"
)
_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")
_CODE = re.compile(r"`([^`\n]+)`")
_DOCKER = re.compile(r"\bdocker\s+(?P<rest>[^`\n|]+)")
_CREATES_LAST = {("volume", "create"): "volume", ("network", "create"): "network"}
_CREATES_FIRST = {("secret", "create"): "secret", ("config", "create"): "config"}
_RUNS = {("run",), ("create",), ("container", "run"), ("container", "create")}


def lab_names(body: str) -> dict[str, str]:
    """``{"myvol": "volume", "voltainer": "container", …}``: the names the note's docker
    commands create objects under (the object's kind as its value)."""
    found: dict[str, str] = {}
    for match in _DOCKER.finditer(body):
        for name, kind in _created(match["rest"].split()):
            if _NAME.fullmatch(name) and name.lower() not in _BUILTIN and len(name) > 2:
                found.setdefault(name, kind)
    return found


def _created(words: list[str]):
    """(name, kind) pairs one docker command line creates."""
    if len(words) < 2:
        return
    pair = (words[0], words[1])
    positional = [w for w in words[2:] if not w.startswith("-")]
    if pair in _CREATES_LAST and positional and not words[-1].startswith("-"):
        yield words[-1], _CREATES_LAST[pair]
    if pair in _CREATES_FIRST and positional:
        yield positional[0], _CREATES_FIRST[pair]
    if pair == ("stack", "deploy") and positional and not words[-1].startswith("-"):
        yield words[-1], "stack"
    runs = (words[0],) in _RUNS or pair in _RUNS
    service = pair == ("service", "create")
    for n, word in enumerate(words[:-1]):
        value = words[n + 1]
        if word.startswith("--name="):
            value, word = word.split("=", 1)[1], "--name"
        if word == "--name" and (runs or service):
            yield value, "service" if service else "container"
        elif word == "--mount" or word.startswith("--mount="):
            yield from _mounted(word.split("=", 1)[1] if "=" in word else value)
        elif word in ("-v", "--volume") and runs:
            source = value.split(":", 1)[0]
            if ":" in value and not source.startswith(("/", ".", "~", "$")):
                yield source, "volume"
        elif word in ("--network", "--net") and (runs or service):
            yield value, "network"


def _mounted(spec: str):
    fields = dict(part.split("=", 1) for part in spec.split(",") if "=" in part)
    source = fields.get("source") or fields.get("src") or ""
    if fields.get("type", "volume") == "volume" and source[:1] not in ("", "/", ".", "~", "$"):
        yield source, "volume"


def generalize(draft: Draft, names: dict[str, str]) -> Draft | None:
    """``draft`` with every lab name inside its code spans as ``<kind>``; None when its
    answer is nothing but a lab name (a lab's choice is not knowledge)."""
    if not names:
        return draft
    pattern = _pattern(tuple(sorted(names, key=len, reverse=True)))
    if pattern.fullmatch(draft.answer.strip("`*_ .")):
        return None

    def placed(text: str) -> str:
        return _CODE.sub(lambda m: f"`{pattern.sub(lambda n: f'<{names[n[0]]}>', m[1])}`", text)

    text, answer = placed(draft.text), placed(draft.answer)
    options = tuple(replace(o, text=placed(o.text)) for o in draft.options)
    if (text, answer, options) == (draft.text, draft.answer, draft.options):
        return draft
    return replace(draft, text=text, answer=answer, options=options)


@lru_cache(maxsize=256)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.<-])(?:{alternatives})(?![\w-]|\.\w)")
