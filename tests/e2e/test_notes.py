import re

from playwright.sync_api import Page, expect

from notes.models import Note
from notes.syllabus import load_syllabus
from tests.factories import PASSWORD, StudyGroupFactory, UserFactory

NOTE = """# Storage drivers

| driver | status |
|---|---|
| overlay2 | default |
| aufs | oldest |

```bash
docker info --format '{{.Driver}}'
```
"""


def _login(page: Page, base: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("member1")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{base}/")


def test_a_member_writes_a_note_with_a_table_and_code_and_sees_it_rendered(
    page: Page, base, transactional_db
):
    load_syllabus()
    member = UserFactory(username="member1")
    StudyGroupFactory(members=[member])
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    _login(page, base)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Notes").click()
    page.get_by_role("link", name="New note").click()
    page.get_by_label("Title").fill("Storage drivers")
    page.get_by_label("3. Installing Docker").check()
    page.get_by_label("Text (Markdown)").fill(NOTE)
    # The live preview renders the table while typing (htmx, server-side sanitizer).
    preview = page.locator("#preview")
    expect(preview.locator("table td", has_text="overlay2")).to_be_visible()
    # Ctrl+S saves.
    page.get_by_label("Text (Markdown)").press("Control+s")
    expect(page).to_have_url(re.compile(r"/notes/\d+/$"))
    expect(page.locator("article header h1")).to_have_text("Storage drivers")
    body = page.locator(".note-body")
    expect(body.locator("table th", has_text="driver")).to_be_visible()
    expect(body.locator("pre.highlight")).to_contain_text("docker info")
    expect(page.get_by_role("link", name="3. Installing Docker")).to_be_visible()
    assert Note.objects.get().revision == 1
    assert errors == [], errors


def test_editing_then_restoring_from_history(page: Page, base, transactional_db):
    member = UserFactory(username="member1")
    group = StudyGroupFactory(members=[member])
    from tests.factories import make_note

    note = make_note(author=member, group=group, title="Volumes", body="First text")
    _login(page, base)
    page.goto(f"{base}/notes/{note.pk}/edit/")
    page.get_by_label("Text (Markdown)").fill("Second text")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved revision 2.")).to_be_visible()
    page.get_by_role("link", name="History").click()
    page.get_by_role("link", name="r1").click()
    page.get_by_role("button", name="Restore this revision").click()
    expect(page.get_by_text("Restored revision 1 as revision 3")).to_be_visible()
    expect(page.locator(".note-body")).to_contain_text("First text")


def test_text_typed_before_a_closed_tab_can_be_restored(page: Page, base, transactional_db):
    member = UserFactory(username="member1")
    StudyGroupFactory(members=[member])
    _login(page, base)
    page.goto(f"{base}/notes/new/")
    page.get_by_label("Text (Markdown)").fill("Half-written thoughts about overlay2")
    page.goto(f"{base}/", wait_until="load")  # leave without saving (the guard is bypassed)
    page.goto(f"{base}/notes/new/")
    page.get_by_role("button", name="Restore it").click()
    expect(page.get_by_label("Text (Markdown)")).to_have_value(
        "Half-written thoughts about overlay2"
    )
