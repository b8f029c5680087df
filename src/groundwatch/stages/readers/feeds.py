"""RSS (0.9x, 1.0/RDF, 2.0) and Atom reader, as forgiving as feed readers are: feedparser.

Feeds in the wild are rarely well-formed XML, so a strict XML parser loses whole files to
one stray ``&``. feedparser tries a strict SAX parse and falls back to its loose (SGML)
parser, which keeps every item it can delimit. Around it this module adds:

* bytes: a gzip file (a feed saved with its transfer compression) is decompressed, capped
  at ``MAX_FILE_BYTES``; the encoding is decided by ``text.decode_declared`` (BOM, then the
  XML declaration read as the WHATWG superset, then detection), so a wrong declaration is
  corrected and gb2312/windows-125x/ISO-8859-x files decode as their writers meant;
* safety: feedparser is handed a stream, never a path or a string it could open or fetch;
  it drops every entity declaration except plain literal ones (no external entity, no
  parameter entity, no entity built from other entities, hence no billion laughs) and
  turns off external general entities in SAX, so nothing is read or fetched;
* a file cut off inside its last item: that item is a ``Problem`` (the items before count);
* a news agency's XML story (NITF, NewsML-G2, NewsML 1) in a ``.xml`` file is read by ``newsml``.

Each item/entry is one document, numbered from 1 in document order:

* body: the content (``content:encoded``, Atom ``content``), else ``description`` /
  ``summary`` (a podcast's ``itunes:summary``), else ``itunes:subtitle``; HTML is reduced to
  plain text; an Atom entry that replies to another (``thr:in-reply-to``, a comments feed) is a
  ``Problem``, not an article;
* title; url: the item's link (feedparser prefers Atom ``rel="alternate"`` and RSS
  permalink guids); an item with a link but no text is a ``Problem`` that names the link;
* outlet: the item's ``<source>`` title, else the channel/feed title;
* published: ``pubDate`` / ``dc:date`` / ``published``, else ``updated``;
* language: the item's ``dc:language`` / ``xml:lang``, else the channel's.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import io
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.compressed import decompress
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
    plausible_date,
    read_capped,
    sniff_binary,
)
from groundwatch.stages.readers.newsml import NEWS_ROOTS, parse_news_xml
from groundwatch.stages.readers.text import decode_declared, has_bom

_GZIP_MAGIC = b"\x1f\x8b"
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)[\s/>]")
# <item ...> or <entry ...> with any prefix, but not RSS 1.0's <items> list in the channel
_ITEM_OPEN = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s/>]")
_ITEM_CLOSE = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_FEED_CLOSE = re.compile(r"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*$")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
# The semicolon is optional: feedparser's loose parser reads "&#1114112 " as a reference too
_CHARREF = re.compile(r"&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));?")
_INLINE_SPACE = re.compile(r"[^\S\n]+")  # spaces, tabs and no-break spaces, not line breaks
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# C0 controls other than tab and newlines: XML 1.0 forbids them, so in a feed they are a generator's garbage
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A sitemap lists page addresses (a news sitemap adds titles and dates) but holds no text
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


def gunzip(data: bytes, cap: int) -> tuple[bytes, str | None]:
    """Decompress every gzip member of ``data`` up to ``cap`` bytes of output.

    Returns:
        The bytes recovered and, when the stream is cut short or corrupt, why (else None).

    Raises:
        ReaderError: the decompressed data would exceed ``cap`` (a gzip bomb or huge feed).
    """
    out = bytearray()
    rest = data
    while rest:
        d = zlib.decompressobj(wbits=31)
        try:
            out += d.decompress(rest, cap + 1 - len(out))
        except zlib.error as exc:
            return bytes(out), f"corrupt gzip data: {exc}"
        if len(out) > cap:
            raise ReaderError(f"gzip file expands to more than {cap} bytes (MAX_FILE_BYTES)")
        if not d.eof:
            return bytes(out), "gzip stream ends in the middle of a member (file truncated)"
        rest = d.unused_data
    return bytes(out), None


def _text(value: Any) -> str | None:
    text = clean_str(value)
    if text and _ENTITY.search(text):  # escaped twice by its generator: "Fish &amp;amp; chips"
        text = clean_str(html_lib.unescape(text))
    if text and "<" in text:  # a title typed as HTML
        return clean_str(html_fragment_text(text))
    return text


def _body_from(detail: Mapping[str, Any]) -> str:
    value = _CONTROL.sub("", str(detail.get("value") or ""))
    if "<" not in value:  # plain text, whatever its declared type: its blank lines are its paragraphs
        plain = html_lib.unescape(value)
        if not looks_like_html(plain):
            return normalise_newlines(_INLINE_SPACE.sub(" ", plain))
    if str(detail.get("type") or "").lower() in _HTML_TYPES or "<" in value or "&" in value:
        return unescaped_html_text(value)
    return normalise_newlines(value)


def unescaped_html_text(value: str) -> str:
    """Plain text of an HTML fragment, also when its generator escaped the markup twice
    (``&amp;lt;p&amp;gt;``, or ``&lt;p&gt;`` inside CDATA): what is left looking like HTML
    after one pass was markup, not text about markup."""
    text = html_fragment_text(value)
    return html_fragment_text(text) if looks_like_html(text) else text


def _body(entry: Mapping[str, Any]) -> str:
    details = [c for c in entry.get("content") or () if isinstance(c, Mapping)]
    for key in ("summary_detail", "subtitle_detail"):  # a podcast episode may have only its itunes:subtitle
        detail = entry.get(key)
        if isinstance(detail, Mapping):
            details.append(detail)
    for detail in details:
        body = _body_from(detail)
        if body.strip():
            return body
    return ""


def _own(entry: Mapping[str, Any], key: str) -> Any:
    """``entry[key]`` as the feed gave it: feedparser answers a missing ``updated`` with ``published``
    (and a DeprecationWarning), which ``_published`` has tried already."""
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def _published(entry: Mapping[str, Any]) -> dt.date | None:
    for key in ("published", "updated", "created"):
        found = parse_date(clean_str(_own(entry, key)))
        if found is not None:
            return found
        parsed = _own(entry, f"{key}_parsed")  # feedparser reads more date dialects than we do
        if parsed is not None:
            try:  # "0000-00-00" comes back as year -1: no date, and the items after it still count
                found = plausible_date(dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday))
            except ValueError:
                found = None
            if found is not None:
                return found
    return None


def _language(entry: Mapping[str, Any], fallback: str | None) -> str | None:
    candidates = [entry.get("language")]
    for key in ("content", "summary_detail", "title_detail"):
        value = entry.get(key)
        for detail in value if isinstance(value, list) else [value]:
            if isinstance(detail, Mapping):
                candidates.append(detail.get("language"))
    found = next((lang for lang in map(normalise_language, candidates) if lang), None)
    return found or fallback


@dataclass(frozen=True, slots=True)
class _Channel:
    """What a feed says once for all its items."""

    fmt: str
    outlet: str | None
    language: str | None
    link: str | None  # the site's address, which relative item links are read against


def _absolute(url: str | None, base: str | None) -> str | None:
    """``url`` made absolute against the feed's own link when it is relative ("/2031/story")."""
    try:
        if not url or not base or urlsplit(url).scheme or urlsplit(base).scheme not in ("http", "https"):
            return url
        return urljoin(base, url)
    except ValueError:  # a mangled address ("http://[broken/"): kept as written
        return url


def _item_doc(entry: Mapping[str, Any], n: int, channel: _Channel) -> Doc | Problem:
    url = _absolute(clean_str(entry.get("link")), channel.link)
    reply = entry.get("thr_in-reply-to")
    if isinstance(reply, Mapping):  # Atom threading: a comments feed's entries answer an article
        to = clean_str(reply.get("href")) or clean_str(reply.get("ref")) or "another entry"
        return Problem(f"item {n}: a reply to {to} (Atom thr:in-reply-to), a reader's comment, not an article", n)
    body = _body(entry)
    if not body.strip():
        where = f"; its link {url} can be fetched instead" if url else ""
        return Problem(f"item {n}: no text (no content, description or summary){where}", n)
    source = entry.get("source")
    item_outlet = _text(source.get("title")) if isinstance(source, Mapping) else None
    return Doc(
        body=body,
        format=channel.fmt,
        n=n,
        title=_text(entry.get("title")),
        outlet=item_outlet or channel.outlet,
        url=url,
        language=_language(entry, channel.language),
        published=_published(entry),
    )


def _clipped_last_item(text: str) -> bool:
    """True when the document ends inside an item: no closing root tag, last item never closed."""
    tail = text.rstrip()[-200:]
    if _FEED_CLOSE.search(tail):
        return False
    opens = [m.start() for m in _ITEM_OPEN.finditer(text)]
    closes = [m.start() for m in _ITEM_CLOSE.finditer(text)]
    return bool(opens) and (not closes or opens[-1] > closes[-1])


def _safe_charref(match: re.Match[str]) -> str:
    """A numeric character reference no parser can choke on: one to a surrogate or past U+10FFFF
    (feedparser raises on those) becomes U+FFFD, as HTML parsers read it; a control character goes."""
    digits = match.group(1) or match.group(2)
    value = 0x110000 if len(digits) > 8 else int(digits, 10 if match.group(1) else 16)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return "\ufffd"
    if value < 0x20 and value not in (0x09, 0x0A, 0x0D):
        return ""
    return match.group(0)


def _decode(data: bytes) -> str:
    declared = _XML_ENCODING.match(data[:1024])
    return decode_declared(data, declared.group(1).decode("ascii") if declared else None)


def _root_name(text: str) -> str:
    """The local name, lower case, of the first element after the prolog ("" when there is none)."""
    head = text[:4096].lstrip("\ufeff").encode("utf-8", "replace")
    prolog = _PROLOG.match(head)
    found = _ROOT.match(head[prolog.end() if prolog else 0:].decode("utf-8", "replace"))
    return found.group(1).rpartition(":")[2].lower() if found else ""


def parse_feed(data: bytes) -> Iterator[Doc | Problem]:
    """Parse RSS/Atom bytes, forgivingly and without resolving any entity, one document per item.

    Raises:
        ReaderError: undecodable bytes, not a feed at all, or a feed without items.
    """
    import feedparser

    text = _CHARREF.sub(_safe_charref, _decode(data))
    if _root_name(text) in NEWS_ROOTS:  # a wire story or an extractor's output, not a feed (its <item>s are lists)
        yield from parse_news_xml(text)
        return
    # A stream, not bytes or str: feedparser opens a str as a URL or path, and even bytes as a path.
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")), sanitize_html=False, resolve_relative_uris=False,
                              response_headers={"content-type": "application/xml; charset=utf-8"})
    entries: list[Mapping[str, Any]] = list(parsed.entries)
    version = str(parsed.get("version") or "")
    if not entries:
        if not version:
            root = _ROOT.search(text.split("?>", 1)[-1] if text.lstrip().startswith("<?") else text)
            name = root.group(1) if root else "none"
            local = name.rpartition(":")[2].lower()
            if local in _SITEMAP_ROOTS:
                found = len(re.findall(r"<(?:[\w.-]+:)?loc\b", text))
                if local == "sitemapindex":
                    raise ReaderError(f"a sitemap index, not a feed: it lists {found} sitemap address(es) and "
                                      f"no article text")
                raise ReaderError(f"a sitemap, not a feed: it lists {found} page address(es) and no article "
                                  f"text (fetch the pages and read them as HTML)")
            raise ReaderError(f"not a feed: no RSS or Atom channel or items found (first element <{name}>)")
        raise ReaderError(f"empty feed: no {'entries' if version.startswith('atom') else 'items'}")
    fmt = "atom" if version.startswith("atom") else "rss"
    feed: Mapping[str, Any] = parsed.feed
    channel = _Channel(fmt, _text(feed.get("title")), normalise_language(feed.get("language")),
                       clean_str(feed.get("link")))
    clipped = _clipped_last_item(text)
    for n, entry in enumerate(entries, start=1):
        if clipped and n == len(entries):
            kept = f"; {n - 1} complete item(s) before it were kept" if n > 1 else ""
            yield Problem(f"item {n}: cut short (the file ends inside this item{kept})", n)
            break
        yield _item_doc(entry, n, channel)
    opened = len(_ITEM_OPEN.findall(text))
    if opened > len(entries):  # an unclosed CDATA section or comment swallows the items after it
        yield Problem(f"{opened - len(entries)} of the {opened} items in the file could not be delimited "
                      f"(an unclosed CDATA section or comment?); the {len(entries)} before were read")


def read_feed(path: Path) -> Iterator[Doc | Problem]:
    """Read an RSS or Atom file (``.rss``, ``.atom``, ``.rdf``, ``.xml``), gzipped or not.

    Raises:
        ReaderError: too large, binary, empty, undecodable, not a feed or without items.
        OSError: the file cannot be read.
    """
    data = read_capped(path)
    if data.startswith(_GZIP_MAGIC):
        data, error = gunzip(data, metadata.MAX_FILE_BYTES)
        if error and not data.strip():
            raise ReaderError(f"gzip file with no readable feed: {error}")
        # otherwise a cut stream shows as a clipped last item, and the items before it count
    else:
        data = decompress(data)  # bzip2 or xz
    if not has_bom(data):  # UTF-16/32 ends in a NUL byte; anything else so padded was cut off by a crash
        data = data.rstrip(b"\x00")
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    kind = sniff_binary(data[:64])
    if kind is not None:
        raise ReaderError(f"binary file: looks like a {kind}, not XML")
    yield from parse_feed(data)


_PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>]")


def starts_as_feed(head: bytes) -> bool:
    """True when the first element of ``head`` (after the XML declaration, comments, stylesheet
    instructions and a DOCTYPE) is an RSS, Atom or RDF root: a feed, whatever its name or
    served type says (a feed saved as ``.html``, or served as ``text/html``)."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    prolog = _PROLOG.match(head)
    return _FEED_ROOT.match(head, prolog.end() if prolog else 0) is not None


def is_feed(head: bytes) -> bool:
    """True when the first bytes of a file look like an RSS or Atom document."""
    lowered = head[:2048].lower()
    return b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered
