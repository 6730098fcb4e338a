from .conftest import cards, gen, questions


def test_a_task_list_under_a_question_is_a_multiple_choice_question():
    (draft,) = gen("Which mount type is in memory only?\n- [ ] volume\n- [x] tmpfs\n- [ ] bind\n")
    assert (draft.item_type, draft.kind, draft.rule) == ("question", "single", "choices")
    assert [(o.text, o.correct) for o in draft.options] == [
        ("volume", False),
        ("tmpfs", True),
        ("bind", False),
    ]


def test_two_ticked_options_make_a_choose_n_question():
    (draft,) = gen(
        "Which ports must be open for swarm?\n\n- [x] 2377\n- [x] 7946\n- [ ] 22\n- [ ] 80\n"
    )
    assert draft.kind == "choose_n"
    assert draft.text == "Which ports must be open for swarm? (Choose 2)"
    assert draft.answer == "2377; 7946"


def test_a_task_list_with_nothing_ticked_or_no_question_is_skipped():
    assert gen("Which is right?\n- [ ] a\n- [ ] b\n- [ ] c\n") == []
    assert questions(gen("Homework:\n- [x] lab 1\n- [ ] lab 2\n- [ ] lab 3\n")) == []
    assert cards(gen("Homework:\n- [x] lab 1\n- [ ] lab 2\n")) == []
