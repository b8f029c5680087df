"""Figures: another event's toll named in passing, set in another place than the article's own event
(``figures_scope_elsewhere``; corpus_e's look-alike, tests/fixtures/corpus_e.README.md).

Every sentence is invented for this test (the floods in Dunmore, Velmar; the neighbours Dastrel and
Karsk; no eval text). Each case is one article: a title, a lead paragraph naming the article's own
places, then the sentence under test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = ("Floods leave nine dead in Dunmore\n\n"
        "DUNMORE — Floods swept through the river town of Dunmore in Velmar on Monday, forcing families onto "
        "rooftops and cutting the only road to the coast, officials said.\n\n")
#: A lead that names a neighbour as a place of the article's own event.
SHARED_LEAD = ("Floods hit Dunmore and Dastrel\n\n"
               "DUNMORE — Floods swept through the river town of Dunmore and neighbouring Dastrel on Monday, "
               "forcing families onto rooftops and cutting the only road to the coast, officials said.\n\n")
#: A border clash: its own event happens across the border.
CLASH_LEAD = ("Border clash in Brask\n\n"
              "BRASK — Velmari and Dastrelian troops exchanged fire near the village of Brask on Monday, the "
              "worst clash on the frontier in a decade, officials on both sides said.\n\n")

#: A road crash whose last paragraph measures it against an earlier event elsewhere (corpus_i's look-alike class).
CRASH_LEAD = ("Coach overturns near Tellby\n\n"
              "TELLBY — Eleven people were killed when a coach overturned on a mountain pass near Tellby in "
              "Velmar early on Thursday, police said.\n\n")

CASES = [
    # a neighbour's toll, in a "where" clause on it, a participle of its event, or a clause placed in it
    (LEAD, "Neighbouring Dastrel, where a cyclone on Sunday killed at least 12 people, sent two helicopters.",
     12, "other_event"),
    (LEAD, "Officials said the floods were not linked to the landslide that struck neighbouring Karsk on "
           "Friday, killing 40 people.", 40, "other_event"),
    (LEAD, "In neighbouring Dastrel, floods killed 20 people on Tuesday.", 20, "other_event"),
    (LEAD, "\"We will not abandon our own,\" the prime minister said, referring to the unrest across the "
           "border, where a monitoring group says at least 30 people have died.", 30, "other_event"),
    (LEAD, "In the neighbouring state of Karsk, mudslides killed 14 people.", 14, "other_event"),
    (LEAD, "A separate storm struck neighbouring Karsk on Sunday, killing five people.", 5, "other_event"),
    (LEAD, "The floods came a week after the unrest across the border, where 18 people were shot dead.",
     18, "other_event"),
    (LEAD, "Rescuers from neighbouring Karsk, where a tornado killed 16 people on Saturday, joined the search.",
     16, "other_event"),
    (LEAD, "In neighbouring Karsk, at least 40 people have died in a week of riots, a rights group said.",
     40, "other_event"),
    # a town of the neighbour (possessive), and an event of the lead's kind set against the article's
    # own by "unlike" (corpus_g's look-alike, tests/fixtures/corpus_g.README.md)
    (LEAD, "Unlike the floods in neighbouring Karsk's Torvel, where more than 60 people drowned last month, "
           "the water in Dunmore fell within a day.", 60, "other_event"),
    (LEAD, "Unlike the floods in neighbouring Karsk, where 30 people drowned, the water in Dunmore fell "
           "within a day.", 30, "other_event"),
    (LEAD, "Aid workers moved on to neighbouring Karsk's capital, where a cyclone killed 11 people on Sunday.",
     11, "other_event"),
    # the article's own event reaching the neighbour ("also", the event its lead names)
    (LEAD, "The floods also reached neighbouring Karsk's Torvel, where three people drowned.", 3, None),
    (LEAD, "The floods also swept into neighbouring Karsk, where four people drowned.", 4, None),
    (LEAD, "The storm behind the floods also hit neighbouring Karsk, killing five people.", 5, None),
    # the article's own places: one named in its lead, or beside the neighbour, or with no mark of elsewhere
    (SHARED_LEAD, "In neighbouring Dastrel, 15 people died when a bridge gave way.", 15, None),
    (LEAD, "In Dunmore and neighbouring Karsk, 300 people were evacuated.", 300, None),
    (LEAD, "In Dunmore, where the river rose six metres overnight, 9 people died.", 9, None),
    (LEAD, "Rescuers reached the hamlet of Orn, where 14 people had died.", 14, None),
    (LEAD, "Unlike the floods in the hamlet of Orn, where seven people drowned, the water in Dunmore fell "
           "within a day.", 7, None),
    (LEAD, "Aid workers moved on to Dunmore's old quarter, where 12 people were hurt.", 12, None),
    # an event measured against another ("came two days after an explosion ... killed"): the other's toll;
    # the article's own event after "after" ("the crash"), or under a verb whose subject is people, stays its own
    (CRASH_LEAD, "Police said the crash happened barely a day before a flood in Harnby drowned 31 people.",
     31, "other_event"),
    (CRASH_LEAD, "Tellby's crash came only weeks after a fire in an Orsk depot had killed 12 drivers and "
                 "injured 40 others.", 40, "other_event"),
    (CRASH_LEAD, "Rescuers were still searching the ravine two days after the crash killed 11 people.", 11, None),
    (CRASH_LEAD, "Police detained the driver two days after a crash near Tellby killed 11 people.", 11, None),
    # a border crossed by the event itself is the article's own
    (CLASH_LEAD, "Velmari troops fired across the border, killing two farmers.", 2, None),
    (CLASH_LEAD, "Shelling across the border killed three soldiers on Tuesday.", 3, None),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("lead", "sentence", "value", "scope"), CASES, ids=[c[1][:50] for c in CASES])
def test_count_set_in_another_place(nlp: Any, lead: str, sentence: str, value: int, scope: str | None) -> None:
    text = lead + sentence
    figs = extract_figures(nlp(text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    mine = [f for f in figs if f.value == value and f.span.start >= len(lead)]
    assert mine, [(f.kind, f.value) for f in figs]
    assert all(f.scope == scope and f.other_event == (scope is not None) for f in mine), \
        [(f.kind, f.value, f.scope) for f in mine]

