from unittest import mock

import pytest
from django.db import OperationalError


@pytest.mark.django_db
def test_healthz_says_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client):
    with mock.patch("config.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503


def test_healthz_answers_head_for_load_balancers(client, db):
    assert client.head("/healthz").status_code == 200


def test_healthz_refuses_post(client, db):
    assert client.post("/healthz").status_code == 405


def test_pages_carry_strict_security_headers(member_client, group):
    response = member_client.get("/")
    assert response.status_code == 200
    csp = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert "unsafe-inline" not in csp["script-src"]
    assert "unsafe-eval" not in csp["script-src"]
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_pages_contain_no_inline_script(member_client, group):
    html = member_client.get("/").content.decode()
    for tag in html.split("<script")[1:]:
        opening = tag.split(">", 1)[0]
        assert "src=" in opening, f"inline script found: <script{opening}>"
    assert " style=" not in html
    assert "hx-on" not in html


def test_htmx_is_served_by_the_app_not_a_cdn(member_client, group):
    html = member_client.get("/").content.decode()
    assert "/static/django_htmx/htmx" in html
    assert "https://" not in html.split("<body", 1)[0]


def test_post_without_csrf_token_is_refused(csrf_client):
    response = csrf_client.post("/accounts/logout/")
    assert response.status_code == 403
    assert b"This form has expired" in response.content


def test_htmx_post_without_csrf_header_is_refused(csrf_client):
    response = csrf_client.post("/accounts/password/", headers={"HX-Request": "true"})
    assert response.status_code == 403


def test_htmx_post_with_csrf_header_passes_the_check(csrf_client):
    page = csrf_client.get("/accounts/password/")
    token = page.context["csrf_token"]
    response = csrf_client.post(
        "/accounts/password/", headers={"HX-Request": "true", "X-CSRFToken": str(token)}
    )
    assert response.status_code == 200  # form errors, but past the CSRF check


def test_healthz_asks_the_database_one_question(member_client, group, django_assert_num_queries):
    with django_assert_num_queries(1):  # not even the session of a logged-in caller
        assert member_client.get("/healthz").status_code == 200
