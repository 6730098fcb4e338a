"""Recall, second round: quiz task lists, glossary lists, defaults under a topic, quorum."""

from .conftest import cards, gen, questions

QUIZ = """## Quiz

- [x] Volumes outlive the container that uses them
- [ ] Bind mounts are created with the volume command
- [x] The local driver keeps a volume on one node
- [ ] Data in the writable layer survives container removal
- [ ] Anonymous volumes can never be removed
"""


def test_a_quiz_of_statements_gives_which_is_true_questions():
    made = gen(QUIZ, rule="choices")
    assert [d.text for d in made] == ["Which of the following is true?"] * 2
    first = made[0]
    assert first.answer == "Volumes outlive the container that uses them"
    assert [o.text for o in first.options if not o.correct] != []
    assert all(not o.correct for o in first.options if o.text != first.answer)
    assert len(first.options) == 4


def test_more_true_than_false_statements_ask_which_is_false():
    note = QUIZ.replace("- [ ] Bind", "- [x] Bind").replace("- [ ] Data", "- [x] Data")
    made = gen(note, rule="choices")
    assert [d.text for d in made] == ["Which statement is false?"]
    assert made[0].answer == "Anonymous volumes can never be removed"


def test_a_task_list_without_a_quiz_lead_stays_a_to_do_list():
    assert gen(QUIZ.replace("## Quiz", "## Chores"), rule="choices") == []


def test_a_question_as_a_heading_or_list_item_leads_its_task_list():
    heading = (
        "### Which mount type lives in memory only?\n\n- [ ] volume\n- [x] tmpfs\n- [ ] bind\n"
    )
    (draft,) = gen(heading, rule="choices")
    assert draft.answer == "tmpfs"
    nested = (
        "- Which mount type lives in memory only?\n  - [ ] volume\n  - [x] tmpfs\n  - [ ] bind\n"
    )
    (draft,) = gen(nested, rule="choices")
    assert draft.answer == "tmpfs"


GLOSSARY = """Instructions used:

- `FROM` \u2013 sets the base image for the build.
- `RUN` \u2014 executes a command and creates a layer.
- COPY: copies files from the build context into the image.
- **WORKDIR** - sets the working directory for later instructions.
"""


def test_a_glossary_list_of_instructions_gives_cards_and_questions():
    made = gen(GLOSSARY, rule="glossary")
    texts = [d.text for d in cards(made)]
    assert "What does the `FROM` Dockerfile instruction do?" in texts
    assert "What does the `COPY` Dockerfile instruction do?" in texts
    asked = {d.text: d for d in questions(made)}
    q = asked["Which Dockerfile instruction sets the base image for the build?"]
    assert q.answer == "`FROM`"
    assert sorted(o.text for o in q.options) == ["`COPY`", "`FROM`", "`RUN`", "`WORKDIR`"]


def test_two_glossary_items_or_prose_items_are_not_a_glossary():
    assert (
        gen("- `FROM` - sets the base image.\n- `RUN` - runs a command.\n", rule="glossary") == []
    )
    prose = "- Images are read-only.\n- Containers add a layer.\n- Volumes persist data.\n"
    assert gen(prose, rule="glossary") == []


def test_a_default_under_a_topic_item_gives_one_card():
    note = "- Logging driver\n  - default is `json-file`\n  - set it in daemon.json\n"
    (draft,) = gen(note, rule="defaults")
    assert (draft.text, draft.answer) == ("What is the default logging driver?", "`json-file`")


def test_a_default_sentence_takes_its_qualifier_from_the_context():
    note = (
        "## Storage drivers\n\n- The default and recommended driver on modern Linux is `overlay2`\n"
    )
    (draft,) = gen(note, rule="defaults")
    assert draft.text == "What is the default storage driver on modern Linux?"
    assert draft.answer == "`overlay2`"
    (draft,) = gen("- 2377/tcp is the default port for cluster management\n", rule="defaults")
    assert (draft.text, draft.answer) == (
        "What is the default port for cluster management?",
        "2377/tcp",
    )


def test_default_without_a_topic_or_with_a_long_value_gives_nothing():
    assert gen("- default is `json-file`\n", rule="defaults") == []
    assert gen("- Logging\n  - default is to log everything to a file\n", rule="defaults") == []


def test_manager_fault_tolerance_gives_one_card_per_pair():
    made = gen("## Swarm\n\n- 3 managers tolerate 1 failure, 5 tolerate 2.\n", rule="quorum")
    assert [(d.text, d.answer) for d in made] == [
        ("How many manager failures can a swarm of 3 managers tolerate?", "1"),
        ("How many manager failures can a swarm of 5 managers tolerate?", "2"),
    ]


def test_other_tolerance_shapes_give_nothing():
    assert gen("- Swarm tolerates network partitions well.\n", rule="quorum") == []
    assert gen("- 3 managers tolerate 3 failures.\n", rule="quorum") == []
