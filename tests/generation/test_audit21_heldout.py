"""What the twenty-first audit (held-out notes H17: 42.9 % kept by both judges; the same notes
gave 44.1 % on the session's first commit) found wrong, each as the behaviour that fixes it."""

from .conftest import cards, gen


def test_a_glossary_table_of_plain_words_asks_of_nouns_not_code():
    notes = (
        "| Term | Meaning |\n|------|---------|\n"
        "| `image` | read-only template, pulled from a registry (Docker Hub by default) |\n"
        "| `client` | the `docker` CLI, talks to the daemon over the socket |\n"
        "| `Ctrl-PQ` | detach from a container's terminal without killing it |\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(4,), rule="tables"))]
    assert texts == [
        "In Docker, what is an image?",
        "In Docker, what is a client?",
        "What does `Ctrl-PQ` do?",
    ]


def test_the_notes_scaffolding_and_the_author_are_no_facts():
    notes = (
        "- Concept - the *design spec* for Docker networking with three building blocks.\n"
        "- **The big refactor**: the monolithic daemon got broken apart into small tools.\n\n"
        "Ok so the first thing Nigel does is ask you to run `docker version` on the **host**.\n"
    )
    assert gen(notes, chapters=(5,)) == []


def test_what_about_is_no_question_and_hours_in_days_are_arithmetic():
    notes = (
        "What about AppArmor and seccomp? Both are applied by default with their profiles.\n\n"
        "- Default cert expiry is 90 days; change it with `--cert-expiry 720h` (30 days).\n"
    )
    drafts = gen(notes, chapters=(15,))
    assert not [d for d in drafts if d.rule == "asked"]
    assert [d.answer for d in cards(drafts) if d.rule == "numbers"] == ["90"]


def test_a_sentence_that_is_all_aside_gives_no_number_and_no_crash():
    # H18 crashed here: the aside took the blank with it, and the topic went on nothing
    notes = (
        "- Upgrade the engine.\n  (DCA sizing q's are about UCP/DTR mostly, see ch16, min 8GB "
        "RAM for UCP managers - TODO double check)\n"
    )
    assert [d for d in gen(notes, chapters=(3,)) if d.rule == "numbers"] == []


def test_german_labels_and_opinions_are_no_facts():
    notes = (
        "- Vorteil: mehrere Apps pro Blech, besser ausgelastet als eine App pro Server\n\n"
        "Meine Meinung: gute Einleitung. Das Kapitel ist in **10** Min wiederholbar.\n"
    )
    assert gen(notes, chapters=(1,)) == []


def test_a_remark_after_a_description_leaves_it():
    notes = "- `docker system df -v` - shows disk usage of every volume and image - handy\n"
    answers = {d.answer for d in cards(gen(notes, chapters=(13,), rule="commands"))}
    assert "Shows disk usage of every volume and image" in answers


def test_h19_shapes_give_nothing_or_a_clean_question():
    notes = (
        "## Action items\n\n- Jonas: build a 3-node lab and try autolock\n\n"
        "## Notes\n\n- **Compose**: Python binary (`docker-compose`), not built into the engine\n"
        "- `docker image pull ubuntu` - pulls a few layers, ~84MB\n"
        "- Ports to remember: 443 UI/API, 2376 engine, 2377 swarm, 6443 k8s API.\n\n"
        "Q: In one sentence, container vs VM?\nA: A VM virtualises hardware, a container the OS.\n"
    )
    texts = [d.text for d in gen(notes, chapters=(16,))]
    assert not [t for t in texts if "Jonas" in t or "python binary" in t or "84MB" in t]
    assert not [t for t in texts if "Ports to remember" in t]
    assert "In Docker Enterprise, what is the difference between container and VM?" in texts
