"""A story of retrospectives counts the year it looks back on (reconcile/retro.py), on invented articles (the
Orlen weir; corpus_p's look-alike, issue 10)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from test_reconcile import Builder

from groundwatch.stages.reconcile import reconcile

PUBLISHED = dt.date(2041, 3, 12)


def _look_back(title: str) -> tuple:  # type: ignore[type-arg]
    b = Builder("r", PUBLISHED, [
        "Long before Tuesday's flood, the Orlen weir had already failed once.",
        "On the morning of May 4, 2031, eleven people were killed and 30 injured when the weir gave way."])
    b.date("Tuesday", "2041-03-10").date("the morning of May 4, 2031", "2031-05-04")
    b.figure("eleven people", "killed", 11, who="people").figure("30", "injured", 30, other_event=True)
    clean, facts = b.item()
    return replace(clean, article=replace(clean.article, title=title)), facts


@pytest.mark.issue(10)
def test_a_retrospectives_story_heads_the_counts_of_the_year_it_looks_back_on() -> None:
    heads = {k.kind: k.best for k in reconcile("s1", [_look_back("How the Orlen weir failed in 2031")], []).key_figures}
    assert heads == {"killed": 11, "injured": 30}


@pytest.mark.issue(10)
def test_an_article_that_only_recalls_an_earlier_year_keeps_its_counts_another_events() -> None:
    assert reconcile("s1", [_look_back("Orlen weir fails again")], []).key_figures == ()
