"""The facts export: the store as one JSON document (format: shared/eval/SCHEMA.md), JSONL or CSV.

The JSON export is what ``score.py`` reads; extra keys (outlet, provenance spans, places,
actors, stories, rejections) are allowed by the schema and carried for users.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from groundwatch.store.sqlite import FACT_TYPES, Store

EXPORT_VERSION = 1


def article_dicts(store: Store, *, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """One dict per stored article, facts included, in id order."""
    resolved = _resolved_speakers(store)
    for r in store.article_rows("status != 'rejected'"):
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


def _resolved_speakers(store: Store) -> dict[tuple[str, int], str]:
    """Speakers the cross-outlet stage named for quotes whose article left them unnamed."""
    return {(r.article, r.index): r.speaker for p in store.pictures() for r in p.speaker_resolutions if r.speaker}


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
        "articles": list(article_dicts(store)),
        "stories": stories,
        "contradictions": contradictions,
        "updates": updates,
        "copies": [c.to_dict() for c in store.copies()],
        "events": [e.to_dict() for e in store.events()],  # not scored (SCHEMA.md allows extra keys)
        "rejections": [r.to_dict() for r in store.rejections()],
    }


def to_json(store: Store) -> str:
    return json.dumps(facts_document(store), ensure_ascii=False, indent=1)


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
