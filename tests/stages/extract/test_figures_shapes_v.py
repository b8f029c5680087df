"""Figures: families of language the blind run of the invented corpus_v missed (tests/fixtures/corpus_v.README.md).

Every sentence is invented for this test (Varnholt, Dorvel, Kessa; no eval text, no corpus_v sentence):

- a key-figures table whose row labels carry a bracketed note with commas or a hyphen in it ("| Injured (cuts,
  smoke) | 17 |", "(self-reported)"), and whose last cell the parser opens a sentence of its own with;
- a label of people in a building that a modifier makes a shelter ("People in relief centres", "Families in
  transit halls"): the displaced, as in prose;
- a verb with an object of its own, in a clause the parser hangs on the verb that governs a count ("sent 300
  soldiers to Kessa, where floods killed nine people"), says nothing of that count;
- people found dead ("found lifeless", or the fate fronted in a translated order: "Found already dead the two
  divers who were missing") are the killed, whoever they were before;
- people who must leave ("must now leave", "will have to leave", "need to move out") are under an order to go:
  evacuated, not displaced;
- a tally named by a noun of people ("the evacuee count passed 9,000") counts them;
- an amount of goods beside a delivery, by a participle ("the 48 tonnes of food flown in") or as a comma-set
  total ("..., some 300 tonnes altogether"), is aid;
- people a body counts as of a kind in a relative clause ("the 5,000 people the ministry counts as evacuated")
  are of that kind;
- people whose bodies the next clause tells of ("...; their bodies were found on Friday") are the killed;
- a body's tally valued in a relative clause ("more than the count of the ministry, which is 1,200") counts what
  the sentence counted before it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Floods in Varnholt\n\nVARNHOLT - Floods hit the town of Varnholt on Sunday, officials said.\n\n"


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


_ROWS = "| Item | Value |\n|---|---|\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    (_ROWS + "| People evacuated (voluntary and ordered) | 3,100 |\n| Injured (cuts, smoke) | 17 |\n"
             "| Missing (fishermen, north bay) | 2 |\n",
     [("evacuated", 3100), ("injured", 17), ("missing", 2)]),
    (_ROWS + "| Dead (self-reported, unverified) | 8 |\n| Hurt (minor, moderate, severe) | 31 |\n",
     [("killed", 8), ("injured", 31)]),
    ("Situation at noon\n\n- Killed (army, police, civilians): 14\n- Displaced (north-east district): 2,300\n",
     [("killed", 14), ("displaced", 2300)]),
    ("Fatalities (two-vehicle crash, highway): 6", [("killed", 6)]),
    # controls: rows of things name no count of people; a bracket in prose is no label
    (_ROWS + "| Ferries cancelled (north, south) | 9 |\n| Shelters open | 12 |\n", []),
    ("The toll (now 40, officials said) rose on Monday.", []),
])
def test_a_table_row_label_with_a_bracketed_note_names_its_kind(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    (_ROWS + "| People in relief centres | 1,420 |\n", [("displaced", 1420)]),
    (_ROWS + "| Persons in evacuation halls | 640 |\n| Families in transit centres | 95 |\n",
     [("displaced", 640), ("displaced", 95)]),
    ("Key numbers\n\n- People in collective centres: 700\n", [("displaced", 700)]),
    # controls: a bare school or centre is no lost home
    (_ROWS + "| Pupils in schools | 400 |\n| People in centres | 50 |\n", []),
])
def test_a_label_of_people_in_a_modified_shelter_names_the_displaced(nlp: Any, text: str,
                                                                       expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The ministry sent 300 soldiers to Kessa district, where the floods have cut roads and, officials said, "
     "killed nine people.", [("forces", 300), ("killed", 9)]),
    ("Some 1,200 police officers were deployed to the valley, where the storm has destroyed bridges and killed "
     "two fishermen.", [("forces", 1200), ("killed", 2)]),
    ("The army dispatched about 80 marines and two boats to Dorvel, where landslides buried homes and killed 12 "
     "villagers.", [("forces", 80), ("killed", 12)]),
    # controls: a complement with no object of its own still names the count's fate
    ("The blast left 14 people dead and the market in ruins.", [("killed", 14)]),
    ("Three soldiers were killed and 300 troops sent to Kessa.", [("killed", 3), ("forces", 300)]),
])
def test_a_clause_with_its_own_object_gives_no_kind_to_the_count_before_it(nlp: Any, text: str,
                                                                            expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Found already dead the two divers who were missing off the reef.", [("killed", 2)]),
    ("The two divers who were missing were found lifeless on Sunday.", [("killed", 2)]),
    ("Rescuers found three anglers lifeless near the weir.", [("killed", 3)]),
    # controls: a verb's own object, and the missing not yet found
    ("Gunmen killed the two guards who were missing from their post.", [("killed", 2)]),
    ("The two divers who went missing off the reef are still being sought.", [("missing", 2)]),
])
def test_people_found_dead_after_being_missing_are_the_killed(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("About 2,000 villagers must now leave their homes, the governor said.", [("evacuated", 2000)]),
    ("Some 500 families will have to leave the valley by Friday.", [("evacuated", 500)]),
    ("Another 900 residents need to move out before the dam is opened.", [("evacuated", 900)]),
    # controls: gone already, or by their own flight
    ("Some 300 residents must have fled before the fire reached the ridge.", [("displaced", 300)]),
    ("About 2,000 villagers fled their homes.", [("displaced", 2000)]),
])
def test_people_who_must_leave_are_under_an_evacuation_order(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The evacuee count passed 9,000 on Monday.", [("evacuated", 9000)]),
    ("Kessa refugee tally tops 4,000", [("displaced", 4000)]),
    ("The hostage count stood at 12 by nightfall.", [("detained", 12)]),
    # control: a tally of no kind counts nobody
    ("The vote count passed 9,000 on Monday.", []),
])
def test_a_tally_named_by_a_noun_of_people_takes_their_kind(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Donors shipped tents and blankets to the camps last week, some 300 tonnes altogether.", [("aid", 300)]),
    ("From the navy's ships to the 48 tonnes of food flown in, the response was fast, officials say.",
     [("aid", 48)]),
    ("The 200 tents delivered on Sunday are already in use.", [("aid", 200)]),
    # controls: goods no one delivered
    ("The warehouse burned down on Monday, 120 tonnes in all.", []),
    ("The quarry produced 300 tonnes of gravel in total.", []),
])
def test_an_amount_of_goods_beside_a_delivery_is_aid(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Of the 5,000 people the ministry counts as evacuated, 1,200 are staying in relief camps.",
     [("evacuated", 5000), ("displaced", 1200)]),
    ("The 40 men the police list as detained were moved to Dorvel on Monday.", [("detained", 40)]),
    ("Of the 600 residents the agency registers as displaced, half are children.", [("displaced", 600)]),
    # controls: a class that is no kind of ours
    ("The 40 men the police describe as witnesses were questioned on Monday.", []),
    ("The 12 players the coach counts as fit will travel on Monday.", []),
])
def test_people_a_body_counts_as_of_a_kind_are_of_that_kind(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Two anglers went missing on the lake; their bodies were found on Friday.", [("killed", 2)]),
    ("By Monday three climbers were stranded on the ridge; their bodies were recovered two days later.",
     [("killed", 3)]),
    ("Five fishermen were swept away, and their bodies washed ashore on Sunday.", [("killed", 5)]),
    # controls: no bodies, another count in between, or a fate of the living
    ("Two anglers went missing on the lake; rescuers found their boat on Friday.", [("missing", 2)]),
    ("Nine miners were trapped underground and 40 relatives waited for their bodies.", [("affected", 9)]),
    ("Police said 12 people were arrested; their bodies showed signs of beatings.", [("detained", 12)]),
])
def test_people_whose_bodies_the_next_clause_tells_of_are_the_killed(nlp: Any, text: str,
                                                                     expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor says 3,000 people were evacuated, far more than the count of the ministry, which is 1,200.",
     [("evacuated", 3000), ("evacuated", 1200)]),
    ("Rebels claim 80 dead, against a figure from the army that is 30.", [("killed", 80), ("killed", 30)]),
    ("Lawyers say 400 people were arrested, double the tally of the police, which is 200.",
     [("detained", 400), ("detained", 200)]),
    # controls: no count before it, or a tally of things
    ("The count of votes, which is 1,200, was read out.", []),
    ("About 3,000 people were evacuated, and the count of votes, which is 1,200, was read out.",
     [("evacuated", 3000)]),
])
def test_a_rival_tally_valued_in_a_relative_clause_takes_the_kind_before_it(nlp: Any, text: str,
                                                                            expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected
