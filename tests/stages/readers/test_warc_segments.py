"""Split WARC captures joined again (readers/warc_segments.py): the shapes the fifth batch's files leave out.

Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.metadata import Doc, Problem
from groundwatch.stages.readers.warc import read_warc

URL = "https://brackley.example/ferry"
PAGE = (b"<!DOCTYPE html><html><head><title>Ferry back at Brackley</title></head><body><article>"
        b"<h1>Ferry back at Brackley</h1><p>The chain ferry at Brackley carried cars again on Monday after its "
        b"cable was replaced.</p><p>The crossing keeper said the queue cleared by noon.</p></article></body>"
        b"</html>")
BLOCK = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE


def _record(fields: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def _first(block: bytes, rec_type: str = "response", number: str = "1") -> bytes:
    return _record([("WARC-Type", rec_type), ("WARC-Record-ID", "<urn:uuid:first>"), ("WARC-Target-URI", URL),
                    ("WARC-Date", "2031-08-04T10:00:00Z"), ("Content-Type", "application/http; msgtype=response"),
                    ("WARC-Segment-Number", number)], block)


def _more(block: bytes, number: int, last: bool = False, origin: str = "<urn:uuid:first>") -> bytes:
    fields = [("WARC-Type", "continuation"), ("WARC-Record-ID", f"<urn:uuid:more-{number}>"),
              ("WARC-Target-URI", URL), ("WARC-Segment-Origin-ID", origin), ("WARC-Segment-Number", str(number))]
    return _record(fields + ([("WARC-Segment-Total-Length", str(len(BLOCK)))] if last else []), block)


def _read(tmp_path: Path, data: bytes) -> list[Doc | Problem]:
    path = tmp_path / "split.warc"
    path.write_bytes(data)
    return list(read_warc(path))


def test_segments_are_joined_in_number_order_whatever_lies_between(tmp_path: Path) -> None:
    other = _record([("WARC-Type", "request"), ("WARC-Target-URI", URL)], b"GET /ferry HTTP/1.1\r\n\r\n")
    (doc,) = _read(tmp_path, _first(BLOCK[:100]) + other + _more(BLOCK[100:250], 2)
                   + _more(BLOCK[250:], 3, last=True))
    assert isinstance(doc, Doc) and doc.n == 1 and doc.url == URL
    assert doc.body.endswith("the queue cleared by noon.") and str(doc.published) == "2031-08-04"


def test_a_missing_segment_is_said(tmp_path: Path) -> None:
    (problem,) = _read(tmp_path, _first(BLOCK[:100]) + _more(BLOCK[250:], 3, last=True))
    assert isinstance(problem, Problem) and problem.n == 1
    assert problem.reason == "record 1: a capture split over several records that lacks segment(s) 2: its page is " \
                             "incomplete"


def test_a_first_segment_numbered_otherwise_is_said(tmp_path: Path) -> None:
    page = _record([("WARC-Type", "response"), ("WARC-Target-URI", URL + "/page"),
                    ("Content-Type", "application/http; msgtype=response")], BLOCK)
    items = _read(tmp_path, _first(BLOCK, number="2") + _first(BLOCK, number="x").replace(b"first", b"other") + page)
    assert isinstance(items[2], Doc) and items[2].n == 1
    assert [i.reason for i in items if isinstance(i, Problem)] == [
        "a response record numbered as segment 2 of a split capture without being a continuation record "
        "(WARC-Segment-Number): skipped",
        "a response record numbered as segment x of a split capture without being a continuation record "
        "(WARC-Segment-Number): skipped"]


def test_a_join_larger_than_the_cap_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metadata, "MAX_FILE_BYTES", 200)
    (problem,) = _read(tmp_path, _first(BLOCK[:150]) + _more(BLOCK[150:], 2, last=True))
    assert isinstance(problem, Problem) and problem.reason == (
        "record 1: a capture split over several records, larger than 200 bytes once joined (MAX_FILE_BYTES)")


def test_an_unfinished_capture_that_is_no_page_is_counted_as_skipped(tmp_path: Path) -> None:
    image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n" + bytes(64)
    whole = _record([("WARC-Type", "response"), ("WARC-Target-URI", URL + "/page"),
                     ("Content-Type", "application/http; msgtype=response")], BLOCK)
    items = _read(tmp_path, whole + _first(image[:60]))
    assert [type(i).__name__ for i in items] == ["Doc", "Problem"]
    assert isinstance(items[1], Problem) and items[1].reason.endswith("skipped: 1 image/png")


def test_a_join_warcio_cannot_read_again_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from groundwatch.stages.readers import warc

    def unreadable(data: bytes) -> None:
        raise ValueError("invented parse failure")

    monkeypatch.setattr(warc, "_rejoined", unreadable)
    page = _record([("WARC-Type", "response"), ("WARC-Target-URI", URL + "/page"),
                    ("Content-Type", "application/http; msgtype=response")], BLOCK)
    items = _read(tmp_path, _first(BLOCK[:150]) + _more(BLOCK[150:], 2, last=True) + page)
    assert isinstance(items[0], Problem) and items[0].reason == (
        "a capture split over several records could not be rebuilt from its segments (ValueError: invented parse "
        "failure)")
    assert isinstance(items[1], Doc) and items[1].n == 1
