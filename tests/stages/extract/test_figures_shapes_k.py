"""Figures: families of language the blind run of the invented corpus_k missed (tests/fixtures/corpus_k.README.md).

Every sentence is invented for this test (the Vellin coast; no eval text, no corpus_k sentence):

- a fact box's label of the displaced said with their own word and a verb of staying in a shelter;
- a body's own bare tally ("its count", "whose count") is that body's count of what the story counts;
- road carriers of relief setting off for a place are a delivery;
- a quantity per person is a ration, not an amount delivered;
- the people a service reached are its coverage, not displaced by where they are.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Storm hits Vellin coast\n\nVELLIN — A storm struck the coast of Vellin on Tuesday.\n\n"


def _figs(nlp: Any, text: str) -> list[Any]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [f for f in figs if f.span.start >= len(LEAD)]


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.value) for f in _figs(nlp, text)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("MAIN FIGURES\n- Deaths: 41\n- Displaced people registered in camps: 52,300\n- Clinics open: 4",
     [("killed", 41), ("displaced", 52300)]),
    ("KEY DATA\n- Injured: 12\n- IDPs sheltering in schools: 3,100", [("injured", 12), ("displaced", 3100)]),
    # control: a place that is no shelter names no kind
    ("KEY DATA\n- Injured: 12\n- Displaced people registered in Ulden town hall records: 3,100", [("injured", 12)]),
])
def test_a_label_of_the_displaced_with_a_verb_of_staying(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry says 52 people have died.\n\nThe agency's own count has passed 70, a spokesman said.",
     [("killed", 52, "The ministry"), ("killed", 70, "The agency")]),
    ("The ministry says 52 people have died.\n\nThe relief group, whose count stood at 88 on Monday, disputes it.",
     [("killed", 52, "The ministry"), ("killed", 88, "The relief group")]),
    ("Police say 14 people were arrested.\n\nBut the lawyers' tally has reached 30.",
     [("detained", 14, "Police"), ("detained", 30, "the lawyers")]),
    # controls: a tally that names what it counts, and a tally with no owner
    ("The ministry says 52 people have died.\n\nIts count of ballots reached 600.", [("killed", 52, "The ministry")]),
])
def test_a_bodys_own_bare_tally(nlp: Any, text: str, expected: list[Any]) -> None:
    assert [(f.kind, f.value, f.reported_by) for f in _figs(nlp, text)] == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nine lorries left for the camps this morning.", [("aid", 9)]),
    ("Three more aid flights have landed at Vellin airport, carrying 50 tonnes of food, the transport office says."
     " Nine lorries left for the camps this afternoon.", [("aid", 3), ("aid", 50), ("aid", 9)]),
    ("Thirty trucks set off for Vellin at dawn.", [("aid", 30)]),
    ("A convoy of 14 tankers departed for the valley on Monday.", [("aid", 14)]),
    # controls: planes may carry passengers; people leaving are no delivery
    ("Two flights left for the capital on Monday.", []),
])
def test_road_carriers_setting_off_for_a_place(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Relief partners say trucked water covers under 7 litres per person per day in the Vellin camps.", []),
    ("Each family gets 20 litres a head, against 15 before.", []),
    # control: an amount delivered
    ("Some 400 tonnes of flour reached the camps on Monday.", [("aid", 400)]),
])
def test_a_quantity_per_person_is_a_ration(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Since Monday, vaccination teams have reached more than 120,000 people in the camps and the villages nearby.",
     []),
    ("Health workers have served 40,000 people in the shelters and the schools around them.", []),
    # controls: people living in camps are displaced
    ("More than 20,000 people are living in relief camps after the storm.", [("displaced", 20000)]),
])
def test_people_a_service_reached_are_not_displaced(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected

