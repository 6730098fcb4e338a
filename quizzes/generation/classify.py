"""DCA domain, objective and chapter of a draft.

The chapter comes from the note (or, for notes covering several chapters, from a heading or
parent item naming one). The domain combines the chapter's objectives with a keyword lexicon
per domain; the objective is set only when the item's words clearly match one objective.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .objectives import best_objective
from .parser import Block, ListBlock, ListItem
from .syllabus import Syllabus

DOMAIN_NAMES = {
    "D1": "Orchestration",
    "D2": "Image Creation, Management, and Registry",
    "D3": "Installation and Configuration",
    "D4": "Networking",
    "D5": "Security",
    "D6": "Storage and Volumes",
}

# Phrases count double; a trailing "*" matches any ending.
LEXICON = {
    "D1": "swarm swarms service* stack* node* quorum manager* worker* replica* replicated "
    "orchestrat* raft scal* task* placement constraint* leader drain kubernetes pod* "
    "deployment* autolock; docker service; docker stack; docker node; rolling update; "
    "docker inspect; container inspect; global service; swarm mode; join token; join-token",
    "D2": "image* dockerfile* registr* tag* layer* build* push* pull* repositor* manifest* "
    "entrypoint cmd expose dtr digest* squash multi-stage; docker hub; base image",
    "D3": "install* daemon dockerd engine upgrad* systemd systemctl cgroup* namespace* "
    "containerd runc shim lxc libcontainer oci moby sizing boot backup* ucp socket* 2375 2376; "
    "daemon.json; network socket; docker.sock; "
    "logging driver*; log driver*; docker engine; rest api; start on boot",
    "D4": "network* overlay bridge macvlan ipvlan port* publish* dns ingress vxlan cnm ipam "
    "sandbox* endpoint* libnetwork subnet* gateway* iptables ipvs 4789 7946 load-balanc*; "
    "routing mesh; load balanc*; service discovery; network driver*",
    "D5": "tls mtls secret* trust notary rbac sign* signature* encrypt* seccomp apparmor "
    "selinux capabilit* ldap scan* vulnerabilit* security certificate* authenticat* "
    "grant* ; content trust; client bundle*; active directory; user namespace*",
    "D6": "volume* mount* tmpfs devicemapper overlay2 aufs btrfs zfs vfs persistent "
    "storage* windowsfilter nfs csi pvc* persistentvolume* storageclass* copy-on-write; "
    "storage driver*; graph driver*; bind mount*; block storage; object storage",
}
_ORDER = {code: n for n, code in enumerate(DOMAIN_NAMES)}
# Without a Syllabus: the domains of each chapter's objectives in docker_deep_dive.yaml, one
# entry per objective, so that every draft of a note with chapters still gets a domain.
BOOK_CHAPTER_DOMAINS = {
    1: "D3",
    2: "D3 D4",
    3: "D3 D3 D3 D3 D6 D6",
    4: "D1 D2",
    5: "D3 D3 D3 D5",
    6: "D2 D2 D2 D2 D2 D2 D6 D6",
    7: "D1 D1 D4 D4",
    8: "D2 D2 D2 D2 D2 D2 D2 D2",
    9: "D1 D1 D1",
    10: "D1 D1 D1 D1 D1 D1 D1 D1 D1 D1 D3 D5",
    11: "D4 D4 D4 D4 D4 D4",
    12: "D4 D4 D1",
    13: "D6 D6 D6 D1",
    14: "D1 D1 D1",
    15: "D3 D5 D5 D5 D5 D5 D5",
    16: "D2 D2 D2 D3 D3 D3 D4 D5 D5 D5 D5",
    17: "D4 D5 D5 D5",
}
_CHAPTER = re.compile(r"\b(?:chapter|chap\.?|ch\.?)\s*(\d{1,2})\b", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:chapter\s*)?\d{1,2}\s*[.:)-]\s*", re.IGNORECASE)


def _alternation(words: list[str], tail: str) -> str:
    bodies = sorted(
        (re.escape(w.rstrip("*")) + (tail if w.endswith("*") else "") for w in words),
        key=len,
        reverse=True,
    )
    return "|".join(bodies)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One regex for all single words and one for all phrases; group names are domains."""
    singles, phrases = [], []
    for domain, spec in LEXICON.items():
        words, *rest = spec.split(";")
        singles.append(f"(?P<{domain}>{_alternation(words.split(), r'[\w-]*')})")
        rest = [p.strip() for p in rest if p.strip()]
        if rest:
            phrases.append(f"(?P<{domain}>{_alternation(rest, r'\w*')})")
    edge = r"(?<![\w-])(?:{})(?![\w-])"
    return re.compile(edge.format("|".join(singles))), re.compile(edge.format("|".join(phrases)))


@lru_cache(maxsize=4096)
def keyword_scores(text: str) -> Counter[str]:
    """Domain → weight of its lexicon words in ``text`` (each word counted at most 3 times)."""
    low = text.lower()
    scores: Counter[str] = Counter()
    for pattern, weight in zip(_patterns(), (1.0, 2.0), strict=True):
        seen: Counter[tuple[str, str]] = Counter()
        for found in pattern.finditer(low):
            seen[(found.lastgroup or "", found.group(0))] += 1
        for (domain, _), count in seen.items():
            scores[domain] += weight * min(count, 3)
    return scores


def chapter_of(
    block: Block, chapters: Sequence[int], syllabus: Syllabus | None, title: str = ""
) -> int | None:
    """The chapter a block belongs to: named by an enclosing heading or item, else the note's
    (its only chapter, or one its title names)."""
    texts: list[str] = []
    node: Block | None = block
    while node is not None:
        if isinstance(node, ListItem) and node.span is not None:
            texts.append(node.span.text)
        if isinstance(node, ListBlock) and node.lead is not None:
            texts.append(node.lead.text)
        node = node.parent
    texts += list(reversed(block.section))
    if title:
        texts.append(title)
    titles = _titles(tuple(syllabus.chapter_titles.items())) if syllabus is not None else {}
    allowed = set(chapters)
    for text in texts:
        first = text.split("\n")[0]
        found = _CHAPTER.search(first)
        number = int(found.group(1)) if found else titles.get(_norm_title(first))
        if number is not None and (not allowed or number in allowed):
            return number
    return chapters[0] if len(chapters) == 1 else None


@lru_cache(maxsize=8)
def _titles(chapter_titles: tuple[tuple[int, str], ...]) -> dict[str, int]:
    return {_norm_title(title): number for number, title in chapter_titles if title}


@lru_cache(maxsize=16384)
def _norm_title(text: str) -> str:
    text = _NUMBERING.sub("", text.strip())
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# "… in swarm mode?", "… on a swarm?": where the fact holds, not what it is about.
_SETTING = re.compile(r"\s+(?:in|on|within|across|under|for)\s+(?:a\s+|the\s+)?[\w -]{1,24}\?\s*$")


_COMMAND = re.compile(r"(?:^|`)\s*(?:sudo\s+)?docker\s+([a-z]+)\b", re.M)
_OBJECT_DOMAIN = {
    "container": "D1",
    "service": "D1",
    "stack": "D1",
    "node": "D1",
    "image": "D2",
    "build": "D2",
    "buildx": "D2",
    "manifest": "D2",
    "network": "D4",
    "volume": "D6",
    "secret": "D5",
    "trust": "D5",
}


def _subject_scores(focus: str, text: str) -> Counter[str]:
    """Weigh the subject of an item over incidental words: the answer (the term, command or
    hidden word) counts once more, and a closing "… in swarm mode?" hardly counts."""
    scores: Counter[str] = Counter()
    if not focus:
        return scores
    question, _, answer = focus.rpartition("\n")
    if len(answer.split()) <= 4:  # a term, a command, a hidden word: not a description
        for domain, score in keyword_scores(answer).items():
            scores[domain] += 1.5 * score
    command = _COMMAND.search(focus)
    if command and command.group(1) in _OBJECT_DOMAIN:
        scores[_OBJECT_DOMAIN[command.group(1)]] += 3  # `docker container stats` is D1
    setting = _SETTING.search(question)
    if setting:
        phrase = setting.group(0).strip(" ?")
        times = max(1, text.lower().count(phrase.lower()))
        for domain, score in keyword_scores(phrase).items():
            scores[domain] -= 0.75 * score * times
    return scores


SECURITY = re.compile(
    r"\b(?:m?tls|mutual tls|certificates?|certs?|(?:root )?ca|ca --rotate|encryption keys?|"
    r"unlock keys?|ipsec|secrets?|content trust|notary|signed|signing|signatures?|"
    r"autolock)\b",
    re.I,
)


def unify_lists(items: Sequence[tuple[object, str | None]]) -> list[str | None]:
    """One domain for the items of one list (restart policies): the most common one among
    those not pinned to Security; ties go to the first seen."""
    groups: dict[object, Counter[str]] = {}
    for key, domain in items:
        if key is not None and domain and domain != "D5":
            groups.setdefault(key, Counter())[domain] += 1
    result = []
    for key, domain in items:
        counts = groups.get(key)
        if counts and domain != "D5" and sum(counts.values()) > 1:
            domain = counts.most_common(1)[0][0]
        result.append(domain)
    return result


class Classifier:
    """Classifies drafts against one syllabus (its objective index is built once)."""

    def __init__(self, syllabus: Syllabus | None) -> None:
        self.syllabus = syllabus
        self._memo: dict = {}
        self._domain_of: dict[str, str] = {}
        if syllabus is not None:
            for domain in syllabus.domains:
                for objective in domain.objectives:
                    self._domain_of[objective.code] = domain.code

    def classify(
        self, text: str, context: Iterable[str], chapters: Sequence[int], focus: str = ""
    ) -> tuple[str | None, str | None]:
        """(domain code, objective code) for an item's text within its context; the objective
        is matched on ``focus`` (question and answer) when given."""
        base, share, chapter_codes = self._base(tuple(context), tuple(chapters))
        scores = Counter(base)
        scores.update(keyword_scores(text))
        for domain, score in _subject_scores(focus, text).items():
            scores[domain] += score
        if not scores:
            return None, None
        if SECURITY.search(focus or text):  # mTLS, CA rotation, IPSec: D5 even in swarm notes
            return "D5", self._objective(focus or text, "D5", chapter_codes)
        domain = max(scores, key=lambda d: (scores[d], share[d], -_ORDER.get(d, 99)))
        return domain, self._objective(focus or text, domain, chapter_codes)

    def _base(
        self, context: tuple[str, ...], chapters: tuple[int, ...]
    ) -> tuple[Counter[str], Counter[str], list[str]]:
        """Scores from the context and the chapter, shared by all drafts of one fact."""
        cached = self._memo.get((context, chapters))
        if cached is not None:
            return cached
        scores: Counter[str] = Counter()
        for extra in context:
            for domain, score in keyword_scores(extra).items():
                scores[domain] += 0.25 * score
        share: Counter[str] = Counter()
        chapter_codes: list[str] = []
        for number in chapters:
            if self.syllabus is None:
                share.update(BOOK_CHAPTER_DOMAINS.get(number, "").split())
                continue
            for code in self.syllabus.chapter_objectives.get(number, ()):
                domain = self._domain_of.get(code)
                if domain:
                    share[domain] += 1
                    chapter_codes.append(code)
        total = sum(share.values())
        for domain, count in share.items():
            scores[domain] += 1.0 + count / total
        self._memo[(context, chapters)] = (scores, share, chapter_codes)
        return scores, share, chapter_codes

    def _objective(self, text: str, domain: str, chapter_codes: Sequence[str]) -> str | None:
        if self.syllabus is None:
            return None
        codes = [o.code for o in self.syllabus.objectives_of(domain)]
        return best_objective(text, codes, chapter_codes)
