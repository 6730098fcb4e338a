"""Precision fixes from the second held-out audit (own small inputs)."""

from tests.generation.conftest import cards, gen, questions


def texts(drafts):
    return [d.text for d in drafts]


def test_speakers_and_clauses_are_not_terms():
    notes = (
        "- Ben: always keep **three managers** in the cluster.\n"
        "- Lucy summarised: a stack is a group of services.\n"
        "- Workers execute the tasks: they never schedule anything on their own.\n"
    )
    got = texts(gen(notes, rule="definitions"))
    assert not any("Ben" in t or "summarised" in t or "execute the tasks" in t for t in got)


def test_a_capitalised_concept_is_still_a_term():
    got = texts(cards(gen("- Sandbox - isolated network stack with interfaces and routes\n")))
    assert "What is a sandbox?" in got


def test_a_vague_definition_is_skipped():
    got = texts(gen("- **XYZ** (Some Model) - the design specification\n", rule="definitions"))
    assert not any("design specification" in t for t in got)


def test_an_ambiguous_generic_term_gets_its_heading():
    notes = (
        "## Container Network Model\n\n- **Network** - a software switch that groups endpoints\n"
    )
    got = texts(cards(gen(notes, rule="definitions")))
    assert "In the context of container network model, what is a network?" in got


def test_numbers_repeated_or_from_examples_are_not_blanked():
    notes = (
        "- `--restart-delay 30s` waits 30 seconds between restarts by default.\n"
        "- `EXPOSE` documents the port the app listens on (9090 here) by default.\n"
    )
    assert gen(notes, rule="numbers") == []


def test_default_port_question_reads_naturally():
    notes = "## Swarm\n\n- 2377/tcp is the default port for cluster management traffic.\n"
    got = texts(gen(notes, rule="numbers"))
    assert "Which port does swarm cluster management traffic use by default?" in got


def test_the_daemon_ports_are_installation_not_networking():
    notes = (
        "The daemon listens on a network socket: port **2375** is the default for plain traffic.\n"
    )
    assert {d.domain for d in gen(notes, rule="numbers")} <= {"D3", "D5"}


def test_an_example_line_asks_about_its_key_part():
    notes = (
        "- `docker service create --name api -p 9000:9000 --replicas 4 acme/api` creates a "
        "replicated service with 4 tasks.\n"
        "- `docker container run -d --name db -p 6000:90 redis` maps host port 6000 to "
        "container port 90.\n"
    )
    got = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert got["Which command creates a replicated service with 4 tasks?"] == (
        "`docker service create --replicas 4`"
    )
    key = "Which option of `docker container run` maps host port 6000 to container port 90?"
    assert got[key] == "`-p 6000:90`"
    assert not any("acme/api" in a or "redis" in a for a in got.values())


def test_a_description_shared_by_well_known_commands_gets_no_question():
    notes = (
        "- `docker version` shows both a client and a server section\n"
        "- `docker info` prints system details\n"
        "- `docker node ls` lists the nodes\n"
        "- `docker image ls` lists images\n"
    )
    drafts = gen(notes, rule="commands")
    assert not [q for q in questions(drafts) if "client" in q.text]
    assert "Which command shows both a client and a server section?" in texts(cards(drafts))
    assert "What does `docker version` do?" not in texts(drafts)


def test_clozes_that_lean_on_the_previous_sentence_are_skipped():
    notes = (
        "- Managers keep a copy of the keys on disk.\n"
        "- **Autolock** encrypts those keys at rest.\n"
        "- With an even number, a partition can leave both halves without **quorum**.\n"
        "- **dockerd** is what remains of the daemon.\n"
    )
    assert gen(notes, rule="bold") == []


def test_unticked_quiz_statements_are_never_facts():
    notes = (
        "## Quiz\n\n"
        "- [x] A volume outlives its container\n"
        "- [ ] `docker volume prune` deletes every volume, even ones in use\n"
        "- [ ] A bind mount is created with `docker volume create`\n"
    )
    assert gen(notes, rule="commands") == []


def test_one_card_and_one_question_per_table_term():
    notes = (
        "## CNM\n\n| Block | What it is |\n|---|---|\n"
        "| Sandbox | An isolated network stack inside a container |\n"
        "| Endpoint | A virtual network interface that connects a sandbox to a network |\n"
        "| Network | A software switch that groups endpoints which need to talk |\n"
    )
    drafts = [d for d in gen(notes) if d.line_start == 5]
    assert len(cards(drafts)) == 1 and len(questions(drafts)) == 1
