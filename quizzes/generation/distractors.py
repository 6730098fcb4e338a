"""Wrong options of the same kind as the answer: drawn from all notes, padded from small banks.

Deterministic: the order depends only on a seed string (an item's fingerprint), never on
``random``'s global state or on hash randomisation.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .text import key, singular

PROTOCOLS = {
    "rest": "REST",
    "grpc": "gRPC",
    "http": "HTTP",
    "https": "HTTPS",
    "tcp": "TCP",
    "udp": "UDP",
    "ssh": "SSH",
    "tls": "TLS",
    "mtls": "mTLS",
    "raft": "Raft",
    "gossip": "gossip",
    "vxlan": "VXLAN",
    "ipsec": "IPsec",
    "dns": "DNS",
    "ipvs": "IPVS",
    "unixsocket": "Unix socket",
    "namedpipe": "named pipe",
}
# How programs call each other, and what a cluster runs on: wrong options of one kind only
# (DNS is no answer to "Which protocol links dockerd and containerd?").
API_PROTOCOLS = ("REST", "gRPC", "SSH", "ttrpc")
CLUSTER_PROTOCOLS = ("Raft", "gossip", "VXLAN", "IPsec", "DNS", "IPVS")


def protocol_kind(protocol: str) -> str:
    api = {*API_PROTOCOLS, "HTTP", "HTTPS", "Unix socket", "named pipe"}
    return "protocol:api" if protocol in api else "protocol:cluster"


# Lists of well-known things of one kind, keyed by their plural name (the head noun is the kind).
LISTS = {
    "storage drivers": ("overlay2", "aufs", "devicemapper", "btrfs", "zfs", "vfs"),
    "network drivers": ("bridge", "overlay", "macvlan", "host", "none", "ipvlan"),
    "logging drivers": ("json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk"),
    "restart policies": ("no", "always", "on-failure", "unless-stopped"),
    "mount types": ("volume", "bind mount", "tmpfs"),
    "service modes": ("replicated", "global"),
    "publishing modes": ("ingress", "host"),
    "node availabilities": ("active", "pause", "drain"),
    "Dockerfile instructions": ("FROM", "RUN", "COPY", "ADD", "CMD", "ENTRYPOINT", "EXPOSE", "ENV"),
    "Linux namespaces": ("pid", "net", "mnt", "ipc", "uts", "user"),
}

# Answers that are too close to be wrong options for each other.
FAMILIES = (
    {"rest", "http", "https", "httpapi", "restapi"},
    {"grpc", "http2"},
    {"tls", "mtls", "https", "ssl"},
    {"tcp", "tcpip"},
)

_COMMAND_ALIASES = {
    "docker ps": "docker container ls",
    "docker container ps": "docker container ls",
    "docker container list": "docker container ls",
    "docker images": "docker image ls",
    "docker image list": "docker image ls",
    "docker rmi": "docker image rm",
    "docker image remove": "docker image rm",
    "docker build": "docker image build",
    "docker pull": "docker image pull",
    "docker push": "docker image push",
    "docker history": "docker image history",
    "docker tag": "docker image tag",
    "docker run": "docker container run",
    "docker exec": "docker container exec",
    "docker logs": "docker container logs",
    "docker stop": "docker container stop",
    "docker start": "docker container start",
    "docker rm": "docker container rm",
    "docker info": "docker system info",
    "docker inspect": "docker container inspect",
}


@lru_cache(maxsize=16384)
def command_head(command: str) -> str:
    """``docker node ls -q`` → ``docker node ls`` (aliases mapped to one canonical form)."""
    words = []
    for word in command.strip("`$ ").split():
        if word.startswith("-") or not re.match(r"^[a-z][a-z0-9-]*$", word) or len(words) == 3:
            break
        words.append(word)
    head = " ".join(words)
    for size in (3, 2):
        prefix = " ".join(words[:size])
        if prefix in _COMMAND_ALIASES:
            return _COMMAND_ALIASES[prefix]
    return head.replace(" list", " ls").replace(" remove", " rm")


@lru_cache(maxsize=131072)
def similar(a: str, b: str) -> bool:
    """Equal, near-synonyms, or one contained in the other: never answer and wrong option."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return ka == kb
    if ka == kb or key(singular(a)) == key(singular(b)):
        return True
    if (ka in kb or kb in ka) and min(len(ka), len(kb)) >= 2:
        return True
    if any(ka in family and kb in family for family in FAMILIES):
        return True
    if a.strip("`$ ").startswith("docker") and b.strip("`$ ").startswith("docker"):
        return command_head(a) == command_head(b)
    wa, wb = _word_set(a), _word_set(b)
    return len(wa | wb) > 2 and len(wa & wb) / len(wa | wb) >= 0.8


def in_text(value: str, text: str) -> bool:
    """Whether ``value`` appears in ``text`` as whole words (case and markup ignored)."""
    needle = _plain_words(value)
    return bool(needle) and f" {needle} " in f" {_plain_words(text)} "


@lru_cache(maxsize=65536)
def _plain_words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=16384)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


@dataclass
class _Entry:
    value: str
    groups: set[str] = field(default_factory=set)


class Bank:
    """Everything of each kind found in the notes, for wrong options."""

    def __init__(self) -> None:
        self._kinds: dict[str, dict[str, _Entry]] = {}
        self._lists: dict[str, list[_Entry]] = {}
        self._groups: dict[tuple[str, str], list[_Entry]] = {}

    def add(self, kind: str, value: str, group: str = "") -> None:
        value = value.strip()
        if not value:
            return
        entries = self._kinds.setdefault(kind, {})
        entry = entries.get(key(value) or value)
        if entry is None:
            entry = entries[key(value) or value] = _Entry(value)
            self._lists.setdefault(kind, []).append(entry)
        if group not in entry.groups:
            entry.groups.add(group)
            self._groups.setdefault((kind, group), []).append(entry)

    def values(self, kind: str) -> list[str]:
        return [e.value for e in self._lists.get(kind, [])]

    def count(self, kind: str) -> int:
        return len(self._lists.get(kind, []))

    def pick(
        self,
        kind: str,
        answers: Sequence[str],
        *,
        seed: str,
        n: int = 3,
        avoid_groups: Iterable[str] = (),
        exclude: Iterable[str] = (),
        prefer_group: str | None = None,
        fallback: Sequence[str] = (),
        stem: str = "",
        reject: Callable[[str], bool] | None = None,
        group_only: bool = False,
    ) -> list[str]:
        """Up to ``n`` wrong options: first from ``prefer_group``, then anything of the kind in
        the notes, then ``fallback``; each tier in an order fixed by ``seed``. Fewer than ``n``
        only when the notes and the fallback hold no more. Never a value named in the
        question ``stem`` ("… for invoking runc?" never offers ``runc``), nor one ``reject``
        says is in fact right too. ``group_only`` stops after ``prefer_group``: options of
        one kind come from one list or table of the notes."""
        avoid = set(avoid_groups)
        banned = [*answers, *exclude]
        rng = random.Random(seed)  # noqa: S311 - seeded for repeatable picks, not secrecy
        chosen: list[str] = []
        stem_words = f" {_plain_words(stem)} " if stem else ""

        def consider(value: str) -> bool:
            if stem_words and f" {_plain_words(value)} " in stem_words:
                return False
            if reject is not None and reject(value):
                return False
            if not any(similar(value, other) for other in banned + chosen):
                chosen.append(value)
            return len(chosen) == n

        preferred = self._groups.get((kind, prefer_group), []) if prefer_group else []
        for entry in _shuffled(preferred, rng):
            if not (entry.groups & avoid) and consider(entry.value):
                return chosen
        if group_only:
            return chosen
        for entry in _walk(self._lists.get(kind, []), rng):
            if not (entry.groups & avoid) and consider(entry.value):
                return chosen
        for value in _shuffled(list(fallback), rng):
            if consider(value):
                return chosen
        return chosen


def _shuffled(items: list, rng: random.Random) -> list:
    items = list(items)
    rng.shuffle(items)
    return items


def _walk(items: list, rng: random.Random, limit: int = 400):
    """Up to ``limit`` items in a seeded order, without shuffling a large pool."""
    size = len(items)
    if size <= 64:
        yield from _shuffled(items, rng)
        return
    start, step = rng.randrange(size), rng.randrange(1, size)
    while math.gcd(step, size) != 1:
        step += 1
    for i in range(min(size, limit)):
        yield items[(start + i * step) % size]
