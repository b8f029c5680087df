"""Incremental linking (linking.py) leaves the same picture as a full link of the same store.

The example corpus is analysed once. Each case links a copy of that store without some of its
articles, then lets those articles arrive (analysed, not yet linked): the incremental link of
that store and a full link of a copy of it must agree on stories, copies, pictures, labels and
the copy index, and the incremental one must leave the stories the arrivals do not touch alone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from groundwatch import pipeline
from groundwatch.settings import Settings
from groundwatch.store.sqlite import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("linking") / "all.db"
    store = Store.open(db)
    try:
        pipeline.run([EXAMPLES], manifest=EXAMPLES / "manifest.json", store=store)
    finally:
        store.close()
    return db


def _picture(store: Store) -> dict[str, Any]:
    rows = store.link_rows()
    stories: dict[str, list[str]] = {}
    for r in rows:
        if r["story_id"]:
            stories.setdefault(r["story_id"], []).append(r["id"])
    return {"stories": stories, "copies": store.copies(),
            "pictures": {r["id"]: (r["label"], json.loads(r["picture"])) for r in store.stories()},
            "linked": sorted(r["id"] for r in rows if r["linked"]),
            "index": [tuple(r) for r in store.conn.execute("SELECT key, article_id FROM copy_index ORDER BY 1, 2")]}


def _with_arrivals(source: Path, db: Path, held: list[str]) -> None:
    """``db``: ``source`` linked without ``held``, then ``held`` arrived analysed and not yet linked."""
    shutil.copy(source, db)
    store = Store.open(db)
    try:
        marks = ",".join("?" * len(held))
        store.conn.execute(f"UPDATE articles SET status = 'held' WHERE id IN ({marks})", held)
        pipeline.link(store, Settings.load(), full=True)
        store.conn.execute(f"UPDATE articles SET status = 'analysed' WHERE id IN ({marks})", held)
        assert not any(r["linked"] or r["story_id"] for r in store.link_rows() if r["id"] in held)
        store.conn.execute("UPDATE stories SET updated_at = 'before'")
    finally:
        store.close()


@pytest.mark.parametrize("held", [
    ["08_northgate-observer", "12_blog-repost"],  # a copy of a stored article arrives (gold copy 07 -> 08)
    ["02_vna", "03_brinmouth-courier", "19_techline"],  # both sides of a copy, and an unrelated story
])
def test_incremental_link_equals_full_link(analysed: Path, tmp_path: Path, held: list[str]) -> None:
    incremental_db, full_db = tmp_path / "incremental.db", tmp_path / "full.db"
    _with_arrivals(analysed, incremental_db, held)
    shutil.copy(incremental_db, full_db)
    store, full = Store.open(incremental_db), Store.open(full_db)
    try:
        pipeline.link(store, Settings.load())
        pipeline.link(full, Settings.load(), full=True)
        incremental = _picture(store)
        assert incremental == _picture(full)
        assert set(held) <= set(incremental["linked"])
        untouched = [r["id"] for r in store.stories() if r["updated_at"] == "before"]
        assert untouched, "the incremental link re-reconciled every story"
        arrived_in = {sid for sid, ids in incremental["stories"].items() if set(ids) & set(held)}
        assert not set(untouched) & arrived_in
    finally:
        store.close()
        full.close()


def test_a_link_with_nothing_new_changes_nothing(analysed: Path, tmp_path: Path) -> None:
    db = tmp_path / "gw.db"
    _with_arrivals(analysed, db, [])
    store = Store.open(db)
    try:
        before = _picture(store)
        pipeline.link(store, Settings.load())
        assert _picture(store) == before
        assert all(r["updated_at"] == "before" for r in store.stories())
    finally:
        store.close()


def test_a_new_override_relinks_in_full(analysed: Path, tmp_path: Path) -> None:
    from groundwatch.records import StoryOverride

    db = tmp_path / "gw.db"
    _with_arrivals(analysed, db, [])
    store = Store.open(db)
    try:
        sids = [r["id"] for r in store.stories()]
        store.add_story_override(StoryOverride("merge", sids[0], sids[1]))
        pipeline.link(store, Settings.load())
        assert all(r["updated_at"] != "before" for r in store.stories())
        assert sids[1] not in {r["story_id"] for r in store.link_rows()}
    finally:
        store.close()


def test_listing_names_every_story_whose_profile_lists_an_arrival() -> None:
    from groundwatch.linking import listing

    # An arrival placed in s2 by its score and moved to s3 by a copy pair is listed by both profiles
    # until s2 is rebuilt: both must be re-indexed from all their members.
    index = json.dumps({"next_id": 4, "stories": [
        {"id": "s1", "articles": ["old-a"]},
        {"id": "s2", "articles": ["old-b", "arrival"]},
        {"id": "s3", "articles": ["old-c", "arrival"]},
    ]})
    assert listing(index, ["arrival"]) == {"s2", "s3"}
    assert listing(index, ["someone-else"]) == set()
    assert listing(None, ["arrival"]) == set()
    assert listing(index, []) == set()


def test_a_relink_reading_the_stored_parses_equals_one_that_parses(analysed: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process relinking a store reads the sentence parses the last link kept (parse_store.py)
    and must leave exactly the picture and events that parsing them again leaves."""
    from groundwatch.stages.reconcile import common, parse_store

    read: list[int] = []
    stored = parse_store.stored

    def counted(sentences: Any, vocab: Any) -> dict[str, Any]:
        found = stored(sentences, vocab)
        read.append(len(found))
        return found

    monkeypatch.setattr(parse_store, "stored", counted)
    results = []
    for name, keep in (("stored.db", True), ("parsed.db", False)):
        shutil.copy(analysed, tmp_path / name)
        store = Store.open(tmp_path / name)
        try:
            assert store.conn.execute("SELECT COUNT(*) FROM parses").fetchone()[0] > 0
            if not keep:
                store.conn.execute("DELETE FROM parses")
            common.clear_cache()  # what a new process starts with
            read.clear()
            pipeline.link(store, Settings.load(), full=True)
            assert (sum(read) > 0) == keep
            results.append((_picture(store), [e.to_dict() for e in store.events()]))
        finally:
            store.close()
            common.clear_cache()
    assert results[0] == results[1]
