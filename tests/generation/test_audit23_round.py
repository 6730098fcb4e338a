"""What the verdicts on the corpus asked for in round 26, each as the behaviour that fixes it
(the held-out set H23 was judged after it)."""

from .conftest import gen


def test_a_port_line_with_an_aside_is_asked_as_a_question():
    notes = (
        "## Swarm ports\n\n- 2377/tcp: cluster management\n"
        "- 7946/tcp+udp: control plane gossip (node discovery)\n"
        "- 2375 - unencrypted (don't!!)\n"
    )
    texts = [d.text for d in gen(notes, chapters=(10,), rule="numbers") if d.kind == "basic"]
    assert texts[:2] == [
        "In Docker Swarm, which port is used for cluster management?",
        "In Docker Swarm, which port is used for control plane gossip (node discovery)?",
    ]
    assert not [t for t in texts if "unencrypted" in t]
