"""MHTML (``.mhtml``, ``.mht``: a browser's "save as single file") pages, framed ones included.

An MHTML file is a MIME message whose HTML part (the one at the ``Snapshot-Content-Location``,
else the first) is the page; its transfer encoding (quoted-printable, base64) and charset are
undone, its main text extracted as for an HTML file; ``url`` is the saved page's address and
``published`` the page's own date, else the message's ``Date`` (when it was saved, as a WARC's
capture date).

Browsers save every frame of a page as a part of its own, which the page's ``<frame>`` and
``<iframe>`` tags name (``cid:`` addresses in Chrome's files, the frame's URL in older ones). A
page that is a frameset, or whose own text is a shell of a few words around its iframes, is read
through the frame part with the most text: an archive viewer or reader view that shows the
story inside a frame is read as the story, at the frame's own web address when it was saved
with one.
"""

from __future__ import annotations

import email
import re
from collections.abc import Iterator
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.html import HtmlText, decode_html, extract_html
from groundwatch.stages.readers.metadata import Doc, ReaderError, clean_str

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FRAMESET = re.compile(r"<frameset\b", re.IGNORECASE)
_FRAME_SRC = re.compile(r"""<i?frame\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
#: Words of main text below which a page that shows iframes is a shell around them: a menu line
#: ("Home | Tamble") or a "Loading..." notice runs 1-5 words, one sentence of news 15-30. Chosen
#: on our invented reader-view and archive-viewer files (2 cases), not on dev text.
FRAME_SHELL_MAX_WORDS = 12


def _html_part(message: Message) -> Message | None:
    """The saved page: the HTML part at the snapshot's address, else the first HTML part."""
    where = clean_str(message.get("Snapshot-Content-Location"))
    parts = [p for p in message.walk() if p.get_content_type() in _HTML_TYPES]
    return next((p for p in parts if where and clean_str(p.get("Content-Location")) == where),
                parts[0] if parts else None)


def _html(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReaderError("MHTML whose HTML part is empty")
    return decode_html(payload, part.get_content_charset())


def _joined(base: str | None, src: str) -> str:
    """A frame's address resolved against the page's ("" when the page's address is mangled)."""
    try:
        return urljoin(base, src) if base else ""
    except ValueError:  # "https://[host/": urllib takes the bracket for an IPv6 address
        return ""


def _frame_parts(message: Message, top: Message, html: str, base: str | None) -> list[Message]:
    """The HTML parts the page's frames and iframes show, in the page's order."""
    by_name: dict[str, Message] = {}
    for part in message.walk():
        if part is top or part.get_content_type() not in _HTML_TYPES:
            continue
        for name in (clean_str(part.get("Content-Location")), clean_str(part.get("Content-ID"))):
            if name:
                by_name.setdefault(name.strip("<>"), part)
    found: list[Message] = []
    for src in _FRAME_SRC.findall(html):
        key = src[4:] if src.lower().startswith("cid:") else src
        shown = by_name.get(src) or by_name.get(key) or by_name.get(_joined(base, src))
        if shown is not None and shown not in found:
            found.append(shown)
    return found


def _extract(html: str, url: str | None) -> HtmlText | None:
    try:
        return extract_html(html, url=url)
    except ReaderError:
        return None


def _address(part: Message, fallback: str | None) -> str | None:
    """A frame's own web address (not a ``cid:`` name), else the page's."""
    where = clean_str(part.get("Content-Location")) or ""
    return where if where.lower().startswith(("http://", "https://")) else fallback


def _page(message: Message, top: Message, url: str | None) -> tuple[HtmlText, str | None]:
    """The main text of the saved page and the address it was read from: through its frames when it is
    a frameset or a shell (a frame saved with its own web address is that address's text)."""
    html = _html(top)
    own = None if _FRAMESET.search(html) else _extract(html, url)
    if own is not None and len(own.body.split()) > FRAME_SHELL_MAX_WORDS:
        return own, url
    base = clean_str(top.get("Content-Location")) or url  # frames are addressed from the part that shows them
    frames: list[tuple[HtmlText, str | None]] = []
    for part in _frame_parts(message, top, html, base):
        where = _address(part, url)
        page = _extract(_html(part), where)
        if page is not None:
            frames.append((page, where))
    best = max(frames, key=lambda found: len(found[0].body), default=None)
    if best is not None and (own is None or len(best[0].body) > len(own.body)):
        return best
    if own is None:
        raise ReaderError("no main text: trafilatura found no article text in the HTML"
                          + (" (a frameset whose frames hold none either)" if _FRAMESET.search(html) else ""))
    return own, url


def read_mhtml(path: Path) -> Iterator[Doc]:
    """Read the page saved in an MHTML file.

    Raises:
        ReaderError: too large, not a MIME message, or no HTML part; no main text.
        OSError: the file cannot be read.
    """
    data = metadata.read_capped(path)
    message = email.message_from_bytes(data)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ReaderError("not an MHTML page: no MIME multipart message with an HTML part")
    part = _html_part(message)
    if part is None:
        kinds = sorted({p.get_content_type() for p in message.walk() if not p.is_multipart()})
        raise ReaderError(f"MHTML without an HTML part (parts: {', '.join(kinds) or 'none'})")
    url = clean_str(message.get("Snapshot-Content-Location")) or clean_str(part.get("Content-Location"))
    page, url = _page(message, part, url)
    try:
        saved = parsedate_to_datetime(str(message["Date"])).date() if message["Date"] else None
    except (TypeError, ValueError):
        saved = None
    yield Doc(body=page.body, format="html", title=page.title or clean_str(message.get("Subject")),
              outlet=page.sitename, url=url or page.url, language=page.language, published=page.published or saved)
