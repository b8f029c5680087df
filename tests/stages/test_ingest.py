"""Ingest stage: ids, manifest precedence and origins, bad inputs, the dev corpus."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
from pathlib import Path

import pytest

from groundwatch.errors import InputError
from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import MAX_FILE_BYTES, iter_inputs

STORY = ("Floodwater reached the market square in Marrowgate on Tuesday, and officials in Tessel said "
         "three shelters had been opened for families from the lower town.")
PAGE = ("<html lang='en'><head><title>Market square flooded</title>"
        "<meta property='og:site_name' content='The Harbour Post'>"
        "<meta property='article:published_time' content='2023-05-02'>"
        "<link rel='canonical' href='https://harbourpost.example/market'></head>"
        f"<body><nav>Home | World</nav><article><p>{STORY}</p><p>Schools will stay shut until Friday.</p>"
        "</article><footer>All rights reserved</footer></body></html>")
RSS = ("<rss version='2.0'><channel><title>Tessel Daily</title>"
       f"<item><title>One</title><link>https://tesseldaily.example/1</link><description>{STORY}</description>"
       "<pubDate>Wed, 03 May 2023 08:00:00 GMT</pubDate></item>"
       f"<item><title>Two</title><description>{STORY} Second.</description></item></channel></rss>")


def articles(out: list[Article | Rejection]) -> dict[str, Article]:
    return {a.id: a for a in out if isinstance(a, Article)}


def rejections(out: list[Article | Rejection]) -> dict[str, str]:
    return {Path(r.source).name: r.reason for r in out if isinstance(r, Rejection)}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- ids --------------------------------------------------------------------------------------


def test_ids_relative_paths_and_containers(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "c01-floods" / "02_outlet.txt", STORY)
    write(root / "c01-floods" / "01_outlet.html", PAGE)
    write(root / "feeds" / "tessel.rss", RSS)
    write(root / "wire.jsonl", json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY, "id": "w-9"}) + "\n")
    write(root / "list.json", json.dumps([{"text": STORY}, {"text": STORY + " More."}]))
    write(root / "report.v2.txt", STORY)
    out = list(iter_inputs([root]))
    assert [a.id for a in out if isinstance(a, Article)] == [
        "c01-floods/01_outlet", "c01-floods/02_outlet", "feeds/tessel#1", "feeds/tessel#2",
        "list#1", "list#2", "report.v2", "wire#1", "w-9",
    ]
    arts = articles(out)
    assert arts["feeds/tessel#2"].source == str(root / "feeds" / "tessel.rss") + "#2"
    assert arts["c01-floods/02_outlet"].source == str(root / "c01-floods" / "02_outlet.txt")
    assert {a.format for a in arts.values()} == {"txt", "html", "rss", "jsonl", "json"}


def test_file_given_directly_uses_its_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "deep" / "harbour.txt", STORY)
    (art,) = list(iter_inputs([str(path)]))
    assert isinstance(art, Article) and art.id == "harbour"


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c/d.txt", "c/a.rss"):
        write(tmp_path / name, RSS if name.endswith(".rss") else STORY)
    assert list(iter_inputs([tmp_path])) == list(iter_inputs([tmp_path]))


def test_clashing_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "a.html", PAGE)
    line = json.dumps({"text": STORY, "id": "dup"})
    write(tmp_path / "x.jsonl", line + "\n" + line)
    out = list(iter_inputs([tmp_path]))
    assert sorted(articles(out)) == ["a", "a.txt", "dup"]  # a.html sorts first and keeps "a"
    (rej,) = [r for r in out if isinstance(r, Rejection)]
    assert rej.reason == "duplicate article id 'dup': an earlier document has it"
    assert rej.article_id == "dup" and rej.source.endswith("x.jsonl#2")


# --- manifest ---------------------------------------------------------------------------------


def test_manifest_beats_document_and_null_falls_through(tmp_path: Path) -> None:
    write(tmp_path / "page.html", PAGE)
    write(tmp_path / "plain.txt", STORY)
    write(tmp_path / "manifest.json", json.dumps({"articles": [
        {"file": "page.html", "outlet": "Veloria Wire", "published": None, "url": None, "language": None},
        {"file": "plain.txt", "outlet": "Tessel Daily", "published": "2023-05-04", "url": None, "language": "en",
         "title": "Given title"},
    ]}))
    out = list(iter_inputs([tmp_path]))
    assert not [r for r in out if isinstance(r, Rejection)]  # manifest.json itself is not an input
    arts = articles(out)
    page = arts["page"]
    assert page.outlet == "Veloria Wire"
    assert page.published == dt.date(2023, 5, 2)  # null in the manifest: the page's own date
    assert page.title == "Market square flooded"
    assert page.url == "https://harbourpost.example/market"
    assert page.language == "en"
    assert page.meta_origin == {"title": "document", "outlet": "manifest", "url": "document",
                                "published": "document", "language": "document"}
    plain = arts["plain"]
    assert (plain.title, plain.outlet, plain.published) == ("Given title", "Tessel Daily", dt.date(2023, 5, 4))
    assert plain.meta_origin == {"title": "manifest", "outlet": "manifest", "url": "unknown",
                                 "published": "manifest", "language": "manifest"}


def test_txt_without_manifest_has_unknown_metadata_and_inferred_language(tmp_path: Path) -> None:
    (art,) = list(iter_inputs([write(tmp_path / "a.txt", STORY)]))
    assert isinstance(art, Article)
    assert (art.title, art.outlet, art.url, art.published) == (None, None, None, None)
    assert art.language == "en"
    assert art.meta_origin == {"title": "unknown", "outlet": "unknown", "url": "unknown",
                               "published": "unknown", "language": "inferred"}


def test_manifest_argument_overrides_found_manifest_and_addresses_items(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "tessel.rss", RSS)
    write(corpus / "manifest.json", json.dumps([{"file": "tessel.rss", "outlet": "Found Outlet",
                                                 "title": "Found title"}]))
    override = write(tmp_path / "override.json", json.dumps({"articles": [
        {"file": "corpus/tessel.rss", "outlet": "Given Outlet"},
        {"file": "corpus/tessel.rss#2", "published": "2023-05-09"},
    ]}))
    arts = articles(list(iter_inputs([corpus], manifest=override)))
    one, two = arts["tessel#1"], arts["tessel#2"]
    assert one.outlet == two.outlet == "Given Outlet"  # explicit manifest first
    assert one.title == "Found title"  # the folder's manifest still fills what the explicit one leaves
    assert one.published == dt.date(2023, 5, 3) and one.meta_origin["published"] == "document"
    assert two.published == dt.date(2023, 5, 9) and two.meta_origin["published"] == "manifest"


def test_bad_manifest_entries_are_reported_not_raised(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "manifest.json", json.dumps([{"file": "gone.txt"}, {"file": "a.txt", "published": "soon"}]))
    out = list(iter_inputs([tmp_path]))
    assert [r.reason for r in out if isinstance(r, Rejection)] == [
        "manifest entry 1: listed file gone.txt does not exist",
        "manifest entry 2 (a.txt): unusable published value 'soon', ignored",
    ]
    assert "a" in articles(out)


def test_malformed_found_manifest_is_ignored(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "manifest.json", "{not json")
    out = list(iter_inputs([tmp_path]))
    assert rejections(out)["manifest.json"].startswith("manifest ignored: malformed manifest JSON")
    assert "a" in articles(out)


def test_outlet_inferred_from_url_host(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps({"text": STORY, "url": "https://www.tesseldaily.example/x"}))
    (art,) = list(iter_inputs([path]))
    assert isinstance(art, Article)
    assert art.outlet == "tesseldaily.example" and art.meta_origin["outlet"] == "inferred"


# --- bad input --------------------------------------------------------------------------------


def _warc_gz() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        body = PAGE.replace("Market square", f"Market square {i}").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://harbourpost.example/{i}", "response",
                                                      payload=io.BytesIO(body), length=len(body),
                                                      http_headers=headers))
    return buf.getvalue()


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "png.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), r"^binary file: looks like a PNG image, not text$"),
    "nul.txt": (b"Tessel\x00\x00\x00floods\x00" * 20, r"^binary content: contains NUL bytes"),
    "empty.txt": (b"", r"^empty file: 0 bytes$"),
    "blank.txt": (b" \n\n\t ", r"^empty file: only whitespace$"),
    "noise.txt": (bytes((i * 7919 + 13) % 256 for i in range(3000)).replace(b"\x00", b"\x01"),
                  r"^(undecodable text|binary or corrupt text)"),
    "bad.json": (b'{"text": ', r"^malformed JSON: "),
    "bad.xml": (b"<catalog><book>", r"^not a feed: no RSS or Atom channel or items found"),
    # the entity is dropped unresolved, never read; what is left is a feed without items
    "xxe.rss": (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><rss>&x;</rss>',
                r"^empty feed: no items$"),
    "image.xyz": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
                  r"^unsupported file type \.xyz \(looks like a PNG image\)$"),
    "table.xyz": (b"1,2,3\n4,5,6\n7,8,9\n" * 20, r"^unsupported file type \.xyz$"),
    "nothing.html": (b"<html><body><script>x()</script></body></html>", r"^no main text"),
}


def test_every_bad_input_becomes_a_rejection(tmp_path: Path) -> None:
    for name, (data, _) in BAD_FILES.items():
        write(tmp_path / name, data)
    data = _warc_gz()
    write(tmp_path / "cut.warc.gz", data[: len(data) - 50])
    write(tmp_path / "ok.txt", STORY)
    out = list(iter_inputs([tmp_path]))
    rejected = rejections(out)
    for name, (_, reason) in BAD_FILES.items():
        assert re.search(reason, rejected[name]), (name, rejected[name])
    assert re.search(r"^record 3: cut short, .*\(truncated WARC\); 2 article\(s\) before it were kept$",
                     rejected["cut.warc.gz#3"])
    assert sorted(articles(out)) == ["cut#1", "cut#2", "ok"]
    assert all(r.stage == "ingest" for r in out if isinstance(r, Rejection))


def test_huge_file_is_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 100 MB on paper, nothing on disk
        f.truncate(100 * 1024 * 1024)
    (rej,) = list(iter_inputs([path]))
    assert isinstance(rej, Rejection)
    size = 100 * 1024 * 1024
    assert rej.reason == f"file too large: {size} bytes, over the {MAX_FILE_BYTES} byte limit (MAX_FILE_BYTES)"


def test_symlink_loop_and_broken_symlink(tmp_path: Path) -> None:
    root = tmp_path / "root"
    write(root / "sub" / "a.txt", STORY)
    os.symlink(root, root / "sub" / "loop")
    os.symlink(tmp_path / "nowhere.txt", root / "dangling.txt")
    os.symlink(root / "sub" / "a.txt", root / "alias.txt")
    out = list(iter_inputs([root]))
    assert sorted(articles(out)) == ["alias"]  # alias.txt sorts before sub/a.txt; same file read once
    reasons = rejections(out)
    assert reasons["loop"].startswith("symlink loop: folder leads back to ")
    assert reasons["dangling.txt"].startswith("broken symlink: points to ")
    assert reasons["a.txt"].startswith("same file as ")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", STORY)
    write(tmp_path / "open.txt", STORY)
    real_open = Path.open

    def guarded(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded)
    out = list(iter_inputs([tmp_path]))
    assert rejections(out) == {"locked.txt": "unreadable file: Permission denied"}
    assert locked.exists() and "open" in articles(out)


def test_hidden_files_and_folders_are_skipped(tmp_path: Path) -> None:
    write(tmp_path / ".hidden.txt", STORY)
    write(tmp_path / ".git" / "x.txt", STORY)
    write(tmp_path / "seen.txt", STORY)
    assert list(articles(list(iter_inputs([tmp_path])))) == ["seen"]


def test_unknown_extension_sniffed(tmp_path: Path) -> None:
    write(tmp_path / "story.dat", STORY + "\n\nA second paragraph about the harbour.")
    write(tmp_path / "page.xyz", PAGE)
    write(tmp_path / "noext", STORY)
    arts = articles(list(iter_inputs([tmp_path])))
    assert arts["story"].format == "txt"
    assert arts["page"].format == "html" and arts["page"].title == "Market square flooded"
    assert arts["noext"].format == "txt"


def test_missing_path_raises_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="input path does not exist"):
        iter_inputs([tmp_path / "absent"])
    with pytest.raises(InputError, match="manifest does not exist"):
        iter_inputs([tmp_path], manifest=tmp_path / "absent.json")
    write(tmp_path / "bad.json", "[")
    with pytest.raises(InputError, match="unusable"):
        iter_inputs([tmp_path], manifest=tmp_path / "bad.json")


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    files = {
        "a.txt": STORY.encode("cp1252"), "b.html": PAGE.encode(), "c.rss": RSS.encode(),
        "d.jsonl": (json.dumps({"text": STORY}) + "\n{bad\n").encode(), "e.warc.gz": _warc_gz(),
        "f.jsonl.gz": gzip.compress(json.dumps({"text": STORY}).encode()), "g.txt": b"\x89PNG\r\n\x1a\n",
    }
    before = {}
    for name, data in files.items():
        path = write(tmp_path / name, data)
        os.utime(path, (1_000_000_000, 1_000_000_000))
        before[name] = (data, path.stat().st_mtime_ns)
    out = list(iter_inputs([tmp_path]))
    assert len(articles(out)) == 9  # a, b, c#1-2, d#1, e#1-3, f#1
    for name, (data, mtime) in before.items():
        assert (tmp_path / name).read_bytes() == data
        assert (tmp_path / name).stat().st_mtime_ns == mtime


# --- dev corpus -------------------------------------------------------------------------------


def test_dev_corpus_with_its_manifest(dev_corpus: Path) -> None:
    out = list(iter_inputs([dev_corpus]))
    assert not [r for r in out if isinstance(r, Rejection)]
    manifest = json.loads((dev_corpus / "manifest.json").read_text(encoding="utf-8"))["articles"]
    arts = articles(out)
    assert len(arts) == len(manifest) == 5
    for entry in manifest:
        art = arts[entry["file"].removesuffix(".txt")]
        assert re.fullmatch(r"\d{3}_[0-9a-f]{16}", art.id)
        assert art.outlet == entry["outlet"]
        assert art.published == dt.date.fromisoformat(entry["published"])
        assert art.language == "en" and art.url is None and art.title is None
        assert art.meta_origin["outlet"] == art.meta_origin["published"] == "manifest"
        assert art.meta_origin["title"] == "unknown"
        assert art.body and art.format == "txt"


def test_only_selects_files_inside_folders_with_the_ids_of_a_full_read(tmp_path: Path) -> None:
    (tmp_path / "north").mkdir()
    (tmp_path / "north" / "a.txt").write_text("Ferry service resumed on the northern route after the gale.\n",
                                               encoding="utf-8")
    (tmp_path / "b.txt").write_text("The town council approved a new sea wall on Thursday evening.\n",
                                    encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        '{"articles": [{"file": "north/a.txt", "outlet": "Gull Point Times"}]}', encoding="utf-8")
    full = {a.id: a for a in iter_inputs([tmp_path]) if isinstance(a, Article)}
    some = [a for a in iter_inputs([tmp_path], only=lambda p: p.name == "a.txt") if isinstance(a, Article)]
    assert [a.id for a in some] == ["north/a"] and some[0] == full["north/a"]
    assert some[0].outlet == "Gull Point Times"  # the folder's manifest still applies
