"""Dates: a weekday counted back by whole weeks, and a weekday "since" on the paper's own weekday.

* **"<weekday> a week ago" is one day, that weekday of the week before.** "The dyke broke on Sunday
  night two weeks ago", "the first tremor, on Friday a week ago": the weekday is the one on or before
  the paper's date less the weeks counted, and the count ("a week ago") is no date of its own (it
  modifies the weekday). Before this rule the weekday was counted from the paper alone (the latest
  such weekday) and "a week ago" gave a second, different day (corpus_v's blind run, session 35: one
  such phrase, two wrong dates).
* **"since <weekday>" on that same weekday is the week before.** "The bridge has been shut since
  Thursday" in a paper of a Thursday: a period up to now that began on a bare weekday began before the
  paper's day (the same day would be "since this morning"), so the weekday is a week back. Only a bare
  weekday (no daypart: "since Thursday morning" may be today's). corpus_v's blind run: one such phrase.

Measured (session 35): corpus_v dates F1 0.870 -> 0.905, resolved 0.938 -> 0.969; the dates stress file
unchanged (resolved 0.980 of 2797, precision 0.985 of 2753); invented tests in test_dates_weeks_back.
"""

from __future__ import annotations

import datetime as dt
import re

from groundwatch.lexicons_dates import WEEKDAY_FORMS, weekday_pattern
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_offsets import COUNT_RE, count
from groundwatch.stages.extract.dates_rules import Resolution, normalise

_WEEKDAY = weekday_pattern()
#: A weekday phrase as found, with an optional daypart ("on Monday night", "Friday").
_DAY_PHRASE = re.compile(rf"(?:on\s+)?(?P<day>{_WEEKDAY})(?:\s+(?:night|morning|afternoon|evening))?")
#: The count of whole weeks right after the weekday phrase ("a week ago", "two weeks ago"), in the count
#: grammar every date rule reads (dates_offsets).
_WEEKS_AGO = re.compile(rf"\s+(?P<n>{COUNT_RE})\s+weeks?\s+ago\b", re.IGNORECASE)
#: "since" right before a bare weekday.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_BARE = re.compile(rf"(?P<day>{_WEEKDAY})")


def _weekday(pattern: re.Pattern[str], phrase: str) -> int | None:
    m = pattern.fullmatch(normalise(phrase))
    return WEEKDAY_FORMS.get(m["day"]) if m else None


def weekdays_weeks_back(text: str, found: list[Found], base: dt.date | None) -> None:
    """Re-date "<weekday> N weeks ago" and "since <weekday>" (the paper's weekday); drop the bare count."""
    if base is None:
        return
    drop: set[int] = set()
    for i, (start, end, res, sent) in enumerate(found):
        if res is None or res.precision != "day":
            continue
        day = _weekday(_DAY_PHRASE, text[start:end])
        ago = _WEEKS_AGO.match(text, end)
        if day is not None and ago is not None and (n := count(ago["n"])) is not None:
            back = base - dt.timedelta(weeks=n)
            target = back - dt.timedelta(days=(back.weekday() - day) % 7)
            found[i] = (start, end, Resolution(target.isoformat(), "day"), sent)
            drop.update(j for j, f in enumerate(found) if j != i and f[0] < ago.end() and f[1] > ago.start())
            continue
        bare = _weekday(_BARE, text[start:end])
        if (bare is not None and bare == base.weekday() and res.date == base.isoformat()
                and _SINCE_BEFORE.search(text[max(0, start - 8):start])):
            found[i] = (start, end, Resolution((base - dt.timedelta(weeks=1)).isoformat(), "day"), sent)
    for j in sorted(drop, reverse=True):
        del found[j]
