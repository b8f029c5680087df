"""The Parquet tables the Spark engine writes, with their declared schemas, and their rows.

Every table is a folder ``DIR/<table>/`` of Parquet files. Column types are Spark SQL types; the
schema is declared here (not inferred), so a table has the same columns whatever the data. Fact
tables carry the provenance of every fact: article id, its position among the article's facts of
that type (``seq``), the sentence index, and character offsets into the article's clean text.
Nested claim lists are kept as JSON text (``claims``) so that every table is flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields
from typing import Any

from groundwatch.records import Actor, DateMention, Figure, Place, Quote
from groundwatch.store.sqlite import Store

#: Columns every fact table starts with: where the fact is.
SPAN = (("article_id", "STRING"), ("seq", "INT"), ("sentence_index", "INT"), ("start", "INT"),
        ("end", "INT"), ("sentence", "STRING"))

#: table -> ((column, Spark SQL type), ...). The README's "Parquet schema" lists the same.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("id", "STRING"), ("source", "STRING"), ("format", "STRING"), ("title", "STRING"),
                 ("outlet", "STRING"), ("url", "STRING"), ("language", "STRING"), ("published", "DATE"),
                 ("published_origin", "STRING"), ("status", "STRING"), ("status_reason", "STRING"),
                 ("story_id", "STRING"), ("content_hash", "STRING"), ("meta_origin", "STRING"),
                 ("body", "STRING"), ("clean_text", "STRING"), ("removed", "ARRAY<STRING>"),
                 ("removed_reasons", "ARRAY<STRING>")),
    "rejections": (("source", "STRING"), ("stage", "STRING"), ("reason", "STRING"), ("article_id", "STRING")),
    "sentences": (("article_id", "STRING"), ("index", "INT"), ("start", "INT"), ("end", "INT"),
                  ("text", "STRING")),
    "figures": (*SPAN, ("kind", "STRING"), ("value", "DOUBLE"), ("qualifier", "STRING"), ("text", "STRING"),
                ("low", "DOUBLE"), ("high", "DOUBLE"), ("unit", "STRING"), ("who", "STRING"),
                ("place", "STRING"), ("date", "STRING"), ("reported_by", "STRING"), ("other_event", "BOOLEAN"),
                ("projection", "BOOLEAN"), ("superseded", "BOOLEAN"), ("scope", "STRING")),
    "quotes": (*SPAN, ("text", "STRING"), ("speaker", "STRING"), ("speaker_role", "STRING"),
               ("speaker_mention", "STRING"), ("speaker_kind", "STRING"), ("partial", "BOOLEAN"),
               ("resolved_by", "STRING")),
    "dates": (*SPAN, ("text", "STRING"), ("date", "STRING"), ("precision", "STRING"), ("future", "BOOLEAN"),
              ("inferred_base", "BOOLEAN")),
    "places": (*SPAN, ("text", "STRING"), ("name", "STRING"), ("country", "STRING"), ("lat", "DOUBLE"),
               ("lon", "DOUBLE"), ("feature", "STRING"), ("precision", "INT"), ("geonameid", "BIGINT"),
               ("admin1", "STRING"), ("admin2", "STRING")),
    "actors": (*SPAN, ("text", "STRING"), ("name", "STRING"), ("kind", "STRING"), ("role", "STRING"),
               ("affiliation", "STRING")),
    "stories": (("id", "STRING"), ("label", "STRING"), ("articles", "ARRAY<STRING>"),
                ("independent_sources", "INT"), ("picture", "STRING")),
    "copies": (("a", "STRING"), ("b", "STRING"), ("similarity", "DOUBLE"), ("directed", "BOOLEAN"),
               ("passages", "ARRAY<STRING>")),
    "reconciled_figures": (("story_id", "STRING"), ("kind", "STRING"), ("who", "STRING"), ("place", "STRING"),
                           ("unit", "STRING"), ("low", "DOUBLE"), ("best", "DOUBLE"), ("high", "DOUBLE"),
                           ("independent_sources", "INT"), ("claims", "STRING")),
    "contradictions": (("story_id", "STRING"), ("field", "STRING"), ("about", "STRING"), ("claims", "STRING")),
    "updates": (("story_id", "STRING"), ("field", "STRING"), ("about", "STRING"), ("claims", "STRING")),
    "events": (("id", "STRING"), ("story_id", "STRING"), ("event_date", "STRING"), ("event_type", "STRING"),
               ("sub_event_type", "STRING"), ("country", "STRING"), ("admin1", "STRING"), ("location", "STRING"),
               ("actor1", "STRING"), ("actor2", "STRING"), ("fatalities", "INT"), ("record", "STRING")),
}

#: The fact tables and the record each row is built from.
FACT_TABLES: dict[str, type[Any]] = {"figures": Figure, "quotes": Quote, "dates": DateMention,
                                     "places": Place, "actors": Actor}


def ddl(table: str) -> str:
    """The table's schema as a Spark DDL string (``createDataFrame(rows, ddl(table))``)."""
    return ", ".join(f"`{name}` {type_}" for name, type_ in TABLES[table])


def _floats(row: dict[str, Any], table: str) -> tuple[Any, ...]:
    """The row in column order, ints widened where the column is DOUBLE (Spark checks exactly)."""
    out = []
    for name, type_ in TABLES[table]:
        value = row.get(name)
        out.append(float(value) if type_ == "DOUBLE" and value is not None else value)
    return tuple(out)


def rows(store: Store) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """Every row of every table, as ``(table, values in column order)``, from the store."""
    yield from _article_rows(store)
    for rej in store.rejections():
        yield "rejections", _floats(rej.to_dict(), "rejections")
    for clean, facts in store.analysed():
        for s in facts.sentences:
            yield "sentences", (clean.id, s.index, s.start, s.end, s.text)
        for table, cls in FACT_TABLES.items():
            for seq, record in enumerate(getattr(facts, table)):
                sp = record.span
                row = {f.name: getattr(record, f.name) for f in fields(cls) if f.name != "span"}
                row.update(article_id=clean.id, seq=seq, sentence_index=sp.sentence_index, start=sp.start,
                           end=sp.end, sentence=sp.sentence)
                yield table, _floats(row, table)
    for c in store.copies():
        yield "copies", _floats({**c.to_dict(), "passages": list(c.passages)}, "copies")
    yield from _picture_rows(store)


def _article_rows(store: Store) -> Iterator[tuple[str, tuple[Any, ...]]]:
    import datetime as dt

    for r in store.article_rows():
        row = dict(r)
        row["published"] = dt.date.fromisoformat(row["published"]) if row["published"] else None
        row["removed"] = json.loads(row["removed"]) if row["removed"] else []
        row["removed_reasons"] = json.loads(row["removed_reasons"]) if row["removed_reasons"] else []
        yield "articles", _floats(row, "articles")


def _picture_rows(store: Store) -> Iterator[tuple[str, tuple[Any, ...]]]:
    for pic in store.pictures():
        d = pic.to_dict()
        yield "stories", (pic.story_id, pic.label, list(pic.articles), pic.independent_sources,
                          json.dumps(d, ensure_ascii=False))
        for f in d["figures"]:
            yield "reconciled_figures", _floats({**f, "story_id": pic.story_id,
                                                 "claims": json.dumps(f["claims"], ensure_ascii=False)},
                                                "reconciled_figures")
        for table in ("contradictions", "updates"):
            for c in d[table]:
                yield table, (pic.story_id, c["field"], c["about"], json.dumps(c["claims"], ensure_ascii=False))
    for e in store.events():
        yield "events", (e.event_id, e.story_id, e.event_date, e.event_type, e.sub_event_type, e.country, e.admin1,
                         e.location, e.actor1, e.actor2, e.fatalities, json.dumps(e.to_dict(), ensure_ascii=False))
