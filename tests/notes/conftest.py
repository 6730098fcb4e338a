import pytest

from notes.models import Chapter
from notes.syllabus import load_syllabus
from tests.factories import make_note


@pytest.fixture
def chapters(db) -> dict[int, Chapter]:
    load_syllabus()
    return {c.number: c for c in Chapter.objects.all()}


@pytest.fixture
def note(group, member, chapters):
    return make_note(
        author=member,
        group=group,
        title="Engine internals",
        body="# Engine\n\n**containerd**: a container execution supervisor.\n",
        chapters=[chapters[5]],
    )
