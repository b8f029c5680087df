"""WARC reader (``.warc``, ``.warc.gz``; also the older ARC, ``.arc``, ``.arc.gz``), streamed with warcio.

Every ``response`` record with HTTP status 200 and an HTML content type (or no content
type and a payload that starts as a page) is one document: its main text is extracted as
for an HTML file, ``url`` is the ``WARC-Target-URI``, and ``published`` is the page's own
date, else the ``WARC-Date`` (the capture date; both are "document" metadata). Other
records (requests, metadata, revisits, images, PDFs, redirects) are skipped: a revisit
only points at an earlier capture and is never an article. The skipped captures (not
requests, metadata or warcinfo) are counted by kind and reported once per file, as one
``Problem`` ("11 capture(s) that are not articles skipped: 2 image/png, 1 HTTP 404, ..."),
not one per record. warcio undoes chunked transfer
encoding and gzip/deflate content encoding, and reads the payload as it is when the
headers claim an encoding the stored bytes no longer have.

``n`` counts the HTML 200 responses in file order, from 1, whether or not their text could
be used: the ids ``<file id>#<n>`` therefore stay put when extraction improves, and are
shorter and easier to quote than WARC-Record-IDs.

Gzip members are decompressed here into one stream (rather than by warcio, which treats a
truncated member as a normal end of file), so members need not match record boundaries.
A file cut short keeps every whole record before the cut; the cut record is a ``Problem``
of its own when it is a page whose payload is incomplete, else a ``ReaderError`` names
the byte offset where its header breaks off. Damage in the middle does not end the file:
a corrupt gzip member is skipped to the next member, and bytes that are not a record (a
wrong Content-Length before them) are skipped to the next line that starts a WARC header;
each skip is a ``Problem``. NUL padding after the last gzip member is ignored. Bytes
between or after members that are not gzip at all (a record appended uncompressed) are read
as they are, up to the next member that decompresses to a record header; when they are not
records either, the rejection names where they start and keeps what was read before.

ARC files of version 2 (the Internet Archive's, with ten fields on each record line) are read
by rewriting each record line to the five fields of version 1 that warcio parses.

Writers' habits read as their writers meant: a record not followed by its two blank lines (warcio
takes the next record's ``WARC/1.x`` line for them; reading resumes at that line, nothing is
lost); a body stored decoded under a ``Content-Encoding`` header (it opens with markup and
holds no binary bytes); an XHTML page served as ``application/xml`` or ``text/xml`` (its root
is ``<html>``); a crawler's own records (``urn:pageinfo:``, ``urn:text:``, ``metadata://`` logs)
are neither pages nor captures in the skipped count. A capture a writer split over several records
(``WARC-Segment-Number``, ``continuation`` records) is joined and read whole (``warc_segments``).
"""

from __future__ import annotations

import io
import re
import zlib
from collections import Counter
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.feeds import starts_as_feed
from groundwatch.stages.readers.html import decode_html, extract_html
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError, parse_date
from groundwatch.stages.readers.text import decode_bytes
from groundwatch.stages.readers.warc_gzip import ARC_START as _ARC_START
from groundwatch.stages.readers.warc_gzip import CHUNK as _CHUNK
from groundwatch.stages.readers.warc_gzip import GZIP_MAGIC as _GZIP_MAGIC
from groundwatch.stages.readers.warc_gzip import GunzipStream as _GunzipStream
from groundwatch.stages.readers.warc_segments import Failed, Segments

# A WARC record header starts a line; resynchronising after a broken record looks for one.
_RECORD_START = re.compile(rb"\nWARC/(?:1\.[01]|0\.1[78])\r?\n")
# ARC record line fields: a 14-digit (or shorter, older) capture date and an HTTP result code
_ARC_DATE = re.compile(r"\d{8,14}")
_ARC_CODE = re.compile(r"\d{3}|-")
# How far back a failure is looked at: a record header is a few hundred bytes, and a record
# whose header broke must lie within this many bytes of the end to count as "cut short".
_TAIL_BYTES = 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Content-Encoding values that leave the body as it is, or that warcio undoes
_PLAIN_ENCODINGS = frozenset({"identity", "none", "gzip", "x-gzip", "deflate", "x-deflate"})
#: Longest WARC record header looked for when a record's block is re-read (a CC-NEWS header is ~700 bytes).
_HEADER_MAX = 16 * 1024
# A page's first bytes: an XML declaration (XHTML), comments, then a doctype or the <html> root
_PAGE_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                         re.IGNORECASE | re.DOTALL)
# XHTML pages served with a generic XML type are pages when their root says so
_XML_TYPES = ("text/xml", "application/xml")
# Bytes no text holds (C0 controls other than tab, newlines and form feed): compressed data is full of them
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f]")
# A WARC version line that warcio took for the blank lines closing the record before it
_SWALLOWED = re.compile(rb"WARC/(?:1\.[01]|0\.1[78])\r?\n$")


class _Tracked:
    """A read()/tell() stream that remembers its last bytes, to see where a failure sits."""

    def __init__(self, source: Any) -> None:
        self._source = source
        self._pos = 0
        self._tail = bytearray()
        self._ahead = b""  # peeked, not yet read

    def peek(self, size: int) -> bytes:
        """The next ``size`` bytes (fewer at the end), left to be read again."""
        while len(self._ahead) < size:
            more: bytes = self._source.read(size - len(self._ahead))
            if not more:
                break
            self._ahead += more
        return self._ahead[:size]

    def read(self, size: int = -1) -> bytes:
        if self._ahead:
            out = self._ahead if size < 0 or size >= len(self._ahead) else self._ahead[:size]
            self._ahead = self._ahead[len(out):]
        else:
            out = self._source.read(size)
        self._pos += len(out)
        self._tail += out
        del self._tail[: max(len(self._tail) - _TAIL_BYTES, 0)]
        return out

    def tell(self) -> int:
        return self._pos

    def recent(self, begin: int, end: int) -> bytes:
        """The bytes from ``begin`` to ``end`` (clipped to what was read and is still remembered)."""
        first = self._pos - len(self._tail)
        return bytes(self._tail[max(begin - first, 0): max(end - first, 0)])

    def rewind(self, offset: int) -> bool:
        """Go back to ``offset`` if its bytes are still remembered."""
        back = self._pos - offset
        if back < 0 or back > len(self._tail):
            return False
        if back:
            self._ahead = bytes(self._tail[-back:]) + self._ahead
            del self._tail[-back:]
        self._pos = offset
        return True

    def resync(self, offset: int) -> int | None:
        """Move to the next WARC record header after ``offset``; its offset, or None at the end."""
        if not self.rewind(offset + 1):
            offset = self._pos
        carry = b""
        while True:
            chunk = self.read(_CHUNK)
            if not chunk:
                return None
            data = carry + chunk
            found = _RECORD_START.search(data)
            if found:
                at = self._pos - len(data) + found.start() + 1
                self.rewind(at)
                return at
            carry = data[-20:]


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _if_page(stream: Any, content_type: str) -> bytes | None:
    """The bytes of ``stream`` when its type is HTML, or unknown and the bytes start as a page."""
    content_type = content_type.lower()
    xml = content_type.split(";")[0].strip() in _XML_TYPES
    if content_type and not xml and not any(t in content_type for t in _HTML_TYPES):
        return None
    payload: bytes = stream.read(metadata.MAX_FILE_BYTES + 1)
    if (not content_type or xml) and not _PAGE_START.match(payload[:1024]):
        return None
    return payload


def _block(record: Any, stream: _Tracked, start: int) -> bytes:
    """A record's whole block, re-read from the bytes ``stream`` remembers (empty if they are gone)."""
    record.raw_stream.read()  # to the end of the record, so that every byte of it has been seen
    head = stream.recent(start, start + _HEADER_MAX)
    ends = [at + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (at := head.find(sep)) >= 0]
    if not ends:
        return b""
    begin = start + min(ends)
    return stream.recent(begin, begin + int(record.rec_headers.get_header("Content-Length") or 0))


def _page_payload(record: Any, stream: _Tracked, start: int) -> tuple[bytes, str] | None:
    """The payload of a record that holds a page, and its HTTP headers' content type; else None.

    A page is a 200 ``response`` whose Content-Type says HTML; some servers send none, and
    then the type a crawler identified (CC-NEWS's ``WARC-Identified-Payload-Type``) decides,
    else the payload itself is sniffed, as browsers do. A ``resource`` record (a page saved
    without its HTTP exchange) and a ``response`` whose block is not an HTTP message (some
    tools store the bare page) are pages when their WARC Content-Type, or their bytes, say so.
    """
    warc_type = record.rec_headers.get_header("Content-Type") or ""
    if record.rec_type == "resource":
        found = _if_page(record.content_stream(), warc_type)
        return None if found is None else (found, warc_type)
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return None
    if not str(headers.protocol).upper().startswith("HTTP/"):  # warcio read the page's first line as a status
        bare_type = "" if warc_type.lower().startswith("application/http") else warc_type
        found = _if_page(io.BytesIO(_block(record, stream, start)), bare_type)
        return None if found is None else (found, bare_type)
    if headers.get_statuscode() != "200":
        return None
    content_type = (headers.get_header("Content-Type")
                    or record.rec_headers.get_header("WARC-Identified-Payload-Type") or "")
    found = _if_page(record.content_stream(), content_type)
    return None if found is None else (found, headers.get_header("Content-Type") or "")


def _arc_v1_line(line: str) -> str:
    """An ARC version 2 record line rewritten as the version 1 line warcio parses; others as they are.

    Version 2 lines have ten fields (URL, IP address, date, content type, result code, checksum,
    location, offset, file name, length) where version 1 has five; warcio splits from the right
    on five, so the extra fields would spill into the URL and the offset be read as the date.
    """
    parts = line.rstrip("\r\n").rsplit(" ", 9)
    if (len(parts) == 10 and _ARC_DATE.fullmatch(parts[2]) and _ARC_CODE.fullmatch(parts[4])
            and parts[7].isdigit() and parts[9].isdigit()):
        return " ".join((parts[0], parts[1], parts[2], parts[3], parts[9])) + "\n"
    return line


def _arc_parser() -> Any:
    """warcio's ARC-to-WARC header parser, reading version 2 record lines too."""
    from warcio.recordloader import ARC2WARCHeadersParser

    class _Arc2Parser(ARC2WARCHeadersParser):  # type: ignore[misc]
        def parse(self, stream: Any, headerline: Any = None) -> Any:
            if headerline is None:
                headerline = stream.readline()
            text = headerline.decode("utf-8", "replace") if isinstance(headerline, bytes) else headerline
            if not text.startswith("filedesc://"):
                fixed = _arc_v1_line(text)
                if fixed is not text:
                    headerline = fixed.encode("utf-8") if isinstance(headerline, bytes) else fixed
            return super().parse(stream, headerline)

    return _Arc2Parser()


class _NoLength(Exception):
    """A WARC record without Content-Length: warcio would read it to the end of the file."""


def _clipped(record: Any) -> int:
    """How many bytes of ``record`` the file lacks (0 when it is whole)."""
    return max(int(getattr(record.raw_stream, "limit", 0) or 0), 0)


class _Count:
    """Articles read so far, and HTML responses seen (``n``), across one file."""

    def __init__(self) -> None:
        self.n = 0
        self.used = 0
        self.kinds: Counter[str] = Counter()  # records by WARC-Type, to say what a file without pages holds
        self.wet: bool | None = None  # decided by the first record that holds a page or a page's text
        self.skipped: Counter[str] = Counter()  # captures that are not articles, by kind (HTTP 404, image/png)
        self.segments = Segments()  # captures split over several records, being joined

    def skipped_note(self) -> str:
        """What the file's captures that are not articles were, by kind ("" when there were none)."""
        kinds = ", ".join(f"{number} {kind}" for kind, number in self.skipped.most_common())
        return f"{self.skipped.total()} capture(s) that are not articles skipped: {kinds}" if kinds else ""


def _capture_kind(record: Any) -> str | None:
    """What a record that is not a page captured (a 404, an image, robots.txt), or None for a
    record that captures nothing (a request, metadata, warcinfo)."""
    if record.rec_type == "revisit":
        return "revisit (a pointer to an earlier capture)"
    if record.rec_type not in ("response", "resource"):
        return None
    url = str(record.rec_headers.get_header("WARC-Target-URI") or "")
    if url.lower().startswith(("urn:", "metadata:")):  # a crawler's own record (page info, text, log)
        return None
    if url.startswith("dns:"):
        return "DNS lookup"
    if url.split("?")[0].rstrip("/").lower().endswith("/robots.txt"):
        return "robots.txt"
    headers = record.http_headers if record.rec_type == "response" else None
    content_type = record.rec_headers.get_header("Content-Type") or ""
    if headers is not None and str(headers.protocol).upper().startswith("HTTP/"):
        status = headers.get_statuscode()
        if status != "200":
            return f"HTTP {status}"
        content_type = headers.get_header("Content-Type") or ""
    kind = content_type.split(";")[0].strip().lower()
    return kind if kind and not kind.startswith("application/http") else "untyped, not a page"


def _stored_decoded(payload: bytes) -> bool:
    """True when a body whose headers name a compression is stored decoded (as some crawlers store
    what the browser saw, keeping the header): it opens with markup and holds no binary bytes."""
    head = payload[:1024]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and not _BINARY.search(head)


def _undo_encoding(record: Any, payload: bytes, n: int) -> bytes | Problem:
    """The payload with a compression warcio left on it undone, or why it cannot be."""
    headers = record.http_headers
    encoding = str((headers.get_header("Content-Encoding") if headers is not None else None) or "").strip().lower()
    if payload.startswith(_GZIP_MAGIC):  # compressed, whatever the headers say (or forgot to say)
        out = bytearray()
        d = zlib.decompressobj(wbits=31)
        try:
            out += d.decompress(payload, metadata.MAX_FILE_BYTES + 1)
        except zlib.error as exc:
            return Problem(f"record {n}: gzip-compressed HTTP body that does not decompress ({exc})", n)
        return bytes(out)
    if encoding and encoding not in _PLAIN_ENCODINGS and not _stored_decoded(payload):
        return Problem(f"record {n}: HTTP body compressed as {encoding!r} (Content-Encoding), which this "
                       f"installation cannot decode", n)
    return payload


def _document(record: Any, found: tuple[bytes, str], count: _Count) -> Doc | Problem:
    cap = metadata.MAX_FILE_BYTES
    n = count.n
    raw, content_type = found
    payload = _undo_encoding(record, raw, n)
    if isinstance(payload, Problem):
        return payload
    if len(payload) > cap:
        return Problem(f"record {n}: HTML payload larger than {cap} bytes (MAX_FILE_BYTES)", n)
    missing = _clipped(record)
    if missing:
        return Problem(f"record {n}: cut short, the file ends {missing} byte(s) before the record does "
                       f"(truncated WARC); {count.used} article(s) before it were kept", n)
    if starts_as_feed(payload[:4096]):
        served = content_type.split(';')[0].strip() or 'a page'
        return Problem(f"record {n}: an RSS or Atom feed served as {served}, not a page "
                       f"(its items are teasers of pages, read those captures instead)", n)
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        page = extract_html(decode_html(payload, _charset(content_type)), url=url)
    except ReaderError as exc:
        return Problem(f"record {n}: {exc.reason}", n)
    count.used += 1
    return Doc(
        body=page.body, format="warc", n=n, title=page.title, outlet=page.sitename,
        url=url or page.url, language=page.language,
        published=page.published or parse_date(record.rec_headers.get_header("WARC-Date")),
    )


#: Unread bytes after the last whole record above which the file is taken as cut inside a
#: record header; writers end a record with two CRLFs, which warcio may leave unread.
_TRAILING_SLACK = 4


def _is_plain_text(record: Any) -> bool:
    content_type = str(record.rec_headers.get_header("Content-Type") or "text/plain").lower()
    return content_type.startswith("text/plain")


def _text_document(record: Any, count: _Count) -> Doc | Problem:
    """A ``conversion`` record of a WET file (Common Crawl's text of each page) as a document.

    The text is every visible line of the page, menus included, so it is cleaned as plain
    text (format ``wet``), not trusted as an extractor's main text.
    """
    n = count.n
    data: bytes = record.content_stream().read(metadata.MAX_FILE_BYTES + 1)
    if len(data) > metadata.MAX_FILE_BYTES:
        return Problem(f"record {n}: text larger than {metadata.MAX_FILE_BYTES} bytes (MAX_FILE_BYTES)", n)
    missing = _clipped(record)
    if missing:
        return Problem(f"record {n}: cut short, the file ends {missing} byte(s) before the record does "
                       f"(truncated WET); {count.used} article(s) before it were kept", n)
    try:
        body = decode_bytes(data)
    except ReaderError as exc:
        return Problem(f"record {n}: {exc.reason}", n)
    if not body:
        return Problem(f"record {n}: empty text", n)
    count.used += 1
    return Doc(body=body, format="wet", n=n, url=record.rec_headers.get_header("WARC-Target-URI"),
               published=parse_date(record.rec_headers.get_header("WARC-Date")))


def _read_records(records: Any, stream: _Tracked, count: _Count) -> Generator[Doc | Problem, None, bool]:
    """Documents from the records; returns True when the file ended inside a page's record."""
    for record in records:
        if record.format != "warc":
            raise ReaderError(f"not a WARC file: a record without a WARC header follows {count.used} article(s)"
                              if count.used else "not a WARC file: it does not start with a WARC/1.x header "
                                                 "(nor an ARC filedesc:// record)")
        if record.rec_headers.get_header("Content-Length") is None:
            raise _NoLength
        count.kinds[str(record.rec_type)] += 1
        where: tuple[_Tracked, int] = (stream, records.offset)
        if Segments.holds(record):
            joined = count.segments.add(record, stream, records.offset)
            if isinstance(joined, Failed):
                yield from _failed(joined, count)
            elif isinstance(joined, str):
                yield Problem(joined)
            if not isinstance(joined, bytes):
                continue
            try:
                record, where = _rejoined(joined)
            except Exception as exc:  # warcio raises many types on a header it cannot parse
                yield Problem(f"a capture split over several records could not be rebuilt from its segments "
                              f"({type(exc).__name__}: {str(exc).strip()[:200]})")
                continue
        if record.rec_type == "conversion":
            count.wet = True if count.wet is None else count.wet
            if not count.wet or not _is_plain_text(record):
                continue
            count.n += 1
            item = _text_document(record, count)
        else:
            # requests, metadata, revisits (a pointer to an earlier capture, no page) are not articles
            found = _page_payload(record, *where)
            if found is None:
                kind = _capture_kind(record)
                if kind is not None:
                    count.skipped[kind] += 1
                continue
            count.wet = False if count.wet is None else count.wet
            count.n += 1
            item = _document(record, found, count)
        yield item
        if isinstance(item, Problem) and _clipped(record):
            return True  # nothing can follow the end of the file
    return False


def _rejoined(data: bytes) -> tuple[Any, tuple[_Tracked, int]]:
    """The one record of a capture joined from its segments, and the stream it is read from."""
    from warcio.archiveiterator import ArchiveIterator

    stream = _Tracked(io.BytesIO(data))
    return next(iter(ArchiveIterator(stream))), (stream, 0)


def _failed(capture: Failed, count: _Count) -> Iterator[Problem]:
    """A split capture that cannot be read whole: a page is a ``Problem`` with its ``n``; a capture that
    is not an article is counted as skipped, by its first segment's kind."""
    kind = _capture_kind(capture.first)
    if kind not in _HTML_TYPES:
        if kind is not None:
            count.skipped[kind] += 1
        return
    count.n += 1
    yield Problem(f"record {count.n}: {capture.reason}", count.n)


def _unfinished(count: _Count) -> Iterator[Problem]:
    for capture in count.segments.unfinished():
        yield from _failed(capture, count)


def _iterate(stream: _Tracked, gunzip: _GunzipStream | None) -> Iterator[Doc | Problem]:
    """Records of the stream; a file that breaks off after pages still says what else it skipped."""
    count = _Count()
    try:
        yield from _records(stream, gunzip, count)
        if count.n and count.skipped:  # once per file, not once per record; a file without pages says it
            yield Problem(count.skipped_note())
    except ReaderError as exc:
        if count.n and count.skipped:
            raise ReaderError(f"{exc.reason}; {count.skipped_note()}") from exc
        raise


def _records(stream: _Tracked, gunzip: _GunzipStream | None, count: _Count) -> Iterator[Doc | Problem]:
    """Records of the stream; after a broken one, resume at the next record header.

    A wrong Content-Length leaves the reader outside any record; rather than lose the rest
    of the file, the bytes up to the next line that starts a WARC header are skipped and
    reported as a ``Problem``.
    """
    from warcio.archiveiterator import ArchiveIterator

    while stream.peek(1) in (b"\r", b"\n", b" ", b"\t"):  # blank lines some writers leave before the first header
        stream.read(1)
    start = stream.tell()
    # The Internet Archive's older ARC format opens with a "filedesc://" record; warcio turns its
    # records into WARC ones. Only then: warcio would read any text file as ARC records too.
    is_arc = stream.peek(len(_ARC_START)) == _ARC_START
    while True:
        records = ArchiveIterator(stream, arc2warc=is_arc)
        if is_arc:
            records.loader.arc_parser = _arc_parser()
        try:
            if (yield from _read_records(records, stream, count)):
                yield from _unfinished(count)
                return  # the cut is reported on the record it cut
            break
        except ReaderError:
            raise
        except Exception as exc:  # warcio raises many types on garbage; all mean "broken here"
            at = max(records.offset, start)
            swallowed = _SWALLOWED.search(stream.recent(at - 12, at))
            if swallowed and at - len(swallowed[0]) > start and not isinstance(exc, _NoLength):
                start = at - len(swallowed[0])  # the record before ends without its blank lines: no harm done
                stream.rewind(start)
                continue
            stream.rewind(at)
            header = stream.peek(5) == b"WARC/"
            start = stream.resync(at) or -1
            if isinstance(exc, _NoLength):
                yield Problem(f"the record at byte {at} has no Content-Length, so where it ends is unknown: it was "
                              f"skipped{f' to the next record header at byte {start}' if start >= 0 else ''}")
                if start < 0:
                    return
                continue
            if start < 0 and header:
                raise ReaderError(f"truncated WARC: the file ends inside the header of the record at byte {at}; "
                                  f"{count.used} article(s) read before the break were kept") from exc
            if start < 0:
                raise ReaderError(f"broken WARC: the bytes from {at} to the end are not WARC records "
                                  f"({type(exc).__name__}: {str(exc).strip()[:200]}); {count.used} article(s) "
                                  f"read before them were kept") from exc
            yield Problem(f"broken WARC: bytes {at}-{start} are not a WARC record (a wrong Content-Length before "
                          f"them?); reading resumed at the next record header")
    yield from _unfinished(count)
    for note in gunzip.skipped if gunzip else ():
        yield Problem(note)
    _check_end(stream, max(records.offset, start), gunzip.error if gunzip else None, count)


def _check_end(stream: _Tracked, offset: int, why: str | None, count: _Count) -> None:
    if stream.tell() - offset > _TRAILING_SLACK:
        raise ReaderError(f"truncated WARC: the file ends inside the header of the record at byte {offset}"
                          f"{f' ({why})' if why else ''}; {count.used} article(s) read before the break were kept")
    if why and (count.n == 0 or why.startswith("corrupt")):  # a cut after a whole record loses nothing read
        raise ReaderError(f"unreadable WARC from byte {offset}: {why}; {count.used} article(s) read "
                          f"before it were kept")
    if count.n == 0:
        held = ", ".join(f"{number} {kind}" for kind, number in count.kinds.most_common()) or "none"
        skipped = f"; {count.skipped_note()}" if count.skipped else ""
        raise ReaderError(f"no HTML responses: the WARC holds no 200 response with an HTML content type "
                          f"(records: {held}){skipped}")


def read_warc(path: Path) -> Iterator[Doc | Problem]:
    """Stream a WARC file, gzipped or not, yielding one document per HTML 200 response.

    Raises:
        ReaderError: empty, not a WARC, truncated or broken (after the documents before it).
        OSError: the file cannot be read.
    """
    with path.open("rb") as raw:
        yield from read_warc_stream(raw)


def read_warc_stream(raw: IO[bytes]) -> Iterator[Doc | Problem]:
    """``read_warc`` over an open binary stream (a WARC inside a WACZ package, say); it must seek to 0.

    Raises:
        ReaderError: empty, not a WARC, truncated or broken (after the documents before it).
    """
    head = raw.read(2)
    if not head:
        raise ReaderError("empty file: 0 bytes")
    raw.seek(0)
    if head == _GZIP_MAGIC:
        gunzip = _GunzipStream(raw)
        yield from _iterate(_Tracked(gunzip), gunzip)
    else:
        yield from _iterate(_Tracked(raw), None)
