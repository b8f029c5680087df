"""Figures: families of language the blind run of the invented corpus_q missed (tests/fixtures/corpus_q.README.md).

Every sentence is invented for this test (Marrowby, the Tolk valley; no eval text, no corpus_q sentence):

- a markdown table's row ("| Persons injured | 45 |"): the parser may make the cell's closing bar the counted
  noun, and a capitalised unit in the label ("| Families affected | 410 |") is tagged a proper noun whose lemma is
  the plural as written; the label names the kind and the unit all the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Floods in Marrowby\n\nMARROWBY - Floods hit the Tolk valley on Sunday, officials said.\n\n"


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None, str | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value, f.unit) for f in figs if f.span.start >= len(LEAD)]


_TABLE = "| Category | Total |\n|---|---|\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    (_TABLE + "| Persons injured | 45 |\n", [("injured", 45, None)]),
    (_TABLE + "| Persons evacuated | 2,300 |\n", [("evacuated", 2300, None)]),
    (_TABLE + "| People dead | 7 |\n| People hurt | 21 |\n", [("killed", 7, None), ("injured", 21, None)]),
    (_TABLE + "| Families affected | 410 |\n", [("affected", 410, "families")]),
    (_TABLE + "| Households evacuated | 96 |\n", [("evacuated", 96, "households")]),
    ("Households affected: 90\n", [("affected", 90, "households")]),
    # controls: rows of things are no count of people
    (_TABLE + "| Houses destroyed | 96 |\n| Temporary shelters | 6 |\n", []),
])
def test_table_rows_name_their_kind_and_unit(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected

