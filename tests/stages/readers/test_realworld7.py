"""The seventh batch of real-world files (issue 10): PDF press releases and situation reports.

Each file in ``realworld/seventh/`` is invented and written by ``realworld/make_seventh_fixtures.py``.
As in ``test_realworld6``, the table says what ingest must make of each file: the articles it keeps
and the rejections, with a reason; ``BEFORE`` records what they gave before this batch's reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from groundwatch.records import Article, Rejection
from groundwatch.stages.clean import clean
from realworld_support import (
    Row,
    assert_file_read_as_listed,
    assert_fixtures_match_script,
    assert_mutants_never_end_the_batch,
    read_file,
)

pytest.importorskip("pypdf")

HERE = Path(__file__).parent / "realworld"
SEVENTH = HERE / "seventh"

TABLE: dict[str, Row] = {
    "brief-two-columns.pdf": ([""], []),
    "sitrep-running-heads.pdf": ([""], []),
    "press-release.pdf": ([""], []),
    "download": ([""], []),
    "print-restricted.pdf": ([""], []),
    "release-attached.eml": ([""], []),
    "report-only.eml": ([""], []),
    "scanned.pdf": ([], [(None, r"^no text layer: a scanned PDF \(1 page of images\); OCR is not done$")]),
    "encrypted.pdf": ([], [(None, r"^an encrypted PDF that needs a password: not read$")]),
    "cut-short.pdf": (
        [],
        [
            (
                None,
                r"^a damaged PDF: cut short \(no end-of-file marker\): a download or copy that "
                r"stopped early$",
            )
        ],
    ),
    "error-page.pdf": (
        [],
        [
            (
                None,
                r"^named \.pdf but a web page \(a download that returned a page, such as an "
                r"error, instead of the PDF\)$",
            )
        ],
    ),
    "empty.pdf": ([], [(None, r"^empty file: 0 bytes$")]),
}

_PDF = "unsupported file type .pdf (looks like a PDF document)"
BEFORE = {
    "brief-two-columns.pdf": _PDF,
    "sitrep-running-heads.pdf": _PDF,
    "press-release.pdf": _PDF,
    "scanned.pdf": _PDF,
    "encrypted.pdf": _PDF,
    "cut-short.pdf": _PDF,
    "print-restricted.pdf": _PDF,
    "release-attached.eml": "one article: the cover note alone (attachments were not read)",
    "report-only.eml": "no text part in the message (parts: application/octet-stream)",
    "download": "unsupported file type (no extension) (looks like a PDF document)",
    "error-page.pdf": "one article: the error page (its 'Forbidden' heading and message) read as HTML",
    "empty.pdf": "empty file: 0 bytes (unchanged)",
}

SITREP = "Floods in the Orlan valley: situation report No. 4"
RELEASE = "Water trucks reach Kessary camp"
# file -> (title, start of the body, date)
DETAILS = {
    "brief-two-columns.pdf": (
        "Orlan valley floods: what we know",
        "Orlan valley floods: what we know\n\nBrief",
        "2031-06-12",
    ),
    # the properties' title is a converter's file name: the first line is the title
    "sitrep-running-heads.pdf": (SITREP, SITREP + "\n\nHighlights\n\nAbout 3,200 people", "2031-06-13"),
    "press-release.pdf": (RELEASE, RELEASE + "\n\nPress release\n\nKessary, 14 June 2031", "2031-06-14"),
    "download": (RELEASE, RELEASE, "2031-06-14"),
    # encrypted only to restrict printing: it opens with the empty password; no date in its properties
    "print-restricted.pdf": ("Kessary camp water update", "Kessary camp water update\n\nWater deliveries", "None"),
}


def test_table_covers_every_fixture() -> None:
    assert {p.name for p in SEVENTH.iterdir()} == set(TABLE)
    assert set(BEFORE) == set(TABLE)


def test_fixtures_are_what_the_script_writes() -> None:
    assert_fixtures_match_script(SEVENTH, HERE / "make_seventh_fixtures.py", "seventh")


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_what_is_read(name: str) -> None:
    assert_file_read_as_listed(SEVENTH / name, TABLE[name])


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(DETAILS))
def test_each_pdf_read_as_written(name: str) -> None:
    (article,), _ = read_file(SEVENTH / name)
    title, start, published = DETAILS[name]
    assert (article.title, article.body[: len(start)], str(article.published)) == (title, start, published)
    assert article.format == "pdf" and article.language == "en"
    assert article.meta_origin["published"] == ("document" if published != "None" else "unknown")


@pytest.mark.issue(10)
def test_running_heads_and_page_numbers_are_left_out_and_broken_words_joined() -> None:
    (article,), _ = read_file(SEVENTH / "sitrep-running-heads.pdf")
    cleaned = clean(article).text
    for text in (article.body, cleaned):
        assert "Relief Office" not in text and "Page " not in text and "orlan-relief.example" not in text
        assert "Situation report No. 4 |" not in text
        assert "humanitarian partners" in text and "carried by boat" in text  # over a line's end, a page's
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1:4] == [
        "Highlights",
        "About 3,200 people have left their homes in the lower districts of Tessary since the river broke its "
        "banks on 10 June.",
        "Four shelters are open; the largest holds 640 people.",
    ]
    assert paragraphs[-2:] == [
        "The appeal launched on 11 June has received 35 per cent of the 4.2 million it seeks.",
        "For more information, contact the field desk.",
    ]
    assert "banks on 10 June." in cleaned  # a wrapped line that is a date alone stays in its sentence


@pytest.mark.issue(10)
def test_two_columns_read_one_after_the_other() -> None:
    (article,), _ = read_file(SEVENTH / "brief-two-columns.pdf")
    body = article.body
    assert body.index("the district council said.") < body.index("Relief workers opened four shelters")
    assert "covered the lower districts of Tessary on Tuesday night" in body
    quote = (
        "\u201cThe river has not been this high since the spring of 2019,\u201d said Mara Vellin, who runs the "
        "shelter at the Tessary grammar school."
    )
    assert body.endswith("\n\n" + quote) and quote in clean(article).text


#: Damaged copies per file: 11 files x 40 mutants run in about ten seconds here (a 300-per-file run, 3,300 mutants,
#: gave no unexpected error).
FUZZ_MUTANTS = 40


@pytest.mark.issue(10)
@pytest.mark.parametrize("name", sorted(n for n in TABLE if n != "empty.pdf"))
def test_damaged_copies_never_end_the_batch(tmp_path: Path, name: str) -> None:
    assert_mutants_never_end_the_batch(SEVENTH / name, tmp_path, FUZZ_MUTANTS)


def test_a_pdf_among_other_files_leaves_them_as_they_were(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Snow closed the upper road at Brisk on Friday, the county said.\n", encoding="utf-8"
    )
    (tmp_path / "b.pdf").write_bytes((SEVENTH / "press-release.pdf").read_bytes())
    (tmp_path / "c.pdf").write_bytes((SEVENTH / "cut-short.pdf").read_bytes())
    from groundwatch.stages.ingest import iter_inputs

    records = list(iter_inputs([tmp_path]))
    assert [(type(r).__name__, r.id if isinstance(r, Article) else Path(r.source).name) for r in records] == [
        ("Article", "a"),
        ("Article", "b"),
        ("Rejection", "c.pdf"),
    ]


FIFTH = HERE / "fifth"


@pytest.mark.issue(10)
def test_capture_indexes_beside_warcs_are_one_skipped_row_not_rejected_one_by_one(tmp_path: Path) -> None:
    from groundwatch.stages.ingest import iter_inputs

    crawl = tmp_path / "crawl"
    (crawl / "older").mkdir(parents=True)
    for name in ("crawl.cdx", "crawl.cdxj", "crawl.cdxj.gz"):
        (crawl / name).write_bytes((FIFTH / name).read_bytes())
    (crawl / "older" / "INDEX.CDX").write_bytes((FIFTH / "crawl.cdx").read_bytes())
    (crawl / "pages.warc.gz").write_bytes((HERE / "cc-news-style.warc.gz").read_bytes())
    records = list(iter_inputs([crawl]))
    rows = [(Path(r.source).name, r.reason) for r in records if not isinstance(r, Article)]
    index = "indexes of web-archive captures (where each capture lies in a WARC file), not articles: "
    assert rows == [
        ("crawl", index + "3 files skipped (1 CDX, 2 CDXJ); the web archives beside them are read"),
        ("older", index + "1 file skipped (1 CDX); no web archive beside them"),
    ]
    assert [r.id for r in records if isinstance(r, Article)] == [
        r.id.replace("cc-news-style", "pages")
        for r in iter_inputs([HERE / "cc-news-style.warc.gz"])
        if isinstance(r, Article)
    ]
    (alone,) = list(iter_inputs([crawl / "crawl.cdx"]))
    assert isinstance(alone, Rejection) and alone.reason.startswith(
        "a CDX index of web-archive captures"
    )  # given by name: refused alone


def test_an_aes_pdf_without_the_cryptography_package_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject
    from pypdf.errors import DependencyError

    def no_aes(*_args: object, **_kwargs: object) -> str:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PageObject, "extract_text", no_aes)
    _, (rejection,) = read_file(SEVENTH / "press-release.pdf")
    assert rejection.reason.startswith("an encrypted PDF (AES) that pypdf cannot decrypt without the cryptography")


@pytest.mark.issue(10)
def test_a_pdf_mailed_under_a_cover_note_or_alone_is_the_messages_article() -> None:
    """The PDF is the release: titled by itself, from the sender, dated by the mail (sent after the PDF was made)."""
    (mailed,), _ = read_file(SEVENTH / "release-attached.eml")
    (release,), _ = read_file(SEVENTH / "press-release.pdf")
    assert (mailed.title, mailed.outlet, str(mailed.published), mailed.format) == (
        RELEASE,
        "Orlan Valley Relief Office",
        "2031-06-15",
        "email",
    )
    assert mailed.body == release.body and "please find attached" not in mailed.body
    (report,), _ = read_file(SEVENTH / "report-only.eml")
    (sitrep,), _ = read_file(SEVENTH / "sitrep-running-heads.pdf")
    assert (report.title, report.body) == (SITREP, sitrep.body)
