"""What the sixteenth audit (held-out notes H12, two judges, and the lines of H11 that gave
nothing) found missing: common ways of writing a self-test, a command or a glossary that the
generator read as nothing at all."""

from .conftest import cards, gen


def test_numbered_bold_self_test_questions_are_cards():
    notes = (
        "# Compose self-test\n\n"
        "**Q1. Where did Compose come from?**\n"
        "A: It started as Fig, made by Orchard. Docker Inc bought Orchard in 2014.\n\n"
        "**Q2. What is Compose used for?**\n"
        "A: Defining and running multi-container apps on a single Docker host.\n"
    )
    drafts = cards(gen(notes, chapters=(9,)))
    by_text = {d.text: d.answer for d in drafts}
    assert by_text["Where did Compose come from?"].startswith("It started as Fig")
    assert by_text["What is Compose used for?"].startswith("Defining and running")
    assert len(drafts) == 2  # the asked rule does not make a second card of the same pair


def test_a_question_and_its_answer_on_one_line():
    notes = "# Swarm\n\n**Q: How many of 5 managers can fail?** A: 2. Quorum is 3.\n"
    (card,) = cards(gen(notes, chapters=(10,)))
    assert card.text == "In Docker Swarm, how many of 5 managers can fail?"
    assert card.answer == "2. Quorum is 3."
    assert (card.line_start, card.line_end) == (3, 3)


def test_a_bare_answer_label_takes_the_list_under_it():
    notes = (
        "# Compose\n\n"
        "**Q8. Difference between `stop`, `rm` and `down`?**\nA:\n"
        "- `docker-compose stop` stops containers, does not delete them.\n"
        "- `docker-compose rm` deletes stopped containers.\n"
        "- `docker-compose down` stops and removes containers and networks.\n"
    )
    (card,) = cards(gen(notes, chapters=(9,), rule="explicit"))
    assert card.text == (
        "In Docker Compose, what is the difference between `stop`, `rm` and `down`?"
    )
    assert card.answer.count(";") == 2 and "`docker-compose down`" in card.answer
    assert (card.line_start, card.line_end) == (3, 7)


def test_noun_phrase_self_test_lines_become_questions():
    notes = (
        "Q: Command to bring the app up in the background?\nA: `docker-compose up -d`\n\n"
        "Q: Compose v1 vs v2 in one sentence?\nA: v1 is the Python binary, v2 a Go CLI plugin.\n\n"
        "Q: Removing a stack?\nA: `docker stack rm`\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(9,), rule="explicit"))]
    assert texts == [
        "In Docker Compose, what is the command to bring the app up in the background?",
        "What is the difference between Compose v1 and v2?",
    ]  # "Removing a stack?" asks nothing a reader could answer on its own


def test_an_arrow_after_a_command_introduces_what_it_does():
    notes = "- `docker container attach <ctr>` \u2192 attaches to the main proc of the container\n"
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert any(t.startswith("Which") and "attaches to the main process" in t for t in texts)


def test_glossary_lines_with_a_dash_are_definitions():
    notes = (
        "runc \u2014 reference implementation of the OCI runtime-spec. Small wrapper.\n"
        "containerd \u2014 container supervisor that manages the lifecycle of containers.\n"
    )
    drafts = cards(gen(notes, chapters=(5,), rule="definitions"))
    fronts = {d.text: d for d in drafts}
    assert fronts["What is runc?"].answer == "Reference implementation of the OCI runtime-spec"
    assert fronts["What is runc?"].line_start == 1
    assert fronts["What is containerd?"].line_start == 2


def test_note_shorthand_is_written_out_in_every_item():
    notes = "- `docker container top <ctr>` - lists the procs of a running ctr\n"
    for draft in gen(notes):
        assert "procs" not in draft.text and "procs" not in draft.answer
        assert " ctr" not in draft.text.replace("`", "").replace("<ctr>", "")


def test_a_count_of_things_is_no_term():
    notes = "Two things in one: an enterprise-grade secure cluster of hosts, and an orchestrator.\n"
    assert gen(notes, chapters=(10,), rule="definitions") == []


def test_a_table_of_dockerfile_instructions_asks_what_each_does():
    notes = (
        "| instr | what |\n|---|---|\n"
        "| FROM | base image, always first |\n"
        "| RUN | exec cmd at build time, makes a new layer |\n"
        "| ENV / ARG | env var at runtime / build-time var |\n"
    )
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(8,), rule="tables"))}
    assert by_text["What does the `FROM` instruction do?"] == "Base image, always first"
    assert by_text["What does the `RUN` instruction do?"] == (
        "Exec command at build time, makes a new layer"
    )
    assert not [t for t in by_text if "ENV" in t]  # two instructions, one answer: not asked


def test_upper_case_instructions_are_not_shorthand():
    notes = "| Instruction | What it does |\n|---|---|\n| ENV | sets an env var |\n| RUN | runs |\n"
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(8,), rule="tables"))}
    assert by_text["What does the `ENV` instruction do?"] == "Sets an environment variable"


def test_a_command_table_row_is_read_up_to_its_aside():
    notes = (
        "| Command | What it does |\n|---|---|\n"
        "| `docker node ls` | list nodes, `*` = node you're on |\n"
    )
    texts = {d.text for d in cards(gen(notes, chapters=(10,), rule="commands"))}
    assert (
        "Which command lists nodes?" in texts or "Which `docker node` command lists nodes?" in texts
    )


def test_a_question_with_its_answer_on_the_same_line_is_a_card():
    notes = (
        "# Images\n\n"
        "- Which storage driver is the default on Ubuntu? \u2192 overlay2\n"
        "- Does the exam still ask about the Edge channel? (ask Priya)\n\n"
        "**What does `docker image prune -a` remove?** Every image that no container uses.\n"
    )
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(6,), rule="asked"))}
    assert by_text == {
        "Which storage driver is the default on Ubuntu?": "overlay2",
        "What does `docker image prune -a` remove?": "Every image that no container uses.",
    }  # "(ask Priya)" answers nothing


def test_a_definition_that_says_why_or_labels_its_notes_asks_nothing_back():
    notes = (
        "containerd \u2014 container supervisor: lifecycle start/stop/pause/rm of containers.\n"
        "daemonless containers \u2014 the point of the shim: you can restart dockerd safely.\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(5,), rule="definitions"))]
    assert texts == ["What is containerd?"]


def test_only_the_sentence_after_a_definition_says_what_the_term_does():
    notes = (
        "- **containerd**: a container supervisor for the container lifecycle. Donated to CNCF "
        "in 2017. Talks to dockerd over gRPC.\n"
    )
    texts = [d.text for d in cards(gen(notes, chapters=(5,), rule="definitions"))]
    assert "What does containerd do?" not in texts


def test_a_self_test_answer_keeps_its_first_sentence_not_the_elaboration():
    notes = (
        "Q: How are Compose resources named?\n"
        "A: Prefixed with the project name, which defaults to the directory name. E.g. in folder "
        "`counter-app`, service `web-fe` becomes `counter-app_web-fe_1`.\n\n"
        "Q: Command to bring the app up in the background?\n"
        "A: `docker-compose up -d` (the book also shows `docker-compose up &`). It builds images.\n"
    )
    answers = [d.answer for d in gen(notes, chapters=(9,), rule="explicit")]
    assert answers == [
        "Prefixed with the project name, which defaults to the directory name.",
        "`docker-compose up -d`",
    ]


def test_a_comparison_table_is_not_read_as_commands_and_their_jobs():
    notes = (
        "| | Managers | Workers |\n|---|---|---|\n"
        "| Join cmd | `docker swarm join-token manager` | `docker swarm join-token worker` |\n"
        "| Run tasks | yes | yes |\n"
    )
    assert gen(notes, chapters=(10,), rule="commands") == []


def test_an_exam_remark_is_no_term():
    notes = (
        "Lead line for the exam \u2014 a grant is a subject, a role and a collection together.\n"
    )
    assert gen(notes, chapters=(16,), rule="definitions") == []


def test_a_long_command_line_with_its_comment_in_a_code_block_is_asked():
    notes = (
        "```\n"
        "docker volume inspect myvol                     # shows Mountpoint, Driver, Scope\n"
        "docker volume prune" + " " * 29 + "# deletes ALL volumes not mounted by a ctr\n"
        "```\n"
    )
    texts = {d.text for d in cards(gen(notes, chapters=(13,), rule="commands"))}
    assert "Which command deletes all volumes not mounted by a container?" in texts
