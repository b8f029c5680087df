"""The Spark engine's listing of a URL folder passes over what the local walk passes over.

A ``file://`` URL of a local folder goes through fsspec's listing (``fs.find``), as ``s3://`` does,
so the two listings of one folder can be compared without a bucket or a Spark session.
"""

from __future__ import annotations

from pathlib import Path

from groundwatch.spark import inputs

PAGE = (
    "<html><head><title>Ferry service resumes at Brindle Quay</title></head><body><article>"
    "<p>The ferry service between Brindle Quay and the outer islands resumed on Monday after a week of "
    "storms, the harbour office said.</p></article></body></html>"
)


def _saved_pages(folder: Path) -> None:
    (folder / "Ferry resumes.html").write_text(PAGE, encoding="utf-8")
    resources = folder / "Ferry resumes_files"
    (resources / "ads").mkdir(parents=True)
    (resources / "app.js").write_text("var x = 1;", encoding="utf-8")
    (resources / "style.css").write_text("body { margin: 0 }", encoding="utf-8")
    (resources / "ads" / "frame.html").write_text("<html><body><p>Buy now</p></body></html>", encoding="utf-8")
    (resources / "notes.txt").write_text("Pier lights were repaired on Tuesday.\n", encoding="utf-8")
    deeper = folder / "archive" / "Storm notice-Dateien"
    deeper.mkdir(parents=True)
    (folder / "archive" / "Storm notice.htm").write_text(PAGE, encoding="utf-8")
    (deeper / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    # No page beside it: an ordinary folder of that name is walked.
    (folder / "press_files").mkdir()
    (folder / "press_files" / "statement.txt").write_text(
        "The harbour office said the quay would stay open through the winter.\n", encoding="utf-8"
    )
    (folder / ".cache").mkdir()
    (folder / ".cache" / "old.txt").write_text("A hidden folder's text is not read.\n", encoding="utf-8")
    (folder / "a-b").mkdir()
    (folder / "a-b" / "one.txt").write_text("Snow closed the upper road on Friday.\n", encoding="utf-8")
    (folder / "a").mkdir()
    (folder / "a" / "two.txt").write_text("Rain flooded the lower road on Saturday.\n", encoding="utf-8")


def test_a_url_folder_skips_saved_pages_files_as_the_local_walk_does(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _saved_pages(folder)
    local_files, local_problems = inputs.list_inputs([str(folder)])
    url_files, url_problems = inputs.list_inputs([folder.as_uri()])
    local = [f.path.removeprefix(str(folder)) for f in local_files]
    assert [f.path.removeprefix(folder.as_uri()) for f in url_files] == local
    assert local == [
        "/Ferry resumes.html",
        "/a/two.txt",
        "/a-b/one.txt",
        "/archive/Storm notice.htm",
        "/press_files/statement.txt",
    ]
    assert sorted((p.source.removeprefix(folder.as_uri()), p.reason) for p in url_problems) == sorted(
        (p.source.removeprefix(str(folder)), p.reason) for p in local_problems
    )
    reasons = {p.source.removeprefix(str(folder)): p.reason for p in local_problems}
    assert set(reasons) == {"/Ferry resumes_files", "/archive/Storm notice-Dateien"}
    assert reasons["/Ferry resumes_files"].endswith(
        "4 files skipped (1 frame page, 1 other file, 1 script, 1 stylesheet)"
    )
    assert reasons["/archive/Storm notice-Dateien"].endswith("1 file skipped (1 image)")


def test_a_manifest_inside_a_saved_pages_folder_is_not_loaded_by_either_listing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _saved_pages(folder)
    (folder / "Ferry resumes_files" / "manifest.json").write_text("{not json", encoding="utf-8")
    (folder / ".cache" / "manifest.json").write_text("{not json", encoding="utf-8")
    _, local_problems = inputs.list_inputs([str(folder)])
    _, url_problems = inputs.list_inputs([folder.as_uri()])
    assert not any("manifest" in p.reason for p in [*local_problems, *url_problems])
    assert len(url_problems) == len(local_problems) == 2


def test_capture_indexes_are_one_skipped_row_per_folder_in_both_listings(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "older").mkdir(parents=True)
    (folder / "pages.warc.gz").write_bytes(b"")  # listed, not read here
    (folder / "pages.cdxj").write_text('com,brindle)/ 20310612093000 {"url": "https://brindle.example/"}\n')
    (folder / "pages.cdx.gz").write_bytes(b"")
    (folder / "older" / "index.cdx").write_text(" CDX N b a m s k r M S V g\n")
    (folder / "older" / "note.txt").write_text("The quay reopened on Friday, the harbour office said.\n")
    local_files, local_problems = inputs.list_inputs([str(folder)])
    url_files, url_problems = inputs.list_inputs([folder.as_uri()])
    local = [f.path.removeprefix(str(folder)) for f in local_files]
    assert [f.path.removeprefix(folder.as_uri()) for f in url_files] == local == ["/older/note.txt", "/pages.warc.gz"]
    assert sorted((p.source.removeprefix(folder.as_uri()), p.reason) for p in url_problems) == sorted(
        (p.source.removeprefix(str(folder)), p.reason) for p in local_problems
    )
    reasons = {p.source.removeprefix(str(folder)): p.reason for p in local_problems}
    assert reasons[""].endswith("2 files skipped (1 CDX, 1 CDXJ); the web archives beside them are read")
    assert reasons["/older"].endswith("1 file skipped (1 CDX); no web archive beside them")
