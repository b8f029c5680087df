"""The word-processor reader on invented packages: titles, missing parts, oversized parts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from groundwatch.stages.readers import ReaderError, metadata, select_reader
from groundwatch.stages.readers.office import read_office

TEXT = "The Dunmere lifeboat was called out twice on Sunday as the gale reached the outer harbour."
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(tmp_path: Path, paragraphs: list[tuple[str, str | None]], title: str | None = None) -> Path:
    def styled(style: str | None) -> str:
        return f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""

    body = "".join(f"<w:p>{styled(style)}<w:r><w:t>{text}</w:t></w:r></w:p>" for text, style in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        if title is not None:
            package.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="urn:x" xmlns:dc="http://purl.org/dc/'
                                                  f'elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>')
    path = tmp_path / "release.docx"
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize(("paragraphs", "title", "expected"), [
    ([("Lifeboat out twice", "Heading1"), (TEXT, None)], None, "Lifeboat out twice"),
    ([("Rettungsboot zweimal im Einsatz", "berschrift1"), (TEXT, None)], None, "Rettungsboot zweimal im Einsatz"),
    ([("Lifeboat out twice", "Title"), (TEXT, None)], "Gale: lifeboat statement", "Gale: lifeboat statement"),
    ([("FOR IMMEDIATE RELEASE", None), (TEXT, None)], None, None),  # no styled heading: no title guessed
])
def test_the_title_is_the_documents_own_else_its_heading(tmp_path: Path, paragraphs: list[tuple[str, str | None]],
                                                        title: str | None, expected: str | None) -> None:
    path = _docx(tmp_path, paragraphs, title)
    assert select_reader(path) is read_office
    (doc,) = read_office(path)
    assert doc.title == expected and doc.body.endswith(TEXT)


def test_a_package_without_its_document_or_too_big_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "figures.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")  # a spreadsheet renamed
    with pytest.raises(ReaderError, match=r"^a ZIP package without word/document\.xml: not a Word document$"):
        list(read_office(path))
    big = _docx(tmp_path, [(TEXT, None)] * 20)
    monkeypatch.setattr(metadata, "MAX_FILE_BYTES", 500)
    with pytest.raises(ReaderError, match=r"^word/document\.xml inflates to more than 500 bytes"):
        list(read_office(big))
