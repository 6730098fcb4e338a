"""Checks every draft must pass before an editor sees it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .classify import keyword_scores
from .distractors import similar
from .drafts import CARD, QUESTION, Draft
from .text import DOCKER_PORTS, HTML_TAG, key, unit_after_blank

AUTHOR_RULES = frozenset({"explicit", "asked", "cloze", "choices"})
MAX_TEXT = 400
MAX_OPTION = 250
_MARKDOWN_LEFT = re.compile(r"\*\*|__|\]\(|^#+\s")
_NUMBER = re.compile(r"^\W*\d[\d.,]*\s*(/?\s*(tcp|udp)|%|[a-z]{1,7})?\W*$", re.IGNORECASE)


def problems(draft: Draft) -> list[str]:
    """Why a draft must not be proposed (empty when it is fine)."""
    found = []
    if not draft.text.strip():
        found.append("empty text")
    if not draft.answer.strip():
        found.append("empty answer")
    if not draft.explanation.strip():
        found.append("no explanation")
    if len(draft.text) > MAX_TEXT:
        found.append("text too long")
    texts = [draft.text, draft.answer, *(o.text for o in draft.options)]
    if any(_MARKDOWN_LEFT.search(t) or HTML_TAG.search(t) or t.count("`") % 2 for t in texts):
        found.append("markdown left in text")
    if draft.item_type == CARD:
        if draft.options:
            found.append("a card has options")
        if contains(draft.text, draft.answer):
            found.append("answer in question")
    elif draft.item_type == QUESTION:
        found += _question_problems(draft)
    else:
        found.append("unknown item type")
    return found


def _question_problems(draft: Draft) -> list[str]:
    found = []
    options = draft.options
    correct = [o for o in options if o.correct]
    wrong = [o for o in options if not o.correct]
    low = 3 if draft.short_ok else 4
    if not low <= len(options) <= 5:
        found.append(f"{len(options)} options")
    if len({key(o.text) or o.text for o in options}) != len(options):
        found.append("repeated options")
    if draft.kind == "single" and len(correct) != 1:
        found.append("single answer needs exactly one correct option")
    if draft.kind == "choose_n" and not 2 <= len(correct) < len(options):
        found.append("choose N needs two or more correct options and a wrong one")
    if any(contains(draft.text, o.text) for o in correct):
        found.append("answer in question")
    if draft.rule not in AUTHOR_RULES and any(contains(draft.text, o.text) for o in wrong):
        found.append("a wrong option is named in the question")
    if any(len(o.text) > MAX_OPTION for o in options):
        found.append("option too long")
    if len({option_kind(o.text) for o in options}) > 1:
        found.append("options of different kinds")
    if draft.rule not in AUTHOR_RULES and any(
        option_kind(c.text) != "order" and similar(w.text, c.text) for w in wrong for c in correct
    ):
        found.append("a wrong option is a near-synonym of the answer")
    return found


def option_kind(text: str) -> str:
    """Coarse shape of an option: command, number, order of steps or plain text."""
    stripped = text.strip()
    if stripped.startswith("`") or stripped.startswith("docker "):
        return "command"
    if _NUMBER.match(stripped):
        return "number"
    if " \u2192 " in stripped:
        return "order"
    return "text"


def contains(text: str, answer: str) -> bool:
    """Whether ``answer`` appears as whole words inside ``text`` (case and markup ignored)."""
    needle = _words(answer)
    if not needle:
        return False
    return f" {needle} " in f" {_words(text)} "


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


_FRAMED = re.compile(r"^In (?:the context of )?[^,?]{1,60}, (?=\w)")


def _asked(text: str) -> str:
    """What a question asks, whatever frames it: "In the context of images, what is a tag?"
    and "What is a tag?", "What does `docker image history <image>` do?" and "… history`
    do?" ask one thing."""
    return _words(re.sub(r"\s*<[^<>]*>", "", _FRAMED.sub("", text)))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


# Words that say how a question is asked, not what it asks about.
_FRAME = frozenset(
    {
        *("which", "what", "is", "are", "the", "a", "an", "of", "in", "for", "does", "do", "to"),
        *("command", "commands", "option", "docker", "compose", "following", "used"),
    }
)


@lru_cache(maxsize=65536)
def _answer_key(answer: str) -> str:
    """ "2377/tcp" and "2377" are one answer."""
    return key(re.sub(r"^(\d+)/(?:tcp|udp)(?:\s*[+/&]\s*(?:tcp|udp))?$", r"\1", answer.strip()))


@lru_cache(maxsize=65536)
def _content(text: str) -> frozenset[str]:
    return _tokens(text) - _FRAME


def near_duplicate(a: Draft, b: Draft) -> bool:
    """Same answer and nearly the same question: most words shared, or every word of what
    the shorter one asks about is in the other ("Which lifecycle command removes stopped
    containers (not volumes)?" and "Which Docker Compose command removes stopped
    containers?")."""
    if a.item_type != b.item_type or _answer_key(a.answer) != _answer_key(b.answer):
        return False
    ta, tb = _tokens(a.text), _tokens(b.text)
    if not ta or not tb:
        return ta == tb
    if len(ta & tb) / len(ta | tb) >= 0.8:
        return True
    ca, cb = _content(a.text), _content(b.text)
    unit = unit_after_blank(a.text) if a.rule == b.rule == "numbers" else ""
    if unit and unit == unit_after_blank(b.text):
        stems = {w.rstrip("s") for w in ca if len(w) >= 4} & {w.rstrip("s") for w in cb}
        if stems:
            return True  # "certs rotate every [...] days" and "cert rotation: every [...] days"
    if len(a.answer.split()) >= 3 and (ca <= cb or cb <= ca):
        return True  # "What does DTR do?" and "In UCP, what does DTR do?" with one long answer
    return min(len(ca), len(cb)) >= 2 and len(ca & cb) / min(len(ca), len(cb)) >= 0.8


def filter_drafts(drafts: Iterable[Draft]) -> list[Draft]:
    """Drop drafts with problems, near-duplicates and repeated fingerprints.

    The first one wins, except that what an author wrote by hand (explicit rules) wins over
    a generated twin, and a generated twin that says more ("What does the `COPY` Dockerfile
    instruction do?" beside "What does COPY do?") takes the place of the one that says less.
    The order of the drafts that stay is kept."""
    ordered = list(drafts)
    rank = sorted(range(len(ordered)), key=lambda i: (ordered[i].rule not in AUTHOR_RULES, i))
    keep: set[int] = set()
    position = {id(d): i for i, d in enumerate(ordered)}
    questions_asked: set[tuple[str, str, str]] = set()
    by_answer: dict[tuple[str, str], list[Draft]] = {}
    by_line: dict[tuple[str, int], list[Draft]] = {}
    fingerprints: set[str] = set()
    for index in rank:
        draft = ordered[index]
        if draft.fingerprint in fingerprints or problems(draft):
            continue
        asked = (draft.item_type, draft.kind, _asked(draft.text))
        if draft.item_type == CARD and draft.kind != "cloze" and asked in questions_asked:
            continue  # "What is an endpoint?" twice with two answers: one card asks it
        group = by_answer.setdefault((draft.item_type, _answer_key(draft.answer)), [])
        if _port_item(draft) and any(map(_port_item, group)):
            continue  # port 2377 asked in the swarm note and again in the overlay note: once
        twin = next((other for other in group if near_duplicate(draft, other)), None)
        if twin is not None and (twin.rule in AUTHOR_RULES or not _says_more(draft, twin)):
            continue
        same_line = by_line.setdefault((str(draft.note_id), draft.line_start), [])
        if draft.rule not in AUTHOR_RULES and any(same_blank(draft, o) for o in same_line):
            continue
        if twin is not None:
            keep.discard(position[id(twin)])  # the fuller question takes the twin's place
            group.remove(twin)
        same_line.append(draft)
        group.append(draft)
        questions_asked.add(asked)
        fingerprints.add(draft.fingerprint)
        keep.add(index)
    keep -= _over_covered(ordered, keep)
    keep -= _redundant(ordered, keep)
    return [draft for index, draft in enumerate(ordered) if index in keep]


_BLANK = re.compile(r"\s*\[\.\.\.\]\s*")
_PORT_RULES = frozenset({"numbers", "tables"})


def _port_item(draft: Draft) -> bool:
    """An item whose answer is one of Docker's own ports (2377, 4789, …): the group's notes
    ask each of them once, whichever note names it first."""
    return draft.rule in _PORT_RULES and _answer_key(draft.answer) in DOCKER_PORTS


def _says_more(draft: Draft, twin: Draft) -> bool:
    """The draft asks what its twin asks and names more of the field: its words strictly
    include the twin's, and the extra ones say where ("Dockerfile instruction"), not how
    ("use by")."""
    if draft.kind != twin.kind or not _content(twin.text) < _content(draft.text):
        return False
    extra = _content(draft.text) - _content(twin.text)
    return bool(keyword_scores(" ".join(sorted(extra))))


def same_blank(a: Draft, b: Draft) -> bool:
    """Two clozes of one sentence that hide the same thing ("every [...] days" → 90 and
    "every [...] by default" → 90 days)."""
    if a.kind != "cloze" or b.kind != "cloze":
        return False
    ka, kb = _words(a.answer), _words(b.answer)
    if not ka or not kb or not (ka in kb or kb in ka):
        return False
    fill_a = _words(_BLANK.sub(f" {a.answer} ", a.text))
    fill_b = _words(_BLANK.sub(f" {b.answer} ", b.text))
    return fill_a == fill_b or _words(a.explanation) == _words(b.explanation)


def _same_fact(a: Draft, b: Draft) -> bool:
    """Both items ask about one subject: one's answer is the other's answer or is named in
    the other's question ("What is a container?" / "A [...] is …" → container)."""
    if _NUMBER.match(a.answer) or _NUMBER.match(b.answer):
        return False  # a number in the sentence is a fact of its own
    if a is b or _bare(a.answer) == _bare(b.answer):
        return True
    return any(contains(_filled(y), _bare(x.answer)) for x, y in ((a, b), (b, a)))


def _filled(draft: Draft) -> str:
    """The question, or for a cloze the sentence with its blank filled in."""
    if draft.kind == "cloze":
        return _BLANK.sub(f" {draft.answer} ", draft.text)
    return draft.text


def _bare(answer: str) -> str:
    return re.sub(r"^(?:a|an|the)\s+", "", _words(answer))


def _over_covered(ordered: list[Draft], keep: set[int]) -> set[int]:
    """One source line gives at most two generated cards on one fact: when a card and its
    reversed card already ask about what a cloze of the same sentence hides, one of the
    three goes, the reversed card if there is one (the cloze asks the same in the note's own
    words), else the cloze."""
    by_line: dict[tuple[str, int], list[int]] = {}
    for index in sorted(keep):
        draft = ordered[index]
        if draft.item_type == CARD and draft.rule not in AUTHOR_RULES:
            by_line.setdefault((str(draft.note_id), draft.line_start), []).append(index)
    drop: set[int] = set()
    for indexes in by_line.values():
        for index in indexes:
            if ordered[index].kind != "cloze" or index in drop:
                continue
            twins = [
                i
                for i in indexes
                if i != index and i not in drop and _same_fact(ordered[index], ordered[i])
            ]
            if len(twins) < 2:
                continue
            reverse = [i for i in twins if _is_reverse(ordered[i])]
            drop.add(reverse[0] if reverse else index)
    return drop


def _is_reverse(draft: Draft) -> bool:
    """A definition card that asks for the term ("What is a small process for …? → runc")."""
    return draft.rule == "definitions" and len(_words(draft.answer).split()) <= 4


_PAIR_RULES = frozenset({"definitions", "tables"})


def _correct(draft: Draft) -> str:
    return next((o.text for o in draft.options if o.correct), draft.answer)


def _covers(a: Draft, b: Draft) -> bool:
    """Both ask about one term and its definition: a's answer is b's answer or named in b's
    question, and most words of a's question are in b (its question or its answer)."""
    answer = _bare(_correct(a))
    if "another name" in a.text + b.text:
        return False  # an alias is a fact of its own
    if not answer or not (
        answer == _bare(_correct(b)) or (b.rule == "tables" and contains(b.text, answer))
    ):
        return False
    asked = re.sub(r"^In (?:the context of )?[^,]{1,60},\s*", "", a.text)  # the topic aside
    mine = _tokens(asked) - _ASKING
    theirs = _tokens(b.text) | _tokens(_correct(b))
    return bool(mine) and len(mine & theirs) >= 0.7 * len(mine)


_ASKING = frozenset(re.findall(r"\w+", "what which is are a an the of following does do"))


def _redundant(ordered: list[Draft], keep: set[int]) -> set[int]:
    """One card and one question per term and its definition: a reversed card goes when a
    question asks about the pair, a definitions question when a tables question does, and of
    two cards with one answer the shorter (less context) one goes."""
    by_line: dict[tuple[str, int], list[int]] = {}
    for index in sorted(keep):
        draft = ordered[index]
        if draft.rule in _PAIR_RULES:
            by_line.setdefault((str(draft.note_id), draft.line_start), []).append(index)
    drop: set[int] = set()
    for indexes in by_line.values():
        if len(indexes) < 2:
            continue
        items = [(i, ordered[i]) for i in indexes]
        questions = [(i, d) for i, d in items if d.item_type == QUESTION]
        for i, d in questions:
            if d.rule == "definitions" and any(
                o.rule == "tables" and _covers(d, o) for _, o in questions
            ):
                drop.add(i)
        asked = [d for i, d in questions if i not in drop]
        cards = [(i, d) for i, d in items if d.item_type == CARD]
        for i, d in cards:
            # (a definitions question alone keeps the reversed card: the sample notes need
            # both, see test_sample_notes)
            if _is_reverse(d) and any(q.rule == "tables" and _covers(d, q) for q in asked):
                drop.add(i)
        for i, d in cards:
            for j, other in cards:
                same = (
                    i != j and j not in drop and i not in drop and "tables" in (d.rule, other.rule)
                )
                if (
                    same
                    and _bare(d.answer) == _bare(other.answer)
                    and (len(d.text), -i)
                    < (
                        len(other.text),
                        -j,
                    )
                ):
                    drop.add(i)
    return drop
