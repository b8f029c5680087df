"""Story assignment: an aid closure is not a delivery; an undated article gets no date grace."""

from __future__ import annotations

import datetime as dt

import pytest
from test_stories import MARCH, item, stories_of

from groundwatch.records import DateMention, Span
from groundwatch.stages import stories
from groundwatch.stages.story_acts import CLOSURE, DELIVERY, aid_act


@pytest.mark.parametrize("lead,act", [
    ("Aid convoys halted at the Tessel crossing. Officials gave no reason.", CLOSURE),
    ("Velorian authorities closed the Tessel border crossing to aid trucks on Monday.", CLOSURE),
    ("The first aid convoy crosses into Marrowgate. Forty trucks carried flour and tents.", DELIVERY),
    ("Relief supplies were delivered to flooded villages near Tessel on Tuesday.", DELIVERY),
    ("Aid deliveries resumed at the Tessel crossing after a week-long halt.", None),  # both acts named
    ("The river burst its banks in Marrowgate, flooding the old town.", None),  # no aid at all
])
def test_aid_act_of_a_lead(lead: str, act: str | None) -> None:
    assert aid_act(lead) == act


DELIVERIES = [
    item("conv-1", "First aid convoy enters Marrowgate through the Tessel crossing",
         "Twenty aid trucks carrying flour and medicine entered Marrowgate through the Tessel crossing on "
         "Monday, the Velorian Red Crescent said.", MARCH, (("Marrowgate", "VL"), ("Tessel", "VL")), ("Veloria",)),
    item("conv-2", "Aid convoy reaches Marrowgate via Tessel crossing",
         "A convoy of aid trucks reached Marrowgate through the Tessel crossing on Monday with flour and "
         "medicine, the Velorian Red Crescent said.", MARCH, (("Marrowgate", "VL"), ("Tessel", "VL")), ("Veloria",)),
]
CLOSED = item("shut-1", "Aid to Marrowgate halted as Tessel crossing is closed",
              "Aid trucks bound for Marrowgate were halted on Thursday after the Tessel crossing was closed, "
              "the Velorian Red Crescent said.", MARCH + dt.timedelta(days=3),
              (("Marrowgate", "VL"), ("Tessel", "VL")), ("Veloria",))


@pytest.mark.slow
def test_closure_does_not_join_a_delivery_story(monkeypatch: pytest.MonkeyPatch) -> None:
    s = stories_of(stories.assign_stories([*DELIVERIES, CLOSED])[0])
    assert s["conv-1"] == s["conv-2"] != s["shut-1"]
    # The gate is what keeps them apart: same place, same week, same words for aid.
    monkeypatch.setattr(stories, "conflicting", lambda act, acts: False)
    s = stories_of(stories.assign_stories([*DELIVERIES, CLOSED])[0])
    assert s["conv-1"] == s["conv-2"] == s["shut-1"]


def test_undated_article_gets_no_grace_days() -> None:
    story = stories.StoryProfile(id="s1", centroid=(1.0,), size=2, first=MARCH.isoformat(), last=MARCH.isoformat())
    text = "Rescuers reached Marrowgate on March 16, 2031, officials said."
    later = MARCH + dt.timedelta(days=6)
    day = later.isoformat()
    span = Span("late", 0, text.index("March"), text.index("March") + 14, text)
    dated, undated = (item("late", "Rescuers reach Marrowgate", text, pub) for pub in (later, None))
    mention = DateMention("March 16, 2031", day, "day", span)
    p_dated = stories._profile(dated[0], dated[1].__class__(**{**_fields(dated[1]), "dates": (mention,)}))
    p_undated = stories._profile(undated[0], undated[1].__class__(**{**_fields(undated[1]), "dates": (mention,)}))
    assert p_undated.date == p_dated.date == later  # placed on the day its text reports
    assert stories._date_penalty(p_dated, story) == 0.0  # within the grace days after publication
    assert stories._date_penalty(p_undated, story) > 0.0  # no publication lag to allow for


def _fields(obj: object) -> dict[str, object]:
    return {k: getattr(obj, k) for k in obj.__slots__}  # type: ignore[attr-defined]
