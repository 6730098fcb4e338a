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

__all__ = [
    "Card",
    "CardKind",
    "Choice",
    "GeneratedItem",
    "ItemQuerySet",
    "ItemStatus",
    "NoteGeneration",
    "Question",
    "QuestionKind",
]
