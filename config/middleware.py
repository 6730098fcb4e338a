"""Small project-wide middleware."""

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils import timezone

from notes.selectors import group_for_member


class RejectNulMiddleware:
    """A NUL character in the query string is never legitimate (PostgreSQL refuses it)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if any("\x00" in value for values in request.GET.lists() for value in values[1]):
            return HttpResponseBadRequest("Bad request: the address contains a NUL character.")
        return self.get_response(request)


class GroupTimeZoneMiddleware:
    """Show times in the member's study group time zone."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        # Public views (login, health check) need no group: don't load the session for them.
        if getattr(view_func, "login_required", True) is False:
            return
        group = group_for_member(request.user) if request.user.is_authenticated else None
        if group is not None:
            timezone.activate(group.zone)
