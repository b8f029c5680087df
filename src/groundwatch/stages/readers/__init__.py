"""One reader per input format, and the choice of reader for a file.

A reader is a function ``Path -> Iterator[Doc | Problem]`` (see ``metadata``). It raises
``ReaderError`` when the whole file (or the rest of it) cannot be used and lets ``OSError``
through; the ingest stage turns both into ``Rejection`` records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from groundwatch.stages.readers.archives import read_cdx, read_wacz
from groundwatch.stages.readers.compressed import SUFFIXES, compression, decompress_head
from groundwatch.stages.readers.feeds import is_feed, read_feed
from groundwatch.stages.readers.html import read_html
from groundwatch.stages.readers.jsonl import read_json, read_jsonl
from groundwatch.stages.readers.mail import read_mail, read_mbox
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError, looks_like_html, sniff_binary
from groundwatch.stages.readers.mhtml import read_mhtml
from groundwatch.stages.readers.office import read_office
from groundwatch.stages.readers.pdf import read_pdf
from groundwatch.stages.readers.tables import read_table
from groundwatch.stages.readers.text import decode_bytes, read_shortcut, read_text
from groundwatch.stages.readers.warc import read_warc
from groundwatch.stages.readers.webarchive import read_webarchive

Reader = Callable[[Path], Iterator[Doc | Problem]]

#: Readers by file-name ending, longest ending first so ``.warc.gz`` beats ``.gz``.
READERS: tuple[tuple[str, Reader], ...] = (
    (".warc.wet.gz", read_warc),  # Common Crawl's page texts (WET) and metadata (WAT)
    (".warc.wat.gz", read_warc),
    (".wet.gz", read_warc),
    (".wat.gz", read_warc),
    (".warc.gz", read_warc),
    (".arc.gz", read_warc),
    (".rss.gz", read_feed),
    (".atom.gz", read_feed),
    (".rdf.gz", read_feed),
    (".xml.gz", read_feed),  # a gzipped feed or sitemap, as servers publish them
    (".jsonl.gz", read_jsonl),
    (".ndjson.gz", read_jsonl),
    (".warc", read_warc),
    (".cdxj.gz", read_cdx),  # indexes of a crawl's captures, saved beside its WARCs: not articles
    (".cdx.gz", read_cdx),
    (".cdxj", read_cdx),
    (".cdx", read_cdx),
    (".wacz", read_wacz),  # Webrecorder/Browsertrix packages of WARCs
    (".mhtml", read_mhtml),  # a browser's "save as single file"
    (".mht", read_mhtml),
    (".wet", read_warc),
    (".wat", read_warc),
    (".arc", read_warc),
    (".jsonl", read_jsonl),
    (".ndjson", read_jsonl),
    (".json", read_json),
    (".xhtml", read_html),
    (".html", read_html),
    (".htm", read_html),
    (".rss", read_feed),
    (".atom", read_feed),
    (".rdf", read_feed),
    (".xml", read_feed),
    (".txt", read_text),
    (".text", read_text),
    (".csv", read_table),  # a spreadsheet's or dataset's table of articles, one a row
    (".tsv", read_table),
    (".eml", read_mail),  # a newsletter or press release saved by a mail client
    (".emlx", read_mail),  # Apple Mail's
    (".mbox", read_mbox),  # a mailbox exported whole
    (".webarchive", read_webarchive),  # Safari's saved page
    (".docx", read_office),  # a press release or statement sent as a document
    (".odt", read_office),
    (".pdf", read_pdf),  # press releases and situation reports: the text layer (no OCR)
    (".url", read_shortcut),  # a link saved instead of its page: refused, naming the page
    (".webloc", read_shortcut),
    (".desktop", read_shortcut),
)

#: Share of letters and whitespace above which an unknown file is taken as prose. Our
#: invented English paragraphs score ~0.95; CSV, code and logs fall well below 0.8.
PROSE_MIN_RATIO = 0.85

_SNIFF_BYTES = 4096


#: Readers that undo a gzip, bzip2 or xz compression of their file themselves (``compressed``):
#: ``export.json.gz`` or ``crawl.jsonl.bz2`` is read by the reader of its inner name's ending.
_DECOMPRESSING: tuple[Reader, ...] = (read_json, read_jsonl, read_html, read_text, read_feed, read_table, read_mail,
                                      read_mbox)


def _compressed_suffix(lowered: str) -> str | None:
    return next((suffix for suffix in SUFFIXES if lowered.endswith(suffix)), None)


def split_extension(name: str) -> tuple[str, str]:
    """``("report", ".warc.gz")`` for ``report.warc.gz``: the stem and the format's ending
    (``("export", ".json.bz2")`` for a compressed copy of another format)."""
    lowered = name.lower()
    for ending, _ in READERS:
        if lowered.endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)], name[-len(ending):]
    suffix = _compressed_suffix(lowered)
    if suffix and len(name) > len(suffix) + 1:
        inner, inner_ext = split_extension(name[: -len(suffix)])
        if inner_ext and inner:
            return inner, inner_ext + name[-len(suffix):]
    stem, dot, ext = name.rpartition(".")
    if dot and stem:
        return stem, "." + ext
    return name, ""


def _sniff(path: Path, ext: str) -> Reader:
    with path.open("rb") as f:
        head = f.read(_SNIFF_BYTES)
    label = ext or "(no extension)"
    if not head.strip():
        return read_text  # which rejects it as empty, with the usual reason
    packed = compression(head)
    if packed is not None:
        inner = decompress_head(head, _SNIFF_BYTES)
        if packed == "gzip" and inner.startswith((b"WARC/", b"filedesc://")):
            return read_warc
        if is_feed(inner) or inner.lstrip().startswith(b"<?xml"):  # a feed saved with its HTTP compression
            return read_feed
        if inner.strip() and sniff_binary(inner[:64]) is None:
            found = _by_content(inner, label)
            if found in _DECOMPRESSING:
                return found
        raise ReaderError(f"unsupported file type {label} (a {packed} archive"
                          f"{' of ' + _inner_kind(inner) if inner else ' that does not decompress'})")
    if head.startswith(b"%PDF-"):  # a report downloaded without its ending ("download", "file?id=7")
        return read_pdf
    kind = sniff_binary(head[:64])
    if kind is not None:
        raise ReaderError(f"unsupported file type {label} (looks like a {kind})")
    return _by_content(head, label)


def _marked_as_other(path: Path) -> Reader | None:
    """The reader of a ``.txt`` file whose first bytes say it is a feed, a whole HTML page or a WARC file (a feed or a
    page saved under the wrong name): its markup would otherwise be read as the article's words."""
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return None
    start = head.lstrip().lstrip(b"\xef\xbb\xbf")[:256].lower()
    if start.startswith((b"warc/", b"<!doctype html", b"<html")) or (start.startswith(b"<") and is_feed(head)):
        return _by_content(head, ".txt")
    return None


def _inner_kind(inner: bytes) -> str:
    kind = sniff_binary(inner[:64])
    if kind is not None:
        return f"a {kind}"
    if inner.startswith((b"WARC/", b"filedesc://")):
        return "a WARC file (only gzip-compressed WARC is read)"
    return "something that is not an article format"


def _by_content(head: bytes, label: str) -> Reader:
    """The reader for uncompressed bytes, from what they start with."""
    start = head.lstrip().lstrip(b"\xef\xbb\xbf")[:256].lower()
    if start.startswith((b"warc/", b"filedesc://")):
        return read_warc
    if start.startswith(b"<") and is_feed(head):
        return read_feed
    if start.startswith((b"<!doctype html", b"<html")):
        return read_html
    if start.startswith((b"{", b"[")):
        return read_json
    try:
        text = decode_bytes(head)
    except ReaderError as exc:
        raise ReaderError(f"unsupported file type {label} ({exc.reason})") from exc
    if looks_like_html(text):
        return read_html
    prose = sum(ch.isalpha() or ch.isspace() for ch in text) / max(len(text), 1)
    if prose >= PROSE_MIN_RATIO:
        return read_text
    raise ReaderError(f"unsupported file type {label}")


def select_reader(path: Path) -> Reader:
    """The reader for a file: by its extension, else by sniffing its first bytes (a ``.txt`` file's too, for a feed,
    page or WARC saved under that name).

    Raises:
        ReaderError: ``unsupported file type .xyz`` when nothing fits.
        OSError: the file cannot be opened for sniffing.
    """
    lowered = path.name.lower()
    if lowered.endswith(".txt") and (marked := _marked_as_other(path)) is not None:
        return marked
    for ending, reader in READERS:
        if lowered.endswith(ending):
            return reader
    suffix = _compressed_suffix(lowered)
    if suffix is not None:
        inner = lowered[: -len(suffix)]
        found = next((reader for ending, reader in READERS if inner.endswith(ending)), None)
        if found in _DECOMPRESSING:
            assert found is not None
            return found
    return _sniff(path, split_extension(path.name)[1].lower())


__all__ = ["READERS", "Doc", "Problem", "Reader", "ReaderError", "select_reader", "split_extension"]
