"""The sixth batch of real-world files (issue 10): tables of articles and pages saved by browsers.

Each file in ``realworld/sixth/`` is invented and written by ``realworld/make_sixth_fixtures.py``.
As in ``test_realworld5``, the table says what ingest must make of each file: the articles it keeps
and the rejections, with a reason; ``BEFORE`` records what the files read wrong gave before this
batch's fixes. ``saved-complete/`` is a folder, read as a folder is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import iter_inputs
from realworld_support import (
    Row,
    assert_file_read_as_listed,
    assert_fixtures_match_script,
    assert_mutants_never_end_the_batch,
    read_file,
)

HERE = Path(__file__).parent / "realworld"
SIXTH = HERE / "sixth"
FOLDER = "saved-complete"
FERRY, ROAD = "Chain ferry back at Wrenford", "Landslip closes Pelling road"
MARKET = "Cold snap empties Brackmoor market"
FERRY_TEXT = "The chain ferry at Wrenford carried cars across the Olmsey again on Tuesday"
ROAD_TEXT = "A landslip closed the lower road out of Pelling on Monday night"
MARKET_TEXT = "Only nine stalls opened at the Brackmoor market on Saturday"
MORE = "A county spokesperson said the repairs would be looked at again in the spring."
CAFE = "Staff at the caf\u00e9 on the quay called it \u201cthe longest six weeks\u201d of the year."
NO_TEXT = r"^row 2: no text: none of the keys text, html"

TABLE: dict[str, Row] = {
    # read wrong before (see BEFORE)
    "excel-semicolon.csv": (["#1", "#2", "#3"], []),
    "monitoring-export.csv": (["#1", "#2"], []),
    "excel-bom-sep-line.csv": (["#1", "#2"], []),
    "pandas-index.csv": (["#1", "#3"], [("#2", NO_TEXT)]),
    "tab-export.tsv": (["#1", "#2"], []),
    "links-only.csv": ([], [(None, r"^a table without an article text column \(columns: stories_id, publish_date, "
                                   r"title, url, media_name\), not articles")]),
    "shifted-row.csv": (["#1", "#3"], [("#2", r"^row 2: 5 cells where the header names 4 columns \(a delimiter "
                                              r"inside an unquoted cell shifts the columns\)$")]),
    "cut-in-quotes.csv": (["#1", "#2"], [("#3", r"^row 3: cut short \(the file ends inside this row's quoted "
                                                r"cell\)$")]),
    "export.csv.gz": (["#1", "#2", "#3"], []),
    "blank-rows.csv": (["#1", "#2", "#3"], []),
    "excel-unicode-text.txt": (["#1", "#2"], []),
    "chrome-saved-from.html": ([""], []),
    "singlefile.html": ([""], []),
    "pages-per-line.jsonl": (["#1", "#2.1", "#2.2", "#3.1", "#3.2", "#5.1"], [
        ("#4", r"^line 4: an empty list of articles$"),
        ("#5.2", r"^line 5, item 2: JSON value is a str, not an object$")]),
    "one-page.ndjson": (["#1", "#2"], []),
    "newsletter.eml": ([""], []),
    "forwarded-release.eml": ([""], []),
    # its PDF (invented bytes, cut short) is read since the seventh batch, and says why it gives no text
    "attachment-only.eml": ([], [(None, r"^no text part in the message \(parts: application/pdf\); its PDF "
                                        r"attachment release\.pdf: a damaged PDF: cut short")]),
    "apple-mail.emlx": ([""], []),
    "mailbox.mbox": (["#1", "#2"], [("#3", r"^message 3: no text part in the message \(parts: application/pdf\); "
                                           r"its PDF attachment ")]),
    "safari.webarchive": ([""], []),
    "safari-frames.webarchive": ([""], []),
    "safari-pdf.webarchive": ([], [(None, r"^a web archive of a saved application/pdf file, not of a page$")]),
    "safari-xml-plist.webarchive": ([""], []),
    "press-release.docx": ([""], []),
    "statement.odt": ([""], []),
    "entity.docx": ([], [(None, r"^word/document\.xml declares a DTD or entities, which word processors never "
                               r"write: not read$")]),
    "rich-text-named.docx": ([], [(None, r"^a Rich Text \(RTF\) file named \.docx: RTF is not read$")]),
    "shortcut.url": ([], [(None, r"^a link shortcut to https://wrenford\.example/news/ferry-back, no article text "
                                 r"\(fetch the page and read it as HTML\)$")]),
    "shortcut.webloc": ([], [(None, r"^a link shortcut to https://wrenford\.example/news/pelling-landslip, ")]),
    "shortcut.desktop": ([], [(None, r"^a link shortcut to https://wrenford\.example/news/brackmoor-market, ")]),
    # read right before: regression cases (a page saved from disk names no address; prose named .eml)
    "saved-from-disk.html": ([""], []),
    "not-a-message.eml": ([""], []),
}

#: What the files read wrong gave before this batch's fixes, for the record.
BEFORE = {
    "monitoring-export.csv": "one article: the title lines and the whole table as plain text",
    "excel-semicolon.csv": "one article: the whole table, header and addresses included, as plain text",
    "excel-bom-sep-line.csv": "one article: the whole table as plain text",
    "pandas-index.csv": "one article: the whole table as plain text (the row without text not named)",
    "tab-export.tsv": "one article: the table's tabs and HTML cells as plain text",
    "links-only.csv": "unsupported file type .csv",
    "shifted-row.csv": "one article: the whole table as plain text",
    "cut-in-quotes.csv": "one article: the whole table as plain text, its cut row included",
    "export.csv.gz": "one article: the whole table as plain text",
    "blank-rows.csv": "one article: the whole table as plain text, rows of commas included",
    "excel-unicode-text.txt": "one article: the whole tab-separated table as plain text",
    "chrome-saved-from.html": "no address (and so no outlet): the 'saved from url' mark was not read",
    "singlefile.html": "no address (and so no outlet): SingleFile's 'url:' line was not read",
    "pages-per-line.jsonl": "1 article: lines 2 and 5 'JSON value is a list', lines 3 and 4 'no text'",
    "one-page.ndjson": "0 articles: 'line 1: no text'",
    "newsletter.eml": "no main text: trafilatura found no article text in the HTML",
    "forwarded-release.eml": "one article: the mail headers and the quoted-printable and base64 parts as text",
    "attachment-only.eml": "unsupported file type .eml",
    "apple-mail.emlx": "unsupported file type .emlx",
    "mailbox.mbox": "no main text: trafilatura found no article text in the HTML",
    "safari.webarchive": "unsupported file type .webarchive (binary content: contains NUL bytes ...)",
    "safari-frames.webarchive": "unsupported file type .webarchive (binary content: contains NUL bytes ...)",
    "safari-pdf.webarchive": "unsupported file type .webarchive (binary content: contains NUL bytes ...)",
    "safari-xml-plist.webarchive": "unsupported file type .webarchive",
    "press-release.docx": "unsupported file type .docx (looks like a ZIP archive (or DOCX/XLSX/EPUB))",
    "statement.odt": "unsupported file type .odt (looks like a ZIP archive (or DOCX/XLSX/EPUB))",
    "rich-text-named.docx": "malformed JSON: Expecting property name enclosed in double quotes (line 1, column 2)",
    "shortcut.url": "malformed JSON: Expecting value (line 1, column 2)",
    "shortcut.webloc": "unsupported file type .webloc (binary content: contains NUL bytes ...)",
    "shortcut.desktop": "malformed JSON: Expecting value (line 1, column 2)",
    FOLDER: "the saved page's frame (a comment box) read as an article; its script, stylesheet and images "
            "rejected one by one as unsupported files",
}


def _read(name: str) -> tuple[list[Article], list[Rejection]]:
    return read_file(SIXTH / name)


def test_table_covers_every_fixture() -> None:
    assert {p.name for p in SIXTH.iterdir()} == set(TABLE) | {FOLDER}
    assert set(BEFORE) <= set(TABLE) | {FOLDER}


def test_fixtures_are_what_the_script_writes() -> None:
    assert_fixtures_match_script(SIXTH, HERE / "make_sixth_fixtures.py", "sixth")


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_what_is_read(name: str) -> None:
    assert_file_read_as_listed(SIXTH / name, TABLE[name])


_URL = "https://wrenford.example/news/"
_F, _R, _M = _URL + "ferry-back", _URL + "pelling-landslip", _URL + "brackmoor-market"
_HOST, _SITE = "wrenford.example", "Wrenford Echo"
# file -> per article read, in order: (title, start of the body, date, url, outlet)
DETAILS: dict[str, list[tuple[str | None, str, str | None, str | None, str | None]]] = {
    "excel-semicolon.csv": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _SITE), (ROAD, ROAD_TEXT, "2031-06-11", _R, _SITE),
                            (MARKET, MARKET_TEXT, "2031-06-14", _M, _SITE)],
    "excel-bom-sep-line.csv": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _HOST),
                               (ROAD, ROAD_TEXT, "2031-06-11", _R, _HOST)],
    "monitoring-export.csv": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _SITE),
                              (MARKET, MARKET_TEXT, "2031-06-14", _M, "Brackmoor Weekly")],
    "pandas-index.csv": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _SITE), (MARKET, MARKET_TEXT, "2031-06-14", _M, _SITE)],
    "tab-export.tsv": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _HOST), (MARKET, MARKET_TEXT, "2031-06-14", _M, _HOST)],
    "export.csv.gz": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _HOST), (ROAD, ROAD_TEXT, "2031-06-11", _R, _HOST),
                      (MARKET, MARKET_TEXT, "2031-06-14", _M, _HOST)],
    "blank-rows.csv": [(FERRY, FERRY_TEXT, None, _F, _HOST), (ROAD, ROAD_TEXT, None, _R, _HOST),
                       (MARKET, MARKET_TEXT, None, _M, _HOST)],
    # day first: the column's 14/06/2031 shows the order its 10/06/2031 is written in
    "excel-unicode-text.txt": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _HOST),
                               (MARKET, MARKET_TEXT, "2031-06-14", _M, _HOST)],
    "pages-per-line.jsonl": [(t, text, d, u, _HOST) for t, text, d, u in (
        (FERRY, FERRY_TEXT, "2031-06-10", _F), (ROAD, ROAD_TEXT, "2031-06-11", _R),
        (MARKET, MARKET_TEXT, "2031-06-14", _M), (MARKET, MARKET_TEXT, "2031-06-14", _M),
        (FERRY, FERRY_TEXT, "2031-06-10", _F), (ROAD, ROAD_TEXT, "2031-06-11", _R))],
    "one-page.ndjson": [(FERRY, FERRY_TEXT, "2031-06-10", _F, _HOST), (ROAD, ROAD_TEXT, "2031-06-11", _R, _HOST)],
    "newsletter.eml": [("Morning briefing \u2013 ferry back", FERRY_TEXT, "2031-06-11", None, _SITE)],
    "forwarded-release.eml": [(ROAD, ROAD_TEXT, "2031-06-10", None, "Pelling Parish Clerk")],
    "apple-mail.emlx": [(MARKET, MARKET_TEXT, "2031-06-14", None, _SITE)],
    "mailbox.mbox": [("Morning briefing \u2013 ferry back", FERRY_TEXT, "2031-06-11", None, _SITE),
                     (MARKET, MARKET_TEXT, "2031-06-14", None, _SITE)],
    "safari.webarchive": [(FERRY, FERRY, None, _F, _HOST)],
    "safari-frames.webarchive": [(ROAD, ROAD, None, _R, _HOST)],
    "safari-xml-plist.webarchive": [(MARKET, MARKET, None, _M, _HOST)],
    # a document names no outlet or address, and its package's creation date (a template's) is no date
    "press-release.docx": [(ROAD, ROAD, None, None, None)],
    "statement.odt": [(MARKET, MARKET, None, None, None)],
    "chrome-saved-from.html": [(FERRY, FERRY, None, _F, _HOST)],
    "singlefile.html": [(ROAD, ROAD, None, _R, _HOST)],
    "saved-from-disk.html": [(MARKET, MARKET, None, None, None)],
}


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(DETAILS))
def test_each_article_read_as_written(name: str) -> None:
    articles, _ = _read(name)
    got = [(a.title, a.body[: len(start)], None if a.published is None else str(a.published), a.url, a.outlet)
           for a, (_, start, _, _, _) in zip(articles, DETAILS[name], strict=True)]
    assert got == DETAILS[name]


@pytest.mark.issue(10)
def test_a_cell_keeps_its_paragraphs_and_its_code_page() -> None:
    for name in ("excel-semicolon.csv", "excel-unicode-text.txt"):
        first, *_ = _read(name)[0]
        assert first.body == f"{FERRY_TEXT} after a six-week repair to its winch house. {CAFE}\n\n{MORE}", name
    for name in ("pandas-index.csv", "tab-export.tsv", "excel-bom-sep-line.csv"):
        articles, _ = _read(name)
        assert all(a.body.endswith("\n\n" + MORE) and "<p>" not in a.body and "\r" not in a.body
                   for a in articles), name


@pytest.mark.issue(10)
def test_a_saved_pages_files_are_one_rejection_and_not_read() -> None:
    records = list(iter_inputs([SIXTH / FOLDER]))
    articles = [r for r in records if isinstance(r, Article)]
    rejections = [(Path(r.source).name, r.reason) for r in records if isinstance(r, Rejection)]
    assert [(a.id, a.title, a.url) for a in articles] == [
        ("Ferry back", FERRY, _F), ("Markt", MARKET, None), ("old_files/note", None, None)]
    assert rejections == [
        ("Ferry back_files", 'the files of the saved page Ferry back.html (a browser\'s "save page, complete" folder), '
                             "not articles: 4 files skipped (1 frame page, 1 image, 1 script, 1 stylesheet)"),
        ("Markt-Dateien", 'the files of the saved page Markt.htm (a browser\'s "save page, complete" folder), '
                          "not articles: 1 file skipped (1 image)")]
    assert all("Reader 1 wrote" not in a.body for a in articles)


#: Damaged copies per file in the fuzz test: 24 x 33 files take about 15 s here under a load of 8, loading
#: trafilatura included (a 200-per-file run, 5,800 mutants, then 800 more per mail file and 400 per table, web
#: archive and document, gave no unexpected error;
#: the first 200-per-file run found one, a mailbox's damaged From header that the strict mail policy's parser
#: raised IndexError on).
FUZZ_MUTANTS = 24
#: The characters a table's parse turns on (quotes, delimiters, line ends, NUL), favoured by the flips.
TABLE_FLIPS = b'",;\t\n\r\x00\xff' + bytes(range(32, 127))


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_damaged_copies_never_end_the_batch(tmp_path: Path, name: str) -> None:
    """Every mutant of every file reads into articles and rejections, none an 'unexpected error'."""
    assert_mutants_never_end_the_batch(SIXTH / name, tmp_path, FUZZ_MUTANTS, flips=TABLE_FLIPS)


@pytest.mark.issue(10)
def test_a_manifest_entry_names_one_article_of_a_line(tmp_path: Path) -> None:
    """``file#n.i`` in a manifest is the i-th article of line n, as its id says."""
    (tmp_path / "pages.jsonl").write_bytes((SIXTH / "pages-per-line.jsonl").read_bytes())
    (tmp_path / "manifest.json").write_text(
        '{"articles": [{"file": "pages.jsonl#2.2", "outlet": "Brackmoor Weekly"}]}', encoding="utf-8")
    articles = [r for r in iter_inputs([tmp_path]) if isinstance(r, Article)]
    assert [(a.id, a.outlet) for a in articles if a.outlet != _HOST] == [("pages#2.2", "Brackmoor Weekly")]


@pytest.mark.issue(10)
def test_a_message_is_its_text_without_the_mail_around_it() -> None:
    (letter,), _ = _read("newsletter.eml")
    assert letter.body == f"{FERRY_TEXT} after a six-week repair to its winch house. {CAFE}\n\n{MORE}"
    assert letter.language == "en" and letter.format == "email"
    (release,), _ = _read("forwarded-release.eml")
    assert "Caf\u00e9 owners" in release.body and "PDF" not in release.body and "From:" not in release.body
    mailbox, _ = _read("mailbox.mbox")
    (apple,), _ = _read("apple-mail.emlx")
    # the mailbox's escaped ">From " line is the message's own "From " line again, as in the .emlx
    assert mailbox[1].body == apple.body and "\n\nFrom the stalls" in apple.body and "plist" not in apple.body


@pytest.mark.issue(10)
def test_a_web_archive_is_its_page_not_its_parts() -> None:
    (page,), _ = _read("safari.webarchive")
    assert page.body.endswith(MORE) and "font-weight" not in page.body and "JFIF" not in page.body
    (framed,), _ = _read("safari-frames.webarchive")
    assert "Archive | 2031" not in framed.body and framed.body.endswith(MORE)
    (legacy,), _ = _read("safari-xml-plist.webarchive")
    assert CAFE in legacy.body  # its windows-1252 bytes decoded by the archive's encoding name


@pytest.mark.issue(10)
def test_a_document_is_its_paragraphs_as_last_saved() -> None:
    (release,), _ = _read("press-release.docx")
    assert release.body.split("\n\n") == [
        ROAD, f"{ROAD_TEXT}, and the county sent two diggers at first light. The county kept two diggers on the "
              "road overnight.", MORE, "Press office", "01632 960123"]  # runs joined, the deleted words left out
    assert release.language == "en" and release.format == "docx"
    (statement,), _ = _read("statement.odt")
    assert statement.body.split("\n\n")[1:] == [
        f"{MARKET_TEXT} as frost stayed on the square until noon.", CAFE, MORE]  # the footnote left out
