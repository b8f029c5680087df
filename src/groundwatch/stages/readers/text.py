"""Plain-text reader and the byte-decoding rules every reader shares.

Decoding order (stop at the first that fits):

1. a byte-order mark: UTF-8, UTF-16 LE/BE or UTF-32 LE/BE;
2. strict UTF-8 (most files today, and a wrong guess is practically impossible);
3. UTF-16 without a BOM when every other byte is NUL;
4. Windows-1252 when it decodes and charset-normalizer's mess detector finds it clean:
   for English news it is by far the most common legacy encoding, and on short texts
   charset-normalizer alone may pick a different code page that decodes the same bytes
   into Cyrillic;
5. charset-normalizer's best guess when its "chaos" is low.

Anything else is rejected with a reason rather than decoded into garbage, and so is a
decoded text with many control or replacement characters (a binary file in disguise).

A file that names its own encoding (an XML declaration, an HTTP charset) goes through
:func:`decode_declared` first, which reads the label the way browsers and feed readers do.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from groundwatch.stages.readers.compressed import read_decompressed
from groundwatch.stages.readers.metadata import (
    Doc,
    Problem,
    ReaderError,
    normalise_language,
    normalise_newlines,
    parse_date,
    read_capped,
    sniff_binary,
)

#: Highest charset-normalizer "chaos" (mess ratio, 0..1) accepted for a detected encoding.
#: Right decodings of our invented samples score 0.0; Cyrillic or Greek text forced through
#: Windows-1252 scores > 1.0; charset-normalizer's own default cut-off is 0.2.
MAX_CHAOS = 0.2

#: charset-normalizer mess ratio of a text decoded as its declared legacy code page above which
#: detection is tried too (and wins when it decodes with less mess). Chosen on invented feeds:
#: six right decodings (French, Polish, Turkish, Russian, English with curly quotes) score 0.0;
#: cp1251 bytes declared latin-1 score 1.21 and KOI8-R bytes declared windows-1251 0.17.
DECLARED_MESS_RECHECK = 0.1

#: Largest share of control (other than tab/newline/CR/FF) and U+FFFD characters in decoded
#: text. Real prose has none; 1% tolerates a stray byte in a long article but not a binary.
MAX_BAD_CHAR_RATIO = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A line that is nothing but a web address: a crawler's URL list, not prose
_LINK_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)

# YAML front matter: a "---" line, key: value lines (lists and comments allowed), a closing "---" line
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.{0,4000}?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")
_FM_URL = ("url", "link", "canonical_url", "source", "permalink")
_FM_OUTLET = ("sitename", "site", "site_name", "publisher", "source")

# A wire transmission's message: SOH, the header of codes (slug, date, word count), STX, the story, ETX
_WIRE_MESSAGE = re.compile(rb"\x01[^\x02\x03]*\x02(.*?)\x03", re.DOTALL)

# C0/C1 controls other than tab, newline, vertical tab, form feed and CR; plus U+FFFD.
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
# The Ctrl-Z that DOS-era editors and some wire systems close a text file with: an end mark, not text
_DOS_EOF = re.compile(r"\x1a+\s*\Z")


def _without_dos_eof(text: str) -> str:
    return _DOS_EOF.sub("", text)


def _bad_char_ratio(text: str) -> float:
    text = _without_dos_eof(text)
    if not text:
        return 0.0
    return len(_BAD_CHARS.findall(text)) / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nul = head[0::2].count(0) / len(head[0::2])
    odd_nul = head[1::2].count(0) / len(head[1::2])
    # ASCII-heavy UTF-16 has a NUL in nearly every high byte and almost none in the low byte.
    for ratio, other, encoding in ((odd_nul, even_nul, "utf-16-le"), (even_nul, odd_nul, "utf-16-be")):
        if ratio > 0.9 and other < 0.1:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _western(data: bytes) -> str | None:
    from charset_normalizer.md import mess_ratio

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if mess_ratio(text, MAX_CHAOS) < MAX_CHAOS else None


def _detect(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ReaderError(f"undecodable text: starts with a {encoding} byte-order mark "
                                  f"but is not valid {encoding} ({exc.reason})") from exc
    if b"\x00" in data:  # no text encoding but UTF-16/32 has NULs; those come with a BOM or are sniffed
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
        raise ReaderError("binary content: contains NUL bytes and is not UTF-16/32 text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _western(data)
    if text is not None:
        return text, "cp1252"
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReaderError("undecodable text: no text encoding fits these bytes")
    if best.chaos > MAX_CHAOS:
        raise ReaderError(f"undecodable text: encoding not detected with confidence "
                          f"(best guess {best.encoding}, mess ratio {best.chaos:.2f})")
    return str(best), best.encoding


# Labels that writers use for the superset their software really emits (WHATWG Encoding
# Standard, as browsers and feedparser read them): Latin-1 pages carry curly quotes from
# Windows-1252, "gb2312" feeds carry GBK characters, "big5" carries HKSCS.
_SUPERSETS = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
}
# Labels Python does not know, by their WHATWG meaning.
_ALIASES = {
    "windows-874": "cp874", "x-sjis": "cp932", "x-gbk": "gb18030", "x-euc-jp": "euc_jp", "x-mac-roman": "mac_roman",
}
_UNICODE = ("utf-8", "utf-16", "utf-32")


def _codec(label: str) -> str | None:
    lowered = label.strip().lower()
    try:
        return codecs.lookup(_ALIASES.get(lowered, lowered)).name
    except LookupError:
        return None


def decode_declared(data: bytes, declared: str | None) -> str:
    """Decode bytes that name their own encoding, trusting the name only as far as it fits.

    Order: a byte-order mark; then :func:`decode_as_declared`; then :func:`decode_bytes`'s
    detection.

    Args:
        data: the raw bytes.
        declared: the encoding label the document gives, if any.

    Returns:
        The text with Unix newlines, without BOM and surrounding blank space.

    Raises:
        ReaderError: as :func:`decode_bytes` when nothing declared fits.
    """
    if has_bom(data):
        return decode_bytes(data)
    text = decode_as_declared(data, declared)
    return text if text is not None else decode_bytes(data)


def has_bom(data: bytes) -> bool:
    """True when ``data`` starts with a Unicode byte-order mark (or NULs of BOM-less UTF-16/32)."""
    return data.startswith(tuple(bom for bom, _ in _BOMS)) or b"\x00" in data[:4]


def decode_as_declared(data: bytes, declared: str | None) -> str | None:
    """The text as its declared encoding means it, or None when the label is unknown or nothing fits.

    Strict UTF-8 comes first when a legacy encoding is declared but the bytes are valid
    UTF-8 with non-ASCII characters (a converted file whose declaration was left behind:
    legacy text is practically never valid UTF-8 by chance); then the declared encoding read
    as its superset, then as itself; a legacy decoding that reads as mojibake gives way to
    detection when that reads cleaner.
    """
    codec = _codec(declared) if declared else None
    if codec is None:
        return None
    candidates = [codec]
    if not codec.startswith(_UNICODE):
        if not data.isascii():
            candidates.insert(0, "utf-8")
        if codec in _SUPERSETS:
            candidates.insert(len(candidates) - 1, _SUPERSETS[codec])
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, UnicodeError):
            continue
        if _bad_char_ratio(text) <= MAX_BAD_CHAR_RATIO:
            return normalise_newlines(_without_dos_eof(_less_mess(data, text) if candidate != "utf-8" else text))
    return None


_MARKUP = re.compile(r"<[^>]*>")
#: Characters of a decoded text the mess check reads (it is slow on long texts).
_MESS_SAMPLE = 20000


def _less_mess(data: bytes, declared: str) -> str:
    """The declared decoding, unless it reads as mojibake and detection reads cleaner."""
    from charset_normalizer.md import mess_ratio

    own = mess_ratio(_MARKUP.sub(" ", declared)[:_MESS_SAMPLE], 1.0)  # markup would dilute the mess
    if own <= DECLARED_MESS_RECHECK:
        return declared
    try:
        detected = decode_bytes(data)
    except ReaderError:
        return declared
    return detected if mess_ratio(_MARKUP.sub(" ", detected)[:_MESS_SAMPLE], 1.0) < own else declared


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes to text, or refuse with a specific reason.

    Args:
        data: the raw bytes.

    Returns:
        The text with Unix newlines, without BOM and surrounding blank space (may be empty).

    Raises:
        ReaderError: binary content, an encoding that cannot be detected with confidence,
            or text full of control/replacement characters.
    """
    kind = sniff_binary(data[:64])
    if kind is not None:
        raise ReaderError(f"binary file: looks like a {kind}, not text")
    text, encoding = _detect(data)
    ratio = _bad_char_ratio(text)
    if ratio > MAX_BAD_CHAR_RATIO:
        raise ReaderError(f"binary or corrupt text: {ratio:.0%} control or replacement characters "
                          f"after decoding as {encoding}")
    return normalise_newlines(_without_dos_eof(text))


def text_body(text: str, what: str = "file") -> str:
    """``text`` if it holds any non-blank character, else a ReaderError naming ``what``."""
    if not text.strip():
        raise ReaderError(f"empty {what}: no text")
    return text


def _wire_messages(data: bytes) -> Iterator[Doc | Problem]:
    """The stories of a news agency's transmission (ANPA 1312 / IPTC 7901 framing), one per message."""
    messages = _WIRE_MESSAGE.findall(data)
    for n, body in enumerate(messages, start=1):
        number = n if len(messages) > 1 else None
        try:
            text = decode_bytes(body)
        except ReaderError as exc:
            yield Problem(f"message {n}: {exc.reason}", number)
            continue
        if text.strip():
            yield Doc(body=text, format="txt", n=number)
        else:
            yield Problem(f"message {n}: empty text", number)


def read_text(path: Path) -> Iterator[Doc | Problem]:
    """Read a ``.txt`` file as one document with no metadata of its own; a wire service's
    transmission (each story framed by SOH, header, STX, text, ETX) gives its stories' texts,
    without the framing and the header line of codes; a tab-separated table of articles (a
    spreadsheet's text export) gives its rows, as a ``.tsv`` file does.

    Raises:
        ReaderError: see :func:`decode_bytes`, plus empty or whitespace-only files.
        OSError: the file cannot be read.
    """
    data = read_decompressed(path)
    if not data:
        raise ReaderError("empty file: 0 bytes")
    if data.lstrip(b"\x16\r\n").startswith(b"\x01") and _WIRE_MESSAGE.search(data):
        yield from _wire_messages(data)
        return
    text = decode_bytes(data)
    if not text:
        raise ReaderError("empty file: only whitespace")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if all(_LINK_LINE.match(line) for line in lines):
        raise ReaderError(f"a list of {len(lines)} link(s), no article text (fetch the pages and read them as HTML)")
    from groundwatch.stages.readers.tables import is_tab_table, table_docs  # tables decodes with this module

    if is_tab_table(text):  # a spreadsheet's "Unicode text" export: a table of articles named .txt
        yield from table_docs(text, "\t")
        return
    meta, body = front_matter(text)
    if not meta:
        yield Doc(body=text, format="txt")
        return
    yield Doc(body=text_body(body, "text after its front matter"), format="txt", title=_meta(meta, "title"),
              url=next((v for v in map(meta.get, _FM_URL) if v and _LINK_LINE.match(v)), None),
              outlet=next((v for v in map(meta.get, _FM_OUTLET) if v and not _LINK_LINE.match(v)), None),
              language=normalise_language(_meta(meta, "lang", "language")),
              published=parse_date(_meta(meta, "date", "published", "pubdate", "date_published")))


def _meta(meta: dict[str, str], *keys: str) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A YAML front matter block (``---`` lines around ``key: value`` lines, as web clippers, static
    site generators and trafilatura's Markdown write) as lower-cased keys, and the text after it;
    ``({}, text)`` when the text does not open with one."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text
    meta: dict[str, str] = {}
    for line in found.group(1).split("\n"):
        pair = _FM_LINE.match(line)
        if pair:
            meta[pair[1].lower()] = pair[2].strip().strip("\"'").strip()
        elif line.strip() and not line.startswith((" ", "\t", "-", "#")):  # not a list item or comment: no YAML
            return {}, text
    return meta, text[found.end():]


_SHORTCUT_URL = re.compile(r"^\s*URL\s*=\s*(\S+)\s*$", re.MULTILINE | re.IGNORECASE)


def read_shortcut(path: Path) -> Iterator[Doc | Problem]:
    """Refuse a link shortcut (Windows ``.url``, a Linux desktop's ``.desktop`` link, macOS ``.webloc``)
    saved into a folder of articles instead of the page, naming the page it points to.

    Raises:
        ReaderError: always: a shortcut holds an address, not an article.
        OSError: the file cannot be read.
    """
    import plistlib

    data = read_capped(path, 65536)
    url: object = None
    if path.name.lower().endswith(".webloc"):
        try:
            found = plistlib.loads(data)
        except Exception:  # plistlib raises assorted errors on damage; the shortcut then names no page
            found = None
        url = found.get("URL") if isinstance(found, dict) else None
    else:
        match = _SHORTCUT_URL.search(data.decode("utf-8", errors="replace"))
        url = match.group(1) if match else None
    if isinstance(url, str) and url.strip():
        raise ReaderError(f"a link shortcut to {url.strip()[:300]}, no article text "
                          "(fetch the page and read it as HTML)")
    raise ReaderError("a link shortcut that names no address, no article text")
    yield  # a generator, as every reader is
