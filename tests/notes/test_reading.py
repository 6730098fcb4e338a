"""Finding notes: list, search, filters, chapters; and how many queries that costs."""

import pytest

from tests.factories import StudyGroupFactory, UserFactory, make_note


@pytest.fixture
def library(group, member, other_member, chapters):
    make_note(
        author=member,
        group=group,
        title="Storage drivers",
        body="overlay2 is the default storage driver.",
        chapters=[chapters[3]],
    )
    make_note(
        author=other_member,
        group=group,
        title="Swarm basics",
        body="A swarm has managers and workers. Port 2377.",
        chapters=[chapters[10]],
    )
    make_note(
        author=member,
        group=group,
        title="Networking",
        body="The overlay network spans the swarm nodes.",
        chapters=[chapters[11], chapters[12]],
    )
    outsider_group = StudyGroupFactory(members=[UserFactory(username="elsewhere")])
    make_note(author=None, group=outsider_group, title="Secret swarm plans", body="swarm")


def _titles(client, query: str) -> list[str]:
    response = client.get(f"/notes/?{query}")
    return [note.title for note in response.context["page"].object_list]


def test_the_list_shows_only_the_groups_notes(member_client, library):
    titles = _titles(member_client, "")
    assert sorted(titles) == ["Networking", "Storage drivers", "Swarm basics"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=swarm", ["Networking", "Swarm basics"]),
        ("q=SWARM+managers", ["Swarm basics"]),
        ("q=overlay2", ["Storage drivers"]),
        ("q=2377", ["Swarm basics"]),
        ("q=nothing-like-this", []),
        ("chapter=10", ["Swarm basics"]),
        ("chapter=12", ["Networking"]),
        ("author=member2", ["Swarm basics"]),
        ("q=swarm&author=member1", ["Networking"]),
    ],
)
def test_search_and_filters(member_client, library, query, expected):
    assert sorted(_titles(member_client, query)) == expected


def test_an_empty_search_says_so(member_client, library):
    assert b"No notes match" in member_client.get("/notes/?q=zzzz").content


def test_an_empty_library_invites_to_write(member_client, group):
    assert b"No notes yet" in member_client.get("/notes/").content


def test_htmx_search_returns_only_the_results(member_client, library):
    response = member_client.get("/notes/?q=swarm", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<html" not in html


def test_the_list_is_paginated(member_client, group, member):
    for n in range(25):
        make_note(author=member, group=group, title=f"Note {n:02d}")
    first = member_client.get("/notes/")
    assert len(first.context["page"].object_list) == 20
    assert b"Page 1 of 2" in first.content
    assert len(member_client.get("/notes/?page=2").context["page"].object_list) == 5
    assert member_client.get("/notes/?page=999").status_code == 200


def _count_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/notes/", "/chapters/", "/chapters/{ch}/"])
def test_list_pages_use_a_constant_number_of_queries(
    member_client, group, member, chapters, url, django_assert_max_num_queries
):
    url = url.format(ch=chapters[5].pk)
    make_note(author=member, group=group, chapters=[chapters[5]])
    with django_assert_max_num_queries(12) as few:
        member_client.get(url)
    baseline = len(few.captured_queries)
    for n in range(15):
        make_note(author=member, group=group, title=f"n{n}", chapters=[chapters[5], chapters[6]])
    with django_assert_max_num_queries(baseline):
        assert member_client.get(url).status_code == 200


def test_chapters_list_objectives_domains_and_note_counts(member_client, library):
    html = member_client.get("/chapters/").content.decode()
    assert "10. Docker Swarm" in html
    assert "D1 Orchestration" in html
    swarm = next(c for c in member_client.get("/chapters/").context["chapters"] if c.number == 10)
    assert swarm.note_count == 1  # the other group's swarm note is not counted


def test_a_chapter_page_lists_its_objectives_and_notes(member_client, library, chapters):
    html = member_client.get(f"/chapters/{chapters[10].pk}/").content.decode()
    assert "D1.03" in html and "Describe the importance of quorum" in html
    assert "Swarm basics" in html
    assert "Secret swarm plans" not in html
    assert member_client.get("/chapters/9999/").status_code == 404
