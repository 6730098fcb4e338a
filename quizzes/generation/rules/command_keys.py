"""The part of an example command line a description is about: ``docker service create
--name web -p 8080:8080 --replicas 5 nigelpoulton/web`` "creates a replicated service with 5
tasks" → ``docker service create --replicas 5``; "maps host port 5000 to container port 80"
→ the ``-p 5000:80`` option of ``docker container run``."""

from __future__ import annotations

import re

from .. import text as tx
from ..distractors import command_head


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())} | set(re.findall(r"\d+", text))


def parts(command: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    """Head words, (flag, value) pairs and positional arguments."""
    words = command.split()
    head = command_head(command).split()
    size = 0
    while size < len(words) and size < len(head) + 1 and not words[size].startswith("-"):
        if words[size] not in head and words[size] != "sudo":
            break
        size += 1
    flags: list[tuple[str, str]] = []
    args: list[str] = []
    rest = words[size:]
    i = 0
    while i < len(rest):
        word = rest[i]
        if word.startswith("-"):
            value = ""
            takes = "=" not in word and i + 1 < len(rest) and not rest[i + 1].startswith("-")
            if takes and i + 2 < len(rest):  # the last word is usually an arg
                value, i = rest[i + 1], i + 1
            flags.append((word, value))
        else:
            args.append(word)
        i += 1
    return " ".join(words[:size]), flags, args


def key_part(command: str, does: str) -> tuple[str, str] | None:
    """(what to ask about, the command it belongs to) or None when nothing fits. The first
    is the command itself when every word of it is explained or the line is short."""
    head, flags, _args = parts(command)
    if not flags or not head:
        return command, ""
    stems = _stems(does)
    explained = [
        (f, v) for f, v in flags if _stems(f.lstrip("-") + " " + v) & stems and v + f != ""
    ]
    # Only options with values of their own make a lab line ("--name web", "-d overlay");
    # a bare flag ("-a") or a lone argument ("web") stays part of the command.
    extra = [(f, v) for f, v in flags if v and (f, v) not in explained]
    if not extra:
        return command, ""
    if not explained:
        return None  # the description is about words the line does not show
    verb = tx.base_verb(does.split(" ", 1)[0].lower(), tx.MORE_VERBS) or "-"
    if any(verb[:4] == word[:4] for word in head.split()[1:]):
        kept = " ".join(f"{f} {v}".strip() for f, v in explained)
        return f"{head} {kept}", ""  # "creates a replicated service with 5 tasks"
    if len(explained) != 1:
        return None
    flag, value = explained[0]
    return f"{flag} {value}".strip(), head  # one option's job: "-p 5000:80 maps …"


OUTPUT_ONLY = re.compile(r"\b(?:both|sections?|columns?|headers?)\b", re.I)
# Well-known commands that show overlapping things: a description matching the shared words
# fits more than one of them.
_OVERLAP = (
    ({"docker version", "docker info", "docker system info"}, r"client|server|version|daemon"),
    ({"docker container ls", "docker ps", "docker top"}, r"running|process"),
    ({"docker container logs", "docker logs", "journalctl", "docker service logs"}, r"logs?"),
    ({"docker container inspect", "docker inspect"}, r"detail|config|json"),
)


def ambiguous(command: str, does: str) -> bool:
    head = command_head(command)
    return any(
        (head in heads or command.split()[0] in heads) and re.search(rf"\b(?:{words})", does, re.I)
        for heads, words in _OVERLAP
    )
