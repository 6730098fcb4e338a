from .conftest import by_text, cards, correct, gen, questions


def test_a_port_becomes_a_cloze_and_a_question_with_other_ports():
    drafts = gen("- Default port swarm mode operates on is 2377\n", rule="numbers")
    (card,) = cards(drafts)
    assert (card.kind, card.text, card.answer) == (
        "cloze",
        "Default port swarm mode operates on is [...]",
        "2377",
    )
    (quiz,) = questions(drafts)
    assert quiz.text == "Default port swarm mode operates on is [...]"
    assert correct(quiz) == ["2377"]
    assert all(o.text.isdigit() for o in quiz.options) and len(quiz.options) == 4


def test_a_list_of_ports_asks_which_port_is_used_for_what():
    notes = "Ports to open:\n\n- 2377/tcp: cluster management\n- 7946/tcp and udp: gossip\n"
    drafts = gen(notes, rule="numbers")
    assert [(d.text, d.answer) for d in cards(drafts)] == [
        ("In Docker Swarm, which port is used for cluster management?", "2377"),
        ("In Docker Swarm, which port is used for gossip?", "7946"),
    ]
    (quiz,) = by_text(questions(drafts), "gossip")
    assert "2377" in {o.text for o in quiz.options}  # ports of the notes come first


def test_counts_of_managers_are_clozes_but_questions_need_counts_from_the_notes():
    drafts = gen("A swarm with 5 managers can tolerate 2 manager failures.\n")
    # "tolerate [...] manager failures" would repeat the quorum card's question
    assert [(d.rule, d.answer) for d in cards(drafts)] == [("quorum", "2"), ("numbers", "5")]
    assert questions(drafts) == []  # 4 or 6 might also be right: no invented numbers


def test_defaults_with_units_get_nearby_numbers():
    (quiz,) = questions(gen("Manager certificates rotate every 90 days by default.\n"))
    assert correct(quiz) == ["90"]
    assert "90" not in {o.text for o in quiz.options if not o.correct}


def test_numbers_that_do_not_matter_are_left_alone():
    notes = (
        "Windows Server 2016 runs containers too.\n\n"
        "Next meeting chapters 5-9, 1 chapter each person.\n\n"
        "We met on 5/31 and read version 18.09 of the docs in 2019.\n\n"
        "Containers from 30,000 feet\n\n"
        "Run `docker run -p 8080:80 nginx` to publish the web port.\n"
    )
    assert gen(notes, rule="numbers") == []


def test_ports_listed_in_one_sentence_with_what_they_are_for():
    notes = "**Ports to open**: 2377/tcp (cluster management), 4789/udp (overlay traffic).\n"
    drafts = gen(notes, rule="numbers")
    assert [(d.text, d.answer) for d in cards(drafts)] == [
        ("In Docker Swarm, which port is used for cluster management?", "2377"),
        ("Which port is used for overlay traffic?", "4789"),
    ]
