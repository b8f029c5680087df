"""A body named in a lead only as the teller of the news (story_tellers.py) is who reports, not where the
event is: a look-alike told by the story's usual agency stays apart (issue 10, corpus_v's look-alike).
Invented leads and profiles."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.stages.story_tellers import tellers

DAY = dt.date(2033, 4, 6)

TOLD = [
    pytest.param("More than 90 tremors shook Velka island since Monday, said on Tuesday the Seismic Survey.",
                 {"seismic survey", "velka"}, {"seismic survey"}, id="said-on-day-the-body"),
    pytest.param("Floods cut three roads in Ostrin, according to the Water Board.", {"water board", "ostrin"},
                 {"water board"}, id="according-to"),
    pytest.param("A landslide buried a farm near Quell, the Roads Agency reported on Sunday.",
                 {"roads agency", "quell"}, {"roads agency"}, id="body-reported"),
    pytest.param("The Water Board opened the sluices at Ostrin, the Water Board said.", {"water board", "ostrin"},
                 set(), id="also-the-actor"),
    pytest.param("The Roads Agency closed the pass above Quell on Sunday.", {"roads agency", "quell"}, set(),
                 id="only-the-actor"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("lead", "names", "expected"), TOLD)
def test_tellers(lead: str, names: set[str], expected: set[str]) -> None:
    assert tellers(names, lead) == expected


@pytest.mark.issue(10)
def test_a_look_alike_told_by_the_storys_agency_shares_nothing() -> None:
    from groundwatch.stages.story_names import evidence
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    # A flood story whose every report cites the water board; a landslide elsewhere told by the same board,
    # naming the flood's valley once in its body.
    story = StoryProfile("s1", (1.0,), 6, places={"ostrin": 6, "tesk valley": 5}, actors={"water board": 6})
    slide = _Profile(frozenset({"tesk valley", "quell"}), frozenset(), frozenset({"water board"}), DAY,
                     lead=frozenset({"quell", "water board"}), tellers=frozenset({"water board"}),
                     mentions=frozenset({("quell", 0), ("water board", 0), ("tesk valley", 5)}))
    assert evidence(slide, story, {}) == 0.0
    # The board acting in the lead (not only telling) makes the lead the story's.
    assert evidence(_Profile(slide.places, slide.countries, slide.actors, DAY, lead=slide.lead,
                             mentions=slide.mentions), story, {}) > 0.0
