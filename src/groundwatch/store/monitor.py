"""The monitor's tables: watched sources and their health, what each has seen, cycles, changes, alerts.

A cycle row is written when a cycle begins, with the stories' digest at that moment; its
changes are inserted in the same transaction that marks it finished. A cycle killed before
that point is left unfinished and the next watch resumes it (same digest), so a SIGKILL and a
restart lose no change and record none twice. An alert's ``key`` is unique: a rule firing
again on the same subject is ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from groundwatch.store.sqlite import Store


def now() -> str:
    """The current UTC time as the monitor stores it (ISO 8601, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class SourceState:
    """A watched source as stored: where it is, its health and its counters."""

    name: str
    kind: str
    location: str
    health: str = "new"  # new | ok | unhealthy
    reason: str | None = None
    unhealthy_since: str | None = None
    last_attempt: str | None = None
    last_success: str | None = None
    next_due: str | None = None
    failures: int = 0
    errors: int = 0
    items_seen: int = 0
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {k: (dict(v) if k == "data" else v) for k in self.__slots__ if (v := getattr(self, k)) is not None}


@dataclass(frozen=True, slots=True)
class Change:
    """One item of a cycle's change set (``data`` holds its values and citations)."""

    id: int
    cycle_id: int
    at: str
    story_id: str | None
    kind: str
    data: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "cycle": self.cycle_id, "at": self.at, "story": self.story_id, "kind": self.kind,
                **dict(self.data)}


@dataclass(frozen=True, slots=True)
class Alert:
    """A fired alert; stored once per ``key``."""

    key: str
    rule: str
    message: str
    story_id: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    id: int = 0
    cycle_id: int | None = None
    at: str = ""
    delivered: bool = False
    attempts: int = 0
    last_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "rule": self.rule, "message": self.message, "story": self.story_id,
                "cycle": self.cycle_id, "at": self.at, "delivered": self.delivered, "attempts": self.attempts,
                "last_error": self.last_error, "data": dict(self.data)}


def _source(r: sqlite3.Row) -> SourceState:
    return SourceState(name=r["name"], kind=r["kind"], location=r["location"], health=r["health"],
                       reason=r["reason"], unhealthy_since=r["unhealthy_since"], last_attempt=r["last_attempt"],
                       last_success=r["last_success"], next_due=r["next_due"], failures=r["failures"],
                       errors=r["errors"], items_seen=r["items_seen"], data=json.loads(r["data"] or "{}"))


def _change(r: sqlite3.Row) -> Change:
    return Change(id=r["id"], cycle_id=r["cycle_id"], at=r["at"], story_id=r["story_id"], kind=r["kind"],
                  data=json.loads(r["data"]))


def _alert(r: sqlite3.Row) -> Alert:
    return Alert(id=r["id"], key=r["key"], rule=r["rule"], cycle_id=r["cycle_id"], at=r["at"],
                 story_id=r["story_id"], message=r["message"], data=json.loads(r["data"]),
                 delivered=bool(r["delivered"]), attempts=r["attempts"], last_error=r["last_error"])


class MonitorStore:
    """The monitor's tables in a :class:`Store` (all SQL of the monitor lives here)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn

    # --- sources ----------------------------------------------------------------------------

    def sources(self) -> list[SourceState]:
        return [_source(r) for r in self.conn.execute("SELECT * FROM monitor_sources ORDER BY name")]

    def source(self, name: str) -> SourceState | None:
        row = self.conn.execute("SELECT * FROM monitor_sources WHERE name = ?", (name,)).fetchone()
        return None if row is None else _source(row)

    def save_source(self, s: SourceState) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO monitor_sources(name, kind, location, health, reason, unhealthy_since,"
                " last_attempt, last_success, next_due, failures, errors, items_seen, data)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (s.name, s.kind, s.location, s.health, s.reason, s.unhealthy_since, s.last_attempt,
                 s.last_success, s.next_due, s.failures, s.errors, s.items_seen,
                 json.dumps(dict(s.data), ensure_ascii=False)))

    def seen(self, source: str) -> dict[str, str]:
        """What ``source`` has delivered so far: key -> digest."""
        return {r["key"]: r["digest"] for r in
                self.conn.execute("SELECT key, digest FROM monitor_seen WHERE source = ?", (source,))}

    def item_stored(self, source: str, seen: tuple[str, str] | None, *, count: bool) -> None:
        """After an item of ``source`` is stored: its seen-mark and the source's item count, together."""
        with self.store.transaction() as db:
            if seen is not None:
                db.execute("INSERT OR REPLACE INTO monitor_seen(source, key, digest, at) VALUES (?,?,?,?)",
                           (source, seen[0], seen[1], now()))
            if count:
                db.execute("UPDATE monitor_sources SET items_seen = items_seen + 1 WHERE name = ?", (source,))

    def mark_seen(self, source: str, key: str, digest: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO monitor_seen(source, key, digest, at) VALUES (?,?,?,?)",
                          (source, key, digest, now()))

    # --- cycles and changes -------------------------------------------------------------------

    def open_cycle(self, before: Mapping[str, Any]) -> tuple[int, dict[str, Any], bool]:
        """The unfinished cycle a stopped or killed watch left (with its digest), else a new one.

        Returns:
            The cycle's id, the digest it started from, and whether it was resumed.
        """
        row = self.conn.execute("SELECT id, before FROM monitor_cycles WHERE finished_at IS NULL"
                                " ORDER BY id LIMIT 1").fetchone()
        if row is not None:
            return int(row["id"]), dict(json.loads(row["before"])), True
        cur = self.conn.execute("INSERT INTO monitor_cycles(started_at, before) VALUES (?, ?)",
                                (now(), json.dumps(before, ensure_ascii=False)))
        return int(cur.lastrowid or 0), dict(before), False

    def finish_cycle(self, cycle_id: int, changes: Sequence[tuple[str | None, str, Mapping[str, Any]]],
                     summary: Mapping[str, Any], alerts: Iterable[Alert] = ()) -> tuple[str, list[Alert]]:
        """Record the cycle's changes and alerts and mark it finished, in one transaction.

        Returns:
            The time recorded, and the alerts that were new (a key stored before is skipped).
        """
        at = now()
        added: list[Alert] = []
        with self.store.transaction() as db:
            db.executemany("INSERT INTO monitor_changes(cycle_id, at, story_id, kind, data) VALUES (?,?,?,?,?)",
                           [(cycle_id, at, sid, kind, json.dumps(dict(data), ensure_ascii=False))
                            for sid, kind, data in changes])
            for a in alerts:
                cur = db.execute(
                    "INSERT OR IGNORE INTO monitor_alerts(key, rule, cycle_id, at, story_id, message, data)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (a.key, a.rule, cycle_id, at, a.story_id, a.message, json.dumps(dict(a.data), ensure_ascii=False)))
                if cur.rowcount:
                    added.append(Alert(key=a.key, rule=a.rule, message=a.message, story_id=a.story_id, data=a.data,
                                       id=int(cur.lastrowid or 0), cycle_id=cycle_id, at=at))
            db.execute("UPDATE monitor_cycles SET finished_at = ?, summary = ? WHERE id = ?",
                       (at, json.dumps(dict(summary)), cycle_id))
        return at, added

    def cycles(self, limit: int = 50) -> list[dict[str, Any]]:
        """The latest finished cycles, newest first: id, started_at, finished_at, summary."""
        rows = self.conn.execute("SELECT id, started_at, finished_at, summary FROM monitor_cycles"
                                 " WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT ?", (limit,))
        return [{"id": r["id"], "started_at": r["started_at"], "finished_at": r["finished_at"],
                 "summary": json.loads(r["summary"] or "{}")} for r in rows]

    def changes(self, *, since: str | None = None, after_cycle: int | None = None, story: str | None = None,
                limit: int | None = None, offset: int = 0) -> tuple[int, list[Change]]:
        """(how many match, the page of them), newest first.

        Args:
            since: only changes recorded at or after this ISO time.
            after_cycle: only changes of cycles after this one.
            story: only this story's changes.
            limit: page size (None: all).
            offset: changes skipped.
        """
        where, params = self._where(since=since, after_cycle=after_cycle, story=story)
        total = int(self.conn.execute(f"SELECT COUNT(*) FROM monitor_changes WHERE {where}", params).fetchone()[0])
        rows = self.conn.execute(f"SELECT * FROM monitor_changes WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
                                 (*params, -1 if limit is None else limit, offset)).fetchall()
        return total, [_change(r) for r in rows]

    def latest_changed_cycle(self) -> int | None:
        """The latest cycle that recorded changes."""
        row = self.conn.execute("SELECT MAX(cycle_id) FROM monitor_changes").fetchone()
        return None if row[0] is None else int(row[0])

    @staticmethod
    def _where(*, since: str | None, after_cycle: int | None, story: str | None) -> tuple[str, tuple[Any, ...]]:
        clauses: list[str] = ["1"]
        params: list[Any] = []
        if since is not None:
            clauses.append("at >= ?")
            params.append(since)
        if after_cycle is not None:
            clauses.append("cycle_id > ?")
            params.append(after_cycle)
        if story is not None:
            clauses.append("story_id = ?")
            params.append(story)
        return " AND ".join(clauses), tuple(params)

    # --- what the digest and the citations need from the facts ------------------------------

    def story_facts(self, type_: str) -> list[sqlite3.Row]:
        """Facts of one type of every article in a story: story_id, article_id, sentence_index, sentence, data."""
        return self.conn.execute(
            "SELECT a.story_id, f.article_id, f.sentence_index, f.sentence, f.data FROM facts f"
            " JOIN articles a ON a.id = f.article_id WHERE f.type = ? AND a.story_id IS NOT NULL"
            " ORDER BY a.story_id, f.article_id, f.seq", (type_,)).fetchall()

    def article_outlets(self) -> dict[str, str | None]:
        return {r["id"]: r["outlet"] for r in self.conn.execute("SELECT id, outlet FROM articles")}

    def sentence_of(self, article_id: str, start: int | None) -> int | None:
        """The index of the sentence of ``article_id`` holding character ``start``."""
        if start is None:
            return None
        row = self.conn.execute("SELECT seq FROM facts WHERE article_id = ? AND type = 'sentence'"
                                ' AND start <= ? AND "end" > ? LIMIT 1', (article_id, start, start)).fetchone()
        return None if row is None else int(row["seq"])

    # --- alerts -----------------------------------------------------------------------------

    def alerts(self, *, undelivered: bool = False, limit: int | None = None, offset: int = 0
               ) -> tuple[int, list[Alert]]:
        """(how many, the page), newest first; ``undelivered``: only those a webhook has not taken."""
        where = "delivered = 0" if undelivered else "1"
        total = int(self.conn.execute(f"SELECT COUNT(*) FROM monitor_alerts WHERE {where}").fetchone()[0])
        rows = self.conn.execute(f"SELECT * FROM monitor_alerts WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
                                 (-1 if limit is None else limit, offset)).fetchall()
        return total, [_alert(r) for r in rows]

    def record_delivery(self, alert_id: int, *, ok: bool, attempts: int, error: str | None) -> None:
        self.conn.execute("UPDATE monitor_alerts SET delivered = ?, attempts = attempts + ?, last_error = ?"
                          " WHERE id = ?", (int(ok), attempts, error, alert_id))
