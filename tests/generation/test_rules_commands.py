from .conftest import by_text, cards, correct, gen, questions


def test_a_described_command_gives_a_card_each_way_and_a_question():
    drafts = gen("List the nodes with `docker node ls`.\n", rule="commands")
    (which,) = by_text(cards(drafts), "Which command")
    assert (which.text, which.answer) == ("Which command lists the nodes?", "`docker node ls`")
    (what,) = by_text(cards(drafts), "What does")
    assert (what.text, what.answer) == ("What does `docker node ls` do?", "Lists the nodes")
    (quiz,) = questions(drafts)
    assert correct(quiz) == ["`docker node ls`"]
    wrong = [o.text for o in quiz.options if not o.correct]
    assert len(wrong) == 3 and all(w.startswith("`docker ") for w in wrong)


def test_the_sentence_shapes_notes_use():
    notes = (
        "- Inspect, `docker inspect web:latest`\n"
        "- `docker swarm join-token worker` - prints the command to join a worker\n"
        "- The `docker exec` command is used to run a process inside a running container\n"
        "- Use `docker volume prune` to delete unused volumes\n"
        "- `docker service ls` lists all services in the swarm\n"
        "- Troubleshooting: `docker service logs web` shows the logs of a service\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert texts["Which command inspects `web:latest`?"] == "`docker inspect web:latest`"
    assert texts["Which command prints the command to join a worker?"] == (
        "`docker swarm join-token worker`"
    )
    assert texts["Which command runs a process inside a running container?"] == "`docker exec`"
    assert texts["Which command deletes unused volumes?"] == "`docker volume prune`"
    assert texts["Which command lists all services in the swarm?"] == "`docker service ls`"
    # the lab's own service name "web" is left out of the command
    assert texts["Which command shows the logs of a service?"] == "`docker service logs`"


def test_code_blocks_with_comments_leads_and_tables():
    notes = (
        "```bash\n# initialize a swarm and advertise the manager address\n"
        "docker swarm init\n```\n\n"
        "To list the volumes:\n\n```\n$ docker volume ls\n```\n\n"
        "| Command | What it does |\n|---|---|\n| `docker network ls` | list all networks |\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert "Which command initializes a swarm and advertises the manager address?" in texts
    assert "Which command lists the volumes?" in texts
    assert "Which command lists all networks?" in texts


def test_the_wrong_options_are_other_commands_of_the_notes_first():
    notes = "".join(
        f"- {verb} with `docker service {sub}`\n"
        for verb, sub in [
            ("Change the number of replicas", "scale"),
            ("List services", "ls"),
            ("Remove a service", "rm"),
            ("Update a service", "update"),
        ]
    )
    (quiz,) = by_text(questions(gen(notes, rule="commands")), "changes the number of replicas")
    assert {o.text for o in quiz.options} == {
        "`docker service scale`",
        "`docker service ls`",
        "`docker service rm`",
        "`docker service update`",
    }


def test_vague_or_context_bound_descriptions_give_nothing():
    notes = (
        "- Watch progress with `docker service ps`\n"
        "- Run this on the manager above: `docker swarm init`\n"
        "- `docker run -it ubuntu bash`\n"
        "- Great talk about `containerd` internals\n"
    )
    assert gen(notes, rule="commands") == []


def test_commands_without_backticks_in_list_items():
    notes = (
        "1. docker swarm join -> Join an existing swarm.\n"
        "2. Removing images : docker rmi web:latest\n"
        "3. docker images -a -> list all of them\n"  # "them": needs the line above
        "\nRun docker swarm init to start.\n"  # prose, not a list item: left alone
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert texts == {
        "Which command joins an existing swarm?": "`docker swarm join`",
        "What does `docker swarm join` do?": "Joins an existing swarm",
        "Which command removes images?": "`docker rmi web:latest`",
        "What does `docker rmi web:latest` do?": "Removes images",
    }


def test_this_command_descriptions():
    notes = "* `docker run -P web` : This command publishes every exposed port to a random port.\n"
    (which,) = by_text(cards(gen(notes, rule="commands")), "Which command")
    assert which.text == "Which command publishes every exposed port to a random port?"
