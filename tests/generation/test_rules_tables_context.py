"""Tables: keys named with what they belong to, allowed values, giveaways, command rows and
fair description questions."""

from .conftest import cards, gen, questions

STACK_KEYS = """# Ch14 Stacks

## Top-level keys

| Key | Meaning |
|---|---|
| `version` | Compose file format, must be 3 or higher for stacks |
| `services` | one entry per service (each = image + config) |
| `networks` | overlay by default in swarm |
| `secrets` | `external: true` = must already exist in swarm |
| `volumes` | named volumes |

## `deploy` keys (ignored by plain `docker compose up`)

| Key | Meaning |
|---|---|
| `replicas` | desired number of tasks (default 1) |
| `mode` | `replicated` (default) or `global` (1 task per node) |
| `placement.constraints` | `node.role`, `node.id`, `node.hostname` |
| `update_config.failure_action` | `pause` (default), `continue`, `rollback` |
| `resources.limits` / `reservations` | cpus / memory |
"""


def _texts(notes):
    return {d.text: d.answer for d in cards(gen(notes, rule="tables"))}


def test_keys_are_named_with_the_file_and_section_they_belong_to():
    texts = _texts(STACK_KEYS)
    assert texts["In a stack file, what is the top-level `version` key for?"] == (
        "Compose file format, must be 3 or higher for stacks"
    )
    key = "In the `deploy` section of a stack file, what is the `replicas` key for?"
    assert texts[key] == "Desired number of tasks (default 1)"


def test_a_cell_that_only_lists_values_asks_which_values_the_key_takes():
    texts = _texts(STACK_KEYS)
    key = (
        "In the `deploy` section of a stack file, which values can the "
        "`update_config.failure_action` key take?"
    )
    assert texts[key] == "`pause` (default), `continue`, `rollback`"
    assert not [t for t in texts if "placement.constraints" in t]  # attribute names, not values


def test_giveaways_sub_options_defaults_and_double_keys_are_skipped():
    texts = " ".join(_texts(STACK_KEYS))
    for key in ("`services`", "`volumes`", "`secrets`", "`networks`", "`resources.limits`"):
        assert key not in texts
    assert not questions(gen(STACK_KEYS, rule="tables"))


def test_the_owner_comes_from_a_lead_line_and_is_optional():
    notes = (
        "Settings you can put in `daemon.json`:\n\n| Key | Meaning |\n|---|---|\n"
        "| `live-restore` | keep ctrs running while the daemon restarts |\n"
        "| `debug` | `true` = verbose logs |\n\n"
        "## Misc\n\n| Key | Meaning |\n|---|---|\n"
        "| `retry_policy.max` | how many retries before giving up |\n"
        "| `mode` | `replicated` or `global` |\n"
    )
    texts = _texts(notes)
    assert texts == {
        "In `daemon.json`, what is the `live-restore` key for?": (
            "Keep containers running while the daemon restarts"
        ),
        "What is the `retry_policy.max` key for?": "How many retries before giving up",
    }


def test_command_rows_are_left_to_the_commands_rule():
    notes = (
        "## `docker image` subcommands\n\n| cmd | what it does |\n|---|---|\n"
        "| `pull` | download image from registry |\n| `push` | upload to registry |\n"
        "| `ls` | list local images |\n\n"
        "## Stacks\n\n| Command | What it does |\n|---|---|\n"
        "| `docker stack ls` | list stacks |\n| `docker stack rm` | delete a stack |\n"
    )
    assert gen(notes, rule="tables") == []


def test_description_options_must_be_of_one_kind():
    mixed = (
        "## Kernel tech\n\n| Technology | What it does |\n|---|---|\n"
        "| Namespaces | Isolate what a container can see |\n"
        "| Control groups | Limit what a container can use |\n"
        "| seccomp | syscall filter: `default.json` profile |\n"
    )
    drafts = gen(mixed, rule="tables")
    assert cards(drafts) and not questions(drafts)
    giveaway = (
        "## Storage\n\n| Thing | What it is |\n|---|---|\n"
        "| Volume | a named volume Docker manages |\n"
        "| Bind mount | a host directory mounted in |\n"
        "| tmpfs | memory-only storage |\n"
    )
    quizzes = questions(gen(giveaway, rule="tables"))
    assert not [q for q in quizzes if q.text == "What is a volume?"]
