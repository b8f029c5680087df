"""Figures: families of language the blind stress batch fblind-s33 missed (tests/fixtures/figures_stress.json).

Every sentence is invented for this test (Tavelmoor, Greshan, Ulbrook; no eval text, no stress-batch sentence):

- people living (staying, sleeping) in a shelter, said by a gerund after their noun, are displaced, not affected;
- "without running water": a service named by a participle the parser makes a gerund with its object;
- "the whereabouts (fate) of N people are unknown": the missing;
- a bare definite count added to one given before ("on top of the 8,000 already there") is of its kind;
- a side holding a part of another party's people ("hold 300 of its soldiers") holds captives;
- things joined to a verb's object with "along with" are what the verb did to it;
- a year in a clause that tells when a thing was made ("the bridge, built in 1987") dates no event;
- a headline's listed item with no verb, "40,000 without power" or "8,000 in shelters", is a count of its own;
- a part of a count of held people that escaped is held no more;
- "with N more" after a count, its noun and verb left out, adds to that count.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _figs(nlp: Any, text: str) -> list[Any]:
    return list(extract_figures(nlp(text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {}))


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.value) for f in _figs(nlp, text)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Some 4,000 people living in displacement camps near Tavelmoor lack clean water.", [("displaced", 4000)]),
    ("The number of families living in tents has risen to 900.", [("displaced", 900)]),
    ("There are now 7,300 people living in relief centres across Greshan.", [("displaced", 7300)]),
    # controls: a place that is no shelter leaves "living" what it was
    ("The number of people living in the flood zone has grown to 20,000.", [("affected", 20000)]),
    ("About 3,000 people living near the dam were moved to schools.", [("displaced", 3000)]),
])
def test_people_living_in_a_shelter_are_displaced(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly 9,000 people in Ulbrook have been without running water since the main burst.", [("affected", 9000)]),
    # control: a gerund of manner lacks nothing
    ("Police held 12 people without asking a judge.", [("detained", 12)]),
])
def test_without_running_water(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The whereabouts of 23 fishermen are still unknown after the trawler sank.", [("missing", 23)]),
    ("The fate of 40 migrants who set off from Greshan remains unclear.", [("missing", 40)]),
    ("The whereabouts of the 12 herders are not known.", [("missing", 12)]),
    # controls: known whereabouts, and things
    ("The whereabouts of the 12 herders are known to the army.", []),
    ("The whereabouts of 12 trucks are unknown.", []),
])
def test_whereabouts_unknown(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The army is flying a further 1,200 troops to Tavelmoor, on top of the 5,000 already deployed.",
     [("forces", 1200), ("forces", 5000)]),
    ("Police arrested 40 more protesters on Sunday, in addition to the 120 held since Friday.",
     [("detained", 40), ("detained", 120)]),
])
def test_a_definite_count_added_to_one_before(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The government says the insurgents still hold some 200 of its soldiers.", [("detained", 200)]),
    ("The militia says it holds 25 of Greshan's policemen.", [("detained", 25)]),
    # control: a side holding its own fighters is no captor (the pronoun agrees with the holder)
    ("The rebels hold 60 of their fighters in reserve.", []),
])
def test_a_side_holding_part_of_anothers_people(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Rebel fighters handed in their rifles at the Ulbrook depot along with 52 mortars.", [("weapons", 52)]),
    ("The convoy delivered flour along with 30 tonnes of medicine.", [("aid", 30)]),
    # control: a thing joined to a verb that does nothing to it
    ("Rebels burned the market along with 40 homes.", []),
])
def test_things_along_with_a_verbs_object(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "older"), [
    ("The footbridge, built in 1994, gave way on Monday; four walkers are still missing.", False),
    ("The dam, which was constructed in 1961, burst on Sunday and killed 30 people.", False),
    # control: a year on the event itself
    ("A bombing carried out in 2017 killed 26 people.", True),
])
def test_a_year_a_thing_was_made_dates_no_event(nlp: Any, text: str, older: bool) -> None:
    figs = _figs(nlp, text)
    assert figs and all(f.other_event is older for f in figs)


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Storm Orla: 40,000 without power, 3 dead", [("affected", 40000), ("killed", 3)]),
    ("Greshan floods: 8,000 in shelters, 12 dead", [("displaced", 8000), ("killed", 12)]),
    ("Ulbrook gales: 2.5m without power", [("affected", 2500000)]),
    # controls: listed parts of a toll keep the toll's kind
    ("Floods kill 12 in Tavelmoor, 30 in Greshan", [("killed", 12), ("killed", 30)]),
    ("Gunmen killed 12 people, four in the market, police said.", [("killed", 12), ("killed", 4)]),
])
def test_a_headlines_verbless_item_with_its_place(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Three of the 20 hostages escaped on Monday.", [("detained", 20)]),
    ("Five of the 30 passengers abducted from the bus fled into the forest.", [("detained", 30)]),
    # control: people who were not held and fled are displaced
    ("Twelve of the 300 villagers fled to the hills.", [("displaced", 12)]),
])
def test_a_part_of_the_held_that_escaped(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The storm killed 12 people in Tavelmoor, with three more in Greshan.", [("killed", 12), ("killed", 3)]),
    ("Police arrested 40 people, with 12 more on Tuesday.", [("detained", 40), ("detained", 12)]),
    # control: a count with a word of its own after "more" is left to it
    ("Nine trucks reached Ulbrook on Monday, with 14 more expected on Tuesday.", [("aid", 9)]),
])
def test_with_n_more_after_a_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected
