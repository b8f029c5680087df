"""Figures: families of language the blind run of the invented corpus_o missed (tests/fixtures/corpus_o.README.md).

"6 thousand 650" (digits after "thousand") is one number (``figures_numbers``). Every sentence is invented for
this test (Tarnovia, Belvan, the Ossel pass; no eval text, no corpus_o sentence):

- people who cross a border, a bridge or "into the country" in a flight are displaced, not when they cross
  back, to work or for an event, nor when the text tells of no flight (``figures_crossing``);
- a death told by a side's idiom: "became martyrs", "were martyred", "fell in battle" (``figures_euphemisms``);
- a weapons count with a classifier noun: "35 units of armoured vehicles", "12 pieces of artillery"
  (``figures_counted``);
- a bulletin's "label: number" line whose label goes on past its kind (``figures_line_labels``);
- a zero in a clause a verb of contested assertion puts forward ("insisting that nobody was forced to leave")
  is no count (``figures_denied``);
- the hurt a verb of evacuating takes as a bare number ("helped to evacuate 45 injured") are evacuated, not a
  second count of the injured (``figures_moved_hurt``);
- a verbless answer that counts carriers and names their load ("Thirty lorries, mostly flour and tents") is aid
  (``figures_aid_fragment``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures, parse_number
from groundwatch.stages.extract.registry import ExtractionContext

FLIGHT = ("Exodus from Tarnovia grows\n\nBELVAN — Thousands of people have fled the Tarnovian valley since an "
          "offensive on Monday, officials said.\n\n")
MARKET = "Belvan fair opens\n\nBELVAN — The autumn fair opened in Belvan on Monday, the town council said.\n\n"


def _kinds(nlp: Any, text: str, lead: str = FLIGHT) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(lead + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(lead)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("About 12,400 people had crossed the pass by Friday night, the border police said.", [("displaced", 12400)]),
    ('"Nearly 40,000 people have crossed," the minister told the radio.', [("displaced", 40000)]),
    ("More than 9,000 residents crossed the river bridge on foot.", [("displaced", 9000)]),
    ("Some 4,500 persons have entered the country through the northern checkpoint.", [("displaced", 4500)]),
    # controls: crossing back, to work or for an event, another object, forces, a negated crossing
    ("About 800 people crossed back into Tarnovia after the ceasefire.", []),
    ("About 300 labourers cross the bridge every morning to work in the mills.", []),
    ("About 900 people entered the stadium for the rally.", []),
    ("Some 200 people crossed the main street.", []),
    ("About 70 fighters crossed the bridge at night.", [("forces", 70)]),
    ("Around 1,200 people have not crossed yet.", []),
])
def test_crossing_in_a_flight_is_displacement(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    # "into the country" is a border crossed whatever the text tells of
    ("The interior ministry said 21,400 people had crossed into the country by Monday night.", [("displaced", 21400)]),
    ("About 600 students crossed into the country to sit the exam.", []),
    # no flight told: a crossing of a bridge or a bare crossing is nobody displaced
    ("About 300 labourers crossed the bridge on Monday.", []),
    ("Some 2,000 people have crossed since the morning.", []),
])
def test_crossing_outside_a_flight(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, MARKET) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("In the clashes 48 soldiers of the Ostran army became martyrs, the ministry said.", [("killed", 48)]),
    ("Some 12 policemen were martyred in the attack.", [("killed", 12)]),
    ("At least 30 fighters fell in battle near Kavo.", [("killed", 30)]),
    ("Twelve officers fell in the line of duty.", [("killed", 12)]),
    # controls: a fall with no noun of fighting, a complement that is no noun of the dead
    ("About 40 people fell in the river.", []),
    ("The 300 soldiers were heroes.", []),
])
def test_death_told_by_an_idiom(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, MARKET) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry said 2 thousand rifles and 35 units of armoured vehicles were captured.",
     [("weapons", 2000), ("weapons", 35)]),
    ("Troops seized 12 pieces of artillery near Kavo.", [("weapons", 12)]),
    # controls: units of a force, of blood, housing units
    ("Five units of the national guard were deployed to Kavo.", []),
    ("The hospital received 40 units of blood.", []),
    ("The council built 200 housing units for the families.", []),
])
def test_count_with_a_classifier_noun(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, MARKET) == expected


BULLETIN = ("BULLETIN No. 3\n\nKey figures:\n- Persons killed in the landslide at the Orrel quarry (4 May): 61\n"
            "- Injured in the blast treated at home: 212\n- Forcibly displaced persons who reached the camps: 9,400\n"
            "- Persons missing: 12\n\nThe office said more would follow.")


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    (BULLETIN, [("killed", 61), ("injured", 212), ("displaced", 9400), ("missing", 12)]),
    # controls: a label naming no kind, prose with a colon, a number that does not end its line
    ("Key figures:\n- Households visited by the census teams in the valley: 300\n- Trucks unloaded at the port: 40",
     []),
    ("The ministry gave the toll in its statement at noon: 40 in the north and 12 in the south.", []),
    ("Persons killed in the floods in the province since May 4: 61 according to officials", []),
])
def test_bulletin_line_with_a_long_label(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, "") == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The army has said little beyond insisting that nobody was forced to leave.", []),
    ("The government denied that anyone was killed, and claimed that no civilians were hurt.", []),
    ("The minister maintained that no villagers had been displaced.", []),
    # controls: a zero a body reports or confirms is a count
    ("Officials said no one was hurt in the fire.", [("injured", 0)]),
    ("Police confirmed that nobody was arrested.", [("detained", 0)]),
])
def test_zero_in_a_contested_claim(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, MARKET) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Army medics helped to evacuate 45 injured by helicopters.", [("evacuated", 45)]),
    ("Rescuers airlifted 30 wounded from the valley.", [("evacuated", 30)]),
    # controls: a verb of hurting keeps its kind; the part evacuated of a count of people is evacuated already
    ("The blast injured 45 people, and helicopters evacuated 20 of them to the capital.",
     [("injured", 45), ("evacuated", 20)]),
    ("The blast injured 45 people in Kavo.", [("injured", 45)]),
])
def test_hurt_people_evacuated(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, MARKET) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("PRESENTER: What did you bring?\n\nVARNO: Thirty lorries, mostly flour and tents. The need is huge.",
     [("aid", 30)]),
    ("Twelve trucks of medicine.", [("aid", 12)]),
    # controls: no load named, people beside the carriers, a date beside them
    ("VARNO: Thirty lorries, all of them stuck at the border since Monday.", []),
    ("VARNO: Thirty lorries, mostly drivers from Kavo.", []),
    ("Twenty trucks, Monday.", []),
])
def test_verbless_convoy_with_its_load(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text, "") == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    # translated agency copy: the hundreds as digits after "thousand"; not a percentage, a decimal or a year
    ("4 thousand 275 persons", (4275, None, None, "exact")),
    ("about 12 thousand 40", (12_040, None, None, "approx")),
    ("3 thousand 8% of them", (3000, None, None, "exact")),
    ("9 thousand 2041", (9000, None, None, "exact")),
    ("1 lakh 20 thousand", (120_000, None, None, "exact")),
])
def test_thousand_then_digits(text: str, expected: tuple[Any, ...]) -> None:
    assert parse_number(text) == expected
