"""Contradictions that are two stages or two parts of one story, not one fact told two ways: a state on two of
its days, a hospital's patients beside the total, a count of the missing or the held that fell between two
reports, a part of a convoy beside the convoy, two deliveries by weight. Invented articles (the river town of
Marrow, Orvane; corpus_j's blind run, round two)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
WED, THU, FRI = "2031-03-12", "2031-03-13", "2031-03-14"


def _conflicts(items: list[Item], field: str) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == field]


def _values(con: Contradiction) -> set[tuple[str, object]]:
    return {(c.article, c.value) for c in con.claims}


# A state that lasts over days is true on each of them: two of its days, or a later act, are no contradiction.

WAITING = "A relief convoy of twelve trucks was waiting at the Marrow bridge on Wednesday, the drivers said."


@pytest.mark.issue(10)
@pytest.mark.parametrize("later", [
    "The relief convoy of twelve trucks was waiting at the Marrow bridge on Thursday, the drivers said.",
    "The relief convoy of twelve trucks remained at the Marrow bridge on Thursday, the drivers said.",
])
def test_a_state_on_two_of_its_days_is_no_date_contradiction(later: str) -> None:
    items = [Builder("a", D + 2 * DAY, [WAITING]).date("on Wednesday", WED).item(),
             Builder("b", D + 3 * DAY, [later]).date("on Thursday", THU).item()]
    assert _conflicts(items, "date") == []


@pytest.mark.issue(10)
def test_an_act_on_two_days_still_contradicts() -> None:
    items = [Builder("a", D + 2 * DAY, ["Police detained nine porters at the Marrow bridge on Wednesday."])
             .date("on Wednesday", WED).item(),
             Builder("b", D + 3 * DAY, ["Nine porters were detained at the Marrow bridge on Thursday, police said."])
             .date("on Thursday", THU).item()]
    (con,) = _conflicts(items, "date")
    assert _values(con) == {("a", WED), ("b", THU)}


# The patients one hospital treats are a part of the injured, however the sentence names the hospital.

TOTAL = "The Orvane health ministry said more than 150 people had been injured in the fire."


def _injured(aid: str, sentence: str, phrase: str, value: float, qualifier: str = "exact") -> Item:
    return Builder(aid, D, [sentence]).figure(phrase, "injured", value, qualifier).item()


@pytest.mark.issue(10)
@pytest.mark.parametrize("sentence", [
    "Dr Ilse Varn, who heads Orvane General Hospital, said 12 bodies had arrived, with 35 being treated in its wards.",
    "At the Tessel Road Clinic, nurses said 35 were admitted overnight.",
    "Orvane General Hospital said 35 people were still hospitalised on Monday.",
])
def test_patients_of_one_hospital_named_anywhere_are_no_rival_of_the_total(sentence: str) -> None:
    items = [_injured("a", sentence, "35", 35), _injured("b", TOTAL, "more than 150", 150, "over")]
    assert _conflicts(items, "figure") == []


@pytest.mark.issue(10)
@pytest.mark.parametrize("sentence", [
    # not a count under care: the speaker's hospital is not where the injured are counted
    "Dr Ilse Varn, who heads Orvane General Hospital, said 35 people had been injured in the fire.",
    # under care, but two hospitals named: no one place
    "Orvane General Hospital and the Tessel Road Clinic said 35 were being treated.",
])
def test_a_count_not_at_one_hospital_still_contradicts(sentence: str) -> None:
    (con,) = _conflicts([_injured("a", sentence, "35", 35), _injured("b", TOTAL, "more than 150", 150, "over")],
                        "figure")
    assert _values(con) == {("a", 35), ("b", 150)}


# The missing are found and the held freed: a later report's lower count is the count after it fell.

def _missing(aid: str, published: dt.date, sentence: str, phrase: str, value: float) -> Item:
    return Builder(aid, published, [sentence]).date("on Monday", "2031-03-10").figure(phrase, "missing", value).item()


@pytest.mark.issue(10)
def test_a_later_report_of_fewer_missing_is_an_update() -> None:
    items = [_missing("a", D, "Three fishermen were still missing on Monday, the harbour master said.", "Three", 3),
             _missing("b", D + DAY, "One fisherman was still missing on Monday night, the harbour master said.",
                      "One", 1)]
    assert _conflicts(items, "figure") == []


@pytest.mark.issue(10)
def test_fewer_missing_the_same_day_still_contradicts() -> None:
    items = [_missing("a", D, "Three fishermen were still missing on Monday, the harbour master said.", "Three", 3),
             _missing("b", D, "One fisherman was still missing on Monday, the coastguard said.", "One", 1)]
    (con,) = _conflicts(items, "figure")
    assert _values(con) == {("a", 3), ("b", 1)}


@pytest.mark.issue(10)
def test_a_later_report_of_fewer_held_is_an_update() -> None:
    items = [Builder("a", D + DAY, ["Eight volunteers of the relief group are still detained."])
             .figure("Eight volunteers", "detained", 8).item(),
             Builder("b", D + 3 * DAY, ["Two volunteers, who were detained on Tuesday, remain in custody."])
             .date("on Tuesday", "2031-03-11").figure("Two volunteers", "detained", 2).item()]
    assert _conflicts(items, "figure") == []


@pytest.mark.issue(10)
def test_a_later_report_of_fewer_arrests_still_contradicts() -> None:
    items = [Builder("a", D + DAY, ["Police arrested eight volunteers of the relief group on Tuesday."])
             .date("on Tuesday", "2031-03-11").figure("eight volunteers", "detained", 8).item(),
             Builder("b", D + 3 * DAY, ["Police arrested two volunteers of the relief group on Tuesday."])
             .date("on Tuesday", "2031-03-11").figure("two volunteers", "detained", 2).item()]
    (con,) = _conflicts(items, "figure")
    assert _values(con) == {("a", 8), ("b", 2)}


# Counts of things: a part of a convoy is counted by its part; amounts by weight are never compared.

CROSSED = "The seven trucks that crossed into Marrow on Friday carried flour."


@pytest.mark.issue(10)
@pytest.mark.parametrize("sentence", [
    "Seven of the convoy's 16 trucks crossed into Marrow on Friday.",
    "Only seven of its 16 trucks crossed into Marrow on Friday, the relief group said.",
])
def test_a_part_of_a_convoy_is_counted_by_its_part(sentence: str) -> None:
    items = [Builder("a", D + 4 * DAY, [CROSSED]).date("on Friday", FRI).item(),
             Builder("b", D + 5 * DAY, [sentence]).date("on Friday", FRI).item()]
    assert _conflicts(items, "figure") == []


@pytest.mark.issue(10)
def test_another_part_still_contradicts() -> None:
    items = [Builder("a", D + 4 * DAY, [CROSSED]).date("on Friday", FRI).item(),
             Builder("b", D + 5 * DAY, ["Four of the convoy's 16 trucks crossed into Marrow on Friday."])
             .date("on Friday", FRI).item()]
    (con,) = _conflicts(items, "figure")
    assert _values(con) == {("a", 7), ("b", 4)}


@pytest.mark.issue(10)
def test_two_amounts_by_weight_are_no_contradiction() -> None:
    items = [Builder("a", D + 4 * DAY, ["The relief group said 300 tonnes of flour reached Marrow on Friday."])
             .date("on Friday", FRI).item(),
             Builder("b", D + 5 * DAY, ["The state delivered 80 tonnes of flour to Marrow on Friday."])
             .date("on Friday", FRI).item()]
    assert _conflicts(items, "figure") == []


# Two bodies' own tolls of one day, set side by side in one article, are a disagreement even when another
# article gives one of them: compared only across articles, the article agreed with it through its other value.

MAYOR = "The mayor of Marrow, Ansel Dray, said at least 31 people had died in the fire."
AGENCY = "The Orvane fire agency's figure on Wednesday was 24 dead."


@pytest.mark.issue(10)
def test_two_bodies_tolls_in_one_article_contradict_with_the_article_giving_one() -> None:
    items = [Builder("a", D + 2 * DAY, [MAYOR, AGENCY])
             .figure("at least 31", "killed", 31, "at_least", reported_by="The mayor of Marrow, Ansel Dray")
             .figure("24", "killed", 24, reported_by="The Orvane fire agency").item(),
             Builder("b", D + 2 * DAY, ["The agency confirmed 24 deaths."])
             .figure("24", "killed", 24, reported_by="The Orvane fire agency").item()]
    (con,) = _conflicts(items, "figure")
    assert _values(con) == {("a", 31), ("a", 24), ("b", 24)}


@pytest.mark.issue(10)
@pytest.mark.parametrize(("second", "body"), [
    ("The fire agency had earlier put the toll at 24.", "The fire agency"),  # an earlier count recalled
    ("Doctors at Marrow General Hospital said 24 had died there.", "Doctors at Marrow General Hospital"),  # a part
    ("Ansel Dray said 24 of them were children.", "Ansel Dray"),  # the same speaker's part
])
def test_an_earlier_count_or_a_part_beside_a_toll_is_no_rival(second: str, body: str) -> None:
    items = [Builder("a", D + 2 * DAY, [MAYOR, second])
             .figure("at least 31", "killed", 31, "at_least", reported_by="The mayor of Marrow, Ansel Dray")
             .figure("24", "killed", 24, reported_by=body).item()]
    assert _conflicts(items, "figure") == []
