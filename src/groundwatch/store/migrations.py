"""Registered, transactional schema migrations (as sqlite-utils ``Migrations``).

The schema version lives in ``PRAGMA user_version``. On open, every migration above the
stored version runs inside one transaction with the version bump, so a crash leaves the
database at the old version or the new one, never between. Append new migrations; never
edit a released one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def wrap(fn: Migration) -> Migration:
        if MIGRATIONS and MIGRATIONS[-1][0] != version - 1:
            raise ValueError(f"migration {version} registered out of order")
        MIGRATIONS.append((version, name, fn))
        return fn

    return wrap


@migration(1, "articles, facts, runs, rejections")
def _initial(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT, language TEXT,
            published TEXT,
            published_origin TEXT NOT NULL DEFAULT 'unknown',
            meta_origin TEXT NOT NULL DEFAULT '{}',
            body TEXT NOT NULL,
            clean_text TEXT,
            removed TEXT,
            status TEXT NOT NULL DEFAULT 'ingested',  -- ingested | analysed | not_analysed
            status_reason TEXT,
            story_id TEXT,
            ingested_at TEXT NOT NULL,
            analysed_at TEXT
        );
        CREATE INDEX articles_status ON articles(status);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,          -- figure | quote | date | place | actor | sentence
            seq INTEGER NOT NULL,        -- order within the article and type
            sentence_index INTEGER,
            start INTEGER, "end" INTEGER,
            sentence TEXT,
            data TEXT NOT NULL           -- the record's to_dict() as JSON
        );
        CREATE INDEX facts_article ON facts(article_id, type);
        CREATE INDEX facts_type ON facts(type);
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            inputs TEXT NOT NULL,
            summary TEXT
        );
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES runs(id),
            source TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            article_id TEXT,
            at TEXT NOT NULL
        );
        """
    )


@migration(2, "cross-outlet tables: stories, copies, story pictures, story index state")
def _cross(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE copies (
            a TEXT NOT NULL, b TEXT NOT NULL,
            similarity REAL NOT NULL,
            directed INTEGER NOT NULL DEFAULT 0,
            passages TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (a, b)
        );
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            label TEXT,
            picture TEXT,               -- reconcile.StoryPicture as JSON
            updated_at TEXT NOT NULL
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migration(3, "full-text search over articles (FTS5)")
def _fts(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, clean_text, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, clean_text)
            VALUES (new.rowid, new.title, new.clean_text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
            VALUES ('delete', old.rowid, old.title, old.clean_text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, clean_text)
            VALUES ('delete', old.rowid, old.title, old.clean_text);
            INSERT INTO articles_fts(rowid, title, clean_text)
            VALUES (new.rowid, new.title, new.clean_text);
        END;
        """
    )


@migration(4, "web ingest jobs, kept across restarts")
def _jobs(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            state TEXT NOT NULL,        -- queued | fetching | analysing | linking | done | failed | interrupted
            owner TEXT NOT NULL,        -- the app instance that runs it
            data TEXT NOT NULL          -- inputs, progress, per-file results as JSON (store.jobs.Job)
        );
        CREATE INDEX jobs_created ON jobs(created);
        """
    )


@migration(5, "analyst story overrides (merge and split), replayed on every relink")
def _story_overrides(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE story_overrides (
            id INTEGER PRIMARY KEY,     -- replay order
            kind TEXT NOT NULL,         -- merge | split
            story TEXT NOT NULL,        -- merge: the story kept; split: the story left
            other TEXT NOT NULL,        -- merge: the story folded in; split: the new story's id
            articles TEXT NOT NULL DEFAULT '[]',  -- split: the articles moved (JSON list)
            at TEXT NOT NULL
        );
        """
    )


@migration(6, "incremental linking: which analysed articles are linked, and the copy-candidate index")
def _link_index(db: sqlite3.Connection) -> None:
    _script(db,
        """
        ALTER TABLE articles ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;  -- 1: in the stored picture
        CREATE TABLE copy_index (
            key INTEGER NOT NULL,       -- an LSH band bucket of one reporting unit (stages/dedupe.py)
            article_id TEXT NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX copy_index_article ON copy_index(article_id);
        """
    )


@migration(7, "event records (stages/events/assemble.py), recomputed with their stories' pictures")
def _events(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,        -- EventRecord.event_id
            story_id TEXT NOT NULL,
            event_date TEXT,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            country TEXT, admin1 TEXT, location TEXT,
            actor1 TEXT, actor2 TEXT,
            fatalities INTEGER NOT NULL DEFAULT 0,
            record TEXT NOT NULL,       -- EventRecord.to_dict() as JSON, provenance included
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_story ON events(story_id);
        """
    )


@migration(8, "monitor: watched sources, what each has seen, cycles, change sets and alerts")
def _monitor(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE monitor_sources (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,         -- folder | feed | page | url (a URL not fetched yet)
            location TEXT NOT NULL,     -- path or URL
            health TEXT NOT NULL DEFAULT 'new',  -- new | ok | unhealthy
            reason TEXT,                -- why unhealthy (the last error)
            unhealthy_since TEXT,
            last_attempt TEXT,
            last_success TEXT,
            next_due TEXT,              -- not polled before this (interval, or backoff after errors)
            failures INTEGER NOT NULL DEFAULT 0,  -- consecutive
            errors INTEGER NOT NULL DEFAULT 0,    -- in all
            items_seen INTEGER NOT NULL DEFAULT 0,
            data TEXT NOT NULL DEFAULT '{}'       -- outlet, language, interval, etag, last-modified (JSON)
        );
        CREATE TABLE monitor_seen (
            source TEXT NOT NULL,
            key TEXT NOT NULL,          -- a file's relative path, a feed item's guid or link
            digest TEXT NOT NULL,       -- what it was when last ingested
            at TEXT NOT NULL,
            PRIMARY KEY (source, key)
        );
        CREATE TABLE monitor_cycles (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            before TEXT NOT NULL,       -- the stories' digest when the cycle began (JSON)
            summary TEXT
        );
        CREATE TABLE monitor_changes (
            id INTEGER PRIMARY KEY,
            cycle_id INTEGER NOT NULL REFERENCES monitor_cycles(id),
            at TEXT NOT NULL,
            story_id TEXT,
            kind TEXT NOT NULL,         -- new_story | articles | figure | contradiction | quote | place
            data TEXT NOT NULL
        );
        CREATE INDEX monitor_changes_at ON monitor_changes(at);
        CREATE INDEX monitor_changes_story ON monitor_changes(story_id);
        CREATE TABLE monitor_alerts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,   -- rule and subject: a fired alert is stored once
            rule TEXT NOT NULL,
            cycle_id INTEGER,
            at TEXT NOT NULL,
            story_id TEXT,
            message TEXT NOT NULL,
            data TEXT NOT NULL,
            delivered INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        """
    )


@migration(9, "vectors: sentence embeddings kept across runs")
def _vectors(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE vectors (
            key BLOB NOT NULL,          -- blake2b-128 of the text (embedding._key)
            model TEXT NOT NULL,        -- the embedding model and its version
            vector BLOB NOT NULL,       -- float32, unit length
            PRIMARY KEY (key, model)
        ) WITHOUT ROWID;
        """
    )


@migration(10, "why the cleaner dropped each removed line (parallel to articles.removed; NULL: not recorded)")
def _removed_reasons(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE articles ADD COLUMN removed_reasons TEXT")


@migration(11, "parses: the spaCy parses of the sentences the link parses alone, kept across runs")
def _parses(db: sqlite3.Connection) -> None:
    _script(db,
        """
        CREATE TABLE parses (
            key BLOB NOT NULL,          -- blake2b-128 of the sentence (reconcile.parse_store.key)
            model TEXT NOT NULL,        -- the spaCy pipeline that parsed it (reconcile.parse_store.model_name)
            doc BLOB NOT NULL,          -- spaCy DocBin bytes of the one parse
            PRIMARY KEY (key, model)
        ) WITHOUT ROWID;
        """
    )


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the caller's transaction.

    ``Connection.executescript`` would COMMIT first, breaking the all-or-nothing migration.
    """
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def apply(db: sqlite3.Connection) -> int:
    """Bring ``db`` to the latest schema; returns the version it is at."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    latest = MIGRATIONS[-1][0]
    if current > latest:
        from groundwatch.errors import StoreError

        raise StoreError(f"database schema v{current} is newer than this groundwatch (v{latest})")
    for version, _name, fn in MIGRATIONS:
        if version <= current:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            fn(db)
            db.execute(f"PRAGMA user_version = {version:d}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return latest
