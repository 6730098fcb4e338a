from .conftest import gen


def test_cloze_highlight_makes_one_card_per_highlight():
    drafts = gen("Swarm mode listens on ==2377== and gossips on ==7946== by default.\n")
    assert [d.answer for d in drafts] == ["2377", "7946"]
    assert drafts[0].text == "Swarm mode listens on [...] and gossips on 7946 by default."
    assert {d.rule for d in drafts} == {"cloze"} and {d.kind for d in drafts} == {"cloze"}
    assert drafts[0].sibling_key == drafts[1].sibling_key


def test_anki_cloze_numbers_group_deletions_and_show_hints():
    drafts = gen("{{c1::Raft}} keeps {{c2::manager::role}} state; {{c1::odd}} counts win.\n")
    first, second = drafts
    assert first.text == "[...] keeps manager state; [...] counts win."
    assert first.answer == "Raft; odd"
    assert second.text == "Raft keeps [role] state; odd counts win."
    assert second.explanation == "Raft keeps manager state; odd counts win."
