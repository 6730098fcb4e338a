"""Project-wide pages: the dashboard and the health check."""

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from notes.selectors import group_for_member
from quizzes.reviewing import Deck, next_card


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    group = group_for_member(request.user)
    counts = None
    if group is not None:
        _, counts = next_card(request.user, group, Deck(), timezone.now(), counts_only=True)
    context = {
        "group": group,
        "days_to_exam": group.days_to_exam() if group else None,
        "counts": counts,
    }
    return render(request, "dashboard.html", context)


@login_not_required
@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@login_not_required
def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403_csrf.html", status=403)
