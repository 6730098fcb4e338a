"""What the seventh audit (fresh notes by new writers) found wrong, each as the behaviour that
fixes it: items that do not say what they are about, labels and lab names left in, and the
same fact asked several times."""

from .conftest import by_text, cards, correct, gen, questions


def texts(drafts):
    return [d.text for d in drafts]


def test_a_cloze_without_a_subject_names_the_item_it_belongs_to():
    notes = (
        "7. **MACVLAN**\n"
        "   - Needs NIC in **promiscuous mode** -> usually blocked on public cloud.\n"
    )
    (cloze,) = by_text(cards(gen(notes, rule="bold")), "[...]")
    assert cloze.text == "MACVLAN: needs NIC in [...] -> usually blocked on public cloud."
    assert cloze.answer == "promiscuous mode"


def test_a_later_sentence_of_a_definition_names_its_term():
    notes = (
        "- **OCI (Open Container Initiative)**: Governance body formed in 2015 to standardise "
        "container bits. Publishes two specs for all vendors. Runs under the **Linux "
        "Foundation** with open governance.\n"
    )
    (cloze,) = by_text(cards(gen(notes, rule="bold")), "runs under")
    assert cloze.text == "OCI: runs under the [...] with open governance."


def test_a_cloze_without_a_subject_or_topic_is_not_made():
    assert gen("- -> node becomes a manager and the **leader** of the swarm\n", rule="bold") == []


def test_a_sentence_that_takes_the_previous_one_back_gives_no_cloze():
    notes = (
        "Control-plane traffic is encrypted by default. Data-plane traffic is not: add "
        "`--opt encrypted` to get IPsec tunnels, with keys rotated every **12 hours**.\n\n"
        "Image scanning finds CVEs. Combine that with **image promotion** policies to copy "
        "clean images to prod.\n"
    )
    assert by_text(gen(notes), "[...]") == []


def test_labels_are_no_terms_and_leave_the_cloze():
    notes = (
        "- **gotcha:** `docker container stop` sends SIGTERM, waits **10 s** (default), "
        "then SIGKILL.\n"
        "- **gotcha:** restart policy default is **`no`**.\n"
    )
    drafts = gen(notes)
    assert not by_text(drafts, "gotcha")
    (cloze,) = by_text(cards(drafts), "[...] s")
    assert cloze.text.startswith("`docker container stop` sends SIGTERM")


def test_a_list_that_does_not_say_its_topic_gets_the_chapters():
    notes = "Top-level keys:\n\n- `version`\n- `services`\n- `networks`\n- `volumes`\n"
    (card,) = by_text(cards(gen(notes, chapters=(9,), rule="lists")), "name the")
    assert card.text == "In Docker Compose, name the 4 top-level keys."
    # A list that says what it is about keeps its own words.
    notes = "Swarm node roles:\n\n- manager\n- worker\n"
    (card,) = by_text(cards(gen(notes, chapters=(9,), rule="lists")), "ame the")
    assert card.text == "Name the 2 Swarm node roles."


def test_one_item_per_port_in_a_note():
    notes = (
        "## Ports\n\n- 4789/udp -> VXLAN data plane\n- 7946/tcp+udp -> gossip\n\n"
        "The default VXLAN port is UDP 4789. The VTEP sends frames via UDP 4789 to the "
        "other node.\n"
    )
    drafts = gen(notes, rule="numbers")
    assert [d.text for d in cards(drafts)] == [
        "Which port is used for VXLAN data plane?",
        "In Docker Swarm, which port is used for gossip?",
    ]
    assert all(not d.text.startswith("Fill in the blank") for d in questions(drafts))


def test_a_port_line_with_an_arrow_and_shorthand_reads_as_a_question():
    (card,) = cards(gen("## Ports\n\n- 2377/tcp -> client-to-swarm / cluster mgmt\n"))
    assert card.text == "Which port is used for client-to-swarm / cluster management?"


def test_a_question_and_a_card_that_ask_the_same_of_one_answer_are_one():
    notes = (
        "Lifecycle commands:\n\n"
        "- `docker-compose rm` (removes stopped containers, not volumes)\n"
        "- `docker-compose down` (stops + remove containers and networks)\n"
        "- `docker-compose ps` (lists the containers of the app)\n"
        "- `docker-compose top` (shows the processes of each container)\n\n"
        "Also: `docker-compose rm` removes stopped containers.\n"
    )
    drafts = gen(notes)
    asked = by_text(cards(drafts), "removes stopped containers")
    assert len(asked) == 1
    assert asked[0].text.startswith("Which Docker Compose command")  # not "lifecycle command"
    (down,) = by_text(cards(drafts), "networks?")
    assert down.text == "Which Docker Compose command stops and removes containers and networks?"
    for quiz in questions(drafts):
        assert all(o.text.count("`") == 2 for o in quiz.options)  # no ``double`` backticks


def test_an_example_in_brackets_is_no_description():
    notes = "Top-level keys:\n\n- `services` \u2013 the containers (here `web-fe` and `redis`)\n"
    assert by_text(gen(notes), "web-fe") == []


def test_definition_questions_need_a_list_of_one_kind():
    glossary = (
        "## Terms\n\n"
        "- **Docker, Inc.**: the company that started Docker\n"
        "- **Docker Engine**: the core runtime everything else sits on\n"
        "- **image-spec**: the OCI standard for the image format\n"
        "- **containerd**: the container supervisor donated to the CNCF\n"
    )
    assert questions(gen(glossary, rule="definitions")) == []  # a company among specs
    kinds = (
        "## Networking\n\nCNM building blocks:\n\n"
        "- **Sandbox**: an isolated network stack with its interfaces and routes\n"
        "- **Endpoint**: a virtual network interface that joins a sandbox to a network\n"
        "- **Network**: a software implementation of an 802.1d switch\n"
    )
    drafts = gen(kinds, rule="definitions")
    (quiz,) = by_text(questions(drafts), "802.1d switch?")
    assert correct(quiz) == ["Network"]
    assert {o.text for o in quiz.options} == {"Sandbox", "Endpoint", "Network"}
    # a generic term's card names its topic
    assert by_text(cards(drafts), "In the context of CNM building blocks, what is a sandbox?")


def test_step_questions_say_which_procedure():
    notes = (
        "## Trusting what you run: Docker Content Trust\n\n"
        "1. `export DOCKER_CONTENT_TRUST=1`\n2. `docker trust key generate <name>`\n"
        "3. `docker trust sign <repo>:<tag>`\n"
    )
    assert {d.text.split(",")[0] for d in gen(notes, rule="steps")} == {
        "When using Docker Content Trust"
    }
    notes = (
        "## Building one\n\n1. Init a swarm\n2. Create an overlay network\n"
        "3. Create a service on it\n"
    )
    assert not [d for d in gen(notes, rule="steps") if "building one" in d.text.lower()]


def test_a_protocol_named_after_over_links_the_two_sides():
    notes = (
        "1. dockerd → containerd over gRPC (`/run/containerd/containerd.sock`)\n"
        "2. The client talks to the daemon via REST.\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="arrows"))}
    assert texts == {
        "Which protocol links dockerd and containerd?": "gRPC",
        "Which protocol links the Docker client and the Docker daemon?": "REST",
    }


def test_flags_under_a_command_say_which_command_they_belong_to():
    notes = (
        "Useful `docker run` flags:\n\n"
        "- `--init` - adds tini as PID 1\n"
        "- `-d` - runs the container in the background\n"
        "- `--restart` - sets the restart policy\n"
    )
    drafts = gen(notes, rule="glossary")
    assert by_text(cards(drafts), "What does the `--init` flag of `docker run` do?")
    (quiz,) = by_text(questions(drafts), "tini")
    assert quiz.text == "Which `docker run` flag adds tini as PID 1?"
    assert correct(quiz) == ["`--init`"]


def test_a_command_described_by_what_it_shows_with_an_aside_in_backticks():
    notes = (
        "1. `docker container ls -a` \u2014 all containers incl. stopped (`ls` alone = running)\n"
        "2. `docker container attach ctr1` \u2014 attach to PID 1's terminal (careful: `exit` "
        "kills it)\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert texts["Which command shows all containers including stopped?"] == (
        "`docker container ls -a`"
    )
    attach = "Which `docker container` command attaches to PID 1's terminal?"
    assert texts[attach] == "`docker container attach`"  # the family says what of


def test_a_term_equal_to_a_noun_phrase_is_defined():
    (card,) = by_text(cards(gen("- Image ID = hash of the config JSON.\n")), "What is the")
    assert (card.text, card.answer) == ("What is the Image ID?", "Hash of the config JSON")
    assert gen("- Desktop = dev/test only, NOT for prod.\n", rule="definitions") == []


def test_a_table_of_filters_names_its_command():
    notes = (
        "## Filters for `docker image ls --filter`\n\n"
        "| Filter | Example | Meaning |\n|---|---|---|\n"
        "| dangling | `dangling=true` | untagged |\n"
        "| before | `before=alpine:latest` | created before that image |\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="tables"))}
    question = "In `docker image ls --filter`, what does the `dangling` filter mean?"
    assert texts[question] == "Untagged"


def test_steps_that_are_commands_with_their_jobs_are_asked_as_commands():
    notes = (
        "## Trusting what you run: Docker Content Trust\n\n"
        "1. `docker trust key generate <name>` \u2013 create a signing key pair\n"
        "2. `docker trust sign <repo>:<tag>` (or just push) \u2013 sign and push\n"
        "3. `docker trust inspect --pretty <repo>:<tag>` \u2013 check signatures\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="steps"))}
    after = "When using Docker Content Trust, what comes after `docker trust key generate <name>`?"
    assert texts[after] == "`docker trust sign <repo>:<tag>`"


def test_a_list_of_commands_is_no_set_to_recite():
    notes = (
        "Lifecycle commands:\n\n- `docker-compose up -d`\n- `docker-compose ps`\n"
        "- `docker-compose stop`\n- `docker-compose down`\n"
    )
    assert gen(notes, rule="lists") == []


def test_a_link_after_a_definition_and_a_company_name_keep_the_card():
    notes = (
        "- **Moby project**: the upstream open-source project where Docker is broken into "
        "modular components. Repo: https://github.com/moby/moby\n"
        "- **Docker, Inc.**: the San Francisco tech company that started Docker.\n"
        "- **Batteries included but removable**: Docker's philosophy of swappable defaults.\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="definitions"))}
    assert texts["What is the Moby project?"].startswith("The upstream open-source project")
    assert texts["What is Docker, Inc.?"] == "The San Francisco tech company that started Docker"
    assert "http" not in " ".join(texts.values())
