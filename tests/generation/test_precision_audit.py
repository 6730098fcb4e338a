"""Precision fixes from the audit of unseen notes: nothing wrong is better than something."""

from quizzes.generation.quality import filter_drafts

from .conftest import by_text, cards, gen, questions


def texts(drafts):
    return [d.text for d in drafts]


def test_labels_fragments_arrows_and_keys_are_not_terms():
    notes = (
        "- Images are small on purpose\n"
        "  - no kernel - containers share the host kernel\n"
        "- If no registry given -> docker.io (Docker Hub)\n"
        "- Layers are shared between images -> pull says `Already exists`\n"
        "- Good for prod: you always get exactly the same image\n"
        "- deploy: `docker stack deploy -c docker-stack.yml myapp`\n"
        "- **Autolock**: `docker swarm init --autolock` or `docker swarm update --autolock=true`\n"
        "- Unofficial repos - anyone's, e.g. `nigelpoulton/tu-demo`; don't trust by default\n"
    )
    assert gen(notes, rule="definitions") == []


def test_plural_terms_and_participles():
    notes = "- Official repos - vetted by Docker, live at top level of Docker Hub\n"
    got = texts(gen(notes, rule="definitions"))
    # "vetted by Docker, …" says how they are, not what they are: no "What are …?" card
    # (held-out audit 6 judged such cards as needing a rewrite).
    assert got == []


def test_reverse_card_needs_a_self_contained_description():
    notes = "- Image - read-only template used to start containers; think of it like a class\n"
    got = texts(cards(gen(notes, rule="definitions")))
    assert "What is the read-only template used to start containers?" in got


def test_command_descriptions_lose_noise_and_keep_nouns():
    notes = (
        "- `docker image prune -a` removes all unused images too\n"
        "- `docker image history` - build history, one line per instruction\n"
        "- `docker image rm $(docker image ls -q) -f` deletes ALL images -- careful\n"
        "- `docker manifest inspect` shows the list\n"
        "- `docker buildx build --platform linux/amd64` builds multi-arch\n"
        "- `docker container inspect` prints its IP address, mounts and restart policy\n"
    )
    got = texts(cards(gen(notes, rule="commands")))
    assert "Which command removes all unused images?" in got
    # "the build history" says `history`: only the reverse card is asked
    assert (
        "Which `docker image` command shows the build history, one line per instruction?" not in got
    )
    assert "What does `docker image history` do?" in got
    assert "Which command deletes all images?" in got
    assert (
        "Which `docker container` command prints its IP address, mounts and restart policy?" in got
    )
    assert not [t for t in got if "the list" in t or "multi-arch" in t or "builds history" in t]


def test_lab_names_are_dropped_and_unexplained_arguments_skip():
    notes = (
        "- `docker network inspect uber-net` shows the subnet and the container IPs\n"
        "- Rotate a leaked token with `docker swarm join-token --rotate worker`\n"
    )
    got = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert got == {
        "Which command shows the subnet and the container IPs?": "`docker network inspect`",
        "What does `docker network inspect` do?": "Shows the subnet and the container IPs",
    }


def test_no_giveaway_when_only_the_answer_names_the_verb():
    notes = (
        "- Pull by digest: `docker image pull alpine@sha256:abc`\n"
        "- `docker image ls` - list local images\n"
        "- `docker image rm` - delete an image\n"
        "- `docker image inspect` - show the config\n"
    )
    assert by_text(questions(gen(notes, rule="commands")), "pulls by digest") == []


def test_bold_clozes_need_their_context_and_hide_no_spelled_out_acronym():
    notes = (
        "Each end is a **VTEP** (VXLAN tunnel endpoint) that does the encapsulation work.\n\n"
        "Inside it, a virtual switch called **Br0** is created on each host.\n\n"
        "If you add `-d` instead, the container runs **detached** in the background.\n"
    )
    assert gen(notes, rule="bold") == []


def test_domains_follow_the_subject(syllabus):
    note = (
        "Data that must outlive a container should go in a **volume** rather than in the "
        "container's writable layer.\n\n"
        "`docker container stats` gives a live stream of CPU, memory and network use.\n"
    )
    drafts = gen(note, chapters=(7,), syllabus=syllabus)
    assert {d.domain for d in drafts if d.rule == "bold"} == {"D6"}
    assert {d.domain for d in drafts if d.rule == "commands"} == {"D1"}


def test_one_blank_once_and_no_third_card_on_a_fact():
    note = (
        "The manager is the root CA; certificates rotate every **90 days** by default.\n\n"
        "- **containerd**: is a **container supervisor** that runs under dockerd.\n"
    )
    drafts = gen(note)
    clozes = [d for d in drafts if d.kind == "cloze" and "rotate" in d.text]
    assert len(clozes) == 1
    line2 = [d for d in cards(drafts) if d.line_start == 3]
    assert len(line2) == 2
    assert filter_drafts(drafts) == drafts  # stable
