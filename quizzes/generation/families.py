"""Docker things that come in known families, so a question never offers as a *wrong* option
something that in fact also belongs to the family it asks about.

``overlay`` is a network driver and a (legacy) storage driver, ``none`` is a network and a
logging driver, ``local`` a volume and a logging driver: a list in the notes rarely names every
member, so the rule checks these tables as well as the list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import key, singular, wordset

# Every member we know of, per family (keyed like ``family_of`` returns).
MEMBERS: dict[str, frozenset[str]] = {
    "storagedrivers": wordset(
        "overlay2 overlay aufs devicemapper btrfs zfs vfs fuse-overlayfs windowsfilter lcow"
    ),
    "networkdrivers": wordset(
        "bridge overlay macvlan ipvlan host none null nat transparent l2bridge l2tunnel ics "
        "weave calico flannel contiv kuryr"
    ),
    "loggingdrivers": wordset(
        "json-file local syslog journald gelf fluentd awslogs splunk etwlogs gcplogs "
        "logentries none"
    ),
    "volumedrivers": wordset(
        "local rexray rexray/ebs rexray/s3fs vieux/sshfs convoy flocker portworx pxd netapp "
        "azurefile cloudstor nfs"
    ),
    "restartpolicies": wordset("no always on-failure unless-stopped"),
    "mounttypes": wordset("volume bind bind-mount tmpfs npipe named-pipe"),
    "servicemodes": wordset("replicated global replicated-job global-job"),
    "publishingmodes": wordset("ingress host"),
    "nodeavailabilities": wordset("active pause drain"),
    "noderoles": wordset("manager worker leader follower"),
    "dockerfileinstructions": wordset(
        "FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG "
        "ONBUILD STOPSIGNAL HEALTHCHECK SHELL"
    ),
    "linuxnamespaces": wordset("pid net mnt ipc uts user cgroup time"),
}
_MEMBER_KEYS = {name: frozenset(key(m) for m in values) for name, values in MEMBERS.items()}

# Plausible wrong options for families no other list in the notes can supply.
DECOYS: dict[str, tuple[str, ...]] = {
    "dockerfileinstructions": (
        "IMPORT",
        "INCLUDE",
        "INSTALL",
        "BUILD",
        "PACKAGE",
        "DEPLOY",
        "PUBLISH",
        "START",
    ),
}

# The word before "drivers" (or in a heading) that names a driver family.
_DRIVER_WORDS = {
    "storage": "storage",
    "graph": "storage",
    "network": "network",
    "networks": "network",
    "networking": "network",
    "logging": "logging",
    "log": "logging",
    "logs": "logging",
    "volume": "volume",
    "volumes": "volume",
}
# "node types", "swarm node types", "kinds of nodes": one family.
_SYNONYMS = {
    "nodetypes": "noderoles",
    "swarmnodetypes": "noderoles",
    "swarmnoderoles": "noderoles",
    "mountkinds": "mounttypes",
    "dockermounttypes": "mounttypes",
    "namespaces": "linuxnamespaces",
    "swarmservicemodes": "servicemodes",
    "dockerrestartpolicies": "restartpolicies",
}
_OF = re.compile(r"^(?:types?|kinds?|sorts?) of (?P<what>.+)$")


@lru_cache(maxsize=4096)
def family_of(phrase: str) -> str:
    """Canonical key of what a list is a list of: ``built-in network drivers on Linux`` →
    ``networkdrivers``, ``kind of mount`` → ``mounttypes``; otherwise the plural phrase's key."""
    text = phrase.lower().strip()
    text = re.sub(r"\s+(?:on|in|for|under|with|from|supported by|used by)\s+.*$", "", text)
    found = _OF.match(text)
    if found:
        text = singular(found["what"].split()[-1]) + " types"
    words = text.split()
    if not words:
        return ""
    head = singular(words[-1])
    if head == "driver":
        kinds = {_DRIVER_WORDS[w] for w in words[:-1] if w in _DRIVER_WORDS}
        if len(kinds) == 1:
            return f"{kinds.pop()}drivers"
    words = [w for w in words[:-1] if w not in ("built-in", "builtin", "native", "default")]
    plural = key(" ".join([*words, head])) + "s"
    if head.endswith("y") and head[-2:-1] not in ("a", "e", "o", "u"):
        plural = plural[:-2] + "ies"  # policy → policies
    return _SYNONYMS.get(plural, plural)


def driver_family(texts: list[str]) -> str | None:
    """The one driver family the nearest text that names any talks about ("## Storage")."""
    for text in texts:
        found = re.findall(r"[a-z]+", text.lower())
        kinds = {_DRIVER_WORDS[w] for w in found if w in _DRIVER_WORDS}
        if len(kinds) == 1:
            return kinds.pop()
        if kinds:
            return None  # "Storage and networking": no single family
    return None


def belongs(value: str, family: str) -> bool:
    """Whether ``value`` is a known member of ``family`` (``Host mode`` of publishing modes)."""
    members = _MEMBER_KEYS.get(family)
    if not members:
        return False
    text = re.sub(r"\s*\([^)]*\)\s*$", "", value.strip("`*\"' ")).lower()
    words = text.split()
    if len(words) > 1 and singular(words[-1]) in ("driver", "mode", "mount", "policy", "node"):
        candidates = {key(" ".join(words[:-1])), key(text)}
    else:
        candidates = {key(text)}
    candidates |= {key(singular(c)) for c in list(candidates)}
    return bool(candidates & members)
