"""Roles are Django groups; helpers give 403 to a missing role and 404 to outsiders."""

from collections.abc import Callable
from enum import StrEnum
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse


class Role(StrEnum):
    ORGANIZER = "Organizers"
    EDITOR = "Editors"


# What each role may do in the admin, by model (app_label.model: actions). Later apps add
# theirs in their own data migrations.
ROLE_PERMISSIONS: dict[Role, dict[str, tuple[str, ...]]] = {
    Role.ORGANIZER: {
        "notes.studygroup": ("view", "change"),
        "notes.chapter": ("view", "change"),
        "notes.domain": ("view",),
        "notes.objective": ("view",),
        "notes.book": ("view",),
    },
    Role.EDITOR: {
        "notes.chapter": ("view",),
        "notes.domain": ("view",),
        "notes.objective": ("view",),
        "notes.book": ("view",),
    },
}


def user_roles(user) -> frozenset[Role]:
    """The roles of a user, cached on the user object for the request."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_study_hall_roles", None)
    if cached is None:
        if user.is_superuser:
            cached = frozenset(Role)
        else:
            names = set(user.groups.values_list("name", flat=True))
            cached = frozenset(role for role in Role if role.value in names)
        user._study_hall_roles = cached
    return cached


def has_role(user, role: Role) -> bool:
    return role in user_roles(user)


def require_role(user, role: Role) -> None:
    if not has_role(user, role):
        raise PermissionDenied(f"This page is for {role.value.lower()}.")


def role_required(role: Role) -> Callable:
    """View decorator: 403 unless the logged-in user has the role."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            require_role(request.user, role)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def get_own_object_or_404[M: Model](
    queryset: QuerySet[M], user, *, owner_field: str = "user", **lookup
) -> M:
    """Fetch an object that belongs to `user`; anybody else's object does not exist (404).

    404 rather than 403 so outsiders cannot even learn which ids exist.
    """
    try:
        return queryset.get(**{owner_field: user}, **lookup)
    except queryset.model.DoesNotExist:
        raise Http404("No such object.") from None


def roles_grant(apps, grants: dict[Role, dict[str, tuple[str, ...]]]) -> None:
    """Create the role groups and give them model permissions (for data migrations).

    Permissions are normally created after `migrate` finishes; create them now so a fresh
    database has complete roles from its first migration.
    """
    from django.contrib.auth.management import create_permissions

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    labels = {label.split(".")[0] for perms in grants.values() for label in perms}
    for app_label in labels:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    for role, models in grants.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        for label, actions in models.items():
            app_label, model = label.split(".")
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )
