from .conftest import cards, correct, gen, questions

ENGINE = "```\nClient <==REST==> Daemon <==GRPC==> containerd > (fork+exec) > runc\n```\n"


def test_labelled_arrows_ask_which_protocol_links_two_parts():
    drafts = gen(ENGINE, rule="arrows")
    assert [(d.text, d.answer) for d in cards(drafts)] == [
        ("Which protocol links the Docker client and the Docker daemon?", "REST"),
        ("Which protocol links the Docker daemon and containerd?", "gRPC"),
    ]
    rest, grpc = questions(drafts)
    assert correct(rest) == ["REST"] and correct(grpc) == ["gRPC"]
    assert "HTTP" not in {o.text for o in rest.options}  # too close to REST
    assert rest.line_start == 2


def test_the_same_part_on_both_ends_and_text_arrows():
    drafts = cards(gen("Managers <--Raft--> Managers, Nodes <--gossip--> Nodes\n", rule="arrows"))
    assert [d.text for d in drafts] == [
        "Which protocol links managers with each other?",
        "Which protocol links nodes with each other?",
    ]


def test_unlabelled_or_non_protocol_arrows_give_nothing():
    notes = (
        "container stops -> data is lost\n\nA --(fork+exec)--> B\n\nimage → container → service\n"
    )
    assert gen(notes, rule="arrows") == []
