"""Load the DCA syllabus and the book's chapters from the YAML files kept in notes/fixtures.

Idempotent: running it again updates texts and mappings in place and creates no duplicates.
Takes the model classes as arguments so data migrations can pass their historical models.
"""

from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAM_FILE = FIXTURES / "dca_exam.yaml"
BOOK_FILE = FIXTURES / "docker_deep_dive.yaml"


def read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def syllabus_load(*, Domain, Objective, Book, Chapter) -> dict[str, int]:
    exam = read_yaml(EXAM_FILE)
    objectives_by_code = {}
    for domain_data in exam["domains"]:
        domain, _ = Domain.objects.update_or_create(
            code=domain_data["code"],
            defaults={"name": domain_data["name"], "weight": domain_data["weight"]},
        )
        for item in domain_data["objectives"]:
            objective, _ = Objective.objects.update_or_create(
                code=item["code"],
                defaults={
                    "domain": domain,
                    "text": item["text"],
                    "since": str(item.get("since", "")),
                    "retired": str(item.get("retired", "")),
                },
            )
            objectives_by_code[objective.code] = objective

    book_data = read_yaml(BOOK_FILE)
    book, _ = Book.objects.update_or_create(
        title=book_data["book"]["title"],
        defaults={
            "author": book_data["book"].get("author", ""),
            "edition": str(book_data["book"].get("edition", "")),
        },
    )
    for item in book_data["chapters"]:
        chapter, _ = Chapter.objects.update_or_create(
            book=book,
            number=item["number"],
            defaults={"title": item["title"], "part": item.get("part", "")},
        )
        chapter.objectives.set([objectives_by_code[code] for code in item["objectives"]])
    return {
        "domains": len(exam["domains"]),
        "objectives": len(objectives_by_code),
        "chapters": len(book_data["chapters"]),
    }


def load_syllabus() -> dict[str, int]:
    from notes.models import Book, Chapter, Domain, Objective

    return syllabus_load(Domain=Domain, Objective=Objective, Book=Book, Chapter=Chapter)
