"""JSON and JSON Lines reader.

A ``.json`` file holds one article object, a list of them, an object with an
``articles`` (or ``items``, ``results``, ``data``) list, a JSON Feed (its items read by ``jsonfeed``),
or several objects one after another. A ``.jsonl`` / ``.ndjson`` file holds one object per
line and is streamed: a bad line becomes a :class:`Problem` for that line alone and
reading goes on; a line that is a list of articles or a page of results (an ``articles``
wrapper) gives each article (``n`` the line, ``part`` its place on it); a line in a legacy
code page is decoded as text files are, a UTF-16 file (with a BOM) is read too, and a
``.jsonl`` that is really one JSON document (an array, pretty-printed objects) is read as such.
Both may be gzip, bzip2 or xz compressed.

Accepted keys (the first present, non-empty one wins; all are "document" metadata):

=============  ===============================================================
body           ``text`` (plain), ``html`` (HTML, main text extracted),
               ``content`` / ``body`` / ``maintext`` / ``paragraphs`` (HTML if it
               contains tags, else plain; a list of strings is one paragraph each);
               with none of them, the teaser ``description`` / ``summary``
title          ``title``, ``headline``
url            ``url``, ``link``
outlet         ``outlet``, ``source``, ``site``, ``sitename``, ``source_domain``,
               ``domain`` (a ``{"name": ...}`` object is accepted too)
published      ``published``, ``date``, ``pubDate``, ``datePublished``,
               ``date_publish``, ``publish_date``, ``published_at``, ``publishedAt``
               (ISO 8601, RFC 822, a common written date, or a Unix time in
               seconds or milliseconds: its UTC date)
language       ``language``, ``lang`` (``en``, ``en-GB``...)
id             ``id``: used as the article id instead of ``<file id>#<n>``
=============  ===============================================================

An object without any of these keys but with exactly one object-valued key that has them
(a search-engine export's ``_source``) is read from that inner object. IPTC ninjs objects and
schema.org JSON-LD articles (also a ``@graph``'s article nodes) are read through their own keys
(``json_dialects``).

``n`` is the 1-based line number in a JSONL file (so a message points at the line) and
the 1-based position in a JSON list (or among objects written one after another).
"""

from __future__ import annotations

import codecs
import io
import json
import lzma
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.compressed import compression, open_decompressed, read_decompressed
from groundwatch.stages.readers.html import extract_html, html_fragment_text
from groundwatch.stages.readers.json_dialects import as_article, graph_articles, not_text
from groundwatch.stages.readers.jsonfeed import is_json_feed, json_feed_docs
from groundwatch.stages.readers.metadata import (
    Doc,
    Problem,
    ReaderError,
    clean_str,
    looks_like_html,
    normalise_language,
    normalise_newlines,
    parse_date,
    sniff_binary,
)
from groundwatch.stages.readers.text import decode_bytes

# "maintext", "date_publish", "source_domain": news-please's crawler output; "publish_date": newspaper's;
# "domain": the common CC-News dumps'
TEXT_KEYS = ("text", "html", "content", "body", "maintext", "paragraphs")
#: A teaser stands in for the text only when there is no text at all (as a feed's description does);
#: it never makes an object look like an article rather than a wrapper of articles.
TEASER_KEYS = ("description", "summary")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
OUTLET_KEYS = ("outlet", "source", "site", "sitename", "source_domain", "domain")
DATE_KEYS = ("published", "date", "pubDate", "datePublished", "date_publish", "publish_date", "published_at",
             "publishedAt")  # NewsAPI's
#: Wrappers around a list of articles: ours, JSON Feed-like ``items``, and news APIs' ``results`` / ``data``.
CONTAINER_KEYS = ("articles", "items", "results", "data")
# News APIs cut a free plan's text short and say so at its end: "... [+2345 chars]"
_CUT_MARKER = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
LANGUAGE_KEYS = ("language", "lang")


def _has_text(obj: Mapping[str, Any]) -> bool:
    return any(obj.get(k) not in (None, "", []) for k in (*TEXT_KEYS, *TEASER_KEYS))


def _unwrap(obj: dict[str, Any]) -> dict[str, Any]:
    """An article wrapped in one object-valued key, as search-engine and API exports write them
    (``{"_id": ..., "_source": {"title": ..., "text": ...}}``), with the wrapper's own scalar
    fields as fallbacks; ``obj`` itself when it holds text or no single such object."""
    if _has_text(obj):
        return obj
    inner = [v for v in obj.values() if isinstance(v, dict) and _has_text(v)]
    if len(inner) != 1:
        return obj
    outer = {k: v for k, v in obj.items() if not isinstance(v, (dict, list))}
    return {**outer, **inner[0]}


def _joined(raw: Any) -> Any:
    """A list of strings (a scraper's paragraphs) as one text, one paragraph each; else ``raw``."""
    if isinstance(raw, list) and raw and all(isinstance(p, str) for p in raw):
        return "\n\n".join(p.strip() for p in raw if p.strip())
    return raw


def _first(obj: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if value is not None and value != "":
            return value
    return None


def doc_from_object(obj: Any, fmt: str, n: int | None) -> Doc | Problem:
    """Turn one decoded JSON value into a document (see the module docstring for keys).

    Args:
        obj: the decoded value.
        fmt: ``json``, ``jsonl`` or ``csv`` (a table's row, ``tables``).
        n: its position in the container (None for a one-object ``.json`` file).
    """
    unit = {"jsonl": "line", "csv": "row"}.get(fmt, "item")
    where = f"{unit} {n}: " if n is not None else ""
    if not isinstance(obj, dict):
        return Problem(f"{where}JSON value is a {type(obj).__name__}, not an object", n)
    obj = as_article(_unwrap(as_article(obj)))
    explicit_id = clean_str(obj.get("id"))
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, (dict, list)) or explicit_id is None):
        return Problem(f"{where}'id' must be a non-empty string or number", n)
    key = next((k for k in (*TEXT_KEYS, *TEASER_KEYS) if obj.get(k) not in (None, "", [])), None)
    if key is None and not_text(obj):
        return Problem(f"{where}a ninjs {not_text(obj)} item, not a text story", n, explicit_id)
    if key is None:
        return Problem(f"{where}no text: none of the keys {', '.join(TEXT_KEYS)} (nor a teaser: "
                       f"{', '.join(TEASER_KEYS)}) is present", n, explicit_id)
    raw = _joined(obj[key])
    if not isinstance(raw, str):
        return Problem(f"{where}'{key}' is a {type(raw).__name__}, not a string", n, explicit_id)
    title = clean_str(_first(obj, TITLE_KEYS))
    url = clean_str(_first(obj, URL_KEYS))
    outlet = clean_str(_first(obj, OUTLET_KEYS))
    published = parse_date(_first(obj, DATE_KEYS))
    language = normalise_language(_first(obj, LANGUAGE_KEYS))
    if key == "html" or (key != "text" and looks_like_html(raw)):
        if key == "html":
            try:
                page = extract_html(raw, url=url)
            except ReaderError as exc:
                return Problem(f"{where}{exc.reason}", n, explicit_id)
            body = page.body
            title = title or page.title
            url = url or page.url
            outlet = outlet or page.sitename
            published = published or page.published
            language = language or page.language
        else:
            body = html_fragment_text(raw)
    else:
        body = normalise_newlines(raw)
    body = _CUT_MARKER.sub("", body)
    if not body.strip():
        return Problem(f"{where}empty text in '{key}'", n, explicit_id)
    return Doc(body=body, format=fmt, n=n, explicit_id=explicit_id, title=title, outlet=outlet, url=url,
               language=language, published=published)


def _values(text: str) -> list[Any]:
    """Every JSON value of ``text`` written one after another (``jq``'s pretty-printed output,
    or JSON Lines in a ``.json`` file).

    Raises:
        json.JSONDecodeError: a value is malformed; ``pos`` says where.
    """
    decoder = json.JSONDecoder()
    values: list[Any] = []
    at = 0
    while True:
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if at >= len(text):
            return values
        value, at = decoder.raw_decode(text, at)
        values.append(value)


def read_json(path: Path) -> Iterator[Doc | Problem]:
    """Read a ``.json`` file (optionally compressed): one article object, a list of them, or
    several objects one after another.

    Raises:
        ReaderError: too large, undecodable, malformed JSON, or not article-shaped.
        OSError: the file cannot be read.
    """
    data = read_decompressed(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    text = decode_bytes(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise ReaderError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
        yield from _concatenated(text)
        return
    yield from _value_docs(value)


def _concatenated(text: str) -> Iterator[Doc | Problem]:
    """One document per object of a file that holds several JSON objects one after another."""
    try:
        values = _values(text)
    except json.JSONDecodeError as exc:
        raise ReaderError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}) in a file of "
                          f"JSON objects written one after another") from exc
    for n, item in enumerate(values, start=1):
        yield doc_from_object(item, "json", n)


def _value_docs(value: Any) -> Iterator[Doc | Problem]:
    """The documents of one decoded JSON value: a JSON Feed, a (wrapped) list, or one article."""
    if is_json_feed(value):
        yield from json_feed_docs(value)
        return
    graph = graph_articles(value)
    if graph is not None:
        if not graph:
            raise ReaderError("a JSON-LD graph without an article node (no NewsArticle, Article or BlogPosting)")
        value = graph if len(graph) > 1 else graph[0]
    inner = _listed(value)
    if inner is not None:
        value = inner
    if isinstance(value, list):
        if not value:
            raise ReaderError("empty JSON list: no articles")
        for n, item in enumerate(value, start=1):
            pages = _listed(item)
            if pages is None or not any(isinstance(obj, dict) for obj in pages):
                yield doc_from_object(item, "json", n)
                continue
            for part, obj in enumerate(pages, start=1):  # a list of pages of results: [{"page": 1, "articles": [...]}]
                found = doc_from_object(obj, "json", n)
                if isinstance(found, Problem):
                    found = replace(found, reason=found.reason.replace(f"item {n}: ", f"item {n}.{part}: ", 1))
                yield replace(found, part=part)
        return
    found = doc_from_object(value, "json", None)
    if isinstance(found, Problem):
        raise ReaderError(found.reason)
    yield found


def _skip_rest_of_line(f: IO[bytes]) -> None:
    while True:
        chunk = f.readline(1024 * 1024)
        if not chunk or chunk.endswith(b"\n"):
            return


def _not_lines(path: Path, first: bytes) -> Iterator[Doc | Problem] | None:
    """The documents of a ``.jsonl`` file that is really one JSON document (an array, an object
    spread over lines) or pretty-printed objects one after another; None when it is not.

    Only asked when the first non-blank line is not a JSON value by itself.
    """
    if not first.lstrip().startswith((b"[", b"{")):
        return None
    try:
        text = decode_bytes(read_decompressed(path))
        values = _values(text)
    except (ReaderError, json.JSONDecodeError):
        return None
    if len(values) == 1:
        return _value_docs(values[0])
    return (doc_from_object(item, "json", n) for n, item in enumerate(values, start=1))


#: How many wrapper objects deep the list of articles may lie (``{"data": {"articles": [...]}}`` is two): news APIs
#: nest their results once or twice; deeper is some other document.
MAX_WRAPPERS = 3


def _listed(value: Any, depth: int = 1) -> list[Any] | None:
    """The articles of a page of results (``{"status": ..., "articles": [...]}``, ``{"data": {"articles": [...]}}``):
    the list under wrapper keys of objects without text of their own, at most :data:`MAX_WRAPPERS` deep; None for
    anything else."""
    if not isinstance(value, dict) or any(k in as_article(value) for k in TEXT_KEYS):
        return None
    for key in CONTAINER_KEYS:
        inner = value.get(key)
        if isinstance(inner, list):
            return inner
        if isinstance(inner, dict) and depth < MAX_WRAPPERS and (found := _listed(inner, depth + 1)) is not None:
            return found
    return None


def _line_docs(value: Any, n: int) -> list[Doc | Problem]:
    """The documents of line ``n``: one object, or the articles of a list or a page of results that
    a crawler wrote on one line (numbered ``n.1``, ``n.2``...)."""
    items = value if isinstance(value, list) else _listed(value)
    if items is None or (items and not any(isinstance(obj, dict) for obj in items)):
        return [doc_from_object(value, "jsonl", n)]  # a list of no objects is no batch of articles
    if not items:
        return [Problem(f"line {n}: an empty list of articles", n)]
    out: list[Doc | Problem] = []
    for part, obj in enumerate(items, start=1):
        found = doc_from_object(obj, "jsonl", n)
        if isinstance(found, Problem):
            found = replace(found, reason=found.reason.replace(f"line {n}: ", f"line {n}, item {part}: ", 1))
        out.append(replace(found, part=part))
    return out


def _line_value(line: bytes, n: int, last: bool, before: int) -> Any:
    """The JSON value of one line, or the ``Problem`` that says why it has none."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        try:  # a line exported from a legacy code page (cp1252 "é", curly quotes), as text files are read
            text = decode_bytes(line)
        except ReaderError:
            return Problem(f"line {n}: not valid UTF-8", n)
    try:
        return json.loads(text.rstrip().rstrip(_DOS_EOF).rstrip())  # an error at the end names the column
    except json.JSONDecodeError as exc:
        unfinished = exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()) - 1
        if last and not line.endswith(b"\n") and unfinished:
            return Problem(f"line {n}: cut short (the file ends inside this line, whose JSON is unfinished); "
                           f"{before} line(s) before it were read", n)
        return Problem(f"line {n}: malformed JSON: {exc.msg} (column {exc.colno})", n)


def _lines(f: IO[bytes], head: bytes) -> Iterator[bytes]:
    """The lines of a JSON Lines stream (``head`` being its first bytes, already read) as
    UTF-8-or-legacy bytes; a UTF-16 file (PowerShell's ``Out-File`` writes UTF-16 with a
    byte-order mark) is re-encoded as UTF-8 line by line."""
    cap = metadata.MAX_FILE_BYTES
    encoding = next((enc for bom, enc in _UTF16_BOMS if head.startswith(bom)), None)
    if encoding is not None:
        raw = io.BufferedReader(_Prefixed(head, f))
        wrapped = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline=None)
        for text_line in wrapped:
            yield text_line.lstrip("\ufeff").encode("utf-8")
        return
    stream = io.BufferedReader(_Prefixed(head.removeprefix(b"\xef\xbb\xbf"), f))
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
        yield line.removeprefix(b"\xef\xbb\xbf")  # files joined with cat keep each one's byte-order mark


class _Prefixed(io.RawIOBase):
    """A binary stream that yields ``head`` and then the rest of ``f``."""

    def __init__(self, head: bytes, f: IO[bytes]) -> None:
        self._head = head
        self._f = f

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._head or self._f.read(len(buffer))
        data, self._head = data[: len(buffer)], data[len(buffer):]
        buffer[: len(data)] = data
        return len(data)


_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# DOS tools end a text file with Ctrl-Z; never valid JSON outside a string, it is no part of a line
_DOS_EOF = "\x1a"


def _packing(path: Path) -> str:
    with path.open("rb") as f:
        return compression(f.read(16)) or "data"


def read_jsonl(path: Path) -> Iterator[Doc | Problem]:
    """Stream a ``.jsonl`` file (optionally gzip, bzip2 or xz compressed), one object per line.

    Memory stays bounded by ``MAX_FILE_BYTES`` per line, whatever the file's size. A file
    whose first line is not a JSON value by itself but the whole file is (one array, or
    pretty-printed objects) is read as JSON instead; a last line cut short says so.

    Raises:
        ReaderError: a truncated or corrupt compressed stream (after the lines read before it).
        OSError: the file cannot be read.
    """
    cap = metadata.MAX_FILE_BYTES
    seen_any = False
    with open_decompressed(path) as f:
        n = used = 0
        try:
            head = f.read(64)
            kind = sniff_binary(head)
            if kind is not None:
                raise ReaderError(f"binary file: looks like a {kind}, not JSON Lines")
            lines = _lines(f, head)
            pending = next(lines, None)
            while pending is not None:
                line, pending = pending, next(lines, None)
                n += 1
                if len(line) > cap and not line.endswith(b"\n"):
                    yield Problem(f"line {n}: record larger than {cap} bytes (MAX_FILE_BYTES)", n)
                    continue
                if not line.strip().strip(_DOS_EOF.encode()):
                    continue
                value = _line_value(line, n, pending is None, used)
                alone = pending is None and (isinstance(value, list) or _listed(value) is not None)
                if not seen_any and (isinstance(value, Problem) or alone):
                    whole = _not_lines(path, line)  # a JSON document, or objects over several lines
                    if whole is not None:
                        yield from whole
                        return
                seen_any = True
                for item in [value] if isinstance(value, Problem) else _line_docs(value, n):
                    used += isinstance(item, Doc)
                    yield item
        except (EOFError, OSError, lzma.LZMAError, zlib.error) as exc:
            # gzip.BadGzipFile is an OSError; damaged deflate data inside a gzip member, a zlib.error
            raise ReaderError(f"truncated or corrupt {_packing(path)} after line {n}: {exc}") from exc
    if not seen_any:
        raise ReaderError("empty file: no JSON lines")
