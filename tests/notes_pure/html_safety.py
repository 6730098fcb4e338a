"""An independent checker for rendered user HTML (used with the XSS corpus).

It parses HTML with the standard library's ``html.parser`` (not the sanitizer under test) and
reports anything that could run script or inject style: dangerous elements, ``on*`` / ``style`` /
``srcdoc`` / ``formaction`` attributes, and URLs whose scheme is not http, https or mailto.
"""

import re
from html.parser import HTMLParser

FORBIDDEN_TAGS = frozenset(
    {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link"}
    | {"meta", "base", "form", "button", "textarea", "select", "svg", "math", "template"}
    | {"noscript", "xmp", "video", "audio", "source", "body", "html", "head", "title"}
)
FORBIDDEN_ATTRIBUTES = frozenset({"style", "srcdoc", "formaction", "action", "xlink:href"})
URL_ATTRIBUTES = frozenset(
    {"href", "src", "data", "poster", "background", "cite", "longdesc", "lowsrc", "dynsrc"}
)
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# Browsers drop ASCII whitespace/control characters inside URL schemes ("java\tscript:").
_STRIP_RE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+")
_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):")


def url_is_safe(value: str) -> bool:
    """True for http(s)/mailto URLs and scheme-less (relative) URLs.

    ``html.parser`` has already decoded character references in attribute values.
    """
    cleaned = _STRIP_RE.sub("", value).lower()
    match = _SCHEME_RE.match(cleaned)
    return match is None or match.group(1) in SAFE_SCHEMES


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.findings.append(f"<{tag}> element")
        for raw_name, raw_value in attrs:
            name = raw_name.strip("\"'/ ")
            value = raw_value or ""
            if name.startswith("on"):
                self.findings.append(f"{name}= on <{tag}>")
            if name in FORBIDDEN_ATTRIBUTES:
                self.findings.append(f"{name}= on <{tag}>")
            if name in URL_ATTRIBUTES and not url_is_safe(value):
                self.findings.append(f"unsafe URL {name}={value!r} on <{tag}>")
            if name == "srcset" and not all(
                url_is_safe(part.strip().split(" ")[0]) for part in value.split(",")
            ):
                self.findings.append(f"unsafe srcset on <{tag}>")
            if tag == "input" and name == "type" and value != "checkbox":
                self.findings.append(f"<input type={value!r}>")
        if tag == "input" and "type" not in {n for n, _ in attrs}:
            self.findings.append("<input> without type=checkbox")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_pi(self, data: str) -> None:
        self.findings.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.findings.append(f"declaration {data!r}")


def unsafe_findings(html: str) -> list[str]:
    """Everything in ``html`` that could execute script or carry inline style; [] when safe."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.findings


def assert_safe_html(html: str) -> None:
    findings = unsafe_findings(html)
    assert not findings, f"unsafe HTML: {findings}\n---\n{html}"
