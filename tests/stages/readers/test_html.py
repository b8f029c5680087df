"""HTML reader: main text kept, boilerplate dropped, page metadata read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from groundwatch.stages.readers.html import decode_html, extract_html, html_fragment_text, read_html, saved_from
from groundwatch.stages.readers.metadata import ReaderError

PARAS = (
    "Heavy rain swept through the Velorian town of Marrowgate on Tuesday, forcing hundreds of families "
    "from their homes along the river.",
    "Officials in Tessel said at least 40 people had been taken to hospital after the river burst its "
    "banks overnight.",
    "“We have never seen water this high,” said Ilsa Brandt, a shopkeeper on the harbour front.",
)

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Floods hit Marrowgate | The Harbour Post</title>
<meta property="og:title" content="Floods hit Marrowgate">
<meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="2023-04-05T08:00:00Z">
<link rel="canonical" href="https://harbourpost.example/floods-marrowgate">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/subscribe">Subscribe today</a></li></ul></nav>
<div class="share">Share on social media</div>
<article><h1>Floods hit Marrowgate</h1>
<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Harbour festival postponed</a></li></ul></aside>
<footer><p>Copyright The Harbour Post. All rights reserved.</p><p>Privacy policy | Cookie settings</p></footer>
</body></html>"""


def test_extract_keeps_main_text_and_drops_boilerplate() -> None:
    page = extract_html(PAGE)
    for para in PARAS:
        assert para in page.body
    for junk in ("Subscribe today", "World news", "All rights reserved", "Cookie settings", "Most read"):
        assert junk not in page.body
    paragraphs = page.body.split("\n\n")
    assert [p for p in paragraphs if p in PARAS] == list(PARAS)  # in order, blank-line separated
    assert "<" not in page.body


def test_extract_reads_page_metadata() -> None:
    page = extract_html(PAGE)
    assert page.title == "Floods hit Marrowgate"
    assert page.sitename == "The Harbour Post"
    assert page.url == "https://harbourpost.example/floods-marrowgate"
    assert page.published == dt.date(2023, 4, 5)
    assert page.language == "en"


_NO_DATE = PAGE.replace('<meta property="article:published_time" content="2023-04-05T08:00:00Z">\n', "")


@pytest.mark.parametrize(("page", "expected"), [
    pytest.param(_NO_DATE.replace("example/floods", "example/world/2022/07/floods"), None,
                 id="a-month-in-the-address-is-no-publication-day"),
    pytest.param(_NO_DATE.replace("example/floods", "example/world/2022/07/floods").replace(
        "<head>", '<head><meta property="article:published_time" content="2022-07-01T06:00:00Z">'),
        dt.date(2022, 7, 1), id="a-stated-first-of-the-month-stays"),
    pytest.param(_NO_DATE.replace("example/floods", "example/world/2022/07/19/floods"), dt.date(2022, 7, 19),
                 id="a-full-date-in-the-address-stays"),
])
def test_page_date_from_the_address(page: str, expected: dt.date | None) -> None:
    assert extract_html(page).published == expected


@pytest.mark.parametrize(("notice", "expected"), [
    pytest.param("Copyright 2024 The Harbour Post", None, id="copyright-year-is-no-publication-day"),
    pytest.param("\u00a9 2021\u20132024 The Harbour Post", None, id="copyright-range-is-no-publication-day"),
    pytest.param("Copyright 2024 The Harbour Post. Posted 1 January 2024", dt.date(2024, 1, 1),
                 id="a-stated-new-year-stays"),
])
def test_page_date_from_a_copyright_notice(notice: str, expected: dt.date | None) -> None:
    page = _NO_DATE.replace("</body>", f"<footer><p>{notice}</p></footer></body>")
    assert extract_html(page).published == expected


def test_extract_without_text_refuses() -> None:
    with pytest.raises(ReaderError, match="no main text"):
        extract_html("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>")


def test_read_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = list(read_html(path))
    assert doc.format == "html"
    assert doc.title == "Floods hit Marrowgate"
    assert doc.outlet == "The Harbour Post"
    assert PARAS[1] in doc.body


def test_declared_windows_charset_is_used() -> None:
    data = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    assert "“We have never seen" in decode_html(data)


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    data = PAGE.replace('charset="utf-8"', 'charset="utf-8"').encode("cp1252")
    assert "“We have never seen" in decode_html(data)


def test_binary_html_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(ReaderError, match="PNG"):
        list(read_html(path))


def test_fragment_text_keeps_short_content() -> None:
    text = html_fragment_text("<p>Tessel bridge <b>closed</b>.</p><p>Ferries resume &amp; run hourly.</p>")
    assert text == "Tessel bridge closed.\n\nFerries resume & run hourly."


def test_fragment_text_joins_source_lines_and_drops_scripts() -> None:
    fragment = ("<div>Rain fell\n  all night<br/>in Tessel.<script>track()</script><!-- ad --></div>"
                "<ul><li>One</li></ul>")
    assert html_fragment_text(fragment) == "Rain fell all night\n\nin Tessel.\n\nOne"


def test_tables_in_the_article_are_kept_as_rows() -> None:
    # Tables were dropped (include_tables=False); on clean-dev's HTML pages keeping them scored
    # better, and a table of figures is what a crisis report is often made of.
    table = ("<table><tr><th>Town</th><th>People moved</th></tr>"
             "<tr><td>Marrowgate</td><td>420</td></tr><tr><td>Tessel</td><td>180</td></tr></table>")
    page = PAGE.replace(f"<p>{PARAS[2]}</p>", f"<p>{PARAS[2]}</p>{table}")
    body = extract_html(page).body
    assert "Marrowgate | 420" in body
    assert "Tessel | 180" in body


@pytest.mark.issue(10)
@pytest.mark.parametrize(("top", "expected"), [
    ("<!-- saved from url=(0034)https://marrowgate.example/flood -->", "https://marrowgate.example/flood"),
    ("<!-- saved from url=(0014)about:internet -->", None),  # saved from a file: no address
    ("<!--\n Page saved with SingleFile \n url: https://marrowgate.example/flood?p=2 \n saved date: "
     "Tue Mar 04 2031\n-->", "https://marrowgate.example/flood?p=2"),
    ("<!-- url: https://marrowgate.example/flood -->", None),  # a comment of another kind
])
def test_a_saved_page_names_where_it_came_from(top: str, expected: str | None) -> None:
    page = f"<!DOCTYPE html>\n{top}\n<html><body><p>{PARAS[0]}</p></body></html>"
    assert saved_from(page) == expected
