"""The event exports and the events table: ACLED's exact columns, one row per event, records that
round-trip through the store. Records are built by hand (no model needed)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from groundwatch.records import EventRecord, Span
from groundwatch.stages.export_events import ACLED_COLUMNS, acled_rows, to_acled_csv, to_events_json
from groundwatch.stages.report_events import map_points, story_event_rows
from groundwatch.store.sqlite import Store

#: ACLED's column names in ACLED's order, written out here so that a change to the module's tuple fails.
ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                "notes,fatalities,tags,timestamp")

SENTENCE = "Police broke up a rally of teachers in Kisumu on Friday, arresting twelve."


def _event(n: int, date: str = "2025-05-09", country: str | None = "KE", **kw: object) -> EventRecord:
    span = Span("a1", 0, 0, len(SENTENCE), SENTENCE)
    fields: dict[str, object] = dict(
        event_id=f"s1-e{n}", story_id="s1", code="PROTEST_WITH_INTER", event_type="Protests",
        sub_event_type="Protest with intervention", disorder_type="Demonstrations", plover="PROTEST",
        event_date=date, time_precision=1, actor1="Protesters (Kenya)", inter1=6,
        actor2="Police Forces of Kenya", inter2=1, interaction=16, country=country, location="Kisumu",
        latitude=-0.1022, longitude=34.7617, geo_precision=1, sources=("Lakeside Herald", "Coast Daily"),
        independent_sources=2, notes=SENTENCE, provenance={"actor2": Span("a1", 0, 0, 6, SENTENCE)},
        mentions=(span,), basis={"fatalities": "no killed figure is reported for this event"})
    fields.update(kw)
    return EventRecord(**fields)  # type: ignore[arg-type]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    st = Store.open(tmp_path / "events.db")
    st.save_events([_event(1), _event(2, date="2025-05", country=None, time_precision=3, fatalities=3,
                                      civilian_targeting=True)])
    return st


def test_the_csv_header_is_acleds_exactly(store: Store) -> None:
    text = to_acled_csv(store.events(), store.events_updated_at())
    assert text.splitlines()[0] == ACLED_HEADER
    assert list(csv.DictReader(io.StringIO(text)).fieldnames or []) == list(ACLED_COLUMNS)


def test_pandas_reads_acleds_column_names_one_row_per_event(store: Store) -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(to_acled_csv(store.events(), store.events_updated_at())))
    assert list(frame.columns) == ACLED_HEADER.split(",")
    assert len(frame) == 2


def test_rows_carry_acleds_codes(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(store.events(), store.events_updated_at()))))
    undated, dated = sorted(rows, key=lambda r: r["time_precision"], reverse=True)
    assert dated["event_id_cnty"] == "KEN1" and dated["iso"] == "404" and dated["country"] == "Kenya"
    assert dated["event_date"] == "2025-05-09" and dated["year"] == "2025"
    assert (dated["inter1"], dated["inter2"], dated["interaction"]) == ("6", "1", "16")
    assert dated["source"] == "Lakeside Herald; Coast Daily" and dated["fatalities"] == "0"
    assert dated["civilian_targeting"] == "" and undated["civilian_targeting"] == "Civilian targeting"
    assert undated["event_date"] == "2025-05-01" and undated["event_id_cnty"] == "XXX1"
    assert dated["timestamp"].isdigit()


def test_ids_number_each_countrys_events_in_date_order() -> None:
    ids = [r["event_id_cnty"] for r in acled_rows([_event(1, "2025-05-09"), _event(2, "2025-05-02")])]
    assert ids == ["KEN1", "KEN2"]


def test_records_round_trip_through_the_store_with_provenance(store: Store) -> None:
    events = store.events()
    assert [e.event_id for e in events] == ["s1-e2", "s1-e1"]  # by date
    assert events[1] == _event(1)
    assert store.events("s2") == []
    doc = json.loads(to_events_json(store.events()))
    assert doc["events"][1]["plover"] == "PROTEST"
    assert doc["events"][1]["provenance"]["actor2"]["end"] == 6


def test_the_events_table_is_created_by_a_migration(tmp_path: Path) -> None:
    Store.open(tmp_path / "fresh.db").close()
    conn = sqlite3.connect(tmp_path / "fresh.db")
    columns = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
    assert {"id", "story_id", "event_date", "event_type", "country", "admin1", "record"} <= columns


def test_located_events_become_map_markers_linked_to_their_first_citation() -> None:
    def cite(article: str, sentence: int | None) -> dict[str, str]:
        return {"article": article, "href": f"#{article}-s{sentence}"}

    rows = story_event_rows([_event(1), _event(2, latitude=None, longitude=None)], cite)["s1"]
    points = map_points(rows)
    assert len(points) == 1  # an event without coordinates is in the table, not on the map
    p = points[0]
    assert (p["kind"], p["event_type"], p["name"], p["href"]) == ("event", "Protests", "Kisumu", "#a1-s0")
    assert p["title"] == "2025-05-09 · Protest with intervention · Kisumu"
