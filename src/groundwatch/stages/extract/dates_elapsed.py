"""Dates: weekdays told after a phrase saying how long ago the story began ("For a week now, ...").

An analysis or a follow-up written days after an event often opens on the time since ("For a week now,
two versions have been told", "Two weeks on, the families still wait", "It has been a week since the
levee broke") and then tells the event's days by their weekday alone ("the levee broke at dawn on
Saturday; by Sunday evening ..."). Counted from the paper, those weekdays fall in the paper's own week;
the opening said they lie that many weeks back. The same frame as "last week"
(:func:`dates_scene.weekdays_of_last_week`), with the elapsed count as the shift: past weekdays (not of
saying) told in sequence within a few sentences after the phrase, in its paragraph, that would fall in
the seven days before the paper, move back to the day of their weekday nearest the count of weeks
before the paper (a week before a Monday paper: its Sunday is the 8th day back, its Monday the 7th).
Invented corpus_u (blind): an analysis dated only by its dateline, a Monday a week on, put the fire's
Sunday night and Monday morning in its own week (2 of 2 such weekdays).

Only weeks are read: a count of days since ("ten days on") names no week to put a bare weekday in.

Measured (session 29, branch urest): corpus_u dates_resolved 0.927 -> 0.976; the dates stress file
unchanged (resolved 0.9796, precision 0.9847), dates-dev (tune and held-out) and corpora b..r unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc

from groundwatch.lexicons_dates import month_pattern, weekday_pattern
from groundwatch.lexicons_verbs import REPORTING_CORE
from groundwatch.stages.extract import dates_context, dates_tense
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_offsets import COUNT_RE, COUNTS
from groundwatch.stages.extract.dates_rules import normalise
from groundwatch.stages.extract.dates_scene import LAST_WEEK_SENTENCES, MIN_TOLD_WEEKDAYS
from groundwatch.stages.extract.doc_cache import doc_text
from groundwatch.stages.extract.registry import sentence_index

__all__ = ["weekdays_after_elapsed"]

#: The time since the story began, up to now: "for a week now", "for two weeks now", "a week on,",
#: "three weeks on,", "it has been a week since", "two weeks have passed since". Not "a week later" or
#: "a week after", which count from a day told before them (dates_offsets).
_ELAPSED = re.compile(
    rf"\b(?:for\s+(?P<a>{COUNT_RE})\s+weeks?\s+now\b"
    rf"|(?P<b>{COUNT_RE})\s+weeks?\s+on\s*,"
    rf"|(?:it\s+has\s+been|it's\s+been)\s+(?:(?:nearly|almost|exactly|just)\s+)?(?P<c>{COUNT_RE})\s+weeks?\s+since\b"
    rf"|(?P<d>{COUNT_RE})\s+weeks?\s+(?:have|has)\s+passed\s+since\b)", re.I)
#: The most weeks back a weekday is moved: a longer count is a retrospective, whose weekdays are as often
#: the paper's own week. Not tuned (corpus_u's one phrase counts one week).
MAX_ELAPSED_WEEKS = 4


#: A weekday in a phrase ("Sunday", "at 11:40 on Sunday night"); one written with its month is a date of its own.
_WEEKDAY = re.compile(rf"\b(?:{weekday_pattern()})\b")
_MONTH = re.compile(rf"\b(?:{month_pattern()})\b")


def _told_weekday(doc: Doc, start: int, end: int) -> bool:
    """A weekday without its month, in a past clause whose verb is no verb of saying ("began on Sunday")."""
    phrase = normalise(doc_text(doc)[start:end])
    if not _WEEKDAY.search(phrase) or _MONTH.search(phrase):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or dates_tense.clause_tense(span) != "past":
        return False
    verb = dates_context.governing_verb(span)[0]
    return verb is None or verb.lemma_.lower() not in REPORTING_CORE


def _weeks(m: re.Match[str]) -> int | None:
    word = next(g for g in m.groups() if g is not None).lower()
    n = int(word) if word.isdigit() else COUNTS.get(word)
    return n if n is not None and 0 < n <= MAX_ELAPSED_WEEKS else None


def weekdays_after_elapsed(doc: Doc, found: list[Found], base: dt.date | None) -> None:
    """Past weekdays told in sequence after "for a week now" that fall in the week before the paper move back."""
    if base is None:
        return
    text = doc_text(doc)
    for m in _ELAPSED.finditer(text):
        weeks = _weeks(m)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if weeks is None or span is None:
            continue
        frame_sent = sentence_index(doc, span.start)
        told = [i for i, (start, end, res, sent) in enumerate(found)
                if start >= m.end() and res is not None and res.precision == "day"
                and sent - frame_sent <= LAST_WEEK_SENTENCES and "\n\n" not in text[m.end():start]
                and _told_weekday(doc, start, end)
                and 0 <= (base - dt.date.fromisoformat(res.date)).days < 7]
        if len(told) < MIN_TOLD_WEEKDAYS:
            continue
        then = base - dt.timedelta(days=7 * weeks)
        for i in told:
            start, end, res, sent = found[i]
            assert res is not None
            day = dt.date.fromisoformat(res.date)
            ahead = (day.weekday() - then.weekday()) % 7  # the day of that weekday nearest the elapsed count
            moved = then + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
            found[i] = (start, end, dataclasses.replace(res, date=moved.isoformat()), sent)
