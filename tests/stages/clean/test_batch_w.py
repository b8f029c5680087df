"""Shapes found by the invented stress batch W (session 32, cblind): share-row and credit wording, visitor counters,
a consent wall's sentences without the word "cookie", captions placed by their picture ("Above: ..."), a bare
"Courtesy X" credit, key-figure cards and labelled result rows, a live entry's author after it, a summary box's
points under the headline. Invented sentences about invented places."""

from __future__ import annotations

import pytest

from groundwatch.records import Article
from groundwatch.stages.clean import clean
from groundwatch.stages.clean.features import _features, _hard_reason
from groundwatch.stages.clean.figure_lists import figure_cards, labelled_rows
from groundwatch.stages.clean.sections import _after_wire_credits


def _clean(*lines: str) -> str:
    return clean(Article(id="p", source="test", body="\n\n".join(lines), format="txt")).text


def _hard(line: str) -> str | None:
    return _hard_reason(line, _features(line))


HEADLINE = "Dovrast ferry crossings halted as the strait freezes"
PARAS = ("Ferries between Dovrast and Pellary stopped running on Tuesday after ice closed the strait, the port said.",
         "About 2,000 people a day use the crossing, most of them to reach jobs and schools on the mainland.",
         "The port said icebreakers would try to open a channel by the weekend if the wind dropped.")


@pytest.mark.parametrize(("line", "reason"), [
    ("Copy this link", "call to action"),
    ("Tweet this", "call to action"),
    ("Get involved", "call to action"),
    ("Edited by Rona Ollery", "byline"),
    ("By Anu Krell • 04/12/26 9:10am", "byline"),
    ("Visitor No: 20,118,004", "page tool"),
    ("Total visits: 4,551", "page tool"),
    ("With your permission we and our partners may use precise location data for advertising.", "cookie notice"),
    ("You may click to consent to our and our 310 partners' processing as described above.", "cookie notice"),
    ("Your personal data will be processed and may be shared with 90 third-party vendors.", "cookie notice"),
    ("Some vendors rely on legitimate interest, which you can object to under More options.", "cookie notice"),
    ("Manage consent", "cookie notice"),
    ("Above: the old ferry at its berth in Pellary, where it has waited since December.", "photo caption"),
    ("Clockwise from top left: the harbour master, two pilots and the ferry's cook.", "photo caption"),
    ("Main image: ice on the strait below the Dovrast lighthouse on Monday morning.", "photo caption"),
    ("Ice closes in on the quay at Dovrast on Monday. Courtesy Dovrast Port Authority", "photo caption"),
])
def test_page_debris_in_batch_w_wording(line: str, reason: str) -> None:
    assert _hard(line) == reason


@pytest.mark.parametrize("line", [
    "Tweets from the mayor's account were deleted on Monday, the council said.",
    "Edited by hand, the old photographs look darker than the prints in the museum.",
    "Visitors rose to 4,100 in May, the museum said.",
    "The regulator said the company and its partners had shared location data without asking.",
    "Above all, the council wants the crossing open before the exams start.",
    "Your personal data may be processed by the port only to sell tickets, the data office said on Monday.",
    "Left: 34%",
    "The statue was lent to the museum. Courtesy of its owner, it will stay until May.",
])
def test_story_lines_in_the_same_words_are_no_debris(line: str) -> None:
    assert _hard(line) is None


def test_key_figure_cards_between_paragraphs_stay_and_their_figures_are_no_day() -> None:
    card = ("Key figures", "2,000", "people a day use the crossing", "9", "ferries idle in port", "40",
            "days of ice last winter")
    text = _clean(HEADLINE, PARAS[0], *card, *PARAS[1:])
    assert all(line in text for line in card[1:])


@pytest.mark.parametrize(("lines", "expected"), [
    (["2,000", "people a day", "9", "ferries idle"], {0, 1, 2, 3}),
    (["2,000", "people a day"], set()),  # one pair: a count over a prompt as often
    (["3", "shares", "12", "comments"], set()),  # a share bar's counts
    (["2,000", "People a day", "9", "Ferries idle"], set()),  # labels in capitals are a menu's or headlines
])
def test_figure_cards(lines: list[str], expected: set[int]) -> None:
    assert figure_cards(lines, [None] * len(lines)) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["East: Teodor Lasko 51.2%", "West: Anu Krell 55.0%", "Quay: Teodor Lasko 60.4%"], {0, 1, 2}),
    (["East: Teodor Lasko 51.2%", "West: Anu Krell 55.0%"], set()),
    (["Posted: 3 days ago", "Sort: newest", "Page: 2"], set()),  # no figure closing a line of words
])
def test_labelled_rows(lines: list[str], expected: set[int]) -> None:
    assert labelled_rows(lines, [None] * len(lines)) == expected


def test_a_live_entrys_author_after_it_goes_and_the_entries_stay() -> None:
    lines = ("Dovrast ice live: ferries halted for a second day", "1h ago", "16:45",
             "Icebreaker leaves Pellary",
             "The icebreaker left Pellary at noon and is expected to reach the strait by evening, the port says.",
             "Rona Ollery", "2h ago", "15:52",
             "Schools on the island will stay shut tomorrow because teachers from the mainland cannot cross.",
             "Anu Krell", "3h ago", "14:30",
             "The port says about 2,000 people a day use the crossing in winter, most of them commuters.")
    text = _clean(*lines)
    assert "Rona Ollery" not in text and "Anu Krell" not in text
    assert lines[4] in text and lines[8] in text and lines[12] in text


def test_a_name_over_a_role_inside_a_live_page_goes() -> None:
    lines = (HEADLINE, "Posted at 14:05", PARAS[0], "Teodor Lasko", "Weather presenter", "Share this post",
             "Posted at 13:40", PARAS[1], PARAS[2])
    text = _clean(*lines)
    assert "Teodor Lasko" not in text and "Weather presenter" not in text and PARAS[1] in text


def test_a_summary_boxs_points_under_the_headline_stay() -> None:
    points = ("Ice has closed the strait between Dovrast and Pellary", "About 2,000 people a day are stranded",
              "Icebreakers may open a channel by the weekend")
    text = _clean("Dovrast ferries halted: what we know", "Summary", *points, "Live Reporting",
                  "Edited by Rona Ollery", "Posted at 14:05", *PARAS)
    assert all(p in text for p in points)


def test_a_trending_column_under_the_headline_is_no_summary() -> None:
    teasers = ("Brimfen mayor resigns over parking contract", "Sabrow football club sold to a bank",
               "Ottavy bakery wins national prize")
    text = _clean(HEADLINE, "Trending", *teasers, "By Rona Ollery", *PARAS)
    assert not any(t in text for t in teasers)


@pytest.mark.parametrize(("line", "goes"), [
    ("Our Standards: The Sabrow Wire Trust Principles.", True),
    ("The port's owners meet again in May to vote on the sale of the ferry berths.", False),
])
def test_kept_link_titles_after_a_wire_storys_staff_credits_go(line: str, goes: bool) -> None:
    texts = [PARAS[0], "(Reporting by Rona Ollery; Editing by Anu Krell)", line]
    verdicts = _after_wire_credits([True, False, True], ["paragraph", "wire credits", "paragraph"], texts,
                                   [_features(t) for t in texts])
    assert (2 in verdicts) == goes


def test_a_closing_sentence_after_the_staff_credits_stays() -> None:
    closing = "The port's owners meet again in May to vote on the sale of the ferry berths."
    text = _clean(HEADLINE, *PARAS, "(Reporting by Rona Ollery; Editing by Anu Krell)", closing)
    assert closing in text


def test_a_quoted_headline_under_a_live_updates_time_is_no_pull_quote() -> None:
    headline = "'We slept in the car with the engine running'"
    lines = (HEADLINE, "Posted at 14:05", PARAS[0], "Posted at 13:41", headline,
             "Passengers stranded at the Dovrast quay have been describing the night.",
             "\"We slept in the car with the engine running to keep warm,\" one man told our reporter.",
             "Posted at 13:20", PARAS[1], PARAS[2])
    assert headline in _clean(*lines)


def test_a_pull_quote_between_paragraphs_still_goes() -> None:
    quote = "\"We slept in the car with the engine running.\""
    speech = "\"We slept in the car with the engine running to keep warm,\" one man said at the quay on Tuesday."
    text = _clean(HEADLINE, PARAS[0], speech, quote, PARAS[1], PARAS[2])
    assert quote not in text and speech in text
