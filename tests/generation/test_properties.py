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
