"""Dates: which side of midnight a bare "before midnight" / "after midnight" lies on.

A bare "midnight" takes the day named nearest it (``dates_context.date_clock_times``). But midnight
parts two days, and the day named beside it is often the other side's: "started shortly after 1 a.m. on
Monday, not before midnight" (before midnight is Sunday's), "residents say it began after midnight; the
police say 11.40 pm on Sunday" (after midnight is Monday's). A "before midnight" whose day comes from a
morning phrase is the day before it; an "after midnight" (or "past", "since") whose day comes from an
evening or night phrase is the day after. Invented corpus_u (blind): 3 of 3 such midnights on the
wrong side (its gold leaves them out, so its score does not move); dates stress file unchanged (resolved
0.9796, precision 0.9847: none of its midnights is of this shape).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from groundwatch.stages.extract.dates_context import CLOCK_ANCHOR_SENTENCES, Found
from groundwatch.stages.extract.dates_rules import normalise

__all__ = ["midnight_side"]

_BEFORE = re.compile(r"\b(?:before|until|till|up\s+to|by)\s+(?:about\s+|around\s+)?$", re.I)
_AFTER = re.compile(r"\b(?:after|past|since|from)\s+(?:about\s+|around\s+)?$", re.I)
_MORNING = re.compile(r"\b(?:\d{1,2}(?:[:.]\d\d)?\s*a\.?m\b|morning|dawn|daybreak|small hours)", re.I)
_EVENING = re.compile(r"\b(?:\d{1,2}(?:[:.]\d\d)?\s*p\.?m\b|evening|night|tonight|dusk)", re.I)


def _anchor(text: str, found: list[Found], i: int) -> tuple[str, str] | None:
    """The phrase and day a pending clock time took its day from, as ``date_clock_times`` chose it."""
    start, _, _, sent = found[i]
    same = [(abs(s - start), text[s:e], r.date) for s, e, r, si in found
            if si == sent and r is not None and r.precision == "day" and s != start]
    if same:
        _, phrase, day = min(same)
        return phrase, day
    earlier = [(text[s:e], r.date) for s, e, r, si in found[:i]
               if r is not None and r.precision == "day" and 0 < sent - si <= CLOCK_ANCHOR_SENTENCES]
    return earlier[-1] if earlier else None


def midnight_side(text: str, found: list[Found], pending: list[int]) -> None:
    """Move a bare "before midnight" off a morning's day and an "after midnight" off an evening's."""
    for i in pending:
        start, end, res, sent = found[i]
        phrase = normalise(text[start:end])
        if res is None or not phrase.endswith("midnight") or (anchor := _anchor(text, found, i)) is None:
            continue
        words, day = anchor
        if day != res.date:
            continue
        lead = text[max(0, start - 24):start] + text[start:end][: -len("midnight")]
        shift = (-1 if _BEFORE.search(lead) and _MORNING.search(words) and not _EVENING.search(words)
                 else 1 if _AFTER.search(lead) and _EVENING.search(words) and not _MORNING.search(words) else 0)
        if shift:
            moved = dt.date.fromisoformat(day) + dt.timedelta(days=shift)
            found[i] = (start, end, dataclasses.replace(res, date=moved.isoformat()), sent)
