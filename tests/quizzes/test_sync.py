"""Notes become draft items on save; regeneration keeps, retires and never resurrects rightly."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from notes.services import note_delete, note_undelete, note_update
from quizzes.models import Card, ItemStatus, Question
from quizzes.sync import notes_sync
from tests.factories import make_note
from tests.quizzes.conftest import DRIVERS


@pytest.fixture
def note(group, member, chapters):
    return make_note(
        author=member, group=group, title="Storage", body=DRIVERS, chapters=[chapters[3]]
    )


def _items(note):
    return list(Card.objects.filter(note=note)) + list(Question.objects.filter(note=note))


def test_saving_a_note_proposes_drafts_with_sources_and_domains(note):
    items = _items(note)
    assert len(items) >= 4
    assert all(item.status == ItemStatus.DRAFT for item in items)
    containerd = Card.objects.get(note=note, front__icontains="containerd")
    assert "container execution supervisor" in containerd.back
    assert containerd.line_start == 11 and containerd.rule == "definitions"
    assert containerd.domain is not None and containerd.chapter.number == 3
    oldest = Question.objects.get(note=note, stem__icontains="original and oldest")
    correct = [c.text for c in oldest.choices.all() if c.correct]
    wrong = [c.text for c in oldest.choices.all() if not c.correct]
    assert correct == ["aufs"]
    assert len(wrong) >= 3 and "aufs" not in wrong


def test_an_unchanged_note_is_skipped_without_a_single_write(note):
    with CaptureQueriesContext(connection) as queries:
        result = notes_sync([note])
    assert result.skipped == 1 and result.created == 0
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []


def test_an_edit_keeps_unchanged_items_and_retires_changed_ones(note, member):
    before = {c.fingerprint: c.pk for c in Card.objects.filter(note=note)}
    containerd = Card.objects.get(note=note, front__icontains="containerd")
    body = DRIVERS.replace("a container execution supervisor", "the runtime supervisor")
    note_update(note=note, editor=member, title=note.title, body=body)
    containerd.refresh_from_db()
    assert containerd.status == ItemStatus.RETIRED
    fresh = Card.objects.get(note=note, front__icontains="containerd", status=ItemStatus.DRAFT)
    assert "runtime supervisor" in fresh.back
    kept = [fp for fp in before if Card.objects.filter(fingerprint=fp, pk=before[fp]).exists()]
    assert len(kept) == len(before)  # nothing deleted: history stays attached


def test_a_rejected_item_never_comes_back(note, member):
    item = Card.objects.get(note=note, front__icontains="containerd")
    item.status = ItemStatus.REJECTED
    item.save()
    notes_sync([note], force=True)
    note_update(note=note, editor=member, title=note.title, body=DRIVERS + "\nMore text.\n")
    assert Card.objects.filter(fingerprint=item.fingerprint).count() == 1
    item.refresh_from_db()
    assert item.status == ItemStatus.REJECTED


def test_an_item_edited_by_hand_is_never_overwritten_or_retired(note, member):
    item = Card.objects.get(note=note, front__icontains="containerd")
    item.back = "Supervises container execution (editor's wording)"
    item.edited_by_hand = True
    item.status = ItemStatus.PUBLISHED
    item.save()
    note_update(note=note, editor=member, title=note.title, body="# Nothing left\n")
    item.refresh_from_db()
    assert item.status == ItemStatus.PUBLISHED
    assert item.back == "Supervises container execution (editor's wording)"


def test_auto_publish_skips_the_queue(group, member, chapters):
    group.auto_publish = True
    group.save()
    note = make_note(author=member, group=group, body=DRIVERS, chapters=[chapters[3]])
    assert {i.status for i in _items(note)} == {ItemStatus.PUBLISHED}


def test_deleting_a_note_retires_its_items_and_restoring_brings_them_back(note, member):
    note_delete(note=note, user=member)
    assert {i.status for i in _items(note)} == {ItemStatus.RETIRED}
    note_undelete(note=note)
    assert ItemStatus.DRAFT in {i.status for i in _items(note)}


def test_generation_is_deterministic(group, member, chapters):
    first = make_note(author=member, group=group, title="A", body=DRIVERS, chapters=[chapters[3]])
    items = [(i.fingerprint, str(i)) for i in _items(first)]
    Card.objects.all().delete()
    Question.objects.all().delete()
    notes_sync([first], force=True)
    assert [(i.fingerprint, str(i)) for i in _items(first)] == items


def test_the_generate_command_is_idempotent(note):
    out = io.StringIO()
    call_command("generate", stdout=out)
    assert "1 unchanged" in out.getvalue() and "0 new" in out.getvalue()
    with pytest.raises(CommandError, match="No note with id"):
        call_command("generate", "--note", "99999")


def test_preview_prints_json_drafts_and_writes_nothing(db, tmp_path):
    path = tmp_path / "README-03-storage.md"
    path.write_text(DRIVERS)
    out = io.StringIO()
    call_command("generate", "--preview", str(path), stdout=out)
    payload = json.loads(out.getvalue())
    assert payload["cards"] >= 3 and payload["questions"] >= 1
    draft = payload["drafts"][0]
    for key in [
        "item_type",
        "kind",
        "rule",
        "text",
        "answer",
        "explanation",
        "options",
        "line_start",
        "line_end",
        "domain",
        "objective",
        "chapter",
        "fingerprint",
    ]:
        assert key in draft
    question = next(d for d in payload["drafts"] if d["item_type"] == "question")
    assert any(option["correct"] for option in question["options"])
    assert question["chapter"] == 3
    assert not Card.objects.exists()


def test_a_restored_note_brings_its_published_items_back_published(note, member):
    Card.objects.filter(note=note).update(status=ItemStatus.PUBLISHED, edited_by_hand=False)
    hand = Card.objects.filter(note=note).first()
    hand.edited_by_hand = True
    hand.save()
    note_delete(note=note, user=member)
    assert {c.status for c in Card.objects.filter(note=note)} == {ItemStatus.RETIRED}
    note_undelete(note=note)
    statuses = {c.status for c in Card.objects.filter(note=note)}
    assert statuses == {ItemStatus.PUBLISHED}
