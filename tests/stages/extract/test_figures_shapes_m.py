"""Figures: families of language the blind run of the invented corpus_m missed (tests/fixtures/corpus_m.README.md).

Every sentence is invented for this test (the Orrin coast, Tavel Island, Harl; no eval text, no corpus_m sentence):

- a tally whose people are said missing or unaccounted for by a word hung on the tally noun ("the number of
  people unaccounted for has fallen to N"), with an adverb between ("people still missing"), also in a second
  clause joined by "and" after a death toll and a credit, and a shelter or hospital hung on the tally after an
  adverb ("the number of people still in shelters");
- a fact box's label with the means of the kind ("People evacuated by air: N") or a shelter and no verb
  ("People in relief shelters: N");
- people carried "off" a place by a verb of moving people ("were ferried off the island") are evacuated;
- a shelter that "has" people ("the relief camp has N people", "the gym has N people in it") holds the displaced;
- a toll in a relative clause on an event named by a place the text has not named before, in a story whose lead
  tells of an event of its own, is another event's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Storm floods Orrin coast\n\nORRIN — A storm flooded the coast of Orrin on Tuesday, the coastguard said.\n\n"


def _figs(nlp: Any, text: str, lead: str = LEAD) -> list[Any]:
    figs = extract_figures(nlp(lead + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [f for f in figs if f.span.start >= len(lead)]


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.value) for f in _figs(nlp, text)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The number of people unaccounted for has fallen to 52, spokeswoman Ana Terrel said.", [("missing", 52)]),
    ("The number of people unaccounted for has fallen to 52, down from 70 on Monday.",
     [("missing", 52), ("missing", 70)]),
    ("The number of people missing has dropped to 17, the coastguard said.", [("missing", 17)]),
    ("The death toll rose to 40 on Friday, the relief office said, and the number of people still missing "
     "fell to 12.", [("killed", 40), ("missing", 12)]),
    ("The toll rose to 9, officials said, and the number of people still unaccounted for fell to 30.",
     [("killed", 9), ("missing", 30)]),
    ("The number of people still in shelters has fallen to 1,200, the mayor said.", [("displaced", 1200)]),
    ("The number of people still in hospital fell to 12.", [("injured", 12)]),
    # controls: the tally's own kind word still decides; people in no state of a kind are counted by none
    ("The number of people killed has risen to 31, the mayor said.", [("killed", 31)]),
    ("The number of people still waiting for ferries fell to 40, the harbour master said.", []),
])
def test_tally_of_people_said_missing_on_the_tally_noun(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("KEY FIGURES\n- Deaths confirmed: 9\n- People evacuated by air: 1,200", [("killed", 9), ("evacuated", 1200)]),
    ("KEY FIGURES\n- People injured by debris: 31\n- Evacuated via the north road: 800",
     [("injured", 31), ("evacuated", 800)]),
    ("KEY FIGURES\n- People in relief shelters: 2,150\n- Families in camps: 310",
     [("displaced", 2150), ("displaced", 310)]),
    # controls: a label whose place is no shelter, and a label with no kind, name none
    ("KEY FIGURES\n- People in Harl town: 2,150\n- Homes destroyed: 320", []),
    ("KEY FIGURES\n- Boats sent by the navy: 12", []),
])
def test_fact_box_labels_with_a_means_or_a_shelter(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("About 700 people were taken off the beach overnight by small boats.", [("evacuated", 700)]),
    ("With the coast road cut by water, about 600 people were taken off the quays by the Harl ferry.",
     [("evacuated", 600)]),
    ("Some 300 residents were ferried off Tavel Island by the navy.", [("evacuated", 300)]),
    # controls: taken off a flight or a list is no evacuation
    ("Crews took 40 passengers off the flight after a bomb threat.", []),
])
def test_people_carried_off_a_place(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The school gym has 250 people in it tonight.", [("displaced", 250)]),
    ("The relief camp now has 5,200 people.", [("displaced", 5200)]),
    ("The church hall has about 80 people inside.", [("displaced", 80)]),
    # controls: a school's pupils, a town's people and an audience are no one displaced
    ("The school has 900 pupils.", []),
    ("The town has 12,000 people.", []),
    ("The stadium has 30,000 fans in it.", []),
])
def test_a_shelter_that_has_people(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


LOOKALIKE = ("Grass fire near Tovell injures three\n\nA grass fire near Tovell injured three farm workers on Monday, "
             "the regional fire service said, as crews fought it for hours.\n\n")


@pytest.mark.issue(10)
@pytest.mark.parametrize(("lead", "text", "scope"), [
    (LOOKALIKE, "Crews had been sent to Harl Island earlier to help fight the Cape Dorran wildfire, in which 14 "
                "people have died.", "other_event"),
    # control: the story's own fire, named before, keeps its count
    ("Wildfire on Cape Dorran kills 14\n\nA wildfire on Cape Dorran killed 14 people, officials said on Monday "
     "after days of searching.\n\n", "The Cape Dorran wildfire, in which 14 people have died, is now contained.",
     None),
])
def test_a_toll_of_an_event_named_by_a_new_place(nlp: Any, lead: str, text: str, scope: str | None) -> None:
    killed = [f for f in _figs(nlp, text, lead) if f.kind == "killed"]
    assert [(f.value, f.scope) for f in killed] == [(14, scope)]
