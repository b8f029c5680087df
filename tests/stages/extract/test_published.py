"""Publication dates read or inferred from an article's own text (published.py), on invented articles."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.stages.clean import find_published
from groundwatch.stages.extract import published

GUESSES = [
    pytest.param("Floods hit Tessel\n24-11-2031 (MARROWGATE) The river rose again overnight, the mayor said.",
                 dt.date(2031, 11, 24), "dateline", id="numeric-dateline-with-dashes-and-a-bracketed-place"),
    pytest.param("Floods hit Tessel\n14.02.2029 - The river rose again overnight.", dt.date(2029, 2, 14),
                 "dateline", id="numeric-dateline-dotted-with-a-dash"),
    pytest.param("MARROWGATE, 25/11/2031 - The river rose again overnight, the mayor said.", dt.date(2031, 11, 25),
                 "dateline", id="numeric-dateline-after-a-place-head"),
    pytest.param("Friday, 25/11/2031\nThe river rose again overnight, the mayor said.", None, None,
                 id="numeric-date-after-a-weekday-is-no-dateline"),
    pytest.param("Floods hit Tessel\nBy Ana Ruiz | Updated 3-8-2030\nThe river rose.", None, None,
                 id="dashed-numeric-stamp-ambiguous-day-month-is-not-read"),
    pytest.param("Floods hit Tessel\nBy Ana Ruiz | Updated 23-8-2030\nThe river rose.", dt.date(2030, 8, 23),
                 "stamp", id="dashed-numeric-stamp-day-above-twelve"),
    pytest.param("The toll in Marrowgate reached 41, the relief agency said on Friday.\n\n\"Our count has grown "
                 "from the 30 given in the bulletin dated 9 May 2031 to 41,\" its chief told reporters outside.",
                 dt.date(2031, 5, 9), "latest-date", id="a-cue-inside-a-quote-is-no-stamp"),
    pytest.param("Floods hit Tessel\nPublished 2 March 2032, 08:10\nThe river rose.", dt.date(2032, 3, 2), "stamp",
                 id="a-cue-opening-its-line-is-a-stamp"),
    pytest.param("Floods hit Tessel\nStory by Ana Ruiz and Bo Lind, posted 2 March 2032\nThe river rose.",
                 dt.date(2032, 3, 2), "stamp", id="a-cue-after-a-byline-is-a-stamp"),
    pytest.param("The slide of 12 June 2031 buried the road to Marrowgate. Rescue crews say they will end the "
                 "search by 30 June 2031 if no one is found.", dt.date(2031, 6, 12), "latest-date",
                 id="a-future-date-never-dates-the-article"),
    pytest.param("Tessel Mills said it expects its profit in the year ending 31 March 2032 to fall. It bought the "
                 "Marrowgate plant on 2 May 2030.", dt.date(2030, 5, 2), "latest-date",
                 id="a-forecast-period-never-dates-the-article"),
    pytest.param("Rescue crews worked through the night on Tuesday.", None, None, id="only-weekdays-no-date"),
    pytest.param("TESSEL, Dec 3 (Harbour Wire) - The bank held its rate on Thursday, after a cut on Oct. 29, 2031.",
                 dt.date(2031, 12, 3), "dateline-no-year", id="yearless-dateline-after-the-latest-full-date"),
    pytest.param("TESSEL, Jan 4 (Harbour Wire) - Queues eased on Monday, two weeks after the fire of Dec. 20, 2031.",
                 dt.date(2032, 1, 4), "dateline-no-year", id="yearless-dateline-in-the-year-after"),
    pytest.param("TESSEL, Dec 3 (Harbour Wire) - The plant, bought on 2 May 2029, closed on Thursday.",
                 dt.date(2029, 5, 2), "latest-date", id="yearless-dateline-far-after-an-old-date-takes-no-year"),
]


@pytest.mark.parametrize(("text", "day", "method"), GUESSES)
def test_infer_published(text: str, day: dt.date | None, method: str | None) -> None:
    guess = published.infer_published(text)
    got = (guess.date, guess.method) if guess is not None else (None, None)
    assert got == (day, method)


def test_a_low_confidence_guess_never_beats_a_stamp() -> None:
    text = ("Floods hit Tessel\nUpdated: 3 June 2031\nThe dam broke on 5 June 2031, when nobody had yet said "
            "what it would cost.")
    guess = published.infer_published(text)
    assert guess is not None and guess.date == dt.date(2031, 6, 3) and guess.method == "stamp"
    assert guess.confidence > published.CONFIDENCE_LATEST


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Marrowgate toll rises\n\"We have counted 41 since the bulletin dated 9 May 2031, and the number "
                 "keeps growing every hour,\" the chief of the relief agency told reporters.", None,
                 id="cue-deep-in-a-long-line-cites-another-document"),
    pytest.param("Marrowgate toll rises\nLast updated: 9 May 2031 at 10:02 and read by many readers across the "
                 "valley of Tessel this morning", dt.date(2031, 5, 9), id="cue-opening-a-long-line"),
])
def test_cleaner_stamp_cue_position(text: str, expected: dt.date | None) -> None:
    assert find_published(text) == expected



# Page stamps in the styles news sites print them (invented pages): the date the cleaner settles,
# and the date the pipeline gives the article once the stamp line is dropped as debris.
_BODY = ("Floodwater cut the only road into Marrowgate overnight, leaving about 300 families without power, "
         "the district office said. Rescue boats reached the lower town by noon.")
STAMPS = [
    pytest.param("2027-05-04T15:59:00Z", dt.date(2027, 5, 4), id="iso-timestamp-with-its-time"),
    pytest.param("Date: 13/03/2027", dt.date(2027, 3, 13), id="numeric-slashes-after-a-cue"),
    pytest.param("Thu, 04/05/2027 - 15:59", None, id="numeric-either-way-round-is-not-read"),
    pytest.param("Published: 04 May 2027 - 15:59 BST | Updated: 05 May 2027", dt.date(2027, 5, 5),
                 id="published-then-updated-on-one-line"),
    pytest.param("Updated 5 May 2027; first published 4 May 2027", dt.date(2027, 5, 5),
                 id="updated-then-published-on-one-line"),
    pytest.param("Created: 04 May 2027 | Modified: 05 May 2027", dt.date(2027, 5, 5), id="created-then-modified"),
    pytest.param("Written by Ana Ruiz on May 4, 2027", dt.date(2027, 5, 4), id="byline-with-on"),
    pytest.param("PUBLISHED: Tue 4 May 2027, 3:59pm", dt.date(2027, 5, 4), id="upper-case-cue-weekday-time"),
    pytest.param("Mon 12 Mar 2027 14.02 GMT", dt.date(2027, 3, 12), id="weekday-abbreviated-stamp"),
    pytest.param("3:59pm, Tue 4 May 2027", dt.date(2027, 5, 4), id="time-first-stamp"),
    pytest.param("Ana Ruiz | 4 May 2027 | 3 min read", dt.date(2027, 5, 4), id="author-date-reading-time"),
]


@pytest.mark.parametrize(("stamp", "day"), STAMPS)
def test_a_page_stamp_dates_the_article(stamp: str, day: dt.date | None) -> None:
    from groundwatch.records import Article
    from groundwatch.stages.clean import clean
    from groundwatch.stages.extract import context_for

    raw = f"Floods cut the road to Marrowgate\n{stamp}\n\n{_BODY}"
    assert find_published(raw) == day
    assert context_for(clean(Article(id="a", source="a.txt", body=raw, format="txt"))).published == day


# Wednesday 2 April 2031 is the story's first dated report, Thursday 3 April its latest.
_CYCLE = [dt.date(2031, 4, 2), dt.date(2031, 4, 3)]
# A lead without a weekday, longer than the lead the weekday rule reads.
_LEAD = ("Convoys left the port of Tessel as the truce collapsed, and aid workers in Marrowgate said the road "
         "north was open again for the first time since the shelling began. " * 3)


@pytest.mark.parametrize(("text", "dates", "expected"), [
    pytest.param(_LEAD + "Late on Saturday the relief agency had moved 300 people out of Marrowgate.", _CYCLE,
                 dt.date(2031, 4, 5),
                 id="a-weekday-falling-once-in-the-news-cycle-moves-the-bound"),
    pytest.param(_LEAD + "On Sunday the relief agency moved 300 people out of Marrowgate.", _CYCLE,
                 dt.date(2031, 4, 2),
                 id="a-weekday-beyond-the-cycle-lies-before-it"),
    pytest.param("The relief agency said on Monday that 300 people had left Marrowgate.",
                 [dt.date(2031, 4, 1), dt.date(2031, 4, 12)], dt.date(2031, 4, 7),
                 id="a-lead-weekday-twice-in-the-margin-once-in-the-dated-span"),
    pytest.param("Floods in Tessel\n\nThe toll has risen to 52.\n\nThe number has climbed from the 40 that was given "
                 "on Wednesday, the relief agency said.", _CYCLE, dt.date(2031, 4, 3),
                 id="a-weekday-dating-the-figure-it-replaces-is-a-day-before-the-report"),
    pytest.param("Floods in Tessel\n\nThe toll reached 52 on Wednesday, the relief agency said.", _CYCLE,
                 dt.date(2031, 4, 2), id="a-lead-weekday-dates-the-report"),
])
def test_story_base(text: str, dates: list[dt.date], expected: dt.date) -> None:
    assert published.story_base(text, dates) == expected


# Page stamps without a year (invented): 6 May 2027 is a Thursday, 4 May 2027 a Tuesday.
_NEAR = dt.date(2027, 5, 6)


@pytest.mark.parametrize(("line", "near", "expected"), [
    pytest.param("PUBLISHED: Tue 4 May, 3:59pm", _NEAR, dt.date(2027, 5, 4), id="cue-weekday-time"),
    pytest.param("Updated 14:02 GMT, 2 May", _NEAR, dt.date(2027, 5, 2), id="cue-time-first"),
    pytest.param("Posted Sept. 21 at 10:31 am", dt.date(2027, 9, 25), dt.date(2027, 9, 21), id="cue-month-first"),
    pytest.param("Sun 2 May 09.30 EDT", _NEAR, dt.date(2027, 5, 2), id="short-line-weekday"),
    pytest.param("Updated 30 December", dt.date(2028, 1, 3), dt.date(2027, 12, 30), id="the-year-before-in-january"),
    pytest.param("Mon 4 May, 3:59pm", _NEAR, None, id="a-weekday-the-year-denies"),
    pytest.param("May 4", _NEAR, None, id="a-bare-day-is-no-stamp"),
    pytest.param("Crews reached the valley on 4 May after the bridge fell, the mayor said at 3pm on Tuesday", _NEAR,
                 None, id="a-sentence-is-no-stamp"),
    pytest.param("Updated: 4 May 2027, 3:59pm", _NEAR, None, id="a-dated-stamp-is-the-cleaners"),
])
def test_stamp_without_year(line: str, near: dt.date, expected: dt.date | None) -> None:
    guess = published.stamp_without_year(["Home | World | Floods", line], "", near=near)
    assert (guess.date if guess else None) == expected


def test_a_yearless_stamp_needs_a_weekday_without_a_story() -> None:
    text = "The dam of 2024 was rebuilt in 2027, the council said."
    got = published.stamp_without_year(["PUBLISHED: Tue 4 May, 3:59pm"], text)
    assert got is not None and got.date == dt.date(2027, 5, 4) and got.method == "stamp-no-year"
    assert published.stamp_without_year(["PUBLISHED: 4 May, 3:59pm"], text) is None
    assert published.stamp_without_year(["PUBLISHED: Tue 4 May, 3:59pm"], "No year is written here.") is None


def test_a_yearless_stamp_dates_an_article_of_a_story_and_its_weekdays() -> None:
    text = "Floods in Marrowgate\n\nThe river burst its banks on Saturday, the district office said."
    got = published.story_base(text, [dt.date(2027, 5, 3), dt.date(2027, 5, 6)], ["Updated 14:02 GMT, 12 May"])
    assert got == dt.date(2027, 5, 12)


def test_a_dropped_yearless_stamp_beats_the_latest_date_mentioned() -> None:
    from groundwatch.records import Article
    from groundwatch.stages.clean import clean
    from groundwatch.stages.extract import context_for

    raw = ("Floods cut the road to Marrowgate\nPUBLISHED: Tue 4 May, 3:59pm\n\nThe bridge built on 2 March 2027 "
           "was swept away on Monday, leaving about 300 families cut off, the district office said.")
    ctx = context_for(clean(Article(id="a", source="a.txt", body=raw, format="txt")))
    assert ctx.published == dt.date(2027, 5, 4)


@pytest.mark.parametrize("lead", [
    pytest.param("KAMPALA, Uganda, March 12 (Tessel Wire) -", id="city-country-comma"),
    pytest.param("PORT-AU-PRINCE, Haiti, March 12 (TW) —", id="hyphenated-city"),
    pytest.param("Marrowgate, Tessel — March 12:", id="place-then-dash"),
    pytest.param("KAMPALA, Uganda (Tessel Wire), March 12 -", id="agency-in-brackets-before-the-date"),
    pytest.param("Kampala, Uganda | March 12 |", id="place-then-bar"),
    pytest.param("NAIROBI, March 12 (TW) --", id="city-comma"),
])
def test_a_dateline_without_a_year_takes_the_storys(lead: str) -> None:
    text = f"Floods hit Marrowgate\n\n{lead} Floodwater cut the only road into Marrowgate, the district office said."
    assert published.story_base(text, [dt.date(2027, 3, 10), dt.date(2027, 3, 14)]) == dt.date(2027, 3, 12)


def test_a_date_after_a_preposition_is_no_dateline() -> None:
    text = "Floods hit Marrowgate\n\nOfficials said on March 12 that the road into Marrowgate was cut."
    guess = published.infer_published(text, year=2027)
    assert guess is None


# A news cycle from Monday 7 June 2027 (an early report) to Friday 18 June; Saturdays: 12 and 19 June.
_LONG_CYCLE = [dt.date(2027, 6, 7), dt.date(2027, 6, 11), dt.date(2027, 6, 18)]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Floods in Marrowgate\n\nThe June 14 breach of the dike flooded the lower town. Late on Saturday "
                 "the ministry said 16 people had died.", dt.date(2027, 6, 19),
                 id="a-yearless-date-it-mentions-bounds-the-weekday-below"),
    pytest.param("Floods in Marrowgate\n\nLate on Saturday the ministry said 16 people had died since the dike "
                 "gave way on 14 June.", dt.date(2027, 6, 19), id="day-month-order"),
    pytest.param("Floods in Marrowgate\n\nLate on Saturday the ministry said 16 people had died. Repairs will "
                 "start by June 30, it said.", dt.date(2027, 6, 12), id="a-date-ahead-is-no-bound"),
])
def test_story_base_bounded_by_the_yearless_dates_it_mentions(text: str, expected: dt.date) -> None:
    assert published.story_base(text, _LONG_CYCLE) == expected


def test_a_modal_may_is_no_month() -> None:
    text = "Floods in Marrowgate\n\nLate on Saturday the ministry said 16 people had died and 12 may still be missing."
    # a cycle from 3 to 14 May 2027; Saturdays 8 and 15 May: "12 may" is no bound at 12 May
    assert published.story_base(text, [dt.date(2027, 5, 3), dt.date(2027, 5, 7), dt.date(2027, 5, 14)]) == \
        dt.date(2027, 5, 8)


def test_an_undated_articles_dropped_yearless_stamp_dates_it_in_its_storys_year() -> None:
    from groundwatch.records import Article
    from groundwatch.stages import extract
    from groundwatch.stages.clean import clean

    raw = ("Floods cut the road to Marrowgate\nHome | World | Floods\nUpdated 14:02 GMT, 12 May\n\nFloodwater cut the "
           "only road into Marrowgate on Monday, leaving about 300 families without power, the district office said.")
    article = clean(Article(id="a", source="a.txt", body=raw, format="txt"))
    assert extract.context_for(article).published is None  # no year, no weekday, no story: undated
    got = published.story_base(article.text, [dt.date(2027, 5, 3), dt.date(2027, 5, 6)], extract.stamp_lines(article))
    assert got == dt.date(2027, 5, 12)


@pytest.mark.parametrize(("tail", "day"), [
    pytest.param("This article was first published on 4 May 2027.", dt.date(2027, 5, 4), id="first-published-on"),
    pytest.param("Published: 04 May 2027", dt.date(2027, 5, 4), id="published-colon"),
    pytest.param("Posted on May 4, 2027 in Floods, World", dt.date(2027, 5, 4), id="posted-on-in-categories"),
    pytest.param("Last updated 5 May 2027 | Tags: floods", dt.date(2027, 5, 5), id="last-updated"),
    pytest.param("The council meets again on 9 May 2027.", None, id="a-closing-sentence-is-no-stamp"),
    pytest.param("The report, published on 1 May 2027 by the district office, counted 300 homes lost in the "
                 "two valleys north of the town.", None, id="a-cue-deep-in-a-sentence-is-no-stamp"),
])
def test_a_stamp_under_the_article(tail: str, day: dt.date | None) -> None:
    paragraphs = "\n\n".join([_BODY] * 9)  # beyond the lines and characters the top is read in
    raw = f"Floods cut the road to Marrowgate\n\n{paragraphs}\n\n{tail}\n\nShare this article"
    assert find_published(raw) == day


def test_a_cue_after_a_noun_is_no_stamp() -> None:
    raw = ("Floods cut the road to Marrowgate\n\nThe report, published on 1 May 2027 by the district office, "
           "counted 300 homes lost in the two valleys north of the town.")
    assert find_published(raw) is None


def test_a_dropped_photo_caption_still_dates_an_undated_report() -> None:
    """The cleaner drops a caption written as a sentence; its date still counts as the latest date mentioned."""
    from groundwatch.records import Article
    from groundwatch.stages.clean import clean
    from groundwatch.stages.extract import context_for

    raw = ("Ferries stay in port at Quell as the strike goes on\n\n"
           "Dock workers stand at the gate of Quell port on March 2, 2027. (Norvia Photo)\n\n"
           "The strike at the port of Quell went into its fourth day, the union said, and no ferry left.\n\n"
           "The operator said it would not meet the union before the weekend.")
    cleaned = clean(Article(id="a", source="a.txt", body=raw, format="txt"))
    assert "Norvia Photo" not in cleaned.text
    ctx = context_for(cleaned)
    assert ctx.published is not None and ctx.published >= dt.date(2027, 3, 2)


# Stamps in more page formats (stress batch dreview14-s22b): undated before
MORE_STAMPS = [
    pytest.param("Floods hit Tessel\nLast update: 8.3.2027\nThe river rose.", dt.date(2027, 3, 8),
                 id="noun-update-cue"),
    pytest.param("Floods hit Tessel\nPublished: 2027.03.08\nThe river rose.", dt.date(2027, 3, 8),
                 id="year-first-dots"),
    pytest.param("Floods hit Tessel\nPosted 2027/03/09 07:40\nThe river rose.", dt.date(2027, 3, 9),
                 id="year-first-slashes"),
    pytest.param("Floods hit Tessel\nDate: 08-Mar-2027\nThe river rose.", dt.date(2027, 3, 8),
                 id="day-mon-year-hyphens"),
    pytest.param("Floods hit Tessel\nThe river rose.\n© 2027 Harbour Post. All rights reserved.", None,
                 id="a-copyright-year-is-no-date"),
    # a numeric date with its clock time alone on a line, no cue (stress batch dreview15-s24)
    pytest.param("Floods hit Tessel\n2027/03/09 07:40\nThe river rose.", dt.date(2027, 3, 9),
                 id="year-first-with-a-time-alone-on-its-line"),
    pytest.param("Floods hit Tessel\n09.03.2027 18:05 CET\nThe river rose.", dt.date(2027, 3, 9),
                 id="day-first-dots-with-a-time-and-zone"),
    pytest.param("Floods hit Tessel\n2027/03/09 07:40 gauge reading: 4.1 m\nThe river rose.", None,
                 id="a-numeric-date-with-more-than-a-time-is-no-stamp"),
]


@pytest.mark.parametrize(("text", "day"), MORE_STAMPS)
def test_more_stamp_formats(text: str, day: dt.date | None) -> None:
    guess = published.infer_published(text)
    assert (guess.date if guess is not None else None) == day


NAMED = [
    pytest.param("https://news.example.org/world/2027/mar/08/tessel-floods", "The river rose.", dt.date(2027, 3, 8),
                 id="address-with-a-month-word"),
    # a yearless dateline a day before the name's date leaves the name's: the archive's day is as often the true one
    pytest.param("HW20270307.0042", "Floods in Tessel\n\nTESSEL, March 6 (Harbour Wire) --\n\nThe river rose.",
                 dt.date(2027, 3, 7), id="a-yearless-dateline-leaves-the-file-names-date"),
]


@pytest.mark.parametrize(("name", "text", "day"), NAMED)
def test_the_name_dates_an_undated_text(name: str, text: str, day: dt.date) -> None:
    guess = published.infer_published(text, name=name)
    assert guess is not None and (guess.date, guess.method) == (day, "name")
