"""Helpers for the pure generation tests (no database, no Django needed by the code)."""

from pathlib import Path

import pytest

from quizzes.generation import Draft, NoteInput, Syllabus, generate

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT_FIXTURES = Path(__file__).resolve().parents[2] / "notes" / "fixtures"

DRIVERS = """Storage:

- Local storage is managed by the storage driver.
  - Some available drivers:
    - aufs (the original and oldest)
    - overlay2 (probably best choice for future)
    - devicemapper
    - btrfs
    - zfs
"""


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def gen(markdown: str, chapters=(), syllabus=None, rule=None) -> list[Draft]:
    """Drafts for one note, optionally only those of one rule."""
    drafts = generate([NoteInput(1, "note", markdown, tuple(chapters))], syllabus)
    return [d for d in drafts if rule is None or d.rule == rule]


def cards(drafts):
    return [d for d in drafts if d.item_type == "card"]


def questions(drafts):
    return [d for d in drafts if d.item_type == "question"]


def by_text(drafts, fragment):
    """The drafts whose question text contains ``fragment``."""
    return [d for d in drafts if fragment.lower() in d.text.lower()]


def correct(draft):
    return [o.text for o in draft.options if o.correct]


@pytest.fixture(scope="session")
def syllabus() -> Syllabus:
    return Syllabus.from_yaml_files(
        PROJECT_FIXTURES / "dca_exam.yaml", PROJECT_FIXTURES / "docker_deep_dive.yaml"
    )


@pytest.fixture(scope="session")
def sample_drafts(syllabus) -> list[Draft]:
    note = NoteInput(1, "Meeting notes", read("meeting-notes.md"), (1, 2, 3, 4, 5))
    return generate([note], syllabus)
