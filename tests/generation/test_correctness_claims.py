"""Correctness: claims under test are never facts; placeholders, labels, context and logistics."""

import pytest

from quizzes.generation.parser import parse

from .conftest import cards, gen

QUIZ = """## Cleaning up
- `docker volume prune` deletes all unused volumes.

True or false: `docker system prune` removes volumes by default.
- [ ] True
- [x] False (needs `--volumes`)
"""


def test_true_or_false_claim_is_not_a_fact():
    drafts = gen(QUIZ)
    for d in drafts:
        assert not (d.answer == "`docker system prune`" and "removes volumes" in d.text)
        assert "removes volumes by default" not in d.answer.lower()
    assert any("docker volume prune" in d.text + d.answer for d in drafts)


def test_true_or_false_quiz_becomes_a_verdict_card():
    made = [d for d in gen(QUIZ, rule="choices")]
    assert [(d.item_type, d.text, d.answer) for d in made] == [
        (
            "card",
            "True or false: `docker system prune` removes volumes by default?",
            "False \u2014 needs `--volumes`",
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "T/F: `docker system prune` removes volumes by default.",
        "Quiz: `docker system prune` removes volumes by default.",
        "Q: `docker system prune` removes volumes by default.",
        "\u274c `docker system prune` removes volumes by default.",
        "WRONG: `docker system prune` removes volumes by default.",
        "Myth: `docker system prune` removes volumes by default.",
        "Does `docker system prune` remove volumes by default?",
    ],
)
def test_claims_and_wrong_lines_give_no_facts(line):
    for markdown in (line + "\n", f"- {line}\n- `docker ps` lists running containers\n"):
        assert not [d for d in gen(markdown) if "docker system prune" in d.text + d.answer]


def test_yes_no_task_list_makes_its_lead_a_claim():
    doc = parse(1, "`docker system prune` removes volumes by default.\n- [x] No\n- [ ] Yes\n")
    assert [b.claim for b in doc.flat] == [True, True, True, True]


def test_angle_bracket_placeholders_are_kept():
    notes = (
        "Where do local volumes live? :: /var/lib/docker/volumes/<name>/_data\n"
        "Where is the writable layer? :: under /var/lib/docker/<storage-driver>/\n"
    )
    answers = [d.answer for d in gen(notes, rule="explicit")]
    assert answers == [
        "/var/lib/docker/volumes/<name>/_data",
        "under /var/lib/docker/<storage-driver>/",
    ]


def test_real_inline_html_is_still_dropped():
    doc = parse(1, "Volumes <b>persist</b> data<br>beyond a container.\n")
    assert doc.flat[0].span.text == "Volumes persist databeyond a container."


def test_reverse_card_only_for_proper_terms():
    notes = (
        "- old arch: engine used LXC as exec driver, replaced by libcontainer in Docker 0.9\n"
        "- containerd: daemon that manages the container lifecycle on a host\n"
    )
    got = [d.text for d in cards(gen(notes, rule="definitions"))]
    assert not any(t.startswith("What is described as") and "LXC" in t for t in got)
    assert not any(d.answer == "old arch" for d in gen(notes))


def test_heading_context_needs_a_topic():
    for heading in ("Docker - my notes", "Discussion: RBAC", "Summary"):
        notes = f"## {heading}\n- versioning: YY.MM format, e.g. 17.03 = March 2017\n"
        assert not any("In the context of" in d.text for d in gen(notes))
    notes = "## 4.3 Modes\n- replicated: run exactly N tasks across the swarm nodes\n"
    assert not any("4.3" in d.text for d in gen(notes))


@pytest.mark.parametrize("label", ["Date", "Present", "Attendees", "Next meeting", "Notes by"])
def test_meeting_labels_are_not_cards(label):
    notes = f"**{label}:** Thu 14 March, 19:00 (Zoom), Priya and Raj\n\n- {label}: Priya, Raj\n"
    assert not [d for d in gen(notes) if label.lower() in (d.text + d.answer).lower()]
