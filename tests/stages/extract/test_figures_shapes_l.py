"""Figures: families of language the blind run of the invented corpus_l missed (tests/fixtures/corpus_l.README.md).

Every sentence is invented for this test (the Quorra hills; no eval text, no corpus_l sentence):

- people abducted or held by an armed group are detained (the lead's decision): "taken away" with no doer,
  "taking away" in a participle clause after the raiders' verb, "carried off" by raiders, "in the hands of" or "in
  rebel hands", "in captivity", a fact box's "people reported abducted";
- captives who escaped, were freed or came back are no count of a kind (not displaced, injured or detained),
  unless the sentence says they were hurt; people who escape a place or a hazard stay displaced;
- a number right before "more/fewer than" is the gap between two counts, not a count;
- "remains at N" is a tally that has not moved; "report up to N" is a rival source's bound;
- "shelter sites" are shelters; a person who "expired" died.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Raid on Quorra hill villages\n\nBELSK — Armed men attacked villages in the Quorra hills on Monday.\n\n"


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return sorted((f.kind, f.value if f.value is not None else f.low) for f in figs if f.span.start >= len(LEAD))


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Witnesses said at least 45 people, mostly girls, were taken away on trucks towards the hills.",
     [("detained", 45)]),
    ("The mayor said 26 people were taken from their village on Monday.", [("detained", 26)]),
    ("Police said nine men were taken away for questioning.", [("detained", 9)]),
    ("Rebels attacked Ostrim at dawn, killing 5 people and taking away 12 women.", [("detained", 12), ("killed", 5)]),
    ("Officials said 19 people remained in the hands of the rebels.", [("detained", 19)]),
    ("Twelve people are still in the captivity of the militia, the mayor said.", [("detained", 12)]),
    ("Nine soldiers were taken into captivity.", [("detained", 9)]),
    ("Twelve people are in rebel hands.", [("detained", 12)]),
    ("Nine girls were carried off by the raiders.", [("detained", 9)]),
    ("KEY FIGURES\n70-90     people reported abducted (local sources)", [("detained", 70)]),
    # controls: taken for care, on organised transport, from ruins; a town or people in safe hands
    ("Twelve injured people were taken away to hospital.", [("injured", 12)]),
    # people moved on organised transport are evacuated (figures_transport), never detained
    ("Some 200 residents were taken away on buses before the storm.", [("evacuated", 200)]),
    ("Rescuers said 15 people were taken from the rubble alive.", []),
    ("The 40 children are now in safe hands.", []),
    ("Floodwaters carried away 12 people in Belsk.", []),
])
def test_captives_are_detained(nlp: Any, text: str, expected: list[tuple[str, float]]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nine women and girls escaped from their kidnappers on Monday and walked to Belsk, according to the mayor "
     "and three of the women.", []),
    ("Four more kidnapped girls escaped on Sunday night.", []),
    ("The rebels now say 40 farmers were abducted. Seven escaped on their own before the rescue.",
     [("detained", 40)]),
    ("- Two more boys escaped on Monday; 31 people are still held, officials say", [("detained", 31)]),
    ("Six more people who were kidnapped in the raid have returned to their homes.", []),
    ("The 14 hostages who were freed on Friday were taken to the town hospital for check-ups.", []),
    ("The 14 villagers who were released on Friday were taken to the town hospital for check-ups.", []),
    # controls: the freed said hurt; captives still held; people fleeing a place or a hazard
    ("The 14 villagers who were released on Friday were taken to hospital with gunshot wounds.", [("injured", 14)]),
    ("Twelve people who were kidnapped in the raid are still held.", [("detained", 12)]),
    ("More than 2,000 villagers escaped to the hills after the attack.", [("displaced", 2000)]),
    ("About 500 people escaped the fighting in Belsk.", [("displaced", 500)]),
    ("Some 800 residents escaped as gunmen abducted 12 farmers.", [("detained", 12), ("displaced", 800)]),
])
def test_captives_out_of_captivity_are_no_count(nlp: Any, text: str, expected: list[tuple[str, float]]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The council said 40 people had been killed in the raid on Ostrim and Harnock, nine more than the 31 given by "
     "the police.", [("killed", 31), ("killed", 40)]),
    ("Another 12 people were killed on Monday, four more than on Sunday.", [("killed", 12)]),
    ("Belsk radio has also learned that the death toll given by the army remains at 14.", [("killed", 14)]),
    ("- Authorities have confirmed 12 deaths; village elders report up to 20.", [("killed", 12), ("killed", 20)]),
    ("9,400 people are now registered in Belsk's four shelter sites, according to the town council.",
     [("displaced", 9400)]),
    ("The toll has also risen to 19, as one more injured person expired in hospital on Monday.",
     [("killed", 1), ("killed", 19)]),
    # controls: things that expire are no people
    ("Permits for 120 traders expired on Monday.", []),
])
def test_gaps_tallies_and_words(nlp: Any, text: str, expected: list[tuple[str, float]]) -> None:
    assert _kinds(nlp, text) == expected
