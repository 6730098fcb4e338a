from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = "Cards, questions and reviews"

    def ready(self) -> None:
        from notes.services import note_changed_hooks
        from notes.views.notes import note_panels
        from quizzes.sync import notes_changed
        from quizzes.views.panels import note_items_panel

        if notes_changed not in note_changed_hooks:
            note_changed_hooks.append(notes_changed)
        if note_items_panel not in note_panels:
            note_panels.append(note_items_panel)
