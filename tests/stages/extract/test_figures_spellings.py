"""Figures: a count spelled as outlets outside the AP style print it (issue 10).

Found by respelling crises-2023's numbers consistently in text and gold (``tests/eval_layouts.py`` lists
the layouts; the respellings are measured the same way): a space, no-break or narrow no-break space
between thousands before a comma ("1 046, officials said") lost its thousands, and a count of four
digits without a separator ("1800 people were killed and 2100 injured") was read as a year. Every
sentence is invented (Varnholt, Kessa).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _figures(nlp: Any, text: str) -> set[tuple[str, float | None]]:
    figs = extract_figures(nlp(text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return {(f.kind, f.value) for f in figs}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The toll in Varnholt rose to 1\u202f046, officials said.", {("killed", 1046)}, id="narrow-nbsp"),
    pytest.param("The toll in Varnholt rose to 1\u00a0046, officials said.", {("killed", 1046)}, id="nbsp"),
    pytest.param("The toll in Varnholt rose to 1 046, officials said.", {("killed", 1046)}, id="space"),
    pytest.param("About 3 400 people fled Kessa, and 1 200 were hurt.", {("displaced", 3400), ("injured", 1200)},
                 id="space-before-comma-and-stop"),
    pytest.param("The ministry said 1800 people were killed and 2100 injured in Kessa.",
                 {("killed", 1800), ("injured", 2100)}, id="four-digits-before-people-and-a-toll-word"),
    pytest.param("At least 2046 people died in the Varnholt floods.", {("killed", 2046)}, id="year-like-count"),
    pytest.param("The number of injured in Kessa rose to 1950.", {("injured", 1950)}, id="toll-verb-before"),
    pytest.param("The death toll had reached 1998 by Sunday, the governor said.", {("killed", 1998)},
                 id="reached-before"),
    pytest.param("The quake of 1999 left 1500 families in Kessa homeless.", {("displaced", 1500)},
                 id="a-year-and-a-count"),
    pytest.param("The blast at Kessa killed 300 people, and 1960 were wounded, including 404 in critical condition.",
                 {("killed", 300), ("injured", 1960), ("injured", 404)}, id="subject-of-a-fate"),
    pytest.param('Kessa sent 1200 "border" troops to the dikes.', {("forces", 1200)},
                 id="a-marked-word-before-the-noun"),
    pytest.param("Some 1500 Norvanian soldiers were sent to Kessa.", {("forces", 1500)},
                 id="an-adjective-before-the-noun"),
    pytest.param("Officials said 1880 died in the fire and 40 fled.", {("killed", 1880), ("displaced", 40)},
                 id="subject-of-died"),
])
def test_a_count_spelled_another_way(nlp: Any, text: str, expected: set[tuple[str, float]]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize("text", [
    pytest.param("In 2012 people fled Kessa after the floods.", id="in-a-year"),
    pytest.param("Since 1998 families have left the Varnholt valley.", id="since-a-year"),
    pytest.param("The dam above Kessa, built in 1950, burst on Sunday.", id="built-in-a-year"),
    pytest.param("From 1990 to 2005 farmers in Varnholt lost their land.", id="a-span-of-years"),
    pytest.param("2030 was the wettest year Kessa had known.", id="a-year-as-subject"),
])
def test_a_year_stays_a_year(nlp: Any, text: str) -> None:
    assert not any(value is not None and 1800 <= value <= 2100 for _, value in _figures(nlp, text))
