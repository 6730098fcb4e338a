"""What the fourteenth audit (held-out notes H10, two judges agreeing on 89 % of items) found
wrong, each as the behaviour that fixes it."""

from .conftest import cards, gen, questions


def test_one_card_per_question():
    notes = (
        "## Networking\n\n"
        "| Term | Description |\n|---|---|\n"
        "| Endpoint | virtual network interface (veth); connects a sandbox to a network |\n"
        "| Sandbox | isolated network stack with its own interfaces and routes |\n\n"
        "- **Endpoint**: virtual network interface (veth)\n"
    )
    texts = [d.text for d in cards(gen(notes))]
    assert len(texts) == len(set(texts))


def test_headings_about_the_note_itself_are_no_topic():
    notes = (
        "## The theory in one table\n\n"
        "- **Endpoint**: a virtual network interface that joins a sandbox to a network\n\n"
        "## Lead line for the exam\n\n"
        "- **Subjects**: the users, teams and organizations a grant gives rights to\n"
    )
    texts = {d.text for d in gen(notes, rule="definitions")}
    assert not [t for t in texts if "one table" in t or "lead line" in t]


def test_a_noun_phrase_with_of_is_no_verb():
    notes = (
        "RBAC parts:\n\n"
        "- **Roles**: sets of permissions such as View Only or Full Control\n"
        "- **Subjects**: users, teams and organizations that get the permissions\n"
        "- **Collections**: groups of resources like nodes, services and secrets\n"
    )
    assert not [q for q in questions(gen(notes)) if "following sets of" in q.text]


def test_book_asides_leave_number_clozes():
    notes = (
        "- Swarm certificates rotate every **90 days** by default (from ch 15, always comes up).\n"
    )
    texts = {d.text for d in gen(notes, rule="numbers")}
    assert texts and not [t for t in texts if "ch 15" in t]


def test_instructions_without_a_subject_and_book_chatter_give_no_cloze():
    notes = (
        "- Install on UCP **worker nodes**, never on the managers, to avoid port clashes.\n"
        "- Big warning in the book: **autolock** keys must be stored somewhere safe.\n"
        "- Got **O** and CN swapped on the practice test, twice.\n"
    )
    assert gen(notes, rule="bold") == []


def test_a_reverse_card_of_a_generic_term_says_its_topic_too():
    notes = (
        "## Networking\n\nCNM building blocks:\n\n"
        "- **Sandbox**: an isolated network stack with its own interfaces and routes\n"
        "- **Endpoint**: a virtual network interface that joins a sandbox to a network\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="definitions"))}
    reverse = (
        "In the context of CNM building blocks, what is an isolated network stack with its own "
        "interfaces and routes?"
    )
    assert texts[reverse] == "Sandbox"


def test_a_definition_of_a_determiner_and_an_abstract_noun_is_too_vague():
    notes = "- **CNM**: the design / spec. Three building blocks make it up.\n"
    assert not [d for d in gen(notes, rule="definitions") if d.text.startswith("What is")]
