"""Card browser, study settings, Anki export and the leech list for editors."""

import io
import sqlite3
import tempfile
import zipfile

import pytest

from quizzes.models import Card, CardState, ItemStatus, StudySettings
from tests.factories import make_note
from tests.quizzes.conftest import DRIVERS


@pytest.fixture
def cards(group, member, chapters):
    note = make_note(
        author=member, group=group, title="Storage", body=DRIVERS, chapters=[chapters[3]]
    )
    Card.objects.filter(note=note).update(status=ItemStatus.PUBLISHED)
    return list(Card.objects.filter(note=note).order_by("line_start", "pk"))


def test_the_browser_lists_published_cards_with_search(member_client, cards):
    html = member_client.get("/cards/").content.decode()
    assert all(card.front in html for card in cards)
    found = member_client.get("/cards/?q=supervisor").context["page"].object_list
    assert {c.pk for c in found} == {c.pk for c in cards if "supervisor" in (c.front + c.back)}


def test_the_browser_filters_by_state_and_restores_suspended_cards(member_client, member, cards):
    CardState.objects.create(
        user=member, card=cards[0], state=0, due="2026-01-01T00:00Z", suspended=True
    )
    suspended = member_client.get("/cards/?state=suspended").context["page"].object_list
    assert [c.pk for c in suspended] == [cards[0].pk]
    new = member_client.get("/cards/?state=new").context["page"].object_list
    assert cards[0].pk in {c.pk for c in new} and len(new) == len(cards)
    member_client.post(f"/cards/{cards[0].pk}/restore/")
    assert not CardState.objects.get(user=member, card=cards[0]).suspended


def test_restoring_someone_elses_card_state_is_404(client, other_member, member, cards):
    CardState.objects.create(
        user=member, card=cards[0], state=0, due="2026-01-01T00:00Z", suspended=True
    )
    client.force_login(other_member)
    assert client.post(f"/cards/{cards[0].pk}/restore/").status_code == 404
    assert CardState.objects.get(user=member, card=cards[0]).suspended


def test_study_settings_explain_and_validate(member_client, member):
    page = member_client.get("/settings/").content.decode()
    assert "roughly doubles the daily workload" in page
    member_client.post(
        "/settings/",
        {
            "desired_retention": "0.85",
            "new_per_day": 10,
            "reviews_per_day": 100,
            "show_intervals": "",
        },
    )
    settings = StudySettings.objects.get(user=member)
    assert (settings.desired_retention, settings.new_per_day, settings.show_intervals) == (
        0.85,
        10,
        False,
    )
    bad = member_client.post(
        "/settings/", {"desired_retention": "0.5", "new_per_day": 10, "reviews_per_day": 100}
    )
    assert bad.status_code == 200 and b"Select a valid choice" in bad.content


def _notes_in(package: bytes) -> list[tuple[str, str]]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        data = archive.read("collection.anki2")
    with tempfile.NamedTemporaryFile(suffix=".anki2") as handle:
        handle.write(data)
        handle.flush()
        with sqlite3.connect(handle.name) as db:
            return db.execute("select guid, tags from notes order by guid").fetchall()


def test_the_anki_export_is_a_valid_package_with_stable_guids(member_client, cards):
    first = member_client.get("/export/anki.apkg")
    assert first["Content-Type"] == "application/apkg"
    notes = _notes_in(first.content)
    assert len(notes) == len(cards)
    assert all("chapter::03" in tags for _, tags in notes)
    assert _notes_in(member_client.get("/export/anki.apkg").content) == notes
    assert _notes_in(member_client.get("/export/anki.apkg?chapter=10").content) == []


def test_leeches_are_listed_for_editors(editor_client, member, cards):
    CardState.objects.create(
        user=member,
        card=cards[0],
        state=3,
        due="2026-01-01T00:00Z",
        lapses=8,
        leech=True,
        suspended=True,
    )
    html = editor_client.get("/cards/queue/").content.decode()
    assert "Hard for members" in html and cards[0].front in html


def test_cloze_cards_export_as_anki_cloze_notes(member_client, group, member, chapters):
    note = make_note(
        author=member,
        group=group,
        title="Ports",
        body="Swarm managers listen on port ==2377== for cluster traffic.\n",
        chapters=[chapters[10]],
    )
    Card.objects.filter(note=note).update(status=ItemStatus.PUBLISHED)
    cloze = Card.objects.get(note=note, kind="cloze")
    package = member_client.get("/export/anki.apkg?chapter=10").content
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        data = archive.read("collection.anki2")
    with tempfile.NamedTemporaryFile(suffix=".anki2") as handle:
        handle.write(data)
        handle.flush()
        with sqlite3.connect(handle.name) as db:
            fields = [row[0] for row in db.execute("select flds from notes")]
    assert any("{{c1::2377}}" in f for f in fields), (cloze.front, fields)


def test_restore_never_redirects_to_another_site(member_client, member, cards):
    CardState.objects.create(
        user=member, card=cards[0], state=0, due="2026-01-01T00:00Z", suspended=True
    )
    response = member_client.post(
        f"/cards/{cards[0].pk}/restore/", {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/cards/"


@pytest.mark.parametrize(
    "url",
    ["/review/?chapter=%C2%B2", "/cards/?chapter=x&domain=%27", "/export/anki.apkg?chapter=99999"],
)
def test_odd_deck_parameters_are_ignored_not_a_crash(member_client, cards, url):
    assert member_client.get(url).status_code == 200


def test_a_nul_in_the_address_is_a_bad_request(member_client, cards):
    assert member_client.get("/notes/?q=%00").status_code == 400
