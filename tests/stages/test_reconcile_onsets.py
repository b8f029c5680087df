"""Date contradictions of an onset told with two verbs of beginning ("the flood began" / "the flood started" /
"the strike commenced"): one act, whichever verb each outlet uses. Invented stories (the Tesk flood, the Quill
strike, the Velsa fire); corpus_v's blind run, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
TUE, WED = "2031-03-11", "2031-03-12"  # D is Monday 10 March 2031


def _dates(items: list) -> list[Contradiction]:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("first", "second"), [
    ("The flooding of the Tesk valley began at dawn on March 11, the river authority said in its bulletin.",
     "Farmers insist the flooding of the Tesk valley started on the night of Wednesday, not before."),
    ("The dockers' strike at Quill commenced on March 11 with a walkout at the container terminal.",
     "The dockers' strike at Quill began on Wednesday, when the night shift left the container terminal."),
    ("According to the fire service, the fire in the Velsa forest started at 4 am on March 11.",
     "Villagers say the fire in the Velsa forest began late on Wednesday, near the old sawmill."),
])
def test_an_onset_told_with_two_verbs_of_beginning_is_one_act(first: str, second: str) -> None:
    a = Builder("a", D + 3 * DAY, [first]).date("March 11", TUE)
    b = Builder("b", D + 4 * DAY, [second]).date("Wednesday", WED)
    (con,) = _dates([a.item(), b.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", TUE), ("b", WED)}
