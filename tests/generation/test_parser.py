from quizzes.generation.parser import Code, Heading, ListBlock, ListItem, Paragraph, Table, parse

from .conftest import read


def items(doc):
    return [b for b in doc.flat if isinstance(b, ListItem)]


def item(doc, startswith):
    return next(i for i in items(doc) if i.span and i.span.text.startswith(startswith))


def test_sections_follow_the_heading_path():
    doc = parse(1, "# Ch 10\n\n## Swarm\n\ntext\n\n### Ports\n\nmore\n\n## Services\n\nlast\n")
    paragraphs = [b for b in doc.flat if isinstance(b, Paragraph)]
    assert [p.section for p in paragraphs] == [
        ("Ch 10", "Swarm"),
        ("Ch 10", "Swarm", "Ports"),
        ("Ch 10", "Services"),
    ]
    assert [h.level for h in doc.flat if isinstance(h, Heading)] == [1, 2, 3, 2]


def test_messy_sample_nesting_keeps_parents_and_lines():
    doc = parse(1, read("meeting-notes.md"))
    aufs = item(doc, "aufs")
    assert aufs.line_start == 46 and aufs.depth == 4
    assert aufs.owner.lead.text == "Some available drivers:"
    parents = [a.span.text for a in aufs.ancestors() if isinstance(a, ListItem)]
    assert parents[-1] == "Installing Docker:"
    # "1." repeated and "1.  Docker" with two spaces are all items of one ordered list
    chapters = [i for i in items(doc) if i.depth == 0 and i.owner.ordered]
    assert [i.span.text for i in chapters][:3] == [
        "Containers from 30,000 feet",
        "Docker",
        "Installing Docker:",
    ]
    assert chapters[0].owner.ordered


def test_a_list_after_a_paragraph_ending_in_a_colon_takes_it_as_lead():
    doc = parse(1, "Node roles:\n\n- manager\n- worker\n")
    (block,) = [b for b in doc.flat if isinstance(b, ListBlock)]
    assert block.lead.text == "Node roles:"
    assert not block.ordered


def test_bold_code_and_task_state_are_kept():
    doc = parse(1, "Which?\n\n- [x] **yes** it `docker ps`\n- [ ] no\n")
    first, second = items(doc)
    assert first.checked is True and second.checked is False
    assert first.span.text == "yes it `docker ps`"
    assert [b.text for b in first.span.bold] == ["yes"]
    assert first.span.code == ("docker ps",)


def test_highlights_are_marks_and_leave_plain_text():
    doc = parse(1, "The ==default== port is ==2377==.\n")
    (para,) = [b for b in doc.flat if isinstance(b, Paragraph)]
    assert para.span.text == "The default port is 2377."
    assert [m.text for m in para.span.marks] == ["default", "2377"]


def test_code_blocks_and_tables():
    doc = parse(1, "```bash\ndocker node ls\n```\n\n| a | b |\n|---|---|\n| `x` | y |\n")
    code = next(b for b in doc.flat if isinstance(b, Code))
    table = next(b for b in doc.flat if isinstance(b, Table))
    assert code.text == "docker node ls\n" and code.info == "bash"
    assert (code.line_start, code.line_end) == (1, 3)
    assert [c.text for c in table.rows[0]] == ["`x`", "y"]


def test_what_is_not_knowledge_is_flagged():
    doc = parse(1, read("meeting-notes.md"))
    skipped = {b.span.text for b in doc.flat if getattr(b, "span", None) and b.skip}
    assert "make list of exercises that will train on hands-on, prod bugs, etc" in skipped
    assert "Play with Kubernetes" in skipped
    assert "Next meeting chapters 5-9, 1 chapter each person" in skipped
    assert "5/31" in skipped
    assert "Dockerizing an app" in skipped  # a bare link
    assert "aufs (the original and oldest)" not in skipped


def test_a_todo_list_without_a_question_is_skipped():
    doc = parse(1, "Things to do:\n\n- [ ] read chapter 6\n- [x] lab\n")
    assert all(i.skip for i in items(doc))


def test_crlf_and_empty_items_do_not_break_parsing():
    doc = parse(1, "- \r\n- item\r\n\r\n1.\r\n")
    assert [i.span.text if i.span else None for i in items(doc)][:2] == [None, "item"]
