"""Measures of the event itself that outlets state differently: an earthquake's magnitude and depth.

These are not counts of people, so the figure slots never see them, yet two outlets giving
"magnitude 7" and "6.8" (or a depth of 18.5 km and 8 km) disagree about one fact. An article
that itself gives two values of a measure is describing two events (a quake and its aftershock,
two quakes hours apart), so only articles with one value take part.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from groundwatch.records import ArticleFacts, Claim, CleanArticle, Contradiction
from groundwatch.stages.reconcile.common import Ctx

_NUM = r"(\d{1,2}(?:\.\d{1,2})?)"
#: "magnitude 7", "a 6.8-magnitude quake", "6.8 on the Richter scale", "measuring 6.8"; never an
#: aftershock's.
_MAGNITUDE_RES = (
    re.compile(rf"\bmagnitude(?:\s+of)?\s+{_NUM}\b(?![.,]?\d)(?!\s*-?\s*magnitude)", re.IGNORECASE),
    re.compile(rf"(?<![\d.]){_NUM}\s*-?\s*(?:magnitude\b|on\s+the\s+richter\b)(?![^.]{{0,20}}aftershock)",
               re.IGNORECASE),
    re.compile(rf"\bmeasur(?:ed|ing)\s+{_NUM}\b(?![.,]?\d)", re.IGNORECASE),
)
#: "at a depth of 18.5 km", "8 kilometres deep"; in kilometres.
_DEPTH_RES = (
    re.compile(r"\bdepth\s+of\s+(?:about\s+|some\s+|around\s+)?(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b",
               re.IGNORECASE),
    re.compile(r"\b(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\s+(?:deep|below|underground|beneath)\b",
               re.IGNORECASE),
)
#: A sentence about another shock than the main one (an aftershock, a second quake hours later).
_AFTERSHOCK_RE = re.compile(r"\b(?:aftershocks?|second|another|followed|later|subsequent|previous|earlier)\b",
                            re.IGNORECASE)
#: Magnitudes within this of each other are one value reported at another precision (7.0 / 7).
MAGNITUDE_TOLERANCE = 0.05
#: Depths within this share of each other are one value rounded ("about 18 km" / 18.5 km).
DEPTH_TOLERANCE = 0.1


def _values(items: Sequence[tuple[CleanArticle, ArticleFacts]], measure: str
            ) -> dict[str, list[tuple[float, str, int, int]]]:
    """Article -> (value, sentence, start, end) of each statement of the measure."""
    out: dict[str, list[tuple[float, str, int, int]]] = defaultdict(list)
    for clean, facts in items:
        for s in facts.sentences:
            if _AFTERSHOCK_RE.search(s.text):
                continue
            for rx in _MAGNITUDE_RES if measure == "magnitude" else _DEPTH_RES:
                for m in rx.finditer(s.text):
                    value = float(m.group(1))
                    if measure == "magnitude" and not 2.0 <= value <= 9.9:
                        continue
                    if measure == "depth" and m.group(2).lower().startswith("mile"):
                        value *= 1.609
                    out[clean.id].append((value, s.text, s.start + m.start(), s.start + m.end()))
    return out


def _same(a: float, b: float, measure: str) -> bool:
    if measure == "magnitude":
        return abs(a - b) <= MAGNITUDE_TOLERANCE
    return abs(a - b) <= DEPTH_TOLERANCE * max(a, b)


def measure_contradictions(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: Ctx,
                           story_id: str) -> list[Contradiction]:
    """Articles that each give one magnitude (or depth) of the event, and disagree."""
    out = []
    for measure, field in (("magnitude", "figure"), ("depth", "other")):
        claims = []
        for article, vals in sorted(_values(items, measure).items()):
            distinct: list[float] = []
            for v, *_ in vals:
                if not any(_same(v, d, measure) for d in distinct):
                    distinct.append(v)
            if len(distinct) != 1:
                continue
            v, sentence, start, end = vals[0]
            claims.append(Claim(article=article, sentence=sentence, value=v, outlet=ctx.outlet.get(article),
                                start=start, end=end))
        values: list[float] = []
        for c in claims:
            if not any(_same(c.value, d, measure) for d in values):
                values.append(c.value)
        if len(values) > 1:
            out.append(Contradiction(field=field, about=f"{measure} of the event", claims=tuple(claims),
                                     story=story_id))
    return out
