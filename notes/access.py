"""Who may read, edit and delete notes; outsiders get 404, members without the right 403."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from notes.models import Note
from notes.roles import Role, has_role


def note_for_reader_or_404(user, pk: int) -> Note:
    try:
        return Note.objects.visible_to(user).select_related("author").get(pk=pk)
    except Note.DoesNotExist:
        raise Http404("No such note.") from None


def can_edit_note(user, note: Note) -> bool:
    return (
        note.author_id == user.pk or has_role(user, Role.ORGANIZER) or has_role(user, Role.EDITOR)
    )


def can_delete_note(user, note: Note) -> bool:
    return note.author_id == user.pk or has_role(user, Role.ORGANIZER)


def require_edit(user, note: Note) -> None:
    if not can_edit_note(user, note):
        raise PermissionDenied("Only the author, organizers and editors can edit this note.")


def require_delete(user, note: Note) -> None:
    if not can_delete_note(user, note):
        raise PermissionDenied("Only the author or an organizer can delete this note.")
