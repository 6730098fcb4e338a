"""What the sixth held-out audit found wrong, each as the behaviour that fixes it.

An editor judged every item generated from unseen notes; these pin the general rules that
removed the most common reasons for a FIX or a REJECT."""

from .conftest import by_text, cards, correct, gen, questions


def texts(drafts):
    return [d.text for d in drafts]


def test_definitions_on_consecutive_lines_are_one_each():
    notes = (
        "**Role**: a set of permissions\n"
        "**Collection**: a group of resources such as nodes and services\n"
        "**Grant**: a subject, a role and a collection together\n"
    )
    drafts = gen(notes, rule="definitions")
    (role,) = by_text(cards(drafts), "what is a role?")
    assert role.answer == "A set of permissions"  # not run on into the next two lines
    assert (role.line_start, role.line_end) == (1, 1)
    (collection,) = by_text(cards(drafts), "what is a collection?")
    assert collection.line_start == 2


def test_question_and_answer_lines_stay_one_card():
    notes = "Q: Which command lists stacks?\nA: `docker stack ls`\n"
    (card,) = cards(gen(notes))
    assert (card.text, card.answer) == ("Which command lists stacks?", "`docker stack ls`")


def test_a_speakers_name_is_no_term():
    notes = (
        "## Encrypted overlays\n\n"
        "- Priya: this confused me until I drew it on paper\n"
        "- Jamal: there's a performance overhead, so don't turn it on everywhere\n"
    )
    assert gen(notes, rule="definitions") == []


def test_a_made_up_product_name_with_a_real_definition_is_still_a_term():
    drafts = gen("- **Quux**: a tool that signs images\n", rule="definitions")
    assert by_text(cards(drafts), "What is Quux?")


def test_comparisons_and_verb_phrases_are_no_terms():
    notes = (
        "- Containers vs VMs - a VM virtualizes hardware, a container the OS\n"
        "- Uses TLS everywhere - mutual TLS between nodes, certs auto-rotated\n"
    )
    assert gen(notes, rule="definitions") == []


def test_what_is_needs_a_description_that_says_what_the_term_is():
    notes = (
        "Storage drivers:\n\n"
        "- overlay2 - default and recommended on modern Linux distros\n"
        "- devicemapper - a storage driver based on the kernel's device mapper\n"
    )
    got = texts(cards(gen(notes, rule="definitions")))
    assert not any("What is overlay2?" in t for t in got)  # an attribute, not a definition
    assert "What is devicemapper?" in got


def test_definition_questions_draw_wrong_options_from_the_same_list_only():
    notes = (
        "Engine parts:\n\n"
        "- **runc**: the low-level runtime that creates containers\n"
        "- **containerd**: a supervisor that manages the container lifecycle\n"
        "- **containerd-shim**: a small process that keeps STDIO open\n"
        "- **dockerd**: a daemon that exposes the Docker API\n\n"
        "Swarm:\n\n"
        "- **Raft**: a consensus algorithm that managers use to agree on state\n"
    )
    for question in questions(gen(notes, rule="definitions")):
        options = " ".join(o.text for o in question.options)
        if "runc" in correct(question) or "the low-level runtime" in question.text:
            assert "Raft" not in options and "consensus" not in options


def test_the_context_of_a_generic_term_is_a_topic_not_basics_or_the_term():
    notes = (
        "## Swarm\n\n### Managers\n\n- Manager - maintains the cluster state and schedules tasks\n"
    )
    got = texts(cards(gen(notes, rule="definitions")))
    assert "In the context of swarm, what does a manager do?" in got
    notes = "## Basics\n\n- Worker - a node that runs the tasks managers give it\n"
    assert not any("basics" in t for t in texts(gen(notes)))


def test_the_authors_own_story_is_no_cloze():
    notes = (
        "We missed the one about **7946** being both TCP and UDP in the practice test.\n\n"
        "I keep forgetting that port 7946 is used for gossip lol.\n"
    )
    assert gen(notes) == []


def test_a_lead_word_pointing_back_is_dropped_from_a_cloze():
    notes = "So Docker Inc. wrote its own replacement called **libcontainer**, a Go library.\n"
    (card,) = cards(gen(notes, rule="bold"))
    assert card.text.startswith("Docker Inc. wrote its own replacement called [...]")


def test_a_question_ends_its_sentence_before_a_bold_term():
    notes = "So what does each piece do? **runc** is the low-level runtime of Docker.\n"
    drafts = gen(notes)
    assert by_text(cards(drafts), "What is runc?")
    assert not any("each piece" in f"{d.text} {d.answer}" for d in drafts)


def test_approximate_and_alternative_numbers_are_no_clozes():
    notes = (
        "The alpine image is ~7 MB and needs no package manager at all.\n\n"
        "For high availability run 3 or 5 managers in the swarm cluster.\n\n"
        "Change it with `docker swarm update --cert-expiry 720h` to 30 days.\n"
    )
    assert gen(notes, rule="numbers") == []


def test_flag_values_under_a_category_become_which_questions():
    notes = (
        "## Restart policies\n\n"
        "- `--restart always` - always restarts a stopped ctr, even after a daemon restart\n"
        "- `--restart unless-stopped` - like always, but not if you stopped it yourself\n"
        "- `--restart on-failure` - restart if the exit code is non-zero\n"
        "- `no` - the default, never restarts\n"
    )
    drafts = gen(notes, rule="described")
    (card,) = by_text(cards(drafts), "Which restart policy always restarts")
    assert card.text == (
        "Which restart policy always restarts a stopped container, even after a daemon restart?"
    )
    assert card.answer == "`--restart always`"
    (quiz,) = by_text(questions(drafts), "Which restart policy restarts if the exit code")
    assert correct(quiz) == ["`--restart on-failure`"]
    assert {o.text for o in quiz.options} >= {"`--restart always`", "`no`"}
