"""HTML reader: main-text extraction with trafilatura, shared by files, WARC and feeds.

``body`` keeps trafilatura's blocks (paragraphs, headings, list items) as paragraphs
separated by blank lines; navigation, footers, comments and tables are dropped. The page's
title, date, canonical URL and site name come from trafilatura's metadata extraction, the
language from ``<html lang>``; all of them are "document" metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from groundwatch.lexicons_dates import MONTHS
from groundwatch.stages.readers.compressed import read_decompressed
from groundwatch.stages.readers.metadata import (
    Doc,
    Problem,
    ReaderError,
    clean_str,
    normalise_language,
    parse_date,
)
from groundwatch.stages.readers.text import decode_as_declared, decode_bytes, has_bom

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2}(?:[-_][A-Za-z0-9]+)*)""",
                        re.IGNORECASE)
# Browsers (WHATWG Encoding) read these labels as Windows-1252; so do the pages' authors.
_WHATWG_AS_CP1252 = frozenset({"iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252"})
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</\s*(?:p|div|li|h[1-6]|blockquote|tr|section|article)\s*>|<\s*br\s*/?\s*>",
                        re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
#: Bytes looked at to tell a feed saved as HTML: its root element follows the XML declaration,
#: a stylesheet instruction and comments, a few hundred bytes in our invented files.
_FEED_SNIFF_BYTES = 4096
_PARA = "\u2029"  # Unicode paragraph separator: marks block ends while other whitespace is collapsed
_SPACE_RUN = re.compile(r"[^\S\u2029]+")


@dataclass(frozen=True, slots=True)
class HtmlText:
    """What one HTML document gave: its main text and its own metadata."""

    body: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    sitename: str | None = None
    language: str | None = None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode HTML bytes as browsers do: a byte-order mark, the declared charset (HTTP header,
    then ``<meta>``), then detection.

    A declaration is trusted as far as it fits (``text.decode_as_declared``): a page declared
    Latin-1 whose bytes are UTF-8, or that reads as mojibake, is decoded as it was written.

    Args:
        data: the page's bytes.
        declared: the charset from an HTTP Content-Type header, if any.

    Raises:
        ReaderError: see ``text.decode_bytes``.
    """
    if has_bom(data):
        return decode_bytes(data)
    match = _META_CHARSET.search(data[:4096])
    meta = match.group(1).decode("ascii") if match else None
    order = [declared, meta]
    if declared and meta and _is_western_default(declared) and not _is_western_default(meta):
        # Servers add "charset=iso-8859-1" to every page by default (Apache's AddDefaultCharset, the
        # old HTTP/1.1 default); a page that names another charset itself knows better.
        order.reverse()
    for charset in order:
        if not charset:
            continue
        if _is_western_default(charset):
            charset = "cp1252"
        text = decode_as_declared(data, charset)
        if text is not None:
            return text
    return decode_bytes(data)


def _is_western_default(charset: str) -> bool:
    return charset.strip().lower().replace("_", "-") in _WHATWG_AS_CP1252


def _paragraphs(text: str) -> str:
    lines = (line.strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def fragment_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment: block ends become paragraph breaks, tags go."""
    import html as html_lib

    text = _BLOCK_END.sub(_PARA, _INVISIBLE.sub(" ", fragment))
    text = html_lib.unescape(_TAG.sub("", text))
    text = _SPACE_RUN.sub(" ", text)  # source line breaks inside a paragraph are just spaces
    return "\n\n".join(part.strip() for part in text.split(_PARA) if part.strip())


def extract_html(html: str, url: str | None = None) -> HtmlText:
    """Extract the main text and metadata of an HTML page.

    Args:
        html: the page as text.
        url: where it was fetched from (WARC), used by trafilatura for relative metadata.

    Returns:
        The main text as paragraphs separated by blank lines, and the page's metadata.

    Raises:
        ReaderError: trafilatura finds no main text.
    """
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=True,
            with_metadata=True,
        )
    except Exception as exc:  # lxml/trafilatura errors on broken markup are a bad document
        raise ReaderError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from exc
    fields: dict[str, Any] = {}
    if result is not None:
        fields = result if isinstance(result, dict) else result.as_dict()
    text = _paragraphs(fields.get("text") or "")
    if not text:
        raise ReaderError("no main text: trafilatura found no article text in the HTML")
    lang_match = _HTML_LANG.search(html[:4096])
    return HtmlText(
        body=text,
        title=clean_str(fields.get("title")),
        published=_page_date(parse_date(fields.get("date")), html, clean_str(fields.get("url")) or url)
        or _linked_data_date(html),
        url=clean_str(fields.get("url")) or url,
        sitename=clean_str(fields.get("sitename")),
        language=normalise_language(lang_match.group(1)) if lang_match else None,
    )


_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')


def _linked_data_date(html: str) -> dt.date | None:
    """The first ``datePublished`` of the page's schema.org data (JSON-LD), where trafilatura found
    no date: a page built by a script may carry its date there alone."""
    match = _LD_DATE.search(html)
    return parse_date(match.group(1)) if match else None


def _page_date(found: dt.date | None, html: str, url: str | None) -> dt.date | None:
    """The page's date, or ``None`` where trafilatura only guessed the 1st of a month or a year.

    With no date in the page, trafilatura (htmldate) falls back on an address that names a month
    (".../world/2023/04/evacuations.html") and dates the page to that month's first day, or on the
    year of the footer's copyright notice ("Copyright 2024 ...") and dates it to that year's 1st of
    January: a month or a year is not a publication day, and the 1st is weeks or months off the
    report. Such a date is kept only when the page writes that day itself.
    """
    if found is None or found.day != 1 or _states_first_of_month(html, found):
        return found
    if found.month == 1:
        return None  # a year's 1st of January the page never writes: the copyright notice's year
    if url and re.search(rf"/{found.year}/{found.month:02d}/(?!\d)", url):
        return None
    return found


def _states_first_of_month(html: str, day: dt.date) -> bool:
    """Whether ``html`` writes the 1st of ``day``'s month in full (2023-04-01, "1 April 2023", "April 1, 2023")."""
    y, m = day.year, day.month
    if re.search(rf"{y}[-/.]?{m:02d}[-/.]?01(?!\d)", html):
        return True
    names = "|".join(re.escape(f) for f, n in MONTHS.items() if n == m)
    written = rf"(?i:\b0?1(?:st)? (?:of )?(?:{names})\.?,? {y}\b|\b(?:{names})\.? 0?1(?:st)?,? {y}\b)"
    return re.search(written, html) is not None


def html_fragment_text(fragment: str) -> str:
    """Plain text of HTML content embedded in a feed or JSON record (may be empty).

    A whole page (with ``<body>``) goes through trafilatura like an HTML file. A fragment is
    all content already, and trafilatura both drops short fragments as boilerplate and
    breaks their paragraphs at inline tags, so it is converted directly instead.
    """
    if "<body" in fragment[:5000].lower():
        try:
            return extract_html(fragment).body
        except ReaderError:
            pass
    return fragment_to_text(fragment)


#: Where a page saved by a browser names its address, in a comment near its top: Chrome's and Internet
#: Explorer's mark of the web (``<!-- saved from url=(0042)https://... -->``, the count being the
#: address's length) and the SingleFile extension's opening comment (``url: https://...``).
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d{4}\)(https?://[^\s<>]+?)\s*-->", re.IGNORECASE)
_SINGLEFILE = re.compile(r"<!--\s*Page saved with SingleFile\b[^>]{0,300}?\burl: (https?://[^\s<>]+)")


def saved_from(page: str) -> str | None:
    """The address a saved page came from, as its saver wrote it at the top; None when it names none
    (a page saved from a file names ``about:internet``)."""
    head = page[:4096]
    match = _SAVED_FROM.search(head) or _SINGLEFILE.search(head)
    return match.group(1) if match else None


def read_html(path: Path) -> Iterator[Doc | Problem]:
    """Read an ``.html``/``.htm`` file (optionally compressed) as one document; a file that
    is really an RSS or Atom feed gives its items, as a feed file does.

    Raises:
        ReaderError: binary, undecodable, empty or no main text.
        OSError: the file cannot be read.
    """
    from groundwatch.stages.readers.feeds import parse_feed, starts_as_feed  # feeds imports this module

    data = read_decompressed(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    if starts_as_feed(data[:_FEED_SNIFF_BYTES]):  # a feed saved from the browser as .html: read its items
        yield from parse_feed(data)
        return
    page = decode_html(data)
    found = extract_html(page, url=saved_from(page))
    yield Doc(body=found.body, format="html", title=found.title, outlet=found.sitename, url=found.url,
              language=found.language, published=found.published)
