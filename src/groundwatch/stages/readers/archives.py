"""Web archives that wrap WARC or HTML: WACZ packages and MHTML single-file pages.

* WACZ (``.wacz``, Webrecorder's and Browsertrix's package): a ZIP holding WARC files under
  ``archive/`` next to page lists and indexes. Each WARC is read by ``warc.read_warc_stream``;
  documents are numbered across the whole package, in the order of the WARC names, so ids
  stay ``<file id>#<n>``. A WARC that is broken is a ``Problem`` naming it, and the others
  are still read; a package without any WARC is a ``ReaderError``. A package cut short (an
  interrupted download: no central directory) is walked by its members' local headers, and
  its stored WARCs are read as far as they go (WACZ stores its gzipped WARCs uncompressed).
* MHTML (``.mhtml``, ``.mht``: a browser's "save as single file"): a MIME message whose HTML
  part (the one at the ``Snapshot-Content-Location``, else the first) is the page; its
  transfer encoding (quoted-printable, base64) and charset are undone, its main text
  extracted as for an HTML file; ``url`` is the saved page's address and ``published`` the
  page's own date, else the message's ``Date`` (when it was saved, as a WARC's capture date).
"""

from __future__ import annotations

import email
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.html import decode_html, extract_html
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError, clean_str
from groundwatch.stages.readers.warc import read_warc_stream

_WARC_ENDINGS = (".warc", ".warc.gz")
_LOCAL_HEADER = b"PK\x03\x04"


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
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
        # a damaged member (a flipped flag bit reads as an unsupported ZIP feature); the others still count
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
        with path.open("rb") as raw:
            if raw.read(4) != _LOCAL_HEADER:
                raise ReaderError(f"not a WACZ package: {exc}") from exc
        yield Problem(f"the package's ZIP directory is missing or damaged ({exc}: a cut download?); its WARCs "
                      f"were read from their own headers, the last one perhaps cut short")
        yield from _salvaged(path)
        return
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


class _Window(io.RawIOBase):
    """``size`` bytes of an open file from ``start`` (fewer when the file ends first), as a stream."""

    def __init__(self, raw: IO[bytes], start: int, size: int) -> None:
        super().__init__()
        self._raw, self._start, self._size, self._pos = raw, start, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = offset if whence == 0 else (self._pos + offset if whence == 1 else self._size + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        want = min(len(buffer), self._size - self._pos)
        if want <= 0:
            return 0
        self._raw.seek(self._start + self._pos)
        data = self._raw.read(want)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


def _local_members(raw: IO[bytes]) -> Iterator[tuple[str, int, int, int]]:
    """(name, compression method, data offset, compressed size) of each member, walking the local
    headers from the start of the file; stops at the first that is not one (the central directory)."""
    at = 0
    while True:
        raw.seek(at)
        head = raw.read(30)
        if len(head) < 30 or head[:4] != _LOCAL_HEADER:
            return
        flags, method = struct.unpack("<HH", head[6:10])
        size, name_len, extra_len = struct.unpack("<I4xHH", head[18:30])
        name = raw.read(name_len).decode("utf-8" if flags & 0x800 else "cp437", "replace")
        data = at + 30 + name_len + extra_len
        if flags & 0x8 and size == 0:  # size only in a descriptor after the data: unknown, read to the end
            size = 1 << 62
        yield name, method, data, size
        at = data + size


def _salvaged(path: Path) -> Iterator[Doc | Problem]:
    """The WARCs of a package whose central directory is gone, found by their local headers."""
    count = 0
    with path.open("rb") as raw:
        for name, method, start, size in list(_local_members(raw)):
            if not name.lower().endswith(_WARC_ENDINGS):
                continue
            if method != zipfile.ZIP_STORED:
                yield Problem(f"{name}: compressed inside the damaged package (method {method}), not recovered")
                continue
            try:
                for item in read_warc_stream(io.BufferedReader(_Window(raw, start, size))):
                    if item.n is None:
                        yield replace(item, reason=f"{name}: {item.reason}") if isinstance(item, Problem) else item
                        continue
                    count += 1
                    yield replace(item, n=count)
            except ReaderError as exc:
                yield Problem(f"{name}: {exc.reason}")


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
