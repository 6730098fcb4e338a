"""Importing and exporting notes: web upload, the import_notes command, .md and .zip exports."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from notes.models import Note, NoteRevision
from tests.factories import make_note


def _upload(name: str, content: bytes, content_type="text/markdown"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _counts():
    return Note.objects.count(), NoteRevision.objects.count()


def test_importing_files_maps_names_to_chapters(member_client, group, chapters):
    response = member_client.post(
        "/notes/import/",
        {
            "files": [
                _upload("README-08-containerizing-an-app.md", b"# Containerizing\n\nA Dockerfile."),
                _upload("README-01-04.md", "\ufeff# Intro\r\n\r\nCRLF text\r\n".encode()),
            ]
        },
    )
    assert response.status_code == 200
    assert b"2 new" in response.content or b"2 file(s)" in response.content
    by_name = {n.source_name: n for n in Note.objects.all()}
    assert by_name["README-08-containerizing-an-app.md"].chapter_numbers() == [8]
    intro = by_name["README-01-04.md"]
    assert intro.chapter_numbers() == [1, 2, 3, 4]
    assert "\r" not in intro.body and not intro.body.startswith("\ufeff")


def test_importing_the_same_file_again_adds_a_revision_not_a_duplicate(
    member_client, group, chapters
):
    member_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose\n\nv1")]})
    before = _counts()
    member_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose\n\nv1")]})
    assert _counts() == before  # unchanged file: nothing new
    member_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose\n\nv2")]})
    note = Note.objects.get()
    assert note.revision == 2 and note.body.endswith("v2")


def test_a_binary_file_refuses_the_whole_import(member_client, group, chapters):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)
    response = member_client.post(
        "/notes/import/", {"files": [_upload("good.md", b"# Fine"), _upload("photo.md", png)]}
    )
    assert response.status_code == 400
    assert b"photo.md" in response.content and b"Nothing was imported" in response.content
    assert _counts() == (0, 0)


def test_a_zip_of_notes_is_imported(member_client, group, chapters):
    archive = _zip({"notes/README-10-swarm.md": b"# Swarm", "notes/README-11-net.md": b"# Net"})
    member_client.post(
        "/notes/import/", {"files": [_upload("notes.zip", archive, "application/zip")]}
    )
    assert sorted(n.chapter_numbers()[0] for n in Note.objects.all()) == [10, 11]


def test_an_unsafe_zip_is_refused(member_client, group, chapters):
    archive = _zip({"../evil.md": b"# Evil"})
    response = member_client.post(
        "/notes/import/", {"files": [_upload("evil.zip", archive, "application/zip")]}
    )
    assert response.status_code == 400
    assert _counts() == (0, 0)


def test_a_huge_upload_is_refused_before_it_is_read(member_client, group):
    response = member_client.post(
        "/notes/import/", {"files": [_upload("big.md", b"x")]}, CONTENT_LENGTH=50 * 1024 * 1024
    )
    assert response.status_code == 413
    assert b"too big" in response.content


def test_the_chapter_override_applies_to_every_file(member_client, group, chapters):
    member_client.post(
        "/notes/import/", {"files": [_upload("misc.md", b"# Misc")], "chapter": chapters[13].pk}
    )
    assert Note.objects.get().chapter_numbers() == [13]


def test_a_note_downloads_as_markdown(member_client, note):
    response = member_client.get(f"/notes/{note.pk}/export.md")
    assert response["Content-Type"].startswith("text/markdown")
    assert 'filename="README-05-' in response["Content-Disposition"]
    assert note.body in response.content.decode()


def test_export_zip_round_trips_through_import_notes(
    member_client, group, member, chapters, tmp_path
):
    make_note(
        author=member,
        group=group,
        title="Swarm",
        body="# Swarm\n\nPort 2377.",
        chapters=[chapters[10]],
    )
    make_note(
        author=member,
        group=group,
        title="Intro",
        body="Containers, *fast*.",
        chapters=[chapters[1], chapters[2], chapters[3], chapters[4]],
    )
    make_note(author=member, group=group, title="Loose ends", body="No chapter here.")
    exported = member_client.get("/notes/export.zip")
    assert exported["Content-Type"] == "application/zip"
    original = {(n.title, tuple(n.chapter_numbers()), n.body.strip()) for n in Note.objects.all()}
    archive = tmp_path / "notes.zip"
    archive.write_bytes(exported.content)
    Note.objects.all().delete()
    call_command("import_notes", str(archive), "--author", "member1", stdout=io.StringIO())
    imported = {(n.title, tuple(n.chapter_numbers()), n.body.strip()) for n in Note.objects.all()}
    assert imported == original


def test_import_notes_reads_a_folder_and_a_second_run_changes_nothing(
    group, member, chapters, tmp_path
):
    (tmp_path / "README-08-containerizing-an-app.md").write_text("# Containerizing an app\n")
    (tmp_path / "README-01-04.md").write_text("# Big picture\n")
    (tmp_path / "README.md").write_text("# Index\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    out = io.StringIO()
    call_command("import_notes", str(tmp_path), "--author", "member1", stdout=out)
    assert "3 created" in out.getvalue()
    numbers = {n.source_name: n.chapter_numbers() for n in Note.objects.all()}
    assert numbers == {
        "README-08-containerizing-an-app.md": [8],
        "README-01-04.md": [1, 2, 3, 4],
        "README.md": [],
    }
    before = _counts()
    call_command("import_notes", str(tmp_path), "--author", "member1", stdout=io.StringIO())
    assert _counts() == before


def test_import_notes_explains_bad_arguments(group, member, tmp_path):
    with pytest.raises(CommandError, match="No user named"):
        call_command("import_notes", str(tmp_path), "--author", "nobody")
    with pytest.raises(CommandError, match="does not exist"):
        call_command("import_notes", str(tmp_path / "missing.md"), "--author", "member1")


def test_an_import_never_overwrites_another_members_note(
    client, member_client, other_member, group, chapters
):
    member_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose\n\nmine")]})
    client.force_login(other_member)
    response = client.post(
        "/notes/import/", {"files": [_upload("README-09.md", b"# Compose\n\ntheirs")]}
    )
    assert response.status_code == 400
    assert b"Rename the file" in response.content
    note = Note.objects.get()
    assert note.body.endswith("mine") and note.revision == 1


def test_only_an_organizer_brings_back_a_deleted_note_by_importing(
    member_client, organizer_client, group, chapters
):
    member_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose")]})
    note = Note.objects.get()
    member_client.post(f"/notes/{note.pk}/delete/")
    again = member_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose")]})
    assert again.status_code == 400 and b"ask an organizer" in again.content
    organizer_client.post("/notes/import/", {"files": [_upload("README-09.md", b"# Compose")]})
    note.refresh_from_db()
    assert note.deleted_at is None


def test_an_overlong_front_matter_title_is_shortened_not_a_crash(member_client, group, chapters):
    body = ("---\ntitle: " + "x" * 500 + "\nchapters: 3\n---\n\nText").encode()
    assert (
        member_client.post("/notes/import/", {"files": [_upload("long.md", body)]}).status_code
        == 200
    )
    assert len(Note.objects.get().title) == 200
