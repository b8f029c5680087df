"""The report renders from the stories' pictures and the articles, escapes article text, and cites sentences."""

import datetime as dt
import re
from dataclasses import replace

from groundwatch.records import (
    Article,
    ArticleFacts,
    Claim,
    CleanArticle,
    Figure,
    Quote,
    ReconciledFigure,
    Sentence,
    Span,
    StoryPicture,
)
from groundwatch.stages import report
from groundwatch.stages.report_views import ReportInput
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
    html = report.html(ReportInput.from_store(store))
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
    md = report.markdown(ReportInput.from_store(store))
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


def test_markdown_makes_article_html_inert() -> None:
    """Markdown renderers that allow inline HTML would run a script carried in article text."""
    data = _two_stories()
    data = replace(data, pictures=[replace(data.pictures[0], label="Floods <script>alert(1)</script> hit Tessel"),
                                   data.pictures[1]])
    md = report.markdown(data)
    assert "<script>" not in md and "<b>" not in md and "<i>" not in md
    assert "## Floods &lt;script&gt;alert(1)&lt;/script&gt; hit Tessel" in md
    assert "Floods &lt;b&gt;hit&lt;/b&gt; Tessel (`north/01`)" in md


def _picture(sid: str, aid: str, label: str, best: int) -> StoryPicture:
    claim = Claim(article=aid, sentence="At least 12 people were killed on Monday, officials said.", value=best,
                  outlet="The Tessel Lantern", as_of="2025-03-10")
    fig = ReconciledFigure(kind="killed", who=None, place=None, low=best - 2, best=best, high=best, claims=(claim,),
                           independent_sources=1)
    return StoryPicture(story_id=sid, figures=(fig,), updates=(), contradictions=(), quotes=(), timeline=(),
                        independent_sources=1, articles=(aid,), label=label)


def _two_stories() -> ReportInput:
    store = _store_with_one_article()
    data = ReportInput.from_store(store)
    (first,) = data.articles
    second = {**first, "id": "south/02", "title": "Drought | grips <i>Orlen</i>", "story": "s2",
              "places": [{"name": "Orlen", "text": "Orlen"}]}
    return replace(data, articles=[{**first, "story": "s1"}, second],
                   pictures=[_picture("s1", "north/01", "Floods <b>hit</b> Tessel", 12),
                             _picture("s2", "south/02", "Drought | grips <i>Orlen</i>", 40)])


def test_a_report_of_several_stories_opens_with_an_overview_and_contents() -> None:
    data = _two_stories()
    md = report.markdown(data)
    overview = md.split("## Overview", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in overview.splitlines() if ln.startswith("| [")]
    assert len(rows) == 2
    # Each row links to its story, gives its headline figure, dates, places and sources, and a
    # pipe from a title does not break the table.
    assert f"](#story-{report.anchor('s2')})" in rows[1] and "killed 40 (38–40)" in rows[1]
    assert "Drought \\| grips &lt;i&gt;Orlen&lt;/i&gt;" in rows[1] and "Orlen" in rows[1].split("|")[-3]
    assert "1 articles, 1 independent" in rows[1]
    assert f'<a id="story-{report.anchor("s2")}"></a>' in md and "Contents: " in md
    page = report.html(data)
    assert page.index('class="overview"') < page.index('class="story"')
    assert f'href="#story-{report.anchor("s1")}"' in page and "killed 40 (38–40)" in page
    assert "<i>Orlen</i>" not in page


def test_one_story_needs_no_overview_and_the_article_appendix_is_folded() -> None:
    data = ReportInput.from_store(_store_with_one_article())
    assert "## Overview" not in report.markdown(data)
    page = report.html(data)
    assert 'class="overview"' not in page
    appendix = page.split('id="articles"', 1)[1]
    # Every article is a closed <details>: a cited sentence inside opens it when its link is followed.
    assert re.search(r'<details class="article" id="' + report.anchor("north/01") + '">\\s*<summary>', appendix)


def test_story_with_located_places_gets_a_static_map_on_country_boundaries() -> None:
    from groundwatch.records import Place

    store = Store.open(":memory:")
    text = "Storm hits Geneva\n\nThe storm reached Geneva late on Monday, police said."
    art = Article(id="geo/01", source="mem", body=text, format="txt", title="Storm hits Geneva",
                  outlet="The Lake Courier", published=dt.date(2025, 3, 10))
    store.put_article(art)
    g = text.index("Geneva", 20)
    sent = text[text.index("The storm"):]
    place = Place(text="Geneva", name="Geneva", country="CH", lat=46.2, lon=6.15, feature="city", precision=1,
                  span=Span("geo/01", 1, g, g + 6, sent), geonameid=2660646, admin1="Geneva")
    facts = ArticleFacts(article_id="geo/01", places=(place,), sentences=(
        Sentence(0, 0, text.index("\n"), text[:text.index("\n")]),
        Sentence(1, text.index("The storm"), len(text), sent)))
    store.save_analysis(CleanArticle(article=art, text=text, language="en", published=art.published,
                                     published_origin="manifest"), facts)
    page = report.html(ReportInput.from_store(store))
    assert '<svg class="map"' in page and 'class="land"' in page
    assert ">Switzerland</text>" in page
    assert f'href="#{report.anchor("geo/01")}-s1"' in page  # the dot links to the mention's sentence
