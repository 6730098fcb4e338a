"""Phrases that tie an item to one DCA objective (codes of ``dca_exam.yaml``).

Word overlap with the objective texts alone mismatches too often ("without", "start"), so an
objective is only set when one of these phrases occurs in the item's question or answer.
A trailing ``*`` matches any word ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

TRIGGERS = {
    "D1.01": "swarm init; join-token; join token; manager nodes; worker nodes; node roles; "
    "advertise-addr; docker node promote; docker node demote; docker swarm join",
    "D1.03": "quorum; tolerate*; odd number of managers; raft; split brain; split-brain",
    "D1.04": "container and a service; service and a container; container vs service",
    "D1.05": "docker inspect; docker container inspect; docker service inspect",
    "D1.06": "stack deploy; compose file; stack file; docker-compose.yml",
    "D1.07": "docker stack ls; docker stack ps; docker stack rm; docker stack services",
    "D1.09": "replicas; docker service scale; --replicas",
    "D1.11": "--mount",
    "D1.12": "global service*; replicated service*; service mode*; --mode global",
    "D1.13": "node label*; placement; constraint*",
    "D1.14": "template*",
    "D1.15": "service not deploying; pending state",
    "D1.90": "autolock; unlock key; swarm unlock; lock* a swarm; locks a new swarm; "
    "locks an existing swarm",
    "D2.01": "dockerfile*; build context",
    "D2.02": "entrypoint; cmd instruction; copy instruction; add instruction; expose; "
    "volume instruction",
    "D2.04": "multi-stage; efficient image*; build cache; --no-cache",
    "D2.05": "docker image ls; docker images; docker image rm; docker rmi; docker image prune; "
    "dangling",
    "D2.06": "--filter; --format",
    "D2.07": "docker tag; docker image tag; image tag*",
    "D2.09": "docker history; docker image history; image layers",
    "D2.10": "--squash; single layer; flatten*",
    "D2.12": "deploy a registry; registry:2",
    "D2.13": "docker login",
    "D2.14": "docker search",
    "D2.15": "docker push; docker image push",
    "D2.16": "docker trust sign",
    "D2.17": "docker pull; docker image pull",
    "D3.01": "sizing; hardware requirement*",
    "D3.02": "install* docker; docker installation; storage driver*; graph driver*",
    "D3.03": "logging driver*; log driver*; log-driver; journald; splunk; json-file; syslog; "
    "fluentd; gelf",
    "D3.04": "swarm backup; back up the swarm; backup schedule",
    "D3.06": "start on boot; systemctl enable; auto start when system boots",
    "D3.07": "client certificate*; certificate-based; --tlsverify",
    "D3.08": "namespace*; cgroup*; control group*",
    "D3.90": "upgrad* docker; upgrad* the docker engine; upgrad* the engine",
    "D4.01": "container network model; cnm; ipam; libnetwork; sandbox*; endpoint*",
    "D4.02": "network driver*; macvlan; ipvlan",
    "D4.04": "bridge network*; docker network create; docker0",
    "D4.05": "publish* a port; port mapping*; --publish",
    "D4.06": "docker port",
    "D4.07": "ingress mode; host mode; publishing mode*; routing mesh",
    "D4.08": "external dns; --dns",
    "D4.09": "load balanc*; http routing mesh; l7",
    "D4.10": "overlay network*; vxlan; 4789",
    "D5.02": "sign* an image; image signing; notary",
    "D5.03": "seccomp; apparmor; selinux; capabilities",
    "D5.04": "swarm security; certificate rotation; root ca; cluster ca",
    "D5.05": "mutual tls; mtls",
    "D5.10": "content trust; docker_content_trust",
    "D5.11": "rbac; role-based access",
    "D5.12": "ldap; active directory",
    "D5.13": "client bundle*",
    "D6.01": "storage driver*; graph driver*; overlay2; aufs; btrfs; windowsfilter",
    "D6.02": "devicemapper; direct-lvm; loop-lvm",
    "D6.03": "block storage; object storage; file storage",
    "D6.04": "copy-on-write; writable layer; /var/lib/docker",
    "D6.05": "volume*; persistent data; persistent storage",
    "D6.06": "prune; clean up",
    "D6.07": "shared storage; across cluster nodes; multiple nodes; volume driver*",
}


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    """Per domain, one regex whose named groups are its objectives (``D1_03``)."""
    parts: dict[str, list[str]] = {}
    for code, spec in TRIGGERS.items():
        bodies = []
        for phrase in spec.split(";"):
            phrase = phrase.strip().lower()
            if phrase:
                tail = r"[\w-]*" if phrase.endswith("*") else ""
                bodies.append(re.escape(phrase.rstrip("*")) + tail)
        bodies.sort(key=len, reverse=True)
        group = code.replace(".", "_")
        parts.setdefault(code.split(".")[0], []).append(f"(?P<{group}>{'|'.join(bodies)})")
    return {
        domain: re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])")
        for domain, groups in parts.items()
    }


def best_objective(text: str, candidates: Iterable[str], preferred: Iterable[str]) -> str | None:
    """The candidate objective whose phrases ``text`` mentions most; ties go to ``preferred``
    (the chapter's objectives); a tie that remains means no objective."""
    candidates = set(candidates)
    domains = {code.split(".")[0] for code in candidates}
    hits: dict[str, set[str]] = {}
    low = text.lower()
    for domain in sorted(domains):
        pattern = _compiled().get(domain)
        if pattern is None:
            continue
        for found in pattern.finditer(low):
            code = (found.lastgroup or "").replace("_", ".")
            if code in candidates:
                hits.setdefault(code, set()).add(found.group(0))
    if not hits:
        return None
    preferred = set(preferred)
    ranked = sorted(
        ((len(words), code in preferred, code) for code, words in hits.items()),
        key=lambda r: (-r[0], not r[1], r[2]),
    )
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return None
    return ranked[0][2]
