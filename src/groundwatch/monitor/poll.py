"""Reading one source: what is new or changed in it, as ``Article`` or ``Rejection`` records.

* a folder: files whose path, mtime and size differ from what was seen, then whose sha256
  differs; read with the ingest stage (``iter_inputs(only=...)``), so ids and manifests are
  those of ``groundwatch run FOLDER`` (WARC files in the folder are read as ``run`` reads them);
* a feed: conditional GET, parsed with the feed reader; each item new or edited since last
  seen becomes an article whose id is ``SOURCE/`` plus a hash of its guid or link (stable
  across polls, so an edited item replaces its earlier version). When the item carries only
  a summary, its page is fetched (a link found in content: refused when it points at a
  private address or a forbidden scheme, or robots.txt says no) and the feed's text is used
  when that fails;
* a page: conditional GET, robots.txt first; the article id is ``SOURCE/page``.

Each record comes with what to mark as seen once it is stored, so the caller commits record and
mark per item, and a killed poll re-reads only what it had not marked (a folder's files are
marked when all of their records are stored).
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from groundwatch.fetching import Fetched, FetchError
from groundwatch.monitor.fetch import Fetcher
from groundwatch.monitor.sources import Source
from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import iter_inputs
from groundwatch.stages.readers import ReaderError
from groundwatch.stages.readers.feeds import is_feed, parse_feed
from groundwatch.stages.readers.metadata import Doc, Problem

log = logging.getLogger("groundwatch.monitor")

#: An item body shorter than this is a summary, not the article: feeds that carry only a
#: summary give one to three sentences (typically 150-500 characters), full-content feeds give
#: the article (2,000+). Chosen on the invented feeds of tests/monitor and the example feeds.
SUMMARY_CHARS = 600
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


class SourceFailed(Exception):
    """The source could not be read this time; the message is its health reason."""


@dataclass(frozen=True, slots=True)
class Found:
    """One record read from a source, and the seen-mark to store with it (None: nothing to mark)."""

    record: Article | Rejection
    seen: tuple[str, str] | None  # (key, digest)


@dataclass(frozen=True, slots=True)
class Polled:
    """What a URL poll learned besides its records: the kind it turned out to be, validators."""

    kind: str
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def _sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def folder_items(source: Source, seen: dict[str, str], mark: Callable[[str, str], None]) -> Iterator[Found]:
    """New and changed files of a folder source (an unchanged file whose mtime moved is just re-marked)."""
    root = Path(source.location)
    pending: dict[str, tuple[str, str]] = {}

    def only(path: Path) -> bool:
        key = path.relative_to(root).as_posix()
        try:
            st = path.stat()
            quick = f"{st.st_mtime_ns}:{st.st_size}"
            old = seen.get(key)
            if old is not None and old.startswith(quick + ":"):
                return False
            digest = f"{quick}:{_sha(path.read_bytes())}"
        except OSError:
            # A broken symlink, a pipe, an unreadable file: the walk rejects it with its reason
            # (told once, as a folder note), and the folder's other files are still read.
            return True
        if old is not None and old.split(":")[-1] == digest.split(":")[-1]:
            mark(key, digest)  # touched, not changed
            return False
        pending[str(path)] = (key, digest)
        return True

    for item in iter_inputs([root], only=only):
        note = _folder_note(root, item, pending)
        if note is not None and seen.get(note[0]) == note[1]:
            continue  # told in an earlier cycle, and nothing about it changed
        yield Found(item, note)
    # Marked once every record of the files is stored: a poll killed midway re-reads its files,
    # and the store sees the articles already kept as unchanged.
    for key, digest in pending.values():
        mark(key, digest)


def _folder_note(root: Path, item: Article | Rejection, pending: dict[str, tuple[str, str]]
                 ) -> tuple[str, str] | None:
    """The seen-mark of a rejection that no file of this poll gave (a folder's capture indexes, a saved
    page's files, a manifest's problems, a symlink loop): the walk yields it on every poll, and a
    monitor that stored and counted it each cycle would report the same folder as new rejections
    forever. None for an article or a file's own rejection (its file is marked with it)."""
    if not isinstance(item, Rejection):
        return None
    source = item.source.split("#", 1)[0]
    if source in pending:
        return None
    try:
        rel = Path(source).relative_to(root).as_posix()
    except ValueError:
        rel = source
    return f"note:{rel}:{_sha(item.reason)[:16]}", "told"


def _json_article(obj: dict[str, Any], source: str) -> Article | Rejection:
    """One article object through the JSON reader (body extraction, language, dates as ``run`` does)."""
    with tempfile.TemporaryDirectory(prefix="groundwatch-watch-") as tmp:
        path = Path(tmp) / "item.json"
        path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        records = list(iter_inputs([path]))
    record = records[0] if records else Rejection(source, "ingest", "nothing could be read")
    return replace(record, source=source)


def _kind(source: Source, got: Fetched) -> str:
    looks_feed = is_feed(got.body[:2048])
    if source.kind == "feed":
        if got.content_type in HTML_TYPES or (not looks_feed and b"<html" in got.body[:2048].lower()):
            raise SourceFailed(f"the feed returned an HTML page ({got.content_type or 'no type'}), not RSS/Atom")
        return "feed"
    if source.kind == "page":
        return "page"
    if looks_feed or got.content_type in FEED_TYPES:
        return "feed"
    if got.content_type in HTML_TYPES or b"<html" in got.body[:2048].lower():
        return "page"
    raise SourceFailed(f"neither a feed nor an HTML page ({got.content_type or 'no content type'})")


def url_items(source: Source, fetcher: Fetcher, seen: dict[str, str], validators: dict[str, Any]
              ) -> tuple[Polled, Iterator[Found]]:
    """Fetch a feed or page source; returns what it is and its new or edited records.

    Raises:
        SourceFailed: the fetch failed, or the answer is not what the source is.
    """
    try:
        if source.kind == "page" and not fetcher.allowed(source.location, trusted=True):
            raise SourceFailed(f"robots.txt disallows fetching {source.location}")
        got = fetcher.source(source.location, etag=validators.get("etag"),
                             last_modified=validators.get("last_modified"))
    except FetchError as exc:
        raise SourceFailed(str(exc)) from exc
    if got.status == 304:
        return Polled(source.kind, validators.get("etag"), validators.get("last_modified"), True), iter(())
    kind = _kind(source, got)
    polled = Polled(kind, got.headers.get("etag"), got.headers.get("last-modified"))
    if kind == "page":
        return polled, _page(source, got, seen)
    try:
        docs = list(parse_feed(got.body))
    except ReaderError as exc:
        raise SourceFailed(f"malformed feed: {exc.reason}") from exc
    return polled, _feed(source, fetcher, docs, seen)


def _page(source: Source, got: Fetched, seen: dict[str, str]) -> Iterator[Found]:
    digest = _sha(got.body)
    if seen.get("page") == digest:
        return
    text = got.body.decode("utf-8", "replace")
    obj = {"id": f"{source.name}/page", "html": text, "url": got.final_url, "outlet": source.outlet,
           "language": source.language}
    yield Found(_json_article(obj, source.location), ("page", digest))


def _feed(source: Source, fetcher: Fetcher, docs: list[Doc | Problem], seen: dict[str, str]) -> Iterator[Found]:
    for doc in docs:
        if isinstance(doc, Problem):
            yield Found(Rejection(f"{source.location}#{doc.n}", "ingest", doc.reason), None)
            continue
        key = doc.url or f"{doc.title}|{doc.published}"
        digest = _sha("\x00".join(str(v) for v in (doc.title, doc.body, doc.published, doc.url)))
        if seen.get(key) == digest:
            continue
        obj: dict[str, Any] = {
            "id": f"{source.name}/{_sha(key)[:16]}", "text": doc.body, "title": doc.title, "url": doc.url,
            "outlet": source.outlet or doc.outlet, "language": source.language or doc.language,
            "published": doc.published.isoformat() if doc.published else None}
        if doc.url and len(doc.body) < SUMMARY_CHARS:
            try:
                page = fetcher.page(doc.url, trusted=False)
                obj = {**{k: v for k, v in obj.items() if k != "text"}, "html": page.body.decode("utf-8", "replace")}
            except FetchError as exc:
                log.info("item page %s not fetched (%s): the feed's text is used", doc.url, exc)
        record = _json_article(obj, f"{source.location}#{doc.n}")
        if isinstance(record, Rejection) and "html" in obj:  # a page with no usable text: the summary then
            obj = {**{k: v for k, v in obj.items() if k != "html"}, "text": doc.body}
            record = _json_article(obj, f"{source.location}#{doc.n}")
        yield Found(record, (key, digest))
