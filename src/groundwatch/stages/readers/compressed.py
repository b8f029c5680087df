"""Files saved compressed: ``.json.gz``, ``.jsonl.bz2``, ``.html.gz``, ``.txt.xz``...

Crawlers and exporters compress what they write (news-please and CC-NEWS dumps as bzip2 or
xz JSON Lines, ``wget`` pages saved with their gzip transfer encoding). The compression is
recognised by its magic number, not by the name, and undone before the format's reader
sees the bytes, capped at ``MAX_FILE_BYTES`` of output so a compression bomb is refused
from what it expands to. (WARC and feed readers undo gzip themselves, with recovery from
cut and corrupt members.)
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
from pathlib import Path
from typing import IO, Any, cast

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.metadata import ReaderError, read_capped

#: Name endings of a compressed copy of another format, and what they are.
SUFFIXES: dict[str, str] = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
_BZIP2 = re.compile(rb"^BZh[1-9]1AY&SY")


def compression(head: bytes) -> str | None:
    """``gzip``, ``bzip2`` or ``xz`` when ``head`` starts with that format's magic number, else None."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if _BZIP2.match(head):
        return "bzip2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    return None


def _decompressor(kind: str) -> Any:
    import zlib

    if kind == "gzip":
        return zlib.decompressobj(wbits=31)
    return bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor()


def decompress(data: bytes, cap: int | None = None) -> bytes:
    """``data`` with its compression undone (unchanged when it is not compressed).

    Every member of a multi-member gzip or bzip2 file is read (``pbzip2`` and ``cat`` of
    several files write those).

    Raises:
        ReaderError: corrupt or cut-short compressed data, or output larger than ``cap``
            (``MAX_FILE_BYTES`` when None).
    """
    kind = compression(data[:16])
    if kind is None:
        return data
    limit = metadata.MAX_FILE_BYTES if cap is None else cap
    out = bytearray()
    rest = data
    while rest.strip(b"\x00"):
        d = _decompressor(kind)
        try:
            out += d.decompress(rest, limit + 1 - len(out))
        except Exception as exc:  # zlib.error, OSError (bz2), lzma.LZMAError: all mean corrupt data
            raise ReaderError(f"corrupt {kind} data after {len(out)} decompressed byte(s): {exc}") from exc
        if len(out) > limit:
            raise ReaderError(f"{kind} file expands to more than {limit} bytes (MAX_FILE_BYTES)")
        if not d.eof:
            raise ReaderError(f"{kind} file cut short: it ends in the middle of its compressed data "
                              f"(after {len(out)} decompressed byte(s))")
        rest = d.unused_data
    return bytes(out)


def decompress_head(head: bytes, size: int) -> bytes:
    """The first up to ``size`` decompressed bytes of ``head`` (a file's first bytes), for sniffing."""
    kind = compression(head[:16])
    if kind is None:
        return head
    try:
        found: bytes = _decompressor(kind).decompress(head, size)
        return found
    except Exception:  # a head that does not decompress sniffs as nothing
        return b""


def read_decompressed(path: Path) -> bytes:
    """A whole file, its compression (if any) undone; see :func:`decompress`.

    Raises:
        ReaderError: too large (compressed or not), corrupt or cut-short compressed data.
        OSError: the file cannot be read.
    """
    return decompress(read_capped(path))


def open_decompressed(path: Path) -> IO[bytes]:
    """A binary stream of the file's bytes, its compression (if any) undone as it is read."""
    with path.open("rb") as f:
        kind = compression(f.read(16))
    opener: Any = {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}.get(kind or "", open)
    return cast(IO[bytes], opener(path, "rb"))
