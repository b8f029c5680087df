"""Count contradictions: a count of those still under care ("29 people remain in hospital") is a stock that falls
as patients go home, a part of the injured, compared only with other such counts (``counts._STILL_IN_CARE_RE``),
also where other days' higher totals bracket it (``counts._bracketed``). Invented sentences (a crush at Velmet);
corpus_p's false injured contradiction, session 37."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

TOTAL = "More than 230 people were treated after the crush at Velmet, most of them discharged after first aid."


def _item(aid: str, day: dt.date, sentence: str, phrase: str, value: float, qualifier: str = "exact") -> Item:
    return Builder(aid, day, [sentence]).figure(phrase, "injured", value, qualifier).item()


def _conflicts(items: list[Item]) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Twenty-nine people remain in hospital, the health office said.", "Twenty-nine people"),
    ("The toll stands at 12, with 29 people still in hospital.", "29 people"),
    ("Doctors said 29 remain admitted, four of them in intensive care.", "29"),
    ("The health office said 29 were still being treated on Tuesday.", "29"),
])
def test_those_still_in_care_are_no_rival_of_all_treated(sentence: str, phrase: str) -> None:
    same_day = [_item("a", D, sentence, phrase, 29), _item("b", D, TOTAL, "More than 230", 230, "over")]
    assert _conflicts(same_day) == []
    # nor when the total is given before and after it (the bracket of a count that stood still)
    later = D + dt.timedelta(days=2)
    bracketed = [_item("b", D, TOTAL, "More than 230", 230, "over"),
                 _item("a", D + dt.timedelta(days=1), sentence, phrase, 29),
                 _item("c", later, TOTAL.replace("were", "had been"), "More than 230", 230, "over")]
    assert _conflicts(bracketed) == []


@pytest.mark.parametrize(("sentence", "phrase"), [
    # no "still" or "remain": everyone treated, a rival of the total
    ("The fire brigade said 29 people were treated after the crush.", "29 people"),
    ("Twenty-nine people were injured in the crush, the police said.", "Twenty-nine people"),
])
def test_counts_of_everyone_treated_still_contradict(sentence: str, phrase: str) -> None:
    (con,) = _conflicts([_item("a", D, sentence, phrase, 29), _item("b", D, TOTAL, "More than 230", 230, "over")])
    assert {(c.article, c.value) for c in con.claims} == {("a", 29), ("b", 230)}


def test_two_counts_of_those_still_in_hospital_still_contradict() -> None:
    a = _item("a", D, "Officials said 58 remained in hospital on Monday.", "58", 58)
    b = _item("b", D, "The hospital board said 71 people remain in hospital.", "71 people", 71)
    (con,) = _conflicts([a, b])
    assert {(c.article, c.value) for c in con.claims} == {("a", 58), ("b", 71)}
