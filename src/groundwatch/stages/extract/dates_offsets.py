"""A date counted from another: one grammar for the count, the unit and the direction.

News counts days from a day it has named ("three days later", "a fortnight after the floods", "48 hours
after the first tremor", "a week to the day after the sinking", "two months later"). Rather than list
each phrase, one is read as COUNT UNIT [to the day] DIRECTION: a count in digits or words ("eleven",
"twenty-four", "a", "a couple of"), a unit (hours, days, nights, weeks, fortnights, months) and
"later"/"after" or "earlier"/"before". Hours count only in whole days: "36 hours later" names no one day.
The callers find the day counted from (dates_events.event_anchor, dates_rules.anaphoric) or the month
(dates_shapes.months_from_named). Stress batch dreview2-s25: 6 of 14 such counts were missed while the
phrases were listed one by one (hours, fortnights, months beyond one, "to the day", "after it hit").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from groundwatch.lexicons_dates import ORDINAL_DAYS

__all__ = ["ANNIVERSARY", "COUNTS", "COUNT_RE", "DAY_OFFSET_RE", "DAY_UNIT_RE", "EVENT_OFFSET_RE", "MONTH_OFFSET_RE",
           "OFFSET", "Offset", "count", "read_offset", "shift"]

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}

#: Number words a count of days, weeks or months is written with, "a" for one ("a week later"); "several"
#: or "a few" name no single day and are left out.
COUNTS: dict[str, int] = {"a": 1, "an": 1, "a couple of": 2}
COUNTS.update({w: i + 1 for i, w in enumerate(_ONES)})
COUNTS.update({w: i + 10 for i, w in enumerate(_TEENS)})
COUNTS.update(_TENS)
for _tens, _n in _TENS.items():
    for _i, _one in enumerate(_ONES):
        COUNTS[f"{_tens}-{_one}"] = COUNTS[f"{_tens} {_one}"] = _n + _i + 1

#: How many leading letters the count words are grouped by in ``COUNT_RE`` (below). Over the 209 clean texts of
#: the dev corpora and quotes-dev, the candidate scan of dates_candidates took 0.48 / 0.40 / 0.37 / 0.37 s CPU
#: grouped by 1 / 2 / 3 / 8 letters (0.77 s with a lookahead on the first two letters alone, 3.5 s ungrouped).
_COUNT_PREFIX_DEPTH = 3


def _grouped(words: list[str], depth: int = 0) -> str:
    """``words`` as one alternation that the regex engine walks like a tree: each group behind a lookahead on the
    letters its words share, so a word of the text is tried only against the count words it starts like.

    Speed only (issue 12, session twenty), where the words are matched case-insensitively (dates_candidates),
    which Python's engine cannot turn away by their first letter: words that differ in a leading letter never
    match at the same place, and within a group the words keep their order, so the same word wins as in the flat
    alternation. A group holding a word no longer than the letters shared ("a" among "an", "a couple of") stays
    flat."""
    if depth == _COUNT_PREFIX_DEPTH or len(words) < 4 or any(len(w) <= depth for w in words):
        return "|".join(words)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:depth + 1], []).append(word)
    return "|".join(f"(?={re.escape(prefix)})(?:{_grouped(group, depth + 1)})" for prefix, group in groups.items())


COUNT_RE = "(?:" + _grouped(sorted(COUNTS, key=len, reverse=True)) + r"|\d{1,3})"
#: Units counted in days; months are counted on the month named (dates_shapes), not on a day.
DAY_UNIT_RE = r"(?:hours?|days?|nights?|weeks?|fortnights?)"
_UNIT_RE = r"(?:hours?|days?|nights?|weeks?|fortnights?|months?)"
OFFSET = re.compile(rf"\b(?P<n>{COUNT_RE}) (?P<unit>{_UNIT_RE})(?P<exact> to the day)?"
                    r" (?P<dir>later|after|earlier|before|into)\b", re.I)
_NTH_RE = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))
# "the first anniversary of the quake", "the 10th anniversary of": whole years on, to the day
ANNIVERSARY = re.compile(rf"\bthe (?P<nth>{_NTH_RE}|\d{{1,3}}(?:st|nd|rd|th)) anniversary of\b", re.I)
#: Counts from an event that name a day but are no plain day count: "nine days into the strike", "a month
#: to the day after the floods" (stress batch dreview2-s25k: 2 of 2 missed).
#: An anniversary is read (``read_offset``) but not looked for in running text: counted from the last day
#: named, "the second anniversary of his abduction" took an unrelated day on dates-dev tune (1 of 1 false).
EVENT_OFFSET_RE = rf"(?:{COUNT_RE} {DAY_UNIT_RE} into|{COUNT_RE} months? to the day (?:after|before|later|earlier))"
#: A count of days from a day ("48 hours later", "a week to the day before"), the direction included.
DAY_OFFSET_RE = rf"{COUNT_RE} {DAY_UNIT_RE}(?: to the day)? (?:later|after|earlier|before)"
#: A count of months from a month ("two months later", "three months earlier").
MONTH_OFFSET_RE = rf"{COUNT_RE} months? (?:later|after|earlier|before)"
_UNIT_DAYS = {"hour": 0, "day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 0}


@dataclass(frozen=True, slots=True)
class Offset:
    """How far a counted date lies from what it counts from: whole days, or whole months (``exact``: to
    the day, "a month to the day after", an anniversary; else the month alone)."""

    days: int
    months: int
    exact: bool = False


def count(word: str) -> int | None:
    """The number a count word or numeral stands for, ``None`` for a word that names no number."""
    w = word.lower()
    return int(w) if w.isdigit() else COUNTS.get(w)


def read_offset(phrase: str) -> Offset | None:
    """The offset ``phrase`` counts, or ``None`` when it holds none or names no whole day."""
    if a := ANNIVERSARY.search(phrase):
        nth = a["nth"].lower()
        return Offset(0, 12 * (ORDINAL_DAYS.get(nth) or int(nth[:-2])), exact=True)
    m = OFFSET.search(phrase)
    if m is None or (n := count(m["n"])) is None:
        return None
    sign = 1 if m["dir"].lower() in ("later", "after", "into") else -1
    unit = m["unit"].lower().rstrip("s")
    if unit == "month":
        return Offset(0, sign * n, exact=bool(m["exact"]))
    if unit == "hour":
        return Offset(sign * n // 24, 0) if n % 24 == 0 else None
    return Offset(sign * n * _UNIT_DAYS[unit], 0)


def shift(anchor: dt.date, off: Offset) -> dt.date | None:
    """The day ``off`` names from ``anchor``; ``None`` for whole months not to the day, or a day the month lacks."""
    if off.months:
        if not off.exact:
            return None
        index = anchor.year * 12 + anchor.month - 1 + off.months
        try:
            return anchor.replace(year=index // 12, month=index % 12 + 1)
        except ValueError:
            return None  # "a month to the day after 31 January"
    return anchor + dt.timedelta(days=off.days)
