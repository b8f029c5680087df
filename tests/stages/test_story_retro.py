"""A retrospective's day (story_retro.py) and its place in the stories (issue 10, corpus_p's look-alike), on
invented articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from test_stories import FLOOD, MARCH, item, stories_of

from groundwatch.records import ArticleFacts, CleanArticle, DateMention, Span
from groundwatch.stages.stories import assign_stories
from groundwatch.stages.story_retro import retrospective_day

PUBLISHED = dt.date(2041, 3, 12)


def mention(text: str, date: str, precision: str = "day") -> DateMention:
    return DateMention(text=text, date=date, precision=precision, span=Span("a", 0, 0, len(text), text))


@pytest.mark.issue(10)
@pytest.mark.parametrize(("title", "dates", "expected"), [
    # The headline's earlier year and the day the text reports in it.
    ("How the Orlen weir failed in 2031", [mention("Tuesday", "2041-03-10"),
                                           mention("the morning of May 4, 2031", "2031-05-04")], dt.date(2031, 5, 4)),
    # A year only the text names: a report of today's event that recalls an earlier one.
    ("Orlen weir fails again", [mention("May 4, 2031", "2031-05-04")], None),
    # The headline's year without a day of it: nothing to stand for.
    ("The lessons of 2031", [mention("Tuesday", "2041-03-10"), mention("May 2031", "2031-05-01", "month")], None),
    # Last winter's event under the previous year's name is this story's.
    ("Orlen floods of 2040: the last pumps leave",
     [mention("December 28, 2040", "2040-12-28")], None),
    # A headline year that is the publication's own.
    ("Orlen weir fails in 2041's first flood", [mention("March 10, 2041", "2041-03-10")], None),
])
def test_a_retrospective_stands_for_the_day_its_headline_year_reports(
        title: str, dates: list[DateMention], expected: dt.date | None) -> None:
    assert retrospective_day(title, dates, PUBLISHED) == expected


def flood_retrospective(title: str) -> tuple[CleanArticle, ArticleFacts]:
    """A look back at the same town's earlier flood, published while this year's story runs."""
    text = ("Long before Sunday's floods, the Sallow river had already drowned Marrowgate. On the night of June 5, "
            "2026, floodwaters swept through Marrowgate and Tessel after heavy rain, forcing hundreds from their "
            "homes. Anselm Karrow, then a district officer, ordered the first evacuation.")
    clean, facts = item("flood-retro", title, text, MARCH + dt.timedelta(days=2),
                        (("Marrowgate", "VL"), ("Tessel", "VL")), ("Veloria",), ("Anselm Karrow",))
    dates = (DateMention("Sunday", "2031-03-09", "day", Span("flood-retro", 0, 11, 17, "")),
             DateMention("the night of June 5, 2026", "2026-06-05", "day", Span("flood-retro", 1, 3, 28, "")))
    return clean, replace(facts, dates=dates)


@pytest.mark.slow
@pytest.mark.issue(10)
def test_a_retrospective_of_the_towns_earlier_flood_stays_out_of_this_years_story() -> None:
    s = stories_of(assign_stories([*FLOOD, flood_retrospective("How Marrowgate drowned in 2026")])[0])
    assert s["flood-retro"] != s["flood-1"] == s["flood-2"] == s["flood-3"]
    # The same text under a headline of today's news is this year's story, whatever year its body recalls.
    s = stories_of(assign_stories([*FLOOD, flood_retrospective("Marrowgate has drowned before")])[0])
    assert s["flood-retro"] == s["flood-1"]
