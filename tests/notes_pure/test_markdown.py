"""notes.markdown renders ordinary notes well (pure: no database, no Django import)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from notes.markdown import (
    ANCHOR_PREFIX,
    HIGHLIGHT_BUDGET,
    PYGMENTS_CLASSES,
    RenderedMarkdown,
    TocEntry,
    plain_text,
    pygments_css,
    render_markdown,
    slugify,
)
from tests.notes_pure.html_safety import assert_safe_html

MEETING_NOTES = Path(__file__).resolve().parents[2] / "notes" / "fixtures" / "meeting-notes.md"


def html_of(text: str) -> str:
    return render_markdown(text).html


def test_modules_do_not_import_django():
    code = (
        "import sys, notes.markdown, notes.importing, notes.diffing; "
        "sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(root)}
    assert subprocess.run([sys.executable, "-c", code], cwd=root, env=env).returncode == 0


def test_meeting_notes_fixture_renders_well():
    result = render_markdown(MEETING_NOTES.read_text(encoding="utf-8"))
    html = result.html
    assert isinstance(result, RenderedMarkdown)
    assert "<ul>" in html
    assert re.search(r"<li>[^<]*\n?<ul>", html), "nested lists"
    assert "<strong>TODO:</strong>" in html
    assert "<pre" in html
    assert '<a href="https://github.com/Evalle/DCA" rel="noopener nofollow">' in html
    assert all('rel="noopener nofollow"' in tag for tag in re.findall(r"<a [^>]*>", html))
    assert [entry.title for entry in result.toc][:3] == [
        "Meeting Notes",
        "Resources",
        "Docker Deep Dive Notes",
    ]
    assert_safe_html(html)


def test_gfm_table_uses_classes_not_styles_for_alignment():
    html = html_of("| Left | Mid | Right |\n|:-----|:---:|------:|\n| a | b | c |\n")
    assert "<table>" in html
    assert '<th class="align-left">Left</th>' in html
    assert '<td class="align-center">b</td>' in html
    assert '<td class="align-right">c</td>' in html
    assert "style=" not in html


def test_strikethrough():
    assert re.search(r"<(s|del)>gone</\1>", html_of("this is ~~gone~~"))


def test_task_list_renders_disabled_checkboxes():
    html = html_of("- [ ] todo\n- [x] done\n- plain")
    assert '<ul class="contains-task-list">' in html
    assert html.count('<li class="task-list-item">') == 2
    boxes = re.findall(r"<input [^>]*>", html)
    assert len(boxes) == 2
    assert all('type="checkbox"' in box and "disabled" in box for box in boxes)
    assert "checked" not in boxes[0]
    assert "checked" in boxes[1]
    assert "<li>plain</li>" in html


def test_python_fence_gets_pygments_classes():
    html = html_of('```python\ndef greet(name):\n    return f"hi {name}"  # say hi\n```')
    assert '<pre class="highlight"><code>' in html
    assert '<span class="k">def</span>' in html
    assert '<span class="nf">greet</span>' in html
    assert 'class="c1"' in html
    assert "style=" not in html


@pytest.mark.parametrize("lang", ["bash", "yaml", "dockerfile", "json", "console", "Python"])
def test_docker_study_languages_are_highlighted(lang):
    assert "<span class=" in html_of(f"```{lang}\nFROM x  # a: 1\n$ docker ps\n```")


def test_unknown_or_hostile_language_falls_back_to_plain_code():
    for info in ("no-such-language", '"><b>', "python extra words"):
        html = html_of(f"```{info}\na < b\n```")
        assert '<pre class="highlight"><code>' in html
        assert "a &lt; b" in html or '<span class="o">&lt;</span>' in html
    assert "language-" not in html_of("```rust\nfn main() {}\n```")


def test_code_beyond_the_highlight_budget_is_plain_but_present():
    block = "x = 1\n" * (HIGHLIGHT_BUDGET // 6 + 10)
    html = html_of(f"```python\n{block}```\n\n```python\ny = 2\n```")
    assert html.count("<pre") == 2
    assert html.count("x = 1") == block.count("x = 1")
    assert '<span class="n">y</span>' in html


def test_inline_code_and_indented_code_are_escaped():
    html = html_of("use `<b>` here\n\n    <i>indented</i>\n")
    assert "<code>&lt;b&gt;</code>" in html
    assert "&lt;i&gt;indented&lt;/i&gt;" in html


def test_headings_get_unique_prefixed_ids_and_a_toc():
    text = "# Intro\n## Setup\n## Setup\n### `docker run` *flags*\n## Setup-2\nTitle\n-----\n#\n"
    result = render_markdown(text)
    anchors = [entry.anchor for entry in result.toc]
    assert anchors == [
        "h-intro",
        "h-setup",
        "h-setup-2",
        "h-docker-run-flags",
        "h-setup-2-2",
        "h-title",
        "h-section",
    ]
    assert len(set(anchors)) == len(anchors)
    assert all(anchor.startswith(ANCHOR_PREFIX) for anchor in anchors)
    assert result.toc[0] == TocEntry(level=1, title="Intro", anchor="h-intro")
    assert result.toc[3] == TocEntry(level=3, title="docker run flags", anchor="h-docker-run-flags")
    assert result.toc[-1].title == "Untitled section"
    for anchor in anchors:
        assert f'id="{anchor}"' in result.html


def test_heading_ids_are_stable_between_renders():
    text = "# Über Größe\n## Ünïcödé & <stuff>\n## 8. Containerizing an app"
    first, second = render_markdown(text), render_markdown(text)
    assert first == second
    assert [e.anchor for e in first.toc] == [
        "h-über-größe",
        "h-ünïcödé-stuff",
        "h-8-containerizing-an-app",
    ]


def test_slugify():
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("  --  ") == "section"
    assert slugify("a" * 200) == "a" * 80


def test_bare_urls_and_emails_are_linked():
    html = html_of("see https://docs.docker.com/engine/ or www.docker.com, mail me@example.com.")
    assert '<a href="https://docs.docker.com/engine/" rel="noopener nofollow">' in html
    assert '<a href="http://www.docker.com" rel="noopener nofollow">www.docker.com</a>,' in html
    assert '<a href="mailto:me@example.com" rel="noopener nofollow">me@example.com</a>.' in html


def test_links_and_images():
    html = html_of(
        '[docs](https://docs.docker.com "Docs") [rel](../notes/2/) '
        '![logo](/static/img/x.png "Logo")'
    )
    assert '<a href="https://docs.docker.com" title="Docs" rel="noopener nofollow">docs</a>' in html
    assert '<a href="../notes/2/" rel="noopener nofollow">rel</a>' in html
    assert '<img src="/static/img/x.png" alt="logo" title="Logo">' in html


def test_blockquote_hr_emphasis_ordered_list_start():
    html = html_of("> *quoted* **strong**\n\n---\n\n3. three\n4. four\n\nline  \nbreak")
    assert "<blockquote>\n<p><em>quoted</em> <strong>strong</strong></p>\n</blockquote>" in html
    assert "<hr>" in html
    assert '<ol start="3">' in html
    assert "<br>" in html


def test_empty_and_whitespace_input():
    assert render_markdown("") == RenderedMarkdown(html="", toc=[])
    assert render_markdown("   \n\n").html.strip() == ""


def test_large_note_renders():
    # ~200 KB; the timing is measured separately and reported, not asserted here
    text = MEETING_NOTES.read_text(encoding="utf-8") * 40
    result = render_markdown(text)
    assert len(text) > 190_000
    assert len(result.toc) >= 40
    assert len({entry.anchor for entry in result.toc}) == len(result.toc)


def test_plain_text_strips_markup():
    text = "# Title\n\nSome **bold** and [a link](https://x.example) `code`.\n\n- item\n\n"
    text += "```\nrun\n```\n"
    assert plain_text(text) == "Title Some bold and a link code. item run"
    assert plain_text("<b>raw</b> &amp; more") == "<b>raw</b> & more"
    assert plain_text("") == ""


def test_pygments_css_has_light_and_dark_rules_for_emitted_classes():
    css = pygments_css()
    assert ".highlight .k " in css
    assert ".highlight .nf " in css
    assert "@media (prefers-color-scheme: dark) {" in css
    _light, dark = css.split("@media (prefers-color-scheme: dark) {")
    assert ".highlight .k " in dark
    assert "pre {" not in css  # no global rules leaking onto the rest of the site
    assert {"k", "nf", "c1", "s1", "w"} <= PYGMENTS_CLASSES
