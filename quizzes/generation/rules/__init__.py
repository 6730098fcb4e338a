"""The generation rules, in the fixed order the pipeline runs them.

Each rule module has ``NAME``, ``find(doc) -> facts``, optionally ``feed(doc, facts, bank)``
(adds what it found to the shared pool of wrong options) and ``build(fact, doc, bank)``.
"""

from . import (
    arrows,
    bold,
    choices,
    cloze,
    commands,
    definitions,
    described,
    explicit,
    lists,
    numbers,
    steps,
    tables,
)

RULES = (
    explicit,
    cloze,
    choices,
    definitions,
    lists,
    tables,
    described,
    steps,
    commands,
    arrows,
    numbers,
    bold,
)
RULE_ORDER = {rule.NAME: n for n, rule in enumerate(RULES)}
