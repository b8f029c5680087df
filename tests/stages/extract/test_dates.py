"""dates.v1: invented sentences with a fixed publication date, plus the dev-corpus gates."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates, infer_published, resolve
from groundwatch.stages.extract.published import infer_published as infer_guess
from groundwatch.stages.extract.registry import ExtractionContext, registered

PUB = dt.date(2023, 9, 23)  # a Saturday
REPO = Path(__file__).resolve().parents[3]


def _mentions(nlp: Any, text: str, published: dt.date | None = PUB) -> tuple[Any, ...]:
    doc = nlp(text)
    return extract_dates(doc, ExtractionContext(article_id="t", published=published), {})


def _find(mentions: tuple[Any, ...], phrase: str) -> Any:
    for m in mentions:  # the exact phrase first: "Friday" lies inside "the previous Friday"
        if m.text.lower() == phrase.lower():
            return m
    for m in mentions:
        if phrase.lower() in m.text.lower() or m.text.lower() in phrase.lower():
            return m
    return None


# (sentence, phrase, expected date, expected precision)
RESOLVED = [
    pytest.param("Rebels shelled Marrowgate on Thursday, officials said.", "Thursday", "2023-09-21", "day",
                 id="past-weekday"),
    pytest.param("The Harbour Post reported on Saturday that the bridge at Tessel had collapsed.", "Saturday",
                 "2023-09-23", "day", id="same-day-weekday"),
    pytest.param("Talks between the two sides will resume on Monday in Tessel.", "Monday", "2023-09-25", "day",
                 id="future-will-weekday"),
    pytest.param("The envoy said the convoy would leave for Tessel next Monday.", "next Monday", "2023-09-25",
                 "day", id="next-monday"),
    pytest.param("The council meets this coming Friday to vote on the budget.", "this coming Friday",
                 "2023-09-29", "day", id="this-coming-friday"),
    pytest.param("The two foreign ministers are scheduled to meet in Tessel on October 5.", "October 5",
                 "2023-10-05", "day", id="scheduled-month-day"),
    pytest.param("More than 3,000 people have fled Marrowgate since Sunday.", "Sunday", "2023-09-17", "day",
                 id="since-sunday"),
    pytest.param("The road to Tessel has been closed since mid-June.", "mid-June", "2023-06", "month",
                 id="mid-june"),
    # PUB is a Saturday: "last week" is the working week just ended (issue 10; was the week before)
    pytest.param("Fighting broke out last week near the Velorian border.", "last week", "2023-09-18", "week",
                 id="last-week-from-a-weekend"),
    pytest.param("Two soldiers were killed yesterday in Marrowgate.", "yesterday", "2023-09-22", "day",
                 id="yesterday"),
    pytest.param("The mayor of Tessel said today that water was running out.", "today", "2023-09-23", "day",
                 id="today"),
    pytest.param("Three people were injured Monday when a shell hit the market.", "Monday", "2023-09-18", "day",
                 id="bare-weekday-after-verb"),
    pytest.param("The curfew in Marrowgate began Saturday evening.", "Saturday", "2023-09-23", "day",
                 id="weekday-evening"),
    pytest.param("The truce signed on Sept. 3 collapsed within days.", "Sept. 3", "2023-09-03", "day",
                 id="abbreviated-month-dot"),
    pytest.param("The mandate of the observers expires on Sept. 30.", "Sept. 30", "2023-09-30", "day",
                 id="abbreviated-month-upcoming"),
    pytest.param("The talks in Tessel ended on September 19, 2023.", "September 19, 2023", "2023-09-19", "day",
                 id="full-date"),
    pytest.param("Shelling of Marrowgate resumed on 19 September.", "19 September", "2023-09-19", "day",
                 id="day-month"),
    pytest.param("The inspectors' report is dated 2023-09-19.", "2023-09-19", "2023-09-19", "day", id="iso"),
    pytest.param("Aid deliveries to Tessel resumed last month.", "last month", "2023-08", "month",
                 id="last-month"),
    pytest.param("The harvest in Veloria failed this month.", "this month", "2023-09", "month",
                 id="this-month"),
    pytest.param("In March, the army withdrew from Tessel.", "March", "2023-03", "month", id="in-march"),
    pytest.param("The army withdrew from Tessel in November.", "November", "2022-11", "month",
                 id="later-month-past-tense-is-last-year"),
    pytest.param("Elections will be held in November.", "November", "2023-11", "month", id="future-month"),
    pytest.param("The Harbour Post said the dam was breached last Friday.", "last Friday", "2023-09-22", "day",
                 id="last-friday"),
    pytest.param("Relief flights will land in Tessel tomorrow.", "tomorrow", "2023-09-24", "day",
                 id="tomorrow"),
    pytest.param("The blast hit the depot at 10 p.m. Thursday, the police said.", "10 p.m. Thursday",
                 "2023-09-21", "day", id="clock-time-and-weekday"),
    pytest.param("Refugees began crossing into Veloria two weeks ago.", "two weeks ago", "2023-09-09", "day",
                 id="weeks-ago"),
    # parts of today and yesterday
    pytest.param("The governor of Tessel said this morning that the dam was holding.", "this morning",
                 "2023-09-23", "day", id="this-morning"),
    pytest.param("Shells hit the outskirts of Marrowgate last night, residents said.", "last night",
                 "2023-09-22", "day", id="last-night"),
    pytest.param("The envoy is expected to reach Tessel later this afternoon.", "later this afternoon",
                 "2023-09-23", "day", id="later-this-afternoon"),
    # comparisons a year back: from the publication date, or from the day just named
    pytest.param("Grain prices in Tessel are up 40% from a year ago.", "a year ago", "2022-09-23", "day",
                 id="a-year-ago"),
    pytest.param("Exports for the month ended Aug. 31 fell 12% from a year earlier.", "a year earlier",
                 "2022-08-31", "day", id="a-year-earlier-anchored"),
    pytest.param("The Harbour Post expects the bridge at Tessel to reopen by year-end.", "year-end",
                 "2023-12-31", "day", id="year-end"),
    pytest.param("Bread prices in Marrowgate have risen 12% since year-end.", "year-end", "2022-12-31", "day",
                 id="since-year-end"),
    # relative to another day in the sentence
    pytest.param("The index closed lower on Friday, down 3% from the previous Friday.", "the previous Friday",
                 "2023-09-15", "day", id="the-previous-friday-anchored"),
    pytest.param("The day before last Tuesday's hearing, the mayor met the rebels.", "The day before last Tuesday",
                 "2023-09-18", "day", id="the-day-before-last-tuesday"),
    pytest.param("The mayor left Tessel on Monday and arrived in Marrowgate later in the day.", "later in the day",
                 "2023-09-18", "day", id="later-in-the-day"),
    # direction of the clause
    pytest.param("The ministry has set Oct. 10 as the deadline for bids.", "Oct. 10", "2023-10-10", "day",
                 id="past-clause-date-just-ahead"),
    pytest.param("Schools in Tessel have been shut since Oct. 2.", "Oct. 2", "2022-10-02", "day",
                 id="since-is-strictly-past"),
    pytest.param("Aid agencies delivered 500 tonnes of food to Tessel through Sept. 15.", "Sept. 15",
                 "2023-09-15", "day", id="through-is-not-a-deadline"),
    pytest.param("The envoy said the convoy would leave for Tessel on Monday.", "Monday", "2023-09-25", "day",
                 id="would-is-future-of-a-saying"),
    pytest.param("The government has called an emergency session of parliament for Thursday.", "Thursday",
                 "2023-09-28", "day", id="for-weekday-is-ahead"),
    pytest.param("The army agreed to extend the curfew until Tuesday.", "Tuesday", "2023-09-26", "day",
                 id="until-is-ahead"),
    pytest.param("Seven managers will stand trial over the October 2022 collapse at the Tessel mine.",
                 "October 2022", "2022-10", "month", id="month-year-the-model-splits"),
    pytest.param("The ministers are scheduled to meet on October 5 to discuss the shelling of Tessel on Tuesday.",
                 "Tuesday", "2023-09-19", "day", id="past-event-inside-a-plan",
                 marks=pytest.mark.xfail(strict=True, reason="the parse hangs the date on the planned verb")),
    pytest.param("The Tessel water board said in November it expected the new pumps to arrive in March.",
                 "March", "2023-03", "month", id="plan-counted-from-the-report-month"),
    pytest.param("The Tessel dock workers said on Wednesday they expected the strike to end soon.",
                 "Wednesday", "2023-09-20", "day", id="day-fronted-before-the-clause-subject"),
    pytest.param("The court will rule on the charter that the Tessel towns adopted in December.",
                 "December", "2022-12", "month", id="bare-participle-month-in-future-sentence"),
    pytest.param("Tessel's harvest will be smaller than forecast in June, the growers say.",
                 "June", "2023-06", "month", id="than-an-earlier-forecast"),
    pytest.param("The new Tessel mayor starts in January 2024 and must present a budget in April.",
                 "April", "2024-04", "month", id="bare-month-keeps-the-year-before-it"),
    pytest.param("The truce in Tessel was agreed on September 4 and broke down a week later.", "a week later",
                 "2023-09-11", "day", id="weeks-later"),
    pytest.param("The new curfew in Tessel takes effect in January.", "January", "2024-01", "month",
                 id="takes-effect-month-ahead"),
    pytest.param("The deadline for the militia in Tessel expires at midnight Friday.", "midnight Friday",
                 "2023-09-29", "day", id="s-verb-tagged-noun"),
    pytest.param("Voters in Marrowgate go to the polls Feb. 9.", "Feb. 9", "2024-02-09", "day",
                 id="timetabled-month-day"),
    pytest.param("The blast in Tessel came at 3:15 p.m. local time.", "3:15 p.m. local time", "2023-09-23", "day",
                 id="clock-time-zone"),
    pytest.param("Factory orders in Veloria rose in August from July.", "July", "2023-07", "month",
                 id="month-from-month"),
    pytest.param("The Tessel school term opens next Tuesday and closes in June.", "June", "2024-06", "month",
                 id="month-ending-a-term-that-starts-next-week"),
    # PUB is a Saturday: "last weekend" is the one a week back (16-17 September), named by its week's Monday
    pytest.param("Families left Marrowgate for Tessel last weekend.", "last weekend", "2023-09-11", "week",
                 id="last-weekend"),
    pytest.param("The Tessel food fair opens this weekend.", "this weekend", "2023-09-18", "week",
                 id="this-weekend-said-on-its-saturday"),
    pytest.param("The council will meet in Tessel on the first Monday of October.", "first Monday of October",
                 "2023-10-02", "day", id="ordinal-weekday-of-month"),  # dates_shapes (dreview11)
    # stress batch dreview14-s22a (PUB is Saturday 23 September 2023)
    pytest.param("The Tessel talks resume on the 3rd, a spokesman said.", "the 3rd", "2023-10-03", "day",
                 id="ordinal-day-on-a-timetabled-present"),
    pytest.param("Polls in Tessel open between Monday and Wednesday next week.", "Wednesday next week", "2023-09-27",
                 "day", id="second-weekday-of-a-range-keeps-its-week"),
    pytest.param("The Tessel fair opens on the first Saturday of next month.", "the first Saturday of next month",
                 "2023-10-07", "day", id="nth-weekday-of-next-month"),
    pytest.param("The last week of August was the hottest on record in Tessel.", "The last week of August", "2023-08",
                 "month", id="a-week-of-a-month-is-the-month"),
    pytest.param("Exports from Tessel rose in the March to June period.", "March", "2023-03", "month",
                 id="a-month-before-to-and-a-month-is-no-name"),
    pytest.param("Tessel Wanderers host Marrow City on Tuesday.", "Tuesday", "2023-09-26", "day",
                 id="timetabled-present-the-parser-reads-as-a-noun"),
    pytest.param("Shopkeepers in Tessel are bracing for Monday's fuel price rise.", "Monday", "2023-09-25", "day",
                 id="possessive-weekday-awaited-by-a-verb-of-getting-ready"),
]


@pytest.mark.parametrize(("sentence", "phrase", "date", "precision"), RESOLVED)
def test_resolved(nlp: Any, sentence: str, phrase: str, date: str, precision: str) -> None:
    m = _find(_mentions(nlp, sentence), phrase)
    assert m is not None, f"no date mention for {phrase!r}"
    assert (m.date, m.precision) == (date, precision)
    assert m.span.sentence.strip() == sentence
    assert sentence[m.span.start:m.span.end] == m.text



def test_a_year_earlier_in_a_later_sentence_compares_with_the_publication_date(nlp: Any) -> None:
    text = "Tessel Mills reported its results on Thursday. Profit rose 8% from a year earlier."
    thursday, earlier = _find(_mentions(nlp, text), "Thursday"), _find(_mentions(nlp, text), "a year earlier")
    assert thursday is not None and thursday.date == "2023-09-21"
    assert earlier is not None and earlier.date == "2022-09-23"  # PUB a year back, not Thursday's


NOT_DATES = [
    pytest.param("The siege of Marrowgate lasted six weeks.", "six weeks", id="duration-weeks"),
    pytest.param("The corridor to Tessel has been closed for nearly a year.", "nearly a year", id="duration-year"),
    pytest.param("Veloria lost the 44-day war against its neighbour.", "44-day", id="duration-adjective"),
    pytest.param("A 45-year-old farmer was among the dead in Tessel.", "45-year-old", id="age-hyphen"),
    pytest.param("The driver, 52 years old, was taken to hospital in Tessel.", "52 years old", id="age-years-old"),
    pytest.param("Veloria was torn by civil war in the 1990s.", "1990s", id="decade"),
    pytest.param("Protesters gather in Tessel every Monday.", "Monday", id="set-every-monday"),
    pytest.param("The rebels held Marrowgate from 2019 to 2021.", "2019", id="range-of-years"),
    # relative years: TimeML values them YYYY and never scores them; sparse golds ignore them
    pytest.param("Prices in Marrowgate have doubled earlier this year.", "earlier this year", id="relative-year"),
    pytest.param("The Velorian economy shrank last year.", "last year", id="last-year"),
    pytest.param("The company plans to open an office in Tessel by the end of the year.", "the end of the year",
                 id="end-of-the-year"),
    # "today" and "tomorrow" for the present age, and titles
    pytest.param("Today's youth in Veloria have never known peace.", "Today", id="today-generic-noun"),
    pytest.param("Engineers in Tessel say they are building the world of tomorrow.", "tomorrow",
                 id="of-tomorrow"),
    pytest.param("The minister spoke on Harbour Radio Today about the floods in Tessel.", "Today",
                 id="programme-title"),
    pytest.param("Thousands joined the March for Peace through the streets of Tessel.", "March",
                 id="month-starting-a-name"),
    pytest.param("The October Revolution museum in Tessel reopened its doors.", "October",
                 id="month-before-a-name-head"),
    pytest.param("The March on Marrowgate drew 5,000 people.", "March", id="month-marching-on-a-place"),
    pytest.param("The ferry to Friday Creek was cancelled by the Tessel port.", "Friday", id="weekday-place-name"),
    pytest.param("Families have waited more than a year for this day, said a lawyer in Tessel.", "this day",
                 id="this-day-generic"),
    # clock times that name no moment, and a media player's counters in pasted page text
    pytest.param("The Tessel council imposed a midnight curfew after the riots.", "midnight", id="clock-after-a"),
    pytest.param("Ferries leave Tessel at 6:45 a.m. on weekdays.", "6:45 a.m.", id="clock-timetable"),
    pytest.param("The Tessel night bakery usually opens at 3 a.m.", "3 a.m.", id="clock-habit-adverb"),
    pytest.param("Farmers in Marrowgate check the sluices at 5 a.m. most mornings.", "5 a.m.",
                 id="clock-most-mornings"),
    pytest.param("The mayor told the programme Harbour Sunday that Tessel was safe.", "Sunday",
                 id="programme-title-weekday"),
    pytest.param("Watch the report\n00:00\n00:00\nQueue\nFloods reach the centre of Tessel.", "00:00",
                 id="player-counter-lines"),
]


@pytest.mark.parametrize(("sentence", "phrase"), NOT_DATES)
def test_not_points_in_time(nlp: Any, sentence: str, phrase: str) -> None:
    assert _find(_mentions(nlp, sentence), phrase) is None


@pytest.mark.parametrize("sentence", [
    "Shells hit Marrowgate on Thursday night, witnesses said.",
    "The curfew in Tessel had been due to expire on Friday evening.",
])
def test_weekday_and_part_of_day_give_one_mention(nlp: Any, sentence: str) -> None:
    # the model tags "Thursday" DATE and "night" TIME: both widen to one phrase, emitted once
    assert len(_mentions(nlp, sentence)) == 1


def test_dateline_date_is_a_mention(nlp: Any) -> None:
    # TimeML and our gold annotate a dateline's date (the sentence splitter may cut it off the text)
    m = _find(_mentions(nlp, "MARROWGATE, Sept. 22 (Harbour Post) -- Shelling resumed near the dam."), "Sept. 22")
    assert m is not None and m.date == "2023-09-22"


def test_today_with_an_event_noun_is_kept(nlp: Any) -> None:
    m = _find(_mentions(nlp, "Today's vote in the Velorian parliament was postponed."), "Today")
    assert m is not None and m.date == "2023-09-23"


def test_two_weekdays_in_one_entity_are_split(nlp: Any) -> None:
    ms = _mentions(nlp, "Shells fell on Marrowgate on Monday and Tuesday, witnesses said.")
    assert {(m.text, m.date) for m in ms} >= {("Monday", "2023-09-18"), ("Tuesday", "2023-09-19")}


def test_two_bare_months_in_one_entity_are_split(nlp: Any) -> None:
    ms = _mentions(nlp, "Between June and August the reservoir at Tessel lost half its water.")
    assert {(m.text, m.date) for m in ms} >= {("June", "2023-06"), ("August", "2023-08")}


def test_future_flag_and_registry(nlp: Any) -> None:
    m = _find(_mentions(nlp, "Talks will resume on Monday in Tessel."), "Monday")
    assert m is not None and m.future is True and m.inferred_base is False
    assert registered()["dates.v1"].produces == "dates"


@pytest.mark.parametrize("text", ["", "   \n\n", "“Unbalanced quote on Saturday", "(((", "Saturday"])
def test_odd_text_does_not_raise(nlp: Any, text: str) -> None:
    assert isinstance(_mentions(nlp, text), tuple)


# --- without a publication date -----------------------------------------------------------------


def test_inferred_base_from_dateline(nlp: Any) -> None:
    text = ("TESSEL, Sept. 21, 2023 (Harbour Post) -- Shelling of Marrowgate resumed on Tuesday, "
            "the army said.")
    ms = _mentions(nlp, text, published=None)
    m = _find(ms, "Tuesday")
    assert m is not None and m.date == "2023-09-19" and m.inferred_base is True
    # TimeML and our gold annotate the dateline's date too
    d = _find(ms, "Sept. 21, 2023")
    assert d is not None and d.date == "2023-09-21"


def test_no_base_keeps_only_dates_with_a_year(nlp: Any) -> None:
    text = "The treaty of Tessel was signed on May 12, 1994, and fighting resumed there on Saturday."
    ms = _mentions(nlp, text, published=None)
    assert [(m.text, m.date) for m in ms] == [("May 12, 1994", "1994-05-12")]


INFER = [
    pytest.param("TESSEL, Sept. 21, 2023 (Harbour Post) -- Shelling went on.", dt.date(2023, 9, 21),
                 id="dateline"),
    pytest.param("Floods hit Tessel\nBy Ana Ruiz\n21 September 2023\nUpdated: Sept. 22, 2023 10:00\nText.",
                 dt.date(2023, 9, 22), id="stamp-lines-latest-wins"),
    pytest.param("Published on 2023-09-20. The Harbour Post reports from Marrowgate.", dt.date(2023, 9, 20),
                 id="published-iso"),
    pytest.param("The treaty was signed on May 12, 1994, and fighting resumed on Saturday across the region.",
                 None, id="event-date-in-a-sentence-is-not-publication"),
    pytest.param("No dates at all in this text about Veloria.", None, id="none"),
]


@pytest.mark.parametrize(("text", "expected"), INFER)
def test_infer_published(text: str, expected: dt.date | None) -> None:
    assert infer_published(text) == expected


# --- resolve (no spaCy) --------------------------------------------------------------------------

RESOLVE = [
    pytest.param("on Saturday", "", ("2023-09-23", "day", False), id="same-day"),
    pytest.param("Saturday", "The bridge was destroyed on Saturday.", ("2023-09-23", "day", False), id="past"),
    pytest.param("Monday", "The talks will resume on Monday.", ("2023-09-25", "day", True), id="future"),
    pytest.param("next Monday", "", ("2023-09-25", "day", True), id="next"),
    pytest.param("October 5", "They are scheduled to meet on October 5.", ("2023-10-05", "day", True),
                 id="scheduled"),
    pytest.param("December 5", "They met on December 5.", ("2022-12-05", "day", False), id="past-month-day"),
    pytest.param("October 5", "They met on October 5.", ("2022-10-05", "day", False), id="past-month-day-near",
                 marks=pytest.mark.xfail(strict=True, reason="a past clause takes a date up to PAST_AHEAD_DAYS "
                                                             "ahead as a reported future date")),
    pytest.param("since Sunday", "", ("2023-09-17", "day", False), id="since"),
    pytest.param("mid-June", "", ("2023-06", "month", False), id="mid-june"),
    pytest.param("Sept. 30", "", ("2023-09-30", "day", True), id="abbrev"),
    pytest.param("last week", "", ("2023-09-18", "week", False), id="last-week-from-a-saturday"),
    pytest.param("last month", "", ("2023-08", "month", False), id="last-month"),
    pytest.param("six weeks", "", (None, "day", False), id="duration"),
    pytest.param("the 1990s", "", (None, "day", False), id="decade"),
    pytest.param("every Monday", "", (None, "day", False), id="set"),
    pytest.param("19/09/2023", "", ("2023-09-19", "day", False), id="numeric-via-dateparser"),
    pytest.param("Christmas", "Shops reopened at Christmas.", ("2022-12-25", "day", False), id="holiday"),
    pytest.param("this morning", "", ("2023-09-23", "day", False), id="this-morning"),
    pytest.param("last night", "", ("2023-09-22", "day", False), id="last-night"),
    pytest.param("a year ago", "", ("2022-09-23", "day", False), id="a-year-ago"),
    pytest.param("five years ago", "", ("2018", "year", False), id="years-ago-is-a-year"),
    pytest.param("by year-end", "", ("2023-12-31", "day", True), id="year-end"),
    pytest.param("Nov. 10", "The ministry set Nov. 10 as the deadline.", ("2023-11-10", "day", True),
                 id="past-clause-just-ahead"),
    pytest.param("December", "The offensive began in December.", ("2022-12", "month", False),
                 id="past-clause-month-far-ahead"),
]


@pytest.mark.parametrize(("phrase", "context", "expected"), RESOLVE)
def test_resolve(phrase: str, context: str, expected: tuple[str | None, str, bool]) -> None:
    assert resolve(phrase, PUB, context=context) == expected


# --- corpus gates ------------------------------------------------------------------------------------


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gw_eval_dates", REPO / "benchmarks" / "eval_dates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_dev_corpus_dates_resolved(dev_corpus: Path, nlp: Any, eval_floor: Any) -> None:
    """The extractor alone reaches the pipeline's floor (tests/eval_baseline.json) on the dev corpus."""
    ev = _eval_module()
    result, _ = ev.evaluate("dev")
    assert result["dates_resolved"] >= eval_floor("karabakh-2023", "dates_resolved"), result["dates"]


# --- publication date inferred from the text (published.py) -------------------------------------

GUESSES = [
    pytest.param("Friday, 3 May 2030\nFloods hit Tessel\nMARROWGATE, 21 September 2023 (Harbour Post) - The river "
                 "rose overnight.", None, None, (dt.date(2023, 9, 21), "dateline"),
                 id="dateline-beats-the-page-date-above-the-headline"),
    pytest.param("Floods hit Tessel\nPosted on 20 September 2023\nUpdated: 22 September 2023\nThe river rose.",
                 None, None, (dt.date(2023, 9, 22), "stamp"), id="cued-stamps-latest-wins"),
    pytest.param("TESSEL, Sept. 21 (Harbour Post) -- The river rose overnight.", None, 2023,
                 (dt.date(2023, 9, 21), "dateline-no-year"), id="dateline-without-year-takes-the-story-year"),
    pytest.param("TESSEL, Sept. 21 (Harbour Post) -- The river rose overnight.", None, None, None,
                 id="dateline-without-year-and-no-story-is-undated"),
    pytest.param("The river rose overnight in Tessel.", "https://news.example/2023/09/21/tessel-floods", None,
                 (dt.date(2023, 9, 21), "name"), id="address"),
    pytest.param("The river rose overnight in Tessel.", "HPW20230921.0042", None,
                 (dt.date(2023, 9, 21), "name"), id="wire-file-name"),
    pytest.param("The river rose overnight in Tessel.", "HP900815-0044", None,
                 (dt.date(1990, 8, 15), "name"), id="wire-id-two-digit-year"),
    pytest.param("The river rose overnight in Tessel.", "ep010307.1830.0071", None,
                 (dt.date(2001, 3, 7), "name"), id="wire-id-two-digit-year-2000s"),
    pytest.param("The river rose overnight in Tessel.", "report-901399.txt", None, None,
                 id="six-digits-in-a-slug-are-no-date"),
    pytest.param("The dam at Tessel gave way on 19 September 2023, and the river rose. Talks will resume on "
                 "2 October 2023.", None, None, (dt.date(2023, 9, 19), "latest-date"),
                 id="latest-past-date-not-a-planned-one"),
    pytest.param("The Brisk quarry closed on 4 May 2031. Its new permit, granted on 6 May 2031, is effective 1 March "
                 "2032.", None, None, (dt.date(2031, 5, 6), "latest-date"), id="latest-date-not-an-effective-one"),
    pytest.param("The Oddle toll bridge rules come into force on 2 January 2032, the board said on 9 November 2031.",
                 None, None, (dt.date(2031, 11, 9), "latest-date"), id="a-future-cue-stops-at-the-next-clause"),
    pytest.param("The council heard on Monday that Tessel's mayor had resigned effective 3 April 2031.", None, None,
                 (dt.date(2031, 4, 3), "latest-date"),
                 id="effective-after-a-past-verb-is-no-cue"),
    pytest.param("No dates at all in this text about Veloria.", "story-42", None, None, id="nothing"),
]


@pytest.mark.parametrize(("text", "name", "year", "expected"), GUESSES)
def test_publication_date_guess(text: str, name: str | None, year: int | None,
                                expected: tuple[dt.date, str] | None) -> None:
    guess = infer_guess(text, name=name, year=year)
    assert (None if guess is None else (guess.date, guess.method)) == expected
    if guess is not None:
        assert guess.origin == ("text" if guess.method in ("dateline", "stamp") else "inferred")
        assert 0 < guess.confidence <= 1


def test_runner_records_how_the_date_was_inferred(nlp: Any) -> None:
    from groundwatch.records import Article, CleanArticle
    from groundwatch.stages import extract

    text = "The dam at Tessel gave way on 19 September 2023. Rescuers reached Marrowgate on Thursday."
    clean = CleanArticle(article=Article(id="f/tessel", source="f/tessel.txt", body=text, format="txt"), text=text)
    facts = extract.analyse(clean, nlp(text), extract.plan(["dates.v1"]))
    # written on or after the 19th (a Tuesday), and after the Thursday it reports as past
    assert (facts.published, facts.published_origin, facts.published_method) == (
        dt.date(2023, 9, 21), "inferred", "latest-date")
    assert facts.published_confidence is not None and facts.published_confidence < 0.5
    thursday = _find(facts.dates, "Thursday")
    assert thursday is not None and thursday.date == "2023-09-21" and thursday.inferred_base


def test_last_week_from_a_weekday_is_the_week_before() -> None:
    assert resolve("last week", dt.date(2023, 9, 20)) == ("2023-09-11", "week", False)


# --- days the narration gives (dates_context.py) --------------------------------------------------

NARRATED = [
    pytest.param("Rescuers dug through the rubble of Tessel on Thursday. The tremor struck at 9:59 pm, "
                 "residents said.", "9:59 pm", "2023-09-21", id="clock-time-on-the-narrated-day"),
    pytest.param("Ministers will meet on Monday to discuss Tuesday's blast at the Marrowgate depot.", "Tuesday",
                 "2023-09-19", id="possessive-weekday-looks-back"),
    pytest.param("A fuel depot in Marrowgate exploded on Wednesday. Two days after the blast, the port of "
                 "Tessel reopened.", "Two days after the blast", "2023-09-22", id="days-after-an-event"),
    pytest.param("\"We will open the bridge tonight,\" the mayor of Tessel said on Thursday.", "tonight",
                 "2023-09-21", id="tonight-in-a-quote-is-the-speaker's"),
    pytest.param("\u201cThe shelling stopped yesterday,\u201d the mayor of Tessel told reporters on Wednesday.",
                 "yesterday", "2023-09-19", id="yesterday-in-a-curly-quote"),
    pytest.param("A fuel depot in Marrowgate exploded on Wednesday. A guard had seen a van near the gate ten days "
                 "before the blast.", "ten days before the blast", "2023-09-10", id="count-word-days-before-an-event"),
    pytest.param("The donors' conference in Tessel will be held on October 12 and 13.", "13", "2023-10-13",
                 id="second-day-of-a-month-day-range"),
    pytest.param("Floods cut the road to Marrowgate on 4-5 September, officials said.", "4", "2023-09-04",
                 id="first-day-of-a-day-month-range"),
    pytest.param("The ferry to Tessel will sail at 6 in the morning (6 a.m. local time Monday), the port said.",
                 "6 in the morning", "2023-09-25", id="clock-time-in-words-takes-the-day-in-its-sentence"),
    pytest.param("The Velorian bank has extended the credit line to Tessel through December, its governor said.",
                 "December", "2023-12", id="through-month-after-a-present-perfect"),
    pytest.param("Turnout in the Tessel county is expected to be high on Election Day.", "Election Day",
                 "2023-11-07", id="us-election-day"),
    pytest.param("Volunteers in Tessel will campaign from now to Election Day.", "Election Day", "2023-11-07",
                 id="election-day-after-to"),
    pytest.param("Shops in Tessel will open at dawn on Black Friday.", "Black Friday", "2023-11-24",
                 id="black-friday-after-thanksgiving"),
    pytest.param("Couriers in Marrowgate expect a record load on Cyber Monday.", "Cyber Monday", "2023-11-27",
                 id="cyber-monday"),
    pytest.param("The Tessel senator hopes to win most delegates on Super Tuesday.", "Super Tuesday", "2024-03-05",
                 id="super-tuesday-first-tuesday-of-march"),
    pytest.param("The Tessel choir sang at the Christmas service in the old hall.", "Christmas", "2022-12-25",
                 id="past-verb-at-a-holiday-event-is-the-last-one"),
    pytest.param("A year ago today, the Tessel bridge collapsed.", "A year ago today", "2022-09-23",
                 id="a-year-ago-today-is-one-phrase"),
    pytest.param("Ferries to Marrowgate sailed on Monday and Tuesday of last week.", "Monday", "2023-09-11",
                 id="first-of-a-weekday-pair-shares-its-week"),
    pytest.param("The ferry sank off Tessel on 3 September. Rescuers combed the coast for hours. Divers reached "
                 "the hull at dusk. Two days later, the last survivors were found.", "Two days later", "2023-09-05",
                 id="days-later-after-a-day-written-out-three-sentences-back"),
    pytest.param("Gunmen attacked the Tessel checkpoint on Tuesday. Two soldiers were wounded in the exchange. "
                 "The next afternoon, troops sealed the road.", "The next afternoon", "2023-09-20",
                 id="next-afternoon-after-a-weekday-two-sentences-back"),
]


@pytest.mark.parametrize(("text", "phrase", "date"), NARRATED)
def test_narrated_day(nlp: Any, text: str, phrase: str, date: str) -> None:
    m = _find(_mentions(nlp, text), phrase)
    assert m is not None and m.date == date


NOT_NARRATED = [
    pytest.param("Two days after the blast, the port of Tessel reopened.", "Two days after", id="no-event-day-named"),
    pytest.param("Families returned to Marrowgate on Thursday morning, five days after the whole district was "
                 "cleared.", "five days after", id="day-count-set-off-after-a-day-restates-it"),
    pytest.param("Live updates\nFriday\nFloods cut the road to Tessel on Thursday.", "Friday",
                 id="weekday-section-header"),
    pytest.param("Worshippers in Tessel gathered for evening prayers.", "evening", id="evening-as-a-modifier"),
    pytest.param("The vote in Tessel is set for October 12 and 40 observers will attend.", "40",
                 id="a-count-after-a-date-is-no-range"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_NARRATED)
def test_not_a_narrated_date(nlp: Any, text: str, phrase: str) -> None:
    assert _find(_mentions(nlp, text), phrase) is None


def test_clock_time_without_a_nearby_day_takes_the_publication_day(nlp: Any) -> None:
    m = _find(_mentions(nlp, "The tremor struck at 9:59 pm, residents of Tessel said."), "9:59 pm")
    assert m is not None and m.date == PUB.isoformat()


def test_future_possessive_stays_ahead(nlp: Any) -> None:
    m = _find(_mentions(nlp, "Tuesday's vote in the Tessel council will decide the budget."), "Tuesday")
    assert m is not None and m.date == "2023-09-26"


ALIGN = [
    pytest.param("The governor said in a briefing this morning, Saturday, that the dam held.", dt.date(2023, 9, 24),
                 dt.date(2023, 9, 23), id="this-morning-saturday"),
    pytest.param("The tremor was felt yesterday evening, Friday, across Tessel.", dt.date(2023, 9, 21),
                 dt.date(2023, 9, 23), id="yesterday-friday-is-written-on-saturday"),
    pytest.param("The tremor was felt across Tessel.", dt.date(2023, 9, 21), dt.date(2023, 9, 21), id="no-hint"),
    pytest.param("Today, Monday, the port reopened; this morning, Friday, it closed.", dt.date(2023, 9, 21),
                 dt.date(2023, 9, 21), id="disagreeing-hints"),
]


@pytest.mark.parametrize(("text", "guess", "expected"), ALIGN)
def test_align_inferred_date_to_the_weekday_of_writing(text: str, guess: dt.date, expected: dt.date) -> None:
    from groundwatch.stages.extract.published import align_to_weekday

    assert align_to_weekday(text, guess) == expected


def test_latest_date_is_a_lower_bound_moved_to_the_weekdays_reported() -> None:
    from groundwatch.stages.extract.published import align_forward

    text = "The dam gave way on 19 September 2023, a Tuesday. The toll rose on Thursday. Talks resume on Monday."
    # Thursday is two days after the bound and past; Monday is in a clause about what is to come
    assert align_forward(text, dt.date(2023, 9, 19)) == dt.date(2023, 9, 21)



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Homes were swept away by the flood from the Tessel dam, the governor said on Thursday.",
                 dt.date(2023, 9, 21), id="by-as-an-agent-is-no-plan"),
    pytest.param("Schools in Tessel stayed shut due to the flooding, officials said Thursday.",
                 dt.date(2023, 9, 21), id="due-to-as-a-cause-is-no-plan"),
    pytest.param("The governor said the road would reopen by Thursday.", dt.date(2023, 9, 19),
                 id="by-before-a-weekday-is-a-plan"),
    pytest.param("The barrier is due to be rebuilt on Thursday, officials said.", dt.date(2023, 9, 19),
                 id="due-to-be-is-a-plan"),
    # the day of a past saying stays past whatever its clause plans (stress batch dreview15-s24j)
    pytest.param("The barrier is due to be rebuilt, officials said Thursday.", dt.date(2023, 9, 21),
                 id="said-on-a-weekday-is-past-beside-a-plan"),
    pytest.param("The mayor said on Thursday the barrier would be rebuilt.", dt.date(2023, 9, 21),
                 id="said-on-a-weekday-before-would"),
])
def test_forward_alignment_reads_only_plans_as_future(text: str, expected: dt.date) -> None:
    from groundwatch.stages.extract.published import align_forward

    assert align_forward(text, dt.date(2023, 9, 19)) == expected


STORY = [
    pytest.param("Rescuers reached Marrowgate on Thursday.", [dt.date(2023, 9, 20), dt.date(2023, 9, 27)],
                 dt.date(2023, 9, 21), id="first-report-then-the-weekday"),
    pytest.param("Rescuers reached Marrowgate.", [dt.date(2023, 8, 1), dt.date(2023, 9, 20)],
                 dt.date(2023, 9, 20), id="a-date-weeks-off-is-ignored"),
    pytest.param("Rescuers reached Marrowgate on Tuesday.", [dt.date(2023, 9, 24)], dt.date(2023, 9, 24),
                 id="one-dated-report-is-no-lower-bound"),
    pytest.param("TESSEL, Sept. 22 (Harbour Post) -- Rescuers reached Marrowgate.", [dt.date(2023, 9, 20)],
                 dt.date(2023, 9, 22), id="dateline-without-year"),
    pytest.param("Rescuers reached Marrowgate on Thursday.", [], None, id="no-dated-story-member"),
    # one report, dated Sunday 24 September: the lead's Monday next to it is the day of writing
    pytest.param("Dozens were hurt Monday when a depot exploded near Tessel, officials said.",
                 [dt.date(2023, 9, 24)], dt.date(2023, 9, 25), id="one-report-and-the-lead-weekday-next-to-it"),
    pytest.param("Dozens were hurt Thursday when a depot exploded near Tessel, officials said.",
                 [dt.date(2023, 9, 24)], dt.date(2023, 9, 24), id="one-report-and-a-lead-weekday-days-away"),
    # the story's reports run from Wednesday 20 to Sunday 24 September: the lead's Monday is the 25th
    pytest.param("Dozens were hurt Monday when a depot exploded near Tessel, officials said. The offensive began "
                 "on Tuesday.", [dt.date(2023, 9, 20), dt.date(2023, 9, 24)], dt.date(2023, 9, 25),
                 id="the-lead-weekday-within-the-story-span"),
    pytest.param("Tuesday's blast at the Tessel depot killed 12, officials said.",
                 [dt.date(2023, 9, 20), dt.date(2023, 9, 24)], dt.date(2023, 9, 20),
                 id="a-possessive-weekday-is-the-event-not-the-report"),
    pytest.param("Rescuers reached Marrowgate on Thursday.", [dt.date(2023, 9, 6), dt.date(2023, 9, 20)],
                 dt.date(2023, 9, 7), id="a-weekday-twice-in-the-span-is-no-lead-day"),
]


@pytest.mark.parametrize(("text", "dates", "expected"), STORY)
def test_story_base(text: str, dates: list[dt.date], expected: dt.date | None) -> None:
    from groundwatch.stages.extract.published import story_base

    assert story_base(text, dates) == expected
