from .conftest import by_text, cards, correct, gen, questions

UPGRADE = """- Upgrading Docker:
    - make sure containers have restart policy,
    - Steps:
        - Stop Docker daemon, remove old version, install new version, ensure containers restarted.
"""


def test_a_comma_separated_sentence_of_steps_gives_what_comes_after_cards():
    drafts = cards(gen(UPGRADE, rule="steps"))
    assert [(d.text, d.answer) for d in drafts[:3]] == [
        (
            "When upgrading Docker, what comes after \u201cstop Docker daemon\u201d?",
            "Remove old version",
        ),
        (
            "When upgrading Docker, what comes after \u201cremove old version\u201d?",
            "Install new version",
        ),
        (
            "When upgrading Docker, what comes after \u201cinstall new version\u201d?",
            "Ensure containers restarted",
        ),
    ]
    assert drafts[-1].kind == "list"
    assert drafts[-1].answer.startswith("1. Stop Docker daemon; 2. Remove old version")


def test_one_ordering_question_with_other_orders_as_wrong_options():
    (quiz,) = questions(gen(UPGRADE, rule="steps"))
    assert quiz.text == "When upgrading Docker, which order of steps is correct?"
    assert correct(quiz) == [
        "Stop Docker daemon → remove old version → install new version"
        " → ensure containers restarted"
    ]
    assert len({o.text for o in quiz.options}) == 4


def test_an_ordered_list_of_instructions_under_a_task_lead():
    notes = (
        "To do a rolling update:\n\n1. Create an overlay network\n2. Deploy the service\n"
        "3. Run the update\n4. Watch the rollout\n5. Roll back if needed\n6. Remove the old tasks\n"
        "7. Check the logs\n"
    )
    drafts = gen(notes, rule="steps")
    assert by_text(cards(drafts), "To do a rolling update, what comes after")[0].answer == (
        "Deploy the service"
    )
    (quiz,) = questions(drafts)  # seven steps: "which step comes right after"
    assert quiz.text.startswith("To do a rolling update, which step comes right after")


def test_numbered_lists_that_are_not_steps_give_nothing():
    notes = (
        "## Notes\n\n1. Containers from 30,000 feet\n    * What are containers\n"
        "1. Docker\n    * EE vs CE\n1. Installing Docker\n    * Windows, Mac\n\n"
        "1. Install Docker\n2. Build the image\n3. Run it\n"  # no context: which task?
    )
    assert gen(notes, rule="steps") == []
