"""What the twelfth audit (held-out notes H8) found wrong, each as the behaviour that fixes it."""

from .conftest import by_text, cards, gen, questions


def test_a_lead_that_is_a_sentence_names_its_list_in_order():
    notes = (
        "The OCI publishes two specs:\n\n"
        "1. the **image-spec** (what an image looks like)\n"
        "2. the **runtime-spec** (how to run a container)\n"
    )
    texts = {d.text for d in gen(notes)}
    assert "Name the 2 specs the OCI publishes." in texts
    assert not [t for t in texts if "OCI publishes two spec" in t]


def test_a_fragment_without_a_verb_is_not_blanked():
    notes = "- Sign + verify image **tags**, built on Notary, for every push.\n"
    assert gen(notes, rule="bold") == []


def test_answers_that_are_menu_paths_quotes_or_the_name_again_are_not_definitions():
    notes = (
        "- **LDAP / AD integration**: UCP Admin Settings \u2192 Authentication. Sync users.\n"
        '- **Collection**: the "on which". A group of resources in a path hierarchy.\n'
        "- **UCP (Universal Control Plane)**: the enterprise control plane.\n"
    )
    assert cards(gen(notes, rule="definitions")) == []


def test_one_term_per_answer_and_no_asides_about_the_book():
    notes = (
        "- runc = low-level runtime of the engine, containerd = high-level supervisor\n"
        "- **Stack file**: a Compose file of version 3 or higher (book's was 3.2)\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="definitions"))}
    assert texts["What is runc?"] == "Low-level runtime of the engine"
    assert not [a for a in texts.values() if "book" in a]


def test_a_roman_numbered_heading_is_a_topic_without_its_number():
    notes = (
        "## VI. Image promotion\n\n"
        "- **Immutable tags**: a repository setting that stops a tag being overwritten\n"
    )
    texts = {d.text for d in gen(notes, rule="definitions")}
    assert not [t for t in texts if "VI." in t]


def test_a_procedure_for_it_says_no_task():
    notes = (
        "To do it on a non-leader manager:\n\n"
        "1. stop Docker\n2. copy the swarm directory\n3. start Docker\n"
    )
    assert gen(notes, rule="steps") == []


def test_a_description_ending_in_an_adjective_takes_the_commands_object():
    notes = (
        "| Command | Does |\n|---|---|\n| `docker network prune` | delete all unused |\n"
        "| `docker network ls` | list networks |\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert "Which command deletes all unused networks?" in texts
    notes = "- Add more with `docker/dtr join --existing-replica-id <id>`.\n"
    assert gen(notes, rule="commands") == []


def test_a_product_name_in_capitals_is_not_code_and_arrows_are_no_answer():
    notes = (
        "Platform parts:\n\n- **UCP**: runs on every manager of the cluster\n"
        "- **DTR**: stores images behind UCP single sign-on\n"
        "- **Engine**: runs the containers on each node of the cluster\n"
        "- **HA**: 3/5/7 managers \u2192 load balancer in front\n"
    )
    made = gen(notes, rule="glossary")
    assert not [d for d in made if "`UCP`" in d.text or "`DTR`" in d.text]
    assert not [d for d in made if "\u2192" in d.answer]


def test_the_fuller_of_two_twin_questions_stays():
    notes = (
        "Instructions used:\n\n- FROM: sets the base image for the build.\n"
        "- COPY: copies files from the build context into the image.\n"
        "- RUN: runs a command and commits a new layer.\n"
    )
    texts = {d.text for d in cards(gen(notes))}
    assert "What does the `COPY` Dockerfile instruction do?" in texts
    assert "What does COPY do?" not in texts


def test_a_setting_line_is_not_blanked():
    notes = "- enable: Admin Settings \u2192 Layer 7 Routing; default ports **8080** (HTTP), 8443\n"
    assert by_text(gen(notes), "[...]") == []
    assert questions(gen(notes)) == []


def test_ports_in_a_row_each_say_their_job():
    notes = "- Open between nodes: 2377/tcp swarm management, 7946/tcp+udp gossip, 4789/udp VXLAN\n"
    texts = {d.text: d.answer for d in cards(gen(notes, rule="numbers"))}
    assert texts == {
        "Which port is used for swarm management?": "2377",
        "In Docker Swarm, which port is used for gossip?": "7946",
        "Which port is used for VXLAN?": "4789",
    }


def test_short_acronyms_say_they_are_dockers_and_asides_leave_questions():
    notes = (
        "Docker shipped two editions:\n\n"
        "- **Community Edition (CE)** - free and open source\n"
        "- **Enterprise Edition (EE)** - paid, with UCP and DTR\n\n"
        "- Stack file is a Compose file, must be **version 3 or higher** (book's was 3.2).\n"
    )
    texts = {d.text for d in gen(notes)}
    assert "In Docker, what does CE stand for?" in texts
    assert not [t for t in texts if "book" in t]


def test_that_manager_points_back():
    notes = "- UCP on that manager is **paused** during the backup of the swarm.\n"
    assert gen(notes, rule="bold") == []
