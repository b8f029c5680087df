"""Shapes found by the invented stress batch X (session 33, cblind2): a <title> line whose headline the page prints
again in other words (with an "Opinion:" kicker, or longer), a humanitarian report's "Response:" label that is no
comments head. Invented sentences about invented places."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features import _features, _hard_reason
from groundwatch.stages.clean.lexicon import _COMMENTS_HEAD


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(lines), format="txt")).text


def _hard(line: str) -> str | None:
    return _hard_reason(line, _features(line))


PARAS = ("The Merrin bridge reopened to traffic on Thursday after a month of repairs to its piers, the office said.",
         "Lorries over ten tonnes will still be kept off the bridge until engineers finish testing it in April.",
         "Shopkeepers on both banks said trade had fallen by half while the crossing was shut.")


@pytest.mark.parametrize(("title", "headline"), [
    ("Opinion: Merrin needs its bridge, and it needs it now | Pellwick Gazette",
     "Merrin needs its bridge, and it needs it now"),
    ("Fact check: No, the Merrin bridge was not shut for good | CheckDesk",
     "No, the Merrin bridge was not shut for good"),
    ("Merrin bridge reopens to traffic - Pellwick TV News",
     "Merrin bridge reopens to traffic after a month of repairs"),
    ("In pictures: repairs finish on Merrin bridge | Pellwick Gazette",
     "Repairs finish on the old Merrin bridge after a month"),
])
def test_a_title_line_reworded_below_leaves_the_headline_as_the_title(title: str, headline: str) -> None:
    text = _clean(title, "Pellwick Gazette", "News", "Roads", headline, *PARAS)
    assert headline in text
    assert title not in text
    assert all(p in text for p in PARAS)


def test_a_notice_headline_reworded_in_its_title_line_leaves_the_ministry_menu_out() -> None:
    headline = "Notice No. 7/2026: Limits on the use of water from the Merrin river"
    paragraphs = ("1. This notice applies to every abstraction of water from the Merrin river above the weir.",
                  "2. Irrigation from the river is prohibited between 10:00 and 18:00 until further notice.")
    text = _clean("Notice 7/2026: Limits on water use from the Merrin river - GOV.PW", "Ministry of Rivers",
                  "Notices", headline, *paragraphs)
    assert headline in text and all(p in text for p in paragraphs)
    assert "Ministry of Rivers" not in text


def test_a_lead_holding_the_title_lines_words_is_no_headline() -> None:
    headline = "Five dead as floods hit Merrin"
    lead = "Floods in Merrin kill five people as the river breaks its banks, officials said."
    text = _clean("Merrin floods kill five | Pellwick Gazette", headline, lead, *PARAS)
    assert headline in text and lead in text


def test_a_title_line_whose_words_no_head_line_holds_stays_the_title() -> None:
    title = "Merrin bridge reopens to traffic | Pellwick Gazette"
    text = _clean(title, "Bridges", *PARAS)
    assert "Merrin bridge reopens to traffic" in text


@pytest.mark.parametrize(("line", "head"), [
    ("Response:", False),
    ("Response", False),
    ("Responses", True),
    ("3 Responses", True),
    ("Comments (12)", True),
])
def test_comments_heads(line: str, head: bool) -> None:
    assert bool(_COMMENTS_HEAD.match(line)) is head


def test_a_report_labelled_needs_response_gaps_keeps_its_items() -> None:
    items = ("Needs:", "About 900 families in Merrin need blankets before the frost.", "Response:",
             "400 blankets were handed out in Merrin and Oskby.", "Gaps:",
             "No partner is yet working in the hill villages.")
    text = _clean("Merrin floods: situation update", *PARAS, *items)
    assert all(line in text for line in items[1::2])


@pytest.mark.parametrize("line", [
    "Save for later",
    "Save this story",
    "Gift this article",
    "Add to reading list",
    "This article is more than 3 years old",
    "This story is over a year old",
])
def test_reader_tools_and_the_age_banner(line: str) -> None:
    assert _hard(line) == "page tool"


@pytest.mark.parametrize("line", [
    "Save the date: the Merrin fair returns on May 4.",
    "The bridge is more than 90 years old, the roads office said.",
    "Savers who gift this year will pay less tax, the finance office said.",
])
def test_sentences_about_saving_gifts_and_age_are_no_tools(line: str) -> None:
    assert _hard(line) is None


def test_a_question_headline_under_its_title_line_is_the_title() -> None:
    headline = "Merrin floods: who pays for the repairs?"
    text = _clean(f"{headline} | Pellwick Gazette", "Pellwick Gazette", "Economy", headline, *PARAS)
    assert headline in text
    assert "Pellwick Gazette" not in text
    assert "Economy" not in text


HEADLINE = "Merrin bridge reopens after a month of repairs"
STANDFIRST = "Lorries must wait until April, engineers say, while the ramp is tested under load"


@pytest.mark.parametrize("byline", [
    ("Ilka Tamsin",),
    ("Ilka Tamsin and Joran Pelt",),
    ("Ilka Tamsin", "Roads correspondent", "@ilkatamsin"),
])
def test_a_byline_without_by_over_the_date_goes(byline: tuple[str, ...]) -> None:
    text = _clean(HEADLINE, STANDFIRST, *byline, "12 March 2026", *PARAS)
    assert not any(line in text for line in byline)
    assert STANDFIRST in text and all(p in text for p in PARAS)


def test_a_recipe_label_over_its_duration_stays() -> None:
    text = _clean("Leek and barley soup", "A thick winter soup that keeps for three days in the fridge.",
                  "Prep Time", "15 mins", "Rinse the barley and soak it in cold water while you chop the leeks.",
                  "Simmer for an hour, until the barley is tender, and season to taste.")
    assert "Prep Time" in text


def test_the_authors_bio_goes_and_a_story_sentence_about_another_person_stays() -> None:
    column = ("Every spring the river takes a field or two from the farms below Merrin, and every spring we wait.",
              "Joran Pelt is a farmer whose barley fields flooded three times in ten years.",
              "The council should pay farmers to let the low meadows flood, and leave the town's walls as they are.")
    bio = "Ilka Tamsin is a hydrologist and a former member of the Merrin river board."
    text = _clean("Merrin needs meadows, not walls", "Ilka Tamsin", *column, bio, "Comments (4)",
                  "I farm there too and nobody asked us.")
    assert "Ilka Tamsin" not in text
    assert all(line in text for line in column)


def test_a_bio_in_the_byline_block_naming_the_author_by_the_given_name_goes() -> None:
    bio = "Ilka covers roads and transport from our Merrin newsroom. Before that she reported on the Oskby docks."
    standfirst = "Engineers say lorries must wait until April while the ramp is tested under load."
    text = _clean(HEADLINE, standfirst, "Ilka Tamsin", "Roads correspondent", "@ilkatamsin", bio, "Follow",
                  "12 March 2026", *PARAS)
    assert "Ilka covers" not in text
    assert all(p in text for p in PARAS)


def test_a_paragraph_about_a_place_named_like_the_masthead_stays() -> None:
    about = "Merrin is a market town of 4,000 people on the lower river, and its bridge is its only crossing."
    text = _clean("Merrin Gazette", HEADLINE, about, *PARAS)
    assert about in text


@pytest.mark.parametrize(("line", "reason"), [
    ("£25 could provide blankets for a family of four through the winter.", "donation ask"),
    ("40 kronor a month can help feed a child for a week.", "donation ask"),
    ("Give monthly", "call to action"),
    ("Make a donation", "call to action"),
    ("Help us reach the hill villages", "call to action"),
])
def test_a_donation_boxs_asks_and_buttons(line: str, reason: str) -> None:
    assert _hard(line) == reason


@pytest.mark.parametrize("line", [
    "£25 could provide blankets for a family of four, the relief office said.",
    "500 tonnes of grain will supply the town's mills until June.",
    "Giving was down by a fifth this year, the charity said.",
])
def test_story_sentences_about_money_and_giving_are_no_asks(line: str) -> None:
    assert _hard(line) is None


def test_a_charity_registration_closing_the_page_goes() -> None:
    notice = "Gifts are tax deductible. Pellwick Relief is a registered charity, number 20-7714."
    text = _clean("Pellwick Relief opens a clinic in Merrin", *PARAS, notice)
    assert notice not in text


@pytest.mark.parametrize(("line", "reason"), [
    ("Free - On the App Store", "app banner"),
    ("Get it on Google Play", "app banner"),
    ("Open in app", "call to action"),
    ("Continue in browser", "call to action"),
])
def test_a_phone_pastes_app_banner(line: str, reason: str) -> None:
    assert _hard(line) == reason


def test_a_sentence_about_an_app_store_is_no_banner() -> None:
    assert _hard("Free on the App Store since Tuesday, the council's app has been installed 4,000 times.") is None


@pytest.mark.parametrize(("line", "stamp"), [
    ("Originally published 11 Mar 2026", True),
    ("First published on 3 April 2026", True),  # read as a "Published on" byline line: it goes either way
    ("Originally published in the Pellwick Gazette", False),
])
def test_an_original_publication_date_is_a_stamp_and_its_outlet_a_credit(line: str, stamp: bool) -> None:
    assert (_hard(line) is not None) is stamp
