"""Lead lines of many shapes name the kind of thing a list holds."""

import pytest

from quizzes.generation import NoteInput, generate
from quizzes.generation.families import DECOYS, MEMBERS

from .conftest import cards, correct, gen, questions

STORAGE = {"overlay2", "aufs", "devicemapper", "btrfs", "zfs"}


def items(*names: str) -> str:
    return "".join(f"- {name}\n" for name in names)


def only(drafts, item_type):
    (draft,) = [d for d in drafts if d.item_type == item_type]
    return draft


def wrong(draft):
    return [o.text for o in draft.options if not o.correct]


def test_a_paragraph_lead_with_a_verb_and_a_quantifier():
    drafts = gen(
        "Docker supports several storage drivers:\n\n" + items("overlay2", "aufs", "btrfs", "zfs"),
        rule="lists",
    )
    card = only(drafts, "card")
    assert (card.text, card.answer) == ("Name the 4 storage drivers.", "overlay2, aufs, btrfs, zfs")
    quiz = only(drafts, "question")
    assert quiz.text == "Which of the following is a storage driver?"
    assert correct(quiz)[0] in STORAGE
    assert len(wrong(quiz)) == 3 and not set(wrong(quiz)) & MEMBERS["storagedrivers"]


def test_a_bare_driver_lead_at_top_level_needs_a_heading_or_title_for_its_kind():
    lead = "Some available drivers:\n\n" + items(
        "overlay2", "aufs (the original and oldest)", "zfs"
    )
    assert gen(lead, rule="lists") == []
    assert gen("## Storage and networking\n\n" + lead, rule="lists") == []
    with_heading = gen("## Storage\n\n" + lead)
    assert [d.text for d in cards(with_heading) if d.rule == "lists"] == [
        "Name the 3 storage drivers."
    ]
    (quiz,) = [d for d in questions(with_heading) if d.rule == "lists"]
    assert quiz.text == "Which of the following is a storage driver?"
    assert correct(quiz) == ["overlay2"]
    (described,) = [d for d in cards(with_heading) if d.rule == "described"]
    assert described.text == "Which storage driver is described as the original and oldest?"
    assert described.answer == "aufs"
    titled = generate([NoteInput(1, "Chapter 8: Storage", lead, (8,))])
    assert "Name the 3 storage drivers." in [d.text for d in titled]


def test_the_main_x_are():
    drafts = gen(
        "The main network drivers are:\n\n" + items("bridge", "overlay", "macvlan", "host"),
        rule="lists",
    )
    card = only(drafts, "card")
    assert (card.text, card.answer) == (
        "Name the 4 network drivers.",
        "bridge, overlay, macvlan, host",
    )
    quiz = only(drafts, "question")
    assert quiz.text == "Which of the following is a network driver?"
    assert correct(quiz) == ["bridge"]


def test_x_include():
    drafts = gen("Network drivers include:\n\n" + items("bridge", "overlay", "host"), rule="lists")
    assert only(drafts, "card").text == "Name the 3 network drivers."
    quiz = only(drafts, "question")
    assert quiz.text == "Which of the following is a network driver?"
    assert correct(quiz) == ["bridge"]
    assert not set(wrong(quiz)) & MEMBERS["networkdrivers"]


def test_there_are_n_things_and_the_list_is_trusted_over_the_number():
    drafts = gen("There are three swarm node types:\n\n" + items("manager", "worker"), rule="lists")
    card = only(drafts, "card")
    assert (card.text, card.answer) == ("Name the 2 swarm node types.", "manager, worker")
    quiz = only(drafts, "question")
    assert quiz.text == "Which of the following is a swarm node type?"
    assert correct(quiz) == ["manager"]
    assert set(wrong(quiz)) == {"volume", "bind mount", "tmpfs"}  # other "types"


def test_a_subject_has_n_kinds_of_things():
    mounts = "Docker has two kinds of mounts:\n\n" + items("volumes", "bind mounts")
    assert [d.text for d in gen(mounts, rule="lists")] == ["Name the 2 kinds of mounts."]
    drafts = gen(mounts + "\nSwarm node types:\n\n" + items("manager", "worker"), rule="lists")
    (quiz,) = [d for d in questions(drafts) if "mount" in d.text]
    assert quiz.text == "Which of the following is a kind of mount?"
    assert correct(quiz) == ["bind mounts"]
    assert set(wrong(quiz)) == {"manager", "worker"}  # never volume or tmpfs: also mounts


def test_a_proper_qualifier_keeps_its_capital():
    drafts = gen(
        "Common Dockerfile instructions:\n\n" + items("FROM", "RUN", "COPY", "CMD"), rule="lists"
    )
    card = only(drafts, "card")
    assert (card.text, card.answer) == (
        "Name the 4 Dockerfile instructions.",
        "FROM, RUN, COPY, CMD",
    )
    quiz = only(drafts, "question")
    assert quiz.text == "Which of the following is a Dockerfile instruction?"
    assert correct(quiz) == ["FROM"]
    assert set(wrong(quiz)) <= set(DECOYS["dockerfileinstructions"])
    assert not set(wrong(quiz)) & MEMBERS["dockerfileinstructions"]


@pytest.mark.parametrize(
    "lead",
    [
        "Key features of Docker Swarm:",
        "Security features:",
        "Swarm has several benefits:",
        "Some tips:",
        "Advantages of volumes:",
        "Reasons to use overlay networks:",
        "Volumes are:",
        "The drivers are:",
    ],
)
def test_vague_or_unclear_heads_give_nothing(lead):
    notes = lead + "\n\n" + items("Orchestration", "Load balancing", "Scaling")
    assert gen(notes, rule="lists") == [] and gen(notes, rule="described") == []


def test_described_items_under_a_sentence_lead():
    drafts = gen(
        "Docker supports several storage drivers:\n\n"
        + items("aufs (the original and oldest)", "overlay2", "btrfs"),
        rule="described",
    )
    card = only(drafts, "card")
    assert (card.text, card.answer) == (
        "Which storage driver is described as the original and oldest?",
        "aufs",
    )


def test_a_subject_that_owns_generic_parts_keeps_them():
    drafts = cards(
        gen("The CNM has three major building blocks:\n\n" + items("Sandboxes", "Endpoints"))
    )
    assert "Name the 2 major building blocks of the CNM." in [d.text for d in drafts]


@pytest.mark.parametrize(
    ("lead", "card"),
    [
        ("Network drivers available in Docker are:", "Name the 3 network drivers."),
        ("Docker's logging drivers:", "Name the 3 logging drivers."),
        ("Docker ships with these network drivers, such as:", "Name the 3 network drivers."),
        ("The following restart policies are available:", "Name the 3 restart policies."),
        ("Docker supports three IP address classes:", "Name the 3 IP address classes."),
    ],
)
def test_more_sentence_shapes(lead, card):
    drafts = cards(gen(lead + "\n\n" + items("alpha", "beta", "gamma"), rule="lists"))
    assert [d.text for d in drafts] == [card]
