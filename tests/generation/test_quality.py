import dataclasses

from quizzes.generation.drafts import Option, card, question
from quizzes.generation.quality import contains, filter_drafts, option_kind, problems


def a_card(**changes):
    base = card(
        rule="definitions",
        kind="basic",
        text="What is runc?",
        answer="A runtime",
        explanation="runc: a runtime",
        note_id=1,
        lines=(1, 1),
        source="runc",
    )
    return dataclasses.replace(base, **changes)


def a_question(
    options=("`docker ps`", "`docker node ls`", "`docker info`", "`docker version`"),
    correct=1,
    **changes,
):
    base = question(
        rule="commands",
        text="Which command lists containers?",
        correct=list(options[:correct]),
        wrong=list(options[correct:]),
        explanation="x",
        note_id=1,
        lines=(1, 1),
        source="x",
    )
    return dataclasses.replace(base, **changes)


def test_good_items_pass():
    assert problems(a_card()) == []
    assert problems(a_question()) == []


def test_empty_answers_and_explanations_fail():
    assert "empty answer" in problems(a_card(answer=" "))
    assert "no explanation" in problems(a_card(explanation=""))


def test_the_answer_must_not_be_in_its_own_question():
    assert "answer in question" in problems(
        a_card(text="What is runc, a runtime?", answer="a runtime")
    )
    assert problems(a_card(text="What is runcd?", answer="runc")) == []
    assert contains("Which port, 2377 or 80?", "2377") and not contains("port 23770", "2377")


def test_questions_need_four_or_five_distinct_options_or_three_when_the_pool_ran_dry():
    assert "3 options" in problems(a_question(options=("a", "b", "c")))
    assert problems(a_question(options=("a", "b", "c"), short_ok=True)) == []
    assert "6 options" in problems(a_question(options=tuple("abcdef")))
    assert "repeated options" in problems(a_question(options=("aa", "AA", "b", "c")))


def test_the_right_number_of_correct_options():
    one = a_question(options=("a", "b", "c", "d"), correct=2)
    assert one.kind == "choose_n" and problems(one) == []
    wrong = dataclasses.replace(one, kind="single")
    assert "single answer needs exactly one correct option" in problems(wrong)
    everything = a_question(options=("a", "b", "c", "d"), correct=4)
    assert "choose N needs two or more correct options and a wrong one" in problems(everything)


def test_options_of_one_kind_and_no_near_synonym_of_the_answer():
    mixed = a_question(options=("`docker ps`", "2377", "bridge", "overlay"))
    assert "options of different kinds" in problems(mixed)
    synonym = a_question(
        options=("`docker ps`", "`docker container ls`", "`docker info`", "`docker version`")
    )
    assert "a wrong option is a near-synonym of the answer" in problems(synonym)
    assert option_kind("7946/udp") == "number" and option_kind("a → b") == "order"


def test_leftover_markdown_fails():
    assert "markdown left in text" in problems(a_card(text="What is **runc**?"))
    assert "markdown left in text" in problems(a_card(answer="`docker ps"))


def test_filter_drops_near_duplicates_and_repeated_fingerprints_keeping_the_first():
    first = a_card()
    near = a_card(text="What is runc ?", fingerprint="other")
    same_fp = a_card(text="Something else entirely?", answer="Other")
    different = a_card(text="What does runc do?", answer="Spawns containers", fingerprint="d")
    kept = filter_drafts([first, near, same_fp, different])
    assert kept == [first, different]


def test_a_question_and_a_card_on_the_same_fact_both_stay():
    quiz = a_question(text="What is runc?", options=("A runtime", "B", "C", "D"), fingerprint="q")
    assert filter_drafts([a_card(), quiz]) == [a_card(), quiz]
    assert isinstance(quiz.options[0], Option)


def test_a_wrong_option_named_in_the_question_is_a_problem():
    quiz = a_question(
        options=("containerd-shim", "runc", "containerd", "dockerd"),
        text="Which of the following is a small process for invoking runc?",
        rule="definitions",
    )
    assert "a wrong option is named in the question" in problems(quiz)
