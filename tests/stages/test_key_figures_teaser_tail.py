"""Headline figures of an invented look-alike story (a tainted-water outbreak at Fendry): a closing line that links
to another story's article ("..., read more here", "click here") counts that story's dead, not this one's; and
where a story gives both its sick and the part of them in hospital, the sick head the injured. Every text is
invented; corpus_t's blind run, issue 10."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from test_reconcile import Builder

from groundwatch.stages.reconcile import reconcile
from reconcile_support import article_item

DAY = dt.date(2031, 9, 3)  # a Wednesday


@pytest.mark.issue(10)
@pytest.mark.parametrize("teaser", [
    "The dam collapse upriver has meanwhile claimed 46 lives, read more here.",
    "The dam collapse upriver has killed 46 people so far - click here for our coverage.",
    "Forty-six people have died in the dam collapse upriver: full story here.",
    "The death toll of the dam collapse upriver stands at 46, details here.",
])
def test_a_closing_link_line_counts_another_story(nlp: Any, teaser: str) -> None:
    text = ("Tainted well water kills 3 in Fendry\n\nThree people have died in Fendry after drinking water from a "
            "well that flood water had reached, the district health office said on Wednesday.\n\n" + teaser)
    pic = reconcile("s", [article_item(nlp, "daily", DAY, text)], [])
    assert {k.kind: k.best for k in pic.key_figures}["killed"] == 3


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sick", "kept"), [
    ("31 villagers fell ill", "12 of them are in the district hospital"),
    ("31 people are sick", "12 were admitted to the clinic"),
    ("31 residents have been taken ill", "the clinic has admitted 12"),
])
def test_the_sick_head_the_injured_not_the_part_in_hospital(sick: str, kept: str) -> None:
    a = Builder("a", DAY, [f"In Fendry {sick} after drinking well water.", f"Health officers said {kept}."])
    a.figure(sick, "injured", 31).figure(kept, "injured", 12)
    heads = {k.kind: k.best for k in reconcile("s", [a.item()], []).key_figures}
    assert heads["injured"] == 31
