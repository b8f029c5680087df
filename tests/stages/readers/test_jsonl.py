"""JSON / JSONL reader: keys, bad lines, containers, streaming limits."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from groundwatch.stages.readers import metadata
from groundwatch.stages.readers.jsonl import doc_from_object, read_json, read_jsonl
from groundwatch.stages.readers.metadata import Doc, Problem, ReaderError

TEXT = "Ferries between Tessel and Marrowgate were suspended on Friday as the storm moved north."


def _lines(*rows: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n"


def test_jsonl_bad_line_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(_lines(
        {"text": TEXT, "title": "Ferries halted"},
        '{"text": "unterminated',
        "",
        [1, 2],
        {"title": "no body here"},
        {"text": TEXT + " Again.", "id": "wire-77"},
    ), encoding="utf-8")
    out = list(read_jsonl(path))
    assert [type(x).__name__ for x in out] == ["Doc", "Problem", "Problem", "Problem", "Doc"]
    assert out[0] == Doc(body=TEXT, format="jsonl", n=1, title="Ferries halted")
    assert isinstance(out[1], Problem) and out[1].n == 2 and out[1].reason.startswith("line 2: malformed JSON")
    assert out[2] == Problem("line 4: JSON value is a list, not an object", 4)
    assert out[3].reason == ("line 5: no text: none of the keys text, html, content, body, maintext, paragraphs "
                             "(nor a teaser: description, summary) is present")
    assert isinstance(out[4], Doc) and out[4].explicit_id == "wire-77" and out[4].n == 6


@pytest.mark.parametrize(
    ("obj", "field", "expected"),
    [
        ({"content": TEXT, "link": "https://tessel.example/a"}, "url", "https://tessel.example/a"),
        ({"body": TEXT, "source": {"name": "Tessel Daily"}}, "outlet", "Tessel Daily"),
        ({"text": TEXT, "site": "The Harbour Post"}, "outlet", "The Harbour Post"),
        ({"text": TEXT, "pubDate": "Fri, 07 Mar 2031 09:00:00 GMT"}, "published", dt.date(2031, 3, 7)),
        ({"text": TEXT, "date": "2031-03-07"}, "published", dt.date(2031, 3, 7)),
        ({"text": TEXT, "published": "not a date"}, "published", None),
        ({"text": TEXT, "lang": "en-GB"}, "language", "en"),
        ({"text": TEXT, "language": "fr"}, "language", "fr"),
        ({"text": TEXT, "id": 42}, "explicit_id", "42"),
        ({"content": "<p>Ferries <b>halted</b>.</p><p>Storm moves north.</p>"}, "body",
         "Ferries halted.\n\nStorm moves north."),
        ({"text": "Line one\r\nLine two "}, "body", "Line one\nLine two"),
    ],
)
def test_keys(obj: dict[str, object], field: str, expected: object) -> None:
    doc = doc_from_object(obj, "json", None)
    assert isinstance(doc, Doc)
    assert getattr(doc, field) == expected


def test_html_key_uses_page_metadata_as_fallback() -> None:
    html = ("<html lang='en'><head><title>Storm</title><meta property='og:site_name' content='Tessel Daily'>"
            "</head><body><article><p>" + TEXT + "</p><p>Schools stayed shut across the district.</p>"
            "</article><footer>All rights reserved</footer></body></html>")
    doc = doc_from_object({"html": html, "title": "Own title"}, "json", None)
    assert isinstance(doc, Doc)
    assert doc.title == "Own title"  # the record's own key first
    assert doc.outlet == "Tessel Daily"
    assert TEXT in doc.body and "All rights reserved" not in doc.body


@pytest.mark.parametrize(
    ("obj", "reason"),
    [
        ({"text": 5}, "'text' is a int, not a string"),
        ({"text": "   "}, "empty text in 'text'"),
        ({"text": TEXT, "id": {"a": 1}}, "'id' must be a non-empty string or number"),
        ({"text": TEXT, "id": " "}, "'id' must be a non-empty string or number"),
    ],
)
def test_bad_objects(obj: dict[str, object], reason: str) -> None:
    out = doc_from_object(obj, "json", 3)
    assert isinstance(out, Problem) and out.reason == f"item 3: {reason}"


def test_json_single_object_list_and_wrapped_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": TEXT, "title": "Ferries"}), encoding="utf-8")
    assert list(read_json(one)) == [Doc(body=TEXT, format="json", title="Ferries")]
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": TEXT}, {"nope": 1}]), encoding="utf-8")
    out = list(read_json(many))
    assert isinstance(out[0], Doc) and out[0].n == 1 and isinstance(out[1], Problem) and out[1].n == 2
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"text": TEXT}]}), encoding="utf-8")
    assert [d.n for d in read_json(wrapped)] == [1]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"text": "a", ', r"malformed JSON: Expecting property name enclosed in double quotes \(line 1"),
        ("[]", "empty JSON list: no articles"),
        ('{"title": "only"}', "no text: none of the keys"),
        ("", "empty file: no text"),
    ],
)
def test_json_refused(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReaderError, match=reason):
        list(read_json(path))


def test_jsonl_overlong_line_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metadata, "MAX_FILE_BYTES", 200)
    path = tmp_path / "big.jsonl"
    path.write_text(_lines({"text": "x" * 500}, {"text": TEXT}), encoding="utf-8")
    out = list(read_jsonl(path))
    assert out[0] == Problem("line 1: record larger than 200 bytes (MAX_FILE_BYTES)", 1)
    assert isinstance(out[1], Doc) and out[1].n == 2


def test_jsonl_gz_and_truncated_gz(tmp_path: Path) -> None:
    data = gzip.compress(_lines(*({"text": f"{TEXT} Item {i}."} for i in range(50))).encode())
    good = tmp_path / "ok.jsonl.gz"
    good.write_bytes(data)
    assert len(list(read_jsonl(good))) == 50
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) - 40])
    out = []
    with pytest.raises(ReaderError, match="truncated or corrupt gzip after line"):
        out.extend(read_jsonl(cut))
    assert all(isinstance(d, Doc) for d in out)


def test_jsonl_binary_and_empty(tmp_path: Path) -> None:
    png = tmp_path / "p.jsonl"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReaderError, match="binary file: looks like a PNG image"):
        list(read_jsonl(png))
    empty = tmp_path / "e.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="empty file: no JSON lines"):
        list(read_jsonl(empty))


def test_jsonl_that_is_one_json_document(tmp_path: Path) -> None:
    objects = [{"title": f"Weir {i}", "text": f"{TEXT} Item {i}."} for i in range(3)]
    for name, content in (("one-line-array.jsonl", json.dumps(objects)),
                          ("indented-array.jsonl", json.dumps(objects, indent=2)),
                          ("pretty.jsonl", "\n".join(json.dumps(o, indent=2) for o in objects))):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        out = list(read_jsonl(path))
        assert [d.title for d in out if isinstance(d, Doc)] == ["Weir 0", "Weir 1", "Weir 2"], name
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("[1, 2]\n" + json.dumps(objects[0]) + "\n", encoding="utf-8")
    assert [type(d).__name__ for d in read_jsonl(mixed)] == ["Problem", "Doc"]  # a list line among lines
