"""Inputs that crashed a run or lost a whole file (invented probes of session 36, issue 10's "one bad article never
stops a batch"): a feed item's placeholder date ("0000-00-00", "9999-12-31"), a JSON string holding half an emoji (a
lone surrogate), a list of articles nested two wrappers deep or split into pages, a feed or a page saved as ``.txt``,
and an article longer than the parser takes. Every file is written here from invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from groundwatch import api
from groundwatch.records import Article, Rejection
from groundwatch.stages.ingest import iter_inputs

BODY = ("Floodwater rose through the lower wards of Dunvey on Tuesday after the Orlen river burst its banks. "
        "The mayor said 40 people were moved to the town hall and two were missing.")


def _letters(n: int) -> str:
    """A made-up word for ``n`` ("ba", "bb", ...), so that no two paragraphs repeat."""
    word = ""
    while True:
        word = "bcdfghklmnprstvz"[n % 16] + "aeiou"[n // 16 % 5] + word
        n //= 80
        if not n:
            return word.capitalize()


def _read(path: Path) -> list[Article | Rejection]:
    return list(iter_inputs([path]))


def _rss(dates: list[str]) -> str:
    items = "".join(f"<item><title>Item {n}</title><description>{BODY}</description><pubDate>{d}</pubDate></item>"
                    for n, d in enumerate(dates, start=1))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Dunvey Post</title>{items}</channel></rss>'


@pytest.mark.parametrize("placeholder", ["0000-00-00 00:00:00", "9999-12-31T23:59:59+0000", "0001-01-01T00:00:00Z"])
def test_a_placeholder_date_is_no_date_and_the_items_after_it_are_read(tmp_path: Path, placeholder: str) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(_rss(["Tue, 03 Mar 2026 10:00:00 +0000", placeholder, "Wed, 04 Mar 2026 09:00:00 +0000"]))
    found = _read(feed)
    assert [type(x).__name__ for x in found] == ["Article"] * 3
    assert [x.published for x in found if isinstance(x, Article)][1] is None


def test_a_lone_surrogate_in_json_becomes_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"title": "Dunvey \ud83d floods", "text": BODY + " \ud83d"}, ensure_ascii=True) + "\n")
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert "\ufffd" in article.body and "\ud83d" not in article.body and "\ud83d" not in (article.title or "")
    article.body.encode("utf-8")


def test_articles_two_wrappers_deep_are_read(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"status": "ok", "data": {"articles": [{"headline": "One", "text": BODY},
                                                                      {"headline": "Two", "content": BODY}]}}))
    assert [x.title for x in _read(path) if isinstance(x, Article)] == ["One", "Two"]


def test_a_list_of_pages_of_results_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.json"
    path.write_text(json.dumps([{"page": 1, "articles": [{"title": "One", "text": BODY}]},
                                {"page": 2, "articles": [{"title": "Two", "text": BODY}]}]))
    found = [x for x in _read(path) if isinstance(x, Article)]
    assert [x.title for x in found] == ["One", "Two"] and len({x.id for x in found}) == 2


@pytest.mark.parametrize(("text", "title"), [
    (_rss(["Tue, 03 Mar 2026 10:00:00 +0000"]), "Item 1"),
    (f"<!DOCTYPE html><html><head><title>Dunvey floods</title></head><body><article><h1>Dunvey floods</h1>"
     f"<p>{BODY}</p><p>{BODY}</p></article></body></html>", "Dunvey floods"),
])
def test_a_feed_or_a_page_saved_as_txt_is_read_as_what_it_is(tmp_path: Path, text: str, title: str) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(text)
    (article,) = _read(path)
    assert isinstance(article, Article) and article.title == title and "<" not in article.body


def test_an_article_longer_than_the_parser_takes_is_rejected_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    paragraphs = [f"In ward {_letters(i)} of Dunvey the water stood {i % 97} centimetres deep on Tuesday, and the "
                  f"crews of street {_letters(i * 7)} pumped it out of {i % 13} cellars before the night shift of "
                  f"team {_letters(i * 3)} took over." for i in range(7_000)]
    (tmp_path / "in" / "report.txt").write_text("Dunvey flood report\n\n" + "\n\n".join(paragraphs))
    (tmp_path / "in" / "short.txt").write_text("Dunvey floods\n\n" + BODY)
    report = api.run([tmp_path / "in"], db=tmp_path / "gw.db", out=None)
    assert report.summary.analysed == 1 and report.summary.rejected == 1
    assert report.summary.rejections_by_stage == {"clean": 1}
