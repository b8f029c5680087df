"""Word-processor documents: press releases and statements sent as ``.docx`` or ``.odt``.

Both are ZIP packages of XML (read with the standard library's ``zipfile`` and ElementTree): a
``.docx`` keeps its text in ``word/document.xml`` (``w:p`` paragraphs of ``w:t`` runs; text a
reviewer deleted with changes tracked sits in ``w:delText`` and is not read), an ``.odt`` in
``content.xml`` (``text:p`` and ``text:h``). The body is the paragraphs in order, tables' cells
included, one paragraph each; the title is the document's own (``dc:title``), else its first
paragraph styled as a title or heading. Headers, footers, comments and footnotes are other parts
and are not read; nor is the package's creation date, which a template carries from whenever it
was made. A part that declares a DTD or entities, which word processors never write, is refused unread.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.metadata import Doc, ReaderError, clean_str, normalise_language

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
#: Paragraph styles that mark a title: Word's built-in "Title" and "Heading 1" by their style ids
#: (German Word's "Überschrift 1" is "berschrift1", French Word's "Titre 1" is "Titre1"), and
#: LibreOffice's "Title".
_TITLE_STYLES = re.compile(r"^(?:title|heading\s?1|berschrift1|titre1?)$", re.IGNORECASE)


def _member(package: zipfile.ZipFile, name: str) -> bytes | None:
    """A member's bytes (None when missing), refusing one that inflates past ``MAX_FILE_BYTES``."""
    cap = metadata.MAX_FILE_BYTES
    try:
        info = package.getinfo(name)
    except KeyError:
        return None
    with package.open(info) as f:  # the size the directory states may lie: the read is capped too
        data = f.read(cap + 1) if info.file_size <= cap else b""
    if info.file_size > cap or len(data) > cap:
        raise ReaderError(f"{name} inflates to more than {cap} bytes (MAX_FILE_BYTES): not read")
    return data


def _xml(data: bytes, name: str) -> ElementTree.Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise ReaderError(f"{name} declares a DTD or entities, which word processors never write: not read")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise ReaderError(f"{name} is not well-formed XML: {exc}") from exc


def read_office(path: Path) -> Iterator[Doc]:
    """Read a ``.docx`` or ``.odt`` file as one article.

    Raises:
        ReaderError: not a ZIP package, a package without its document part, damaged XML, or no text.
        OSError: the file cannot be read.
    """
    odt = path.name.lower().endswith(".odt")
    part = "content.xml" if odt else "word/document.xml"
    with path.open("rb") as f:
        if f.read(6) == b"{\\rtf1":  # Word's "save as" in Rich Text, named as the document it came from
            raise ReaderError(f"a Rich Text (RTF) file named {path.suffix}: RTF is not read")
    try:
        with zipfile.ZipFile(path) as package:
            document = _member(package, part)
            meta = _member(package, "meta.xml" if odt else "docProps/core.xml")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise ReaderError(f"not a readable {'OpenDocument' if odt else 'Word'} package: {exc}") from exc
    if document is None:
        raise ReaderError(f"a ZIP package without {part}: not a {'OpenDocument text' if odt else 'Word document'}")
    paragraphs = _odt_paragraphs(_xml(document, part)) if odt else _docx_paragraphs(_xml(document, part))
    body = "\n\n".join(text for text, _ in paragraphs if text)
    if not body:
        raise ReaderError(f"no text: the document's paragraphs ({part}) are empty")
    own = _xml(meta, "the package's properties") if meta is not None else None
    title = clean_str(own.findtext(f".//{_DC}title")) if own is not None else None
    heading = next((text for text, titled in paragraphs if titled and text), None)
    language = normalise_language(own.findtext(f".//{_DC}language")) if own is not None else None
    yield Doc(body=body, format="docx" if not odt else "odt", title=title or heading, language=language)


def _docx_paragraphs(root: ElementTree.Element) -> list[tuple[str, bool]]:
    """Each ``w:p``'s text (its runs' ``w:t``, tabs and breaks) and whether it is styled as a title."""
    out = []
    for p in root.iter(f"{_W}p"):
        pieces = []
        for node in p.iter():
            if node.tag == f"{_W}t":
                pieces.append(node.text or "")
            elif node.tag == f"{_W}tab":
                pieces.append(" ")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        style = p.find(f"{_W}pPr/{_W}pStyle")
        name = style.get(f"{_W}val", "") if style is not None else ""
        out.append((_tidy("".join(pieces)), bool(_TITLE_STYLES.match(name))))
    return out


def _odt_paragraphs(root: ElementTree.Element) -> list[tuple[str, bool]]:
    """Each ``text:p`` and ``text:h`` in order, and whether it is a title or a level-1 heading."""
    out = []
    for node in _odt_blocks(root):
        text = "".join(_odt_text(node))
        style = node.get(f"{_TEXT}style-name", "")
        titled = (node.tag == f"{_TEXT}h" and node.get(f"{_TEXT}outline-level", "1") == "1") or bool(
            _TITLE_STYLES.match(style))
        out.append((_tidy(text), titled))
    return out


def _odt_blocks(node: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The ``text:p`` and ``text:h`` elements in document order, not those inside a footnote."""
    for child in node:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            yield child
        elif child.tag != f"{_TEXT}note":
            yield from _odt_blocks(child)


def _odt_text(node: ElementTree.Element) -> Iterator[str]:
    """The text of an ODT paragraph: its spans, ``text:s`` spaces, tabs and line breaks; notes left out."""
    yield node.text or ""
    for child in node:
        if child.tag == f"{_TEXT}note":
            pass  # a footnote's text belongs to the notes, not to the paragraph
        elif child.tag == f"{_TEXT}s":
            count = child.get(f"{_TEXT}c", "1")
            yield " " * (min(int(count), 80) if count.isdigit() else 1)
        elif child.tag == f"{_TEXT}tab":
            yield " "
        elif child.tag == f"{_TEXT}line-break":
            yield "\n"
        else:
            yield from _odt_text(child)
        yield child.tail or ""


def _tidy(text: str) -> str:
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")).strip()
