from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from notes.roles import Role, user_roles
from notes.selectors import group_for_member


def study_hall(request: HttpRequest) -> dict:
    """The member's study group and roles, computed only when a template asks."""
    user = request.user
    roles = SimpleLazyObject(lambda: user_roles(user))
    return {
        "current_group": SimpleLazyObject(lambda: group_for_member(user)),
        "is_organizer": SimpleLazyObject(lambda: Role.ORGANIZER in roles),
        "is_editor": SimpleLazyObject(lambda: Role.EDITOR in roles),
    }
