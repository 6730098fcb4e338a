"""What the eleventh audit (held-out notes H7) found wrong, each as the behaviour that fixes it."""

from .conftest import by_text, cards, gen


def test_typos_are_spelled_right_outside_code():
    notes = "- **Volume**: a first-class Docker object with a lifecycle seperate from containers\n"
    (card,) = by_text(cards(gen(notes, rule="definitions")), "What is a volume?")
    assert card.answer == "A first-class Docker object with a lifecycle separate from containers"


def test_answer_and_observation_labels_leave_the_cloze():
    notes = (
        "- Priya asked why an odd number. Answer: to avoid **split brain** when the managers "
        "are cut in two.\n"
    )
    (cloze,) = gen(notes, rule="bold")
    assert cloze.text.startswith("To avoid [...] when the managers")


def test_what_a_study_group_member_did_is_no_cloze():
    notes = (
        "- **Marco** ran the lab on Play with Docker with 3 managers and 2 workers.\n"
        "- **Dan** got confused about `docker node rm` and `docker swarm leave`.\n"
    )
    assert gen(notes, rule="bold") == []


def test_no_then_a_sentence_is_two_sentences():
    notes = (
        "- I thought standalone containers take secrets. **No.** Secrets are a **swarm "
        "services** feature, not one of standalone containers.\n"
    )
    (cloze,) = gen(notes, rule="bold")
    assert cloze.text == "Secrets are a [...] feature, not one of standalone containers."


def test_a_number_cloze_without_a_word_of_the_field_names_the_chapters_topic():
    notes = "- Client certs are rotated every **90 days** by default.\n"
    texts = {d.text for d in gen(notes, chapters=(10,), rule="numbers")}
    assert "In Docker Swarm, client certs are rotated every [...] days by default." in texts


def test_a_version_and_note_shorthand_are_no_terms():
    notes = "- v1: a monolithic daemon plus LXC\n- ctr = running instance of an image\n"
    texts = {d.text for d in gen(notes, rule="definitions")}
    assert "What is v1?" not in texts
    assert not [t for t in texts if "ctr" in t]


def test_an_example_in_code_leaves_the_question_that_asks_for_the_term():
    notes = (
        "- **Bind mount**: mounts a host directory or file into the container "
        "(`--mount type=bind,source=/src,target=/app`).\n"
    )
    asked = {d.text for d in cards(gen(notes, rule="definitions"))}
    assert not [t for t in asked if "type=bind" in t]


def test_a_chapter_number_is_no_part_of_a_lists_kind():
    notes = "# Ch5 The Docker Engine\n\n- two modes:\n  - daemon mode\n  - client mode\n"
    texts = {d.text for d in gen(notes, rule="lists")}
    assert not [t for t in texts if "Ch5" in t]


def test_self_test_lines_of_a_note_name_their_topic_and_keep_short_answers():
    notes = (
        "**Q: What technology is underneath?**\n"
        "A: VXLAN. It wraps layer-2 frames in UDP. "
        + "It needs no change to the underlay. " * 8
        + "\n"
    )
    (card,) = gen(notes, chapters=(12,), rule="explicit")
    assert card.text == "In overlay networking, what technology is underneath?"
    assert card.answer == "VXLAN. It wraps layer-2 frames in UDP."


def test_a_command_of_an_image_path_is_read_without_error():
    notes = "- `docker/dtr join --existing-replica-id <id>` adds more replicas to DTR\n"
    assert all(d.answer for d in gen(notes))  # no IndexError on a command with no command word
