"""Every page needs a login, except the login page itself, /healthz and static files.

The test walks the whole URL configuration, so a view added later without protection fails
here without anybody having to remember to write a test for it.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve

PUBLIC = {"/accounts/login/", "/healthz"}
SAMPLE = {
    "int": "1",
    "str": "x",
    "slug": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "path": "x",
}


def _walk(patterns, prefix=""):
    for entry in patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                # The admin has its own login; checked separately below.
                continue
            yield from _walk(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            yield prefix + route


def _sample_url(route: str) -> str:
    url = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLE[m.group(1) or "str"], route)
    return "/" + url.lstrip("^").rstrip("$")


ALL_URLS = sorted({_sample_url(route) for route in _walk(get_resolver().url_patterns)})


def test_the_walk_finds_the_project_pages():
    assert "/" in ALL_URLS
    assert "/accounts/password/" in ALL_URLS
    assert len(ALL_URLS) >= 5


@pytest.mark.django_db
@pytest.mark.parametrize("url", [u for u in ALL_URLS if u not in PUBLIC])
def test_anonymous_get_redirects_to_login(client, url):
    resolve(url)  # the sample URL must reach the view it stands for
    response = client.get(url)
    assert response.status_code == 302, url
    assert response["Location"].startswith("/accounts/login/?next="), url


@pytest.mark.django_db
def test_the_admin_asks_for_its_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
@pytest.mark.parametrize("url", sorted(PUBLIC))
def test_public_pages_answer_without_login(client, url):
    assert client.get(url).status_code == 200
