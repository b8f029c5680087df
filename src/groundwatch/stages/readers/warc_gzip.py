"""The gzip side of the WARC reader: a ``.warc.gz`` decompressed as one stream, member by member.

Members need not match record boundaries; a truncated member is noticed (``error``); a corrupt
one is skipped to the next member (``skipped``); NUL padding after the last member is ignored;
bytes between or after members that are not gzip (a record appended uncompressed) are passed on
as they are, up to the next member that decompresses to a WARC or ARC record header.
"""

from __future__ import annotations

import zlib
from typing import IO

GZIP_MAGIC = b"\x1f\x8b"
ARC_START = b"filedesc://"
_MEMBER_START = b"\x1f\x8b\x08"  # gzip magic and deflate method: where a member can begin
CHUNK = 64 * 1024
#: Compressed bytes tried when a gzip member start inside plain bytes is checked (a header fits in them).
_MEMBER_PROBE = 1024


def _starts_record(data: bytes) -> bool:
    """Whether ``data`` starts a gzip member that decompresses to a WARC or ARC record header."""
    try:
        head = zlib.decompressobj(wbits=31).decompress(data, 16)
    except zlib.error:
        return False
    return head.startswith((b"WARC/", ARC_START)) or head.lstrip(b"\r\n").startswith(b"WARC/")


class GunzipStream:
    """A read()/tell() stream over a multi-member gzip file that notices truncation."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._d = zlib.decompressobj(wbits=31)
        self._in_member = False
        self._buf = bytearray()
        self._pos = 0
        self._done = False
        self.error: str | None = None  # why the stream ended early, if it did
        self.skipped: list[str] = []  # corrupt stretches jumped over to a later member
        self._plain = False  # inside bytes that are not gzip, between or after members
        self._carry = b""  # the last bytes of a plain stretch, kept in case a member starts in them
        self._raw_done = False

    def _fill(self, want: int) -> None:
        while not self._done and (want < 0 or len(self._buf) < want):
            chunk = self._carry + self._raw.read(CHUNK)
            self._carry = b""
            if not chunk:
                if self._in_member:
                    self.error = "gzip stream ends in the middle of a member (file truncated)"
                self._done = True
                return
            self._feed(chunk)

    def _feed(self, chunk: bytes) -> None:
        while chunk:
            if not self._in_member:
                chunk = chunk.lstrip(b"\x00")  # some writers pad the file with NULs after the last member
                if not chunk:
                    return
                if self._plain or not GZIP_MAGIC.startswith(chunk[:2]):
                    chunk = self._pass_plain(chunk)
                    continue
            self._in_member = True
            try:
                self._buf += self._d.decompress(chunk)
            except zlib.error as exc:
                chunk = self._skip_to_member(chunk, exc)
                continue
            if self._d.eof:  # next member, if any, starts in unused_data
                chunk = self._d.unused_data
                self._d = zlib.decompressobj(wbits=31)
                self._in_member = False
            else:
                chunk = b""

    def _pass_plain(self, chunk: bytes) -> bytes:
        """Bytes between members that are not gzip (a record appended uncompressed): passed on as they are.

        They run up to the next gzip member that decompresses to a record header; a gzip-encoded
        HTTP body inside a plain record does not, so it stays part of its record. What follows
        is returned to be decompressed (empty when the plain stretch runs on).
        """
        self._plain = True
        if len(chunk) < _MEMBER_PROBE and not self._raw_done:  # a member start near the end needs its next bytes
            more = self._raw.read(CHUNK)
            self._raw_done = not more
            chunk += more
        at = chunk.find(_MEMBER_START)
        while at >= 0:
            if _starts_record(chunk[at:at + _MEMBER_PROBE]):
                self._buf += chunk[:at]
                self._plain = False
                return chunk[at:]
            at = chunk.find(_MEMBER_START, at + 1)
        keep = len(_MEMBER_START) - 1 if not self._raw_done else 0  # a member start split across two reads
        self._buf += chunk[: len(chunk) - keep]
        self._carry = chunk[len(chunk) - keep:]
        return b""

    def _skip_to_member(self, chunk: bytes, exc: zlib.error) -> bytes:
        """After corrupt data, the rest of the file from the next gzip member header on (or nothing)."""
        self._d = zlib.decompressobj(wbits=31)
        self._in_member = False
        data = chunk[1:]
        while True:
            at = data.find(_MEMBER_START)
            if at >= 0:
                self.skipped.append(f"corrupt gzip data ({exc}) after decompressed byte {self._pos + len(self._buf)}; "
                                    f"reading resumed at the next gzip member")
                return data[at:]
            more = self._raw.read(CHUNK)
            if not more:
                self.error = f"corrupt gzip data: {exc}"
                self._done = True
                return b""
            data = data[-len(_MEMBER_START):] + more

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
