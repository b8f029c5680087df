"""The report renders from whatever the store holds, escapes article text, and cites sentences."""

import datetime as dt
import re

from groundwatch.records import Article, ArticleFacts, CleanArticle, Figure, Quote, Sentence, Span
from groundwatch.stages import report
from groundwatch.stages.export import facts_document
from groundwatch.store.sqlite import Store

TEXT = ("Floods <script>alert(1)</script> hit Tessel\n\n"
        "At least 12 people were killed on Monday, officials said.\n\n"
        '"We need boats," the mayor said.')


def _store_with_one_article() -> Store:
    store = Store.open(":memory:")
    art = Article(id="north/01", source="mem", body=TEXT, format="txt", title="Floods <b>hit</b> Tessel",
                  outlet="The Tessel Lantern", published=dt.date(2025, 3, 10))
    store.put_article(art)
    s1 = TEXT.index("At least")
    sent = "At least 12 people were killed on Monday, officials said."
    fig = Figure(kind="killed", value=12, qualifier="at_least", text="At least 12 people",
                 span=Span("north/01", 1, s1, s1 + 18, sent))
    q0 = TEXT.index("We need")
    quote = Quote(text="We need boats,", span=Span("north/01", 2, q0, q0 + 14, TEXT[q0 - 1:]),
                  speaker="the mayor", speaker_kind="unknown")
    facts = ArticleFacts(article_id="north/01", figures=(fig,), quotes=(quote,), sentences=(
        Sentence(0, 0, TEXT.index("\n"), TEXT[:TEXT.index("\n")]),
        Sentence(1, s1, s1 + len(sent), sent),
        Sentence(2, q0 - 1, len(TEXT), TEXT[q0 - 1:])))
    store.save_analysis(CleanArticle(article=art, text=TEXT, language="en", published=art.published,
                                     published_origin="manifest"), facts)
    return store


def test_renders_without_a_cross_outlet_picture_and_escapes_text() -> None:
    store = _store_with_one_article()
    html = report.html(store, facts_document(store))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>hit</b>" not in html
    # The figure is shown and its claim links to the sentence it came from.
    anchor = report.anchor("north/01")
    assert f'href="#{anchor}-s1"' in html
    assert f'id="{anchor}-s1"' in html
    assert re.search(r"killed.*at least 12", html, re.S)


def test_markdown_cites_outlets_and_names_the_article() -> None:
    store = _store_with_one_article()
    md = report.markdown(store, facts_document(store))
    assert "[The Tessel Lantern]" in md
    assert "`north/01`" in md


def test_sparkline_needs_two_points_and_escapes_labels() -> None:
    assert report.sparkline([("2025-03-10", 12.0)]) == ""
    svg = str(report.sparkline([("2025-03-10", 12.0), ("2025-03-12", 31.0)]))
    assert svg.startswith("<svg") and svg.count("<circle") == 2


def test_classify_sentences_into_sections() -> None:
    assert report.classify("Artillery shelling continued along the front overnight.") == "security"
    assert report.classify("Aid convoys brought food and water to the shelters.") == "humanitarian"
    assert report.classify("Police detained 40 protesters outside parliament.") in ("human rights", "security")
    assert report.classify("The weather was mild.") is None
