"""Story clustering on invented articles, with hard negatives (same town another year, same kind
of event in another country). Loads the MiniLM embedding model once."""

from __future__ import annotations

import datetime as dt

import pytest

from groundwatch.records import Actor, Article, ArticleFacts, CleanArticle, Place, Span
from groundwatch.stages.stories import StoryIndex, assign_stories, lead_text

pytestmark = pytest.mark.slow

_SPAN = Span("x", 0, 0, 0, "")


def item(aid: str, title: str, text: str, published: dt.date | None, places: tuple[tuple[str, str], ...] = (),
         countries: tuple[str, ...] = (), people: tuple[str, ...] = ()) -> tuple[CleanArticle, ArticleFacts]:
    art = Article(id=aid, source=aid, body=text, format="txt", title=title, published=published)
    facts = ArticleFacts(
        article_id=aid,
        places=tuple(Place(text=n, name=n, country=c, lat=None, lon=None, feature="city", precision=1, span=_SPAN)
                     for n, c in places),
        actors=(*(Actor(text=c, name=c, kind="country", span=_SPAN) for c in countries),
                *(Actor(text=p, name=p, kind="person", span=_SPAN) for p in people)),
        published=published)
    return CleanArticle(article=art, text=text, published=published), facts


MARCH = dt.date(2031, 3, 10)
FLOOD = [
    item("flood-1", "Floods sweep Marrowgate as river bursts its banks",
         "Floodwaters swept through Marrowgate on Sunday after the Sallow river burst its banks, killing 12 "
         "people. Soldiers joined rescue teams in Marrowgate and Tessel.", MARCH,
         (("Marrowgate", "VL"), ("Tessel", "VL")), ("Veloria",), ("Anselm Karrow",)),
    item("flood-2", "Marrowgate flood toll rises to 31",
         "The death toll from the floods in southern Veloria rose to 31 on Monday as rescuers searched "
         "flooded streets in Marrowgate.", MARCH + dt.timedelta(days=1),
         (("Marrowgate", "VL"),), ("Veloria",), ()),
    item("flood-3", "Aid convoys reach flooded Marrowgate",
         "Relief convoys carrying food and tents reached Marrowgate on Wednesday, where thousands remain "
         "in shelters after last week's floods, Interior Minister Anselm Karrow said.", MARCH + dt.timedelta(days=3),
         (("Marrowgate", "VL"),), ("Veloria",), ("Anselm Karrow",)),
]
# Same town, same kind of event, five years earlier.
OLD_FLOOD = item("flood-2026", "Floods hit Marrowgate as river rises",
                 "Floodwaters swept through Marrowgate on Saturday after heavy rain swelled the Sallow river, "
                 "forcing hundreds from their homes.", dt.date(2026, 6, 6),
                 (("Marrowgate", "VL"),), ("Veloria",), ())
# Same kind of event, same week, another country.
OTHER_COUNTRY = item("flood-aldermark", "Floods sweep Dornholm as river bursts its banks",
                     "Floodwaters swept through Dornholm on Monday after the Tam river burst its banks, killing "
                     "nine people. Soldiers joined rescue teams across northern Aldermark.",
                     MARCH + dt.timedelta(days=1), (("Dornholm", "AL"),), ("Aldermark",), ())
def mine(when: dt.date) -> list[tuple[CleanArticle, ArticleFacts]]:
    """A mine disaster in a town the floods also hit: same country, same town, another event."""
    return [
        item("mine-1", "Three dead in Tessel mine collapse",
             "A roof collapsed at the Hollin Deep coal mine near Tessel on Tuesday, killing three miners and "
             "trapping nine underground.", when, (("Tessel", "VL"),), ("Veloria",), ()),
        item("mine-2", "Rescuers free five miners in Tessel",
             "Rescuers freed five miners trapped in the Hollin Deep coal mine near Tessel, where the toll from "
             "Tuesday's roof collapse rose to seven.", when + dt.timedelta(days=2), (("Tessel", "VL"),),
             ("Veloria",), ()),
    ]


MINE = mine(dt.date(2030, 10, 14))
CHIP = item("chip", "Kastavian chip designer unveils low-power processor",
            "Novik, a chip designer based in Orvenna, unveiled a processor that it says halves the power use of "
            "laptops.", MARCH, (("Orvenna", "KS"),), ("Kastavia",), ())


def stories_of(assignments) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.article_id: a.story_id for a in assignments}


def test_three_stories_and_hard_negatives_stay_apart() -> None:
    batch = [*FLOOD, OLD_FLOOD, OTHER_COUNTRY, *MINE, CHIP]
    assignments, index = assign_stories(batch)
    s = stories_of(assignments)
    assert s["flood-1"] == s["flood-2"] == s["flood-3"]
    assert s["mine-1"] == s["mine-2"]
    others = [s["flood-1"], s["flood-2026"], s["flood-aldermark"], s["mine-1"], s["chip"]]
    assert len(set(others)) == len(others)
    assert sorted({x.id for x in index.stories}) == sorted(set(s.values()))
    assert [a.article_id for a in assignments] == [c.id for c, _ in batch]


@pytest.mark.xfail(strict=True, reason="a different disaster in the same town in the same week: the shared "
                   "town and country outweigh a weak embedding similarity (~0.35)")
def test_same_town_same_week_other_disaster_stays_apart() -> None:
    s = stories_of(assign_stories([*FLOOD, *mine(MARCH + dt.timedelta(days=2))])[0])
    assert s["mine-1"] != s["flood-1"]


def test_ids_are_stable_across_batches_and_json() -> None:
    first, index = assign_stories([FLOOD[0], MINE[0]])
    s1 = stories_of(first)
    assert sorted(s1.values()) == ["s1", "s2"]
    index = StoryIndex.from_json(index.to_json())
    second, index2 = assign_stories([FLOOD[2], MINE[1], CHIP, FLOOD[0]], index)
    s2 = stories_of(second)
    assert s2["flood-3"] == s1["flood-1"]
    assert s2["mine-2"] == s1["mine-1"]
    assert s2["chip"] == "s3"
    assert s2["flood-1"] == s1["flood-1"]  # already placed: keeps its story
    assert index2.next_id == 4
    assert index.next_id == 3  # the old index is not modified


def test_empty_batch_and_empty_article() -> None:
    assignments, index = assign_stories([])
    assert assignments == () and index == StoryIndex()
    empty = item("empty", "", "", None)
    assignments, index = assign_stories([empty])
    assert [a.story_id for a in assignments] == ["s1"]


def test_json_roundtrip_is_exact() -> None:
    _, index = assign_stories(FLOOD[:2])
    again = StoryIndex.from_json(index.to_json())
    assert again.to_json() == index.to_json()
    assert again.stories[0].articles == ("flood-1", "flood-2")


def test_lead_text_uses_title_and_first_sentences() -> None:
    clean, _ = FLOOD[0]
    lead = lead_text(clean)
    assert lead.startswith("Floods sweep Marrowgate") and "killing 12 people" in lead


def test_dev_corpus_is_one_story(dev_corpus) -> None:  # type: ignore[no-untyped-def]
    import json

    manifest = {m["file"]: m for m in json.loads((dev_corpus / "manifest.json").read_text())["articles"]}
    batch = []
    for p in sorted(dev_corpus.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        batch.append(item(p.stem, "", text, dt.date.fromisoformat(manifest[p.name]["published"])))
    assignments, _ = assign_stories(batch)
    assert len({a.story_id for a in assignments}) == 1
