"""Recall: tables, plain ordered procedures, Q:/A: pairs, inline family lists, numbers in prose."""

from quizzes.generation.parser import parse
from quizzes.generation.tree import Table

from .conftest import by_text, cards, correct, gen, questions

PORTS = """## Ports

| Port | Purpose |
|------|---------|
| 2377/tcp | cluster management |
| 7946/tcp+udp | node discovery |
| 4789/udp | VXLAN data plane |
"""

TERMS = """## Kernel tech

| Technology | What it does |
|---|---|
| Namespaces | Isolate what a container can see |
| Control groups | Limit what a container can use |
| seccomp | Filters which syscalls a container can make |
"""

WIDE = """## Drivers

| Driver | Scope | Purpose |
|---|---|---|
| bridge | local | Single-host networking |
| overlay | swarm | Multi-host networking |
"""


def test_the_parser_exposes_tables_with_line_numbers():
    doc = parse(1, PORTS)
    (table,) = [b for b in doc.flat if isinstance(b, Table)]
    assert (table.line_start, table.line_end) == (3, 7)
    assert [c.text for c in table.header] == ["Port", "Purpose"]
    assert [row[0].line for row in table.rows] == [5, 6, 7]


def test_a_port_table_asks_which_port_with_the_other_ports_as_wrong_options():
    drafts = gen(PORTS, rule="tables")
    (quiz,) = by_text(questions(drafts), "cluster management")
    assert quiz.text == "In Docker Swarm, which port is used for cluster management?"
    assert correct(quiz) == ["2377"]
    assert {"7946", "4789"} <= {o.text for o in quiz.options}
    assert len(quiz.options) == 4
    texts = {(d.text, d.answer) for d in cards(drafts)}
    assert ("In Docker Swarm, which port is used for node discovery?", "7946/tcp+udp") in texts
    assert ("What is port 4789/udp used for?", "VXLAN data plane") in texts
    assert quiz.line_start == 5


def test_a_term_table_gives_definition_cards_and_questions():
    drafts = gen(TERMS, rule="tables")
    assert ("What do namespaces do?", "Isolate what a container can see") in {
        (d.text, d.answer) for d in cards(drafts)
    }
    (quiz,) = by_text(questions(drafts), "control groups")
    assert correct(quiz) == ["Limit what a container can use"]
    assert len(quiz.options) == 3


def test_a_wide_table_uses_the_column_names():
    texts = {(d.text, d.answer) for d in cards(gen(WIDE, rule="tables"))}
    assert ("What is the scope of the bridge driver?", "Local") in texts
    assert ("What is the overlay driver used for?", "Multi-host networking") in texts


def test_tables_that_are_not_knowledge_give_nothing():
    schedule = "| Date | Who | Chapter |\n|---|---|---|\n| 14/03 | Ravi | 5 |\n| 21/03 | Jo | 6 |\n"
    todo = "## TODO\n\n| Task | Owner |\n|---|---|\n| book exam | Mei |\n| push lab | Ravi |\n"
    assert gen(schedule, rule="tables") == []
    assert gen(todo, rule="tables") == []


PROCEDURE = """## Building the lab

1. Initialise the swarm on node1:

   ```bash
   docker swarm init
   ```

2. On node2, join the swarm as a worker.
3. Create the overlay network.
4. `docker service create --network uber-net web` to start a service.
"""


def test_a_plain_ordered_procedure_under_a_heading_gives_steps():
    drafts = gen(PROCEDURE, rule="steps")
    after = by_text(cards(drafts), "what comes after")
    assert after[0].text == (
        "When building the lab, what comes after \u201cinitialise the swarm on node1\u201d?"
    )
    assert after[0].answer == "On node2, join the swarm as a worker"
    assert len(questions(drafts)) == 1


def test_chapter_and_ranked_lists_are_not_procedures():
    chapters = "## Book\n\n1. Containers from 30,000 feet\n2. Docker\n3. Installing Docker\n"
    ranked = "## Favourite drivers\n\n1. overlay2\n2. btrfs\n3. zfs\n"
    assert gen(chapters, rule="steps") == []
    assert gen(ranked, rule="steps") == []


def test_q_and_a_line_pairs_are_author_cards():
    note = (
        "Q: How do you start the app in the background?\nA: `docker compose up -d`\n\n"
        "**Q:** Which command lists stacks?\n**A:** `docker stack ls`\n\n"
        "Question: What does down keep?\nAnswer: Volumes, unless you add `--volumes`.\n"
    )
    drafts = gen(note)
    assert [(d.rule, d.kind, d.text, d.answer) for d in drafts] == [
        (
            "explicit",
            "basic",
            "How do you start the app in the background?",
            "`docker compose up -d`",
        ),
        ("explicit", "basic", "Which command lists stacks?", "`docker stack ls`"),
        ("explicit", "basic", "What does down keep?", "Volumes, unless you add `--volumes`."),
    ]
    assert (drafts[0].line_start, drafts[0].line_end) == (1, 2)


def test_an_inline_list_of_a_known_family_gives_a_list_card_and_a_question():
    note = (
        "## Containers\n\n"
        "Docker has four restart policies: `no`, `always`, `unless-stopped`, `on-failure`.\n"
    )
    drafts = gen(note, rule="lists")
    assert cards(drafts)[0].text == "Name the 4 restart policies."
    assert cards(drafts)[0].answer == "no, always, unless-stopped, on-failure"
    (quiz,) = questions(drafts)
    assert quiz.text == "Which of the following is a restart policy?"
    wrong = {o.text for o in quiz.options if not o.correct}
    assert len(wrong) == 3 and not wrong & {"no", "always", "unless-stopped", "on-failure"}


def test_items_starting_with_family_members_under_a_family_heading():
    note = (
        "### Restart policies\n\nThere are four policies:\n\n"
        "- `no` is the default: never restart.\n- `always` restarts whenever it stops.\n"
        "- `on-failure` restarts on a non-zero exit code.\n"
    )
    (card,) = cards(gen(note, rule="lists"))
    assert card.answer == "no, always, on-failure"


def test_inline_lists_of_unknown_things_give_nothing():
    note = (
        "## Misc\n\nThings we liked: pizza, coffee, long walks.\n\n"
        "Restart policies: pizza, coffee.\n"
    )
    assert gen(note, rule="lists") == []


def test_numbers_with_units_in_prose_become_clozes():
    note = (
        "The default seccomp profile blocks about 44 syscalls.\n\n"
        "`docker stop` sends SIGTERM and, if the process has not exited after 10 seconds, "
        "sends SIGKILL.\n\n"
        "Version 1.0 came out in 2014.\n\n"
        "Use `-p 8080:80`, which maps port 8080 on the host to port 80 in the container.\n\n"
        "After 3 tries I gave up on the lab.\n"
    )
    got = {(d.text, d.answer) for d in cards(gen(note, rule="numbers"))}
    assert got == {
        ("The default seccomp profile blocks about [...] syscalls.", "44"),
        (
            "`docker stop` sends SIGTERM and, if the process has not exited after [...] seconds, "
            "sends SIGKILL.",
            "10",
        ),
    }
