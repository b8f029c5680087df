"""WARC reader: HTML 200 responses only, truncated and broken archives."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError
from groundwatch.stages.readers.warc import read_warc


def _page(i: int, dated: bool) -> bytes:
    meta = f'<meta property="article:published_time" content="2023-05-0{i}">' if dated else ""
    return (f"<html><head><title>Report {i}</title>{meta}</head><body><nav>Home | World</nav><article>"
            f"<p>Report {i}: the river at Marrowgate rose by two metres overnight and water reached the "
            f"market square, where traders moved their stock to upper floors.</p>"
            f"<p>Officials in Tessel opened three shelters for families from the lower town.</p>"
            f"</article><footer>All rights reserved</footer></body></html>").encode()


def make_warc(gzip: bool, pages: int = 3) -> bytes:
    """A WARC with `pages` HTML 200 responses plus records that must be skipped."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)

    def response(uri: str, status: str, ctype: str, payload: bytes, date: str) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), length=len(payload),
                                        http_headers=headers, warc_headers_dict={"WARC-Date": date})
        writer.write_record(rec)

    get = b"GET /r1 HTTP/1.1\r\nHost: harbourpost.example\r\n\r\n"
    req = writer.create_warc_record("https://harbourpost.example/r1", "request", payload=io.BytesIO(get),
                                    length=len(get))
    writer.write_record(req)
    png = b"\x89PNG\r\n\x1a\n"
    response("https://harbourpost.example/logo.png", "200 OK", "image/png", png, "2031-01-01T00:00:00Z")
    response("https://harbourpost.example/gone", "404 Not Found", "text/html", _page(9, False), "2031-01-01T00:00:00Z")
    for i in range(1, pages + 1):
        response(f"https://harbourpost.example/r{i}", "200 OK", "text/html; charset=utf-8", _page(i, i % 2 == 1),
                 f"2031-02-0{i}T12:00:00Z")
    return buf.getvalue()


@pytest.mark.parametrize("gzip", [False, True])
def test_reads_html_responses(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(make_warc(gzip))
    *docs, summary = list(read_warc(path))
    assert all(isinstance(d, Doc) for d in docs)
    assert [d.n for d in docs] == [1, 2, 3]
    # the image and the 404 are one summary for the file, not one problem per record
    assert summary == Problem("2 capture(s) that are not articles skipped: 1 image/png, 1 HTTP 404")
    first, second = docs[0], docs[1]
    assert isinstance(first, Doc) and isinstance(second, Doc)
    assert first.format == "warc"
    assert first.url == "https://harbourpost.example/r1"
    assert first.title == "Report 1"
    assert first.published == dt.date(2023, 5, 1)  # the page's own date
    assert second.published == dt.date(2031, 2, 2)  # no date in the page: WARC-Date
    assert "Report 1: the river at Marrowgate" in first.body
    assert "All rights reserved" not in first.body


@pytest.mark.parametrize("gzip", [False, True])
def test_clipped_last_record_is_its_own_problem(tmp_path: Path, gzip: bool) -> None:
    data = make_warc(gzip, pages=4)
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(data[: len(data) - 60])
    got = list(read_warc(path))
    assert [type(d).__name__ for d in got] == ["Doc", "Doc", "Doc", "Problem", "Problem"]
    assert got[4] == Problem("2 capture(s) that are not articles skipped: 1 image/png, 1 HTTP 404")
    assert got[3].n == 4
    assert isinstance(got[3], Problem)
    assert got[3].reason.startswith("record 4: cut short, the file ends ")
    assert got[3].reason.endswith("(truncated WARC); 3 article(s) before it were kept")


def test_cut_inside_a_record_header(tmp_path: Path) -> None:
    data = make_warc(False, pages=2)
    second = data.rindex(b"WARC/1.")
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: second + 120])  # WARC header of the last page only half written
    got: list[Doc | Problem] = []
    with pytest.raises(ReaderError, match=rf"truncated WARC: the file ends inside the header of the record at "
                                          rf"byte {second}; 1 article\(s\) read before the break were kept"):
        got.extend(read_warc(path))
    assert [d.n for d in got] == [1]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file: 0 bytes"),
        (b"This is not an archive but a note about Tessel.\n" * 5, "not a WARC file"),
        (b"\x1f\x8b\x08\x00garbage-not-deflate", "unreadable WARC from byte 0: corrupt gzip data"),
    ],
)
def test_broken(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(data)
    with pytest.raises(ReaderError, match=reason):
        list(read_warc(path))


def test_warc_without_html(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    writer.write_record(writer.create_warc_record("https://x.example/", "resource", payload=io.BytesIO(b"hello"),
                                                  length=5))
    path = tmp_path / "none.warc"
    path.write_bytes(buf.getvalue())
    with pytest.raises(ReaderError, match="no HTML responses"):
        list(read_warc(path))


@pytest.mark.issue(10)
def test_payload_type_identified_by_the_crawler(tmp_path: Path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    fragment = (b"<head><title>Sandbags</title></head><body><article><p>Volunteers in Marrowgate filled sandbags "
                b"along the river wall all through Sunday night, and the council said the work would go on until "
                b"the water fell.</p><p>Schools near the river stay shut on Monday.</p></article></body>")
    for uri, identified in (("https://x.example/said", "text/html"), ("https://x.example/unsaid", None)):
        extra = {"WARC-Identified-Payload-Type": identified} if identified else {}
        headers = StatusAndHeaders("200 OK", [], protocol="HTTP/1.1")  # the server sent no Content-Type
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(fragment),
                                                      length=len(fragment), http_headers=headers,
                                                      warc_headers_dict=extra))
    path = tmp_path / "typed.warc"
    path.write_bytes(buf.getvalue())
    doc, skipped = read_warc(path)  # the second, untyped and not starting as a page, is not taken for one
    assert skipped == Problem("1 capture(s) that are not articles skipped: 1 untyped, not a page")
    assert isinstance(doc, Doc) and doc.url == "https://x.example/said"
    assert doc.body.startswith("Volunteers in Marrowgate filled sandbags")


def _record(i: int, size: int) -> bytes:
    """A plain WARC response record whose page is about ``size`` bytes long."""
    filler = "<p>The Quellby ferry ran late again.</p>" * max(size // 41, 1)
    page = _page(i, False)[:-len(b"</body></html>")] + filler.encode() + b"</body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://harbourpost.example/p%d\r\n"
            b"WARC-Date: 2031-02-01T12:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (i, len(http), http))


@pytest.mark.issue(10)
@pytest.mark.parametrize("size", [100, 65_000, 65_530, 140_000])
def test_plain_records_between_gzip_members(tmp_path: Path, size: int) -> None:
    """A record appended uncompressed, of sizes around the read size, between and after gzip members."""
    import gzip as gz

    data = (gz.compress(_record(1, 200), mtime=0) + _record(2, size) + gz.compress(_record(3, 200), mtime=0)
            + _record(4, size))
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(data)
    got = list(read_warc(path))
    assert [(type(d).__name__, d.n) for d in got] == [("Doc", 1), ("Doc", 2), ("Doc", 3), ("Doc", 4)]


@pytest.mark.issue(10)
def test_a_broken_tail_still_says_what_was_skipped(tmp_path: Path) -> None:
    """The summary of captures that are not articles comes once, also when the file breaks off."""
    data = make_warc(False, pages=2)
    path = tmp_path / "cut.warc"
    path.write_bytes(data + b"WARC/1.0\r\nWARC-Type: resp")  # a last header without Content-Length
    *_, no_length, summary = read_warc(path)
    assert isinstance(no_length, Problem) and no_length.reason.startswith("the record at byte ")
    assert summary == Problem("2 capture(s) that are not articles skipped: 1 image/png, 1 HTTP 404")
    path.write_bytes(data + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 900\r\nWARC-Da")
    with pytest.raises(ReaderError, match=r"truncated WARC: .*; 2 capture\(s\) that are not articles skipped: "
                                          r"1 image/png, 1 HTTP 404$"):
        list(read_warc(path))
