"""A short line right above a list of figures in a page's head (a press note's "Injured by hospital" over
"- Harl General Hospital: 64" lines) is the list's lead-in, kept: it names what the figures count (corpus_n's class,
session 33, nfigs). Invented lines about invented places."""

from __future__ import annotations

from groundwatch.records import Article
from groundwatch.stages.clean import clean

PARAS = ("The ministry has set up an inquiry into the collision near Orvane, an official said on Friday evening.",
         "Two signal staff at the Orvane station have been suspended until the inquiry ends, the ministry said.")

ITEMS = ("- Orvane General Hospital: 64", "- Railway Hospital, Tessel: 27", "- St. Mary Clinic, Tessel: 12",
         "- Harl Mission Hospital: 9")


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n".join(lines), format="txt")).text


def test_a_lead_in_above_a_list_of_figures_is_kept() -> None:
    text = _clean("Ministry of Transport", "PRESS NOTE", "", "Injured by hospital", *ITEMS, "", *PARAS)
    assert "Injured by hospital" in text
    assert "- Orvane General Hospital: 64" in text


def test_a_head_line_above_another_head_line_is_still_furniture() -> None:
    text = _clean("Ministry of Transport", "PRESS NOTE", "", "Latest updates", "Orvane station", *ITEMS, "", *PARAS)
    assert "Latest updates" not in text
