"""``groundwatch report --from-parquet DIR``: the Parquet tables of a Spark job back into a store.

The tables (schema.py) hold every record the store holds, so the report and facts.json are
rendered by the same code from a store rebuilt with the Store's own methods.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from groundwatch.records import Article, ArticleFacts, CleanArticle, Copy, EventRecord, Rejection, Sentence, Span
from groundwatch.spark import schema
from groundwatch.store.sqlite import Store


def read_tables(spark: Any, folder: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Every table under ``folder`` (a job's ``--out`` with ``parquet/`` inside, or the tables' folder)."""
    root = Path(folder)
    if not (root / "articles").is_dir() and (root / "parquet" / "articles").is_dir():
        root = root / "parquet"
    from groundwatch.errors import InputError

    if not (root / "articles").is_dir():
        raise InputError(f"no Parquet tables under {folder} (expected {root / 'articles'})")
    out: dict[str, list[dict[str, Any]]] = {}
    for table in schema.TABLES:
        frame = spark.read.schema(schema.ddl(table)).parquet(str(root / table))
        out[table] = [row.asDict(recursive=True) for row in frame.collect()]
    return out


def load(folder: str | Path, db: str | Path, master: str | None = "local[1]") -> Path:
    """Rebuild the store of the tables under ``folder`` at ``db`` (replaced if it exists)."""
    from groundwatch.spark.session import get_session

    tables = read_tables(get_session(master), folder)
    path = Path(db)
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    store = Store.open(path)
    fill(store, tables, source=str(folder))
    store.close()
    return path


def fill(store: Store, tables: dict[str, list[dict[str, Any]]], source: str = "parquet") -> None:
    """Write the rows of ``tables`` into an empty ``store``."""
    facts: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for table, cls in schema.FACT_TABLES.items():
        for row in sorted(tables[table], key=lambda r: (r["article_id"], r["seq"])):
            span = Span(row["article_id"], row["sentence_index"], row["start"], row["end"], row["sentence"])
            values = {k: v for k, v in row.items() if k not in ("article_id", "seq", "sentence_index", "start",
                                                                "end", "sentence")}
            facts[row["article_id"]][table].append(cls(span=span, **values))
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for row in sorted(tables["sentences"], key=lambda r: (r["article_id"], r["index"])):
        sentences[row["article_id"]].append(Sentence(row["index"], row["start"], row["end"], row["text"]))
    run_id = store.begin_run([source])
    for row in sorted(tables["articles"], key=lambda r: r["id"]):
        _article(store, row, facts[row["id"]], sentences[row["id"]])
    for row in tables["rejections"]:
        store.add_rejection(run_id, Rejection(row["source"], row["stage"], row["reason"], row["article_id"]))
    pictures = {r["id"]: json.loads(r["picture"]) for r in tables["stories"]}
    store.save_picture(
        stories={r["id"]: r["story_id"] for r in tables["articles"] if r["story_id"]},
        copies=[Copy(r["a"], r["b"], r["similarity"], tuple(r["passages"] or ()), bool(r["directed"]))
                for r in tables["copies"]],
        pictures=pictures, labels={r["id"]: r["label"] for r in tables["stories"] if r["label"] is not None},
        state={}, events=[EventRecord.from_dict(json.loads(r["record"])) for r in tables.get("events", ())])
    store.finish_run(run_id, {"from_parquet": source})


def _article(store: Store, row: dict[str, Any], facts: dict[str, list[Any]], sentences: list[Sentence]) -> None:
    published: dt.date | None = row["published"]
    article = Article(id=row["id"], source=row["source"], body=row["body"], format=row["format"],
                      title=row["title"], outlet=row["outlet"], url=row["url"], language=row["language"],
                      published=published, meta_origin=json.loads(row["meta_origin"] or "{}"))
    store.put_article(article)
    if row["status"] == "rejected":
        store.mark_rejected(article.id, row["status_reason"] or "")
        return
    if row["status"] not in ("analysed", "not_analysed"):
        return
    clean = CleanArticle(article=article, text=row["clean_text"] or "", removed=tuple(row["removed"] or ()),
                         language=row["language"], published=published,
                         published_origin=row["published_origin"],
                         removed_reasons=tuple(row.get("removed_reasons") or ()))  # absent from an older table
    analysed = row["status"] == "analysed"
    record = ArticleFacts(article_id=article.id, sentences=tuple(sentences),
                          figures=tuple(facts["figures"]), quotes=tuple(facts["quotes"]),
                          dates=tuple(facts["dates"]), places=tuple(facts["places"]),
                          actors=tuple(facts["actors"]), published=published,
                          published_origin=row["published_origin"]) if analysed else None
    store.save_analysis(clean, record, status=row["status"], reason=row["status_reason"])
