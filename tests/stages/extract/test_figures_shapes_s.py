"""Figures: families of language the blind run of the invented corpus_s missed (tests/fixtures/corpus_s.README.md).

Every sentence is invented for this test (Varnholt, Dorvel; no eval text, no corpus_s sentence):

- people taken out "alive" (pulled, got, dug, airlifted out alive) were rescued, which has no kind: not evacuated;
- the occupants of a dwelling are affected: "home to N people" said of a block, hostel or tower (not of a town:
  a population), and people "registered as living" (or "listed as residing") somewhere;
- a tally that "has come down to" or "came to" a value moves as one that "has gone down to" it; "gone up to N" is
  where the tally went, not "up to" a bound (a modal makes it one: "could go up to");
- a record that "shows" or "indicates" a bare number after a count is a rival source's count of the same thing
  ("while its register shows only 250");
- a fact box's label line whose head is a noun phrase and whose participle names no kind takes its head's kind
  ("Bodies recovered: N" the dead, "Injured persons shifted to hospitals: N"), or where its people were taken;
- where people stay is read in every place joined by "and": "staying in the school and in tents" shelters them,
  also when the count is set off after a long subject ("The families of ..., around N persons in total, are ...").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Collapse in Varnholt\n\nVARNHOLT - A building collapsed in the town of Varnholt on Sunday, officials said.\n\n"


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Firemen had pulled 19 tenants out alive by nightfall.", []),
    ("Volunteers got nine children out alive before the roof gave way.", []),
    ("In all, 33 miners were pulled out alive over three days.", []),
    ("A helicopter airlifted six climbers out alive on Sunday.", []),
    ("Crews have pulled 27 people out alive and recovered 13 bodies.", [("killed", 13)]),
    # controls: taken out of danger before it struck is an evacuation
    ("The navy got 700 nationals out by sea on Monday.", [("evacuated", 700)]),
    ("Some 150 diplomats were flown out of Dorvel on Tuesday.", [("evacuated", 150)]),
    ("Some 2,000 residents were evacuated safely before the flood.", [("evacuated", 2000)]),
])
def test_people_taken_out_alive_are_rescued_not_evacuated(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The tenement, home to about 90 people, folded in seconds.", [("affected", 90)]),
    ("The hostel was home to 64 seasonal workers.", [("affected", 64)]),
    ("The tower, which was home to 200 people, burned for hours.", [("affected", 200)]),
    ("The council said 96 people were registered as living in the tower.", [("affected", 96)]),
    ("Before the fire, 45 students were listed as residing in the dormitory.", [("affected", 45)]),
    ("The agency said 300 families were registered as living in tents near the river.", [("displaced", 300)]),
    # controls: a town or a province home to people gives its population
    ("Dorvel, home to 40,000 people, lost power on Sunday.", []),
    ("The valley is home to some 12,000 farmers.", []),
])
def test_the_occupants_of_a_dwelling_are_affected(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The number of people missing has come down to 41, the police said.", [("missing", 41, "exact")]),
    ("By Friday the toll had come to 57.", [("killed", 57, "exact")]),
    ("The number of those unaccounted for came down to 17 overnight.", [("missing", 17, "exact")]),
    ("The count of the injured has gone up to 230 since Monday.", [("injured", 230, "exact")]),
    ("The toll went up to 51 overnight.", [("killed", 51, "exact")]),
    # controls: a bound stays a bound
    ("The toll could go up to 300, officials warned.", [("killed", 300, "at_most")]),
    ("Up to 40 people were killed.", [("killed", 40, "at_most")]),
])
def test_a_tally_that_comes_down_or_goes_up_to_a_value(nlp: Any, text: str, expected: list[Any]) -> None:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    assert [(f.kind, f.value, f.qualifier) for f in figs if f.span.start >= len(LEAD)] == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Residents say 400 people live in the block, while the city's register shows only 250.",
     [("affected", 400), ("affected", 250)]),
    ("Inside the hostel 120 people were living, while the council in its record is showing only 90.",
     [("affected", 120), ("affected", 90)]),
    ("The union says 40 miners are missing; the company's roster indicates 25.", [("missing", 40), ("missing", 25)]),
    # controls: with no count before it, a number a record shows is no figure
    ("The register shows 250 entries for the year.", []),
])
def test_a_record_showing_a_bare_number_gives_a_rival_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


BOX = "Key figures (as at 09:00)\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("lines", "expected"), [
    ("- Bodies retrieved: 31\n- Injured persons transferred to clinics: 67\n- Persons still missing: 22",
     [("killed", 31), ("injured", 67), ("missing", 22)]),
    ("- Dead bodies pulled from the river so far: 12\n- Wounded admitted to field hospitals: 25",
     [("killed", 12), ("injured", 25)]),
    ("- Families moved to shelters: 300\n- People taken to hospital: 40", [("displaced", 300), ("injured", 40)]),
    # controls: rescued people, things and officers are no count of people's kinds
    ("- Persons rescued alive: 52\n- Hostages freed: 6\n- Schools closed: 30\n- Roads reopened: 12", []),
])
def test_a_fact_box_label_with_a_participle_takes_its_head_kind(nlp: Any, lines: str, expected: list[Any]) -> None:
    assert _figures(nlp, BOX + lines) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Around 460 persons are staying in the school and in tents.", [("displaced", 460)]),
    ("The families of the burnt street and of two lanes nearby, about 300 persons in all, are staying in a hall "
     "and in tents behind the market.", [("displaced", 300)]),
    ("Some 90 people spent the night at the mosque and in a relief camp.", [("displaced", 90)]),
    # controls: a school alone is no shelter, nor a hall's audience
    ("Around 460 pupils are staying in the school this week.", []),
])
def test_people_staying_in_joined_places(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected
