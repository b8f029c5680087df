"""A watched folder across polls: what its walk tells about the folder itself is told once."""

from __future__ import annotations

import os
from pathlib import Path

from groundwatch.monitor.poll import Found, folder_items
from groundwatch.monitor.sources import Source
from groundwatch.records import Article, Rejection

STORY = ("Floodwater reached the square of Velmora on Tuesday, and the town council said 40 families "
         "had left their homes for the school on the hill. Volunteers carried sandbags all night.")


def _poll(folder: Path, seen: dict[str, str]) -> list[Found]:
    """One poll, with the marks kept as the monitor keeps them (walk marks and stored items' marks)."""
    found = []
    for item in folder_items(Source("in", "folder", str(folder)), seen, seen.__setitem__):
        found.append(item)
        if item.seen is not None:
            seen[item.seen[0]] = item.seen[1]
    return found


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "velmora-flood.txt").write_text(STORY, encoding="utf-8")
    (folder / "captures.cdx").write_text(" CDX N b a m s k r M S V g\n", encoding="utf-8")
    (folder / "Velmora page.html").write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    (folder / "Velmora page_files").mkdir()
    (folder / "Velmora page_files" / "app.js").write_text("var x = 1;", encoding="utf-8")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    return folder


def test_folder_notes_and_a_broken_link_are_told_once_and_the_files_still_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    seen: dict[str, str] = {}
    first = _poll(folder, seen)
    rejected = sorted(Path(f.record.source).name for f in first if isinstance(f.record, Rejection))
    assert rejected == ["Velmora page_files", "dangling.txt", "incoming"]  # saved files, link, CDX
    assert sum(isinstance(f.record, Article) for f in first) == 2
    assert _poll(folder, seen) == []


def test_a_changed_note_is_told_again(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    seen: dict[str, str] = {}
    _poll(folder, seen)
    (folder / "more.cdxj").write_text('com,example)/ 20260301 {"url": "http://x.example/"}\n', encoding="utf-8")
    again = _poll(folder, seen)
    assert [Path(f.record.source).name for f in again] == ["incoming"]
    assert "CDX" in again[0].record.reason and "CDXJ" in again[0].record.reason
