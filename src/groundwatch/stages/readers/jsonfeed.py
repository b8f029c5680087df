"""JSON Feed (versions 1 and 1.1, https://jsonfeed.org) items as documents.

A JSON Feed is a ``.json`` file whose top-level ``version`` names the format; its ``items``
are read like RSS items, numbered from 1 (ids ``<file id>#<n>``: an item's own ``id`` is
often a URL or a bare number, which makes a poor article id and need not be unique across
feeds). The ``version`` address is accepted with ``http:`` as well as ``https:``:

* body: ``content_html`` (HTML reduced to text), else ``content_text``, else ``summary``;
  an item with none is a ``Problem`` that names its link, as for a feed item;
* title; url: ``url``, else ``external_url``; outlet: the feed's ``title``;
* published: ``date_published``, else ``date_modified``;
* language: the item's ``language`` (1.1), else the feed's.

A value of the wrong JSON type (a number where text belongs) is treated as absent, except
the body, where it makes the item a ``Problem`` that says which key was wrong.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from groundwatch.stages.readers.feeds import unescaped_html_text
from groundwatch.stages.readers.metadata import (
    Doc,
    Problem,
    ReaderError,
    clean_str,
    normalise_language,
    normalise_newlines,
    parse_date,
)

VERSION_PREFIX = "https://jsonfeed.org/version/"
# Early feeds and some generators still write the address with http: (or another case)
_VERSION_HOST = "//jsonfeed.org/version/"
BODY_KEYS = ("content_html", "content_text", "summary")


def is_json_feed(value: Any) -> bool:
    """True for a decoded JSON value that declares itself a JSON Feed."""
    if not isinstance(value, Mapping):
        return False
    version = str(value.get("version") or "").strip().lower()
    return version.startswith(("https:" + _VERSION_HOST, "http:" + _VERSION_HOST))


def _str(value: Any) -> str | None:
    return clean_str(value) if isinstance(value, str) else None


def _body(item: Mapping[str, Any], n: int) -> str | Problem:
    for key in BODY_KEYS:
        value = item.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            return Problem(f"item {n}: '{key}' is a {type(value).__name__}, not a string", n)
        text = unescaped_html_text(value) if key == "content_html" else normalise_newlines(value)
        if text.strip():
            return text
    return ""


def _item(item: Any, n: int, outlet: str | None, language: str | None) -> Doc | Problem:
    if not isinstance(item, Mapping):
        return Problem(f"item {n}: JSON value is a {type(item).__name__}, not an object", n)
    url = _str(item.get("url")) or _str(item.get("external_url"))
    body = _body(item, n)
    if isinstance(body, Problem):
        return body
    if not body.strip():
        where = f"; its link {url} can be fetched instead" if url else ""
        return Problem(f"item {n}: no text (no content_html, content_text or summary){where}", n)
    published = parse_date(_str(item.get("date_published"))) or parse_date(_str(item.get("date_modified")))
    return Doc(body=body, format="jsonfeed", n=n, title=_str(item.get("title")), outlet=outlet, url=url,
               language=normalise_language(_str(item.get("language"))) or language, published=published)


def json_feed_docs(feed: Mapping[str, Any]) -> Iterator[Doc | Problem]:
    """One document (or ``Problem``) per item of a decoded JSON Feed.

    Raises:
        ReaderError: ``items`` is missing, not a list, or empty.
    """
    items = feed.get("items")
    if not isinstance(items, list):
        raise ReaderError("JSON Feed without an 'items' list")
    if not items:
        raise ReaderError("empty feed: the JSON Feed has no items")
    outlet = _str(feed.get("title"))
    language = normalise_language(_str(feed.get("language")))
    for n, item in enumerate(items, start=1):
        yield _item(item, n, outlet, language)
