"""XSS corpus and property tests for notes.markdown (pure: no database, no Django import)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from notes.markdown import render_markdown, sanitize_html
from tests.notes_pure.html_safety import assert_safe_html, unsafe_findings, url_is_safe
from tests.notes_pure.xss_vectors import XSS_CASES, XSS_VECTORS


def test_corpus_is_large_enough():
    assert len(XSS_VECTORS) >= 40
    assert len(set(XSS_VECTORS)) == len(XSS_VECTORS)


@pytest.mark.parametrize("vector", list(XSS_CASES.values()), ids=list(XSS_CASES))
def test_vector_renders_safely(vector):
    html = render_markdown(vector).html
    assert_safe_html(html)
    assert "<script" not in html.lower()


@pytest.mark.parametrize("vector", list(XSS_CASES.values()), ids=list(XSS_CASES))
def test_vector_embedded_in_a_normal_note_renders_safely(vector):
    note = f"# Notes\n\n- item **bold**\n\n{vector}\n\n| a |\n|---|\n| {vector} |\n\n> {vector}\n"
    assert_safe_html(render_markdown(note).html)


@pytest.mark.parametrize("vector", list(XSS_CASES.values()), ids=list(XSS_CASES))
def test_output_is_a_fixed_point_of_the_sanitizer(vector):
    # Stable serialisation: re-sanitising changes nothing (guards against mutation XSS).
    html = render_markdown(vector).html
    assert sanitize_html(html) == html


@pytest.mark.parametrize("vector", list(XSS_CASES.values()), ids=list(XSS_CASES))
def test_sanitizer_alone_neutralises_raw_html(vector):
    # Defence in depth: even if raw HTML were let through the parser, nh3 alone is enough.
    raw = MarkdownIt("commonmark", {"html": True}).enable("table").render(vector)
    assert_safe_html(sanitize_html(raw))
    assert_safe_html(sanitize_html(vector))


def test_raw_html_is_shown_as_text_not_dropped():
    html = render_markdown("Use <b>bold</b> and <script>x</script>").html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;script&gt;" in html


def test_dangerous_links_are_not_links():
    for source in ("[x](javascript:alert(1))", "<javascript:alert(1)>", "[x](vbscript:a)"):
        assert "<a " not in render_markdown(source).html


def test_data_image_src_is_removed():
    html = render_markdown(f"![x](data:image/png;base64,{'A' * 20})").html
    assert "<img" in html
    assert "data:" not in html


# The checker itself must catch what it is meant to catch, or the tests above prove nothing.
@pytest.mark.parametrize(
    "bad_html",
    [
        "<script>alert(1)</script>",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<p><svg onload=alert(1)></p>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<a href="java&#9;script:alert(1)">x</a>',
        '<a href=" \x01javascript:alert(1)">x</a>',
        '<img src="data:text/html;base64,xx">',
        '<a href="vbscript:x">x</a>',
        '<p style="color:red">x</p>',
        '<iframe srcdoc="x"></iframe>',
        '<button formaction="x">x</button>',
        "<math><mi>x</mi></math>",
        "<meta http-equiv=refresh content=0>",
        "<base href=/>",
        "<link rel=stylesheet href=x>",
        "<form><input></form>",
        '<input type="text">',
    ],
)
def test_checker_flags_unsafe_html(bad_html):
    assert unsafe_findings(bad_html)


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com", True),
        ("http://example.com", True),
        ("mailto:a@example.com", True),
        ("/notes/1/", True),
        ("#h-intro", True),
        ("notes/a:b", True),
        ("javascript:alert(1)", False),
        ("\tjava\nscript:alert(1)", False),
        ("data:image/png;base64,xx", False),
        ("ftp://example.com", False),
    ],
)
def test_url_is_safe(url, safe):
    assert url_is_safe(url) is safe


MARKDOWN_BITS = st.sampled_from(
    [
        "# ", "## ", "- ", "1. ", "> ", "- [ ] ", "- [x] ", "```", "```python\n", "~~~",
        "`", "*", "**", "_", "~~", "[", "]", "(", ")", "![", "<", ">", "&", "&#106;", "\"",
        "'", "|", "|---|", "\n", "\n\n", "    ", "\t", "javascript:", "http://", "www.",
        "@example.com", "<script>", "<img src=x onerror=alert(1)>", "data:", "\x00", "\\",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_is_safe(text):
    result = render_markdown(text)
    assert_safe_html(result.html)
    assert len({entry.anchor for entry in result.toc}) == len(result.toc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKDOWN_BITS, st.text(max_size=8)), max_size=40).map("".join))
def test_markdown_like_text_never_raises_and_is_safe(text):
    result = render_markdown(text)
    assert_safe_html(result.html)
    assert sanitize_html(result.html) == result.html
