"""Shapes seen in real study notes (written here in our own words) and what they must give."""

from .conftest import by_text, cards, correct, gen, questions, read


def test_labels_and_instructions_are_not_terms():
    notes = (
        "- Purpose: lets containerized apps talk to systems outside Docker\n"
        "- Negative: requires the host NIC in promiscuous mode\n"
        "- Know types of volume storage: block (EBS), file (EFS), object (S3)\n"
        "- TLS tightly integrated - can't build a swarm without it\n"
        "- Builder pattern before - two Dockerfiles and a copy script were needed\n"
        "- Initializing a swarm - initialize the first manager node\n"
        "- Don't install MSI packages - not efficient, larger images result\n"
        "- version - must be 3.0 or higher\n"
        "- services - where we define the stack of services\n"
    )
    assert gen(notes, rule="definitions") == []


def test_a_nested_list_folded_into_a_paragraph_is_not_a_definition():
    notes = (
        "* The deep dive\n"
        "  - Containerizing an app\n"
        "      1. Dockerfile \n"
        "        - build context - root of your app\n"
        "        - starts with FROM, the base layer\n"
    )
    assert by_text(gen(notes), "What is Dockerfile?") == []


def test_adjectives_ending_in_ed_are_not_past_tense_verbs():
    drafts = cards(gen("- Sandbox - isolated network stack with interfaces and routes\n"))
    assert [d.text for d in drafts][:1] == ["What is a sandbox?"]


def test_plural_terms_with_a_verb_read_as_what_do_they_do():
    drafts = cards(
        gen(
            "* Namespaces - slice up the OS so each container gets an isolated view\n"
            "* Control Groups (cgroups) - limit the resources a container can use\n"
        )
    )
    texts = [d.text for d in drafts]
    assert "What do namespaces do?" in texts
    assert "What do Control Groups (cgroups) do?" in texts
    assert "Which groups limit the resources a container can use?" in texts


def test_sentences_that_define_a_term():
    drafts = cards(
        gen(
            "An image is a read-only template for creating containers.\n\n"
            "libnetwork is Docker's real-world implementation of the CNM.\n\n"
            "Raft consensus algorithm is used for manager HA.\n\n"
            "Every Docker host is a member of one network at least.\n\n"
            "This is the default driver.\n"
        )
    )
    texts = {d.text: d.answer for d in drafts}
    assert texts["What is an image?"] == "A read-only template for creating containers"
    assert texts["What is libnetwork?"] == "Docker's real-world implementation of the CNM"
    assert texts["What is the Raft consensus algorithm used for?"] == "Manager HA"
    assert not by_text(drafts, "every") and not by_text(drafts, "this")
    bind = {
        d.text: d.answer
        for d in cards(gen("A bind mount is a host file or folder mounted into a container.\n"))
    }
    assert bind["What is a bind mount?"] == "A host file or folder mounted into a container"
    assert bind["What is a host file or folder mounted into a container?"] == "A bind mount"


def test_later_sentences_of_a_definition_add_facts():
    notes = (
        "- **containerd-shim**: a small process that invokes runc. This solves the zombie "
        "reaping problem.\n- Moby - tools that make up the Docker daemon. Breaks Docker into "
        "modular components.\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="definitions"))}
    assert texts["Which problem does containerd-shim solve?"] == "The zombie reaping problem"
    assert texts["What does Moby do?"] == "Breaks Docker into modular components"


def test_a_generic_list_lead_takes_its_heading_as_topic():
    notes = (
        "### Docker Stack file (high level)\n\nNote the four sections:\n\n* version\n* services\n"
    )
    (card,) = cards(gen(notes, rule="lists"))
    assert card.text == "Name the 2 sections of the Docker Stack file."
    has = cards(gen("Image names have three parts:\n\n1. Registry\n2. Repository\n3. Tag\n"))
    assert has[0].text == "Name the 3 parts of image names."


def test_lab_walkthroughs_are_not_steps():
    notes = (
        "## Deploying the app\n\n1. Make sure you are on the manager1 node\n"
        "2. Enter the command `docker swarm init`\n3. Add a label to worker1\n"
        "4. Verify the node label\n\n"
        "### Setup\n1. Go to https://labs.play-with-docker.com/\n2. Click on Login\n"
        "3. Press Start to start the session\n"
    )
    assert gen(notes, rule="steps") == []


def test_a_named_workflow_sentence_gives_steps():
    notes = "Secret workflow: create the secret, grant a service access, mount it in the replica.\n"
    (quiz,) = questions(gen(notes, rule="steps"))
    assert quiz.text == "In the secret workflow, which order of steps is correct?"


def test_example_values_are_not_numbers_that_matter():
    notes = (
        "For example, a web server on port 80 can map port 5000 on the host.\n\n"
        "Swarm deploys 5 replicas across the swarm and watches them.\n\n"
        "With 4 managers and 2 on each side of a partition there is no consensus.\n"
    )
    assert gen(notes, rule="numbers") == []


def test_a_default_with_an_attached_unit():
    (card,) = cards(
        gen(
            "- stop_grace_period: time Swarm waits before a kill (default is 10s)\n", rule="numbers"
        )
    )
    assert card.answer == "10s" and card.text.endswith("(default is [...])")


def test_tables_are_definitions_only_under_a_description_header():
    notes = (
        "| Feature | What it protects |\n|---|---|\n| **Secrets** | passwords and keys |\n\n"
        "| Term | Description |\n|---|---|\n| **Sandbox** | an isolated network stack |\n"
    )
    texts = [d.text for d in gen(notes, rule="definitions")]
    assert "What is a sandbox?" in texts
    assert not [t for t in texts if "secret" in t.lower()]


def test_an_author_question_wins_over_a_generated_twin():
    notes = (
        "- `docker image prune` removes all dangling images\n- `docker image ls` lists images\n"
        "- `docker image rm` deletes an image\n- `docker history` shows image history\n\n"
        "Which command removes all dangling images?\n- [ ] `docker image rm`\n"
        "- [x] `docker image prune`\n- [ ] `docker rmi -f`\n- [ ] `docker system df`\n"
    )
    (quiz,) = by_text(questions(gen(notes)), "removes all dangling images")
    assert quiz.rule == "choices"


def test_images_and_security_fixtures(syllabus):
    images = gen(read("ch06-images.md"), (6,), syllabus)
    assert correct(by_text(questions(images), "Which of these are part of an image name")[0]) == [
        "repository",
        "tag",
    ]
    assert by_text(cards(images), "What is a registry?")[0].answer == (
        "A central place to store and distribute images"
    )
    assert not [d for d in images if "Sam" in f"{d.text} {d.answer}".split()]  # logistics
    security = gen(read("ch15-security.md"), (15,), syllabus)
    assert by_text(security, "Manager certificates rotate every [...] days")[0].answer == "90"
    assert by_text(security, "What does MAC stand for?")[0].answer == "Mandatory Access Control"
    assert correct(by_text(questions(security), "links a manager and a worker")[0]) == ["mTLS"]
    assert {d.domain for d in security} <= {"D5", "D3", "D1"}
