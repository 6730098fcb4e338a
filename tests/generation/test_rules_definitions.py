from .conftest import by_text, cards, correct, gen, questions

ENGINE = """Docker is now made up of:

- **Docker client** aka "docker": (unchanged)
- **Docker daemon** aka "dockerd": responsible for the API and volume management.
- **containerd**: is a **container execution supervisor** which manages the container lifecycle.
- **containerd-shim**: a small process for invoking runc. This is used to keep STDIO open.
- **runc**: is lightweight universal container runtime. Runc is used by containerd for
  spawning containers according to OCI spec.
"""


def test_bold_term_colon_text_defines_the_term():
    drafts = gen(ENGINE, rule="definitions")
    (what,) = by_text(cards(drafts), "What is containerd?")
    assert what.answer == "A container execution supervisor which manages the container lifecycle"
    (shim,) = by_text(cards(drafts), "What is containerd-shim?")
    assert shim.answer == "A small process for invoking runc"


def test_an_alias_gets_a_card_each_way_and_a_question():
    drafts = gen(ENGINE, rule="definitions")
    (name,) = by_text(cards(drafts), "another name for the Docker daemon")
    assert name.answer == "dockerd"
    (back,) = by_text(cards(drafts), "What is dockerd?")
    assert back.answer == "The Docker daemon"
    (quiz,) = by_text(questions(drafts), "another name for the Docker daemon")
    assert correct(quiz) == ["dockerd"] and len(quiz.options) >= 3


def test_responsible_for_and_used_for_read_naturally():
    drafts = gen(ENGINE, rule="definitions")
    assert by_text(drafts, "What is the Docker daemon responsible for?")[0].answer == (
        "The API and volume management"
    )
    assert by_text(drafts, "What is containerd-shim used for?")[0].answer == "To keep STDIO open"
    assert by_text(drafts, "What does containerd use runc for?")[0].answer == (
        "Spawning containers according to OCI spec"
    )


def test_a_definition_question_asks_for_the_term_among_other_terms():
    drafts = gen(ENGINE, rule="definitions")
    (quiz,) = by_text(questions(drafts), "a small process for invoking runc")
    assert quiz.text == "Which of the following is a small process for invoking runc?"
    assert correct(quiz) == ["containerd-shim"]
    assert {o.text for o in quiz.options} <= {
        "containerd-shim",
        "containerd",
        "runc",
        "Docker daemon",
        "Docker client",
    }


def test_plain_list_items_with_a_dash_or_colon_define_terms():
    drafts = cards(
        gen(
            "- Kubernetes - leading orchestrator for managing deployments\n"
            "- Sandboxes: an isolated network stack with interfaces and routes\n"
            "- Worker nodes: accept tasks from managers and execute them\n",
            rule="definitions",
        )
    )
    texts = {d.text: d.answer for d in drafts}
    assert texts["What is Kubernetes?"] == "Leading orchestrator for managing deployments"
    assert texts["What are sandboxes?"] == "An isolated network stack with interfaces and routes"
    assert texts["What do worker nodes do?"] == "Accept tasks from managers and execute them"
    assert texts["Which nodes accept tasks from managers and execute them?"] == "Worker nodes"


def test_acronyms_and_also_called_and_appositives():
    drafts = gen(
        "Docker networking is based on the Container Network Model (CNM).\n\n"
        "Storage is managed by the storage driver, which is sometimes called the graph driver.\n\n"
        "runc wraps libcontainer, the library that replaced LXC.\n",
        rule="definitions",
    )
    texts = {d.text: d.answer for d in drafts}
    assert texts["In Docker, what does CNM stand for?"] == "Container Network Model"
    assert texts["What is another name for the storage driver?"] == "graph driver"
    assert texts["Which library replaced LXC?"] == "libcontainer"


def test_what_is_not_a_definition_gives_nothing():
    notes = (
        "- Note: bring laptops next week\n"
        "- make sure containers have restart policy, then drain nodes\n"
        "- Block storage: Amazon EBS, Cinder, Pure Storage\n"
        "- Dev perspective - containerize app\n"
        "- Install Docker: run the convenience script\n"
        "- `docker ps` - list running containers\n"
        "- EE vs CE\n"
    )
    assert gen(notes, rule="definitions") == []


def test_two_column_tables_define_terms():
    drafts = gen(
        "| Concept | Description |\n|---|---|\n| **Service** | the definition of tasks to run |\n",
        rule="definitions",
    )
    assert {d.text for d in drafts} >= {"What is a service?"}
