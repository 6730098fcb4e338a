from .conftest import gen


def test_q_double_colon_a_is_one_basic_card():
    (draft,) = gen("What port does swarm use? :: 2377\n")
    assert (draft.kind, draft.rule) == ("basic", "explicit")
    assert (draft.text, draft.answer) == ("What port does swarm use?", "2377")
    assert (draft.line_start, draft.line_end) == (1, 1)


def test_triple_colon_gives_both_directions():
    front, back = gen("Some notes.\n\n- Raft ::: the consensus algorithm of swarm managers\n")
    assert (front.text, front.answer) == ("Raft", "the consensus algorithm of swarm managers")
    assert (back.text, back.answer) == ("the consensus algorithm of swarm managers", "Raft")
    assert front.line_start == back.line_start == 3


def test_a_question_mark_line_splits_question_and_answer_lines():
    (draft,) = gen("How many managers\ncan a swarm lose with 5?\n?\nTwo of them\n")
    assert (draft.text, draft.answer) == (
        "How many managers can a swarm lose with 5?",
        "Two of them",
    )
    assert (draft.line_start, draft.line_end) == (1, 4)


def test_the_answer_after_a_question_mark_line_may_be_a_list():
    (draft,) = gen("Swarm ports?\n?\n- 2377\n- 7946\n- 4789\n")
    assert draft.answer == "2377; 7946; 4789"
    assert draft.line_end == 5


def test_double_colons_inside_words_are_not_cards():
    assert gen("IPv6 loopback is ::1 and std::vector is C++\n", rule="explicit") == []
