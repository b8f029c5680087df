"""Dates: an evening clock time told of the night before a morning report.

"Two people died when a tanker overturned, police said early on Wednesday. The crash happened at 11.20
pm": a past clock time whose sentence names no day takes the last day named (``date_clock_times``), here
the day of the report, but a report made early on a day tells what happened the evening before it. When
the day a past evening clock time took is one a saying is dated to early in that day ("said early on
Wednesday", "said on Wednesday morning", "said this morning"), the clock time is the evening before.
Issue 10's "clock times dated to the narrated day, not the publication day ('the quake struck at 9:59 pm'
the night before)"; invented corpus_i (scored blind first): 1 such clock time; stress batch r2dates-s28:
2 such, and 2 controls (an event held early on the day, a curfew that will start in the evening).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Doc

from groundwatch.stages.extract import dates_tense
from groundwatch.stages.extract.dates_context import CLOCK_ANCHOR_SENTENCES, Found
from groundwatch.stages.extract.dates_rules import WEEKDAY_RE, Resolution

__all__ = ["EVENING_HOUR", "evening_before_morning", "evening_before_report"]

#: A clock time from this hour (24-hour clock) to midnight is an evening's, told the next morning as
#: "last night". Chosen by reading, not tuned: news calls "evening" what comes after 6 pm; no dev set
#: scores such a clock time.
EVENING_HOUR = 18

_CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?:(?P<ap>[ap])\.?\s?m\b)?", re.I)
# A saying dated to the early part of its day: "said early on Wednesday", "told reporters on Wednesday
# morning", "said this morning". The day phrase is read with the text around it, as the model may cut
# "early on" or "morning" off it.
_SAYING = r"\b(?:said|says|told|reported|announced|confirmed|added)\b(?:\s+\w+){0,2}?\s+"
_SAID_EARLY = re.compile(rf"{_SAYING}early\s+(?:on\s+)?$", re.I)
_SAID = re.compile(rf"{_SAYING}(?:on\s+)?$", re.I)
_DAY = re.compile(rf"(?:early\s+(?:on\s+)?)?{WEEKDAY_RE}\b", re.I)
_MORNING_DAY = re.compile(rf"(?:early\s+(?:on\s+)?{WEEKDAY_RE}|(?:on\s+)?{WEEKDAY_RE}\s+morning|this morning)\b",
                          re.I)


def _evening(phrase: str) -> bool:
    """The clock time lies between ``EVENING_HOUR`` and midnight."""
    m = _CLOCK.search(phrase)
    if m is None:
        return False
    hour = int(m["h"])
    if m["ap"] is not None:
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    elif m["m"] is None:
        return False  # a bare number is no clock time
    return EVENING_HOUR <= hour <= 23


def _early_report(text: str, start: int) -> bool:
    """The day phrase at ``start`` dates a saying early in that day ("said early on Wednesday", "said on
    Wednesday morning", "said this morning"), whether or not the model's phrase holds "early on" or "morning"."""
    lead = text[max(0, start - 50):start]
    if _SAID_EARLY.search(lead):
        return bool(_DAY.match(text, start))
    return bool(_SAID.search(lead) and _MORNING_DAY.match(text, start))


def _evenings(doc: Doc, found: list[Found], clocks: list[int]) -> Iterator[tuple[int, Resolution]]:
    """The indexes in ``found`` of the evening clock times of ``clocks`` that took a day, with that day."""
    for i in clocks:
        start, end, res, _ = found[i]
        if res is not None and res.precision == "day" and _evening(doc.text[start:end]):
            yield i, res


def _to_evening_before(doc: Doc, found: list[Found], i: int) -> None:
    """Move ``found[i]``, a past evening clock time, to the day before the one it took; a clock time in a clause
    that is not past (a curfew that will start in the evening) stays."""
    start, end, res, si = found[i]
    span = doc.char_span(start, end, alignment_mode="expand")
    if res is None or span is None or dates_tense.clause_tense(span) != "past":
        return
    day = dt.date.fromisoformat(res.date) - dt.timedelta(days=1)
    found[i] = (start, end, Resolution(day.isoformat(), "day", False), si)


def evening_before_report(doc: Doc, found: list[Found], clocks: list[int]) -> None:
    """Move each past evening clock time of ``clocks`` that took a morning report's day to the day before."""
    for i, res in list(_evenings(doc, found, clocks)):
        start, si = found[i][0], found[i][3]
        reports = [(s, e) for s, e, r, sj in found[:i] if r is not None and r.date == res.date
                   and 0 <= si - sj <= CLOCK_ANCHOR_SENTENCES and s < start]
        if reports and _early_report(doc.text, reports[-1][0]):
            _to_evening_before(doc, found, i)


#: A later phrase of the sentence that is a morning: "by 6 a.m. Wednesday", "at dawn on Sunday", "Monday morning".
_MORNING = re.compile(r"\b(?:\d{1,2}(?:[:.]\d\d)?\s*a\.?\s?m\b|dawn|daybreak|sunrise|morning)", re.I)


def evening_before_morning(doc: Doc, found: list[Found], clocks: list[int]) -> None:
    """Move each past evening clock time of ``clocks`` that took the day of a morning told after it in its sentence
    ("at 10 p.m. ... by 6 a.m. Wednesday") to the day before: the narration runs on through the night."""
    for i, res in list(_evenings(doc, found, clocks)):
        start, si = found[i][0], found[i][3]
        if any(sj == si and r is not None and r.date == res.date and _MORNING.search(doc.text[max(start, s - 12):e])
               for s, e, r, sj in found[i + 1:]):
            _to_evening_before(doc, found, i)
