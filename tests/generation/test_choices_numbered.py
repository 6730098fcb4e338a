"""A quiz written as numbered questions, each followed by its own task list."""

from quizzes.generation import NoteInput, generate

QUIZ = """## Check yourself

1. Which port does swarm use for cluster management?
- [x] 2377
- [ ] 4789
- [ ] 7946
- [ ] 2375

2. A dangling image is one that has:
- [x] no tag
- [ ] no layers
- [ ] no running container
"""


def _questions(md: str) -> list:
    return [d for d in generate([NoteInput(1, "Quiz", md, (10,))]) if d.rule == "choices"]


def test_each_numbered_question_keeps_its_own_text_and_key():
    port, dangling = _questions(QUIZ)
    assert port.text == "Which port does swarm use for cluster management?"
    assert [o.text for o in port.options if o.correct] == ["2377"]
    assert dangling.text.startswith("A dangling image is one that has")
    assert [o.text for o in dangling.options if o.correct] == ["no tag"]


def test_a_numbered_item_that_is_not_a_question_is_not_a_stem():
    md = "1. Install Docker\n\n- [x] done\n- [ ] not done\n- [ ] skipped\n- [ ] later\n"
    assert all(d.text != "Install Docker" for d in _questions(md))
