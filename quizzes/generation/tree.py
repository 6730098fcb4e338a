"""The tree the parser builds: blocks with their source lines, and inline spans of plain text
with the bold, highlight and code runs the rules look for."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import text as tx


@dataclass(eq=False)
class Mark:
    """A bold (or ``==highlighted==``) run: its text and offsets in ``Span.text``."""

    text: str
    start: int
    end: int


@dataclass(eq=False)
class Span:
    """One inline run. ``text`` is plain: emphasis and links stripped, code kept in backticks."""

    raw: str
    text: str
    line: int
    bold: tuple[Mark, ...] = ()
    marks: tuple[Mark, ...] = ()
    code: tuple[str, ...] = ()
    link_only: bool = False

    def line_of(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, max(0, offset))

    def lines_of(self, start: int, end: int) -> tuple[int, int]:
        return self.line_of(start), self.line_of(max(start, end - 1))

    def cut(self, end: int) -> Span:
        """The span up to ``end`` (drops what follows, e.g. a list folded into a paragraph)."""
        return Span(
            raw=self.raw,
            text=self.text[:end].rstrip(),
            line=self.line,
            bold=tuple(m for m in self.bold if m.end <= end),
            marks=tuple(m for m in self.marks if m.end <= end),
            code=self.code,
            link_only=self.link_only,
        )

    def part(self, start: int, end: int, raw: str) -> Span:
        """The lines of the span from ``start`` to ``end`` (one of several definitions written on
        consecutive lines of one paragraph)."""
        return Span(
            raw=raw,
            text=self.text[start:end],
            line=self.line_of(start),
            bold=tuple(
                Mark(m.text, m.start - start, m.end - start)
                for m in self.bold
                if m.start >= start and m.end <= end
            ),
            marks=tuple(
                Mark(m.text, m.start - start, m.end - start)
                for m in self.marks
                if m.start >= start and m.end <= end
            ),
            code=tuple(c for c in self.code if f"`{c}`" in self.text[start:end]),
            link_only=self.link_only,
        )

    def sliced(self, cut: int) -> Span:
        """The span without its first ``cut`` characters (a task box ``[x]``)."""
        shift = [m for m in self.bold if m.start >= cut]
        return Span(
            raw=self.raw,
            text=self.text[cut:],
            line=self.line,
            bold=tuple(Mark(m.text, m.start - cut, m.end - cut) for m in shift),
            marks=tuple(Mark(m.text, m.start - cut, m.end - cut) for m in self.marks),
            code=self.code,
            link_only=self.link_only,
        )


@dataclass(eq=False, kw_only=True)
class Block:
    line_start: int
    line_end: int
    section: tuple[str, ...] = ()
    parent: Block | None = None
    skip: bool = False
    # A question or a claim under test ("True or false: …", "… ?", "❌ wrong: …"): never a fact.
    claim: bool = False

    def ancestors(self) -> Iterator[Block]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


@dataclass(eq=False, kw_only=True)
class Heading(Block):
    level: int
    span: Span


@dataclass(eq=False, kw_only=True)
class Paragraph(Block):
    span: Span


@dataclass(eq=False, kw_only=True)
class Code(Block):
    text: str
    info: str = ""
    fenced: bool = True


@dataclass(eq=False, kw_only=True)
class Table(Block):
    header: tuple[Span, ...]
    rows: tuple[tuple[Span, ...], ...]


@dataclass(eq=False, kw_only=True)
class ListBlock(Block):
    ordered: bool
    items: list[ListItem] = field(default_factory=list)
    lead: Span | None = None
    lead_is_heading: bool = False


@dataclass(eq=False, kw_only=True)
class ListItem(Block):
    span: Span | None = None
    children: list[Block] = field(default_factory=list)
    checked: bool | None = None
    index: int = 0
    depth: int = 0

    @property
    def owner(self) -> ListBlock:
        assert isinstance(self.parent, ListBlock)
        return self.parent


@dataclass(eq=False)
class Document:
    note_id: int | str
    title: str
    lines: list[str]
    blocks: list[Block]
    flat: list[Block]
    _order: dict | None = field(default=None, repr=False)
    # What the note is about when its own words do not say ("Docker Compose"): its chapter's.
    topic: str = ""
    _speakers: frozenset[str] | None = field(default=None, repr=False)

    @property
    def speakers(self) -> frozenset[str]:
        """The people the note names as speakers (lowercased), see :func:`text.speakers`."""
        if self._speakers is None:
            self._speakers = tx.speakers(self.lines)
        return self._speakers

    def walk(self, kind: type | tuple[type, ...] = Block, claims: bool = False) -> Iterator:
        """Every block of the given type in document order, noise excluded.

        Questions and claims under test are left out too, unless ``claims`` (the rules that
        read author-written questions).
        """
        for block in self.flat:
            if isinstance(block, kind) and not block.skip and (claims or not block.claim):
                yield block

    def neighbour(self, block: Block, step: int) -> Block | None:
        """The block just before (``step=-1``) or after (``+1``) ``block`` under the same parent."""
        if self._order is None:
            self._order = {}
            last: dict[int, Block] = {}
            for item in self.flat:
                owner = id(item.parent)
                if owner in last:
                    self._order[(id(last[owner]), 1)] = item
                    self._order[(id(item), -1)] = last[owner]
                last[owner] = item
        return self._order.get((id(block), step))

    def source(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start - 1 : end])
