"""Figures: families of language the blind run of the invented corpus_t missed (tests/fixtures/corpus_t.README.md).

Every sentence is invented for this test (Varnholt, Dorvel; no eval text, no corpus_t sentence):

- people told by the harm done to their body or by the care they are under, with no injury word, are the
  injured: a sense or limb lost, a state of the body after a verb of being or becoming, an ability the body
  lost, a medical course people are under, and a sitrep label built of the same words
  (``figures_bodily``); idioms ("lost sight of", "sick of") and abilities with an object count nobody.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Poisoning in Varnholt\n\nVARNHOLT - Tainted drink was sold in Varnholt on Sunday, officials said.\n\n"


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Seven labourers have lost their sight since Sunday.", [("injured", 7)]),
    ("At least 12 drinkers lost the vision in one eye.", [("injured", 12)]),
    ("Three workers lost the use of their legs after the spill.", [("injured", 3)]),
    ("Six persons have lost the light of their eyes, the doctor informed.", [("injured", 6)]),
    ("Nine miners were blinded by the flash.", [("injured", 9)]),
    ("Four of the guests went blind within a day.", [("injured", 4)]),
    ("11 have been left blind, a nurse said.", [("injured", 11)]),
    ("Twenty children fell ill after drinking from the well.", [("injured", 20)]),
    ("Forty-two residents were taken ill at the fair.", [("injured", 42)]),
    ("18 persons are ill.", [("injured", 18)]),
    ("Some 30 pupils were poisoned by the canteen meal.", [("injured", 30)]),
    ("Fourteen patients were badly burned in the blaze.", [("injured", 14)]),
    ("Eight cannot see at all, the surgeon told the radio.", [("injured", 8)]),
    ("Five of the workers can no longer walk.", [("injured", 5)]),
    ("22 villagers are still under treatment in Dorvel.", [("injured", 22)]),
    ("About 40 people remain under medical observation.", [("injured", 40)]),
    # controls: idioms, abilities with an object, other things under a course, things burned
    ("Two of the officers could not see the driver from the road.", []),
    ("Thirty voters lost sight of the main issue.", []),
    ("Twelve residents are sick of the delays.", []),
    ("Ten students are under investigation.", []),
    ("Forty houses were burned in the village.", []),
    ("Nine people were burned to death in the fire.", [("killed", 9)]),
    ("Two men were poisoned to death.", [("killed", 2)]),
])
def test_harm_to_the_body_and_care_count_the_injured(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Key figures\n\n- Persons under treatment: 40\n- Deaths: 9", [("injured", 40), ("killed", 9)]),
    ("Key figures\n\n- Patients admitted since 2 June: 75\n- Deaths: 9", [("injured", 75), ("killed", 9)]),
    ("Children with loss of hearing: 6", [("injured", 6)]),
    ("People hospitalised since Friday: 33", [("injured", 33)]),
    ("Patients per doctor: 40", []),
])
def test_a_label_of_care_or_harm_counts_the_injured(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("With this the number of the arrested persons is become 7.", [("detained", 7)]),
    ("The number of arrested protesters has become 12.", [("detained", 12)]),
    ("By evening the count of evacuated families became 300.", [("evacuated", 300)]),
    ("The number of injured people is become 25 as per the hospital.", [("injured", 25)]),
    # controls: "become" of no tally
    ("The situation has become 25 times worse.", []),
    ("He became 40 last year.", []),
])
def test_a_tally_becomes_its_value(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The district gave 23 while the clinic alone said 27 bodies had been brought in.",
     [("killed", 23), ("killed", 27)]),
    ("The police counted 40 while the organisers said 65 people were detained.", [("detained", 40), ("detained", 65)]),
    ("The ministry reported 12 but the mission said 19 civilians were killed.", [("killed", 12), ("killed", 19)]),
    ("The army claimed 40 whereas local elders said 70 villagers had fled.", [("displaced", 40), ("displaced", 70)]),
    # controls: a count with a noun of its own, a verb that gives no source's count
    ("The ministry gave 12 interviews while the mission said 19 civilians were killed.", [("killed", 19)]),
    ("The team scored 3 while the clinic said 14 people were hurt.", [("injured", 14)]),
])
def test_a_bare_count_set_against_a_second_source_takes_its_kind(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The drums reached the village through a cousin of one of the detained sellers.", []),
    ("The car belonged to one of the arrested activists.", []),
    ("Guards detained three men, a driver who carried the crates and two loaders.", [("detained", 3)]),
    ("Police said they had arrested two more people, a baker who hid the sacks and his son.", [("detained", 2)]),
    # controls: "one of" whose own clause gives the kind counts one
    ("One of the injured miners died overnight.", [("killed", 1)]),
    ("One of the sellers was arrested on Monday.", [("detained", 1)]),
])
def test_a_member_of_a_counted_group_adds_no_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


def _scopes(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.scope) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The state has recorded hundreds of such deaths over the past decade.", [("killed", "wider_area")]),
    ("Over the past ten years the province recorded 900 deaths from tainted drink.", [("killed", "wider_area")]),
    ("Roughly 300 people have died in such crashes during the last five years.", [("killed", "wider_area")]),
    # controls: a comparison dated by a span, and a short span, are the event's own
    ("The worst floods in the past decade have killed 40 people.", [("killed", None)]),
    ("The floods killed 40 people over the past two days.", [("killed", None)]),
])
def test_a_tally_over_several_years_is_wider_than_the_event(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _scopes(nlp, text) == expected
