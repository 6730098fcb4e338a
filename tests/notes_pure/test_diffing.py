"""notes.diffing: line diffs with collapsed unchanged runs (pure: no database)."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from notes.diffing import DiffLine, diff_lines, diff_stats


def numbered(n: int, start: int = 1) -> str:
    return "".join(f"line {i}\n" for i in range(start, start + n))


def kinds(rows: list[DiffLine]) -> str:
    return "".join({"same": "=", "add": "+", "del": "-", "gap": "~"}[r.kind] for r in rows)


def test_identical_texts_collapse_to_one_gap():
    rows = diff_lines(numbered(20), numbered(20))
    assert rows == [DiffLine("gap", 1, 1, "20 unchanged lines", hidden=20)]
    assert diff_stats(numbered(20), numbered(20)) == (0, 0)


def test_empty_inputs():
    assert diff_lines("", "") == []
    assert diff_lines("", "a\nb\n") == [
        DiffLine("add", None, 1, "a"),
        DiffLine("add", None, 2, "b"),
    ]
    assert diff_lines("a\n", "") == [DiffLine("del", 1, None, "a")]
    assert diff_stats("", "a\nb") == (2, 0)


def test_change_in_the_middle_keeps_three_lines_of_context():
    old = numbered(30)
    new = old.replace("line 15\n", "line fifteen\n")
    rows = diff_lines(old, new)
    assert kinds(rows) == "~===-+===~"
    assert rows[0] == DiffLine("gap", 1, 1, "11 unchanged lines", hidden=11)
    assert [r.old_no for r in rows[1:4]] == [12, 13, 14]
    assert rows[4] == DiffLine("del", 15, None, "line 15")
    assert rows[5] == DiffLine("add", None, 15, "line fifteen")
    assert [(r.old_no, r.new_no) for r in rows[6:9]] == [(16, 16), (17, 17), (18, 18)]
    assert rows[9] == DiffLine("gap", 19, 19, "12 unchanged lines", hidden=12)
    assert diff_stats(old, new) == (1, 1)


def test_line_numbers_shift_after_insertions():
    old = numbered(10)
    new = "new top\n" + old
    rows = diff_lines(old, new)
    assert rows[0] == DiffLine("add", None, 1, "new top")
    assert rows[1] == DiffLine("same", 1, 2, "line 1")
    assert rows[-1] == DiffLine("gap", 4, 5, "7 unchanged lines", hidden=7)


def test_run_between_changes_is_collapsed_only_when_long():
    old = numbered(20)
    six_between = old.replace("line 5\n", "five\n").replace("line 12\n", "twelve\n")
    assert kinds(diff_lines(old, six_between)) == "====-+======-+===~"
    # 7 unchanged lines between: hiding just one saves nothing, so all are shown
    seven_between = old.replace("line 5\n", "five\n").replace("line 13\n", "thirteen\n")
    assert kinds(diff_lines(old, seven_between)) == "====-+=======-+===~"
    far = old.replace("line 2\n", "two\n").replace("line 19\n", "nineteen\n")
    rows = diff_lines(old, far)
    assert kinds(rows) == "=-+===~===-+="
    assert rows[6] == DiffLine("gap", 6, 6, "10 unchanged lines", hidden=10)


def test_line_endings_and_final_newline_are_normalised():
    assert diff_lines("a\r\nb\r\n", "a\nb") == [
        DiffLine("gap", 1, 1, "2 unchanged lines", hidden=2)
    ]
    assert diff_stats("a\rb\r", "a\nb\n") == (0, 0)


def test_custom_context():
    old = numbered(30)
    new = old.replace("line 15\n", "X\n")
    assert kinds(diff_lines(old, new, context=1)) == "~=-+=~"
    assert kinds(diff_lines(old, new, context=0)) == "~-+~"


def test_stats_count_replacements_both_ways():
    assert diff_stats("a\nb\nc\n", "a\nB\nC\nD\n") == (3, 2)


def split(text: str) -> list[str]:
    lines = text.split("\n") if text else []
    return lines[:-1] if lines and lines[-1] == "" else lines


def expand(rows: list[DiffLine], old: list[str], new: list[str], side: str) -> list[str]:
    """Rebuild one side of the diff, filling every gap from the original text."""
    out: list[str] = []
    for row in rows:
        if row.kind == "gap":
            assert row.old_no is not None and row.new_no is not None
            hidden_old = old[row.old_no - 1 : row.old_no - 1 + row.hidden]
            hidden_new = new[row.new_no - 1 : row.new_no - 1 + row.hidden]
            assert hidden_old == hidden_new and len(hidden_old) == row.hidden > 1
            out.extend(hidden_old)
        elif row.kind == "same" or row.kind == side:
            out.append(row.text)
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "", "d e"]), max_size=40),
    st.lists(st.sampled_from(["a", "b", "c", "", "x"]), max_size=40),
    st.integers(min_value=0, max_value=5),
)
def test_diff_rows_rebuild_both_texts(old_lines, new_lines, context):
    old, new = "\n".join(old_lines), "\n".join(new_lines)
    rows = diff_lines(old, new, context=context)
    assert expand(rows, split(old), split(new), "del") == split(old)
    assert expand(rows, split(old), split(new), "add") == split(new)
    added, removed = diff_stats(old, new)
    assert added == sum(r.kind == "add" for r in rows)
    assert removed == sum(r.kind == "del" for r in rows)
    for before, after in itertools.pairwise(rows):
        assert not (before.kind == "gap" and after.kind == "gap")
