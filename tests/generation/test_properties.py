"""Whatever a member types, generation never fails and always gives the same answer."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.generation import NoteInput, generate

FRAGMENTS = [
    "# ",
    "## ",
    "- ",
    "* ",
    "1. ",
    "    ",
    "  ",
    "\n",
    "\n\n",
    "**",
    "__",
    "`",
    "```\n",
    "==",
    "{{c1::",
    "}}",
    "::",
    " ::: ",
    "?\n",
    "- [x] ",
    "- [ ] ",
    ":",
    " - ",
    "(",
    ")",
    "|",
    "---",
    "docker node ls",
    "`docker swarm init`",
    "2377",
    "port",
    "managers",
    "aufs (the oldest)",
    "Steps:",
    "Stop it, start it, check it",
    "Client <==REST==> Daemon",
    "**Term**: a thing",
    "Term - a definition of it",
    "https://x.y",
    "TODO",
    "5/31",
    "storage drivers:",
    "default",
    "é",
    "💥",
    "\t",
    "\r\n",
    "> ",
    "<b>",
    "[link](http://a.b)",
    "(CNM)",
    "Container Network Model",
    # shapes the later rules read: lab lines, self-tests, meeting talk, shorthand
    "`docker/dtr join --existing-replica-id <id>`",
    "`docker pull repo/app -a`",
    "`docker tag a:1 b:1`",
    "alpine@sha256:ab",
    " over gRPC",
    " -> ",
    "\u2192",
    "Q: ",
    "A: ",
    "What is it?\n",
    "Answer: ",
    "No. ",
    "Docker, Inc. ",
    "**Sam** summarised: ",
    "v1: ",
    "ctr = ",
    "| Filter | Meaning |\n|---|---|\n",
    "seperate",
    "In its core ",
    "Useful `docker run` flags:\n",
    # shapes of this session's rules: asides that swallow a sentence, self-tests, equations
    "(see ch16, min 8GB RAM - TODO)",
    "**Q1. ",
    "?** A: ",
    "### ",
    " \u2014 ",
    "(`-P`)",
    "Concept - ",
    "500 KB = ",
    "| instr | what |\n|---|---|\n| FROM | base |\n",
    "| Feature | Default |\n|---|---|\n| autolock | off |\n",
    "docker volume prune    # deletes ALL unused volumes\n",
]
markdownish = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=60).map("".join)


def run(text: str):
    return [d.to_dict() for d in generate([NoteInput(1, "t", text, (10,))])]


@settings(max_examples=300, deadline=None)
@given(markdownish)
def test_markdown_like_text_never_fails_and_is_deterministic(text):
    assert run(text) == run(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text_never_fails_and_is_deterministic(text):
    assert run(text) == run(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(markdownish, min_size=1, max_size=4))
def test_several_notes_together_never_fail(texts):
    notes = [NoteInput(n, "t", t) for n, t in enumerate(texts)]
    first = generate(notes)
    assert first == generate(notes)
    assert len({d.fingerprint for d in first}) == len(first)


# A command in backticks with what it does, made of tokens notes use: lab names, paths,
# placeholders, flags, image references and stray words.
TOKENS = [
    "docker", "docker/dtr", "docker-compose", "sudo", "image", "container", "network", "node",
    "stack", "swarm", "ls", "rm", "join", "pull", "tag", "history", "inspect", "logs", "-a",
    "-f", "--rotate", "--filter", "x=y", "<id>", "alpine", "web", "a/b:1", "repo@sha256:ab",
    "$(docker ps -q)", "manager", "--existing-replica-id", "join-token",
]  # fmt: skip
DOES = [
    "lists images", "adds more", "removes it", "shows the logs", "pulls by digest", "- list",
    "\u2013 attach to PID 1", "follows the logs first", ": inspect", "shows client: and server:",
]  # fmt: skip
command_lines = st.lists(
    st.tuples(
        st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6).map(" ".join),
        st.sampled_from(DOES),
    ).map(lambda t: f"- `{t[0]}` {t[1]}\n"),
    min_size=1,
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(command_lines)
def test_any_command_line_with_a_description_never_fails(text):
    assert run(text) == run(text)
