"""What the twenty-second audit (held-out notes H20: 47.2 % and 37.7 % kept; on the session's
first commit the same notes gave 40.9 % and 43.2 %, with fewer items) found wrong, each as the
behaviour that fixes it."""

from quizzes.generation import text as tx

from .conftest import gen


def test_a_comparison_in_a_command_is_no_highlight():
    notes = (
        "Placement:\n    docker service create --constraint 'node.labels.zone==east' redis\n"
        "    --constraint 'node.role==worker'\n\nThe ==build context== is sent to the daemon.\n"
    )
    assert [(d.text, d.answer) for d in gen(notes, chapters=(10,), rule="cloze")] == [
        ("The [...] is sent to the daemon.", "build context")
    ]


def test_a_diary_time_stamp_is_no_term():
    notes = "**Sat 09:40** - cloned the sample app from the book and built it\n"
    assert gen(notes, chapters=(8,), rule="definitions") == []


def test_pointers_to_other_chapters_and_wrong_first_time_marks_leave_the_text():
    assert tx.drop_asides("containerd and runc do the work - more detail in ch 5.") == (
        "containerd and runc do the work."
    )
    assert tx.drop_asides("Why pull by digest? (!)") == "Why pull by digest?"


def test_a_port_cloze_names_where_the_port_belongs():
    notes = "- Every node talks gossip on 7946 tcp+udp to keep the cluster state in sync.\n"
    texts = [d.text for d in gen(notes, chapters=(12,), rule="numbers")]
    assert texts and all(t.startswith("In Docker Swarm, ") for t in texts)


def test_h21_shapes_give_nothing_or_a_whole_answer():
    notes = (
        "**Containers** are the next step. Like VMs they run on a host.\n\n"
        "- CNM = the design doc. **libnetwork** is the reference implementation.\n"
        "- All: read ch14 (stacks) for next Thursday\n"
        "- Only one container per host can bind host port 5000 at a time.\n\n"
        "Q: Biggest difference vs a VM?\nA: VMs virtualise hardware, containers the OS.\n\n"
        "Q: Is overlay traffic encrypted?\nA: Control plane: YES by default. Data plane: NO by "
        "default. More text.\n"
    )
    by_text = {d.text: d.answer for d in gen(notes, chapters=(11,))}
    assert not [a for a in by_text.values() if a in ("The next step", "The design doc", "5000")]
    assert not [t for t in by_text if "Biggest" in t or "ch14" in t]
    assert by_text["Is overlay traffic encrypted?"] == (
        "Control plane: YES by default. Data plane: NO by default."
    )


def test_a_reason_after_a_comma_is_no_description_to_ask_back():
    notes = "- **ucp-agent**: a global service, so every node of the cluster gets one\n"
    texts = [d.text for d in gen(notes, chapters=(16,), rule="definitions")]
    assert not [t for t in texts if "so every node" in t]
