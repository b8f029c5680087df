"""The web archive reader on invented property lists that are not, or not whole, saved pages."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from groundwatch.stages.readers import ReaderError, select_reader
from groundwatch.stages.readers.webarchive import read_webarchive

PAGE = ("<html><head><title>Dunmere lifeboat</title></head><body><article><h1>Dunmere lifeboat</h1><p>The Dunmere "
        "lifeboat was called out twice on Sunday as the gale reached the outer harbour.</p></article></body></html>")


@pytest.mark.parametrize(("data", "reason"), [
    (plistlib.dumps({"flags": 8}, fmt=plistlib.FMT_BINARY), r"^a property list without a web archive's main resource"),
    (plistlib.dumps(["WebMainResource"]), r"^a property list without a web archive's main resource"),
    (b"bplist00\x00\x01garbage", r"^not a readable Safari web archive: "),
    (b"<html><body><p>a page saved under the wrong name</p></body></html>", r"^not a readable Safari web archive: "),
])
def test_what_is_not_a_web_archive_is_rejected_with_why(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "saved.webarchive"
    path.write_bytes(data)
    assert select_reader(path) is read_webarchive
    with pytest.raises(ReaderError, match=reason):
        list(read_webarchive(path))


def test_an_address_that_is_no_web_address_gives_way_to_the_pages_mark(tmp_path: Path) -> None:
    marked = "<!-- saved from url=(0032)https://dunmere.example/lifeboat -->\n" + PAGE
    path = tmp_path / "saved.webarchive"
    path.write_bytes(plistlib.dumps({"WebMainResource": {
        "WebResourceData": marked.encode(), "WebResourceURL": "file:///Users/desk/saved.html",
        "WebResourceMIMEType": "text/html"}}))
    (doc,) = read_webarchive(path)
    assert doc.url == "https://dunmere.example/lifeboat" and doc.title == "Dunmere lifeboat"
