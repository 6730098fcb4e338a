"""What the fifteenth audit (held-out notes H11, two judges agreeing on 95 % of items) found
wrong, each as the behaviour that fixes it."""

from .conftest import cards, gen


def test_note_structure_words_are_no_terms():
    notes = (
        "- pieces: Docker client, Docker daemon (`dockerd`) and the runtimes\n"
        "- what's left: the API, image management, auth and core networking\n"
        "- correct answer: once an instruction misses the cache every later one rebuilds\n"
        "- everyone agreed this: a likely trap on the exam about stacks\n"
        '- "Restricted Control" \u2260 "Scheduler": scheduler is about nodes only\n'
    )
    assert gen(notes, rule="definitions") == []


def test_a_speaker_before_a_colon_gives_no_cloze():
    assert gen("Jen: deploys the whole app to a **swarm** with one command.\n", rule="bold") == []
    # a term of the field before the colon is no speaker
    (cloze,) = gen("Stack: deploys the whole app to a **swarm** with one command.\n", rule="bold")
    assert cloze.text == "Stack deploys the whole app to a [...] with one command."


def test_two_word_descriptions_that_say_too_little_give_no_command_card():
    notes = (
        "- `docker swarm ca --rotate` \u2013 rotates root\n- `docker node ls` \u2013 lists nodes\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert not [t for t in texts if "root" in t]
    assert (
        "Which `docker node` command lists nodes?" in texts or "Which command lists nodes?" in texts
    )


def test_a_default_note_in_a_table_term_is_not_part_of_its_name():
    notes = (
        "| Mode | What it does |\n|---|---|\n"
        "| `--mode replicated` (default) | N replicas spread across the nodes |\n"
        "| `--mode global` | one replica on every node of the swarm |\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="tables"))}
    assert not [t for t in texts if "(default)" in t]


def test_a_plural_term_whose_head_the_question_says_is_not_asked_for():
    notes = "- **Docker secrets**: store sensitive data such as passwords, certs and keys\n"
    assert not [d for d in gen(notes) if d.text.startswith("Which secrets")]
