"""dates.v1 on "today" as the standard of a comparison (invented sentences only).

A shape the blind run of the invented corpus_f missed (tests/fixtures/corpus_f.README.md), written anew here
(places Tessel, Orvin; no corpus_f or eval sentence): "twice as many as today", "more ... than today" name the
present state, no day; a comparison of time ("as early as today", "no later than today") stays a day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2027, 5, 14)  # a Friday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="c", published=PUB)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


CASES = [
    pytest.param("The new school will have room for 300 pupils, twice as many as today, and a larger gym.", {},
                 id="twice-as-many-as-today"),
    pytest.param("The ward in Tessel will hold 40 beds, three times as many as today.", {}, id="times-as-many"),
    pytest.param("There are more boats in the harbour than today, the harbour master in Orvin said on Monday.",
                 {"Monday": "2027-05-10"}, id="more-than-today"),
    pytest.param("The bridge at Orvin could reopen as early as today.", {"as early as today": "2027-05-14"},
                 id="as-early-as-today-stays"),
    pytest.param("Applications for the Tessel grants must be in no later than today.", {"today": "2027-05-14"},
                 id="no-later-than-today-stays"),
    pytest.param("The minister will visit Orvin today.", {"today": "2027-05-14"}, id="plain-today"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_today_compared(nlp: Any, text: str, want: dict[str, str]) -> None:
    assert _dates(nlp, text) == want
