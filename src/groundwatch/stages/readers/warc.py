"""WARC reader (``.warc``, ``.warc.gz``), streamed with warcio.

Every ``response`` record with HTTP status 200 and an HTML content type is one document:
its main text is extracted as for an HTML file, ``url`` is the ``WARC-Target-URI``, and
``published`` is the page's own date, else the ``WARC-Date`` (the capture date; both are
"document" metadata). Other records (requests, metadata, images, redirects) are skipped.

``n`` counts the HTML 200 responses in file order, from 1, whether or not their text could
be used: the ids ``<file id>#<n>`` therefore stay put when extraction improves, and are
shorter and easier to quote than WARC-Record-IDs.

A truncated gzip stream or a record cut short ends the file: the documents read before
the break are kept and a single ReaderError describes the rest. Gzip members are
decompressed here rather than by warcio because warcio treats a truncated member as a
normal end of file.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.html import decode_html, extract_html
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError, parse_date

_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 64 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class _GunzipStream:
    """A read()/tell() stream over a multi-member gzip file that notices truncation."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._d = zlib.decompressobj(wbits=31)
        self._in_member = False
        self._buf = bytearray()
        self._pos = 0
        self._done = False
        self.error: str | None = None

    def _fill(self, want: int) -> None:
        while not self._done and (want < 0 or len(self._buf) < want):
            chunk = self._raw.read(_CHUNK)
            if not chunk:
                if self._in_member:
                    self.error = "gzip stream ends in the middle of a member (file truncated)"
                self._done = True
                return
            while chunk:
                self._in_member = True
                try:
                    self._buf += self._d.decompress(chunk)
                except zlib.error as exc:
                    self.error = f"corrupt gzip data: {exc}"
                    self._done = True
                    return
                if self._d.eof:  # next member, if any, starts in unused_data
                    chunk = self._d.unused_data
                    self._d = zlib.decompressobj(wbits=31)
                    self._in_member = False
                else:
                    chunk = b""

    def read(self, size: int = -1) -> bytes:
        self._fill(size)
        if size < 0 or size >= len(self._buf):
            out = bytes(self._buf)
            self._buf.clear()
        else:
            out = bytes(self._buf[:size])
            del self._buf[:size]
        self._pos += len(out)
        return out

    def tell(self) -> int:
        return self._pos


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _iterate(stream: Any, source_error: Any) -> Iterator[Doc | Problem]:
    from warcio.archiveiterator import ArchiveIterator

    cap = metadata.MAX_FILE_BYTES
    n = 0
    used = 0
    try:
        for record in ArchiveIterator(stream):
            if record.format != "warc":  # warcio reads any text as a legacy ARC record
                raise ReaderError(f"not a WARC file: a record without a WARC header follows {used} article(s)"
                                  if used else "not a WARC file: it does not start with a WARC/1.x header")
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if record.http_headers.get_statuscode() != "200" or not any(
                t in content_type.lower() for t in _HTML_TYPES
            ):
                continue
            n += 1
            payload = record.content_stream().read(cap + 1)
            if len(payload) > cap:
                yield Problem(f"record {n}: HTML payload larger than {cap} bytes (MAX_FILE_BYTES)", n)
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise ReaderError(f"truncated WARC: record {n} is cut short; {used} article(s) read "
                                  f"before the break were kept")
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                page = extract_html(decode_html(payload, _charset(content_type)), url=url)
            except ReaderError as exc:
                yield Problem(f"record {n}: {exc.reason}", n)
                continue
            used += 1
            yield Doc(
                body=page.body, format="warc", n=n, title=page.title, outlet=page.sitename,
                url=url or page.url, language=page.language,
                published=page.published or parse_date(record.rec_headers.get_header("WARC-Date")),
            )
    except ReaderError:
        raise
    except Exception as exc:  # warcio raises many types on garbage; all mean "broken from here"
        raise ReaderError(f"broken WARC after {used} article(s): {type(exc).__name__}: {exc}") from exc
    error = source_error()
    if error:
        raise ReaderError(f"truncated WARC: {error}; {used} article(s) read before the break were kept")
    if n == 0 and used == 0:
        raise ReaderError("no HTML responses: the WARC holds no 200 response with an HTML content type")


def read_warc(path: Path) -> Iterator[Doc | Problem]:
    """Stream a WARC file, gzipped or not, yielding one document per HTML 200 response.

    Raises:
        ReaderError: empty, not a WARC, truncated or broken (after the documents before it).
        OSError: the file cannot be read.
    """
    with path.open("rb") as raw:
        head = raw.read(2)
        if not head:
            raise ReaderError("empty file: 0 bytes")
        raw.seek(0)
        if head == _GZIP_MAGIC:
            stream = _GunzipStream(raw)
            yield from _iterate(stream, lambda: stream.error)
        else:
            yield from _iterate(raw, lambda: None)
