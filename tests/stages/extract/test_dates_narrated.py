"""dates.v1 on days told from a narrated past (issue 10): invented sentences only.

A pluperfect frames what it reports in the past before the past ("had said ... would", "had been
due to"), "until" after a past verb of lasting names when something ended, "the previous Friday"
counts back from the narrated day, a 24-hour clock time after a preposition is a time, dotted
numeric dates are day-first, and a quotation continued after a sentence that tells when its speaker
spoke takes that day for its "tonight". Every sentence and place here is made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2027, 9, 17)  # a Friday


def _dates(nlp: Any, text: str, published: dt.date = PUB) -> dict[str, str | None]:
    ctx = ExtractionContext(article_id="n", published=published)
    return {m.text: m.date for m in extract_dates(nlp(text), ctx, {})}


RESOLVED = [
    # a plan or a future reported under a pluperfect: its day has gone by
    pytest.param("The port authority had said the ferries would sail again on Tuesday, but the gale kept them in.",
                 "Tuesday", "2027-09-14", id="had-said-would"),
    pytest.param("The levy, which had been due to lapse Wednesday, was renewed for a month.", "Wednesday",
                 "2027-09-15", id="had-been-due"),
    pytest.param("The auction had been set for Monday until the owner withdrew the paintings.", "Monday",
                 "2027-09-13", id="had-been-set-for"),
    pytest.param("The ring road had stayed shut until Wednesday while crews cleared the mud.", "Wednesday",
                 "2027-09-15", id="until-pluperfect"),
    pytest.param("Queues outside the Quessa bakery lasted until Thursday, shopkeepers said.", "Thursday",
                 "2027-09-16", id="until-lasted"),
    pytest.param("Water was rationed from 7 a.m. until 5 p.m. on Wednesday in the old town.", "5 p.m. on Wednesday",
                 "2027-09-15", id="from-until-range-past"),
    # the same shapes still ahead
    pytest.param("The port authority said the ferries would sail again on Tuesday.", "Tuesday", "2027-09-21",
                 id="said-would-ahead"),
    pytest.param("The agency had said the census will start on Monday.", "Monday", "2027-09-20",
                 id="had-said-will-ahead"),
    pytest.param("The council extended the parking ban until Wednesday.", "Wednesday", "2027-09-22",
                 id="extended-until-ahead"),
    pytest.param("The museum stays closed until Tuesday.", "Tuesday", "2027-09-21", id="stays-until-ahead"),
    # counted from the narrated day
    pytest.param("The lock gates failed on Tuesday. Engineers said the previous Sunday had seen record tides.",
                 "the previous Sunday", "2027-09-12", id="previous-weekday"),
    # clock times and numeric shapes
    pytest.param("On Tuesday night, at about 23:40, a fire broke out in the Quessa depot.", "23:40", "2027-09-14",
                 id="clock-24h"),
    pytest.param("The decree was signed on 03.09.2027 in Quessa.", "03.09.2027", "2027-09-03", id="dotted-dmy"),
    pytest.param("The shipment left on 9/3/2027.", "9/3/2027", "2027-09-03", id="slashed-unchanged"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "phrase", "date"), RESOLVED)
def test_narrated(nlp: Any, text: str, phrase: str, date: str) -> None:
    assert _dates(nlp, text).get(phrase) == date


@pytest.mark.slow
def test_quoted_tonight_takes_the_day_of_the_speaking_told_before(nlp: Any) -> None:
    text = 'The harbour master spoke to reporters on Tuesday. "Tonight the boats stay in," he said.'
    got = _dates(nlp, text)
    assert got["Tuesday"] == "2027-09-14" and got["Tonight"] == "2027-09-14"


@pytest.mark.slow
def test_quoted_tonight_of_another_speaker_keeps_the_publication_day(nlp: Any) -> None:
    text = 'The harbour master spoke to reporters on Tuesday. "Tonight we sleep in the hall," a fisher told us.'
    assert _dates(nlp, text)["Tonight"] == "2027-09-17"


@pytest.mark.slow
def test_version_number_is_no_date(nlp: Any) -> None:
    assert "4.11.2027" not in _dates(nlp, "The meters run version 4.11.2027 of the billing software.")


@pytest.mark.slow
def test_a_past_scene_holds_its_full_date_for_several_sentences(nlp: Any) -> None:
    # SCENE_ANCHOR_SENTENCES: a report's "a week later", five sentences after its full date
    text = ("The Brask court heard that on 2 May 2026 a lorry was stolen from the Quessa depot. It was driven north. "
            "Two men loaded it with copper. They hid it in a barn. A farmer saw them. He told the police a week later.")
    assert _dates(nlp, text)["a week later"] == "2026-05-09"


@pytest.mark.slow
def test_a_hypothetical_far_from_the_full_date_is_not_dated(nlp: Any) -> None:
    # out of the scene's reach it points at no day; the publication date is not its anchor either
    text = ("The permit was filed on 2 May 2026 in Quessa. Officials are reviewing it. Objectors have written. "
            "A hearing is possible. The board meets often. Any appeal would be heard two weeks later.")
    assert "two weeks later" not in _dates(nlp, text)


def test_past_sentences_are_read_only_for_a_named_day_of_the_year_in_a_scene() -> None:
    from groundwatch.stages.extract import dates_discourse
    from groundwatch.stages.extract.dates_rules import Resolution

    calls: list[int] = []

    def past() -> frozenset[int]:
        calls.append(1)
        return frozenset({1})

    text = "The kiln was lit on 3 March 2025. It cracked on March 9."
    found = [(20, 32, Resolution("2025-03-03", "day", False), 0), (48, 55, Resolution("2026-03-09", "day", False), 1)]
    dates_discourse.carry_narrative_year(text, found, past)
    assert calls == [] and found[1][2].date == "2025-03-09"  # a month-day needs no tense of the sentence
    text = "The kiln was lit on 20 December 2025. It cracked at Christmas. It cooled at New Year's Day."
    found = [(20, 36, Resolution("2025-12-20", "day", False), 0), (52, 61, Resolution("2026-12-25", "day", True), 1),
             (76, 90, Resolution("2027-01-01", "day", True), 2)]
    dates_discourse.carry_narrative_year(text, found, past)
    assert len(calls) == 1 and found[1][2].date == "2025-12-25"  # read once, for the first named day
