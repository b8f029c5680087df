"""The read queries of the web app and its JSON API (every SQL statement the web layer needs).

Each function takes an open :class:`Store`; lists come back as ``(total, rows)`` so that every
list endpoint paginates the same way. Rows are plain dicts of column values; facts are decoded
from their stored JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from groundwatch.store.sqlite import Store

#: Search: characters of query read and terms used; longer queries are cut, not refused.
MAX_QUERY_CHARS = 300
MAX_QUERY_TERMS = 24

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORDISH = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\*?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles to list (None: any)."""

    story: str | None = None
    outlet: str | None = None
    language: str | None = None
    published_from: str | None = None  # YYYY-MM-DD, inclusive
    published_to: str | None = None


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which stored facts of one type to list (None: any)."""

    type: str
    story: str | None = None
    article: str | None = None
    kind: str | None = None  # figures
    speaker: str | None = None  # quotes: a case-insensitive part of the name
    country: str | None = None  # places: ISO alpha-2


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text match; ``snippet`` marks the matches with \\x02 ... \\x03."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    story: str | None
    url: str | None
    snippet: str


def data_version(store: Store) -> int:
    """Changes whenever another connection commits (used to know when cached views are stale)."""
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])


def sentence_bounds(store: Store, article_id: str) -> list[tuple[int, int, int]]:
    """(index, start, end) of every sentence of an article, in order."""
    rows = store.conn.execute('SELECT seq, start, "end" FROM facts WHERE article_id = ? AND type = \'sentence\''
                              " ORDER BY seq", (article_id,))
    return [(int(r["seq"]), int(r["start"]), int(r["end"])) for r in rows]


def sentences_by_article(store: Store) -> dict[str, list[tuple[int, int, int]]]:
    """(index, start, end) of every sentence of every article, in order."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for r in store.conn.execute('SELECT article_id, seq, start, "end" FROM facts WHERE type = \'sentence\''
                                " ORDER BY article_id, seq"):
        out.setdefault(r["article_id"], []).append((int(r["seq"]), int(r["start"]), int(r["end"])))
    return out


def articles(store: Store, flt: ArticleFilter, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
    """Articles that were not rejected, newest first."""
    where, params = ["status != 'rejected'"], []
    for column, value in (("story_id", flt.story), ("outlet", flt.outlet), ("language", flt.language)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if flt.published_from:
        where.append("published >= ?")
        params.append(flt.published_from)
    if flt.published_to:
        where.append("published <= ?")
        params.append(flt.published_to)
    sql_where = " AND ".join(where)
    total = int(store.conn.execute(f"SELECT COUNT(*) FROM articles WHERE {sql_where}", params).fetchone()[0])
    rows = store.conn.execute(
        "SELECT id, title, outlet, url, language, published, story_id, status FROM articles"
        f" WHERE {sql_where} ORDER BY published DESC, id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return total, [{k: r[k] for k in r.keys()} for r in rows]  # noqa: SIM118 - sqlite3.Row is no Mapping


def _fact_where(flt: FactFilter) -> tuple[str, list[Any]]:
    where, params = ["f.type = ?", "a.status != 'rejected'"], [flt.type]
    for clause, value in (("a.story_id = ?", flt.story), ("f.article_id = ?", flt.article),
                          ("json_extract(f.data, '$.kind') = ?", flt.kind),
                          ("instr(lower(coalesce(json_extract(f.data, '$.speaker'), '')), ?) > 0",
                           flt.speaker.lower() if flt.speaker else None),
                          ("upper(json_extract(f.data, '$.country')) = ?",
                           flt.country.upper() if flt.country else None)):
        if value is not None:
            where.append(clause)
            params.append(value)
    return " AND ".join(where), params


def facts(store: Store, flt: FactFilter, limit: int | None, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Stored facts of one type with their article's outlet, date and story; oldest article first.

    Each row is the fact's own fields plus ``article``, ``index`` (its order in the article),
    ``sentence_index``, ``outlet``, ``published`` and ``story``.
    """
    sql_where, params = _fact_where(flt)
    base = f"FROM facts f JOIN articles a ON a.id = f.article_id WHERE {sql_where}"
    total = int(store.conn.execute(f"SELECT COUNT(*) {base}", params).fetchone()[0])
    rows = store.conn.execute(
        f"SELECT f.article_id, f.seq, f.sentence_index, f.data, a.outlet, a.published, a.story_id {base}"
        " ORDER BY a.published, f.article_id, f.seq LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else limit, offset]).fetchall()
    return total, [{**json.loads(r["data"]), "article": r["article_id"], "index": r["seq"],
                    "sentence_index": r["sentence_index"], "outlet": r["outlet"], "published": r["published"],
                    "story": r["story_id"]} for r in rows]


def fts_query(text: str) -> str | None:
    """A user's search text as a safe FTS5 query: every term quoted (AND), phrases kept.

    ``"exact phrase"`` stays a phrase; a trailing ``*`` makes a prefix search; FTS5 operators
    and punctuation in the text lose their meaning, so no input can make the query invalid.
    """
    terms: list[str] = []
    for m in _TERM.finditer(text[:MAX_QUERY_CHARS]):
        if m.group(1) is not None:
            words = _WORDISH.findall(m.group(1))
            if words:
                terms.append('"' + " ".join(w.rstrip("*") for w in words).replace('"', '""') + '"')
            continue
        for word in _WORDISH.findall(m.group(2)):
            prefix = word.endswith("*")
            word = word.rstrip("*")
            if word:
                terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    terms = terms[:MAX_QUERY_TERMS]
    return " ".join(terms) if terms else None


def search(store: Store, text: str, limit: int, offset: int) -> tuple[int, list[SearchHit]]:
    """FTS5 search over titles and clean text, best first; the query is rebuilt by :func:`fts_query`."""
    query = fts_query(text)
    if query is None:
        return 0, []
    match = ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
             " WHERE articles_fts MATCH ? AND a.status != 'rejected'")
    total = int(store.conn.execute(f"SELECT COUNT(*) {match}", (query,)).fetchone()[0])
    rows = store.conn.execute(
        "SELECT a.id, a.title, a.outlet, a.published, a.story_id, a.url,"
        f" snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snip {match}"
        " ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?", (query, limit, offset)).fetchall()
    return total, [SearchHit(id=r["id"], title=r["title"], outlet=r["outlet"], published=r["published"],
                             story=r["story_id"], url=r["url"], snippet=r["snip"] or "") for r in rows]


def from_source(store: Store, path: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The articles read from a file (or its documents ``path#n``) and the rejections of it."""
    n = len(path)
    params = (path, n + 1, path + "#")
    arts = store.conn.execute("SELECT id, status, status_reason FROM articles WHERE source = ?"
                              " OR substr(source, 1, ?) = ? ORDER BY id", params).fetchall()
    rejs = store.conn.execute("SELECT stage, reason FROM rejections WHERE source = ?"
                              " OR substr(source, 1, ?) = ? ORDER BY id", params).fetchall()
    return ([{"id": a["id"], "status": a["status"], "status_reason": a["status_reason"]} for a in arts],
            [{"stage": r["stage"], "reason": r["reason"]} for r in rejs])

