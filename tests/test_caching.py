from pathlib import Path

import pytest

from groundwatch import caching


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def test_a_saved_value_is_read_back_under_its_key_only() -> None:
    caching.save("index", "k1", {"Velmora": (1, True)})
    assert caching.load("index", "k1") == {"Velmora": (1, True)}
    assert caching.load("index", "k2") is None


def test_a_new_key_replaces_the_older_entry() -> None:
    caching.save("index", "k1", [1])
    caching.save("index", "k2", [2])
    assert caching.load("index", "k1") is None and caching.load("index", "k2") == [2]
    assert [p.name for p in caching.cache_dir().iterdir()] == ["index-k2.pickle"]


def test_a_damaged_entry_reads_as_absent() -> None:
    caching.cache_dir().mkdir(parents=True)
    (caching.cache_dir() / "index-k1.pickle").write_bytes(b"\x80\x05truncated")
    assert caching.load("index", "k1") is None


def test_an_unwritable_cache_costs_nothing_but_the_saving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    caching.save("index", "k1", [1])
    assert caching.load("index", "k1") is None


def test_collection_is_paused_inside_the_block_and_restored_after() -> None:
    import gc

    assert gc.isenabled()
    with caching.gc_paused():
        assert not gc.isenabled()
        with caching.gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
