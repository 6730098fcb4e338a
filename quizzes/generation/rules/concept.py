"""Whether a definition's term names a Docker concept (not a person, not a clause), and the
context a generic term ("network", "host mode") needs to be asked about on its own."""

from __future__ import annotations

import re

from .. import text as tx
from . import phrasing as ph
from .base import context_chain
from .phrasing import PROPER
from .terms import noun_definition

# Proper nouns of the field that look like first names ("Raft", "Moby", "Notary").
TECH_NAMES = (
    PROPER
    | tx.LOWERCASE_NAMES
    | tx.wordset(
        "docker kubernetes raft swarm moby containerd runc lxc libnetwork notary podman "
        "buildkit compose portainer traefik consul helm rancher openshift nomad mesos "
        "jenkins quay harbor ecr gcr acr registry seccomp apparmor selinux linux windows "
        "ubuntu debian centos fedora alpine busybox nginx redis postgres mysql tini etcd "
        "vxlan ipsec mirantis kubernetes flannel calico weave"
    )
)
_SPEECH = tx.wordset(
    "summarised summarized said says asked asks thinks thought noted notes mentioned "
    "explained explains suggested suggests added recommended reminded argued claims claimed "
    "pointed showed shows demoed presented"
)
_OBJECT_START = tx.wordset("the a an all its their our your his her this that these those")


def names_concept(term: str, definition: str, lowered: frozenset[str]) -> bool:
    """``Ana`` (a first name), ``Marco summarised`` and ``Managers run the control plane`` do
    not; ``Sandbox``, ``Raft``, ``Docker engine`` do."""
    words = term.split()
    low = [w.lower().strip("*`\"'()") for w in words]
    if any(w in _SPEECH for w in low) or tx.is_label(term):
        return False  # "Priya said", "gotcha", "Exam tip"
    for i in range(1, len(low) - 1):
        if low[i + 1] in _OBJECT_START and (
            tx.base_verb(low[i], tx.MORE_VERBS) or low[i] in tx.MORE_VERBS
        ):
            return False  # a finite verb with its object: "managers run the control plane"
    if re.search(r"\s(?:vs\.?|versus)\s|[=→<>]|\s->\s", term, re.IGNORECASE):
        return False  # "Containers vs VMs", "role = the what": a comparison, not a term
    if low and low[0] in _NOT_TERM_START:
        return False  # "Uses TLS everywhere", "proper way"
    if re.fullmatch(r"v\d+(?:\.\d+)*", term.strip().lower()):
        return False  # "v1: a monolithic daemon": a version, not a term
    if _acts(low):
        return False  # "exposes the Docker API — local socket …": what it does, no term
    adjective = len(low) == 1 and _ADJECTIVE.search(low[0]) and low[0] not in TECH_NAMES
    if adjective and term[:1].islower():
        return False  # "modular: API, runtime, shims": an adjective, no term
    if re.search(r"\b(?:book|chapter|author|nigel|exam)\b", term, re.I):
        return False  # "Analogy from the book"
    if re.search(r"\.\s", term):
        return False  # "one line per layer. Image": two sentences, no term
    if re.search(r"\u2260|!=|\bagreed\b|\bwhat's\b|\b(?:correct|wrong)\s+answer\b", term, re.I):
        return False  # "what's left", "correct answer", "everyone agreed this", "A ≠ B"
    if low == ["pieces"] or low == ["parts"] or low == ["bits"]:
        return False
    if re.match(
        r"^(?:the\s+)?(?:two|three|four|both|\d)\s+(?:things|parts|pieces|sides|halves)\b",
        term,
        re.I,
    ):
        return False  # "Two things in one: a cluster and an orchestrator": whose two things?
    if len(words) == 1:
        word = words[0]
        task = definition.split()[0].lower() if definition.split() else ""
        if re.fullmatch(r"[A-Z][a-z]+", word) and low[0] not in TECH_NAMES and task in tx.VERBS:
            return False  # "Jonas: build a 3-node lab …": who does what, not a term
        if re.fullmatch(r"[A-Z][a-z]+", word) and low[0] not in TECH_NAMES:
            # A capitalised word the notes never write in lower case and that is no noun of
            # the field ("Priya: this confused me", "Jamal: there's an overhead") is a name.
            return (
                low[0] in lowered
                or tx.singular(low[0]) in lowered
                or tx.singular(low[0]) in _TECH_HEADS
                or noun_definition(definition)  # "Quux: a tool that …" names a product
            )
    return True


_ADJECTIVE = re.compile(r"(?:al|ar|ive|ous|able|ible|ful|less)$")


def _acts(low: list[str]) -> bool:
    """A verb in the third person opens the phrase: "exposes the Docker API"."""
    first = low[0] if low else ""
    base = tx.base_verb(first, tx.MORE_VERBS)
    return (
        len(low) > 1
        and first.endswith("s")
        and base not in (None, first)
        and tx.singular(first) not in ph.COMMON_NOUNS
    )


_NOT_TERM_START = tx.wordset(
    "uses use using needs need has have is are was gets get makes make does do can will must "
    "should proper best good bad my our your why how what when where history naming notes "
    "last first next previous other rest second third final"  # "last part": of what?
    " biggest main major important difference differences"  # "biggest difference": a note
)


_ABSTRACT = tx.wordset(
    "specification spec design standard model idea concept thing part piece way approach "
    "basis foundation theory principle framework architecture overview doc document step "
    "future answer"
)


_POINTS_BACK = re.compile(
    r"\b(?:all\s+of\s+(?:this|that|these|those)|of\s+(?:this|these|those)|the\s+above|as\s+above|"
    r"(?:this|these|those)\s+(?:things?|stuff|ones?|problems?|ideas?))\b|\b(?:above|below)$",
    re.IGNORECASE,
)


def vague_definition(definition: str) -> bool:
    """ "the design specification": a determiner and at most two words, nothing specific;
    "the tool that made all of this easy": points at the note around it."""
    if _POINTS_BACK.search(definition.split(". ")[0]):
        return True
    # "the design / spec": the words, whatever stands between them
    words = re.findall(r"[A-Za-z][\w-]*", tx.strip_end(definition.split(". ")[0]))
    if words and words[0].lower() in ("is", "are"):
        words = words[1:]  # "**Containers** are the next step"
    return (
        len(words) <= 3
        and bool(words)
        and words[0].lower() in ("the", "a", "an")
        and all(w.islower() and w.isalpha() for w in words[1:])
        and words[-1].lower() in _ABSTRACT
    )


def is_generic(term: str) -> bool:
    """A plain English noun phrase ("Network", "host mode") that means something else
    outside its section, unlike ``runc``, ``OCI`` or ``Docker engine``."""
    words = re.sub(r"^(?:a|an|the)\s+", "", term.strip(), flags=re.I).split()
    if not 1 <= len(words) <= 2:
        return False
    if len(words) == 2 and words[1].lower() == "mode" and words[0].isalpha():
        return True  # "host mode": networking or publishing?
    for word in words:
        if not re.fullmatch(r"[A-Za-z][a-z]+", word) or word.lower() in TECH_NAMES:
            return False
    return True


_NOT_TOPIC = re.compile(
    r"\b(my|i|me|notes?|discussion|agenda|minutes|summary|misc|miscellaneous|todos?|questions?|"
    r"date|session|meeting|recap|review|random|stuff|mixing|confus\w*|mistakes?|wrong|"
    r"chapter|ch|table|tables|exam|cheat|one-pager|night|lead\s+line|in\s+one|book|lab|labs|"
    r"vs|versus|gotchas?|traps?|out\s+of\s+the\s+box|bits|big\s+picture|history|"
    r"objectives?|d\d\.\d+|rules?\s+of\s+thumb|(?:major|main|key)\s+parts|mind\s?-?maps?)\b|"
    r"^building\s+blocks$|^components$|^(?:the\s+)?(?:parts|pieces)$",
    re.IGNORECASE,
)


# Docker's own nouns: a term headed by one names a thing of the field ("bind mount"),
# unlike a note's label ("container ecosystem", "backup order", "two specs").
_TECH_HEADS = tx.wordset(
    "image container volume network service secret config layer task stack mount namespace "
    "cgroup registry repository repo plugin node driver daemon engine runtime shim sandbox "
    "endpoint bundle manifest label tag socket bridge overlay mesh swarm manager worker "
    "replica capability certificate token filesystem dockerfile healthcheck"
)


def proper_term(term: str, doc) -> bool:
    """A term worth pointing at from its description: a product or tech name (``runc``,
    ``UCP HA``, ``Docker Engine``), code, or a term the notes use elsewhere (bold, a heading,
    a code span); not a note's own label ("two specs", "old arch", "Backup order")."""
    if "`" in term or any(c.isdigit() for c in term):
        return True
    words = re.findall(r"[A-Za-z][\w+.-]*", term)
    if any(w.lower() in TECH_NAMES or tx.singular(w.lower()) in TECH_NAMES for w in words):
        return True
    if words and tx.singular(words[-1].lower()) in _TECH_HEADS:
        return True  # "Image", "bind mount", "overlay network"
    if any(c.isupper() for w in words[1:] for c in w) or any(
        c.isupper() for c in (words[0][1:] if words else "")
    ):
        return True  # "Docker Engine", "iSCSI", "UCP", "CNM"
    return tx.key(term) in _doc_terms(doc)


def _doc_terms(doc) -> frozenset[str]:
    """Keys of what the notes mark as terms: bold runs, code spans and headings."""
    cached = getattr(doc, "_terms", None)
    if cached is not None:
        return cached
    found: set[str] = set()
    for block in doc.flat:
        span = getattr(block, "span", None)
        if span is None:
            continue
        if block.__class__.__name__ == "Heading":
            found.add(tx.key(span.text))
        found.update(tx.key(m.text) for m in span.bold)
        found.update(tx.key(c) for c in span.code)
    terms = frozenset(found)
    doc._terms = terms
    return terms


# Headings that name a part of the notes, not a topic: "Basics", "Theory", "What we covered".
_NOT_TOPIC_HEADING = re.compile(
    r"^(?:the\s+)?(?:basics?|theory|intro(?:duction)?|overview|background|concepts?|"
    r"fundamentals|(?:key\s+)?(?:points|terms|concepts|ideas)|terminology|glossary|definitions?|"
    r"vocab(?:ulary)?|words|"
    r"general|misc\w*|what\s+we\s+(?:covered|did|learned|discussed)|cheat\s*-?sheet|"
    r"details|more|other|extras?|things?\s+to\s+\w+|important|core\s+ideas)$",
    re.IGNORECASE,
)


def context_label(block, term: str = "", speakers: frozenset[str] = frozenset()) -> str | None:
    """What a generic term lives under, as it reads after "In the context of": the nearest
    parent item, lead or heading that names a topic other than the term itself ("Managers" does
    not explain "manager", "two modes" not "daemon mode"; "Securing the daemon with TLS" above
    them does)."""
    own = {tx.singular(w) for w in re.findall(r"[a-z0-9]+", term.lower())}
    filler = {"a", "an", "the", "of", "in", "two", "three", "four", "five", "some", "main", "key"}
    for heading in context_chain(block):
        label = topic_label(heading)
        if label is None or label.lower() in speakers:
            continue  # "Jens: namespaces …" says who spoke, not what about
        words = {tx.singular(w) for w in re.findall(r"[a-z0-9]+", label.lower())}
        if (own and words <= own | filler) or words <= filler | {tx.singular(w) for w in own}:
            continue
        if re.match(r"^(?:\d+|two|three|four|five|six)\s", label):
            continue  # "two modes": how many, not what about
        initials = "".join(w[0] for w in re.findall(r"[a-z0-9]+", label.lower()))
        if term.strip().lower() in (initials, initials.replace("o", "", 1)):
            continue  # "Open Container Initiative" over OCI says the term again
        return label
    return None


def generic_heading(text: str) -> bool:
    """ "Key terms", "Glossary", "Definitions": a heading that names no kind of thing."""
    return bool(_NOT_TOPIC_HEADING.match(tx.strip_end(text).strip()))


_ASKED_HEADING = re.compile(
    r"^(?:what|how)\s+(?:is\s+|are\s+)?(?:an?\s+|the\s+)?(?P<what>[\w.+-]+(?:\s[\w.+-]+){0,3}?)"
    r"\s+(?:is|are|does|do|works?)\??$|^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?"
    r"(?P<what2>[\w.+-]+(?:\s[\w.+-]+){0,3})\?$",
    re.IGNORECASE,
)


def topic_label(heading: str) -> str | None:
    """A heading or lead as a topic ("4.3 Swarm modes" → "swarm modes"), or None when it
    names no topic ("Summary", "Discussion: …", "Things to remember")."""
    text = re.sub(r"\s*\([^)]*\)", "", heading)
    text = tx.drop_chapter_number(text)
    text = re.sub(r"^(?:\d+[.)]?)+(?:\d+)?\s*[-\u2013\u2014:.]?\s*", "", text)  # "4.3 Modes"
    text = re.sub(r"^[IVX]{1,5}[.)]\s+", "", text)  # "VI. Image promotion"
    asked = _ASKED_HEADING.match(tx.strip_end(text).strip())
    if asked:  # "What Docker EE is", "How swarm works": the heading names Docker EE, swarm
        text = asked["what"] or asked["what2"]
    if _NOT_TOPIC.search(text) or re.search(r"\s/\s", text):
        return None  # "Docker - my notes", "Discussion: …", "Security / access": not a topic
    byline = re.search(r"\s[-\u2013\u2014]\s+([a-z]+)$", text)  # "images - marco"
    name = byline[1] if byline else ""
    if name and not _NOT_TOPIC_HEADING.match(name) and tx.singular(name) not in ph.COMMON_NOUNS:
        text = text[: byline.start()]  # a name after the topic, not a kind of thing
    text = tx.strip_end(text.split(":")[0]).strip()
    words = text.split()
    if not 1 <= len(words) <= 5 or tx.is_noise(text) or tx.NOISE_HEADING.match(text):
        return None
    if not all(re.fullmatch(r"[\w.+/-]+", w) for w in words) or _NOT_TOPIC_HEADING.match(text):
        return None
    if len(words) > 1 and text.isupper():  # "THE DOCKER ENGINE": shouting, not acronyms
        words = [w.lower() if len(w) > 4 or w.lower() in tx.STOPWORDS else w for w in words]
    return " ".join(w if not re.fullmatch(r"[A-Z][a-z]+", w) else w.lower() for w in words)


_AMBIGUOUS = tx.wordset("network host mode driver plugin endpoint port")


def ambiguous(term: str) -> bool:
    """Means several things in Docker ("host mode": networking or publishing?)."""
    return any(w.lower() in _AMBIGUOUS for w in term.split())
