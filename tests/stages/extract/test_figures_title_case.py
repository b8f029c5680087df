"""figures.v1 on headlines in Title Case, as American sites print them (figures_context.headline_kind and the
counted noun in figures._number_figures): the tagger reads the capitalised words as names, hangs the wrong verb
over a counted noun, or takes a state for the noun counted. Every headline is made up (title-case respelling of
crises-2023 and invented probes, session 35)."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _figures(nlp: Any, text: str) -> set[tuple[str, float | None]]:
    return {(f.kind, f.value) for f in extract_figures(nlp(text), ExtractionContext("t", None), {})}


@pytest.mark.parametrize(("headline", "expected"), [
    ("Bridge Collapse In Dorn: 14 Deaths, 22 Injured, 9 Missing", {("killed", 14.0), ("injured", 22.0)}),
    ("Fire Leaves 12 Dead, 300 Homeless In Kessa Slum", {("killed", 12.0), ("displaced", 300.0)}),
    ("Cholera Outbreak Toll Climbs Past 480 In Dorn Camps", {("killed", 480.0)}),
    ("300 Refugees Arrive In Kessa After Long March", {("displaced", 300.0)}),
    ("Five Arrests After Riot In Orlen Stadium", {("detained", 5.0)}),
    ("Quake In Varno: 45 Fatalities Confirmed", {("killed", 45.0)}),
])
def test_a_title_case_headlines_counts_keep_their_kind(nlp: Any, headline: str,
                                                        expected: set[tuple[str, float]]) -> None:
    assert expected <= _figures(nlp, headline + "\n\nRescuers worked through the night.\n")


def test_a_title_case_headline_of_no_tally_gives_no_toll(nlp: Any) -> None:
    assert _figures(nlp, "Orlen Marathon Entries Pass 15,000 For First Time\n\nThe race is in May.\n") == set()
