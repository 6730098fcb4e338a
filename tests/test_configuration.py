"""Start-up configuration: production values pass `check --deploy`, bad values stop cleanly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "pWq3-9zK8vR2mN7xL4cT6yB1hF5jD0sG-aE8uQ2wZ7kP3nM9rV6tY4xC1bH5jL0",
    "ALLOWED_HOSTS": "studyhall.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://studyhall.example.org",
    "HTTPS": "1",
    "EMAIL_HOST": "smtp.example.org",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_check_deploy_with_production_values_prints_no_warning():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_a_missing_secret_key_stops_with_one_sentence():
    env = {**PRODUCTION}
    del env["SECRET_KEY"]
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Configuration error: SECRET_KEY is not set")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_malformed_database_url_stops_with_one_sentence():
    result = _manage("check", env={**PRODUCTION, "DATABASE_URL": "nonsense://"})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "DATABASE_URL is malformed" in result.stderr


def test_a_non_boolean_debug_is_named():
    result = _manage("check", env={**PRODUCTION, "DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_env_helpers_read_typed_values(monkeypatch):
    monkeypatch.setenv("X_BOOL", "yes")
    monkeypatch.setenv("X_INT", "42")
    monkeypatch.setenv("X_LIST", " a.example, b.example ,")
    assert env_bool("X_BOOL") is True
    assert env_int("X_INT", 0) == 42
    assert env_list("X_LIST") == ["a.example", "b.example"]
    assert env_bool("X_MISSING", True) is True
    monkeypatch.setenv("X_INT", "forty")
    with pytest.raises(ImproperlyConfigured, match="X_INT must be a whole number"):
        env_int("X_INT", 0)
