import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.test import RequestFactory

from notes.models import StudyGroup
from notes.roles import Role, get_own_object_or_404, has_role, role_required
from tests.factories import UserFactory


@role_required(Role.ORGANIZER)
def _organizers_only(request):
    return HttpResponse("planning")


def _request_as(user):
    request = RequestFactory().get("/plan/")
    request.user = user
    return request


def test_a_member_without_the_role_gets_403(member):
    with pytest.raises(PermissionDenied):
        _organizers_only(_request_as(member))


def test_an_editor_is_not_an_organizer(editor):
    with pytest.raises(PermissionDenied):
        _organizers_only(_request_as(editor))


def test_the_organizer_gets_through(organizer):
    assert _organizers_only(_request_as(organizer)).content == b"planning"


def test_a_superuser_has_every_role(db):
    admin = UserFactory(username="root", is_superuser=True)
    assert all(has_role(admin, role) for role in Role)


def test_anonymous_has_no_role():
    assert not has_role(AnonymousUser(), Role.EDITOR)


def test_roles_are_groups_created_by_migration_with_permissions(db):
    organizers = Group.objects.get(name=Role.ORGANIZER.value)
    editors = Group.objects.get(name=Role.EDITOR.value)
    assert organizers.permissions.filter(codename="change_studygroup").exists()
    assert not editors.permissions.filter(codename="change_studygroup").exists()
    assert editors.permissions.filter(codename="view_chapter").exists()


def test_another_members_object_is_404(group, member, other_member):
    mine = StudyGroup.objects.filter(members=member)
    assert get_own_object_or_404(mine, member, owner_field="members", pk=group.pk) == group
    outsider = UserFactory(username="stranger")
    with pytest.raises(Http404):
        get_own_object_or_404(
            StudyGroup.objects.all(), outsider, owner_field="members", pk=group.pk
        )
