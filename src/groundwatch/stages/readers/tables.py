"""CSV and TSV exports of articles: one article per row, read through the JSON reader's keys.

Spreadsheets and dataset dumps carry news as tables: a header row naming the columns (``title``,
``text``, ``url``, ``date``...; any case, spaces for underscores), then one article a row, a row's
paragraphs inside one quoted cell. Each row becomes the object the JSON reader reads
(:func:`jsonl.doc_from_object`), so the same keys, teasers, HTML cells and dates apply, plus the
column names of common dataset exports (``COLUMN_ALIASES``). The delimiter is the one the header
row uses (comma, semicolon as European spreadsheets write, tab, or bar), or the one an Excel
``sep=`` line names; the text is decoded as text files are (a byte-order mark, a legacy code page).

The header is the first of the opening rows to name a text column (a monitoring export's title
lines above it are skipped). A row without text becomes a :class:`Problem` with its row number (the
header is row 0; blank rows are not counted); so does a row with another number of cells than the
header (a cell's unquoted delimiter shifted the columns) and a last row cut off inside its quoted
cell; a table with no text column at all (a list of links, a table of figures) is rejected whole,
as not articles.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from groundwatch.stages.readers import jsonl
from groundwatch.stages.readers.compressed import read_decompressed
from groundwatch.stages.readers.metadata import MAX_FILE_BYTES, Doc, Problem, ReaderError
from groundwatch.stages.readers.text import decode_bytes

#: Column names of article tables in common dataset and media-monitoring exports that the JSON keys
#: do not cover: ``article`` (summarisation datasets' article column), ``article_text``, ``full_text``,
#: ``article_body``, ``body_text``; a monitoring export's teaser columns (``opening_text``, ``snippet``);
#: outlet columns (``publication`` in news dumps, ``media_name``, ``source_name``); ``pub_date`` and
#: ``published_date``.
COLUMN_ALIASES = {"article": "text", "article_text": "text", "full_text": "text", "article_body": "text",
                  "body_text": "text", "opening_text": "description", "snippet": "description",
                  "publication": "outlet", "media_name": "outlet", "source_name": "outlet",
                  "pub_date": "published", "published_date": "published"}
#: Rows searched for the header: a monitoring tool's export opens with a title line, a date range and a
#: blank line or two above the column names (3-4 rows on the exports we know of; 10 leaves room).
HEADER_SEARCH_ROWS = 10

#: The delimiters a header row is searched for, in the order that settles a tie.
DELIMITERS = (",", ";", "\t", "|")

_KNOWN = {key.lower(): key for key in (*jsonl.TEXT_KEYS, *jsonl.TEASER_KEYS, *jsonl.TITLE_KEYS, *jsonl.URL_KEYS,
                                       *jsonl.OUTLET_KEYS, *jsonl.DATE_KEYS, *jsonl.LANGUAGE_KEYS, "id")}
_TEXT_COLUMNS = frozenset((*jsonl.TEXT_KEYS, *jsonl.TEASER_KEYS))
_META_COLUMNS = frozenset((*jsonl.TITLE_KEYS, *jsonl.URL_KEYS, *jsonl.DATE_KEYS))
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(.*)$", re.DOTALL)
_EXCEL_SEP = re.compile(r'^"?sep=(.)"?\n', re.IGNORECASE)

# A row's text cell may hold a whole article; the csv module's default limit (128 KiB) would end
# the file at the first long one, so the limit is the largest record any reader takes.
csv.field_size_limit(MAX_FILE_BYTES)


def column_key(name: str) -> str:
    """The JSON key a column stands for (``Published At`` -> ``publishedAt``), else its name in lower case."""
    lowered = re.sub(r"[\s-]+", "_", name.strip().lstrip("\ufeff").lower())
    return COLUMN_ALIASES.get(lowered) or _KNOWN.get(lowered) or _KNOWN.get(lowered.replace("_", "")) or lowered


def _header_row(rows: list[list[str]]) -> int | None:
    """The index of the first of the opening rows that names a text column, or None."""
    return next((i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
                 if _TEXT_COLUMNS & {column_key(cell) for cell in row}), None)


def _delimiter(text: str, default: str) -> str:
    """The delimiter that splits a header naming a text column out of the opening rows, the earliest
    such header winning (``default`` first on a tie); else the one the first line uses most, outside
    quotes; else ``default``."""
    head = text[:65536]
    found = []
    for rank, d in enumerate(sorted(DELIMITERS, key=lambda d: d != default)):
        at = _header_row(_parse(head, d)[0])
        if at is not None:
            found.append((at, rank, d))
    if found:
        return min(found)[2]
    bare = re.sub(r'"[^"]*"', "", text.split("\n", 1)[0])
    best = max(DELIMITERS, key=bare.count)
    return best if bare.count(best) else default


def read_table(path: Path) -> Iterator[Doc | Problem]:
    """Read a ``.csv`` or ``.tsv`` file of articles (optionally compressed), one article per row.

    Raises:
        ReaderError: too large, undecodable, empty, without a text column, or malformed CSV
            (the rows before the fault are read).
        OSError: the file cannot be read.
    """
    data = read_decompressed(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    yield from table_docs(decode_bytes(data), "\t" if ".tsv" in path.name.lower() else ",")


def is_tab_table(text: str) -> bool:
    """Whether a text file is a tab-separated table of articles, as a spreadsheet's "Unicode text"
    export is (UTF-16, tabs, a ``.txt`` name): a header row of column names naming a text column and a
    title, address or date column, and rows after it."""
    header, newline, rest = text.partition("\n")
    if "\t" not in header or not newline or not rest.strip() or len(header) > 1000:
        return False
    keys = {column_key(name) for name in header.split("\t")}
    return bool(keys & _TEXT_COLUMNS) and bool(keys & _META_COLUMNS)


def table_docs(text: str, default: str) -> Iterator[Doc | Problem]:
    """The articles of a table's decoded text (``default``: the delimiter when its header shows none).

    Raises:
        ReaderError: no text column, or malformed CSV (the rows before the fault are read).
    """
    sep = _EXCEL_SEP.match(text)
    if sep is not None:
        text, delimiter = text[sep.end():], sep.group(1)
    else:
        delimiter = _delimiter(text, default)
    rows, fault = _parse(text, delimiter)
    rows = rows[_header_row(rows) or 0:]
    names = [name.strip() for name in rows[0]] if rows else []
    header = [column_key(name) for name in names]
    if not _TEXT_COLUMNS & set(header):
        shown = ", ".join(name for name in names[:12] if name) or "none"
        raise ReaderError(f"a table without an article text column (columns: {shown}), not articles: "
                          f"a text column is one of {', '.join(jsonl.TEXT_KEYS)} (or {', '.join(jsonl.TEASER_KEYS)})")
    if fault is None and not any(cell.strip() for row in rows[1:] for cell in row):
        raise ReaderError("a table with its header row only: no articles")
    yield from _rows(_slashed_dates_settled(rows[1:], header), header,
                     cut=fault is None and _ends_inside_quotes(text, delimiter))
    if fault is not None:
        raise ReaderError(f"malformed CSV after row {len(rows) - 1}: {fault}; the rows before it were read")


def _parse(text: str, delimiter: str) -> tuple[list[list[str]], str | None]:
    """The rows up to the first fault the csv module stops at (a cell past the size limit), and the fault."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        return rows, str(exc)
    return rows, None


def _slashed_dates_settled(rows: list[list[str]], header: list[str]) -> list[list[str]]:
    """The rows with each date column's slashed dates (``14/06/2031``) written ISO, in the order the
    column shows: a first number above 12 in any row makes the column day-first, a second one above
    12 month-first. A column that shows neither is left to :func:`parse_date` (month first)."""
    settled = [list(row) for row in rows]
    for col, key in enumerate(header):
        if key not in jsonl.DATE_KEYS:
            continue
        found = [(i, m) for i, row in enumerate(rows) if col < len(row) and (m := _SLASHED.match(row[col].strip()))]
        dayfirst = any(int(m.group(1)) > 12 for _, m in found)
        if dayfirst == any(int(m.group(2)) > 12 for _, m in found):
            continue  # neither order shown, or both: nothing to settle
        for i, m in found:
            day, month = (m.group(1), m.group(2)) if dayfirst else (m.group(2), m.group(1))
            settled[i][col] = f"{m.group(3)}-{int(month):02d}-{int(day):02d}{m.group(4)}"
    return settled


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """Whether the file ends inside a quoted cell (cut short): the lenient parse reads such a cell to
    the end of the file, so a strict one is asked. A stray quote that stops the strict parse earlier
    (``"a"b``) leaves the question open: then no."""
    try:
        for _row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _rows(rows: list[list[str]], header: list[str], cut: bool) -> Iterator[Doc | Problem]:
    kept = [row for row in rows if any(cell.strip() for cell in row)]  # not blank lines or rows of delimiters
    for n, row in enumerate(kept, start=1):
        if cut and n == len(kept):
            yield Problem(f"row {n}: cut short (the file ends inside this row's quoted cell)", n)
        elif len(row) != len(header):
            yield Problem(f"row {n}: {len(row)} cells where the header names {len(header)} columns "
                          f"(a delimiter inside an unquoted cell shifts the columns)", n)
        else:
            yield jsonl.doc_from_object({k: v for k, v in zip(header, row, strict=True) if k and v.strip()}, "csv", n)
