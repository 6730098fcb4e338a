from django.urls import path

from notes.views import chapters, notes, transfer

app_name = "notes"

urlpatterns = [
    path("notes/", notes.note_list, name="list"),
    path("notes/new/", notes.note_new, name="new"),
    path("notes/preview/", notes.note_preview, name="preview"),
    path("notes/import/", transfer.note_import, name="import"),
    path("notes/export.zip", transfer.notes_export_zip, name="export_zip"),
    path("notes/trash/", transfer.note_trash, name="trash"),
    path("notes/<int:pk>/", notes.note_detail, name="detail"),
    path("notes/<int:pk>/edit/", notes.note_edit, name="edit"),
    path("notes/<int:pk>/delete/", notes.note_delete, name="delete"),
    path("notes/<int:pk>/recover/", transfer.note_recover, name="recover"),
    path("notes/<int:pk>/export.md", transfer.note_export, name="export"),
    path("notes/<int:pk>/history/", notes.note_history, name="history"),
    path("notes/<int:pk>/history/<int:number>/", notes.revision_detail, name="revision"),
    path(
        "notes/<int:pk>/history/<int:number>/restore/",
        notes.revision_restore,
        name="restore",
    ),
    path("chapters/", chapters.chapter_list, name="chapters"),
    path("chapters/<int:pk>/", chapters.chapter_detail, name="chapter"),
]
