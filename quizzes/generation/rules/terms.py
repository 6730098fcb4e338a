"""Shared pieces of the definitions rule, and the less common ways notes name things:
two-column tables, "X, which is also called Y", acronyms ``Long Name (LN)`` and appositives
"libcontainer, the library that replaced LXC"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import text as tx
from ..parser import Span, Table
from ..text import wordset
from . import phrasing as ph
from .base import Fact

_EXAMPLES = re.compile(
    r"^[^,.;:]{1,30}(?:,\s*[^,.;:]{1,40})+(?:,?\s*(?:and|or|etc)[^,.;:]{0,30})?$"
)


_ALSO = re.compile(
    r"(?P<x>\b[\w-]+(?:\s+[\w-]+){0,2}),?\s+(?:which|that)\s+(?:is|are)\s+"
    r"(?:[a-z]+\s+)?(?:called|known as|referred to as)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<y>[\w-]+(?:\s+[\w-]+){0,2}?)(?=[.,;)]|$)",
    re.IGNORECASE,
)


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")


_APPOSITIVE = re.compile(
    r"(?<![\w-])(?P<x>[a-z][\w-]{2,30}),\s+the\s+(?P<noun>[a-z]+)\s+(?:that|which)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<rest>[^.,;()]{2,60})"
)


_CLAUSE = re.compile(
    r"^(?:(?!\b(?:that|which|who|where)\b)[\w'-]+\s+){0,4}?"
    r"(is|are|was|were|gets?|has|have|can|will|must|should|lives?|runs?)\b"
)


_DETERMINERS = wordset("the a an all each every its their your any one multiple to by")
_CONDITIONAL = wordset("if when whenever unless once while")
# A definition must not open like these: "can't build a swarm without it", "where we …"
NOT_A_DEFINITION = re.compile(
    r"^(must|can|can't|cannot|should|shouldn't|will|won't|may|might|could|would|doesn't|"
    r"don't|isn't|aren't|is|are|was|were|has|have|where|which|who|how|what|why|see|e\.g|"
    r"i\.e|etc|yes|no|maybe|todo|tbd)\b",
    re.IGNORECASE,
)


_STOP_X = wordset("by of the a an is are has have been with and to from on in at for ")


@dataclass(eq=False)
class DefinitionFact(Fact):
    term: str
    definition: str = ""
    aliases: list[str] = field(default_factory=list)
    group: str = ""
    mode: str = "define"  # define | alias | acronym


def from_table(table: Table) -> list[DefinitionFact]:
    facts = []
    header = [tx.clean(h.text).lower() for h in table.header]
    if len(header) < 2 or not _DEFINING_HEADER.search(header[1]):
        return facts  # "| Feature | What it protects |" is not a definition table
    for row in table.rows:
        if len(row) < 2 or not row[0].text.strip() or row[0].code:
            continue
        term, definition = tx.strip_end(row[0].text), tx.clean(row[1].text)
        if not ph.is_term(term, bold=bool(row[0].bold)) or len(tx.words(definition)) < 3:
            continue
        facts.append(
            DefinitionFact(
                block=table,
                lines=(row[0].line, row[0].line),
                source=row[0].raw + " | " + row[1].raw,
                explanation=f"{term}: {definition}",
                term=term,
                definition=definition,
                group=f"table@{table.line_start}",
            )
        )
    return facts


def also_called(block, span: Span) -> list[DefinitionFact]:
    facts = []
    for found in _ALSO.finditer(span.text):
        words = found["x"].split()
        while words and words[0].lower() in _STOP_X:
            words.pop(0)
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() in _STOP_X:
                words = words[i + 1 :]
                break
        x, y = " ".join(words), tx.clean(found["y"])
        if not words or not ph.is_term(x, bold=True) or not is_alias(y):
            continue
        start, end = sentence_at(span.text, found.start())
        facts.append(
            DefinitionFact(
                block=block,
                lines=span.lines_of(start, end),
                source=span.text[start:end],
                explanation=tx.clean(span.text[start:end]),
                term=x,
                aliases=[y],
                mode="alias",
            )
        )
    return facts


def acronyms(block, span: Span) -> list[DefinitionFact]:
    facts = []
    for found in _ACRONYM.finditer(span.text):
        abbr = found.group(1)
        before = re.findall(r"[\w-]+", span.text[: found.start()])[-8:]
        long = _expand(abbr, before)
        if long is None:
            continue
        start, end = sentence_at(span.text, found.start())
        facts.append(
            DefinitionFact(
                block=block,
                lines=span.lines_of(start, end),
                source=span.text[start:end] + " " + abbr,
                explanation=tx.clean(span.text[start:end]),
                term=abbr,
                definition=long,
                mode="acronym",
            )
        )
    return facts


def _expand(abbr: str, words: list[str]) -> str | None:
    """The shortest run of trailing ``words`` whose initials spell ``abbr``."""
    # "APIs" is the plural of API; "EFS" ends in a real S
    target = abbr[:-1].upper() if abbr.endswith("s") and abbr[:-1].isupper() else abbr.upper()
    for size in range(1, len(words) + 1):
        run = words[-size:]
        content = [w for w in run if w.lower() not in ("of", "and", "the", "for", "to", "a")]
        if run[0].lower() in tx.STOPWORDS or not all(w[:1].isupper() for w in content):
            continue
        if _spells(target, content):
            return " ".join(run)
    return None


def _spells(target: str, words: list[str]) -> bool:
    if not target:
        return not words
    if not words:
        return False
    word = re.sub(r"[^A-Za-z]", "", words[0]).upper()
    # a word gives its first letter, or a longer prefix ("IP" in "IP Virtual Server")
    return any(
        target.startswith(word[:n]) and _spells(target[n:], words[1:])
        for n in range(1, min(len(word), len(target)) + 1)
    )


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    for start, end in tx.sentence_spans(text):
        if start <= offset < end:
            return start, end
    return 0, len(text)


def looks_like_examples(text: str) -> bool:
    """A comma list of names ("Amazon EBS, Cinder, Pure Storage"), not a sentence."""
    text = tx.strip_end(text)
    if not _EXAMPLES.match(text):
        return False
    parts = [p.strip() for p in re.split(r",|\band\b|\bor\b", text) if p.strip()]
    named = sum(1 for p in parts if p[:1].isupper() or p[:1].isdigit() or "`" in p)
    return all(len(p.split()) <= 4 for p in parts) and named * 2 >= len(parts)


def looks_like_steps(text: str) -> bool:
    """ "get code, inspect Dockerfile, run app": a sequence of instructions, not a definition."""
    parts = [p.strip() for p in re.split(r",|;|\bthen\b", text) if p.strip()]
    verbs = sum(1 for p in parts if p.split()[0].lower() in tx.VERBS)
    return len(parts) >= 3 and verbs * 2 > len(parts)


def shape(first: str) -> str:
    """How a definition reads: ``noun`` ("a small process …"), ``clause`` ("the port is …"),
    ``verb3`` ("encrypts the …"), ``verb`` ("accept tasks …"), ``past`` ("performed …"),
    ``responsible`` or ``used``."""
    low = first.lower()
    words = low.split()
    verb = words[0] if words else ""
    after = words[1] if len(words) > 1 else ""
    if low.startswith("responsible for "):
        return "responsible"
    if re.match(r"^used (to|for) ", low):
        return "used"
    if _CLAUSE.match(low) or verb in _CONDITIONAL:
        return "clause"
    if verb in tx.MORE_VERBS and after != "of":
        return "verb"  # "accept tasks …" (not "list of arch/OS entries", a noun)
    if verb.endswith("ed") and after == "by":
        return "participle"  # "vetted by Docker, …": describes, it does not act
    if verb.endswith("ed") and not verb.endswith("eed") and after in _DETERMINERS:
        return "past"  # "performed all …"; "isolated network stack" is a noun phrase
    if (
        verb.endswith("s")
        and after != "of"
        and (
            (tx.base_verb(verb, tx.MORE_VERBS) and verb not in tx.MORE_VERBS)
            or after in _DETERMINERS
        )
    ):
        return "verb3"  # "sets the base image" (not "sets of permissions", a noun)
    return "noun"


# Head nouns of a real definition ("runtime instance of an image", "set of permissions",
# "consensus algorithm used by managers"), unlike an attribute ("default on modern distros",
# "old Ubuntu default", "each end of the tunnel") that does not say what the term is.
_CATEGORY = wordset(
    "algorithm api application app architecture area binary bundle cache capability certificate "
    "client cluster collection combination command component concept config configuration "
    "construct container daemon database directory document driver endpoint engine entity "
    "environment feature field file filesystem flag format framework group feature hash "
    "identifier image implementation instance instruction interface kernel key label layer "
    "library list location manifest mechanism method mode model module namespace "
    "network node object option orchestrator organisation organization pair platform plugin "
    "policy pool port process product profile program project protocol proxy record registry "
    "repository resource role rule runtime sandbox scheduler secret server service set setting "
    "snapshot socket spec specification stack standard store string subsystem switch system "
    "table tag task technology template token tool type unit value variable version "
    "volume way wrapper plumbing software code piece part name term philosophy principle "
    "company body foundation organisation organization initiative"
)
_NOT_NOUN_START = wordset(
    "only default old new each every just also still always never usually mostly mainly often "
    "sometimes if when because so but and or not no on in at for from with without by via to "
    "like unlike same similar different faster slower smaller bigger more less"
)


def noun_definition(first: str) -> bool:
    """Whether a description says what a term *is* ("a tool that …", "runtime instance of an
    image", "set of permissions"), so "What is X?" has it as its answer."""
    words = re.findall(r"[A-Za-z][\w'-]*", strip_copula(first).lower())
    if len(words) < 2 or words[0] in _NOT_NOUN_START or first[:1].isdigit():
        return False
    if re.search(r"\bvs\.?\s|\bversus\b", first, re.IGNORECASE):
        return False  # "Community Edition (free) vs Enterprise Edition (paid)": a comparison
    if words[0] in ("a", "an", "the", "one", "any"):
        return True
    head = words[: min(3, len(words))]
    return any(tx.singular(w) in _CATEGORY or w in _CATEGORY for w in head)


def is_alias(alias: str) -> bool:
    return 0 < len(alias.split()) <= 4 and not tx.has_url(alias) and not tx.is_noise(alias)


def strip_copula(definition: str) -> str:
    """ "is a tool …", "It is a tool …", "They're tools …" → "a tool …"."""
    return re.sub(
        r"^(?:(?:it|this|that|they)\s+(?:is|are)|it's|they're|is|are)\s+",
        "",
        definition.strip(),
        flags=re.IGNORECASE,
    )


def first_sentence(definition: str) -> str:
    text = strip_copula(definition)
    spans = tx.sentence_spans(text)
    if not spans:
        return text
    start, end = spans[0]
    # "hash of the uncompressed layer; distribution hash = …": one fact per answer
    return tx.strip_end(re.split(r";\s", text[start:end])[0])


def appositives(block, span: Span) -> list[DefinitionFact]:
    """ "libcontainer, the library that replaced LXC" → Which library replaced LXC?"""
    facts = []
    for found in _APPOSITIVE.finditer(span.text):
        noun = found["noun"].lower()
        if noun not in ph.COMMON_NOUNS or not ph.is_term(found["x"], bold=True):
            continue
        verb = found["verb"].lower()
        if not (verb.endswith("ed") or tx.base_verb(verb)):
            continue
        start, end = sentence_at(span.text, found.start())
        rest = tx.strip_end(found["rest"])
        facts.append(
            DefinitionFact(
                block=block,
                lines=span.lines_of(start, end),
                source=found.group(0),
                explanation=tx.clean(span.text[start:end]),
                term=found["x"],
                definition=f"Which {noun} {verb} {rest}?",
                mode="appositive",
            )
        )
    return facts


_IS_A = re.compile(
    r"^(?:(?P<article>[Tt]he|[Aa]n?)\s+)?(?P<x>[\w`][\w.`+-]*(?:\s[\w`][\w.`+-]*){0,2})\s+(?P<be>is|are)\s+"
    r"(?:(?:mainly|primarily|mostly|also|basically|essentially|simply)\s+)?"
    r"(?P<d>(?:a|an|the|[A-Z][\w-]*'s)\s.+|used\s+(?:for|to)\s.+|(?P<bare>[a-z][\w-]*\s.+))$"
)
_DEFINING_HEADER = re.compile(
    r"^(description|definition|meaning|what it is|explanation|summary|details?|notes?)$"
)
_JUDGEMENT = re.compile(r"^(the|a|an)\s+(\w+est|most|least|best|worst|better|worse)\b", re.I)
_SUBJECT_STOP = wordset("every each all some one most many any no both either neither such")


def _plural_kind(definition: str) -> bool:
    """ "first-class objects in Docker …": a plural noun of a kind within the first words."""
    words = re.findall(r"[a-z][\w-]*", definition.lower())[:3]
    return any(tx.is_plural(w) and tx.singular(w) in _CATEGORY for w in words)


def sentence_definitions(block, span: Span) -> list[DefinitionFact]:
    """ "libnetwork is Docker's implementation of the CNM", "Raft is used for HA"."""
    facts = []
    for start, end in tx.sentence_spans(span.text):
        sentence = tx.strip_end(span.text[start:end].replace("\n", " "))
        found = _IS_A.match(sentence)
        if not found or "`" in found["d"]:
            continue
        subject = found["x"].strip("`")
        first = subject.split()[0]
        named = (
            first[:1].isupper()
            or first.lower() in tx.LOWERCASE_NAMES
            or "`" in found["x"]
            or bool(found["article"])  # "A volume is a tool for …"
        )
        generic_ok = (found["article"] or "").lower() in ("a", "an")  # "An image is …"
        if (
            not named
            or first.lower() in _SUBJECT_STOP
            or not ph.is_term(subject, bold=True, member=generic_ok)
        ):
            continue
        definition = found["d"].split("; ")[0]
        if found["bare"] and not (
            found["be"] == "are" and tx.is_plural(subject.split()[-1]) and _plural_kind(definition)
        ):
            continue  # "Volumes are first-class objects …" yes; "Tags are mutable" no
        size = len(tx.words(definition))
        if not 4 <= size <= 25 or NOT_A_DEFINITION.match(definition) or tx.is_noise(definition):
            continue
        if _JUDGEMENT.match(definition) or ":" in " ".join(definition.split()[:5]):
            continue  # "X are the simplest: …" judges X, it does not define it
        if generic_ok:
            # "A bind mount is …": keep the article, "What is a bind mount?"
            subject = f"{found['article'].lower()} {tx.uncapitalize(subject)}"
        facts.append(
            DefinitionFact(
                block=block,
                lines=span.lines_of(start, end),
                source=span.text[start:end],
                explanation=tx.clean(sentence),
                term=subject,
                definition=definition,
                group="sentence",
            )
        )
    return facts


_NOT_A_TERM_START = tx.wordset(
    "if no not good bad great nice fine ok okay how when whenever where why what which who "
    "unless once while only just full always never usually sometimes great better best worst"
)
_FINITE = tx.wordset(
    "is are was were be can can't cannot will won't do does don't has have had must should "
    "gets get says say need needs"
)


def plain_term(term: str, separator: str) -> bool:
    """A plain list item's lead names a concept: not "If no registry given ->", "no kernel",
    "Layers are shared between images", "Good for prod" or a bare verb key ("deploy:")."""
    if re.search(r"→|->|=>", separator):
        return False  # "X -> Y" says what follows from X (the arrows rule reads those)
    words = [w.lower() for w in term.split()]
    if not words or words[0] in _NOT_A_TERM_START or any(w in _FINITE for w in words):
        return False
    return not (len(words) == 1 and term.islower() and words[0] in tx.VERBS)


def describes(definition: str) -> bool:
    """The text describes something in words, not only a command or code ("`docker swarm init
    --autolock` or …"), nor a fragment ("anyone's, e.g. `nigelpoulton/tu-demo`")."""
    if not definition or definition.startswith("`"):
        return not definition  # an empty definition may still carry aliases
    prose = re.sub(r"`[^`]*`", "", definition)
    if len(tx.words(prose)) < 2:
        return False
    first = definition.split()[0].lower().strip(",;:")
    return not re.match(r"^(anyone|someone|everyone|nobody|somebody|everybody)'?s?$", first)


def main_part(first: str) -> str:
    """ "read-only template …; think of it like a VM template" → "read-only template …";
    "mounts a host directory (`--mount type=bind,…`)" → "mounts a host directory": an example
    in code would say the term."""
    head = first.split(";")[0].strip()
    head = re.sub(r"\s*\([^()]*`[^()]*\)", "", head).strip()
    return head if len(tx.words(head)) >= 3 else first


def self_contained(first: str) -> bool:
    """A description that reads on its own as a noun phrase, fit to be shown without its term
    ("service that stores images"), not a clause ("containers share the host kernel"), a
    hedge-list ("…; think of it …") or something that leans on an example ("e.g. …")."""
    if shape(first) != "noun" or ";" in first or "`" in first or re.search(r"\be\.g\b", first):
        return False
    words = first.lower().split()
    if len(words) < 3 or words[0].endswith("'s") or words[0] in _NOT_A_TERM_START:
        return False
    return words[1] not in tx.MORE_VERBS | _FINITE or words[0] in ("a", "an", "the")
