from .conftest import DRIVERS, by_text, cards, correct, gen, questions


def test_a_lead_with_a_list_gives_a_name_the_n_card():
    (draft,) = cards(gen(DRIVERS, rule="lists"))
    assert (draft.kind, draft.text) == ("list", "Name the 5 storage drivers.")
    assert draft.answer == "aufs, overlay2, devicemapper, btrfs, zfs"
    assert (draft.line_start, draft.line_end) == (4, 9)


def test_the_list_question_takes_wrong_options_from_other_lists_of_the_same_kind():
    notes = (
        DRIVERS
        + "\nNetwork drivers:\n\n- bridge\n- macvlan\n- ipvlan\n\nLog drivers:\n\n- syslog\n"
    )
    (quiz,) = questions(gen(notes, rule="lists")[:2])
    assert quiz.text == "Which of the following is a storage driver?"
    assert correct(quiz)[0] in {"aufs", "overlay2", "devicemapper", "btrfs", "zfs"}
    wrong = [o.text for o in quiz.options if not o.correct]
    assert len(wrong) == 3
    assert not set(wrong) & {"aufs", "overlay2", "devicemapper", "btrfs", "zfs", "vfs"}


def test_wrong_options_never_come_from_the_same_list_across_notes():
    notes = DRIVERS + "\n## Later\n\nStorage drivers:\n\n- vfs\n- overlay2\n"
    for quiz in questions(gen(notes, rule="lists")):
        assert not {o.text for o in quiz.options if not o.correct} & {"vfs", "overlay2", "aufs"}


def test_made_up_of_and_has_leads_name_the_parts():
    drafts = cards(
        gen(
            "Docker is now made up of:\n\n- **containerd**: a supervisor\n- **runc**: a runtime\n\n"
            "The CNM has three major building blocks:\n\n1. Sandboxes\n2. Endpoints\n3. Networks\n",
            rule="lists",
        )
    )
    assert [d.text for d in drafts] == [
        "Name the 2 components Docker is now made up of.",
        "Name the 3 major building blocks of the CNM.",
    ]


def test_lists_without_a_clear_kind_give_nothing():
    notes = (
        "Upgrading Docker:\n\n- make sure containers have restart policy\n- drain nodes\n\n"
        "Ops perspective\n\n- Docker client\n- images\n\n"
        "Good practices:\n\n1. Deploy an odd number of managers, three or five of them\n"
        "2. Spread managers across availability zones for safety\n"
    )
    assert gen(notes, rule="lists") == []


def test_a_heading_can_name_the_list():
    (draft,) = cards(gen("### Restart policies\n\n- no\n- always\n- on-failure\n", rule="lists"))
    assert draft.text == "Name the 3 restart policies."
    (quiz,) = by_text(
        questions(gen("### Restart policies\n\n- no\n- always\n- on-failure\n")),
        "restart policy",
    )
    # no other policies in the notes: wrong options are members of kindred families
    wrong = [o.text for o in quiz.options if not o.correct]
    assert len(wrong) == 3
    assert not {"no", "always", "on-failure", "unless-stopped"} & set(wrong)
