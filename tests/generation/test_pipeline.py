import json
import os
import subprocess
import sys
from pathlib import Path

from quizzes.generation import NoteInput, generate
from quizzes.generation.rules import RULE_ORDER

from .conftest import FIXTURES, by_text, correct, gen, questions, read

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_needs_no_django():
    code = (
        "import sys, json; from quizzes.generation import generate, NoteInput;"
        "d = generate([NoteInput(1, 't', '- **runc**: a lightweight container runtime')]);"
        "assert d and 'django' not in sys.modules; print(json.dumps([x.to_dict() for x in d]))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout)[0]["rule"] == "definitions"


def test_the_same_notes_give_the_same_drafts_under_any_hash_seed():
    code = (
        "import json, pathlib; from quizzes.generation import generate, NoteInput;"
        f"root = pathlib.Path({str(FIXTURES)!r});"
        "paths = sorted(root.glob('*.md'));"
        "notes = [NoteInput(n, p.name, p.read_text()) for n, p in enumerate(paths)];"
        "print(json.dumps([d.to_dict() for d in generate(notes)]))"
    )
    outputs = []
    for seed in ("1", "42", "random"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(json.loads(outputs[0])) > 100


def test_drafts_come_in_note_then_line_then_rule_order():
    notes = [
        NoteInput("b", "B", read("ch11-networking.md")),
        NoteInput("a", "A", read("ch10-swarm.md")),
    ]
    drafts = generate(notes)
    keys = [(["b", "a"].index(d.note_id), d.line_start, RULE_ORDER[d.rule]) for d in drafts]
    assert keys == sorted(keys)


def test_wrong_options_are_drawn_across_all_notes():
    alone = gen("Storage drivers:\n\n- aufs\n- zfs\n- btrfs\n", rule="lists")
    with_other = generate(
        [
            NoteInput(1, "a", "Storage drivers:\n\n- aufs\n- zfs\n- btrfs\n"),
            NoteInput(2, "b", "Volume drivers:\n\n- local\n- rexray\n- portworx\n"),
        ]
    )
    quiz = next(d for d in with_other if d.item_type == "question" and d.note_id == 1)
    assert {"local", "rexray", "portworx"} & {o.text for o in quiz.options}
    assert alone and all(o.text not in {"local", "rexray"} for q in alone for o in q.options)


def test_other_chapters_in_other_styles(syllabus):
    swarm = gen(read("ch10-swarm.md"), (10,), syllabus)
    assert correct(by_text(questions(swarm), "Which command initialises a new swarm")[0]) == [
        "`docker swarm init`"
    ]
    assert by_text(swarm, "Which port is used for secure client-to-swarm communication")
    assert by_text(swarm, "Swarm uses an implementation of the [...] consensus")[0].answer == "Raft"
    volumes = gen(read("ch13-volumes.md"), (13,), syllabus)
    assert by_text(volumes, "Which mount type is described as")
    assert by_text(volumes, "Which command deletes all volumes not mounted")
    networking = gen(read("ch11-networking.md"), (11,), syllabus)
    assert by_text(networking, "Name the 5 built-in network drivers on Linux")
    assert by_text(networking, "what does CNM stand for?")[0].answer == "Container Network Model"


def test_noise_only_notes_give_nothing():
    notes = (
        "## Meeting 6/14\n\n- Priya presented chapter 10\n- Next meeting chapters 11-12\n\n"
        "**TODO:**\n- book the room\n\n## Resources\n\n* [Docs](https://docs.docker.com)\n"
        "* [Labs](https://labs.play-with-docker.com)\n\n## Chapter 12\n\n- \n"
    )
    assert gen(notes) == []
