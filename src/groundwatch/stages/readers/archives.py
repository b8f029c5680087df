"""Web archives that wrap WARC or HTML: WACZ packages and MHTML single-file pages.

* WACZ (``.wacz``, Webrecorder's and Browsertrix's package): a ZIP holding WARC files under
  ``archive/`` next to page lists and indexes. Each WARC is read by ``warc.read_warc_stream``;
  documents are numbered across the whole package, in the order of the WARC names, so ids
  stay ``<file id>#<n>``. A WARC that is broken is a ``Problem`` naming it, and the others
  are still read; a package without any WARC is a ``ReaderError``.
* MHTML (``.mhtml``, ``.mht``: a browser's "save as single file"): a MIME message whose HTML
  part (the one at the ``Snapshot-Content-Location``, else the first) is the page; its
  transfer encoding (quoted-printable, base64) and charset are undone, its main text
  extracted as for an HTML file; ``url`` is the saved page's address and ``published`` the
  page's own date, else the message's ``Date`` (when it was saved, as a WARC's capture date).
"""

from __future__ import annotations

import email
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.html import decode_html, extract_html
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError, clean_str
from groundwatch.stages.readers.warc import read_warc_stream

_WARC_ENDINGS = (".warc", ".warc.gz")


def _warc_members(package: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return sorted((info for info in package.infolist()
                   if not info.is_dir() and info.filename.lower().endswith(_WARC_ENDINGS)),
                  key=lambda info: info.filename)


def _member_docs(package: zipfile.ZipFile, info: zipfile.ZipInfo, start: int) -> Iterator[Doc | Problem]:
    """The documents of one WARC in the package, renumbered from ``start`` + 1."""
    try:
        with package.open(info) as raw:
            for item in read_warc_stream(raw):
                if item.n is None:  # a note about the whole WARC: say which one
                    yield replace(item, reason=f"{info.filename}: {item.reason}") if isinstance(item, Problem) else item
                    continue
                yield replace(item, n=start + item.n)
    except ReaderError as exc:
        yield Problem(f"{info.filename}: {exc.reason}")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:  # a damaged member; the others still count
        yield Problem(f"{info.filename}: unreadable in the package ({type(exc).__name__}: {exc}); the WARCs "
                      f"after it are still read")


def read_wacz(path: Path) -> Iterator[Doc | Problem]:
    """Read every WARC of a WACZ package, numbering documents across the package.

    Raises:
        ReaderError: not a ZIP file, or a ZIP without WARC files.
        OSError: the file cannot be read.
    """
    try:
        package = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ReaderError(f"not a WACZ package: {exc}") from exc
    with package:
        members = _warc_members(package)
        if not members:
            names = ", ".join(sorted(i.filename for i in package.infolist())[:5]) or "nothing"
            raise ReaderError(f"a ZIP package without WARC files (it holds {names})")
        count = 0
        for info in members:
            for item in _member_docs(package, info, count):
                if item.n is not None:
                    count = max(count, item.n)
                yield item


def _html_part(message: Message) -> Message | None:
    """The saved page: the HTML part at the snapshot's address, else the first HTML part."""
    where = clean_str(message.get("Snapshot-Content-Location"))
    parts = [p for p in message.walk() if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    return next((p for p in parts if where and clean_str(p.get("Content-Location")) == where),
                parts[0] if parts else None)


def read_mhtml(path: Path) -> Iterator[Doc | Problem]:
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
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReaderError("MHTML whose HTML part is empty")
    url = clean_str(message.get("Snapshot-Content-Location")) or clean_str(part.get("Content-Location"))
    page = extract_html(decode_html(payload, part.get_content_charset()), url=url)
    try:
        saved = parsedate_to_datetime(str(message["Date"])).date() if message["Date"] else None
    except (TypeError, ValueError):
        saved = None
    yield Doc(body=page.body, format="html", title=page.title or clean_str(message.get("Subject")),
              outlet=page.sitename, url=url or page.url, language=page.language, published=page.published or saved)
