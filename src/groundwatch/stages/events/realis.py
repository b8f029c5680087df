"""Whether a sentence reports an event that happened, and which of its dates and places are the event's.

An event sentence has a predicate (a heading, a dateline or a photo credit has none: "Aftershocks",
"HARBOURTON, May 2 (Wire) -"). A toll restated over a span of time ("since Tuesday the fighting has
killed 40", "so far 300 people have died", "a week of shelling has killed dozens") sums many events
and is none of them: it is a perfect-tense toll sentence with a span marker (``since``, ``so far``,
``to date``, ``in total``, a duration subject "N days of"), read from the spaCy parse.

A photo caption ("A man walks past a ruined school in Lowtown, May 9, 2031. REUTERS/Name") dates
the photo: its date is the event's only when the caption's own verb is the event, not when the event
is only named after "after" or "following" in it. A place written as a reference point ("felt in
the capital, 300 km away from the epicentre"; "40 km from Harbourton") is not where it happened.
"""

from __future__ import annotations

import re
from typing import Any

#: Words of a killed count: a toll sentence has one.
_TOLL_RE = re.compile(r"\b(kill\w*|dead|died|deaths?|death toll|lives|fatalit\w+|casualt\w+)\b", re.IGNORECASE)
#: Markers of a span of time that a toll sums over.
_SPAN_RE = re.compile(
    r"\b(since|so far|to date|thus far|in total|all told|altogether|cumulative)\b"
    r"|\b(?:\w+|\d+)\s+(?:days|weeks|months|years)\s+of\b|\ba\s+(?:week|month|year)\s+of\b"
    r"|\bfor\s+(?:days|weeks|months)\b", re.IGNORECASE)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A caption ends with a full date ("May 9, 2031" or "9 May 2031"), then at most a credit.
_CAPTION_RE = re.compile(
    rf"(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}})\s*[.,]?\s*"
    r"(?:\[[^\]]*\]|\([^)]*\)|[A-Z][A-Za-z]+/[\w .'-]+|\(?(?:Photo|Picture|Image)[^.]*\)?)?\.?\s*$")
_AFTER_RE = re.compile(r"\b(after|following|in the wake of|in the aftermath of)\b", re.IGNORECASE)
#: Context right before a place that makes it where effects were felt, not where the event was.
_FELT_BEFORE_RE = re.compile(r"\b(?:felt|heard)\s+(?:as far (?:away )?as|in|across|throughout)\b[^;]*$",
                             re.IGNORECASE)
#: Context right after a place that makes it a reference point ("Lowtown, 30 km from the epicentre").
_DISTANCE_AFTER_RE = re.compile(r"^,?\s*(?:some|about|around|nearly|roughly|more than|over)?\s*[\d,.]+\s*"
                                r"(?:-\s*)?(?:km|kilometres|kilometers|miles)\b[^,.;]*?\b(?:from|of)\b", re.IGNORECASE)
#: Context right before a place that makes it the point a distance is measured from ("20 km from Lowtown").
_DISTANCE_BEFORE_RE = re.compile(r"(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?$",
                                 re.IGNORECASE)


def has_predicate(doc: Any) -> bool:
    """Whether the parse has a verb (a heading, a dateline or a credit line has none)."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc)


def _perfect(doc: Any) -> bool:
    """A verb in the perfect ("has killed", "have been killed", "has risen")."""
    return any(t.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children) for t in doc)


def cumulative_toll(text: str, doc: Any) -> bool:
    """A toll summed over a span of time ("since the fighting began, 300 people have been killed")."""
    return bool(_TOLL_RE.search(text)) and bool(_SPAN_RE.search(text)) and _perfect(doc)


def caption(text: str) -> bool:
    """Whether ``text`` reads as a photo caption: it ends with a full date (and a credit)."""
    return bool(_CAPTION_RE.search(text.strip()))


def caption_dates_event(text: str) -> bool:
    """Whether a caption's date is its event's: the photo shows the event, not its aftermath ("a woman
    walks along a street after the floodwaters receded")."""
    return not caption(text) or not _AFTER_RE.search(text)


def reference_place(text: str, start: int, end: int) -> bool:
    """Whether the place written at ``start:end`` of ``text`` is a reference point, not the event's place."""
    return bool(_FELT_BEFORE_RE.search(text[:start]) or _DISTANCE_AFTER_RE.search(text[end:])
                or _DISTANCE_BEFORE_RE.search(text[:start]))
