import pytest

from notes.models import Chapter
from notes.syllabus import load_syllabus

DRIVERS = """# Storage

Storage drivers:

- aufs (the original and oldest)
- overlay2 (the best choice today)
- devicemapper
- btrfs
- zfs

**containerd**: a container execution supervisor.

Network drivers:

- bridge
- overlay
- host
- macvlan
"""


@pytest.fixture
def chapters(db) -> dict[int, Chapter]:
    load_syllabus()
    return {c.number: c for c in Chapter.objects.all()}
