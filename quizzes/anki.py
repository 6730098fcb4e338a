"""Anki export: build an `.apkg` package from plain card data with genanki.

Pure logic without Django: the view turns published cards into `AnkiCard`s and streams the
bytes. Re-importing a later export updates the notes of an earlier one instead of adding
duplicates, because everything Anki matches on is stable:

- a note's GUID is derived from the card's fingerprint (`genanki.guid_for`);
- the note types and the deck have fixed ids (below). Anki updates a note only when its
  note type is unchanged, so changing the fields or templates of a model needs a new id.
"""

import html
import io
import itertools
import json
import os
import re
import sqlite3
import time
import zipfile
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from typing import BinaryIO, Literal

import genanki

DEFAULT_DECK_NAME = "DCA Study Hall"
# Fixed ids, chosen once at random in genanki's range; never derive them from time or hashes.
DECK_ID = 1_787_114_032
BASIC_MODEL_ID = 1_633_406_919
CLOZE_MODEL_ID = 1_455_061_288

CardKind = Literal["basic", "reversed", "cloze", "list"]
KINDS: tuple[CardKind, ...] = ("basic", "reversed", "cloze", "list")

_CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: center; color: black;
        background-color: white; }
.cloze { font-weight: bold; color: #1a5fb4; }
.nightMode .cloze { color: lightblue; }
.explanation { margin-top: 1em; font-size: 16px; color: #555; }
.source { margin-top: 0.5em; font-size: 12px; color: #888; }
"""

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "DCA Study Hall Basic",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Explanation"}, {"name": "Source"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": (
                "{{FrontSide}}\n<hr id=answer>\n{{Back}}"
                "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}"
                "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
            ),
        }
    ],
    css=_CSS,
)

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "DCA Study Hall Cloze",
    model_type=genanki.Model.CLOZE,
    fields=[{"name": "Text"}, {"name": "Extra"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}<br>\n{{Extra}}",
        }
    ],
    css=_CSS,
)

_CLOZE_MARKER = re.compile(r"\{\{c\d+::")
_NEWLINES = re.compile(r"\r\n?|\n")


@dataclass(frozen=True, slots=True)
class AnkiCard:
    """One card of the app, as plain text (not HTML).

    `kind` "basic", "reversed" (one direction of a two-way pair) and "list" ("name the N ...")
    become Basic notes. For "cloze" the front holds the sentence with Anki cloze markers
    (`{{c1::hidden}}`, `{{c1::hidden::hint}}`) and the back any extra information.
    `domain` is the syllabus domain's label, e.g. "D6 Storage and Volumes".
    """

    fingerprint: str
    kind: CardKind
    front: str
    back: str
    explanation: str = ""
    chapter: int | None = None
    domain: str | None = None
    source: str = ""


def build_apkg(
    cards: Iterable[AnkiCard],
    path_or_buffer: str | os.PathLike[str] | BinaryIO,
    *,
    deck_name: str = DEFAULT_DECK_NAME,
) -> None:
    """Write an Anki package (.apkg) holding one note per card to a path or binary file.

    Text is HTML-escaped and newlines become `<br>`; cloze markers stay intact. Notes are
    tagged `chapter::08` and `domain::D6`. Raises ValueError for an unknown kind, a cloze
    card without a cloze marker, or two cards with the same fingerprint (Anki would merge
    them into one note).
    """
    deck = genanki.Deck(DECK_ID, deck_name)
    seen: set[str] = set()
    for card in cards:
        if not card.fingerprint:
            raise ValueError("Every card needs a fingerprint: it becomes the note's GUID.")
        if card.fingerprint in seen:
            raise ValueError(f"Two cards share the fingerprint {card.fingerprint!r}.")
        seen.add(card.fingerprint)
        deck.add_note(note_for(card))
    _write_package(genanki.Package(deck), path_or_buffer)


def note_for(card: AnkiCard) -> genanki.Note:
    """The genanki note for one card (fields already HTML)."""
    if card.kind not in KINDS:
        raise ValueError(f"Unknown card kind {card.kind!r}; expected one of {', '.join(KINDS)}.")
    if card.kind == "cloze":
        if not _CLOZE_MARKER.search(card.front):
            raise ValueError(
                f"Cloze card {card.fingerprint!r} has no cloze marker such as {{{{c1::...}}}}."
            )
        extra = to_html(card.back)
        if card.explanation:
            extra += f"<div class=explanation>{to_html(card.explanation)}</div>"
        if card.source:
            extra += f"<div class=source>{to_html(card.source)}</div>"
        model, fields = CLOZE_MODEL, [to_html(card.front), extra]
    else:
        model = BASIC_MODEL
        fields = [to_html(text) for text in (card.front, card.back, card.explanation, card.source)]
    return genanki.Note(
        model=model, fields=fields, tags=tags_for(card), guid=genanki.guid_for(card.fingerprint)
    )


def to_html(text: str) -> str:
    """Plain text as an Anki field: escaped, with line breaks kept as `<br>`.

    Cloze markers survive because escaping leaves braces and colons alone.
    """
    return _NEWLINES.sub("<br>", html.escape(text.strip()))


def tags_for(card: AnkiCard) -> list[str]:
    """`chapter::08` and `domain::D6` (the domain's code: Anki tags cannot hold spaces)."""
    tags = []
    if card.chapter is not None:
        tags.append(f"chapter::{card.chapter:02d}")
    if card.domain and card.domain.split():
        tags.append(f"domain::{card.domain.split()[0]}")
    return tags


def _write_package(
    package: genanki.Package, path_or_buffer: str | os.PathLike[str] | BinaryIO
) -> None:
    # Package.write_to_file leaves its temporary SQLite file behind in /tmp on every call;
    # build the collection in memory instead and zip its bytes.
    timestamp = time.time()
    with closing(sqlite3.connect(":memory:")) as connection:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
        collection = connection.serialize()
    with zipfile.ZipFile(path_or_buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", collection)
        archive.writestr("media", json.dumps({}))


def apkg_bytes(cards: Iterable[AnkiCard], *, deck_name: str = DEFAULT_DECK_NAME) -> bytes:
    """The package as bytes, for an HTTP response."""
    buffer = io.BytesIO()
    build_apkg(cards, buffer, deck_name=deck_name)
    return buffer.getvalue()
