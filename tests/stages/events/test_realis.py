"""Event-sentence selection and record consistency on invented sentences (real towns so that the
gazetteer resolves them; every sentence written for this test)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from groundwatch.records import Article, ArticleFacts, CleanArticle, EventRecord
from groundwatch.settings import Settings
from groundwatch.stages import extract
from groundwatch.stages.events.actors import code_actors
from groundwatch.stages.events.assemble import story_events
from groundwatch.stages.events.audit import problems, settle, settle_code
from groundwatch.stages.events.realis import (
    caption,
    caption_dates_event,
    cumulative_toll,
    has_predicate,
    reference_place,
)

Item = tuple[CleanArticle, ArticleFacts]


def _article(nlp: Any, aid: str, text: str, published: dt.date, outlet: str = "Valley Courier") -> Item:
    art = Article(id=aid, source=f"{aid}.txt", body=text, format="txt", outlet=outlet, published=published,
                  language="en")
    clean = CleanArticle(article=art, text=text, language="en", published=published, published_origin="manifest")
    return clean, extract.analyse(clean, nlp(text), extract.plan(Settings().extractors))


@pytest.mark.parametrize(("sentence", "cumulative"), [
    ("Since Friday, the clashes have killed at least 54 people.", True),
    ("So far, 210 people have died in the fighting around the port.", True),
    ("Nine days of shelling have killed dozens of residents.", True),
    ("Gunmen killed 12 villagers near the market on Sunday.", False),
    ("For weeks, students have marched through the capital.", False),  # no toll: a protest series
    ("The fighting has killed 8 people in the town this morning.", False),  # no span: one day's toll
])
def test_a_toll_summed_over_a_span_is_cumulative(nlp: Any, sentence: str, cumulative: bool) -> None:
    assert cumulative_toll(sentence, nlp(sentence)) is cumulative


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("Floods", False),
    ("KISUMU, May 4 (Lake Wire) -", False),
    ("Rebels stormed the barracks at dawn.", True),
    ("Port city death toll rising", True),
])
def test_headings_and_datelines_have_no_predicate(nlp: Any, sentence: str, predicate: bool) -> None:
    assert has_predicate(nlp(sentence)) is predicate


def test_a_caption_dates_its_event_only_when_the_photo_shows_it() -> None:
    shows = "Farmers block the highway with tractors outside Nakuru, Kenya, on May 3, 2031. [Agency photo]"
    after = "A boy walks past a collapsed bridge after the river burst its banks in Nakuru, May 9, 2031."
    assert caption(shows) and caption(after)
    assert caption_dates_event(shows) and not caption_dates_event(after)
    assert not caption("The river burst its banks on Tuesday.") and caption_dates_event("The river burst on Tuesday.")


def test_a_place_written_as_a_reference_point_is_not_the_events_place() -> None:
    felt = "The tremor was felt in the capital Nairobi, some 200 km away from the epicentre."
    start = felt.index("Nairobi")
    assert reference_place(felt, start, start + len("Nairobi"))
    near = "Raiders burned a village 30 km from Eldoret."
    start = near.index("Eldoret")
    assert reference_place(near, start, start + len("Eldoret"))
    plain = "Raiders burned a village near Eldoret on Monday."
    start = plain.index("Eldoret")
    assert not reference_place(plain, start, start + len("Eldoret"))


def test_a_speaking_subject_is_no_side_of_the_event(nlp: Any) -> None:
    sentence = "The rebels claim that the town is under heavy shelling."
    actors = code_actors(sentence, nlp(sentence), [], "KE")
    assert [(a.side, a.role) for a in actors] == [("rebels", "speaker")]


def test_a_cumulative_toll_is_no_event_of_its_own(nlp: Any) -> None:
    text = ("Soldiers clashed with rebels outside Kisumu on Monday.\n\n"
            "The governor visited a school on Wednesday to open a new library.\n\n"
            "Since the start of the month, the fighting has killed at least 90 people.")
    events = story_events("s1", [_article(nlp, "a1", text, dt.date(2025, 5, 16))], [])
    assert len(events) == 1
    assert events[0].event_type == "Battles" and events[0].fatalities == 0


def test_an_undated_mention_of_the_same_event_type_is_not_a_second_event(nlp: Any) -> None:
    first = "On Tuesday, the government and the rebels signed a ceasefire agreement in Kisumu."
    second = ("The ceasefire agreement, brokered by church leaders, ended weeks of fighting in the region.\n\n"
              "Farmers said they hoped to return to their fields.")
    items = [_article(nlp, "a1", first, dt.date(2025, 5, 16)), _article(nlp, "a2", second, dt.date(2025, 5, 17))]
    events = [e for e in story_events("s1", items, []) if e.code == "AGREEMENT"]
    assert len(events) == 1
    assert events[0].event_date == "2025-05-13" and len({m.article_id for m in events[0].mentions}) == 2


def test_a_protest_where_people_were_killed_is_excessive_force() -> None:
    assert settle_code("PEACE_PROTEST", 3)[0] == "FORCE_AGAINST_PROTEST"
    assert settle_code("PEACE_PROTEST", 0) == ("PEACE_PROTEST", None)
    assert settle_code("ARMED_CLASH", 5) == ("ARMED_CLASH", None)


def test_settle_moves_a_lone_actor_to_actor1_and_recomputes_the_codes() -> None:
    rec: dict[str, Any] = {"actor2": "Protesters (Kenya)", "inter2": 6, "location": None, "geo_precision": 1,
                           "event_date": "2025-05", "time_precision": 1, "fatalities": 0}
    basis: dict[str, str] = {}
    settle("PEACE_PROTEST", rec, basis, {})
    assert (rec["actor1"], rec["inter1"], rec["actor2"], rec["inter2"]) == ("Protesters (Kenya)", 6, None, None)
    assert rec["interaction"] == 60 and rec["civilian_targeting"] is False
    assert rec["geo_precision"] is None and rec["time_precision"] == 3
    assert set(basis) >= {"actor2", "location"}


def test_civilians_attacked_by_no_named_actor_stay_actor2() -> None:
    rec: dict[str, Any] = {"actor2": "Civilians (Kenya)", "inter2": 7, "country": "KE", "location": "Kisumu",
                           "geo_precision": 1, "event_date": "2025-05-12", "time_precision": 1, "fatalities": 2}
    basis: dict[str, str] = {}
    settle("ART_MISS_ATTACK", rec, basis, {})
    assert (rec["actor1"], rec["inter1"]) == ("Unidentified Armed Group (Kenya)", 3)
    assert rec["actor2"] == "Civilians (Kenya)" and rec["interaction"] == 37 and rec["civilian_targeting"]
    assert "actor1" in basis


def _record(**kw: Any) -> EventRecord:
    base = dict(event_id="s1-e1", story_id="s1", code="ATTACK", event_type="Violence against civilians",
                sub_event_type="Attack", disorder_type="Political violence", plover="ASSAULT",
                event_date="2025-05-12", time_precision=1, actor1="Unidentified Armed Group (Kenya)", inter1=3,
                actor2="Civilians (Kenya)", inter2=7, interaction=37, civilian_targeting=True, country="KE",
                location="Kisumu", geo_precision=1, fatalities=4,
                basis={"event_date": "x", "location": "x", "actor1": "x", "actor2": "x", "fatalities": "x"})
    base.update(kw)
    return EventRecord(**base)


def test_problems_flags_each_inconsistent_column() -> None:
    good = _record()
    assert problems(good) == []
    assert any("interaction" in p for p in problems(replace(good, interaction=73)))
    assert any("civilian_targeting" in p for p in problems(replace(good, civilian_targeting=False)))
    assert any("geo_precision" in p for p in problems(replace(good, location=None)))
    assert any("time_precision" in p for p in problems(replace(good, event_date="2025-05", time_precision=1)))
    assert any("type columns" in p for p in problems(replace(good, event_type="Battles")))
    no_reason = {k: v for k, v in good.basis.items() if k != "fatalities"}
    assert any("fatalities" in p for p in problems(replace(good, basis=no_reason)))


def test_every_record_of_a_story_is_consistent(nlp: Any) -> None:
    text = ("Police fired tear gas at hundreds of protesters in Mombasa on Friday, and two demonstrators were "
            "killed.\n\nGunmen attacked a bus near Garissa on Saturday, killing four passengers.\n\n"
            "Heavy rains caused a landslide in Murang'a on Sunday.")
    events = story_events("s1", [_article(nlp, "a1", text, dt.date(2025, 5, 19))], [])
    assert events
    for e in events:
        assert problems(e) == [], (e.code, problems(e))
