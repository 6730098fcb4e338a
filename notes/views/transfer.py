"""Import notes from files, export them as Markdown, and the organizer's trash."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from notes.access import note_for_reader_or_404
from notes.forms import ImportForm
from notes.frontmatter import with_front_matter
from notes.importing import ImportRefused, build_zip, export_filename, read_upload
from notes.models import Note
from notes.roles import Role, role_required
from notes.selectors import group_for_member
from notes.services import note_undelete, notes_import

# The biggest request an import may be: a 20 MB zip plus form overhead.
MAX_UPLOAD_BYTES = 21 * 1024 * 1024


@require_http_methods(["GET", "POST"])
def note_import(request: HttpRequest) -> HttpResponse:
    group = group_for_member(request.user)
    context = {"form": ImportForm(), "group": group, "report": None, "error": None}
    if request.method == "GET":
        return render(request, "notes/import.html", context)
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_UPLOAD_BYTES:
        context["error"] = "That upload is too big: files may be 2 MB each and a zip 20 MB in all."
        return render(request, "notes/import.html", context, status=413)
    if group is None:
        context["error"] = "You are not in a study group yet, so there is nowhere to import."
        return render(request, "notes/import.html", context, status=400)
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "notes/import.html", {**context, "form": form}, status=400)
    chapter = form.cleaned_data["chapter"]
    try:
        report = notes_import(
            files=_read_files(form.cleaned_data["files"]),
            author=request.user,
            group=group,
            chapter_override=[chapter.number] if chapter else None,
        )
    except ImportRefused as refused:
        context["error"] = f"{refused.message} Nothing was imported."
        return render(request, "notes/import.html", {**context, "form": form}, status=400)
    messages.success(
        request,
        f"Imported {len(report.lines)} file(s): {report.count('created')} new, "
        f"{report.count('updated')} updated, {report.count('unchanged')} unchanged.",
    )
    return render(request, "notes/import.html", {**context, "report": report})


def _read_files(uploads) -> list:
    files = []
    for upload in uploads:
        if upload.size > MAX_UPLOAD_BYTES:
            raise ImportRefused(f"{upload.name} is larger than 20 MB.")
        files.extend(read_upload(upload.name, upload.read()))
    if not files:
        raise ImportRefused("The upload holds no Markdown or text file.")
    return files


@require_GET
def note_export(request: HttpRequest, pk: int) -> HttpResponse:
    note = note_for_reader_or_404(request.user, pk)
    filename = export_filename(note.title, tuple(note.chapter_numbers()))
    response = HttpResponse(_with_title(note), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def notes_export_zip(request: HttpRequest) -> HttpResponse:
    notes = Note.objects.visible_to(request.user).prefetch_related("chapters").order_by("pk")
    files = [
        (export_filename(note.title, tuple(note.chapter_numbers())), _with_title(note))
        for note in notes
    ]
    response = HttpResponse(build_zip(files), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="study-hall-notes.zip"'
    return response


def _with_title(note: Note) -> str:
    """The body behind a front-matter block, so a re-import restores title and chapters."""
    return with_front_matter(note.title, tuple(note.chapter_numbers()), note.body)


@require_GET
@role_required(Role.ORGANIZER)
def note_trash(request: HttpRequest) -> HttpResponse:
    group = group_for_member(request.user)
    notes = (
        Note.objects.filter(group=group, deleted_at__isnull=False)
        .select_related("author", "deleted_by")
        .order_by("-deleted_at")
    )
    return render(request, "notes/trash.html", {"notes": notes})


@require_POST
@role_required(Role.ORGANIZER)
def note_recover(request: HttpRequest, pk: int) -> HttpResponse:
    group = group_for_member(request.user)
    note = get_object_or_404(Note, pk=pk, group=group, deleted_at__isnull=False)
    note_undelete(note=note)
    messages.success(request, f"Restored “{note.title}” with all its revisions.")
    return redirect(note)
