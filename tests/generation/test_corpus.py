"""The judged notes in bench/corpus (many authors and styles): generation reads them all,
gives the same drafts twice, and every draft points at lines of its own note."""

import re
from pathlib import Path

import pytest

from quizzes.generation import NoteInput, generate

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"
SETS = sorted(p for p in CORPUS.glob("set*") if p.is_dir())


def notes_of(folder: Path) -> list[NoteInput]:
    paths = sorted(folder.glob("*.md"))
    return [
        NoteInput(n, p.stem, p.read_text(encoding="utf-8"), (int(re.match(r"ch(\d+)", p.name)[1]),))
        for n, p in enumerate(paths)
    ]


def test_the_corpus_is_there():
    assert len(SETS) >= 5 and all(list(s.glob("ch*.md")) for s in SETS)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_judged_set_generates_cleanly_and_deterministically(folder):
    notes = notes_of(folder)
    drafts = generate(notes)
    assert drafts == generate(notes)
    assert len(drafts) >= len(notes)  # every style gives something
    sizes = {n.note_id: len(n.body.splitlines()) for n in notes}
    assert [d for d in drafts if not 1 <= d.line_start <= d.line_end <= sizes[d.note_id]] == []
