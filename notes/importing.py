"""Read uploaded note files (Markdown/text, or a zip of them) safely; name exported notes.

Pure functions, no Django and no database: the view passes the upload's name and bytes and
gets ``NoteFile`` objects back, or an ``ImportRefused`` whose message can be shown as is.
Everything is all-or-nothing: one refused file refuses the whole upload.

File-name convention (the study group's repository): ``README-08-containerizing-an-app.md`` is
chapter 8, ``README-01-04.md`` covers chapters 1 to 4, ``README.md`` belongs to no chapter.
"""

from __future__ import annotations

import io
import re
import time
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from notes.frontmatter import split_front_matter

__all__ = [
    "ACCEPTED_EXTENSIONS",
    "ImportRefused",
    "NoteFile",
    "SkippedFile",
    "UploadReport",
    "build_zip",
    "chapters_from_filename",
    "decode_note",
    "export_filename",
    "read_upload",
    "read_upload_report",
    "title_from",
]

ACCEPTED_EXTENSIONS = (".md", ".markdown", ".txt")
ACCEPTED_TEXT = ".md, .markdown or .txt files, or a .zip of them"
MAX_NOTE_BYTES = 2 * 1024 * 1024
MAX_ZIP_FILES = 200
MAX_ZIP_TOTAL_BYTES = 20 * 1024 * 1024
MAX_ZIP_ENTRIES = 2_000  # including directories and macOS metadata
MAX_RANGE_SPAN = 15  # "README-01-04" is a range; "05-31" (a date) is not
MAX_CONTROL_SHARE = 0.02
UNTITLED = "Untitled note"
_CHUNK = 64 * 1024


class ImportRefused(ValueError):
    """The upload cannot be imported; ``message`` is a sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class NoteFile:
    name: str  # as uploaded (the path inside the zip for zipped notes)
    title: str
    chapters: tuple[int, ...]
    body: str

    def describe(self) -> str:
        lines = self.body.count("\n") + (1 if self.body and not self.body.endswith("\n") else 0)
        where = _chapters_label(self.chapters) or "no chapter"
        return f"{self.name}: “{self.title}”, {where}, {lines} line{'s' * (lines != 1)}"


@dataclass(frozen=True, slots=True)
class SkippedFile:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class UploadReport:
    notes: list[NoteFile]
    skipped: list[SkippedFile] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One human line per file: what was read, and what was skipped and why."""
        read = [note.describe() for note in self.notes]
        return read + [f"{item.name}: skipped ({item.reason})" for item in self.skipped]


# --------------------------------------------------------------------------------------------
# File names <-> chapters and titles
# --------------------------------------------------------------------------------------------

_NOTE_SUFFIX_RE = re.compile(r"\.(md|markdown|txt)$", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(?:readme|chapters?|chap|ch)(?=[-_ .]*\d)[-_ .]*", re.IGNORECASE)
_NUMBERS_RE = re.compile(r"^(\d+)(?:[-_ .]+(\d+))?(?:[-_ .]+(\d+))?(?=$|[-_ .])")


def _stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    return _NOTE_SUFFIX_RE.sub("", base).strip()


def _split_chapters(stem: str) -> tuple[tuple[int, ...], str]:
    """(chapters, rest of the stem) for a stem like ``README-01-04-intro``."""
    rest = _PREFIX_RE.sub("", stem, count=1)
    match = _NUMBERS_RE.match(rest)
    if not match:
        return (), stem
    first, second, third = match.groups()
    if len(first) > 2 or third is not None:  # 2024-..., 100-..., 05-31-2024: not chapters
        return (), stem
    start = int(first)
    if not 1 <= start <= 99:
        return (), stem
    if second is None:
        return (start,), rest[match.end() :]
    end = int(second)
    if len(second) <= 2 and start < end <= 99 and end - start <= MAX_RANGE_SPAN:
        return tuple(range(start, end + 1)), rest[match.end() :]
    return (), stem  # ambiguous (e.g. "08-2024", "05-31"): be conservative


def chapters_from_filename(name: str) -> tuple[int, ...]:
    """Chapters a note file covers, from its name; directories in the path are ignored."""
    return _split_chapters(_stem(name))[0]


def _chapters_label(chapters: tuple[int, ...]) -> str:
    if not chapters:
        return ""
    if len(chapters) == 1:
        return f"Chapter {chapters[0]}"
    if chapters == tuple(range(chapters[0], chapters[-1] + 1)):
        return f"Chapters {chapters[0]}\N{EN DASH}{chapters[-1]}"
    return "Chapters " + ", ".join(str(c) for c in chapters)


_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_NOT_PARAGRAPH_RE = re.compile(r"^ {0,3}(?:[-*+>|#]|\d+[.)]\s|```|~~~)|^\s*$|^ {4}")
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP_RE = re.compile(r"[*_`~]+|<[^>]*>")


def _clean_heading(text: str) -> str:
    text = _LINK_RE.sub(r"\1", text)
    text = _MARKUP_RE.sub("", text).replace("\\", "")
    return " ".join(text.split())[:200]


def _first_heading(body: str) -> str:
    fence = ""
    previous = ""
    lines = body.split("\n", 5_000)[:5_000]
    if lines and lines[0].rstrip() == "---":  # skip YAML front matter
        ends = [i for i, line in enumerate(lines[1:100], 1) if line.rstrip() in ("---", "...")]
        lines = lines[ends[0] + 1 :] if ends else lines
    for line in lines:
        if fence:
            if line.lstrip().startswith(fence):
                fence = ""
            continue
        opening = _FENCE_RE.match(line)
        if opening:
            fence, previous = opening.group(1), ""
            continue
        atx = _ATX_RE.match(line)
        if atx and (title := _clean_heading(atx.group(1) or "")):
            return title
        setext = _SETEXT_RE.match(line)
        if (
            setext
            and previous
            and not _NOT_PARAGRAPH_RE.match(previous)
            and (title := _clean_heading(previous))
        ):
            return title
        previous = line
    return ""


def _readable(words: str) -> str:
    text = " ".join(re.sub(r"[-_.]+", " ", words).split())
    return text[:1].upper() + text[1:] if text else ""


def title_from(name: str, body: str) -> str:
    """First Markdown heading; else a title from the file name; else "Untitled note"."""
    heading = _first_heading(body)
    if heading:
        return heading
    stem = _stem(name)
    chapters, rest = _split_chapters(stem)
    if re.fullmatch(r"readme", stem, re.IGNORECASE):
        rest = ""
    return _readable(rest)[:200] or _chapters_label(chapters) or UNTITLED


_TRANSLITERATE = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l"})


def _slug(title: str) -> str:
    text = unicodedata.normalize("NFKD", title.translate(_TRANSLITERATE))
    ascii_text = text.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "note"


def export_filename(title: str, chapters: tuple[int, ...] | list[int]) -> str:
    """File name for an exported note; ``chapters_from_filename`` reads the chapters back.

    A contiguous set becomes a range (``README-01-04-…``); a non-contiguous set cannot be
    expressed by the convention, so only its first chapter is kept.
    """
    wanted = sorted({c for c in chapters if 1 <= c <= 99})
    if wanted and wanted != list(range(wanted[0], wanted[-1] + 1)):
        wanted = wanted[:1]
    slug = _slug(title)
    if not wanted:
        prefix = ""
    elif len(wanted) == 1:
        prefix = f"README-{wanted[0]:02d}-"
    else:
        prefix = f"README-{wanted[0]:02d}-{wanted[-1]:02d}-"
    name = f"{prefix}{slug}.md"
    if chapters_from_filename(name) != tuple(wanted):  # e.g. a title starting with a number
        name = f"{prefix}note-{slug}.md"
    return name


# --------------------------------------------------------------------------------------------
# Decoding one file
# --------------------------------------------------------------------------------------------

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def decode_note(raw: bytes, name: str) -> str:
    """UTF-8 text (BOM dropped, line ends normalised to LF), or ``ImportRefused``."""
    if len(raw) > MAX_NOTE_BYTES:
        raise ImportRefused(f"{name} is larger than 2 MB; split it and try again.")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRefused(f"{name} is UTF-16 text; save it as UTF-8 and try again.")
    if b"\x00" in raw:
        raise ImportRefused(f"{name} looks like a binary file (an image or a document?), not text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(
            f"{name} is not valid UTF-8 text; save it as UTF-8 and try again."
        ) from None
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(8, len(text) * MAX_CONTROL_SHARE):
        raise ImportRefused(f"{name} looks like a binary file (an image or a document?), not text.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _note(name: str, raw: bytes, display_name: str) -> NoteFile:
    meta, body = split_front_matter(decode_note(raw, display_name))
    return NoteFile(
        name=name,
        title=meta.get("title") or title_from(name, body),
        chapters=meta.get("chapters", chapters_from_filename(name)),
        body=body,
    )


def _is_note_name(name: str) -> bool:
    return name.lower().endswith(ACCEPTED_EXTENSIONS)


# --------------------------------------------------------------------------------------------
# Uploads and zips
# --------------------------------------------------------------------------------------------


def _unsafe_path(path: str) -> bool:
    parts = re.split(r"[\\/]", path)
    return (
        path.startswith(("/", "\\"))
        or bool(re.match(r"^[A-Za-z]:", path))
        or any(part == ".." for part in parts)
        or "\x00" in path
    )


def _is_junk(path: str) -> bool:
    parts = [p for p in re.split(r"[\\/]", path) if p]
    return any(p == "__MACOSX" or p.startswith(".") for p in parts)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, label: str) -> bytes:
    """Read one entry counting real bytes (never trusting the declared sizes)."""
    limit = min(MAX_NOTE_BYTES, budget)
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                if limit == budget:
                    raise ImportRefused(
                        f"{label} unpacks to more than 20 MB in total; upload fewer notes at once."
                    )
                raise ImportRefused(
                    f"{info.filename} in {label} is larger than 2 MB; split it and try again."
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _read_zip(name: str, raw: bytes) -> UploadReport:
    damaged = f"{name} is not a valid zip file (it may be damaged); re-create it and try again."
    if len(raw) > MAX_ZIP_TOTAL_BYTES:
        raise ImportRefused(f"{name} is larger than 20 MB; upload fewer notes at once.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise ImportRefused(damaged) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise ImportRefused(f"{name} has more than {MAX_ZIP_FILES} files; split it up.")
        for info in infos:
            if _unsafe_path(info.filename):
                raise ImportRefused(
                    f"{name} contains an unsafe path ({info.filename!r}); "
                    "re-create the zip from the folder of notes itself."
                )
        files = [i for i in infos if not i.is_dir() and not _is_junk(i.filename)]
        if len(files) > MAX_ZIP_FILES:
            raise ImportRefused(
                f"{name} has {len(files)} files; at most {MAX_ZIP_FILES} can be imported at once."
            )
        if sum(i.file_size for i in files) > MAX_ZIP_TOTAL_BYTES:
            raise ImportRefused(f"{name} unpacks to more than 20 MB; upload fewer notes at once.")

        notes: list[NoteFile] = []
        skipped: list[SkippedFile] = []
        budget = MAX_ZIP_TOTAL_BYTES
        for info in files:
            path = info.filename
            if not _is_note_name(path):
                skipped.append(SkippedFile(path, f"not a note file; only {ACCEPTED_TEXT}"))
                continue
            if info.flag_bits & 0x1:
                raise ImportRefused(
                    f"{path} in {name} is password-protected; zip the notes without a password."
                )
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ImportRefused(
                    f"{path} in {name} uses an unusual compression method; "
                    "re-create the zip with your system's standard zip tool."
                )
            if info.file_size > MAX_NOTE_BYTES:
                raise ImportRefused(
                    f"{path} in {name} is larger than 2 MB; split it and try again."
                )
            try:
                data = _read_entry(archive, info, budget, name)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
                raise ImportRefused(damaged) from None
            budget -= len(data)
            if not data.strip():
                skipped.append(SkippedFile(path, "empty file"))
                continue
            notes.append(_note(path, data, f"{path} in {name}"))
    if not notes:
        raise ImportRefused(f"{name} contains no notes (.md, .markdown or .txt files).")
    return UploadReport(notes=notes, skipped=skipped)


def read_upload_report(name: str, raw: bytes) -> UploadReport:
    """Read an upload into notes plus the files that were skipped (with reasons)."""
    display = re.split(r"[\\/]", name)[-1] or "The uploaded file"
    lowered = display.lower()
    if lowered.endswith(".zip"):
        return _read_zip(display, raw)
    if not _is_note_name(lowered):
        raise ImportRefused(f"{display} cannot be imported; upload {ACCEPTED_TEXT}.")
    if not raw.strip():
        raise ImportRefused(f"{display} is empty.")
    return UploadReport(notes=[_note(display, raw, display)])


def read_upload(name: str, raw: bytes) -> list[NoteFile]:
    """Notes read from an uploaded ``.md``/``.markdown``/``.txt`` file or ``.zip`` of them."""
    return read_upload_report(name, raw).notes


def _unique_name(name: str, used: set[str]) -> str:
    path = PurePosixPath(re.split(r"[\\/]", name)[-1].lstrip(".") or "note.md")
    stem, suffix = path.stem or "note", path.suffix or ".md"
    candidate, n = f"{stem}{suffix}", 1
    while candidate.lower() in used:  # case-insensitive: macOS and Windows file systems
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    used.add(candidate.lower())
    return candidate


def build_zip(
    files: list[tuple[str, str]], *, date_time: tuple[int, int, int, int, int, int] | None = None
) -> bytes:
    """A zip of ``(file name, body)`` pairs (UTF-8); clashing names get ``-2``, ``-3``…"""
    stamp = date_time or time.localtime()[:6]
    used: set[str] = set()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, body in files:
            info = zipfile.ZipInfo(_unique_name(name, used), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, body.encode("utf-8"))
    return buffer.getvalue()
