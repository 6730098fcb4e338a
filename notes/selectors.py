from django.http import Http404

from notes.models import StudyGroup


def group_for_member(user) -> StudyGroup | None:
    """The study group a member belongs to (the first one, should there be several).

    Cached on the user object, so one request asks the database once.
    """
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_study_group"):
        user._study_group = StudyGroup.objects.filter(members=user).order_by("pk").first()
    return user._study_group


def group_for_member_or_404(user) -> StudyGroup:
    group = group_for_member(user)
    if group is None:
        raise Http404("You are not in a study group yet.")
    return group
