"""The one Markdown renderer for everything a user writes (notes, comments, answers).

Pipeline: markdown-it-py (CommonMark, raw HTML *off*) + GFM tables, strikethrough, task lists,
bare-URL autolinks; fenced code highlighted by Pygments with CSS classes only; headings get
stable ``h-`` prefixed ids that also feed a table of contents. The HTML is then sanitized by nh3
with an explicit allow-list, so nothing the parser might let through can run script or carry a
``style`` attribute (the site's CSP forbids inline styles).

Pure Python: no Django import, so it is usable and testable anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, unescapeAll
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin
from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES
from pygments.util import ClassNotFound

__all__ = [
    "ANCHOR_PREFIX",
    "HIGHLIGHT_CLASS",
    "RenderedMarkdown",
    "TocEntry",
    "plain_text",
    "pygments_css",
    "render_markdown",
    "sanitize_html",
    "slugify",
]

ANCHOR_PREFIX = "h-"
HIGHLIGHT_CLASS = "highlight"
# Characters of code highlighted per document; later code blocks are shown plain. Keeps a
# 200 KB note well under 200 ms (Pygments lexes Python at only ~300 KB/s).
HIGHLIGHT_BUDGET = 16_000
CACHE_BLOCK_CHARS = 8_000
LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"


@dataclass(frozen=True, slots=True)
class TocEntry:
    level: int
    title: str
    anchor: str  # the heading's id, without "#"


@dataclass(frozen=True, slots=True)
class RenderedMarkdown:
    html: str
    toc: list[TocEntry] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Code highlighting
# --------------------------------------------------------------------------------------------

_FORMATTER = HtmlFormatter(nowrap=True, cssclass=HIGHLIGHT_CLASS)
_LANG_RE = re.compile(r"^[A-Za-z0-9_+#.-]{1,40}$")


@lru_cache(maxsize=64)
def _lexer_for(lang: str) -> Lexer | None:
    if not _LANG_RE.match(lang):
        return None
    try:
        return get_lexer_by_name(lang.lower(), stripnl=False, ensurenl=True)
    except ClassNotFound:
        return None


@lru_cache(maxsize=256)
def _highlight_cached(code: str, lexer: Lexer) -> str:
    return pygments_highlight(code, lexer, _FORMATTER)


def _highlight(code: str, lexer: Lexer) -> str:
    try:
        # Small blocks are memoised: live previews re-render the same code on every keystroke.
        if len(code) <= CACHE_BLOCK_CHARS:
            return _highlight_cached(code, lexer)
        return pygments_highlight(code, lexer, _FORMATTER)
    except Exception:  # a lexer bug must never break the page: show the code plain
        return escapeHtml(code)


def _render_fence(self, tokens: Sequence[Token], idx: int, options, env: dict) -> str:
    """Render a fenced block as ``<pre class="highlight"><code>``; no language class leaks.

    Highlighting is bounded per document (``HIGHLIGHT_BUDGET`` characters of code, counted in
    ``env``) so a huge note cannot make rendering slow; code past the budget is plain text.
    """
    token = tokens[idx]
    info = unescapeAll(token.info).strip() if token.info else ""
    lang = info.split(maxsplit=1)[0] if info else ""
    code = token.content
    budget = env.get("_highlight_budget", HIGHLIGHT_BUDGET)
    lexer = _lexer_for(lang) if lang and len(code) <= budget else None
    if lexer is not None:
        env["_highlight_budget"] = budget - len(code)
        body = _highlight(code, lexer)
    else:
        body = escapeHtml(code)
    return f'<pre class="{HIGHLIGHT_CLASS}"><code>{body}</code></pre>\n'


# --------------------------------------------------------------------------------------------
# Parser rules: heading anchors + TOC, table alignment as classes
# --------------------------------------------------------------------------------------------


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image" and child.children:
            parts.append("".join(c.content for c in child.children if c.type == "text"))
    return " ".join("".join(parts).split())


def slugify(title: str) -> str:
    """GitHub-like slug: lower case, word characters and dashes; never empty."""
    text = unicodedata.normalize("NFKC", title).lower()
    text = re.sub(r"[^\w\s-]", "", text)
    text = re.sub(r"[\s_-]+", "-", text).strip("-")
    return text[:80].rstrip("-") or "section"


def _anchor_rule(state: StateCore) -> None:
    used: set[str] = set()
    toc: list[TocEntry] = []
    tokens = state.tokens
    for idx, token in enumerate(tokens):
        if token.type != "heading_open" or idx + 1 >= len(tokens):
            continue
        title = _inline_text(tokens[idx + 1])
        base = ANCHOR_PREFIX + slugify(title)
        anchor, n = base, 1
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        used.add(anchor)
        token.attrSet("id", anchor)
        toc.append(
            TocEntry(level=int(token.tag[1]), title=title or "Untitled section", anchor=anchor)
        )
    state.env["toc"] = toc


_ALIGN_RE = re.compile(r"^text-align:(left|center|right)$")


def _table_align_rule(state: StateCore) -> None:
    """markdown-it writes ``style="text-align:…"`` on cells; CSP forbids it, so use classes."""
    for token in state.tokens:
        if token.type in ("th_open", "td_open") and token.attrs.get("style"):
            match = _ALIGN_RE.match(str(token.attrs.pop("style")))
            if match:
                token.attrSet("class", f"align-{match.group(1)}")


def _build_parser() -> MarkdownIt:
    md = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False},
    )
    md.add_render_rule("fence", _render_fence)
    md.enable(["table", "strikethrough"])
    md.use(tasklists_plugin, enabled=False)
    try:  # Bare-URL autolinks without linkify-it-py (mdit-py-plugins >= 0.5, markdown-it >= 4.1).
        from mdit_py_plugins.gfm_autolink import gfm_autolink_plugin

        md.use(gfm_autolink_plugin)
    except (ImportError, RuntimeError):  # pragma: no cover - older library versions
        pass
    md.core.ruler.push("dca_anchors", _anchor_rule)
    md.core.ruler.push("dca_table_align", _table_align_rule)
    return md


_MD = _build_parser()

# --------------------------------------------------------------------------------------------
# Sanitizer: explicit allow-list; anything else is dropped
# --------------------------------------------------------------------------------------------

PYGMENTS_CLASSES = frozenset(cls for cls in STANDARD_TYPES.values() if cls)
TASK_CLASSES = {
    "ul": {"contains-task-list"},
    "ol": {"contains-task-list"},
    "li": {"task-list-item"},
    "input": {"task-list-item-checkbox"},
}
ALIGN_CLASSES = {"align-left", "align-center", "align-right"}
ALLOWED_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "em", "strong", "del"}
    | {"s", "ul", "ol", "li", "input", "table", "thead", "tbody", "tr", "th", "td"}
    | {"pre", "code", "span", "a", "img"}
)
ALLOWED_ATTRIBUTES = {
    **{f"h{n}": {"id"} for n in range(1, 7)},
    "ol": {"start"},
    "input": {"checked"},
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
}
ALLOWED_CLASSES = {
    **TASK_CLASSES,
    "pre": {HIGHLIGHT_CLASS},
    "span": set(PYGMENTS_CLASSES),
    "th": ALIGN_CLASSES,
    "td": ALIGN_CLASSES,
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener nofollow"

_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    # Dropped together with their content (only reachable if raw HTML is ever enabled).
    clean_content_tags={"script", "style", "template", "iframe", "noscript", "xmp", "textarea"},
    attributes=ALLOWED_ATTRIBUTES,
    # Any <input> can only ever be a disabled checkbox (task lists), whatever the source said.
    set_tag_attribute_values={"input": {"type": "checkbox", "disabled": "disabled"}},
    strip_comments=True,
    link_rel=LINK_REL,
    url_schemes=set(URL_SCHEMES),
    allowed_classes=ALLOWED_CLASSES,
)


def sanitize_html(html: str) -> str:
    """Apply the site's HTML allow-list (also usable for HTML from other trusted renderers)."""
    return _CLEANER.clean(html)


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def render_markdown(text: str) -> RenderedMarkdown:
    """Render user Markdown to sanitized HTML plus a table of contents."""
    env: dict = {}
    raw_html = _MD.render(text or "", env)
    return RenderedMarkdown(html=sanitize_html(raw_html), toc=list(env.get("toc", [])))


def plain_text(markdown: str) -> str:
    """Markup-free text of a note (for search snippets and previews), whitespace collapsed."""
    parts: list[str] = []
    for token in _MD.parse(markdown or "", {}):
        if token.type == "inline":
            parts.append(_inline_text(token))
        elif token.type in ("fence", "code_block"):
            parts.append(token.content)
    return " ".join(" ".join(parts).split())


def pygments_css(light_style: str = LIGHT_STYLE, dark_style: str = DARK_STYLE) -> str:
    """Stylesheet for the classes Pygments emits under ``.highlight`` (light + dark variants).

    Only ``.highlight``-scoped rules: Pygments' global ``pre``/line-number rules are left out.
    """

    def rules(style: str) -> list[str]:
        formatter = HtmlFormatter(style=style)
        selector = f".{HIGHLIGHT_CLASS}"
        return [
            *formatter.get_background_style_defs(selector),
            *formatter.get_token_style_defs(selector),
        ]

    dark = "\n".join(f"  {line}" for line in rules(dark_style))
    return (
        f"/* Pygments '{light_style}' (light) and '{dark_style}' (dark) for .{HIGHLIGHT_CLASS}."
        "\n   Generated by notes.markdown.pygments_css(); do not edit by hand. */\n"
        + "\n".join(rules(light_style))
        + f"\n\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n"
    )
