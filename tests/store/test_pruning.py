"""The cache tables' usage and pruning: only the rows a pass recorded are kept."""

from __future__ import annotations

from groundwatch.store import pruning
from groundwatch.store.sqlite import Store


def _key(i: int) -> bytes:
    return i.to_bytes(16, "big")


def _filled() -> Store:
    store = Store.open(":memory:")
    store.save_vectors([(_key(i), b"v" * 32) for i in range(5)], "minilm/2")
    store.save_vectors([(_key(9), b"v" * 32)], "minilm/1")  # a model no longer installed
    store.save_parses([(_key(i), b"p" * 10) for i in range(3)], "md/3.8")
    return store


def test_usage_counts_rows_and_bytes_per_table_and_model() -> None:
    rows = {(r.table, r.model): (r.rows, r.bytes) for r in pruning.usage(_filled().conn)}
    assert rows == {("vectors", "minilm/1"): (1, 16 + 8 + 32), ("vectors", "minilm/2"): (5, 5 * (16 + 8 + 32)),
                    ("parses", "md/3.8"): (3, 3 * (16 + 6 + 10))}


def test_reads_and_writes_are_recorded_only_while_asked() -> None:
    store = _filled()
    store.vectors([_key(0)], "minilm/2")
    assert store.cache_reads is None
    store.cache_reads = {}
    store.vectors([_key(1), _key(2), _key(77)], "minilm/2")  # an absent key is not recorded
    store.parses([_key(0)], "md/3.8")
    store.save_parses([(_key(8), b"new")], "md/3.8")
    assert store.cache_reads == {"vectors": {(_key(1), "minilm/2"), (_key(2), "minilm/2")},
                                 "parses": {(_key(0), "md/3.8"), (_key(8), "md/3.8")}}


def test_prune_deletes_what_no_pass_read_and_says_how_much() -> None:
    store = _filled()
    store.cache_reads = {"vectors": set(), "parses": set()}
    store.vectors([_key(0), _key(3)], "minilm/2")
    store.parses([_key(1)], "md/3.8")
    kept, store.cache_reads = store.cache_reads, None
    gone = pruning.prune(store.conn, kept)
    assert [(g.table, g.model, g.rows, g.bytes) for g in gone] == [
        ("parses", "md/3.8", 2, 2 * (16 + 6 + 10)),
        ("vectors", "minilm/1", 1, 16 + 8 + 32),
        ("vectors", "minilm/2", 3, 3 * (16 + 8 + 32)),
    ]
    assert set(store.vectors([_key(i) for i in range(10)], "minilm/2")) == {_key(0), _key(3)}
    assert store.vectors([_key(9)], "minilm/1") == {}
    assert set(store.parses([_key(i) for i in range(3)], "md/3.8")) == {_key(1)}
    assert pruning.prune(store.conn, kept) == []  # a second prune finds nothing left


def test_a_table_the_pass_did_not_watch_is_left_alone() -> None:
    store = _filled()
    gone = pruning.prune(store.conn, {"parses": set()})
    assert {g.table for g in gone} == {"parses"}
    assert sum(r.rows for r in pruning.usage(store.conn) if r.table == "vectors") == 6
    assert gone[0].describe() == "parses [md/3.8]: 3 rows, 0.1 KB"
