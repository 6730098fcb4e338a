import json

from quizzes.generation import Draft, NoteInput, Option
from quizzes.generation.drafts import card, fingerprint, normalize, question, sibling_key

from .conftest import gen


def test_normalize_ignores_case_whitespace_and_emphasis():
    assert normalize("  **Docker   daemon**\n is _the_ engine ") == "docker daemon is the engine"


def test_whitespace_only_edits_keep_the_fingerprint():
    before = gen("- **containerd**: a container execution supervisor for the engine\n")
    after = gen("*   **containerd** :  a container   execution supervisor for the engine\n\n")
    assert [d.fingerprint for d in before] == [d.fingerprint for d in after]


def test_a_changed_sentence_changes_the_fingerprint():
    before = gen("- **containerd**: a container execution supervisor for the engine\n")
    after = gen("- **containerd**: a container runtime supervisor for the engine\n")
    assert before[0].fingerprint != after[0].fingerprint


def test_rule_kind_and_item_all_enter_the_fingerprint():
    base = fingerprint("bold", "cloze", "Source text")
    assert base != fingerprint("numbers", "cloze", "Source text")
    assert base != fingerprint("bold", "basic", "Source text")
    assert base != fingerprint("bold", "cloze", "Source text", "second blank")
    assert len(base) == 64 and int(base, 16) >= 0


def test_a_reversed_pair_shares_its_sibling_key_but_not_its_fingerprint():
    front, back = gen("Quorum ::: the majority of managers needed to change the swarm\n")
    assert (front.kind, back.kind) == ("reversed", "reversed")
    assert (
        front.sibling_key
        == back.sibling_key
        == sibling_key("Quorum ::: the majority of managers needed to change the swarm")
    )
    assert front.fingerprint != back.fingerprint


def test_to_dict_is_json_ready_with_every_field():
    draft = question(
        rule="lists",
        text="Which of the following is a storage driver?",
        correct=["overlay2"],
        wrong=["bridge", "json-file", "host"],
        explanation="Storage drivers: overlay2",
        note_id=7,
        lines=(3, 5),
        source="x",
    )
    data = draft.to_dict()
    assert set(data) == {f for f in Draft.__dataclass_fields__ if f != "short_ok"}
    assert {"text": "overlay2", "correct": True} in data["options"]
    assert json.loads(json.dumps(data)) == data
    assert data["answer"] == "overlay2" and data["kind"] == "single"


def test_question_options_are_shuffled_the_same_way_every_time():
    make = lambda: question(  # noqa: E731
        rule="r",
        text="t?",
        correct=["a"],
        wrong=["b", "c", "d"],
        explanation="e",
        note_id=1,
        lines=(1, 1),
        source="s",
    )
    assert make().options == make().options
    assert sum(o.correct for o in make().options) == 1
    assert isinstance(make().options[0], Option)


def test_cards_have_no_options():
    draft = card(
        rule="r",
        kind="basic",
        text="t?",
        answer="a",
        explanation="e",
        note_id="n",
        lines=(1, 1),
        source="s",
    )
    assert draft.options == () and draft.item_type == "card"
    assert NoteInput(1, "t", "b").chapters == ()
