"""What the nineteenth audit (held-out notes H15: 62.3 % and 45.5 % kept; the notes' items
from the session's first commit: 44.2 % by a third judge) found wrong, each as the behaviour
that fixes it."""

from .conftest import cards, gen, questions


def test_a_table_of_defaults_asks_on_or_off_as_a_yes_no_question():
    notes = (
        "| Feature | Default |\n|---|---|\n"
        "| user namespaces | off |\n| autolock | off |\n"
        "| overlay encryption | off (control plane always encrypted) |\n"
        "| AppArmor | `docker-default` profile |\n"
    )
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(15,), rule="tables"))}
    assert by_text["Are user namespaces on by default?"] == "No"
    assert by_text["In Docker security, is autolock on by default?"] == "No"
    assert by_text["Is overlay encryption on by default?"] == "No (control plane always encrypted)"
    assert by_text["What is the default for AppArmor?"] == "`docker-default` profile"


def test_a_port_question_says_where_the_port_belongs_and_says_for_once():
    notes = "- Ports:\n  - 2376/tcp - TLS\n  - 7946/tcp+udp - for control-plane gossip\n"
    texts = [d.text for d in cards(gen(notes, chapters=(5,), rule="numbers"))]
    assert texts == [
        "In the Docker daemon, which port is used for TLS?",
        "In Docker Swarm, which port is used for control-plane gossip?",
    ]


def test_an_equation_in_a_note_becomes_a_sentence():
    notes = "## Secrets\n\n- 500 KB = max size of a secret\n"
    (cloze,) = cards(gen(notes, chapters=(15,), rule="numbers"))
    assert cloze.text == "Max size of a secret is [...] KB."


def test_wrong_numbers_are_values_a_setting_could_have():
    notes = "- Swarm node certs rotate every 90 days by default.\n"
    (quiz,) = questions(gen(notes, chapters=(10,), rule="numbers"))
    wrong = sorted(int(o.text) for o in quiz.options if not o.correct)
    assert set(wrong) <= {1, 7, 14, 30, 60, 180, 365} and len(wrong) >= 3


def test_two_halves_a_sentence_spanning_term_and_a_plural_clause_ask_nothing():
    notes = (
        "- two halves: client and server (daemon)\n"
        "- one line per layer. Image: read-only template, think of a VM template\n"
        "- **Raft**: managers use Raft to agree on the cluster state\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(10,), rule="definitions"))]
    assert not [t for t in texts if "halves" in t or "one line per layer" in t]
    assert not [t for t in texts if t.startswith("What is the managers use")]


def test_the_authors_reading_and_doing_is_no_fact():
    notes = (
        "Book is short here, **10** min read. Skimmed the open source part twice.\n\n"
        "Pressed **Ctrl-PQ** and got back to the host with the container still running.\n"
    )
    assert gen(notes, chapters=(7,)) == []
