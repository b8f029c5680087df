"""The fifth batch of real-world files (issue 10): split WARC captures, packages, indexes, frames, feeds.

Each file in ``realworld/fifth/`` is invented and written by ``realworld/make_fifth_fixtures.py``.
As in ``test_realworld4``, the table says what ingest must make of each file: the articles it
keeps and the rejections, with a reason; ``BEFORE`` records what the files read wrong gave
before this batch's fixes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.records import Article, Rejection
from realworld_support import (
    Row,
    assert_file_read_as_listed,
    assert_fixtures_match_script,
    assert_mutants_never_end_the_batch,
    read_file,
)

HERE = Path(__file__).parent / "realworld"
FIFTH = HERE / "fifth"
BRIDGE, GRAIN, BUS = "Footbridge reopens at Quarrendon", "Grain store flooded in Ashlow", "Night bus returns to Merrow"
BRIDGE_TEXT = "Engineers reopened the footbridge over the Tamble at Quarrendon on Wednesday"
GRAIN_TEXT = "Water reached the grain store in Ashlow overnight"
BUS_TEXT = "The night bus between Merrow and the county hospital ran again on Friday"
MORE = "The parish council said it would look at the work again at its next meeting."
CUT = r"^the package's ZIP directory is missing or damaged .*its WARCs were read from their own headers"
INDEX = r"^a CDX index of web-archive captures \(where each capture lies in a WARC file\), not articles"

TABLE: dict[str, Row] = {
    # read wrong before (see BEFORE)
    "segmented-capture.warc": (["#1", "#2"], []),
    "segmented-chunked-gzip.warc.gz": (["#1", "#2"], []),
    "segment-orphans.warc": (["#1"], [
        ("", r"^a continuation record \(segment 2\) of a capture whose first segment is not in this file "
             r"\(WARC-Segment-Origin-ID urn:uuid:[0-9a-f-]+\): skipped$"),
        ("#2", r"^record 2: segment 1 of a capture split over several records whose last continuation record is "
               r"not in this file")]),
    "cut-deflated.wacz": (["#1", "#2", "#3"], [("", CUT)]),
    "cut-inside-deflated.wacz": (["#1", "#2"], [
        ("", CUT), ("", r"^archive/part-2\.warc\.gz: unreadable WARC from byte 0: gzip stream ends in the middle")]),
    "crawl.cdx": ([], [(None, INDEX)]),
    "crawl.cdxj": ([], [(None, INDEX)]),
    "crawl.cdxj.gz": ([], [(None, INDEX)]),
    "framed-page.mhtml": ([""], []),
    "iframe-reader.mhtml": ([""], []),
    "cat-joined-boms.jsonl": (["#1", "#2", "#3"], []),
    "cat-joined-members.jsonl.gz": (["#1", "#2", "#3"], []),
    "dos-eof.jsonl": (["#1", "#2", "#3"], []),
    "dos-eof-last-line.jsonl": (["#1", "#2", "#3"], []),
    "dos-eof.txt": ([""], []),
    # read right before: regression cases
    "article-with-comments-frame.mhtml": ([""], []),
    "warcinfo-member-first.warc.gz": (["#1", "#2", "#3"], []),
    "warcinfo-only.warc.gz": ([], [(None, r"^no HTML responses: .*\(records: 1 warcinfo\)$")]),
    "rss-xml-base.rss": (["#1", "#2", "#3"], []),
    "atom-nested-base.atom": (["#1", "#2"], []),
    "content-encoded-twice.rss": (["#1", "#2"], []),
    "atom-xhtml-default-ns.atom": (["#1", "#2"], []),
    "jsonfeed-authors.json": (["#1", "#2"], []),
    "bom-crlf.jsonl": (["#1", "#2", "#3"], []),
    "bom-crlf.jsonl.gz": (["#1", "#2", "#3"], []),
    "bom-utf8-meta-cp1252.html": ([""], []),
    "bom-utf16-meta-utf8.html": ([""], []),
    "amp-live-blog.html": ([""], []),
    "amp-story.html": ([""], []),
}

#: What the files read wrong gave before this batch's fixes, for the record.
BEFORE = {
    "segmented-capture.warc": "record 1 rejected: 'segment 1 of a capture split ...; continuation records are not "
                              "joined'",
    "segmented-chunked-gzip.warc.gz": "record 2 rejected the same way",
    "segment-orphans.warc": "the continuation without its first segment skipped without a word",
    "cut-deflated.wacz": "0 articles: 2 x 'compressed inside the damaged package (method 8), not recovered'",
    "cut-inside-deflated.wacz": "0 articles: 2 x 'compressed inside the damaged package (method 8)'",
    "crawl.cdx": "unsupported file type .cdx",
    "crawl.cdxj": "unsupported file type .cdxj",
    "crawl.cdxj.gz": "unsupported file type .cdxj.gz",
    "framed-page.mhtml": "no main text (the frameset read, not its frames)",
    "iframe-reader.mhtml": "the reader view's menu line 'Home | Tamble' read as the article",
    "cat-joined-boms.jsonl": "lines 2 and 3: 'malformed JSON: Unexpected UTF-8 BOM'",
    "cat-joined-members.jsonl.gz": "lines 2 and 3: 'malformed JSON: Unexpected UTF-8 BOM'",
    "dos-eof.jsonl": "line 4 (the Ctrl-Z): 'cut short (the file ends inside this line ...)'",
    "dos-eof.txt": "read with the Ctrl-Z as its body's last character (a shorter file: 'binary or corrupt text')",
    "dos-eof-last-line.jsonl": "line 3, the last story, lost: 'cut short (the file ends inside this line ...)'",
}


def _read(name: str) -> tuple[list[Article], list[Rejection]]:
    return read_file(FIFTH / name)


def test_table_covers_every_fixture() -> None:
    assert {p.name for p in FIFTH.iterdir()} == set(TABLE)
    assert set(BEFORE) <= set(TABLE)


def test_fixtures_are_what_the_script_writes() -> None:
    assert_fixtures_match_script(FIFTH, HERE / "make_fifth_fixtures.py", "fifth")


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_what_is_read(name: str) -> None:
    assert_file_read_as_listed(FIFTH / name, TABLE[name])


_CAPTURED = "2031-06-11"
# file -> per article read, in order: (title, start of the body, date, url, outlet)
DETAILS: dict[str, list[tuple[str | None, str, str | None, str | None, str | None]]] = {
    "segmented-capture.warc": [(BRIDGE, BRIDGE, _CAPTURED, "https://tamble.example/footbridge", "tamble.example"),
                               (BUS, BUS, _CAPTURED, "https://tamble.example/bus", "tamble.example")],
    "segmented-chunked-gzip.warc.gz": [(BUS, BUS, _CAPTURED, "https://tamble.example/bus", "tamble.example"),
                                       (GRAIN, GRAIN, _CAPTURED, "https://tamble.example/grain", "tamble.example")],
    "cut-deflated.wacz": [(t, t, _CAPTURED, f"https://tamble.example/{s}", "tamble.example")
                          for t, s in ((BRIDGE, "footbridge"), (GRAIN, "grain"), (BUS, "bus"))],
    "framed-page.mhtml": [(BRIDGE, BRIDGE, _CAPTURED, "https://tamble.example/archive", "tamble.example")],
    "iframe-reader.mhtml": [(GRAIN, GRAIN, _CAPTURED, "https://tamble.example/reader?story=grain", "tamble.example")],
    "article-with-comments-frame.mhtml": [(BUS, BUS, _CAPTURED, "https://tamble.example/bus", "tamble.example")],
    "rss-xml-base.rss": [(BRIDGE, BRIDGE_TEXT, _CAPTURED, "https://tamble.example/news/footbridge", "Tamble Gazette"),
                         (GRAIN, GRAIN_TEXT, _CAPTURED, "https://tamble.example/2031/grain", "Tamble Gazette"),
                         (BUS, BUS_TEXT, "2031-06-13", "https://tamble.example/bus", "Tamble Gazette")],
    "atom-nested-base.atom": [
        (BRIDGE, BRIDGE_TEXT, _CAPTURED, "https://tamble.example/2031/06/footbridge", "Tamble Gazette"),
        (GRAIN, GRAIN_TEXT, _CAPTURED, "https://tamble.example/grain", "Tamble Gazette")],
    "content-encoded-twice.rss": [(BRIDGE, BRIDGE_TEXT, None, "https://tamble.example/footbridge", "Tamble Gazette"),
                                  (GRAIN, GRAIN_TEXT, None, "https://tamble.example/grain", "Tamble Gazette")],
    "atom-xhtml-default-ns.atom": [
        (BRIDGE, BRIDGE_TEXT, _CAPTURED, "https://tamble.example/footbridge", "Tamble Gazette"),
        (BUS, BUS_TEXT, "2031-06-13", "https://tamble.example/bus", "Tamble Gazette")],
    "jsonfeed-authors.json": [(BRIDGE, BRIDGE_TEXT, _CAPTURED, "https://tamble.example/footbridge", "Tamble Gazette"),
                              (None, GRAIN_TEXT, "2031-06-12", "https://tamble.example/grain", "Tamble Gazette")],
    "bom-crlf.jsonl": [(t, text, d, f"https://tamble.example/{s}", "tamble.example") for t, text, d, s in (
        (BRIDGE, BRIDGE_TEXT, _CAPTURED, "footbridge"), (GRAIN, GRAIN_TEXT, "2031-06-12", "grain"),
        (BUS, BUS_TEXT, "2031-06-13", "bus"))],
    "amp-live-blog.html": [("Live: Tamble flood watch", "08:00\n\n" + GRAIN_TEXT, _CAPTURED,
                            "https://tamble.example/live", "tamble.example")],
    "amp-story.html": [(BUS, BUS_TEXT, None, "https://tamble.example/bus", "tamble.example")],
}


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(DETAILS))
def test_each_article_read_as_written(name: str) -> None:
    articles, _ = _read(name)
    got = [(a.title, a.body[: len(start)], None if a.published is None else str(a.published), a.url, a.outlet)
           for a, (_, start, _, _, _) in zip(articles, DETAILS[name], strict=True)]
    assert got == DETAILS[name]


@pytest.mark.issue(10)
def test_a_joined_capture_is_the_whole_page() -> None:
    """Every segment's bytes reach the page: its last paragraph sits in the last continuation record."""
    for name in ("segmented-capture.warc", "segmented-chunked-gzip.warc.gz", "cut-deflated.wacz"):
        articles, _ = _read(name)
        assert all(a.body.endswith(MORE) for a in articles), name


@pytest.mark.issue(10)
def test_frames_and_comments_are_not_the_article() -> None:
    (framed,), _ = _read("framed-page.mhtml")
    assert "Archive" not in framed.body and "frames" not in framed.body and framed.body.endswith(MORE)
    (reader,), _ = _read("iframe-reader.mhtml")
    assert "Advertisement" not in reader.body and "Home | Tamble" not in reader.body
    (own,), _ = _read("article-with-comments-frame.mhtml")
    assert "Reader 1 wrote" not in own.body and own.body.endswith(MORE)


@pytest.mark.issue(10)
def test_text_is_decoded_by_its_byte_order_mark_and_lines_have_no_cr() -> None:
    for name in ("bom-utf8-meta-cp1252.html", "bom-utf16-meta-utf8.html"):
        (page,), _ = _read(name)
        assert "The caf\u00e9 by the bridge served \u201cflood tea\u201d to the workers." in page.body, name
    for name in ("bom-crlf.jsonl", "bom-crlf.jsonl.gz", "cat-joined-boms.jsonl", "cat-joined-members.jsonl.gz",
                 "dos-eof.jsonl", "dos-eof-last-line.jsonl"):
        articles, _ = _read(name)
        assert all("\r" not in a.body and "\ufeff" not in (a.title or "") + a.body for a in articles), name
        assert [a.title for a in articles] == [BRIDGE, GRAIN, BUS] and articles[2].body.endswith(MORE), name
    (text,), _ = _read("dos-eof.txt")
    assert text.body.endswith("replacing two rotten planks.")


#: Damaged copies per file in the fuzz test: 24 x 24 files take about 8 s here once trafilatura is loaded (a
#: 150-per-file run, 3,600 mutants, gave no unexpected error either; the first run found 20 in a gzipped JSONL).
FUZZ_MUTANTS = 24


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_damaged_copies_never_end_the_batch(tmp_path: Path, name: str) -> None:
    """Every mutant of every file reads into articles and rejections, none an 'unexpected error'."""
    assert_mutants_never_end_the_batch(FIFTH / name, tmp_path, FUZZ_MUTANTS)
