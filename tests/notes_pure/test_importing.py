"""notes.importing: reading uploaded notes and zips safely (pure: no database)."""

import io
import struct
import zipfile
import zlib

import pytest

from notes import importing
from notes.importing import (
    ImportRefused,
    NoteFile,
    SkippedFile,
    build_zip,
    chapters_from_filename,
    decode_note,
    export_filename,
    read_upload,
    read_upload_report,
    title_from,
)

MB = 1024 * 1024
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"


def make_zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def patch_headers(raw: bytes, **fields) -> bytes:
    """Rewrite fields of every local and central header (to forge lying or encrypted zips)."""
    data = bytearray(raw)
    # (offset in local header, offset in central header, struct format)
    layout = {"flag_bits": (6, 8, "<H"), "file_size": (22, 24, "<I")}
    for signature, which in ((b"PK\x03\x04", 0), (b"PK\x01\x02", 1)):
        start = data.find(signature)
        while start != -1:
            for name, value in fields.items():
                offset = layout[name][which]
                fmt = layout[name][2]
                if name == "flag_bits":
                    (value,) = (struct.unpack_from(fmt, data, start + offset)[0] | value,)
                struct.pack_into(fmt, data, start + offset, value)
            start = data.find(signature, start + 4)
    return bytes(data)


def refused(name: str, raw: bytes) -> str:
    with pytest.raises(ImportRefused) as info:
        read_upload(name, raw)
    assert info.value.message == str(info.value)
    return info.value.message


# ------------------------------------------------------------------ names, chapters, titles


@pytest.mark.parametrize(
    ("name", "chapters"),
    [
        ("README-08-containerizing-an-app.md", (8,)),
        ("README-01-04.md", (1, 2, 3, 4)),
        ("README-01-04-the-big-picture.md", (1, 2, 3, 4)),
        ("README.md", ()),
        ("08-images.md", (8,)),
        ("8-images.md", (8,)),
        ("chapter-10-swarm.markdown", (10,)),
        ("Chapter 3 - Installing.md", (3,)),
        ("ch10.txt", (10,)),
        ("notes/part-2/README-12-overlay.md", (12,)),
        ("notes\\win\\README-05.md", (5,)),
        ("2024-05-31-meeting.md", ()),
        ("2024-notes.md", ()),
        ("05-31-2024.md", ()),
        ("README-08-2024.md", ()),
        ("README-00.md", ()),
        ("100-things.md", ()),
        ("README-08-03.md", ()),
        ("README-01-99.md", ()),
        ("notes-ch08.md", ()),
        ("meeting-notes.md", ()),
        ("README-08-09.md", (8, 9)),
        ("README-99.md", (99,)),
    ],
)
def test_chapters_from_filename(name, chapters):
    assert chapters_from_filename(name) == chapters


@pytest.mark.parametrize(
    ("name", "body", "title"),
    [
        ("README-08-containerizing-an-app.md", "", "Containerizing an app"),
        ("README-08-containerizing-an-app.md", "# Chapter 8 *notes*\n", "Chapter 8 notes"),
        ("x.md", "intro\n\n## **Meeting** [Notes](https://x.example) ##\n# Later", "Meeting Notes"),
        ("x.md", "```\n# not a heading\n```\nSetext title\n===\n", "Setext title"),
        ("x.md", "---\ntitle: front matter\n---\n\n# Real title\n", "Real title"),
        ("x.md", "#hashtag only\n", "X"),
        ("README.md", "just text", "Untitled note"),
        ("README-01-04.md", "just text", "Chapters 1\u20134"),
        ("chapter-10-swarm.markdown", "", "Swarm"),
        ("my_study-notes.txt", "", "My study notes"),
        (".md", "", "Untitled note"),
    ],
)
def test_title_from(name, body, title):
    assert title_from(name, body) == title


def test_title_is_bounded():
    assert len(title_from("x.md", "# " + "word " * 100)) <= 200


@pytest.mark.parametrize(
    ("title", "chapters", "expected"),
    [
        ("Containerizing an app", (8,), "README-08-containerizing-an-app.md"),
        ("The big picture", (1, 2, 3, 4), "README-01-04-the-big-picture.md"),
        ("The big picture", [4, 2, 3, 1], "README-01-04-the-big-picture.md"),
        ("Meeting notes", (), "meeting-notes.md"),
        ("Über größe!", (3,), "README-03-uber-grosse.md"),
        ("", (), "note.md"),
        ("10 tips", (8,), "README-08-note-10-tips.md"),
        ("2024 plans", (), "2024-plans.md"),
        ("Chapter 3 recap", (), "note-chapter-3-recap.md"),
        ("Scattered", (3, 5), "README-03-scattered.md"),
    ],
)
def test_export_filename(title, chapters, expected):
    name = export_filename(title, chapters)
    assert name == expected
    wanted = tuple(sorted(set(chapters)))
    contiguous = not wanted or wanted == tuple(range(wanted[0], wanted[-1] + 1))
    assert chapters_from_filename(name) == (wanted if contiguous else wanted[:1])


@pytest.mark.parametrize("chapters", [(n,) for n in range(1, 100)] + [(1, 2), (7, 8, 9), ()])
def test_export_filename_round_trips_every_chapter(chapters):
    name = export_filename("Some notes", chapters)
    assert chapters_from_filename(name) == chapters
    assert title_from(name, "") == "Some notes"


# ------------------------------------------------------------------ decoding single files


def test_decode_bom_crlf_and_lone_cr():
    raw = "\ufeff# Title\r\nline two\rline three\r\n".encode()
    assert decode_note(raw, "a.md") == "# Title\nline two\nline three\n"
    notes = read_upload("a.md", raw)
    assert notes == [NoteFile("a.md", "Title", (), "# Title\nline two\nline three\n")]


def test_png_header_named_md_is_refused_as_binary():
    message = refused("README-08-x.md", PNG_HEADER + b"\x00" * 100)
    assert message.startswith("README-08-x.md ")
    assert "binary" in message


def test_control_characters_without_nul_are_refused_as_binary():
    assert "binary" in refused("x.md", bytes(range(1, 32)) * 20)
    assert decode_note(b"colour \x1b[31mred\x1b[0m output\ttab\x0cpage", "ok.md")


def test_invalid_utf8_is_refused_with_advice():
    message = refused("latin.md", "café".encode("latin-1"))
    assert message == "latin.md is not valid UTF-8 text; save it as UTF-8 and try again."


def test_utf16_gets_a_specific_message():
    assert "UTF-16" in refused("u16.md", "# hi".encode("utf-16"))


def test_size_limit_is_2_mb():
    assert len(read_upload("ok.md", b"a" * (2 * MB))[0].body) == 2 * MB
    message = refused("big.md", b"a" * (2 * MB + 1))
    assert message == "big.md is larger than 2 MB; split it and try again."


@pytest.mark.parametrize("name", ["notes.pdf", "notes.docx", "image.png", "archive.tar.gz", "md"])
def test_other_extensions_are_refused_listing_accepted_types(name):
    message = refused(name, b"# hi")
    assert name in message
    assert ".md, .markdown or .txt files, or a .zip of them" in message


def test_accepted_extensions_and_empty_file():
    for name in ("a.md", "b.MARKDOWN", "c.txt"):
        assert read_upload(name, b"# Hi\n")[0].title == "Hi"
    assert refused("empty.md", b" \n") == "empty.md is empty."


def test_directories_in_upload_name_are_dropped():
    assert read_upload("C:\\Users\\me\\README-08-x.md", b"x")[0].name == "README-08-x.md"


# ------------------------------------------------------------------ zips


def test_zip_with_nested_folders_junk_and_non_notes():
    raw = make_zip(
        {
            "notes/": b"",
            "notes/README-08-containerizing-an-app.md": b"# Containerizing\r\nbody\r\n",
            "notes/part2/README-01-04.md": b"text only",
            "notes/todo.txt": b"- [ ] study",
            "notes/logo.png": PNG_HEADER,
            "notes/empty.md": b"",
            "__MACOSX/notes/._README-08-containerizing-an-app.md": b"\x00\x05junk",
            "notes/.DS_Store": b"\x00\x00junk",
            ".git/config": b"[core]",
        }
    )
    report = read_upload_report("notes.zip", raw)
    assert [n.name for n in report.notes] == [
        "notes/README-08-containerizing-an-app.md",
        "notes/part2/README-01-04.md",
        "notes/todo.txt",
    ]
    assert report.notes[0] == NoteFile(
        "notes/README-08-containerizing-an-app.md",
        "Containerizing",
        (8,),
        "# Containerizing\nbody\n",
    )
    assert report.notes[1].chapters == (1, 2, 3, 4)
    assert report.notes[1].title == "Chapters 1\u20134"
    assert report.skipped == [
        SkippedFile(
            "notes/logo.png",
            "not a note file; only .md, .markdown or .txt files, or a .zip of them",
        ),
        SkippedFile("notes/empty.md", "empty file"),
    ]
    lines = report.lines()
    assert (
        lines[0] == "notes/README-08-containerizing-an-app.md: “Containerizing”, Chapter 8, 2 lines"
    )
    assert lines[1] == "notes/part2/README-01-04.md: “Chapters 1\u20134”, Chapters 1\u20134, 1 line"
    assert lines[-1].startswith("notes/empty.md: skipped (empty file)")
    assert read_upload("notes.zip", raw) == report.notes


def test_zip_stored_entries_are_fine():
    raw = make_zip({"a.md": b"# A"}, compression=zipfile.ZIP_STORED)
    assert read_upload("a.zip", raw)[0].title == "A"


@pytest.mark.parametrize(
    "path", ["../evil.md", "notes/../../evil.md", "/etc/evil.md", "C:/evil.md", "..\\evil.md"]
)
def test_zip_with_unsafe_paths_is_refused(path):
    message = refused("bad.zip", make_zip({"ok.md": b"# ok", path: b"# evil"}))
    assert "bad.zip contains an unsafe path" in message
    assert repr(path) in message


def test_zip_with_201_files_is_refused_and_200_accepted():
    files = {f"n{i:03d}.md": b"# n" for i in range(200)}
    assert len(read_upload("ok.zip", make_zip(files))) == 200
    files["one-more.md"] = b"# too many"
    assert refused("many.zip", make_zip(files)) == (
        "many.zip has 201 files; at most 200 can be imported at once."
    )


def test_macos_metadata_does_not_count_towards_the_file_limit():
    files = {f"n{i:03d}.md": b"# n" for i in range(150)}
    files |= {f"__MACOSX/._n{i:03d}.md": b"\x00junk" for i in range(150)}
    assert len(read_upload("mac.zip", make_zip(files))) == 150


def test_zip_declaring_more_than_20_mb_is_refused():
    files = {f"part{i}.md": b"a" * (2 * MB) for i in range(11)}  # honest headers, 22 MB total
    assert "unpacks to more than 20 MB" in refused("big.zip", make_zip(files))


def test_zip_entry_over_2_mb_is_refused():
    message = refused("one.zip", make_zip({"huge.md": b"a" * (2 * MB + 1)}))
    assert message == "huge.md in one.zip is larger than 2 MB; split it and try again."


def test_zip_bomb_with_lying_headers_is_refused():
    bomb = make_zip({"README-01-bomb.md": b"a" * (30 * MB)})  # ~30 KB compressed
    assert len(bomb) < 100_000
    lying = patch_headers(bomb, file_size=100)  # headers claim 100 bytes
    info = zipfile.ZipFile(io.BytesIO(lying)).infolist()[0]
    assert info.file_size == 100
    # zipfile stops at the declared size and the CRC no longer matches: refused, nothing big read
    assert refused("bomb.zip", lying) == (
        "bomb.zip is not a valid zip file (it may be damaged); re-create it and try again."
    )


def test_honest_zip_bomb_is_refused_before_reading():
    bomb = make_zip({"zeros.md": b"\0" * (30 * MB)})
    assert len(bomb) < 100_000
    assert refused("zeros.zip", bomb) == (
        "zeros.zip unpacks to more than 20 MB; upload fewer notes at once."
    )


def test_real_bytes_are_counted_whatever_the_headers_say():
    raw = make_zip({"a.md": b"a" * 100_000})
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        info = archive.infolist()[0]
        with pytest.raises(ImportRefused, match="unpacks to more than 20 MB in total"):
            importing._read_entry(archive, info, 50_000, "x.zip")
        assert len(importing._read_entry(archive, info, 100_000, "x.zip")) == 100_000


def test_encrypted_entry_is_refused():
    raw = patch_headers(make_zip({"secret.md": b"# s"}), flag_bits=0x1)
    assert "secret.md in locked.zip is password-protected" in refused("locked.zip", raw)


def test_unusual_compression_is_refused():
    raw = make_zip({"b.md": b"# bz"}, compression=zipfile.ZIP_BZIP2)
    assert "unusual compression method" in refused("bz.zip", raw)


@pytest.mark.parametrize(
    "raw",
    [b"", b"PK\x03\x04 this is not really a zip", b"just text", b"PK\x05\x06" + b"\x00" * 18],
)
def test_corrupt_zip_is_refused(raw):
    message = refused("broken.zip", raw)
    assert message.startswith("broken.zip is not a valid zip file") or "no notes" in message


def test_truncated_or_bit_flipped_zip_is_refused():
    good = make_zip({"a.md": b"# A\n" + b"text " * 1000})
    assert "not a valid zip file" in refused("cut.zip", good[: len(good) // 2])
    flipped = bytearray(good)
    flipped[60] ^= 0xFF  # inside the compressed data
    with pytest.raises(ImportRefused):
        read_upload("flip.zip", bytes(flipped))


def test_one_bad_note_refuses_the_whole_zip():
    raw = make_zip({"good.md": b"# fine", "sub/bad.md": "café".encode("latin-1")})
    assert refused("mixed.zip", raw) == (
        "sub/bad.md in mixed.zip is not valid UTF-8 text; save it as UTF-8 and try again."
    )


def test_zip_without_notes_is_refused():
    message = refused("pics.zip", make_zip({"a.png": PNG_HEADER, "__MACOSX/._x.md": b"x"}))
    assert message == "pics.zip contains no notes (.md, .markdown or .txt files)."


# ------------------------------------------------------------------ export and round trip


def test_build_zip_makes_names_unique():
    raw = build_zip(
        [("a.md", "1"), ("a.md", "2"), ("A.md", "3"), ("a.md", "4"), ("../x/b.md", "5")]
    )
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        names = archive.namelist()
        assert names == ["a.md", "a-2.md", "A-3.md", "a-4.md", "b.md"]
        assert archive.read("A-3.md") == b"3"
        assert archive.testzip() is None


def test_build_zip_is_deterministic_with_a_fixed_date():
    files = [("a.md", "é\n")]
    stamp = (2024, 5, 31, 12, 0, 0)
    assert build_zip(files, date_time=stamp) == build_zip(files, date_time=stamp)


def test_export_then_import_round_trip():
    notes = [
        ("Containerizing an app", (8,), "# Containerizing an app\n\n- `docker build`\n"),
        ("The big picture", (1, 2, 3, 4), "Notes without a heading.\n"),
        ("Meeting notes", (), "## Meeting notes\r\nCRLF body\r\n"),
        ("Meeting notes", (), "# Meeting notes\nsecond one\n"),
        ("Ünïcödé ✓", (17,), "# Ünïcödé ✓\n"),
    ]
    raw = build_zip([(export_filename(title, ch), body) for title, ch, body in notes])
    back = read_upload("export.zip", raw)
    assert [n.name for n in back] == [
        "README-08-containerizing-an-app.md",
        "README-01-04-the-big-picture.md",
        "meeting-notes.md",
        "meeting-notes-2.md",
        "README-17-unicode.md",
    ]
    assert [(n.title, n.chapters) for n in back] == [(t, ch) for t, ch, _ in notes]
    assert [n.body for n in back] == [b.replace("\r\n", "\n") for _, _, b in notes]


def test_checksum_helper_sanity():
    # patch_headers must not change what it is not asked to change
    raw = make_zip({"a.md": b"# A"})
    assert patch_headers(raw) == raw
    assert zlib.crc32(b"# A") == zipfile.ZipFile(io.BytesIO(raw)).infolist()[0].CRC
