"""Time generation over about 1 MB of notes (not a test; run it by hand).

.venv/bin/python -m tests.generation.speed_check
"""

import time
from pathlib import Path

from quizzes.generation import NoteInput, Syllabus, generate

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT = Path(__file__).resolve().parents[2] / "notes" / "fixtures"


def notes_of_about(size: int) -> list[NoteInput]:
    """Copies of the fixture notes, each made distinct, as separate notes and one big note."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))]
    notes, total, n = [], 0, 0
    while total < size:
        # every copy distinct, so no cache or duplicate fingerprint makes it look faster
        text = texts[n % len(texts)]
        for word in ("Docker", "swarm", "volume", "network", "manager", "driver", "service"):
            text = text.replace(word, f"{word}{n}")
        notes.append(NoteInput(n, f"note {n}", text, (10,)))
        total += len(text.encode())
        n += 1
    return notes


def main() -> None:
    syllabus = Syllabus.from_yaml_files(
        PROJECT / "dca_exam.yaml", PROJECT / "docker_deep_dive.yaml"
    )
    notes = notes_of_about(1_000_000)
    size = sum(len(n.body.encode()) for n in notes)
    for label, batch in (
        ("many notes", notes),
        ("one note", [NoteInput(0, "all", "\n\n".join(n.body for n in notes), (10,))]),
    ):
        start = time.perf_counter()
        drafts = generate(batch, syllabus)
        took = time.perf_counter() - start
        print(f"{label}: {size / 1e6:.2f} MB in {took:.2f} s, {len(drafts)} drafts")


if __name__ == "__main__":
    main()
