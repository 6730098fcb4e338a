"""What the seventeenth audit (held-out notes H13, two judges agreeing on 91 % of items: 44 %
and 40 % kept) found wrong, each as the behaviour that fixes it."""

from quizzes.generation import NoteInput, generate

from .conftest import cards, gen


def test_lab_values_of_a_stack_deploy_and_a_node_label_become_placeholders():
    notes = (
        "- `docker stack deploy -c docker-stack.yml seastack` \u2013 "
        'creates OR update stack "seastack" from file\n'
        "- `docker node update --label-add pcidss=yes wrk-2` \u2013 labels a node for placement\n"
    )
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(14,), rule="commands"))}
    assert by_text["Which command creates or updates a stack from file?"] == (
        "`docker stack deploy -c <compose-file> <stack>`"
    )
    assert by_text["Which command labels a node for placement?"] == (
        "`docker node update --label-add <key>=<value> <node>`"
    )


def test_a_warning_after_a_description_is_not_part_of_what_the_command_does():
    notes = "- `docker volume prune` - deletes all volumes not used by a container - careful\n"
    texts = {d.text for d in cards(gen(notes, chapters=(13,), rule="commands"))}
    assert "Which command deletes all volumes not used by a container?" in texts


def test_logs_of_a_service_is_no_verb():
    notes = "- `docker service logs` - logs of one service in the stack\n"
    assert gen(notes, chapters=(14,), rule="commands") == []


def test_a_port_two_notes_name_is_asked_once_and_says_where_it_belongs():
    swarm = "- Ports:\n  - 2377/tcp - cluster management\n  - 7946/tcp+udp - gossip\n"
    overlay = "- Ports to open:\n  - 2377/tcp - cluster management (joins)\n"
    drafts = generate(
        [NoteInput(1, "swarm", swarm, (10,)), NoteInput(2, "overlay", overlay, (12,))]
    )
    asked = [(d.note_id, d.text) for d in cards(drafts) if d.answer == "2377"]
    assert asked == [(1, "In Docker Swarm, which port is used for cluster management?")]


def test_no_number_cloze_from_a_note_dump_arithmetic_or_a_packet_walk_through():
    notes = (
        "- Mutual TLS, CA on the managers, certs rotate every 90 days by default, encrypted raft "
        "store, join tokens per role.\n"
        "- `docker swarm update --cert-expiry 720h` = 30 days.\n"
        "- C1 (10.0.0.3) pings C2 -> VTEP answers via gossip on 7946 -> frame goes to node2.\n"
    )
    assert gen(notes, chapters=(10,), rule="numbers") == []


def test_the_notes_own_scaffolding_is_no_term():
    notes = (
        "- fix: the app must be written for shared storage, Docker does not do locking\n"
        "- features: image scanning, promotion policies and webhooks for repositories\n"
        "- Analogy #2: a jury that needs a majority to reach a verdict\n"
        "- still unsure: does on-failure restart a stopped container on a daemon restart\n"
    )
    assert gen(notes, chapters=(16,), rule="definitions") == []


def test_a_definition_with_an_equals_sign_in_its_answer_is_not_asked():
    notes = "- **layer ID**: hash of its content (uncompressed) = content hash\n"
    assert gen(notes, chapters=(6,), rule="definitions") == []


def test_a_reverse_card_asks_for_the_thing_described_not_for_a_quote():
    notes = (
        "- **runc**: reference implementation of the OCI runtime-spec\n"
        "- **Moby**: tools that combine to make the Docker daemon\n"
        "- **Kubernetes**: leading orchestrator, needed for managing deployments\n"
    )
    by_text = {d.text: d.answer for d in cards(gen(notes, chapters=(2,), rule="definitions"))}
    assert by_text["What is the reference implementation of the OCI runtime-spec?"] == "runc"
    assert by_text["What are the tools that combine to make the Docker daemon?"] == "Moby"
    assert by_text["What is the leading orchestrator?"] == "Kubernetes"
    assert not [t for t in by_text if "described as" in t]


def test_a_cloze_drops_the_notes_lead_words():
    notes = (
        "# Volumes\n\n"
        "Core idea: every container gets a thin **writable layer** on top of its image layers.\n\n"
        "Next, **Docker Content Trust** is how you sign and verify images.\n"
    )
    texts = [d.text for d in gen(notes, chapters=(13,), rule="bold")]
    assert texts == [
        "In Docker volumes, every container gets a thin [...] on top of its image layers.",
        "In Docker volumes, [...] is how you sign and verify images.",
    ]


def test_no_cloze_on_the_books_layout_or_a_word_the_sentence_repeats():
    notes = (
        "**Secrets** are technically ch15 material but they show up again here.\n\n"
        "A **container** is roughly like a VM, but all containers on a host share the kernel.\n"
    )
    assert gen(notes, chapters=(17,), rule="bold") == []


def test_a_comparison_or_a_lab_heading_is_no_context():
    notes = (
        "## Local vs 3rd-party drivers\n\n"
        "- local driver: a volume driver whose volumes exist only on the host that made them\n"
    )
    assert not [d for d in gen(notes, chapters=(13,)) if "In the context of local" in d.text]
