"""MHTML pages read through their frames (readers/mhtml.py): how browsers name frame parts.

Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.stages.readers.metadata import Doc, ReaderError
from groundwatch.stages.readers.mhtml import read_mhtml

STORY = ("<html><head><title>Lock gates mended at Fenwick</title></head><body><article><h1>Lock gates mended at "
         "Fenwick</h1><p>Canal workers fitted new oak gates to the Fenwick lock on Thursday, and the first narrowboats "
         "passed through before dusk.</p><p>The towpath stays closed until the bank is reseeded.</p></article>"
         "</body></html>")
FRAMESET = '<html><head><title>Canal News</title></head><frameset rows="10%,90%">{frames}</frameset></html>'


def _mhtml(location: str, parts: list[tuple[list[str], str]]) -> bytes:
    out = (f"Snapshot-Content-Location: {location}\r\nSubject: Canal News\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n')
    for headers, html in parts:
        out += "--B\r\nContent-Type: text/html; charset=utf-8\r\n" + "".join(h + "\r\n" for h in headers)
        out += "\r\n" + html + "\r\n"
    return (out + "--B--\r\n").encode()


def _read(tmp_path: Path, data: bytes) -> Doc:
    path = tmp_path / "page.mhtml"
    path.write_bytes(data)
    (doc,) = read_mhtml(path)
    return doc


def test_a_frame_named_by_its_content_id(tmp_path: Path) -> None:
    """Chrome names a frame's part by Content-ID and points at it with a cid: address."""
    page = FRAMESET.format(frames='<frame src="cid:frame-7@mhtml.blink">')
    doc = _read(tmp_path, _mhtml("https://canal.example/", [
        (["Content-Location: https://canal.example/"], page),
        (["Content-ID: <frame-7@mhtml.blink>"], STORY)]))
    assert doc.title == "Lock gates mended at Fenwick" and doc.body.endswith("until the bank is reseeded.")


@pytest.mark.parametrize("where", ["https://canal.example/index.html", "https://[canal.example/index.html"])
def test_a_relative_frame_address_is_resolved_against_the_page(tmp_path: Path, where: str) -> None:
    """Frames are addressed from the page part's own location; a mangled snapshot address (an unclosed IPv6
    bracket) raises nothing."""
    page = FRAMESET.format(frames='<frame src="menu.html"><frame src="news/lock.html">')
    doc = _read(tmp_path, _mhtml(where, [
        (["Content-Location: https://canal.example/index.html"], page),
        (["Content-Location: https://canal.example/menu.html"], "<html><body><p>Home</p></body></html>"),
        (["Content-Location: https://canal.example/news/lock.html"], STORY)]))
    assert "Canal workers fitted new oak gates" in doc.body and "Home" not in doc.body
    assert doc.url == "https://canal.example/news/lock.html"  # the frame's own address, not the frameset's


def test_a_frameset_whose_frames_hold_no_text_says_so(tmp_path: Path) -> None:
    page = FRAMESET.format(frames='<frame src="cid:empty@x">')
    with pytest.raises(ReaderError, match=r"a frameset whose frames hold none either"):
        _read(tmp_path, _mhtml("https://canal.example/", [
            (["Content-Location: https://canal.example/"], page),
            (["Content-ID: <empty@x>"], "<html><body></body></html>")]))


def test_a_frame_the_message_does_not_hold_leaves_the_shell(tmp_path: Path) -> None:
    """An iframe whose part was not saved: the page's own text (a short notice) is all there is."""
    shell = ('<html><body><p>Loading the story viewer, please wait.</p><iframe src="https://elsewhere.example/v">'
             "</iframe></body></html>")
    doc = _read(tmp_path, _mhtml("https://canal.example/v", [(["Content-Location: https://canal.example/v"], shell)]))
    assert doc.body == "Loading the story viewer, please wait."


def test_a_mangled_address_resolves_no_frame() -> None:
    from groundwatch.stages.readers.mhtml import _joined

    assert (_joined("https://[canal.example/", "lock.html"), _joined(None, "lock.html")) == ("", "")
    assert _joined("https://canal.example/a/", "lock.html") == "https://canal.example/a/lock.html"
