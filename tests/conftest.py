import pytest
from django.test import Client

from notes.roles import Role
from tests.factories import PASSWORD, StudyGroupFactory, UserFactory


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # The manifest storage needs `collectstatic`; tests serve static files from the source.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def member(db):
    return UserFactory(username="member1", first_name="Wyn")


@pytest.fixture
def other_member(db):
    return UserFactory(username="member2", first_name="Priya")


@pytest.fixture
def organizer(db):
    return UserFactory(username="organizer", roles=[Role.ORGANIZER], is_staff=True)


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", roles=[Role.EDITOR], is_staff=True)


@pytest.fixture
def outsider(db):
    """A logged-in user who belongs to no study group."""
    return UserFactory(username="outsider")


@pytest.fixture
def group(db, member, other_member, organizer, editor):
    return StudyGroupFactory(
        name="Thursday DCA group",
        members=[member, other_member, editor],
        organizers=[organizer],
    )


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def member_client(member) -> Client:
    return _client_for(member)


@pytest.fixture
def organizer_client(organizer) -> Client:
    return _client_for(organizer)


@pytest.fixture
def editor_client(editor) -> Client:
    return _client_for(editor)


@pytest.fixture
def csrf_client(member) -> Client:
    """A logged-in client that enforces CSRF checks like a browser would meet them."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    return client
