"""A lab's own names (``myvol``, ``voltainer``, ``uber-net``) are asked as placeholders."""

from quizzes.generation.lab_names import lab_names

from .conftest import gen


def test_names_come_from_where_the_note_creates_objects():
    body = (
        "`docker volume create myvol`\n"
        "    docker container run -dit --name voltainer --mount source=bizvol,target=/vol alpine\n"
        "`docker network create -d overlay -o encrypted uber-net`\n"
        "$ docker secret create wp-sec-v1 ./classified\n"
        "`docker service create --name web-fe --network uber-net -p 8080:80 nginx`\n"
        "`docker stack deploy -c docker-stack.yml seastack`\n"
        "`docker container run -v appdata:/data -v /srv/www:/www --network bridge alpine`\n"
    )
    assert lab_names(body) == {
        "myvol": "volume",
        "voltainer": "container",
        "bizvol": "volume",
        "uber-net": "network",
        "wp-sec-v1": "secret",
        "web-fe": "service",
        "seastack": "stack",
        "appdata": "volume",
    }


def test_commands_without_a_name_name_nothing():
    body = "`docker stack deploy` reads a compose file; `docker volume create` makes one.\n"
    assert lab_names(body) == {}


def test_a_self_test_answer_asks_about_docker_not_the_lab():
    notes = (
        "Lab: `docker volume create myvol`, then `docker container run -d --name voltainer "
        "--mount source=myvol,target=/vol alpine sleep 1d`.\n\n"
        "Q: Where is a local volume stored on Linux?\n"
        "A: `/var/lib/docker/volumes/myvol/_data` - see `docker volume inspect myvol`.\n\n"
        "Q: Does the volume survive `docker container rm -f voltainer`?\n"
        "A: Yes. Volumes are decoupled from containers.\n"
    )
    by_text = {d.text: d.answer for d in gen(notes, chapters=(13,), rule="explicit")}
    assert by_text == {
        "Where is a local volume stored on Linux?": (
            "`/var/lib/docker/volumes/<volume>/_data` - see `docker volume inspect <volume>`."
        ),
        "Does the volume survive `docker container rm -f <container>`?": (
            "Yes. Volumes are decoupled from containers."
        ),
    }


def test_a_name_outside_code_or_inside_a_longer_word_stays():
    notes = (
        "`docker network create -d overlay net1`\n\n"
        "Q: Which network does `docker network inspect net1` show as `net10`?\n"
        "A: The net1 overlay, scope `swarm`.\n"
    )
    [draft] = gen(notes, chapters=(12,), rule="explicit")
    assert draft.text == "Which network does `docker network inspect <network>` show as `net10`?"
    assert draft.answer == "The net1 overlay, scope `swarm`."


def test_an_item_whose_answer_is_the_lab_name_is_not_made():
    notes = (
        "`docker network create -d overlay uber-net`\n\n"
        "Q: What did I call my overlay network?\nA: `uber-net`\n"
    )
    assert gen(notes, chapters=(12,), rule="explicit") == []
