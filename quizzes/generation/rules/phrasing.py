"""Turning note fragments into natural questions: terms, articles, categories of lists."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import text as tx
from ..families import driver_family
from ..text import wordset

_BAD_FIRST = wordset(
    "note notes tip tips todo warning caution example examples e.g eg i.e ie update edit "
    "question answer see ref important remember hint why how what when where who which it "
    "before after during while once until "
    "this that these those there they we you i he she also and but so then step steps q a "
    "pros cons pro con result results output usage syntax fyi ps nb bonus aside summary "
    "tldr tl;dr source sources link links chapter ch page slide video demo lab exercise "
    "more less etc windows linux mac purpose goal negative positive advantage advantages "
    "disadvantage disadvantages benefit benefits drawback drawbacks downside upside issue "
    "issues problem problems solution fact reason definition description meaning recap "
    "takeaway takeaways advice general don't dont do never avoid always make use try name "
    "value values default defaults setting settings "
    "ensure please first next finally also know understand learn review study "
)
_TRAILING_WORDS = wordset(
    "to for of in on at by with from into before after about over under up down out off "
    "and or the a an is are"
)
COMMON_NOUNS = wordset(
    "node volume driver image container service secret network layer task stack mount "
    "namespace cgroup label tag registry repository plugin port manager worker replica "
    "config endpoint sandbox bundle key certificate policy rule group team user role "
    "grant collection log file instruction command option flag mode type component object "
    "app application process resource limit capability client daemon engine model runtime "
    "store server cli leader scheduler orchestrator dispatcher shim supervisor filesystem "
    "bridge gateway mesh balancer token directory interface socket cluster initiative api "
    "format spec specification standard protocol project library tool backend frontend "
    "proxy agent controller database sandbox algorithm manifest list group repo "
)
_GENERIC_KEYS = wordset("version name value key default setting field section example")
# Words of the field that a bold glossary entry names as themselves ("**cgroups**: …").
_FIELD_TERMS = wordset("namespace cgroup capability sandbox shim manifest bundle")
# Nouns after which "the" reads right: "the Docker daemon", "the routing mesh".
# Nouns one of many of which a term names: "a bind mount", "an official repo", not "the …"
_A_NOUNS = wordset(
    "image container volume secret label tag log mode type repo repository mount network "
    "node service plugin task stack"
)
_THE_NOUNS = COMMON_NOUNS - _A_NOUNS
_THE_IDS = wordset("id hash digest")
PROPER = wordset(
    "docker kubernetes linux windows swarm moby compose hub mac ubuntu debian centos "
    "redhat aws azure gcp google microsoft notary ucp dtr ee ce oci cnm cni raft etcd vxlan "
    "ipsec tls dct alpine nginx go golang git github mirantis amazon splunk dockerfile "
)
_DETERMINERS = re.compile(
    r"^(note|see|know|remember|consider|review|some|the|a|an|a few|few|several|many|main|key|"
    r"common|different|following|various|most|multiple|both|a number of|a couple of|"
    r"commonly used|frequently used|well-known|eleven|twelve|"
    r"important|popular|available|supported|possible|useful|notable|other|all|these|those|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+",
    re.IGNORECASE,
)
GENERIC = wordset(
    "drivers types options modes kinds components parts things items features examples "
    "commands ports policies flags values settings methods ways tools objects sections keys "
    "fields blocks elements pieces "
)
# Heads that name no kind of thing one could pick from a list: "Key features of Docker Swarm".
VAGUE = wordset(
    "features benefits notes steps examples things points advantages disadvantages reasons "
    "tips tricks pros cons ideas goals takeaways facts concepts characteristics properties "
    "considerations problems issues challenges limitations requirements practices questions "
    "details topics items aspects highlights differences similarities changes improvements "
    "lessons principles terms tasks links resources todos use-cases cases scenarios uses "
    "drawbacks downsides upsides gotchas caveats warnings reminders bits pieces stuff vs versus"
)
# The note's own scaffolding, never the name of a thing to learn.
_META = wordset(
    "analogy analogies unsure cols fixes workaround recap summary tl;dr tldr verdict "
    "takeaway mnemonic criteria concept refactor"
)
COMMAND_LIKE = re.compile(
    r"^`?(sudo\s+|\$\s*)?(docker|docker-compose|kubectl|dockerd)(\s+[a-z-]+|$)"
)
_TRAILING = re.compile(r"\s+(on|in|for|under|with|from|supported by|used by)\s+.+$", re.I)
_PHRASE_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")


def is_term(term: str, *, bold: bool = False, member: bool = False) -> bool:
    """Looks like the name of a thing (``containerd``, ``Docker Engine``), not a sentence."""
    term = term.strip()
    parts = term.split()
    if not parts or len(parts) > 5 or len(term) > 48:
        return False
    company = re.search(r"\b(?:Inc|Ltd|Corp|Co|LLC)\.$", term)  # "Docker, Inc."
    if (term[-1] in ".,;:!?" and not company) or tx.is_noise(term) or tx.has_url(term):
        return False
    if term.count("(") != term.count(")") or term.count('"') % 2:
        return False
    first = parts[0].lower().strip("*`\"'(")
    if first in _BAD_FIRST or first.isdigit() or re.match(r"^\d", first):
        return False
    if term.startswith("`") or COMMAND_LIKE.match(term):
        return False
    if len(parts) > 1 and tx.base_verb(first) and first in tx.VERBS:
        return False  # "Install Docker": an instruction, not a term
    if len(parts) > 1 and first.endswith("ing") and tx.base_verb(first, tx.MORE_VERBS):
        return False  # "Initializing a swarm": an activity
    lowered = [p.lower() for p in parts]
    if lowered[-1] in _TRAILING_WORDS or any(w in ("to", "should", "must") for w in lowered):
        return False  # "Builder pattern before", "MSB to rescue"
    if any(w.endswith("ly") and w.isalpha() and len(w) > 4 for w in lowered[1:]):
        return False  # "TLS tightly integrated"
    if "'" in term and re.search(r"n't\b", term):
        return False
    if re.search(r"\b\d{1,2}:\d{2}\b|^(?:mon|tue|wed|thu|fri|sat|sun)(?:day)?\.?\s", term, re.I):
        return False  # "Sat 09:40 - cloned the sample app": a diary's time stamp
    if re.search(r",\s*(?:so|which|that|because)\b", term, re.I):
        return False  # "a global service, so every node gets it": a sentence, not a term
    if len(parts) == 1 and term.isupper() and len(term) > 3 and lowered[0] in tx.VERBS:
        return False  # "STOP: containers go down": a shouted word, not an acronym
    if any(w.strip("#:") in _META for w in lowered) or (
        len(parts) == 1 and tx.singular(lowered[0]) in VAGUE | wordset("feature fix")
    ):
        return False  # "fix", "features", "cols", "Analogy #2", "still unsure": the note's own
    if member:
        return True  # a member of a named list ("volume" among mount types) may be generic
    if (
        len(parts) == 1
        and term.islower()
        and tx.singular(term) in COMMON_NOUNS | _GENERIC_KEYS
        and not (bold and tx.singular(term) in _FIELD_TERMS)
    ):
        return False  # "services", "version": too generic on their own (YAML keys, headings)
    # Plain multi-word terms need a capital or digit: "Docker Engine", not "make sure it".
    return bold or len(parts) <= 2 or any(c.isupper() or c.isdigit() for c in term)


_NOT_PLURAL_WORDS = wordset("kubernetes windows mesos hyper-v https")


def is_plural_term(term: str) -> bool:
    parts = re.sub(r"\s*\([^)]*\)$", "", term).split()  # "Control Groups (cgroups)"
    last = parts[-1] if parts else ""
    common = tx.is_plural(last) and tx.singular(last).lower() in COMMON_NOUNS | wordset("update")
    if (
        last.islower()
        and len(last) > 4
        and last not in _NOT_PLURAL_WORDS
        and (len(parts) == 1 or parts[0].isupper())
    ):
        return tx.is_plural(last)  # "tiers", "EE tiers": a lowercase plural
    # "worker nodes", "Rolling Updates", or a lone capitalised plural: "Sandboxes"
    return common and (
        last.islower() or (len(parts) == 1 and last[1:].islower()) or _common_title(parts)
    )


def mid_sentence(term: str) -> str:
    """How a term reads inside a question: ``Monolithic Docker daemon`` → ``the monolithic ...``."""
    parts = term.split()
    if not parts:
        return term
    first = parts[0]
    if (
        len(parts) > 1
        and first[:1].isupper()
        and first[1:].islower()
        and first.lower() not in PROPER
        and any(p[:1].islower() for p in parts[1:])
    ):
        parts[0] = first.lower()
    if (len(parts) == 1 and is_plural_term(term)) or first in ("The", "A", "An"):
        parts[0] = first.lower()
    if _common_title(parts):
        parts = [p.lower() for p in parts]  # "Rolling Updates" → "rolling updates"
    if (
        len(parts) == 1
        and first[1:].islower()
        and first.lower() in COMMON_NOUNS | wordset("image registry digest tag layer")
    ):
        return f"{tx.article(first)} {first.lower()}"  # "Service" → "a service"
    phrase = " ".join(parts)
    if parts[0].lower() in ("the", "a", "an") or is_plural_term(term):
        return phrase
    last = re.sub(r"\W", "", parts[-1]).lower()
    if parts[-1].startswith("(") and len(parts) > 1:
        last = re.sub(r"\W", "", parts[-2]).lower()
    if len(parts) > 1 and last in _THE_NOUNS | _THE_IDS:
        return "the " + phrase  # "the image ID"
    if len(parts) > 1 and last in COMMON_NOUNS and phrase.islower():
        return f"{tx.article(phrase)} {phrase}"  # "a dangling image", "an anonymous volume"
    return phrase


def _common_title(parts: list[str]) -> bool:
    """Title Case made of ordinary words ending in a common noun: "Rolling Updates"."""
    last = parts[-1].lower()
    return (
        1 < len(parts) <= 3
        and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)
        and not any(p.lower() in PROPER for p in parts)
        and tx.singular(last) in COMMON_NOUNS | wordset("update mode mesh")
        and tx.singular(last) not in ("initiative", "model", "project", "standard")
    )


def be(term: str) -> str:
    return "are" if is_plural_term(term) else "is"


@dataclass(frozen=True)
class Category:
    """What a list is a list of: ``storage drivers`` (kind ``driver``)."""

    plural: str  # as shown: "built-in network drivers on Linux"
    singular: str  # "built-in network driver on Linux"
    core: str  # singular without the trailing phrase: "built-in network driver"
    kind: str  # head noun, for wrong options of the same kind: "driver"
    key: str  # groups lists of the same thing across notes: "builtinnetworkdrivers"


def category(
    lead: str, context: list[str], topic: str | None = None, headings: Sequence[str] = ()
) -> Category | None:
    """The plural noun phrase a list lead names (``Some available drivers:`` → ``storage
    drivers`` when an enclosing line talks about storage drivers, or the heading is
    ``## Storage``), or None."""
    text = tx.strip_end(lead)
    text = re.sub(r"\s*\(.*?\)\s*$", "", text)
    while True:
        shorter = _DETERMINERS.sub("", text)
        if shorter == text:
            break
        text = shorter
    tail = ""
    found = _TRAILING.search(text)
    if found:
        text, tail = text[: found.start()], found.group(0)
        if not re.fullmatch(r"(\s+[\w.+-]+){2,4}", tail):
            return None
    parts = text.split()
    if not 1 <= len(parts) <= 4 or not all(_PHRASE_WORD.match(p) for p in parts):
        return None
    head = parts[-1]
    if not tx.is_plural(head) or head.lower() in PROPER or (head[:1].isupper() and len(parts) == 1):
        return None
    if len(parts) > 1 and parts[0].lower() in tx.VERBS and head.lower() not in GENERIC:
        return None  # "Install packages:" is an instruction; "Mount types:" is a category
    if any(p.lower() in VAGUE for p in parts):
        return None
    if len(parts) == 1 and head.lower() in GENERIC:
        qualifier = _qualifier(head, context)
        if qualifier is None and tx.singular(head.lower()) == "driver":
            # "drivers" alone: only a heading or title naming one family ("## Storage") says
            # which drivers; "drivers of Storage" would read badly.
            qualifier = driver_family(list(headings))
            if qualifier is None:
                return None
        if qualifier is not None:
            parts = [qualifier, *parts]
        elif topic and not tail:
            tail = f" of {mid_sentence(topic)}"  # "sections of the Docker Stack file"
        else:
            return None
    core = " ".join(p if p.isupper() or p.lower() in PROPER else p.lower() for p in parts)
    of = re.match(r"^(types|kinds) of (.+)$", core)
    if of:
        singular = f"{tx.singular(of.group(1))} of {tx.singular_phrase(of.group(2))}"
        kind = "type"
    else:
        singular = tx.singular_phrase(core)
        kind = tx.singular(head.lower())
    return Category(
        plural=core + tail,
        singular=singular + tail,
        core=singular,
        kind=kind,
        key=tx.key(core),
    )


def topic_of(heading: str) -> str | None:
    """What a heading is about: "Docker Stack file (at a high level)" → "Docker Stack file"."""
    text = re.sub(r"\s*\([^)]*\)", "", heading)
    text = re.split(r"\s+[-\u2013\u2014:]\s+|:\s*", text)[-1].strip()
    words = text.split()
    if not 1 <= len(words) <= 4 or tx.is_noise(text) or tx.NOISE_HEADING.match(text):
        return None
    if re.search(r"\b(chapter|notes?|tldr|deep dive|intro|overview|summary|ch)\b", text, re.I):
        return None
    if not all(_PHRASE_WORD.match(w) for w in words):
        return None
    return text


def _qualifier(head: str, context: list[str]) -> str | None:
    """The word an enclosing line puts before ``head``: ``storage`` in ``by storage driver``."""
    stem = tx.singular(head).lower()
    pattern = re.compile(rf"\b([A-Za-z][\w-]+)\s+{re.escape(stem)}s?\b", re.IGNORECASE)
    for text in context:
        for found in pattern.finditer(text):
            word = found.group(1)
            if word.lower() not in tx.STOPWORDS and word.lower() not in ("some", "available"):
                return word.lower() if word.lower() not in PROPER else word
    return None


def quote(text: str) -> str:
    """ "stop the daemon" in quotes; a code span (`docker swarm init`) stands as it is."""
    if re.fullmatch(r"`[^`]+`", text.strip()):
        return text.strip()
    return f"\u201c{text}\u201d"


def describe(description: str) -> str:
    """Description as it follows "described as": quoted unless it starts like a noun phrase."""
    text = tx.strip_end(description)
    if re.match(r"^(the|a|an)\s", text, re.IGNORECASE):
        return text[0].lower() + text[1:]
    return quote(text)
