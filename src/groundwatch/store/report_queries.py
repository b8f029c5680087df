"""The read queries of the streamed outputs (facts.json, report.md, report.html): small reads by id,
so that writing the outputs of a large store never holds every article's row or facts at once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from groundwatch.store.sqlite import Store

#: Ids per ``IN (...)`` query: below SQLite's default limit of host parameters (999 before 3.32).
CHUNK = 500


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the outputs need of every exported (not rejected) article before reading it in full."""

    id: str
    story_id: str | None
    outlet: str | None
    status: str


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def article_index(store: Store) -> list[IndexRow]:
    """Every article that is not rejected, in id order (the order of ``Store.article_rows``)."""
    rows = store.conn.execute("SELECT id, story_id, outlet, status FROM articles WHERE status != 'rejected'"
                              " ORDER BY id")
    return [IndexRow(r["id"], r["story_id"], r["outlet"], r["status"]) for r in rows]


def story_ids(store: Store) -> list[str]:
    """Every stored story id, in id order (the order of ``Store.pictures``)."""
    return [r["id"] for r in store.conn.execute("SELECT id FROM stories ORDER BY id")]


def sentence_bounds(store: Store, ids: Sequence[str]) -> dict[str, list[tuple[int, int, int]]]:
    """Article id -> its sentences as (index, start, end), for ``ids`` only (``Store.sentence_bounds``)."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute('SELECT article_id, seq, start, "end" FROM facts WHERE type = \'sentence\''
                                    f" AND article_id IN ({marks}) ORDER BY article_id, seq", list(chunk)):
            out.setdefault(r["article_id"], []).append((r["seq"], r["start"], r["end"]))
    return out
