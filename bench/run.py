"""`make bench`: server time of the main pages on a throwaway demo database.

Reports median and p95 per case next to a trivial view measured in the same run, so figures
from different machines can be compared by their ratio. Later features add their cases to
CASES. Targets are printed beside the figures; nothing here fails a build.
"""

import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

WORKDIR = tempfile.mkdtemp(prefix="studyhall-bench-")
atexit.register(shutil.rmtree, WORKDIR, ignore_errors=True)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{WORKDIR}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from notes.syllabus import FIXTURES  # noqa: E402


@dataclass
class Case:
    name: str
    run: Callable[..., object]
    target_ms: float | None = None
    repeat: int = 200
    # Untimed set-up before each run; its result is passed to `run`.
    prepare: Callable[[], object] | None = None


def _once(case: Case) -> float:
    args = (case.prepare(),) if case.prepare else ()
    start = time.perf_counter()
    case.run(*args)
    return (time.perf_counter() - start) * 1000


def _timed(case: Case) -> list[float]:
    for _ in range(min(10, case.repeat)):  # warm-up: caches, connections, template loading
        _once(case)
    return [_once(case) for _ in range(case.repeat)]


def _get(client: Client, url: str) -> Callable[[], object]:
    def run() -> object:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}; the benchmark is invalid")
        return response

    return run


def _big_note(size: int = 200_000) -> str:
    sample = (FIXTURES / "meeting-notes.md").read_text(encoding="utf-8")
    return (sample * (size // len(sample) + 1))[:size]


def _import_hundred_notes(member) -> Callable[[], object]:
    from notes.importing import NoteFile
    from notes.models import Note
    from notes.selectors import group_for_member
    from notes.services import notes_import

    group = group_for_member(member)
    body = _big_note(5_000)
    files = [
        NoteFile(
            name=f"bench/README-{n % 17 + 1:02d}-bench-{n}.md",
            title=f"Bench {n}",
            chapters=(n % 17 + 1,),
            body=body + str(n),
        )
        for n in range(100)
    ]

    def run() -> object:
        Note.objects.filter(source_name__startswith="bench/").delete()
        return notes_import(files=files, author=member, group=group)

    return run


def build_cases() -> list[Case]:
    from notes.markdown import render_markdown

    member = get_user_model().objects.get(username="member1")
    client = Client()
    client.force_login(member)
    big = _big_note()
    return [
        Case("trivial view (/healthz)", _get(client, "/healthz")),
        Case("dashboard (/)", _get(client, "/"), target_ms=50),
        Case("render a 200 KB note", lambda: render_markdown(big), target_ms=200, repeat=20),
        Case("import 100 notes (5 KB each)", _import_hundred_notes(member), repeat=5),
        Case("note list (/notes/)", _get(client, "/notes/"), target_ms=50),
        Case("chapter list (/chapters/)", _get(client, "/chapters/"), target_ms=50),
        *_generation_cases(),
        *_review_cases(),
    ]


def _generation_cases() -> list[Case]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from notes.models import Note
    from notes.syllabus import BOOK_FILE, EXAM_FILE
    from quizzes.generation import NoteInput, Syllabus, generate
    from quizzes.sync import notes_sync

    sample = (FIXTURES / "meeting-notes.md").read_text(encoding="utf-8")
    notes, size = [], 0
    while size < 1_000_000:  # distinct copies, so nothing is deduplicated away
        n = len(notes)
        text = sample
        for word in ("Docker", "container", "driver", "daemon", "runc", "storage"):
            text = text.replace(word, f"{word}{n}")
        notes.append(NoteInput(n, f"note {n}", text, (1, 2, 3, 4, 5)))
        size += len(text.encode())
    syllabus = Syllabus.from_yaml_files(EXAM_FILE, BOOK_FILE)
    demo_note = Note.objects.filter(source_name__startswith="README-01-05").first()

    def regenerate() -> object:
        with CaptureQueriesContext(connection) as queries:
            result = notes_sync([demo_note])
        writes = [q for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
        if writes or result.skipped != 1:
            raise SystemExit(f"regenerating an unchanged note wrote: {writes[:2]}")
        return result

    return [
        Case(
            f"generate {size / 1e6:.1f} MB of notes",
            lambda: generate(notes, syllabus),
            target_ms=5_000,
            repeat=3,
        ),
        Case("regenerate an unchanged note (0 writes)", regenerate, target_ms=50, repeat=50),
    ]


def _review_cases() -> list[Case]:
    """Next card and answer on 20 members x 3,000 cards with 200,000 review logs."""
    from django.utils import timezone

    from bench.reviews import CARDS, LOGS, MEMBERS, build
    from quizzes.reviewing import Deck, next_card

    print(f"Building {MEMBERS} members x {CARDS} cards with {LOGS} review logs ...", flush=True)
    group, members = build()
    member = members[0]
    client = Client()
    client.force_login(member)

    def token() -> str:
        shown, _ = next_card(member, group, Deck(), timezone.now())
        return shown.token

    def answer(value: str) -> object:
        response = client.post("/review/answer/", {"token": value, "rating": 3})
        if response.status_code != 302:
            raise SystemExit(f"answer failed with {response.status_code}")
        return response

    return [
        Case("review: next card (/review/)", _get(client, "/review/"), target_ms=15),
        Case("review: answer (POST)", answer, target_ms=25, prepare=token),
    ]


def main() -> int:
    print(f"Preparing a demo database in {WORKDIR} ...", flush=True)
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    rows = []
    with override_settings(DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        for case in build_cases():
            samples = sorted(_timed(case))
            median = statistics.median(samples)
            p95 = samples[int(len(samples) * 0.95) - 1]
            rows.append((case, median, p95))
    baseline = rows[0][1]
    print()
    print(f"{'case':<40} {'n':>5} {'median ms':>10} {'p95 ms':>9} {'x trivial':>10} {'target':>10}")
    print("-" * 89)
    for case, median, p95 in rows:
        target = f"< {case.target_ms:g} ms" if case.target_ms else ""
        verdict = ""
        if case.target_ms:
            verdict = " ok" if median < case.target_ms else " SLOW"
        print(
            f"{case.name:<40} {case.repeat:>5} {median:>10.2f} {p95:>9.2f} "
            f"{median / baseline:>10.1f} {target:>10}{verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
