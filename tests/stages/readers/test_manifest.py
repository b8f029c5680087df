"""Manifest reader: entries, nulls, container items, bad values."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from groundwatch.stages.readers.manifest import ManifestEntry, load_manifest, real_key
from groundwatch.stages.readers.metadata import ReaderError


def test_entries_nulls_and_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tessel", encoding="utf-8")
    (tmp_path / "feed.rss").write_text("<rss/>", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "a.txt", "outlet": "The Harbour Post", "published": "2031-03-04", "url": None, "language": "EN"},
        {"file": "feed.rss#2", "published": "2031-03-05", "title": "Second item"},
        {"file": "feed.rss", "outlet": "Tessel Daily", "published": "sometime"},
        {"file": "missing.txt", "outlet": "X"},
        {"outlet": "no file"},
    ]}), encoding="utf-8")
    m = load_manifest(tmp_path / "manifest.json")
    a = real_key(tmp_path / "a.txt")
    feed = real_key(tmp_path / "feed.rss")
    assert m.entries[a] == ManifestEntry(outlet="The Harbour Post", published=dt.date(2031, 3, 4), language="en")
    assert m.lookup(feed, 2) == (ManifestEntry(title="Second item", published=dt.date(2031, 3, 5)),
                                 ManifestEntry(outlet="Tessel Daily"))
    assert m.lookup(feed, 1) == (None, ManifestEntry(outlet="Tessel Daily"))
    assert m.problems == (
        "manifest entry 3 (feed.rss): unusable published value 'sometime', ignored",
        "manifest entry 4: listed file missing.txt does not exist",
        "manifest entry 5: no 'file' name",
    )


def test_bare_list_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tessel", encoding="utf-8")
    (tmp_path / "m.json").write_text(json.dumps([{"file": "a.txt", "title": "T"}]), encoding="utf-8")
    assert load_manifest(tmp_path / "m.json").entries == {real_key(tmp_path / "a.txt"): ManifestEntry(title="T")}


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{oops", "malformed manifest JSON"), ('{"corpus": "x"}', "not a manifest"), ("", "not a manifest|malformed")],
)
def test_unusable_manifest(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "m.json").write_text(content, encoding="utf-8")
    with pytest.raises(ReaderError, match=reason):
        load_manifest(tmp_path / "m.json")
