"""What the group's real sample notes (treated as chapters 1-5) must give."""

from collections import Counter

from .conftest import by_text, cards, correct, questions


def test_enough_cards_and_questions(sample_drafts):
    assert len(cards(sample_drafts)) >= 40
    assert len(questions(sample_drafts)) >= 15


def test_containerd_is_defined(sample_drafts):
    (draft,) = by_text(cards(sample_drafts), "What is containerd?")
    assert "container execution supervisor" in draft.answer
    assert (draft.line_start, draft.line_end) == (79, 79)
    assert draft.rule == "definitions"


def test_runc_shim_and_dockerd_each_get_an_item(sample_drafts):
    for name in ("runc", "containerd-shim", "dockerd"):
        assert any(
            name in f"{d.text} {d.answer} {' '.join(o.text for o in d.options)}".split()
            or name in d.text
            or d.answer == name
            for d in sample_drafts
        ), name


def test_name_the_storage_drivers(sample_drafts):
    (draft,) = by_text(cards(sample_drafts), "Name the 5 storage drivers")
    assert draft.kind == "list"
    for driver in ("aufs", "overlay2", "devicemapper", "btrfs", "zfs"):
        assert driver in draft.answer


def test_which_storage_driver_is_the_original_and_oldest(sample_drafts):
    (quiz,) = by_text(questions(sample_drafts), "storage driver is described as the original")
    assert correct(quiz) == ["aufs"]


def test_the_upgrade_steps_in_order(sample_drafts):
    (quiz,) = by_text(questions(sample_drafts), "When upgrading Docker")
    assert correct(quiz)[0].startswith("Stop Docker daemon → remove old version")


def test_the_protocols_of_the_engine(sample_drafts):
    answers = {correct(q)[0]: q.text for q in questions(sample_drafts) if q.rule == "arrows"}
    assert answers["REST"] == "Which protocol links the Docker client and the Docker daemon?"
    assert answers["gRPC"] == "Which protocol links the Docker daemon and containerd?"


def test_nothing_from_resources_todo_or_logistics(sample_drafts):
    # lines 1-20: the date, "Wyn led discussion", "Next meeting", the TODO and the links
    assert [d for d in sample_drafts if d.line_start <= 20] == []
    assert [d for d in sample_drafts if d.line_start >= 93] == []  # "Want more?" and a link
    text = " ".join(f"{d.text} {d.answer} {d.explanation}" for d in sample_drafts).lower()
    for noise in ("wyn", "katakoda", "petazzo", "exercises", "next meeting", "5/31"):
        assert noise not in text


def test_every_rule_for_ordinary_notes_contributes(sample_drafts):
    rules = Counter(d.rule for d in sample_drafts)
    assert {"definitions", "lists", "described", "steps", "arrows", "bold"} <= set(rules)


def test_every_draft_is_traceable_and_unique(sample_drafts):
    assert len({d.fingerprint for d in sample_drafts}) == len(sample_drafts)
    for draft in sample_drafts:
        assert draft.explanation and draft.note_id == 1
        assert 21 <= draft.line_start <= draft.line_end <= 96
        assert draft.domain in {"D1", "D2", "D3", "D4", "D5", "D6"}
        assert draft.chapter in {1, 2, 3, 4, 5}
