"""Keep a group's cards and questions in step with its notes.

Idempotent: a note whose text and chapters did not change since its last generation is
skipped without a single write. Otherwise unchanged fingerprints keep their item (and every
member's review history), items whose source changed or vanished are retired, new drafts
are added (published at once when the group auto-publishes), rejected fingerprints never
come back and items edited by hand are never touched.
"""

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Case, F, Value, When

from notes.models import Chapter, Domain, Note, Objective, StudyGroup
from quizzes.generation import Draft, NoteInput, Syllabus, generate
from quizzes.generation.syllabus import DomainInfo, ObjectiveInfo
from quizzes.models import Card, Choice, ItemStatus, NoteGeneration, Question

log = logging.getLogger(__name__)

# Bump when the rules change so every note is generated again on the next sync.
ENGINE_VERSION = "1"
LIVE = (ItemStatus.DRAFT, ItemStatus.PUBLISHED)


@dataclass
class SyncResult:
    notes: int = 0
    skipped: int = 0
    created: int = 0
    kept: int = 0
    retired: int = 0
    drafts: list[Draft] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.notes} note(s): {self.skipped} unchanged, {self.created} new item(s), "
            f"{self.kept} kept, {self.retired} retired"
        )


def syllabus_from_db() -> Syllabus:
    domains = []
    objectives_by_domain: dict[int, list[ObjectiveInfo]] = {}
    for objective in Objective.objects.order_by("code"):
        objectives_by_domain.setdefault(objective.domain_id, []).append(
            ObjectiveInfo(objective.code, objective.text)
        )
    for domain in Domain.objects.order_by("code"):
        domains.append(
            DomainInfo(domain.code, domain.name, tuple(objectives_by_domain.get(domain.pk, ())))
        )
    chapter_objectives: dict[int, list[str]] = {}
    titles: dict[int, str] = {}
    for chapter in Chapter.objects.prefetch_related("objectives"):
        chapter_objectives[chapter.number] = [o.code for o in chapter.objectives.all()]
        titles[chapter.number] = chapter.title
    return Syllabus(
        domains=tuple(domains),
        chapter_objectives={k: tuple(v) for k, v in chapter_objectives.items()},
        chapter_titles=titles,
    )


def _note_input(note: Note) -> NoteInput:
    return NoteInput(
        note_id=note.pk,
        title=note.title,
        body=note.body,
        chapters=tuple(sorted(c.number for c in note.chapters.all())),
    )


def source_hash(note_input: NoteInput) -> str:
    text = "\x1f".join(
        [ENGINE_VERSION, note_input.title, note_input.body, ",".join(map(str, note_input.chapters))]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lookups() -> tuple[dict[str, int], dict[str, int], dict[int, int]]:
    return (
        dict(Domain.objects.values_list("code", "pk")),
        dict(Objective.objects.values_list("code", "pk")),
        dict(Chapter.objects.values_list("number", "pk")),
    )


def notes_sync(notes: Iterable[Note], *, force: bool = False) -> SyncResult:
    """Generate the items of `notes` (all notes of their groups feed the wrong options)."""
    result = SyncResult()
    by_group: dict[int, list[Note]] = {}
    for note in notes:
        if note.group_id is not None:
            by_group.setdefault(note.group_id, []).append(note)
    for group_id, changed in by_group.items():
        group = StudyGroup.objects.get(pk=group_id)
        _group_sync(group, changed, result, force=force)
    return result


def _group_sync(group: StudyGroup, changed: Sequence[Note], result: SyncResult, *, force: bool):
    wanted = {note.pk: _note_input(note) for note in changed if note.deleted_at is None}
    done = dict(
        NoteGeneration.objects.filter(note_id__in=wanted).values_list("note_id", "source_hash")
    )
    hashes = {pk: source_hash(data) for pk, data in wanted.items()}
    stale = [pk for pk in wanted if force or done.get(pk) != hashes[pk]]
    result.notes += len(wanted)
    result.skipped += len(wanted) - len(stale)
    gone = [note.pk for note in changed if note.deleted_at is not None]
    if gone:  # a deleted note takes all its items out of reviews, hand-edited ones too
        result.retired += _retire(group, note_ids=gone, keep=set(), hand_edited=True)
        NoteGeneration.objects.filter(note_id__in=gone).delete()
    if not stale:
        return
    context = Note.objects.filter(group=group).alive().prefetch_related("chapters").order_by("pk")
    inputs = [wanted.get(note.pk) or _note_input(note) for note in context]
    drafts = generate(inputs, syllabus_from_db())
    stale_set = set(stale)
    mine = [d for d in drafts if d.note_id in stale_set]
    result.drafts.extend(mine)
    with transaction.atomic():
        _apply(group, stale, mine, result)
        for pk in stale:
            NoteGeneration.objects.update_or_create(
                note_id=pk, defaults={"source_hash": hashes[pk]}
            )


def _apply(group: StudyGroup, note_ids: list[int], drafts: list[Draft], result: SyncResult):
    fingerprints = {d.fingerprint for d in drafts}
    existing = {
        **dict(
            Card.objects.filter(group=group, fingerprint__in=fingerprints).values_list(
                "fingerprint", "status"
            )
        ),
        **dict(
            Question.objects.filter(group=group, fingerprint__in=fingerprints).values_list(
                "fingerprint", "status"
            )
        ),
    }
    result.retired += _retire(group, note_ids=note_ids, keep=fingerprints)
    revive = [fp for fp, status in existing.items() if status == ItemStatus.RETIRED]
    new_status = ItemStatus.PUBLISHED if group.auto_publish else ItemStatus.DRAFT
    if revive:  # back as they were: published items stay published (and keep their reviews)
        back = Case(
            When(status_before_retire=ItemStatus.PUBLISHED, then=Value(ItemStatus.PUBLISHED)),
            default=Value(new_status),
        )
        for model in (Card, Question):
            model.objects.filter(group=group, fingerprint__in=revive).update(status=back)
    domains, objectives, chapters = _lookups()
    cards, questions = [], []
    for draft in drafts:
        if draft.fingerprint in existing:
            result.kept += 1
            continue
        common = {
            "group": group,
            "status": new_status,
            "note_id": draft.note_id,
            "line_start": draft.line_start,
            "line_end": draft.line_end,
            "rule": draft.rule,
            "fingerprint": draft.fingerprint,
            "sibling_key": draft.sibling_key,
            "domain_id": domains.get(draft.domain or ""),
            "objective_id": objectives.get(draft.objective or ""),
            "chapter_id": chapters.get(draft.chapter or -1),
            "explanation": draft.explanation,
        }
        if draft.item_type == "card":
            cards.append(Card(kind=draft.kind, front=draft.text, back=draft.answer, **common))
        else:
            questions.append((Question(kind=draft.kind, stem=draft.text, **common), draft))
    Card.objects.bulk_create(cards)
    created = Question.objects.bulk_create([q for q, _ in questions])
    Choice.objects.bulk_create(
        Choice(question=question, text=option.text, correct=option.correct, order=index)
        for question, (_, draft) in zip(created, questions, strict=True)
        for index, option in enumerate(draft.options)
    )
    result.created += len(cards) + len(questions)


def _retire(
    group: StudyGroup, *, note_ids: list[int], keep: set[str], hand_edited: bool = False
) -> int:
    count = 0
    for model in (Card, Question):
        items = model.objects.filter(group=group, note_id__in=note_ids, status__in=LIVE)
        if not hand_edited:
            items = items.exclude(edited_by_hand=True)
        count += items.exclude(fingerprint__in=keep).update(
            status_before_retire=F("status"), status=ItemStatus.RETIRED
        )
    return count


def notes_changed(notes: list[Note]) -> None:
    """Hook run by the notes app after a save, import, delete or restore."""
    if notes:
        notes_sync(notes)
