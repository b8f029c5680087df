"""Stress batch: event incidents whose only report on a page is a dated photo caption the cleaner dropped.

Invented captions (real towns so that the gazetteer resolves them; every sentence written for this test), each on a
page whose own text reports no event. Scored as the share of cases whose outcome is right:

- ``EVENTS`` (14): the caption shows the incident happening; right when a record of the expected ACLED event type
  cites the caption and is dated to the caption's day;
- ``NO_EVENT_DAY`` (4): the photo shows an aftermath ("after ...") or a scene that is no incident (a press
  conference, a portrait); right when no record is dated to the caption's day.

Measured (session 16, capfix): with the captions not read (as before) 4 of 18 (0.22: the no-event cases only);
read, 15 of 18 (0.83); every no-event case stays right. Misses left, all the event classifier's (the caption is
read and dated): students met with tear gas coded as a riot, not a protest; the flood scene has no event cue; the
arson of homes coded as property destruction (a Strategic development; arguable, ACLED codes it so when no one is
hurt).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.records import Article, ArticleFacts, CleanArticle
from groundwatch.settings import Settings
from groundwatch.stages import extract
from groundwatch.stages.events.assemble import story_events
from groundwatch.stages.events.captions import DROPPED_LINE, caption_items
from groundwatch.stages.events.mentions import candidates, classified, find_mentions

#: The page's own text: about the town's plans, no event.
TEXT = ("The county council in {town} said on Friday that it would publish its budget for the coming year next "
        "month.\n\nA spokesman said the council had not yet decided how much to spend on roads and schools.")

EVENTS: list[tuple[str, str, str, str]] = [
    ("Nairobi", "Riot police fire tear gas at students protesting fee increases outside a university in Nairobi, "
                "March 3, 2025. (Lakeside Photo)", "2025-03-03", "Protests"),
    ("Mombasa", "Traders march through the centre of Mombasa against a new market tax on 12 May, 2025 (Coast Photo)",
     "2025-05-12", "Protests"),
    ("Kisumu", "Nurses hold placards during a demonstration over unpaid wages in Kisumu, Kenya, June 9, 2025. "
               "(Valley Photo)", "2025-06-09", "Protests"),
    ("Nakuru", "Protesters burn tyres and block the highway into Nakuru, Kenya, on 21 July, 2025. "
               "[Orla Fenwick - Rift Press]", "2025-07-21", "Riots"),
    ("Eldoret", "Farmers rally outside the county offices in Eldoret to demand higher maize prices, August 4, 2025. "
                "(Highland Photo)", "2025-08-04", "Protests"),
    ("Garissa", "Soldiers exchange fire with militants on the outskirts of Garissa, Kenya, September 15, 2025. "
                "(Northern Photo)", "2025-09-15", "Battles"),
    ("Kampala", "Opposition supporters chant slogans as they march through Kampala, Uganda, October 2, 2025. "
                "(Lake Photo)", "2025-10-02", "Protests"),
    ("Arusha", "Residents wade through floodwater in a street of Arusha, Tanzania, April 28, 2025. "
               "[Jane Roe - Valley Press]", "2025-04-28", "Other"),
    ("Gulu", "Villagers flee as fighters set fire to homes near Gulu, Uganda, on 6 February, 2025. (Acholi Photo)",
     "2025-02-06", "Violence against civilians"),
    ("Thika", "Workers picket the gates of a textile factory in Thika, Kenya, November 11, 2025. (Central Photo)",
     "2025-11-11", "Protests"),
    ("Machakos", "Police beat demonstrators with batons during a protest over land evictions in Machakos, Kenya, "
                 "January 20, 2025. (Eastern Photo)", "2025-01-20", "Protests"),
    ("Dodoma", "Teachers stage a sit-in outside the education ministry in Dodoma, Tanzania, March 17, 2025. "
               "(Capital Photo)", "2025-03-17", "Protests"),
    ("Jinja", "Rescuers search the rubble of a collapsed building in Jinja, Uganda, May 30, 2025. (River Photo)",
     "2025-05-30", "Other"),
    ("Meru", "Football fans clash with police outside the stadium in Meru, Kenya, on 8 June, 2025. (Mountain Photo)",
     "2025-06-08", "Riots"),
]

NO_EVENT_DAY: list[tuple[str, str, str]] = [
    ("Kisumu", "A woman walks along a muddy street after the floodwaters receded in Kisumu, Kenya, May 2, 2025. "
               "(Valley Photo)", "2025-05-02"),
    ("Nairobi", "The interior minister speaks at a news conference in Nairobi, Kenya, April 14, 2025. "
                "(Lakeside Photo)", "2025-04-14"),
    ("Mombasa", "Shops stand shuttered in Mombasa a day after the traders' strike, February 19, 2025. (Coast Photo)",
     "2025-02-19"),
    ("Eldoret", "A portrait of the new county governor in his office in Eldoret, Kenya, July 1, 2025. "
                "(Highland Photo)", "2025-07-01"),
]

#: Share of the 18 cases that must come out right (this batch, capfix: 15 of 18 read; 4 of 18 not read).
MIN_SHARE = 0.8


def _records(nlp: Any, town: str, line: str) -> tuple[Any, ...]:
    text = TEXT.format(town=town)
    day = dt.date(2025, 12, 1)
    art = Article(id=f"stress/{town}", source="mem", body=text, format="txt", outlet="Valley Wire", published=day,
                  language="en")
    clean = CleanArticle(article=art, text=text, removed=(line,), removed_reasons=("photo caption",), language="en",
                         published=day, published_origin="manifest")
    items: list[tuple[CleanArticle, ArticleFacts]] = [
        (clean, extract.analyse(clean, nlp(text), extract.plan(Settings().extractors)))]
    found = candidates(items, caption_items(items, Settings()))
    return story_events("s", items, [], None, find_mentions(items, classified(items, found)))


def _event_right(records: tuple[Any, ...], day: str, kind: str) -> bool:
    return any(r.event_type == kind and r.event_date == day and r.provenance["code"].sentence_index == DROPPED_LINE
               for r in records)


@pytest.mark.slow
def test_caption_only_incidents(nlp: Any) -> None:
    right = sum(_event_right(_records(nlp, town, line), day, kind) for town, line, day, kind in EVENTS)
    right += sum(not any(r.event_date == day for r in _records(nlp, town, line)) for town, line, day in NO_EVENT_DAY)
    assert right / (len(EVENTS) + len(NO_EVENT_DAY)) >= MIN_SHARE, right
