"""The generation rules, in the fixed order the pipeline runs them.

Each rule module has ``NAME``, ``find(doc) -> facts``, optionally ``feed(doc, facts, bank)``
(adds what it found to the shared pool of wrong options) and ``build(fact, doc, bank)``.
"""

from . import (
    arrows,
    asked,
    bold,
    choices,
    cloze,
    commands,
    defaults,
    definitions,
    described,
    explicit,
    glossary,
    lists,
    numbers,
    quorum,
    steps,
    tables,
)

RULES = (
    explicit,
    asked,
    cloze,
    choices,
    definitions,
    lists,
    glossary,
    tables,
    described,
    steps,
    commands,
    arrows,
    defaults,
    quorum,
    numbers,
    bold,
)
RULE_ORDER = {rule.NAME: n for n, rule in enumerate(RULES)}
