"""A deictic inside a quotation whose saying is told where the quotation closes (dates_quoted), on invented text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.dates_quoted import _close_of
from groundwatch.stages.extract.registry import ExtractionContext

PUB = dt.date(2031, 9, 21)  # a Sunday


def _dates(nlp: Any, text: str) -> dict[str, str | None]:
    found = extract_dates(nlp(text), ExtractionContext(article_id="t", published=PUB), {})
    return {m.text.lower(): m.date for m in found}


def test_a_quotation_reopened_in_the_next_paragraph_closes_there() -> None:
    text = '"First words. More words.\n\n"Last words," she said.'
    assert text[_close_of(text, text.index("More")) or 0] == '"'
    assert _close_of(text, text.index("More")) == text.index('," she') + 1
    assert _close_of('She said it. Then nothing.', 5) is None


@pytest.mark.parametrize(("text", "yesterday"), [
    # the saying closes the quotation two sentences on: counted from its Thursday
    ('"The bridge at Orrin shook yesterday. Then the cables snapped. Nobody was on it," an engineer '
     'said on Thursday.', "2031-09-17"),
    # over a paragraph, the next one reopened with a mark: counted from its Friday
    ('Halver Dunne stood by the ruins of his shop in Orrin. "The water reached the roof yesterday. '
     'I have nothing left.\n\n"My father built this in 1980," he told the Orrin Post on Friday.', "2031-09-18"),
    # controls: the quotation closes in its own sentence; a later sentence with a day is not its saying
    ('"We opened the shelter yesterday," the warden said. Rain fell on Thursday, forecasters said.',
     "2031-09-20"),
    ('"We opened the shelter yesterday. It is full."\n\nRain fell on Thursday, forecasters said.', "2031-09-20"),
])
def test_yesterday_counts_from_the_saying_where_the_quotation_closes(nlp: Any, text: str, yesterday: str) -> None:
    assert _dates(nlp, text).get("yesterday") == yesterday


def test_the_saying_at_the_close_beats_a_since_day_in_the_sentence_before(nlp: Any) -> None:
    text = ("At the school in Orrin, where families have slept since Tuesday, Mara Quill said she would stay.\n\n"
            "\"They moved the wounded out yesterday, all at once.\n\n"
            "\"Nobody told us where,\" she told the Orrin Post on Friday.")
    assert _dates(nlp, text).get("yesterday") == "2031-09-18"


@pytest.mark.parametrize(("text", "today"), [
    # the quotation opened a sentence before and closes in the deictic's own, told on Friday
    ('"The cells in Orrin were cold. Today I sleep at home," the freed teacher told neighbours on Friday.',
     "2031-09-19"),
    # controls: a quotation opened and closed in one sentence (requote_deictics' case); no day at the close
    ('"Today I sleep at home," the freed teacher told neighbours on Friday.', "2031-09-19"),
    ('"The cells in Orrin were cold. Today I sleep at home," the freed teacher said.', "2031-09-21"),
])
def test_today_counts_from_the_saying_when_the_quotation_closes_in_its_own_sentence(
        nlp: Any, text: str, today: str) -> None:
    assert _dates(nlp, text).get("today") == today
