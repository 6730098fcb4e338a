from django.db import migrations

EDITOR_GRANTS = {
    "quizzes.card": ("view", "change"),
    "quizzes.question": ("view", "change", "add"),
    "quizzes.choice": ("view", "change", "add", "delete"),
}


def grant(apps, schema_editor):
    from notes.roles import Role, roles_grant

    roles_grant(apps, {Role.EDITOR: EDITOR_GRANTS})


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0003_status_before_retire"),
        ("notes", "0003_notes_and_revisions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
