"""Helpers shared by the format readers: limits, intermediate records, dates, languages.

A reader turns one file into :class:`Doc` (one document with the metadata the file itself
carries) and :class:`Problem` (one part of the file that could not be used) values. The
ingest stage then adds ids, the manifest's metadata, language detection and provenance,
and builds the frozen ``records.Article`` / ``records.Rejection``. Keeping readers free of
ids and manifests lets each one be tested on its format alone.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

#: Largest file read into memory whole (text, HTML, JSON, feeds) and largest single record
#: of a streamed container (a JSONL line, a WARC payload). 20 MB is ~100x the largest news
#: page we have seen; anything bigger is a dump or a mistake and is rejected from its size
#: alone, without reading it.
MAX_FILE_BYTES = 20 * 1024 * 1024

#: py3langid's normalised probability below which the detected language is not trusted.
#: On invented one-line English/French samples the right language scores > 0.99 while
#: single words or digit strings score < 0.2; 0.5 separates the two with a wide margin.
LANGID_MIN_PROB = 0.5

#: Only this many leading characters are given to py3langid: a few paragraphs decide the
#: language as well as the whole text does, at a fraction of the cost for long documents.
LANGID_MAX_CHARS = 5000

#: Shortest body (in letters) for which language detection is attempted at all.
LANGID_MIN_LETTERS = 20


class ReaderError(Exception):
    """A whole file (or the rest of a container) cannot be used; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Doc:
    """One document as a reader found it; every metadata value here comes from the document.

    ``n`` is the 1-based position inside a container (None for a one-document file),
    ``explicit_id`` an id the document carries itself (JSON ``id`` key) and ``part`` the 1-based
    position inside the container's ``n``-th element when that holds several documents (a JSON
    Lines line that is a page of results).
    """

    body: str
    format: str
    n: int | None = None
    explicit_id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None
    part: int | None = None

    @property
    def position(self) -> str | None:
        """Where the document sits in its file: ``"4"``, ``"4.2"`` (the 2nd of line 4), None for the file."""
        return _position(self.n, self.part)


@dataclass(frozen=True, slots=True)
class Problem:
    """One unusable part of a file: a bad JSONL line, an empty feed item, a broken WARC tail."""

    reason: str
    n: int | None = None
    explicit_id: str | None = None
    part: int | None = None

    @property
    def position(self) -> str | None:
        """Where the unusable part sits in its file (as :attr:`Doc.position`)."""
        return _position(self.n, self.part)


def _position(n: int | None, part: int | None) -> str | None:
    if n is None:
        return None
    return f"{n}.{part}" if part is not None else str(n)


# --- bytes ------------------------------------------------------------------------------------

# Magic numbers of formats people drop into article folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstandard archive"),  # .warc.zst and .jsonl.zst: no zstandard decoder is installed
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document (OLE)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon image"),
)


def sniff_binary(head: bytes) -> str | None:
    """Name the binary format whose magic number starts ``head``, or None."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            # "MZ" and "BZh" are also plausible starts of text; require a NUL nearby to be sure.
            if magic in (b"MZ", b"BZh") and b"\x00" not in head[:512]:
                continue
            return name
    return None


def read_capped(path: Path, cap: int | None = None) -> bytes:
    """Read a whole file, refusing (from its size alone) one larger than ``cap`` bytes.

    Args:
        path: the file.
        cap: the limit; ``MAX_FILE_BYTES`` when None (read at call time so it can be tuned).

    Returns:
        The file's bytes.

    Raises:
        ReaderError: the file is too large (it is then never read).
        OSError: the file cannot be opened or read.
    """
    limit = MAX_FILE_BYTES if cap is None else cap
    size = path.stat().st_size
    if size > limit:
        raise ReaderError(too_large(size, limit))
    with path.open("rb") as f:
        data = f.read(limit + 1)  # the file may have grown since stat()
    if len(data) > limit:
        raise ReaderError(too_large(len(data), limit))
    return data


def too_large(size: int, limit: int) -> str:
    return f"file too large: {size} bytes, over the {limit} byte limit (MAX_FILE_BYTES)"


# --- strings ----------------------------------------------------------------------------------

_WS = re.compile(r"\s+")
_HTML_HINT = re.compile(
    r"<\s*(?:p|div|br|span|a|em|strong|b|i|ul|ol|li|h[1-6]|img|figure|blockquote|table|section|article)\b"
    r"[^>]*>|</\s*(?:p|div|span|a|li|h[1-6])\s*>",
    re.IGNORECASE,
)


def clean_str(value: Any) -> str | None:
    """A metadata value as a one-line string, or None when absent, empty or not scalar."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    if isinstance(value, dict):  # {"name": "The Harbour Post"} style source objects
        for key in ("name", "title", "text", "href", "url"):
            if key in value:
                return clean_str(value[key])
        return None
    if not isinstance(value, str):
        return None
    value = _WS.sub(" ", value).strip()
    return value or None


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains common HTML block or inline tags."""
    return _HTML_HINT.search(text[:20000]) is not None


def normalise_newlines(text: str) -> str:
    """Unix newlines, no BOM, no surrounding blank space."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()


# --- dates ------------------------------------------------------------------------------------

# Relative phrases ("yesterday") mean nothing in a metadata field and dates without a day
# would invent one, so dateparser only gets absolute, complete dates.
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


#: A date written with dots between numbers is day, month, year wherever it is written so (German,
#: Russian, Scandinavian, Turkish spreadsheets and sites); no locale writes the month first with dots,
#: and dateparser's English default would read "10.06.2031" as 6 October.
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?=$|[\sT,])")


#: Years a Unix time must fall in to be read as a publication date (a small count, an id or a
#: duration in a date key is no date); news on the web starts in the 1990s.
EPOCH_YEARS = (1990, 2100)
_EPOCH_DIGITS = re.compile(r"\d{10}|\d{13}")


def epoch_date(value: Any) -> dt.date | None:
    """The UTC date of a Unix time in seconds or milliseconds (a number, or 10 or 13 digits), as
    dumps and news APIs write them; None for anything else or a time outside ``EPOCH_YEARS``."""
    if isinstance(value, str) and _EPOCH_DIGITS.fullmatch(value.strip()):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    seconds = value / 1000 if abs(value) >= 1e11 else value  # past 1e11 s is year 5138: milliseconds
    try:
        day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day if EPOCH_YEARS[0] <= day.year <= EPOCH_YEARS[1] else None


#: Years a publication date must fall in: a dump's placeholder ("0000-00-00", .NET's "0001-01-01", "9999-12-31" for
#: never) is no date, and a date that far out overflows the story stage's date arithmetic. Wider than EPOCH_YEARS:
#: a written date may be an archive's (TimeBank's 1989 wire copy).
PLAUSIBLE_YEARS = (1800, 2200)


def plausible_date(day: dt.date | None) -> dt.date | None:
    """``day`` when its year lies in :data:`PLAUSIBLE_YEARS`, else None."""
    return day if day is not None and PLAUSIBLE_YEARS[0] <= day.year <= PLAUSIBLE_YEARS[1] else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone UTF-16 surrogate (a JSON "\\ud83d" an emoji was cut in half at) replaced by U+FFFD:
    such a string cannot be written as UTF-8, so the store could not keep it."""
    return _SURROGATE.sub("\ufffd", text)


def parse_date(value: Any) -> dt.date | None:
    """Parse a metadata date (ISO 8601, RFC 822 as in RSS, a Unix time, or a common written form).

    The calendar date is the one written (no conversion to UTC): a story published at
    23:30 local time belongs to that local day.

    Args:
        value: a string (or date/datetime) from a manifest, feed, JSON key or WARC header.

    Returns:
        The date, or None when ``value`` is absent, not a complete date, or a placeholder year
        (:data:`PLAUSIBLE_YEARS`).
    """
    return plausible_date(_parse_date(value))


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if (epoch := epoch_date(value)) is not None:
        return epoch
    text = clean_str(value)
    if text is None or len(text) > 100:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    dotted = _DOTTED_DATE.match(text)
    if dotted is not None:
        day, month, year = map(int, dotted.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    import dateparser  # slow to import; only needed for unusual formats

    try:
        parsed = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input; a bad date is just absent
        return None
    return parsed.date() if parsed is not None else None


# --- languages --------------------------------------------------------------------------------

_LANG_CODE = re.compile(r"^([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*$")


def normalise_language(value: Any) -> str | None:
    """An ISO 639-1 code from a tag such as ``en``, ``en-GB`` or ``EN_us``; None otherwise."""
    text = clean_str(value)
    if text is None:
        return None
    match = _LANG_CODE.match(text)
    return match.group(1).lower() if match else None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The body's language as an ISO 639-1 code, or None when too short or unsure.

    Args:
        text: plain text.

    Returns:
        A two-letter code when py3langid's probability reaches ``LANGID_MIN_PROB``.
    """
    sample = text[:LANGID_MAX_CHARS]
    if sum(ch.isalpha() for ch in sample) < LANGID_MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    if prob < LANGID_MIN_PROB:
        return None
    return normalise_language(lang)
