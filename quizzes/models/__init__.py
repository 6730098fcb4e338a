from quizzes.models.items import (
    Card,
    CardKind,
    Choice,
    GeneratedItem,
    ItemQuerySet,
    ItemStatus,
    NoteGeneration,
    Question,
    QuestionKind,
)
from quizzes.models.reviews import CardState, ReviewLog, StudySettings

__all__ = [
    "Card",
    "CardKind",
    "CardState",
    "Choice",
    "GeneratedItem",
    "ItemQuerySet",
    "ItemStatus",
    "NoteGeneration",
    "Question",
    "QuestionKind",
    "ReviewLog",
    "StudySettings",
]
