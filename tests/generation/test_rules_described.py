from .conftest import DRIVERS, by_text, cards, correct, gen, questions


def test_described_items_ask_which_one_fits_with_siblings_as_wrong_options():
    drafts = gen(DRIVERS, rule="described")
    (card,) = by_text(cards(drafts), "original and oldest")
    assert card.text == "Which storage driver is described as the original and oldest?"
    assert card.answer == "aufs"
    (quiz,) = by_text(questions(drafts), "original and oldest")
    assert correct(quiz) == ["aufs"]
    assert {o.text for o in quiz.options} <= {"aufs", "overlay2", "devicemapper", "btrfs", "zfs"}
    assert len(quiz.options) == 4


def test_a_description_that_is_a_verb_phrase_reads_as_a_question():
    drafts = cards(
        gen(
            "Service modes:\n- replicated (default: deploys the desired number of replicas)\n"
            "- global (runs a single replica on every node)\n",
            rule="described",
        )
    )
    assert [d.text for d in drafts] == [
        "Which service mode deploys the desired number of replicas?",
        "Which service mode runs a single replica on every node?",
    ]
