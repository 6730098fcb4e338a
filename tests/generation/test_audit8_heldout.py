"""What the eighth audit (held-out notes H4) found wrong, each as the behaviour that fixes it."""

from .conftest import by_text, cards, gen


def test_a_definition_that_points_at_the_note_is_no_card():
    notes = (
        "- **Docker**: the tool that made all of this easy to use.\n"
        "- **cgroups**: the kernel feature that limits what a container can use.\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="definitions"))}
    assert texts == {
        "What are cgroups?",
        "What is the kernel feature that limits what a container can use?",
    }


def test_sentences_about_the_book_or_the_author_give_no_cloze():
    notes = (
        "Personal aside: **nat** is the Windows version of the bridge driver.\n\n"
        "Nigel points out that containers came from the **Linux** world.\n\n"
        "The chapter ends with the **multi-stage build** of the sample app.\n"
    )
    assert by_text(gen(notes), "[...]") == []


def test_a_step_heading_and_a_sample_apps_name_are_not_blanked():
    notes = (
        "**Read the Dockerfile** first. Docker reads it from top to bottom.\n\n"
        "The book's sample app is called **AtSea Shop** and runs on a swarm.\n"
    )
    assert by_text(gen(notes, rule="bold"), "[...]") == []


def test_a_stack_command_says_it_is_about_stacks():
    notes = (
        "- `docker stack ps seastack` lists tasks and where they are running\n"
        "- `docker node update --label-add pcidss=yes wrk-3` adds the label first\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert texts == {
        "Which `docker stack` command lists tasks and where they are running?": (
            "`docker stack ps`"
        ),
        "What does `docker stack ps` do?": "Lists tasks and where they are running",
    }


def test_a_positional_word_is_no_term():
    notes = "- **Last part**: the secret that tells a worker token from a manager token.\n"
    assert gen(notes, rule="definitions") == []


def test_a_blank_the_rest_of_its_sentence_gives_away_is_not_made():
    notes = "Microsoft worked with Docker so that **Windows containers** run on Windows Server.\n"
    assert gen(notes, rule="bold") == []


def test_an_example_value_and_a_fragment_pointing_back_are_not_blanked():
    notes = (
        "`docker image build -t multi:stage .` (the example is the **atsea-sample-shop-app**)\n\n"
        "**VMware** and the hypervisor model fixed part of this by letting apps share a box.\n\n"
        "Two halves \u2192 **Ops** (run containers) + Dev (build images)\n"
    )
    assert gen(notes, rule="bold") == []


def test_a_company_name_does_not_end_a_sentence():
    notes = "Docker, Inc. (first called **dotCloud**, a PaaS) is the company behind Docker.\n"
    (cloze,) = gen(notes, rule="bold")
    assert cloze.text.startswith("Docker, Inc. (first called [...]")


def test_a_sentence_after_a_code_span_starts_at_a_lowercase_name():
    notes = (
        "Least privilege: `--cap-drop ALL`. **seccomp** filters syscalls with a default profile.\n"
    )
    (cloze,) = gen(notes, chapters=(15,), rule="bold")
    assert cloze.text == "In Docker security, [...] filters syscalls with a default profile."
