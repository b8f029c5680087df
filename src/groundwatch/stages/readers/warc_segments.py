"""Captures a WARC writer split over several records (``WARC-Segment-Number``), joined again.

A writer that caps its record size stores a long capture as a first segment (a ``response`` or
``resource`` record with ``WARC-Segment-Number: 1``) and ``continuation`` records that point back
at it (``WARC-Segment-Origin-ID``, numbered from 2; the last one carries
``WARC-Segment-Total-Length``). The blocks are concatenated in segment order and the whole
capture is rebuilt as one record, which the WARC reader then reads as any other: chunked and
compressed bodies are undone only once the bytes are whole.

What cannot be joined is said: a continuation whose first segment is not in the file (it was in
the file before), a segment missing from the run, a joined capture over ``MAX_FILE_BYTES``, and a
first segment whose continuation never came (the file ended first).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from groundwatch.stages.readers import metadata

SEGMENT_NUMBER = "WARC-Segment-Number"
# Fields of the first segment that describe it alone, not the joined capture
_PER_SEGMENT = frozenset({"content-length", "warc-segment-number", "warc-block-digest", "warc-payload-digest",
                          "warc-segment-total-length", "warc-segment-origin-id", "warc-truncated"})


class Remembered(Protocol):
    """The part of the WARC reader's stream this module reads: bytes already read, by offset."""

    def recent(self, begin: int, end: int) -> bytes: ...


def _key(record_id: Any) -> str:
    return str(record_id or "").strip().strip("<>").strip()


@dataclass(frozen=True)
class Failed:
    """A split capture that cannot be read whole: its first segment's record and why."""

    first: Any
    reason: str


@dataclass
class _Capture:
    """A first segment and the blocks of its segments so far, by number."""

    first: Any  # warcio's record of the first segment (its headers; its stream is read)
    blocks: dict[int, bytes] = field(default_factory=dict)
    size: int = 0


def _first_block(record: Any, stream: Remembered, start: int) -> bytes:
    """The whole block of a first segment: what warcio already parsed (its HTTP headers, re-read from
    the bytes the stream remembers) and the rest of it."""
    length = int(record.length or 0)
    parsed = length - max(int(getattr(record.raw_stream, "limit", 0) or 0), 0)
    head = stream.recent(start, start + 64 * 1024)
    ends = [at + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (at := head.find(sep)) >= 0]
    prefix = head[min(ends): min(ends) + parsed] if ends and parsed > 0 else b""
    rest: bytes = record.raw_stream.read(metadata.MAX_FILE_BYTES + 1)
    return prefix + rest


@dataclass
class Segments:
    """The split captures of one WARC file being joined, in the order their first segments came."""

    open: dict[str, _Capture] = field(default_factory=dict)

    @staticmethod
    def holds(record: Any) -> bool:
        """True for a record that is one segment of a split capture."""
        return record.rec_type == "continuation" or record.rec_headers.get_header(SEGMENT_NUMBER) is not None

    def add(self, record: Any, stream: Remembered, start: int) -> bytes | Failed | str | None:
        """Take one segment: the joined capture (the bytes of one WARC record) when it was the last;
        a ``Failed`` capture when its segments cannot be joined; a reason when the segment belongs to
        no capture of this file; else None (more segments to come)."""
        number_text = str(record.rec_headers.get_header(SEGMENT_NUMBER) or "")
        number = int(number_text) if number_text.isdigit() else 0
        if record.rec_type != "continuation":
            if number != 1:
                record.raw_stream.read()
                return (f"a {record.rec_type} record numbered as segment {number_text or '?'} of a split capture "
                        f"without being a continuation record (WARC-Segment-Number): skipped")
            capture = _Capture(first=record)
            capture.blocks[1] = _first_block(record, stream, start)
            capture.size = len(capture.blocks[1])
            self.open[_key(record.rec_headers.get_header("WARC-Record-ID"))] = capture
            return None
        origin = _key(record.rec_headers.get_header("WARC-Segment-Origin-ID"))
        found = self.open.get(origin)
        if found is None:
            record.raw_stream.read()
            return (f"a continuation record (segment {number_text or '?'}) of a capture whose first segment is not "
                    f"in this file (WARC-Segment-Origin-ID {origin or 'missing'}): skipped")
        if found.size <= metadata.MAX_FILE_BYTES:
            block: bytes = record.raw_stream.read(metadata.MAX_FILE_BYTES + 1)
            found.blocks[number] = block
            found.size += len(block)
        else:
            record.raw_stream.read()
        if record.rec_headers.get_header("WARC-Segment-Total-Length") is None:
            return None
        del self.open[origin]
        return self._joined(found)

    def _joined(self, capture: _Capture) -> bytes | Failed:
        numbers = sorted(capture.blocks)
        missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        if missing:
            return Failed(capture.first, f"a capture split over several records that lacks segment(s) "
                                         f"{', '.join(map(str, missing))}: its page is incomplete")
        if capture.size > metadata.MAX_FILE_BYTES:
            return Failed(capture.first, f"a capture split over several records, larger than "
                                         f"{metadata.MAX_FILE_BYTES} bytes once joined (MAX_FILE_BYTES)")
        return _rebuilt(capture.first, b"".join(capture.blocks[n] for n in numbers))

    def unfinished(self) -> Iterator[Failed]:
        """The captures whose last continuation never came, in file order."""
        for capture in self.open.values():
            yield Failed(capture.first, "segment 1 of a capture split over several records whose last continuation "
                                        "record is not in this file (it ends first, or the writer went on in the "
                                        "next file): its page is incomplete")
        self.open.clear()


def _rebuilt(first: Any, block: bytes) -> bytes:
    """The joined capture as the bytes of one WARC record, with the first segment's fields but those
    that described the segment alone."""
    fields = [(k, v) for k, v in first.rec_headers.headers if k.lower() not in _PER_SEGMENT]
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8", "surrogateescape") + block + b"\r\n\r\n"
