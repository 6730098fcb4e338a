import pytest

from quizzes.generation.distractors import Bank, command_head, similar


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("overlay", "overlay2"),
        ("Storage Driver", "storage drivers"),
        ("REST", "HTTP"),
        ("TLS", "mTLS"),
        ("docker ps", "docker container ls -a"),
        ("docker images", "docker image ls"),
        ("docker node ls", "docker node ls -q"),
        ("json-file", "JSON file"),
    ],
)
def test_near_synonyms_are_similar(a, b):
    assert similar(a, b) and similar(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("aufs", "btrfs"), ("REST", "gRPC"), ("docker node ls", "docker node ps"), ("2377", "7946")],
)
def test_different_things_are_not_similar(a, b):
    assert not similar(a, b)


def test_command_heads_drop_arguments_and_map_aliases():
    assert command_head("docker swarm init --advertise-addr 10.0.0.1") == "docker swarm init"
    assert command_head("`docker rmi web:latest`") == "docker image rm"
    assert command_head("docker container list") == "docker container ls"


def test_picks_are_deterministic_and_seeded():
    bank = Bank()
    for value in ["a1", "b2", "c3", "d4", "e5", "f6", "g7"]:
        bank.add("thing", value)
    first = bank.pick("thing", ["a1"], seed="one")
    assert first == bank.pick("thing", ["a1"], seed="one")
    assert len(first) == 3 and "a1" not in first
    seeds = {tuple(bank.pick("thing", ["a1"], seed=str(n))) for n in range(20)}
    assert len(seeds) > 1  # different items get different wrong options


def test_same_group_is_avoided_and_the_fallback_pads():
    bank = Bank()
    for value in ["aufs", "zfs", "btrfs"]:
        bank.add("driver", value, group="storage")
    bank.add("driver", "bridge", group="network")
    picked = bank.pick(
        "driver",
        ["aufs"],
        seed="s",
        avoid_groups=["storage"],
        fallback=["overlay2", "json-file", "syslog", "bridge"],
    )
    assert picked[0] == "bridge"  # notes first
    assert set(picked[1:]) <= {"overlay2", "json-file", "syslog"}
    assert "zfs" not in picked and "btrfs" not in picked


def test_near_synonyms_of_the_answer_and_of_each_other_are_never_picked():
    bank = Bank()
    for value in ["overlay", "overlay2", "Overlay 2", "bridge", "host", "macvlan"]:
        bank.add("driver", value)
    picked = bank.pick("driver", ["overlay2"], seed="x", n=5)
    assert not any(similar(p, "overlay2") for p in picked)
    assert len(picked) == 3


def test_an_empty_bank_without_fallback_gives_nothing():
    assert Bank().pick("anything", ["x"], seed="s") == []
