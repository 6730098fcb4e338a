"""What the tenth audit (held-out notes H6) found wrong, each as the behaviour that fixes it."""

from .conftest import by_text, cards, gen


def test_a_heading_about_the_author_or_the_chapter_is_no_topic():
    notes = (
        "## Things I keep mixing up\n\n"
        "- **Promotion**: a DTR policy that copies an image that passes its checks to a repo\n\n"
        "## Chapter 14\n\n"
        "- **Stack**: a set of related services deployed together from one Compose file\n"
    )
    texts = [d.text for d in cards(gen(notes, rule="definitions"))]
    assert not [t for t in texts if "mixing up" in t or "chapter" in t.lower()]


def test_a_generic_term_without_a_heading_takes_the_chapters_topic():
    notes = "- **Sandbox**: an isolated network stack with its own interfaces and routes\n"
    (card,) = by_text(cards(gen(notes, chapters=(11,), rule="definitions")), "sandbox?")
    assert card.text == "In the context of Docker networking, what is a sandbox?"


def test_a_short_acronym_says_its_topic():
    notes = "AppArmor and SELinux are Mandatory Access Control (MAC) systems.\n"
    texts = {d.text for d in gen(notes, chapters=(15,), rule="definitions")}
    assert "In Docker security, what does MAC stand for?" in texts


def test_what_a_term_needs_is_not_what_it_does():
    notes = "- **Docker EE**: needs a license, with a 30-day trial available\n"
    assert not by_text(gen(notes, rule="definitions"), "do?")


def test_a_short_description_asks_for_no_term():
    notes = "- **Promotion**: a DTR repo policy\n"
    assert not by_text(gen(notes, rule="definitions"), "What is a DTR repo policy?")


def test_a_command_whose_description_says_its_name_gives_no_which_card():
    notes = (
        "- `docker image history` shows the build history, one line per instruction\n"
        "- `docker pull` pulls an image from Docker Hub\n"
        "- `docker image prune` removes dangling images\n"
    )
    texts = {d.text for d in gen(notes, rule="commands")}
    assert not [t for t in texts if t.startswith("Which") and ("history" in t or "pulls" in t)]
    assert "Which command removes dangling images?" in texts


def test_dialogue_history_and_dates_are_not_blanked():
    notes = (
        "Tom\u00e1s: yes, but that is **imperative**, and the next deploy resets it.\n\n"
        "Background: CoreOS created an open standard called **appc** and a runtime.\n\n"
        "Both specs reached **v1.0 in July 2017** after two years of work.\n"
    )
    assert gen(notes, rule="bold") == []


def test_a_second_sentence_about_what_a_term_needs_asks_nothing():
    notes = (
        "**Docker Enterprise Edition (EE)**: the paid, supported bundle = Engine EE + UCP + DTR. "
        "Needs a license (30-day trial available).\n"
    )
    texts = {d.text for d in gen(notes, rule="definitions")}
    assert not [t for t in texts if t.endswith(" do?") or " = " in t]


def test_a_topic_that_spells_out_the_term_is_not_its_context():
    notes = "## Open Container Initiative\n\n- **OCI**: the body that sets container standards\n"
    texts = {d.text for d in gen(notes, rule="definitions")}
    assert not [t for t in texts if "context of open container initiative" in t.lower()]


def test_a_port_with_and_without_its_protocol_is_one_answer():
    notes = (
        "## Swarm ports\n\n| Port | Purpose |\n|---|---|\n| 2377/tcp | swarm management |\n"
        "| 7946/tcp | gossip |\n\nPorts to open:\n\n- 2377 -> swarm management\n"
    )
    asked = [d for d in cards(gen(notes)) if d.text == "Which port is used for swarm management?"]
    assert [d.answer for d in asked] == ["2377/tcp"]


def test_a_glossary_entry_that_says_how_to_do_something_is_not_what_it_does():
    notes = (
        "Backups:\n\n"
        "- **Swarm**: stop Docker on a non-leader manager, then copy `/var/lib/docker/swarm`\n"
        "- **UCP**: run the `docker/ucp backup` command on a manager\n"
        "- **DTR**: run `docker/dtr backup`, which skips image data\n"
    )
    assert not by_text(gen(notes, rule="glossary"), "What does `Swarm` do?")


def test_a_self_test_question_gets_its_topic_and_its_reason():
    notes = (
        "What are the two node types?\nManagers and workers.\n\n"
        "How many managers should you run, and why?\n"
        "An odd number, 3 or 5. An odd number keeps a Raft majority after a failure.\n"
    )
    texts = {d.text: d.answer for d in gen(notes, chapters=(10,), rule="asked")}
    assert texts["In Docker Swarm, what are the two node types?"] == "Managers and workers."
    key = "In Docker Swarm, how many managers should you run, and why?"
    assert texts[key].endswith("after a failure.")


def test_pointers_into_the_book_and_whose_leave_the_cloze():
    notes = (
        "Docker's engine is the **infrastructure plumbing** that runs containers (covered "
        "properly in ch 5).\n\n"
        "At its core sits the **Docker Engine**, which runs containers.\n\n"
        "**Docker, Inc.** is the San Francisco company founded by Solomon Hykes.\n"
    )
    (cloze,) = gen(notes, rule="bold")
    assert cloze.text == "Docker's engine is the [...] that runs containers."
