"""JSON and JSON Lines reader.

A ``.json`` file holds one article object, a list of them, an object with an
``articles`` (or ``items``, ``results``, ``data``) list, or a JSON Feed (its items read by ``jsonfeed``). A
``.jsonl`` / ``.ndjson`` file (optionally gzipped as ``.jsonl.gz``) holds one object per
line and is streamed: a bad line becomes a :class:`Problem` for that line alone and
reading goes on.

Accepted keys (the first present, non-empty one wins; all are "document" metadata):

=============  ===============================================================
body           ``text`` (plain), ``html`` (HTML, main text extracted),
               ``content`` / ``body`` / ``maintext`` (HTML if it contains tags, else
               plain); with none of them, the teaser ``description`` / ``summary``
title          ``title``, ``headline``
url            ``url``, ``link``
outlet         ``outlet``, ``source``, ``site``, ``sitename``, ``source_domain``,
               ``domain`` (a ``{"name": ...}`` object is accepted too)
published      ``published``, ``date``, ``pubDate``, ``datePublished``,
               ``date_publish``, ``publish_date``, ``published_at``, ``publishedAt``
               (ISO 8601, RFC 822 or a common written date)
language       ``language``, ``lang`` (``en``, ``en-GB``...)
id             ``id``: used as the article id instead of ``<file id>#<n>``
=============  ===============================================================

``n`` is the 1-based line number in a JSONL file (so a message points at the line) and
the 1-based position in a JSON list.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.html import extract_html, html_fragment_text
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
    read_capped,
    sniff_binary,
)
from groundwatch.stages.readers.text import decode_bytes

# "maintext", "date_publish", "source_domain": news-please's crawler output; "publish_date": newspaper's;
# "domain": the common CC-News dumps'
TEXT_KEYS = ("text", "html", "content", "body", "maintext")
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
        fmt: ``json`` or ``jsonl``.
        n: its position in the container (None for a one-object ``.json`` file).
    """
    where = f"line {n}: " if fmt == "jsonl" and n is not None else (f"item {n}: " if n is not None else "")
    if not isinstance(obj, dict):
        return Problem(f"{where}JSON value is a {type(obj).__name__}, not an object", n)
    explicit_id = clean_str(obj.get("id"))
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, (dict, list)) or explicit_id is None):
        return Problem(f"{where}'id' must be a non-empty string or number", n)
    key = next((k for k in (*TEXT_KEYS, *TEASER_KEYS) if obj.get(k) not in (None, "")), None)
    if key is None:
        return Problem(f"{where}no text: none of the keys {', '.join(TEXT_KEYS)} (nor a teaser: "
                       f"{', '.join(TEASER_KEYS)}) is present", n, explicit_id)
    raw = obj[key]
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


def read_json(path: Path) -> Iterator[Doc | Problem]:
    """Read a ``.json`` file: one article object, or a list of them.

    Raises:
        ReaderError: too large, undecodable, malformed JSON, or not article-shaped.
        OSError: the file cannot be read.
    """
    data = read_capped(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    text = decode_bytes(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReaderError(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    if is_json_feed(value):
        yield from json_feed_docs(value)
        return
    if isinstance(value, dict) and not any(k in value for k in TEXT_KEYS):
        inner = next((value[k] for k in CONTAINER_KEYS if isinstance(value.get(k), list)), None)
        if inner is not None:
            value = inner
    if isinstance(value, list):
        if not value:
            raise ReaderError("empty JSON list: no articles")
        for n, item in enumerate(value, start=1):
            yield doc_from_object(item, "json", n)
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


def read_jsonl(path: Path) -> Iterator[Doc | Problem]:
    """Stream a ``.jsonl`` file (or ``.jsonl.gz``), one object per line.

    Memory stays bounded by ``MAX_FILE_BYTES`` per line, whatever the file's size.

    Raises:
        ReaderError: a truncated gzip stream (after the lines read before it).
        OSError: the file cannot be read.
    """
    cap = metadata.MAX_FILE_BYTES
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    seen_any = False
    with opener(path, "rb") as f:
        try:
            kind = sniff_binary(f.peek(64)[:64])
        except (EOFError, OSError) as exc:
            raise ReaderError(f"corrupt gzip: {exc}") from exc
        if kind is not None:
            raise ReaderError(f"binary file: looks like a {kind}, not JSON Lines")
        n = 0
        while True:
            try:
                line = f.readline(cap + 1)
            except (EOFError, OSError) as exc:  # gzip.BadGzipFile is an OSError
                raise ReaderError(f"truncated or corrupt gzip after line {n}: {exc}") from exc
            if not line:
                break
            n += 1
            if len(line) > cap and not line.endswith(b"\n"):
                _skip_rest_of_line(f)
                yield Problem(f"line {n}: record larger than {cap} bytes (MAX_FILE_BYTES)", n)
                continue
            if n == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            seen_any = True
            try:
                value = json.loads(line.decode("utf-8").rstrip())  # an error at the end names the column
            except UnicodeDecodeError:
                yield Problem(f"line {n}: not valid UTF-8", n)
                continue
            except json.JSONDecodeError as exc:
                yield Problem(f"line {n}: malformed JSON: {exc.msg} (column {exc.colno})", n)
                continue
            yield doc_from_object(value, "jsonl", n)
    if not seen_any:
        raise ReaderError("empty file: no JSON lines")
