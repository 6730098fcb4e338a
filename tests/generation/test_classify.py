from quizzes.generation import NoteInput, Syllabus, generate
from quizzes.generation.classify import Classifier, keyword_scores

from .conftest import by_text, gen, read


def test_keywords_point_at_domains():
    assert keyword_scores("docker swarm init and quorum of managers").most_common(1)[0][0] == "D1"
    assert keyword_scores("overlay network uses VXLAN on port 4789").most_common(1)[0][0] == "D4"
    assert keyword_scores("a named volume with a bind mount").most_common(1)[0][0] == "D6"
    assert keyword_scores("Docker Content Trust signs images with Notary").most_common(1)[0][0] == (
        "D5"
    )


def test_the_chapter_wins_unless_keywords_say_otherwise(syllabus):
    classifier = Classifier(syllabus)
    # Chapter 13 maps to D6 and D1: a neutral sentence follows the chapter
    assert classifier.classify("What is persistent data for?", [], (13,))[0] == "D6"
    # a clearly networking item in the swarm chapter goes to networking
    assert classifier.classify("VXLAN overlay network port 4789", [], (10,))[0] == "D4"


def test_objectives_only_when_confident(syllabus):
    classifier = Classifier(syllabus)
    assert classifier.classify("How many managers keep quorum?", [], (10,)) == ("D1", "D1.03")
    assert classifier.classify("Name the 5 storage drivers.", [], (3,)) == ("D6", "D6.01")
    assert classifier.classify("What is Moby?", [], (2,))[1] is None


def test_no_syllabus_and_no_keywords_means_no_domain():
    assert Classifier(None).classify("What is the answer to everything?", [], ()) == (None, None)
    assert Classifier(None).classify("Which command lists swarm nodes?", [], ()) == ("D1", None)


def test_every_sample_draft_has_a_domain_and_the_right_chapter(sample_drafts):
    assert all(d.domain for d in sample_drafts)
    assert by_text(sample_drafts, "Name the 5 storage drivers")[0].chapter == 3
    assert by_text(sample_drafts, "What is containerd?")[0].chapter == 5
    assert by_text(sample_drafts, "What is Kubernetes?")[0].chapter == 2


def test_a_chapter_heading_picks_the_chapter(syllabus):
    note = "## Chapter 11\n\n- **Sandbox**: an isolated network stack for a container\n"
    drafts = generate([NoteInput(1, "notes", note, (10, 11))], syllabus)
    assert {d.chapter for d in drafts} == {11}
    assert {d.domain for d in drafts} == {"D4"}


def test_a_note_with_one_chapter_gives_it_to_every_draft(syllabus):
    drafts = gen(read("ch13-volumes.md"), chapters=(13,), syllabus=syllabus)
    assert {d.chapter for d in drafts} == {13}
    assert {d.domain for d in drafts} == {"D6"}


def test_it_runs_without_a_syllabus():
    drafts = gen(read("ch10-swarm.md"))
    assert drafts and all(d.objective is None for d in drafts)
    assert {d.domain for d in drafts} <= {"D1", "D4", "D5", "D3"}
    assert Syllabus.from_data({}, {}).domains == ()


def test_without_a_syllabus_a_chapter_still_gives_a_domain():
    drafts = gen("- **Quux**: a thing the author made up for the test\n", chapters=(8,))
    assert drafts and {d.domain for d in drafts} == {"D2"}


def test_the_built_in_chapter_table_matches_the_book_file(syllabus):
    from collections import Counter

    from quizzes.generation.classify import BOOK_CHAPTER_DOMAINS

    for number, codes in syllabus.chapter_objectives.items():
        expected = Counter(syllabus.domain_of(code) for code in codes)
        assert Counter(BOOK_CHAPTER_DOMAINS[number].split()) == expected, number


def test_the_note_title_can_name_the_chapter():
    drafts = generate([NoteInput(1, "Chapter 10 notes", "- **Quorum**: the majority of managers")])
    assert {d.chapter for d in drafts} == {10}
