"""A listing's lone identifiers do not part a tutorial's run of paragraphs (invented pages, issue 10)."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean

LEAD = [
    "The weather club in Tessel records rain, wind and temperature every ten minutes, and for years the readings "
    "went into a spreadsheet that nobody could search.",
    "This spring we moved them into a small database, and this post shows how we did it, step by step, with the two "
    "libraries we ended up using, sqlalchemy and requests.",
    "The spreadsheet held almost a million rows by the end of last year, one for each reading, and it took a minute "
    "to open on the club's old laptop.",
    "We wanted three things: readings we could search by date, a file small enough to copy to a memory stick, and a "
    "script any member could run.",
    "A database file does all three, and it needs no server, which matters in a club house where the internet comes "
    "and goes with the weather.",
    "The readings themselves stay the same: the time, the station, the rain in millimetres, the wind speed and the "
    "temperature in degrees.",
    "First install the two packages the script needs:",
]
AFTER = ("Afterwards, execute it beneath a matching interpreter version (ideally an identical operating system "
         "too):")


def _page(listing: list[str]) -> str:
    blocks = ["Keeping a weather station's readings in a small database", *LEAD, *listing, AFTER,
              "Share with a friend\nTwitter\nFacebook"]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize("listing", [["sqlalchemy", "requests"], ["[station]", "[archive]"]])
def test_the_prose_after_a_listing_of_identifiers_stays(listing: list[str]) -> None:
    text = clean(Article(id="r/1", source="mem", body=_page(listing), format="txt")).text
    assert AFTER in text
    assert all(p in text for p in LEAD)
    assert "Twitter" not in text


@pytest.mark.issue(10)
def test_a_count_under_a_colon_is_no_listing() -> None:
    # A share row's count under a line ending in a colon still parts the runs: the line above the lead
    # ("Share with a friend:") and its count are no part of the article.
    body = "\n\n".join(["Keeping a weather station's readings in a small database",
                        "By Ansel Korrin, updated 4 May, share with a friend:", "384", "Share",
                        *LEAD[:-1]]) + "\n"
    text = clean(Article(id="r/2", source="mem", body=body, format="txt")).text
    assert "384" not in text and "Ansel Korrin" not in text
    assert all(p in text for p in LEAD[:-1])
