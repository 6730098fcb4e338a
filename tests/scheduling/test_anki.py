import io
import json
import sqlite3
import zipfile
from contextlib import closing

import genanki
import pytest

from quizzes.anki import (
    BASIC_MODEL_ID,
    CLOZE_MODEL_ID,
    DECK_ID,
    AnkiCard,
    apkg_bytes,
    build_apkg,
)

CARDS = [
    AnkiCard(
        fingerprint="def:a1",
        kind="basic",
        front="What does `docker volume prune` remove?",
        back="Unused local volumes",
        explanation="Prune removes volumes\nnot used by any container.",
        chapter=8,
        domain="D6 Storage and Volumes",
        source="README-08-volumes.md:12",
    ),
    AnkiCard("pair:b2>", "reversed", "overlay2", "The default storage driver", chapter=8),
    AnkiCard("pair:b2<", "reversed", "The default storage driver", "overlay2", chapter=8),
    AnkiCard(
        fingerprint="cloze:c3",
        kind="cloze",
        front="Swarm managers listen on port {{c1::2377}} and use {{c2::Raft::consensus}}.",
        back="Port 7946 is for node discovery.",
        explanation="From the swarm chapter.",
        chapter=10,
        domain="D1 Orchestration",
        source="README-10-swarm.md:4",
    ),
    AnkiCard("list:d4", "list", "Name the 3 network drivers", "bridge\noverlay\nmacvlan"),
]


def read_package(data: bytes):
    """Notes, cards, models and decks of an .apkg as plain Python data."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "collection.anki2" in archive.namelist()
        assert json.loads(archive.read("media")) == {}
        collection = archive.read("collection.anki2")
    with closing(sqlite3.connect(":memory:")) as db:
        db.deserialize(collection)
        notes = db.execute("SELECT guid, mid, tags, flds FROM notes ORDER BY id").fetchall()
        card_count = db.execute("SELECT count(*) FROM cards").fetchone()[0]
        models, decks = db.execute("SELECT models, decks FROM col").fetchone()
    return notes, card_count, json.loads(models), json.loads(decks)


def fields(note):
    return note[3].split("\x1f")


def test_it_writes_a_package_with_one_note_per_card():
    notes, card_count, _, decks = read_package(apkg_bytes(CARDS))
    assert len(notes) == len(CARDS)
    # the cloze note has two gaps (c1, c2), so it makes two Anki cards
    assert card_count == len(CARDS) + 1
    assert decks[str(DECK_ID)]["name"] == "DCA Study Hall"


def test_it_writes_to_a_path_and_takes_a_deck_name(tmp_path):
    path = tmp_path / "export.apkg"
    build_apkg(CARDS[:1], path, deck_name="DCA Study Hall::Chapter 8")
    notes, _, _, decks = read_package(path.read_bytes())
    assert len(notes) == 1
    assert decks[str(DECK_ID)]["name"] == "DCA Study Hall::Chapter 8"


def test_guids_come_from_fingerprints_so_reimports_update_notes():
    first, _, _, _ = read_package(apkg_bytes(CARDS))
    second, _, _, _ = read_package(apkg_bytes(list(reversed(CARDS))))
    assert sorted(note[0] for note in first) == sorted(note[0] for note in second)
    assert first[0][0] == genanki.guid_for("def:a1")
    assert len({note[0] for note in first}) == len(CARDS)


def test_cloze_cards_use_the_cloze_note_type_and_the_rest_basic():
    notes, _, models, _ = read_package(apkg_bytes(CARDS))
    assert [note[1] for note in notes] == [
        BASIC_MODEL_ID,
        BASIC_MODEL_ID,
        BASIC_MODEL_ID,
        CLOZE_MODEL_ID,
        BASIC_MODEL_ID,
    ]
    assert models[str(CLOZE_MODEL_ID)]["type"] == genanki.Model.CLOZE
    assert [f["name"] for f in models[str(CLOZE_MODEL_ID)]["flds"]] == ["Text", "Extra"]
    assert [f["name"] for f in models[str(BASIC_MODEL_ID)]["flds"]] == [
        "Front",
        "Back",
        "Explanation",
        "Source",
    ]


def test_cloze_markers_survive_and_extra_holds_back_explanation_and_source():
    notes, _, _, _ = read_package(apkg_bytes(CARDS))
    text, extra = fields(notes[3])
    assert text == "Swarm managers listen on port {{c1::2377}} and use {{c2::Raft::consensus}}."
    assert "Port 7946 is for node discovery." in extra
    assert "From the swarm chapter." in extra
    assert "README-10-swarm.md:4" in extra


def test_notes_are_tagged_with_chapter_and_domain_code():
    notes, _, _, _ = read_package(apkg_bytes(CARDS))
    tags = [note[2].split() for note in notes]
    assert tags[0] == ["chapter::08", "domain::D6"]
    assert tags[1] == ["chapter::08"]
    assert tags[3] == ["chapter::10", "domain::D1"]
    assert tags[4] == []


def test_user_text_is_escaped_and_keeps_its_line_breaks():
    card = AnkiCard(
        fingerprint="evil",
        kind="basic",
        front="<script>alert('x')</script> & <b>bold</b>?",
        back="first line\nsecond line",
        explanation="a\r\nb",
    )
    notes, _, _, _ = read_package(apkg_bytes([card]))
    front, back, explanation, _ = fields(notes[0])
    assert "<script>" not in front
    assert front.startswith("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;")
    assert back == "first line<br>second line"
    assert explanation == "a<br>b"


def test_a_cloze_gap_holding_html_is_escaped_inside_the_marker():
    card = AnkiCard("c", "cloze", "Publish with {{c1::-p <host>:<container>}}", "")
    notes, _, _, _ = read_package(apkg_bytes([card]))
    assert fields(notes[0])[0] == "Publish with {{c1::-p &lt;host&gt;:&lt;container&gt;}}"


@pytest.mark.parametrize(
    ("cards", "message"),
    [
        ([CARDS[0], CARDS[0]], "share the fingerprint"),
        ([AnkiCard("x", "cloze", "No gap here", "")], "no cloze marker"),
        ([AnkiCard("x", "essay", "Q", "A")], "Unknown card kind"),
        ([AnkiCard("", "basic", "Q", "A")], "fingerprint"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(cards, message):
    with pytest.raises(ValueError, match=message):
        apkg_bytes(cards)


def test_an_empty_export_is_still_a_valid_package():
    notes, card_count, _, _ = read_package(apkg_bytes([]))
    assert (notes, card_count) == ([], 0)
