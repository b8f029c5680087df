"""Where a date mention says it came from: the clause of a run-on, and the page's dropped date line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.records import Article, CleanArticle
from groundwatch.stages.extract import context_for, dates
from groundwatch.stages.extract.dates import extract_dates
from groundwatch.stages.extract.dates_context import LONG_SENTENCE_WORDS, clause_around
from groundwatch.stages.extract.registry import ExtractionContext


def test_a_short_sentence_is_its_own_provenance() -> None:
    s = "The ferry left Dorrin on Friday with 40 passengers aboard."
    assert clause_around(s, s.index("Friday"), s.index("Friday") + 6) == s


def test_a_run_on_is_cut_to_the_clause_around_the_date() -> None:
    filler = " ".join(["and the council went on talking about roads"] * 8)
    s = (f"Statements issued by the port office and the mayor of Pell {filler}: "
         "Harbour office on Tuesday ``We have closed the quay until the wind drops.'' Mayor on Wednesday "
         f"``Nobody should sail.'' {filler}")
    assert len(s.split()) > LONG_SENTENCE_WORDS
    i = s.index("Tuesday")
    got = clause_around(s, i, i + 7)
    assert "Tuesday" in got and len(got.split()) <= LONG_SENTENCE_WORDS
    assert "Wednesday" not in got


def test_a_run_on_without_breaks_is_cut_to_a_window_of_words() -> None:
    words = " ".join(f"w{k}" for k in range(200))
    s = f"{words} on Monday {words}"
    i = s.index("Monday")
    got = clause_around(s, i, i + 6)
    assert "Monday" in got and len(got.split()) <= LONG_SENTENCE_WORDS + 2


@pytest.mark.slow
def test_the_page_date_line_the_cleaner_dropped_is_a_mention(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "REPORT_PAGE_STAMP", True)  # off by default: see its comment
    text = "Rescuers reached the last cut-off village in Pell on Sunday, the army said."
    clean = CleanArticle(article=Article(id="a", source="a.txt", body=text, format="txt"), text=text,
                         removed=("Home | World | Floods", "Monday 19 October 2026"),
                         published=dt.date(2026, 10, 19), published_origin="text")
    ctx = context_for(clean)
    assert ctx.stamp == "Monday 19 October 2026"
    got = {(m.text, m.date, m.span.sentence_index) for m in extract_dates(nlp(text), ctx, {})}
    assert ("19 October 2026", "2026-10-19", -1) in got
    assert ("Sunday", "2026-10-18", 0) in got


@pytest.mark.slow
def test_a_dropped_line_of_another_day_is_not_the_stamp(nlp: Any) -> None:
    text = "Rescuers reached the last cut-off village in Pell on Sunday, the army said."
    clean = CleanArticle(article=Article(id="a", source="a.txt", body=text, format="txt"), text=text,
                         removed=("Also read: dam report due 3 November 2026",),
                         published=dt.date(2026, 10, 19), published_origin="text")
    assert context_for(clean).stamp is None
    ctx = ExtractionContext(article_id="a", published=dt.date(2026, 10, 19))
    assert all(m.span.sentence_index >= 0 for m in extract_dates(nlp(text), ctx, {}))


@pytest.mark.slow
@pytest.mark.parametrize(("line", "phrase", "stamped"), [
    ("Tuesday 20 October", "Tuesday 20 October", True),  # a bulletin's date line: weekday and day
    ("Tue 20 Oct, 7:05am", "Tue 20 Oct", True),
    ("Monday 19 October", None, False),  # the day before publication: not the page's own day
    ("Wednesday 20 October", None, False),  # a weekday the year denies
])
def test_a_dropped_date_line_without_a_year_is_the_stamp_on_its_day(nlp: Any, line: str, phrase: str | None,
                                                                    stamped: bool) -> None:
    text = "The ceasefire in Pell held through the night, army officers told this station this morning."
    clean = CleanArticle(article=Article(id="a", source="a.txt", body=text, format="txt"), text=text,
                         removed=("RADIO PELL - NEWS IN ENGLISH", line),
                         published=dt.date(2026, 10, 20), published_origin="manifest")
    ctx = context_for(clean)
    assert (ctx.stamp == line) is stamped
    got = {(m.text, m.date) for m in extract_dates(nlp(text), ctx, {}) if m.span.sentence_index == -1}
    assert got == ({(phrase, "2026-10-20")} if stamped else set())
