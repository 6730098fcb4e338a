"""The XSS corpus through the pages that show notes: the note page, the list and the preview."""

import re
from html.parser import HTMLParser

import pytest

from tests.factories import make_note
from tests.notes_pure.html_safety import assert_safe_html
from tests.notes_pure.xss_vectors import XSS_CASES

OUR_SCRIPTS = re.compile(r'<script src="/static/[^"]+"[^>]*></script>')


def _body_section(html: str) -> str:
    start = html.index('<div class="markdown note-body">')
    end = html.index("<!-- end of note body -->")
    return html[start:end]


class _EventAttributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.found += [f"<{tag} {name}>" for name, _ in attrs if name.lower().startswith("on")]


def _no_foreign_script(html: str) -> None:
    assert html.count("<script") == len(OUR_SCRIPTS.findall(html))
    parser = _EventAttributes()
    parser.feed(html)
    assert parser.found == []


@pytest.mark.parametrize("case", sorted(XSS_CASES))
def test_a_hostile_note_is_harmless_on_its_page(member_client, group, member, case):
    vector = XSS_CASES[case]
    note = make_note(author=member, group=group, title=vector[:200] or "x", body=vector)
    html = member_client.get(f"/notes/{note.pk}/").content.decode()
    assert_safe_html(_body_section(html))
    _no_foreign_script(html)


def test_hostile_titles_are_escaped_in_the_list(member_client, group, member):
    for vector in list(XSS_CASES.values())[:30]:
        make_note(author=member, group=group, title=vector[:200] or "x", body=vector)
    html = member_client.get("/notes/").content.decode()
    _no_foreign_script(html)


@pytest.mark.parametrize("case", sorted(XSS_CASES)[:40])
def test_the_live_preview_is_harmless(member_client, case):
    html = member_client.post("/notes/preview/", {"body": XSS_CASES[case]}).content.decode()
    assert_safe_html(html)
