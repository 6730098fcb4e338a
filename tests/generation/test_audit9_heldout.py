"""What the ninth audit (held-out notes H5) found wrong, each as the behaviour that fixes it."""

from .conftest import by_text, cards, gen


def test_who_said_what_in_a_meeting_is_no_fact():
    notes = (
        "- **Sam** summarised: Compose defines a multi-container app in one YAML file.\n"
        "- **Marco** pointed out the v1 to v2 change.\n"
        "- **Tom (via chat)** asked whether `down` deletes the built image.\n"
        "- Argued **10** mins about whether Compose is on the blueprint.\n"
    )
    assert by_text(gen(notes), "[...]") == []


def test_an_answer_under_the_authors_question_gives_no_cloze():
    notes = (
        "What does `docker stop` do?\n"
        "Sends **SIGTERM** to PID 1 in the container, waits **10 seconds**, then SIGKILL.\n"
    )
    drafts = gen(notes)
    assert [d.rule for d in drafts] == ["asked"]


def test_answer_words_and_labels_leave_the_cloze():
    notes = (
        "3. Thought root in a container is root on the host. Not quite: Docker drops most "
        "**capabilities** by default and keeps a small set.\n"
        "4. Windows: uses the **WSL 2** backend (older: Hyper-V).\n"
    )
    texts = {d.text for d in gen(notes, chapters=(3,), rule="bold")}
    assert "Docker drops most [...] by default and keeps a small set." in texts
    assert "In Docker installation, Windows uses the [...] backend (older: Hyper-V)." in texts


def test_negations_questions_lists_and_code_labels_are_not_blanked():
    notes = (
        "The daemon **doesn't** run containers any more; containerd does that now.\n\n"
        "How do you leave a container's shell **without** killing the container?\n\n"
        "Docker on Linux uses these: **pid, net, mnt, ipc, uts** (plus user when enabled).\n\n"
        "- `version` \u2014 **obsolete** under the Compose Specification, ignored by v2.\n"
    )
    assert gen(notes, rule="bold") == []


def test_lab_names_leave_commands_wherever_they_are():
    notes = (
        "- `docker pull nigelpoulton/tu-demo -a` pulls all tags of a repository\n"
        "- `docker tag src:1 myrepo/app:1` adds another name to the same image ID\n"
        "- `docker manifest inspect golang` shows the manifest list of an image\n"
        "- `docker search alpine --filter is-official=true` searches Docker Hub\n"
        "- `docker swarm join-token --rotate manager` - rotate\n"
    )
    answers = {d.answer for d in cards(gen(notes, rule="commands"))}
    assert "`docker pull -a`" in answers
    assert "`docker tag <source> <target>`" in answers
    assert "`docker manifest inspect <image>`" in answers
    assert not [a for a in answers if "alpine" in a or "manager" in a]


def test_a_pronoun_on_either_side_of_an_arrow_links_nothing():
    notes = "- dockerd receives it \u2192 calls **containerd** over gRPC\n"
    assert gen(notes, rule="arrows") == []
    assert gen(notes, rule="bold") == []


def test_a_plural_subject_defined_by_a_plural_kind_in_prose():
    notes = (
        "Volumes are first-class objects in Docker with their own lifecycle.\n\n"
        "Tags are mutable, so pin digests in production.\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="definitions"))}
    assert texts["What are volumes?"] == "First-class objects in Docker with their own lifecycle"
    assert not [t for t in texts if "tags" in t.lower()]
