"""What the twentieth audit (held-out notes H16: 52.1 % and 53.5 % kept; the same notes gave
40.3 % and 51.4 % on the session's first commit) found wrong, each as the behaviour that
fixes it."""

from quizzes.generation import text as tx

from .conftest import cards, gen


def test_one_card_per_question_whatever_frames_it():
    notes = (
        "## Images\n\n| Term | Meaning |\n|---|---|\n"
        "| Tag | label on an image in a repo; default is `latest` (not the newest) |\n"
        "| Layer | read-only filesystem diff stacked to make the image |\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(6,)))]
    assert len([t for t in texts if t.lower().endswith("what is a tag?")]) == 1


def test_a_shouted_word_is_no_term():
    notes = "- STOP: any containers and services on that node go down during the upgrade\n"
    assert gen(notes, chapters=(3,), rule="definitions") == []


def test_a_question_word_label_leaves_a_sentence():
    assert tx.drop_connective("what each step showed: stop first, then rm") == (
        "Stop first, then rm"
    )


def test_docker_image_tag_gets_placeholders():
    notes = "- `docker image tag web:latest myreg:5000/web:v1` - add another name to the image\n"
    answers = {d.answer for d in cards(gen(notes, chapters=(6,), rule="commands"))}
    assert "`docker image tag <source> <target>`" in answers


def test_criteria_is_no_term():
    notes = "- criteria: tag name, number of critical vulnerabilities, component license\n"
    assert gen(notes, chapters=(16,), rule="definitions") == []


def test_a_term_one_of_many_takes_an_indefinite_article():
    notes = (
        "## Volumes\n\n"
        "- **bind mount**: a host directory mounted into a container at a path you choose\n"
        "- **Digest**: the sha256 hash of the image manifest, immutable for a given image\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(13,), rule="definitions"))]
    assert "In the context of volumes, what is a bind mount?" in texts
    assert any(t.endswith("what is a digest?") for t in texts)


def test_more_self_test_shapes_give_cards():
    notes = (
        "# Self-test\n\n"
        "- Q: Which signal does docker stop send first?\n- A: SIGTERM, then SIGKILL after 10 s.\n\n"
        "1. Which flag publishes every exposed port to a random host port? (`-P`)\n"
        "2. Does the exam still ask about the Edge channel? (ask Priya)\n\n"
        "### What is a dangling image, in one line?\n\nAn image with no tag, shown as none.\n\n"
        "### Why does this matter?\n\nBecause containers share the host kernel.\n"
    )
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(7,)))}
    assert by_text["Which signal does docker stop send first?"] == (
        "SIGTERM, then SIGKILL after 10 s."
    )
    assert (
        by_text[
            "In Docker containers, which flag publishes every exposed port to a random host port?"
        ]
        == "`-P`"
    )
    assert by_text["In Docker containers, what is a dangling image?"] == (
        "An image with no tag, shown as none."
    )
    assert not [t for t in by_text if "Priya" in t or "this matter" in t or "A: " in t]
