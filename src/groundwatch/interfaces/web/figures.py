"""A story's figures, contradictions and updates for the pages, from the typed story picture.

Each claim is linked to its sentence by its character offsets; a filtered figure is
reconciled again from the claims kept (:func:`recompute`).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from markupsafe import Markup

from groundwatch.interfaces.web.links import cite_href, sentence_href
from groundwatch.records import Claim, Contradiction, StoryPicture, Update
from groundwatch.stages.report import KEY_FIGURES, KIND_ORDER, figure_label, fmt_number, sparkline

Sentences = Mapping[str, Sequence[tuple[int, int, int]]]  # article -> (index, start, end), in order


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One outlet's claim as a page shows it: its value, date, outlet and a link to its sentence."""

    article: str
    value: Any
    label: str  # the value as shown ("11,300")
    as_of: str | None
    outlet: str
    sentence: str
    href: str


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A reconciled figure on the story page (and on the stories list as a key figure)."""

    kind: str
    who: str | None
    place: str | None
    unit: str | None
    low: float | None
    best: float | None
    high: float | None
    independent_sources: int
    claims: tuple[ClaimRow, ...]
    spark: Markup
    key: str = ""  # its place in the story's unfiltered list: a filtered page's row replaces the same row

    @property
    def outlets(self) -> str:
        return "|".join(sorted({c.outlet for c in self.claims}))


@dataclass(frozen=True, slots=True)
class Versus:
    """A contradiction or an update: what it is about and every claim."""

    kind: str  # "contradiction" | "update"
    field: str
    about: str
    claims: tuple[ClaimRow, ...]

    @property
    def outlets(self) -> str:
        return "|".join(sorted({c.outlet for c in self.claims}))


def fmt_value(value: Any) -> str:
    """A claimed value as the pages show numbers ("11,300"); anything else as it was reported."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt_number(value)
    return "" if value is None else str(value)


def sentence_index(sentences: Sentences, article: str, offset: int | None) -> int | None:
    """The index of the sentence of ``article`` holding character ``offset``."""
    bounds = sentences.get(article) or ()
    if offset is None or not bounds:
        return None
    i = bisect.bisect_right([start for _, start, _ in bounds], offset) - 1
    return bounds[i][0] if i >= 0 and offset < bounds[i][2] else None


def claim_row(c: Claim, sentences: Sentences, outlet_of: Callable[[str], str]) -> ClaimRow:
    return ClaimRow(article=c.article, value=c.value, label=fmt_value(c.value), as_of=c.as_of,
                    outlet=c.outlet or outlet_of(c.article), sentence=c.sentence,
                    href=sentence_href(c.article, sentence_index(sentences, c.article, c.start)))


def _spark(claims: Iterable[ClaimRow]) -> Markup:
    return sparkline([(c.as_of or "", float(c.value)) for c in claims if c.as_of and _number(c.value) is not None])


def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def _rank(f: FigureRow) -> tuple[int, int, int]:
    """As the report ranks them: corroborated first, then by kind importance, then by claims."""
    kind = KIND_ORDER.index(f.kind) if f.kind in KIND_ORDER else len(KIND_ORDER)
    return (-f.independent_sources, kind, -len(f.claims))


def figure_rows(picture: StoryPicture, sentences: Sentences, outlet_of: Callable[[str], str]) -> list[FigureRow]:
    """The story's reconciled figures, most telling first, at most the report's number of key figures."""
    rows = []
    for f in picture.figures:
        claims = tuple(sorted((claim_row(c, sentences, outlet_of) for c in f.claims),
                              key=lambda c: (c.as_of or "", c.article)))
        rows.append(FigureRow(kind=f.kind, who=f.who, place=f.place, unit=f.unit, low=f.low, best=f.best,
                              high=f.high, independent_sources=f.independent_sources, claims=claims,
                              spark=_spark(claims)))
    return sorted(rows, key=_rank)[:KEY_FIGURES]


def versus_rows(picture: StoryPicture, sentences: Sentences, outlet_of: Callable[[str], str]) -> list[Versus]:
    items: list[tuple[str, Update | Contradiction]] = [("update", u) for u in picture.updates]
    items += [("contradiction", c) for c in picture.contradictions]
    return [Versus(kind=kind, field=it.field, about=it.about,
                   claims=tuple(claim_row(c, sentences, outlet_of) for c in it.claims)) for kind, it in items]


def versus_json(v: Versus, story: str) -> dict[str, Any]:
    """A contradiction or update as the API gives it: each claim with its link and display value."""
    return {"field": v.field, "about": v.about, "story": story,
            "claims": [{"article": c.article, "sentence": c.sentence, "value": c.value, "outlet": c.outlet,
                        "as_of": c.as_of, "href": c.href, "display": c.label} for c in v.claims]}


def _credible(claims: Sequence[ClaimRow]) -> list[ClaimRow]:
    """The claims reconcile weighs: not raised by a later report, not a later repeat of a lower count."""
    dated = [(c.as_of or "", _number(c.value) or 0.0, c) for c in claims if _number(c.value) is not None]

    def raised_later(day: str, v: float) -> bool:
        return any(d2 > day and v2 > v and not any(d3 <= day and v3 == v2 for d3, v3, _ in dated)
                   for d2, v2, _ in dated)

    def stale(day: str, v: float) -> bool:
        return any(d2 < day and v2 > v for d2, v2, _ in dated)

    kept = [c for day, v, c in dated if not day or not (raised_later(day, v) or stale(day, v))]
    return kept or [c for _, _, c in dated]


def recompute(f: FigureRow, claims: Sequence[ClaimRow], group_of: Mapping[str, Any]) -> FigureRow:
    """The figure over a subset of its claims: low/best/high and sources from those claims only.

    The best value is the one most independent groups (copies count once) report, ties to the
    smaller, over the credible claims, as reconcile chooses it.
    """
    credible = _credible(claims)
    votes: dict[float, set[Any]] = defaultdict(set)
    for c in credible:
        votes[_number(c.value) or 0.0].add(group_of.get(c.article, c.article))
    points = [_number(c.value) or 0.0 for c in credible]
    return replace(f, claims=tuple(claims), low=min(points) if points else None,
                   best=min(votes, key=lambda v: (-len(votes[v]), v)) if votes else None,
                   high=max(points) if points else None, spark=_spark(claims),
                   independent_sources=len({group_of.get(c.article, c.article) for c in claims}))


def summary(f: FigureRow) -> dict[str, Any]:
    """A key figure as the API gives it."""
    return {"kind": f.kind, "who": f.who, "place": f.place, "unit": f.unit, "low": f.low, "best": f.best,
            "high": f.high, "independent_sources": f.independent_sources, "claims": len(f.claims)}


def unreconciled(f: Mapping[str, Any]) -> FigureRow:
    """One article's own figure, as the report lists it for a story the cross-outlet stage gave no figures."""
    claims = tuple(ClaimRow(article=str(c["article"]), value=c.get("value"), label=figure_label(dict(c)),
                            as_of=c.get("as_of"), outlet=str(c["cite"]["outlet"]),
                            sentence=str((c.get("span") or {}).get("sentence") or ""), href=cite_href(c["cite"]))
                   for c in f.get("claims") or ())
    return FigureRow(kind=str(f.get("kind")), who=f.get("who"), place=f.get("place"), unit=f.get("unit"),
                     low=f.get("low"), best=f.get("best"), high=f.get("high"),
                     independent_sources=int(f.get("independent_sources") or 0), claims=claims, spark=_spark(claims))
