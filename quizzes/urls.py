from django.urls import path

from quizzes.views import cards, queue, review

app_name = "quizzes"

urlpatterns = [
    path("cards/", cards.card_browser, name="cards"),
    path("cards/<int:pk>/restore/", cards.card_restore, name="restore"),
    path("settings/", cards.study_settings, name="settings"),
    path("export/anki.apkg", cards.anki_export, name="anki"),
    path("review/", review.review_page, name="review"),
    path("review/answer/", review.review_answer, name="answer"),
    path("review/undo/", review.review_undo_view, name="undo"),
    path("review/bury/", review.review_bury, name="bury"),
    path("review/suspend/", review.review_suspend, name="suspend"),
    path("review/flag/", review.review_flag, name="flag"),
    path("cards/queue/", queue.queue, name="queue"),
    path("cards/queue/<str:kind>/<int:pk>/edit/", queue.item_edit, name="edit"),
    path(
        "cards/queue/<str:kind>/<int:pk>/approve/",
        queue.item_decide,
        {"decision": "approve"},
        name="approve",
    ),
    path(
        "cards/queue/<str:kind>/<int:pk>/reject/",
        queue.item_decide,
        {"decision": "reject"},
        name="reject",
    ),
    path(
        "cards/queue/notes/<int:note_id>/approve-all/", queue.note_approve_all, name="approve_all"
    ),
]
