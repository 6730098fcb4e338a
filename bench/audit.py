"""Audit the generator on a folder of notes: a judging sheet, then the keep rate.

    python bench/audit.py sheet DIR [--judged FILE] [--all] > sheet.md
    python bench/audit.py score DIR FILE

``sheet`` lists every item the notes of DIR give (all files together, as one study group),
each under a short key with its source lines; with ``--judged`` only the items not judged yet.
A reviewer answers with a JSON-lines FILE, one ``{"key": ..., "verdict": "KEEP"|"FIX"|"REJECT",
"why": ...}`` per item. ``score`` prints the keep-as-is rate overall and per rule, and the
density (items per 150 bytes of notes). Keys hash what a reviewer sees (rule, text, answer,
options), so a judgment stays valid while the item is unchanged and a reworded item is judged
again. Pure Python: runs without Django.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import signal
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizzes.generation import NoteInput, Syllabus, generate

FIXTURES = Path(__file__).resolve().parent.parent / "notes" / "fixtures"


def _notes(folder: Path) -> tuple[list[Path], list[NoteInput]]:
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".md", ".markdown", ".txt"})
    inputs = []
    for position, path in enumerate(paths, start=1):
        match = re.match(r"ch(\d+)", path.name)
        chapters = (int(match.group(1)),) if match else ()
        body = path.read_text(encoding="utf-8")
        inputs.append(NoteInput(position, path.stem, body, chapters=chapters))
    return paths, inputs


def _key(draft) -> str:
    options = sorted((o.text, o.correct) for o in draft.options)
    seen = json.dumps([draft.rule, draft.text, draft.answer, options], ensure_ascii=False)
    return hashlib.sha1(seen.encode(), usedforsecurity=False).hexdigest()[:10]


def _drafts(folder: Path):
    paths, inputs = _notes(folder)
    syllabus = Syllabus.from_yaml_files(
        FIXTURES / "dca_exam.yaml", FIXTURES / "docker_deep_dive.yaml"
    )
    return paths, inputs, generate(inputs, syllabus)


def _judged(file: Path | None) -> dict[str, dict]:
    if not file or not file.exists():
        return {}
    rows = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["key"]] = row
    return rows


def sheet(folder: Path, judged_file: Path | None, show_all: bool) -> None:
    paths, inputs, drafts = _drafts(folder)
    judged = _judged(judged_file)
    lines_of = {n.note_id: n.body.splitlines() for n in inputs}
    names = {n.note_id: p.name for n, p in zip(inputs, paths, strict=True)}
    shown = 0
    for draft in drafts:
        key = _key(draft)
        if key in judged and not show_all:
            continue
        shown += 1
        source = lines_of[draft.note_id][draft.line_start - 1 : draft.line_end]
        print(f"## {key}  ({draft.item_type} · {draft.kind} · rule {draft.rule})")
        print(f"source {names[draft.note_id]} lines {draft.line_start}-{draft.line_end}:")
        print("```")
        print("\n".join(source[:12]))
        print("```")
        print(f"Q: {draft.text}")
        for option in draft.options:
            print(f"   {'[x]' if option.correct else '[ ]'} {option.text}")
        print(f"A: {draft.answer}")
        if key in judged:
            print(f"verdict: {judged[key]['verdict']} ({judged[key].get('why', '')})")
        print()
    print(f"<!-- {shown} items shown of {len(drafts)} -->", file=sys.stderr)


def _form(draft) -> str:
    """The item's template, roughly: rule, type and the first words of its text."""
    words = re.sub(r"`[^`]*`", "CMD", draft.text).split()[:2]
    return f"{draft.rule}/{draft.item_type[0]}/{' '.join(words)}"


def score(folder: Path, judged_file: Path, by_form: bool = False) -> None:
    _, inputs, drafts = _drafts(folder)
    judged = _judged(judged_file)
    size = sum(len(n.body.encode()) for n in inputs)
    per_rule: dict[str, Counter] = {}
    total: Counter = Counter()
    for draft in drafts:
        verdict = judged.get(_key(draft), {}).get("verdict", "UNJUDGED")
        group = _form(draft) if by_form else draft.rule
        per_rule.setdefault(group, Counter())[verdict] += 1
        total[verdict] += 1
    judged_count = total["KEEP"] + total["FIX"] + total["REJECT"]
    print(f"{len(drafts)} items from {size} bytes: {len(drafts) * 150 / size:.2f} items per 150 B")
    print(
        f"keep {total['KEEP']} / fix {total['FIX']} / reject {total['REJECT']}"
        f" / unjudged {total['UNJUDGED']}:"
        f" keep rate {100 * total['KEEP'] / max(judged_count, 1):.1f} %"
        f"  keeps per 150 B {total['KEEP'] * 150 / size:.2f}"
    )
    for rule, counts in sorted(per_rule.items(), key=lambda kv: -sum(kv[1].values())):
        n = counts["KEEP"] + counts["FIX"] + counts["REJECT"]
        print(
            f"  {rule:32} {sum(counts.values()):4} items  keep {counts['KEEP']:3}"
            f" fix {counts['FIX']:3} reject {counts['REJECT']:3} unjudged {counts['UNJUDGED']:3}"
            f"  {100 * counts['KEEP'] / max(n, 1):5.1f} %"
        )


def main() -> None:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["sheet", "score"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("judged", type=Path, nargs="?")
    parser.add_argument("--judged", dest="judged_opt", type=Path)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--forms", action="store_true", help="score per template, not rule")
    args = parser.parse_args()
    judged = args.judged or args.judged_opt
    if args.action == "sheet":
        sheet(args.folder, judged, args.all)
    else:
        if not judged:
            parser.error("score needs the judgments file")
        score(args.folder, judged, args.forms)


if __name__ == "__main__":
    main()
