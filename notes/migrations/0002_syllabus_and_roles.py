from django.db import migrations


def load(apps, schema_editor):
    from notes.roles import ROLE_PERMISSIONS, roles_grant
    from notes.syllabus import syllabus_load

    syllabus_load(
        Domain=apps.get_model("notes", "Domain"),
        Objective=apps.get_model("notes", "Objective"),
        Book=apps.get_model("notes", "Book"),
        Chapter=apps.get_model("notes", "Chapter"),
    )
    roles_grant(apps, ROLE_PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("notes", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
