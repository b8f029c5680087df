"""The web app's read side: one shared read connection and the picture of the store, cached."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from groundwatch.records import StoryPicture
from groundwatch.stages import report
from groundwatch.stages.export import facts_document
from groundwatch.store import web_queries
from groundwatch.store.sqlite import Store


@dataclass(frozen=True, slots=True)
class Picture:
    """The facts export and the report context of the store at one data version."""

    facts: dict[str, Any]
    ctx: dict[str, Any]
    stories: dict[str, dict[str, Any]]
    articles: dict[str, dict[str, Any]]
    pictures: dict[str, StoryPicture]  # the reconciled picture of each story, typed
    sentences: dict[str, list[tuple[int, int, int]]]  # article -> (index, start, end) of its sentences


class Data:
    """One read connection shared by the requests (serialised by a lock) and a cached picture.

    The picture is rebuilt only when the store's data version says another connection (an ingest
    job, a CLI run) committed since.
    """

    def __init__(self, db: str) -> None:
        self.db = db
        self.lock = threading.RLock()
        self._store: Store | None = None
        self._picture: tuple[int, Picture] | None = None

    @contextlib.contextmanager
    def store(self) -> Iterator[Store]:
        with self.lock:
            if self._store is None:
                self._store = Store.open(self.db)
            yield self._store

    def close(self) -> None:
        with self.lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def picture(self) -> Picture:
        with self.store() as store:
            version = web_queries.data_version(store)
            if self._picture is not None and self._picture[0] == version:
                return self._picture[1]
            facts = facts_document(store)
            ctx = report.build_context(store, facts)
            pic = Picture(facts=facts, ctx=ctx, stories={s["id"]: s for s in ctx["stories"]},
                          articles={a["id"]: a for a in facts["articles"]},
                          pictures={p.story_id: p for p in store.pictures()},
                          sentences=web_queries.sentences_by_article(store))
            self._picture = (version, pic)
            return pic
