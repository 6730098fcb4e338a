"""The DCA syllabus as plain data: domains, objectives and the book's chapter mapping."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class ObjectiveInfo:
    code: str
    text: str


@dataclass(frozen=True)
class DomainInfo:
    code: str
    name: str
    objectives: tuple[ObjectiveInfo, ...] = ()


# What each chapter of the book is about, as a question names it ("In Docker Compose, name
# the 4 top-level keys."): for items whose own words do not say. The overview chapters (1, 2,
# 4) are about everything, so they name no topic.
BOOK_CHAPTER_TOPICS = {
    3: "Docker installation",
    5: "the Docker engine",
    6: "Docker images",
    7: "Docker containers",
    8: "Dockerfiles",
    9: "Docker Compose",
    10: "Docker Swarm",
    11: "Docker networking",
    12: "overlay networking",
    13: "Docker volumes",
    14: "Docker stacks",
    15: "Docker security",
    16: "Docker Enterprise",
    17: "Docker Enterprise",
}


@dataclass(frozen=True)
class Syllabus:
    """Domains with their objectives, and which objectives each chapter of the book covers."""

    domains: tuple[DomainInfo, ...]
    chapter_objectives: Mapping[int, tuple[str, ...]]
    chapter_titles: Mapping[int, str] = field(default_factory=dict)

    @classmethod
    def from_data(cls, exam: Mapping[str, Any], book: Mapping[str, Any]) -> Syllabus:
        """Build from the parsed YAML structures (``domains: [...]`` and ``chapters: [...]``)."""
        domains = tuple(
            DomainInfo(
                code=str(d["code"]),
                name=str(d.get("name", d["code"])),
                objectives=tuple(
                    ObjectiveInfo(str(o["code"]), str(o.get("text", "")))
                    for o in d.get("objectives", ())
                ),
            )
            for d in exam.get("domains", ())
        )
        chapters = book.get("chapters", ())
        return cls(
            domains=domains,
            chapter_objectives=MappingProxyType(
                {int(c["number"]): tuple(str(x) for x in c.get("objectives", ())) for c in chapters}
            ),
            chapter_titles=MappingProxyType(
                {int(c["number"]): str(c.get("title", "")) for c in chapters}
            ),
        )

    @classmethod
    def from_yaml_files(cls, exam_path: str | Path, book_path: str | Path) -> Syllabus:
        """Load ``dca_exam.yaml`` and ``docker_deep_dive.yaml``."""
        import yaml

        with open(exam_path, encoding="utf-8") as exam_file:
            exam = yaml.safe_load(exam_file)
        with open(book_path, encoding="utf-8") as book_file:
            book = yaml.safe_load(book_file)
        return cls.from_data(exam, book)

    def domain_of(self, objective_code: str) -> str | None:
        for domain in self.domains:
            if any(o.code == objective_code for o in domain.objectives):
                return domain.code
        return None

    def objectives_of(self, domain_code: str) -> tuple[ObjectiveInfo, ...]:
        for domain in self.domains:
            if domain.code == domain_code:
                return domain.objectives
        return ()
