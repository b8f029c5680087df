"""A dispute over when a collision happened: the act told with verbs of a collision ("hit", "rammed", "smashed
into") is one act, and an article that sets the two days against each other in one sentence takes both sides
(a third clause of its own on the earlier day does not veto the dispute). Invented stories (the Pellow tram
line, the Corran ferry pier); corpus_n's time dispute, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _dates(items: list) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("verb_a", "verb_b"), [("hit", "rammed"), ("struck", "smashed into"), ("hit", "crashed into")])
def test_a_collision_told_with_two_verbs_on_two_days_contradicts(verb_a: str, verb_b: str) -> None:
    a = Builder("a", D + 2 * DAY, [f"The night tram {verb_a} the stalled lorry on the Pellow line at 11.40 pm on "
                                   "Friday, the operator said."]).date("11.40 pm on Friday", "2031-03-07")
    b = Builder("b", D + 3 * DAY, [f"The night tram {verb_b} the stalled lorry on the Pellow line at 12.15 am on "
                                   "Saturday, police said."]).date("12.15 am on Saturday", "2031-03-08")
    (con,) = _dates([a.item(), b.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", "2031-03-07"), ("b", "2031-03-08")}


@pytest.mark.issue(10)
def test_an_article_setting_the_two_days_against_each_other_does_not_veto_the_dispute() -> None:
    a = Builder("a", D + 2 * DAY, ["The ferry hit the Corran pier at 11.50 pm on Friday, the harbour office said."]
                ).date("11.50 pm on Friday", "2031-03-07")
    b = Builder("b", D + 3 * DAY, ["The ferry hit the Corran pier at 12.30 am on Saturday, the police report says."]
                ).date("12.30 am on Saturday", "2031-03-08")
    c = Builder("c", D + 4 * DAY, [
        "The police report says the ferry hit the Corran pier at 12.30 am on Saturday, and not at 11.50 pm on Friday.",
        "The ferry hit a buoy off the Corran pier at about 11 pm on Friday, a deckhand said."])
    c.date("12.30 am on Saturday", "2031-03-08").date("11.50 pm on Friday", "2031-03-07")
    c.date("about 11 pm on Friday", "2031-03-07")
    (con,) = _dates([a.item(), b.item(), c.item()])
    assert {"a", "b"} <= {x.article for x in con.claims}
