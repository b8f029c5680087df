"""The page's own date line, for the dates extractor to report as a date.

The cleaner drops a page's date line as debris, yet it dates the article: a full date ("10 September
2023", :func:`published.stamp_phrase`) or, on bulletins and live pages, a weekday and day without a year
("Sunday 14 June", "Tue 4 May, 3:59pm") that falls on the publication day. Split from :mod:`published`
(kept under 600 lines).
"""

from __future__ import annotations

import datetime as dt

from groundwatch.stages.extract import published

__all__ = ["page_stamp"]


def page_stamp(line: str, day: dt.date | None) -> tuple[int, int, dt.date] | None:
    """The offsets and date of the day a page's date line gives: a full date, or a stamp without a year that
    falls on ``day``, the publication day (a bulletin or a live page dates itself by weekday and day alone)."""
    if (full := published.stamp_phrase(line)) is not None:
        return full
    m = published.stamp_day(line.strip())
    if m is None or day is None:
        return None
    guess = published.stamp_without_year([line], "", near=day)
    if guess is None or guess.date != day:
        return None
    lead = len(line) - len(line.lstrip())
    return m.start() + lead, m.end() + lead, day
