"""The store's cache tables (``vectors``, ``parses``): what they hold, and pruning the rows nobody reads.

Both tables are keyed by a text's hash and the model that made the row, and rows are only ever
added: a changed article's old sentences, clauses and lines keep their rows, and so does every row
of a model (or spaCy pipeline) the installed groundwatch no longer runs. Which text hashes are still
asked for cannot be told from the rows (a vector row holds no text; both tables also hold texts
built from several articles or from package data), so pruning keeps exactly the rows a pass over the
whole store read or wrote (:attr:`Store.cache_reads
<groundwatch.store.sqlite.Store.cache_reads>`, filled by ``api.prune_caches``) and deletes the rest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Set
from dataclasses import dataclass

#: Each cache table and its blob column.
CACHE_TABLES: dict[str, str] = {"vectors": "vector", "parses": "doc"}


@dataclass(frozen=True, slots=True)
class CacheRows:
    """Rows of one cache table made by one model, and their bytes (key, model name and blob)."""

    table: str
    model: str
    rows: int
    bytes: int

    def describe(self) -> str:
        return f"{self.table} [{self.model}]: {self.rows} rows, {self.bytes / 1024:.1f} KB"


def usage(conn: sqlite3.Connection) -> list[CacheRows]:
    """Every cache table's rows and bytes per model, by table and model."""
    out = []
    for table, blob in CACHE_TABLES.items():
        sql = (f"SELECT model, COUNT(*), SUM(LENGTH(key) + LENGTH(model) + LENGTH({blob}))"
               f" FROM {table} GROUP BY model ORDER BY model")
        out += [CacheRows(table, model, rows, size or 0) for model, rows, size in conn.execute(sql)]
    return out


def prune(conn: sqlite3.Connection, kept: Mapping[str, Set[tuple[bytes, str]]]) -> list[CacheRows]:
    """Delete every cache row whose ``(key, model)`` is not in ``kept[table]``, in one transaction;
    returns what was deleted per table and model (tables without an entry in ``kept`` are left)."""
    gone: dict[tuple[str, str], list[int]] = {}
    doomed: dict[str, list[tuple[bytes, str]]] = {}
    for table, keep in kept.items():
        blob = CACHE_TABLES[table]
        for key, model, size in conn.execute(f"SELECT key, model, LENGTH(key) + LENGTH(model) + LENGTH({blob})"
                                             f" FROM {table}"):
            if (bytes(key), model) in keep:
                continue
            doomed.setdefault(table, []).append((bytes(key), model))
            tally = gone.setdefault((table, model), [0, 0])
            tally[0] += 1
            tally[1] += size
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, rows in doomed.items():
            conn.executemany(f"DELETE FROM {table} WHERE key = ? AND model = ?", rows)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return [CacheRows(table, model, rows, size) for (table, model), (rows, size) in sorted(gone.items())]
