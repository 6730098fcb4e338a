import pytest
from django.test import Client

from tests.factories import PASSWORD


@pytest.fixture
def login_post(db):
    client = Client()

    def post(username: str, password: str):
        return client.post("/accounts/login/", {"username": username, "password": password})

    post.client = client
    return post


def test_login_page_renders_the_form(client, db):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'autocomplete="username"' in html
    assert 'autocomplete="current-password"' in html


def test_a_member_logs_in_and_lands_on_the_dashboard(login_post, member, group):
    response = login_post("member1", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert login_post.client.get("/").status_code == 200


def test_a_wrong_password_is_an_ordinary_form_error(login_post, member):
    response = login_post("member1", "wrong")
    assert response.status_code == 200
    assert b"Please enter a correct username and password" in response.content


def test_login_follows_next_but_not_to_other_sites(login_post, member):
    client = login_post.client
    response = client.post(
        "/accounts/login/?next=/accounts/password/",
        {"username": "member1", "password": PASSWORD, "next": "/accounts/password/"},
    )
    assert response["Location"] == "/accounts/password/"
    client.logout()
    response = client.post(
        "/accounts/login/",
        {"username": "member1", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


def test_five_failures_lock_the_username_with_a_plain_message(login_post, member):
    for _ in range(4):
        assert login_post("member1", "wrong").status_code == 200
    locked = login_post("member1", "wrong")
    assert locked.status_code == 429
    assert b"Too many failed login attempts" in locked.content
    assert b"15 minutes" in locked.content
    # Even the right password is refused while locked.
    again = login_post("member1", PASSWORD)
    assert again.status_code == 429
    assert b"Too many failed login attempts" in again.content
    assert "_auth_user_id" not in login_post.client.session


def test_the_lock_is_per_username(login_post, member, other_member):
    for _ in range(5):
        login_post("member1", "wrong")
    assert login_post("member2", PASSWORD).status_code == 302


def test_a_success_resets_the_failure_count(login_post, member):
    for _ in range(4):
        login_post("member1", "wrong")
    assert login_post("member1", PASSWORD).status_code == 302
    login_post.client.logout()
    for _ in range(4):
        assert login_post("member1", "wrong").status_code == 200


def test_logout_needs_post_and_ends_the_session(member_client):
    assert member_client.get("/accounts/logout/").status_code == 405
    response = member_client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert member_client.get("/").status_code == 302


def test_password_change_keeps_the_member_logged_in(member_client, member):
    response = member_client.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "a-much-better-passphrase-42",
            "new_password2": "a-much-better-passphrase-42",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/done/"
    member.refresh_from_db()
    assert member.check_password("a-much-better-passphrase-42")
    assert member_client.get("/").status_code == 200


def test_password_change_explains_a_weak_password(member_client):
    response = member_client.post(
        "/accounts/password/",
        {"old_password": PASSWORD, "new_password1": "123", "new_password2": "123"},
    )
    assert response.status_code == 200
    assert b"too short" in response.content
