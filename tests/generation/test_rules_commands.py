from .conftest import by_text, cards, correct, gen, questions


def test_a_described_command_gives_a_card_each_way_and_a_question():
    # The wrong options are other commands of the notes, of the same family
    # (`docker node …`): three of them are needed for a question.
    notes = (
        "List the swarm members and their roles with `docker node ls`.\n\n"
        "Also seen: `docker node promote`, `docker node demote` and `docker node inspect`.\n"
    )
    drafts = gen(notes, rule="commands")
    (which,) = by_text(cards(drafts), "Which command")
    question = "Which command lists the swarm members and their roles?"
    assert (which.text, which.answer) == (question, "`docker node ls`")
    (what,) = by_text(cards(drafts), "What does")
    answer = "Lists the swarm members and their roles"
    assert (what.text, what.answer) == ("What does `docker node ls` do?", answer)
    (quiz,) = questions(drafts)
    assert correct(quiz) == ["`docker node ls`"]
    wrong = {o.text for o in quiz.options if not o.correct}
    assert wrong == {"`docker node promote`", "`docker node demote`", "`docker node inspect`"}


def test_a_lone_command_gets_cards_but_no_question():
    # No padding from a built-in list: `docker version` is no wrong option for a node command.
    drafts = gen("List the swarm members with `docker node ls`.\n", rule="commands")
    assert len(cards(drafts)) == 2 and questions(drafts) == []


def test_no_card_asks_what_a_command_does_when_its_name_says_it():
    # "docker image rm alpine - deletes an image": the reverse card would restate the
    # command's own words (rm = remove), and the lab's image name goes.
    notes = "- `docker image rm alpine` deletes an image\n- `docker network ls` \u2013 list\n"
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert texts == {
        "Which command deletes an image?": "`docker image rm`",
        "Which command lists networks?": "`docker network ls`",
    }


def test_lab_names_leave_the_command_and_a_digest_becomes_a_placeholder():
    notes = (
        "- `docker container logs -f ctr1` follows the log output\n"
        "- `docker image pull alpine@sha256:4b7ce07` pulls by digest\n"
        "- `docker port web` lists the published mappings of a container\n"
    )
    answers = {d.answer for d in cards(gen(notes, rule="commands"))}
    assert {"`docker container logs -f`", "`docker image pull <image>@<digest>`"} <= answers
    assert "`docker port`" in answers


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
    assert texts["Which `docker swarm` command prints the command to join a worker?"] == (
        "`docker swarm join-token worker`"
    )
    assert texts["Which command runs a process inside a running container?"] == "`docker exec`"
    assert texts["Which command deletes unused volumes?"] == "`docker volume prune`"
    assert texts["Which command lists all services in the swarm?"] == "`docker service ls`"
    # "shows the logs of a service" says `docker service logs` word for word: nothing to ask
    assert not [t for t in texts if "logs" in t]


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
    # ("What does `docker swarm join` do?" → "Joins an existing swarm" is trivial: the
    # command spells its own answer, so only the "Which command" card is made.)
    assert texts == {
        "Which command joins an existing swarm?": "`docker swarm join`",
        "Which command removes images?": "`docker rmi`",
        "What does `docker rmi` do?": "Removes images",
    }


def test_this_command_descriptions():
    notes = "* `docker run -P web` : This command publishes every exposed port to a random port.\n"
    (which,) = by_text(cards(gen(notes, rule="commands")), "Which command")
    assert which.text == "Which command publishes every exposed port to a random port?"


# --- bare subcommands in tables take their family from the header, heading or lead ---------

IMAGE_TABLE = (
    "## `docker image` subcommands cheat-sheet\n\n"
    "| cmd | what it does |\n|---|---|\n"
    "| `pull` | download image from registry |\n"
    "| `ls` | list local images |\n"
    "| `rm` | delete image; fails if a container uses it |\n"
    "| `prune` | remove dangling (or `-a` unused) images |\n"
)


def test_a_bare_subcommand_row_is_asked_with_its_family_from_the_heading():
    drafts = gen(IMAGE_TABLE)
    texts = {d.text: d.answer for d in cards(drafts)}
    assert texts["What does `docker image pull` do?"] == "Downloads an image from a registry"
    assert texts["Which command removes dangling images?"] == "`docker image prune`"
    assert texts["Which command deletes an image?"] == "`docker image rm`"
    assert "What does `docker image rm` do?" not in texts  # rm = delete: nothing to learn
    # no rule asks about a bare `pull` or `rm` (`docker rm` removes containers)
    assert not [d for d in drafts if "`pull`" in d.text or "`rm`" in d.text]


def test_the_family_can_come_from_the_header_cell_or_the_lead_line():
    notes = (
        "## Volumes\n\n| `docker volume` cmd | what it does |\n|---|---|\n"
        "| `create` | make a new volume |\n| `prune` | delete unused volumes |\n\n"
        "## Networks\n\nCommon `docker network` subcommands:\n\n"
        "| Name | What it does |\n|---|---|\n"
        "| `connect` | attach a container to a network |\n| `ls` | list networks |\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert "Which command deletes unused volumes?" in texts
    assert "What does `docker volume prune` do?" in texts
    assert "What does `docker network connect` do?" in texts


def test_a_bare_subcommand_with_no_family_in_sight_gives_nothing():
    notes = (
        "## Cheat sheet\n\n| cmd | what it does |\n|---|---|\n"
        "| `pull` | download image from registry |\n| `rm` | delete a thing |\n"
        "| `ls` | list local things |\n"
    )
    assert gen(notes) == []
    plain = notes.replace("`", "")  # "| pull | … |" under a "cmd" header: a subcommand too
    assert gen(plain) == []
    named = plain.replace("## Cheat sheet", "## `docker image` cheat sheet")
    assert "What does `docker image pull` do?" in {d.text for d in gen(named)}


# --- wrong options: real commands of the notes, of one family, none also right ---------------


def test_wrong_options_come_only_from_the_answers_family_in_the_notes():
    stack = (
        "| Command | What it does |\n|---|---|\n"
        "| `docker stack ls` | list stacks + number of services |\n"
        "| `docker stack deploy -c stack.yml web` | deploy a stack |\n"
        "| `docker stack rm web` | delete a stack |\n\n"
        "Check the engine with `docker version` and sign in with `docker login`.\n"
    )
    # two other `docker stack` commands only: no question, `docker version` is no option
    drafts = gen(stack, rule="commands")
    assert by_text(cards(drafts), "lists stacks")
    assert by_text(questions(drafts), "lists stacks") == []
    more = stack + "\nSee every service of a stack with `docker stack services`.\n"
    (quiz,) = by_text(questions(gen(more, rule="commands")), "lists stacks")
    assert {o.text for o in quiz.options} == {
        "`docker stack ls`",
        "`docker stack deploy`",
        "`docker stack rm`",
        "`docker stack services`",
    }


def test_a_wrong_option_never_does_what_the_question_asks():
    notes = (
        "```\n"
        "docker compose rm        # removes stopped ctrs\n"
        "docker compose down      # stop + remove containers and networks\n"
        "docker compose ps\n"
        "docker compose config\n"
        "docker compose logs\n"
        "docker compose top\n"
        "```\n"
    )
    drafts = gen(notes, rule="commands")
    (quiz,) = by_text(questions(drafts), "removes stopped containers")
    # `docker compose down` removes stopped containers too
    assert "`docker compose down`" not in {o.text for o in quiz.options}
    assert quiz.text == "Which Docker Compose command removes stopped containers?"
    # and the commands that do a part of the job are the first wrong options
    (down,) = by_text(questions(drafts), "stops and removes")
    assert "`docker compose rm`" in {o.text for o in down.options}


# --- descriptions: verbs only, fragments cleaned or skipped, shorthand written out -----------


def test_an_adjective_description_is_never_read_as_a_verb():
    notes = "- `docker container ls` - running ctrs only. `-a` to include stopped ones\n"
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert not [t for t in texts if "runs" in t]
    assert texts["What does `docker container ls` do?"] == "Shows the running containers only"


def test_broken_fragments_are_cleaned_or_skipped():
    notes = (
        "```\n"
        "docker compose stop           # stops, doesn't delete\n"
        "docker compose down           # stop + remove containers and networks\n"
        "```\n"
    )
    texts = {d.text: d.answer for d in cards(gen(notes, rule="commands"))}
    assert texts == {
        "Which Docker Compose command stops and removes containers and networks?": (
            "`docker compose down`"
        ),
        "What does `docker compose down` do?": "Stops and removes containers and networks",
    }


def test_note_shorthand_is_written_out_outside_code():
    from quizzes.generation.text import unabbreviate

    assert unabbreviate("Ctr w/ 2 imgs, w/o a `ctr` call") == (
        "Container with 2 images, without a `ctr` call"
    )
    notes = "- `docker container rm <name>` - delete stopped ctr w/ its anonymous volumes\n"
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert "Which command deletes a stopped container with its anonymous volumes?" in texts


def test_no_card_whose_command_spells_its_own_answer():
    notes = "2. Stop the Docker daemon: `sudo systemctl stop docker`\n"
    texts = {d.text for d in gen(notes, rule="commands")}
    assert texts == {"Which command stops the Docker daemon?"}


def test_a_description_the_next_sentence_takes_back_gives_nothing():
    notes = (
        "- `docker volume prune` — removes volumes not mounted by any container. NB since "
        "Docker 23 it only removes *anonymous* volumes by default; add `-a` for named ones.\n"
        "- `docker volume ls` — lists volumes. Handy with `-q`.\n"
    )
    texts = {d.text for d in cards(gen(notes, rule="commands"))}
    assert texts == {"Which command lists volumes?"}  # and no "What does it do?": ls = list
