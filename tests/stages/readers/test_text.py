"""Plain-text reader: encodings, binary and empty files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from groundwatch.stages.readers.metadata import Doc, ReaderError
from groundwatch.stages.readers.text import decode_bytes, decode_declared, read_text

ENGLISH = "The mayor of Tessel said the “temporary” shelters near the café in Marrowgate would stay open.\n"
FRENCH = "Le préfet a déclaré que la situation à Marrowgate était très grave après la crue.\n"
RUSSIAN = "Власти Велории сообщили, что наводнение в Марроугейте разрушило сорок домов у реки.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(ENGLISH.encode("utf-8"), ENGLISH.strip(), id="utf8"),
        pytest.param(codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), ENGLISH.strip(), id="utf8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), ENGLISH.strip(), id="utf16le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH.strip(), id="utf16be-bom"),
        pytest.param(ENGLISH.encode("utf-16-le"), ENGLISH.strip(), id="utf16le-no-bom"),
        pytest.param(ENGLISH.encode("cp1252"), ENGLISH.strip(), id="cp1252-curly-quotes"),
        pytest.param("Café “open”.".encode("cp1252"), "Café “open”.", id="cp1252-short"),
        pytest.param(FRENCH.encode("latin-1"), FRENCH.strip(), id="latin1"),
        pytest.param(RUSSIAN.encode("cp1251"), RUSSIAN.strip(), id="cp1251"),
        pytest.param(b"line one\r\nline two\rline three", "line one\nline two\nline three", id="newlines"),
        # a DOS end-of-file Ctrl-Z closing a short file (over 1% of its characters) is no part of the text
        pytest.param(b"Ferry back at Brackley.\r\n\x1a", "Ferry back at Brackley.", id="dos-eof"),
        pytest.param("Caf\u00e9 back at Brackley.\x1a\x1a\r\n".encode("cp1252"), "Caf\u00e9 back at Brackley.",
                     id="dos-eof-cp1252"),
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, r"binary file: looks like a PNG image", id="png"),
        pytest.param(b"Tessel\x00\x00\x01\x02\x00floods" * 10, r"binary content: contains NUL bytes", id="nul"),
        pytest.param(bytes((i * 7919 + 13) % 256 for i in range(3000)).replace(b"\x00", b"\x01"),
                     r"undecodable text|binary or corrupt text", id="noise"),
        pytest.param(("Marrowgate " + "\x01\x02\x03\x04" * 20).encode(), r"binary or corrupt text: \d+% control",
                     id="controls"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe broken", r"starts with a utf-8-sig byte-order mark", id="bad-bom"),
        pytest.param(b"Ctrl-Z \x1a inside a short text\n", r"binary or corrupt text: 3% control", id="ctrl-z-inside"),
    ],
)
def test_decode_bytes_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(ReaderError, match=reason):
        decode_bytes(data)


def test_read_text_yields_one_doc_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Floods in Tessel.\n\nSecond paragraph.\n")
    assert list(read_text(path)) == [Doc(body="Floods in Tessel.\n\nSecond paragraph.", format="txt")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file: 0 bytes"), (b"  \n\t\r\n  ", "empty file: only whitespace"),
     (codecs.BOM_UTF8 + b"\n", "empty file: only whitespace")],
)
def test_read_text_empty(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(ReaderError) as info:
        list(read_text(path))
    assert info.value.reason == reason


GERMAN = "Die Brücke über die Vell bei Ostrand ist wieder offen – „endlich“, sagte der Bürgermeister."
CHINESE = "奥斯特兰的河堤守住了，陈国镕说居民明天可以回家。"  # 镕 is GBK, not GB2312
JAPANESE = "オストランの堤防は夜通し持ちこたえたと水道局が発表した。"


@pytest.mark.issue(10)
@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        pytest.param(FRENCH.encode("latin-1"), "ISO-8859-1", FRENCH.strip(), id="latin1-as-declared"),
        pytest.param("Café “open”.".encode("cp1252"), "iso-8859-1", "Café “open”.", id="latin1-label-cp1252-bytes"),
        pytest.param(RUSSIAN.encode("cp1251"), "windows-1251", RUSSIAN.strip(), id="cp1251"),
        pytest.param(RUSSIAN.encode("koi8-r"), "KOI8-R", RUSSIAN.strip(), id="koi8-r"),
        pytest.param(CHINESE.encode("gbk"), "gb2312", CHINESE, id="gb2312-label-gbk-bytes"),
        pytest.param(JAPANESE.encode("cp932"), "Shift_JIS", JAPANESE, id="shift-jis"),
        pytest.param(GERMAN.encode("utf-8"), "iso-8859-1", GERMAN, id="declared-latin1-but-utf8"),
        pytest.param(GERMAN.encode("cp1252"), "utf-8", GERMAN, id="declared-utf8-but-cp1252"),
        pytest.param(ENGLISH.encode("cp1252"), "no-such-charset", ENGLISH.strip(), id="unknown-label"),
        pytest.param(codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"), "iso-8859-1", GERMAN, id="bom-beats-label"),
        pytest.param(b"plain ascii", "us-ascii", "plain ascii", id="ascii"),
    ],
)
def test_decode_declared(data: bytes, declared: str, expected: str) -> None:
    assert decode_declared(data, declared) == expected
