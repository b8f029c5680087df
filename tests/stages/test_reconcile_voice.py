"""Date contradictions of one act told in two voices, on invented articles (Veloria; corpus_f's blind run)."""

from __future__ import annotations

import datetime as dt

from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _date_conflicts(items: list) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


def test_one_act_told_actively_and_passively_on_two_days_contradicts() -> None:
    items = [Builder("a", D, ["Velora's navy called off the search for survivors of the Tessel ferry on Thursday "
                              "evening, saying there was no hope left."]).date("Thursday evening", "2031-03-13").item(),
             Builder("b", D + DAY, ["The search was called off on Friday morning, the navy said."])
             .date("Friday morning", "2031-03-14").item()]
    (con,) = _date_conflicts(items)
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-13"), ("b", "2031-03-14")}


def test_a_day_count_set_off_after_the_date_still_lets_it_date_the_act() -> None:
    # "four days after the ferry sank" restates Thursday; "Thursday evening" still dates the calling off
    items = [Builder("a", D, ["Velora's navy called off the search on Thursday evening, four days after the ferry "
                              "sank off Tessel."]).date("Thursday evening", "2031-03-13").item(),
             Builder("b", D + DAY, ["The search was called off on Friday morning, the navy said."])
             .date("Friday morning", "2031-03-14").item()]
    (con,) = _date_conflicts(items)
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-13"), ("b", "2031-03-14")}


def test_two_voices_on_two_things_are_two_acts() -> None:
    # the same verb in two voices, on two things: the bridge and the market closed on different days
    items = [Builder("a", D, ["Velora's army closed the bridge at Tessel on Monday."])
             .date("Monday", "2031-03-10").item(),
             Builder("b", D + DAY, ["The market was closed on Thursday, the army said."])
             .date("Thursday", "2031-03-13").item()]
    assert _date_conflicts(items) == []


def test_a_plural_patient_gives_no_act_identity() -> None:
    from groundwatch.stages.reconcile.common import parse
    from groundwatch.stages.reconcile.events import definite_patient

    assert definite_patient(parse("The search was called off on Friday.")[3], True) == "off search"
    assert definite_patient(parse("Two more men were arrested on Thursday.")[4], True) is None
