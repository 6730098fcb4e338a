"""factory_boy factories: users with roles, study groups and the syllabus."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from notes.models import Book, Chapter, Domain, Objective, StudyGroup
from notes.roles import Role

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def roles(self, create: bool, extracted: list[Role] | None, **kwargs) -> None:
        for role in extracted or []:
            self.groups.add(Group.objects.get_or_create(name=role.value)[0])


class StudyGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StudyGroup
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Study group {n}")
    exam_date = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(weeks=8))

    @factory.post_generation
    def members(self, create: bool, extracted, **kwargs) -> None:
        if extracted:
            self.members.add(*extracted)

    @factory.post_generation
    def organizers(self, create: bool, extracted, **kwargs) -> None:
        if extracted:
            self.organizers.add(*extracted)
            self.members.add(*extracted)


class DomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Domain
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"X{n}")
    name = factory.Sequence(lambda n: f"Domain {n}")
    weight = 10


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective
        django_get_or_create = ("code",)

    domain = factory.SubFactory(DomainFactory)
    code = factory.LazyAttributeSequence(lambda o, n: f"{o.domain.code}.{n:02d}")
    text = factory.Faker("sentence")


class BookFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Book
        django_get_or_create = ("title",)

    title = "Docker Deep Dive"
    author = "Nigel Poulton"


class ChapterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Chapter
        django_get_or_create = ("book", "number")
        skip_postgeneration_save = True

    book = factory.SubFactory(BookFactory)
    number = factory.Sequence(lambda n: 100 + n)
    title = factory.Faker("sentence", nb_words=3)

    @factory.post_generation
    def objectives(self, create: bool, extracted, **kwargs) -> None:
        if extracted:
            self.objectives.add(*extracted)


def make_note(*, author, group, title="Storage drivers", body="# Drivers\n\n- aufs\n", chapters=()):
    """A note saved the way the app saves one (revision 1, rendered HTML)."""
    from notes.services import note_create

    return note_create(author=author, group=group, title=title, body=body, chapters=chapters)
