"""What the thirteenth audit (held-out notes H9, two judges agreeing on 93 % of items) found
wrong, each as the behaviour that fixes it."""

from .conftest import cards, gen


def test_verb_phrases_adjectives_and_book_asides_are_no_terms():
    notes = (
        "- exposes the **Docker API** (REST) \u2014 local socket `/var/run/docker.sock`\n"
        "- modular: API, execution driver, runtime, shims\n"
        "- Analogy from the book: the engine is like a car engine with many parts\n"
    )
    assert gen(notes, rule="definitions") == []


def test_what_a_thing_does_not_do_is_not_what_it_does():
    notes = "- **bridge** (default network): does not do name resolution between containers\n"
    assert not [d for d in gen(notes, rule="definitions") if d.text.endswith("do?")]


def test_a_heading_comment_and_a_persons_lab_are_no_procedure_names():
    notes = (
        "## Building the swarm \u2014 walked through Sam's lab\n\n"
        "1. `docker swarm init` on the first manager\n"
        "2. `docker swarm join-token worker` to print the join command\n"
        "3. `docker swarm join` on the other nodes\n"
    )
    texts = {d.text for d in gen(notes, rule="steps")}
    assert texts and not [t for t in texts if "Sam" in t or "walked" in t]


def test_vague_or_comparing_list_kinds_give_no_list_card():
    notes = (
        "Troubleshooting bits:\n\n- `docker logs`\n- `docker inspect`\n- `docker events`\n\n"
        "Secrets vs env vars:\n\n- secrets are encrypted\n- env vars show in inspect\n"
    )
    assert gen(notes, rule="lists") == []


def test_a_pointing_back_sentence_and_a_nickname_label_give_no_cloze():
    notes = (
        "- Docker does this with the **overlay** driver, built for swarm mode on a manager.\n"
        "- Other swarm defaults: mutual TLS and certificates that rotate every **90 days**.\n"
        "- mei: 4 managers tolerate the same **1** failure as 3 managers do.\n"
    )
    assert [d for d in gen(notes) if "[...]" in d.text] == []


def test_two_commands_in_one_are_no_command():
    notes = "- `docker network connect/disconnect` \u2013 attach a running container\n"
    assert gen(notes, rule="commands") == []


def test_a_self_test_line_that_asks_nothing_gives_no_card():
    notes = (
        "Q: Removing a stack?\nA: `docker stack rm` removes services and networks.\n\n"
        "Q: How do you remove a stack and its networks?\nA: With `docker stack rm`.\n"
    )
    texts = [d.text for d in cards(gen(notes, rule="explicit"))]
    assert texts == ["How do you remove a stack and its networks?"]


def test_a_generic_term_takes_its_topic_from_the_item_it_sits_under():
    notes = (
        "- **Securing the daemon with TLS** (on the DCA)\n"
        "  - two modes:\n"
        "    - **daemon mode** \u2013 daemon only accepts clients with a cert signed by the CA\n"
        "    - **client mode** \u2013 client only talks to a daemon with a valid cert\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="definitions"))}
    assert "In the context of securing the daemon with TLS, what is a daemon mode?" in texts


def test_a_swarm_command_whose_description_does_not_say_swarm_names_its_family():
    notes = "- `docker swarm unlock-key` \u2013 show the current unlock key of the managers\n"
    (card,) = [d for d in cards(gen(notes, rule="commands")) if d.text.startswith("Which")]
    assert card.text == "Which `docker swarm` command shows the current unlock key of the managers?"
