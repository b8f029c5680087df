"""The offline basemap: Natural Earth country boundaries (data/boundaries, TopoJSON from the npm
package world-atlas) and province (admin-1) boundary lines (built by scripts/build_admin1.py from
Natural Earth 1:10m) decoded in Python, and the geometry of a story's place map drawn on them.

The web app's live map (Leaflet) reads the same file in the browser; the self-contained report and
the web page without JavaScript draw :func:`place_map` as inline SVG (:func:`map_svg_markup`).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

BOUNDARIES = "countries-50m.json"
ADMIN1 = "admin1-lines-10m.json"
#: The ACLED event types and the CSS class their markers get (colours in web.css and report.css,
#: the same as the live map's in static/map.js); any other type (the five non-ACLED ones) is "other".
EVENT_CLASSES = {
    "Battles": "battles", "Explosions/Remote violence": "explosions",
    "Violence against civilians": "civilians", "Protests": "protests", "Riots": "riots",
    "Strategic developments": "strategic",
}
#: A ring point closer than this (in SVG px) to the last kept one is dropped: invisible at map size,
#: and it keeps a story map's boundaries to a few kB of markup.
SIMPLIFY_PX = 1.5
#: How far outside the frame (px) boundary points are clamped to.
CLAMP_PX = 5.0
#: A country's name is written when its part in view is at least this wide (px): narrower ones
#: would overprint their neighbours.
LABEL_MIN_WIDTH = 60.0
#: An event's marker radius (px): fixed, so that an event does not look like a much-mentioned town.
EVENT_RADIUS = 5.0
#: Height of one row of the event-type key in the corner of the static map (px).
LEGEND_ROW_PX = 16

Ring = tuple[tuple[float, float], ...]
Project = Callable[[float, float], tuple[float, float]]


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    rings: tuple[Ring, ...]  # lon/lat; outer rings and holes alike (drawn with even-odd fill)
    bbox: tuple[float, float, float, float]  # lon0, lat0, lon1, lat1
    #: Each ring's own bbox (lon0, lat0, lon1, lat1), computed once: every story's map scanned every
    #: ring's points again for it (2.5 s of the report's CPU on crises-2023 + karabakh-2023).
    ring_boxes: tuple[tuple[float, float, float, float], ...] = ()


def _decode_arcs(topo: Mapping[str, Any]) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:  # delta-encoded quantised positions
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: Sequence[int]) -> Ring:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc[1:] if pts else arc)  # consecutive arcs share their joining point
    return tuple(pts)


def _topology(name: str) -> Any:
    raw = resources.files("groundwatch").joinpath("data", "boundaries", name).read_text(encoding="utf-8")
    return json.loads(raw)


@dataclass(frozen=True, slots=True)
class Line:
    points: Ring  # lon/lat, open
    bbox: tuple[float, float, float, float]


@functools.lru_cache(maxsize=1)
def admin1_lines() -> tuple[Line, ...]:
    """Every province (admin-1) boundary line of the shipped layer, decoded once per process."""
    out = []
    for arc in _decode_arcs(_topology(ADMIN1)):
        lons, lats = [p[0] for p in arc], [p[1] for p in arc]
        out.append(Line(tuple(arc), (min(lons), min(lats), max(lons), max(lats))))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of the shipped boundaries, decoded once per process."""
    topo = _topology(BOUNDARIES)
    arcs = _decode_arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = [g["arcs"]] if g.get("type") == "Polygon" else g.get("arcs") or []
        rings = tuple(_ring(arcs, r) for poly in polys for r in poly)
        pts = [p for r in rings for p in r]
        if not pts:
            continue
        lons, lats = [p[0] for p in pts], [p[1] for p in pts]
        boxes = tuple((min(p[0] for p in r), min(p[1] for p in r), max(p[0] for p in r), max(p[1] for p in r))
                      if r else (math.inf, math.inf, -math.inf, -math.inf) for r in rings)
        out.append(Country(str((g.get("properties") or {}).get("name") or ""), rings,
                           (min(lons), min(lats), max(lons), max(lats)), boxes))
    return tuple(out)


def _basemap(lat0: float, lat1: float, lon0: float, lon1: float, project: Project,
             width: int, height: int) -> tuple[tuple[str, ...], tuple[CountryLabel, ...]]:
    """Path data of the countries overlapping the view, and labels of the wide ones."""
    paths: list[str] = []
    labels: list[CountryLabel] = []
    for c in countries():
        b0, a0, b1, a1 = c.bbox
        if b1 < lon0 or b0 > lon1 or a1 < lat0 or a0 > lat1:
            continue
        parts = []
        for ring, (rb0, ra0, rb1, ra1) in zip(c.rings, c.ring_boxes, strict=True):
            if rb1 < lon0 or rb0 > lon1 or ra1 < lat0 or ra0 > lat1:
                continue
            parts.append(_ring_path(ring, project, width, height))
        if parts:
            paths.append(" ".join(parts))
            label = _label(c, lat0, lat1, lon0, lon1, project)
            if label is not None:
                labels.append(label)
    return tuple(paths), tuple(labels)


def _admin1(lat0: float, lat1: float, lon0: float, lon1: float, project: Project,
            width: int, height: int) -> tuple[str, ...]:
    """Path data of the province boundary lines crossing the view (open paths, no fill)."""
    paths = []
    for line in admin1_lines():
        b0, a0, b1, a1 = line.bbox
        if b1 < lon0 or b0 > lon1 or a1 < lat0 or a0 > lat1:
            continue
        d = _ring_path(line.points, project, width, height, closed=False)
        if d:
            paths.append(d)
    return tuple(paths)


def _ring_path(ring: Ring, project: Project, width: int, height: int, *, closed: bool = True) -> str:
    out: list[str] = []
    # the last point drawn; the first point is always drawn (no previous point is this far away)
    last_x = last_y = math.inf
    lo, x_hi, y_hi, near = -CLAMP_PX, width + CLAMP_PX, height + CLAMP_PX, SIMPLIFY_PX
    for lon, lat in ring:
        x, y = project(lon, lat)
        # Clamped to just outside the frame: off-map stretches of coast collapse to a few points,
        # and what is inside the frame is unchanged. (min(max(...)) as comparisons: the same values,
        # without two builtin calls per coordinate, which took half of this loop's CPU; likewise
        # the nearness test as chained comparisons, not abs(): 480,000 calls on crises-2023.)
        x = lo if x < lo else x_hi if x > x_hi else x
        y = lo if y < lo else y_hi if y > y_hi else y
        if -near < x - last_x < near and -near < y - last_y < near:
            continue
        out.append(f"{x:.1f},{y:.1f}")
        last_x, last_y = x, y
    if len(out) < (3 if closed else 2):
        return ""
    return "M" + " L".join(out) + ("Z" if closed else "")


def _label(c: Country, lat0: float, lat1: float, lon0: float, lon1: float,
           project: Project) -> CountryLabel | None:
    # The name goes at the centre of the visible part of the country's largest visible ring, if that
    # point is on land (a crescent-shaped country may have its centre at sea: then no label).
    best: tuple[float, Ring, tuple[float, float, float, float]] | None = None
    for ring, (rb0, ra0, rb1, ra1) in zip(c.rings, c.ring_boxes, strict=True):
        b0, a0 = max(rb0, lon0), max(ra0, lat0)
        b1, a1 = min(rb1, lon1), min(ra1, lat1)
        if b1 > b0 and a1 > a0 and (best is None or (b1 - b0) * (a1 - a0) > best[0]):
            best = ((b1 - b0) * (a1 - a0), ring, (b0, a0, b1, a1))
    if best is None or not c.name:
        return None
    _, ring, (b0, a0, b1, a1) = best
    x0, y0 = project(b0, a1)
    x1, y1 = project(b1, a0)
    lon, lat = (b0 + b1) / 2, (a0 + a1) / 2
    if x1 - x0 < LABEL_MIN_WIDTH or not _inside(lon, lat, ring):
        return None
    return CountryLabel((x0 + x1) / 2, (y0 + y1) / 2, c.name)


def _inside(x: float, y: float, ring: Ring) -> bool:
    """Even-odd ray test of a lon/lat point against one ring."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / ((yj - yi) or 1e-12) + xi:
            inside = not inside
        j = i
    return inside


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
    event_class: str = ""  # an event's marker: its type's class in EVENT_CLASSES ("other" if none); "" for a place
    title: str = ""  # the hover text ("Town: 3 mentions" when empty)


@dataclass(frozen=True, slots=True)
class CountryLabel:
    x: float
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class Map:
    width: int
    height: int
    grid: tuple[GridLine, ...]
    places: tuple[MapPlace, ...]
    outlines: tuple[str, ...] = ()  # SVG path data of the country boundaries in view
    labels: tuple[CountryLabel, ...] = ()  # names of the countries wide enough on the map
    admin1: tuple[str, ...] = ()  # SVG path data of the province boundary lines in view
    legend: tuple[tuple[str, str], ...] = ()  # (event class, event type) of the events on the map

    def legend_rows(self) -> tuple[tuple[float, str, str], ...]:
        """Where each event type's key goes (y in px, class, text), stacked up from the bottom-left."""
        n = len(self.legend)
        return tuple((self.height - LEGEND_ROW_PX * (n - i), cls, text) for i, (cls, text) in enumerate(self.legend))



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
    # Places first, biggest first; events last so that they are drawn on top of the places.
    for p in sorted(pts, key=lambda p: (p.get("kind") == "event", -int(p.get("mentions") or 1))):
        cx, cy = project(float(p["lon"]), float(p["lat"]))
        mentions = int(p.get("mentions") or 1)
        href = str(p.get("href") or "")
        event = p.get("kind") == "event"
        drawn.append(MapPlace(
            x=cx, y=cy, r=EVENT_RADIUS if event else 3 + 2.5 * math.sqrt(mentions), name=str(p.get("name") or "?"),
            mentions=mentions, href=href if href.startswith(("/", "#")) else "#",
            outlets=str(p.get("outlets") or ""), label_end=cx > width * LABEL_LEFT_FROM,
            event_class=EVENT_CLASSES.get(str(p.get("event_type") or ""), "other") if event else "",
            title=str(p.get("title") or "")))
    outlines, labels = _basemap(lat0, lat1, lon0, lon1, project, width, height)
    legend = sorted({(EVENT_CLASSES.get(str(p.get("event_type") or ""), "other"),
                      str(p.get("event_type") or "Other")) for p in pts if p.get("kind") == "event"})
    return Map(width=width, height=height, grid=_grid(lat0, lat1, lon0, lon1, project, width, height),
               places=tuple(drawn), outlines=outlines, labels=labels,
               admin1=_admin1(lat0, lat1, lon0, lon1, project, width, height), legend=tuple(legend))



def map_svg_markup(m: Map) -> Markup:
    """The map as inline SVG for the self-contained report (the web app renders macros/svg.html)."""
    out = [f'<svg class="map" viewBox="0 0 {m.width} {m.height}" role="img" aria-label="map of places mentioned">',
           f'<rect class="sea" x="0" y="0" width="{m.width}" height="{m.height}"/>']
    out += [f'<path class="land" fill-rule="evenodd" d="{d}"/>' for d in m.outlines]
    out += [f'<path class="admin1" d="{d}"/>' for d in m.admin1]
    out += [f'<text class="country" x="{lb.x:.1f}" y="{lb.y:.1f}" text-anchor="middle">{escape(lb.text)}</text>'
            for lb in m.labels]
    for p in m.places:
        title = escape(p.title or f"{p.name}: {p.mentions} mentions")
        if p.event_class:
            out.append(f'<a href="{escape(p.href)}"><circle class="event ev-{p.event_class}" cx="{p.x:.1f}" '
                       f'cy="{p.y:.1f}" r="{p.r:.1f}"><title>{title}</title></circle></a>')
            continue
        anchor = f' x="{p.x - p.r - 2:.1f}" text-anchor="end"' if p.label_end else f' x="{p.x + p.r + 2:.1f}"'
        out.append(f'<a href="{escape(p.href)}"><circle class="place" cx="{p.x:.1f}" cy="{p.y:.1f}" r="{p.r:.1f}">'
                   f'<title>{title}</title></circle>'
                   f'<text class="label"{anchor} y="{p.y + 4:.1f}">{escape(p.name)}</text></a>')
    for y, cls, text in m.legend_rows():
        out.append(f'<g class="legend"><circle class="event ev-{cls}" cx="12" cy="{y:.1f}" r="5"/>'
                   f'<text x="22" y="{y + 4:.1f}">{escape(text)}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))
