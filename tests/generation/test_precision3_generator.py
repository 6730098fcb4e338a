"""Precision 3: command phrases, table fronts, logistics numbers, security domain."""

from .conftest import cards, gen, questions


def _texts(drafts):
    return [d.text for d in drafts]


def test_command_needs_a_clean_verb_phrase():
    note = (
        "# Boxes\n\n"
        "- `docker box rm` deletes a stopped box\n"
        "  - `docker box rm -f` kills and removes a running one\n"
        "- `docker box attach` attaches to the main process instead\n"
        "- `docker box version` shows both sections; if it errors the daemon is down\n"
        "\nTo see digests of your boxes you run `docker box ls --digests`.\n"
        "\nWiping boxes is done with `docker box prune`.\n"
    )
    got = _texts(cards(gen(note, rule="commands")))
    assert "Which command deletes a stopped box?" in got
    assert not [t for t in got if "one?" in t or "instead" in t or "you" in t or "if" in t]
    assert not [t for t in got if " is done" in t]


def test_command_wrong_options_have_the_answer_shape():
    note = (
        "- `docker container logs` shows STDOUT/STDERR of PID 1\n"
        "- `docker container rm` deletes a stopped container\n"
        "- `docker container pause` freezes processes using the cgroup freezer\n"
        "- `docker container rm $(docker container ls -aq) -f` nukes everything\n"
        "- `docker container exec -it web1 sh` starts a new process inside it\n"
        "- `docker container run alpine sleep 1d` runs sleep as PID 1\n"
    )
    for q in questions(gen(note, rule="commands")):
        for option in q.options:
            assert "$(" not in option.text and "web1" not in option.text
            assert "alpine" not in option.text


def test_table_fronts_read_naturally():
    note = (
        "## Publishing ports\n\n"
        "| Mode | Flag | Behaviour |\n|---|---|---|\n"
        "| ingress (default) | `--publish 5000:80` | open on every node |\n"
        "| host | `--publish mode=host` | only on nodes running a task |\n"
    )
    assert not gen(note, rule="tables")
    drivers = (
        "## Drivers\n\n| Driver | Scope | Notes |\n|---|---|---|\n"
        "| `bridge` | local | default on one host |\n| `overlay` | swarm | spans nodes |\n"
    )
    got = _texts(cards(gen(drivers, rule="tables")))
    assert got and all("notes" not in t.lower() for t in got)


def test_no_numbers_from_logistics():
    note = (
        "## Logistics\n"
        "- Lab VMs: Jonas set up 3 nodes on the lab site, they expire after 4 h.\n"
        "- We meet again next week at 7pm to go over 12 more questions.\n"
    )
    assert not gen(note, rule="numbers")


def test_security_terms_go_to_d5_even_in_swarm_chapters():
    note = (
        "# Swarm security\n\n"
        "How are swarm node links secured? :: mutual TLS (mTLS)\n"
        "Command to rotate the swarm root CA? :: `docker swarm ca --rotate`\n"
    )
    drafts = gen(note, chapters=(10,))
    assert drafts and {d.domain for d in drafts} == {"D5"}
