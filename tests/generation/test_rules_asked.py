"""Questions the author asked and answered in plain paragraphs (self-test notes)."""

from .conftest import cards, gen


def test_a_question_with_its_answer_on_the_next_line_is_a_card():
    notes = (
        "## Questions\n\n"
        "Can you delete a volume that a container is using?\n"
        "No. `docker volume rm` errors out while it is in use, even by a stopped container.\n"
    )
    (card,) = cards(gen(notes, rule="asked"))
    assert card.text == "Can you delete a volume that a container is using?"
    assert card.answer.startswith("No. `docker volume rm` errors out")
    assert (card.line_start, card.line_end) == (3, 4)


def test_the_answer_may_be_the_next_paragraph_or_a_short_list():
    notes = (
        "What happens to the writable layer when you delete the container?\n\n"
        "It is gone; stopping and restarting keep it.\n\n"
        "Which mount types are there?\n\n- volume\n- bind mount\n- tmpfs\n"
    )
    answers = {d.text: d.answer for d in gen(notes, rule="asked")}
    assert answers == {
        "What happens to the writable layer when you delete the container?": (
            "It is gone; stopping and restarting keep it."
        ),
        "Which mount types are there?": "volume; bind mount; tmpfs",
    }


def test_a_long_answer_keeps_its_first_sentences():
    long = "Data corruption. " + "One node overwrites what the other wrote first. " * 8
    (card,) = gen(f"What is the risk of sharing a volume across nodes?\n{long}\n", rule="asked")
    assert card.answer.startswith("Data corruption.") and len(card.answer) <= 220


def test_open_questions_and_the_groups_business_give_nothing():
    notes = (
        "Does `--live-restore` work with swarm services?\nNot sure, ask Tom.\n\n"
        "Should we meet on Thursday next week?\nYes, at 7.\n\n"
        "## Open questions\n\nWhy is the shim still there after runc exits?\n"
        "Something about keeping STDIO open.\n\n"
        "Other volume commands to know?\n`docker volume ls`, `docker volume rm`.\n"
    )
    assert gen(notes, rule="asked") == []


def test_a_task_list_under_a_question_stays_a_multiple_choice_question():
    notes = "Which mount type is in memory only?\n\n- [ ] volume\n- [x] tmpfs\n- [ ] bind\n"
    assert gen(notes, rule="asked") == []


def test_a_flag_or_how_do_i_is_no_personal_question():
    notes = (
        "What does `docker run -i` do?\nKeeps STDIN open even when nothing is attached.\n\n"
        "How do I list only the IDs of containers?\nWith `docker container ls -q`.\n"
    )
    assert len(gen(notes, rule="asked")) == 2
