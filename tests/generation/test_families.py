"""Known Docker families: one correct answer per question, never a right answer as a wrong one."""

import pytest

from quizzes.generation import text as tx
from quizzes.generation.distractors import Bank
from quizzes.generation.families import MEMBERS, belongs, driver_family, family_of

from .conftest import correct, gen, questions


@pytest.mark.parametrize(
    ("phrase", "family"),
    [
        ("storage drivers", "storagedrivers"),
        ("built-in network driver on Linux", "networkdrivers"),
        ("log drivers", "loggingdrivers"),
        ("kinds of mounts", "mounttypes"),
        ("swarm node types", "noderoles"),
        ("restart policy", "restartpolicies"),
        ("publishing modes for services", "publishingmodes"),
    ],
)
def test_lists_of_one_thing_share_a_family(phrase, family):
    assert family_of(phrase) == family


def test_membership_reads_through_plural_and_suffix():
    assert belongs("overlay", "storagedrivers") and belongs("overlay", "networkdrivers")
    assert belongs("`none`", "loggingdrivers") and belongs("Host mode", "publishingmodes")
    assert belongs("bind mounts", "mounttypes") and belongs("local", "volumedrivers")
    assert not belongs("syslog", "networkdrivers") and not belongs("x", "unknownthings")


def test_a_heading_names_one_driver_family_or_none():
    assert driver_family(["Storage"]) == "storage"
    assert driver_family(["Chapter 11: Networking"]) == "network"
    assert driver_family(["Storage and networking", "Storage"]) is None
    assert driver_family(["Images", ""]) is None


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("drivers", "driver"),
        ("types", "type"),
        ("mounts", "mount"),
        ("instructions", "instruction"),
        ("policies", "policy"),
        ("classes", "class"),
        ("addresses", "address"),
        ("caches", "cache"),
        ("aliases", "alias"),
    ],
)
def test_singular(plural, singular):
    assert tx.singular(plural) == singular


def test_rejected_values_and_values_named_in_the_stem_are_never_picked():
    bank = Bank()
    for value in ["none", "overlay", "host", "syslog", "vfs", "aufs", "runc"]:
        bank.add("driver", value)
    for seed in map(str, range(30)):
        picked = bank.pick(
            "driver",
            ["bridge"],
            seed=seed,
            stem="Which of the following is a network driver, not runc?",
            reject=lambda v: belongs(v, "networkdrivers"),
        )
        assert sorted(picked) == ["aufs", "syslog", "vfs"]


def test_a_network_driver_question_has_exactly_one_network_driver():
    notes = (
        "The main network drivers are:\n\n- bridge\n- macvlan\n- ipvlan\n\n"
        "Logging drivers:\n\n- none\n- local\n- syslog\n- journald\n\n"
        "Storage drivers:\n\n- overlay\n- vfs\n- aufs\n"
    )
    for n in range(8):  # different sources, different seeds
        drafts = gen(notes.replace("ipvlan", f"ipvlan{n}"), rule="lists")
        (quiz,) = [q for q in questions(drafts) if "network" in q.text]
        wrong = {o.text for o in quiz.options if not o.correct}
        assert len(wrong) == 3 and not MEMBERS["networkdrivers"] & wrong  # none, overlay
        assert correct(quiz)[0] in {"bridge", "macvlan", f"ipvlan{n}"}


def test_a_storage_driver_question_never_offers_overlay():
    notes = (
        "Storage drivers:\n\n- overlay2\n- aufs\n- btrfs\n\n"
        "Network drivers include:\n\n- overlay\n- bridge\n- host\n"
    )
    for n in range(8):
        drafts = gen(notes.replace("btrfs", f"btrfs{n}"), rule="lists")
        (quiz,) = [q for q in questions(drafts) if "storage" in q.text]
        assert "overlay" not in {o.text for o in quiz.options}


def test_a_term_named_in_the_question_is_no_wrong_option():
    notes = (
        "Docker is now made up of:\n\n"
        "- **containerd-shim**: a small process for invoking runc.\n"
        "- **runc**: a lightweight universal container runtime.\n"
        "- **containerd**: a container execution supervisor.\n"
        "- **Moby**: the open source project behind Docker.\n"
        "- **LXC**: a system-container solution tailored to the Linux kernel.\n"
        "- **libnetwork**: a library that implements the CNM.\n"
    )
    (quiz,) = [q for q in questions(gen(notes)) if "invoking runc" in q.text]
    assert quiz.text == "Which of the following is a small process for invoking runc?"
    assert correct(quiz) == ["containerd-shim"]
    assert "runc" not in {o.text for o in quiz.options}
