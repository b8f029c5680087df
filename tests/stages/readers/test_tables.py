"""The table reader on invented cases: column names, delimiters, date orders, cells, faults."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from groundwatch.stages.readers import ReaderError, select_reader
from groundwatch.stages.readers.metadata import Doc, Problem
from groundwatch.stages.readers.tables import column_key, is_tab_table, read_table

TEXT = "Volunteers cleared the silt from the Dunmere chapel on Sunday and reopened it for the evening service."


@pytest.mark.parametrize(("name", "key"), [
    ("Title", "title"), (" URL ", "url"), ("Published At", "published_at"), ("PublishedAt", "publishedAt"),
    ("pubDate", "pubDate"), ("date published", "datePublished"), ("Article", "text"), ("media_name", "outlet"),
    ("\ufeffheadline", "headline"), ("Word Count", "word_count"), ("", ""), ("Opening Text", "description"),
    ("Full-Text", "text"), ("Source Name", "outlet"),
])
def test_column_names_are_read_as_the_json_keys(name: str, key: str) -> None:
    assert column_key(name) == key


def _docs(tmp_path: Path, data: bytes | str, name: str = "t.csv") -> list[Doc | Problem]:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return list(read_table(path))


@pytest.mark.parametrize("table", [
    f"title,text,date\nDunmere chapel,{TEXT},2031-03-02\n",
    f"title;text;date\nDunmere chapel;{TEXT};2031-03-02\n",
    f"title\ttext\tdate\nDunmere chapel\t{TEXT}\t2031-03-02\n",
    f"title|text|date\nDunmere chapel|{TEXT}|2031-03-02\n",
    f'sep=;\n"title, as written";text;date\nDunmere chapel;{TEXT};2031-03-02\n',  # the sep= line beats the commas
    f'"title";"text";"date"\r\n"Dunmere chapel";"{TEXT}";"02.03.2031"\r\n',
])
def test_the_header_row_names_the_delimiter(tmp_path: Path, table: str) -> None:
    (doc,) = _docs(tmp_path, table)
    assert isinstance(doc, Doc) and doc.body == TEXT and doc.published == dt.date(2031, 3, 2) and doc.format == "csv"


@pytest.mark.parametrize(("dates", "expected"), [
    (["02/03/2031", "25/03/2031"], [dt.date(2031, 3, 2), dt.date(2031, 3, 25)]),  # day first, shown by the 25
    (["02/03/2031", "03/25/2031"], [dt.date(2031, 2, 3), dt.date(2031, 3, 25)]),  # month first, shown by the 25
    (["02/03/2031", "04/03/2031"], [dt.date(2031, 2, 3), dt.date(2031, 4, 3)]),  # not shown: month first, as before
    (["14/03/2031 08:15", "2031-03-20"], [dt.date(2031, 3, 14), dt.date(2031, 3, 20)]),
])
def test_a_date_column_shows_its_order(tmp_path: Path, dates: list[str], expected: list[dt.date]) -> None:
    table = "title,text,date\n" + "".join(f"Chapel {i},{TEXT},{d}\n" for i, d in enumerate(dates))
    assert [d.published for d in _docs(tmp_path, table) if isinstance(d, Doc)] == expected


def test_a_cell_longer_than_the_csv_modules_limit_is_read(tmp_path: Path) -> None:
    long = " ".join([TEXT] * 2000)  # 200 KB, past the csv module's default 128 KiB
    (doc,) = _docs(tmp_path, f'title,text\nDunmere chapel,"{long}"\n')
    assert isinstance(doc, Doc) and doc.body == long


def test_a_gzipped_table_is_read_by_its_inner_name(tmp_path: Path) -> None:
    path = tmp_path / "dump.tsv.gz"
    path.write_bytes(gzip.compress(f"headline\tbody\nDunmere chapel\t{TEXT}\n".encode()))
    assert select_reader(path) is read_table
    (doc,) = read_table(path)
    assert isinstance(doc, Doc) and doc.title == "Dunmere chapel"


@pytest.mark.parametrize(("table", "reason"), [
    ("title,text,url\n", r"^a table with its header row only: no articles$"),
    ("title,text,url\n,,\n\n", r"^a table with its header row only: no articles$"),
    ("town,population\nDunmere,4100\n", r"^a table without an article text column \(columns: town, population\)"),
    ("", r"^empty file: no text$"),
])
def test_a_table_of_no_articles_is_rejected_whole(tmp_path: Path, table: str, reason: str) -> None:
    with pytest.raises(ReaderError, match=reason):
        _docs(tmp_path, table)


def test_rows_are_numbered_without_the_header_and_blank_rows(tmp_path: Path) -> None:
    table = f"id,title,text\n\nd-1,Chapel,{TEXT}\n,,\nd-2,Chapel again,\n"
    first, second = _docs(tmp_path, table)
    assert isinstance(first, Doc) and first.explicit_id == "d-1" and first.n == 1
    assert isinstance(second, Problem) and second.n == 2 and second.explicit_id == "d-2"
    assert second.reason.startswith("row 2: no text")


@pytest.mark.parametrize(("text", "expected"), [
    (f"Title\tText\tURL\nDunmere chapel\t{TEXT}\thttps://dunmere.example/chapel\n", True),
    (f"Headline\tBody\nDunmere chapel\t{TEXT}\n", True),
    (f"Text\tNotes\n{TEXT}\tnone\n", False),  # no title, address or date column: not known to be articles
    (f"Dunmere chapel\t{TEXT}\n{TEXT}\n", False),  # prose with a tab is prose
    ("Title\tText\n", False),  # a header alone
])
def test_a_text_file_is_a_table_only_with_a_header_of_article_columns(text: str, expected: bool) -> None:
    assert is_tab_table(text) is expected


@pytest.mark.parametrize("table", [
    f"Export: Dunmere, March\nRange: 1-3 March 2031\n\ntitle;text;date\nDunmere chapel;{TEXT};02.03.2031\n",
    f'"Saved search: chapel, silt"\r\n\r\ntitle\ttext\tdate\r\nDunmere chapel\t{TEXT}\t2031-03-02\r\n',
    f"title,text,date\nDunmere chapel,{TEXT},2031-03-02\n",
])
def test_title_lines_above_the_header_are_skipped(tmp_path: Path, table: str) -> None:
    (doc,) = _docs(tmp_path, table)
    assert isinstance(doc, Doc) and doc.title == "Dunmere chapel" and doc.body == TEXT
    assert doc.published == dt.date(2031, 3, 2) and doc.n == 1
