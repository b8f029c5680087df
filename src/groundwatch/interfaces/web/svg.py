"""Charts of figures over time and the offline map of places: markup in macros/svg.html; the chart's
geometry here, the map's in :mod:`groundwatch.stages.basemap` (the report draws the same map).

Everything drawn is computed from numbers and dates; names are passed to the template, which
escapes them. Only the app's own paths are linked from the map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from groundwatch.interfaces.web.core import templates
from groundwatch.stages.basemap import place_map
from groundwatch.stages.report import fmt_number


@dataclass(frozen=True, slots=True)
class Chart:
    """A line chart of dated values: frame, axis labels, the line and its dots."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    label: str
    top_value: str
    top_y: float
    first_day: str
    last_day: str | None
    line: str  # polyline points; "" for a single point
    dots: tuple[tuple[float, float, str], ...]  # x, y, "date: value"


def _macro(name: str, *args: Any) -> Markup:
    return Markup(getattr(templates().get_template("macros/svg.html").module, name)(*args))


def chart(points: Sequence[tuple[str, float]], *, width: int = 360, height: int = 150,
          label: str = "") -> Chart | None:
    """The geometry of a chart of dated values (None when no point has a date)."""
    pts = sorted((d[:10], float(v)) for d, v in points if d and len(d) >= 10 and v is not None)
    if not pts:
        return None
    left, right, top, bottom = 52, 12, 12, 28
    days = [dt.date.fromisoformat(d).toordinal() for d, _ in pts]
    lo_d, hi_d = min(days), max(days)
    hi_v = max(v for _, v in pts)
    span_v = hi_v or 1.0
    span_d = (hi_d - lo_d) or 1

    def x(day: int) -> float:
        return left + (width - left - right) * ((day - lo_d) / span_d if hi_d > lo_d else 0.5)

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - v / span_v)

    coords = [(x(day), y(v)) for day, (_, v) in zip(days, pts, strict=True)]
    line = " ".join(f"{a:.1f},{b:.1f}" for a, b in coords) if len(coords) > 1 else ""
    dots = tuple((cx, cy, f"{d}: {fmt_number(v)}") for (cx, cy), (d, v) in zip(coords, pts, strict=True))
    return Chart(width=width, height=height, left=left, right=right, top=top, bottom=bottom, label=label,
                 top_value=fmt_number(hi_v), top_y=y(hi_v), first_day=pts[0][0],
                 last_day=pts[-1][0] if hi_d > lo_d else None, line=line, dots=dots)


def chart_svg(points: Sequence[tuple[str, float]], *, width: int = 360, height: int = 150,
              label: str = "") -> Markup:
    """An inline SVG chart of dated values (a figure over time): axes, a line, labelled dots."""
    geometry = chart(points, width=width, height=height, label=label)
    return Markup("") if geometry is None else _macro("chart", geometry)


def map_svg(places: Sequence[Mapping[str, Any]], *, width: int = 640, height: int = 360) -> Markup:
    """Places as an offline SVG map: a dot sized by mentions, labelled, linked to its first mention."""
    geometry = place_map(places, width=width, height=height)
    return Markup("") if geometry is None else _macro("place_map", geometry)
