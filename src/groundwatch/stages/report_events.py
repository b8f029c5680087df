"""The events table of a story, as the report and the web app show it: one row per event record,
every row citing the sentences that report the event (each mention links to its sentence)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from groundwatch.records import EventRecord

Cite = Callable[[str, int | None], dict[str, str]]


def event_row(e: EventRecord, cite: Cite) -> dict[str, Any]:
    """What one table row shows of an event, with its citations (one per citing article)."""
    seen: set[str] = set()
    cites = []
    for m in e.mentions:
        if m.article_id not in seen:
            seen.add(m.article_id)
            cites.append(cite(m.article_id, m.sentence_index))
    where = ", ".join(x for x in (e.location, e.admin1 if e.admin1 != e.location else None) if x)
    return {
        "id": e.event_id, "story": e.story_id, "date": e.event_date or "", "precision": e.time_precision,
        "type": e.event_type, "sub_type": e.sub_event_type, "plover": e.plover, "disorder": e.disorder_type,
        "where": where or "", "country": e.country or "", "admin1": e.admin1 or "", "admin2": e.admin2 or "",
        "actor1": e.actor1 or "", "actor2": e.actor2 or "", "interaction": e.interaction,
        "fatalities": e.fatalities, "notes": e.notes, "cites": cites,
        "lat": e.latitude, "lon": e.longitude, "basis": dict(e.basis),
        "provenance": {k: {"article": v.article_id, "sentence_index": v.sentence_index, "start": v.start,
                           "end": v.end} for k, v in e.provenance.items()},
    }


def story_event_rows(events: Iterable[EventRecord], cite: Cite) -> dict[str, list[dict[str, Any]]]:
    """Story id -> its event rows in date order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for e in sorted(events, key=lambda e: (e.event_date or "", e.event_id)):
        out.setdefault(e.story_id, []).append(event_row(e, cite))
    return out


def map_points(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The located event rows as map markers (``kind`` "event"), each linked to its first citation."""
    out = []
    for r in rows:
        if r.get("lat") is None or r.get("lon") is None:
            continue
        label = r["sub_type"] or r["type"]
        title = " · ".join(x for x in (r["date"], label, r["where"]) if x)
        out.append({"kind": "event", "name": r["where"] or label, "lat": r["lat"], "lon": r["lon"],
                    "event_type": r["type"], "sub_type": r["sub_type"], "date": r["date"], "title": title,
                    "mentions": max(1, len(r["cites"])), "fatalities": r["fatalities"],
                    "href": (r["cites"][0].get("href") if r["cites"] else None) or "#"})
    return out


#: The query parameters of the events table and API.
FILTERS = ("type", "sub_type", "actor", "admin", "country", "story", "date", "date_from", "date_to")


def filtered(rows: Sequence[dict[str, Any]], query: Mapping[str, str]) -> list[dict[str, Any]]:
    """The rows matching every filter given: type / sub_type / country / story exactly (case-insensitive);
    actor and admin area (admin1, admin2 or location) as a substring; ``date`` as a prefix ("2025-05");
    date_from / date_to as ISO bounds."""
    def keep(row: dict[str, Any]) -> bool:
        for key, value in query.items():
            v = (value or "").strip().lower()
            if not v:
                continue
            if key in ("type", "sub_type", "country", "story") and str(row.get(key, "")).lower() != v:
                return False
            if key == "actor" and v not in f"{row['actor1']} | {row['actor2']}".lower():
                return False
            if key == "admin" and v not in f"{row['where']} | {row['admin1']} | {row['admin2']}".lower():
                return False
            if key == "date" and not (row["date"] or "").startswith(v):
                return False
            if key == "date_from" and (row["date"] or "") < v:
                return False
            if key == "date_to" and (row["date"] or "9999") > v + "\uffff":
                return False
        return True

    return [r for r in rows if keep(r)]
