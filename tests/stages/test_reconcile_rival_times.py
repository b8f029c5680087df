"""Two bodies' tolls and the day each is of: a rival's count the sentence dates back from the report ("a week ago")
is an older count beside the day's, no rival tally of one day; a day that ends the subject of a verb of harm ("the
blast on Sunday killed 41") dates the blast, and the count is as of the day it was said. Invented stories (the
Tarvel silo blast); corpus_o's blind run, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)
SUN, WED = "2031-03-09", "2031-03-12"  # D is Monday 10 March 2031


def _conflicts(items: list[Item]) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("when", "rival"), [
    ("a week ago", False),  # the port authority's older count, beside the governor's of now
    ("two days ago", False),
    ("on the same day", True),  # two bodies' tallies of one day: the earlier decision stands
])
def test_a_rival_count_dated_back_from_the_report_is_no_rival_tally(when: str, rival: bool) -> None:
    sentence = (f"The governor's office now says 41 people died; the port authority, which put the toll at 55 {when}, "
                "says the real number will never be known.")
    items = [Builder("a", D + 7 * DAY, [sentence])
             .figure("41 people died", "killed", 41, reported_by="The governor's office")
             .figure("55", "killed", 55, reported_by="the port authority").item()]
    assert bool(_conflicts(items)) is rival


@pytest.mark.issue(10)
def test_a_day_ending_the_subject_of_a_verb_of_harm_dates_the_blast_not_the_count() -> None:
    a = Builder("a", D + 3 * DAY, ["The blast at the Tarvel silo on Sunday killed 55 people, the port authority said "
                                   "on Wednesday, well above the 41 announced by the governor's office the same day."])
    a.figure("killed 55 people", "killed", 55, reported_by="the port authority")
    a.figure("41", "killed", 41, reported_by="the governor's office")
    a.date("Sunday", SUN).date("Wednesday", WED).date("the same day", WED)
    b = Builder("b", D + 2 * DAY, ["The governor's office said on Wednesday that 41 people had died in the blast."])
    b.figure("41 people had died", "killed", 41, reported_by="The governor's office").date("Wednesday", WED)
    (con,) = _conflicts([a.item(), b.item()])
    assert {(c.article, c.value, c.as_of) for c in con.claims} == {("a", 55, WED), ("a", 41, WED), ("b", 41, WED)}
