"""The facts export writes dates at the precision the text gave: a day, a month, never a week's Monday."""

import datetime as dt
import json

from groundwatch.records import Article, ArticleFacts, CleanArticle, DateMention, Sentence, Span
from groundwatch.stages import export
from groundwatch.store.sqlite import Store

_TEXT = "The ferry service to Ostrel resumed last week, the port office said on Monday."


def _store() -> Store:
    store = Store.open(":memory:")
    art = Article(id="p/01", source="mem", body=_TEXT, format="txt", title="Ferries resume", outlet="Outlet P",
                  published=dt.date(2025, 4, 9))
    store.put_article(art)
    sentence = Sentence(0, 0, len(_TEXT), _TEXT)
    week = _TEXT.index("last week")
    monday = _TEXT.index("on Monday")
    dates = (DateMention("last week", "2025-03-31", "week", Span("p/01", 0, week, week + 9, _TEXT)),
             DateMention("on Monday", "2025-04-07", "day", Span("p/01", 0, monday, monday + 9, _TEXT)))
    clean = CleanArticle(article=art, text=_TEXT, language="en", published=art.published, published_origin="manifest")
    store.save_analysis(clean, ArticleFacts(article_id="p/01", dates=dates, sentences=(sentence,)))
    return store


def test_a_week_is_exported_without_a_day() -> None:
    doc = json.loads(export.to_json(_store()))
    by_text = {d["text"]: d for d in doc["articles"][0]["dates"]}
    assert by_text["last week"]["date"] is None
    assert by_text["last week"]["week_of"] == "2025-03-31"
    assert by_text["last week"]["precision"] == "week"
    assert by_text["on Monday"]["date"] == "2025-04-07"
    assert "week_of" not in by_text["on Monday"]


def test_the_store_keeps_the_week_for_the_timeline() -> None:
    store = _store()
    (row,) = export.article_dicts(store)
    assert {d["text"]: d["date"] for d in row["dates"]}["last week"] == "2025-03-31"


def test_a_weekend_is_exported_as_its_saturday() -> None:
    text = "The outbreak in Varsk began last weekend, the clinic said on Thursday."
    store = Store.open(":memory:")
    art = Article(id="p/02", source="mem", body=text, format="txt", title="Outbreak", outlet="Outlet P",
                  published=dt.date(2025, 4, 10))
    store.put_article(art)
    at = text.index("last weekend")
    dates = (DateMention("last weekend", "2025-03-31", "week", Span("p/02", 0, at, at + 12, text)),)
    clean = CleanArticle(article=art, text=text, language="en", published=art.published, published_origin="manifest")
    sentences = (Sentence(0, 0, len(text), text),)
    store.save_analysis(clean, ArticleFacts(article_id="p/02", dates=dates, sentences=sentences))
    (got,) = json.loads(export.to_json(store))["articles"][0]["dates"]
    assert (got["date"], got["week_of"], got["precision"]) == ("2025-04-05", "2025-03-31", "week")
