"""E-mail: newsletters and press releases as mail clients save them (``.eml``, ``.emlx``, ``.mbox``).

A saved message (``.eml``; Apple Mail's ``.emlx``, whose first line counts the message's bytes and
whose end is a property list) is one article; a mailbox (``.mbox``: messages one after another,
each opened by a ``From `` line) gives one article per message, ``n`` counted from 1. A message's
text is its HTML part, read as an HTML page (a newsletter's layout tables and footer left out by
trafilatura), else its plain-text part; attachments are not read, but for a PDF sent without a text
part or under a short cover note ("please find attached our statement"), which is the release itself:
its text is the article (``pdf.read_pdf_bytes``), titled by itself, else by the mail. ``title`` is the ``Subject``
(without ``Fwd:``/``Re:`` prefixes), ``outlet`` the sender's name (else its mail domain), and
``published`` the day of the ``Date`` header as written.

A message with no text part (only attachments) or with an empty one becomes a :class:`Problem`,
as does one without any of the usual mail headers; an ``.eml`` that does not open with a header
line is prose saved under a mail name and is read as a text file.
"""

from __future__ import annotations

import email
import email.errors
import re
from collections.abc import Iterator
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr
from pathlib import Path

from groundwatch.stages.readers.compressed import read_decompressed
from groundwatch.stages.readers.html import decode_html, html_fragment_text
from groundwatch.stages.readers.metadata import (
    Doc,
    Problem,
    ReaderError,
    clean_str,
    normalise_language,
    normalise_newlines,
    parse_date,
)
from groundwatch.stages.readers.text import decode_bytes, read_text

#: A mailbox's separator line: "From " then the envelope sender and a date ending in a year; a body line
#: that starts "From " (unescaped by an old writer) rarely ends in a year.
_MBOX_FROM = re.compile(rb"^From \S+ .*\b\d{4}\r?$", re.MULTILINE)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)
#: A newsletter lays its page out in tables (mail clients ignore CSS layout); read as data tables they
#: would fold each story into one "| cell |" row, so their tags are read as plain blocks.
_LAYOUT_TAG = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th|center)\b[^>]*>", re.IGNORECASE)
#: Headers one of which every message has; a file with none of them is not a saved message.
_MAIL_HEADERS = ("from", "subject", "date", "message-id", "to", "received", "mime-version")
_FIELD = re.compile(rb"^[\x21-\x39\x3b-\x7e]+:")  # a header line: a name without spaces, a colon
#: A text part this short beside a PDF attachment is a cover note ("please find attached our press
#: release ..."), and the PDF is the message's text: our invented notes run under 200 characters, a
#: newsletter or a release written into the mail well over 400.
COVER_NOTE_MAX_CHARS = 400
_KNOWN_FIELD = re.compile(rb"(?im)^(?:" + b"|".join(h.encode() for h in _MAIL_HEADERS) + rb"):")


def _is_message(data: bytes) -> bool:
    """Whether ``data`` opens with a mail header block that names one of the usual headers (prose that
    opens "Update: ..." does not)."""
    head = data.lstrip(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    return bool(_FIELD.match(head)) and _KNOWN_FIELD.search(head) is not None


def read_mail(path: Path) -> Iterator[Doc | Problem]:
    """Read an ``.eml`` or ``.emlx`` file (optionally compressed) as one article.

    Raises:
        ReaderError: empty, or a message without text or without mail headers.
        OSError: the file cannot be read.
    """
    data = read_decompressed(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    if path.name.lower().endswith(".emlx"):
        data = _emlx_message(data)
    if not _is_message(data):  # prose saved under a mail name: read as text
        yield from read_text(path)
        return
    found = message_doc(data, None)
    if isinstance(found, Problem):
        raise ReaderError(found.reason)
    yield found


def read_mbox(path: Path) -> Iterator[Doc | Problem]:
    """Read an ``.mbox`` mailbox (optionally compressed): one article per message.

    Raises:
        ReaderError: empty, or no ``From `` separator line (not a mailbox).
        OSError: the file cannot be read.
    """
    data = read_decompressed(path)
    if not data.strip():
        raise ReaderError("empty file: no text" if not data else "empty file: only whitespace")
    starts = [m.start() for m in _MBOX_FROM.finditer(data)]
    if not starts:
        raise ReaderError("not a mailbox: no 'From ' line opens a message")
    for n, (start, end) in enumerate(zip(starts, [*starts[1:], len(data)], strict=True), start=1):
        message = data[data.index(b"\n", start) + 1 if b"\n" in data[start:end] else end: end]
        yield message_doc(re.sub(rb"(?m)^>(>*From )", rb"\1", message), n)  # mboxrd's escaped "From " lines


def _emlx_message(data: bytes) -> bytes:
    """The message inside Apple Mail's ``.emlx``: the first line counts its bytes."""
    count, newline, rest = data.partition(b"\n")
    if not newline or not count.strip().isdigit():
        return data
    return rest[: int(count.strip())]


def message_doc(data: bytes, n: int | None) -> Doc | Problem:
    """One message's article, or the Problem that says why it has none."""
    where = f"message {n}: " if n is not None else ""
    message = email.message_from_bytes(data)  # the lenient compat32 policy: headers stay raw until asked for
    if not any(message.get(h) for h in _MAIL_HEADERS):
        return Problem(f"{where}not a mail message: none of the headers {', '.join(_MAIL_HEADERS)}", n)
    part = _text_part(message, "text/html") or _text_part(message, "text/plain")
    cover = _part_text(part) if part is not None else ""
    attached = _pdf_attachment(message) if len(cover.strip()) <= COVER_NOTE_MAX_CHARS else None
    if attached is not None:
        found = _attached_pdf(message, attached, n)
        if isinstance(found, Doc) or part is None:
            return found
    if part is None:
        kinds = sorted({p.get_content_type() for p in message.walk() if not p.is_multipart()})
        return Problem(f"{where}no text part in the message (parts: {', '.join(kinds) or 'none'})", n)
    body = cover
    if not body.strip():
        return Problem(f"{where}the message's {part.get_content_type()} part is empty", n)
    return Doc(body=body, format="email", n=n, title=clean_str(_REPLY_PREFIX.sub("", _header(message, "Subject"))),
               outlet=_sender(message), published=parse_date(_header(message, "Date")), language=_language(message))


def _pdf_attachment(message: Message) -> tuple[str, bytes] | None:
    """The first PDF the message carries (by its type, or its name under a generic type), and its name."""
    for part in message.walk():
        name = part.get_filename() or ""
        kind = part.get_content_type()
        if kind == "application/pdf" or (kind == "application/octet-stream" and name.lower().endswith(".pdf")):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                return name or "(unnamed)", payload
    return None


def _attached_pdf(message: Message, attached: tuple[str, bytes], n: int | None) -> Doc | Problem:
    """The article of a message whose text is its PDF attachment; the Problem when the PDF has none."""
    from groundwatch.stages.readers.pdf import read_pdf_bytes

    name, data = attached
    try:
        doc = next((d for d in read_pdf_bytes(data) if isinstance(d, Doc)), None)
    except ReaderError as exc:
        kinds = sorted({p.get_content_type() for p in message.walk() if not p.is_multipart()})
        where = f"message {n}: " if n is not None else ""
        return Problem(f"{where}no text part in the message (parts: {', '.join(kinds)}); its PDF attachment "
                       f"{name}: {exc.reason}", n)
    assert doc is not None  # read_pdf_bytes gives its Doc first or raises
    subject = clean_str(_REPLY_PREFIX.sub("", _header(message, "Subject")))
    return Doc(body=doc.body, format="email", n=n, title=doc.title or subject, outlet=_sender(message),
               published=parse_date(_header(message, "Date")) or doc.published, language=_language(message))


def _sender(message: Message) -> str | None:
    """The sender's name, else its mail domain."""
    name, address = parseaddr(_header(message, "From"))
    domain = address.rpartition("@")[2] if "@" in address else ""
    return clean_str(name) or clean_str(domain)


def _header(message: Message, name: str) -> str:
    """A header's text, its encoded words (``=?utf-8?q?...?=``) decoded; the raw text where they are broken."""
    raw = message.get(name)
    if raw is None:
        return ""
    try:
        return str(make_header(decode_header(str(raw))))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return str(raw)


def _text_part(message: Message, kind: str) -> Message | None:
    """The first part of type ``kind`` that is not an attachment."""
    for part in message.walk():
        if part.get_content_type() == kind and not part.is_multipart():
            disposition = part.get_content_disposition()
            if disposition != "attachment":
                return part
    return None


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return ""
    if part.get_content_type() == "text/html":
        page = _LAYOUT_TAG.sub(lambda m: f"<{m.group(1)}div>", decode_html(payload, part.get_content_charset()))
        return html_fragment_text(page)
    charset = part.get_content_charset()
    try:
        text = payload.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):  # an unknown or wrong charset: decoded as text files are
        try:
            text = decode_bytes(payload)
        except ReaderError:
            return ""
    return normalise_newlines(text).strip()


def _language(message: Message) -> str | None:
    value = _header(message, "Content-Language")
    return normalise_language(value.split(",")[0]) if value else None

