"""Charts of figures over time and the offline map of places: geometry here, markup in macros/svg.html.

Everything drawn is computed from numbers and dates; names are passed to the template, which
escapes them. Only the app's own paths are linked from the map.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from groundwatch.interfaces.web.core import templates
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


@dataclass(frozen=True, slots=True)
class GridLine:
    x1: float
    y1: float
    x2: float
    y2: float
    tx: float
    ty: float
    text: str


@dataclass(frozen=True, slots=True)
class MapPlace:
    x: float
    y: float
    r: float
    name: str
    mentions: int
    href: str
    outlets: str
    label_end: bool = False  # label drawn left of the dot (a dot near the right edge)


@dataclass(frozen=True, slots=True)
class Map:
    width: int
    height: int
    grid: tuple[GridLine, ...]
    places: tuple[MapPlace, ...]


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


def _grid(lat0: float, lat1: float, lon0: float, lon1: float, project: Any, width: int,
          height: int) -> tuple[GridLine, ...]:
    # A graticule every whole degree (every 5 or 10 on a wide map) to give a sense of scale.
    step = 1 if lat1 - lat0 < 12 else 5 if lat1 - lat0 < 60 else 10
    lines = []
    for g in range(math.ceil(lat0 / step) * step, math.floor(lat1) + 1, step):
        gy = project(lon0, g)[1]
        lines.append(GridLine(0, gy, width, gy, 4, gy - 2, f"{g}°"))
    for g in range(math.ceil(lon0 / step) * step, math.floor(lon1) + 1, step):
        gx = project(g, lat0)[0]
        lines.append(GridLine(gx, 0, gx, height, gx + 2, height - 4, f"{g}°"))
    return tuple(lines)


#: Share of the map's width past which a place's label goes left of its dot, so that a name near
#: the right edge is not cut off (a 10-letter label at phone size is about a quarter of the map).
LABEL_LEFT_FROM = 0.75


def place_map(places: Sequence[Mapping[str, Any]], *, width: int = 640, height: int = 360) -> Map | None:
    """Places as a scatter of lon/lat (equirectangular around their bounding box); None if none is located."""
    pts = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not pts:
        return None
    lats = [float(p["lat"]) for p in pts]
    lons = [float(p["lon"]) for p in pts]
    # At least one degree each way around a single town, so it is not drawn on the frame.
    pad_lat = max(1.0, (max(lats) - min(lats)) * 0.15)
    pad_lon = max(1.0, (max(lons) - min(lons)) * 0.15)
    lat0, lat1 = min(lats) - pad_lat, max(lats) + pad_lat
    lon0, lon1 = min(lons) - pad_lon, max(lons) + pad_lon
    # Equirectangular with the width of a degree of longitude at the middle latitude.
    k = max(0.2, math.cos(math.radians((lat0 + lat1) / 2)))
    s = min((width - 20) / ((lon1 - lon0) * k), (height - 20) / (lat1 - lat0))
    ox = (width - (lon1 - lon0) * k * s) / 2
    oy = (height - (lat1 - lat0) * s) / 2

    def project(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - lon0) * k * s, oy + (lat1 - lat) * s

    drawn = []
    for p in sorted(pts, key=lambda p: -int(p.get("mentions") or 1)):
        cx, cy = project(float(p["lon"]), float(p["lat"]))
        mentions = int(p.get("mentions") or 1)
        href = str(p.get("href") or "")
        drawn.append(MapPlace(x=cx, y=cy, r=3 + 2.5 * math.sqrt(mentions), name=str(p.get("name") or "?"),
                              mentions=mentions, href=href if href.startswith("/") else "#",
                              outlets=str(p.get("outlets") or ""), label_end=cx > width * LABEL_LEFT_FROM))
    return Map(width=width, height=height, grid=_grid(lat0, lat1, lon0, lon1, project, width, height),
               places=tuple(drawn))


def map_svg(places: Sequence[Mapping[str, Any]], *, width: int = 640, height: int = 360) -> Markup:
    """Places as an offline SVG map: a dot sized by mentions, labelled, linked to its first mention."""
    geometry = place_map(places, width=width, height=height)
    return Markup("") if geometry is None else _macro("place_map", geometry)
