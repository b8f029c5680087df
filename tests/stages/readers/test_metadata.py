"""Shared reader helpers: dates, languages, binary sniffing, size cap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.metadata import (
    ReaderError,
    clean_str,
    detect_language,
    normalise_language,
    parse_date,
    read_capped,
    sniff_binary,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2031-03-04", dt.date(2031, 3, 4)),
        ("2031-03-04T23:30:00-05:00", dt.date(2031, 3, 4)),  # the local day, not UTC
        ("2031-03-04T10:00:00Z", dt.date(2031, 3, 4)),
        ("Tue, 04 Mar 2031 10:00:00 GMT", dt.date(2031, 3, 4)),  # RFC 822 (RSS pubDate)
        ("Tue, 04 Mar 2031 10:00:00 +0100", dt.date(2031, 3, 4)),
        ("4 March 2031", dt.date(2031, 3, 4)),
        ("March 4, 2031", dt.date(2031, 3, 4)),
        ("04.03.2031", dt.date(2031, 3, 4)),  # dotted: day first wherever it is written so
        ("4.3.2031 10:00", dt.date(2031, 3, 4)),
        ("31.04.2031", None),  # no such day, and no month-first reading of dots to fall back on
        ("yesterday", None),  # relative: meaningless as metadata
        ("March 2031", None),  # no day: would invent one
        ("the harbour flooded", None),
        ("", None),
        (None, None),
        (17, None),
        (1930384800, dt.date(2031, 3, 4)),  # a Unix time (UTC), as dumps and APIs give it
        ("1930384800", dt.date(2031, 3, 4)),
        (1930384800123, dt.date(2031, 3, 4)),  # ... in milliseconds
        (1930384800.5, dt.date(2031, 3, 4)),
        ("9999999999", None),  # 2286: a number, not a time
        ("0123456789", None),  # 1973: before any web news
        (dt.date(2031, 3, 4), dt.date(2031, 3, 4)),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("EN", "en"), ("en-GB", "en"), ("fr_FR", "fr"), ("english", None), ("", None), (None, None)],
)
def test_normalise_language(value: str | None, expected: str | None) -> None:
    assert normalise_language(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council of Marrowgate opened two shelters after the river burst its banks on Monday.", "en"),
        ("Le conseil de Marrowgate a ouvert deux abris après la crue de la rivière lundi soir.", "fr"),
        ("Tessel", None),  # too short to tell
        ("12 34 56 -- 78", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
        (b"\x28\xb5\x2f\xfd\x04\x00", "zstandard archive"),
        (b"MZ is how the Tessel mayor signs", None),  # text that starts like an executable
        (b"Plain words about Veloria", None),
    ],
)
def test_sniff_binary(head: bytes, expected: str | None) -> None:
    assert sniff_binary(head) == expected


def test_clean_str_collapses_space_and_accepts_name_objects() -> None:
    assert clean_str("  The  Harbour\nPost ") == "The Harbour Post"
    assert clean_str({"name": "Tessel Daily"}) == "Tessel Daily"
    assert clean_str(["a"]) is None
    assert clean_str(True) is None


def test_read_capped_refuses_from_size_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    monkeypatch.setattr(metadata, "MAX_FILE_BYTES", 100)
    with pytest.raises(ReaderError, match=r"file too large: 101 bytes, over the 100 byte limit"):
        read_capped(path)
    assert read_capped(path, cap=200) == b"x" * 101
