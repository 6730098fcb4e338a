"""Load settings early so bad configuration ends start-up with one clear sentence."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured


def load_settings_or_exit() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 - touching a setting imports the module
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"Configuration error: {exc}\n")
        sys.exit(2)
