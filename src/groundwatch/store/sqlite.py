"""The SQLite store: articles, their facts with provenance, rejections, and the cross-outlet picture.

Every write that belongs together happens in one transaction, so a run killed at any point
(even SIGKILL) leaves each article either fully stored or not at all; the next run picks up
what is missing and skips what is done (content hash), duplicating nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from groundwatch.errors import StoreError
from groundwatch.records import (
    Actor,
    Article,
    ArticleFacts,
    CleanArticle,
    Copy,
    DateMention,
    EventRecord,
    Figure,
    Place,
    Quote,
    Rejection,
    Sentence,
    StoryOverride,
    StoryPicture,
)
from groundwatch.store import migrations
from groundwatch.store.codec import dumps, from_dict

#: Fact types as stored, and the ArticleFacts field / record class of each.
FACT_TYPES: dict[str, tuple[str, type[Any]]] = {
    "figure": ("figures", Figure),
    "quote": ("quotes", Quote),
    "date": ("dates", DateMention),
    "place": ("places", Place),
    "actor": ("actors", Actor),
}


def content_hash(article: Article) -> str:
    """What makes re-ingesting the same article a no-op: its text and metadata."""
    h = hashlib.sha256()
    for part in (article.body, article.title, article.outlet, article.url, article.language,
                 article.published.isoformat() if article.published else None):
        h.update((part or "").encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


#: Keys per ``SELECT ... IN (...)``: under SQLite's default limit of 999 bound parameters.
_VECTOR_QUERY_KEYS = 900


class Store:
    """A groundwatch database. Open with :meth:`open`; migrations are applied on open."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        #: When set (table -> keys): every ``(key, model)`` of the cache tables read or written, so a
        #: pass over the whole store tells which rows are still asked for (store/pruning.py).
        self.cache_reads: dict[str, set[tuple[bytes, str]]] | None = None

    @classmethod
    def open(cls, path: str | Path = "groundwatch.db") -> Store:
        """Open (creating if needed) and migrate the database at ``path`` (``":memory:"`` works).

        Raises:
            StoreError: the file cannot be opened or is not a groundwatch database.
        """
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # check_same_thread=False: the web app reads from a worker thread; writes are
            # serialised by SQLite's own locking and our explicit transactions.
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                # WAL's usual setting: a commit is not fsynced, the log is at checkpoints. A killed
                # process loses nothing committed, a power cut at most the last commits, never the
                # file's consistency; the analyse phase commits once per article, and each fsync
                # was wall time of its own (148 commits, ~2.3 s of a crises-2023 run, cProfile).
                conn.execute("PRAGMA synchronous = NORMAL")
            migrations.apply(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        return cls(conn, str(path))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- runs and rejections ------------------------------------------------------------

    def begin_run(self, inputs: Sequence[str]) -> int:
        cur = self.conn.execute("INSERT INTO runs(started_at, inputs) VALUES (?, ?)",
                                (_now(), json.dumps(list(inputs))))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, summary: dict[str, Any]) -> None:
        self.conn.execute("UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?",
                          (_now(), json.dumps(summary), run_id))

    def add_rejection(self, run_id: int, rejection: Rejection) -> None:
        """Record why ``rejection.source`` could not be used at ``rejection.stage``.

        Only the latest verdict per (source, stage) is kept: re-running over the same bad file, or
        resuming a killed run, must not list the same rejection twice.
        """
        with self.transaction() as db:
            db.execute("DELETE FROM rejections WHERE source = ? AND stage = ?",
                       (rejection.source, rejection.stage))
            db.execute(
                "INSERT INTO rejections(run_id, source, stage, reason, article_id, at) VALUES (?,?,?,?,?,?)",
                (run_id, rejection.source, rejection.stage, rejection.reason, rejection.article_id, _now()),
            )

    def rejections(self, run_id: int | None = None) -> list[Rejection]:
        sql = "SELECT source, stage, reason, article_id FROM rejections"
        rows = (self.conn.execute(sql + " WHERE run_id = ? ORDER BY id", (run_id,)) if run_id is not None
                else self.conn.execute(sql + " ORDER BY id"))
        return [Rejection(r["source"], r["stage"], r["reason"], r["article_id"]) for r in rows]

    # --- articles -------------------------------------------------------------------------

    def put_article(self, article: Article) -> str:
        """Store a freshly read article. Returns ``new``, ``changed`` or ``unchanged``.

        An unchanged article (same id, same content hash) is left as it is, with its facts.
        """
        digest = content_hash(article)
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is not None and row["content_hash"] == digest:
            return "unchanged"
        values = (digest, article.source, article.format, article.title, article.outlet, article.url,
                  article.language, article.published.isoformat() if article.published else None,
                  json.dumps(dict(article.meta_origin)), article.body, _now())
        with self.transaction() as db:
            # The source reads fine now: an earlier verdict on it (an older, broken version) is stale.
            db.execute("DELETE FROM rejections WHERE source = ?", (article.source,))
            if row is None:
                db.execute(
                    "INSERT INTO articles(content_hash, source, format, title, outlet, url, language, published,"
                    " meta_origin, body, ingested_at, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, article.id),
                )
            else:
                db.execute("DELETE FROM facts WHERE article_id = ?", (article.id,))
                db.execute(
                    "UPDATE articles SET content_hash=?, source=?, format=?, title=?, outlet=?, url=?, language=?,"
                    " published=?, meta_origin=?, body=?, ingested_at=?, clean_text=NULL, removed=NULL,"
                    " removed_reasons=NULL, status='ingested', status_reason=NULL, analysed_at=NULL WHERE id=?",
                    (*values, article.id),
                )
        return "new" if row is None else "changed"

    def mark_rejected(self, article_id: str, reason: str) -> None:
        """Keep a stored article but take it out of the pending queue (a later stage rejected it)."""
        self.conn.execute("UPDATE articles SET status = 'rejected', status_reason = ? WHERE id = ?",
                          (reason, article_id))

    def bodies(self) -> Iterator[str]:
        for row in self.conn.execute("SELECT body FROM articles ORDER BY id"):
            yield row["body"]

    def pending(self) -> list[Article]:
        """Articles stored but not yet cleaned and analysed (after a crash, or just ingested)."""
        rows = self.conn.execute("SELECT * FROM articles WHERE status = 'ingested' ORDER BY id").fetchall()
        return [_article(r) for r in rows]

    def save_analysis(self, clean: CleanArticle, facts: ArticleFacts | None, *,
                      status: str = "analysed", reason: str | None = None) -> None:
        """Store the cleaned text and every fact of one article, all or nothing."""
        with self.transaction() as db:
            db.execute("DELETE FROM facts WHERE article_id = ?", (clean.id,))
            published = facts.published if facts and facts.published else clean.published
            origin = facts.published_origin if facts and facts.published else clean.published_origin
            db.execute(
                # Title and outlet may come from the text (the cleaner reads credits and headlines);
                # the content hash stays the ingest one, so a rerun still sees the article unchanged.
                "UPDATE articles SET clean_text=?, removed=?, removed_reasons=?, language=?, published=?,"
                " published_origin=?,"
                " title=?, outlet=?, meta_origin=?, status=?, status_reason=?, analysed_at=?, linked=0"
                " WHERE id=?",
                (clean.text, json.dumps(list(clean.removed)), json.dumps(list(clean.removed_reasons)), clean.language,
                 published.isoformat() if published else None, origin, clean.article.title,
                 clean.article.outlet, json.dumps(dict(clean.article.meta_origin)), status, reason,
                 _now(), clean.id),
            )
            if facts is None:
                return
            rows: list[tuple[Any, ...]] = []
            for s in facts.sentences:
                rows.append((clean.id, "sentence", s.index, s.index, s.start, s.end, s.text,
                             json.dumps({"index": s.index, "start": s.start, "end": s.end})))
            for type_, (field, _cls) in FACT_TYPES.items():
                for seq, record in enumerate(getattr(facts, field)):
                    sp = record.span
                    rows.append((clean.id, type_, seq, sp.sentence_index, sp.start, sp.end, sp.sentence,
                                 dumps(record)))
            db.executemany(
                'INSERT INTO facts(article_id, type, seq, sentence_index, start, "end", sentence, data)'
                " VALUES (?,?,?,?,?,?,?,?)",
                rows,
            )

    def replace_dates(self, article_id: str, dates: Sequence[DateMention], published: dt.date,
                      origin: str) -> None:
        """Re-dated article: new publication date (and its origin) and its re-resolved date facts."""
        with self.transaction() as db:
            db.execute("DELETE FROM facts WHERE article_id = ? AND type = 'date'", (article_id,))
            db.execute("UPDATE articles SET published = ?, published_origin = ? WHERE id = ?",
                       (published.isoformat(), origin, article_id))
            db.executemany(
                'INSERT INTO facts(article_id, type, seq, sentence_index, start, "end", sentence, data)'
                " VALUES (?,?,?,?,?,?,?,?)",
                [(article_id, "date", seq, d.span.sentence_index, d.span.start, d.span.end, d.span.sentence,
                  dumps(d)) for seq, d in enumerate(dates)],
            )

    def article_rows(self, where: str = "1", params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(f"SELECT * FROM articles WHERE {where} ORDER BY id", params).fetchall()

    def analysed(self, ids: Iterable[str] | None = None) -> list[tuple[CleanArticle, ArticleFacts]]:
        """Analysed articles with their facts, rebuilt as records (for the cross-outlet stages).

        Every one, or those of ``ids`` (read through the indexes, so an incremental link over a
        large store reads only the articles it needs).
        """
        if ids is None:
            rows = self.article_rows("status = 'analysed'")
            # Iterated, not fetched: every fact row of the store at once (236,131 rows, 151 MB of
            # text on a 5,056-article store) was held beside the records rebuilt from it.
            return _rebuild(rows, self.conn.execute('SELECT article_id, type, seq, start, "end", sentence, data'
                                                    " FROM facts ORDER BY article_id, type, seq"))
        wanted = sorted(set(ids))
        rows, facts = [], []
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows += self.article_rows(f"status = 'analysed' AND id IN ({marks})", chunk)
            facts += self.conn.execute('SELECT article_id, type, seq, start, "end", sentence, data FROM facts'
                                       f" WHERE article_id IN ({marks}) ORDER BY article_id, type, seq",
                                       chunk).fetchall()
        rows.sort(key=lambda r: str(r["id"]))
        return _rebuild(rows, facts)

    def facts(self, article_id: str, type_: str) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT data FROM facts WHERE article_id = ? AND type = ? ORDER BY seq",
                                 (article_id, type_))
        return [json.loads(r["data"]) for r in rows]

    def sentence_bounds(self) -> dict[str, list[tuple[int, int, int]]]:
        """Article id -> its sentences as (index, start, end) into the clean text, in order."""
        out: dict[str, list[tuple[int, int, int]]] = {}
        for r in self.conn.execute("SELECT article_id, seq, start, \"end\" FROM facts WHERE type = 'sentence'"
                                   " ORDER BY article_id, seq"):
            out.setdefault(r["article_id"], []).append((r["seq"], r["start"], r["end"]))
        return out

    def counts(self) -> dict[str, int]:
        out = {r["status"]: r["n"] for r in
               self.conn.execute("SELECT status, COUNT(*) AS n FROM articles GROUP BY status")}
        out["rejections"] = self.conn.execute("SELECT COUNT(*) FROM rejections").fetchone()[0]
        return out

    # --- the cross-outlet picture ---------------------------------------------------------

    def get_state(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def save_picture(self, *, stories: dict[str, str], copies: Sequence[Copy],
                     pictures: dict[str, dict[str, Any]], labels: dict[str, str],
                     state: dict[str, str], index: Mapping[str, frozenset[int]] | None = None,
                     events: Sequence[EventRecord] | None = None) -> None:
        """Replace the cross-outlet picture in one transaction (it is recomputed from the facts).

        With ``index`` (article -> LSH bucket keys, from a full link) the copy-candidate index is
        rebuilt too and every article of ``stories`` counts as linked (see :meth:`save_link`); with
        ``events``, the event records are replaced too.
        """
        now = _now()
        with self.transaction() as db:
            db.execute("UPDATE articles SET story_id = NULL")
            db.executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                           [(sid, aid) for aid, sid in stories.items()])
            db.execute("DELETE FROM copies")
            db.executemany("INSERT OR REPLACE INTO copies(a, b, similarity, directed, passages)"
                           " VALUES (?,?,?,?,?)",
                           [(c.a, c.b, c.similarity, int(c.directed), json.dumps(list(c.passages)))
                            for c in copies])
            db.execute("DELETE FROM stories")
            db.executemany("INSERT INTO stories(id, label, picture, updated_at) VALUES (?,?,?,?)",
                           [(sid, labels.get(sid), json.dumps(pic, ensure_ascii=False), now)
                            for sid, pic in pictures.items()])
            db.executemany("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", list(state.items()))
            if events is not None:
                _events(db, events)
            if index is not None:
                db.execute("DELETE FROM copy_index")
                _index(db, index)
                db.execute("UPDATE articles SET linked = 0")
                db.executemany("UPDATE articles SET linked = 1 WHERE id = ?", [(aid,) for aid in stories])

    # --- incremental linking (pipeline.link on a store that already has a picture) ----------

    def link_rows(self) -> list[sqlite3.Row]:
        """Every article's id, status, story and whether the stored picture includes it."""
        return self.conn.execute("SELECT id, status, story_id, linked FROM articles ORDER BY id").fetchall()

    def clean_articles(self, ids: Iterable[str]) -> list[CleanArticle]:
        """The analysed articles of ``ids`` without their facts (enough to compare texts)."""
        rows: list[sqlite3.Row] = []
        for chunk in _chunks(sorted(set(ids))):
            rows += self.article_rows(f"status = 'analysed' AND id IN ({','.join('?' * len(chunk))})", chunk)
        return [clean_article(r) for r in rows]

    def copy_candidates(self, keys: Iterable[int]) -> set[str]:
        """The indexed articles that share any of ``keys`` (LSH buckets) with an article."""
        out: set[str] = set()
        wanted = sorted(set(keys))
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i:i + _CHUNK]
            out.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT article_id FROM copy_index WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def save_link(self, *, moved: Mapping[str, str | None], relinked: Sequence[str], copies: Sequence[Copy],
                  pictures: Mapping[str, dict[str, Any]], gone: Iterable[str], labels: Mapping[str, str],
                  state: Mapping[str, str], index: Mapping[str, frozenset[int]],
                  events: Sequence[EventRecord] = ()) -> None:
        """Update the picture where an incremental link changed it, in one transaction.

        Args:
            moved: article -> its new story (None: out of every story) for each article that moved.
            relinked: the articles this link read afresh; their old copies and index entries go,
                ``copies`` and ``index`` hold their new ones, and they count as linked.
            pictures: the re-reconciled stories, ``events`` their event records; ``gone``: stories
                left without an article.
        """
        now = _now()
        with self.transaction() as db:
            db.executemany("UPDATE articles SET story_id = ? WHERE id = ?", [(s, a) for a, s in moved.items()])
            for chunk in _chunks(sorted(set(relinked) | {a for a, s in moved.items() if s is None})):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM copies WHERE a IN ({marks}) OR b IN ({marks})", (*chunk, *chunk))
                db.execute(f"DELETE FROM copy_index WHERE article_id IN ({marks})", chunk)
                db.execute(f"UPDATE articles SET linked = 1 WHERE status = 'analysed' AND id IN ({marks})", chunk)
            db.executemany("INSERT OR REPLACE INTO copies(a, b, similarity, directed, passages) VALUES (?,?,?,?,?)",
                           [(c.a, c.b, c.similarity, int(c.directed), json.dumps(list(c.passages))) for c in copies])
            _index(db, index)
            db.executemany("DELETE FROM stories WHERE id = ?", [(sid,) for sid in (*gone, *pictures)])
            _events(db, events, (*gone, *pictures))
            db.executemany("INSERT INTO stories(id, label, picture, updated_at) VALUES (?,?,?,?)",
                           [(sid, labels.get(sid), json.dumps(pic, ensure_ascii=False), now)
                            for sid, pic in pictures.items()])
            db.executemany("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", list(state.items()))

    def add_story_override(self, override: StoryOverride, state: dict[str, str] | None = None) -> None:
        """Record an analyst's merge or split (and, in the same transaction, the updated ``state``)."""
        with self.transaction() as db:
            db.execute("INSERT INTO story_overrides(kind, story, other, articles, at) VALUES (?,?,?,?,?)",
                       (override.kind, override.story, override.other, json.dumps(list(override.articles)), _now()))
            db.executemany("INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)", list((state or {}).items()))

    def story_overrides(self) -> tuple[StoryOverride, ...]:
        """Every recorded merge and split, in the order they were made."""
        return tuple(StoryOverride(r["kind"], r["story"], r["other"], tuple(json.loads(r["articles"])))
                     for r in self.conn.execute("SELECT * FROM story_overrides ORDER BY id"))

    def copies(self) -> list[Copy]:
        return [Copy(r["a"], r["b"], r["similarity"], tuple(json.loads(r["passages"])), bool(r["directed"]))
                for r in self.conn.execute("SELECT * FROM copies ORDER BY a, b")]

    def stories(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM stories ORDER BY id").fetchall()

    def pictures(self, story_id: str | None = None) -> list[StoryPicture]:
        """The reconciled picture of every story (or of one), as records, in story id order."""
        rows = (self.conn.execute("SELECT id, label, picture FROM stories WHERE id = ?", (story_id,))
                if story_id is not None else self.conn.execute("SELECT id, label, picture FROM stories ORDER BY id"))
        return [StoryPicture.from_dict({"story": r["id"], **json.loads(r["picture"] or "{}")}, label=r["label"])
                for r in rows]

    def save_events(self, events: Sequence[EventRecord], stories: Iterable[str] | None = None) -> None:
        """Replace the event records (of ``stories`` only, when given) in one transaction."""
        with self.transaction() as db:
            _events(db, events, stories)

    def events(self, story_id: str | None = None) -> list[EventRecord]:
        """The event records of every story (or of one), by story, date and id."""
        where, params = (" WHERE story_id = ?", (story_id,)) if story_id is not None else ("", ())
        rows = self.conn.execute(f"SELECT record FROM events{where} ORDER BY story_id, event_date, id", params)
        return [EventRecord.from_dict(json.loads(r["record"])) for r in rows]

    def events_updated_at(self) -> str | None:
        """When the event records were last written (the ACLED export's timestamp)."""
        row = self.conn.execute("SELECT MAX(updated_at) AS at FROM events").fetchone()
        return None if row is None else row["at"]

    # --- embedding vectors (embedding.VectorTable) ----------------------------------------

    def vectors(self, keys: Sequence[bytes], model: str) -> dict[bytes, bytes]:
        """The stored vectors of ``model`` among ``keys`` (text hashes), as raw float32 bytes."""
        return self._blobs("vectors", "SELECT key, vector FROM vectors WHERE model = ? AND key IN ({})", keys, model)

    def save_vectors(self, rows: Sequence[tuple[bytes, bytes]], model: str) -> None:
        """Keep ``(text hash, float32 bytes)`` vectors of ``model``; inside the caller's transaction if
        one is open (the link's), else in one of their own."""
        sql = "INSERT OR IGNORE INTO vectors(key, model, vector) VALUES (?, ?, ?)"
        params = [(key, model, vector) for key, vector in rows]
        self._record("vectors", [key for key, _ in rows], model)
        if self.conn.in_transaction:
            self.conn.executemany(sql, params)
            return
        with self.transaction() as db:
            db.executemany(sql, params)

    # --- sentence parses (reconcile.parse_store.ParseTable) ------------------------------

    def parses(self, keys: Sequence[bytes], model: str) -> dict[bytes, bytes]:
        """The stored parses by ``model`` among ``keys`` (sentence hashes), as DocBin bytes."""
        return self._blobs("parses", "SELECT key, doc FROM parses WHERE model = ? AND key IN ({})", keys, model)

    def save_parses(self, rows: Sequence[tuple[bytes, bytes]], model: str) -> None:
        """Keep ``(sentence hash, DocBin bytes)`` parses by ``model``, as :meth:`save_vectors` keeps vectors."""
        sql = "INSERT OR IGNORE INTO parses(key, model, doc) VALUES (?, ?, ?)"
        params = [(key, model, doc) for key, doc in rows]
        self._record("parses", [key for key, _ in rows], model)
        if self.conn.in_transaction:
            self.conn.executemany(sql, params)
            return
        with self.transaction() as db:
            db.executemany(sql, params)

    def _blobs(self, table: str, sql: str, keys: Sequence[bytes], model: str) -> dict[bytes, bytes]:
        found: dict[bytes, bytes] = {}
        for i in range(0, len(keys), _VECTOR_QUERY_KEYS):
            part = keys[i:i + _VECTOR_QUERY_KEYS]
            rows = self.conn.execute(sql.format(",".join("?" * len(part))), (model, *part))
            found.update((bytes(r[0]), bytes(r[1])) for r in rows)
        self._record(table, list(found), model)
        return found

    def _record(self, table: str, keys: Sequence[bytes], model: str) -> None:
        if self.cache_reads is not None:
            self.cache_reads.setdefault(table, set()).update((key, model) for key in keys)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _article(r: sqlite3.Row) -> Article:
    return Article(id=r["id"], source=r["source"], body=r["body"], format=r["format"], title=r["title"],
                   outlet=r["outlet"], url=r["url"], language=r["language"], published=_date(r["published"]),
                   meta_origin=json.loads(r["meta_origin"] or "{}"))


def clean_article(r: sqlite3.Row) -> CleanArticle:
    """Rebuild the CleanArticle of an analysed row."""
    return CleanArticle(article=_article(r), text=r["clean_text"] or "",
                        removed=tuple(json.loads(r["removed"] or "[]")), language=r["language"],
                        published=_date(r["published"]), published_origin=r["published_origin"],
                        removed_reasons=tuple(json.loads(r["removed_reasons"] or "[]")))


#: Ids per ``IN (...)`` query: under SQLite's default limit of 32,766 host parameters with room to spare.
_CHUNK = 900


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _events(db: sqlite3.Connection, events: Sequence[EventRecord], stories: Iterable[str] | None = None) -> None:
    if stories is None:
        db.execute("DELETE FROM events")
    else:
        db.executemany("DELETE FROM events WHERE story_id = ?", [(sid,) for sid in stories])
    now = _now()
    db.executemany(
        "INSERT INTO events(id, story_id, event_date, event_type, sub_event_type, country, admin1, location,"
        " actor1, actor2, fatalities, record, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(e.event_id, e.story_id, e.event_date, e.event_type, e.sub_event_type, e.country, e.admin1,
          e.location, e.actor1, e.actor2, e.fatalities, json.dumps(e.to_dict(), ensure_ascii=False), now)
         for e in events])


def _index(db: sqlite3.Connection, index: Mapping[str, frozenset[int]]) -> None:
    db.executemany("INSERT OR IGNORE INTO copy_index(key, article_id) VALUES (?, ?)",
                   [(key, aid) for aid, keys in index.items() for key in keys])


def _rebuild(rows: Sequence[sqlite3.Row], facts: Iterable[sqlite3.Row]) -> list[tuple[CleanArticle, ArticleFacts]]:
    facts_by: dict[str, dict[str, list[Any]]] = {r["id"]: {} for r in rows}
    sentences: dict[str, list[Sentence]] = {r["id"]: [] for r in rows}
    for f in facts:
        aid = f["article_id"]
        if aid not in facts_by:
            continue
        if f["type"] == "sentence":
            sentences[aid].append(Sentence(f["seq"], f["start"], f["end"], f["sentence"]))
            continue
        field, cls = FACT_TYPES[f["type"]]
        facts_by[aid].setdefault(field, []).append(from_dict(cls, json.loads(f["data"])))
    out = []
    for r in rows:
        clean = clean_article(r)
        by = facts_by[r["id"]]
        out.append((clean, ArticleFacts(
            article_id=r["id"], sentences=tuple(sentences[r["id"]]),
            figures=tuple(by.get("figures", ())), quotes=tuple(by.get("quotes", ())),
            dates=tuple(by.get("dates", ())), places=tuple(by.get("places", ())),
            actors=tuple(by.get("actors", ())), published=clean.published,
            published_origin=clean.published_origin)))
    return out
