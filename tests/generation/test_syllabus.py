from quizzes.generation import DomainInfo, ObjectiveInfo, Syllabus


def test_it_loads_the_project_yaml_files(syllabus):
    assert [d.code for d in syllabus.domains] == ["D1", "D2", "D3", "D4", "D5", "D6"]
    assert syllabus.chapter_objectives[10][:2] == ("D1.01", "D1.02")
    assert syllabus.chapter_titles[5] == "The Docker Engine"
    assert syllabus.domain_of("D6.01") == "D6"
    assert ObjectiveInfo("D1.03", "Describe the importance of quorum in a swarm cluster") in (
        syllabus.objectives_of("D1")
    )


def test_it_can_be_built_from_plain_data():
    syllabus = Syllabus.from_data(
        {
            "domains": [
                {
                    "code": "D4",
                    "name": "Networking",
                    "objectives": [{"code": "D4.02", "text": "Built-in network drivers"}],
                }
            ]
        },
        {"chapters": [{"number": 11, "title": "Docker Networking", "objectives": ["D4.02"]}]},
    )
    assert syllabus.domains == (
        DomainInfo("D4", "Networking", (ObjectiveInfo("D4.02", "Built-in network drivers"),)),
    )
    assert syllabus.chapter_objectives == {11: ("D4.02",)}
    direct = Syllabus(domains=syllabus.domains, chapter_objectives={11: ("D4.02",)})
    assert direct.chapter_titles == {}
