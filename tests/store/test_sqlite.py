import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from groundwatch.errors import StoreError
from groundwatch.records import Article, ArticleFacts, CleanArticle, Figure, Quote, Rejection, Sentence, Span
from groundwatch.store import migrations
from groundwatch.store.sqlite import Store


def _article(body: str = "Floods hit Tessel.", **kw: object) -> Article:
    return Article(id=str(kw.pop("id", "a/1")), source="mem", body=body, format="txt",
                   published=dt.date(2025, 3, 1), **kw)  # type: ignore[arg-type]


def test_migrations_bring_a_new_database_to_the_latest_version(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "gw.db")
    version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    assert version == migrations.MIGRATIONS[-1][0]
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "facts", "runs", "rejections", "copies", "stories", "state", "articles_fts"} <= tables


def test_reopening_does_not_reapply_migrations(tmp_path: Path) -> None:
    Store.open(tmp_path / "gw.db").put_article(_article())
    store = Store.open(tmp_path / "gw.db")
    assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_a_failing_migration_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    Store.open(tmp_path / "gw.db").close()
    latest = migrations.MIGRATIONS[-1][0]
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (latest + 1, "broken", broken)])
    with pytest.raises(RuntimeError):
        Store.open(tmp_path / "gw.db")
    conn = sqlite3.connect(tmp_path / "gw.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "gw.db")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(tmp_path / "gw.db")


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "gw.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(bad)


def test_put_article_is_idempotent_by_content_hash() -> None:
    store = Store.open(":memory:")
    assert store.put_article(_article()) == "new"
    assert store.put_article(_article()) == "unchanged"
    assert store.put_article(_article("Floods hit Tessel again.")) == "changed"
    assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_analysis_round_trips_with_provenance() -> None:
    store = Store.open(":memory:")
    art = _article("At least 12 people were killed. \"We are ready,\" the mayor said.")
    store.put_article(art)
    clean = CleanArticle(article=art, text=art.body, language="en", published=art.published,
                         published_origin="manifest")
    s0 = Span("a/1", 0, 9, 11, "At least 12 people were killed.")
    fig = Figure(kind="killed", value=12, qualifier="at_least", text="At least 12 people", span=s0)
    quote = Quote(text="We are ready,", span=Span("a/1", 1, 33, 46, '"We are ready," the mayor said.'),
                  speaker="the mayor", speaker_kind="unknown")
    facts = ArticleFacts(article_id="a/1", sentences=(Sentence(0, 0, 31, "At least 12 people were killed."),),
                         figures=(fig,), quotes=(quote,))
    store.save_analysis(clean, facts)
    [(clean2, facts2)] = store.analysed()
    assert clean2.text == art.body
    assert facts2.figures == (fig,)
    assert facts2.quotes == (quote,)
    assert facts2.sentences[0].text.startswith("At least")
    # Saving again replaces, never duplicates.
    store.save_analysis(clean, facts)
    assert store.conn.execute("SELECT COUNT(*) FROM facts WHERE type='figure'").fetchone()[0] == 1


def test_full_text_search_follows_updates() -> None:
    store = Store.open(":memory:")
    art = _article("Rescue teams reached Brinmouth.")
    store.put_article(art)
    store.save_analysis(CleanArticle(article=art, text=art.body, language="en"), None)
    hits = store.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'brinmouth'").fetchall()
    assert len(hits) == 1
    store.put_article(_article("Nothing to see."))
    store.save_analysis(CleanArticle(article=_article("Nothing to see."), text="Nothing to see.", language="en"),
                        None)
    assert not store.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'brinmouth'").fetchall()


def test_rejections_are_recorded_per_run() -> None:
    store = Store.open(":memory:")
    run = store.begin_run(["x"])
    store.add_rejection(run, Rejection("bad.txt", "ingest", "empty file"))
    assert store.rejections(run) == [Rejection("bad.txt", "ingest", "empty file")]
    assert store.counts()["rejections"] == 1


def test_vectors_by_key_and_model() -> None:
    store = Store.open(":memory:")
    rows = [(i.to_bytes(16, "big"), bytes([i % 256]) * 8) for i in range(1000)]  # more keys than one query binds
    store.save_vectors(rows, "m/1")
    store.save_vectors(rows[:1], "m/2")
    store.save_vectors([(rows[0][0], b"other")], "m/1")  # a kept vector is never replaced
    got = store.vectors([key for key, _ in rows] + [b"absent"], "m/1")
    assert got == dict(rows)
    assert store.vectors([rows[1][0]], "m/2") == {}


def test_removed_lines_keep_their_reasons() -> None:
    store = Store.open(":memory:")
    art = _article("Floods hit Tessel.")
    store.put_article(art)
    clean = CleanArticle(article=art, text=art.body, removed=("Share this", "Rescuers wade in, June 7, 2027."),
                         removed_reasons=("call to action", "photo caption"), language="en")
    store.save_analysis(clean, None)
    [row] = store.conn.execute("SELECT * FROM articles").fetchall()
    from groundwatch.store.sqlite import clean_article

    again = clean_article(row)
    assert again.removed == clean.removed
    assert again.removed_reasons == clean.removed_reasons


def test_a_store_written_before_reasons_were_recorded_still_loads(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    version = next(v for v, name, _ in migrations.MIGRATIONS if name.startswith("why the cleaner dropped"))
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", [x for x in migrations.MIGRATIONS if x[0] < version])
        old = Store.open(tmp_path / "gw.db")
        old.put_article(_article("Floods hit Tessel."))
        old.conn.execute("UPDATE articles SET clean_text='Floods hit Tessel.', status='analysed',"
                         " removed=? WHERE id='a/1'", ('["Share this"]',))
        old.conn.commit()
        old.close()
    store = Store.open(tmp_path / "gw.db")
    [row] = store.conn.execute("SELECT * FROM articles").fetchall()
    from groundwatch.store.sqlite import clean_article

    loaded = clean_article(row)
    assert loaded.removed == ("Share this",)
    assert loaded.removed_reasons == ()
    from groundwatch.stages.clean import removed_with

    assert removed_with(loaded, frozenset({"photo caption"})) is None
