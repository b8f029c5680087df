"""Event records from invented stories (real towns so that the gazetteer resolves them; every sentence
written for this test): distinct events, actor sides and inter codes, conservative fatalities, provenance."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.records import Article, ArticleFacts, CleanArticle, DateMention, EventRecord, Sentence, Span
from groundwatch.settings import Settings
from groundwatch.stages import extract
from groundwatch.stages.events.actors import code_actors, interaction, named_side
from groundwatch.stages.events.assemble import story_events
from groundwatch.stages.events.mentions import _reporting_day

Item = tuple[CleanArticle, ArticleFacts]


def _article(nlp: Any, aid: str, text: str, published: dt.date, outlet: str) -> Item:
    art = Article(id=aid, source=f"{aid}.txt", body=text, format="txt", outlet=outlet, published=published,
                  language="en")
    clean = CleanArticle(article=art, text=text, language="en", published=published, published_origin="manifest")
    return clean, extract.analyse(clean, nlp(text), extract.plan(Settings().extractors))


def _text(items: list[Item], span: Span) -> str:
    clean = next(c for c, _ in items if c.id == span.article_id)
    return clean.text[span.start:span.end]


@pytest.fixture(scope="module")
def two_events(nlp: Any) -> tuple[list[Item], tuple[EventRecord, ...]]:
    text = ("Soldiers clashed with rebels outside Kisumu on Monday, and seven fighters were killed.\n\n"
            "The fighting lasted most of the night, residents said.\n\n"
            "On Thursday, hundreds of protesters marched through the centre of Mombasa to demand higher wages "
            "for dock workers.")
    items = [_article(nlp, "a1", text, dt.date(2025, 5, 16), "Lakeside Herald")]
    return items, story_events("s1", items, [])


def test_a_story_with_a_clash_and_a_protest_yields_two_records(two_events: Any) -> None:
    _, events = two_events
    assert len(events) == 2
    clash, protest = sorted(events, key=lambda e: e.event_date or "")
    assert clash.event_type == "Battles" and clash.location == "Kisumu" and clash.event_date == "2025-05-12"
    assert protest.event_type == "Protests" and protest.location == "Mombasa" and protest.event_date == "2025-05-15"
    assert clash.time_precision == protest.time_precision == 1
    assert clash.country == protest.country == "KE"
    assert protest.plover == "PROTEST" and clash.plover == "FIGHT"


def test_clash_sides_are_state_forces_and_rebels(two_events: Any) -> None:
    clash = next(e for e in two_events[1] if e.event_type == "Battles")
    assert (clash.actor1, clash.inter1) == ("Military Forces of Kenya", 1)
    assert (clash.actor2, clash.inter2) == ("Rebel Group (Kenya)", 2)
    assert clash.interaction == 12 and not clash.civilian_targeting


def test_fatalities_come_from_the_events_own_sentence(two_events: Any) -> None:
    clash = next(e for e in two_events[1] if e.event_type == "Battles")
    protest = next(e for e in two_events[1] if e.event_type == "Protests")
    assert clash.fatalities == 7
    assert protest.fatalities == 0 and "fatalities" in protest.basis and "fatalities" not in protest.provenance


def test_provenance_spans_point_at_the_words(two_events: Any) -> None:
    items, events = two_events
    clash = next(e for e in events if e.event_type == "Battles")
    assert _text(items, clash.provenance["location"]) == "Kisumu"
    assert _text(items, clash.provenance["event_date"]).endswith("Monday")
    assert _text(items, clash.provenance["actor1"]) == "Soldiers"
    assert _text(items, clash.provenance["actor2"]) == "rebels"
    assert "seven" in _text(items, clash.provenance["fatalities"])
    assert clash.notes == _text(items, clash.provenance["notes"]).strip()
    for key, span in clash.provenance.items():
        assert span.sentence in items[0][0].text and _text(items, span) in span.sentence, key


def test_a_dispersed_protest_is_protesters_against_police(nlp: Any) -> None:
    text = ("Riot police fired tear gas and arrested dozens of protesters in Nakuru on Tuesday as they tried "
            "to march on the county offices.")
    items = [_article(nlp, "p1", text, dt.date(2025, 6, 4), "Rift Valley Times")]
    (event,) = story_events("s2", items, [])
    assert event.event_type == "Protests"
    assert (event.inter1, event.inter2, event.interaction) == (6, 1, 16)
    assert event.actor1 == "Protesters (Kenya)" and event.actor2 == "Police Forces of Kenya"


def test_fatalities_are_conservative_across_outlets(nlp: Any) -> None:
    # Same day, two independent outlets disagree: the lower count. A later, higher count replaces both.
    day1 = "Gunmen shot dead {n} villagers near Garissa on Sunday, officials said."
    items = [_article(nlp, "f1", day1.format(n="nine"), dt.date(2025, 7, 7), "Coast Daily"),
             _article(nlp, "f2", day1.format(n="eleven"), dt.date(2025, 7, 7), "Northern Wire")]
    (event,) = story_events("s3", items, [])
    assert event.fatalities == 9 and event.civilian_targeting and event.inter2 == 7
    assert event.independent_sources == 2 and set(event.sources) == {"Coast Daily", "Northern Wire"}
    later = _article(nlp, "f3", "The toll from Sunday's attack by gunmen on villagers near Garissa rose to 14 "
                                "dead, officials said on Tuesday.", dt.date(2025, 7, 9), "Coast Daily")
    events = story_events("s3", [*items, later], [])
    assert [e.fatalities for e in events if e.event_type == "Violence against civilians"] == [14]


def test_future_and_old_events_are_not_events(nlp: Any) -> None:
    text = ("Unions will stage a protest in Eldoret next week.\n\n"
            "Floods in 2019 killed 40 people in the region.")
    items = [_article(nlp, "b1", text, dt.date(2025, 3, 3), "Valley Voice")]
    assert story_events("s4", items, []) == ()


def test_actor_lexicon_codes_foreign_forces_as_external(nlp: Any) -> None:
    sentence = "Ugandan troops shelled positions held by militiamen near Bunia."
    actors = code_actors(sentence, nlp(sentence), [], "CD")
    # "held by militiamen" describes the positions: the militia is no agent of the shelling.
    assert [(a.name, a.inter, a.role) for a in actors] == [
        ("Military Forces of Uganda", 8, "agent"),
        ("Political Militia (Democratic Republic of the Congo)", 3, "other")]


def test_named_groups_are_typed_by_the_words_of_their_name() -> None:
    assert named_side("Northern Liberation Front") == ("rebels", None)
    assert named_side("Kenya Defence Forces")[0] == "military"  # type: ignore[index]
    assert named_side("Coastal Support Forces") == ("rebels", None)  # a force without a country is no state's
    assert named_side("Red Crescent Society") is None


def test_interaction_code_pairs_the_lower_inter_first() -> None:
    assert interaction(6, 1) == 16 and interaction(2, 1) == 12 and interaction(6, None) == 60
    assert interaction(None, None) is None


def test_records_round_trip_through_dicts(two_events: Any) -> None:
    for event in two_events[1]:
        assert EventRecord.from_dict(event.to_dict()) == event


@pytest.mark.parametrize(("sentence", "phrase", "reported"), [
    ("The camp was shelled on Monday, the ministry said on Tuesday.", "on Tuesday", True),
    ("The camp was shelled on Monday, the ministry said on Tuesday.", "on Monday", False),
    ("Officials announced today that the road had reopened.", "today", True),
])
def test_the_day_of_a_statement_is_not_the_events_day(sentence: str, phrase: str, reported: bool) -> None:
    start = sentence.index(phrase)
    sent = Sentence(0, 100, 100 + len(sentence), sentence)
    mention = DateMention(phrase, "2025-01-06", "day", Span("x", 0, 100 + start, 100 + start + len(phrase), sentence))
    assert _reporting_day(mention, sent) is reported


def test_a_dateline_is_not_where_the_event_happened(nlp: Any) -> None:
    text = ("NAIROBI, Kenya \u2014 Gunmen shot dead three traders in Garissa on Sunday, police said.")
    items = [_article(nlp, "d1", text, dt.date(2025, 8, 12), "Capital Wire")]
    (event,) = story_events("s5", items, [])
    assert event.location == "Garissa"
