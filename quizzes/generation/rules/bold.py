"""Bold phrases inside a sentence become clozes (not a bold definition term or a bold item)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft
from ..parser import Document, ListItem, Paragraph
from ..text import wordset
from . import phrasing as ph
from .asked import answers_a_question
from .base import Fact, cloze_card, is_explicit, span_of
from .concept import TECH_NAMES
from .topic import in_topic, with_topic

NAME = "bold"
BLANK = "[...]"

_EMPHASIS = wordset(
    "not never always only must all none very really important note warning default "
    "careful caution huge big key main new old best worst everything nothing without "
    "doesn't don't isn't aren't can't cannot won't didn't wasn't shouldn't mustn't"
)
# "`version` — obsolete under …", "`cmd` → run on a mgr": a label and its note, no sentence
# "Background: CoreOS didn't like …", "Fun fact: …": history the exam does not ask
_TRIVIA = re.compile(
    r"^\W*(?:background|history|fun fact|trivia|side note)\s*:|.*\b(?:co-?)?founded\s+by\b|"
    r".*\bfounders?\b|.*\bheadquarter",
    re.I,
)
# "Last big topic is the **OCI**": the note's own outline, not a statement about it.
_OUTLINE = re.compile(
    r"^\W*(?:the\s+)?(?:last|next|first|other)\s+(?:big\s+)?topic\s+(?:is|was)\b", re.I
)
# "Compose started life as **Fig**": a product's former name is history, not Docker knowledge.
_FORMER_NAME = re.compile(
    r"\b(?:started(?:\s+life)?\s+as|originally\s+(?:called|named)|formerly(?:\s+known\s+as)?)"
    r"\s*(?:an?\s+|the\s+)?$",
    re.I,
)
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d", re.I
)
# "**Marco** ran the lab", "**Dan** got confused": a first name and what its owner did
_DID_SOMETHING = re.compile(
    r"^\W*[A-Z][a-z]{1,12}\W*\s+(?:ran|got|tried|did|had|saw|wrote|built|broke|fixed|missed|"
    r"forgot|found|made|took|used|set|spent|messed|mixed|confused|thought|wondered|learned|"
    r"learnt|asked|answered)\b"
)
_CODE_LABEL = re.compile(r"^\s*`[^`]+`\s*(?:[-\u2013\u2014:]|->|\u2192)\s")
_PRONOUN = re.compile(
    r"(^(it|this|that|they|these|those|he|she|we|you|its|their)\b|\b(this|it|they|them)\s+"
    r"(will|would|is|are|was|can|does|do|has|makes?|gets?)\b|\b(convert|make|turn)s?\s+it\b|"
    r"^[\w`.-]+\s+\w+s\s+(?:it|them)\b)",  # "dockerd receives it → …": receives what?
    re.I,
)
# The sentence leans on the one before: "Inside it, …", "… `-d` instead, …", "Each end is …".
_LOST = re.compile(
    r"^(?:in|inside|on|with|from|for|of|by|after|before|without)\s+(?:it|them|this|that)\b|"
    r"^[a-z]+\s+(?:it|them)\b|"
    r"^(?:\w+\s+){0,2}(?:it|them|this|that|these|those)\s*,|\binstead\b|^(?:each|either|the other)"
    r"\s+(?:end|one|side|half)\b",
    re.I,
)
# Leans on what came before: "encrypts those keys", "With an even number, …", "what remains".
_DEPENDS = re.compile(
    r"\b(?:those|these)\s+[a-z]|^(?:with|without)\s+(?:an?|the)\s+(?:even|odd|other|same|"
    r"latter|former|new)\b|\bwhat\s+(?:remains|is left)\b|^(?:\*\*)?that\b|"
    r"^\w+\s+(?:that|this|those|these)\s+(?:with|to|into|from|for|and)\b|"  # "Combine that with"
    r"^[^:]{0,40}\b(?:is|are|does|do|can|will|has|have)(?:\s+not|n't)\s*[:;]|"  # "… is not: …"
    r"\b(?:part|all|some|most|much|none|rest)\s+of\s+(?:this|that|these|those|it|them)\b|"
    r"^(?:the\s+)?(?:two|three|four|both)\s+(?:halves|parts|sides|kinds|types|things|pieces)\b|"
    # "At the bottom is …", "Above that is …", "On top sit …", "After -> …": a stack or a
    # before/after the reader does not see
    r"^(?:at\s+the\s+(?:bottom|top)|above\s+(?:that|it|this)|below\s+(?:that|it|this)|"
    r"on\s+top(?:\s+of\s+(?:that|it|this))?|underneath|before|after)\b\s*(?:->|\u2192|is|are|sits?|"
    r"comes?|lives?|,)|\b(?:before|after)\s*(?:->|\u2192)|"
    r"^(?:at|in|on|for|of|from|by)\s+(?:its|their)\b|"  # "At its core sits …": whose?
    r"\b(?:that|this)\s+(?:manager|node|host|container|image|service|network|volume|one)\b|"
    r"^other\b|\b(?:does|do|did|means|handles|solves)\s+this\b",  # "Docker does this with …"
    re.I,
)
_DEF_START = re.compile(r"^([^:]{1,48}):\s+(is|are)\s")
_DEFAULT_BEFORE = re.compile(
    r"\bdefault\s+[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2}\s*(?:=|\bis\b|:|\u2192|->)?\s*$", re.I
)
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:e\.g\.?|for example|for instance|such as|example is(?:\s+the)?|example:)\s*$", re.I
)


_AUXILIARY = wordset(
    "is are was were be been has have had can will must should does do did would could may "
    "might isn't aren't doesn't don't can't won't"
)


_NOUN_FORMS = wordset("layers images containers volumes services networks nodes tasks files tags")
_IRREGULAR = wordset(
    "wrote ran got took gave went became began brought came found said saw sold stood told "
    "thought won lost bought"
)


_SPEAKER = re.compile(r"^\W*([A-Z][a-z]{1,9}):\s+[a-z]")


def _speaker(sentence: str) -> bool:
    """ "Jen: stack file is …": a first name before a colon, not a term of the field."""
    found = _SPEAKER.match(sentence)
    if not found:
        return False
    word = found[1].lower()
    known = ph.PROPER | ph.COMMON_NOUNS | tx.LOWERCASE_NAMES | TECH_NAMES
    return word not in known and tx.singular(word) not in known and not tx.is_label(word)


def _has_verb(text: str) -> bool:
    """Whether a sentence states something: a finite verb outside code and the blank."""
    plain = re.sub(r"`[^`]*`", " ", text.replace(BLANK, " "))
    for word in re.findall(r"[A-Za-z][a-z'-]*", plain):
        low = word.lower()
        if low in _AUXILIARY or low in _IRREGULAR:
            return True
        base = tx.base_verb(low, tx.MORE_VERBS)
        if base and base != low and low.endswith(("s", "ed")) and low not in _NOUN_FORMS:
            return True  # "runs", "replaced" (not "layers", a noun)
    return False


def _gives_away(answer: str, rest: str) -> bool:
    """Half or more of the answer's words are written elsewhere in its sentence."""
    words = [w for w in re.findall(r"[a-z0-9]{3,}", answer.lower()) if w not in tx.STOPWORDS]
    said = set(re.findall(r"[a-z0-9]{3,}", rest.lower()))
    if len(words) == 1:  # "A [container] … all containers share …"
        return tx.singular(words[0]) in {tx.singular(w) for w in said}
    return bool(words) and 2 * sum(w in said for w in words) >= len(words)


_SAMPLE_APP = re.compile(
    r"\b(?:sample|example|demo|lab|test|toy)[- ](?:app|application|project|repo|service|stack)s?\b",
    re.IGNORECASE,
)


@dataclass(eq=False)
class BoldFact(Fact):
    text: str
    answer: str


def find(doc: Document) -> list[BoldFact]:
    facts: list[BoldFact] = []
    for block in doc.walk((Paragraph, ListItem)):
        span = span_of(block)
        if span is None or not span.bold or is_explicit(span) or tx.has_url(span.text):
            continue
        if answers_a_question(doc, block):
            continue  # the author's own question and answer make the card
        for start, end in tx.sentence_spans(span.text):
            inside = [b for b in span.bold if start <= b.start and b.end <= end]
            if not inside or len(inside) > 2:
                continue
            sentence = span.text[start:end]
            if (
                tx.is_question(sentence)
                or sentence.rstrip().endswith(":")  # "… secrets (…) flow:": a lead to a list
                or _CODE_LABEL.match(sentence)
                or _TRIVIA.match(sentence)
                or _OUTLINE.match(sentence)
                or tx.shorthand_line(sentence)
            ):
                continue  # "How do you exit [...] killing it?": a question is no fact
            if _speaker(sentence):
                continue  # "Jen: stack file is basically …": who said it in a meeting
            unlabelled = tx.drop_connective(sentence)  # "Correct: they're mounted …"
            if leans_back(sentence) or leans_back(unlabelled) or _DID_SOMETHING.match(unlabelled):
                continue  # "**Marco** ran the lab …": someone's story
            if tx.is_noise(sentence) or tx.personal(sentence):
                continue  # "this will convert it to …": the blank needs the previous line
            if _SAMPLE_APP.search(sentence):
                continue  # "the book's sample app is **AtSea Shop**": a lab's name
            for mark in inside:
                if not _worth_hiding(span.text, mark, start, end):
                    continue
                if re.match(r"\w", span.text[mark.end : mark.end + 1]) or (
                    mark.start and re.match(r"\w", span.text[mark.start - 1])
                ):
                    continue  # "dock wor**ker**": part of a word
                if _FORMER_NAME.search(span.text[start : mark.start]):
                    continue  # "started life as [...] (Orchard)": an old name
                if _EXAMPLE_BEFORE.search(span.text[start : mark.start]):
                    continue  # "(the example is the **atsea-sample-shop-app**)": a lab's name
                if _DEFAULT_BEFORE.search(span.text[start : mark.start]):
                    continue  # "default tag **latest**": the defaults rule asks it
                before = tx.drop_asides(span.text[start : mark.start])
                after = tx.drop_asides(span.text[mark.end : end])
                if _gives_away(mark.text, before + after):
                    continue  # "so that [...] run on Windows Server": "Windows" tells
                hidden = before + BLANK + after
                hidden = tx.drop_connective(
                    _DEF_START.sub(r"\1 \2 ", tx.unabbreviate(tx.clean(hidden)))
                )
                hidden = tx.join_label(hidden)  # "Windows: uses the …" → "Windows uses the …"
                if len(tx.words(hidden)) < 6 or not (_has_verb(hidden) or " = " in hidden):
                    continue  # "The [...] (how to run a container)": a fragment, no statement
                hidden = with_topic(tx.capitalize(hidden), block, span.text, start, doc.topic)
                if hidden is not None:
                    hidden = in_topic(hidden, doc.topic)  # "In Dockerfiles, `LABEL` … only [...]"
                if hidden is None:
                    continue  # "Needs NIC in [...]": needs what the item above is about
                answer = tx.unabbreviate(tx.strip_end(mark.text))  # "mgr" → "manager"
                facts.append(
                    BoldFact(
                        block=block,
                        lines=span.lines_of(start, end),
                        source=sentence,
                        explanation=_DEF_START.sub(r"\1 \2 ", tx.clean(sentence)),
                        text=tx.capitalize(hidden),
                        answer=answer,
                    )
                )
    return facts


def leans_back(sentence: str) -> bool:
    """Whether a sentence needs the one before it to make sense ("Change it with …",
    "Inside it there's …")."""
    return bool(_PRONOUN.search(sentence) or _LOST.search(sentence) or _DEPENDS.search(sentence))


def _worth_hiding(text: str, mark, start: int, end: int) -> bool:
    phrase = tx.clean(mark.text)
    words = tx.words(phrase)
    if not words or len(words) > 6 or len(phrase) < 3 or phrase.endswith((":", ",")):
        return False
    if phrase.count(",") >= 2:
        return False  # "pid, net, mnt, ipc, uts": a list to recite, not a blank
    if _DATED.search(phrase):
        return False  # "v1.0 in July 2017": a date to recite
    if re.match(r"^(?:D\d+\.\d+|objective)\b", phrase, re.I):
        return False  # "**D5.04 - Describe swarm default security**": the exam's heading
    if all(w.lower() in tx.STOPWORDS or w.lower() in _EMPHASIS for w in words):
        return False
    if (mark.end - mark.start) > 0.6 * (end - start):
        return False  # the bold is the whole item, not a phrase inside a sentence
    first = words[0].lower()
    if mark.start == start and tx.base_verb(first, tx.MORE_VERBS) == first:
        return False  # "**Read the Dockerfile**. Docker …": a step's heading, not a fact
    if _spelled_out(
        phrase, text[mark.end : mark.end + 60], text[max(0, mark.start - 60) : mark.start]
    ):
        return False  # "a **VTEP** (VXLAN tunnel endpoint)": the expansion gives it away
    if mark.start == start:
        after = re.sub(r"^\s*\([^()]{1,40}\)", "", text[mark.end : mark.end + 50]).lstrip()
        if after[:1] in (":", "-", "\u2013", "\u2014", "=", "→") or after.lower().startswith("aka"):
            return False  # a definition term
    return True


def _spelled_out(phrase: str, after: str, before: str) -> bool:
    """Whether the words next to an acronym spell it out."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,7}", phrase) or phrase.islower():
        return False
    near = re.match(r"^\s*\(([^()]{3,60})\)", after) or re.search(r"([^()]{3,60})\s*\($", before)
    if not near:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", near.group(1))).lower()
    letters = phrase.lower()
    return letters in initials or initials in letters or len(set(letters) & set(initials)) >= 3


def build(fact: BoldFact, doc: Document, bank: object = None) -> list[Draft]:
    return [cloze_card(NAME, fact, doc, fact.answer)]
