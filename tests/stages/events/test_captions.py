"""Dropped photo captions as event evidence (invented pages; real towns so that the gazetteer resolves them):
which captions are read, and the provenance of what is read from them (no offsets into the clean text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from groundwatch.records import Article, ArticleFacts, CleanArticle
from groundwatch.settings import Settings
from groundwatch.stages import extract
from groundwatch.stages.events.assemble import story_events
from groundwatch.stages.events.captions import DROPPED_LINE, caption_items, dated_captions
from groundwatch.stages.events.mentions import candidates, classified, find_mentions

CAPTION = ("Hundreds of dock workers march through the centre of Mombasa to demand higher wages, May 14, 2025. "
           "(Coast Photo)")
TEXT = ("The port authority in Mombasa said on Thursday that it would review the pay of its dock workers.\n\n"
        "A spokesman for the authority said the review would take several months and that talks would go on.")


def _item(nlp: Any, removed: tuple[str, ...], reasons: tuple[str, ...]) -> tuple[CleanArticle, ArticleFacts]:
    day = dt.date(2025, 5, 16)
    art = Article(id="cap/1", source="cap/1.txt", body=TEXT, format="txt", outlet="Coast Daily", published=day,
                  language="en")
    clean = CleanArticle(article=art, text=TEXT, removed=removed, removed_reasons=reasons, language="en",
                         published=day, published_origin="manifest")
    return clean, extract.analyse(clean, nlp(TEXT), extract.plan(Settings().extractors))


def test_only_dated_captions_are_read() -> None:
    art = Article(id="cap/2", source="m", body="", format="txt")
    clean = CleanArticle(art, "", removed=(CAPTION, "Image caption, Dock workers on strike", "By Ilse Varnholt"),
                         removed_reasons=("photo caption", "photo caption", "byline"))
    assert dated_captions(clean) == [CAPTION]


def test_a_caption_only_incident_gets_a_record_citing_the_caption(nlp: Any) -> None:
    items = [_item(nlp, ("Share on Facebook", CAPTION), ("call to action", "photo caption"))]
    captions = caption_items(items, Settings())
    found = candidates(items, captions)
    assert [c[2].index for c in found if c[2].text == CAPTION] == [DROPPED_LINE]
    events = story_events("s1", items, [], None, find_mentions(items, classified(items, found)))
    protest = next(e for e in events if e.event_type == "Protests")
    assert protest.event_date == "2025-05-14" and protest.location == "Mombasa"
    for span in (protest.provenance["code"], protest.provenance["event_date"], *protest.mentions):
        assert (span.sentence_index, span.start, span.end, span.sentence) == (DROPPED_LINE, 0, 0, CAPTION)
    assert CAPTION not in items[0][0].text


def test_without_captions_the_page_has_no_protest(nlp: Any) -> None:
    items = [_item(nlp, ("Share on Facebook", CAPTION), ("call to action", "byline"))]
    assert caption_items(items, Settings()) == {}
    assert not any(e.event_type == "Protests" for e in story_events("s1", items, []))


def test_a_caption_with_a_labelled_credit_is_read_from_the_cleaned_page() -> None:
    """Issue 10: "(Photo: J. Roe)" after a dated caption made the cleaner file the line as a credit, so the
    events stage never read it; a credit alone on its line is still no caption."""
    from groundwatch.stages.clean import clean

    line = "Dock workers march through the centre of Mombasa to demand higher wages, May 14, 2025. (Photo: J. Roe)"
    page = "Dock workers march in Mombasa\n\n{}\n\n" + TEXT
    for caption_line, want in ((line, [line]), ("(Photo: J. Roe)", [])):
        result = clean(Article(id="cap/3", source="m", body=page.format(caption_line), format="txt"))
        assert dated_captions(result) == want


def test_a_caption_asked_again_as_a_sentence_is_not_parsed_again(nlp: Any, monkeypatch: Any) -> None:
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages.reconcile import common

    common.clear_cache()
    items = [_item(nlp, (CAPTION,), ("photo caption",))]
    caption_items(items, Settings())
    parsed_alone = gw_nlp.load()(CAPTION)

    def no_parser(*_: Any, **__: Any) -> Any:
        raise AssertionError("parsed again")

    monkeypatch.setattr(gw_nlp, "load", no_parser)
    shared = common.parse(CAPTION)
    assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in shared] == \
        [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in parsed_alone]
    common.clear_cache()


def test_a_parse_by_another_pipeline_is_not_shared(nlp: Any, monkeypatch: Any) -> None:
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages.reconcile import common

    common.clear_cache()
    line = "Villagers gather outside the clinic in Tessel, Veloria, June 7, 2027."
    common.share([(line, nlp(line))], object())
    calls: list[str] = []
    real = gw_nlp.load

    def counted(*args: Any) -> Any:
        calls.append("load")
        return real(*args)

    monkeypatch.setattr(gw_nlp, "load", counted)
    common.parse(line)
    assert calls
    common.clear_cache()
