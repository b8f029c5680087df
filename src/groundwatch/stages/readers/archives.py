"""Web archives' packages and indexes: WACZ packages of WARCs, CDX and CDXJ indexes (MHTML: ``mhtml``).

* WACZ (``.wacz``, Webrecorder's and Browsertrix's package): a ZIP holding WARC files under
  ``archive/`` next to page lists and indexes. Each WARC is read by ``warc.read_warc_stream``;
  documents are numbered across the whole package, in the order of the WARC names, so ids
  stay ``<file id>#<n>``. A WARC that is broken is a ``Problem`` naming it, and the others
  are still read; a package without any WARC is a ``ReaderError``. A package cut short (an
  interrupted download: no central directory) is walked by its members' local headers, and
  its WARCs are read as far as they go: stored ones (WACZ stores its gzipped WARCs uncompressed)
  and deflated ones (some packers deflate them all the same), inflated as a stream.
* CDX and CDXJ indexes (``.cdx``, ``.cdxj``, gzipped or not), which crawlers and WACZ packages save
  beside their WARCs: where each capture lies in a WARC, no article text. They are rejected with
  that reason (the WARCs they index are read instead), not as an unknown file type. In a folder they
  are not read one by one: the walk skips them, one rejection per folder counting them
  (``cdx_skipped_reason``), as it does a saved page's files.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from groundwatch.stages.readers.compressed import decompress_head
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError
from groundwatch.stages.readers.warc import read_warc_stream

_WARC_ENDINGS = (".warc", ".warc.gz")
# A CDX file's legend line (" CDX N b a m s k r M S V g"), or an index line: a SURT key ("com,example)/path"),
# a 14-digit capture time, then JSON (CDXJ) or the classic space-separated fields
_CDX_LINE = re.compile(rb"^(?: ?CDX(?: [A-Za-z]){3,}\r?$|\S+\)\S* \d{8,14} )")
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


class _Inflating(io.RawIOBase):
    """A ZIP member's deflated data (a raw deflate stream) as its decompressed bytes; it can go back to
    the start (the WARC reader looks at the first bytes and seeks to 0), nowhere else."""

    def __init__(self, packed: IO[bytes]) -> None:
        super().__init__()
        self._packed = packed
        self._start()

    def _start(self) -> None:
        self._packed.seek(0)
        self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
        self._out = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        if offset != 0 or whence != 0:
            raise OSError("a deflated member can only be read again from its start")
        self._start()
        return 0

    def readinto(self, buffer: Any) -> int:
        while not self._out and not self._inflate.eof:
            packed = self._packed.read(64 * 1024)
            if not packed:  # the package ends inside the member: what inflated so far is all there is
                break
            self._out = self._inflate.decompress(packed)
        data, self._out = self._out[: len(buffer)], self._out[len(buffer):]
        buffer[: len(data)] = data
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
            if method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                yield Problem(f"{name}: compressed inside the damaged package (method {method}), not recovered")
                continue
            window: IO[bytes] = io.BufferedReader(_Window(raw, start, size))
            if method == zipfile.ZIP_DEFLATED:  # some packers deflate the gzipped WARCs too, against the spec
                window = io.BufferedReader(_Inflating(window))
            try:
                for item in read_warc_stream(window):
                    if item.n is None:
                        yield replace(item, reason=f"{name}: {item.reason}") if isinstance(item, Problem) else item
                        continue
                    count += 1
                    yield replace(item, n=count)
            except ReaderError as exc:
                yield Problem(f"{name}: {exc.reason}")
            except (zlib.error, OSError, EOFError) as exc:  # deflate data damaged: the members after it still count
                yield Problem(f"{name}: its deflated data is damaged ({type(exc).__name__}: {exc}); the WARCs after "
                              f"it are still read")


#: Endings of the capture indexes a crawler or a WACZ package saves beside its WARCs.
CDX_ENDINGS = (".cdxj.gz", ".cdx.gz", ".cdxj", ".cdx")
#: Endings of the web archives such indexes point into (a folder holding one reads it).
_ARCHIVE_ENDINGS = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wacz")


def cdx_indexes(names: list[str]) -> list[str]:
    """The names among a folder's ``names`` that are capture indexes by their ending."""
    return [name for name in names if name.lower().endswith(CDX_ENDINGS) and not name.startswith(".")]


def cdx_skipped_reason(indexes: list[str], names: list[str]) -> str:
    """One rejection for a folder's capture indexes (``indexes``, among its ``names``): counted by
    kind and skipped unread, as a saved page's files are; the web archives beside them are read."""
    kinds: dict[str, int] = {}
    for name in indexes:
        kind = "CDXJ" if ".cdxj" in name.lower() else "CDX"
        kinds[kind] = kinds.get(kind, 0) + 1
    listed = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    beside = any(name.lower().endswith(_ARCHIVE_ENDINGS) for name in names)
    return (f"indexes of web-archive captures (where each capture lies in a WARC file), not articles: "
            f"{len(indexes)} file{'s' if len(indexes) != 1 else ''} skipped ({listed}); "
            + ("the web archives beside them are read" if beside else "no web archive beside them"))


def read_cdx(path: Path) -> Iterator[Doc | Problem]:
    """Reject a CDX or CDXJ index of web-archive captures with that reason (it holds no text).

    Raises:
        ReaderError: always; what the file is, or that it is not an index after all.
        OSError: the file cannot be read.
    """
    with path.open("rb") as raw:
        head = decompress_head(raw.read(4096), 4096)
    lines = [line for line in head.lstrip(b"\xef\xbb\xbf").splitlines()[:5] if line.strip()]
    if lines and all(_CDX_LINE.match(line) for line in lines[:-1] or lines):
        raise ReaderError("a CDX index of web-archive captures (where each capture lies in a WARC file), not "
                          "articles: the WARC files it indexes are read instead")
    raise ReaderError("unsupported file type: named as a CDX index of web-archive captures, but its lines are not "
                      "index lines")
    yield  # a generator, as every reader is
