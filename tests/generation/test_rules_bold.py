from .conftest import gen


def test_a_bold_phrase_inside_a_sentence_becomes_a_cloze():
    (draft,) = gen("Swarm uses the **Raft** consensus algorithm to keep managers in sync.\n")
    assert (draft.rule, draft.kind) == ("bold", "cloze")
    assert draft.text == "Swarm uses the [...] consensus algorithm to keep managers in sync."
    assert draft.answer == "Raft"
    assert draft.explanation == "Swarm uses the Raft consensus algorithm to keep managers in sync."


def test_bold_definition_terms_whole_items_and_emphasis_are_not_clozes():
    notes = (
        "- **Manager nodes**: run the control plane of the swarm cluster\n"
        "- **Always drain a node before maintenance**\n"
        "- You must **not** remove the last manager from a swarm cluster.\n"
        "**TODO:** read the **Raft** paper before the next meeting\n"
    )
    assert gen(notes, rule="bold") == []


def test_sentences_crowded_with_bold_or_starting_with_a_pronoun_are_skipped():
    notes = (
        "Docker ships the **bridge**, **host**, **overlay** and **macvlan** network drivers.\n\n"
        "It provides **service discovery** for containers on the same network.\n"
    )
    assert gen(notes, rule="bold") == []


def test_the_definition_colon_is_read_as_is():
    (draft,) = gen(
        "- **containerd**: is a **container supervisor** that runs under dockerd.\n", rule="bold"
    )
    assert draft.text == "containerd is a [...] that runs under dockerd."
