"""Figures: people who leave on organised transport are evacuated (figures_transport).

Every sentence is invented for this test (the town of Ostwick and the Marrane valley; no eval text, no
corpus sentence). A verb of departing said with the buses or coaches people went on is an evacuation;
leaving or fleeing without them stays displacement, and carriers that leave count nobody.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _kinds(nlp: Any, sentence: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("A first group of 85 patients left Ostwick on four buses on Sunday.", [("evacuated", 85)]),
    ("Nearly 600 villagers have left the Marrane valley by coach since the shelling stopped.",
     [("evacuated", 600)]),
    ("Some 1,300 civilians departed Ostwick aboard a column of buses overnight.", [("evacuated", 1300)]),
    ("About 420 residents exited the old town on buses laid on by the council.", [("evacuated", 420)]),
    # controls: no transport, fleeing, or a carrier as the subject
    ("Some 3,000 people have left Ostwick since the dam cracked.", [("displaced", 3000)]),
    ("Around 700 families fled the Marrane valley on foot.", [("displaced", 700)]),
    ("About 900 people fled Ostwick by bus.", [("displaced", 900)]),
    ("Twelve buses left Ostwick at dawn.", []),
])
def test_leaving_on_buses_is_an_evacuation(nlp: Any, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, sentence) == expected
