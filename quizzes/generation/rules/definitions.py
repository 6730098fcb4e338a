"""Definitions in ordinary notes.

``**Term**: text``, ``**Term** aka "alias": text``, list items ``Term - text`` / ``Term: text``,
two-column tables, "X, which is also called Y" and acronyms ``Long Name (LN)``.
"""

from __future__ import annotations

import re

from .. import text as tx
from ..distractors import Bank
from ..drafts import Draft, card, question
from ..parser import Document, ListItem, Paragraph, Span, Table
from . import concept
from . import definition_cards as cards
from . import phrasing as ph
from .base import draft_args, is_explicit, span_of
from .terms import (
    NOT_A_DEFINITION,
    DefinitionFact,
    acronyms,
    also_called,
    appositives,
    describes,
    first_sentence,
    from_table,
    is_alias,
    looks_like_examples,
    looks_like_steps,
    plain_term,
    self_contained,
    sentence_definitions,
    shape,
    strip_copula,
)

NAME = "definitions"


_SEP = re.compile(r"^\s*(?:->|=>|:|-|\u2013|\u2014|=|→)\s*")  # "->" before "-"


_ALIAS = re.compile(
    r"^\s*(?:\(\s*)?(?:aka|a\.k\.a\.?|also known as|also called)\s+[\"“']?([^\"”':()]+?)[\"”']?"
    r"\s*\)?\s*(?=[:\-\u2013\u2014=]|$)",
    re.IGNORECASE,
)


_PLAIN = re.compile(
    r"^(?P<term>[^:=]{1,48}?)(?::\s+|\s+[-\u2013\u2014=]\s+|\s+(?:→|->|=>)\s+)(?P<d>.+)$"
)


# "? ask Wyn", "daemon-wide", "client-side": a question to someone, or an adjective
_NO_TERM = re.compile(
    r"^\W*\?|^no\s|-(?:wide|side|level|only|based)$|^[a-z]$|"  # "W: tokens …": a speaker's initial
    r"^(?:started|began|was|were|became|had|got)\s|"  # "started life as dotCloud"
    r"^(?:the\s+)?(?:big|main|core|key)\s+idea\b|"  # "big idea first: an image is …"
    r"^(?:one|sole|main|only|single)\s+(?:job|task|role|purpose|thing)\b",  # "one job: …"
    re.I,
)
# "the recommended/explicit one": compares with the line before; "Admin Settings > Auth": a
# place in a menu
_NO_DEFINITION = re.compile(
    r"^(?:the|a)\s+(?:[\w/-]+\s+){0,2}one\b|.*\s>\s|^the\s+(?:answer|solution|fix)\s+to\b", re.I
)
_BINARY = re.compile(r"^[a-z][a-z0-9-]{2,24}$")


def find(doc: Document) -> list[DefinitionFact]:
    facts: list[DefinitionFact] = []
    lowered = _lower_words(doc)
    for block in doc.walk((Paragraph, ListItem, Table)):
        if isinstance(block, Table):
            facts += from_table(block)
            continue
        span = span_of(block)
        if span is not None and tx.has_url(span.text):
            span = _before_link(span)  # "… modular components. Repo: https://…"
        if span is None or is_explicit(span) or tx.has_url(span.text):
            continue
        fact = _leading_term(block, span, doc.note_id)
        if fact is not None:
            facts.append(fact)
        else:
            facts += sentence_definitions(block, span)
        facts += also_called(block, span)
        facts += acronyms(block, span)
        facts += appositives(block, span)
    # "Ana: always run …", "Marco summarised: …", "Managers run the control plane: …"
    return [
        f
        for f in facts
        if (f.mode != "define" or concept.names_concept(f.term, f.definition, lowered))
        and f.term.lower() not in doc.speakers  # "Jens: namespaces slice one kernel …"
        and not _NO_DEFINITION.match(strip_copula(f.definition))  # "the explicit one"
    ]


_LINK_TAIL = re.compile(
    r"(?:[.;]\s+|\s+[-(\u2013\u2014]\s*)(?:(?:repo|docs?|see|ref|link|source|more)\b\W*)?"
    r"(?:https?://|www\.)\S*\)?\s*$",
    re.IGNORECASE,
)


def _before_link(span: Span) -> Span | None:
    """The span without a link at its end ("Repo: https://…"), or None when the link is not
    at the end."""
    found = _LINK_TAIL.search(span.text)
    if found is None:
        return None
    end = found.start() + (1 if span.text[found.start()] in ".;" else 0)
    return span.part(0, end, span.raw)


def _lower_words(doc: Document) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z0-9-]+\b", "\n".join(doc.lines)))


def _group(block, note_id) -> str:
    """One list (or the ``**Role**: …`` lines of one section) of one note: its definitions
    are of one kind, the wrong options of each other's questions."""
    if isinstance(block, ListItem):
        return f"list@{note_id}:{block.parent.line_start}"
    return f"list@{note_id}:" + "/".join(block.section)


def _leading_term(block, span: Span, note_id) -> DefinitionFact | None:
    text = span.text.replace("\n", " ")
    lead_bold = span.bold[0] if span.bold and span.bold[0].start == 0 else None
    aliases: list[str] = []
    if lead_bold is not None:
        term = tx.clean(lead_bold.text)
        rest = text[lead_bold.end :]
        if term.endswith(":"):
            term, rest = term[:-1].strip(), ":" + rest
        rest = re.sub(r"^\s*\([^()]{1,40}\)", "", rest)  # "**Ingress mode** (the default) - ..."
        alias = _ALIAS.match(rest)
        if alias:
            aliases.append(tx.clean(alias.group(1)))
            rest = rest[alias.end() :]
        sep = _SEP.match(rest)
        if sep and sep.group(0).strip():
            definition = rest[sep.end() :]
        elif re.match(r"^\s+(is|are)\s+(a|an|the)\s", rest):
            definition = rest.strip()
        else:
            return None
        bold = True
    elif isinstance(block, ListItem) or "\n" not in span.text.strip():
        found = _PLAIN.match(text)  # a list item, or a glossary line "dockerd — the daemon …"
        if not found:
            return None
        term, definition, bold = tx.unabbreviate(tx.clean(found["term"])), found["d"], False
        if tx.is_label(term) or tx.personal(text):
            return None  # "Personal aside — the Windows equivalent …", "Exam tip - …"
        if not plain_term(term, text[len(found["term"]) : len(text) - len(found["d"])]):
            return None
    else:
        return None
    definition = tx.clean(definition)
    if not describes(definition) and not aliases:
        return None  # "deploy: `docker stack deploy …`", "anyone's, e.g. …"
    if looks_like_examples(definition) or looks_like_steps(definition):
        return None  # "Block storage: Amazon EBS, Cinder" lists examples, it defines nothing
    if not ph.is_term(term, bold=bold) or not all(map(is_alias, aliases)):
        return None
    if _NO_TERM.search(term) or tx.personal(term):
        return None  # "? ask Wyn", "daemon-wide", "W: tokens …", "paragraph version, for me"
    said = first_sentence(definition)
    prose = re.sub(r"`[^`]*`", " ", said)
    if said.count("`") >= 6 and len(tx.words(prose)) <= 4:
        return None  # "JSON: Driver `local`, Scope `local`, …": shown output, not a meaning
    if len(tx.words(said)) < 3 and not aliases:
        return None
    if NOT_A_DEFINITION.match(strip_copula(definition)) and not re.match(
        r"^(is|are)\s+(a|an|the)\s", definition, re.IGNORECASE
    ):
        return None
    if re.match(r"^\(.*\)$", definition) or tx.is_noise(definition):
        definition = ""
    if not definition and not aliases:
        return None
    return DefinitionFact(
        block=block,
        lines=(span.line, span.line_of(len(span.text))),
        source=span.raw,
        explanation=tx.clean(span.text),
        term=term,
        definition=definition,
        aliases=aliases,
        group=_group(block, note_id),
    )


def feed(doc: Document, facts: list[DefinitionFact], bank: Bank) -> None:
    for fact in facts:
        for name in [fact.term, *fact.aliases]:
            if fact.mode == "define" and _BINARY.match(name):
                bank.add("binary", name, fact.group)
        if fact.mode == "define":
            bank.add("term", fact.term, fact.group)  # also "**Docker client** aka docker"
        if fact.mode == "define" and fact.definition:
            first = first_sentence(fact.definition)
            if shape(first) == "noun" and not self_contained(first):
                continue  # never a wrong option that is itself a fragment
            bank.add(f"definition:{shape(first)}", tx.capitalize(first), fact.group)


def build(fact: DefinitionFact, doc: Document, bank: Bank) -> list[Draft]:
    common = draft_args(NAME, fact, doc)
    drafts: list[Draft] = []
    term = fact.term
    if fact.mode == "acronym":
        text = f"What does {term} stand for?"
        if _short_acronym(term):
            text = f"In {doc.topic or 'Docker'}, what does {term} stand for?"  # "MAC": which?
        return [card(kind="basic", text=text, answer=fact.definition, **common)]
    if fact.mode == "appositive":
        return [card(kind="basic", text=fact.definition, answer=term, **common)]
    for alias in fact.aliases:
        drafts += _alias_items(term, alias, bank, common)
    if not fact.definition:
        return drafts
    if concept.vague_definition(fact.definition):
        return drafts  # "CNM - the design specification": says too little to ask about
    sides = cards.card_sides(term, fact.definition)
    if sides is None:
        return drafts  # "overlay2: default on modern distros" does not say what it *is*
    front, answer = sides
    label = None
    if concept.is_generic(term) or _short_acronym(term):
        label = concept.context_label(fact.block, term, doc.speakers) or doc.topic or None
        if label is not None:
            front = f"In the context of {label}, {front[0].lower()}{front[1:]}"
        elif concept.ambiguous(term):
            return drafts  # "What is a network?", "What is host mode?": which one?
    drafts.append(card(kind="basic", text=front, answer=answer, detail="define", **common))
    back, described = cards.reverse_front(term, fact.definition)
    # "What are the image-spec and the runtime-spec?" → "two specs": a note's label
    if described and not concept.proper_term(term, doc):
        back = None
    if back is not None and label is not None:
        # "What is described as “isolated net stack”?": a network namespace too, unless the
        # card says where ("In the context of CNM building blocks, …")
        back = f"In the context of {label}, {back[0].lower()}{back[1:]}"
    if back is not None:
        shown = tx.capitalize(term) if term.split()[0] in ("a", "an", "the") else term
        drafts.append(card(kind="basic", text=back, answer=shown, detail="reverse", **common))
    used = cards.used_for(term, fact.definition)
    if used is not None and not front.endswith("used for?"):
        text = f"What {ph.be(term)} {ph.mid_sentence(term)} used for?"
        drafts.append(card(kind="basic", text=text, answer=used, detail="used", **common))
    user = cards.used_by(term, fact.definition)
    if user is not None:
        text = f"What does {ph.mid_sentence(user[0])} use {ph.mid_sentence(term)} for?"
        drafts.append(card(kind="basic", text=text, answer=user[1], detail="used-by", **common))
    for text, answer in cards.more_facts(term, fact.definition, front):
        drafts.append(card(kind="basic", text=text, answer=answer, detail=text, **common))
    made = _question(fact, bank, common, front)
    if made is not None:
        drafts.append(made)
    return drafts


def _short_acronym(term: str) -> bool:
    """ "CE", "OU", "MAC": two or three capitals mean many things outside the note."""
    return bool(re.fullmatch(r"[A-Z]{2,3}", term.strip()))


def _alias_items(term: str, alias: str, bank: Bank, common: dict) -> list[Draft]:
    text = f"What is another name for {ph.mid_sentence(term)}?"
    drafts = [card(kind="basic", text=text, answer=alias, detail=f"alias|{alias}", **common)]
    if not _BINARY.match(alias):
        return drafts
    the = ph.mid_sentence(term)
    drafts.append(
        card(
            kind="basic",
            text=f"What is {alias}?",
            answer=tx.capitalize(the),
            detail=f"alias-reverse|{alias}",
            **common,
        )
    )
    wrong = bank.pick("binary", [alias, term], seed=common["source"] + alias, stem=text)
    if len(wrong) >= 2:  # fewer than 3 only when the notes hold no more
        drafts.append(
            question(
                text=text,
                correct=[alias],
                wrong=wrong,
                detail=f"alias|{alias}",
                short_ok=len(wrong) < 3,
                **common,
            )
        )
    return drafts


def _kind_of_list(block) -> str | None:
    """What the terms of a list are, when its lead or heading says so ("OCI specs:",
    "## Storage drivers"): only then are the other terms fair wrong options. A glossary or
    "Key terms" mixes a company, a spec and a daemon, and its questions give themselves away."""
    if isinstance(block, ListItem) and block.parent.lead is not None:
        lead = tx.strip_end(tx.clean(block.parent.lead.text))
        if not concept.generic_heading(lead):
            return lead  # "Docker is now made up of:", "CNM building blocks"
    for heading in reversed(block.section):
        label = concept.topic_label(heading)
        if label is not None:
            plural = any(tx.is_plural(w) for w in re.findall(r"[a-z]{3,}", label.lower()))
            return label if plural else None  # "## Network drivers", not "## Docker"
    return None


def _question(fact: DefinitionFact, bank: Bank, common: dict, front: str) -> Draft | None:
    """A question on the definition; ``front`` is the card's "What is X?" (with the topic of a
    generic term), which the "What is X?" form asks too."""
    if _kind_of_list(fact.block) is None:
        return None
    first = tx.drop_asides(first_sentence(fact.definition)).strip()
    low = first.lower()
    seed = common["source"] + fact.term
    avoid = [fact.term, *fact.aliases]
    if len(tx.words(first)) > 30 or re.match(r"(?:does|do|did)\s", first, re.IGNORECASE):
        return None
    form = shape(first)
    if form == "noun" and cards.clause(first):
        form = "clause"  # "the old dockerd did everything": no "Which of the following is …"
    if form == "responsible" or (form == "noun" and re.match(r"^(a|an|the) ", low)):
        stem = f"Which of the following is {first[0].lower() + first[1:]}?"
    elif form == "verb3":
        stem = f"Which of the following {first[0].lower() + first[1:]}?"
    else:
        stem = None
    if stem is None:
        return _what_question(fact, bank, common, seed, front)
    # Wrong options only from the same list: terms of one kind (drivers with drivers).
    wrong = bank.pick("term", avoid, seed=seed, prefer_group=fact.group, stem=stem, group_only=True)
    if len(wrong) < 2:
        return None
    return question(
        text=stem,
        correct=[fact.term],
        wrong=wrong,
        detail="which",
        short_ok=len(wrong) < 3,  # the list holds no more of its kind
        **common,
    )


def _what_question(
    fact: DefinitionFact, bank: Bank, common: dict, seed: str, front: str
) -> Draft | None:
    """ "What is Moby?" with the definitions of the other items of its list as wrong options
    (never definitions from elsewhere: those are of another kind and give the answer away)."""
    first = first_sentence(fact.definition)
    if shape(first) != "noun" or not self_contained(first):
        return None
    sides = cards.card_sides(fact.term, fact.definition)
    if sides is None:
        return None
    text, answer = front, sides[1]
    wrong = bank.pick(
        "definition:noun",
        [answer],
        seed=seed,
        exclude=[fact.definition],
        prefer_group=fact.group,
        stem=text,
        group_only=True,
    )
    if len(wrong) < 2:
        return None
    return question(
        text=text,
        correct=[answer],
        wrong=wrong,
        detail="what",
        short_ok=len(wrong) < 3,  # the list holds no more of its kind
        **common,
    )
