"""RSS (0.9x, 1.0/RDF, 2.0) and Atom reader; XML is parsed with defusedxml.

Each item/entry is one document, numbered from 1 in document order:

* body: ``content:encoded``, else Atom ``content``, else ``description`` / ``summary``;
  HTML content (tags, or Atom ``type="html"/"xhtml"``) is reduced to plain text;
* title: the item's title; url: its link (``<link>`` text, or Atom ``href`` preferring
  ``rel="alternate"``);
* outlet: the item's ``<source>`` title, else the channel/feed title;
* published: ``pubDate`` / ``dc:date`` / ``published``, else ``updated``;
* language: the item's ``dc:language`` / ``xml:lang``, else the channel's.

Document type declarations with entities (billion laughs) and external references (XXE)
are refused by defusedxml before anything is expanded or fetched; the whole file is then
rejected, as is malformed XML and an XML document that is not a feed.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError, tostring

from groundwatch.stages.readers.html import html_fragment_text
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

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: Element, name: str) -> list[Element]:
    return [c for c in el if _local(c.tag) == name]


def _child(el: Element, *names: str) -> Element | None:
    for name in names:
        found = _children(el, name)
        if found:
            return found[0]
    return None


def _text(el: Element | None) -> str | None:
    if el is None:
        return None
    return clean_str("".join(el.itertext()))


def _raw_text(el: Element) -> str:
    return "".join(el.itertext())


def _body_from(el: Element) -> str:
    """Plain text of a content element, whatever form its HTML takes."""
    kind = (el.get("type") or "").lower()
    if kind == "xhtml" or (len(el) and not kind):  # inline XHTML markup
        for node in el.iter():  # <ns0:p> -> <p>, so the HTML conversion sees plain tag names
            node.tag = _local(node.tag)
            node.attrib.pop("xmlns", None)
        markup = "".join(tostring(child, encoding="unicode") for child in el)
        markup = (el.text or "") + markup
        return html_fragment_text(markup)
    raw = _raw_text(el)
    if kind in ("html", "text/html") or looks_like_html(raw):
        return html_fragment_text(raw)
    # plain text may still carry escaped entities (&amp;nbsp;) from sloppy feed generators
    return normalise_newlines(html_lib.unescape(raw))


def _atom_link(entry: Element) -> str | None:
    links = _children(entry, "link")
    for link in links:
        if (link.get("rel") or "alternate") == "alternate" and link.get("href"):
            return clean_str(link.get("href"))
    for link in links:
        if link.get("href"):
            return clean_str(link.get("href"))
        if link.text:
            return clean_str(link.text)
    return None


def _item_doc(item: Element, n: int, fmt: str, outlet: str | None, language: str | None) -> Doc | Problem:
    content = _child(item, "encoded")
    if content is None:
        # Atom's <content>, not Media RSS's <media:content> (a link to a picture or video)
        content = next((c for c in _children(item, "content") if "mrss" not in str(c.tag)), None)
    summary = _child(item, "description", "summary")
    body = ""
    for el in (content, summary):
        if el is not None:
            body = _body_from(el)
            if body.strip():
                break
    if not body.strip():
        return Problem(f"item {n}: no text (no content:encoded, content, description or summary)", n)
    source = _child(item, "source")
    item_outlet = _text(_child(source, "title")) if source is not None and len(source) else _text(source)
    return Doc(
        body=body,
        format=fmt,
        n=n,
        title=_text(_child(item, "title")),
        outlet=item_outlet or outlet,
        url=_atom_link(item) if fmt == "atom" else _text(_child(item, "link")),
        language=normalise_language(_text(_child(item, "language")) or item.get(_XML_LANG)) or language,
        published=parse_date(_text(_child(item, "pubDate", "date", "published", "issued", "updated",
                                           "modified"))),
    )


def parse_feed(data: bytes) -> Iterator[Doc | Problem]:
    """Parse RSS/Atom bytes safely and yield one document per item.

    Raises:
        ReaderError: unsafe (entities, external references), malformed or non-feed XML.
    """
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        root = safe_et.fromstring(data)
    except DefusedXmlException as exc:
        raise ReaderError(f"unsafe XML refused: {type(exc).__name__} (entity declarations and external "
                          f"references are not allowed)") from exc
    except ParseError as exc:
        raise ReaderError(f"malformed XML: {exc}") from exc
    except (ValueError, LookupError) as exc:  # unknown declared encoding and the like
        raise ReaderError(f"malformed XML: {exc}") from exc
    name = _local(root.tag)
    if name not in FEED_ROOTS:
        raise ReaderError(f"not a feed: XML root element is <{name}>, not <rss>, <feed> or <rdf:RDF>")
    if name == "feed":
        fmt, channel, items = "atom", root, _children(root, "entry")
    else:
        fmt = "rss"
        found = _child(root, "channel")
        channel = found if found is not None else root
        # RSS 2.0 nests items in <channel>; RSS 0.9/1.0 (RDF) puts them beside it.
        items = _children(channel, "item") or _children(root, "item")
    outlet = _text(_child(channel, "title"))
    language = normalise_language(_text(_child(channel, "language")) or channel.get(_XML_LANG))
    if not items:
        raise ReaderError(f"empty feed: no {'entries' if fmt == 'atom' else 'items'}")
    for n, item in enumerate(items, start=1):
        yield _item_doc(item, n, fmt, outlet, language)


def read_feed(path: Path) -> Iterator[Doc | Problem]:
    """Read an RSS or Atom file (``.rss``, ``.atom``, ``.xml``).

    Raises:
        ReaderError: too large, binary, empty, unsafe, malformed or not a feed.
        OSError: the file cannot be read.
    """
    data = read_capped(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    kind = sniff_binary(data[:64])
    if kind is not None:
        raise ReaderError(f"binary file: looks like a {kind}, not XML")
    yield from parse_feed(data)


def is_feed(head: bytes) -> bool:
    """True when the first bytes of a file look like an RSS or Atom document."""
    lowered = head[:2048].lower()
    return b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered
