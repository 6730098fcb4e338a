"""A small front-matter block that makes exported notes lossless on re-import.

    ---
    title: "Docker Deep Dive, chapters 1-5"
    chapters: 1, 2, 3, 4, 5
    ---

Only `title` and `chapters` are read; a block with anything else is left in the body as is,
so a note that merely starts with a horizontal rule is never mangled. Pure Python.
"""

import json
import re

_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
KNOWN = {"title", "chapters"}


def split_front_matter(text: str) -> tuple[dict, str]:
    """(metadata, body without the block); ({}, text) when there is no valid block."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 3)
    if end == -1 or (len(text) > end + 4 and text[end + 4] != "\n"):
        return {}, text
    lines = text[4:end].split("\n") if end > 4 else []
    meta: dict = {}
    for line in lines:
        match = _KEY_VALUE.match(line.strip())
        if not match or match.group(1) not in KNOWN:
            return {}, text
        key, value = match.groups()
        parsed = _parse(key, value.strip())
        if parsed is None:
            return {}, text
        meta[key] = parsed
    if not meta:
        return {}, text
    return meta, text[end + 5 :].lstrip("\n")


def _parse(key: str, value: str):
    if key == "title":
        if value.startswith('"'):
            try:
                value = json.loads(value)
            except ValueError:
                return None
        return value.strip() or None
    numbers = [part.strip() for part in value.strip("[]").split(",") if part.strip()]
    if not all(part.isdigit() and 0 < int(part) < 100 for part in numbers):
        return None
    return tuple(sorted({int(part) for part in numbers}))


def with_front_matter(title: str, chapters: tuple[int, ...], body: str) -> str:
    """The body behind a block naming its title and chapters."""
    head = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n"
    head += f"chapters: {', '.join(map(str, chapters))}\n---\n\n"
    return head + body
