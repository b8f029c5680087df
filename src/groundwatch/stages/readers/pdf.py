"""PDF documents: press releases and situation reports as agencies publish them (``.pdf``).

The text layer is read with pypdf, page by page, in the order the page draws its text (a two-column
page drawn column by column reads column by column); no OCR is done, so a scanned PDF (images of
pages, no text) is rejected with that reason, as is an encrypted one that does not open with the
empty password (many PDFs are encrypted only to forbid printing or copying, and open with it).
The lines a page repeats at its top or bottom on other pages (the agency's name, the report's
number, "Page 2 of 5", a web address) and lone page numbers are a layout's running heads, not the
text, and are left out; a word hyphenated at a line's end (or a page's) is joined again. pypdf gives
lines, not paragraphs: wrapped lines are joined into paragraphs by their length against the page's
line width (a short line closing a sentence ends one), and headings and a list's items stand apart.
The title is the document's own (its properties' ``/Title``, unless a converter's file name such as
"Microsoft Word - sitrep.docx"), else its first paragraph when headline-sized; the date is the
properties' creation date, else their modification date (``D:YYYYMMDD...``); undated, the text's
own dateline is read later. A mail's PDF attachment is read from its bytes (``read_pdf_bytes``).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from groundwatch.stages.readers.metadata import MAX_FILE_BYTES, Doc, Problem, ReaderError, clean_str

#: Largest PDF opened. Reports carry maps and photographs (our invented ones are a few KB; agencies'
#: situation reports with maps run to tens of MB), and only the text layer is read, so the cap is
#: five times MAX_FILE_BYTES rather than MAX_FILE_BYTES itself.
MAX_PDF_BYTES = 5 * MAX_FILE_BYTES

#: Pages read at most: a long annex or a whole yearbook is not one news item; 200 pages keeps any
#: report or release whole.
MAX_PDF_PAGES = 200

#: Longest first paragraph taken as the title when the properties give none: a headline, not a
#: paragraph of prose (our invented headlines are under 60 characters; a news headline rarely passes 150).
TITLE_MAX_CHARS = 150

#: Lines at each end of a page where running heads are looked for (header: agency, report, date;
#: footer: page number, address). Three covers the two-line headers of our invented reports.
RUNNING_ZONE_LINES = 3

#: A line is a running head when it (digits aside) stands at the top or bottom of this share of the
#: pages, and of two pages at least: in our invented three-page report every running line is on all.
RUNNING_MIN_SHARE = 0.5

#: A page's number alone: "3", "- 3 -", "3/12", "Page 3 of 12", "Seite 3 von 12". A word and a number
#: alone ("Page 3", but also "Section 3") is left to the running heads' rule: its shape repeats.
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:\d{1,4}(?:\s*(?:/|[^\W\d]{1,4})\s*\d{1,4})?"
    r"|[^\W\d]{1,8}\.?\s*\d{1,4}\s*(?:/|[^\W\d]{1,4})\s*\d{1,4})[\W_]*$"
)

#: A title that is a converter's file name, not the document's: "Microsoft Word - sitrep_04.docx",
#: "untitled", "Document1".
_FILE_TITLE = re.compile(
    r"(?:\.(?:docx?|odt|rtf|pages|indd|pdf|xlsx?|pptx?)\s*$)|^(?:untitled|document\s*\d*)$", re.IGNORECASE
)

#: A line shorter than this share of its page's line width can end a paragraph; a wrapped line of
#: prose runs close to the width. Our invented pages' last lines of paragraphs are under half the width,
#: their wrapped lines over 0.85 of it, and their headings and datelines under 0.8.
PARAGRAPH_END_SHARE = 0.8

#: A line shorter than this share of its page's line width, capitalised and without a closing mark,
#: before a capital, is a heading of its own: our invented headings are under a third of the width.
HEADING_MAX_SHARE = 0.6

#: A list's item: a bullet, a dash or a star before its text (situation reports list their highlights).
_BULLET = re.compile(r"^[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2013\u2014*-]\s")

#: Bullets drawn in the Symbol or Wingdings font come out as private-use characters.
_SYMBOL_BULLETS = str.maketrans(dict.fromkeys(["\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc", "\uf06e"], "\u2022"))

_SENTENCE_END = re.compile(r"[.!?:][\"\u201d\u2019')\]]?$")

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def read_pdf(path: Path) -> Iterator[Doc | Problem]:
    """Read a PDF's text layer as one article.

    Raises:
        ReaderError: too large, not a PDF, damaged beyond reading, encrypted, or no text layer.
        OSError: the file cannot be read.
    """
    size = path.stat().st_size
    if size > MAX_PDF_BYTES:
        raise ReaderError(f"a PDF of {size} bytes, over MAX_PDF_BYTES ({MAX_PDF_BYTES}): not read")
    yield from read_pdf_bytes(path.read_bytes())


def read_pdf_bytes(data: bytes) -> Iterator[Doc | Problem]:
    """A PDF's article from its bytes (a file's, or a mail's attachment): as :func:`read_pdf`."""
    if b"%PDF-" not in data[:1024]:
        raise ReaderError(_not_a_pdf(data[:1024]))
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # pypdf logs a damaged file's repairs and guesses: its rejection says why
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield from _read(data)
    finally:
        pypdf_log.setLevel(level)


def _not_a_pdf(head: bytes) -> str:
    start = head.lstrip()[:64].lower()
    if not start:
        return "empty file: 0 bytes" if not head else "empty file: only whitespace"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in head.lower():
        return "named .pdf but a web page (a download that returned a page, such as an error, instead of the PDF)"
    return "named .pdf but not a PDF (no %PDF- header)"


def _read(data: bytes) -> Iterator[Doc | Problem]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError
    except ImportError as exc:  # an install from before pypdf joined requirements.lock
        raise ReaderError("a PDF, not read: the pypdf package is not installed (see requirements.lock)") from exc

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReaderError("an encrypted PDF that needs a password: not read")
        info = _info(reader)
        pages = reader.pages
        count = len(pages)
    except ReaderError:
        raise
    except DependencyError as exc:
        raise _needs_aes(exc) from exc
    except Exception as exc:  # a damaged file trips pypdf in many ways (PdfReadError and others)
        raise ReaderError(f"a damaged PDF: {_damage(data, exc)}") from exc
    texts: list[str] = []
    failed: list[int] = []
    for number in range(min(count, MAX_PDF_PAGES)):
        try:
            texts.append(pages[number].extract_text() or "")
        except DependencyError as exc:
            raise _needs_aes(exc) from exc
        except Exception:  # one damaged page (a broken stream, a bad font) leaves the others readable
            failed.append(number + 1)
            texts.append("")
    body = join_pages([page_lines(t) for t in texts])
    if not body.strip():
        if not count:
            raise ReaderError("a PDF without pages")
        if failed:
            raise ReaderError(
                f"a damaged PDF: {'its page' if count == 1 else f'none of its {count} pages'} could not be read"
            )
        pages_ = f"{count} page{'s' if count != 1 else ''}"
        if _images(pages, min(count, MAX_PDF_PAGES)):
            raise ReaderError(f"no text layer: a scanned PDF ({pages_} of images); OCR is not done")
        raise ReaderError(f"no text: its {pages_} hold{'s' if count == 1 else ''} neither text nor images")
    first = body.split("\n\n", 1)[0]
    title = info.get("title") or (clean_str(first) if len(first) <= TITLE_MAX_CHARS else None)
    yield Doc(body=body, format="pdf", title=title, published=info.get("published"))
    if failed:
        yield Problem(
            f"page{'s' if len(failed) > 1 else ''} {', '.join(map(str, failed))} of {count} could not "
            "be read (damaged); the other pages are read"
        )
    if count > MAX_PDF_PAGES:
        yield Problem(f"pages after {MAX_PDF_PAGES} of {count} not read (MAX_PDF_PAGES)")


def _needs_aes(exc: Exception) -> ReaderError:
    # AES (Acrobat's default since PDF 1.6) needs the cryptography package, which groundwatch does not
    # install; RC4, the older handler, pypdf decrypts by itself.
    return ReaderError(f"an encrypted PDF (AES) that pypdf cannot decrypt without the cryptography package: {exc}")


def _images(pages: Any, count: int) -> bool:
    """Whether any page draws an image (a scan's page), as far as its resources can be read."""
    for number in range(count):
        try:
            xobjects = pages[number].get("/Resources", {}).get_object().get("/XObject", {}).get_object()
            if any(xobjects[name].get_object().get("/Subtype") == "/Image" for name in xobjects):
                return True
        except Exception:  # a damaged page's resources: no image known there
            continue
    return False


def _damage(data: bytes, exc: Exception) -> str:
    if b"%%EOF" not in data[-1024:]:
        return "cut short (no end-of-file marker): a download or copy that stopped early"
    return f"{type(exc).__name__}: {exc}"


def _info(reader: Any) -> dict[str, Any]:
    """The title and the date in the document's properties, where they are the document's own."""
    meta = reader.metadata or {}
    out: dict[str, Any] = {}
    title = clean_str(str(meta.get("/Title") or "")) if isinstance(meta.get("/Title"), str) else None
    if title and not _FILE_TITLE.search(title):
        out["title"] = title
    for key in ("/CreationDate", "/ModDate"):
        found = pdf_date(meta.get(key))
        if found is not None:
            out["published"] = found
            break
    return out


def pdf_date(value: object) -> dt.date | None:
    """The day of a PDF date string (``D:20310612093000+02'00'``, ``D:20310613``), None when not one."""
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    try:
        return dt.date(year, month, day) if 1990 <= year <= 2100 else None
    except ValueError:
        return None


def page_lines(text: str) -> list[str]:
    """A page's text as its non-blank lines, spaces tidied, a symbol font's bullets made bullets."""
    return [line for raw in text.translate(_SYMBOL_BULLETS).splitlines() if (line := " ".join(raw.split()))]


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def running_lines(pages: list[list[str]]) -> set[str]:
    """The shapes (digits aside) of the lines that stand at the top or bottom of enough pages."""
    seen: Counter[str] = Counter()
    for lines in pages:
        zone = lines[:RUNNING_ZONE_LINES] + lines[-RUNNING_ZONE_LINES:]
        seen.update({_shape(line) for line in zone})
    need = max(2, RUNNING_MIN_SHARE * len([p for p in pages if p]))
    return {shape for shape, n in seen.items() if n >= need}


def _body_lines(lines: list[str], running: set[str]) -> list[str]:
    """A page's lines without its running heads (looked for at its two ends) and its number (its first
    or last line: "Section 3" further in is a heading)."""
    top = RUNNING_ZONE_LINES
    bottom = max(len(lines) - RUNNING_ZONE_LINES, top)
    kept = [line for at, line in enumerate(lines) if not ((at < top or at >= bottom) and _shape(line) in running)]
    if kept and _PAGE_NUMBER.match(kept[-1]):
        kept.pop()
    if kept and _PAGE_NUMBER.match(kept[0]):
        kept.pop(0)
    return kept


def join_pages(pages: list[list[str]]) -> str:
    """The pages' body lines as paragraphs (blank lines between), running heads left out, wrapped
    lines joined, hyphenated words whole again (over a page's end too)."""
    running = running_lines(pages)
    lines: list[tuple[str, float]] = []  # (line, its page's line width)
    for page in pages:
        body = _body_lines(page, running)
        width = _width(body) if len(body) >= 4 else None
        lines.extend((line, width or 0.0) for line in body)
    fallback = _width([line for line, _ in lines])
    paragraphs: list[list[str]] = [[]]
    for at, (line, width) in enumerate(lines):
        width = width or fallback
        following = lines[at + 1][0] if at + 1 < len(lines) else ""
        if paragraphs[-1] and (_heading(line, following, width) or _BULLET.match(line)):
            paragraphs.append([])  # a heading or a list's item starts anew, whatever the line before ends with
        current = paragraphs[-1]
        if current and current[-1].endswith("-") and current[-1][-2:-1].isalpha() and line[:1].isalnum():
            # "humani-" + "tarian"; a compound's own hyphen stays before a capital or digit ("Franco-German")
            current[-1] = (current[-1][:-1] if line[:1].islower() else current[-1]) + line
        else:
            current.append(line)
        if _ends_paragraph(current[-1], following, width):
            paragraphs.append([])
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def _width(lines: list[str]) -> float:
    """A page's line width in characters: the length most of its lines reach (its 80th percentile)."""
    lengths = sorted(len(line) for line in lines)
    return float(lengths[round(0.8 * (len(lengths) - 1))]) if lengths else 0.0


def _ends_paragraph(line: str, following: str, width: float) -> bool:
    """Whether a paragraph ends with ``line``: a short line that closes a sentence, or a short line
    without a closing mark before a capital (a heading, a title, a dateline); a wrapped line of
    prose runs close to the page's width."""
    if not following:
        return True
    short = len(line) < PARAGRAPH_END_SHARE * width
    if not short or line.endswith("-"):
        return False
    return bool(_SENTENCE_END.search(line)) or (not line.endswith((",", ";")) and following[:1].isupper())


def _heading(line: str, following: str, width: float) -> bool:
    """A section's heading ("Highlights", "Situation overview"): much shorter than the page's lines,
    capitalised, closing no sentence, and followed by a capital."""
    return (
        len(line) < HEADING_MAX_SHARE * width
        and line[:1].isupper()
        and (following[:1].isupper() or bool(_BULLET.match(following)))
        and not _SENTENCE_END.search(line)
        and not line.endswith((",", ";", "-"))
    )
