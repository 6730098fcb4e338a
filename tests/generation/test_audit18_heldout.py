"""What the eighteenth audit (held-out notes H14, two judges: 29.8 % and 28.1 % kept) found
wrong, each as the behaviour that fixes it."""

from .conftest import cards, gen


def test_no_cloze_that_leans_on_a_stack_or_a_before_and_after():
    notes = (
        "## Networking\n\n"
        "At the bottom is the **Container Network Model**, which is just the design spec.\n\n"
        "Above that is **libnetwork**, Docker's real implementation of the model.\n\n"
        "On top sit the **drivers** that do the data plane work for each network.\n\n"
        'Before -> "RBAC = give a user a role". After -> a **grant** = subject + role + '
        "collection.\n"
    )
    assert gen(notes, chapters=(11,), rule="bold") == []


def test_a_bit_label_leaves_the_cloze():
    notes = "Troubleshooting bit: the **daemon logs** are in `journalctl -u docker.service`.\n"
    (cloze,) = gen(notes, chapters=(5,), rule="bold")
    assert cloze.text == "The [...] are in `journalctl -u docker.service`."


def test_a_definition_that_states_some_other_fact_is_not_asked():
    notes = (
        "- **seccomp**: the default profile blocks ~44 of the 300+ syscalls\n"
        "- **COPY/ADD**: the cache compares checksums of the copied files\n"
        "- **Swarm**: the cluster of Docker nodes that runs services\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(15,), rule="definitions"))]
    assert texts == ["What is Swarm?", "What is the cluster of Docker nodes that runs services?"]


def test_a_time_phrase_is_no_term():
    notes = "- before an upgrade: restart policies on containers, or drain the node in a swarm\n"
    assert gen(notes, chapters=(3,), rule="definitions") == []


def test_a_remark_on_pushing_is_not_what_tag_does():
    notes = "- `docker image tag web:latest jdoe/web:latest` - push needs your own namespace\n"
    assert gen(notes, chapters=(8,), rule="commands") == []


def test_an_exam_objective_heading_is_no_blank():
    notes = (
        "**D5.04 - Describe swarm default security** `docker swarm init` gives you mutual TLS "
        "and secure join tokens.\n"
    )
    assert gen(notes, chapters=(15,), rule="bold") == []


def test_a_list_of_specs_says_whose_they_are():
    notes = (
        "## OCI\n\n- 2 specs:\n  - **image-spec** (image format)\n  - **runtime-spec** (running)\n"
    )
    (card,) = [d for d in gen(notes, chapters=(2,), rule="lists") if d.kind == "list"]
    assert card.text == "In the context of OCI, name the 2 specs."


def test_no_reverse_card_from_a_sentence_about_the_term():
    notes = (
        "- **client mode**: client only talks to a daemon with a valid cert\n"
        "- **Swarm**: the cluster of Docker nodes that runs services\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(5,), rule="definitions"))]
    assert "What is the cluster of Docker nodes that runs services?" in texts
    assert not [t for t in texts if "client only talks" in t]


def test_one_number_fact_from_two_notes_is_asked_once():
    notes = (
        "- Swarm node certs rotate every **90** days by default, change it with a flag.\n\n"
        "## Later\n\n- Cert rotation: by default every 90 days for the swarm node certificates.\n"
    )
    answers = [d.answer for d in cards(gen(notes, chapters=(10,), rule="numbers"))]
    assert answers == ["90"]


def test_a_heading_with_a_slash_is_no_context():
    items = "- **Role**: a set of permissions granted to a team or user\n"
    texts = [d.text for d in gen("## Security / access\n\n" + items, chapters=(16,))]
    assert "In the context of Docker Enterprise, what is a role?" in texts
    texts = [d.text for d in gen("## Access control\n\n" + items, chapters=(16,))]
    assert "In the context of access control, what is a role?" in texts
