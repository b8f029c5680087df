"""Safari's saved pages (``.webarchive``): a property list holding the page and its parts.

Safari's "Save As... Web Archive" writes a binary property list (read with the standard library's
``plistlib``): ``WebMainResource`` is the page (``WebResourceData``, its bytes; ``WebResourceURL``;
``WebResourceTextEncodingName``), ``WebSubresources`` its images, scripts and styles (not read),
``WebSubframeArchives`` one web archive per frame. The page is read as an HTML file is, at its
address; a page whose own text is empty (a frameset, a shell around an iframe) is read through the
frame with the most text, as MHTML frames are.
"""

from __future__ import annotations

import plistlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from groundwatch.stages.readers.html import HtmlText, decode_html, extract_html, saved_from
from groundwatch.stages.readers.metadata import Doc, ReaderError, clean_str, read_capped

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_webarchive(path: Path) -> Iterator[Doc]:
    """Read a ``.webarchive`` file as one page.

    Raises:
        ReaderError: not a property list, no main resource, a saved file that is no page, or no text.
        OSError: the file cannot be read.
    """
    data = read_capped(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # plistlib raises InvalidFileException, ValueError, OverflowError... on damage
        raise ReaderError(f"not a readable Safari web archive: {type(exc).__name__}: {exc}") from exc
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise ReaderError("a property list without a web archive's main resource (WebMainResource)")
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if kind not in _HTML_TYPES:
        raise ReaderError(f"a web archive of a saved {kind} file, not of a page")
    page, url = _page(main)
    try:
        found = extract_html(page, url=url)
    except ReaderError:
        framed = _best_frame(archive)
        if framed is None:
            raise
        found = framed
    yield Doc(body=found.body, format="html", title=found.title, outlet=found.sitename, url=found.url or url,
              language=found.language, published=found.published)


def _page(resource: dict[str, Any]) -> tuple[str, str | None]:
    page = decode_html(resource["WebResourceData"], clean_str(resource.get("WebResourceTextEncodingName")))
    url = clean_str(resource.get("WebResourceURL"))
    return page, url if url and url.startswith(("http://", "https://")) else saved_from(page)


def _best_frame(archive: dict[str, Any]) -> HtmlText | None:
    """The frame whose page has the most text, or None when no frame has any."""
    found: list[HtmlText] = []
    for frame in archive.get("WebSubframeArchives") or []:
        main = frame.get("WebMainResource") if isinstance(frame, dict) else None
        if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
            continue
        page, url = _page(main)
        try:
            text = extract_html(page, url=url)
        except ReaderError:
            continue
        found.append(text if text.url else replace(text, url=url))
    return max(found, key=lambda t: len(t.body), default=None)
