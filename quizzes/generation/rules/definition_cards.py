"""How a definition reads as cards: "What is X?" and its answer, the reverse "What is the
<description>?", and the facts a definition's later sentences add ("What does X do?",
"What is X used for?"). Pure phrasing; the definitions rule finds the terms."""

from __future__ import annotations

import re

from .. import text as tx
from . import phrasing as ph
from .terms import first_sentence, main_part, noun_definition, self_contained, shape, strip_copula

# A definition shorter than this fits more than one term: no card asks for the term from it.
MIN_CUE = 6


_ATTRIBUTE_VERBS = tx.wordset(
    "needs requires has depends lacks comes ships lives sits costs runs_on belongs means "
    "survives outlives stays remains"
)


# "Contains X": the question asks what it contains, and X answers it.
_CONTENT_VERBS = tx.wordset("contains includes holds")

_NOT_AN_ANSWER = re.compile(r"\u2192|->|=>|\s=\s|^(?:the\s+|an?\s+)?[\"'\u201c\u2018]", re.I)


def circular(term: str, first: str) -> bool:
    """ "UCP (Universal Control Plane)": "the enterprise control plane" says the name again."""
    named = {tx.singular(w) for w in re.findall(r"[a-z]{3,}", term.lower())}
    said = [
        tx.singular(w) for w in re.findall(r"[a-z]{3,}", first.lower()) if w not in tx.STOPWORDS
    ]
    return len(said) <= 4 and sum(w in named for w in said) * 2 >= len(said) > 0


def used_by(term: str, definition: str) -> tuple[str, str] | None:
    """A later sentence "runc is used by containerd for spawning containers"."""
    text = strip_copula(definition)
    for start, end in tx.sentence_spans(text)[1:]:
        found = re.match(
            rf"^(?:{re.escape(term)}|it)\s+is\s+used\s+by\s+(?P<user>[\w-]+(?:\s[\w-]+)?)\s+"
            rf"(?:for|to)\s+(?P<rest>.+)$",
            tx.strip_end(text[start:end]),
            re.IGNORECASE,
        )
        if found and len(tx.words(found["rest"])) <= 20 and ph.is_term(found["user"], bold=True):
            return found["user"], tx.capitalize(found["rest"])
    return None


_SOLVES = re.compile(
    r"^(?:this|it|that)\s+(?:also\s+)?(?P<verb>solves|fixes|prevents|avoids)\s+(?P<what>.+)$", re.I
)


_LINK_VERBS = tx.wordset("talks speaks communicates connects calls")


def more_facts(term: str, definition: str, front: str) -> list[tuple[str, str]]:
    """Later sentences of a definition that state one more fact about the term:
    "This solves the zombie reaping problem", "Breaks Docker into modular components"."""
    text = strip_copula(definition)
    subject = ph.mid_sentence(term)
    out: list[tuple[str, str]] = []
    for n, (start, end) in enumerate(tx.sentence_spans(text)[1:]):
        sentence = tx.strip_end(text[start:end])
        words = tx.words(sentence)
        if not 3 <= len(words) <= 20 or tx.has_url(sentence) or "`" in sentence:
            continue
        found = _SOLVES.match(sentence)
        if found:
            verb = tx.base_verb(found["verb"], tx.MORE_VERBS) or "solve"
            question = (
                f"Which problem does {subject} solve?"
                if verb in ("solve", "fix")
                else f"What does {subject} {verb}?"
            )
            out.append((question, tx.capitalize(found["what"])))
        elif (
            shape(sentence) == "verb3"
            and n == 0  # "… Later grew image push. Talks to dockerd over gRPC": not what it does
            and sentence.split()[0].lower() not in _LINK_VERBS
            and not front.endswith(" do?")
            and not ph.is_plural_term(term)
            and sentence.split()[0].lower() not in _ATTRIBUTE_VERBS  # "Needs a license"
        ):
            out.append((f"What does {subject} do?", tx.capitalize(sentence)))
            front = " do?"  # one "what does it do" card per term
    return out


_CLAUSE = re.compile(
    r"^(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)??(?:only\s+|also\s+|just\s+|never\s+|always\s+)?"
    r"(?P<verb>[a-z]+s)\s+(?:(?:the|a|an|all|its|their|every|each|any|to|with|from|on)\b|~|\d|"
    r"[a-z]+s\b)",
    re.I,
)


def states(first: str) -> bool:
    """ "the default profile blocks ~44 syscalls", "daemon only accepts clients with …": a
    sentence about its subject, not a description of the term."""
    said = _CLAUSE.match(first)
    if said and _acts(said["verb"].lower(), first[said.end("verb") :]):
        return True
    words = first.split()  # "managers use Raft", "containers share the host kernel"
    return (
        len(words) >= 3
        and tx.is_plural(words[0])
        and tx.singular(words[0].lower()) in ph.COMMON_NOUNS
        and words[1].lower() in tx.VERBS
    )


_DETERMINED = re.compile(r"\s+(?:the|a|an|its|their|all|every|each)\b", re.I)


def _acts(word: str, following: str) -> bool:
    """Whether a word in -s is a verb there: "checks" is; "stores" is a noun too, and a verb
    only before a determiner ("the swarm stores the desired state")."""
    common_noun = tx.singular(word) in ph.COMMON_NOUNS
    return not word.endswith("ss") and (not common_noun or bool(_DETERMINED.match(following)))


_PAST = re.compile(r"\b(?:did|was|were|had|ran|made|became|began|got|went|kept|held)\b", re.I)
_NEGATED = re.compile(r"\b(?:won't|can't|cannot|doesn't|don't|isn't|aren't|never)\b", re.I)
_ADVERB_VERB = re.compile(r"\b(?:only|also|just|always|never|then)\s+(?P<verb>[a-z]+)\b")


def clause(first: str) -> bool:
    """ "DTR checks image layers against …", "secrets only go to services …", "a restarted
    manager won't rejoin …": a subject and its verb, where a description names a thing."""
    before = re.split(r"\b(?:that|which|who|where|when|if|so|to)\b", first, maxsplit=1)[0]
    if _NEGATED.search(before) or _PAST.search(" ".join(before.split()[1:4])):
        return True  # "… won't rejoin …", "the old dockerd did everything"
    found = _ADVERB_VERB.search(before)
    if found and tx.base_verb(found["verb"], tx.MORE_VERBS) is not None:
        return True
    words = before.split()
    for n, word in enumerate(words[1:4], start=1):
        low = word.lower()
        following = " " + words[n + 1] if n + 1 < len(words) else ""
        if (
            low.endswith("s")
            and tx.base_verb(low, tx.MORE_VERBS) not in (None, low)
            and _acts(low, following)
        ):
            return True  # "DTR checks …", "the daemon listens …", "the swarm stores the …"
    return False


def reverse_front(term: str, definition: str) -> tuple[str | None, bool]:
    """The definition as a question whose answer is the term, and whether the question is
    the bare description ("What is the reference implementation of …?"), which only a
    proper term may answer."""
    first = tx.unabbreviate(main_part(tx.drop_asides(first_sentence(definition)).strip()))
    if len(tx.words(first)) > 25 or len(tx.words(first)) < MIN_CUE:
        return None, False  # "a DTR policy on a repo" fits mirroring and pruning too
    if re.search(r",\s*(?:so|because|which means)\b", first, re.I):
        return None, False  # "a global service, so every node gets it": a reason, no name
    if re.search(r"\band\s+(?:has|have|is|are|was|were)\b|,\s+and\s+\w+\s+\w+", first):
        return None, False  # "a project from Google and has become …": a sentence, no question
    if re.search(r"[\w)]:\s|\s[\u2013\u2014]\s", first) or re.match(
        r"the (?:point|reason|idea) of\b", first, re.I
    ):
        return None, False  # "container supervisor: lifecycle start/stop": a label, then notes
    if re.match(r"(?:does|do|did)\s", first, re.IGNORECASE) or re.search(r"\s[=+]\s", first):
        return None, False  # "does encap/decap …", "bundle = Engine + UCP": no question reads so
    form = shape(first)
    lowered = first[0].lower() + first[1:]
    if form not in ("verb3", "past") and clause(first):
        return None, False  # "DTR checks image layers …": a sentence, no description
    if form in ("verb3", "past"):
        return f"What {lowered}?", False  # "What encrypts the swarm control plane?"
    parts = re.sub(r"\s*\([^)]*\)$", "", term).split()  # "Control Groups (cgroups)"
    if form == "verb" and ph.is_plural_term(term) and len(parts) > 1:
        if all(p.lower() in ph.PROPER for p in parts[:-1]):
            return None, False  # "Which secrets store …?" → "Docker secrets": the question says it
        return f"Which {parts[-1].lower()} {lowered}?", False  # "Which nodes manage …?"
    if form != "noun" or not self_contained(first) or not noun_definition(first):
        return None, False
    if re.match(r"^(a|an|the) ", first, re.IGNORECASE):
        return f"What is {lowered}?", False
    size = len(tx.words(first))
    if size < 4 or ("," in first and size < 6) or first[0].isdigit():
        return None, False  # "etcd, on all managers" describes too little to point at one term
    if states(first):
        return None, False  # "client only talks to a daemon …": no "What is the …?" of it
    head, comma, tail = first.partition(",")
    says = not re.match(r"\s*(?:not|no|never|unlike|but)\b", tail, re.I)  # ", not built in"
    if comma and says and len(tx.words(head)) >= 2 and "(" not in head and noun_definition(head):
        first = head  # "leading orchestrator, needed for …" → "the leading orchestrator"
    if re.search(r"[,;\"'\u201c\u201d()/]|\s-\s", first) or ph.is_plural_term(term):
        return None, False  # "upstream OSS project, "lego set" of …": note text, no question
    # "reference implementation of the OCI runtime-spec" → "What is the reference …?": a
    # definition describes the one thing the term names
    noun = re.split(r"\s(?:that|which|who|of|for|to|used|in|on|with)\s", first)[0].split()[-1]
    be = "are" if tx.is_plural(noun) and tx.singular(noun) != noun else "is"
    return f"What {be} the {tx.uncapitalize(first)}?", True


def used_for(term: str, definition: str) -> str | None:
    """A later sentence "This is used to …" / "It is used for …" about the term."""
    text = strip_copula(definition)
    subject = rf"(?:this|it|the\s+\w+|{re.escape(term)})"
    for start, end in tx.sentence_spans(text)[1:]:
        found = re.match(
            rf"^{subject}\s+(?:is|are)\s+(?:mainly\s+|mostly\s+|primarily\s+)?used\s+"
            rf"(?P<how>to|for)\s+(?P<rest>.+)$",
            tx.strip_end(text[start:end]),
            re.IGNORECASE,
        )
        if found and len(tx.words(found["rest"])) <= 25:
            return tx.capitalize(("To " if found["how"].lower() == "to" else "") + found["rest"])
    return None


def card_sides(term: str, definition: str) -> tuple[str, str] | None:
    first = tx.unabbreviate(first_sentence(definition))  # "reference impl" → "… implementation"
    first = re.split(r",\s*[\w-]+\s*=\s", first)[0]  # "low-level runtime, containerd = …"
    if first.count("(") > first.count(")"):
        first = first[: first.rindex("(")].rstrip(" ,")  # "… containers (ucp-controller, x = y"
    first = tx.drop_asides(first)  # "(book's was 3.2)"
    if re.match(r"the (?:point|reason|idea|goal) of\b", first, re.I):
        return None  # "daemonless containers — the point of the shim: …" says why, not what
    if first.lower().startswith("the ") and states(first):
        return None  # "seccomp: the default profile blocks ~44 syscalls": a fact, no definition
    if re.match(r"(?:one|1|a single)\s+[\w-]+\s+per\b", first, re.I):
        return None  # "containerd-shim: one shim per container": how many, not what it is
    if _NOT_AN_ANSWER.search(first) or circular(term, first):
        return None  # "Admin Settings → …", "the "on which"", UCP: "the enterprise control plane"
    subject = ph.mid_sentence(term)
    form = shape(first)
    if form == "responsible":
        return f"What {ph.be(term)} {subject} responsible for?", tx.capitalize(first[16:])
    if form == "used":
        rest = first[5:]
        if rest.lower().startswith("for "):
            rest = rest[4:]
        return f"What {ph.be(term)} {subject} used for?", tx.capitalize(rest)
    if form == "verb" and ph.is_plural_term(term):
        return f"What do {subject} do?", tx.capitalize(first)
    if form == "past":
        return f"What did {subject} do?", tx.capitalize(first)
    if form == "verb3":
        if re.match(r"(?:does\s+not|doesn't|cannot|can't|isn't|is\s+not|never)\b", first, re.I):
            return None  # "Does not do name resolution": what it does not do
        if first.split()[0].lower() in _ATTRIBUTE_VERBS or len(tx.words(first)) < 4:
            return None  # "needs a license" is not what it does; "reports per layer" too little
        verb, _, rest = first.partition(" ")
        second = re.search(r"\band\s+([a-z]+s)\b", rest)  # "holds repos and serves them"
        if verb.lower() in _CONTENT_VERBS and not (
            second and tx.base_verb(second[1], tx.MORE_VERBS)
        ):
            # "Contains a cut-down OS, the app, plus metadata": what it contains, not does
            return f"What does {subject} {verb.lower()[:-1]}?", tx.capitalize(rest)
        return f"What does {subject} do?", tx.capitalize(first)
    if not noun_definition(first):
        return None
    return f"What {ph.be(term)} {subject}?", tx.capitalize(first)
