"""A question the author asked and answered, in plain paragraphs (self-test notes):

    Can you delete a volume that a container is using?
    No. `docker volume rm bizvol` errors out while it's in use.

→ a card with the author's question and answer. Open questions (nobody knew, "TBD", a
question to the group) are left alone."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import text as tx
from ..drafts import Draft, card
from ..parser import Q_LINE, Document, Heading, ListBlock, ListItem, Paragraph
from .base import Fact, draft_args, is_explicit, span_of
from .topic import in_topic

NAME = "asked"
MAX_ANSWER = 220

_UNANSWERED = re.compile(
    r"^(?:not sure|no idea|nobody|no one|unclear|unknown|tbd|todo|\?|dunno|don't know|"
    r"to check|need to check|check\b|maybe|i think|we think|good question|open|"
    r"\(?(?:pick|choose|select)\s+\d\)?\W*$)",  # "pick 2": how many, not which
    re.IGNORECASE,
)
# "Should we …?", "Can someone …?", "Who is bringing …?": the group's business, not Docker.
_NOT_KNOWLEDGE = re.compile(
    r"\b(?:someone|anyone|anybody|somebody|we|our|us|you guys|next week|next time)\b",
    re.IGNORECASE,
)
# "What's the overall idea of the chapter?", "… does the book keep drawing?": about the reading
_ABOUT_THE_BOOK = re.compile(r"\b(?:the\s+(?:book|chapter|author)|nigel|poulton)\b", re.I)
# "I answered `/var/lib/docker/secrets`.", "I said "just line 4"": the author's own try
_OWN_TRY = re.compile(r"^\W*I\s+(?:answered|said|thought|guessed|wrote|put|picked|chose|got)\b")
_ASKS_OF_IT = re.compile(
    r"\b(?:this|that|it|these|those|they|them)\b\s*(?:\?|matters?\b|works?\b|means?\b|do\b|"
    r"does\b|is\b|are\b)|\b(?:does|do|is|are|did)\s+(?:this|that|it|they)\b",
    re.I,
)
_OPEN_SECTION = re.compile(
    r"\b(?:open questions?|disagreements?|questions? for|to ask|unanswered|parking lot|"
    r"action items?|todo)\b",
    re.IGNORECASE,
)


TWO_PARTS = re.compile(r"\b(?:and why|why|difference|differ|compare|vs\.?|versus)\b", re.I)
_ASKING = tx.wordset(
    "what which where when why how who whose is are was were can could does do did will would "
    "should must may has have"
)


@dataclass(eq=False)
class AskedFact(Fact):
    front: str
    back: str


def find(doc: Document) -> list[AskedFact]:
    facts: list[AskedFact] = []
    for block in doc.walk((Paragraph, ListItem, Heading), claims=True):
        span = block.span if isinstance(block, Heading) else span_of(block)
        if span is None or is_explicit(span):
            continue
        first, _, rest = span.text.strip().partition("\n")
        if Q_LINE.match(first):
            continue  # "Q: …" / "A: …": the explicit rule's
        if re.search(r"\((?:pick|choose|select)\s+\d\)", first, re.I):
            continue  # "Which show layer info? (pick 2)" over "a) … b) …": a quiz, not a card
        same = _SAME_LINE.match(first)
        if same:  # "What is a dangling image? One with no tag."
            told = _in_parentheses(same["a"])
            if not told and not same["a"].startswith("("):
                continue
            # "… on the box? (LAB ONLY)": a remark; the answer, if any, is on the next line
            first, rest = same["q"], told or rest
        elif isinstance(block, ListItem):
            continue  # a question item frames the items under it, the lists rule's
        front = tx.clean(first)
        if not tx.is_question(front) or len(tx.words(front)) < 4 or tx.has_url(front):
            continue
        front = as_question(front)  # "Command to …?" → "What is the command to …?"
        if front is None:
            continue  # "Other volume commands to know?": a heading, not a question
        said = re.sub(r"`[^`]*`", "", front)  # "What does `docker run -i` do?" is knowledge
        if _NOT_KNOWLEDGE.search(said) or any(_OPEN_SECTION.search(h) for h in block.section):
            continue
        if _ASKS_OF_IT.search(said) and len(said.split()) <= 6:
            continue  # "Why does this matter?", "How does it work?": about what?
        wide = bool(TWO_PARTS.search(front))  # "… and why?": the reason is the second sentence
        if rest.strip():  # the answer on the next line of the same paragraph
            back, end = _answered(tx.clean(rest), wide), block.line_end
        else:
            back, end = answer_below(doc.neighbour(block, 1), wide)
        if back is None:
            continue
        facts.append(
            AskedFact(
                block=block,
                lines=(block.line_start, end),
                source=doc.source(block.line_start, end),
                explanation=f"{front} {back}",
                front=in_topic(front, doc.topic),  # "What are the two node types?": in Swarm
                back=back,
            )
        )
    return facts


# A question and its answer in one line: "What is X? An image …", "Default driver? → overlay2",
# "Which flag publishes every port? (`-P`)".
_SAME_LINE = re.compile(
    r"^(?P<q>[^?]{8,}\?)\s*(?:\u2192|->|=>|[-\u2013\u2014:])?\s+(?P<a>[^?\s\[].*)$"
)


def _in_parentheses(answer: str) -> str:
    """An answer in parentheses without them ("(`-P`)" → "`-P`"), or "" when the parentheses
    hold a remark ("(ask Priya)", "(not sure?)")."""
    found = re.fullmatch(r"\((?P<inner>[^()]+)\)\.?", answer.strip())
    if found is None:
        return "" if answer.startswith("(") else answer
    inner = found["inner"].strip()
    if "?" in inner or _UNANSWERED.match(inner) or re.search(r"\b(?:ask|check|confirm)\b", inner):
        return ""
    if re.fullmatch(r"[A-Z][A-Z !.-]+", inner) or tx.personal(inner):
        return ""  # "(LAB ONLY)", "(my guess)": a remark
    return inner if len(tx.words(inner)) <= 12 else ""


_IMPERATIVE = tx.wordset("name list explain describe give state")
_NOUN_ASKED = re.compile(
    r"^(?:the\s+)?(?P<noun>command|cmd|flag|option|default|port|difference|syntax)(?P<n>s?)\b"
    r"(?P<rest>.*)$",
    re.I,
)
_VERSUS = re.compile(r"^(?P<a>[^?]+?)\s+(?:vs\.?|versus)\s+(?P<b>[^?]+?)\s*\?$", re.I)
_TAIL_ASKS = re.compile(
    r"(?:\s[\u2013\u2014-]|,)\s+(?:does|do|is|are|can|will|what|which|how|why|where|when)\b", re.I
)


def as_question(front: str) -> str | None:
    """The self-test line as a question a member can answer on its own (a question word or
    what to name, four words or more), or None ("Removing a stack?", "And `restart_policy`?"):
    "Command to bring the app up?" → "What is the command to bring the app up?",
    "Compose v1 vs v2?" → "What is the difference between Compose v1 and v2?"."""
    front = tx.drop_asides(front)  # "… use it? (x)": the author's mark for a miss
    front = re.sub(r",?\s+in (?:one|a) (?:sentence|word|line)\s*\?$", "?", front)
    front = re.sub(r"\b[Ii]n (?:one|a) (?:sentence|word|line),\s*", "", front)
    front = tx.drop_objective_tags(front)  # "(D1.04)": the exam's objective code
    words = front.split()
    if len(tx.words(front)) < 4 and not _VERSUS.match(front):
        return None
    first = re.sub(r"'s$", "", words[0].lower().strip("*_")) if words else ""
    if re.match(r"^what\s+about\b", front, re.I):
        return None  # "What about AppArmor?": about what of it?
    if _ABOUT_THE_BOOK.search(re.sub(r"`[^`]*`", "", front)):
        return None  # "What's the overall idea of the chapter?": a question on the reading
    if first in _ASKING or (first in _IMPERATIVE and not tx.is_question(front)):
        return front
    if first in _IMPERATIVE or _TAIL_ASKS.search(front):
        return front  # "Name the four keys?", "`restart` after an edit - does it reload?"
    found = _NOUN_ASKED.match(front)
    if found:
        noun = found["noun"].lower().replace("cmd", "command")
        verb = "are the" if found["n"] else "is the"
        return f"What {verb} {noun}{found['n']}{found['rest']}"
    found = _VERSUS.match(
        re.sub(r"^(?:the\s+)?(?:biggest|main|key)\s+difference\s+", "", front, flags=re.I)
    )
    if found and found["a"].lower() in ("difference", "the difference"):
        return None  # "Biggest difference vs a VM?": between what and a VM?
    if found and len(found["a"].split()) <= 5 and len(found["b"].split()) <= 5:
        return f"What is the difference between {found['a']} and {found['b']}?"
    return None


def answers_a_question(doc: Document, block) -> bool:
    """Whether a paragraph is the author's answer to the question above it (or holds both):
    its card says it, a cloze of it would say it again without the question."""
    if not isinstance(block, Paragraph) or block.span is None:
        return False
    if tx.is_question(block.span.text.strip().split("\n")[0]):
        return True
    before = doc.neighbour(block, -1)
    if isinstance(before, Heading):  # "### What is a dangling image?" over its answer
        return before.span is not None and as_question(tx.clean(before.span.text)) is not None
    return (
        isinstance(before, Paragraph)
        and before.span is not None
        and "\n" not in before.span.text.strip()
        and tx.is_question(before.span.text.strip())
    )


def answer_below(block, wide: bool = False) -> tuple[str | None, int]:
    """The answer right under a question: a paragraph (its first sentences, up to about two
    lines) or a short list."""
    if isinstance(block, Paragraph) and not block.skip and block.span is not None:
        return _answered(tx.clean(block.span.text), wide), block.line_end
    if (
        isinstance(block, ListBlock)
        and not block.skip
        and 2 <= len(block.items) <= 6
        and all(i.checked is None for i in block.items)  # a task list is the choices rule's
    ):
        items = [tx.strip_end(tx.clean(i.span.text)) for i in block.items if i.span is not None]
        if items and all(0 < len(i) <= 80 for i in items):
            return "; ".join(items), block.line_end
    return None, 0


def _answered(text: str, wide: bool = False) -> str | None:
    if not text or tx.is_question(text.split("\n")[0]) or _UNANSWERED.match(text):
        return None  # another question, or "Not sure, ask Tom"
    if own_try(text):
        return None
    answer = trimmed(text, 2 if wide else 1)
    if answer is None or any(_lab_line(code) for code in re.findall(r"`([^`]+)`", answer)):
        return None  # a whole lab command line ("docker run -dit --name voltainer …")
    return answer


def _lab_line(code: str) -> bool:
    """ "docker run -dit --name voltainer --mount source=bizvol …", "docker volume rm bizvol":
    a lab's own command line; "docker container ls -q" is a command to learn."""
    words = code.split()
    if len(words) >= 6:
        return True
    last = words[-1] if words else ""
    return len(words) >= 4 and not last.startswith(("-", "<", "$")) and "=" not in last


# "Which command shows …?", "In Compose, what command …?", "Command to list …?"
_ASKS_COMMAND = re.compile(
    r"^(?:in\s[^,]{1,40},\s*)?(?:which|what)\s+(?:docker\s+|`[^`]+`\s+)?command\b|"
    r"^command\s+(?:to|that|for)\b",
    re.I,
)
_LEADING_CODE = re.compile(r"^(`[^`]+`)\s*(?:->|=>|[-\u2013\u2014:\u2192,;(]|which\b|shows\b)")


def own_try(answer: str) -> bool:
    """Whether an answer is what the author tried ("I answered …"), not the answer."""
    return bool(_OWN_TRY.match(answer))


def command_only(front: str, back: str) -> str:
    """ "Which command shows config as JSON?" → "`docker container inspect <name>`", not the
    fields the author lists after it: a question for a command is answered by the command."""
    found = _LEADING_CODE.match(back) if _ASKS_COMMAND.match(front) else None
    return found[1] if found else back


_HALF = re.compile(r"[\w ]{2,30}:\s*\w+(?:\s+\w+){0,2}\W*")
_BARE_VERDICT = re.compile(r"(?:yes|no|nope|yep|correct|wrong|true|false)\W*", re.I)


def trimmed(text: str, sentences: int = 1) -> str | None:
    """The answer's first sentence (two when the first is only "No."): the rest of a
    self-test answer is usually the author's elaboration."""
    # "No." alone says too little: the next sentence says why
    # "Control plane: YES. Data plane: NO.": a clipped first sentence wants the next one too
    kept = tx.first_sentences(
        text, sentences, lambda part: _BARE_VERDICT.fullmatch(part) or _HALF.fullmatch(part)
    )
    # "Data corruption. e.g. ctr-A on node1 writes …": the example goes, the answer stays
    short = re.sub(r"[\s,;(]+(?:e\.g\.?|for example|for instance)(?:\s|,).*$", "", kept)
    if short != kept and len(tx.words(short)) >= 2:
        kept = tx.strip_end(short) + "."
    kept = tx.drop_asides(kept)  # "(the book also shows `up &`)", "See ch10."
    kept = re.sub(r"^(`[^`]+`)\.$", r"\1", kept)  # "`docker-compose up -d`." → the command
    if kept.endswith(":"):
        return None  # "`openssl x509 …` shows:": the answer is below, in code
    return kept if 0 < len(kept) <= MAX_ANSWER else None


def build(fact: AskedFact, doc: Document, bank: object = None) -> list[Draft]:
    return [card(kind="basic", text=fact.front, answer=fact.back, **draft_args(NAME, fact, doc))]
