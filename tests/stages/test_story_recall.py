"""A lead that dates its own event against another ("..., a day after the <town> collapse"): the names of that
other event are not what the lead reports (story_lead.without_recalls, stories._profile). Invented text."""

from __future__ import annotations

import datetime as dt

import pytest
from test_stories import item, stories_of

from groundwatch.stages.stories import assign_stories
from groundwatch.stages.story_lead import without_recalls

pytestmark = pytest.mark.slow

# Different verbs, spans, word orders and a translated style: the anchor and its event go, the rest stays.
RECALLS = [
    ("Four miners died when a shaft flooded near Ostrel on Friday, two days after the Varnby pit fire.",
     "Ostrel", "Varnby"),
    ("Coming barely 24 hours after a ferry sank off Kelmouth, the capsizing of a fishing boat at Tarn Bay left "
     "six people missing.", "Tarn Bay", "Kelmouth"),
    ("Hours after the blast in Lurra, a second explosion tore through a warehouse in Ardeck.", "Ardeck", "Lurra"),
    ("In Mivel city one godown caught fire in night, just one week after the Sorin market fire.", "Mivel", "Sorin"),
    ("A footbridge gave way in Quenby on Sunday, days following the stadium roof collapse at Harrowdeen.",
     "Quenby", "Harrowdeen"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "kept", "dropped"), RECALLS)
def test_a_recall_anchor_and_its_event_leave_the_lead(text: str, kept: str, dropped: str) -> None:
    out = without_recalls(text)
    assert kept in out and dropped not in out


# No span of hours, days or weeks (the story's own "after"), a span that counts the story's own time, or no anchor.
KEPT = [
    "Rescuers in Varnby worked through the night after the pit fire.",
    "Funerals were held in Ostrel after the floods of last week.",
    "Three days of rain flooded Ostrel.",
    "Three days since the quake in Lurra, families still sleep outside.",
    "Two days before the collapse in Quenby, residents had reported cracks.",
    "Six months after the quake in Lurra, the school reopened.",
]


@pytest.mark.parametrize("text", KEPT)
def test_other_time_phrases_keep_their_names(text: str) -> None:
    assert without_recalls(text) == text


DAY = dt.date(2033, 5, 3)  # a Tuesday
BLOCK = [
    item("block-1", "Apartment block collapses in Sorrel Heights, at least nine dead",
         "A six-storey apartment block collapsed in the Sorrel Heights district of Varncastle before dawn on "
         "Tuesday, killing at least nine people, the city fire brigade said. Rescuers are searching the rubble.",
         DAY, (("Sorrel Heights", ""), ("Varncastle", "")), (), ("Ilse Dormand",)),
    item("block-2", "Sorrel Heights collapse toll rises to 17",
         "The toll from the apartment block collapse in Sorrel Heights rose to 17 on Wednesday, Varncastle's mayor "
         "Ilse Dormand said. The owner of the block was arrested.", DAY + dt.timedelta(days=1),
         (("Sorrel Heights", ""), ("Varncastle", "")), (), ("Ilse Dormand",)),
    item("block-3", "Sorrel Heights families moved to a sports hall",
         "Families from the collapsed block in Sorrel Heights were moved to a sports hall in Varncastle, "
         "Ilse Dormand said, as the search went on for a third day.", DAY + dt.timedelta(days=2),
         (("Sorrel Heights", ""), ("Varncastle", "")), (), ("Ilse Dormand",)),
]
# Another city, the same week, the same kind of event; the story's district and city only in its recall anchor.
SCAFFOLD = item("scaffold-brennick", "Three labourers killed as scaffolding falls at Brennick tower site",
                "Three labourers were killed when scaffolding fell from a tower under construction in Brennick on "
                "Wednesday, police said, a day after the Sorrel Heights block collapse in Varncastle. Two more were "
                "taken to hospital.", DAY + dt.timedelta(days=1),
                (("Brennick", ""), ("Sorrel Heights", ""), ("Varncastle", "")), (), ())
# The story's own follow-up, dated the same way: its lead names nothing but the story's places.
FUNERALS = item("block-funerals", "Funerals held for collapse victims",
                "Funerals were held on Thursday for six of the victims, two days after the block collapse in "
                "Sorrel Heights. Mourners filled the streets of Varncastle's old quarter.",
                DAY + dt.timedelta(days=2), (("Sorrel Heights", ""), ("Varncastle", "")), (), ())


@pytest.mark.issue(10)
def test_a_look_alike_dating_itself_against_the_story_stays_apart() -> None:
    s = stories_of(assign_stories([*BLOCK, SCAFFOLD, FUNERALS])[0])
    assert s["block-1"] == s["block-2"] == s["block-3"] == s["block-funerals"] != s["scaffold-brennick"]
