"""Defaults a note states: "What is the default registry?" and the like."""

from .conftest import gen


def test_defaults_inside_a_longer_line_each_give_a_card():
    notes = (
        "- `docker image pull <repo>:<tag>` \u2192 default registry **Docker Hub** (docker.io), "
        "default tag **latest**\n"
        "- `networks` \u2014 creates networks (default driver `bridge`; `overlay` for swarm)\n"
        "- Swarm certs: default cert expiry is **90 days**\n"
    )
    texts = {d.text: d.answer for d in gen(notes, rule="defaults")}
    assert texts == {
        "What is the default registry?": "Docker Hub (docker.io)",
        "What is the default tag?": "latest",
        "What is the default network driver?": "`bridge`",
    }
    (tag,) = [d for d in gen(notes, chapters=(6,), rule="defaults") if "tag" in d.text]
    assert tag.text == "In Docker images, what is the default tag?"  # a tag of what
    # the defaults card asks it: no cloze of the same value
    assert not [d for d in gen(notes, rule="bold") if d.answer in ("Docker Hub", "latest")]
