"""Writing, editing, revising and deleting notes in the browser (through the test client)."""

import pytest

from notes.models import Note, NoteRevision
from tests.factories import StudyGroupFactory, UserFactory, make_note


def _form(note=None, **overrides):
    data = {
        "title": note.title if note else "Images",
        "body": note.body if note else "# Images\n\nLayers are **read-only**.",
        "chapters": [c.pk for c in note.chapters.all()] if note else [],
        "base_revision": note.revision if note else "",
    }
    return {**data, **overrides}


def test_a_member_writes_a_note(member_client, group, member, chapters):
    response = member_client.post(
        "/notes/new/", _form(chapters=[chapters[6].pk], body="| a | b |\n|---|---|\n| 1 | 2 |")
    )
    note = Note.objects.get()
    assert response["Location"] == f"/notes/{note.pk}/"
    assert note.author == member and note.group == group and note.revision == 1
    assert "<table>" in note.html
    assert list(note.chapters.values_list("number", flat=True)) == [6]
    assert note.revisions.get().body == note.body


def test_a_note_without_title_is_refused_with_a_message(member_client, group):
    response = member_client.post("/notes/new/", _form(title="   "))
    assert response.status_code == 200
    assert b"Give the note a title." in response.content
    assert not Note.objects.exists()


def test_a_member_without_a_group_is_told_why_nothing_was_saved(client, outsider):
    client.force_login(outsider)
    response = client.post("/notes/new/", _form())
    assert b"not in a study group" in response.content
    assert not Note.objects.exists()


def test_the_author_edits_and_gets_a_new_revision(member_client, note):
    response = member_client.post(f"/notes/{note.pk}/edit/", _form(note, body="New text"))
    assert response.status_code == 302
    note.refresh_from_db()
    assert (note.revision, note.body) == (2, "New text")
    assert list(note.revisions.values_list("number", flat=True)) == [2, 1]


def test_saving_without_changes_adds_no_revision(member_client, note):
    member_client.post(f"/notes/{note.pk}/edit/", _form(note))
    note.refresh_from_db()
    assert note.revision == 1


@pytest.mark.parametrize("who", ["organizer_client", "editor_client"])
def test_organizers_and_editors_may_edit_any_note(request, who, note):
    client = request.getfixturevalue(who)
    assert client.get(f"/notes/{note.pk}/edit/").status_code == 200
    assert client.post(f"/notes/{note.pk}/edit/", _form(note, body="fixed")).status_code == 302


def test_another_member_gets_403_on_the_edit_form(client, other_member, note):
    client.force_login(other_member)
    assert client.get(f"/notes/{note.pk}/edit/").status_code == 403
    assert client.post(f"/notes/{note.pk}/edit/", _form(note, body="x")).status_code == 403
    note.refresh_from_db()
    assert note.revision == 1


def test_a_member_of_another_group_gets_404(client, note):
    stranger = UserFactory(username="stranger")
    StudyGroupFactory(members=[stranger])
    client.force_login(stranger)
    for url in [f"/notes/{note.pk}/", f"/notes/{note.pk}/edit/", f"/notes/{note.pk}/history/"]:
        assert client.get(url).status_code == 404, url
    assert client.post(f"/notes/{note.pk}/delete/").status_code == 404


def test_a_stale_save_never_overwrites_and_offers_a_merge(member_client, organizer_client, note):
    # The organizer saves first, from the same revision the member opened.
    organizer_client.post(f"/notes/{note.pk}/edit/", _form(note, body="Organizer's fix"))
    response = member_client.post(f"/notes/{note.pk}/edit/", _form(note, body="Member's text"))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Organizer&#x27;s fix" in html and "Member&#x27;s text" in html
    assert 'name="base_revision" value="2"' in html
    note.refresh_from_db()
    assert note.body == "Organizer's fix"
    # The member merges and saves against the new revision.
    merged = _form(note, body="Organizer's fix\n\nMember's text", base_revision=2)
    assert member_client.post(f"/notes/{note.pk}/edit/", merged).status_code == 302
    note.refresh_from_db()
    assert note.revision == 3 and "Member's text" in note.body


def test_the_preview_renders_through_the_sanitizer(member_client):
    response = member_client.post("/notes/preview/", {"body": "**bold** <script>alert(1)</script>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>bold</strong>" in html
    assert "<script>" not in html
    assert member_client.get("/notes/preview/").status_code == 405


def test_history_shows_a_diff_and_restore_makes_a_new_revision(member_client, note):
    member_client.post(f"/notes/{note.pk}/edit/", _form(note, body="Second version"))
    history = member_client.get(f"/notes/{note.pk}/history/").content.decode()
    assert "r2" in history and "r1" in history
    diff = member_client.get(f"/notes/{note.pk}/history/2/").content.decode()
    assert "Second version" in diff and "diff-add" in diff and "diff-del" in diff
    response = member_client.post(f"/notes/{note.pk}/history/1/restore/")
    assert response.status_code == 302
    note.refresh_from_db()
    assert note.revision == 3
    assert note.body == NoteRevision.objects.get(note=note, number=1).body


def test_restore_needs_edit_rights(client, other_member, note):
    client.force_login(other_member)
    assert client.post(f"/notes/{note.pk}/history/1/restore/").status_code == 403
    assert client.get(f"/notes/{note.pk}/history/1/restore/").status_code == 405


def test_delete_asks_first_then_hides_the_note(member_client, note):
    page = member_client.get(f"/notes/{note.pk}/delete/")
    assert b"Delete the note" in page.content
    assert member_client.post(f"/notes/{note.pk}/delete/").status_code == 302
    assert member_client.get(f"/notes/{note.pk}/").status_code == 404
    assert note.title not in member_client.get("/notes/").content.decode()
    assert NoteRevision.objects.filter(note=note).exists()


def test_only_author_or_organizer_may_delete(client, other_member, editor, note):
    for user in (other_member, editor):
        client.force_login(user)
        assert client.post(f"/notes/{note.pk}/delete/").status_code == 403


def test_an_organizer_recovers_a_deleted_note(member_client, organizer_client, note):
    member_client.post(f"/notes/{note.pk}/delete/")
    assert note.title in organizer_client.get("/notes/trash/").content.decode()
    assert member_client.get("/notes/trash/").status_code == 403
    assert member_client.post(f"/notes/{note.pk}/recover/").status_code == 403
    assert organizer_client.post(f"/notes/{note.pk}/recover/").status_code == 302
    assert member_client.get(f"/notes/{note.pk}/").status_code == 200


def test_the_note_page_shows_chapters_domains_and_toc(member_client, note):
    html = member_client.get(f"/notes/{note.pk}/").content.decode()
    assert "5. The Docker Engine" in html
    assert "D3 Installation and Configuration" in html
    assert 'href="#h-engine"' in html
    assert "Cards and questions from this note" in html


def test_the_note_page_hides_edit_links_from_other_members(client, other_member, note):
    client.force_login(other_member)
    html = client.get(f"/notes/{note.pk}/").content.decode()
    assert f"/notes/{note.pk}/edit/" not in html
    assert f"/notes/{note.pk}/delete/" not in html


def test_notes_are_listed_newest_first(member_client, group, member):
    make_note(author=member, group=group, title="Older")
    make_note(author=member, group=group, title="Newer")
    html = member_client.get("/notes/").content.decode()
    assert html.index("Newer") < html.index("Older")


def test_a_nul_character_is_refused_with_a_message(member_client, group):
    response = member_client.post("/notes/new/", _form(body="binary\x00junk"))
    assert b"Null characters are not allowed." in response.content
    assert not Note.objects.exists()


def test_a_double_click_on_save_is_not_a_conflict(member_client, note):
    data = _form(note, body="Saved twice")
    assert member_client.post(f"/notes/{note.pk}/edit/", data).status_code == 302
    assert member_client.post(f"/notes/{note.pk}/edit/", data).status_code == 302
    note.refresh_from_db()
    assert note.revision == 2
