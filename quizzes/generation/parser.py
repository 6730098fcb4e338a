"""Markdown → a small tree: sections, paragraphs, lists and their items, code blocks and tables.

markdown-it-py does the hard part (messy nesting, ``1.`` repeated numbering, mixed ``*``/``-``)
and gives every block its source lines; this module keeps what the rules need: the plain text
of each inline run with its bold, code and highlight spans, the lead line of each list, the
task-list state of items, and a ``skip`` flag on everything that is not knowledge.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from markdown_it import MarkdownIt

from . import text as tx
from .tree import (
    Block,
    Code,
    Document,
    Heading,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    Span,
    Table,
)

__all__ = [
    "Block",
    "Code",
    "Document",
    "Heading",
    "ListBlock",
    "ListItem",
    "Mark",
    "Paragraph",
    "Span",
    "Table",
    "is_claim",
    "parse",
    "quiz_lead",
]


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


_MARK = re.compile(r"(?<![\w=])==(?!=)|(?<![=\s])==(?![\w=])")


def render_inline(token, line: int) -> Span:
    """Flatten an ``inline`` token into a :class:`Span`."""
    parts: list[str] = []
    size = 0
    bold: list[tuple[int, int]] = []
    marks: list[tuple[int, int]] = []
    code: list[str] = []
    strong_depth = 0
    strong_start = 0
    mark_start = 0
    link_depth = 0
    outside_link: list[str] = []
    children = token.children or ()
    # ``==highlight==`` is not CommonMark: track it in text runs, only for paired markers
    # (``zone==east``, a comparison between two words, is no marker).
    toggles = sum(len(_MARK.findall(c.content)) for c in children if c.type == "text") // 2 * 2
    in_mark = False
    for child in children:
        piece = ""
        kind = child.type
        if kind == "text" and toggles and _MARK.search(child.content):
            chunks = _MARK.split(child.content)
            for n, chunk in enumerate(chunks):
                if n and toggles:
                    toggles -= 1
                    if in_mark:
                        if size > mark_start:
                            marks.append((mark_start, size))
                    else:
                        mark_start = size
                    in_mark = not in_mark
                elif n:
                    chunk = "==" + chunk
                if chunk:
                    parts.append(chunk)
                    size += len(chunk)
                    if link_depth == 0:
                        outside_link.append(chunk)
            continue
        if kind == "text":
            piece = child.content
        elif kind == "code_inline":
            piece = "`" + child.content + "`"
            code.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            piece = "\n"
        elif kind == "strong_open":
            if strong_depth == 0:
                strong_start = size
            strong_depth += 1
        elif kind == "strong_close":
            strong_depth = max(0, strong_depth - 1)
            if strong_depth == 0 and size > strong_start:
                bold.append((strong_start, size))
        elif kind == "link_open":
            link_depth += 1
        elif kind == "link_close":
            link_depth = max(0, link_depth - 1)
        elif kind == "image":
            piece = child.content
        elif kind == "html_inline" and not tx.HTML_TAG.match(child.content):
            # "/var/lib/docker/volumes/<name>/_data": a placeholder, not a tag.
            piece = child.content
        if piece:
            parts.append(piece)
            size += len(piece)
            if link_depth == 0:
                outside_link.append(piece)
    plain = "".join(parts)
    folded = _FOLDED_LIST.search(plain)
    if folded:
        # An under-indented nested list became lazy paragraph lines: keep the first part only.
        end = folded.start()
        bold = [(a, b) for a, b in bold if b <= end]
        marks = [(a, b) for a, b in marks if b <= end]
        plain = plain[:end].rstrip()
    outside = re.sub(r"https?://\S+", "", "".join(outside_link))
    link_only = bool(plain.strip()) and not tx.words(outside)
    return Span(
        raw=token.content,
        text=plain,
        line=line,
        bold=tuple(Mark(plain[a:b], a, b) for a, b in bold),
        marks=tuple(Mark(plain[a:b], a, b) for a, b in marks),
        code=tuple(code),
        link_only=link_only,
    )


_TERM_LINE = re.compile(
    r"^(?:\*\*[^*\n]{1,60}\*\*|`[^`\n]{1,40}`|[A-Za-z][\w .()/+-]{0,40}?)"
    r"(?:\s*:|\s+[\u2013\u2014=-])\s+\S"
)


_QA_LINE = re.compile(r"^\s*(?:\*\*)?(?:q|a|question|answer)\s*\d*(?:\*\*)?\s*[:.)]", re.I)
# A self-test the author wrote as notes: "Q: …" (or "Q1.", "Question:") on one line, "A: …" on
# the next; the markup is already gone from a span's text.
Q_LINE = re.compile(r"^\s*(?:Q|Question)\s*\d*\s*[:.)]\s+(?P<q>\S.*)$")
A_LINE = re.compile(r"^\s*(?:A|Answer)\s*\d*\s*[:.)](?:\s+(?P<a>\S.*))?$")


def _term_lines(span: Span) -> list[Span]:
    """A paragraph of ``**Term**: definition`` lines without blank lines between them is one
    Markdown paragraph, but each line is a definition of its own: one span per such line (a
    line that does not start with a term continues the one above)."""
    texts = span.text.split("\n")
    if len(texts) < 2 or not _TERM_LINE.match(span.raw.split("\n")[0]):
        return [span]
    raws = span.raw.split("\n")
    if any(_QA_LINE.match(raw) for raw in raws):
        return [span]  # "Q: …" / "A: …" lines are one card
    starts = [n for n, raw in enumerate(raws) if _TERM_LINE.match(raw)]
    if len(starts) < 2 or len(raws) != len(texts):
        return [span]
    offsets = [0]
    for text in texts:
        offsets.append(offsets[-1] + len(text) + 1)
    bounds = [*starts, len(texts)]
    return [
        span.part(offsets[a], offsets[b] - 1, "\n".join(raws[a:b]))
        for a, b in itertools.pairwise(bounds)
    ]


_FOLDED_LIST = re.compile(r"\n[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\S")
_TASK = re.compile(r"^\[([ xX])\]\s+")


def _lines(token, lines: list[str]) -> tuple[int, int]:
    start, end = token.map if token.map else (0, 1)
    end = max(end, start + 1)
    while end - 1 > start and (end - 1 >= len(lines) or not lines[end - 1].strip()):
        end -= 1
    return start + 1, end


def parse(note_id: int | str, body: str, title: str = "") -> Document:
    """Parse one note into a :class:`Document`."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = body.split("\n")
    tokens = _markdown().parse(body)
    top: list[Block] = []
    flat: list[Block] = []
    stack: list[Block] = []  # open ListBlock / ListItem containers
    headings: list[tuple[int, str]] = []
    i = 0

    def container_children() -> list[Block]:
        if stack and isinstance(stack[-1], ListItem):
            return stack[-1].children
        return top

    def add(block: Block) -> None:
        block.section = tuple(h for _, h in headings)
        block.parent = stack[-1] if stack else None
        flat.append(block)
        if not (stack and isinstance(stack[-1], ListBlock)):
            container_children().append(block)

    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind == "heading_open":
            start, end = _lines(tok, lines)
            span = render_inline(tokens[i + 1], start)
            level = int(tok.tag[1:])
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, tx.clean(span.text)))
            add(Heading(line_start=start, line_end=start, level=level, span=span))
            i += 3
            continue
        if kind == "paragraph_open":
            start, end = _lines(tok, lines)
            span = render_inline(tokens[i + 1], start)
            owner = stack[-1] if stack else None
            if isinstance(owner, ListItem) and owner.span is None and not owner.children:
                found = _TASK.match(span.text)
                if found:
                    owner.checked = found.group(1) != " "
                    span = span.sliced(found.end())
                owner.span = span
            else:
                for part in _term_lines(span):
                    last = part.line_of(len(part.text))
                    add(Paragraph(line_start=part.line, line_end=last, span=part))
            i += 3
            continue
        if kind in ("bullet_list_open", "ordered_list_open"):
            start, end = _lines(tok, lines)
            siblings = container_children()
            owner = stack[-1] if stack else None
            lead, lead_is_heading = None, False
            if isinstance(owner, ListItem) and not owner.children:
                lead = owner.span
            elif siblings and isinstance(siblings[-1], Paragraph):
                lead = siblings[-1].span
            elif siblings and isinstance(siblings[-1], Heading):
                lead, lead_is_heading = siblings[-1].span, True
            block = ListBlock(
                line_start=start,
                line_end=end,
                ordered=kind == "ordered_list_open",
                lead=lead,
                lead_is_heading=lead_is_heading,
            )
            add(block)
            stack.append(block)
        elif kind == "list_item_open":
            start, end = _lines(tok, lines)
            owner = stack[-1]
            assert isinstance(owner, ListBlock)
            depth = sum(1 for b in stack if isinstance(b, ListBlock)) - 1
            item = ListItem(line_start=start, line_end=end, index=len(owner.items), depth=depth)
            add(item)
            owner.items.append(item)
            stack.append(item)
        elif kind in ("list_item_close", "bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif kind in ("fence", "code_block"):
            start, end = _lines(tok, lines)
            add(
                Code(
                    line_start=start,
                    line_end=end,
                    text=tok.content,
                    info=(tok.info or "").strip(),
                    fenced=kind == "fence",
                )
            )
        elif kind == "table_open":
            i = _table(tokens, i, lines, add)
            continue
        i += 1
    document = Document(note_id=note_id, title=title, lines=lines, blocks=top, flat=flat)
    _mark_noise(document)
    return document


def _table(tokens, i: int, lines: list[str], add) -> int:
    start, end = _lines(tokens[i], lines)
    header: list[Span] = []
    rows: list[tuple[Span, ...]] = []
    row: list[Span] = []
    in_head = False
    i += 1
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline":
            line = tok.map[0] + 1 if tok.map else start
            row.append(render_inline(tok, line))
        elif tok.type == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(tuple(row))
        i += 1
    add(Table(line_start=start, line_end=end, header=tuple(header), rows=tuple(rows)))
    return i + 1


def _text_of(block: Block) -> str:
    if isinstance(block, (Paragraph, Heading)):
        return block.span.text
    if isinstance(block, ListItem) and block.span is not None:
        return block.span.text
    return ""


# A sentence that is asked or put to the test, not stated: "True or false: …", "T/F …",
# "Quiz: …", "Q: …". Its truth is the answer, so its wording is never a fact.
_CLAIM_START = re.compile(
    r"^\W*(?:true\s*(?:or|/)\s*false|t\s*/\s*f\b|quiz\b|[qa]\d*\s*[:.)]\s)",
    re.IGNORECASE,
)
# A line the author marks as wrong: "❌ …", "WRONG: …", "Myth: …", "Don't …", "(incorrect)".
_WRONG = re.compile(
    r"[❌✗✘]|\bWRONG\b|(?i:\bwrong\s*[:)\]]|\bmyth\s*[:)\]]|\bincorrect\s*[:)\]]|"
    r"^\W*(?:don['\u2019]?t|do not|wrong|incorrect|myths?|misconceptions?)\b)"
)
_TRUTH_WORDS = frozenset({"true", "false", "yes", "no", "t", "f", "y", "n"})


def is_claim(text: str) -> bool:
    """A question, a claim under test or a line marked wrong: never a source of facts."""
    t = text.strip()
    if not t:
        return False
    return bool(_CLAIM_START.match(t) or _WRONG.search(t)) or tx.is_question(t.split("\n")[-1])


def _truth_options(block: ListBlock) -> bool:
    """A task list whose options are True/False or Yes/No: its lead is a claim under test."""
    if not block.items:
        return False
    for item in block.items:
        if item.checked is None or item.span is None:
            return False
        first = tx.words(item.span.text)[:1]
        if not first or first[0].lower() not in _TRUTH_WORDS:
            return False
    return True


def _mark_claims(doc: Document) -> None:
    """Flag questions, claims under test and wrong-marked lines (``Block.claim``)."""
    tested: set[int] = set()
    for block in doc.flat:
        if isinstance(block, ListBlock) and block.lead is not None and _truth_options(block):
            tested.add(id(block.lead))
    for block in doc.flat:
        span = getattr(block, "span", None)
        parent = block.parent
        claim = parent is not None and parent.claim and not _is_question_only(parent)
        if span is not None and not claim:
            claim = id(span) in tested or is_claim(span.text)
        if isinstance(block, ListBlock) and not claim:
            lead = block.lead
            # A task list under a claim or a question: its options are put to the test.
            claim = _truth_options(block) or (
                lead is not None
                and is_claim(lead.text)
                and not tx.is_question(lead.text.split("\n")[-1])
            )
            if lead is not None and tx.is_question(lead.text.split("\n")[-1]):
                claim = claim or all(i.checked is not None for i in block.items)
        block.claim = claim


def _is_question_only(block: Block) -> bool:
    """A plain question item ("- What is X?") frames true answers nested under it."""
    span = getattr(block, "span", None)
    if span is None or not isinstance(block, ListItem):
        return False
    text = span.text.strip()
    return not (_CLAIM_START.match(text) or _WRONG.search(text))


_ITALIC_LINE = re.compile(r"([_*])(?![_*\s])[^\n]*[^_*\s]\1")


def _mark_noise(doc: Document) -> None:
    """Flag Resources/TODO sections, logistics, dates, bare links and to-do lists."""
    _mark_claims(doc)
    previous: Block | None = None
    for block in doc.flat:
        parent_skip = block.parent is not None and block.parent.skip
        section_noise = any(tx.NOISE_HEADING.match(h) for h in block.section)
        own = _text_of(block)
        skip = parent_skip or section_noise
        if isinstance(block, Heading):
            skip = skip or bool(tx.NOISE_HEADING.match(block.span.text))
        elif isinstance(block, ListBlock):
            lead = block.lead.text if block.lead is not None else ""
            skip = skip or bool(lead and (tx.is_noise(lead) or tx.TODO.match(lead)))
            if isinstance(previous, Paragraph) and previous.skip and block.lead is previous.span:
                skip = True
        elif isinstance(block, ListItem):
            span = block.span
            if span is None or span.link_only or tx.is_noise(own):
                # A bare or noisy item hides what is nested under it too.
                skip = True
            elif block.checked is not None and not _follows_question(block):
                skip = True  # a to-do list, not answer options
        elif isinstance(block, Paragraph):
            skip = skip or block.span.link_only or tx.is_noise(own)
        block.skip = skip
        previous = block
    for block in doc.flat:  # after the leads: a byline does not hide the list below it
        if isinstance(block, Paragraph) and _ITALIC_LINE.fullmatch(block.span.raw.strip()):
            block.skip = True  # "_Marcus - grouped by task, 1 line each._": all in italics


def _follows_question(item: ListItem) -> bool:
    """A task list that answers a question line, or a quiz of true/false statements."""
    lead = item.owner.lead
    if lead is not None and tx.is_question(lead.text.split("\n")[-1]):
        return True
    return quiz_lead(item.owner)


QUIZ_LEAD = re.compile(
    r"\b(quiz|true or false|true/false|self[- ]?(?:test|check)|(?:check|test) yourself|"
    r"tick the (?:true|correct)|true statements?|which are true)\b",
    re.IGNORECASE,
)


def quiz_lead(block: ListBlock) -> bool:
    """Whether a task list is a quiz of true/false statements (no question line)."""
    if block.lead is not None and QUIZ_LEAD.search(block.lead.text):
        return True
    return bool(block.section) and bool(QUIZ_LEAD.search(block.section[-1]))
